"""Writes holdout249: tests/corpus/holdout249_events.jsonl and holdout249_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and without running the engine on these events (only
build.py/fake.py helpers and build_holdout3.py's format were read). Run once with
`.venv/bin/python -m tests.corpus.build_holdout249`; the output is deterministic (seed 249).

Domain: "SettleWell", a debt collection and debt-settlement portal working in the US, Spain and
South Africa. Debtors' accounts placed by creditors (original creditor, balance, charge-off
date), payment plans and settlement offers, card and bank payments (Stripe-shaped card payments,
NACHA ACH debits, SEPA direct debits, South African DebiCheck debit orders), disputes and
hardship declarations (job loss, illness, bereavement, SCRA active duty), call-centre dialer and
Twilio webhooks, call-recording metadata and transcripts, agent notes, doorstep field visits,
skip-tracing results (new addresses, phones, employers, relatives), consent and do-not-call
flags, identity checks (SSN last four, DNI/NIE, SA ID number, passports), letters (Lob-shaped),
e-mail webhooks (SendGrid-shaped) and e-signature webhooks (DocuSign-shaped), a reverse-ETL
sync from the warehouse, and a creditor portal's group calls.

Clients and contexts: analytics.js (consumer portal, Spanish portal, agent console, creditor
portal), analytics-swift, analytics-kotlin (consumer app and a field-agent app that sends
context.location), analytics-react-native, analytics_flutter, and the server libraries
analytics-python, @segment/analytics-node (with context.externalIds), analytics-go,
analytics-java, analytics-ruby, analytics-php (with library.consumer) and Analytics.CSharp.
Message types: identify, track, page, screen, group and alias (alias carries only context).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET service
and Twilio webhooks, kebab-case from the recording service and SendGrid (`smtp-id`),
SCREAMING_SNAKE from the warehouse sync, Spanish keys from the PHP portal (`titular`,
`dni_nie`, `telefono_movil`) and Afrikaans keys from the South African backend (`naam`, `van`,
`selfoonnommer`, `id_nommer`, `rekeningnommer`). Values are fake but realistic for the three
markets: names from US, Spanish, Basque, Catalan, Zulu, Xhosa, Sotho, Afrikaans and South
African Indian families; national phone formats (NANP, +34, +27 and local); SSNs with a valid
structure, DNI/NIE with the mod-23 letter, SA ID numbers with the Luhn digit, Spanish IBANs with
correct bank check digits and mod-97, Luhn-valid cards, real-format routing numbers, branch
codes and BICs.

Labelling rules (the Privacy Portal's default colours):
- Each leaf path has one label: classification, type (the reference's matcher name, or
  `bank account`, `geolocation`, `national id`, `credit card`, `token`, `advertising id`,
  `credit score` ...; `a|b` when either is fair) and value_only (the key does not say what the
  value is; such a path holds that PII in every one of its values).
- PII (personal data about a natural person: the debtor, a co-debtor, a relative, a third
  party, an attorney, an agent or other staff member) gets the reference's colour for its
  matcher; outside the reference: red for credentials/tokens, card numbers, bank accounts,
  government ids and health; yellow otherwise.
- Green: ids we or a vendor issue (account, placement, payment, call, message, envelope ids,
  Stripe `cus_`/`pi_` ids, LexisNexis LexIDs, mandate references), amounts, balances, dates of
  the debt (charge-off, promise-to-pay, effective dates), enums, counters and booleans even
  under PII-sounding keys (`emailVerified`, `ssn_verified`, `do_not_call`), creditor and
  employer names, the agency's own phone numbers, addresses and role mailboxes (Twilio
  `To` on inbound calls, the dialer's caller id, Lob `from`, `no-reply@`), card brand, BIN,
  last four, expiry and masked PANs, bank names, routing numbers, branch codes, BICs and the last
  four of a bank account, user agents, OS-issued device ids, states and provinces, ages,
  marital status, job titles.
- Published policy applied: salaries and income `salary` yellow; credit scores `credit score`
  yellow; billing addresses yellow; ad click ids (gclid, fbclid, fbp) `advertising id` yellow;
  Stripe `pm_` ids, one-time codes and magic-link tokens red `token`; identity document numbers
  red (`national id`, `passport`); the last four of an SSN red `social security number`.
- Special categories through booleans: SCRA active duty is `veteran` (red), receiving
  disability benefits is `disability` (red), a medical hardship flag or illness description is
  `condition` (yellow).
- Decisions where the rules leave room (what a careful privacy owner would want flagged):
  a call recording's URL links to the person's voice, like a photo URL: yellow `photo|recording`.
  Push-notification device tokens: red `token`, as in the main corpus. Twilio's `FromCity` /
  `FromZip` / `CallerName` on inbound calls describe the calling debtor: yellow. An attorney's or
  agent's own work e-mail and name are personal (yellow); the firm's name is green. A field
  agent's GPS position (context.location) is personal (yellow `geolocation`). `debt_type`
  (including "medical") and `hardship_reason` (job loss, bereavement, divorce) are green: they
  describe the debt or circumstance, not a special category; the separate medical flag is not.
- Also decided: a deceased debtor's SA ID number stays red `national id` (a careful owner does
  not let a government id flow because its holder has died); an insurer's member
  id is yellow `identification`; a hospital MRN and a Medicare MBI are red `health id`; an
  employer's switchboard and head-office address found by skip tracing are green (a business's
  own); a debtor's work direct line is yellow `phone`; an IVR-entered birth date (MMDDYYYY) is
  yellow `birthdate`; Twilio `From` and a CRM `propertyValue` holding phones are value_only.
- Free text: labelled by what every one of its values carries (the generators below put the PII
  in every value of a PII-labelled text field, and none in a green one; a green text may carry
  the agency's own phone number or a short link).
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "us": [
        "Jennifer",
        "Michael",
        "Keisha",
        "Darnell",
        "Ashley",
        "Brandon",
        "Guadalupe",
        "Luis",
        "Mai",
        "Tuan",
        "Kimberly",
        "Robert",
        "Shaniqua",
        "Cody",
        "Aaliyah",
        "Hyun-woo",
        "Dakota",
        "Esperanza",
    ],
    "es": [
        "María José",
        "Javier",
        "Lucía",
        "Alejandro",
        "Carmen",
        "Iñaki",
        "Montserrat",
        "Jordi",
        "Ainhoa",
        "Manuel",
        "Rocío",
        "Xabier",
        "Nuria",
        "Sergio",
        "Begoña",
        "Fátima",
        "Andrés",
    ],
    "za": [
        "Thabo",
        "Nomvula",
        "Sipho",
        "Lerato",
        "Pieter",
        "Annelie",
        "Johannes",
        "Zanele",
        "Ayanda",
        "Priyanka",
        "Riaan",
        "Nokuthula",
        "Kagiso",
        "Thandeka",
        "Mohammed",
        "Chantelle",
        "Lwazi",
    ],
}
LAST = {
    "us": [
        "Johnson",
        "Williams",
        "Washington",
        "Hernandez",
        "Nguyen",
        "Kowalski",
        "Yazzie",
        "O'Connor",
        "Jackson",
        "Rivera",
        "Kim",
        "Begay",
        "Thompson",
        "Castillo",
        "Okonkwo",
        "Schmidt",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Rodríguez",
        "Etxeberria",
        "Puig",
        "Ferrer",
        "Romero",
        "Navarro",
        "Iglesias",
        "Castro",
        "Vidal",
    ],
    "za": [
        "Nkosi",
        "Dlamini",
        "van der Merwe",
        "Botha",
        "Mokoena",
        "Naidoo",
        "Khumalo",
        "Pretorius",
        "Mahlangu",
        "Jacobs",
        "Ndlovu",
        "Pillay",
        "du Plessis",
        "Mthembu",
        "Adams",
        "Mokgadi",
    ],
}
STREETS = {
    "us": [
        "Maple St",
        "Elm Ave",
        "Martin Luther King Jr Blvd",
        "Oak Ridge Dr",
        "Pecan Ln",
        "Main St",
        "Cherry Hill Rd",
        "Walnut Ct",
        "Lakeview Ter",
        "Cactus Wren Way",
    ],
    "es": [
        "Calle de Alcalá",
        "Avenida de la Constitución",
        "Carrer de Mallorca",
        "Calle Mayor",
        "Gran Vía",
        "Calle San Vicente Mártir",
        "Paseo de la Castellana",
        "Kale Nagusia",
    ],
    "za": [
        "Jan Smuts Ave",
        "Vilakazi St",
        "Voortrekker Rd",
        "Main Rd",
        "Church St",
        "Beyers Naudé Dr",
        "Florida Rd",
        "Long St",
        "Oxford Rd",
    ],
}
CITIES = {
    "us": [
        "Houston",
        "Phoenix",
        "Tulsa",
        "Columbus",
        "Atlanta",
        "Fresno",
        "Memphis",
        "El Paso",
        "Albuquerque",
        "Cleveland",
    ],
    "es": [
        "Madrid",
        "Sevilla",
        "Valencia",
        "Bilbao",
        "Zaragoza",
        "Málaga",
        "Barcelona",
        "Murcia",
        "Vigo",
        "Getafe",
    ],
    "za": [
        "Johannesburg",
        "Soweto",
        "Durban",
        "Cape Town",
        "Pretoria",
        "Gqeberha",
        "Bloemfontein",
        "Polokwane",
        "Mthatha",
        "Pietermaritzburg",
    ],
}
STATES = {
    "us": ["TX", "AZ", "OK", "OH", "GA", "CA", "TN", "NM", "FL", "NY"],
    "es": ["Madrid", "Sevilla", "Valencia", "Bizkaia", "Zaragoza", "Málaga", "Barcelona", "Murcia"],
    "za": ["Gauteng", "KwaZulu-Natal", "Western Cape", "Eastern Cape", "Free State", "Limpopo"],
}
MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "example.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "example.es"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "yahoo.co.za", "example.co.za"],
}
CREDITORS = [
    "Capital One",
    "Synchrony Bank",
    "Discover Bank",
    "Verizon Wireless",
    "Comenity Bank",
    "Banner Health",
    "Santander Consumer",
    "Wells Fargo Dealer Services",
    "Vodacom",
    "Edgars (RCS)",
    "Telkom",
    "Cetelem España",
    "Orange España",
    "WiZink Bank",
    "Caixabank Consumer Finance",
]
EMPLOYERS = [
    "Walmart",
    "Amazon Fulfillment",
    "HEB",
    "Mercadona",
    "El Corte Inglés",
    "Shoprite Checkers",
    "Pick n Pay",
    "Sasol",
    "City of Houston",
    "Telefónica",
    "Uber",
    "self-employed",
]
JOB_TITLES = [
    "Warehouse Associate",
    "Cashier",
    "Nurse Aide",
    "Driver",
    "Teacher",
    "Electrician",
    "Administrative Assistant",
    "Camarero",
    "Dependienta",
    "Security Officer",
]
AGENT_TEAMS = ["early-stage", "late-stage", "legal", "hardship", "es-madrid", "za-jhb"]
TZ = {
    "us": ["America/Chicago", "America/New_York", "America/Phoenix", "America/Los_Angeles"],
    "es": ["Europe/Madrid", "Atlantic/Canary"],
    "za": ["Africa/Johannesburg"],
}
LOCALES = {"us": ["en-US", "es-US"], "es": ["es-ES", "ca-ES", "eu-ES"], "za": ["en-ZA", "af-ZA", "zu-ZA"]}
CARRIERS = {
    "us": ["T-Mobile", "Verizon", "AT&T", "Cricket"],
    "es": ["Movistar", "Vodafone ES", "Orange", "MásMóvil"],
    "za": ["Vodacom", "MTN", "Cell C", "Telkom Mobile"],
}
CURRENCY = {"us": "USD", "es": "EUR", "za": "ZAR"}
COUNTRY = {"us": "US", "es": "ES", "za": "ZA"}
ROUTING = ["021000021", "026009593", "111000025", "121000248", "322271627", "061000104", "071000013"]
SA_BANKS = [
    ("Capitec", "470010"),
    ("FNB", "250655"),
    ("Standard Bank", "051001"),
    ("Absa", "632005"),
    ("Nedbank", "198765"),
    ("TymeBank", "678910"),
]
ES_BANKS = {
    "2100": "CAIXESBBXXX",
    "0049": "BSCHESMMXXX",
    "0182": "BBVAESMMXXX",
    "0081": "BSABESBBXXX",
    "0128": "BKBKESMMXXX",
    "2080": "CAGLESMMVIG",
}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


@dataclass
class Person:
    rg: str
    first: str
    last: str
    email: str
    phone: str
    street: str
    line2: str
    city: str
    zip: str
    state: str
    dob: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class DF(Fake):
    """Fake with the three markets' formats and a current message (`cur`) for coherent fields."""

    cur: dict

    def region(self, rg=None) -> str:
        return rg or self.cur.get("rg") or self.pick(["us", "us", "es", "za"])

    def first_name(self, rg=None):
        return self.pick(FIRST[self.region(rg)])

    def last_name(self, rg=None):
        rg = self.region(rg)
        if rg == "es":
            return f"{self.pick(LAST['es'])} {self.pick(LAST['es'])}"
        return self.pick(LAST[rg])

    def name(self, rg=None):
        return f"{self.first_name(rg)} {self.last_name(rg)}"

    def mail(self, rg=None, first=None, last=None):
        rg = self.region(rg)
        first = ascii_fold(first or self.first_name(rg)).replace(" ", "")
        last = ascii_fold(last or self.last_name(rg)).replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[rg])}"

    def tel(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))
        if rg == "es":
            n = self.pick(["6", "7"]) + self.digits(8)[:8]
            return self.pick(
                [f"+34 {n[:3]} {n[3:6]} {n[6:]}", n, f"+34{n}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
            )
        n = "0" + self.pick(["82", "83", "72", "73", "76", "79", "81", "84", "61", "71"]) + self.digits(7)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+27 {n[1:3]} {n[3:6]} {n[6:]}", f"+27{n[1:]}"])

    def line1(self, rg=None):
        rg = self.region(rg)
        st = self.pick(STREETS[rg])
        if rg == "us":
            return f"{self.r.randint(100, 19999)} {self.pick(['', 'N ', 'S ', 'E ', 'W '])}{st}"
        if rg == "es":
            return f"{st}, {self.r.randint(1, 240)}"
        return f"{self.r.randint(1, 480)} {st}"

    def line2(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            return self.pick(
                [
                    f"Apt {self.r.randint(1, 40)}{self.pick('ABCD')}",
                    f"Unit {self.r.randint(1, 300)}",
                    f"#{self.r.randint(100, 999)}",
                    f"Lot {self.r.randint(1, 90)}",
                ]
            )
        if rg == "es":
            return self.pick(
                [
                    f"{self.r.randint(1, 9)}º {self.pick('ABCDI')}",
                    "Bajo A",
                    f"Esc. 2, {self.r.randint(1, 6)}º",
                ]
            )
        return self.pick(
            [
                f"Unit {self.r.randint(1, 90)}",
                f"Flat {self.r.randint(1, 60)}, Sunnyside Court",
                f"{self.r.randint(1, 30)} Extension {self.r.randint(1, 9)}",
            ]
        )

    def town(self, rg=None):
        return self.pick(CITIES[self.region(rg)])

    def postcode(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            z = f"{self.r.randint(10000, 99999)}"
            return z if self.r.random() < 0.7 else f"{z}-{self.r.randint(1000, 9999)}"
        if rg == "es":
            return f"{self.r.randint(1, 52):02d}{self.r.randint(0, 999):03d}"
        return f"{self.r.randint(1, 9999):04d}"

    def state(self, rg=None):
        return self.pick(STATES[self.region(rg)])

    def address(self, rg=None):
        rg = self.region(rg)
        return f"{self.line1(rg)}, {self.town(rg)}, {self.postcode(rg)}"

    def person(self) -> Person:
        """The message's subject, made once per message."""
        if "person" not in self.cur:
            rg = self.region()
            first, last = self.first_name(rg), self.last_name(rg)
            self.cur["person"] = Person(
                rg,
                first,
                last,
                self.mail(rg, first, last.split(" ")[0]),
                self.tel(rg),
                self.line1(rg),
                self.line2(rg),
                self.town(rg),
                self.postcode(rg),
                self.state(rg),
                self.date(1952, 2004),
            )
        return self.cur["person"]

    # -- identifiers ----------------------------------------------------------------------------

    def dni(self):
        n = self.r.randint(10000000, 99999999)
        return self.pick([f"{n}{DNI_LETTERS[n % 23]}", f"{n}-{DNI_LETTERS[n % 23]}"])

    def nie(self):
        p = self.pick("XYZ")
        n = self.r.randint(0, 9999999)
        return f"{p}{n:07d}{DNI_LETTERS[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"

    def sa_id(self):
        y, m, d = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 9999):04d}{self.pick('0001')}8"
        return self.luhn_complete(body)

    def national_id(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            return self.ssn()
        if rg == "es":
            return self.pick([self.dni, self.dni, self.nie])()
        return self.sa_id()

    def passport(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            return self.digits(9)
        if rg == "es":
            return "".join(self.pick("ABCPXYZ") for _ in range(3)) + self.digits(6)
        return self.pick("AMT") + self.digits(8)

    def es_iban(self):
        bank = self.pick(list(ES_BANKS))
        branch, acct = f"{self.r.randint(0, 9999):04d}", f"{self.r.randint(0, 10**10 - 1):010d}"
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
            return 0 if r == 11 else 1 if r == 10 else r

        bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "ES00")) % 97
        raw = f"ES{check:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, 24, 4)) if self.r.random() < 0.5 else raw

    def bank_account(self, rg=None):
        rg = self.region(rg)
        if rg == "us":
            return self.digits(self.r.randint(8, 12))
        if rg == "es":
            return self.es_iban()
        return self.pick(["1", "62", "40", "0"]) + self.digits(9)

    def sa_account(self):
        return self.pick(["1", "62", "40", "10"]) + self.digits(8)

    def pm(self, prefix="pm_"):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "1" + "".join(self.pick(alnum) for _ in range(23))

    def b64(self, n):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.pick(alnum) for _ in range(n))

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def acct_ref(self):
        return f"SW-{self.pick(['US', 'ES', 'ZA'])}-{self.digits(8)}"

    def when(self, lo=2024, hi=2025):
        return f"{self.r.randint(lo, hi)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def cents(self, lo=1000, hi=250000):
        return self.r.randint(lo, hi)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: DF) -> str:
    """A Medicare Beneficiary Identifier in CMS's 11-character pattern, printed with dashes."""
    a, an = MBI_ALPHA, MBI_ALPHA + "0123456789"
    return (
        f"{f.r.randint(1, 9)}{f.pick(a)}{f.pick(an)}{f.r.randint(0, 9)}-"
        f"{f.pick(a)}{f.pick(an)}{f.r.randint(0, 9)}-{f.pick(a)}{f.pick(a)}{f.r.randint(10, 99)}"
    )


def P(f: DF) -> Person:
    return f.person()


def rg(f: DF) -> str:
    return f.region()


# -- a renderer that also drops optional fields -----------------------------------------------------


@dataclass
class Opt:
    item: Any
    p: float = 0.75


def render(t: Any, f: DF, path: str, labels: dict) -> Any:
    if isinstance(t, L):
        record_label(labels, path, t)
        return t.gen(f)
    if isinstance(t, Many):
        return [render(t.item, f, path + "[]", labels) for _ in range(f.r.randint(1, t.n))]
    if isinstance(t, dict):
        out = {}
        for key, value in t.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(t))


# -- contexts ---------------------------------------------------------------------------------------

SITES = {
    "portal": (
        "https://pay.settlewell.com",
        [
            ("/", "SettleWell | Resolve your account"),
            ("/verify", "Verify your identity"),
            ("/plans", "Choose a payment plan"),
            ("/checkout", "Make a payment"),
            ("/dispute", "Dispute this debt"),
            ("/hardship", "Tell us about your situation"),
        ],
    ),
    "es": (
        "https://pagos.settlewell.es",
        [
            ("/", "SettleWell España | Su cuenta"),
            ("/pago", "Realizar un pago"),
            ("/plan", "Plan de pagos"),
            ("/domiciliacion", "Domiciliación SEPA"),
        ],
    ),
    "console": (
        "https://console.settlewell.com",
        [
            ("/accounts", "Accounts - Console"),
            ("/accounts/detail", "Account detail - Console"),
            ("/queue", "Work queue - Console"),
            ("/calls", "Calls - Console"),
        ],
    ),
    "clients": (
        "https://clients.settlewell.com",
        [
            ("/placements", "Placements | Client Portal"),
            ("/reports", "Reports | Client Portal"),
            ("/remits", "Remittances | Client Portal"),
        ],
    ),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def pick_page(f: DF) -> tuple[str, str, str]:
    base, pages = SITES[f.cur.get("site", "portal")]
    if "page" not in f.cur:
        path, title = f.pick(pages)
        f.cur["page"] = (path, title, base + path)
    return f.cur["page"]


def page_search(f: DF) -> str:
    if "search" not in f.cur:
        f.cur["search"] = f.pick(
            [
                "",
                "",
                "?utm_source=sms&utm_medium=text&utm_campaign=reminder_7d",
                "?lang=es",
                "?utm_source=letter&utm_medium=qr",
            ]
        )
    return f.cur["search"]


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: pick_page(f)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.facebook.com/", "https://pay.settlewell.com/"]
                )
            ),
            "search": G(page_search),
            "title": G(lambda f: pick_page(f)[1]),
            "url": G(lambda f: pick_page(f)[2] + page_search(f)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "123", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES[rg(f)])),
        "timezone": G(lambda f: f.pick(TZ[rg(f)])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["reminder_7d", "settlement_q2", "hardship_outreach", "welcome_letter"])
                ),
                "source": G(lambda f: f.pick(["sms", "letter", "email", "google"])),
                "medium": G(lambda f: f.pick(["text", "qr", "email", "cpc"])),
                "term": Opt(
                    G(lambda f: f.pick(["debt settlement", "pay collection online", "settlewell pay"]))
                ),
                "content": Opt(G(lambda f: f.pick(["cta_pay_now", "cta_plan", "footer_link"]))),
            },
            0.35,
        ),
    }


def mobile_app(f_name="SettleWell", ns="com.settlewell.app"):
    return {
        "name": G(lambda f: f_name),
        "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
        "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
        "namespace": G(lambda f: ns),
    }


def app_traits():
    return {
        "email": Y(lambda f: P(f).email, "email"),
        "firstName": Opt(Y(lambda f: P(f).first, "name")),
        "lastName": Opt(Y(lambda f: P(f).last, "name")),
        "phone": Opt(Y(lambda f: P(f).phone, "phone"), 0.5),
        "accountRef": G(lambda f: f.acct_ref()),
    }


def swift_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,1", "iPhone16,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.6),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[rg(f)])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": Opt(G(lambda f: f.pick(CARRIERS[rg(f)]))),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(lambda f: f.pick(TZ[rg(f)])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": app_traits(),
    }


def kotlin_context(field_app=False):
    ctx = {
        "app": mobile_app("SettleWell Field", "za.co.settlewell.field") if field_app else mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "motorola", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "moto g play - 2023", "SM-A145F"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "fogos", "a14"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.6),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[rg(f)])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": Opt(G(lambda f: f.pick(CARRIERS[rg(f)]))),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(TZ[rg(f)])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g play - 2023 Build/T3SGS33.165-46)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }
    if field_app:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(-34.1, -23.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(18.3, 31.5), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
        }
    else:
        ctx["traits"] = app_traits()
    return ctx


def rn_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.b64(22) + ":APA91b" + f.b64(134), "token"), 0.5),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(lambda f: f.pick(LOCALES[rg(f)])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TZ[rg(f)])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": app_traits(),
    }


def flutter_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A125F", "iPhone12,8", "CPH2269"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[rg(f)])),
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["12", "16.6", "11"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 750])), "height": G(lambda f: f.pick([1600, 1334]))},
        "timezone": G(lambda f: f.pick(TZ[rg(f)])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib == "php":
        ctx["library"]["consumer"] = G(lambda f: "LibCurl")
        ctx["ip"] = Opt(Y(lambda f: f.ipv4(), "ip"), 0.8)
    if lib == "python":
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.5)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: P(f).email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.4,
        )
    return ctx


def context_for(client: str):
    if client.startswith("web"):
        return web_context()
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
        "field": lambda: kotlin_context(field_app=True),
    }.get(client, lambda: server_context(client))()


APP = ["swift", "kotlin", "rn", "flutter"]

# -- free-text generators (each PII-labelled one carries its PII in every value) --------------------


def dispute_extra(f: DF) -> str:
    t = f.tel()
    return f.pick(
        [
            f"Please call me at {t} after 6pm, I work days.",
            f"My new number is {t}. The one on file is disconnected.",
            f"I already paid this in 2021, I have the receipt. Reach me on {t}",
            f"Contact my cell {t} not my work number",
        ]
    )


def call_notes(f: DF) -> str:
    t = f.tel()
    return f.pick(
        [
            f"RPC. Cons says lost job in March, asked for hardship pkt. Alt # {t}",
            f"Spoke w/ debtor, PTP 15th. Best number {t} evenings",
            f"3rd party (sister) answered, no disclosure. She gave new # {t}",
            f"Cons disputes balance, wants validation letter. Callback {t}",
            f"Cliente pide plan de 6 cuotas. Llamar al {t}",
            f"Debtor se werk nommer is nou {t}, bel na 17:00",
        ]
    )


def wrap_up(f: DF) -> str:
    return f.pick(
        [
            "PTP set, confirmation sent",
            "Left voicemail per Reg F script",
            "Wrong number, flagged",
            "Cons requested cease comms, escalated to compliance",
            "No answer",
            "Settlement offer explained, will think",
            "Transferred to hardship team",
            "Mini-Miranda read, cons hung up",
        ]
    )


def note_body(f: DF) -> str:
    a = f.address()
    return f.pick(
        [
            f"Skip: USPS NCOA shows move to {a}",
            f"Neighbour confirmed debtor now lives at {a}",
            f"Cons gave new mailing address {a}, resend validation notice",
            f"Returned mail. Try {a} (from credit header)",
        ]
    )


def transcript(f: DF) -> str:
    t = f.tel()
    return f.pick(
        [
            f"...yes, this is me. You can text me at {t} instead...",
            f"...my number changed, it's {t}, write that down please...",
            f"...no, call {t}, that's my mobile, the house phone is cut off...",
            f"...sí, mi móvil es el {t}...",
        ]
    )


def chat_text(f: DF) -> str:
    e = P(f).email
    return f.pick(
        [
            f"Please send the settlement letter to {e}",
            f"My new email is {e}, the old one is closed",
            f"can you use {e} for the receipts",
            f"Envíenme el acuerdo a {e} por favor",
        ]
    )


def illness(f: DF) -> str:
    return f.pick(
        [
            "Diagnosed with stage 2 breast cancer, in chemo until August",
            "Husband had a stroke, I am his full-time carer",
            "Type 1 diabetes complications, hospitalised for 3 weeks",
            "Major depression, off work on medical leave",
            "Back surgery (spinal fusion), no income for 4 months",
            "Kidney failure, dialysis three times a week",
        ]
    )


def sms_body(f: DF) -> str:
    link = "https://sttl.wl/" + f.b64(6)
    return f.pick(
        [
            f"SettleWell: You have an important message. Visit {link} or call 1-888-555-0142. "
            "Reply STOP to opt out.",
            f"SettleWell: Your payment is scheduled for tomorrow. Manage it at {link}. Txt STOP to end.",
            f"SettleWell: Tiene un mensaje importante. Visite {link} o llame al 900 555 014. Responda BAJA.",
            f"SettleWell: Jou betaling is ontvang, dankie. {link} STOP om uit te teken.",
        ]
    )


def field_notes(f: DF) -> str:
    return f.pick(
        [
            "Gate locked, neighbour says owner at work",
            "Debtor present, paid cash, receipt issued",
            "House vacant, for-sale sign",
            "Spoke to debtor, will pay on 25th (payday)",
            "Dog in yard, did not enter",
            "Niemand tuis nie, kaartjie gelos",
        ]
    )


OFFICES = [
    ("SettleWell Recoveries LLC", "2400 N Lamar Blvd Ste 300", "Dallas", "TX", "75202"),
    ("SettleWell Recoveries LLC", "PO Box 61048", "Phoenix", "AZ", "85082"),
    ("SettleWell Legal Services", "1375 E 9th St Fl 14", "Cleveland", "OH", "44114"),
]


def office(f: DF) -> tuple[str, ...]:
    """The agency's own return address, one per letter."""
    if "office" not in f.cur:
        f.cur["office"] = f.pick(OFFICES)
    return f.cur["office"]


# -- events ---------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, region, weight, body)

PAGE = {
    "path": G(lambda f: pick_page(f)[0]),
    "referrer": Opt(G(lambda f: f.pick(["", "https://www.google.com/", "https://pay.settlewell.com/"]))),
    "search": G(page_search),
    "title": G(lambda f: pick_page(f)[1]),
    "url": G(lambda f: pick_page(f)[2] + page_search(f)),
}

AD_PAGE = {
    **PAGE,
    "gclid": Opt(
        Y(lambda f: f.pick(["Cj0KCQjw", "EAIaIQob"]) + f.b64(f.r.randint(60, 80)), "advertising id"), 0.5
    ),
    "fbclid": Opt(Y(lambda f: "IwAR" + f.b64(58), "advertising id"), 0.4),
    "fbp": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"), 0.6),
    "letter_ref": Opt(G(lambda f: "LTR" + f.digits(9))),
}

SCREEN = {"name": G(lambda f: f.cur["screen"]), "from_push": Opt(G(lambda f: f.pick([True, False])), 0.5)}

BILLING_ADDRESS = {
    "line1": Y(lambda f: P(f).street, "address|street"),
    "line2": Opt(Y(lambda f: P(f).line2, "address|street"), 0.4),
    "city": Y(lambda f: P(f).city, "city"),
    "state": G(lambda f: P(f).state),
    "postal_code": Y(lambda f: P(f).zip, "zipcode"),
    "country": G(lambda f: COUNTRY[P(f).rg]),
}

EVENTS: list[tuple[str, str | None, list[str], str | None, int, Any]] = [
    # -- consumer portal: pages, identity, plans, payments ----------------------------------------
    ("page", "Landing", ["web"], None, 4, AD_PAGE),
    ("page", "Account Detail", ["web-console"], "us", 2, PAGE),
    ("page", "Pago", ["web-es"], "es", 1, PAGE),
    ("page", "Placements", ["web-clients"], "us", 1, PAGE),
    ("screen", None, APP, None, 4, SCREEN),
    ("alias", None, ["web", *APP], None, 1, None),
    (
        "identify",
        None,
        ["web", *APP, "python"],
        None,
        3,
        {
            "email": Y(lambda f: P(f).email, "email"),
            "firstName": Y(lambda f: P(f).first, "name"),
            "lastName": Y(lambda f: P(f).last, "name"),
            "phone": Opt(Y(lambda f: P(f).phone, "phone")),
            "address": Opt(
                {
                    "street": Y(lambda f: P(f).street, "address|street"),
                    "city": Y(lambda f: P(f).city, "city"),
                    "state": G(lambda f: P(f).state),
                    "postalCode": Y(lambda f: P(f).zip, "zipcode"),
                    "country": G(lambda f: COUNTRY[P(f).rg]),
                },
                0.6,
            ),
            "birthday": Opt(Y(lambda f: P(f).dob, "birthdate"), 0.5),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "af", "zu"])),
            "accountsOpen": G(lambda f: f.r.randint(1, 4)),
            "totalBalance": G(lambda f: f.money(150, 25000)),
            "hasActivePlan": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsConsent": G(lambda f: f.pick([True, False])),
            "doNotCall": G(lambda f: f.pick([True, False, False])),
            "age": Opt(G(lambda f: f.r.randint(21, 78)), 0.4),
        },
    ),
    (
        "track",
        "Account Lookup Submitted",
        ["web", *APP],
        "us",
        3,
        {
            "reference_number": G(lambda f: f.acct_ref()),
            "last_name": Y(lambda f: P(f).last, "name"),
            "zip_code": Y(lambda f: P(f).zip, "zipcode"),
            "dob": Y(lambda f: P(f).dob, "birthdate"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "lookup_method": G(lambda f: f.pick(["reference", "letter_qr", "ssn_dob"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "matched": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["web", *APP],
        None,
        2,
        {
            "verification_method": G(lambda f: f.pick(["otp", "kba", "document"])),
            "otp_channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "otp_destination": Y(lambda f: P(f).phone, "phone"),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "kba_questions_correct": G(lambda f: f.r.randint(0, 4)),
            "verified": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "ssn_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        None,
        2,
        {
            "link_token": RED(lambda f: f.b64(43), "token"),
            "link_sent_at": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "expired": G(lambda f: f.pick([True, False, False])),
        },
    ),
    (
        "track",
        "Payment Plan Selected",
        ["web", *APP],
        None,
        3,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "plan_id": G(lambda f: "plan_" + f.hexid(10)),
            "plan_type": G(lambda f: f.pick(["weekly", "biweekly", "monthly", "payday"])),
            "installment_amount": G(lambda f: f.money(20, 600)),
            "number_of_installments": G(lambda f: f.pick([3, 6, 12, 18, 24])),
            "first_payment_date": G(lambda f: f.when()),
            "total_balance": G(lambda f: f.money(150, 25000)),
            "currency": G(lambda f: CURRENCY[rg(f)]),
            "creditor_name": G(lambda f: f.pick(CREDITORS)),
            "original_creditor": G(lambda f: f.pick(CREDITORS)),
            "charge_off_date": G(lambda f: f.when(2016, 2024)),
            "days_past_due": G(lambda f: f.r.randint(90, 2400)),
            "debt_type": G(
                lambda f: f.pick(["credit_card", "medical", "auto", "telecom", "personal_loan", "retail"])
            ),
        },
    ),
    (
        "track",
        "Settlement Offer Accepted",
        ["web", *APP],
        None,
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "offer_id": G(lambda f: "off_" + f.hexid(12)),
            "offer_amount": G(lambda f: f.money(80, 9000)),
            "offer_pct": G(lambda f: f.pick([30, 40, 45, 50, 60])),
            "expires_at": G(lambda f: f.iso()),
            "signature_name": Y(lambda f: P(f).full, "name"),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "esign_consent": G(lambda f: True),
            "lump_sum": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Method Selected",
        ["web", *APP],
        None,
        2,
        {
            "label": G(lambda f: f.pick(["Visa •••• ", "Mastercard •••• ", "Checking •••• "]) + f.digits(4)),
            "method_type": G(lambda f: f.pick(["card", "ach", "apple_pay", "google_pay"])),
            "is_default": G(lambda f: f.pick([True, False])),
            "saved_methods_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Payment Submitted",
        ["web", *APP],
        "us",
        3,
        {
            "payment_id": G(lambda f: f.uuid()),
            "account_id": G(lambda f: f.acct_ref()),
            "amount": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: "USD"),
            "payment_type": G(lambda f: f.pick(["card", "ach"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "discover", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.card(formatted=False)[:6]),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: P(f).full, "name"),
            "billing_zip": Y(lambda f: P(f).zip, "zipcode"),
            "is_recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "python"],
        "us",
        2,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 3000)),
            "revenue": G(lambda f: f.money(2, 600)),
            "currency": G(lambda f: "USD"),
            "coupon": Opt(G(lambda f: f.pick(["HARDSHIP20", "SPRING-SETTLE", "PIF10"])), 0.4),
            "products": Many(
                {
                    "product_id": G(lambda f: f.acct_ref()),
                    "sku": G(lambda f: f.pick(["PIF", "SIF-50", "PLAN-6", "PLAN-12"])),
                    "name": G(
                        lambda f: f.pick(["Settlement in full", "Payment in full", "Installment 1 of 6"])
                    ),
                    "category": G(lambda f: f.pick(["settlement", "installment", "pif"])),
                    "brand": G(lambda f: f.pick(CREDITORS)),
                    "price": G(lambda f: f.money(20, 3000)),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "billing_address": BILLING_ADDRESS,
        },
    ),
    (
        "track",
        "Bank Account Added",
        ["web", *APP],
        "us",
        2,
        {
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.bank_account("us"), "bank account"),
            "account_number_last4": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: P(f).full, "name"),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Navy Federal CU"])),
            "plaid_item_id": Opt(G(lambda f: f.b64(37))),
            "verification": G(lambda f: f.pick(["instant", "micro_deposits"])),
        },
    ),
    (
        "track",
        "Dispute Submitted",
        ["web", *APP],
        None,
        2,
        {
            "dispute_id": G(lambda f: "dsp_" + f.digits(8)),
            "account_id": G(lambda f: f.acct_ref()),
            "dispute_reason": G(
                lambda f: f.pick(
                    ["not_mine", "already_paid", "identity_theft", "wrong_amount", "past_statute"]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "I never opened this account",
                        "Balance includes fees I never agreed to",
                        "Paid in full to the original creditor",
                        "This was discharged in bankruptcy",
                        "No reconozco esta deuda",
                    ]
                )
            ),
            "additional_info": Y(dispute_extra, "phone", True),
            "attachments_count": G(lambda f: f.r.randint(0, 4)),
            "requests_validation": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hardship Declared",
        ["web", *APP],
        None,
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "hardship_reason": G(
                lambda f: f.pick(
                    [
                        "job_loss",
                        "reduced_hours",
                        "divorce",
                        "bereavement",
                        "business_closure",
                        "natural_disaster",
                    ]
                )
            ),
            "medical_hardship": Y(lambda f: f.pick([True, False]), "condition"),
            "illness_description": Opt(Y(illness, "condition|diagnosis"), 0.5),
            "scra_active_duty": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "receiving_disability_benefits": RED(lambda f: f.pick([True, False]), "disability"),
            "monthly_income": Y(lambda f: f.r.randint(0, 6500), "salary"),
            "monthly_expenses": G(lambda f: f.r.randint(400, 5000)),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "employer_name": Opt(G(lambda f: f.pick(EMPLOYERS))),
            "unemployed_since": Opt(G(lambda f: f.when(2023, 2025)), 0.5),
            "bereavement_relationship": Opt(
                G(lambda f: f.pick(["spouse", "parent", "child", "sibling"])), 0.3
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        None,
        2,
        {
            "form": G(lambda f: "hardship_application"),
            "field": G(lambda f: "alt_phone"),
            "value": Y(lambda f: f.tel(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(800, 22000)),
        },
    ),
    (
        "track",
        "Secure Message Sent",
        [*APP, "web"],
        None,
        2,
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "topic": G(lambda f: f.pick(["contact_update", "documents", "settlement"])),
            "text": Y(chat_text, "email", True),
            "message_length": G(lambda f: f.r.randint(20, 160)),
        },
    ),
    (
        "track",
        "Callback Requested",
        APP,
        None,
        2,
        {
            "callback_number": Y(lambda f: P(f).phone, "phone"),
            "preferred_window": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "language": G(lambda f: f.pick(["en", "es", "af", "zu", "xh"])),
            "reason": G(lambda f: f.pick(["payment_plan", "dispute", "settlement", "other"])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        APP,
        None,
        2,
        {
            "document_type": G(
                lambda f: f.pick(
                    [
                        "proof_of_income",
                        "death_certificate",
                        "bank_statement",
                        "id_document",
                        "hardship_letter",
                    ]
                )
            ),
            "file_name": G(
                lambda f: (
                    f.pick(["IMG_", "scan_", "PXL_2024", "Document "])
                    + f.digits(4)
                    + f.pick([".jpg", ".pdf", ".heic"])
                )
            ),
            "file_size_kb": G(lambda f: f.r.randint(80, 9000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
            "page_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Communication Preferences Updated",
        ["web", *APP],
        None,
        2,
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "do_not_call": G(lambda f: f.pick([True, False])),
            "preferred_channel": G(lambda f: f.pick(["email", "sms", "phone", "mail"])),
            "quiet_hours_start": G(lambda f: f.pick(["20:00", "21:00", "18:30"])),
            "cease_and_desist": G(lambda f: f.pick([True, False, False])),
            "attorney_represented": G(lambda f: f.pick([True, False, False])),
            "attorney": Opt(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "firm": G(
                        lambda f: f.pick(
                            ["Price Law Group", "Bufete Ruiz & Asociados", "Lever & Partners Inc"]
                        )
                    ),
                    "email": Y(lambda f: f.mail(), "email"),
                },
                0.35,
            ),
            "updated_via": G(lambda f: f.pick(["portal", "app", "agent"])),
        },
    ),
    (
        "track",
        "Reference Contact Added",
        APP,
        "za",
        1,
        {
            "reference_first_name": Y(lambda f: f.first_name(), "name"),
            "reference_last_name": Y(lambda f: f.last_name(), "name"),
            "reference_mobile": Y(lambda f: f.tel(), "phone"),
            "reference_email": Opt(Y(lambda f: f.mail(), "email"), 0.5),
            "relationship": G(lambda f: f.pick(["brother", "sister", "mother", "friend", "colleague"])),
        },
    ),
    (
        "track",
        "Contact Details Changed",
        ["swift", "kotlin", "rn"],
        None,
        2,
        {
            "new_email": Opt(Y(lambda f: P(f).email, "email")),
            "new_mobile": Opt(Y(lambda f: P(f).phone, "phone")),
            "new_address": Opt(
                {
                    "line1": Y(lambda f: P(f).street, "address|street"),
                    "city": Y(lambda f: P(f).city, "city"),
                    "region": G(lambda f: P(f).state),
                    "postcode": Y(lambda f: P(f).zip, "zipcode"),
                },
                0.5,
            ),
            "fields_changed": G(lambda f: f.r.randint(1, 3)),
            "requires_reverification": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- identity checks ------------------------------------------------------------------------
    (
        "track",
        "Identity Check Completed",
        ["python"],
        None,
        2,
        {
            "provider": G(lambda f: f.pick(["socure", "persona", "smile_identity", "veriff"])),
            "check_id": G(lambda f: f.pick(["inq_", "chk_"]) + f.b64(24)),
            "decision": G(lambda f: f.pick(["accept", "review", "reject"])),
            "document_type": G(lambda f: {"us": "drivers_license", "es": "dni", "za": "sa_id"}[rg(f)]),
            "document_number": RED(
                lambda f: f.national_id() if rg(f) != "us" else f.passport("us"), "national id|passport"
            ),
            "document_country": G(lambda f: COUNTRY[rg(f)]),
            "full_name": Y(lambda f: P(f).full, "name"),
            "date_of_birth": Y(lambda f: P(f).dob, "birthdate"),
            "extracted_address": Opt(Y(lambda f: f"{P(f).street}, {P(f).city} {P(f).zip}", "address"), 0.6),
            "selfie_url": Opt(Y(lambda f: "https://files.settlewell.com/kyc/" + f.uuid() + ".jpg", "photo")),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "reason_codes": Many(G(lambda f: f.pick(["R101", "I204", "R620", "I610"])), 3),
            "watchlist_hit": G(lambda f: f.pick([False, False, True])),
            "ssn_last4": Opt(RED(lambda f: f.ssn()[-4:], "social security number"), 0.5),
        },
    ),
    # -- payments backend -----------------------------------------------------------------------
    (
        "track",
        "Payment Processed",
        ["python"],
        "us",
        3,
        {
            "payment_intent_id": G(lambda f: f.pm("pi_")),
            "payment_method": RED(lambda f: f.pm(), "token"),
            "customer": G(lambda f: "cus_" + f.b64(14)),
            "amount": G(lambda f: f.cents()),
            "currency": G(lambda f: "usd"),
            "status": G(lambda f: f.pick(["succeeded", "requires_action", "failed"])),
            "failure_code": Opt(
                G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])), 0.3
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "discover"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
                "country": G(lambda f: "US"),
                "fingerprint": G(lambda f: f.b64(16)),
            },
            "billing_details": {
                "name": Y(lambda f: P(f).full, "name"),
                "email": Opt(Y(lambda f: P(f).email, "email")),
                "phone": Opt(Y(lambda f: P(f).phone, "phone"), 0.5),
                "address": {
                    "line1": Y(lambda f: P(f).street, "address|street"),
                    "city": Y(lambda f: P(f).city, "city"),
                    "state": G(lambda f: P(f).state),
                    "postal_code": Y(lambda f: P(f).zip, "zipcode"),
                    "country": G(lambda f: "US"),
                },
            },
            "receipt_email": Opt(Y(lambda f: P(f).email, "email"), 0.6),
            "metadata": {
                "account_ref": G(lambda f: f.acct_ref()),
                "plan_id": Opt(G(lambda f: "plan_" + f.hexid(10))),
                "agent_id": Opt(G(lambda f: "agt_" + f.digits(4)), 0.4),
            },
        },
    ),
    (
        "track",
        "ACH Debit Initiated",
        ["python"],
        "us",
        2,
        {
            "ach_trace_number": G(lambda f: f.pick(ROUTING)[:8] + f.digits(7)),
            "sec_code": G(lambda f: f.pick(["WEB", "TEL", "PPD"])),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.bank_account("us"), "bank account"),
            "receiver_name": Y(lambda f: P(f).full.upper()[:22], "name"),
            "effective_date": G(lambda f: f.when()),
            "amount": G(lambda f: f.money(20, 3000)),
            "company_entry_description": G(lambda f: f.pick(["SETTLEMENT", "PAYMENT", "INSTALLMNT"])),
            "return_code": Opt(G(lambda f: f.pick(["R01", "R02", "R03", "R10"])), 0.3),
        },
    ),
    (
        "track",
        "Insurance Info Provided",
        ["web-console"],
        "us",
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "provider_name": G(
                lambda f: f.pick(["Banner Health", "Memorial Hermann", "HCA Houston Healthcare"])
            ),
            "date_of_service": G(lambda f: f.when(2021, 2024)),
            "insurance_carrier": G(
                lambda f: f.pick(
                    ["Blue Cross Blue Shield of Texas", "Aetna", "UnitedHealthcare", "Medicaid (AHCCCS)"]
                )
            ),
            "member_id": Y(lambda f: f.pick(["XOJ", "ZGP", "W"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(6)),
            "policy_holder_name": Y(lambda f: f.name("us"), "name"),
            "policy_holder_dob": Y(lambda f: f.date(1950, 2000), "birthdate"),
            "mrn": RED(lambda f: f.pick(["", "MRN", "H"]) + f.digits(8), "health id"),
            "medicare_mbi": Opt(
                RED(
                    mbi,
                    "health id",
                ),
                0.4,
            ),
            "claim_submitted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Employment Verified",
        ["go"],
        "us",
        2,
        {
            "verification_ref": G(lambda f: "TWN-" + f.digits(10)),
            "employee_name": Y(lambda f: P(f).full, "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "employer_phone": G(lambda f: f.pick(["(479) 555-0134", "1-800-555-0177", "(210) 555-0190"])),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "employment_status": G(lambda f: f.pick(["active", "terminated", "on_leave"])),
            "hire_date": G(lambda f: f.when(2005, 2024)),
            "pay_rate": Y(lambda f: f.money(11, 48), "salary"),
            "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly"])),
            "tenure_months": G(lambda f: f.r.randint(1, 240)),
        },
    ),
    (
        "track",
        "Inbound Email Received",
        ["ruby"],
        None,
        1,
        {
            "from": Y(lambda f: f"{P(f).full} <{P(f).email}>", "email", True),
            "to": G(
                lambda f: f.pick(["disputes@settlewell.com", "ayuda@settlewell.es", "help@settlewell.co.za"])
            ),
            "subject": G(
                lambda f: f.pick(
                    ["Re: Your account", "Validation request", "RE: Acuerdo de pago", "Debt dispute"]
                )
            ),
            "spam_score": G(lambda f: round(f.r.uniform(-1, 4), 2)),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "sender_ip": Y(lambda f: f.ipv4(), "ip"),
            "message_id": G(lambda f: f"<CA{f.b64(30)}@mail.gmail.com>"),
            "envelope": {
                "from": Y(lambda f: P(f).email, "email", True),
                "to": Many(G(lambda f: "disputes@settlewell.com"), 1),
            },
        },
    ),
    (
        "track",
        "Solicitud de Aplazamiento",
        ["php"],
        "es",
        1,
        {
            "nombre_completo": Y(lambda f: P(f).full, "name"),
            "telefono_fijo": Y(
                lambda f: (
                    f.pick(["91", "93", "95", "96", "94"])
                    + " "
                    + f.digits(3)
                    + " "
                    + f.digits(2)
                    + " "
                    + f.digits(2)
                ),
                "phone",
            ),
            "pasaporte": Opt(RED(lambda f: f.passport("es"), "passport"), 0.5),
            "motivo": G(
                lambda f: f.pick(
                    ["desempleo", "ERTE", "divorcio", "fallecimiento_familiar", "reduccion_de_jornada"]
                )
            ),
            "situacion_laboral": G(lambda f: f.pick(["parado", "autonomo", "asalariado", "pensionista"])),
            "ingresos_mensuales": Y(lambda f: f.r.randint(0, 2800), "salary"),
            "personas_a_cargo": G(lambda f: f.r.randint(0, 4)),
            "discapacidad_reconocida": RED(lambda f: f.pick([True, False]), "disability"),
            "observaciones": G(
                lambda f: f.pick(
                    ["Solicito 3 meses de carencia", "Cobro el paro desde abril", "Pido reducir la cuota", ""]
                )
            ),
        },
    ),
    # -- Spain: PHP portal with Spanish keys ----------------------------------------------------
    (
        "identify",
        None,
        ["php"],
        "es",
        2,
        {
            "nombre": Y(lambda f: P(f).first, "name"),
            "apellidos": Y(lambda f: P(f).last, "name"),
            "fecha_nacimiento": Y(lambda f: P(f).dob, "birthdate"),
            "dni": RED(lambda f: f.dni(), "national id"),
            "email": Y(lambda f: P(f).email, "email"),
            "telefono": Y(lambda f: P(f).phone, "phone"),
            "idioma": G(lambda f: f.pick(["es", "ca", "eu", "gl"])),
            "provincia": G(lambda f: P(f).state),
            "cliente_desde": G(lambda f: f.when(2019, 2024)),
            "expediente": G(lambda f: "EXP-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Domiciliacion SEPA Creada",
        ["php"],
        "es",
        2,
        {
            "titular": Y(lambda f: P(f).full, "name"),
            "iban": RED(lambda f: f.es_iban(), "bank account"),
            "bic": G(lambda f: f.pick(list(ES_BANKS.values()))),
            "importe": G(lambda f: f.money(20, 900)),
            "moneda": G(lambda f: "EUR"),
            "referencia_mandato": G(lambda f: "SW" + f.digits(12)),
            "fecha_firma": G(lambda f: f.when()),
            "dni_nie": RED(lambda f: f.pick([f.dni, f.nie])(), "national id"),
            "telefono_movil": Y(lambda f: P(f).phone, "phone"),
            "correo_electronico": Y(lambda f: P(f).email, "email"),
            "direccion": Y(lambda f: f"{P(f).street}, {P(f).line2}", "address"),
            "codigo_postal": Y(lambda f: P(f).zip, "zipcode"),
            "localidad": Y(lambda f: P(f).city, "city"),
            "provincia": G(lambda f: P(f).state),
            "acreedor_original": G(lambda f: f.pick(CREDITORS)),
            "deuda_pendiente": G(lambda f: f.money(100, 15000)),
            "plan_de_pagos": {
                "cuotas": G(lambda f: f.pick([3, 6, 10, 12])),
                "importe_cuota": G(lambda f: f.money(20, 500)),
            },
            "consentimiento_rgpd": G(lambda f: True),
        },
    ),
    (
        "track",
        "Pago con Tarjeta",
        ["php"],
        "es",
        2,
        {
            "id_transaccion": G(lambda f: f.digits(12)),
            "numero_tarjeta": RED(lambda f: f.card(), "credit card"),
            "titular_tarjeta": Y(lambda f: P(f).full.upper(), "name"),
            "caducidad": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "marca": G(lambda f: f.pick(["VISA", "MASTERCARD", "AMEX"])),
            "importe": G(lambda f: f.money(20, 900)),
            "moneda": G(lambda f: "EUR"),
            "resultado": G(lambda f: f.pick(["autorizada", "denegada"])),
            "codigo_respuesta": G(lambda f: f.pick(["0000", "0190", "0180"])),
        },
    ),
    (
        "track",
        "Alta de Deudor",
        ["php"],
        "es",
        2,
        {
            "contrato": G(lambda f: f.pick(["PR", "TC", "MV"]) + f.digits(10)),
            "cedente": G(lambda f: f.pick(CREDITORS[-6:])),
            "nombre": Y(lambda f: P(f).first, "name"),
            "apellidos": Y(lambda f: P(f).last, "name"),
            "dni": RED(lambda f: f.pick([f.dni, f.dni, f.nie])(), "national id"),
            "fecha_nacimiento": Y(lambda f: P(f).dob, "birthdate"),
            "domicilio": Y(lambda f: f"{P(f).street}, {P(f).line2}", "address"),
            "cp": Y(lambda f: P(f).zip, "zipcode"),
            "municipio": Y(lambda f: P(f).city, "city"),
            "provincia": G(lambda f: P(f).state),
            "telefono": Y(lambda f: P(f).phone, "phone"),
            "email": Opt(Y(lambda f: P(f).email, "email"), 0.6),
            "importe_deuda": G(lambda f: f.money(60, 18000)),
            "fecha_impago": G(lambda f: f.when(2018, 2024)),
            "en_asnef": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Busqueda de Expediente",
        ["web-console"],
        "es",
        1,
        {
            "input": RED(lambda f: f.pick([f.dni, f.dni, f.nie])(), "national id", True),
            "search_type": G(lambda f: "documento"),
            "results_count": G(lambda f: f.r.randint(0, 2)),
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    # -- South Africa: .NET service (PascalCase) and Afrikaans keys -----------------------------
    (
        "identify",
        None,
        ["dotnet"],
        "za",
        2,
        {
            "FirstName": Y(lambda f: P(f).first, "name"),
            "Surname": Y(lambda f: P(f).last, "name"),
            "CellNumber": Y(lambda f: P(f).phone, "phone"),
            "EmailAddress": Opt(Y(lambda f: P(f).email, "email")),
            "IdNumber": RED(lambda f: f.sa_id(), "national id"),
            "PreferredLanguage": G(lambda f: f.pick(["en", "af", "zu", "xh", "st"])),
            "Province": G(lambda f: P(f).state),
            "DebtReviewFlag": G(lambda f: f.pick([True, False])),
            "CustomerSince": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "DebitOrderMandateCreated",
        ["dotnet"],
        "za",
        2,
        {
            "MandateReference": G(lambda f: "DC" + f.digits(12)),
            "AccountHolder": Y(lambda f: P(f).full, "name"),
            "BankName": G(lambda f: f.pick(SA_BANKS)[0]),
            "BranchCode": G(lambda f: f.pick(SA_BANKS)[1]),
            "AccountNumber": RED(lambda f: f.sa_account(), "bank account"),
            "AccountType": G(lambda f: f.pick(["Cheque", "Savings", "Transmission"])),
            "IdNumber": RED(lambda f: f.sa_id(), "national id"),
            "DebitDay": G(lambda f: f.pick([1, 15, 25, 28])),
            "InstalmentAmount": G(lambda f: f.money(150, 3500)),
            "Currency": G(lambda f: "ZAR"),
            "CellphoneNumber": Y(lambda f: P(f).phone, "phone"),
            "AuthenticationType": G(lambda f: f.pick(["TT1", "TT2", "TT3"])),
            "ConsentGiven": G(lambda f: True),
        },
    ),
    (
        "track",
        "AffordabilityAssessed",
        ["dotnet"],
        "za",
        2,
        {
            "AssessmentId": G(lambda f: f.uuid()),
            "GrossMonthlyIncome": Y(lambda f: f.r.randint(4000, 60000), "salary"),
            "NetMonthlyIncome": Y(lambda f: f.r.randint(3500, 45000), "salary"),
            "Employer": G(lambda f: f.pick(EMPLOYERS)),
            "JobTitle": G(lambda f: f.pick(JOB_TITLES)),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Divorced", "Widowed"])),
            "Age": G(lambda f: f.r.randint(21, 70)),
            "Dependants": Many(
                {
                    "FirstName": Y(lambda f: f.first_name("za"), "name"),
                    "Age": G(lambda f: f.r.randint(1, 22)),
                    "Relationship": G(lambda f: f.pick(["Child", "Parent", "Grandchild"])),
                },
                3,
            ),
            "CreditScore": Y(lambda f: f.r.randint(350, 780), "credit score"),
            "Bureau": G(lambda f: f.pick(["TransUnion", "Experian", "XDS"])),
            "DisposableIncome": G(lambda f: f.r.randint(-500, 6000)),
        },
    ),
    (
        "track",
        "DeceasedEstateReported",
        ["dotnet"],
        "za",
        1,
        {
            "EstateLateNumber": G(lambda f: f"{f.r.randint(100, 30000)}/{f.r.randint(2022, 2025)}"),
            "MastersOffice": G(lambda f: f.pick(["Johannesburg", "Pretoria", "Cape Town", "Durban"])),
            "DeceasedIdNumber": RED(lambda f: f.sa_id(), "national id"),
            "ExecutorName": Y(lambda f: f.name("za"), "name"),
            "ExecutorCell": Y(lambda f: f.tel("za"), "phone"),
            "ExecutorEmail": Opt(Y(lambda f: f.mail("za"), "email")),
            "DeathCertificateReceived": G(lambda f: f.pick([True, False])),
            "ClaimLodgedAmount": G(lambda f: f.money(500, 90000)),
        },
    ),
    (
        "track",
        "EmolumentsAttachmentOrderIssued",
        ["dotnet"],
        "za",
        1,
        {
            "EaoReference": G(lambda f: "EAO" + f.digits(8)),
            "CourtCaseNumber": G(lambda f: f"{f.r.randint(100, 9999)}/{f.r.randint(2019, 2025)}"),
            "EmployeeName": Y(lambda f: P(f).full, "name"),
            "EmployeeIdNumber": RED(lambda f: f.sa_id(), "national id"),
            "PersalNumber": Opt(G(lambda f: f.digits(8)), 0.5),
            "Employer": G(lambda f: f.pick(EMPLOYERS)),
            "PayrollContactEmail": G(
                lambda f: f.pick(
                    ["payroll@shoprite.example", "salaries@sasol.example", "hr.payroll@picknpay.example"]
                )
            ),
            "GrossSalary": Y(lambda f: f.r.randint(6000, 55000), "salary"),
            "MonthlyDeduction": G(lambda f: f.money(200, 4000)),
        },
    ),
    (
        "track",
        "CardPaymentFailed",
        ["dotnet"],
        "za",
        1,
        {
            "TransactionId": G(lambda f: f.uuid()),
            "CardHolderName": Y(lambda f: P(f).full, "name"),
            "MaskedPan": G(lambda f: (lambda c: c[:6] + "******" + c[-4:])(f.card(formatted=False))),
            "ResponseCode": G(lambda f: f.pick(["05", "51", "54", "91"])),
            "Amount": G(lambda f: f.money(100, 5000)),
            "Currency": G(lambda f: "ZAR"),
        },
    ),
    (
        "track",
        "Betaling Ontvang",
        ["dotnet"],
        "za",
        2,
        {
            "naam": Y(lambda f: P(f).first, "name"),
            "van": Y(lambda f: P(f).last, "name"),
            "selfoonnommer": Y(lambda f: P(f).phone, "phone"),
            "e_pos": Opt(Y(lambda f: P(f).email, "email")),
            "id_nommer": RED(lambda f: f.sa_id(), "national id"),
            "rekeningnommer": RED(lambda f: f.sa_account(), "bank account"),
            "takkode": G(lambda f: f.pick(SA_BANKS)[1]),
            "bedrag": G(lambda f: f.money(100, 5000)),
            "verwysing": G(lambda f: "SW" + f.digits(8)),
            "betaaldatum": G(lambda f: f.when()),
            "woonadres": Y(lambda f: f"{P(f).street}, {P(f).city}", "address"),
            "poskode": Y(lambda f: P(f).zip, "zipcode"),
            "stad": Y(lambda f: P(f).city, "city"),
            "provinsie": G(lambda f: P(f).state),
            "taal": G(lambda f: f.pick(["af", "en"])),
        },
    ),
    # -- field agents (South Africa, Kotlin app with location) ----------------------------------
    (
        "track",
        "Doorstep Visit Logged",
        ["field"],
        "za",
        2,
        {
            "visit_id": G(lambda f: f.uuid()),
            "account_id": G(lambda f: f.acct_ref()),
            "agent_employee_number": G(lambda f: "E" + f.digits(5)),
            "outcome": G(lambda f: f.pick(["paid", "ptp", "no_contact", "refused", "moved"])),
            "debtor_present": G(lambda f: f.pick([True, False])),
            "visit_lat": Y(lambda f: round(f.r.uniform(-34.1, -23.9), 6), "geolocation"),
            "visit_lng": Y(lambda f: round(f.r.uniform(18.3, 31.5), 6), "geolocation"),
            "payment_collected": G(lambda f: f.money(0, 2500)),
            "receipt_number": G(lambda f: "RC" + f.digits(7)),
            "next_visit_date": Opt(G(lambda f: f.when())),
            "notes": G(field_notes),
        },
    ),
    # -- call centre: dialer, Twilio, agent console ----------------------------------------------
    (
        "track",
        "Outbound Call Completed",
        ["node"],
        None,
        3,
        {
            "callSid": G(lambda f: f.sid("CA")),
            "accountId": G(lambda f: f.acct_ref()),
            "dialedNumber": Y(lambda f: P(f).phone, "phone"),
            "callerId": G(
                lambda f: {"us": "+18885550142", "es": "+34900555014", "za": "+27105550100"}[rg(f)]
            ),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
            "agentName": Y(lambda f: f.name(), "name"),
            "team": G(lambda f: f.pick(AGENT_TEAMS)),
            "dialerCampaign": G(
                lambda f: f.pick(["early_stage_q2", "promise_followup", "es_tardia", "za_legal"])
            ),
            "disposition": G(
                lambda f: f.pick(["RPC", "LEFT_MESSAGE", "WRONG_NUMBER", "PTP", "REFUSED", "NO_ANSWER"])
            ),
            "durationSec": G(lambda f: f.r.randint(0, 1400)),
            "rightPartyContact": G(lambda f: f.pick([True, False])),
            "miniMirandaRead": G(lambda f: f.pick([True, False])),
            "debtorTimezone": G(lambda f: f.pick(TZ[rg(f)])),
            "agentNotes": Y(call_notes, "phone", True),
            "wrapUpNote": G(wrap_up),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        ["node"],
        "us",
        2,
        {
            "source": G(lambda f: "twilio_voice_webhook"),
            "payload": {
                "CallSid": G(lambda f: f.sid("CA")),
                "AccountSid": G(lambda f: "AC" + "3f9a1c0e7b2d4a6f8e5c1b9d7a3e2f10"),
                "From": Y(
                    lambda f: "+1" + "".join(c for c in f.tel("us") if c.isdigit())[-10:], "phone", True
                ),
                "To": G(lambda f: f.pick(["+18885550142", "+18885550199"])),
                "CallerName": Opt(Y(lambda f: P(f).full.upper(), "name"), 0.6),
                "FromCity": Y(lambda f: P(f).city.upper(), "city"),
                "FromState": G(lambda f: P(f).state),
                "FromZip": Y(lambda f: P(f).zip[:5], "zipcode"),
                "FromCountry": G(lambda f: "US"),
                "ToCity": G(lambda f: "DALLAS"),
                "Direction": G(lambda f: "inbound"),
                "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            },
            "queue": G(lambda f: f.pick(["general", "hardship", "spanish"])),
        },
    ),
    (
        "track",
        "IVR Payment Captured",
        ["node"],
        "us",
        2,
        {
            "ivr_session": G(lambda f: f.uuid()),
            "caller_ani": Y(lambda f: "".join(c for c in P(f).phone if c.isdigit())[-10:], "phone"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "zip_entered": Y(lambda f: P(f).zip[:5], "zipcode"),
            "dob_entered": Y(lambda f: P(f).dob.replace("-", "")[4:] + P(f).dob[:4], "birthdate"),
            "card_last4": G(lambda f: f.digits(4)),
            "menu_path": Many(G(lambda f: f.pick(["1", "2", "9", "0"])), 4),
            "pci_pause": G(lambda f: True),
        },
    ),
    (
        "track",
        "Verbal Authorization Recorded",
        ["node"],
        "us",
        1,
        {
            "auth_id": G(lambda f: "tel_" + f.hexid(12)),
            "auth_type": G(lambda f: f.pick(["single", "recurring"])),
            "payer_name": Y(lambda f: P(f).full, "name"),
            "payer_phone": Y(lambda f: P(f).phone, "phone"),
            "payer_email": Opt(Y(lambda f: P(f).email, "email")),
            "payer_address": Y(lambda f: f"{P(f).street}, {P(f).city}, {P(f).state} {P(f).zip}", "address"),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.bank_account("us"), "bank account"),
            "amount": G(lambda f: f.money(20, 3000)),
        },
    ),
    (
        "track",
        "CRM Property Changed",
        ["node"],
        None,
        1,
        {
            "objectId": G(lambda f: int(f.digits(11))),
            "portalId": G(lambda f: 24117530),
            "subscriptionType": G(lambda f: "contact.propertyChange"),
            "propertyName": G(lambda f: f.pick(["mobilephone", "phone", "hs_whatsapp_phone_number"])),
            "propertyValue": Y(lambda f: f.tel(), "phone", True),
            "changeSource": G(lambda f: f.pick(["CRM_UI", "INTEGRATION", "IMPORT"])),
            "occurredAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Inbound Caller Lookup",
        ["web-console"],
        "us",
        2,
        {
            "q": Y(lambda f: f.tel("us"), "phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "search_ms": G(lambda f: f.r.randint(20, 900)),
            "screen_pop": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Promise To Pay Recorded",
        ["web-console"],
        None,
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "ptp_amount": G(lambda f: f.money(20, 2000)),
            "ptp_date": G(lambda f: f.when()),
            "ptp_method": G(lambda f: f.pick(["card", "ach", "sepa", "debit_order", "cash"])),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "note": G(wrap_up),
            "callback_scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agent Note Added",
        ["web-console", "node"],
        None,
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "note_type": G(lambda f: f.pick(["skip", "address_change", "returned_mail"])),
            "agent_email": Y(
                lambda f: ascii_fold(f.first_name()).replace(" ", ".") + "@settlewell.com", "email"
            ),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "note_body": Y(note_body, "address", True),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Third Party Contact Logged",
        ["web-console"],
        None,
        1,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "contact_name": Y(lambda f: f.name(), "name"),
            "contact_relationship": G(
                lambda f: f.pick(["spouse", "sibling", "neighbour", "employer", "roommate"])
            ),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "contact_email": Opt(Y(lambda f: f.mail(), "email"), 0.4),
            "disclosed_debt": G(lambda f: False),
            "message_left": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Right Party Verified",
        ["web-console"],
        None,
        2,
        {
            "account_id": G(lambda f: f.acct_ref()),
            "verification_fields": Many(G(lambda f: f.pick(["dob", "ssn_last4", "address", "id_number"])), 3),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "passed": G(lambda f: f.pick([True, False])),
            "failed_field": Opt(G(lambda f: f.pick(["dob", "address"])), 0.3),
        },
    ),
    (
        "track",
        "Call Recording Available",
        ["go"],
        None,
        2,
        {
            "recording-id": G(lambda f: f.sid("RE")),
            "call-id": G(lambda f: f.sid("CA")),
            "duration-seconds": G(lambda f: f.r.randint(5, 1500)),
            "channels": G(lambda f: f.pick([1, 2])),
            "recording-url": Y(
                lambda f: (
                    "https://api.twilio.com/2010-04-01/Accounts/AC3f9a1c0e7b2d4a6f8e5c1b9d7a3e2f10"
                    "/Recordings/" + f.sid("RE")
                ),
                "photo|recording",
            ),
            "pci-redacted": G(lambda f: f.pick([True, False])),
            "sentiment": G(lambda f: f.pick(["negative", "neutral", "positive"])),
            "language": G(lambda f: f.pick(["en-US", "es-ES", "af-ZA", "en-ZA"])),
            "transcript-excerpt": Y(transcript, "phone", True),
            "agent-id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["node"],
        None,
        2,
        {
            "message_sid": G(lambda f: f.sid("SM")),
            "to_number": Y(lambda f: P(f).phone, "phone"),
            "from_number": G(lambda f: f.pick(["+18885550142", "73378", "+34900555014", "+27105550100"])),
            "body": G(sms_body),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "template": G(lambda f: f.pick(["reminder_7d", "ptp_confirm", "payment_received"])),
        },
    ),
    # -- skip tracing (Go worker) ---------------------------------------------------------------
    (
        "track",
        "Skip Trace Completed",
        ["go"],
        "us",
        2,
        {
            "trace_id": G(lambda f: f.uuid()),
            "account_id": G(lambda f: f.acct_ref()),
            "vendor": G(lambda f: f.pick(["tlo", "accurint", "experian_skip", "melissa"])),
            "lex_id": Opt(G(lambda f: f.digits(12)), 0.5),
            "input_ssn": RED(lambda f: f.ssn(), "social security number"),
            "match_score": G(lambda f: f.r.randint(40, 99)),
            "hits": G(lambda f: f.r.randint(0, 9)),
            "new_address": {
                "street": Y(lambda f: f.line1("us"), "address|street"),
                "city": Y(lambda f: f.town("us"), "city"),
                "state": G(lambda f: f.state("us")),
                "zip": Y(lambda f: f.postcode("us"), "zipcode"),
                "first_seen": G(lambda f: f.when(2022, 2025)),
            },
            "phones": Many(
                {
                    "number": Y(lambda f: f.tel("us"), "phone"),
                    "line_type": G(lambda f: f.pick(["mobile", "landline", "voip"])),
                    "carrier": G(lambda f: f.pick(CARRIERS["us"])),
                    "confidence": G(lambda f: f.r.randint(10, 99)),
                },
                3,
            ),
            "emails": Many(Y(lambda f: f.mail("us"), "email"), 2),
            "aliases": Opt(Many(Y(lambda f: f.name("us"), "name"), 2), 0.5),
            "previous_addresses": Many(Y(lambda f: f.address("us"), "address"), 3),
            "employer": Opt(
                {
                    "name": G(lambda f: f.pick(EMPLOYERS)),
                    "phone": G(lambda f: f.pick(["(713) 555-0100", "(480) 555-0175", "1-800-555-0199"])),
                    "address": G(
                        lambda f: f.pick(
                            [
                                "702 SW 8th St, Bentonville, AR 72716",
                                "4001 N Shepherd Dr, Houston, TX",
                                "1 Corporate Way, Tulsa, OK",
                            ]
                        )
                    ),
                },
                0.6,
            ),
            "relatives": Many(
                {
                    "name": Y(lambda f: f.name("us"), "name"),
                    "relationship": G(
                        lambda f: f.pick(["possible relative", "spouse", "parent", "associate"])
                    ),
                    "age": G(lambda f: f.r.randint(18, 90)),
                },
                3,
            ),
            "vehicles": Opt(
                Many(
                    {
                        "plate": Y(
                            lambda f: (
                                "".join(f.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
                                + f.pick(["", "-", " "])
                                + f.digits(4)
                            ),
                            "license",
                        ),
                        "vin": Y(
                            lambda f: (
                                f.pick(["1FTFW1E5", "1HGCV1F3", "5YJ3E1EA", "3N1AB8CV"])
                                + f.digits(1)
                                + f.pick("KLMNPR")
                                + f.digits(7)
                            ),
                            "serial",
                        ),
                        "make": G(lambda f: f.pick(["Ford", "Honda", "Tesla", "Nissan"])),
                        "year": G(lambda f: f.r.randint(2008, 2023)),
                    },
                    2,
                ),
                0.6,
            ),
            "deceased_flag": G(lambda f: f.pick([False, False, True])),
            "bankruptcy_flag": G(lambda f: f.pick([False, True])),
        },
    ),
    # -- creditor placements (Java) and warehouse sync ------------------------------------------
    (
        "group",
        None,
        ["java"],
        "us",
        1,
        {
            "name": G(lambda f: f.pick(CREDITORS)),
            "industry": G(lambda f: f.pick(["Banking", "Telecom", "Healthcare", "Retail", "Auto Finance"])),
            "plan": G(lambda f: f.pick(["contingency", "flat_fee", "debt_purchase"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.capitalone.com", "https://www.vodacom.co.za", "https://www.wizink.es"]
                )
            ),
            "creditorCode": G(lambda f: "CR" + f.digits(4)),
            "supportEmail": G(
                lambda f: f.pick(
                    [
                        "recoveries@capitalone.example",
                        "collections@vodacom.example",
                        "no-reply@wizink.example",
                    ]
                )
            ),
            "billingPhone": G(lambda f: f.pick(["1-800-555-0110", "+27 82 555 0111", "+34 900 555 012"])),
            "accountManagerEmail": Y(
                lambda f: (
                    ascii_fold(f.first_name("us"))
                    + "."
                    + ascii_fold(f.last_name("us")).replace("'", "").replace(" ", "")
                    + "@settlewell.com"
                ),
                "email",
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Account Placed",
        ["java"],
        "us",
        3,
        {
            "placementId": G(lambda f: "PLC" + f.digits(9)),
            "creditorId": G(lambda f: "CR" + f.digits(4)),
            "creditorName": G(lambda f: f.pick(CREDITORS)),
            "originalCreditor": G(lambda f: f.pick(CREDITORS)),
            "originalAccountLast4": G(lambda f: f.digits(4)),
            "portfolio": G(lambda f: f.pick(["2024-Q1-CC", "2024-Q2-TEL", "MED-2023-H2"])),
            "balance": G(lambda f: f.money(150, 25000)),
            "principal": G(lambda f: f.money(100, 20000)),
            "chargeOffDate": G(lambda f: f.when(2016, 2024)),
            "chargeOffBalance": G(lambda f: f.money(150, 25000)),
            "lastPaymentDate": Opt(G(lambda f: f.when(2015, 2024))),
            "statuteOfLimitationsDate": G(lambda f: f.when(2025, 2030)),
            "debtor": {
                "fullName": Y(lambda f: P(f).full, "name"),
                "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
                "dob": Y(lambda f: P(f).dob, "birthdate"),
                "phone": Y(lambda f: P(f).phone, "phone"),
                "email": Opt(Y(lambda f: P(f).email, "email"), 0.6),
                "address": {
                    "line1": Y(lambda f: P(f).street, "address|street"),
                    "line2": Opt(Y(lambda f: P(f).line2, "address|street"), 0.4),
                    "city": Y(lambda f: P(f).city, "city"),
                    "state": G(lambda f: P(f).state),
                    "zip": Y(lambda f: P(f).zip, "zipcode"),
                },
                "workPhone": Opt(
                    Y(lambda f: f.phone("nanp_paren") + f.pick(["", " x" + f.digits(3)]), "phone"), 0.4
                ),
                "driversLicense": Opt(Y(lambda f: f.pick(["", "D", "S"]) + f.digits(8), "license"), 0.5),
                "creditScoreAtPlacement": Opt(Y(lambda f: f.r.randint(420, 700), "credit score")),
            },
            "coDebtor": Opt(
                {
                    "fullName": Y(lambda f: f.name("us"), "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "co-signer", "authorized user"])),
                },
                0.3,
            ),
            "state": G(lambda f: f.state("us")),
        },
    ),
    (
        "track",
        "Account Snapshot Synced",
        ["python"],
        "us",
        2,
        {
            "ACCOUNT_ID": G(lambda f: f.acct_ref()),
            "CURRENT_BALANCE": G(lambda f: f.money(0, 25000)),
            "DAYS_DELINQUENT": G(lambda f: f.r.randint(90, 2400)),
            "CONSUMER_FIRST_NAME": Y(lambda f: P(f).first.upper(), "name"),
            "CONSUMER_LAST_NAME": Y(lambda f: P(f).last.upper(), "name"),
            "CONSUMER_EMAIL": Y(lambda f: P(f).email, "email"),
            "HOME_PHONE": Y(lambda f: "".join(c for c in f.tel("us") if c.isdigit())[-10:], "phone"),
            "CELL_PHONE": Y(lambda f: "".join(c for c in P(f).phone if c.isdigit())[-10:], "phone"),
            "ZIP5": Y(lambda f: P(f).zip[:5], "zipcode"),
            "STATE_CD": G(lambda f: P(f).state),
            "DO_NOT_CALL": G(lambda f: f.pick(["Y", "N", "N"])),
            "CEASE_DESIST": G(lambda f: f.pick(["Y", "N", "N", "N"])),
            "BANKRUPTCY_CHAPTER": G(lambda f: f.pick([None, "7", "13"])),
            "FICO_SCORE": Y(lambda f: f.r.randint(400, 760), "credit score"),
            "LAST_CONTACT_TS": G(lambda f: f.iso()),
        },
    ),
    # -- letters, e-mail and e-signature --------------------------------------------------------
    (
        "track",
        "Letter Sent",
        ["ruby"],
        "us",
        2,
        {
            "letter_id": G(lambda f: "ltr_" + f.hexid(16)),
            "template": G(
                lambda f: f.pick(["validation_notice", "settlement_confirmation", "plan_confirmation"])
            ),
            "to": {
                "name": Y(lambda f: P(f).full, "name"),
                "address_line1": Y(lambda f: P(f).street, "address|street"),
                "address_line2": Opt(Y(lambda f: P(f).line2, "address|street"), 0.4),
                "address_city": Y(lambda f: P(f).city, "city"),
                "address_state": G(lambda f: P(f).state),
                "address_zip": Y(lambda f: P(f).zip, "zipcode"),
                "address_country": G(lambda f: "US"),
            },
            "from": {
                "name": G(lambda f: office(f)[0]),
                "address_line1": G(lambda f: office(f)[1]),
                "address_city": G(lambda f: office(f)[2]),
                "address_state": G(lambda f: office(f)[3]),
                "address_zip": G(lambda f: office(f)[4]),
            },
            "mail_type": G(lambda f: f.pick(["usps_first_class", "usps_standard"])),
            "expected_delivery_date": G(lambda f: f.when()),
            "page_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Email Event",
        ["ruby"],
        None,
        2,
        {
            "sg_message_id": G(
                lambda f: (
                    f"{f.hexid(11)}.{f.hexid(3)}.{f.hexid(6)}.filter0001.{f.digits(5)}.{f.hexid(9).upper()}.0"
                )
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(11)}.{f.hexid(3)}.{f.hexid(6)}@ismtpd-{f.digits(3)}>"),
            "sg_event_id": G(lambda f: f.b64(22)),
            "email": Y(lambda f: P(f).email, "email"),
            "from_address": G(
                lambda f: f.pick(
                    ["no-reply@settlewell.com", "notices@settlewell.es", "help@settlewell.co.za"]
                )
            ),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.6),
            "useragent": Opt(G(lambda f: f.pick(UAS)), 0.6),
            "url": Opt(
                G(
                    lambda f: (
                        "https://pay.settlewell.com/?utm_source=email&utm_campaign="
                        + f.pick(["reminder_7d", "settlement_q2"])
                    )
                ),
                0.4,
            ),
            "category": Many(G(lambda f: f.pick(["collections", "reminder", "transactional"])), 2),
        },
    ),
    (
        "track",
        "Settlement Agreement Signed",
        ["node"],
        None,
        2,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "delivered", "declined"])),
            "signer": {
                "name": Y(lambda f: P(f).full, "name"),
                "email": Y(lambda f: P(f).email, "email"),
                "ipAddress": Y(lambda f: f.ipv4(), "ip"),
                "recipientId": G(lambda f: str(f.r.randint(1, 3))),
                "signedDateTime": G(lambda f: f.iso()),
            },
            "documentsCount": G(lambda f: f.r.randint(1, 3)),
            "templateName": G(
                lambda f: f.pick(["Settlement Agreement v4", "Acuerdo de Liquidación", "Skikkingsooreenkoms"])
            ),
        },
    ),
]


def message(f: DF, kind: str, name: str | None, client: str, region: str | None, body: Any, labels: dict):
    f.cur = {"rg": region or f.pick(["us", "us", "us", "es", "za"])}
    if client.startswith("web-"):
        f.cur["site"] = client[4:]
    elif client == "web" and f.cur["rg"] == "es" and f.r.random() < 0.5:
        f.cur["site"] = "es"
    ts = f.iso()
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": ts, "originalTimestamp": ts}
    if client in ("web", "web-es", "swift", "kotlin", "rn", "flutter") or f.r.random() < 0.2:
        msg["anonymousId"] = f.uuid()
    msg["userId"] = f.pick(["usr_", "u_"]) + f.digits(8)
    if kind == "track":
        msg["event"] = name
    elif kind == "page":
        msg["name"] = name
        msg["category"] = f.pick(["Portal", "Console", None])
    elif kind == "screen":
        f.cur["screen"] = f.pick(
            [
                "Home",
                "Payment Plan",
                "Settlement Offer",
                "Upload Documents",
                "Make a Payment",
                "Messages",
                "Dispute",
                "Profile",
            ]
        )
        msg["name"] = f.cur["screen"]
    elif kind == "group":
        msg["groupId"] = "CR" + f.digits(4)
    elif kind == "alias":
        msg["previousId"] = msg.get("anonymousId") or f.uuid()
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["sentAt"] = ts
    return msg


def build(seed: int = 249, repeats: int = 22):
    f = DF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, region, weight, body in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, f.pick(clients), region, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build()
    write(Path(__file__).parent, "holdout249_", events, labels)
