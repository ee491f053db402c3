"""Writes holdout267: tests/corpus/holdout267_events.jsonl and holdout267_labels.json.

Sealed: written from the Segment spec, the reference's default matchers (shared/REFERENCE.md) and
the labelling policy alone, without reading the detection engine, its vocabularies, its tests or
the other corpora's labels, and without running the engine on these events. Run once with
`.venv/bin/python -m tests.corpus.build_holdout267`; deterministic (seeded).

Domain: "Solidar", a trade-union membership, dues and workplace-casework app used by unions in
Sweden, Argentina and the Philippines. Joining forms (employer, workplace, job title, personnummer,
CUIL / DNI, PhilSys / SSS / TIN / PhilHealth / Pag-IBIG), dues by payroll deduction, Autogiro,
debito automatico (CBU), cards and GCash; shop stewards, branch meetings and group calls for
workplaces; strike ballots, votes, strike pay and picket check-ins; grievance and disciplinary case
files with representatives' notes; legal-aid referrals; member benefits and insurance (income,
dependants, pet insurance); events, petitions, surveys, donations, a union shop (e-commerce spec
events); vendor-shaped payloads (BankID completion data, a Typeform webhook, Twilio status
callbacks, SendGrid event webhooks, a PayMongo-like payment, a Zendesk-like ticket).

Clients: analytics.js (page, campaign, userAgentData, the gclid `context.referrer`),
analytics-swift, analytics-kotlin, analytics-react-native and analytics_flutter (app, device,
network, os, screen, `context.traits`, `context.location`), and the server libraries python,
node, go, java, ruby, php and .NET (Analytics.CSharp) with `context.ip`, `context.userAgent`,
`context.traits`, `context.externalIds`. Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions real
customers have: PascalCase from the .NET payroll service and Twilio's callbacks, kebab-case from a
consent service and SendGrid's `smtp-id`, SCREAMING_SNAKE from a warehouse (reverse-ETL) identify,
and Swedish (`personnummer`, `fornamn`, `manadslon`, `födelsedatum`), Spanish (`cuil`,
`domicilio`, `sueldo_bruto`, `sindicato`) and Tagalog (`pangalan`, `tirahan`, `kaarawan`,
`sahod`, `relihiyon`) keys.

Values: names from Swedish, Argentine, Filipino and migrant communities; national phone formats
(+46 / 07x, +54 9 / 11 15-, +63 / 09xx); Swedish, Argentine and Philippine addresses and postal
codes; personnummer and organisation numbers with valid Luhn digits, CUIL / CUIT with valid
mod-11 digits, CBU with both valid check digits, Swedish IBANs with valid mod-97, Luhn cards.
Hard cases on purpose: employer organisation numbers and CUITs (valid checksums, green), OCR
references, bankgiro numbers, member numbers, BankID orderRefs (UUIDs), Typeform response tokens,
receipts' hashes, versions, timestamps; booleans, counters and enums under PII-sounding keys;
PII under neutral keys (`value`, `label`, `text`, `note`, `q`, `input`, `recipient`,
`description`); free text carrying names or phone numbers; other people's data (stewards,
managers, witnesses, lawyers, beneficiaries, dependants, referees) and things' names (employers,
workplaces, branches, venues, products, pets, insurers, law firms).

Labelling rules: the Privacy Portal's default colours and the product's published policy, as
given in the brief (red: government ids, bank accounts, card numbers, card/payment tokens,
one-time codes and sign-in tokens, health ids, secrets, visa / right-to-work answers, disability;
yellow: names, contact details, the person's address and city and postcode, birth dates,
gender, precise location, IP addresses, advertising and click ids, insurers' member and policy
numbers, salaries and pay, political opinions and trade-union membership, health conditions,
religion; green: ids we issue, member and claim numbers, amounts, enums, counters, booleans,
timestamps, versions, hashes of non-PII, employers, job titles, ages, marital status, a business's
own phone / e-mail / address, pets). value_only is true when the key does not say what the value
is; every value of a value_only PII path holds that PII, and free text is labelled by what every
one of its values carries (the templates put the PII in every value, or in none).

Decisions where the policy is silent (what a careful privacy owner at a mid-size company would
want flagged):
- Trade union: a field naming the union a person belongs to, or saying whether a person is or was
  a union member (`union`, `sindicato`, `forbund`, `previous_union`, `is_union_member`), is
  yellow `trade union` (a witness's `is_member` too). Membership status, tier, steward flags,
  member numbers, union / branch ids and codes, branch names (which do not name the union) and
  dues inside the union's own app are green account data (the source, not the field, says the
  user is a member), like a subscription status and a customer number.
- Votes in strike ballots and party or stance answers are yellow `political opinion`.
- An enum describing the person is labelled by the most sensitive category its values can
  reveal (incident types, case types and benefit products describe things, not the person): dietary
  requirements that include halal / kosher are `religion|allergy` (yellow); accessibility needs
  are `disability` (red); a medical condition or injury description is `condition|diagnosis`.
- Pay in any form the person earns (salary, hourly rate, salary band, a wage the member types into
  the calculator) is yellow `salary`; dues, strike pay, fees and other amounts are green.
- Numbers issued by a government agency (SSS, TIN, Pag-IBIG, DNI, CUIL, personnummer, PhilSys,
  an ID card's procedure number) are red `national id` (SSS also `social security number`);
  PhilHealth numbers are red `health id`.
- A hashed e-mail sent for ad matching is yellow `email|advertising id`: it still singles out the
  person across platforms.
- A barangay is part of the person's street address: yellow `address`; the person's current city
  (geo-IP or device location) is yellow `city`; a workplace's or venue's city is green.
- A push token (`context.device.token`) is red `token`, as in the project's first corpus; a
  Typeform response `token`, a BankID `orderRef` and `uhi`, a PayMongo `src_` / `pi_` id and a
  referral code are ids (green); a magic-link `login_token` and a verification `code` are red.
- Shop employees' and managers' names in case files, witnesses, lawyers, doctors, beneficiaries,
  dependants and referees are other people's personal data: labelled like the user's.
- A person's work e-mail and direct work phone are yellow; a workplace switchboard, HR/payroll
  role mailbox, the union's hotline and an SMS sender short code are green.
"""

import hashlib
import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- structure helpers ------------------------------------------------------------------------------


class Opt:
    """A key present in a share `p` of messages."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item, self.p = item, p


class Seq:
    """An array whose elements follow several templates (e.g. Typeform answers by type)."""

    def __init__(self, *items: Any, k: tuple[int, int] = (1, 3)):
        self.items, self.k = items, k


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        chosen = f.r.sample(list(template.items), min(len(template.items), f.r.randint(*template.k)))
        return [render(item, f, path + "[]", labels) for item in chosen]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- country-aware fake values ----------------------------------------------------------------------

NAMES = {
    "SE": (
        [
            "Anna",
            "Erik",
            "Karin",
            "Lars",
            "Maja",
            "Johan",
            "Elin",
            "Mohammed",
            "Fatima",
            "Sven",
            "Linnea",
            "Ahmed",
            "Ingrid",
            "Oskar",
            "Sara",
            "Nils",
            "Amina",
            "Zeynep",
            "Mikael",
            "Astrid",
            "Hussein",
            "Emma",
            "Goran",
            "Leila",
        ],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Lindqvist",
            "Bergström",
            "Öberg",
            "Åkesson",
            "Yusuf",
            "Hassan",
            "Svensson",
            "Lundgren",
            "Persson",
            "Kaya",
            "Jovanović",
            "Mäkinen",
            "Warsame",
            "Al-Khatib",
        ],
    ),
    "AR": (
        [
            "María",
            "Juan Pablo",
            "Lucía",
            "Santiago",
            "Valentina",
            "Martín",
            "Sofía",
            "Facundo",
            "Camila",
            "Gustavo",
            "Rocío",
            "Diego",
            "Florencia",
            "Nahuel",
            "Graciela",
            "Ezequiel",
            "Milagros",
            "Hugo",
            "Wilma",
            "Ji-woo",
        ],
        [
            "González",
            "Rodríguez",
            "Fernández",
            "López",
            "Martínez",
            "Pérez",
            "Gómez",
            "Díaz",
            "Sosa",
            "Benítez",
            "Romero",
            "Acosta",
            "Ferreyra",
            "Quispe",
            "Giménez",
            "Rossi",
            "Mamani",
            "Kovacs",
            "Park",
            "Chávez",
        ],
    ),
    "PH": (
        [
            "Maria Cristina",
            "Jose",
            "Rowena",
            "Mark Anthony",
            "Jennylyn",
            "Ramon",
            "Liezel",
            "Arnel",
            "Ma. Theresa",
            "Jericho",
            "Rhea",
            "Bong",
            "Divina",
            "Rodel",
            "Aileen",
            "Joel",
            "Marites",
            "Kristine",
            "Noor",
            "Wei Ling",
        ],
        [
            "Santos",
            "dela Cruz",
            "Reyes",
            "Bautista",
            "Garcia",
            "Mendoza",
            "Villanueva",
            "Ramos",
            "Aquino",
            "Castillo",
            "Lim",
            "Tan",
            "Macaraeg",
            "Dimaculangan",
            "Pangilinan",
            "Soriano",
            "De Guzman",
            "Manalo",
            "Abdulrahman",
            "Go",
        ],
    ),
}
STREETS = {
    "SE": [
        "Storgatan",
        "Drottninggatan",
        "Kungsgatan",
        "Vasagatan",
        "Sveavägen",
        "Götgatan",
        "Linnégatan",
        "Östra Hamngatan",
        "Ringvägen",
        "Björkvägen",
        "Skolgatan",
        "Järnvägsgatan",
    ],
    "AR": [
        "Av. Corrientes",
        "Calle 7",
        "Bv. San Juan",
        "Pasaje Los Aromos",
        "Av. Rivadavia",
        "Belgrano",
        "Av. Pellegrini",
        "Sarmiento",
        "Mitre",
        "Av. Colón",
        "San Martín",
    ],
    "PH": [
        "Rizal Ave.",
        "Sampaguita St.",
        "Katipunan Ave.",
        "Mabini St.",
        "Aguinaldo Hwy.",
        "Bonifacio St.",
        "Luna St.",
        "Del Pilar St.",
        "Magsaysay Blvd.",
        "Osmeña Blvd.",
    ],
}
CITIES = {
    "SE": [
        "Stockholm",
        "Göteborg",
        "Malmö",
        "Uppsala",
        "Västerås",
        "Örebro",
        "Linköping",
        "Umeå",
        "Kiruna",
        "Borås",
        "Södertälje",
        "Norrköping",
    ],
    "AR": [
        "Buenos Aires",
        "Córdoba",
        "Rosario",
        "Mendoza",
        "La Plata",
        "San Miguel de Tucumán",
        "Mar del Plata",
        "Neuquén",
        "Salta",
        "Quilmes",
        "Lanús",
    ],
    "PH": [
        "Quezon City",
        "Manila",
        "Cebu City",
        "Davao City",
        "Makati",
        "Pasig",
        "Caloocan",
        "Iloilo City",
        "Cagayan de Oro",
        "Bacolod",
        "Taguig",
    ],
}
BARANGAYS = [
    "Brgy. San Isidro",
    "Brgy. Poblacion",
    "Brgy. Bagong Silang",
    "Brgy. Commonwealth",
    "Brgy. Lahug",
    "Brgy. Talamban",
    "Brgy. Pinagbuhatan",
    "Brgy. Fort Bonifacio",
]
PROVINCES = {
    "SE": ["Stockholms län", "Västra Götalands län", "Skåne län", "Uppsala län", "Norrbottens län"],
    "AR": ["Buenos Aires", "CABA", "Córdoba", "Santa Fe", "Mendoza", "Tucumán", "Neuquén"],
    "PH": ["Metro Manila", "Cebu", "Davao del Sur", "Iloilo", "Misamis Oriental", "Negros Occidental"],
}
EMPLOYERS = {
    "SE": [
        "Volvo Cars Torslanda",
        "Region Stockholm",
        "ICA Maxi Flygstaden",
        "Scania CV AB",
        "Göteborgs Stad",
        "PostNord Sverige AB",
        "SJ AB",
        "Karolinska Universitetssjukhuset",
        "Samhall AB",
        "Coop Sverige",
    ],
    "AR": [
        "Fiat Auto Argentina",
        "Hospital Italiano",
        "Coto CICSA",
        "Ministerio de Educación",
        "Aerolíneas Argentinas",
        "Toyota Argentina",
        "Mercado Libre SRL",
        "Acindar",
        "Banco Nación",
        "Arcor SAIC",
    ],
    "PH": [
        "Jollibee Foods Corp.",
        "Philippine General Hospital",
        "Concentrix Eastwood",
        "Toyota Motor Philippines",
        "SM Supermalls",
        "Teleperformance Cebu",
        "Manila Water Co.",
        "Coca-Cola Beverages Philippines",
        "DepEd Division of Quezon City",
        "Grab Philippines",
    ],
}
WORKPLACES = {
    "SE": [
        "Torslandaverken, hall 3",
        "Södersjukhuset avd 52",
        "Lager Jönköping",
        "Butik Kungsgatan",
        "Äldreboendet Solrosen",
        "Terminal Årsta",
        "Depå Hammarby",
        "Verkstad Södertälje",
    ],
    "AR": [
        "Planta Ferreyra",
        "Sucursal Palermo",
        "Centro de Distribución Tortuguitas",
        "Escuela N° 12 DE 5",
        "Hangar Aeroparque",
        "Planta Zárate",
        "Guardia Central",
    ],
    "PH": [
        "Eastwood Tower 2, 9F",
        "PGH Ward 4",
        "Laguna Plant",
        "SM Megamall Branch",
        "IT Park Site, Cebu",
        "Balara Treatment Plant",
        "Canlubang Plant",
    ],
}
JOB_TITLES = {
    "SE": [
        "undersköterska",
        "montör",
        "lagerarbetare",
        "butikssäljare",
        "busschaufför",
        "sjuksköterska",
        "elektriker",
        "kock",
        "städare",
        "lärare",
    ],
    "AR": [
        "enfermera",
        "operario calificado",
        "cajera",
        "docente",
        "mecánico",
        "chofer",
        "empleada administrativa",
        "técnico de mantenimiento",
        "repositor",
    ],
    "PH": [
        "call center agent",
        "staff nurse",
        "line operator",
        "crew member",
        "teacher I",
        "team leader",
        "delivery rider",
        "maintenance technician",
        "cashier",
    ],
}
UNIONS = {
    "SE": ["Unionen", "IF Metall", "Kommunal", "Vision", "Handels", "Vårdförbundet", "Seko"],
    "AR": ["SMATA", "UOCRA", "La Bancaria", "Camioneros", "ATE", "UPCN", "FAECYS", "UTA"],
    "PH": [
        "TUCP",
        "PSLINK",
        "Alliance of Concerned Teachers",
        "PALEA",
        "NAFLU",
        "BPO Industry Employees Network",
    ],
}
BRANCHES = {
    "SE": ["Avdelning Stockholm", "Avd. 2 Göteborg", "Sektion Skåne", "Klubb Torslanda", "Region Mälardalen"],
    "AR": [
        "Seccional Córdoba",
        "Seccional Rosario",
        "Delegación Zárate-Campana",
        "Seccional Capital",
        "Delegación Mendoza",
    ],
    "PH": ["Local 108 Quezon City", "Cebu Chapter", "Davao Local", "Laguna Chapter", "NCR Local 12"],
}
LANG = {
    "SE": ["sv-SE", "sv-SE", "en-SE", "ar-SE"],
    "AR": ["es-AR", "es-AR", "es-419"],
    "PH": ["en-PH", "fil-PH", "en-US"],
}
TZ = {"SE": "Europe/Stockholm", "AR": "America/Argentina/Buenos_Aires", "PH": "Asia/Manila"}
CURRENCY = {"SE": "SEK", "AR": "ARS", "PH": "PHP"}
EMAIL_DOMAINS = {
    "SE": ["example.se", "mail.example.se", "example.com", "telia.example.se"],
    "AR": ["example.com.ar", "correo.example.com.ar", "example.com", "fibertel.example.com.ar"],
    "PH": ["example.ph", "example.com", "mail.example.com.ph", "yahoo.example.com"],
}
ASCII = str.maketrans("åäöéíóúñüćçÅÄÖÉÍÓÚÑ", "aaoeiounuccAAOEIOUN")


def fold(s: str) -> str:
    return s.translate(ASCII).replace(" ", "").replace(".", "").replace("'", "").replace("-", "").lower()


class UF(Fake):
    """Fake with the message's country (`cc`) and the user the message is about (`me`)."""

    cc = "SE"
    me: dict[str, str] = {}

    def new_message(self, cc: str) -> None:
        self.cc = cc
        self.me = {"first": self.first_name(), "last": self.last_name()}

    def first_name(self) -> str:
        return self.pick(NAMES[self.cc][0])

    def last_name(self) -> str:
        return self.pick(NAMES[self.cc][1])

    def person(self) -> str:
        return f"{self.first_name()} {self.last_name()}"

    def my_name(self) -> str:
        return f"{self.me['first']} {self.me['last']}"

    def mail(self, first: str | None = None, last: str | None = None) -> str:
        first = fold(first or self.first_name())
        last = fold(last or self.last_name())
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(EMAIL_DOMAINS[self.cc])}"

    def my_mail(self) -> str:
        return self.mail(self.me["first"], self.me["last"])

    def work_mail(self) -> str:
        domain = fold(self.pick(EMPLOYERS[self.cc]).split()[0]) + ".example.com"
        return f"{fold(self.first_name())}.{fold(self.last_name())}@{domain}"

    def tel(self, style: str | None = None) -> str:
        r = self.r
        if self.cc == "SE":
            a, b, c, d = (
                r.choice(["70", "72", "73", "76", "79"]),
                r.randint(100, 999),
                r.randint(10, 99),
                r.randint(10, 99),
            )
            return self.pick(
                [f"+46 {a} {b} {c} {d}", f"0{a}-{b} {c} {d}", f"+46{a}{b}{c}{d}", f"0{a}{b}{c}{d}"]
            )
        if self.cc == "AR":
            code, l1 = r.choice([("11", 4), ("351", 3), ("341", 3), ("261", 3)])
            n1, n2 = r.randint(10 ** (l1 - 1), 10**l1 - 1), r.randint(1000, 9999)
            return self.pick(
                [
                    f"+54 9 {code} {n1}-{n2}",
                    f"{code} 15-{n1}-{n2}",
                    f"+549{code}{n1}{n2}",
                    f"0{code} 15 {n1} {n2}",
                ]
            )
        p, a, b = (
            r.choice(["917", "918", "920", "927", "935", "945", "966", "998"]),
            r.randint(100, 999),
            r.randint(1000, 9999),
        )
        return self.pick([f"+63 {p} {a} {b}", f"0{p} {a} {b}", f"+63{p}{a}{b}", f"0{p}-{a}-{b}"])

    def e164(self) -> str:
        local = self.tel().replace(" ", "").replace("-", "")
        prefix = {"SE": "+46", "AR": "+549", "PH": "+63"}[self.cc]
        if local.startswith("+"):
            return local
        if self.cc == "AR":
            return prefix + local.lstrip("0").replace("15", "", 1)
        return prefix + local[1:]

    def street_addr(self) -> str:
        r, s = self.r, self.pick(STREETS[self.cc])
        if self.cc == "SE":
            return self.pick(
                [
                    f"{s} {r.randint(1, 120)}",
                    f"{s} {r.randint(1, 60)}, lgh {r.randint(1001, 1504)}",
                    f"{s} {r.randint(1, 40)}{self.pick(['A', 'B', 'C'])}",
                ]
            )
        if self.cc == "AR":
            return self.pick(
                [
                    f"{s} {r.randint(100, 6999)}",
                    f"{s} {r.randint(100, 4999)}, piso {r.randint(1, 14)} dto {self.pick('ABCDE')}",
                    f"{s} N° {r.randint(10, 999)}",
                ]
            )
        return self.pick(
            [
                f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)} {s}",
                f"{r.randint(1, 999)} {s}",
                f"Unit {r.randint(1, 30)}{self.pick('ABCD')}, {r.randint(10, 200)} {s}",
            ]
        )

    def city_name(self) -> str:
        return self.pick(CITIES[self.cc])

    def postcode(self) -> str:
        r = self.r
        if self.cc == "SE":
            return self.pick([f"{r.randint(100, 984)} {r.randint(10, 99)}", f"{r.randint(10000, 98499)}"])
        if self.cc == "AR":
            return self.pick(
                [
                    self.pick("CBXSM")
                    + str(r.randint(1000, 9999))
                    + "".join(r.sample(string.ascii_uppercase, 3)),
                    f"{r.randint(1000, 9499)}",
                ]
            )
        return f"{r.randint(1000, 9811)}"

    def full_address(self) -> str:
        if self.cc == "PH":
            return f"{self.street_addr()}, {self.pick(BARANGAYS)}, {self.city_name()} {self.postcode()}"
        return f"{self.street_addr()}, {self.postcode()} {self.city_name()}"

    def birth(self, fmt: str = "iso") -> str:
        y, m, d = self.r.randint(1958, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        return {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dmy": f"{d:02d}/{m:02d}/{y}",
            "compact": f"{y}{m:02d}{d:02d}",
            "us": f"{m:02d}/{d:02d}/{y}",
        }[fmt]

    def personnummer(self, twelve: bool | None = None) -> str:
        y, m, d = self.r.randint(1958, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.r.random() < 0.08:
            d += 60  # samordningsnummer
        nine = f"{y % 100:02d}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
        ten = self.luhn_complete(nine)
        twelve = self.r.random() < 0.5 if twelve is None else twelve
        if twelve:
            return self.pick([f"{y // 100}{ten[:6]}-{ten[6:]}", f"{y // 100}{ten}"])
        return f"{ten[:6]}-{ten[6:]}"

    def org_number(self) -> str:
        ten = self.luhn_complete(self.pick(["556", "559", "212", "802"]) + self.digits(6))
        return f"{ten[:6]}-{ten[6:]}"

    def _cuit(self, prefix: str, number: str) -> str:
        base = prefix + number
        total = sum(int(c) * w for c, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            return ""
        return f"{prefix}-{number}-{check}" if self.r.random() < 0.7 else f"{prefix}{number}{check}"

    def cuil(self) -> str:
        while True:
            out = self._cuit(self.pick(["20", "27", "23", "24"]), str(self.r.randint(14_000_000, 46_000_000)))
            if out:
                return out

    def cuit_company(self) -> str:
        while True:
            out = self._cuit(self.pick(["30", "33"]), str(self.r.randint(50_000_000, 71_999_999)))
            if out:
                return out

    def dni(self) -> str:
        n = self.r.randint(14_000_000, 46_000_000)
        return self.pick([f"{n:,}".replace(",", "."), str(n)])

    def philsys(self) -> str:
        d = self.digits(16)
        return self.pick(["-".join(d[i : i + 4] for i in range(0, 16, 4)), d])

    def sss(self) -> str:
        d = self.digits(10)
        return f"{d[:2]}-{d[2:9]}-{d[9]}"

    def tin_ph(self) -> str:
        d = self.digits(9)
        return f"{d[:3]}-{d[3:6]}-{d[6:]}-{self.pick(['000', '00000'])}"

    def philhealth(self) -> str:
        d = self.digits(12)
        return f"{d[:2]}-{d[2:11]}-{d[11]}"

    def pagibig(self) -> str:
        d = self.digits(12)
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"

    def national_id(self) -> str:
        if self.cc == "SE":
            return self.personnummer()
        if self.cc == "AR":
            return self.pick([self.cuil(), self.cuil(), self.dni()])
        return self.pick([self.philsys(), self.philsys(), self.sss()])

    def iban_any(self, country: str, bban: str) -> str:
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def iban_se(self) -> str:
        return self.iban_any("SE", self.pick(["500", "800", "600", "300", "120"]) + self.digits(17))

    def cbu(self) -> str:
        bank = self.pick(["011", "007", "017", "072", "285", "150", "191"]) + f"{self.r.randint(0, 9999):04d}"
        b1 = sum(int(c) * w for c, w in zip(bank, [7, 1, 3, 9, 7, 1, 3], strict=True))
        acct = f"{self.r.randint(0, 10**13 - 1):013d}"
        b2 = sum(int(c) * w for c, w in zip(acct, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3], strict=True))
        return f"{bank}{(10 - b1 % 10) % 10}{acct}{(10 - b2 % 10) % 10}"

    def ph_account(self) -> str:
        d = self.digits(self.pick([10, 12]))
        return self.pick([d, "-".join(d[i : i + 4] for i in range(0, len(d), 4))])

    def bank_account(self) -> str:
        if self.cc == "SE":
            return self.iban_se()
        if self.cc == "AR":
            return self.cbu()
        return self.ph_account()

    def pm_token(self) -> str:
        alnum = string.ascii_letters + string.digits
        return "pm_1" + "".join(self.r.choice(alnum) for _ in range(23))

    def gclid(self) -> str:
        alnum = string.ascii_letters + string.digits + "_-"
        return "Cj0KCQjw" + "".join(self.r.choice(alnum) for _ in range(self.r.randint(60, 80))) + "BwE"

    def fbclid(self) -> str:
        return "IwAR" + "".join(self.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(57))

    def sha256(self, text: str | None = None) -> str:
        return hashlib.sha256((text or self.hexid(20)).encode()).hexdigest()

    def money_cc(self, lo: float, hi: float) -> float:
        scale = {"SE": 1, "AR": 110, "PH": 5}[self.cc]
        return round(self.r.uniform(lo, hi) * scale, 2)

    def salary(self) -> int:
        if self.cc == "SE":
            return self.r.randrange(24000, 52000, 100)
        if self.cc == "AR":
            return self.r.randrange(650000, 2400000, 500)
        return self.r.randrange(14000, 60000, 50)

    def member_no(self) -> str:
        return {
            "SE": lambda: self.digits(7),
            "AR": lambda: "AF-" + self.digits(6),
            "PH": lambda: "M" + self.digits(8),
        }[self.cc]()

    def local(self, table: dict[str, list]) -> Any:
        return self.pick(table[self.cc])


# -- contexts ---------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
SITE = "https://solidar.example.org"
PAGES = {
    "SE": [
        ("/se/bli-medlem", "Bli medlem | Solidar"),
        ("/se/mina-sidor", "Mina sidor"),
        ("/se/avgift", "Medlemsavgift och betalning"),
        ("/se/arenden", "Mina ärenden"),
    ],
    "AR": [
        ("/ar/afiliate", "Afiliate | Solidar"),
        ("/ar/mi-cuenta", "Mi cuenta"),
        ("/ar/cuota-sindical", "Cuota sindical"),
        ("/ar/reclamos", "Mis reclamos"),
    ],
    "PH": [
        ("/ph/join", "Sumali sa Unyon | Solidar"),
        ("/ph/account", "My Account"),
        ("/ph/dues", "Union Dues"),
        ("/ph/cases", "My Cases"),
    ],
}


def page_gen(f: UF):
    f.page = f.local(PAGES)
    return f.page


def web_context() -> dict:
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "npm:next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: page_gen(f)[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://l.facebook.com/",
                        SITE + "/",
                        "https://m.facebook.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=sms", "?step=2"])
            ),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: SITE + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
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
            0.6,
        ),
        "locale": G(lambda f: f.local(LANG)),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(["afiliacion_2024", "bli_medlem_var", "sumali_na", "strike_fund"])
                ),
                "source": G(lambda f: f.pick(["facebook", "google", "sms", "newsletter"])),
                "medium": G(lambda f: f.pick(["paid_social", "cpc", "referral", "email"])),
                "content": G(lambda f: f.pick(["video_a", "carousel", "text_b"])),
            },
            0.3,
        ),
        # analytics.js puts the Google click id here when the landing URL carries gclid
        "referrer": Opt(
            {"type": G(lambda f: "google"), "id": Y(lambda f: f.gclid(), "advertising id", True)}, 0.15
        ),
    }


def app_block(namespace: str) -> dict:
    return {
        "name": G(lambda f: "Solidar"),
        "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.0"])),
        "build": G(lambda f: f.pick(["4080", "4092", "4100"])),
        "namespace": G(lambda f: namespace),
    }


def ctx_traits() -> dict:
    return {
        "email": Opt(Y(lambda f: f.my_mail(), "email"), 0.7),
        "firstName": Opt(Y(lambda f: f.me["first"], "name"), 0.6),
        "phone": Opt(Y(lambda f: f.tel(), "phone"), 0.4),
        "memberNumber": G(lambda f: f.member_no()),
        "branch": Opt(G(lambda f: f.local(BRANCHES)), 0.6),
    }


def swift_context() -> dict:
    return {
        "app": app_block("org.solidar.app"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,1", "iPhone16,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.local(LANG)),
        "timezone": G(lambda f: TZ[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context() -> dict:
    return {
        "app": app_block("org.solidar.android"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "Google", "realme"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "CPH2591", "Pixel 7a", "RMX3761"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "OP5961L1", "lynx"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2400, 2340, 2412])),
            "width": G(lambda f: 1080),
        },
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.local(
                    {
                        "SE": ["Telia", "Tele2", "Tre"],
                        "AR": ["Claro", "Personal", "Movistar"],
                        "PH": ["Globe", "Smart", "DITO"],
                    }
                )
            ),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.local(LANG)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; CPH2591 Build/SP1A.210812.016)",
                ]
            )
        ),
        "timezone": G(lambda f: TZ[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(-38, 66), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-68, 125), 6), "geolocation"),
                "speed": G(lambda f: round(f.r.uniform(0, 3), 2)),
            },
            0.4,
        ),
    }


RN_DEVICES = [
    ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", ["17.4", "16.7.2", "17.5.1"]),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", ["14", "13"]),
    ("motorola", "moto g84 5G", "bangkk", "android", "Android", ["14", "13"]),
]
FLUTTER_DEVICES = [
    ("samsung", "SM-A155F", "", "android", "android", ["14", "13"]),
    ("vivo", "V2247", "", "android", "android", ["13", "12"]),
    ("Apple", "iPhone14,5", "", "ios", "ios", ["17.4.1", "16.6"]),
    ("HUAWEI", "JNY-LX2", "", "android", "android", ["10", "12"]),
]


def device_gen(f: UF, devices: list) -> tuple:
    f.device = f.pick(devices)
    return f.device


def rn_context() -> dict:
    return {
        "app": app_block("org.solidar.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: device_gen(f, RN_DEVICES)[0]),
            "model": G(lambda f: f.device[1]),
            "name": G(lambda f: f.device[2]),
            "type": G(lambda f: f.device[3]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.20.3", "2.19.4", "2.21.0"])),
        },
        "locale": G(lambda f: f.local(LANG)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: f.device[4]), "version": G(lambda f: f.pick(f.device[5]))},
        "screen": {
            "height": G(lambda f: f.pick([844, 915, 800])),
            "width": G(lambda f: f.pick([390, 412, 360])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": ctx_traits(),
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context() -> dict:
    return {
        "app": app_block("org.solidar.flutter"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: device_gen(f, FLUTTER_DEVICES)[0]),
            "model": G(lambda f: f.device[1]),
            "type": G(lambda f: f.device[3]),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.5", "1.1.3", "1.2.0"])),
        },
        "locale": G(lambda f: f.local(LANG)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: f.device[4]), "version": G(lambda f: f.pick(f.device[5]))},
        "screen": {
            "height": G(lambda f: f.pick([2408, 1600, 2532])),
            "width": G(lambda f: f.pick([1080, 720, 1170])),
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": ctx_traits(),
        "location": Opt(
            {
                "city": Y(lambda f: f.city_name(), "city"),
                "country": G(lambda f: {"SE": "Sweden", "AR": "Argentina", "PH": "Philippines"}[f.cc]),
                "region": G(lambda f: f.local(PROVINCES)),
            },
            0.5,
        ),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.5.0", "2.4.0", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3", "3.8.1"]),
    "dotnet": ("Analytics.CSharp", ["2.4.1", "2.3.6", "2.4.0"]),
}


def server_context(client: str) -> dict:
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if client in ("python", "node", "java", "php", "dotnet"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.6)
    if client in ("node", "php"):
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.6)
    if client in ("python", "java"):
        ctx["traits"] = Opt(ctx_traits(), 0.4)
    if client == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": G(lambda f: f.digits(9)),
                    "type": G(lambda f: "hubspot_contact_id"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.4,
        )
    if client in ("go", "ruby"):
        ctx["groupId"] = Opt(G(lambda f: "wp_" + f.digits(5)), 0.5)
    return ctx


def context_for(client: str) -> dict:
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


MOBILE = ["swift", "kotlin", "rn", "flutter"]
SERVER = list(SERVER_LIBS)
ANY_CLIENT = ["web", *MOBILE]

# -- shared snippets --------------------------------------------------------------------------------


def my_first():
    return Y(lambda f: f.me["first"], "name")


def my_last():
    return Y(lambda f: f.me["last"], "name")


def ts():
    return G(lambda f: f.iso())


def amount(lo=10, hi=900):
    return G(lambda f: f.money_cc(lo, hi))


def currency():
    return G(lambda f: CURRENCY[f.cc])


def by_country(f: UF, texts: dict[str, list[str]]) -> str:
    """One of the country's sentences or, a third of the time, an English one."""
    return f.pick(texts[f.cc] if f.r.random() < 0.67 else texts["EN"])


def grievance_text(f: UF) -> str:
    name = f.person()
    return by_country(
        f,
        {
            "SE": [
                f"Chefen {name} nekar semester i juli trots ansökan i februari.",
                f"{name} har ändrat schemat utan att förhandla med klubben.",
            ],
            "AR": [
                f"Capataz {name} no respeta el descanso de 12 horas entre turnos.",
                f"La supervisora {name} descontó el presentismo por una licencia justificada.",
            ],
            "PH": [
                f"Si supervisor {name} ay hindi nagbabayad ng overtime mula Marso.",
                f"Team leader {name} docked pay for bathroom breaks during the 10pm-6am shift.",
            ],
            "EN": [
                f"Supervisor {name} refused to pay overtime for March; member has the rota screenshots.",
                f"{name} moved the member to night shifts without the 14 days' notice in the agreement.",
                f"Member reports verbal harassment by {name} in front of the line on 3 occasions.",
            ],
        },
    )


def rep_note(f: UF) -> str:
    name = f.person()
    return by_country(
        f,
        {
            "SE": [
                f"Ringde {name}, hen vill ha skyddsombud med på mötet.",
                f"Träffade {name} från HR, de skickar varningen skriftligt.",
            ],
            "AR": [
                f"Hablé con {name}, pide que llevemos los recibos de sueldo.",
                f"{name} (RRHH) confirma la audiencia el jueves.",
            ],
            "PH": [
                f"Kinausap si {name}; ipapasa ang incident report bukas.",
                f"Spoke with {name} from HR, NTE reply due in 5 days.",
            ],
            "EN": [
                f"Met {name} at the gate, agreed to attend the hearing together.",
                f"Spoke with {name} from HR; they will send the written warning by Friday.",
            ],
        },
    )


def chat_text(f: UF) -> str:
    phone = f.tel()
    return by_country(
        f,
        {
            "SE": [f"Hej! Nås bäst på {phone} efter 16.", f"Ring mig på {phone} när du kan"],
            "AR": [f"Hola, mi número nuevo es {phone}", f"Llamame al {phone} después del turno"],
            "PH": [f"Pakitext po ako sa {phone}, salamat", f"Hi sir, eto po number ko {phone}"],
            "EN": [
                f"Hi, can you call me on {phone} after my shift?",
                f"New number: {phone}. The old one is off.",
            ],
        },
    )


def payroll_note(f: UF) -> str:
    name = f.person()
    return by_country(
        f,
        {
            "SE": [
                f"{name} har slutat, sista avdrag i denna körning.",
                f"{name} tjänstledig utan lön denna period.",
            ],
            "AR": [f"Empleado {name} sin haberes este mes.", f"Baja de {name} informada por RRHH."],
            "PH": [
                f"{name} on floating status, no deduction this cut-off.",
                f"Deduction for {name} held pending clearance.",
            ],
            "EN": [
                f"Employee {name} left the company; final deduction in this run.",
                f"Deduction for {name} reversed at employee request.",
            ],
        },
    )


def dedication(f: UF) -> str:
    name = f.person()
    return by_country(
        f,
        {
            "SE": [f"Till minne av {name}", f"För {name} och nattskiftet på depån"],
            "AR": [f"En honor a {name}", f"Para {name}, compañero de siempre"],
            "PH": [f"Para kay {name}, salamat sa lahat", f"In memory of Ka {name}"],
            "EN": [f"In memory of {name}", f"For {name} and the night shift at the depot"],
        },
    )


# -- events -----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict, list[str] | None]] = []


def ev(
    kind: str, name: str | None, clients: list[str], body: dict, countries: list[str] | None = None
) -> None:
    EVENTS.append((kind, name, clients, body, countries))


# identify from the apps
ev(
    "identify",
    None,
    ANY_CLIENT,
    {
        "firstName": my_first(),
        "lastName": my_last(),
        "email": Y(lambda f: f.my_mail(), "email"),
        "phone": Y(lambda f: f.tel(), "phone"),
        "birthday": Opt(Y(lambda f: f.birth(), "birthdate"), 0.7),
        "gender": Opt(
            Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"), 0.6
        ),
        "address": Opt(
            {
                "street": Y(lambda f: f.street_addr(), "address|street"),
                "city": Y(lambda f: f.city_name(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.local(PROVINCES)),
                "country": G(lambda f: f.cc),
            },
            0.6,
        ),
        "avatar": Opt(
            Y(lambda f: "https://cdn.solidar.example.org/avatars/" + f.hexid(16) + ".jpg", "photo"), 0.5
        ),
        "memberNumber": G(lambda f: f.member_no()),
        "membershipStatus": G(lambda f: f.pick(["active", "pending", "in_arrears", "lapsed"])),
        "membershipTier": G(lambda f: f.pick(["full", "student", "retired", "reduced"])),
        "union": Y(lambda f: f.local(UNIONS), "trade union"),
        "employer": G(lambda f: f.local(EMPLOYERS)),
        "workplace": G(lambda f: f.local(WORKPLACES)),
        "jobTitle": G(lambda f: f.local(JOB_TITLES)),
        "isSteward": G(lambda f: f.pick([True, False, False])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "duesMethod": G(lambda f: f.pick(["payroll", "autogiro", "card", "debito_automatico", "gcash"])),
        "age": Opt(G(lambda f: f.r.randint(19, 66)), 0.5),
        "preferredLanguage": G(lambda f: f.pick(["sv", "es", "fil", "en"])),
        "createdAt": ts(),
        "marketingOptIn": G(lambda f: f.pick([True, False])),
    },
)

# warehouse reverse-ETL identify (SCREAMING_SNAKE)
ev(
    "identify",
    None,
    ["python", "node"],
    {
        "MEMBER_ID": G(lambda f: f.member_no()),
        "FULL_NAME": Y(lambda f: f.my_name(), "name"),
        "EMAIL_ADDRESS": Y(lambda f: f.my_mail(), "email"),
        "MOBILE_E164": Y(lambda f: f.e164(), "phone"),
        "DATE_OF_BIRTH": Y(lambda f: f.birth(), "birthdate"),
        "MEMBERSHIP_STATUS": G(lambda f: f.pick(["ACTIVE", "ARREARS", "LAPSED", "RESIGNED"])),
        "ARREARS_AMOUNT": amount(0, 60),
        "LAST_PAYMENT_DATE": G(lambda f: f.iso()[:10]),
        "LIFETIME_DUES_PAID": amount(50, 3000),
        "BRANCH_CODE": G(lambda f: f.pick(["SE-STO-01", "AR-COR-03", "PH-NCR-12", "SE-GBG-02"])),
        "IS_STEWARD": G(lambda f: f.pick([True, False])),
        "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        "DBT_UPDATED_AT": G(lambda f: f.iso().replace("T", " ")[:19]),
    },
)

# group: workplaces / branches
ev(
    "group",
    None,
    ["web", "node", "python"],
    {
        "name": G(lambda f: f.local(WORKPLACES)),
        "employer": G(lambda f: f.local(EMPLOYERS)),
        "industry": G(
            lambda f: f.pick(["manufacturing", "healthcare", "retail", "bpo", "education", "transport"])
        ),
        "employees": G(lambda f: f.r.randint(12, 4000)),
        "membersCount": G(lambda f: f.r.randint(3, 900)),
        "stewardsCount": G(lambda f: f.r.randint(0, 12)),
        "unionDensity": G(lambda f: round(f.r.uniform(0.05, 0.9), 2)),
        "collectiveAgreement": G(
            lambda f: f.pick(["Teknikavtalet", "CCT 130/75", "CBA 2023-2026", "HÖK 21"])
        ),
        "branchCode": G(lambda f: f.pick(["SE-STO-01", "AR-COR-03", "PH-NCR-12", "SE-GBG-02"])),
        "employerOrgNumber": G(
            lambda f: (
                f.org_number()
                if f.cc == "SE"
                else f.cuit_company()
                if f.cc == "AR"
                else f.tin_ph()[:11] + "-000"
            )
        ),
        "switchboard": G(
            lambda f: {"SE": "+46 31 59 00 00", "AR": "+54 351 496 0000", "PH": "+63 2 8888 0000"}[f.cc]
        ),
        "hrMailbox": G(
            lambda f: (
                f.pick(["hr@", "payroll@", "rrhh@", "personal@"])
                + fold(f.local(EMPLOYERS).split()[0])
                + ".example.com"
            )
        ),
        "region": G(lambda f: f.local(PROVINCES)),
        "createdAt": ts(),
    },
)

ev(
    "track",
    "Membership Application Started",
    ["web", "rn", "flutter"],
    {
        "application_id": G(lambda f: f.uuid()),
        "step": G(lambda f: f.r.randint(1, 4)),
        "step_name": G(lambda f: f.pick(["personal_details", "employment", "payment", "review"])),
        "union_name": Y(lambda f: f.local(UNIONS), "trade union"),
        "union_id": G(lambda f: f.r.randint(10, 99)),
        "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
        "country": G(lambda f: f.cc),
        "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.4),
        "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.4),
        "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
    },
)

ev(
    "track",
    "Membership Application Submitted",
    ["node", "python", "java"],
    {
        "application_id": G(lambda f: f.uuid()),
        "first_name": my_first(),
        "last_name": my_last(),
        "email": Y(lambda f: f.my_mail(), "email"),
        "mobile": Y(lambda f: f.tel(), "phone"),
        "date_of_birth": Y(lambda f: f.birth(f.pick(["iso", "dmy"])), "birthdate"),
        "national_id_type": G(
            lambda f: {"SE": "personnummer", "AR": f.pick(["cuil", "dni"]), "PH": f.pick(["philsys", "sss"])}[
                f.cc
            ]
        ),
        "national_id": RED(lambda f: f.national_id(), "national id"),
        "home_address": Y(lambda f: f.full_address(), "address"),
        "nationality": Y(
            lambda f: f.pick(
                ["Swedish", "Argentine", "Filipino", "Syrian", "Bolivian", "Paraguayan", "Somali"]
            ),
            "citizenship",
        ),
        "passport_number": Opt(
            RED(lambda f: f.pick(["P", "AAB", "EB"]) + f.digits(7) + f.pick(["", "A", "B"]), "passport"), 0.4
        ),
        "employer_name": G(lambda f: f.local(EMPLOYERS)),
        "employer_tax_id": G(
            lambda f: f.org_number() if f.cc == "SE" else f.cuit_company() if f.cc == "AR" else f.tin_ph()
        ),
        "workplace_name": G(lambda f: f.local(WORKPLACES)),
        "job_title": G(lambda f: f.local(JOB_TITLES)),
        "employment_type": G(
            lambda f: f.pick(["permanent", "fixed_term", "agency", "probation", "part_time"])
        ),
        "employment_start_date": G(lambda f: f"{f.r.randint(1995, 2024)}-{f.r.randint(1, 12):02d}-01"),
        "monthly_salary": Y(lambda f: f.salary(), "salary"),
        "salary_currency": currency(),
        "dues_rate_percent": G(lambda f: f.pick([1.0, 1.2, 0.95, 2.0, 1.5])),
        "previous_union": Y(lambda f: f.pick(["none", *UNIONS[f.cc]]), "trade union"),
        "referred_by_member_number": Opt(G(lambda f: f.member_no()), 0.5),
        "consent_privacy": G(lambda f: True),
        "consent_version": G(lambda f: f.pick(["2024-01", "2024-03", "2023-11"])),
        "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"), 0.5),
        "hashed_email": Y(lambda f: f.sha256(f.my_mail()), "email|advertising id"),
        "is_union_member_elsewhere": Y(lambda f: f.pick([True, False]), "trade union"),
    },
)

# Swedish backend (php) with Swedish keys
ev(
    "track",
    "Medlemsansökan Inkommen",
    ["php"],
    {
        "personnummer": RED(lambda f: f.personnummer(), "national id"),
        "fornamn": my_first(),
        "efternamn": my_last(),
        "epost": Y(lambda f: f.my_mail(), "email"),
        "mobilnummer": Y(lambda f: f.tel(), "phone"),
        "gatuadress": Y(lambda f: f.street_addr(), "address|street"),
        "postnummer": Y(lambda f: f.postcode(), "zipcode"),
        "ort": Y(lambda f: f.city_name(), "city"),
        "födelsedatum": Y(lambda f: f.birth("compact"), "birthdate"),
        "arbetsgivare": G(lambda f: f.local(EMPLOYERS)),
        "organisationsnummer": G(lambda f: f.org_number()),
        "arbetsplats": G(lambda f: f.local(WORKPLACES)),
        "yrke": G(lambda f: f.local(JOB_TITLES)),
        "anstallningsform": G(lambda f: f.pick(["tillsvidare", "visstid", "provanställning", "timanställd"])),
        "manadslon": Y(lambda f: f.salary(), "salary"),
        "forbund": Y(lambda f: f.local(UNIONS), "trade union"),
        "kollektivavtal": G(lambda f: f.pick([True, False])),
        "inkomstforsakring": G(lambda f: f.pick([True, False])),
        "medlemsavgift": G(lambda f: f.pick([220, 295, 340, 410, 535])),
        "skapad": ts(),
    },
    ["SE"],
)

# Argentine backend (node) with Spanish keys
ev(
    "track",
    "Afiliación Registrada",
    ["node", "go"],
    {
        "cuil": RED(lambda f: f.cuil(), "national id"),
        "dni": RED(lambda f: f.dni(), "national id"),
        "nombre": my_first(),
        "apellido": my_last(),
        "fecha_nacimiento": Y(lambda f: f.birth("dmy"), "birthdate"),
        "domicilio": Y(lambda f: f.street_addr(), "address|street"),
        "localidad": Y(lambda f: f.city_name(), "city"),
        "provincia": G(lambda f: f.local(PROVINCES)),
        "codigo_postal": Y(lambda f: f.postcode(), "zipcode"),
        "telefono_celular": Y(lambda f: f.tel(), "phone"),
        "correo": Y(lambda f: f.my_mail(), "email"),
        "empleador": G(lambda f: f.local(EMPLOYERS)),
        "cuit_empleador": G(lambda f: f.cuit_company()),
        "establecimiento": G(lambda f: f.local(WORKPLACES)),
        "categoria_convenio": G(
            lambda f: f.pick(["Operario Calificado", "Administrativo B", "Maestranza A", "Vendedor C"])
        ),
        "sueldo_bruto": Y(lambda f: f.salary(), "salary"),
        "sindicato": Y(lambda f: f.local(UNIONS), "trade union"),
        "obra_social": G(lambda f: f.pick(["OSECAC", "OSPRERA", "OSDE", "IOMA", "OSPE"])),
        "numero_afiliado_obra_social": Y(
            lambda f: f.digits(11) + "/" + f.pick(["00", "01", "02"]), "identification"
        ),
        "estado_civil": G(lambda f: f.pick(["soltero/a", "casado/a", "unión convivencial", "divorciado/a"])),
        "hijos_a_cargo": G(lambda f: f.r.randint(0, 4)),
        "fecha_alta": ts(),
    },
    ["AR"],
)

# Philippine app (flutter) with Tagalog keys
ev(
    "track",
    "Miyembro Nagparehistro",
    ["flutter", "kotlin"],
    {
        "pangalan": my_first(),
        "apelyido": my_last(),
        "kaarawan": Y(lambda f: f.birth("us"), "birthdate"),
        "kasarian": Y(lambda f: f.pick(["babae", "lalaki", "iba pa"]), "gender"),
        "tirahan": Y(lambda f: f.street_addr(), "address|street"),
        "barangay": Y(lambda f: f.pick(BARANGAYS), "address"),
        "lungsod": Y(lambda f: f.city_name(), "city"),
        "numero_ng_telepono": Y(lambda f: f.tel(), "phone"),
        "philsys_number": RED(lambda f: f.philsys(), "national id"),
        "sss_number": RED(lambda f: f.sss(), "social security number|national id"),
        "tin": RED(lambda f: f.tin_ph(), "national id"),
        "philhealth_no": RED(lambda f: f.philhealth(), "health id"),
        "pagibig_mid": RED(lambda f: f.pagibig(), "national id"),
        "trabaho": G(lambda f: f.local(JOB_TITLES)),
        "kumpanya": G(lambda f: f.local(EMPLOYERS)),
        "sahod": Y(lambda f: f.salary(), "salary"),
        "katayuang_sibil": G(lambda f: f.pick(["walang asawa", "may asawa", "hiwalay", "balo"])),
        "relihiyon": Y(
            lambda f: f.pick(["Katoliko", "Iglesia ni Cristo", "Islam", "Born Again", "wala"]), "religion"
        ),
        "katutubong_pamayanan": Y(
            lambda f: f.pick(["wala", "Igorot", "Lumad", "Aeta", "Mangyan"]), "ethnicity"
        ),
        "is_pwd": RED(lambda f: f.pick([True, False, False]), "disability"),
        "solo_parent": G(lambda f: f.pick([True, False])),
        "bilang_ng_anak": G(lambda f: f.r.randint(0, 5)),
    },
    ["PH"],
)

ev(
    "track",
    "BankID Authenticated",
    ["node", "java"],
    {
        "orderRef": G(lambda f: f.uuid()),
        "status": G(lambda f: "complete"),
        "completionData": {
            "user": {
                "personalNumber": RED(lambda f: f.personnummer(twelve=True).replace("-", ""), "national id"),
                "name": Y(lambda f: f.my_name(), "name"),
                "givenName": my_first(),
                "surname": my_last(),
            },
            "device": {"ipAddress": Y(lambda f: f.ipv4(), "ip"), "uhi": G(lambda f: f.hexid(28))},
            "bankIdIssueDate": G(
                lambda f: f"{f.r.randint(2019, 2024)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "stepUp": {"mrtd": G(lambda f: f.pick([True, False]))},
        },
        "purpose": G(lambda f: f.pick(["login", "sign_membership", "sign_autogiro", "ballot"])),
    },
    ["SE"],
)

ev(
    "track",
    "Identidad Validada",
    ["node", "python"],
    {
        "proveedor": G(lambda f: f.pick(["RENAPER", "VU Security", "Mi Argentina"])),
        "dni": RED(lambda f: f.dni(), "national id"),
        "sexo": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
        "numero_tramite": RED(lambda f: "00" + f.digits(9), "national id"),
        "resultado": G(lambda f: f.pick(["aprobado", "rechazado", "revisión manual"])),
        "score": G(lambda f: f.r.randint(40, 99)),
        "selfie_url": Y(lambda f: "https://kyc.solidar.example.org/ar/selfies/" + f.uuid() + ".jpg", "photo"),
        "selfie_match": G(lambda f: f.pick([True, False])),
        "intentos": G(lambda f: f.r.randint(1, 3)),
    },
    ["AR"],
)

ev(
    "track",
    "Verification Code Entered",
    MOBILE,
    {
        "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
        "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
        "code_length": G(lambda f: 6),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "success": G(lambda f: f.pick([True, True, False])),
        "expires_in_seconds": G(lambda f: f.pick([300, 600, 900])),
    },
)

ev(
    "track",
    "Sign In Link Requested",
    ["web", "ruby"],
    {
        "email": Y(lambda f: f.my_mail(), "email"),
        "login_token": RED(lambda f: f.hexid(48), "token"),
        "redirect_path": G(lambda f: f.pick(["/se/mina-sidor", "/ar/mi-cuenta", "/ph/account", "/ballots"])),
        "expires_at": ts(),
        "remember_device": G(lambda f: f.pick([True, False])),
    },
)

# dues
ev(
    "track",
    "DuesDeductionAuthorized",
    ["dotnet"],
    {
        "MemberId": G(lambda f: f.member_no()),
        "EmployerId": G(lambda f: f.r.randint(1000, 99999)),
        "EmployerName": G(lambda f: f.local(EMPLOYERS)),
        "EmployeeNumber": G(lambda f: f.pick(["E", "EMP", "A"]) + f.digits(6)),
        "PayrollReference": G(lambda f: "PR-" + f.digits(8)),
        "DeductionRate": G(lambda f: f.pick([0.01, 0.012, 0.015, 0.02])),
        "DeductionAmount": amount(150, 600),
        "Currency": currency(),
        "EffectiveFrom": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-01"),
        "SalaryMonthly": Y(lambda f: f.salary(), "salary"),
        "SignerName": Y(lambda f: f.my_name(), "name"),
        "SignerIpAddress": Y(lambda f: f.ipv4(), "ip"),
        "SignedAtUtc": ts(),
        "HrContactEmail": G(
            lambda f: (
                f.pick(["payroll@", "hr@", "loner@", "rrhh@", "hris@"])
                + fold(f.local(EMPLOYERS).split()[0])
                + ".example.com"
            )
        ),
        "CheckOffAgreementId": G(lambda f: f.uuid()),
    },
)

ev(
    "track",
    "DuesDeductionFailed",
    ["dotnet"],
    {
        "MemberId": G(lambda f: f.member_no()),
        "EmployerId": G(lambda f: f.r.randint(1000, 99999)),
        "PayrollPeriod": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        "FailureCode": G(lambda f: f.pick(["EMPLOYEE_NOT_FOUND", "ZERO_PAY", "LEAVER", "MANUAL_REVERSAL"])),
        "Note": Y(payroll_note, "name", True),
        "RetryCount": G(lambda f: f.r.randint(0, 3)),
    },
)

ev(
    "track",
    "Payment Method Added",
    ["web", "swift", "kotlin", "rn"],
    {
        "payment_method": G(lambda f: f.pick(["card", "card", "apple_pay", "google_pay"])),
        "payment_method_id": RED(lambda f: f.pm_token(), "token"),
        "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "naranja"])),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp_month": G(lambda f: f.r.randint(1, 12)),
        "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        "card_bin": G(lambda f: f.pick(["4", "5", "3"]) + f.digits(5)),
        "card_funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
        "cardholder_name": Y(lambda f: f.my_name().upper(), "name"),
        "billing_address": {
            "line1": Y(lambda f: f.street_addr(), "address|street"),
            "city": Y(lambda f: f.city_name(), "city"),
            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "country": G(lambda f: f.cc),
        },
        "set_as_default": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Card Payment Failed",
    ["node"],
    {
        "invoice_number": G(lambda f: "SOL-" + f.digits(7)),
        "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "amount": amount(10, 60),
        "currency": currency(),
        "attempt": G(lambda f: f.r.randint(1, 4)),
    },
    None,
)

ev(
    "track",
    "Autogiro Mandate Created",
    ["ruby"],
    {
        "mandate_id": G(lambda f: f.uuid()),
        "payer_number": G(lambda f: f.digits(10)),
        "bankgiro": G(lambda f: f.pick(["5050-1055", "5402-9681", "902-0033"])),
        "clearing_number": G(lambda f: f.pick(["8327-9", "6000", "3300", "5000", "9150"])),
        "account_number": RED(lambda f: f.digits(f.pick([9, 10, 7])), "bank account"),
        "bank_name": G(lambda f: f.pick(["Swedbank", "Handelsbanken", "Nordea", "SEB", "Länsförsäkringar"])),
        "account_holder_personnummer": RED(lambda f: f.personnummer(twelve=False), "national id"),
        "ocr_reference": G(lambda f: f.luhn_complete(f.digits(f.pick([9, 11, 13])))),
        "status": G(lambda f: f.pick(["pending", "approved", "rejected"])),
    },
    ["SE"],
)

ev(
    "track",
    "Débito Automático Adherido",
    ["node"],
    {
        "cbu": RED(lambda f: f.cbu(), "bank account"),
        "alias_cbu": RED(
            lambda f: ".".join(
                f.pick(["casa", "perro", "luna", "rio", "mate", "sol", "tango", "piedra"]) for _ in range(3)
            ),
            "bank account",
        ),
        "banco": G(
            lambda f: f.pick(["Banco Nación", "Banco Galicia", "Banco Provincia", "Santander", "BBVA"])
        ),
        "titular": Y(lambda f: f.my_name(), "name"),
        "cuil_titular": RED(lambda f: f.cuil(), "national id"),
        "monto": amount(2, 8),
        "dia_debito": G(lambda f: f.pick([1, 5, 10, 15])),
        "estado": G(lambda f: f.pick(["activo", "pendiente", "rechazado"])),
    },
    ["AR"],
)

ev(
    "track",
    "Dues Payment Completed",
    ["go"],
    {
        "data": {
            "id": G(lambda f: "pay_" + f.hexid(24)),
            "type": G(lambda f: "payment"),
            "attributes": {
                "amount": G(lambda f: f.r.randrange(15000, 60000, 100)),
                "currency": G(lambda f: "PHP"),
                "description": G(
                    lambda f: f.pick(["Union dues Q2", "Monthly dues", "Strike fund contribution"])
                ),
                "fee": G(lambda f: f.r.randint(200, 1500)),
                "status": G(lambda f: f.pick(["paid", "failed"])),
                "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
                "billing": {
                    "name": Y(lambda f: f.my_name(), "name"),
                    "email": Y(lambda f: f.my_mail(), "email"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                },
                "source": {
                    "type": G(lambda f: f.pick(["gcash", "paymaya", "card"])),
                    "id": G(lambda f: "src_" + f.hexid(24)),
                },
                "paid_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            },
        },
    },
    ["PH"],
)

ev(
    "track",
    "Dues Invoice Paid",
    ["go", "python"],
    {
        "invoice_number": G(lambda f: "SOL-" + f.digits(7)),
        "member_id": G(lambda f: f.member_no()),
        "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        "amount": amount(10, 60),
        "currency": currency(),
        "method": G(lambda f: f.pick(["payroll", "autogiro", "card", "debito_automatico", "gcash"])),
        "paid_at": ts(),
        "late_fee": amount(0, 3),
        "arrears_months": G(lambda f: f.r.randint(0, 6)),
        "receipt_email": Y(lambda f: f.my_mail(), "email"),
        "receipt_sha256": G(lambda f: f.sha256()),
    },
)

ev(
    "track",
    "Arrears Reminder Sent",
    ["python"],
    {
        "member_id": G(lambda f: f.member_no()),
        "months_in_arrears": G(lambda f: f.r.randint(1, 6)),
        "amount_due": amount(10, 200),
        "channel": G(lambda f: "email"),
        "recipient": Y(lambda f: f.my_mail(), "email", True),
        "template": G(lambda f: f.pick(["arrears_1", "arrears_2", "final_notice"])),
        "sender": G(
            lambda f: f.pick(
                [
                    "no-reply@solidar.example.org",
                    "medlemsservice@solidar.example.org",
                    "cuotas@solidar.example.org",
                ]
            )
        ),
    },
)

ev(
    "track",
    "Wage Calculator Used",
    ["web"],
    {
        "agreement": G(lambda f: f.pick(["Teknikavtalet", "CCT 130/75", "CBA 2023-2026", "HÖK 21"])),
        "hourly_wage": Y(lambda f: round(f.salary() / 165, 2), "salary"),
        "hours_per_week": G(lambda f: f.pick([40, 38.25, 36, 48, 30])),
        "shift_supplement_pct": G(lambda f: f.pick([0, 15, 25, 50])),
        "years_experience": G(lambda f: f.r.randint(0, 35)),
        "estimated_monthly_pay": Y(lambda f: f.salary(), "salary"),
        "below_minimum": G(lambda f: f.pick([True, False])),
    },
)

# stewards, meetings
ev(
    "track",
    "Steward Contacted",
    ["rn", "flutter", "swift"],
    {
        "steward_id": G(lambda f: f.uuid()),
        "steward_name": Y(lambda f: f.person(), "name"),
        "steward_phone": Y(lambda f: f.tel(), "phone"),
        "workplace_id": G(lambda f: "wp_" + f.digits(5)),
        "channel": G(lambda f: f.pick(["call", "whatsapp", "sms", "in_app"])),
        "topic": G(lambda f: f.pick(["pay", "schedule", "safety", "discipline", "leave"])),
        "response_time_minutes": G(lambda f: f.r.randint(1, 600)),
    },
)

ev(
    "track",
    "Branch Meeting RSVP",
    ["web", "rn", "kotlin"],
    {
        "meeting_id": G(lambda f: f.uuid()),
        "meeting_title": G(
            lambda f: f.pick(
                [
                    "Årsmöte 2024",
                    "Asamblea general de delegados",
                    "General Membership Meeting",
                    "Klubbmöte \u2013 löneförhandling",
                    "Reunión de comisión interna",
                ]
            )
        ),
        "branch_name": G(lambda f: f.local(BRANCHES)),
        "venue_name": G(lambda f: f.pick(["Folkets Hus", "Sede Seccional", "Union Hall", "ABF-huset"])),
        "venue_address": G(
            lambda f: f.pick(
                [
                    "Barnhusgatan 12, Stockholm",
                    "Av. Vélez Sarsfield 1440, Córdoba",
                    "41 Timog Ave., Quezon City",
                    "Järntorget 4, Göteborg",
                ]
            )
        ),
        "starts_at": ts(),
        "rsvp": G(lambda f: f.pick(["yes", "no", "maybe"])),
        "guests": G(lambda f: f.r.randint(0, 2)),
        "dietary_requirements": Y(
            lambda f: f.pick(["none", "vegetarian", "halal", "kosher", "gluten-free", "vegan"]),
            "religion|allergy",
        ),
        "accessibility_needs": RED(
            lambda f: f.pick(["none", "wheelchair access", "hearing loop", "sign language interpreter"]),
            "disability",
        ),
        "childcare_needed": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Strike Ballot Opened",
    ["python", "java"],
    {
        "ballot_id": G(lambda f: "BAL-" + f.digits(5)),
        "dispute_id": G(lambda f: "DSP-" + f.digits(4)),
        "question": G(
            lambda f: f.pick(
                [
                    "Do you support strike action at your workplace?",
                    "¿Apoyás el paro por tiempo indeterminado?",
                    "Stöder du varsel om strejk från 1 juni?",
                ]
            )
        ),
        "eligible_voters": G(lambda f: f.r.randint(40, 12000)),
        "opens_at": ts(),
        "closes_at": ts(),
        "threshold_pct": G(lambda f: f.pick([50, 66, 40])),
        "secret_ballot": G(lambda f: True),
    },
)

ev(
    "track",
    "Ballot Vote Cast",
    ["kotlin", "flutter", "swift", "web"],
    {
        "ballot_id": G(lambda f: "BAL-" + f.digits(5)),
        "vote": Y(lambda f: f.pick(["yes", "no", "abstain"]), "political opinion"),
        "receipt_hash": G(lambda f: f.sha256()),
        "verification_method": G(lambda f: f.pick(["bankid", "sms_otp", "pin", "philsys_face"])),
        "is_proxy_vote": G(lambda f: f.pick([True, False, False])),
        "voted_at": ts(),
        "seconds_on_ballot": G(lambda f: f.r.randint(5, 600)),
    },
)

ev(
    "track",
    "Strike Pay Claimed",
    ["java"],
    {
        "claim_id": G(lambda f: "SPC-" + f.digits(7)),
        "member_number": G(lambda f: f.member_no()),
        "dispute_id": G(lambda f: "DSP-" + f.digits(4)),
        "strike_days": G(lambda f: f.r.randint(1, 20)),
        "daily_rate": amount(40, 120),
        "amount": amount(40, 2400),
        "payout_method": G(lambda f: f.pick(["bank_transfer", "gcash", "cbu"])),
        "bank_account": RED(lambda f: f.bank_account(), "bank account"),
        "account_holder": Y(lambda f: f.my_name(), "name"),
        "dependants_count": G(lambda f: f.r.randint(0, 4)),
        "approved": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Picket Check In",
    ["kotlin", "rn"],
    {
        "picket_id": G(lambda f: f.uuid()),
        "site_name": G(lambda f: f.local(WORKPLACES)),
        "site_city": G(lambda f: f.city_name()),
        "lat": Y(lambda f: round(f.r.uniform(-38, 66), 6), "geolocation"),
        "lng": Y(lambda f: round(f.r.uniform(-68, 125), 6), "geolocation"),
        "accuracy_m": G(lambda f: f.r.randint(3, 80)),
        "shift": G(lambda f: f.pick(["06-10", "10-14", "14-18", "night"])),
        "checked_in_at": G(lambda f: f.epoch_ms()),
    },
)

# casework
ev(
    "track",
    "Grievance Case Opened",
    ["web", "node"],
    {
        "case_id": G(lambda f: "GR-2024-" + f.digits(5)),
        "case_type": G(
            lambda f: f.pick(
                ["unfair_dismissal", "wage_theft", "harassment", "scheduling", "health_and_safety"]
            )
        ),
        "member_id": G(lambda f: f.member_no()),
        "workplace_id": G(lambda f: "wp_" + f.digits(5)),
        "member_phone": Y(lambda f: f.tel(), "phone"),
        "respondent_manager_name": Y(lambda f: f.person(), "name"),
        "respondent_manager_email": Y(lambda f: f.work_mail(), "email"),
        "incident_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        "description": Y(grievance_text, "name", True),
        "witnesses": Many(
            {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "is_member": Y(lambda f: f.pick([True, False]), "trade union"),
            },
            3,
        ),
        "witness_count": G(lambda f: f.r.randint(0, 5)),
        "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
        "assigned_rep_id": G(lambda f: f.uuid()),
        "assigned_rep_email": Y(
            lambda f: fold(f.first_name()) + "." + fold(f.last_name()) + "@solidar.example.org", "email"
        ),
        "deadline_days": G(lambda f: f.pick([14, 30, 60])),
    },
)

ev(
    "track",
    "Disciplinary Hearing Scheduled",
    ["python"],
    {
        "case_id": G(lambda f: "DC-2024-" + f.digits(5)),
        "hearing_at": ts(),
        "hearing_location": G(lambda f: f.local(WORKPLACES)),
        "allegation_category": G(lambda f: f.pick(["absence", "misconduct", "performance", "safety_breach"])),
        "employer_rep_name": Y(lambda f: f.person(), "name"),
        "member_rep_name": Y(lambda f: f.person(), "name"),
        "rep_notes": Y(rep_note, "name", True),
        "medical_condition": Y(
            lambda f: f.pick(["back injury", "depression", "long covid", "pregnancy", "migraine", "none"]),
            "condition|diagnosis",
        ),
        "warnings_on_file": G(lambda f: f.r.randint(0, 3)),
        "outcome": G(lambda f: f.pick(["pending", "no_action", "written_warning", "dismissal"])),
    },
)

ev(
    "track",
    "Case Note Added",
    ["web"],
    {
        "note_id": G(lambda f: f.uuid()),
        "case_id": G(lambda f: f.pick(["GR-2024-", "DC-2024-"]) + f.digits(5)),
        "author_role": G(lambda f: f.pick(["steward", "organiser", "legal_officer"])),
        "body": Y(rep_note, "name", True),
        "visibility": G(lambda f: f.pick(["internal", "shared_with_member", "legal_only"])),
        "word_count": G(lambda f: f.r.randint(8, 400)),
        "attachments": Many(
            {
                "file_name": G(
                    lambda f: f.pick(
                        [
                            "lonespecifikation_mars.pdf",
                            "recibo_sueldo_abril.pdf",
                            "payslip_2024_05.pdf",
                            "incident_photo_1.jpg",
                            "rota_week_12.xlsx",
                        ]
                    )
                ),
                "mime_type": G(
                    lambda f: f.pick(["application/pdf", "image/jpeg", "application/vnd.ms-excel"])
                ),
                "size_bytes": G(lambda f: f.r.randint(20_000, 4_000_000)),
            },
            2,
        ),
    },
)

ev(
    "track",
    "Member Searched",
    ["web"],
    {
        "q": Y(lambda f: f.pick([f.person(), f.last_name(), f.person().lower()]), "name", True),
        "results_count": G(lambda f: f.r.randint(0, 25)),
        "filters": {
            "workplace_id": G(lambda f: "wp_" + f.digits(5)),
            "status": G(lambda f: f.pick(["active", "in_arrears", "any"])),
        },
        "search_ms": G(lambda f: f.r.randint(20, 900)),
    },
)

ev(
    "track",
    "Member Lookup",
    ["web"],
    {
        "lookup_type": G(lambda f: {"SE": "personnummer", "AR": "cuil", "PH": "philsys"}[f.cc]),
        "input": RED(
            lambda f: {"SE": f.personnummer, "AR": f.cuil, "PH": f.philsys}[f.cc](), "national id", True
        ),
        "found": G(lambda f: f.pick([True, False])),
        "steward_id": G(lambda f: f.uuid()),
    },
)

ev(
    "track",
    "Legal Aid Referral Created",
    ["python", "ruby"],
    {
        "referral_id": G(lambda f: f.uuid()),
        "case_id": G(lambda f: "GR-2024-" + f.digits(5)),
        "law_firm": G(
            lambda f: f.pick(
                [
                    "Advokatfirman Lindahl",
                    "Estudio Jurídico Ferreyra & Asoc.",
                    "Saligan Legal Center",
                    "LO-TCO Rättsskydd",
                ]
            )
        ),
        "law_firm_phone": G(
            lambda f: f.pick(["+46 8 796 25 00", "+54 11 4371-2200", "+63 2 8926 5711", "+46 8 677 30 00"])
        ),
        "lawyer_name": Y(lambda f: f.person(), "name"),
        "lawyer_email": Y(
            lambda f: (
                fold(f.first_name())[0]
                + fold(f.last_name())
                + "@"
                + f.pick(["lindahl.example.se", "ferreyra.example.com.ar", "saligan.example.ph"])
            ),
            "email",
        ),
        "client_name": Y(lambda f: f.my_name(), "name"),
        "client_phone": Y(lambda f: f.tel(), "phone"),
        "client_address": Y(lambda f: f.full_address(), "address"),
        "matter_type": G(lambda f: f.pick(["labour_court", "despido", "illegal_dismissal", "unpaid_wages"])),
        "right_to_work_status": RED(
            lambda f: f.pick(
                ["citizen", "EU citizen", "work permit", "permanent residence", "permit pending", "precaria"]
            ),
            "visa",
        ),
        "estimated_hours": G(lambda f: f.r.randint(2, 80)),
        "legal_aid_approved": G(lambda f: f.pick([True, False])),
        "conflict_check_passed": G(lambda f: True),
    },
)

ev(
    "track",
    "Safety Incident Reported",
    ["rn", "kotlin", "flutter"],
    {
        "incident_id": G(lambda f: f.uuid()),
        "incident_type": G(
            lambda f: f.pick(["near_miss", "injury", "chemical_exposure", "heat_stress", "violence"])
        ),
        "severity": G(lambda f: f.r.randint(1, 5)),
        "location_in_site": G(
            lambda f: f.pick(
                ["Hall 3, line B", "Loading dock", "Ward 4 corridor", "Floor 9 pantry", "Planta 2"]
            )
        ),
        "injured_person_name": Y(lambda f: f.person(), "name"),
        "injury_description": Y(
            lambda f: f.pick(
                [
                    "fractured wrist",
                    "chemical burn to left hand",
                    "lower back strain",
                    "heat exhaustion",
                    "laceración en antebrazo",
                    "concussion",
                ]
            ),
            "condition|diagnosis",
        ),
        "reported_anonymously": G(lambda f: f.pick([True, False])),
        "photo_count": G(lambda f: f.r.randint(0, 4)),
        "reported_to_employer": G(lambda f: f.pick([True, False])),
    },
)

# benefits, insurance
ev(
    "track",
    "Insurance Enrollment Completed",
    ["web", "swift"],
    {
        "plan_name": G(
            lambda f: f.pick(
                [
                    "Inkomstförsäkring Plus",
                    "Seguro de Vida Colectivo",
                    "Group Accident Cover",
                    "Olycksfall Bas",
                ]
            )
        ),
        "insurer": G(lambda f: f.pick(["Folksam", "La Segunda", "Sun Life Grepa", "Länsförsäkringar"])),
        "policy_number": Y(lambda f: f.pick(["FS", "LS", "SLG"]) + f.digits(9), "identification"),
        "coverage_amount": G(lambda f: f.r.randrange(100000, 2000000, 50000)),
        "premium_monthly": amount(5, 40),
        "beneficiaries": Many(
            {
                "name": Y(lambda f: f.person(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "partner", "sibling"])),
                "birth_date": Y(lambda f: f.birth(), "birthdate"),
                "share_pct": G(lambda f: f.pick([100, 50, 25, 33])),
            },
            3,
        ),
        "smoker": Y(lambda f: f.pick([True, False]), "condition"),
        "pre_existing_conditions": Many(
            Y(lambda f: f.pick(["hypertension", "type 2 diabetes", "asthma", "none"]), "condition"), 2
        ),
        "effective_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-01"),
    },
)

ev(
    "track",
    "Benefit Claim Submitted",
    ["java", "python"],
    {
        "claim_number": G(lambda f: "CLM-" + f.digits(8)),
        "benefit_type": G(
            lambda f: f.pick(["dental", "funeral_grant", "income_protection", "legal_expenses", "eyewear"])
        ),
        "insurer_member_id": Y(lambda f: f.pick(["FS", "LS", "SLG"]) + "-" + f.digits(8), "identification"),
        "amount_claimed": amount(20, 900),
        "currency": currency(),
        "diagnosis_code": Y(
            lambda f: f.pick(["M54.5", "F32.1", "O80", "J18.9", "S62.5", "U09.9"]), "diagnosis"
        ),
        "patient_number": Opt(RED(lambda f: f.pick(["PGH-", "HI-", "SLMC"]) + f.digits(8), "health id"), 0.6),
        "rx_number": Opt(Y(lambda f: "RX" + f.digits(7), "medication"), 0.5),
        "medication": Y(
            lambda f: f.pick(
                [
                    "sertraline 50 mg",
                    "ibuprofeno 600",
                    "amlodipine 5 mg",
                    "metformin 500 mg",
                    "Alvedon 500 mg",
                ]
            ),
            "medication",
        ),
        "treating_doctor": Y(lambda f: "Dr. " + f.person(), "name"),
        "clinic_name": G(
            lambda f: f.pick(
                ["Vårdcentralen Tensta", "Sanatorio Allende", "St. Luke's Medical Center", "Capio Göteborg"]
            )
        ),
        "days_off_work": G(lambda f: f.r.randint(0, 90)),
        "submitted_via": G(lambda f: f.pick(["app", "web", "branch_office"])),
    },
)

ev(
    "track",
    "Dependant Added",
    ["web", "flutter"],
    {
        "dependant": {
            "first_name": Y(lambda f: f.first_name(), "name"),
            "birth_date": Y(lambda f: f.birth(), "birthdate"),
            "relationship": G(lambda f: f.pick(["child", "spouse", "parent", "domestic_partner"])),
            "national_id": RED(lambda f: f.national_id(), "national id"),
            "is_student": G(lambda f: f.pick([True, False])),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
        },
        "dependants_total": G(lambda f: f.r.randint(1, 5)),
        "plan_name": G(
            lambda f: f.pick(
                [
                    "Inkomstförsäkring Plus",
                    "Seguro de Vida Colectivo",
                    "Group Accident Cover",
                    "Olycksfall Bas",
                ]
            )
        ),
    },
)

ev(
    "track",
    "Pet Insurance Quote Requested",
    ["web", "swift"],
    {
        "pet_name": G(lambda f: f.pick(["Luna", "Max", "Sixten", "Bolt", "Choco", "Mingming", "Pochola"])),
        "pet_species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
        "pet_breed": G(
            lambda f: f.pick(["Labrador", "Aspin", "Puspin", "Golden Retriever", "Mestizo", "Norsk skogkatt"])
        ),
        "pet_age_years": G(lambda f: f.r.randint(0, 14)),
        "pet_microchip": G(lambda f: f.pick(["752", "032", "608"]) + f.digits(12)),
        "owner_postcode": Y(lambda f: f.postcode(), "zipcode"),
        "quote_amount": amount(5, 40),
        "member_discount_pct": G(lambda f: f.pick([10, 15, 20])),
    },
)

ev(
    "track",
    "Emergency Contacts Updated",
    ["swift", "kotlin", "rn"],
    {
        "contacts": Many(
            {
                "label": Y(lambda f: f.person(), "name", True),
                "relationship": G(lambda f: f.pick(["mamá", "spouse", "sambo", "kapatid", "friend"])),
                "value": Y(lambda f: f.tel(), "phone", True),
                "primary": G(lambda f: f.pick([True, False])),
            },
            2,
        ),
        "contacts_count": G(lambda f: f.r.randint(1, 3)),
    },
)

ev(
    "track",
    "Form Field Completed",
    ["web"],
    {
        "form_id": G(lambda f: f.pick(["join", "update_contact", "afiliacion", "sumali"])),
        "field": G(lambda f: f.pick(["mobile", "telefono_celular", "cellphone_number", "work_phone"])),
        "value": Y(lambda f: f.tel(), "phone", True),
        "duration_ms": G(lambda f: f.r.randint(300, 15000)),
        "autofilled": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Employment Details Updated",
    ["web", "rn"],
    {
        "employer": G(lambda f: f.local(EMPLOYERS)),
        "job_title": G(lambda f: f.local(JOB_TITLES)),
        "work_email": Y(lambda f: f.work_mail(), "email"),
        "work_phone": Y(lambda f: f.tel(), "phone"),
        "workplace_phone": G(
            lambda f: {"SE": "+46 31 59 00 00", "AR": "+54 351 496 0000", "PH": "+63 2 8888 0000"}[f.cc]
        ),
        "manager_name": Y(lambda f: f.person(), "name"),
        "hourly_rate": Y(lambda f: round(f.salary() / 170, 2), "salary"),
        "salary_band": Y(
            lambda f: f.pick(
                ["25 000\u201329 999 SEK", "30 000\u201334 999 SEK", "ARS 800k\u20131.2M", "PHP 20k\u201330k"]
            ),
            "salary",
        ),
        "weekly_hours": G(lambda f: f.pick([40, 38.25, 35, 48, 20])),
        "shift_pattern": G(lambda f: f.pick(["days", "nights", "rotating", "4on4off"])),
        "contract_end_date": Opt(G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"), 0.5),
        "union_rep_at_workplace": G(lambda f: f.pick([True, False])),
    },
)

# communication vendors
ev(
    "track",
    "SMS Status Callback",
    ["node"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
        "From": G(lambda f: f.pick(["+46766865000", "SOLIDAR", "+5491150391000", "29290"])),
        "To": Y(lambda f: f.e164(), "phone", True),
        "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
        "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
        "ApiVersion": G(lambda f: "2010-04-01"),
        "NumSegments": G(lambda f: f.pick(["1", "2", "3"])),
    },
)

ev(
    "track",
    "Email Event",
    ["node"],
    {
        "email": Y(lambda f: f.my_mail(), "email"),
        "event_type": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
        "sg_event_id": G(lambda f: f.hexid(22)),
        "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(6) + "-1-" + f.digits(8) + "-0"),
        "smtp-id": G(lambda f: "<" + f.hexid(20) + "@solidar.example.org>"),
        "category": Many(G(lambda f: f.pick(["dues", "ballot", "newsletter", "casework"])), 2),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "useragent": G(lambda f: f.pick(UAS)),
        "url": G(lambda f: SITE + f.pick(["/ballots/BAL-2041", "/se/avgift", "/ar/afiliate", "/ph/dues"])),
        "asm_group_id": G(lambda f: f.pick([14021, 14022, 15990])),
    },
)

ev(
    "track",
    "Steward Chat Message Sent",
    ["swift", "kotlin", "flutter"],
    {
        "conversation_id": G(lambda f: f.uuid()),
        "text": Y(chat_text, "phone", True),
        "author_type": G(lambda f: "member"),
        "message_length": G(lambda f: f.r.randint(10, 120)),
        "has_attachment": G(lambda f: f.pick([True, False])),
    },
)

ev(
    "track",
    "Support Ticket Created",
    ["python"],
    {
        "ticket": {
            "id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Dues charged twice", "Cannot log in", "Cambio de empleador", "Wrong branch on my card"]
                )
            ),
            "status": G(lambda f: f.pick(["new", "open", "pending"])),
            "via": {"channel": G(lambda f: f.pick(["web", "email", "whatsapp"]))},
            "tags": Many(
                G(lambda f: f.pick(["dues", "login", "employer_change", "vip", "se", "ar", "ph"])), 3
            ),
            "requester": {
                "name": Y(lambda f: f.my_name(), "name"),
                "email": Y(lambda f: f.my_mail(), "email"),
            },
            "organization_id": G(lambda f: f.r.randint(10**10, 10**11)),
            "group_name": G(lambda f: f.pick(["Medlemsservice", "Atención al afiliado", "Member Care PH"])),
        },
    },
)

ev(
    "track",
    "Survey Response Submitted",
    ["node"],
    {
        "event_id": G(lambda f: f.hexid(26).upper()),
        "event_type": G(lambda f: "form_response"),
        "form_response": {
            "form_id": G(lambda f: f.pick(["kJx8Qz", "Tp0a9L", "R4mNv2"])),
            "token": G(lambda f: f.hexid(32)),
            "landed_at": ts(),
            "submitted_at": ts(),
            "hidden": {
                "member_number": G(lambda f: f.member_no()),
                "utm_source": G(lambda f: f.pick(["sms", "app", "email"])),
            },
            "answers": Seq(
                {
                    "type": G(lambda f: "text"),
                    "text": G(
                        lambda f: f.pick(
                            [
                                "Understaffing on night shifts",
                                "Wages not keeping up with prices",
                                "Falta de elementos de seguridad",
                                "Ingen vet vem som är skyddsombud",
                                "Walang overtime pay tuwing holiday",
                            ]
                        )
                    ),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "long_text"),
                        "ref": G(lambda f: "biggest_issue"),
                    },
                },
                {
                    "type": G(lambda f: "email"),
                    "email": Y(lambda f: f.my_mail(), "email"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "email"),
                        "ref": G(lambda f: "contact_email"),
                    },
                },
                {
                    "type": G(lambda f: "phone_number"),
                    "phone_number": Y(lambda f: f.e164(), "phone"),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "phone_number"),
                        "ref": G(lambda f: "contact_phone"),
                    },
                },
                {
                    "type": G(lambda f: "choice"),
                    "choice": {
                        "label": Y(
                            lambda f: f.pick(
                                {
                                    "SE": [
                                        "Socialdemokraterna",
                                        "Vänsterpartiet",
                                        "Moderaterna",
                                        "Sverigedemokraterna",
                                        "Centerpartiet",
                                    ],
                                    "AR": [
                                        "Unión por la Patria",
                                        "La Libertad Avanza",
                                        "Juntos por el Cambio",
                                        "FIT-U",
                                        "Hacemos",
                                    ],
                                    "PH": ["Akbayan", "Kabataan", "Makabayan", "Independent", "Bayan Muna"],
                                }[f.cc]
                            ),
                            "political opinion",
                            True,
                        )
                    },
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "multiple_choice"),
                        "ref": G(lambda f: "party_preference"),
                    },
                },
                {
                    "type": G(lambda f: "number"),
                    "number": G(lambda f: f.r.randint(0, 30)),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "number"),
                        "ref": G(lambda f: "years_at_workplace"),
                    },
                },
                {
                    "type": G(lambda f: "boolean"),
                    "boolean": G(lambda f: f.pick([True, False])),
                    "field": {
                        "id": G(lambda f: f.hexid(12)),
                        "type": G(lambda f: "yes_no"),
                        "ref": G(lambda f: "works_night_shifts"),
                    },
                },
                k=(3, 6),
            ),
        },
    },
)

ev(
    "track",
    "consent-recorded",
    ["node"],
    {
        "consent-id": G(lambda f: f.uuid()),
        "member-email": Y(lambda f: f.my_mail(), "email"),
        "consent-type": G(
            lambda f: f.pick(
                ["privacy-policy", "marketing-sms", "data-sharing-insurer", "employer-check-off"]
            )
        ),
        "granted": G(lambda f: f.pick([True, False])),
        "ip-address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "user-agent": G(lambda f: f.pick(UAS)),
        "policy-version": G(lambda f: f.pick(["3.1", "3.2", "4.0"])),
        "recorded-at": G(lambda f: f.epoch_ms()),
    },
)

# events, petitions, donations, referrals
ev(
    "track",
    "Event Registered",
    ["web", "flutter"],
    {
        "event_id": G(lambda f: f.uuid()),
        "event_name": G(
            lambda f: f.pick(
                ["Första maj 2024", "Escuela de Delegados", "Labor Day Rally Manila", "Stewards' Weekend"]
            )
        ),
        "event_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        "venue": G(lambda f: f.pick(["Folkets Hus", "Sede Seccional", "Union Hall", "ABF-huset"])),
        "ticket_type": G(lambda f: f.pick(["member", "guest", "volunteer"])),
        "attendee": {
            "first_name": my_first(),
            "last_name": my_last(),
            "email": Y(lambda f: f.my_mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
        "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
        "emergency_contact": {
            "name": Y(lambda f: f.person(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
    },
)

ev(
    "track",
    "Petition Signed",
    ["web"],
    {
        "petition_id": G(lambda f: f.r.randint(100, 999)),
        "petition_slug": G(
            lambda f: f.pick(
                ["stop-pension-cuts", "no-a-la-reforma-laboral", "end-endo", "bemanning-i-varden"]
            )
        ),
        "petition_title": G(
            lambda f: f.pick(
                [
                    "Stop the pension cuts",
                    "No a la reforma laboral",
                    "End ENDO contractualisation",
                    "Bemanning i vården nu",
                ]
            )
        ),
        "signer_name": Y(lambda f: f.my_name(), "name"),
        "signer_email": Y(lambda f: f.my_mail(), "email"),
        "signer_postcode": Y(lambda f: f.postcode(), "zipcode"),
        "signer_city": Y(lambda f: f.city_name(), "city"),
        "public_signature": G(lambda f: f.pick([True, False])),
        "signatures_count": G(lambda f: f.r.randint(100, 250000)),
        "share_channel": G(lambda f: f.pick(["whatsapp", "facebook", "x", "none"])),
    },
)

ev(
    "track",
    "Donation Completed",
    ["web", "php"],
    {
        "donation_id": G(lambda f: f.uuid()),
        "fund_name": G(lambda f: f.pick(["Strejkkassan", "Fondo de Huelga", "Strike Solidarity Fund"])),
        "amount": amount(5, 200),
        "currency": currency(),
        "recurring": G(lambda f: f.pick([True, False])),
        "donor_name": Y(lambda f: f.my_name(), "name"),
        "donor_email": Y(lambda f: f.my_mail(), "email"),
        "anonymous": G(lambda f: f.pick([True, False])),
        "dedication": Y(dedication, "name", True),
        "gift_aid": G(lambda f: False),
    },
)

ev(
    "track",
    "Colleague Invited",
    ["rn", "flutter", "web"],
    {
        "referee_name": Y(lambda f: f.person(), "name"),
        "referee_phone": Y(lambda f: f.tel(), "phone"),
        "referee_workplace": G(lambda f: f.local(WORKPLACES)),
        "channel": G(lambda f: f.pick(["whatsapp", "sms", "email", "qr"])),
        "referral_code": G(lambda f: "REF-" + f.hexid(6).upper()),
        "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
    },
)

ev(
    "track",
    "Course Enrolled",
    ["web", "kotlin"],
    {
        "course_id": G(lambda f: "C" + f.digits(4)),
        "course_name": G(
            lambda f: f.pick(
                [
                    "Skyddsombud grundkurs",
                    "Negociación colectiva I",
                    "Basic Trade Union Course",
                    "Arbetsrätt för förtroendevalda",
                ]
            )
        ),
        "start_date": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        "format": G(lambda f: f.pick(["online", "in_person", "hybrid"])),
        "paid_leave_requested": G(lambda f: f.pick([True, False])),
        "seats_left": G(lambda f: f.r.randint(0, 30)),
    },
)

# union shop (e-commerce spec)


def shop_product() -> dict:
    return {
        "product_id": G(lambda f: f.hexid(12)),
        "sku": G(
            lambda f: (
                f.pick(["TSH", "CAP", "MUG", "FLG", "BAG"])
                + "-"
                + f.digits(4)
                + "-"
                + f.pick(["RED", "BLK", "M", "L"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Strejkvakt T-shirt",
                    "Gorra Unidad",
                    "Solidarity Mug",
                    "Union Flag 90x150",
                    "Tote Bag Kasama",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["apparel", "accessories", "banners"])),
        "brand": G(lambda f: "Solidar"),
        "variant": G(lambda f: f.pick(["S", "M", "L", "red", "black"])),
        "price": amount(3, 30),
        "quantity": G(lambda f: f.r.randint(1, 5)),
    }


ev(
    "track",
    "Products Searched",
    ["web", "rn"],
    {"query": G(lambda f: f.pick(["tröja", "gorra", "mug", "flagga", "tote bag", "remera"]))},
)
ev("track", "Product Added", ["web", "rn", "swift"], {"cart_id": G(lambda f: f.uuid()), **shop_product()})
ev(
    "track",
    "Order Completed",
    ["web", "swift", "kotlin"],
    {
        "order_id": G(lambda f: "SHOP-" + f.digits(6)),
        "total": amount(5, 120),
        "shipping": amount(0, 8),
        "tax": amount(0, 20),
        "coupon": G(lambda f: f.pick(["", "MAYDAY24", "MEMBER10", "DELEGADOS"])),
        "currency": currency(),
        "products": Many(shop_product(), 3),
        "shipping_address": {
            "name": Y(lambda f: f.my_name(), "name"),
            "line1": Y(lambda f: f.street_addr(), "address|street"),
            "city": Y(lambda f: f.city_name(), "city"),
            "postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "country": G(lambda f: f.cc),
        },
        "payment_method": G(lambda f: f.pick(["card", "swish", "mercadopago", "gcash"])),
    },
)

# page and screen calls
ev(
    "page",
    "page",
    ["web"],
    {
        "path": G(lambda f: f.local(PAGES)[0]),
        "url": G(lambda f: SITE + f.local(PAGES)[0]),
        "title": G(lambda f: f.local(PAGES)[1]),
        "referrer": G(
            lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/", SITE + "/"])
        ),
        "search": G(lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=sms", "?step=2"])),
        "name": G(lambda f: f.pick(["Join", "Dues", "Cases", "Account", "Ballot"])),
        "category": G(lambda f: f.pick(["Membership", "Casework", "Voting"])),
    },
)
ev(
    "screen",
    "screen",
    MOBILE,
    {
        "section": G(lambda f: f.pick(["home", "cases", "dues", "ballot", "benefits", "events"])),
        "from_push": G(lambda f: f.pick([True, False])),
        "case_id": Opt(G(lambda f: "GR-2024-" + f.digits(5)), 0.4),
    },
)
ev(
    "track",
    "Push Notification Opened",
    ["swift", "kotlin", "flutter"],
    {
        "campaign_id": G(lambda f: f.r.randint(1000, 9999)),
        "message_id": G(lambda f: f.uuid()),
        "title": G(
            lambda f: f.pick(["Röstningen har öppnat", "Nueva asamblea", "Your dues receipt", "Case update"])
        ),
        "deep_link": G(lambda f: f.pick(["solidar://ballots/BAL-2041", "solidar://cases", "solidar://dues"])),
    },
)
ev("alias", None, ANY_CLIENT, {})

SCREEN_NAMES = ["Home", "Case Detail", "Ballot", "Dues", "Benefits", "Events", "Chat"]
PAGE_NAMES = ["Join", "Dues", "Cases", "Account", "Ballot"]


def build(seed: int, repeats: int):
    f = UF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, countries in EVENTS:
            f.new_message(f.pick(countries or ["SE", "AR", "PH"]))
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_" + f.hexid(12), f.digits(8)]),
            }
            if kind == "track":
                msg["event"] = name
            elif kind == "page":
                msg["name"] = f.pick(PAGE_NAMES)
            elif kind == "screen":
                msg["name"] = f.pick(SCREEN_NAMES)
            elif kind == "group":
                msg["groupId"] = "wp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=267, repeats=36)
    write(Path(__file__).parent, "holdout267_", events, labels)
