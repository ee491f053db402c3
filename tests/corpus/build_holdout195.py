"""Writes holdout195: tests/corpus/holdout195_events.jsonl and holdout195_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only), REFERENCE.md
and DESIGN.md, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events.

Domain: "SolRiver", a home solar installation and financing company selling in Australia,
Germany and Mexico. Covered: the web quote funnel (analytics.js: address autocomplete, roof
photos, electricity-bill upload with OCR, lead form, savings calculator from a WordPress/PHP
site in kebab-case), site survey visits (iPad app, analytics-swift), credit applications for
solar loans in the three markets (python backend in English, a German backend with German keys,
a Mexican backend with Spanish keys: income, employer, CURP/RFC/INE, Steuer-ID, Ausweis,
Medicare, references), e-signature and sign-in (node), the installer crew app
(analytics-kotlin, with GPS in context.location), the customer app (analytics-react-native,
context.traits), a monitoring app (analytics_flutter), inverter telemetry from customers' homes
(analytics-go), feed-in tariff payouts (analytics-java: BSB + account, IBAN, CLABE), referrals,
an accessories shop (e-commerce spec events, Stripe-shaped payment payloads), a .NET ERP / HR /
call-centre backend (PascalCase), a warehouse reverse-ETL identify (SCREAMING_SNAKE), a
Meta-CAPI-shaped forward, a Twilio-shaped call-masking webhook, a WhatsApp Cloud API webhook
(Mexico), group and alias calls. PII under neutral keys: `input`, `q`, `text`, `note`, `label`,
`message`, `value`, `To`, `from`, `wa_id`, `externalIds[].id`, `original_destination`.
Every event carries the `context` block of the library that would send it. Values are coherent
per message with its market (AU/DE/MX names, phone formats, addresses, postcodes, coordinates)
and ids carry valid checksums where real ones have them (Luhn cards, mod-97 IBANs, AU TFN and
Medicare, German Steuer-ID, Mexican CURP, RFC and CLABE, AU NMI).

Conventions: paths as portal.events.flatten gives them (`properties.a.b`, arrays `[]`). Each
leaf is labelled classification (red/yellow/green), type (reference matcher name or
`bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`,
`credit card`, `password`, `token`, `credit score`, `ip`; `a|b` when either is fair) and
value_only (the key does not say what the value is).

Labelling rules (the brief's, followed exactly): PII = personal data about a natural person
(user, recipient, contact, referee, co-applicant, reference, staff member), in the reference
matcher's default colour; outside the reference, red for credentials/secrets, card numbers,
bank accounts, government and health ids, yellow otherwise. Green: ids we or vendors issue,
versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
PII-sounding keys, product / company / pet names, places that are not the person's (a depot, a
bank, a company's head office), country, state, locale, timezone, currency, user agents, OS
device ids. Card brand, last four, expiry and BIN green; BSB and BIC green (they name the bank).
The brief's contested-case policy is applied as written: customer / retailer account / member
numbers green; ages, age bands, marital status, employers and job titles green; a business's own
phone, role mailbox and address green, call-masking proxy numbers green; pets' names green;
UUID session tokens green; pay, hourly rates and incomes `salary` yellow; credit scores yellow;
vehicle plates `license` yellow; ad click ids (gclid, fbclid, fbp, fbc) `advertising id` yellow;
billing and shipping addresses yellow; Stripe `pm_` ids, one-time codes, reset and sign-in link
tokens red `token`; Medicare numbers red `health id`; passport / ID-card / CURP / RFC / INE /
Steuer-ID / TFN / Centrelink numbers red `national id`; right-to-work answers red `visa`.
A value_only PII path holds that PII in every one of its values; free text is labelled by what
every value carries and is green when no value carries PII (the generators guarantee one or
the other, never a mix).

Rules chosen here where the brief leaves room (what a careful privacy owner would flag):
- Identifiers of a customer's home connection and of equipment installed at the home (NMI,
  German Zaehlpunkt, CFE service number, meter numbers, inverter / battery / panel serial
  numbers) are yellow, like VINs: `identification` for supply-point ids, `serial` for hardware.
  The monitoring gateway's MAC is yellow `mac`; its public and LAN addresses yellow `ip`.
- Customer-uploaded photos and scans of their home and documents (roof photos, bill scans) are
  yellow `photo`; EXIF coordinates in them yellow `geolocation`.
- Driver licence numbers are the reference's `license` matcher, yellow; an electrician's
  licence or accreditation number of a staff member is `license|certificate`, yellow; a
  certificate of electrical safety issued for the work at a person's home is `certificate`.
- A salutation (Anrede Herr/Frau) states the person's gender: yellow `gender`.
- Hashes of personal data sent to ad platforms (Meta CAPI em/ph/fn/ln/ct/zp) keep the label of
  what they hash (pseudonymous personal data used for matching); a hash of our own user id or of
  a file is green.
- Life-support / medical-cooling registrations (a household member depends on powered medical
  equipment) are yellow `condition`; a DVA Gold Card flag red `veteran`.
- Device push tokens (context.device.token) red `token`, as in the main corpus.
- Place of birth is yellow `city`; nationality yellow `citizenship`.
- A neighbourhood (colonia) or house number of the person's home is `address|street`.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- market-aware fake values ---------------------------------------------------------------------

FIRST = {
    "AU": [
        "Olivia",
        "Jack",
        "Charlotte",
        "Liam",
        "Mia",
        "Aarav",
        "Chloe",
        "Lachlan",
        "Zara",
        "Wei",
        "Tane",
        "Isla",
        "Nikolaos",
        "Thi Lan",
        "Mohammed",
        "Grace",
        "Bilal",
        "Ngaio",
        "Harper",
        "Rohan",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Emre",
        "Katarzyna",
        "Maximilian",
        "Sophie",
        "Mehmet",
        "Fatma",
        "Jürgen",
        "Ursula",
        "Dmitri",
        "Leonie",
        "Hamza",
        "Greta",
        "Björn",
        "Aylin",
        "Tobias",
        "Hannelore",
    ],
    "MX": [
        "José",
        "María Guadalupe",
        "Juan Carlos",
        "Ximena",
        "Itzel",
        "Diego",
        "Sofía",
        "Luis Ángel",
        "Xóchitl",
        "Fernanda",
        "Citlali",
        "Alejandro",
        "Yolotl",
        "Renata",
        "Jesús",
        "Valeria",
        "Emiliano",
        "Ana Paula",
        "Tonatiuh",
        "Camila",
    ],
}
LAST = {
    "AU": [
        "Nguyen",
        "Thompson",
        "Wilson",
        "O'Connor",
        "Tran",
        "Sharma",
        "Papadopoulos",
        "MacDonald",
        "Ahmed",
        "Zhang",
        "Walker",
        "Kowalczyk",
        "Nasser",
        "Kelly",
        "Te Aho",
        "Singh",
        "Hughes",
        "Le",
        "Fitzgerald",
        "Costa",
    ],
    "DE": [
        "Schmidt",
        "Becker",
        "Weber",
        "Hoffmann",
        "Yılmaz",  # noqa: RUF001 (a Turkish surname)
        "Nowak",
        "Schäfer",
        "Krüger",
        "Demir",
        "Öztürk",
        "Groß",
        "Wagner",
        "Petrov",
        "Fischer",
        "Al-Khatib",
        "Neumann",
        "Zimmermann",
        "Kaya",
        "Lehmann",
        "Brandt",
    ],
    "MX": [
        "Hernández",
        "López",
        "Martínez",
        "Ramírez",
        "Cruz",
        "Flores",
        "Gómez",
        "Sánchez",
        "Tzompa",
        "Reyes",
        "Morales",
        "Jiménez",
        "Castillo",
        "Ortega",
        "Chávez",
        "Vázquez",
        "Domínguez",
        "Pech",
        "Canul",
        "Ruiz",
    ],
}
MAIL = {
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx", "icloud.com"],
}
STREETS = {
    "AU": [
        "Banksia Street",
        "Railway Parade",
        "Wattle Avenue",
        "Gum Tree Close",
        "Ocean View Drive",
        "Kingsway",
        "Station St",
        "Bottlebrush Crescent",
        "Jacaranda Rd",
        "Murray Street",
    ],
    "DE": [
        "Lindenstraße",
        "Hauptstraße",
        "Am Mühlbach",
        "Goethestr.",
        "Sonnenweg",
        "Kirchgasse",
        "Bahnhofstraße",
        "Eichendorffweg",
        "Schillerplatz",
        "Rosenheimer Str.",
    ],
    "MX": [
        "Av. Revolución",
        "Calle 5 de Mayo",
        "Av. Insurgentes Sur",
        "Calle Hidalgo",
        "Privada de los Pinos",
        "Calle 60",
        "Blvd. Díaz Ordaz",
        "Av. Vallarta",
        "Calle Morelos",
        "Andador Las Flores",
    ],
}
CITIES = {
    "AU": [
        "Marrickville",
        "Penrith",
        "Hoppers Crossing",
        "Toowoomba",
        "Mandurah",
        "Glenelg",
        "Ballarat",
        "Cairns",
        "Joondalup",
        "Wollongong",
        "Geelong",
        "Logan Central",
    ],
    "DE": [
        "München",
        "Freiburg im Breisgau",
        "Leipzig",
        "Bielefeld",
        "Ulm",
        "Rosenheim",
        "Görlitz",
        "Oldenburg",
        "Würzburg",
        "Potsdam",
        "Kempten",
        "Heilbronn",
    ],
    "MX": [
        "Zapopan",
        "Monterrey",
        "Mérida",
        "Hermosillo",
        "Querétaro",
        "Tlaquepaque",
        "Saltillo",
        "Culiacán",
        "Aguascalientes",
        "Mexicali",
        "San Pedro Garza García",
        "León",
    ],
}
COLONIAS = [
    "Col. Del Valle",
    "Col. Providencia",
    "Fracc. Las Américas",
    "Col. Centro",
    "Col. Chapultepec",
    "Fracc. Altabrisa",
    "Col. Jardines del Bosque",
    "Col. Obrera",
]
STATES = {
    "AU": ["NSW", "VIC", "QLD", "SA", "WA"],
    "DE": ["Bayern", "Baden-Württemberg", "Sachsen", "Nordrhein-Westfalen", "Niedersachsen"],
    "MX": ["Jalisco", "Nuevo León", "Yucatán", "Sonora", "Querétaro"],
}
AU_POSTCODE = {
    "NSW": (2000, 2999),
    "VIC": (3000, 3999),
    "QLD": (4000, 4999),
    "SA": (5000, 5799),
    "WA": (6000, 6799),
}
LOCALE = {"AU": "en-AU", "DE": "de-DE", "MX": "es-MX"}
TZ = {
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
    "DE": ["Europe/Berlin"],
    "MX": ["America/Mexico_City", "America/Monterrey", "America/Merida", "America/Hermosillo"],
}
DOMAIN = {"AU": "com.au", "DE": "de", "MX": "mx"}
CURRENCY = {"AU": "AUD", "DE": "EUR", "MX": "MXN"}
BOUNDS = {
    "AU": ((-38.2, -26.9), (115.7, 153.3)),
    "DE": ((47.6, 54.6), (6.1, 14.9)),
    "MX": ((16.5, 29.9), (-116.9, -87.1)),
}
PANELS = [
    "Jinko Tiger Neo 440W",
    "Trina Vertex S+ 445W",
    "REC Alpha Pure-R 430W",
    "LONGi Hi-MO 6 435W",
    "Meyer Burger White 400W",
    "Canadian Solar TOPHiKu6 450W",
]
INVERTERS = [
    "Fronius Primo GEN24 6.0",
    "SMA Sunny Boy 5.0",
    "Huawei SUN2000-8KTL-M1",
    "SolarEdge SE8K",
    "Enphase IQ8+",
    "GoodWe GW6000-EH",
]
BATTERIES = [
    "Tesla Powerwall 3",
    "BYD Battery-Box HVM 11.0",
    "Sungrow SBR128",
    "Huawei LUNA2000-10",
    "sonnenBatterie 10 performance",
]
RETAILERS = {
    "AU": ["AGL", "Origin Energy", "EnergyAustralia", "Red Energy", "Alinta Energy"],
    "DE": ["E.ON", "Vattenfall", "EnBW", "Stadtwerke München", "LichtBlick"],
    "MX": ["CFE Suministrador de Servicios Básicos"],
}
UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = string.ascii_letters + string.digits


class SolarFake(Fake):
    """Fake with a market (`cc`, set per message) so a message's values agree with each other."""

    cc = "AU"

    def market(self):
        return self.cc

    def first(self):
        return self.pick(FIRST[self.cc])

    def last(self):
        return self.pick(LAST[self.cc])

    def full_name(self):
        if self.cc == "MX":
            return f"{self.first()} {self.last()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def email(self):
        def ascii_(s):
            table = str.maketrans("áéíóúñüößÁÉÍÓÚÖÜİı", "aeiounuosAEIOUOUIi")
            return s.translate(table).lower().replace("'", "").replace(" ", "")

        first, last = ascii_(self.first()), ascii_(self.last())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}",
                f"{first[:1]}{last}{self.r.randint(1, 99)}",
                f"{first}_{last}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{user}@{self.pick(MAIL[self.cc])}"

    def staff_email(self):
        table = str.maketrans("áéíóúñüößÁÉÍÓÚÖÜ'\u0131 ", "aeiounuosAEIOUOU-i-")
        first, last = self.first().translate(table).lower(), self.last().translate(table).lower()
        domain = {"AU": "solriver.com.au", "DE": "solriver.de", "MX": "solriver.mx"}[self.cc]
        return f"{first}.{last}@{domain}"

    def mobile(self):
        r = self.r
        if self.cc == "AU":
            a, b, c = r.randint(400, 499), r.randint(100, 999), r.randint(100, 999)
            return self.pick([f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"+61{a}{b}{c}"])
        if self.cc == "DE":
            pre = self.pick(["151", "152", "160", "170", "171", "176", "157"])
            n = str(r.randint(1000000, 99999999))
            return self.pick([f"0{pre} {n}", f"+49 {pre} {n}", f"+49{pre}{n}", f"0{pre}/{n}"])
        area = self.pick(["55", "33", "81", "999", "662", "442"])
        n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
        return self.pick(
            [
                f"+52 {area} {n[:-4]} {n[-4:]}",
                f"{area} {n[:-4]} {n[-4:]}",
                f"+52{area}{n}",
                f"+52 1 {area} {n[:-4]} {n[-4:]}",
                f"({area}) {n[:-4]}-{n[-4:]}",
            ]
        )

    def phone(self, style=None):
        r = self.r
        if r.random() < 0.7:
            return self.mobile()
        if self.cc == "AU":
            area = self.pick(["02", "03", "07", "08"])
            return f"({area}) {r.randint(4000, 9999)} {r.randint(1000, 9999)}"
        if self.cc == "DE":
            area = self.pick(["089", "030", "0761", "0341", "0731"])
            return self.pick([f"{area} {r.randint(100000, 9999999)}", f"{area}/{r.randint(100000, 999999)}"])
        return f"+52 {self.pick(['55', '33', '81'])} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"

    def state(self):
        return self.pick(STATES[self.cc])

    def city(self):
        return self.pick(CITIES[self.cc])

    def zip(self):
        if self.cc == "AU":
            lo, hi = AU_POSTCODE[self.pick(list(AU_POSTCODE))]
            return str(self.r.randint(lo, hi))
        return f"{self.r.randint(1000, 99999):05d}"

    def house_no(self):
        n = self.r.randint(1, 240)
        if self.cc == "DE":
            return self.pick([str(n), f"{n}a", f"{n}b", str(n)])
        if self.cc == "MX":
            return self.pick(
                [str(n * 7), f"{n} Int. {self.r.randint(1, 12)}", f"Mz {n} Lt {self.r.randint(1, 40)}"]
            )
        return self.pick([str(n), f"{self.r.randint(1, 12)}/{n}", f"Unit {self.r.randint(1, 9)}, {n}"])

    def street_name(self):
        return self.pick(STREETS[self.cc])

    def street(self):
        if self.cc == "AU":
            return f"{self.house_no()} {self.street_name()}"
        return f"{self.street_name()} {self.house_no()}"

    def address(self):
        if self.cc == "AU":
            state = self.state()
            lo, hi = AU_POSTCODE[state]
            return f"{self.street()}, {self.city()} {state} {self.r.randint(lo, hi)}"
        if self.cc == "DE":
            return f"{self.street()}, {self.zip()} {self.city()}"
        return f"{self.street()}, {self.pick(COLONIAS)}, {self.zip()} {self.city()}, {self.state()}"

    def lat(self):
        (lo, hi), _ = BOUNDS[self.cc]
        return round(self.r.uniform(lo, hi), self.pick([5, 6, 7]))

    def lon(self):
        _, (lo, hi) = BOUNDS[self.cc]
        return round(self.r.uniform(lo, hi), self.pick([5, 6, 7]))

    def currency(self):
        return CURRENCY[self.cc]

    def locale(self):
        return LOCALE[self.cc]

    def tz(self):
        return self.pick(TZ[self.cc])

    def ipv4(self):
        # public ranges of AU / DE / MX access networks, never private or documentation ranges
        first = {
            "AU": [1, 49, 58, 101, 110, 120, 124, 203],
            "DE": [2, 31, 46, 77, 79, 84, 91, 93],
            "MX": [148, 177, 187, 189, 200, 201],
        }[self.cc]
        r = self.r
        return f"{self.pick(first)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        prefix = {"AU": "2001:8003", "DE": "2003:e2", "MX": "2806:2f0"}[self.cc]
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def ip(self):
        return self.ipv4() if self.r.random() < 0.75 else self.ipv6()

    def lan_ip(self):
        r = self.r
        return self.pick(
            [f"192.168.{r.choice([0, 1, 178, 188])}.{r.randint(2, 250)}", f"10.0.0.{r.randint(2, 250)}"]
        )

    def birthdate(self, start=1948, end=2000):
        return self.date(start, end)

    # -- ids with checksums ----------------------------------------------------------------------

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(1, 9)
            if sum(a * w for a, w in zip(d, weights, strict=True)) % 11 == 0:
                s = "".join(map(str, d))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def medicare(self):
        d = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(a * w for a, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, d)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def steuer_id(self):
        while True:
            digits = self.r.sample(range(10), 9)
            if digits[0] == 0:
                continue
            dup = self.r.choice(digits[1:])
            pos = self.r.randint(1, 9)
            body = [*digits[:pos], dup, *digits[pos:]]
            if body[0] == 0:
                continue
            product = 10
            for d in body:
                s = (d + product) % 10 or 10
                product = (s * 2) % 11
            check = (11 - product) % 10
            s = "".join(map(str, body)) + str(check)
            return self.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def ausweis(self):
        chars = "CFGHJKLMNPRTVWXYZ0123456789"
        return self.pick(list("LMNPRTVWXY")) + "".join(self.r.choice(chars) for _ in range(8))

    def passport(self):
        if self.cc == "AU":
            return self.pick(["PA", "PB", "RA", "N"]) + self.digits(7)
        if self.cc == "DE":
            return "C" + "".join(self.r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        return "G" + self.digits(8)

    def curp(self):
        letters = string.ascii_uppercase
        vowels = "AEIOU"
        head = (
            self.r.choice("BCDGHJLMPRSTVZ")
            + self.r.choice(vowels)
            + self.r.choice(letters)
            + self.r.choice(letters)
        )
        y, m, d = self.r.randint(50, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        state = self.pick(["JC", "NL", "YN", "SR", "QT", "DF", "MC", "GT"])
        cons = "".join(self.r.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
        body = f"{head}{y:02d}{m:02d}{d:02d}{self.pick('HM')}{state}{cons}{self.r.randint(0, 9)}"
        table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(table.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self):
        body = (
            self.r.choice("BCDGHJLMPRSTVZ")
            + self.r.choice("AEIOU")
            + "".join(self.r.choice(string.ascii_uppercase) for _ in range(2))
            + f"{self.r.randint(50, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        )
        table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(table.index(c) * (13 - i) for i, c in enumerate(body))
        rem = total % 11
        check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
        return body + check

    def ine(self):
        letters = "".join(self.r.choice("BCDFGHJLMNPRSTVZAEIOU") for _ in range(6))
        return (
            f"{letters}{self.r.randint(50, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
            f"{self.r.randint(1, 32):02d}{self.pick('HM')}{self.r.randint(100, 900)}"
        )

    def clabe(self):
        bank = self.pick(["002", "012", "014", "021", "072", "044", "137"])
        body = bank + f"{self.r.randint(10, 999):03d}" + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        weights = [3, 7, 1] * 6
        total = sum((int(c) * w) % 10 for c, w in zip(body, weights, strict=False))
        return body + str((10 - total % 10) % 10)

    def bsb(self):
        return (
            self.pick(["062", "063", "082", "083", "032", "033", "012", "484", "633"])
            + "-"
            + f"{self.r.randint(0, 999):03d}"
        )

    def au_account(self):
        return self.digits(self.pick([6, 8, 9]))

    def bank_account(self):
        if self.cc == "AU":
            return self.au_account()
        if self.cc == "DE":
            return self.iban("DE")
        return self.clabe()

    def nmi(self):
        body = self.pick(["4102", "4103", "4001", "6305", "6203", "3114", "2001", "8001"]) + self.digits(6)
        total = 0
        for i, c in enumerate(reversed(body)):
            v = ord(c) * (2 if i % 2 == 0 else 1)
            total += sum(int(x) for x in str(v))
        return self.pick([body, body + str((10 - total % 10) % 10)])

    def zaehlpunkt(self):
        return "DE" + self.digits(6) + f"{self.r.randint(1000, 99999):05d}" + self.digits(20)

    def supply_id(self):
        if self.cc == "AU":
            return self.nmi()
        if self.cc == "DE":
            return self.zaehlpunkt()
        return self.digits(12)

    def meter_no(self):
        if self.cc == "DE":
            return self.pick(["1ESY", "1EMH", "1ITF", "1LGZ"]) + self.digits(10)
        if self.cc == "MX":
            return self.pick(["F", "K", "G"]) + self.digits(5) + self.pick(["", "B"])
        return self.digits(self.pick([7, 8, 10]))

    def inverter_serial(self):
        kind = self.pick(["sma", "fronius", "huawei", "solaredge", "enphase", "goodwe"])
        if kind == "sma":
            return "30" + self.digits(8)
        if kind == "fronius":
            return "3" + self.digits(7)
        if kind == "huawei":
            return "HV" + self.digits(10)
        if kind == "solaredge":
            return "7E" + self.hexid(6).upper() + "-" + self.hexid(2).upper()
        if kind == "enphase":
            return "12" + self.digits(10)
        return self.digits(5) + "EHU" + self.digits(6)

    def battery_serial(self):
        return self.pick(["TG1", "BYD", "SBR", "LUNA"]) + self.digits(2) + self.hexid(8).upper()

    def panel_serial(self):
        return self.pick(["JKM", "TSM", "REC", "LR5", "MBW", "CS6"]) + self.digits(12)

    def plate(self):
        if self.cc == "AU":
            return self.pick(
                [
                    f"{self.pick(['C', 'D', 'E'])}{self.r.choice(string.ascii_uppercase)}"
                    f"{self.r.randint(10, 99)}{self.r.choice(string.ascii_uppercase)}"
                    f"{self.r.choice(string.ascii_uppercase)}",
                    f"{self.r.randint(100, 999)}{self.r.choice(string.ascii_uppercase)}"
                    f"{self.r.choice(string.ascii_uppercase)}{self.r.randint(1, 9)}",
                ]
            )
        if self.cc == "DE":
            return (
                f"{self.pick(['M', 'FR', 'L', 'UL', 'RO', 'B'])}-{self.r.choice(string.ascii_uppercase)}"
                f"{self.r.choice(string.ascii_uppercase)} {self.r.randint(1, 9999)}"
            )
        return (
            f"{self.r.choice(string.ascii_uppercase)}{self.r.choice(string.ascii_uppercase)}"
            f"{self.r.choice(string.ascii_uppercase)}-{self.r.randint(100, 999)}-"
            f"{self.r.choice(string.ascii_uppercase)}"
        )

    def driver_licence(self):
        return self.pick(
            [self.digits(8), self.digits(9), self.r.choice(string.ascii_uppercase) + self.digits(7)]
        )

    def pm(self):
        return "pm_" + "".join(self.r.choice(ALNUM) for _ in range(24))

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + "".join(
            self.r.choice(ALNUM + "-_") for _ in range(self.r.randint(60, 80))
        )

    def fbclid(self):
        return "IwAR" + "".join(self.r.choice(ALNUM + "-_") for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def sha256(self):
        return self.hexid(64)

    def token(self, n=32):
        return "".join(self.r.choice(ALNUM) for _ in range(n))

    def money(self, lo=1, hi=500):
        return round(self.r.uniform(lo, hi), 2)


def Gp(items):
    return G(lambda f: f.pick(items))


def BOOL():
    return G(lambda f: f.pick([True, False]))


def INT(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def MONEY(lo, hi):
    return G(lambda f: f.money(lo, hi))


def UUID():
    return G(lambda f: f.uuid())


def TS():
    return G(lambda f: f.iso())


# -- contexts of the client libraries ------------------------------------------------------------


def web_context(f: SolarFake):
    paths = {
        "/quote": "Get your solar quote | SolRiver",
        "/quote/address": "Your address | SolRiver",
        "/quote/bill": "Upload your bill | SolRiver",
        "/shop/ev-chargers": "EV chargers | SolRiver Shop",
        "/portal/dashboard": "My system | SolRiver",
        "/help": "Help centre | SolRiver",
    }
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": Gp(["npm:next-1.66.0", "next-1.70.0"])},
        "page": {
            "path": Gp(list(paths)),
            "referrer": Gp(
                [
                    "https://www.google.com/",
                    "",
                    "https://www.facebook.com/",
                    "https://www.solarquotes.com.au/",
                    "https://www.check24.de/",
                ]
            ),
            "search": Gp(["", "?utm_source=google&utm_medium=cpc", "?step=2", "?ref=referral"]),
            "title": Gp(list(paths.values())),
            "url": G(lambda f: f"https://www.solriver.{DOMAIN[f.cc]}{f.pick(list(paths))}"),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": Gp(["Chromium", "Google Chrome", "Not-A.Brand"]),
                    "version": Gp(["124", "99", "8"]),
                },
                3,
            ),
            "mobile": BOOL(),
            "platform": Gp(["Windows", "macOS", "Android"]),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": Gp(["solar_battery_winter", "kfw_foerderung", "ahorra_con_el_sol", "brand_search"]),
            "source": Gp(["google", "facebook", "newsletter", "solarquotes"]),
            "medium": Gp(["cpc", "paid_social", "email", "referral"]),
            "term": Gp(
                ["solar panels cost", "photovoltaik anlage", "paneles solares precio", "home battery"]
            ),
            "content": Gp(["hero_a", "carousel_3", "calc_cta"]),
        },
    }


def rn_context(f: SolarFake):
    return {
        "app": {
            "name": G(lambda f: "SolRiver"),
            "version": Gp(["4.2.0", "4.3.1", "4.3.2"]),
            "build": Gp(["420", "431", "432"]),
            "namespace": G(lambda f: "com.solriver.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": Gp(["Apple", "samsung", "Google", "motorola"]),
            "model": Gp(["iPhone15,2", "iPhone14,5", "SM-A546B", "Pixel 7", "moto g84 5G"]),
            "name": Gp(["iPhone", "a54x", "panther", "bangkok"]),
            "type": Gp(["ios", "android"]),
            "adTrackingEnabled": BOOL(),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": Gp(["2.19.2", "2.20.0"])},
        "locale": G(lambda f: f.locale()),
        "network": {"cellular": BOOL(), "wifi": BOOL()},
        "os": {"name": Gp(["iOS", "Android"]), "version": Gp(["17.4.1", "14", "13", "17.5"])},
        "screen": {"height": Gp([844, 2340, 932]), "width": Gp([390, 1080, 430])},
        "timezone": G(lambda f: f.tz()),
        "instanceId": UUID(),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "customerNumber": G(lambda f: "C" + f.digits(7)),
        },
    }


def kotlin_context(f: SolarFake):
    return {
        "app": {
            "name": G(lambda f: "SolRiver Crew"),
            "version": Gp(["2.8.0", "2.9.1"]),
            "build": Gp(["2080", "2091"]),
            "namespace": G(lambda f: "com.solriver.crew"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": Gp(["samsung", "Zebra Technologies", "Google"]),
            "model": Gp(["SM-T575", "TC58", "Pixel 8"]),
            "name": Gp(["gtaxlwifi", "TC58", "shiba"]),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": Gp(["1.16.3", "1.17.0"])},
        "locale": G(lambda f: f.locale()),
        "network": {"bluetooth": BOOL(), "cellular": BOOL(), "wifi": BOOL()},
        "os": {"name": G(lambda f: "Android"), "version": Gp(["13", "14"])},
        "screen": {"density": Gp([2.0, 2.625, 3.0]), "height": Gp([1920, 2400]), "width": Gp([1200, 1080])},
        "timezone": G(lambda f: f.tz()),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; TC58 Build/14-23-18.00-UG-U00-STD)"),
        "instanceId": UUID(),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 25), 1)),
        },
    }


def swift_context(f: SolarFake):
    return {
        "app": {
            "name": G(lambda f: "SolRiver Survey"),
            "version": Gp(["1.14.0", "1.15.2"]),
            "build": Gp(["114", "152"]),
            "namespace": G(lambda f: "com.solriver.survey"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": Gp(["iPad13,18", "iPad14,1", "iPad7,11"]),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": Gp(["1.5.11", "1.6.0"])},
        "locale": G(lambda f: f.locale()),
        "network": {"cellular": BOOL(), "wifi": BOOL()},
        "os": {"name": G(lambda f: "iPadOS"), "version": Gp(["17.4.1", "16.7.7"])},
        "screen": {"height": Gp([1180, 1024]), "width": Gp([820, 768])},
        "timezone": G(lambda f: f.tz()),
        "instanceId": UUID(),
    }


def flutter_context(f: SolarFake):
    return {
        "app": {
            "name": G(lambda f: "SolRiver Monitor"),
            "version": Gp(["3.0.4", "3.1.0"]),
            "build": Gp(["304", "310"]),
            "namespace": G(lambda f: "de.solriver.monitor"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": Gp(["Apple", "samsung", "Xiaomi"]),
            "model": Gp(["iPhone13,2", "SM-G991B", "2201117TG"]),
            "name": Gp(["iPhone", "o1s", "spes"]),
            "type": Gp(["ios", "android"]),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": Gp(["1.1.1", "1.1.3"])},
        "locale": G(lambda f: f.locale()),
        "network": {"cellular": BOOL(), "wifi": BOOL()},
        "os": {"name": Gp(["iOS", "Android"]), "version": Gp(["17.4", "14", "13"])},
        "screen": {"height": Gp([844, 2400]), "width": Gp([390, 1080]), "density": Gp([3.0, 2.75])},
        "timezone": G(lambda f: f.tz()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.1"),
    "dotnet": ("analytics-csharp", "2.4.0"),
    "warehouse": ("analytics-python", "2.3.3"),
}


def server_context(client: str):
    def ctx(f: SolarFake):
        name, version = SERVER_LIBS[client]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if client in ("python", "node", "php"):
            c["ip"] = Y(lambda f: f.ip(), "ip")
        if client in ("node", "php"):
            c["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        if client == "php":
            c["page"] = {
                "url": G(
                    lambda f: (
                        f"https://blog.solriver.com.au/{f.pick(['rechner', 'calculator', 'calculadora'])}/"
                    )
                ),
                "referrer": Gp(["https://www.google.com/", "", "https://www.bing.com/"]),
            }
        if client == "ruby":
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if client == "python":
            c["timezone"] = G(lambda f: f.tz())
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "rn": rn_context,
    "kotlin": kotlin_context,
    "swift": swift_context,
    "flutter": flutter_context,
    **{client: server_context(client) for client in SERVER_LIBS},
}


# -- free text generators: each either always carries the named PII or never does ----------------


def access_note(f: SolarFake) -> str:
    phone = f.mobile()
    return f.pick(
        [
            f"Call {phone} 30 min before arrival",
            f"Tenant on site, mobile {phone}",
            f"Side gate is locked - ring {phone}",
            f"Owner works nights, text {phone} first",
            f"Bitte vorher anrufen: {phone}",
            f"Llamar al {phone} antes de llegar",
        ]
    )


def crew_note(f: SolarFake) -> str:
    return f.pick(
        [
            "Rails adjusted for 600mm rafter spacing",
            "Needed extra 20m of conduit, logged in van stock",
            "Switchboard upgraded, RCDs on all circuits",
            "Two tiles cracked on removal, replaced from spares",
            "Inverter mounted in garage per survey",
            "Zählerschrank erneuert, Abnahme durch Netzbetreiber offen",
            "Se reforzó la estructura por losa delgada",
            "",
        ]
    )


def referral_message(f: SolarFake) -> str:
    name = f.first()
    return f.pick(
        [
            f"Hey, it's {name} - we got solar with SolRiver, use my code for $500 off!",
            f"Hi! {name} here. Our bills dropped heaps, check this out",
            f"Hallo, hier ist {name}. Mit meinem Code bekommst du 300 € Rabatt",
            f"Hola, soy {name}. Con mi código te descuentan en tu sistema solar",
        ]
    )


def chat_email_text(f: SolarFake) -> str:
    email = f.email()
    return f.pick(
        [
            f"Hi, can you send the contract to {email} instead?",
            f"my new email is {email}",
            f"Please update my email address to {email}, thanks",
            f"Bitte die Rechnung an {email} schicken",
            f"Mi correo correcto es {email}",
        ]
    )


def callback_note(f: SolarFake) -> str:
    phone = f.phone()
    name = f.first()
    return f.pick(
        [
            f"Please call my partner {name} on {phone}, I'm at work",
            f"Best number is {phone}",
            f"call {phone} after 5pm",
            f"Bitte unter {phone} zurückrufen",
            f"Márquenme al {phone} por la tarde",
        ]
    )


def ticket_description(f: SolarFake) -> str:
    return f.pick(
        [
            "Inverter showing error 567 since this morning",
            "Battery not charging above 80%",
            "App shows zero production for yesterday",
            "Wechselrichter zeigt Fehler 4501",
            "El inversor se apaga al mediodía",
            "Feed-in credit missing from last bill",
        ]
    )


# -- the events ------------------------------------------------------------------------------------
# (type, event or page/screen name, client, market ("any" = random), weight, body)


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": Gp(
            ["EVC-ZAPPI-7K", "EVC-WALLBOX-PP", "BAT-PW3-AU", "MON-SHELLY-3EM", "OPT-SE-S440", "BIRD-MESH-20M"]
        ),
        "name": Gp(
            [
                "myenergi zappi 7kW",
                "Wallbox Pulsar Plus",
                "Tesla Powerwall 3",
                "Shelly Pro 3EM",
                "SolarEdge S440 Optimiser",
                "Bird proofing mesh kit",
            ]
        ),
        "brand": Gp(["myenergi", "Wallbox", "Tesla", "Shelly", "SolarEdge", "SolRiver"]),
        "category": Gp(["EV Chargers", "Batteries", "Monitoring", "Accessories"]),
        "price": MONEY(39, 15900),
        "quantity": INT(1, 3),
    }


def postal(line1_key, line2_key, city_key, zip_key, state_key, country_key, name_key=None):
    d = {}
    if name_key:
        d[name_key] = Y(lambda f: f.full_name(), "name")
    d[line1_key] = Y(lambda f: f.street(), "address|street")
    if line2_key:
        d[line2_key] = Y(
            lambda f: f.pick(["Unit 2", "Apt 4", "Hinterhaus", "Depto. 302", "Rear"]), "address|street"
        )
    d[city_key] = Y(lambda f: f.city(), "city")
    d[zip_key] = Y(lambda f: f.zip(), "zipcode")
    d[state_key] = G(lambda f: f.state())
    d[country_key] = G(lambda f: f.cc)
    return d


EVENTS = [
    # -- web quote funnel -------------------------------------------------------------------------
    (
        "page",
        "Quote",
        "web",
        "any",
        3,
        {
            "path": Gp(["/quote", "/quote/address", "/quote/bill", "/quote/contact"]),
            "url": G(
                lambda f: (
                    f"https://www.solriver.{DOMAIN[f.cc]}"
                    + f.pick(["/quote", "/quote/address", "/quote/bill"])
                )
            ),
            "title": Gp(
                ["Get your solar quote | SolRiver", "Your address | SolRiver", "Upload your bill | SolRiver"]
            ),
            "referrer": Gp(["", "https://www.google.com/", "https://www.solriver.com.au/"]),
            "search": Gp(["", "?step=2", "?variant=b"]),
            "category": G(lambda f: "Funnel"),
        },
    ),
    (
        "track",
        "Quote Started",
        "web",
        "any",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "funnel_variant": Gp(["control", "short_form", "bill_first"]),
            "system_type": Gp(["solar", "solar_battery", "battery_only"]),
            "property_type": Gp(["house", "townhouse", "farm", "duplex"]),
            "ownership": Gp(["owner", "owner_mortgage", "renter"]),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "state": G(lambda f: f.state()),
            "country": G(lambda f: f.cc),
            "monthly_bill_estimate": INT(60, 900),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "landing_page": Gp(["/", "/battery", "/finance", "/kfw"]),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        "any",
        3,
        {
            "input": Y(lambda f: f.street() + f.pick(["", ", ", " " + f.city()[:3]]), "address|street", True),
            "session_token": UUID(),
            "prediction_count": INT(1, 5),
            "selected_place_id": G(lambda f: "ChIJ" + f.token(23)),
            "selected_description": Y(lambda f: f.address(), "address", True),
            "address_components": {
                "street_number": Y(lambda f: f.house_no(), "address|street"),
                "route": Y(lambda f: f.street_name(), "street|address"),
                "locality": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "administrative_area_level_1": G(lambda f: f.state()),
                "country": G(lambda f: f.cc),
            },
            "location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "in_service_area": BOOL(),
            "roof_area_estimate_m2": MONEY(40, 260),
            "imagery_date": G(lambda f: f.date(2021, 2024)),
        },
    ),
    (
        "track",
        "Roof Photo Uploaded",
        "web",
        "any",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "photo_index": INT(1, 6),
            "file_name": G(
                lambda f: (
                    f.pick(["IMG_", "PXL_2024", "DSC0", "image"])
                    + f.digits(4)
                    + f.pick([".HEIC", ".jpg", ".jpeg"])
                )
            ),
            "file_size_bytes": INT(400_000, 9_000_000),
            "mime_type": Gp(["image/heic", "image/jpeg"]),
            "photo_url": Y(
                lambda f: f"https://uploads.solriver.io/quotes/{f.uuid()}/roof_{f.r.randint(1, 6)}.jpg",
                "photo",
            ),
            "exif": {
                "make": Gp(["Apple", "Google", "samsung"]),
                "model": Gp(["iPhone 14", "Pixel 7a", "SM-S918B"]),
                "datetime_original": G(lambda f: f.iso()[:19].replace("-", ":").replace("T", " ")),
                "gps_latitude": Y(lambda f: f.lat(), "geolocation"),
                "gps_longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            "upload_ms": INT(300, 12000),
        },
    ),
    (
        "track",
        "Electricity Bill Uploaded",
        "web",
        "any",
        3,
        {
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "retailer": G(lambda f: f.pick(RETAILERS[f.cc])),
            "bill_period_start": G(lambda f: f.date(2023, 2023)),
            "bill_period_end": G(lambda f: f.date(2024, 2024)),
            "usage_kwh": INT(300, 4000),
            "total_amount": MONEY(80, 1400),
            "currency": G(lambda f: f.currency()),
            "tariff_name": Gp(
                ["Single Rate", "Time of Use", "Flexible Pricing", "Grundversorgung", "Tarifa 1C", "DAC"]
            ),
            "supply_point_id": Y(lambda f: f.supply_id(), "identification"),
            "retailer_account_number": G(lambda f: f.digits(f.pick([8, 10, 11]))),
            "ocr_account_holder": Y(lambda f: f.full_name(), "name"),
            "ocr_supply_address": Y(lambda f: f.address(), "address"),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "document_url": Y(lambda f: f"https://uploads.solriver.io/bills/{f.uuid()}.pdf", "photo"),
        },
    ),
    (
        "track",
        "Quote Requested",
        "web",
        "any",
        4,
        {
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "preferred_contact_method": Gp(["phone", "email", "sms", "whatsapp"]),
            "best_time_to_call": Gp(["morning", "afternoon", "evening", "anytime"]),
            "email_verified": BOOL(),
            "phone_country_code": G(lambda f: {"AU": "+61", "DE": "+49", "MX": "+52"}[f.cc]),
            "consent_marketing": BOOL(),
            "household_size": INT(1, 7),
            "has_ev": BOOL(),
            "has_pool": BOOL(),
            "battery_interest": BOOL(),
            "finance_interest": BOOL(),
            "lead_source": Gp(["google_ads", "meta", "referral", "organic", "solarquotes"]),
            "comments": Gp(
                [
                    "Interested in battery backup",
                    "Roof faces north-west",
                    "We have a tile roof",
                    "Want to charge our EV at night",
                    "Wir haben eine Wärmepumpe",
                    "¿Aceptan meses sin intereses?",
                    "",
                ]
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        "any",
        4,
        {
            "form_id": Gp(["quote_contact", "callback_request"]),
            "field": {
                "name": Gp(["email", "mobile"]),
                "value": Y(lambda f: f.email() if f.r.random() < 0.5 else f.mobile(), "email|phone", True),
            },
            "time_to_complete_ms": INT(800, 20000),
            "corrections_count": INT(0, 4),
            "is_valid": BOOL(),
        },
    ),
    (
        "identify",
        None,
        "web",
        "any",
        4,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "address": postal("street", None, "city", "postalCode", "state", "country"),
            "leadStatus": Gp(["new", "contacted", "quoted", "won", "lost"]),
            "createdAt": TS(),
            "preferredLanguage": Gp(["en", "de", "es"]),
            "marketingOptIn": BOOL(),
            "quoteCount": INT(1, 3),
            "customerNumber": G(lambda f: "C" + f.digits(7)),
        },
    ),
    (
        "track",
        "Savings Calculator Used",
        "php",
        "any",
        3,
        {
            "monthly-bill": INT(50, 800),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "roof-orientation": Gp(["N", "NE", "E", "W", "NW", "S"]),
            "shade-level": Gp(["none", "some", "heavy"]),
            "system-size-kw": Gp([6.6, 8.0, 10.0, 13.2]),
            "estimated-annual-savings": INT(400, 3200),
            "payback-years": MONEY(3, 11),
            "battery-included": BOOL(),
            "contact-email": Y(lambda f: f.email(), "email"),
            "calculator-version": Gp(["2.3", "2.4.1"]),
        },
    ),
    # -- site survey ------------------------------------------------------------------------------
    (
        "track",
        "Site Survey Scheduled",
        "node",
        "any",
        3,
        {
            "survey_id": G(lambda f: "SV-" + f.digits(6)),
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "scheduled_for": TS(),
            "slot": Gp(["08:00-10:00", "10:00-12:00", "13:00-15:00"]),
            "surveyor_id": G(lambda f: "EMP" + f.digits(4)),
            "surveyor_name": Y(lambda f: f.full_name(), "name"),
            "surveyor_phone": Y(lambda f: f.mobile(), "phone"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "site_address": Y(lambda f: f.address(), "address"),
            "access_notes": Y(access_note, "phone", True),
            "dog_on_property": BOOL(),
            "dog_name": Gp(["Biscuit", "Luna", "Rex", "Bello", "Canela", "Max", "Frida"]),
            "confirmation_sms_sent": BOOL(),
            "booking_channel": Gp(["web", "call_centre", "crew_app"]),
        },
    ),
    (
        "track",
        "Site Survey Completed",
        "swift",
        "any",
        3,
        {
            "survey_id": G(lambda f: "SV-" + f.digits(6)),
            "duration_min": INT(25, 140),
            "roof_material": Gp(["tile", "colorbond", "tin", "Ziegel", "losa de concreto"]),
            "roof_pitch_deg": INT(0, 40),
            "azimuth_deg": INT(0, 359),
            "shading_pct": INT(0, 45),
            "usable_panels": INT(8, 40),
            "switchboard_upgrade_required": BOOL(),
            "meter_type": Gp(["smart", "basic", "Zweirichtungszähler", "bidireccional"]),
            "meter_number": Y(lambda f: f.meter_no(), "serial|identification"),
            "supply_point_id": Y(lambda f: f.supply_id(), "identification"),
            "photos_taken": INT(6, 40),
            "site_lat": Y(lambda f: f.lat(), "geolocation"),
            "site_lng": Y(lambda f: f.lon(), "geolocation"),
            "customer_present": BOOL(),
            "customer_signature_captured": BOOL(),
            "life_support_equipment_on_site": Y(lambda f: f.pick([True, False, False, False]), "condition"),
            "surveyor": {
                "id": G(lambda f: "EMP" + f.digits(4)),
                "name": Y(lambda f: f.full_name(), "name"),
                "licence_number": Y(lambda f: f.pick(["A", "EC", "L"]) + f.digits(6), "license|certificate"),
            },
            "checklist": Many(
                {
                    "item": Gp(["asbestos_check", "roof_access", "earth_test", "meter_photo"]),
                    "passed": BOOL(),
                },
                4,
            ),
            "notes": G(crew_note),
        },
    ),
    # -- credit applications ----------------------------------------------------------------------
    (
        "track",
        "Credit Application Submitted",
        "python",
        "AU",
        4,
        {
            "application_id": G(lambda f: "LA-" + f.digits(8)),
            "quote_id": G(lambda f: "Q-" + f.digits(7)),
            "product": Gp(["Green Loan 7yr", "Green Loan 10yr", "Battery Loan 5yr"]),
            "loan_amount": INT(6000, 45000),
            "term_months": Gp([60, 84, 120]),
            "interest_rate": MONEY(5.9, 12.9),
            "deposit": INT(0, 5000),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "middle_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.birthdate(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "residential_status": Gp(["own_outright", "mortgage", "renting", "living_with_family"]),
                "years_at_address": INT(0, 30),
                "marital_status": Gp(["single", "married", "de_facto", "divorced"]),
                "dependants": INT(0, 5),
                "age": INT(22, 78),
                "employment": {
                    "status": Gp(["full_time", "part_time", "self_employed", "retired"]),
                    "employer": Gp(["Woolworths Group", "NSW Health", "BHP", "Self", "Telstra", "Bunnings"]),
                    "occupation": Gp(["Nurse", "Electrician", "Teacher", "Retired", "Accountant"]),
                    "years_employed": INT(0, 35),
                    "gross_annual_income": Y(lambda f: f.r.randint(38000, 240000), "salary"),
                    "other_income": Y(lambda f: f.r.randint(0, 30000), "salary"),
                },
                "driver_licence": {
                    "number": Y(lambda f: f.driver_licence(), "license"),
                    "card_number": Y(lambda f: f.r.choice(string.ascii_uppercase) + f.digits(9), "license"),
                    "state": G(lambda f: f.state()),
                    "expiry": G(lambda f: f.date(2025, 2032)),
                },
                "medicare": {
                    "number": RED(lambda f: f.medicare(), "health id"),
                    "irn": INT(1, 5),
                    "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
                },
            },
            "co_applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.birthdate(), "birthdate"),
                "gross_annual_income": Y(lambda f: f.r.randint(0, 180000), "salary"),
                "relationship": Gp(["spouse", "partner", "parent", "sibling"]),
            },
            "credit_score": Y(lambda f: f.r.randint(300, 1200), "credit score"),
            "bureau": Gp(["Equifax", "illion", "Experian"]),
            "consent_credit_check": BOOL(),
            "privacy_consent_version": Gp(["2023-11", "2024-03"]),
        },
    ),
    (
        "track",
        "Kreditantrag eingereicht",
        "python",
        "DE",
        3,
        {
            "antrag_id": G(lambda f: "KA-" + f.digits(8)),
            "angebot_id": G(lambda f: "ANG-" + f.digits(6)),
            "darlehensbetrag": INT(8000, 60000),
            "laufzeit_monate": Gp([60, 120, 180]),
            "sollzins": MONEY(3.9, 8.9),
            "kfw_programm": Gp(["270", "keins"]),
            "antragsteller": {
                "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
                "titel": Gp(["", "Dr.", "Prof. Dr."]),
                "vorname": Y(lambda f: f.first(), "name"),
                "nachname": Y(lambda f: f.last(), "name"),
                "geburtsdatum": Y(lambda f: ".".join(reversed(f.birthdate().split("-"))), "birthdate"),
                "geburtsort": Y(lambda f: f.city(), "city"),
                "staatsangehoerigkeit": Y(
                    lambda f: f.pick(["deutsch", "türkisch", "polnisch", "italienisch", "syrisch"]),
                    "citizenship",
                ),
                "familienstand": Gp(["ledig", "verheiratet", "geschieden", "verwitwet"]),
                "e_mail": Y(lambda f: f.email(), "email"),
                "telefon": Y(lambda f: f.phone(), "phone"),
                "anschrift": {
                    "strasse": Y(lambda f: f.street_name(), "street|address"),
                    "hausnummer": Y(lambda f: f.house_no(), "address|street"),
                    "plz": Y(lambda f: f.zip(), "zipcode"),
                    "ort": Y(lambda f: f.city(), "city"),
                    "wohnhaft_seit": G(lambda f: f.date(1990, 2023)),
                },
                "arbeitgeber": Gp(
                    [
                        "Siemens AG",
                        "Landratsamt Rosenheim",
                        "BMW Group",
                        "selbstständig",
                        "Universitätsklinikum Freiburg",
                    ]
                ),
                "beruf": Gp(["Ingenieur", "Lehrerin", "Pflegefachkraft", "Rentner", "Handwerksmeister"]),
                "beschaeftigt_seit": G(lambda f: f.date(1985, 2023)),
                "nettoeinkommen_monatlich": Y(lambda f: f.r.randint(1800, 9000), "salary"),
                "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
                "ausweisnummer": RED(lambda f: f.ausweis(), "national id"),
                "iban": RED(lambda f: f.iban("DE"), "bank account"),
                "bic": Gp(["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1M01", "BYLADEM1001"]),
            },
            "schufa_score": Y(lambda f: round(f.r.uniform(85, 99.5), 2), "credit score"),
            "schufa_einwilligung": BOOL(),
            "eigentuemer": BOOL(),
        },
    ),
    (
        "track",
        "Solicitud de Crédito Enviada",
        "node",
        "MX",
        3,
        {
            "solicitud_id": G(lambda f: "SOL-" + f.digits(7)),
            "cotizacion_id": G(lambda f: "COT-" + f.digits(6)),
            "monto_solicitado": INT(40000, 400000),
            "plazo_meses": Gp([12, 24, 36, 48]),
            "solicitante": {
                "nombres": Y(lambda f: f.first(), "name"),
                "apellido_paterno": Y(lambda f: f.last(), "name"),
                "apellido_materno": Y(lambda f: f.last(), "name"),
                "fecha_nacimiento": Y(lambda f: f.birthdate(), "birthdate"),
                "curp": RED(lambda f: f.curp(), "national id"),
                "rfc": RED(lambda f: f.rfc(), "national id"),
                "clave_elector": RED(lambda f: f.ine(), "national id"),
                "correo_electronico": Y(lambda f: f.email(), "email"),
                "telefono_celular": Y(lambda f: f.mobile(), "phone"),
                "estado_civil": Gp(["soltero", "casado", "unión libre", "divorciado"]),
                "numero_dependientes": INT(0, 5),
                "domicilio": {
                    "calle": Y(lambda f: f.street_name(), "street|address"),
                    "numero_exterior": Y(lambda f: f.house_no(), "address|street"),
                    "colonia": Y(lambda f: f.pick(COLONIAS), "address|street"),
                    "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
                    "municipio": Y(lambda f: f.city(), "city"),
                    "estado": G(lambda f: f.state()),
                },
                "empresa": Gp(["Grupo Bimbo", "CEMEX", "IMSS", "Negocio propio", "Pemex", "OXXO"]),
                "puesto": Gp(["Gerente", "Contador", "Docente", "Comerciante", "Ingeniera"]),
                "ingreso_mensual": Y(lambda f: f.r.randint(12000, 120000), "salary"),
                "antiguedad_laboral_meses": INT(3, 300),
            },
            "referencias": Many(
                {
                    "nombre": Y(lambda f: f.full_name(), "name"),
                    "telefono": Y(lambda f: f.mobile(), "phone"),
                    "parentesco": Gp(["hermano", "amiga", "compadre", "madre", "compañero de trabajo"]),
                },
                2,
            ),
            "score_buro": Y(lambda f: f.r.randint(450, 780), "credit score"),
            "numero_servicio_cfe": Y(lambda f: f.digits(12), "identification"),
            "tarifa_cfe": Gp(["1", "1C", "1F", "DAC"]),
        },
    ),
    (
        "track",
        "Credit Decision Made",
        "python",
        "any",
        3,
        {
            "application_id": G(lambda f: "LA-" + f.digits(8)),
            "decision": Gp(["approved", "declined", "referred"]),
            "reason_codes": Many(Gp(["R01", "R14", "AFF2", "DTI"]), 3),
            "approved_amount": INT(0, 45000),
            "apr": MONEY(5.9, 14.9),
            "credit_score": Y(lambda f: f.r.randint(300, 1200), "credit score"),
            "bureau": Gp(["Equifax", "SCHUFA", "Buró de Crédito"]),
            "decided_by": Gp(["auto", "underwriter"]),
            "underwriter_id": G(lambda f: "UW" + f.digits(3)),
        },
    ),
    (
        "track",
        "Loan Agreement Signed",
        "node",
        "any",
        2,
        {
            "application_id": G(lambda f: "LA-" + f.digits(8)),
            "envelope_id": UUID(),
            "signer_name": Y(lambda f: f.full_name(), "name"),
            "signer_email": Y(lambda f: f.email(), "email"),
            "signed_at": TS(),
            "signing_ip": Y(lambda f: f.ip(), "ip"),
            "document_version": Gp(["LA-AU-2024.2", "KV-DE-2024.1", "CT-MX-2024.1"]),
            "cooling_off_days": Gp([10, 14]),
        },
    ),
    # -- auth ----------------------------------------------------------------------------------------
    (
        "track",
        "Verification Code Sent",
        "node",
        "any",
        3,
        {
            "phone": Y(lambda f: f.mobile(), "phone"),
            "channel": Gp(["sms", "whatsapp", "voice"]),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "attempt": INT(1, 3),
            "expires_in_s": Gp([300, 600]),
            "provider": Gp(["twilio_verify", "messagebird"]),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        "any",
        2,
        {
            "email": Y(lambda f: f.email(), "email"),
            "login_url": RED(lambda f: f"https://my.solriver.io/auth/callback?token={f.token(43)}", "token"),
            "expires_at": TS(),
            "template": Gp(["magic_link_v2", "magic_link_de", "magic_link_es"]),
        },
    ),
    (
        "track",
        "Portal Account Created",
        "web",
        "any",
        2,
        {
            "form_values": {
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: (
                        f.pick(["Sunshine", "Solar", "Koala", "Mexico", "Berlin"])
                        + f.digits(4)
                        + f.pick(["!", "#", ""])
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Sunshine", "Solar", "Koala", "Mexico"]) + f.digits(4) + "!", "password"
                ),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
                "terms": G(lambda f: "on"),
            },
            "password_strength": Gp(["weak", "fair", "strong"]),
            "signup_method": Gp(["email", "google", "apple"]),
        },
    ),
    (
        "track",
        "Signed In",
        "rn",
        "any",
        3,
        {
            "method": Gp(["password", "magic_link", "face_id", "google"]),
            "email": Y(lambda f: f.email(), "email"),
            "biometric_enabled": BOOL(),
            "mfa_required": BOOL(),
        },
    ),
    (
        "track",
        "Signed In",
        "flutter",
        "DE",
        2,
        {
            "method": Gp(["password", "magic_link", "face_id", "google"]),
            "email": Y(lambda f: f.email(), "email"),
            "biometric_enabled": BOOL(),
            "mfa_required": BOOL(),
        },
    ),
    # -- customer app ------------------------------------------------------------------------------
    (
        "screen",
        "Energy Dashboard",
        "rn",
        "any",
        4,
        {
            "period": Gp(["day", "week", "month", "year"]),
            "self_consumption_pct": INT(20, 95),
            "savings_to_date": MONEY(50, 9000),
            "currency": G(lambda f: f.currency()),
            "system_size_kw": Gp([6.6, 8.0, 10.0, 13.2]),
            "has_battery": BOOL(),
        },
    ),
    (
        "track",
        "Application Opened",
        "rn",
        "any",
        3,
        {
            "version": Gp(["4.2.0", "4.3.1"]),
            "build": Gp(["420", "431"]),
            "from_background": BOOL(),
            "url": Gp(["", "solriver://dashboard", "solriver://referrals"]),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        "any",
        4,
        {
            "referral_code": G(lambda f: "SUN-" + f.token(5).upper()),
            "channel": Gp(["sms", "whatsapp", "email", "copy_link"]),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_email": Y(lambda f: f.email(), "email"),
            "referee_phone": Y(lambda f: f.mobile(), "phone"),
            "message": Y(referral_message, "name", True),
            "reward_amount": Gp([250, 300, 500, 5000]),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "rn",
        "any",
        3,
        {
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "role": Gp(["partner", "tenant", "family", "property_manager"]),
            "permissions": Gp(["view_only", "full"]),
            "invites_sent_total": INT(1, 4),
        },
    ),
    (
        "track",
        "Referral Converted",
        "node",
        "any",
        3,
        {
            "referral_id": UUID(),
            "referrer_user_id": G(lambda f: "usr_" + f.digits(7)),
            "referee_user_id": G(lambda f: "usr_" + f.digits(7)),
            "referrer_email": Y(lambda f: f.email(), "email"),
            "referee_city": Y(lambda f: f.city(), "city"),
            "reward_amount": Gp([250, 300, 500, 5000]),
            "payout_status": Gp(["pending", "paid", "held"]),
        },
    ),
    (
        "track",
        "Rebate Eligibility Checked",
        "web",
        "AU",
        3,
        {
            "program": Gp(["Solar Victoria Solar Homes", "NSW Empowering Homes", "STC only"]),
            "household_taxable_income": Y(lambda f: f.r.randint(40000, 260000), "salary"),
            "owner_occupier": BOOL(),
            "property_value_band": Gp(["<1m", "1m-3m", ">3m"]),
            "previous_rebate": BOOL(),
            "concession_card_holder": BOOL(),
            "centrelink_crn": RED(lambda f: f.digits(9) + f.r.choice("ABCHJKLSTX"), "national id"),
            "dva_gold_card": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "medical_cooling_concession": Y(lambda f: f.pick([True, False, False]), "condition"),
            "eligible": BOOL(),
        },
    ),
    # -- inverter telemetry and monitoring ----------------------------------------------------------
    (
        "track",
        "Inverter Telemetry",
        "go",
        "any",
        8,
        {
            "site_id": G(lambda f: "site_" + f.digits(6)),
            "inverter_serial": Y(lambda f: f.inverter_serial(), "serial"),
            "inverter_model": Gp(INVERTERS),
            "firmware_version": Gp(["1.28.7-1", "3.0.25-3", "V300R001C00SPC140", "4.19.36"]),
            "gateway_mac": Y(lambda f: f.mac(), "mac"),
            "public_ip": Y(lambda f: f.ip(), "ip"),
            "lan_ip": Y(lambda f: f.lan_ip(), "ip"),
            "ts": G(lambda f: f.epoch_ms()),
            "pv_power_w": INT(0, 9800),
            "grid_export_w": INT(0, 5000),
            "grid_import_w": INT(0, 4000),
            "battery_soc_pct": INT(5, 100),
            "battery_power_w": INT(-5000, 5000),
            "daily_yield_kwh": MONEY(0, 60),
            "lifetime_yield_kwh": INT(100, 90000),
            "ac_voltage_v": MONEY(225, 253),
            "temperature_c": MONEY(18, 65),
            "status_code": Gp([0, 1, 307, 567]),
            "error_codes": Many(Gp(["E567", "W4501", "F035"]), 2),
            "site_geo": Y(lambda f: f"{f.lat()},{f.lon()}", "geolocation"),
        },
    ),
    (
        "track",
        "Battery Backup Activated",
        "go",
        "any",
        2,
        {
            "site_id": G(lambda f: "site_" + f.digits(6)),
            "battery_serial": Y(lambda f: f.battery_serial(), "serial"),
            "outage_start": TS(),
            "duration_min": INT(1, 600),
            "reserve_pct": Gp([10, 20, 30]),
            "loads_backed_up": Many(Gp(["fridge", "lights", "nbn", "well_pump"]), 3),
        },
    ),
    (
        "screen",
        "Live Flow",
        "flutter",
        "DE",
        3,
        {
            "anlage_id": G(lambda f: "A" + f.digits(6)),
            "ansicht": Gp(["tag", "woche", "monat"]),
            "autarkiegrad": INT(20, 95),
            "eigenverbrauch_pct": INT(20, 95),
        },
    ),
    (
        "track",
        "Inverter Alarm Viewed",
        "flutter",
        "any",
        2,
        {
            "alarm_id": UUID(),
            "alarm_code": Gp(["E567", "W4501", "F035", "GRID_LOSS"]),
            "severity": Gp(["info", "warning", "critical"]),
            "inverter_serial": Y(lambda f: f.inverter_serial(), "serial"),
            "acknowledged": BOOL(),
        },
    ),
    # -- payouts -------------------------------------------------------------------------------------
    (
        "track",
        "Feed-in Credit Paid",
        "java",
        "AU",
        3,
        {
            "payout_id": G(lambda f: "PO-" + f.digits(8)),
            "site_id": G(lambda f: "site_" + f.digits(6)),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "exported_kwh": MONEY(20, 1800),
            "fit_rate_c_per_kwh": Gp([3.3, 5.0, 7.0, 12.0]),
            "amount": MONEY(2, 200),
            "currency": G(lambda f: "AUD"),
            "payment_type": G(lambda f: "direct_credit"),
            "bsb": G(lambda f: f.bsb()),
            "account_number": RED(lambda f: f.au_account(), "bank account"),
            "account_name": Y(lambda f: f.full_name(), "name"),
            "bank_name": Gp(["Commonwealth Bank", "Westpac", "NAB", "ANZ", "Bendigo Bank", "ING"]),
            "reference": G(lambda f: "SOLRIVER FIT " + f.digits(6)),
            "status": Gp(["submitted", "settled", "returned"]),
        },
    ),
    (
        "track",
        "Einspeiseverguetung ausgezahlt",
        "java",
        "DE",
        3,
        {
            "auszahlung_id": G(lambda f: "AZ-" + f.digits(8)),
            "anlage_id": G(lambda f: "A" + f.digits(6)),
            "zeitraum": Gp(["2024-01", "2024-02", "2024-Q1", "2023"]),
            "eingespeist_kwh": MONEY(20, 6000),
            "verguetungssatz_ct": Gp([8.11, 8.2, 12.87, 7.94]),
            "betrag_eur": MONEY(2, 700),
            "kontoinhaber": Y(lambda f: f.full_name(), "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": Gp(["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1M01", "BYLADEM1001"]),
            "verwendungszweck": G(lambda f: f"Einspeisevergütung Anlage A{f.digits(6)}"),
            "zaehlernummer": Y(lambda f: f.meter_no(), "serial|identification"),
            "kleinunternehmer": BOOL(),
        },
    ),
    (
        "track",
        "Pago Recibido",
        "node",
        "MX",
        3,
        {
            "pago_id": G(lambda f: "PG-" + f.digits(8)),
            "solicitud_id": G(lambda f: "SOL-" + f.digits(7)),
            "referencia_oxxo": G(lambda f: "9" + f.digits(13)),
            "monto": MONEY(800, 12000),
            "metodo": Gp(["spei", "oxxo", "domiciliacion"]),
            "clabe_origen": RED(lambda f: f.clabe(), "bank account"),
            "banco_origen": Gp(["BBVA México", "Banorte", "Santander", "Banamex", "HSBC"]),
            "nombre_ordenante": Y(lambda f: f.full_name(), "name"),
            "fecha_pago": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Payout Returned",
        "java",
        "any",
        3,
        {
            "payout_id": G(lambda f: "PO-" + f.digits(8)),
            "return_code": Gp(["AC04", "AC01", "R03", "MD07"]),
            "return_reason": Gp(
                ["account closed", "invalid account number", "no account", "beneficiary deceased"]
            ),
            "original_destination": RED(
                lambda f: f"{f.bsb()} {f.au_account()}" if f.cc == "AU" else f.bank_account(),
                "bank account",
                True,
            ),
            "retry_scheduled": BOOL(),
        },
    ),
    # -- installer crew app ------------------------------------------------------------------------
    (
        "track",
        "Job Started",
        "kotlin",
        "any",
        4,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "crew_id": G(lambda f: "CREW-" + f.digits(2)),
            "crew_lead": {
                "name": Y(lambda f: f.full_name(), "name"),
                "employee_number": G(lambda f: "EMP" + f.digits(4)),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "electrical_licence": Y(
                    lambda f: f.pick(["EC", "A", "L", "CEC-A"]) + f.digits(6), "license|certificate"
                ),
            },
            "vehicle_rego": Y(lambda f: f.plate(), "license"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "site_address": Y(lambda f: f.address(), "address"),
            "eta_min": INT(0, 90),
            "travel_km": MONEY(2, 180),
            "checklist_version": Gp(["v12", "v13"]),
            "weather": Gp(["clear", "overcast", "windy", "rain"]),
        },
    ),
    (
        "track",
        "Equipment Scanned",
        "kotlin",
        "any",
        5,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "component_type": Gp(["panel", "inverter", "battery", "optimiser"]),
            "serial_number": Y(lambda f: f.panel_serial(), "serial"),
            "sku": Gp(["PNL-JKM440", "PNL-TSM445", "INV-SB50", "BAT-PW3", "OPT-S440"]),
            "model": Gp(PANELS),
            "scan_method": Gp(["barcode", "qr", "manual"]),
            "scanned_at": TS(),
        },
    ),
    (
        "track",
        "Job Completed",
        "kotlin",
        "any",
        3,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "duration_min": INT(180, 720),
            "panels_installed": INT(10, 40),
            "inverter_serial": Y(lambda f: f.inverter_serial(), "serial"),
            "battery_serial": Y(lambda f: f.battery_serial(), "serial"),
            "customer_signoff_name": Y(lambda f: f.full_name(), "name"),
            "customer_rating": INT(1, 5),
            "crew_notes": G(crew_note),
            "compliance_certificate_number": Y(
                lambda f: f.pick(["CES", "CCEW", "EWR"]) + f.digits(7), "certificate"
            ),
            "photos_uploaded": INT(12, 60),
            "lockbox_code": RED(lambda f: f.digits(4), "secret"),
        },
    ),
    (
        "screen",
        "Job Details",
        "kotlin",
        "any",
        2,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "tab": Gp(["overview", "bom", "photos", "customer"]),
        },
    ),
    (
        "track",
        "Customer Contact Tapped",
        "kotlin",
        "any",
        3,
        {
            "job_id": G(lambda f: "JOB-" + f.digits(6)),
            "action": Gp(["call", "sms"]),
            "label": Y(lambda f: f.mobile(), "phone", True),
        },
    ),
    (
        "track",
        "Shift Ended",
        "kotlin",
        "any",
        3,
        {
            "employee_number": G(lambda f: "EMP" + f.digits(4)),
            "hours_worked": MONEY(4, 12),
            "overtime": BOOL(),
            "hourly_rate": Y(lambda f: f.money(32, 68), "salary"),
            "depot": Gp(["Wetherill Park", "Dandenong South", "Garching", "Guadalajara Norte"]),
        },
    ),
    # -- shop (e-commerce spec) --------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        "any",
        3,
        {
            **product(),
            "currency": G(lambda f: f.currency()),
            "url": G(lambda f: "https://shop.solriver.io/p/" + f.digits(4)),
            "image_url": G(lambda f: f"https://cdn.solriver.io/p/{f.hexid(10)}.webp"),
        },
    ),
    ("track", "Product Added", "web", "any", 3, {"cart_id": UUID(), **product()}),
    (
        "track",
        "Order Completed",
        "web",
        "any",
        3,
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": UUID(),
            "total": MONEY(39, 16000),
            "subtotal": MONEY(39, 16000),
            "tax": MONEY(3, 1600),
            "currency": G(lambda f: f.currency()),
            "products": Many(product(), 3),
            "shipping_address": postal("line1", "line2", "city", "postal_code", "state", "country", "name"),
            "billing_address": postal("line1", None, "city", "postal_code", "state", "country"),
            "payment": {
                "method": Gp(["card", "paypal", "afterpay", "klarna"]),
                "card_brand": Gp(["visa", "mastercard", "amex"]),
                "card_last4": G(lambda f: f.digits(4)),
                "card_exp_month": INT(1, 12),
                "card_exp_year": INT(2025, 2031),
                "payment_method_id": RED(lambda f: f.pm(), "token"),
            },
            "customer_email": Y(lambda f: f.email(), "email"),
            "install_date_requested": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- vendor-shaped payloads ----------------------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        "node",
        "any",
        3,
        {
            "id": G(lambda f: "pi_" + f.token(24)),
            "object": G(lambda f: "payment_intent"),
            "amount": INT(3900, 1_600_000),
            "currency": G(lambda f: f.currency().lower()),
            "payment_method": RED(lambda f: f.pm(), "token"),
            "receipt_email": Y(lambda f: f.email(), "email"),
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
            "card": {
                "brand": Gp(["visa", "mastercard", "amex"]),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": INT(1, 12),
                "exp_year": INT(2025, 2031),
                "funding": Gp(["credit", "debit"]),
                "country": G(lambda f: f.cc),
            },
            "livemode": G(lambda f: True),
            "created": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "Lead",
        "node",
        "any",
        3,
        {
            "event_id": UUID(),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "fn": Y(lambda f: f.sha256(), "name"),
                "ln": Y(lambda f: f.sha256(), "name"),
                "ct": Y(lambda f: f.sha256(), "city"),
                "zp": Y(lambda f: f.sha256(), "zipcode"),
                "country": G(lambda f: f.sha256()),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
            "custom_data": {
                "value": INT(50, 300),
                "currency": G(lambda f: f.currency()),
                "content_name": Gp(["solar_quote", "battery_quote"]),
            },
        },
    ),
    (
        "track",
        "Call Completed",
        "node",
        "any",
        3,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(
                lambda f: f.pick(
                    ["+61 2 8090 4410", "+61 3 9068 2215", "+49 89 2190 8840", "+52 55 8526 3101"]
                )
            ),
            "To": Y(lambda f: f.mobile(), "phone", True),
            "CallStatus": Gp(["completed", "no-answer", "busy"]),
            "CallDuration": INT(0, 900),
            "Direction": Gp(["outbound-api", "inbound"]),
        },
    ),
    # -- .NET ERP / HR / call centre (PascalCase) -------------------------------------------------
    (
        "track",
        "InvoiceIssued",
        "dotnet",
        "any",
        3,
        {
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "CustomerNumber": G(lambda f: "C" + f.digits(7)),
            "CustomerName": Y(lambda f: f.full_name(), "name"),
            "BillingAddress": {
                "Street": Y(lambda f: f.street(), "address|street"),
                "City": Y(lambda f: f.city(), "city"),
                "PostCode": Y(lambda f: f.zip(), "zipcode"),
                "Country": G(lambda f: f.cc),
            },
            "TotalAmount": MONEY(200, 40000),
            "TaxAmount": MONEY(20, 4000),
            "Currency": G(lambda f: f.currency()),
            "DueDate": G(lambda f: f.date(2024, 2025)),
            "PaymentTerms": Gp(["NET14", "NET30", "ON_INSTALL"]),
            "LineItems": Many(
                {
                    "Sku": Gp(["PNL-JKM440", "INV-SB50", "BAT-PW3", "LAB-INSTALL"]),
                    "Description": Gp(PANELS + BATTERIES + ["Installation labour"]),
                    "Quantity": INT(1, 30),
                    "UnitPrice": MONEY(90, 14000),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "ServiceTicketCreated",
        "dotnet",
        "any",
        3,
        {
            "TicketId": G(lambda f: f.digits(6)),
            "Priority": Gp(["P1", "P2", "P3"]),
            "Category": Gp(["inverter_fault", "billing", "monitoring", "roof_leak"]),
            "SiteId": G(lambda f: "site_" + f.digits(6)),
            "ContactName": Y(lambda f: f.full_name(), "name"),
            "ContactPhone": Y(lambda f: f.phone(), "phone"),
            "Description": G(ticket_description),
            "AssignedTechnician": Y(lambda f: f.full_name(), "name"),
            "CreatedUtc": TS(),
        },
    ),
    (
        "track",
        "PhonePaymentTaken",
        "dotnet",
        "any",
        2,
        {
            "CallId": UUID(),
            "AgentId": G(lambda f: "AG" + f.digits(4)),
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "Amount": MONEY(100, 9000),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardholderName": Y(lambda f: f.full_name(), "name"),
            "Result": Gp(["approved", "declined"]),
        },
    ),
    (
        "track",
        "EmployeeOnboarded",
        "dotnet",
        "AU",
        2,
        {
            "EmployeeNumber": G(lambda f: "EMP" + f.digits(4)),
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "DateOfBirth": Y(lambda f: f.birthdate(1960, 2005), "birthdate"),
            "JobTitle": Gp(["Solar Installer", "Electrician", "Apprentice Electrician", "Site Surveyor"]),
            "Depot": Gp(["Wetherill Park", "Dandenong South", "Eagle Farm", "Welshpool"]),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "HourlyRate": Y(lambda f: f.money(28, 62), "salary"),
            "Tfn": RED(lambda f: f.tfn(), "national id"),
            "RightToWork": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "visa_482", "visa_500"]), "visa"
            ),
            "WhiteCardNumber": Y(lambda f: f.pick(["CGI", "WC"]) + f.digits(7), "certificate|license"),
            "EmergencyContactName": Y(lambda f: f.full_name(), "name"),
            "EmergencyContactPhone": Y(lambda f: f.mobile(), "phone"),
            "EmergencyContactRelationship": Gp(["partner", "mother", "father", "sibling", "friend"]),
        },
    ),
    # -- warehouse reverse ETL (SCREAMING_SNAKE) -----------------------------------------------------
    (
        "identify",
        None,
        "warehouse",
        "any",
        3,
        {
            "CUSTOMER_ID": G(lambda f: "C" + f.digits(7)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FULL_NAME": Y(lambda f: f.full_name(), "name"),
            "MOBILE_NUMBER": Y(lambda f: f.mobile(), "phone"),
            "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "STATE": G(lambda f: f.state()),
            "SYSTEM_SIZE_KW": Gp([6.6, 8.0, 10.0, 13.2]),
            "INSTALL_DATE": G(lambda f: f.date(2019, 2024)),
            "LIFETIME_VALUE": MONEY(3000, 40000),
            "NPS_SCORE": INT(0, 10),
            "CHURN_RISK": Gp(["low", "medium", "high"]),
            "HAS_BATTERY": BOOL(),
            "LOAN_BALANCE": MONEY(0, 40000),
            "AGE_BAND": Gp(["25-34", "35-44", "45-54", "55-64", "65+"]),
            "IS_LIFE_SUPPORT": Y(lambda f: f.pick([True, False, False, False]), "condition"),
        },
    ),
    # -- B2B partners and backoffice --------------------------------------------------------------
    (
        "group",
        None,
        "ruby",
        "any",
        3,
        {
            "name": Gp(
                [
                    "Sunbright Electrical Pty Ltd",
                    "Elektro Huber GmbH",
                    "Instalaciones Solares del Bajío SA de CV",
                    "Coastal Roofing Co",
                    "Dachdeckerei Maier",
                ]
            ),
            "industry": Gp(["electrical_contractor", "roofing", "builder"]),
            "employees": INT(3, 120),
            "plan": Gp(["partner_silver", "partner_gold"]),
            "website": Gp(["https://sunbright.com.au", "https://elektro-huber.de", "https://isb.mx"]),
            "companyPhone": Gp(["(02) 9555 0134", "+49 8031 90 440", "+52 477 210 3300", "1300 786 544"]),
            "billingEmail": Gp(
                ["accounts@sunbright.com.au", "buchhaltung@elektro-huber.de", "facturacion@isb.mx"]
            ),
            "hqAddress": {
                "street": Gp(["14 Industrial Ave", "Gewerbestraße 7", "Blvd. Adolfo López Mateos 2210"]),
                "city": Gp(["Wetherill Park", "Rosenheim", "León"]),
                "postcode": Gp(["2164", "83026", "37270"]),
                "country": Gp(["AU", "DE", "MX"]),
            },
            "abn": G(lambda f: f.digits(11)),
            "accountManager": Y(lambda f: f.full_name(), "name"),
            "accountManagerEmail": Y(lambda f: f.staff_email(), "email"),
            "createdAt": TS(),
        },
    ),
    (
        "track",
        "Customer Searched",
        "ruby",
        "any",
        3,
        {
            "q": Y(lambda f: f.full_name() if f.r.random() < 0.6 else f.mobile(), "name|phone", True),
            "results": INT(0, 12),
            "agent_id": G(lambda f: "AG" + f.digits(4)),
            "screen": Gp(["crm_search", "quick_find"]),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "web",
        "any",
        3,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": UUID(),
            "sender": G(lambda f: "customer"),
            "text": Y(chat_email_text, "email", True),
            "char_count": INT(10, 120),
            "language": Gp(["en", "de", "es"]),
        },
    ),
    (
        "track",
        "Callback Requested",
        "web",
        "any",
        3,
        {
            "topic": Gp(["quote", "finance", "service", "billing"]),
            "preferred_window": Gp(["9-12", "12-3", "3-6"]),
            "note": Y(callback_note, "phone", True),
            "existing_customer": BOOL(),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "node",
        "MX",
        4,
        {
            "messaging_product": G(lambda f: "whatsapp"),
            "metadata": {
                "display_phone_number": G(lambda f: "52 55 8526 3101"),
                "phone_number_id": G(lambda f: "1098" + f.digits(11)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.pick([f.first(), f.full_name()]), "name")},
                    "wa_id": Y(lambda f: "521" + f.digits(10), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: "521" + f.digits(10), "phone", True),
                    "id": G(lambda f: "wamid.HBgN" + f.token(40)),
                    "timestamp": G(lambda f: str(f.r.randint(1_704_000_000, 1_735_000_000))),
                    "type": Gp(["text", "image", "button"]),
                    "text": {
                        "body": Gp(
                            [
                                "Hola, quiero una cotización",
                                "¿Cuándo viene el técnico?",
                                "Gracias!",
                                "Mi recibo de CFE llegó muy alto",
                                "Sí, confirmo la cita",
                            ]
                        )
                    },
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Help Center Searched",
        "web",
        "any",
        2,
        {
            "query": Gp(
                [
                    "feed in tariff",
                    "inverter error 567",
                    "Einspeisevergütung",
                    "factura CFE",
                    "battery warranty",
                ]
            ),
            "results_count": INT(0, 25),
            "clicked_result": Gp(["", "/help/fit", "/help/warranty"]),
        },
    ),
]


def build(seed: int, repeats: int):
    f = SolarFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, market, weight, body in EVENTS:
            for _ in range(weight):
                f.cc = f.pick(["AU", "DE", "MX"]) if market == "any" else market
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                }
                if not (client == "web" and name in ("Quote", "Quote Started") and f.r.random() < 0.6):
                    msg["userId"] = "usr_" + f.digits(7)
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "acct_" + f.digits(5)
                section = "properties" if kind in ("track", "page", "screen") else "traits"
                msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
        # alias calls: the anonymous quote visitor becomes a known user (context only)
        for client in ("web", "rn", "node"):
            f.cc = f.pick(["AU", "DE", "MX"])
            msg = {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=195, repeats=14)
    write(Path(__file__).parent, "holdout195_", events, labels)
