"""Writes holdout242: tests/corpus/holdout242_events.jsonl and holdout242_labels.json.

SEALED. Written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py, fake.py and build_holdout3.py for the helpers and the format,
REFERENCE.md and DESIGN.md for the matcher names, and portal.events.flatten for the paths), and
never scored by its author. Run it with
`.venv/bin/python -m tests.corpus.build_holdout242`; the output is deterministic (seed 242).

Domain: a prepaid electricity and water utility ("Lumo") with smart meters in South Africa, Spain
and the Philippines. Covered: account holders and premises addresses; STS meter numbers, meter
PANs, Spanish CUPS supply-point codes and smart-meter serials; prepaid token purchases (20-digit
STS tokens, key-change tokens), tokens bought for someone else and sent by SMS / WhatsApp;
consumption readings and smart-meter interval data; outage reports with locations, a WhatsApp
chatbot, load-shedding schedules; indigent / social tariff applications (South African indigent
register, Spain's bono social, the Philippine lifeline rate) with income, household members and
identity numbers; medical priority registrations; debit orders (DebiCheck, SEPA) and card
payments (Stripe, Peach, PayMongo, GCash); a field technicians' job app (jobs, premises access,
call masking, crew profiles); support tickets, referrals, surveys; group calls for body
corporates and landlords; vendor-shaped payloads (Twilio status callbacks, WhatsApp Cloud API,
Meta Conversions API, AppsFlyer attribution, Google Places autocomplete).

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter,
and the python, node, go, java, ruby, php and C# server libraries, each with the context block it
really sends (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
location, externalIds). Calls: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the C# billing
integration, kebab-case from a Webflow-style form, SCREAMING_SNAKE from a warehouse reverse-ETL
sync, Twilio's PascalCase callback fields, and keys in Afrikaans (municipal backend), Spanish
(the Spanish portal and PHP backend) and Tagalog (the Philippine Flutter app). Values are
country-aware: South African, Spanish and Filipino names (plus migrants' names from elsewhere),
national phone formats, addresses, SA ID numbers with their Luhn check digit, DNI/NIE with their
mod-23 letter, PhilSys/SSS/TIN/PhilHealth numbers, mod-97 IBANs, Luhn cards, STS meter numbers
with their Luhn digit and CUPS codes with their mod-529 check letters.

Labelling rules (Privacy Portal default colours):
- Each leaf path has classification, type (reference matcher name, or `national id`, `bank
  account`, `geolocation`, `token`, `secret`, `health id`, `advertising id`, `credit card`,
  `credit score`; `a|b` when either name is fair) and value_only (the key does not say what the
  value is and only the value reveals it; such a path carries that PII in every value).
- PII: personal data about a natural person (the account holder, a token recipient, household
  members, patients, staff such as technicians and agents, a body corporate's contact person).
  Colour: the reference default; outside the reference red for credentials/secrets, card
  numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or our vendors issue (user, account, order, job, receipt, mandate, payment
  intent, message ids; UUIDs; SKUs), versions, timestamps, amounts, readings, enums, counters and
  booleans even under PII-sounding keys, product / tariff / company / store / pet names, places
  that are not the person's (a searched load-shedding area, a vending outlet), country, province,
  locale, timezone, currency, user agents, OS-issued device ids; card brand, last four, expiry,
  BIN; bank branch codes and BICs.
- Product policy as briefed: customer / account / loyalty numbers, ages and age bands, marital
  status, job titles, employers green; a business's own phone / e-mail / address (support lines,
  role mailboxes, a vending outlet, the company sender number in a Twilio callback, the call-masking
  proxy number) green; pets green; UUID tokens (a Places session token) green; insurer's member
  numbers (SA medical aid) yellow `identification`; salaries and incomes yellow `salary`; credit
  scores yellow; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising
  id`; billing addresses yellow; trade union membership yellow; payment tokens (`pm_`, Peach
  registration ids), OTPs and magic links red `token`; identity document numbers red; PhilHealth
  numbers red `health id`; answers about the right to work red `visa`.
- Booleans / enums that reveal a special category are labelled by it: a recognised disability or
  its degree red `disability`; life-support medical equipment at the premises yellow `condition`;
  a population group yellow `race`; a nationality yellow `citizenship`.
Decisions this corpus had to make (what a careful privacy owner at a mid-size utility would flag):
- STS prepaid tokens are red `token`: a bearer one-time code worth the credit the person bought.
- Meter numbers, STS meter PANs (18 digits that pass Luhn, but not cards), smart-meter and water
  meter serials and Spanish CUPS codes identify one household's supply point, the way a VIN
  identifies a car: yellow `serial`. Utility account numbers are customer numbers: green.
- ERF / stand numbers name the person's property: yellow `address`. A suburb or barangay of the
  person's own address is yellow `city|address`; load-shedding blocks and municipal wards are green.
- Push notification tokens (context.device.token) are red `token`, as in the base corpus.
- Free text is labelled by what every one of its values carries; every free-text path here either
  always carries the named PII or never does (then green). Photos of meters and leaks are green;
  a person's profile photo is yellow `photo`. A role mailbox (accounts@, billing@) of a business
  customer is green; its named contact person is yellow.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- country-aware values -----------------------------------------------------------------------------

ZA_FIRST = [
    "Sipho", "Thandiwe", "Lerato", "Johan", "Anele", "Nomvula", "Pieter", "Zanele", "Bongani",
    "Ayesha", "Riaan", "Palesa", "Tshepo", "Naledi", "Mandla", "Charlene", "Kagiso", "Willem",
    "Lindiwe", "Mpho", "Annelie", "Siyabonga", "Refilwe", "Deon",
]  # fmt: skip
ZA_LAST = [
    "Ndlovu", "Mokoena", "Dlamini", "van der Merwe", "Botha", "Khumalo", "Nkosi", "Naidoo",
    "du Plessis", "Mahlangu", "Pillay", "Sithole", "Molefe", "Jacobs", "Petersen", "Mthembu",
    "Venter", "Govender", "Maluleke", "Adams", "Nel", "Baloyi",
]  # fmt: skip
ES_FIRST = [
    "María José", "Javier", "Lucía", "Iñaki", "Nuria", "Alejandro", "Carmen", "Jordi", "Paula",
    "Sergio", "Ainhoa", "Rocío", "Álvaro", "Montserrat", "Hugo", "Begoña", "Manuel", "Inés",
]  # fmt: skip
ES_LAST = [
    "García López", "Fernández", "Martínez Ruiz", "Etxeberria", "Puig", "Sánchez Gil", "Romero",
    "Vila Soler", "Navarro", "Castaño", "Ortega Muñoz", "Iglesias", "Pérez", "Jiménez Sanz",
]  # fmt: skip
PH_FIRST = [
    "Juan", "Maria Clara", "Jose Mari", "Ma. Cristina", "Rodrigo", "Angelica", "Mark Anthony",
    "Jenalyn", "Rhea", "Joselito", "Kristine Joy", "Marites", "Jerome", "Princess", "Dindo",
    "Analyn", "Ramon",
]  # fmt: skip
PH_LAST = [
    "dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos",
    "Garcia", "Tan", "Lim", "Pascual", "Castillo", "Dizon", "Macaraeg", "Soriano", "Manalo",
]  # fmt: skip
MIGRANT = [
    ("Tendai", "Moyo"), ("Chipo", "Ncube"), ("Amadou", "Diallo"), ("Oluwaseun", "Adeyemi"),
    ("Chen", "Wei"), ("Farah", "Haddad"), ("Tomás", "Ferreira"), ("Priya", "Raman"),
    ("Youssef", "El Amrani"), ("Nguyen", "Thi Lan"), ("Ioana", "Popescu"), ("Dmitri", "Volkov"),
]  # fmt: skip

ZA_STREETS = [
    "Vilakazi St", "Jan Smuts Ave", "Voortrekker Rd", "Nelson Mandela Dr", "Beyers Naudé Dr",
    "Main Rd", "Kerkstraat", "Moshoeshoe St", "Sisulu Ave", "Long St", "Protea Cres", "Bosbok Rd",
]  # fmt: skip
ZA_SUBURBS = [
    "Orlando West", "Soshanguve", "Bellville", "Mitchells Plain", "Umlazi", "Tembisa", "Sunnyside",
    "Khayelitsha", "Randburg", "Mamelodi", "Diepkloof", "Chatsworth", "Kuils River",
]  # fmt: skip
ZA_CITIES = ["Johannesburg", "Pretoria", "Cape Town", "Durban", "Ekurhuleni", "Gqeberha", "Polokwane"]
ES_STREETS = [
    "Calle de Alcalá", "Avinguda Diagonal", "Calle Sierpes", "Gran Vía", "Calle Mayor",
    "Paseo de la Castellana", "Carrer de Sants", "Calle Larios", "Avenida de la Constitución",
]  # fmt: skip
ES_CITIES = [
    ("Madrid", "28"), ("Barcelona", "08"), ("Sevilla", "41"), ("Valencia", "46"), ("Bilbao", "48"),
    ("Málaga", "29"), ("Zaragoza", "50"), ("Murcia", "30"), ("Getafe", "28"), ("L'Hospitalet", "08"),
]  # fmt: skip
PH_STREETS = ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Quezon Blvd.", "Luna St.", "Sampaguita St."]
PH_BARANGAYS = [
    "San Isidro", "Bagong Silang", "Poblacion", "Commonwealth", "Holy Spirit", "Lahug",
    "Talamban", "Malate", "Bagumbayan", "Santo Niño", "Pasong Tamo",
]  # fmt: skip
PH_CITIES = [
    "Quezon City", "Makati", "Cebu City", "Davao City", "Pasig", "Caloocan", "Antipolo", "Iloilo City",
]  # fmt: skip
CENTRES = {
    "ZA": [(-26.20, 28.04), (-25.75, 28.19), (-33.92, 18.60), (-29.86, 31.02)],
    "ES": [(40.42, -3.70), (41.39, 2.16), (37.39, -5.98), (39.47, -0.38)],
    "PH": [(14.65, 121.05), (14.55, 121.02), (10.32, 123.90), (7.07, 125.61)],
}
MAIL_DOMAINS = {
    "ZA": ["gmail.com", "yahoo.co.za", "webmail.co.za", "outlook.com", "mweb.co.za"],
    "ES": ["gmail.com", "hotmail.es", "outlook.es", "yahoo.es", "telefonica.net"],
    "PH": ["gmail.com", "yahoo.com.ph", "outlook.ph", "ymail.com"],
}
CURRENCY = {"ZA": "ZAR", "ES": "EUR", "PH": "PHP"}
LOCALES = {"ZA": ["en-ZA", "af-ZA", "zu-ZA"], "ES": ["es-ES", "ca-ES", "eu-ES"], "PH": ["en-PH", "fil-PH"]}
TIMEZONES = {"ZA": ["Africa/Johannesburg"], "ES": ["Europe/Madrid", "Atlantic/Canary"], "PH": ["Asia/Manila"]}
CARRIERS = {
    "ZA": ["Vodacom", "MTN", "Cell C", "Telkom"],
    "ES": ["Movistar", "Vodafone", "Orange"],
    "PH": ["Globe", "Smart", "DITO"],
}
BUSINESS_PHONES = ["0860 586 000", "+27 11 555 0190", "+34 900 123 456", "(02) 8631 1111", "+63 2 8888 0000"]
STORES = [
    ("Shoprite Maponya Mall", "2127 Chris Hani Rd, Klipspruit, Soweto"),
    ("Pick n Pay Tembisa", "Cnr Andrew Mapheto Dr & Flint Mazibuko St, Tembisa"),
    ("Spar Bellville", "14 Voortrekker Rd, Bellville"),
    ("7-Eleven Commonwealth Ave", "Commonwealth Ave cor. Tandang Sora, Quezon City"),
    ("Bayad Center SM North", "North Ave cor. EDSA, Quezon City"),
    ("Estanco nº 12 Getafe", "Calle Madrid 34, Getafe"),
]
PRODUCTS = {
    "ZA": [
        ("ELEC-ZA-PRE", "Prepaid Electricity", "electricity"),
        ("WTR-ZA-PRE", "Prepaid Water", "water"),
        ("ELEC-ZA-200K", "Electricity Bundle 200 kWh", "electricity"),
        ("SVC-SMI", "Smart Meter Install Fee", "service"),
    ],
    "ES": [
        ("ES-LUZ-20", "Recarga Luz 20 €", "electricity"),
        ("ES-LUZ-50", "Recarga Luz 50 €", "electricity"),
        ("SVC-SMI", "Smart Meter Install Fee", "service"),
    ],
    "PH": [
        ("KLOAD-500", "KLOAD Prepaid 500", "electricity"),
        ("KLOAD-1000", "KLOAD Prepaid 1000", "electricity"),
        ("WTR-PH-10M3", "Water Top-up 10 m³", "water"),
    ],
}
TARIFFS = ["Homelight 20A", "Homelight 60A", "Lifeline", "Indigent FBE", "2.0TD", "PVPC", "Residential GS"]
UTILITIES = [
    "City Power",
    "Eskom",
    "City of Cape Town",
    "Iberdrola",
    "Endesa",
    "Meralco",
    "Maynilad",
    "Manila Water",
]
# (manufacturer, model, device name, os, os version, screen width, screen height)
RN_DEVICES = [
    ("samsung", "SM-T225", "gta7litewifi", "Android", "13", 800, 1340),
    ("Zebra Technologies", "TC26", "TC26", "Android", "11", 720, 1280),
    ("samsung", "SM-G736B", "xcover6pro", "Android", "14", 1080, 2408),
    ("Apple", "iPhone13,2", "iPhone", "iOS", "17.5", 390, 844),
]
PH_DEVICES = [
    ("realme", "RMX3710", "RE58B2L1", "Android", "14", 720, 1604),
    ("INFINIX", "Infinix X6833B", "Infinix-X6833B", "Android", "13", 1080, 2460),
    ("samsung", "SM-A155F", "a15", "Android", "14", 1080, 2340),
    ("Apple", "iPhone12,1", "iPhone", "iOS", "17.2", 414, 896),
    ("TECNO", "TECNO KI5q", "TECNO-KI5q", "Android", "13", 720, 1612),
]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:126.0) Gecko/20100101 Firefox/126.0",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class UtilityFake(Fake):
    """fake.Fake with the current message's country (`cc`) driving names, phones and addresses."""

    cc = "ZA"

    def _names(self):
        if self.r.random() < 0.12:
            return self.pick(MIGRANT)
        first, last = {"ZA": (ZA_FIRST, ZA_LAST), "ES": (ES_FIRST, ES_LAST), "PH": (PH_FIRST, PH_LAST)}[
            self.cc
        ]
        return self.pick(first), self.pick(last)

    def first(self):
        return self._names()[0]

    def last(self):
        return self._names()[1]

    def full_name(self):
        first, last = self._names()
        return f"{first} {last}"

    def email(self):
        first, last = self._names()
        user = ascii_fold(first).lower().replace(" ", "").replace(".", "")
        surname = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [f"{user}.{surname}", f"{user}{surname[:1]}", f"{user}_{surname}", f"{surname}{user[:1]}"]
        )
        if self.r.random() < 0.5:
            local += str(self.r.randint(1, 99))
        return f"{local}@{self.pick(MAIL_DOMAINS[self.cc])}"

    def phone(self, style=None):
        r = self.r
        if self.cc == "ZA":
            p = self.pick(
                ["60", "61", "63", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"]
            )
            a, b = f"{r.randint(0, 999):03d}", f"{r.randint(0, 9999):04d}"
            return self.pick([f"+27 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+27{p}{a}{b}"])
        if self.cc == "ES":
            n = str(r.choice([6, 7])) + f"{r.randint(0, 99999999):08d}"
            return self.pick(
                [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"+34{n}"]
            )
        p = self.pick(["917", "918", "927", "939", "995", "998", "966", "977", "905"])
        a, b = f"{r.randint(0, 999):03d}", f"{r.randint(0, 9999):04d}"
        return self.pick(
            [f"+63 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+63{p}{a}{b}", f"0{p}-{a}-{b}"]
        )

    def msisdn(self):
        """E.164 digits without the plus, as WhatsApp and SMS gateways write them."""
        return {"ZA": "27", "ES": "34", "PH": "63"}[self.cc] + {
            "ZA": self.pick(["72", "82", "83", "61"]) + self.digits(7),
            "ES": self.pick(["6", "7"]) + self.digits(8),
            "PH": "9" + self.pick(["17", "27", "95", "66"]) + self.digits(7),
        }[self.cc]

    def street(self):
        r = self.r
        if self.cc == "ZA":
            return f"{r.randint(1, 9999)} {self.pick(ZA_STREETS)}"
        if self.cc == "ES":
            floor = self.pick(["3º B", "bajo", "2º izda.", "5º 1ª", "1º A", "ático"])
            return f"{self.pick(ES_STREETS)} {r.randint(1, 250)}, {floor}"
        return self.pick(
            [
                f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}, {self.pick(PH_STREETS)}",
                f"{r.randint(1, 999)} {self.pick(PH_STREETS)}",
            ]
        )

    def suburb(self):
        if self.cc == "ZA":
            return self.pick(ZA_SUBURBS)
        if self.cc == "ES":
            return self.pick(["Chamberí", "Gràcia", "Triana", "Ruzafa", "Deusto", "El Palo", "Sants"])
        return "Brgy. " + self.pick(PH_BARANGAYS)

    def city(self):
        if self.cc == "ZA":
            return self.pick(ZA_CITIES)
        if self.cc == "ES":
            return self.pick(ES_CITIES)[0]
        return self.pick(PH_CITIES)

    def zip(self):
        if self.cc == "ES":
            return self.pick(ES_CITIES)[1] + f"{self.r.randint(1, 999):03d}"
        return f"{self.r.randint(1000, 9999)}"

    def address(self):
        if self.cc == "ZA":
            return f"{self.street()}, {self.suburb()}, {self.city()}, {self.zip()}"
        if self.cc == "ES":
            city, prefix = self.pick(ES_CITIES)
            return f"{self.street()}, {prefix}{self.r.randint(1, 999):03d} {city}"
        return f"{self.street()}, {self.suburb()}, {self.city()}"

    def province(self):
        return self.pick(
            {
                "ZA": ["Gauteng", "Western Cape", "KwaZulu-Natal", "Limpopo", "Eastern Cape"],
                "ES": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"],
                "PH": ["Metro Manila", "Cebu", "Davao del Sur", "Rizal", "Iloilo"],
            }[self.cc]
        )

    def pick_product(self):
        self.product = self.pick(PRODUCTS[self.cc])
        return self.product

    def pick_device(self, devices):
        """Picks a device once per message (at `manufacturer`); the other device fields follow it."""
        self.device = self.pick(devices)
        return self.device[0]

    def pick_store(self, stores):
        self.store = self.pick(stores)
        return self.store[0]

    def country(self):
        return self.cc

    def currency(self):
        return CURRENCY[self.cc]

    def lat(self):
        return round(self.pick(CENTRES[self.cc])[0] + self.r.uniform(-0.12, 0.12), 6)

    def lon(self):
        return round(self.pick(CENTRES[self.cc])[1] + self.r.uniform(-0.12, 0.12), 6)

    def amount(self):
        lo, hi = {"ZA": (20, 1500), "ES": (20, 180), "PH": (100, 5000)}[self.cc]
        return round(self.r.uniform(lo, hi), 2)

    def birthdate(self, start=1940, end=2004):
        return self.date(start, end)

    # identity numbers ------------------------------------------------------------------------------
    def sa_id(self, start=1940, end=2004):
        year, month, day = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        self.id_born = (year, month, day)
        born = f"{year % 100:02d}{month:02d}{day:02d}"
        seq = f"{self.r.randint(0, 9999):04d}"
        return self.luhn_complete(born + seq + self.pick(["0", "0", "0", "1"]) + "8")

    def id_birthdate(self):
        """The birth date of the last SA ID number generated (the ID encodes it)."""
        return "{:04d}-{:02d}-{:02d}".format(*self.id_born)

    def id_age(self):
        return 2024 - self.id_born[0]

    def dni(self):
        n = self.r.randint(1_000_000, 99_999_999)
        return f"{n:08d}{DNI_LETTERS[n % 23]}"

    def nie(self):
        lead = self.r.randint(0, 2)
        n = self.r.randint(0, 9_999_999)
        return f"{'XYZ'[lead]}{n:07d}{DNI_LETTERS[int(f'{lead}{n:07d}') % 23]}"

    def philsys(self):
        d = self.digits(16)
        return self.pick([d, f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"])

    def national_id(self):
        if self.cc == "ZA":
            return self.sa_id()
        if self.cc == "ES":
            return self.dni() if self.r.random() < 0.8 else self.nie()
        return self.philsys()

    def passport(self):
        if self.cc == "ZA":
            return self.pick(["A", "M"]) + self.digits(8)
        if self.cc == "ES":
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(6)
        return "P" + self.digits(7) + self.r.choice("ABC")

    # utility numbers ---------------------------------------------------------------------------------
    def meter(self):
        if self.cc == "ES":
            return self.pick(["ZIV", "SAG", "CIR", "ORB", "GEE"]) + self.digits(10)
        if self.cc == "PH":
            return self.pick(["", "M"]) + self.digits(8)
        return self.sts_meter()

    def sts_meter(self):
        prefix = self.pick(["01", "04", "07", "14", "37", "58"])
        if self.r.random() < 0.8:
            return self.luhn_complete(prefix + f"{self.r.randint(0, 10**8 - 1):08d}")
        return self.luhn_complete("0" + prefix + f"{self.r.randint(0, 10**9 - 1):09d}")

    def meter_pan(self):
        return self.luhn_complete(
            "600727" + self.luhn_complete(self.pick(["01", "04", "14"]) + self.digits(8))
        )

    def water_meter(self):
        return f"{self.r.randint(10, 24)}{self.r.choice('ABKLMS')}{self.r.randint(0, 999999):06d}"

    def cups(self):
        dist = self.pick(["0021", "0031", "0022", "0026"])
        body = dist + f"{self.r.randint(0, 10**12 - 1):012d}"
        rest = int(body) % 529
        return f"ES{body}{DNI_LETTERS[rest // 23]}{DNI_LETTERS[rest % 23]}" + self.pick(["", "0F", "1P"])

    def sts_token(self):
        d = f"{self.r.randint(0, 10**20 - 1):020d}"
        groups = [d[i : i + 4] for i in range(0, 20, 4)]
        return self.pick([" ".join(groups), "-".join(groups), d])

    def erf(self):
        return self.pick(
            [
                f"ERF {self.r.randint(100, 29999)} {self.pick(ZA_SUBURBS)}",
                f"Stand {self.r.randint(100, 9999)}, {self.pick(ZA_SUBURBS)} Ext {self.r.randint(1, 12)}",
                f"Erf {self.r.randint(100, 29999)}, {self.pick(ZA_SUBURBS)}",
            ]
        )

    def sa_bank_account(self):
        return self.pick(["62", "10", "40", "15"]) + self.digits(self.pick([8, 9]))

    def ph_bank_account(self):
        return self.pick(
            [self.digits(10), self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}"]
        )

    def bank_account(self):
        if self.cc == "ES":
            return self.iban("ES")
        if self.cc == "PH":
            return self.ph_bank_account()
        return self.sa_bank_account()

    def stripe_pm(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_" + "".join(self.r.choice(alnum) for _ in range(24))

    def plate(self):
        letters = "BCDFGHJKLMNPRSTVWXYZ"
        two = "".join(self.r.choice(letters) for _ in range(2))
        if self.cc == "ZA":
            return self.pick(
                [
                    f"{two} {self.digits(2)} {self.r.choice(letters)}{self.r.choice(letters)} GP",
                    f"CA {self.digits(6)}",
                    f"ND {self.digits(3)}-{self.digits(3)}",
                ]
            )
        if self.cc == "ES":
            return f"{self.digits(4)} {two}{self.r.choice(letters)}"
        return f"{two}{self.r.choice(letters)} {self.digits(4)}"

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def ipany(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()


def person_note(f: UtilityFake) -> str:
    """Technicians' access notes: each names a way to reach someone at the premises."""
    return f.pick(
        [
            f"Phone {f.first()} on {f.phone()} before arrival, gate is locked",
            f"Tenant at back room, call {f.phone()}",
            f"Meter box behind the garage. Owner's cell {f.phone()}",
            f"Ring {f.phone()} - dogs in yard",
            f"Llamar al {f.phone()} antes de subir",
            f"Tawagan si {f.first()} sa {f.phone()} pagdating",
        ]
    )


def ticket_message(f: UtilityFake) -> str:
    contact = f.pick([f.phone(), f.email()])
    return f.pick(
        [
            f"Token not accepted by meter, error 30. Please call me back on {contact}",
            f"I was charged twice for my purchase. My contact is {contact}",
            f"No water since Tuesday. Reach me at {contact}",
            f"Wrong tariff on my account, please sort out. {contact}",
            f"My meter says 'Err 04' after loading. contact: {contact}",
        ]
    )


def sms_body(f: UtilityFake) -> str:
    return f.pick(
        [
            f"Lumo: Token for meter {f.sts_meter()}: {f.sts_token()}. "
            f"Units {f.money(5, 600)}kWh. Ref {f.digits(9)}",
            f"Your electricity token is {f.sts_token()} ({f.money(5, 600)} kWh). Thank you for using Lumo.",
            f"Lumo Water: {f.sts_token()} = {f.money(1, 20)} kL. Receipt {f.digits(10)}",
        ]
    )


def otp_text(f: UtilityFake) -> str:
    code = f.otp()
    return f.pick(
        [
            f"Your Lumo verification code is {code}. It expires in 5 minutes.",
            f"Tu código de verificación de Lumo es {code}",
            f"{code} is your Lumo one-time PIN. Do not share it with anyone.",
            f"Ang iyong Lumo OTP ay {code}. Huwag itong ibahagi.",
        ]
    )


# -- contexts of the client libraries --------------------------------------------------------------------


def campaign():
    return {
        "name": G(
            lambda f: f.pick(["winter_tokens", "load_shedding_app", "bono_social_2024", "lifeline_ph"])
        ),
        "source": G(lambda f: f.pick(["google", "facebook", "sms", "newsletter"])),
        "medium": G(lambda f: f.pick(["cpc", "social", "sms", "email"])),
        "content": G(lambda f: f.pick(["banner_a", "video_15s", "textlink"])),
    }


def web_context(page: str):
    def _ctx(f: UtilityFake):
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
            },
            "page": {
                "path": G(lambda f: page),
                "referrer": G(
                    lambda f: f.pick(
                        ["https://www.google.com/", "", "https://lumo.africa/", "https://m.facebook.com/"]
                    )
                ),
                "search": G(lambda f: f.pick(["", "?utm_source=sms", "?ref=home", "?lang=af"])),
                "title": G(lambda f: f.pick(["Lumo | Buy electricity & water", "My account - Lumo", "Lumo"])),
                "url": G(lambda f: "https://my.lumo.africa" + page),
            },
            "userAgent": G(lambda f: f.pick(UAS)),
            "userAgentData": {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "125", "8", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
            },
            "locale": G(lambda f: f.pick(LOCALES[f.cc])),
            "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
            "ip": Y(lambda f: f.ipany(), "ip"),
            "campaign": campaign(),
        }

    return _ctx


def swift_context(f: UtilityFake):
    return {
        "app": {
            "name": G(lambda f: "Lumo"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.9.2"])),
            "build": G(lambda f: f.pick(["2024.5.1", "2024.6.3", "2024.6.7"])),
            "namespace": G(lambda f: "africa.lumo.prepaid"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,5", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 414])),
            "height": G(lambda f: f.pick([667, 844, 896])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "usr_" + f.digits(8)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def kotlin_context(f: UtilityFake):
    return {
        "app": {
            "name": G(lambda f: "Lumo"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.9.2"])),
            "build": G(lambda f: f.pick(["40800", "40901", "40902"])),
            "namespace": G(lambda f: "africa.lumo.prepaid"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "HUAWEI", "OPPO", "vivo", "HONOR"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2591", "V2249", "SM-A057F"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "OP5961L1", "a05s"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; CPH2591 Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 12 Build/SKQ1.211103.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipany(), "ip"),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "usr_" + f.digits(8))},
    }


def rn_context(f: UtilityFake):
    """Lumo Field, the technicians' job app (React Native)."""
    return {
        "app": {
            "name": G(lambda f: "Lumo Field"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.4", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "234", "240"])),
            "namespace": G(lambda f: "africa.lumo.field"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick_device(RN_DEVICES)),
            "model": G(lambda f: f.device[1]),
            "name": G(lambda f: f.device[2]),
            "type": G(lambda f: f.device[3].lower()),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: f.device[3]), "version": G(lambda f: f.device[4])},
        "screen": {"width": G(lambda f: f.device[5]), "height": G(lambda f: f.device[6])},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "employeeId": G(lambda f: "EMP" + f.digits(5)),
            "email": Y(
                lambda f: (
                    f"{ascii_fold(f.first()).lower().replace(' ', '')}.{f.r.randint(1, 99)}@lumo.africa"
                ),
                "email",
            ),
            "depot": G(
                lambda f: f.pick(["Booysens", "Bellville", "Getafe", "Quezon City North", "Pinetown"])
            ),
        },
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 8.3, 14.1, 22.7])),
        },
    }


def flutter_context(f: UtilityFake):
    """Lumo Pilipinas (Flutter, analytics_flutter)."""
    return {
        "app": {
            "name": G(lambda f: "Lumo Pilipinas"),
            "version": G(lambda f: f.pick(["1.7.2", "1.8.0", "1.8.1"])),
            "build": G(lambda f: f.pick(["72", "80", "81"])),
            "namespace": G(lambda f: "ph.lumo.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick_device(PH_DEVICES)),
            "model": G(lambda f: f.device[1]),
            "type": G(lambda f: f.device[3].lower()),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "os": {"name": G(lambda f: f.device[3]), "version": G(lambda f: f.device[4])},
        "screen": {"width": G(lambda f: f.device[5]), "height": G(lambda f: f.device[6])},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: "Asia/Manila"),
        "ip": Y(lambda f: f.ipany(), "ip"),
    }


def python_context(f: UtilityFake):
    return {
        "library": {
            "name": G(lambda f: "analytics-python"),
            "version": G(lambda f: f.pick(["2.3.2", "2.3.3"])),
        },
        "ip": Y(lambda f: f.ipany(), "ip"),
        "userAgent": G(lambda f: f.pick(UAS)),
        "groupId": G(lambda f: "grp_" + f.digits(6)),
    }


def node_context(f: UtilityFake):
    return {
        "library": {
            "name": G(lambda f: "@segment/analytics-node"),
            "version": G(lambda f: f.pick(["2.1.0", "2.1.2"])),
        },
        "externalIds": Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
        "traits": {
            "accountNumber": G(lambda f: f.digits(10)),
            "email": Y(lambda f: f.email(), "email"),
        },
    }


def go_context(f: UtilityFake):
    return {"library": {"name": G(lambda f: "analytics-go"), "version": G(lambda f: "3.3.0")}}


def java_context(f: UtilityFake):
    return {
        "library": {"name": G(lambda f: "analytics-java"), "version": G(lambda f: f.pick(["3.5.0", "3.5.1"]))}
    }


def ruby_context(f: UtilityFake):
    return {
        "library": {"name": G(lambda f: "analytics-ruby"), "version": G(lambda f: "2.4.1")},
        "ip": Y(lambda f: f.ipany(), "ip"),
    }


def php_context(f: UtilityFake):
    return {
        "library": {
            "name": G(lambda f: "analytics-php"),
            "consumer": G(lambda f: "LibCurl"),
            "version": G(lambda f: "3.8.0"),
        },
        "ip": Y(lambda f: f.ipany(), "ip"),
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["es-ES", "ca-ES"])),
    }


def dotnet_context(f: UtilityFake):
    return {
        "library": {
            "name": G(lambda f: "Analytics.CSharp"),
            "version": G(lambda f: f.pick(["2.3.3", "2.4.0"])),
        }
    }


CONTEXTS = {
    "web": None,  # web contexts carry the page path; built per template
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": python_context,
    "node": node_context,
    "go": go_context,
    "java": java_context,
    "ruby": ruby_context,
    "php": php_context,
    "dotnet": dotnet_context,
}

# -- shared bodies -------------------------------------------------------------------------------------


def product():
    # product_id renders first and picks the item; the later fields describe the same item
    return {
        "product_id": G(lambda f: f.pick_product()[0]),
        "sku": G(lambda f: f.product[0] + "-" + f.pick(["A", "B", "STD"])),
        "name": G(lambda f: f.product[1]),
        "category": G(lambda f: f.product[2]),
        "price": G(lambda f: f.amount()),
        "quantity": G(lambda f: 1),
        "variant": G(lambda f: f.pick(["single", "recurring", "gift"])),
    }


def address_block():
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "suburb": Y(lambda f: f.suburb(), "city|address"),
        "city": Y(lambda f: f.city(), "city"),
        "postalCode": Y(lambda f: f.zip(), "zipcode"),
        "province": G(lambda f: f.province()),
        "country": G(lambda f: f.country()),
    }


ALL = ("ZA", "ES", "PH")
ZA = ("ZA",)
ES = ("ES",)
PH = ("PH",)

# Each template: (type, event or page/screen name, client, countries, body, weight).
EVENTS = [
    # -- web portal -----------------------------------------------------------------------------------
    (
        "page",
        "Buy Electricity",
        ("web", "/buy"),
        ALL,
        {
            "path": G(lambda f: "/buy"),
            "url": G(
                lambda f: "https://my.lumo.africa/buy" + f.pick(["", "?meter=saved", "?utm_source=sms"])
            ),
            "title": G(lambda f: "Buy electricity - Lumo"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://lumo.africa/"])),
            "search": G(lambda f: f.pick(["", "?meter=saved", "?utm_source=sms"])),
            "name": G(lambda f: "Buy Electricity"),
            "category": G(lambda f: f.pick(["purchase", "funnel"])),
        },
        2,
    ),
    (
        "page",
        "Home",
        ("web", "/"),
        ALL,
        {
            "path": G(lambda f: "/"),
            "url": G(
                lambda f: (
                    "https://my.lumo.africa/" + f.pick(["", "?utm_source=google", "?utm_source=facebook"])
                )
            ),
            "title": G(lambda f: "Lumo | Buy electricity & water"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(48), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok"])),
            "utm_campaign": G(lambda f: f.pick(["winter_tokens", "load_shedding_app", "bono_social_2024"])),
            "experimentVariant": G(lambda f: f.pick(["control", "hero_b", "hero_c"])),
        },
        1,
    ),
    (
        "track",
        "Signed Up",
        ("web", "/signup"),
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "referralCode": G(lambda f: "LUMO-" + f.hexid(6).upper()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "acceptedTermsVersion": G(lambda f: f.pick(["2023-11", "2024-03"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "es", "ca", "fil"])),
            "country": G(lambda f: f.country()),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        1,
    ),
    (
        "identify",
        None,
        ("web", "/account"),
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "address": address_block(),
            "birthday": Y(lambda f: f.birthdate(), "birthdate"),
            "idNumber": RED(lambda f: f.national_id(), "national id"),
            "accountNumber": G(lambda f: f.digits(10)),
            "customerSince": G(lambda f: f.iso()),
            "tariff": G(lambda f: f.pick(TARIFFS)),
            "meterCount": G(lambda f: f.r.randint(1, 4)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "es", "ca", "fil"])),
            "avatar": Y(lambda f: f"https://cdn.lumo.africa/avatars/{f.uuid()}.jpg", "photo"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
        },
        1,
    ),
    (
        "track",
        "Meter Added",
        ("web", "/meters/new"),
        ALL,
        {
            "meterNumber": Y(lambda f: f.meter(), "serial"),
            "meterType": G(lambda f: f.pick(["electricity", "water"])),
            "nickname": G(
                lambda f: f.pick(
                    ["Home", "Granny flat", "Spaza shop", "Back room", "Casa", "Bahay", "Cottage"]
                )
            ),
            "supplyGroupCode": G(lambda f: f.pick(["600675", "999910", "201032", "400231"])),
            "tariffIndex": G(lambda f: f.pick(["01", "02", "10"])),
            "keyRevisionNumber": G(lambda f: f.pick([1, 2])),
            "utility": G(lambda f: f.pick(UTILITIES)),
            "isDefault": G(lambda f: f.pick([True, False])),
            "savedMetersCount": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Product Added",
        ("web", "/buy"),
        ALL,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product(),
            "currency": G(lambda f: f.currency()),
            "meterNumber": Y(lambda f: f.meter(), "serial"),
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        ("web", "/checkout"),
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "revenue": G(lambda f: f.amount()),
            "tax": G(lambda f: f.money(0, 90)),
            "currency": G(lambda f: f.currency()),
            "coupon": G(lambda f: f.pick(["", "WINTER10", "FIRSTBUY"])),
            "products": Many(product(), 2),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ("web", "/checkout/pay"),
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_type": G(lambda f: f.pick(["card", "instant_eft", "gcash", "bizum", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["492181", "535315", "402167", "547366"])),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "payment_method_id": RED(lambda f: f.stripe_pm(), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ("web", "/checkout/done"),
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "receipt_number": G(lambda f: f.digits(12)),
            "revenue": G(lambda f: f.amount()),
            "tax": G(lambda f: f.money(0, 90)),
            "currency": G(lambda f: f.currency()),
            "products": Many(product(), 2),
            "meterNumber": Y(lambda f: f.meter(), "serial"),
            "units_kwh": G(lambda f: f.money(5, 800)),
            "stsToken": RED(lambda f: f.sts_token(), "token"),
            "tokens": Many(
                {
                    "type": G(lambda f: f.pick(["credit", "key_change_1", "key_change_2", "free_basic"])),
                    "value": RED(lambda f: f.sts_token(), "token", True),
                    "units": G(lambda f: f.money(0, 600)),
                },
                3,
            ),
            "freeBasicUnitsApplied": G(lambda f: f.pick([True, False])),
            "vendor": G(lambda f: "Lumo"),
            "debtRecovered": G(lambda f: f.money(0, 120)),
        },
        2,
    ),
    (
        "track",
        "Token Sent To Recipient",
        ("web", "/buy/gift"),
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(9)),
            "recipientName": Y(lambda f: f.full_name(), "name"),
            "recipientMobile": Y(lambda f: f.phone(), "phone"),
            "relationship": G(lambda f: f.pick(["mother", "grandmother", "tenant", "sibling", "other"])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "message": G(
                lambda f: f.pick(
                    ["Lights money for this month", "Hope this helps", "", "For the geyser", "Para la luz"]
                )
            ),
            "amount": G(lambda f: f.amount()),
            "meterNumber": Y(lambda f: f.meter(), "serial"),
        },
        1,
    ),
    (
        "track",
        "Favourite Recipient Saved",
        ("web", "/recipients"),
        ALL,
        {
            "contact": {
                "label": Y(lambda f: f.full_name(), "name", True),
                "value": Y(lambda f: f.phone(), "phone", True),
                "kind": G(lambda f: f.pick(["mobile", "home", "work"])),
            },
            "favouritesCount": G(lambda f: f.r.randint(1, 8)),
            "source": G(lambda f: f.pick(["manual", "contacts_picker", "previous_purchase"])),
        },
        1,
    ),
    (
        "track",
        "Recipient Searched",
        ("web", "/recipients"),
        ALL,
        {
            "q": Y(lambda f: f.phone(), "phone", True),
            "resultsCount": G(lambda f: f.r.randint(0, 3)),
        },
        1,
    ),
    (
        "track",
        "Help Article Searched",
        ("web", "/help"),
        ALL,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "token rejected",
                        "how to load token",
                        "error 30",
                        "free basic electricity",
                        "bono social",
                        "lifeline rate",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 12)),
            "articleClicked": G(lambda f: f.pick(["kb-101", "kb-207", "", "kb-330"])),
        },
        1,
    ),
    # kebab-case Webflow-style contact form
    (
        "track",
        "Contact Form Submitted",
        ("web", "/contact"),
        ALL,
        {
            "form-id": G(lambda f: f.pick(["wf-form-Contact", "wf-form-Callback"])),
            "first-name": Y(lambda f: f.first(), "name"),
            "last-name": Y(lambda f: f.last(), "name"),
            "e-mail": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "meter-number": Y(lambda f: f.meter(), "serial"),
            "enquiry-type": G(lambda f: f.pick(["billing", "token", "outage", "new connection"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Token not working",
                        "Please call me about a new meter",
                        "Lights keep tripping",
                        "Need a statement",
                    ]
                )
            ),
            "accept-privacy": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Sign In Started",
        ("web", "/login"),
        ALL,
        {
            "identifier": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "method": G(lambda f: f.pick(["password", "otp", "magic_link"])),
            "rememberMe": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        ("python", None),
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "magicLink": RED(lambda f: "https://my.lumo.africa/auth/callback?token=" + f.hexid(48), "token"),
            "expiresInMinutes": G(lambda f: 15),
            "requestId": G(lambda f: f.uuid()),
        },
        1,
    ),
    (
        "track",
        "OTP Sent",
        ("node", None),
        ALL,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "to": Y(lambda f: f.phone(), "phone", True),
            "text": RED(otp_text, "token", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio", "clickatell", "semaphore"])),
        },
        1,
    ),
    (
        "track",
        "OTP Verified",
        ("kotlin", None),
        ALL,
        {
            "otpCode": RED(lambda f: f.otp(), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
            "secondsToVerify": G(lambda f: f.r.randint(5, 180)),
        },
        1,
    ),
    (
        "track",
        "Contact Detail Updated",
        ("web", "/account/profile"),
        ALL,
        {
            "field": G(lambda f: f.pick(["email", "mobile"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ("web", "/onboarding/premises"),
        ALL,
        {
            "input": Y(lambda f: f.street(), "address|street", True),
            "placeId": G(lambda f: "ChIJ" + f.hexid(23)),
            "sessionToken": G(lambda f: f.uuid()),
            "formattedAddress": Y(lambda f: f.address(), "address"),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "predictionIndex": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    # -- mobile apps --------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ("swift", None),
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "accountNumber": G(lambda f: f.digits(10)),
            "tariff": G(lambda f: f.pick(TARIFFS)),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "biometricLoginEnabled": G(lambda f: f.pick([True, False])),
            "lowBalanceThresholdKwh": G(lambda f: f.pick([10, 20, 50])),
        },
        1,
    ),
    (
        "screen",
        "Token History",
        ("swift", None),
        ALL,
        {
            "name": G(lambda f: "Token History"),
            "filter": G(lambda f: f.pick(["all", "30d", "electricity", "water"])),
            "itemsShown": G(lambda f: f.r.randint(0, 40)),
        },
        2,
    ),
    (
        "track",
        "Token Copied",
        ("swift", None),
        ALL,
        {
            "receiptNumber": G(lambda f: f.digits(12)),
            "token": RED(lambda f: f.sts_token(), "token"),
            "copiedVia": G(lambda f: f.pick(["long_press", "copy_button", "share_sheet"])),
            "meterNumber": Y(lambda f: f.meter(), "serial"),
        },
        1,
    ),
    (
        "track",
        "Token Entry Failed",
        ("kotlin", None),
        ALL,
        {
            "meterNumber": Y(lambda f: f.meter(), "serial"),
            "tokenNumber": RED(lambda f: f.sts_token(), "token"),
            "errorCode": G(lambda f: f.pick(["1", "30", "ERR04", "DUPLICATE", "OLD"])),
            "keypadType": G(lambda f: f.pick(["CIU", "split", "integrated"])),
            "retryCount": G(lambda f: f.r.randint(0, 4)),
        },
        1,
    ),
    (
        "track",
        "Outage Reported",
        ("kotlin", None),
        ALL,
        {
            "referenceNumber": G(lambda f: "OUT" + f.digits(8)),
            "outageType": G(
                lambda f: f.pick(["no_power", "partial", "low_voltage", "no_water", "burst_pipe"])
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Whole street is dark",
                        "Transformer bang then off",
                        "Sin luz desde las 8",
                        "Walang kuryente",
                        "Pole down after storm",
                    ]
                )
            ),
            "reportedAddress": Y(lambda f: f.address(), "address"),
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "callbackNumber": Y(lambda f: f.phone(), "phone"),
            "callbackRequested": G(lambda f: f.pick([True, False])),
            "affectedHouseholds": G(lambda f: f.pick([1, 5, 20, 100])),
            "loadSheddingBlock": G(lambda f: f.pick(["Block 4B", "Area 16", "Zona 3", "Block 12A"])),
            "photoUrl": G(lambda f: f"https://uploads.lumo.africa/outages/{f.uuid()}.jpg"),
        },
        2,
    ),
    (
        "track",
        "Load Shedding Schedule Viewed",
        ("kotlin", None),
        ZA,
        {
            "area": G(lambda f: f.pick(ZA_SUBURBS)),
            "stage": G(lambda f: f.r.randint(0, 6)),
            "blockId": G(lambda f: f.pick(["4B", "16", "12A", "7"])),
            "nextSlotStart": G(lambda f: f.iso()),
            "savedAreasCount": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Outage Map Searched",
        ("swift", None),
        ALL,
        {
            "searchText": G(lambda f: f.pick(ZA_SUBURBS + PH_CITIES + ["Getafe", "Triana"])),
            "resultsCount": G(lambda f: f.r.randint(0, 30)),
            "zoom": G(lambda f: f.r.randint(10, 17)),
        },
        1,
    ),
    (
        "track",
        "Usage Viewed",
        ("swift", None),
        ALL,
        {
            "period": G(lambda f: f.pick(["day", "week", "month"])),
            "avgDailyKwh": G(lambda f: f.money(2, 40)),
            "totalKwh": G(lambda f: f.money(20, 900)),
            "totalLitres": G(lambda f: f.r.randint(500, 30000)),
            "comparedToNeighbours": G(lambda f: f.pick(["below", "similar", "above"])),
            "meterNumber": Y(lambda f: f.meter(), "serial"),
        },
        1,
    ),
    (
        "track",
        "Reading Submitted",
        ("kotlin", None),
        ALL,
        {
            "meterNumber": Y(lambda f: f.meter(), "serial"),
            "readingValue": G(lambda f: f.money(100, 99999)),
            "readingDate": G(lambda f: f.date(2024, 2024)),
            "meterPhotoUrl": G(lambda f: f"https://uploads.lumo.africa/readings/{f.hexid(20)}.jpg"),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "estimated": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Notification Preferences Updated",
        ("kotlin", None),
        ALL,
        {
            "emailAlerts": G(lambda f: f.pick([True, False])),
            "smsAlerts": G(lambda f: f.pick([True, False])),
            "whatsappNumber": Y(lambda f: f.phone(), "phone"),
            "lowBalanceThresholdKwh": G(lambda f: f.pick([10, 20, 50])),
            "quietHoursStart": G(lambda f: f.pick(["21:00", "22:00", "23:00"])),
        },
        1,
    ),
    (
        "screen",
        "Buy",
        ("kotlin", None),
        ALL,
        {"name": G(lambda f: "Buy"), "from": G(lambda f: f.pick(["home", "low_balance_push", "deeplink"]))},
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        ("swift", None),
        ALL,
        {
            "campaign": G(lambda f: f.pick(["low_balance", "outage_restored", "tariff_change"])),
            "messageId": G(lambda f: f.uuid()),
            "deeplink": G(lambda f: f.pick(["lumo://buy", "lumo://outages", "lumo://usage"])),
        },
        1,
    ),
    (
        "track",
        "Priority Customer Registered",
        ("swift", None),
        ALL,
        {
            "medicalEquipment": Y(
                lambda f: f.pick(
                    ["oxygen concentrator", "home dialysis", "CPAP", "ventilator", "insulin fridge"]
                ),
                "condition",
            ),
            "patientName": Y(lambda f: f.full_name(), "name"),
            "patientIdNumber": RED(lambda f: f.national_id(), "national id"),
            "doctorName": Y(lambda f: "Dr " + f.full_name(), "name"),
            "doctorPracticeNumber": G(lambda f: f.digits(7)),
            "certificateUploaded": G(lambda f: f.pick([True, False])),
            "backupPowerAvailable": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Install Attributed",
        ("kotlin", None),
        ALL,
        {
            "provider": G(lambda f: "appsflyer"),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["ZA_install_q2", "PH_lifeline", "ES_bono"])),
            "af_status": G(lambda f: f.pick(["Organic", "Non-organic"])),
            "is_first_launch": G(lambda f: f.pick([True, False])),
            "install_time": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- Philippine Flutter app, Tagalog keys -----------------------------------------------------------
    (
        "identify",
        None,
        ("flutter", None),
        PH,
        {
            "pangalan": Y(lambda f: f.first(), "name"),
            "apelyido": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "numero_ng_telepono": Y(lambda f: f.phone(), "phone"),
            "kaarawan": Y(lambda f: f.birthdate(), "birthdate"),
            "wika": G(lambda f: f.pick(["Tagalog", "English", "Cebuano"])),
            "serviceIdNumber": G(lambda f: f.digits(10)),
        },
        1,
    ),
    (
        "track",
        "Lifeline Rate Application Submitted",
        ("flutter", None),
        PH,
        {
            "aplikasyon_id": G(lambda f: "LRA-" + f.digits(7)),
            "pangalan": Y(lambda f: f.first(), "name"),
            "apelyido": Y(lambda f: f.last(), "name"),
            "kaarawan": Y(lambda f: f.birthdate(), "birthdate"),
            "tirahan": Y(lambda f: f.street(), "address|street"),
            "barangay": Y(lambda f: f.suburb(), "city|address"),
            "lungsod": Y(lambda f: f.city(), "city"),
            "numero_ng_telepono": Y(lambda f: f.phone(), "phone"),
            "buwanang_kita": Y(lambda f: f.r.randint(4000, 18000), "salary"),
            "bilang_ng_miyembro": G(lambda f: f.r.randint(1, 9)),
            "miyembro_ng_4ps": G(lambda f: f.pick([True, False])),
            "philsys_number": RED(lambda f: f.philsys(), "national id"),
            "philhealth_no": RED(lambda f: f"{f.digits(2)}-{f.digits(9)}-{f.r.randint(0, 9)}", "health id"),
            "katayuan": G(lambda f: f.pick(["isinumite", "sinusuri", "aprubado"])),
            "kWh_buwan": G(lambda f: f.r.randint(40, 100)),
        },
        2,
    ),
    (
        "track",
        "Tulo ng Tubig Iniulat",
        ("flutter", None),
        PH,
        {
            "ulat_id": G(lambda f: f.digits(8)),
            "uri": G(lambda f: f.pick(["tagas_sa_tubo", "walang_tubig", "mahinang_presyon"])),
            "detalye": G(
                lambda f: f.pick(
                    [
                        "Malakas ang tagas sa kanto",
                        "Walang tubig simula kahapon",
                        "Mahina ang tubig tuwing umaga",
                    ]
                )
            ),
            "lokasyon": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "larawan_url": G(lambda f: f"https://uploads.lumo.ph/tagas/{f.hexid(16)}.jpg"),
            "utility": G(lambda f: f.pick(["Maynilad", "Manila Water"])),
        },
        1,
    ),
    (
        "track",
        "Payment Completed",
        ("flutter", None),
        PH,
        {
            "wallet": G(lambda f: f.pick(["gcash", "maya", "grabpay"])),
            "walletMobileNumber": Y(lambda f: f.phone(), "phone"),
            "referenceNo": G(lambda f: f.digits(13)),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: "PHP"),
            "paymongoPaymentId": G(lambda f: "pay_" + f.hexid(24)),
            "serviceIdNumber": G(lambda f: f.digits(10)),
        },
        1,
    ),
    (
        "track",
        "Bill Paid Over The Counter",
        ("node", None),
        PH,
        {
            "reference_number": G(lambda f: f.digits(14)),
            "outlet": G(lambda f: f.pick_store(STORES[3:5])),
            "outlet_address": G(lambda f: f.store[1]),
            "outlet_phone": G(lambda f: f.pick(BUSINESS_PHONES[3:])),
            "amount": G(lambda f: f.amount()),
            "convenience_fee": G(lambda f: f.pick([10, 15, 20])),
        },
        1,
    ),
    # -- field technicians' job app ------------------------------------------------------------------
    (
        "identify",
        None,
        ("rn", None),
        ALL,
        {
            "employeeId": G(lambda f: "EMP" + f.digits(5)),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "role": G(lambda f: f.pick(["Meter Technician", "Senior Electrician", "Plumber", "Team Lead"])),
            "depot": G(
                lambda f: f.pick(["Booysens", "Bellville", "Getafe", "Quezon City North", "Pinetown"])
            ),
            "vehicleRegistration": Y(lambda f: f.plate(), "license"),
            "profilePhoto": Y(lambda f: f"https://cdn.lumo.africa/staff/{f.hexid(12)}.png", "photo"),
            "certifications": Many(
                G(lambda f: f.pick(["Wireman's licence", "Working at heights", "First aid L1"])), 2
            ),
        },
        1,
    ),
    (
        "track",
        "Job Assigned",
        ("rn", None),
        ALL,
        {
            "jobId": G(lambda f: "JOB-" + f.digits(7)),
            "jobType": G(
                lambda f: f.pick(
                    ["meter_install", "meter_audit", "reconnection", "disconnection", "leak_repair"]
                )
            ),
            "priority": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "customer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "accountNumber": G(lambda f: f.digits(10)),
            },
            "premises": {
                "address": Y(lambda f: f.address(), "address"),
                "suburb": Y(lambda f: f.suburb(), "city|address"),
                "gps": {
                    "lat": Y(lambda f: f.lat(), "geolocation"),
                    "lng": Y(lambda f: f.lon(), "geolocation"),
                },
                "accessNotes": Y(person_note, "phone", True),
                "dogOnPremises": G(lambda f: f.pick([True, False])),
                "dogName": G(lambda f: f.pick(["Bruno", "Simba", "Bantay", "Rex", "Luna", "Tiger"])),
            },
            "meterNumber": Y(lambda f: f.meter(), "serial"),
            "scheduledFor": G(lambda f: f.iso()),
            "slaHours": G(lambda f: f.pick([4, 24, 48, 72])),
        },
        2,
    ),
    (
        "track",
        "Job Started",
        ("rn", None),
        ALL,
        {
            "jobId": G(lambda f: "JOB-" + f.digits(7)),
            "odometerKm": G(lambda f: f.r.randint(10000, 240000)),
            "vehicleRegistration": Y(lambda f: f.plate(), "license"),
            "travelMinutes": G(lambda f: f.r.randint(3, 120)),
            "offline": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Job Completed",
        ("rn", None),
        ALL,
        {
            "jobId": G(lambda f: "JOB-" + f.digits(7)),
            "outcome": G(lambda f: f.pick(["completed", "no_access", "customer_refused", "parts_needed"])),
            "newMeterNumber": Y(lambda f: f.meter(), "serial"),
            "sealNumber": G(lambda f: "S" + f.digits(7)),
            "finalReadingKwh": G(lambda f: f.money(0, 50000)),
            "tamperDetected": G(lambda f: f.pick([True, False])),
            "photos": Many(G(lambda f: f"https://uploads.lumo.africa/jobs/{f.hexid(20)}.jpg"), 3),
            "customerSignedBy": Y(lambda f: f.full_name(), "name"),
            "customerRating": G(lambda f: f.r.randint(1, 5)),
            "note": G(
                lambda f: f.pick(
                    [
                        "Bypass removed, meter sealed",
                        "Replaced CIU, customer shown how to load",
                        "Leak fixed at meter coupling",
                        "No one home, card left",
                        "Contador sustituido",
                    ]
                )
            ),
            "durationMinutes": G(lambda f: f.r.randint(10, 240)),
        },
        2,
    ),
    (
        "track",
        "Customer Called",
        ("rn", None),
        ALL,
        {
            "jobId": G(lambda f: "JOB-" + f.digits(7)),
            "proxyNumber": G(
                lambda f: f.pick(
                    ["+27 10 500 1200", "+27 10 500 1201", "+34 910 60 70 80", "+63 2 8231 4400"]
                )
            ),
            "callDurationSec": G(lambda f: f.r.randint(0, 600)),
            "direction": G(lambda f: f.pick(["outbound", "inbound"])),
            "answered": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Crew Profile Updated",
        ("rn", None),
        ALL,
        {
            "employeeId": G(lambda f: "EMP" + f.digits(5)),
            "union": Y(lambda f: f.pick(["NUMSA", "Solidarity", "SAMWU", "CCOO", "UGT"]), "trade union"),
            "medicalAidScheme": G(
                lambda f: f.pick(["Discovery Health", "Bonitas", "Momentum Health", "Sanitas", "Maxicare"])
            ),
            "medicalAidNumber": Y(lambda f: f.digits(9), "identification"),
            "hourlyRate": Y(lambda f: f.money(80, 450), "salary"),
            "emergencyContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "brother", "partner"])),
            },
            "shirtSize": G(lambda f: f.pick(["M", "L", "XL", "XXL"])),
            "yearsOfService": G(lambda f: f.r.randint(0, 30)),
        },
        1,
    ),
    (
        "track",
        "Route Optimised",
        ("rn", None),
        ALL,
        {
            "routeId": G(lambda f: f.uuid()),
            "stops": Many(
                {
                    "jobId": G(lambda f: "JOB-" + f.digits(7)),
                    "eta": G(lambda f: f.iso()),
                    "lat": Y(lambda f: f.lat(), "geolocation"),
                    "lng": Y(lambda f: f.lon(), "geolocation"),
                },
                6,
            ),
            "totalKm": G(lambda f: f.money(5, 180)),
        },
        1,
    ),
    # -- indigent / social tariff applications -------------------------------------------------------
    (
        "track",
        "Indigent Application Submitted",
        ("web", "/indigent/apply"),
        ZA,
        {
            "applicationId": G(lambda f: "IND-" + f.digits(8)),
            "applicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "surname": Y(lambda f: f.last(), "name"),
                "idNumber": RED(lambda f: f.sa_id(), "national id"),
                "dateOfBirth": Y(lambda f: f.id_birthdate(), "birthdate"),
                "cellphone": Y(lambda f: f.phone(), "phone"),
                "maritalStatus": G(lambda f: f.pick(["single", "married", "widowed", "divorced"])),
                "employmentStatus": G(lambda f: f.pick(["unemployed", "informal", "part_time", "pensioner"])),
                "employer": G(
                    lambda f: f.pick(["", "Shoprite Checkers", "Self-employed", "City Parks (EPWP)"])
                ),
                "monthlyIncome": Y(lambda f: f.r.randint(0, 6500), "salary"),
                "populationGroup": Y(
                    lambda f: f.pick(["Black African", "Coloured", "Indian/Asian", "White"]), "race"
                ),
                "nationality": Y(
                    lambda f: f.pick(["South African", "Zimbabwean", "Mozambican", "Malawian"]), "citizenship"
                ),
                "age": G(lambda f: f.id_age()),
            },
            "household": {
                "size": G(lambda f: f.r.randint(1, 11)),
                "totalMonthlyIncome": Y(lambda f: f.r.randint(0, 9000), "salary"),
                "members": Many(
                    {
                        "fullName": Y(lambda f: f.full_name(), "name"),
                        "idNumber": RED(lambda f: f.sa_id(1950, 2022), "national id"),
                        "relationship": G(lambda f: f.pick(["child", "spouse", "grandchild", "parent"])),
                        "age": G(lambda f: f.id_age()),
                        "grantType": G(
                            lambda f: f.pick(["child support", "old age", "foster child", "none"])
                        ),
                        "receivesDisabilityGrant": RED(lambda f: f.pick([True, False]), "disability"),
                    },
                    4,
                ),
            },
            "erfNumber": Y(lambda f: f.erf(), "address"),
            "ward": G(lambda f: f.pick(["Ward 12", "Ward 45", "Ward 101", "Ward 7"])),
            "premisesOwnership": G(lambda f: f.pick(["owner", "tenant", "informal_settlement", "rdp_house"])),
            "sassaBeneficiary": G(lambda f: f.pick([True, False])),
            "proofOfIncomeUploaded": G(lambda f: f.pick([True, False])),
            "popiaConsent": G(lambda f: True),
        },
        2,
    ),
    (
        "track",
        "Aansoek Ingedien",
        ("dotnet", None),
        ZA,
        {
            "aansoekNommer": G(lambda f: f.digits(8)),
            "naam": Y(lambda f: f.first(), "name"),
            "van": Y(lambda f: f.last(), "name"),
            "idNommer": RED(lambda f: f.sa_id(), "national id"),
            "geboortedatum": Y(lambda f: f.birthdate(), "birthdate"),
            "selfoonnommer": Y(lambda f: f.phone(), "phone"),
            "epos": Y(lambda f: f.email(), "email"),
            "straatadres": Y(lambda f: f.street(), "address|street"),
            "voorstad": Y(lambda f: f.suburb(), "city|address"),
            "poskode": Y(lambda f: f.zip(), "zipcode"),
            "maandelikseInkomste": Y(lambda f: f.r.randint(0, 7000), "salary"),
            "huishoudingGrootte": G(lambda f: f.r.randint(1, 10)),
            "munisipaleRekeningnommer": G(lambda f: f.digits(9)),
            "bankrekeningnommer": RED(lambda f: f.sa_bank_account(), "bank account"),
            "takkode": G(lambda f: f.pick(["250655", "632005", "051001", "470010", "198765"])),
            "status": G(lambda f: f.pick(["ontvang", "in_proses", "goedgekeur", "afgekeur"])),
        },
        1,
    ),
    (
        "track",
        "Solicitud Bono Social Enviada",
        ("php", None),
        ES,
        {
            "solicitud_id": G(lambda f: f.digits(9)),
            "titular": {
                "nombre": Y(lambda f: f.first(), "name"),
                "apellidos": Y(lambda f: f.last(), "name"),
                "dni": RED(lambda f: f.dni() if f.r.random() < 0.8 else f.nie(), "national id"),
                "fecha_nacimiento": Y(lambda f: f.birthdate(), "birthdate"),
            },
            "telefono_movil": Y(lambda f: f.phone(), "phone"),
            "correo_electronico": Y(lambda f: f.email(), "email"),
            "direccion_suministro": Y(lambda f: f.street(), "address|street"),
            "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            "municipio": Y(lambda f: f.city(), "city"),
            "provincia": G(lambda f: f.province()),
            "cups": Y(lambda f: f.cups(), "serial"),
            "miembros_unidad_familiar": G(lambda f: f.r.randint(1, 8)),
            "ingresos_anuales_unidad": Y(lambda f: f.r.randint(6000, 28000), "salary"),
            "familia_numerosa": G(lambda f: f.pick([True, False])),
            "pensionista": G(lambda f: f.pick([True, False])),
            "discapacidad_reconocida": RED(lambda f: f.pick([True, False]), "disability"),
            "grado_discapacidad": RED(lambda f: f.pick([33, 45, 65, 75]), "disability"),
            "categoria": G(lambda f: f.pick(["vulnerable", "vulnerable_severo", "riesgo_exclusion"])),
            "comercializadora": G(lambda f: f.pick(["Iberdrola", "Endesa", "Naturgy", "Repsol"])),
        },
        2,
    ),
    (
        "track",
        "Lectura Enviada",
        ("php", None),
        ES,
        {
            "cups": Y(lambda f: f.cups(), "serial"),
            "lectura_kwh": G(lambda f: f.r.randint(1000, 99999)),
            "fecha_lectura": G(lambda f: f.date(2024, 2024)),
            "periodo": G(lambda f: f.pick(["P1", "P2", "P3"])),
            "potencia_contratada_kw": G(lambda f: f.pick([3.3, 4.6, 5.75])),
            "tarifa": G(lambda f: f.pick(["2.0TD", "PVPC", "Tarifa Estable"])),
            "precio_kwh": G(lambda f: round(f.r.uniform(0.09, 0.25), 4)),
        },
        1,
    ),
    (
        "track",
        "Login Attempted",
        ("php", None),
        ES,
        {
            "usuario": Y(lambda f: f.email(), "email", True),
            "password": RED(
                lambda f: f.pick(["Lumo2024!", "contraseña123", "Madrid1985", "Sevilla#77"]) + f.digits(2),
                "password",
            ),
            "resultado": G(lambda f: f.pick(["ok", "credenciales_incorrectas", "bloqueado"])),
            "intentos": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Pago Rechazado",
        ("php", None),
        ES,
        {
            "numero_tarjeta": RED(lambda f: f.card(), "credit card"),
            "caducidad": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "titular_tarjeta": Y(lambda f: f.full_name(), "name"),
            "codigo_error": G(lambda f: f.pick(["05", "51", "54", "91"])),
            "importe": G(lambda f: f.amount()),
            "pasarela": G(lambda f: f.pick(["Redsys", "Stripe"])),
        },
        1,
    ),
    (
        "track",
        "Direct Debit Mandate Signed",
        ("php", None),
        ES,
        {
            "mandateReference": G(lambda f: "LUMO-ES-" + f.digits(8)),
            "iban": RED(lambda f: f.iban("ES"), "bank account"),
            "bic": G(lambda f: f.pick(["CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMMXXX", "INGDESMMXXX"])),
            "titularCuenta": Y(lambda f: f.full_name(), "name"),
            "signedAt": G(lambda f: f.iso()),
            "signatureIp": Y(lambda f: f.ipv4(), "ip"),
            "recurrence": G(lambda f: f.pick(["RCUR", "FRST"])),
        },
        1,
    ),
    # -- billing backends ---------------------------------------------------------------------------------
    (
        "track",
        "Debit Order Mandate Created",
        ("python", None),
        ZA,
        {
            "mandate_reference": G(lambda f: "DC" + f.digits(12)),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "bank_name": G(
                lambda f: f.pick(["FNB", "Capitec", "Standard Bank", "Absa", "Nedbank", "TymeBank"])
            ),
            "branch_code": G(lambda f: f.pick(["250655", "470010", "051001", "632005", "198765", "678910"])),
            "account_number": RED(lambda f: f.sa_bank_account(), "bank account"),
            "account_type": G(lambda f: f.pick(["cheque", "savings", "transmission"])),
            "debit_day": G(lambda f: f.pick([1, 15, 25, 31])),
            "amount": G(lambda f: f.amount()),
            "id_number": RED(lambda f: f.sa_id(), "national id"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "debicheck_status": G(lambda f: f.pick(["pending_auth", "authenticated", "rejected"])),
        },
        1,
    ),
    (
        "track",
        "Payment Succeeded",
        ("node", None),
        ALL,
        {
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "payment_method": RED(lambda f: f.stripe_pm(), "token"),
            "amount": G(lambda f: f.r.randint(2000, 150000)),
            "currency": G(lambda f: f.currency().lower()),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.cc),
            },
            "billing_details": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.zip(), "zipcode"),
                    "country": G(lambda f: f.cc),
                },
            },
            "three_d_secure": G(lambda f: f.pick(["authenticated", "attempt_acknowledged", "not_supported"])),
            "livemode": G(lambda f: True),
        },
        1,
    ),
    (
        "track",
        "Card Tokenised",
        ("python", None),
        ZA,
        {
            "gateway": G(lambda f: "peach_payments"),
            "registrationId": RED(lambda f: "8ac7a4a" + f.hexid(25), "token"),
            "paymentBrand": G(lambda f: f.pick(["VISA", "MASTER"])),
            "bin": G(lambda f: f.pick(["492181", "535315", "402167"])),
            "last4Digits": G(lambda f: f.digits(4)),
            "holder": Y(lambda f: f.full_name(), "name"),
            "resultCode": G(lambda f: f.pick(["000.100.110", "000.000.000", "800.100.151"])),
        },
        1,
    ),
    (
        "track",
        "Token Generated",
        ("java", None),
        ZA,
        {
            "vendRef": G(lambda f: f.digits(12)),
            "transactionId": G(lambda f: f.uuid()),
            "drn": Y(lambda f: f.sts_meter(), "serial"),
            "meterPan": Y(lambda f: f.meter_pan(), "serial"),
            "sgc": G(lambda f: f.pick(["600675", "999910", "201032"])),
            "krn": G(lambda f: f.pick([1, 2])),
            "ti": G(lambda f: f.pick(["01", "02"])),
            "tokenClass": G(lambda f: f.pick(["0", "2"])),
            "tokenValue": RED(lambda f: f.sts_token(), "token"),
            "units": G(lambda f: f.money(1, 900)),
            "amountCents": G(lambda f: f.r.randint(500, 150000)),
            "keyChange": G(lambda f: f.pick([True, False])),
            "vendingOutlet": G(lambda f: f.pick(STORES[:3])[0]),
        },
        2,
    ),
    (
        "track",
        "SMS Status Callback",
        ("node", None),
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "To": Y(lambda f: f.phone(), "phone", True),
            "From": G(lambda f: f.pick(["LUMO", "+27600701234", "+34911234567"])),
            "Body": RED(sms_body, "token", True),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
        1,
    ),
    (
        "track",
        "WhatsApp Message Received",
        ("node", None),
        ALL,
        {
            "wa_id": Y(lambda f: f.msisdn(), "phone", True),
            "profile": {"name": Y(lambda f: f.full_name(), "name")},
            "message_id": G(lambda f: "wamid.HBgL" + f.hexid(30).upper()),
            "text": {
                "body": G(
                    lambda f: f.pick(
                        [
                            "No power since 6pm",
                            "balance",
                            "Hola, no tengo luz",
                            "Walang kuryente dito",
                            "1",
                            "menu",
                            "Thanks",
                        ]
                    )
                )
            },
            "intent": G(lambda f: f.pick(["outage_report", "balance_enquiry", "buy_token", "agent_handoff"])),
            "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
        },
        1,
    ),
    (
        "track",
        "Lead Event Sent",
        ("python", None),
        ALL,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipany(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {"value": G(lambda f: f.amount()), "currency": G(lambda f: f.currency())},
        },
        1,
    ),
    (
        "track",
        "Smart Meter Interval Ingested",
        ("go", None),
        ALL,
        {
            "meter_serial": Y(lambda f: f.meter(), "serial"),
            "premise_id": G(lambda f: "PRM" + f.digits(8)),
            "interval_start": G(lambda f: f.iso()),
            "interval_kwh": G(lambda f: round(f.r.uniform(0, 3), 3)),
            "voltage_v": G(lambda f: round(f.r.uniform(215, 245), 1)),
            "relay_state": G(lambda f: f.pick(["closed", "open"])),
            "tamper_flag": G(lambda f: f.pick([True, False])),
            "credit_remaining_kwh": G(lambda f: f.money(0, 400)),
            "gateway_id": G(lambda f: "gw-" + f.hexid(8)),
            "gateway_mac": Y(lambda f: f.mac(), "mac"),
            "firmware": G(lambda f: f.pick(["3.2.1", "3.4.0", "4.0.2"])),
            "rssi_dbm": G(lambda f: f.r.randint(-110, -60)),
        },
        2,
    ),
    (
        "track",
        "Low Balance Alert Sent",
        ("go", None),
        ALL,
        {
            "meter_serial": Y(lambda f: f.meter(), "serial"),
            "units_remaining": G(lambda f: f.money(0, 30)),
            "threshold": G(lambda f: f.pick([10, 20, 50])),
            "channel": G(lambda f: f.pick(["push", "sms", "whatsapp"])),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "delivered": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Meter Tamper Alert",
        ("go", None),
        ALL,
        {
            "meter_serial": Y(lambda f: f.meter(), "serial"),
            "tamper_type": G(
                lambda f: f.pick(["cover_open", "magnetic", "bypass_suspected", "reverse_flow"])
            ),
            "premise_lat": Y(lambda f: f.lat(), "geolocation"),
            "premise_lon": Y(lambda f: f.lon(), "geolocation"),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "auto_disconnect": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    # PascalCase, the municipal billing integration (C#)
    (
        "track",
        "Account Statement Generated",
        ("dotnet", None),
        ZA,
        {
            "AccountNumber": G(lambda f: f.digits(10)),
            "StatementPeriod": G(lambda f: f.pick(["2024-04", "2024-05", "2024-06"])),
            "OwnerName": Y(lambda f: f.full_name(), "name"),
            "OwnerIdNumber": RED(lambda f: f.sa_id(), "national id"),
            "PremisesAddress": Y(lambda f: f.address(), "address"),
            "ErfNumber": Y(lambda f: f.erf(), "address"),
            "PropertyValuation": G(lambda f: f.r.randint(150000, 4500000)),
            "ArrearsAmount": G(lambda f: f.money(0, 25000)),
            "TotalDue": G(lambda f: f.money(100, 6000)),
            "DueDate": G(lambda f: f.date(2024, 2024)),
            "EmailDelivered": G(lambda f: f.pick([True, False])),
            "IsIndigent": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "identify",
        None,
        ("dotnet", None),
        ZA,
        {
            "AccountNumber": G(lambda f: f.digits(10)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "Surname": Y(lambda f: f.last(), "name"),
            "EmailAddress": Y(lambda f: f.email(), "email"),
            "CellNumber": Y(lambda f: f.phone(), "phone"),
            "IdNumber": RED(lambda f: f.sa_id(), "national id"),
            "PassportNumber": RED(lambda f: f.passport(), "passport"),
            "WorkPermitHolder": RED(lambda f: f.pick([True, False]), "visa"),
            "Ward": G(lambda f: f.pick(["Ward 12", "Ward 45", "Ward 101"])),
            "TariffCode": G(lambda f: f.pick(["DOM-PRE-20A", "DOM-PRE-60A", "IND-FBE"])),
        },
        1,
    ),
    # SCREAMING_SNAKE, warehouse reverse-ETL
    (
        "identify",
        None,
        ("python", None),
        ALL,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(10)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "MOBILE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "DATE_OF_BIRTH": Y(lambda f: f.birthdate(), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "LIFETIME_SPEND": G(lambda f: f.money(50, 40000)),
            "LAST_PURCHASE_AT": G(lambda f: f.iso()),
            "AVG_MONTHLY_KWH": G(lambda f: f.money(50, 900)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "HAS_SMART_METER": G(lambda f: f.pick([True, False])),
            "INDIGENT_FLAG": G(lambda f: f.pick([True, False])),
            "HOUSEHOLD_SIZE": G(lambda f: f.r.randint(1, 9)),
            "PREFERRED_VENDOR": G(lambda f: f.pick(["Shoprite", "App", "Pick n Pay", "7-Eleven", "Bizum"])),
            "SUPPLY_ADDRESS": Y(lambda f: f.address(), "address"),
        },
        1,
    ),
    # -- support, referrals, surveys ----------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ("ruby", None),
        ALL,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    ["Token rejected", "Double charge", "No supply", "Tariff query", "Meter faulty"]
                )
            ),
            "comment": {
                "body": Y(ticket_message, "phone|email", True),
                "public": G(lambda f: f.pick([True, False])),
            },
            "requester_email": Y(lambda f: f.email(), "email"),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "whatsapp", "phone"])),
            "assignee_name": Y(lambda f: f.full_name(), "name"),
            "assignee_email": Y(
                lambda f: (
                    f"{ascii_fold(f.first()).lower().replace(' ', '')}."
                    f"{ascii_fold(f.last()).lower().replace(' ', '')}@lumo.africa"
                ),
                "email",
            ),
            "group_email": G(lambda f: f.pick(["support@lumo.africa", "soporte@lumo.es", "tulong@lumo.ph"])),
            "tags": Many(G(lambda f: f.pick(["sts", "billing", "refund", "vip", "escalated"])), 3),
        },
        1,
    ),
    (
        "track",
        "Bill Dispute Opened",
        ("ruby", None),
        ALL,
        {
            "dispute_id": G(lambda f: f.digits(8)),
            "account_ref": G(lambda f: f.digits(10)),
            "disputed_amount": G(lambda f: f.amount()),
            "reason": G(
                lambda f: f.pick(["estimated_reading", "wrong_tariff", "duplicate_charge", "meter_fault"])
            ),
            "contact_email": Y(lambda f: f.email(), "email"),
            "attachments": Many(
                {
                    "filename": G(
                        lambda f: f.pick(
                            ["statement_may.pdf", "meter_photo.jpg", "receipt.png", "factura.pdf"]
                        )
                    ),
                    "size_bytes": G(lambda f: f.r.randint(20000, 4000000)),
                },
                3,
            ),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ("swift", None),
        ALL,
        {
            "referralCode": G(lambda f: "LUMO-" + f.hexid(6).upper()),
            "refereeEmail": Y(lambda f: f.email(), "email"),
            "refereeName": Y(lambda f: f.first(), "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "rewardAmount": G(lambda f: f.pick([20, 50, 5])),
        },
        1,
    ),
    (
        "track",
        "Survey Answered",
        ("web", "/survey/nps"),
        ALL,
        {
            "surveyId": G(lambda f: f.pick(["nps_2024q2", "csat_outage"])),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    ["Easy to buy tokens", "App crashes on login", "Muy útil", "Sana mas mabilis", ""]
                )
            ),
            "answers": Many(
                {
                    "questionId": G(lambda f: f.pick(["q1", "q2", "q3"])),
                    "answer": G(lambda f: f.pick(["yes", "no", "sometimes", "3", "5"])),
                },
                3,
            ),
        },
        1,
    ),
    (
        "group",
        None,
        ("web", "/business"),
        ALL,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Sunnyside Gardens Body Corporate",
                        "Khaya Rentals (Pty) Ltd",
                        "Comunidad de Propietarios Gran Vía 14",
                        "Villa Verde HOA",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["property_management", "body_corporate", "landlord"])),
            "units": G(lambda f: f.r.randint(4, 320)),
            "plan": G(lambda f: f.pick(["business", "business_plus"])),
            "billingEmail": G(
                lambda f: f.pick(
                    [
                        "accounts@khayarentals.co.za",
                        "billing@sunnysidegardens.co.za",
                        "admin@villaverdehoa.ph",
                        "administracion@granvia14.es",
                    ]
                )
            ),
            "officePhone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "address": G(
                lambda f: f.pick(
                    [
                        "Office 3, 12 Esselen St, Sunnyside, Pretoria",
                        "Calle Gran Vía 14, Madrid",
                        "Unit 5, Villa Verde Clubhouse, Pasig",
                    ]
                )
            ),
            "contactPerson": Y(lambda f: f.full_name(), "name"),
            "vatNumber": G(lambda f: "4" + f.digits(9)),
            "createdAt": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Vending Outlet Located",
        ("kotlin", None),
        ALL,
        {
            "outletName": G(lambda f: f.pick_store(STORES)),
            "outletAddress": G(lambda f: f.store[1]),
            "outletPhone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "distanceKm": G(lambda f: f.money(0, 15)),
            "openNow": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "alias",
        None,
        ("swift", None),
        ALL,
        {},
        1,
    ),
]


def build(seed: int, repeats: int):
    f = UtilityFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, (client, page), countries, body, weight in EVENTS:
            for _ in range(weight):
                f.cc = f.pick(countries)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "grp_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                context = web_context(page) if client == "web" else CONTEXTS[client]
                msg["context"] = render(context(f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=242, repeats=24)
    write(Path(__file__).parent, "holdout242_", events, labels)
