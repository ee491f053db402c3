"""Writes holdout40: tests/corpus/holdout40_events.jsonl and holdout40_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py were read, for helpers and format),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout40`.

Domain: utilities and connectivity in the UK, the US, Germany and Brazil.
- BrightGrid, an energy supplier: accounts at a supply address, meter readings (MPAN / MPRN,
  ESI ID, Marktlokation, Zählpunkt), smart-meter installs and device ids (EUI-64), tariffs and
  quotes, direct debits (UK Bacs, SEPA, US ACH), the Priority Services Register and US medical
  baseline, home moves, EV and solar registration, prepayment top-ups, B2B `group` calls, a
  German back office with German keys.
- FibreLink, a broadband provider: availability checks, e-commerce spec ordering, engineer visits,
  router / ONT activation (serials, MACs, WAN addresses, Wi-Fi passwords), router telemetry
  (connected devices, RADIUS accounting), speed tests, service issues, billing, support chats
  (Intercom-shaped) and tickets (.NET), SMS / e-mail notifications (Twilio- and SendGrid-shaped),
  a Meta Conversions API payload, a Brazilian stack with Portuguese keys and a German
  fibre-rollout stack with German keys.
Messages are identify / track / page / screen / group / alias with the `context` the real
client libraries send: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter, and the server libraries for Python, Node, Go, Java, Ruby, PHP and .NET.

Conventions: mostly camelCase and snake_case English keys; roughly a fifth of the paths in
other conventions: PascalCase (.NET, Twilio), kebab-case (a partner feed, RADIUS attributes),
SCREAMING_SNAKE (a warehouse reverse-ETL identify) and German and Portuguese keys (most of them).
Values follow each event's market: names from many cultures, national phone formats, UK
postcodes, US ZIP codes, German PLZ, Brazilian CEP, Luhn card numbers, mod-97 IBANs,
SSA-structured SSNs, CPFs with valid check digits, MPANs with their check digit, ABA routing
numbers with their checksum.

Labels (one per leaf path; arrays as `[]`): classification red / yellow / green, type (the
reference's default matcher name where one fits, else `bank account`, `geolocation`, `secret`,
`national id`, `advertising id`, `health`; `a|b` when either name is fair) and value_only (the
key does not say what the value is). Rules followed:
- PII is personal data about a natural person: the user, a nominee, a joint account holder, a
  referred friend, a new occupier, a landlord, a property owner, an engineer or support agent.
  Colour is the reference's default for the matcher; outside the reference, red for
  credentials, secrets, card numbers, bank accounts, government ids and health, yellow otherwise.
- Green: ids we issue (account, customer, order, job, visit, ticket numbers; RADIUS user names
  built from our account ids), UUIDs, versions, timestamps, amounts, readings, enums, counters
  and booleans under PII-sounding keys (`emailVerified`, `passwordStrength`, `ssnProvided`),
  plan, tariff, product, router-model, Wi-Fi network (SSID), company and pet names, places that
  are not the person's (a speed-test server's city, a top-up shop's postcode, a company's
  registered office), card brand / last four / expiry, sort codes and routing numbers.
- Identifiers bound to one household's premises or the equipment installed in it (MPAN, MPRN,
  ESI ID, MaLo-ID, Zählpunkt, Brazilian installation number, UPRN, meter, router, ONT, charger,
  inverter and battery serials, smart-meter EUI-64s, MACs) are yellow (identification / serial /
  mac): they outlive our ids and resolve to an address. EPC and MCS certificate numbers are
  yellow certificate for the same reason. Photos of a meter or a router are green; photos of a
  person (agent avatar, ID selfie, engineer photo) are yellow photo.
- Private-range LAN addresses (192.168.x.x, 10.x) and the ISP's own NAS address identify no one:
  green. The customer's WAN address and delegated IPv6 prefix are yellow ip. A postcode district
  (`LS6`) is green; a full postcode is yellow zipcode.
- Special categories: a boolean or enum that reveals health or disability (life-support
  equipment, medical baseline, PSR needs codes, braille / large-print format) is red (`health`,
  `disability`); registration on the Priority Services Register is red too, because suppliers
  record it for health, disability or age and process it as health data (the careful-owner
  choice). Free-text medical detail keeps the reference's colour for `condition` (yellow).
  Pensionable age, children under five, benefit programmes and Warm Home Discount are green.
  Salutations (Mr / Mrs, Herr / Frau) are yellow gender; `sexo` is yellow sex.
- Credentials the person holds are red: Wi-Fi and doorstep (PSR password scheme) passwords, a
  key-safe code (`secret|password`), reset and OAuth tokens, push tokens, a battery API key. A
  deceased account holder's name is labelled yellow name like any other (the careful-owner choice).
- Hashed e-mail and phone in ad-platform payloads remain personal data (yellow email / phone, not
  value_only since the value does not reveal them); the `_fbp` / `fbc` ad cookies are yellow
  advertising id; a hash of our own user id is green.
- value_only paths hold the PII in every value; free text is labelled by what every one of its
  values carries (chat messages always name someone, job notes always carry a phone number) and
  is green when none does (access notes, chat comments, ticket subjects).
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- market-aware value generators -------------------------------------------------------------

NAMES = {
    "uk": (
        [
            "Oliver",
            "Amelia",
            "Siobhan",
            "Gareth",
            "Aisha",
            "Harjit",
            "Chloe",
            "Callum",
            "Niamh",
            "Tomasz",
            "Adebayo",
            "Eleanor",
            "Rhys",
            "Yasmin",
            "Kwabena",
            "Fiona",
            "Darren",
            "Shreya",
        ],
        [
            "Hughes",
            "Clarke",
            "O'Connor",
            "Llewellyn",
            "Begum",
            "Sandhu",
            "Patel",
            "Murphy",
            "Nowak",
            "Adeyemi",
            "Thompson",
            "Evans",
            "MacLeod",
            "Khan",
            "Okonkwo",
            "Whitfield",
            "Ahmed",
        ],
    ),
    "us": (
        [
            "Tyrone",
            "Ashley",
            "Carlos",
            "Mei-Ling",
            "DeShawn",
            "Kaitlyn",
            "Hiroshi",
            "Guadalupe",
            "Brandon",
            "Fatoumata",
            "Ethan",
            "Lakshmi",
            "Dmitri",
            "Shanice",
            "Cody",
            "Rosa",
        ],
        [
            "Jackson",
            "Nguyen",
            "Ramírez",
            "Kowalczyk",
            "Washington",
            "Kim",
            "Hernández",
            "Goldberg",
            "Yazzie",
            "Okafor",
            "Sullivan",
            "Johansson",
            "Tran",
            "Begay",
            "Moreno",
        ],
    ),
    "de": (
        [
            "Jürgen",
            "Anneliese",
            "Mehmet",
            "Katarzyna",
            "Lukas",
            "Sophie",
            "Ayşe",
            "Maximilian",
            "Friederike",
            "Dragan",
            "Leonie",
            "Hannes",
            "Elif",
            "Jonas",
            "Svetlana",
        ],
        [
            "Schmidt",
            "Weiß",
            "Y\u0131lmaz",
            "Nowak",
            "Müller",
            "Schäfer",
            "Kaya",
            "Hoffmann",
            "Bauer",
            "Petrović",
            "Zimmermann",
            "Krüger",
            "Öztürk",
            "Becker",
            "Vogt",
        ],
    ),
    "br": (
        [
            "João",
            "Ana Luíza",
            "Thiago",
            "Maria das Graças",
            "Francisca",
            "Raimundo",
            "Larissa",
            "Kaique",
            "Tainá",
            "Hiro",
            "Luana",
            "Severino",
            "Gabriela",
            "Wellington",
            "Iara",
        ],
        [
            "Pereira",
            "Souza",
            "Carvalho",
            "Oliveira",
            "dos Santos",
            "Nascimento",
            "Yamamoto",
            "Ferreira",
            "Lima",
            "Araújo",
            "Rocha",
            "Ribeiro",
            "Cavalcanti",
            "Batista",
        ],
    ),
}
EMAIL_DOMAINS = {
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
}
UK_STREETS = [
    "Acacia Avenue",
    "Station Road",
    "Church Lane",
    "Victoria Street",
    "Mill Lane",
    "Kingsway",
    "Queen's Road",
    "Park View",
    "Harrogate Road",
    "Wellington Terrace",
    "Ashgrove",
]
UK_TOWNS = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Belfast", "BT"),
    ("Brighton", "BN"),
    ("Reading", "RG"),
    ("Sheffield", "S"),
    ("London", "SE"),
    ("Birmingham", "B"),
]
US_STREETS = [
    "Oak St",
    "Maple Ave",
    "Sunset Blvd",
    "W 4th St",
    "Lakeview Dr",
    "Peachtree Rd NE",
    "Elm Street",
    "Cedar Ln",
    "Main St",
    "Wabash Ave",
    "Colfax Ave",
]
US_CITIES = [
    ("Austin", "TX", "787"),
    ("Houston", "TX", "770"),
    ("Phoenix", "AZ", "850"),
    ("Columbus", "OH", "432"),
    ("Sacramento", "CA", "958"),
    ("Atlanta", "GA", "303"),
    ("Denver", "CO", "802"),
    ("Brooklyn", "NY", "112"),
    ("Chicago", "IL", "606"),
]
DE_STREETS = [
    "Hauptstraße",
    "Kastanienallee",
    "Schillerstr.",
    "Am Lindenhof",
    "Bahnhofstraße",
    "Goethestraße",
    "Sonnenallee",
    "Lindenweg",
    "Friedrich-Ebert-Str.",
    "Mühlenweg",
]
DE_CITIES = [
    ("Berlin", "10"),
    ("München", "80"),
    ("Hamburg", "20"),
    ("Köln", "50"),
    ("Leipzig", "04"),
    ("Dortmund", "44"),
    ("Freiburg im Breisgau", "79"),
    ("Nürnberg", "90"),
    ("Bremen", "28"),
]
BR_STREETS = [
    "Rua das Flores",
    "Avenida Paulista",
    "Rua Sete de Setembro",
    "Travessa São José",
    "Rua Barão de Itapetininga",
    "Avenida Boa Viagem",
    "Rua da Bahia",
    "Rua Padre Chagas",
]
BR_CITIES = [
    ("São Paulo", "SP", "01"),
    ("Rio de Janeiro", "RJ", "22"),
    ("Recife", "PE", "51"),
    ("Belo Horizonte", "MG", "30"),
    ("Porto Alegre", "RS", "90"),
    ("Salvador", "BA", "40"),
    ("Fortaleza", "CE", "60"),
]
BR_BAIRROS = [
    "Bela Vista",
    "Copacabana",
    "Boa Viagem",
    "Savassi",
    "Centro",
    "Moinhos de Vento",
    "Pinheiros",
    "Barra",
    "Meireles",
    "Tijuca",
]
W3W = [
    "filled",
    "count",
    "soap",
    "index",
    "home",
    "raft",
    "lamp",
    "crisp",
    "otter",
    "mango",
    "plank",
    "swift",
    "rides",
    "token",
    "grape",
    "blunt",
    "cabin",
    "drum",
]


def fold(text: str) -> str:
    """ASCII for e-mail local parts and host names: accents dropped, spaces and apostrophes removed."""
    text = text.replace("ß", "ss").replace("\u0131", "i").replace("'", "").replace(" ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Gen(Fake):
    """Fake with a market (`cc`) and a brand set per message, so one event's values agree."""

    cc = "uk"
    brand = "bg"

    def fn(self):
        return self.pick(NAMES[self.cc][0])

    def ln(self):
        return self.pick(NAMES[self.cc][1])

    def person(self):
        return f"{self.fn()} {self.ln()}"

    def mail(self, first=None, last=None):
        first = fold(first or self.fn()).lower()
        last = fold(last or self.ln()).lower()
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

    def _n(self, k):
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def mobile(self):
        if self.cc == "uk":
            rest = f"{self.r.randint(400, 999)}{self._n(6)}"
            return self.pick(
                [f"07{rest[:3]} {rest[3:]}", f"+44 7{rest[:3]} {rest[3:]}", f"+447{rest}", f"07{rest}"]
            )
        if self.cc == "de":
            pre = self.pick(["151", "152", "160", "170", "171", "176", "157"])
            rest = self._n(8)
            return self.pick([f"+49 {pre} {rest}", f"0{pre} {rest}", f"0{pre}/{rest}", f"+49{pre}{rest}"])
        if self.cc == "br":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            a, b = "9" + self._n(4), self._n(4)
            return self.pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"{ddd}{a}{b}", f"+55{ddd}{a}{b}"])
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def landline(self):
        if self.cc == "uk":
            return self.pick(
                [
                    f"020 7946 {self._n(4)}",
                    f"0113 496 {self._n(4)}",
                    f"0161 496 {self._n(4)}",
                    f"029 2018 {self._n(4)}",
                    f"+44 117 496 {self._n(4)}",
                ]
            )
        if self.cc == "de":
            return self.pick(
                [f"030 {self._n(8)}", f"+49 89 {self._n(7)}", f"040/{self._n(7)}", f"+49 (0)221 {self._n(6)}"]
            )
        if self.cc == "br":
            return self.pick([f"(11) 3{self._n(3)}-{self._n(4)}", f"+55 21 2{self._n(3)}-{self._n(4)}"])
        return self.phone(self.pick(["nanp_paren", "nanp_dash", "e164"]))

    def any_phone(self):
        return self.mobile() if self.r.random() < 0.75 else self.landline()

    def postcode(self):
        if self.cc == "uk":
            area = getattr(self, "uk_area", None) or self.pick(UK_TOWNS)[1]
            self.uk_area = None
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            inward = f"{self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
            return f"{area}{self.r.randint(1, 28)} {inward}"
        if self.cc == "de":
            return self.pick(DE_CITIES)[1] + self._n(3)
        if self.cc == "br":
            return f"{self.pick(BR_CITIES)[2]}{self._n(3)}-{self._n(3)}"
        z = (getattr(self, "us_zip3", None) or self.pick(US_CITIES)[2]) + self._n(2)
        self.us_zip3 = None
        return z if self.r.random() < 0.7 else f"{z}-{self._n(4)}"

    def town(self):
        if self.cc == "de":
            return self.pick(DE_CITIES)[0]
        if self.cc == "br":
            return self.pick(BR_CITIES)[0]
        if self.cc == "us":
            city, self.us_state, self.us_zip3 = self.pick(US_CITIES)
            return city
        town, self.uk_area = self.pick(UK_TOWNS)
        return town

    def line1(self):
        if self.cc == "de":
            return f"{self.pick(DE_STREETS)} {self.r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}"
        if self.cc == "br":
            return f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}"
        if self.cc == "us":
            return f"{self.r.randint(100, 9899)} {self.pick(US_STREETS)}"
        return f"{self.r.randint(1, 220)} {self.pick(UK_STREETS)}"

    def line2(self):
        if self.cc == "us":
            return self.pick(["Apt 4B", "Unit 12", "Apt 301", "# 7", "Suite 210", "Apt 2F"])
        return self.pick(["Flat 3", "Flat 2B", "Flat 14", "Top Floor Flat", "Apartment 6", "Flat 1/2"])

    def de_street(self):
        return self.pick(DE_STREETS)

    def house_no(self):
        return f"{self.r.randint(1, 180)}{self.pick(['', '', '', 'a', 'b', 'c'])}"

    def ip6(self):
        pre = self.pick(["2a02:c7c", "2a01:4b00", "2804:14c", "2600:1700", "2a02:8109", "2003:e6"])
        return pre + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def prefix6(self):
        pre = self.pick(["2a02:c7c", "2a01:4b00", "2804:14c", "2a02:8109"])
        return f"{pre}:{self.r.randint(0, 65535):x}:{self.r.randint(0, 255):x}00::/56"

    def lan_ip(self):
        return self.pick(
            [
                f"192.168.1.{self.r.randint(2, 254)}",
                f"192.168.0.{self.r.randint(2, 254)}",
                f"10.0.0.{self.r.randint(2, 254)}",
                f"192.168.178.{self.r.randint(2, 254)}",
            ]
        )

    def mac_any(self):
        m = self.mac()
        return self.pick([m, m.lower(), m.replace(":", "-"), m.lower().replace(":", "")])

    def cpf(self, formatted=None):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def rg(self):
        return f"{self.r.randint(10, 59)}.{self._n(3)}.{self._n(3)}-{self.pick(list('0123456789X'))}"

    def mpan(self):
        core = str(self.r.randint(10, 23)) + self._n(10)
        weights = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
        check = sum(int(c) * w for c, w in zip(core, weights)) % 11 % 10
        return core + str(check)

    def mprn(self):
        return str(self.r.randint(1, 9)) + self._n(self.r.randint(6, 9))

    def meter_serial(self, fuel="electricity"):
        if fuel == "gas":
            return self.pick(["G4A", "E6S", "G4K"]) + self._n(8) + str(self.r.randint(10, 24))
        return self.pick(
            [
                f"{self.r.randint(14, 23)}{self.pick('EKLPJ')}{self._n(7)}",
                f"E{self.r.randint(10, 23)}BG{self._n(5)}",
                f"S{self.r.randint(1, 9)}A{self._n(7)}",
            ]
        )

    def eui64(self):
        return "-".join(
            f"{b:02X}"
            for b in [
                0,
                0x0D,
                0x6F,
                0,
                self.r.randint(0, 255),
                self.r.randint(0, 255),
                self.r.randint(0, 255),
                self.r.randint(0, 255),
            ]
        )

    def esi_id(self):
        return self.pick(["1008901", "1044372", "1017699"]) + self._n(15)

    def malo_id(self):
        d = [self.r.randint(1, 5)] + [self.r.randint(0, 9) for _ in range(9)]
        odd = sum(d[0::2])
        even = sum(d[1::2]) * 2
        return "".join(map(str, d)) + str((10 - (odd + even) % 10) % 10)

    def zaehlpunkt(self):
        return "DE" + self._n(6) + self.pick(DE_CITIES)[1] + self._n(3) + self._n(20)

    def zaehlernummer(self):
        return self.pick(["1ESY", "1EMH", "1APA", "1LOG"]) + self._n(10)

    def uprn(self):
        return str(self.r.randint(1, 2)) + "000" + self._n(8)

    def router_serial(self):
        return self.pick(["FLH6", "FLH7", "FLX2"]) + "".join(
            self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9)
        )

    def ont_serial(self):
        return self.pick(["ALCL", "HWTC", "ZTEG", "NOKG"]) + self.hexid(8).upper()

    def aba(self):
        d = [int(c) for c in self.pick(["0210", "1110", "3222", "0610", "2560", "0710"]) + self._n(4)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def sort_code(self):
        return f"{self.pick(['20', '40', '30', '60', '77', '09', '11'])}-{self._n(2)}-{self._n(2)}"

    def uk_account(self):
        return str(self.r.randint(1, 9)) + self._n(7)

    def vrm(self):
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        return (
            f"{self.pick(letters)}{self.pick(letters)}{self.r.randint(10, 74)} "
            f"{self.pick(letters)}{self.pick(letters)}{self.pick(letters)}"
        )

    def us_dl(self):
        return self.pick(
            [
                f"{self.pick('ABCDFGJKMNPRSTWY')}{self._n(7)}",
                self._n(8),
                self._n(9),
                f"{self.pick('ABDFS')}{self._n(3)}-{self._n(4)}-{self._n(4)}",
            ]
        )

    def password(self):
        words = ["bluebell", "Marmalade", "tangerine", "harbour", "Pembroke", "cowslip", "saturn", "Biscuit"]
        return self.pick(
            [
                f"{self.pick(words)}{self.r.randint(1950, 2020)}",
                f"{self.pick(words)}-{self.pick(words).lower()}-{self.r.randint(1, 99)}",
                "".join(
                    self.r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#!%")
                    for _ in range(self.r.randint(10, 16))
                ),
            ]
        )

    def local_date(self, start=2024, end=2025):
        return self.date(start, end)


def pick(*items):
    return lambda f: f.pick(list(items))


def const(v):
    return lambda f: v


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def digits(n, prefix=""):
    return lambda f: prefix + f.digits(n)


# -- contexts -----------------------------------------------------------------------------------

SITES = {
    ("bg", "uk"): "https://www.brightgrid.co.uk",
    ("bg", "us"): "https://www.brightgridenergy.com",
    ("bg", "de"): "https://www.brightgrid.de",
    ("bg", "br"): "https://www.brightgrid.co.uk",
    ("fl", "uk"): "https://www.fibrelink.co.uk",
    ("fl", "us"): "https://www.fibrelink.co.uk",
    ("fl", "de"): "https://www.fibrelink.de",
    ("fl", "br"): "https://www.fibrelink.com.br",
}
LOCALES = {"uk": "en-GB", "us": "en-US", "de": "de-DE", "br": "pt-BR"}
ZONES = {
    "uk": ["Europe/London"],
    "us": ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"],
    "de": ["Europe/Berlin"],
    "br": ["America/Sao_Paulo", "America/Recife", "America/Fortaleza"],
}
PAGES = [
    "/",
    "/account",
    "/account/billing",
    "/moving-home",
    "/smart-meters",
    "/tariffs",
    "/help/outages",
    "/checkout",
    "/broadband/availability",
    "/support/chat",
    "/priority-services",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def web_context(f: Gen):
    site = SITES[(f.brand, f.cc)]
    path = f.pick(PAGES)
    ctx = {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.72.1", "next-1.70.0", "npm:next-1.74.0"),
        },
        "page": {
            "path": const(path),
            "referrer": pick(
                "https://www.google.com/",
                "",
                "https://www.bing.com/",
                "https://www.uswitch.com/",
                "https://l.facebook.com/",
            ),
            "search": pick("", "", "?utm_source=google&utm_medium=cpc", "?ref=email_bill"),
            "title": pick(
                "My account", "Moving home", "Get a quote", "Check availability", "Help centre", "Checkout"
            ),
            "url": const(site + path),
        },
        "userAgent": lambda f: f.pick(UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": pick("124", "99", "123"),
                },
                3,
            ),
            "mobile": pick(True, False),
            "platform": pick("Windows", "macOS", "Android"),
        },
        "locale": const(LOCALES[f.cc]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    ctx["userAgent"] = G(ctx["userAgent"])
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": pick("spring_switch", "fibre_launch_q2", "smart_meter_push", "black_friday_bb"),
            "source": pick("google", "facebook", "newsletter", "uswitch"),
            "medium": pick("cpc", "email", "paid_social", "affiliate"),
            "term": pick("cheap energy tariff", "full fibre broadband", "switch energy supplier", ""),
            "content": pick("hero_a", "textlink", "carousel_2"),
        }
    return ctx


def _app(f: Gen):
    if f.brand == "bg":
        return {
            "name": const("BrightGrid"),
            "version": pick("6.14.0", "6.15.2", "6.16.0"),
            "build": pick("61400", "61502", "61600"),
            "namespace": const("com.brightgrid.energy"),
        }
    return {
        "name": const("My FibreLink"),
        "version": pick("3.2.1", "3.3.0", "3.4.4"),
        "build": pick("1187", "1203", "1240"),
        "namespace": const("net.fibrelink.myaccount"),
    }


def _ctx_traits():
    return {"email": Y(lambda f: f.mail(), "email"), "firstName": Y(lambda f: f.fn(), "name")}


def swift_context(f: Gen):
    ctx = {
        "app": _app(f),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,4", "iPhone14,7", "iPhone16,2", "iPad13,18"),
            "name": pick("iPhone", "iPad"),
            "type": const("ios"),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": const(LOCALES[f.cc]),
        "network": {"cellular": pick(True, False), "wifi": pick(True, False)},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"height": pick(852, 844, 932), "width": pick(393, 390, 430)},
        "timezone": lambda f: f.pick(ZONES[f.cc]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": _ctx_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    ctx["timezone"] = G(ctx["timezone"])
    if f.r.random() < 0.3:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_context(f: Gen):
    ctx = {
        "app": _app(f),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": pick("samsung", "Google", "motorola", "Xiaomi"),
            "model": pick("SM-A546B", "Pixel 8", "moto g84 5G", "23021RAAEG"),
            "name": pick("a54x", "shiba", "cancunf", "tapas"),
            "type": const("android"),
            "adTrackingEnabled": pick(True, False),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.16.3", "1.17.0")},
        "locale": const(LOCALES[f.cc]),
        "network": {
            "bluetooth": pick(False, True),
            "carrier": pick("EE", "Vodafone", "T-Mobile", "Vivo", "Claro"),
            "cellular": pick(True, False),
            "wifi": pick(True, False),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "height": pick(2340, 2400), "width": pick(1080, 1080)},
        "timezone": G(lambda f: f.pick(ZONES[f.cc])),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A546B", "Pixel 8"])
                + " Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": _ctx_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2])),
        }
    return ctx


def rn_context(f: Gen):
    return {
        "app": _app(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "OnePlus"),
            "model": pick("iPhone13,2", "SM-S918B", "CPH2449"),
            "name": pick("iPhone", "dm3q", "OP5958L1"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": const(LOCALES[f.cc]),
        "network": {"cellular": pick(True, False), "wifi": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14")},
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": G(lambda f: f.pick(ZONES[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": _ctx_traits(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context(f: Gen):
    return {
        "app": _app(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("samsung", "Apple", "motorola"),
            "model": pick("SM-A145M", "iPhone14,5", "moto g54 5G"),
            "type": pick("android", "ios"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": const(LOCALES[f.cc]),
        "os": {"name": pick("Android", "iOS"), "version": pick("13", "17.4")},
        "screen": {"height": pick(1600, 2532), "width": pick(720, 1170)},
        "timezone": G(lambda f: f.pick(ZONES[f.cc])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.3"]),
}


def server_context(f: Gen, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": const(name), "version": pick(*versions)}}
    roll = f.r.random()
    if roll < 0.35:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ip6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    elif roll < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.mail(), "email", True),
                "type": const("email"),
                "collection": const("users"),
                "encoding": const("none"),
            },
            1,
        )
    elif roll < 0.6:
        ctx["active"] = const(False)
    if f.r.random() < 0.2:
        ctx["groupId"] = G(lambda f: "biz_" + f.digits(6))
    return ctx


MOBILE = ["swift", "kotlin", "rn", "flutter"]
SERVERS = list(SERVER_LIBS)


def context_for(f: Gen, client: str):
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


# -- shared body fragments ------------------------------------------------------------------------


def uk_address():
    return {
        "line1": Y(lambda f: f.line1(), "address|street"),
        "line2": Y(lambda f: f.line2(), "address"),
        "town": Y(lambda f: f.town(), "city"),
        "postcode": Y(lambda f: f.postcode(), "zipcode"),
    }


def us_address():
    return {
        "street": Y(lambda f: f.line1(), "street|address"),
        "unit": Y(lambda f: f.line2(), "address"),
        "city": Y(lambda f: f.town(), "city"),
        "state": lambda f: getattr(f, "us_state", None) or f.pick(["TX", "OH", "GA", "AZ", "CA", "NY"]),
        "zip": Y(lambda f: f.postcode(), "zipcode"),
    }


def de_address():
    return {
        "strasse": Y(lambda f: f.de_street(), "street"),
        "hausnummer": Y(lambda f: f.house_no(), "address"),
        "plz": Y(lambda f: f.postcode(), "zipcode"),
        "ort": Y(lambda f: f.town(), "city"),
    }


def br_address():
    return {
        "cep": Y(lambda f: f.postcode(), "zipcode"),
        "logradouro": Y(lambda f: f.pick(BR_STREETS), "street"),
        "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address"),
        "complemento": Y(
            lambda f: f.pick(["apto 45", "casa 2", "bloco B apto 302", "fundos", "apto 1101"]), "address"
        ),
        "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address|city"),
        "cidade": Y(lambda f: f.town(), "city"),
        "uf": pick("SP", "RJ", "PE", "MG", "RS", "BA", "CE"),
    }


def fix(template):
    """Turns bare callables into green leaves, so green fields can be written as lambdas."""
    if callable(template) and not isinstance(template, type):
        return G(template)
    if isinstance(template, dict):
        return {k: fix(v) for k, v in template.items()}
    if isinstance(template, Many):
        return Many(fix(template.item), template.n)
    return template


FL_PLANS = [
    ("FL-FIB-150-24", "Fibre 150", 28.0),
    ("FL-FIB-500-24", "Fibre 500", 35.0),
    ("FL-FF-900-24", "Full Fibre 900", 45.0),
    ("FL-GIG-1600-24", "Gigabit 1600", 62.0),
    ("FL-ADD-MESH", "Mesh Wi-Fi Booster", 5.0),
    ("FL-ADD-STATIC", "Static IP", 5.0),
    ("FL-ADD-VOICE", "Anytime Calls", 10.0),
]


def _plan(f: Gen):
    """Picks the product a products[] entry describes; the leaves after it read the same one."""
    f.plan = f.pick(FL_PLANS)
    return f.plan[0]


BUSINESSES = [
    ("Harrogate Bakeries Ltd", "food_production", "https://harrogatebakeries.example"),
    ("Kestrel Logistics Ltd", "logistics", "https://kestrel-logistics.example"),
    ("The Old Mill Dental Practice", "healthcare", "https://oldmilldental.example"),
    ("Brunswick Hotel Group", "hospitality", "https://brunswickhotels.example"),
    ("Tŷ Coffi Cyf", "hospitality", "https://tycoffi.example"),
]


def _business(f: Gen):
    f.biz = f.pick(BUSINESSES)
    return f.biz[0]


def plan_product():
    return {
        "product_id": _plan,
        "sku": lambda f: f.plan[0] + "-" + f.pick(["NEW", "RECON", "UPG"]),
        "name": lambda f: f.plan[1],
        "category": lambda f: "add-on" if "ADD" in f.plan[0] else "broadband",
        "price": lambda f: f.plan[2],
        "quantity": const(1),
        "contract_months": pick(12, 18, 24),
    }


CHAT_USER = [
    "Hi, this is {full}, my internet has dropped three times today",
    "Hello, {full} here. The engineer never turned up",
    "Hi it's {first} {last}, account holder, I'm moving next month",
    "My name is {full} and my bill has gone up by £12",
]
CHAT_AGENT = [
    "Thanks {first}, let me check the line for you now.",
    "Hi {first}, sorry to hear that. Can you confirm the router lights?",
    "No problem {first}, I've booked that in.",
    "Thanks for waiting {first} - I can see an outage in your area.",
]


def chat_text(f: Gen):
    first, last = f.fn(), f.ln()
    tpl = f.pick(CHAT_USER + CHAT_AGENT)
    return tpl.format(full=f"{first} {last}", first=first, last=last)


def job_note(f: Gen):
    tel = f.mobile()
    return f.pick(
        [
            f"Cust asked we ring {tel} before arriving next time",
            f"Neighbour has spare key, tel {tel}",
            f"ONT fitted in hallway. Customer on {tel} if router needs reboot",
            f"Could not get access, left card. Call back on {tel}",
            f"Landlord contact {tel} for wall drilling permission",
        ]
    )


def ticket_description(f: Gen):
    tel = f.any_phone()
    return f.pick(
        [
            f"Internet keeps dropping in the evening. Please call me back on {tel}",
            f"Router lights flashing red since yesterday. Best number: {tel}",
            f"I was charged twice this month. Call {tel} after 5pm",
            f"Need to move my installation date, reachable on {tel}",
        ]
    )


def sms_body(f: Gen):
    first = f.fn()
    return f.pick(
        [
            f"Hi {first}, your engineer will arrive between 8am and 12pm tomorrow. Reply STOP to opt out.",
            f"Hi {first}, your meter reading is due. Submit it in the app.",
            f"{first}, your bill of £{f.money(20, 180):.2f} is ready to view.",
            f"Olá {first}, sua visita técnica está confirmada para amanhã.",
            f"Hallo {first}, Ihr Techniker kommt morgen zwischen 8 und 12 Uhr.",
        ]
    )


def address_label(f: Gen):
    return f"{f.line1()}, {f.town()} {f.postcode()}"


def hostname(f: Gen):
    first = fold(f.fn().split()[0])
    return f.pick(
        [
            f"{first}s-iPhone",
            f"{first}s-MacBook-Air",
            f"iPad-de-{first}",
            f"Galaxy-S23-{first}",
            f"{first.upper()}-LAPTOP",
            f"{first}-PC",
        ]
    )


def condition_detail(f: Gen):
    return f.pick(
        [
            "COPD, uses oxygen at night",
            "Type 1 diabetes, insulin kept in the fridge",
            "Multiple sclerosis, limited mobility",
            "Home dialysis three times a week",
            "Stroke survivor, struggles with stairs",
            "Severe asthma, nebuliser",
            "Early-stage dementia, lives alone",
        ]
    )


# -- events ----------------------------------------------------------------------------------------
# (brand, markets, kind, event or page/screen name, clients, body)

UK, US, DE, BR = ["uk"], ["us"], ["de"], ["br"]

EVENTS = [
    # ================================ BrightGrid, UK ================================
    (
        "bg",
        UK,
        "identify",
        None,
        ["web", *MOBILE],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "title": Y(pick("Mr", "Mrs", "Ms", "Miss", "Mx"), "gender"),
            "dateOfBirth": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "address": {**uk_address(), "country": const("GB")},
            "accountNumber": digits(8, "A-"),
            "fuelType": pick("dual", "electricity", "gas"),
            "paymentMethod": pick("direct_debit", "prepayment", "on_receipt"),
            "psrRegistered": RED(pick(True, False), "disability|health"),
            "marketingConsent": pick(True, False),
            "emailVerified": pick(True, False),
            "smartMeter": pick("SMETS2", "SMETS1", "none"),
            "tariffName": pick("Flexible Octane", "Fixed 12M v4", "EV Night Saver", "Tracker Go"),
            "createdAt": lambda f: f.iso(),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Meter Reading Submitted",
        MOBILE,
        {
            "accountNumber": digits(8, "A-"),
            "fuel": const("electricity"),
            "mpan": Y(lambda f: f.mpan(), "identification|serial"),
            "meterSerialNumber": Y(lambda f: f.meter_serial(), "serial"),
            "registerId": pick("1", "2", "day", "night"),
            "reading": rint(1000, 99999),
            "readingDate": lambda f: f.local_date(),
            "readType": pick("customer", "photo_ocr", "smart"),
            "meterPhotoUrl": lambda f: f"https://uploads.brightgrid.co.uk/readings/{f.uuid()}.jpg",
            "previousReading": rint(1000, 99999),
            "unit": const("kWh"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Gas Reading Submitted",
        MOBILE,
        {
            "accountNumber": digits(8, "A-"),
            "fuel": const("gas"),
            "mprn": Y(lambda f: f.mprn(), "identification|serial"),
            "meterSerialNumber": Y(lambda f: f.meter_serial("gas"), "serial"),
            "reading": rint(100, 9999),
            "readingDate": lambda f: f.local_date(),
            "readType": pick("customer", "photo_ocr"),
            "unit": pick("m3", "ft3"),
            "meterPhotoUrl": lambda f: f"https://uploads.brightgrid.co.uk/readings/{f.uuid()}.jpg",
        },
    ),
    (
        "bg",
        UK,
        "screen",
        "Usage",
        MOBILE,
        {
            "period": pick("day", "week", "month", "year"),
            "fuel": pick("electricity", "gas"),
            "kwhTotal": money(2, 900),
            "costTotal": money(1, 300),
            "currency": const("GBP"),
            "halfHourly": Many(money(0, 3), 6),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Smart Meter Install Booked",
        ["web", *MOBILE],
        {
            "appointmentId": lambda f: "APT-" + f.digits(7),
            "slotStart": lambda f: f.iso(),
            "slotEnd": lambda f: f.iso(),
            "fuelTypes": Many(pick("electricity", "gas"), 2),
            "mpan": Y(lambda f: f.mpan(), "identification|serial"),
            "accessNotes": pick(
                "Meter in cupboard under stairs",
                "Park on the drive",
                "Side gate is unlocked",
                "Meter box outside, key needed",
                "Flat above shop, use rear entrance",
                "",
            ),
            "parkingAvailable": pick(True, False),
            "hasPets": pick(True, False),
            "petName": pick("Biscuit", "Luna", "Mr Whiskers", "Bramble", "Rex"),
            "contactPhone": Y(lambda f: f.mobile(), "phone"),
            "onSiteContactName": Y(lambda f: f.person(), "name"),
            "what3words": Y(lambda f: "///" + ".".join(f.pick(W3W) for _ in range(3)), "geolocation|address"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Smart Meter Installed",
        ["python", "java"],
        {
            "jobId": lambda f: "J" + f.digits(9),
            "engineer": {
                "id": lambda f: "ENG" + f.digits(4),
                "name": Y(lambda f: f.person(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
            },
            "esme": {
                "deviceId": Y(lambda f: f.eui64(), "serial|mac"),
                "firmware": pick("4.2.1", "4.3.0", "02.11.00"),
                "smetsVersion": pick("SMETS2", "SMETS2+"),
            },
            "commsHub": {"deviceId": Y(lambda f: f.eui64(), "serial|mac")},
            "ihdPaired": pick(True, False),
            "installDurationMins": rint(40, 180),
            "siteLocation": {
                "lat": Y(lambda f: round(f.r.uniform(50.2, 57.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-4.5, 1.6), 6), "geolocation"),
            },
            "outcome": pick("installed", "aborted_no_access", "aborted_unsafe", "partial"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Direct Debit Set Up",
        ["web", *MOBILE],
        {
            "accountNumber": digits(8, "A-"),
            "bankDetails": {
                "accountName": Y(lambda f: f.person(), "name"),
                "accountNumber": RED(lambda f: f.uk_account(), "bank account"),
                "sortCode": lambda f: f.sort_code(),
                "bankName": pick("Barclays", "NatWest", "Monzo", "Nationwide", "Lloyds Bank", "Starling"),
            },
            "paymentDay": rint(1, 28),
            "monthlyAmount": money(40, 260),
            "mandateReference": digits(9, "BRIGHTGRID-"),
            "isAccountHolder": pick(True, False),
            "requiresMultipleSignatories": pick(False, False, True),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Tariff Switched",
        ["web", *MOBILE],
        {
            "fromTariff": pick("Flexible Octane", "Fixed 12M v4", "Standard Variable"),
            "toTariff": pick("Fixed 12M v5", "EV Night Saver", "Tracker Go", "Green Fixed 24M"),
            "fuel": pick("electricity", "gas", "dual"),
            "unitRatePence": money(14, 32),
            "estimatedAnnualCost": money(700, 2600),
            "effectiveFrom": lambda f: f.local_date(),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Quote Requested",
        ["web"],
        {
            "quoteId": lambda f: f.uuid(),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "annualElectricityKwh": rint(1200, 6500),
            "annualGasKwh": rint(0, 18000),
            "currentSupplier": pick(
                "British Gas", "EDF", "E.ON Next", "Octopus Energy", "OVO", "Scottish Power"
            ),
            "economy7": pick(True, False),
            "hasSolar": pick(True, False),
            "hasEv": pick(True, False),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Home Move Started",
        ["web", *MOBILE],
        {
            "moveType": pick("move_out", "move_in", "both"),
            "moveOutDate": lambda f: f.local_date(),
            "moveInDate": lambda f: f.local_date(),
            "forwardingAddress": uk_address(),
            "newOccupierName": Y(lambda f: f.person(), "name"),
            "landlordName": Y(lambda f: f.person(), "name"),
            "lettingAgent": pick("Foxtons", "Countrywide Lettings", "Your Move", "Hunters", "OpenRent"),
            "closingMeterReading": rint(1000, 99999),
            "keepSameTariff": pick(True, False),
            "reason": pick("buying", "renting", "moving_in_with_partner", "other"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Priority Services Registration Submitted",
        ["web"],
        {
            "registrationId": lambda f: "PSR-" + f.digits(8),
            "psrNeeds": Many(
                RED(
                    pick(
                        "blind",
                        "partially_sighted",
                        "hearing_impaired",
                        "mental_health",
                        "dialysis_feeding_pump",
                        "oxygen_use",
                        "stair_lift_hoist",
                        "dementia",
                        "chronic_serious_illness",
                    ),
                    "disability|health",
                ),
                3,
            ),
            "medicalEquipment": Many(
                RED(
                    pick(
                        "oxygen concentrator",
                        "home dialysis machine",
                        "ventilator",
                        "electric wheelchair",
                        "stairlift",
                        "nebuliser",
                    ),
                    "health",
                ),
                2,
            ),
            "accessibleFormat": RED(pick("braille", "large_print", "audio_cd", "bsl_video"), "disability"),
            "conditionDetails": Y(condition_detail, "condition"),
            "nominee": {
                "name": Y(lambda f: f.person(), "name"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "relationship": pick("daughter", "son", "carer", "neighbour", "spouse"),
            },
            "doorstepPassword": RED(lambda f: f.password(), "password"),
            "pensionableAge": pick(True, False),
            "childrenUnder5": pick(True, False),
            "consentToShareWithNetwork": pick(True, False),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Warm Home Discount Applied",
        ["python"],
        {
            "schemeYear": pick("2023/24", "2024/25"),
            "eligibilityGroup": pick("core_group_1", "core_group_2", "broader_group"),
            "rebateAmount": const(150),
            "accountNumber": digits(8, "A-"),
        },
    ),
    (
        "bg",
        UK,
        "screen",
        "Bill",
        MOBILE,
        {
            "billId": lambda f: "INV-" + f.digits(9),
            "billingPeriod": pick("2024-03", "2024-04", "2024-05", "2024-06"),
            "amountDue": money(20, 400),
            "dueDate": lambda f: f.local_date(),
            "isEstimated": pick(True, False),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Card Payment Succeeded",
        ["node"],
        {
            "amount": rint(1000, 40000),
            "currency": const("gbp"),
            "payment_intent": lambda f: "pi_" + f.hexid(24),
            "billing_details": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "address": {
                    "line1": Y(lambda f: f.line1(), "address|street"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": const("GB"),
                },
            },
            "card": {
                "brand": pick("visa", "mastercard", "amex"),
                "last4": digits(4),
                "exp_month": rint(1, 12),
                "exp_year": rint(2025, 2031),
                "fingerprint": lambda f: f.hexid(16),
            },
            "receipt_email": Y(lambda f: f.mail(), "email"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Referral Sent",
        MOBILE,
        {
            "referralCode": lambda f: f.fn().split()[0].lower()[:5] + "-" + f.hexid(4),
            "friendName": Y(lambda f: f.person(), "name"),
            "friendEmail": Y(lambda f: f.mail(), "email"),
            "channel": pick("email", "whatsapp", "copy_link"),
            "rewardAmount": const(50),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "EV Tariff Quote Requested",
        ["web", *MOBILE],
        {
            "vehicleMake": pick("Tesla", "Kia", "Volkswagen", "Nissan", "MG", "BYD"),
            "vehicleModel": pick("Model Y", "EV6", "ID.3", "Leaf", "MG4", "Atto 3"),
            "vehicleReg": Y(lambda f: f.vrm(), "license"),
            "chargerBrand": pick("Ohme", "Zappi", "Pod Point", "Wallbox"),
            "chargerSerial": Y(lambda f: f.pick(["OHME", "Z2H", "PP-"]) + f.digits(8), "serial"),
            "dailyMiles": rint(5, 90),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Solar Export Registered",
        ["web"],
        {
            "mcsCertificateNumber": Y(lambda f: "MCS-" + f.digits(8), "certificate"),
            "exportMpan": Y(lambda f: f.mpan(), "identification|serial"),
            "systemSizeKwp": money(2, 8),
            "installerName": pick("Sunshine Renewables Ltd", "EcoVolt Solar", "Northern Solar Co"),
            "installDate": lambda f: f.date(2018, 2024),
            "inverterSerial": Y(lambda f: f.pick(["SE", "GW", "SMA"]) + f.hexid(10).upper(), "serial"),
            "epcRrn": Y(lambda f: "-".join(f.digits(4) for _ in range(5)), "certificate"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Home Battery Connected",
        ["python"],
        {
            "integration": pick("tesla", "givenergy", "solaredge"),
            "batterySerial": Y(lambda f: f.pick(["TG", "CE", "BT"]) + f.digits(10), "serial"),
            "apiKey": RED(lambda f: f.secret(), "secret"),
            "oauthRefreshToken": RED(lambda f: "rt_" + f.hexid(40), "token"),
            "capacityKwh": pick(9.5, 13.5, 5.2),
            "inverterFirmware": pick("D0.449-A0.449", "3.1.7"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Joint Account Holder Added",
        ["web"],
        {
            "accountNumber": digits(8, "A-"),
            "holder": {
                "firstName": Y(lambda f: f.fn(), "name"),
                "lastName": Y(lambda f: f.ln(), "name"),
                "dateOfBirth": Y(lambda f: f.date(1940, 2004), "birthdate"),
                "email": Y(lambda f: f.mail(), "email"),
                "relationship": pick("spouse", "partner", "housemate", "parent"),
            },
            "requiresCreditCheck": pick(True, False),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Top Up Completed",
        MOBILE,
        {
            "amount": pick(10, 20, 30, 50),
            "method": pick("app_card", "paypoint", "payzone", "post_office"),
            "paymentCard": {
                "brand": pick("Visa", "Mastercard"),
                "last4": digits(4),
                "expiry": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}",
            },
            "topUpReference": lambda f: "TU" + f.digits(10),
            "storeName": pick("Co-op Headingley", "Spar Roath", "One Stop Fishponds", "Premier Stores"),
            "storePostcode": pick("LS6 3AA", "CF24 3DG", "BS16 3QR", "M14 5RZ"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Bereavement Reported",
        ["web"],
        {
            "accountNumber": digits(8, "A-"),
            "deceasedName": Y(lambda f: f.person(), "name"),
            "executorName": Y(lambda f: f.person(), "name"),
            "executorEmail": Y(lambda f: f.mail(), "email"),
            "executorPhone": Y(lambda f: f.any_phone(), "phone"),
            "relationship": pick("spouse", "child", "solicitor", "sibling"),
            "probateReference": lambda f: f.pick(["", "PA" + f.digits(6)]),
            "closeAccount": pick(True, False),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Payment Failed",
        ["node"],
        {
            "invoiceNumber": lambda f: "INV-" + f.digits(9),
            "amount": rint(1000, 40000),
            "failureCode": pick("insufficient_funds", "card_declined", "expired_card", "bacs_refer_to_payer"),
            "retryScheduledFor": lambda f: f.local_date(),
            "attemptNumber": rint(1, 4),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Smart Data Consent Changed",
        MOBILE,
        {
            "consentId": lambda f: f.uuid(),
            "granularity": pick("half_hourly", "daily", "monthly"),
            "shareWithThirdParties": pick(True, False),
            "previousGranularity": pick("half_hourly", "daily", "monthly"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Login Failed",
        ["web"],
        {
            "identifier": Y(lambda f: f.mail(), "email", True),
            "reason": pick("bad_password", "locked", "unknown_user", "mfa_failed"),
            "attempt": rint(1, 5),
            "captchaShown": pick(True, False),
            "mfaMethod": pick("sms", "app", "none"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Password Reset Requested",
        ["node"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "resetToken": RED(lambda f: f.hexid(48), "token"),
            "expiresAt": lambda f: f.iso(),
            "requestIp": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Contact Detail Verified",
        MOBILE,
        {
            "channel": const("sms"),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "verified": pick(True, False),
            "attempts": rint(1, 4),
            "otpLength": const(6),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Address Selected",
        ["web"],
        {
            "id": lambda f: "GB|RM|A|" + f.digits(8),
            "label": Y(address_label, "address", True),
            "type": const("Address"),
            "resultCount": rint(1, 40),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Outage Map Searched",
        ["web", *MOBILE],
        {
            "q": Y(lambda f: f.postcode(), "zipcode", True),
            "resultsCount": rint(0, 12),
            "outagesNearby": rint(0, 3),
            "mapZoom": rint(10, 16),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "SMS Status Updated",
        ["php"],
        {
            "provider": const("twilio"),
            "MessageSid": lambda f: "SM" + f.hexid(32),
            "To": Y(lambda f: f.mobile(), "phone", True),
            "From": pick("BRIGHTGRID", "FibreLink", "+447700900000"),
            "Body": Y(sms_body, "name", True),
            "NumSegments": rint(1, 3),
            "MessageStatus": pick("delivered", "sent", "undelivered", "failed"),
        },
    ),
    (
        "bg",
        UK,
        "track",
        "Email Delivered",
        ["ruby"],
        {
            "to": Y(lambda f: f.mail(), "email", True),
            "template_id": lambda f: "d-" + f.hexid(32),
            "subject": pick(
                "Your bill is ready", "Time to submit a meter reading", "Your engineer is booked"
            ),
            "category": pick("billing", "readings", "appointments"),
            "sg_message_id": lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3),
        },
    ),
    (
        "bg",
        UK,
        "page",
        "Moving Home",
        ["web"],
        {
            "name": pick("Moving Home", "Tariffs", "Account Overview", "Smart Meters", "Help: Outages"),
            "path": pick("/moving-home", "/tariffs", "/account", "/smart-meters", "/help/outages"),
            "url": lambda f: SITES[(f.brand, f.cc)] + f.pick(["/moving-home", "/tariffs", "/account"]),
            "title": pick("Moving home | BrightGrid", "Tariffs | BrightGrid", "Your account"),
            "referrer": pick(
                "",
                "https://www.google.co.uk/",
                "https://www.brightgrid.co.uk/",
                "android-app://com.google.android.gm/",
            ),
            "search": pick("", "?from=app", "?utm_source=bill_email", "?tab=electricity"),
            "category": pick("account", "marketing", "help"),
        },
    ),
    (
        "bg",
        UK,
        "group",
        None,
        ["dotnet", "java"],
        {
            "name": _business,
            "industry": lambda f: f.biz[1],
            "employees": rint(4, 400),
            "plan": pick("business_fixed_24", "business_flex"),
            "website": lambda f: f.biz[2],
            "companyNumber": lambda f: f.pick(["0" + f.digits(7), "SC" + f.digits(6), "NI" + f.digits(6)]),
            "vatNumber": lambda f: "GB" + f.digits(9),
            "registeredOffice": {
                "line1": pick("Unit 4, Kestrel Park", "1 Mill Yard", "22 Brunswick Square"),
                "town": pick("Harrogate", "Wakefield", "Hove"),
                "postcode": pick("HG1 5AB", "WF1 2RR", "BN3 1EH"),
            },
            "billingContact": {
                "name": Y(lambda f: f.person(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.landline(), "phone"),
            },
            "sites": rint(1, 14),
            "annualSpend": money(3000, 250000),
        },
    ),
    # ================================ BrightGrid, US ================================
    (
        "bg",
        US,
        "identify",
        None,
        ["web", *MOBILE],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "phone_number": Y(lambda f: f.mobile(), "phone"),
            "service_address": us_address(),
            "customer_id": digits(10),
            "rate_plan": pick("Free Nights 12", "Fixed 24", "Variable", "Solar Buyback"),
            "autopay": pick(True, False),
            "paperless": pick(True, False),
            "medical_baseline": RED(pick(True, False), "health"),
            "life_support_equipment": RED(pick(True, False), "health"),
            "is_veteran": RED(pick(True, False), "veteran"),
            "care_enrolled": pick(True, False),
            "created_at": lambda f: f.iso(),
        },
    ),
    (
        "bg",
        US,
        "track",
        "Start Service Requested",
        ["node", "go"],
        {
            "request_id": lambda f: f.uuid(),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "date_of_birth": Y(lambda f: f.date(1940, 2004), "birthdate"),
            "drivers_license": {
                "number": Y(lambda f: f.us_dl(), "license"),
                "state": pick("TX", "OH", "GA", "AZ"),
            },
            "service_address": us_address(),
            "start_date": lambda f: f.local_date(),
            "esi_id": Y(lambda f: f.esi_id(), "identification"),
            "deposit_required": pick(True, False),
            "deposit_amount": pick(0, 100, 250, 400),
            "co_applicant": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
                "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            },
            "identity_check_result": pick("pass", "refer", "fail"),
            "ssn_provided": pick(True, False),
        },
    ),
    (
        "bg",
        US,
        "track",
        "AutoPay Enrolled",
        ["web", *MOBILE],
        {
            "customer_id": digits(10),
            "bank_routing_number": lambda f: f.aba(),
            "bank_account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_type": pick("checking", "savings"),
            "name_on_account": Y(lambda f: f.person(), "name"),
            "autopay_max_amount": pick(None, 200, 500),
        },
    ),
    (
        "bg",
        US,
        "track",
        "CARE Program Application Submitted",
        ["python"],
        {
            "application_id": lambda f: "CARE-" + f.digits(7),
            "household_size": rint(1, 8),
            "annual_household_income": Y(rint(12000, 90000), "salary"),
            "enrolled_programs": Many(pick("SNAP", "LIHEAP", "WIC", "Lifeline", "TANF"), 3),
            "income_verified": pick(True, False),
        },
    ),
    (
        "bg",
        US,
        "track",
        "Outage Reported",
        ["swift", "kotlin"],
        {
            "outage_id": lambda f: "OUT-" + f.digits(6),
            "service_address_verified": pick(True, False),
            "callback_phone": Y(lambda f: f.mobile(), "phone"),
            "location": {
                "latitude": Y(lambda f: round(f.r.uniform(25, 45), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122, -75), 6), "geolocation"),
            },
            "cause_guess": pick("storm", "tree_on_line", "transformer", "unknown"),
            "neighbors_affected": pick(True, False),
            "life_support_at_address": RED(pick(True, False), "health"),
            "photo_count": rint(0, 4),
        },
    ),
    # ================================ BrightGrid, Germany ================================
    (
        "bg",
        DE,
        "track",
        "Vertrag Abgeschlossen",
        ["java", "php"],
        {
            "vertragsnummer": digits(10, "V"),
            "kundennummer": digits(9),
            "anrede": Y(pick("Herr", "Frau", "Divers"), "gender"),
            "vorname": Y(lambda f: f.fn(), "name"),
            "nachname": Y(lambda f: f.ln(), "name"),
            "geburtsdatum": Y(
                lambda f: f.pick([f.date(1940, 2004), ".".join(reversed(f.date(1940, 2004).split("-")))]),
                "birthdate",
            ),
            "lieferanschrift": de_address(),
            "zaehlernummer": Y(lambda f: f.zaehlernummer(), "serial"),
            "malo_id": Y(lambda f: f.malo_id(), "identification"),
            "tarif": pick("GrünStrom Fix 24", "Ökostrom Flex", "Wärmepumpe Plus"),
            "abschlag_eur": rint(45, 220),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "kontoinhaber": Y(lambda f: f.person(), "name"),
            "bic": pick("COBADEFFXXX", "DEUTDEDBXXX", "GENODEF1S04", "BYLADEM1001"),
            "sepa_mandat_erteilt": pick(True, False),
            "lieferbeginn": lambda f: f.local_date(),
            "email": Y(lambda f: f.mail(), "email"),
            "telefon": Y(lambda f: f.any_phone(), "phone"),
        },
    ),
    (
        "bg",
        DE,
        "track",
        "Zählerstand Erfasst",
        ["flutter", "kotlin"],
        {
            "kundennummer": digits(9),
            "zaehlernummer": Y(lambda f: f.zaehlernummer(), "serial"),
            "malo_id": Y(lambda f: f.malo_id(), "identification"),
            "zaehlerstand": rint(1000, 99999),
            "ablesedatum": lambda f: f.local_date(),
            "ablesegrund": pick("turnus", "zwischenablesung", "auszug", "tarifwechsel"),
            "foto_hochgeladen": pick(True, False),
        },
    ),
    (
        "bg",
        DE,
        "track",
        "Umzug Gemeldet",
        ["php"],
        {
            "vertragsnummer": digits(10, "V"),
            "auszugsdatum": lambda f: f.local_date(),
            "neue_anschrift": de_address(),
            "nachmieter": Y(lambda f: f.person(), "name"),
            "vermieter": Y(lambda f: f.person(), "name"),
            "schlusszaehlerstand": rint(1000, 99999),
            "zaehlpunkt": Y(lambda f: f.zaehlpunkt(), "identification"),
        },
    ),
    # ================================ FibreLink, UK ================================
    (
        "fl",
        UK,
        "identify",
        None,
        ["web", *MOBILE],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "mobileNumber": Y(lambda f: f.mobile(), "phone"),
            "landlineNumber": Y(lambda f: f.landline(), "phone"),
            "address": {**uk_address(), "country": const("GB")},
            "accountNumber": digits(8, "A-"),
            "plan": lambda f: f.pick(FL_PLANS[:4])[1],
            "contractEndDate": lambda f: f.date(2025, 2027),
            "phoneVerified": pick(True, False),
            "hasStaticIp": pick(True, False),
            "createdAt": lambda f: f.iso(),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Availability Checked",
        ["web"],
        {
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "uprn": Y(lambda f: f.uprn(), "identification"),
            "selectedAddress": Y(address_label, "address"),
            "maxDownloadMbps": pick(80, 150, 500, 900, 1600),
            "technology": pick("FTTP", "FTTC", "none"),
            "available": pick(True, False),
            "exchange": pick("Headingley", "Roath", "Bishopston", "Withington", "Hove"),
            "cabinetId": lambda f: "CAB" + f.digits(3),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Products Searched",
        ["web"],
        {
            "query": pick("full fibre 900", "broadband and phone", "gigabit", "static ip", "mesh wifi"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Product Viewed",
        ["web", *MOBILE],
        {
            **plan_product(),
            "currency": const("GBP"),
            "position": rint(1, 6),
            "url": lambda f: (
                "https://www.fibrelink.co.uk/broadband/" + f.pick(["fibre-500", "full-fibre-900"])
            ),
            "speed_down": pick(150, 500, 900, 1600),
            "speed_up": pick(30, 75, 110, 220),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Product Added",
        ["web", *MOBILE],
        {
            "cart_id": lambda f: f.uuid(),
            **{
                k: v
                for k, v in plan_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": lambda f: "FL" + f.digits(8),
            "revenue": money(25, 80),
            "currency": const("GBP"),
            "coupon": pick("", "SWITCH50", "NOSETUP"),
            "products": Many(plan_product(), 3),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Checkout Step Completed",
        ["web"],
        {
            "checkout_id": lambda f: f.uuid(),
            "step": rint(1, 4),
            "payment_method": pick("direct_debit", "card"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": lambda f: f.uuid(),
            "order_id": lambda f: "FL" + f.digits(8),
            "payment_method": pick("card", "direct_debit"),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}",
            "cardholder_name": Y(lambda f: f.person(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": lambda f: "FL" + f.digits(8),
            "checkout_id": lambda f: f.uuid(),
            "total": money(25, 80),
            "discount": pick(0, 5, 50),
            "coupon": pick("", "SWITCH50", "NOSETUP"),
            "currency": const("GBP"),
            "products": Many(plan_product(), 3),
            "installation": {
                "address": uk_address(),
                "preferredDate": lambda f: f.local_date(),
                "slot": pick("AM", "PM", "ALL_DAY"),
            },
            "customer": {
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
            },
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Promotion Viewed",
        ["web"],
        {
            "promotion_id": lambda f: "promo_" + f.digits(4),
            "creative": pick("hero_banner_900", "sidebar_switch"),
            "name": pick("£50 switching credit", "No setup fee", "Free mesh booster"),
            "position": pick("home_hero", "checkout_sidebar"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Engineer Visit Scheduled",
        ["web", *MOBILE],
        {
            "visitId": lambda f: "V" + f.digits(8),
            "slot": pick("08:00-13:00", "12:00-18:00", "08:00-18:00"),
            "visitType": pick("install", "repair", "ont_swap", "survey"),
            "engineer": {
                "id": lambda f: "ENG" + f.digits(4),
                "name": Y(lambda f: f.person(), "name"),
                "photoUrl": Y(lambda f: f"https://cdn.fibrelink.co.uk/engineers/{f.digits(4)}.jpg", "photo"),
            },
            "accessNotes": pick(
                "Meter in cupboard under stairs",
                "Park on the drive",
                "Side gate is unlocked",
                "Flat above shop, use rear entrance",
                "Buzzer broken, knock loudly",
                "",
            ),
            "keySafeCode": RED(lambda f: f.digits(4), "secret|password"),
            "dogOnPremises": pick(True, False),
            "dogName": pick("Biscuit", "Bella", "Otis", "Nala", "Max"),
            "contactPhone": Y(lambda f: f.mobile(), "phone"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Engineer Arrived",
        ["go"],
        {
            "visitId": lambda f: "V" + f.digits(8),
            "engineer": {"id": lambda f: "ENG" + f.digits(4), "name": Y(lambda f: f.person(), "name")},
            "arrivedAt": lambda f: f.epoch_ms(),
            "engineerLocation": {
                "lat": Y(lambda f: round(f.r.uniform(50.2, 57.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-4.5, 1.6), 6), "geolocation"),
            },
            "minutesLate": rint(-20, 90),
            "jobCode": pick("INST-FTTP", "REP-LOS", "ONT-SWAP"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Engineer Job Completed",
        ["kotlin"],
        {
            "jobId": lambda f: "J" + f.digits(9),
            "note": Y(job_note, "phone", True),
            "ontSerial": Y(lambda f: f.ont_serial(), "serial"),
            "fibreSpliced": pick(True, False),
            "customerSignatureCaptured": pick(True, False),
            "customerSignedName": Y(lambda f: f.person(), "name"),
            "durationMins": rint(30, 240),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Engineer Rated",
        MOBILE,
        {
            "visitId": lambda f: "V" + f.digits(8),
            "rating": rint(1, 5),
            "comment": pick("Very tidy work", "Late but friendly", "Explained everything", "", "Left a mess"),
            "engineerFirstName": Y(lambda f: f.fn(), "name"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Router Activated",
        ["python", "go"],
        {
            "routerSerial": Y(lambda f: f.router_serial(), "serial"),
            "routerMac": Y(lambda f: f.mac_any(), "mac"),
            "routerModel": pick("FibreLink Hub 6", "FibreLink Hub 7 Pro", "Eero Pro 6E"),
            "firmwareVersion": pick("6.2.4.1", "7.0.11", "7.1.2"),
            "wanIp": Y(lambda f: f.ipv4(), "ip"),
            "ipv6Prefix": Y(lambda f: f.prefix6(), "ip"),
            "lanIp": pick("192.168.1.1", "192.168.0.1", "10.0.0.1"),
            "wifiSsid": lambda f: f.pick(["FibreLink-", "FL-5G-", "FibreLink_Hub_"]) + f.hexid(4).upper(),
            "wifiPassword": RED(lambda f: f.password(), "password"),
            "ontSerial": Y(lambda f: f.ont_serial(), "serial"),
            "macFilteringEnabled": pick(True, False),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Connected Devices Listed",
        ["python"],
        {
            "routerSerial": Y(lambda f: f.router_serial(), "serial"),
            "deviceCount": rint(2, 30),
            "devices": Many(
                {
                    "hostname": Y(hostname, "name", True),
                    "mac": Y(lambda f: f.mac_any(), "mac"),
                    "ip": lambda f: f.lan_ip(),
                    "band": pick("2.4GHz", "5GHz", "ethernet"),
                    "vendor": pick("Apple", "Samsung", "Intel", "Sonos", "Amazon"),
                },
                4,
            ),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "WAN Session Started",
        ["go"],
        {
            "User-Name": lambda f: "fl" + f.digits(8) + "@fibrelink.net",
            "Framed-IP-Address": Y(lambda f: f.ipv4(), "ip"),
            "Framed-IPv6-Prefix": Y(lambda f: f.prefix6(), "ip"),
            "Calling-Station-Id": Y(lambda f: f.mac().replace(":", "-"), "mac", True),
            "NAS-IP-Address": pick("10.40.0.1", "10.40.8.1", "10.52.0.1"),
            "Acct-Session-Id": lambda f: f.hexid(16).upper(),
            "Acct-Session-Time": rint(0, 864000),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Speed Test Completed",
        MOBILE,
        {
            "testId": lambda f: f.uuid(),
            "downloadMbps": money(20, 940),
            "uploadMbps": money(5, 220),
            "latencyMs": rint(3, 80),
            "server": {
                "id": digits(5),
                "name": pick("Ookla London", "Vodafone UK", "Community Fibre"),
                "city": pick("London", "Manchester", "Leeds", "Slough"),
            },
            "clientIp": Y(lambda f: f.ipv4(), "ip"),
            "connection": pick("wifi", "ethernet"),
            "wifiBand": pick("2.4GHz", "5GHz", "6GHz"),
            "rssi": rint(-85, -35),
            "isp": const("FibreLink"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Service Issue Reported",
        ["web", *MOBILE],
        {
            "ticketId": lambda f: "T" + f.digits(7),
            "issueType": pick("no_connection", "slow_speeds", "wifi_dropouts", "no_dial_tone"),
            "routerLights": Many(pick("power_green", "wan_red", "wifi_off", "internet_amber"), 3),
            "lastSeenOnline": lambda f: f.iso(),
            "callbackNumber": Y(lambda f: f.mobile(), "phone"),
            "bestTimeToCall": pick("morning", "afternoon", "evening"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Bill Paid",
        ["web", *MOBILE],
        {
            "invoiceNumber": lambda f: "INV-FL-" + f.digits(8),
            "amount": money(25, 90),
            "currency": const("GBP"),
            "method": pick("card", "direct_debit", "apple_pay"),
            "cardLast4": digits(4),
            "cardBrand": pick("visa", "mastercard"),
            "cardExpiry": lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}",
            "paidLate": pick(True, False),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Wi-Fi Password Changed",
        MOBILE,
        {
            "passwordStrength": pick("weak", "fair", "strong"),
            "passwordLength": rint(8, 24),
            "changedVia": pick("app", "router_ui"),
            "ssidChanged": pick(True, False),
            "wifiSsid": lambda f: f.pick(["FibreLink-", "FL-5G-", "FibreLink_Hub_"]) + f.hexid(4).upper(),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Profile Updated",
        ["web", *MOBILE],
        {
            "fieldsChanged": Many(pick("email", "phone", "address", "marketing", "password"), 3),
            "emailVerified": pick(True, False),
            "phoneVerified": pick(True, False),
            "phoneNumbersOnFile": rint(0, 3),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Chat Message Sent",
        ["node"],
        {
            "conversation_id": digits(12),
            "part_id": digits(11),
            "author_type": pick("user", "admin", "bot"),
            "text": Y(chat_text, "name", True),
            "channel": pick("web_messenger", "ios", "android"),
            "admin": {
                "id": digits(7),
                "name": Y(lambda f: f.person(), "name"),
                "avatar": Y(
                    lambda f: f"https://static.intercomassets.com/avatars/{f.digits(7)}/square_128/photo.jpg",
                    "photo",
                ),
            },
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Chat Rated",
        ["node"],
        {
            "conversation_id": digits(12),
            "rating": rint(1, 5),
            "remark": pick("Quick and helpful", "Took ages to get through", "Sorted my issue", "", "Meh"),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Bot Input Received",
        ["web"],
        {
            "botId": const("fl-helpbot"),
            "step": const("ask_email"),
            "input": Y(lambda f: f.mail(), "email", True),
            "intent": pick("billing", "fault", "moving", "cancel"),
            "confidence": lambda f: round(f.r.uniform(0.3, 0.99), 2),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Support Ticket Created",
        ["dotnet"],
        {
            "TicketId": digits(8),
            "Subject": pick("Intermittent connection", "Billing query", "Install reschedule", "Router fault"),
            "Description": Y(ticket_description, "phone", True),
            "Priority": pick("Low", "Normal", "High", "Urgent"),
            "Category": pick("Technical", "Billing", "Installations"),
            "CustomerEmail": Y(lambda f: f.mail(), "email"),
            "AssignedAgent": Y(lambda f: f.person(), "name"),
            "CreatedUtc": lambda f: f.iso(),
            "SlaHours": pick(4, 24, 48),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Account Deletion Requested",
        ["python"],
        {
            "requestId": lambda f: f.uuid(),
            "data_subject": Y(lambda f: f.mail(), "email", True),
            "requestType": pick("erasure", "access", "portability"),
            "verifiedBy": pick("email_link", "agent_call", "id_document"),
        },
    ),
    (
        "fl",
        UK,
        "identify",
        None,
        ["python"],
        {
            "CUSTOMER_ID": digits(9),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "FIRST_NAME": Y(lambda f: f.fn(), "name"),
            "LAST_NAME": Y(lambda f: f.ln(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.mobile(), "phone"),
            "POSTCODE_DISTRICT": pick("LS6", "CF24", "BS7", "M20", "BN3", "NR2"),
            "LIFETIME_VALUE": money(30, 4000),
            "CHURN_RISK_SCORE": lambda f: round(f.r.random(), 3),
            "PLAN_CODE": lambda f: f.pick(FL_PLANS[:4])[0],
            "SIGNUP_DATE": lambda f: f.date(2018, 2024),
            "HAS_OPEN_COMPLAINT": pick(True, False),
        },
    ),
    (
        "fl",
        UK,
        "track",
        "Lead",
        ["node"],
        {
            "event_id": lambda f: f.uuid(),
            "action_source": const("website"),
            "user_data": {
                "em": Many(Y(lambda f: f.hexid(64), "email"), 1),
                "ph": Many(Y(lambda f: f.hexid(64), "phone"), 1),
                "external_id": Many(lambda f: f.hexid(64), 1),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ip6()]), "ip"),
                "client_user_agent": lambda f: f.pick(UAS),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {
                "currency": const("GBP"),
                "value": money(25, 80),
                "content_name": lambda f: f.pick(FL_PLANS[:4])[1],
            },
        },
    ),
    (
        "fl",
        UK,
        "track",
        "install-partner-job-update",
        ["ruby"],
        {
            "job-ref": lambda f: "OR-" + f.digits(7),
            "partner-name": pick("Kelly Communications", "Telent", "MJ Quinn"),
            "customer-name": Y(lambda f: f.person(), "name"),
            "customer-tel": Y(lambda f: f.any_phone(), "phone"),
            "install-postcode": Y(lambda f: f.postcode(), "zipcode"),
            "status": pick("scheduled", "on_route", "complete", "no_access"),
            "eta-minutes": rint(0, 240),
        },
    ),
    ("fl", UK, "alias", None, MOBILE, {}),
    # ================================ FibreLink, Brazil ================================
    (
        "fl",
        BR,
        "identify",
        None,
        ["flutter", "rn", "web"],
        {
            "nome_completo": Y(lambda f: f.person(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(
                lambda f: f.pick([f.date(1945, 2005), "/".join(reversed(f.date(1945, 2005).split("-")))]),
                "birthdate",
            ),
            "celular": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "sexo": Y(pick("M", "F", "F", "M", "outro"), "sex"),
            "endereco": br_address(),
            "plano": pick("Fibra 300 Mega", "Fibra 500 Mega", "Fibra 1 Giga"),
            "cliente_desde": lambda f: f.date(2016, 2024),
            "aceita_whatsapp": pick(True, False),
        },
    ),
    (
        "fl",
        BR,
        "track",
        "Pedido Criado",
        ["node"],
        {
            "pedido_id": digits(9),
            "plano": pick("Fibra 300 Mega", "Fibra 500 Mega", "Fibra 1 Giga"),
            "valor_mensal": pick(99.9, 119.9, 149.9),
            "forma_pagamento": pick("boleto", "pix", "cartao_credito", "debito_automatico"),
            "dia_vencimento": pick(5, 10, 15, 20, 25),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "rg": RED(lambda f: f.rg(), "national id"),
            "selfie_url": Y(lambda f: f"https://kyc.fibrelink.com.br/selfies/{f.uuid()}.jpg", "photo"),
            "endereco_instalacao": br_address(),
            "telefone_contato": Y(lambda f: f.any_phone(), "phone"),
        },
    ),
    (
        "fl",
        BR,
        "track",
        "Visita Técnica Agendada",
        ["flutter", "node"],
        {
            "protocolo": lambda f: "2024" + f.digits(10),
            "data_agendada": lambda f: f.local_date(),
            "periodo": pick("manhã", "tarde"),
            "tecnico": {"nome": Y(lambda f: f.person(), "name"), "matricula": digits(6)},
            "observacoes": pick("Portão azul", "Cachorro bravo no quintal", "Interfone não funciona", ""),
            "numero_instalacao": Y(lambda f: f.digits(10), "identification"),
        },
    ),
    (
        "fl",
        BR,
        "track",
        "Fatura Paga",
        ["node", "flutter"],
        {
            "numero_fatura": digits(10),
            "valor": pick(99.9, 119.9, 149.9, 74.95),
            "vencimento": lambda f: f.local_date(),
            "linha_digitavel": lambda f: (
                f"23793.{f.digits(5)} {f.digits(5)}.{f.digits(6)} {f.digits(5)}.{f.digits(6)} "
                f"{f.r.randint(1, 9)} {f.digits(14)}"
            ),
            "meio": pick("pix", "boleto", "cartao"),
            "cartao_final": digits(4),
            "bandeira": pick("visa", "mastercard", "elo", "hipercard"),
        },
    ),
    (
        "fl",
        BR,
        "track",
        "Reembolso Solicitado",
        ["node"],
        {
            "protocolo": lambda f: "2024" + f.digits(10),
            "valor": pick(99.9, 119.9, 149.9, 74.95),
            "chave_pix": RED(lambda f: f.pick([f.cpf(), f.mail(), f.mobile(), f.uuid()]), "bank account"),
            "tipo_chave": pick("cpf", "email", "telefone", "aleatoria"),
            "titular": Y(lambda f: f.person(), "name"),
            "motivo": pick("cobranca_duplicada", "cancelamento", "desconto_nao_aplicado"),
        },
    ),
    # ================================ FibreLink, Germany ================================
    (
        "fl",
        DE,
        "track",
        "Hausanschluss Beauftragt",
        ["php", "java"],
        {
            "auftragsnummer": lambda f: "GF-" + f.digits(8),
            "eigentuemer": {
                "vorname": Y(lambda f: f.fn(), "name"),
                "nachname": Y(lambda f: f.ln(), "name"),
                "telefon": Y(lambda f: f.any_phone(), "phone"),
            },
            "gestattungsvertrag_unterschrieben": pick(True, False),
            "anschlussadresse": de_address(),
            "wunschtermin": lambda f: f.local_date(),
            "techniker": Y(lambda f: f.person(), "name"),
        },
    ),
    (
        "fl",
        DE,
        "track",
        "Störung Gemeldet",
        ["flutter", "web"],
        {
            "ticket-nr": digits(8),
            "störungsart": pick("kein_internet", "langsam", "wlan_abbrüche", "telefonie"),
            "rückrufnummer": Y(lambda f: f.mobile(), "phone"),
            "router-seriennummer": Y(lambda f: f.router_serial(), "serial"),
            "led-status": pick("rot", "orange", "aus", "grün_blinkend"),
            "seit": lambda f: f.iso(),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Gen(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand, markets, kind, event, clients, body in EVENTS:
            f.brand, f.cc = brand, f.pick(markets)
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if client in MOBILE or client == "web" or f.r.random() < 0.5:
                msg["userId"] = f.pick([f.digits(8), "usr_" + f.hexid(12), f.uuid()])
            else:
                msg["userId"] = f.digits(9)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "biz_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(fix(body), f, section, labels)
                if kind == "page":
                    msg["name"] = msg[section]["name"]
            msg["context"] = render(fix(context_for(f, client)), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=40, repeats=30)
    write(Path(__file__).parent, "holdout40_", events, labels)
