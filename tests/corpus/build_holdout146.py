"""Writes holdout146: tests/corpus/holdout146_events.jsonl and holdout146_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (format
only), without reading the detection engine, its vocabularies, its tests, the other corpora's
labels or their builders, and without running the engine on these events. It has not been scored
by its author.

Domain: a payroll, HR and benefits SaaS for employers (Gusto/Deel-like) in the United States,
Brazil and the Philippines. Covers employer sign-up and admin identify/group calls; employee
onboarding with tax forms and ids (W-4, I-9, SSN, CPF, RG, PIS, CTPS, TIN, SSS, PhilHealth,
Pag-IBIG); payroll bank details (US ABA/account, Brazilian banco/agência/conta/PIX, Philippine
banks and e-wallets, IBANs for contractors abroad); benefits enrolment with dependants,
beneficiaries, insurance cards, FSA claims and pet insurance; time off and sick leave with
reasons, accommodations and voluntary EEO self-identification; contractor onboarding, invoices and
payments; payslips (US, holerite, BIR 2316), W-2/1099 forms; sign-in, one-time codes, magic links;
support, search and form telemetry; vendor-shaped payloads (Plaid Link, Stripe invoice, Twilio SMS
status callback, DocuSign envelope, Persona inquiry, a warehouse reverse-ETL sync); page, screen,
group and alias calls. Contexts from analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python/node/go/java/ruby/php/.NET server
libraries (context.ip, context.traits, device, app, library, locale, userAgent, campaign,
externalIds, consent).

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET), kebab-case, SCREAMING
SNAKE (warehouse sync), Brazilian Portuguese keys (nome_completo, celular, cep, conta, chave_pix,
holerite, salario_bruto ...) and some Tagalog keys (pangalan, apelyido, kaarawan, tirahan, kasarian,
katayuang_sibil ...). A path is dotted from the message root with `[]` for array elements; every
path's label is one of red / yellow / green, a type (the reference's default matcher name or
`bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`,
`credit card`, `token`, `a|b` when either is fair) and value_only.

Labelling rules (the brief's, followed exactly):
- PII = personal data about a natural person (user, employee, candidate, contractor, dependant,
  beneficiary, emergency contact, doctor, admin). Colour = the reference's default for the matcher;
  outside the reference: red for credentials/secrets/tokens, card numbers, bank accounts, national
  ids and health ids; yellow otherwise (geolocation, advertising id).
- Green: ids we issue (employee/payroll/invoice/claim/member-of-our-system numbers, UUIDs,
  Stripe/Plaid object ids other than payment-method and public tokens), versions, timestamps,
  amounts, enums, counters and booleans under PII-sounding keys, plan/product/company/pet names,
  places that are not the person's (office, clinic, transit agency), countries, states, locales,
  timezones, currencies, user agents, OS-issued device ids; card brand, last four, expiry; bank
  routing numbers, SWIFT/BIC, Brazilian bank codes and agência (branch) numbers, bank-account last
  four; a company's own EIN, CNPJ, employer TIN, address, phone and role mailboxes
  (payroll@, finance@ ...); job titles, departments, employers, marital / civil status / W-4 filing
  status, ages.
- Contested (product policy): insurer member ids -> yellow `identification`; rx numbers -> yellow
  `medication`; salary, hourly rate, gross and net pay, a person's income or bonus, final pay ->
  yellow `salary`; plates -> yellow `license`; gclid/fbclid/_fbp -> yellow `advertising id`;
  billing addresses -> yellow `address`; union membership -> yellow `trade union`; pm_ ids, one-time
  codes, magic-link and reset tokens, Plaid public tokens, push tokens -> red `token`; PhilHealth
  numbers -> red `health id`; SSN, ITIN, CPF, RG, PIS, CTPS, TIN, SSS, Pag-IBIG, A-numbers and
  identity-document numbers -> red `national id` (`passport` for passports, `social security
  number` for US SSNs and their last four); citizenship / work-authorisation status, its expiry and
  sponsorship answers -> red `visa`.
- Boolean or enum revealing a special category (disability self-id, veteran status, tobacco use,
  race/colour, accommodation type) is PII of that category in its matcher's colour.
- value_only is true when the key does not say what the value is (q, input, value, label, text,
  Body, personal_message, externalIds[].id ...); every value of a value_only PII path carries that
  PII (free text is built so that each value does); free text that never carries PII is green.
- Judgement calls (a careful privacy owner's): company-level aggregates (total payroll, taxes
  withheld, deductions, invoice and payment amounts) are green amounts while a person's own pay is
  yellow `salary`; an hour-clock punch's latitude/longitude is the employee's precise location
  (yellow `geolocation`); a Philippine e-wallet (GCash) number that receives salary is an account
  (red `bank account|phone`); a PIX key is red `bank account` whatever its form; a dependant's or
  doctor's name is a name; the user's IP-derived city in context.location is yellow `city`.
"""

import string
import unicodedata
from pathlib import Path
from types import SimpleNamespace

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places --------------------------------------------------------------------------

NAMES = {
    "us": (
        [
            "Emily",
            "Michael",
            "Jasmine",
            "DeShawn",
            "Tyler",
            "Aaliyah",
            "Connor",
            "Keisha",
            "Madison",
            "Wei",
            "Anjali",
            "Oluwaseun",
            "Dmitri",
            "Siobhan",
            "José",
            "Mai",
            "Hunter",
            "Leilani",
        ],
        [
            "Johnson",
            "Williams",
            "Brown",
            "Nguyen",
            "Rodriguez",
            "Kim",
            "Washington",
            "O'Neill",
            "Patel",
            "Okonkwo",
            "Kowalczyk",
            "Hernández",
            "Yazzie",
            "Goldberg",
            "Tran",
            "Abdi",
        ],
    ),
    "br": (
        [
            "João",
            "Maria Eduarda",
            "Ana Clara",
            "Luiz Felipe",
            "Thiago",
            "Camila",
            "Gabriel",
            "Letícia",
            "Rafael",
            "Bruna",
            "Juliana",
            "Matheus",
            "Francisca",
            "Raimundo",
            "Yasmin",
        ],
        [
            "da Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Lima",
            "Araújo",
            "Carvalho",
            "Gonçalves",
            "Ferreira",
            "Yamamoto",
        ],
    ),
    "ph": (
        [
            "Maria Cristina",
            "Jose Miguel",
            "Angelica",
            "Mark Anthony",
            "Jericho",
            "Rowena",
            "Jonalyn",
            "Ramil",
            "Kristine Joy",
            "Paolo",
            "Bea",
            "Dindo",
            "Ma. Lourdes",
            "Rhea Mae",
        ],
        [
            "Dela Cruz",
            "Reyes",
            "Santos",
            "Bautista",
            "Mendoza",
            "Garcia",
            "Villanueva",
            "Aquino",
            "Castillo",
            "Ramos",
            "Manalo",
            "Macaraeg",
            "Tan",
            "Lim",
            "Dimaculangan",
        ],
    ),
    "intl": (
        [
            "Aigerim",
            "Oluwaseun",
            "Priya",
            "Tomasz",
            "Lan",
            "Youssef",
            "Sakura",
            "Lars",
            "Zanele",
            "Diego",
            "Chloé",
            "Hannah",
            "Mehmet",
            "Sarah",
            "Aditya",
            "Ngozi",
            "Mateus",
            "Ioana",
        ],
        [
            "Nurlanovna",
            "Adeyemi",
            "Raghunathan",
            "Wiśniewski",
            "Nguyễn",
            "El Amrani",
            "Ito",
            "Eriksen",
            "Dlamini",
            "Fernández",
            "Martin",
            "Schmidt",
            "Yılmaz",  # noqa: RUF001
            "O'Connell",
            "Popescu",
        ],
    ),
}
MAIL_DOMAINS = {
    "us": ["example.com", "mail.example.org", "example.net"],
    "br": ["example.com.br", "correio.example.com.br", "example.com"],
    "ph": ["example.ph", "example.com", "mail.example.com.ph"],
    "intl": ["example.org", "example.de", "example.co.uk", "example.com"],
}
US_STREETS = [
    "N Lamar Blvd",
    "W 34th St",
    "Peachtree Rd NE",
    "SE Division St",
    "Elm Street",
    "Magnolia Ave",
    "Cedar Springs Rd",
    "Lakeshore Dr",
    "Franklin Ave",
    "Mission St",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Atlanta", "GA"),
    ("Portland", "OR"),
    ("Columbus", "OH"),
    ("Denver", "CO"),
    ("Raleigh", "NC"),
    ("Phoenix", "AZ"),
    ("Chicago", "IL"),
    ("Seattle", "WA"),
    ("Miami", "FL"),
    ("Oakland", "CA"),
    ("Newark", "NJ"),
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua das Laranjeiras",
    "Av. Sete de Setembro",
    "Rua XV de Novembro",
    "Rua Padre Chagas",
    "Av. Boa Viagem",
    "Rua da Consolação",
]
BR_CITIES = [
    ("São Paulo", "SP"),
    ("Rio de Janeiro", "RJ"),
    ("Belo Horizonte", "MG"),
    ("Curitiba", "PR"),
    ("Porto Alegre", "RS"),
    ("Recife", "PE"),
    ("Salvador", "BA"),
    ("Fortaleza", "CE"),
    ("Campinas", "SP"),
    ("Florianópolis", "SC"),
]
PH_STREETS = [
    "Mabini St.",
    "Rizal Ave.",
    "Katipunan Ave.",
    "J.P. Laurel St.",
    "Gen. Luna St.",
    "Aguinaldo Hwy",
    "Osmeña Blvd",
    "Roxas Blvd",
]
PH_CONDOS = ["Avida Towers", "SMDC Light", "The Grove"]
PH_BRGY = ["San Antonio", "Poblacion", "Bagong Silang", "Malate", "Kapitolyo", "Lahug", "Bel-Air"]
PH_CITIES = [
    ("Quezon City", "Metro Manila"),
    ("Makati", "Metro Manila"),
    ("Pasig", "Metro Manila"),
    ("Cebu City", "Cebu"),
    ("Davao City", "Davao del Sur"),
    ("Taguig", "Metro Manila"),
    ("Iloilo City", "Iloilo"),
    ("Baguio", "Benguet"),
    ("Mandaluyong", "Metro Manila"),
]
BR_DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"]
COMPANIES = [
    "Lumen Coffee Roasters LLC",
    "Brightside Dental Group",
    "Padaria Pão Dourado Ltda",
    "Kalye Kitchen Inc.",
    "Northgate Logistics",
    "Alvorada Tecnologia S.A.",
    "Bayanihan BPO Solutions",
    "Cedar & Pine Landscaping",
    "Sunbelt Home Health",
]
OFFICES = [
    "Austin HQ",
    "Remote - US",
    "São Paulo - Vila Olímpia",
    "BGC Taguig",
    "Cebu IT Park",
    "Chicago Loop",
    "Remote - BR",
]
TITLES = [
    "Barista",
    "Software Engineer",
    "Payroll Specialist",
    "Dental Hygienist",
    "Warehouse Lead",
    "Analista de RH",
    "Customer Support Associate",
    "Account Manager",
    "Desenvolvedora Sênior",
    "Team Leader",
    "Driver",
    "Operations Manager",
]
DEPARTMENTS = [
    "Engineering",
    "Operations",
    "Customer Support",
    "Finance",
    "People",
    "Vendas",
    "Logística",
    "Clinical",
    "Sales",
]
US_BANKS = [
    "Chase",
    "Bank of America",
    "Wells Fargo",
    "Navy Federal Credit Union",
    "Ally Bank",
    "Capital One",
    "Chime",
]
BR_BANKS = [
    ("001", "Banco do Brasil"),
    ("341", "Itaú Unibanco"),
    ("237", "Bradesco"),
    ("260", "Nu Pagamentos"),
    ("104", "Caixa Econômica Federal"),
    ("077", "Banco Inter"),
]
PH_BANKS = ["BDO Unibank", "BPI", "Metrobank", "Landbank", "UnionBank", "Security Bank"]
MEDICAL_PLANS = [
    "Blue Cross PPO 1500",
    "Kaiser HMO Silver",
    "Aetna HDHP 3000",
    "UnitedHealthcare Choice Plus",
]
CARRIERS = ["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Kaiser Permanente"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


class PF(Fake):
    """Fake plus payroll-domain generators; `self.p` is the message's person."""

    p: SimpleNamespace

    def fold(self, s: str) -> str:
        plain = s.lower().replace("ł", "l").replace("\u0131", "i").replace("đ", "d")
        plain = unicodedata.normalize("NFKD", plain)
        return "".join(c for c in plain if c in string.ascii_lowercase)

    def region(self) -> str:
        return self.pick(["us", "us", "br", "ph"])

    def name_in(self, region: str) -> tuple[str, str]:
        firsts, lasts = NAMES[region]
        return self.pick(firsts), self.pick(lasts)

    def email_for(self, first: str, last: str, region: str) -> str:
        a, b = self.fold(first.split()[0]), self.fold(last.split()[-1])
        user = self.pick(
            [f"{a}.{b}", f"{a}{b}{self.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{self.r.randint(70, 99)}"]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[region])}"

    def phone_in(self, region: str) -> str:
        if region == "br":
            ddd, a, b = self.pick(BR_DDD), self.r.randint(1000, 9999), self.r.randint(1000, 9999)
            return self.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}"])
        if region == "ph":
            net, a, b = (
                self.pick(["917", "927", "998", "905", "939", "966"]),
                self.r.randint(100, 999),
                self.r.randint(1000, 9999),
            )
            return self.pick([f"+63 {net} {a} {b}", f"0{net}-{a}-{b}", f"+63{net}{a}{b}", f"0{net} {a} {b}"])
        if region == "intl":
            return self.pick(
                [
                    f"+44 7{self.r.randint(100, 999)} {self.r.randint(100000, 999999)}",
                    f"+49 151 {self.r.randint(1000000, 9999999)}",
                    f"+234 803 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                    f"+91 98{self.r.randint(100, 999)} {self.r.randint(10000, 99999)}",
                    f"+48 601 {self.r.randint(100, 999)} {self.r.randint(100, 999)}",
                ]
            )
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def street_in(self, region: str) -> str:
        n = self.r.randint
        if region == "br":
            tail = self.pick(
                [
                    "",
                    f", apto {self.r.randint(11, 184)}",
                    " - casa 2",
                    f", bloco B ap {self.r.randint(11, 99)}",
                ]
            )
            return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}{tail}"
        if region == "ph":
            return self.pick(
                [
                    f"Blk {n(1, 40)} Lot {n(1, 60)}, {self.pick(PH_STREETS)}, Brgy. {self.pick(PH_BRGY)}",
                    f"{n(1, 999)} {self.pick(PH_STREETS)}, Brgy. {self.pick(PH_BRGY)}",
                    f"Unit {n(101, 2805)}, {self.pick(PH_CONDOS)}, {self.pick(PH_STREETS)}",
                ]
            )
        if region == "intl":
            return self.pick(
                [
                    f"{self.r.randint(1, 200)} Baker Street",
                    f"Hauptstraße {self.r.randint(1, 120)}",
                    f"ul. Mokotowska {self.r.randint(1, 80)}/{self.r.randint(1, 30)}",
                    f"{self.r.randint(1, 60)} Admiralty Way",
                ]
            )
        unit = self.pick(
            ["", "", f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}", f" Unit {self.r.randint(100, 999)}"]
        )
        return f"{self.r.randint(10, 9999)} {self.pick(US_STREETS)}{unit}"

    def city_state(self, region: str) -> tuple[str, str]:
        return (
            self.pick({"br": BR_CITIES, "ph": PH_CITIES}.get(region, US_CITIES))
            if region != "intl"
            else self.pick(
                [
                    ("London", "England"),
                    ("Berlin", "BE"),
                    ("Lagos", "LA"),
                    ("Bengaluru", "KA"),
                    ("Warsaw", "MZ"),
                ]
            )
        )

    def zip_in(self, region: str) -> str:
        if region == "br":
            return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"
        if region == "ph":
            return str(self.r.randint(1000, 9800))
        if region == "intl":
            return self.pick(
                [
                    f"NW1 {self.r.randint(1, 9)}XE",
                    f"{self.r.randint(10115, 14199)}",
                    f"{self.r.randint(100001, 999999)}",
                ]
            )
        return self.pick([self.zip(), f"{self.zip()}-{self.r.randint(1000, 9999)}"])

    def person(self, region: str) -> SimpleNamespace:
        first, last = self.name_in(region)
        city, state = self.city_state(region)
        return SimpleNamespace(
            region=region,
            first=first,
            last=last,
            full=f"{first} {last}",
            email=self.email_for(first, last, region),
            phone=self.phone_in(region),
            dob=self.date(1962, 2004),
            street=self.street_in(region),
            city=city,
            state=state,
            zip=self.zip_in(region),
            country={"br": "BR", "ph": "PH", "intl": "GB"}.get(region, "US"),
        )

    def other_name(self, region: str | None = None) -> str:
        first, last = self.name_in(region or self.p.region)
        return f"{first} {last}"

    def relative_name(self) -> str:
        first, _ = self.name_in(self.p.region)
        return f"{first} {self.p.last}"

    def other_email(self, region: str | None = None) -> str:
        region = region or self.p.region
        first, last = self.name_in(region)
        return self.email_for(first, last, region)

    # -- government and financial ids (valid checksums where real ones have them) --

    def cpf(self, formatted: bool | None = None) -> str:
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def cnpj(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            s = sum(x * w for x, w in zip(d, weights, strict=False))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        r = "".join(map(str, d))
        return f"{r[:2]}.{r[2:5]}.{r[5:8]}/{r[8:12]}-{r[12:]}"

    def pis(self) -> str:
        d = [1, 2] + [self.r.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=False))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
        r = "".join(map(str, d))
        return f"{r[:3]}.{r[3:8]}.{r[8:10]}-{r[10]}"

    def rg(self) -> str:
        n = self.r.randint
        return f"{n(10, 59)}.{n(100, 999)}.{n(100, 999)}-{self.pick('0123456789X')}"

    def ph_tin(self) -> str:
        return f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-000"

    def sss(self) -> str:
        return f"{self.r.randint(1, 34):02d}-{self.r.randint(1000000, 9999999)}-{self.r.randint(0, 9)}"

    def philhealth(self) -> str:
        return f"{self.pick(['01', '02', '03', '19'])}-{self.digits(9)}-{self.r.randint(0, 9)}"

    def pagibig(self) -> str:
        return f"1{self.r.randint(100, 999)}-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}"

    def itin(self) -> str:
        group = self.pick([70, 71, 78, 83, 88, 90, 94])
        return f"9{self.r.randint(0, 99):02d}-{group}-{self.r.randint(1, 9999):04d}"

    def ein(self) -> str:
        return f"{self.pick(['12', '20', '27', '46', '74', '84', '91'])}-{self.r.randint(1000000, 9999999)}"

    def aba(self) -> str:
        while True:
            district = self.pick(
                ["01", "02", "03", "05", "06", "07", "09", "11", "12", "21", "26", "31", "32"]
            )
            d = [int(c) for c in district + self.digits(6)]
            for last in range(10):
                x = [*d, last]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                    return "".join(map(str, x))

    def us_account(self) -> str:
        return self.digits(self.pick([8, 9, 10, 12]))

    def br_account(self) -> str:
        return f"{self.r.randint(1000, 9999999)}-{self.r.randint(0, 9)}"

    def agencia(self) -> str:
        return self.pick(
            [
                f"{self.r.randint(1, 9999):04d}",
                f"{self.r.randint(1, 9999):04d}-{self.r.randint(0, 9)}",
                "0001",
            ]
        )

    def ph_account(self) -> str:
        return self.pick(
            [self.digits(10), self.digits(12), f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}"]
        )

    def gcash(self) -> str:
        return self.pick(
            [
                f"09{self.r.randint(15, 99)}{self.r.randint(1000000, 9999999)}",
                f"+63 9{self.r.randint(15, 99)} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
            ]
        )

    def pix_key(self) -> str:
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf()
        if kind == "email":
            return self.p.email
        if kind == "phone":
            return f"+55{self.pick(BR_DDD)}9{self.r.randint(10000000, 99999999)}"
        return self.uuid()

    def passport_no(self, region: str) -> str:
        if region == "br":
            return f"{self.pick(['FZ', 'GA', 'FX'])}{self.r.randint(100000, 999999)}"
        if region == "ph":
            return f"P{self.r.randint(1000000, 9999999)}{self.pick('ABC')}"
        if region == "intl":
            return self.pick(
                [
                    f"C{self.hexid(8).upper().replace('E', 'F')}",
                    f"{self.r.randint(100000000, 999999999)}",
                    f"Z{self.r.randint(1000000, 9999999)}",
                ]
            )
        return str(self.r.randint(500000000, 599999999))

    def gov_id(self) -> str:
        return {"br": self.cpf, "ph": self.ph_tin}.get(self.p.region, self.ssn)()

    def drivers_license(self) -> str:
        n = self.r.randint
        return self.pick(
            [
                f"D{self.r.randint(1000000, 9999999)}",
                str(self.r.randint(10000000, 99999999)),
                f"S{n(100, 999)}-{n(100, 999)}-{n(10, 99)}-{n(100, 999)}-0",
                f"N{n(10, 99)}-{n(10, 99)}-{n(100000, 999999)}",
            ]
        )

    def plate(self) -> str:
        letters = "".join(self.pick(string.ascii_uppercase) for _ in range(3))
        return self.pick(
            [
                f"{self.hexid(3).upper().replace('0', 'K')}-{self.r.randint(1000, 9999)}",
                f"{letters}{self.r.randint(1, 9)}{self.pick(string.ascii_uppercase)}{self.r.randint(10, 99)}",
                f"{letters} {self.r.randint(1000, 9999)}",
            ]
        )

    def gclid(self) -> str:
        alnum = string.ascii_letters + string.digits + "_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(self.r.randint(60, 80))) + "_BwE"

    def fbclid(self) -> str:
        alnum = string.ascii_letters + string.digits + "_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(58))

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(100000000, 2147483647)}"

    def otp(self) -> str:
        return f"{self.r.randint(0, 999999):06d}"

    def b62(self, n: int) -> str:
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def day(self, start=2024, end=2025) -> str:
        return self.date(start, end)

    def e164(self) -> str:
        digits = "".join(c for c in self.p.phone if c.isdigit())
        if self.p.region == "br":
            return "+" + (digits if digits.startswith("55") else "55" + digits)
        if self.p.region == "ph":
            return "+" + (digits if digits.startswith("63") else "63" + digits.lstrip("0"))
        if self.p.region == "intl":
            return "+" + digits
        return "+" + (digits if len(digits) == 11 else "1" + digits)

    def near(self) -> tuple[float, float]:
        lat, lon = {"br": (-23.55, -46.63), "ph": (14.55, 121.03), "intl": (51.5, -0.12)}.get(
            self.p.region, (30.27, -97.74)
        )
        return round(lat + self.r.uniform(-0.2, 0.2), 6), round(lon + self.r.uniform(-0.2, 0.2), 6)

    def salary(self) -> int | float:
        return {"br": self.r.randint(1412, 25000), "ph": self.r.randint(18000, 120000)}.get(
            self.p.region, self.r.randint(32000, 185000)
        )


# -- contexts of the client libraries -----------------------------------------------------------


def web_context(f: PF):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/dashboard", "/people", "/payroll/run", "/benefits", "/onboarding/tax"])
            ),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://app.example-payroll.com/dashboard"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=active", "?utm_source=newsletter&utm_medium=email"])),
            "title": G(
                lambda f: f.pick(["Dashboard | Paybridge", "People | Paybridge", "Run payroll | Paybridge"])
            ),
            "url": G(
                lambda f: (
                    "https://app.example-payroll.com"
                    + f.pick(["/dashboard", "/people", "/payroll/run", "/benefits"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "en-PH", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Sao_Paulo", "Asia/Manila", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["open_enrollment_2025", "q2_payroll_switch", "brasil_lancamento"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "capterra", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "referral"])),
            "term": G(
                lambda f: f.pick(["payroll software", "folha de pagamento", "hr software small business"])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "pricing_table", "footer_link"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: f.pick([True, False])),
                "Functional": G(lambda f: True),
            }
        },
    }


def mobile_traits():
    return {
        "userId": G(lambda f: "emp_" + f.digits(7)),
        "anonymousId": G(lambda f: f.uuid()),
        "email": Y(lambda f: f.p.email, "email"),
        "name": Y(lambda f: f.p.full, "name"),
    }


def swift_context(f: PF):
    return {
        "app": {
            "name": G(lambda f: "Paybridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6401", "6423", "6500"])),
            "namespace": G(lambda f: "com.paybridge.employee"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "pt-BR", "en-PH", "fil-PH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/Sao_Paulo", "Asia/Manila"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f: PF):
    return {
        "app": {
            "name": G(lambda f: "Paybridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640001", "641003", "650000"])),
            "namespace": G(lambda f: "com.paybridge.employee"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "moto g54 5G", "Redmi Note 12", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a54x", "cancunf", "tapas", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "en-US", "en-PH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Vivo", "Claro BR", "Globe Telecom", "Smart", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "Asia/Manila", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TD33.14-45)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f: PF):
    return {
        "app": {
            "name": G(lambda f: "Paybridge"),
            "version": G(lambda f: f.pick(["6.3.2", "6.4.0", "6.4.2"])),
            "build": G(lambda f: f.pick(["632", "640", "642"])),
            "namespace": G(lambda f: "com.paybridge.employee"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A155F", "CPH2591"])),
            "name": G(lambda f: f.pick(["iPhone", "a15", "OP5961L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-PH", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Manila", "America/New_York", "America/Recife"])),
        "traits": mobile_traits(),
    }


def flutter_context(f: PF):
    return {
        "app": {
            "name": G(lambda f: "Paybridge"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.3.9"])),
            "build": G(lambda f: f.pick(["190", "191", "188"])),
            "namespace": G(lambda f: "com.paybridge.employee"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "realme", "vivo", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A057F", "RMX3834", "V2250", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.2"])),
        },
        "locale": G(lambda f: f.pick(["en-PH", "fil-PH", "en-US"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.3"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2400, 844])),
        },
        "timezone": G(lambda f: "Asia/Manila"),
        "traits": {
            "userId": G(lambda f: "emp_" + f.digits(7)),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.0.0", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.0.1"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.4.3", "2.5.0"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.1"],
}


def server_context(f: PF):
    lib = f.pick(list(SERVER_VERSIONS))
    ctx = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))},
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if lib == "@segment/analytics-node" and f.r.random() < 0.6:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p.email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
        ctx["groupId"] = G(lambda f: "co_" + f.digits(6))
    if lib == "analytics-python" and f.r.random() < 0.5:
        ctx["traits"] = {
            "email": Y(lambda f: f.p.email, "email"),
            "employer_id": G(lambda f: "co_" + f.digits(6)),
        }
    return ctx


def dotnet_context(f: PF):
    return {
        "library": {
            "name": G(lambda f: "Analytics.NET"),
            "version": G(lambda f: f.pick(["3.8.1", "3.8.0", "3.7.2"])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Asia/Manila", "America/Sao_Paulo"])),
    }


def mobile_context(f: PF):
    return f.pick([swift_context, kotlin_context, rn_context, flutter_context])(f)


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "mobile": mobile_context,
    "server": server_context,
    "dotnet": dotnet_context,
}

# -- free text ------------------------------------------------------------------------------------


def leave_note(f: PF) -> str:
    return f.pick(
        [
            "Family trip, back on Monday",
            "Moving apartments",
            "Kids' school break",
            "Will finish the Q3 report before I go",
            "Long weekend",
            "Viagem em família",
            "Uuwi sa probinsya para sa fiesta",
            "Wedding of a friend in Cebu",
            "",
        ]
    )


def support_description(f: PF) -> str:
    e = f.pick([f.p.email, f.p.email, f.other_email()])
    by_region = {
        "br": [
            f"Não recebi o holerite deste mês. Meu e-mail pessoal é {e}",
            f"O depósito voltou, troquei de banco. Respondam para {e} por favor",
        ],
        "ph": [
            f"Hindi pa po pumapasok ang sahod ko. Email: {e}",
            f"Mali po ang 13th month sa payslip ko, pakisagot sa {e}",
        ],
    }
    return f.pick(
        [
            *by_region.get(f.p.region, []),
            f"My payslip for May is missing the overtime. Please reply to {e}",
            f"I changed banks and my deposit bounced, you can email me at {e}",
            f"W-2 shows the wrong address, contact {e} for the corrected form",
        ]
    )


def invite_message(f: PF) -> str:
    ph = f.phone_in(f.p.region)
    if f.p.region == "br":
        return f.pick(
            [
                f"Seja bem-vindo! Qualquer dúvida me chama no WhatsApp {ph}",
                f"Bem-vinda ao time! Meu celular é {ph}, pode chamar",
            ]
        )
    if f.p.region == "ph":
        return f.pick(
            [
                f"Welcome po! Text me at {ph} if may tanong sa onboarding.",
                f"Hi! Please finish your BIR forms before Friday. My number is {ph}",
            ]
        )
    return f.pick(
        [
            f"Welcome to the team! Text me at {ph} if anything in onboarding is unclear.",
            f"Hi! Please finish your tax forms before Friday. My number is {ph}",
            f"Welcome aboard :) call {ph} on your first day and I'll meet you at the lobby",
        ]
    )


def hr_chat_text(f: PF) -> str:
    c = f.cpf()
    return f.pick(
        [
            f"meu CPF é {c}, não consigo acessar o holerite",
            f"Olá, preciso do informe de rendimentos. CPF {c}",
            f"CPF: {c} - o FGTS de abril não foi depositado",
            f"bom dia, atualizei meu endereço, cpf {c}",
        ]
    )


def sms_body(f: PF) -> str:
    code = f.otp()
    return {
        "br": f"Paybridge: seu código de verificação é {code}",
        "ph": f.pick(
            [
                f"Ang iyong Paybridge code ay {code}. Huwag itong ibahagi.",
                f"Your Paybridge verification code is {code}. It expires in 10 minutes.",
            ]
        ),
    }.get(
        f.p.region,
        f.pick(
            [
                f"Your Paybridge verification code is {code}. It expires in 10 minutes.",
                f"{code} is your Paybridge login code. Don't share it with anyone.",
            ]
        ),
    )


def manager_notes(f: PF) -> str:
    return f.pick(
        [
            "Resigned to pursue studies",
            "Relocating out of state",
            "Position eliminated in restructure",
            "Accepted an offer elsewhere",
            "End of seasonal contract",
            "Did not return after leave of absence",
        ]
    )


def survey_comment(f: PF) -> str:
    return f.pick(
        [
            "Love the flexible schedule",
            "More training for new hires please",
            "Payroll was late twice this quarter",
            "Queria mais clareza sobre a PLR",
            "Sana may dagdag na HMO coverage",
            "",
            "Great team, meh coffee",
        ]
    )


# -- templates: (type, event or page/screen name, client, region, body) --------------------------


def address_block(keys=("street", "city", "state", "postalCode", "country")):
    s, c, st, z, co = keys
    return {
        s: Y(lambda f: f.p.street, "street|address"),
        c: Y(lambda f: f.p.city, "city"),
        st: G(lambda f: f.p.state),
        z: Y(lambda f: f.p.zip, "zipcode"),
        co: G(lambda f: f.p.country),
    }


def products():
    return Many(
        {
            "product_id": G(
                lambda f: f.pick(
                    ["prod_payroll_plus", "prod_benefits_admin", "prod_time_tracking", "prod_eor_br"]
                )
            ),
            "sku": G(lambda f: f.pick(["PB-PAY-PLUS-M", "PB-BEN-ADM-M", "PB-TT-ADDON", "PB-EOR-BR-001"])),
            "name": G(
                lambda f: f.pick(
                    ["Payroll Plus", "Benefits Admin", "Time Tracking Add-on", "Employer of Record - Brazil"]
                )
            ),
            "category": G(lambda f: f.pick(["plan", "add-on", "eor"])),
            "price": G(lambda f: f.pick([49.0, 6.0, 12.0, 599.0])),
            "quantity": G(lambda f: f.r.randint(1, 80)),
        },
        3,
    )


EVENTS = [
    # -- employer sign-up, admin identity and company -------------------------------------------
    (
        "track",
        "Signed Up",
        "web",
        "us",
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "company_name": G(lambda f: f.pick(COMPANIES)),
            "company_size": G(lambda f: f.pick(["1-9", "10-49", "50-199", "200+"])),
            "num_employees_paid": G(lambda f: f.r.randint(1, 240)),
            "currently_using": G(
                lambda f: f.pick(["ADP", "QuickBooks Payroll", "spreadsheets", "Paychex", "none"])
            ),
            "signup_method": G(lambda f: f.pick(["email", "google", "intuit"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "_fbp": Y(lambda f: f.fbp(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "capterra"])),
            "utm_campaign": G(lambda f: f.pick(["brand_exact", "switch_from_adp", "smb_q2"])),
            "accepted_terms": G(lambda f: True),
            "referral_code": G(lambda f: f.hexid(8).upper()),
        },
    ),
    (
        "identify",
        None,
        "web",
        "any",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "title": G(
                lambda f: f.pick(
                    ["Owner", "Office Manager", "HR Director", "Sócia-administradora", "Finance Lead"]
                )
            ),
            "role": G(lambda f: f.pick(["admin", "payroll_admin", "manager", "accountant"])),
            "company": {
                "id": G(lambda f: "co_" + f.digits(6)),
                "name": G(lambda f: f.pick(COMPANIES)),
                "employee_count": G(lambda f: f.r.randint(2, 400)),
                "plan": G(lambda f: f.pick(["simple", "plus", "premium"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "avatar": Y(lambda f: f"https://cdn.example-payroll.com/avatars/{f.hexid(20)}.jpg", "photo"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(0, 3)),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        "server",
        "us",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "ein": G(lambda f: f.ein()),
            "employees": G(lambda f: f.r.randint(2, 400)),
            "plan": G(lambda f: f.pick(["simple", "plus", "premium"])),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(
                        ["500 W 2nd St Suite 1900", "1 Market Plaza, Floor 12", "2201 Broadway Ste 600"]
                    )
                ),
                "city": G(lambda f: f.pick(["Austin", "San Francisco", "Oakland"])),
                "state": G(lambda f: f.pick(["TX", "CA"])),
                "postalCode": G(lambda f: f.pick(["78701", "94105", "94612"])),
            },
            "main_phone": G(lambda f: f.pick(["+1 512-555-0142", "(415) 555-0199", "+1 510 555 0110"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "payroll@lumencoffee.example",
                        "finance@northgate.example",
                        "ap@brightsidedental.example",
                        "accounts@cedarpine.example",
                    ]
                )
            ),
            "primary_contact_email": Y(lambda f: f.p.email, "email"),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://lumencoffee.example",
                        "https://northgate.example",
                        "https://brightsidedental.example",
                    ]
                )
            ),
            "states_with_employees": Many(G(lambda f: f.pick(["TX", "CA", "NY", "FL", "WA"])), 3),
        },
    ),
    (
        "group",
        None,
        "kotlin",
        "br",
        {
            "razao_social": G(
                lambda f: f.pick(
                    ["Padaria Pão Dourado Ltda", "Alvorada Tecnologia S.A.", "Clínica Sorriso Ltda ME"]
                )
            ),
            "nome_fantasia": G(lambda f: f.pick(["Pão Dourado", "Alvorada Tech", "Sorriso"])),
            "cnpj": G(lambda f: f.cnpj()),
            "endereco_comercial": G(
                lambda f: f.pick(
                    [
                        "Av. Brigadeiro Faria Lima, 3477 - 14º andar",
                        "Rua Funchal, 418 - Vila Olímpia",
                        "Av. Afonso Pena, 1500 - sala 902",
                    ]
                )
            ),
            "telefone_comercial": G(
                lambda f: f.pick(["(11) 3090-4400", "+55 31 3224-1100", "(11) 4003-1234"])
            ),
            "responsavel_nome": Y(lambda f: f.p.full, "name"),
            "responsavel_email": Y(lambda f: f.p.email, "email"),
            "sindicato_patronal": G(lambda f: f.pick(["SINDIPAN-SP", "SEPROSP", "SINODONTO"])),
        },
    ),
    # -- employee identities (US, BR in Portuguese, PH in Tagalog/English) ---------------------
    (
        "identify",
        None,
        "swift",
        "us",
        {
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "address": address_block(),
            "employeeId": G(lambda f: "E-" + f.digits(5)),
            "department": G(lambda f: f.pick(DEPARTMENTS)),
            "jobTitle": G(lambda f: f.pick(TITLES)),
            "hireDate": G(lambda f: f.date(2015, 2024)),
            "employmentType": G(lambda f: f.pick(["full_time", "part_time", "seasonal", "intern"])),
            "workLocation": G(lambda f: f.pick(OFFICES)),
            "managerName": Y(lambda f: f.other_name(), "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "preferredName": Y(lambda f: f.p.first.split()[0], "name"),
            "age": G(lambda f: f.r.randint(19, 64)),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        "br",
        {
            "nome_completo": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "celular": Y(lambda f: f.p.phone, "phone"),
            "data_nascimento": Y(lambda f: f.p.dob, "birthdate"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "endereco": Y(lambda f: f.p.street, "address|street"),
            "cidade": Y(lambda f: f.p.city, "city"),
            "estado": G(lambda f: f.p.state),
            "cep": Y(lambda f: f.p.zip, "zipcode"),
            "cargo": G(lambda f: f.pick(TITLES)),
            "departamento": G(lambda f: f.pick(DEPARTMENTS)),
            "data_admissao": G(lambda f: f.date(2016, 2024)),
            "estado_civil": G(
                lambda f: f.pick(["solteiro(a)", "casado(a)", "divorciado(a)", "união estável"])
            ),
            "genero": Y(lambda f: f.pick(["feminino", "masculino", "não-binário"]), "gender"),
            "matricula": G(lambda f: f.digits(6)),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        "ph",
        {
            "pangalan": Y(lambda f: f.p.first, "name"),
            "apelyido": Y(lambda f: f.p.last, "name"),
            "kaarawan": Y(lambda f: f.p.dob, "birthdate"),
            "tirahan": Y(lambda f: f.p.street, "address|street"),
            "lungsod": Y(lambda f: f.p.city, "city"),
            "lalawigan": G(lambda f: f.p.state),
            "numero_ng_telepono": Y(lambda f: f.p.phone, "phone"),
            "kasarian": Y(lambda f: f.pick(["babae", "lalaki"]), "sex|gender"),
            "katayuang_sibil": G(lambda f: f.pick(["walang asawa", "may asawa", "hiwalay", "balo"])),
            "email": Y(lambda f: f.p.email, "email"),
            "posisyon": G(lambda f: f.pick(TITLES)),
            "employee_no": G(lambda f: f.digits(6)),
        },
    ),
    # -- onboarding and tax forms -----------------------------------------------------------------
    (
        "track",
        "Employee Onboarding Started",
        "server",
        "any",
        {
            "onboarding_id": G(lambda f: f.uuid()),
            "employee_id": G(lambda f: "emp_" + f.digits(7)),
            "employer_id": G(lambda f: "co_" + f.digits(6)),
            "start_date": G(lambda f: f.day()),
            "employment_type": G(
                lambda f: f.pick(["full_time", "part_time", "contractor", "clt", "regular"])
            ),
            "work_state": G(lambda f: f.pick(["TX", "CA", "NY", "SP", "Metro Manila"])),
            "invited_email": Y(lambda f: f.p.email, "email"),
            "invited_by_user_id": G(lambda f: "usr_" + f.digits(6)),
            "self_onboarding": G(lambda f: f.pick([True, False])),
            "offer_letter_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "W-4 Submitted",
        "server",
        "us",
        {
            "form_version": G(lambda f: f.pick(["2024", "2025", "2023"])),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "address": Y(lambda f: f"{f.p.street}, {f.p.city}, {f.p.state} {f.p.zip}", "address"),
            "filing_status": G(lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])),
            "multiple_jobs": G(lambda f: f.pick([True, False])),
            "dependents_amount": G(lambda f: f.pick([0, 2000, 4000, 6500])),
            "other_income": Y(lambda f: f.pick([0, 1200, 8500, 15000, 3400]), "salary"),
            "deductions": G(lambda f: f.pick([0, 500, 3200, 14600])),
            "extra_withholding": G(lambda f: f.pick([0, 25, 50, 100])),
            "exempt": G(lambda f: f.pick([True, False])),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "I-9 Section 1 Completed",
        "server",
        "us",
        {
            "employee_id": G(lambda f: "emp_" + f.digits(7)),
            "other_last_names": Y(lambda f: f.pick(NAMES["us"][1]), "name"),
            "citizenship_status": RED(
                lambda f: f.pick(
                    [
                        "us_citizen",
                        "noncitizen_national",
                        "lawful_permanent_resident",
                        "alien_authorized_to_work",
                    ]
                ),
                "visa",
            ),
            "alien_registration_number": RED(lambda f: "A" + f.digits(9), "national id"),
            "work_authorization_expires": RED(lambda f: f.date(2025, 2029), "visa"),
            "document_title": G(
                lambda f: f.pick(
                    [
                        "us_passport",
                        "permanent_resident_card",
                        "drivers_license",
                        "employment_authorization_document",
                    ]
                )
            ),
            "preparer_used": G(lambda f: f.pick([True, False])),
            "email": Y(lambda f: f.p.email, "email"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "everify_case_number": G(lambda f: f"{f.digits(13)}{f.pick(['AB', 'CD', 'XY'])}"),
        },
    ),
    (
        "track",
        "Background Check Ordered",
        "server",
        "us",
        {
            "check_id": G(lambda f: f.hexid(24)),
            "provider": G(lambda f: f.pick(["Checkr", "Sterling", "GoodHire"])),
            "package": G(lambda f: f.pick(["basic_plus", "driver_pro", "essential"])),
            "candidate_ssn": RED(lambda f: f.ssn(), "social security number"),
            "candidate_dob": Y(lambda f: f.p.dob, "birthdate"),
            "candidate_zip": Y(lambda f: f.p.zip, "zipcode"),
            "drivers_license_number": Y(lambda f: f.drivers_license(), "license"),
            "drivers_license_state": G(lambda f: f.pick(["TX", "CA", "FL", "NY"])),
            "consent_given": G(lambda f: True),
        },
    ),
    (
        "track",
        "Cadastro eSocial Enviado",
        "server",
        "br",
        {
            "matricula": G(lambda f: f.digits(6)),
            "nome_completo": Y(lambda f: f.p.full, "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "pis_pasep": RED(lambda f: f.pis(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "orgao_emissor": G(lambda f: f.pick(["SSP/SP", "DETRAN/RJ", "SSP/MG", "SDS/PE"])),
            "ctps_numero": RED(lambda f: f.digits(7), "national id"),
            "nome_mae": Y(lambda f: f"{f.name_in('br')[0]} {f.name_in('br')[1]}", "name"),
            "raca_cor": Y(
                lambda f: f.pick(["branca", "preta", "parda", "amarela", "indígena"]), "race|ethnicity"
            ),
            "grau_instrucao": G(lambda f: f.pick(["medio_completo", "superior_completo", "pos_graduacao"])),
            "pessoa_com_deficiencia": RED(lambda f: f.pick([True, False]), "disability"),
            "recibo": G(lambda f: f"1.1.{f.digits(19)}"),
        },
    ),
    (
        "track",
        "Government IDs Added",
        "flutter",
        "ph",
        {
            "tin": RED(lambda f: f.ph_tin(), "national id"),
            "sss_number": RED(lambda f: f.sss(), "national id"),
            "philhealth_number": RED(lambda f: f.philhealth(), "health id"),
            "pagibig_mid": RED(lambda f: f.pagibig(), "national id"),
            "tin_verified": G(lambda f: f.pick([True, False])),
            "has_umid": G(lambda f: f.pick([True, False])),
            "rdo_code": G(lambda f: f.pick(["039", "044", "050", "081"])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "rn",
        "any",
        {
            "document_id": G(lambda f: "doc_" + f.hexid(16)),
            "document_type": G(
                lambda f: f.pick(["w4", "i9_list_a", "ctps_digital", "nbi_clearance", "diploma", "bir_1902"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    ["scan0001.pdf", "IMG_4821.HEIC", "document.pdf", "photo.jpg", "comprovante.pdf"]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 6_000_000)),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "server",
        "intl",
        {
            "inquiry_id": G(lambda f: "inq_" + f.b62(24)),
            "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
            "fields": {
                "name_first": Y(lambda f: f.p.first, "name"),
                "name_last": Y(lambda f: f.p.last, "name"),
                "birthdate": Y(lambda f: f.p.dob, "birthdate"),
                "identification_number": RED(lambda f: f.passport_no("intl"), "national id|passport"),
                "identification_class": G(lambda f: f.pick(["pp", "dl", "id"])),
                "address_street_1": Y(lambda f: f.p.street, "street|address"),
                "address_city": Y(lambda f: f.p.city, "city"),
                "address_postal_code": Y(lambda f: f.p.zip, "zipcode"),
                "address_country_code": G(lambda f: f.pick(["GB", "DE", "NG", "IN", "PL"])),
            },
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- bank details -------------------------------------------------------------------------------
    (
        "track",
        "Direct Deposit Added",
        "web",
        "us",
        {
            "bank_name": G(lambda f: f.pick(US_BANKS)),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: f.p.full, "name"),
            "account_last4": G(lambda f: f.digits(4)),
            "split_type": G(lambda f: f.pick(["percentage", "amount", "remainder"])),
            "split_value": G(lambda f: f.pick([100, 50, 250, 20])),
            "verification_method": G(lambda f: f.pick(["plaid", "micro_deposits", "instant"])),
        },
    ),
    (
        "track",
        "Dados Bancários Atualizados",
        "kotlin",
        "br",
        {
            "codigo_banco": G(lambda f: f.pick(BR_BANKS)[0]),
            "nome_banco": G(lambda f: f.pick(BR_BANKS)[1]),
            "agencia": G(lambda f: f.agencia()),
            "conta": RED(lambda f: f.br_account(), "bank account"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupanca", "salario"])),
            "titular": Y(lambda f: f.p.full, "name"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave_pix": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "conta_verificada": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payroll Account Linked",
        "flutter",
        "ph",
        {
            "bank": G(lambda f: f.pick(PH_BANKS)),
            "account_number": RED(lambda f: f.ph_account(), "bank account"),
            "account_name": Y(lambda f: f.p.full.upper(), "name"),
            "payout_channel": G(lambda f: f.pick(["bank", "gcash", "maya"])),
            "gcash_number": RED(lambda f: f.gcash(), "bank account|phone"),
            "branch": G(
                lambda f: f.pick(["Ayala Ave", "Ortigas Center", "Cebu Business Park", "SM Megamall"])
            ),
        },
    ),
    (
        "track",
        "Plaid Link Completed",
        "web",
        "us",
        {
            "public_token": RED(lambda f: f"public-production-{f.uuid()}", "token"),
            "link_session_id": G(lambda f: f.uuid()),
            "institution": {
                "name": G(lambda f: f.pick(US_BANKS)),
                "institution_id": G(lambda f: f"ins_{f.r.randint(1, 130000)}"),
            },
            "accounts": Many(
                {
                    "id": G(lambda f: f.b62(37)),
                    "name": G(
                        lambda f: f.pick(["Plaid Checking", "TOTAL CHECKING", "Everyday Checking", "Savings"])
                    ),
                    "mask": G(lambda f: f.digits(4)),
                    "type": G(lambda f: "depository"),
                    "subtype": G(lambda f: f.pick(["checking", "savings"])),
                },
                2,
            ),
            "status": G(lambda f: f.pick(["connected", "pending_manual_verification"])),
        },
    ),
    # -- benefits -----------------------------------------------------------------------------------
    (
        "track",
        "Benefits Enrollment Completed",
        "web",
        "us",
        {
            "plan_year": G(lambda f: f.pick([2024, 2025, 2026])),
            "medical_plan": G(lambda f: f.pick(MEDICAL_PLANS)),
            "dental_plan": G(lambda f: f.pick(["Delta Dental PPO", "Guardian DHMO", "waived"])),
            "vision_plan": G(lambda f: f.pick(["VSP Choice", "EyeMed Insight", "waived"])),
            "coverage_tier": G(
                lambda f: f.pick(["employee_only", "employee_spouse", "employee_children", "family"])
            ),
            "employee_premium": G(lambda f: f.money(0, 480)),
            "employer_contribution": G(lambda f: f.money(200, 1400)),
            "hsa_election": G(lambda f: f.pick([0, 1000, 2500, 4150])),
            "tobacco_user": Y(lambda f: f.pick([True, False]), "condition"),
            "qualifying_event": G(
                lambda f: f.pick(["new_hire", "open_enrollment", "marriage", "birth_adoption"])
            ),
            "dependents": Many(
                {
                    "first_name": Y(lambda f: f.relative_name().split()[0], "name"),
                    "last_name": Y(lambda f: f.p.last, "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "domestic_partner", "stepchild"])),
                    "date_of_birth": Y(lambda f: f.date(1970, 2023), "birthdate"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "gender": Y(lambda f: f.pick(["F", "M"]), "gender|sex"),
                    "disabled_dependent": RED(lambda f: f.pick([True, False]), "disability"),
                    "full_time_student": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "dependents_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Dependent Added",
        "swift",
        "us",
        {
            "dependent_id": G(lambda f: "dep_" + f.hexid(10)),
            "relationship": G(lambda f: f.pick(["spouse", "child", "domestic_partner"])),
            "full_name": Y(lambda f: f.relative_name(), "name"),
            "birthdate": Y(lambda f: f.date(1975, 2024), "birthdate"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "same_address": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Beneficiary Designated",
        "server",
        "any",
        {
            "policy": G(lambda f: f.pick(["basic_life_50k", "supplemental_life", "ad&d"])),
            "beneficiary_name": Y(lambda f: f.pick([f.relative_name(), f.other_name()]), "name"),
            "beneficiary_relationship": G(
                lambda f: f.pick(["spouse", "child", "parent", "sibling", "friend"])
            ),
            "beneficiary_type": G(lambda f: f.pick(["primary", "contingent"])),
            "share_percent": G(lambda f: f.pick([100, 50, 25, 33.33])),
            "beneficiary_phone": Y(lambda f: f.phone_in(f.p.region), "phone"),
            "beneficiary_dob": Y(lambda f: f.date(1940, 2020), "birthdate"),
        },
    ),
    (
        "track",
        "Insurance Card Viewed",
        "rn",
        "us",
        {
            "carrier": G(lambda f: f.pick(CARRIERS)),
            "member_id": Y(lambda f: f.pick(["W", "XEH", "U", "H"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(f.pick([6, 7, 8]))),
            "plan_name": G(lambda f: f.pick(MEDICAL_PLANS)),
            "rx_bin": G(lambda f: f.pick(["610014", "004336", "003858", "610279"])),
            "rx_pcn": G(lambda f: f.pick(["ADV", "MEDDPRIME", "A4", "9999"])),
            "pcp_name": Y(lambda f: "Dr. " + f.other_name(f.pick(["us", "intl"])), "name"),
        },
    ),
    (
        "track",
        "HMO Enrollment Submitted",
        "flutter",
        "ph",
        {
            "hmo_provider": G(lambda f: f.pick(["Maxicare", "Intellicare", "MediCard", "PhilCare"])),
            "hmo_card_number": Y(lambda f: f.digits(8) + f.pick(["-00", "-01", "-02"]), "identification"),
            "plan_level": G(lambda f: f.pick(["Level 1 - 150k MBL", "Level 2 - 200k MBL", "Executive"])),
            "pre_existing_conditions": Many(
                Y(
                    lambda f: f.pick(
                        ["hypertension", "asthma", "diabetes mellitus type 2", "hyperthyroidism"]
                    ),
                    "condition",
                ),
                2,
            ),
        },
    ),
    (
        "track",
        "FSA Claim Submitted",
        "swift",
        "us",
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "account_type": G(lambda f: f.pick(["health_fsa", "limited_fsa", "hsa"])),
            "amount": G(lambda f: f.money(5, 900)),
            "provider_name": G(
                lambda f: f.pick(["CVS Pharmacy #4821", "Walgreens", "Pearle Vision", "Quest Diagnostics"])
            ),
            "service_date": G(lambda f: f.day()),
            "rx_number": Y(lambda f: f.digits(7) + "-" + f.digits(5), "medication"),
            "item_description": Y(
                lambda f: f.pick(
                    [
                        "Amoxicillin 500mg",
                        "Lisinopril 10 mg",
                        "Sertraline 50mg",
                        "Adderall XR 20mg",
                        "Metformin ER 750mg",
                    ]
                ),
                "medication",
                True,
            ),
            "patient_relationship": G(lambda f: f.pick(["self", "spouse", "child"])),
        },
    ),
    (
        "track",
        "Pet Insurance Enrolled",
        "web",
        "any",
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Paçoca", "Bantay", "Mochi", "Thor"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "breed": G(
                lambda f: f.pick(
                    ["Golden Retriever", "SRD (vira-lata)", "Aspin", "Domestic Shorthair", "Shih Tzu"]
                )
            ),
            "pet_birthdate": G(lambda f: f.date(2012, 2024)),
            "pet_age": G(lambda f: f.r.randint(0, 13)),
            "vet_clinic": G(
                lambda f: f.pick(["Banfield Pet Hospital", "VCA Animal Hospital", "Pet Care Vet Clinic"])
            ),
            "monthly_premium": G(lambda f: f.money(18, 80)),
            "pre_existing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Commuter Parking Registered",
        "web",
        "us",
        {
            "lot": G(lambda f: f.pick(["Garage B", "Lot 4 - North", "Congress Ave Garage"])),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Tesla"])),
        },
    ),
    # -- time off, leave, accommodations, self-identification ---------------------------------------
    (
        "track",
        "Time Off Requested",
        "mobile",
        "any",
        {
            "request_id": G(lambda f: "tor_" + f.hexid(10)),
            "policy_type": G(
                lambda f: f.pick(["vacation", "sick", "personal", "bereavement", "jury_duty", "parental"])
            ),
            "start_date": G(lambda f: f.day()),
            "end_date": G(lambda f: f.day()),
            "hours": G(lambda f: f.pick([4, 8, 16, 24, 40])),
            "note": G(leave_note),
            "approver_id": G(lambda f: "emp_" + f.digits(7)),
            "balance_after_hours": G(lambda f: f.money(0, 120)),
        },
    ),
    (
        "track",
        "Sick Leave Documented",
        "server",
        "us",
        {
            "leave_id": G(lambda f: "lv_" + f.hexid(10)),
            "reason": Y(
                lambda f: f.pick(
                    [
                        "migraine",
                        "COVID-19",
                        "knee surgery recovery",
                        "influenza",
                        "panic attacks",
                        "chemotherapy",
                    ]
                ),
                "condition|procedure",
            ),
            "icd10": Y(
                lambda f: f.pick(["G43.909", "U07.1", "M23.91", "J11.1", "F41.0", "Z51.11"]), "diagnosis"
            ),
            "doctor_name": Y(lambda f: "Dr. " + f.other_name(), "name"),
            "clinic_name": G(
                lambda f: f.pick(["Ascension Seton", "One Medical", "MinuteClinic", "Austin Regional Clinic"])
            ),
            "clinic_phone": G(lambda f: f.pick(["(512) 555-0175", "+1 800 555 0133", "512-555-0108"])),
            "fmla_eligible": G(lambda f: f.pick([True, False])),
            "expected_return": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Atestado Médico Enviado",
        "kotlin",
        "br",
        {
            "matricula": G(lambda f: f.digits(6)),
            "dias_afastamento": G(lambda f: f.r.randint(1, 15)),
            "cid": Y(lambda f: f.pick(["J06.9", "M54.5", "A90", "F32.1", "K35.8"]), "diagnosis"),
            "crm_medico": Y(
                lambda f: f"CRM/{f.pick(['SP', 'RJ', 'MG'])} {f.r.randint(10000, 199999)}",
                "license|identification",
            ),
            "nome_medico": Y(lambda f: "Dr(a). " + f.other_name("br"), "name"),
            "data_inicio": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Accommodation Requested",
        "web",
        "us",
        {
            "request_id": G(lambda f: "acc_" + f.hexid(8)),
            "accommodation_type": RED(
                lambda f: f.pick(
                    [
                        "wheelchair-accessible workstation",
                        "screen reader software",
                        "ASL interpreter for meetings",
                        "modified schedule for dialysis",
                        "service animal at work",
                    ]
                ),
                "disability",
            ),
            "status": G(lambda f: f.pick(["submitted", "in_review", "approved"])),
        },
    ),
    (
        "track",
        "Self-Identification Completed",
        "web",
        "us",
        {
            "form": G(lambda f: f.pick(["CC-305", "EEO-1 voluntary", "VEVRAA"])),
            "race_ethnicity": Y(
                lambda f: f.pick(
                    [
                        "Hispanic or Latino",
                        "Black or African American",
                        "Asian",
                        "White",
                        "Two or More Races",
                        "American Indian or Alaska Native",
                        "Decline to state",
                    ]
                ),
                "race|ethnicity",
            ),
            "gender": Y(lambda f: f.pick(["female", "male", "nonbinary", "decline"]), "gender"),
            "veteran_status": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline"]), "veteran"
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            "sexual_orientation": Y(
                lambda f: f.pick(["heterosexual", "gay", "lesbian", "bisexual", "decline"]),
                "sexual orientation",
            ),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Union Membership Updated",
        "server",
        "us",
        {
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "union_name": Y(
                lambda f: f.pick(
                    ["SEIU Local 1000", "Teamsters Local 657", "UFCW Local 7", "UNITE HERE Local 11"]
                ),
                "trade union",
            ),
            "dues_per_period": G(lambda f: f.money(12, 60)),
            "effective_date": G(lambda f: f.day()),
            "deduction_code": G(lambda f: f.pick(["UNDUE", "UNION1", "UDUES"])),
        },
    ),
    # -- pay ------------------------------------------------------------------------------------
    (
        "track",
        "Payroll Run Submitted",
        "server",
        "any",
        {
            "payroll_id": G(lambda f: "pr_" + f.hexid(12)),
            "company_id": G(lambda f: "co_" + f.digits(6)),
            "pay_schedule": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly", "monthly"])),
            "check_date": G(lambda f: f.day()),
            "employee_count": G(lambda f: f.r.randint(2, 400)),
            "total_gross": G(lambda f: f.money(3000, 900000)),
            "total_taxes": G(lambda f: f.money(300, 200000)),
            "funding_method": G(lambda f: f.pick(["ach_debit", "wire", "boleto", "instapay"])),
            "submitted_by_email": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Payslip Viewed",
        "mobile",
        "us",
        {
            "payslip_id": G(lambda f: "ps_" + f.hexid(12)),
            "pay_period_start": G(lambda f: f.day()),
            "pay_period_end": G(lambda f: f.day()),
            "gross_pay": Y(lambda f: f.money(600, 9000), "salary"),
            "net_pay": Y(lambda f: f.money(450, 7000), "salary"),
            "currency": G(lambda f: "USD"),
            "federal_tax": G(lambda f: f.money(30, 1500)),
            "state_tax": G(lambda f: f.money(0, 500)),
            "deductions_total": G(lambda f: f.money(0, 600)),
            "hours_worked": G(lambda f: f.money(20, 88)),
        },
    ),
    (
        "track",
        "Holerite Visualizado",
        "kotlin",
        "br",
        {
            "competencia": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "salario_bruto": Y(lambda f: f.money(1412, 25000), "salary"),
            "salario_liquido": Y(lambda f: f.money(1200, 19000), "salary"),
            "inss": G(lambda f: f.money(100, 900)),
            "irrf": G(lambda f: f.money(0, 5000)),
            "matricula": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Payslip Emailed",
        "dotnet",
        "any",
        {
            "PayslipId": G(lambda f: "ps_" + f.hexid(12)),
            "EmployeeName": Y(lambda f: f.p.full, "name"),
            "EmployeeEmail": Y(lambda f: f.p.email, "email"),
            "PeriodEnd": G(lambda f: f.day()),
            "NetPay": Y(lambda f: f.money(450, 7000), "salary"),
            "DeliveryStatus": G(lambda f: f.pick(["Sent", "Bounced", "Deferred"])),
            "SentAt": G(lambda f: f.iso()),
            "MessageId": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.example-payroll.com>"),
        },
    ),
    (
        "track",
        "BIR 2316 Issued",
        "server",
        "ph",
        {
            "EMPLOYEE_TIN": RED(lambda f: f.ph_tin(), "national id"),
            "EMPLOYEE_NAME": Y(lambda f: f"{f.p.last.upper()}, {f.p.first.upper()}", "name"),
            "SSS_NO": RED(lambda f: f.sss(), "national id"),
            "PHILHEALTH_NO": RED(lambda f: f.philhealth(), "health id"),
            "PAGIBIG_MID": RED(lambda f: f.pagibig(), "national id"),
            "GROSS_COMPENSATION": Y(lambda f: f.money(216000, 1440000), "salary"),
            "TAX_WITHHELD": G(lambda f: f.money(0, 250000)),
            "TAX_YEAR": G(lambda f: f.pick([2022, 2023, 2024])),
            "EMPLOYER_TIN": G(lambda f: f.pick(["009-876-543-000", "220-114-908-000", "443-201-557-000"])),
            "RDO_CODE": G(lambda f: f.pick(["039", "044", "050"])),
            "MWE": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Form Generated",
        "server",
        "us",
        {
            "form_type": G(lambda f: f.pick(["W-2", "1099-NEC", "W-2c"])),
            "tax_year": G(lambda f: f.pick([2022, 2023, 2024])),
            "recipient_name": Y(lambda f: f.p.full, "name"),
            "recipient_tin": RED(lambda f: f.pick([f.ssn(), f.itin()]), "national id|social security number"),
            "box1_wages": Y(lambda f: f.money(8000, 180000), "salary"),
            "box2_federal_withheld": G(lambda f: f.money(0, 30000)),
            "employer_ein": G(lambda f: f.ein()),
        },
    ),
    (
        "identify",
        None,
        "server",
        "us",
        {
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "EMPLOYEE_NUMBER": G(lambda f: f.digits(6)),
            "HIRE_DATE": G(lambda f: f.date(2012, 2024)),
            "DEPARTMENT": G(lambda f: f.pick(DEPARTMENTS)),
            "LOCATION": G(lambda f: f.pick(OFFICES)),
            "MANAGER_EMAIL": Y(lambda f: f.other_email(), "email"),
            "ANNUAL_SALARY": Y(lambda f: f.salary(), "salary"),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Compensation Changed",
        "web",
        "any",
        {
            "employee_id": G(lambda f: "emp_" + f.digits(7)),
            "previous_salary": Y(lambda f: f.salary(), "salary"),
            "new_salary": Y(lambda f: f.salary(), "salary"),
            "hourly_rate": Y(lambda f: f.money(9, 85), "salary"),
            "change_reason": G(lambda f: f.pick(["merit", "promotion", "market_adjustment", "dissidio"])),
            "effective_date": G(lambda f: f.day()),
            "currency": G(lambda f: f.pick(["USD", "BRL", "PHP"])),
            "approved_by": G(lambda f: "usr_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Employee Terminated",
        "dotnet",
        "us",
        {
            "EmployeeId": G(lambda f: "emp_" + f.digits(7)),
            "TerminationDate": G(lambda f: f.day()),
            "TerminationType": G(lambda f: f.pick(["Voluntary", "Involuntary", "EndOfContract"])),
            "ReasonCode": G(lambda f: f.pick(["RESIGN", "LAYOFF", "PERF", "RELOC"])),
            "FinalPayAmount": Y(lambda f: f.money(400, 12000), "salary"),
            "RehireEligible": G(lambda f: f.pick([True, False])),
            "SeveranceWeeks": G(lambda f: f.r.randint(0, 12)),
            "CobraEligible": G(lambda f: f.pick([True, False])),
            "ManagerNotes": G(manager_notes),
            "PersonalEmail": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Offer Letter Sent",
        "web",
        "any",
        {
            "offer_id": G(lambda f: "off_" + f.hexid(10)),
            "candidate_name": Y(lambda f: f.p.full, "name"),
            "candidate_email": Y(lambda f: f.p.email, "email"),
            "job_title": G(lambda f: f.pick(TITLES)),
            "department": G(lambda f: f.pick(DEPARTMENTS)),
            "base_salary": Y(lambda f: f.salary(), "salary"),
            "signing_bonus": Y(lambda f: f.pick([1000, 2500, 5000, 10000]), "salary"),
            "start_date": G(lambda f: f.day()),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "hiring_manager_id": G(lambda f: "emp_" + f.digits(7)),
        },
    ),
    # -- contractors ----------------------------------------------------------------------------
    (
        "track",
        "Contractor Onboarded",
        "server",
        "intl",
        {
            "contractor-id": G(lambda f: "ctr_" + f.hexid(10)),
            "full-name": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "country": G(lambda f: f.pick(["GB", "DE", "NG", "IN", "PL", "BR", "PH"])),
            "tax-residence": G(lambda f: f.pick(["GB", "DE", "NG", "IN", "PL"])),
            "date-of-birth": Y(lambda f: f.p.dob, "birthdate"),
            "passport-number": RED(lambda f: f.passport_no("intl"), "passport"),
            "contract-type": G(lambda f: f.pick(["fixed", "pay_as_you_go", "milestone"])),
            "rate-amount": Y(lambda f: f.pick([35, 45, 60, 4200, 5500]), "salary"),
            "rate-unit": G(lambda f: f.pick(["hour", "month", "week"])),
            "scope-of-work": G(
                lambda f: f.pick(["Mobile app QA", "Brand design", "Backend development", "Bookkeeping"])
            ),
        },
    ),
    (
        "track",
        "Contractor Invoice Submitted",
        "web",
        "any",
        {
            "invoice_id": G(lambda f: "inv_" + f.hexid(12)),
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.r.randint(1, 999):03d}"),
            "contractor_name": Y(lambda f: f.p.full, "name"),
            "business_name": G(
                lambda f: f.pick(
                    [
                        "Studio Verde Design",
                        "Reyes Digital Services",
                        "Nakamura Consulting LLC",
                        "MEI Tech Soluções",
                    ]
                )
            ),
            "tax_id": RED(lambda f: f.gov_id(), "national id|social security number"),
            "amount": G(lambda f: f.money(300, 12000)),
            "currency": G(lambda f: f.pick(["USD", "BRL", "PHP", "EUR"])),
            "hours": G(lambda f: f.money(5, 160)),
            "hourly_rate": Y(lambda f: f.money(15, 140), "salary"),
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "UX audit",
                                "Sprint 14 development",
                                "Logo refresh",
                                "Monthly bookkeeping",
                                "Bug fixes",
                            ]
                        )
                    ),
                    "amount": G(lambda f: f.money(100, 5000)),
                },
                3,
            ),
            "due_date": G(lambda f: f.day()),
            "notes": G(lambda f: f.pick(["Thanks!", "Includes March hours", "Obrigado!", "Salamat po", ""])),
        },
    ),
    (
        "track",
        "Contractor Payment Sent",
        "server",
        "intl",
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "invoice_id": G(lambda f: "inv_" + f.hexid(12)),
            "amount": G(lambda f: f.money(300, 12000)),
            "currency": G(lambda f: f.pick(["EUR", "GBP", "USD"])),
            "method": G(lambda f: f.pick(["swift_wire", "sepa", "local_transfer"])),
            "recipient_name": Y(lambda f: f.p.full, "name"),
            "recipient_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"])), "bank account"),
            "swift_bic": G(lambda f: f.pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "ABNANL2A", "CAIXESBB"])),
            "recipient_country": G(lambda f: f.pick(["DE", "GB", "FR", "NL", "ES"])),
            "fee": G(lambda f: f.money(0, 25)),
            "estimated_arrival": G(lambda f: f.day()),
        },
    ),
    # -- sign in, credentials, codes ------------------------------------------------------------
    (
        "track",
        "Signed In",
        "mobile",
        "any",
        {
            "method": G(lambda f: f.pick(["password", "sso", "magic_link", "biometric"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none", "push"])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "success": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "sso_provider": G(lambda f: f.pick(["google", "microsoft", "okta", "none"])),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "server",
        "any",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "reset_token": RED(lambda f: f.b62(43), "token"),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "expires_in": G(lambda f: f.pick([900, 1800, 3600])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "MFA Code Sent",
        "server",
        "any",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "otp_code": RED(lambda f: f.otp(), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_at": G(lambda f: f.iso()),
            "provider": G(lambda f: f.pick(["twilio_verify", "zenvia", "semaphore"])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "server",
        "any",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+15125550123", "+18885550142", "+639175550100"])),
            "To": Y(lambda f: f.e164(), "phone"),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered", "failed"])),
            "Body": RED(sms_body, "token", True),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "web",
        "any",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "login_token": RED(lambda f: f.b62(32), "token"),
            "redirect_path": G(lambda f: f.pick(["/payslips", "/benefits", "/time-off"])),
        },
    ),
    (
        "track",
        "Invite Link Opened",
        "web",
        "any",
        {
            "link": Y(
                lambda f: f"https://app.example-payroll.com/join?company=co_{f.digits(6)}&email={f.p.email}",
                "email",
                True,
            ),
            "company_id": G(lambda f: "co_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Invite Sent",
        "web",
        "any",
        {
            "invite_id": G(lambda f: "inv_" + f.uuid()),
            "invitee_email": Y(lambda f: f.other_email(), "email"),
            "invitee_first_name": Y(lambda f: f.name_in(f.p.region)[0], "name"),
            "invitee_role": G(lambda f: f.pick(["employee", "manager", "contractor", "admin"])),
            "personal_message": Y(invite_message, "phone", True),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "web",
        "us",
        {
            "payment_method_id": RED(lambda f: "pm_" + f.b62(24), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.p.full, "name"),
            "billing_zip": Y(lambda f: f.p.zip, "zipcode"),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "any",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(40, 3000)),
            "revenue": G(lambda f: f.money(40, 3000)),
            "tax": G(lambda f: f.money(0, 200)),
            "currency": G(lambda f: f.pick(["USD", "BRL", "PHP"])),
            "coupon": G(lambda f: f.pick(["", "SWITCH3FREE", "ACCOUNTANT20"])),
            "products": products(),
            "billing_address": {
                "line1": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.zip, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "payment_method": G(lambda f: f.pick(["card", "ach", "pix", "boleto"])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "server",
        "any",
        {
            "id": G(lambda f: "in_" + f.b62(24)),
            "customer": G(lambda f: "cus_" + f.b62(14)),
            "customer_email": Y(lambda f: f.p.email, "email"),
            "customer_name": Y(lambda f: f.p.full, "name"),
            "amount_paid": G(lambda f: f.r.randint(4000, 300000)),
            "payment_intent": G(lambda f: "pi_" + f.b62(24)),
            "charge": G(lambda f: "ch_" + f.b62(24)),
            "hosted_invoice_url": G(
                lambda f: "https://invoice.stripe.com/i/acct_" + f.b62(16) + "/test_" + f.b62(40)
            ),
        },
    ),
    # -- support, search, forms, free text --------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "web",
        "any",
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Payslip missing overtime",
                        "Deposit returned",
                        "Wrong tax withholding",
                        "Holerite não aparece",
                        "W-2 address correction",
                    ]
                )
            ),
            "description": Y(support_description, "email", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "category": G(lambda f: f.pick(["payroll", "benefits", "tax", "access"])),
        },
    ),
    (
        "track",
        "HR Chat Message Sent",
        "rn",
        "br",
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": RED(hr_chat_text, "national id", True),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp"])),
        },
    ),
    (
        "track",
        "People Searched",
        "web",
        "any",
        {
            "q": Y(
                lambda f: f.pick([f.other_name(), f.other_name().split()[-1], f.other_name()]), "name", True
            ),
            "scope": G(lambda f: f.pick(["employees", "contractors", "all"])),
            "results_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Form Field Changed",
        "web",
        "any",
        {
            "form": G(lambda f: f.pick(["employee_profile", "onboarding_personal", "contractor_profile"])),
            "field": G(lambda f: f.pick(["personal_email", "work_email", "recovery_email"])),
            "input": Y(lambda f: f.pick([f.p.email, f.other_email()]), "email", True),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dependent Selected",
        "mobile",
        "us",
        {
            "option_id": G(lambda f: "dep_" + f.hexid(10)),
            "label": Y(lambda f: f.relative_name(), "name", True),
            "context": G(lambda f: f.pick(["fsa_claim", "add_to_plan", "beneficiary"])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        "rn",
        "any",
        {
            "field_key": G(lambda f: f.pick(["preferred_name", "display_name", "nickname"])),
            "value": Y(
                lambda f: f.pick([f.p.first.split()[0], f.p.full, f"{f.p.first.split()[0]} {f.p.last[0]}."]),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "flutter",
        "ph",
        {
            "pangalan_ng_kontak": Y(lambda f: f.other_name("ph"), "name"),
            "relasyon": G(lambda f: f.pick(["asawa", "magulang", "kapatid", "anak", "kaibigan"])),
            "mobile": Y(lambda f: f.phone_in("ph"), "phone"),
            "alt_phone": Y(lambda f: f.phone_in("ph"), "phone"),
            "address": Y(lambda f: f"{f.street_in('ph')}, {f.city_state('ph')[0]}", "address"),
            "is_primary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Employee Address Changed",
        "swift",
        "us",
        {
            "new_address": {
                "street_1": Y(lambda f: f.p.street, "street|address"),
                "street_2": Y(lambda f: f.pick(["Apt 2B", "Unit 410", "#12", "Suite 3"]), "street|address"),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "zip": Y(lambda f: f.p.zip, "zipcode"),
            },
            "effective_date": G(lambda f: f.day()),
            "previous_state": G(lambda f: f.pick(["TX", "CA", "NY", "WA"])),
            "work_from_home": G(lambda f: f.pick([True, False])),
            "tax_jurisdiction_changed": G(lambda f: f.pick([True, False])),
            "address_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Time Clock Punched",
        "kotlin",
        "any",
        {
            "punch_id": G(lambda f: f.uuid()),
            "punch_type": G(lambda f: f.pick(["clock_in", "clock_out", "break_start", "break_end"])),
            "job_site_id": G(lambda f: "site_" + f.digits(4)),
            "latitude": Y(lambda f: f.near()[0], "geolocation"),
            "longitude": Y(lambda f: f.near()[1], "geolocation"),
            "selfie_url": Y(lambda f: f"https://cdn.example-payroll.com/punch/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Expense Submitted",
        "rn",
        "any",
        {
            "expense_id": G(lambda f: "exp_" + f.hexid(10)),
            "amount": G(lambda f: f.money(3, 800)),
            "currency": G(lambda f: f.pick(["USD", "BRL", "PHP"])),
            "category": G(lambda f: f.pick(["meals", "mileage", "travel", "home_office"])),
            "merchant": G(
                lambda f: f.pick(["Uber", "99 Taxi", "Grab", "Starbucks", "Jollibee", "Office Depot"])
            ),
            "destination": G(
                lambda f: f.pick(
                    ["Client site - Houston", "Aeroporto de Congonhas", "NAIA Terminal 3", "Cebu IT Park"]
                )
            ),
            "card_last4": G(lambda f: f.digits(4)),
            "receipt_url": G(lambda f: f"https://cdn.example-payroll.com/receipts/{f.hexid(20)}.jpg"),
        },
    ),
    (
        "track",
        "Document Signed",
        "server",
        "any",
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "signed", "declined"])),
            "signer": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                "ipAddress": Y(lambda f: f.ipv4(), "ip"),
                "signedDateTime": G(lambda f: f.iso()),
            },
            "documentName": G(
                lambda f: f.pick(
                    ["Offer Letter", "Contrato de Trabalho", "Independent Contractor Agreement", "NDA"]
                )
            ),
        },
    ),
    (
        "track",
        "Survey Submitted",
        "web",
        "any",
        {
            "survey_id": G(lambda f: "srv_" + f.hexid(6)),
            "enps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(survey_comment),
            "department": G(lambda f: f.pick(DEPARTMENTS)),
            "anonymous": G(lambda f: True),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "mobile",
        "any",
        {
            "email_notifications": G(lambda f: f.pick([True, False])),
            "sms_notifications": G(lambda f: f.pick([True, False])),
            "birthday_shoutouts": G(lambda f: f.pick([True, False])),
            "preferred_language": G(lambda f: f.pick(["en", "pt-BR", "fil"])),
        },
    ),
    (
        "track",
        "Referral Submitted",
        "web",
        "any",
        {
            "referral_id": G(lambda f: "ref_" + f.hexid(8)),
            "referrer_employee_id": G(lambda f: "emp_" + f.digits(7)),
            "candidate_full_name": Y(lambda f: f.other_name(), "name"),
            "candidate_phone": Y(lambda f: f.phone_in(f.p.region), "phone"),
            "candidate_email": Y(lambda f: f.other_email(), "email"),
            "position_id": G(lambda f: "job_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Solicitação de Férias",
        "kotlin",
        "br",
        {
            "periodo_aquisitivo": G(lambda f: f.pick(["2023/2024", "2024/2025", "2022/2023"])),
            "dias": G(lambda f: f.pick([10, 15, 20, 30])),
            "data_inicio": G(lambda f: f.day()),
            "observacao": G(leave_note),
        },
    ),
    # -- page, screen, alias --------------------------------------------------------------------
    (
        "page",
        "Payslips",
        "web",
        "any",
        {
            "path": G(lambda f: f.pick(["/payslips", "/payslips/2024", "/holerites"])),
            "url": G(
                lambda f: (
                    "https://app.example-payroll.com" + f.pick(["/payslips", "/payslips/2024", "/holerites"])
                )
            ),
            "title": G(lambda f: f.pick(["Payslips | Paybridge", "Holerites | Paybridge"])),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://app.example-payroll.com/dashboard", "https://mail.google.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?year=2024", "?year=2023"])),
        },
    ),
    (
        "screen",
        "Payslip Detail",
        "mobile",
        "any",
        {
            "screen_class": G(
                lambda f: f.pick(
                    ["PayslipDetailViewController", "PayslipDetailFragment", "PayslipDetailScreen"]
                )
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "PayslipList", "Notifications"])),
            "tab": G(lambda f: f.pick(["earnings", "deductions", "taxes"])),
        },
    ),
    ("alias", None, "mobile", "any", {}),
]


def message(f: PF, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "emp_" + f.digits(7),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "co_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = PF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, body in EVENTS:
            f.p = f.person(f.region() if region == "any" else region)
            events.append(message(f, kind, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=146, repeats=28)
    write(Path(__file__).parent, "holdout146_", events, labels)
