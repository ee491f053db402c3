"""Writes holdout24: tests/corpus/holdout24_events.jsonl and holdout24_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders (only build.py, fake.py and build_holdout3.py's format), and
without running the engine on these events. Run it with
`.venv/bin/python -m tests.corpus.build_holdout24`; the output is deterministic (seed 2424).

Domain: media, games and payments, three fictional Segment customers.
- Streamly, video and music streaming (US, India, Brazil): profiles and kids profiles with ages,
  Segment video-spec playback, music plays, downloads, parental PINs, watch parties, plans paid
  through app stores, Stripe and carrier billing, gift subscriptions, a Portuguese-keyed Brazilian
  billing backend and a backend with Hindi-romanised keys (`grahak_naam`, `janm_tithi`, `pata`).
- Questrift, a mobile game: accounts, age gate and parental consent, guilds (group calls, voice
  calls), chat reports, e-commerce spec in-app purchases with store receipts, anti-cheat device
  checks, tournaments with prize payouts (W-9 / W-8BEN, bank details) from a .NET payout service.
- Zapay, a P2P wallet (US, India UPI, Brazil PIX): contacts sync, send / request money with notes,
  bank linking (Plaid, IFSC), KYC per country, disputes, merchant QR payments, card freeze,
  virtual cards, spending insights, a reverse-ETL identify with warehouse SCREAMING_SNAKE keys, a
  kebab-case merchant dashboard and a PascalCase .NET ledger.
Calls: identify, track, page, screen, group, alias; contexts of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and .NET server libraries (ip, traits, device, app, library, locale, userAgent, campaign,
location, externalIds). Each message has one persona (name, e-mail, phone, address in the formats
of the person's country) so values within a message agree; other people (recipients, contacts,
invitees, children, parents, staff) are fresh personas.

Conventions: mostly camelCase and snake_case keys; about 15 % PascalCase (.NET), kebab-case
(merchant dashboard, HTTP headers), SCREAMING_SNAKE (warehouse sync), Portuguese and
Hindi-romanised keys. Values: names from US, Indian, Brazilian and other cultures; national phone
formats; Luhn-valid cards (Visa, Mastercard, Amex, RuPay, Elo), mod-97 IBANs, SSA-structured SSNs,
CPF / CNPJ with check digits, Aadhaar with its Verhoeff digit, PAN, ABA routing numbers with
their checksum, IFSC codes, UPI VPAs and PIX keys.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person (the user or anyone
  else): names, contact details, the person's own address or precise location, birth dates, ages,
  government ids, financial accounts, full card numbers, special categories, credentials and
  secrets, IP addresses, advertising ids. Colour: the reference's default colour for the matcher
  named as type; outside the reference, red for credentials / secrets / tokens, card numbers,
  bank accounts, government ids and health, yellow otherwise (geolocation, advertising id).
- Green: ids we or a vendor issue (user, order, session, device, transfer, receipt ids, UUIDs,
  SKUs, store transaction ids, Play purchase tokens and App Store signed transactions, which are
  signed receipts identifying a purchase, not credentials), versions, timestamps, hashes of
  non-PII (device fingerprints), amounts, enums, counters and booleans even under PII-sounding
  keys (`emailVerified`, `pin_length`, `ssn_provided`), product / plan / content / guild / team /
  merchant / company names, catalog credits (artists, cast: published works, not user data),
  places that are not the person's (merchant city, store city, a business's address, server
  region), country, state, locale, language, timezone, currency, user agents, OS-issued device
  ids (IDFV, Android ID). Card brand, last four, expiry and BIN are green; ABA routing numbers,
  IFSC codes, SWIFT/BIC and Brazilian `agencia` identify the bank: green. A relay server's IP is
  our infrastructure, not a person's: green.
- Judgement calls a careful privacy owner would make, stated once: a person's exact age is PII
  (type birthdate), an age band or content rating is an enum (green); usernames, gamertags and
  display names are yellow `name|identification`; UPI VPAs and PIX keys of people are payment
  account identifiers (red `bank account`), a merchant's PSP-issued QR VPA is green; hashed
  phone numbers and e-mails of contacts are still the contacts' (yellow, not value_only); a push
  token (`context.device.token`) is a red token;
  the last four of an SSN and a masked Aadhaar or CPF are red national ids; a gift code is a
  bearer voucher (red secret) while a shared promo code is green; a parental PIN is a password;
  an income figure is salary (yellow) while occupation is a job title (green); gender and
  citizenship take the reference's yellow; a Plaid access or public token is a red token.
- A boolean or enum revealing a special category (military / veteran status) is red of that
  category.
- value_only is true when the key (with its parent object's name) does not say what the value is
  (`value`, `label`, `text`, `input`, `q`, `message`, `gift_message`, `shared_to`, `target`,
  `from`, `error_detail`, `externalIds[].id`); such a
  path holds its PII in every value. Free text is labelled by what every value carries: notes,
  descriptions, feedback and chat excerpts that never carry PII are green.
"""

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

NAMES = {
    "US": (
        [
            "Emily",
            "Michael",
            "Jasmine",
            "DeShawn",
            "Tyler",
            "Ashley",
            "Brandon",
            "Kayla",
            "Marcus",
            "Megan",
            "José",
            "Hannah",
            "Connor",
            "Aaliyah",
            "Wei",
            "Grace",
        ],
        [
            "Johnson",
            "Williams",
            "Brown",
            "Martinez",
            "Nguyen",
            "Thompson",
            "Robinson",
            "Walker",
            "O'Connor",
            "Kim",
            "Hernandez",
            "Jackson",
            "Murphy",
            "Goldberg",
            "Yazzie",
        ],
    ),
    "IN": (
        [
            "Aarav",
            "Ananya",
            "Rohan",
            "Sneha",
            "Vikram",
            "Priya",
            "Arjun",
            "Kavya",
            "Mohammed",
            "Harpreet",
            "Lakshmi",
            "Siddharth",
            "Ishita",
            "Farhan",
            "Deepika",
            "Venkatesh",
        ],
        [
            "Sharma",
            "Iyer",
            "Gupta",
            "Reddy",
            "Nair",
            "Menon",
            "Singh",
            "Krishnan",
            "Siddiqui",
            "Kaur",
            "Patel",
            "Banerjee",
            "Chatterjee",
            "Deshpande",
            "Mukherjee",
            "Rao",
        ],
    ),
    "BR": (
        [
            "João",
            "Maria",
            "Lucas",
            "Ana Clara",
            "Gabriel",
            "Beatriz",
            "Rafael",
            "Juliana",
            "Thiago",
            "Camila",
            "Matheus",
            "Larissa",
            "Guilherme",
            "Letícia",
            "Pedro",
            "Fernanda",
        ],
        [
            "Silva",
            "Oliveira",
            "Pereira",
            "Souza",
            "Costa",
            "Santos Almeida",
            "Ferreira",
            "Rodrigues",
            "Lima",
            "Carvalho",
            "Gomes",
            "Ribeiro Barbosa",
            "Araújo",
            "Nascimento",
        ],
    ),
    "XX": (
        [
            "Kenji",
            "Chiamaka",
            "Lars",
            "Zainab",
            "Nour",
            "Dmitri",
            "Sun-hee",
            "Aleksandra",
            "Mehmet",
            "Siosaia",
            "Thandiwe",
            "Joaquín",
            "Aoife",
            "Minh Anh",
            "Tomasz",
            "Yaw",
        ],
        [
            "Tanaka",
            "Eze",
            "Eriksson",
            "Bello",
            "El-Sayed",
            "Volkov",
            "Park",
            "Nowak",
            "Y\u0131lmaz",
            "Taufa",
            "Ndlovu",
            "Fernández",
            "Ní Bhriain",
            "Trần",
            "Wiśniewski",
            "Boateng",
        ],
    ),
}
XX_COUNTRIES = ["JP", "NG", "SE", "EG", "PL", "KR", "TR", "ZA", "PH", "MX", "IE", "VN", "GH"]
CITIES = {
    "US": [
        ("Chicago", "IL"),
        ("Austin", "TX"),
        ("Brooklyn", "NY"),
        ("Seattle", "WA"),
        ("Atlanta", "GA"),
        ("Phoenix", "AZ"),
        ("Columbus", "OH"),
        ("Oakland", "CA"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka"),
        ("Mumbai", "Maharashtra"),
        ("Pune", "Maharashtra"),
        ("Hyderabad", "Telangana"),
        ("Chennai", "Tamil Nadu"),
        ("Lucknow", "Uttar Pradesh"),
        ("Kolkata", "West Bengal"),
        ("Jaipur", "Rajasthan"),
    ],
    "BR": [
        ("São Paulo", "SP"),
        ("Rio de Janeiro", "RJ"),
        ("Belo Horizonte", "MG"),
        ("Recife", "PE"),
        ("Curitiba", "PR"),
        ("Porto Alegre", "RS"),
        ("Salvador", "BA"),
        ("Fortaleza", "CE"),
    ],
    "XX": [
        ("Osaka", ""),
        ("Lagos", ""),
        ("Malmö", ""),
        ("Cairo", ""),
        ("Kraków", ""),
        ("Busan", ""),
        ("Izmir", ""),
        ("Durban", ""),
        ("Cebu", ""),
        ("Guadalajara", ""),
    ],
}
US_STREETS = ["N Halsted St", "Maple Ave", "W 34th St", "Cedar Ln", "Peachtree Rd NE", "E Colfax Ave"]
US_STREETS += ["Lakeshore Dr", "Magnolia Blvd", "Elm St", "S Congress Ave"]
IN_AREAS = ["Indiranagar", "Andheri West", "Koregaon Park", "Banjara Hills", "Adyar", "Gomti Nagar"]
IN_AREAS += ["Salt Lake Sector V", "Malviya Nagar", "HSR Layout", "Powai"]
IN_BUILDINGS = ["Sai Krupa Residency", "Prestige Lakeside", "Shanti Kunj", "Green Acres Apts", "Lodha Palava"]
BR_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua da Aurora", "Rua XV de Novembro"]
BR_STREETS += ["Avenida Sete de Setembro", "Rua Padre Chagas", "Rua Oscar Freire"]
BR_BAIRROS = [
    "Consolação",
    "Bela Vista",
    "Laranjeiras",
    "Boa Vista",
    "Centro",
    "Moinhos de Vento",
    "Pinheiros",
]
EMAIL_DOMAINS = {
    "US": ["example.com", "mail.example.net", "example.org"],
    "IN": ["example.in", "mail.example.co.in", "example.com"],
    "BR": ["example.com.br", "mail.example.com.br", "example.com"],
    "XX": ["example.jp", "example.se", "example.com", "mail.example.ng"],
}
ASCII = str.maketrans("ãáâàçéêíóôõúüıłśñşéøöäåəùềạầ", "aaaaceeiooouuilsnseooaaeueaa")
LOCALES = {
    "US": ["en-US", "es-US"],
    "IN": ["en-IN", "hi-IN", "ta-IN"],
    "BR": ["pt-BR"],
    "XX": ["ja-JP", "en-GB", "pl-PL"],
}
TZS = {
    "US": ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"],
    "IN": ["Asia/Kolkata"],
    "BR": ["America/Sao_Paulo", "America/Recife", "America/Fortaleza"],
    "XX": ["Asia/Tokyo", "Africa/Lagos", "Europe/Stockholm", "Europe/Warsaw"],
}
CARRIERS = {
    "US": ["T-Mobile", "Verizon", "AT&T"],
    "IN": ["Jio", "Airtel", "Vi"],
    "BR": ["Vivo", "Claro", "TIM"],
}
CARRIERS["XX"] = ["NTT DOCOMO", "MTN", "Telia", "Orange"]


class F(Fake):
    """fake.Fake plus the formats of the US, India and Brazil, and one persona per message."""

    me: dict[str, Any]

    def region(self) -> str:
        return self.me["region"]

    # -- numbers with check digits --
    def cpf(self, formatted=None) -> str:
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=False))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        raw = "".join(map(str, d))
        if formatted is None:
            formatted = self.r.random() < 0.6
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def cnpj(self) -> str:
        d = [self.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            s = sum(v * w for v, w in zip(d, weights, strict=False))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        r = "".join(map(str, d))
        return f"{r[:2]}.{r[2:5]}.{r[5:8]}/{r[8:12]}-{r[12:]}"

    def aadhaar(self, spaced=True) -> str:
        mul = [
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
        perm = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
            [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
            [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
            [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
            [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
            [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
            [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
        ]
        inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        c = 0
        for i, ch in enumerate(reversed(body)):
            c = mul[c][perm[(i + 1) % 8][int(ch)]]
        number = body + str(inv[c])
        return " ".join(number[i : i + 4] for i in range(0, 12, 4)) if spaced else number

    def pan_card(self, last: str) -> str:
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        initial = last.translate(ASCII)[0].upper()
        return "".join(self.pick(up) for _ in range(3)) + "P" + initial + self.digits(4) + self.pick(up)

    def aba(self) -> str:
        while True:
            d = [self.r.randint(0, 1), self.r.randint(0, 9)] + [self.r.randint(0, 9) for _ in range(6)]
            if d[0] == 0 and d[1] == 0:
                continue
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def ifsc(self) -> str:
        return self.pick(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "PUNB", "BARB"]) + "0" + self.digits(6)

    def card_any(self) -> str:
        prefix, length = self.pick(
            [
                ("4", 16),
                ("51", 16),
                ("53", 16),
                ("37", 15),
                ("6521", 16),
                ("6522", 16),
                ("636297", 16),
                ("506722", 16),
                ("2223", 16),
            ]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        if length == 16 and self.r.random() < 0.4:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def us_account(self) -> str:
        return self.digits(self.r.randint(9, 12))

    def br_conta(self) -> str:
        return f"{self.digits(self.r.randint(5, 8))}-{self.r.randint(0, 9)}"

    def in_account(self) -> str:
        return self.digits(self.pick([11, 12, 14, 16]))

    def sha256(self) -> str:
        return hashlib.sha256(self.hexid(32).encode()).hexdigest()

    def b64(self, n: int) -> str:
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def b64url(self, n: int) -> str:
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).rstrip(b"=").decode()

    def jws_transaction(self) -> str:
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

        header = {"alg": "ES256", "x5c": ["MIIEMDCCA7agAwIBAgIQ" + self.b64url(24)]}
        tid = "2000000" + self.digits(9)
        payload = {
            "transactionId": tid,
            "originalTransactionId": tid,
            "bundleId": "tv.streamly.app",
            "productId": self.pick(["tv.streamly.premium.monthly", "tv.streamly.standard.annual"]),
            "purchaseDate": self.epoch_ms(),
            "type": "Auto-Renewable Subscription",
            "environment": "Production",
        }
        return f"{enc(header)}.{enc(payload)}.{self.b64url(64)}"

    # -- per-country formats --
    def phone_for(self, region: str, style=None) -> str:
        r = self.r
        if region == "IN":
            n = str(r.choice([6, 7, 8, 9])) + self.digits(9)[:9]
            style = style or self.pick(["e164", "spaced", "plain", "zero"])
            return {
                "e164": f"+91{n}",
                "spaced": f"+91 {n[:5]} {n[5:]}",
                "plain": n,
                "zero": f"0{n[:5]} {n[5:]}",
            }[style]
        if region == "BR":
            ddd = self.pick(["11", "21", "31", "81", "41", "51", "71", "85"])
            n = "9" + self.digits(8)
            style = style or self.pick(["e164", "paren", "intl"])
            return {
                "e164": f"+55{ddd}{n}",
                "paren": f"({ddd}) {n[:5]}-{n[5:]}",
                "intl": f"+55 {ddd} {n[:5]}-{n[5:]}",
            }[style]
        if region == "XX":
            return self.pick(
                [
                    f"+81 90-{self.digits(4)}-{self.digits(4)}",
                    f"+234 803 {self.digits(3)} {self.digits(4)}",
                    f"+46 70 {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                    f"+48 {self.digits(3)} {self.digits(3)} {self.digits(3)}",
                    f"+82 10-{self.digits(4)}-{self.digits(4)}",
                    self.phone("uk"),
                ]
            )
        return self.phone(style or self.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))

    def e164(self, region: str) -> str:
        if region in ("IN", "BR"):
            return self.phone_for(region, "e164")
        if region == "XX":
            return "+44" + self.digits(10)
        return self.phone("e164")

    def person(self, region: str | None = None) -> dict[str, Any]:
        region = region or self.pick(["US", "IN", "BR"])
        firsts, lasts = NAMES[region]
        first, last = self.pick(firsts), self.pick(lasts)
        city, state = self.pick(CITIES[region])
        local = first.lower().translate(ASCII).replace(" ", "").replace("-", "")
        surname = last.lower().translate(ASCII).replace("'", "").replace(" ", "")
        sep = self.pick([".", "_", "", ""])
        suffix = self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(80, 2005))])
        email = f"{local}{sep}{surname[:8]}{suffix}"
        year, month, day = self.r.randint(1958, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        if region == "US":
            street = f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"
            line2 = self.pick(["Apt 3B", "Unit 210", "#1204", "Apt 5"])
            zip_ = f"{self.r.randint(10001, 98199):05d}"
            dob_local = f"{month:02d}/{day:02d}/{year}"
            country = "US"
        elif region == "IN":
            street = f"Flat {self.r.randint(1, 12)}0{self.r.randint(1, 9)}, {self.pick(IN_BUILDINGS)}"
            line2 = f"{self.r.randint(1, 18)}th Cross, {self.pick(IN_AREAS)}"
            zip_ = f"{self.r.randint(11, 85)}{self.r.randint(0, 9999):04d}"
            dob_local = f"{day:02d}-{month:02d}-{year}"
            country = "IN"
        elif region == "BR":
            street = f"{self.pick(BR_STREETS)}, {self.r.randint(10, 3200)}"
            line2 = self.pick(["apto 72", "casa 2", "bloco B apto 304", "sala 1101"])
            zip_ = f"{self.r.randint(10000, 99999)}-{self.r.randint(0, 999):03d}"
            dob_local = f"{day:02d}/{month:02d}/{year}"
            country = "BR"
        else:
            road = self.pick(["Sakura-dori", "Allen Avenue", "Storgatan", "ul. Długa"])
            street = f"{self.r.randint(1, 220)} {road}"
            line2 = self.pick(["2F", "Flat 4", ""]) or "Apt 1"
            zip_ = self.digits(5)
            dob_local = f"{year}-{month:02d}-{day:02d}"
            country = self.pick(XX_COUNTRIES)
        handle = self.pick(
            [
                f"{local}{self.r.randint(1, 999)}",
                f"xX{local.capitalize()}Xx",
                f"{local}_{surname[:4]}",
                f"{self.pick(['Shadow', 'Neon', 'Iron', 'Pixel', 'Mystic'])}{local.capitalize()}",
                f"{local}.plays",
            ]
        )
        return {
            "region": region,
            "country": country,
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "email": f"{email}@{self.pick(EMAIL_DOMAINS[region])}",
            "phone": self.phone_for(region),
            "dob": f"{year}-{month:02d}-{day:02d}",
            "dob_local": dob_local,
            "birth_year": year,
            "street": street,
            "line2": line2,
            "city": city,
            "state": state,
            "zip": zip_,
            "locale": self.pick(LOCALES[region]),
            "tz": self.pick(TZS[region]),
            "carrier": self.pick(CARRIERS[region]),
            "handle": handle,
            "ip": self.ipv4() if self.r.random() < 0.8 else self.ipv6(),
        }

    def lat_lon(self) -> tuple[float, float]:
        box = {
            "US": (25.8, 47.6, -122.4, -71.1),
            "IN": (8.5, 28.7, 72.8, 88.4),
            "BR": (-30.0, -3.7, -51.2, -34.9),
        }.get(self.me["region"], (-34.0, 60.0, -10.0, 140.0))
        return round(self.r.uniform(box[0], box[1]), 6), round(self.r.uniform(box[2], box[3]), 6)

    def other(self, region: str | None = None) -> dict[str, Any]:
        return self.person(region or self.me["region"])

    def vpa(self, p: dict[str, Any]) -> str:
        local = p["first"].lower().translate(ASCII).replace(" ", "")
        last = p["last"].lower().translate(ASCII).replace(" ", "")
        return self.pick(
            [
                f"{local}.{last}@okhdfcbank",
                f"{self.phone_for('IN', 'plain')}@ybl",
                f"{local}{self.r.randint(1, 999)}@paytm",
                f"{local}{last[:3]}@oksbi",
                f"{local}.{last}@okicici",
                f"{self.phone_for('IN', 'plain')}@axl",
            ]
        )

    def pix_key(self, p: dict[str, Any]) -> str:
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf()
        if kind == "email":
            return p["email"]
        if kind == "phone":
            return self.phone_for("BR", "e164")
        return self.uuid()


def me(key):
    return lambda f: f.me[key]


def ts():
    return G(lambda f: f.iso())


def uid():
    return G(lambda f: f.uuid())


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def intg(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def flag():
    return G(lambda f: f.pick([True, False]))


def currency():
    return G(lambda f: {"US": "USD", "IN": "INR", "BR": "BRL"}.get(f.region(), "USD"))


def country():
    return G(lambda f: f.me["country"])


# -- contexts of the client libraries -------------------------------------------------------------

BRANDS = {
    "streamly": {
        "app": "Streamly",
        "ns": "tv.streamly.app",
        "versions": ["8.14.0", "8.15.2", "8.16.0"],
        "web": "https://www.streamly.tv",
        "pages": [
            ("/browse", "Home - Streamly"),
            ("/watch/", "Now watching | Streamly"),
            ("/account", "Account"),
            ("/plans", "Choose your plan | Streamly"),
            ("/gift", "Give Streamly"),
            ("/party/", "Watch party"),
        ],
    },
    "questrift": {
        "app": "Questrift",
        "ns": "com.questrift.game",
        "versions": ["2.31.0", "2.31.4", "2.32.1"],
        "web": "https://play.questrift.gg",
        "pages": [
            ("/support", "Support | Questrift"),
            ("/payouts", "Tournament payouts"),
            ("/news", "News"),
            ("/appeal", "Appeal a ban"),
            ("/tournaments", "Tournaments"),
        ],
    },
    "zapay": {
        "app": "Zapay",
        "ns": "app.zapay.wallet",
        "versions": ["5.2.0", "5.3.1", "5.4.0"],
        "web": "https://pay.zapay.app",
        "pages": [
            ("/login", "Sign in · Zapay"),
            ("/activity", "Activity · Zapay"),
            ("/disputes/new", "Report"),
            ("/business/links", "Payment links · Zapay Business"),
            ("/insights", "Insights · Zapay"),
        ],
    },
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 "
    "Safari/537.36",
]
ANDROID_DEVICES = [
    ("samsung", "SM-S918B", "dm3q"),
    ("samsung", "SM-A546E", "a54x"),
    ("Xiaomi", "23021RAA2Y", "tapas"),
    ("motorola", "moto g54 5G", "cancunf"),
    ("Google", "Pixel 8", "shiba"),
    ("OnePlus", "CPH2449", "OP591BL1"),
    ("realme", "RMX3771", "RE5C6CL1"),
]
IPHONES = ["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2", "iPhone12,8", "iPad13,18"]


def web_ctx(f: F, brand: str) -> dict:
    b = BRANDS[brand]
    path, title = f.pick(b["pages"])
    if path.endswith("/"):
        path += f.hexid(10)
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: "analytics.js"), "version": pick("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": G(lambda f: path),
            "referrer": pick("", "https://www.google.com/", "https://t.co/", "https://www.instagram.com/"),
            "search": pick("", "?utm_source=newsletter&utm_medium=email", "?ref=app_banner"),
            "title": G(lambda f: title),
            "url": G(lambda f: b["web"] + path),
        },
        "userAgent": pick(*UAS),
        "userAgentData": {
            "brands": Many(
                {"brand": pick("Chromium", "Google Chrome", "Not-A.Brand"), "version": pick("124", "99")}
            ),
            "mobile": flag(),
            "platform": pick("Windows", "macOS", "Android", "Linux"),
        },
        "locale": G(me("locale")),
        "ip": Y(me("ip"), "ip"),
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": pick("diwali_offer", "black_friday_24", "carnaval", "s2_launch"),
            "source": pick("google", "facebook", "newsletter", "youtube"),
            "medium": pick("cpc", "email", "social", "paid_video"),
            "term": pick("streaming app", "upi wallet", "free games", "novelas online"),
            "content": pick("hero_banner", "text_link", "carousel_2"),
        }
    return ctx


def swift_ctx(f: F, brand: str) -> dict:
    b = BRANDS[brand]
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: b["app"]),
            "version": pick(*b["versions"]),
            "build": pick("4102", "4117", "4130"),
            "namespace": G(lambda f: b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": pick(*IPHONES),
            "name": pick("iPhone", "iPad"),
            "type": G(lambda f: "ios"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": G(me("locale")),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": G(lambda f: "iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": G(me("tz")),
        "instanceId": uid(),
        "ip": Y(me("ip"), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    else:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: False)
    if f.r.random() < 0.6:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_ctx(f: F, brand: str) -> dict:
    b = BRANDS[brand]
    maker, model, code = f.pick(ANDROID_DEVICES)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: b["app"]),
            "version": pick(*b["versions"]),
            "build": pick("40102", "40117", "40130"),
            "namespace": G(lambda f: b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: code),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": flag(),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": pick("1.15.2", "1.16.3")},
        "locale": G(me("locale")),
        "network": {
            "wifi": flag(),
            "cellular": flag(),
            "bluetooth": G(lambda f: False),
            "carrier": G(me("carrier")),
        },
        "os": {"name": G(lambda f: "Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 2.75, 3.0), "height": pick(2340, 2400), "width": G(lambda f: 1080)},
        "timezone": G(me("tz")),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model} Build/UP1A.231005.007)"),
        "instanceId": uid(),
        "ip": Y(me("ip"), "ip"),
    }
    if brand == "zapay":
        lat, lon = f.lat_lon()
        ctx["location"] = {
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
        }
    return ctx


def rn_ctx(f: F, brand: str) -> dict:
    b = BRANDS[brand]
    ios = f.r.random() < 0.5
    maker, model, code = ("Apple", f.pick(IPHONES), "iPhone") if ios else f.pick(ANDROID_DEVICES)
    traits: dict[str, Any] = {"email": Y(me("email"), "email")}
    if brand == "zapay":
        traits["phone"] = Y(me("phone"), "phone")
        traits["first_name"] = Y(me("first"), "name")
        traits["kyc_level"] = pick("none", "basic", "full")
    else:
        traits["plan"] = pick("mobile", "standard", "premium")
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: b["app"]),
            "version": pick(*b["versions"]),
            "build": pick("812", "818", "830"),
            "namespace": G(lambda f: b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: code),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": pick("2.19.2", "2.20.1"),
        },
        "locale": G(me("locale")),
        "network": {"cellular": flag(), "wifi": flag()},
        "os": {"name": G(lambda f: "iOS" if ios else "Android"), "version": pick("17.5", "14", "13")},
        "screen": {"height": pick(844, 915, 932), "width": pick(390, 412, 430)},
        "timezone": G(me("tz")),
        "traits": traits,
        "instanceId": uid(),
        "ip": Y(me("ip"), "ip"),
    }
    if brand == "zapay" and f.r.random() < 0.3:
        lat, lon = f.lat_lon()
        ctx["location"] = {
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
        }
    return ctx


def flutter_ctx(f: F, brand: str) -> dict:
    b = BRANDS[brand]
    ios = f.r.random() < 0.4
    maker, model, code = ("Apple", f.pick(IPHONES), "iPhone") if ios else f.pick(ANDROID_DEVICES)
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: b["app"]),
            "version": pick(*b["versions"]),
            "build": pick("231", "236"),
            "namespace": G(lambda f: b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: code),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": pick("1.1.4", "1.1.6")},
        "locale": G(me("locale")),
        "network": {"cellular": flag(), "wifi": flag()},
        "os": {"name": G(lambda f: "iOS" if ios else "Android"), "version": pick("17.5", "14", "13")},
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": G(me("tz")),
        "ip": Y(me("ip"), "ip"),
    }
    if brand == "zapay":
        ctx["traits"] = {"phone": Y(me("phone"), "phone"), "kyc_level": pick("none", "basic", "full")}
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.1", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(f: F, brand: str, lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": pick(*versions)}}
    if f.r.random() < 0.6:
        ctx["ip"] = Y(me("ip"), "ip")
    if f.r.random() < 0.4:
        ctx["userAgent"] = pick(*UAS)
    if f.r.random() < 0.3:
        ctx["traits"] = {"email": Y(me("email"), "email")}
    if brand == "zapay" and lib == "node" and f.r.random() < 0.7:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.e164(f.region()), "phone", True),
                "type": G(lambda f: "phone_number"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if brand == "questrift" and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: "g_" + f.digits(6))
    return ctx


def context_for(f: F, brand: str, client: str) -> dict:
    if client == "web":
        return web_ctx(f, brand)
    if client == "swift":
        return swift_ctx(f, brand)
    if client == "kotlin":
        return kotlin_ctx(f, brand)
    if client == "rn":
        return rn_ctx(f, brand)
    if client == "flutter":
        return flutter_ctx(f, brand)
    return server_ctx(f, brand, client)


MOBILE = ["swift", "kotlin"]
TITLES = ["Monsoon Letters", "The Ballad of Rosa Delgado", "Meera's Kitchen", "Cidade Invisível: S2"]
TITLES += ["Night Shift at Lakeview", "Kota Diaries", "Dino Friends", "Galaxy Rangers Jr.", "Sertão Blues"]
ARTISTS = [
    "Luna Ferraz",
    "DJ Kabir",
    "The Velvet Orchards",
    "Anaya Rao",
    "MC Pipoca",
    "Nightglass",
    "Rahul & Tara",
]

# -- Streamly ------------------------------------------------------------------------------------

STREAMLY = [
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        {
            "email": Y(me("email"), "email"),
            "phone": Y(me("phone"), "phone"),
            "firstName": Y(me("first"), "name"),
            "lastName": Y(me("last"), "name"),
            "birthday": Y(me("dob"), "birthdate"),
            "postalCode": Y(me("zip"), "zipcode"),
            "country": country(),
            "preferredLanguage": pick("en", "hi", "pt-BR", "ta", "es"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "plan": pick("mobile", "standard", "premium", "family"),
            "signupSource": pick("organic", "carrier_bundle", "gift", "referral"),
            "createdAt": ts(),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "marketingOptIn": flag(),
            "avatarUrl": G(
                lambda f: (
                    "https://img.streamly.tv/avatars/std/"
                    + f"{f.pick(['panda', 'rocket', 'tiger'])}_0{f.r.randint(1, 9)}.png"
                )
            ),
        },
    ),
    (
        "track",
        "Profile Created",
        ["web", "swift", "kotlin", "rn"],
        {
            "profile_id": uid(),
            "profile_name": Y(
                lambda f: f.pick([f.other()["first"], f.other()["first"], f.me["first"], "Kids"]), "name"
            ),
            "avatar_id": G(lambda f: f"av_{f.r.randint(1, 60):03d}"),
            "language": pick("en", "hi", "pt", "ta", "te"),
            "autoplay_enabled": flag(),
        },
    ),
    (
        "track",
        "Kids Profile Created",
        ["web", "swift", "kotlin", "rn"],
        {
            "profile_id": uid(),
            "profile_name": Y(lambda f: f.other()["first"], "name"),
            "child_age": Y(lambda f: f.r.randint(2, 12), "birthdate"),
            "child_birth_month": Y(
                lambda f: f"{f.r.randint(2012, 2022)}-{f.r.randint(1, 12):02d}", "birthdate"
            ),
            "maturity_rating": pick("TV-Y", "TV-Y7", "TV-G", "U/A 7+", "L", "10"),
            "pin_protected": flag(),
        },
    ),
    (
        "track",
        "Video Playback Started",
        ["web", "swift", "kotlin", "rn"],
        {
            "session_id": uid(),
            "content_asset_id": G(lambda f: "ast_" + f.digits(8)),
            "position": intg(0, 3000),
            "total_length": intg(1200, 9000),
            "video_player": pick("exoplayer", "avplayer", "shaka-player", "bitmovin"),
            "quality": pick("480p", "720p", "1080p", "2160p"),
            "profile_id": uid(),
        },
    ),
    (
        "track",
        "Video Content Playing",
        ["web", "swift", "kotlin", "rn"],
        {
            "session_id": uid(),
            "asset_id": G(lambda f: "ast_" + f.digits(8)),
            "title": pick(*TITLES),
            "description": pick(
                "A retired teacher returns to the village she left forty years ago.",
                "Four friends open a food truck in Recife.",
                "Animated adventures for preschoolers.",
                "Live coverage from the finals.",
            ),
            "season": intg(1, 5),
            "episode": intg(1, 12),
            "genre": pick("Drama", "Kids", "Comedy", "Documentary", "Novela", "Thriller"),
            "airdate": G(lambda f: f.date(2018, 2024)),
            "position": intg(0, 3000),
            "total_length": intg(1200, 9000),
            "cast": Many(pick("Anaya Rao", "Caio Mendes", "Rhea Kapoor", "Jordan Ellis", "Bia Torres")),
        },
    ),
    (
        "track",
        "Track Played",
        ["rn", "swift", "kotlin"],
        {
            "track_id": G(lambda f: "trk_" + f.hexid(12)),
            "isrc": G(lambda f: f.pick(["US", "BR", "IN"]) + f.pick(["RC1", "UM7", "SMX"]) + f.digits(7)),
            "track_name": pick(
                "Chai at Midnight", "Saudade FM", "Neon Monsoon", "Back Porch Blues", "Baarish"
            ),
            "artist_name": pick(*ARTISTS),
            "album_name": pick("Late Trains", "Verão 99", "Lo-fi Lagos", "Desi Nights Vol. 2"),
            "duration_ms": intg(95_000, 420_000),
            "playlist_name": pick(
                "Gym 🔥", "Late night drive", "Bollywood Retro", "Pagode de Domingo", "Focus"
            ),
        },
    ),
    (
        "track",
        "Download Completed",
        MOBILE,
        {
            "download_id": uid(),
            "asset_id": G(lambda f: "ast_" + f.digits(8)),
            "title": pick(*TITLES),
            "quality": pick("480p", "720p", "1080p", "2160p"),
            "file_size_mb": money(80, 2400),
            "local_path": G(
                lambda f: f.pick(
                    [
                        f"/storage/emulated/0/Android/data/tv.streamly.app/files/dl/{f.hexid(16)}.mp4",
                        f"/var/mobile/Containers/Data/Application/{f.uuid().upper()}/Library/Downloads/{f.hexid(12)}",
                    ]
                )
            ),
            "expires_at": ts(),
            "duration_ms": intg(4000, 900_000),
        },
    ),
    (
        "track",
        "Parental Controls Updated",
        ["web", "swift", "kotlin"],
        {
            "profile_id": uid(),
            "pin_enabled": flag(),
            "pin_length": pick(4, 6),
            "parental_pin": RED(lambda f: f.digits(4) if f.r.random() < 0.7 else f.digits(6), "password"),
            "max_maturity_rating": pick("TV-PG", "TV-14", "U/A 13+", "12", "14"),
            "restricted_titles": Many(G(lambda f: "ast_" + f.digits(8))),
        },
    ),
    (
        "track",
        "Parental PIN Entered",
        ["web", "swift", "kotlin", "rn"],
        {
            "profile_id": uid(),
            "result": pick("success", "failure"),
            "attempt": intg(1, 5),
        },
    ),
    (
        "track",
        "Watch Party Created",
        ["web", "rn"],
        {
            "party_id": G(lambda f: f.b64url(9)),
            "content_asset_id": G(lambda f: "ast_" + f.digits(8)),
            "host_display_name": Y(
                lambda f: f.pick([f.me["first"], f.me["full"], f.me["first"] + " " + f.me["last"][0] + "."]),
                "name",
            ),
            "invitees": Many(Y(lambda f: f.other()["email"], "email"), 4),
            "invite_url": G(lambda f: "https://www.streamly.tv/party/" + f.b64url(9)),
            "max_participants": pick(4, 8, 16),
            "scheduled_start": ts(),
        },
    ),
    (
        "track",
        "Watch Party Joined",
        ["web", "rn", "swift"],
        {
            "party_id": G(lambda f: f.b64url(9)),
            "participant_count": intg(2, 16),
            "joined_via": pick("link", "notification", "qr"),
            "guest_name": Y(lambda f: f.pick([f.me["first"], f.me["full"]]), "name"),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["python", "node", "kotlin", "swift"],
        {
            "subscription_id": G(lambda f: "sub_" + f.b64url(10)),
            "plan_id": pick("premium_monthly", "standard_annual", "mobile_weekly", "family_monthly"),
            "plan_name": pick("Premium", "Standard", "Mobile", "Family"),
            "billing_period": pick("weekly", "monthly", "annual"),
            "price": money(2, 23),
            "currency": currency(),
            "billing_provider": pick("app_store", "google_play", "stripe", "jio_carrier", "vivo_carrier"),
            "trial": flag(),
            "country": country(),
            "promo_code": pick("", "DIWALI50", "CARNAVAL", "WELCOME7"),
            "store_transaction_id": G(lambda f: "2000000" + f.digits(9)),
        },
    ),
    (
        "track",
        "Carrier Billing Activated",
        ["go", "java"],
        {
            "carrier": G(me("carrier")),
            "mcc_mnc": G(
                lambda f: {"IN": "405-857", "BR": "724-06", "US": "310-260"}.get(f.region(), "310-260")
            ),
            "msisdn": Y(lambda f: f.e164(f.region()).lstrip("+"), "phone"),
            "operator_subscription_ref": G(lambda f: "OPR" + f.digits(12)),
            "charge_amount": money(1, 15),
            "currency": currency(),
            "client_ip": Y(me("ip"), "ip"),
            "consent_channel": pick("sms_otp", "header_enrichment", "ussd"),
        },
    ),
    (
        "track",
        "Store Purchase Verified",
        ["node"],
        {
            "platform": pick("ios", "android"),
            "bundle_id": G(lambda f: "tv.streamly.app"),
            "product_id": pick("tv.streamly.premium.monthly", "tv.streamly.standard.annual"),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": uid(),
            "signed_transaction_info": G(lambda f: f.jws_transaction()),
            "purchase_token": G(
                lambda f: "".join(f.pick("abcdefghijklmnop") for _ in range(24)) + ".AO-J1O" + f.b64url(90)
            ),
            "order_id": G(lambda f: f"GPA.33{f.r.randint(10, 99)}-{f.digits(4)}-{f.digits(4)}-{f.digits(5)}"),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web", "python"],
        {
            "gift_id": uid(),
            "plan_id": pick("premium_monthly", "standard_annual", "family_monthly"),
            "months": pick(1, 3, 6, 12),
            "sender_name": Y(me("full"), "name"),
            "sender_email": Y(me("email"), "email"),
            "recipient_name": Y(lambda f: f.other()["full"], "name"),
            "recipient_email": Y(lambda f: f.other()["email"], "email"),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {f.other()['first']}! Love, {f.me['first']}",
                        f"Para a {f.other()['first']}, feliz Natal! Beijos, {f.me['first']}",
                        f"{f.other()['first']}, enjoy the shows :) - {f.me['first']}",
                        f"Congrats on the new job {f.other()['first']}!! from {f.me['full']}",
                        f"Diwali ki shubhkamnayein {f.other()['first']} bhaiya - {f.me['first']}",
                    ]
                ),
                "name",
                True,
            ),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
            "price": money(8, 140),
            "currency": currency(),
        },
    ),
    (
        "track",
        "Gift Redeemed",
        ["web", "swift", "kotlin"],
        {
            "gift_code": RED(
                lambda f: "-".join(
                    f.b64url(6).upper().replace("-", "X").replace("_", "Y")[:4] for _ in range(4)
                ),
                "secret",
            ),
            "plan_id": pick("premium_monthly", "standard_annual", "family_monthly"),
            "months": pick(1, 3, 6, 12),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["web", "swift", "kotlin", "rn"],
        {
            "subscription_id": G(lambda f: "sub_" + f.b64url(10)),
            "reason": pick("too_expensive", "not_enough_content", "technical_issues", "switching_service"),
            "feedback": pick(
                "Too expensive after the price change",
                "Not enough Tamil content",
                "The app keeps buffering on my TV",
                "Only subscribed for one series",
                "",
            ),
            "offer_shown": flag(),
        },
    ),
    (
        "track",
        "Content Searched",
        ["web", "rn", "kotlin", "swift"],
        {
            "query": pick(
                "monsoon letters", "kids cartoons hindi", "novelas", "anaya rao songs", "thriller 2024"
            ),
            "results_count": intg(0, 120),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "checkout_id": uid(),
            "revenue": money(4, 23),
            "currency": currency(),
            "coupon": pick("", "DIWALI50", "WELCOME7"),
            "products": Many(
                {
                    "product_id": pick("premium_monthly", "standard_annual"),
                    "sku": pick("STRM-PREM-M", "STRM-STD-Y", "STRM-FAM-M"),
                    "name": pick("Streamly Premium", "Streamly Standard", "Streamly Family"),
                    "price": money(4, 23),
                    "quantity": G(lambda f: 1),
                    "category": G(lambda f: "subscription"),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["web"],
        {
            "payment_method_id": G(lambda f: "pm_1" + f.b64url(17).replace("-", "a").replace("_", "b")),
            "card_brand": pick("visa", "mastercard", "amex", "rupay", "elo"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
            "billing_postal_code": Y(me("zip"), "zipcode"),
            "cardholder_name": Y(lambda f: f.me["full"].upper(), "name"),
            "wallet": pick("none", "apple_pay", "google_pay"),
        },
    ),
    (
        "track",
        "Device Linked",
        ["web"],
        {
            "activation-code": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "device-type": pick("smart_tv", "streaming_stick", "console"),
            "tv-model": pick("LG OLED55C3", "Samsung QN90C", "Mi TV 5X", "TCL 50P635"),
            "device-nickname": pick("Living Room TV", "Bedroom", "Sala", "Kids room TV"),
            "linked-at": ts(),
        },
    ),
    (
        "track",
        "Login Submitted",
        ["web"],
        {
            "input": Y(lambda f: f.me["email"] if f.r.random() < 0.6 else f.me["phone"], "email|phone", True),
            "method": pick("password", "otp", "magic_link"),
            "attempt": intg(1, 4),
            "success": flag(),
        },
    ),
    (
        "track",
        "API Error",
        ["node", "python"],
        {
            "endpoint": pick("/v2/playback/license", "/v1/profiles", "/v1/downloads/sync"),
            "status_code": pick(401, 403, 500, 503),
            "request_id": uid(),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": pick(
                    "Streamly/8.15.2 (iPhone; iOS 17.5)", "okhttp/4.12.0", "Streamly-TV/3.1 WebOS"
                ),
                "x-forwarded-for": Y(
                    lambda f: (
                        f"{f.me['ip']}, 10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
                    ),
                    "ip",
                ),
                "content-type": G(lambda f: "application/json"),
            },
        },
    ),
    (
        "track",
        "Household Member Invited",
        ["web"],
        {
            "invitee_email": Y(lambda f: f.other()["email"], "email"),
            "invitee_name": Y(lambda f: f.other()["first"], "name"),
            "relationship": pick("spouse", "child", "parent", "roommate"),
        },
    ),
    (
        "track",
        "Assinatura Criada",
        ["java"],
        {
            "id_assinatura": G(lambda f: "ass_" + f.digits(9)),
            "nome_completo": Y(me("full"), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "email": Y(me("email"), "email"),
            "celular": Y(me("phone"), "phone"),
            "data_nascimento": Y(me("dob_local"), "birthdate"),
            "endereco": {
                "logradouro": Y(lambda f: f.me["street"].split(",")[0], "street|address"),
                "numero": Y(lambda f: f.me["street"].split(", ")[-1], "address"),
                "complemento": Y(me("line2"), "address"),
                "bairro": Y(lambda f: f.pick(BR_BAIRROS), "address|city"),
                "cidade": Y(me("city"), "city"),
                "estado": G(me("state")),
                "cep": Y(me("zip"), "zipcode"),
            },
            "plano": pick("Premium", "Padrão", "Celular"),
            "valor": money(18, 60),
            "forma_pagamento": pick("pix", "boleto", "cartao_credito"),
            "parcelas": pick(1, 1, 3, 12),
            "cupom": pick("", "CARNAVAL", "VERAO24"),
        },
        "BR",
    ),
    (
        "track",
        "Yojana Kharidi",
        ["python"],
        {
            "grahak_id": G(lambda f: "GRK" + f.digits(8)),
            "grahak_naam": Y(me("full"), "name"),
            "mobile_sankhya": Y(me("phone"), "phone"),
            "email": Y(me("email"), "email"),
            "janm_tithi": Y(me("dob_local"), "birthdate"),
            "pata": Y(lambda f: f"{f.me['street']}, {f.me['line2']}", "address"),
            "shahar": Y(me("city"), "city"),
            "rajya": G(me("state")),
            "pin_code": Y(me("zip"), "zipcode"),
            "yojana": pick("Mobile", "Premium", "Super"),
            "rashi": pick(149, 199, 499, 649, 1499),
            "bhugtan_madhyam": pick("UPI", "card", "netbanking", "carrier"),
            "bhasha": pick("hi", "ta", "te", "bn", "en"),
        },
        "IN",
    ),
    (
        "track",
        "UPI Autopay Mandate Created",
        ["python", "flutter"],
        {
            "mandate_id": G(lambda f: "MD" + f.digits(12)),
            "upi_id": RED(lambda f: f.vpa(f.me), "bank account"),
            "max_amount": pick(199, 499, 649, 1499),
            "frequency": pick("monthly", "as_presented"),
            "psp_app": pick("gpay", "phonepe", "paytm", "bhim"),
        },
        "IN",
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin", "rn"],
        {
            "method": pick("email", "phone", "google", "apple"),
            "email": Y(me("email"), "email"),
            "first_name": Y(me("first"), "name"),
            "last_name": Y(me("last"), "name"),
            "phone": Y(me("phone"), "phone"),
            "date_of_birth": Y(me("dob"), "birthdate"),
            "zip": Y(me("zip"), "zipcode"),
            "plan_id": pick("premium_monthly", "standard_annual", "mobile_weekly", "family_monthly"),
            "referral_code": G(lambda f: "ST" + f.b64url(4).upper()),
            "marketing_opt_in": flag(),
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["web", "node"],
        {
            "conversation_id": G(lambda f: f.digits(9)),
            "subject": pick(
                "Charged twice this month", "Can't cast to my TV", "Kids profile PIN reset", "Refund request"
            ),
            "tags": Many(pick("billing", "playback", "parental_controls", "carrier", "vip")),
            "channel": pick("web_widget", "in_app", "email"),
            "requester": {
                "name": Y(me("full"), "name"),
                "email": Y(me("email"), "email"),
                "phone": Y(me("phone"), "phone"),
            },
            "assignee": {
                "id": G(lambda f: f.digits(11)),
                "name": Y(lambda f: f.other(f.pick(["US", "IN", "BR"]))["full"], "name"),
            },
        },
    ),
    (
        "track",
        "Title Shared",
        ["swift", "kotlin", "rn"],
        {
            "asset_id": G(lambda f: "ast_" + f.digits(8)),
            "channel": pick("sms", "email", "whatsapp_direct"),
            "shared_to": Y(
                lambda f: f.other()["phone"] if f.r.random() < 0.6 else f.other()["email"],
                "phone|email",
                True,
            ),
            "share_url": G(lambda f: "https://strm.ly/t/" + f.b64url(6)),
        },
    ),
    (
        "page",
        "Browse",
        ["web"],
        {
            "path": pick("/browse", "/browse/kids", "/browse/novelas"),
            "url": G(
                lambda f: "https://www.streamly.tv" + f.pick(["/browse", "/browse/kids", "/browse/novelas"])
            ),
            "title": pick("Home - Streamly", "Kids - Streamly", "Novelas - Streamly"),
            "referrer": pick("", "https://www.google.com/"),
            "search": pick("", "?row=continue_watching"),
        },
    ),
    (
        "screen",
        "Player",
        MOBILE,
        {
            "previous_screen": pick("Home", "Search", "Downloads", "Title Details"),
            "tab": pick("home", "search", "downloads", "my_list"),
            "profile_id": uid(),
        },
    ),
]

# -- Questrift ------------------------------------------------------------------------------------


def username():
    return Y(me("handle"), "name|identification")


QUESTRIFT = [
    (
        "identify",
        None,
        ["swift", "kotlin", "dotnet"],
        {
            "username": username(),
            "email": Y(me("email"), "email"),
            "birthYear": Y(me("birth_year"), "birthdate"),
            "country": country(),
            "level": intg(1, 120),
            "createdAt": ts(),
            "coppaConsent": flag(),
            "lifetimeSpendUsd": money(0, 900),
            "emailVerified": flag(),
            "avatarUrl": G(lambda f: f"https://cdn.questrift.gg/portraits/hero_{f.r.randint(1, 48)}.png"),
        },
    ),
    (
        "track",
        "Account Created",
        MOBILE,
        {
            "sign_in_method": pick("apple", "google", "guest", "email"),
            "platform": pick("ios", "android"),
            "referral_code": G(lambda f: "QR-" + f.b64url(4).upper()),
            "display_name": Y(
                lambda f: f.pick([f.me["first"], f.me["first"] + " " + f.me["last"][0], f.me["full"]]),
                "name|identification",
            ),
        },
        "ANY",
    ),
    (
        "track",
        "Age Gate Completed",
        MOBILE,
        {
            "birth_date": Y(me("dob"), "birthdate"),
            "declared_age": Y(lambda f: 2024 - f.me["birth_year"], "birthdate"),
            "age_gate_result": pick("passed", "underage_parental_consent", "blocked"),
            "method": pick("date_picker", "year_spinner"),
            "attempts": intg(1, 3),
            "region_rule": pick("COPPA", "GDPR-K", "LGPD", "DPDP"),
        },
        "ANY",
    ),
    (
        "track",
        "Parental Consent Requested",
        ["dotnet"],
        {
            "RequestId": uid(),
            "ParentEmail": Y(lambda f: f.other()["email"], "email"),
            "ParentFullName": Y(lambda f: f.other()["full"], "name"),
            "ParentPhone": Y(lambda f: f.other()["phone"], "phone"),
            "ChildUsername": username(),
            "ChildAge": Y(lambda f: f.r.randint(8, 12), "birthdate"),
            "ConsentMethod": pick("email_plus", "credit_card_verification", "id_check"),
            "ExpiresAt": ts(),
        },
        "ANY",
    ),
    (
        "track",
        "Level Completed",
        MOBILE,
        {
            "level_id": intg(1, 400),
            "level_name": pick("Sunken Temple", "Frostpeak Pass", "Ember Wastes", "The Hollow King"),
            "score": intg(0, 250_000),
            "duration_sec": intg(30, 1800),
            "hero_class": pick("ranger", "warden", "arcanist", "rogue"),
        },
        "ANY",
    ),
    (
        "group",
        None,
        ["swift", "kotlin", "dotnet"],
        {
            "name": pick("Iron Lotus", "Os Lobos", "Night Owls EU", "Desi Dragons", "Moonlit Vanguard"),
            "member_count": intg(3, 50),
            "region": pick("na-east", "sa-east", "ap-south", "eu-west"),
            "language": pick("en", "pt", "hi", "es"),
            "created_at": ts(),
            "leader_id": G(lambda f: f.digits(8)),
            "level": intg(1, 30),
            "description": pick(
                "Casual guild, be nice and join raids on weekends",
                "Brasileiros! Guerra de guildas toda sexta",
                "Top 100 push. Min level 80.",
                "Chill desi gamers, Hindi/English",
            ),
        },
        "ANY",
    ),
    (
        "track",
        "Guild Voice Call Started",
        MOBILE,
        {
            "call_id": uid(),
            "guild_id": G(lambda f: "g_" + f.digits(6)),
            "participants": Many(G(lambda f: f.digits(8)), 6),
            "participant_count": intg(2, 12),
            "region": pick("na-east", "sa-east", "ap-south", "eu-west"),
            "relay_server_ip": G(
                lambda f: (
                    f.pick(["34.93.", "35.198.", "3.227.", "18.230."])
                    + f"{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"
                )
            ),
            "client_public_ip": Y(me("ip"), "ip"),
        },
        "ANY",
    ),
    (
        "track",
        "Guild Member Invited",
        MOBILE,
        {
            "guild_id": G(lambda f: "g_" + f.digits(6)),
            "invitee_username": Y(lambda f: f.other()["handle"], "name|identification"),
            "invitee_user_id": G(lambda f: f.digits(8)),
            "invite_channel": pick("in_game", "friend_list", "link"),
        },
        "ANY",
    ),
    (
        "track",
        "Invite Sent via SMS",
        MOBILE,
        {
            "recipient_phone": Y(lambda f: f.other()["phone"], "phone"),
            "referral_code": G(lambda f: "QR-" + f.b64url(4).upper()),
            "reward_gems": pick(50, 100, 250),
        },
        "ANY",
    ),
    (
        "track",
        "Chat Message Reported",
        ["java", "dotnet"],
        {
            "report_id": uid(),
            "reporter_user_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "reported_user_id": G(lambda f: f.r.randint(10_000_000, 99_999_999)),
            "reported_username": Y(lambda f: f.other()["handle"], "name|identification"),
            "reason": pick("personal_info", "off_platform_trading", "scam"),
            "channel": pick("guild", "world", "dm"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"selling acc cheap, whatsapp me {f.other()['phone']}",
                        f"add me irl {f.other()['email']}",
                        f"free gems!! send login to {f.other()['email']}",
                        f"manda msg no zap {f.phone_for('BR')}",
                        f"call me bro {f.phone_for('IN')}",
                    ]
                ),
                "phone|email",
                True,
            ),
            "message_sent_at": ts(),
            "auto_moderation_score": G(lambda f: round(f.r.random(), 3)),
        },
        "ANY",
    ),
    (
        "track",
        "Chat Message Flagged",
        ["java"],
        {
            "message_id": uid(),
            "flagged_terms": Many(pick("ez", "trash", "noob", "report")),
            "excerpt": pick("gg ez noobs", "ur team is trash lol", "report the healer pls", "uninstall bro"),
        },
        "ANY",
    ),
    (
        "track",
        "Product Viewed",
        MOBILE,
        {
            "product_id": pick("gems_500", "gems_1200", "battle_pass_s7", "starter_bundle"),
            "sku": pick("com.questrift.gems.500", "com.questrift.gems.1200", "com.questrift.bp.s7"),
            "name": pick("Pouch of Gems", "Chest of Gems", "Season 7 Battle Pass", "Starter Bundle"),
            "price": pick(0.99, 4.99, 9.99, 19.99),
            "currency": currency(),
            "category": pick("currency", "pass", "bundle"),
        },
        "ANY",
    ),
    (
        "track",
        "Order Completed",
        ["node", "dotnet"],
        {
            "order_id": G(
                lambda f: (
                    f.pick(["GPA.33", "GPA.34"]) + f"{f.digits(2)}-{f.digits(4)}-{f.digits(4)}-{f.digits(5)}"
                )
            ),
            "order_number": G(lambda f: f.lucky_order_number()),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "affiliation": pick("App Store", "Google Play"),
            "revenue": money(0.99, 99.99),
            "total": money(0.99, 99.99),
            "coupon": pick("", "S7LAUNCH"),
            "currency": currency(),
            "products": Many(
                {
                    "product_id": pick("gems_500", "gems_1200", "battle_pass_s7", "starter_bundle"),
                    "sku": pick("com.questrift.gems.500", "com.questrift.gems.1200", "com.questrift.bp.s7"),
                    "name": pick("Pouch of Gems", "Chest of Gems", "Season 7 Battle Pass", "Starter Bundle"),
                    "price": pick(0.99, 4.99, 9.99, 19.99),
                    "quantity": intg(1, 3),
                    "category": pick("currency", "pass", "bundle"),
                },
                2,
            ),
            "receipt": G(lambda f: "MIIT" + f.b64(180)),
        },
        "ANY",
    ),
    (
        "track",
        "Integrity Check Completed",
        ["kotlin"],
        {
            "check_id": uid(),
            "device_fingerprint": G(lambda f: f.sha256()),
            "hwid": G(lambda f: f.hexid(32)),
            "android_id": G(lambda f: f.hexid(16)),
            "play_integrity_verdict": pick("MEETS_DEVICE_INTEGRITY", "MEETS_BASIC_INTEGRITY", "NO_INTEGRITY"),
            "is_rooted": flag(),
            "flagged_packages": Many(
                pick("com.topjohnwu.magisk", "org.lsposed.manager", "catch_.me_.if_.you_.can_")
            ),
            "build_fingerprint": G(
                lambda f: (
                    "samsung/dm3qxxx/dm3q:14/UP1A.231005.007/"
                    + f"S918BXXS{f.r.randint(1, 6)}CXK{f.r.randint(1, 9)}:user/release-keys"
                )
            ),
            "mac_address": Y(lambda f: f.mac(), "mac"),
        },
        "ANY",
    ),
    (
        "track",
        "Integrity Check Completed",
        ["swift"],
        {
            "check_id": uid(),
            "device_fingerprint": G(lambda f: f.sha256()),
            "idfv": G(lambda f: f.uuid().upper()),
            "jailbroken": flag(),
            "app_attest_key_id": G(lambda f: f.b64(32)),
            "integrity_verdict": pick("valid", "suspicious", "failed"),
        },
        "ANY",
    ),
    (
        "track",
        "Tournament Registered",
        MOBILE,
        {
            "tournament_id": G(lambda f: "t_" + f.digits(5)),
            "tournament_name": pick("Spring Clash 2024", "Copa Questrift", "Diwali Cup", "Weekly Brawl #52"),
            "team_name": pick("Team Nimbus", "Os Cangaceiros", "Bengal Tigers", "Frostbite"),
            "entry_fee_gems": pick(0, 100, 500),
            "teammates": Many(
                {
                    "user_id": G(lambda f: f.digits(8)),
                    "username": Y(lambda f: f.other()["handle"], "name|identification"),
                    "role": pick("captain", "member", "sub"),
                },
                4,
            ),
            "region": pick("na-east", "sa-east", "ap-south", "eu-west"),
        },
        "ANY",
    ),
    (
        "track",
        "Tournament Match Completed",
        ["go"],
        {
            "match_id": uid(),
            "tournament_id": G(lambda f: "t_" + f.digits(5)),
            "placement": intg(1, 64),
            "prize_amount": pick(0, 0, 25, 100, 500),
            "prize_currency": pick("USD", "INR", "BRL"),
            "replay_url": G(lambda f: f"https://replays.questrift.gg/{f.uuid()}.qrr"),
        },
        "ANY",
    ),
    (
        "track",
        "Prize Payout Requested",
        ["web"],
        {
            "payout_id": G(lambda f: "po_" + f.b64url(9)),
            "tournament_id": G(lambda f: "t_" + f.digits(5)),
            "amount": pick(25, 100, 250, 500, 1000),
            "currency": G(lambda f: "USD"),
            "payout_method": G(lambda f: "bank_transfer"),
            "legal_first_name": Y(me("first"), "name"),
            "legal_last_name": Y(me("last"), "name"),
            "date_of_birth": Y(me("dob"), "birthdate"),
            "tax_form": G(lambda f: "W-9"),
            "email": Y(me("email"), "email"),
            "phone_number": Y(me("phone"), "phone"),
            "tin": RED(lambda f: f.ssn(), "social security number"),
            "billing_address": {
                "line1": Y(me("street"), "address|street"),
                "line2": Y(me("line2"), "address"),
                "city": Y(me("city"), "city"),
                "region": G(me("state")),
                "postal_code": Y(me("zip"), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "bank": {
                "account_holder": Y(me("full"), "name"),
                "account_number": RED(lambda f: f.us_account(), "bank account"),
                "routing_number": G(lambda f: f.aba()),
                "account_type": pick("checking", "savings"),
                "bank_name": pick("Chase", "Wells Fargo", "Ally Bank", "Navy Federal"),
            },
        },
        "US",
    ),
    (
        "track",
        "Prize Payout Requested",
        ["web"],
        {
            "payout_id": G(lambda f: "po_" + f.b64url(9)),
            "tournament_id": G(lambda f: "t_" + f.digits(5)),
            "amount": pick(25, 100, 250, 500, 1000),
            "currency": pick("EUR", "USD"),
            "payout_method": pick("bank_transfer", "paypal"),
            "legal_first_name": Y(me("first"), "name"),
            "legal_last_name": Y(me("last"), "name"),
            "date_of_birth": Y(me("dob"), "birthdate"),
            "tax_form": G(lambda f: "W-8BEN"),
            "residence_address": Y(
                lambda f: f"{f.me['street']}, {f.me['line2']}, {f.me['zip']} {f.me['city']}", "address"
            ),
            "nationality": Y(
                lambda f: f.pick(["Japanese", "Nigerian", "Swedish", "Polish", "Korean", "Filipino"]),
                "citizenship",
            ),
            "foreign_tax_id": RED(
                lambda f: f.pick([f.cpf(), f.pan_card(f.me["last"]), "PL" + f.digits(11)]), "national id"
            ),
            "paypal_email": Y(me("email"), "email"),
            "bank": {
                "account_holder": Y(me("full"), "name"),
                "iban": RED(lambda f: f.iban(f.pick(["DE", "FR", "NL", "ES", "GB"])), "bank account"),
                "swift_bic": pick("DEUTDEFF", "BNPAFRPP", "ABNANL2A", "CAIXESBB", "NWBKGB2L"),
                "bank_name": pick("Deutsche Bank", "BNP Paribas", "ABN AMRO", "CaixaBank", "NatWest"),
            },
        },
        "XX",
    ),
    (
        "track",
        "Payout Sent",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "po_" + f.b64url(9)),
            "PayeeFullName": Y(me("full"), "name"),
            "BankAccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "RoutingNumber": G(lambda f: f.aba()),
            "TinLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "Amount": pick(25.0, 100.0, 250.0, 500.0),
            "Currency": G(lambda f: "USD"),
            "Status": pick("submitted", "paid", "returned"),
            "SentAtUtc": ts(),
        },
        "US",
    ),
    (
        "track",
        "Ban Appeal Submitted",
        ["web"],
        {
            "appeal_id": uid(),
            "ban_id": G(lambda f: "ban_" + f.digits(7)),
            "appeal_text": pick(
                "I was not cheating, my brother played on my account",
                "The lag made it look like speed hacking",
                "Please review the replay from match 3",
                "Sorry, won't happen again",
            ),
            "contact_email": Y(me("email"), "email"),
            "ban_type": pick("chat", "ranked", "account"),
        },
        "ANY",
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100_000, 999_999)),
            "category": pick("purchase_missing", "account_recovery", "bug", "payout"),
            "player_email": Y(me("email"), "email"),
            "description": pick(
                "Bought gems but they never arrived",
                "Game crashes when opening the guild hall",
                "Lost progress after switching phones",
                "Payout still pending after 10 days",
            ),
            "device_model": pick("SM-A546E", "iPhone14,5", "Pixel 8", "23021RAA2Y"),
            "game_version": pick("2.31.0", "2.31.4", "2.32.1"),
            "assigned_agent": Y(lambda f: f.other(f.pick(["US", "IN"]))["full"], "name"),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
        },
        "ANY",
    ),
    (
        "track",
        "Friend Added",
        MOBILE,
        {
            "target": Y(lambda f: f.other()["handle"], "name|identification", True),
            "source": pick("search", "guild", "recent_match", "qr"),
            "mutual_friends": intg(0, 40),
        },
        "ANY",
    ),
    (
        "track",
        "Tax Form Submitted",
        ["dotnet"],
        {
            "RequestId": uid(),
            "FormType": G(lambda f: "W-9"),
            "LegalName": Y(me("full"), "name"),
            "Tin": RED(
                lambda f: f.ssn() if f.r.random() < 0.7 else f.ssn().replace("-", ""),
                "social security number",
            ),
            "DateOfBirth": Y(me("dob"), "birthdate"),
            "AddressLine1": Y(me("street"), "address|street"),
            "City": Y(me("city"), "city"),
            "State": G(me("state")),
            "PostalCode": Y(me("zip"), "zipcode"),
            "SignatureName": Y(me("full"), "name"),
            "SignedAtUtc": ts(),
            "Status": pick("received", "validated", "tin_mismatch"),
        },
        "US",
    ),
    ("alias", None, MOBILE, None, "ANY"),
    (
        "screen",
        "Guild Hall",
        MOBILE,
        {
            "previous_screen": pick("Home", "Battle", "Shop", "Guild Chat"),
            "tab": pick("members", "raids", "chat", "treasury"),
            "guild_id": G(lambda f: "g_" + f.digits(6)),
        },
        "ANY",
    ),
]

# -- Zapay ---------------------------------------------------------------------------------------

NOTES = ["rent", "🍕🍕", "electricity bill", "Goa trip", "chai", "dinner", "movie tix", "gas $", "split cab"]
NOTES += ["groceries", "birthday gift 🎁", "aluguel", "vaquinha churrasco", "netflix share", "thanks!"]
MERCHANTS = ["Chai Point", "Padaria Pão Quente", "Sharma Electronics", "Blue Tokai", "Drogasil", "Walgreens"]
MERCHANTS += ["Big Bazaar", "Hortifruti", "Trader Joe's", "Zomato", "iFood", "Uber"]

ZAPAY = [
    (
        "identify",
        None,
        ["rn", "flutter", "ruby"],
        {
            "phone": Y(me("phone"), "phone"),
            "email": Y(me("email"), "email"),
            "first_name": Y(me("first"), "name"),
            "last_name": Y(me("last"), "name"),
            "dob": Y(me("dob"), "birthdate"),
            "kyc_level": pick("none", "basic", "full"),
            "country": country(),
            "default_rail": pick("upi", "pix", "ach", "balance"),
            "has_linked_bank": flag(),
            "card_status": pick("active", "frozen", "none"),
            "referral_code": G(lambda f: "ZP" + f.b64url(4).upper()),
            "created_at": ts(),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: "zp_" + f.digits(9)),
            "EMAIL_ADDRESS": Y(me("email"), "email"),
            "PHONE_E164": Y(lambda f: f.e164(f.region()), "phone"),
            "FULL_NAME": Y(me("full"), "name"),
            "DATE_OF_BIRTH": Y(me("dob"), "birthdate"),
            "LIFETIME_VALUE_USD": money(0, 4000),
            "LAST_TXN_AT": ts(),
            "KYC_TIER": pick("T0", "T1", "T2"),
            "RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
            "HOME_STATE": G(me("state")),
            "POSTAL_CODE": Y(me("zip"), "zipcode"),
            "LAST_LOGIN_IP": Y(me("ip"), "ip"),
            "CHURN_PROPENSITY": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn", "flutter"],
        {
            "contacts_total": intg(12, 2400),
            "contacts_on_zapay": intg(0, 300),
            "permission_status": pick("granted", "limited"),
            "hashed_phones": Many(
                Y(lambda f: hashlib.sha256(f.e164(f.region()).encode()).hexdigest(), "phone"), 5
            ),
            "hashed_emails": Many(
                Y(lambda f: hashlib.sha256(f.other()["email"].encode()).hexdigest(), "email"), 3
            ),
        },
    ),
    (
        "track",
        "Contact Invited",
        ["rn", "flutter"],
        {
            "invite_id": uid(),
            "contact_name": Y(lambda f: f.other()["full"], "name"),
            "contact_phone": Y(lambda f: f.other()["phone"], "phone"),
            "channel": pick("sms", "whatsapp", "share_sheet"),
            "reward_amount": pick(0, 5, 10, 50, 100),
        },
    ),
    (
        "track",
        "Contact Searched",
        ["rn", "flutter"],
        {
            "q": Y(
                lambda f: f.pick([f.other()["first"], f.other()["full"], f.other()["full"].lower()]),
                "name",
                True,
            ),
            "results_count": intg(0, 25),
            "source": pick("contacts", "zapay_directory", "recents"),
        },
    ),
    (
        "track",
        "Money Sent",
        ["rn", "flutter", "node"],
        {
            "transfer_id": G(lambda f: "tr_" + f.b64url(12)),
            "amount": money(1, 800),
            "currency": currency(),
            "rail": G(
                lambda f: f.pick(
                    {"US": ["zapay_balance", "ach", "card"], "IN": ["upi"], "BR": ["pix"]}[f.region()]
                )
            ),
            "recipient": {
                "user_id": G(lambda f: "zp_" + f.digits(9)),
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
                "email": Y(lambda f: f.other()["email"], "email"),
                "is_contact": flag(),
            },
            "note": pick(*NOTES),
            "fee": pick(0, 0, 0.25, 1.5),
            "status": pick("completed", "pending", "failed"),
            "scheduled": flag(),
            "funding_source": pick("balance", "bank", "card"),
        },
    ),
    (
        "track",
        "UPI Payment Sent",
        ["flutter", "rn"],
        {
            "upi_txn_id": G(lambda f: f.digits(12)),
            "payer_vpa": RED(lambda f: f.vpa(f.me), "bank account"),
            "payee_vpa": RED(lambda f: f.vpa(f.other()), "bank account"),
            "payee_name": Y(lambda f: f.other()["full"].upper(), "name"),
            "amount": money(10, 20000),
            "currency": G(lambda f: "INR"),
            "bank_ref_no": G(lambda f: f.digits(12)),
            "psp": pick("yesbank", "axis", "icici"),
            "note": pick(*NOTES),
            "intent_app": pick("zapay", "gpay", "phonepe"),
        },
        "IN",
    ),
    (
        "track",
        "PIX Enviado",
        ["java"],
        {
            "id_transacao": G(lambda f: f"E{f.digits(8)}2024{f.digits(8)}{f.b64url(6).upper()}"[:32]),
            "valor": money(5, 3000),
            "chave_pix": RED(lambda f: f.pix_key(f.other()), "bank account"),
            "tipo_chave": pick("cpf", "email", "telefone", "aleatoria"),
            "nome_recebedor": Y(lambda f: f.other()["full"], "name"),
            "documento_recebedor": RED(lambda f: "***." + f.cpf(True)[4:11] + "-**", "national id"),
            "instituicao_recebedor": pick("Nubank", "Itaú Unibanco", "Banco Inter", "Caixa", "Bradesco"),
            "mensagem": pick("aluguel", "churrasco sábado", "vaquinha", "", "conta de luz"),
            "agendado": flag(),
        },
        "BR",
    ),
    (
        "track",
        "Money Requested",
        ["rn", "flutter"],
        {
            "request_id": uid(),
            "amount": money(5, 500),
            "currency": currency(),
            "requestee": {
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
                "email": Y(lambda f: f.other()["email"], "email"),
            },
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hey {f.other()['first']}, your share of dinner",
                        f"{f.other()['first']} - rent for June pls",
                        f"Oi {f.other()['first']}, paga o churrasco 😅",
                        f"{f.other()['first']} bhai, Goa trip ka hissa",
                        f"Reminder {f.other()['full']}: concert tickets",
                    ]
                ),
                "name",
                True,
            ),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "reminder_enabled": flag(),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["node", "rn"],
        {
            "link_method": pick("plaid", "manual"),
            "institution_name": pick("Chase", "Bank of America", "Capital One", "Chime", "Navy Federal"),
            "institution_id": pick("ins_3", "ins_4", "ins_128026", "ins_35"),
            "account_mask": G(lambda f: f.digits(4)),
            "account_type": pick("depository", "credit"),
            "account_subtype": pick("checking", "savings"),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "verification_status": pick(
                "instantly_verified", "pending_manual_verification", "automatically_verified"
            ),
        },
        "US",
    ),
    (
        "track",
        "Bank Account Linked",
        ["flutter"],
        {
            "link_method": G(lambda f: "ifsc_lookup"),
            "institution_name": pick("HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank"),
            "ifsc": G(lambda f: f.ifsc()),
            "account_number": RED(lambda f: f.in_account(), "bank account"),
            "account_holder_name": Y(lambda f: f.me["full"].upper(), "name"),
            "penny_drop_verified": flag(),
        },
        "IN",
    ),
    (
        "track",
        "Conta Bancária Vinculada",
        ["java"],
        {
            "banco": pick("260 - Nu Pagamentos", "341 - Itaú", "077 - Inter", "104 - Caixa"),
            "agencia": G(lambda f: f.pick(["0001", f.digits(4)])),
            "conta": RED(lambda f: f.br_conta(), "bank account"),
            "tipo_conta": pick("corrente", "poupanca", "pagamento"),
            "titular": Y(me("full"), "name"),
        },
        "BR",
    ),
    (
        "track",
        "Plaid Item Created",
        ["ruby"],
        {
            "item_id": G(lambda f: f.b64url(28).replace("-", "a").replace("_", "b")),
            "access_token": RED(lambda f: "access-production-" + f.uuid(), "token"),
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "institution_id": pick("ins_3", "ins_4", "ins_128026", "ins_35"),
            "link_session_id": uid(),
        },
        "US",
    ),
    (
        "track",
        "KYC Submitted",
        ["rn"],
        {
            "legal_name": Y(me("full"), "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "dob": Y(me("dob"), "birthdate"),
            "address": {
                "street": Y(me("street"), "street|address"),
                "city": Y(me("city"), "city"),
                "state": G(me("state")),
                "zip": Y(me("zip"), "zipcode"),
            },
            "id_type": pick("drivers_license", "state_id", "passport"),
            "drivers_license_number": Y(
                lambda f: f.pick(["D", "S", "F"]) + f.digits(f.pick([7, 8, 12])), "license"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.zapay.app/selfies/{f.uuid()}.jpg", "photo"),
            "kyc_provider": pick("persona", "onfido", "alloy"),
            "inquiry_id": G(lambda f: "inq_" + f.b64url(18)),
            "occupation": pick("Teacher", "Software engineer", "Nurse", "Student", "Driver"),
            "annual_income": Y(lambda f: f.pick([18000, 42000, 65000, 88000, 120000, 240000]), "salary"),
            "military_status": RED(
                lambda f: f.pick(["none", "none", "veteran", "active_duty", "reserve"]), "veteran"
            ),
            "ssn_provided": G(lambda f: True),
            "citizenship": Y(
                lambda f: f.pick(["us_citizen", "us_citizen", "permanent_resident", "visa_holder"]),
                "citizenship",
            ),
        },
        "US",
    ),
    (
        "track",
        "KYC Submitted",
        ["flutter"],
        {
            "full_name": Y(me("full"), "name"),
            "father_name": Y(lambda f: f.other()["first"] + " " + f.me["last"], "name"),
            "dob": Y(me("dob"), "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
            "pan_number": RED(lambda f: f.pan_card(f.me["last"]), "national id"),
            "aadhaar_masked": RED(lambda f: "XXXX XXXX " + f.aadhaar(False)[-4:], "national id"),
            "pincode": Y(me("zip"), "zipcode"),
            "permanent_address": Y(lambda f: f"{f.me['street']}, {f.me['line2']}, {f.me['city']}", "address"),
            "mobile": Y(me("phone"), "phone"),
            "aadhaar_otp_verified": flag(),
            "video_kyc_slot": ts(),
        },
        "IN",
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["python"],
        {
            "aadhaar_number": RED(lambda f: f.aadhaar(f.r.random() < 0.5), "national id"),
            "uidai_txn_id": G(lambda f: "UKC:" + f.uuid()),
            "result": pick("Y", "N"),
        },
        "IN",
    ),
    (
        "track",
        "KYC Submitted",
        ["java"],
        {
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "nome_completo": Y(me("full"), "name"),
            "data_nascimento": Y(me("dob_local"), "birthdate"),
            "nome_mae": Y(lambda f: f.other()["first"] + " " + f.me["last"].split(" ")[0], "name"),
            "rg": RED(
                lambda f: f"{f.digits(2)}.{f.digits(3)}.{f.digits(3)}-{f.r.randint(0, 9)}", "national id"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.zapay.app/selfies/{f.uuid()}.jpg", "photo"),
            "renda_mensal": Y(lambda f: f.pick([1412, 2500, 4800, 9000, 15000]), "salary"),
            "ocupacao": pick("Professora", "Motorista", "Analista", "Estudante"),
            "pep": flag(),
        },
        "BR",
    ),
    (
        "track",
        "Dispute Opened",
        ["web", "php"],
        {
            "dispute_id": G(lambda f: "dp_" + f.b64url(9)),
            "transaction_id": G(lambda f: "tr_" + f.b64url(12)),
            "reason": pick("not_received", "unauthorized", "duplicate", "wrong_amount"),
            "description": pick(
                "Charged twice for the same order",
                "I never received the item",
                "This payment was not made by me",
                "Amount is higher than what was shown at checkout",
            ),
            "merchant_name": pick(*MERCHANTS),
            "amount": money(3, 900),
            "currency": currency(),
            "contact_email": Y(me("email"), "email"),
            "contact_phone": Y(me("phone"), "phone"),
            "channel": pick("app", "web", "chat"),
        },
    ),
    (
        "track",
        "Dispute Resolved",
        ["php"],
        {
            "dispute_id": G(lambda f: "dp_" + f.b64url(9)),
            "outcome": pick("won", "lost", "refunded", "withdrawn"),
            "resolved_by_agent": Y(lambda f: f.other(f.pick(["US", "IN", "BR"]))["full"], "name"),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "resolution_days": intg(1, 45),
            "refund_amount": money(0, 900),
            "internal_note": pick(
                "Merchant provided proof of delivery",
                "Duplicate confirmed in ledger",
                "Chargeback filed with network",
            ),
        },
    ),
    (
        "track",
        "QR Payment Completed",
        ["rn", "flutter", "kotlin"],
        {
            "merchant_id": G(lambda f: "mer_" + f.digits(7)),
            "merchant_name": pick(*MERCHANTS),
            "merchant_vpa": G(
                lambda f: f.pick(
                    [
                        f"paytmqr{f.digits(14)}@paytm",
                        "BHARATPE.90" + f.b64url(6).upper().replace("-", "K").replace("_", "Q") + "@fbpe",
                        f"Q{f.digits(9)}@ybl",
                    ]
                )
            ),
            "mcc": pick("5411", "5812", "5912", "5732", "4121"),
            "merchant_city": pick("Bengaluru", "Mumbai", "Pune", "Delhi"),
            "qr_type": pick("static", "dynamic"),
            "amount": money(10, 5000),
            "currency": G(lambda f: "INR"),
            "payer_vpa": RED(lambda f: f.vpa(f.me), "bank account"),
            "latitude": Y(lambda f: round(f.r.uniform(8.0, 30.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(70.0, 88.0), 6), "geolocation"),
            "rail": G(lambda f: "upi"),
            "cashback_earned": pick(0, 0, 5, 10, 25),
        },
        "IN",
    ),
    (
        "track",
        "PIX QR Pago",
        ["rn", "flutter"],
        {
            "txid": G(lambda f: f.b64url(18).replace("-", "0").replace("_", "1")),
            "merchant_name": pick("Padaria Pão Quente", "Hortifruti", "Drogasil", "Açaí do Zé Ltda"),
            "qr_payload": G(
                lambda f: (
                    "00020126580014br.gov.bcb.pix0136"
                    + f.uuid()
                    + "52040000530398654"
                    + f"{f.r.randint(4, 6):02d}"
                    + "5802BR5917PADARIA PAO QUENTE6009SAO PAULO62070503***6304"
                    + f.hexid(4).upper()
                )
            ),
            "valor": money(5, 300),
            "merchant_city": pick("São Paulo", "Recife", "Curitiba"),
        },
        "BR",
    ),
    (
        "track",
        "Card Frozen",
        ["rn", "flutter"],
        {
            "card_id": G(lambda f: "card_" + f.b64url(9)),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": pick("visa", "mastercard", "rupay", "elo"),
            "reason": pick("lost", "stolen", "temporary", "suspicious_activity"),
            "frozen": flag(),
            "source": pick("app", "support"),
        },
    ),
    (
        "track",
        "Virtual Card Issued",
        ["go"],
        {
            "card_id": G(lambda f: "card_" + f.b64url(9)),
            "pan": RED(lambda f: f.card_any(), "credit card"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "exp_month": intg(1, 12),
            "exp_year": intg(2026, 2031),
            "bin": pick("453275", "522019", "652150", "636297"),
            "card_program": pick("zapay_virtual_debit", "zapay_single_use"),
            "spending_limit": pick(100, 500, 1000, 5000),
            "cardholder_name": Y(lambda f: f.me["full"].upper(), "name"),
            "billing_zip": Y(me("zip"), "zipcode"),
        },
    ),
    (
        "track",
        "Spending Insights Viewed",
        ["rn", "flutter", "web"],
        {
            "period": pick("2024-03", "2024-04", "2024-05", "2024-06"),
            "total_spent": money(50, 4000),
            "currency": currency(),
            "top_category": pick("food", "transport", "bills", "shopping"),
            "categories": Many(
                {
                    "name": pick("Food & Drink", "Transport", "Bills", "Shopping", "Entertainment"),
                    "amount": money(5, 900),
                },
                5,
            ),
            "top_merchants": Many(
                {"name": pick(*MERCHANTS), "amount": money(5, 600)},
                3,
            ),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        ["rn", "flutter"],
        {
            "field": pick("email", "mobile"),
            "value": Y(lambda f: f.me["email"] if f.r.random() < 0.5 else f.me["phone"], "email|phone", True),
        },
    ),
    (
        "track",
        "Saved Payee Added",
        ["rn", "flutter"],
        {
            "payee_id": G(lambda f: "py_" + f.b64url(8)),
            "label": Y(lambda f: f.other()["full"], "name", True),
            "rail": pick("upi", "pix", "ach", "zapay"),
            "is_favorite": flag(),
        },
    ),
    (
        "track",
        "Payment Link Created",
        ["web"],
        {
            "link-id": G(lambda f: "plink_" + f.b64url(9)),
            "amount": money(5, 2000),
            "currency": currency(),
            "customer-email": Y(lambda f: f.other()["email"], "email"),
            "customer-name": Y(lambda f: f.other()["full"], "name"),
            "customer-phone": Y(lambda f: f.other()["phone"], "phone"),
            "expires-in-days": pick(1, 7, 30),
            "description": pick(
                "Invoice #1043 - catering",
                "Yoga class pack (10)",
                "Bolo de aniversário",
                "Website design deposit",
            ),
            "allow-partial": flag(),
        },
    ),
    (
        "track",
        "Transfer Settled",
        ["dotnet"],
        {
            "TransferId": G(lambda f: "tr_" + f.b64url(12)),
            "AmountMinor": intg(100, 2_000_000),
            "Currency": pick("USD", "INR", "BRL"),
            "SenderAccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "ReceiverAccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "SenderName": Y(me("full"), "name"),
            "ReceiverName": Y(lambda f: f.other()["full"], "name"),
            "Memo": pick(*NOTES),
            "Rail": pick("ACH", "RTP", "FedNow"),
            "SettledAtUtc": ts(),
        },
    ),
    (
        "group",
        None,
        ["php"],
        {
            "name": pick(
                "Padaria Pão Quente Ltda", "Sharma Electronics", "Blue Door Yoga LLC", "Açaí do Zé Ltda"
            ),
            "cnpj": G(lambda f: f.cnpj()),
            "industry": pick("food_beverage", "retail", "fitness", "services"),
            "mcc": pick("5411", "5812", "7997", "5732"),
            "plan": pick("business_free", "business_plus"),
            "created_at": ts(),
            "website": pick(
                "https://paopquente.com.br", "https://sharmaelectronics.in", "https://bluedooryoga.com"
            ),
            "city": pick("São Paulo", "Mumbai", "Austin", "Recife"),
            "owner_name": Y(lambda f: f.other()["full"], "name"),
            "owner_email": Y(lambda f: f.other()["email"], "email"),
        },
    ),
    (
        "track",
        "UPI Payment Failed",
        ["flutter", "rn"],
        {
            "error_code": pick("U16", "ZM", "U30", "B3", "YE"),
            "error_detail": RED(
                lambda f: f.pick(
                    [
                        f"Invalid VPA {f.vpa(f.other())}",
                        f"VPA {f.vpa(f.other())} is not registered with any PSP",
                        f"Payee {f.vpa(f.other())} has blocked collect requests",
                        f"Beneficiary bank offline for {f.vpa(f.other())}",
                    ]
                ),
                "bank account",
                True,
            ),
            "amount": money(10, 20000),
            "rail": G(lambda f: "upi"),
        },
        "IN",
    ),
    (
        "track",
        "Collect Request Received",
        ["flutter", "rn"],
        {
            "from": RED(lambda f: f.vpa(f.other()), "bank account", True),
            "amount": money(10, 5000),
            "note": pick(*NOTES),
            "expires_at": ts(),
        },
        "IN",
    ),
    (
        "track",
        "Card Shipped",
        ["go"],
        {
            "card_id": G(lambda f: "card_" + f.b64url(9)),
            "carrier": pick("USPS", "Blue Dart", "Correios", "Delhivery"),
            "tracking_number": G(
                lambda f: f.pick(["9400", "EA", "BD"]) + f.digits(18)[: f.pick([9, 13, 18])]
            ),
            "shipping_address": {
                "name": Y(me("full"), "name"),
                "line1": Y(me("street"), "address|street"),
                "line2": Y(me("line2"), "address"),
                "city": Y(me("city"), "city"),
                "state": G(me("state")),
                "postal_code": Y(me("zip"), "zipcode"),
                "country": country(),
            },
        },
    ),
    (
        "track",
        "Split Bill Created",
        ["rn", "flutter"],
        {
            "split_id": G(lambda f: "spl_" + f.b64url(8)),
            "title": pick(
                "Goa trip", "Dinner at Olive Garden", "Churrasco sábado", "Cabin weekend", "Electricity - May"
            ),
            "amount": money(20, 1200),
            "currency": currency(),
            "participants": Many(
                {
                    "name": Y(lambda f: f.other()["full"], "name"),
                    "phone": Y(lambda f: f.other()["phone"], "phone"),
                    "share": money(5, 300),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        ["flutter"],
        {
            "beneficiary_name": Y(lambda f: f.other()["full"], "name"),
            "beneficiary_account_number": RED(lambda f: f.in_account(), "bank account"),
            "beneficiary_ifsc": G(lambda f: f.ifsc()),
            "rail": pick("imps", "neft", "upi"),
        },
        "IN",
    ),
    (
        "track",
        "New Device Login",
        ["node"],
        {
            "ip_address": Y(me("ip"), "ip"),
            "geo_city": Y(me("city"), "city"),
            "country": country(),
            "user_agent": pick(*UAS),
            "is_new_device": flag(),
            "status": pick("allowed", "challenged", "blocked"),
        },
    ),
    (
        "track",
        "Money Received",
        ["node"],
        {
            "transfer_id": G(lambda f: "tr_" + f.b64url(12)),
            "amount": money(1, 800),
            "currency": currency(),
            "sender": {
                "user_id": G(lambda f: "zp_" + f.digits(9)),
                "name": Y(lambda f: f.other()["full"], "name"),
                "phone": Y(lambda f: f.other()["phone"], "phone"),
            },
            "note": pick(*NOTES),
        },
    ),
    (
        "page",
        "Activity",
        ["web"],
        {
            "path": pick("/activity", "/insights", "/disputes/new"),
            "url": G(lambda f: "https://pay.zapay.app" + f.pick(["/activity", "/insights", "/disputes/new"])),
            "title": pick("Activity · Zapay", "Insights · Zapay", "Report a problem · Zapay"),
            "referrer": pick("", "https://pay.zapay.app/login"),
            "search": pick("", "?filter=sent", "?month=2024-05"),
        },
    ),
    (
        "screen",
        "Send Money",
        ["rn", "flutter"],
        {
            "previous_screen": pick("Home", "Contacts", "Scan QR", "Activity"),
            "tab": pick("pay", "request", "scan"),
        },
    ),
    ("alias", None, ["rn", "flutter"], None),
]

APPS = [("streamly", STREAMLY), ("questrift", QUESTRIFT), ("zapay", ZAPAY)]
USER_IDS = {
    "streamly": lambda f: "usr_" + f.b64url(9),
    "questrift": lambda f: f.digits(9),
    "zapay": lambda f: "zp_" + f.digits(9),
}


def persona_region(f: F, brand: str, region: str | None) -> str | None:
    if region == "ANY":
        return f.pick(["US", "IN", "BR", "XX"])
    if region is not None:
        return region
    return None


def message(f: F, brand: str, entry: tuple, labels: dict) -> dict:
    kind, event, clients, body = entry[:4]
    region = entry[4] if len(entry) > 4 else None
    f.me = f.person(persona_region(f, brand, region))
    client = f.pick(clients)
    user_id = USER_IDS[brand](f)
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in SERVER_LIBS else f"{brand}-{f.uuid()}",
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": user_id,
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = f"g_{f.digits(6)}" if brand == "questrift" else f"biz_{f.digits(7)}"
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(f, brand, client), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand, entries in APPS:
            for entry in entries:
                events.append(message(f, brand, entry, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=2424, repeats=22)
    write(Path(__file__).parent, "holdout24_", events, labels)
