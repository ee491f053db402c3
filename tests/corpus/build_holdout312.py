# ruff: noqa: RUF001
"""Writes holdout312: tests/corpus/holdout312_events.jsonl and holdout312_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout312`; the output is deterministic (seed 312).

Domain: a certified (sworn) translation and interpreting agency working in Poland, Ukraine and
Spain. Clients order sworn translations of personal documents (birth, marriage and baptism
certificates, diplomas, passports, court papers, medical records, vehicle and pet documents),
upload scans, get quotes and pay (Stripe, PayU, LiqPay, Redsys); apostille, notarisation and
residence-permit add-ons; freelance translators' and court interpreters' profiles, assignment
offers, check-ins and payouts; support tickets, SendGrid, Twilio and Aircall-shaped webhooks,
Meta Conversions API-shaped ad matching, a reverse-ETL (warehouse) identify feed.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
its own `context` (ip, traits, device, app, library, locale, userAgent, campaign, location,
externalIds). Key conventions: mostly camelCase and snake_case English; about a sixth other:
PascalCase (.NET booking system, Twilio), `Ds_` Redsys keys, kebab-case (a form builder,
SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse sync), Polish, transliterated Ukrainian,
Cyrillic (a Tilda-style form) and Spanish keys. Values: Polish, Ukrainian (Latin and Cyrillic),
Spanish and many other cultures' names; national phone formats; PESEL, NIP, RNOKPP, DNI/NIE and
Spanish NSS with valid check digits; PL/UA/ES IBANs with mod-97 check digits; Luhn card numbers.

Labelling rules (the Privacy Portal's default colours): every leaf path has a classification, a
type (reference matcher name, or `bank account`, `geolocation`, `secret`, `national id`,
`health id`, `advertising id`, `token`; `a|b` when either is fair) and value_only (the key does
not say what the value is). PII = personal data about a natural person (client, document holder,
child, spouse, parents, recipient, witness, defendant, translator, interpreter, staff). Colours
follow the reference's matcher; outside it red for credentials, tokens, card numbers, bank
accounts, government ids and health ids, yellow otherwise. Green: ids we issue (orders, quotes,
invoices, assignments, customer numbers), versions, timestamps, hashes of non-PII, amounts,
enums, counters and booleans under PII-sounding keys (`email_verified`, `mrz_detected`,
`passport_scanned`), product, company, court, hospital, parish and pet names, places that are not
the person's (offices, courts, venues, a searched city), countries, regions, languages, user
agents, device ids. Card brand, last four, BIN, expiry and a masked PAN are green. The product's
published contested-case policy is applied as written (business phones, role mailboxes, telephony
numbers of the company, Message-IDs, ages, marital status, job titles, employers and pets green;
insurance policy numbers, prescription numbers, pay rates, plates, VINs and ad click ids yellow;
payment tokens, one-time codes, sign-in link tokens, patient/health-card numbers, identity
document numbers and right-to-work or residence-permit answers red).

Rules decided here where the policy is silent (what a careful privacy owner would want flagged):
- Civil-status and diploma certificate numbers (akt urodzenia, свідоцтво, título) are yellow
  `certificate`; they are not identity documents. A sworn translator's register number
  (TP/1234/05, nº de intérprete jurado) is yellow `license`: it names one natural person.
- Court case signatures, registry offices, issuing authorities and dates of life events other
  than birth (marriage, baptism, hearing, document issue and expiry) are green.
- A place of birth is the person's: yellow `city`. A delivery city of the client is yellow.
- Links to uploaded scans or photos of a person's documents are yellow `photo`; storage keys
  and camera file names (IMG_2043.HEIC) are green; an original file name is yellow `name`
  (value_only) because every such name in this corpus carries the holder's name.
- Hashes of a person's e-mail or phone sent for ad matching (Meta `em`, `ph`) are labelled with
  the hashed thing's matcher, yellow: they identify the person across platforms.
- A company's tax id (NIP of a law firm, CIF) is green; a freelancer's or client's own tax id is
  red `national id`.
- A card processor's own references are green (Stripe `fingerprint`, `cus_`, `pi_`, `ch_` ids,
  a bank authorisation code); a stored-card token (Stripe `pm_`, Redsys
  `Ds_Merchant_Identifier`) and a push-notification device token (`context.device.token`) are
  red `token`.
- Staff members' personal work addresses (anna.nowak@sworndocs.eu) and names are yellow like
  any natural person's; role mailboxes (biuro@, no-reply@, faktury@) and office numbers green.
- Booleans that reveal deafness, wheelchair use or combat-veteran status are red (`disability`,
  `veteran`); a document holder's sex letter is yellow `sex|gender`; a church denomination on a
  baptism certificate is yellow `religion`; an ICD-10 diagnosis is yellow `diagnosis|condition`.
- Spain's número de la Seguridad Social is red `social security number|national id`.
- Free text is labelled by what every one of its values carries: each PII free-text field here
  carries that PII in every value, the others in none.

Size: about 2,400 events, 620 labelled leaf paths (each seen in 32 or more events), a third of
them personal; 17 value_only.
"""

import datetime
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- name pools -------------------------------------------------------------------------------------

PL_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Zofia", "Aleksandra"]
PL_F += ["Natalia", "Wiktoria", "Ewa", "Dorota", "Bożena", "Justyna"]
PL_M = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Jakub", "Łukasz", "Grzegorz", "Mateusz"]
PL_M += ["Wojciech", "Marek", "Jarosław", "Szymon"]
PL_LAST = [
    ("Kowalski", "Kowalska"),
    ("Nowak", "Nowak"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"),
    ("Kozłowski", "Kozłowska"),
    ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"),
    ("Grabowski", "Grabowska"),
    ("Pawlak", "Pawlak"),
    ("Zając", "Zając"),
    ("Król", "Król"),
    ("Wieczorek", "Wieczorek"),
    ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"),
    ("Olszewski", "Olszewska"),
    ("Stępień", "Stępień"),
    ("Chmielewski", "Chmielewska"),
    ("Kaczmarek", "Kaczmarek"),
]
UA_F = [
    ("Olena", "Олена"),
    ("Oksana", "Оксана"),
    ("Iryna", "Ірина"),
    ("Nataliia", "Наталія"),
    ("Tetiana", "Тетяна"),
    ("Yuliia", "Юлія"),
    ("Svitlana", "Світлана"),
    ("Kateryna", "Катерина"),
    ("Anastasiia", "Анастасія"),
    ("Viktoriia", "Вікторія"),
    ("Halyna", "Галина"),
    ("Mariia", "Марія"),
]
UA_M = [
    ("Oleksandr", "Олександр"),
    ("Andrii", "Андрій"),
    ("Serhii", "Сергій"),
    ("Dmytro", "Дмитро"),
    ("Volodymyr", "Володимир"),
    ("Mykola", "Микола"),
    ("Yurii", "Юрій"),
    ("Vasyl", "Василь"),
    ("Bohdan", "Богдан"),
    ("Taras", "Тарас"),
    ("Maksym", "Максим"),
    ("Ihor", "Ігор"),
]
UA_LAST = [
    ("Shevchenko", "Шевченко"),
    ("Kovalenko", "Коваленко"),
    ("Bondarenko", "Бондаренко"),
    ("Tkachenko", "Ткаченко"),
    ("Kravchenko", "Кравченко"),
    ("Oliinyk", "Олійник"),
    ("Shevchuk", "Шевчук"),
    ("Melnyk", "Мельник"),
    ("Boiko", "Бойко"),
    ("Koval", "Коваль"),
    ("Tkachuk", "Ткачук"),
    ("Marchenko", "Марченко"),
    ("Rudenko", "Руденко"),
    ("Savchenko", "Савченко"),
    ("Petrenko", "Петренко"),
    ("Lysenko", "Лисенко"),
    ("Moroz", "Мороз"),
    ("Kozak", "Козак"),
    ("Hrytsenko", "Гриценко"),
    ("Pavlenko", "Павленко"),
    ("Yaremchuk", "Яремчук"),
    ("Hnatyshyn", "Гнатишин"),
]
UA_PATRONYMIC = {
    "F": [
        ("Oleksandrivna", "Олександрівна"),
        ("Volodymyrivna", "Володимирівна"),
        ("Petrivna", "Петрівна"),
        ("Ivanivna", "Іванівна"),
        ("Serhiivna", "Сергіївна"),
        ("Mykolaivna", "Миколаївна"),
    ],
    "M": [
        ("Oleksandrovych", "Олександрович"),
        ("Volodymyrovych", "Володимирович"),
        ("Petrovych", "Петрович"),
        ("Ivanovych", "Іванович"),
        ("Serhiiovych", "Сергійович"),
    ],
}
ES_F = ["María", "Lucía", "Carmen", "Paula", "Marta", "Laura", "Nerea", "Ainhoa", "Montserrat", "Rocío"]
ES_F += ["Ana Belén", "María José"]
ES_M = ["Alejandro", "Javier", "Daniel", "Pablo", "José Luis", "Juan Carlos", "Sergio", "Álvaro", "Iker"]
ES_M += ["Jordi", "Francisco Javier", "Raúl"]
ES_LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"]
ES_LAST += ["Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero"]
ES_LAST += ["Navarro", "Torres", "Domínguez", "Gil", "Vázquez", "Serrano", "Ramos", "Blanco", "Castillo"]
ES_LAST += ["Ortega", "Rubio", "Molina", "Etxeberria", "Puig", "Vidal", "Iglesias", "Delgado"]
OTHER = [
    ("Nino", "Beridze", "F", "GE"),
    ("Giorgi", "Kapanadze", "M", "GE"),
    ("Aliaksandr", "Kazlou", "M", "BY"),
    ("Hanna", "Lukashevich", "F", "BY"),
    ("Thi Lan", "Nguyen", "F", "VN"),
    ("Van Minh", "Tran", "M", "VN"),
    ("Arjun", "Sharma", "M", "IN"),
    ("Priya", "Nair", "F", "IN"),
    ("Chukwuemeka", "Okafor", "M", "NG"),
    ("Adaeze", "Nwosu", "F", "NG"),
    ("Mehmet", "Yılmaz", "M", "TR"),
    ("Elif", "Demir", "F", "TR"),
    ("Youssef", "El Amrani", "M", "MA"),
    ("Fatima Zahra", "Benali", "F", "MA"),
    ("Andreea", "Popescu", "F", "RO"),
    ("Valentina", "Ríos Castaño", "F", "CO"),
    ("Santiago", "Mejía", "M", "CO"),
    ("Wei", "Li", "M", "CN"),
    ("Fang", "Wang", "F", "CN"),
    ("Aigerim", "Nurlanova", "F", "KZ"),
    ("Ion", "Rusu", "M", "MD"),
    ("Juan Pablo", "Quispe Mamani", "M", "PE"),
    ("Ji-woo", "Park", "F", "KR"),
    ("Amani", "Mwangi", "F", "KE"),
    ("Jean-Baptiste", "Habimana", "M", "RW"),
    ("Siobhán", "O'Connor", "F", "IE"),
    ("Lukas", "Schneider", "M", "DE"),
    ("Léa", "Moreau", "F", "FR"),
]

PL_STREETS = ["Marszałkowska", "Piotrkowska", "Długa", "Kwiatowa", "Lipowa", "Ogrodowa", "Słoneczna"]
PL_STREETS += ["Polna", "Leśna", "Mickiewicza", "Kościuszki", "Sienkiewicza", "3 Maja", "Grunwaldzka"]
PL_CITIES = ["Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Katowice", "Rzeszów"]
PL_CITIES += ["Białystok", "Szczecin", "Bydgoszcz", "Olsztyn", "Opole", "Gdynia"]
UA_STREETS = [("Khreshchatyk", "Хрещатик"), ("Shevchenka", "Шевченка"), ("Franka", "Франка")]
UA_STREETS += [("Sobornyi prosp.", "Соборний просп."), ("Hrushevskoho", "Грушевського")]
UA_STREETS += [("Lesi Ukrainky", "Лесі Українки"), ("Bandery", "Бандери"), ("Zelena", "Зелена")]
UA_CITIES = [("Kyiv", "Київ"), ("Lviv", "Львів"), ("Kharkiv", "Харків"), ("Odesa", "Одеса")]
UA_CITIES += [("Dnipro", "Дніпро"), ("Vinnytsia", "Вінниця"), ("Ivano-Frankivsk", "Івано-Франківськ")]
UA_CITIES += [("Chernivtsi", "Чернівці"), ("Zhytomyr", "Житомир"), ("Poltava", "Полтава")]
ES_STREETS = ["Calle Mayor", "Gran Vía", "Calle de Alcalá", "Avda. de la Constitución", "Calle Real"]
ES_STREETS += ["Passeig de Gràcia", "Calle San Vicente", "Avenida de Andalucía", "Calle Larios"]
ES_CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Alicante", "Zaragoza", "Bilbao"]
ES_CITIES += ["Murcia", "Palma", "Las Palmas de Gran Canaria", "Valladolid", "Torrevieja", "Benidorm"]

MAIL_DOMAINS = {
    "PL": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl"],
    "UA": ["gmail.com", "ukr.net", "i.ua", "meta.ua"],
    "ES": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net"],
    "XX": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.com"],
}

DOC_TYPES = ["birth_certificate", "marriage_certificate", "diploma", "passport", "court_judgment"]
DOC_TYPES += ["medical_records", "driving_licence", "police_certificate", "vehicle_registration"]
LANGS = ["pl", "uk", "es", "en", "de", "ru", "fr", "it"]
PAIRS = ["uk-pl", "pl-uk", "es-pl", "pl-es", "uk-es", "es-uk", "en-pl", "pl-en", "de-pl", "ru-pl"]
PAIRS += ["uk-en", "es-en"]
OFFICES = [
    ("Warszawa", "ul. Nowy Świat 35, 00-029 Warszawa", "+48 22 828 14 40", "warszawa@sworndocs.eu"),
    ("Kraków", "ul. Karmelicka 14, 31-128 Kraków", "+48 12 422 70 15", "krakow@sworndocs.eu"),
    ("Wrocław", "pl. Solny 6, 50-061 Wrocław", "+48 71 344 22 10", "wroclaw@sworndocs.eu"),
    ("Kyiv", "вул. Велика Васильківська, 72, Київ 03150", "+380 44 290 31 17", "kyiv@sworndocs.eu"),
    ("Lviv", "пл. Ринок, 9, Львів 79008", "+380 32 255 17 40", "lviv@sworndocs.eu"),
    ("Madrid", "Calle de Velázquez 57, 28001 Madrid", "+34 915 77 42 60", "madrid@sworndocs.eu"),
    ("Valencia", "Calle de Colón 22, 46004 Valencia", "+34 963 51 20 84", "valencia@sworndocs.eu"),
    ("Málaga", "Calle Larios 5, 29005 Málaga", "+34 952 21 66 03", "malaga@sworndocs.eu"),
]
COURTS = ["Sąd Okręgowy w Warszawie", "Sąd Rejonowy dla Krakowa-Śródmieścia", "Sąd Okręgowy we Wrocławiu"]
COURTS += ["Juzgado de Primera Instancia nº 4 de Madrid", "Audiencia Provincial de Valencia"]
COURTS += ["Juzgado de Instrucción nº 2 de Málaga", "Prokuratura Rejonowa Warszawa-Mokotów"]
COURTS += ["Komenda Rejonowa Policji Warszawa I", "Comisaría de Policía Nacional de Alicante"]
HOSPITALS = ["Szpital Bielański", "Uniwersyteckie Centrum Kliniczne", "Hospital Universitario La Paz"]
HOSPITALS += ["Hospital Clínic de Barcelona", "Охматдит", "Lviv Regional Clinical Hospital"]
HOSPITALS += ["Hospital Regional de Málaga", "Centrum Medyczne LUX MED"]
COMPANIES = ["Kancelaria Nowak i Wspólnicy sp.k.", "Garrigues Abogados", "Kowalczyk Legal sp. z o.o."]
COMPANIES += ["ТОВ «Юрфірма Лекс»", "Balcerowicz & Partners", "Asesoría Martínez Ruiz S.L."]
COMPANIES += ["Relocate Poland sp. z o.o.", "Grupo Inmobiliario Costa Blanca S.A.", "EPAM Systems"]


def fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# -- identifiers with real check digits ---------------------------------------------------------------


def digits(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def iban(f: Fake, country: str) -> str:
    bban = {
        "PL": lambda: f.pick(["10201097", "11402004", "10500099", "19401076", "24901044"]) + digits(f, 16),
        "UA": lambda: f.pick(["305299", "322001", "380805", "320649"]) + "0000" + digits(f, 15),
        "ES": lambda: f.pick(["2100", "0049", "0182", "2038", "0081"]) + digits(f, 16),
    }[country]()
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def pesel(f: Fake, dob: str, sex: str) -> str:
    year, month, day = int(dob[:4]), int(dob[5:7]), int(dob[8:10])
    month += 20 if year >= 2000 else 0
    serial = digits(f, 3) + str(f.pick([0, 2, 4, 6, 8] if sex == "F" else [1, 3, 5, 7, 9]))
    body = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
    total = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def nip(f: Fake) -> str:
    while True:
        body = str(f.r.randint(1, 9)) + digits(f, 8)
        check = sum(int(d) * w for d, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7], strict=True)) % 11
        if check != 10:
            number = body + str(check)
            return f.pick([number, f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"])


def rnokpp(f: Fake, dob: str) -> str:
    y, m, d = int(dob[:4]), int(dob[5:7]), int(dob[8:10])

    days = (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days
    body = f"{days:05d}" + digits(f, 4)
    total = sum(int(c) * w for c, w in zip(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7], strict=True))
    return body + str(total % 11 % 10)


def dni(f: Fake) -> str:
    number = f.r.randint(10_000_000, 79_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def nie(f: Fake) -> str:
    prefix = f.pick("XYZ")
    number = f.r.randint(0, 9_999_999)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{'XYZ'.index(prefix)}{number:07d}") % 23]
    return f.pick([f"{prefix}{number:07d}{letter}", f"{prefix}-{number:07d}-{letter}"])


def dni_or_nie(f: Fake) -> str:
    return dni(f) if f.r.random() < 0.5 else nie(f)


def es_nss(f: Fake) -> str:
    body = f"{f.r.randint(1, 52):02d}{digits(f, 8)}"
    control = int(body) % 97
    return f.pick(
        [
            f"{body}{control:02d}",
            f"{body[:2]}/{body[2:]}/{control:02d}",
            f"{body[:2]} {body[2:]} {control:02d}",
        ]
    )


def pl_id_card(f: Fake) -> str:
    letters = "".join(f.pick(string.ascii_uppercase) for _ in range(3))
    tail = digits(f, 5)
    values = [ord(c) - 55 for c in letters] + [int(c) for c in tail]
    check = sum(v * w for v, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return f"{letters}{check}{tail}"


def passport_no(f: Fake, country: str) -> str:
    if country == "PL":
        return f.pick(["EA", "EK", "ER", "ES", "EW"]) + digits(f, 7)
    if country == "UA":
        return f.pick(["FA", "FE", "FK", "FM", "FP", "FT", "FX", "GB", "GC"]) + digits(f, 6)
    if country == "ES":
        return "".join(f.pick("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(3)) + digits(f, 6)
    return f.pick(["C", "N", "P", "X", "U"]) + digits(f, 8)


def ua_internal_doc(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f.pick(["КА", "МЕ", "СН", "ВК", "НМ", "ТТ"]) + digits(f, 6)
    return str(f.r.randint(1, 9)) + digits(f, 8)


def phone_for(f: Fake, country: str) -> str:
    r = f.r
    if country == "PL":
        n = f"{f.pick(['50', '51', '53', '57', '60', '66', '69', '72', '78', '79', '88'])}{r.randint(0, 9)}"
        a, b = r.randint(100, 999), r.randint(100, 999)
        return f.pick(
            [f"+48 {n} {a} {b}", f"+48{n}{a}{b}", f"{n}-{a}-{b}", f"{n} {a} {b}", f"0048 {n} {a} {b}"]
        )
    if country == "UA":
        op = f.pick(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
        a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
        return f.pick(
            [
                f"+380 {op} {a} {b} {c}",
                f"+380{op}{a}{b}{c}",
                f"0{op} {a} {b} {c}",
                f"(0{op}) {a}-{b}-{c}",
                f"380{op}{a}{b}{c}",
            ]
        )
    if country == "ES":
        n, t = f"{f.pick(['6', '7'])}{r.randint(10, 99)}", digits(f, 6)
        return f.pick(
            [
                f"+34 {n} {t[:3]} {t[3:]}",
                f"{n} {t[:2]} {t[2:4]} {t[4:]}",
                f"+34{n}{t}",
                f"0034 {n}{t}",
                f"{n}{t}",
            ]
        )
    d = lambda n: digits(f, n)  # noqa: E731
    return {
        "GE": f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}",
        "BY": f"+375 29 {d(3)}-{d(2)}-{d(2)}",
        "VN": f"+84 9{d(1)} {d(3)} {d(4)}",
        "IN": f"+91 9{d(4)} {d(5)}",
        "NG": f"+234 80{d(1)} {d(3)} {d(4)}",
        "TR": f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
        "MA": f"+212 6{d(2)}-{d(6)}",
        "RO": f"+40 7{d(2)} {d(3)} {d(3)}",
        "CO": f"+57 3{d(2)} {d(3)} {d(4)}",
        "CN": f"+86 13{d(1)} {d(4)} {d(4)}",
        "KZ": f"+7 70{d(1)} {d(3)} {d(4)}",
        "MD": f"+373 6{d(1)} {d(3)} {d(3)}",
        "PE": f"+51 9{d(2)} {d(3)} {d(3)}",
        "KR": f"+82 10-{d(4)}-{d(4)}",
        "KE": f"+254 7{d(2)} {d(3)} {d(3)}",
        "RW": f"+250 78{d(1)} {d(3)} {d(3)}",
        "IE": f"+353 8{d(1)} {d(3)} {d(4)}",
        "DE": f"+49 15{d(1)} {d(8)}",
        "FR": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
    }[country]


# -- people: one cast per message, so a name, its e-mail and its phone agree inside an event ----------


@dataclass
class Person:
    culture: str
    sex: str
    first: str
    last: str
    first_cyr: str
    last_cyr: str
    patronymic: str
    home: str
    origin: str
    dob: str
    email: str
    phone: str
    street: str
    city: str
    postal: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def native_full(self) -> str:
        if self.culture == "ua" and self.first_cyr:
            return f"{self.last_cyr} {self.first_cyr} {self.patronymic}"
        return self.full

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postal} {self.city}"


CAST: dict[str, Person] = {}


def make_person(f: Fake, home_hint: str | None = None, sex_hint: str | None = None) -> Person:
    roll = f.r.random()
    sex = sex_hint or f.pick(["F", "M"])
    first_cyr = last_cyr = patronymic = ""
    if roll < 0.3:
        culture, origin = "pl", "PL"
        first = f.pick(PL_F if sex == "F" else PL_M)
        last = f.pick(PL_LAST)[1 if sex == "F" else 0]
        home = "PL"
    elif roll < 0.6:
        culture, origin = "ua", "UA"
        first, first_cyr = f.pick(UA_F if sex == "F" else UA_M)
        last, last_cyr = f.pick(UA_LAST)
        patronymic = f.pick(UA_PATRONYMIC[sex])[1]
        home = f.pick(["UA", "UA", "PL", "PL", "ES"])
    elif roll < 0.8:
        culture, origin, home = "es", "ES", "ES"
        first = f.pick(ES_F if sex == "F" else ES_M)
        last = f"{f.pick(ES_LAST)} {f.pick(ES_LAST)}"
    else:
        culture = "xx"
        first, last, sex, origin = f.pick([o for o in OTHER if o[2] == sex])
        home = f.pick(["PL", "PL", "ES", "ES", "UA"])
    home = home_hint or home
    dob = f.date(1948, 2006)
    local = fold(first.split()[0]).lower().replace("'", "")
    surname = fold(last.split()[0]).lower().replace("'", "")
    user = f.pick(
        [
            f"{local}.{surname}",
            f"{local}{surname}",
            f"{local[0]}.{surname}",
            f"{local}_{surname}{dob[2:4]}",
            f"{surname}.{local}",
            f"{local}{f.r.randint(1, 999)}",
        ]
    )
    email = f"{user}@{f.pick(MAIL_DOMAINS.get(home if culture != 'xx' else 'XX', MAIL_DOMAINS['XX']))}"
    phone = phone_for(f, home if (origin in ("PL", "UA", "ES") or f.r.random() < 0.6) else origin)
    if home == "PL":
        street = f"ul. {f.pick(PL_STREETS)} {f.r.randint(1, 140)}" + f.pick(
            ["", f"/{f.r.randint(1, 90)}", f" m. {f.r.randint(1, 60)}"]
        )
        city, postal = f.pick(PL_CITIES), f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}"
    elif home == "UA":
        s_lat, s_cyr = f.pick(UA_STREETS)
        c_lat, c_cyr = f.pick(UA_CITIES)
        if f.r.random() < 0.5:
            street, city = f"вул. {s_cyr}, {f.r.randint(1, 120)}, кв. {f.r.randint(1, 200)}", c_cyr
        else:
            street, city = f"vul. {s_lat} {f.r.randint(1, 120)}, kv. {f.r.randint(1, 200)}", c_lat
        postal = f"{f.r.randint(1000, 99999):05d}"
    else:
        street = f"{f.pick(ES_STREETS)} {f.r.randint(1, 160)}, {f.r.randint(1, 9)}º {f.pick('ABCD')}"
        city, postal = f.pick(ES_CITIES), f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}"
    return Person(culture, sex, first, last, first_cyr, last_cyr, patronymic, home, origin, dob, email,
                  phone, street, city, postal)  # fmt: skip


ROLE_SEX = {"mother": "F", "father": "M"}


def who(f: Fake, role: str = "client") -> Person:
    if role not in CAST:
        CAST[role] = make_person(f, sex_hint=ROLE_SEX.get(role))
    return CAST[role]


def e164(p: Person) -> str:
    raw = p.phone
    number = "".join(c for c in raw if c.isdigit())
    if raw.startswith("+"):
        return "+" + number
    if raw.startswith("00"):
        return "+" + number[2:]
    if number.startswith("380"):
        return "+" + number
    if p.home == "UA":
        return "+38" + number
    return ("+48" if p.home == "PL" else "+34") + number


def name_any(f: Fake, role: str) -> str:
    p = who(f, role)
    if p.culture == "ua" and f.r.random() < 0.3:
        return f"{p.first_cyr} {p.last_cyr}"
    return p.full


def phone_any(f: Fake, role: str = "client") -> str:
    return who(f, role).phone


def iso_date(f: Fake, start=2024, end=2025) -> str:
    return f.date(start, end)


def iso_ts(f: Fake) -> str:
    return f.iso()


def money(f: Fake, lo=30, hi=1200) -> float:
    return f.money(lo, hi)


def order_no(f: Fake) -> str:
    return f"ZT/{f.r.randint(2023, 2025)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 9999):05d}"


def sha(f: Fake) -> str:
    return f.hexid(64)


def office(f: Fake, i: int):
    return f.pick(OFFICES)[i]


AGENT_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
AGENT_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
    " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
AGENT_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546B)"
    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
)
AGENT_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
    " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
)
AGENT_IPHONE_APP = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
    " AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
)


def staff_email(f: Fake, with_last: bool = True) -> str:
    staff = who(f, "staff")
    first, last = fold(staff.first.split()[0]).lower(), fold(staff.last.split()[0]).lower()
    return f"{first}.{last}@sworndocs.eu" if with_last else f"{first}@sworndocs.eu"


def ksef_number(f: Fake) -> str:
    day = f.r.randint(20240101, 20251231)
    return f"{nip(f).replace('-', '')}-{day}-{f.hexid(12).upper()}-{f.hexid(2).upper()}"


# -- free text ----------------------------------------------------------------------------------------


def instructions_text(f: Fake) -> str:
    p = who(f, "holder")
    return f.pick(
        [
            f"Proszę o zapisanie nazwiska {p.last.upper()} zgodnie z paszportem",
            f"Name must be spelled {p.full} exactly as in the passport",
            f"Transliteration of {p.full} as in the foreign passport, please",
            f"El nombre debe figurar como {p.full}",
            f"Прошу писати прізвище як {p.last.upper()} (як у закордонному паспорті)",
            f"Imię i nazwisko dziecka: {p.full}",
        ]
    )


def contact_message(f: Fake) -> str:
    ph = phone_any(f)
    return f.pick(
        [
            f"Dzień dobry, proszę o wycenę tłumaczenia aktu urodzenia. Mój numer: {ph}",
            f"Hello, I need an apostille on my diploma, please call me on {ph}",
            f"Buenos días, necesito la traducción jurada de un título. Tel. {ph}",
            f"Добрий день! Потрібен переклад паспорта, мій номер {ph}",
            f"Czy zdążycie do piątku? Proszę o telefon {ph}",
            f"Need a certified translation for the Ukrainian consulate, WhatsApp {ph}",
        ]
    )


def chat_text(f: Fake) -> str:
    p = who(f)
    return f.pick(
        [
            f"my email is {p.email}",
            f"please send the quote to {p.email}",
            f"можна на вайбер {p.phone}?",
            f"mi correo es {p.email}, gracias",
            f"proszę dzwonić {p.phone} po 16",
            f"call me {p.phone}",
        ]
    )


def staff_note(f: Fake) -> str:
    n = who(f, "collector")
    return f.pick(
        [
            f"Originals will be collected by {n.full}",
            f"Odbiór osobisty – upoważniona osoba: {n.full}",
            f"Client asked to add spouse {n.full} to the certificate translation",
            f"Recogerá los originales {n.full}",
            f"Оригінали забере {n.first_cyr or n.first} {n.last_cyr or n.last}",
        ]
    )


def ticket_description(f: Fake) -> str:
    e = who(f, "requester").email
    return f.pick(
        [
            f"Cannot log in, my account email is {e}",
            f"Faktura na adres {e} nie dotarła",
            f"Por favor envíen la factura a {e}",
            f"Прошу надіслати рахунок на {e}",
            f"Please change the delivery e-mail to {e}",
        ]
    )


def original_filename(f: Fake) -> str:
    p = who(f, "holder")
    first, last = fold(p.first).replace(" ", "_"), fold(p.last).replace(" ", "_")
    return f.pick(
        [
            f"Akt_urodzenia_{last}.pdf",
            f"paszport {p.first} {p.last}.jpg",
            f"{last.upper()}_{first.upper()}_diploma.pdf",
            f"DNI {p.first} {p.last}.pdf",
            f"Свідоцтво_{p.last_cyr or p.last}.pdf",
            f"scan_{last.lower()}_{first.lower()}.png",
        ]
    )


GREEN_COMMENTS = [
    "Szybko i profesjonalnie, polecam",
    "Fast and accurate, thank you!",
    "Todo perfecto, muy rápidos",
    "Все чудово, дякую",
    "Translation was fine but courier was late",
    "Tłumaczenie OK, kurier się spóźnił",
    "Precio algo alto pero buen servicio",
]

# -- contexts -----------------------------------------------------------------------------------------

WEB_PAGES = ["/pl/", "/pl/cennik", "/ua/", "/ua/tsiny", "/es/", "/es/traduccion-jurada", "/pl/zamowienie"]
WEB_PAGES += ["/es/pedido", "/ua/zamovlennia", "/en/apostille"]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.google.es/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?lang=uk", "?ref=olx"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Tłumacz przysięgły online | SwornDocs",
                        "Traducción jurada | SwornDocs",
                        "Присяжний переклад | SwornDocs",
                        "Apostille | SwornDocs",
                    ]
                )
            ),
            "url": G(lambda f: "https://sworndocs.eu" + f.pick(WEB_PAGES)),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    AGENT_WIN,
                    AGENT_IPHONE,
                    AGENT_ANDROID,
                    AGENT_MAC,
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "uk-UA", "es-ES", "ru-RU", "en-GB", "uk"])),
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/Kyiv", "Europe/Madrid", "Atlantic/Canary"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["tlumaczenia_przysiegle_pl", "pereklad_ua_search", "traduccion_jurada_es"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "olx", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "tłumacz przysięgły ukraiński",
                        "traductor jurado ucraniano",
                        "переклад документів польща",
                        "apostille spain",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["ad_v1", "ad_v2", "carousel"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "SwornDocs"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.1", "2.9.0"])),
            "build": G(lambda f: f.pick(["2800", "2811", "2903"])),
            "namespace": G(lambda f: "eu.sworndocs.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,3", "iPhone14,7", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.14"])),
        },
        "locale": G(lambda f: f.pick(["uk-PL", "pl-PL", "es-ES", "uk-UA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Play", "Orange PL", "Kyivstar", "Movistar", "Vodafone ES"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/Kyiv", "Europe/Madrid"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(lambda f: who(f).email, "email"), "userId": G(lambda f: "cus_" + f.hexid(14))},
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "SwornDocs Translator"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.3", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "423", "430"])),
            "namespace": G(lambda f: "eu.sworndocs.translator"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Redmi Note 12", "Pixel 7", "moto g54"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "panther", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "uk-UA", "es-ES"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Plus", "T-Mobile.pl", "lifecell", "Orange ES"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/Kyiv", "Europe/Madrid"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "cus_" + f.hexid(14))},
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "SwornDocs"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.0", "2.9.2"])),
            "build": G(lambda f: f.pick(["167", "171", "174"])),
            "namespace": G(lambda f: "eu.sworndocs.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3, 2.625])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["uk-UA", "pl-PL", "es-ES", "ru-UA"])),
        "timezone": G(lambda f: f.pick(["Europe/Kyiv", "Europe/Warsaw", "Europe/Madrid"])),
        "traits": {
            "email": Y(lambda f: who(f).email, "email"),
            "firstName": Y(lambda f: who(f).first, "name"),
        },
        "location": {
            "city": Y(lambda f: who(f).city, "city"),
            "country": G(lambda f: f.pick(["Poland", "Ukraine", "Spain"])),
            "latitude": Y(lambda f: round(f.r.uniform(36.5, 52.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-6.0, 36.0), 6), "geolocation"),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "SwornDocs Interpreters"),
            "version": G(lambda f: f.pick(["1.4.0", "1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["40", "42", "50"])),
            "namespace": G(lambda f: "eu.sworndocs.interpreters"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991B", "CPH2449"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["pl-PL", "uk-UA", "es-ES", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Warsaw", "Europe/Kyiv", "Europe/Madrid"])),
        "traits": {
            "email": Y(lambda f: who(f, "translator").email, "email"),
            "phone": Y(lambda f: who(f, "translator").phone, "phone"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.2", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.0"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("python", "php", "java", "ruby"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    if client in ("python", "php"):
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    AGENT_WIN,
                    AGENT_IPHONE_APP,
                    "okhttp/4.12.0",
                ]
            )
        )
        ctx["locale"] = G(lambda f: f.pick(["pl-PL", "uk-UA", "es-ES"]))
    if client == "python":
        ctx["traits"] = {"email": Y(lambda f: who(f).email, "email")}
    if client == "node":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: who(f).email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if client == "dotnet":
        ctx["timezone"] = G(
            lambda f: f.pick(["Central European Standard Time", "FLE Standard Time", "Romance Standard Time"])
        )
    return ctx


def context_for(client: str):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


# -- reusable fragments -------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(
            lambda f: f.pick(
                [
                    "sworn-birth-cert",
                    "sworn-marriage-cert",
                    "sworn-diploma",
                    "sworn-passport",
                    "apostille",
                    "notary-cert",
                    "express-24h",
                    "court-judgment",
                ]
            )
        ),
        "sku": G(
            lambda f: f.pick(
                ["TP-AKT-UR", "TP-AKT-SL", "TP-DYPL", "TP-PASZ", "APO-MSZ", "NOT-ES", "EXP-24", "TP-WYROK"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Tłumaczenie przysięgłe – akt urodzenia",
                    "Traducción jurada – título universitario",
                    "Присяжний переклад – паспорт",
                    "Apostille (MSZ)",
                    "Legalización notarial",
                    "Express 24h",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["sworn_translation", "apostille", "notarisation", "express"])),
        "variant": G(lambda f: f.pick(["uk-pl", "es-pl", "pl-es", "uk-es", "en-pl"])),
        "price": G(lambda f: f.money(40, 320)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "pages": G(lambda f: f.r.randint(1, 12)),
    }


def billing_details():
    return {
        "name": Y(lambda f: who(f).full, "name"),
        "email": Y(lambda f: who(f).email, "email"),
        "phone": Y(lambda f: who(f).phone, "phone"),
        "address": {
            "line1": Y(lambda f: who(f).street, "address|street"),
            "line2": Y(
                lambda f: f.pick(
                    [
                        f"m. {f.r.randint(1, 80)}",
                        f"{f.r.randint(1, 9)}º {f.pick('ABCD')}",
                        f"kv. {f.r.randint(1, 200)}",
                        f"Puerta {f.r.randint(1, 20)}",
                    ]
                ),
                "address|street",
            ),
            "city": Y(lambda f: who(f).city, "city"),
            "postal_code": Y(lambda f: who(f).postal, "zipcode"),
            "country": G(lambda f: who(f).home),
            "state": G(lambda f: f.pick(["", "Madrid", "mazowieckie", "Comunitat Valenciana"])),
        },
    }


# -- events: (kind, event or page/screen name, clients, body[, the client's home country]) ----------

EVENTS = [
    # ---- website: browsing, quotes, uploads ----
    (
        "page",
        "Pricing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/pl/cennik", "/es/precios", "/ua/tsiny"])),
            "url": G(lambda f: "https://sworndocs.eu" + f.pick(["/pl/cennik", "/es/precios", "/ua/tsiny"])),
            "title": G(lambda f: f.pick(["Cennik tłumaczeń przysięgłych", "Precios", "Ціни"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://sworndocs.eu/pl/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?lang=es"])),
            "name": G(lambda f: "Pricing"),
            "category": G(lambda f: "Marketing"),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "akt urodzenia",
                        "apostille",
                        "traducción jurada título",
                        "переклад диплома",
                        "wyrok rozwodowy",
                        "pet passport",
                    ]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **{k: v for k, v in product().items() if k != "quantity"},
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "url": G(
                lambda f: (
                    "https://sworndocs.eu/p/" + f.pick(["akt-urodzenia", "dyplom", "apostille", "paszport"])
                )
            ),
        },
    ),
    (
        "track",
        "Quote Requested",
        ["web"],
        {
            "quote_id": G(lambda f: "Q-" + f.digits(6)),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "source_language": G(lambda f: f.pick(LANGS)),
            "target_language": G(lambda f: f.pick(LANGS)),
            "page_count": G(lambda f: f.r.randint(1, 30)),
            "certified": G(lambda f: f.pick([True, False])),
            "apostille": G(lambda f: f.pick([True, False])),
            "urgency": G(lambda f: f.pick(["standard", "express", "same_day"])),
            "estimated_price": G(lambda f: f.money(60, 900)),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "delivery_method": G(
                lambda f: f.pick(["email_pdf", "courier", "inpost", "nova_poshta", "pickup"])
            ),
            "full_name": Y(lambda f: name_any(f, "client"), "name"),
            "email": Y(lambda f: who(f).email, "email"),
            "phone": Y(lambda f: who(f).phone, "phone"),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(80))
                ),
                "advertising id",
            ),
            "consent_marketing": G(lambda f: f.pick([True, False])),
            "consent_privacy": G(lambda f: True),
            "special_instructions": Y(instructions_text, "name", True),
        },
    ),
    (
        "track",
        "Document Uploaded",
        ["web"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "order_id": G(order_no),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "original_filename": Y(original_filename, "name", True),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/png", "image/heic"])),
            "file_size_bytes": G(lambda f: f.r.randint(80_000, 14_000_000)),
            "page_count": G(lambda f: f.r.randint(1, 30)),
            "sha256": G(sha),
            "scan_url": Y(
                lambda f: (
                    f"https://files.sworndocs.eu/scans/{f.uuid()}.pdf?X-Amz-Expires=900&X-Amz-Signature={f.hexid(64)}"
                ),
                "photo",
            ),
            "storage_key": G(
                lambda f: f"uploads/{f.r.randint(2024, 2025)}/{f.r.randint(1, 12):02d}/{f.uuid()}"
            ),
            "virus_scan": G(lambda f: f.pick(["clean", "pending"])),
            "is_legible": G(lambda f: f.pick([True, False])),
            "passport_scanned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Document Scanned",
        ["rn", "swift"],
        {
            "scan_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: (
                    f.pick(["IMG_", "PXL_2024", "Scan "]) + f.digits(4) + f.pick([".HEIC", ".jpg", ".pdf"])
                )
            ),
            "pages": G(lambda f: f.r.randint(1, 8)),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "mrz_detected": G(lambda f: f.pick([True, False])),
            "blur_score": G(lambda f: round(f.r.random(), 3)),
            "capture_source": G(lambda f: f.pick(["camera", "gallery", "files"])),
            "duration_ms": G(lambda f: f.r.randint(900, 40000)),
        },
    ),
    # ---- e-commerce spec ----
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        {
            "order_id": G(order_no),
            "revenue": G(lambda f: f.money(60, 1500)),
            "tax": G(lambda f: f.money(5, 300)),
            "shipping": G(lambda f: f.pick([0, 15.99, 19.0, 9.5])),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "coupon": G(lambda f: f.pick(["", "UKR10", "ESTUDIANTE", "WIOSNA24"])),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web", "rn"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "step_name": G(lambda f: f.pick(["documents", "delivery", "payment", "review"])),
            "shipping_method": G(
                lambda f: f.pick(["inpost", "dhl", "nova_poshta", "seur", "pickup", "email_pdf"])
            ),
            "payment_method": G(lambda f: f.pick(["blik", "p24", "card", "bizum", "liqpay", "apple_pay"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(order_no),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5)])),
            "payment_method_id": RED(
                lambda f: "pm_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24)),
                "token",
            ),
            "cardholder_name": Y(lambda f: fold(who(f).full).upper(), "name"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn", "php"],
        {
            "order_id": G(order_no),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(60, 1500)),
            "subtotal": G(lambda f: f.money(60, 1400)),
            "tax": G(lambda f: f.money(5, 300)),
            "discount": G(lambda f: f.pick([0, 10, 25.5])),
            "coupon": G(lambda f: f.pick(["", "UKR10", "ESTUDIANTE", "WIOSNA24"])),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "payment_method": G(lambda f: f.pick(["blik", "p24", "card", "bizum", "liqpay"])),
            "products": Many(product(), 3),
            "email": Y(lambda f: who(f).email, "email"),
            "invoice_requested": G(lambda f: f.pick([True, False])),
            "delivery": {
                "method": G(lambda f: f.pick(["inpost", "dhl", "nova_poshta", "seur", "correos"])),
                "pickup_point_id": G(
                    lambda f: f.pick(
                        [
                            "WAW" + f.digits(2) + "M",
                            "KRA" + f.digits(2) + "A",
                            "NP-" + f.digits(3),
                            "POZ" + f.digits(3) + "M",
                        ]
                    )
                ),
                "recipient_name": Y(lambda f: name_any(f, "recipient"), "name"),
                "recipient_phone": Y(lambda f: who(f, "recipient").phone, "phone"),
                "address_line1": Y(lambda f: who(f, "recipient").street, "address|street"),
                "city": Y(lambda f: who(f, "recipient").city, "city"),
                "postal_code": Y(lambda f: who(f, "recipient").postal, "zipcode"),
                "country": G(lambda f: who(f, "recipient").home),
            },
        },
    ),
    (
        "track",
        "Order Refunded",
        ["python", "php"],
        {
            "order_id": G(order_no),
            "total": G(lambda f: f.money(30, 800)),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "reason": G(
                lambda f: f.pick(
                    ["duplicate_order", "document_rejected", "deadline_missed", "customer_cancelled"]
                )
            ),
        },
    ),
    # ---- forms and neutral keys ----
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["contact_pl", "contact_es", "contact_ua"])),
            "full_name": Y(lambda f: name_any(f, "client"), "name"),
            "email": Y(lambda f: who(f).email, "email"),
            "topic": G(lambda f: f.pick(["quote", "apostille", "interpreting", "complaint"])),
            "preferred_contact": G(lambda f: f.pick(["phone", "email", "whatsapp", "viber"])),
            "message": Y(contact_message, "phone", True),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["quote_v2", "checkout", "signup"])),
            "field": G(lambda f: f.pick(["email", "e-mail", "correo"])),
            "value": Y(lambda f: who(f).email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Number Validated",
        ["web", "rn"],
        {
            "input": Y(lambda f: who(f).phone, "phone", True),
            "country_code": G(lambda f: who(f).home),
            "is_valid": G(lambda f: f.pick([True, True, False])),
            "number_type": G(lambda f: f.pick(["mobile", "fixed_line", "unknown"])),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "ile kosztuje apostille",
                        "tiempo de entrega",
                        "скільки коштує переклад",
                        "courier tracking",
                        "faktura vat",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "locale": G(lambda f: f.pick(["pl", "es", "uk"])),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(chat_text, "email|phone", True),
            "sender_type": G(lambda f: "visitor"),
            "channel": G(lambda f: f.pick(["widget", "whatsapp", "telegram"])),
        },
    ),
    (
        "track",
        "Recipient Selected",
        ["web", "rn"],
        {
            "recipient_id": G(lambda f: "rcp_" + f.hexid(10)),
            "label": Y(lambda f: name_any(f, "recipient"), "name", True),
            "is_default": G(lambda f: f.pick([True, False])),
            "delivery_country": G(lambda f: f.pick(["PL", "ES", "UA", "DE"])),
        },
    ),
    (
        "track",
        "Office Locator Used",
        ["web"],
        {
            "search_city": G(lambda f: f.pick(["Warszawa", "Madrid", "Lviv", "Kraków", "Alicante"])),
            "office_id": G(lambda f: f.r.randint(1, 8)),
            "office_name": G(lambda f: "SwornDocs " + office(f, 0)),
            "office_address": G(lambda f: office(f, 1)),
            "office_phone": G(lambda f: office(f, 2)),
            "office_email": G(lambda f: office(f, 3)),
            "distance_km": G(lambda f: f.money(0, 40)),
        },
    ),
    # ---- accounts ----
    (
        "track",
        "Signed Up",
        ["web", "swift", "rn"],
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "diia"])),
            "email": Y(lambda f: who(f).email, "email"),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "account_type": G(lambda f: f.pick(["individual", "business"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "rn", "kotlin"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "apple"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
            "login_count": G(lambda f: f.r.randint(1, 400)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "login_token": RED(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(43)),
                "token",
            ),
            "link_age_sec": G(lambda f: f.r.randint(5, 900)),
            "same_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Verified",
        ["swift", "rn", "kotlin"],
        {
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "viber", "whatsapp"])),
            "phone_country": G(lambda f: f.pick(["PL", "UA", "ES"])),
        },
    ),
    (
        "screen",
        "Order Details",
        ["swift", "rn", "kotlin"],
        {
            "order_id": G(order_no),
            "status": G(lambda f: f.pick(["awaiting_scan", "in_translation", "ready", "shipped"])),
            "from_push": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_id": G(lambda f: f.uuid()),
            "title": G(
                lambda f: f.pick(
                    ["Twoje tłumaczenie jest gotowe", "Tu traducción está lista", "Ваш переклад готовий"]
                )
            ),
            "action": G(lambda f: f.pick(["open", "dismiss", "download"])),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["rn"],
        {
            "endpoint": G(lambda f: f.pick(["/v2/orders", "/v2/uploads", "/v2/quotes"])),
            "http_status": G(lambda f: f.pick([401, 500, 502, 504])),
            "error_code": G(lambda f: f.pick(["E_TIMEOUT", "E_AUTH", "E_SERVER"])),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Translation Shared",
        ["web", "swift"],
        {
            "order_id": G(order_no),
            "share_with": Y(lambda f: who(f, "recipient").email, "email", True),
            "channel": G(lambda f: f.pick(["email", "link"])),
            "expires_in_days": G(lambda f: f.pick([3, 7, 30])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift"],
        {
            "referral_id": G(lambda f: "ref_" + f.hexid(8)),
            "invitee": Y(lambda f: who(f, "recipient").phone, "phone", True),
            "sent_via": G(lambda f: f.pick(["sms", "whatsapp", "viber"])),
            "reward_pln": G(lambda f: f.pick([20, 30, 50])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ["web"],
        {
            "suggestion": Y(lambda f: who(f).address, "address", True),
            "place_id": G(
                lambda f: (
                    "ChIJ" + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(23))
                )
            ),
            "session_token": G(lambda f: f.uuid()),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # ---- document-specific orders ----
    (
        "track",
        "Apostille Added",
        ["web", "node"],
        {
            "order_id": G(order_no),
            "document_type": G(lambda f: f.pick(DOC_TYPES)),
            "issuing_country": G(lambda f: f.pick(["PL", "UA", "ES"])),
            "destination_country": G(lambda f: f.pick(["ES", "PL", "DE", "IT", "US"])),
            "legalisation_type": G(lambda f: f.pick(["apostille", "consular"])),
            "authority": G(
                lambda f: f.pick(
                    ["MSZ", "Ministerio de Justicia", "Міністерство юстиції України", "Colegio Notarial"]
                )
            ),
            "apostille_fee": G(lambda f: f.pick([60, 100, 150, 290])),
            "originals_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notarisation Requested",
        ["node"],
        {
            "order_id": G(order_no),
            "notary_office": G(
                lambda f: f.pick(
                    [
                        "Notaría de Velázquez 57",
                        "Kancelaria Notarialna Anna Zięba",
                        "Приватний нотаріус Київського МНО",
                    ]
                )
            ),
            "notary_city": G(lambda f: f.pick(["Madrid", "Warszawa", "Kyiv", "Valencia"])),
            "appointment_at": G(iso_ts),
            "client_full_name": Y(lambda f: name_any(f, "client"), "name"),
            "id_document_number": RED(
                lambda f: f.pick([pl_id_card(f), dni_or_nie(f), passport_no(f, "UA")]), "national id|passport"
            ),
            "witnesses": Many(
                {
                    "name": Y(lambda f: make_person(f).full, "name"),
                    "relationship": G(lambda f: f.pick(["friend", "colleague", "neighbour"])),
                },
                2,
            ),
            "fee": G(lambda f: f.money(30, 250)),
        },
    ),
    (
        "track",
        "Birth Certificate Translation Ordered",
        ["python", "php"],
        {
            "order_id": G(order_no),
            "child_full_name": Y(lambda f: who(f, "child").full, "name"),
            "child_date_of_birth": Y(lambda f: f.date(2008, 2024), "birthdate"),
            "place_of_birth": Y(
                lambda f: f.pick([*PL_CITIES[:6], "Київ", "Kharkiv", "Mariupol", "Madrid", "Sevilla"]), "city"
            ),
            "birth_certificate_number": Y(
                lambda f: f.pick(
                    [
                        f"{f.digits(6)}-00/AU/{f.r.randint(2008, 2024)}/{f.digits(6)}",
                        f"I-{f.pick(['КИ', 'ХА', 'ОД', 'ЛВ'])} № {f.digits(6)}",
                        f"Tomo {f.r.randint(10, 400)} Folio {f.r.randint(1, 300)}",
                    ]
                ),
                "certificate",
            ),
            "mother_full_name": Y(lambda f: name_any(f, "mother"), "name"),
            "mother_maiden_name": Y(lambda f: make_person(f, sex_hint="F").last, "name"),
            "father_full_name": Y(lambda f: name_any(f, "father"), "name"),
            "registry_office": G(
                lambda f: f.pick(
                    [
                        "USC Warszawa",
                        "Registro Civil de Madrid",
                        "Шевченківський ВДРАЦС м. Києва",
                        "USC Kraków",
                    ]
                )
            ),
            "issue_date": G(lambda f: iso_date(f, 2015, 2024)),
            "purpose": G(
                lambda f: f.pick(
                    ["residence_permit", "school_enrolment", "pesel_assignment", "empadronamiento"]
                )
            ),
            "target_language": G(lambda f: f.pick(LANGS)),
        },
    ),
    (
        "track",
        "Marriage Certificate Translation Ordered",
        ["ruby"],
        {
            "order_ref": G(order_no),
            "spouse_1": {
                "first_name": Y(lambda f: who(f, "spouse1").first, "name"),
                "last_name": Y(lambda f: who(f, "spouse1").last, "name"),
                "birth_surname": Y(lambda f: make_person(f, sex_hint=who(f, "spouse1").sex).last, "name"),
                "date_of_birth": Y(lambda f: who(f, "spouse1").dob, "birthdate"),
            },
            "spouse_2": {
                "first_name": Y(lambda f: who(f, "spouse2").first, "name"),
                "last_name": Y(lambda f: who(f, "spouse2").last, "name"),
                "birth_surname": Y(lambda f: make_person(f, sex_hint=who(f, "spouse2").sex).last, "name"),
                "date_of_birth": Y(lambda f: who(f, "spouse2").dob, "birthdate"),
            },
            "marriage_date": G(lambda f: iso_date(f, 1990, 2024)),
            "marriage_certificate_number": Y(
                lambda f: f.pick(
                    [
                        f"{f.digits(6)}-00/AM/{f.r.randint(2000, 2024)}/{f.digits(6)}",
                        f"I-{f.pick(['БК', 'ЛВ', 'ОД'])} № {f.digits(6)}",
                    ]
                ),
                "certificate",
            ),
            "registry_office": G(
                lambda f: f.pick(
                    [
                        "USC Warszawa",
                        "Registro Civil de Madrid",
                        "Шевченківський ВДРАЦС м. Києва",
                        "USC Kraków",
                    ]
                )
            ),
            "marital_status": G(lambda f: f.pick(["married", "divorced", "widowed"])),
            "pages": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Diploma Translation Ordered",
        ["php", "python"],
        {
            "order_id": G(order_no),
            "graduate_name": Y(lambda f: name_any(f, "client"), "name"),
            "university": G(
                lambda f: f.pick(
                    [
                        "Uniwersytet Warszawski",
                        "Universidad Complutense de Madrid",
                        "КНУ імені Тараса Шевченка",
                        "Lviv Polytechnic",
                        "Universitat de València",
                    ]
                )
            ),
            "degree": G(lambda f: f.pick(["magister", "licenciatura", "bachelor", "спеціаліст", "máster"])),
            "graduation_year": G(lambda f: f.r.randint(1985, 2024)),
            "diploma_number": Y(
                lambda f: f.pick(
                    [
                        f"DYP/{f.r.randint(2000, 2024)}/{f.digits(5)}",
                        f"{f.pick(['КВ', 'ХА', 'ЛВ'])} {f.digits(8)}",
                        f"{f.r.randint(2000, 2024)}/{f.digits(6)}",
                    ]
                ),
                "certificate",
            ),
            "transcript_included": G(lambda f: f.pick([True, False])),
            "purpose": G(
                lambda f: f.pick(["homologación", "nostryfikacja", "employment", "master_admission"])
            ),
        },
    ),
    (
        "track",
        "Passport Translation Ordered",
        ["swift", "kotlin", "rn"],
        {
            "order_id": G(order_no),
            "passport_number": RED(
                lambda f: passport_no(f, f.pick(["UA", "UA", "PL", "ES", "XX"])), "passport"
            ),
            "passport_issuing_country": G(lambda f: f.pick(["UKR", "POL", "ESP", "GEO", "BLR"])),
            "passport_expiry": G(lambda f: iso_date(f, 2025, 2034)),
            "holder_surname": Y(lambda f: fold(who(f, "holder").last).upper(), "name"),
            "holder_given_names": Y(lambda f: fold(who(f, "holder").first).upper(), "name"),
            "holder_sex": Y(lambda f: who(f, "holder").sex, "sex|gender"),
            "holder_nationality": Y(
                lambda f: f.pick(["UKR", "GEO", "BLR", "IND", "COL", "POL"]), "citizenship"
            ),
            "holder_birth_date": Y(lambda f: who(f, "holder").dob, "birthdate"),
            "transliteration_standard": G(lambda f: f.pick(["ICAO 9303", "KMU 55/2010", "ISO 9"])),
            "pages_to_translate": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Court Documents Uploaded",
        ["web"],
        {
            "case_signature": G(
                lambda f: f.pick(
                    [
                        f"I C {f.r.randint(1, 2999)}/{f.r.randint(20, 25)}",
                        f"XXV C {f.r.randint(1, 999)}/{f.r.randint(20, 25)}",
                        f"Procedimiento {f.r.randint(1, 999)}/{f.r.randint(2020, 2025)}",
                        f"№ {f.r.randint(100, 999)}/{f.r.randint(1000, 9999)}/24",
                    ]
                )
            ),
            "court_name": G(lambda f: f.pick(COURTS)),
            "document_kinds": Many(
                G(
                    lambda f: f.pick(
                        ["judgment", "summons", "power_of_attorney", "divorce_decree", "custody_order"]
                    )
                ),
                3,
            ),
            "parties": Many(Y(lambda f: make_person(f).full, "name"), 3),
            "pages": G(lambda f: f.r.randint(2, 80)),
            "deadline": G(lambda f: iso_date(f)),
            "confidential": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medical Records Translation Requested",
        ["web", "python"],
        {
            "order_id": G(order_no),
            "patient_name": Y(lambda f: name_any(f, "patient"), "name"),
            "patient_dob": Y(lambda f: who(f, "patient").dob, "birthdate"),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "diagnosis": Y(
                lambda f: f.pick(
                    [
                        "C50.9 Breast cancer",
                        "I21.0 Acute myocardial infarction",
                        "E11.9 Type 2 diabetes",
                        "F32.1 Depressive episode",
                        "S72.0 Fracture of femoral neck",
                        "G40.9 Epilepsy",
                    ]
                ),
                "diagnosis|condition",
            ),
            "procedures": Many(
                Y(
                    lambda f: f.pick(
                        ["mastectomy", "coronary angioplasty", "hip replacement", "chemotherapy", "MRI"]
                    ),
                    "procedure",
                ),
                2,
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(
                        ["tamoxifen", "metformin", "sertraline", "levetiracetam", "clopidogrel"]
                    ),
                    "medication",
                ),
                3,
            ),
            "tarjeta_sanitaria": RED(
                lambda f: f.pick(["BBBB", "MRGA", "ANDA", "CLMN"]) + f.digits(12), "health id"
            ),
            "insurer": G(lambda f: f.pick(["Sanitas", "Adeslas", "NFZ", "PZU Zdrowie", "DKV"])),
            "insurance_policy_number": Y(
                lambda f: f.pick(["POL-", "SAN", "ADS"]) + f.digits(9), "identification"
            ),
            "purpose": G(
                lambda f: f.pick(
                    ["treatment_abroad", "insurance_claim", "court_proceedings", "second_opinion"]
                )
            ),
            "pages": G(lambda f: f.r.randint(2, 60)),
        },
    ),
    (
        "track",
        "Vehicle Documents Translation Ordered",
        ["php"],
        {
            "order_id": G(order_no),
            "vin": Y(
                lambda f: (
                    f.pick(["WVW", "WBA", "VF1", "ZFA", "WDD", "TMB"])
                    + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
                ),
                "serial",
            ),
            "registration_number": Y(
                lambda f: f.pick(
                    [
                        f"WX {f.digits(4)}{f.pick('ABCDE')}",
                        f"{f.digits(4)} {''.join(f.pick('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
                        f"B-{f.pick(['AB', 'KL', 'XY'])} {f.r.randint(10, 9999)}",
                        f"АА{f.digits(4)}ВК",
                    ]
                ),
                "license",
            ),
            "make": G(lambda f: f.pick(["Volkswagen", "BMW", "Renault", "Fiat", "Mercedes-Benz", "Škoda"])),
            "model": G(lambda f: f.pick(["Golf", "320d", "Clio", "Tipo", "C 220", "Octavia"])),
            "first_registration_year": G(lambda f: f.r.randint(2005, 2023)),
            "document_kind": G(
                lambda f: f.pick(
                    [
                        "Zulassungsbescheinigung Teil II",
                        "Fahrzeugbrief",
                        "Permiso de circulación",
                        "Свідоцтво про реєстрацію ТЗ",
                    ]
                )
            ),
            "owner_name": Y(lambda f: name_any(f, "client"), "name"),
            "country_of_origin": G(lambda f: f.pick(["DE", "NL", "BE", "FR", "UA"])),
        },
    ),
    (
        "track",
        "Pet Passport Translation Ordered",
        ["web"],
        {
            "order_id": G(order_no),
            "pet_name": G(
                lambda f: f.pick(["Burek", "Luna", "Kuba", "Rocky", "Мурчик", "Coco", "Max", "Nala"])
            ),
            "species": G(lambda f: f.pick(["dog", "cat", "ferret"])),
            "breed": G(lambda f: f.pick(["mixed", "Labrador", "Maine Coon", "Jack Russell Terrier"])),
            "microchip_number": G(lambda f: f.pick(["616", "804", "724", "941"]) + f.digits(12)),
            "rabies_vaccination_date": G(lambda f: iso_date(f, 2023, 2025)),
            "owner_full_name": Y(lambda f: name_any(f, "client"), "name"),
            "destination_country": G(lambda f: f.pick(["ES", "PL", "UK", "DE"])),
        },
    ),
    (
        "track",
        "Baptism Certificate Translation Ordered",
        ["python"],
        {
            "order_id": G(order_no),
            "parish": G(
                lambda f: f.pick(
                    [
                        "Parafia św. Anny w Warszawie",
                        "Parroquia de San Ginés",
                        "Собор Святого Юра",
                        "Parafia Mariacka",
                    ]
                )
            ),
            "denomination": Y(
                lambda f: f.pick(
                    ["Roman Catholic", "Greek Catholic", "Orthodox (OCU)", "Evangelical Lutheran"]
                ),
                "religion",
            ),
            "baptised_name": Y(lambda f: who(f, "child").full, "name"),
            "baptism_date": G(lambda f: iso_date(f, 1960, 2024)),
            "godparents": Many(Y(lambda f: make_person(f).full, "name"), 2),
            "purpose": G(lambda f: f.pick(["church_wedding", "genealogy", "confirmation"])),
        },
    ),
    (
        "track",
        "Residence Permit Package Ordered",
        ["python"],
        {
            "order_id": G(order_no),
            "applicant": {
                "full_name": Y(lambda f: name_any(f, "client"), "name"),
                "pesel": RED(lambda f: pesel(f, who(f).dob, who(f).sex), "national id"),
                "passport_number": RED(lambda f: passport_no(f, f.pick(["UA", "XX"])), "passport"),
                "nationality": Y(
                    lambda f: f.pick(
                        ["Ukrainian", "Georgian", "Belarusian", "Indian", "Colombian", "Vietnamese"]
                    ),
                    "citizenship",
                ),
            },
            "permit_type": RED(
                lambda f: f.pick(
                    [
                        "pobyt czasowy – praca",
                        "pobyt stały",
                        "CUKR (ochrona czasowa)",
                        "Blue Card EU",
                        "pobyt rezydenta długoterminowego UE",
                    ]
                ),
                "visa",
            ),
            "voivodeship_office": G(
                lambda f: f.pick(
                    [
                        "Mazowiecki Urząd Wojewódzki",
                        "Małopolski Urząd Wojewódzki",
                        "Dolnośląski Urząd Wojewódzki",
                    ]
                )
            ),
            "appointment_at": G(iso_ts),
            "documents_count": G(lambda f: f.r.randint(3, 15)),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "job_title": G(
                lambda f: f.pick(["magazynier", "software engineer", "kierowca C+E", "nurse", "cook"])
            ),
            "monthly_salary": Y(lambda f: f.r.randint(4300, 25000), "salary"),
        },
        "PL",
    ),
    # ---- interpreters and translators ----
    (
        "track",
        "InterpreterBooked",
        ["dotnet"],
        {
            "BookingId": G(lambda f: f.r.randint(100000, 999999)),
            "InterpreterId": G(lambda f: f.uuid()),
            "InterpreterFullName": Y(lambda f: name_any(f, "translator"), "name"),
            "InterpreterMobile": Y(lambda f: who(f, "translator").phone, "phone"),
            "LanguagePair": G(lambda f: f.pick([*PAIRS, "PJM-pl", "LSE-es"])),
            "VenueName": G(lambda f: f.pick(COURTS + HOSPITALS)),
            "VenueAddress": G(
                lambda f: f.pick(
                    [
                        "ul. Solidarności 127, 00-898 Warszawa",
                        "Calle del Poeta Joan Maragall 66, 28020 Madrid",
                        "ul. Przy Rondzie 7, 31-547 Kraków",
                        "Avenida del Saler 14, 46013 Valencia",
                    ]
                )
            ),
            "CourtCaseNumber": G(
                lambda f: (
                    f"{f.pick(['II K', 'III C', 'DP', 'JR'])} {f.r.randint(1, 999)}/{f.r.randint(20, 25)}"
                )
            ),
            "DefendantName": Y(lambda f: name_any(f, "defendant"), "name"),
            "HearingStartUtc": G(iso_ts),
            "DurationMinutes": G(lambda f: f.pick([60, 90, 120, 240])),
            "HourlyRate": Y(lambda f: f.pick([120, 150, 180, 45, 60]), "salary"),
            "ClientIsDeaf": RED(lambda f: f.pick([True, False]), "disability"),
            "WheelchairAccessNeeded": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Interpreter Checked In",
        ["kotlin", "flutter"],
        {
            "assignment_id": G(lambda f: "asg_" + f.hexid(10)),
            "venue_name": G(lambda f: f.pick(COURTS + HOSPITALS)),
            "checkin_latitude": Y(lambda f: round(f.r.uniform(36.5, 54.5), 6), "geolocation"),
            "checkin_longitude": Y(lambda f: round(f.r.uniform(-6.0, 30.5), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "minutes_early": G(lambda f: f.r.randint(-10, 30)),
        },
    ),
    (
        "track",
        "Assignment Offered",
        ["flutter", "kotlin"],
        {
            "assignment_id": G(lambda f: "asg_" + f.hexid(10)),
            "language_pair": G(lambda f: f.pick(PAIRS)),
            "pages": G(lambda f: f.r.randint(1, 40)),
            "deadline_at": G(iso_ts),
            "rate_per_page": Y(lambda f: f.pick([45.0, 52.5, 60.0, 18.0, 25.0, 700.0]), "salary"),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "offered_to_count": G(lambda f: f.r.randint(1, 12)),
            "client_type": G(lambda f: f.pick(["individual", "law_firm", "court", "corporate"])),
        },
    ),
    (
        "track",
        "Assignment Accepted",
        ["flutter", "kotlin"],
        {
            "assignment_id": G(lambda f: "asg_" + f.hexid(10)),
            "response_time_sec": G(lambda f: f.r.randint(10, 7200)),
            "translator_id": G(lambda f: "tr_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Translation Delivered",
        ["python", "go"],
        {
            "order_id": G(order_no),
            "translator_id": G(lambda f: "tr_" + f.digits(5)),
            "pages_delivered": G(lambda f: f.r.randint(1, 40)),
            "qa_score": G(lambda f: f.r.randint(70, 100)),
            "on_time": G(lambda f: f.pick([True, False])),
            "delivery_channel": G(lambda f: f.pick(["email_pdf", "courier", "pickup", "epuap"])),
            "sworn_register_number": Y(
                lambda f: f.pick(
                    [
                        f"TP/{f.r.randint(1, 9999)}/{f.r.randint(1, 24):02d}",
                        f"TJ nº {f.r.randint(1000, 12000)}",
                    ]
                ),
                "license",
            ),
            "signature_type": G(lambda f: f.pick(["qualified_esignature", "wet_ink", "stamp"])),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["java"],
        {
            "payout_id": G(lambda f: "po_" + f.hexid(12)),
            "translator_id": G(lambda f: "tr_" + f.digits(5)),
            "amount": G(lambda f: f.money(200, 12000)),
            "currency": G(lambda f: f.pick(["PLN", "EUR", "UAH"])),
            "iban": RED(lambda f: iban(f, f.pick(["PL", "UA", "ES"])), "bank account"),
            "account_holder": Y(lambda f: who(f, "translator").full, "name"),
            "bic": G(lambda f: f.pick(["BPKOPLPW", "INGBPLPW", "PBANUA2X", "CAIXESBBXXX", "BSCHESMM"])),
            "bank_name": G(
                lambda f: f.pick(["PKO BP", "ING Bank Śląski", "ПриватБанк", "CaixaBank", "Banco Santander"])
            ),
            "period": G(lambda f: f"{f.r.randint(2024, 2025)}-{f.r.randint(1, 12):02d}"),
            "invoice_number": G(
                lambda f: f"FV/{f.r.randint(1, 99)}/{f.r.randint(1, 12):02d}/{f.r.randint(2024, 2025)}"
            ),
            "tax_id": RED(
                lambda f: f.pick([nip(f), rnokpp(f, who(f, "translator").dob), dni(f)]), "national id"
            ),
            "settlement_type": G(lambda f: f.pick(["B2B", "umowa_o_dzielo", "FOP", "autónomo"])),
            "tax_withheld": G(lambda f: f.money(0, 900)),
        },
    ),
    (
        "track",
        "Translator Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: name_any(f, "client"), "name"),
            "email": Y(lambda f: who(f).email, "email"),
            "phone": Y(lambda f: who(f).phone, "phone"),
            "languages": Many(G(lambda f: f.pick(LANGS)), 4),
            "is_sworn": G(lambda f: f.pick([True, False])),
            "years_experience": G(lambda f: f.r.randint(0, 35)),
            "date_of_birth": Y(lambda f: who(f).dob, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Ukrainian", "Polish", "Spanish", "Belarusian", "Georgian"]), "citizenship"
            ),
            "right_to_work_in_eu": RED(lambda f: f.pick(["yes", "no", "temporary_protection"]), "visa"),
            "needs_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected_rate_per_page": Y(lambda f: f.pick([40, 50, 65, 20, 30]), "salary"),
            "how_heard": G(lambda f: f.pick(["linkedin", "friend", "proz.com", "google"])),
        },
    ),
    # ---- notes, tickets, e-mail, SMS, calls ----
    (
        "track",
        "Order Note Added",
        ["node", "python"],
        {
            "order_id": G(order_no),
            "note": Y(staff_note, "name", True),
            "author_id": G(lambda f: "stf_" + f.digits(3)),
            "visibility": G(lambda f: f.pick(["internal", "client"])),
        },
    ),
    (
        "track",
        "Ticket Created",
        ["node"],
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "subject": G(
                lambda f: f.pick(["Faktura", "Invoice missing", "Factura", "Рахунок", "Login problem"])
            ),
            "description": Y(ticket_description, "email", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["billing", "login", "pl", "es", "ua"])), 3),
            "requester": {
                "name": Y(lambda f: who(f, "requester").full, "name"),
                "email": Y(lambda f: who(f, "requester").email, "email"),
            },
            "assignee": {
                "name": Y(lambda f: who(f, "staff").full, "name"),
                "email": Y(
                    lambda f: staff_email(f),
                    "email",
                ),
            },
            "via": {"channel": G(lambda f: f.pick(["email", "web", "chat"]))},
        },
    ),
    (
        "track",
        "Email Sent",
        ["go", "node"],
        {
            "to": Y(lambda f: who(f).email, "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@sworndocs.eu", "zamowienia@sworndocs.eu", "pedidos@sworndocs.eu"])
            ),
            "reply_to": G(
                lambda f: f.pick(["biuro@sworndocs.eu", "soporte@sworndocs.eu", "support@sworndocs.eu"])
            ),
            "subject": G(
                lambda f: f.pick(
                    [
                        f"Twoja wycena Q-{f.digits(6)}",
                        f"Tu presupuesto Q-{f.digits(6)}",
                        "Ваш переклад готовий",
                        "Invoice available",
                    ]
                )
            ),
            "template": G(lambda f: f.pick(["quote_ready", "translation_ready", "invoice", "shipment"])),
            "message_id": G(lambda f: f"<{f.hexid(24)}@sworndocs.eu>"),
        },
    ),
    (
        "track",
        "Email Event Received",
        ["go"],
        {
            "email": Y(lambda f: who(f).email, "email"),
            "timestamp": G(lambda f: f.r.randint(1_710_000_000, 1_740_000_000)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@ismtpd0012p1mdw1.sendgrid.net>"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "category": Many(G(lambda f: f.pick(["transactional", "quote", "invoice"])), 2),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.digits(3)}"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0"
                        " (via ggpht.com GoogleImageProxy)",
                        AGENT_IPHONE_APP,
                    ]
                )
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                lambda f: f.pick(["", "https://sworndocs.eu/pl/zamowienie", "https://sworndocs.eu/es/pedido"])
            ),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["ruby"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+48732123456", "+34960123456", "SwornDocs"])),
            "To": Y(lambda f: e164(who(f)), "phone", True),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Twoje tłumaczenie ZT jest gotowe do odbioru.",
                        "Tu traducción está lista.",
                        "Ваш переклад готовий до отримання.",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Call Ended",
        ["go"],
        {
            "call": {
                "id": G(lambda f: f.r.randint(10**8, 10**9)),
                "direction": G(lambda f: "inbound"),
                "raw_digits": Y(lambda f: who(f).phone, "phone", True),
                "number": {"digits": G(lambda f: office(f, 2)), "name": G(lambda f: "Biuro " + office(f, 0))},
                "user": {
                    "name": Y(lambda f: who(f, "staff").full, "name"),
                    "email": Y(lambda f: staff_email(f, with_last=False), "email"),
                },
                "duration": G(lambda f: f.r.randint(5, 1800)),
                "status": G(lambda f: f.pick(["done", "missed"])),
                "missed_call_reason": G(
                    lambda f: f.pick(["", "out_of_opening_hours", "agents_did_not_answer"])
                ),
            },
        },
    ),
    (
        "track",
        "Admin Customer Search",
        ["web"],
        {
            "search_term": Y(lambda f: who(f).email, "email", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "staff_user_id": G(lambda f: "stf_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift"],
        {
            "order_id": G(order_no),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(lambda f: f.pick(GREEN_COMMENTS)),
            "translator_rating": G(lambda f: f.r.randint(1, 5)),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Discount Eligibility Checked",
        ["python"],
        {
            "is_student": G(lambda f: f.pick([True, False])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "age": G(lambda f: f.r.randint(18, 80)),
            "combat_veteran_ubd": RED(lambda f: f.pick([True, False]), "veteran"),
            "discount_percent": G(lambda f: f.pick([0, 10, 15, 20])),
        },
    ),
    # ---- payment providers ----
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "payment_intent": {
                "id": G(
                    lambda f: "pi_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))
                ),
                "amount": G(lambda f: f.r.randint(3000, 150000)),
                "currency": G(lambda f: f.pick(["eur", "pln"])),
                "status": G(lambda f: "succeeded"),
                "customer": G(
                    lambda f: (
                        "cus_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(14))
                    )
                ),
                "payment_method": RED(
                    lambda f: (
                        "pm_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))
                    ),
                    "token",
                ),
                "receipt_email": Y(lambda f: who(f).email, "email"),
                "latest_charge": {
                    "id": G(
                        lambda f: (
                            "ch_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))
                        )
                    ),
                    "billing_details": billing_details(),
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["PL", "ES", "UA", "DE"])),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                            "fingerprint": G(
                                lambda f: "".join(
                                    f.pick(string.ascii_letters + string.digits) for _ in range(16)
                                )
                            ),
                        },
                    },
                },
            },
        },
    ),
    (
        "track",
        "PayU Notification Received",
        ["php"],
        {
            "order": {
                "orderId": G(
                    lambda f: "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(20))
                ),
                "extOrderId": G(order_no),
                "orderCreateDate": G(iso_ts),
                "customerIp": Y(lambda f: f.ipv4(), "ip"),
                "merchantPosId": G(lambda f: f.pick(["145227", "300746", "412233"])),
                "description": G(
                    lambda f: f.pick(["Zamówienie tłumaczenia", "Tłumaczenie przysięgłe", "Apostille"])
                ),
                "currencyCode": G(lambda f: "PLN"),
                "totalAmount": G(lambda f: str(f.r.randint(4000, 150000))),
                "buyer": {
                    "email": Y(lambda f: who(f).email, "email"),
                    "phone": Y(lambda f: who(f).phone, "phone"),
                    "firstName": Y(lambda f: who(f).first, "name"),
                    "lastName": Y(lambda f: who(f).last, "name"),
                    "language": G(lambda f: f.pick(["pl", "uk", "en"])),
                },
                "payMethod": {"type": G(lambda f: f.pick(["PBL", "BLIK", "CARD_TOKEN"]))},
                "status": G(lambda f: f.pick(["COMPLETED", "PENDING", "CANCELED"])),
            },
        },
        "PL",
    ),
    (
        "track",
        "LiqPay Callback",
        ["python"],
        {
            "liqpay_order_id": G(
                lambda f: (
                    "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8)) + f.digits(13)
                )
            ),
            "order_id": G(order_no),
            "amount": G(lambda f: f.money(300, 9000)),
            "currency": G(lambda f: "UAH"),
            "status": G(lambda f: f.pick(["success", "failure", "reversed"])),
            "sender_first_name": Y(lambda f: who(f).first, "name"),
            "sender_last_name": Y(lambda f: who(f).last, "name"),
            "sender_phone": Y(
                lambda f: "380" + "".join(c for c in who(f).phone if c.isdigit())[-9:], "phone"
            ),
            "sender_card_mask2": G(
                lambda f: f.pick(["4149", "5375", "5168", "4731"]) + f.digits(2) + "*" * 6 + f.digits(4)
            ),
            "sender_card_bank": G(lambda f: f.pick(["pb", "mono", "oschadbank"])),
            "sender_card_country": G(lambda f: 804),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
        "UA",
    ),
    (
        "track",
        "Redsys Notification",
        ["php"],
        {
            "Ds_Amount": G(lambda f: str(f.r.randint(3000, 90000))),
            "Ds_Currency": G(lambda f: "978"),
            "Ds_Order": G(lambda f: f.digits(4) + "".join(f.pick(string.ascii_uppercase) for _ in range(4))),
            "Ds_MerchantCode": G(lambda f: "999008881"),
            "Ds_AuthorisationCode": G(lambda f: f.digits(6)),
            "Ds_Card_Country": G(lambda f: f.pick(["724", "616", "804"])),
            "Ds_Merchant_Identifier": RED(lambda f: f.hexid(40), "token"),
        },
    ),
    (
        "track",
        "Conversion Sent To Meta",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "InitiateCheckout"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha(f), "email"),
                "ph": Y(lambda f: sha(f), "phone"),
                "external_id": G(lambda f: sha(f)),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: AGENT_ANDROID),
                "fbc": Y(
                    lambda f: (
                        f"fb.1.{f.epoch_ms()}.IwAR"
                        + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(40))
                    ),
                    "advertising id",
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(50, 900)),
                "currency": G(lambda f: f.pick(["PLN", "EUR"])),
            },
        },
    ),
    (
        "track",
        "Courier Shipment Created",
        ["java"],
        {
            "shipment_id": G(lambda f: f.uuid()),
            "tracking_number": G(
                lambda f: f.pick([f.digits(24), "JJD" + f.digits(18), "204" + f.digits(11)])
            ),
            "carrier": G(
                lambda f: f.pick(["InPost", "DHL Parcel", "Nova Poshta", "SEUR", "Correos Express"])
            ),
            "receiver": {
                "name": Y(lambda f: name_any(f, "recipient"), "name"),
                "phone": Y(lambda f: who(f, "recipient").phone, "phone"),
                "email": Y(lambda f: who(f, "recipient").email, "email"),
                "address": {
                    "street": Y(lambda f: who(f, "recipient").street, "address|street"),
                    "city": Y(lambda f: who(f, "recipient").city, "city"),
                    "post_code": Y(lambda f: who(f, "recipient").postal, "zipcode"),
                    "country_code": G(lambda f: who(f, "recipient").home),
                },
            },
            "sender": {
                "company_name": G(lambda f: "SwornDocs sp. z o.o."),
                "phone": G(lambda f: office(f, 2)),
                "email": G(
                    lambda f: f.pick(["wysylka@sworndocs.eu", "envios@sworndocs.eu", "shipping@sworndocs.eu"])
                ),
            },
            "parcel_size": G(lambda f: f.pick(["A", "B", "C", "envelope"])),
            "originals_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["java"],
        {
            "invoice_number": G(
                lambda f: f"FV/{f.r.randint(1, 999)}/{f.r.randint(1, 12):02d}/{f.r.randint(2024, 2025)}"
            ),
            "buyer_name": Y(lambda f: who(f).full, "name"),
            "net": G(lambda f: f.money(40, 2000)),
            "vat_rate": G(lambda f: f.pick([23, 21, 0])),
            "gross": G(lambda f: f.money(50, 2500)),
            "currency": G(lambda f: f.pick(["PLN", "EUR"])),
            "ksef_number": G(lambda f: ksef_number(f)),
            "payment_due": G(lambda f: iso_date(f)),
        },
    ),
    # ---- local-language backends ----
    (
        "track",
        "Lead Captured",
        ["node"],
        {
            "form-id": G(lambda f: f.pick(["elementor-7f3a", "elementor-2c11", "elementor-90be"])),
            "first-name": Y(lambda f: who(f).first, "name"),
            "last-name": Y(lambda f: who(f).last, "name"),
            "e-mail": Y(lambda f: who(f).email, "email"),
            "phone-number": Y(lambda f: who(f).phone, "phone"),
            "document-type": G(lambda f: f.pick(DOC_TYPES)),
            "pages": G(lambda f: f.r.randint(1, 20)),
            "urgent": G(lambda f: f.pick(["yes", "no"])),
            "consent-marketing": G(lambda f: f.pick(["on", ""])),
            "page-url": G(lambda f: "https://sworndocs.eu" + f.pick(WEB_PAGES)),
        },
    ),
    (
        "track",
        "Заявка з сайту",
        ["node"],
        {
            "Ім'я": Y(lambda f: f"{who(f).first_cyr or who(f).first}", "name"),
            "Телефон": Y(lambda f: who(f).phone, "phone"),
            "Email": Y(lambda f: who(f).email, "email"),
            "Послуга": G(
                lambda f: f.pick(
                    ["Присяжний переклад", "Апостиль", "Нотаріальне засвідчення", "Усний переклад"]
                )
            ),
            "Коментар": G(
                lambda f: f.pick(
                    [
                        "Терміново, до п'ятниці",
                        "Потрібен також апостиль",
                        "Дякую!",
                        "Скільки це коштуватиме?",
                        "",
                    ]
                )
            ),
            "formid": G(lambda f: f.pick(["form512345678", "form598765432"])),
            "tranid": G(lambda f: f"{f.digits(7)}:{f.digits(10)}"),
        },
    ),
    (
        "track",
        "Solicitud Enviada",
        ["php"],
        {
            "nombre_completo": Y(lambda f: who(f).full, "name"),
            "dni_nie": RED(dni_or_nie, "national id"),
            "telefono": Y(lambda f: who(f).phone, "phone"),
            "correo_electronico": Y(lambda f: who(f).email, "email"),
            "tipo_documento": G(
                lambda f: f.pick(
                    [
                        "certificado de nacimiento",
                        "título universitario",
                        "antecedentes penales",
                        "sentencia de divorcio",
                    ]
                )
            ),
            "urgente": G(lambda f: f.pick([True, False])),
            "precio_total": G(lambda f: f.money(40, 600)),
            "observaciones": G(
                lambda f: f.pick(
                    [
                        "Lo necesito para extranjería",
                        "¿Pueden enviarlo por correo?",
                        "Gracias",
                        "Urgente para el lunes",
                    ]
                )
            ),
        },
        "ES",
    ),
    (
        "track",
        "Zamówienie Złożone",
        ["php"],
        {
            "numer_zamowienia": G(order_no),
            "imie_nazwisko": Y(lambda f: who(f).full, "name"),
            "email": Y(lambda f: who(f).email, "email"),
            "telefon": Y(lambda f: who(f).phone, "phone"),
            "rodzaj_dokumentu": G(
                lambda f: f.pick(
                    [
                        "akt urodzenia",
                        "świadectwo pracy",
                        "dyplom",
                        "wyrok sądu",
                        "zaświadczenie o niekaralności",
                    ]
                )
            ),
            "cena_brutto": G(lambda f: f.money(50, 900)),
            "adres_dostawy": Y(lambda f: who(f).address, "address"),
            "paczkomat": G(
                lambda f: f.pick(
                    ["WAW" + f.digits(2) + "M", "KRA" + f.digits(2) + "A", "GDA" + f.digits(3) + "M"]
                )
            ),
            "uwagi": G(
                lambda f: f.pick(
                    ["Proszę o szybką realizację", "Potrzebne do urzędu wojewódzkiego", "", "Dziękuję"]
                )
            ),
        },
        "PL",
    ),
    (
        "track",
        "Zamovlennia Stvoreno",
        ["python"],
        {
            "nomer_zamovlennia": G(lambda f: f"UA-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "pib_klienta": Y(lambda f: who(f).native_full, "name"),
            "telefon_klienta": Y(lambda f: who(f).phone, "phone"),
            "typ_dokumenta": G(
                lambda f: f.pick(
                    ["svidotstvo_pro_narodzhennia", "dyplom", "pasport", "dovidka_pro_nesudymist"]
                )
            ),
            "terminovo": G(lambda f: f.pick([True, False])),
            "nomer_pasporta": RED(
                lambda f: f.pick([ua_internal_doc(f), passport_no(f, "UA")]), "passport|national id"
            ),
            "viddilennia_novoi_poshty": G(lambda f: f"Відділення №{f.r.randint(1, 350)}"),
            "misto_dostavky": Y(lambda f: f.pick(UA_CITIES)[1], "city"),
            "ttn": G(lambda f: "20" + f.digits(12)),
        },
        "UA",
    ),
    # ---- identify / group / alias ----
    (
        "identify",
        None,
        ["web", "swift", "rn"],
        {
            "email": Y(lambda f: who(f).email, "email"),
            "firstName": Y(lambda f: who(f).first, "name"),
            "lastName": Y(lambda f: who(f).last, "name"),
            "phone": Y(lambda f: who(f).phone, "phone"),
            "address": {
                "street": Y(lambda f: who(f).street, "address|street"),
                "city": Y(lambda f: who(f).city, "city"),
                "postalCode": Y(lambda f: who(f).postal, "zipcode"),
                "country": G(lambda f: who(f).home),
            },
            "birthday": Y(lambda f: who(f).dob, "birthdate"),
            "createdAt": G(iso_ts),
            "preferredLanguage": G(lambda f: f.pick(["pl", "uk", "es", "ru", "en"])),
            "customerNumber": G(lambda f: "K" + f.digits(7)),
            "ordersCount": G(lambda f: f.r.randint(0, 30)),
            "company": G(lambda f: f.pick(["", *COMPANIES])),
            "title": G(lambda f: f.pick(["", "HR manager", "lawyer", "student", "IT specialist"])),
            "age": G(lambda f: f.r.randint(18, 80)),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "kotlin"],
        {
            "email": Y(lambda f: who(f, "translator").email, "email"),
            "firstName": Y(lambda f: who(f, "translator").first, "name"),
            "lastName": Y(lambda f: who(f, "translator").last, "name"),
            "phone": Y(lambda f: who(f, "translator").phone, "phone"),
            "role": G(lambda f: f.pick(["translator", "sworn_translator", "interpreter"])),
            "languages": Many(G(lambda f: f.pick(LANGS)), 3),
            "specializations": Many(
                G(lambda f: f.pick(["legal", "medical", "automotive", "finance", "civil_status"])), 3
            ),
            "swornRegisterNo": Y(
                lambda f: f.pick(
                    [
                        f"TP/{f.r.randint(1, 9999)}/{f.r.randint(1, 24):02d}",
                        f"TJ nº {f.r.randint(1000, 12000)}",
                    ]
                ),
                "license",
            ),
            "ratePerPage": Y(lambda f: f.pick([45.0, 52.5, 60.0, 18.0, 25.0]), "salary"),
            "hourlyRateInterpreting": Y(lambda f: f.pick([120, 150, 180, 40, 55]), "salary"),
            "yearsExperience": G(lambda f: f.r.randint(1, 40)),
            "available": G(lambda f: f.pick([True, False])),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 1)),
            "vatPayer": G(lambda f: f.pick([True, False])),
            "nationality": Y(
                lambda f: f.pick(["Ukrainian", "Polish", "Spanish", "Belarusian"]), "citizenship"
            ),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "imie": Y(lambda f: who(f).first, "name"),
            "nazwisko": Y(lambda f: who(f).last, "name"),
            "email": Y(lambda f: who(f).email, "email"),
            "telefon": Y(lambda f: who(f).phone, "phone"),
            "pesel": RED(lambda f: pesel(f, who(f).dob, who(f).sex), "national id"),
            "ulica": Y(lambda f: who(f).street, "address|street"),
            "miasto": Y(lambda f: who(f).city, "city"),
            "kod_pocztowy": Y(lambda f: f"{f.r.randint(0, 99):02d}-{f.r.randint(0, 999):03d}", "zipcode"),
            "data_urodzenia": Y(lambda f: who(f).dob, "birthdate"),
            "plec": Y(lambda f: f.pick(["K", "M"]), "sex|gender"),
            "numer_klienta": G(lambda f: f.digits(8)),
            "zgoda_marketingowa": G(lambda f: f.pick([True, False])),
        },
        "PL",
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "pib": Y(lambda f: who(f).native_full, "name"),
            "telefon": Y(lambda f: who(f).phone, "phone"),
            "email": Y(lambda f: who(f).email, "email"),
            "misto": Y(lambda f: who(f).city, "city"),
            "ipn": RED(lambda f: rnokpp(f, who(f).dob), "national id"),
            "data_narodzhennia": Y(
                lambda f: f"{who(f).dob[8:10]}.{who(f).dob[5:7]}.{who(f).dob[:4]}", "birthdate"
            ),
            "adresa_reiestratsii": Y(lambda f: who(f).address, "address"),
            "kilkist_zamovlen": G(lambda f: f.r.randint(0, 12)),
        },
        "UA",
    ),
    (
        "identify",
        None,
        ["ruby", "php"],
        {
            "nombre": Y(lambda f: who(f).first, "name"),
            "apellidos": Y(lambda f: who(f).last, "name"),
            "correo": Y(lambda f: who(f).email, "email"),
            "movil": Y(lambda f: who(f).phone, "phone"),
            "dni_nie": RED(dni_or_nie, "national id"),
            "direccion": Y(lambda f: who(f).street, "address|street"),
            "localidad": Y(lambda f: who(f).city, "city"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1, 52):02d}{f.r.randint(0, 999):03d}", "zipcode"),
            "fecha_nacimiento": Y(
                lambda f: f"{who(f).dob[8:10]}/{who(f).dob[5:7]}/{who(f).dob[:4]}", "birthdate"
            ),
            "nacionalidad": Y(
                lambda f: f.pick(["ucraniana", "española", "colombiana", "marroquí", "georgiana"]),
                "citizenship",
            ),
            "situacion_residencia": RED(
                lambda f: f.pick(
                    [
                        "protección temporal",
                        "TIE larga duración",
                        "arraigo social",
                        "estudiante",
                        "ciudadano UE",
                    ]
                ),
                "visa",
            ),
            "numero_seguridad_social": RED(es_nss, "social security number|national id"),
        },
        "ES",
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": G(lambda f: f.r.randint(100000, 999999)),
            "EMAIL": Y(lambda f: who(f).email, "email"),
            "FIRST_NAME": Y(lambda f: who(f).first, "name"),
            "LAST_NAME": Y(lambda f: who(f).last, "name"),
            "PHONE_NUMBER": Y(lambda f: who(f).phone, "phone"),
            "HOME_CITY": Y(lambda f: who(f).city, "city"),
            "COUNTRY_CODE": G(lambda f: who(f).home),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 4000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 40)),
            "LAST_ORDER_AT": G(lambda f: f.iso().replace("T", " ").replace("Z", "")),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["PL", "UK", "ES", "EN"])),
            "IS_B2B": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "CONSENT_EMAIL": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["legal", "relocation", "real_estate", "it_outsourcing"])),
            "employees": G(lambda f: f.r.randint(2, 5000)),
            "plan": G(lambda f: f.pick(["b2b_basic", "b2b_pro", "framework_agreement"])),
            "tax_id": G(lambda f: f.pick([nip(f), f.pick("ABH") + f.digits(8), f.digits(8)])),
            "billing_email": G(
                lambda f: (
                    f.pick(["faktury@", "accounts@", "contabilidad@", "buh@"])
                    + f.pick(["kancelaria-nowak.pl", "relocate.pl", "garrigues.com", "lex.ua"])
                )
            ),
            "office_phone": G(
                lambda f: f.pick(
                    ["+48 22 630 12 00", "+34 915 14 52 00", "+380 44 494 33 10", "+48 12 357 40 40"]
                )
            ),
            "registered_office": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "ul. Emilii Plater 53",
                            "Calle de Hermosilla 3",
                            "вул. Саксаганського 119",
                            "Rondo ONZ 1",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Warszawa", "Madrid", "Київ"])),
                "postal_code": G(lambda f: f.pick(["00-113", "28001", "01032"])),
            },
            "account_manager": {
                "name": Y(lambda f: who(f, "staff").full, "name"),
                "email": Y(
                    lambda f: staff_email(f),
                    "email",
                ),
            },
            "contract_rate_per_page": G(lambda f: f.pick([39.0, 45.0, 18.5])),
            "website": G(
                lambda f: f.pick(
                    ["https://kancelaria-nowak.pl", "https://www.garrigues.com", "https://lex.ua"]
                )
            ),
        },
    ),
    ("alias", None, ["web", "swift", "python"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, *home in EVENTS:
            CAST.clear()
            if home:
                CAST["client"] = make_person(f, home_hint=home[0])
            client = f.pick(clients)
            user_id = (
                "cus_" + f.hexid(14) if client not in ("flutter", "kotlin", "dotnet") else "tr_" + f.digits(5)
            )
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            msg["integrations"] = (
                {"All": True} if f.r.random() < 0.7 else {"All": True, "Facebook Pixel": False}
            )
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=312, repeats=32)
    write(Path(__file__).parent, "holdout312_", events, labels)
