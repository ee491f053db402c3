"""Writes the twenty-first holdout: tests/corpus/holdout21_events.jsonl and holdout21_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
holdouts' labels (only build.py, fake.py and build_holdout3.py's format were read), and never
scored by its author. Run: `.venv/bin/python -m tests.corpus.build_holdout21` (seeded, so the
output is the same on every run).

Domain: local services and mobility, three fictional Segment customers.
- Fixly, a home-services marketplace in Brazil and Germany: customers, bookings of cleaners and
  plumbers with home addresses, access instructions and door codes, pro profiles and reviews,
  payouts to pros (CPF/CNPJ, PIX keys and a PIX BR Code, a German IBAN and Steuer-ID from a .NET
  service), a German PHP backend with German keys, a Webflow form with kebab-case keys, a
  WhatsApp Cloud API webhook, a Zendesk-shaped ticket, form analytics, B2B group calls.
- Zoomr, ride hailing and scooters in Indonesia, Korea and the US: trips with pickup and drop-off
  coordinates and an encoded route polyline, drivers, safety reports, lost items, trusted
  contacts, shared trips, driver onboarding (NIK, Korean resident registration numbers, SIM and
  driving licences, plates, VINs, SSNs, insurance policies, a Checkr-shaped background check), a
  KTP OCR vendor payload with Indonesian keys, a Korean partner backend with Hangul keys, a Kakao
  login profile, an AppsFlyer-shaped install, scooters (serials, BLE MACs, parking photos).
- Staybnb, short-term rentals: guests and hosts, co-travellers, identity verification, check-in
  instructions, messages, reviews, damage claims, payouts, gift cards, a Twilio call callback,
  Reverse-ETL rows with SCREAMING_SNAKE warehouse columns, a guest-registration export.
Contexts as the real libraries send them: analytics.js (page, userAgentData, campaign),
analytics-swift (IDFA, zeroed when tracking is not authorised; push token), analytics-kotlin
(with a location plugin on the driver app), analytics-react-native (context.traits),
analytics_flutter, and the python, node, go, java, ruby, php and .NET server libraries. Calls:
identify, track, page, screen, group, alias.

Conventions: about 83 % of the leaf keys are camelCase or snake_case English; about 17 % are
PascalCase (.NET, Twilio), kebab-case (a Webflow form), SCREAMING_SNAKE (Reverse ETL),
Portuguese, German, Indonesian and Korean (Hangul and romanised). Values are synthetic: names
from many cultures and scripts, national phone formats, local addresses, CPF/CNPJ, NIK, RRN and
Steuer-ID with valid check digits, mod-97 IBANs, Luhn card numbers, ABA-valid routing numbers,
check-digit VINs, a CRC-valid BR Code.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the user, a pro, a driver, a host, a guest, a
  co-traveller, a trusted contact, a support agent): names, contact details, the person's own
  address and precise location, birth dates, government ids, financial accounts, full card
  numbers, health and other special categories, credentials and secrets they hold, IP addresses,
  advertising ids. Colour = the reference's default for the matcher; outside the reference: red
  for credentials/secrets, card numbers, bank accounts, government ids and health; yellow
  otherwise (geolocation, advertising id, marital status).
- Green: ids we issue, UUIDs, SKUs, versions, timestamps, hashes of non-PII, amounts (payouts and
  fares included), enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `cpf_valid`, `phone_count`), product / listing / service / company / pet / vehicle-model names,
  places that are not the person's (a searched destination, a listing's public city, a company's
  address), countries, states, locales, timezones, currencies, user agents, OS-issued device ids.
  Card brand, last four, expiry, BIN and a masked PAN (BIN + last four) are green; bank codes,
  branch numbers (agência) and routing numbers identify the bank: green; the last four of an SSN
  are red.
- Booleans that themselves reveal a special category are PII of that category, red (a
  wheelchair-accessible ride requested: disability; service animal: disability; veteran).
- Decisions made where a careful privacy owner might hesitate (each applied consistently):
  pickup and drop-off points, routes and a person's saved home/work place are where the person
  is or lives: yellow (geolocation or address); a typed search query is green. A private host's
  listing address and coordinates are yellow (a natural person's property), the listing city
  shown publicly in searches and bookings is green. Door, gate and lockbox codes and Wi-Fi
  passwords a person holds are red (secret / password). A vehicle plate, VIN or licence of a
  driver's or pro's own vehicle is yellow (`license|identification`, `serial|identification`);
  scooter serials, scooter BLE MACs and scooter/damage photos are company assets or things:
  green. A field holding CPF or CNPJ of a pro (often a sole trader) is red national id; a CNPJ in
  a company's group traits is green. A salutation (Herr/Frau) is gender. Place of birth is city.
  A doorbell name plate (Klingelschild) is name. A photo of a person (avatar, selfie, ID
  document scan) is photo; photos of things are green. Push tokens are red token. A company's
  own phone number (a WhatsApp business number, a support line) is green. A blood group is
  health (red); religion and marital status read off an ID card are yellow (the reference's
  colour for religion; marital status as personal data outside the reference). Kakao's
  birthyear and birthday (MMDD) are each birthdate. An insurance policy number is
  identification.
- value_only is true when the key does not say what the value is (`q`, `input`, `text`, `value`,
  `comment`, `selection.label`, `recipient`, `from`, `From`, `wa_id`, `flagged_text`,
  `public_review`, `message_to_host`, `gift_message`, `access_instructions`, `instructions`) and
  only the value reveals it; every value of a value_only PII path carries that PII (the
  generators guarantee it; names in review and message text are the host's or pro's). Free
  text is labelled by what every one of its values carries, green when none does (notes,
  descriptions, private feedback and chat bodies here carry no PII).
- One label per path across events: identify traits never use `name` (group calls use it for
  the company), `properties.name` is always a page, screen, product or listing name.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "BR": [
        "Ana",
        "João",
        "Maria Eduarda",
        "Pedro Henrique",
        "Luana",
        "Thiago",
        "Camila",
        "Rafael",
        "Beatriz",
        "Gustavo",
        "Juliana",
        "Lucas",
        "Fernanda",
        "Francisco",
        "Antônia",
        "Raimundo",
    ],
    "DE": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Marie",
        "Paul",
        "Sophie",
        "Leon",
        "Hannah",
        "Jürgen",
        "Ursula",
        "Mehmet",
        "Ayşe",
        "Dragan",
        "Katarzyna",
    ],
    "ID": [
        "Budi",
        "Siti",
        "Agus",
        "Dewi",
        "Rizky",
        "Putri",
        "Andi",
        "Nur",
        "Eko",
        "Fitri",
        "Wayan",
        "Made",
        "Joko",
        "Intan",
        "Hendra",
        "Ayu",
    ],
    "US": [
        "Emily",
        "Jamal",
        "Carlos",
        "Aaliyah",
        "Michael",
        "Priya",
        "Tyler",
        "Mei",
        "José",
        "Ashley",
        "DeShawn",
        "Olivia",
        "Hunter",
        "Fatima",
        "Wei",
        "Keanu",
    ],
    "INTL": [
        "Camille",
        "Haruto",
        "Chinedu",
        "Ananya",
        "Lucía",
        "Giulia",
        "Daan",
        "Zofia",
        "Youssef",
        "Charlotte",
        "Sione",
        "Ingrid",
        "Matías",
        "Aigerim",
        "Thandiwe",
        "Liam",
    ],
}
LAST = {
    "BR": [
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Pereira",
        "Lima",
        "Carvalho",
        "Ferreira",
        "Rodrigues",
        "Almeida",
        "Costa",
        "Gonçalves",
        "Nascimento",
        "Araújo",
    ],
    "DE": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Y\u0131lmaz",
        "Kaya",
        "Nowak",
        "Richter",
        "Wolf",
    ],
    "ID": [
        "Santoso",
        "Rahmawati",
        "Wijaya",
        "Lestari",
        "Saputra",
        "Pratama",
        "Hidayat",
        "Kusuma",
        "Nugroho",
        "Siregar",
        "Simanjuntak",
        "Harahap",
        "Setiawan",
        "Gunawan",
    ],
    "US": [
        "Johnson",
        "Williams",
        "Hernandez",
        "Nguyen",
        "Smith",
        "Patel",
        "Brown",
        "Kim",
        "Jackson",
        "Rodriguez",
        "O'Connor",
        "Martinez",
        "Goldberg",
        "Washington",
        "Kealoha",
    ],
    "INTL": [
        "Laurent",
        "Tanaka",
        "Okeke",
        "Iyer",
        "Fernández",
        "Romano",
        "de Vries",
        "Wiśniewska",
        "El Amrani",
        "Taylor",
        "Tupou",
        "Johansen",
        "Rojas",
        "Nurlanovna",
        "Dlamini",
        "Murphy",
    ],
}
KR_FAMILY = [
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
]
KR_GIVEN = [
    ("민준", "Minjun"),
    ("서연", "Seoyeon"),
    ("지훈", "Jihoon"),
    ("수아", "Sua"),
    ("예준", "Yejun"),
    ("하은", "Haeun"),
    ("현우", "Hyunwoo"),
    ("지민", "Jimin"),
    ("서준", "Seojun"),
    ("채원", "Chaewon"),
    ("도윤", "Doyun"),
    ("지우", "Jiwoo"),
]
MAIL = {
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"],
    "KR": ["naver.com", "daum.net", "kakao.com", "gmail.com", "hanmail.net"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com"],
    "INTL": ["gmail.com", "orange.fr", "yahoo.co.jp", "libero.it", "hotmail.co.uk", "protonmail.com"],
}
CITY = {
    "BR": [
        ("São Paulo", "SP", -23.5505, -46.6333),
        ("Rio de Janeiro", "RJ", -22.9068, -43.1729),
        ("Belo Horizonte", "MG", -19.9167, -43.9345),
        ("Curitiba", "PR", -25.4284, -49.2733),
        ("Porto Alegre", "RS", -30.0346, -51.2177),
    ],
    "DE": [
        ("Berlin", "BE", 52.52, 13.405),
        ("München", "BY", 48.1351, 11.582),
        ("Köln", "NW", 50.9375, 6.9603),
        ("Hamburg", "HH", 53.5511, 9.9937),
        ("Frankfurt am Main", "HE", 50.1109, 8.6821),
    ],
    "ID": [
        ("Jakarta Selatan", "DKI Jakarta", -6.2615, 106.8106),
        ("Bandung", "Jawa Barat", -6.9175, 107.6191),
        ("Surabaya", "Jawa Timur", -7.2575, 112.7521),
        ("Denpasar", "Bali", -8.6705, 115.2126),
    ],
    "KR": [
        ("서울", "서울특별시", 37.5665, 126.978),
        ("부산", "부산광역시", 35.1796, 129.0756),
        ("인천", "인천광역시", 37.4563, 126.7052),
        ("성남", "경기도", 37.4200, 127.1265),
    ],
    "US": [
        ("San Francisco", "CA", 37.7749, -122.4194),
        ("Austin", "TX", 30.2672, -97.7431),
        ("New York", "NY", 40.7128, -74.006),
        ("Chicago", "IL", 41.8781, -87.6298),
        ("Seattle", "WA", 47.6062, -122.3321),
    ],
    "INTL": [
        ("Paris", "FR", 48.8566, 2.3522),
        ("Osaka", "JP", 34.6937, 135.5023),
        ("Lagos", "NG", 6.5244, 3.3792),
        ("Bengaluru", "IN", 12.9716, 77.5946),
        ("Madrid", "ES", 40.4168, -3.7038),
        ("Milano", "IT", 45.4642, 9.19),
        ("Utrecht", "NL", 52.0907, 5.1214),
        ("Auckland", "NZ", -36.8485, 174.7633),
    ],
}
COUNTRY = {"BR": "BR", "DE": "DE", "ID": "ID", "KR": "KR", "US": "US"}
BR_STREETS = [
    "Rua Augusta",
    "Avenida Paulista",
    "Rua das Laranjeiras",
    "Rua Oscar Freire",
    "Avenida Atlântica",
    "Rua Voluntários da Pátria",
    "Rua Haddock Lobo",
    "Rua Barão de Jaguara",
    "Rua Pernambuco",
]
BR_BAIRROS = [
    "Consolação",
    "Pinheiros",
    "Vila Madalena",
    "Copacabana",
    "Botafogo",
    "Moema",
    "Tatuapé",
    "Savassi",
    "Batel",
    "Moinhos de Vento",
]
DE_STREETS = [
    "Kastanienallee",
    "Schönhauser Allee",
    "Bergmannstraße",
    "Leopoldstraße",
    "Hauptstraße",
    "Goethestraße",
    "Sonnenallee",
    "Ehrenfeldgürtel",
    "Osterstraße",
    "Berger Straße",
]
DE_KIEZ = ["Prenzlauer Berg", "Schwabing", "Ehrenfeld", "Ottensen", "Bornheim", "Kreuzberg", "Neukölln"]
ID_STREETS = [
    "Jl. Kemang Raya",
    "Jl. Ir. H. Juanda",
    "Jl. Dago",
    "Jl. Raya Darmo",
    "Gg. Melati II",
    "Jl. Tebet Barat Dalam",
    "Jl. Teuku Umar",
    "Jl. Margonda Raya",
    "Jl. Kaliurang",
]
ID_KEL = ["Bangka", "Lebak Bulus", "Dago", "Menteng", "Tegalsari", "Dauh Puri", "Tebet Barat", "Cipete Utara"]
ID_KEC = ["Mampang Prapatan", "Cilandak", "Coblong", "Tegalsari", "Denpasar Barat", "Tebet", "Kebayoran Baru"]
KR_ROADS = [
    "강남구 테헤란로",
    "마포구 양화로",
    "해운대구 해운대해변로",
    "송파구 올림픽로",
    "분당구 판교역로",
    "종로구 세종대로",
]
US_STREETS = [
    "Mission St",
    "Valencia Street",
    "E 6th St",
    "Amsterdam Ave",
    "N Milwaukee Ave",
    "Pike St",
    "S Congress Ave",
    "Broadway",
    "Dolores St",
    "W Armitage Ave",
]
INTL_STREETS = [
    "12 Rue de Rivoli",
    "3-5-1 Umeda",
    "14 Admiralty Way",
    "221 100 Feet Road",
    "Calle de Alcalá 48",
    "Via Torino 61",
    "Oudegracht 155",
    "27 Ponsonby Road",
]


def fold(s: str) -> str:
    s = s.replace("\u0131", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c in string.ascii_letters + " -'").lower()


class Person:
    """One natural person of a market: names, contacts and home, consistent within a message."""

    def __init__(self, f: "F", market: str):
        r = f.r
        self.market = market
        if market == "KR":
            fam, given = r.choice(KR_FAMILY), r.choice(KR_GIVEN)
            self.first, self.last = (given[0], fam[0]) if r.random() < 0.6 else (given[1], fam[1])
            self.full = fam[0] + given[0] if self.first == given[0] else f"{given[1]} {fam[1]}"
            local = f"{given[1].lower()}{r.choice(['', '.', '_'])}{fam[1].lower()}{r.randint(1, 99)}"
        else:
            self.first, self.last = r.choice(FIRST[market]), r.choice(LAST[market])
            if market == "ID" and r.random() < 0.2:
                self.last = ""  # many Indonesians have a single name
            self.full = f"{self.first} {self.last}".strip()
            a, b = fold(self.first).replace(" ", ""), fold(self.last).replace(" ", "").replace("'", "")
            local = r.choice(
                [f"{a}.{b}", f"{a}{b}{r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{r.randint(70, 2005)}"]
            )
            local = local.strip(".")
        self.email = f"{local}@{r.choice(MAIL[market])}"
        self.phone = f.phone_of(market)
        city = r.choice(CITY[market])
        self.city, self.state, self.clat, self.clon = city
        self.country = city[1] if market == "INTL" else COUNTRY[market]
        self.birthdate = f.date(1958, 2004)
        self.gender = r.choice(["female", "male"])
        self.currency = {"BR": "BRL", "DE": "EUR", "ID": "IDR", "KR": "KRW", "US": "USD"}.get(market, "EUR")
        self.pay = "ach" if market == "US" else r.choice(["sepa", "sepa", "paypal"])
        self.pixkind = r.choice(["cpf", "email", "telefone", "aleatoria"])
        self.pj = r.random() < 0.3


class F(Fake):
    """fake.Fake plus the local formats this domain needs; `p` is the message's main person."""

    p: Person

    def person(self, market: str) -> Person:
        return Person(self, market)

    def n(self, k: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def phone_of(self, market: str) -> str:
        r, n = self.r, self.n
        if market == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            m = "9" + n(8)
            return r.choice(
                [
                    f"+55 {ddd} {m[:5]}-{m[5:]}",
                    f"({ddd}) {m[:5]}-{m[5:]}",
                    f"+55{ddd}{m}",
                    f"{ddd} {m[:5]}-{m[5:]}",
                ]
            )
        if market == "DE":
            pre = r.choice(["151", "152", "160", "170", "171", "176", "179"])
            m = n(8)
            return r.choice(
                [f"+49 {pre} {m}", f"0{pre} {m}", f"+49{pre}{m}", f"0{pre}/{m[:4]} {m[4:]}", f"030 {n(8)}"]
            )
        if market == "ID":
            pre = r.choice(["811", "812", "813", "821", "852", "857", "878", "896"])
            a, b = n(4), n(4)
            return r.choice(
                [
                    f"+62 {pre}-{a}-{b}",
                    f"0{pre}-{a}-{b}",
                    f"0{pre}{a}{b}",
                    f"+62{pre}{a}{b}",
                    f"0{pre} {a} {b}",
                ]
            )
        if market == "KR":
            a, b = n(4), n(4)
            return r.choice([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+8210{a}{b}"])
        if market == "US":
            return self.phone(r.choice(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))
        return r.choice(
            [
                "+33 6 " + " ".join(n(2) for _ in range(4)),
                f"+81 90-{n(4)}-{n(4)}",
                f"+234 803 {n(3)} {n(4)}",
                f"+91 {r.randint(70000, 99999)} {n(5)}",
                f"+34 6{n(2)} {n(2)} {n(2)} {n(2)}",
                f"+39 347 {n(3)} {n(4)}",
                f"+31 6 {n(8)}",
                f"+44 7700 900{n(3)}",
                f"+64 21 {n(3)} {n(4)}",
            ]
        )

    # -- addresses of the message's person ------------------------------------------------------
    def street_of(self, p: Person) -> str:
        r = self.r
        if p.market == "BR":
            return f"{r.choice(BR_STREETS)}, {r.randint(10, 3200)}"
        if p.market == "DE":
            return f"{r.choice(DE_STREETS)} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}"
        if p.market == "ID":
            street, number = r.choice(ID_STREETS), r.randint(1, 120)
            return f"{street} No. {number}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}"
        if p.market == "KR":
            return f"{p.state} {r.choice(KR_ROADS)} {r.randint(1, 400)}"
        if p.market == "US":
            return f"{r.randint(10, 4999)} {r.choice(US_STREETS)}" + r.choice(
                ["", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"]
            )
        return r.choice(INTL_STREETS)

    def zip_of(self, p: Person) -> str:
        r = self.r
        if p.market == "BR":
            return f"{r.randint(1000, 99999):05d}-{self.n(3)}"
        if p.market == "US":
            z = f"{r.randint(10001, 98199)}"
            return z if r.random() < 0.8 else f"{z}-{self.n(4)}"
        if p.market == "INTL":
            return r.choice(["75004", "530-0001", "101233", "560038", "28014", "20123", "3511 AA", "1011"])
        return f"{r.randint(1067, 99998):05d}"

    def full_address(self, p: Person) -> str:
        if p.market == "BR":
            return (
                f"{self.street_of(p)} - {self.r.choice(BR_BAIRROS)}, {p.city} - {p.state}, {self.zip_of(p)}"
            )
        if p.market == "DE":
            return f"{self.street_of(p)}, {self.zip_of(p)} {p.city}"
        if p.market == "ID":
            return f"{self.street_of(p)}, {self.r.choice(ID_KEL)}, {p.city} {self.zip_of(p)}"
        if p.market == "KR":
            return f"{self.street_of(p)}, {self.r.randint(1, 20)}층"
        if p.market == "US":
            return f"{self.street_of(p)}, {p.city}, {p.state} {self.zip_of(p)}"
        return f"{self.street_of(p)}, {p.city}"

    def near(self, p: Person, spread=0.06) -> tuple[float, float]:
        return (
            round(p.clat + self.r.uniform(-spread, spread), 6),
            round(p.clon + self.r.uniform(-spread, spread), 6),
        )

    # -- identifiers with check digits ----------------------------------------------------------
    def cpf(self, formatted=None) -> str:
        d = [self.r.randint(0, 9) for _ in range(9)]
        for k in (10, 11):
            s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def cnpj(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            s = sum(x * w for x, w in zip(d, weights))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        return f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}/{raw[8:12]}-{raw[12:]}" if self.r.random() < 0.7 else raw

    def nik(self, p: Person | None = None) -> str:
        region = self.pick(["3174", "3171", "3273", "3578", "5171", "3276"])
        y, m, d = self.date(1965, 2003).split("-")
        day = int(d) + (40 if p is not None and p.gender == "female" else 0)
        return f"{region}{self.r.randint(1, 12):02d}{day:02d}{m}{y[2:]}{self.r.randint(1, 999):04d}"

    def rrn(self) -> str:
        y, m, d = self.date(1960, 2003).split("-")
        g = self.pick(["1", "2"]) if int(y) < 2000 else self.pick(["3", "4"])
        body = f"{y[2:]}{m}{d}{g}{self.n(5)}"
        s = sum(int(c) * w for c, w in zip(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
        check = (11 - s % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def steuer_id(self) -> str:
        digits = self.r.sample(range(10), 9)
        digits.append(self.pick(digits))
        self.r.shuffle(digits)
        if digits[0] == 0:
            i = next(i for i, x in enumerate(digits) if x)
            digits[0], digits[i] = digits[i], digits[0]
        product = 10
        for x in digits:
            s = (x + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        raw = "".join(map(str, digits)) + str(check)
        return raw if self.r.random() < 0.7 else f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"

    def iban_of(self, country: str) -> str:
        if country == "BR":
            bban = (
                self.pick(["18236120", "60701190", "00000000", "00360305"])
                + self.n(5)
                + self.n(10)
                + self.pick("CP")
                + "1"
            )
        elif country == "DE":
            bban = self.pick(["10010010", "10070024", "20041133", "37040044", "70150000"]) + self.n(10)
        elif country == "FR":
            bban = "30006" + self.n(5) + self.n(11) + self.n(2)
        elif country == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO"]) + self.n(10)
        elif country == "GB":
            bban = self.pick(["NWBK", "BARC", "MIDL"]) + self.n(6) + self.n(8)
        else:  # ES
            bban = self.n(20)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.4 else raw

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vin = list(
            self.pick(["1HG", "4T1", "5YJ", "1FA", "KMH", "2T3"])
            + "".join(self.pick(chars) for _ in range(14))
        )
        trans = {
            c: v
            for c, v in zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        s = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(vin, weights))
        vin[8] = "X" if s % 11 == 10 else str(s % 11)
        return "".join(vin)

    def routing(self) -> str:
        return self.pick(["021000021", "121000358", "026009593", "011000138", "322271627", "111000614"])

    def plate(self, market: str) -> str:
        r, up = self.r, string.ascii_uppercase
        if market == "ID":
            area, number = r.choice(["B", "D", "L", "DK", "AB"]), r.randint(1000, 9999)
            return f"{area} {number} {''.join(r.choice(up) for _ in range(r.choice([2, 3])))}"
        if market == "KR":
            syllables = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
            return f"{r.randint(10, 399)}{r.choice(syllables)}{r.randint(1000, 9999)}"
        if market == "BR":
            return (
                f"{''.join(r.choice(up) for _ in range(3))}{r.randint(0, 9)}{r.choice(up)}{r.randint(10, 99)}"
            )
        if market == "DE":
            district = r.choice(["B", "M", "K", "HH", "F"])
            return f"{district}-{''.join(r.choice(up) for _ in range(2))} {r.randint(1, 9999)}"
        return r.choice(
            [
                f"{r.randint(5, 9)}{''.join(r.choice(up) for _ in range(3))}{r.randint(100, 999)}",
                f"{''.join(r.choice(up) for _ in range(3))}-{r.randint(1000, 9999)}",
            ]
        )

    def dl(self, market: str) -> str:
        r, n = self.r, self.n
        if market == "KR":
            region = r.choice(["11", "12", "13", "21", "28"])
            year = r.randint(90, 99) if r.random() < 0.5 else r.randint(0, 23)
            return f"{region}-{year:02d}-{n(6)}-{n(2)}"
        if market == "ID":
            return f"{n(4)}-{n(4)}-{n(6)}" if r.random() < 0.6 else n(12)
        if market == "DE":
            return "B0" + n(2) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(7))
        return r.choice(
            [
                r.choice("ABDFGY") + n(7),
                n(8),
                n(9),
                f"{r.choice(string.ascii_uppercase)}{n(3)}-{n(3)}-{n(2)}-{n(3)}-{n(1)}",
                "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
            ]
        )

    def passport(self, country: str) -> str:
        r, n, up = self.r, self.n, string.ascii_uppercase
        return {
            "US": r.choice(["5", "6", "A"]) + n(8),
            "DE": "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "BR": "".join(r.choice(up) for _ in range(2)) + n(6),
            "KR": r.choice(["M", "S"]) + n(8),
            "ID": r.choice(["C", "X", "E"]) + n(7),
            "FR": n(2) + "".join(r.choice(up) for _ in range(2)) + n(5),
            "JP": r.choice(["TK", "TR", "MZ"]) + n(7),
            "IN": r.choice(up) + n(7),
            "GB": n(9),
            "NG": "A" + n(8),
        }[country]

    def dni(self) -> str:
        num = self.r.randint(10_000_000, 79_999_999)
        return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"

    def polyline(self, p: Person) -> str:
        lat, lon = self.near(p)
        out, plat, plon = [], 0, 0
        for _ in range(self.r.randint(6, 14)):
            lat += self.r.uniform(-0.004, 0.004)
            lon += self.r.uniform(-0.004, 0.004)
            ilat, ilon = round(lat * 1e5), round(lon * 1e5)
            for d in (ilat - plat, ilon - plon):
                v = ~(d << 1) if d < 0 else d << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ilat, ilon
        return "".join(out)

    def brcode(self, amount: float) -> str:
        def tlv(tag: str, value: str) -> str:
            return f"{tag}{len(value):02d}{value}"

        valor = f"{amount:.2f}"
        payload = (
            "000201"
            + tlv("26", tlv("00", "br.gov.bcb.pix") + tlv("01", "7d9f0335-8dcc-4054-9bf9-0dbd61d36906"))
            + "52040000"
            + "5303986"
            + tlv("54", valor)
            + "5802BR"
            + tlv("59", "FIXLY SERVICOS LTDA")
            + tlv("60", "SAO PAULO")
            + tlv("62", tlv("05", "FX" + self.hexid(10).upper()))
            + "6304"
        )
        crc = 0xFFFF
        for byte in payload.encode():
            crc ^= byte << 8
            for _ in range(8):
                crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
                crc &= 0xFFFF
        return payload + f"{crc:04X}"

    def e164_digits(self, p: Person) -> str:
        """The person's phone as WhatsApp and Twilio carry it: country code and number, digits only."""
        d = "".join(c for c in p.phone if c.isdigit())
        cc = {"BR": "55", "DE": "49", "ID": "62", "KR": "82", "US": "1"}.get(p.market, "")
        if not cc or (d.startswith(cc) and len(d) > 10):
            return d
        return cc + (d[1:] if d.startswith("0") else d)

    def pix_key(self) -> str:
        p = self.p
        return {
            "cpf": self.cpf(),
            "email": p.email,
            "telefone": "+55" + "".join(c for c in self.phone_of("BR") if c.isdigit())[-11:],
            "aleatoria": self.uuid(),
        }[p.pixkind]

    def idfa(self) -> str:
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.25 else self.uuid().upper()


# -- free text ------------------------------------------------------------------------------------


def access_instructions(f: F) -> str:
    code = f.pick([f.n(4), f.n(4) + "#", f.n(6), f.n(5) + "*"])
    return f.pick(
        [
            f"Portão social, código {code}. Avisar o porteiro que é da Fixly.",
            f"Senha do interfone: {code}, apto no 3º andar",
            f"Fechadura eletrônica na porta da cozinha, código {code}",
            f"Schlüsselbox links neben der Haustür, Code {code}",
            f"Haustür-Code {code}, dann 2. OG rechts",
            f"Gate code {code}, key under the blue pot",
        ]
    )


def checkin_instructions(f: F) -> str:
    code = f.pick([f.n(4), f.n(6), f.n(4) + "#"])
    return f.pick(
        [
            f"Self check-in from 3pm. The lockbox is to the left of the front door, code {code}.",
            f"Use the keypad on the building door ({code}), flat 4 on the second floor.",
            f"Smart lock code {code} is active from check-in until 11am on your last day.",
            f"Chave no cofre ao lado do portão, senha {code}. Wi-Fi na geladeira.",
            f"Kode pintu {code}, parkir di depan garasi ya.",
            f"현관 비밀번호는 {code} 입니다. 체크인은 오후 4시부터예요.",
        ]
    )


def note_no_pii(f: F) -> str:
    return f.pick(
        [
            "Tenho dois gatos, por favor fechar a porta da varanda",
            "Trazer escada, o teto é alto",
            "Bitte eigene Putzmittel mitbringen",
            "Parking in front of the house is fine",
            "Foco no banheiro e na cozinha",
            "Bitte Schuhe ausziehen :)",
            "",
            "Vazamento embaixo da pia da cozinha",
        ]
    )


def lost_item_text(f: F) -> str:
    p = f.p
    return f.pick(
        [
            f"Pak, tas ransel hitam saya ketinggalan di jok belakang. Tolong hubungi {p.phone}",
            f"I left my AirPods in the car, please call or text {p.phone}",
            f"뒷좌석에 지갑을 두고 내렸어요. {p.phone} 으로 연락 부탁드립니다",
            f"Dompet coklat ketinggalan, WA saya ya {p.phone}",
            f"Forgot my laptop bag, reach me at {p.phone} anytime",
        ]
    )


def flagged_text(f: F) -> str:
    p = f.person(f.pick(["BR", "DE", "ID", "US", "INTL", "KR"]))
    return f.pick(
        [
            f"Can you text me on WhatsApp {p.phone}? Easier to coordinate",
            f"my email is {p.email}, send me the address there",
            f"Me chama no zap {p.phone} que te passo a chave",
            f"We can do it cheaper outside the app, mail me: {p.email}",
            f"Hubungi saya di {p.phone} ya kak",
            f"Schreib mir direkt an {p.email}",
        ]
    )


def review_naming(f: F, name: str) -> str:
    return f.pick(
        [
            f"{name} was a wonderful host, the flat was spotless and the location perfect.",
            f"Great stay! {name} answered every question within minutes.",
            f"{name} foi super atencioso, recomendo demais.",
            f"Alles bestens, {name} hat uns sogar vom Bahnhof abgeholt.",
            f"Thanks {name}, we'd come back any time.",
            f"{name}'s place is even nicer than the photos.",
        ]
    )


def pro_comment(f: F, name: str) -> str:
    return f.pick(
        [
            f"O {name} foi muito pontual e caprichoso.",
            f"{name} chegou no horário e deixou tudo limpinho!",
            f"{name} war pünktlich und hat sauber gearbeitet.",
            f"Sehr freundlich, {name} kommt wieder.",
            f"{name} fixed the leak in 20 minutes. Five stars.",
            f"Recomendo a {name}, excelente profissional.",
        ]
    )


def message_to_host(f: F, host: str) -> str:
    return f.pick(
        [
            f"Hi {host}! We're a family of four visiting for a wedding, looking forward to it.",
            f"Hello {host}, is early check-in possible? Our flight lands at 9am.",
            f"Olá {host}, tudo bem? Vamos chegar por volta das 20h.",
            f"Hallo {host}, wir reisen mit einem kleinen Hund, ist das okay?",
            f"Hi {host}, can we leave our bags after checkout?",
            f"Halo {host}, kami datang bertiga. Terima kasih!",
        ]
    )


# -- contexts -------------------------------------------------------------------------------------

APPS = {
    "fixly": (
        "Fixly",
        "com.fixly.app",
        "https://www.fixly.com.br",
        ["Fixly \u2013 Profissionais de confiança", "Fixly \u2013 Handwerker finden"],
    ),
    "zoomr": (
        "Zoomr",
        "id.zoomr.rider",
        "https://www.zoomr.id",
        ["Zoomr \u2013 Ride, Ride, Zoom", "Zoomr Driver Partner"],
    ),
    "zoomr_driver": (
        "Zoomr Driver",
        "id.zoomr.driver",
        "https://drive.zoomr.com",
        ["Drive with Zoomr", "Zoomr Driver Partner"],
    ),
    "staybnb": (
        "Staybnb",
        "com.staybnb.app",
        "https://www.staybnb.com",
        ["Staybnb \u2013 Vacation rentals", "Trips | Staybnb"],
    ),
}
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = ["pt-BR", "de-DE", "id-ID", "ko-KR", "en-US", "en-GB", "fr-FR", "ja-JP"]
TZS = [
    "America/Sao_Paulo",
    "Europe/Berlin",
    "Asia/Jakarta",
    "Asia/Seoul",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Makassar",
]


def web_context(app: str, pages: list[str]):
    _, _, origin, titles = APPS[app]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.instagram.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner", "?lang=en"])
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: origin + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["verao_2024", "fruehjahrsputz", "mudik_promo", "summer_getaway", "brand_search"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(["diarista sp", "klempner berlin", "ojek online", "cabin rental", ""])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        },
    }


def app_block(app: str, platform: str):
    name, namespace, _, _ = APPS[app]
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
        "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
        "namespace": G(lambda f: namespace if platform == "android" else namespace.replace("id.", "com.")),
    }


def swift_context(app: str):
    return {
        "app": app_block(app, "ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(app: str, location: bool = False):
    ctx: dict[str, Any] = {
        "app": app_block(app, "android"),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "Google"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "CPH2591", "V2254", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "OP5A0BL1", "PD2254", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["id-ID", "en-US", "ko-KR", "pt-BR"])),
        "network": {
            "bluetooth": G(lambda f: False),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    ["Telkomsel", "Indosat Ooredoo", "XL Axiata", "SKTelecom", "KT", "T-Mobile", "Vivo"]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 2.75])),
            "height": G(lambda f: 2400),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)"),
    }
    if location:
        ctx["location"] = {
            "latitude": Y(lambda f: f.near(f.p)[0], "geolocation"),
            "longitude": Y(lambda f: f.near(f.p)[1], "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 18), 1)),
        }
    return ctx


def rn_context(app: str):
    return {
        "app": app_block(app, "ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(lambda f: f.pick(TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "userId": G(lambda f: "stb_" + f.digits(8)),
        },
    }


def flutter_context(app: str):
    return {
        "app": app_block(app, "android"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "realme"])),
            "model": G(lambda f: f.pick(["SM-A055F", "23053RN02A", "CPH2477", "RMX3710"])),
            "name": G(lambda f: f.pick(["a05", "heat", "OP5961L1", "RE5C6CL1"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["id-ID", "en-ID"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600), "density": G(lambda f: 2.0)},
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar"])),
        "traits": {"phone": Y(lambda f: f.p.phone, "phone"), "anonymousId": G(lambda f: f.uuid())},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.3"]),
    "ruby": ("analytics-ruby", ["2.4.2"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "csharp": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str, ip: bool = False, ua: bool = False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if ip:
        ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip")
    if ua:
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    return ctx


def context_for(app: str, client: str):
    if client == "web":
        pages = {
            "fixly": ["/", "/servicos/limpeza", "/checkout", "/de/handwerker/klempner", "/conta"],
            "zoomr": ["/", "/ride", "/help/lost-items", "/safety"],
            "zoomr_driver": ["/signup", "/signup/vehicle", "/signup/documents", "/onboarding/status"],
            "staybnb": ["/", "/s/Lisbon/homes", "/rooms/48213", "/book/checkout", "/hosting/listings"],
        }[app]
        return web_context(app, pages)
    if client == "ios":
        return swift_context(app)
    if client == "android":
        return kotlin_context(app)
    if client == "android_loc":
        return kotlin_context(app, location=True)
    if client == "rn":
        return rn_context(app)
    if client == "flutter":
        return flutter_context(app)
    lib, _, extra = client.partition("+")
    return server_context(lib, ip="ip" in extra, ua="ua" in extra)


# -- small generator helpers ----------------------------------------------------------------------


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def bool_():
    return lambda f: f.pick([True, False])


def count(lo=0, hi=20):
    return lambda f: f.r.randint(lo, hi)


def iso():
    return lambda f: f.iso()


def uuid_():
    return lambda f: f.uuid()


def idn(prefix, k=8):
    return lambda f: prefix + f.digits(k)


def other_name(market):
    return lambda f: f.person(market).full


def other_first(market):
    return lambda f: f.person(market).first


P_MARKET = ["BR", "DE"]


# -- Fixly ----------------------------------------------------------------------------------------

FIXLY = [
    (
        "identify",
        None,
        ["web", "ios", "android"],
        45,
        "BR",
        {
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "birthday": Y(lambda f: f.p.birthdate, "birthdate"),
            "city": Y(lambda f: f.p.city, "city"),
            "state": G(lambda f: f.p.state),
            "country": G(lambda f: "BR"),
            "avatarUrl": Y(lambda f: f"https://cdn.fixly.com.br/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": G(iso()),
            "emailVerified": G(bool_()),
            "phoneVerified": G(bool_()),
            "bookingsCount": G(count(0, 40)),
            "referralCode": G(lambda f: fold(f.p.first)[:4].upper() + f.hexid(4).upper()),
            "plan": G(pick("free", "fixly_plus")),
        },
    ),
    (
        "identify",
        None,
        ["php+ip"],
        30,
        "DE",
        {
            "anrede": Y(lambda f: "Frau" if f.p.gender == "female" else "Herr", "gender"),
            "vorname": Y(lambda f: f.p.first, "name"),
            "nachname": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "telefonnummer": Y(lambda f: f.p.phone, "phone"),
            "geburtsdatum": Y(lambda f: ".".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
            "strasse": Y(lambda f: f.street_of(f.p).rsplit(" ", 1)[0], "address|street"),
            "hausnummer": Y(lambda f: f.street_of(f.p).rsplit(" ", 1)[1], "address|street"),
            "plz": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "ort": Y(lambda f: f.p.city, "city"),
            "land": G(pick("DE", "Deutschland")),
            "kundennummer": G(idn("K-", 7)),
            "newsletter": G(bool_()),
            "erstellt_am": G(iso()),
        },
    ),
    (
        "page",
        "Service Category",
        ["web"],
        40,
        "BRDE",
        {
            "name": G(pick("Service Category", "Home", "Checkout")),
            "path": G(pick("/servicos/limpeza", "/servicos/encanador", "/de/handwerker/klempner")),
            "referrer": G(pick("", "https://www.google.com/")),
            "search": G(pick("", "?utm_source=google&utm_medium=cpc")),
            "title": G(pick("Diaristas em São Paulo | Fixly", "Klempner in Berlin | Fixly")),
            "url": G(
                lambda f: "https://www.fixly.com.br" + f.pick(["/servicos/limpeza", "/servicos/encanador"])
            ),
            "category": G(pick("limpeza", "encanador", "klempner", "eletricista")),
        },
    ),
    (
        "track",
        "Services Searched",
        ["web", "ios", "android"],
        45,
        "BRDE",
        {
            "query": G(
                pick(
                    "diarista",
                    "encanador urgente",
                    "faxina pós obra",
                    "Klempner",
                    "Elektriker Notdienst",
                    "montador de móveis",
                )
            ),
            "category_slug": G(pick("limpeza", "hidraulica", "sanitaer", "elektro", "montagem")),
            "postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "radius_km": G(pick(5, 10, 25)),
            "results_count": G(count(0, 120)),
            "filters": {
                "min_rating": G(pick(0, 4, 4.5)),
                "verified_only": G(bool_()),
                "price_max": G(pick(None, 150, 300)),
            },
        },
    ),
    (
        "track",
        "Pro Profile Viewed",
        ["web", "ios", "android"],
        40,
        "BRDE",
        {
            "pro_id": G(idn("pro_", 7)),
            "pro_name": Y(
                lambda f: f"{f.person(f.pick(P_MARKET)).first} {f.pick(string.ascii_uppercase)}.", "name"
            ),
            "business_name": G(
                pick(
                    "Brilho Limpezas",
                    "Hidro Fácil",
                    "Meisterbetrieb Krause GmbH",
                    "Clean Casa MEI",
                    "Sanitär Express",
                )
            ),
            "pro_rating": G(lambda f: round(f.r.uniform(3.6, 5.0), 1)),
            "pro_verified": G(bool_()),
            "service_category": G(pick("limpeza", "hidraulica", "sanitaer", "elektro")),
            "hourly_rate": G(money(25, 120)),
            "currency": G(lambda f: f.p.currency),
            "distance_km": G(money(0.3, 25)),
            "position": G(count(1, 20)),
            "certifications": Many(G(pick("NR-10", "NR-35", "Meisterbrief", "Gas-Konzession")), 2),
        },
    ),
    (
        "track",
        "Booking Requested",
        ["web", "ios", "android"],
        50,
        "BRDE",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "service_id": G(idn("svc_", 4)),
            "service_name": G(
                pick(
                    "Limpeza residencial 4h",
                    "Faxina pesada 8h",
                    "Conserto de vazamento",
                    "Grundreinigung Wohnung",
                    "Rohrreinigung",
                )
            ),
            "scheduled_for": G(iso()),
            "price": G(money(80, 600)),
            "currency": G(lambda f: f.p.currency),
            "address": {
                "street": Y(lambda f: f.street_of(f.p), "address|street"),
                "complement": Y(
                    pick("apto 52", "Bloco B, apto 1203", "casa 2", "fundos", "Hinterhaus, 3. OG", "Apt 4"),
                    "address",
                ),
                "neighborhood": Y(lambda f: f.pick(BR_BAIRROS if f.p.market == "BR" else DE_KIEZ), "address"),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
                "country": G(lambda f: f.p.country),
                "address_id": G(count(10000, 999999)),
            },
            "access_instructions": RED(access_instructions, "secret", True),
            "note": G(note_no_pii),
            "has_pets": G(bool_()),
            "pet_names": Many(G(pick("Thor", "Mel", "Paçoca", "Bello", "Luna", "Frida")), 2),
            "pro_id": G(idn("pro_", 7)),
            "coupon": G(pick("", "PRIMEIRA20", "FRUEHLING10")),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        30,
        "BR",
        {
            "checkout_id": G(uuid_()),
            "order_id": G(lambda f: "bk_" + f.hexid(12)),
            "payment_method": G(pick("credit_card", "pix", "boleto")),
            "cardholder_name": Y(lambda f: f.p.full.upper(), "name"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "card_brand": G(pick("visa", "mastercard", "elo", "hipercard", "amex")),
            "card_bin": G(lambda f: f.pick(["406655", "516292", "650485", "606282"])),
            "card_last4": G(lambda f: f.n(4)),
            "exp_month": G(count(1, 12)),
            "exp_year": G(count(2025, 2032)),
            "parcelas": G(pick(1, 2, 3, 6, 10)),
            "billing_cep": Y(lambda f: f.zip_of(f.person("BR")), "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "ios", "android", "node"],
        40,
        "BRDE",
        {
            "checkout_id": G(uuid_()),
            "order_id": G(lambda f: "bk_" + f.hexid(12)),
            "total": G(money(80, 900)),
            "revenue": G(money(10, 150)),
            "tax": G(money(0, 60)),
            "discount": G(money(0, 40)),
            "coupon": G(pick("", "PRIMEIRA20", "FRUEHLING10")),
            "currency": G(lambda f: f.p.currency),
            "payment_method": G(pick("credit_card", "pix", "sepa_debit", "paypal")),
            "masked_pan": G(lambda f: f.pick(["406655", "516292", "552289"]) + "******" + f.n(4)),
            "products": Many(
                {
                    "product_id": G(idn("svc_", 4)),
                    "sku": G(lambda f: f.pick(["LIMP", "HIDR", "SANI", "ELEK"]) + "-" + f.n(3)),
                    "name": G(
                        pick(
                            "Limpeza residencial 4h",
                            "Taxa de deslocamento",
                            "Material de limpeza",
                            "Rohrreinigung",
                            "Anfahrtspauschale",
                        )
                    ),
                    "category": G(pick("limpeza", "hidraulica", "sanitaer")),
                    "price": G(money(15, 400)),
                    "quantity": G(count(1, 3)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Pix Payment Created",
        ["node"],
        25,
        "BR",
        {
            "txid": G(lambda f: "FX" + f.hexid(10).upper()),
            "valor": G(money(80, 900)),
            "pix_copia_e_cola": G(lambda f: f.brcode(f.money(80, 900))),
            "status": G(pick("ATIVA", "CONCLUIDA", "REMOVIDA_PELO_PSP")),
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "e2e_id": G(lambda f: "E18236120" + "2024" + f.n(8) + f.hexid(11).upper()),
        },
    ),
    (
        "track",
        "Pro Payout Method Added",
        ["python"],
        30,
        "BR",
        {
            "pro_id": G(idn("pro_", 7)),
            "tipo_pessoa": G(lambda f: "PJ" if f.p.pj else "PF"),
            "documento": RED(lambda f: f.cnpj() if f.p.pj else f.cpf(), "national id"),
            "titular": Y(lambda f: f.p.full, "name"),
            "tipo_chave_pix": G(lambda f: f.p.pixkind),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "banco": G(pick("Nubank", "Itaú Unibanco", "Banco do Brasil", "Caixa", "Inter")),
            "codigo_banco": G(pick("260", "341", "001", "104", "077")),
            "agencia": G(pick("0001", "1234", "3015", "0457")),
            "conta": RED(lambda f: f"{f.n(f.pick([5, 6, 8]))}-{f.r.randint(0, 9)}", "bank account"),
        },
    ),
    (
        "track",
        "Payout Method Updated",
        ["csharp"],
        25,
        "DE",
        {
            "ProId": G(idn("pro_", 7)),
            "AccountHolder": Y(lambda f: f.p.full, "name"),
            "Iban": RED(lambda f: f.iban_of("DE"), "bank account"),
            "Bic": G(pick("COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "GENODEM1GLS")),
            "BankName": G(pick("Commerzbank", "Deutsche Bank", "ING", "GLS Bank")),
            "TaxId": RED(lambda f: f.steuer_id(), "national id"),
            "IsSmallBusiness": G(bool_()),
            "CreatedAtUtc": G(iso()),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["ios", "android", "web"],
        40,
        "BRDE",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "pro_id": G(idn("pro_", 7)),
            "rating": G(count(1, 5)),
            "tags": Many(G(pick("pontual", "caprichoso", "educado", "pünktlich", "sauber", "fair")), 3),
            "comment": Y(lambda f: pro_comment(f, f.person(f.pick(P_MARKET)).first), "name", True),
            "would_recommend": G(bool_()),
            "tip_amount": G(pick(0, 5, 10, 20)),
        },
    ),
    (
        "group",
        None,
        ["node"],
        20,
        "BRDE",
        {
            "name": G(
                pick(
                    "Imobiliária Lopes Gestão",
                    "Vonovia Service GmbH",
                    "Condomínio Jardins",
                    "Hausverwaltung Krüger KG",
                )
            ),
            "cnpj": G(lambda f: f.cnpj()),
            "industry": G(pick("property_management", "hospitality", "facility_services")),
            "employees": G(count(5, 4000)),
            "plan": G(pick("business", "enterprise")),
            "website": G(pick("https://www.lopes.com.br", "https://www.vonovia.de", "https://hv-krueger.de")),
            "address": {
                "city": G(pick("São Paulo", "Bochum", "Curitiba", "Leipzig")),
                "state": G(pick("SP", "NW", "PR", "SN")),
                "country": G(pick("BR", "DE")),
            },
            "billing_contact_name": Y(other_name("BR"), "name"),
            "billing_contact_email": Y(lambda f: f.person("DE").email, "email"),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        ["php"],
        25,
        "DE",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "cancellation_reason": G(pick("schedule_conflict", "too_expensive", "pro_cancelled", "other")),
            "cancellation_fee": G(pick(0, 15, 25)),
            "refund_amount": G(money(0, 400)),
            "currency": G(lambda f: f.p.currency),
        },
    ),
    (
        "track",
        "Address Saved",
        ["ios", "android"],
        30,
        "DE",
        {
            "adresse": {
                "strasse": Y(lambda f: f.street_of(f.p).rsplit(" ", 1)[0], "address|street"),
                "hausnummer": Y(lambda f: f.street_of(f.p).rsplit(" ", 1)[1], "address|street"),
                "plz": Y(lambda f: f.zip_of(f.p), "zipcode"),
                "ort": Y(lambda f: f.p.city, "city"),
                "land": G(lambda f: "DE"),
                "klingelschild": Y(
                    lambda f: f.pick(
                        [f.p.last, f"{f.p.last}/{f.person('DE').last}", f"{f.p.first[0]}. {f.p.last}"]
                    ),
                    "name",
                ),
                "zugangscode": RED(lambda f: f.n(4) + f.pick(["", "#"]), "secret"),
            },
            "label": G(pick("Zuhause", "Büro", "Mama", "Ferienwohnung")),
            "is_default": G(bool_()),
        },
    ),
    (
        "screen",
        "Booking Details",
        ["ios", "android"],
        40,
        "BRDE",
        {
            "name": G(pick("Booking Details", "Buchungsdetails")),
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "status": G(pick("requested", "confirmed", "in_progress", "completed")),
            "from_push": G(bool_()),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        25,
        "BRDE",
        {
            "ticket": {
                "id": G(count(100000, 999999)),
                "subject": G(
                    pick(
                        "Profissional não compareceu",
                        "Cobrança duplicada",
                        "Handwerker kam zu spät",
                        "Refund request",
                    )
                ),
                "status": G(pick("new", "open", "pending")),
                "tags": Many(G(pick("no_show", "billing", "refund", "de", "br")), 3),
                "via": {"channel": G(pick("web", "email", "whatsapp", "mobile_sdk"))},
                "requester": {
                    "id": G(count(10**9, 10**10)),
                    "name": Y(lambda f: f.p.full, "name"),
                    "email": Y(lambda f: f.p.email, "email"),
                },
                "assignee": {"name": Y(other_name("BR"), "name")},
                "created_at": G(iso()),
            },
        },
    ),
    (
        "track",
        "Pro Application Submitted",
        ["web"],
        30,
        "DE",
        {
            "form-id": G(pick("pro-signup-de", "pro-signup-br")),
            "first-name": Y(lambda f: f.p.first, "name"),
            "last-name": Y(lambda f: f.p.last, "name"),
            "e-mail": Y(lambda f: f.p.email, "email"),
            "phone-number": Y(lambda f: f.p.phone, "phone"),
            "trade": G(pick("Elektriker", "Klempner", "Reinigungskraft", "Maler", "Eletricista")),
            "has-own-tools": G(pick("yes", "no")),
            "meisterbrief": G(bool_()),
            "certificate-number": Y(lambda f: f"HWK-{f.pick(['B', 'M', 'K'])}-{f.n(6)}", "certificate"),
            "whatsapp": Y(lambda f: f.p.phone, "phone"),
            "page-url": G(
                pick("https://www.fixly.de/profi-werden", "https://www.fixly.de/profi-werden?utm_source=fb")
            ),
        },
    ),
    (
        "track",
        "Pro Verified",
        ["python"],
        20,
        "BR",
        {
            "pro_id": G(idn("pro_", 7)),
            "verification_steps": Many(G(pick("document", "selfie", "address", "bank")), 4),
            "cpf_valid": G(bool_()),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "document_front_url": Y(lambda f: f"https://kyc.fixly.com.br/docs/{f.uuid()}/front.jpg", "photo"),
            "rg": RED(lambda f: f"{f.n(2)}.{f.n(3)}.{f.n(3)}-{f.pick(list('0123456789X'))}", "national id"),
        },
    ),
    (
        "track",
        "Webhook Configured",
        ["node"],
        12,
        "BRDE",
        {
            "integration_id": G(uuid_()),
            "url": G(pick("https://api.lopes.com.br/hooks/fixly", "https://hv-krueger.de/api/fixly")),
            "events": Many(G(pick("booking.created", "booking.completed", "invoice.paid")), 3),
            "signing_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "created_by_email": Y(lambda f: f.person("BR").email, "email"),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        30,
        "BRDE",
        {
            "metadata": {
                "display_phone_number": G(pick("+55 11 4003-9876", "+49 30 5683 7700")),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.p.first if f.r.random() < 0.5 else f.p.full, "name")},
                    "wa_id": Y(lambda f: f.e164_digits(f.p), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: f.e164_digits(f.p), "phone", True),
                    "id": G(
                        lambda f: (
                            "wamid.HBgM"
                            + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(40))
                        )
                    ),
                    "timestamp": G(lambda f: str(f.r.randint(1_704_000_000, 1_735_000_000))),
                    "type": G(pick("text", "image", "audio")),
                    "text": {
                        "body": G(
                            pick(
                                "Oi, quero um orçamento para faxina",
                                "Vocês atendem sábado?",
                                "Hallo, ist morgen noch ein Termin frei?",
                                "Qual o valor da diária?",
                                "Obrigado!",
                                "Der Klempner ist nicht gekommen",
                            )
                        )
                    },
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        ["web"],
        30,
        "DE",
        {
            "form": G(pick("checkout", "booking_contact")),
            "field": G(pick("contact", "contact_info")),
            "value": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            "time_to_complete_ms": G(count(800, 30000)),
        },
    ),
    (
        "track",
        "Invoice Requested",
        ["php"],
        25,
        "DE",
        {
            "invoice_number": G(lambda f: f"RE-2024-{f.n(5)}"),
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "amount": G(money(40, 900)),
            "billing_address": {
                "company": G(pick("", "", "Hausverwaltung Krüger KG", "Praxis am Markt GbR")),
                "name": Y(lambda f: f.p.full, "name"),
                "street": Y(lambda f: f.street_of(f.p), "address|street"),
                "postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
                "city": Y(lambda f: f.p.city, "city"),
            },
        },
    ),
]

# -- Zoomr ----------------------------------------------------------------------------------------

Z_MARKETS = ["ID", "ID", "KR", "US"]

ZOOMR = [
    (
        "identify",
        None,
        ["flutter", "ios"],
        40,
        "ID",
        {
            "full_name": Y(lambda f: f.p.full, "name"),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "email": Y(lambda f: f.p.email, "email"),
            "gender": Y(lambda f: f.p.gender, "gender"),
            "date_of_birth": Y(lambda f: f.p.birthdate, "birthdate"),
            "home_city": Y(lambda f: f.p.city, "city"),
            "referral_code": G(lambda f: "ZM" + f.hexid(6).upper()),
            "rider_tier": G(pick("basic", "gold", "platinum")),
            "total_trips": G(count(0, 800)),
            "is_phone_verified": G(bool_()),
            "language": G(pick("id", "en", "ko")),
            "created_at": G(iso()),
            "emergency_contact": {
                "name": Y(other_name("ID"), "name"),
                "phone": Y(lambda f: f.phone_of("ID"), "phone"),
                "relationship": G(pick("spouse", "parent", "sibling", "friend")),
            },
        },
    ),
    (
        "identify",
        None,
        ["go"],
        30,
        "ID",
        {
            "driver_name": Y(lambda f: f.p.full.upper(), "name"),
            "phone_number": Y(lambda f: f.p.phone, "phone"),
            "email": Y(lambda f: f.p.email, "email"),
            "nik": RED(lambda f: f.nik(f.p), "national id"),
            "date_of_birth": Y(lambda f: f.p.birthdate, "birthdate"),
            "gender": Y(lambda f: f.p.gender, "gender"),
            "home_address": Y(lambda f: f.street_of(f.p), "address"),
            "home_city": Y(lambda f: f.p.city, "city"),
            "postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "sim_number": Y(lambda f: f.dl("ID"), "license"),
            "license_plate": Y(lambda f: f.plate("ID"), "license|identification"),
            "vehicle_type": G(pick("motor", "car")),
            "vehicle_brand": G(
                pick("Honda Vario 125", "Yamaha NMAX", "Toyota Avanza", "Daihatsu Xenia", "Honda Beat")
            ),
            "verification_status": G(pick("pending", "verified", "rejected")),
            "rating": G(lambda f: round(f.r.uniform(4.3, 5.0), 2)),
            "joined_at": G(iso()),
            "bank_account_number": RED(lambda f: f.n(f.pick([10, 13])), "bank account"),
            "bank_name": G(pick("BCA", "Mandiri", "BRI", "BNI", "GoPay")),
            "bank_account_holder": Y(lambda f: f.p.full.upper(), "name"),
        },
    ),
    (
        "track",
        "Ride Requested",
        ["flutter", "ios", "android"],
        70,
        "Z",
        {
            "ride_request_id": G(lambda f: "rr_" + f.hexid(16)),
            "service_type": G(pick("zoomr_bike", "zoomr_car", "zoomr_xl", "zoomr_taxi")),
            "pickup": {
                "lat": Y(lambda f: f.near(f.p)[0], "geolocation"),
                "lng": Y(lambda f: f.near(f.p)[1], "geolocation"),
                "address": Y(lambda f: f.full_address(f.p), "address"),
                "place_id": G(
                    lambda f: (
                        "ChIJ"
                        + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(23))
                    )
                ),
            },
            "dropoff": {
                "lat": Y(lambda f: f.near(f.p, 0.15)[0], "geolocation"),
                "lng": Y(lambda f: f.near(f.p, 0.15)[1], "geolocation"),
                "address": Y(lambda f: f.full_address(f.p), "address"),
                "place_id": G(
                    lambda f: (
                        "ChIJ"
                        + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(23))
                    )
                ),
            },
            "fare_estimate": G(
                lambda f: f.pick(
                    [f.r.randint(9, 120) * 1000, f.r.randint(4, 40) * 1000, round(f.r.uniform(8, 60), 2)]
                )
            ),
            "currency": G(lambda f: f.p.currency),
            "payment_method": G(pick("cash", "zoomr_pay", "card", "kakaopay", "gopay")),
            "promo_code": G(pick("", "HEMAT20", "FIRSTRIDE", "첫탑승")),
            "distance_m": G(count(400, 35000)),
            "wheelchair_accessible": RED(lambda f: f.r.random() < 0.08, "disability"),
        },
    ),
    (
        "track",
        "Places Searched",
        ["flutter", "ios", "android", "web"],
        45,
        "Z",
        {
            "query": G(
                pick(
                    "stasiun gambir",
                    "grand indonesia",
                    "Bandara Soekarno-Hatta T3",
                    "강남역",
                    "홍대입구역 9번 출구",
                    "SFO terminal 2",
                    "whole foods mission",
                    "Kota Kasablanka",
                )
            ),
            "field": G(pick("pickup", "dropoff")),
            "results_count": G(count(0, 10)),
            "session_token": G(uuid_()),
        },
    ),
    (
        "track",
        "Saved Place Added",
        ["flutter", "ios", "android"],
        30,
        "Z",
        {
            "type": G(pick("home", "work", "other")),
            "selection": {
                "label": Y(lambda f: f.full_address(f.p), "address", True),
                "place_id": G(
                    lambda f: (
                        "ChIJ" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(23))
                    )
                ),
                "lat": Y(lambda f: f.near(f.p)[0], "geolocation"),
                "lng": Y(lambda f: f.near(f.p)[1], "geolocation"),
            },
            "saved_places_count": G(count(1, 8)),
        },
    ),
    (
        "track",
        "Trip Completed",
        ["go", "java"],
        60,
        "Z",
        {
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "driver_id": G(count(100000, 9999999)),
            "rider_id": G(count(100000, 99999999)),
            "driver_name": Y(lambda f: f.person(f.pick(Z_MARKETS)).full, "name"),
            "vehicle_plate": Y(lambda f: f.plate(f.pick(["ID", "KR", "US"])), "license|identification"),
            "vehicle_model": G(
                pick(
                    "Honda Vario 125",
                    "Toyota Avanza",
                    "Hyundai Sonata",
                    "Kia K5",
                    "Toyota Prius",
                    "Tesla Model 3",
                )
            ),
            "city": G(lambda f: f.p.city),
            "distance_km": G(money(0.5, 40)),
            "duration_min": G(count(3, 95)),
            "route_polyline": Y(lambda f: f.polyline(f.p), "geolocation"),
            "fare": {
                "surge": G(pick(0, 1.5, 3.2)),
                "total": G(money(3, 80)),
                "currency": G(lambda f: f.p.currency),
            },
            "tip": G(pick(0, 1, 2, 5)),
            "pickup_time": G(iso()),
            "dropoff_time": G(iso()),
        },
    ),
    (
        "track",
        "Driver Went Online",
        ["android_loc"],
        45,
        "Z",
        {
            "zone_id": G(lambda f: f.pick(["JKT-S-04", "JKT-C-01", "BDG-02", "SEL-GN-3", "SFO-MISSION"])),
            "vehicle_type": G(pick("motor", "car", "taxi")),
            "battery_pct": G(count(10, 100)),
            "acceptance_rate": G(lambda f: round(f.r.uniform(0.5, 1.0), 2)),
        },
    ),
    (
        "track",
        "Scooter Ride Started",
        ["ios", "android"],
        40,
        "SCOOT",
        {
            "ride_id": G(lambda f: "scr_" + f.hexid(12)),
            "scooter_id": G(lambda f: f"ZS-{f.r.randint(10000, 99999)}"),
            "serial_number": G(lambda f: "NB" + f.pick(["G30", "MAX"]) + f.n(9)),
            "ble_mac": G(lambda f: f.mac()),
            "qr_code": G(lambda f: "https://zmr.to/s/" + f.hexid(8)),
            "start_location": {
                "latitude": Y(lambda f: f.near(f.p)[0], "geolocation"),
                "longitude": Y(lambda f: f.near(f.p)[1], "geolocation"),
            },
            "battery_level": G(count(15, 100)),
            "helmet_selfie_url": Y(lambda f: f"https://media.zoomr.com/helmet/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Scooter Ride Ended",
        ["ios", "android"],
        40,
        "SCOOT",
        {
            "ride_id": G(lambda f: "scr_" + f.hexid(12)),
            "scooter_id": G(lambda f: f"ZS-{f.r.randint(10000, 99999)}"),
            "end_lat": Y(lambda f: f.near(f.p)[0], "geolocation"),
            "end_lng": Y(lambda f: f.near(f.p)[1], "geolocation"),
            "parking_photo_url": G(lambda f: f"https://media.zoomr.com/parking/{f.uuid()}.jpg"),
            "photo_verified": G(bool_()),
            "distance_m": G(count(200, 9000)),
            "duration_s": G(count(120, 3600)),
            "cost": G(lambda f: f.pick([f.r.randint(20, 90) * 100, round(f.r.uniform(2, 12), 2)])),
            "currency": G(lambda f: f.p.currency),
        },
    ),
    (
        "track",
        "Safety Report Submitted",
        ["flutter", "ios", "android"],
        25,
        "Z",
        {
            "report_id": G(lambda f: "sr_" + f.hexid(10)),
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "category": G(
                pick("unsafe_driving", "harassment", "vehicle_mismatch", "route_deviation", "accident")
            ),
            "severity": G(pick("low", "medium", "high")),
            "description": G(
                pick(
                    "Driver was speeding on the toll road",
                    "Mobil beda dengan yang di aplikasi",
                    "Driver took a longer route",
                    "운전자가 신호를 무시했어요",
                    "Car smelled of smoke",
                    "Pengemudi main HP sambil menyetir",
                )
            ),
            "driver_plate": Y(lambda f: f.plate(f.pick(["ID", "KR", "US"])), "license|identification"),
            "shared_trip_with": Many(Y(lambda f: f.phone_of(f.pick(["ID", "KR", "US"])), "phone"), 2),
            "emergency_call_placed": G(bool_()),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        ["flutter", "ios", "web"],
        25,
        "Z",
        {
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "item_category": G(pick("wallet", "phone", "bag", "keys", "laptop", "other")),
            "item_description": G(
                pick(
                    "Dompet hitam merek Fossil",
                    "black Samsung phone with a green case",
                    "가방 (회색 백팩)",
                    "Kunci motor dengan gantungan Doraemon",
                )
            ),
            "text": Y(lost_item_text, "phone", True),
            "callback_number": Y(lambda f: f.p.phone, "phone"),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["rn", "ios", "flutter"],
        25,
        "Z",
        {
            "contact": {
                "name": Y(lambda f: f.person(f.pick(["KR", "ID", "US"])).full, "name"),
                "phone": Y(lambda f: f.phone_of(f.pick(["KR", "ID", "US"])), "phone"),
                "relationship": G(pick("가족", "friend", "spouse", "keluarga")),
            },
            "source": G(pick("address_book", "manual")),
            "contacts_permission": G(pick("granted", "denied", "limited")),
        },
    ),
    (
        "track",
        "Driver Application Submitted",
        ["java"],
        25,
        "KR",
        {
            "이름": Y(lambda f: f.person("KR").full, "name"),
            "휴대폰번호": Y(lambda f: f.phone_of("KR"), "phone"),
            "생년월일": Y(lambda f: f.date(1960, 2003).replace("-", ""), "birthdate"),
            "운전면허번호": Y(lambda f: f.dl("KR"), "license"),
            "차량번호": Y(lambda f: f.plate("KR"), "license|identification"),
            "차종": G(pick("쏘나타", "K5", "그랜저", "아이오닉 5", "카니발")),
            "지역": G(pick("서울", "부산", "인천", "경기")),
            "심사상태": G(pick("접수", "심사중", "승인", "반려")),
            "신청일시": G(iso()),
        },
    ),
    (
        "track",
        "Background Check Requested",
        ["java"],
        20,
        "KR",
        {
            "applicant_id": G(count(100000, 999999)),
            "jumin_no": RED(lambda f: f.rrn(), "national id"),
            "hp_no": Y(lambda f: f.phone_of("KR"), "phone"),
            "check_type": G(pick("criminal_record", "driving_record", "both")),
            "agency": G(pick("경찰청", "도로교통공단")),
        },
    ),
    (
        "track",
        "Driver Signup Step Completed",
        ["web"],
        40,
        "US",
        {
            "step": G(pick("personal", "license", "vehicle", "consent")),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "password": RED(
                lambda f: f.pick(["Zoomr2024!", "sunshine88", "Tr4vis#Scott", "p@ssw0rd123", "ILoveMyDog7"]),
                "password",
            ),
            "password_strength": G(pick("weak", "fair", "strong")),
            "dob": Y(lambda f: f.p.birthdate, "birthdate"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "drivers_license_number": Y(lambda f: f.dl("US"), "license"),
            "drivers_license_state": G(lambda f: f.p.state),
            "home_zip": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "is_veteran": RED(bool_(), "veteran"),
            "vehicle": {
                "make": G(pick("Toyota", "Honda", "Tesla", "Hyundai", "Ford")),
                "model": G(pick("Camry", "Prius", "Model 3", "Ioniq 5", "Escape")),
                "year": G(count(2012, 2024)),
                "plate": Y(lambda f: f.plate("US"), "license|identification"),
                "vin": Y(lambda f: f.vin(), "serial|identification"),
            },
            "background_check_consent": G(bool_()),
            "referral_code": G(lambda f: "ZM" + f.hexid(6).upper()),
        },
    ),
    (
        "track",
        "Background Check Updated",
        ["ruby"],
        25,
        "US",
        {
            "type": G(pick("report.created", "report.completed", "report.suspended")),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "status": G(pick("pending", "complete", "suspended", "dispute")),
                    "package": G(pick("driver_pro", "tasker_standard")),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "ssn_last4": RED(lambda f: f.n(4), "social security number"),
                    "dob_verified": G(bool_()),
                    "created_at": G(iso()),
                }
            },
        },
    ),
    (
        "track",
        "KTP Scanned",
        ["go"],
        25,
        "ID",
        {
            "provider": G(pick("verihubs", "privyid", "in_house_ocr")),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 3)),
            "hasil": {
                "nik": RED(lambda f: f.nik(f.p), "national id"),
                "nama": Y(lambda f: f.p.full.upper(), "name"),
                "tempat_lahir": Y(
                    lambda f: f.pick(["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "DENPASAR", "PALEMBANG"]),
                    "city",
                ),
                "tanggal_lahir": Y(lambda f: "-".join(reversed(f.p.birthdate.split("-"))), "birthdate"),
                "jenis_kelamin": Y(
                    lambda f: "PEREMPUAN" if f.p.gender == "female" else "LAKI-LAKI", "gender"
                ),
                "golongan_darah": RED(pick("A", "B", "AB", "O", "-"), "health"),
                "alamat": Y(lambda f: f.street_of(f.p).split(",")[0].upper(), "address|street"),
                "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
                "kel_desa": Y(lambda f: f.pick(ID_KEL).upper(), "address"),
                "kecamatan": Y(lambda f: f.pick(ID_KEC).upper(), "address"),
                "kota_kabupaten": Y(lambda f: f.p.city.upper(), "city"),
                "provinsi": G(lambda f: f.p.state.upper()),
                "agama": Y(pick("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU"), "religion"),
                "status_perkawinan": Y(pick("BELUM KAWIN", "KAWIN", "CERAI HIDUP"), "marital status"),
                "pekerjaan": G(
                    pick("KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA")
                ),
                "kewarganegaraan": Y(pick(*["WNI"] * 9, "WNA"), "citizenship"),
                "berlaku_hingga": G(lambda f: "SEUMUR HIDUP"),
            },
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["go"],
        25,
        "ID",
        {
            "withdrawal_id": G(lambda f: "WD" + f.n(10)),
            "amount": G(lambda f: f.r.randint(50, 3000) * 1000),
            "bank_name": G(pick("BCA", "Mandiri", "BRI", "BNI", "Bank Jago")),
            "bank_account_number": RED(lambda f: f.n(f.pick([10, 13, 15])), "bank account"),
            "account_holder": Y(lambda f: f.p.full.upper(), "name"),
            "status": G(pick("processing", "succeeded", "failed")),
            "requested_at": G(iso()),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["ios", "web"],
        30,
        "US",
        {
            "card_brand": G(pick("visa", "mastercard", "amex", "discover")),
            "card_last4": G(lambda f: f.n(4)),
            "card_exp_month": G(count(1, 12)),
            "card_exp_year": G(count(2025, 2032)),
            "card_fingerprint": G(
                lambda f: "".join(f.pick(string.ascii_letters + string.digits) for _ in range(16))
            ),
            "billing_zip": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "is_default": G(bool_()),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["node+ua"],
        45,
        "Z",
        {
            "method": G(pick("otp_sms", "password", "google", "apple", "kakao")),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "geo_country": G(pick("ID", "KR", "US")),
            "geo_city": Y(pick("Jakarta", "Bekasi", "Seoul", "Incheon", "Oakland", "Round Rock"), "city"),
            "risk_score": G(count(0, 100)),
            "device_fingerprint": G(lambda f: f.hexid(40)),
            "session_id": G(uuid_()),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["node"],
        25,
        "US",
        {
            "q": Y(
                lambda f: f.pick([f.person(f.pick(Z_MARKETS)).email, f.phone_of(f.pick(Z_MARKETS))]),
                "email|phone",
                True,
            ),
            "tool": G(pick("zoomr-admin", "support-console")),
            "agent_id": G(idn("agt_", 4)),
            "agent_email": Y(lambda f: fold(f.person("US").first) + "@zoomr.com", "email"),
            "reason": G(pick("lost_item", "refund", "safety", "account_access")),
        },
    ),
    (
        "screen",
        "Trip Receipt",
        ["flutter", "ios", "android"],
        30,
        "Z",
        {
            "name": G(pick("Trip Receipt", "Riwayat Perjalanan", "이용 내역")),
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "from_notification": G(bool_()),
        },
    ),
    (
        "track",
        "Driver Rated",
        ["flutter", "ios", "android"],
        35,
        "Z",
        {
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "driver_id": G(count(100000, 9999999)),
            "stars": G(count(1, 5)),
            "compliments": Many(G(pick("safe_driving", "clean_car", "friendly", "ramah", "친절해요")), 3),
            "feedback": G(
                pick("", "Mantap, cepat sampai", "Great conversation", "기사님 친절하세요", "AC dingin, enak")
            ),
            "tip_amount": G(pick(0, 2000, 5000, 1, 3)),
        },
    ),
    (
        "track",
        "Kakao Login Linked",
        ["java"],
        25,
        "KR",
        {
            "id": G(lambda f: f.r.randint(10**9, 4 * 10**9)),
            "connected_at": G(iso()),
            "kakao_account": {
                "profile": {
                    "nickname": Y(lambda f: f.p.first if f.r.random() < 0.6 else f.p.full, "name"),
                },
                "has_email": G(lambda f: True),
                "is_email_verified": G(bool_()),
                "email": Y(lambda f: f.p.email, "email"),
                "phone_number": Y(lambda f: "+82 10-" + f.n(4) + "-" + f.n(4), "phone"),
                "birthyear": Y(lambda f: f.p.birthdate[:4], "birthdate"),
                "birthday": Y(lambda f: f.p.birthdate[5:7] + f.p.birthdate[8:], "birthdate"),
                "gender": Y(lambda f: f.p.gender, "gender"),
            },
        },
    ),
    (
        "track",
        "Trip Shared",
        ["flutter", "ios", "android"],
        30,
        "Z",
        {
            "trip_id": G(lambda f: "trp_" + f.hexid(16)),
            "channel": G(pick("whatsapp", "sms", "kakaotalk", "copy_link")),
            "recipient_name": Y(lambda f: f.person(f.p.market).full, "name"),
            "recipient_phone": Y(lambda f: f.phone_of(f.p.market), "phone"),
            "auto_share": G(bool_()),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        30,
        "Z",
        {
            "appsflyer_id": G(lambda f: f"{f.r.randint(10**12, 10**13)}-{f.r.randint(10**18, 10**19)}"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(pick("googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic")),
            "campaign": G(pick("ID_rider_acq_Q3", "KR_scooter_launch", "US_driver_referral")),
            "install_time": G(iso()),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "country_code": G(pick("ID", "KR", "US")),
        },
    ),
    (
        "track",
        "Driver Document Uploaded",
        ["web"],
        25,
        "US",
        {
            "document_type": G(pick("insurance", "registration", "license_front", "license_back")),
            "file_url": Y(lambda f: f"https://docs.zoomr.com/drivers/{f.uuid()}.jpg", "photo"),
            "insurance_provider": G(pick("GEICO", "Progressive", "State Farm", "Allstate")),
            "insurance_policy_number": Y(
                lambda f: f.pick(
                    [f"{f.n(4)}-{f.n(3)}-{f.n(2)}-{f.n(2)}", f"PA{f.n(9)}", f"{f.n(2)}-{f.n(7)}"]
                ),
                "identification",
            ),
            "expires_on": G(lambda f: f.date(2025, 2026)),
        },
    ),
]

# -- Staybnb --------------------------------------------------------------------------------------

S_MARKETS = ["INTL", "INTL", "US", "DE", "BR", "KR", "ID"]


def host_first(f: F) -> str:
    return f.person(f.pick(S_MARKETS)).first


STAYBNB = [
    (
        "identify",
        None,
        ["web", "rn"],
        45,
        "INTL",
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthdate": Y(lambda f: f.p.birthdate, "birthdate"),
            "country": G(lambda f: f.p.country),
            "preferred_currency": G(pick("EUR", "USD", "JPY", "GBP", "INR")),
            "languages": Many(G(pick("en", "fr", "ja", "es", "it", "de")), 3),
            "profile_photo_url": Y(
                lambda f: f"https://a0.staybnb.com/users/{f.digits(9)}/profile.jpg", "photo"
            ),
            "about": G(
                pick(
                    "Love travelling with my family.",
                    "Software engineer, coffee snob.",
                    "",
                    "Foodie and hiker.",
                    "Retired teacher who loves the sea.",
                )
            ),
            "identity_verified": G(bool_()),
            "is_host": G(bool_()),
            "created_at": G(iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        30,
        "US",
        {
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "legal_name": Y(lambda f: f.p.full, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "ssn_last4": RED(lambda f: f.n(4), "social security number"),
            "tin_type": G(pick("ssn", "itin", "ein")),
            "superhost": G(bool_()),
            "host_since": G(lambda f: f.date(2012, 2024)),
            "listings_count": G(count(1, 12)),
            "government_id_verified": G(bool_()),
            "payout_country": G(pick("US", "CA", "MX")),
        },
    ),
    (
        "track",
        "Listing Created",
        ["web"],
        30,
        "HOST",
        {
            "listing_id": G(count(10**7, 10**8)),
            "listing_name": G(
                pick(
                    "Cozy loft near Gangnam Station",
                    "Casa da Vovó Rosa \u2013 Paraty",
                    "Sunny Mission studio",
                    "Altbau-Wohnung am Kollwitzplatz",
                    "Villa Kenanga with private pool",
                    "Treehouse in the redwoods",
                )
            ),
            "property_type": G(pick("apartment", "house", "villa", "cabin", "treehouse")),
            "bedrooms": G(count(0, 6)),
            "nightly_price": G(money(35, 650)),
            "currency": G(pick("USD", "EUR", "BRL", "KRW", "IDR")),
            "address": {
                "street": Y(lambda f: f.street_of(f.p), "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
                "country": G(lambda f: f.p.country),
                "lat": Y(lambda f: f.near(f.p)[0], "geolocation"),
                "lng": Y(lambda f: f.near(f.p)[1], "geolocation"),
            },
            "amenities": Many(G(pick("wifi", "kitchen", "pool", "free_parking", "washer", "ac")), 5),
            "checkin_method": G(pick("lockbox", "smartlock", "keypad", "host_greets")),
            "pets_allowed": G(bool_()),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        60,
        "INTL",
        {
            "query": G(
                pick("Lisbon", "Bali", "Seoul", "Lake Tahoe", "Paraty", "Berlin Prenzlauer Berg", "Kyoto")
            ),
            "checkin": G(lambda f: f.date(2024, 2025)),
            "checkout": G(lambda f: f.date(2024, 2025)),
            "adults": G(count(1, 6)),
            "children": G(count(0, 3)),
            "price_max": G(pick(None, 150, 300, 600)),
            "flexible_dates": G(bool_()),
            "results_count": G(count(0, 1000)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        60,
        "INTL",
        {
            "product_id": G(lambda f: str(f.r.randint(10**7, 10**8))),
            "name": G(
                pick(
                    "Cozy loft near Gangnam Station",
                    "Casa da Vovó Rosa \u2013 Paraty",
                    "Sunny Mission studio",
                    "Villa Kenanga with private pool",
                )
            ),
            "category": G(pick("apartment", "villa", "cabin")),
            "price": G(money(35, 650)),
            "currency": G(pick("USD", "EUR", "BRL")),
            "url": G(lambda f: f"https://www.staybnb.com/rooms/{f.r.randint(10**7, 10**8)}"),
            "image_url": G(lambda f: f"https://a0.staybnb.com/pictures/{f.uuid()}.jpg"),
            "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 2)),
            "host_id": G(count(10**6, 10**9)),
            "host_first_name": Y(host_first, "name"),
            "superhost": G(bool_()),
            "listing_city": G(pick("Lisboa", "Canggu", "Seoul", "Paraty", "Berlin", "South Lake Tahoe")),
            "position": G(count(1, 40)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        40,
        "INTL",
        {
            "checkout_id": G(uuid_()),
            "order_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "total": G(money(120, 4000)),
            "revenue": G(money(15, 500)),
            "tax": G(money(0, 300)),
            "discount": G(money(0, 100)),
            "coupon": G(pick("", "WELCOME25", "LONGSTAY")),
            "currency": G(pick("USD", "EUR", "BRL")),
            "payment_method": G(pick("card", "paypal", "pix", "apple_pay")),
            "checkin": G(lambda f: f.date(2024, 2025)),
            "checkout": G(lambda f: f.date(2024, 2025)),
            "guests": G(count(1, 8)),
            "listing_city": G(pick("Lisboa", "Canggu", "Seoul", "Paraty", "Berlin")),
            "products": Many(
                {
                    "product_id": G(lambda f: str(f.r.randint(10**7, 10**8))),
                    "sku": G(pick("NIGHT", "CLEANING_FEE", "SERVICE_FEE", "PET_FEE")),
                    "name": G(pick("Nightly rate", "Cleaning fee", "Service fee", "Pet fee")),
                    "price": G(money(10, 600)),
                    "quantity": G(count(1, 14)),
                },
                3,
            ),
            "co_travellers": Many(
                {
                    "first_name": Y(lambda f: f.person(f.pick(S_MARKETS)).first, "name"),
                    "last_name": Y(lambda f: f.person(f.pick(S_MARKETS)).last, "name"),
                    "email": Y(lambda f: f.person(f.pick(S_MARKETS)).email, "email"),
                    "age_group": G(pick("adult", "child", "infant")),
                },
                3,
            ),
            "message_to_host": Y(lambda f: message_to_host(f, host_first(f)), "name", True),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        20,
        "INTL",
        {
            "checkout_id": G(uuid_()),
            "order_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "payment_method": G(pick("card")),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(lambda f: f.p.full, "name"),
            "card_brand": G(pick("visa", "mastercard", "amex")),
            "exp_month": G(count(1, 12)),
            "exp_year": G(count(2025, 2032)),
            "billing_postal_code": Y(lambda f: f.zip_of(f.p), "zipcode"),
        },
    ),
    (
        "track",
        "Identity Verification Submitted",
        ["rn", "ios", "android"],
        30,
        "INTL",
        {
            "verification_id": G(lambda f: "idv_" + f.hexid(16)),
            "provider": G(pick("onfido", "jumio", "veriff")),
            "document": {
                "type": G(pick("passport", "national_id")),
                "number": RED(
                    lambda f: f.pick(
                        [f.passport(f.pick(["US", "DE", "BR", "KR", "FR", "JP", "IN", "GB", "NG"])), f.dni()]
                    ),
                    "passport|national id",
                ),
                "issuing_country": G(pick("US", "DE", "BR", "KR", "FR", "JP", "ES")),
                "nationality": Y(pick("USA", "DEU", "BRA", "KOR", "FRA", "JPN", "ESP", "NGA"), "citizenship"),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
                "sex": Y(pick("F", "M", "X"), "sex|gender"),
            },
            "full_name_on_document": Y(lambda f: f.p.full.upper(), "name"),
            "date_of_birth": Y(lambda f: f.p.birthdate, "birthdate"),
            "selfie_url": Y(lambda f: f"https://idv.staybnb.com/selfies/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Check-in Instructions Sent",
        ["node"],
        30,
        "INTL",
        {
            "reservation_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "channel": G(pick("email", "sms", "whatsapp", "in_app")),
            "recipient_email": Y(lambda f: f.p.email, "email"),
            "instructions": RED(checkin_instructions, "secret", True),
            "lockbox_code": RED(lambda f: f.n(4), "secret"),
            "wifi_network": G(pick("Staybnb_Guest", "CasaRosa-5G", "FRITZ!Box 7590 XY", "iptime")),
            "wifi_password": RED(
                lambda f: f.pick(["welcome2024", "CasaRosa#2023", "82736451", "sunnyloft!", "gangnam0909"]),
                "password",
            ),
            "checkin_time": G(pick("15:00", "16:00", "14:00")),
            "smart_lock_provider": G(pick(None, "August", "Nuki", "Yale")),
        },
    ),
    (
        "track",
        "Message Sent",
        ["rn", "web"],
        50,
        "INTL",
        {
            "thread_id": G(count(10**8, 10**9)),
            "sender_role": G(pick("guest", "host", "cohost")),
            "message_length": G(count(2, 900)),
            "has_attachment": G(bool_()),
            "language": G(pick("en", "pt", "de", "ko", "id", "ja")),
        },
    ),
    (
        "track",
        "Off-Platform Contact Flagged",
        ["python"],
        25,
        "INTL",
        {
            "thread_id": G(count(10**8, 10**9)),
            "flagged_text": Y(flagged_text, "email|phone", True),
            "detector": G(pick("regex_v3", "ml_contact_v2")),
            "action": G(pick("masked", "warned", "blocked")),
            "sender_role": G(pick("guest", "host")),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["rn", "web"],
        35,
        "INTL",
        {
            "review_id": G(count(10**8, 10**9)),
            "reservation_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "overall_rating": G(count(1, 5)),
            "ratings": {
                "cleanliness": G(count(1, 5)),
                "location": G(count(1, 5)),
                "value": G(count(1, 5)),
            },
            "public_review": Y(lambda f: review_naming(f, host_first(f)), "name", True),
            "private_feedback": G(
                pick("", "The shower drain was slow.", "More towels would be nice.", "Wifi dropped at night.")
            ),
        },
    ),
    (
        "track",
        "Damage Claim Filed",
        ["web"],
        20,
        "HOST",
        {
            "claim_id": G(lambda f: "clm_" + f.hexid(10)),
            "reservation_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "guest_id": G(count(10**6, 10**9)),
            "guest_name": Y(lambda f: f.person(f.pick(S_MARKETS)).full, "name"),
            "amount_claimed": G(money(40, 2500)),
            "currency": G(pick("USD", "EUR")),
            "category": G(pick("stain", "broken_item", "missing_item", "extra_cleaning")),
            "description": G(
                pick(
                    "Red wine stain on the sofa",
                    "Broken glass coffee table",
                    "Two towels missing",
                    "Burn mark on the kitchen counter",
                )
            ),
            "photos": Many(G(lambda f: f"https://a0.staybnb.com/claims/{f.uuid()}.jpg"), 4),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["python"],
        30,
        "HOST",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "host_id": G(count(10**6, 10**9)),
            "amount": G(money(50, 9000)),
            "currency": G(lambda f: f.p.currency),
            "method": G(lambda f: f.p.pay),
            "bank_account_last4": G(lambda f: f.n(4) if f.p.pay != "paypal" else None),
            "routing_number": G(lambda f: f.routing() if f.p.pay == "ach" else None),
            "account_number": RED(
                lambda f: f.n(f.pick([9, 10, 12])) if f.p.pay == "ach" else None, "bank account"
            ),
            "iban": RED(
                lambda f: f.iban_of(f.pick(["FR", "NL", "GB", "DE", "ES"])) if f.p.pay == "sepa" else None,
                "bank account",
            ),
            "paypal_email": Y(lambda f: f.p.email if f.p.pay == "paypal" else None, "email"),
        },
    ),
    (
        "track",
        "Co-traveller Invited",
        ["web", "rn"],
        25,
        "INTL",
        {
            "reservation_id": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "input": Y(lambda f: f.person(f.pick(S_MARKETS)).email, "email", True),
            "invite_method": G(pick("email", "link")),
            "invitee_count": G(count(1, 6)),
        },
    ),
    (
        "track",
        "Accessibility Needs Updated",
        ["rn", "web"],
        20,
        "INTL",
        {
            "step_free_access": RED(bool_(), "disability"),
            "service_animal": RED(bool_(), "disability"),
            "travelling_with_pet": G(bool_()),
            "pet_name": G(pick("Bolt", "Mochi", "Bella", "Kiko", "Rex")),
            "allergies": Many(Y(pick("peanuts", "gluten", "shellfish", "cats", "dust mites"), "allergy"), 2),
        },
    ),
    (
        "track",
        "Co-host Added",
        ["web"],
        15,
        "HOST",
        {
            "listing_id": G(count(10**7, 10**8)),
            "cohost": {
                "first_name": Y(lambda f: f.person(f.pick(S_MARKETS)).first, "name"),
                "email": Y(lambda f: f.person(f.pick(S_MARKETS)).email, "email"),
                "permissions": Many(G(pick("calendar", "messages", "payouts", "listing")), 3),
            },
        },
    ),
    (
        "track",
        "Guest Registration Exported",
        ["python"],
        25,
        "INTL",
        {
            "RESERVATION_CODE": G(
                lambda f: "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))
            ),
            "LISTING_ID": G(count(10**7, 10**8)),
            "GUEST_FULL_NAME": Y(lambda f: f.p.full, "name"),
            "DATE_OF_BIRTH": Y(lambda f: f.p.birthdate, "birthdate"),
            "NATIONALITY": Y(pick("FRA", "JPN", "NGA", "IND", "ESP", "ITA", "NLD", "USA"), "citizenship"),
            "PASSPORT_NUMBER": RED(
                lambda f: f.passport(f.pick(["FR", "JP", "NG", "IN", "GB", "US"])), "passport"
            ),
            "ARRIVAL_DATE": G(lambda f: f.date(2024, 2025)),
            "AUTHORITY": G(pick("SEF_PT", "SES_HOSPEDAJES_ES", "ALLOGGIATI_WEB_IT")),
            "SUBMITTED": G(bool_()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        25,
        "INTL",
        {
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "PHONE_E164": Y(lambda f: "+" + f.e164_digits(f.p), "phone"),
            "LIFETIME_VALUE": G(money(0, 20000)),
            "LAST_BOOKING_AT": G(iso()),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HOME_COUNTRY": G(lambda f: f.p.country),
            "SEGMENT": G(pick("family", "business", "digital_nomad", "couple")),
        },
    ),
    (
        "page",
        "Listing",
        ["web"],
        35,
        "INTL",
        {
            "name": G(pick("Listing", "Search", "Checkout")),
            "path": G(pick("/rooms/48213", "/s/Lisbon/homes", "/book/checkout")),
            "referrer": G(pick("", "https://www.google.com/", "https://www.staybnb.com/")),
            "search": G(pick("", "?adults=2&check_in=2024-08-01", "?source=wishlist")),
            "title": G(pick("Cozy loft near Gangnam Station - Staybnb", "Lisbon vacation rentals - Staybnb")),
            "url": G(lambda f: "https://www.staybnb.com" + f.pick(["/rooms/48213", "/s/Lisbon/homes"])),
        },
    ),
    (
        "screen",
        "Trips",
        ["rn"],
        30,
        "INTL",
        {
            "name": G(pick("Trips", "Wishlists", "Inbox")),
            "upcoming_trips": G(count(0, 4)),
        },
    ),
    (
        "track",
        "Wishlist Created",
        ["rn", "web"],
        20,
        "INTL",
        {
            "wishlist_id": G(count(10**6, 10**8)),
            "wishlist_name": G(
                pick("Japan 2025", "Honeymoon", "Ski trip", "Girls weekend", "Bali w/ family")
            ),
            "is_shared": G(bool_()),
        },
    ),
    (
        "track",
        "Support Call Completed",
        ["node"],
        25,
        "US",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + "3f9a0c7e1d2b4a6c8e0f1a2b3c4d5e6f"),
            "From": Y(lambda f: "+" + f.e164_digits(f.p), "phone", True),
            "To": G(pick("+18885550142", "+442038085500", "+4930568377")),
            "FromCity": Y(lambda f: f.p.city.upper(), "city"),
            "FromZip": Y(lambda f: f.zip_of(f.p), "zipcode"),
            "FromCountry": G(lambda f: f.p.country),
            "CallStatus": G(pick("completed", "no-answer", "busy")),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1800))),
            "queue": G(pick("guest_support", "host_support", "urgent_safety")),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        25,
        "INTL",
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(pick(50, 100, 150, 250)),
            "currency": G(pick("USD", "EUR", "GBP")),
            "design": G(pick("birthday", "thank_you", "holidays", "wedding")),
            "recipient": Y(lambda f: f.person(f.pick(S_MARKETS)).email, "email", True),
            "sender_name": Y(lambda f: f.p.first, "name"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        "Happy birthday {}! Go somewhere nice.",
                        "Congrats {} & family, enjoy the trip!",
                        "Parabéns {}, boa viagem!",
                        "Alles Gute {}! Ab in den Urlaub.",
                    ]
                ).format(f.person(f.pick(S_MARKETS)).first),
                "name",
                True,
            ),
        },
    ),
]

ALIAS_CLIENTS = [("zoomr", "flutter"), ("staybnb", "rn"), ("fixly", "ios"), ("fixly", "web")]

# Templates name one market, or a mix the app serves: the message's person comes from it.
MARKETS = {
    "Z": Z_MARKETS,
    "BRDE": P_MARKET,
    "INTL": S_MARKETS,
    "HOST": ["US", "US", "INTL", "DE", "BR"],
    "SCOOT": ["KR", "KR", "US"],
}
PRODUCTS = [("fixly", FIXLY), ("zoomr", ZOOMR), ("staybnb", STAYBNB)]
DRIVER_EVENTS = {"Driver Went Online", "Driver Signup Step Completed"}


def envelope(f: F, app: str, kind: str, name: str | None) -> dict:
    user = {
        "fixly": lambda: "usr_" + f.hexid(10),
        "zoomr": lambda: f.digits(9),
        "staybnb": lambda: f.digits(8),
    }[app]()
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": user,
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    return msg


def build(seed: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for app, templates in PRODUCTS:
        for kind, name, clients, weight, market, body in templates:
            for _ in range(weight):
                f.p = f.person(f.pick(MARKETS[market]) if market in MARKETS else market)
                ctx_app = "zoomr_driver" if name in DRIVER_EVENTS else app
                msg = envelope(f, app, kind, name)
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(ctx_app, f.pick(clients)), f, "context", labels)
                events.append(msg)
    for _ in range(40):
        app, client = f.pick(ALIAS_CLIENTS)
        f.p = f.person(f.pick(S_MARKETS))
        msg = {
            "type": "alias",
            "messageId": f.uuid(),
            "timestamp": f.iso(),
            "previousId": f.uuid(),
            "userId": f.digits(9),
        }
        msg["context"] = render(context_for(app, client), f, "context", labels)
        events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2121)
    write(Path(__file__).parent, "holdout21_", events, labels)
