"""Writes holdout153: tests/corpus/holdout153_events.jsonl and holdout153_labels.json.

Sealed: written from the brief, REFERENCE.md's default matchers and the corpus helpers only,
without reading the detection engine, its vocabularies, its tests, the other corpora's labels or
any score. Nothing here was tuned to the engine; run it with
`.venv/bin/python -m tests.corpus.build_holdout153` (seeded, so the output is reproducible).

Domain: a hearing-aid and optician retail chain ("Sonnova Hören + Sehen") with in-store clinics
in Germany, France and the Netherlands. Covers appointment booking (web, kiosk, booking-vendor
webhooks, SMS reminders), online hearing checks, audiograms (a .NET practice system, PascalCase),
hearing-aid fittings and repairs, eye tests and lens prescriptions (a Flutter in-store tablet),
the hearing-aid remote-control app (analytics-swift / analytics-kotlin: pairing, programs, remote
fitting, tinnitus settings, find-my-hearing-aid), health-insurance cost estimates and claims
(Krankenkasse with German keys, mutuelle with French keys, zorgverzekeraar with Dutch keys),
contact-lens e-commerce (spec events, a PHP shop), payments (Stripe- and Adyen-shaped webhooks,
SEPA mandates, instalment plans, an in-store POS), marketing (Facebook CAPI-shaped server events,
click ids, SendGrid and Twilio webhooks), CRM reverse-ETL identifies in SCREAMING_SNAKE, staff
tools (back-office search, shifts, notes), group calls for stores and corporate partners, and
alias calls. Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python / node / go / java / ruby / php / .NET server libraries, with
their `context` blocks.

Conventions: mostly camelCase and snake_case English keys; about a fifth PascalCase (.NET, Twilio),
kebab-case (form autotrack), SCREAMING_SNAKE (warehouse) and German / French / Dutch keys.
Values are generated per event from one persona (name, e-mail, phone, address match each other),
with names from many cultures, national phone formats (DE, FR, NL, BE, AT, CH, TR, PL, UK), real
address and postcode shapes, IBANs with mod-97 check digits, Luhn-valid cards, German KVNR with
its check digit, French NIR with its key, Dutch BSN passing the 11-test.

Labels: classification (red / yellow / green), type (REFERENCE.md's default matcher name, or
`bank account`, `geolocation`, `secret`, `token`, `national id`, `health id`, `advertising id`,
`credit card`, `password`, `credit score`; `a|b` when either is fair) and value_only (the key does
not say what the value is; every value of such a path carries that PII). The brief's policy is
followed as written: colours of the reference's matchers; red for credentials, secrets, card
numbers, bank accounts, government ids and health ids; yellow for other PII. Green: ids we or a
vendor issue (customer, order, claim, loyalty numbers, Stripe `cus_`/`pi_` ids, Adyen
pspReference, SEPA mandate references), versions, timestamps, hashes of non-PII, amounts, enums,
counters and booleans under PII-sounding keys, product / brand / insurer / employer / store names,
the store's own phone, e-mail, address, city and coordinates, searched places, ages and age bands,
marital status, job titles, card brand / last four / expiry / BIN, BICs. Contested cases follow
the published policy: an insurer's member and policy numbers are yellow `identification`;
prescription numbers yellow `medication`; pay and income yellow `salary`; credit scores yellow;
click ids (gclid, fbclid, msclkid, fbp, fbc) yellow `advertising id`; billing / shipping addresses
yellow; payment tokens (`pm_`, Adyen recurringDetailReference), one-time codes and sign-in link
tokens red `token`; a health system's patient numbers red `health id`; identity document numbers
red `national id`.

Rules decided here for this domain (what a careful privacy owner would want flagged):
- The German Krankenversichertennummer (KVNR, the lifelong number on the eGK health card, shared
  by all statutory insurers) is a health system's patient number: red `health id`. The French NIR
  (numéro de sécurité sociale, on the Carte Vitale) is red `national id|health id`; the Dutch BSN
  red `national id`. A mutuelle's adhérent number and a zorgverzekeraar's polisnummer are an
  insurer's member numbers: yellow `identification`. An insurer's institution code (IK-Nummer,
  UZOVI code) identifies a business: green. Practitioner registry numbers (RPPS, AGB code)
  are professional directory ids: green, like an NPI.
- Every value of an eye or hearing test result (sphere, cylinder, axis, addition, pupillary
  distance, visual acuity, eye pressure, audiogram thresholds, speech scores, degree of loss) and
  contact-lens powers are health data: yellow `condition|diagnosis`. ICD-10 codes are yellow
  `diagnosis`. Booleans that state a finding (tinnitus, hearing loss detected, glaucoma suspect,
  hearing-aid owner in a CRM profile) are yellow `condition`. The service booked (eye test,
  hearing test, fitting), product names (hearing-aid models, frames, lenses, batteries) and the
  store's equipment serial numbers are green; the serial numbers of the hearing aids fitted to a
  person are yellow `serial`, their Bluetooth addresses yellow `mac`.
- A severe-disability pass or degree of disability (`schwerbehindert`, `gdb`) is red `disability`;
  a union-member discount flag states trade-union membership: yellow `trade union`; nationality
  yellow `citizenship`.
- The store's loaner devices and measuring equipment carry the store's serial numbers: green.
- Salutations that state gender (`anrede`, `salutation`) are yellow `gender`; academic titles green.
- Staff are natural persons: an audiologist's or optician's name and personal work e-mail are
  yellow; staff ids and role mailboxes green. Prescribing doctors' names are yellow `name`.
- Hashed e-mail / phone sent for ad-platform matching (CAPI `em`, `ph`) stay personal data of
  that type: yellow, not value_only (the abbreviated key is the only signal).
- Twilio `From` and the store's sender numbers are the business's: green; `To` is the customer.
- Free text is labelled by what every one of its values carries: texts that always carry a phone,
  an e-mail, a first name or a health complaint are labelled so (value_only); texts that never
  carry PII are green.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

DE_F = ["Hannelore", "Ursula", "Gisela", "Lena", "Sabine", "Ingrid", "Mia", "Renate", "Anja", "Brigitte"]
DE_M = ["Klaus", "Jürgen", "Günther", "Lukas", "Jonas", "Wolfgang", "Dieter", "Heinz", "Matthias"]
DE_LAST = ["Müller", "Schmidt", "Schröder", "Weiß", "Hoffmann", "Krüger", "Becker", "Zimmermann", "Kühn"]
FR_F = ["Françoise", "Camille", "Océane", "Hélène", "Monique", "Brigitte", "Margaux", "Chantal", "Josiane"]
FR_M = ["Jean-Pierre", "Théo", "Gérard", "Michel", "Bernard", "Étienne", "Lucas", "Yves", "René"]
FR_LAST = ["Dubois", "Lefèvre", "Martin", "Bernard", "Moreau", "Girard", "Rousseau", "Fontaine", "Lemaire"]
NL_F = ["Sanne", "Femke", "Willemijn", "Anouk", "Marijke", "Joke", "Ilse", "Griet"]
NL_M = ["Daan", "Joost", "Bram", "Pieter", "Henk", "Kees", "Sjoerd", "Wim"]
NL_LAST = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Bakker"),
    ("", "Visser"),
    ("van", "Dijk"),
    ("", "Smit"),
    ("de", "Boer"),
    ("van der", "Meer"),
    ("", "Mulder"),
]
MIX_F = [
    "Ayşe",
    "Fatima",
    "Agnieszka",
    "Lan",
    "Oksana",
    "Ngozi",
    "Siobhan",
    "Priya",
    "Zeynep",
    "Maryam",
    "Xin",
]
MIX_M = [
    "Mehmet",
    "Youssef",
    "Piotr",
    "Kofi",
    "Dimitrios",
    "Rahul",
    "Tomás",
    "Hamza",
    "Wei",
    "Bogdan",
    "Emeka",
]
MIX_LAST = [
    "Y\u0131lmaz",
    "Öztürk",
    "Kaya",
    "Benali",
    "El Amrani",
    "Kowalczyk",
    "Nowak",
    "Nguyen",
    "Papadopoulos",
    "O'Connor",
    "Okonkwo",
    "Wang",
    "Kovalenko",
    "Sharma",
    "Haddad",
    "Da Silva",
    "Mensah",
    "Ferreira",
]
MAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "outlook.com", "planet.nl"],
}
STREETS = {
    "DE": [
        "Hauptstraße",
        "Lindenallee",
        "Goethestr.",
        "Am Markt",
        "Schillerweg",
        "Bahnhofstraße",
        "Kastanienweg",
    ],
    "FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Lilas",
        "chemin des Vignes",
    ],
    "NL": [
        "Keizersgracht",
        "Dorpsstraat",
        "Kerkstraat",
        "Molenweg",
        "Julianalaan",
        "Beatrixstraat",
        "Vondelstraat",
    ],
}
CITIES = {
    "DE": [
        "Köln",
        "Berlin",
        "München",
        "Hamburg",
        "Leipzig",
        "Bielefeld",
        "Mönchengladbach",
        "Freiburg im Breisgau",
    ],
    "FR": ["Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Saint-Étienne", "Aix-en-Provence", "Rennes"],
    "NL": [
        "Amsterdam",
        "Utrecht",
        "Rotterdam",
        "'s-Hertogenbosch",
        "Eindhoven",
        "Groningen",
        "Den Haag",
        "Zwolle",
    ],
}
STORES = [
    ("st_0142", "Sonnova Köln Ehrenfeld", "Venloer Str. 311", "Köln", "50823", "+49 221 9587 410", "DE"),
    ("st_0107", "Sonnova Berlin Steglitz", "Schloßstraße 88", "Berlin", "12163", "+49 30 7901 5520", "DE"),
    (
        "st_0188",
        "Sonnova München Pasing",
        "Landsberger Str. 512",
        "München",
        "81241",
        "+49 89 8299 310",
        "DE",
    ),
    ("st_2011", "Sonnova Lyon Part-Dieu", "17 rue Servient", "Lyon", "69003", "+33 4 78 62 19 40", "FR"),
    ("st_2034", "Sonnova Lille Centre", "42 rue Esquermoise", "Lille", "59800", "+33 3 20 55 07 18", "FR"),
    (
        "st_3005",
        "Sonnova Utrecht Oudegracht",
        "Oudegracht 174",
        "Utrecht",
        "3511 AZ",
        "+31 30 231 4470",
        "NL",
    ),
    (
        "st_3019",
        "Sonnova Rotterdam Zuidplein",
        "Zuidplein 312",
        "Rotterdam",
        "3083 CW",
        "+31 10 480 2215",
        "NL",
    ),
]
STORE_COORDS = {
    "st_0142": (50.9497, 6.9188),
    "st_0107": (51.4577, 13.3217),
    "st_0188": (48.1493, 11.4611),
    "st_2011": (45.7602, 4.8573),
    "st_2034": (50.6392, 3.0597),
    "st_3005": (52.0887, 5.1195),
    "st_3019": (51.8846, 4.4887),
}
SITES = {"DE": "www.sonnova.de", "FR": "www.sonnova.fr", "NL": "www.sonnova.nl"}
LOCALES = {"DE": "de-DE", "FR": "fr-FR", "NL": "nl-NL"}
TZ = {"DE": "Europe/Berlin", "FR": "Europe/Paris", "NL": "Europe/Amsterdam"}
HEARING_AIDS = [
    ("Phonak", "Audéo Lumity L90-R"),
    ("Phonak", "Naída Paradise P70-UP"),
    ("Oticon", "Intent 1 miniRITE R"),
    ("Signia", "Pure Charge&Go 7AX"),
    ("Widex", "Moment Sheer 440"),
    ("ReSound", "Nexia 9 RIE"),
    ("Sonnova", "Comfort S3 HdO"),
]
FRAMES = [
    ("Ray-Ban", "RB5154 Clubmaster Optics"),
    ("Lindberg", "Strip Titanium 9704"),
    ("Oakley", "Holbrook RX OX8156"),
    ("Sonnova", "Essential Acetat 214"),
    ("Tom Ford", "FT5634-B"),
]
LENSES = [
    ("Zeiss", "SmartLife Progressive 1.6 DuraVision"),
    ("Essilor", "Varilux XR Series Crizal"),
    ("Hoya", "Hoyalux iD MyStyle V+"),
    ("Acuvue", "Oasys 1-Day 90er"),
    ("Dailies", "Total1 30er"),
    ("Biofinity", "Toric 6er"),
]
ACCESSORIES = [
    ("Rayovac", "Batterien Größe 312 (60 Stück)"),
    ("Power One", "p13 Batterien 10x6"),
    ("Phonak", "TV Connector"),
    ("Sonnova", "Reinigungsspray 100 ml"),
    ("Oticon", "ConnectClip"),
]
CONDITIONS = [
    "Tinnitus links seit 2019",
    "Hörsturz rechts im März",
    "Altersschwerhörigkeit beidseitig",
    "Glaukom in der Familie, Augendruck erhöht",
    "Grauer Star rechts, OP geplant",
    "acouphènes depuis deux ans",
    "presbyacousie bilatérale",
    "diabète type 2, fond d'œil à surveiller",
    "oorsuizen na concert",
    "slechthorend links sinds kinderjaren",
    "Mittelohrentzündungen als Kind, Trommelfell vernarbt",
    "Migräne mit Aura, lichtempfindlich",
]
ICD10 = ["H90.3", "H90.5", "H91.1", "H93.1", "H52.1", "H52.0", "H52.2", "H52.4", "H40.0", "H25.9"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 "
    "Mobile/15E148 Safari/604.1",
]


def ascii_slug(text: str) -> str:
    text = text.replace("ß", "ss").replace("\u0131", "i").replace("'", "").replace(" ", "")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class Persona:
    def __init__(self, f: "HFake", country: str | None = None):
        r = f.r
        self.country = country or r.choices(["DE", "FR", "NL"], [5, 3, 3])[0]
        self.female = r.random() < 0.55
        self.prefix = ""
        if r.random() < 0.3:
            self.first = r.choice(MIX_F if self.female else MIX_M)
            self.last = r.choice(MIX_LAST)
        elif self.country == "DE":
            self.first = r.choice(DE_F if self.female else DE_M)
            self.last = r.choice(DE_LAST)
        elif self.country == "FR":
            self.first = r.choice(FR_F if self.female else FR_M)
            self.last = r.choice(FR_LAST)
        else:
            self.first = r.choice(NL_F if self.female else NL_M)
            self.prefix, self.last = r.choice(NL_LAST)
        self.full_last = f"{self.prefix} {self.last}".strip()
        self.birth_year = r.choice([r.randint(1934, 1962), r.randint(1934, 1962), r.randint(1963, 2006)])
        self.birthdate = f"{self.birth_year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        sep = r.choice([".", "_", "", "-"])
        tail = r.choice(["", str(r.randint(1, 99)), str(self.birth_year)[2:], str(self.birth_year)])
        local = r.choice(
            [
                f"{ascii_slug(self.first)}{sep}{ascii_slug(self.full_last)}{tail}",
                f"{ascii_slug(self.first)[0]}{sep}{ascii_slug(self.full_last)}{tail}",
                f"{ascii_slug(self.full_last)}{sep}{ascii_slug(self.first)}",
            ]
        )
        self.email = f"{local}@{r.choice(MAIL[self.country])}"
        self.phone = f.mobile(self.country)
        self.street = r.choice(STREETS[self.country])
        self.house = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "b"])
        self.postcode = f.postcode(self.country)
        self.city = r.choice(CITIES[self.country])
        self.ip = f.client_ip()

    @property
    def name(self) -> str:
        return f"{self.first} {self.full_last}"

    @property
    def street_line(self) -> str:
        if self.country == "FR":
            return f"{self.house} {self.street}"
        return f"{self.street} {self.house}"


class HFake(Fake):
    """Fake with a per-event persona and the identifiers this domain needs."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = Persona(self)
        self.store = STORES[0]

    def next_event(self, country: str | None = None) -> None:
        self.p = Persona(self, country)
        self.store = self.pick([s for s in STORES if s[6] == self.p.country] + [self.pick(STORES)])

    # people who are not the event's user: staff, doctors, relatives, recipients
    def other_first(self) -> str:
        return self.pick(DE_F + DE_M + FR_F + FR_M + NL_F + NL_M + MIX_F + MIX_M)

    def other_last(self) -> str:
        return self.pick(DE_LAST + FR_LAST + [n for _, n in NL_LAST] + MIX_LAST)

    def other_name(self) -> str:
        return f"{self.other_first()} {self.other_last()}"

    def other_email(self) -> str:
        first, last = self.other_first(), self.other_last()
        sep = self.pick([".", "_", ""])
        return (
            f"{ascii_slug(first)}{sep}{ascii_slug(last)}{self.pick(['', str(self.r.randint(2, 98))])}@"
            + self.pick(MAIL["DE"] + MAIL["FR"] + MAIL["NL"])
        )

    def staff_email(self) -> str:
        return f"{ascii_slug(self.other_first())}.{ascii_slug(self.other_last())}@sonnova.eu"

    def mobile(self, country: str | None = None) -> str:
        r = self.r
        country = country or self.pick(["DE", "FR", "NL", "BE", "AT", "CH", "TR", "PL", "UK"])
        if country == "DE":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "179"])
            num = self.digits(r.choice([7, 8]))
            return r.choice(
                [
                    f"+49 {pre} {num}",
                    f"0{pre} {num}",
                    f"+49{pre}{num}",
                    f"0{pre}/{num}",
                    f"0{pre}-{num[:3]} {num[3:]}",
                ]
            )
        if country == "FR":
            pairs = [f"{r.randint(0, 99):02d}" for _ in range(4)]
            lead = r.choice(["6", "7"])
            return r.choice(
                [
                    f"0{lead} " + " ".join(pairs),
                    f"+33 {lead} " + " ".join(pairs),
                    f"+33{lead}" + "".join(pairs),
                    f"0{lead}." + ".".join(pairs),
                ]
            )
        if country == "NL":
            num = self.digits(8)
            return r.choice([f"06-{num}", f"+31 6 {num}", f"+316{num}", f"06 {num[:2]} {num[2:5]} {num[5:]}"])
        if country == "BE":
            return f"+32 4{r.randint(60, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if country == "AT":
            return f"+43 6{r.choice(['64', '60', '76', '99'])} {self.digits(7)}"
        if country == "CH":
            return f"+41 7{r.choice('6789')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if country == "TR":
            return f"+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if country == "PL":
            return f"+48 {r.randint(500, 899)} {r.randint(100, 999)} {r.randint(100, 999)}"
        return f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}"

    def landline(self, country: str) -> str:
        r = self.r
        if country == "DE":
            area = r.choice(["030", "0221", "089", "040", "0341", "0521"])
            return r.choice(
                [f"{area} {self.digits(7)}", f"+49 {area[1:]} {self.digits(7)}", f"({area}) {self.digits(6)}"]
            )
        if country == "FR":
            return f"0{r.randint(1, 5)} " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))
        return f"0{r.choice(['20', '30', '10', '40', '50'])}-{self.digits(7)}"

    def postcode(self, country: str) -> str:
        r = self.r
        if country == "DE":
            return f"{r.randint(1067, 99998):05d}"
        if country == "FR":
            department = r.choice([75, 69, 13, 31, 59, 44, 42, 35, 67, 33])
            return f"{department:02d}{r.randint(0, 9)}{r.randint(0, 9)}0"
        letters = r.choice(string.ascii_uppercase) + r.choice("ABCDEGHJKLNPRSTVWXZ")
        return f"{r.randint(1011, 9999)}{r.choice([' ', ''])}{letters}"

    def client_ip(self) -> str:
        r = self.r
        if r.random() < 0.25:
            return f"2003:{r.choice(['c2', 'e6', 'f1', 'd4'])}:" + ":".join(
                f"{r.randint(0, 0xFFFF):x}" for _ in range(6)
            )
        first = r.choice([31, 37, 46, 77, 78, 79, 80, 84, 87, 88, 91, 93, 109, 145, 176, 188, 212, 217])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def iban_for(self, country: str, grouped: bool | None = None) -> str:
        r = self.r
        if country == "DE":
            bban = r.choice(["37040044", "10070000", "50010517", "20050550", "37050198"]) + self.digits(10)
        elif country == "FR":
            bank = r.choice(["30004", "20041", "30003", "10278"])
            bban = f"{bank}{self.digits(5)}{self.digits(11)}{self.digits(2)}"
        elif country == "NL":
            bban = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + "0" + self.digits(9)
        elif country == "BE":
            bban = self.digits(12)
        else:
            bban = self.digits(16)
            country = "AT"
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        grouped = r.random() < 0.5 if grouped is None else grouped
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw

    def kvnr(self) -> str:
        letter = self.pick(string.ascii_uppercase)
        body = self.digits(8)
        seq = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, ch in enumerate(seq):
            product = int(ch) * (1 if i % 2 == 0 else 2)
            total += product // 10 + product % 10
        return f"{letter}{body}{total % 10}"

    def nir(self, spaced: bool | None = None) -> str:
        r = self.r
        p = self.p
        sex = "2" if p.female else "1"
        parts = [
            sex,
            f"{p.birth_year % 100:02d}",
            f"{r.randint(1, 12):02d}",
            r.choice(["75", "69", "13", "59", "31", "44", "2A", "92"]),
            f"{r.randint(1, 400):03d}",
            f"{r.randint(1, 999):03d}",
        ]
        number = "".join(parts).replace("2A", "19")
        key = 97 - int(number) % 97
        spaced = r.random() < 0.5 if spaced is None else spaced
        if spaced:
            return " ".join(parts) + f" {key:02d}"
        return "".join(parts) + f"{key:02d}"

    def bsn(self) -> str:
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            total = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=True))
            last = total % 11
            if last < 10:
                return "".join(map(str, ds)) + str(last)

    def id_document(self) -> str:
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        return "".join(self.pick(alphabet) for _ in range(9))

    def hearing_serial(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(19, 24)}{r.randint(1, 52):02d}{r.choice('HKXYZ')}{self.digits(4)}",
                f"SN{self.digits(10)}",
                f"{r.choice(['GN', 'WX', 'OT'])}-{self.digits(7)}",
            ]
        )

    def base62(self, n: int) -> str:
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def gclid(self) -> str:
        return (
            "Cj0KCQjw"
            + "".join(self.pick(string.ascii_letters + string.digits + "-_") for _ in range(80))
            + "_BwE"
        )

    def fbclid(self) -> str:
        return "IwAR" + "".join(self.pick(string.ascii_letters + string.digits + "-_") for _ in range(58))

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def diopter(self, lo: float, hi: float) -> str:
        value = self.r.randint(int(lo * 4), int(hi * 4)) / 4
        return f"{value:+.2f}"

    def threshold(self) -> int:
        return self.r.randint(0, 18) * 5

    def day(self, year: int = 2024) -> str:
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def slot(self) -> str:
        r = self.r
        return (
            f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            + f"T{r.choice([8, 9, 10, 11, 13, 14, 15, 16, 17]):02d}:"
            + r.choice(["00", "15", "30", "45"])
            + ":00+01:00"
        )

    def ean(self) -> str:
        return self.luhn_free_ean("40" + self.digits(10))

    def luhn_free_ean(self, twelve: str) -> str:
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve))
        return twelve + str((10 - total % 10) % 10)


def e164(phone: str, country: str) -> str:
    digits = "".join(c for c in phone if c.isdigit())
    if phone.startswith("+"):
        return "+" + digits
    return "+" + {"DE": "49", "FR": "33", "NL": "31"}[country] + digits.lstrip("0")


def store_id(f: HFake) -> str:
    return f.store[0]


# -- contexts of the client libraries -----------------------------------------------------------------


def web_context(f: HFake, path: str, title: str):
    site = SITES[f.p.country]
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.de/",
                        "https://www.google.fr/",
                        "",
                        "https://www.bing.com/",
                        f"https://{site}/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?filiale=" + store_id(f)]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{site}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: LOCALES[f.p.country]),
        "timezone": G(lambda f: TZ[f.p.country]),
        "ip": Y(lambda f: f.p.ip, "ip"),
    }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(
                    ["hoertest_fruehling", "gleitsicht_aktion", "bilan_auditif", "oogmeting_gratis"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "bing"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(
                    ["hörgeräte kosten", "optiker in der nähe", "appareil auditif", "hoortoestel"]
                )
            ),
            "content": G(lambda f: f.pick(["rsa_1", "carousel_b", "textlink"])),
        }
    if f.r.random() < 0.4:
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "customerNumber": G(lambda f: "K" + f.digits(8)),
        }
    return ctx


def ios_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Sonnova Hear"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4312"])),
            "namespace": G(lambda f: "eu.sonnova.hear"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,8", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALES[f.p.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: True),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "timezone": G(lambda f: TZ[f.p.country]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.p.ip, "ip"),
    }


def android_context(f: HFake):
    ctx = {
        "app": {
            "name": G(lambda f: "Sonnova Hear"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["40200", "40301"])),
            "namespace": G(lambda f: "eu.sonnova.hear"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "2201117TY", "CPH2449"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "spes", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.1"])),
        },
        "locale": G(lambda f: LOCALES[f.p.country]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: True),
            "carrier": G(
                lambda f: f.pick(["Telekom.de", "Vodafone.de", "o2 - de", "Orange F", "SFR", "KPN", "Odido"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.p.country]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(43.3, 53.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-1.5, 13.8), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    return ctx


def rn_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Sonnova Store Tablet"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["280", "291"])),
            "namespace": G(lambda f: "eu.sonnova.storetablet"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200", "iPad12,1"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([1180, 1340])), "height": G(lambda f: f.pick([820, 800]))},
        "network": {"wifi": G(lambda f: True)},
        "locale": G(lambda f: LOCALES[f.p.country]),
        "timezone": G(lambda f: TZ[f.p.country]),
        "groupId": G(lambda f: store_id(f)),
    }


def flutter_context(f: HFake):
    return {
        "app": {
            "name": G(lambda f: "Sonnova Refraktion"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["42", "50"])),
            "namespace": G(lambda f: "eu.sonnova.refraktion"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-X710", "TB-X606F"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 1600), "height": G(lambda f: 2560), "density": G(lambda f: 2.0)},
        "locale": G(lambda f: LOCALES[f.p.country]),
        "timezone": G(lambda f: TZ[f.p.country]),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: HFake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.4:
        ctx["ip"] = Y(lambda f: f.p.ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if f.r.random() < 0.3:
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "name": Y(lambda f: f.p.name, "name"),
        }
    return ctx


# -- shared property shapes ---------------------------------------------------------------------------


def pick_product(f: HFake):
    brand, name = f.pick(HEARING_AIDS + FRAMES + LENSES + ACCESSORIES)
    return brand, name


def product(f_ignored=None):
    return {
        "product_id": G(lambda f: "prd_" + f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["HA", "FR", "CL", "AC"]) + "-" + f.digits(5) + "-" + f.pick(["BK", "TI", "BE", "00"])
            )
        ),
        "ean": G(lambda f: f.ean()),
        "name": G(lambda f: pick_product(f)[1]),
        "brand": G(lambda f: pick_product(f)[0]),
        "category": G(
            lambda f: f.pick(
                ["Hörgeräte", "Brillenfassungen", "Kontaktlinsen", "Zubehör", "Gleitsichtgläser"]
            )
        ),
        "variant": G(lambda f: f.pick(["Schwarz", "Titan matt", "Beige", "Havanna", "L"])),
        "price": G(lambda f: f.money(4, 2400)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "currency": G(lambda f: "EUR"),
    }


def text_with(f: HFake, templates: list[str], **values) -> str:
    return f.pick(templates).format(**values)


# -- events ---------------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, body). Clients: web, ios, android, rn, flutter, or a server
# library key from SERVER_LIBS.

EVENTS = [
    # -- website: pages, store finder, booking --------------------------------------------------------
    (
        "page",
        "Termin buchen",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Termin buchen", "Prendre rendez-vous", "Afspraak maken"])),
            "path": G(lambda f: f.pick(["/termin", "/rendez-vous", "/afspraak"])),
            "url": G(
                lambda f: f"https://{SITES[f.p.country]}/" + f.pick(["termin", "rendez-vous", "afspraak"])
            ),
            "title": G(
                lambda f: f.pick(["Termin buchen | Sonnova", "Rendez-vous | Sonnova", "Afspraak | Sonnova"])
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.de/", "", "https://www.sonnova.fr/"])),
            "search": G(lambda f: f.pick(["", "?service=hoertest", "?service=sehtest&filiale=st_0142"])),
            "category": G(lambda f: "booking"),
        },
    ),
    (
        "track",
        "Store Searched",
        ["web", "ios", "android"],
        {
            "query": G(
                lambda f: f.pick(
                    [f.pick(CITIES[f.p.country]), f.postcode(f.p.country), "Optiker Köln", "près de moi"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
            "used_device_location": G(lambda f: f.pick([True, False])),
            "selected_store_id": G(store_id),
            "selected_store_city": G(lambda f: f.store[3]),
            "store_phone": G(lambda f: f.store[5]),
        },
    ),
    (
        "track",
        "Store Route Requested",
        ["android", "ios"],
        {
            "store_id": G(store_id),
            "store_name": G(lambda f: f.store[1]),
            "store_address": G(lambda f: f"{f.store[2]}, {f.store[4]} {f.store[3]}"),
            "store_latitude": G(lambda f: STORE_COORDS[f.store[0]][0]),
            "store_longitude": G(lambda f: STORE_COORDS[f.store[0]][1]),
            "origin_lat": Y(lambda f: round(f.r.uniform(43.3, 53.5), 5), "geolocation"),
            "origin_lng": Y(lambda f: round(f.r.uniform(-1.5, 13.8), 5), "geolocation"),
            "travel_mode": G(lambda f: f.pick(["driving", "transit", "walking"])),
            "maps_provider": G(lambda f: f.pick(["apple", "google"])),
        },
    ),
    (
        "track",
        "Appointment Slot Viewed",
        ["web"],
        {
            "storeId": G(store_id),
            "serviceType": G(
                lambda f: f.pick(["hearing_test", "eye_test", "contact_lens_fitting", "hearing_aid_trial"])
            ),
            "slotStart": G(lambda f: f.slot()),
            "durationMin": G(lambda f: f.pick([20, 30, 45, 60])),
            "slotsAvailable": G(lambda f: f.r.randint(0, 24)),
            "audiologistId": G(lambda f: "emp_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "storeId": G(store_id),
            "storeName": G(lambda f: f.store[1]),
            "storeCity": G(lambda f: f.store[3]),
            "serviceType": G(
                lambda f: f.pick(["hearing_test", "eye_test", "contact_lens_fitting", "hearing_aid_trial"])
            ),
            "startsAt": G(lambda f: f.slot()),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.full_last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "dateOfBirth": Y(lambda f: f.p.birthdate, "birthdate"),
            "isFirstVisit": G(lambda f: f.pick([True, False])),
            "reminderChannel": G(lambda f: f.pick(["sms", "email", "none"])),
            "bookedFor": G(lambda f: f.pick(["self", "parent", "partner", "child"])),
            "insuranceType": G(lambda f: f.pick(["gesetzlich", "privat", "mutuelle", "basisverzekering"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Bitte mit Parkplatz",
                        "Komme mit dem Bus, evtl. später",
                        "",
                        "Je viendrai accompagnée",
                        "Graag in de ochtend",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ["web", "ios", "android"],
        {
            "appointmentId": G(lambda f: f.uuid()),
            "storeId": G(store_id),
            "cancelReason": G(
                lambda f: f.pick(["illness", "scheduling_conflict", "found_other_provider", "other"])
            ),
            "hoursBeforeStart": G(lambda f: f.r.randint(1, 240)),
            "rebooked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Child Eye Test Booked",
        ["web"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "store_id": G(store_id),
            "child": {
                "first_name": Y(lambda f: f.other_first(), "name"),
                "birth_date": Y(lambda f: f.day(f.r.randint(2012, 2020)), "birthdate"),
                "age": G(lambda f: f.r.randint(4, 12)),
                "school_screening_referral": G(lambda f: f.pick([True, False])),
            },
            "guardian": {
                "name": Y(lambda f: f.p.name, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "legal_guardian"])),
            },
        },
    ),
    (
        "track",
        "Care Contact Added",
        ["ios", "android"],
        {
            "contact_id": G(lambda f: f.uuid()),
            "relation": G(lambda f: f.pick(["Tochter", "Sohn", "Ehepartner", "fille", "zoon", "voisin"])),
            "contact_name": Y(lambda f: f.other_name(), "name"),
            "contact_phone": Y(lambda f: f.mobile(), "phone"),
            "can_book_for_me": G(lambda f: f.pick([True, False])),
            "receives_reminders": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- online hearing check (web) --------------------------------------------------------------------
    (
        "track",
        "Online Hearing Check Completed",
        ["web"],
        {
            "test_id": G(lambda f: "oht_" + f.hexid(12)),
            "headphones_type": G(lambda f: f.pick(["wired", "bluetooth", "speakers"])),
            "calibration_ok": G(lambda f: f.pick([True, False])),
            "duration_sec": G(lambda f: f.r.randint(180, 600)),
            "score_left": Y(lambda f: f.r.randint(20, 100), "condition|diagnosis"),
            "score_right": Y(lambda f: f.r.randint(20, 100), "condition|diagnosis"),
            "result_category": Y(
                lambda f: f.pick(["normal", "mild_loss", "moderate_loss", "severe_loss"]),
                "condition|diagnosis",
            ),
            "hearing_loss_detected": Y(lambda f: f.pick([True, False]), "condition"),
            "age_band": G(lambda f: f.pick(["45-54", "55-64", "65-74", "75+"])),
            "results_email": Y(lambda f: f.p.email, "email"),
        },
    ),
    # -- e-commerce (web shop and the PHP shop backend) ------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["batterien 312", "acuvue oasys", "ray-ban brille", "piles 13", "lenzenvloeistof"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "ios"],
        {
            **product(),
            "url": G(lambda f: f"https://{SITES[f.p.country]}/p/{f.digits(6)}"),
            "image_url": G(lambda f: f"https://cdn.sonnova.eu/img/{f.hexid(10)}.webp"),
            "position": G(lambda f: f.r.randint(1, 24)),
            "gender": G(lambda f: f.pick(["unisex", "damen", "herren"])),
        },
    ),
    (
        "track",
        "Product Added",
        ["web"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "revenue": G(lambda f: f.money(10, 900)),
            "shipping": G(lambda f: f.pick([0.0, 4.95, 6.9])),
            "tax": G(lambda f: f.money(1, 150)),
            "coupon": G(lambda f: f.pick(["", "LINSEN10", "BIENVENUE", "NIEUW5"])),
            "union_member_discount": Y(lambda f: f.pick([True, False, False]), "trade union"),
            "currency": G(lambda f: "EUR"),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Order Completed",
        ["php"],
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "invoice_number": G(lambda f: "RE-2024-" + f.digits(6)),
            "total": G(lambda f: f.money(10, 900)),
            "subtotal": G(lambda f: f.money(10, 900)),
            "tax": G(lambda f: f.money(1, 150)),
            "shipping": G(lambda f: f.pick([0.0, 4.95, 6.9])),
            "discount": G(lambda f: f.pick([0.0, 5.0, 12.5])),
            "currency": G(lambda f: "EUR"),
            "payment_method": G(lambda f: f.pick(["paypal", "klarna", "sepa_debit", "card", "ideal", "cb"])),
            "products": Many(product()),
            "shipping_address": {
                "name": Y(lambda f: f.p.name, "name"),
                "street": Y(lambda f: f.p.street_line, "address|street"),
                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                "city": Y(lambda f: f.p.city, "city"),
                "country": G(lambda f: f.p.country),
            },
            "billing_address": {
                "name": Y(lambda f: f.p.name, "name"),
                "street": Y(lambda f: f.p.street_line, "address|street"),
                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                "city": Y(lambda f: f.p.city, "city"),
                "country": G(lambda f: f.p.country),
            },
            "customer_email": Y(lambda f: f.p.email, "email"),
            "ship_to_store": G(lambda f: f.pick([True, False])),
            "tracking_number": G(
                lambda f: f.pick(["00340434" + f.digits(12), "6A" + f.digits(11), "3SABCD" + f.digits(9)])
            ),
        },
    ),
    (
        "track",
        "Contact Lens Subscription Started",
        ["web", "ios"],
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan": G(
                lambda f: f.pick(["Monatslinsen 6er", "Tageslinsen 90er", "Abonnement lentilles 3 mois"])
            ),
            "interval_days": G(lambda f: f.pick([30, 90, 180])),
            "next_delivery_date": G(lambda f: f.day(2025)),
            "lens_brand": G(lambda f: f.pick(["Acuvue", "Dailies", "Biofinity", "Air Optix"])),
            "lens_type": G(lambda f: f.pick(["sphärisch", "torisch", "multifokal"])),
            "power_left": Y(lambda f: f.diopter(-8, 4), "condition|diagnosis"),
            "power_right": Y(lambda f: f.diopter(-8, 4), "condition|diagnosis"),
            "price_per_delivery": G(lambda f: f.money(25, 120)),
        },
    ),
    (
        "track",
        "Voucher Purchased",
        ["web"],
        {
            "voucher_id": G(lambda f: "GS-" + f.digits(10)),
            "amount": G(lambda f: f.pick([25, 50, 100, 150])),
            "design": G(lambda f: f.pick(["geburtstag", "weihnachten", "neutral"])),
            "recipient_name": Y(lambda f: f.other_name(), "name"),
            "recipient_email": Y(lambda f: f.other_email(), "email"),
            "sender_name": Y(lambda f: f.p.name, "name"),
            "message": Y(
                lambda f: text_with(
                    f,
                    [
                        "Alles Gute zum 80., liebe {n}!",
                        "Für {n} - endlich wieder gut hören :)",
                        "Joyeux anniversaire {n} !",
                        "Fijne verjaardag {n}, liefs",
                        "{n}, für deine neue Brille. Kuss",
                    ],
                    n=f.other_first(),
                ),
                "name",
                True,
            ),
            "delivery_date": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["ios", "android", "web"],
        {
            "referral_code": G(lambda f: "SONN-" + f.base62(6).upper()),
            "friend_email": Y(lambda f: f.other_email(), "email"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_eur": G(lambda f: f.pick([10, 25])),
        },
    ),
    # -- website forms (autotrack plugin, kebab-case) ------------------------------------------------
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        {
            "email-address": Y(lambda f: f.p.email, "email"),
            "opt-in-source": G(lambda f: f.pick(["footer", "popup", "checkout"])),
            "double-opt-in": G(lambda f: f.pick([True, False])),
            "preferred-store": G(store_id),
            "interests": Many(G(lambda f: f.pick(["hoeren", "sehen", "kontaktlinsen", "sonnenbrillen"])), 3),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form-id": G(lambda f: "account-register"),
            "form-name": G(lambda f: f.pick(["Kundenkonto anlegen", "Créer un compte", "Account aanmaken"])),
            "account-email": Y(lambda f: f.p.email, "email"),
            "account-password": RED(
                lambda f: f.pick(["Sommer2024!", "hoeren123", f.base62(12), "Marseille#13"]), "password"
            ),
            "password-strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "accept-terms": G(lambda f: True),
            "field-count": G(lambda f: f.r.randint(4, 9)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "form_id": G(lambda f: "callback_" + f.pick(["de", "fr", "nl"])),
            "input": Y(lambda f: f.p.phone, "phone", True),
            "topic": G(lambda f: f.pick(["hearing_aids", "glasses", "insurance", "repair"])),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
        },
    ),
    (
        "track",
        "Input Changed",
        ["web"],
        {
            "form_id": G(lambda f: "booking_step_2"),
            "field_name": G(lambda f: "geburtsdatum"),
            "value": Y(
                lambda f: f.pick([f.p.birthdate, ".".join(reversed(f.p.birthdate.split("-")))]),
                "birthdate",
                True,
            ),
            "time_to_fill_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "agent_id": G(lambda f: "emp_" + f.digits(4)),
            "sender": G(lambda f: "visitor"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Können Sie mich zurückrufen? {f.p.phone}",
                        f"bitte Rückruf unter {f.p.phone}, danke",
                        f"Mon numéro : {f.p.phone}",
                        f"Bel me even op {f.p.phone} aub",
                        f"Erreichbar ab 14 Uhr: {f.p.phone}",
                    ]
                ),
                "phone",
                True,
            ),
            "message_index": G(lambda f: f.r.randint(1, 15)),
        },
    ),
    # -- identify (web, app, shop backend in German, French, Dutch, warehouse, .NET) --------------------
    (
        "identify",
        None,
        ["web", "node"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.full_last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.birthdate, "birthdate"),
            "customerNumber": G(lambda f: "K" + f.digits(8)),
            "preferredStore": G(store_id),
            "language": G(lambda f: f.pick(["de", "fr", "nl", "en", "tr"])),
            "gender": Y(lambda f: "female" if f.p.female else f.pick(["male", "male", "diverse"]), "gender"),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "address": {
                "street": Y(lambda f: f.p.street_line, "address|street"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "city": Y(lambda f: f.p.city, "city"),
                "country": G(lambda f: f.p.country),
            },
            "age": G(lambda f: 2024 - f.p.birth_year),
            "loyaltyNumber": G(lambda f: "SC" + f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        ["ios", "android"],
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "app_user_since": G(lambda f: f.day(f.r.randint(2020, 2024))),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "paired_devices_count": G(lambda f: f.pick([0, 1, 2])),
            "preferred_store_id": G(store_id),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "anrede": Y(lambda f: "Frau" if f.p.female else f.pick(["Herr", "Herr", "Divers"]), "gender"),
            "titel": G(lambda f: f.pick(["", "", "Dr.", "Prof. Dr.", "Dipl.-Ing."])),
            "vorname": Y(lambda f: f.p.first, "name"),
            "nachname": Y(lambda f: f.p.full_last, "name"),
            "geburtstag": Y(lambda f: ".".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
            "strasse": Y(lambda f: f.p.street, "street|address"),
            "hausnummer": Y(lambda f: f.p.house, "address|street"),
            "plz": Y(lambda f: f.p.postcode, "zipcode"),
            "ort": Y(lambda f: f.p.city, "city"),
            "land": G(lambda f: f.pick(["Deutschland", "Österreich", "Schweiz"])),
            "telefon": Y(lambda f: f.landline("DE"), "phone"),
            "handynummer": Y(lambda f: f.p.phone, "phone"),
            "kundennummer": G(lambda f: f.digits(7)),
            "kundengruppe": G(lambda f: f.pick(["Endkunde", "Hörgeräteträger Plus", "Firmenkunde"])),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
        "DE",
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "salutation": Y(lambda f: "Mme" if f.p.female else "M.", "gender"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.full_last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "mobile_phone": Y(lambda f: f.p.phone, "phone"),
            "birth_date": Y(lambda f: "/".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
            "address_line1": Y(lambda f: f"{f.p.house} {f.p.street}", "address|street"),
            "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
            "city": Y(lambda f: f.p.city, "city"),
            "preferred_store_id": G(store_id),
            "client_number": G(lambda f: "C" + f.digits(9)),
            "marital_status": G(lambda f: f.pick(["marié(e)", "célibataire", "veuf/veuve", "pacsé(e)"])),
            "occupation": G(lambda f: f.pick(["retraité(e)", "enseignant(e)", "infirmier/ère", "artisan"])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
        },
        "FR",
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "firstName": Y(lambda f: f.p.first, "name"),
            "tussenvoegsel": Y(lambda f: f.p.prefix, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "dateOfBirth": Y(lambda f: "-".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
            "email": Y(lambda f: f.p.email, "email"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "street": Y(lambda f: f.p.street, "street|address"),
            "houseNumber": Y(lambda f: f.p.house, "address|street"),
            "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
            "city": Y(lambda f: f.p.city, "city"),
            "customerNumber": G(lambda f: f.digits(8)),
            "branch": G(lambda f: f.pick(["Utrecht Oudegracht", "Rotterdam Zuidplein"])),
            "newsletterOptIn": G(lambda f: f.pick([True, False])),
        },
        "NL",
    ),
    (
        "identify",
        None,
        ["ruby"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.full_last, "name"),
            "PHONE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.p.birthdate, "birthdate"),
            "POSTAL_CODE": Y(lambda f: f.p.postcode, "zipcode"),
            "CITY": Y(lambda f: f.p.city, "city"),
            "COUNTRY_CODE": G(lambda f: f.p.country),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 9000)),
            "LAST_VISIT_DATE": G(lambda f: f.day()),
            "NEXT_EYE_TEST_DUE": G(lambda f: f.day(2025)),
            "HEARING_AID_OWNER": Y(lambda f: f.pick([True, False]), "condition"),
            "LOYALTY_TIER": G(lambda f: f.pick(["SILVER", "GOLD", "PLATINUM"])),
            "LOYALTY_NUMBER": G(lambda f: "SC" + f.digits(9)),
            "AGE_BAND": G(lambda f: f.pick(["35-44", "45-54", "55-64", "65-74", "75+"])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "CustomerNumber": G(lambda f: f.digits(7)),
            "FirstName": Y(lambda f: f.p.first, "name"),
            "LastName": Y(lambda f: f.p.full_last, "name"),
            "Email": Y(lambda f: f.p.email, "email"),
            "MobilePhone": Y(lambda f: f.p.phone, "phone"),
            "DateOfBirth": Y(lambda f: f.p.birthdate + "T00:00:00", "birthdate"),
            "HomeStore": G(store_id),
            "PreferredContactMethod": G(lambda f: f.pick(["Phone", "Email", "Letter", "Sms"])),
            "EmergencyContactName": Y(lambda f: f.other_name(), "name"),
            "EmergencyContactPhone": Y(lambda f: f.landline(f.p.country), "phone"),
            "IsDeceased": G(lambda f: False),
            "PhoneVerified": G(lambda f: f.pick([True, False])),
            "RecordVersion": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    # -- hearing-aid app ------------------------------------------------------------------------------
    (
        "screen",
        "Hörprogramme",
        ["ios", "android"],
        {
            "screen_class": G(lambda f: f.pick(["ProgramsViewController", "ProgramsFragment"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Lautstärke", "Einstellungen"])),
        },
    ),
    (
        "track",
        "Hearing Aids Paired",
        ["ios", "android"],
        {
            "pairing_id": G(lambda f: f.uuid()),
            "device_model": G(lambda f: f.pick(HEARING_AIDS)[1]),
            "manufacturer": G(lambda f: f.pick(HEARING_AIDS)[0]),
            "left_serial": Y(lambda f: f.hearing_serial(), "serial"),
            "right_serial": Y(lambda f: f.hearing_serial(), "serial"),
            "left_ble_address": Y(lambda f: f.mac(), "mac"),
            "right_ble_address": Y(lambda f: f.mac(), "mac"),
            "firmware_version": G(lambda f: f.pick(["3.4.1", "3.5.0", "2.12.7"])),
            "battery_left_pct": G(lambda f: f.r.randint(5, 100)),
            "battery_right_pct": G(lambda f: f.r.randint(5, 100)),
            "pairing_duration_ms": G(lambda f: f.r.randint(1800, 25000)),
            "bonded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Program Changed",
        ["ios", "android"],
        {
            "program_name": G(
                lambda f: f.pick(["Automatik", "Restaurant", "Musik", "Ruhige Umgebung", "TV", "Auto"])
            ),
            "program_index": G(lambda f: f.r.randint(0, 5)),
            "volume_step": G(lambda f: f.r.randint(-4, 4)),
            "ear": G(lambda f: f.pick(["both", "left", "right"])),
            "trigger": G(lambda f: f.pick(["app", "button", "auto"])),
        },
    ),
    (
        "track",
        "Tinnitus Settings Updated",
        ["ios", "android"],
        {
            "has_tinnitus": Y(lambda f: f.pick([True, False]), "condition"),
            "noiser_enabled": G(lambda f: f.pick([True, False])),
            "noise_type": G(lambda f: f.pick(["white", "pink", "ocean", "notch"])),
            "noiser_level_db": G(lambda f: f.r.randint(-30, 0)),
        },
    ),
    (
        "track",
        "Remote Fitting Session Ended",
        ["ios", "android"],
        {
            "session_id": G(lambda f: f.uuid()),
            "audiologist_id": G(lambda f: "emp_" + f.digits(4)),
            "audiologist_name": Y(lambda f: f.other_name(), "name"),
            "duration_sec": G(lambda f: f.r.randint(300, 2400)),
            "video_quality": G(lambda f: f.pick(["hd", "sd", "audio_only"])),
            "adjustments_made": G(lambda f: f.r.randint(0, 14)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "store_id": G(store_id),
        },
    ),
    (
        "track",
        "Hearing Diary Entry Added",
        ["ios", "android"],
        {
            "entry_id": G(lambda f: f.uuid()),
            "situation": G(
                lambda f: f.pick(["Familienfeier", "Restaurant", "Telefonieren", "réunion", "vergadering"])
            ),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    ["Zu laut im Restaurant", "Stimmen klingen blechern", "", "très bien", "prima"]
                )
            ),
            "program_name": G(lambda f: f.pick(["Automatik", "Restaurant", "Musik"])),
        },
    ),
    (
        "track",
        "Hearing Aid Located",
        ["ios", "android"],
        {
            "device_side": G(lambda f: f.pick(["left", "right"])),
            "last_seen_lat": Y(lambda f: round(f.r.uniform(43.3, 53.5), 6), "geolocation"),
            "last_seen_lng": Y(lambda f: round(f.r.uniform(-1.5, 13.8), 6), "geolocation"),
            "last_seen_at": G(lambda f: f.iso()),
            "signal_rssi": G(lambda f: f.r.randint(-100, -40)),
        },
    ),
    (
        "track",
        "Repair Requested",
        ["ruby"],
        {
            "repair_id": G(lambda f: "REP-" + f.digits(7)),
            "device_serial": Y(lambda f: f.hearing_serial(), "serial"),
            "issue": G(
                lambda f: f.pick(
                    ["no_sound", "whistling", "battery_drain", "broken_receiver", "cracked_frame"]
                )
            ),
            "under_warranty": G(lambda f: f.pick([True, False])),
            "pickup_address": Y(lambda f: f"{f.p.street_line}, {f.p.postcode} {f.p.city}", "address"),
            "contact_phone": Y(lambda f: f.p.phone, "phone"),
            "loaner_device_serial": G(
                lambda f: f.pick(["LN-0142-07", "LN-2011-03", "LN-3005-12", "LN-0107-01"])
            ),
        },
    ),
    (
        "track",
        "Nearby Store Notification Opened",
        ["android"],
        {
            "notification_id": G(lambda f: f.hexid(16)),
            "store_id": G(store_id),
            "distance_m": G(lambda f: f.r.randint(50, 2000)),
            "campaign": G(lambda f: f.pick(["battery_reminder", "annual_check"])),
        },
    ),
    # -- in-store: kiosk, tablet, eye test -----------------------------------------------------------
    (
        "track",
        "Checked In",
        ["rn"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "kiosk_id": G(lambda f: "kiosk-" + f.digits(3)),
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{'Frau' if f.p.female else 'Herr'} {f.p.full_last}",
                        f.p.name,
                        f"{f.p.first} {f.p.last[0]}.",
                    ]
                ),
                "name",
                True,
            ),
            "wait_time_min": G(lambda f: f.r.randint(0, 40)),
            "qr_code_scanned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Card Scanned",
        ["rn"],
        {
            "card_type": G(lambda f: "eGK"),
            "insurer_name": G(
                lambda f: f.pick(
                    ["Techniker Krankenkasse", "AOK Rheinland/Hamburg", "BARMER", "DAK-Gesundheit"]
                )
            ),
            "ik_number": G(lambda f: "10" + f.digits(7)),
            "kvnr": RED(lambda f: f.kvnr(), "health id"),
            "holder_name": Y(lambda f: f.p.name, "name"),
            "holder_birthdate": Y(lambda f: f.p.birthdate, "birthdate"),
            "card_valid_until": G(lambda f: f.day(f.r.randint(2025, 2029))),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 3)),
            "scan_duration_ms": G(lambda f: f.r.randint(300, 4000)),
        },
        "DE",
    ),
    (
        "track",
        "Eye Test Completed",
        ["flutter"],
        {
            "exam_id": G(lambda f: "EX-" + f.digits(8)),
            "customer_id": G(lambda f: "K" + f.digits(8)),
            "optometrist_id": G(lambda f: "emp_" + f.digits(4)),
            "optometrist_name": Y(lambda f: f.other_name(), "name"),
            "store_id": G(store_id),
            "prescription": {
                "right": {
                    "sphere": Y(lambda f: f.diopter(-8, 5), "condition|diagnosis"),
                    "cylinder": Y(lambda f: f.diopter(-3, 0), "condition|diagnosis"),
                    "axis": Y(lambda f: f.r.randint(0, 180), "condition|diagnosis"),
                    "add": Y(lambda f: f.diopter(0.75, 3), "condition|diagnosis"),
                },
                "left": {
                    "sphere": Y(lambda f: f.diopter(-8, 5), "condition|diagnosis"),
                    "cylinder": Y(lambda f: f.diopter(-3, 0), "condition|diagnosis"),
                    "axis": Y(lambda f: f.r.randint(0, 180), "condition|diagnosis"),
                    "add": Y(lambda f: f.diopter(0.75, 3), "condition|diagnosis"),
                },
                "pd_mm": Y(lambda f: f.r.randint(56, 72) + f.pick([0, 0.5]), "condition|diagnosis"),
            },
            "visual_acuity_left": Y(
                lambda f: f.pick(["0.5", "0.8", "1.0", "1.25", "0.63"]), "condition|diagnosis"
            ),
            "visual_acuity_right": Y(
                lambda f: f.pick(["0.5", "0.8", "1.0", "1.25", "0.4"]), "condition|diagnosis"
            ),
            "iop_left_mmhg": Y(lambda f: f.r.randint(10, 28), "condition|diagnosis"),
            "iop_right_mmhg": Y(lambda f: f.r.randint(10, 28), "condition|diagnosis"),
            "glaucoma_suspect": Y(lambda f: f.pick([True, False]), "condition"),
            "refer_to_ophthalmologist": Y(lambda f: f.pick([True, False]), "condition"),
            "autorefractor_serial": G(lambda f: f.pick(["ARK1-28417", "ARK1-30552", "KR800-11893"])),
            "duration_min": G(lambda f: f.r.randint(12, 45)),
            "report_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Frame Try-On Started",
        ["web", "ios"],
        {
            "session_id": G(lambda f: f.uuid()),
            "frame_sku": G(lambda f: "FR-" + f.digits(5) + "-" + f.pick(["BK", "TI", "HV"])),
            "frame_name": G(lambda f: f.pick(FRAMES)[1]),
            "camera_permission": G(lambda f: f.pick(["granted", "denied", "prompt"])),
            "frames_tried": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    # -- practice system (.NET, PascalCase): audiograms and fittings ---------------------------------
    (
        "track",
        "AudiogramRecorded",
        ["dotnet"],
        {
            "AudiogramId": G(lambda f: f.uuid()),
            "CustomerNumber": G(lambda f: f.digits(7)),
            "StoreCode": G(store_id),
            "AudiologistName": Y(lambda f: f.other_name(), "name"),
            "MeasuredAt": G(lambda f: f.iso()),
            "Thresholds": {
                ear: {
                    hz: Y(lambda f: f.threshold(), "condition|diagnosis")
                    for hz in ("Hz500", "Hz1000", "Hz2000", "Hz4000")
                }
                for ear in ("Left", "Right")
            },
            "SpeechIntelligibilityPct": Y(
                lambda f: f.pick([40, 55, 60, 70, 80, 85, 90, 100]), "condition|diagnosis"
            ),
            "HearingLossDegree": Y(
                lambda f: f.pick(["Mild", "Moderate", "ModeratelySevere", "Severe"]), "condition|diagnosis"
            ),
            "TinnitusReported": Y(lambda f: f.pick([True, False]), "condition"),
            "TestMethod": G(lambda f: f.pick(["AirConduction", "AirAndBone"])),
            "AudiometerSerial": G(lambda f: f.pick(["AT235-04417", "AC40-19822", "AT235-05120"])),
            "CalibrationDate": G(lambda f: f.day(2024)),
        },
    ),
    (
        "track",
        "Hearing Aid Fitted",
        ["dotnet"],
        {
            "fittingId": G(lambda f: f.uuid()),
            "customerNumber": G(lambda f: f.digits(7)),
            "leftDeviceSerial": Y(lambda f: f.hearing_serial(), "serial"),
            "rightDeviceSerial": Y(lambda f: f.hearing_serial(), "serial"),
            "deviceModel": G(lambda f: f.pick(HEARING_AIDS)[1]),
            "manufacturer": G(lambda f: f.pick(HEARING_AIDS)[0]),
            "fittingSoftware": G(
                lambda f: f.pick(["Phonak Target 9.1", "Genie 2 2024.1", "Connexx 9.13", "Compass GPS 4.6"])
            ),
            "audiologist": {
                "staffId": G(lambda f: "emp_" + f.digits(4)),
                "name": Y(lambda f: f.other_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
            },
            "trialPeriodDays": G(lambda f: f.pick([14, 28, 30])),
            "warrantyEndsOn": G(lambda f: f.day(f.r.randint(2027, 2030))),
            "domeSize": G(lambda f: f.pick(["S", "M", "L", "Power"])),
            "price": G(lambda f: f.money(800, 3600)),
        },
    ),
    (
        "track",
        "POS Transaction Completed",
        ["dotnet"],
        {
            "transactionId": G(lambda f: f.digits(12)),
            "terminalId": G(lambda f: "T" + f.digits(7)),
            "storeCode": G(store_id),
            "amount": G(lambda f: f.money(5, 4000)),
            "currency": G(lambda f: "EUR"),
            "cardNumber": RED(lambda f: f.card(formatted=False), "credit card"),
            "maskedPan": G(lambda f: f.pick(["4", "5"]) + f.digits(5) + "******" + f.digits(4)),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 30)}"),
            "entryMode": G(lambda f: f.pick(["Contactless", "Chip", "Swipe"])),
            "cashierId": G(lambda f: "emp_" + f.digits(4)),
            "receiptNumber": G(lambda f: f.digits(6)),
        },
    ),
    # -- insurance: Krankenkasse (java), mutuelle (python), zorgverzekeraar (go), generic ------------------
    (
        "track",
        "Kostenvoranschlag Erstellt",
        ["java"],
        {
            "kostenvoranschlag_id": G(lambda f: "KV-" + f.digits(9)),
            "kundennummer": G(lambda f: f.digits(7)),
            "krankenkasse": G(
                lambda f: f.pick(["Techniker Krankenkasse", "AOK Bayern", "BARMER", "IKK classic", "KKH"])
            ),
            "ik_nummer": G(lambda f: "10" + f.digits(7)),
            "versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "versichertenstatus": G(lambda f: f.pick(["Mitglied", "Familienversichert", "Rentner"])),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
            "verordnung_datum": G(lambda f: f.day()),
            "hno_arzt": Y(lambda f: "Dr. med. " + f.other_name(), "name"),
            "diagnose_icd10": Y(lambda f: f.pick(ICD10[:4]), "diagnosis"),
            "festbetrag": G(lambda f: f.pick([685.0, 784.94, 1470.0])),
            "eigenanteil": G(lambda f: f.money(0, 2500)),
            "zuzahlung": G(lambda f: 10.0),
            "schwerbehindert": RED(lambda f: f.pick([True, False, False]), "disability"),
            "gdb": RED(lambda f: f.pick([20, 30, 50, 60, 80, 100]), "disability"),
            "status": G(lambda f: f.pick(["eingereicht", "genehmigt", "abgelehnt"])),
        },
        "DE",
    ),
    (
        "track",
        "Demande Prise En Charge",
        ["python"],
        {
            "dossier_id": G(lambda f: "PEC-" + f.digits(8)),
            "numero_secu": RED(lambda f: f.nir(), "national id|health id"),
            "mutuelle": G(
                lambda f: f.pick(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R La Mondiale"])
            ),
            "numero_adherent": Y(lambda f: f.digits(f.pick([8, 9, 10])), "identification"),
            "numero_amc": G(lambda f: f.digits(9)),
            "ordonnance_numero": Y(lambda f: "ORD" + f.digits(9), "medication"),
            "medecin_prescripteur": Y(lambda f: "Dr " + f.other_name(), "name"),
            "rpps": G(lambda f: "10" + f.digits(9)),
            "date_soins": G(lambda f: f.day()),
            "classe_100_sante": G(lambda f: f.pick([True, False])),
            "montant_rembourse_secu": G(lambda f: f.money(0, 400)),
            "reste_a_charge": G(lambda f: f.money(0, 1500)),
            "beneficiaire": {
                "nom": Y(lambda f: f.p.full_last, "name"),
                "prenom": Y(lambda f: f.other_first(), "name"),
                "lien": G(lambda f: f.pick(["assure", "conjoint", "enfant"])),
            },
        },
        "FR",
    ),
    (
        "track",
        "Declaratie Ingediend",
        ["go"],
        {
            "declaratie_id": G(lambda f: f.uuid()),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "zorgverzekeraar": G(lambda f: f.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"])),
            "uzovi_code": G(lambda f: f.pick(["3311", "3343", "7095", "0101"])),
            "polisnummer": Y(lambda f: f.digits(f.pick([8, 9])), "identification"),
            "aanvullend_verzekerd": G(lambda f: f.pick([True, False])),
            "eigen_risico_resterend": G(lambda f: f.money(0, 385)),
            "bedrag": G(lambda f: f.money(50, 2000)),
            "agb_code": G(lambda f: "0" + f.digits(7)),
            "voorschrift_kno_arts": G(lambda f: f.pick([True, False])),
            "verwerkt_op": G(lambda f: f.iso()),
        },
        "NL",
    ),
    (
        "track",
        "Claim Status Changed",
        ["java", "python"],
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "insurer_name": G(
                lambda f: f.pick(["Techniker Krankenkasse", "MGEN", "Zilveren Kruis", "Allianz Private"])
            ),
            "member_number": Y(
                lambda f: f.pick(["A" + f.digits(9), f.digits(10), "MG" + f.digits(8)]), "identification"
            ),
            "policy_number": Y(lambda f: "PV-" + f.digits(8), "identification"),
            "status": G(lambda f: f.pick(["submitted", "approved", "partially_approved", "rejected"])),
            "previous_status": G(lambda f: f.pick(["draft", "submitted"])),
            "approved_amount": G(lambda f: f.money(0, 1500)),
            "rejection_reason": G(
                lambda f: f.pick(["", "missing_prescription", "quota_exceeded", "not_covered"])
            ),
            "updated_by": G(lambda f: "emp_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Prescription Uploaded",
        ["ios", "android", "web"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "rx_number": Y(lambda f: f.pick(["RX-", "ORD-", "VO-"]) + f.digits(8), "medication"),
            "prescriber_name": Y(lambda f: "Dr. " + f.other_name(), "name"),
            "issued_on": G(lambda f: f.day()),
            "file_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "file_size_kb": G(lambda f: f.r.randint(80, 6000)),
            "ocr_status": G(lambda f: f.pick(["pending", "done", "failed"])),
        },
    ),
    # -- payments ------------------------------------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "id": G(lambda f: "evt_3P" + f.base62(22)),
            "type": G(
                lambda f: f.pick(["payment_intent.succeeded", "payment_intent.succeeded", "charge.succeeded"])
            ),
            "livemode": G(lambda f: True),
            "api_version": G(lambda f: "2023-10-16"),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_3P" + f.base62(22)),
                    "amount": G(lambda f: f.r.randint(500, 400000)),
                    "currency": G(lambda f: "eur"),
                    "customer": G(lambda f: "cus_" + f.base62(14)),
                    "payment_method": RED(lambda f: "pm_1P" + f.base62(22), "token"),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Eigenanteil Hörgeräte",
                                "Gleitsichtbrille",
                                "Kontaktlinsen-Abo",
                                "Acompte lunettes",
                            ]
                        )
                    ),
                    "receipt_email": Y(lambda f: f.p.email, "email"),
                    "charge": {
                        "id": G(lambda f: "ch_3P" + f.base62(22)),
                        "billing_details": {
                            "name": Y(lambda f: f.p.name, "name"),
                            "email": Y(lambda f: f.p.email, "email"),
                            "phone": Y(lambda f: f.p.phone, "phone"),
                            "address": {
                                "line1": Y(lambda f: f.p.street_line, "address|street"),
                                "line2": Y(
                                    lambda f: f.pick(
                                        ["2. OG", "Apt. 4", "bâtiment B", "3-hoog", "Hinterhaus"]
                                    ),
                                    "address|street",
                                ),
                                "city": Y(lambda f: f.p.city, "city"),
                                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                                "country": G(lambda f: f.p.country),
                            },
                        },
                        "payment_method_details": {
                            "card": {
                                "brand": G(
                                    lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])
                                ),
                                "last4": G(lambda f: f.digits(4)),
                                "exp_month": G(lambda f: f.r.randint(1, 12)),
                                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                                "country": G(lambda f: f.pick(["DE", "FR", "NL"])),
                                "funding": G(lambda f: f.pick(["credit", "debit"])),
                            }
                        },
                    },
                    "metadata": {"order_id": G(lambda f: "SO-" + f.digits(8)), "store_id": G(store_id)},
                },
            },
        },
    ),
    (
        "track",
        "Adyen Notification Received",
        ["java"],
        {
            "eventCode": G(lambda f: f.pick(["AUTHORISATION", "CAPTURE", "REFUND"])),
            "pspReference": G(
                lambda f: "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(16))
            ),
            "merchantReference": G(lambda f: "SO-" + f.digits(8)),
            "merchantAccountCode": G(lambda f: "SonnovaECOM"),
            "success": G(lambda f: f.pick(["true", "false"])),
            "paymentMethod": G(lambda f: f.pick(["mc", "visa", "ideal", "cartebancaire", "sepadirectdebit"])),
            "amount": {"value": G(lambda f: f.r.randint(500, 400000)), "currency": G(lambda f: "EUR")},
            "additionalData": {
                "cardSummary": G(lambda f: f.digits(4)),
                "cardBin": G(lambda f: f.pick(["4" + f.digits(5), "5" + f.digits(5)])),
                "expiryDate": G(lambda f: f"{f.r.randint(1, 12)}/{f.r.randint(2025, 2031)}"),
                "cardHolderName": Y(lambda f: f.p.name.upper(), "name"),
                "shopperEmail": Y(lambda f: f.p.email, "email"),
                "shopperIP": Y(lambda f: f.p.ip, "ip"),
                "shopperReference": G(lambda f: "K" + f.digits(8)),
                "authCode": G(lambda f: f.digits(6)),
                "issuerCountry": G(lambda f: f.pick(["DE", "FR", "NL", "BE"])),
                "recurring.recurringDetailReference": RED(lambda f: f.digits(16), "token"),
            },
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ["go"],
        {
            "mandate_reference": G(lambda f: "SNV-" + f.digits(10)),
            "iban": RED(
                lambda f: f.iban_for(f.p.country if f.r.random() < 0.8 else f.pick(["BE", "AT"])),
                "bank account",
            ),
            "bic": G(
                lambda f: f.pick(
                    ["COBADEFFXXX", "INGBNL2A", "BNPAFRPPXXX", "RABONL2U", "DEUTDEDBKOE", "GENODED1BRS"]
                )
            ),
            "account_holder": Y(lambda f: f.p.name, "name"),
            "signed_at": G(lambda f: f.iso()),
            "sequence_type": G(lambda f: f.pick(["FRST", "RCUR", "OOFF"])),
            "creditor_id": G(lambda f: "DE98ZZZ09999999999"),
        },
    ),
    (
        "track",
        "Instalment Plan Approved",
        ["python", "node"],
        {
            "plan_id": G(lambda f: "fin_" + f.hexid(12)),
            "provider": G(
                lambda f: f.pick(["Santander Consumer Bank", "Cofidis", "in3", "Klarna", "Targobank"])
            ),
            "months": G(lambda f: f.pick([6, 12, 24, 36, 48])),
            "monthly_rate": G(lambda f: f.money(25, 250)),
            "apr": G(lambda f: f.pick([0.0, 3.99, 5.9, 9.9])),
            "financed_amount": G(lambda f: f.money(500, 6000)),
            "credit_score": Y(
                lambda f: f.pick([round(f.r.uniform(80, 99.9), 2), f.r.randint(300, 850)]), "credit score"
            ),
            "net_monthly_income": Y(lambda f: f.r.randint(900, 6500), "salary"),
            "employer": G(
                lambda f: f.pick(["Deutsche Bahn AG", "Stadt Köln", "SNCF", "Philips", "Rentenversicherung"])
            ),
            "employment_status": G(lambda f: f.pick(["employed", "retired", "self_employed"])),
            "job_title": G(
                lambda f: f.pick(["Lokführer", "Sachbearbeiterin", "retraité", "Verpleegkundige"])
            ),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "date_of_birth": Y(lambda f: f.p.birthdate, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["deutsch", "française", "Nederlandse", "türkisch", "polnisch"]),
                "citizenship",
            ),
            "id_document_type": G(lambda f: f.pick(["personalausweis", "carte_identite", "paspoort"])),
            "id_document_number": RED(lambda f: f.id_document(), "national id"),
            "decision_ms": G(lambda f: f.r.randint(800, 9000)),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["go"],
        {
            "order_id": G(lambda f: "SO-" + f.digits(8)),
            "amount": G(lambda f: f.r.randint(500, 400000)),
            "failure_code": G(
                lambda f: f.pick(
                    ["card_declined", "insufficient_funds", "expired_card", "authentication_required"]
                )
            ),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "three_ds_version": G(lambda f: f.pick(["2.1.0", "2.2.0"])),
        },
    ),
    # -- marketing and vendor webhooks ----------------------------------------------------------------
    (
        "track",
        "Campaign Landing",
        ["web"],
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "paid_social"])),
            "utm_campaign": G(lambda f: f.pick(["hoertest_fruehling", "gleitsicht_aktion", "bilan_auditif"])),
            "landing_page": G(lambda f: f.pick(["/hoertest", "/brillen/gleitsicht", "/bilan-auditif"])),
        },
    ),
    (
        "track",
        "Lead",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "physical_store", "system_generated"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.p.email), "email"),
                "ph": Y(lambda f: f.sha256("".join(c for c in f.p.phone if c.isdigit())), "phone"),
                "client_ip_address": Y(lambda f: f.p.ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "external_id": G(lambda f: f.sha256("K" + f.digits(8))),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 25, 50])),
                "currency": G(lambda f: "EUR"),
                "content_name": G(lambda f: f.pick(["Hörtest Termin", "Sehtest Termin", "Bilan auditif"])),
            },
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_event_id": G(lambda f: f.base62(22)),
            "sg_message_id": G(lambda f: f.base62(22) + ".filterdrecv-" + f.digits(2) + "-" + f.digits(5)),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@mail.sonnova.eu>"),
            "category": Many(
                G(lambda f: f.pick(["appointment_reminder", "newsletter", "battery_reorder"])), 2
            ),
            "ip": Y(lambda f: f.p.ip, "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "url": G(
                lambda f: f"https://{SITES[f.p.country]}/" + f.pick(["termin", "angebote", "rendez-vous"])
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: e164(f.p.phone, f.p.country), "phone"),
            "From": G(lambda f: f.pick(["+4922195874100", "+33478621940", "+31302314470", "Sonnova"])),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "Body": Y(
                lambda f: text_with(
                    f,
                    [
                        "Hallo {n}, Ihr Termin bei Sonnova ist morgen um {t} Uhr. Absagen: 0221 9587410",
                        "Bonjour {n}, rappel : rendez-vous demain à {t}. Sonnova",
                        "Beste {n}, tot morgen om {t} bij Sonnova!",
                        "Hallo {n}, Ihre Hörgeräte sind abholbereit.",
                    ],
                    n=f.p.first,
                    t=f.pick(["9:30", "14:00", "16:15"]),
                ),
                "name",
                True,
            ),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Booking Webhook Received",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["doctolib", "shore", "timify"])),
            "booking_uid": G(lambda f: f.base62(20)),
            "event_type": G(lambda f: f.pick(["Hörtest (30 min)", "Sehtest (20 min)", "Bilan auditif"])),
            "start_time": G(lambda f: f.slot()),
            "location": G(lambda f: f"{f.store[1]}, {f.store[2]}, {f.store[4]} {f.store[3]}"),
            "invitee": {
                "name": Y(lambda f: f.p.name, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone_number": Y(lambda f: f.p.phone, "phone"),
                "timezone": G(lambda f: TZ[f.p.country]),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: f.pick(["Grund Ihres Besuchs?", "Motif de la visite ?"])),
                    "answer": Y(lambda f: f.pick(CONDITIONS), "condition", True),
                },
                1,
            ),
            "cancel_url": G(lambda f: "https://book.example-booking.com/cancel/" + f.uuid()),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Hörgerät pfeift",
                            "Lieferung fehlt",
                            "Rechnung",
                            "Lunettes cassées",
                            "Vraag over factuur",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "description": Y(
                    lambda f: text_with(
                        f,
                        [
                            "Bitte antworten Sie an {e}, meine alte Adresse geht nicht mehr.",
                            "Répondez-moi sur {e} svp",
                            "Rechnung bitte an {e} schicken",
                            "Graag reactie via {e}",
                        ],
                        e=f.p.email,
                    ),
                    "email",
                    True,
                ),
                "requester": {
                    "name": Y(lambda f: f.p.name, "name"),
                    "email": Y(lambda f: f.p.email, "email"),
                },
                "via": {"channel": G(lambda f: f.pick(["email", "web", "voice"]))},
                "tags": Many(G(lambda f: f.pick(["hoergeraet", "lieferung", "rechnung", "fr", "nl"])), 3),
                "assignee_email": G(
                    lambda f: f.pick(
                        ["kundenservice@sonnova.de", "service@sonnova.fr", "klantenservice@sonnova.nl"]
                    )
                ),
            },
        },
    ),
    # -- staff tools ---------------------------------------------------------------------------------
    (
        "track",
        "Customer Looked Up",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.p.full_last, f.p.name, f"{f.p.last}, {f.p.first}"]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "staff_id": G(lambda f: "emp_" + f.digits(4)),
            "search_scope": G(lambda f: f.pick(["store", "region", "all"])),
        },
    ),
    (
        "track",
        "Customer Note Added",
        ["web"],
        {
            "customer_id": G(lambda f: "K" + f.digits(8)),
            "note": Y(lambda f: f.pick(CONDITIONS), "condition", True),
            "note_type": G(lambda f: f.pick(["anamnese", "general"])),
            "author_staff_id": G(lambda f: "emp_" + f.digits(4)),
            "visibility": G(lambda f: f.pick(["store", "clinical_team"])),
        },
    ),
    (
        "track",
        "Shift Started",
        ["android"],
        {
            "staff_id": G(lambda f: "emp_" + f.digits(4)),
            "staff_name": Y(lambda f: f.other_name(), "name"),
            "role": G(
                lambda f: f.pick(
                    ["Hörakustikerin", "Augenoptiker", "audioprothésiste", "opticien", "Filialleitung"]
                )
            ),
            "store_id": G(store_id),
            "hourly_rate_eur": Y(lambda f: f.pick([16.5, 18.0, 21.75, 24.1, 27.3]), "salary"),
            "clock_in_at": G(lambda f: f.iso()),
            "shift_plan_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Sign-In Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.p.email, "email"),
            "login_link": RED(
                lambda f: f"https://mein.sonnova.eu/auth/callback?token={f.base62(43)}", "token"
            ),
            "expires_in_sec": G(lambda f: 900),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "phone_count": G(lambda f: f.pick([0, 1, 2])),
            "code_length": G(lambda f: 6),
        },
    ),
    # -- group calls: stores and corporate partners -----------------------------------------------------
    (
        "group",
        None,
        ["node", "web"],
        {
            "name": G(lambda f: f.store[1]),
            "store_code": G(store_id),
            "store_phone": G(lambda f: f.store[5]),
            "store_email": G(
                lambda f: f.pick(
                    ["koeln-ehrenfeld@sonnova.de", "lyon@sonnova.fr", "utrecht@sonnova.nl", "info@sonnova.de"]
                )
            ),
            "store_street": G(lambda f: f.store[2]),
            "store_city": G(lambda f: f.store[3]),
            "region": G(lambda f: f.pick(["West", "Auvergne-Rhône-Alpes", "Randstad"])),
            "services": Many(G(lambda f: f.pick(["hoeren", "sehen", "kinderoptik", "gehoerschutz"])), 3),
            "opened_on": G(lambda f: f.day(f.r.randint(1998, 2022))),
        },
    ),
    (
        "group",
        None,
        ["ruby"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Stadtwerke Köln GmbH", "Philips Nederland B.V.", "Crédit Agricole Centre-Est", "Bosch"]
                )
            ),
            "industry": G(lambda f: f.pick(["Energy", "Electronics", "Banking", "Manufacturing"])),
            "employees": G(lambda f: f.r.randint(200, 40000)),
            "contract_type": G(lambda f: f.pick(["bildschirmarbeitsplatzbrille", "gehoerschutz_arbeit"])),
            "hr_contact_email": G(
                lambda f: f.pick(
                    ["personal@stadtwerke.example", "hr@philips.example", "rh@ca-centrest.example"]
                )
            ),
        },
    ),
]

CONTEXTS = {
    "web": None,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

WEB_PAGES = {
    "Appointment Booked": ("/termin/bestaetigung", "Termin bestätigt | Sonnova"),
    "Online Hearing Check Completed": ("/online-hoertest", "Online-Hörtest | Sonnova"),
    "Customer Looked Up": ("/intern/kunden", "Kundensuche - Sonnova Intern"),
    "Customer Note Added": ("/intern/kunden/akte", "Kundenakte - Sonnova Intern"),
}


def context_for(f: HFake, client: str, event: str | None):
    if client == "web":
        path, title = WEB_PAGES.get(
            event or "",
            (f.pick(["/", "/hoergeraete", "/brillen", "/kontaktlinsen"]), "Sonnova Hören + Sehen"),
        )
        return web_context(f, path, title)
    if client in CONTEXTS:
        return CONTEXTS[client](f)
    return server_context(f, client)


def message(
    f: HFake, kind: str, event: str | None, client: str, body: dict, labels: dict, country: str | None
) -> dict:
    f.next_event(country)
    msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if f.r.random() < 0.8:
        msg["userId"] = "K" + f.digits(8)
    msg["anonymousId"] = f.uuid()
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = store_id(f) if "store_code" in body else "corp_" + f.digits(5)
    section = "traits" if kind in ("identify", "group") else "properties"
    msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, client, event), f, "context", labels)
    return msg


def alias(f: HFake) -> dict:
    f.next_event()
    return {
        "type": "alias",
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "previousId": f.uuid(),
        "userId": "K" + f.digits(8),
    }


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body, *country in EVENTS:
            events.append(message(f, kind, event, f.pick(clients), body, labels, *(country or [None])))
        events.append(alias(f))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=153, repeats=30)
    write(Path(__file__).parent, "holdout153_", events, labels)
