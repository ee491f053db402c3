"""Writes holdout92: tests/corpus/holdout92_events.jsonl and holdout92_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, its docs or other holdouts' labels, and
never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout92`; seeded, so
the output is the same on every run.

Domain: a car marketplace with dealer financing in the US, the UK and Brazil. Listings (VINs,
plates, stock numbers), saved searches, test-drive bookings, trade-in valuations (a US form, a UK
kebab-case widget, a Brazilian backend with `placa`, `renavam`, `chassi`, `cpf`,
`nome_completo`), finance applications with co-applicants, credit checks, vehicle history
reports, deposits through the e-commerce spec (`Checkout Started`, `Payment Info Entered`, `Order
Completed`), dealer CRM leads (an ADF-shaped lead, a .NET PascalCase assignment, SCREAMING_SNAKE
reverse-ETL identify calls), buyer-seller messaging and its moderation, SMS confirmations, a
Meta Conversions-API-shaped server event, identify / group / alias / page / screen calls.
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter and
the python, node, go, java, ruby, php and .NET server libraries.

Conventions: field paths as `portal.events.flatten` gives them (dotted, arrays as `[]`). Each
leaf has a classification (red / yellow / green), a type (the reference's matcher name, or
`national id`, `bank account`, `geolocation`, `advertising id`, `credit score`, `token`,
`secret`; `a|b` when either name is fair) and value_only (the key does not say what the value
is; only the value does). Values are synthetic: names from many cultures, US / UK / Brazilian
phone and address formats, VINs with a valid check digit, CPFs and RENAVAMs with valid check
digits, Luhn-valid cards, ABA-valid routing numbers, SSNs of valid structure.

Labelling rules (the product's default colours and published policy, as given in the brief):
- PII is personal data about a natural person: the user, a co-applicant, a recipient, a private
  seller, a dealer's staff member. Colour is the reference matcher's; outside the reference, red
  for credentials, secrets, card numbers, bank accounts, government ids and health, yellow
  otherwise (geolocation, advertising ids, credit scores).
- Green: ids we issue, stock numbers, SKUs, versions, timestamps, amounts, enums, counters and
  booleans even under PII-sounding keys (`emailVerified`, `ssn_provided`, `phone_type`), vehicle,
  dealer, lender and employer names, job titles, marital status, ages, the dealer's own phone,
  address and role mailboxes (sales@, leads@), call-masking proxy numbers, user agents, OS
  analytics device ids, card brand / last four / expiry, bank routing numbers and sort codes,
  bureau and claim reference numbers, Places session tokens (UUIDs).
- Policy cases: VINs and chassis numbers yellow `serial`; plates yellow `license`; credit scores
  yellow `credit score`; income, salary and pay yellow `salary`; an insurer's policy number
  yellow `identification`; billing and delivery addresses yellow; gclid / fbclid / fbp / fbc
  yellow `advertising id`; Stripe `pm_` ids, one-time codes and sign-in link tokens red; answers
  about the right to reside (indefinite leave to remain) red `visa`; SSNs red, CPF and RG red
  `national id`.
- Special categories carried by a boolean or enum are PII of that category: a Motability customer
  (the UK scheme for people on disability allowances) and accessibility needs red `disability`;
  eligibility for a military rebate red `veteran`.
- Free text is labelled by what every one of its values carries (each PII text path holds that
  PII in every value; text that never carries PII is green).

Rules this corpus settles where the brief is silent (what a careful privacy owner would flag):
- Driving licence numbers (US DL, UK driving licence, Brazilian CNH) are yellow `license`, the
  reference's matcher, not red identity documents.
- RENAVAM (the Brazilian vehicle registry number) is yellow `license|serial`; a UK V5C logbook
  reference is yellow `identification`.
- A saved search's or a results page's postcode and radius are green (where the user looks, not
  where they live); the postcode a trade-in or private seller gives for their own car, and the
  buyer's own device location, are the person's: yellow.
- A self-reported credit band ("good 670-739") is the person's credit score in coarse form:
  yellow `credit score`.
- A SHA-256 of a person's e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) is still
  that person's identifier: yellow, typed by what was hashed; a hash of our own user id is green.
- A PIX key (of any kind) is an alias of the person's bank account: red `bank account`; a bank
  account's last four digits are green like a card's.
- A push-notification device token is red `token` (as in the main corpus); a dealer staff
  member's personal work e-mail and direct mobile are yellow; a profile or licence photo URL is
  yellow `photo`.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

FIRST_US = ["Emily", "Tyrone", "Hunter", "Madison", "DeShawn", "Brianna", "Carlos", "Ashley", "Minh", "Kayla"]
FIRST_UK = ["Oliver", "Amelia", "Callum", "Siobhan", "Harriet", "Rhys", "Priya", "Declan", "Imogen", "Kofi"]
FIRST_BR = [
    "João",
    "Ana Clara",
    "Thiago",
    "Beatriz",
    "Luiz Fernando",
    "Mariana",
    "Gabriel",
    "Letícia",
    "Rafael",
]
FIRST_OTHER = [
    "Wei",
    "Fatima",
    "Oluwaseun",
    "Ngozi",
    "Aleksandra",
    "Yusuf",
    "Hyun-woo",
    "Anjali",
    "Mateo",
    "Leila",
]
LAST_US = ["Johnson", "Washington", "Hernandez", "Kim", "Nguyen", "O'Connor", "Rodriguez", "Miller", "Begay"]
LAST_UK = ["Thompson", "Evans", "Hughes", "MacLeod", "Patel", "Okonkwo", "Fitzgerald", "Ahmed", "Davies"]
LAST_BR = [
    "Souza",
    "Oliveira",
    "Pereira",
    "Ferreira",
    "Rodrigues",
    "Almeida",
    "Carvalho",
    "Gonçalves",
    "Lima",
]
LAST_OTHER = ["Zhang", "Haddad", "Adeyemi", "Kowalczyk", "Yılmaz", "Park", "Sharma", "Castillo", "Nakamura"]  # noqa: RUF001
MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]
MAIL_UK = ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"]
MAIL_BR = ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"]

US_CITIES = [
    "Austin",
    "Houston",
    "Phoenix",
    "Charlotte",
    "Columbus",
    "Denver",
    "Tampa",
    "Sacramento",
    "Atlanta",
]
US_STATES = ["TX", "AZ", "NC", "OH", "CO", "FL", "CA", "GA", "IL", "NY"]
UK_TOWNS = ["Leeds", "Bristol", "Sheffield", "Croydon", "Reading", "Swansea", "Glasgow", "Norwich", "Derby"]
BR_CITIES = [
    "São Paulo",
    "Campinas",
    "Rio de Janeiro",
    "Belo Horizonte",
    "Curitiba",
    "Recife",
    "Porto Alegre",
]
BR_UF = ["SP", "RJ", "MG", "PR", "PE", "RS", "BA"]

# -- vehicles and businesses --------------------------------------------------------------------

US_CARS = [
    ("Toyota", "RAV4", "XLE", "SUV"),
    ("Honda", "Civic", "EX", "Sedan"),
    ("Ford", "F-150", "XLT", "Truck"),
    ("Chevrolet", "Equinox", "LT", "SUV"),
    ("Tesla", "Model 3", "Long Range", "Sedan"),
    ("Jeep", "Wrangler", "Sahara", "SUV"),
    ("Subaru", "Outback", "Premium", "Wagon"),
    ("Hyundai", "Tucson", "SEL", "SUV"),
]
UK_CARS = [
    ("Ford", "Fiesta", "Titanium", "Hatchback"),
    ("Vauxhall", "Corsa", "SRi", "Hatchback"),
    ("Volkswagen", "Golf", "Life", "Hatchback"),
    ("Nissan", "Qashqai", "N-Connecta", "SUV"),
    ("Kia", "Sportage", "GT-Line", "SUV"),
    ("BMW", "3 Series", "M Sport", "Saloon"),
]
BR_CARS = [
    ("Fiat", "Strada", "Volcano", "Picape"),
    ("Volkswagen", "T-Cross", "Highline", "SUV"),
    ("Chevrolet", "Onix", "LTZ", "Hatch"),
    ("Hyundai", "HB20", "Platinum", "Hatch"),
    ("Toyota", "Corolla", "XEi", "Sedã"),
    ("Jeep", "Compass", "Longitude", "SUV"),
]
ALL_CARS = US_CARS + UK_CARS + BR_CARS
DEALERS_US = ["Northside Toyota", "Lone Star Ford", "Bayview Honda", "Desert Sky Nissan", "Capitol Chevrolet"]
DEALERS_UK = ["Sutton Park Motors", "Pennine Car Centre", "Thameside Kia", "Clyde Valley Vauxhall"]
DEALERS_BR = ["Paulista Veículos", "Rio Sul Seminovos", "Auto Shopping Morumbi", "Curitiba Motors"]
ALL_DEALERS = DEALERS_US + DEALERS_UK + DEALERS_BR
DEALER_DOMAINS = [
    "northsidetoyota.com",
    "lonestarford.com",
    "suttonparkmotors.co.uk",
    "paulistaveiculos.com.br",
]
LENDERS = [
    "Ally Financial",
    "Capital One Auto",
    "Santander Consumer",
    "Close Brothers Motor Finance",
    "Banco Pan",
]
EMPLOYERS = ["Walmart", "Amazon", "NHS Leeds", "Tesco", "Petrobras", "Kaiser Permanente", "Accenture", "Itaú"]
JOBS = ["Registered Nurse", "Warehouse Associate", "Teacher", "Software Engineer", "Electrician", "Motorista"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
]

VIN_MAP = {**{str(d): d for d in range(10)}}
VIN_MAP.update(dict(zip("ABCDEFGH", range(1, 9))))
VIN_MAP.update(dict(zip("JKLMN", range(1, 6))))
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1HG", "2T1", "1FT", "5YJ", "1C4", "4S4", "KM8", "WVW", "SJN", "WBA", "9BW", "93H", "9BD", "9BG"]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class F(Fake):
    """Fake plus the car-market generators this corpus needs."""

    # people
    def first_any(self):
        return self.pick(self.pick([FIRST_US, FIRST_UK, FIRST_BR, FIRST_OTHER]))

    def last_any(self):
        return self.pick(self.pick([LAST_US, LAST_UK, LAST_BR, LAST_OTHER]))

    def name_us(self):
        return f"{self.pick(FIRST_US + FIRST_OTHER)} {self.pick(LAST_US + LAST_OTHER)}"

    def name_uk(self):
        return f"{self.pick(FIRST_UK + FIRST_OTHER)} {self.pick(LAST_UK + LAST_OTHER)}"

    def name_br(self):
        return f"{self.pick(FIRST_BR)} {self.pick(LAST_BR)} {self.pick(LAST_BR)}"

    def name_any(self):
        return self.pick([self.name_us, self.name_uk, self.name_br])()

    def mail(self, name=None, domains=None):
        name = ascii_fold(name or self.name_any()).lower().replace("'", "").split()
        local = self.pick(
            [
                f"{name[0]}.{name[-1]}",
                f"{name[0]}{name[-1][:1]}{self.r.randint(1, 99)}",
                f"{name[0][:1]}{name[-1]}",
                f"{name[0]}_{name[-1]}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(domains or MAIL_US + MAIL_UK + MAIL_BR)}"

    def staff_mail(self):
        name = ascii_fold(self.name_any()).lower().replace("'", "").split()
        return f"{name[0][:1]}.{name[-1]}@{self.pick(DEALER_DOMAINS)}"

    def phone_us(self):
        a, e, n = (
            self.pick([212, 305, 312, 404, 512, 602, 713, 720, 813, 916]),
            self.r.randint(201, 989),
            self.digits(4),
        )
        return self.pick([f"({a}) {e}-{n}", f"+1{a}{e}{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}"])

    def phone_uk(self):
        return self.pick(
            [
                f"07700 900{self.r.randint(0, 999):03d}",
                f"+44 7{self.r.randint(400, 999)} {self.digits(6)}",
                f"07{self.r.randint(400, 999)}{self.digits(6)}",
                f"0113 496 0{self.r.randint(0, 999):03d}",
            ]
        )

    def phone_br(self):
        ddd = self.pick(["11", "21", "31", "41", "51", "81", "19"])
        a, b = self.digits(4), self.digits(4)
        return self.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"55{ddd}9{a}{b}", f"{ddd} 9{a}{b}"])

    def phone_any(self):
        return self.pick([self.phone_us, self.phone_uk, self.phone_br])()

    def street_us(self):
        return f"{self.r.randint(10, 9899)} {self.pick(['N ', 'S ', 'W ', ''])}" + self.pick(
            ["Lamar Blvd", "Oak Hollow Dr", "Maple Ave", "Peachtree St NE", "Camelback Rd", "Elm St"]
        )

    def street_uk(self):
        return self.pick(
            [
                f"{self.r.randint(1, 180)} Kingsley Road",
                f"Flat {self.r.randint(1, 12)}, {self.r.randint(2, 60)} Queen's Terrace",
                f"{self.r.randint(1, 99)} Moorland Avenue",
                f"{self.r.randint(1, 40)} Church Lane",
            ]
        )

    def street_br(self):
        return self.pick(
            [
                f"Rua das Flores, {self.r.randint(10, 2400)}",
                f"Av. Brigadeiro Faria Lima, {self.r.randint(100, 4000)}, ap. {self.r.randint(11, 184)}",
                f"Rua Padre Anchieta, {self.r.randint(5, 900)}",
                f"Travessa São João, {self.r.randint(1, 300)}",
            ]
        )

    def zip_us(self):
        z = f"{self.r.randint(10001, 99950):05d}"
        return z if self.r.random() < 0.7 else f"{z}-{self.digits(4)}"

    def postcode(self):
        area = self.pick(["LS", "BS", "S", "CR", "RG", "SA", "G", "NR", "DE", "M", "SW"])
        inward = (
            f"{self.r.randint(0, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        return f"{area}{self.r.randint(1, 28)} {inward}"

    def cep(self):
        return f"{self.r.randint(1000, 99999):05d}-{self.r.randint(0, 999):03d}"

    def dob(self, style="iso"):
        y, m, d = self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "eu": f"{d:02d}/{m:02d}/{y}"}[
            style
        ]

    def lat_lon(self, market):
        lo, hi, lo2, hi2 = {
            "us": (25.5, 47.5, -122.5, -71.0),
            "uk": (50.4, 56.9, -4.8, 1.4),
            "br": (-30.0, -3.7, -53.0, -35.0),
        }[market]
        return round(self.r.uniform(lo, hi), 6), round(self.r.uniform(lo2, hi2), 6)

    def lat(self, market="us"):
        return self.lat_lon(market)[0]

    def lon(self, market="us"):
        return self.lat_lon(market)[1]

    # government and financial ids
    def cpf(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        return raw if self.r.random() < 0.3 else f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"

    def rg(self):
        return f"{self.r.randint(10, 59)}.{self.digits(3)}.{self.digits(3)}-{self.pick(list('0123456789X'))}"

    def cnh(self):
        d = [self.r.randint(0, 9) for _ in range(9)]
        s1 = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        dsc = 2 if s1 >= 10 else 0
        s1 = 0 if s1 >= 10 else s1
        s2 = sum(x * (1 + i) for i, x in enumerate(d)) % 11
        s2 = 0 if s2 >= 10 else s2
        s2 = (s2 - dsc) % 11 % 10
        return "".join(map(str, d)) + f"{s1}{s2}"

    def renavam(self):
        body = f"{self.r.randint(0, 10**10 - 1):010d}"
        s = sum(int(c) * w for c, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
        dv = (s * 10) % 11
        return body + str(0 if dv == 10 else dv)

    def vin(self):
        chars = list(self.pick(WMIS) + "".join(self.pick(VIN_CHARS) for _ in range(14)))
        chars[9] = self.pick("KLMNPRS")  # model years 2019-2025
        total = sum(VIN_MAP[c] * w for c, w in zip(chars, VIN_WEIGHTS))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    def plate_us(self):
        L = string.ascii_uppercase
        return self.pick(
            [
                f"{self.r.randint(5, 9)}{''.join(self.pick(L) for _ in range(3))}{self.digits(3)}",
                f"{''.join(self.pick(L) for _ in range(3))}-{self.digits(4)}",
                f"{''.join(self.pick(L) for _ in range(3))} {self.digits(4)}",
            ]
        )

    def plate_uk(self):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        age = self.pick(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73"])
        reg = f"{self.pick(L)}{self.pick(L)}{age}"
        tail = "".join(self.pick(L) for _ in range(3))
        return self.pick([f"{reg} {tail}", f"{reg}{tail}", f"{reg.lower()}{tail.lower()}"])

    def plate_br(self):
        L = string.ascii_uppercase
        head = "".join(self.pick(L) for _ in range(3))
        return self.pick(
            [f"{head}{self.r.randint(0, 9)}{self.pick(L)}{self.digits(2)}", f"{head}-{self.digits(4)}"]
        )

    def dl_us(self):
        return self.pick(
            [
                "D" + self.digits(7),
                self.digits(8),
                f"{self.pick('ABCDGHKMS')}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
                self.digits(9),
            ]
        )

    def dl_uk(self):
        last = ascii_fold(self.pick(LAST_UK)).upper().replace("'", "")[:5].ljust(5, "9")
        initials = self.pick(string.ascii_uppercase) + self.pick(string.ascii_uppercase)
        return f"{last}{self.digits(6)}{initials}9{self.pick('ABCDEFGH')}{self.digits(2)}"

    def routing(self):
        return self.pick(["021000021", "026009593", "121000248", "111000025", "322271627", "071000013"])

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def pm(self):
        return "pm_1" + "".join(self.pick(string.ascii_letters + string.digits) for _ in range(23))

    def urltoken(self, n=43):
        return "".join(self.pick(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + self.urltoken(76)

    def fbclid(self):
        return "IwAR" + self.urltoken(57)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def sha(self, text):
        return hashlib.sha256(text.encode()).hexdigest()

    def income(self):
        return self.pick(
            [self.r.randint(28, 180) * 1000, f"${self.r.randint(28, 180)},000", self.r.randint(2, 15) * 500]
        )

    def car(self, cars=ALL_CARS):
        make, model, trim, _ = self.pick(cars)
        return f"{self.r.randint(2015, 2024)} {make} {model} {trim}"

    def stock(self):
        return self.pick(["P", "T", "U", ""]) + self.digits(5) + self.pick(["", "A", "B"])


def fk(f, *items):
    return f.pick(list(items))


# -- contexts -----------------------------------------------------------------------------------


def web_context(f: F):
    path = f.pick(["/cars-for-sale", "/vehicle/", "/finance/apply", "/sell-my-car", "/dealers/"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path + (f.digits(8) if path == "/vehicle/" else "")),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.bing.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?make=toyota&zip_radius=50", "?utm_source=google&utm_medium=cpc", "?sort=price_asc"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Used cars for sale | CarMarket", "Apply for financing", "Sell my car", "Find a dealer"]
                )
            ),
            "url": G(lambda f: "https://www.carmarket.example" + path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "America/Sao_Paulo", "America/Los_Angeles"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_suv_event", "trade_in_bonus", "financiamento_taxa_zero"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["used rav4 near me", "cheap cars", "carros seminovos"])),
            "content": G(lambda f: f.pick(["hero_banner", "carousel_3", "text_ad"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def app_common(f: F, lib: str, version: str):
    return {
        "app": {
            "name": G(lambda f: f.pick(["CarMarket", "CarMarket Dealer"])),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.2", "7.6.1"])),
            "build": G(lambda f: f.pick(["7400", "7520", "7611"])),
            "namespace": G(lambda f: f.pick(["com.carmarket.app", "com.carmarket.dealer"])),
        },
        "library": {"name": G(lambda f: lib), "version": G(lambda f: version)},
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "pt-BR"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "America/Sao_Paulo"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428, 360])),
            "height": G(lambda f: f.pick([844, 915, 926, 800])),
        },
        "traits": {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_any(), "name"),
            "userId": G(lambda f: "usr_" + f.digits(7)),
        },
    }


def swift_context(f: F):
    c = app_common(f, "analytics-swift", f.pick(["1.5.11", "1.6.0"]))
    c["device"] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "advertisingId": Y(
            lambda f: f.pick([f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]), "advertising id"
        ),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        "token": RED(lambda f: f.hexid(64), "token"),
    }
    c["os"] = {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))}
    c["instanceId"] = G(lambda f: f.uuid())
    return c


def kotlin_context(f: F):
    c = app_common(f, "analytics-kotlin", f.pick(["1.15.0", "1.16.3"]))
    c["device"] = {
        "id": G(lambda f: f.hexid(64)),
        "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google"])),
        "model": G(lambda f: f.pick(["SM-A546E", "moto g54 5G", "Pixel 8"])),
        "name": G(lambda f: f.pick(["a54x", "cancunf", "shiba"])),
        "type": G(lambda f: "android"),
        "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    c["os"] = {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))}
    c["userAgent"] = G(
        lambda f: (
            "Dalvik/2.1.0 (Linux; U; Android 14; "
            + f.pick(["SM-A546E", "Pixel 8"])
            + " Build/UP1A.231005.007)"
        )
    )
    c["instanceId"] = G(lambda f: f.uuid())
    return c


def rn_context(f: F):
    c = app_common(f, "analytics-react-native", f.pick(["2.19.2", "2.20.0"]))
    c["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
        "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    c["os"] = {
        "name": G(lambda f: f.pick(["iOS", "Android"])),
        "version": G(lambda f: f.pick(["17.4", "14"])),
    }
    c["location"] = {
        "latitude": Y(lambda f: f.lat(f.pick(["us", "uk", "br"])), "geolocation"),
        "longitude": Y(lambda f: f.lon(f.pick(["us", "uk", "br"])), "geolocation"),
        "country": G(lambda f: f.pick(["US", "GB", "BR"])),
    }
    return c


def flutter_context(f: F):
    c = app_common(f, "analytics_flutter", "1.1.3")
    c["device"] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Xiaomi"])),
        "model": G(lambda f: f.pick(["SM-A146M", "iPhone12,1", "Redmi Note 12"])),
        "type": G(lambda f: f.pick(["android", "ios"])),
    }
    c["os"] = {
        "name": G(lambda f: f.pick(["Android", "iOS"])),
        "version": G(lambda f: f.pick(["13", "17.3"])),
    }
    return c


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(f: F, lib: str):
    name, version = SERVER_LIBS[lib]
    c = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "php", "ruby", "dotnet"):
        c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        c["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("java", "go", "dotnet"):
        c["groupId"] = G(lambda f: "dlr_" + f.digits(5))
    return c


def context_for(f: F, client: str):
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


APPS = ("swift", "kotlin", "rn", "flutter")

# -- shared pieces --------------------------------------------------------------------------------


def listing_product():
    return {
        "product_id": G(lambda f: "lst_" + f.digits(9)),
        "sku": G(lambda f: f.stock()),
        "name": G(lambda f: f.car()),
        "brand": G(lambda f: f.pick(ALL_CARS)[0]),
        "category": G(lambda f: f.pick(["SUV", "Sedan", "Truck", "Hatchback", "Picape"])),
        "variant": G(lambda f: f.pick(ALL_CARS)[2]),
        "price": G(lambda f: f.r.randint(60, 600) * 100),
        "position": G(lambda f: f.r.randint(1, 24)),
        "url": G(lambda f: f"https://www.carmarket.example/vehicle/{f.digits(9)}"),
        "image_url": G(lambda f: f"https://img.carmarket.example/{f.hexid(12)}/1.jpg"),
    }


def phone_text(f: F) -> str:
    p = f.phone_any()
    return f.pick(
        [
            f"Call me on {p}",
            f"my number is {p} text me pls",
            f"Can you WhatsApp me? {p}",
            f"Me chama no zap {p}",
            f"Still available? ring {p} after 6",
            f"{p} - cash buyer, can come tomorrow",
        ]
    )


EVENTS = [
    # -- browsing and search ---------------------------------------------------------------------
    (
        "page",
        "Vehicle Detail",
        ("web",),
        30,
        {
            "path": G(lambda f: "/vehicle/" + f.digits(9)),
            "url": G(lambda f: "https://www.carmarket.example/vehicle/" + f.digits(9)),
            "title": G(lambda f: f.car() + " for sale | CarMarket"),
            "referrer": G(
                lambda f: f.pick(["https://www.carmarket.example/cars-for-sale", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?ref=saved_search", "?from=email_alert"])),
            "listing_id": G(lambda f: f.digits(9)),
            "make": G(lambda f: f.pick(ALL_CARS)[0]),
            "model": G(lambda f: f.pick(ALL_CARS)[1]),
            "year": G(lambda f: f.r.randint(2014, 2025)),
        },
    ),
    (
        "track",
        "Products Searched",
        ("web", "swift", "kotlin"),
        45,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "honda civic",
                        "7 seater under 20k",
                        "hilux diesel",
                        "tesla model 3 long range",
                        "carro automático até 60 mil",
                    ]
                )
            ),
            "filters": {
                "make": G(lambda f: f.pick(ALL_CARS)[0]),
                "body_type": G(lambda f: f.pick(["suv", "sedan", "truck", "hatchback"])),
                "year_min": G(lambda f: f.r.randint(2012, 2020)),
                "price_max": G(lambda f: f.r.randint(10, 60) * 1000),
                "zip": G(lambda f: f.pick([f.zip_us()[:5], f.postcode(), f.cep()])),
                "radius": G(lambda f: f.pick([25, 50, 100, 200])),
            },
            "results_count": G(lambda f: f.r.randint(0, 4800)),
            "sort": G(lambda f: f.pick(["best_match", "price_asc", "mileage_asc", "newest"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ("web", "kotlin", "rn"),
        35,
        {
            "list_id": G(lambda f: "srp_" + f.hexid(10)),
            "category": G(lambda f: f.pick(["SUV", "Under $15k", "Electric", "Seminovos"])),
            "products": Many(listing_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ("web", "swift", "kotlin", "flutter"),
        50,
        {
            "product_id": G(lambda f: "lst_" + f.digits(9)),
            "sku": G(lambda f: f.stock()),
            "vin": Y(lambda f: f.vin(), "serial"),
            "name": G(lambda f: f.car()),
            "brand": G(lambda f: f.pick(ALL_CARS)[0]),
            "model": G(lambda f: f.pick(ALL_CARS)[1]),
            "year": G(lambda f: f.r.randint(2014, 2025)),
            "variant": G(lambda f: f.pick(ALL_CARS)[2]),
            "price": G(lambda f: f.r.randint(60, 900) * 100),
            "currency": G(lambda f: f.pick(["USD", "GBP", "BRL"])),
            "mileage": G(lambda f: f.r.randint(5, 180000)),
            "condition": G(lambda f: f.pick(["used", "new", "certified"])),
            "seller_type": G(lambda f: f.pick(["dealer", "private"])),
            "dealer_id": G(lambda f: "dlr_" + f.digits(5)),
            "dealer_name": G(lambda f: f.pick(ALL_DEALERS)),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        (*APPS, "web"),
        30,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(lambda f: f.pick(["Saved cars", "Family car shortlist", "Favoritos"])),
            "product_id": G(lambda f: "lst_" + f.digits(9)),
            "name": G(lambda f: f.car()),
            "price": G(lambda f: f.r.randint(60, 900) * 100),
            "saved_count": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        ("web", "swift", "kotlin"),
        30,
        {
            "saved_search_id": G(lambda f: f.digits(8)),
            "search_name": G(
                lambda f: f.pick(["Family SUV under 20k", "Truck for work", "Meu primeiro carro", "EVs"])
            ),
            "alert_frequency": G(lambda f: f.pick(["instant", "daily", "weekly"])),
            "email_alerts_enabled": G(lambda f: f.pick([True, False])),
            "notify_email": Y(lambda f: f.mail(), "email"),
            "criteria": {
                "make": G(lambda f: f.pick(ALL_CARS)[0]),
                "model": G(lambda f: f.pick(ALL_CARS)[1]),
                "max_price": G(lambda f: f.r.randint(8, 70) * 1000),
                "postal_code": G(lambda f: f.pick([f.zip_us()[:5], f.postcode(), f.cep()])),
                "distance_miles": G(lambda f: f.pick([10, 25, 50, 100])),
            },
        },
    ),
    (
        "track",
        "Listing Shared",
        ("web", "swift"),
        25,
        {
            "listing_id": G(lambda f: f.digits(9)),
            "share_channel": G(lambda f: "email"),
            "sender_name": Y(lambda f: f.name_any(), "name"),
            "recipient_email": Y(lambda f: f.mail(), "email"),
            "personal_message": G(
                lambda f: f.pick(
                    ["Thought you'd like this one!", "What do you think?", "Olha esse!", "Good price?"]
                )
            ),
        },
    ),
    (
        "track",
        "VIN Decoded",
        ("web",),
        20,
        {
            "q": Y(lambda f: f.vin(), "serial", True),
            "decoded_make": G(lambda f: f.pick(ALL_CARS)[0]),
            "decoded_year": G(lambda f: f.r.randint(2015, 2025)),
            "recalls_open": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Directions Requested",
        ("rn", "kotlin", "swift"),
        25,
        {
            "dealer_id": G(lambda f: "dlr_" + f.digits(5)),
            "dealer": {
                "name": G(lambda f: f.pick(ALL_DEALERS)),
                "phone": G(
                    lambda f: f.pick(["(512) 836-4100", "0113 245 7700", "(11) 3065-2200", "+1 713 555 0190"])
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "8900 Research Blvd, Austin, TX",
                            "Kirkstall Road, Leeds LS4 2AH",
                            "Av. dos Bandeirantes, 2300, São Paulo",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([30.3712, 53.8021, -23.6128])),
                "lng": G(lambda f: f.pick([-97.7255, -1.5836, -46.6654])),
            },
            "origin_lat": Y(lambda f: f.lat(f.pick(["us", "uk", "br"])), "geolocation"),
            "origin_lng": Y(lambda f: f.lon(f.pick(["us", "uk", "br"])), "geolocation"),
            "distance_km": G(lambda f: f.money(0.5, 80)),
        },
    ),
    # -- accounts -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        ("web",),
        40,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.first_any(), "name"),
            "lastName": Y(lambda f: f.last_any(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "postalCode": Y(lambda f: f.pick([f.zip_us(), f.postcode(), f.cep()]), "zipcode"),
            "createdAt": G(lambda f: f.iso()),
            "accountType": G(lambda f: f.pick(["buyer", "private_seller"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredContactMethod": G(lambda f: f.pick(["email", "phone", "text"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "savedSearchCount": G(lambda f: f.r.randint(0, 12)),
            "avatar": Y(lambda f: f"https://img.carmarket.example/avatars/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ("swift", "kotlin"),
        30,
        {
            "fullName": Y(lambda f: f.name_any(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "sellerRating": G(lambda f: f.pick([4.2, 4.8, 5.0, 3.9])),
            "activeListings": G(lambda f: f.r.randint(0, 4)),
            "memberSince": G(lambda f: f.date(2015, 2024)),
            "idVerified": G(lambda f: f.pick([True, False])),
            "payoutMethod": G(lambda f: f.pick(["bank_transfer", "pix", "check"])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ("kotlin", "flutter"),
        30,
        {
            "nome_completo": Y(lambda f: f.name_br(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "email": Y(lambda f: f.mail(domains=MAIL_BR), "email"),
            "celular": Y(lambda f: f.phone_br(), "phone"),
            "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
            "uf": G(lambda f: f.pick(BR_UF)),
            "data_nascimento": Y(lambda f: f.dob("eu"), "birthdate"),
            "genero": Y(
                lambda f: f.pick(["feminino", "masculino", "não-binário", "prefiro não informar"]), "gender"
            ),
            "aceita_whatsapp": G(lambda f: f.pick([True, False])),
            "plano": G(lambda f: f.pick(["gratuito", "destaque", "turbo"])),
        },
    ),
    (
        "alias",
        None,
        ("web", "swift", "kotlin"),
        20,
        {},
    ),
    (
        "track",
        "Login Link Clicked",
        ("web",),
        25,
        {
            "token": RED(lambda f: f.urltoken(43), "token"),
            "redirect_to": G(lambda f: f.pick(["/garage", "/finance/status", "/messages"])),
            "link_age_seconds": G(lambda f: f.r.randint(4, 900)),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Verification Sent",
        ("node", "python"),
        25,
        {
            "phone_number": Y(lambda f: f.phone_any(), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_type": G(lambda f: f.pick(["mobile", "landline", "voip"])),
        },
    ),
    # -- test drives ---------------------------------------------------------------------------------
    (
        "track",
        "Test Drive Requested",
        ("web", "rn"),
        40,
        {
            "booking_id": G(lambda f: "tdr_" + f.digits(8)),
            "listing_id": G(lambda f: f.digits(9)),
            "dealer_id": G(lambda f: "dlr_" + f.digits(5)),
            "dealer_name": G(lambda f: f.pick(ALL_DEALERS)),
            "preferred_date": G(lambda f: f.date(2024, 2024)),
            "time_slot": G(lambda f: f.pick(["09:00", "10:30", "13:00", "16:30"])),
            "first_name": Y(lambda f: f.first_any(), "name"),
            "last_name": Y(lambda f: f.last_any(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "contact_preference": G(lambda f: f.pick(["call", "text", "email"])),
            "has_trade_in": G(lambda f: f.pick([True, False])),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair user", "hand controls", "hearing impaired", "limited mobility"]
                ),
                "disability",
            ),
            "comments": G(
                lambda f: f.pick(
                    ["Is it still under warranty?", "Can I bring my mechanic?", "Prefer mornings", ""]
                )
            ),
            "military_rebate_eligible": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "Test Drive Scheduled",
        ("node", "java"),
        35,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([30, 45, 60])),
            "salesperson": {
                "id": G(lambda f: "emp_" + f.digits(4)),
                "name": Y(lambda f: f.name_any(), "name"),
                "email": Y(lambda f: f.staff_mail(), "email"),
                "direct_line": Y(lambda f: f.phone_any(), "phone"),
                "title": G(
                    lambda f: f.pick(["Sales Consultant", "Internet Sales Manager", "Product Genius"])
                ),
            },
            "dealership": {
                "name": G(lambda f: f.pick(ALL_DEALERS)),
                "phone": G(lambda f: f.pick(["(512) 836-4100", "0113 245 7700", "(11) 3065-2200"])),
                "email": G(
                    lambda f: f.pick(
                        [
                            "sales@northsidetoyota.com",
                            "enquiries@suttonparkmotors.co.uk",
                            "vendas@paulistaveiculos.com.br",
                        ]
                    )
                ),
                "street": G(
                    lambda f: f.pick(["8900 Research Blvd", "Kirkstall Road", "Av. dos Bandeirantes, 2300"])
                ),
                "city": G(lambda f: f.pick(["Austin", "Leeds", "São Paulo"])),
                "postal_code": G(lambda f: f.pick(["78758", "LS4 2AH", "04553-000"])),
            },
            "customer": {
                "first_name": Y(lambda f: f.first_any(), "name"),
                "last_name": Y(lambda f: f.last_any(), "name"),
                "mobile": Y(lambda f: f.phone_any(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "drivers_license_number": Y(lambda f: f.dl_us(), "license"),
            "drivers_license_state": G(lambda f: f.pick(US_STATES)),
            "license_verified": G(lambda f: f.pick([True, False])),
            "reminder_sms_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Test Drive Completed",
        ("swift",),
        30,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "vehicle_plate": Y(lambda f: f.pick([f.plate_us(), f.plate_uk(), f.plate_br()]), "license"),
            "route_km": G(lambda f: f.money(3, 25)),
            "duration_min": G(lambda f: f.r.randint(12, 70)),
            "license_photo_url": Y(lambda f: f"https://docs.carmarket.example/dl/{f.uuid()}.jpg", "photo"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["POL", "AUT", "GEI"]) + f.digits(9), "identification"
            ),
            "staff_notes": G(
                lambda f: f.pick(
                    [
                        "Liked the handling, wants finance quote",
                        "Concerned about road noise",
                        "Will return with spouse",
                        "No show for 15 min",
                    ]
                )
            ),
            "outcome": G(lambda f: f.pick(["hot", "warm", "not_interested", "sold"])),
        },
    ),
    (
        "track",
        "Enquiry Submitted",
        ("kotlin", "dotnet"),
        30,
        {
            "enquiry_id": G(lambda f: f.digits(7)),
            "enquiry_type": G(lambda f: f.pick(["test_drive", "finance", "part_exchange", "availability"])),
            "preferred_branch": G(lambda f: f.pick(DEALERS_UK)),
            "full_name": Y(lambda f: f.name_uk(), "name"),
            "email_address": Y(lambda f: f.mail(domains=MAIL_UK), "email"),
            "mobile_number": Y(lambda f: f.phone_uk(), "phone"),
            "motability_customer": RED(lambda f: f.pick([True, False]), "disability"),
            "part_exchange_reg": Y(lambda f: f.plate_uk(), "license"),
            "part_exchange_mileage": G(lambda f: f.r.randint(5000, 140000)),
            "vehicle_of_interest": G(lambda f: f.car(UK_CARS)),
        },
    ),
    # -- trade-in and valuation ----------------------------------------------------------------------
    (
        "track",
        "Trade-In Valuation Requested",
        ("web", "swift"),
        35,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "vin": Y(lambda f: f.vin(), "serial"),
            "year": G(lambda f: f.r.randint(2008, 2023)),
            "make": G(lambda f: f.pick(US_CARS)[0]),
            "model": G(lambda f: f.pick(US_CARS)[1]),
            "trim": G(lambda f: f.pick(US_CARS)[2]),
            "mileage": G(lambda f: f.r.randint(8000, 210000)),
            "condition": G(lambda f: f.pick(["excellent", "good", "fair", "rough"])),
            "zip_code": Y(lambda f: f.zip_us(), "zipcode"),
            "accident_history": G(lambda f: f.pick(["none", "minor", "major"])),
            "loan_payoff_amount": G(lambda f: f.pick([0, f.r.randint(1000, 30000)])),
            "lienholder": G(lambda f: f.pick(LENDERS)),
            "email": Y(lambda f: f.mail(domains=MAIL_US), "email"),
            "first_name": Y(lambda f: f.pick(FIRST_US + FIRST_OTHER), "name"),
            "last_name": Y(lambda f: f.pick(LAST_US + LAST_OTHER), "name"),
            "phone": Y(lambda f: f.phone_us(), "phone"),
            "estimate_low": G(lambda f: f.r.randint(40, 200) * 100),
            "offer_expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Valuation Started",
        ("web",),
        30,
        {
            "reg-number": Y(lambda f: f.plate_uk(), "license"),
            "mileage": G(lambda f: f.r.randint(3000, 150000)),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "first-name": Y(lambda f: f.pick(FIRST_UK + FIRST_OTHER), "name"),
            "email-address": Y(lambda f: f.mail(domains=MAIL_UK), "email"),
            "mobile-number": Y(lambda f: f.phone_uk(), "phone"),
            "v5c-reference": Y(lambda f: f.digits(11), "identification"),
            "v5c-present": G(lambda f: f.pick([True, False])),
            "service-history": G(lambda f: f.pick(["full", "partial", "none"])),
            "outstanding-finance": G(lambda f: f.pick([True, False])),
            "private-plate": G(lambda f: f.pick([True, False])),
            "valuation-gbp": G(lambda f: f.r.randint(800, 32000)),
        },
    ),
    (
        "track",
        "Avaliação Solicitada",
        ("php",),
        30,
        {
            "placa": Y(lambda f: f.plate_br(), "license"),
            "renavam": Y(lambda f: f.renavam(), "license|serial"),
            "chassi": Y(lambda f: f.vin(), "serial"),
            "ano_modelo": G(lambda f: f.r.randint(2010, 2024)),
            "quilometragem": G(lambda f: f.r.randint(5000, 190000)),
            "nome_completo": Y(lambda f: f.name_br(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "celular": Y(lambda f: f.phone_br(), "phone"),
            "email": Y(lambda f: f.mail(domains=MAIL_BR), "email"),
            "cep": Y(lambda f: f.cep(), "zipcode"),
            "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
            "uf": G(lambda f: f.pick(BR_UF)),
            "valor_fipe": G(lambda f: f.money(25000, 180000)),
            "possui_financiamento": G(lambda f: f.pick([True, False])),
            "oferta_valor": G(lambda f: f.money(20000, 160000)),
        },
    ),
    (
        "track",
        "Vehicle Check Run",
        ("kotlin", "swift"),
        30,
        {
            "input": Y(lambda f: f.plate_uk(), "license", True),
            "check_type": G(lambda f: f.pick(["free", "full"])),
            "mot_expiry": G(lambda f: f.date(2024, 2026)),
            "tax_status": G(lambda f: f.pick(["Taxed", "SORN", "Untaxed"])),
            "write_off_category": G(lambda f: f.pick(["none", "Cat S", "Cat N"])),
            "outstanding_finance": G(lambda f: f.pick([True, False])),
            "previous_keepers": G(lambda f: f.r.randint(0, 7)),
        },
    ),
    (
        "track",
        "Consulta Placa Realizada",
        ("flutter",),
        25,
        {
            "placa": Y(lambda f: f.plate_br(), "license"),
            "resultado": {
                "marca_modelo": G(lambda f: " ".join(f.pick(BR_CARS)[:2]).upper()),
                "ano_fabricacao": G(lambda f: f.r.randint(2008, 2024)),
                "situacao": G(lambda f: f.pick(["sem restrição", "roubo/furto", "alienação fiduciária"])),
                "debitos_ipva": G(lambda f: f.pick([0, f.money(300, 4000)])),
                "multas_qtd": G(lambda f: f.r.randint(0, 6)),
            },
        },
    ),
    (
        "track",
        "Vehicle History Report Purchased",
        ("web",),
        25,
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(12)),
            "provider": G(lambda f: f.pick(["Carfax", "AutoCheck"])),
            "vin": Y(lambda f: f.vin(), "serial"),
            "order_id": G(lambda f: f.digits(10)),
            "price": G(lambda f: f.pick([24.99, 39.99, 64.99])),
            "currency": G(lambda f: "USD"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "billing_zip": Y(lambda f: f.zip_us(), "zipcode"),
            "bundle_size": G(lambda f: f.pick([1, 3, 5])),
        },
    ),
    (
        "track",
        "Vehicle History Report Viewed",
        ("web", "rn"),
        25,
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(12)),
            "owners": G(lambda f: f.r.randint(1, 5)),
            "accidents_reported": G(lambda f: f.r.randint(0, 3)),
            "title_brand": G(lambda f: f.pick(["clean", "salvage", "rebuilt", "lemon"])),
            "last_odometer": G(lambda f: f.r.randint(5000, 200000)),
            "open_recalls": Many(G(lambda f: f.pick(["24V-051", "23V-731", "22V-905"])), 2),
        },
    ),
    # -- finance ---------------------------------------------------------------------------------
    (
        "track",
        "Finance Application Started",
        ("web", "swift", "kotlin"),
        35,
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "listing_id": G(lambda f: f.digits(9)),
            "vehicle_price": G(lambda f: f.r.randint(80, 700) * 100),
            "down_payment": G(lambda f: f.r.randint(0, 80) * 100),
            "term_months": G(lambda f: f.pick([36, 48, 60, 72, 84])),
            "estimated_apr": G(lambda f: f.money(3.9, 24.9)),
            "credit_band_self_reported": Y(
                lambda f: f.pick(["excellent (740+)", "good (670-739)", "fair (580-669)", "poor (<580)"]),
                "credit score",
            ),
            "has_co_applicant": G(lambda f: f.pick([True, False])),
            "step": G(lambda f: f.pick(["vehicle", "personal", "residence", "employment", "review"])),
            "prequalified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Finance Application Submitted",
        ("node", "go"),
        40,
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "requested_amount": G(lambda f: f.r.randint(50, 600) * 100),
            "term_months": G(lambda f: f.pick([36, 48, 60, 72])),
            "applicant": {
                "first_name": Y(lambda f: f.pick(FIRST_US + FIRST_OTHER), "name"),
                "middle_initial": Y(lambda f: f.pick(list("ABCDEJKLMRST")), "name"),
                "last_name": Y(lambda f: f.pick(LAST_US + LAST_OTHER), "name"),
                "date_of_birth": Y(lambda f: f.dob(f.pick(["iso", "us"])), "birthdate"),
                "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
                "email": Y(lambda f: f.mail(domains=MAIL_US), "email"),
                "phone": Y(lambda f: f.phone_us(), "phone"),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "citizenship_status": Y(
                    lambda f: f.pick(["us_citizen", "permanent_resident", "non_resident"]), "citizenship"
                ),
                "address": {
                    "street": Y(lambda f: f.street_us(), "street|address"),
                    "unit": Y(lambda f: f.pick(["Apt 4B", "Unit 12", "#305", "Apt 1"]), "street|address"),
                    "city": Y(lambda f: f.pick(US_CITIES), "city"),
                    "state": G(lambda f: f.pick(US_STATES)),
                    "zip": Y(lambda f: f.zip_us(), "zipcode"),
                },
                "previous_address": {
                    "street": Y(lambda f: f.street_us(), "street|address"),
                    "city": Y(lambda f: f.pick(US_CITIES), "city"),
                    "zip": Y(lambda f: f.zip_us(), "zipcode"),
                },
                "drivers_license_number": Y(lambda f: f.dl_us(), "license"),
                "years_at_address": G(lambda f: f.r.randint(0, 25)),
                "months_at_address": G(lambda f: f.r.randint(0, 11)),
                "housing_status": G(lambda f: f.pick(["rent", "own", "family", "other"])),
                "monthly_housing_payment": G(lambda f: f.r.randint(0, 35) * 100),
                "employment": {
                    "employer_name": G(lambda f: f.pick(EMPLOYERS)),
                    "job_title": G(lambda f: f.pick(JOBS)),
                    "employment_type": G(
                        lambda f: f.pick(["full_time", "part_time", "self_employed", "retired"])
                    ),
                    "years_employed": G(lambda f: f.r.randint(0, 30)),
                    "gross_annual_income": Y(lambda f: f.income(), "salary"),
                    "employer_phone": G(
                        lambda f: f.pick(["(479) 273-4000", "(206) 266-1000", "(800) 464-4000"])
                    ),
                },
                "other_income_monthly": Y(lambda f: f.r.randint(1, 30) * 100, "salary"),
                "other_income_source": G(lambda f: f.pick(["rental", "second_job", "investments", "other"])),
            },
            "co_applicant": {
                "first_name": Y(lambda f: f.first_any(), "name"),
                "last_name": Y(lambda f: f.last_any(), "name"),
                "dob": Y(lambda f: f.dob("us"), "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "partner", "sibling"])),
                "gross_annual_income": Y(lambda f: f.income(), "salary"),
                "email": Y(lambda f: f.mail(domains=MAIL_US), "email"),
                "phone": Y(lambda f: f.phone_us(), "phone"),
            },
            "references": Many(
                {
                    "name": Y(lambda f: f.name_us(), "name"),
                    "phone": Y(lambda f: f.phone_us(), "phone"),
                    "relationship": G(lambda f: f.pick(["friend", "coworker", "relative"])),
                },
                2,
            ),
            "ssn_provided": G(lambda f: True),
            "tcpa_consent": G(lambda f: f.pick([True, False])),
            "consented_at": G(lambda f: f.iso()),
            "applicant_ip": Y(lambda f: f.ipv4(), "ip"),
            "credit_pull_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "FinanceProposalSubmitted",
        ("dotnet",),
        30,
        {
            "ProposalId": G(lambda f: f.uuid()),
            "ProductType": G(lambda f: f.pick(["PCP", "HP", "PCH"])),
            "Forename": Y(lambda f: f.pick(FIRST_UK + FIRST_OTHER), "name"),
            "Surname": Y(lambda f: f.pick(LAST_UK + LAST_OTHER), "name"),
            "DateOfBirth": Y(lambda f: f.dob("eu"), "birthdate"),
            "EmailAddress": Y(lambda f: f.mail(domains=MAIL_UK), "email"),
            "MobileNumber": Y(lambda f: f.phone_uk(), "phone"),
            "HouseNameOrNumber": Y(
                lambda f: f.pick(["12", "Rose Cottage", "Flat 3", "147"]), "address|street"
            ),
            "Street": Y(
                lambda f: f.pick(["Kingsley Road", "Moorland Avenue", "Church Lane", "Victoria Street"]),
                "street|address",
            ),
            "Town": Y(lambda f: f.pick(UK_TOWNS), "city"),
            "Postcode": Y(lambda f: f.postcode(), "zipcode"),
            "TimeAtAddressMonths": G(lambda f: f.r.randint(3, 240)),
            "ResidentialStatus": G(
                lambda f: f.pick(["Homeowner", "Tenant", "Living with parents", "Council tenant"])
            ),
            "MaritalStatus": G(lambda f: f.pick(["Single", "Married", "Civil partnership", "Separated"])),
            "NumberOfDependants": G(lambda f: f.r.randint(0, 4)),
            "EmployerName": G(lambda f: f.pick(EMPLOYERS)),
            "Occupation": G(lambda f: f.pick(JOBS)),
            "GrossAnnualIncome": Y(lambda f: f.r.randint(18, 95) * 1000, "salary"),
            "BankSortCode": G(lambda f: f.sort_code()),
            "BankAccountName": Y(lambda f: f.name_uk().upper(), "name"),
            "BankAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "HasIndefiniteLeaveToRemain": RED(lambda f: f.pick([True, False]), "visa"),
            "DrivingLicenceNumber": Y(lambda f: f.dl_uk(), "license"),
            "DrivingLicenceType": G(lambda f: f.pick(["Full UK", "Provisional", "EU"])),
            "Deposit": G(lambda f: f.r.randint(0, 50) * 100),
            "AnnualMileage": G(lambda f: f.pick([6000, 8000, 10000, 12000])),
        },
    ),
    (
        "track",
        "Simulação de Financiamento",
        ("web", "flutter"),
        30,
        {
            "valor_veiculo": G(lambda f: f.money(30000, 200000)),
            "valor_entrada": G(lambda f: f.money(0, 60000)),
            "parcelas": G(lambda f: f.pick([24, 36, 48, 60])),
            "taxa_juros_mensal": G(lambda f: f.money(0.99, 2.8)),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "nome_completo": Y(lambda f: f.name_br(), "name"),
            "data_nascimento": Y(lambda f: f.dob("eu"), "birthdate"),
            "celular": Y(lambda f: f.phone_br(), "phone"),
            "email": Y(lambda f: f.mail(domains=MAIL_BR), "email"),
            "renda_mensal": Y(
                lambda f: f.pick([f.money(1500, 25000), f"R$ {f.r.randint(2, 30)}.{f.r.randint(0, 9)}00,00"]),
                "salary",
            ),
            "profissao": G(
                lambda f: f.pick(["Motorista", "Enfermeira", "Professor", "Analista de Sistemas", "Autônomo"])
            ),
            "possui_cnh": G(lambda f: f.pick([True, False])),
            "nome_mae": Y(
                lambda f: (
                    f"{f.pick(['Maria', 'Ana', 'Francisca', 'Antônia', 'Luciana'])} "
                    f"{f.pick(LAST_BR)} {f.pick(LAST_BR)}"
                ),
                "name",
            ),
            "banco_parceiro": G(lambda f: f.pick(["Banco Pan", "Santander", "BV", "Itaú"])),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ("go", "java"),
        35,
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "bureau": G(lambda f: f.pick(["Experian", "Equifax", "TransUnion", "Serasa", "Boa Vista"])),
            "pull_type": G(lambda f: f.pick(["soft", "hard"])),
            "credit_score": Y(lambda f: f.r.randint(420, 850), "credit score"),
            "bureau_reference": G(lambda f: f.hexid(20).upper()),
            "decision": G(lambda f: f.pick(["approved", "conditional", "declined", "referred"])),
            "reason_codes": Many(G(lambda f: f.pick(["R01", "R14", "R22", "D05"])), 3),
            "dti_ratio": G(lambda f: f.money(0.05, 0.65)),
            "bankruptcy_on_file": G(lambda f: f.pick([True, False])),
            "subject": {
                "name": Y(lambda f: f.name_any(), "name"),
                "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
                "zip": Y(lambda f: f.zip_us()[:5], "zipcode"),
            },
        },
    ),
    (
        "track",
        "Loan Offer Presented",
        ("web", "swift", "kotlin"),
        30,
        {
            "offer_id": G(lambda f: f.uuid()),
            "lender_name": G(lambda f: f.pick(LENDERS)),
            "apr": G(lambda f: f.money(2.9, 26)),
            "term_months": G(lambda f: f.pick([36, 48, 60, 72])),
            "monthly_payment": G(lambda f: f.money(180, 1100)),
            "amount_financed": G(lambda f: f.r.randint(50, 600) * 100),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Document Uploaded",
        APPS,
        25,
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "document_type": G(
                lambda f: f.pick(["pay_stub", "proof_of_residence", "drivers_license", "bank_statement"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    ["IMG_" + f.digits(4) + ".jpg", "scan" + f.digits(4) + ".pdf", "document.pdf"]
                )
            ),
            "file_size_kb": G(lambda f: f.r.randint(80, 9000)),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ("web", "swift"),
        25,
        {
            "label": Y(
                lambda f: f.pick(
                    [
                        f"{f.street_us()}, {f.pick(US_CITIES)}, {f.pick(US_STATES)}, USA",
                        f"{f.street_uk()}, {f.pick(UK_TOWNS)}, UK",
                        f"{f.street_br()} - {f.pick(BR_CITIES)}",
                    ]
                ),
                "address",
                True,
            ),
            "place_id": G(lambda f: "ChIJ" + f.urltoken(23)),
            "session_token": G(lambda f: f.uuid()),
            "suggestion_index": G(lambda f: f.r.randint(0, 4)),
            "characters_typed": G(lambda f: f.r.randint(3, 18)),
            "form": G(lambda f: f.pick(["finance_residence", "delivery", "profile"])),
        },
    ),
    (
        "track",
        "Dados Bancários Informados",
        ("kotlin", "php"),
        20,
        {
            "banco": G(lambda f: f.pick(["001", "237", "341", "104", "260"])),
            "agencia": G(lambda f: f.digits(4)),
            "conta": RED(lambda f: f"{f.digits(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}", "bank account"),
            "tipo_conta": G(lambda f: f.pick(["corrente", "poupança"])),
            "tipo_chave_pix": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(
                lambda f: f.pick(
                    [
                        f.cpf(),
                        f.mail(domains=MAIL_BR),
                        "+55" + f.phone_br()[-11:].replace("-", "").replace(" ", ""),
                        f.uuid(),
                    ]
                ),
                "bank account",
            ),
            "titular_confirmado": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Seller Payout Added",
        ("node", "ruby"),
        25,
        {
            "payout_method_id": G(lambda f: "ba_" + f.urltoken(24)),
            "account_holder_name": Y(lambda f: f.name_us(), "name"),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "bank_last4": G(lambda f: f.digits(4)),
            "bank_name": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Navy Federal Credit Union"])
            ),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
        },
    ),
    # -- deposits (e-commerce spec) -----------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ("web", "swift", "kotlin"),
        25,
        {
            "order_id": G(lambda f: "res_" + f.digits(8)),
            "value": G(lambda f: f.pick([250, 500, 1000])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "BRL"])),
            "refundable": G(lambda f: True),
            "products": Many(
                {k: v for k, v in listing_product().items() if k in ("product_id", "sku", "name", "price")}, 1
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        25,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "res_" + f.digits(8)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_address": {
                "line1": Y(lambda f: f.pick([f.street_us(), f.street_uk()]), "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 2", "Suite 300", "Flat 4", "Unit B"]), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES + UK_TOWNS), "city"),
                "state": G(lambda f: f.pick([*US_STATES, "West Yorkshire", "Bristol"])),
                "postal_code": Y(lambda f: f.pick([f.zip_us(), f.postcode()]), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB"])),
            },
            "name_on_card_matches": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "node"),
        25,
        {
            "order_id": G(lambda f: "res_" + f.digits(8)),
            "affiliation": G(lambda f: f.pick(ALL_DEALERS)),
            "total": G(lambda f: f.pick([250, 500, 1000])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "SPRING250", "WELCOME100"])),
            "reservation_expires_at": G(lambda f: f.iso()),
            "products": Many(
                {
                    k: v
                    for k, v in listing_product().items()
                    if k in ("product_id", "sku", "name", "price", "brand")
                },
                1,
            ),
            "receipt_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "track",
        "Home Delivery Scheduled",
        ("python", "java"),
        25,
        {
            "delivery_id": G(lambda f: f.digits(8)),
            "order_id": G(lambda f: "res_" + f.digits(8)),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
            "delivery_window": G(lambda f: f.pick(["8-12", "12-4", "4-8"])),
            "delivery_address": {
                "line1": Y(lambda f: f.pick([f.street_us(), f.street_uk()]), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES + UK_TOWNS), "city"),
                "postcode": Y(lambda f: f.pick([f.zip_us(), f.postcode()]), "zipcode"),
                "lat": Y(lambda f: f.lat("us"), "geolocation"),
                "lng": Y(lambda f: f.lon("us"), "geolocation"),
            },
            "recipient_name": Y(lambda f: f.name_any(), "name"),
            "recipient_phone": Y(lambda f: f.pick([f.phone_us(), f.phone_uk()]), "phone"),
            "delivery_notes": G(
                lambda f: f.pick(["Narrow driveway", "Park on street", "Call on arrival", ""])
            ),
            "driver_name": Y(lambda f: f.name_any(), "name"),
            "transporter": G(lambda f: f.pick(["CarMarket Fleet", "Montway", "Cox Automotive Mobility"])),
        },
    ),
    # -- dealer CRM ---------------------------------------------------------------------------------
    (
        "track",
        "Lead Received",
        ("java",),
        40,
        {
            "adf": {
                "prospect": {
                    "requestdate": G(lambda f: f.iso()),
                    "id": {"source": G(lambda f: "CarMarket"), "value": G(lambda f: f.digits(10))},
                    "vehicle": {
                        "interest": G(lambda f: f.pick(["buy", "trade-in", "test-drive"])),
                        "year": G(lambda f: f.r.randint(2015, 2025)),
                        "make": G(lambda f: f.pick(US_CARS)[0]),
                        "model": G(lambda f: f.pick(US_CARS)[1]),
                        "vin": Y(lambda f: f.vin(), "serial"),
                        "stock": G(lambda f: f.stock()),
                        "price": G(lambda f: f.r.randint(80, 700) * 100),
                    },
                    "customer": {
                        "contact": {
                            "name": Many(
                                {
                                    "part": G(lambda f: f.pick(["first", "last", "full"])),
                                    "value": Y(
                                        lambda f: f.pick([f.first_any(), f.last_any(), f.name_us()]),
                                        "name",
                                        True,
                                    ),
                                },
                                2,
                            ),
                            "email": Y(lambda f: f.mail(domains=MAIL_US), "email"),
                            "phone": Many(
                                {
                                    "type": G(lambda f: f.pick(["voice", "cellphone", "fax"])),
                                    "time": G(
                                        lambda f: f.pick(["morning", "afternoon", "evening", "nopreference"])
                                    ),
                                    "value": Y(lambda f: f.phone_us(), "phone", True),
                                },
                                2,
                            ),
                            "address": {
                                "street": Y(lambda f: f.street_us(), "street|address"),
                                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                                "regioncode": G(lambda f: f.pick(US_STATES)),
                                "postalcode": Y(lambda f: f.zip_us(), "zipcode"),
                                "country": G(lambda f: "US"),
                            },
                        },
                        "comments": G(
                            lambda f: f.pick(
                                [
                                    "Please send best out-the-door price",
                                    "Do you take trades?",
                                    "Is this still available?",
                                ]
                            )
                        ),
                    },
                    "vendor": {
                        "id": G(lambda f: "dlr_" + f.digits(5)),
                        "vendorname": G(lambda f: f.pick(DEALERS_US)),
                        "contact": {
                            "email": G(
                                lambda f: f.pick(
                                    [
                                        "leads@northsidetoyota.com",
                                        "internet@lonestarford.com",
                                        "sales@bayviewhonda.com",
                                    ]
                                )
                            ),
                            "phone": G(
                                lambda f: f.pick(["(512) 836-4100", "(713) 555-0148", "(916) 555-0122"])
                            ),
                        },
                    },
                    "provider": {"name": G(lambda f: "CarMarket Leads")},
                }
            }
        },
    ),
    (
        "track",
        "Lead Assigned",
        ("dotnet",),
        30,
        {
            "LeadId": G(lambda f: f.digits(9)),
            "DealerId": G(lambda f: "dlr_" + f.digits(5)),
            "AssignedToUserId": G(lambda f: f.digits(6)),
            "AssignedToName": Y(lambda f: f.name_any(), "name"),
            "AssignedToEmail": Y(lambda f: f.staff_mail(), "email"),
            "RoundRobinPosition": G(lambda f: f.r.randint(1, 12)),
            "SlaMinutes": G(lambda f: f.pick([5, 15, 30])),
            "LeadSource": G(lambda f: f.pick(["CarMarket", "Website", "Walk-in", "Phone"])),
            "LeadType": G(lambda f: f.pick(["Internet", "Finance", "TradeIn"])),
            "CustomerPhoneCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "CRM Activity Logged",
        ("ruby", "python"),
        30,
        {
            "lead_id": G(lambda f: f.digits(9)),
            "activity_type": G(lambda f: f.pick(["call", "email", "sms", "note"])),
            "outcome": G(lambda f: f.pick(["left_voicemail", "spoke", "no_answer", "appointment_set"])),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Spoke with {f.name_any()}, wants to come in Saturday",
                        f"Left VM for {f.name_any()} re: trade appraisal",
                        f"{f.name_any()} asked for best price on the {f.car()}",
                        f"Cliente {f.name_br()} pediu proposta de financiamento",
                    ]
                ),
                "name",
                True,
            ),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
            "performed_by": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Lead Status Changed",
        ("ruby", "go"),
        30,
        {
            "lead_id": G(lambda f: f.digits(9)),
            "previous_status": G(lambda f: f.pick(["new", "contacted", "appointment", "negotiation"])),
            "new_status": G(lambda f: f.pick(["contacted", "appointment", "sold", "lost"])),
            "lost_reason": G(lambda f: f.pick(["bought_elsewhere", "credit_declined", "no_response", ""])),
            "days_open": G(lambda f: f.r.randint(0, 90)),
            "changed_by": G(lambda f: f.digits(6)),
            "custom_fields": Many(
                {
                    "field": G(lambda f: "co_buyer_email"),
                    "value": Y(lambda f: f.mail(), "email", True),
                },
                1,
            ),
        },
    ),
    (
        "identify",
        None,
        ("python",),
        30,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.first_any().upper(), "name"),
            "LAST_NAME": Y(lambda f: f.last_any().upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "PHONE_NUMBER": Y(lambda f: f.phone_any(), "phone"),
            "HOME_POSTAL_CODE": Y(lambda f: f.pick([f.zip_us(), f.postcode(), f.cep()]), "zipcode"),
            "LIFETIME_LEADS": G(lambda f: f.r.randint(0, 25)),
            "LAST_VEHICLE_PURCHASED": G(lambda f: f.car()),
            "PREFERRED_DEALER_ID": G(lambda f: "dlr_" + f.digits(5)),
            "IS_REPEAT_BUYER": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: f.money(0, 1)),
            "LTV_USD": G(lambda f: f.money(0, 4000)),
            "SIGNUP_DATE": G(lambda f: f.date(2016, 2024)),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ("dotnet",),
        25,
        {
            "FirstName": Y(lambda f: f.first_any(), "name"),
            "LastName": Y(lambda f: f.last_any(), "name"),
            "WorkEmail": Y(lambda f: f.staff_mail(), "email"),
            "Mobile": Y(lambda f: f.phone_any(), "phone"),
            "Role": G(lambda f: f.pick(["Sales Consultant", "F&I Manager", "BDC Agent", "General Manager"])),
            "DealershipId": G(lambda f: "dlr_" + f.digits(5)),
            "DealershipName": G(lambda f: f.pick(ALL_DEALERS)),
            "PayPlan": G(lambda f: f.pick(["commission_only", "salary_plus_commission", "hourly"])),
            "MonthlyDraw": Y(lambda f: f.r.randint(15, 45) * 100, "salary"),
            "HireDate": G(lambda f: f.date(2010, 2024)),
            "SeatLicenseType": G(lambda f: f.pick(["full", "read_only"])),
        },
    ),
    (
        "group",
        None,
        ("node", "python"),
        25,
        {
            "name": G(lambda f: f.pick(ALL_DEALERS)),
            "website": G(lambda f: "https://www." + f.pick(DEALER_DOMAINS)),
            "main_phone": G(lambda f: f.pick(["(512) 836-4100", "0113 245 7700", "(11) 3065-2200"])),
            "location": {
                "street": G(
                    lambda f: f.pick(["8900 Research Blvd", "Kirkstall Road", "Av. dos Bandeirantes, 2300"])
                ),
                "city": G(lambda f: f.pick(["Austin", "Leeds", "São Paulo"])),
                "state": G(lambda f: f.pick(["TX", "West Yorkshire", "SP"])),
                "postal_code": G(lambda f: f.pick(["78758", "LS4 2AH", "04553-000"])),
                "country": G(lambda f: f.pick(["US", "GB", "BR"])),
            },
            "dealer_type": G(lambda f: f.pick(["franchise", "independent"])),
            "plan": G(lambda f: f.pick(["basic", "premium", "enterprise"])),
            "billing_email": G(
                lambda f: f.pick(
                    [
                        "accounts@northsidetoyota.com",
                        "finance@suttonparkmotors.co.uk",
                        "financeiro@paulistaveiculos.com.br",
                    ]
                )
            ),
            "cnpj": G(lambda f: f.pick(["12.345.678/0001-95", "", "98.765.432/0001-10"])),
            "primary_contact": {
                "name": Y(lambda f: f.name_any(), "name"),
                "email": Y(lambda f: f.staff_mail(), "email"),
            },
        },
    ),
    (
        "track",
        "Co-Signer Invited",
        ("web", "swift"),
        25,
        {
            "application_id": G(lambda f: "app_" + f.digits(9)),
            "cosigner_first_name": Y(lambda f: f.first_any(), "name"),
            "cosigner_email": Y(lambda f: f.mail(), "email"),
            "cosigner_phone": Y(lambda f: f.phone_any(), "phone"),
            "inviter_name": Y(lambda f: f.name_any(), "name"),
            "invite_token": RED(lambda f: f.urltoken(32), "token"),
            "invite_channel": G(lambda f: f.pick(["email", "sms"])),
            "expires_in_hours": G(lambda f: f.pick([24, 48, 72])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ("go", "python"),
        25,
        {
            "inquiry_id": G(lambda f: "inq_" + f.urltoken(24)),
            "template": G(lambda f: f.pick(["itmpl_gov_id_selfie", "itmpl_passport_only"])),
            "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
            "fields": {
                "name_first": Y(lambda f: f.first_any(), "name"),
                "name_last": Y(lambda f: f.last_any(), "name"),
                "birthdate": Y(lambda f: f.dob(), "birthdate"),
                "address_street_1": Y(lambda f: f.pick([f.street_us(), f.street_uk()]), "street|address"),
                "address_city": Y(lambda f: f.pick(US_CITIES + UK_TOWNS), "city"),
                "address_postal_code": Y(lambda f: f.pick([f.zip_us(), f.postcode()]), "zipcode"),
                "identification_class": G(lambda f: "pp"),
                "identification_number": RED(
                    lambda f: f.pick(["5", "1", "A", "C"]) + f.digits(8), "passport"
                ),
                "selfie_photo_url": Y(
                    lambda f: f"https://files.withpersona.example/{f.uuid()}/selfie.jpg", "photo"
                ),
            },
            "checks_passed": G(lambda f: f.r.randint(3, 9)),
            "checks_failed": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        25,
        {
            "referral_code": G(lambda f: "CM-" + f.hexid(6).upper()),
            "referee_name": Y(lambda f: f.name_any(), "name"),
            "referee_phone": Y(lambda f: f.phone_any(), "phone"),
            "reward_amount": G(lambda f: f.pick([50, 100, 200])),
            "from_contacts": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Proposta Enviada",
        ("php",),
        30,
        {
            "proposta_id": G(lambda f: f.digits(10)),
            "nome_completo": Y(lambda f: f.name_br(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "orgao_emissor": G(lambda f: f.pick(["SSP/SP", "DETRAN/RJ", "SSP/MG", "SESP/PR"])),
            "cnh": Y(lambda f: f.cnh(), "license"),
            "data_nascimento": Y(lambda f: f.dob("eu"), "birthdate"),
            "estado_civil": G(lambda f: f.pick(["solteiro", "casado", "divorciado", "união estável"])),
            "nome_conjuge": Y(lambda f: f.name_br(), "name"),
            "endereco": {
                "logradouro": Y(
                    lambda f: f.pick(["Rua das Flores", "Av. Brigadeiro Faria Lima", "Rua Padre Anchieta"]),
                    "street|address",
                ),
                "numero": Y(lambda f: str(f.r.randint(1, 3999)), "address"),
                "complemento": Y(
                    lambda f: f.pick(["ap. 52", "casa 2", "bloco B ap. 101", "fundos"]), "address"
                ),
                "bairro": Y(
                    lambda f: f.pick(["Pinheiros", "Copacabana", "Savassi", "Batel", "Boa Viagem"]), "address"
                ),
                "cep": Y(lambda f: f.cep(), "zipcode"),
                "cidade": Y(lambda f: f.pick(BR_CITIES), "city"),
                "uf": G(lambda f: f.pick(BR_UF)),
            },
            "telefone_residencial": Y(
                lambda f: f"({f.pick(['11', '21', '31'])}) {f.r.randint(2, 5)}{f.digits(3)}-{f.digits(4)}",
                "phone",
            ),
            "celular": Y(lambda f: f.phone_br(), "phone"),
            "nome_empresa": G(
                lambda f: f.pick(["Petrobras", "Magazine Luiza", "Ambev", "Prefeitura de Campinas"])
            ),
            "telefone_comercial": G(lambda f: f.pick(["(11) 3003-3030", "(21) 3224-4477", "(19) 2116-0555"])),
            "renda_mensal": Y(
                lambda f: f.pick([f.money(1500, 25000), f"R$ {f.r.randint(2, 30)}.{f.r.randint(0, 9)}00,00"]),
                "salary",
            ),
            "valor_financiado": G(lambda f: f.money(20000, 150000)),
            "parcelas": G(lambda f: f.pick([24, 36, 48, 60])),
        },
    ),
    # -- messaging ---------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        APPS,
        45,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "listing_id": G(lambda f: f.digits(9)),
            "sender_role": G(lambda f: f.pick(["buyer", "seller", "dealer_agent"])),
            "recipient_user_id": G(lambda f: "usr_" + f.digits(7)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "quick_reply_text": G(
                lambda f: f.pick(
                    [
                        "Is this still available?",
                        "What's your best price?",
                        "Can I see it this weekend?",
                        "Ainda está disponível?",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Message Flagged",
        ("node",),
        30,
        {
            "message_id": G(lambda f: f.hexid(24)),
            "conversation_id": G(lambda f: f.uuid()),
            "detection_reason": G(lambda f: "off_platform_contact"),
            "sender_ip": Y(lambda f: f.ipv4(), "ip"),
            "flagged_text": Y(phone_text, "phone", True),
            "action": G(lambda f: f.pick(["masked", "warned", "blocked"])),
            "sender_prior_flags": G(lambda f: f.r.randint(0, 5)),
            "classifier_score": G(lambda f: f.money(0.5, 1)),
        },
    ),
    (
        "track",
        "Call Button Tapped",
        ("rn", "swift"),
        30,
        {
            "listing_id": G(lambda f: f.digits(9)),
            "seller_type": G(lambda f: f.pick(["dealer", "private"])),
            "proxy_number": G(lambda f: f.pick(["+1 512 555 0199", "+44 113 496 0500", "+55 11 4003-1234"])),
            "call_tracking_provider": G(lambda f: f.pick(["twilio", "callrail"])),
        },
    ),
    (
        "track",
        "Offer Made",
        ("flutter", "kotlin"),
        25,
        {
            "offer_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(9)),
            "offer_amount": G(lambda f: f.r.randint(50, 600) * 100),
            "asking_price": G(lambda f: f.r.randint(60, 650) * 100),
        },
    ),
    (
        "track",
        "SMS Sent",
        ("python", "node"),
        30,
        {
            "to": Y(
                lambda f: f.pick(
                    [
                        f"+1{f.r.randint(201, 989)}{f.r.randint(201, 989)}{f.digits(4)}",
                        f"+447{f.digits(9)}",
                        f"+55119{f.digits(8)}",
                    ]
                ),
                "phone",
                True,
            ),
            "from": G(lambda f: f.pick(["+15125550100", "+441134960000", "+551140031234"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.first_any()}, your test drive at {f.pick(ALL_DEALERS)} is confirmed for "
                        f"{f.r.randint(9, 17)}:00. Reply STOP to opt out.",
                        f"{f.first_any()}, good news: a price drop on a car you saved. "
                        "Reply STOP to opt out.",
                        f"Olá {f.first_any()}, sua simulação de financiamento foi aprovada!",
                    ]
                ),
                "name",
                True,
            ),
            "template": G(lambda f: f.pick(["td_confirm", "price_drop", "finance_approved"])),
            "provider_message_sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Dealer Review Submitted",
        ("web", "rn"),
        25,
        {
            "dealer_id": G(lambda f: "dlr_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": G(
                lambda f: f.pick(
                    ["Smooth purchase", "Pushy finance office", "Great trade-in value", "Ótimo atendimento"]
                )
            ),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "No pressure, honest pricing.",
                        "Took four hours to sign paperwork.",
                        "Car was detailed and ready on time.",
                        "Recomendo!",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{f.first_any()} {f.last_any()[0]}.", "name"),
            "salesperson_mentioned": Y(lambda f: f.name_any(), "name"),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "purchase_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Quote Requested",
        ("web", "python"),
        25,
        {
            "quote_id": G(lambda f: f.uuid()),
            "partner": G(lambda f: f.pick(["Progressive", "Admiral", "Porto Seguro"])),
            "vehicle_vin": Y(lambda f: f.vin(), "serial"),
            "current_insurer": G(lambda f: f.pick(["GEICO", "Aviva", "State Farm", "none"])),
            "current_policy_number": Y(lambda f: f.pick(["GEI", "AV", "SF"]) + f.digits(9), "identification"),
            "years_no_claims": G(lambda f: f.r.randint(0, 15)),
            "named_drivers": Many(
                {
                    "name": Y(lambda f: f.name_any(), "name"),
                    "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent"])),
                    "licence_number": Y(lambda f: f.pick([f.dl_uk(), f.dl_us()]), "license"),
                    "age": G(lambda f: f.r.randint(17, 80)),
                },
                2,
            ),
            "annual_premium_quote": G(lambda f: f.money(400, 3200)),
        },
    ),
    (
        "track",
        "Vehicle Listed",
        ("swift", "kotlin"),
        30,
        {
            "listing_id": G(lambda f: f.digits(9)),
            "vin": Y(lambda f: f.vin(), "serial"),
            "registration": Y(lambda f: f.pick([f.plate_uk(), f.plate_us()]), "license"),
            "asking_price": G(lambda f: f.r.randint(20, 400) * 100),
            "mileage": G(lambda f: f.r.randint(5000, 200000)),
            "seller_name": Y(lambda f: f.name_any(), "name"),
            "seller_phone": Y(lambda f: f.pick([f.phone_uk(), f.phone_us()]), "phone"),
            "seller_postcode": Y(lambda f: f.pick([f.postcode(), f.zip_us()]), "zipcode"),
            "description": G(
                lambda f: f.pick(
                    [
                        "One owner, full service history.",
                        "New tyres, MOT till June.",
                        "Minor scratch on rear bumper.",
                        "Garage kept, non-smoker.",
                    ]
                )
            ),
            "photo_count": G(lambda f: f.r.randint(3, 30)),
            "vehicle_nickname": G(lambda f: f.pick(["Betsy", "The Beast", "Blue Thunder", ""])),
            "price_suggestion_accepted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ("web",),
        35,
        {
            "lead_id": G(lambda f: f.uuid()),
            "lead_type": G(lambda f: f.pick(["price_alert", "availability", "finance_prequal"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "ga_client_id": G(
                lambda f: f"{f.r.randint(10**8, 2 * 10**9)}.{f.r.randint(1_690_000_000, 1_720_000_000)}"
            ),
            "landing_page": G(lambda f: f.pick(["/lp/zero-apr", "/lp/sell-your-car", "/lp/suv-event"])),
        },
    ),
    (
        "track",
        "Conversion Forwarded",
        ("node",),
        30,
        {
            "event_name": G(lambda f: f.pick(["Lead", "Schedule", "SubmitApplication"])),
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(lambda f: "https://www.carmarket.example/vehicle/" + f.digits(9)),
            "user_data": {
                "em": Many(Y(lambda f: f.sha(f.mail()), "email"), 1),
                "ph": Many(Y(lambda f: f.sha(f.digits(11)), "phone"), 1),
                "external_id": G(lambda f: f.sha("usr_" + f.digits(7))),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "value": G(lambda f: f.r.randint(80, 700) * 100),
                "currency": G(lambda f: "USD"),
                "content_ids": Many(G(lambda f: f.digits(9)), 2),
            },
        },
    ),
    (
        "screen",
        "Garage",
        APPS,
        25,
        {
            "vehicles_owned": G(lambda f: f.r.randint(0, 3)),
            "estimated_equity": G(lambda f: f.r.randint(-30, 120) * 100),
            "primary_vehicle_plate": Y(
                lambda f: f.pick([f.plate_us(), f.plate_uk(), f.plate_br()]), "license"
            ),
        },
    ),
]


def build(seed: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, repeats, body in EVENTS:
        for _ in range(repeats):
            client = f.pick(list(clients))
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = "usr_" + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "dlr_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=92)
    write(Path(__file__).parent, "holdout92_", events, labels)
