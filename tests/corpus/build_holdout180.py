"""Writes holdout180: tests/corpus/holdout180_events.jsonl and holdout180_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine by its author. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for format), REFERENCE.md and DESIGN.md were read.
Run with `.venv/bin/python -m tests.corpus.build_holdout180`; deterministic (seed 180).

What it covers: the everyday Segment traffic of a pension fund and retirement-savings provider
("Aurelia") with a member app in the Netherlands, Switzerland and Chile. Member onboarding with
BSN (11-proof), AHV numbers (756, EAN-13 check digit) and RUT (mod-11, `K` check digits),
DigiD / BRP (Haal Centraal shaped) lookups and identity-document checks; employer contributions
and salaries (.NET PascalCase payroll feeds, Swiss German and Chilean Spanish keys), the employer
as a `group`; partner, beneficiary and dependant nominations, divorce pension splits, survivor
claims; retirement projections and planners; voluntary top-ups by bank transfer (IBAN with mod-97
check digits for NL/CH/DE/BE/ES, Chilean account numbers), Mollie- and Webpay-shaped payment
payloads; investment-profile questionnaires and fund switches; disability-pension applications
with diagnoses (ICD-10), medications, incapacity degrees and Swiss health-insurance card numbers;
address changes, emigration and life certificates; advisor calls (Calendly-, Twilio-, SendGrid-,
Zendesk- and Facebook-CAPI-shaped payloads), staff back-office search, in-app chat; login, OTP,
activation letters and magic links; Segment e-commerce spec events for voluntary products;
page / screen / identify / group / alias calls. Contexts are those of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, userAgentData, campaign, externalIds, instanceId).

Conventions: mostly camelCase and snake_case English keys; about 15 % PascalCase (.NET, Twilio),
kebab-case (a Node gateway's request log), SCREAMING_SNAKE (warehouse reverse-ETL syncs) and
Dutch, German and Spanish keys. Values are generated for many cultures and formats: Dutch,
Swiss and Chilean names (with tussenvoegsels and two surnames) and migrants' names; NL, CH, CL
and other national phone formats; NL "1234 AB", Swiss four-digit and Chilean seven-digit postal
codes; dates in ISO, Dutch, Swiss and Chilean formats.

Labelling rules (the Privacy Portal's default colours): each leaf path has a classification,
a type (the reference's matcher name where one fits, else `national id`, `bank account`,
`health id`, `advertising id`, `geolocation`, `token`, `secret`; `a|b` when either is fair) and
value_only (true when the key does not say what the value is). A field is PII when its values
are personal data about a natural person (the member, a partner, beneficiary, child, doctor,
advisor, HR contact or official): names, contact details, the person's own address or precise
location, birth dates, government ids, financial accounts, health and other special categories,
credentials, IP addresses, advertising ids. Colour: the reference's default for the matcher;
outside the reference, red for credentials/secrets, card numbers, bank accounts, government ids
and health ids, yellow otherwise. A value_only path holds its PII in every value, and free text
is labelled by what every value carries (green when none does).
Green: ids we issue (member, user, order, session, device ids, UUIDs, SKUs), versions,
timestamps, hashes of non-PII, amounts, enums, counters and booleans even under PII-sounding keys
(`emailVerified`, `salary_changes_this_year`, `ibanValidated`), product, fund, plan and company
names, places that are not the person's (an office, an employer's headquarters), country,
canton / region, locale, timezone, currency, user agents, OS-issued device ids; card and IBAN
last four digits.
The product's published policy, followed as written: green are member, customer and claim
numbers, ages and age bands, marital status, job titles and employers, a business's own phone,
e-mail and address (role mailboxes, a company's number in a telephony webhook), UUID tokens and
e-mail Message-IDs; yellow are insurance policy numbers and an insurer's member numbers
(`identification`), medication, salaries (`salary`), click and browser ids from ad platforms
(gclid, fbclid, fbp, fbc: `advertising id`), billing addresses (`address`), trade union
membership (`trade union`); red are payment tokens, activation and one-time codes, sign-in
links' tokens (`token`), a health system's card or patient numbers (`health id`) and an identity
document's number (`national id|passport`). Settled here, beyond that list:
- BSN, RUT (a person's) and a foreign tax id are `national id`; the Swiss AHV number is
  `social security number|national id`; all red. An employer's RUT, KvK, UID and wage-tax
  number identify a company: green. A RUT's lone check digit (`dv`) is green.
- The fund's own participant / member number (including the Swiss fund's `versicherten_nr`, its
  member number, not an insurer's), employee (personnel) numbers and claim numbers are numbers a
  business issues: green. The Swiss health-insurance card number is a health
  card: red `health id`.
- Salaries, pensionable salary, Chile's `renta imponible` and income bands are `salary`
  (yellow). Balances, contributions, top-ups, buy-ins, projected pensions and other amounts
  are green.
- A chosen or projected retirement date and retirement age are green (a date we plan, an age);
  birth dates and birth years are yellow `birthdate`. Marital status, cohabitation flags and
  relationship enums are green.
- Health: diagnoses and ICD-10 codes are `diagnosis`; conditions, "on sick leave", smoker and
  chronic-illness booleans and the first day of sickness are `condition` (yellow); an
  incapacity percentage or class (WIA IVA/WGA, Swiss IV degree, Chilean grado de invalidez)
  reveals a disability: red `disability`. Counters stay green.
- A salutation (Herr / Frau) reveals gender: yellow `gender`; sex / geslacht
  likewise (`gender|sex`). Trade-union membership flags and union names are yellow
  `trade union`.
- Hashed e-mail / phone sent to an ad platform (Facebook CAPI `em`, `ph`) remain personal:
  the hashed thing's type, yellow, not value_only (the vendor's key says what it is).
- A device label the user typed ("iPhone van Sanne") carries a first name: yellow `name`,
  value_only. A masked phone (`+31 6 ****5678`), IBAN or card last four digits are green.
- Staff: an advisor's or HR contact's own name, work e-mail and direct line are PII (yellow);
  role mailboxes (payroll@, no-reply@), a company's switchboard or a practice phone are green.
- `username` holding e-mail addresses is `email|name`, not value_only (the key names a personal
  identifier); Twilio's `From` / `To`, `uploaded-by`, `connectedBy` and `location.location`
  holding phones or e-mails are value_only.
- A password hash, an OTP, an activation-letter code, a magic-link token and an id token are
  red `password` / `token`; an integration's API token is red `secret`.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Opt:
    """A field that is sent only in some events: with probability p, or when p(f) is true."""

    def __init__(self, template: Any, p: Any = 0.6):
        self.template = template
        self.p = p


_ABSENT = object()


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Opt):
        present = template.p(f) if callable(template.p) else f.r.random() < template.p
        if not present:
            return _ABSENT
        return render(template.template, f, path, labels)
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        items = [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
        return [item for item in items if item is not _ABSENT]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render(value, f, f"{path}.{key}", labels)
            if rendered is not _ABSENT:
                out[key] = rendered
        return out
    raise TypeError(type(template))


def one(*items):
    return lambda f: f.pick(list(items))


def const(value):
    return lambda f: value


def keep(key, gen):
    """A generator whose value later fields of the same message can read (f.state[key])."""

    def run(f):
        f.state[key] = value = gen(f)
        return value

    return run


LOCALES = {
    "nl": ["nl-NL", "nl-NL", "nl", "en-NL", "en-GB"],
    "ch": ["de-CH", "de-CH", "fr-CH", "it-CH", "en-CH"],
    "cl": ["es-CL", "es-CL", "es-419", "es-ES", "en-US"],
}
TIMEZONES = {
    "nl": ["Europe/Amsterdam"],
    "ch": ["Europe/Zurich"],
    "cl": ["America/Santiago", "America/Punta_Arenas"],
}
CARRIERS = {
    "nl": ["KPN", "Vodafone", "Odido"],
    "ch": ["Swisscom", "Salt", "Sunrise"],
    "cl": ["Entel", "Movistar", "WOM"],
}


# -- generators for the three markets ----------------------------------------------------------------

NAMES = {
    "nl": (
        [
            "Daan",
            "Sanne",
            "Lotte",
            "Bram",
            "Fleur",
            "Jeroen",
            "Thijs",
            "Anouk",
            "Willemijn",
            "Mohammed",
            "Fatma",
            "Emre",
            "Noor",
            "Ricardo",
            "Wendela",
            "Gerrit",
            "Ingrid",
            "Kees",
            "Priya",
            "Sevda",
        ],
        [
            "de Vries",
            "van den Berg",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Jong",
            "Mulder",
            "van Dijk",
            "Yılmaz",  # noqa: RUF001
            "El Amrani",
            "Bouzid",
            "Hoekstra",
            "Kramer",
            "Brouwer",
            "Sewpersad",
            "Martina",
            "van der Meer",
            "Ouédraogo",
        ],
    ),
    "ch": (
        [
            "Lukas",
            "Nina",
            "Reto",
            "Corinne",
            "Ueli",
            "Seraina",
            "Mathieu",
            "Léa",
            "Luca",
            "Chiara",
            "Liridona",
            "Dragan",
            "Aylin",
            "Beat",
            "Jasmin",
            "Florian",
            "Noemi",
            "Arben",
            "Ana",
            "Thomas",
        ],
        [
            "Müller",
            "Meier",
            "Schmid",
            "Keller",
            "Weber",
            "Huber",
            "Schneider",
            "Brunner",
            "Rochat",
            "Favre",
            "Bernasconi",
            "Krasniqi",
            "Hoxha",
            "Gashi",
            "Petrović",
            "Zürcher",
            "Baumann",
            "Dos Santos",
            "Fontana",
            "Steiner",
        ],
    ),
    "cl": (
        [
            "Matías",
            "Catalina",
            "Constanza",
            "Benjamín",
            "Javiera",
            "Joaquín",
            "Francisca",
            "Camila",
            "Sebastián",
            "Valentina",
            "Ignacio",
            "María José",
            "Cristóbal",
            "Fernanda",
            "Yuliana",
            "Wilson",
            "Rosa",
            "Héctor",
            "Daniela",
            "Tomás",
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
            "Martínez",
            "Sepúlveda",
            "Morales",
            "Fuentes",
            "Mamani",
            "Huenchumilla",
            "Araya",
            "Valenzuela",
            "Espinoza",
            "Quispe",
            "Castillo",
            "Saavedra",
        ],
    ),
}
CITIES = {
    "nl": [
        "Amsterdam",
        "Utrecht",
        "Rotterdam",
        "Den Haag",
        "Eindhoven",
        "Groningen",
        "Zwolle",
        "Leeuwarden",
        "Nijmegen",
        "Haarlem",
        "Almere",
        "Tilburg",
    ],
    "ch": [
        "Zürich",
        "Bern",
        "Basel",
        "Lausanne",
        "Luzern",
        "St. Gallen",
        "Winterthur",
        "Lugano",
        "Genève",
        "Biel/Bienne",
        "Chur",
        "Thun",
    ],
    "cl": [
        "Santiago",
        "Valparaíso",
        "Concepción",
        "Viña del Mar",
        "Antofagasta",
        "Temuco",
        "Puerto Montt",
        "La Serena",
        "Rancagua",
        "Talca",
        "Arica",
        "Iquique",
    ],
}
COMUNAS = [
    "Providencia",
    "Las Condes",
    "Ñuñoa",
    "Maipú",
    "Puente Alto",
    "La Florida",
    "Santiago Centro",
    "Estación Central",
    "Quilicura",
    "Peñalolén",
    "San Bernardo",
    "Recoleta",
]
STREETS = {
    "nl": [
        "Keizersgracht",
        "Prinsengracht",
        "Oudegracht",
        "Lange Nieuwstraat",
        "Kerkstraat",
        "Dorpsstraat",
        "Julianalaan",
        "Van Woustraat",
        "Molenweg",
        "Stationsplein",
        "Beukenlaan",
    ],
    "ch": [
        "Bahnhofstrasse",
        "Seestrasse",
        "Rue du Simplon",
        "Via Nassa",
        "Hauptstrasse",
        "Dorfstrasse",
        "Rue de Bourg",
        "Kirchweg",
        "Zürcherstrasse",
        "Avenue de la Gare",
    ],
    "cl": [
        "Av. Providencia",
        "Calle Esmeralda",
        "Pasaje Los Copihues",
        "Av. Libertador Bernardo O'Higgins",
        "Av. Grecia",
        "Calle Los Aromos",
        "Av. Pajaritos",
        "Calle Condell",
        "Av. Irarrázaval",
    ],
}
DOMAINS = {
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "icloud.com"],
    "ch": ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch", "sunrise.ch", "protonmail.com"],
    "cl": ["gmail.com", "hotmail.com", "live.cl", "yahoo.es", "outlook.com", "vtr.net"],
}
EMPLOYERS = {
    "nl": [
        "Albert Heijn B.V.",
        "Gemeente Utrecht",
        "Zorggroep Noorderlicht",
        "Van Oord N.V.",
        "Bouwbedrijf De Rijk",
        "Stichting Kinderopvang Zon",
    ],
    "ch": [
        "Migros-Genossenschafts-Bund",
        "Spital Thurgau AG",
        "Holcim Schweiz AG",
        "Bäckerei Frei GmbH",
        "Stadt Winterthur",
        "Logitech Europe S.A.",
    ],
    "cl": [
        "Codelco",
        "Cencosud S.A.",
        "Banco Estado",
        "Constructora Andes Ltda.",
        "Clínica Alemana",
        "Sodimac S.A.",
    ],
}
FUNDS = [
    "Mixfonds Defensief",
    "Mixfonds Neutraal",
    "Mixfonds Offensief",
    "Duurzaam Aandelen Wereld",
    "Lifecycle 2045",
    "Lifecycle 2060",
    "Obligatiefonds Euro",
]
PRODUCTS = [
    ("ANW-HIAAT-BASIS", "ANW-hiaatverzekering Basis", "nabestaanden"),
    ("ANW-HIAAT-PLUS", "ANW-hiaatverzekering Plus", "nabestaanden"),
    ("NETTO-PENS", "Nettopensioen", "pensioen"),
    ("AOV-EXC", "Arbeidsongeschiktheid Excedent", "inkomen"),
    ("3A-KONTO", "Säule 3a Vorsorgekonto", "vorsorge"),
    ("3A-FONDS-40", "Säule 3a Fonds 40", "vorsorge"),
    ("APV-A", "APV Régimen A", "ahorro"),
    ("APV-B", "APV Régimen B", "ahorro"),
]


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class PF(Fake):
    def __init__(self, seed: int):
        super().__init__(seed)
        self.market = "nl"
        self.cur_page = PAGES[0]
        self.state: dict[str, Any] = {}

    def cc(self):
        return self.pick(["nl", "nl", "nl", "ch", "ch", "cl", "cl"])

    def given(self, cc=None):
        return self.pick(NAMES[cc or self.cc()][0])

    def family(self, cc=None):
        cc = cc or self.cc()
        if cc == "cl":
            return f"{self.pick(NAMES['cl'][1])} {self.pick(NAMES['cl'][1])}"
        return self.pick(NAMES[cc][1])

    def person(self, cc=None):
        cc = cc or self.cc()
        return f"{self.given(cc)} {self.family(cc)}"

    def mail(self, cc=None, name=None):
        cc = cc or self.cc()
        first, last = (name or self.person(cc)).split(" ", 1)
        first = plain(first).lower().replace(" ", "")
        last = plain(last).lower().replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last[:5]}",
                f"{last}.{first}{self.r.randint(60, 99)}",
            ]
        )
        return f"{local}@{self.pick(DOMAINS[cc])}"

    def tel(self, cc=None):
        cc = cc or self.cc()
        d = self.digits
        if cc == "nl":
            m = d(8)
            return self.pick(
                [
                    f"06-{m}",
                    f"+316{m}",
                    f"06 {m[:4]} {m[4:]}",
                    f"+31 6 {m}",
                    f"0{self.pick(['20', '30', '10', '50'])}-{d(7)}",
                ]
            )
        if cc == "ch":
            p, n = self.pick(["76", "77", "78", "79"]), d(7)
            return self.pick(
                [
                    f"+41 {p} {n[:3]} {n[3:5]} {n[5:]}",
                    f"0{p} {n[:3]} {n[3:5]} {n[5:]}",
                    f"+41{p}{n}",
                    f"044 {n[:3]} {n[3:5]} {n[5:]}",
                ]
            )
        if cc == "cl":
            n = d(8)
            return self.pick(
                [
                    f"+56 9 {n[:4]} {n[4:]}",
                    f"+569{n}",
                    f"9 {n[:4]} {n[4:]}",
                    f"(+56) 9{n}",
                    f"+56 2 2{n[:3]} {n[3:7]}",
                ]
            )
        return self.pick(
            [
                f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
                f"+212 6{d(8)}",
                f"+49 151 {d(8)}",
                f"+34 6{d(2)} {d(3)} {d(3)}",
                f"+51 9{d(8)}",
                f"+44 7{d(3)} {d(6)}",
            ]
        )

    def postcode(self, cc=None):
        cc = cc or self.cc()
        if cc == "nl":
            letters = self.pick("ABCDEGHJKLMNPRTVWXZ") + self.pick("ABCDEGHJKLMNPRTVWXZ")
            return f"{self.r.randint(1011, 9999)}{self.pick([' ', ''])}{letters}"
        if cc == "ch":
            return str(self.r.randint(1000, 9658))
        return self.digits(7)

    def street_line(self, cc=None):
        cc = cc or self.cc()
        s, n = self.pick(STREETS[cc]), self.r.randint(1, 420)
        if cc == "nl":
            return f"{s} {n}{self.pick(['', '', 'A', '-II', ' bis', '-3hg'])}"
        if cc == "ch":
            return f"{s} {n}" if not s.startswith(("Rue", "Avenue")) else f"{n} {s}"
        return f"{s} {n * 3}{self.pick(['', ', Depto 1503', ', Depto 42', ', Block B Depto 21'])}"

    def town(self, cc=None):
        return self.pick(CITIES[cc or self.cc()])

    def full_address(self, cc=None):
        cc = cc or self.cc()
        if cc == "cl":
            return f"{self.street_line(cc)}, {self.pick(COMUNAS)}, {self.town(cc)}"
        return f"{self.street_line(cc)}, {self.postcode(cc)} {self.town(cc)}"

    def dob(self, fmt="iso", start=1956, end=2001):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "nl": f"{d:02d}-{m:02d}-{y}",
            "ch": f"{d:02d}.{m:02d}.{y}",
            "cl": f"{d:02d}/{m:02d}/{y}",
            "compact": f"{y}{m:02d}{d:02d}",
        }[fmt]

    def day(self, start=2024, end=2025):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def first_of_month(self, start=2026, end=2058):
        return f"{self.r.randint(start, end)}-{self.r.randint(1, 12):02d}-01"

    # -- national identifiers (valid check digits) ------------------------------------------------
    def bsn(self, dotted=None):
        while True:
            body = [self.r.randint(0, 9) for _ in range(8)]
            if body[0] == 0:
                continue
            check = sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
            if check < 10:
                raw = "".join(map(str, body)) + str(check)
                dotted = self.r.random() < 0.15 if dotted is None else dotted
                return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}" if dotted else raw

    def ahv(self, dotted=None):
        body = "756" + "".join(str(self.r.randint(0, 9)) for _ in range(9))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        raw = body + str((10 - total % 10) % 10)
        dotted = self.r.random() < 0.8 if dotted is None else dotted
        return f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}" if dotted else raw

    @staticmethod
    def rut_dv(body: int) -> str:
        total, factor = 0, 2
        for c in reversed(str(body)):
            total += int(c) * factor
            factor = 2 if factor == 7 else factor + 1
        dv = 11 - total % 11
        return {11: "0", 10: "K"}.get(dv, str(dv))

    def rut(self, company=False, style=None):
        body = self.r.randint(76_000_000, 77_999_999) if company else self.r.randint(4_000_000, 26_500_000)
        dv = self.rut_dv(body)
        style = style or self.pick(["dots", "dots", "dash", "plain"])
        if style == "dots":
            return f"{body:,}".replace(",", ".") + f"-{dv}"
        if style == "dash":
            return f"{body}-{dv}"
        return f"{body}{dv}"

    def iban_any(self, country=None, spaced=None):
        country = country or self.pick(["NL", "NL", "NL", "CH", "CH", "DE", "BE", "ES"])
        d = lambda n: "".join(str(self.r.randint(0, 9)) for _ in range(n))  # noqa: E731
        bban = {
            "NL": self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + d(10),
            "CH": self.pick(["00762", "00230", "00700", "80808", "00235", "09000"]) + d(12),
            "DE": d(18),
            "BE": d(12),
            "ES": d(20),
        }[country]
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        spaced = self.r.random() < 0.45 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def bic(self):
        return self.pick(
            [
                "ABNANL2A",
                "INGBNL2A",
                "RABONL2U",
                "SNSBNL2A",
                "UBSWCHZH80A",
                "ZKBKCHZZ80A",
                "POFICHBEXXX",
                "TRIONL2U",
                "BUNQNL2A",
                "RAIFCH22",
            ]
        )

    def cl_account(self):
        return self.pick([self.digits(8), self.digits(10), self.digits(12), "000" + self.digits(9)])

    def health_card(self):
        return self.luhn_complete("80756" + "".join(str(self.r.randint(0, 9)) for _ in range(14)))

    def che_uid(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(8)]
            total = sum(a * b for a, b in zip(digits, [5, 4, 3, 2, 7, 6, 5, 4], strict=True))
            check = 11 - total % 11
            if check == 10:
                continue
            s = "".join(map(str, digits)) + str(0 if check == 11 else check)
            return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"

    def qr_reference(self):
        table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
        body = "".join(str(self.r.randint(0, 9)) for _ in range(26))
        carry = 0
        for c in body:
            carry = table[(carry + int(c)) % 10]
        return body + str((10 - carry) % 10)

    def member_no(self):
        return self.digits(8)

    def ictag(self):
        return self.pick(
            [
                "F32.1",
                "F33.2",
                "M54.5",
                "F43.1",
                "G35",
                "C50.9",
                "M79.7",
                "I25.1",
                "F41.1",
                "M51.1",
                "Z73.0",
                "U09.9",
                "G93.3",
                "M17.1",
            ]
        )


def work_mail(f: PF, domains: list[str], cc=None, initial=False) -> str:
    """A staff member's own work address: first.last@ or f.last@ the employer's domain."""
    first, last = f.given(cc), f.family(cc)
    first = plain(first).lower().replace(" ", "")
    last = plain(last).lower().replace(" ", "").replace("'", "")
    return f"{first[0] if initial else first}.{last}@{f.pick(domains)}"


def first_sick_day(f: PF):
    return f.day(2022, 2024)


# -- contexts sent by the client libraries ----------------------------------------------------------

PAGES = [
    ("/", "Aurelia Pensioen | Mijn pensioen", "mijn.aureliapensioen.nl"),
    ("/pensioenplanner", "Pensioenplanner | Aurelia", "mijn.aureliapensioen.nl"),
    ("/bijsparen", "Extra sparen | Aurelia", "mijn.aureliapensioen.nl"),
    ("/gegevens/adres", "Mijn gegevens | Aurelia", "mijn.aureliapensioen.nl"),
    ("/de/vorsorgeausweis", "Vorsorgeausweis - Aurelia Vorsorge", "portal.aurelia-vorsorge.ch"),
    ("/de/einkauf", "Einkauf in die Pensionskasse - Aurelia", "portal.aurelia-vorsorge.ch"),
    ("/fr/prestations", "Prestations - Aurelia Prévoyance", "portal.aurelia-vorsorge.ch"),
    ("/sucursal/simulador", "Simulador de pensión | AFP Aurelia", "www.afpaurelia.cl"),
    ("/sucursal/apv", "Ahorro Previsional Voluntario | AFP Aurelia", "www.afpaurelia.cl"),
    ("/en/emigration", "Moving abroad | Aurelia", "mijn.aureliapensioen.nl"),
]

UAS_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.53 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
]


def page_fields():
    """The page being viewed: chosen once per message (PF.cur_page), so path, title and url agree."""
    return {
        "path": G(lambda f: f.cur_page[0]),
        "referrer": G(
            one(
                "",
                "https://www.google.com/",
                "https://www.google.ch/",
                "https://www.bing.com/",
                "https://mijn.aureliapensioen.nl/",
                "https://www.afpaurelia.cl/",
            )
        ),
        "search": G(
            one(
                "",
                "",
                "?utm_source=nieuwsbrief&utm_medium=email&utm_campaign=upo2024",
                "?tab=overzicht",
                "?lang=en",
                "?utm_source=google&utm_medium=cpc",
            )
        ),
        "title": G(lambda f: f.cur_page[1]),
        "url": G(lambda f: f"https://{f.cur_page[2]}{f.cur_page[0]}"),
    }


def web_context(f):
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(one("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": page_fields(),
        "userAgent": G(keep("ua", lambda f: f.pick(UAS_WEB))),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(one("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                        "version": G(one("124", "125", "99", "8")),
                    },
                    3,
                ),
                "mobile": G(lambda f: "Mobile" in f.state["ua"]),
                "platform": G(lambda f: "Android" if "Android" in f.state["ua"] else "Windows"),
            },
            lambda f: "Chrome/" in f.state["ua"],
        ),
        "locale": G(lambda f: f.pick(LOCALES[f.market])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(one("upo2024", "bijsparen_q4", "einkauf_2024", "apv_septiembre")),
                "source": G(one("nieuwsbrief", "google", "facebook", "linkedin")),
                "medium": G(one("email", "cpc", "social")),
                "term": Opt(G(one("pensioen bijsparen", "3a konto", "ahorro voluntario", "aow leeftijd"))),
                "content": Opt(G(one("hero_cta", "footer_link", "banner_a"))),
            },
            0.3,
        ),
    }


def app_block(f, ns):
    return {
        "name": G(one("Aurelia", "Aurelia Pensioen", "AFP Aurelia", "Aurelia Vorsorge")),
        "version": G(one("4.12.0", "4.12.3", "4.13.0", "5.0.1")),
        "build": G(one("41200", "41203", "41300", "50001", "2024.11.2")),
        "namespace": G(const(ns)),
    }


def mobile_traits():
    return Opt(
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "memberNumber": G(lambda f: f.member_no()),
            "country": G(one("NL", "CH", "CL")),
            "anonymousId": G(lambda f: f.uuid()),
        },
        0.55,
    )


def swift_context(f):
    return {
        "app": app_block(f, "com.aurelia.pensioen"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(
                keep("model", one("iPhone15,3", "iPhone14,7", "iPhone16,2", "iPhone13,2", "iPad13,18"))
            ),
            "name": G(lambda f: "iPad" if f.state["model"].startswith("iPad") else "iPhone"),
            "type": G(const("ios")),
            "adTrackingEnabled": G(keep("att", one(False, False, True))),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), lambda f: f.state["att"]),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(one("1.5.11", "1.6.1", "1.7.0"))},
        "os": {"name": G(const("iOS")), "version": G(one("17.5.1", "17.4", "18.0.1", "16.7.8"))},
        "screen": {"width": G(one(390, 393, 430, 375)), "height": G(one(844, 852, 932, 667))},
        "network": {"wifi": G(one(True, False)), "cellular": G(one(True, False))},
        "locale": G(lambda f: f.pick(LOCALES[f.market])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.market])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f):
    return {
        "app": app_block(f, "com.aurelia.pensioen"),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(one("samsung", "Google", "Xiaomi", "OnePlus", "motorola")),
            "model": G(one("SM-A546B", "Pixel 8", "SM-S911B", "2201117TY", "moto g54 5G")),
            "name": G(one("a54x", "shiba", "dm1q", "spes", "cancunf")),
            "type": G(const("android")),
            "adTrackingEnabled": G(keep("att", one(True, False))),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), lambda f: f.state["att"]),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(one("1.16.3", "1.17.0", "1.15.0"))},
        "locale": G(lambda f: f.pick(LOCALES[f.market])),
        "network": {
            "wifi": G(one(True, False)),
            "cellular": G(one(True, False)),
            "carrier": G(lambda f: f.pick(CARRIERS[f.market])),
        },
        "os": {"name": G(const("Android")), "version": G(one("14", "13", "12", "15"))},
        "screen": {
            "density": G(one(2.625, 3.0, 2.75)),
            "height": G(one(2340, 2400, 2280)),
            "width": G(one(1080, 1080, 1220)),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.market])),
        "userAgent": G(
            one(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TY Build/TKQ1.221114.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f):
    return {
        "app": app_block(f, "cl.afpaurelia.app"),
        "device": {
            "id": G(lambda f: f.uuid().upper() if f.state["phone"][0] == "Apple" else f.hexid(16)),
            "manufacturer": G(lambda f: f.state["phone"][0]),
            "model": G(lambda f: f.state["phone"][1]),
            "name": G(lambda f: f.state["phone"][2]),
            "type": G(lambda f: "ios" if f.state["phone"][0] == "Apple" else "android"),
        },
        "library": {
            "name": G(const("@segment/analytics-react-native")),
            "version": G(one("2.19.2", "2.20.1", "2.18.0")),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.market])),
        "network": {"wifi": G(one(True, False)), "cellular": G(one(True, False))},
        "os": {
            "name": G(lambda f: "iOS" if f.state["phone"][0] == "Apple" else "Android"),
            "version": G(
                lambda f: f.pick(["17.5", "18.1"] if f.state["phone"][0] == "Apple" else ["13", "14"])
            ),
        },
        "screen": {"width": G(one(390, 412, 360)), "height": G(one(844, 915, 800))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.market])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def flutter_context(f):
    return {
        "app": app_block(f, "ch.aurelia.vorsorge"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.state["phone"][0]),
            "model": G(lambda f: f.state["phone"][1]),
            "type": G(lambda f: "ios" if f.state["phone"][0] == "Apple" else "android"),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(one("1.1.3", "1.1.5", "1.0.7"))},
        "locale": G(lambda f: f.pick(LOCALES[f.market])),
        "os": {
            "name": G(lambda f: "iOS" if f.state["phone"][0] == "Apple" else "Android"),
            "version": G(
                lambda f: f.pick(["17.4.1", "18.0"] if f.state["phone"][0] == "Apple" else ["13", "14"])
            ),
        },
        "screen": {"width": G(one(393, 411, 430)), "height": G(one(852, 914, 932))},
        "network": {"wifi": G(one(True, False)), "cellular": G(one(True, False))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.market])),
        "instanceId": G(lambda f: f.uuid()),
    }


PHONES = [
    ("Apple", "iPhone14,5", "iPhone"),
    ("Apple", "iPhone15,2", "iPhone"),
    ("samsung", "SM-A155M", "a15"),
    ("samsung", "SM-G991B", "o1s"),
    ("motorola", "moto e13", "moto e13"),
    ("Xiaomi", "Redmi Note 12", "tapas"),
    ("Google", "Pixel 7", "panther"),
]


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.CSharp", ["2.4.0", "2.3.6"]),
}


def server_context(f, lib):
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(const(name)), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.5),
        "userAgent": Opt(G(lambda f: f.pick(UAS_WEB)), 0.35),
        "active": Opt(G(const(False)), 0.4),
        "traits": Opt({"email": Y(lambda f: f.mail(), "email")}, 0.25),
        "groupId": Opt(G(lambda f: "emp_" + f.digits(6)), 0.2),
        "externalIds": Opt(
            Many(
                {
                    "id": G(
                        lambda f: (
                            f"{f.r.randint(100000000, 2147483647)}.{f.r.randint(1690000000, 1735000000)}"
                        )
                    ),
                    "type": G(const("ga_client_id")),
                    "collection": G(const("users")),
                    "encoding": G(const("none")),
                },
                1,
            ),
            0.15,
        ),
    }


def context_for(f, client):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- free text whose every value carries the PII it is labelled with -------------------------------


def call_notes(f):
    t = f.tel()
    return f.pick(
        [
            f"Deelnemer wil teruggebeld worden op {t} na 17:00.",
            f"Member prefers callback on {t}, discussed partner pension.",
            f"Bitte unter {t} zurückrufen wegen Einkauf.",
            f"Afiliada pide llamado al {t} por simulación de pensión.",
            f"New mobile {t}; asked about early retirement.",
        ]
    )


def chat_text(f):
    e = f.mail()
    return f.pick(
        [
            f"Kunnen jullie de bevestiging naar {e} sturen?",
            f"My new email is {e}, please update.",
            f"Bitte senden Sie den Vorsorgeausweis an {e}",
            f"Por favor envíen el certificado a {e}",
            f"hi, I can't log in with {e} anymore",
        ]
    )


def ticket_description(f):
    iban = f.iban_any()
    return f.pick(
        [
            f"Graag mijn rekeningnummer wijzigen naar {iban}.",
            f"Please pay my pension into {iban} from next month.",
            f"Neue Bankverbindung: {iban}. Danke!",
            f"The top-up from {iban} is not visible yet.",
        ]
    )


def third_party_note(f):
    n = f.person()
    return f.pick(
        [
            f"Spoke with daughter {n}, she holds power of attorney.",
            f"Ex-partner {n} called about the pension split.",
            f"Buurman {n} belde namens deelnemer.",
            f"Sohn {n} hat angerufen, Vollmacht folgt per Post.",
            f"Llamó su hija {n} para consultar por la pensión de sobrevivencia.",
        ]
    )


def device_label(f):
    g = f.given()
    return f.pick([f"iPhone van {g}", f"{g}'s iPad", f"Galaxy S23 de {g}", f"{g}s Pixel", f"iPhone de {g}"])


def beneficiary_label(f):
    return f"{f.person()} ({f.pick(['partner', 'kind', 'Ehefrau', 'hijo', 'Lebenspartner'])})"


# -- events ---------------------------------------------------------------------------------------------
# (kind, event or page/screen name, client, count, body)

EVENTS: list[tuple[str, str | None, str, int, Any]] = []


def ev(kind, name, client, count, body=None):
    EVENTS.append((kind, name, client, max(12, round(count * 0.7)), body))


# Page and screen views: the bulk of everyday traffic.
for page in ["Home", "Pensioenplanner", "Bijsparen", "Vorsorgeausweis", "Simulador"]:
    ev("page", page, "web", 60, page_fields())
for screen, client in [
    ("Dashboard", "swift"),
    ("Dashboard", "kotlin"),
    ("Mi Cuenta", "rn"),
    ("Übersicht", "flutter"),
    ("Documents", "swift"),
    ("Beneficiaries", "kotlin"),
]:
    ev(
        "screen",
        screen,
        client,
        45,
        {
            "tab": Opt(G(one("overview", "documents", "profile", "inbox"))),
            "previous_screen": Opt(G(one("Login", "Dashboard", "Settings", "Inbox", "Projection"))),
            "load_time_ms": Opt(G(lambda f: f.r.randint(80, 2400))),
        },
    )

# Mobile lifecycle (Segment spec)
for client in ["swift", "kotlin", "rn", "flutter"]:
    ev(
        "track",
        "Application Opened",
        client,
        40,
        {
            "from_background": G(one(True, False)),
            "version": G(one("4.12.0", "4.12.3", "4.13.0", "5.0.1")),
            "build": G(one("41200", "41203", "41300", "50001", "2024.11.2")),
            "url": Opt(
                G(
                    one(
                        "aurelia://inbox/upo",
                        "aurelia://planner",
                        "https://mijn.aureliapensioen.nl/app/bijsparen",
                    )
                ),
                0.2,
            ),
        },
    )
ev(
    "track",
    "Application Updated",
    "kotlin",
    15,
    {
        "version": G(one("4.12.3", "4.13.0", "5.0.1")),
        "build": G(one("41203", "41300", "50001")),
    },
)
ev(
    "track",
    "Push Notification Tapped",
    "swift",
    20,
    {
        "campaign": {
            "id": G(lambda f: f.digits(7)),
            "name": G(one("UPO 2024 beschikbaar", "Jaaroverzicht klaar", "Bijsparen voor 31 dec")),
            "medium": G(const("push")),
            "source": G(const("braze")),
            "content": G(
                one(
                    "Uw Uniform Pensioenoverzicht staat klaar.",
                    "Bekijk hoeveel u extra kunt sparen.",
                    "Uw jaaroverzicht 2024 is beschikbaar.",
                )
            ),
        },
        "message_id": G(lambda f: f.hexid(24)),
    },
)

# -- identify: member profiles ------------------------------------------------------------------------
ev(
    "identify",
    None,
    "web",
    60,
    {
        "email": Y(lambda f: f.mail("nl"), "email"),
        "firstName": Y(lambda f: f.given("nl"), "name"),
        "lastName": Y(lambda f: f.family("nl"), "name"),
        "phone": Opt(Y(lambda f: f.tel("nl"), "phone")),
        "birthday": Y(lambda f: f.dob(), "birthdate"),
        "address": {
            "street": Y(lambda f: f.street_line("nl"), "address|street"),
            "postalCode": Y(lambda f: f.postcode("nl"), "zipcode"),
            "city": Y(lambda f: f.town("nl"), "city"),
            "country": G(one("NL", "Netherlands", "CL", "Chile")),
        },
        "memberNumber": G(lambda f: f.member_no()),
        "createdAt": G(lambda f: f.iso()),
        "preferredLanguage": G(one("nl", "en")),
        "emailVerified": G(one(True, True, False)),
        "phoneVerified": G(one(True, False)),
        "hasPartner": G(one(True, False)),
        "maritalStatus": G(
            one("married", "single", "registered_partnership", "divorced", "widowed", "cohabiting")
        ),
        "employerName": G(lambda f: f.pick(EMPLOYERS["nl"])),
        "jobTitle": Opt(G(one("Verpleegkundige", "Teamleider", "Chauffeur", "Beleidsmedewerker", "Kok"))),
        "age": G(lambda f: f.r.randint(21, 67)),
        "retirementAge": G(one(67, 67.25, 68)),
        "riskProfile": G(one("defensive", "neutral", "offensive")),
        "tradeUnionMember": Y(one(True, False), "trade union"),
        "partnerName": Opt(Y(lambda f: f.person("nl"), "name"), 0.5),
    },
)
ev(
    "identify",
    None,
    "swift",
    35,
    {
        "email": Y(lambda f: f.mail(), "email"),
        "firstName": Y(lambda f: f.given(), "name"),
        "lastName": Y(lambda f: f.family(), "name"),
        "memberNumber": G(lambda f: f.member_no()),
        "createdAt": G(lambda f: f.iso()),
        "pushEnabled": G(one(True, False)),
        "biometricLoginEnabled": G(one(True, False)),
        "emailVerified": G(one(True, True, False)),
        "preferredLanguage": G(one("nl", "de", "es", "en", "fr")),
    },
)
ev(
    "identify",
    None,
    "java",
    30,
    {
        "vorname": Y(lambda f: f.given("ch"), "name"),
        "nachname": Y(lambda f: f.family("ch"), "name"),
        "anrede": Y(one("Herr", "Frau"), "gender"),
        "ahv_nr": RED(lambda f: f.ahv(), "social security number|national id"),
        "geburtsdatum": Y(lambda f: f.dob("ch"), "birthdate"),
        "zivilstand": G(one("ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Partnerschaft")),
        "strasse": Y(lambda f: f.street_line("ch"), "address|street"),
        "plz": Y(lambda f: f.postcode("ch"), "zipcode"),
        "ort": Y(lambda f: f.town("ch"), "city"),
        "kanton": G(one("ZH", "BE", "VD", "TI", "LU", "SG", "GE", "BS")),
        "heimatort": Y(
            one("Glarus", "Chur", "Appenzell", "Sion", "Altdorf", "Frauenfeld", "Schwyz"), "citizenship|city"
        ),
        "email": Y(lambda f: f.mail("ch"), "email"),
        "mobile": Opt(Y(lambda f: f.tel("ch"), "phone")),
        "korrespondenzsprache": G(one("de", "fr", "it")),
        "vorsorgeplan": G(one("Basisplan", "Kaderplan", "Plan Plus")),
        "beschaeftigungsgrad": G(one(100, 80, 60, 50, 90)),
        "eintrittsdatum": G(lambda f: f.day(2005, 2024)),
        "versicherten_nr": G(lambda f: "V" + f.digits(7)),
        "iban_auszahlung": Opt(RED(lambda f: f.iban_any("CH"), "bank account"), 0.5),
    },
)
ev(
    "identify",
    None,
    "rn",
    35,
    {
        "rut": RED(lambda f: f.rut(), "national id"),
        "firstName": Y(lambda f: f.given("cl"), "name"),
        "lastName": Y(lambda f: f.pick(NAMES["cl"][1]), "name"),
        "secondLastName": Y(lambda f: f.pick(NAMES["cl"][1]), "name"),
        "email": Y(lambda f: f.mail("cl"), "email"),
        "phone": Y(lambda f: f.tel("cl"), "phone"),
        "birthday": Y(lambda f: f.dob("cl"), "birthdate"),
        "sexo": Y(one("F", "M"), "gender|sex"),
        "maritalStatus": G(one("soltero", "casado", "conviviente civil", "divorciado", "viudo")),
        "address": {
            "street": Y(lambda f: f.street_line("cl"), "address|street"),
            "comuna": Y(lambda f: f.pick(COMUNAS), "city"),
            "city": Y(lambda f: f.town("cl"), "city"),
            "state": G(one("Metropolitana", "Valparaíso", "Biobío", "Antofagasta", "Los Lagos")),
            "country": G(one("CL", "Chile")),
        },
        "fund": G(one("A", "B", "C", "D", "E")),
        "memberSince": G(lambda f: f.day(1995, 2023)),
        "nationality": Y(
            one("chilena", "peruana", "venezolana", "colombiana", "haitiana", "boliviana"), "citizenship"
        ),
        "hasApv": G(one(True, False)),
    },
)
# Reverse-ETL sync from the warehouse (SCREAMING_SNAKE).
ev(
    "identify",
    None,
    "python",
    30,
    {
        "MEMBER_ID": G(lambda f: f.member_no()),
        "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
        "FIRST_NAME": Y(lambda f: f.given(), "name"),
        "LAST_NAME": Y(lambda f: f.family(), "name"),
        "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
        "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
        "COUNTRY_CODE": G(one("NL", "CH", "CL")),
        "ANNUAL_SALARY": Y(lambda f: f.r.randint(24000, 160000), "salary"),
        "TOTAL_PENSION_CAPITAL": G(lambda f: round(f.r.uniform(2000, 900000), 2)),
        "RISK_PROFILE": G(one("DEFENSIVE", "NEUTRAL", "OFFENSIVE")),
        "LAST_LOGIN_AT": G(lambda f: f.iso()),
        "IS_ACTIVE_MEMBER": G(one(True, False)),
        "EMPLOYER_NAME": G(lambda f: f.pick(EMPLOYERS[f.cc()])),
        "NUM_BENEFICIARIES": G(lambda f: f.r.randint(0, 5)),
        "PHONE_VERIFIED": G(one(True, False)),
        "AGE_BAND": G(one("25-34", "35-44", "45-54", "55-64", "65+")),
    },
)

# -- group: employers ----------------------------------------------------------------------------
ev(
    "group",
    None,
    "node",
    30,
    {
        "name": G(lambda f: f.pick(EMPLOYERS[f.cc()])),
        "industry": G(one("Retail", "Healthcare", "Construction", "Public sector", "Mining", "Childcare")),
        "employees": G(lambda f: f.r.randint(8, 40000)),
        "plan": G(one("Basisregeling", "Kaderplan", "Plan Empresa")),
        "kvkNumber": Opt(G(lambda f: f.digits(8))),
        "wageTaxNumber": Opt(G(lambda f: f.digits(9) + "L01")),
        "uid": Opt(G(lambda f: f.che_uid())),
        "rutEmpresa": Opt(G(lambda f: f.rut(company=True))),
        "payrollEmail": G(
            one(
                "salarisadministratie@rijkbouw.nl",
                "payroll@holcim-ch.example",
                "lonen@zorggroep-noorderlicht.nl",
                "remuneraciones@constructoraandes.cl",
                "hr-pensions@migros.example",
            )
        ),
        "officePhone": G(one("+31 20 555 0100", "+41 44 555 01 23", "+56 2 2555 0100", "030-2550100")),
        "headquarters": {
            "street": G(
                one("Provincialeweg 11", "Hagenholzstrasse 85", "Av. Apoquindo 3000", "Stationsplein 45")
            ),
            "postalCode": G(one("1506 MA", "8050", "7550000", "3511 ED")),
            "city": G(one("Zaandam", "Zürich", "Las Condes", "Utrecht")),
        },
        "hrContactName": Y(lambda f: f.person(), "name"),
        "hrContactEmail": Y(
            lambda f: work_mail(
                f, ["rijkbouw.nl", "holcim-ch.example", "cencosud.example", "utrecht.example"]
            ),
            "email",
        ),
        "hrContactPhone": Opt(Y(lambda f: f.tel(), "phone")),
        "createdAt": G(lambda f: f.iso()),
    },
)

# -- onboarding and identity ---------------------------------------------------------------------
ev(
    "track",
    "Onboarding Step Completed",
    "web",
    45,
    {
        "step": G(lambda f: f.r.randint(1, 6)),
        "step_name": G(one("welcome", "bsn", "contact_details", "bank_account", "beneficiaries", "review")),
        "duration_ms": G(lambda f: f.r.randint(1500, 240000)),
        "bsn_entered": G(one(True, False)),
    },
)
ev(
    "track",
    "BSN Verified",
    "python",
    35,
    {
        "bsn": RED(lambda f: f.bsn(), "national id"),
        "verification_method": G(one("digid", "brp_lookup", "manual")),
        "digid_assurance_level": G(one("basis", "midden", "substantieel", "hoog")),
        "name_match_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
        "verified_at": G(lambda f: f.iso()),
        "person": {
            "burgerservicenummer": RED(lambda f: f.bsn(dotted=False), "national id"),
            "naam": {
                "voornamen": Y(lambda f: f"{f.given('nl')} {f.given('nl')}", "name"),
                "voorvoegsel": Opt(Y(one("van", "de", "van den", "van der", "ter"), "name")),
                "geslachtsnaam": Y(
                    lambda f: f.pick(["Vries", "Berg", "Jansen", "Bakker", "Öztürk", "Hoekstra", "Meer"]),
                    "name",
                ),
                "voorletters": Y(lambda f: f"{f.given('nl')[0]}.{f.given('nl')[0]}.", "name"),
            },
            "geboorte": {"datum": {"datum": Y(lambda f: f.dob(), "birthdate")}},
            "geslacht": {"code": Y(one("M", "V", "O"), "gender|sex")},
            "verblijfplaats": {
                "straat": Y(lambda f: f.pick(STREETS["nl"]), "address|street"),
                "huisnummer": Y(lambda f: f.r.randint(1, 350), "address|street"),
                "huisletter": Opt(Y(one("A", "B", "C"), "address|street"), 0.5),
                "postcode": Y(lambda f: f.postcode("nl").replace(" ", ""), "zipcode"),
                "woonplaats": Y(lambda f: f.town("nl"), "city"),
            },
            "nationaliteiten": Many(
                {
                    "nationaliteit": {
                        "code": Y(one("0001", "0052", "0263", "0339"), "citizenship"),
                        "omschrijving": Y(
                            one("Nederlandse", "Turkse", "Marokkaanse", "Surinaamse"), "citizenship"
                        ),
                    }
                },
                2,
            ),
        },
    },
)
ev(
    "track",
    "AHV Number Submitted",
    "swift",
    30,
    {
        "ahvNumber": RED(lambda f: f.ahv(), "social security number|national id"),
        "ahvFormatValid": G(one(True, True, False)),
        "inputMethod": G(one("manual", "card_scan", "prefilled")),
        "previousPensionFund": G(
            one("Stiftung Auffangeinrichtung BVG", "PKS Pensionskasse", "Swiss Life Collective BVG", "none")
        ),
        "attempt": G(lambda f: f.r.randint(1, 3)),
    },
)
ev(
    "track",
    "RUT Validated",
    "node",
    30,
    {
        "rut": RED(keep("rut", lambda f: f.rut()), "national id"),
        "dv": G(lambda f: f.state["rut"][-1]),
        "rut_valido": G(one(True, True, False)),
        "civil_registry_name": Y(lambda f: f.person("cl").upper(), "name"),
        "clave_unica_level": G(one("1", "2", "3")),
        "id_card_serial": RED(lambda f: f"A{f.digits(9)}", "national id"),
        "attempts": G(lambda f: f.r.randint(1, 4)),
    },
)
ev(
    "track",
    "Identity Document Verified",
    "kotlin",
    30,
    {
        "check_id": G(lambda f: f.uuid()),
        "document_type": G(one("passport", "national_identity_card", "residence_permit", "driving_licence")),
        "document_number": RED(
            lambda f: f.pick(["NX" + f.digits(7), f.digits(9), "X" + f.digits(7), "IR" + f.digits(7) + "M"]),
            "national id|passport",
        ),
        "issuing_country": G(one("NLD", "CHE", "CHL", "TUR", "DEU", "PER")),
        "expiry_date": G(lambda f: f.day(2025, 2034)),
        "nationality": Y(one("NLD", "CHE", "CHL", "TUR", "MAR", "DEU", "VEN"), "citizenship"),
        "selfie_url": Y(lambda f: f"https://kyc-storage.aurelia.example/selfies/{f.uuid()}.jpg", "photo"),
        "liveness_score": G(lambda f: round(f.r.uniform(0.4, 1), 3)),
        "result": G(one("clear", "consider")),
        "sub_result": G(one("clear", "caution", "suspected")),
        "provider": G(one("onfido", "idnow")),
    },
)
ev(
    "track",
    "Two-Factor Device Registered",
    "swift",
    25,
    {
        "deviceLabel": Y(device_label, "name", True),
        "method": G(one("passkey", "totp", "sms")),
        "devicesRegistered": G(lambda f: f.r.randint(1, 4)),
        "keyId": G(lambda f: f.hexid(32)),
    },
)
ev(
    "track",
    "Signed In",
    "web",
    50,
    {
        "method": G(one("digid", "password", "passkey", "clave_unica", "swiss_id")),
        "remember_me": G(one(True, False)),
        "session_id": G(lambda f: f.uuid()),
        "login_count": G(lambda f: f.r.randint(1, 400)),
        "mfa_used": G(one(True, False)),
    },
)
ev(
    "track",
    "Login Failed",
    "web",
    25,
    {
        "username": Y(lambda f: f.mail(), "email|name"),
        "failure_reason": G(one("wrong_password", "account_locked", "unknown_user", "mfa_timeout")),
        "attempt": G(lambda f: f.r.randint(1, 5)),
        "captcha_shown": G(one(True, False)),
    },
)
ev(
    "track",
    "OTP Sent",
    "node",
    30,
    {
        "channel": G(one("sms", "email", "voice")),
        "phone_masked": G(lambda f: f"+{f.pick(['31 6', '41 79', '56 9'])} ****{f.digits(4)}"),
        "otp_code": RED(lambda f: f.digits(6), "token"),
        "expires_in": G(const(300)),
        "provider": G(one("twilio_verify", "messagebird")),
        "resend_count": G(lambda f: f.r.randint(0, 2)),
    },
)
ev(
    "track",
    "Account Activated",
    "python",
    25,
    {
        "activation_code": RED(
            lambda f: "-".join(
                "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)
            ),
            "token",
        ),
        "activated_via": G(one("letter", "email", "branch")),
        "days_since_letter": G(lambda f: f.r.randint(1, 40)),
        "letter_id": G(lambda f: "BRF-" + f.digits(9)),
    },
)
ev(
    "track",
    "Magic Link Sent",
    "ruby",
    25,
    {
        "email": Y(lambda f: f.mail(), "email"),
        "link_token": RED(lambda f: f.hexid(48), "token"),
        "expires_at": G(lambda f: f.iso()),
        "redirect_path": G(one("/pensioenplanner", "/bijsparen", "/gegevens")),
    },
)
ev(
    "track",
    "Sign Up Completed",
    "rn",
    25,
    {
        "form": {
            "email": Y(lambda f: f.mail("cl"), "email"),
            "password": RED(
                lambda f: f.pick(["Pension2024!", "Catalina#1987", "qwerty123", "Chile.2025", "m1p4ssw0rd"]),
                "password",
            ),
            "acceptTerms": G(const(True)),
            "newsletter": G(one(True, False)),
        },
        "passwordStrength": G(one("weak", "medium", "strong")),
        "signup_source": G(one("app_store", "play_store", "sucursal", "web")),
    },
)
ev(
    "track",
    "Account Created",
    "php",
    20,
    {
        "account_id": G(lambda f: f.digits(7)),
        "password_hash": RED(
            lambda f: (
                "$2y$12$"
                + "".join(
                    f.pick("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(53)
                )
            ),
            "password",
        ),
        "email_confirmed": G(one(True, False)),
        "created_via": G(one("web", "app", "import")),
    },
)
ev(
    "track",
    "Consent Updated",
    "web",
    30,
    {
        "consent_id": G(lambda f: f.uuid()),
        "categories": Many(G(one("necessary", "analytics", "marketing", "personalisation")), 4),
        "tcf_string": G(
            lambda f: (
                "CP"
                + "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(40)
                )
            )
        ),
    },
)

# -- employer contributions and salaries ------------------------------------------------------------------
ev(
    "track",
    "ContributionReceived",
    "dotnet",
    45,
    {
        "EmployerId": G(lambda f: "WG" + f.digits(6)),
        "EmployerName": G(lambda f: f.pick(EMPLOYERS["nl"])),
        "PayrollPeriod": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        "EmployeeNumber": G(lambda f: f.digits(5)),
        "Bsn": RED(lambda f: f.bsn(), "national id"),
        "GrossSalary": Y(lambda f: round(f.r.uniform(2100, 9800), 2), "salary"),
        "PensionableSalary": Y(lambda f: round(f.r.uniform(18000, 110000), 2), "salary"),
        "PartTimeFactor": G(one(1.0, 0.8, 0.6, 0.5, 0.9)),
        "EmployeeContribution": G(lambda f: round(f.r.uniform(40, 900), 2)),
        "EmployerContribution": G(lambda f: round(f.r.uniform(80, 1900), 2)),
        "Currency": G(const("EUR")),
        "BatchId": G(lambda f: f.uuid()),
        "ReceivedAtUtc": G(lambda f: f.iso()),
        "IsCorrection": G(one(False, False, True)),
    },
)
ev(
    "track",
    "Lohnmeldung Verarbeitet",
    "java",
    30,
    {
        "personalnummer": G(lambda f: f.digits(6)),
        "ahv_nummer": RED(lambda f: f.ahv(), "social security number|national id"),
        "jahreslohn_brutto": Y(lambda f: f.r.randint(42000, 240000), "salary"),
        "versicherter_lohn": Y(lambda f: f.r.randint(20000, 150000), "salary"),
        "koordinationsabzug": G(one(25725, 26460)),
        "beschaeftigungsgrad": G(one(100, 80, 60, 50, 90)),
        "gueltig_ab": G(lambda f: f"{f.r.randint(2024, 2025)}-{f.pick(['01', '04', '07'])}-01"),
        "arbeitgeber_uid": G(lambda f: f.che_uid()),
        "sparbeitrag_arbeitnehmer": G(lambda f: round(f.r.uniform(50, 1200), 2)),
    },
)
ev(
    "track",
    "Cotización Recibida",
    "php",
    35,
    {
        "rut_trabajador": RED(lambda f: f.rut(), "national id"),
        "rut_empleador": G(lambda f: f.rut(company=True)),
        "razon_social": G(lambda f: f.pick(EMPLOYERS["cl"])),
        "renta_imponible": Y(lambda f: f.r.randint(500000, 3200000), "salary"),
        "cotizacion_obligatoria": G(lambda f: f.r.randint(50000, 320000)),
        "comision_afp": G(lambda f: f.r.randint(3000, 40000)),
        "periodo": G(lambda f: f"2024{f.r.randint(1, 12):02d}"),
        "fecha_pago": G(lambda f: f.day()),
    },
)
ev(
    "track",
    "Salary Changed",
    "web",
    25,
    {
        "annual_salary": Y(lambda f: f.r.randint(26000, 140000), "salary"),
        "salary_frequency": G(one("monthly", "four_weekly", "annual")),
        "salary_currency": G(one("EUR", "CHF")),
        "effective_date": G(lambda f: f.day()),
        "source": G(one("payroll_feed", "member_input", "employer_portal")),
        "salary_changes_this_year": G(lambda f: f.r.randint(0, 3)),
    },
)
ev(
    "track",
    "employer-upload-completed",
    "ruby",
    25,
    {
        "upload-id": G(lambda f: f.uuid()),
        "file-name": G(
            lambda f: f"loonaangifte_{f.pick(['2024-06', '2024-07', '2024-08'])}_{f.digits(4)}.csv"
        ),
        "rows-total": G(lambda f: f.r.randint(5, 12000)),
        "rows-rejected": G(lambda f: f.r.randint(0, 40)),
        "uploaded-by": Y(
            lambda f: work_mail(
                f, ["rijkbouw.nl", "zorggroep-noorderlicht.nl", "vanoord.example"], "nl", True
            ),
            "email",
            True,
        ),
        "file-format": G(one("csv", "xml-uwv", "xlsx")),
    },
)
ev(
    "track",
    "Payroll Integration Connected",
    "node",
    15,
    {
        "provider": G(one("Loket.nl", "Nmbrs", "AFAS", "Abacus", "Buk")),
        "clientId": G(lambda f: f.uuid()),
        "apiToken": RED(
            lambda f: f.pick(["lkt_" + f.hexid(40), "eyJ0eXAiOiJKV1Qi" + f.hexid(24), f.secret()]), "secret"
        ),
        "scopes": Many(G(one("employees.read", "payroll.read", "contracts.read")), 3),
        "connectedBy": Y(lambda f: f.mail("nl"), "email", True),
    },
)

# -- partner, beneficiaries, dependants ---------------------------------------------------------------------
ev(
    "track",
    "Partner Registered",
    "web",
    30,
    {
        "partner_first_name": Y(lambda f: f.given(), "name"),
        "partner_last_name": Y(lambda f: f.family(), "name"),
        "partner_birth_date": Y(lambda f: f.dob(), "birthdate"),
        "partner_bsn": RED(lambda f: f.bsn(), "national id"),
        "relationship_type": G(one("married", "registered_partnership", "cohabiting")),
        "cohabitation_contract": G(one(True, False)),
        "start_date": G(lambda f: f.day(1990, 2024)),
        "same_address": G(one(True, True, False)),
    },
)
ev(
    "track",
    "Beneficiary Nominated",
    "rn",
    30,
    {
        "beneficiaries": Many(
            {
                "fullName": Y(lambda f: f.person("cl"), "name"),
                "relationship": G(one("spouse", "child", "parent", "civil_partner")),
                "sharePercent": G(one(100, 50, 33.33, 25)),
                "dateOfBirth": Y(lambda f: f.dob("iso", 1950, 2020), "birthdate"),
                "isDependent": G(one(True, False)),
                "rut": Opt(RED(lambda f: f.rut(), "national id")),
            },
            3,
        ),
        "beneficiaryCount": G(lambda f: f.r.randint(1, 3)),
    },
)
ev(
    "track",
    "Begünstigtenordnung Geändert",
    "flutter",
    25,
    {
        "beguenstigte": Many(
            {
                "vorname": Y(lambda f: f.given("ch"), "name"),
                "nachname": Y(lambda f: f.family("ch"), "name"),
                "beziehung": G(one("Ehepartner", "Lebenspartner", "Kind", "Eltern", "Geschwister")),
                "anteil_prozent": G(one(100, 50, 25)),
                "geburtsdatum": Y(lambda f: f.dob("ch", 1950, 2020), "birthdate"),
            },
            3,
        ),
        "konkubinat": G(one(True, False)),
        "unterstuetzungspflicht": G(one(True, False)),
    },
)
ev(
    "track",
    "Dependants Updated",
    "kotlin",
    25,
    {
        "children": Many(
            {
                "firstName": Y(lambda f: f.given(), "name"),
                "birthYear": Y(lambda f: f.r.randint(2002, 2023), "birthdate"),
                "inEducation": G(one(True, False)),
            },
            3,
        ),
        "childrenCount": G(lambda f: f.r.randint(1, 4)),
        "orphanPensionEligible": G(one(True, False)),
    },
)
ev(
    "track",
    "Beneficiary Card Tapped",
    "flutter",
    25,
    {
        "label": Y(beneficiary_label, "name", True),
        "index": G(lambda f: f.r.randint(0, 3)),
        "section": G(one("beguenstigte", "overview")),
    },
)
ev(
    "track",
    "Divorce Reported",
    "web",
    20,
    {
        "ex_partner_name": Y(lambda f: f.person("nl"), "name"),
        "ex_partner_birth_date": Y(lambda f: f.dob("nl"), "birthdate"),
        "divorce_date": G(lambda f: f.day(2022, 2024)),
        "split_method": G(one("standaardverevening", "conversie", "afwijkende_afspraak")),
        "reported_within_two_years": G(one(True, False)),
        "case_number": G(lambda f: "VV-" + f.digits(7)),
    },
)
ev(
    "track",
    "Survivor Pension Claimed",
    "python",
    20,
    {
        "claim_number": G(lambda f: "NP-" + f.digits(8)),
        "claimant_name": Y(lambda f: f.person(), "name"),
        "claimant_relationship": G(one("widow", "widower", "partner", "child")),
        "deceased_member_bsn": RED(lambda f: f.bsn(), "national id"),
        "claimant_iban": RED(lambda f: f.iban_any(), "bank account"),
        "status": G(one("received", "in_review", "approved")),
    },
)

# -- retirement projections ---------------------------------------------------------------------------------
ev(
    "track",
    "Retirement Projection Viewed",
    "swift",
    50,
    {
        "scenarioId": G(lambda f: f.uuid()),
        "retirementDate": G(lambda f: f.first_of_month()),
        "retirementAge": G(one(60, 62, 64, 65, 66, 67, 68)),
        "yearsToRetirement": G(lambda f: f.r.randint(0, 45)),
        "projectedMonthlyPension": G(lambda f: round(f.r.uniform(150, 4200), 2)),
        "projectedAnnualGross": G(lambda f: f.r.randint(2000, 60000)),
        "partnerPension": G(lambda f: f.r.randint(0, 25000)),
        "currentBalance": G(lambda f: round(f.r.uniform(1000, 700000), 2)),
        "currency": G(one("EUR", "CHF")),
    },
)
ev(
    "track",
    "Planner Slider Changed",
    "web",
    45,
    {
        "slider": G(one("retirement_age", "monthly_topup", "part_time_pct", "lump_sum_pct")),
        "old_value": G(lambda f: f.r.randint(0, 500)),
        "new_value": G(lambda f: f.r.randint(0, 500)),
        "interaction_ms": G(lambda f: f.r.randint(100, 5000)),
    },
)
ev(
    "track",
    "Pension Certificate Downloaded",
    "flutter",
    30,
    {
        "year": G(one(2022, 2023, 2024)),
        "documentId": G(lambda f: f.uuid()),
        "retirementAssets": G(lambda f: round(f.r.uniform(5000, 900000), 2)),
        "annualSavingsContribution": G(lambda f: round(f.r.uniform(1000, 30000), 2)),
    },
)
ev(
    "track",
    "Pension Simulated",
    "rn",
    40,
    {
        "current_balance": G(lambda f: f.r.randint(1_000_000, 180_000_000)),
        "retirement_age": G(one(60, 65, 67)),
        "estimated_monthly_pension": G(lambda f: f.r.randint(90000, 1500000)),
        "monthly_apv": G(lambda f: f.pick([0, 20000, 50000, 100000])),
        "fund": G(one("A", "B", "C", "D", "E")),
        "currency": G(const("CLP")),
    },
)

# -- voluntary top-ups ---------------------------------------------------------------------------------------
ev(
    "track",
    "Voluntary Top-Up Initiated",
    "web",
    40,
    {
        "amount": G(lambda f: f.pick([50, 100, 250, 500, 1000, 2500, 6000])),
        "currency": G(one("EUR", "CHF")),
        "iban": RED(lambda f: f.iban_any(), "bank account"),
        "account_holder": Y(lambda f: f.person(), "name"),
        "bic": G(lambda f: f.bic()),
        "payment_reference": G(lambda f: "AUR-BS-" + f.digits(8)),
        "tax_year": G(one(2024, 2025)),
        "method": G(one("sepa_transfer", "ideal", "direct_debit")),
    },
)
ev(
    "track",
    "Payment Paid",
    "python",
    35,
    {
        "payment": {
            "id": G(
                lambda f: (
                    "tr_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(10)
                    )
                )
            ),
            "amount": {
                "value": G(lambda f: f"{f.pick([25, 50, 100, 250, 500, 1200])}.00"),
                "currency": G(const("EUR")),
            },
            "description": G(lambda f: f"Extra inleg {f.pick(['2024', '2025'])} deelnemer {f.member_no()}"),
            "method": G(one("ideal", "banktransfer", "directdebit")),
            "status": G(one("paid", "paid", "failed")),
            "createdAt": G(lambda f: f.iso()),
            "paidAt": Opt(G(lambda f: f.iso()), 0.8),
            "details": {
                "consumerName": Y(
                    lambda f: f.pick([f.person("nl"), f"{f.given('nl')[0]}. {f.family('nl')}"]), "name"
                ),
                "consumerAccount": RED(lambda f: f.iban_any("NL", spaced=False), "bank account"),
                "consumerBic": G(lambda f: f.bic()),
            },
            "metadata": {"member_number": G(lambda f: f.member_no()), "topup_id": G(lambda f: f.uuid())},
        },
    },
)
ev(
    "track",
    "Webpay Transaction Committed",
    "php",
    30,
    {
        "amount": G(lambda f: f.pick([20000, 50000, 100000, 150000])),
        "status": G(one("AUTHORIZED", "FAILED")),
        "buy_order": G(lambda f: "APV" + f.digits(10)),
        "session_id": G(lambda f: f.hexid(20)),
        "card_detail": {"card_number": G(lambda f: f.digits(4))},
        "transaction_date": G(lambda f: f.iso()),
        "authorization_code": G(lambda f: f.digits(4)),
        "payment_type_code": G(one("VD", "VN", "VC", "SI")),
    },
)
ev(
    "track",
    "Buy-In Transferred",
    "java",
    25,
    {
        "buy_in_amount": G(lambda f: f.pick([5000, 10000, 25000, 50000, 120000])),
        "iban": RED(lambda f: f.iban_any("CH"), "bank account"),
        "qr_reference": G(lambda f: f.qr_reference()),
        "tax_year": G(one(2024, 2025)),
    },
)
ev(
    "track",
    "APV Transfer Registered",
    "go",
    30,
    {
        "bank_name": G(one("Banco de Chile", "BancoEstado", "Santander", "BCI", "Scotiabank", "Itaú")),
        "bank_code": G(one("001", "012", "037", "016", "014", "039")),
        "account_type": G(one("cuenta_corriente", "cuenta_vista", "cuenta_rut")),
        "account_number": RED(lambda f: f.cl_account(), "bank account"),
        "account_holder": Y(lambda f: f.person("cl"), "name"),
        "holder_rut": RED(lambda f: f.rut(), "national id"),
        "amount": G(lambda f: f.pick([20000, 50000, 100000, 250000])),
        "memo": G(one("APV julio", "ahorro voluntario", "deposito convenido", "cuenta 2")),
        "tax_regime": G(one("A", "B")),
    },
)
ev(
    "track",
    "Bank Account Updated",
    "swift",
    30,
    {
        "iban": RED(lambda f: f.iban_any(), "bank account"),
        "ibanCountry": G(one("NL", "CH", "DE", "BE", "ES")),
        "ibanValidated": G(one(True, True, False)),
        "previousIbanLast4": G(lambda f: f.digits(4)),
        "accountHolderName": Y(lambda f: f.person(), "name"),
        "changeReason": G(one("new_bank", "joint_account", "emigration", "correction")),
    },
)
ev(
    "track",
    "Pillar 3a Deposit Made",
    "flutter",
    25,
    {
        "amount": G(lambda f: f.pick([500, 1000, 3000, 7056])),
        "iban": RED(lambda f: f.iban_any("CH"), "bank account"),
        "tax_year": G(one(2024, 2025)),
    },
)

# -- e-commerce spec for voluntary products ------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f"{f.pick(PRODUCTS)[0]}-{f.pick(['M', 'J', 'Q'])}"),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: round(f.r.uniform(4, 180), 2)),
        "quantity": G(const(1)),
    }


ev(
    "track",
    "Product Viewed",
    "web",
    35,
    {
        **product_item(),
        "currency": G(one("EUR", "CHF", "CLP")),
        "url": G(
            one(
                "https://mijn.aureliapensioen.nl/producten/anw-hiaat",
                "https://portal.aurelia-vorsorge.ch/de/3a",
                "https://www.afpaurelia.cl/apv",
            )
        ),
    },
)
ev(
    "track",
    "Checkout Started",
    "web",
    25,
    {
        "order_id": G(lambda f: "ORD-" + f.digits(8)),
        "revenue": G(lambda f: round(f.r.uniform(4, 180), 2)),
        "currency": G(one("EUR", "CHF")),
        "products": Many(product_item(), 2),
    },
)
ev(
    "track",
    "Order Completed",
    "node",
    25,
    {
        "order_id": G(lambda f: "ORD-" + f.digits(8)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: round(f.r.uniform(4, 360), 2)),
        "revenue": G(lambda f: round(f.r.uniform(4, 180), 2)),
        "coupon": G(one("", "", "WELKOM2024", "PENSIOEN10")),
        "currency": G(one("EUR", "CHF")),
        "products": Many(product_item(), 2),
        "insured_person": {
            "name": Y(lambda f: f.person(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "smoker": Y(one(True, False), "condition"),
        },
        "billing_address": {
            "street": Y(lambda f: f.street_line(), "address|street"),
            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "city": Y(lambda f: f.town(), "city"),
            "country": G(one("NL", "CH", "CL")),
        },
        "policy_number": Y(lambda f: "POL-" + f.digits(9), "identification"),
        "start_date": G(lambda f: f.first_of_month(2024, 2025)),
    },
)
ev(
    "track",
    "Products Searched",
    "web",
    25,
    {
        "query": G(
            one(
                "aow leeftijd",
                "pensioen bij scheiden",
                "bijsparen fiscaal",
                "3a vorsorge",
                "retiro anticipado",
                "nabestaandenpensioen",
                "pensioen emigreren",
                "einkauf steuern",
                "cambio de fondo",
            )
        ),
        "results": G(lambda f: f.r.randint(0, 40)),
    },
)

# -- investment profile --------------------------------------------------------------------------------------
ev(
    "track",
    "Risk Questionnaire Answered",
    "flutter",
    45,
    {
        "questionnaire_id": G(one("rq-2024-ch", "rq-2024-nl")),
        "question_id": G(lambda f: f"q{f.r.randint(1, 12)}"),
        "question": G(
            one(
                "Wie würden Sie reagieren, wenn Ihr Vermögen 20 % verliert?",
                "Wie lange möchten Sie das Geld anlegen?",
                "Welche Erfahrung haben Sie mit Aktien?",
                "Comment réagiriez-vous à une baisse de 20 %?",
            )
        ),
        "answer": G(
            one(
                "sell_all",
                "hold",
                "buy_more",
                "lt_5_years",
                "5_10_years",
                "gt_10_years",
                "none",
                "some",
                "extensive",
            )
        ),
        "step": G(lambda f: f.r.randint(1, 12)),
    },
)
ev(
    "track",
    "Investment Profile Set",
    "node",
    35,
    {
        "profile": G(one("defensive", "neutral", "offensive", "very_offensive")),
        "score": G(lambda f: f.r.randint(6, 48)),
        "horizon_years": G(lambda f: f.r.randint(1, 45)),
        "esg_preference": G(one("none", "light_green", "dark_green")),
        "annual_income_band": Y(one("<30k", "30k-50k", "50k-80k", "80k-120k", ">120k"), "salary"),
        "investment_experience": G(one("none", "basic", "advanced")),
    },
)
ev(
    "track",
    "Investment Mix Changed",
    "web",
    25,
    {
        "from_fund": G(lambda f: f.pick(FUNDS)),
        "to_fund": G(lambda f: f.pick(FUNDS)),
        "percentage": G(one(25, 50, 100)),
        "effective_date": G(lambda f: f.first_of_month(2024, 2025)),
        "deelnemernummer": G(lambda f: f.member_no()),
    },
)
ev(
    "track",
    "Fund Switch Requested",
    "rn",
    25,
    {
        "from_fund": G(one("A", "B", "C", "D", "E")),
        "to_fund": G(one("A", "B", "C", "D", "E")),
        "percentage": G(one(20, 50, 100)),
        "folio": G(lambda f: f.digits(10)),
    },
)

# -- disability pensions and medical details -----------------------------------------------------------------
ev(
    "track",
    "Disability Pension Application Submitted",
    "python",
    30,
    {
        "application_id": G(lambda f: "AO-" + f.digits(8)),
        "first_sick_day": Y(first_sick_day, "condition"),
        "diagnosis_code": Y(lambda f: f.ictag(), "diagnosis"),
        "diagnosis_description": Y(
            one(
                "Depressieve episode",
                "Lage rugpijn",
                "Burn-out",
                "Multiple sclerose",
                "Borstkanker",
                "Fibromyalgie",
                "Long covid",
                "Hernia",
                "PTSS",
            ),
            "diagnosis",
        ),
        "medications": Many(
            Y(
                one("sertraline 50mg", "pregabaline", "methotrexaat", "oxycodon", "venlafaxine", "tamoxifen"),
                "medication",
            ),
            3,
        ),
        "treating_physician": Y(lambda f: f"dr. {f.given('nl')[0]}. {f.family('nl')}", "name"),
        "physician_practice_phone": G(one("030-2345678", "020-6123456", "+31 50 311 2000")),
        "incapacity_percentage": RED(one(35, 45, 55, 65, 80, 100), "disability"),
        "wia_class": RED(one("IVA", "WGA 80-100", "WGA 35-80", "minder dan 35"), "disability"),
        "employer_notified": G(one(True, False)),
        "uwv_decision_date": G(lambda f: f.day()),
    },
)
ev(
    "track",
    "Medical Questionnaire Completed",
    "rn",
    30,
    {
        "hasChronicCondition": Y(one(True, False), "condition"),
        "chronicConditions": Opt(
            Many(
                Y(
                    one("diabetes tipo 2", "hipertensión", "asma", "artritis reumatoide", "epilepsia"),
                    "condition",
                ),
                2,
            )
        ),
        "isSmoker": Y(one(True, False), "condition"),
        "mentalHealthTreatment": Y(one(True, False), "condition"),
        "currentlyOnSickLeave": Y(one(True, False), "condition"),
        "medicationsCount": G(lambda f: f.r.randint(0, 6)),
        "gpName": Y(lambda f: f"Dra. {f.person('cl')}", "name"),
        "completedInSec": G(lambda f: f.r.randint(60, 1500)),
    },
)
ev(
    "track",
    "IV-Anmeldung Eingereicht",
    "java",
    25,
    {
        "iv_stelle": G(one("SVA Zürich", "IV-Stelle Bern", "Office AI Vaud", "IV-Stelle Luzern")),
        "arbeitsunfaehigkeit_prozent": RED(one(40, 50, 70, 100), "disability"),
        "diagnose": Y(
            one("Rückenleiden", "Depression", "Krebs", "Schleudertrauma", "Burnout", "Rheuma"), "diagnosis"
        ),
        "behandelnder_arzt": Y(lambda f: f"Dr. med. {f.person('ch')}", "name"),
        "krankenkasse": G(one("CSS", "Helsana", "Swica", "Sanitas", "Groupe Mutuel")),
        "versichertenkarte_nr": RED(lambda f: f.health_card(), "health id"),
        "ahv_nummer": RED(lambda f: f.ahv(), "social security number|national id"),
        "erstmeldung_datum": G(lambda f: f.day()),
    },
)
ev(
    "track",
    "Disability Claim Filed",
    "php",
    25,
    {
        "rut": RED(lambda f: f.rut(), "national id"),
        "medical_board": G(
            one("COMPIN Metropolitana", "Comisión Médica Regional Valparaíso", "Comisión Médica Biobío")
        ),
        "disability_grade": RED(one("total", "parcial", "en_evaluacion"), "disability"),
        "pathology": Y(
            one(
                "lumbago crónico",
                "depresión mayor",
                "insuficiencia renal",
                "cáncer de mama",
                "artrosis de cadera",
            ),
            "diagnosis|condition",
        ),
        "submitted_on": G(lambda f: f.day()),
        "health_insurer": G(one("Colmena", "Cruz Blanca", "Banmédica", "Consalud", "FONASA")),
        "application_number": G(lambda f: f.digits(9)),
    },
)
ev(
    "track",
    "Document Uploaded",
    "web",
    35,
    {
        "upload_id": G(lambda f: f.uuid()),
        "document_type": G(
            one(
                "medical_report",
                "id_copy",
                "marriage_certificate",
                "payslip",
                "life_certificate",
                "divorce_decree",
            )
        ),
        "file_name": G(
            lambda f: (
                f.pick(["scan_", "IMG_", "document_", "upload_"])
                + f.digits(4)
                + f.pick([".pdf", ".jpg", ".png"])
            )
        ),
        "file_size_bytes": G(lambda f: f.r.randint(20000, 9000000)),
        "mime_type": G(one("application/pdf", "image/jpeg", "image/png")),
        "sha256": G(lambda f: f.hexid(64)),
    },
)

# -- address changes, emigration ----------------------------------------------------------------------------
ev(
    "track",
    "Address Changed",
    "kotlin",
    35,
    {
        "new_address": {
            "street": Y(lambda f: f.pick(STREETS["nl"]), "address|street"),
            "house_number": Y(lambda f: str(f.r.randint(1, 400)), "address|street"),
            "house_number_addition": Opt(Y(one("A", "bis", "II", "3hg"), "address|street"), 0.4),
            "postal_code": Y(lambda f: f.postcode("nl"), "zipcode"),
            "city": Y(lambda f: f.town("nl"), "city"),
            "country": G(const("NL")),
        },
        "previous_postal_code": Y(lambda f: f.postcode("nl"), "zipcode"),
        "effective_date": G(lambda f: f.day()),
        "source": G(one("brp", "manual")),
        "address_verified": G(one(True, False)),
    },
)
ev(
    "track",
    "Adresse Geändert",
    "flutter",
    25,
    {
        "strasse": Y(lambda f: f.street_line("ch"), "address|street"),
        "plz": Y(lambda f: f.postcode("ch"), "zipcode"),
        "ort": Y(lambda f: f.town("ch"), "city"),
        "kanton": G(one("ZH", "BE", "VD", "TI", "LU", "SG", "GE", "BS")),
        "land": G(const("CH")),
        "gueltig_ab": G(lambda f: f.day()),
    },
)
ev(
    "track",
    "Cambio de Domicilio",
    "rn",
    25,
    {
        "direccion": Y(lambda f: f.street_line("cl"), "address|street"),
        "comuna": Y(lambda f: f.pick(COMUNAS), "city"),
        "region": G(one("Metropolitana", "Valparaíso", "Biobío", "Antofagasta", "Los Lagos")),
        "codigo_postal": Opt(Y(lambda f: f.postcode("cl"), "zipcode")),
    },
)
ev(
    "track",
    "Address Lookup Performed",
    "flutter",
    30,
    {
        "input": Y(lambda f: f.postcode(f.pick(["nl", "ch"])), "zipcode", True),
        "results_count": G(lambda f: f.r.randint(0, 25)),
        "lookup_ms": G(lambda f: f.r.randint(20, 900)),
        "provider": G(one("postcodeapi.nu", "swisspost-autocomplete")),
    },
)
ev(
    "track",
    "Emigration Reported",
    "web",
    25,
    {
        "destination_country": G(one("ES", "PT", "TR", "MA", "DE", "AU", "CA", "CL", "TH")),
        "emigration_date": G(lambda f: f.day(2024, 2026)),
        "foreign_address": Y(
            lambda f: f.pick(
                [
                    f"Calle Mayor {f.r.randint(1, 90)}, 03581 Alfaz del Pi",
                    f"Rua das Flores {f.r.randint(1, 90)}, 8200-371 Albufeira",
                    f"Atatürk Cd. No:{f.r.randint(1, 90)}, 07400 Alanya",
                    f"{f.r.randint(1, 90)} Wattle St, Perth WA 6000",
                    f"Av. del Mar {f.r.randint(100, 900)}, La Serena",
                ]
            ),
            "address",
        ),
        "foreign_tin": RED(
            lambda f: f.pick(["X" + f.digits(7) + "L", f.digits(9), f.digits(11)]), "national id"
        ),
        "new_phone": Y(lambda f: f.tel("intl"), "phone"),
        "keep_dutch_bank_account": G(one(True, False)),
        "reason": G(one("retirement", "work", "family")),
    },
)
ev(
    "track",
    "Life Certificate Submitted",
    "web",
    20,
    {
        "country_of_residence": G(one("ES", "TR", "MA", "PT", "TH", "AU")),
        "signed_by": G(one("municipality", "notary", "embassy", "police")),
        "official_name": Y(lambda f: f.person(), "name"),
    },
)

# -- advisor calls and support -------------------------------------------------------------------------------
ev(
    "track",
    "Advisor Call Scheduled",
    "node",
    30,
    {
        "scheduled_event": {
            "uuid": G(lambda f: f.uuid()),
            "name": G(
                one("Pensioengesprek 30 min", "Vorsorgeberatung", "Asesoría previsional", "Emigration advice")
            ),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "location": {"type": G(const("outbound_call")), "location": Y(lambda f: f.tel(), "phone", True)},
        },
        "invitee": {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "timezone": G(one("Europe/Amsterdam", "Europe/Zurich", "America/Santiago")),
            "questions_and_answers": Many(
                {
                    "question": G(const("Waar wilt u het over hebben? / Thema")),
                    "answer": G(
                        one(
                            "Eerder stoppen met werken",
                            "Einkauf",
                            "Pension de sobrevivencia",
                            "Partnerpensioen",
                            "Emigratie",
                        )
                    ),
                },
                1,
            ),
        },
        "advisor": {
            "name": Y(lambda f: f.person(), "name"),
            "email": Y(lambda f: work_mail(f, ["aurelia-pensions.example", "afpaurelia.example"]), "email"),
        },
    },
)
ev(
    "track",
    "Call Completed",
    "go",
    30,
    {
        "CallSid": G(lambda f: "CA" + f.hexid(32)),
        "From": Y(lambda f: f.tel(), "phone", True),
        "To": G(one("+31303004000", "+41445008000", "+56226009000")),
        "Direction": G(const("inbound")),
        "CallStatus": G(one("completed", "no-answer", "busy")),
        "CallDuration": G(lambda f: str(f.r.randint(0, 2400))),
        "CallerName": Opt(Y(lambda f: f.person().upper(), "name"), 0.4),
        "FromCountry": G(one("NL", "CH", "CL", "ES")),
    },
)
ev(
    "track",
    "SMS Status Updated",
    "go",
    20,
    {
        "message": {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessageStatus": G(one("delivered", "sent", "undelivered")),
            "To": Y(lambda f: f.tel(), "phone", True),
            "From": G(one("Aurelia", "+3197010250000", "AFPAurelia")),
            "ErrorCode": Opt(G(one("30003", "30005", "30007")), 0.35),
        },
    },
)
ev(
    "track",
    "Advisor Call Completed",
    "ruby",
    30,
    {
        "advisor_id": G(lambda f: "adv_" + f.digits(4)),
        "advisor_name": Y(lambda f: f.person(), "name"),
        "duration_sec": G(lambda f: f.r.randint(60, 3600)),
        "topic": G(one("early_retirement", "partner_pension", "buy_in", "emigration", "disability", "apv")),
        "outcome": G(one("resolved", "follow_up", "escalated")),
        "follow_up_required": G(one(True, False)),
        "advisor_direct_line": Y(
            lambda f: f.pick(
                ["+31 30 300 4" + f.digits(3), "+41 44 500 8" + f.digits(3), "+56 2 2600 9" + f.digits(3)]
            ),
            "phone",
        ),
        "call_notes": Y(call_notes, "phone", True),
    },
)
ev(
    "track",
    "Callback Requested",
    "web",
    30,
    {
        "phone_number": Y(lambda f: f.tel(), "phone"),
        "preferred_slot": G(one("morning", "afternoon", "evening")),
        "topic": G(one("early_retirement", "partner_pension", "buy_in", "emigration", "disability")),
        "callback_consent": G(const(True)),
    },
)
ev(
    "track",
    "Member Search Performed",
    "node",
    30,
    {
        "q": Y(lambda f: f.mail(), "email", True),
        "results": G(lambda f: f.r.randint(0, 3)),
        "agent_id": G(lambda f: "agt_" + f.digits(4)),
        "search_scope": G(one("members", "all")),
    },
)
ev(
    "track",
    "Member Note Added",
    "ruby",
    25,
    {
        "note": Y(third_party_note, "name", True),
        "note_id": G(lambda f: f.digits(8)),
        "agent_id": G(lambda f: "agt_" + f.digits(4)),
        "visibility": G(one("internal", "team")),
    },
)
ev(
    "track",
    "Ticket Created",
    "python",
    25,
    {
        "ticket": {
            "id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                one(
                    "Rekeningnummer wijzigen",
                    "Bankverbindung ändern",
                    "Top-up not received",
                    "Update bank details",
                )
            ),
            "description": RED(ticket_description, "bank account", True),
            "via": {"channel": G(one("web", "email", "mobile_sdk"))},
            "tags": Many(G(one("iban", "uitbetaling", "einkauf", "topup")), 2),
            "requester": {"name": Y(lambda f: f.person(), "name"), "email": Y(lambda f: f.mail(), "email")},
        },
    },
)
ev(
    "track",
    "Chat Message Sent",
    "swift",
    35,
    {
        "conversationId": G(lambda f: f.uuid()),
        "text": Y(chat_text, "email", True),
        "attachmentsCount": G(lambda f: f.r.randint(0, 2)),
        "channel": G(const("in_app")),
    },
)
ev(
    "track",
    "Form Field Completed",
    "web",
    30,
    {
        "form_name": G(one("contact_details", "emigration", "callback")),
        "field": G(one("phone", "mobile", "telefoon")),
        "value": Y(lambda f: f.tel(), "phone", True),
        "duration_ms": G(lambda f: f.r.randint(300, 20000)),
    },
)
ev(
    "track",
    "Email Bounced",
    "python",
    20,
    {
        "email": Y(lambda f: f.mail(), "email"),
        "event": G(one("bounce", "dropped", "deferred")),
        "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.digits(6)}"),
        "smtp-id": G(lambda f: f"<{f.hexid(20)}@aurelia-pensions.example>"),
        "reason": G(
            one(
                "550 5.1.1 The email account that you tried to reach does not exist.",
                "552 5.2.2 Mailbox full",
                "421 4.7.0 Try again later",
            )
        ),
        "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
    },
)
ev(
    "track",
    "Lead",
    "node",
    30,
    {
        "event_id": G(lambda f: f.uuid()),
        "action_source": G(const("website")),
        "event_source_url": G(
            one("https://mijn.aureliapensioen.nl/bijsparen", "https://www.afpaurelia.cl/apv")
        ),
        "user_data": {
            "em": Y(lambda f: f.hexid(64), "email"),
            "ph": Y(lambda f: f.hexid(64), "phone"),
            "fbp": Y(
                lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}",
                "advertising id",
            ),
            "fbc": Opt(
                Y(
                    lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}",
                    "advertising id",
                )
            ),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
            "external_id": G(lambda f: f.hexid(64)),
        },
        "custom_data": {"value": G(lambda f: f.pick([0, 50, 100])), "currency": G(const("EUR"))},
    },
)
ev(
    "track",
    "Ad Landing",
    "web",
    30,
    {
        "gclid": Opt(
            Y(
                lambda f: (
                    "Cj0KCQ"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                ),
                "advertising id",
            )
        ),
        "fbclid": Opt(
            Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(58)
                    )
                ),
                "advertising id",
            )
        ),
        "landing_page": G(one("/bijsparen", "/sucursal/apv", "/de/einkauf")),
        "utm_campaign": G(one("bijsparen_q4", "apv_septiembre", "einkauf_2024")),
    },
)
ev(
    "track",
    "API Request",
    "go",
    40,
    {
        "request-id": G(lambda f: f.uuid()),
        "client-ip": Y(lambda f: f.ipv4(), "ip"),
        "x-forwarded-for": Y(
            lambda f: f"{f.ipv4()}, 10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}",
            "ip",
        ),
        "user-agent": G(
            lambda f: f.pick([*UAS_WEB, "okhttp/4.12.0", "Aurelia/4.12.3 CFNetwork/1494.0.7 Darwin/23.4.0"])
        ),
        "route": G(one("GET /v2/members/{id}/projection", "POST /v2/topups", "PUT /v2/members/{id}/address")),
        "status-code": G(one(200, 200, 201, 400, 401, 500)),
        "latency-ms": G(lambda f: f.r.randint(4, 2500)),
    },
)
ev(
    "track",
    "Session Refreshed",
    "kotlin",
    25,
    {
        "id_token": RED(lambda f: f.jwt(), "token"),
        "expires_in": G(const(3600)),
        "refresh_count": G(lambda f: f.r.randint(1, 50)),
    },
)
ev(
    "track",
    "Annual Statement Generated",
    "python",
    30,
    {
        "statement_id": G(lambda f: f.uuid()),
        "statement_year": G(one(2023, 2024)),
        "accrued_pension": G(lambda f: round(f.r.uniform(100, 40000), 2)),
        "partner_pension": G(lambda f: round(f.r.uniform(0, 28000), 2)),
        "pdf_url": G(lambda f: f"https://docs.aurelia-pensions.example/upo/{f.uuid()}.pdf"),
        "sent_to_email": Y(lambda f: f.mail(), "email"),
    },
)
ev(
    "track",
    "Trade Union Discount Applied",
    "web",
    20,
    {
        "union": Y(one("FNV", "CNV", "De Unie", "VCP"), "trade union"),
        "discount_pct": G(one(10, 15)),
        "membership_verified": G(one(True, False)),
    },
)

ev(
    "track",
    "Pension Payout Started",
    "java",
    25,
    {
        "payout_id": G(lambda f: "UIT-" + f.digits(8)),
        "member_bsn": RED(lambda f: f.bsn(), "national id"),
        "payee_name": Y(lambda f: f.person("nl"), "name"),
        "payee_birth_date": Y(lambda f: f.dob("nl", 1944, 1960), "birthdate"),
        "payout_iban": RED(lambda f: f.iban_any(f.pick(["NL", "NL", "ES", "BE"])), "bank account"),
        "gross_monthly": G(lambda f: round(f.r.uniform(120, 3800), 2)),
        "net_monthly": G(lambda f: round(f.r.uniform(90, 2900), 2)),
        "wage_tax_credit_applied": G(one(True, False)),
        "first_payment_date": G(lambda f: f.first_of_month(2024, 2026)),
    },
)
ev(
    "track",
    "Nearest Office Searched",
    "kotlin",
    25,
    {
        "user_lat": Y(lambda f: round(f.r.uniform(50.8, 53.4), 6), "geolocation"),
        "user_lng": Y(lambda f: round(f.r.uniform(3.4, 7.1), 6), "geolocation"),
        "office_name": G(one("Aurelia Utrecht", "Aurelia Zwolle", "Aurelia Eindhoven", "Aurelia Heerlen")),
        "office_lat": G(one(52.0894, 52.5125, 51.4416, 50.8882)),
        "office_lng": G(one(5.1101, 6.0944, 5.4697, 5.9795)),
        "distance_km": G(lambda f: round(f.r.uniform(0.4, 120), 1)),
    },
)
ev(
    "track",
    "Employee Enrolled",
    "ruby",
    25,
    {
        "employerId": G(lambda f: "WG" + f.digits(6)),
        "employee": {
            "firstName": Y(lambda f: f.given("nl"), "name"),
            "lastName": Y(lambda f: f.family("nl"), "name"),
            "dateOfBirth": Y(lambda f: f.dob("iso", 1960, 2006), "birthdate"),
            "email": Y(lambda f: f.mail("nl"), "email"),
            "employeeNumber": G(lambda f: f.digits(5)),
        },
        "startDate": G(lambda f: f.first_of_month(2024, 2025)),
        "contractType": G(one("permanent", "fixed_term", "on_call")),
    },
)

# Alias calls: context only, no properties or traits.
ev("alias", None, "web", 20)
ev("alias", None, "swift", 10)


def build(seed: int):
    f = PF(seed)
    page_by_name = {"Home": 0, "Pensioenplanner": 1, "Bijsparen": 2, "Vorsorgeausweis": 4, "Simulador": 7}
    labels: dict[str, dict] = {}
    events = []
    for kind, name, client, count, body in EVENTS:
        for _ in range(count):
            f.cur_page = PAGES[page_by_name[name]] if kind == "page" else f.pick(PAGES)
            f.market = {"rn": "cl", "flutter": "ch"}.get(client) or f.pick(["nl", "nl", "ch", "cl"])
            f.state = {"phone": f.pick(PHONES)}
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["mbr_", "", "u-"]) + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "emp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=180)
    write(Path(__file__).parent, "holdout180_", events, labels)
