"""Writes holdout270: tests/corpus/holdout270_events.jsonl and holdout270_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its tests, its documentation or any other holdout's labels, and never scored by its
author. Run `.venv/bin/python -m tests.corpus.build_holdout270`; the output is deterministic
(seed 270) and committed.

Domain: a clinical-trial participant management platform ("CuraTrial": recruitment, eConsent and
ePRO) running studies in Poland, South Africa and Argentina. Covered: the public study finder and
site finder, pre-screening questionnaires (conditions, medications, pregnancy, smoking, mobility),
Meta lead ads and the Conversions API, refer-a-friend, sign-in / OTP / password reset, identify
calls from the patient apps, a Polish backend (Polish keys), an Argentine PHP backend (Spanish
keys), a South African backend and a warehouse reverse-ETL sync (SCREAMING_SNAKE), eConsent
signatures (a kebab-case e-signature vendor webhook), visit scheduling, home visits,
randomisation and kit dispensing (IRT), screen failures, adverse events and SAE reports (.NET,
PascalCase), ePRO symptom diaries, dose logs and a Bluetooth glucose meter, lab results (.NET),
courier shipments, site supply orders (e-commerce spec `Product Added` / `Order Completed`,
shipped to the site: the site's address is green, the staff member it is for is a name), stipends
and travel reimbursements (Polish IBAN / NRB, Argentine CBU, CBU alias and CUIT, South African
EFT with branch codes, mobile money, prepaid cards), ride bookings, site group calls,
investigators' and coordinators' accounts, timesheets, Twilio and SendGrid webhooks, mobile
lifecycle events, pages and screens, alias calls. Contexts are those of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the python,
node, go, java, ruby, php and C# server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, campaign, externalIds, location).

Values are generated for the three countries (Polish, South African and Argentine names,
addresses, postcodes and phone formats; international staff names), with valid checksums where
real ones have them: PESEL (weighted mod 10), South African ID numbers (Luhn, date and gender
digits), Argentine CUIL / CUIT (mod 11), CBU (both check digits), Polish IBANs (mod 97, also
written as 26-digit NRB without the country code), Luhn card numbers.

Conventions: field paths as `portal.events.flatten` gives them (arrays as `[]`); each leaf's
label is classification (red / yellow / green), type (the reference's default matcher name, or
`bank account`, `geolocation`, `secret`, `token`, `national id`, `health id`, `advertising id`,
`credit card`, `ip`; `a|b` when either is fair) and value_only.

Labelling rules (the product's default colours and published policy, as given in the brief):
- PII is personal data about a natural person: the participant, a dependant child, a legally
  authorised representative, a witness, an emergency contact, a referred friend, a driver, site
  staff, investigators and coordinators. Colour is the reference matcher's default; outside the
  reference, red for credentials / secrets / tokens, card numbers, bank accounts, government ids
  and health ids, yellow otherwise (geolocation, advertising id).
- Green: ids we issue (subject, screening, randomisation, kit, visit, payout, claim numbers),
  UUIDs, versions, timestamps (visit dates, onset dates, signing times), hashes of non-PII
  (document digests, audit hashes), amounts, counters, enums and booleans under PII-sounding
  keys (`emailVerified`, `has_phone`, `password_strength`, `pesel_validated`), ages and age
  bands, study / drug-code / device-model / site / sponsor / insurer names, a site's own
  address, phone and role mailbox, a searched city or a destination site, country, province,
  locale, language, timezone, currency, user agents, OS-issued device ids, bank names, BICs and
  South African branch codes, card brand / last four / expiry, e-mail Message-IDs, a business
  sender number in a Twilio webhook.
- Policy cases: insurer member numbers (obra social affiliate, medical aid) are yellow
  `identification`; prescription numbers yellow `medication`; hourly rates yellow `salary`;
  vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising id`; a
  participant's pickup or home address yellow `address`; card / payment tokens, invite and reset
  tokens, one-time codes red `token`; hospital record numbers (MRN, historia clinica) red
  `health id`; PESEL, SA ID, DNI, CUIL / CUIT red `national id`, passport numbers red `passport`.
- Health (this corpus's main special category): a participant's declared conditions, symptoms,
  diagnoses (also when coded: MedDRA / ICD-10), questionnaire scores, symptom severities, vital
  signs, body measurements collected for eligibility (weight, BMI), lab result values and
  abnormal flags, smoking status and pregnancy / breastfeeding status are yellow `condition`
  (`condition|diagnosis` for measured or assessed results); medications taken, doses and rescue
  inhaler use yellow `medication`; procedures performed on the person yellow `procedure`; a
  boolean that itself reveals a condition (`has_asthma`, `is_pregnant`) is that category; a need
  for a wheelchair or an accessible vehicle is red `disability`. Judgement calls, stated here:
  blinded treatment-arm and stratum codes are green (they reveal nothing until unblinding);
  protocol test names and LOINC codes are green (every participant gets them), their result
  values are not; a search term typed into the public study finder is green (a condition
  searched for is not shown to be the searcher's own, like a searched destination); withdrawal
  and screen-failure reason codes are green enums, while screen-failure free text that states
  the finding is health; a SHA-256 of an e-mail or phone sent to an ad platform is still the
  person's identifier and is labelled as that e-mail / phone (yellow, not value_only: the value
  does not reveal it either); subject initials are a name; a typed consent signature is a name;
  a push token is a red `token`; a device serial or MAC of a meter handed to the participant is
  yellow `serial` / `mac`.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `identifier`, `To`, `Body`, `signature`, `description`, `Narrative`,
  `entry_text`, `recipient`, `old_value`, `externalIds[].id`, Meta's `field_data[].values[]`);
  every value of such a PII path carries that PII. Free text is labelled by what every one of its
  values carries; free text whose values carry no PII (chat messages, feedback, travel notes,
  transfer titles) is green.
"""

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places --------------------------------------------------------------------------

PL_F = ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Magdalena", "Joanna", "Ewa", "Natalia", "Halina"]
PL_M = ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Łukasz", "Jakub", "Marek", "Wojciech", "Grzegorz"]
PL_LAST = [
    ("Nowak", "Nowak"),
    ("Kowalski", "Kowalska"),
    ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"),
    ("Kamiński", "Kamińska"),
    ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"),
    ("Szymański", "Szymańska"),
    ("Dąbrowski", "Dąbrowska"),
    ("Grzegorczyk", "Grzegorczyk"),
    ("Jabłoński", "Jabłońska"),
]
ZA_F = ["Thandiwe", "Lerato", "Nomvula", "Ayesha", "Zanele", "Chantelle", "Refilwe", "Priya", "Annelie"]
ZA_M = ["Sipho", "Thabo", "Pieter", "Mandla", "Kagiso", "Johan", "Themba", "Riaan", "Yusuf", "Bongani"]
ZA_LAST = [
    "Dlamini",
    "Nkosi",
    "Mokoena",
    "van der Merwe",
    "Botha",
    "Naidoo",
    "Pillay",
    "Khumalo",
    "Ndlovu",
    "Mahlangu",
    "Jacobs",
    "Adams",
    "Mthembu",
    "Steyn",
]
AR_F = ["Martina", "Lucía", "Valentina", "Camila", "Sofía", "Florencia", "Milagros", "Agustina", "María José"]
AR_M = ["Santiago", "Mateo", "Facundo", "Joaquín", "Tomás", "Nicolás", "Gonzalo", "Matías", "Juan Pablo"]
AR_LAST = [
    "González",
    "Rodríguez",
    "Fernández",
    "López",
    "Martínez",
    "Pérez",
    "Gómez",
    "Sánchez",
    "Romero",
    "Sosa",
    "Álvarez",
    "Acosta",
    "Benítez",
    "Ferraro",
    "Kaplan",
]
STAFF = [
    "Hiroshi Tanaka",
    "Olumide Adeyemi",
    "Nguyen Thi Lan",
    "Ingrid Johansson",
    "Rahul Mehta",
    "Fatima Al-Sayed",
    "Dmitri Volkov",
    "Chen Wei",
    "Aisha Bello",
    "Seo-yeon Park",
    "Mehmet Yılmaz",  # noqa: RUF001 - a Turkish name
    "Kofi Boateng",
    "Emma O'Connor",
    "Carlos Mendoza",
    "Anna Kowalczyk",
    "Naledi Mabuza",
    "Gabriela Herrera",
]

PL_STREETS = [
    "Marszałkowska",
    "Piotrkowska",
    "Długa",
    "Kwiatowa",
    "Słoneczna",
    "Lipowa",
    "Ogrodowa",
    "Mickiewicza",
    "Grunwaldzka",
    "Polna",
]
PL_CITIES = [
    ("Warszawa", "mazowieckie", "0"),
    ("Kraków", "małopolskie", "3"),
    ("Łódź", "łódzkie", "9"),
    ("Wrocław", "dolnośląskie", "5"),
    ("Gdańsk", "pomorskie", "8"),
    ("Poznań", "wielkopolskie", "6"),
    ("Lublin", "lubelskie", "2"),
]
ZA_STREETS = [
    "Jan Smuts Avenue",
    "Vilakazi Street",
    "Main Road",
    "Long Street",
    "Florida Road",
    "Beach Road",
    "Church Street",
    "Oxford Road",
    "Voortrekker Road",
]
ZA_PLACES = [
    ("Rosebank", "Johannesburg", "Gauteng", "2196"),
    ("Orlando West", "Soweto", "Gauteng", "1804"),
    ("Observatory", "Cape Town", "Western Cape", "7925"),
    ("Morningside", "Durban", "KwaZulu-Natal", "4001"),
    ("Hatfield", "Pretoria", "Gauteng", "0083"),
    ("Khayelitsha", "Cape Town", "Western Cape", "7784"),
    ("Summerstrand", "Gqeberha", "Eastern Cape", "6001"),
]
AR_STREETS = [
    "Av. Corrientes",
    "Av. Santa Fe",
    "Av. Rivadavia",
    "Bv. San Juan",
    "Av. Colón",
    "Calle 7",
    "Av. Pellegrini",
    "Lavalle",
    "Güemes",
]
AR_PLACES = [
    ("CABA", "Ciudad Autónoma de Buenos Aires", "C"),
    ("Córdoba", "Córdoba", "X"),
    ("Rosario", "Santa Fe", "S"),
    ("La Plata", "Buenos Aires", "B"),
    ("Mendoza", "Mendoza", "M"),
    ("Mar del Plata", "Buenos Aires", "B"),
]
MAIL = {
    "PL": ["gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "ZA": ["gmail.com", "webmail.co.za", "outlook.com", "icloud.com", "mweb.co.za"],
    "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "outlook.com", "fibertel.com.ar"],
}
SITES = {
    "PL": [
        ("PL-014", "Szpital Uniwersytecki w Krakowie", "Kraków", "ul. Jakubowskiego 2, 30-688 Kraków"),
        ("PL-022", "Centrum Badań Klinicznych Łódź", "Łódź", "ul. Piotrkowska 276, 90-361 Łódź"),
        ("PL-031", "Mazowieckie Centrum Medyczne", "Warszawa", "ul. Chałubińskiego 5, 02-004 Warszawa"),
    ],
    "ZA": [
        ("ZA-101", "Wits Clinical Research Unit", "Johannesburg", "7 York Road, Parktown, 2193"),
        ("ZA-104", "Groote Schuur Trials Centre", "Cape Town", "Main Road, Observatory, 7925"),
        ("ZA-110", "Durban Research Clinic", "Durban", "12 Florida Road, Morningside, 4001"),
    ],
    "AR": [
        ("AR-201", "Hospital Italiano - Unidad de Ensayos", "CABA", "Perón 4190, C1199ABB CABA"),
        ("AR-207", "Instituto Médico Córdoba", "Córdoba", "Av. Colón 1250, X5000EPT Córdoba"),
        ("AR-212", "Centro de Investigación Rosario", "Rosario", "Bv. Oroño 1515, S2000DSK Rosario"),
    ],
}
SITE_MAIL = {
    "PL": ["badania@szpital-krakow.example.pl", "rekrutacja@cbk-lodz.example.pl"],
    "ZA": ["trials@witscru.example.co.za", "recruitment@gstc.example.co.za"],
    "AR": ["ensayos@hospitalitaliano.example.org.ar", "investigacion@imcordoba.example.com.ar"],
}
SITE_PHONE = {
    "PL": ["+48 12 424 70 00", "+48 42 636 11 00", "+48 22 502 10 00"],
    "ZA": ["+27 11 276 8800", "+27 21 404 9111", "+27 31 303 1200"],
    "AR": ["+54 11 4959-0200", "+54 351 426-5500", "+54 341 420-2222"],
}
STUDIES = ["CT-4401-DM2", "CT-2210-ASTHMA", "CT-3307-RA", "CT-5120-HTN", "CT-6002-MDD"]
STUDY_NAMES = ["GLUCOSE-2", "BREATHE-EASY", "JOINT-FORWARD", "PRESSURE-LOW", "MOOD-LIFT"]
CONDITIONS = [
    "type 2 diabetes",
    "asthma",
    "rheumatoid arthritis",
    "hypertension",
    "major depressive disorder",
    "COPD",
    "HIV",
    "psoriasis",
    "chronic kidney disease stage 3",
    "hypothyroidism",
    "gout",
]
CONDITIONS_PL = ["cukrzyca typu 2", "astma", "nadciśnienie", "reumatoidalne zapalenie stawów", "depresja"]
MEDICATIONS = [
    "metformin 500 mg",
    "salbutamol inhaler",
    "methotrexate 15 mg weekly",
    "amlodipine 5 mg",
    "sertraline 50 mg",
    "levothyroxine 75 mcg",
    "insulin glargine",
    "dolutegravir/lamivudine/tenofovir",
    "budesonide/formoterol 160/4.5",
    "enalapril 10 mg",
]
MEDICATIONS_PL = [
    "metformina 850 mg",
    "ramipryl 5 mg",
    "salbutamol",
    "bisoprolol 2,5 mg",
    "atorwastatyna 20 mg",
]
SYMPTOMS = [
    "headache",
    "nausea",
    "fatigue",
    "dizziness",
    "shortness of breath",
    "wheezing",
    "joint pain",
    "insomnia",
    "rash",
    "diarrhoea",
    "chest tightness",
    "low mood",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALE = {"PL": "pl-PL", "ZA": "en-ZA", "AR": "es-AR"}
TZ = {"PL": "Europe/Warsaw", "ZA": "Africa/Johannesburg", "AR": "America/Argentina/Buenos_Aires"}
CURRENCY = {"PL": "PLN", "ZA": "ZAR", "AR": "ARS"}
CARRIERS = {"PL": ["Orange PL", "Play", "Plus", "T-Mobile.pl"], "ZA": ["Vodacom", "MTN-SA", "Cell C"]}
CARRIERS["AR"] = ["Personal", "Claro AR", "Movistar"]


def fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ı", "i")  # noqa: RUF001
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def num(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, country: str, style: int | None = None) -> str:
    s = f.r.randint(0, 3) if style is None else style
    if country == "PL":
        n = f.pick("5678") + num(f, 8)
        return [
            f"+48 {n[:3]} {n[3:6]} {n[6:]}",
            f"+48{n}",
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
        ][s]
    if country == "ZA":
        n = f.pick(
            ["60", "61", "63", "66", "71", "72", "73", "76", "78", "79", "81", "82", "83", "84"]
        ) + num(f, 7)
        return [f"+27 {n[:2]} {n[2:5]} {n[5:]}", f"+27{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}"][s]
    area, size = f.pick([("11", 8), ("351", 7), ("341", 7), ("221", 7), ("261", 7), ("223", 7)])
    n = f.pick("23456") + num(f, size - 1)
    return [
        f"+54 9 {area} {n[:-4]}-{n[-4:]}",
        f"+549{area}{n}",
        f"0{area} 15-{n[:-4]}-{n[-4:]}",
        f"(0{area}) 15 {n[:-4]} {n[-4:]}",
    ][s]


def msisdn(f: Fake) -> str:
    return "27" + f.pick(["60", "63", "66", "72", "73", "78", "83"]) + num(f, 7)


def pesel(f: Fake, y: int, m: int, d: int, female: bool) -> str:
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{num(f, 3)}"
    body += str(f.pick("02468") if female else f.pick("13579"))
    weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 10) % 10)


def sa_id(f: Fake, y: int, m: int, d: int, female: bool) -> str:
    seq = f.r.randint(0, 4999) if female else f.r.randint(5000, 9999)
    return f.luhn_complete(f"{y % 100:02d}{m:02d}{d:02d}{seq:04d}08")


def cuit_check(prefix: str, dni: str) -> int:
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * w for c, w in zip(prefix + dni, weights, strict=True)) % 11
    return 0 if r == 11 else r


def dni_for(f: Fake, prefix: str, year: int) -> str:
    # Argentine DNIs grow with birth year; keep drawing until the CUIL check digit is not 10.
    base = max(5_000_000, min(49_000_000, (year - 1935) * 620_000))
    while True:
        dni = f"{base + f.r.randint(0, 900_000):08d}"
        if cuit_check(prefix, dni) != 10:
            return dni


def cuit(f: Fake) -> str:
    prefix = f.pick(["20", "27"])
    dni = dni_for(f, prefix, f.r.randint(1950, 2000))
    return f"{prefix}-{dni}-{cuit_check(prefix, dni)}"


def cbu(f: Fake) -> str:
    bank = f.pick(["007", "011", "014", "017", "072", "285", "191"])
    first = bank + num(f, 4)
    w1 = [7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(c) * w for c, w in zip(first, w1, strict=True)) % 10) % 10
    acct = "0000" + num(f, 9)
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(c) * w for c, w in zip(acct, w2, strict=True)) % 10) % 10
    return f"{first}{c1}{acct}{c2}"


def iban_pl(f: Fake) -> str:
    bban = f.pick(["10201026", "10901014", "11402004", "12401037", "10500086", "19401076"]) + num(f, 16)
    check = 98 - int(bban + "252100") % 97
    raw = f"PL{check:02d}{bban}"
    style = f.r.randint(0, 2)
    if style == 0:
        return raw
    if style == 1:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    nrb = raw[2:]
    return nrb[:2] + " " + " ".join(nrb[i : i + 4] for i in range(2, len(nrb), 4))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Person:
    """One participant, drawn once per message so that a message's fields agree."""

    def __init__(self, f: Fake, country: str):
        self.country = country
        self.female = f.r.random() < 0.55
        y, m, d = f.r.randint(1948, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
        self.dob = f"{y}-{m:02d}-{d:02d}"
        self.year = y
        if country == "PL":
            self.first = f.pick(PL_F if self.female else PL_M)
            self.last = f.pick(PL_LAST)[1 if self.female else 0]
            self.national_id = pesel(f, y, m, d, self.female)
            city, self.province, pc = f.pick(PL_CITIES)
            self.city = city
            self.postcode = f"{pc}{f.r.randint(0, 9)}-{f.r.randint(0, 999):03d}"
            self.street = f"ul. {f.pick(PL_STREETS)} {f.r.randint(1, 120)}"
            if f.r.random() < 0.6:
                self.street += f"/{f.r.randint(1, 60)}"
            self.suburb = city
        elif country == "ZA":
            self.first = f.pick(ZA_F if self.female else ZA_M)
            self.last = f.pick(ZA_LAST)
            self.national_id = sa_id(f, y, m, d, self.female)
            self.suburb, self.city, self.province, self.postcode = f.pick(ZA_PLACES)
            self.street = f"{f.r.randint(1, 400)} {f.pick(ZA_STREETS)}"
        else:
            self.first = f.pick(AR_F if self.female else AR_M)
            self.last = f.pick(AR_LAST)
            prefix = "27" if self.female else "20"
            self.dni = dni_for(f, prefix, y)
            self.national_id = f"{prefix}-{self.dni}-{cuit_check(prefix, self.dni)}"
            self.city, self.province, letter = f.pick(AR_PLACES)
            tail = "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
            self.postcode = f"{letter}{f.r.randint(1000, 8999)}{tail}"
            self.street = f"{f.pick(AR_STREETS)} {f.r.randint(100, 6999)}"
            self.suburb = self.city
        user = fold(self.first.split()[0]).lower()
        last = fold(self.last).lower().replace(" ", "").replace("'", "")
        sep = f.pick([".", "_", "", "."])
        tail = f.pick(["", str(f.r.randint(1, 99)), str(y)])
        self.email = f"{user}{sep}{last}{tail}@{f.pick(MAIL[country])}"
        self.phone = phone(f, country)
        self.site = f.pick(SITES[country])
        self.ios = f.r.random() < 0.4
        self.form_field = f.pick(["first_name", "last_name", "preferred_name"])
        self.initials = self.first[0] + "".join(p[0] for p in self.last.split() if p[0].isupper())
        self.full = f"{self.first} {self.last}"


class F(Fake):
    """Fake with the current message's participant and country (set per message)."""

    p: Person
    lead_field: str = "full_name"

    @property
    def c(self) -> str:
        return self.p.country

    def other_name(self, country: str | None = None) -> str:
        other = Person(self, country or self.c)
        return other.full

    def staff(self) -> str:
        return self.pick(STAFF) if self.r.random() < 0.5 else self.other_name()

    def staff_email(self) -> str:
        name = self.staff().split()
        domain = self.pick(
            ["curatrial.example", "witscru.example.co.za", "szpital-krakow.example.pl", "hiba.example.org.ar"]
        )
        return f"{fold(name[0][0]).lower()}.{fold(name[-1]).lower().replace(chr(39), '')}@{domain}"

    def site(self):
        return self.p.site

    def subject(self) -> str:
        return f"{self.site()[0]}-{self.r.randint(1, 250):04d}"

    def day(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


# -- contexts sent by the client libraries ----------------------------------------------------------


def web_ctx(portal: str):
    join = portal == "join"
    host = "https://join.curatrial.example" if join else "https://sites.curatrial.example"
    paths = (
        ["/", "/studies", "/studies/ct-4401-dm2", "/prescreen", "/sites", "/refer"]
        if join
        else ["/dashboard", "/participants", "/visits", "/safety/sae/new", "/payments"]
    )
    titles = (
        ["Find a clinical trial | CuraTrial", "Pre-screening questionnaire", "Study sites near you"]
        if join
        else ["Dashboard - CuraTrial Sites", "Participants", "Visit calendar", "New SAE report"]
    )
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.69.2"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.facebook.com/", "https://www.bing.com/"]
                    if join
                    else ["", host + "/dashboard", host + "/participants"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=facebook&utm_medium=paid_social", "?lang=es", "?utm_source=google"]
                    if join
                    else ["", "?site=" + f.site()[0], "?status=screening"]
                )
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: host + f.pick(paths)),
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
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: LOCALE[f.c]),
        "timezone": G(lambda f: TZ[f.c]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if join:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["dm2_recruit_q2", "asthma_pl_spring", "ra_ar_awareness", "htn_za_radio"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "radio_702"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email", "qr"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "ensayo clinico diabetes",
                        "badanie kliniczne astma",
                        "clinical trial asthma",
                        "hipertension",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_v2", "video_15s", "banner_a"])),
        }
    return ctx


def patient_traits():
    return {
        "subjectId": G(lambda f: f.subject()),
        "email": Y(lambda f: f.p.email, "email"),
        "firstName": Y(lambda f: f.p.first, "name"),
        "preferredLanguage": G(lambda f: {"PL": "pl", "ZA": f.pick(["en", "zu", "af"]), "AR": "es"}[f.c]),
    }


def swift_ctx():
    return {
        "app": {
            "name": G(lambda f: "CuraTrial"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4211", "4305"])),
            "namespace": G(lambda f: "com.curatrial.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,7", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALE[f.c]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.c])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "timezone": G(lambda f: TZ[f.c]),
        "traits": patient_traits(),
    }


def kotlin_ctx():
    return {
        "app": {
            "name": G(lambda f: "CuraTrial"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40302"])),
            "namespace": G(lambda f: "com.curatrial.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "Google"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "moto g54 5G", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "cancunf", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: LOCALE[f.c]),
        "location": {
            "latitude": Y(person_lat, "geolocation"),
            "longitude": Y(person_lon, "geolocation"),
            "speed": G(lambda f: 0.0),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.c])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.c]),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android "
                + f.pick(["13; SM-A145F Build/TP1A.220624.014)", "14; Pixel 7a Build/AP1A.240405.002)"])
            )
        ),
        "traits": patient_traits(),
    }


def rn_ctx():
    return {
        "app": {
            "name": G(lambda f: "CuraTrial Site"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "com.curatrial.site"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if f.p.ios else "samsung"),
            "model": G(
                lambda f: f.pick(["iPad13,18", "iPhone14,5"]) if f.p.ios else f.pick(["SM-X200", "SM-T225"])
            ),
            "type": G(lambda f: "ios" if f.p.ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: "iOS" if f.p.ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "17.5"]) if f.p.ios else f.pick(["13", "14"])),
        },
        "screen": {
            "width": G(lambda f: 820 if f.p.ios else 800),
            "height": G(lambda f: 1180 if f.p.ios else 1340),
        },
        "network": {"wifi": G(lambda f: True), "carrier": G(lambda f: f.pick(CARRIERS[f.c]))},
        "locale": G(lambda f: LOCALE[f.c]),
        "timezone": G(lambda f: TZ[f.c]),
        "traits": {
            "email": Y(lambda f: f.staff_email(), "email"),
            "firstName": Y(lambda f: f.staff().split()[0], "name"),
            "lastName": Y(lambda f: f.staff().split()[-1], "name"),
            "role": G(lambda f: f.pick(["study_coordinator", "sub_investigator", "principal_investigator"])),
            "siteId": G(lambda f: f.site()[0]),
        },
    }


def flutter_ctx():
    return {
        "app": {
            "name": G(lambda f: "CuraTrial Diary"),
            "version": G(lambda f: f.pick(["1.9.4", "1.10.0"])),
            "build": G(lambda f: f.pick(["94", "100", "101"])),
            "namespace": G(lambda f: "com.curatrial.diary"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if f.p.ios else f.pick(["samsung", "HUAWEI", "motorola"])),
            "model": G(
                lambda f: (
                    f.pick(["iPhone13,2", "iPhone12,8"])
                    if f.p.ios
                    else f.pick(["SM-A045F", "MAR-LX1A", "moto e22"])
                )
            ),
            "type": G(lambda f: "ios" if f.p.ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: "iOS" if f.p.ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "16.7.7"]) if f.p.ios else f.pick(["12", "13"])),
        },
        "screen": {
            "width": G(lambda f: 390 if f.p.ios else 720),
            "height": G(lambda f: 844 if f.p.ios else 1600),
        },
        "locale": G(lambda f: LOCALE[f.c]),
        "timezone": G(lambda f: TZ[f.c]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_ctx(lib: str, relay: bool = False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
    }
    if relay:
        # A backend forwarding the browser's request: its IP, user agent and the person's e-mail
        # as an external id.
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
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


CONTEXTS = {
    "join": lambda: web_ctx("join"),
    "sites": lambda: web_ctx("sites"),
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: (lambda lib=lib: server_ctx(lib)) for lib in SERVER_LIBS},
    "node+relay": lambda: server_ctx("node", relay=True),
    "python+relay": lambda: server_ctx("python", relay=True),
}


# -- small generators ---------------------------------------------------------------------------


def lead_field(f):
    # Meta's field_data: each item names the question, then its values; remember which one.
    f.lead_field = f.pick(["full_name", "email", "phone_number"])
    return f.lead_field


def lead_value(f):
    return {"full_name": f.p.full, "email": f.p.email, "phone_number": f.p.phone}[f.lead_field]


def conditions(f):
    return f.pick(CONDITIONS)


def ts(f):
    return f.iso()


def amount(f):
    lo, hi = {"PL": (50, 400), "ZA": (150, 1200), "AR": (8000, 90000)}[f.c]
    return round(f.r.uniform(lo, hi), 2)


def addr_line(f):
    p = f.p
    if p.country == "PL":
        return f"{p.street}, {p.postcode} {p.city}"
    if p.country == "ZA":
        return f"{p.street}, {p.suburb}, {p.city}, {p.postcode}"
    return f"{p.street}, {p.city}, {p.province}"


def site_latlon(f):
    return {
        "PL": (50.0647, 19.9450),
        "ZA": (-26.1858, 28.0416),
        "AR": (-34.6037, -58.3816),
    }[f.c]


def person_lat(f):
    base = site_latlon(f)[0]
    return round(base + f.r.uniform(-0.25, 0.25), 6)


def person_lon(f):
    base = site_latlon(f)[1]
    return round(base + f.r.uniform(-0.25, 0.25), 6)


def sms_body(f):
    site = f.site()[1]
    when = f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d} {f.r.randint(8, 16)}:{f.pick(['00', '30'])}"
    if f.c == "PL":
        return f"Dzień dobry {f.p.first}, przypominamy o wizycie V{f.r.randint(2, 9)} w {site} {when}."
    if f.c == "AR":
        return f"Hola {f.p.first}! Te recordamos tu visita {f.r.randint(2, 9)} en {site} el {when}."
    return f"Hi {f.p.first}, reminder: visit {f.r.randint(2, 9)} at {site} on {when}. Reply C to confirm."


def contact_note(f):
    ph = phone(f, f.c)
    return f.pick(
        [
            f"Left voicemail on {ph}",
            f"Participant asked to be called on {ph} after 17:00",
            f"New number {ph}, old one disconnected",
            f"Spoke with daughter, call back on {ph}",
        ]
    )


def diary_text(f):
    s = f.pick(SYMPTOMS)
    return f.pick(
        [
            f"{s.capitalize()} since the morning, took paracetamol",
            f"Woke up at night with {s}",
            f"Mild {s} after the dose",
            f"{s.capitalize()} again, worse than yesterday",
            f"Used my inhaler twice because of {s}",
        ]
    )


def ae_description(f):
    s = f.pick(SYMPTOMS)
    return f.pick(
        [
            f"{s.capitalize()} started 2 days after visit, lasting a few hours",
            f"Had {s} and stayed home from work",
            f"{s.capitalize()} each evening this week",
        ]
    )


def sae_narrative(f):
    term = f.pick(
        ["pneumonia", "hypoglycaemia", "atrial fibrillation", "acute kidney injury", "asthma exacerbation"]
    )
    return (
        f"Subject presented to the emergency department with {term} on study day "
        f"{f.r.randint(10, 200)}; admitted for {f.r.randint(2, 9)} days, treated and discharged."
    )


def screen_fail_text(f):
    return f.pick(
        [
            f"HbA1c {round(f.r.uniform(10.6, 13.0), 1)}% above the inclusion limit",
            f"eGFR {f.r.randint(20, 44)} mL/min below the limit",
            "Positive pregnancy test at screening",
            f"Uncontrolled hypertension, BP {f.r.randint(165, 190)}/{f.r.randint(100, 115)}",
            "Active hepatitis B infection",
        ]
    )


# -- events -------------------------------------------------------------------------------------

PAGE_PROPS = {
    "path": G(lambda f: f.pick(["/", "/studies", "/prescreen", "/sites", "/dashboard", "/visits"])),
    "url": G(lambda f: "https://join.curatrial.example" + f.pick(["/", "/studies", "/prescreen", "/sites"])),
    "title": G(
        lambda f: f.pick(["Find a clinical trial | CuraTrial", "Pre-screening questionnaire", "Visits"])
    ),
    "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
    "search": G(lambda f: f.pick(["", "?lang=pl", "?utm_source=google"])),
}

EVENTS: list[tuple[str, str | None, str, str | None, dict]] = [
    # -- recruitment: public site ---------------------------------------------------------------
    ("page", "Study Finder", "join", None, dict(PAGE_PROPS)),
    (
        "track",
        "Studies Searched",
        "join",
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "diabetes",
                        "astma",
                        "artritis reumatoidea",
                        "high blood pressure",
                        "depresja",
                        "COPD trial",
                    ]
                )
            ),
            "country": G(lambda f: f.c),
            "city_filter": G(lambda f: f.pick(["Kraków", "Cape Town", "Rosario", "", "Durban", "Łódź"])),
            "radius_km": G(lambda f: f.pick([10, 25, 50, 100])),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "filters": {
                "phase": Many(G(lambda f: f.pick(["II", "III", "IV"])), 2),
                "therapeutic_area": G(lambda f: f.pick(["endocrinology", "respiratory", "rheumatology"])),
                "healthy_volunteers": G(lambda f: f.pick([True, False])),
                "paid_participation": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Study Viewed",
        "join",
        None,
        {
            "study_code": G(lambda f: f.pick(STUDIES)),
            "study_name": G(lambda f: f.pick(STUDY_NAMES)),
            "sponsor": G(lambda f: f.pick(["Nordvale Pharma", "Helix Biologics", "Andes Therapeutics"])),
            "phase": G(lambda f: f.pick(["II", "III"])),
            "compensation_offered": G(lambda f: f.pick([True, False])),
            "sites_in_country": G(lambda f: f.r.randint(1, 9)),
            "position": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Site Finder Used",
        "join",
        None,
        {
            "user_lat": Y(person_lat, "geolocation"),
            "user_lng": Y(person_lon, "geolocation"),
            "postcode_entered": Y(lambda f: f.p.postcode, "zipcode"),
            "location_permission": G(lambda f: f.pick(["granted", "denied", "prompt"])),
            "nearest_site_id": G(lambda f: f.site()[0]),
            "nearest_site_name": G(lambda f: f.site()[1]),
            "nearest_site_city": G(lambda f: f.site()[2]),
            "distance_km": G(lambda f: round(f.r.uniform(0.8, 60), 1)),
            "sites_returned": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Prescreener Started",
        "join",
        None,
        {
            "prescreen_id": G(lambda f: f.uuid()),
            "study_code": G(lambda f: f.pick(STUDIES)),
            "questionnaire_version": G(lambda f: f.pick(["3.1", "3.2", "4.0"])),
            "language": G(lambda f: {"PL": "pl", "ZA": "en", "AR": "es"}[f.c]),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789_-") for _ in range(80)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(57)
                    )
                ),
                "advertising id",
            ),
            "entry_point": G(lambda f: f.pick(["study_page", "ad_landing", "site_finder"])),
        },
    ),
    (
        "track",
        "Contact Form Field Completed",
        "join",
        None,
        {
            "form_id": G(lambda f: "prescreen_contact"),
            "field_name": G(lambda f: f.p.form_field),
            "value": Y(
                lambda f: {"first_name": f.p.first, "last_name": f.p.last}.get(
                    f.p.form_field, f.p.first.split()[0]
                ),
                "name",
                True,
            ),
            "time_to_fill_ms": G(lambda f: f.r.randint(400, 12000)),
            "corrections": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Prescreener Completed",
        "join",
        None,
        {
            "prescreen_id": G(lambda f: f.uuid()),
            "study_code": G(lambda f: f.pick(STUDIES)),
            "eligible": G(lambda f: f.pick([True, False])),
            "outcome": G(lambda f: f.pick(["likely_eligible", "not_eligible", "needs_review"])),
            "questions_answered": G(lambda f: f.r.randint(8, 22)),
            "age": G(lambda f: 2024 - f.p.year),
            "age_band": G(lambda f: f.pick(["18-34", "35-49", "50-64", "65+"])),
            "year_of_birth": Y(lambda f: f.p.year, "birthdate"),
            "sex_at_birth": Y(lambda f: "female" if f.p.female else "male", "sex"),
            "weight_kg": Y(lambda f: round(f.r.uniform(48, 130), 1), "condition"),
            "bmi": Y(lambda f: round(f.r.uniform(18, 42), 1), "condition"),
            "diagnosed_conditions": Many(Y(conditions, "condition|diagnosis"), 3),
            "current_medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 3),
            "is_pregnant": Y(
                lambda f: False if not f.p.female else f.pick([True, False, False]), "condition"
            ),
            "breastfeeding": Y(lambda f: f.pick([True, False]), "condition"),
            "smoking_status": Y(lambda f: f.pick(["never", "former", "current"]), "condition"),
            "uses_wheelchair": RED(lambda f: f.pick([True, False, False]), "disability"),
            "in_other_trial": G(lambda f: f.pick([True, False])),
            "willing_to_travel_km": G(lambda f: f.pick([10, 25, 50])),
            "preferred_contact_method": G(lambda f: f.pick(["phone", "whatsapp", "email", "sms"])),
            "consent_to_contact": G(lambda f: True),
            "duration_s": G(lambda f: f.r.randint(60, 900)),
        },
    ),
    (
        "identify",
        None,
        "join",
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "address": {
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "state": G(lambda f: f.p.province),
                "country": G(lambda f: f.c),
            },
            "leadSource": G(lambda f: f.pick(["facebook", "google", "referral", "site_poster"])),
            "createdAt": G(ts),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: 2024 - f.p.year),
            "preferredLanguage": G(lambda f: {"PL": "pl", "ZA": "en", "AR": "es"}[f.c]),
        },
    ),
    (
        "track",
        "Referral Sent",
        "join",
        None,
        {
            "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
            "friend_name": Y(lambda f: f.other_name(), "name"),
            "friend_email": Y(lambda f: Person(f, f.c).email, "email"),
            "relationship": G(lambda f: f.pick(["friend", "sibling", "colleague", "neighbour"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Thought of you when I saw this study",
                        "Mira este estudio, pagan los viajes",
                        "Zobacz to badanie",
                        "",
                    ]
                )
            ),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "Lead Ad Submitted",
        "node",
        None,
        {
            "leadgen_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "ad_id": G(lambda f: "238" + f.digits(14)),
            "adset_name": G(lambda f: f.pick(["DM2 35-65 Gauteng", "Astma 18-60 Małopolska", "AR 40+ CABA"])),
            "campaign_name": G(lambda f: f.pick(["dm2_recruit_q2", "asthma_pl_spring", "ra_ar_awareness"])),
            "created_time": G(lambda f: f.epoch_ms() // 1000),
            "platform": G(lambda f: f.pick(["fb", "ig"])),
            "field_data": Many(
                {
                    "name": G(lead_field),
                    "values": Many(Y(lead_value, "name|email|phone", True), 1),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Lead",
        "python",
        None,
        {
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(lambda f: "https://join.curatrial.example/prescreen/thanks"),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: sha256(f.p.email.lower()), "email"),
                "ph": Y(lambda f: sha256("".join(c for c in f.p.phone if c.isdigit())), "phone"),
                "external_id": G(lambda f: sha256("u" + f.digits(7))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {
                "study_code": G(lambda f: f.pick(STUDIES)),
                "value": G(lambda f: f.pick([25, 40, 60])),
                "currency": G(lambda f: "USD"),
            },
        },
    ),
    # -- accounts and sign-in -------------------------------------------------------------------
    (
        "track",
        "Account Created",
        "swift",
        None,
        {
            "method": G(lambda f: f.pick(["email", "apple", "google", "study_code"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "has_phone": G(lambda f: f.pick([True, False])),
            "terms_version": G(lambda f: f.pick(["2024-01", "2024-03", "2023-09"])),
            "invite_code_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "sites",
        None,
        {
            "identifier": Y(lambda f: f.staff_email(), "email", True),
            "reason": G(lambda f: f.pick(["bad_password", "locked", "mfa_timeout", "unknown_user"])),
            "attempt_count": G(lambda f: f.r.randint(1, 6)),
            "captcha_score": G(lambda f: round(f.r.uniform(0.1, 0.9), 1)),
            "sso": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        "flutter",
        None,
        {
            "input": RED(lambda f: num(f, 6), "token", True),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "valid": G(lambda f: f.pick([True, True, False])),
            "seconds_since_sent": G(lambda f: f.r.randint(5, 280)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python",
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "reset_link": RED(lambda f: "https://app.curatrial.example/reset?token=" + f.hexid(40), "token"),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "expires_at": G(ts),
            "account_type": G(lambda f: f.pick(["participant", "caregiver", "staff"])),
        },
    ),
    (
        "track",
        "Email Changed",
        "node",
        None,
        {
            "old_value": Y(lambda f: Person(f, f.c).email, "email", True),
            "new_value": Y(lambda f: f.p.email, "email", True),
            "changed_by": G(lambda f: f.pick(["self", "coordinator", "support"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- identify: patient apps and backends ----------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        None,
        {
            "subjectId": G(lambda f: f.subject()),
            "siteId": G(lambda f: f.site()[0]),
            "studyCode": G(lambda f: f.pick(STUDIES)),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "enrollmentStatus": G(lambda f: f.pick(["screening", "randomized", "completed", "withdrawn"])),
            "randomizedAt": G(ts),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "diaryReminderTime": G(lambda f: f.pick(["08:00", "20:30", "21:00"])),
            "caregiverLinked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "python",
        "PL",
        {
            "imie": Y(lambda f: f.p.first, "name"),
            "nazwisko": Y(lambda f: f.p.last, "name"),
            "pesel": RED(lambda f: f.p.national_id, "national id"),
            "data_urodzenia": Y(lambda f: f.p.dob, "birthdate"),
            "plec": Y(lambda f: "K" if f.p.female else "M", "sex|gender"),
            "telefon": Y(lambda f: f.p.phone, "phone"),
            "adres_email": Y(lambda f: f.p.email, "email"),
            "adres": {
                "ulica": Y(lambda f: f.p.street, "street|address"),
                "kod_pocztowy": Y(lambda f: f.p.postcode, "zipcode"),
                "miejscowosc": Y(lambda f: f.p.city, "city"),
                "wojewodztwo": G(lambda f: f.p.province),
            },
            "numer_uczestnika": G(lambda f: f.subject()),
            "osrodek": G(lambda f: f.site()[1]),
            "jezyk": G(lambda f: "pl"),
            "zgoda_sms": G(lambda f: f.pick([True, False])),
            "pesel_zweryfikowany": G(lambda f: f.pick([True, False])),
            "choroby_wspolistniejace": Many(Y(lambda f: f.pick(CONDITIONS_PL), "condition"), 2),
            "leki": Many(Y(lambda f: f.pick(MEDICATIONS_PL), "medication"), 3),
            "data_rejestracji": G(lambda f: f.day()),
        },
    ),
    (
        "identify",
        None,
        "php",
        "AR",
        {
            "nombre": Y(lambda f: f.p.first, "name"),
            "apellido": Y(lambda f: f.p.last, "name"),
            "dni": RED(lambda f: f.pick([f.p.dni, f"{int(f.p.dni):,}".replace(",", ".")]), "national id"),
            "cuil": RED(lambda f: f.p.national_id, "national id"),
            "fecha_nacimiento": Y(lambda f: f"{f.p.dob[8:]}/{f.p.dob[5:7]}/{f.p.dob[:4]}", "birthdate"),
            "sexo": Y(lambda f: "F" if f.p.female else "M", "sex"),
            "telefono_celular": Y(lambda f: f.p.phone, "phone"),
            "correo": Y(lambda f: f.p.email, "email"),
            "domicilio": {
                "calle": Y(lambda f: f.p.street.rsplit(" ", 1)[0], "street|address"),
                "numero": Y(lambda f: f.p.street.rsplit(" ", 1)[1], "address"),
                "piso": Y(lambda f: str(f.r.randint(1, 14)), "address"),
                "depto": Y(lambda f: f.pick("ABCDEF"), "address"),
                "localidad": Y(lambda f: f.p.city, "city"),
                "provincia": G(lambda f: f.p.province),
                "codigo_postal": Y(lambda f: f.p.postcode, "zipcode"),
            },
            "obra_social": G(lambda f: f.pick(["OSDE", "Swiss Medical", "PAMI", "IOMA", "Galeno"])),
            "nro_afiliado": Y(
                lambda f: f"{num(f, 8)}/{f.r.randint(0, 9)}{f.r.randint(0, 9)}", "identification"
            ),
            "historia_clinica": RED(lambda f: "HC-" + f.digits(7), "health id"),
            "medico_derivante": Y(lambda f: "Dr. " + f.other_name("AR"), "name"),
            "consentimiento_firmado": G(lambda f: f.pick([True, False])),
            "estado": G(lambda f: f.pick(["preselección", "screening", "aleatorizado", "retirado"])),
            "id_participante": G(lambda f: f.subject()),
        },
    ),
    (
        "identify",
        None,
        "node",
        "ZA",
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "surname": Y(lambda f: f.p.last, "name"),
            "sa_id_number": RED(lambda f: f.p.national_id, "national id"),
            "passport_number": RED(lambda f: f.pick(["A", "M", "T"]) + f.digits(8), "passport"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "race": Y(lambda f: f.pick(["Black African", "Coloured", "Indian", "White"]), "race"),
            "home_language": G(lambda f: f.pick(["isiZulu", "English", "Afrikaans", "Sesotho", "isiXhosa"])),
            "cellphone": Y(lambda f: f.p.phone, "phone"),
            "suburb": Y(lambda f: f.p.suburb, "address|city"),
            "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
            "province": G(lambda f: f.p.province),
            "medical_aid_scheme": G(lambda f: f.pick(["Discovery Health", "Bonitas", "Momentum", "none"])),
            "medical_aid_number": Y(lambda f: f.digits(9), "identification"),
            "id_document_type": G(lambda f: f.pick(["sa_id", "passport", "asylum_permit"])),
            "id_verified": G(lambda f: f.pick([True, False])),
            "participant_no": G(lambda f: f.subject()),
        },
    ),
    (
        "identify",
        None,
        "python",
        None,
        {
            "SUBJECT_ID": G(lambda f: f.subject()),
            "SITE_NUMBER": G(lambda f: f.site()[0]),
            "EMAIL_ADDRESS": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "MOBILE_PHONE": Y(lambda f: phone(f, f.c, 1), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.p.dob, "birthdate"),
            "ENROLLMENT_STATUS": G(
                lambda f: f.pick(["SCREENING", "RANDOMIZED", "COMPLETED", "SCREEN_FAILED"])
            ),
            "IS_SCREEN_FAILURE": G(lambda f: f.pick([True, False])),
            "LAST_VISIT_DATE": G(lambda f: f.day()),
            "NEXT_VISIT_AT": G(ts),
            "VISITS_COMPLETED": G(lambda f: f.r.randint(0, 12)),
            "TOTAL_STIPEND_PAID": G(amount),
            "COUNTRY_CODE": G(lambda f: f.c),
            "PREFERRED_LANGUAGE": G(lambda f: {"PL": "pl", "ZA": "en", "AR": "es"}[f.c]),
            "DIARY_COMPLIANCE_PCT": G(lambda f: round(f.r.uniform(40, 100), 1)),
            "DBT_UPDATED_AT": G(ts),
        },
    ),
    (
        "alias",
        None,
        "node",
        None,
        {},
    ),
    # -- eConsent -------------------------------------------------------------------------------
    (
        "track",
        "Consent Form Viewed",
        "join",
        None,
        {
            "icf_id": G(lambda f: "ICF-" + f.digits(5)),
            "icf_version": G(lambda f: f.pick(["PL-3.0-pl", "ZA-2.1-en", "AR-2.0-es", "ZA-2.1-zu"])),
            "page_number": G(lambda f: f.r.randint(1, 18)),
            "total_pages": G(lambda f: 18),
            "time_on_page_s": G(lambda f: f.r.randint(3, 400)),
            "video_watched": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Consent Signed",
        "python+relay",
        None,
        {
            "consent_id": G(lambda f: f.uuid()),
            "subject_id": G(lambda f: f.subject()),
            "study_code": G(lambda f: f.pick(STUDIES)),
            "site_number": G(lambda f: f.site()[0]),
            "icf_version": G(lambda f: f.pick(["PL-3.0-pl", "ZA-2.1-en", "AR-2.0-es"])),
            "signed_at": G(ts),
            "signer_name": Y(lambda f: f.p.full, "name"),
            "signature": Y(lambda f: f.p.full, "name", True),
            "signer_role": G(lambda f: f.pick(["participant", "legally_authorised_representative"])),
            "lar_name": Y(lambda f: f.other_name(), "name"),
            "lar_relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "guardian"])),
            "witness_name": Y(lambda f: f.staff(), "name"),
            "signature_method": G(lambda f: f.pick(["drawn", "typed", "wet_ink_scan"])),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "document_sha256": G(lambda f: f.hexid(64)),
            "optional_consents": {
                "genetic_research": G(lambda f: f.pick([True, False])),
                "future_contact": G(lambda f: f.pick([True, False])),
                "biobank_samples": G(lambda f: f.pick([True, False])),
            },
            "comprehension_quiz_score": G(lambda f: f.r.randint(6, 10)),
        },
    ),
    (
        "track",
        "Envelope Completed",
        "node",
        None,
        {
            "envelope-id": G(lambda f: f.uuid()),
            "template-id": G(lambda f: "tpl_" + f.hexid(10)),
            "signer-name": Y(lambda f: f.p.full, "name"),
            "signer-email": Y(lambda f: f.p.email, "email"),
            "signer-ip": Y(lambda f: f.ipv4(), "ip"),
            "auth-method": G(lambda f: f.pick(["sms-otp", "email-link", "kba"])),
            "sms-otp-phone": Y(lambda f: f.p.phone, "phone"),
            "completed-at": G(ts),
            "page-count": G(lambda f: f.r.randint(12, 24)),
            "status": G(lambda f: "completed"),
            "audit-trail-hash": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Child Added",
        "join",
        "PL",
        {
            "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "child": {
                "first_name": Y(lambda f: f.pick(PL_F + PL_M), "name"),
                "date_of_birth": Y(
                    lambda f: f"20{f.r.randint(10, 19)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                    "birthdate",
                ),
                "pesel": RED(
                    lambda f: pesel(
                        f,
                        2000 + f.r.randint(10, 19),
                        f.r.randint(1, 12),
                        f.r.randint(1, 28),
                        f.r.random() < 0.5,
                    ),
                    "national id",
                ),
                "age_years": G(lambda f: f.r.randint(5, 14)),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex"),
                "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
                "school_grade": G(lambda f: f.r.randint(1, 8)),
            },
            "assent_required": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- visits, randomisation, IRT ----------------------------------------------------------------
    (
        "track",
        "Visit Scheduled",
        "rn",
        None,
        {
            "visit_id": G(lambda f: f.uuid()),
            "subject_id": G(lambda f: f.subject()),
            "visit_name": G(
                lambda f: f.pick(["V1 Screening", "V2 Baseline", "V3 Week 4", "V5 Week 12", "EOT"])
            ),
            "visit_number": G(lambda f: f.r.randint(1, 12)),
            "scheduled_for": G(ts),
            "window_start": G(lambda f: f.day()),
            "window_end": G(lambda f: f.day()),
            "site_id": G(lambda f: f.site()[0]),
            "site_name": G(lambda f: f.site()[1]),
            "room": G(lambda f: f.pick(["Gabinet 12", "Room B2", "Consultorio 4"])),
            "reminder_channel": G(lambda f: f.pick(["sms", "whatsapp", "push"])),
            "coordinator_id": G(lambda f: "usr_" + f.hexid(10)),
            "participant_mobile": Y(lambda f: f.p.phone, "phone"),
            "home_visit": G(lambda f: f.pick([True, False])),
            "home_visit_address": Y(addr_line, "address"),
            "nurse_name": Y(lambda f: f.staff(), "name"),
            "transport_booked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visit Completed",
        "rn",
        None,
        {
            "visit_id": G(lambda f: f.uuid()),
            "subject_id": G(lambda f: f.subject()),
            "visit_number": G(lambda f: f.r.randint(1, 12)),
            "duration_min": G(lambda f: f.r.randint(25, 240)),
            "procedures_done": Many(
                Y(
                    lambda f: f.pick(["ECG", "blood draw", "spirometry", "physical exam", "urine sample"]),
                    "procedure",
                ),
                4,
            ),
            "vitals": {
                "systolic_bp": Y(lambda f: f.r.randint(100, 175), "condition|diagnosis"),
                "diastolic_bp": Y(lambda f: f.r.randint(60, 110), "condition|diagnosis"),
                "heart_rate": Y(lambda f: f.r.randint(52, 110), "condition|diagnosis"),
                "temperature_c": Y(lambda f: round(f.r.uniform(36.0, 38.4), 1), "condition|diagnosis"),
                "weight_kg": Y(lambda f: round(f.r.uniform(48, 130), 1), "condition"),
            },
            "missed_procedures": G(lambda f: f.r.randint(0, 2)),
            "protocol_deviation": G(lambda f: f.pick([True, False])),
            "completed_at": G(ts),
        },
    ),
    (
        "track",
        "Subject Randomized",
        "go",
        None,
        {
            "subject_id": G(lambda f: f.subject()),
            "randomization_number": G(lambda f: f"R{f.r.randint(1, 999):04d}"),
            "kit_number": G(lambda f: f"K-{f.r.randint(1000, 99999):06d}"),
            "arm_code": G(lambda f: f.pick(["A", "B", "C"])),
            "stratum": G(lambda f: f.pick(["S1", "S2", "S3", "S4"])),
            "blinded": G(lambda f: True),
            "randomized_at": G(ts),
            "randomized_by": G(lambda f: "usr_" + f.hexid(10)),
            "irt_transaction_id": G(lambda f: f.uuid()),
            "study_code": G(lambda f: f.pick(STUDIES)),
        },
    ),
    (
        "track",
        "Kit Dispensed",
        "go",
        None,
        {
            "kit_number": G(lambda f: f"K-{f.r.randint(1000, 99999):06d}"),
            "lot_number": G(lambda f: f"L{f.r.randint(2023, 2024)}-{f.digits(4)}"),
            "expiry_date": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-01"),
            "quantity": G(lambda f: f.pick([1, 2, 4])),
            "subject_id": G(lambda f: f.subject()),
            "dispensed_by": G(lambda f: "usr_" + f.hexid(10)),
            "dispensing_pharmacist": Y(lambda f: f.staff(), "name"),
            "temperature_excursion": G(lambda f: f.pick([False, False, True])),
            "shipment_id": G(lambda f: "SHP-" + f.digits(8)),
        },
    ),
    (
        "track",
        "Screen Failed",
        "python",
        None,
        {
            "subject_id": G(lambda f: f.subject()),
            "screening_number": G(lambda f: f"S-{f.site()[0]}-{f.r.randint(1, 400):03d}"),
            "failed_criteria": Many(G(lambda f: f.pick(["I03", "I05", "E07", "E11", "E14"])), 3),
            "reason_code": G(lambda f: f.pick(["inclusion_not_met", "exclusion_met", "withdrew_consent"])),
            "reason_text": Y(screen_fail_text, "condition|diagnosis", True),
            "rescreen_allowed": G(lambda f: f.pick([True, False])),
            "failed_at": G(ts),
        },
    ),
    (
        "track",
        "Participant Withdrawn",
        "sites",
        None,
        {
            "subject_id": G(lambda f: f.subject()),
            "withdrawal_reason": G(
                lambda f: f.pick(["lost_to_follow_up", "withdrew_consent", "adverse_event", "relocation"])
            ),
            "last_dose_date": G(lambda f: f.day()),
            "follow_up_agreed": G(lambda f: f.pick([True, False])),
            "days_on_study": G(lambda f: f.r.randint(3, 400)),
        },
    ),
    (
        "group",
        None,
        "node",
        None,
        {
            "name": G(lambda f: f.site()[1]),
            "site_number": G(lambda f: f.site()[0]),
            "country": G(lambda f: f.c),
            "city": G(lambda f: f.site()[2]),
            "street_address": G(lambda f: f.site()[3]),
            "main_phone": G(lambda f: f.pick(SITE_PHONE[f.c])),
            "contact_email": G(lambda f: f.pick(SITE_MAIL[f.c])),
            "principal_investigator": Y(lambda f: "Dr " + f.staff(), "name"),
            "pi_email": Y(lambda f: f.staff_email(), "email"),
            "ethics_approval_date": G(lambda f: f.day()),
            "enrollment_target": G(lambda f: f.pick([20, 30, 45, 60])),
            "enrolled": G(lambda f: f.r.randint(0, 45)),
            "timezone": G(lambda f: TZ[f.c]),
            "activated": G(lambda f: True),
        },
    ),
    # -- safety ---------------------------------------------------------------------------------
    (
        "track",
        "Adverse Event Reported",
        "flutter",
        None,
        {
            "ae_id": G(lambda f: f.uuid()),
            "subject_id": G(lambda f: f.subject()),
            "onset_date": G(lambda f: f.day()),
            "symptom": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "severity": Y(lambda f: f.pick(["mild", "moderate", "severe"]), "condition"),
            "description": Y(ae_description, "condition", True),
            "ongoing": G(lambda f: f.pick([True, False])),
            "sought_medical_care": G(lambda f: f.pick([True, False])),
            "medications_taken": Many(
                Y(
                    lambda f: f.pick(["paracetamol 500 mg", "ibuprofen 400 mg", "loperamide", "cetirizine"]),
                    "medication",
                ),
                2,
            ),
            "photo_attached": G(lambda f: f.pick([True, False])),
            "reported_via": G(lambda f: "app"),
        },
    ),
    (
        "track",
        "SAE Report Submitted",
        "dotnet",
        None,
        {
            "CaseId": G(lambda f: "SAE-" + f.digits(6)),
            "SubjectNumber": G(lambda f: f.subject()),
            "SiteNumber": G(lambda f: f.site()[0]),
            "CountryCode": G(lambda f: f.c),
            "ReporterName": Y(lambda f: f.staff(), "name"),
            "ReporterEmail": Y(lambda f: f.staff_email(), "email"),
            "ReporterPhone": Y(lambda f: phone(f, f.c), "phone"),
            "PatientInitials": Y(lambda f: f.p.initials, "name"),
            "PatientYearOfBirth": Y(lambda f: f.p.year, "birthdate"),
            "PatientMrn": RED(lambda f: f.pick(["MRN", "", "HC"]) + f.digits(8), "health id"),
            "EventTerm": Y(
                lambda f: f.pick(
                    ["Pneumonia", "Hypoglycaemia", "Atrial fibrillation", "Acute kidney injury"]
                ),
                "diagnosis|condition",
            ),
            "MeddraCode": Y(lambda f: f.pick(["10035664", "10021005", "10003658", "10069339"]), "diagnosis"),
            "Seriousness": Y(
                lambda f: f.pick(["Hospitalisation", "Life-threatening", "Medically important"]), "condition"
            ),
            "OnsetDate": G(lambda f: f.day()),
            "ReportedAt": G(ts),
            "IsExpedited": G(lambda f: f.pick([True, False])),
            "ConcomitantMedications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 3),
            "Narrative": Y(sae_narrative, "condition|diagnosis", True),
            "FollowUpNumber": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- ePRO -----------------------------------------------------------------------------------
    (
        "screen",
        "Diary Entry",
        "flutter",
        None,
        {
            "entry_date": G(lambda f: f.day()),
            "questionnaire_id": G(lambda f: f.pick(["EQ-5D-5L", "ACQ-6", "DAILY-SX"])),
        },
    ),
    (
        "track",
        "Diary Entry Submitted",
        "flutter",
        None,
        {
            "entry_id": G(lambda f: f.uuid()),
            "questionnaire_id": G(lambda f: f.pick(["EQ-5D-5L", "ACQ-6", "DAILY-SX"])),
            "questionnaire_version": G(lambda f: f.pick(["1.2", "2.0"])),
            "completed_at": G(ts),
            "pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
            "sleep_quality": Y(lambda f: f.r.randint(1, 5), "condition"),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "rescue_inhaler_puffs": Y(lambda f: f.r.randint(0, 8), "medication"),
            "entry_text": Y(diary_text, "condition", True),
            "time_to_complete_s": G(lambda f: f.r.randint(20, 600)),
            "offline_queued": G(lambda f: f.pick([True, False])),
            "opened_from_reminder": G(lambda f: f.pick([True, False])),
            "streak_days": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Dose Logged",
        "swift",
        None,
        {
            "dose_id": G(lambda f: f.uuid()),
            "medication_name": Y(
                lambda f: f.pick(["CT-4401 10 mg", "CT-4401 or placebo", *MEDICATIONS]), "medication"
            ),
            "dose_mg": Y(lambda f: f.pick([5, 10, 20, 500, 850]), "medication"),
            "taken_at": G(ts),
            "scheduled_at": G(ts),
            "on_time": G(lambda f: f.pick([True, False])),
            "missed_reason": G(lambda f: f.pick(["", "forgot", "travelling", "ran_out"])),
            "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacy_name": G(
                lambda f: f.pick(["Dis-Chem Rosebank", "Apteka Dbam o Zdrowie", "Farmacity Palermo"])
            ),
            "doses_remaining": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Glucose Reading Synced",
        "kotlin",
        None,
        {
            "reading_id": G(lambda f: f.uuid()),
            "glucose_mg_dl": Y(lambda f: f.r.randint(62, 320), "condition|diagnosis"),
            "meal_context": G(lambda f: f.pick(["fasting", "before_meal", "after_meal", "bedtime"])),
            "meter_model": G(
                lambda f: f.pick(["Accu-Chek Guide", "Contour Next One", "OneTouch Verio Reflect"])
            ),
            "meter_serial": Y(lambda f: f.pick(["GU", "CN", "VR"]) + f.digits(8), "serial"),
            "meter_mac": Y(lambda f: f.mac(), "mac"),
            "measured_at": G(ts),
            "readings_in_batch": G(lambda f: f.r.randint(1, 30)),
            "firmware": G(lambda f: f.pick(["1.04.2", "2.1.0"])),
        },
    ),
    # -- lab ------------------------------------------------------------------------------------
    (
        "track",
        "Lab Result Received",
        "dotnet",
        None,
        {
            "AccessionNumber": G(lambda f: "ACC" + f.digits(9)),
            "SpecimenId": G(lambda f: f.uuid()),
            "SubjectNumber": G(lambda f: f.subject()),
            "PatientMrn": RED(lambda f: f.pick(["MRN", "", "HC"]) + f.digits(8), "health id"),
            "TestCode": G(lambda f: f.pick(["4548-4", "33914-3", "2160-0", "718-7", "2093-3"])),
            "TestName": G(
                lambda f: f.pick(["Hemoglobin A1c", "eGFR", "Creatinine", "Hemoglobin", "Cholesterol"])
            ),
            "ResultValue": Y(lambda f: round(f.r.uniform(0.5, 14.0), 2), "condition|diagnosis"),
            "ResultUnits": G(lambda f: f.pick(["%", "mL/min/1.73m2", "mg/dL", "g/dL"])),
            "ReferenceRange": G(lambda f: f.pick(["4.0-5.6", ">60", "0.6-1.2", "12.0-15.5"])),
            "AbnormalFlag": Y(lambda f: f.pick(["N", "H", "L", "HH"]), "condition|diagnosis"),
            "CollectedAt": G(ts),
            "PerformingLab": G(
                lambda f: f.pick(["Synlab Polska", "Lancet Laboratories", "Laboratorio Hidalgo"])
            ),
            "OrderingPhysician": Y(lambda f: "Dr " + f.staff(), "name"),
            "RequestHeaders": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "ContentType": G(lambda f: "application/hl7-v2"),
            },
        },
    ),
    (
        "track",
        "Lab Kit Shipped",
        "java",
        None,
        {
            "shipmentId": G(lambda f: "SHP-" + f.digits(8)),
            "courier": G(lambda f: f.pick(["World Courier", "Marken", "DHL Medical Express"])),
            "waybill": G(lambda f: f.digits(10)),
            "fromSiteId": G(lambda f: f.site()[0]),
            "toLab": G(
                lambda f: f.pick(["Central Lab Warsaw", "Central Lab Johannesburg", "Laboratorio Central BA"])
            ),
            "pickupContactName": Y(lambda f: f.staff(), "name"),
            "pickupContactPhone": Y(lambda f: phone(f, f.c), "phone"),
            "temperatureRange": G(lambda f: f.pick(["ambient", "2-8C", "frozen_-20C"])),
            "sampleCount": G(lambda f: f.r.randint(1, 24)),
            "dryIceKg": G(lambda f: f.pick([0, 2.5, 5])),
        },
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Bank Payout Initiated",
        "java",
        "PL",
        {
            "payoutId": G(lambda f: "po_" + f.hexid(16)),
            "subjectId": G(lambda f: f.subject()),
            "amount": G(amount),
            "currency": G(lambda f: "PLN"),
            "beneficiaryName": Y(lambda f: f.p.full, "name"),
            "iban": RED(iban_pl, "bank account"),
            "bankName": G(lambda f: f.pick(["PKO BP", "mBank", "ING Bank Śląski", "Santander Bank Polska"])),
            "bic": G(lambda f: f.pick(["BPKOPLPW", "BREXPLPW", "INGBPLPW", "WBKPPLPP"])),
            "transferTitle": G(lambda f: f"Zwrot kosztów podróży wizyta V{f.r.randint(2, 9)}"),
            "status": G(lambda f: f.pick(["pending", "sent", "failed"])),
            "initiatedAt": G(ts),
        },
    ),
    (
        "track",
        "Transferencia Enviada",
        "php",
        "AR",
        {
            "id_pago": G(lambda f: f.digits(9)),
            "monto": G(amount),
            "moneda": G(lambda f: "ARS"),
            "cbu": RED(lambda f: cbu(f), "bank account"),
            "alias_cbu": RED(
                lambda f: ".".join(
                    f.pick(["sol", "rio", "mate", "luna", "gato", "pampa", "tango", "nube"]) for _ in range(3)
                ).upper(),
                "bank account",
            ),
            "titular": Y(lambda f: f.p.full, "name"),
            "cuit_titular": RED(lambda f: f.p.national_id, "national id"),
            "banco": G(lambda f: f.pick(["Banco Galicia", "Banco Nación", "Banco Macro", "Mercado Pago"])),
            "concepto": G(
                lambda f: f.pick(["Reintegro viáticos", "Compensación visita", "Reintegro transporte"])
            ),
            "estado": G(lambda f: f.pick(["pendiente", "acreditada", "rechazada"])),
        },
    ),
    (
        "track",
        "EFT Payout Created",
        "java",
        "ZA",
        {
            "payoutId": G(lambda f: "po_" + f.hexid(16)),
            "accountHolder": Y(lambda f: f.p.full, "name"),
            "accountNumber": RED(lambda f: f.pick(["62", "10", "40", "1"]) + f.digits(8), "bank account"),
            "branchCode": G(lambda f: f.pick(["250655", "470010", "051001", "632005", "198765"])),
            "bank": G(lambda f: f.pick(["FNB", "Capitec", "Standard Bank", "Absa", "Nedbank"])),
            "accountType": G(lambda f: f.pick(["savings", "cheque", "transmission"])),
            "amount": G(amount),
            "currency": G(lambda f: "ZAR"),
            "reference": G(lambda f: f"CURA V{f.r.randint(1, 9)} {f.digits(5)}"),
        },
    ),
    (
        "track",
        "Mobile Money Payout Sent",
        "node",
        "ZA",
        {
            "transaction_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["MTN MoMo", "VodaPay", "Airtel Money"])),
            "recipient": Y(msisdn, "phone", True),
            "amount": G(amount),
            "currency": G(lambda f: "ZAR"),
            "fee": G(lambda f: round(f.r.uniform(0, 12), 2)),
            "status": G(lambda f: f.pick(["SUCCESSFUL", "PENDING", "FAILED"])),
            "provider_reference": G(lambda f: f.digits(10)),
            "payer_message": G(lambda f: "CuraTrial visit stipend"),
        },
    ),
    (
        "track",
        "Prepaid Card Loaded",
        "java",
        None,
        {
            "payoutId": G(lambda f: "po_" + f.hexid(16)),
            "cardToken": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "pan": RED(lambda f: f.card(formatted=False), "credit card"),
            "cardLast4": G(lambda f: num(f, 4)),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "maestro"])),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 30)}"),
            "amount": G(amount),
            "currency": G(lambda f: CURRENCY[f.c]),
            "programId": G(lambda f: "PRG-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Travel Reimbursement Submitted",
        "swift",
        None,
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "CLM-" + f.digits(7)),
            "trip_date": G(lambda f: f.day()),
            "mode": G(lambda f: f.pick(["car", "bus", "train", "taxi", "remis"])),
            "origin_address": Y(addr_line, "address"),
            "destination_site": G(lambda f: f.site()[1]),
            "distance_km": G(lambda f: round(f.r.uniform(2, 180), 1)),
            "amount_claimed": G(amount),
            "currency": G(lambda f: CURRENCY[f.c]),
            "receipt_count": G(lambda f: f.r.randint(0, 4)),
            "companion_name": Y(lambda f: f.other_name(), "name"),
            "wheelchair_accessible_vehicle": RED(lambda f: f.pick([True, False, False]), "disability"),
            "notes": G(
                lambda f: f.pick(["Parking at hospital", "Bus + train", "", "Toll road", "Estacionamiento"])
            ),
        },
    ),
    (
        "track",
        "Ride Booked",
        "node",
        None,
        {
            "ride_id": G(lambda f: f.uuid()),
            "pickup": {
                "address": Y(addr_line, "address"),
                "lat": Y(person_lat, "geolocation"),
                "lng": Y(person_lon, "geolocation"),
            },
            "dropoff": {
                "address": G(lambda f: f.site()[3]),
                "lat": G(lambda f: site_latlon(f)[0]),
                "lng": G(lambda f: site_latlon(f)[1]),
            },
            "rider_name": Y(lambda f: f.p.full, "name"),
            "rider_phone": Y(lambda f: f.p.phone, "phone"),
            "driver_first_name": Y(lambda f: Person(f, f.c).first, "name"),
            "vehicle_plate": Y(
                lambda f: {
                    "PL": f"KR {num(f, 4)}{f.pick('ABCDEFGH')}",
                    "ZA": f"{f.pick(['CA', 'GP', 'ND'])} {num(f, 3)}-{num(f, 3)}",
                    "AR": f"A{f.pick('ABCDEFG')} {num(f, 3)} {f.pick('ABCDEFG')}{f.pick('ABCDEFG')}",
                }[f.c],
                "license",
            ),
            "vehicle_make": G(
                lambda f: f.pick(["Toyota Corolla", "Škoda Octavia", "VW Polo", "Fiat Cronos"])
            ),
            "fare_estimate": G(amount),
            "scheduled_pickup_at": G(ts),
            "wheelchair_required": RED(lambda f: f.pick([True, False, False]), "disability"),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "rn",
        None,
        {
            "email": Y(lambda f: f.staff_email(), "email"),
            "firstName": Y(lambda f: f.staff().split()[0], "name"),
            "lastName": Y(lambda f: f.staff().split()[-1], "name"),
            "phone": Y(lambda f: phone(f, f.c), "phone"),
            "role": G(
                lambda f: f.pick(
                    ["study_coordinator", "sub_investigator", "principal_investigator", "pharmacist"]
                )
            ),
            "title": G(lambda f: f.pick(["Study Coordinator", "Sub-Investigator", "Research Nurse", "PI"])),
            "siteIds": Many(G(lambda f: f.site()[0]), 2),
            "medicalLicenseNumber": Y(
                lambda f: {"PL": num(f, 7), "ZA": "MP" + num(f, 7), "AR": "MN " + num(f, 6)}[f.c], "license"
            ),
            "gcpCertificateId": Y(lambda f: "GCP-" + f.hexid(8).upper(), "certificate"),
            "gcpExpiry": G(lambda f: f"202{f.r.randint(5, 7)}-{f.r.randint(1, 12):02d}-01"),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "createdAt": G(ts),
        },
    ),
    (
        "track",
        "Staff Invited",
        "ruby",
        None,
        {
            "invitee_email": Y(lambda f: f.staff_email(), "email"),
            "invitee_name": Y(lambda f: f.staff(), "name"),
            "role": G(lambda f: f.pick(["study_coordinator", "sub_investigator", "monitor"])),
            "site_number": G(lambda f: f.site()[0]),
            "invited_by": G(lambda f: "usr_" + f.hexid(10)),
            "invite_token": RED(lambda f: f.hexid(32), "token"),
            "expires_at": G(ts),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "ruby",
        None,
        {
            "staff_id": G(lambda f: "usr_" + f.hexid(10)),
            "week_start": G(lambda f: f.day()),
            "hours": G(lambda f: round(f.r.uniform(4, 40), 1)),
            "hourly_rate": Y(lambda f: {"PL": 95, "ZA": 320, "AR": 9500}[f.c] + f.r.randint(0, 40), "salary"),
            "currency": G(lambda f: CURRENCY[f.c]),
            "approver_name": Y(lambda f: f.staff(), "name"),
            "cost_center": G(lambda f: f.pick(["CC-4401", "CC-2210", "CC-OPS"])),
            "billable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added",
        "sites",
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.hexid(24)),
            "sku": G(lambda f: f.pick(["KIT-BLD-A", "KIT-URN-02", "SHIP-DRY-10", "ECG-ELEC-50"])),
            "name": G(
                lambda f: f.pick(
                    ["Blood collection kit A", "Urine dipstick pack", "Dry shipper 10L", "ECG electrodes"]
                )
            ),
            "quantity": G(lambda f: f.r.randint(1, 20)),
            "price": G(lambda f: round(f.r.uniform(4, 180), 2)),
        },
    ),
    (
        "track",
        "Order Completed",
        "sites",
        None,
        {
            "order_id": G(lambda f: "SUP-" + f.digits(7)),
            "affiliation": G(lambda f: "CuraTrial Site Supplies"),
            "total": G(lambda f: round(f.r.uniform(40, 2400), 2)),
            "shipping": G(lambda f: f.pick([0, 15, 35])),
            "currency": G(lambda f: "EUR"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.hexid(24)),
                    "sku": G(lambda f: f.pick(["KIT-BLD-A", "KIT-URN-02", "SHIP-DRY-10", "ECG-ELEC-50"])),
                    "name": G(
                        lambda f: f.pick(["Blood collection kit A", "Urine dipstick pack", "Dry shipper 10L"])
                    ),
                    "category": G(lambda f: f.pick(["lab_kits", "shipping", "devices"])),
                    "quantity": G(lambda f: f.r.randint(1, 20)),
                    "price": G(lambda f: round(f.r.uniform(4, 180), 2)),
                },
                3,
            ),
            "shipping_address": {
                "attention": Y(lambda f: f.staff(), "name"),
                "line1": G(lambda f: f.site()[3]),
                "site_name": G(lambda f: f.site()[1]),
                "country": G(lambda f: f.c),
            },
            "ordered_by": G(lambda f: "usr_" + f.hexid(10)),
            "po_number": G(lambda f: "PO-" + f.digits(6)),
        },
    ),
    ("page", "Participants", "sites", None, dict(PAGE_PROPS)),
    (
        "track",
        "Participant Searched",
        "sites",
        None,
        {
            "q": Y(lambda f: f.pick([f.p.last, f.p.full, f.p.last.lower()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 6)),
            "site_filter": G(lambda f: f.site()[0]),
            "search_duration_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Participant Contacted",
        "rn",
        None,
        {
            "subject_id": G(lambda f: f.subject()),
            "channel": G(lambda f: f.pick(["call", "sms", "whatsapp"])),
            "contact_phone": Y(lambda f: f.p.phone, "phone"),
            "note": Y(contact_note, "phone", True),
            "outcome": G(lambda f: f.pick(["reached", "voicemail", "no_answer", "wrong_number"])),
            "call_duration_s": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "kotlin",
        None,
        {
            "label": Y(lambda f: f.other_name(), "name", True),
            "relationship": G(lambda f: f.pick(["spouse", "mother", "son", "friend", "neighbour"])),
            "phone_number": Y(lambda f: phone(f, f.c), "phone"),
            "is_primary": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["contacts_picker", "manual"])),
        },
    ),
    (
        "track",
        "Coordinator Message Sent",
        "swift",
        None,
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "text": G(
                lambda f: f.pick(
                    [
                        "Can I move my visit to Friday?",
                        "Thanks!",
                        "Running 10 min late",
                        "¿Tengo que ir en ayunas?",
                        "Czy mogę przyjść wcześniej?",
                        "The app logged me out again",
                    ]
                )
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
            "sender_role": G(lambda f: "participant"),
        },
    ),
    # -- messaging webhooks ---------------------------------------------------------------------
    (
        "track",
        "SMS Reminder Delivered",
        "python",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: {"PL": "+48732123456", "ZA": "+27600123456", "AR": "+5491150123456"}[f.c]),
            "To": Y(lambda f: phone(f, f.c, 1), "phone", True),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "smtp-id": G(
                lambda f: f"<{f.hexid(11)}.{f.hexid(4)}.{f.hexid(6)}@ismtpd-{f.r.randint(100, 999)}>"
            ),
            "event": G(lambda f: f.pick(["delivered", "open", "click"])),
            "category": Many(G(lambda f: f.pick(["visit_reminder", "diary_nudge", "newsletter"])), 2),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filter{f.r.randint(1000, 9999)}.{f.digits(5)}.0"),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- mobile lifecycle and screens -------------------------------------------------------------
    (
        "track",
        "Application Opened",
        "swift",
        None,
        {
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["4200", "4305"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(lambda f: f.pick(["", "curatrial://diary", "curatrial://visits/next"])),
            "referring_application": G(lambda f: f.pick(["", "com.apple.mobilesafari", "com.whatsapp"])),
        },
    ),
    (
        "track",
        "Application Installed",
        "kotlin",
        None,
        {
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["40200", "40301"])),
        },
    ),
    (
        "screen",
        "Visit Schedule",
        "kotlin",
        None,
        {
            "screen_class": G(lambda f: "VisitScheduleFragment"),
            "previous_screen": G(lambda f: f.pick(["Home", "Diary", "Payments"])),
            "upcoming_visits": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        None,
        {
            "campaign_id": G(lambda f: "cmp_" + f.hexid(8)),
            "title": G(lambda f: f.pick(["Time for your diary", "Visit tomorrow", "Czas na dzienniczek"])),
            "body": G(
                lambda f: f.pick(
                    ["It takes 2 minutes", "Don't forget to fast from midnight", "Hoy toca el diario"]
                )
            ),
            "action": G(lambda f: f.pick(["open", "dismiss", "snooze"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "join",
        None,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Very clear questions",
                        "Muy fácil de completar",
                        "Too long",
                        "Nie mogłem znaleźć ośrodka",
                        "",
                    ]
                )
            ),
            "page": G(lambda f: f.pick(["/prescreen/thanks", "/studies"])),
        },
    ),
]

# How often each template is sent, relative to the others (everyday traffic is pages, screens,
# diary entries and reminders; payouts and SAE reports are rarer).
WEIGHT = {
    "Study Finder": 3,
    "Participants": 2,
    "Diary Entry": 3,
    "Diary Entry Submitted": 3,
    "Application Opened": 3,
    "SMS Reminder Delivered": 2,
    "Email Delivered": 2,
    "Studies Searched": 2,
    "Dose Logged": 2,
    "Visit Schedule": 2,
}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, country, body in EVENTS:
            for _ in range(WEIGHT.get(event or "", 1)):
                f.p = Person(f, country or f.pick(["PL", "ZA", "AR"]))
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u_" + f.hexid(12),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = f.site()[0]
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif body:
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(CONTEXTS[client](), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=270, repeats=24)
    write(Path(__file__).parent, "holdout270_", events, labels)
