"""Writes holdout115: tests/corpus/holdout115_events.jsonl and holdout115_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other holdout's labels, and without running the engine on these events. Only the corpus helpers
(build.py, fake.py), holdout3's builder (for the format) and the reference were read.

Domain: student housing and room rentals in the UK and Spain ("RoomRoute", roomroute.co.uk and
roomroute.es). Property search with filters and map, listing views, wishlists, viewings,
applications with guarantors (income, employment, National Insurance numbers), referencing and
right-to-rent checks, identity checks, tenancy agreements with e-signatures (DocuSign-shaped),
holding deposits and rent payments (Segment e-commerce spec, a Stripe webhook, Bacs direct debit,
Bizum), deposit returns, maintenance requests with photos, roommate matching (lifestyle quiz),
university and course details, messages with landlords (masked calls, SMS, trust-and-safety
flags), sign-in, reverse-ETL identifies and ad-platform conversions. Students, guarantors,
landlords, housemates, letting agents and contractors.

Clients: analytics.js (UK and Spanish sites), analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter, and server libraries (python, node, go, java, ruby,
php, Analytics.NET), with their usual `context` blocks (ip, traits, device, app, library, locale,
userAgent, campaign, location, externalIds). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % of the paths are in other
conventions real customers have: PascalCase (a .NET property-management backend, Twilio's voice
webhook), kebab-case (a referencing provider's webhook), SCREAMING_SNAKE (a warehouse reverse-ETL
identify) and Spanish keys from the Spanish backend (nombre, apellidos, dni, nie, teléfono,
dirección, universidad ...), accents included.

Values: names from many cultures (Spanish two-surname apellidos), UK, Spanish and international
phone formats, UK postcodes and Spanish códigos postales, DNI and NIE with their check letters,
National Insurance numbers with valid prefixes, Luhn-valid cards, mod-97 IBANs (GB, ES), right-to-
rent share codes, BRP numbers, passport numbers of several countries, UK and Spanish plates.

Labelling rules (the product's default colours):
- PII is personal data about a natural person (the student, a guarantor, a private landlord, a
  housemate, an emergency contact, a letting agent or technician by name). Types are the reference
  matcher names, or `national id`, `bank account`, `geolocation`, `token`, `secret`, `credit card`,
  `advertising id`, `credit score`, `visa`; `a|b` where either is fair. Colours: the reference
  default; red for credentials, tokens, card numbers, bank accounts, government ids, health ids.
- Green: ids we or other businesses issue (user, listing, application, tenancy, mandate, Stripe
  customer `cus_`, envelope, student numbers, council-tax account references, deposit-protection
  certificate numbers), versions,
  timestamps, hashes of non-PII (file and document checksums, a hashed user id), amounts, enums,
  counters and booleans even under PII-sounding keys (`emailVerified`, `hasCcj`,
  `passwordStrength`), listing titles, universities, courses, companies, employers, job titles,
  ages and age bands, relationships, a business's phone/e-mail/address (letting-agency branches,
  contractors' company lines, role mailboxes, Twilio proxy numbers, SMS sender ids), card brand,
  last four, expiry, BIN, sort codes and BICs, user agents, OS analytics device ids.
- Places that are not the person's are green: searched cities, map centres and bounds, a listing's
  neighbourhood, postcode district and coordinates. The person's own address, postcode, city and
  device location are yellow, and so is the address of the tenancy they signed (it is their home).
- Photos of rooms and of faults in maintenance requests show things, not people: green. Profile
  pictures, match avatars and identity-check selfies: yellow `photo`.
- Right-to-rent answers (status, share code, check outcome) and visa types: red `visa`. Identity
  document numbers (passport, DNI, NIE, BRP): red. National Insurance numbers: red `national id`.
- Special categories: a faith answer is yellow `religion`; an accessibility need is red
  `disability`; allergies yellow `allergy`; "someone's health is affected by the damp" yellow
  `condition`. Smoking, diet, sleep and pets answers are lifestyle, green.
- Credit scores yellow `credit score`; incomes yellow `salary`; vehicle registrations yellow
  `license`; gclid, fbclid-derived fbc and fbp yellow `advertising id`; payment-method tokens,
  one-time codes and magic-link tokens red `token`; keysafe codes red `secret`.
- A SHA-256 of an e-mail or phone sent to an ad platform (Meta CAPI `em`, `ph`) is still a stable
  identifier of the person: yellow, typed as what it hashes (the careful privacy owner's choice).
- value_only is true only where the key does not say what the value is (`value`, `q`, `input`,
  `text`, `to`, `recipient`, `identifier`, `link`, `label`, `remote`, `externalIds[].id`); every
  such PII path holds that PII in every one of its values. Free text is either written so that
  every value carries the PII (then labelled with it) or so that none does (then green).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

FIRST = [
    "Oliver", "Amelia", "Harry", "Isla", "George", "Freya", "Mohammed", "Aisha", "Lucía", "Hugo",
    "Martina", "Pablo", "Alejandro", "Carmen", "Jordi", "Nerea", "Iker", "Ainhoa", "Wei", "Xinyi",
    "Haruto", "Yuna", "Min-jun", "Seo-yeon", "Arjun", "Priya", "Ananya", "Rohan", "Chinedu", "Ngozi",
    "Tunde", "Adaeze", "Kwabena", "Fatou", "Omar", "Layla", "Yusuf", "Zeynep", "Emre", "Giulia",
    "Lorenzo", "Chiara", "Léa", "Louis", "Camille", "Lukas", "Hannah", "Jakub", "Zofia", "Ioana",
    "Andrei", "Dimitris", "Eleni", "Thiago", "Beatriz", "Siobhan", "Cian", "Rhys", "Eilidh", "Kofi",
    "Anh", "Linh", "Darius", "Nadia", "Maëlle", "Søren",
]  # fmt: skip
LAST = [
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
    "Zhang", "Wang", "Liu", "Chen", "Sato", "Tanaka", "Kim", "Park", "Patel", "Sharma", "Singh",
    "Gupta", "Okafor", "Adeyemi", "Mensah", "Diallo", "Haddad", "Al-Sayed", "Yılmaz", "Demir",  # noqa: RUF001
    "Rossi", "Bianchi", "Dubois", "Martin", "Müller", "Schmidt", "Nowak", "Kowalska", "Popescu",
    "Papadopoulos", "Silva", "Santos", "O'Connor", "Murphy", "MacLeod", "Nguyen", "Tran", "Hosseini",
    "Ahmed", "Khan", "Ali", "Ferreira", "Jensen",
]  # fmt: skip
ES_FIRST = [
    "Lucía", "Hugo", "Martina", "Pablo", "Alejandro", "Carmen", "Jordi", "Nerea", "Iker", "Ainhoa",
    "María José", "Juan Carlos", "Paula", "Daniel", "Irene", "Álvaro", "Marta", "Sergio", "Noelia",
    "Xabier", "Rocío", "Íñigo", "Claudia", "Adrián",
]  # fmt: skip
ES_LAST = [
    "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
    "Ruiz", "Navarro", "Iglesias", "Jiménez", "Moreno", "Álvarez", "Romero", "Torres", "Domínguez",
    "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Castillo", "Ortega", "Rubio", "Etxeberria",
]  # fmt: skip
UK_CITIES = {
    "Manchester": (53.4668, -2.2339),
    "Leeds": (53.8067, -1.5550),
    "London": (51.5246, -0.1340),
    "Bristol": (51.4584, -2.6030),
    "Nottingham": (52.9387, -1.1973),
    "Birmingham": (52.4508, -1.9305),
    "Edinburgh": (55.9445, -3.1892),
    "Glasgow": (55.8721, -4.2882),
    "Sheffield": (53.3811, -1.4880),
    "Cardiff": (51.4866, -3.1789),
    "Newcastle upon Tyne": (54.9791, -1.6147),
}
ES_CITIES = {
    "Madrid": (40.4469, -3.7278),
    "Barcelona": (41.3874, 2.1686),
    "Valencia": (39.4811, -0.3403),
    "Sevilla": (37.3772, -5.9869),
    "Granada": (37.1845, -3.6050),
    "Salamanca": (40.9619, -5.6686),
    "Bilbao": (43.2706, -2.9390),
    "Málaga": (36.7157, -4.4680),
}
UNIS_UK = [
    "University of Manchester", "University of Leeds", "UCL", "King's College London",
    "University of Bristol", "University of Nottingham", "University of Birmingham",
    "University of Edinburgh", "University of Glasgow", "University of Sheffield",
    "Cardiff University", "Newcastle University", "Manchester Metropolitan University",
]  # fmt: skip
UNIS_ES = [
    "Universidad Complutense de Madrid", "Universidad Autónoma de Madrid", "Universitat de Barcelona",
    "Universitat de València", "Universidad de Sevilla", "Universidad de Granada",
    "Universidad de Salamanca", "Universidad del País Vasco", "Universidad de Málaga",
    "Universidad Carlos III de Madrid",
]  # fmt: skip
COURSES = [
    "BSc Computer Science", "LLB Law", "MBChB Medicine", "BA History", "MEng Mechanical Engineering",
    "BSc Psychology", "MSc Data Science", "BA Economics", "BSc Nursing", "MA Architecture",
    "BSc Biomedical Sciences", "MBA",
]  # fmt: skip
CURSOS_ES = [
    "Grado en Derecho", "Grado en Medicina", "Grado en Ingeniería Informática", "Máster en Finanzas",
    "Grado en Psicología", "Grado en Arquitectura", "Grado en Bellas Artes", "Doble Grado ADE y Derecho",
]  # fmt: skip
UK_STREETS = [
    "Wilmslow Road", "Ladybarn Lane", "Brudenell Road", "Cardigan Road", "Gloucester Road",
    "Lenton Boulevard", "Bournbrook Road", "Marchmont Crescent", "Great Western Road", "Ecclesall Road",
    "Cathays Terrace", "Osborne Road", "Mayfield Avenue", "Hubert Grove", "Oxford Street",
    "Heathfield Close", "Park Lane",
]  # fmt: skip
UK_TOWNS = ["Manchester", "Leeds", "Bristol", "Nottingham", "Birmingham", "Reading", "Swindon", "Hull",
            "Milton Keynes", "Croydon", "Bolton", "Derby", "Aberdeen", "Swansea"]  # fmt: skip
ES_STREETS = [
    "Calle de Alcalá", "Calle Mayor", "Avinguda Diagonal", "Calle de Fuencarral", "Carrer de Balmes",
    "Avenida de la Constitución", "Calle Recogidas", "Gran Vía", "Calle Toro", "Calle Larios",
    "Avenida Blasco Ibáñez", "Calle Ercilla",
]  # fmt: skip
ES_CP = {"Madrid": "280", "Barcelona": "080", "Valencia": "460", "Sevilla": "410", "Granada": "180",
         "Salamanca": "370", "Bilbao": "480", "Málaga": "290"}  # fmt: skip
NEIGHBOURHOODS = [
    "Fallowfield", "Withington", "Hyde Park", "Headingley", "Clifton", "Lenton", "Selly Oak",
    "Marchmont", "Cathays", "Jesmond", "Crookes", "Bloomsbury", "Malasaña", "Gràcia", "Benimaclet",
    "Triana", "Realejo", "Moncloa", "Deusto",
]  # fmt: skip
LISTING_TITLES = [
    "Double room in 5-bed HMO, Fallowfield",
    "En-suite room in modern flat share, Hyde Park",
    "Studio with kitchenette, Clifton",
    "Large double in 4-bed house, bills included",
    "Room in purpose-built student block, Selly Oak",
    "Habitación exterior en piso compartido, Malasaña",
    "Habitación doble con baño privado, Gràcia",
    "Estudio junto al campus, Benimaclet",
    "2-bed flat for couples or friends, Jesmond",
]
OPERATORS = ["Private landlord", "Unite Students", "iQ Student", "Homes for Students", "Resa", "Spotahome"]
GUARANTOR_EMPLOYERS = [
    "NHS Greater Glasgow", "Tesco PLC", "Banco Santander", "Infosys", "Siemens AG", "Self-employed",
    "Lagos State Government", "Shanghai Pudong Development Bank", "Telefónica", "Mercadona", "BAE Systems",
]  # fmt: skip
JOB_TITLES = ["Nurse", "Accountant", "Teacher", "Civil Engineer", "Shop Manager", "Pharmacist", "Director",
              "Software Developer", "Taxi Driver", "Retired"]  # fmt: skip
POSTCODE_AREAS = ["M", "LS", "B", "S", "NG", "BS", "EH", "G", "CF", "NE", "L", "SW", "E", "N", "SE", "OX",
                  "CB", "YO", "LE", "CV", "RG", "HU"]  # fmt: skip
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def plain(s: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in ascii_ if c.isalnum() or c in ".-")


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def es_first(f: Fake) -> str:
    return f.pick(ES_FIRST)


def apellidos(f: Fake) -> str:
    return f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}"


def es_full(f: Fake) -> str:
    return f"{es_first(f)} {apellidos(f)}"


def email_of(f: Fake, fn: str, ln: str) -> str:
    a, b = plain(fn).replace("-", ""), plain(ln).replace("'", "").replace("-", "")
    user = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{f.r.randint(1, 99)}",
            f"{a[0]}{b}",
            f"{a}_{b}{f.pick(['98', '01', '03', '05'])}",
        ]
    )
    domain = f.pick(
        ["gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.es", "icloud.com", "hotmail.es",
         "qq.com", "yahoo.co.in", "live.com", "protonmail.com"]
    )  # fmt: skip
    return f"{user}@{domain}"


def email(f: Fake) -> str:
    return email_of(f, first(f), last(f))


def student_email(f: Fake) -> str:
    fn, ln = plain(first(f)), plain(last(f)).replace("'", "").replace("-", "")
    return f.pick(
        [
            f"{fn}.{ln}@student.manchester.ac.uk",
            f"{fn[0]}{ln[:5]}{f.r.randint(1, 9)}@leeds.ac.uk",
            f"zc{f.hexid(2)}{f.r.randint(100, 999)}@ucl.ac.uk",
            f"{fn}.{ln}-{f.r.randint(10, 99)}@bristol.ac.uk",
            f"{fn}.{ln}@estudiante.uam.es",
            f"{fn[0]}{ln}@ucm.es",
            f"alu{f.digits(10)}@ull.edu.es",
        ]
    )


def es_email(f: Fake) -> str:
    return email_of(f, es_first(f), f.pick(ES_LAST))


def phone_uk(f: Fake) -> str:
    n = f.digits(9)[1:]
    b = f.r.randint(400, 999)
    return f.pick(
        [
            f"07{b} {n[:6]}",
            f"+447{b}{n[:6]}",
            f"+44 7{b} {n[:3]} {n[3:6]}",
            f"07{b}{n[:6]}",
            f"+44 (0)7{b} {n[:6]}",
        ]
    )


def phone_es(f: Fake) -> str:
    d = f.digits(8)
    p = f.pick(["6", "6", "6", "7"])
    d = d if p == "6" else f.pick("1234") + d[1:]
    return f.pick(
        [
            f"+34 {p}{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"{p}{d[:2]} {d[2:5]} {d[5:]}",
            f"+34{p}{d}",
            f"{p}{d}",
        ]
    )


def phone_intl(f: Fake) -> str:
    d = f.digits(10)
    return f.pick(
        [
            phone_uk(f),
            phone_es(f),
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+86 13{d[0]} {d[1:5]} {d[5:9]}",
            f"+91 9{d[:4]} {d[4:9]}",
            f"+234 80{d[0]} {d[1:4]} {d[4:8]}",
            f"+1 ({d[0:3].replace('0', '4').replace('1', '5')}) {d[3:6]}-{d[6:10]}",
            f"+49 15{d[:2]} {d[2:9]}",
        ]
    )


def postcode(f: Fake) -> str:
    unit = f.pick(PC_UNIT) + f.pick(PC_UNIT)
    return f"{f.pick(POSTCODE_AREAS)}{f.r.randint(1, 20)} {f.r.randint(1, 9)}{unit}"


def uk_street(f: Fake) -> str:
    return f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"


def es_street(f: Fake) -> str:
    return f"{f.pick(ES_STREETS)} {f.r.randint(1, 180)}, {f.r.randint(1, 8)}º {f.pick('ABCDI')}"


def cp(f: Fake, city=None) -> str:
    city = city or f.pick(list(ES_CP))
    return ES_CP[city] + f"{f.r.randint(1, 99):02d}"


def dni(f: Fake) -> str:
    n = f.r.randint(1_000_000, 99_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def nie(f: Fake) -> str:
    p = f.r.randint(0, 2)
    body = f.r.randint(0, 9_999_999)
    return f"{'XYZ'[p]}{body:07d}{DNI_LETTERS[int(f'{p}{body:07d}') % 23]}"


def nino(f: Fake) -> str:
    while True:
        a, b = f.pick("ABCEGHJKLMNOPRSTWXYZ"), f.pick("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    s = f.pick("ABCD")
    return f.pick([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def passport_no(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            f.digits(9),  # UK, US
            "".join(f.pick(letters) for _ in range(3)) + f.digits(6),  # Spain
            "E" + f.digits(8),  # China
            f.pick("JKLMNPRSTVZ") + f.digits(7),  # India
            "A" + f.digits(8),  # Nigeria
            "YA" + f.digits(7),  # Italy
        ]
    )


def share_code(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    s = "R" + "".join(f.pick(chars) for _ in range(8))
    return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def brp(f: Fake) -> str:
    return f.pick(["ZU", "ZR", "RF", "ZT"]) + f.pick("0123456789X") + f.digits(6)


def uk_plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (
        f"{f.pick(L)}{f.pick(L)}{f.r.randint(51, 74) if f.r.random() < 0.5 else f.r.randint(10, 24)} "
        + "".join(f.pick(L) for _ in range(3))
    )


def es_plate(f: Fake) -> str:
    return f"{f.r.randint(0, 9999):04d} " + "".join(f.pick("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))


def sort_code(f: Fake) -> str:
    return (
        f.pick(["20", "40", "30", "60", "09", "07", "77", "83"])
        + f"-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"
    )


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(ALNUM) for _ in range(n))


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def ip6(f: Fake) -> str:
    prefix = f.pick(["2a00:23c7", "2a02:c7c", "2a0c:5a80", "2a01:4b00", "2a02:9130"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else ip6(f)


def near(f: Fake, cities: dict, axis: int) -> float:
    base = cities[f.pick(list(cities))][axis]
    return round(base + f.r.uniform(-0.04, 0.04), 6)


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "CjwKCAiA", "EAIaIQob"]) + alnum(f, 70) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56)


def ts(f: Fake) -> str:
    return f.iso()


def date24(f: Fake) -> str:
    return f.date(2024, 2025)


def dob_student(f: Fake) -> str:
    return f.date(1997, 2006)


def dob_parent(f: Fake) -> str:
    return f.date(1956, 1982)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def gp(*options):
    return G(lambda f: f.pick(list(options)))


def listing_id(f: Fake) -> str:
    return f.pick(["lst_", "rm_"]) + f.digits(7)


# -- contexts --------------------------------------------------------------------------------------


def web_context(f: Fake, es: bool = False):
    host = "https://www.roomroute.es" if es else "https://www.roomroute.co.uk"
    paths = (
        ["/habitaciones/madrid", "/piso/rm_4410293", "/solicitud/paso-2", "/"]
        if es
        else ["/rooms/manchester", "/listing/lst_2219834", "/apply/guarantor", "/", "/account/payments"]
    )
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": gp("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": gp(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://www.bing.com/"
            ),
            "search": gp("", "?utm_source=tiktok&utm_medium=paid_social", "?sort=price_asc", "?ref=uni_fair"),
            "title": gp("Student rooms | RoomRoute", "Apply | RoomRoute", "Habitaciones para estudiantes"),
            "url": G(lambda f: host + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {"brand": gp("Chromium", "Google Chrome", "Not-A.Brand"), "version": gp("124", "123", "99")},
                3,
            ),
            "mobile": gp(True, False),
            "platform": gp("macOS", "Windows", "Android"),
        },
        "locale": G(
            lambda f: (
                f.pick(["es-ES", "ca-ES", "en-GB"]) if es else f.pick(["en-GB", "en-US", "zh-CN", "hi-IN"])
            )
        ),
        "timezone": G(lambda f: "Europe/Madrid" if es else f.pick(["Europe/London", "Asia/Shanghai"])),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": gp("clearing_2024", "freshers_rooms", "september_intake", "vuelta_al_cole"),
            "source": gp("google", "tiktok", "instagram", "uni_newsletter"),
            "medium": gp("cpc", "paid_social", "email", "referral"),
            "term": gp("student rooms manchester", "habitaciones estudiantes madrid", "leeds student house"),
            "content": gp("carousel_a", "ugc_video_3", "textlink"),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoomRoute"),
            "version": gp("4.18.0", "4.19.2", "4.20.0"),
            "build": gp("4180", "4192", "4200"),
            "namespace": G(lambda f: "uk.co.roomroute.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": gp("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone12,1"),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": gp(True, False),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": G(lambda f: "analytics-swift"), "version": gp("1.5.11", "1.6.0")},
        "locale": gp("en-GB", "es-ES", "zh-Hans-GB", "it-IT"),
        "network": {
            "wifi": gp(True, False),
            "cellular": gp(True, False),
            "carrier": gp("EE", "O2-UK", "Vodafone UK", "Movistar"),
        },
        "os": {"name": G(lambda f: "iOS"), "version": gp("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": gp(390, 393, 430), "height": gp(844, 852, 932), "density": G(lambda f: 3)},
        "timezone": gp("Europe/London", "Europe/Madrid"),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "userId": G(lambda f: "usr_" + f.digits(8)),
        },
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoomRoute"),
            "version": gp("4.18.0", "4.19.1", "4.20.0"),
            "build": gp("41800", "41910", "42000"),
            "namespace": G(lambda f: "uk.co.roomroute.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": gp("samsung", "Google", "Xiaomi", "OnePlus"),
            "model": gp("SM-A546B", "Pixel 7a", "2201117TY", "CPH2449"),
            "name": gp("a54x", "lynx", "spes", "OP5958L1"),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": gp(True, False),
        },
        "instanceId": G(lambda f: f.uuid()),
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": gp("1.15.0", "1.16.3")},
        "locale": gp("en-GB", "es-ES", "pt-BR", "ar-EG"),
        "location": {
            "latitude": Y(lambda f: near(f, UK_CITIES, 0), "geolocation"),
            "longitude": Y(lambda f: near(f, UK_CITIES, 1), "geolocation"),
            "speed": gp(0.0, 1.2, 0.4),
        },
        "network": {"wifi": gp(True, False), "cellular": gp(True, False), "bluetooth": G(lambda f: False)},
        "os": {"name": G(lambda f: "Android"), "version": gp("14", "13", "12")},
        "screen": {"density": gp(2.625, 2.75, 3.0), "width": gp(1080, 1440), "height": gp(2340, 2400, 3120)},
        "timezone": gp("Europe/London", "Europe/Madrid"),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A546B", "Pixel 7a"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "ip": Y(ip, "ip"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoomRoute"),
            "version": gp("4.18.0", "4.20.0"),
            "build": gp("418", "420", "421"),
            "namespace": gp("uk.co.roomroute.ios", "uk.co.roomroute.android"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": gp("Apple", "samsung", "Google"),
            "model": gp("iPhone13,2", "SM-S918B", "Pixel 8"),
            "type": gp("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": gp("2.19.1", "2.20.0")},
        "os": {"name": gp("iOS", "Android"), "version": gp("17.4", "14", "16.6")},
        "screen": {"width": gp(390, 412, 428), "height": gp(844, 915, 926)},
        "network": {"wifi": gp(True, False), "carrier": gp("Three", "giffgaff", "Orange ES")},
        "locale": gp("en-GB", "es-ES", "fr-FR"),
        "timezone": gp("Europe/London", "Europe/Madrid"),
        "location": {
            "city": Y(lambda f: f.pick(list(UK_CITIES) + list(ES_CITIES)), "city"),
            "country": gp("United Kingdom", "Spain"),
            "latitude": Y(lambda f: near(f, ES_CITIES, 0), "geolocation"),
            "longitude": Y(lambda f: near(f, ES_CITIES, 1), "geolocation"),
        },
        "ip": Y(ip, "ip"),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "RoomRoute Mates"),
            "version": gp("2.3.0", "2.4.1", "2.5.0"),
            "build": gp("230", "241", "250"),
            "namespace": G(lambda f: "com.roomroute.mates"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": gp("Apple", "samsung", "motorola"),
            "model": gp("iPhone14,5", "SM-G991B", "moto g54 5G"),
            "type": gp("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": gp("1.1.2", "1.1.4")},
        "os": {"name": gp("iOS", "Android"), "version": gp("17.5", "13", "14")},
        "screen": {"width": gp(390, 412), "height": gp(844, 915)},
        "locale": gp("en_GB", "es_ES", "de_DE"),
        "timezone": gp("Europe/London", "Europe/Madrid"),
        "ip": Y(ip, "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.9.0"],
}


def server_context(f: Fake, lib: str):
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if lib in ("analytics-node", "analytics-php", "Analytics.NET"):
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if lib == "analytics-php":
        ctx["locale"] = gp("es-ES", "ca-ES", "en-GB")
    if lib == "analytics-python":
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "analytics-java":
        ctx["groupId"] = G(lambda f: "agency_" + f.digits(4))
    if lib == "analytics-ruby":
        ctx["traits"] = {"email": Y(email, "email"), "plan": gp("student", "landlord_pro", "agency")}
    return ctx


# -- shared shapes ---------------------------------------------------------------------------------


def listing_product():
    return {
        "product_id": G(listing_id),
        "sku": G(
            lambda f: (
                f"{f.pick(['MAN', 'LDS', 'BRS', 'MAD', 'BCN', 'VLC'])}-{f.digits(5)}-"
                + f.pick(["DBL", "ENS", "STU", "SGL"])
            )
        ),
        "name": G(lambda f: f.pick(LISTING_TITLES)),
        "brand": G(lambda f: f.pick(OPERATORS)),
        "category": gp("double room", "en-suite", "studio", "single room", "whole flat"),
        "price": G(money(95, 1250)),
        "position": G(lambda f: f.r.randint(1, 40)),
        "url": G(lambda f: "https://www.roomroute.co.uk/listing/" + listing_id(f)),
        "image_url": G(lambda f: f"https://img.roomroute.co.uk/listings/{f.hexid(12)}/cover_1200.jpg"),
        "neighbourhood": G(lambda f: f.pick(NEIGHBOURHOODS)),
    }


def uk_address():
    return {
        "line1": Y(uk_street, "address|street"),
        "line2": Y(
            lambda f: f.pick(["Flat 2", "Flat 4B", "Room 3", "Apartment 12", "Ground Floor Flat"]),
            "address|street",
        ),
        "city": Y(lambda f: f.pick(UK_TOWNS), "city"),
        "postcode": Y(postcode, "zipcode"),
        "country": gp("GB", "United Kingdom"),
    }


# -- events ----------------------------------------------------------------------------------------

MOBILE = ["swift", "kotlin", "rn"]

EVENTS = [
    # -- browsing ------------------------------------------------------------------------------------
    (
        "page",
        "Search Results",
        ["web", "web"],
        {
            "name": gp("Search Results", "Listing", "Apply - Guarantor", "Home", "Payments"),
            "category": gp("search", "listing", "apply", "account"),
            "path": gp("/rooms/leeds", "/listing/lst_3390218", "/apply/guarantor", "/account/payments"),
            "url": G(
                lambda f: "https://www.roomroute.co.uk/rooms/" + f.pick(["leeds", "manchester", "bristol"])
            ),
            "title": gp("Student rooms in Leeds | RoomRoute", "Apply | RoomRoute", "Your payments"),
            "referrer": gp("https://www.google.com/", "", "https://www.tiktok.com/"),
            "search": gp("", "?max_rent=650&bills=1", "?sort=newest"),
        },
    ),
    (
        "page",
        "Buscar Habitaciones",
        ["web_es"],
        {
            "name": gp("Buscar Habitaciones", "Ficha del Piso", "Solicitud"),
            "path": gp("/habitaciones/madrid", "/habitaciones/barcelona/gracia", "/piso/rm_4410293"),
            "url": G(
                lambda f: "https://www.roomroute.es/habitaciones/" + f.pick(["madrid", "sevilla", "granada"])
            ),
            "title": gp(
                "Habitaciones para estudiantes en Madrid", "Pisos compartidos | RoomRoute", "Solicitud"
            ),
        },
    ),
    (
        "screen",
        "Listing Detail",
        [*MOBILE, "flutter"],
        {
            "name": gp("Listing Detail", "Search Map", "My Tenancy", "Chat", "Housemate Matches"),
            "previous_screen": gp("Home", "Search Map", "Saved"),
            "listing_id": G(listing_id),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "web_es", "swift", "kotlin"],
        {
            "query": gp(
                "rooms near University of Leeds",
                "fallowfield ensuite",
                "habitación cerca de Moncloa",
                "studio clifton bills included",
                "Gràcia",
            ),
            "filters": {
                "city": G(lambda f: f.pick(list(UK_CITIES) + list(ES_CITIES))),
                "university": G(lambda f: f.pick(UNIS_UK + UNIS_ES)),
                "minRent": gp(0, 300, 400),
                "maxRent": gp(550, 700, 900, 1200),
                "roomType": gp("any", "ensuite", "studio", "double"),
                "billsIncluded": gp(True, False),
                "moveInDate": G(date24),
                "petsAllowed": gp(True, False),
            },
            "map": {
                "centerLat": G(lambda f: near(f, UK_CITIES, 0)),
                "centerLng": G(lambda f: near(f, UK_CITIES, 1)),
                "zoom": gp(12, 13, 14, 15),
                "boundsNE": G(lambda f: f"{near(f, UK_CITIES, 0)},{near(f, UK_CITIES, 1)}"),
            },
            "results_count": G(lambda f: f.r.randint(0, 420)),
            "sort": gp("recommended", "price_asc", "newest", "distance"),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin"],
        {
            "list_id": gp("search_results", "similar_rooms", "saved_rooms"),
            "category": gp("double room", "studio", "en-suite"),
            "products": Many(listing_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "web_es", "swift", "rn"],
        {
            "product_id": G(listing_id),
            "sku": G(lambda f: f"MAN-{f.digits(5)}-{f.pick(['DBL', 'ENS', 'STU'])}"),
            "name": G(lambda f: f.pick(LISTING_TITLES)),
            "brand": G(lambda f: f.pick(OPERATORS)),
            "price": G(money(95, 1250)),
            "currency": gp("GBP", "EUR"),
            "rent_period": gp("pw", "pcm", "mes"),
            "bills_included": gp(True, False),
            "available_from": G(date24),
            "bedrooms": gp(1, 3, 4, 5, 6),
            "neighbourhood": G(lambda f: f.pick(NEIGHBOURHOODS)),
            "postcode_district": gp("M14", "LS6", "BS8", "NG7", "B29", "EH9", "28015", "08012"),
            "listing_lat": G(lambda f: near(f, UK_CITIES, 0)),
            "listing_lng": G(lambda f: near(f, UK_CITIES, 1)),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        ["swift", "kotlin", "web"],
        {
            "wishlist_id": G(lambda f: "wl_" + f.hexid(10)),
            "wishlist_name": gp("Leeds shortlist", "Year 2 house", "Erasmus Madrid", "Favourites"),
            "product_id": G(listing_id),
            "price": G(money(95, 1250)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        ["web"],
        {
            "saved_search_id": G(lambda f: f.uuid()),
            "label": gp(
                "Rooms near UoM under £600", "Ensuite Hyde Park", "Studios Clifton Sept", "Madrid centro"
            ),
            "alert_frequency": gp("instant", "daily", "weekly"),
            "alert_channel": gp("email", "push", "sms"),
        },
    ),
    # -- viewings -----------------------------------------------------------------------------------
    (
        "track",
        "Viewing Requested",
        ["web", "swift", "kotlin"],
        {
            "viewingId": G(lambda f: "vw_" + f.digits(8)),
            "listingId": G(listing_id),
            "slotStart": G(ts),
            "viewingType": gp("in_person", "video_call", "self_guided"),
            "attendee": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone_intl, "phone"),
            },
            "note": gp(
                "Running 10 mins late",
                "Can we do video instead?",
                "I'll bring my mum",
                "",
                "Is parking available?",
            ),
            "guestsCount": gp(0, 1, 2),
            "agentName": Y(full_name, "name"),
            "branch": {
                "name": gp(
                    "Fallowfield Lettings", "Headingley Homes", "Clifton Student Lets", "Piso Madrid Moncloa"
                ),
                "phone": gp("0161 224 5566", "0113 275 8800", "0117 973 4411", "+34 915 49 22 10"),
                "email": gp(
                    "fallowfield@roomroute.co.uk", "lettings@headingleyhomes.co.uk", "hola@pisomadrid.es"
                ),
                "address": gp(
                    "301 Wilmslow Road, Manchester M14 6NW",
                    "45 Otley Road, Leeds LS6 3AB",
                    "Calle de Isaac Peral 12, 28015 Madrid",
                ),
            },
        },
    ),
    (
        "track",
        "Viewing Cancelled",
        ["swift", "web"],
        {
            "viewingId": G(lambda f: "vw_" + f.digits(8)),
            "reason": gp("found another room", "clash with lecture", "property let", "travel disruption"),
        },
    ),
    (
        "track",
        "Viewing Attended",
        ["python"],
        {
            "viewing_id": G(lambda f: "vw_" + f.digits(8)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "outcome": gp("interested", "not_interested", "applied_same_day", "no_show"),
            "duration_min": G(lambda f: f.r.randint(5, 45)),
            "feedback_score": gp(1, 2, 3, 4, 5),
        },
    ),
    # -- applications --------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "app_" + f.digits(9)),
            "revenue": G(money(100, 700)),
            "currency": gp("GBP", "EUR"),
            "coupon": gp("", "FRESHERS50", "REFER25"),
            "products": Many(
                {
                    "product_id": G(listing_id),
                    "name": gp("Holding deposit", "Admin fee", "Guarantor service"),
                    "price": G(money(50, 400)),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "move_in_date": G(date24),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["node"],
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "listing_id": G(listing_id),
            "applicant": {
                "full_name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone_intl, "phone"),
                "date_of_birth": Y(dob_student, "birthdate"),
                "nationality": Y(
                    lambda f: f.pick(
                        [
                            "British",
                            "Chinese",
                            "Indian",
                            "Nigerian",
                            "Spanish",
                            "Italian",
                            "Malaysian",
                            "American",
                        ]
                    ),
                    "citizenship",
                ),
                "current_address": uk_address(),
                "time_at_address_months": G(lambda f: f.r.randint(1, 96)),
                "student_number": G(lambda f: f.digits(8)),
                "university": G(lambda f: f.pick(UNIS_UK)),
                "course": G(lambda f: f.pick(COURSES)),
                "year_of_study": gp(1, 2, 3, 4, "PG"),
                "student_type": gp("home", "international", "eu_settled"),
                "age_band": gp("18-20", "21-24", "25-29", "30+"),
            },
            "right_to_rent": {
                "status": RED(
                    lambda f: f.pick(
                        [
                            "british_citizen",
                            "settled_status",
                            "pre_settled_status",
                            "student_visa",
                            "graduate_visa",
                        ]
                    ),
                    "visa",
                ),
                "share_code": RED(share_code, "visa"),
                "checked_at": G(ts),
            },
            "previous_landlord": {
                "name": Y(full_name, "name"),
                "phone": Y(phone_uk, "phone"),
                "email": Y(email, "email"),
            },
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone_intl, "phone"),
                "relationship": gp("mother", "father", "sibling", "partner", "guardian"),
            },
            "employment_status": gp("full_time_student", "part_time_work", "employed"),
            "has_ccj": gp(True, False),
            "credit_score": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "guarantor_required": gp(True, False),
        },
    ),
    (
        "track",
        "Guarantor Invited",
        ["web", "kotlin"],
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "guarantor_relationship": gp("parent", "grandparent", "aunt_uncle", "family_friend"),
            "channel": gp("email", "sms"),
            "recipient": Y(lambda f: f.pick([email(f), phone_intl(f)]), "email|phone", True),
            "invite_expires_at": G(ts),
            "reminders_sent": gp(0, 1, 2),
        },
    ),
    (
        "track",
        "Guarantor Form Completed",
        ["java"],
        {
            "applicationId": G(lambda f: "app_" + f.digits(9)),
            "guarantorType": gp("uk_guarantor", "international_guarantor", "rent_guarantor_company"),
            "guarantor": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone_intl, "phone"),
                "dateOfBirth": Y(dob_parent, "birthdate"),
                "homeAddress": {
                    "street": Y(uk_street, "address|street"),
                    "town": Y(lambda f: f.pick(UK_TOWNS), "city"),
                    "postcode": Y(postcode, "zipcode"),
                    "country": gp("GB", "IN", "CN", "NG", "ES"),
                },
                "isHomeowner": gp(True, False),
                "employmentStatus": gp("employed", "self_employed", "retired", "director"),
                "employerName": G(lambda f: f.pick(GUARANTOR_EMPLOYERS)),
                "jobTitle": G(lambda f: f.pick(JOB_TITLES)),
                "annualIncome": Y(lambda f: f.r.randint(18, 140) * 1000, "salary"),
                "incomeCurrency": gp("GBP", "EUR", "INR", "CNY"),
                "nationalInsuranceNumber": RED(nino, "national id"),
            },
            "affordabilityMultiple": G(lambda f: round(f.r.uniform(1.2, 4.5), 2)),
        },
    ),
    (
        "track",
        "Referencing Completed",
        ["ruby"],
        {
            "reference-id": G(lambda f: "REF-" + f.digits(7)),
            "provider": gp("Goodlord", "HomeLet", "Canopy"),
            "applicant-name": Y(full_name, "name"),
            "applicant-email": Y(email, "email"),
            "outcome": gp("accept", "accept_with_guarantor", "decline", "refer"),
            "affordability-ratio": G(lambda f: round(f.r.uniform(0.5, 3.5), 2)),
            "credit-score": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "ccj-count": gp(0, 0, 1, 2),
            "guarantor-required": gp(True, False),
            "right-to-rent-check": RED(
                lambda f: f.pick(["pass", "pass_time_limited", "fail", "pending"]), "visa"
            ),
            "completed-at": G(ts),
        },
    ),
    (
        "track",
        "Identity Check Completed",
        ["python"],
        {
            "check_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "result": gp("clear", "consider"),
            "document": {
                "type": gp("passport", "national_identity_card", "residence_permit", "driving_licence"),
                "issuing_country": gp("GBR", "CHN", "IND", "NGA", "ESP", "ITA"),
                "number": RED(passport_no, "passport|national id"),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "nationality": Y(
                    lambda f: f.pick(["GBR", "CHN", "IND", "NGA", "ESP", "ITA", "MYS"]), "citizenship"
                ),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(dob_student, "birthdate"),
            },
            "selfie_url": Y(lambda f: f"https://files.idcheck.example/selfies/{f.uuid()}.jpg", "photo"),
            "brp_number": RED(brp, "national id|visa"),
            "visa_type": RED(
                lambda f: f.pick(["Student", "Graduate", "Skilled Worker", "Dependant"]), "visa"
            ),
        },
    ),
    # -- tenancy and e-signature --------------------------------------------------------------------
    (
        "track",
        "Envelope Completed",
        ["go"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": gp("completed", "sent", "delivered"),
            "templateName": gp("AST Student 2024-25", "Joint AST HMO", "Guarantor Deed v3"),
            "emailSubject": gp(
                "Please DocuSign: Assured Shorthold Tenancy 2024/25", "Please DocuSign: Guarantor Deed"
            ),
            "sentDateTime": G(ts),
            "completedDateTime": G(ts),
            "recipients": {
                "signers": Many(
                    {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "roleName": gp("Tenant", "Guarantor", "Landlord"),
                        "status": gp("completed", "delivered", "sent"),
                        "signedDateTime": G(ts),
                        "deliveryMethod": G(lambda f: "email"),
                        "clientIPAddress": Y(ip, "ip"),
                    },
                    4,
                )
            },
        },
    ),
    (
        "track",
        "Tenancy Created",
        ["dotnet"],
        {
            "TenancyId": G(lambda f: f.r.randint(100000, 999999)),
            "PropertyRef": G(lambda f: "PR-" + f.digits(5)),
            "PropertyAddress": {
                "Line1": Y(uk_street, "address|street"),
                "Line2": Y(
                    lambda f: f.pick(["Flat 1", "Flat 3", "Room 5", "Top Floor Flat"]), "address|street"
                ),
                "Town": Y(lambda f: f.pick(list(UK_CITIES)), "city"),
                "Postcode": Y(postcode, "zipcode"),
            },
            "RentPcm": G(money(400, 1400)),
            "StartDate": G(lambda f: f.date(2024, 2025) + "T00:00:00"),
            "EndDate": G(lambda f: f.date(2025, 2026) + "T00:00:00"),
            "DepositAmount": G(money(300, 1600)),
            "DepositScheme": gp("DPS", "TDS", "mydeposits"),
            "DepositCertificateNo": G(lambda f: "DPC" + f.digits(8)),
            "Tenants": Many(
                {
                    "TenantId": G(lambda f: f.r.randint(10000, 99999)),
                    "FullName": Y(full_name, "name"),
                    "Email": Y(email, "email"),
                    "MobileNumber": Y(phone_uk, "phone"),
                    "DateOfBirth": Y(lambda f: dob_student(f) + "T00:00:00", "birthdate"),
                    "IsLeadTenant": gp(True, False),
                    "IsStudent": gp(True, True, False),
                },
                5,
            ),
            "LandlordContactName": Y(full_name, "name"),
            "AgencyBranch": gp("Fallowfield Lettings", "Headingley Homes", "Clifton Student Lets"),
        },
    ),
    # -- money ---------------------------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "app_" + f.digits(9)),
            "total": G(money(100, 800)),
            "revenue": G(money(100, 800)),
            "currency": gp("GBP", "EUR"),
            "coupon": gp("", "FRESHERS50"),
            "discount": G(money(0, 50)),
            "payment_method": gp("card", "apple_pay", "google_pay"),
            "payment_method_id": RED(pm_token, "token"),
            "card": {
                "brand": gp("visa", "mastercard", "amex"),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": gp("debit", "credit", "prepaid"),
                "bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
                "country": gp("GB", "ES", "CN", "IN"),
            },
            "billing_address": {
                "line1": Y(uk_street, "address|street"),
                "city": Y(lambda f: f.pick(UK_TOWNS), "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": gp("GB", "IN", "CN"),
            },
            "receipt_email": Y(email, "email"),
            "products": Many(
                {
                    "product_id": G(listing_id),
                    "name": gp("Holding deposit", "First month's rent", "Guarantor service"),
                    "price": G(money(50, 800)),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Payment Intent Succeeded",
        ["node"],
        {
            "id": G(lambda f: "evt_3" + alnum(f, 24)),
            "type": gp("payment_intent.succeeded", "payment_intent.payment_failed"),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_3" + alnum(f, 24)),
                    "amount": G(lambda f: f.r.randint(10000, 140000)),
                    "currency": gp("gbp", "eur"),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "payment_method": RED(pm_token, "token"),
                    "receipt_email": Y(email, "email"),
                    "status": gp("succeeded", "requires_payment_method"),
                    "billing_details": {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone_intl, "phone"),
                        "address": {
                            "line1": Y(uk_street, "address|street"),
                            "city": Y(lambda f: f.pick(UK_TOWNS), "city"),
                            "postal_code": Y(postcode, "zipcode"),
                            "country": gp("GB", "CN", "IN"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": gp("visa", "mastercard", "amex"),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "fingerprint": G(lambda f: alnum(f, 16)),
                            "country": gp("GB", "US", "CN"),
                        }
                    },
                    "metadata": {
                        "tenancy_id": G(lambda f: str(f.r.randint(100000, 999999))),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Card Payment Declined",
        ["dotnet"],
        {
            "PaymentRef": G(lambda f: "RP" + f.digits(8)),
            "TenancyId": G(lambda f: f.r.randint(100000, 999999)),
            "Amount": G(money(300, 1400)),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardHolderName": Y(full_name, "name"),
            "DeclineCode": gp("05", "51", "54", "65"),
            "Gateway": gp("Opayo", "Worldpay"),
        },
    ),
    (
        "track",
        "Bank Details Submitted",
        ["web", "swift"],
        {
            "mandateFlow": gp("bacs_direct_debit", "open_banking"),
            "accountHolderName": Y(full_name, "name"),
            "sortCode": G(sort_code),
            "accountNumber": RED(lambda f: f.digits(8), "bank account"),
            "bankName": gp("Monzo", "Barclays", "Santander UK", "HSBC UK", "Starling"),
            "payerEmail": Y(email, "email"),
            "isJointAccount": gp(True, False),
            "collectionDay": gp(1, 15, 28),
        },
    ),
    (
        "track",
        "Rent Payment Scheduled",
        ["ruby"],
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12).upper()),
            "payment_id": G(lambda f: "PM" + alnum(f, 12).upper()),
            "scheme": gp("bacs", "sepa_core"),
            "amount": G(money(300, 1400)),
            "charge_date": G(date24),
            "account_number_ending": G(lambda f: f.digits(2)),
        },
    ),
    (
        "track",
        "Rent Payment Failed",
        ["ruby", "node"],
        {
            "payment_id": G(lambda f: "PM" + alnum(f, 12).upper()),
            "amount": G(money(300, 1400)),
            "failure_reason": gp(
                "insufficient_funds", "mandate_cancelled", "card_declined", "refer_to_payer"
            ),
            "retry_count": gp(0, 1, 2, 3),
            "days_overdue": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["php", "go"],
        {
            "payee": {
                "label": Y(lambda f: f.pick(["", "", "Dr "]) + full_name(f), "name", True),
                "iban": RED(lambda f: f.iban(f.pick(["GB", "ES"])), "bank account"),
                "bic": gp("NWBKGB2L", "BSCHESMM", "CAIXESBBXXX", "BBVAESMM", "MONZGB2L"),
                "country": gp("GB", "ES"),
            },
            "payout_schedule": gp("monthly", "on_receipt"),
            "verified_via": gp("micro_deposit", "open_banking", "manual"),
        },
    ),
    (
        "track",
        "Deposit Returned",
        ["python", "java"],
        {
            "deposit_id": G(lambda f: "dep_" + f.digits(7)),
            "amount_returned": G(money(0, 1600)),
            "deductions_total": G(money(0, 400)),
            "deduction_reasons": Many(gp("cleaning", "damage", "rent_arrears", "missing_keys"), 3),
            "return_account": {
                "account_holder": Y(full_name, "name"),
                "sort_code": G(sort_code),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
            },
            "dispute_raised": gp(True, False),
        },
    ),
    # -- maintenance ---------------------------------------------------------------------------------
    (
        "track",
        "Maintenance Request Submitted",
        ["rn", "swift", "kotlin"],
        {
            "requestId": G(lambda f: "MR-" + f.digits(6)),
            "tenancyId": G(lambda f: str(f.r.randint(100000, 999999))),
            "category": gp("heating", "plumbing", "electrics", "damp_mould", "pests", "appliances"),
            "urgency": gp("emergency", "urgent", "routine"),
            "description": gp(
                "Boiler shows error F28, no hot water since Sunday",
                "Black mould spreading on bedroom ceiling",
                "Washing machine leaks from the door seal",
                "Kitchen light flickers and trips the fuse",
                "Mice droppings behind the fridge",
            ),
            "photos": Many(
                {
                    "url": G(lambda f: f"https://uploads.roomroute.co.uk/maintenance/{f.uuid()}.jpg"),
                    "width": gp(3024, 4032, 1080),
                    "height": gp(4032, 3024, 1920),
                    "sizeBytes": G(lambda f: f.r.randint(200_000, 5_000_000)),
                },
                4,
            ),
            "photoCount": G(lambda f: f.r.randint(0, 6)),
            "roomNumber": gp("Room 1", "Room 3", "Kitchen", "Bathroom 2"),
            "accessPreference": gp("accompanied", "use_keysafe", "any_time"),
            "keysafeCode": RED(lambda f: f.digits(4), "secret"),
            "contactPhone": Y(phone_uk, "phone"),
            "healthAffectedByDamp": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Contractor Assigned",
        ["python"],
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "request_id": G(lambda f: "MR-" + f.digits(6)),
            "contractor": {
                "company": gp("Northern Gas Services Ltd", "Fix It Fast Plumbing", "Reparaciones Moncloa SL"),
                "company_phone": gp("0161 820 4400", "0113 496 0011", "+34 910 55 66 77"),
                "technician_name": Y(full_name, "name"),
            },
            "eta": G(ts),
        },
    ),
    # -- roommate matching ---------------------------------------------------------------------------
    (
        "track",
        "Lifestyle Quiz Completed",
        ["flutter"],
        {
            "quizId": G(lambda f: "quiz_" + f.hexid(8)),
            "answers": {
                "sleepSchedule": gp("early_bird", "night_owl", "flexible"),
                "cleanliness": gp(1, 2, 3, 4, 5),
                "guestsFrequency": gp("rarely", "weekends", "often"),
                "smoker": gp(True, False),
                "diet": gp("no_preference", "vegetarian", "vegan", "pescatarian"),
                "hasPets": gp(True, False),
            },
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "preferredHousemateGender": gp("any", "same", "female_only", "male_only"),
            "faith": Y(
                lambda f: f.pick(
                    [
                        "Christian",
                        "Muslim",
                        "Hindu",
                        "Sikh",
                        "Jewish",
                        "Buddhist",
                        "None",
                        "Prefer not to say",
                    ]
                ),
                "religion",
            ),
            "accessibilityNeeds": RED(
                lambda f: f.pick(
                    ["none", "step_free_access", "wheelchair_user", "visual_impairment", "hearing_impairment"]
                ),
                "disability",
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["cats", "dogs", "peanuts", "dust mites", "pollen"]), "allergy"), 2
            ),
            "interests": Many(gp("football", "gaming", "k-pop", "climbing", "cooking", "anime", "gym"), 4),
            "instagram": Y(
                lambda f: (
                    "@"
                    + plain(first(f))
                    + f.pick([".", "_", ""])
                    + f.pick(["", str(f.r.randint(1, 99))])
                    + plain(last(f))[:4]
                ),
                "name",
            ),
            "bio": gp(
                "Second-year medic, quiet during exams, love cooking Sunday roasts",
                "Erasmus from Bologna, looking for a chill house",
                "Gym in the morning, gaming at night",
                "Postgrad, mostly in the lab",
            ),
            "matchingOptIn": gp(True, False),
        },
    ),
    (
        "track",
        "Match Suggested",
        ["go", "python"],
        {
            "match_id": G(lambda f: f.uuid()),
            "candidate": {
                "user_id": G(lambda f: "usr_" + f.digits(8)),
                "first_name": Y(first, "name"),
                "age": G(lambda f: f.r.randint(18, 31)),
                "university": G(lambda f: f.pick(UNIS_UK + UNIS_ES)),
                "course": G(lambda f: f.pick(COURSES)),
                "year_of_study": gp(1, 2, 3, 4),
                "avatar_url": Y(lambda f: f"https://img.roomroute.co.uk/avatars/{f.hexid(16)}.webp", "photo"),
            },
            "compatibility": G(lambda f: f.r.randint(40, 99)),
            "shared_interests": Many(gp("football", "gaming", "cooking", "climbing"), 3),
        },
    ),
    (
        "track",
        "Housemate Invited",
        ["swift", "rn"],
        {
            "groupId": G(lambda f: "hg_" + f.hexid(8)),
            "houseSize": gp(2, 3, 4, 5, 6),
            "inviteeName": Y(first, "name"),
            "inviteeEmail": Y(student_email, "email"),
            "inviteMethod": gp("email", "link", "whatsapp"),
        },
    ),
    # -- university ----------------------------------------------------------------------------------
    (
        "track",
        "Course Details Updated",
        ["swift", "kotlin"],
        {
            "university": G(lambda f: f.pick(UNIS_UK)),
            "campus": gp("Oxford Road", "Main Campus", "Clifton", "Jubilee Campus"),
            "course": G(lambda f: f.pick(COURSES)),
            "yearOfStudy": gp(1, 2, 3, 4),
            "studentNumber": G(lambda f: f.digits(8)),
            "universityEmail": Y(student_email, "email"),
            "universityEmailVerified": gp(True, False),
        },
    ),
    # -- messaging -----------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ["kotlin", "swift", "web"],
        {
            "conversationId": G(lambda f: "conv_" + f.hexid(12)),
            "messageId": G(lambda f: f.uuid()),
            "senderRole": gp("tenant", "applicant"),
            "recipientRole": gp("landlord", "agent", "housemate"),
            "recipientName": Y(full_name, "name"),
            "body": gp(
                "Hi, is the room still available for September?",
                "Could we do the viewing on Thursday instead?",
                "The boiler is fixed, thanks!",
                "Are bills included in the rent?",
                "¿Se admiten mascotas en el piso?",
            ),
            "bodyLength": G(lambda f: f.r.randint(5, 600)),
            "hasAttachment": gp(True, False),
            "responseTimeSec": G(lambda f: f.r.randint(10, 86400)),
        },
    ),
    (
        "track",
        "Off-Platform Contact Flagged",
        ["python"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "rule": gp("contact_share_v2", "payment_outside_platform"),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "match": {
                "text": Y(
                    lambda f: f.pick([phone_uk(f), phone_es(f), email(f), "whatsapp me " + phone_uk(f)]),
                    "phone|email",
                    True,
                ),
                "type": gp("phone", "email"),
                "offset": G(lambda f: f.r.randint(0, 400)),
            },
            "action": gp("masked", "warned", "allowed"),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone_uk, "phone"),
            "Caller": Y(phone_uk, "phone"),
            "To": gp("+441618503322", "+441133204455", "+441173250099"),
            "Direction": G(lambda f: "inbound"),
            "CallStatus": gp("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["go"],
        {
            "to": Y(phone_intl, "phone", True),
            "from": gp("RoomRoute", "+447480123456"),
            "template": gp("viewing_reminder", "rent_due", "otp_login", "maintenance_update"),
            "provider": gp("twilio", "messagebird"),
            "status": gp("queued", "sent", "delivered"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": gp(
                    "Deposit refund",
                    "Can't upload guarantor docs",
                    "Landlord not responding",
                    "Refund of holding deposit",
                ),
                "priority": gp("low", "normal", "high", "urgent"),
                "status": gp("new", "open"),
                "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
                "tags": Many(gp("deposit", "uk", "es", "vip", "guarantor"), 3),
            }
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift"],
        {
            "listingId": G(listing_id),
            "rating": gp(1, 2, 3, 4, 5),
            "reviewText": gp(
                "Great location, landlord fixed things quickly.",
                "Damp in winter, otherwise ok.",
                "Would rent again",
                "Walls are thin but housemates were lovely",
            ),
            "reviewerDisplayName": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "postedAnonymously": gp(True, False),
        },
    ),
    # -- account and auth ----------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "web_es"],
        {
            "signup_method": gp("email", "google", "apple"),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "account_type": gp("student", "landlord", "guarantor"),
            "referral_code": G(lambda f: alnum(f, 8).upper()),
            "gclid": Y(gclid, "advertising id"),
            "accepted_terms": G(lambda f: True),
            "marketing_consent": gp(True, False),
            "password_strength": gp("weak", "fair", "strong"),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web", "kotlin"],
        {
            "identifier": Y(lambda f: f.pick([email(f), student_email(f), phone_uk(f)]), "email|phone", True),
            "reason": gp("wrong_password", "unknown_account", "locked", "mfa_failed"),
            "attempt": gp(1, 2, 3, 4),
            "method": gp("password", "magic_link", "otp"),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        {
            "link": RED(
                lambda f: "https://www.roomroute.co.uk/auth/verify?token=" + alnum(f, 43), "token", True
            ),
            "expires_in_minutes": gp(15, 30, 60),
            "channel": gp("email", "sms"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["java"],
        {
            "phoneNumber": Y(phone_intl, "phone"),
            "code": RED(lambda f: f.digits(6), "token"),
            "attempts": gp(1, 2, 3),
            "codeTtlSeconds": gp(300, 600),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": gp("apply_step_1", "guarantor_details", "contact_landlord"),
            "field_name": gp("email", "mobile"),
            "value": Y(lambda f: f.pick([email(f), phone_uk(f), phone_intl(f)]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(400, 20000)),
            "autofilled": gp(True, False),
        },
    ),
    (
        "track",
        "Address Lookup Performed",
        ["web"],
        {
            "provider": gp("loqate", "getaddress.io"),
            "input": Y(postcode, "zipcode|address", True),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "selected_id": G(lambda f: f"GB|RM|A|{f.digits(8)}"),
            "country_filter": G(lambda f: "GB"),
            "step": gp("current_address", "guarantor_address", "billing_address"),
        },
    ),
    (
        "track",
        "Tenant Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([email(f), phone_uk(f), student_email(f)]), "email|phone", True),
            "portal": gp("landlord", "agency"),
            "results_count": gp(0, 1, 2),
            "section": gp("tenants", "applications"),
        },
    ),
    (
        "track",
        "Rate Limit Exceeded",
        ["go"],
        {
            "route": gp("/api/v2/auth/login", "/api/v2/listings/search", "/api/v2/messages"),
            "remote": Y(ip, "ip", True),
            "user_agent": G(lambda f: f.pick(WEB_UAS)),
        },
    ),
    (
        "track",
        "Parking Permit Requested",
        ["web", "rn"],
        {
            "permitId": G(lambda f: "PP-" + f.digits(6)),
            "propertyId": G(lambda f: "PR-" + f.digits(5)),
            "vehicleRegistration": Y(lambda f: f.pick([uk_plate(f), uk_plate(f), es_plate(f)]), "license"),
            "vehicleMake": gp("Ford", "Vauxhall", "SEAT", "Toyota", "Volkswagen"),
            "vehicleColour": gp("silver", "black", "blue", "white", "red"),
            "permitZone": gp("Zone A", "Zone C", "Zone H"),
        },
    ),
    (
        "track",
        "Conversion API Event",
        ["node"],
        {
            "event_name": gp("Lead", "Purchase", "CompleteRegistration"),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            },
            "custom_data": {
                "value": G(money(50, 800)),
                "currency": gp("GBP", "EUR"),
                "content_ids": Many(G(listing_id), 3),
            },
        },
    ),
    (
        "track",
        "Move Out Scheduled",
        ["web", "swift"],
        {
            "tenancy_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "move_out_date": G(date24),
            "keys_return_method": gp("drop_at_branch", "leave_in_keysafe", "post"),
            "forwarding_address": {
                "line1": Y(lambda f: f.pick([uk_street(f), es_street(f)]), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Flat 7", "Apartment 3C", "c/o parents", "Room 12"]), "address|street"
                ),
                "city": Y(
                    lambda f: f.pick(UK_TOWNS + list(ES_CITIES) + ["Milan", "Lagos", "Chengdu", "Pune"]),
                    "city",
                ),
                "postcode": Y(lambda f: f.pick([postcode(f), cp(f), f.digits(6)]), "zipcode"),
                "country": gp("GB", "ES", "IT", "NG", "CN", "IN"),
            },
            "forwarding_email": Y(email, "email"),
            "new_phone": Y(phone_intl, "phone"),
            "deposit_return_preference": gp("bank_transfer", "original_card"),
        },
    ),
    (
        "track",
        "Council Tax Exemption Requested",
        ["python"],
        {
            "request_id": G(lambda f: "CTX-" + f.digits(6)),
            "council": gp(
                "Manchester City Council",
                "Leeds City Council",
                "Bristol City Council",
                "Nottingham City Council",
            ),
            "council_tax_account_ref": G(lambda f: f.digits(9)),
            "student_full_name": Y(full_name, "name"),
            "student_dob": Y(dob_student, "birthdate"),
            "previous_address": Y(lambda f: f"{uk_street(f)}, {f.pick(UK_TOWNS)} {postcode(f)}", "address"),
            "course_end_date": G(lambda f: f.date(2025, 2028)),
            "certificate_uploaded": gp(True, False),
            "occupants_count": gp(2, 3, 4, 5, 6),
        },
    ),
    (
        "track",
        "Contents Insurance Quote Requested",
        ["web", "kotlin"],
        {
            "quoteId": G(lambda f: "Q-" + f.digits(8)),
            "insurer": gp("Endsleigh", "Cover4Students", "Mapfre", "Homelet"),
            "policyholderName": Y(full_name, "name"),
            "policyholderEmail": Y(student_email, "email"),
            "policyholderDob": Y(dob_student, "birthdate"),
            "existingPolicyNumber": Y(
                lambda f: f.pick(["END", "C4S", "MAP"]) + f.digits(8), "identification"
            ),
            "coverAmount": gp(3000, 5000, 10000),
            "laptopSerial": Y(lambda f: f.pick(["C02", "FVF", "PF"]) + alnum(f, 8).upper(), "serial"),
            "bikeFrameNumber": Y(lambda f: f.pick(["WTU", "GT", "SN"]) + f.digits(7), "serial"),
            "bikeValue": G(money(150, 1500)),
            "premiumMonthly": G(money(4, 25)),
        },
    ),
    (
        "track",
        "Landlord Verified",
        ["java", "python"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "legal_first_name": Y(first, "name"),
            "legal_last_name": Y(last, "name"),
            "dob": Y(dob_parent, "birthdate"),
            "utr": RED(lambda f: f.digits(10), "national id"),
            "passport_number": RED(passport_no, "passport"),
            "home_postcode": Y(postcode, "zipcode"),
            "home_address_line1": Y(uk_street, "address|street"),
            "selfie_url": Y(lambda f: f"https://files.idcheck.example/selfies/{f.uuid()}.jpg", "photo"),
            "kyc_provider": gp("onfido", "veriff", "stripe_identity"),
            "kyc_status": gp("verified", "requires_input", "rejected"),
            "properties_declared": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Empadronamiento Solicitado",
        ["php"],
        {
            "tramite_id": G(lambda f: "EMP-" + f.digits(6)),
            "nombre_completo": Y(es_full, "name"),
            "pasaporte": RED(passport_no, "passport"),
            "domicilio": Y(es_street, "address"),
            "municipio": Y(lambda f: f.pick(list(ES_CITIES)), "city"),
            "fecha_nacimiento": Y(lambda f: "/".join(reversed(dob_student(f).split("-"))), "birthdate"),
            "cita_previa": G(ts),
            "autorización_propietario": gp(True, False),
        },
    ),
    # -- identify / group / alias --------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone_intl, "phone"),
            "birthday": Y(dob_student, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "address": {
                "street": Y(uk_street, "address|street"),
                "city": Y(lambda f: f.pick(UK_TOWNS), "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": gp("United Kingdom", "GB"),
            },
            "university": G(lambda f: f.pick(UNIS_UK)),
            "course": G(lambda f: f.pick(COURSES)),
            "yearOfStudy": gp(1, 2, 3, 4),
            "studentType": gp("home", "international"),
            "createdAt": G(ts),
            "emailVerified": gp(True, False),
            "phoneVerified": gp(True, False),
            "marketingOptIn": gp(True, False),
            "avatar": Y(lambda f: f"https://img.roomroute.co.uk/avatars/{f.hexid(16)}.jpg", "photo"),
            "tenanciesCount": gp(0, 1, 2),
            "plan": gp("free", "plus"),
            "whatsapp": Y(phone_intl, "phone"),
            "nationality": Y(
                lambda f: f.pick(["British", "Chinese", "Indian", "Nigerian", "Spanish", "Greek"]),
                "citizenship",
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "fullName": Y(full_name, "name"),
            "email": Y(email, "email"),
            "mobile": Y(phone_uk, "phone"),
            "companyName": gp("", "Ahmed Property Ltd", "Chen Lettings", "Patel Homes LLP"),
            "landlordType": gp("private_individual", "limited_company", "agency"),
            "propertiesCount": G(lambda f: f.r.randint(1, 40)),
            "accreditation": gp("NRLA", "Unipol", "none"),
            "payoutCurrency": gp("GBP", "EUR"),
            "signupSource": gp("organic", "sales", "partner"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_PHONE": Y(phone_intl, "phone"),
            "POSTCODE": Y(postcode, "zipcode"),
            "UNIVERSITY_NAME": G(lambda f: f.pick(UNIS_UK)),
            "LTV_GBP": G(money(0, 9000)),
            "TENANCIES_COUNT": gp(0, 1, 2, 3),
            "LAST_BOOKING_AT": G(ts),
            "IS_INTERNATIONAL": gp(True, False),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "DATE_OF_BIRTH": Y(dob_student, "birthdate"),
        },
    ),
    (
        "group",
        None,
        ["java"],
        {
            "name": gp(
                "Fallowfield Lettings", "Headingley Homes", "Clifton Student Lets", "Piso Madrid Moncloa"
            ),
            "employees": gp(4, 12, 35, 120),
            "plan": gp("agency_starter", "agency_pro", "enterprise"),
            "website": gp(
                "https://fallowfieldlettings.co.uk", "https://headingleyhomes.co.uk", "https://pisomadrid.es"
            ),
            "officeAddress": gp(
                "301 Wilmslow Road, Manchester M14 6NW",
                "45 Otley Road, Leeds LS6 3AB",
                "Calle de Isaac Peral 12, 28015 Madrid",
            ),
            "mainPhone": gp("0161 224 5566", "0113 275 8800", "+34 915 49 22 10"),
            "supportEmail": gp(
                "lettings@headingleyhomes.co.uk", "info@fallowfieldlettings.co.uk", "hola@pisomadrid.es"
            ),
            "createdAt": G(ts),
        },
    ),
    ("alias", None, ["swift", "web"], {}),
    # -- Spanish backend ----------------------------------------------------------------------------
    (
        "identify",
        None,
        ["php", "web_es"],
        {
            "nombre": Y(es_first, "name"),
            "apellidos": Y(apellidos, "name"),
            "correo_electronico": Y(es_email, "email"),
            "teléfono": Y(phone_es, "phone"),
            "dni": RED(dni, "national id"),
            "fecha_nacimiento": Y(lambda f: "/".join(reversed(dob_student(f).split("-"))), "birthdate"),
            "universidad": G(lambda f: f.pick(UNIS_ES)),
            "titulación": G(lambda f: f.pick(CURSOS_ES)),
            "curso": gp("1º", "2º", "3º", "4º", "Máster"),
            "ciudad_origen": Y(
                lambda f: f.pick(["Zamora", "Cáceres", "Lugo", "Teruel", "Jaén", "Soria", "Huesca"]), "city"
            ),
            "idioma": gp("es", "ca", "eu", "gl"),
            "es_erasmus": gp(True, False),
            "acepta_comunicaciones": gp(True, False),
        },
    ),
    (
        "track",
        "Solicitud Enviada",
        ["php"],
        {
            "solicitud_id": G(lambda f: "SOL-" + f.digits(7)),
            "piso_id": G(lambda f: "rm_" + f.digits(7)),
            "habitación": gp("A", "B", "C", "D"),
            "nombre": Y(es_first, "name"),
            "apellidos": Y(apellidos, "name"),
            "nie": RED(nie, "national id"),
            "teléfono": Y(lambda f: f.pick([phone_es(f), phone_intl(f)]), "phone"),
            "email": Y(es_email, "email"),
            "dirección": Y(es_street, "address"),
            "código_postal": Y(cp, "zipcode"),
            "nacionalidad": Y(
                lambda f: f.pick(
                    ["italiana", "francesa", "alemana", "mexicana", "colombiana", "china", "marroquí"]
                ),
                "citizenship",
            ),
            "universidad": G(lambda f: f.pick(UNIS_ES)),
            "fecha_entrada": G(date24),
            "meses": gp(5, 9, 10, 12),
            "precio_mensual": G(money(300, 850)),
            "avalista": {
                "nombre": Y(es_first, "name"),
                "apellidos": Y(apellidos, "name"),
                "dni": RED(dni, "national id"),
                "teléfono": Y(phone_es, "phone"),
                "ingresos_mensuales": Y(lambda f: f.r.randint(12, 60) * 100, "salary"),
                "empresa": gp("Mercadona", "Telefónica", "Ayuntamiento de Zaragoza", "Autónomo", "Inditex"),
                "profesión": gp("profesora", "funcionario", "enfermera", "ingeniero", "comercial"),
                "parentesco": gp("madre", "padre", "tía", "abuelo"),
            },
        },
    ),
    (
        "track",
        "Contrato Firmado",
        ["php"],
        {
            "contrato_id": G(lambda f: "CTR-" + f.digits(6)),
            "fecha_firma": G(ts),
            "firmantes": Many(
                {
                    "nombre_completo": Y(es_full, "name"),
                    "dni_nie": RED(lambda f: f.pick([dni(f), nie(f)]), "national id"),
                    "email": Y(es_email, "email"),
                    "ip_firma": Y(ip, "ip"),
                    "rol": gp("inquilino", "avalista", "propietario"),
                },
                3,
            ),
            "fianza_importe": G(money(300, 1700)),
            "fianza_depositada_en": gp("Agencia de Vivienda Social", "INCASÒL", "EVHA", "AVRA"),
            "duración_meses": gp(5, 9, 10, 12),
            "renta_mensual": G(money(300, 850)),
            "hash_documento": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Pago Realizado",
        ["php", "flutter"],
        {
            "pago_id": G(lambda f: "PAG-" + f.digits(8)),
            "importe": G(money(300, 900)),
            "moneda": G(lambda f: "EUR"),
            "método": gp("transferencia", "domiciliación", "tarjeta"),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "titular": Y(es_full, "name"),
            "concepto": gp(
                "Alquiler octubre hab. B", "Fianza piso Malasaña", "Alquiler noviembre", "Gastos comunidad"
            ),
            "mes": gp("2024-10", "2024-11", "2025-01"),
        },
    ),
    (
        "track",
        "Bizum Recibido",
        ["php"],
        {
            "operación_id": G(lambda f: f.digits(12)),
            "importe": G(money(20, 900)),
            "teléfono_bizum": Y(phone_es, "phone"),
            "concepto": gp(
                "Alquiler octubre hab. B", "Fianza piso Malasaña", "Alquiler noviembre", "Gastos comunidad"
            ),
            "estado": gp("aceptado", "pendiente", "rechazado"),
        },
    ),
    (
        "track",
        "Incidencia Creada",
        ["rn"],
        {
            "incidencia_id": G(lambda f: "INC-" + f.digits(6)),
            "categoría": gp("fontanería", "electricidad", "electrodomésticos", "humedad", "cerrajería"),
            "descripción": gp(
                "La caldera no enciende desde ayer",
                "Gotea el grifo de la cocina",
                "No funciona la lavadora",
                "La persiana del dormitorio está rota",
            ),
            "fotos": Many(
                {"url": G(lambda f: f"https://uploads.roomroute.es/incidencias/{f.uuid()}.jpg")}, 3
            ),
            "urgente": gp(True, False),
            "teléfono_contacto": Y(phone_es, "phone"),
            "franja_horaria": gp("mañana", "tarde", "cualquiera"),
        },
    ),
]

CONTEXTS = {
    "web": lambda f: web_context(f),
    "web_es": lambda f: web_context(f, es=True),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda f: server_context(f, "analytics-python"),
    "node": lambda f: server_context(f, "analytics-node"),
    "go": lambda f: server_context(f, "analytics-go"),
    "java": lambda f: server_context(f, "analytics-java"),
    "ruby": lambda f: server_context(f, "analytics-ruby"),
    "php": lambda f: server_context(f, "analytics-php"),
    "dotnet": lambda f: server_context(f, "Analytics.NET"),
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            user_id = "usr_" + f.digits(8)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind == "group":
                msg["groupId"] = "agency_" + f.digits(4)
            msg["userId"] = user_id
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=115, repeats=36)
    write(Path(__file__).parent, "holdout115_", events, labels)
