"""Writes holdout 81: tests/corpus/holdout81_events.jsonl and holdout81_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only) and the shared
REFERENCE/DESIGN notes, without reading the detection engine, its vocabularies, its tests, the
other holdouts' builders or labels, and without running the engine or the evaluator on these
events. Nothing here was tuned to the engine.

Domain: "Aprendo", an online learning marketplace and tutoring platform in the US, India and
Brazil. Course purchases (Segment e-commerce spec) and Stripe-shaped subscriptions; live tutoring
booked with tutors (a Zoom-webhook-shaped session event, an Agora-style classroom join); parents
paying for children's lessons, child profiles and COPPA consent; quizzes and certificates; tutor
onboarding, identity verification and background checks, payout methods (US bank, Indian bank and
UPI, Brazilian conta and PIX) and tax details (W-9 TIN, PAN, CPF); reviews; student-tutor
messaging and trust-and-safety flags; scholarships with household income and demographic
questions (US, India, Brazil); Razorpay- and Mercado-Pago-shaped payment webhooks, a boleto, a
Twilio status callback; attribution (gclid, fbclid, _fbp/_fbc, IDFA/GAID); accessibility settings
and exam accommodations; a school (group) account with enrolled Chromebooks; a warehouse
reverse-ETL identify. Learners (many minors), parents, tutors, school staff and support agents.

Clients: analytics.js (page, userAgentData, campaign), analytics-swift, analytics-kotlin,
analytics-react-native (context.location), analytics-flutter, and server libraries python, node,
go, java, ruby, php and .NET. Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase (web and mobile) and snake_case (server); PascalCase from the .NET
payouts service and the Twilio callback; kebab-case from one micro-frontend; SCREAMING_SNAKE from
the warehouse sync; Portuguese keys from the Brazilian backend (nome, sobrenome, cpf, telefone,
endereço, data_nascimento, cep, bairro, chave_pix, renda_familiar, cor_raca ...).

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- Each leaf path: classification, type (a reference matcher name, or bank account, geolocation,
  secret, national id, advertising id ...; `a|b` when either is fair) and value_only (the key
  does not say what the value is). A value_only PII path holds that PII in every value; free text
  is labelled by what every one of its values carries, green when none does (every free-text path
  here is homogeneous: either all of its values carry the PII or none does).
- PII: data about a natural person (user, recipient, contact, child, tutor, staff member): names,
  contacts, the person's own address and precise location, birth dates, government ids (CPF,
  Aadhaar, PAN, NIS, SSN/ITIN: red), bank accounts (red), full card numbers (red), health and
  disability (red for disability, the reference's colours for diagnosis), credentials and
  secrets (red), IPs and advertising ids (yellow).
- Green: ids we or vendors issue (user, order, booking, certificate, invoice, Stripe/Razorpay/
  Mercado Pago/Twilio ids), versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys, course/plan/school/company names, pets' names, places that are not the
  person's (a searched location), country, state, locale, timezone, user agents, OS-issued device
  ids; card brand, last four, expiry, BIN and a masked number that shows only those; routing
  numbers, IFSC codes and Brazilian agência (branch) codes; a business's own phone (the Twilio
  `From`, a school's main office line); answers, reviews, bios and chat text that name no one.
- Contested cases as the published policy settles them: ages and age bands, marital status /
  single-parent household, job titles and employers are green; pay, hourly rates and salaries are
  yellow `salary`, and so are a tutor's earnings and payouts (the tutor's pay) and a household's
  income (an exact figure or a band); ad-platform click/browser ids are yellow `advertising id`;
  billing addresses are yellow `address`; payment tokens, OTPs, activation codes, push tokens and
  real-time classroom tokens are red `token|secret`; the last four of an SSN are red.
- Decisions where the brief is silent (what a careful privacy owner would want flagged):
  a PIX key or UPI id routes money to the person's account, so it is a red `bank account` whatever
  its form; an Indian reservation category (General/OBC/SC/ST) reveals caste: yellow
  `ethnicity|race`; Brazil's cor/raça is yellow `race`; a screen reader, a dyslexia-friendly font,
  an IEP or an exam accommodation reveal a disability: red `disability`, while captions, font size
  and high contrast are green; a tutor's profile slug (`priya-sharma-7731`) carries the tutor's
  name: yellow `name`, value_only; a Zoom join URL embeds the meeting passcode (`pwd=`): red
  `secret|token`, value_only; a house number or `complemento` alone is still part of the person's
  address (yellow `address`), a bairro is yellow `address|city`; a price a customer pays or a
  filter value (`max_hourly_rate` in a search) is an amount, green; the number part of a phone
  without its area code is still a phone, the area code alone is green; the Twilio callback's `To`
  is value_only (the key does not say phone); a URL path that names a tutor on some pages only is
  green (not every value carries the name).
"""

import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

US_FIRST = [
    "Emily",
    "Jacob",
    "Madison",
    "Tyler",
    "Olivia",
    "DeShawn",
    "Hannah",
    "Ethan",
    "Mackenzie",
    "Brandon",
    "Aaliyah",
    "Connor",
    "Savannah",
    "Marcus",
    "Leah",
    "Caleb",
    "Jasmine",
    "Logan",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Thompson",
    "Martinez",
    "Robinson",
    "Clark",
    "Walker",
    "Hernandez",
    "Washington",
    "Kim",
    "Nguyen",
]
IN_FIRST = [
    "Aarav",
    "Ananya",
    "Ishaan",
    "Diya",
    "Vihaan",
    "Saanvi",
    "Arjun",
    "Kavya",
    "Rohan",
    "Meera",
    "Aditya",
    "Lakshmi",
    "Siddharth",
    "Pooja",
    "Karthik",
    "Nandini",
    "Harpreet",
    "Zoya",
]
IN_LAST = [
    "Sharma",
    "Iyer",
    "Reddy",
    "Nair",
    "Gupta",
    "Banerjee",
    "Singh",
    "Menon",
    "Khanna",
    "Deshpande",
    "Chatterjee",
    "Pillai",
    "Qureshi",
    "Venkatesan",
    "Joshi",
    "Bhattacharya",
]
BR_FIRST = [
    "João",
    "Maria Eduarda",
    "Ana Clara",
    "Gabriel",
    "Larissa",
    "Thiago",
    "Beatriz",
    "Rafael",
    "Letícia",
    "Pedro Henrique",
    "Camila",
    "Lucas",
    "Júlia",
    "Matheus",
    "Fernanda",
    "Caio",
]
BR_LAST = [
    "Oliveira",
    "Santos",
    "Souza",
    "Pereira",
    "Costa",
    "Almeida",
    "Ferreira",
    "Rodrigues",
    "Carvalho",
    "Gomes",
    "Ribeiro",
    "Lima",
    "Araújo",
    "Nascimento",
    "Barbosa",
    "Moraes",
]
OTHER_FIRST = [
    "Amara",
    "Mei",
    "Olga",
    "Kwame",
    "Hana",
    "Fatima",
    "Björn",
    "Sipho",
    "Yuki",
    "Mateo",
    "Chloé",
    "Omar",
    "Nia",
    "Tomasz",
    "Linh",
]
OTHER_LAST = [
    "Okafor",
    "Chen",
    "Ivanova",
    "Mensah",
    "Sato",
    "Haddad",
    "Kowalski",
    "O'Brien",
    "Dubois",
    "Abubakar",
    "Tran",
    "Yilmaz",
]
CULTURES = {
    "us": (US_FIRST, US_LAST),
    "in": (IN_FIRST, IN_LAST),
    "br": (BR_FIRST, BR_LAST),
    "x": (OTHER_FIRST, OTHER_LAST),
}
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correio.example.org",
    "inbox.example.net",
    "family.example.com",
]

US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "W 3rd St",
    "Pine Ridge Rd",
    "Lakeview Dr",
    "Cherry Ln",
    "Franklin Blvd",
    "Willow Ct",
    "N Broadway",
    "Sycamore Way",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Charlotte", "NC"),
    ("Fresno", "CA"),
    ("Tucson", "AZ"),
    ("Raleigh", "NC"),
    ("Omaha", "NE"),
    ("Newark", "NJ"),
    ("Tampa", "FL"),
    ("Aurora", "IL"),
]
IN_CITIES = [
    ("Bengaluru", "Karnataka", "560"),
    ("Pune", "Maharashtra", "411"),
    ("Hyderabad", "Telangana", "500"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Jaipur", "Rajasthan", "302"),
    ("Lucknow", "Uttar Pradesh", "226"),
    ("Kochi", "Kerala", "682"),
    ("Kolkata", "West Bengal", "700"),
]
IN_LOCALITIES = [
    "HSR Layout",
    "Koramangala 5th Block",
    "Kothrud",
    "Banjara Hills",
    "Anna Nagar",
    "Malviya Nagar",
    "Gomti Nagar",
    "Kakkanad",
    "Salt Lake Sector V",
]
BR_CITIES = [
    ("São Paulo", "SP", "11"),
    ("Rio de Janeiro", "RJ", "21"),
    ("Belo Horizonte", "MG", "31"),
    ("Curitiba", "PR", "41"),
    ("Porto Alegre", "RS", "51"),
    ("Recife", "PE", "81"),
    ("Salvador", "BA", "71"),
    ("Fortaleza", "CE", "85"),
    ("Campinas", "SP", "19"),
]
BR_STREETS = [
    "Rua das Flores",
    "Av. Paulista",
    "Rua Augusta",
    "Rua XV de Novembro",
    "Av. Brasil",
    "Rua Sete de Setembro",
    "Travessa do Carmo",
    "Rua Padre Chagas",
    "Av. Boa Viagem",
]
BR_BAIRROS = [
    "Pinheiros",
    "Copacabana",
    "Savassi",
    "Batel",
    "Moinhos de Vento",
    "Boa Viagem",
    "Barra",
    "Aldeota",
    "Cambuí",
    "Vila Mariana",
]

SUBJECTS = [
    "Algebra I",
    "Geometry",
    "AP Calculus AB",
    "Chemistry",
    "SAT Math",
    "English Writing",
    "Python for Kids",
    "Physics",
    "JEE Mathematics",
    "NEET Biology",
    "Redação ENEM",
    "Spanish",
    "Piano",
    "Matemática Básica",
]
COURSES = [
    "SAT Math Bootcamp",
    "Intro to Python",
    "AP Biology Crash Course",
    "JEE Advanced Physics",
    "ENEM Redação Nota 1000",
    "Reading Adventures (Ages 6-8)",
    "Chess for Beginners",
    "IELTS Speaking Prep",
    "Algebra Foundations",
    "Creative Writing Lab",
]
PLANS = [
    "Aprendo Plus Monthly",
    "Aprendo Plus Annual",
    "Family Plan",
    "Tutoring Pack 10",
    "Plano Anual",
    "Basic",
]
SCHOOLS = [
    "Lincoln Middle School",
    "Westlake High School",
    "Delhi Public School, R.K. Puram",
    "Kendriya Vidyalaya No. 2",
    "Colégio Bandeirantes",
    "E.E. Prof. Alberto Conte",
    "Riverside Elementary",
    "St. Joseph's Convent School",
]
UNIVERSITIES = [
    "UT Austin",
    "IIT Bombay",
    "Universidade de São Paulo",
    "University of Delhi",
    "Ohio State University",
    "UNICAMP",
    "Anna University",
    "Arizona State University",
]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


PAGES_HOME = ("/", "Aprendo | Tutors and courses online")


class Fk(Fake):
    """fake.Fake plus US, Indian and Brazilian people, ids and payment details."""

    page = PAGES_HOME

    def choose_page(self):
        self.page = self.pick(PAGES)
        return self.page

    def culture(self):
        return self.pick(["us", "us", "us", "in", "in", "in", "br", "br", "br", "x"])

    def first(self, culture=None):
        return self.pick(CULTURES[culture or self.culture()][0])

    def last(self, culture=None):
        return self.pick(CULTURES[culture or self.culture()][1])

    def full_name(self, culture=None):
        c = culture or self.culture()
        if c == "br" and self.r.random() < 0.4:
            return f"{self.first(c)} {self.last(c)} {self.last(c)}"
        if c == "in" and self.r.random() < 0.2:
            return f"{self.first(c)} {self.pick(['Kumar', 'Devi', 'Rao', 'Prasad'])} {self.last(c)}"
        return f"{self.first(c)} {self.last(c)}"

    def slug(self):
        first = ascii_fold(self.first()).lower().replace(" ", "-")
        return f"{first}-{ascii_fold(self.last()).lower().replace(chr(39), '')}-{self.digits(4)}"

    def short_name(self):
        c = self.culture()
        return f"{self.first(c)} {self.last(c)[0]}."

    def email(self):
        c = self.culture()
        first = ascii_fold(self.first(c)).lower().replace(" ", "")
        last = ascii_fold(self.last(c)).lower().replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first}_{last}{self.r.randint(1990, 2015)}",
                f"{last}.{first}",
                f"{first}+aprendo",
            ]
        )
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    # phones
    def phone_us(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def phone_in(self):
        n = str(self.r.randint(6, 9)) + self.digits(9)
        return self.pick([f"+91 {n[:5]} {n[5:]}", n, f"+91{n}", f"0{n[:5]} {n[5:]}", f"+91-{n}"])

    def phone_br(self):
        ddd = self.pick(BR_CITIES)[2]
        n = "9" + self.digits(8)
        return self.pick(
            [
                f"+55 {ddd} {n[:5]}-{n[5:]}",
                f"({ddd}) {n[:5]}-{n[5:]}",
                f"+55{ddd}{n}",
                f"{ddd}{n}",
                f"({ddd}) {n}",
            ]
        )

    def any_phone(self):
        return self.pick([self.phone_us, self.phone_in, self.phone_br, self.phone_us])()

    # places
    def street_us(self):
        return f"{self.r.randint(12, 9899)} {self.pick(US_STREETS)}"

    def street_in(self):
        return (
            f"{self.pick(['Flat', 'No.', 'House No.'])} {self.r.randint(1, 480)}, "
            f"{self.r.randint(1, 18)}th Cross, {self.pick(IN_LOCALITIES)}"
        )

    def street_br(self):
        return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}"

    def any_street(self):
        return self.pick([self.street_us, self.street_in, self.street_br])()

    def person_city(self):
        return self.pick([self.pick(US_CITIES)[0], self.pick(IN_CITIES)[0], self.pick(BR_CITIES)[0]])

    def zip_us(self):
        z = f"{self.r.randint(10001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1000, 9999)}"

    def pin(self):
        return self.pick(IN_CITIES)[2] + f"{self.r.randint(1, 120):03d}"

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def any_postcode(self):
        return self.pick([self.zip_us, self.pin, self.cep])()

    def dob_child(self):
        return self.date(2008, 2018)

    def dob_adult(self):
        return self.date(1966, 2003)

    # government ids
    def cpf(self, formatted=None):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (9, 10):
            s = sum(v * (n + 1 - i) for i, v in enumerate(d))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def nis(self):
        d = [self.r.randint(1, 2)] + [self.r.randint(0, 9) for _ in range(9)]
        s = sum(v * w for v, w in zip(d, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=True))
        r = 11 - s % 11
        d.append(0 if r >= 10 else r)
        raw = "".join(map(str, d))
        return f"{raw[:3]}.{raw[3:8]}.{raw[8:10]}-{raw[10]}"

    def aadhaar(self):
        body = str(self.r.randint(2, 9)) + self.digits(10)
        raw = body + verhoeff_digit(body)
        return self.pick([f"{raw[:4]} {raw[4:8]} {raw[8:]}", raw])

    def pan(self, surname=None):
        up = string.ascii_uppercase
        s = (surname or self.last("in"))[0].upper()
        return "".join(self.r.choice(up) for _ in range(3)) + "P" + s + self.digits(4) + self.r.choice(up)

    def itin(self):
        group = self.pick([70, 71, 72, 78, 80, 83, 88, 90, 94])
        return f"9{self.r.randint(0, 99):02d}-{group}-{self.r.randint(1, 9999):04d}"

    # money
    def iban_of(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    def iban_br(self):
        bban = self.digits(8) + f"{self.r.randint(1, 9999):05d}" + self.digits(10) + "C1"
        return self.iban_of("BR", bban)

    def ifsc(self):
        return (
            self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "PUNB"])
            + "0"
            + f"{self.r.randint(0, 999999):06d}"
        )

    def upi(self):
        handle = self.pick(["okaxis", "oksbi", "okhdfcbank", "ybl", "paytm", "ibl"])
        who = self.pick(
            [
                ascii_fold(self.first("in")).lower() + str(self.r.randint(1, 999)),
                str(self.r.randint(6, 9)) + self.digits(9),
            ]
        )
        return f"{who}@{handle}"

    def pix_key(self):
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf()
        if kind == "email":
            return self.email()
        if kind == "phone":
            return f"+55{self.pick(BR_CITIES)[2]}9{self.digits(8)}"
        return self.uuid()

    def tok(self, prefix, n=24):
        alnum = string.ascii_letters + string.digits
        return prefix + "".join(self.r.choice(alnum) for _ in range(n))

    def b64url(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def gclid(self):
        return "Cj0KCQ" + self.pick(["iA", "jw", "iAo"]) + self.b64url(self.r.randint(70, 86))

    def fbclid(self):
        return "IwAR" + self.b64url(self.r.randint(56, 64))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def zoom_url(self):
        return f"https://us0{self.r.randint(2, 6)}web.zoom.us/j/{self.digits(11)}?pwd=" + self.tok("", 32)


# -- templates ----------------------------------------------------------------------------------------


@dataclass
class Opt:
    """Sent in only some messages (probability p)."""

    item: Any
    p: float = 0.5


def render(template: Any, f: Fk, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
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


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def iso():
    return G(lambda f: f.iso())


def uid():
    return G(lambda f: f.uuid())


def num(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def yes_no():
    return G(lambda f: f.pick([True, False]))


NAME = Y(lambda f: f.full_name(), "name")
FIRST = Y(lambda f: f.first(), "name")
LAST = Y(lambda f: f.last(), "name")
EMAIL = Y(lambda f: f.email(), "email")
PHONE = Y(lambda f: f.any_phone(), "phone")
IP = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")


# -- contexts of the client libraries -----------------------------------------------------------------

PAGES = [
    ("/", "Aprendo | Tutors and courses online"),
    ("/courses/sat-math-bootcamp", "SAT Math Bootcamp | Aprendo"),
    ("/tutors/search", "Find a tutor | Aprendo"),
    ("/checkout", "Checkout | Aprendo"),
    ("/account/children", "Your children | Aprendo"),
    ("/pt-br/bolsas", "Bolsas de estudo | Aprendo"),
    ("/dashboard", "Dashboard | Aprendo"),
]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/16.6 Mobile/15E148 Safari/604.1",
]
LOCALES = ["en-US", "en-IN", "pt-BR", "hi-IN", "es-US"]
TIMEZONES = [
    "America/Chicago",
    "America/New_York",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "America/Los_Angeles",
]


def web_context():
    page = {
        "path": G(lambda f: f.choose_page()[0]),
        "referrer": pick(
            "", "https://www.google.com/", "https://www.instagram.com/", "https://aprendo.example.com/"
        ),
        "search": pick("", "", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?lang=pt-BR"),
        "title": G(lambda f: f.page[1]),
        "url": G(lambda f: "https://aprendo.example.com" + f.page[0] + f.pick(["", "", "?ref=nav"])),
    }
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": pick("npm:next-1.72.0", "next-1.70.0")},
        "page": page,
        "userAgent": G(lambda f: f.pick(BROWSER_UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": pick("Chromium", "Google Chrome", "Not-A.Brand"),
                        "version": pick("124", "123", "99", "8"),
                    },
                    3,
                ),
                "mobile": yes_no(),
                "platform": pick("Windows", "Android", "Chrome OS", "macOS"),
            },
            0.6,
        ),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Opt(IP, 0.7),
        "campaign": Opt(
            {
                "name": pick("back_to_school_2024", "jee_crash", "enem_reta_final", "sat_fall"),
                "source": pick("google", "facebook", "newsletter", "whatsapp"),
                "medium": pick("cpc", "email", "social", "referral"),
                "term": pick("online math tutor", "sat prep", "aulas de redação", "jee coaching"),
                "content": pick("hero_a", "carousel_2", "textlink"),
            },
            0.3,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Aprendo"),
            "version": pick("6.4.0", "6.4.1", "6.5.0"),
            "build": pick("6400", "6411", "6502"),
            "namespace": G(lambda f: "com.aprendo.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": pick("iPhone14,5", "iPhone15,2", "iPad13,18", "iPhone12,8"),
            "name": pick("iPhone", "iPad"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": yes_no(),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "instanceId": uid(),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": yes_no(),
            "cellular": yes_no(),
            "carrier": pick("Verizon", "Jio", "Vivo", "AT&T"),
        },
        "os": {"name": pick("iOS", "iPadOS"), "version": pick("17.4.1", "16.7.5", "17.5")},
        "screen": {"width": pick(390, 393, 820), "height": pick(844, 852, 1180)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": Opt({"email": EMAIL, "userId": G(lambda f: "usr_" + f.digits(8))}, 0.5),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Aprendo"),
            "version": pick("6.4.0", "6.5.0"),
            "build": pick("640", "650", "651"),
            "namespace": G(lambda f: "com.aprendo.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Xiaomi", "motorola", "Google"),
            "model": pick("SM-A145M", "Redmi Note 12", "moto g54 5G", "Pixel 7a"),
            "name": pick("a14", "tapas", "cancunf", "lynx"),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": yes_no(),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "instanceId": uid(),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": yes_no(),
            "cellular": yes_no(),
            "carrier": pick("Jio", "Airtel", "Claro", "TIM", "T-Mobile"),
        },
        "os": {"name": G(lambda f: "Android"), "version": pick("13", "14", "12")},
        "screen": {"density": pick(2.0, 2.75, 3.0), "width": pick(720, 1080), "height": pick(1600, 2400)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A145M", "Pixel 7a"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "traits": Opt({"email": EMAIL, "userId": G(lambda f: "usr_" + f.digits(8))}, 0.5),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Aprendo Tutor"),
            "version": pick("3.2.0", "3.3.1"),
            "build": pick("320", "331"),
            "namespace": G(lambda f: "com.aprendo.tutor"),
        },
        "device": {
            "id": uid(),
            "manufacturer": pick("Apple", "samsung", "motorola"),
            "model": pick("iPhone13,2", "SM-S918B", "moto e32"),
            "type": pick("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": pick("2.19.1", "2.20.0")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {"wifi": yes_no(), "cellular": yes_no()},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "13")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "location": Opt(
            {
                "city": Y(lambda f: f.person_city(), "city"),
                "country": pick("US", "IN", "BR"),
                "latitude": Y(lambda f: f.lat(), "geolocation"),
                "longitude": Y(lambda f: f.lon(), "geolocation"),
            },
            0.6,
        ),
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Aprendo Kids"),
            "version": pick("2.0.3", "2.1.0"),
            "build": pick("23", "31"),
            "namespace": G(lambda f: "com.aprendo.kids"),
        },
        "device": {
            "id": uid(),
            "manufacturer": pick("Apple", "samsung", "Lenovo"),
            "model": pick("iPad12,1", "SM-X200", "TB-X606F"),
            "type": pick("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "os": {"name": pick("iPadOS", "Android"), "version": pick("17.4", "13")},
        "screen": {"width": pick(810, 1200), "height": pick(1080, 1920)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib):
    name, version = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "python", "php"):
        ctx["ip"] = Opt(IP, 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(BROWSER_UAS)), 0.3)
    return ctx


def context_for(client):
    if client == "web":
        return web_context()
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- shared pieces ----------------------------------------------------------------------------------


def course_product():
    return {
        "product_id": G(lambda f: "crs_" + f.digits(6)),
        "sku": G(
            lambda f: f.pick(["CRS", "PKG", "LIVE"]) + "-" + f.digits(4) + "-" + f.pick(["EN", "PT", "HI"])
        ),
        "name": G(lambda f: f.pick(COURSES)),
        "category": pick("Test Prep", "Coding", "Languages", "Music", "K-5", "Vestibular"),
        "price": money(9, 399),
        "quantity": num(1, 2),
        "position": num(1, 24),
        "instructor": NAME,
        "url": G(
            lambda f: (
                "https://aprendo.example.com/courses/" + f.pick(["sat-math", "python-kids", "enem-redacao"])
            )
        ),
        "image_url": G(lambda f: "https://cdn.aprendo.example.com/c/" + f.hexid(10) + ".webp"),
    }


GIFT_MESSAGES = [
    "Happy birthday {n}! Can't wait to see what you build.",
    "{n}, good luck on the SAT - you've got this!",
    "Parabéns, {n}! Bons estudos.",
    "For {n}, with love from Grandma",
    "{n} - congratulations on finishing 8th grade!",
]
BOOKING_NOTES = [
    "{n} is preparing for the SAT in March, mostly struggles with word problems",
    "{n} has a unit test on fractions next Tuesday",
    "Please help {n} with the Redação for ENEM",
    "{n} prefers Hindi explanations for tough topics",
    "First lesson for {n}, she is a bit shy",
    "{n} needs help with quadratic equations",
]
PUSH_BODIES = [
    "Your lesson with {n} starts in 15 minutes",
    "{n} sent you a message",
    "{n} left feedback on your last session",
    "Reminder: {n} has booked Chemistry for tomorrow 5 PM",
]


def fill(templates, who):
    return lambda f: f.pick(templates).format(n=who(f))


# -- events -------------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, body, weight)

EVENTS: list[tuple[str, str | None, list[str], dict, int]] = []


def ev(kind, name, clients, body, weight=1):
    EVENTS.append((kind, name, clients, body, weight))


# identify: learners and parents signing up on the web or the apps (camelCase)
ev(
    "identify",
    None,
    ["web", "swift", "kotlin"],
    {
        "email": EMAIL,
        "firstName": FIRST,
        "lastName": LAST,
        "phone": PHONE,
        "birthday": Opt(Y(lambda f: f.pick([f.dob_child(), f.dob_adult()]), "birthdate"), 0.6),
        "role": pick("student", "parent", "adult_learner"),
        "createdAt": iso(),
        "plan": G(lambda f: f.pick(PLANS)),
        "country": pick("US", "IN", "BR"),
        "gradeLevel": Opt(pick("K", "3", "6", "8", "11", "12"), 0.6),
        "age": Opt(num(6, 52), 0.5),
        "emailVerified": yes_no(),
        "phoneVerified": yes_no(),
        "avatar": Opt(
            Y(lambda f: f"https://cdn.aprendo.example.com/avatars/{f.hexid(12)}.jpg", "photo"), 0.5
        ),
        "address": Opt(
            {
                "street": Y(lambda f: f.street_us(), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postalCode": Y(lambda f: f.zip_us(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            0.4,
        ),
    },
    3,
)

# identify from the Python user service (snake_case)
ev(
    "identify",
    None,
    ["python"],
    {
        "email": EMAIL,
        "first_name": FIRST,
        "last_name": LAST,
        "phone_number": PHONE,
        "user_type": pick("student", "parent", "tutor"),
        "referral_code": G(lambda f: "APR" + f.hexid(6).upper()),
        "is_minor": yes_no(),
        "parent_user_id": Opt(G(lambda f: "usr_" + f.digits(8)), 0.5),
        "guardian_email": Opt(EMAIL, 0.5),
        "school_name": G(lambda f: f.pick(SCHOOLS)),
        "grade": num(1, 12),
        "gender": Opt(
            Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"), 0.6
        ),
        "email_bounced": yes_no(),
        "last_login_ip": Opt(IP, 0.4),
    },
    2,
)

# identify from the Brazilian backend (Portuguese keys)
ev(
    "identify",
    None,
    ["node"],
    {
        "nome": Y(lambda f: f.first("br"), "name"),
        "sobrenome": Y(lambda f: f.last("br") + f.pick(["", " " + f.last("br")]), "name"),
        "email": EMAIL,
        "cpf": RED(lambda f: f.cpf(), "national id"),
        "telefone": Y(lambda f: f.phone_br(), "phone"),
        "data_nascimento": Y(
            lambda f: "/".join(reversed(f.pick([f.dob_child(), f.dob_adult()]).split("-"))), "birthdate"
        ),
        "endereço": {
            "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
            "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address"),
            "complemento": Opt(
                Y(lambda f: f.pick(["apto 32", "bloco B apto 104", "casa 2", "fundos"]), "address"), 0.6
            ),
            "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address|city"),
            "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
            "estado": G(lambda f: f.pick(BR_CITIES)[1]),
            "cep": Y(lambda f: f.cep(), "zipcode"),
        },
        "escola": G(lambda f: f.pick([*SCHOOLS[4:6], "Colégio Santo Agostinho", "EMEF Paulo Freire"])),
        "serie": pick("6º ano", "9º ano", "1ª série EM", "3ª série EM"),
        "plano": G(lambda f: f.pick(PLANS)),
        "aceita_whatsapp": yes_no(),
        "criado_em": iso(),
    },
    2,
)

# identify from the warehouse sync (SCREAMING_SNAKE)
ev(
    "identify",
    None,
    ["java"],
    {
        "FIRST_NAME": FIRST,
        "LAST_NAME": LAST,
        "EMAIL": EMAIL,
        "MOBILE_PHONE": PHONE,
        "ZIP_CODE": Y(lambda f: f.any_postcode(), "zipcode"),
        "LIFETIME_VALUE_USD": money(0, 5000),
        "LAST_SESSION_AT": iso(),
        "SESSIONS_30D": num(0, 40),
        "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        "HOUSEHOLD_INCOME_BAND": Y(lambda f: f.pick(["<25k", "25k-50k", "50k-100k", "100k+"]), "salary"),
        "IS_SCHOLARSHIP_RECIPIENT": yes_no(),
        "PRIMARY_SUBJECT": G(lambda f: f.pick(SUBJECTS)),
    },
)

# identify tutors from the .NET tutor service (PascalCase)
ev(
    "identify",
    None,
    ["dotnet"],
    {
        "FirstName": FIRST,
        "LastName": LAST,
        "Email": EMAIL,
        "PhoneNumber": PHONE,
        "HourlyRate": Y(lambda f: f.pick([25, 30, 35, 40, 45, 60, 80, 400, 650, 90]), "salary"),
        "Subjects": Many(G(lambda f: f.pick(SUBJECTS)), 3),
        "YearsExperience": num(1, 25),
        "University": G(lambda f: f.pick(UNIVERSITIES)),
        "Degree": pick("B.Sc. Mathematics", "M.Ed.", "B.Tech", "Licenciatura em Letras", "PhD Chemistry"),
        "TeachingCertificateNumber": Opt(
            Y(lambda f: f.pick(["TX", "OH", "NC"]) + f.digits(7), "certificate|license"), 0.5
        ),
        "BackgroundCheckStatus": pick("clear", "pending", "consider"),
        "IsVerified": yes_no(),
        "AverageRating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
        "Bio": pick(
            "Patient math tutor with 8 years of classroom experience.",
            "I make chemistry click with real-world examples.",
            "Professora de redação, foco em ENEM e vestibulares.",
            "IIT alumnus teaching JEE physics and maths since 2015.",
        ),
    },
)

# identify Indian learners (kotlin app, snake_case)
ev(
    "identify",
    None,
    ["kotlin"],
    {
        "first_name": Y(lambda f: f.first("in"), "name"),
        "last_name": Y(lambda f: f.last("in"), "name"),
        "mobile": Y(lambda f: f.phone_in(), "phone"),
        "email": EMAIL,
        "city": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
        "pincode": Y(lambda f: f.pin(), "zipcode"),
        "state": G(lambda f: f.pick(IN_CITIES)[1]),
        "board": pick("CBSE", "ICSE", "State Board"),
        "class": pick("8", "9", "10", "11", "12", "Dropper"),
        "exam_target": pick("JEE Main", "JEE Advanced", "NEET", "CUET", "Boards"),
        "parent_mobile": Y(lambda f: f.phone_in(), "phone"),
        "whatsapp_opt_in": yes_no(),
        "preferred_language": pick("en", "hi", "ta", "te", "bn"),
    },
)

# group: schools and districts on the B2B plan
ev(
    "group",
    None,
    ["web", "node"],
    {
        "name": G(lambda f: f.pick([*SCHOOLS, "Fresno Unified", "Austin ISD"])),
        "plan": pick("school_basic", "district_pro"),
        "seats": num(30, 4000),
        "website": pick(
            "https://www.lincoln.k12.example.us", "https://dps.example.in", "https://bandeirantes.example.br"
        ),
        "nces_id": G(lambda f: f.digits(12)),
        "main_office_phone": pick("(559) 555-0142", "+91 11 4055 5000", "+55 11 3555-0199", "(512) 555-0110"),
        "admin_email": EMAIL,
        "admin_name": NAME,
        "createdAt": iso(),
    },
)

# alias after signup
ev("alias", None, ["web", "swift", "kotlin"], {})

# pages
ev(
    "page",
    "Course Detail",
    ["web"],
    {
        "path": G(
            lambda f: (
                "/courses/" + f.pick(["sat-math-bootcamp", "intro-python", "enem-redacao", "jee-physics"])
            )
        ),
        "url": G(
            lambda f: (
                "https://aprendo.example.com/courses/"
                + f.pick(["sat-math-bootcamp", "intro-python", "jee-physics"])
            )
        ),
        "title": G(lambda f: f.pick(COURSES) + " | Aprendo"),
        "referrer": pick("", "https://www.google.com/", "https://aprendo.example.com/"),
        "search": pick("", "?utm_source=google", "?ref=home"),
        "name": G(lambda f: "Course Detail"),
        "course_id": G(lambda f: "crs_" + f.digits(6)),
        "category": pick("Test Prep", "Coding", "Languages"),
    },
    3,
)

ev(
    "page",
    "Tutor Profile",
    ["web"],
    {
        "path": G(lambda f: "/tutors/" + f.slug()),
        "url": G(
            lambda f: f"https://aprendo.example.com/tutors/{ascii_fold(f.first()).lower()}-{f.digits(4)}"
        ),
        "title": pick("Math tutor | Aprendo", "Chemistry tutor | Aprendo", "Professor de Redação | Aprendo"),
        "referrer": pick("", "https://www.google.com/"),
        "search": pick("", "?from=search"),
        "name": G(lambda f: "Tutor Profile"),
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "tutor_slug": Y(
            lambda f: f.slug(),
            "name",
            True,
        ),
    },
    2,
)

ev(
    "page",
    "Checkout",
    ["web"],
    {
        "path": G(lambda f: "/checkout"),
        "url": G(
            lambda f: "https://aprendo.example.com/checkout?plan=" + f.pick(["plus", "family", "pack10"])
        ),
        "title": G(lambda f: "Checkout | Aprendo"),
        "referrer": pick("https://aprendo.example.com/pricing", ""),
        "name": G(lambda f: "Checkout"),
        "plan": G(lambda f: f.pick(PLANS)),
    },
    2,
)

# screens
ev(
    "screen",
    "Lesson Player",
    ["swift", "kotlin", "flutter"],
    {
        "name": G(lambda f: "Lesson Player"),
        "lesson_id": G(lambda f: "lsn_" + f.digits(7)),
        "course_id": G(lambda f: "crs_" + f.digits(6)),
        "progress_pct": num(0, 100),
        "playback_speed": pick(0.75, 1.0, 1.25, 1.5),
    },
    3,
)

ev(
    "screen",
    "Conversation",
    ["swift", "kotlin", "rn"],
    {
        "name": G(lambda f: "Conversation"),
        "conversation_id": uid(),
        "recipient_display_name": Y(lambda f: f.short_name(), "name"),
        "unread_count": num(0, 12),
    },
    2,
)

ev(
    "screen",
    "Earnings",
    ["rn"],
    {
        "name": G(lambda f: "Earnings"),
        "period": pick("this_week", "last_month", "ytd"),
        "total_earnings": Y(lambda f: f.money(40, 6000), "salary"),
        "hours_taught": money(1, 160),
        "avg_rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 2)),
    },
)

# e-commerce spec: courses
ev(
    "track",
    "Products Searched",
    ["web", "swift", "kotlin"],
    {
        "query": pick(
            "sat math", "python for kids", "redação enem", "jee physics", "piano beginner", "ielts"
        ),
        "filters": {"level": pick("beginner", "intermediate", "advanced"), "price_max": pick(50, 100, 200)},
        "results_count": num(0, 240),
    },
    2,
)

ev(
    "track",
    "Product List Viewed",
    ["web", "kotlin"],
    {
        "list_id": pick("homepage_featured", "test_prep", "coding_kids"),
        "category": pick("Test Prep", "Coding", "Languages"),
        "products": Many(course_product(), 4),
    },
)

ev(
    "track",
    "Product Viewed",
    ["web", "swift", "kotlin"],
    {
        **{k: v for k, v in course_product().items() if k not in ("quantity", "position")},
        "currency": pick("USD", "INR", "BRL"),
        "value": money(9, 399),
        "duration_hours": num(2, 60),
        "level": pick("beginner", "intermediate", "advanced"),
        "language": pick("en", "pt-BR", "hi"),
    },
    2,
)

ev(
    "track",
    "Product Added",
    ["web", "swift"],
    {
        "cart_id": uid(),
        **{
            k: v
            for k, v in course_product().items()
            if k in ("product_id", "sku", "name", "price", "quantity")
        },
        "coupon": pick("", "BACK2SCHOOL", "ENEM20"),
    },
)

ev(
    "track",
    "Checkout Started",
    ["web", "kotlin"],
    {
        "order_id": G(lambda f: "ord_" + f.hexid(16)),
        "value": money(9, 900),
        "revenue": money(9, 900),
        "tax": money(0, 60),
        "discount": money(0, 40),
        "coupon": pick("", "BACK2SCHOOL", "FAMILY15"),
        "currency": pick("USD", "INR", "BRL"),
        "products": Many(course_product(), 3),
    },
)

ev(
    "track",
    "Payment Info Entered",
    ["web"],
    {
        "checkout_id": uid(),
        "order_id": G(lambda f: "ord_" + f.hexid(16)),
        "payment_method": pick("card", "upi", "pix", "boleto", "paypal"),
        "card_brand": pick("visa", "mastercard", "amex", "elo", "rupay"),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp_month": num(1, 12),
        "card_exp_year": num(2025, 2031),
        "card_bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
        "cardholder_name": NAME,
        "billing_zip": Y(lambda f: f.any_postcode(), "zipcode"),
        "installments": num(1, 12),
        "payment_token": RED(lambda f: f.tok("tok_"), "token"),
    },
)

ev(
    "track",
    "Order Completed",
    ["web", "python"],
    {
        "order_id": G(lambda f: "ord_" + f.hexid(16)),
        "checkout_id": uid(),
        "total": money(9, 900),
        "subtotal": money(9, 900),
        "tax": money(0, 60),
        "discount": money(0, 40),
        "coupon": pick("", "BACK2SCHOOL", "FAMILY15"),
        "currency": pick("USD", "INR", "BRL"),
        "affiliation": pick("Aprendo Web", "Aprendo iOS"),
        "payment_method": pick("card", "upi", "pix"),
        "products": Many(course_product(), 3),
        "billing_address": {
            "name": NAME,
            "line1": Y(lambda f: f.any_street(), "address|street"),
            "line2": Opt(
                Y(lambda f: f.pick(["Apt 4B", "Unit 210", "apto 71", "2nd Floor"]), "address|street"), 0.5
            ),
            "city": Y(lambda f: f.person_city(), "city"),
            "state": pick("TX", "OH", "KA", "MH", "SP", "RJ"),
            "postal_code": Y(lambda f: f.any_postcode(), "zipcode"),
            "country": pick("US", "IN", "BR"),
        },
        "is_gift": yes_no(),
        "gift_recipient": Opt({"name": NAME, "email": EMAIL}, 0.4),
        "gift_message": Opt(Y(fill(GIFT_MESSAGES, lambda f: f.first()), "name", True), 0.4),
    },
    2,
)

ev(
    "track",
    "Order Refunded",
    ["python"],
    {
        "order_id": G(lambda f: "ord_" + f.hexid(16)),
        "refund_id": G(lambda f: "re_" + f.tok("", 24)),
        "total": money(9, 400),
        "currency": pick("USD", "INR", "BRL"),
        "reason": pick("requested_by_customer", "duplicate", "tutor_no_show"),
    },
)

# subscriptions (Stripe-shaped)
ev(
    "track",
    "Subscription Started",
    ["node"],
    {
        "subscription_id": G(lambda f: "sub_" + f.tok("", 24)),
        "customer_id": G(lambda f: "cus_" + f.tok("", 14)),
        "plan_id": pick("price_plus_monthly", "price_plus_annual", "price_family"),
        "plan_name": G(lambda f: f.pick(PLANS)),
        "amount": G(lambda f: f.pick([1299, 9900, 2499, 14900])),
        "currency": pick("usd", "inr", "brl"),
        "status": pick("trialing", "active"),
        "card": {
            "brand": pick("visa", "mastercard", "amex"),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": num(1, 12),
            "exp_year": num(2025, 2031),
        },
    },
)

ev(
    "track",
    "Invoice Payment Failed",
    ["ruby"],
    {
        "invoice_id": G(lambda f: "in_" + f.tok("", 24)),
        "amount_due": G(lambda f: f.r.randint(500, 30000)),
        "attempt_count": num(1, 4),
        "failure_code": pick("card_declined", "insufficient_funds", "expired_card"),
        "customer_email": EMAIL,
        "customer_name": NAME,
    },
)

# live tutoring
ev(
    "track",
    "Tutors Searched",
    ["web", "swift", "kotlin"],
    {
        "subject": G(lambda f: f.pick(SUBJECTS)),
        "grade_level": pick("elementary", "middle", "high_school", "college"),
        "location_query": pick(
            "Koramangala, Bengaluru", "Austin, TX", "Pinheiros, São Paulo", "online", "near me"
        ),
        "max_hourly_rate": pick(30, 50, 80, 1000),
        "online_only": yes_no(),
        "results_count": num(0, 180),
    },
    2,
)

ev(
    "track",
    "Tutor Profile Viewed",
    ["web", "swift", "kotlin"],
    {
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "tutor_name": NAME,
        "hourly_rate": Y(lambda f: f.pick([25, 35, 45, 60, 500, 800, 90, 120]), "salary"),
        "subjects": Many(G(lambda f: f.pick(SUBJECTS)), 3),
        "rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 1)),
        "review_count": num(0, 600),
        "response_time_hours": num(1, 48),
        "is_top_rated": yes_no(),
        "languages": Many(pick("English", "Hindi", "Portuguese", "Spanish", "Tamil"), 2),
        "source": pick("search", "recommendation", "share_link"),
    },
    2,
)

ev(
    "track",
    "Lesson Booked",
    ["web", "swift", "kotlin"],
    {
        "booking_id": G(lambda f: "bk_" + f.digits(9)),
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "tutor_name": NAME,
        "student_id": G(lambda f: "usr_" + f.digits(8)),
        "student_first_name": FIRST,
        "subject": G(lambda f: f.pick(SUBJECTS)),
        "scheduled_at": iso(),
        "duration_minutes": pick(30, 45, 60, 90),
        "price": money(15, 120),
        "currency": pick("USD", "INR", "BRL"),
        "mode": pick("online", "online", "in_person"),
        "meeting_point": Opt(
            {"lat": Y(lambda f: f.lat(), "geolocation"), "lng": Y(lambda f: f.lon(), "geolocation")}, 0.3
        ),
        "note": Y(fill(BOOKING_NOTES, lambda f: f.first()), "name", True),
        "booked_by": pick("parent", "student"),
        "is_trial": yes_no(),
    },
    2,
)

ev(
    "track",
    "Zoom Meeting Participant Joined",
    ["go"],
    {
        "event": G(lambda f: "meeting.participant_joined"),
        "payload": {
            "object": {
                "id": G(lambda f: f.digits(11)),
                "uuid": G(lambda f: f.tok("", 22) + "=="),
                "host_email": EMAIL,
                "topic": Y(
                    lambda f: (
                        f"{f.pick(SUBJECTS)}: {f.first()} with {f.pick(['Ms.', 'Mr.', 'Prof.'])} {f.last()}"
                    ),
                    "name",
                    True,
                ),
                "join_url": RED(lambda f: f.zoom_url(), "secret|token", True),
                "start_time": iso(),
                "participant": {
                    "user_id": G(lambda f: f.digits(8)),
                    "user_name": NAME,
                    "email": Opt(EMAIL, 0.6),
                    "join_time": iso(),
                },
            },
        },
    },
)

ev(
    "track",
    "Classroom Joined",
    ["swift", "kotlin", "web"],
    {
        "room_id": G(lambda f: "room_" + f.hexid(12)),
        "booking_id": G(lambda f: "bk_" + f.digits(9)),
        "role": pick("tutor", "student", "observer"),
        "rtc_token": RED(lambda f: "006" + f.hexid(32) + "IAD" + f.b64url(120), "token"),
        "camera_on": yes_no(),
    },
)

ev(
    "track",
    "Session Feedback Submitted",
    ["swift", "kotlin", "web"],
    {
        "session_id": uid(),
        "rating": num(1, 5),
        "tags": Many(pick("patient", "clear_explanations", "late", "audio_issues", "fun"), 3),
        "comment": pick(
            "Great session, very clear.",
            "Audio kept dropping.",
            "Muito boa a aula!",
            "Helped a lot with homework",
            "Could be more structured",
        ),
        "would_rebook": yes_no(),
    },
)

ev(
    "track",
    "Aula Cancelada",
    ["node"],
    {
        "aula_id": G(lambda f: "aula_" + f.digits(7)),
        "motivo": pick("aluno_doente", "conflito_horario", "professor_indisponivel", "sem_internet"),
        "nome_professor": Y(lambda f: f.full_name("br"), "name"),
        "nome_aluno": Y(lambda f: f.first("br"), "name"),
        "valor_reembolso": money(0, 180),
        "cancelada_em": iso(),
        "antecedencia_horas": num(0, 72),
    },
)

# parents and children
ev(
    "track",
    "Child Profile Added",
    ["web", "flutter"],
    {
        "child": {
            "first_name": FIRST,
            "last_name": LAST,
            "date_of_birth": Y(lambda f: f.dob_child(), "birthdate"),
            "grade": pick("K", "2", "4", "6", "8", "10"),
            "school": G(lambda f: f.pick(SCHOOLS)),
            "age": num(5, 17),
            "pet_name": Opt(pick("Biscuit", "Luna", "Tommy", "Mel", "Sheru", "Pipoca"), 0.4),
            "iep": RED(lambda f: f.pick([True, False]), "disability"),
            "learning_needs": Opt(
                Many(RED(lambda f: f.pick(["dyslexia", "ADHD", "dyscalculia", "autism"]), "disability"), 2),
                0.3,
            ),
        },
        "relationship": pick("mother", "father", "guardian", "grandparent"),
        "children_count": num(1, 4),
    },
)

ev(
    "track",
    "Parental Consent Granted",
    ["python"],
    {
        "child_user_id": G(lambda f: "usr_" + f.digits(8)),
        "parent_name": NAME,
        "parent_email": EMAIL,
        "consent_method": pick("card_verification", "signed_form", "video_call"),
        "verification_card_last4": G(lambda f: f.digits(4)),
        "consent_version": pick("coppa-2023-11", "coppa-2024-04"),
        "consented_at": iso(),
        "ip_address": IP,
    },
)

ev(
    "track",
    "Consent Card Check Submitted",
    ["web"],
    {
        "child_user_id": G(lambda f: "usr_" + f.digits(8)),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "cardholder_name": NAME,
        "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "check_amount": G(lambda f: 0.5),
        "check_result": pick("approved", "declined", "error"),
    },
)

ev(
    "track",
    "Family Invoice Paid",
    ["ruby"],
    {
        "invoice_number": G(lambda f: "APR-" + f.digits(6)),
        "billed_to": {"name": NAME, "email": EMAIL, "phone": PHONE},
        "dependents": Many({"name": NAME, "grade": num(1, 12)}, 3),
        "amount_paid": money(20, 900),
        "currency": pick("USD", "INR", "BRL"),
        "paid_via": pick("card", "ach", "pix", "upi"),
        "card_masked": Opt(G(lambda f: (lambda c: c[:6] + "*" * (len(c) - 10) + c[-4:])(f.card(False))), 0.6),
    },
)

# quizzes and certificates
ev(
    "track",
    "Quiz Question Answered",
    ["web", "flutter"],
    {
        "quiz_id": G(lambda f: "qz_" + f.digits(6)),
        "question_id": G(lambda f: "q_" + f.digits(5)),
        "answer_text": pick("42", "x = 3", "photosynthesis", "B", "3/4", "mitochondria"),
        "is_correct": yes_no(),
    },
    2,
)

ev(
    "track",
    "Quiz Completed",
    ["web", "swift", "kotlin", "flutter"],
    {
        "quiz_id": G(lambda f: "qz_" + f.digits(6)),
        "score": num(0, 100),
        "passed": yes_no(),
        "duration_sec": num(60, 1800),
    },
    2,
)

ev(
    "track",
    "Certificate Issued",
    ["python"],
    {
        "certificate_id": uid(),
        "certificate_number": G(lambda f: f"APR-{f.pick([2023, 2024])}-{f.r.randint(1, 999999):06d}"),
        "recipient_name": NAME,
        "recipient_email": EMAIL,
        "course_title": G(lambda f: f.pick(COURSES)),
        "issued_at": iso(),
        "verification_url": G(lambda f: "https://aprendo.example.com/verify/" + f.hexid(10)),
    },
)

# tutor onboarding and verification
ev(
    "track",
    "Tutor Application Submitted",
    ["web"],
    {
        "first_name": FIRST,
        "last_name": LAST,
        "email": EMAIL,
        "phone": PHONE,
        "zip": Y(lambda f: f.zip_us(), "zipcode"),
        "subjects": Many(G(lambda f: f.pick(SUBJECTS)), 3),
        "highest_degree": pick("bachelors", "masters", "doctorate", "some_college"),
        "university": G(lambda f: f.pick(UNIVERSITIES)),
        "years_experience": num(0, 30),
        "has_teaching_license": yes_no(),
        "referral_source": pick("indeed", "friend", "linkedin", "google"),
        "veteran_status": RED(
            lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline_to_answer"]), "veteran"
        ),
        "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "decline"]), "gender"),
        "race_ethnicity": Y(
            lambda f: f.pick(
                ["Hispanic or Latino", "Asian", "Black or African American", "White", "Two or more races"]
            ),
            "ethnicity|race",
        ),
    },
)

ev(
    "track",
    "Identity Verification Completed",
    ["go"],
    {
        "inquiry_id": G(lambda f: "inq_" + f.tok("", 22)),
        "reference_id": G(lambda f: "tut_" + f.digits(6)),
        "status": pick("completed", "failed", "needs_review"),
        "fields": {
            "name_first": FIRST,
            "name_last": LAST,
            "birthdate": Y(lambda f: f.dob_adult(), "birthdate"),
            "address_street_1": Y(lambda f: f.street_us(), "address|street"),
            "address_city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "address_subdivision": G(lambda f: f.pick(US_CITIES)[1]),
            "address_postal_code": Y(lambda f: f.zip_us(), "zipcode"),
            "identification_class": pick("dl", "id"),
            "identification_number": Y(
                lambda f: f.pick(["D", "S", "A"]) + f.digits(f.pick([7, 8, 12])), "license|identification"
            ),
            "selfie_photo_url": Y(
                lambda f: "https://files.withpersona.example.com/selfies/" + f.hexid(20) + ".jpg", "photo"
            ),
        },
    },
)

ev(
    "track",
    "Background Check Completed",
    ["ruby"],
    {
        "candidate_id": G(lambda f: f.hexid(24)),
        "report_id": G(lambda f: f.hexid(24)),
        "package": pick("tasker_standard", "driver_pro", "education_plus"),
        "status": pick("clear", "consider", "suspended"),
        "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
        "dob": Y(lambda f: f.dob_adult(), "birthdate"),
        "zipcode": Y(lambda f: f.zip_us(), "zipcode"),
    },
)

# payouts and tax
ev(
    "track",
    "Payout Method Added",
    ["dotnet"],
    {
        "TutorId": G(lambda f: "tut_" + f.digits(6)),
        "Country": G(lambda f: "US"),
        "Method": G(lambda f: "bank_transfer"),
        "AccountHolderName": NAME,
        "RoutingNumber": pick("021000021", "026009593", "121000248", "111000614"),
        "AccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
        "AccountType": pick("checking", "savings"),
        "AccountLast4": G(lambda f: f.digits(4)),
    },
)

ev(
    "track",
    "Payout Method Added",
    ["java"],
    {
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "payout_rail": pick("imps", "upi", "neft"),
        "beneficiary_name": Y(lambda f: f.full_name("in"), "name"),
        "ifsc_code": G(lambda f: f.ifsc()),
        "account_number": RED(lambda f: f.digits(f.pick([11, 12, 14, 16])), "bank account"),
        "upi_id": RED(lambda f: f.upi(), "bank account"),
        "pan": RED(lambda f: f.pan(), "national id"),
        "bank_name": pick("HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank"),
        "penny_drop_verified": yes_no(),
    },
)

ev(
    "track",
    "Dados Bancários Atualizados",
    ["node"],
    {
        "professor_id": G(lambda f: "tut_" + f.digits(6)),
        "banco": pick(
            "341 - Itaú Unibanco", "001 - Banco do Brasil", "260 - Nu Pagamentos", "237 - Bradesco"
        ),
        "agencia": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
        "conta": RED(lambda f: f"{f.digits(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}", "bank account"),
        "tipo_conta": pick("corrente", "poupança", "pagamento"),
        "titular": Y(lambda f: f.full_name("br"), "name"),
        "cpf_titular": RED(lambda f: f.cpf(), "national id"),
        "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
        "tipo_chave_pix": pick("cpf", "email", "telefone", "aleatoria"),
        "iban": Opt(RED(lambda f: f.iban_br(), "bank account"), 0.3),
    },
)

ev(
    "track",
    "Tax Info Submitted",
    ["python"],
    {
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "form_type": G(lambda f: "W-9"),
        "tin_type": pick("SSN", "ITIN"),
        "tin": RED(lambda f: f.pick([f.ssn(), f.ssn(), f.itin()]), "social security number|national id"),
        "legal_name": NAME,
        "business_name": Opt(
            pick("Bright Minds Tutoring LLC", "Patel Learning Studio", "Keystone Prep Co."), 0.5
        ),
        "federal_tax_classification": pick("individual", "single_member_llc"),
        "address": {
            "line1": Y(lambda f: f.street_us(), "address|street"),
            "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "state": G(lambda f: f.pick(US_CITIES)[1]),
            "zip": Y(lambda f: f.zip_us(), "zipcode"),
        },
        "tin_match_status": pick("matched", "pending", "mismatch"),
    },
)

ev(
    "track",
    "Tax Details Updated",
    ["java"],
    {
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "pan_number": RED(lambda f: f.pan(), "national id"),
        "aadhaar_number": RED(lambda f: f.aadhaar(), "national id"),
        "aadhaar_linked": yes_no(),
        "tds_rate": pick(1, 2, 10),
        "gst_registered": yes_no(),
        "financial_year": pick("2023-24", "2024-25"),
    },
)

ev(
    "track",
    "Payout Sent",
    ["node"],
    {
        "payout_id": G(lambda f: "po_" + f.tok("", 24)),
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "payout_amount": Y(lambda f: f.money(20, 4000), "salary"),
        "platform_fee": money(1, 400),
        "currency": pick("usd", "inr", "brl"),
        "destination_last4": G(lambda f: f.digits(4)),
        "arrival_date": G(lambda f: f.date(2024, 2024)),
        "status": pick("paid", "in_transit", "failed"),
        "sessions_included": num(1, 60),
    },
)

# reviews
ev(
    "track",
    "Review Submitted",
    ["web", "swift", "kotlin"],
    {
        "review_id": G(lambda f: "rev_" + f.digits(7)),
        "tutor_id": G(lambda f: "tut_" + f.digits(6)),
        "rating": num(1, 5),
        "title": pick("Amazing tutor", "Helpful", "Not a good fit", "Excelente professora"),
        "review_text": pick(
            "Explains concepts patiently and checks understanding.",
            "My son's grades went from C to A in two months.",
            "Sessions started late twice.",
            "Didática excelente, recomendo!",
            "Very well prepared for JEE problems.",
        ),
        "reviewer_display_name": Y(lambda f: f.short_name(), "name"),
        "is_anonymous": yes_no(),
        "verified_booking": yes_no(),
    },
)

# messaging
ev(
    "track",
    "Message Sent",
    ["web", "swift", "kotlin", "rn"],
    {
        "conversation_id": uid(),
        "message_id": uid(),
        "sender_role": pick("student", "parent", "tutor"),
        "recipient_id": G(lambda f: f.pick(["usr_", "tut_"]) + f.digits(6)),
        "text": pick(
            "See you tomorrow at 5!",
            "Can we move to Thursday?",
            "I uploaded the worksheet",
            "Obrigado professora!",
            "Thanks, that helped a lot",
            "Sir, doubt in Q7 please",
        ),
        "has_attachment": yes_no(),
    },
    3,
)

ev(
    "track",
    "Message Flagged",
    ["python"],
    {
        "message_id": uid(),
        "rule": pick("off_platform_contact", "contact_info_shared"),
        "snippet": Y(
            lambda f: f.pick(
                [
                    "call me on " + f.phone_in(),
                    "add me on whatsapp " + f.phone_br(),
                    "text me at " + f.phone_us() + " we can do it cheaper",
                    "my email is " + f.email(),
                    "pay me directly, " + f.email(),
                ]
            ),
            "phone|email",
            True,
        ),
        "action": pick("blocked", "warned", "queued_for_review"),
        "sender_id": G(lambda f: f.pick(["usr_", "tut_"]) + f.digits(6)),
        "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
    },
)

ev(
    "track",
    "Attachment Uploaded",
    ["web", "swift"],
    {
        "conversation_id": uid(),
        "file_name": pick(
            "homework-3.pdf",
            "IMG_2041.jpg",
            "essay draft v2.docx",
            "worksheet_fractions.pdf",
            "redacao_final.pdf",
        ),
        "mime_type": pick(
            "application/pdf",
            "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        "size_bytes": num(20_000, 9_000_000),
        "sha256": G(lambda f: f.hexid(64)),
    },
)

# scholarships
ev(
    "track",
    "Scholarship Application Submitted",
    ["web"],
    {
        "application_id": G(lambda f: "sch_" + f.digits(7)),
        "program": pick("Aprendo Access Fund", "STEM Girls Scholarship", "First-Gen Scholars"),
        "household_income": Y(lambda f: f.r.randint(8000, 95000), "salary"),
        "income_currency": G(lambda f: "USD"),
        "household_size": num(2, 8),
        "parent_occupation": pick("Nurse", "Truck driver", "Cashier", "Teacher", "Unemployed"),
        "parent_employer": pick("Walmart", "HCA Healthcare", "Fresno Unified", "Self-employed"),
        "single_parent_household": yes_no(),
        "first_generation": yes_no(),
        "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
        "race": Y(
            lambda f: f.pick(
                ["Black or African American", "Asian", "White", "American Indian or Alaska Native"]
            ),
            "race",
        ),
        "gender": Y(lambda f: f.pick(["female", "male", "non_binary"]), "gender"),
        "disability_status": RED(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "disability"),
        "date_of_birth": Y(lambda f: f.dob_child(), "birthdate"),
        "school_name": G(lambda f: f.pick(SCHOOLS)),
        "gpa": G(lambda f: round(f.r.uniform(2.0, 4.0), 2)),
        "essay": pick(
            "I want to be the first in my family to study engineering.",
            "Tutoring would help me catch up after moving schools.",
            "I love biology and want to become a doctor.",
        ),
        "guardian": {
            "name": NAME,
            "phone": PHONE,
            "relationship": pick("mother", "father", "aunt", "grandmother"),
        },
    },
)

ev(
    "track",
    "Bolsa Solicitada",
    ["node"],
    {
        "inscricao_id": G(lambda f: "bls_" + f.digits(7)),
        "renda_familiar": Y(lambda f: f.r.randint(900, 6000), "salary"),
        "pessoas_na_casa": num(2, 9),
        "cor_raca": Y(lambda f: f.pick(["parda", "preta", "branca", "amarela", "indígena"]), "race"),
        "escola_publica": yes_no(),
        "nis": RED(lambda f: f.nis(), "national id"),
        "cpf_responsavel": RED(lambda f: f.cpf(), "national id"),
        "nome_responsavel": Y(lambda f: f.full_name("br"), "name"),
        "telefone_responsavel": Y(lambda f: f.phone_br(), "phone"),
        "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
        "estado": G(lambda f: f.pick(BR_CITIES)[1]),
        "recebe_bolsa_familia": yes_no(),
    },
)

ev(
    "track",
    "Scholarship Applied",
    ["python"],
    {
        "application_id": G(lambda f: "sch_" + f.digits(7)),
        "scheme": pick("Aprendo Vidya Scholarship", "Merit-cum-Means 2024"),
        "annual_family_income": Y(lambda f: f.r.randint(60000, 800000), "salary"),
        "caste_category": Y(lambda f: f.pick(["General", "OBC", "SC", "ST", "EWS"]), "ethnicity|race"),
        "religion": Y(
            lambda f: f.pick(["Hindu", "Muslim", "Christian", "Sikh", "Buddhist", "Jain"]), "religion"
        ),
        "is_pwd": RED(lambda f: f.pick([True, False]), "disability"),
        "aadhaar": RED(lambda f: f.aadhaar(), "national id"),
        "father_name": Y(lambda f: f.full_name("in"), "name"),
        "mother_name": Y(lambda f: f.full_name("in"), "name"),
        "board_percentage": G(lambda f: round(f.r.uniform(55, 99), 1)),
        "state": G(lambda f: f.pick(IN_CITIES)[1]),
    },
)

# accounts and security
ev(
    "track",
    "Signup Form Submitted",
    ["web"],
    {
        "form_id": G(lambda f: "signup_v" + str(f.r.randint(2, 4))),
        "form_fields": {
            "full_name": NAME,
            "email": EMAIL,
            "password": RED(
                lambda f: (
                    f.pick(["Summer2024!", "aprendo123", "Priya@1998", "Qwerty!23", "senha#Forte9"])
                    + f.hexid(2)
                ),
                "password",
            ),
            "confirm_password": RED(
                lambda f: f.pick(["Summer2024!", "aprendo123", "Qwerty!23"]) + f.hexid(2), "password"
            ),
            "accept_terms": yes_no(),
            "newsletter": yes_no(),
        },
        "password_strength": pick("weak", "medium", "strong"),
        "duration_ms": num(4000, 120000),
    },
)

ev(
    "track",
    "Sign In Attempted",
    ["web", "swift", "kotlin"],
    {
        "identifier": Y(
            lambda f: f.pick([f.email(), f.phone_in(), f.email(), f.phone_br()]), "email|phone", True
        ),
        "method": pick("password", "otp", "google", "apple"),
        "success": yes_no(),
        "failed_attempts": num(0, 5),
        "mfa_enabled": yes_no(),
    },
    2,
)

ev(
    "track",
    "OTP Verified",
    ["kotlin", "swift"],
    {
        "mobile": Y(lambda f: f.pick([f.phone_in(), f.phone_br()]), "phone"),
        "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
        "otp_length": G(lambda f: 6),
        "channel": pick("sms", "whatsapp"),
        "attempts": num(1, 3),
        "verified": yes_no(),
    },
)

ev(
    "track",
    "Account Activated",
    ["php"],
    {
        "activation_code": RED(lambda f: f.tok("", 8).upper(), "token|secret"),
        "activation_method": pick("email_link", "school_code"),
        "days_since_signup": num(0, 14),
        "email_domain": pick("example.com", "example.org", "k12.example.us"),
    },
)

ev(
    "track",
    "Password Reset Requested",
    ["php", "web"],
    {
        "email": EMAIL,
        "request_ip": IP,
        "reset_count_24h": num(1, 4),
        "delivery": pick("email", "sms"),
    },
)

ev(
    "track",
    "Contact Info Updated",
    ["web", "kotlin"],
    {
        "updated_field": pick("email", "phone"),
        "new_value": Y(lambda f: f.pick([f.email(), f.any_phone()]), "email|phone", True),
        "verified": yes_no(),
        "source": pick("settings", "checkout", "support_agent"),
    },
)

ev(
    "track",
    "Push Token Registered",
    ["swift"],
    {
        "push_token": RED(lambda f: f.hexid(64), "token"),
        "apns_environment": pick("production", "sandbox"),
        "permission_status": pick("authorized", "provisional", "denied"),
    },
)

ev(
    "track",
    "Support Ticket Created",
    ["php"],
    {
        "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
        "subject": pick(
            "Refund for missed lesson", "Cannot join classroom", "Change payout bank", "Nota fiscal"
        ),
        "priority": pick("low", "normal", "high", "urgent"),
        "channel": pick("web", "email", "whatsapp", "chat"),
        "requester": {"name": NAME, "email": EMAIL},
        "assignee_name": NAME,
        "tags": Many(pick("billing", "tech", "tutor", "brazil", "india"), 3),
        "via": pick("web_form", "api", "mobile_sdk"),
    },
)

# referrals and invites (other people's data)
ev(
    "track",
    "Invite Sent",
    ["web", "swift"],
    {
        "invite_id": uid(),
        "channel": pick("email", "sms", "whatsapp"),
        "invitee_email": EMAIL,
        "invitee_name": NAME,
        "referral_code": G(lambda f: "APR" + f.hexid(6).upper()),
        "reward_amount": pick(10, 15, 250),
    },
)

ev(
    "track",
    "Friends Invited",
    ["rn", "kotlin"],
    {
        "recipients": Many({"name": NAME, "phone": PHONE}, 4),
        "recipients_count": num(1, 4),
        "message_template": pick("invite_v2", "invite_whatsapp"),
    },
)

# neutral keys
ev(
    "track",
    "Calendar Event Synced",
    ["node"],
    {
        "provider": pick("google", "outlook", "apple"),
        "calendar_event_id": G(lambda f: f.tok("", 26).lower()),
        "label": Y(
            lambda f: f"{f.pick(['Tutoring', 'Aula', 'Lesson'])}: {f.pick(SUBJECTS)} with {f.short_name()}",
            "name",
            True,
        ),
        "start": iso(),
        "end": iso(),
        "reminder_minutes": pick(10, 15, 30, 60),
    },
)

ev(
    "track",
    "Form Field Completed",
    ["web"],
    {
        "form": {"id": pick("lead_parent", "demo_request", "waitlist"), "step": num(1, 3)},
        "field": {
            "name": pick("email", "parent_email", "guardian_email"),
            "type": G(lambda f: "email"),
            "value": Y(lambda f: f.email(), "email", True),
        },
        "duration_ms": num(300, 20000),
    },
)

ev(
    "track",
    "Address Autocomplete Used",
    ["web", "swift"],
    {
        "input": Y(lambda f: f.any_street(), "address|street", True),
        "suggestions_count": num(0, 5),
        "selected_place_id": G(lambda f: "ChIJ" + f.b64url(23)),
        "provider": pick("google_places", "mapbox"),
    },
)

ev(
    "track",
    "Roster Searched",
    ["web"],
    {
        "q": Y(lambda f: f.pick([f.full_name(), f.first(), f.last(), f.short_name()]), "name", True),
        "results_count": num(0, 30),
        "filter": pick("all", "active", "archived"),
    },
)

ev(
    "track",
    "Push Notification Opened",
    ["swift", "kotlin"],
    {
        "campaign_id": G(lambda f: f.digits(7)),
        "notification_id": uid(),
        "title": pick("Lesson reminder", "New message", "Feedback", "Aprendo"),
        "body": Y(fill(PUSH_BODIES, lambda f: f.short_name()), "name", True),
        "deep_link": pick("aprendo://lesson/upcoming", "aprendo://inbox", "aprendo://feedback"),
    },
    2,
)

# vendor-shaped payment webhooks
ev(
    "track",
    "Payment Captured",
    ["python"],
    {
        "razorpay_payment_id": G(lambda f: "pay_" + f.tok("", 14)),
        "razorpay_order_id": G(lambda f: "order_" + f.tok("", 14)),
        "amount": G(lambda f: f.r.randint(49900, 2999900)),
        "currency": G(lambda f: "INR"),
        "method": pick("upi", "card", "netbanking", "wallet"),
        "vpa": Opt(RED(lambda f: f.upi(), "bank account"), 0.5),
        "bank": Opt(pick("HDFC", "SBIN", "ICIC"), 0.4),
        "email": EMAIL,
        "contact": Y(lambda f: "+91" + str(f.r.randint(6, 9)) + f.digits(9), "phone"),
        "notes": {"student_name": NAME, "course_code": G(lambda f: "CRS-" + f.digits(4))},
    },
)

ev(
    "track",
    "Pagamento Aprovado",
    ["node"],
    {
        "id": G(lambda f: f.r.randint(10**10, 10**11)),
        "status": pick("approved", "pending", "in_process"),
        "payment_method_id": pick("pix", "master", "visa", "bolbradesco"),
        "transaction_amount": money(30, 1500),
        "installments": num(1, 12),
        "external_reference": G(lambda f: "ord_" + f.hexid(16)),
        "payer": {
            "email": EMAIL,
            "first_name": Y(lambda f: f.first("br"), "name"),
            "last_name": Y(lambda f: f.last("br"), "name"),
            "identification": {
                "type": G(lambda f: "CPF"),
                "number": RED(lambda f: f.cpf(False), "national id"),
            },
            "phone": {
                "area_code": G(lambda f: f.pick(BR_CITIES)[2]),
                "number": Y(lambda f: "9" + f.digits(8), "phone"),
            },
        },
        "point_of_interaction": Opt(
            {
                "transaction_data": {
                    "qr_code": G(
                        lambda f: (
                            "00020126580014br.gov.bcb.pix0136"
                            + f.uuid()
                            + "5204000053039865802BR5913APRENDO LTDA6009SAO PAULO62070503***6304"
                            + f.hexid(4).upper()
                        )
                    ),
                    "ticket_url": G(
                        lambda f: "https://www.mercadopago.com.br/payments/" + f.digits(11) + "/ticket"
                    ),
                },
            },
            0.5,
        ),
    },
)

ev(
    "track",
    "Boleto Gerado",
    ["php"],
    {
        "nosso_numero": G(lambda f: f.digits(11)),
        "linha_digitavel": G(
            lambda f: (
                f"23793.{f.digits(5)} {f.digits(5)}.{f.digits(6)} {f.digits(5)}.{f.digits(6)} "
                f"{f.r.randint(1, 9)} {f.digits(14)}"
            )
        ),
        "vencimento": G(lambda f: f.date(2024, 2025)),
        "valor": money(49, 900),
        "nome_pagador": Y(lambda f: f.full_name("br"), "name"),
        "cpf_pagador": RED(lambda f: f.cpf(), "national id"),
        "endereço_pagador": Y(
            lambda f: f"{f.street_br()} - {f.pick(BR_BAIRROS)}, {f.pick(BR_CITIES)[0]}", "address"
        ),
    },
)

ev(
    "track",
    "SMS Status Callback",
    ["dotnet"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "MessageStatus": pick("delivered", "sent", "undelivered", "failed"),
        "To": Y(
            lambda f: (
                "+"
                + f.pick(
                    ["1" + f.digits(10), "91" + str(f.r.randint(6, 9)) + f.digits(9), "55119" + f.digits(8)]
                )
            ),
            "phone",
            True,
        ),
        "From": pick("+15125550147", "+15125550199"),
        "ErrorCode": Opt(pick("30003", "30005", "30007"), 0.3),
    },
)

# attribution and marketing
ev(
    "track",
    "Ad Click Captured",
    ["web"],
    {
        "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.6),
        "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.4),
        "fbp": Y(lambda f: f.fbp(), "advertising id"),
        "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.4),
        "landing_page": pick("/lp/sat-prep", "/lp/jee-2025", "/lp/enem", "/"),
        "utm_source": pick("google", "facebook", "instagram"),
        "utm_campaign": pick("sat_fall", "jee_crash", "enem_reta_final"),
    },
    2,
)

ev(
    "track",
    "Install Attributed",
    ["swift", "kotlin"],
    {
        "provider": pick("AppsFlyer", "Branch"),
        "campaign": {
            "source": pick("google_ads", "meta", "tiktok"),
            "name": pick("install_in_q3", "install_br_enem", "install_us_sat"),
            "ad_creative": pick("video_tutor_01", "carousel_kids"),
        },
        "advertising_id": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.7),
        "is_first_launch": yes_no(),
    },
)

ev(
    "track",
    "Application Opened",
    ["swift", "kotlin", "flutter"],
    {
        "from_background": yes_no(),
        "version": pick("6.4.0", "6.5.0", "2.1.0"),
        "build": pick("6400", "650", "31"),
        "url": Opt(pick("aprendo://lesson/upcoming", "https://aprendo.example.com/l/abc"), 0.3),
    },
    2,
)

# kebab-case micro-frontend
ev(
    "track",
    "Video Progress",
    ["web"],
    {
        "video-id": G(lambda f: "vid_" + f.digits(7)),
        "lesson-id": G(lambda f: "lsn_" + f.digits(7)),
        "position-sec": num(0, 3600),
        "duration-sec": num(300, 3600),
        "captions-lang": pick("en", "pt", "hi", "off"),
    },
    2,
)

ev(
    "track",
    "Waitlist Joined",
    ["web"],
    {
        "course-slug": pick("ap-physics-live", "neet-2025-dropper", "enem-intensivo"),
        "email-address": EMAIL,
        "full-name": NAME,
        "phone-number": Opt(PHONE, 0.6),
        "referrer-code": G(lambda f: "APR" + f.hexid(6).upper()),
        "waitlist-position": num(1, 900),
    },
)

# accessibility and accommodations
ev(
    "track",
    "Accessibility Settings Changed",
    ["swift", "kotlin", "web"],
    {
        "screen_reader_enabled": RED(lambda f: f.pick([True, False]), "disability"),
        "dyslexia_font": RED(lambda f: f.pick([True, False]), "disability"),
        "font_scale": pick(1.0, 1.15, 1.3, 1.5),
        "captions_enabled": yes_no(),
        "high_contrast": yes_no(),
        "reduce_motion": yes_no(),
    },
)

ev(
    "track",
    "Exam Accommodation Requested",
    ["web"],
    {
        "exam_id": G(lambda f: "exm_" + f.digits(5)),
        "accommodation_type": RED(
            lambda f: f.pick(["extended_time", "screen_reader", "separate_room", "text_to_speech"]),
            "disability",
        ),
        "diagnosis": Y(
            lambda f: f.pick(
                ["ADHD", "dyslexia", "low vision", "anxiety disorder", "autism spectrum disorder"]
            ),
            "diagnosis",
        ),
        "documentation_uploaded": yes_no(),
        "approved": yes_no(),
        "requested_by": pick("parent", "student", "school_counselor"),
    },
)

# B2B: school devices
ev(
    "track",
    "Chromebook Enrolled",
    ["go"],
    {
        "serial_number": Y(lambda f: f.pick(["5CD", "NXH", "R9"]) + f.hexid(7).upper(), "serial"),
        "asset_tag": G(lambda f: "FUSD-" + f.digits(6)),
        "assigned_student_email": EMAIL,
        "school_id": G(lambda f: f.digits(12)),
        "model": pick("HP Chromebook 11 G9 EE", "Lenovo 300e Gen 3", "Acer Chromebook Spin 511"),
        "org_unit_path": pick("/Students/Grade 7", "/Students/Grade 8", "/Staff"),
    },
)

ev(
    "track",
    "Demo Class Booked",
    ["kotlin", "python"],
    {
        "lead_id": G(lambda f: "ld_" + f.digits(8)),
        "parent_name": Y(lambda f: f.full_name("in"), "name"),
        "parent_mobile": Y(lambda f: f.phone_in(), "phone"),
        "child_name": Y(lambda f: f.first("in"), "name"),
        "child_class": pick("3", "5", "7", "9"),
        "board": pick("CBSE", "ICSE", "IGCSE"),
        "preferred_slot": pick("Sat 10:00", "Sun 17:00", "Wed 18:30"),
        "city": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
        "counsellor_name": Y(lambda f: f.full_name("in"), "name"),
        "language": pick("English", "Hindi", "Tamil"),
    },
)


def build(seed: int, repeats: int):
    f = Fk(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(8),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "sch_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                section = "traits" if kind in ("identify", "group") else "properties"
                if body:
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=81, repeats=16)
    write(Path(__file__).parent, "holdout81_", events, labels)
