"""Writes holdout266: tests/corpus/holdout266_events.jsonl and holdout266_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the helpers and
the format), and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout266`; deterministic (seed 266).

Domain: a pension fund and retirement-savings portal ("Meridian") operating in Chile (AFP-style
accounts, RUT, multifondos A-E, SCOMP annuity quotes, seguro de cesantía), Australia
(superannuation: TFN, BSB, SuperStream payroll contributions, early release on hardship and
compassionate grounds, DASP for departing temporary residents) and Switzerland (BVG/LPP
Pensionskasse: AHV/AVS number, Freizügigkeit, Einkauf, Vorsorgeausgleich, IV). Covers identify
(including a reverse-ETL warehouse sync with SCREAMING_SNAKE keys and a .NET back end with
PascalCase keys), group (employers), alias, page (analytics.js) and screen (analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter) calls and track calls from those and
from the server libraries (python, node, go, java, ruby, php, Analytics.NET); e-commerce spec
events for paid advice sessions; vendor-shaped payloads (Zendesk ticket, SendGrid event, Twilio
SMS status, DocuSign envelope, Calendly booking, an OAuth payroll integration). Keys are mostly
camelCase and snake_case English, with Spanish, German and French keys, PascalCase, kebab-case and
SCREAMING_SNAKE in places.

Conventions: values come from the country-aware generators below (Chilean, Australian and Swiss
names from many cultures, national phone formats, addresses, RUTs with their mod-11 check digit,
TFNs with their weighted check, AHV numbers with the EAN-13 check, Medicare numbers with their
check digit, ABNs with the mod-89 check, Swiss IBANs with mod-97, Luhn cards). The labels of a
path hold for every event that sends it; the `render` here is build.py's plus `Maybe` (a key sent
only in some events), so a path may be absent from some events but is never relabelled.

Labelling rules (the Privacy Portal's defaults, as the brief gives them):
- PII = personal data about a natural person: the member, a beneficiary, a witness, a spouse, a
  doctor, an adviser or other staff member, an employer's HR contact, a signer. Colour is the
  reference's default for the matcher; outside the reference: red for credentials, tokens,
  secrets, card numbers, bank accounts, government ids and health ids, yellow otherwise
  (geolocation, advertising id, ip).
- Green: ids we issue (member, customer, claim, contribution, quote numbers, UUIDs), versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys (`tfn_provided`,
  `phone_verified`, `beneficiary_count`), fund, option, employer and insurer names, ages and age
  bands, marital status, job titles and employers, business ids (ABN, a company's RUT, USI, BSB,
  BIC, BPAY biller code), a business's own phone, e-mail and address (branches, role mailboxes,
  the fund's sender number), country, state/region/canton, locale, timezone, currency, user
  agents, OS-issued device ids, e-mail Message-IDs.
- Yellow: insurance policy numbers (`identification`), salaries and insured/AHV wages (`salary`),
  billing addresses (`address`), ad click ids gclid/fbclid/fbp (`advertising id`), trade union
  membership and union names (`trade union`), church denomination for church tax (`religion`),
  smoker status and health booleans (`condition`).
- Red: RUT/RUN, TFN, AHV/AVS numbers, Centrelink CRNs and identity-document numbers (`national id`
  or `passport`); Medicare, Swiss health-insurance card numbers (`health id`); visa subclass and
  grant numbers (`visa`); account numbers and IBANs (`bank account`); one-time codes, reset
  links' tokens, card tokens, OAuth access tokens, push tokens (`token`); disability/invalidity
  (`disability`).
- Decisions where the brief is silent (what a careful privacy owner would want flagged): a
  salutation that is only Herr/Frau is `gender`; a comuna/suburb of the person's address is `city`;
  a deceased member's cause of death is `condition|diagnosis`; the APNs push token is red `token`
  (as build.py labels it); a company's RUT or ABN is green (it identifies a business); a BancoEstado
  CuentaRUT number is a bank account (red) even though it repeats the RUT's digits; the
  `recipient` of a statement e-mail is value_only (the key names a person, not an e-mail).
- value_only: true when the key does not say what the value is (`q`, `input`, `value`, `valor`,
  `label`, `text`, `content`, `note`, `Body`, `description`, `recipient`, `connected_by`,
  `reset_link`). Every value of a value_only
  PII path carries that PII; free text is labelled by what all its values carry, green when none
  does (the survey comments and the contact-form message here never carry PII).
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Maybe:
    """A key sent only in some events (probability p)."""

    def __init__(self, item: Any, p: float = 0.6):
        self.item = item
        self.p = p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Maybe):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- country-aware values ---------------------------------------------------------------------------

FIRST = {
    "CL": [
        "Catalina",
        "Benjamín",
        "Josefa",
        "Matías",
        "Constanza",
        "Vicente",
        "Antonia",
        "Agustín",
        "Francisca",
        "Joaquín",
        "Javiera",
        "Tomás",
        "Ayelén",
        "Wladimir",
        "Yuxin",
    ],
    "AU": [
        "Jack",
        "Olivia",
        "Charlotte",
        "Liam",
        "Mia",
        "Aroha",
        "Wei",
        "Priya",
        "Thanh",
        "Mohammed",
        "Isla",
        "Lachlan",
        "Kirra",
        "Siosaia",
        "Eleni",
        "Harpreet",
    ],
    "CH": [
        "Luca",
        "Noah",
        "Lena",
        "Élodie",
        "Jean-Luc",
        "Giulia",
        "Reto",
        "Ursula",
        "Matteo",
        "Léa",
        "Arbnor",
        "Ayşe",
        "Fabienne",
        "Dragana",
        "Samuel",
    ],
}
LAST = {
    "CL": [
        "González",
        "Muñoz",
        "Rojas",
        "Díaz",
        "Pérez",
        "Soto",
        "Contreras",
        "Silva",
        "Sepúlveda",
        "Fuentes",
        "Valenzuela",
        "Araya",
        "Mamani",
        "Huenchumilla",
        "Nahuelpán",
        "Yáñez",
    ],
    "AU": [
        "Smith",
        "Nguyen",
        "Williams",
        "Brown",
        "Tran",
        "Singh",
        "Papadopoulos",
        "Wilson",
        "O'Connor",
        "Kelly",
        "Zhang",
        "Watson",
        "Taufa",
        "Ng",
        "Kaur",
        "McKenzie",
    ],
    "CH": [
        "Müller",
        "Meier",
        "Schmid",
        "Keller",
        "Weber",
        "Huber",
        "Favre",
        "Rochat",
        "Bernasconi",
        "Rossi",
        "Gashi",
        "Berisha",
        "Yilmaz",
        "Zürcher",
        "Bühler",
        "Jovanović",
    ],
}
MAIL_DOMAINS = {
    "CL": ["gmail.com", "hotmail.com", "yahoo.es", "vtr.net", "live.cl"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"],
}
STREETS = {
    "CL": [
        "Av. Providencia",
        "Los Leones",
        "Av. Libertador Bernardo O'Higgins",
        "Pasaje Los Aromos",
        "Calle Esmeralda",
        "Av. Grecia",
        "Av. Pajaritos",
        "Camino El Alba",
    ],
    "AU": [
        "Smith St",
        "George Street",
        "Parramatta Rd",
        "Bourke St",
        "Chapel St",
        "Ann Street",
        "Carrington Rd",
        "Beaufort St",
        "Gouger St",
    ],
    "CH": [
        "Bahnhofstrasse",
        "Rue du Rhône",
        "Via Nassa",
        "Seestrasse",
        "Avenue de la Gare",
        "Dorfstrasse",
        "Chemin des Vignes",
        "Spitalgasse",
    ],
}
CITIES = {
    "CL": [
        "Providencia",
        "Ñuñoa",
        "Maipú",
        "Puente Alto",
        "Viña del Mar",
        "Concepción",
        "Temuco",
        "Antofagasta",
        "La Florida",
        "Las Condes",
    ],
    "AU": [
        "Fitzroy",
        "Parramatta",
        "Newtown",
        "Fremantle",
        "Toowong",
        "Glenelg",
        "Bondi Junction",
        "Box Hill",
        "Belconnen",
        "Cabramatta",
    ],
    "CH": [
        "Zürich",
        "Genève",
        "Lausanne",
        "Bern",
        "Basel",
        "Lugano",
        "Winterthur",
        "St. Gallen",
        "Fribourg",
        "Sion",
        "Luzern",
    ],
}
EMPLOYERS = {
    "CL": ["Codelco", "Falabella S.A.", "Cencosud", "Banco de Chile", "Arcos Dorados Chile", "Sodimac"],
    "AU": ["Woolworths Group", "BHP", "Ramsay Health Care", "Bunnings", "NSW Health", "Qantas Airways"],
    "CH": ["Nestlé S.A.", "Migros-Genossenschafts-Bund", "Roche", "SBB CFF FFS", "Swisscom", "Coop"],
}
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
OPTIONS_AU = ["Balanced", "High Growth", "Indexed Diversified", "Conservative", "Cash", "Socially Conscious"]
FONDOS_CL = ["A", "B", "C", "D", "E"]
AFPS = ["Habitat", "Provida", "Capital", "Cuprum", "Modelo", "PlanVital", "Uno"]
BANKS_CL = ["Banco de Chile", "BancoEstado", "Santander", "BCI", "Scotiabank", "Banco Falabella"]
BANKS_AU = ["Commonwealth Bank", "Westpac", "ANZ", "NAB", "ING", "Bendigo Bank"]
BSBS = ["062-000", "033-172", "083-004", "013-226", "923-100", "633-000"]


def plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "").replace(" ", "")


class PFake(Fake):
    def country(self):
        return self.pick(["CL", "AU", "CH"])

    def first(self, c=None):
        return self.pick(FIRST[c or self.country()])

    def last(self, c=None):
        return self.pick(LAST[c or self.country()])

    def full_name(self, c=None):
        c = c or self.country()
        if c == "CL":
            return f"{self.first(c)} {self.last(c)} {self.last(c)}"
        return f"{self.first(c)} {self.last(c)}"

    def email(self, c=None):
        c = c or self.country()
        first, last = plain(self.first(c)), plain(self.last(c))
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[:1]}{last}",
                f"{first}_{last}{self.r.randint(60, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[c])}"

    def work_email(self, c=None):
        c = c or self.country()
        dom = {"CL": "meridian.cl", "AU": "meridiansuper.com.au", "CH": "meridian-vorsorge.ch"}[c]
        return f"{plain(self.first(c))}.{plain(self.last(c))}@{dom}"

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def phone(self, c=None):
        c = c or self.country()
        if c == "CL":
            a, b = self.d(4), self.d(4)
            return self.pick([f"+56 9 {a} {b}", f"+569{a}{b}", f"9 {a} {b}", f"(+56) 9-{a}-{b}"])
        if c == "AU":
            a, b, x = self.d(2), self.d(3), self.d(3)
            return self.pick(
                [f"+61 4{a} {b} {x}", f"04{a} {b} {x}", f"+614{a}{b}{x}", f"(02) 9{a[:1]}{b} {x}0"]
            )
        p, a, b, x = self.pick(["76", "77", "78", "79"]), self.d(3), self.d(2), self.d(2)
        return self.pick(
            [f"+41 {p} {a} {b} {x}", f"0{p} {a} {b} {x}", f"+41{p}{a}{b}{x}", f"044 {a} {b} {x}"]
        )

    def street(self, c=None):
        c = c or self.country()
        n = self.r.randint(1, 2999)
        if c == "AU":
            return self.pick(
                [
                    f"{n} {self.pick(STREETS[c])}",
                    f"Unit {self.r.randint(1, 40)}/{n % 300 + 1} {self.pick(STREETS[c])}",
                ]
            )
        if c == "CL":
            return self.pick(
                [
                    f"{self.pick(STREETS[c])} {n}",
                    f"{self.pick(STREETS[c])} {n}, depto {self.r.randint(101, 2210)}",
                ]
            )
        return f"{self.pick(STREETS[c])} {n % 180 + 1}"

    def city(self, c=None):
        return self.pick(CITIES[c or self.country()])

    def postcode(self, c=None):
        c = c or self.country()
        if c == "CL":
            return f"{self.r.randint(7500000, 8900000)}"
        if c == "AU":
            return self.pick(["2000", "2150", "3065", "3128", "4066", "5045", "6160", "2617", "2166"])
        return f"{self.r.randint(1000, 9658)}"

    def address(self, c=None):
        c = c or self.country()
        return (
            f"{self.street(c)}, {self.postcode(c)} {self.city(c)}"
            if c == "CH"
            else (f"{self.street(c)}, {self.city(c)} {self.postcode(c)}")
        )

    def employer(self, c=None):
        return self.pick(EMPLOYERS[c or self.country()])

    def dob(self, lo=1955, hi=1998):
        return self.date(lo, hi)

    def dob_any(self):
        y, m, d = self.r.randint(1952, 1990), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick(
            [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"]
        )

    # government and financial identifiers with their real check digits
    def rut(self, formatted=None, lo=5_000_000, hi=26_000_000):
        body = self.r.randint(lo, hi)
        total, factor = 0, 2
        for ch in reversed(str(body)):
            total += int(ch) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = 11 - total % 11
        dvs = {11: "0", 10: "K"}.get(dv, str(dv))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        if formatted:
            return f"{body:,}".replace(",", ".") + "-" + dvs
        return f"{body}-{dvs}"

    def company_rut(self):
        return self.rut(formatted=True, lo=76_000_000, hi=77_999_999)

    def tfn(self):
        weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            if digits[0] and sum(w * x for w, x in zip(weights, digits, strict=True)) % 11 == 0:
                s = "".join(map(str, digits))
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def ahv(self):
        body = "756" + self.d(9)
        total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
        n = body + str((10 - total % 10) % 10)
        return self.pick([f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}", n])

    def medicare(self):
        first = str(self.r.randint(2, 6))
        body = first + self.d(7)
        check = sum(int(ch) * w for ch, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        n = body + str(check) + str(self.r.randint(1, 5))
        return self.pick([n, f"{n[:4]} {n[4:9]} {n[9]}"])

    def abn(self):
        weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        while True:
            digits = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(10)]
            adj = [digits[0] - 1, *digits[1:]]
            if sum(w * x for w, x in zip(weights, adj, strict=True)) % 89 == 0:
                s = "".join(map(str, digits))
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"

    def ch_iban(self):
        bban = self.pick(["00762", "00230", "00700", "80808", "09000"]) + self.d(12)
        numeric = "".join(str(int(c, 36)) for c in bban + "CH00")
        raw = f"CH{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def au_account(self):
        return self.pick([self.d(8), f"{self.d(4)} {self.d(4)}", self.d(9), "1" + self.d(5)])

    def cl_account(self):
        return self.pick([self.d(10), "00-" + self.d(3) + "-" + self.d(5) + "-" + self.d(2), self.d(8)])

    def swiss_health_card(self):
        return self.luhn_complete("807560" + self.d(13))

    def crn(self):
        return f"{self.r.randint(200, 699)} {self.d(3)} {self.d(3)}{self.pick('ABCHJKLX')}"

    def passport(self):
        return self.pick([f"P{self.pick('ABCDEN')}{self.d(7)}", f"X{self.d(7)}", f"F{self.d(8)}", self.d(9)])

    def money_band(self, lo, hi):
        return round(self.r.uniform(lo, hi), 2)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "Cj0KCQjw" + "".join(self.r.choice(alnum) for _ in range(60)) + "_BwE"

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "IwAR" + "".join(self.r.choice(alnum) for _ in range(57))


# -- free text: either every value carries the PII or none does ---------------------------------------


def adviser_note(f: PFake) -> str:
    return f.pick(
        [
            f"Met {f.full_name()} re TTR strategy, will send SOA next week.",
            f"Phone review with {f.full_name()}. Wants to consolidate two old funds before retiring.",
            f"{f.full_name()} asked about spouse contribution splitting; partner {f.full_name()} to attend.",
            f"Reunión con {f.full_name()}: evalúa renta vitalicia vs retiro programado.",
            f"Gespräch mit {f.full_name()} zum Einkauf in die Pensionskasse, Unterlagen folgen.",
        ]
    )


def chat_text(f: PFake) -> str:
    return f.pick(
        [
            f"can you call me on {f.phone()} please",
            f"my new email is {f.email()}",
            f"hola, mi correo es {f.email()} no me llega el certificado",
            f"Bitte rufen Sie mich an: {f.phone('CH')}",
            f"pls send the form to {f.email()} thanks",
            f"best number to reach me is {f.phone('AU')}",
        ]
    )


def payout_note(f: PFake) -> str:
    return f.pick(
        [
            f"Pay to BSB {f.pick(BSBS)} acct {f.au_account()} not the old account",
            f"Member asked to use IBAN {f.ch_iban()}",
            f"Depositar en cuenta {f.cl_account()} del {f.pick(BANKS_CL)}",
            f"new account {f.au_account()} (BSB {f.pick(BSBS)}) per phone call",
        ]
    )


def ticket_description(f: PFake) -> str:
    return f.pick(
        [
            f"Please call me back on {f.phone()} about my rollover, it has been 3 weeks.",
            f"I can't log in. Mobile {f.phone()} doesn't get the SMS code.",
            f"Necesito el certificado de cotizaciones, mi teléfono es {f.phone('CL')}",
            f"Rückruf erwünscht unter {f.phone('CH')}, Frage zur Freizügigkeit.",
        ]
    )


def otp_sms(f: PFake) -> str:
    code = f.d(6)
    return f.pick(
        [
            f"Your Meridian verification code is {code}. It expires in 10 minutes.",
            f"Meridian: tu código de verificación es {code}",
            f"Ihr Meridian Bestätigungscode lautet {code}.",
            f"{code} is your Meridian sign-in code. Don't share it with anyone.",
        ]
    )


def death_cause(f: PFake) -> str:
    return f.pick(
        [
            "metastatic lung cancer",
            "myocardial infarction",
            "motor neurone disease",
            "stroke",
            "COVID-19 pneumonia",
            "suicide",
        ]
    )


# -- contexts -----------------------------------------------------------------------------------------

LOCALES = ["es-CL", "en-AU", "de-CH", "fr-CH", "it-CH", "en-US", "en-GB"]
TZS = [
    "America/Santiago",
    "Australia/Sydney",
    "Australia/Melbourne",
    "Europe/Zurich",
    "Australia/Perth",
    "Australia/Brisbane",
]
PAGES = [
    ("/dashboard", "My account | Meridian"),
    ("/super/investments", "Investment options | Meridian Super"),
    ("/es/mi-cuenta/fondos", "Mis fondos | Meridian AFP"),
    ("/de/vorsorge/einkauf", "Einkauf | Meridian Vorsorge"),
    ("/fr/prestations/rente", "Rente ou capital | Meridian Prévoyance"),
    ("/super/withdrawals/early-release", "Early release of super | Meridian Super"),
    ("/beneficiaries", "Beneficiaries | Meridian"),
]
HOSTS = [
    "https://members.meridiansuper.com.au",
    "https://www.meridian.cl",
    "https://portal.meridian-vorsorge.ch",
]


def web_context(f: PFake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.cl/",
                        "https://members.meridiansuper.com.au/login",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?tab=balance", "?lang=fr"])
            ),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: f.pick(HOSTS) + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Maybe(
            {
                "name": G(
                    lambda f: f.pick(
                        ["eofy_contributions", "consolidate_2024", "semana_pensiones", "einkauf_herbst"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "linkedin"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social", "display"])),
                "term": G(
                    lambda f: f.pick(
                        ["super consolidation", "cambio de fondo", "3a säule", "salary sacrifice"]
                    )
                ),
                "content": G(lambda f: f.pick(["hero_a", "textlink", "banner_b", "footer"])),
            },
            0.35,
        ),
    }


def swift_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Meridian"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "com.meridian.members"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": Maybe(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Maybe(
            {
                "email": Y(lambda f: f.email(), "email"),
                "memberNumber": G(lambda f: f.digits(9)),
            },
            0.5,
        ),
    }


def kotlin_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Meridian"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["60400", "60401", "60500"])),
            "namespace": G(lambda f: "com.meridian.members"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "moto g54 5G", "2201117TG"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "cancunf", "spes"])),
            "type": G(lambda f: "android"),
            "advertisingId": Maybe(Y(lambda f: f.uuid(), "advertising id"), 0.6),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telstra", "Optus", "Swisscom", "Entel", "Movistar CL", "Salt"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TD33.21)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Maybe(
            {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.first(), "name"),
                "memberNumber": G(lambda f: f.digits(9)),
            },
            0.5,
        ),
    }


def rn_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Meridian"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "com.meridian.members"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telstra", "Entel", "Swisscom", "WOM"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": Maybe(
            {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            0.4,
        ),
    }


def flutter_context(f: PFake):
    return {
        "app": {
            "name": G(lambda f: "Meridian"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640", "642", "650"])),
            "namespace": G(lambda f: "com.meridian.members"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "HUAWEI"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "SM-G991B", "ELS-NX9"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.3.4"],
    "analytics-node": ["2.1.2", "2.1.3", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.0", "3.3.1"],
    "analytics-java": ["3.5.1", "3.5.2", "3.5.4"],
    "analytics-ruby": ["2.4.1", "2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.8.0", "3.7.1"],
}


def server_context(lib: str):
    def make(f: PFake):
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
        }
        if lib in ("analytics-node", "analytics-python", "analytics-php"):
            # back ends that forward the browser's IP and user agent
            ctx["ip"] = Maybe(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.6)
            ctx["userAgent"] = Maybe(G(lambda f: f.pick(UAS)), 0.6)
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]


# -- reusable pieces ----------------------------------------------------------------------------------


def advice_product():
    return {
        "product_id": G(lambda f: f.pick(["adv_ret_60", "adv_soa_full", "adv_ttr_review", "adv_ins_check"])),
        "sku": G(lambda f: f.pick(["ADV-RET-60", "ADV-SOA-01", "ADV-TTR-30", "ADV-INS-45"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Retirement Advice Session (60 min)",
                    "Statement of Advice",
                    "Transition to Retirement Review",
                    "Insurance Needs Check",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["advice", "advice/retirement", "advice/insurance"])),
        "price": G(lambda f: f.pick([0, 220.0, 495.0, 2750.0])),
        "quantity": G(lambda f: 1),
        "brand": G(lambda f: "Meridian Advice"),
    }


# -- events -------------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, body, weight)

EVENTS: list[tuple[str, str | None, list[str], dict, int]] = [
    # identify: an Australian member from the web and the apps
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email("AU"), "email"),
            "firstName": Y(lambda f: f.first("AU"), "name"),
            "lastName": Y(lambda f: f.last("AU"), "name"),
            "phone": Y(lambda f: f.phone("AU"), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street("AU"), "street|address"),
                "city": Y(lambda f: f.city("AU"), "city"),
                "state": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA", "SA", "ACT"])),
                "postalCode": Y(lambda f: f.postcode("AU"), "zipcode"),
                "country": G(lambda f: "AU"),
            },
            "memberNumber": G(lambda f: f.digits(9)),
            "fundName": G(
                lambda f: f.pick(["Meridian Super", "Meridian Pension", "Meridian Super Corporate"])
            ),
            "employer": G(lambda f: f.employer("AU")),
            "investmentOption": G(lambda f: f.pick(OPTIONS_AU)),
            "balanceBand": G(lambda f: f.pick(["<10k", "10k-50k", "50k-200k", "200k-500k", "500k+"])),
            "age": G(lambda f: f.r.randint(19, 74)),
            "tfnProvided": G(lambda f: f.pick([True, False])),
            "hasInsurance": G(lambda f: f.pick([True, False])),
            "preferredContactMethod": G(lambda f: f.pick(["email", "sms", "phone", "post"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "gender": Maybe(
                Y(lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender")
            ),
        },
        3,
    ),
    # identify: Chilean affiliate synced by a python back end, Spanish keys
    (
        "identify",
        None,
        ["python"],
        {
            "rut": RED(lambda f: f.rut(), "national id"),
            "nombres": Y(lambda f: f.pick([f.first("CL"), f"{f.first('CL')} {f.first('CL')}"]), "name"),
            "apellido_paterno": Y(lambda f: f.last("CL"), "name"),
            "apellido_materno": Y(lambda f: f.last("CL"), "name"),
            "correo": Y(lambda f: f.email("CL"), "email"),
            "telefono_movil": Y(lambda f: f.phone("CL"), "phone"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "direccion": Y(lambda f: f.street("CL"), "address|street"),
            "comuna": Y(lambda f: f.city("CL"), "city"),
            "region": G(
                lambda f: f.pick(["Metropolitana", "Valparaíso", "Biobío", "Araucanía", "Antofagasta"])
            ),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "nacionalidad": Y(
                lambda f: f.pick(["chilena", "venezolana", "peruana", "haitiana", "colombiana"]),
                "citizenship",
            ),
            "estado_civil": G(
                lambda f: f.pick(["soltero", "casado", "divorciado", "viudo", "conviviente civil"])
            ),
            "afp_origen": G(lambda f: f.pick(AFPS)),
            "tipo_fondo": G(lambda f: f.pick(FONDOS_CL)),
            "renta_imponible": Y(lambda f: f.r.randint(460000, 3200000), "salary"),
            "es_pensionado": G(lambda f: f.pick([True, False])),
            "afiliado_desde": G(lambda f: f.date(1985, 2023)),
            "isapre": G(lambda f: f.pick(["Fonasa", "Colmena", "Cruz Blanca", "Banmédica", "Consalud"])),
        },
        2,
    ),
    # identify: Swiss insured person from a .NET back end, PascalCase
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.first("CH"), "name"),
            "LastName": Y(lambda f: f.last("CH"), "name"),
            "Email": Y(lambda f: f.email("CH"), "email"),
            "MobilePhone": Y(lambda f: f.phone("CH"), "phone"),
            "AhvNumber": RED(lambda f: f.ahv(), "national id"),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "Street": Y(lambda f: f.street("CH"), "street|address"),
            "PostalCode": Y(lambda f: f.postcode("CH"), "zipcode"),
            "City": Y(lambda f: f.city("CH"), "city"),
            "Canton": G(lambda f: f.pick(["ZH", "GE", "VD", "BE", "TI", "BS", "SG"])),
            "Language": G(lambda f: f.pick(["de", "fr", "it", "en"])),
            "EmployerName": G(lambda f: f.employer("CH")),
            "InsuredSalary": Y(lambda f: f.r.randint(22050, 220000), "salary"),
            "PensionPlanCode": G(lambda f: f.pick(["BVG-MIN", "KADER-1", "STANDARD-2", "PLAN-A"])),
            "CivilStatus": G(
                lambda f: f.pick(
                    ["ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Partnerschaft"]
                )
            ),
            "Konfession": Y(
                lambda f: f.pick(["reformiert", "römisch-katholisch", "christkatholisch", "konfessionslos"]),
                "religion",
            ),
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "IsActive": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(lambda f: f.iso()),
            "PersonId": G(lambda f: f.r.randint(100000, 999999)),
        },
        2,
    ),
    # identify: reverse-ETL sync from the warehouse, SCREAMING_SNAKE columns
    (
        "identify",
        None,
        ["node"],
        {
            "MEMBER_NUMBER": G(lambda f: f.digits(9)),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "SURNAME": Y(lambda f: f.last(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.postcode("AU"), "zipcode"),
            "STATE": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA", "TAS"])),
            "ACCOUNT_BALANCE_AUD": G(lambda f: f.money_band(0, 900000)),
            "LAST_CONTRIBUTION_DATE": G(lambda f: f.date(2023, 2024)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "TFN_HELD_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "INSURANCE_COVER_TYPE": G(lambda f: f.pick(["DEATH_TPD", "DEATH_TPD_IP", "NONE", "DEATH_ONLY"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "UNION_MEMBER_FLAG": Y(lambda f: f.pick(["Y", "N"]), "trade union"),
            "DBT_SYNC_TS": G(lambda f: f.iso()),
        },
        2,
    ),
    # group: the employer
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.employer()),
            "abn": G(lambda f: f.abn()),
            "industry": G(lambda f: f.pick(["Health care", "Retail", "Mining", "Transport", "Education"])),
            "employees": G(lambda f: f.r.randint(3, 40000)),
            "plan": G(lambda f: f.pick(["corporate", "default_mysuper", "tailored"])),
            "payrollProvider": G(lambda f: f.pick(["Xero", "MYOB", "Employment Hero", "SAP SuccessFactors"])),
            "payrollFrequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.woolworthsgroup.com.au",
                        "https://www.bhp.com",
                        "https://www.ramsayhealth.com",
                        "https://www.codelco.com",
                    ]
                )
            ),
            "supportEmail": G(
                lambda f: f.pick(
                    [
                        "payroll@employer.example.com",
                        "hr@employer.example.com",
                        "superannuation@employer.example.com",
                    ]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
            "contact": {
                "name": Y(lambda f: f.full_name("AU"), "name"),
                "email": Y(lambda f: f.email("AU"), "email"),
                "phone": Y(lambda f: f.phone("AU"), "phone"),
                "jobTitle": G(
                    lambda f: f.pick(["Payroll Officer", "HR Manager", "CFO", "People & Culture Lead"])
                ),
            },
        },
        2,
    ),
    # page views
    (
        "page",
        "Dashboard",
        ["web"],
        {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: f.pick(HOSTS) + f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.google.com.au/", "https://l.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?tab=balance", "?utm_source=newsletter", "?step=2"])),
            "category": G(lambda f: f.pick(["account", "investments", "withdrawals", "help"])),
        },
        6,
    ),
    # screen views
    (
        "screen",
        "Balance",
        MOBILE,
        {
            "tab": G(lambda f: f.pick(["balance", "transactions", "investments", "insurance"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Login", "Statements", "Beneficiaries"])),
            "balance_visible": G(lambda f: f.pick([True, False])),
            "load_time_ms": G(lambda f: f.r.randint(80, 2400)),
        },
        6,
    ),
    # alias after registration (only the context is scanned)
    ("alias", None, ["web", "swift", "kotlin"], {}, 1),
    # registration and sign-in
    (
        "track",
        "Registration Started",
        ["web", "swift", "kotlin"],
        {
            "input": Y(lambda f: f.email(), "email", True),
            "step": G(lambda f: f.pick(["email", "verify", "details"])),
            "country": G(lambda f: f.pick(["AU", "CL", "CH"])),
            "gclid": Maybe(Y(lambda f: f.gclid(), "advertising id"), 0.4),
            "fbclid": Maybe(Y(lambda f: f.fbclid(), "advertising id"), 0.3),
            "fbp": Maybe(Y(lambda f: f.fbp(), "advertising id"), 0.5),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "newsletter", "employer_portal"])),
            "utm_campaign": G(lambda f: f.pick(["join_2024", "consolidate", "semana_pensiones"])),
            "referral_code": G(lambda f: f.pick(["EMP-" + f.digits(5), "FRIEND" + f.digits(3)])),
        },
        2,
    ),
    (
        "track",
        "Registration Completed",
        ["web", "swift", "kotlin", "rn"],
        {
            "member_number": G(lambda f: f.digits(9)),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong", "very_strong"])),
            "tfn_provided": G(lambda f: f.pick([True, False])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "passkey", "none"])),
            "seconds_to_complete": G(lambda f: f.r.randint(40, 900)),
            "country": G(lambda f: f.pick(["AU", "CL", "CH"])),
        },
        2,
    ),
    (
        "track",
        "Signed In",
        ["web", "swift", "kotlin", "rn", "flutter"],
        {
            "method": G(lambda f: f.pick(["password", "passkey", "sso", "clave_unica", "biometric"])),
            "username": Y(lambda f: f.email(), "email"),
            "remember_me": G(lambda f: f.pick([True, False])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "session_id": G(lambda f: f.uuid()),
            "mfa_required": G(lambda f: f.pick([True, False])),
        },
        4,
    ),
    (
        "track",
        "Inicio de Sesión ClaveÚnica",
        ["python"],
        {
            "run": RED(lambda f: f.rut(), "national id"),
            "resultado": G(lambda f: f.pick(["exitoso", "rechazado", "cancelado"])),
            "intentos": G(lambda f: f.r.randint(1, 3)),
            "id_sesion": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Mobile Number Verified",
        ["swift", "kotlin", "node"],
        {
            "mobile": Y(lambda f: f.phone(), "phone"),
            "verification_method": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
            "code": RED(lambda f: f.d(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(lambda f: f.pick(HOSTS) + "/reset?token=" + f.hexid(40), "token", True),
            "expires_in": G(lambda f: f.pick([900, 1800, 3600])),
            "requested_at": G(lambda f: f.iso()),
        },
        2,
    ),
    # contributions from payroll
    (
        "track",
        "Contribution Received",
        ["node"],
        {
            "contribution_id": G(lambda f: f.uuid()),
            "member_number": G(lambda f: f.digits(9)),
            "employer_abn": G(lambda f: f.abn()),
            "employer_name": G(lambda f: f.employer("AU")),
            "pay_period_start": G(lambda f: f.date(2024, 2024)),
            "pay_period_end": G(lambda f: f.date(2024, 2024)),
            "sg_amount": G(lambda f: f.money_band(40, 4000)),
            "salary_sacrifice_amount": G(lambda f: f.pick([0, f.money_band(50, 1500)])),
            "ordinary_time_earnings": Y(lambda f: f.money_band(800, 12000), "salary"),
            "sg_rate": G(lambda f: f.pick([10.5, 11.0, 11.5])),
            "currency": G(lambda f: "AUD"),
            "payroll_provider": G(lambda f: f.pick(["Xero", "MYOB", "Employment Hero", "KeyPay"])),
            "stp_event_id": G(lambda f: "STP" + f.digits(12)),
            "member": {
                "given_name": Y(lambda f: f.first("AU"), "name"),
                "family_name": Y(lambda f: f.last("AU"), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "tfn": Maybe(RED(lambda f: f.tfn(), "national id"), 0.7),
            },
            "union_name": Maybe(
                Y(lambda f: f.pick(["ANMF", "SDA", "CFMEU", "UWU", "AMWU"]), "trade union"), 0.4
            ),
            "union_dues_deducted": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Beitrag Verbucht",
        ["java"],
        {
            "beitragId": G(lambda f: f.uuid()),
            "versichertenNummer": RED(lambda f: f.ahv(), "national id"),
            "arbeitgeber": G(lambda f: f.employer("CH")),
            "ahvLohn": Y(lambda f: f.r.randint(2000, 18000), "salary"),
            "arbeitnehmerBeitrag": G(lambda f: f.money_band(80, 1800)),
            "arbeitgeberBeitrag": G(lambda f: f.money_band(80, 2200)),
            "periode": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "vorsorgeplan": G(lambda f: f.pick(["BVG-MIN", "KADER-1", "STANDARD-2"])),
            "waehrung": G(lambda f: "CHF"),
            "buchungsdatum": G(lambda f: f.date(2024, 2024)),
            "eintrittsalter": G(lambda f: f.r.randint(18, 60)),
        },
        2,
    ),
    (
        "track",
        "Cotización Pagada",
        ["python"],
        {
            "folio_planilla": G(lambda f: f.digits(10)),
            "rut_empleador": G(lambda f: f.company_rut()),
            "razon_social": G(lambda f: f.employer("CL")),
            "rut_trabajador": RED(lambda f: f.rut(), "national id"),
            "nombre_trabajador": Y(lambda f: f.full_name("CL"), "name"),
            "remuneracion_imponible": Y(lambda f: f.r.randint(460000, 3200000), "salary"),
            "monto_cotizacion": G(lambda f: f.r.randint(46000, 320000)),
            "periodo": G(lambda f: f"2024{f.r.randint(1, 12):02d}"),
            "afp": G(lambda f: f.pick(AFPS)),
            "tasa_comision": G(lambda f: f.pick([0.46, 0.49, 1.27, 1.16, 0.58])),
            "cotizacion_voluntaria_apv": G(lambda f: f.pick([0, f.r.randint(10000, 200000)])),
            "afiliado_sindicato": Y(lambda f: f.pick([True, False]), "trade union"),
            "tipo_contrato": G(lambda f: f.pick(["indefinido", "plazo fijo", "por obra"])),
        },
        2,
    ),
    # investment switches
    (
        "track",
        "Investment Option Switched",
        ["web", "swift", "kotlin"],
        {
            "switch_id": G(lambda f: f.uuid()),
            "from_option": G(lambda f: f.pick(OPTIONS_AU)),
            "to_option": G(lambda f: f.pick(OPTIONS_AU)),
            "percentage": G(lambda f: f.pick([25, 50, 100])),
            "applies_to": G(lambda f: f.pick(["existing_balance", "future_contributions", "both"])),
            "effective_date": G(lambda f: f.date(2024, 2024)),
            "risk_profile": G(lambda f: f.pick(["conservative", "moderate", "growth", "high_growth"])),
            "balance_at_switch": G(lambda f: f.money_band(1000, 900000)),
            "adviser_assisted": G(lambda f: f.pick([True, False])),
            "confirmation_sent_to": Y(lambda f: f.email(), "email"),
        },
        3,
    ),
    (
        "track",
        "Cambio de Fondo Solicitado",
        ["rn"],
        {
            "rut": RED(lambda f: f.rut(), "national id"),
            "fondo_origen": G(lambda f: f.pick(FONDOS_CL)),
            "fondo_destino": G(lambda f: f.pick(FONDOS_CL)),
            "porcentaje": G(lambda f: f.pick([20, 40, 50, 100])),
            "canal": G(lambda f: f.pick(["app", "web", "sucursal"])),
            "saldo_obligatorio": G(lambda f: f.r.randint(100000, 90000000)),
            "cambios_en_el_anio": G(lambda f: f.r.randint(0, 4)),
        },
        2,
    ),
    # beneficiaries
    (
        "track",
        "Beneficiary Nominated",
        ["web"],
        {
            "nomination_type": G(
                lambda f: f.pick(["binding", "non_lapsing_binding", "non_binding", "reversionary"])
            ),
            "beneficiaries": Many(
                {
                    "full_name": Y(lambda f: f.full_name("AU"), "name"),
                    "relationship": G(
                        lambda f: f.pick(
                            ["spouse", "de_facto", "child", "financial_dependant", "interdependant", "estate"]
                        )
                    ),
                    "date_of_birth": Y(lambda f: f.dob(1950, 2020), "birthdate"),
                    "percentage": G(lambda f: f.pick([25, 33.33, 50, 100])),
                    "address": Y(lambda f: f.address("AU"), "address"),
                },
                3,
            ),
            "beneficiary_count": G(lambda f: f.r.randint(1, 4)),
            "witness_1_name": Y(lambda f: f.full_name("AU"), "name"),
            "witness_2_name": Y(lambda f: f.full_name("AU"), "name"),
            "expires_at": G(lambda f: f.date(2026, 2027)),
            "total_percentage": G(lambda f: 100),
        },
        2,
    ),
    (
        "track",
        "Begünstigte Erfasst",
        ["kotlin"],
        {
            "beguenstigte": Many(
                {
                    "vorname": Y(lambda f: f.first("CH"), "name"),
                    "nachname": Y(lambda f: f.last("CH"), "name"),
                    "geburtsdatum": Y(lambda f: f.date(1950, 2020), "birthdate"),
                    "beziehung": G(lambda f: f.pick(["Ehegatte", "Kind", "Konkubinatspartner", "Eltern"])),
                    "anteilProzent": G(lambda f: f.pick([25, 50, 100])),
                },
                3,
            ),
            "konkubinatVertragVorhanden": G(lambda f: f.pick([True, False])),
            "formularVersion": G(lambda f: f.pick(["2023.2", "2024.1", "2024.3"])),
        },
        2,
    ),
    (
        "track",
        "Désignation de Bénéficiaire",
        ["flutter"],
        {
            "beneficiaire_nom": Y(lambda f: f.last("CH"), "name"),
            "beneficiaire_prenom": Y(lambda f: f.first("CH"), "name"),
            "lien_de_parente": G(lambda f: f.pick(["conjoint", "enfant", "partenaire", "parent"])),
            "date_naissance": Y(lambda f: f.date(1950, 2020), "birthdate"),
            "adresse": Y(lambda f: f.address("CH"), "address"),
            "quote_part": G(lambda f: f.pick([25, 50, 100])),
            "ordre_beneficiaires": G(lambda f: f.pick(["légal", "modifié"])),
        },
        2,
    ),
    # early release, hardship, illness, unemployment
    (
        "track",
        "Early Release Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "ER-" + f.digits(7)),
            "release_reason": G(
                lambda f: f.pick(
                    [
                        "severe_financial_hardship",
                        "compassionate_grounds",
                        "financial_hardship_over_preservation_age",
                    ]
                )
            ),
            "amount_requested": G(lambda f: f.pick([1000, 5000, 10000, f.money_band(1000, 10000)])),
            "employment_status": G(lambda f: f.pick(["unemployed", "part_time", "casual", "full_time"])),
            "receiving_income_support_weeks": G(lambda f: f.r.randint(0, 52)),
            "centrelink_crn": RED(lambda f: f.crn(), "national id"),
            "terminal_illness_certified": Y(lambda f: f.pick([True, False]), "condition"),
            "medical_condition": Maybe(
                Y(
                    lambda f: f.pick(
                        [
                            "breast cancer",
                            "multiple sclerosis",
                            "renal failure",
                            "major depressive disorder",
                            "motor neurone disease",
                        ]
                    ),
                    "condition|diagnosis",
                )
            ),
            "treating_doctor_name": Maybe(Y(lambda f: "Dr " + f.full_name("AU"), "name")),
            "medicare_number": Maybe(RED(lambda f: f.medicare(), "health id")),
            "dependants_count": G(lambda f: f.r.randint(0, 5)),
            "mortgage_arrears": G(lambda f: f.pick([True, False])),
            "documents_uploaded": G(lambda f: f.r.randint(0, 6)),
        },
        3,
    ),
    (
        "track",
        "Solicitud Pensión Enfermedad Terminal",
        ["ruby"],
        {
            "numero_solicitud": G(lambda f: f.digits(8)),
            "rut_afiliado": RED(lambda f: f.rut(), "national id"),
            "diagnostico": Y(
                lambda f: f.pick(
                    [
                        "cáncer de páncreas etapa IV",
                        "ELA",
                        "insuficiencia cardíaca terminal",
                        "cáncer gástrico avanzado",
                    ]
                ),
                "diagnosis|condition",
            ),
            "nombre_medico_tratante": Y(lambda f: "Dr. " + f.full_name("CL"), "name"),
            "comision_medica": G(
                lambda f: f.pick(["Regional Metropolitana", "Regional Valparaíso", "Regional Biobío"])
            ),
            "estado_solicitud": G(lambda f: f.pick(["ingresada", "en evaluación", "aprobada", "rechazada"])),
            "fecha_ingreso": G(lambda f: f.date(2024, 2024)),
        },
        2,
    ),
    (
        "track",
        "Seguro de Cesantía Solicitado",
        ["python"],
        {
            "rut": RED(lambda f: f.rut(), "national id"),
            "causal_termino": G(
                lambda f: f.pick(
                    ["Art. 159 N°4", "Art. 161 necesidades de la empresa", "Art. 159 N°2 renuncia"]
                )
            ),
            "fecha_termino": G(lambda f: f.date(2024, 2024)),
            "empleador": G(lambda f: f.employer("CL")),
            "ultima_remuneracion": Y(lambda f: f.r.randint(460000, 2500000), "salary"),
            "finiquito_firmado": G(lambda f: f.pick([True, False])),
            "meses_cotizados": G(lambda f: f.r.randint(6, 240)),
            "usa_fondo_solidario": G(lambda f: f.pick([True, False])),
            "cuenta_rut": RED(lambda f: f.d(8), "bank account"),
        },
        2,
    ),
    (
        "track",
        "IV Anmeldung Erfasst",
        ["java"],
        {
            "fallNummer": G(lambda f: "IV-" + f.digits(8)),
            "ivStelle": G(
                lambda f: f.pick(["SVA Zürich", "Office AI Genève", "IV-Stelle Bern", "Ufficio AI Ticino"])
            ),
            "invaliditaetsgrad": RED(lambda f: f.pick([40, 50, 60, 70, 100]), "disability"),
            "diagnose": Y(
                lambda f: f.pick(
                    ["Diskushernie L4/L5", "Burnout-Syndrom", "Multiple Sklerose", "Rheumatoide Arthritis"]
                ),
                "diagnosis",
            ),
            "arztName": Y(lambda f: "Dr. med. " + f.full_name("CH"), "name"),
            "versichertenkarteNr": RED(lambda f: f.swiss_health_card(), "health id"),
            "krankenkasse": G(lambda f: f.pick(["CSS", "Helsana", "Swica", "Groupe Mutuel", "Sanitas"])),
            "wartefristTage": G(lambda f: f.pick([30, 60, 90, 720])),
        },
        2,
    ),
    (
        "track",
        "Hardship Document Uploaded",
        ["web", "swift"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(
                    [
                        "medical_certificate",
                        "bank_statement",
                        "centrelink_letter",
                        "payslip",
                        "arrears_notice",
                    ]
                )
            ),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "scan_0012.pdf",
                        "IMG_4471.HEIC",
                        "payslip-mar-2024.pdf",
                        "document(3).pdf",
                        "Letter.pdf",
                    ]
                )
            ),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/heic", "image/jpeg"])),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "page_count": G(lambda f: f.r.randint(1, 12)),
            "sha256": G(lambda f: f.hexid(64)),
            "application_id": G(lambda f: "ER-" + f.digits(7)),
        },
        2,
    ),
    # statements
    (
        "track",
        "Statement Downloaded",
        ["web", "swift", "kotlin", "flutter"],
        {
            "statement_id": G(lambda f: f.uuid()),
            "period": G(lambda f: f.pick(["FY2023-24", "FY2022-23", "2023", "2024-S1"])),
            "statement_type": G(
                lambda f: f.pick(["annual", "exit", "pension", "certificado_cotizaciones", "Vorsorgeausweis"])
            ),
            "format": G(lambda f: f.pick(["pdf", "csv", "xlsx"])),
            "closing_balance": G(lambda f: f.money_band(0, 1200000)),
            "member_number": G(lambda f: f.digits(9)),
        },
        3,
    ),
    (
        "track",
        "Statement Emailed",
        ["go"],
        {
            "statement_id": G(lambda f: f.uuid()),
            "recipient": Y(lambda f: f.email(), "email", True),
            "message_id": G(lambda f: f"<{f.hexid(24)}@mail.meridiansuper.com.au>"),
            "template": G(lambda f: f.pick(["annual_statement_v3", "exit_statement", "certificado_anual"])),
            "sent_from": G(
                lambda f: f.pick(
                    ["no-reply@meridiansuper.com.au", "no-reply@meridian.cl", "noreply@meridian-vorsorge.ch"]
                )
            ),
        },
        2,
    ),
    # withdrawals to bank accounts
    (
        "track",
        "Withdrawal Requested",
        ["go"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money_band(500, 250000)),
            "currency": G(lambda f: "AUD"),
            "bank": {
                "bsb": G(lambda f: f.pick(BSBS)),
                "account_number": RED(lambda f: f.au_account(), "bank account"),
                "account_name": Y(lambda f: f.full_name("AU"), "name"),
                "institution": G(lambda f: f.pick(BANKS_AU)),
            },
            "payment_reference": G(lambda f: "MER" + f.digits(8)),
            "tax_withheld": G(lambda f: f.money_band(0, 30000)),
            "preservation_age_reached": G(lambda f: f.pick([True, False])),
            "condition_of_release": G(
                lambda f: f.pick(
                    [
                        "retirement",
                        "age_65",
                        "ceased_employment_60",
                        "terminal_medical_condition_certified",
                        "dasp",
                    ]
                )
            ),
            "note": Maybe(RED(payout_note, "bank account", True), 0.4),
        },
        3,
    ),
    (
        "track",
        "Auszahlung Beantragt",
        ["php"],
        {
            "iban": RED(lambda f: f.ch_iban(), "bank account"),
            "kontoinhaber": Y(lambda f: f.full_name("CH"), "name"),
            "bankName": G(
                lambda f: f.pick(
                    ["UBS Switzerland AG", "PostFinance", "Zürcher Kantonalbank", "Raiffeisen", "BCV"]
                )
            ),
            "bic": G(lambda f: f.pick(["UBSWCHZH80A", "POFICHBEXXX", "ZKBKCHZZ80A", "BCVLCH2LXXX"])),
            "betrag": G(lambda f: f.money_band(5000, 600000)),
            "grund": G(
                lambda f: f.pick(["Wohneigentum", "Selbständigkeit", "Auswanderung", "Pensionierung"])
            ),
            "auswanderungLand": G(lambda f: f.pick(["PT", "ES", "TH", "", "DE"])),
            "ehegattenZustimmung": G(lambda f: f.pick([True, False])),
            "ehegatteName": Maybe(Y(lambda f: f.full_name("CH"), "name")),
        },
        2,
    ),
    (
        "track",
        "Retiro Solicitado",
        ["ruby"],
        {
            "cuenta_bancaria": {
                "banco": G(lambda f: f.pick(BANKS_CL)),
                "tipo_cuenta": G(lambda f: f.pick(["cuenta corriente", "cuenta vista", "CuentaRUT"])),
                "numero_cuenta": RED(lambda f: f.cl_account(), "bank account"),
            },
            "monto": G(lambda f: f.r.randint(100000, 15000000)),
            "rut_titular": RED(lambda f: f.rut(), "national id"),
            "email_notificacion": Y(lambda f: f.email("CL"), "email"),
            "tipo_retiro": G(lambda f: f.pick(["excedente de libre disposición", "herencia", "pensión"])),
        },
        2,
    ),
    # retirement and annuity quotes
    (
        "track",
        "Retirement Quote Generated",
        ["web", "swift"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "retirement_age": G(lambda f: f.pick([60, 62, 65, 67, 70])),
            "current_age": G(lambda f: f.r.randint(25, 66)),
            "current_balance": G(lambda f: f.money_band(0, 900000)),
            "projected_balance": G(lambda f: f.money_band(100000, 2000000)),
            "annual_salary": Y(lambda f: f.r.randint(45000, 250000), "salary"),
            "contribution_rate": G(lambda f: f.pick([11.5, 12, 15])),
            "include_partner": G(lambda f: f.pick([True, False])),
            "partner_age": Maybe(G(lambda f: f.r.randint(25, 70))),
            "homeowner": G(lambda f: f.pick([True, False])),
            "monthly_income_estimate": G(lambda f: f.money_band(1500, 9000)),
            "assumptions_version": G(lambda f: f.pick(["2024.07", "2024.01", "2023.10"])),
        },
        3,
    ),
    (
        "track",
        "Devis de Rente Demandé",
        ["web"],
        {
            "age_retraite": G(lambda f: f.pick([58, 63, 64, 65, 70])),
            "avoir_vieillesse": G(lambda f: f.money_band(20000, 1500000)),
            "taux_conversion": G(lambda f: f.pick([5.0, 5.4, 6.0, 6.8])),
            "rente_annuelle": G(lambda f: f.money_band(1000, 90000)),
            "capital_ou_rente": G(lambda f: f.pick(["rente", "capital", "mixte"])),
            "salaire_assure": Y(lambda f: f.r.randint(22050, 220000), "salary"),
            "etat_civil": G(lambda f: f.pick(["célibataire", "marié", "divorcé", "veuf"])),
            "numero_avs": RED(lambda f: f.ahv(), "national id"),
        },
        2,
    ),
    (
        "track",
        "Ofertas SCOMP Recibidas",
        ["python"],
        {
            "solicitud_scomp": G(lambda f: f.digits(10)),
            "modalidad": G(
                lambda f: f.pick(
                    [
                        "renta vitalicia inmediata",
                        "retiro programado",
                        "renta temporal con renta vitalicia diferida",
                    ]
                )
            ),
            "compania": G(lambda f: f.pick(["Consorcio", "Confuturo", "Penta Vida", "Metlife", "Principal"])),
            "monto_uf": G(lambda f: round(f.r.uniform(3, 60), 2)),
            "meses_garantizados": G(lambda f: f.pick([0, 120, 180, 240])),
            "beneficiarios_legales": Many(
                {
                    "rut": RED(lambda f: f.rut(), "national id"),
                    "parentesco": G(lambda f: f.pick(["cónyuge", "hijo", "hija", "conviviente civil"])),
                    "fecha_nacimiento": Y(lambda f: f.date(1950, 2020), "birthdate"),
                    "sexo": Y(lambda f: f.pick(["F", "M"]), "sex"),
                    "invalidez": RED(lambda f: f.pick(["no", "parcial", "total"]), "disability"),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Insurance Cover Changed",
        ["web", "kotlin"],
        {
            "policy_number": Y(lambda f: "MSI" + f.digits(8), "identification"),
            "cover_type": G(lambda f: f.pick(["death", "tpd", "income_protection"])),
            "cover_amount": G(lambda f: f.pick([100000, 250000, 500000, 1000000])),
            "premium_weekly": G(lambda f: f.money_band(1, 40)),
            "occupation_category": G(lambda f: f.pick(["white_collar", "blue_collar", "professional"])),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "pre_existing_conditions": Many(
                Y(
                    lambda f: f.pick(["type 1 diabetes", "asthma", "hypertension", "anxiety", "hepatitis B"]),
                    "condition",
                ),
                2,
            ),
            "height_cm": G(lambda f: f.r.randint(150, 200)),
            "underwriting_decision": G(lambda f: f.pick(["accepted", "loading", "exclusion", "declined"])),
        },
        2,
    ),
    # DASP for departing temporary residents
    (
        "track",
        "DASP Application Submitted",
        ["node"],
        {
            "application_id": G(lambda f: "DASP-" + f.digits(6)),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "passport_country": G(lambda f: f.pick(["GB", "IE", "IN", "KR", "BR", "FR"])),
            "visa_subclass": RED(lambda f: f.pick(["417", "462", "482", "500", "485"]), "visa"),
            "visa_grant_number": RED(lambda f: f.digits(13), "visa"),
            "departure_date": G(lambda f: f.date(2023, 2024)),
            "overseas_address": Y(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(1, 200)} Kings Road, London SW3 {f.r.randint(1, 9)}XY",
                        f"Calle Mayor {f.r.randint(1, 90)}, 28013 Madrid",
                        f"{f.r.randint(1, 40)}-{f.r.randint(1, 9)} Hannam-dong, Seoul",
                    ]
                ),
                "address",
            ),
            "tfn": RED(lambda f: f.tfn(), "national id"),
            "gross_amount": G(lambda f: f.money_band(200, 40000)),
            "dasp_tax_rate": G(lambda f: f.pick([35, 45, 65])),
        },
        2,
    ),
    # rollovers and voluntary contributions
    (
        "track",
        "Consolidation Requested",
        ["web", "rn"],
        {
            "other_fund_name": G(
                lambda f: f.pick(["AustralianSuper", "Hostplus", "REST", "UniSuper", "Aware Super"])
            ),
            "other_fund_usi": G(lambda f: f.pick(["STA0100AU", "HOS0100AU", "RES0103AU", "UNI0100AU"])),
            "other_member_number": G(lambda f: f.digits(8)),
            "rollover_amount": G(lambda f: f.money_band(100, 120000)),
            "tfn_consent": G(lambda f: f.pick([True, False])),
            "lost_super_found": G(lambda f: f.r.randint(0, 3)),
            "insurance_warning_acknowledged": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Voluntary Contribution Made",
        ["web", "swift"],
        {
            "amount": G(lambda f: f.pick([50, 100, 500, 1000, f.money_band(20, 27500)])),
            "method": G(lambda f: f.pick(["bpay", "card", "direct_debit", "payid"])),
            "bpay_biller_code": G(lambda f: f.pick(["123455", "252643", "88500"])),
            "bpay_crn": G(lambda f: f.digits(10)),
            "card_bin": Maybe(G(lambda f: f.pick(["455701", "516300", "376411"]))),
            "card_last4": Maybe(G(lambda f: f.d(4))),
            "concessional": G(lambda f: f.pick([True, False])),
            "notice_of_intent_lodged": G(lambda f: f.pick([True, False])),
            "financial_year": G(lambda f: f.pick(["2022-23", "2023-24", "2024-25"])),
        },
        2,
    ),
    (
        "track",
        "Einkauf Simuliert",
        ["web"],
        {
            "einkaufsbetrag": G(lambda f: f.money_band(1000, 200000)),
            "maximalerEinkauf": G(lambda f: f.money_band(10000, 600000)),
            "steuerjahr": G(lambda f: f.pick([2023, 2024, 2025])),
            "steuerersparnisGeschaetzt": G(lambda f: f.money_band(200, 60000)),
            "wohneigentumsvorbezug": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Freizügigkeit Überweisung",
        ["java"],
        {
            "neueVorsorgeeinrichtung": G(
                lambda f: f.pick(
                    ["Pensionskasse SBB", "BVK", "Publica", "Swiss Life", "Freizügigkeitsstiftung UBS"]
                )
            ),
            "freizuegigkeitskontoIban": RED(lambda f: f.ch_iban(), "bank account"),
            "austrittsdatum": G(lambda f: f.date(2023, 2024)),
            "austrittsleistung": G(lambda f: f.money_band(1000, 800000)),
            "ahvNr": RED(lambda f: f.ahv(), "national id"),
            "status": G(lambda f: f.pick(["pendent", "ausgeführt", "abgelehnt"])),
        },
        2,
    ),
    (
        "track",
        "Vorsorgeausgleich Erfasst",
        ["java"],
        {
            "scheidungsdatum": G(lambda f: f.date(2018, 2024)),
            "exEhegatteAhv": RED(lambda f: f.ahv(), "national id"),
            "exEhegatteName": Y(lambda f: f.full_name("CH"), "name"),
            "ausgleichsbetrag": G(lambda f: f.money_band(5000, 300000)),
            "gericht": G(
                lambda f: f.pick(
                    ["Bezirksgericht Zürich", "Tribunal civil de Lausanne", "Regionalgericht Bern-Mittelland"]
                )
            ),
        },
        2,
    ),
    # adviser notes and appointments
    (
        "track",
        "Adviser Note Added",
        ["java"],
        {
            "noteId": G(lambda f: f.uuid()),
            "adviserId": G(lambda f: "ADV" + f.digits(4)),
            "adviserName": Y(lambda f: f.full_name(), "name"),
            "memberNumber": G(lambda f: f.digits(9)),
            "content": Y(adviser_note, "name", True),
            "category": G(lambda f: f.pick(["retirement", "insurance", "contributions", "estate"])),
            "followUpDate": G(lambda f: f.date(2024, 2025)),
            "meetingType": G(lambda f: f.pick(["phone", "video", "in_person"])),
        },
        2,
    ),
    (
        "track",
        "Member Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.full_name().lower(), f.last()]), "name", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "search_scope": G(lambda f: f.pick(["members", "employers", "all"])),
            "staff_role": G(lambda f: f.pick(["contact_centre", "adviser", "claims_officer"])),
        },
        2,
    ),
    (
        "track",
        "Account Selected",
        ["swift", "kotlin"],
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f"Super - {f.full_name('AU')}",
                        f"Pension - {f.full_name('AU')}",
                        f"{f.full_name('AU')} (Accumulation)",
                    ]
                ),
                "name",
                True,
            ),
            "account_type": G(lambda f: f.pick(["accumulation", "pension", "ttr"])),
            "account_index": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "track",
        "Appointment Booked",
        ["node"],
        {
            "event_type": G(
                lambda f: f.pick(["Retirement check-in (30 min)", "Asesoría pensión", "Vorsorgeberatung"])
            ),
            "start_time": G(lambda f: f.iso()),
            "location": G(
                lambda f: f.pick(
                    [
                        "Level 12, 1 Martin Place, Sydney NSW 2000",
                        "Av. Apoquindo 3000, Las Condes",
                        "Paradeplatz 8, 8001 Zürich",
                        "Zoom",
                    ]
                )
            ),
            "invitee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "timezone": G(lambda f: f.pick(TZS)),
            },
            "host_email": G(
                lambda f: f.pick(
                    ["advice@meridiansuper.com.au", "asesoria@meridian.cl", "beratung@meridian-vorsorge.ch"]
                )
            ),
            "rescheduled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # e-commerce spec: paid advice sessions
    (
        "track",
        "Product Viewed",
        ["web"],
        {**advice_product(), "currency": G(lambda f: "AUD"), "url": G(lambda f: f.pick(HOSTS) + "/advice")},
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ADV-" + f.digits(6)),
            "revenue": G(lambda f: f.pick([220.0, 495.0, 2750.0])),
            "currency": G(lambda f: "AUD"),
            "coupon": G(lambda f: f.pick(["", "MEMBER10", "EOFY"])),
            "products": Many(advice_product(), 2),
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ADV-" + f.digits(6)),
            "revenue": G(lambda f: f.pick([220.0, 495.0, 2750.0])),
            "tax": G(lambda f: f.pick([20.0, 45.0, 250.0])),
            "currency": G(lambda f: "AUD"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paid_from_super"])),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.d(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "billing_address": {
                "line1": Y(lambda f: f.street("AU"), "address"),
                "city": Y(lambda f: f.city("AU"), "city"),
                "postal_code": Y(lambda f: f.postcode("AU"), "zipcode"),
                "country": G(lambda f: "AU"),
            },
            "products": Many(advice_product(), 2),
        },
        2,
    ),
    # identity verification before a withdrawal
    (
        "track",
        "Identity Verified",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["GreenID", "Onfido", "Equifax IDMatrix"])),
            "document_type": G(lambda f: f.pick(["passport", "drivers_licence", "medicare_card"])),
            "document_number": RED(lambda f: f.pick([f.passport(), f.d(8), f.d(9)]), "national id|passport"),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "selfie_url": Y(
                lambda f: "https://kyc.meridiansuper.com.au/selfies/" + f.uuid() + ".jpg", "photo"
            ),
            "result": G(lambda f: f.pick(["verified", "refer", "failed"])),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 1.0), 3)),
            "check_id": G(lambda f: f.uuid()),
        },
        2,
    ),
    (
        "track",
        "Eligibility Check Completed",
        ["web", "flutter"],
        {
            "value": Y(lambda f: f.dob_any(), "birthdate", True),
            "preservation_age": G(lambda f: 60),
            "eligible": G(lambda f: f.pick([True, False])),
            "check": G(lambda f: f.pick(["preservation_age", "ttr", "downsizer"])),
        },
        2,
    ),
    # death benefit claims
    (
        "track",
        "Death Benefit Claim Lodged",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: "DB" + f.digits(7)),
            "DeceasedMemberNumber": G(lambda f: f.digits(9)),
            "CauseOfDeath": Y(death_cause, "condition|diagnosis"),
            "ClaimantName": Y(lambda f: f.full_name(), "name"),
            "ClaimantRelationship": G(lambda f: f.pick(["spouse", "child", "executor", "parent"])),
            "ClaimantPhone": Y(lambda f: f.phone(), "phone"),
            "ClaimantEmail": Y(lambda f: f.email(), "email"),
            "HasBindingNomination": G(lambda f: f.pick([True, False])),
            "EstimatedBenefit": G(lambda f: f.money_band(1000, 1500000)),
            "LodgedUtc": G(lambda f: f.iso()),
        },
        2,
    ),
    # employer portal
    (
        "track",
        "Employee Added",
        ["web"],
        {
            "employer_id": G(lambda f: "EMP" + f.digits(6)),
            "employee": {
                "given_name": Y(lambda f: f.first("AU"), "name"),
                "family_name": Y(lambda f: f.last("AU"), "name"),
                "dob": Y(lambda f: f.dob(1960, 2006), "birthdate"),
                "tfn": RED(lambda f: f.tfn(), "national id"),
                "email": Y(lambda f: f.email("AU"), "email"),
                "start_date": G(lambda f: f.date(2024, 2024)),
                "employment_type": G(lambda f: f.pick(["full_time", "part_time", "casual"])),
                "annual_salary": Y(lambda f: f.r.randint(40000, 180000), "salary"),
                "payroll_id": G(lambda f: f.digits(5)),
                "job_title": G(
                    lambda f: f.pick(["Registered Nurse", "Store Manager", "Haul Truck Operator", "Barista"])
                ),
            },
            "default_fund_selected": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Payroll File Uploaded",
        ["web"],
        {
            "file_name": G(
                lambda f: f.pick(["SuperStream_Mar2024.csv", "contributions-2024-05.csv", "SAFF.xlsx"])
            ),
            "row_count": G(lambda f: f.r.randint(2, 4000)),
            "total_contributions": G(lambda f: f.money_band(500, 900000)),
            "errors": Many(
                {
                    "row": G(lambda f: f.r.randint(1, 4000)),
                    "column": G(lambda f: f.pick(["TFN", "DateOfBirth", "Email", "OTE"])),
                    "error_code": G(
                        lambda f: f.pick(["E_TFN_INVALID", "E_DOB_MISSING", "E_EMAIL_FORMAT", "E_OTE_NEG"])
                    ),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Payroll Integration Connected",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["Xero", "MYOB", "Employment Hero"])),
            "tenant_id": G(lambda f: f.uuid()),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "scopes": Many(
                G(lambda f: f.pick(["payroll.employees.read", "payroll.payruns.read", "offline_access"])), 3
            ),
            "expires_in": G(lambda f: 1800),
            "connected_by": Y(
                lambda f: f.work_email("AU").replace("meridiansuper.com.au", "employer.example.com"),
                "email",
                True,
            ),
        },
        2,
    ),
    # support and messaging vendors
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Rollover not received",
                            "Login problem",
                            "Certificado de cotizaciones",
                            "Frage zur Freizügigkeit",
                        ]
                    )
                ),
                "description": Y(ticket_description, "phone", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["rollover", "login", "cl", "ch", "au", "vip"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "api"]))},
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "assignee": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.work_email(), "email"),
                },
            },
        },
        2,
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "swift", "kotlin"],
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "text": Y(chat_text, "email|phone", True),
            "author_type": G(lambda f: "user"),
            "message_length": G(lambda f: f.r.randint(10, 120)),
        },
        2,
    ),
    (
        "track",
        "SMS Status Updated",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "To": Y(
                lambda f: f.pick([f"+614{f.d(8)}", f"+569{f.d(8)}", f"+417{f.pick('6789')}{f.d(7)}"]), "phone"
            ),
            "From": G(lambda f: f.pick(["+61480012345", "+56227778800", "MERIDIAN"])),
            "Body": RED(otp_sms, "token", True),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
        2,
    ),
    (
        "track",
        "Email Event",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["statement", "eofy", "newsletter"])), 2),
            "useragent": Maybe(G(lambda f: f.pick(UAS))),
            "ip": Maybe(Y(lambda f: f.ipv4(), "ip")),
            "url": Maybe(G(lambda f: f.pick(HOSTS) + "/statements?utm_source=email")),
        },
        2,
    ),
    (
        "track",
        "Envelope Completed",
        ["node"],
        {
            "envelopeId": G(lambda f: f.uuid()),
            "documentName": G(
                lambda f: f.pick(
                    ["Binding Death Benefit Nomination", "Statement of Advice", "Solicitud de pensión"]
                )
            ),
            "signerName": Y(lambda f: f.full_name(), "name"),
            "signerEmail": Y(lambda f: f.email(), "email"),
            "signedAt": G(lambda f: f.iso()),
            "signerIpAddress": Y(lambda f: f.ipv4(), "ip"),
        },
        2,
    ),
    (
        "track",
        "Kontaktformular Gesendet",
        ["php"],
        {
            "anrede": Y(lambda f: f.pick(["Herr", "Frau"]), "gender"),
            "vorname": Y(lambda f: f.first("CH"), "name"),
            "nachname": Y(lambda f: f.last("CH"), "name"),
            "e-mail": Y(lambda f: f.email("CH"), "email"),
            "telefon": Y(lambda f: f.phone("CH"), "phone"),
            "thema": G(lambda f: f.pick(["Einkauf", "Pensionierung", "Adressänderung", "Wohneigentum"])),
            "nachricht": G(
                lambda f: f.pick(
                    [
                        "Bitte um Rückruf bezüglich Einkauf.",
                        "Ich brauche einen neuen Vorsorgeausweis.",
                        "Wann wird die Rente ausbezahlt?",
                        "Danke für die schnelle Antwort!",
                    ]
                )
            ),
            "rueckruf-gewuenscht": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Survey Submitted",
        ["web", "rn"],
        {
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Easy to use",
                        "App keeps logging me out",
                        "muy buena atención",
                        "",
                        "Statement took too long",
                    ]
                )
            ),
            "age_band": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64"])),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "touchpoint": G(lambda f: f.pick(["app", "contact_centre", "branch"])),
        },
        2,
    ),
    # branches and location
    (
        "track",
        "Branch Located",
        ["rn", "flutter"],
        {
            "latitude": Y(lambda f: round(f.r.uniform(-45, -17), 6), "geolocation"),
            "longitude": Y(
                lambda f: f.pick([round(f.r.uniform(-73, -69), 6), round(f.r.uniform(115, 153), 6)]),
                "geolocation",
            ),
            "nearest_branch": G(
                lambda f: f.pick(
                    [
                        "Sucursal Providencia",
                        "Sucursal Concepción",
                        "Sydney CBD Member Centre",
                        "Perth Member Centre",
                    ]
                )
            ),
            "branch_address": G(
                lambda f: f.pick(
                    [
                        "Av. Providencia 1760, Providencia",
                        "O'Higgins 940, Concepción",
                        "1 Martin Place, Sydney NSW 2000",
                        "140 St Georges Tce, Perth WA 6000",
                    ]
                )
            ),
            "branch_phone": G(lambda f: f.pick(["+56 2 2777 8800", "1300 555 012", "+56 41 290 1100"])),
            "distance_km": G(lambda f: round(f.r.uniform(0.2, 40), 1)),
        },
        2,
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "title": G(
                lambda f: f.pick(
                    ["Your contribution arrived", "Tu cartola está lista", "Neuer Vorsorgeausweis"]
                )
            ),
            "action_identifier": G(lambda f: f.pick(["open", "view_statement", "dismiss"])),
            "received_at": G(lambda f: f.epoch_ms()),
        },
        2,
    ),
    (
        "track",
        "Experiment Viewed",
        ["web", "kotlin"],
        {
            "experiment_id": G(lambda f: f.digits(11)),
            "experiment_name": G(lambda f: f.pick(["withdrawal_flow_v2", "onboarding_copy", "switch_nudge"])),
            "variation_id": G(lambda f: f.digits(11)),
            "variation_name": G(lambda f: f.pick(["control", "treatment", "variant_b"])),
        },
        2,
    ),
    (
        "track",
        "Contact Details Updated",
        ["kotlin", "web"],
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["email", "mobile", "postal_address", "preferred_name"])), 3
            ),
            "new_email": Maybe(Y(lambda f: f.email(), "email")),
            "new_mobile": Maybe(Y(lambda f: f.phone(), "phone")),
            "postal_address": Maybe(
                {
                    "line_1": Y(lambda f: f.street(), "address|street"),
                    "suburb": Y(lambda f: f.city("AU"), "city"),
                    "postcode": Y(lambda f: f.postcode("AU"), "zipcode"),
                    "state": G(lambda f: f.pick(["NSW", "VIC", "QLD"])),
                }
            ),
            "preferred_name": Maybe(Y(lambda f: f.first(), "name")),
            "address_verified": G(lambda f: f.pick([True, False])),
            "change_count_30d": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "track",
        "Spouse Contribution Split Requested",
        ["web"],
        {
            "split_id": G(lambda f: f.uuid()),
            "spouse": {
                "given_name": Y(lambda f: f.first("AU"), "name"),
                "family_name": Y(lambda f: f.last("AU"), "name"),
                "date_of_birth": Y(lambda f: f.dob(1958, 2000), "birthdate"),
                "tfn": RED(lambda f: f.tfn(), "national id"),
                "fund_usi": G(lambda f: f.pick(["STA0100AU", "HOS0100AU", "RES0103AU", "UNI0100AU"])),
                "fund_member_number": G(lambda f: f.digits(8)),
            },
            "split_amount": G(lambda f: f.money_band(500, 27500)),
            "financial_year": G(lambda f: f.pick(["2022-23", "2023-24", "2024-25"])),
            "spouse_retired": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Downsizer Contribution Declared",
        ["web"],
        {
            "property_address": Y(lambda f: f.address("AU"), "address"),
            "contract_exchange_date": G(lambda f: f.date(2023, 2024)),
            "sale_price": G(lambda f: f.r.randint(450000, 3500000)),
            "contribution_amount": G(lambda f: f.pick([100000, 300000, f.r.randint(20000, 300000)])),
            "ownership_years": G(lambda f: f.r.randint(10, 45)),
            "joint_owner_name": Maybe(Y(lambda f: f.full_name("AU"), "name")),
        },
        2,
    ),
    (
        "track",
        "Dato Actualizado",
        ["rn", "python"],
        {
            "campo": G(lambda f: "telefono_movil"),
            "valor": Y(lambda f: f.phone("CL"), "phone", True),
            "canal": G(lambda f: f.pick(["app", "web", "sucursal"])),
            "validado_por_sms": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Changement d'Adresse",
        ["flutter", "web"],
        {
            "rue": Y(lambda f: f.street("CH"), "street|address"),
            "npa": Y(lambda f: f.postcode("CH"), "zipcode"),
            "localite": Y(lambda f: f.city("CH"), "city"),
            "canton": G(lambda f: f.pick(["GE", "VD", "FR", "VS", "NE", "JU"])),
            "date_effet": G(lambda f: f.date(2024, 2025)),
            "demenagement_a_l_etranger": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
]


def build(seed: int, repeats: int):
    f = PFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)])
                    if client == "web"
                    else f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.digits(9),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "EMP" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif kind != "alias":
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=266, repeats=17)
    write(Path(__file__).parent, "holdout266_", events, labels)
