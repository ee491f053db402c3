"""Writes holdout148: tests/corpus/holdout148_events.jsonl and holdout148_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the project's detection docs, and never run against the engine before being
committed. Only build.py / fake.py (helpers), build_holdout3.py (format) and shared/REFERENCE.md /
DESIGN.md were read.

Domain: "Kalma", an online therapy and mental-health app (BetterHelp/Talkspace-like) in the US,
Germany and Brazil. Covers intake questionnaires (PHQ-9, GAD-7, history), therapist matching and
sessions, messaging, insurance (eligibility, claims, superbills, German Kostenübernahme, Brazilian
convênio reimbursement), crisis screening and safety plans, medication management with a
psychiatrist (prescriptions, reminders, side effects, pharmacies), subscriptions and payments
(Segment e-commerce spec, Stripe-shaped webhooks, SEPA, PIX), therapist recruiting, background
checks (Checkr-shaped), identity verification (Persona-shaped, kebab-case), payouts, support
tickets (Zendesk-shaped), Twilio SMS webhooks, Meta CAPI-shaped conversions and a warehouse sync
(Reverse ETL, SCREAMING_SNAKE). Calls: identify, track, page, screen, group, alias. Contexts of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the
python / node / go / java / ruby / php / C# server libraries.

Conventions: mostly camelCase and snake_case English keys (about four fifths of the paths);
PascalCase from the .NET billing service and Twilio; kebab-case from Persona and a node matching
service; SCREAMING_SNAKE from the warehouse; German keys (the German backend: Vorname,
Versichertennummer ...) and Portuguese keys (the Brazilian backend: nome_completo, cpf,
endereco.bairro ...).

Values: names from US, German, Turkish, Polish, Brazilian, Japanese, Korean, Nigerian, Navajo ...
cultures; national phone formats (NANP, +49 / 0176, +55 (11) 9xxxx-xxxx); Luhn card numbers,
mod-97 IBANs, SSA-structured SSNs, CPFs with both check digits, CNS (Cartão SUS) numbers passing
the mod-11 rule, German KVNRs and Steuer-IDs with their check digits, NPIs passing Luhn with the
80840 prefix, DEA numbers with their check digit.

Labelling rules (the Privacy Portal's default colours):
- PII when the values are personal data about a natural person: the client, a recipient, an
  emergency or support contact, a guardian, a partner, an insurance subscriber, staff (therapists,
  psychiatrists, coordinators). Colour from the reference's default matcher; outside it, red for
  credentials / secrets / card numbers / bank accounts / government ids / health ids, else yellow.
- Green: ids we or vendors issue, UUIDs, versions, timestamps, hashes of non-PII, amounts, enums,
  counters, booleans under PII-sounding keys, product / plan / company / payer / pharmacy / pet
  names, places that are not the person's, country / state / Bundesland / UF, locale, timezone,
  currency, user agents, OS analytics device ids (IDFV, instance ids, AppsFlyer ids). Card brand,
  last four and expiry, routing numbers, BIC, Brazilian bank and agência codes are green; SSN last
  four is red.
- The published policy's contested cases are followed as written (customer, employee and claim numbers green,
  ages green, marital status and jobs green, business phones / role mailboxes / addresses green,
  pets green, UUID tokens green; insurer member numbers yellow `identification`, rx numbers yellow
  `medication`, pay yellow `salary`, gclid/fbclid/fbp/fbc yellow `advertising id`, billing addresses
  yellow `address`, trade union yellow; pm_ ids, one-time codes and sign-in link tokens red; MRN,
  KVNR, Cartão SUS red `health id`; identity document numbers and CPF / Steuer-ID red; visa and
  right-to-work answers red `visa`).
- value_only is true when the key does not name the kind of data (`value`, `label`, `input`,
  `text`, `note`, `q`, `to`, `From`, `push_title`, `destination`, a file name, a URL) and only the value
  reveals it. Every value of a value_only PII path carries that PII; free text is labelled by
  what every one of its values carries, and free text that never carries PII is green.

Rules chosen where the policy is silent (what a careful privacy owner of a mental-health service
would want flagged):
- Being a client of the service is not itself labelled: session ids, durations, modality, plan
  and the like are green. What the values reveal beyond that is labelled: screening scores and
  severities, focus areas, risk levels, crisis flags, safety-plan warning signs, mood check-ins,
  side effects, psychiatric history -> yellow `condition` (`condition|diagnosis` for scored
  screenings); ICD-10 codes -> yellow `diagnosis`; CPT codes and therapy methods on claims ->
  yellow `procedure`; medication names, strengths and doses, "on medication" / controlled
  substance flags -> yellow `medication`. Answers to a screening question are `condition` even as
  bare numbers (value_only false: neither key nor value alone tells; the event does).
  Preferences about the therapist (gender, language) are green; asking for faith-based therapy
  reveals the client's religion (yellow `religion`); the client's own faith, orientation, race,
  veteran status and disability are labelled. A salutation (Anrede: Frau / Herr / divers) is
  yellow `gender|sex`.
- Therapists' professional attributes (specialties, credentials, license type and state,
  years of practice) are green; their names, photos, genders, work e-mails and mobiles, NPI
  (yellow `identification`), state licence / CRP / LANR / DEA numbers (yellow `license`) are labelled.
- Hashed e-mails sent to ad platforms (Meta CAPI `em`) keep the label of what was hashed
  (yellow): they are pseudonymous personal data; hashed user ids are green.
- Push tokens (APNs / FCM) are red `token`, as in the main corpus; a pre-signed download URL
  (X-Amz-Signature) is a bearer credential: red `secret|token`.
- An emotional-support-animal eligibility flag reveals a disability: red `disability`.
- Driver's licence numbers are yellow `license` (the reference's matcher, as in the main corpus);
  passport and national ID card numbers are red (`national id|passport`). A PIX key (a CPF, an
  e-mail or a phone that routes payments to the person's account) is red
  `bank account|national id|email|phone`.
- Business contact points are green: the Twilio `To` number, practice and pharmacy phones and
  addresses, crisis lines, role mailboxes (benefits@, support@); a named staff member's work
  e-mail or mobile is yellow. SMS replies, session comments, cancellation feedback, coping
  strategies and reasons for living never carry PII here: green free text.
- Searches in the therapist directory always name a condition here: yellow `condition`.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value lists ------------------------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Jamal",
        "Keisha",
        "Tyler",
        "María",
        "José",
        "Hyun-woo",
        "Priya",
        "Aaliyah",
        "DeShawn",
        "Connor",
        "Mei-Ling",
        "Linh",
        "Dakota",
        "Abigail",
        "Mohammed",
        "Rachel",
        "Leilani",
        "Kenji",
        "Brianna",
        "Siobhan",
        "Olumide",
        "Tanisha",
        "Ezra",
    ],
    "DE": [
        "Lukas",
        "Lea",
        "Jonas",
        "Annika",
        "Jürgen",
        "Sabine",
        "Mehmet",
        "Ayşe",
        "Katharina",
        "Maximilian",
        "Sophie",
        "Björn",
        "Elif",
        "Dragan",
        "Marie",
        "Felix",
        "Svetlana",
        "Ole",
    ],
    "BR": [
        "João",
        "Ana Luíza",
        "Thiago",
        "Fernanda",
        "Luana",
        "Gabriel",
        "Maria Eduarda",
        "Rafael",
        "Beatriz",
        "Lucas",
        "Camila",
        "Pedro Henrique",
        "Juliana",
        "Kauã",
        "Yasmin",
        "Antônio",
        "Letícia",
        "Matheus",
    ],
}
LAST = {
    "US": [
        "Johnson",
        "Williams",
        "Washington",
        "Hernández",
        "Kim",
        "Nguyen",
        "Cohen",
        "Patel",
        "O'Connor",
        "Jackson",
        "Rodríguez",
        "Yazzie",
        "Lee",
        "Murphy",
        "Okafor",
        "Goldberg",
        "Thompson",
        "Castillo",
        "Begay",
        "Nakamura",
        "Adeyemi",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Y\u0131lmaz",
        "Kaya",
        "Wagner",
        "Krüger",
        "Nowak",
        "Zimmermann",
        "Braun",
        "Hartmann",
        "Lehmann",
        "Kowalski",
    ],
    "BR": [
        "Souza",
        "Oliveira",
        "Santos",
        "Pereira",
        "Nascimento",
        "Silva",
        "Costa",
        "Rodrigues",
        "Almeida",
        "Ferreira",
        "Carvalho",
        "Gomes",
        "Ribeiro",
        "Lima",
        "Araújo",
        "Barbosa",
        "Cavalcanti",
        "Tanaka",
    ],
}
MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
}
US_CITIES = [
    ("Austin", "TX", "787"),
    ("Chicago", "IL", "606"),
    ("Brooklyn", "NY", "112"),
    ("Seattle", "WA", "981"),
    ("Atlanta", "GA", "303"),
    ("Denver", "CO", "802"),
    ("Columbus", "OH", "432"),
    ("Oakland", "CA", "946"),
    ("Phoenix", "AZ", "850"),
    ("Gallup", "NM", "873"),
    ("Durham", "NC", "277"),
    ("Miami", "FL", "331"),
]
DE_CITIES = [
    ("Berlin", "Berlin", "10"),
    ("Hamburg", "Hamburg", "20"),
    ("München", "Bayern", "80"),
    ("Köln", "Nordrhein-Westfalen", "50"),
    ("Leipzig", "Sachsen", "04"),
    ("Dresden", "Sachsen", "01"),
    ("Freiburg im Breisgau", "Baden-Württemberg", "79"),
    ("Bremen", "Bremen", "28"),
    ("Mainz", "Rheinland-Pfalz", "55"),
]
BR_CITIES = [
    ("São Paulo", "SP", "0"),
    ("Rio de Janeiro", "RJ", "2"),
    ("Belo Horizonte", "MG", "3"),
    ("Curitiba", "PR", "8"),
    ("Porto Alegre", "RS", "9"),
    ("Recife", "PE", "5"),
    ("Salvador", "BA", "4"),
    ("Fortaleza", "CE", "6"),
    ("Brasília", "DF", "7"),
]
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "E 14th St",
    "Cedar Lane",
    "Martin Luther King Jr Blvd",
    "Sunset Dr",
    "Willow Way",
    "N Lamar Blvd",
    "Peachtree St NE",
    "Bedford Ave",
    "Pine Ridge Rd",
]
DE_STREETS = [
    "Hauptstraße",
    "Bergmannstraße",
    "Schillerstr.",
    "Am Lindenhof",
    "Goethestraße",
    "Kastanienallee",
    "Sonnenallee",
    "Friedrich-Ebert-Ring",
    "Bahnhofstr.",
    "Zum Mühlenbach",
]
BR_STREETS = [
    "Rua das Flores",
    "Av. Paulista",
    "Rua Augusta",
    "Rua Voluntários da Pátria",
    "Av. Boa Viagem",
    "Rua XV de Novembro",
    "Travessa São José",
    "Rua Domingos de Morais",
    "Av. Sete de Setembro",
]
BAIRROS = [
    "Vila Madalena",
    "Pinheiros",
    "Copacabana",
    "Savassi",
    "Batel",
    "Boa Viagem",
    "Moinhos de Vento",
    "Asa Sul",
    "Barra",
    "Tijuca",
    "Centro",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 13; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
PLANS = [
    ("pl_msg_weekly", "KLM-MSG-W", "Messaging Therapy", "weekly", 65.0),
    ("pl_video_weekly", "KLM-VID-W", "Video + Messaging", "weekly", 90.0),
    ("pl_couples", "KLM-CPL-W", "Couples Therapy", "weekly", 100.0),
    ("pl_psych", "KLM-PSY-M", "Psychiatry + Medication Management", "monthly", 99.0),
    ("pl_teen", "KLM-TEEN-W", "Teen Counseling", "weekly", 80.0),
]
US_PAYERS = [
    ("Aetna", "60054"),
    ("Cigna", "62308"),
    ("UnitedHealthcare", "87726"),
    ("Blue Cross Blue Shield of Texas", "84980"),
    ("Anthem Blue Cross", "47198"),
    ("Kaiser Permanente", "94134"),
    ("Humana", "61101"),
    ("Optum Behavioral Health", "87726"),
]
KASSEN = ["Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit", "IKK classic", "KKH"]
PLANOS = ["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida", "Porto Seguro Saúde"]
EMPLOYERS = [
    "Northwind Traders",
    "Contoso Ltd",
    "Fabrikam Inc.",
    "Tailspin Toys",
    "Banco Horizonte S.A.",
    "Müller Logistik GmbH",
    "Vandelay Industries",
    "Wide World Importers",
]
ICD10 = [
    "F32.1",
    "F33.0",
    "F41.1",
    "F41.0",
    "F43.10",
    "F43.12",
    "F40.10",
    "F90.0",
    "F31.81",
    "F50.00",
    "F42.2",
    "F43.23",
    "F32.A",
    "G47.00",
]
CPT = ["90791", "90832", "90834", "90837", "90846", "90847", "99214", "90833"]
MEDS = [
    "sertraline",
    "escitalopram",
    "fluoxetine",
    "bupropion XL",
    "venlafaxine ER",
    "lamotrigine",
    "quetiapine",
    "methylphenidate ER",
    "lisdexamfetamine",
    "hydroxyzine",
    "trazodone",
    "buspirone",
    "mirtazapine",
]
STRENGTHS = ["10 mg", "20 mg", "25 mg", "50 mg", "100 mg", "150 mg", "300 mg", "37.5 mg"]
CONDITIONS = [
    "anxiety",
    "depression",
    "trauma & PTSD",
    "grief",
    "OCD",
    "ADHD",
    "bipolar disorder",
    "eating disorders",
    "insomnia",
    "panic attacks",
    "substance use",
    "postpartum depression",
]
SPECIALTIES = [
    "CBT",
    "DBT",
    "EMDR",
    "couples",
    "LGBTQ+ affirming",
    "adolescents",
    "mindfulness",
    "psychodynamic",
    "ACT",
    "faith-based",
]
PHARMACIES = [
    ("CVS Pharmacy #4821", "+1 512-472-0111", "1000 E 41st St", "Austin", "TX", "78751"),
    ("Walgreens #10463", "(312) 337-8844", "757 N Michigan Ave", "Chicago", "IL", "60611"),
    ("Rite Aid #3349", "718-387-2244", "182 Smith St", "Brooklyn", "NY", "11201"),
    ("Costco Pharmacy #112", "(206) 622-3136", "4401 4th Ave S", "Seattle", "WA", "98134"),
    ("Kroger Pharmacy", "+1 404-875-3555", "725 Ponce de Leon Ave NE", "Atlanta", "GA", "30306"),
]
DE_DOC_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"
TWILIO_NUMBERS = ["+15125550147", "+13125550199", "+16465550123"]


def ascii_fold(text: str) -> str:
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).replace("\u0131", "i")


class P(Fake):
    """Fake with per-market people, national ids and health ids. `m` is the current market."""

    m = "US"

    def mk(self, market=None):
        return market or self.m

    def given(self, market=None):
        return self.pick(FIRST[self.mk(market)])

    def family(self, market=None):
        m = self.mk(market)
        if m == "BR" and self.r.random() < 0.5:
            return f"{self.pick(LAST['BR'])} {self.pick(LAST['BR'])}"
        return self.pick(LAST[m])

    def person(self, market=None):
        return f"{self.given(market)} {self.family(market)}"

    def mail(self, first=None, last=None, market=None):
        m = self.mk(market)
        first = ascii_fold(first or self.given(m)).lower().replace(" ", "")
        last = ascii_fold(last or self.family(m)).lower().replace(" ", "").replace("'", "")
        style = self.r.randint(0, 4)
        user = [
            f"{first}.{last}",
            f"{first}{last[:1]}{self.r.randint(1, 99)}",
            f"{first[:1]}{last}",
            f"{first}_{last}{self.r.randint(70, 99)}",
            f"{last}.{first}",
        ][style]
        return f"{user}@{self.pick(MAIL_DOMAINS[m])}"

    def staff_mail(self, first=None, last=None):
        first = ascii_fold(first or self.given()).lower().replace(" ", "")
        last = ascii_fold(last or self.family()).lower().replace(" ", "").replace("'", "")
        return f"{first}.{last}@{self.pick(['kalma.health', 'care.kalma.health', 'kalma.de'])}"

    def tel(self, market=None):
        m = self.mk(market)
        r = self.r
        if m == "DE":
            mobile = f"1{r.choice(['51', '52', '57', '60', '62', '70', '72', '76', '79'])}"
            rest = f"{r.randint(1000000, 99999999)}"
            return self.pick(
                [
                    f"+49 {mobile} {rest}",
                    f"0{mobile} {rest}",
                    f"+49{mobile}{rest}",
                    f"0{mobile}/{rest}",
                    f"+49 (0)30 {r.randint(2000000, 99999999)}",
                    f"089 {r.randint(100000, 9999999)}",
                ]
            )
        if m == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "81", "71", "85", "61"])
            a, b = r.randint(1000, 9999), r.randint(1000, 9999)
            return self.pick(
                [
                    f"+55 {ddd} 9{a}-{b}",
                    f"({ddd}) 9{a}-{b}",
                    f"+55{ddd}9{a}{b}",
                    f"{ddd} 9{a} {b}",
                    f"({ddd}) 9 {a}-{b}",
                ]
            )
        area = r.choice([212, 312, 415, 512, 206, 404, 303, 614, 510, 602, 505, 919, 305, 718, 646])
        ex = r.randint(201, 989)
        line = r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"+1 {area}-{ex}-{line:04d}",
                f"1 ({area}) {ex}-{line:04d}",
            ]
        )

    def e164(self, market=None):
        digits = "".join(c for c in self.tel(market) if c.isdigit())
        m = self.mk(market)
        if m == "US":
            return "+1" + digits[-10:]
        if m == "DE":
            rest = digits[2:] if digits.startswith("49") else digits
            return "+49" + rest.lstrip("0")
        return "+" + (digits if digits.startswith("55") else "55" + digits)

    def street_line(self, market=None):
        m = self.mk(market)
        if m == "DE":
            return f"{self.pick(DE_STREETS)} {self.r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        if m == "BR":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3999)}"
        return f"{self.r.randint(100, 9899)} {self.pick(US_STREETS)}"

    def line2(self, market=None):
        m = self.mk(market)
        if m == "DE":
            return self.pick(["Hinterhaus", "3. OG links", "c/o Schneider", "Whg. 12", "2. Etage"])
        if m == "BR":
            return self.pick(["Apto 52", "Bloco B, Apto 1204", "Casa 2", "Sala 301", "Apto 81"])
        return self.pick(["Apt 3B", "Unit 12", "#405", "Apt 2F", "Suite 210", "Apt 1107"])

    def city_of(self, market=None):
        m = self.mk(market)
        return self.pick({"US": US_CITIES, "DE": DE_CITIES, "BR": BR_CITIES}[m])[0]

    def region(self, market=None):
        m = self.mk(market)
        return self.pick({"US": US_CITIES, "DE": DE_CITIES, "BR": BR_CITIES}[m])[1]

    def postal(self, market=None):
        m = self.mk(market)
        if m == "DE":
            return f"{self.pick([c[2] for c in DE_CITIES])}{self.r.randint(0, 999):03d}"
        if m == "BR":
            return f"{self.r.randint(1, 9)}{self.r.randint(0, 9999):04d}-{self.r.randint(0, 999):03d}"
        zip5 = f"{self.pick([c[2] for c in US_CITIES])}{self.r.randint(1, 99):02d}"
        return zip5 if self.r.random() < 0.8 else f"{zip5}-{self.r.randint(1, 9999):04d}"

    def full_address(self, market=None):
        m = self.mk(market)
        if m == "DE":
            city, _, plz = self.pick(DE_CITIES)
            return f"{self.street_line('DE')}, {plz}{self.r.randint(0, 999):03d} {city}"
        if m == "BR":
            city, uf, cep = self.pick(BR_CITIES)
            return (
                f"{self.street_line('BR')} - {self.pick(BAIRROS)}, {city} - {uf}, "
                f"{cep}{self.r.randint(0, 9999):04d}-{self.r.randint(0, 999):03d}"
            )
        city, st, z = self.pick(US_CITIES)
        return f"{self.street_line('US')}, {city}, {st} {z}{self.r.randint(1, 99):02d}"

    def dob(self, lo=1958, hi=2005, style=None):
        y, mo, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        style = style or {"US": "us", "DE": "de", "BR": "br"}[self.m]
        if self.r.random() < 0.4:
            style = "iso"
        return {
            "iso": f"{y}-{mo:02d}-{d:02d}",
            "us": f"{mo:02d}/{d:02d}/{y}",
            "de": f"{d:02d}.{mo:02d}.{y}",
            "br": f"{d:02d}/{mo:02d}/{y}",
        }[style]

    def ipv6x(self):
        prefix = self.pick(["2600:1700:", "2a02:8108:", "2804:14c:", "2601:586:", "2003:e4:"])
        return prefix + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def ip_any(self):
        return self.ipv4() if self.r.random() < 0.75 else self.ipv6x()

    def when(self, year="2024"):
        r = self.r
        return (
            f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        )

    def day(self, lo=2024, hi=2025):
        return f"{self.r.randint(lo, hi)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.r.choice(chars) for _ in range(n))

    def upper_alnum(self, n):
        return self.alnum(n, string.ascii_uppercase + string.digits)

    # -- government, health and professional ids ---------------------------------------------------

    def cpf(self):
        base = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
            base.append((total * 10 % 11) % 10)
        s = "".join(map(str, base))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if self.r.random() < 0.6 else s

    def cns(self):
        """Cartão Nacional de Saúde, definitive numbers (starting 1 or 2) with their check digit."""
        while True:
            pis = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
            total = sum(int(d) * (15 - i) for i, d in enumerate(pis))
            dv = 11 - total % 11
            if dv == 11:
                dv = 0
            if dv == 10:
                total += 2
                dv = 11 - total % 11
                number = pis + "001" + str(dv)
            else:
                number = pis + "000" + str(dv)
            if sum(int(d) * (15 - i) for i, d in enumerate(number)) % 11 == 0:
                break
        if self.r.random() < 0.5:
            return f"{number[:3]} {number[3:7]} {number[7:11]} {number[11:]}"
        return number

    def kvnr(self):
        """Krankenversichertennummer: a letter, eight digits and a check digit."""
        letter = self.r.choice(string.ascii_uppercase)
        body = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        digits = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, d in enumerate(digits):
            p = int(d) * (1 if i % 2 == 0 else 2)
            total += p // 10 + p % 10
        return f"{letter}{body}{total % 10}"

    def steuer_id(self):
        while True:
            first = [self.r.randint(1, 9)]
            rest = [self.r.randint(0, 9) for _ in range(9)]
            digits = first + rest
            counts = sorted((digits.count(d) for d in set(digits)), reverse=True)
            if counts[0] in (2, 3) and counts[1] == 1:
                break
        product = 10
        for d in digits:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        s = "".join(map(str, digits)) + str(check)
        return s if self.r.random() < 0.6 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"

    def npi(self):
        base = str(self.r.randint(1, 2)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return self.luhn_complete("80840" + base)[5:]

    def dea(self, last=None):
        second = ascii_fold(last or self.family())[0].upper()
        d = [self.r.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{self.pick(['A', 'B', 'F', 'M'])}{second}{''.join(map(str, d))}{check}"

    def lanr(self):
        return f"{self.r.randint(100000, 999999)}{self.r.randint(1, 9)}{self.pick(['68', '69', '61'])}"

    def state_license(self):
        return self.pick(
            [
                f"LPC{self.r.randint(10000, 99999)}",
                f"LCSW-{self.r.randint(100000, 999999)}",
                f"PSY {self.r.randint(10000, 39999)}",
                f"MFT.{self.r.randint(100000, 999999)}",
                f"{self.r.randint(10, 99)}-{self.r.randint(100000, 999999)}",
            ]
        )

    def crp(self):
        return f"{self.r.randint(1, 24):02d}/{self.r.randint(10000, 199999)}"

    def member_id(self):
        return self.pick(
            [
                f"W{self.digits(9)}",
                f"{self.pick(['XYZ', 'ZGP', 'JQU', 'AAB'])}{self.digits(9)}",
                f"U{self.digits(8)}01",
                f"H{self.digits(8)}",
                f"{self.digits(11)}",
            ]
        )

    def carteirinha(self):
        return self.pick(
            [
                f"0 {self.digits(3)} {self.digits(12)} {self.r.randint(0, 9)}",
                f"{self.digits(16)}",
                f"{self.digits(3)}.{self.digits(4)}.{self.digits(6)}.{self.digits(2)}-{self.r.randint(0, 9)}",
            ]
        )

    def bank_account_br(self):
        return f"{self.r.randint(10000, 99999999)}-{self.r.randint(0, 9)}"

    def passport_or_id(self):
        return self.pick(
            [
                f"{self.pick(list('CFGHJK'))}{self.alnum(8, DE_DOC_CHARS)}",  # German passport
                f"{self.pick(list('LMNPRTVWXY'))}{self.alnum(8, DE_DOC_CHARS)}",  # German ID card
                f"{self.r.randint(5, 6)}{self.digits(8)}",  # US passport
                f"{self.pick(['FN', 'GB', 'YB'])}{self.digits(6)}",  # Brazilian passport
            ]
        )

    def token_url(self, base):
        return base + self.alnum(43, string.ascii_letters + string.digits + "-_")

    def presigned(self):
        key = f"SB-{self.r.randint(2024, 2025)}-{self.digits(6)}.pdf"
        return (
            f"https://kalma-superbills.s3.amazonaws.com/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential=AKIA{self.upper_alnum(16)}%2F2024{self.r.randint(1, 12):02d}"
            f"{self.r.randint(1, 28):02d}%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240312T"
            f"{self.digits(6)}Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
            f"&X-Amz-Signature={self.hexid(64)}"
        )

    def pm(self):
        return "pm_1" + self.alnum(23)

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60, string.ascii_letters + string.digits + "_-") + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(57, string.ascii_letters + string.digits + "_-")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def idfa(self):
        if self.r.random() < 0.15:
            return "00000000-0000-0000-0000-000000000000"
        return self.uuid().upper()

    def therapist(self):
        return self.pick(["Dr. ", "", ""]) + self.person()

    def card_last4(self):
        return f"{self.r.randint(0, 9999):04d}"


def c(value):
    return lambda f: value


def pk(*items):
    return lambda f: f.pick(list(items))


# -- free text that always carries its PII ------------------------------------------------------------


def support_text(f: P) -> str:
    return f.pick(
        [
            f"Hi, I can't log in anymore. My account email is {f.mail()}",
            f"Please cancel my subscription. You can reach me at {f.tel()}",
            f"I was charged twice this month - account {f.mail()}",
            f"Can my therapist call me at {f.tel()} instead of video?",
            f"Meu número mudou, novo celular: {f.tel('BR')}",
            f"Bitte um Rückruf unter {f.tel('DE')}, es geht um die Rechnung.",
            f"I changed my email to {f.mail()}, please update it",
        ]
    )


def gift_note(f: P) -> str:
    a, b = f.given(), f.given()
    return f.pick(
        [
            f"Thinking of you, {a}. Love, {b}",
            f"{a} - you deserve this. {b} x",
            f"Para {a}, com carinho. {b}",
            f"Alles Gute, {a}! Deine {b}",
            f"Happy birthday {a}!! from {b} & the kids",
        ]
    )


def push_title(f: P) -> str:
    return f.pick(
        [
            f"New message from {f.therapist()}",
            f"{f.given()} replied to your journal entry",
            f"Nova mensagem de {f.person('BR')}",
            f"Neue Nachricht von {f.person('DE')}",
            f"Your session with {f.therapist()} starts in 15 min",
        ]
    )


def cv_name(f: P) -> str:
    first, last = ascii_fold(f.given()), ascii_fold(f.family()).replace(" ", "_")
    return f.pick(
        [
            f"CV_{first}_{last}.pdf",
            f"{first.lower()}-{last.lower()}-resume-2024.pdf",
            f"Lebenslauf_{last}_{first}.pdf",
            f"{first} {last} Resume (1).docx",
            f"Curriculo {first} {last}.pdf",
        ]
    )


def coordinator_note(f: P) -> str:
    return f.pick(
        [
            "Client reports panic attacks 3x/week, prefers evening sessions.",
            "PHQ-9 went from 19 to 11 since March; continue with current clinician.",
            "Mentions passive SI last month, safety plan reviewed, no current intent.",
            "Postpartum, struggling with sleep; wants female therapist.",
            "Relapsed on alcohol after 6 months sober, asked for a substance-use specialist.",
            "Recently diagnosed with ADHD, wants help with medication questions.",
            "Cliente relata crises de ansiedade no trabalho.",
            "Klientin berichtet über depressive Episoden seit der Trennung.",
        ]
    )


def emergency_sms(f: P) -> str:
    return f.pick(
        [
            f"Hi {f.given()}, {f.given()} added you as an emergency contact on Kalma.",
            f"Olá {f.given('BR')}! {f.given('BR')} adicionou você como contato de emergência no Kalma.",
            f"Hallo {f.given('DE')}, {f.given('DE')} hat dich als Notfallkontakt bei Kalma angegeben.",
        ]
    )


def place_label(f: P) -> str:
    return f.full_address()


def place_input(f: P) -> str:
    """What the person had typed when they picked a suggestion: always the street and number."""
    return f.street_line() + f.pick(["", "", ", ", ", " + f.city_of()[:3]])


# -- contexts -----------------------------------------------------------------------------------------

LOCALES = {"US": "en-US", "DE": "de-DE", "BR": "pt-BR"}
ZONES = {
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "DE": ["Europe/Berlin"],
    "BR": ["America/Sao_Paulo", "America/Recife", "America/Fortaleza"],
}
PAGES = [
    ("/", "Kalma - Online Therapy That Fits Your Life"),
    ("/get-started", "Get started | Kalma"),
    ("/therapists", "Find a therapist | Kalma"),
    ("/pricing", "Plans & pricing | Kalma"),
    ("/insurance", "Use your insurance | Kalma"),
    ("/account/billing", "Billing | Kalma"),
    ("/de/therapie", "Online-Therapie | Kalma"),
    ("/pt-br/terapia-online", "Terapia online | Kalma"),
]


def loc(f):
    return LOCALES[f.m]


def zone(f):
    return f.pick(ZONES[f.m])


def web_context():
    return {
        "library": {
            "name": G(c("analytics.js")),
            "version": G(pk("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(lambda f: f.page[0]),
            "referrer": G(
                pk("", "https://www.google.com/", "https://www.bing.com/", "https://l.instagram.com/")
            ),
            "search": G(pk("", "?utm_source=google&utm_medium=cpc", "?ref=eap", "?lang=pt-BR", "?step=2")),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.kalma.health" + f.page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pk("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pk("124", "123", "99", "8")),
                },
                3,
            ),
            "mobile": G(pk(False, True)),
            "platform": G(pk("Windows", "macOS", "Android")),
        },
        "locale": G(loc),
        "timezone": G(zone),
        "ip": Y(lambda f: f.ip_any(), "ip"),
        "campaign": {
            "name": G(pk("spring_wellness", "eap_launch", "terapia_online_br", "brand_de")),
            "source": G(pk("google", "facebook", "newsletter", "tiktok")),
            "medium": G(pk("cpc", "paid_social", "email")),
            "term": G(pk("online therapy", "therapist near me", "psicólogo online", "therapeut online")),
            "content": G(pk("video_a", "carousel_3", "hero_cta")),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(c("Kalma")),
            "version": G(pk("4.18.0", "4.19.2", "4.20.0")),
            "build": G(pk("4180", "4192", "4200")),
            "namespace": G(c("health.kalma.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(c("Apple")),
            "model": G(pk("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18")),
            "name": G(pk("iPhone", "iPad")),
            "type": G(c("ios")),
            "adTrackingEnabled": G(pk(True, False)),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(c("analytics-swift")), "version": G(pk("1.5.11", "1.6.1"))},
        "os": {"name": G(pk("iOS", "iPadOS")), "version": G(pk("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pk(393, 390, 430, 820)), "height": G(pk(852, 844, 932, 1180))},
        "network": {"wifi": G(pk(True, False)), "cellular": G(pk(True, False))},
        "locale": G(loc),
        "timezone": G(zone),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(c("Kalma")),
            "version": G(pk("4.18.1", "4.19.0")),
            "build": G(pk("41801", "41900")),
            "namespace": G(c("health.kalma.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pk("samsung", "Google", "motorola", "Xiaomi")),
            "model": G(pk("SM-A546B", "Pixel 8", "moto g54 5G", "Redmi Note 12")),
            "name": G(pk("a54x", "shiba", "cancunf", "tapas")),
            "type": G(c("android")),
        },
        "library": {"name": G(c("analytics-kotlin")), "version": G(pk("1.16.3", "1.17.0"))},
        "os": {"name": G(c("Android")), "version": G(pk("14", "13", "12"))},
        "screen": {"density": G(pk(2.625, 3.0, 2.75)), "width": G(c(1080)), "height": G(pk(2340, 2400))},
        "network": {
            "wifi": G(pk(True, False)),
            "carrier": G(pk("T-Mobile", "Vivo", "Telekom.de", "Claro BR", "o2 - de", "Verizon")),
            "cellular": G(pk(True, False)),
            "bluetooth": G(c(False)),
        },
        "locale": G(loc),
        "timezone": G(zone),
        "userAgent": G(
            pk(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TDS33.75-38-4-5)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context():
    return {
        "app": {
            "name": G(c("Kalma")),
            "version": G(pk("4.19.0", "4.20.1")),
            "build": G(pk("1419", "1421")),
            "namespace": G(pk("health.kalma.ios", "health.kalma.android")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("Apple", "samsung", "motorola")),
            "model": G(pk("iPhone13,2", "SM-S918B", "moto g(60)")),
            "name": G(pk("iPhone", "dm3q", "hanoip")),
            "type": G(pk("ios", "android")),
            "adTrackingEnabled": G(pk(True, False)),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
        },
        "library": {"name": G(c("analytics-react-native")), "version": G(pk("2.19.2", "2.20.1"))},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.3", "14", "13"))},
        "screen": {"width": G(pk(390, 412)), "height": G(pk(844, 915))},
        "network": {"wifi": G(pk(True, False)), "cellular": G(pk(True, False))},
        "locale": G(loc),
        "timezone": G(zone),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "plan": G(lambda f: f.pick(PLANS)[0]),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(c("Kalma")),
            "version": G(pk("4.20.0", "4.20.2")),
            "build": G(pk("420", "422")),
            "namespace": G(pk("health.kalma.ios", "health.kalma.android")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("Apple", "Google", "samsung")),
            "model": G(pk("iPhone15,4", "Pixel 7a", "SM-G991B")),
            "type": G(pk("ios", "android")),
        },
        "library": {"name": G(c("analytics_flutter")), "version": G(pk("1.1.1", "1.1.3"))},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.5", "14"))},
        "screen": {"width": G(pk(393, 411)), "height": G(pk(852, 914))},
        "network": {"wifi": G(pk(True, False))},
        "locale": G(loc),
        "timezone": G(zone),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
        },
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.4.0", "2.3.7"]),
}


def server_context(client):
    name, versions = SERVER_LIBS[client]
    ctx = {"library": {"name": G(c(name)), "version": G(pk(*versions))}}
    if client in ("node", "python"):
        ctx["ip"] = Y(lambda f: f.ip_any(), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if client == "ruby":
        ctx["traits"] = {"email": Y(lambda f: f.mail(), "email"), "name": Y(lambda f: f.person(), "name")}
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


# -- events -------------------------------------------------------------------------------------------


def plan_item():
    return {
        "product_id": G(lambda f: f.pick(PLANS)[0]),
        "sku": G(lambda f: f.pick(PLANS)[1]),
        "name": G(lambda f: f.pick(PLANS)[2]),
        "variant": G(lambda f: f.pick(PLANS)[3]),
        "category": G(pk("therapy", "psychiatry", "add-on")),
        "price": G(lambda f: f.pick(PLANS)[4]),
        "quantity": G(c(1)),
    }


def us_address(prefix_keys):
    line1, line2, city, state, postal, country = prefix_keys
    return {
        line1: Y(lambda f: f.street_line(), "address|street"),
        line2: Y(lambda f: f.line2(), "address|street"),
        city: Y(lambda f: f.city_of(), "city"),
        state: G(lambda f: f.region()),
        postal: Y(lambda f: f.postal(), "zipcode"),
        country: G(lambda f: f.m),
    }


def pharmacy_block():
    return {
        "name": G(lambda f: f.pick(PHARMACIES)[0]),
        "phone": G(lambda f: f.pick(PHARMACIES)[1]),
        "address": {
            "line1": G(lambda f: f.pick(PHARMACIES)[2]),
            "city": G(lambda f: f.pick(PHARMACIES)[3]),
            "state": G(lambda f: f.pick(PHARMACIES)[4]),
            "zip": G(lambda f: f.pick(PHARMACIES)[5]),
        },
    }


# (kind, event or page/screen name, client, market or None, body)
EVENTS = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "US",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 67)),
            "gender": Y(pk("female", "male", "non-binary", "transgender man", "genderqueer"), "gender"),
            "pronouns": Y(pk("she/her", "he/him", "they/them", "she/they"), "gender"),
            "address": {
                "street": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.city_of(), "city"),
                "state": G(lambda f: f.region()),
                "postalCode": Y(lambda f: f.postal(), "zipcode"),
                "country": G(c("US")),
            },
            "createdAt": G(lambda f: f.when()),
            "plan": G(lambda f: f.pick(PLANS)[0]),
            "emailVerified": G(pk(True, False)),
            "hasInsurance": G(pk(True, False)),
            "insuranceProvider": G(lambda f: f.pick(US_PAYERS)[0]),
            "employer": G(lambda f: f.pick(EMPLOYERS)),
            "jobTitle": G(pk("Nurse", "Software Engineer", "Teacher", "Warehouse Associate", "Student")),
            "relationshipStatus": G(pk("single", "married", "divorced", "in a relationship", "widowed")),
            "avatarUrl": Y(lambda f: f"https://cdn.kalma.health/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        "python",
        "DE",
        {
            "Anrede": Y(pk("Frau", "Herr", "divers", "keine Angabe"), "gender|sex"),
            "Titel": G(pk("", "Dr.", "Prof. Dr.")),
            "Vorname": Y(lambda f: f.given(), "name"),
            "Nachname": Y(lambda f: f.family(), "name"),
            "E-Mail": Y(lambda f: f.mail(), "email"),
            "Telefon": Y(lambda f: f.tel(), "phone"),
            "Geburtsdatum": Y(lambda f: f.dob(), "birthdate"),
            "Straße": Y(lambda f: f.street_line(), "street|address"),
            "PLZ": Y(lambda f: f.postal(), "zipcode"),
            "Ort": Y(lambda f: f.city_of(), "city"),
            "Bundesland": G(lambda f: f.region()),
            "Krankenkasse": G(lambda f: f.pick(KASSEN)),
            "Versicherungsart": G(pk("GKV", "PKV", "Selbstzahler")),
            "Versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "Kundennummer": G(lambda f: "K-" + f.digits(7)),
            "Newsletter_Einwilligung": G(pk(True, False)),
        },
    ),
    (
        "identify",
        None,
        "rn",
        "BR",
        {
            "nome_completo": Y(lambda f: f.person(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "celular": Y(lambda f: f.tel(), "phone"),
            "genero": Y(pk("feminino", "masculino", "não-binário", "prefiro não dizer"), "gender"),
            "estado_civil": G(pk("solteiro(a)", "casado(a)", "divorciado(a)", "união estável")),
            "profissao": G(pk("professora", "engenheiro", "enfermeira", "autônomo", "estudante")),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "street|address"),
                "numero": Y(lambda f: str(f.r.randint(1, 3999)), "address|street"),
                "complemento": Y(lambda f: f.line2(), "address|street"),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address"),
                "cidade": Y(lambda f: f.city_of(), "city"),
                "uf": G(lambda f: f.region()),
                "cep": Y(lambda f: f.postal(), "zipcode"),
            },
            "plano_saude": G(lambda f: f.pick(PLANOS)),
            "numero_carteirinha": Y(lambda f: f.carteirinha(), "identification"),
            "cartao_sus": RED(lambda f: f.cns(), "health id"),
            "aceita_whatsapp": G(pk(True, False)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "US",
        {
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.e164(), "phone"),
            "ZIP_CODE": Y(lambda f: f.postal()[:5], "zipcode"),
            "STATE_CODE": G(lambda f: f.region()),
            "LIFETIME_SESSIONS": G(lambda f: f.r.randint(0, 140)),
            "LAST_SESSION_AT": G(lambda f: f.when()),
            "PLAN_CODE": G(lambda f: f.pick(PLANS)[1]),
            "MRR_USD": G(lambda f: f.pick([260.0, 360.0, 400.0, 99.0, 320.0])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LATEST_PHQ9_SCORE": Y(lambda f: f.r.randint(0, 27), "condition|diagnosis"),
            "ACTIVE_SAFETY_PLAN": Y(pk(True, False), "condition"),
            "THERAPIST_ID": G(lambda f: "th_" + f.digits(6)),
            "EMPLOYER_NAME": G(lambda f: f.pick(EMPLOYERS)),
        },
    ),
    # -- group / page / screen / alias -----------------------------------------------------------
    (
        "group",
        None,
        "node",
        "US",
        {
            "name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(pk("Logistics", "Retail", "Banking", "Software", "Healthcare")),
            "employees": G(lambda f: f.r.randint(80, 40000)),
            "plan": G(pk("EAP Essentials", "EAP Plus", "Enterprise Unlimited")),
            "benefitsEmail": G(
                pk(
                    "benefits@contoso.example",
                    "hr@northwind.example",
                    "people-ops@fabrikam.example",
                    "rh@bancohorizonte.example",
                )
            ),
            "hrContactName": Y(lambda f: f.person(), "name"),
            "hrContactEmail": Y(lambda f: f.mail(), "email"),
            "accountManager": Y(lambda f: f.staff_mail(), "email", True),
            "headquarters": {
                "city": G(pk("Seattle", "Chicago", "Hamburg", "São Paulo")),
                "country": G(pk("US", "DE", "BR")),
            },
        },
    ),
    ("page", "Home", "web", None, "page"),
    ("page", "Therapist Directory", "web", None, "page"),
    ("page", "Pricing", "web", None, "page"),
    (
        "screen",
        "Session Room",
        "swift",
        None,
        {"category": G(c("sessions")), "from_screen": G(pk("Home", "Calendar", "Push"))},
    ),
    (
        "screen",
        "Safety Plan",
        "kotlin",
        None,
        {"category": G(c("crisis")), "from_screen": G(pk("Home", "Settings", "Push"))},
    ),
    (
        "screen",
        "Journal",
        "flutter",
        None,
        {"category": G(c("journal")), "from_screen": G(pk("Home", "Today"))},
    ),
    ("alias", None, "node", None, None),
    # -- signup & intake ----------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "node",
        None,
        {
            "method": G(pk("email", "google", "apple")),
            "email": Y(lambda f: f.mail(), "email"),
            "referral_code_used": G(lambda f: f.pick(["", "KLM" + f.upper_alnum(6)])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "landing_page": G(lambda f: f.pick(PAGES)[0]),
            "marketing_consent": G(pk(True, False)),
            "hipaa_ack": G(c(True)),
        },
    ),
    (
        "track",
        "Intake Started",
        "web",
        None,
        {
            "intake_id": G(lambda f: f.uuid()),
            "entry_point": G(pk("homepage_cta", "pricing", "eap_portal")),
            "state": G(lambda f: f.region()),
            "zip": Y(lambda f: f.postal(), "zipcode"),
            "age": G(lambda f: f.r.randint(13, 72)),
            "age_band": G(pk("13-17", "18-24", "25-34", "35-44", "45-54", "55+")),
            "therapy_type": G(pk("individual", "couples", "teen")),
        },
    ),
    (
        "track",
        "Intake Question Answered",
        "swift",
        None,
        {
            "intake_id": G(lambda f: f.uuid()),
            "question_id": G(pk("phq9_1", "phq9_2", "phq9_4", "phq9_9", "gad7_1", "gad7_3", "gad7_7")),
            "question_text": G(
                pk(
                    "Little interest or pleasure in doing things",
                    "Feeling down, depressed, or hopeless",
                    "Feeling tired or having little energy",
                    "Feeling nervous, anxious, or on edge",
                    "Not being able to stop or control worrying",
                )
            ),
            "answer_value": Y(lambda f: f.r.randint(0, 3), "condition"),
            "answer_label": Y(
                pk("Not at all", "Several days", "More than half the days", "Nearly every day"), "condition"
            ),
            "step": G(lambda f: f.r.randint(1, 22)),
            "time_on_question_ms": G(lambda f: f.r.randint(800, 40000)),
        },
    ),
    (
        "track",
        "Intake Completed",
        "python",
        None,
        {
            "intake_id": G(lambda f: f.uuid()),
            "phq9_score": Y(lambda f: f.r.randint(0, 27), "condition|diagnosis"),
            "phq9_severity": Y(
                pk("minimal", "mild", "moderate", "moderately severe", "severe"), "condition|diagnosis"
            ),
            "phq9_item9_positive": Y(pk(True, False), "condition"),
            "gad7_score": Y(lambda f: f.r.randint(0, 21), "condition|diagnosis"),
            "gad7_severity": Y(pk("minimal", "mild", "moderate", "severe"), "condition|diagnosis"),
            "focus_areas": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "prior_psych_hospitalization": Y(pk(True, False), "condition"),
            "currently_on_medication": Y(pk(True, False), "medication"),
            "sexual_orientation": Y(
                pk("straight", "gay", "lesbian", "bisexual", "queer", "prefer not to say"),
                "sexual orientation",
            ),
            "faith": Y(
                pk("Christian", "Muslim", "Jewish", "Catholic", "Hindu", "none", "spiritual"), "religion"
            ),
            "race_ethnicity": Many(
                Y(
                    pk(
                        "Black or African American",
                        "Hispanic or Latino",
                        "White",
                        "Asian",
                        "American Indian or Alaska Native",
                        "Pardo",
                        "Turkish",
                    ),
                    "race|ethnicity",
                ),
                2,
            ),
            "veteran_status": RED(
                pk("veteran", "active duty", "not a veteran", "military spouse"), "veteran"
            ),
            "accessibility_needs": Many(
                RED(pk("captions", "ASL interpreter", "screen reader", "large text"), "disability"), 2
            ),
            "pregnant_or_postpartum": Y(pk(True, False), "condition"),
            "annual_income": Y(lambda f: f.r.randint(12, 240) * 1000, "salary"),
            "preferred_therapist_gender": G(pk("female", "male", "no preference")),
            "prefers_faith_based_therapist": Y(pk(True, False), "religion"),
        },
    ),
    (
        "track",
        "Therapists Searched",
        "web",
        "US",
        {
            "query": Y(
                pk(
                    "ptsd therapist",
                    "panic attacks",
                    "ocd specialist",
                    "postpartum depression",
                    "adhd adult",
                    "eating disorder help",
                    "insomnia cbt",
                    "bipolar disorder",
                    "social anxiety",
                ),
                "condition",
                True,
            ),
            "filters": {
                "insurance": G(lambda f: f.pick(US_PAYERS)[0]),
                "state": G(lambda f: f.region()),
                "therapist_gender": G(pk("any", "female", "male")),
            },
            "results_count": G(lambda f: f.r.randint(0, 240)),
            "page": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        "web",
        None,
        {
            "q": G(
                pk(
                    "cancel subscription",
                    "change therapist",
                    "superbill",
                    "how to use insurance",
                    "reset password",
                    "video not working",
                    "refund",
                    "kündigen",
                    "nota fiscal",
                )
            ),
            "results": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    # -- crisis & safety ------------------------------------------------------------------------
    (
        "track",
        "Crisis Screen Triggered",
        "go",
        None,
        {
            "case_id": G(lambda f: "CR-" + f.digits(8)),
            "risk_level": Y(pk("low", "moderate", "high", "imminent"), "condition"),
            "trigger_source": G(pk("phq9_item9", "cssrs", "message_keyword", "therapist_flag")),
            "cssrs_ideation": Y(pk(True, False), "condition"),
            "crisis_line_shown": G(pk("988", "CVV 188", "TelefonSeelsorge 0800 111 0 111", "911")),
            "escalated": G(pk(True, False)),
            "on_call_clinician": Y(lambda f: f.therapist(), "name"),
            "client_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "emergency_contact_notified": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Safety Plan Updated",
        "rn",
        None,
        {
            "safety_plan_id": G(lambda f: f.uuid()),
            "version": G(lambda f: f.r.randint(1, 9)),
            "warning_signs": Many(
                Y(
                    pk(
                        "Not sleeping",
                        "Isolating from friends",
                        "Thinking I'm a burden",
                        "Drinking more",
                        "Skipping meals",
                        "Panic at night",
                    ),
                    "condition",
                ),
                3,
            ),
            "coping_strategies": Many(
                G(
                    pk(
                        "Go for a walk",
                        "Listen to music",
                        "Cold shower",
                        "Box breathing",
                        "Play guitar",
                        "Watch a comfort show",
                    )
                ),
                3,
            ),
            "reasons_for_living": Many(
                G(
                    pk(
                        "my kids",
                        "my dog Biscuit",
                        "finishing my degree",
                        "seeing the ocean again",
                        "my cat",
                        "my garden",
                    )
                ),
                2,
            ),
            "support_contacts": Many(
                {
                    "name": Y(lambda f: f.person(), "name"),
                    "phone": Y(lambda f: f.tel(), "phone"),
                    "relationship": G(pk("sister", "friend", "partner", "mother", "roommate")),
                },
                2,
            ),
            "professional_contacts": Many(
                {
                    "name": Y(lambda f: f.therapist(), "name"),
                    "phone": G(pk("+1 (800) 555-0199", "+49 30 5557 0100", "+55 11 4000-1234", "988")),
                    "role": G(pk("therapist", "psychiatrist", "crisis line")),
                },
                2,
            ),
            "shared_with_therapist": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "kotlin",
        None,
        {
            "contact_name": Y(lambda f: f.person(), "name"),
            "contact_phone": Y(lambda f: f.tel(), "phone"),
            "relationship": G(pk("parent", "spouse", "friend", "sibling", "partner")),
            "can_share_clinical_info": G(pk(True, False)),
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Notified",
        "php",
        None,
        {
            "notification_id": G(lambda f: f.uuid()),
            "channel": G(pk("sms", "whatsapp")),
            "text": Y(emergency_sms, "name", True),
            "destination": Y(lambda f: f.e164(), "phone", True),
            "provider": G(pk("twilio", "zenvia")),
            "status": G(pk("queued", "sent", "delivered")),
        },
    ),
    # -- matching -----------------------------------------------------------------------------------
    (
        "track",
        "Therapist Matched",
        "node",
        None,
        {
            "match_id": G(lambda f: f.uuid()),
            "therapist_id": G(lambda f: "th_" + f.digits(6)),
            "therapist_name": Y(lambda f: f.therapist(), "name"),
            "therapist_license_type": G(
                pk("LCSW", "LPC", "LMFT", "PsyD", "Psicóloga", "Psychologische Psychotherapeutin")
            ),
            "therapist_license_state": G(lambda f: f.region()),
            "therapist_specialties": Many(G(lambda f: f.pick(SPECIALTIES)), 3),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "rematch_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Therapist Profile Viewed",
        "web",
        None,
        {
            "therapist_id": G(lambda f: "th_" + f.digits(6)),
            "display_name": Y(lambda f: f.therapist(), "name"),
            "photo_url": Y(lambda f: f"https://cdn.kalma.health/therapists/{f.hexid(12)}.webp", "photo"),
            "therapist_gender": Y(pk("female", "male", "non-binary"), "gender"),
            "years_experience": G(lambda f: f.r.randint(2, 35)),
            "languages": Many(G(pk("English", "Spanish", "German", "Portuguese", "Turkish", "ASL")), 2),
            "accepts_insurance": G(pk(True, False)),
            "position": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Match Recalculated",
        "node",
        None,
        {
            "client-id": G(lambda f: "cl_" + f.digits(7)),
            "therapist-id": G(lambda f: "th_" + f.digits(6)),
            "match-score": G(lambda f: round(f.r.uniform(0.1, 0.99), 2)),
            "client-timezone": G(zone),
            "client-zip": Y(lambda f: f.postal(), "zipcode"),
            "client-state": G(lambda f: f.region()),
            "insurance-match": G(pk(True, False)),
            "reason": G(pk("client_request", "therapist_unavailable", "nightly_batch")),
        },
    ),
    # -- sessions ------------------------------------------------------------------------------------
    (
        "track",
        "Session Scheduled",
        "kotlin",
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "appointment_type": G(pk("video", "phone", "live_chat")),
            "scheduled_start": G(lambda f: f.when("2025")),
            "duration_min": G(pk(30, 45, 60)),
            "therapist_id": G(lambda f: "th_" + f.digits(6)),
            "reminder_sms_number": Y(lambda f: f.tel(), "phone"),
        },
    ),
    (
        "track",
        "Session Started",
        "flutter",
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "room_sid": G(lambda f: "RM" + f.hexid(32)),
            "video_provider": G(c("twilio")),
            "access_token": RED(lambda f: f.jwt(), "token"),
            "network_quality": G(lambda f: f.r.randint(1, 5)),
            "camera_enabled": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Session Completed",
        "java",
        None,
        {
            "sessionId": G(lambda f: f.uuid()),
            "therapistId": G(lambda f: "th_" + f.digits(6)),
            "clientId": G(lambda f: "cl_" + f.digits(7)),
            "durationSeconds": G(lambda f: f.r.randint(1200, 3700)),
            "cptCode": Y(lambda f: f.pick(CPT), "procedure"),
            "modality": G(pk("video", "phone", "chat")),
            "noShow": G(pk(True, False)),
            "lateCancel": G(pk(True, False)),
            "sessionNumber": G(lambda f: f.r.randint(1, 80)),
            "therapistPayoutUsd": Y(lambda f: f.pick([38.0, 45.0, 55.0, 62.5, 70.0]), "salary"),
        },
    ),
    (
        "track",
        "Session Rated",
        "web",
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                pk(
                    "Great listener",
                    "Felt rushed",
                    "Helpful homework",
                    "Connection kept dropping",
                    "Very warm and practical",
                    "",
                )
            ),
            "would_recommend": G(pk(True, False)),
        },
    ),
    # -- messaging ----------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        "swift",
        None,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(pk("client", "therapist")),
            "char_count": G(lambda f: f.r.randint(1, 3000)),
            "has_attachment": G(pk(True, False)),
            "response_time_sec": G(lambda f: f.r.randint(5, 90000)),
            "contains_crisis_keyword": Y(pk(True, False), "condition"),
        },
    ),
    (
        "track",
        "Push Notification Sent",
        "ruby",
        None,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "notification_type": G(pk("new_message", "session_reminder", "journal_reply")),
            "push_title": Y(push_title, "name", True),
            "push_body": G(pk("Tap to read", "Your session starts soon", "Toque para abrir", "Jetzt öffnen")),
            "deep_link": G(pk("kalma://messages", "kalma://sessions/upcoming", "kalma://journal")),
            "device_token": RED(
                lambda f: f.pick([f.hexid(64), f.alnum(22) + ":APA91b" + f.alnum(134)]), "token"
            ),
        },
    ),
    (
        "track",
        "SMS Received",
        "node",
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.e164(), "phone", True),
            "To": G(lambda f: f.pick(TWILIO_NUMBERS)),
            "Body": G(pk("STOP", "C", "Yes", "Running 5 min late", "CONFIRM", "HELP", "ok thanks")),
            "FromCity": Y(lambda f: f.city_of().upper(), "city"),
            "FromState": G(lambda f: f.region()),
            "FromCountry": G(lambda f: f.m),
        },
    ),
    # -- insurance, claims, superbills -------------------------------------------------------------
    (
        "track",
        "Insurance Information Submitted",
        "web",
        "US",
        {
            "payer_name": G(lambda f: f.pick(US_PAYERS)[0]),
            "payer_id": G(lambda f: f.pick(US_PAYERS)[1]),
            "member_id": Y(lambda f: f.member_id(), "identification"),
            "group_number": G(lambda f: f.pick(["", f.digits(6), "0" + f.digits(7), "GRP" + f.digits(5)])),
            "plan_type": G(pk("PPO", "HMO", "EPO", "POS")),
            "subscriber": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "relationship": G(pk("self", "spouse", "child", "other")),
            },
            "card_front_uploaded": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Superbill Generated",
        "dotnet",
        "US",
        {
            "SuperbillId": G(lambda f: f"SB-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "ClientFullName": Y(lambda f: f.person(), "name"),
            "ClientDateOfBirth": Y(lambda f: f.dob(style="us"), "birthdate"),
            "ClientAddress": Y(lambda f: f.full_address(), "address"),
            "DiagnosisCodes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "CptCodes": Many(Y(lambda f: f.pick(CPT), "procedure"), 3),
            "DatesOfService": Many(G(lambda f: f.day(2024, 2024)), 4),
            "ProviderName": Y(
                lambda f: f.therapist() + ", " + f.pick(["LCSW", "LPC", "PhD", "LMFT"]), "name"
            ),
            "ProviderNpi": Y(lambda f: f.npi(), "identification"),
            "PracticeTaxId": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "PracticeAddress": G(c("548 Market St PMB 90412, San Francisco, CA 94104")),
            "TotalCharges": G(lambda f: f.money(90, 1200)),
            "PdfUrl": RED(lambda f: f.presigned(), "secret|token", True),
        },
    ),
    (
        "track",
        "Claim Submitted",
        "java",
        "US",
        {
            "claimNumber": G(lambda f: "CLM" + f.digits(10)),
            "payerName": G(lambda f: f.pick(US_PAYERS)[0]),
            "memberId": Y(lambda f: f.member_id(), "identification"),
            "mrn": RED(lambda f: f.pick(["MRN-", "", "K"]) + f.digits(8), "health id"),
            "billedAmount": G(lambda f: f.money(90, 250)),
            "diagnosisPrimary": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "placeOfService": G(pk("02", "10", "11")),
        },
    ),
    (
        "track",
        "Kostenübernahme beantragt",
        "python",
        "DE",
        {
            "Antrags_ID": G(lambda f: "KU-" + f.digits(8)),
            "Krankenkasse": G(lambda f: f.pick(KASSEN)),
            "Versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "Versichertenstatus": G(pk("Mitglied", "Familienversichert", "Rentner")),
            "Diagnose_ICD10": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "Therapieverfahren": Y(
                pk(
                    "Verhaltenstherapie",
                    "tiefenpsychologisch fundierte Psychotherapie",
                    "Systemische Therapie",
                ),
                "procedure",
            ),
            "Sitzungskontingent": G(pk(12, 24, 60)),
            "Beantragt_am": G(lambda f: f.day()),
            "Therapeut_LANR": Y(lambda f: f.lanr(), "license|identification"),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        "rn",
        "BR",
        {
            "plano_saude": G(lambda f: f.pick(PLANOS)),
            "numero_carteirinha": Y(lambda f: f.carteirinha(), "identification"),
            "cid": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "banco": G(
                pk("341 - Itaú Unibanco", "237 - Bradesco", "260 - Nu Pagamentos", "001 - Banco do Brasil")
            ),
            "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "conta": RED(lambda f: f.bank_account_br(), "bank account"),
            "titular_conta": Y(lambda f: f.person(), "name"),
            "valor_recibo": G(lambda f: f.money(150, 450)),
            "crp_psicologo": Y(lambda f: f.crp(), "license"),
            "nome_psicologo": Y(lambda f: f.person(), "name"),
        },
    ),
    (
        "track",
        "Care Coordinator Note Added",
        "ruby",
        None,
        {
            "note_id": G(lambda f: f.uuid()),
            "note": Y(coordinator_note, "condition", True),
            "coordinator_email": Y(lambda f: f.staff_mail(), "email"),
            "note_length": G(lambda f: f.r.randint(40, 400)),
            "visibility": G(pk("care_team", "clinician_only")),
        },
    ),
    # -- medication management ------------------------------------------------------------------
    (
        "track",
        "Psychiatry Consult Booked",
        "kotlin",
        None,
        {
            "consult_id": G(lambda f: f.uuid()),
            "psychiatrist_id": G(lambda f: "ps_" + f.digits(5)),
            "psychiatrist_name": Y(lambda f: "Dr. " + f.person(), "name"),
            "consult_type": G(pk("initial_evaluation", "follow_up")),
            "reason_codes": Many(
                Y(pk("adhd_evaluation", "medication_review", "depression", "anxiety", "sleep"), "condition"),
                2,
            ),
            "scheduled_at": G(lambda f: f.when("2025")),
            "state": G(lambda f: f.region()),
            "price": G(pk(249.0, 99.0, 0.0)),
        },
    ),
    (
        "track",
        "Prescription Sent",
        "java",
        "US",
        {
            "prescriptionId": G(lambda f: f.uuid()),
            "rxNumber": Y(lambda f: f.pick(["RX", "", "Rx#"]) + f.digits(7), "medication"),
            "medicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "strength": Y(lambda f: f.pick(STRENGTHS), "medication"),
            "quantity": G(pk(30, 60, 90)),
            "refills": G(lambda f: f.r.randint(0, 5)),
            "controlledSubstance": Y(pk(True, False), "medication"),
            "pharmacy": pharmacy_block(),
            "prescriber": {
                "name": Y(lambda f: "Dr. " + f.person(), "name"),
                "deaNumber": Y(lambda f: f.dea(), "license"),
            },
        },
    ),
    (
        "track",
        "Medication Reminder Logged",
        "flutter",
        None,
        {
            "reminder_id": G(lambda f: f.uuid()),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": Y(
                lambda f: f.pick(STRENGTHS) + f.pick([" once daily", " at bedtime", " twice daily"]),
                "medication",
            ),
            "taken": G(pk(True, False)),
            "scheduled_for": G(lambda f: f.when()),
            "streak_days": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Side Effect Reported",
        "swift",
        None,
        {
            "medication_id": G(lambda f: "med_" + f.digits(5)),
            "side_effects": Many(
                Y(
                    pk("nausea", "insomnia", "headache", "weight gain", "low libido", "dizziness"),
                    "condition",
                ),
                3,
            ),
            "severity": Y(pk("mild", "moderate", "severe"), "condition"),
            "notify_psychiatrist": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Nearby Pharmacy Searched",
        "rn",
        "US",
        {
            "search_term": G(pk("cvs", "walgreens near me", "24 hour pharmacy", "costco")),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "user_location": {
                "latitude": Y(lambda f: round(f.r.uniform(25.5, 47.8), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122.5, -73.7), 6), "geolocation"),
            },
            "selected_pharmacy_name": G(lambda f: f.pick(PHARMACIES)[0]),
            "selected_pharmacy_address": G(lambda f: ", ".join(f.pick(PHARMACIES)[2:4])),
        },
    ),
    # -- subscriptions & payments ------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web",
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "revenue": G(lambda f: f.pick(PLANS)[4] * 4),
            "currency": G(lambda f: {"US": "USD", "DE": "EUR", "BR": "BRL"}[f.m]),
            "coupon": G(pk("", "FIRSTMONTH20", "EAP100", "BEMVINDO")),
            "products": Many(plan_item(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "step": G(c(2)),
            "payment_method": G(pk("card", "paypal", "apple_pay")),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardholderName": Y(lambda f: f.person().upper(), "name"),
            "cardBrand": G(pk("visa", "mastercard", "amex", "elo")),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billingPostalCode": Y(lambda f: f.postal(), "zipcode"),
            "savePaymentMethod": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(65, 400)),
            "coupon": G(pk("", "FIRSTMONTH20", "EAP100", "BEMVINDO")),
            "currency": G(lambda f: {"US": "USD", "DE": "EUR", "BR": "BRL"}[f.m]),
            "products": Many(plan_item(), 2),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "billing_address": us_address(("line1", "line2", "city", "state", "postal_code", "country")),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        "web",
        None,
        {
            "gift_id": G(lambda f: f.uuid()),
            "recipient_name": Y(lambda f: f.person(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "gift_message": Y(gift_note, "name", True),
            "plan_months": G(pk(1, 3, 6)),
            "amount": G(pk(260.0, 720.0, 1380.0)),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        "go",
        None,
        {
            "subscription": {
                "id": G(lambda f: "sub_1" + f.alnum(23)),
                "status": G(pk("active", "past_due", "trialing")),
                "current_period_end": G(lambda f: f.r.randint(1_704_000_000, 1_760_000_000)),
                "plan": {
                    "id": G(lambda f: "price_1" + f.alnum(23)),
                    "nickname": G(lambda f: f.pick(PLANS)[2]),
                    "amount": G(pk(26000, 36000, 40000, 9900)),
                    "currency": G(pk("usd", "eur", "brl")),
                },
            },
            "customer": {
                "id": G(lambda f: "cus_" + f.alnum(14)),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "invoice_number": G(lambda f: f"{f.upper_alnum(8)}-{f.r.randint(1, 40):04d}"),
            "payment_method": {
                "id": RED(lambda f: f.pm(), "token"),
                "card": {
                    "brand": G(pk("visa", "mastercard", "amex")),
                    "last4": G(lambda f: f.card_last4()),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                },
                "billing_details": {
                    "name": Y(lambda f: f.person(), "name"),
                    "email": Y(lambda f: f.mail(), "email"),
                    "phone": Y(lambda f: f.e164(), "phone"),
                    "address": us_address(("line1", "line2", "city", "state", "postal_code", "country")),
                },
            },
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        "swift",
        None,
        {
            "plan_id": G(lambda f: f.pick(PLANS)[0]),
            "cancel_reason": G(
                pk("too_expensive", "feeling_better", "found_in_person", "not_a_fit", "insurance")
            ),
            "feedback": G(
                pk(
                    "Too expensive right now",
                    "Going to try in-person",
                    "Might come back later",
                    "App was buggy on my phone",
                    "",
                )
            ),
            "months_active": G(lambda f: f.r.randint(0, 36)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "python",
        "DE",
        {
            "mandate_reference": G(lambda f: "KLM-" + f.upper_alnum(10)),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(pk("COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "GENODEM1GLS", "BYLADEM1001")),
            "kontoinhaber": Y(lambda f: f.person(), "name"),
            "creditor_id": G(c("DE98ZZZ09999999999")),
            "amount_eur": G(pk(260.0, 360.0)),
        },
    ),
    (
        "track",
        "Pagamento Confirmado",
        "php",
        "BR",
        {
            "pedido_id": G(lambda f: f.digits(9)),
            "valor": G(lambda f: f.money(180, 1600)),
            "moeda": G(c("BRL")),
            "forma_pagamento": G(pk("pix", "cartao_credito", "boleto")),
            "cpf_pagador": RED(lambda f: f.cpf(), "national id"),
            "nome_pagador": Y(lambda f: f.person(), "name"),
            "txid": G(lambda f: f.upper_alnum(26)),
            "bandeira_cartao": G(pk("", "visa", "mastercard", "elo")),
            "ultimos_digitos": G(lambda f: f.card_last4()),
        },
    ),
    # -- account, auth, forms ----------------------------------------------------------------------
    (
        "track",
        "Password Reset Requested",
        "python",
        None,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "reset_url": RED(
                lambda f: f.token_url("https://app.kalma.health/reset-password?token="), "token", True
            ),
            "requested_from_ip": Y(lambda f: f.ip_any(), "ip"),
            "expires_in_sec": G(c(3600)),
            "password_last_changed": G(lambda f: f.when("2023")),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "php",
        None,
        {
            "channel": G(pk("sms", "whatsapp", "voice")),
            "destination": Y(lambda f: f.e164(), "phone", True),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_sec": G(c(600)),
            "phone_verified": G(c(False)),
        },
    ),
    (
        "track",
        "Logged In",
        "flutter",
        None,
        {
            "method": G(pk("password", "magic_link", "apple", "google", "face_id")),
            "mfa_enabled": G(pk(True, False)),
            "password_strength": G(pk("weak", "fair", "strong")),
            "login_count": G(lambda f: f.r.randint(1, 900)),
            "session_id": G(lambda f: f.uuid()),
            "biometrics_enabled": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        None,
        {
            "form_id": G(pk("intake-contact", "emergency-contact", "account-settings")),
            "field_name": G(
                lambda f: (
                    setattr(f, "field", f.pick(["email", "phone", "guardian_email", "emergency_phone"]))
                    or f.field
                )
            ),
            "value": Y(lambda f: f.mail() if "email" in f.field else f.tel(), "email|phone", True),
            "duration_ms": G(lambda f: f.r.randint(300, 30000)),
            "autofilled": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        None,
        {
            "input": Y(place_input, "address|street", True),
            "label": Y(place_label, "address", True),
            "place_id": G(lambda f: "ChIJ" + f.alnum(23, string.ascii_letters + string.digits + "_-")),
            "session_token": G(lambda f: f.uuid()),
            "types": Many(G(pk("street_address", "premise", "subpremise")), 2),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
            "form": G(pk("billing", "home_address", "esa_letter")),
        },
    ),
    (
        "track",
        "Referral Sent",
        "web",
        None,
        {
            "referral_id": G(lambda f: f.uuid()),
            "channel": G(pk("email", "sms", "whatsapp")),
            "to": Y(lambda f: f.mail() if f.r.random() < 0.5 else f.e164(), "email|phone", True),
            "reward_amount": G(pk(50, 100)),
            "referrer_code": G(lambda f: "KLM" + f.upper_alnum(6)),
        },
    ),
    (
        "track",
        "Couples Invite Sent",
        "swift",
        None,
        {
            "invite_id": G(lambda f: f.uuid()),
            "partner_first_name": Y(lambda f: f.given(), "name"),
            "partner_email": Y(lambda f: f.mail(), "email"),
            "relationship_length_years": G(lambda f: f.r.randint(0, 40)),
            "invite_expires_at": G(lambda f: f.when("2025")),
        },
    ),
    (
        "track",
        "Teen Consent Submitted",
        "web",
        "US",
        {
            "consent_id": G(lambda f: f.uuid()),
            "guardian": {
                "full_name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "relationship": G(pk("mother", "father", "legal guardian", "grandparent")),
            },
            "teen_date_of_birth": Y(lambda f: f.dob(2007, 2011), "birthdate"),
            "teen_age": G(lambda f: f.r.randint(13, 17)),
            "signature_text": Y(lambda f: f.person(), "name", True),
            "state": G(lambda f: f.region()),
            "school_name": G(
                pk("Lincoln High School", "Westview Middle School", "Austin High", "Roosevelt Academy")
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        None,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    pk(
                        "Billing question",
                        "Can't join video",
                        "Change therapist",
                        "Cancel my plan",
                        "Problema com pagamento",
                        "Rechnung",
                    )
                ),
                "description": Y(support_text, "email|phone", True),
                "tags": Many(G(pk("billing", "video", "matching", "de", "br", "vip")), 3),
                "via": {"channel": G(pk("web", "email", "mobile_sdk"))},
            },
            "requester": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "assignee": {
                "email": Y(lambda f: f.staff_mail(), "email"),
            },
            "brand": G(pk("Kalma US", "Kalma Deutschland", "Kalma Brasil")),
            "support_address": G(pk("support@kalma.health", "hilfe@kalma.de", "suporte@kalma.com.br")),
        },
    ),
    (
        "track",
        "ESA Letter Requested",
        "web",
        "US",
        {
            "letter_id": G(lambda f: f.uuid()),
            "letter_type": G(pk("housing", "travel")),
            "pet_name": G(pk("Biscuit", "Luna", "Mochi", "Bear", "Pepper", "Nala")),
            "pet_species": G(pk("dog", "cat", "rabbit")),
            "pet_breed": G(pk("Labrador mix", "Domestic shorthair", "Corgi", "Holland Lop")),
            "esa_eligible": RED(pk(True, False), "disability"),
            "landlord_contact_name": Y(lambda f: f.person(), "name"),
            "housing_address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    (
        "track",
        "Journal Entry Saved",
        "swift",
        None,
        {
            "entry_id": G(lambda f: f.uuid()),
            "word_count": G(lambda f: f.r.randint(0, 1500)),
            "mood": Y(pk("anxious", "sad", "calm", "angry", "hopeful", "numb", "overwhelmed"), "condition"),
            "tags": Many(G(pk("work", "family", "sleep", "exercise", "school")), 3),
            "prompt_title": G(
                pk(
                    "What's one thing you're grateful for?",
                    "Describe a moment you felt calm",
                    "What drained your energy today?",
                )
            ),
            "shared_with_therapist": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Mood Logged",
        "flutter",
        None,
        {
            "mood_label": Y(pk("anxious", "low", "okay", "good", "irritable", "panicky"), "condition"),
            "intensity": Y(lambda f: f.r.randint(1, 10), "condition"),
            "emotions": Many(Y(pk("worry", "shame", "loneliness", "joy", "anger", "fear"), "condition"), 3),
            "activity_tags": Many(G(pk("exercise", "socializing", "work", "outdoors", "screen time")), 3),
            "logged_at": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- therapists, staff, payouts ---------------------------------------------------------------
    (
        "track",
        "Therapist Application Submitted",
        "web",
        "US",
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant_first_name": Y(lambda f: f.given(), "name"),
            "applicant_last_name": Y(lambda f: f.family(), "name"),
            "applicant_email": Y(lambda f: f.mail(), "email"),
            "license_type": G(pk("LCSW", "LPC", "LMFT", "PsyD", "PhD")),
            "license_number": Y(lambda f: f.state_license(), "license"),
            "license_state": G(lambda f: f.region()),
            "npi": Y(lambda f: f.npi(), "identification"),
            "years_in_practice": G(lambda f: f.r.randint(1, 35)),
            "requires_visa_sponsorship": RED(pk(True, False), "visa"),
            "authorized_to_work_in_us": RED(pk(True, False), "visa"),
            "desired_hourly_rate": Y(pk(45, 55, 60, 70, 85), "salary"),
            "resume_filename": Y(cv_name, "name", True),
            "resume_sha256": G(lambda f: f.hexid(64)),
            "specialties": Many(G(lambda f: f.pick(SPECIALTIES)), 3),
            "heard_about_us": G(pk("linkedin", "indeed", "colleague", "conference")),
        },
    ),
    (
        "track",
        "Background Check Initiated",
        "ruby",
        "US",
        {
            "report_id": G(lambda f: f.hexid(24)),
            "package": G(pk("clinician_standard", "clinician_plus")),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(lambda f: f.given(), "name"),
                "no_middle_name": G(pk(True, False)),
                "last_name": Y(lambda f: f.family(), "name"),
                "zipcode": Y(lambda f: f.postal()[:5], "zipcode"),
                "dob": Y(lambda f: f.dob(1955, 1998, style="iso"), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "driver_license_number": Y(lambda f: f"{f.pick(['D', 'S', 'K'])}{f.digits(7)}", "license"),
                "driver_license_state": G(lambda f: f.region()),
                "custom_id": G(lambda f: "th_" + f.digits(6)),
            },
        },
    ),
    (
        "track",
        "Identity Verified",
        "node",
        None,
        {
            "inquiry-id": G(lambda f: "inq_" + f.alnum(24)),
            "status": G(pk("completed", "approved", "needs_review", "declined")),
            "fields": {
                "name-first": Y(lambda f: f.given(), "name"),
                "name-last": Y(lambda f: f.family(), "name"),
                "birthdate": Y(lambda f: f.dob(style="iso"), "birthdate"),
                "address-street-1": Y(lambda f: f.street_line(), "address|street"),
                "address-postal-code": Y(lambda f: f.postal(), "zipcode"),
                "identification-number": RED(lambda f: f.passport_or_id(), "national id|passport"),
                "identification-class": G(pk("pp", "id")),
                "issuing-country": G(lambda f: f.m),
            },
            "template-id": G(pk("itmpl_therapist_kyc", "itmpl_psychiatrist_kyc")),
        },
    ),
    (
        "track",
        "Therapeut:in Onboarding abgeschlossen",
        "python",
        "DE",
        {
            "therapeut_id": G(lambda f: "th_" + f.digits(6)),
            "vorname": Y(lambda f: f.given(), "name"),
            "nachname": Y(lambda f: f.family(), "name"),
            "steuer_id": RED(lambda f: f.steuer_id(), "national id"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "lanr": Y(lambda f: f.lanr(), "license|identification"),
            "kassenzulassung": G(pk(True, False)),
            "stundensatz_eur": Y(pk(75, 90, 100, 110), "salary"),
            "praxis_name": G(pk("Praxis am Park", "Psychotherapie Mitte", "Zentrum für Verhaltenstherapie")),
            "praxis_telefon": G(pk("+49 30 5557 0100", "+49 89 5558 2200", "+49 221 5550 300")),
        },
    ),
    (
        "track",
        "TherapistPayoutSent",
        "dotnet",
        None,
        {
            "PayoutId": G(lambda f: "po_" + f.alnum(20)),
            "TherapistId": G(lambda f: "th_" + f.digits(6)),
            "TherapistEmail": Y(lambda f: f.mail(), "email"),
            "PeriodStart": G(lambda f: f.day(2024, 2024)),
            "SessionsCount": G(lambda f: f.r.randint(4, 90)),
            "GrossAmount": Y(lambda f: f.money(400, 9000), "salary"),
            "PayoutMethod": G(pk("ach", "sepa", "pix")),
            "BankAccountLast4": G(lambda f: f.card_last4()),
            "RoutingNumber": G(pk("021000021", "121000358", "011401533", "")),
            "TaxFormOnFile": G(pk(True, False)),
            "SsnLast4": RED(lambda f: f.card_last4(), "social security number"),
        },
    ),
    (
        "track",
        "Repasse Enviado",
        "php",
        "BR",
        {
            "repasse_id": G(lambda f: f.digits(8)),
            "psicologo_id": G(lambda f: "th_" + f.digits(6)),
            "nome_psicologo": Y(lambda f: f.person(), "name"),
            "crp": Y(lambda f: f.crp(), "license"),
            "chave_pix": RED(
                lambda f: f.pick([f.cpf(), f.mail(), f.e164()]), "bank account|national id|email|phone"
            ),
            "valor_bruto": Y(lambda f: f.money(600, 12000), "salary"),
            "sessoes_no_periodo": G(lambda f: f.r.randint(4, 90)),
            "competencia": G(lambda f: f"{f.r.randint(1, 12):02d}/2024"),
        },
    ),
    # -- marketing & attribution --------------------------------------------------------------------
    (
        "track",
        "Conversion Uploaded",
        "node",
        None,
        {
            "event_name": G(pk("Subscribe", "Lead", "CompleteRegistration")),
            "event_time": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "action_source": G(c("website")),
            "user_data": {
                "em": Many(Y(lambda f: f.hexid(64), "email"), 1),
                "external_id": Many(G(lambda f: f.hexid(64)), 1),
                "client_ip_address": Y(lambda f: f.ip_any(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(65, 400)),
                "currency": G(pk("USD", "EUR", "BRL")),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        "kotlin",
        None,
        {
            "provider": G(c("AppsFlyer")),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "campaign": {
                "source": G(pk("googleadwords_int", "Facebook Ads", "tiktokglobal_int")),
                "name": G(pk("br_terapia_q3", "us_anxiety_ua", "de_brand")),
                "content": G(pk("video_15s", "static_b")),
            },
            "is_first_launch": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        None,
        {
            "from_background": G(pk(True, False)),
            "version": G(pk("4.18.1", "4.19.0")),
            "build": G(pk("41801", "41900")),
            "referring_application": G(pk("", "com.google.android.gm", "com.whatsapp")),
            "url": G(pk("", "kalma://messages", "kalma://sessions/upcoming")),
        },
    ),
    (
        "track",
        "Application Installed",
        "swift",
        None,
        {"version": G(pk("4.19.2", "4.20.0")), "build": G(pk("4192", "4200"))},
    ),
    (
        "track",
        "EAP Eligibility Verified",
        "go",
        "US",
        {
            "eligibility_id": G(lambda f: f.uuid()),
            "sponsor_type": G(pk("employer", "union_fund", "health_plan")),
            "sponsor_name": G(lambda f: f.pick(EMPLOYERS)),
            "union_local": Y(
                pk(
                    "SEIU Local 1199",
                    "IBEW Local 46",
                    "UFCW Local 7",
                    "Teamsters Local 705",
                    "AFSCME District Council 37",
                ),
                "trade union",
            ),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "sessions_covered": G(pk(3, 6, 8, 12)),
        },
    ),
]


def page_body():
    return {
        "path": G(lambda f: f.page[0]),
        "referrer": G(
            pk("", "https://www.google.com/", "https://duckduckgo.com/", "https://www.kalma.health/")
        ),
        "search": G(pk("", "?utm_source=google&utm_medium=cpc", "?ref=eap", "?step=2")),
        "title": G(lambda f: f.page[1]),
        "url": G(lambda f: "https://www.kalma.health" + f.page[0]),
    }


MARKETS = ["US"] * 11 + ["DE"] * 5 + ["BR"] * 4


def user_id(f: P) -> str:
    return f.pick([f"usr_{f.digits(8)}", f.uuid(), f.digits(7)])


def message(f: P, kind, name, client, market, body, labels):
    f.m = market or f.pick(MARKETS)
    f.page = f.pick(PAGES)
    msg = {
        "type": kind,
        "messageId": f.pick(["ajs-next-", "", "segment-"]) + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    if f.r.random() < 0.85:
        msg["userId"] = user_id(f)
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
        msg["userId"] = user_id(f)
    if body == "page":
        body = page_body()
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    if client in CONTEXTS:
        context = CONTEXTS[client]()
        if client == "web" and f.r.random() < 0.6:
            del context["campaign"]
    else:
        context = server_context(client)
    msg["context"] = render(context, f, "context", labels)
    if client in CONTEXTS:
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = P(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, market, body in EVENTS:
            events.append(message(f, kind, name, client, market, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=148, repeats=24)
    write(Path(__file__).parent, "holdout148_", events, labels)
