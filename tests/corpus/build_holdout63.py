"""Writes the sixty-third holdout: tests/corpus/holdout63_events.jsonl and holdout63_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and without running the engine on these events; only the helpers
(build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: online language schools and remote-proctored exams. A Spanish school (Idiomia, Madrid) and
a French one (Lexiplume, Lyon) sell courses to learners from everywhere; their exam arm (LinguaCert)
runs placement tests and remote-proctored certification exams through a proctoring vendor
(ExamWatch). Traffic covers acquisition forms, sign-up and log-in, placement tests, live classes
with teachers (Zoom), homework and speaking recordings with ASR transcripts, certificates, exam
registration with ID documents, accommodation requests, ID checks and webcam snapshots, proctoring
incidents, appeals, e-commerce spec events for course packs, invoices (Spanish NIF, French SIRET),
SEPA mandates, teacher payouts, gifts, immersion trips with host families, support tickets, and
vendor-shaped payloads (Zoom and Calendly webhooks, a Stripe charge, Meta Conversions API).

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the python, node, go, java, ruby, php and C# server libraries, each with the context its library
really sends (app, device, os, screen, network, library, locale, timezone, userAgent, page,
campaign, ip, traits, location). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about a fifth of the paths in others:
Spanish keys from the Spanish school's PHP backend (nombre, apellidos, correo, telefono, dni,
direccion ...), French keys from the French school's Ruby backend (prenom, nom_de_famille,
date_de_naissance, ville ...), PascalCase from the vendor's .NET service, kebab-case from a
proctoring webhook and SCREAMING_SNAKE from a warehouse (reverse-ETL) identify.

Values are generated for many countries: names from Spanish, French, Maghrebi, Latin American,
Brazilian, Chinese, Japanese, Korean, Indian, Nigerian, Polish, Turkish, Ukrainian, Vietnamese,
German, Italian and anglophone cultures; national phone formats; Spanish, French and other
addresses and postcodes; Spanish DNI/NIE with their check letter, French NIR with its mod-97 key,
passports of several countries, Luhn-valid cards, mod-97 IBANs, Luhn-valid SIRET numbers.

Labelling rules (Privacy Portal defaults):
- PII = personal data about a natural person: the learner, a guardian, a recipient, a referred
  friend, a host family, a teacher, a proctor or a reviewer (staff). Colour = the reference's
  default matcher colour; outside the reference: red for credentials/secrets/tokens, card
  numbers, bank accounts, government ids and health; yellow otherwise (ip, geolocation,
  advertising id).
- Green: ids we issue (user, order, session, class, exam, invoice numbers, employee numbers),
  UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts, scores, CEFR levels, enums,
  counters and booleans even under PII-sounding keys (emailVerified, phone_count, ip_changed);
  course, product, company, residence and pet names; places that are not the person's (a trip
  destination, a teacher's country, a company's head-office address); country, state/province,
  locale, language, timezone, currency; user agents; OS-issued device ids. Card brand, last four,
  expiry and BIN, and BIC codes are green.
- Contested cases follow the published policy: loyalty/member/customer/claim numbers, ages, marital
  status, job titles and employers, a business's own phone/e-mail/address, pets: green.
  Insurance policy numbers (identification), prescription numbers (medication), pay and hourly
  rates including a teacher's payout (salary), plates (license), VINs (serial), gclid/fbclid/fbp/fbc
  (advertising id), billing/shipping addresses (address): yellow. Payment/card tokens,
  one-time codes, password-reset tokens, gift-card redemption codes (token|secret): red.
- Special categories: a boolean or enum that reveals one is that category's PII (uses_wheelchair:
  disability, red; the kind of exam accommodation requested, e.g. screen_reader or extra time:
  disability, red, since those are granted for disabilities; a stated diagnosis: diagnosis|condition,
  yellow; needing medication during the exam: medication|condition, yellow).
- value_only = the key does not say what the value is. A value_only PII path holds that PII in
  every value; free text is labelled by what every one of its values carries, green when none does
  (the generators here make each free-text field carry its PII always or never).
- Decisions taken where the rules are silent (what a careful privacy owner would want flagged):
  a webcam snapshot, a selfie, an ID-document scan, an avatar or a profile photo URL is `photo`
  (yellow); the number printed on a learner's certificate, which anyone can look up to see the
  holder's name and grade, is `certificate` (yellow), while the internal certificate record id is
  green; a Zoom join URL carries the meeting passcode (`pwd=`) and is red `secret|token`
  (value_only); a SHA-256 of an e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) is
  still personal: yellow `email|advertising id` / `phone|advertising id`; an external_id that
  hashes our own user id is green; IDFA/GAID values are `advertising id` even when zeroed by ATT;
  a push-notification token (APNs/FCM) is red `token`; a card's CVC is red `credit card`; the sex
  printed on an exam candidate's ID is `sex|gender`; a CV file name that embeds the applicant's
  name is value_only `name`; a host family's surname is `name`.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

CULTURES = {
    "es": (
        ["Lucía", "Javier", "Carmen", "Alejandro", "Nuria", "Íñigo", "Marta", "Sergio", "Rocío", "Álvaro"],
        ["García", "Fernández", "Martínez", "López", "Sánchez", "Ruiz", "Gómez", "Iglesias", "Navarro"],
    ),
    "fr": (
        ["Camille", "Théo", "Manon", "Benoît", "Élodie", "Lucas", "Inès", "Mathis", "Clémence", "Hugo"],
        ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Dubois", "Lambert", "Faure", "Mercier"],
    ),
    "ma": (
        ["Youssef", "Fatima Zahra", "Karim", "Leïla", "Mehdi", "Salma", "Hamza"],
        ["El Amrani", "Benali", "Haddad", "Bennani", "Tazi", "Alaoui"],
    ),
    "mx": (
        ["Ximena", "Diego", "Valeria", "Santiago", "Guadalupe", "Emiliano"],
        ["Hernández", "Ramírez", "Castillo", "Mendoza", "Flores", "Ortega"],
    ),
    "br": (["João", "Thaís", "Gabriel", "Larissa", "Rafael"], ["Souza", "Oliveira", "Pereira", "Costa"]),
    "cn": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yiting"], ["Zhang", "Liu", "Wang", "Chen", "Zhao"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi", "Ren"], ["Tanaka", "Suzuki", "Takahashi", "Watanabe"]),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun"], ["Kim", "Park", "Lee", "Choi"]),
    "in": (["Ananya", "Arjun", "Priya", "Vikram", "Lakshmi"], ["Iyer", "Sharma", "Reddy", "Nair"]),
    "ng": (["Chiamaka", "Oluwaseun", "Emeka", "Ngozi", "Tunde"], ["Adeyemi", "Okonkwo", "Balogun"]),
    "pl": (["Katarzyna", "Piotr", "Zofia", "Michał"], ["Wiśniewska", "Kowalczyk", "Nowak", "Zieliński"]),
    "tr": (["Emre", "Elif", "Burak", "Zeynep"], ["Y\u0131lmaz", "Demir", "Şahin", "Çelik"]),
    "ua": (["Oksana", "Dmytro", "Iryna", "Andriy"], ["Kovalenko", "Shevchenko", "Bondarenko"]),
    "vn": (["Linh", "Minh", "Thảo", "Quang"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
    "de": (["Jonas", "Lena", "Felix", "Hannah"], ["Schmidt", "Weber", "Becker", "Schäfer"]),
    "it": (["Giulia", "Lorenzo", "Chiara", "Matteo"], ["Bianchi", "Esposito", "Ricci", "Colombo"]),
    "us": (["Madison", "Tyler", "Ashley", "Jordan", "Kayla"], ["Johnson", "Miller", "Davis", "Walker"]),
    "gb": (["Oliver", "Amelia", "Harry", "Isla"], ["Taylor", "Evans", "Hughes", "Wright"]),
}
LEARNER_MIX = ["es", "es", "fr", "fr", "ma", "mx", "br", "cn", "jp", "kr", "in", "ng"]
LEARNER_MIX += ["pl", "tr", "ua", "vn", "de", "it", "us", "gb"]


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c in "-")


def culture(f: Fake, pool=None) -> str:
    return f.pick(pool or LEARNER_MIX)


def first(f: Fake, pool=None) -> str:
    return f.pick(CULTURES[culture(f, pool)][0])


def last(f: Fake, pool=None) -> str:
    return f.pick(CULTURES[culture(f, pool)][1])


def full_name(f: Fake, pool=None) -> str:
    c = culture(f, pool)
    firsts, lasts = CULTURES[c]
    if c in ("es", "mx") and f.r.random() < 0.5:
        return f"{f.pick(firsts)} {f.pick(lasts)} {f.pick(lasts)}"
    if c in ("cn", "kr") and f.r.random() < 0.4:
        return f"{f.pick(lasts)} {f.pick(firsts)}"
    return f"{f.pick(firsts)} {f.pick(lasts)}"


def apellidos(f: Fake) -> str:
    lasts = CULTURES[culture(f, ["es", "es", "mx"])][1]
    return f"{f.pick(lasts)} {f.pick(lasts)}"


MAIL_DOMAINS = ["gmail.com", "hotmail.es", "yahoo.fr", "outlook.com", "orange.fr", "icloud.com"]
MAIL_DOMAINS += ["proton.me", "web.de", "uol.com.br", "qq.com", "yahoo.co.jp", "naver.com", "libero.it"]


def email(f: Fake, domain=None) -> str:
    a, b = ascii_slug(first(f)), ascii_slug(last(f))
    user = f.pick([f"{a}.{b}", f"{a}{b[:1]}", f"{a}_{b}{f.r.randint(1, 99)}", f"{b}.{a}", f"{a[:1]}{b}"])
    return f"{user}@{domain or f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    return email(f, f.pick(["idiomia.es", "lexiplume.fr", "examwatch.io"]))


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country=None) -> str:
    c = country or f.pick(
        ["es", "es", "fr", "fr", "gb", "us", "mx", "br", "de", "it", "ma", "jp", "in", "ng"]
    )
    r = f.r
    styles = {
        "es": [
            f"+34 6{d(f, 2)} {d(f, 3)} {d(f, 3)}",
            f"6{d(f, 8)}",
            f"+346{d(f, 8)}",
            f"7{d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}",
        ],
        "fr": [
            f"+33 6 {d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}",
            f"07 {d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}",
            f"+337{d(f, 8)}",
        ],
        "gb": [f"+44 7{r.randint(400, 999)} {d(f, 6)}", f"07{r.randint(400, 999)} {d(f, 6)}"],
        "us": [
            f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{d(f, 4)}",
            f"({r.randint(201, 989)}) {r.randint(200, 999)}-{d(f, 4)}",
        ],
        "mx": [f"+52 55 {d(f, 4)} {d(f, 4)}", f"+52 1 33 {d(f, 4)} {d(f, 4)}"],
        "br": [f"+55 11 9{d(f, 4)}-{d(f, 4)}", f"(21) 9{d(f, 4)}-{d(f, 4)}"],
        "de": [f"+49 15{r.randint(1, 9)} {d(f, 8)}", f"0176 {d(f, 8)}"],
        "it": [f"+39 3{d(f, 2)} {d(f, 3)} {d(f, 4)}"],
        "ma": [f"+212 6 {d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}", f"06{d(f, 8)}"],
        "jp": [f"090-{d(f, 4)}-{d(f, 4)}", f"+81 80 {d(f, 4)} {d(f, 4)}"],
        "in": [f"+91 9{d(f, 4)} {d(f, 5)}", f"+91-8{d(f, 9)}"],
        "ng": [f"+234 803 {d(f, 3)} {d(f, 4)}", f"0806 {d(f, 3)} {d(f, 4)}"],
    }
    return f.pick(styles[c])


ES_STREETS = [
    "Calle de Alcalá",
    "Calle Mayor",
    "Avenida Diagonal",
    "Calle Sierpes",
    "Gran Vía",
    "Calle Colón",
]
FR_STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue Victor Hugo",
    "cours Lafayette",
]
ES_CITIES = [
    ("Madrid", "280"),
    ("Barcelona", "080"),
    ("Sevilla", "410"),
    ("Valencia", "460"),
    ("Bilbao", "480"),
]
FR_CITIES = [
    ("Lyon", "6900"),
    ("Paris", "7501"),
    ("Marseille", "1300"),
    ("Toulouse", "3100"),
    ("Lille", "5900"),
]
OTHER_PLACES = [
    ("Via Roma {n}", "Milano", "201{dd}"),
    ("Hauptstraße {n}", "Berlin", "10{ddd}"),
    ("{n} Baker Street", "London", "NW1 6XE"),
    ("{n} Elm Street", "Chicago", "606{dd}"),
    ("Rua Augusta, {n}, apto 52", "São Paulo", "01305-{ddd}"),
    ("Av. Insurgentes Sur {n}, Col. del Valle", "Ciudad de México", "03{ddd}"),
    ("ul. Floriańska {n}/4", "Kraków", "31-0{dd}"),
    ("Rue Tarik Ibn Ziad {n}", "Casablanca", "20{ddd}"),
]


def address_parts(f: Fake) -> tuple[str, str, str]:
    kind = f.pick(["es", "es", "fr", "fr", "other"])
    n = f.r.randint(1, 240)
    if kind == "es":
        city, cp = f.pick(ES_CITIES)
        line = f"{f.pick(ES_STREETS)}, {n}, {f.r.randint(1, 8)}º {f.pick('ABCD')}"
        return line, city, cp + d(f, 2)
    if kind == "fr":
        city, cp = f.pick(FR_CITIES)
        line = f"{n}{f.pick(['', ' bis', ''])} {f.pick(FR_STREETS)}"
        return line, city, cp + str(f.r.randint(1, 9))
    street, city, pc = f.pick(OTHER_PLACES)
    return street.format(n=n), city, pc.format(dd=d(f, 2), ddd=d(f, 3))


def street(f: Fake) -> str:
    return address_parts(f)[0]


def city(f: Fake) -> str:
    return address_parts(f)[1]


def postcode(f: Fake) -> str:
    return address_parts(f)[2]


def full_address(f: Fake) -> str:
    line, town, pc = address_parts(f)
    return f"{line}, {pc} {town}"


def birthdate(f: Fake, style="iso", start=1962, end=2009) -> str:
    y, m, dd = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    if style == "eu":
        return f"{dd:02d}/{m:02d}/{y}"
    return f"{y}-{m:02d}-{dd:02d}"


# -- government ids, accounts, secrets -------------------------------------------------------------


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(f: Fake) -> str:
    p = f.pick("XYZ")
    n = f.r.randint(0, 9_999_999)
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def nif(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.7 else nie(f)


def nir(f: Fake) -> str:
    body = f"{f.pick('12')}{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 95):02d}"
    body += f"{f.r.randint(1, 990):03d}{f.r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    if f.r.random() < 0.5:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


def passport(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            "".join(f.pick(up) for _ in range(3)) + d(f, 6),  # ES
            f"{f.r.randint(10, 24)}{f.pick(up)}{f.pick(up)}{d(f, 5)}",  # FR
            str(f.r.randint(5, 6)) + d(f, 8),  # US
            "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),  # DE
            "TK" + d(f, 7),  # JP
            f.pick("JKLMNPRSTUVWZ") + d(f, 7),  # IN
            "FZ" + d(f, 6),  # BR
        ]
    )


def id_number(f: Fake) -> str:
    return f.pick([dni, nie, nir, passport, passport])(f)


def luhn_digits(f: Fake, body: str) -> str:
    return f.luhn_complete(body)


def siret(f: Fake) -> str:
    return luhn_digits(f, str(f.r.randint(1, 9)) + d(f, 12))


def card(f: Fake) -> str:
    return f.card()


def iban(f: Fake) -> str:
    return f.iban(f.pick(["ES", "ES", "FR", "FR", "DE", "NL", "GB"]))


def alnum(f: Fake, n: int, extra="") -> str:
    return "".join(f.pick(string.ascii_letters + string.digits + extra) for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAiA"]) + alnum(f, 72, "-_") + "BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, "-_")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def zoom_url(f: Fake) -> str:
    host = f.pick(["us02web", "us06web", "eu01web"])
    return f"https://{host}.zoom.us/j/{f.r.randint(81, 89)}{d(f, 9)}?pwd={alnum(f, 32)}.1"


def sha256(f: Fake) -> str:
    return f.hexid(64)


def otp(f: Fake) -> str:
    return d(f, 6)


def ad_id(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.15 else f.uuid().upper()


def photo_url(f: Fake, kind: str) -> str:
    host = f.pick(["media.examwatch.io", "cdn.idiomia.es", "assets.lexiplume.fr"])
    return f"https://{host}/{kind}/{f.uuid()}.{f.pick(['jpg', 'jpeg', 'png', 'webp'])}"


# -- domain vocabularies ----------------------------------------------------------------------------

COURSES = [
    "Español A1 intensivo",
    "Español B1 conversación",
    "Preparación DELE B2",
    "Français A2 en ligne",
    "Préparation DELF B2",
    "Business English C1",
    "Français des affaires B2",
    "Español para viajeros",
]
SKUS = ["ES-A1-INT-20H", "ES-B1-CONV-10H", "DELE-B2-PREP", "FR-A2-ONL-30H", "DELF-B2-PREP", "EN-C1-BIZ"]
CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"]
LANGS = ["es", "fr", "en", "de", "it", "pt", "zh", "ja", "ar"]
LOCALES = ["es-ES", "fr-FR", "en-US", "en-GB", "pt-BR", "es-MX", "zh-CN", "ja-JP", "ar-MA", "de-DE"]
TZS = ["Europe/Madrid", "Europe/Paris", "America/Mexico_City", "Asia/Tokyo", "Africa/Casablanca"]
TZS += ["America/Sao_Paulo", "Asia/Shanghai", "Europe/London", "Asia/Kolkata", "Africa/Lagos"]
COUNTRIES = ["ES", "FR", "MX", "BR", "CN", "JP", "MA", "NG", "IN", "US", "GB", "PL", "DE", "IT"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36",
]


def level(f: Fake) -> str:
    return f.pick(CEFR)


def money(f: Fake, lo=9, hi=900) -> float:
    return f.money(lo, hi)


def sql_ts(f: Fake) -> str:
    return f.iso().replace("T", " ")[:19]


def teacher_name(f: Fake) -> str:
    return full_name(f, ["es", "es", "es", "fr", "fr", "fr", "mx", "gb", "us"])


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake):
    site = f.pick(["https://www.idiomia.es", "https://www.lexiplume.fr", "https://app.linguacert.com"])
    path = f.pick(["/", "/cursos/dele-b2", "/fr/cours", "/checkout", "/exam/session", "/placement"])
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.es/", "https://www.instagram.com/", "https://duckduckgo.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?lang=fr", "?step=2"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Idiomia | Cursos de español online",
                        "Lexiplume \u2013 Cours de français",
                        "LinguaCert Exam",
                    ]
                )
            ),
            "url": G(lambda f: site + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["dele_spring", "rentree_2024", "black_friday_cursos", "brand"])),
            "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["curso español online", "préparation delf", "dele b2 exam", "learn spanish"]
                )
            ),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "hero_banner"])),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["Idiomia", "LinguaCert"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: f.pick(["es.idiomia.app", "com.linguacert.ios"])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(ad_id, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 820])),
            "height": G(lambda f: f.pick([844, 852, 1180])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + d(f, 7)),
            "email": Y(email, "email"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: f.pick(["Idiomia", "LinguaCert"])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40400"])),
            "namespace": G(lambda f: f.pick(["es.idiomia.app", "com.linguacert.android"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546B", "23021RAAEG", "Pixel 7", "CPH2581"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "panther", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Movistar", "Orange F", "Vodafone ES", "MTN NG", "Telcel"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2581 Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Lexiplume"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "291", "293"])),
            "namespace": G(lambda f: "fr.lexiplume.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "ELS-NX9"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "HWELS"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.4", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 780])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "niveau": G(level),
        },
    }


def flutter_context(f: Fake):
    """The LinguaCert exam app (Flutter) also sends the device's position for the exam geo-check."""
    return {
        "app": {
            "name": G(lambda f: "LinguaCert Exam"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2", "3.2.4"])),
            "build": G(lambda f: f.pick(["310", "322", "324"])),
            "namespace": G(lambda f: "com.linguacert.exam"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "LENOVO"])),
            "model": G(lambda f: f.pick(["iPad14,1", "SM-X710", "TB-J716F"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.1.7"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 1280, 1200])),
            "height": G(lambda f: f.pick([1180, 800, 1920])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(36.0, 51.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-9.0, 7.5), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 0.4])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.2", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0", "2.3.1"]),
}


def server_context(lib: str):
    def build(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "ruby", "python") and f.r.random() < 0.6:
            # the backend forwards the learner's address as seen by the web tier
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        if lib in ("node", "java") and f.r.random() < 0.3:
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "node" and f.r.random() < 0.3:
            ctx["traits"] = {
                "email": Y(email, "email"),
                "plan": G(lambda f: f.pick(["basic", "plus", "exam_pack"])),
            }
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["web", "swift", "kotlin", "rn"]

# -- events -----------------------------------------------------------------------------------------


def course_product():
    return {
        "product_id": G(lambda f: "crs_" + d(f, 5)),
        "sku": G(lambda f: f.pick(SKUS)),
        "name": G(lambda f: f.pick(COURSES)),
        "category": G(
            lambda f: f.pick(["Cursos online", "Exam prep", "Clases particulares", "Cours en ligne"])
        ),
        "variant": G(lambda f: f.pick(["10 h", "20 h", "40 h", "3 mois"])),
        "brand": G(lambda f: f.pick(["Idiomia", "Lexiplume", "LinguaCert"])),
        "price": G(lambda f: money(f, 49, 690)),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
    }


def billing_address():
    return {
        "line1": Y(street, "address|street"),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(lambda f: f.pick(COUNTRIES)),
    }


EVENTS = [
    # -- acquisition --------------------------------------------------------------------------------
    (
        "page",
        "Pricing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/precios", "/tarifs", "/pricing"])),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.idiomia.es/precios",
                        "https://www.lexiplume.fr/tarifs",
                        "https://app.linguacert.com/pricing",
                    ]
                )
            ),
            "title": G(lambda f: f.pick(["Precios | Idiomia", "Tarifs | Lexiplume", "Pricing | LinguaCert"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.idiomia.es/"])),
            "search": G(lambda f: f.pick(["", "?plan=plus", "?currency=EUR"])),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["hero_trial", "footer_newsletter", "exam_waitlist"])),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "phone": Y(phone, "phone"),
            "target_language": G(lambda f: f.pick(["es", "fr", "en"])),
            "self_assessed_level": G(level),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["dele_spring", "rentree_2024", "brand"])),
            "lead_score": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    (
        "track",
        "Formulario Enviado",
        ["web", "php"],
        {
            "formulario": G(lambda f: f.pick(["solicitud_info", "prueba_gratis", "contacto_empresas"])),
            "nombre": Y(lambda f: first(f, ["es", "es", "mx", "fr", "ma"]), "name"),
            "apellidos": Y(apellidos, "name"),
            "correo": Y(email, "email"),
            "telefono": Y(lambda f: phone(f, "es"), "phone"),
            "ciudad": Y(lambda f: f.pick(ES_CITIES)[0], "city"),
            "provincia": G(lambda f: f.pick(["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"])),
            "curso_interes": G(lambda f: f.pick(COURSES)),
            "modalidad": G(lambda f: f.pick(["online", "presencial", "híbrida"])),
            "acepta_privacidad": G(lambda f: True),
            "mensaje": Y(
                lambda f: f.pick(
                    [
                        "Llamadme por la tarde al " + phone(f, "es") + ", gracias",
                        "Prefiero WhatsApp: " + phone(f, "es"),
                        "Hola, mi móvil es " + phone(f, "es") + " para la prueba de nivel",
                        "Contactar en el " + phone(f, "es") + " a partir de las 18h",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Formulaire Envoyé",
        ["web", "ruby"],
        {
            "formulaire": G(lambda f: f.pick(["demande_devis", "essai_gratuit", "cpf"])),
            "prenom": Y(lambda f: first(f, ["fr", "fr", "ma", "ng"]), "name"),
            "nom_de_famille": Y(lambda f: last(f, ["fr", "fr", "ma"]), "name"),
            "courriel": Y(email, "email"),
            "telephone_portable": Y(lambda f: phone(f, "fr"), "phone"),
            "date_de_naissance": Y(lambda f: birthdate(f, "eu"), "birthdate"),
            "code_postal": Y(lambda f: f.pick(FR_CITIES)[1] + str(f.r.randint(1, 9)), "zipcode"),
            "ville": Y(lambda f: f.pick(FR_CITIES)[0], "city"),
            "niveau": G(level),
            "objectif": G(lambda f: f.pick(["DELF B2", "travail", "voyage", "naturalisation"])),
            "financement": G(lambda f: f.pick(["CPF", "OPCO", "personnel", "Pôle emploi"])),
            "rgpd_consentement": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "list_id": G(lambda f: f.pick(["nl_es", "nl_fr", "nl_exam_tips"])),
            "double_opt_in": G(lambda f: f.pick([True, False])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "frequency": G(lambda f: f.pick(["weekly", "monthly", "daily"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        {
            "referrer_user_id": G(lambda f: "usr_" + d(f, 7)),
            "referee_email": Y(email, "email"),
            "referee_name": Y(full_name, "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
            "referral_code": G(
                lambda f: "REF-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "reward_eur": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    # -- accounts ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(COUNTRIES)),
                "state": G(
                    lambda f: f.pick(
                        ["Madrid", "Catalunya", "Auvergne-Rhône-Alpes", "Île-de-France", "Jalisco"]
                    )
                ),
            },
            "avatar": Y(lambda f: photo_url(f, "avatars"), "photo"),
            "createdAt": G(lambda f: f.iso()),
            "nativeLanguage": G(lambda f: f.pick(LANGS)),
            "targetLanguages": Many(G(lambda f: f.pick(["es", "fr", "en"])), 2),
            "cefrLevel": G(level),
            "plan": G(lambda f: f.pick(["free", "plus", "premium", "exam_pack"])),
            "lessonsCompleted": G(lambda f: f.r.randint(0, 240)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(14, 71)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {  # reverse ETL from the warehouse: column names as the warehouse spells them
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "POSTAL_CODE": Y(postcode, "zipcode"),
            "COUNTRY_CODE": G(lambda f: f.pick(COUNTRIES)),
            "LTV_EUR": G(lambda f: money(f, 0, 4000)),
            "LAST_LESSON_AT": G(sql_ts),
            "LESSONS_BOOKED_90D": G(lambda f: f.r.randint(0, 60)),
            "CEFR_LEVEL": G(level),
            "IS_B2B": G(lambda f: f.pick([True, False])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {  # the Spanish school's PHP backend
            "nombre": Y(lambda f: first(f, ["es", "es", "mx", "ma", "cn"]), "name"),
            "apellidos": Y(apellidos, "name"),
            "correo": Y(email, "email"),
            "telefono_movil": Y(lambda f: phone(f, f.pick(["es", "es", "mx", "ma"])), "phone"),
            "fecha_nacimiento": Y(lambda f: birthdate(f, f.pick(["iso", "eu"])), "birthdate"),
            "dni": RED(nif, "national id"),
            "direccion": Y(lambda f: address_parts(f)[0], "address|street"),
            "codigo_postal": Y(lambda f: f.pick(ES_CITIES)[1] + d(f, 2), "zipcode"),
            "ciudad": Y(lambda f: f.pick(ES_CITIES)[0], "city"),
            "provincia": G(lambda f: f.pick(["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"])),
            "pais": G(lambda f: f.pick(["España", "México", "Marruecos", "China"])),
            "nivel": G(level),
            "fecha_alta": G(sql_ts),
            "es_menor": G(lambda f: f.pick([True, False, False])),
            "num_clases": G(lambda f: f.r.randint(0, 120)),
            "tutor_legal": {
                "nombre": Y(full_name, "name"),
                "telefono": Y(lambda f: phone(f, "es"), "phone"),
                "correo": Y(email, "email"),
                "parentesco": G(lambda f: f.pick(["madre", "padre", "tutor", "abuela"])),
            },
        },
    ),
    (
        "identify",
        None,
        ["ruby"],
        {  # the French school's Ruby backend
            "prenom": Y(lambda f: first(f, ["fr", "fr", "ma", "ng", "vn"]), "name"),
            "nom_de_famille": Y(lambda f: last(f, ["fr", "fr", "ma", "vn"]), "name"),
            "email": Y(email, "email"),
            "telephone": Y(lambda f: phone(f, "fr"), "phone"),
            "date_de_naissance": Y(lambda f: birthdate(f, "eu"), "birthdate"),
            "adresse_postale": Y(lambda f: f"{f.r.randint(1, 200)} {f.pick(FR_STREETS)}", "address|street"),
            "code_postal": Y(lambda f: f.pick(FR_CITIES)[1] + str(f.r.randint(1, 9)), "zipcode"),
            "ville": Y(lambda f: f.pick(FR_CITIES)[0], "city"),
            "numero_securite_sociale": RED(nir, "social security number|national id"),
            "niveau_cible": G(level),
            "financement": G(lambda f: f.pick(["CPF", "OPCO", "personnel"])),
            "employeur": G(lambda f: f.pick(["Decathlon", "SNCF", "Orange", "Michelin", "BNP Paribas"])),
            "poste": G(lambda f: f.pick(["ingénieure", "comptable", "chef de projet", "infirmier"])),
            "situation_familiale": G(lambda f: f.pick(["célibataire", "marié(e)", "pacsé(e)"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {  # corporate learners synced from the B2B portal (.NET)
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EmailAddress": Y(
                lambda f: email(f, f.pick(["acme-corp.com", "globex.fr", "iberdrola-demo.es"])), "email"
            ),
            "MobilePhone": Y(phone, "phone"),
            "JobTitle": G(
                lambda f: f.pick(["Sales Manager", "Key Account Manager", "Ingeniero de software"])
            ),
            "Department": G(lambda f: f.pick(["Sales", "Engineering", "Finance", "RRHH"])),
            "CompanyName": G(lambda f: f.pick(["Acme Corp", "Globex SA", "Iberdrola Demo"])),
            "EmployeeNumber": G(lambda f: "E" + d(f, 6)),
            "ManagerEmail": Y(lambda f: email(f, f.pick(["acme-corp.com", "globex.fr"])), "email"),
            "PreferredLocale": G(lambda f: f.pick(LOCALES)),
            "CreatedUtc": G(lambda f: f.iso()),
            "SeatType": G(lambda f: f.pick(["Standard", "Premium"])),
        },
    ),
    (
        "track",
        "Signed Up",
        APPS,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(email, "email"),
            "referral_code": G(
                lambda f: "REF-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["13-17", "18-24", "25-34", "35-44", "45+"])),
            "signup_step_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web", "node"],
        {
            "login": Y(email, "email", True),
            "reason": G(lambda f: f.pick(["wrong_password", "unknown_user", "locked", "mfa_failed"])),
            "attempt": G(lambda f: f.r.randint(1, 6)),
            "captcha_score": G(lambda f: round(f.r.random(), 2)),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "password_length": G(lambda f: f.r.randint(6, 20)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node", "python"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: alnum(f, 40), "token|secret"),
            "expires_in": G(lambda f: f.pick([900, 1800, 3600])),
            "ip_country": G(lambda f: f.pick(COUNTRIES)),
            "requested_via": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "go"],
        {
            "phone": Y(phone, "phone"),
            "otp_code": RED(otp, "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio", "vonage", "messagebird"])),
            "phone_country": G(lambda f: f.pick(COUNTRIES)),
        },
    ),
    (
        "track",
        "Contact Preferences Updated",
        APPS,
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "whatsapp_enabled": G(lambda f: f.pick([True, False])),
            "phone_count": G(lambda f: f.pick([0, 1, 2])),
            "email_frequency": G(lambda f: f.pick(["weekly", "monthly", "never"])),
            "preferred_contact_method": G(lambda f: f.pick(["email", "phone", "whatsapp", "sms"])),
            "address_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Updated",
        MOBILE,
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["phone", "address", "avatar", "native_language", "email"])), 3
            ),
            "phone": Y(phone, "phone"),
            "previous_email": Y(email, "email"),
            "profile_photo_url": Y(lambda f: photo_url(f, "profile"), "photo"),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Aprendo español para mi trabajo.",
                        "J'adore voyager et parler avec des gens.",
                        "Preparing for DELE B2 in June!",
                        "Teacher of maths, learning French for fun.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Account Deleted",
        ["web", "java"],
        {
            "reason": G(lambda f: f.pick(["too_expensive", "finished_course", "found_alternative", "other"])),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Demasiado caro",
                        "Found a cheaper app",
                        "Les horaires ne me conviennent plus",
                        "",
                        "Passed my exam, thanks!",
                    ]
                )
            ),
            "data_export_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- placement tests -----------------------------------------------------------------------------
    (
        "track",
        "Placement Test Started",
        ["web", "swift", "kotlin"],
        {
            "test_id": G(lambda f: "pt_" + d(f, 6)),
            "language": G(lambda f: f.pick(["es", "fr", "en"])),
            "test_version": G(lambda f: f.pick(["2024.1", "2024.3", "2023.9"])),
            "adaptive": G(lambda f: f.pick([True, False])),
            "question_count": G(lambda f: f.pick([25, 40, 60])),
        },
    ),
    (
        "track",
        "Placement Question Answered",
        ["web", "swift", "kotlin"],
        {
            "test_id": G(lambda f: "pt_" + d(f, 6)),
            "question_id": G(lambda f: f"q_{f.r.randint(1, 900):04d}"),
            "answer": G(lambda f: f.pick(["a", "b", "c", "d"])),
            "correct": G(lambda f: f.pick([True, False])),
            "time_ms": G(lambda f: f.r.randint(1500, 60000)),
            "skill": G(lambda f: f.pick(["reading", "listening", "grammar", "vocabulary"])),
        },
    ),
    (
        "track",
        "Placement Test Completed",
        ["web", "swift", "kotlin"],
        {
            "test_id": G(lambda f: "pt_" + d(f, 6)),
            "score": G(lambda f: f.r.randint(0, 100)),
            "cefr_result": G(level),
            "percentile": G(lambda f: f.r.randint(1, 99)),
            "duration_sec": G(lambda f: f.r.randint(600, 3600)),
            "recommended_course": G(lambda f: f.pick(COURSES)),
            "email_results_to": Y(email, "email"),
        },
    ),
    # -- live classes -----------------------------------------------------------------------------
    (
        "track",
        "Class Booked",
        APPS,
        {
            "class_id": G(lambda f: "cls_" + d(f, 8)),
            "course_name": G(lambda f: f.pick(COURSES)),
            "teacher": {
                "id": G(lambda f: "tch_" + d(f, 4)),
                "name": Y(teacher_name, "name"),
                "country": G(lambda f: f.pick(["ES", "FR", "MX", "AR", "CO"])),
                "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 2)),
                "hourly_rate": Y(lambda f: f.pick([18, 22, 25, 30, 35]), "salary"),
            },
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60, 90])),
            "credits_used": G(lambda f: f.pick([1, 2])),
            "price": G(lambda f: money(f, 12, 45)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "MXN"])),
            "timezone": G(lambda f: f.pick(TZS)),
        },
    ),
    (
        "track",
        "Class Joined",
        ["web", "swift", "kotlin"],
        {
            "class_id": G(lambda f: "cls_" + d(f, 8)),
            "meeting_id": G(lambda f: int(str(f.r.randint(81, 89)) + d(f, 9))),
            "join_url": RED(zoom_url, "secret|token", True),
            "platform": G(lambda f: f.pick(["zoom", "zoom_web_sdk"])),
            "camera_on": G(lambda f: f.pick([True, False])),
            "mic_on": G(lambda f: f.pick([True, False])),
            "late_by_sec": G(lambda f: f.r.randint(0, 600)),
            "attendees": Many(
                {
                    "user_id": G(lambda f: "usr_" + d(f, 7)),
                    "display_name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "role": G(lambda f: f.pick(["student", "student", "host"])),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Class Rated",
        APPS,
        {
            "class_id": G(lambda f: "cls_" + d(f, 8)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "teacher_name": Y(teacher_name, "name"),
            "comment": G(
                lambda f: f.pick(
                    [
                        "¡Muy buena clase!",
                        "Le cours était trop rapide",
                        "Great pronunciation tips",
                        "",
                        "Audio was bad",
                    ]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["patient", "fun", "well_prepared", "too_fast", "helpful"])), 3),
        },
    ),
    (
        "track",
        "Class Cancelled",
        ["web", "node"],
        {
            "class_id": G(lambda f: "cls_" + d(f, 8)),
            "cancelled_by": G(lambda f: f.pick(["student", "teacher", "system"])),
            "reason": G(lambda f: f.pick(["schedule_conflict", "illness", "technical", "no_show"])),
            "notice_hours": G(lambda f: f.r.randint(0, 96)),
            "refund_credits": G(lambda f: f.pick([0, 1, 2])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "recipient_role": G(lambda f: f.pick(["teacher", "student", "support"])),
            "message_length": G(lambda f: f.r.randint(10, 400)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "text": Y(
                lambda f: f.pick(
                    [
                        "Mi WhatsApp es " + phone(f) + " por si se corta la conexión",
                        "Can you call me on " + phone(f) + "? Zoom is not working",
                        "Mon numéro : " + phone(f, "fr"),
                        "Escríbeme al " + phone(f, "es") + " y cambiamos la hora",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    # -- homework and speaking --------------------------------------------------------------------
    (
        "track",
        "Homework Submitted",
        APPS,
        {
            "homework_id": G(lambda f: "hw_" + d(f, 7)),
            "unit": G(lambda f: f.r.randint(1, 12)),
            "word_count": G(lambda f: f.r.randint(40, 600)),
            "essay_excerpt": G(
                lambda f: f.pick(
                    [
                        "El verano pasado fui a la playa con mi familia y comimos paella.",
                        "Quand j'étais petit, j'habitais à la campagne.",
                        "Mi ciudad favorita es Granada porque tiene mucha historia.",
                        "Je voudrais devenir médecin parce que j'aime aider les autres.",
                    ]
                )
            ),
            "attachments": Many(
                {
                    "file_name": G(
                        lambda f: f.pick(
                            ["deberes_unidad3.pdf", "devoir.docx", "essay_v2.pdf", "IMG_4021.jpg"]
                        )
                    ),
                    "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "application/msword"])),
                    "size_bytes": G(lambda f: f.r.randint(20_000, 4_000_000)),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Speaking Recording Uploaded",
        ["swift", "kotlin", "rn"],
        {
            "recording_id": G(lambda f: f.uuid()),
            "prompt_id": G(lambda f: f.pick(["intro_yourself", "present_yourself", "describe_you"])),
            "duration_sec": G(lambda f: round(f.r.uniform(15, 120), 1)),
            "audio_format": G(lambda f: f.pick(["m4a", "opus", "wav"])),
            "sample_rate": G(lambda f: f.pick([16000, 44100, 48000])),
            "storage_key": G(lambda f: f"recordings/2024/{f.r.randint(1, 12):02d}/{f.uuid()}.m4a"),
            "transcript": Y(
                lambda f: f.pick(
                    [
                        f"Hola, me llamo {full_name(f)} y vivo en {city(f)}. Estudio español porque...",
                        f"Bonjour, je m'appelle {full_name(f)}, j'ai vingt ans et j'habite à {city(f)}.",
                        f"Buenos días. Mi nombre es {full_name(f)}, soy ingeniera.",
                        f"Je suis {full_name(f)} et je prépare le DELF B2.",
                    ]
                ),
                "name",
                True,
            ),
            "asr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "pronunciation_score": G(lambda f: f.r.randint(40, 100)),
        },
    ),
    (
        "track",
        "Homework Graded",
        ["node", "python"],
        {
            "homework_id": G(lambda f: "hw_" + d(f, 7)),
            "grade": G(lambda f: f.pick(["A", "B", "C", "D", 8.5, 7, 9])),
            "graded_by": G(lambda f: "tch_" + d(f, 4)),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Buen trabajo, revisa el subjuntivo.",
                        "Attention aux accords du participe passé.",
                        "Excellent!",
                        "Más vocabulario, por favor.",
                    ]
                )
            ),
            "rubric": {
                "grammar": G(lambda f: f.r.randint(1, 5)),
                "vocabulary": G(lambda f: f.r.randint(1, 5)),
                "coherence": G(lambda f: f.r.randint(1, 5)),
            },
        },
    ),
    # -- certificates -----------------------------------------------------------------------------
    (
        "track",
        "Certificate Issued",
        ["java"],
        {
            "certificate_id": G(lambda f: f.uuid()),
            "certificate_number": Y(
                lambda f: f"LC-{f.pick(CEFR)}-{f.r.randint(2022, 2024)}-{d(f, 6)}", "certificate"
            ),
            "exam": G(lambda f: f.pick(["LinguaCert ES", "LinguaCert FR", "LinguaCert EN"])),
            "cefr_level": G(level),
            "holder_name": Y(full_name, "name"),
            "holder_birthdate": Y(birthdate, "birthdate"),
            "issued_at": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f"20{f.r.randint(26, 29)}-{f.r.randint(1, 12):02d}-01"),
            "pdf_size_kb": G(lambda f: f.r.randint(180, 900)),
        },
    ),
    (
        "track",
        "Certificate Shared",
        APPS,
        {
            "certificate_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["linkedin", "email", "download", "whatsapp"])),
            "recipient_email": Y(
                lambda f: email(f, f.pick(["acme-corp.com", "rrhh-demo.es", "gmail.com", "univ-lyon.fr"])),
                "email",
            ),
            "include_scores": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- proctored exams ----------------------------------------------------------------------------
    (
        "track",
        "Exam Registered",
        ["web"],
        {
            "exam_id": G(lambda f: "ex_" + d(f, 5)),
            "exam_code": G(lambda f: f.pick(["LCE-B2-FULL", "LCF-B1-WRT", "LCE-C1-ORAL"])),
            "session_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "fee": G(lambda f: f.pick([95, 120, 160, 189])),
            "currency": G(lambda f: "EUR"),
            "candidate": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(birthdate, "birthdate"),
                "email": Y(email, "email"),
                "nationality": Y(
                    lambda f: f.pick(
                        ["Spanish", "French", "Moroccan", "Chinese", "Brazilian", "Nigerian", "Mexican"]
                    ),
                    "citizenship",
                ),
                "native_language": G(lambda f: f.pick(LANGS)),
                "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
                "phone": Y(phone, "phone"),
                "id_document": {
                    "type": G(lambda f: f.pick(["passport", "national_id", "residence_permit"])),
                    "number": RED(id_number, "passport|national id"),
                    "issuing_country": G(lambda f: f.pick(COUNTRIES)),
                    "expiry": G(
                        lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                    ),
                },
            },
        },
    ),
    (
        "track",
        "Accommodation Requested",
        ["node", "web"],
        {
            "request_id": G(lambda f: "acc_" + d(f, 6)),
            "exam_id": G(lambda f: "ex_" + d(f, 5)),
            "accommodation_type": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "extra_time_25",
                            "extra_time_50",
                            "screen_reader",
                            "large_print",
                            "rest_breaks",
                            "sign_language_interpreter",
                        ]
                    ),
                    "disability",
                ),
                2,
            ),
            "diagnosis": Y(
                lambda f: f.pick(
                    ["dyslexia", "ADHD", "low vision", "type 1 diabetes", "hearing loss", "anxiety disorder"]
                ),
                "diagnosis|condition",
            ),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "needs_medication_during_exam": Y(lambda f: f.pick([True, False]), "medication|condition"),
            "supporting_document_type": G(
                lambda f: f.pick(["medical_certificate", "psychologist_report", "school_report"])
            ),
            "status": G(lambda f: f.pick(["pending", "approved", "rejected"])),
            "reviewed_by": G(lambda f: "staff_" + d(f, 3)),
        },
    ),
    (
        "track",
        "ID Check Completed",
        ["dotnet"],
        {
            "SessionId": G(lambda f: f.uuid()),
            "CandidateId": G(lambda f: "cand_" + d(f, 7)),
            "FullName": Y(full_name, "name"),
            "DateOfBirth": Y(lambda f: birthdate(f) + "T00:00:00", "birthdate"),
            "DocumentType": G(lambda f: f.pick(["Passport", "IdCard", "ResidencePermit"])),
            "DocumentNumber": RED(id_number, "passport|national id"),
            "DocumentCountry": G(lambda f: f.pick(["ESP", "FRA", "MAR", "CHN", "BRA", "MEX"])),
            "FaceMatchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "LivenessPassed": G(lambda f: f.pick([True, False])),
            "SelfieUrl": Y(lambda f: photo_url(f, "selfies"), "photo"),
            "DocumentImageUrl": Y(lambda f: photo_url(f, "id-documents"), "photo"),
            "Result": G(lambda f: f.pick(["Approved", "ManualReview", "Rejected"])),
            "ReviewerName": Y(full_name, "name"),
            "CheckedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Exam Started",
        ["flutter", "web"],
        {
            "exam_session_id": G(lambda f: f.uuid()),
            "exam_id": G(lambda f: "ex_" + d(f, 5)),
            "section": G(lambda f: f.pick(["reading", "listening", "writing", "speaking"])),
            "lockdown_browser": G(lambda f: f.pick([True, False])),
            "screen_count": G(lambda f: f.pick([1, 1, 2])),
            "vm_detected": G(lambda f: f.pick([False, False, True])),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(28.0, 51.0), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-16.0, 8.0), 5), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(5, 1500)),
            },
        },
    ),
    (
        "track",
        "Webcam Snapshot Captured",
        ["flutter", "web"],
        {
            "exam_session_id": G(lambda f: f.uuid()),
            "snapshot_url": Y(lambda f: photo_url(f, "snapshots"), "photo"),
            "seq": G(lambda f: f.r.randint(1, 400)),
            "faces_detected": G(lambda f: f.pick([0, 1, 1, 1, 2])),
            "gaze_off_screen": G(lambda f: f.pick([True, False])),
            "brightness": G(lambda f: round(f.r.uniform(0.1, 0.9), 2)),
        },
    ),
    (
        "track",
        "Exam Heartbeat",
        ["flutter", "web"],
        {
            "exam_session_id": G(lambda f: f.uuid()),
            "ip_changed": G(lambda f: f.pick([True, False])),
            "ip_country": G(lambda f: f.pick(COUNTRIES)),
            "webcam_fps": G(lambda f: f.pick([15, 24, 30])),
            "tab_switches": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Proctoring Incident Flagged",
        ["node"],
        {  # the proctoring vendor's webhook, forwarded as is (kebab-case)
            "incident-id": G(lambda f: "inc_" + d(f, 8)),
            "exam-session-id": G(lambda f: f.uuid()),
            "incident-type": G(
                lambda f: f.pick(
                    ["second_face", "phone_detected", "left_frame", "voice_detected", "tab_switch"]
                )
            ),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "auto-detected": G(lambda f: f.pick([True, False])),
            "proctor-name": Y(full_name, "name"),
            "proctor-note": Y(
                lambda f: f.pick(
                    [
                        f"Candidate {full_name(f)} was asked to show the room again.",
                        f"{full_name(f)} looked off-screen repeatedly during listening.",
                        f"Second voice heard; {full_name(f)} said it was a neighbour.",
                        f"Warned {full_name(f)} about the phone on the desk.",
                    ]
                ),
                "name",
                True,
            ),
            "snapshot-url": Y(lambda f: photo_url(f, "incidents"), "photo"),
            "candidate-ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "candidate-name": Y(full_name, "name"),
            "candidate-email": Y(email, "email"),
            "timestamp-ms": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Exam Submitted",
        ["flutter", "web"],
        {
            "exam_session_id": G(lambda f: f.uuid()),
            "answered": G(lambda f: f.r.randint(20, 60)),
            "flagged_for_review": G(lambda f: f.r.randint(0, 8)),
            "time_remaining_sec": G(lambda f: f.r.randint(0, 1800)),
            "auto_submitted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Exam Result Published",
        ["java", "python"],
        {
            "exam_session_id": G(lambda f: f.uuid()),
            "score": G(lambda f: f.r.randint(0, 100)),
            "passed": G(lambda f: f.pick([True, False])),
            "cefr_level": G(level),
            "section_scores": {
                "reading": G(lambda f: f.r.randint(0, 25)),
                "listening": G(lambda f: f.r.randint(0, 25)),
                "writing": G(lambda f: f.r.randint(0, 25)),
                "speaking": G(lambda f: f.r.randint(0, 25)),
            },
            "examiner_id": G(lambda f: "exm_" + d(f, 4)),
            "examiner_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Exam Appeal Submitted",
        ["web"],
        {
            "appeal_id": G(lambda f: "apl_" + d(f, 6)),
            "reason": G(lambda f: f.pick(["technical_issue", "health", "proctor_error", "other"])),
            "details": Y(
                lambda f: f.pick(
                    [
                        "I had a migraine during the listening part and could not concentrate.",
                        "Tuve un ataque de ansiedad en la parte oral.",
                        "J'ai fait une crise d'asthme pendant l'épreuve écrite.",
                        "My blood sugar dropped (I am diabetic) and I had to stop.",
                        "I was recovering from COVID and had a high fever.",
                    ]
                ),
                "condition",
                True,
            ),
            "contact_phone": Y(phone, "phone"),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- e-commerce, payments, invoices ---------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(["dele b2", "curso intensivo", "delf", "business english", "clases niños"])
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        APPS,
        {
            **course_product(),
            "currency": G(lambda f: f.pick(["EUR", "USD"])),
            "value": G(lambda f: money(f, 49, 690)),
        },
    ),
    (
        "track",
        "Product Added",
        APPS,
        {"cart_id": G(lambda f: f.uuid()), **course_product()},
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "ord_" + d(f, 9)),
            "value": G(lambda f: money(f)),
            "revenue": G(lambda f: money(f)),
            "tax": G(lambda f: money(f, 0, 150)),
            "discount": G(lambda f: money(f, 0, 60)),
            "coupon": G(lambda f: f.pick(["", "DELE10", "RENTREE15", "AMIGO20"])),
            "currency": G(lambda f: f.pick(["EUR", "USD", "MXN"])),
            "products": Many(course_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + d(f, 9)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "bizum", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["454881", "516320", "497010", "375987"])),
            "payment_token": RED(lambda f: "tok_" + alnum(f, 24), "token"),
            "billing_name": Y(full_name, "name"),
            "billing_address": billing_address(),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Form Validation Failed",
        ["web"],
        {  # a form autotracker that serialises the raw fields: it happens
            "form_id": G(lambda f: f.pick(["checkout", "exam_registration", "gift_checkout"])),
            "error_field": G(lambda f: f.pick(["cardNumber", "expiry", "cvc", "postalCode"])),
            "error_code": G(lambda f: f.pick(["incomplete_number", "invalid_expiry_year", "incorrect_cvc"])),
            "fields": {
                "cardholderName": Y(full_name, "name"),
                "cardNumber": RED(card, "credit card"),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d} / {f.r.randint(25, 31)}"),
                "cvc": RED(lambda f: str(f.r.randint(100, 999)), "credit card"),
                "postalCode": Y(postcode, "zipcode"),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "php", "ruby"],
        {
            "order_id": G(lambda f: "ord_" + d(f, 9)),
            "invoice_number": G(lambda f: f.pick(["FAC", "FA", "INV"]) + f"-2024-{d(f, 6)}"),
            "total": G(lambda f: money(f)),
            "tax": G(lambda f: money(f, 0, 150)),
            "currency": G(lambda f: f.pick(["EUR", "USD", "MXN"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "bizum", "sepa_debit"])),
            "installments": G(lambda f: f.pick([1, 3, 6])),
            "buyer_email": Y(email, "email"),
            "shipping_address": {  # printed course books
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(COUNTRIES)),
            },
            "products": Many(course_product(), 2),
        },
    ),
    (
        "track",
        "Factura Emitida",
        ["php"],
        {  # Spanish invoice for a private learner: the NIF is the learner's DNI/NIE
            "numero_factura": G(lambda f: f"F2024/{d(f, 5)}"),
            "nombre_fiscal": Y(full_name, "name"),
            "nif": RED(nif, "national id"),
            "direccion_fiscal": Y(full_address, "address"),
            "codigo_postal": Y(lambda f: f.pick(ES_CITIES)[1] + d(f, 2), "zipcode"),
            "importe_total": G(lambda f: money(f)),
            "iva": G(lambda f: money(f, 0, 140)),
            "tipo_iva": G(lambda f: f.pick([21, 10, 0])),
            "forma_pago": G(lambda f: f.pick(["tarjeta", "transferencia", "bizum", "domiciliación"])),
        },
    ),
    (
        "track",
        "Facture Générée",
        ["ruby"],
        {  # French invoice, often to the learner's employer (company data) under training funds
            "numero_facture": G(lambda f: f"LX-{f.r.randint(2023, 2024)}-{d(f, 5)}"),
            "raison_sociale": G(
                lambda f: f.pick(
                    ["Decathlon SE", "SNCF Voyageurs", "Michelin SCA", "Boulangerie Martin SARL"]
                )
            ),
            "siret": G(siret),
            "nom_stagiaire": Y(full_name, "name"),
            "email_facturation": Y(email, "email"),
            "adresse_facturation": Y(full_address, "address"),
            "montant_ht": G(lambda f: money(f)),
            "tva": G(lambda f: money(f, 0, 140)),
            "montant_ttc": G(lambda f: money(f)),
            "mode_reglement": G(lambda f: f.pick(["virement", "CB", "CPF", "prélèvement"])),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ["go"],
        {
            "mandate_id": G(lambda f: "md_" + alnum(f, 14)),
            "mandate_reference": G(lambda f: "IDIOMIA-" + d(f, 8)),
            "iban": RED(iban, "bank account"),
            "bic": G(
                lambda f: f.pick(["CAIXESBBXXX", "BSCHESMMXXX", "BNPAFRPPXXX", "AGRIFRPP882", "INGBNL2A"])
            ),
            "account_holder": Y(full_name, "name"),
            "signed_at": G(lambda f: f.iso()),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "scheme": G(lambda f: f.pick(["CORE", "B2B"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        {
            "amount": G(lambda f: money(f)),
            "decline_code": G(
                lambda f: f.pick(
                    ["insufficient_funds", "expired_card", "do_not_honor", "authentication_required"]
                )
            ),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "card_last4": G(lambda f: d(f, 4)),
            "next_retry_at": G(lambda f: f.iso()),
            "client_secret": RED(lambda f: f"pi_{alnum(f, 24)}_secret_{alnum(f, 25)}", "secret|token"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "php"],
        {
            "order_id": G(lambda f: "ord_" + d(f, 9)),
            "amount": G(lambda f: money(f)),
            "reason": G(lambda f: f.pick(["course_cancelled", "duplicate", "requested_by_customer"])),
            "refund_iban": RED(iban, "bank account"),
            "refund_method": G(lambda f: f.pick(["transfer", "original_method"])),
        },
    ),
    (
        "track",
        "Course Gifted",
        ["web"],
        {
            "gift_id": G(lambda f: "gft_" + d(f, 7)),
            "course_name": G(lambda f: f.pick(COURSES)),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"¡Feliz cumpleaños, {first(f)}! Disfruta del curso.",
                        f"Pour {first(f)}, bon courage pour le DELF !",
                        f"Happy graduation {first(f)}, now go learn Spanish :)",
                        f"{first(f)}, para que por fin hables con la abuela.",
                    ]
                ),
                "name",
                True,
            ),
            "gift_code": RED(lambda f: "-".join(alnum(f, 4).upper() for _ in range(3)), "token|secret"),
            "delivery_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    (
        "track",
        "Teacher Payout Sent",
        ["python"],
        {
            "teacher_id": G(lambda f: "tch_" + d(f, 4)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "hours_taught": G(lambda f: round(f.r.uniform(4, 120), 1)),
            "hourly_rate": Y(lambda f: f.pick([18, 22, 25, 30, 35]), "salary"),
            "gross_pay": Y(lambda f: money(f, 100, 3500), "salary"),
            "beneficiary_name": Y(teacher_name, "name"),
            "payout_iban": RED(iban, "bank account"),
            "payout_method": G(lambda f: f.pick(["sepa", "wise", "paypal"])),
            "teacher_nif": RED(nif, "national id"),
            "teacher_email": Y(staff_email, "email"),
        },
    ),
    # -- mobile app usage --------------------------------------------------------------------------
    (
        "screen",
        "Teacher Profile",
        ["swift", "kotlin", "rn"],
        {
            "teacher_id": G(lambda f: "tch_" + d(f, 4)),
            "teacher_name": Y(teacher_name, "name"),
            "from_screen": G(lambda f: f.pick(["search", "booking", "home"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: "cmp_" + d(f, 5)),
            "message_title": G(
                lambda f: f.pick(
                    [
                        "¡Tu clase empieza en 15 min!",
                        "Nouveau devoir disponible",
                        "Your exam results are ready",
                    ]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["idiomia://class/upcoming", "lexiplume://devoirs", "linguacert://results"])
            ),
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), alnum(f, 22) + ":APA91b" + alnum(f, 134, "-_")]), "token"
            ),
        },
    ),
    (
        "track",
        "Speaking Partner Matched",
        MOBILE,
        {
            "partner_user_id": G(lambda f: "usr_" + d(f, 7)),
            "partner_first_name": Y(first, "name"),
            "partner_country": G(lambda f: f.pick(COUNTRIES)),
            "partner_native_language": G(lambda f: f.pick(LANGS)),
            "match_score": G(lambda f: round(f.r.random(), 2)),
            "interests": Many(G(lambda f: f.pick(["football", "cooking", "k-pop", "travel", "cinema"])), 3),
        },
    ),
    (
        "track",
        "Speaking Prompt Personalised",
        MOBILE,
        {
            "prompt_id": G(lambda f: "sp_" + d(f, 4)),
            "topic": G(lambda f: f.pick(["pets", "hometown", "weekend", "food"])),
            "pet_name": G(lambda f: f.pick(["Toby", "Luna", "Moustache", "Canela", "Rocky"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat", "rabbit", "parrot"])),
            "favourite_city": G(lambda f: f.pick(["Granada", "Buenos Aires", "Québec", "Cusco"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["rn", "web"],
        {
            "contact_name": Y(full_name, "name"),
            "relationship": G(lambda f: f.pick(["mother", "father", "partner", "friend", "host_parent"])),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Immersion Trip Booked",
        ["web", "rn"],
        {
            "trip_id": G(lambda f: "trp_" + d(f, 6)),
            "destination_city": G(
                lambda f: f.pick(["Salamanca", "Málaga", "Montpellier", "Nice", "Valencia"])
            ),
            "weeks": G(lambda f: f.pick([1, 2, 4])),
            "host_family": {
                "family_name": Y(
                    lambda f: f.pick(["Familia ", "Famille ", ""]) + last(f, ["es", "fr"]), "name"
                ),
                "address": Y(full_address, "address"),
                "phone": Y(lambda f: phone(f, f.pick(["es", "fr"])), "phone"),
                "pet_name": G(lambda f: f.pick(["Toby", "Luna", "Moustache", "Canela"])),
                "pets": Many(G(lambda f: f.pick(["dog", "cat", "none"])), 2),
            },
            "residence_name": G(
                lambda f: f.pick(["Residencia Colegio Mayor Fonseca", "Résidence Les Estudines", ""])
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "penicillin", "shellfish", "lactose", "cats"]), "allergy"), 2
            ),
            "passport_number": RED(passport, "passport"),
            "passport_expiry": G(lambda f: f"20{f.r.randint(25, 34)}-{f.r.randint(1, 12):02d}"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["AXA-", "MAPFRE-", "ALZ-"]) + d(f, 9), "identification"
            ),
            "flight_number": G(lambda f: f.pick(["IB3167", "VY1234", "AF1408", "FR5542"])),
            "arrival_date": G(lambda f: f"2024-{f.r.randint(6, 9):02d}-{f.r.randint(1, 28):02d}"),
            "is_minor": G(lambda f: f.pick([True, False])),
            "guardian_consent_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- search, forms, neutral keys ----------------------------------------------------------------
    (
        "track",
        "Teacher Searched",
        ["web", "swift", "kotlin"],
        {
            "q": Y(teacher_name, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "filters": {
                "level": G(level),
                "teacher_country": G(lambda f: f.pick(["ES", "FR", "MX", "AR"])),
                "price_max": G(lambda f: f.pick([15, 20, 30, 50])),
                "availability": G(lambda f: f.pick(["mornings", "evenings", "weekends"])),
            },
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["signup", "checkout", "exam_registration"])),
            "field_name": G(lambda f: f.pick(["email", "correo", "e-mail"])),
            "input": Y(email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "provider": G(lambda f: f.pick(["google_places", "mapbox", "here"])),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23, "-_")),
            "label": Y(full_address, "address", True),
            "types": Many(G(lambda f: f.pick(["street_address", "premise", "subpremise"])), 2),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "php"],
        {
            "topic": G(lambda f: f.pick(["pricing", "exam_dates", "corporate", "refund"])),
            "preferred_slot": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Llamar al " + phone(f, "es") + " después de las 17h",
                        "Rappeler au " + phone(f, "fr"),
                        "Call " + phone(f) + ", ask for the DELE dates",
                        "Mejor al fijo: " + phone(f, "es"),
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Error Logged",
        ["flutter", "rn"],
        {
            "error_code": G(
                lambda f: f.pick(["E_CAM_DENIED", "E_NET_TIMEOUT", "E_MIC_BUSY", "E_UPLOAD_413"])
            ),
            "message": G(
                lambda f: f.pick(
                    [
                        "Camera permission denied",
                        "SocketException: Connection timed out",
                        "Microphone in use by another app",
                        "Payload too large",
                    ]
                )
            ),
            "screen": G(lambda f: f.pick(["ExamRoom", "IdCheck", "SpeakingTask"])),
        },
    ),
    # -- guardians, dependants, staff, e-mails -----------------------------------------------------
    (
        "track",
        "Guardian Consent Signed",
        ["php"],
        {  # parental consent for a minor learner (Spanish school; the DNI keeps its Spanish name)
            "minor_first_name": Y(lambda f: first(f, ["es", "es", "mx", "ma"]), "name"),
            "minor_birthdate": Y(lambda f: birthdate(f, "eu", 2008, 2016), "birthdate"),
            "guardian": {
                "first_name": Y(lambda f: first(f, ["es", "es", "mx", "ma"]), "name"),
                "last_names": Y(apellidos, "name"),
                "dni": RED(nif, "national id"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, "es"), "phone"),
            },
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "document_version": G(lambda f: f.pick(["v3.1", "v3.2", "v4.0"])),
            "signed_at": G(sql_ts),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["web", "rn"],
        {
            "dependant_id": G(lambda f: "dep_" + d(f, 6)),
            "child_first_name": Y(first, "name"),
            "child_birthdate": Y(lambda f: birthdate(f, "iso", 2008, 2018), "birthdate"),
            "school_name": G(
                lambda f: f.pick(
                    ["Colegio Santa María", "Lycée Ampère", "IES Cervantes", "École Jules Ferry"]
                )
            ),
            "school_year": G(lambda f: f.pick(["5º Primaria", "3e", "1º ESO", "CM2"])),
            "course_id": G(lambda f: "crs_" + d(f, 5)),
        },
    ),
    (
        "track",
        "Teacher Application Submitted",
        ["web"],
        {
            "applicant_name": Y(teacher_name, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(lambda f: phone(f, f.pick(["es", "fr", "mx"])), "phone"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Spanish", "French", "Argentinian", "Colombian", "Mexican"]), "citizenship"
            ),
            "home_address": Y(full_address, "address"),
            "nie": RED(nie, "national id"),
            "expected_hourly_rate": Y(lambda f: f.pick([15, 18, 20, 25, 30]), "salary"),
            "cv_file_name": Y(
                lambda f: (
                    f.pick(["CV_", "cv-", "Curriculum "])
                    + teacher_name(f).replace(" ", "_")
                    + f.pick([".pdf", ".docx"])
                ),
                "name",
                True,
            ),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "teaching_certificates": Many(
                G(lambda f: f.pick(["ELE", "FLE", "CELTA", "DELTA", "Máster ELE"])), 2
            ),
            "has_work_permit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Sent",
        ["python", "go"],
        {  # transactional e-mail service log
            "template": G(lambda f: f.pick(["class_reminder", "invoice", "exam_results", "password_reset"])),
            "to": Y(email, "email", True),
            "cc": Many(Y(email, "email", True), 2),
            "subject": G(
                lambda f: f.pick(["Tu clase empieza pronto", "Votre facture", "Your LinguaCert results"])
            ),
            "provider_message_id": G(lambda f: f"<{f.uuid()}@mail.idiomia.es>"),
            "opened": G(lambda f: f.pick([True, False])),
            "bounce_type": G(lambda f: f.pick(["", "soft", "hard"])),
        },
    ),
    (
        "track",
        "Exam Centres Searched",
        MOBILE,
        {
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(36.0, 50.0), 6), "geolocation"),
                "lon": Y(lambda f: round(f.r.uniform(-8.0, 7.0), 6), "geolocation"),
            },
            "radius_km": G(lambda f: f.pick([10, 25, 50])),
            "results": Many(
                {
                    "centre_id": G(lambda f: "ctr_" + d(f, 3)),
                    "centre_name": G(
                        lambda f: f.pick(
                            [
                                "Instituto Cervantes Madrid",
                                "Alliance Française Lyon",
                                "LinguaCert Center Sevilla",
                            ]
                        )
                    ),
                    "address": G(
                        lambda f: f.pick(
                            [
                                "Calle de Alcalá 49, 28014 Madrid",
                                "11 rue de Pierre, 69002 Lyon",
                                "Av. de la Constitución 20, Sevilla",
                            ]
                        )
                    ),
                    "phone": G(
                        lambda f: f.pick(["+34 914 36 76 00", "+33 4 78 42 59 55", "+34 954 22 11 00"])
                    ),
                    "distance_km": G(lambda f: round(f.r.uniform(0.3, 49), 1)),
                },
                3,
            ),
        },
    ),
    # -- groups and aliases ---------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "dotnet"],
        {  # corporate customers buying seats
            "name": G(
                lambda f: f.pick(
                    ["Acme Corp", "Globex SA", "Iberdrola Demo", "Decathlon SE", "Clínica Dental Sonrisas SL"]
                )
            ),
            "industry": G(lambda f: f.pick(["Retail", "Energy", "Healthcare", "Software"])),
            "employees": G(lambda f: f.pick([45, 320, 5000, 12000])),
            "plan": G(lambda f: f.pick(["business", "enterprise"])),
            "main_phone": G(lambda f: f.pick(["+34 915 550 100", "+33 4 72 00 10 10", "+34 933 000 200"])),
            "vat_number": G(lambda f: f.pick(["ESB12345674", "FR40303265045", "ESA08001851"])),
            "hq_address": {
                "street": G(
                    lambda f: f.pick(["Paseo de la Castellana 89", "10 place Bellecour", "Calle Balmes 200"])
                ),
                "city": G(lambda f: f.pick(["Madrid", "Lyon", "Barcelona"])),
                "postal_code": G(lambda f: f.pick(["28046", "69002", "08006"])),
                "country": G(lambda f: f.pick(["ES", "FR"])),
            },
            "billing_contact_email": Y(
                lambda f: email(f, f.pick(["acme-corp.com", "globex.fr", "sonrisas.es"])), "email"
            ),
            "billing_contact_name": Y(full_name, "name"),
            "account_manager": Y(teacher_name, "name"),
            "support_email": G(
                lambda f: f.pick(["support@acme-corp.com", "rh@globex.fr", "info@sonrisas.es"])
            ),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}),
    # -- vendor-shaped payloads ---------------------------------------------------------------------
    (
        "track",
        "Zoom Participant Joined",
        ["node"],
        {
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "account_id": G(lambda f: alnum(f, 22)),
                "object": {
                    "id": G(lambda f: str(f.r.randint(81, 89)) + d(f, 9)),
                    "uuid": G(lambda f: alnum(f, 22) + "=="),
                    "topic": G(
                        lambda f: f.pick(
                            [
                                "B2 Conversación \u2013 Grupo 7",
                                "DELF B1 \u2013 atelier oral",
                                "Business English C1",
                            ]
                        )
                    ),
                    "participant": {
                        "user_id": G(lambda f: str(f.r.randint(16_000_000, 16_999_999))),
                        "user_name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "join_time": G(lambda f: f.iso()[:19] + "Z"),
                        "participant_uuid": G(lambda f: f.uuid().upper()),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Trial Lesson Scheduled",
        ["node"],
        {  # Calendly invitee.created, trimmed
            "event_type": {
                "name": G(lambda f: f.pick(["Clase de prueba 30 min", "Cours d'essai", "Free trial lesson"])),
                "duration": G(lambda f: f.pick([20, 30, 45])),
            },
            "invitee": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "timezone": G(lambda f: f.pick(TZS)),
                "text_reminder_number": Y(phone, "phone"),
                "rescheduled": G(lambda f: f.pick([True, False])),
            },
            "questions_and_answers": Many(
                {
                    "question": G(
                        lambda f: f.pick(
                            ["¿Cuál es tu nivel?", "What is your goal?", "Quel est votre objectif ?"]
                        )
                    ),
                    "answer": G(lambda f: f.pick(["B1", "exam prep", "travel", "travail", "no lo sé"])),
                    "position": G(lambda f: f.r.randint(0, 2)),
                },
                2,
            ),
            "scheduled_event": {
                "start_time": G(lambda f: f.iso()),
                "location": {
                    "type": G(lambda f: "zoom"),
                    "join_url": RED(zoom_url, "secret|token", True),
                },
            },
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node", "go"],
        {  # Stripe charge.succeeded, the object only
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + alnum(f, 24)),
                    "amount": G(lambda f: f.r.randint(1500, 69000)),
                    "currency": G(lambda f: f.pick(["eur", "usd", "mxn"])),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "billing_details": {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "line2": Y(
                                lambda f: f.pick(["3º B", "Bât. C, apt 12", "Escalera 2, 4º izq.", "Apt 5"]),
                                "address|street",
                            ),
                            "city": Y(city, "city"),
                            "postal_code": Y(postcode, "zipcode"),
                            "state": G(lambda f: f.pick(["M", "B", "ARA", ""])),
                            "country": G(lambda f: f.pick(COUNTRIES)),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: d(f, 4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["ES", "FR", "US", "MX"])),
                            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                        },
                    },
                    "receipt_email": Y(email, "email"),
                    "created": G(lambda f: f.epoch_ms() // 1000),
                },
            },
        },
    ),
    (
        "track",
        "Conversions API Event",
        ["python"],
        {  # what the server also relays to Meta's Conversions API
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: f.pick(["https://www.idiomia.es/gracias", "https://www.lexiplume.fr/merci"])
            ),
            "user_data": {
                "em": Y(sha256, "email|advertising id"),
                "ph": Y(sha256, "phone|advertising id"),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(sha256),
            },
            "custom_data": {
                "value": G(lambda f: money(f)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: f.pick(SKUS)), 2),
            },
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {  # Zendesk-shaped ticket
            "ticket_id": G(lambda f: f.r.randint(40000, 99999)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "No puedo entrar a la clase",
                        "Problème de connexion",
                        "Refund request",
                        "Exam webcam not detected",
                    ]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        "Hola, no me funciona el micro. Mi teléfono es " + phone(f, "es"),
                        "Bonjour, merci de me rappeler au " + phone(f, "fr"),
                        "The webcam check fails every time. Please call me: " + phone(f),
                        "I was charged twice, reach me at " + phone(f) + " please",
                    ]
                ),
                "phone",
                True,
            ),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "assignee_name": Y(teacher_name, "name"),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
            "tags": Many(G(lambda f: f.pick(["billing", "exam", "tech", "refund", "vip"])), 3),
            "satisfaction": G(lambda f: f.pick(["offered", "good", "bad", "unoffered"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + d(f, 7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + d(f, 5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[f.pick(clients)](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=63, repeats=30)
    write(Path(__file__).parent, "holdout63_", events, labels)
