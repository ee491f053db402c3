"""Writes holdout277: tests/corpus/holdout277_events.jsonl and holdout277_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py, fake.py,
build_holdout3.py (for the format), REFERENCE.md and DESIGN.md were read.

Domain: a construction-site workforce, access-control and safety platform operating in Qatar,
Chile and Canada. Worker onboarding (QID, RUT, SIN, passports, visa sponsorship, trade
certificates, Red Seal / CCQ cards, employment-equity self-identification), site inductions,
turnstile badge scans (access-controller payloads: credential numbers, facility codes, snapshots),
a gate kiosk looking workers up by QID, toolbox talks, incident and injury reports (including a
Chilean DIAT and an Ontario Form 7), drug and alcohol tests, heat-stress checks, clock-in with
geofence and selfie, timesheets, payroll to bank accounts (Qatar WPS/SIF records with Title Case
keys, Chilean payslips with RUT and account numbers, Canadian direct deposit and pay stubs),
subcontractor companies (group calls) with compliance documents and Stripe billing, DocuSign and
Twilio webhooks, SCIM provisioning, AEMP/ISO 15143-3-style equipment telematics with GPS, custom
fields keyed by id, a PPE store (Segment e-commerce spec), a careers site with ad click ids,
reverse-ETL identifies in SCREAMING_SNAKE, and supervisors' and assistants' free text.
Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries, each with its own `context` shape. Keys are mostly camelCase and snake_case;
about a fifth of the paths are .NET PascalCase, Twilio's PascalCase, Title Case with spaces (WPS),
kebab-case, SCREAMING_SNAKE, Spanish (Chile), romanised Arabic (Qatar) and Canadian French.
Values follow the country of the event's site: Qatari, Chilean and Canadian phone formats (and
home-country numbers for migrant workers' contacts), RUTs with mod-11 check digits, SINs passing
Luhn, QIDs with birth-year and nationality digits, Qatari IBANs with mod-97 check digits, RAMQ
and provincial health card formats, names from Nepal, India, Bangladesh, the Philippines, Kenya,
Egypt, Sri Lanka, Qatar, Chile (two surnames) and Canada. Deterministic (seed 277).

Conventions: one label per leaf path (arrays as `[]`), shared by every event that carries the
path; `classification` red / yellow / green, `type` the reference's matcher name (or bank
account, geolocation, secret, national id, health id, advertising id, credit score, trade union,
political opinion), `a|b` when either name is fair, `value_only` true when the key does not say
what the value is.

Labelling rules followed (the product's default colours and published policy):
- PII = personal data about a natural person: the user, a worker, a witness, an emergency contact,
  a dependant, a staff member (supervisor, collector, signer). Colour = the reference's default
  colour for the matcher; outside the reference, red for secrets/credentials, card numbers, bank
  accounts, government ids and health ids, yellow otherwise (geolocation, advertising id...).
- Green: ids we issue (worker/employee numbers, badge credential numbers and facility codes,
  timesheet, incident, claim, specimen and envelope ids), UUIDs, versions, timestamps, hashes of
  files, amounts that are not pay, enums, counters and booleans even under PII-sounding keys,
  company / site / camp / product / equipment names, job titles and employers, the country /
  region / province, locale, language, timezone, user agents and OS-issued device ids.
- A business's own contact data is green: a company switchboard, role mailboxes, the Twilio
  sending number, a subcontractor's office address, a company's RUT / business number / CR
  number; by the same rule the employer's own payer IBAN in a WPS file is green (it is not a
  natural person's account).
- Fixed coordinates of sites and gates are green (a place, not the person's); GPS fixes taken
  from a worker's phone, a clock-in, an SOS, an incident location or a machine with a named
  operator on board are that person's precise location: yellow geolocation.
- Policy cases: claim numbers (WSIB, mutualidad folios) green; ages and marital status green; pay,
  hourly rates, base / net salary and extra income yellow `salary` (hours worked green); union
  locals and union dues yellow `trade union`; plates yellow `license`, VINs and machine PINs
  yellow `serial`; gclid / fbclid yellow `advertising id`; Stripe `pm_` ids, one-time codes and
  sign-in link tokens red `token`; provincial health cards, RAMQ and Hamad health card numbers red
  `health id`; answers about the right to work, work-permit / residence status, visa numbers and
  visa types and sponsorship red `visa`; card brand, last four and expiry, bank institution and
  transit numbers green.
- Health: drug-test results, breath-alcohol readings, injuries, body parts, body temperature,
  heart rate and fitness-for-work outcomes are health data about the person: yellow
  `condition|diagnosis` (treatments `procedure`, declared medicines `medication`); booleans that
  reveal a special category (self-identified disability red `disability`, veteran red `veteran`,
  indigenous / visible-minority self-identification yellow `ethnicity|race`) carry that category.
- Trade certificate and licence numbers held by a worker are yellow `certificate` / `license`;
  the certificate's type is an enum: green.
- Free text is labelled by what every one of its values carries (each template below either puts
  the PII in every value or in none); `value_only` PII paths hold it in every value.
- Undecidable cases resolved as a careful privacy owner would want: turnstile snapshots and
  clock-in selfies are yellow `photo`; union-dues amounts (zero or not) reveal membership: yellow
  `trade union`; a fuel-card PIN is red `password`; a QID typed into a kiosk search (`term`) is
  red `national id`, value only; badge text printed as "Surname, Given — Trade" is a name.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------------

NAMES = {
    "NP": (
        ["Ram", "Bishnu", "Hari", "Krishna", "Suman", "Dil", "Bikash", "Prakash", "Anil", "Min"],
        ["Thapa", "Gurung", "Tamang", "Rai", "Magar", "Shrestha", "Limbu", "Sherpa", "Adhikari"],
    ),
    "IN": (
        ["Rajesh", "Suresh", "Mohammed", "Vijay", "Manoj", "Sanjay", "Arun", "Abdul", "Senthil"],
        ["Kumar", "Yadav", "Singh", "Nair", "Pillai", "Shaikh", "Reddy", "Varghese", "Murugan"],
    ),
    "BD": (
        ["Md. Abdul", "Rafiqul", "Shahidul", "Jahangir", "Nurul", "Kamal", "Mizanur"],
        ["Islam", "Hossain", "Alam", "Rahman", "Miah", "Uddin", "Sarker"],
    ),
    "PH": (
        ["Jose", "Mark Anthony", "Jericho", "Rommel", "Arnel", "Maricel", "Rodel", "Jayson"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Ramos"],
    ),
    "KE": (
        ["Peter", "Joseph", "Wanjiru", "Kipchoge", "Brian", "Faith", "Dennis"],
        ["Kamau", "Otieno", "Mwangi", "Kiprop", "Wafula", "Njoroge", "Ochieng"],
    ),
    "EG": (
        ["Ahmed", "Mahmoud", "Mostafa", "Ibrahim", "Tarek", "Youssef"],
        ["El-Sayed", "Hassan", "Abdelrahman", "Farouk", "Mansour", "Saleh"],
    ),
    "LK": (["Nuwan", "Chaminda", "Ruwan", "Dilshan"], ["Perera", "Fernando", "Jayasuriya", "Silva"]),
    "QA": (
        ["Khalid", "Mariam", "Noora", "Abdulla", "Fatma", "Jassim", "Hessa"],
        ["Al-Kuwari", "Al-Marri", "Al-Mohannadi", "Al-Sulaiti", "Al-Emadi", "Al-Naimi"],
    ),
    "CL": (
        [
            "Camila",
            "Matías",
            "Benjamín",
            "Javiera",
            "Cristóbal",
            "Francisca",
            "Sebastián",
            "Constanza",
            "Ignacio",
            "Valentina",
            "José Luis",
            "María José",
            "Yorman",
            "Wilner",
            "Yeison",
            "Nathaly",
        ],
        [
            "González",
            "Muñoz",
            "Rojas",
            "Díaz",
            "Pérez",
            "Soto",
            "Contreras",
            "Silva",
            "Sepúlveda",
            "Morales",
            "Fuentes",
            "Valenzuela",
            "Araya",
            "Pierre",
            "Castillo",
            "Quispe",
        ],
    ),
    "CA": (
        [
            "Émilie",
            "Jean-François",
            "Mathieu",
            "Geneviève",
            "Liam",
            "Owen",
            "Harpreet",
            "Gurpreet",
            "Jaskaran",
            "Wei",
            "Mykola",
            "Oksana",
            "João",
            "Marco",
            "Kayla",
            "Tyler",
            "Darnell",
            "Aisha",
            "Siddharth",
            "Shanice",
        ],
        [
            "Tremblay",
            "Gagnon",
            "Côté",
            "Bouchard",
            "MacDonald",
            "Sandhu",
            "Gill",
            "Dhillon",
            "Wong",
            "Kovalenko",
            "Medeiros",
            "Ferreira",
            "Rossi",
            "Campbell",
            "Cardinal",
            "Mohamud",
            "Thompson",
            "O'Neill",
        ],
    ),
}
QA_ORIGINS = ["NP", "IN", "BD", "PH", "KE", "EG", "LK"]
ISO_NUM = {"NP": 524, "IN": 356, "BD": 50, "PH": 608, "KE": 404, "EG": 818, "LK": 144, "QA": 634}
NATIONALITY = {
    "NP": "Nepalese",
    "IN": "Indian",
    "BD": "Bangladeshi",
    "PH": "Filipino",
    "KE": "Kenyan",
    "EG": "Egyptian",
    "LK": "Sri Lankan",
    "QA": "Qatari",
}
MAIL_DOMAINS = {
    "QA": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "yahoo.co.in"],
    "CL": ["gmail.com", "hotmail.com", "outlook.cl", "yahoo.es", "vtr.net"],
    "CA": ["gmail.com", "outlook.com", "hotmail.ca", "videotron.ca", "shaw.ca", "icloud.com"],
}
CA_FSA = ["M6H", "M4C", "L5B", "H2X", "H1V", "V5K", "T2E", "T3J", "K2P", "L6R", "J4K", "V3W"]
CA_CITIES = ["Toronto", "Mississauga", "Brampton", "Montréal", "Laval", "Vancouver", "Surrey", "Calgary"]
CA_STREETS = ["Dundas St W", "Kingsway", "rue Saint-Denis", "Eglinton Ave E", "boul. Décarie", "17 Ave SE"]
CL_COMUNAS = ["Antofagasta", "Calama", "Maipú", "Puente Alto", "Independencia", "Rancagua", "Copiapó"]
CL_STREETS = [
    "Pasaje Los Aromos",
    "Av. Grecia",
    "Calle Sucre",
    "Av. Pajaritos",
    "Pje. El Quisco",
    "Av. Balmaceda",
]
QA_CAMPS = ["Barwa Al Baraha", "Labour City", "Asian Town Block", "Mesaieed Camp", "Umm Salal Camp"]
SITES = [
    ("QA-LUS-04", "Lusail Marina Tower B", 25.42617, 51.49113),
    ("QA-MSB-11", "Msheireb Phase 3", 25.28669, 51.52442),
    ("CL-ANF-02", "Planta Desaladora Antofagasta", -23.63012, -70.39814),
    ("CL-STG-07", "Edificio Parque Titanium II", -33.41544, -70.60392),
    ("CA-TOR-15", "Eglinton Crosstown West Stn", 43.69701, -79.44315),
    ("CA-MTL-03", "REM Griffintown Guideway", 45.49365, -73.55811),
    ("CA-YYC-09", "Calgary Green Line Segment 1", 51.03642, -114.04937),
]
# A subcontractor's own (business) contact data: green by policy.
SUB_INFO = {
    "QA": [
        (
            "Al Jaber Scaffolding WLL",
            "https://aljaberscaffold.qa",
            "+974 4460 1200",
            "Street 41, Industrial Area",
            "Doha",
            "info@aljaberscaffold.qa",
        ),
        (
            "Gulf Rebar Trading & Contracting",
            "https://gulfrebar.com.qa",
            "+974 4411 8730",
            "Salwa Road, Building 212",
            "Doha",
            "hse@gulfrebar.com.qa",
        ),
    ],
    "CL": [
        (
            "Constructora Pacífico SpA",
            "https://constructorapacifico.cl",
            "+56 2 2940 1100",
            "Av. Apoquindo 4501, of. 1202",
            "Las Condes",
            "contacto@constructorapacifico.cl",
        ),
        (
            "Montajes Industriales del Norte Ltda",
            "https://montajesnorte.cl",
            "+56 55 241 3300",
            "Av. Argentina 1850",
            "Antofagasta",
            "prevencion@montajesnorte.cl",
        ),
    ],
    "CA": [
        (
            "Maple Leaf Formwork Inc.",
            "https://mapleleafformwork.ca",
            "+1 905-555-0142",
            "2200 Dundas St E",
            "Mississauga",
            "admin@mapleleafformwork.ca",
        ),
        (
            "Électricité Laurentides inc.",
            "https://elec-laurentides.ca",
            "+1 514 555 0199",
            "1450 boul. Industriel",
            "Laval",
            "info@elec-laurentides.ca",
        ),
        (
            "Prairie Crane Rentals Ltd.",
            "https://prairiecrane.ca",
            "+1 403-555-0187",
            "5600 72 Ave SE",
            "Calgary",
            "dispatch@prairiecrane.ca",
        ),
    ],
}
TRADES = ["Electrician", "Steel Fixer", "Carpenter", "Scaffolder", "Mason", "Rigger", "Welder", "Pipefitter"]


class F(Fake):
    """Fake, plus the countries and documents of this domain."""

    cur = SITES[0]

    def region(self) -> str:
        """The country of the event's site: values default to it, so an event hangs together."""
        return self.cur[0][:2]

    def next_site(self, country=None) -> None:
        self.cur = self.pick([s for s in SITES if country is None or s[0].startswith(country)])
        self.sub = self.pick(SUB_INFO[self.cur[0][:2]])

    def nm(self, region=None):
        region = region or self.region()
        if region == "QA":
            region = self.pick([*QA_ORIGINS, "QA"])
        firsts, lasts = NAMES[region]
        return self.pick(firsts), self.pick(lasts)

    def person(self, region=None) -> str:
        region = region or self.region()
        if region == "CL":
            firsts, lasts = NAMES["CL"]
            return f"{self.pick(firsts)} {self.pick(lasts)} {self.pick(lasts)}"
        first, last = self.nm(region)
        return f"{first} {last}"

    def given(self, region=None) -> str:
        return self.nm(region)[0]

    def family(self, region=None) -> str:
        return self.nm(region)[1]

    def mail(self, region=None) -> str:
        region = region or self.region()
        first, last = self.nm(region)

        def clean(text: str) -> str:
            ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
            return "".join(c for c in ascii_ if c.isalnum()).lower()

        first, last = clean(first), clean(last)
        user = self.pick([f"{first}.{last}", f"{first}{last}{self.r.randint(1, 99)}", f"{first[0]}{last}"])
        return f"{user}@{self.pick(MAIL_DOMAINS['QA' if region not in MAIL_DOMAINS else region])}"

    def tel(self, region=None) -> str:
        region = region or self.region()
        r = self.r
        if region == "QA":
            n = f"{r.choice('3567')}{r.randint(0, 999):03d}{r.randint(0, 9999):04d}"
            return self.pick([f"+974 {n[:4]} {n[4:]}", f"+974{n}", f"{n[:4]} {n[4:]}", f"00974{n}"])
        if region == "CL":
            n = f"9{r.randint(1000, 9999)}{r.randint(1000, 9999)}"
            return self.pick([f"+56 9 {n[1:5]} {n[5:]}", f"+56{n}", f"{n[0]} {n[1:5]} {n[5:]}", f"(+56) {n}"])
        if region == "HOME":
            return self.pick(
                [
                    f"+977 98{r.randint(0, 9)}-{r.randint(1000000, 9999999)}",
                    f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
                    f"+880 17{r.randint(10, 99)}-{r.randint(100000, 999999)}",
                    f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"+254 7{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                ]
            )
        area = self.pick(["416", "647", "437", "514", "438", "604", "778", "403", "587", "905"])
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"({area}) {ex}-{line:04d}",
                f"+1 {area}-{ex}-{line:04d}",
                f"+1{area}{ex}{line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    def rut(self, company=False) -> str:
        body = self.r.randint(76_000_000, 77_999_999) if company else self.r.randint(6_000_000, 27_999_999)
        total, factor = 0, 2
        for d in reversed(str(body)):
            total += int(d) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
        dotted = f"{body:,}".replace(",", ".")
        return self.pick([f"{dotted}-{dv}", f"{body}-{dv}", f"{dotted}-{dv}"])

    def sin(self) -> str:
        n = self.luhn_complete(self.pick("12345679") + "".join(str(self.r.randint(0, 9)) for _ in range(7)))
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def qid(self, region=None) -> str:
        region = region or self.pick(QA_ORIGINS)
        century, year = self.pick("23"), self.r.randint(60, 99) if region != "QA" else self.r.randint(70, 99)
        return f"{century}{year:02d}{ISO_NUM[region]:03d}{self.r.randint(0, 99999):05d}"

    def passport(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{r.choice('JKLMNPRSTUVZ')}{r.randint(1000000, 9999999)}",
                f"PA{r.randint(1000000, 9999999)}",
                f"P{r.randint(1000000, 9999999)}{r.choice('ABC')}",
                f"E{r.choice('BC')}{r.randint(1000000, 9999999)}",
                f"AK{r.randint(1000000, 9999999)}",
                f"A{r.randint(10000000, 99999999)}",
                f"{r.choice(['AB', 'HL', 'GK'])}{r.randint(100000, 999999)}",
            ]
        )

    def iban_qa(self) -> str:
        bank = self.pick(["QNBA", "DOHB", "CBQA", "QIIB", "MSHQ"])
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(21))
        numeric = "".join(str(int(c, 36)) for c in bban + "QA00")
        raw = f"QA{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def ramq(self) -> str:
        last, first = self.pick(["TREM", "GAGN", "COTE", "BOUC", "ROYM", "LAVA"]), self.r.choice("JMGELS")
        yy, mm, dd = self.r.randint(60, 99), self.r.randint(1, 12) + self.pick([0, 50]), self.r.randint(1, 28)
        return f"{last[:3]}{first} {yy:02d}{mm:02d} {dd:02d}{self.r.randint(10, 99)}"

    def health_card(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-"
                + self.pick(["AB", "KL", "MX"]),
                f"9{r.randint(100000000, 999999999)}",
                self.ramq(),
            ]
        )

    def postal(self, region=None) -> str:
        region = region or self.region()
        r = self.r
        if region == "CA":
            return f"{self.pick(CA_FSA)} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        if region == "CL":
            return f"{r.randint(1240000, 8320000)}"
        return ""

    def home(self, region=None) -> str:
        region = region or self.region()
        r = self.r
        if region == "CA":
            unit = self.pick(["", f"Apt {r.randint(101, 2405)}, ", f"{r.randint(1, 12)}-"])
            return f"{unit}{r.randint(10, 9999)} {self.pick(CA_STREETS)}"
        if region == "CL":
            flat = self.pick(["", f", depto {r.randint(101, 1804)}"])
            return f"{self.pick(CL_STREETS)} {r.randint(100, 4999)}{flat}"
        return self.pick(
            [
                f"{self.pick(QA_CAMPS)}, Block {r.choice('ABCDEF')}, Room {r.randint(101, 460)}",
                f"Zone {r.randint(20, 91)}, Street {r.randint(100, 999)}, "
                f"Building {r.randint(1, 80)}, Flat {r.randint(1, 24)}",
                f"Industrial Area Street {r.randint(1, 52)}, Camp {r.randint(1, 30)}, "
                f"Room {r.randint(1, 300)}",
            ]
        )

    def city_of(self, region) -> str:
        return self.pick(
            {"CA": CA_CITIES, "CL": CL_COMUNAS, "QA": ["Doha", "Al Wakrah", "Al Khor", "Lusail"]}[region]
        )

    def near(self, lat: float, lon: float, spread=0.01):
        return round(lat + self.r.uniform(-spread, spread), 6), round(
            lon + self.r.uniform(-spread, spread), 6
        )

    def site(self):
        return self.pick(SITES)

    def site_lat(self):
        return self.near(*self.cur[2:])[0]

    def site_lon(self):
        return self.near(*self.cur[2:])[1]

    def e164(self, region=None) -> str:
        region = region or self.region()
        digits = "".join(c for c in self.tel(region) if c.isdigit())
        if digits.startswith("00"):
            digits = digits[2:]
        prefix = {"QA": "974", "CL": "56", "CA": "1"}[region]
        return "+" + (digits if digits.startswith(prefix) and len(digits) > 9 else prefix + digits)

    def worker_no(self) -> str:
        return self.pick(["W", "EMP-", "TRB"]) + self.digits(6)

    def ca_account(self) -> str:
        return self.digits(self.pick([7, 7, 12, 11]))

    def cl_account(self) -> str:
        return self.pick(
            [
                str(self.r.randint(6_000_000, 27_999_999)),
                self.digits(10),
                f"00-{self.digits(3)}-{self.digits(5)}-{self.digits(2)}",
            ]
        )

    def pm(self) -> str:
        return "pm_" + "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)
        )

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["1FT", "2T3", "3GC", "KMH", "JTD", "8AD", "MR0"]) + "".join(
            self.r.choice(chars) for _ in range(14)
        )

    def plate(self) -> str:
        r = self.r
        return self.pick(
            [
                f"{r.randint(100000, 999999)}",
                "".join(r.choice("BCDFGHJKLP") for _ in range(4)) + str(r.randint(10, 99)),
                "".join(r.choice("ABCDEFGH") for _ in range(4)) + f" {r.randint(100, 999)}",
                f"{r.randint(100, 999)} "
                + "".join(r.choice("ABCDEFGHJKLMN") for _ in range(2))
                + str(r.randint(1, 9)),
            ]
        )

    def when(self) -> str:
        return self.iso()

    def day(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def ip(self) -> str:
        return self.ipv4() if self.r.random() < 0.85 else self.ipv6()


# -- templates ----------------------------------------------------------------------------------------


class Opt:
    """A key present in about `p` of the events, or in those where `p(f)` is true."""

    def __init__(self, item: Any, p: Any = 0.6):
        self.item, self.p = item, p

    def present(self, f: "F") -> bool:
        return self.p(f) if callable(self.p) else f.r.random() < self.p


def render(template: Any, f: F, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if not value.present(f):
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def pick(*items):
    return lambda f: f.pick(list(items))


# -- contexts ------------------------------------------------------------------------------------------


def web_context(f: F):
    page = f.pick(
        ["/workers", "/incidents/new", "/timesheets", "/compliance", "/careers/apply", "/shop/checkout"]
    )
    host = f.pick(["app.siteguard.io", "careers.siteguard.io", "ppe.siteguard.io"])
    return {
        "library": {"name": G(pick("analytics.js")), "version": G(pick("npm:next-1.72.0", "next-1.74.1"))},
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                pick("", "https://www.google.com/", "https://ca.indeed.com/", "https://www.bayt.com/")
            ),
            "search": G(pick("", "?utm_source=indeed&utm_medium=job_board", "?tab=open", "?site=QA-LUS-04")),
            "title": G(pick("SiteGuard", "Workers | SiteGuard", "Apply - SiteGuard Careers", "PPE Store")),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(
            pick(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/17.4 Safari/605.1.15",
                "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/123.0.6312.99 Mobile Safari/537.36",
            )
        ),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(pick("Chromium", "Microsoft Edge", "Not-A.Brand", "Google Chrome")),
                        "version": G(pick("124", "99", "123")),
                    },
                    3,
                ),
                "mobile": G(pick(False, True)),
                "platform": G(pick("Windows", "Android", "macOS")),
            },
            0.7,
        ),
        "locale": G(pick("en-US", "en-CA", "fr-CA", "es-CL", "ar-QA", "en-GB")),
        "timezone": G(pick("Asia/Qatar", "America/Santiago", "America/Toronto", "America/Edmonton")),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": G(pick("spring_hiring_2024", "ppe_restock", "lusail_ramp_up")),
                "source": G(pick("indeed", "newsletter", "google", "facebook")),
                "medium": G(pick("job_board", "email", "cpc", "paid_social")),
                "content": G(pick("banner_a", "electricians", "welders_cl")),
            },
            0.3,
        ),
    }


def swift_context(f: F):
    return {
        "app": {
            "name": G(pick("SiteGuard Crew")),
            "version": G(pick("4.8.2", "4.9.0", "4.9.1")),
            "build": G(pick("1204", "1219", "1223")),
            "namespace": G(pick("io.siteguard.crew")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone14,5", "iPhone15,2", "iPhone12,8", "iPhone16,1")),
            "name": G(pick("iPhone")),
            "type": G(pick("ios")),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.0"))},
        "os": {"name": G(pick("iOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 375)), "height": G(pick(844, 852, 667))},
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick("en-QA", "ar-QA", "en-CA", "fr-CA", "es-CL")),
        "timezone": G(pick("Asia/Qatar", "America/Toronto", "America/Santiago")),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: F):
    return {
        "app": {
            "name": G(pick("SiteGuard Crew")),
            "version": G(pick("4.8.2", "4.9.0")),
            "build": G(pick("48201", "49003")),
            "namespace": G(pick("io.siteguard.crew")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "OPPO", "Google")),
            "model": G(pick("SM-A145F", "Redmi Note 12", "CPH2477", "Pixel 7a")),
            "name": G(pick("a14", "tapas", "OP5961L1", "lynx")),
            "type": G(pick("android")),
            "adTrackingEnabled": G(pick(True, False)),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.15.2", "1.16.3"))},
        "os": {"name": G(pick("Android")), "version": G(pick("13", "14", "12"))},
        "screen": {
            "density": G(pick(2.0, 2.625, 3.0)),
            "width": G(pick(720, 1080)),
            "height": G(pick(1600, 2400)),
        },
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(pick(False)),
            "carrier": G(pick("Ooredoo", "Vodafone Qatar", "Entel", "WOM", "Rogers", "Vidéotron")),
        },
        "locale": G(pick("en-QA", "ne-NP", "hi-IN", "es-CL", "fr-CA")),
        "timezone": G(pick("Asia/Qatar", "America/Santiago", "America/Toronto")),
        "userAgent": G(pick("Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)")),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: F):
    region = f.region()
    return {
        "app": {
            "name": G(pick("SiteGuard Foreman")),
            "version": G(pick("2.31.0", "2.32.1")),
            "build": G(pick("231", "2321")),
            "namespace": G(pick("io.siteguard.foreman")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone13,2", "SM-G991B", "SM-S918W")),
            "name": G(pick("iPhone", "o1s", "dm3q")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(pick("analytics-react-native")), "version": G(pick("2.19.2", "2.20.0"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "locale": G(pick("en-CA", "fr-CA", "es-CL", "en-QA")),
        "timezone": G(pick("America/Toronto", "America/Santiago", "Asia/Qatar")),
        "traits": {
            "email": Y(lambda f: f.mail(region), "email"),
            "firstName": Y(lambda f: f.given(region), "name"),
            "lastName": Y(lambda f: f.family(region), "name"),
            "phone": Y(lambda f: f.tel(region), "phone"),
            "role": G(pick("foreman", "superintendent", "hse_officer")),
            "employerId": G(lambda f: "emp_" + f.digits(5)),
        },
    }


def flutter_context(f: F):
    _, _, lat, lon = f.cur
    return {
        "app": {
            "name": G(pick("SiteGuard Clock")),
            "version": G(pick("1.12.0", "1.13.2")),
            "build": G(pick("112", "1132")),
            "namespace": G(pick("io.siteguard.clock")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("samsung", "HUAWEI", "Apple")),
            "model": G(pick("SM-A057F", "MAR-LX1A", "iPhone12,1")),
            "type": G(pick("android", "ios")),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.4", "1.1.7"))},
        "os": {"name": G(pick("Android", "iOS")), "version": G(pick("13", "10", "17.2"))},
        "screen": {"width": G(pick(1080, 828)), "height": G(pick(2340, 1792))},
        "locale": G(pick("en", "ne", "bn", "es", "fr")),
        "timezone": G(pick("Asia/Qatar", "America/Santiago", "America/Toronto")),
        "location": {
            "latitude": Y(lambda f: f.near(lat, lon, 0.004)[0], "geolocation"),
            "longitude": Y(lambda f: f.near(lat, lon, 0.004)[1], "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 1.5), 2)),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.2",
    "@segment/analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.8.0",
    "Analytics.NET": "3.8.1",
}


def server_context(lib: str, ip=False):
    def make(f: F):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if ip:
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
        if lib == "analytics-ruby":
            ctx["externalIds"] = Opt(
                Many(
                    {
                        "id": Y(lambda f: f.mail(), "email", True),
                        "type": G(pick("email")),
                        "collection": G(pick("users")),
                        "encoding": G(pick("none")),
                    },
                    1,
                ),
                0.5,
            )
        ctx["groupId"] = Opt(G(lambda f: "sub_" + f.digits(4)), 0.4)
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("@segment/analytics-node", ip=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", ip=True),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}

# -- events ----------------------------------------------------------------------------------------


def ppe_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: (
                f.pick(["PPE", "SFT", "HVZ"])
                + "-"
                + f.digits(4)
                + "-"
                + f.pick(["S", "M", "L", "XL", "42", "44"])
            )
        ),
        "name": G(
            pick(
                "Hi-Vis Vest Class 2",
                "Steel Toe Boot 6in",
                "Hard Hat Type II",
                "Cut-Resistant Gloves A4",
                "Full Body Harness",
                "Cooling Neck Wrap",
                "Safety Glasses Anti-Fog",
            )
        ),
        "brand": G(pick("MSA", "3M", "Caterpillar", "Ansell", "Portwest", "Dewalt")),
        "category": G(pick("Head Protection", "Footwear", "Hand Protection", "Fall Protection", "Hi-Vis")),
        "variant": G(pick("Orange", "Yellow", "Size 10", "Large", "Navy")),
        "price": G(lambda f: f.money(8, 320)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def emergency_contact(region: str):
    return {
        "name": Y(lambda f: f.person(region), "name"),
        "relationship": G(pick("spouse", "brother", "mother", "father", "sister", "friend")),
        "phone": Y(lambda f: f.tel("HOME" if region == "QA" else region), "phone"),
    }


SUP_NOTES = [
    "Called {name} at {phone} re: no-show on Tuesday, left voicemail",
    "{name} asked to move to night shift, reach him on {phone}",
    "Spoke with {name} ({phone}) about harness not clipped at level 14",
    "{name} late again. Wife called from {phone} to say he is sick",
]
SMS_BODIES = [
    "Hi {first}, your site induction at {site} is booked for 06:30 tomorrow. Bring your ID. "
    "Reply STOP to opt out",
    "{first}, your badge for {site} expires in 7 days. Please renew your induction.",
    "Hola {first}, tu turno en {site} comienza a las 07:00. Responde NO para cancelar",
    "Bonjour {first}, votre carte d'accès pour {site} est prête au poste de garde.",
]
ASSISTANT_INPUTS = [
    "show timesheet for {name} last week",
    "who approved {name} overtime",
    "is {name} inducted at Lusail",
    "¿dónde está el certificado de {name}?",
]
INCIDENT_TEXT = [
    "{name} tripped over rebar ends at grid C4 and fell on his left wrist",
    "{name} struck by swinging load during lift, first aid on site",
    "Near miss: {name} walked under suspended load, stopped by banksman",
    "{name} reported dizziness after 3h in the sun, moved to welfare cabin",
]
TOOLBOX_NOTES = [
    "Reviewed ladder inspection checklist and 3-point contact",
    "Heat stress: drink 250ml every 15 min, buddy checks",
    "Excavation edge protection, spoil 1m back from edge",
    "Repaso de uso de arnés y línea de vida",
    "Rappel : port des lunettes obligatoire dans la zone de meulage",
]


def fill(f: F, templates: list[str], region=None) -> str:
    region = region or f.region()
    site = f.cur[1]
    return f.pick(templates).format(
        name=f.person(region), first=f.given(region), phone=f.tel(region), site=site
    )


EVENTS: list[tuple[str, str | None, str, dict, int]] = [
    # (type, event or screen/page name, client, body, weight)
    # -- onboarding ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "mobilePhone": Y(lambda f: f.tel(), "phone"),
            "preferredLanguage": G(pick("en", "ne", "hi", "es", "fr", "ar", "tl")),
            "trade": G(lambda f: f.pick(TRADES)),
            "employer": G(lambda f: f.sub[0]),
            "jobTitle": G(pick("Foreman", "Labourer", "Journeyman", "Apprentice 2nd yr")),
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "inductionStatus": G(pick("pending", "complete", "expired")),
            "age": G(lambda f: f.r.randint(19, 62)),
            "workerNumber": G(lambda f: f.worker_no()),
            "createdAt": G(lambda f: f.when()),
            "homeAddress": Opt(
                {
                    "street": Y(lambda f: f.home("CA"), "address|street"),
                    "city": Y(lambda f: f.city_of("CA"), "city"),
                    "province": G(pick("ON", "QC", "AB", "BC")),
                    "postalCode": Y(lambda f: f.postal("CA"), "zipcode"),
                    "country": G(pick("CA")),
                },
                lambda f: f.region() == "CA",
            ),
        },
        3,
    ),
    (
        "identify",
        None,
        "ruby",
        {
            "WORKER_ID": G(lambda f: f.worker_no()),
            "FULL_NAME": Y(lambda f: f.person(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "MOBILE_NUMBER": Y(lambda f: f.tel(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1962, 2005), "birthdate"),
            "NATIONALITY": Y(
                lambda f: f.pick([*NATIONALITY.values(), "Chilean", "Venezuelan", "Canadian"]),
                "citizenship",
            ),
            "SITE_CODE": G(lambda f: f.cur[0]),
            "LAST_BADGE_SCAN_AT": G(lambda f: f.when()),
            "INDUCTIONS_COMPLETED": G(lambda f: f.r.randint(0, 9)),
            "TOTAL_HOURS_YTD": G(lambda f: round(f.r.uniform(0, 2400), 1)),
            "IS_ACTIVE": G(pick(True, False)),
            "DBT_UPDATED_AT": G(lambda f: f.when()),
            "MARITAL_STATUS": G(pick("single", "married", "divorced")),
        },
        2,
    ),
    (
        "track",
        "Worker Registered",
        "php",
        {
            "amil_id": G(lambda f: f.worker_no()),
            "ism_al_amil": Y(lambda f: f.person("QA"), "name"),
            "raqam_al_jawwal": Y(lambda f: f.tel("QA"), "phone"),
            "raqam_al_hawiya": RED(lambda f: f.qid(), "national id"),
            "raqam_jawaz_al_safar": RED(lambda f: f.passport(), "passport"),
            "raqam_al_tashira": RED(lambda f: f.digits(9), "visa"),
            "naw_al_tashira": RED(pick("Work Visa", "Family Residence", "Business Visit"), "visa"),
            "al_jinsiya": Y(lambda f: f.pick(list(NATIONALITY.values())), "citizenship"),
            "tarikh_al_milad": Y(lambda f: f.date(1965, 2004), "birthdate"),
            "al_jins": Y(pick("dhakar", "untha"), "gender|sex"),
            "al_diyana": Y(pick("Muslim", "Hindu", "Christian", "Buddhist"), "religion"),
            "al_sakan": Y(lambda f: f.home("QA"), "address"),
            "al_kafeel": G(
                lambda f: f.pick([f.sub[0], "Qatari Diar Contracting", "UrbaCon Trading & Contracting"])
            ),
            "al_mihna": G(lambda f: f.pick(TRADES)),
            "tarikh_al_wusul": G(lambda f: f.day()),
            "raqam_al_batiqa_al_sihiya": RED(lambda f: f.digits(8), "health id"),
        },
        2,
    ),
    (
        "track",
        "Trabajador Registrado",
        "python",
        {
            "rut": RED(lambda f: f.rut(), "national id"),
            "nombres": Y(lambda f: f.given("CL"), "name"),
            "apellido_paterno": Y(lambda f: f.family("CL"), "name"),
            "apellido_materno": Y(lambda f: f.family("CL"), "name"),
            "fecha_nacimiento": Y(lambda f: f.date(1965, 2005), "birthdate"),
            "nacionalidad": Y(
                pick("Chilena", "Venezolana", "Peruana", "Haitiana", "Colombiana", "Boliviana"), "citizenship"
            ),
            "situacion_migratoria": RED(
                pick("Residencia Definitiva", "Visa Temporaria", "Permiso de trabajo en trámite", "Nacional"),
                "visa",
            ),
            "pueblo_originario": Y(pick("Mapuche", "Aymara", "Diaguita", "Ninguno"), "ethnicity"),
            "direccion": Y(lambda f: f.home("CL"), "address|street"),
            "comuna": Y(lambda f: f.city_of("CL"), "city"),
            "region": G(pick("Antofagasta", "Metropolitana", "O'Higgins", "Atacama")),
            "telefono": Y(lambda f: f.tel("CL"), "phone"),
            "correo": Y(lambda f: f.mail("CL"), "email"),
            "estado_civil": G(pick("soltero", "casado", "conviviente civil")),
            "afp": G(pick("AFP Habitat", "AFP Modelo", "AFP Provida", "AFP Uno")),
            "prevision_salud": G(pick("FONASA", "Isapre Colmena", "Isapre Banmédica", "Isapre Cruz Blanca")),
            "cargo": G(pick("Maestro primera", "Jornal", "Soldador calificado", "Capataz")),
            "contratista": G(lambda f: f.sub[0]),
            "contacto_emergencia": {
                "nombre": Y(lambda f: f.person("CL"), "name"),
                "parentesco": G(pick("cónyuge", "madre", "hermano", "hija")),
                "telefono": Y(lambda f: f.tel("CL"), "phone"),
            },
            "fecha_ingreso": G(lambda f: f.day()),
        },
        2,
    ),
    (
        "track",
        "WorkerOnboarded",
        "dotnet",
        {
            "EmployeeNumber": G(lambda f: f.digits(6)),
            "FirstName": Y(lambda f: f.given("CA"), "name"),
            "LastName": Y(lambda f: f.family("CA"), "name"),
            "PreferredName": Y(lambda f: f.given("CA"), "name"),
            "DateOfBirth": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "SIN": RED(lambda f: f.sin(), "social security number|national id"),
            "Email": Y(lambda f: f.mail("CA"), "email"),
            "MobilePhone": Y(lambda f: f.tel("CA"), "phone"),
            "HomeAddress": {
                "Street": Y(lambda f: f.home("CA"), "address|street"),
                "City": Y(lambda f: f.city_of("CA"), "city"),
                "Province": G(pick("ON", "QC", "AB", "BC")),
                "PostalCode": Y(lambda f: f.postal("CA"), "zipcode"),
            },
            "TradeCode": G(pick("309A", "403A", "306A", "272A", "313A")),
            "ApprenticeLevel": G(pick(1, 2, 3, 4)),
            "RedSealCertificateNumber": Y(lambda f: "RS" + f.digits(7), "certificate"),
            "UnionLocal": Y(
                pick("IBEW Local 353", "LiUNA Local 183", "Carpenters Local 27", "UA Local 46"), "trade union"
            ),
            "WorkPermitRequired": RED(pick(True, False), "visa"),
            "HourlyRate": Y(lambda f: f.money(24, 58), "salary"),
            "StartDate": G(lambda f: f.day()),
            "CostCentre": G(pick("CC-4100", "CC-4210", "CC-5000")),
        },
        2,
    ),
    (
        "track",
        "Travailleur inscrit",
        "java",
        {
            "prenom": Y(lambda f: f.given("CA"), "name"),
            "nom": Y(lambda f: f.family("CA"), "name"),
            "courriel": Y(lambda f: f.mail("CA"), "email"),
            "telephone": Y(lambda f: f.tel("CA"), "phone"),
            "nas": RED(lambda f: f.sin(), "social security number|national id"),
            "date_de_naissance": Y(lambda f: f.date(1962, 2006), "birthdate"),
            "adresse": Y(lambda f: f.home("CA"), "address|street"),
            "ville": Y(pick("Montréal", "Laval", "Longueuil", "Québec", "Gatineau"), "city"),
            "code_postal": Y(lambda f: f.postal("CA"), "zipcode"),
            "numero_carte_ccq": Y(lambda f: f.digits(9), "certificate|license"),
            "metier": G(pick("Électricien", "Charpentier-menuisier", "Ferrailleur", "Grutier")),
            "numero_assurance_maladie": RED(lambda f: f.ramq(), "health id"),
            "langue_preferee": G(pick("fr", "en")),
            "employeur": G(lambda f: f.sub[0]),
            "date_embauche": G(lambda f: f.day()),
        },
        2,
    ),
    (
        "track",
        "Dependant Added",
        "node",
        {
            "workerId": G(lambda f: f.worker_no()),
            "sponsorQid": RED(lambda f: f.qid(), "national id"),
            "dependant": {
                "fullName": Y(lambda f: f.person("QA"), "name"),
                "relationship": G(pick("wife", "son", "daughter")),
                "dateOfBirth": Y(lambda f: f.date(1985, 2023), "birthdate"),
                "passportNumber": RED(lambda f: f.passport(), "passport"),
                "qid": RED(lambda f: f.qid(), "national id"),
            },
            "residencePermitType": RED(pick("Family Residence", "Family Visit"), "visa"),
            "housingAllowanceEligible": G(pick(True, False)),
            "dependantsCount": G(lambda f: f.r.randint(1, 5)),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Updated",
        "kotlin",
        {
            "workerId": G(lambda f: f.worker_no()),
            "contacts": Many(emergency_contact("QA"), 2),
            "contactsCount": G(lambda f: f.r.randint(1, 2)),
            "source": G(pick("profile_screen", "induction_wizard")),
        },
        1,
    ),
    (
        "track",
        "Certificate Uploaded",
        "swift",
        {
            "certificateId": G(lambda f: f.uuid()),
            "certificateType": G(
                pick(
                    "Working at Heights",
                    "Confined Space Entry",
                    "WHMIS 2015",
                    "Rigging & Signalling",
                    "CSTS-2020",
                    "OSHA 30",
                )
            ),
            "certificateNumber": Y(lambda f: f.pick(["WAH-", "CSE-", "TC"]) + f.digits(7), "certificate"),
            "holderName": Y(lambda f: f.person(), "name"),
            "issuingBody": G(
                pick("IHSA", "ACSA", "ASP Construction", "Mutual de Seguridad", "Qatar Civil Defence")
            ),
            "issuedOn": G(lambda f: f.date(2019, 2024)),
            "expiresOn": G(lambda f: f.date(2024, 2028)),
            "fileSha256": G(lambda f: f.hexid(64)),
            "pages": G(lambda f: f.r.randint(1, 3)),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
        2,
    ),
    (
        "track",
        "Induction Completed",
        "kotlin",
        {
            "induction_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f.cur[0]),
            "site_name": G(lambda f: f.cur[1]),
            "module_version": G(pick("2024.03", "2024.06", "2023.11")),
            "language": G(pick("ne", "hi", "bn", "en", "es", "fr", "tl")),
            "score": G(lambda f: f.r.randint(60, 100)),
            "passed": G(pick(True, False)),
            "duration_sec": G(lambda f: f.r.randint(900, 4200)),
            "video_completion_pct": G(lambda f: f.r.randint(70, 100)),
            "signed_name": Y(lambda f: f.person(), "name"),
            "quiz_answers": Many(
                {
                    "question_id": G(lambda f: "q" + str(f.r.randint(1, 20))),
                    "answer": G(pick("a", "b", "c", "d")),
                },
                4,
            ),
        },
        2,
    ),
    # -- careers site ----------------------------------------------------------------------------------
    (
        "page",
        "Job Posting",
        "web",
        {
            "path": G(
                pick(
                    "/careers/jobs/electrician-calgary",
                    "/careers/jobs/soldador-antofagasta",
                    "/careers/jobs/steel-fixer-doha",
                )
            ),
            "url": G(lambda f: "https://careers.siteguard.io/careers/jobs/" + f.digits(4)),
            "title": G(pick("Electrician - Calgary", "Soldador - Antofagasta", "Steel Fixer - Doha")),
            "referrer": G(
                pick("https://ca.indeed.com/", "https://www.bayt.com/", "https://www.laborum.cl/", "")
            ),
            "search": G(pick("", "?utm_source=indeed", "?ref=share")),
            "jobId": G(lambda f: "JOB-" + f.digits(5)),
            "jobLocation": G(pick("Calgary, AB", "Antofagasta", "Doha", "Montréal, QC")),
        },
        2,
    ),
    (
        "track",
        "Application Submitted",
        "web",
        {
            "jobId": G(lambda f: "JOB-" + f.digits(5)),
            "jobTitle": G(lambda f: f.pick(TRADES)),
            "jobLocation": G(pick("Calgary, AB", "Antofagasta", "Doha", "Montréal, QC")),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "authorizedToWork": RED(pick("yes", "no"), "visa"),
            "requiresSponsorship": RED(pick(True, False), "visa"),
            "yearsExperience": G(lambda f: f.r.randint(0, 30)),
            "expectedHourlyRate": Y(lambda f: f.money(22, 60), "salary"),
            "hasOwnTools": G(pick(True, False)),
            "referralSource": G(pick("indeed", "friend", "union hall", "bayt")),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + f.hexid(20) + "BE", "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: "IwAR" + f.hexid(28), "advertising id"), 0.4),
            "resumeFileType": G(pick("pdf", "docx")),
        },
        2,
    ),
    (
        "track",
        "Referral Submitted",
        "rn",
        {
            "referrerWorkerId": G(lambda f: f.worker_no()),
            "referredName": Y(lambda f: f.person(), "name"),
            "referredPhone": Y(lambda f: f.tel(), "phone"),
            "trade": G(lambda f: f.pick(TRADES)),
            "bonusEligible": G(pick(True, False)),
            "bonusAmount": G(pick(250, 500, 1000)),
        },
        1,
    ),
    # -- access control ------------------------------------------------------------------------------
    (
        "track",
        "Badge Scanned",
        "node",
        {
            "event_id": G(lambda f: f.uuid()),
            "event_type": G(pick("AccessGranted", "AccessDenied")),
            "door_name": G(pick("Gate 1 Turnstile A", "Gate 3 Vehicle", "North Entry TS-2", "Portón Norte")),
            "direction": G(pick("In", "Out")),
            "credential_number": G(lambda f: str(f.r.randint(1000, 65000))),
            "facility_code": G(pick(57, 112, 201)),
            "card_format": G(pick("H10301 26-bit", "Corporate 1000 35-bit", "iCLASS SE")),
            "cardholder_first_name": Y(lambda f: f.given(), "name"),
            "cardholder_last_name": Y(lambda f: f.family(), "name"),
            "cardholder_guid": G(lambda f: f.uuid()),
            "verify_mode": G(pick("Card", "Card+Face", "Face", "QR")),
            "deny_reason": G(pick("", "InductionExpired", "NotOnSiteList", "AntiPassback")),
            "snapshot_url": Y(lambda f: f"https://vms.siteguard.io/snap/{f.hexid(16)}.jpg", "photo"),
            "body_temp_c": Opt(Y(lambda f: round(f.r.uniform(35.8, 37.9), 1), "condition|diagnosis"), 0.5),
            "controller_serial": G(lambda f: "M" + f.digits(8)),
            "gate_latitude": G(lambda f: round(f.cur[2] + 0.0012, 5)),
            "gate_longitude": G(lambda f: round(f.cur[3] - 0.0009, 5)),
            "timestamp": G(lambda f: f.when()),
        },
        6,
    ),
    (
        "track",
        "badge-printed",
        "node",
        {
            "badge-id": G(lambda f: str(f.r.randint(1000, 65000))),
            "worker-id": G(lambda f: f.worker_no()),
            "label": Y(lambda f: f"{f.family()}, {f.given()} — {f.pick(TRADES)}", "name", True),
            "photo-url": Y(lambda f: f"https://cdn.siteguard.io/badges/{f.uuid()}.png", "photo"),
            "template": G(pick("contractor-orange", "visitor-grey", "staff-blue")),
            "printer-id": G(pick("ZXP7-LUS-01", "ZXP7-TOR-02", "FARGO-ANF")),
            "company": G(lambda f: f.sub[0]),
            "valid-until": G(lambda f: f.date(2024, 2026)),
        },
        2,
    ),
    (
        "track",
        "Visitor Signed In",
        "web",
        {
            "visitorName": Y(lambda f: f.person(), "name"),
            "visitorCompany": G(
                pick("Hilti", "Bureau Veritas", "City of Toronto", "Ashghal", "SMA Inspección")
            ),
            "visitorPhone": Y(lambda f: f.tel(), "phone"),
            "hostName": Y(lambda f: f.person(), "name"),
            "hostEmail": Y(lambda f: f.mail(), "email"),
            "purpose": G(pick("inspection", "delivery", "meeting", "audit")),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "ndaAccepted": G(pick(True)),
            "site_id": G(lambda f: f.cur[0]),
        },
        2,
    ),
    (
        "track",
        "Parking Permit Issued",
        "ruby",
        {
            "permit_number": G(lambda f: "PK-" + f.digits(5)),
            "worker_id": G(lambda f: f.worker_no()),
            "plate": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "vehicle_make": G(pick("Toyota", "Ford", "Chevrolet", "Nissan", "Hyundai")),
            "vehicle_colour": G(pick("white", "silver", "black", "red")),
            "lot": G(pick("P2", "Laydown B", "Estacionamiento 3")),
            "valid_from": G(lambda f: f.day()),
        },
        1,
    ),
    # -- clock in / timesheets ------------------------------------------------------------------------
    (
        "track",
        "Clocked In",
        "flutter",
        {
            "shiftId": G(lambda f: f.uuid()),
            "siteId": G(lambda f: f.cur[0]),
            "method": G(pick("geofence", "qr", "nfc")),
            "accuracyM": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "withinGeofence": G(pick(True, False)),
            "selfieUrl": Y(lambda f: f"https://cdn.siteguard.io/selfies/{f.hexid(20)}.jpg", "photo"),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.7, 0.99), 3)),
            "deviceTime": G(lambda f: f.when()),
            "offlineQueued": G(pick(True, False)),
        },
        5,
    ),
    (
        "track",
        "Clocked Out",
        "flutter",
        {
            "shiftId": G(lambda f: f.uuid()),
            "siteId": G(lambda f: f.cur[0]),
            "method": G(pick("geofence", "qr", "nfc")),
            "hoursWorked": G(lambda f: round(f.r.uniform(4, 12), 2)),
            "breakMinutes": G(lambda f: f.pick([30, 45, 60])),
            "deviceTime": G(lambda f: f.when()),
        },
        4,
    ),
    (
        "track",
        "Timesheet Submitted",
        "rn",
        {
            "timesheetId": G(lambda f: "TS-" + f.digits(7)),
            "weekEnding": G(lambda f: f.day()),
            "crewId": G(lambda f: "crew_" + f.digits(3)),
            "entries": Many(
                {
                    "workerId": G(lambda f: f.worker_no()),
                    "workerName": Y(lambda f: f.person(), "name"),
                    "regularHours": G(lambda f: f.r.choice([32, 40, 44, 48])),
                    "overtimeHours": G(lambda f: round(f.r.uniform(0, 14), 1)),
                    "costCode": G(pick("03-300", "05-120", "26-050", "31-230")),
                    "hourlyRate": Y(lambda f: f.money(14, 62), "salary"),
                },
                5,
            ),
            "totalHours": G(lambda f: round(f.r.uniform(40, 400), 1)),
            "approvedBy": Y(lambda f: f.person(), "name"),
            "submittedLat": Y(lambda f: f.site_lat(), "geolocation"),
            "submittedLng": Y(lambda f: f.site_lon(), "geolocation"),
        },
        3,
    ),
    (
        "screen",
        "Timesheet Review",
        "rn",
        {
            "crewSize": G(lambda f: f.r.randint(2, 30)),
            "pendingApprovals": G(lambda f: f.r.randint(0, 12)),
            "filter": G(pick("this_week", "last_week", "flagged")),
        },
        2,
    ),
    # -- payroll ------------------------------------------------------------------------------------------
    (
        "track",
        "WPS Salary Record Generated",
        "php",
        {
            "Employer EID": G(lambda f: f.digits(8)),
            "Payer QID": RED(lambda f: f.qid("QA"), "national id"),
            "Payer Bank Short Name": G(pick("QNB", "DBQ", "CBQ", "QIIB")),
            "Payer IBAN": G(lambda f: f.iban_qa()),
            "Salary Year and Month": G(lambda f: f"2024{f.r.randint(1, 12):02d}"),
            "Employee QID": RED(lambda f: f.qid(), "national id"),
            "Employee Visa ID": RED(lambda f: f.digits(9), "visa"),
            "Employee Name": Y(lambda f: f.person("QA"), "name"),
            "Employee Bank Short Name": G(pick("QNB", "DBQ", "CBQ", "QIIB", "MAR")),
            "Employee Account": RED(lambda f: f.iban_qa(), "bank account"),
            "Salary Frequency": G(pick("M")),
            "Number of Working days": G(lambda f: f.r.randint(22, 31)),
            "Net Salary": Y(lambda f: f.r.randint(1200, 6500), "salary"),
            "Basic Salary": Y(lambda f: f.r.randint(1000, 4500), "salary"),
            "Extra hours": G(lambda f: f.r.randint(0, 60)),
            "Extra income": Y(lambda f: f.r.randint(0, 900), "salary"),
            "Payment Type": G(pick("Normal Payment", "Salary Advance")),
        },
        3,
    ),
    (
        "track",
        "Payslip Generated",
        "python",
        {
            "worker_rut": RED(lambda f: f.rut(), "national id"),
            "full_name": Y(lambda f: f.person("CL"), "name"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "base_salary": Y(lambda f: f.r.randint(500_000, 1_800_000), "salary"),
            "net_pay": Y(lambda f: f.r.randint(420_000, 1_500_000), "salary"),
            "overtime_hours": G(lambda f: f.r.randint(0, 40)),
            "days_worked": G(lambda f: f.r.randint(15, 30)),
            "family_allowance_dependants": G(lambda f: f.r.randint(0, 4)),
            "pension_fund": G(pick("AFP Habitat", "AFP Modelo", "AFP Provida")),
            "bank_name": G(pick("BancoEstado", "Banco de Chile", "Santander", "BCI")),
            "account_type": G(pick("Cuenta RUT", "Cuenta Corriente", "Cuenta Vista")),
            "account_number": RED(lambda f: f.cl_account(), "bank account"),
            "cost_centre": G(pick("OBRA-ANF-02", "OBRA-STG-07")),
            "union_dues": Y(lambda f: f.pick([0, 0, 8500, 12000]), "trade union"),
        },
        3,
    ),
    (
        "track",
        "Direct Deposit Updated",
        "node",
        {
            "employeeNumber": G(lambda f: f.digits(6)),
            "institutionNumber": G(pick("001", "002", "003", "004", "006", "010", "815")),
            "transitNumber": G(lambda f: f.digits(5)),
            "accountNumber": RED(lambda f: f.ca_account(), "bank account"),
            "accountHolderName": Y(lambda f: f.person("CA"), "name"),
            "voidChequeUploaded": G(pick(True, False)),
            "changedBy": G(pick("self", "payroll_admin")),
            "effectiveDate": G(lambda f: f.day()),
        },
        1,
    ),
    (
        "track",
        "Pay Stub Viewed",
        "node",
        {
            "employeeNumber": G(lambda f: f.digits(6)),
            "payPeriodEnd": G(lambda f: f.day()),
            "grossPay": Y(lambda f: f.money(900, 4200), "salary"),
            "netPay": Y(lambda f: f.money(700, 3200), "salary"),
            "unionDues": Y(lambda f: f.money(20, 90), "trade union"),
            "cppContribution": G(lambda f: f.money(40, 240)),
            "eiPremium": G(lambda f: f.money(15, 70)),
            "province": G(pick("ON", "QC", "AB", "BC")),
            "stubFormat": G(pick("pdf", "html")),
        },
        2,
    ),
    # -- safety -------------------------------------------------------------------------------------------
    (
        "track",
        "Toolbox Talk Held",
        "rn",
        {
            "talkId": G(lambda f: f.uuid()),
            "topic": G(pick("Working at heights", "Heat stress", "Excavations", "Uso de arnés", "Meulage")),
            "siteId": G(lambda f: f.cur[0]),
            "presenterName": Y(lambda f: f.person(), "name"),
            "attendees": Many(
                {
                    "workerId": G(lambda f: f.worker_no()),
                    "name": Y(lambda f: f.person(), "name"),
                    "signedIn": G(pick(True, False)),
                },
                6,
            ),
            "attendeeCount": G(lambda f: f.r.randint(3, 40)),
            "durationMin": G(lambda f: f.pick([10, 15, 20])),
            "language": G(pick("en", "es", "fr", "hi", "ne")),
            "notes": G(lambda f: f.pick(TOOLBOX_NOTES)),
        },
        3,
    ),
    (
        "track",
        "Incident Reported",
        "rn",
        {
            "incidentId": G(lambda f: "INC-" + f.digits(6)),
            "incidentType": G(pick("injury", "near_miss", "property_damage", "first_aid")),
            "severity": G(pick("low", "medium", "high", "critical")),
            "occurredAt": G(lambda f: f.when()),
            "siteId": G(lambda f: f.cur[0]),
            "area": G(pick("Level 14 slab", "Laydown yard", "Tunnel portal", "Zona de acopio")),
            "injuredPerson": {
                "name": Y(lambda f: f.person(), "name"),
                "employeeId": G(lambda f: f.worker_no()),
                "dateOfBirth": Y(lambda f: f.date(1962, 2005), "birthdate"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "employer": G(lambda f: f.sub[0]),
            },
            "bodyPart": Y(
                pick("left wrist", "lower back", "right eye", "head", "fingers"), "condition|diagnosis"
            ),
            "injuryNature": Y(
                pick("laceration", "fracture", "sprain", "heat exhaustion", "contusion"),
                "diagnosis|condition",
            ),
            "treatment": Y(pick("first aid", "sutures", "x-ray", "IV fluids", "none"), "procedure"),
            "lostTime": G(pick(True, False)),
            "witnesses": Many(
                {"name": Y(lambda f: f.person(), "name"), "phone": Y(lambda f: f.tel(), "phone")}, 2
            ),
            "description": Y(lambda f: fill(f, INCIDENT_TEXT), "name", True),
            "location": {
                "lat": Y(lambda f: f.site_lat(), "geolocation"),
                "lng": Y(lambda f: f.site_lon(), "geolocation"),
            },
            "photoCount": G(lambda f: f.r.randint(0, 6)),
            "wsibClaimNumber": Opt(G(lambda f: f.digits(8)), 0.3),
        },
        3,
    ),
    (
        "track",
        "DIAT Enviada",
        "python",
        {
            "folio_diat": G(lambda f: f.digits(10)),
            "mutualidad": G(pick("ACHS", "Mutual de Seguridad", "IST")),
            "rut_trabajador": RED(lambda f: f.rut(), "national id"),
            "nombre_trabajador": Y(lambda f: f.person("CL"), "name"),
            "rut_empleador": G(lambda f: f.rut(company=True)),
            "fecha_accidente": G(lambda f: f.day()),
            "tipo_accidente": G(pick("trabajo", "trayecto")),
            "tipo_lesion": Y(
                pick("contusión", "esguince", "fractura", "herida cortante"), "diagnosis|condition"
            ),
            "parte_cuerpo": Y(
                pick("mano derecha", "tobillo izquierdo", "columna lumbar", "ojo"), "condition|diagnosis"
            ),
            "dias_perdidos": G(lambda f: f.r.randint(0, 30)),
            "testigo_nombre": Y(lambda f: f.person("CL"), "name"),
            "obra": G(lambda f: f.pick(SITES[2:4])[1]),
        },
        2,
    ),
    (
        "track",
        "Form 7 Submitted",
        "java",
        {
            "claimNumber": G(lambda f: f.digits(8)),
            "workerSin": RED(lambda f: f.sin(), "social security number|national id"),
            "workerName": Y(lambda f: f.person("CA"), "name"),
            "workerDob": Y(lambda f: f.date(1962, 2005), "birthdate"),
            "healthCardNumber": RED(lambda f: f.health_card(), "health id"),
            "injuryDate": G(lambda f: f.day()),
            "bodyPartCodes": Many(
                Y(pick("hand", "back", "knee", "shoulder", "eye"), "condition|diagnosis"), 2
            ),
            "healthCareSought": G(pick(True, False)),
            "returnToWorkDate": G(lambda f: f.day()),
            "employerFirmNumber": G(lambda f: f.digits(7)),
            "submittedByEmail": G(pick("hse@mapleleafformwork.ca", "safety@prairiecrane.ca")),
        },
        1,
    ),
    (
        "track",
        "Drug & Alcohol Test Completed",
        "python",
        {
            "test_id": G(lambda f: f.uuid()),
            "donor_id": G(lambda f: f.worker_no()),
            "donor_name": Y(lambda f: f.person(), "name"),
            "test_type": G(pick("pre_access", "random", "post_incident", "reasonable_cause")),
            "specimen_id": G(lambda f: f.digits(10)),
            "panel": G(pick("5-panel", "10-panel", "oral fluid", "breath")),
            "result": Y(pick("negative", "non-negative", "positive", "dilute"), "diagnosis|condition"),
            "bac_reading": Y(lambda f: f.pick([0.0, 0.0, 0.0, 0.012, 0.031, 0.058]), "condition|diagnosis"),
            "declared_medications": Many(
                Y(pick("codeine", "zopiclone", "amoxicillin", "none declared"), "medication"), 2
            ),
            "collector_name": Y(lambda f: f.person(), "name"),
            "collection_site": G(pick("DriverCheck Etobicoke", "Clínica Antofagasta", "Al Emadi Clinic")),
            "mro_verified": G(pick(True, False)),
            "collected_at": G(lambda f: f.when()),
        },
        2,
    ),
    (
        "track",
        "Heat Stress Check",
        "kotlin",
        {
            "check_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f.cur[0]),
            "wbgt_c": G(lambda f: round(f.r.uniform(27, 34), 1)),
            "heart_rate_bpm": Y(lambda f: f.r.randint(62, 148), "condition|diagnosis"),
            "urine_colour_scale": Y(lambda f: f.r.randint(1, 8), "condition|diagnosis"),
            "blood_pressure": Y(
                lambda f: f"{f.r.randint(105, 165)}/{f.r.randint(65, 102)}", "condition|diagnosis"
            ),
            "fit_for_work": Y(pick(True, False), "condition|diagnosis"),
            "hmc_health_card_no": RED(lambda f: f.digits(8), "health id"),
            "checked_by": Y(lambda f: f.person("QA"), "name"),
            "water_litres": G(lambda f: round(f.r.uniform(0.5, 4), 1)),
        },
        2,
    ),
    (
        "track",
        "SOS Triggered",
        "flutter",
        {
            "alertId": G(lambda f: f.uuid()),
            "workerName": Y(lambda f: f.person(), "name"),
            "mobile": Y(lambda f: f.tel(), "phone"),
            "batteryPct": G(lambda f: f.r.randint(3, 100)),
            "trigger": G(pick("button", "man_down", "missed_checkin")),
            "escalatedToPhone": Y(lambda f: f.tel(), "phone"),
            "resolved": G(pick(True, False)),
        },
        1,
    ),
    (
        "track",
        "Hazard Observation Logged",
        "swift",
        {
            "observationId": G(lambda f: f.uuid()),
            "category": G(pick("housekeeping", "PPE", "fall_protection", "electrical")),
            "anonymous": G(pick(True, False)),
            "riskRating": G(pick(1, 2, 3, 4, 5)),
            "photoAttached": G(pick(True, False)),
            "assignedTo": G(lambda f: "usr_" + f.digits(6)),
            "dueDate": G(lambda f: f.day()),
            "trade": G(lambda f: f.pick(TRADES)),
        },
        3,
    ),
    (
        "track",
        "Supervisor Note Added",
        "web",
        {
            "noteId": G(lambda f: f.uuid()),
            "workerId": G(lambda f: f.worker_no()),
            "category": G(pick("attendance", "performance", "safety")),
            "note": Y(lambda f: fill(f, SUP_NOTES), "phone|name", True),
            "visibility": G(pick("supervisors", "hr_only")),
            "followUpRequired": G(pick(True, False)),
        },
        2,
    ),
    (
        "track",
        "Workers Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([f.person(), f.family(), f.given() + " " + f.family()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "filters": {"siteId": G(lambda f: f.cur[0]), "trade": G(lambda f: f.pick([*TRADES, ""]))},
        },
        2,
    ),
    (
        "track",
        "Assistant Prompt Sent",
        "web",
        {
            "conversationId": G(lambda f: f.uuid()),
            "input": Y(lambda f: fill(f, ASSISTANT_INPUTS), "name", True),
            "model": G(pick("gpt-4o-mini", "claude-3-haiku")),
            "latencyMs": G(lambda f: f.r.randint(300, 4800)),
            "tokens": G(lambda f: f.r.randint(40, 900)),
        },
        1,
    ),
    # -- equipment ------------------------------------------------------------------------------------
    (
        "track",
        "Equipment Snapshot",
        "go",
        {
            "equipmentHeader": {
                "oemName": G(pick("Caterpillar", "Komatsu", "Liebherr", "JLG", "Volvo CE")),
                "model": G(pick("320 GC", "PC210LC-11", "LTM 1100-5.2", "1930ES", "EC220E")),
                "equipmentId": G(lambda f: "EQ-" + f.digits(4)),
                "serialNumber": Y(
                    lambda f: f.pick(["CAT0320G", "KMTPC210", "WLHZZZ11"]) + f.digits(9), "serial"
                ),
            },
            "location": {
                "datetime": G(lambda f: f.when()),
                "latitude": Y(lambda f: f.site_lat(), "geolocation"),
                "longitude": Y(lambda f: f.site_lon(), "geolocation"),
                "altitude": G(lambda f: round(f.r.uniform(2, 2300), 1)),
                "altitudeUnits": G(pick("metre")),
            },
            "cumulativeOperatingHours": {"hour": G(lambda f: round(f.r.uniform(100, 12000), 1))},
            "fuelUsedLast24": {
                "fuelUnits": G(pick("litre")),
                "fuelConsumed": G(lambda f: round(f.r.uniform(0, 240), 1)),
            },
            "operator": {
                "badgeNumber": G(lambda f: str(f.r.randint(1000, 65000))),
                "name": Y(lambda f: f.person(), "name"),
            },
        },
        4,
    ),
    (
        "track",
        "Equipment Checked Out",
        "swift",
        {
            "assetTag": G(lambda f: "AST-" + f.digits(5)),
            "equipmentType": G(pick("telehandler", "scissor lift", "mini excavator", "concrete saw")),
            "nickname": G(pick("Big Bertha", "Old Yeller", "La Bestia", "Moose")),
            "operatorName": Y(lambda f: f.person(), "name"),
            "operatorLicenceNumber": Y(
                lambda f: f.pick(["FL-", "MEWP-", "CR"]) + f.digits(6), "license|certificate"
            ),
            "hoursMeter": G(lambda f: round(f.r.uniform(10, 9000), 1)),
            "preUseChecklistPassed": G(pick(True, False)),
            "defects": Many(G(pick("none", "hydraulic leak", "horn inop", "cracked mirror")), 2),
        },
        2,
    ),
    (
        "track",
        "Fuel Card Transaction",
        "java",
        {
            "transactionId": G(lambda f: f.digits(12)),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBrand": G(pick("WEX", "Fleetcor", "Petro-Canada SuperPass")),
            "driverName": Y(lambda f: f.person("CA"), "name"),
            "driverPin": RED(lambda f: f.digits(4), "password"),
            "vehiclePlate": Y(lambda f: f.plate(), "license"),
            "litres": G(lambda f: round(f.r.uniform(20, 180), 2)),
            "amount": G(lambda f: f.money(40, 400)),
            "stationCity": G(pick("Mississauga", "Calgary", "Laval", "Surrey")),
        },
        1,
    ),
    # -- subcontractors ---------------------------------------------------------------------------------
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.sub[0]),
            "industry": G(
                pick("Scaffolding", "Formwork", "Electrical", "Crane Rental", "Montaje industrial")
            ),
            "employees": G(lambda f: f.r.randint(8, 1400)),
            "website": G(lambda f: f.sub[1]),
            "phone": G(lambda f: f.sub[2]),
            "address": {
                "street": G(lambda f: f.sub[3]),
                "city": G(lambda f: f.sub[4]),
                "country": G(lambda f: f.cur[0][:2]),
            },
            "registrationNumber": G(
                lambda f: {"QA": f.digits(5), "CA": f.digits(9) + "RC0001", "CL": f.rut(company=True)}[
                    f.cur[0][:2]
                ]
            ),
            "tier": G(pick("tier1", "tier2")),
            "complianceScore": G(lambda f: f.r.randint(40, 100)),
        },
        2,
    ),
    (
        "track",
        "Compliance Document Uploaded",
        "node",
        {
            "subcontractorId": G(lambda f: "sub_" + f.digits(4)),
            "companyName": G(lambda f: f.sub[0]),
            "docType": G(
                lambda f: f.pick(
                    {
                        "QA": ["Commercial Registration", "Certificate of Insurance", "Trade Licence"],
                        "CL": [
                            "Certificado F30-1",
                            "Certificado de Mutualidad",
                            "Póliza de Responsabilidad Civil",
                        ],
                        "CA": [
                            "WSIB Clearance",
                            "CNESST Attestation",
                            "Certificate of Insurance",
                            "WCB Clearance",
                        ],
                    }[f.cur[0][:2]]
                )
            ),
            "expiresOn": G(lambda f: f.date(2024, 2026)),
            "insurerName": G(
                lambda f: f.pick(
                    {
                        "QA": ["QIC", "Doha Insurance"],
                        "CL": ["Chilena Consolidada", "HDI Seguros"],
                        "CA": ["Intact", "Aviva", "Northbridge"],
                    }[f.cur[0][:2]]
                )
            ),
            "coverageAmount": G(pick(2_000_000, 5_000_000, 10_000_000)),
            "generalEmail": G(lambda f: f.sub[5]),
            "safetyOfficer": {
                "name": Y(lambda f: f.person(), "name"),
                "mobile": Y(lambda f: f.tel(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "uploadedByUserId": G(lambda f: "usr_" + f.digits(6)),
            "fileSha256": G(lambda f: f.hexid(64)),
            "status": G(pick("pending_review", "approved", "rejected")),
        },
        3,
    ),
    (
        "track",
        "Subscription Invoice Paid",
        "node",
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(pick("invoice.paid")),
            "data": {
                "object": {
                    "id": G(lambda f: "in_" + f.hexid(24)),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "customer_email": Y(lambda f: f.mail(), "email"),
                    "customer_name": Y(lambda f: f.person(), "name"),
                    "amount_paid": G(lambda f: f.r.randint(9900, 249900)),
                    "currency": G(pick("cad", "usd", "clp")),
                    "number": G(lambda f: f"SG-{f.digits(4)}-{f.r.randint(1, 40):04d}"),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "billing_details": {
                        "address": {
                            "line1": Y(lambda f: f.home("CA"), "address|street"),
                            "postal_code": Y(lambda f: f.postal("CA"), "zipcode"),
                            "country": G(pick("CA")),
                        },
                    },
                    "card": {
                        "brand": G(pick("visa", "mastercard", "amex")),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                    },
                }
            },
            "livemode": G(pick(True)),
        },
        2,
    ),
    (
        "track",
        "Envelope Completed",
        "ruby",
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(pick("completed")),
            "emailSubject": G(
                pick(
                    "Subcontract Agreement - Lusail B",
                    "Contrato de Subcontratación",
                    "Site Rules Acknowledgement",
                )
            ),
            "signers": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "routingOrder": G(pick("1", "2", "3")),
                    "status": G(pick("completed", "signed")),
                    "signedDateTime": G(lambda f: f.when()),
                },
                3,
            ),
            "senderEmail": G(pick("no-reply@siteguard.io", "contracts@siteguard.io")),
            "completedDateTime": G(lambda f: f.when()),
        },
        2,
    ),
    (
        "track",
        "SMS Delivered",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(pick("+97444601999", "+15875550123", "+56229401100")),
            "To": Y(lambda f: f.e164(), "phone"),
            "MessageStatus": G(pick("delivered", "undelivered", "sent")),
            "ErrorCode": G(pick("", "30003", "30005")),
            "ApiVersion": G(pick("2010-04-01")),
            "text": Y(lambda f: fill(f, SMS_BODIES), "name", True),
        },
        2,
    ),
    (
        "track",
        "SCIM User Provisioned",
        "java",
        {
            "id": G(lambda f: f.uuid()),
            "externalId": G(lambda f: "00u" + f.hexid(17)),
            "userName": Y(lambda f: f.mail("CA"), "email"),
            "name": {
                "givenName": Y(lambda f: f.given("CA"), "name"),
                "familyName": Y(lambda f: f.family("CA"), "name"),
            },
            "emails": Many(
                {
                    "value": Y(lambda f: f.mail("CA"), "email", True),
                    "type": G(pick("work", "home")),
                    "primary": G(pick(True, False)),
                },
                2,
            ),
            "phoneNumbers": Many(
                {"value": Y(lambda f: f.tel("CA"), "phone", True), "type": G(pick("mobile", "work"))}, 1
            ),
            "title": G(pick("Project Manager", "HSE Coordinator", "Payroll Specialist", "Site Engineer")),
            "active": G(pick(True, False)),
            "employeeNumber": G(lambda f: f.digits(6)),
        },
        2,
    ),
    # -- sign in / security -----------------------------------------------------------------------------
    (
        "track",
        "Verification Code Sent",
        "node",
        {
            "channel": G(pick("sms", "whatsapp", "email")),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "expires_in_sec": G(pick(300, 600)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_country": G(pick("QA", "CL", "CA", "NP", "IN")),
            "password_strength": G(pick("weak", "fair", "strong")),
        },
        2,
    ),
    (
        "track",
        "Magic Link Requested",
        "ruby",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "login_url": RED(
                lambda f: "https://app.siteguard.io/auth/magic?token=" + f.hexid(40), "token", True
            ),
            "expires_at": G(lambda f: f.when()),
            "ip_country": G(pick("QA", "CL", "CA")),
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        "go",
        {
            "provider": G(pick("procore", "autodesk_build", "buk", "payworks")),
            "client_id": G(lambda f: f.hexid(32)),
            "client_secret": RED(lambda f: f.hexid(48), "secret"),
            "webhook_url": G(lambda f: "https://hooks.siteguard.io/in/" + f.hexid(12)),
            "scopes": Many(G(pick("read", "write", "timesheets", "people")), 3),
            "connected_by": G(lambda f: "usr_" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Sync Failed",
        "go",
        {
            "provider": G(pick("procore", "autodesk_build", "buk", "payworks")),
            "status_code": G(pick(401, 403, 500, 502)),
            "request_id": G(lambda f: f.uuid()),
            "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "retry_in_sec": G(pick(30, 60, 300)),
        },
        1,
    ),
    (
        "track",
        "Self-Identification Survey Submitted",
        "web",
        {
            "surveyId": G(lambda f: f.uuid()),
            "surveyVersion": G(pick("EE-2023", "EE-2024")),
            "identifiesAsIndigenous": Y(pick("yes", "no", "prefer_not_to_say"), "ethnicity|race"),
            "identifiesAsVisibleMinority": Y(pick("yes", "no", "prefer_not_to_say"), "race|ethnicity"),
            "identifiesAsPersonWithDisability": RED(pick("yes", "no", "prefer_not_to_say"), "disability"),
            "canadianForcesVeteran": RED(pick(True, False), "veteran"),
            "questionsAnswered": G(lambda f: f.r.randint(0, 6)),
            "completionSec": G(lambda f: f.r.randint(20, 400)),
        },
        1,
    ),
    (
        "track",
        "Gate Kiosk Lookup",
        "java",
        {
            "kioskId": G(pick("KSK-LUS-1", "KSK-LUS-2", "KSK-MSB-1")),
            "by": G(pick("qid")),
            "term": RED(lambda f: f.qid(), "national id", True),
            "matches": G(lambda f: f.r.randint(0, 2)),
            "guardUserId": G(lambda f: "usr_" + f.digits(6)),
        },
        2,
    ),
    (
        "track",
        "Worker Profile Updated",
        "php",
        {
            "worker_id": G(lambda f: f.worker_no()),
            "changed_fields": Many(G(pick("cf_1042", "cf_1051", "cf_1060", "trade")), 3),
            "custom_fields": {
                "cf_1042": Y(lambda f: f.tel("HOME"), "phone", True),
                "cf_1051": RED(lambda f: f.passport(), "passport", True),
                "cf_1060": G(pick("S", "M", "L", "XL", "XXL")),
                "cf_1077": G(pick("Block C", "Block D", "Block F")),
            },
            "updated_by": G(pick("hr_admin", "self_service")),
        },
        2,
    ),
    # -- PPE store (e-commerce spec) -------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                pick("hard hat", "cooling vest", "steel toe boots size 10", "guantes anticorte", "harnais")
            )
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {**ppe_product(), "currency": G(pick("CAD", "QAR", "CLP")), "value": G(lambda f: f.money(8, 320))},
        2,
    ),
    (
        "track",
        "Product Added",
        "kotlin",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in ppe_product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
        2,
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(lambda f: f.money(20, 900)),
            "revenue": G(lambda f: f.money(20, 900)),
            "tax": G(lambda f: f.money(0, 90)),
            "currency": G(pick("CAD", "QAR", "CLP")),
            "products": Many(ppe_product(), 3),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "payment_method": G(pick("card", "payroll_deduction")),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(pick("visa", "mastercard", "interac")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "total": G(lambda f: f.money(20, 900)),
            "shipping": G(lambda f: f.money(0, 25)),
            "currency": G(pick("CAD", "QAR", "CLP")),
            "payroll_deduction": G(pick(True, False)),
            "employee_number": G(lambda f: f.digits(6)),
            "products": Many(ppe_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: f.person("CA"), "name"),
                "line1": Y(lambda f: f.home("CA"), "address|street"),
                "city": Y(lambda f: f.city_of("CA"), "city"),
                "postal_code": Y(lambda f: f.postal("CA"), "zipcode"),
                "province": G(pick("ON", "QC", "AB", "BC")),
            },
            "delivery_phone": Y(lambda f: f.tel("CA"), "phone"),
            "ship_to_site": G(pick(False)),
        },
        2,
    ),
    (
        "screen",
        "Badge Wallet",
        "swift",
        {"badgeCount": G(lambda f: f.r.randint(0, 4)), "offlineMode": G(pick(True, False))},
        2,
    ),
    (
        "page",
        "Compliance Dashboard",
        "web",
        {
            "path": G(pick("/compliance")),
            "url": G(pick("https://app.siteguard.io/compliance")),
            "title": G(pick("Compliance | SiteGuard")),
            "referrer": G(pick("https://app.siteguard.io/workers", "")),
            "search": G(pick("", "?status=expiring")),
            "expiringDocs": G(lambda f: f.r.randint(0, 40)),
        },
        2,
    ),
]


# Events that only happen in one country: their site (and so their default region) is pinned.
COUNTRY = {
    "Worker Registered": "QA",
    "Dependant Added": "QA",
    "Emergency Contact Updated": "QA",
    "WPS Salary Record Generated": "QA",
    "Heat Stress Check": "QA",
    "Trabajador Registrado": "CL",
    "Payslip Generated": "CL",
    "DIAT Enviada": "CL",
    "WorkerOnboarded": "CA",
    "Travailleur inscrit": "CA",
    "Direct Deposit Updated": "CA",
    "Pay Stub Viewed": "CA",
    "Self-Identification Survey Submitted": "CA",
    "Gate Kiosk Lookup": "QA",
    "Worker Profile Updated": "QA",
    "Form 7 Submitted": "CA",
    "Fuel Card Transaction": "CA",
    "SCIM User Provisioned": "CA",
    "Subscription Invoice Paid": "CA",
    "Order Completed": "CA",
}


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, weight in EVENTS:
            for _ in range(weight):
                f.next_site(COUNTRY.get(name or ""))
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.when(),
                    "anonymousId": f.uuid(),
                    "userId": f.worker_no(),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "sub_" + f.digits(4)
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
        f.next_site()
        alias = {
            "type": "alias",
            "messageId": f.uuid(),
            "timestamp": f.when(),
            "previousId": f.uuid(),
            "userId": f.worker_no(),
        }
        alias["context"] = render(CONTEXTS["swift"](f), f, "context", labels)
        events.append(alias)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=277, repeats=18)
    write(Path(__file__).parent, "holdout277_", events, labels)
