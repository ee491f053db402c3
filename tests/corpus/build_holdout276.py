"""Writes holdout276: tests/corpus/holdout276_events.jsonl and holdout276_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and without running the engine on these events. Only tests/corpus/build.py,
tests/corpus/fake.py, build_holdout3.py (for the format) and the shared REFERENCE/DESIGN notes were
read. Run with `.venv/bin/python -m tests.corpus.build_holdout276`; seeded, so deterministic.

Domain: "Nestwise", a babysitting and nanny marketplace in Germany, Brazil and the Philippines.
Parents' accounts (home addresses, children's first names, ages, allergies, conditions, routines,
household groups, pets, emergency contacts), caregivers' profiles and onboarding (Personalausweis
and passport numbers, CPF and RG, PhilSys, SSS, PhilHealth and TIN numbers, Steuer-ID and
Sozialversicherungsnummer, ID verification vendor webhooks, background and reference checks,
first-aid certificates, hourly rates, availability), job posts and applications, booking requests
with recurring schedules, in-app chat and its moderation, masked calls, check-in / check-out and
live location with GPS, incident reports, reviews, subscriptions as e-commerce spec events, card
payments (Stripe-shaped), Pix (BCB Pix API and PSP webhook shapes), GCash (PayMongo-shaped),
payouts by SEPA, Pix and GCash/InstaPay, invoices, SendGrid and Zendesk shaped events, Meta
Conversions API and AppsFlyer-shaped attribution, reverse-ETL identifies.

Clients: analytics.js (web), analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the node, python, go, java, ruby, php and .NET server libraries; each
with the `context` that library sends (app, device, os, screen, network, library, locale,
timezone, userAgent, instanceId, campaign, page, ip, traits, location where the app adds it).
Message types: identify, track, page, screen, group, alias.

Conventions: keys are mostly camelCase and snake_case English; about 15 % are other real styles:
PascalCase from the .NET payments and PH onboarding services, kebab-case from the Go check-in
service (and SendGrid's `smtp-id`), SCREAMING_SNAKE from a warehouse reverse-ETL sync, German keys
from the DE payroll/invoicing backend (Java) and Portuguese keys from the BR backend (PHP) and
the Pix API. Values are fake but realistic for DE/BR/PH: national phone formats, addresses with
PLZ/CEP/ZIP, CPF and RG with valid check digits, Personalausweis/passport numbers with the ICAO
7-3-1 check digit, Steuer-ID (ISO 7064 mod 11,10) and SV-Nummer check digits, mod-97 IBANs, Luhn
card numbers. Each message draws one persona (country, name, contact, home) so an event is
coherent; other people (children, referees, contacts, staff, recipients) are drawn separately.

Labelling (every leaf path flattened from properties / traits / context has one label):
- PII = personal data about a natural person: the user, a child, a referee, an emergency contact,
  a recipient, a staff member. Colour = the reference's default colour for the matcher; types
  outside the reference: red for credentials/secrets, card numbers, bank accounts, government ids
  and health ids; yellow otherwise (geolocation, advertising id).
- Green: ids we or vendors issue (user/booking/order/session/device ids, UUIDs, numeric ids, SKUs,
  invoice numbers, Stripe pi_/cus_ ids, Twilio SIDs, Pix txid / endToEndId), versions,
  timestamps, hashes of files, amounts, enums, counters and booleans even under PII-sounding keys
  (`emailVerified`, `phone_number_on_file`, `cpf_validated`), plan/product/company/agency/kita
  names, pets' names and data, places that are not the person's (a searched city), country, state
  (UF, Bundesland, province), locale, language, timezone, currency, user agents, OS-issued device
  ids (IDFV, Android device id, instanceId). Card brand, last4, expiry, BIC, Brazilian bank code
  and agência are green.
- Contested cases follow the product's published policy: ages green; marital status (estado
  civil, CivilStatus) green; job titles and employers green; a business's own phone, e-mail and
  address (agencies, role mailboxes no-reply@/support@, Twilio proxy numbers, the platform's own
  Pix key) green; UUID tokens (Places session token) and e-mail Message-IDs green; hourly rates,
  pay and salaries yellow `salary`; billing addresses yellow `address`; gclid / fbclid / fbp / fbc
  yellow `advertising id`; payment tokens (Stripe pm_), one-time codes, invite tokens and reset
  links red `token`; PhilHealth numbers red `health id`; identity document numbers red
  `national id|passport`; answers about work permits / visa red `visa`.
- Decisions of this corpus, where the policy is silent (what a careful privacy owner would flag):
  a Pix key (CPF, e-mail, phone or random EVP key) is the address of the person's bank account:
  red `bank account` whatever its form (the platform's own key stays green); a GCash wallet
  number is the person's mobile number: yellow `phone`; a door or gate code the parent shares is
  a secret: red `secret`; an APNs push token is labelled red `token` as in build.py; an IDFA /
  GAID field stays yellow even when the OS zeroes it; SHA-256 hashes of a person's data sent to
  Meta (`em`, `ph`, `fn`, `zp`) are yellow `email` / `phone` / `name` / `zipcode`; a masked CPF
  that still shows its middle digits is red `national id` (like an SSN's last four); a
  vaccination status is health data, yellow `condition`; a special-needs flag is red
  `disability`; an EpiPen flag reveals an allergy, yellow `allergy`; religion on a PH helper
  profile is yellow `religion`; an NBI clearance number is yellow `certificate`; a house number,
  complemento, bairro or barangay of the person's home is yellow `address`; a household group's
  name ("Familie Schneider") is yellow `name`; the city of a caregiver's profile, of a family's
  job post or a place of birth is the person's: yellow `city`; a staff member's or employee's
  personal work e-mail is yellow `email` (role mailboxes stay green); search filters (max hourly
  rate, wanted caregiver gender, languages) describe what is sought, not a person: green; a job
  post's offered hourly pay is pay: yellow `salary`; an ID-verification decision `code` is green.
- value_only is true when the key does not say what the value holds (`input`, `value`, `label`,
  `text`, `snippet`, `selected_description`, `participant_identifier`, notes and updates that
  always name a child or caregiver). A value_only PII path holds that PII in every value; free
  text is labelled by what all of its values carry, green when none of them carries PII.
"""

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

DE_FIRST = [
    "Lukas",
    "Mia",
    "Jonas",
    "Hannah",
    "Leon",
    "Emma",
    "Felix",
    "Lea",
    "Paul",
    "Marie",
    "Maximilian",
    "Sophie",
    "Ayşe",
    "Mehmet",
    "Katarzyna",
    "Olena",
    "Dmitri",
    "Fatma",
    "Jana",
    "Tobias",
    "Amira",
    "Linh",
    "Jens",
    "Merve",
]
DE_LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Y\u0131lmaz",
    "Kaya",
    "Nowak",
    "Kovalenko",
    "Zimmermann",
    "Krüger",
    "Hartmann",
    "Lange",
    "Al-Hassan",
    "Nguyen",
    "Öztürk",
    "von Bredow",
]
BR_FIRST = [
    "João",
    "Maria Eduarda",
    "Ana Clara",
    "Gabriel",
    "Lucas",
    "Juliana",
    "Beatriz",
    "Thiago",
    "Francisca",
    "Raimundo",
    "Larissa",
    "Matheus",
    "Camila",
    "Rafael",
    "Letícia",
    "Guilherme",
    "Aline",
    "Pedro Henrique",
    "Vitória",
    "Luana",
    "Kauã",
    "Jéssica",
]
BR_LAST = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Rodrigues",
    "Ferreira",
    "Alves",
    "Pereira",
    "Lima",
    "Gomes",
    "Costa",
    "Ribeiro",
    "Martins",
    "Carvalho",
    "Almeida",
    "Nascimento",
    "Araújo",
    "Barbosa",
    "Yamamoto",
    "Haddad",
]
PH_FIRST = [
    "Maria Cristina",
    "Jose",
    "Angelica",
    "Mark Anthony",
    "Kristine",
    "Jerome",
    "Rowena",
    "Analyn",
    "Princess",
    "Marites",
    "Rhea",
    "Joshua",
    "Lovely",
    "Jericho",
    "Divina",
    "Rommel",
    "Jocelyn",
    "Arnel",
    "Mary Grace",
    "Junrey",
]
PH_LAST = [
    "Santos",
    "Reyes",
    "dela Cruz",
    "Bautista",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Castillo",
    "Ramos",
    "Aquino",
    "Flores",
    "Gonzales",
    "Navarro",
    "Tolentino",
    "Macaraeg",
    "Dimaculangan",
    "Pascual",
    "Tan",
    "Lim",
    "Sy",
]
KIDS = {
    "DE": [
        "Emil",
        "Mia",
        "Ben",
        "Lina",
        "Ella",
        "Noah",
        "Ida",
        "Finn",
        "Mathilda",
        "Anton",
        "Lotta",
        "Yusuf",
        "Elif",
    ],
    "BR": [
        "Helena",
        "Miguel",
        "Alice",
        "Arthur",
        "Laura",
        "Heitor",
        "Valentina",
        "Théo",
        "Manuela",
        "Davi",
        "Cecília",
    ],
    "PH": [
        "Althea",
        "Gabriel",
        "Sofia",
        "Nathan",
        "Ysabel",
        "Liam",
        "Zian",
        "Andrea",
        "Kyle",
        "Bea",
        "Chloe",
    ],
}
FIRST = {"DE": DE_FIRST, "BR": BR_FIRST, "PH": PH_FIRST}
LAST = {"DE": DE_LAST, "BR": BR_LAST, "PH": PH_LAST}
MAIL = {
    "DE": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de", "outlook.de", "icloud.com"],
    "BR": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
    "PH": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com", "icloud.com"],
}
DE_CITIES = [
    ("Berlin", "BE", 10115, 14199, 52.520, 13.405),
    ("München", "BY", 80331, 81929, 48.137, 11.575),
    ("Hamburg", "HH", 20095, 22769, 53.551, 9.993),
    ("Köln", "NW", 50667, 51149, 50.937, 6.960),
    ("Frankfurt am Main", "HE", 60306, 60599, 50.110, 8.682),
    ("Leipzig", "SN", 4103, 4357, 51.340, 12.374),
]
DE_STREETS = [
    "Schönhauser Allee",
    "Kastanienallee",
    "Lindenstraße",
    "Hauptstraße",
    "Bahnhofstraße",
    "Goethestraße",
    "Gneisenaustraße",
    "Leopoldstraße",
    "Eppendorfer Weg",
    "Venloer Straße",
    "Berger Straße",
    "Karl-Heine-Straße",
    "Am Mühlenberg",
    "Sonnenallee",
]
BR_CITIES = [
    (
        "São Paulo",
        "SP",
        1000,
        5999,
        -23.550,
        -46.633,
        ["Pinheiros", "Vila Madalena", "Moema", "Perdizes", "Tatuapé"],
    ),
    (
        "Rio de Janeiro",
        "RJ",
        20000,
        23799,
        -22.906,
        -43.172,
        ["Botafogo", "Copacabana", "Tijuca", "Laranjeiras"],
    ),
    ("Belo Horizonte", "MG", 30000, 31999, -19.916, -43.934, ["Savassi", "Lourdes", "Pampulha"]),
    ("Curitiba", "PR", 80000, 82999, -25.428, -49.273, ["Batel", "Água Verde", "Centro Cívico"]),
    ("Recife", "PE", 50000, 52999, -8.047, -34.877, ["Boa Viagem", "Casa Forte", "Graças"]),
    ("Porto Alegre", "RS", 90000, 91999, -30.034, -51.217, ["Moinhos de Vento", "Menino Deus", "Petrópolis"]),
]
BR_STREETS = [
    "Rua Augusta",
    "Avenida Paulista",
    "Rua Harmonia",
    "Rua Voluntários da Pátria",
    "Rua Conde de Bonfim",
    "Rua da Bahia",
    "Rua XV de Novembro",
    "Avenida Boa Viagem",
    "Rua Padre Chagas",
    "Alameda Santos",
]
PH_CITIES = [
    (
        "Makati City",
        "Metro Manila",
        ["1200", "1209", "1210", "1226", "1227"],
        14.554,
        121.024,
        ["Poblacion", "Bel-Air", "San Antonio", "Guadalupe Nuevo"],
    ),
    (
        "Quezon City",
        "Metro Manila",
        ["1100", "1101", "1103", "1105", "1121"],
        14.676,
        121.043,
        ["Teachers Village East", "Loyola Heights", "Commonwealth", "Kamuning"],
    ),
    (
        "Taguig",
        "Metro Manila",
        ["1630", "1634", "1635"],
        14.517,
        121.050,
        ["Fort Bonifacio", "Western Bicutan", "Ususan"],
    ),
    (
        "Pasig City",
        "Metro Manila",
        ["1600", "1603", "1605"],
        14.576,
        121.085,
        ["Kapitolyo", "Ugong", "San Antonio"],
    ),
    ("Cebu City", "Cebu", ["6000"], 10.315, 123.885, ["Lahug", "Banilad", "Guadalupe"]),
    ("Davao City", "Davao del Sur", ["8000"], 7.190, 125.455, ["Buhangin", "Matina", "Talomo"]),
]
PH_STREETS = [
    "Mabini St.",
    "Kalayaan Ave.",
    "P. Burgos St.",
    "Sampaguita St.",
    "Rizal Ave.",
    "Katipunan Ave.",
    "Jupiter St.",
    "Escario St.",
    "J.P. Laurel Ave.",
]
PH_CONDOS = ["Avida Towers Verte", "One Serendra", "SMDC Light Residences", "Flair Towers", "The Columns"]
LOCALES = {"DE": ["de-DE", "de-DE", "en-DE", "tr-DE"], "BR": ["pt-BR"], "PH": ["en-PH", "en-US", "fil-PH"]}
TZ = {"DE": "Europe/Berlin", "BR": "America/Sao_Paulo", "PH": "Asia/Manila"}
CURRENCY = {"DE": "EUR", "BR": "BRL", "PH": "PHP"}
RATE = {"DE": (12.5, 24.0), "BR": (18.0, 55.0), "PH": (70.0, 180.0)}
PLANS = ["Nestwise Basic", "Nestwise Premium", "Premium Família", "Premium Familie", "Nestwise Plus PH"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def ascii_fold(text: str) -> str:
    text = text.replace("\u0131", "i").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def check_7_3_1(chars: str) -> str:
    """ICAO 9303 check digit (Personalausweis, Reisepass)."""
    total = 0
    for i, c in enumerate(chars):
        v = int(c) if c.isdigit() else ord(c) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


@dataclass
class Persona:
    country: str
    first: str
    last: str
    email: str
    phone: str
    street: str
    number: str
    complement: str
    district: str
    postal: str
    city: str
    state: str
    lat: float
    lon: float
    dob: str
    doc_type: str = ""
    doc_number: str = ""
    id_number: str = ""


class NFake(Fake):
    p: Persona

    def __init__(self, seed: int):
        super().__init__(seed)
        self.page = "/"

    # -- names, contact ---------------------------------------------------------------------------
    def first_of(self, c):
        return self.pick(FIRST[c])

    def last_of(self, c):
        return self.pick(LAST[c])

    def full_of(self, c):
        if c == "BR" and self.r.random() < 0.5:
            return f"{self.first_of(c)} {self.last_of(c)} {self.last_of(c)}"
        return f"{self.first_of(c)} {self.last_of(c)}"

    def kid(self, c=None):
        return self.pick(KIDS[c or self.p.country])

    def other_name(self):
        return self.full_of(self.p.country)

    def email_for(self, first, last, c):
        fo = ascii_fold(first).lower().replace(" ", self.pick(["", "."]))
        lo = ascii_fold(last).lower().replace(" ", "").replace("-", "")
        style = self.r.randint(0, 4)
        user = [f"{fo}.{lo}", f"{fo}{lo}{self.r.randint(1, 99)}", f"{fo[0]}{lo}", f"{fo}_{lo}", f"{lo}.{fo}"][
            style
        ]
        return f"{user}@{self.pick(MAIL[c])}"

    def other_email(self):
        c = self.p.country
        return self.email_for(self.first_of(c), self.last_of(c), c)

    def phone_of(self, c):
        r = self.r
        if c == "DE":
            p = self.pick(
                ["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "178", "179"]
            )
            s = str(r.randint(1000000, 99999999))
            return self.pick([f"+49 {p} {s}", f"0{p} {s}", f"+49{p}{s}", f"0{p}/{s}", f"+49 (0){p} {s}"])
        if c == "BR":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick(
                [f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a}-{b}"]
            )
        p = self.pick(
            ["917", "918", "919", "920", "927", "945", "955", "966", "977", "995", "998", "908", "939"]
        )
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return self.pick(
            [f"+63 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+63{p}{a}{b}", f"0{p}-{a}-{b}"]
        )

    def other_phone(self):
        return self.phone_of(self.p.country)

    # -- places ---------------------------------------------------------------------------------------
    def persona(self, c=None):
        r = self.r
        c = c or self.pick(["DE", "DE", "BR", "BR", "PH"])
        first, last = self.first_of(c), self.last_of(c)
        if c == "DE":
            city, state, lo, hi, lat, lon = self.pick(DE_CITIES)
            street, number = self.pick(DE_STREETS), str(r.randint(1, 180)) + self.pick(["", "", "", "a", "b"])
            complement = self.pick(["", "2. OG", "Hinterhaus, 3. OG links", "c/o Weber", "Whg. 12"])
            district = ""
            postal = f"{r.randint(lo, hi):05d}"
        elif c == "BR":
            city, state, lo, hi, lat, lon, districts = self.pick(BR_CITIES)
            street, number = self.pick(BR_STREETS), str(r.randint(10, 3500))
            complement = self.pick(["apto 42", "casa 2", "bloco B apto 101", "apto 1203", "fundos"])
            district = self.pick(districts)
            postal = f"{r.randint(lo, hi):05d}-{r.randint(0, 999):03d}"
        else:
            city, state, zips, lat, lon, districts = self.pick(PH_CITIES)
            kind = r.randint(0, 2)
            if kind == 0:
                street, number = self.pick(PH_STREETS), f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)}"
            elif kind == 1:
                street, number = self.pick(PH_STREETS), str(r.randint(1, 999))
            else:
                street, number = self.pick(PH_CONDOS), f"Unit {r.randint(2, 45)}{self.pick('ABCDEFGH')}"
            complement = self.pick(["", "Phase 2", "Tower 3", "near 7-Eleven", "Block 4"])
            district = "Brgy. " + self.pick(districts)
            postal = self.pick(zips)
        self.p = Persona(
            country=c,
            first=first,
            last=last,
            email=self.email_for(first, last, c),
            phone=self.phone_of(c),
            street=street,
            number=number,
            complement=complement,
            district=district,
            postal=postal,
            city=city,
            state=state,
            lat=round(lat + r.uniform(-0.06, 0.06), 6),
            lon=round(lon + r.uniform(-0.06, 0.06), 6),
            dob=self.date(1962, 2004),
        )
        kind = self.r.random()
        if c == "DE":
            self.p.doc_type, self.p.doc_number = (
                ("personalausweis", self.ausweis())
                if kind < 0.65
                else ("passport", self.reisepass())
                if kind < 0.85
                else ("aufenthaltstitel", self.aufenthaltstitel())
            )
            self.p.id_number = self.p.doc_number
        elif c == "BR":
            self.p.doc_type, self.p.doc_number = (
                ("rg", self.rg()) if kind < 0.75 else ("passport", self.passport_intl("BR"))
            )
            self.p.id_number = self.cpf()
        else:
            self.p.doc_type, self.p.doc_number = (
                ("philsys_id", self.philsys()) if kind < 0.7 else ("passport", self.passport_intl("PH"))
            )
            self.p.id_number = self.philsys()
        return self.p

    def slot_start(self):
        self.slot = self.t0 + timedelta(hours=self.r.randint(6, 400))
        self.slot_dur = self.pick([2, 3, 4, 5.5, 8])
        return iso(self.slot)

    def slot_end(self):
        return iso(self.slot + timedelta(hours=self.slot_dur))

    def street_line(self):
        p = self.p
        if p.country == "DE":
            return f"{p.street} {p.number}"
        if p.country == "BR":
            return f"{p.street}, {p.number}"
        return f"{p.number} {p.street}" if not p.number.startswith("Unit") else f"{p.number}, {p.street}"

    def full_address(self):
        p = self.p
        if p.country == "DE":
            return f"{self.street_line()}, {p.postal} {p.city}"
        if p.country == "BR":
            return f"{self.street_line()} - {p.district}, {p.city} - {p.state}, {p.postal}"
        return f"{self.street_line()}, {p.district}, {p.city}, {p.postal}"

    def near(self, d=0.002):
        return round(self.p.lat + self.r.uniform(-d, d), 6), round(self.p.lon + self.r.uniform(-d, d), 6)

    # -- money -----------------------------------------------------------------------------------------
    def cur(self):
        return CURRENCY[self.p.country]

    def rate(self):
        lo, hi = RATE[self.p.country]
        return round(self.r.uniform(lo, hi) * 2) / 2

    def amount(self, hours=(2, 40)):
        return round(self.rate() * self.r.randint(*hours), 2)

    # -- identifiers -----------------------------------------------------------------------------
    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def cpf(self, formatted=None):
        n = [self.r.randint(0, 9) for _ in range(9)]
        for size in (9, 10):
            s = sum(d * (size + 1 - i) for i, d in enumerate(n[:size]))
            r = s % 11
            n.append(0 if r < 2 else 11 - r)
        d = "".join(map(str, n))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}" if formatted else d

    def rg(self):
        n = [self.r.randint(0, 9) for _ in range(8)]
        dv = 11 - sum(d * (i + 2) for i, d in enumerate(n)) % 11
        dv_s = "X" if dv == 10 else "0" if dv == 11 else str(dv)
        d = "".join(map(str, n))
        return self.pick(
            [f"{d[:2]}.{d[2:5]}.{d[5:]}-{dv_s}", f"{d}{dv_s}", f"{d[:2]}.{d[2:5]}.{d[5:]}{dv_s}"]
        )

    def ausweis(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.pick("LMNPRTVWXY") + "".join(self.r.choice(alphabet) for _ in range(8))
        return body + check_7_3_1(body)

    def aufenthaltstitel(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = self.pick("YZ") + "".join(self.r.choice(alphabet) for _ in range(8))
        return body + check_7_3_1(body)

    def reisepass(self):
        alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
        body = "C" + "".join(self.r.choice(alphabet) for _ in range(8))
        return body + check_7_3_1(body)

    def passport_intl(self, c=None):
        c = c or self.p.country
        if c == "DE":
            return self.reisepass()
        if c == "BR":
            return self.pick(["FT", "GC", "YB"]) + self.digits(6)
        return "P" + self.digits(7) + self.pick("ABC")

    def steuer_id(self):
        while True:
            digits = list(range(10))
            self.r.shuffle(digits)
            if digits[0] == 0:
                continue
            body = digits[:9]
            body.insert(self.r.randint(1, 9), self.r.choice(body))
            body = body[:10]
            if len(set(body)) == 9 and body[0] != 0:
                break
        product = 10
        for d in body:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        d = "".join(map(str, body)) + str(check)
        return self.pick([d, f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"])

    def sv_nummer(self):
        y, m, d = self.p.dob.split("-")
        letter = (ascii_fold(self.p.last).upper().replace(" ", "").replace("-", "") or "A")[0]
        if letter not in string.ascii_uppercase:
            letter = "A"
        area = self.pick(["12", "13", "15", "18", "23", "28", "38", "53", "65"])
        serial = f"{self.r.randint(0, 99):02d}"
        nums = area + d + m + y[2:] + f"{ord(letter) - 64:02d}" + serial
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(nums, weights))
        check = str(total % 10)
        compact = area + d + m + y[2:] + letter + serial + check
        spaced = f"{area} {d}{m}{y[2:]} {letter} {serial}{check}"
        return self.pick([compact, spaced])

    def philsys(self):
        d = self.digits(16)
        return self.pick([d, f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}", f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])

    def sss(self):
        return f"{self.r.randint(1, 34):02d}-{self.digits(7)}-{self.r.randint(0, 9)}"

    def philhealth(self):
        return f"{self.r.randint(1, 19):02d}-{self.digits(9)}-{self.r.randint(0, 9)}"

    def ph_tin(self):
        return f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-{self.pick(['000', '001', '00000'])}"

    def nbi(self):
        up = string.ascii_uppercase + string.digits
        return f"{self.alnum(10, up)}-{self.alnum(2, string.ascii_uppercase)}{self.digits(8)}"

    def pix_key(self):
        kind = self.r.randint(0, 3)
        self.pix_kind = ["cpf", "email", "telefone", "aleatoria"][kind]
        return [
            self.cpf(False),
            self.p.email,
            "+55" + "".join(ch for ch in self.p.phone if ch.isdigit())[-11:],
            self.uuid(),
        ][kind]

    def br_account(self):
        return f"{self.digits(self.r.randint(5, 8))}-{self.r.randint(0, 9)}"

    def ph_account(self):
        return self.pick(
            [self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}", self.digits(10)]
        )

    def gcash(self):
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        p = self.pick(["917", "927", "945", "955", "966", "977", "995"])
        return self.pick([f"0{p}{a}{b}", f"+63{p}{a}{b}", f"0{p} {a} {b}"])

    def pm(self):
        return "pm_" + self.alnum(24)

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def sha(self, text=None):
        return hashlib.sha256((text or self.uuid()).encode()).hexdigest()

    def ip(self):
        return self.ipv6() if self.r.random() < 0.2 else self.ipv4()

    def photo(self, kind="avatars"):
        return f"https://cdn.nestwise.app/{kind}/{self.uuid()}/{self.pick(['640', '320', 'orig'])}.jpg"

    def booking(self):
        return self.r.randint(1_000_000, 9_999_999)

    def uid(self):
        return "usr_" + self.digits(9)


def const(v):
    return G(lambda f: v)


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def flag():
    return G(lambda f: f.pick([True, False]))


def count(lo=0, hi=10):
    return G(lambda f: f.r.randint(lo, hi))


def ts():
    return G(lambda f: f.iso())


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def cur():
    return G(lambda f: f.cur())


# -- free text (per persona country; DE and PH traffic mixes in English) --------------------------

CHAT = {
    "DE": [
        "Kannst du am Donnerstag ab 15 Uhr?",
        "Die Kinder schlafen schon.",
        "Wo liegen die Windeln?",
        "Bin in 10 Minuten da!",
        "Running 10 minutes late, sorry!",
        "Passt, bis morgen 😊",
    ],
    "BR": [
        "Tudo certo para amanhã?",
        "Chegamos em casa às 22h.",
        "Pode trazer o carregador?",
        "Estou a caminho!",
        "Obrigada, até sábado 😊",
        "Eles já jantaram.",
    ],
    "PH": [
        "Okay po, see you tomorrow!",
        "Salamat po ma'am!",
        "Is it okay if I bring my own snacks?",
        "On the way na po.",
        "Tulog na po si baby.",
        "Hi! Are you available on Saturday evening?",
    ],
}
ROUTINES = {
    "DE": [
        "Mittagsschlaf 13-15 Uhr, danach Obst",
        "Hausaufgaben vor dem Spielen",
        "Abendbrot um 18 Uhr, Zähneputzen 19 Uhr",
        "No screens after dinner",
    ],
    "BR": [
        "Lanche às 16h, banho às 19h",
        "Soneca depois do almoço",
        "Sem telas depois do jantar",
        "Mamadeira às 21h",
    ],
    "PH": [
        "Nap after lunch po, milk at 3pm",
        "Bottle at 6pm, bed by 7:30",
        "Reads a story before bed, lights off at 8",
        "Bath at 5pm",
    ],
}
BIOS = {
    "DE": [
        "Erzieherin mit 8 Jahren Erfahrung, liebe Basteln und Natur.",
        "Studentin (Lehramt), spreche Deutsch, Englisch und Türkisch.",
        "Former preschool teacher, CPR certified, non-smoker.",
        "Zweifache Mama, Babysitting seit 10 Jahren.",
    ],
    "BR": [
        "Estudante de pedagogia, experiência com bebês e crianças até 10 anos.",
        "Babá há 12 anos, referências disponíveis.",
        "Técnica de enfermagem, adoro contar histórias.",
        "Folguista aos fins de semana, experiência com gêmeos.",
    ],
    "PH": [
        "Experienced yaya, stay-in or stay-out, can cook and do light cleaning.",
        "I love outdoor play and teaching kids to read.",
        "TESDA NC II certified, 6 years with toddlers.",
        "Patient and loving, former daycare assistant.",
    ],
}
REVIEW = {
    "DE": [
        "{n} war super pünktlich und liebevoll.",
        "Sehr zuverlässig, {n} hat sogar die Küche aufgeräumt.",
        "{n} was wonderful with our kids, will book again!",
        "Unsere Kinder lieben {n}!",
    ],
    "BR": [
        "A {n} é maravilhosa, as crianças adoraram!",
        "{n} chegou no horário e foi muito carinhosa.",
        "Recomendo a {n} de olhos fechados.",
        "{n} foi super atenciosa com o bebê.",
    ],
    "PH": [
        "Ate {n} is very patient and kind. Highly recommended!",
        "{n} was wonderful with our kids, will book again!",
        "Very reliable si {n}, thank you po!",
        "{n} arrived early and the kids loved her.",
    ],
}
CHILD_NOTE = {
    "DE": [
        "Bitte {c} um 19 Uhr ins Bett bringen.",
        "{c} darf nach dem Abendessen noch 20 Minuten fernsehen.",
        "{c} wird um 15:30 von der Kita abgeholt.",
        "Please make sure {c} finishes the homework before playing.",
    ],
    "BR": [
        "{c} dorme às 20h, a mamadeira fica na geladeira.",
        "{c} gosta de ouvir música para dormir.",
        "Buscar {c} na escola às 17h.",
        "{c} pode ver desenho até as 19h.",
    ],
    "PH": [
        "{c} naps from 1 to 3pm po, please don't let her skip.",
        "Please make sure {c} finishes the homework before playing.",
        "{c} can have one snack after merienda.",
        "Pick up {c} from school at 4pm po.",
    ],
}
CHILD_UPDATE = {
    "DE": [
        "{c} hat super gegessen und schläft seit 19:30.",
        "{c} und ich waren eine Stunde auf dem Spielplatz.",
        "{c} had a bit of a tantrum but calmed down with a story.",
    ],
    "BR": [
        "{c} brincou muito e tomou banho às 19h.",
        "{c} jantou tudo e já está dormindo.",
        "{c} e eu fomos ao parquinho.",
    ],
    "PH": [
        "{c} ate well and was asleep by 8.",
        "{c} and I went to the playground for an hour.",
        "Tulog na si {c} po, 8pm.",
    ],
}
INCIDENT = {
    "DE": [
        "{c} hat sich am Finger geschnitten, Pflaster drauf.",
        "{c} ist vom Klettergerüst gefallen, Knie aufgeschürft, gekühlt.",
        "{c} wurde 40 Minuten zu spät von der Schule abgeholt.",
    ],
    "BR": [
        "{c} caiu da bicicleta, pequeno arranhão no cotovelo.",
        "{c} bateu a cabeça na mesa, gelo aplicado, sem inchaço.",
        "{c} foi buscado 40 minutos atrasado na escola.",
    ],
    "PH": [
        "{c} fell off the slide and scraped a knee, cleaned and plastered.",
        "{c} bumped the head on the table, ice pack applied.",
        "{c} was picked up 40 minutes late from school.",
    ],
}
BLOCKED = {
    "DE": [
        "ruf mich an: {p}",
        "schreib mir an {e}",
        "meine Nummer: {p}, dann klären wir das direkt",
        "call me at {p}",
    ],
    "BR": ["meu zap é {p}", "me manda um email: {e}", "me chama no whats {p}", "meu email é {e}"],
    "PH": ["text me po {p}", "my email is {e}, send the details there", "viber me po {p}", "call me at {p}"],
}
SEARCHES = {
    "DE": ["babysitter", "Tagesmutter", "babysitter abends", "nanny english speaking", "Leihoma"],
    "BR": ["babá fim de semana", "babá noturna", "folguista", "cuidadora de bebê"],
    "PH": ["yaya stay-in", "yaya stay-out", "after school pick up", "nanny for newborn"],
}
SEARCH_CITIES = {
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Potsdam"],
    "BR": ["São Paulo", "Rio de Janeiro", "Niterói", "Campinas"],
    "PH": ["Makati City", "Quezon City", "Cebu City", "Taguig"],
}
CARRIERS = {
    "DE": ["Telekom.de", "Vodafone.de", "o2 - de"],
    "BR": ["VIVO", "Claro BR", "TIM"],
    "PH": ["Globe", "Smart", "DITO"],
}
NATIONALITY = {
    "DE": ["German", "German", "Turkish", "Ukrainian", "Polish", "Vietnamese"],
    "BR": ["Brazilian", "Brazilian", "Venezuelan", "Bolivian"],
    "PH": ["Filipino"],
}
LANGS = {"DE": ["de", "en", "tr", "uk", "pl"], "BR": ["pt", "en", "es"], "PH": ["tl", "en", "ceb"]}


TITLES = {
    "DE": ["Nestwise - Babysitter & Nannys", "Nestwise - Babysitter in deiner Nähe"],
    "BR": ["Nestwise | Babás e cuidadoras", "Nestwise | Encontre uma babá"],
    "PH": ["Nestwise - Find a yaya", "Nestwise - Trusted nannies in the Philippines"],
}
KIN = {
    "DE": ["Oma ", "Opa ", "Tante ", "", ""],
    "BR": ["Tia ", "Vó ", "Vizinha ", "", ""],
    "PH": ["Lola ", "Tita ", "Ate ", "", ""],
}


def typed_address(f):
    """What a parent has typed into the home-address autocomplete: always the street and number."""
    line = f.street_line()
    if f.r.random() < 0.5:
        return line
    rest = f"{f.p.postal} {f.p.city}" if f.p.country == "DE" else f.p.city
    return f"{line}, {rest[: f.r.randint(1, len(rest))]}"


def by_country(table):
    return lambda f: f.pick(table[f.p.country])


def child_text(table):
    return lambda f: f.pick(table[f.p.country]).format(c=f.kid())


def blocked(f):
    return f.pick(BLOCKED[f.p.country]).format(p=f.other_phone(), e=f.other_email())


# -- contexts -----------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


ZERO_AD_ID = "00000000-0000-0000-0000-000000000000"
ANDROID_DEVICES = [
    ("samsung", "SM-A546E", "a54x", "14", "UP1A.231005.007"),
    ("Xiaomi", "Redmi Note 12", "tapas", "13", "TKQ1.221114.001"),
    ("motorola", "moto g84 5G", "bangkk", "14", "U1TCS34.23-82-2"),
    ("Google", "Pixel 7a", "lynx", "14", "AP1A.240405.002"),
    ("OPPO", "CPH2591", "OP5961L1", "14", "UKQ1.230924.001"),
]
RN_DEVICES = [
    ("Apple", "iPhone14,5", "iPhone", "ios", "iOS", "17.4"),
    ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "17.5.1"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("Xiaomi", "2201117TG", "spes", "android", "Android", "13"),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-A155F", "android", "Android", "14"),
    ("Apple", "iPhone12,1", "ios", "iOS", "17.5"),
    ("realme", "RMX3710", "android", "Android", "13"),
    ("vivo", "V2247", "android", "Android", "13"),
]


def locale():
    return G(lambda f: f.pick(LOCALES[f.p.country]))


def tz():
    return G(lambda f: TZ[f.p.country])


def web_ctx():
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.72.0", "npm:next-1.70.0", "next-1.73.1"),
        },
        "page": {
            "path": G(lambda f: f.page),
            "referrer": pick(
                "https://www.google.com/", "https://www.instagram.com/", "", "https://l.facebook.com/"
            ),
            "search": pick(
                "", "?utm_source=google&utm_medium=cpc&utm_campaign=sitter_search", "?ref=app_banner"
            ),
            "title": G(by_country(TITLES)),
            "url": G(lambda f: "https://nestwise.app" + f.page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "123", "99", "8"),
                },
                3,
            ),
            "mobile": flag(),
            "platform": pick("macOS", "Windows", "Android"),
        },
        "locale": locale(),
        "timezone": tz(),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": pick("sitter_search", "back_to_school", "babas_sp", "yaya_metro_manila"),
            "source": pick("google", "facebook", "newsletter", "tiktok"),
            "medium": pick("cpc", "paid_social", "email"),
            "term": pick("babysitter berlin", "babá perto de mim", "yaya agency makati", "nanny hamburg"),
            "content": pick("ad_a", "carousel_2", "hero_cta"),
        },
    }


def app_block(f_name="Nestwise", namespace="app.nestwise.ios"):
    return {
        "name": const(f_name),
        "version": pick("4.18.0", "4.18.2", "4.19.0"),
        "build": pick("4180", "4182", "4190"),
        "namespace": const(namespace),
    }


def ctx_traits():
    return {
        "email": Y(lambda f: f.p.email, "email"),
        "firstName": Y(lambda f: f.p.first, "name"),
        "role": pick("parent", "caregiver"),
    }


def swift_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"),
            "name": const("iPhone"),
            "type": const("ios"),
            "adTrackingEnabled": G(lambda f: f.att),
            "advertisingId": Y(lambda f: f.uuid().upper() if f.att else ZERO_AD_ID, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": locale(),
        "timezone": tz(),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def kotlin_ctx():
    return {
        "app": app_block(namespace="app.nestwise.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.adev[0]),
            "model": G(lambda f: f.adev[1]),
            "name": G(lambda f: f.adev[2]),
            "type": const("android"),
            "adTrackingEnabled": G(lambda f: f.att),
            "advertisingId": Y(lambda f: f.uuid() if f.att else ZERO_AD_ID, "advertising id"),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.3", "1.15.0")},
        "locale": locale(),
        "timezone": tz(),
        "network": {"wifi": flag(), "cellular": flag(), "carrier": G(by_country(CARRIERS))},
        "os": {"name": const("Android"), "version": G(lambda f: f.adev[3])},
        "screen": {
            "density": pick(2.625, 2.75, 3.0),
            "width": pick(1080, 1220),
            "height": pick(2340, 2400, 2712),
        },
        "userAgent": G(
            lambda f: f"Dalvik/2.1.0 (Linux; U; Android {f.adev[3]}; {f.adev[1]} Build/{f.adev[4]})"
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.near(0.02)[0], "geolocation"),
            "longitude": Y(lambda f: f.near(0.02)[1], "geolocation"),
        },
        "traits": ctx_traits(),
    }


def rn_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.rdev[0]),
            "model": G(lambda f: f.rdev[1]),
            "name": G(lambda f: f.rdev[2]),
            "type": G(lambda f: f.rdev[3]),
        },
        "library": {"name": const("@segment/analytics-react-native"), "version": pick("2.19.2", "2.20.3")},
        "locale": locale(),
        "timezone": tz(),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": G(lambda f: f.rdev[4]), "version": G(lambda f: f.rdev[5])},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def flutter_ctx():
    return {
        "app": app_block("Nestwise Care", "app.nestwise.care"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.fdev[0]),
            "model": G(lambda f: f.fdev[1]),
            "type": G(lambda f: f.fdev[2]),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.6", "1.1.4")},
        "locale": locale(),
        "timezone": tz(),
        "os": {"name": G(lambda f: f.fdev[3]), "version": G(lambda f: f.fdev[4])},
        "screen": {"width": pick(1080, 828), "height": pick(2408, 1792)},
        "network": {"wifi": flag(), "cellular": flag()},
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.1", "3.7.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.5", "2.4.0"]),
    "retl": ("analytics-python", ["2.3.3"]),
}


def server_ctx(client):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": const(name), "version": G(lambda f: f.pick(versions))}}
    if client in ("node", "php"):
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
    if client == "python":
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email")}
    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}


def context_for(client):
    return CONTEXTS[client]() if client in CONTEXTS else server_ctx(client)


# -- shared shapes ----------------------------------------------------------------------------------


def plan_product():
    return {
        "product_id": G(lambda f: "prod_" + f.alnum(14)),
        "sku": pick("NW-PREM-1M", "NW-PREM-3M", "NW-PREM-12M", "NW-BASIC-1M", "NW-BGC-ADDON"),
        "name": G(lambda f: f.pick(PLANS)),
        "price": money(9, 120),
        "quantity": count(1, 1),
        "category": pick("subscription", "add-on"),
    }


def home_address():
    return {
        "street": Y(lambda f: f.street_line(), "street|address"),
        "city": Y(lambda f: f.p.city, "city"),
        "postalCode": Y(lambda f: f.p.postal, "zipcode"),
        "country": G(lambda f: f.p.country),
    }


def card_block():
    return {
        "brand": pick("visa", "mastercard", "amex", "elo"),
        "last4": G(lambda f: f.digits(4)),
        "exp_month": count(1, 12),
        "exp_year": count(2025, 2031),
        "funding": pick("credit", "debit", "prepaid"),
        "country": pick("DE", "BR", "PH", "NL"),
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event or page/screen name, client, country or None, weight, body)

IDENTIFY = [
    (
        "identify",
        None,
        "web",
        None,
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "role": const("parent"),
            "createdAt": ts(),
            "plan": G(lambda f: f.pick(PLANS)),
            "marketingOptIn": flag(),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "numberOfChildren": count(1, 4),
            "city": Y(lambda f: f.p.city, "city"),
            "avatar": Y(lambda f: f.photo(), "photo"),
            "address": home_address(),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        None,
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "role": const("caregiver"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "female", "male", "diverse"]), "gender"),
            "nationality": Y(by_country(NATIONALITY), "citizenship"),
            "languages": Many(G(by_country(LANGS)), 3),
            "yearsExperience": count(0, 25),
            "hourlyRate": Y(lambda f: f.rate(), "salary"),
            "currency": cur(),
            "hasFirstAid": flag(),
            "hasDriversLicense": flag(),
            "backgroundCheckStatus": pick("not_started", "pending", "completed", "expired"),
            "avatar": Y(lambda f: f.photo(), "photo"),
            "covidVaccinated": Y(lambda f: f.pick([True, False]), "condition"),
            "bio": G(by_country(BIOS)),
            "address": home_address(),
        },
    ),
    (
        "identify",
        None,
        "java",
        "DE",
        2,
        {
            "vorname": Y(lambda f: f.p.first, "name"),
            "nachname": Y(lambda f: f.p.last, "name"),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "geburtsort": Y(
                lambda f: f.pick(["Berlin", "Dresden", "Istanbul", "Kyjiw", "Danzig", "Hanoi"]), "city"
            ),
            "steuerIdentifikationsnummer": RED(lambda f: f.steuer_id(), "national id"),
            "sozialversicherungsnummer": RED(lambda f: f.sv_nummer(), "social security number"),
            "krankenkasse": pick("AOK Nordost", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"),
            "stundenlohn": Y(lambda f: f.rate(), "salary"),
            "wochenstunden": count(4, 30),
            "beschaeftigungsart": pick("Minijob", "Teilzeit", "Midijob"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "kontoinhaber": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "anschrift": {
                "strasse": Y(lambda f: f.p.street, "street|address"),
                "hausnummer": Y(lambda f: f.p.number, "address"),
                "plz": Y(lambda f: f.p.postal, "zipcode"),
                "ort": Y(lambda f: f.p.city, "city"),
            },
            "staatsangehoerigkeit": Y(
                lambda f: f.pick(["deutsch", "ukrainisch", "türkisch", "polnisch"]), "citizenship"
            ),
            "aufenthaltstitelErforderlich": RED(lambda f: f.pick([True, False]), "visa"),
        },
    ),
    (
        "identify",
        None,
        "php",
        "BR",
        2,
        {
            "nome_completo": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "data_nascimento": Y(lambda f: "/".join(reversed(f.p.dob.split("-"))), "birthdate"),
            "email": Y(lambda f: f.p.email, "email"),
            "telefone_celular": Y(lambda f: f.p.phone, "phone"),
            "endereco": {
                "logradouro": Y(lambda f: f.p.street, "street|address"),
                "numero": Y(lambda f: f.p.number, "address"),
                "complemento": Y(lambda f: f.p.complement, "address"),
                "bairro": Y(lambda f: f.p.district, "address"),
                "cidade": Y(lambda f: f.p.city, "city"),
                "uf": G(lambda f: f.p.state),
                "cep": Y(lambda f: f.p.postal, "zipcode"),
            },
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave_pix": G(lambda f: f.pix_kind),
            "valor_hora": Y(lambda f: f.rate(), "salary"),
            "perfil": pick("babá", "cuidadora", "folguista", "babá noturna"),
            "estado_civil": pick("solteira", "casada", "divorciada", "união estável"),
            "aceita_pernoite": flag(),
            "cpf_validado": flag(),
        },
    ),
    (
        "identify",
        None,
        "retl",
        None,
        2,
        {
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "HOME_POSTAL_CODE": Y(lambda f: f.p.postal, "zipcode"),
            "LIFETIME_BOOKINGS": count(0, 140),
            "LIFETIME_GMV": money(0, 9000),
            "LAST_BOOKING_AT": ts(),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "SEGMENT": pick("power_parent", "occasional", "dormant", "new"),
            "IS_SUBSCRIBER": flag(),
            "SIGNUP_COUNTRY": G(lambda f: f.p.country),
            "ACQUISITION_CHANNEL": pick("paid_search", "organic", "referral", "partner_kita"),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(LOCALES[f.p.country])[:2]),
            "CHILDREN_COUNT": count(1, 4),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        "PH",
        2,
        {
            "FirstName": Y(lambda f: f.p.first, "name"),
            "MiddleName": Y(lambda f: f.last_of("PH"), "name"),
            "LastName": Y(lambda f: f.p.last, "name"),
            "EmailAddress": Y(lambda f: f.p.email, "email"),
            "MobileNumber": Y(lambda f: f.p.phone, "phone"),
            "BirthDate": Y(lambda f: f.p.dob, "birthdate"),
            "PhilSysNumber": RED(lambda f: f.philsys(), "national id"),
            "SssNumber": RED(lambda f: f.sss(), "social security number"),
            "PhilHealthNumber": RED(lambda f: f.philhealth(), "health id"),
            "Tin": RED(lambda f: f.ph_tin(), "national id"),
            "NbiClearanceNo": Y(lambda f: f.nbi(), "certificate"),
            "Religion": Y(
                lambda f: f.pick(["Roman Catholic", "Iglesia ni Cristo", "Born Again Christian", "Islam"]),
                "religion",
            ),
            "CivilStatus": pick("Single", "Married", "Widowed", "Separated"),
            "Barangay": Y(lambda f: f.p.district, "address"),
            "City": Y(lambda f: f.p.city, "city"),
            "Province": G(lambda f: f.p.state),
            "ZipCode": Y(lambda f: f.p.postal, "zipcode"),
            "YearsAsKasambahay": count(0, 20),
            "ExpectedMonthlySalary": Y(lambda f: f.pick([6000, 7500, 8000, 10000, 12000, 15000]), "salary"),
            "IsLiveIn": flag(),
            "HasSssContributions": flag(),
        },
    ),
    (
        "group",
        None,
        "ruby",
        None,
        2,
        {
            "name": Y(
                lambda f: (
                    {"DE": "Familie ", "BR": "Família ", "PH": ""}[f.p.country]
                    + f.p.last
                    + (" Family" if f.p.country == "PH" else "")
                ),
                "name",
            ),
            "plan": G(lambda f: f.pick(PLANS)),
            "children_count": count(1, 4),
            "created_at": ts(),
            "primary_contact_email": Y(lambda f: f.p.email, "email"),
            "address": home_address(),
            "pets": Many(
                {
                    "name": pick("Bello", "Luna", "Paçoca", "Bantay", "Mochi", "Thor"),
                    "species": pick("dog", "cat", "rabbit"),
                },
                2,
            ),
            "employer_benefit": pick("none", "Siemens", "SAP", "Accenture PH", "Itaú"),
        },
    ),
]

ACCOUNT = [
    ("alias", None, "web", None, 1, None),
    ("alias", None, "rn", None, 1, None),
    (
        "track",
        "Signed Up",
        "web",
        None,
        2,
        {
            "method": pick("email", "google", "apple", "facebook"),
            "role": pick("parent", "caregiver"),
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "referral_code": G(lambda f: "NW-" + f.alnum(6, string.ascii_uppercase + string.digits)),
            "marketing_consent": flag(),
            "country": G(lambda f: f.p.country),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "node",
        None,
        2,
        {
            "phone": Y(lambda f: f.p.phone, "phone"),
            "channel": pick("sms", "whatsapp", "viber"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "code_length": const(6),
            "attempt": count(1, 3),
            "expires_in_s": pick(300, 600, 900),
            "provider": pick("twilio", "infobip", "zenvia"),
            "message_sid": G(lambda f: f.sid("SM")),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python",
        None,
        1,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "reset_url": RED(
                lambda f: (
                    "https://nestwise.app/reset-password?token="
                    + f.alnum(43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
            ),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "user_agent": G(lambda f: f.pick(WEB_UAS)),
            "requested_at": ts(),
            "password_strength": pick("weak", "fair", "strong"),
            "resets_last_30d": count(0, 4),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        None,
        3,
        {
            "method": pick("password", "apple", "google", "magic_link"),
            "biometric": flag(),
            "mfa_used": flag(),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "web",
        None,
        1,
        {
            "invitee_email": Y(lambda f: f.other_email(), "email"),
            "invitee_first_name": Y(lambda f: f.first_of(f.p.country), "name"),
            "invitee_role": pick("co_parent", "grandparent", "au_pair"),
            "invite_token": RED(lambda f: f.alnum(32), "token"),
            "expires_at": ts(),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        None,
        2,
        {
            "form": pick("parent_signup", "home_address", "booking_address"),
            "session_token": G(lambda f: f.uuid()),
            "input": Y(typed_address, "address", True),
            "predictions_count": count(1, 5),
            "selected_place_id": G(
                lambda f: "ChIJ" + f.alnum(23, string.ascii_letters + string.digits + "_-")
            ),
            "selected_description": Y(lambda f: f.full_address(), "address", True),
            "latency_ms": count(80, 900),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "swift",
        None,
        2,
        {
            "email_opt_in": flag(),
            "push_opt_in": flag(),
            "digest_frequency": pick("daily", "weekly", "never"),
            "phone_number_on_file": flag(),
            "email_count_30d": count(0, 40),
        },
    ),
    (
        "track",
        "Profile Updated",
        "web",
        None,
        2,
        {
            "fields_changed": Many(pick("phone", "email", "address", "photo", "bio", "children"), 3),
            "previous_email": Y(lambda f: f.other_email(), "email"),
            "email_changed": flag(),
            "phone_changed": flag(),
            "photo_changed": flag(),
            "profile_completeness": G(lambda f: f.r.randint(30, 100)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        "BR",
        2,
        {
            "form_id": pick("cadastro_cuidadora", "cadastro_responsavel", "cadastro_rapido"),
            "field": {
                "name": pick("cpf", "documento", "cpf_responsavel"),
                "type": const("text"),
                "value": RED(lambda f: f.cpf(), "national id", True),
            },
            "time_to_complete_ms": count(900, 30000),
            "autofilled": flag(),
        },
    ),
]

FAMILY = [
    (
        "track",
        "Child Profile Added",
        "swift",
        None,
        3,
        {
            "child": {
                "first_name": Y(lambda f: f.kid(), "name"),
                "birth_date": Y(lambda f: f.date(2012, 2024), "birthdate"),
                "photo_url": Y(lambda f: f.photo("children"), "photo"),
                "age_years": count(0, 12),
                "gender": Y(lambda f: f.pick(["girl", "boy", "prefer_not_to_say"]), "gender"),
                "allergies": Many(
                    Y(
                        lambda f: f.pick(
                            [
                                "peanuts",
                                "tree nuts",
                                "cow's milk",
                                "eggs",
                                "Erdnüsse",
                                "camarão",
                                "penicillin",
                            ]
                        ),
                        "allergy",
                    ),
                    2,
                ),
                "medical_conditions": Many(
                    Y(
                        lambda f: f.pick(
                            ["asthma", "eczema", "type 1 diabetes", "epilepsy", "Neurodermitis", "ADHS"]
                        ),
                        "condition",
                    ),
                    2,
                ),
                "medications": Many(
                    Y(
                        lambda f: f.pick(
                            ["Salbutamol inhaler", "Insulin (NovoRapid)", "Cetirizin", "Levetiracetam"]
                        ),
                        "medication",
                    ),
                    2,
                ),
                "has_special_needs": RED(lambda f: f.pick([True, False]), "disability"),
                "epipen_required": Y(lambda f: f.pick([True, False]), "allergy"),
                "diet": pick("vegetarian", "vegan", "none", "pescatarian"),
                "routine": G(by_country(ROUTINES)),
                "favourite_activities": Many(pick("Lego", "drawing", "football", "Bluey", "puzzles"), 3),
                "school_or_kita": pick(
                    "Kita Sonnenschein",
                    "Escola Vila Criança",
                    "Kinderladen Pusteblume",
                    "Montessori Makati",
                    "none",
                ),
            },
            "children_total": count(1, 4),
            "source_screen": pick("onboarding", "household_settings", "booking_flow"),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "kotlin",
        None,
        2,
        {
            "contact": {
                "name": Y(lambda f: f.other_name(), "name"),
                "relationship": pick("Oma", "neighbour", "tia", "lola", "uncle", "Patentante"),
                "phone": Y(lambda f: f.other_phone(), "phone"),
                "email": Y(lambda f: f.other_email(), "email"),
            },
            "is_primary": flag(),
            "contacts_total": count(1, 3),
        },
    ),
    (
        "track",
        "Trusted Contacts Synced",
        "rn",
        None,
        2,
        {
            "contacts": Many(
                {
                    "label": Y(lambda f: f.pick(KIN[f.p.country]) + f.first_of(f.p.country), "name", True),
                    "value": Y(lambda f: f.other_phone(), "phone", True),
                    "type": pick("mobile", "home", "work"),
                },
                3,
            ),
            "source": pick("address_book", "manual"),
        },
    ),
    (
        "track",
        "Household Pets Updated",
        "rn",
        None,
        1,
        {
            "pets": Many(
                {
                    "name": pick("Bello", "Luna", "Paçoca", "Bantay", "Mochi", "Thor", "Nala"),
                    "species": pick("dog", "cat", "rabbit", "bird"),
                    "breed": pick("Labrador", "SRD", "Aspin", "Maine Coon", "Dackel"),
                    "friendly_with_kids": flag(),
                },
                2,
            ),
            "pets_count": count(1, 3),
        },
    ),
    (
        "track",
        "Job Posted",
        "web",
        None,
        2,
        {
            "job_id": G(lambda f: f.r.randint(100000, 999999)),
            "title": pick(
                "Babysitter für 2 Kinder (3 & 6) gesucht",
                "Babá meio período, 2 crianças",
                "Stay-in yaya needed for 1 toddler",
                "After-school pick-up, Mon-Thu",
                "Nanny (Vollzeit) ab September",
            ),
            "service_type": pick("babysitting", "nanny", "overnight", "after_school"),
            "children_ages": Many(count(0, 12), 3),
            "start_date": G(lambda f: f.date(2024, 2025)),
            "hours_per_week": count(4, 45),
            "budget_per_hour": Y(lambda f: f.rate(), "salary"),
            "currency": cur(),
            "city": Y(lambda f: f.p.city, "city"),
            "requirements": Many(
                pick("first_aid", "non_smoker", "drivers_license", "references", "english"), 3
            ),
        },
    ),
]

DISCOVERY = [
    (
        "track",
        "Caregivers Searched",
        "web",
        None,
        4,
        {
            "q": G(by_country(SEARCHES)),
            "location": {
                "city": G(by_country(SEARCH_CITIES)),
                "radius_km": pick(2, 5, 10, 25),
            },
            "filters": {
                "max_hourly_rate": pick(15, 20, 40, 150, None),
                "min_experience_years": pick(0, 1, 3, 5),
                "languages": Many(G(by_country(LANGS)), 2),
                "first_aid": flag(),
                "caregiver_gender": pick("any", "female", "male"),
                "availability": Many(pick("mon", "tue", "wed", "thu", "fri", "sat", "sun"), 3),
            },
            "results_count": count(0, 240),
        },
    ),
    (
        "track",
        "Caregiver Profile Viewed",
        "rn",
        None,
        4,
        {
            "caregiver_id": G(lambda f: f.uid()),
            "caregiver_first_name": Y(
                lambda f: f.first_of(f.p.country) + f.pick(["", " " + f.pick("ABCDEFGHKMRS") + "."]), "name"
            ),
            "caregiver_city": Y(lambda f: f.p.city, "city"),
            "hourly_rate": Y(lambda f: f.rate(), "salary"),
            "rating_avg": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "reviews_count": count(0, 120),
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 18), 1)),
            "badges": Many(pick("id_verified", "first_aid", "background_checked", "super_sitter"), 3),
            "photo_url": Y(lambda f: f.photo(), "photo"),
            "position": count(1, 30),
            "id_verified": flag(),
        },
    ),
    (
        "track",
        "Agency Profile Viewed",
        "web",
        "PH",
        2,
        {
            "agency": {
                "id": G(lambda f: "ag_" + f.digits(5)),
                "name": pick("Mabuhay Helpers Agency", "Yaya Express Manila", "Kasambahay Connect Cebu"),
                "phone": pick("+63 2 8812 3456", "(02) 8634 1122", "+63 32 255 7788"),
                "email": pick(
                    "info@mabuhayhelpers.ph", "hello@yayaexpress.ph", "bookings@kasambahayconnect.ph"
                ),
                "address": pick(
                    "3F Dela Rosa Bldg., 123 Dela Rosa St., Legaspi Village, Makati",
                    "Unit 501 Cityland, Shaw Blvd., Mandaluyong",
                    "2F Ayala Center, Cebu Business Park",
                ),
                "dmw_license_no": pick("DMW-NCR-2021-014", "DOLE-RO7-PEA-0332", "DOLE-NCR-PEA-1187"),
            },
            "source": pick("search", "banner"),
        },
    ),
    ("track", "Product Viewed", "web", None, 2, {**plan_product(), "currency": cur()}),
    (
        "track",
        "Help Center Searched",
        "web",
        None,
        1,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "refund",
                        "how to cancel booking",
                        "stornieren",
                        "como pagar com pix",
                        "gcash payment failed",
                    ]
                )
            ),
            "results_count": count(0, 12),
        },
    ),
]

COMMERCE = [
    (
        "track",
        "Checkout Started",
        "web",
        None,
        2,
        {
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
            "value": money(9, 300),
            "revenue": money(9, 300),
            "currency": cur(),
            "coupon": pick("", "BTS20", "NATAL10", "WELCOME"),
            "products": Many(plan_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        None,
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": pick("card", "apple_pay", "google_pay"),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card": card_block(),
            "billing_details": {
                "name": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "address": {
                    "line1": Y(lambda f: f.street_line(), "address"),
                    "line2": Y(lambda f: f.p.complement or f.p.district or "2. OG", "address"),
                    "city": Y(lambda f: f.p.city, "city"),
                    "postal_code": Y(lambda f: f.p.postal, "zipcode"),
                    "country": G(lambda f: f.p.country),
                },
            },
            "three_ds": pick("authenticated", "attempted", "not_required"),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        None,
        3,
        {
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": money(9, 300),
            "revenue": money(9, 300),
            "currency": cur(),
            "coupon": pick("", "BTS20", "NATAL10"),
            "payment_method": pick("card", "pix", "gcash"),
            "products": Many(plan_product(), 2),
            "invoice_number": G(lambda f: f"NW-2024-{f.r.randint(1, 99999):06d}"),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "stripe_payment_intent": G(lambda f: "pi_" + f.alnum(24)),
            "customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "receipt_email": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Order Refunded",
        "node",
        None,
        1,
        {
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
            "total": money(9, 300),
            "currency": cur(),
            "reason": pick("duplicate", "requested_by_customer", "caregiver_no_show"),
            "products": Many(plan_product(), 1),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        "ruby",
        None,
        2,
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
            "plan": G(lambda f: f.pick(PLANS)),
            "amount": money(9, 120),
            "currency": cur(),
            "interval": pick("month", "quarter", "year"),
            "renewal_count": count(1, 30),
            "payment_status": pick("succeeded", "failed", "requires_action"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": pick("visa", "mastercard", "elo"),
            "billing_email": Y(lambda f: f.p.email, "email"),
            "next_billing_at": ts(),
        },
    ),
    (
        "track",
        "Pix Charge Created",
        "php",
        "BR",
        2,
        {
            "txid": G(lambda f: f.alnum(32)),
            "calendario": {"criacao": ts()},
            "valor": {"original": G(lambda f: f"{f.amount():.2f}")},
            "chave": const("5a3c1f0e-8d7b-4f2a-9c61-0b7e2d4f9a13"),
            "devedor": {
                "cpf": RED(lambda f: f.cpf(False), "national id"),
                "nome": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            },
            "solicitacaoPagador": G(lambda f: f"Reserva #{f.booking()} - Nestwise"),
            "pixCopiaECola": G(
                lambda f: (
                    "00020101021226830014br.gov.bcb.pix2561qrpix.psp.example/qr/v2/"
                    + f.alnum(32, string.ascii_lowercase + string.digits)
                    + "5204000053039865802BR5914NESTWISE LTDA6009SAO PAULO62070503***6304"
                    + f.alnum(4, "0123456789ABCDEF")
                )
            ),
            "status": pick("ATIVA", "CONCLUIDA", "REMOVIDA_PELO_USUARIO_RECEBEDOR"),
        },
    ),
    (
        "track",
        "Pix Payment Received",
        "php",
        "BR",
        2,
        {
            "pix": Many(
                {
                    "endToEndId": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(7) + f.alnum(12)),
                    "txid": G(lambda f: f.alnum(32)),
                    "chave": const("5a3c1f0e-8d7b-4f2a-9c61-0b7e2d4f9a13"),
                    "valor": G(lambda f: f"{f.amount():.2f}"),
                    "horario": ts(),
                    "infoPagador": pick("reserva sábado", "pagamento babá", "", "obrigado!"),
                    "gnExtras": {
                        "pagador": {
                            "nome": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
                            "cpf": RED(lambda f: "***." + f.cpf(True)[4:11] + "-**", "national id"),
                        }
                    },
                },
                1,
            )
        },
    ),
    (
        "track",
        "GCash Payment Completed",
        "node",
        "PH",
        2,
        {
            "data": {
                "id": G(lambda f: "src_" + f.alnum(24)),
                "attributes": {
                    "amount": G(lambda f: int(f.amount() * 100)),
                    "currency": const("PHP"),
                    "status": pick("chargeable", "paid", "expired"),
                    "billing": {
                        "name": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
                        "email": Y(lambda f: f.p.email, "email"),
                        "phone": Y(lambda f: f.p.phone, "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street_line(), "address"),
                            "city": Y(lambda f: f.p.city, "city"),
                            "postal_code": Y(lambda f: f.p.postal, "zipcode"),
                            "country": const("PH"),
                        },
                    },
                    "redirect": {
                        "success": G(lambda f: f"https://nestwise.app/ph/pay/success?b={f.booking()}"),
                    },
                },
            }
        },
    ),
    (
        "track",
        "Tip Added",
        "rn",
        None,
        2,
        {
            "booking_id": G(lambda f: f.booking()),
            "tip_amount": money(2, 200),
            "currency": cur(),
            "note": pick("Danke!", "Obrigado pela noite!", "Salamat po!", "", "For the extra hour"),
        },
    ),
    (
        "track",
        "Invoice Generated",
        "java",
        "DE",
        2,
        {
            "rechnungsnummer": G(lambda f: f"RE-2024-{f.r.randint(1, 99999):05d}"),
            "rechnungsdatum": G(lambda f: f.date(2024, 2024)),
            "betrag_brutto": money(20, 900),
            "kunde": {
                "kundennummer": G(lambda f: "K" + f.digits(7)),
                "vorname": Y(lambda f: f.p.first, "name"),
                "nachname": Y(lambda f: f.p.last, "name"),
                "strasse": Y(lambda f: f.street_line(), "street|address"),
                "plz": Y(lambda f: f.p.postal, "zipcode"),
                "ort": Y(lambda f: f.p.city, "city"),
                "email": Y(lambda f: f.p.email, "email"),
                "telefon": Y(lambda f: f.p.phone, "phone"),
            },
            "zahlungsart": pick("Kreditkarte", "SEPA-Lastschrift", "PayPal"),
            "faellig_am": G(lambda f: f.date(2024, 2025)),
        },
    ),
]

BOOKING = [
    (
        "track",
        "Booking Requested",
        "swift",
        None,
        4,
        {
            "booking_id": G(lambda f: f.booking()),
            "caregiver_id": G(lambda f: f.uid()),
            "service_type": pick("babysitting", "nanny", "overnight", "after_school"),
            "start_at": G(lambda f: f.slot_start()),
            "end_at": G(lambda f: f.slot_end()),
            "duration_h": G(lambda f: f.slot_dur),
            "recurring": flag(),
            "schedule": {
                "rrule": pick(
                    "FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=15", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=DAILY;COUNT=5", ""
                ),
                "days": Many(pick("MO", "TU", "WE", "TH", "FR", "SA"), 3),
                "start_time": pick("07:30", "15:00", "18:30"),
                "end_time": pick("12:00", "19:00", "23:00"),
            },
            "children": Many(
                {
                    "first_name": Y(lambda f: f.kid(), "name"),
                    "age": count(0, 12),
                    "allergies": Many(
                        Y(lambda f: f.pick(["peanuts", "gluten", "eggs", "camarão", "Kuhmilch"]), "allergy"),
                        2,
                    ),
                },
                3,
            ),
            "children_count": count(1, 3),
            "hourly_rate": Y(lambda f: f.rate(), "salary"),
            "estimated_total": G(lambda f: f.amount((3, 40))),
            "currency": cur(),
            "address": {
                "street": Y(lambda f: f.street_line(), "street|address"),
                "postal_code": Y(lambda f: f.p.postal, "zipcode"),
                "city": Y(lambda f: f.p.city, "city"),
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lng": Y(lambda f: f.p.lon, "geolocation"),
            },
            "note_to_caregiver": Y(child_text(CHILD_NOTE), "name", True),
            "gate_code": RED(lambda f: f.pick(["#", "", "*"]) + str(f.r.randint(1000, 999999)), "secret"),
            "has_pets": flag(),
            "pet_names": Many(pick("Bello", "Luna", "Paçoca", "Bantay", "Mochi"), 2),
        },
    ),
    (
        "track",
        "Booking Accepted",
        "kotlin",
        None,
        3,
        {
            "booking_id": G(lambda f: f.booking()),
            "response_time_min": count(1, 600),
            "caregiver_rate": Y(lambda f: f.rate(), "salary"),
            "parent_first_name": Y(lambda f: f.p.first, "name"),
            "parent_phone": Y(lambda f: f.p.phone, "phone"),
            "message_included": flag(),
            "calendar_synced": flag(),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "node",
        None,
        2,
        {
            "booking_id": G(lambda f: f.booking()),
            "cancelled_by": pick("parent", "caregiver", "support"),
            "reason": pick("plans_changed", "found_other", "scheduling_conflict", "no_response"),
            "reason_text": pick(
                "Plans changed", "Termin hat sich verschoben", "Viagem cancelada", "Found someone closer", ""
            ),
            "hours_before_start": count(0, 240),
            "refund_amount": money(0, 200),
        },
    ),
    (
        "track",
        "Shift Checked In",
        "go",
        None,
        3,
        {
            "booking-id": G(lambda f: f.booking()),
            "caregiver-id": G(lambda f: f.uid()),
            "checked-in-at": ts(),
            "lat": Y(lambda f: f.near()[0], "geolocation"),
            "lng": Y(lambda f: f.near()[1], "geolocation"),
            "accuracy-m": G(lambda f: round(f.r.uniform(3, 60), 1)),
            "distance-to-booking-m": count(0, 400),
            "within-geofence": flag(),
            "method": pick("gps", "qr", "manual"),
        },
    ),
    (
        "track",
        "Shift Checked Out",
        "go",
        None,
        3,
        {
            "booking-id": G(lambda f: f.booking()),
            "caregiver-id": G(lambda f: f.uid()),
            "checked-out-at": ts(),
            "lat": Y(lambda f: f.near()[0], "geolocation"),
            "lng": Y(lambda f: f.near()[1], "geolocation"),
            "hours-worked": G(lambda f: round(f.r.uniform(1, 11), 2)),
            "incident-reported": flag(),
            "child-mood": pick("happy", "tired", "fussy", "calm"),
            "picked-up-by": Y(lambda f: f.pick(KIN[f.p.country]) + f.first_of(f.p.country), "name"),
            "child-update": Y(child_text(CHILD_UPDATE), "name", True),
        },
    ),
    (
        "track",
        "Caregiver Location Updated",
        "kotlin",
        None,
        3,
        {
            "booking_id": G(lambda f: f.booking()),
            "latitude": Y(lambda f: f.near(0.01)[0], "geolocation"),
            "longitude": Y(lambda f: f.near(0.01)[1], "geolocation"),
            "speed_mps": G(lambda f: round(f.r.uniform(0, 8), 2)),
            "accuracy_m": count(3, 50),
            "recorded_at": G(lambda f: f.epoch_ms()),
            "shared_with_parent": flag(),
        },
    ),
    (
        "track",
        "Shift Incident Reported",
        "kotlin",
        None,
        1,
        {
            "booking_id": G(lambda f: f.booking()),
            "incident_type": pick("minor_injury", "late_pickup", "property_damage"),
            "severity": pick("low", "medium", "high"),
            "description": Y(child_text(INCIDENT), "name", True),
            "parent_notified": flag(),
            "first_aid_given": flag(),
        },
    ),
    (
        "track",
        "Message Sent",
        "rn",
        None,
        5,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": pick("parent", "caregiver", "support"),
            "text": G(by_country(CHAT)),
            "has_attachment": flag(),
            "language": pick("de", "pt", "en", "tl"),
            "is_first_message": flag(),
            "booking_id": G(lambda f: f.booking()),
        },
    ),
    (
        "track",
        "Contact Details Blocked",
        "node",
        None,
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_id": G(lambda f: f.uid()),
            "snippet": Y(blocked, "phone|email", True),
            "rule": pick("off_platform_contact", "phone_pattern", "email_pattern"),
            "strike_count": count(1, 3),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        "node",
        None,
        2,
        {
            "session_sid": G(lambda f: f.sid("KC")),
            "interaction_type": pick("Voice", "Message"),
            "participant_identifier": Y(lambda f: f.other_phone(), "phone", True),
            "proxy_identifier": pick(
                "+49 30 25557120", "+55 11 3003-9120", "+63 2 8231 0400", "+4915735981200"
            ),
            "call_duration": count(0, 900),
            "inbound_resource_status": pick("completed", "no-answer", "busy"),
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        None,
        3,
        {
            "booking_id": G(lambda f: f.booking()),
            "caregiver_id": G(lambda f: f.uid()),
            "rating": count(1, 5),
            "review": {
                "text": Y(
                    lambda f: f.pick(REVIEW[f.p.country]).format(n=f.first_of(f.p.country).split()[0]),
                    "name",
                    True,
                ),
                "language": pick("de", "pt", "en"),
            },
            "tags": Many(pick("punctual", "creative", "great_with_babies", "tidy"), 3),
            "would_rebook": flag(),
            "reviewer_role": const("parent"),
        },
    ),
    (
        "track",
        "Availability Updated",
        "kotlin",
        None,
        2,
        {
            "slots": Many(
                {
                    "day": pick("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
                    "from": pick("07:00", "14:00", "18:00"),
                    "to": pick("12:00", "20:00", "23:30"),
                },
                4,
            ),
            "travel_radius_km": pick(3, 5, 10, 15),
            "overnight_ok": flag(),
            "hourly_rate": Y(lambda f: f.rate(), "salary"),
            "weekend_rate": Y(lambda f: f.rate() + 2, "salary"),
        },
    ),
    (
        "track",
        "Applied To Job",
        "kotlin",
        None,
        2,
        {
            "job_id": G(lambda f: f.r.randint(100000, 999999)),
            "application_id": G(lambda f: f.uuid()),
            "cover_message": pick(
                "Olá! Tenho 5 anos de experiência com bebês.",
                "Hallo, ich habe viel Erfahrung mit Kleinkindern und bin flexibel.",
                "Good day po! I am available starting next week.",
            ),
            "proposed_rate": Y(lambda f: f.rate(), "salary"),
            "availability_match": G(lambda f: round(f.r.random(), 2)),
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 18), 1)),
        },
    ),
]

ONBOARDING = [
    (
        "track",
        "Onboarding Step Completed",
        "flutter",
        None,
        4,
        {
            "step": pick("profile", "id_document", "selfie", "references", "certificates", "payout"),
            "step_index": count(1, 6),
            "total_steps": const(6),
            "time_on_step_s": count(5, 900),
        },
    ),
    (
        "track",
        "Identity Document Submitted",
        "flutter",
        None,
        2,
        {
            "country": G(lambda f: f.p.country),
            "document_type": G(lambda f: f.p.doc_type),
            "document_number": RED(lambda f: f.p.doc_number, "national id|passport"),
            "front_image_uploaded": flag(),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "python",
        None,
        2,
        {
            "verification": {
                "id": G(lambda f: f.uuid()),
                "status": pick("approved", "declined", "resubmission_requested"),
                "code": pick(9001, 9102, 9103),
                "reason": pick(None, "Document not readable", "Face not clearly visible"),
                "person": {
                    "firstName": Y(lambda f: f.p.first.upper(), "name"),
                    "lastName": Y(lambda f: f.p.last.upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
                    "placeOfBirth": Y(
                        lambda f: f.pick(["BERLIN", "SAO PAULO", "CEBU CITY", "KYIV", "ANKARA", "RECIFE"]),
                        "city",
                    ),
                    "idNumber": RED(lambda f: f.p.id_number, "national id"),
                    "nationality": Y(lambda f: f.p.country, "citizenship"),
                    "gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
                },
                "document": {
                    "number": RED(lambda f: f.p.doc_number, "national id|passport"),
                    "type": G(
                        lambda f: {"passport": "PASSPORT", "aufenthaltstitel": "RESIDENCE_PERMIT"}.get(
                            f.p.doc_type, "ID_CARD"
                        )
                    ),
                    "country": G(lambda f: f.p.country),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "decisionTime": ts(),
            },
            "technicalData": {"ip": Y(lambda f: f.ip(), "ip")},
        },
    ),
    (
        "track",
        "Background Check Updated",
        "ruby",
        None,
        2,
        {
            "check_id": G(lambda f: f.uuid()),
            "vendor": pick("idwall", "certn", "bundesamt_fuehrungszeugnis", "nbi_online"),
            "status": pick("pending", "in_progress", "completed", "expired"),
            "country": G(lambda f: f.p.country),
            "document_issued_at": G(lambda f: f.date(2023, 2024)),
            "expires_at": G(lambda f: f.date(2025, 2026)),
        },
    ),
    (
        "track",
        "Background Check Consent Given",
        "flutter",
        None,
        1,
        {
            "consent_version": pick("2023-11", "2024-03", "2024-07"),
            "signature_name": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "signed_at": ts(),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "country": G(lambda f: f.p.country),
        },
    ),
    (
        "track",
        "Reference Check Completed",
        "node",
        None,
        2,
        {
            "caregiver_id": G(lambda f: f.uid()),
            "reference": {
                "name": Y(lambda f: f.other_name(), "name"),
                "email": Y(lambda f: f.other_email(), "email"),
                "phone": Y(lambda f: f.other_phone(), "phone"),
                "relationship": pick("former_family", "employer", "teacher", "agency"),
                "years_known": count(1, 10),
            },
            "questions_answered": count(3, 8),
            "would_rehire": flag(),
            "overall_score": count(1, 10),
            "comments": pick(
                "Very reliable, looked after our two boys for three years.",
                "Sehr zuverlässig und liebevoll.",
                "Muito responsável e carinhosa.",
                "Honest and hardworking, we were sad to see her go.",
            ),
            "submitted_via": pick("email_link", "phone_interview", "web_form"),
        },
    ),
    (
        "track",
        "Certificate Uploaded",
        "kotlin",
        None,
        2,
        {
            "certificate_type": pick("first_aid", "cpr", "erzieher", "tesda_nc2"),
            "issuer": pick("DRK", "Johanniter", "Cruz Vermelha Brasileira", "Philippine Red Cross", "TESDA"),
            "certificate_number": Y(
                lambda f: f.pick(["EH-", "CRB-", "PRC-", ""]) + f.digits(8), "certificate"
            ),
            "issued_on": G(lambda f: f.date(2020, 2024)),
            "expires_on": G(lambda f: f.date(2025, 2027)),
            "file_sha256": G(lambda f: f.sha()),
            "verified": flag(),
        },
    ),
    (
        "track",
        "Work Eligibility Answered",
        "flutter",
        None,
        1,
        {
            "has_work_permit": RED(lambda f: f.pick([True, False]), "visa"),
            "needs_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "residence_permit_type": RED(
                lambda f: f.pick(
                    [
                        "Niederlassungserlaubnis",
                        "Aufenthaltserlaubnis §16b",
                        "Blaue Karte EU",
                        "RNM temporário",
                        "9(g) work visa",
                    ]
                ),
                "visa",
            ),
            "country": G(lambda f: f.p.country),
        },
    ),
    (
        "track",
        "Employer Benefit Linked",
        "node",
        None,
        1,
        {
            "employer_name": pick(
                "Siemens AG", "SAP SE", "Accenture Philippines", "Itaú Unibanco", "Zalando SE"
            ),
            "employer_id": G(lambda f: "emp_" + f.digits(5)),
            "employee_email": Y(
                lambda f: (
                    f.email_for(f.p.first, f.p.last, f.p.country).split("@")[0]
                    + "@"
                    + f.pick(["siemens.com", "sap.com", "accenture.com", "itau-unibanco.com.br"])
                ),
                "email",
            ),
            "job_title": pick(
                "Software Engineer", "Gerente de Projetos", "HR Business Partner", "Controller"
            ),
            "benefit_budget_monthly": money(100, 600),
            "hr_contact_email": pick("benefits@siemens.com", "hr@sap.com", "people@accenture.com"),
        },
    ),
]

PAYOUTS = [
    (
        "track",
        "Payout Sent",
        "dotnet",
        "DE",
        2,
        {
            "PayoutId": G(lambda f: "po_" + f.alnum(16)),
            "CaregiverId": G(lambda f: f.uid()),
            "Amount": G(lambda f: f.amount()),
            "Currency": const("EUR"),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": pick("COBADEFFXXX", "DEUTDEDBBER", "BELADEBEXXX", "GENODEF1M04", "INGDDEFFXXX"),
            "AccountHolderName": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "Reference": G(lambda f: f"Nestwise Auszahlung KW {f.r.randint(1, 52)}"),
            "Status": pick("Pending", "Paid", "Failed"),
        },
    ),
    (
        "track",
        "Repasse Enviado",
        "php",
        "BR",
        2,
        {
            "id_repasse": G(lambda f: f.uuid()),
            "id_cuidadora": G(lambda f: f.uid()),
            "valor": G(lambda f: f.amount()),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave": G(lambda f: f.pix_kind),
            "banco": pick(
                "260 - Nu Pagamentos S.A.",
                "341 - Itaú Unibanco",
                "001 - Banco do Brasil",
                "077 - Banco Inter",
            ),
            "agencia": pick("0001", "1234", "3421", "0651"),
            "conta": RED(lambda f: f.br_account(), "bank account"),
            "favorecido": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "cpf_favorecido": RED(lambda f: f.cpf(), "national id"),
            "e2e_id": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(7) + f.alnum(12)),
            "status": pick("agendado", "pago", "falhou"),
        },
    ),
    (
        "track",
        "Payout Disbursed",
        "python",
        "PH",
        2,
        {
            "payout_id": G(lambda f: "po_" + f.alnum(16)),
            "caregiver_id": G(lambda f: f.uid()),
            "amount": G(lambda f: f.amount()),
            "currency": const("PHP"),
            "channel": pick("gcash", "instapay", "pesonet"),
            "gcash_mobile_number": Y(lambda f: f.gcash(), "phone"),
            "bank_name": pick("BDO Unibank", "BPI", "Metrobank", "UnionBank"),
            "bank_account_number": RED(lambda f: f.ph_account(), "bank account"),
            "account_name": Y(lambda f: f"{f.p.first} {f.p.last}".upper(), "name"),
            "status": pick("SUCCESS", "PENDING", "FAILED"),
        },
    ),
    (
        "track",
        "Kasambahay Contract Generated",
        "dotnet",
        "PH",
        2,
        {
            "ContractId": G(lambda f: "KC-" + f.digits(7)),
            "EmployerName": Y(lambda f: f.other_name(), "name"),
            "HelperName": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
            "HelperBirthDate": Y(lambda f: f.p.dob, "birthdate"),
            "EmployerAddress": Y(lambda f: f.full_address(), "address"),
            "MonthlySalary": Y(lambda f: f.pick([6000, 7500, 8000, 10000, 12000]), "salary"),
            "StartDate": G(lambda f: f.date(2024, 2025)),
            "LiveIn": flag(),
            "PhilHealthContribution": money(150, 500),
            "Province": G(lambda f: f.p.state),
        },
    ),
]

COMMS = [
    (
        "track",
        "Referral Invite Sent",
        "swift",
        None,
        2,
        {
            "referral_code": G(lambda f: "NW-" + f.alnum(6, string.ascii_uppercase + string.digits)),
            "channel": pick("whatsapp", "sms", "email", "copy_link"),
            "recipient_name": Y(lambda f: f.other_name(), "name"),
            "recipient_phone": Y(lambda f: f.other_phone(), "phone"),
            "recipient_email": Y(lambda f: f.other_email(), "email"),
            "reward_amount": pick(10, 20, 50, 200),
            "invites_sent_total": count(1, 25),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "node",
        None,
        2,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": pick(
                    "Refund request",
                    "Babysitter kam nicht",
                    "Problema com Pix",
                    "Cannot upload NBI clearance",
                ),
                "status": pick("new", "open", "pending"),
                "channel": pick("web", "email", "chat"),
                "tags": Many(pick("refund", "no_show", "payments", "onboarding"), 2),
                "requester": {
                    "name": Y(lambda f: f"{f.p.first} {f.p.last}", "name"),
                    "email": Y(lambda f: f.p.email, "email"),
                    "phone": Y(lambda f: f.p.phone, "phone"),
                },
                "assignee": {
                    "name": Y(
                        lambda f: f.pick(["Sarah Köhler", "Bruna Teixeira", "Carlo Mercado", "Jonas Brandt"]),
                        "name",
                    ),
                    "email": Y(
                        lambda f: (
                            f.pick(["sarah.koehler", "bruna.teixeira", "carlo.mercado", "jonas.brandt"])
                            + "@nestwise.app"
                        ),
                        "email",
                    ),
                },
                "description": G(
                    lambda f: f.pick(
                        [
                            "Booking {b}: caregiver did not show up",
                            "Refund for booking {b}",
                            "App crashes when uploading certificate ({b})",
                        ]
                    ).format(b=f.booking())
                ),
                "created_at": ts(),
            }
        },
    ),
    (
        "track",
        "Email Delivered",
        "python",
        None,
        3,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "event": pick("delivered", "open", "click", "bounce"),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: f"{f.alnum(22)}.filterdrecv-{f.r.randint(100, 999)}-{f.digits(5)}-{f.hexid(12)}-0"
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "category": Many(pick("booking_confirmation", "receipt", "weekly_digest", "onboarding"), 2),
            "from_address": pick("no-reply@nestwise.app", "hallo@nestwise.app", "ola@nestwise.app"),
            "reply_to": pick("support@nestwise.app", "suporte@nestwise.app", "help@nestwise.app"),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Lead",
        "node",
        None,
        2,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": pick("website", "app", "chat"),
            "user_data": {
                "em": Y(lambda f: f.sha(f.p.email.lower()), "email"),
                "fn": Y(lambda f: f.sha(ascii_fold(f.p.first).lower()), "name"),
                "zp": Y(lambda f: f.sha(f.p.postal.replace("-", "")), "zipcode"),
                "ph": Y(lambda f: f.sha("".join(c for c in f.p.phone if c.isdigit())), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.alnum(40)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.uid()),
            },
            "custom_data": {"currency": cur(), "value": money(0, 50)},
        },
    ),
    (
        "track",
        "Install Attributed",
        "kotlin",
        None,
        2,
        {
            "provider": const("appsflyer"),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": pick("googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"),
            "campaign": {"name": pick("sitter_search", "babas_sp", "yaya_metro_manila")},
            "install_time": ts(),
        },
    ),
    (
        "track",
        "Application Opened",
        "swift",
        None,
        3,
        {
            "from_background": flag(),
            "version": pick("4.18.0", "4.19.0", "4.19.1"),
            "build": pick("4180", "4190", "4191"),
            "url": pick("", "nestwise://booking/open", "nestwise://chat"),
        },
    ),
    (
        "track",
        "Application Installed",
        "flutter",
        None,
        1,
        {"version": pick("4.18.0", "4.19.0", "4.19.1"), "build": pick("4180", "4190", "4191")},
    ),
]

PAGES = [
    ("page", "Home", "web", None, 4, ["/", "/de", "/pt-br", "/ph"], {}),
    ("page", "Pricing", "web", None, 2, ["/pricing", "/pt-br/planos", "/de/preise"], {}),
    (
        "page",
        "City Landing",
        "web",
        None,
        2,
        ["/babysitter/berlin", "/baba/sao-paulo", "/yaya/makati"],
        {
            "gclid": Y(
                lambda f: "Cj0KCQjw" + f.alnum(60, string.ascii_letters + string.digits + "_-") + "_BwE",
                "advertising id",
            )
        },
    ),
    (
        "page",
        "Caregiver Signup",
        "web",
        None,
        2,
        ["/become-a-sitter", "/pt-br/seja-baba", "/ph/apply"],
        {
            "fbclid": Y(
                lambda f: "IwAR" + f.alnum(55, string.ascii_letters + string.digits + "_-"), "advertising id"
            )
        },
    ),
    (
        "page",
        "Booking Details",
        "web",
        None,
        2,
        ["/bookings/upcoming", "/bookings/history", "/bookings/new"],
        {},
    ),
]

SCREENS = [
    (
        "screen",
        "Search Results",
        "swift",
        None,
        3,
        {"result_count": count(0, 200), "view": pick("list", "map", "grid")},
    ),
    ("screen", "Chat", "rn", None, 3, {"unread": count(0, 9)}),
    (
        "screen",
        "Shift Timer",
        "kotlin",
        None,
        2,
        {"booking_id": G(lambda f: f.booking()), "elapsed_min": count(0, 600)},
    ),
    ("screen", "Onboarding Documents", "flutter", None, 2, {"step_index": count(1, 6)}),
]

ALL = IDENTIFY + ACCOUNT + FAMILY + DISCOVERY + COMMERCE + BOOKING + ONBOARDING + PAYOUTS + COMMS


def page_props():
    return {
        "path": G(lambda f: f.page),
        "referrer": pick("https://www.google.com/", "", "https://www.instagram.com/"),
        "search": pick("", "?utm_source=google&utm_medium=cpc", "?ref=app_banner"),
        "title": G(by_country(TITLES)),
        "url": G(lambda f: "https://nestwise.app" + f.page),
        "name": G(lambda f: f.page_name),
    }


WEB_PATHS = ["/", "/search", "/checkout", "/account", "/bookings/new", "/messages"]


def message(f: NFake, kind, name, client, country, body, labels, paths=None):
    f.persona(country)
    f.t0 = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(seconds=f.r.randint(0, 365 * 86400))
    f.att = f.r.random() < 0.7
    f.adev, f.rdev, f.fdev = f.pick(ANDROID_DEVICES), f.pick(RN_DEVICES), f.pick(FLUTTER_DEVICES)
    f.page = f.pick(paths or WEB_PATHS)
    f.page_name = name or ""
    user = f.uid()
    msg = {
        "type": kind,
        "messageId": f.pick(["ajs-next-", "", ""]) + f.uuid(),
        "timestamp": iso(f.t0),
        "sentAt": iso(f.t0 + timedelta(milliseconds=f.r.randint(40, 30000))),
        "anonymousId": f.uuid(),
        "userId": user,
    }
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = "hh_" + f.digits(8)
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body is not None:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = NFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, country, weight, body in ALL + SCREENS:
            for _ in range(weight):
                events.append(message(f, kind, name, client, country, body, labels))
        for kind, name, client, country, weight, paths, extra in PAGES:
            for _ in range(weight):
                events.append(
                    message(f, kind, name, client, country, {**page_props(), **extra}, labels, paths)
                )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=276, repeats=11)
    write(Path(__file__).parent, "holdout276_", events, labels)
