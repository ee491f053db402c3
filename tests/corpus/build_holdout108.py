"""Writes holdout108: tests/corpus/holdout108_events.jsonl and holdout108_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or the detection docs, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout108`; deterministic (seed 108).

What it covers: an online sportsbook and casino operating in the UK, Ireland and Brazil (brands
"LuckyFox" / "LuckyFox Apostas"). Sign-up with age and identity verification (KYC documents, an
Onfido-shaped webhook, Brazilian CPF bureau checks), deposits and withdrawals (cards, UK/IE bank
transfer, PIX in the Brazilian central bank's webhook shape, e-wallets), bet slips and odds
(football, horse and greyhound racing), casino game rounds (slots, live dealers), bonuses and
referrals, responsible gambling (limits, reality checks, time-outs, self-exclusion and GAMSTOP,
a trusted contact, a PGSI survey), affordability checks with income and credit score, VIP hosts
and gifts, support chat and callbacks, a back-office customer search, Twilio- and e-mail-shaped
delivery webhooks, fraud (SEON-shaped) and geolocation (GeoComply-shaped) checks, ad click ids,
e-commerce spec events used for deposits and game tiles, and identify / group / alias / page /
screen calls. Contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python, node, go, java, ruby, php and .NET
server libraries (with context.ip, context.traits, device, app, library, locale, userAgent,
campaign, location where those libraries or their users send them).

Conventions: most keys camelCase or snake_case English; about 15 % other real conventions:
PascalCase from a .NET payments service and Twilio, kebab-case from a hosted contact form,
SCREAMING_SNAKE traits from a warehouse reverse-ETL sync, and Portuguese keys from the Brazilian
backend (nome, sobrenome, cpf, data_nascimento, telefone, endereco, nome_mae, chave_pix ...).
Values are realistic for each market: UK / Irish / Brazilian names and phone formats, UK
postcodes, Eircodes and CEPs, CPFs with valid check digits, NI numbers with valid prefixes, PPSNs
with valid mod-23 check letters, GB / IE IBANs with valid mod-97 check digits, Luhn-valid cards.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the player, a payer or payee, a referred friend,
  a trusted contact, a gift recipient, and staff (VIP hosts, support and safer-gambling agents,
  live-casino dealers, affiliate managers). Colour is the reference matcher's default; outside the
  reference, red for credentials / secrets / one-time codes, card numbers, bank accounts,
  government ids and identity-document numbers, yellow otherwise (geolocation, ip, advertising
  id, credit score ...).
- Green: ids we or vendors issue (user, bet, round, transaction, applicant, PIX end-to-end and
  txid, message SIDs, Message-IDs), UUIDs, versions, timestamps, hashes of non-PII
  (provably-fair seeds, device hashes), amounts, odds, enums, counters and booleans even under
  PII-sounding keys (emailVerified, cpf_validado, phoneCount, passport_scanned), card brand /
  last four / BIN / expiry, sort codes, BICs, bank and branch codes (agencia), product / game /
  team / horse / greyhound / company / venue names, the operator's own contact details and bank
  account (support@, vip@, no-reply@, its sending phone number, its PIX key and its IBAN on the
  bank-transfer instructions), country, county / UF, locale, timezone, currency, user agents,
  OS-issued device ids, ages and age bands, marital status, occupation and employer, loyalty /
  member / customer numbers.
- Contested cases follow the product's published policy: insurer member numbers `identification`
  yellow; salaries and income (including an income band) `salary` yellow; credit scores (and the
  Serasa score) `credit score` yellow; ad click ids (gclid, fbclid, fbp, fbc, msclkid, ttclid)
  `advertising id` yellow; billing / delivery addresses `address` yellow; card and payment tokens
  (pm_ ids, stored-payment ids), one-time codes and password-reset links red `token`; identity
  document numbers red `passport` / `national id`.
- Decisions this corpus makes where the policy is silent (what a careful privacy owner would want):
  a UK driving-licence number captured as a KYC identity document is red (`license|national id`);
  a PIX key the player withdraws to is the address of a bank account: red `bank account`,
  whatever its shape (CPF, e-mail, phone or random key); an e-wallet account number (Neteller,
  Skrill) is red `bank account`; a PGSI problem-gambling score is health data: yellow
  `condition`; an operator's own risk band, self-exclusion state, GAMSTOP result and PEP flag are
  account states: green; a mobile push token in context.device.token is red `token` (as in the
  main corpus); a username / display handle is yellow `name`; a winner's display name on the
  jackpot ticker ("Priya S.") is yellow `name`; the player's own town (not a searched or venue
  town) is yellow `city`; athletes, jockeys and trainers named in betting markets are catalogue
  data about public events, not about the user: green; house and flat numbers split out of an
  address (numero, complemento, building_number, flat_number) are green: alone they locate nobody,
  the street, town and postcode beside them carry the label; an IP-derived town of the player
  (fraud and login alerts) is yellow `city`; a Wi-Fi BSSID seen by a geolocation check is yellow
  `mac`; a masked PAN (BIN + last four) is green.
- value_only is true when the key does not say what the value is (`value`, `q`, `text`, `notes`,
  `input`, `recipient`, `To`, `Body`, `chave` ...) and only the value reveals it. A value_only PII
  path holds that PII in every one of its values; free text is labelled by what every one of its
  values carries, and is green when its values carry none.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- market-aware fake values ------------------------------------------------------------------

FIRST = {
    "GB": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "George",
        "Priya",
        "Mohammed",
        "Aisha",
        "Jack",
        "Grace",
        "Kwame",
        "Chloe",
        "Tomasz",
        "Agnieszka",
        "Rhys",
        "Eilidh",
        "Callum",
        "Ngozi",
        "Hassan",
        "Zara",
        "Deepak",
        "Yusuf",
        "Siân",
        "Mei",
    ],
    "IE": [
        "Cian",
        "Aoife",
        "Seán",
        "Niamh",
        "Oisín",
        "Siobhán",
        "Conor",
        "Saoirse",
        "Darragh",
        "Caoimhe",
        "Ruairí",
        "Róisín",
        "Fionn",
        "Ciara",
        "Andrius",
        "Olena",
        "Chidi",
    ],
    "BR": [
        "João",
        "Maria Eduarda",
        "Thiago",
        "Ana Beatriz",
        "Lucas",
        "Gabriela",
        "Rafael",
        "Letícia",
        "Kauã",
        "Luíza",
        "Matheus",
        "Júlia",
        "Pedro Henrique",
        "Camila",
        "Enzo",
        "Yasmin",
        "Antônio",
        "Francisca",
        "Hiroshi",
        "Valentina",
    ],
}
LAST = {
    "GB": [
        "Bennett",
        "Hughes",
        "Sharma",
        "Hussain",
        "Taylor",
        "Evans",
        "O'Connor",
        "Asante",
        "Kowalski",
        "Macdonald",
        "Okafor",
        "Patel",
        "Wright",
        "Khan",
        "Chen",
        "Davies",
        "Robertson",
        "Nowak",
        "Begum",
        "Adeyemi",
    ],
    "IE": [
        "Murphy",
        "Kelly",
        "Ó Briain",
        "Ní Bhriain",
        "Byrne",
        "Ryan",
        "O'Sullivan",
        "Walsh",
        "McCarthy",
        "Doyle",
        "Fitzgerald",
        "Mac Giolla Phádraig",
        "Kazlauskas",
        "Kovalenko",
        "Nwosu",
    ],
    "BR": [
        "da Silva",
        "Souza",
        "Oliveira",
        "Costa",
        "Pereira",
        "Rodrigues",
        "Almeida",
        "Carvalho",
        "Ferreira",
        "Nascimento",
        "Lima",
        "Gonçalves",
        "dos Santos",
        "Araújo",
        "Ribeiro",
        "Tanaka",
        "Barbosa",
    ],
}
MAIL_DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "icloud.com", "live.ie"],
    "BR": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
}
TOWNS = {
    "GB": [
        "Leeds",
        "Manchester",
        "Birmingham",
        "Glasgow",
        "Cardiff",
        "Bristol",
        "Belfast",
        "Newcastle upon Tyne",
        "Nottingham",
        "Swansea",
        "Aberdeen",
        "Luton",
    ],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Sligo", "Waterford", "Drogheda", "Kilkenny", "Tralee"],
    "BR": [
        "São Paulo",
        "Rio de Janeiro",
        "Belo Horizonte",
        "Recife",
        "Porto Alegre",
        "Curitiba",
        "Salvador",
        "Fortaleza",
        "Manaus",
        "Goiânia",
    ],
}
STREETS = {
    "GB": [
        "Kingsway",
        "Station Road",
        "High Street",
        "Victoria Street",
        "Church Lane",
        "Mill Road",
        "Park Avenue",
        "Albert Terrace",
        "Queen's Drive",
        "Orchard Close",
        "Hyde Park Road",
    ],
    "IE": [
        "Main Street",
        "Griffith Avenue",
        "Ashbrook Drive",
        "Castle Street",
        "Seafield Road",
        "O'Connell Street Upper",
        "Bóthar na Trá",
        "Ballymun Road",
    ],
    "BR": [
        "Rua das Laranjeiras",
        "Rua Augusta",
        "Av. Sete de Setembro",
        "Rua Barão de Mesquita",
        "Av. Padre Eustáquio",
        "Rua Professor Alfredo Gomes",
        "Rua dos Andradas",
        "Av. Boa Viagem",
    ],
}
BAIRROS = [
    "Pinheiros",
    "Copacabana",
    "Savassi",
    "Boa Viagem",
    "Moinhos de Vento",
    "Batel",
    "Pituba",
    "Tijuca",
]
UFS = ["SP", "RJ", "MG", "PE", "RS", "PR", "BA", "CE", "AM", "GO"]
COUNTIES = ["Co. Dublin", "Co. Cork", "Co. Galway", "Co. Limerick", "Co. Sligo", "Co. Kerry"]
UK_AREAS = ["LS", "M", "B", "G", "CF", "BS", "BT", "NE", "NG", "SA", "AB", "LU", "SW", "E", "N"]
EIR_KEYS = ["D08", "D6W", "D15", "T12", "H91", "V94", "A65", "F91", "X91", "R95", "A94", "V92"]
DDD = ["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"]

GAMES = [
    ("Book of Dead", "Play'n GO", "slots"),
    ("Starburst", "NetEnt", "slots"),
    ("Gates of Olympus", "Pragmatic Play", "slots"),
    ("Big Bass Bonanza", "Pragmatic Play", "slots"),
    ("Fortune Tiger", "PG Soft", "slots"),
    ("Aviator", "Spribe", "crash"),
    ("Lightning Roulette", "Evolution", "live"),
    ("Crazy Time", "Evolution", "live"),
    ("Blackjack Party", "Evolution", "live"),
    ("Rainbow Riches", "Light & Wonder", "slots"),
    ("Mega Moolah", "Games Global", "jackpot"),
]
FIXTURES = [
    ("Arsenal v Chelsea", "football", "Premier League"),
    ("Shamrock Rovers v Bohemians", "football", "League of Ireland Premier Division"),
    ("Flamengo x Palmeiras", "football", "Brasileirão Série A"),
    ("Celtic v Rangers", "football", "Scottish Premiership"),
    ("Leinster v Munster", "rugby", "United Rugby Championship"),
    ("Kerry v Dublin", "gaelic football", "All-Ireland Senior Football Championship"),
    ("Corinthians x São Paulo", "football", "Brasileirão Série A"),
    ("Sinner v Alcaraz", "tennis", "Wimbledon"),
]
SELECTIONS = [
    "Arsenal",
    "Draw",
    "Over 2.5 Goals",
    "Both Teams To Score - Yes",
    "Erling Haaland Anytime Goalscorer",
    "Flamengo",
    "Empate",
    "Leinster -7.5",
    "Bukayo Saka To Be Carded",
    "Kerry",
    "Ambas Marcam - Sim",
    "Galopin des Champs",
    "Constitution Hill",
    "Ballymac Tas",
]
MARKETS = [
    "Match Result",
    "Total Goals Over/Under",
    "Both Teams To Score",
    "Anytime Goalscorer",
    "Handicap",
    "Resultado Final",
    "Win Only",
    "Each Way",
    "Player Cards",
]
HORSES = [
    "Galopin des Champs",
    "Constitution Hill",
    "State Man",
    "Fact To File",
    "Lossiemouth",
    "Corach Rambler",
    "Shishkin",
]
JOCKEYS = ["Paul Townend", "Rachael Blackmore", "Nico de Boinville", "Harry Cobden", "Mark Walsh"]
TRAINERS = ["Willie Mullins", "Nicky Henderson", "Gordon Elliott", "Henry de Bromhead"]
GREYHOUNDS = ["Ballymac Tas", "Romeo Magico", "Droopys Sydney", "Clona Duke", "Gaytime Nemo"]
HOSTS = [
    ("Rebecca", "Lawson"),
    ("Daniel", "Fitzpatrick"),
    ("Fernanda", "Moreira"),
    ("Imran", "Qureshi"),
    ("Orla", "Brennan"),
    ("Gustavo", "Teixeira"),
    ("Hannah", "Whitfield"),
]
AGENTS = ["Sophie", "Marcus", "Aoife", "Bruna", "Declan", "Tariq", "Larissa", "Megan"]
DEALERS = ["Ana", "Viktorija", "Camila", "Ieva", "Marta", "Gabriel", "Sabina", "Kristaps"]


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("'", "").replace(" ", "")


class BetFake(Fake):
    """Fake values for the market of the message being rendered (`self.market`)."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.market = "GB"
        self.memo: dict[str, Any] = {}

    def mk(self, market=None):
        return market or self.market

    def first(self, market=None):
        return self.pick(FIRST[self.mk(market)])

    def last(self, market=None):
        return self.pick(LAST[self.mk(market)])

    def full_name(self, market=None):
        return f"{self.first(market)} {self.last(market)}"

    def email(self, market=None):
        m = self.mk(market)
        first, last = ascii_fold(self.first(m)), ascii_fold(self.last(m))
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:5]}{self.r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS[m])}"

    def phone(self, market=None):
        m = self.mk(market)
        if m == "GB":
            a, b = self.r.randint(7300, 7999), self.r.randint(100000, 999999)
            return self.pick([f"+44{a}{b}", f"0{a} {b}", f"+44 {a} {b}", f"0{a} {b // 1000} {b % 1000:03d}"])
        if m == "IE":
            p, b, c = (
                self.pick(["83", "85", "86", "87", "89"]),
                self.r.randint(100, 999),
                self.r.randint(1000, 9999),
            )
            return self.pick([f"+353 {p} {b} {c}", f"0{p} {b} {c}", f"+353{p}{b}{c}", f"0{p}-{b}{c}"])
        ddd, a, b = self.pick(DDD), self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        return self.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a} {b}"])

    def postcode(self, market=None):
        m = self.mk(market)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        if m == "GB":
            area = self.pick(UK_AREAS)
            district = self.r.randint(1, 20) if len(area) == 2 else self.r.randint(1, 40)
            return f"{area}{district} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        if m == "IE":
            chars = "ACDEFHKNPRTVWXY0123456789"
            return f"{self.pick(EIR_KEYS)} {''.join(self.pick(chars) for _ in range(4))}"
        return f"{self.r.randint(10000, 99999)}-{self.r.randint(0, 999):03d}"

    def zip(self):
        return self.postcode()

    def street(self, market=None):
        m = self.mk(market)
        n = self.r.randint(1, 240)
        if m == "BR":
            return f"{self.pick(STREETS['BR'])}, {n}"
        if m == "GB" and self.r.random() < 0.25:
            return f"Flat {self.r.randint(1, 12)}, {n} {self.pick(STREETS['GB'])}"
        return f"{n} {self.pick(STREETS[m])}"

    def town(self, market=None):
        return self.pick(TOWNS[self.mk(market)])

    def city(self):
        return self.town()

    def dob(self):
        return self.date(1950, 2005)

    def cpf(self, formatted=None):
        d = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=False))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        raw = "".join(map(str, d))
        formatted = self.r.random() < 0.6 if formatted is None else formatted
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw

    def nino(self):
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.pick(first) + self.pick(second)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        digits = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return f"{prefix}{digits}{suffix}"

    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=False))
        second = self.pick(["", "", "A", "W"])
        if second and second != "W":
            total += 9 * (ord(second) - 64)
        rem = total % 23
        check = "W" if rem == 0 else chr(64 + rem)
        return "".join(map(str, digits)) + check + second

    def passport_no(self, market=None):
        m = self.mk(market)
        if m == "GB":
            return self.digits(9)
        if m == "IE":
            return self.pick(["P", "L", "T"]) + self.pick("ABCDEFGHKLMNPRTVWXY") + self.digits(7)
        return self.pick(["F", "G", "Y"]) + self.pick("ABCDEFGHJKLMNPRSTUVWXZ") + self.digits(6)

    def driving_licence(self):
        last = (ascii_fold(self.last("GB")).upper() + "99999")[:5]
        y, m, d = self.r.randint(50, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        month = m + self.pick([0, 50])
        first = ascii_fold(self.first("GB")).upper()[0]
        tail = f"{first}9{self.pick(string.ascii_uppercase)}{self.r.randint(10, 99)}"
        return f"{last}{str(y)[0]}{month:02d}{d:02d}{str(y)[1]}{tail}"

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def account_no(self):
        return f"{self.r.randint(0, 99999999):08d}"

    def iban(self, country="GB"):
        bank = self.pick(
            ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB" else ["BOFI", "AIBK", "IPBS"]
        )
        bban = bank + f"{self.r.randint(0, 999999):06d}" + self.account_no()
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.5:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def conta(self):
        return f"{self.r.randint(10000, 99999999)}-{self.r.randint(0, 9)}"

    def ip(self):
        if self.r.random() < 0.3:
            prefix = self.pick(["2a00:23c6", "2a02:c7c", "2a01:4b00", "2804:14c", "2001:bb6"])
            return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(5))
        return self.ipv4()

    def remember(self, key, value):
        """Keep a value for a later leaf of the same message (a form's field and its value)."""
        self.memo[key] = value
        return value

    def near(self, axis):
        """A coordinate near a town of the message's market (lat, lon)."""
        base = {
            "GB": [(53.8008, -1.5491), (51.4545, -2.5879), (55.8642, -4.2518), (52.4862, -1.8904)],
            "IE": [(53.3498, -6.2603), (51.8985, -8.4756), (53.2707, -9.0568)],
            "BR": [(-23.5505, -46.6333), (-22.9068, -43.1729), (-19.9167, -43.9345), (-8.0476, -34.877)],
        }[self.market]
        lat, lon = self.pick(base)
        centre = lat if axis == "lat" else lon
        return round(centre + self.r.uniform(-0.08, 0.08), 6)

    def mrz2(self):
        number = (self.passport_no() + "<<")[:9]
        nat = {"GB": "GBR", "IE": "IRL", "BR": "BRA"}[self.market]
        born = self.dob().replace("-", "")[2:]
        expiry = f"{self.r.randint(25, 34)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        check = [self.r.randint(0, 9) for _ in range(4)]
        sex = self.pick("MF")
        return f"{number}{check[0]}{nat}{born}{check[1]}{sex}{expiry}{check[2]}{'<' * 14}0{check[3]}"

    def evp(self):
        return self.uuid()

    def pix_key(self):
        kind = self.pick(["cpf", "email", "phone", "evp"])
        if kind == "cpf":
            return self.cpf(formatted=False)
        if kind == "email":
            return self.email("BR")
        if kind == "phone":
            return f"+55{self.pick(DDD)}9{self.r.randint(10000000, 99999999)}"
        return self.evp()

    def pm_token(self):
        alnum = string.ascii_letters + string.digits
        return "pm_" + "".join(self.pick(alnum) for _ in range(24))

    def b64ish(self, n):
        alnum = string.ascii_letters + string.digits + "-_"
        return "".join(self.pick(alnum) for _ in range(n))

    def gclid(self):
        return "Cj0KCQiA" + self.b64ish(self.r.randint(60, 80))

    def fbclid(self):
        return "IwAR" + self.b64ish(self.r.randint(50, 58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def idfa(self):
        if self.r.random() < 0.1:
            return "00000000-0000-0000-0000-000000000000"
        return self.uuid().upper()

    def odds(self):
        return round(
            self.r.choice([1.2, 1.5, 1.8, 2.0, 2.5, 3.25, 4.0, 6.5, 11.0]) + self.r.randint(0, 9) / 100, 2
        )

    def frac(self):
        return self.pick(["1/5", "4/6", "evs", "6/4", "7/4", "9/2", "10/1", "100/30", "11/8"])

    def hostname(self):
        first, last = self.pick(HOSTS)
        return first, last


def money(f, lo=5, hi=500):
    return f.money(lo, hi)


def cur(f):
    return {"GB": "GBP", "IE": "EUR", "BR": "BRL"}[f.market]


# -- contexts ------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/", "LuckyFox | Sports Betting & Casino"),
    ("/sports/football", "Football Betting Odds | LuckyFox"),
    ("/casino", "Online Casino | LuckyFox"),
    ("/live-casino", "Live Casino | LuckyFox"),
    ("/promotions", "Promotions | LuckyFox"),
    ("/account/deposit", "Deposit | LuckyFox"),
    ("/account/safer-gambling", "Safer Gambling Tools | LuckyFox"),
]
HOSTS_BY_MARKET = {"GB": "www.luckyfox.co.uk", "IE": "www.luckyfox.ie", "BR": "www.luckyfoxapostas.bet.br"}
LOCALES = {"GB": "en-GB", "IE": "en-IE", "BR": "pt-BR"}
ZONES = {"GB": "Europe/London", "IE": "Europe/Dublin", "BR": "America/Sao_Paulo"}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def web_context(f: BetFake):
    path, title = f.pick(WEB_PAGES)
    host = HOSTS_BY_MARKET[f.market]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.co.uk/",
                        "",
                        "https://www.oddschecker.com/",
                        "https://www.google.com.br/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?btag=a_1234b_56", "?promo=ACCA10"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{host}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: LOCALES[f.market]),
        "timezone": G(lambda f: ZONES[f.market]),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["cheltenham_24", "euros_acca", "casino_welcome", "brasileirao_odds"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "affiliate", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(lambda f: f.pick(["betting odds", "free bets", "casino bonus", "apostas esportivas"])),
            "content": G(lambda f: f.pick(["hero_banner", "text_ad_2", "carousel_3"])),
        },
    }


def mobile_app(f: BetFake, ns):
    return {
        "name": G(lambda f: "LuckyFox Apostas" if f.market == "BR" else "LuckyFox"),
        "version": G(lambda f: f.pick(["7.14.0", "7.15.2", "7.16.0"])),
        "build": G(lambda f: f.pick(["71400", "71502", "71600"])),
        "namespace": G(lambda f: ns),
    }


def swift_context(f: BetFake):
    return {
        "app": mobile_app(f, "com.luckyfox.sportsbook"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "locale": G(lambda f: LOCALES[f.market]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: ZONES[f.market]),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {"userId": G(lambda f: "lf_" + f.digits(8)), "email": Y(lambda f: f.email(), "email")},
    }


def kotlin_context(f: BetFake):
    return {
        "app": mobile_app(f, "com.luckyfox.sportsbook"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "moto g84 5G", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "rhode", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: LOCALES[f.market]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone IE", "Three", "Vivo", "Claro BR", "TIM"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: ZONES[f.market]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g84 5G Build/S3RWS32)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "lf_" + f.digits(8))},
    }


def rn_context(f: BetFake):
    return {
        "app": mobile_app(f, "com.luckyfox.casino"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "iPhone15,3"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.17.0"])),
        },
        "locale": G(lambda f: LOCALES[f.market]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: ZONES[f.market]),
        "ip": Y(lambda f: f.ip(), "ip"),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "vipTier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
        },
        "location": {
            "latitude": Y(lambda f: f.near("lat"), "geolocation"),
            "longitude": Y(lambda f: f.near("lon"), "geolocation"),
        },
    }


def flutter_context(f: BetFake):
    return {
        "app": mobile_app(f, "br.com.luckyfoxapostas"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A155M", "moto g54 5G", "Redmi Note 13", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.5", "1.1.1"])),
        },
        "locale": G(lambda f: LOCALES[f.market]),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.5"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "timezone": G(lambda f: ZONES[f.market]),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.0.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.1"]),
}


def server_context(lib, extra=()):
    def ctx(f: BetFake):
        name, versions = SERVER_LIBS[lib]
        out: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if "ip" in extra:
            out["ip"] = Y(lambda f: f.ip(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if "traits" in extra:
            out["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "firstName": Y(lambda f: f.first(), "name"),
            }
        if "external" in extra:
            out["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if "locale" in extra:
            out["locale"] = G(lambda f: LOCALES[f.market])
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_LIBS:
    CONTEXTS[_lib] = server_context(_lib)
CONTEXTS["node_ip"] = server_context("node", ("ip",))
CONTEXTS["python_traits"] = server_context("python", ("traits", "locale"))
CONTEXTS["ruby_ext"] = server_context("ruby", ("external",))
CONTEXTS["go_ip"] = server_context("go", ("ip",))

APPS = ["web", "swift", "kotlin", "rn"]
NATIVE = ["swift", "kotlin", "rn"]


# -- shared building blocks ---------------------------------------------------------------------


def gb_address():
    return {
        "street": Y(lambda f: f.street(), "street|address"),
        "city": Y(lambda f: f.town(), "city"),
        "postalCode": Y(lambda f: f.postcode(), "zipcode"),
        "state": G(
            lambda f: (
                f.pick(["England", "Scotland", "Wales", "Northern Ireland"])
                if f.market == "GB"
                else f.pick(COUNTIES)
            )
        ),
        "country": G(lambda f: f.market),
    }


def game_product():
    return {
        "product_id": G(lambda f: "g_" + f.digits(5)),
        "sku": G(lambda f: f.pick(["PNG-BOD", "NE-STARBURST", "PP-GOO", "EVO-LR", "SPR-AVIATOR", "PGS-FT"])),
        "name": G(lambda f: f.pick(GAMES)[0]),
        "brand": G(lambda f: f.pick(GAMES)[1]),
        "category": G(lambda f: f.pick(["slots", "live casino", "crash", "jackpots", "table games"])),
        "price": G(lambda f: f.pick([0.1, 0.2, 0.5, 1.0])),
        "position": G(lambda f: f.r.randint(1, 48)),
        "url": G(lambda f: f"https://{HOSTS_BY_MARKET[f.market]}/casino/game/{f.r.randint(1000, 9999)}"),
        "image_url": G(lambda f: f"https://cdn.luckyfox.io/tiles/{f.hexid(10)}.webp"),
    }


def chat_line(f: BetFake):
    templates = [
        lambda: f"Hi, my email is {f.email()} and my withdrawal still hasn't arrived",
        lambda: f"Can someone call me on {f.phone()} please",
        lambda: f"I changed my email to {f.email()} but the verification link never came",
        lambda: f"{f.phone()} is my new number, update it please",
        lambda: f"please send the statement to {f.email()}",
        lambda: f"oi, meu telefone é {f.phone('BR')}, podem me ligar?",
    ]
    return f.pick(templates)()


def sg_note(f: BetFake):
    templates = [
        lambda: (
            f"Called customer on {f.phone()}, discussed deposit limits, customer agreed to a £500 monthly cap"
        ),
        lambda: f"Outbound call to {f.phone()} - no answer, left voicemail re: time spent on site",
        lambda: f"Spoke with player via {f.phone()}; reality check interval set to 30 mins",
        lambda: f"Customer rang from {f.phone()} asking about self-exclusion options, sent GAMSTOP info",
    ]
    return f.pick(templates)()


def kyc_note(f: BetFake):
    templates = [
        lambda: f"Name mismatch: document shows {f.full_name()}, account has a different surname",
        lambda: f"Proof of address in the name of {f.full_name()} (spouse) - request own document",
        lambda: f"Bank statement holder {f.full_name()} does not match the account holder",
        lambda: f"Selfie ok; document belongs to {f.full_name()}, escalated to second-line review",
    ]
    return f.pick(templates)()


def otp_sms(f: BetFake):
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your LuckyFox verification code is {code}. It expires in 10 minutes.",
            f"{code} is your LuckyFox code. Never share it with anyone.",
            f"LuckyFox Apostas: seu código de verificação é {code}",
        ]
    )


# -- the events ----------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, markets, body)

EVENTS: list[tuple[str, str | None, list[str], list[str], Any]] = [
    # -- sign-up and identity -------------------------------------------------------------------
    (
        "identify",
        None,
        APPS,
        ["GB", "IE"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "middleName": Y(lambda f: f.first(), "name"),
            "nationality": Y(
                lambda f: f.pick(["British", "Irish", "Polish", "Nigerian", "Indian", "Brazilian"]),
                "citizenship",
            ),
            "address": gb_address(),
            "username": Y(lambda f: ascii_fold(f.first())[:6] + str(f.r.randint(1, 99)), "name"),
            "gender": Y(lambda f: f.pick(["male", "female", "prefer_not_to_say"]), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "currency": G(lambda f: cur(f)),
            "country": G(lambda f: f.market),
            "age": G(lambda f: f.r.randint(18, 75)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "refer", "failed"])),
            "vipLevel": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
            "oddsFormat": G(lambda f: f.pick(["fractional", "decimal", "american"])),
            "favouriteTeam": G(
                lambda f: f.pick(["Liverpool", "Celtic", "Shamrock Rovers", "Arsenal", "Leeds United"])
            ),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "lifetimeDeposits": G(lambda f: f.money(0, 25000)),
        },
    ),
    (
        "track",
        "Registration Started",
        ["web", "swift", "kotlin"],
        ["GB", "IE", "BR"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "promo_code": G(lambda f: f.pick(["BET10GET30", "CASINO100", "", "ACCA5"])),
            "step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Registration Completed",
        ["web", "swift", "kotlin"],
        ["GB", "IE"],
        {
            "user_id": G(lambda f: "lf_" + f.digits(8)),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email_address": Y(lambda f: f.email(), "email"),
            "mobile_number": Y(lambda f: f.phone(), "phone"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "country_code": G(lambda f: f.market),
            "accepted_terms": G(lambda f: True),
            "marketing_consent": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "phone": G(lambda f: f.pick([True, False])),
                "post": G(lambda f: f.pick([True, False])),
            },
            "age": G(lambda f: f.r.randint(18, 80)),
        },
    ),
    (
        "track",
        "Cadastro Concluído",
        ["python"],
        ["BR"],
        {
            "id_usuario": G(lambda f: f.digits(9)),
            "nome": Y(lambda f: f.first(), "name"),
            "sobrenome": Y(lambda f: f.last(), "name"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "telefone": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(STREETS["BR"]), "street|address"),
                "numero": G(lambda f: str(f.r.randint(1, 3000))),
                "complemento": G(lambda f: f.pick(["apto 12", "casa 2", "bloco B apto 301", ""])),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address"),
                "cidade": Y(lambda f: f.town(), "city"),
                "uf": G(lambda f: f.pick(UFS)),
                "cep": Y(lambda f: f.postcode(), "zipcode"),
            },
            "nome_mae": Y(lambda f: f.full_name(), "name"),
            "sexo": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "aceite_termos": G(lambda f: True),
            "pep": G(lambda f: f.pick([False, False, True])),
            "cpf_validado": G(lambda f: f.pick([True, False])),
            "origem": G(lambda f: f.pick(["app_android", "app_ios", "site"])),
            "codigo_indicacao": G(lambda f: f.pick(["", "AMIGO50", "BRASIL10"])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        ["BR"],
        {
            "nome": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "telefone": Y(lambda f: f.phone(), "phone"),
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "cidade": Y(lambda f: f.town(), "city"),
            "estado": G(lambda f: f.pick(UFS)),
            "saldo": G(lambda f: f.money(0, 3000)),
            "nivel_vip": G(lambda f: f.pick(["bronze", "prata", "ouro", "diamante"])),
            "aceita_marketing": G(lambda f: f.pick([True, False])),
            "time_do_coracao": G(
                lambda f: f.pick(["Flamengo", "Corinthians", "Palmeiras", "Grêmio", "Bahia"])
            ),
            "idade": G(lambda f: f.r.randint(18, 70)),
            "criado_em": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Age Verification Completed",
        ["node"],
        ["GB", "IE"],
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["GBG ID3global", "LexisNexis", "Experian"])),
            "result": G(lambda f: f.pick(["pass", "refer", "fail"])),
            "age_verified": G(lambda f: f.pick([True, False])),
            "match_score": G(lambda f: f.r.randint(0, 100)),
            "checks": Many(
                {
                    "name": G(lambda f: f.pick(["dob_match", "address_match", "name_match", "mortality"])),
                    "passed": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "verified_dob": Y(lambda f: f.dob(), "birthdate"),
            "verified_name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "KYC Document Uploaded",
        NATIVE,
        ["GB", "IE", "BR"],
        {
            "document_type": G(lambda f: f.pick(["passport", "national_id_card"])),
            "document_number": RED(
                lambda f: (
                    f.passport_no() if f.r.random() < 0.6 else (f.cpf() if f.market == "BR" else f.digits(8))
                ),
                "passport|national id",
            ),
            "issuing_country": G(lambda f: f.pick(["GBR", "IRL", "BRA", "POL", "NGA"])),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "side": G(lambda f: f.pick(["front", "back"])),
            "file_size_bytes": G(lambda f: f.r.randint(200_000, 6_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "application/pdf"])),
            "passport_scanned": G(lambda f: f.pick([True, False])),
            "holder_name_on_document": Y(lambda f: f.full_name().upper(), "name"),
            "document_dob": Y(lambda f: f.dob(), "birthdate"),
            "mrz_line_2": RED(lambda f: f.mrz2(), "passport", True),
        },
    ),
    (
        "track",
        "Driving Licence Captured",
        ["kotlin", "swift"],
        ["GB"],
        {
            "drivingLicenceNumber": RED(lambda f: f.driving_licence(), "license|national id"),
            "licenceIssueNumber": G(lambda f: f"{f.r.randint(1, 30):02d}"),
            "licenceExpiry": G(lambda f: f.date(2025, 2034)),
            "captureMode": G(lambda f: f.pick(["auto", "manual"])),
        },
    ),
    (
        "track",
        "Selfie Captured",
        NATIVE,
        ["GB", "IE", "BR"],
        {
            "selfie_url": Y(lambda f: f"https://kyc-uploads.luckyfox.io/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "face_match_score": G(lambda f: round(f.r.uniform(0.2, 0.99), 3)),
            "attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Identity Check Completed",
        ["ruby"],
        ["GB", "IE"],
        {
            "payload": {
                "action": G(lambda f: "check.completed"),
                "object": {
                    "id": G(lambda f: f.uuid()),
                    "status": G(lambda f: "complete"),
                },
            },
            "applicant": {
                "id": G(lambda f: f.uuid()),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "address": {
                    "flat_number": G(lambda f: f.pick(["", "1", "3A", "12"])),
                    "building_number": G(lambda f: str(f.r.randint(1, 240))),
                    "street": Y(lambda f: f.pick(STREETS[f.market]), "street|address"),
                    "town": Y(lambda f: f.town(), "city"),
                    "postcode": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(lambda f: "GBR" if f.market == "GB" else "IRL"),
                },
            },
            "breakdown": {
                "document": {"result": G(lambda f: f.pick(["clear", "consider"]))},
                "facial_similarity": {"result": G(lambda f: f.pick(["clear", "consider", "unidentified"]))},
            },
            "document_numbers": Many(
                {
                    "value": RED(lambda f: f.passport_no(), "passport|national id", True),
                    "type": G(lambda f: "document_number"),
                },
                1,
            ),
            "reviewer_note": Y(kyc_note, "name", True),
        },
    ),
    (
        "track",
        "Verificação de Identidade Concluída",
        ["python"],
        ["BR"],
        {
            "cpf": RED(lambda f: f.cpf(), "national id"),
            "nome_completo": Y(lambda f: f.full_name(), "name"),
            "situacao_cpf": G(lambda f: f.pick(["REGULAR", "SUSPENSA", "PENDENTE_DE_REGULARIZACAO"])),
            "data_nascimento": Y(lambda f: f.dob(), "birthdate"),
            "nome_mae": Y(lambda f: f.full_name(), "name"),
            "indicador_obito": G(lambda f: False),
            "pep": G(lambda f: f.pick([False, False, True])),
            "score_serasa": Y(lambda f: f.r.randint(0, 1000), "credit score"),
            "renda_estimada": Y(lambda f: f.r.randint(1412, 25000), "salary"),
            "faixa_renda": Y(
                lambda f: f.pick(["até 2 SM", "2 a 5 SM", "5 a 10 SM", "acima de 10 SM"]), "salary"
            ),
            "rg": RED(
                lambda f: (
                    f"{f.r.randint(10, 99)}.{f.r.randint(100, 999)}.{f.r.randint(100, 999)}"
                    f"-{f.pick('0123456789X')}"
                ),
                "national id",
            ),
            "fornecedor": G(lambda f: f.pick(["Serpro", "Serasa Experian", "idwall"])),
            "tempo_resposta_ms": G(lambda f: f.r.randint(150, 3000)),
        },
    ),
    # -- payments ------------------------------------------------------------------------------
    (
        "track",
        "Deposit Initiated",
        ["web", "swift", "kotlin"],
        ["GB", "IE"],
        {
            "amount": G(lambda f: f.pick([10, 20, 25, 50, 100, 250])),
            "currency": G(lambda f: cur(f)),
            "payment_method": G(
                lambda f: f.pick(["debit_card", "apple_pay", "paypal", "open_banking", "skrill"])
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "bin": G(lambda f: f.pick(["454313", "475129", "535522", "492181", "516001"])),
                "expiry_month": G(lambda f: f.r.randint(1, 12)),
                "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
            },
            "is_first_deposit": G(lambda f: f.pick([True, False])),
            "bonus_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Added",
        ["dotnet"],
        ["GB", "IE"],
        {
            "CardholderName": Y(lambda f: f.full_name().upper(), "name"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "PaymentMethodToken": RED(lambda f: f.pm_token(), "token"),
            "Last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "Bin": G(lambda f: f.pick(["454313", "475129", "535522", "492181"])),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2025, 2031)),
            "CardBrand": G(lambda f: f.pick(["Visa", "Mastercard", "Maestro"])),
            "Issuer": G(lambda f: f.pick(["Barclays", "Monzo", "Bank of Ireland", "AIB", "Revolut"])),
            "IssuerCountry": G(lambda f: f.pick(["GB", "IE", "LT"])),
            "ThreeDsResult": G(lambda f: f.pick(["authenticated", "attempted", "challenge_failed"])),
            "BillingPostcode": Y(lambda f: f.postcode(), "zipcode"),
            "BillingAddressLine1": Y(lambda f: f.street(), "address|street"),
            "Email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Deposit Completed",
        ["node"],
        ["GB", "IE"],
        {
            "transaction_id": G(lambda f: "dep_" + f.digits(10)),
            "amount": G(lambda f: f.pick([10, 20, 25, 50, 100, 250, 1000])),
            "currency": G(lambda f: cur(f)),
            "method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "trustly", "bank_transfer"])),
            "psp": G(lambda f: f.pick(["Worldpay", "Adyen", "Nuvei", "Paysafe", "Trustly"])),
            "psp_reference": G(lambda f: f.pick(["8535" + f.digits(12), "WP-" + f.hexid(12).upper()])),
            "stored_payment_id": RED(lambda f: "8" + f.digits(15), "token"),
            "is_first_deposit": G(lambda f: f.pick([True, False])),
            "fee": G(lambda f: 0.0),
            "balance_after": G(lambda f: f.money(10, 5000)),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "payer_email": Y(lambda f: f.email(), "email"),
            "billing_address": Y(lambda f: f"{f.street()}, {f.town()} {f.postcode()}", "address"),
            "processed_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "PIX Deposit Received",
        ["python"],
        ["BR"],
        {
            "pix": {
                "endToEndId": G(
                    lambda f: (
                        f"E{f.digits(8)}2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
                        f"{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.hexid(11)}"
                    )
                ),
                "txid": G(lambda f: f.hexid(32)),
                "valor": G(lambda f: f"{f.money(10, 2000):.2f}"),
                "chave": G(
                    lambda f: f.pick(
                        [
                            "a7c3d9e1-5b2f-4c8a-9e6d-1f0b2c3d4e5f",
                            "pix@luckyfoxapostas.bet.br",
                            "5c2e8f10-93ab-4d7e-b1c4-6a0f9d2e7b38",
                        ]
                    )
                ),
                "horario": G(lambda f: f.iso()),
                "pagador": {
                    "cpf": RED(lambda f: f.cpf(formatted=False), "national id"),
                    "nome": Y(lambda f: f.full_name().upper(), "name"),
                },
            },
            "banco_pagador": G(lambda f: f.pick(["Nubank", "Itaú", "Bradesco", "Caixa", "Banco Inter"])),
            "ispb": G(lambda f: f.pick(["18236120", "60701190", "60746948", "00360305"])),
            "agencia": G(lambda f: f.pick(["0001", "3456", "0987", "1234"])),
            "conta": RED(lambda f: f.conta(), "bank account"),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["kotlin", "swift", "web"],
        ["GB", "IE"],
        {
            "withdrawal_id": G(lambda f: "wd_" + f.digits(9)),
            "amount": G(lambda f: f.money(10, 5000)),
            "currency": G(lambda f: cur(f)),
            "method": G(lambda f: f.pick(["bank_transfer", "debit_card", "paypal"])),
            "destination": {
                "bank_name": G(lambda f: f.pick(["Barclays", "NatWest", "Bank of Ireland", "AIB", "Monzo"])),
                "sort_code": G(lambda f: f.sort_code()),
                "account_number": RED(lambda f: f.account_no(), "bank account"),
                "iban": RED(lambda f: f.iban("GB" if f.market == "GB" else "IE"), "bank account"),
                "bic": G(lambda f: f.pick(["BOFIIE2D", "AIBKIE2D", "BARCGB22", "NWBKGB2L"])),
                "account_holder": Y(lambda f: f.full_name(), "name"),
            },
            "reverse_allowed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Saque Solicitado",
        ["php"],
        ["BR"],
        {
            "id_saque": G(lambda f: f.digits(10)),
            "valor": G(lambda f: f.money(20, 8000)),
            "moeda": G(lambda f: "BRL"),
            "chave_pix": RED(lambda f: f.pix_key(), "bank account"),
            "tipo_chave": G(lambda f: f.pick(["CPF", "EMAIL", "TELEFONE", "ALEATORIA"])),
            "titular": Y(lambda f: f.full_name(), "name"),
            "cpf_titular": RED(lambda f: f.cpf(), "national id"),
            "status": G(lambda f: f.pick(["PENDENTE", "APROVADO", "EM_ANALISE"])),
            "tentativa": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Wallet Linked",
        ["web", "rn"],
        ["GB", "IE"],
        {
            "provider": G(lambda f: f.pick(["PayPal", "Skrill", "Neteller", "MuchBetter"])),
            "account_email": Y(lambda f: f.email(), "email"),
            "wallet_account_id": RED(lambda f: f.digits(12), "bank account"),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Transfer Instructions Viewed",
        ["web"],
        ["GB", "IE"],
        {
            "beneficiary_name": G(lambda f: "LuckyFox Gaming Ltd"),
            "beneficiary_iban": G(
                lambda f: f.pick(
                    [
                        "GB29 NWBK 6016 1331 9268 19",
                        "IE64 IRCE 9205 0112 3456 78",
                        "GB94 BARC 1020 1530 0934 59",
                    ]
                )
            ),
            "beneficiary_bic": G(lambda f: f.pick(["NWBKGB2L", "IRCEIE2D", "BARCGB22"])),
            "payment_reference": G(lambda f: "LF" + f.digits(8)),
            "support_email": G(
                lambda f: f.pick(
                    ["payments@luckyfox.co.uk", "payments@luckyfox.ie", "support@luckyfox.co.uk"]
                )
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        ["GB", "IE", "BR"],
        {
            "order_id": G(lambda f: "dep_" + f.digits(10)),
            "total": G(lambda f: f.pick([10, 20, 50, 100])),
            "revenue": G(lambda f: f.pick([10, 20, 50, 100])),
            "currency": G(lambda f: cur(f)),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["deposit", "first_deposit", "redeposit"])),
                    "name": G(lambda f: f.pick(["Deposit", "First Deposit", "Redeposit"])),
                    "category": G(lambda f: "deposit"),
                    "price": G(lambda f: f.pick([10, 20, 50, 100])),
                    "quantity": G(lambda f: 1),
                },
                1,
            ),
        },
    ),
    # -- betting -------------------------------------------------------------------------------
    (
        "track",
        "Selection Added To Bet Slip",
        ["web", "swift", "kotlin"],
        ["GB", "IE", "BR"],
        {
            "event_id": G(lambda f: f.digits(8)),
            "event_name": G(lambda f: f.pick(FIXTURES)[0]),
            "sport": G(lambda f: f.pick(FIXTURES)[1]),
            "competition": G(lambda f: f.pick(FIXTURES)[2]),
            "market_name": G(lambda f: f.pick(MARKETS)),
            "selection_name": G(lambda f: f.pick(SELECTIONS)),
            "odds_decimal": G(lambda f: f.odds()),
            "odds_fractional": G(lambda f: f.frac()),
            "in_play": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bet Placed",
        ["go"],
        ["GB", "IE", "BR"],
        {
            "bet_id": G(lambda f: f.digits(12)),
            "bet_type": G(
                lambda f: f.pick(["single", "double", "treble", "accumulator", "bet_builder", "lucky_15"])
            ),
            "stake": G(lambda f: f.pick([0.5, 1, 2, 5, 10, 20, 50])),
            "currency": G(lambda f: cur(f)),
            "potential_returns": G(lambda f: f.money(1, 5000)),
            "total_odds": G(lambda f: f.odds()),
            "selections": Many(
                {
                    "selection_id": G(lambda f: f.digits(10)),
                    "event_name": G(lambda f: f.pick(FIXTURES)[0]),
                    "market": G(lambda f: f.pick(MARKETS)),
                    "selection": G(lambda f: f.pick(SELECTIONS)),
                    "odds": G(lambda f: f.odds()),
                    "sport": G(lambda f: f.pick(FIXTURES)[1]),
                },
                4,
            ),
            "free_bet_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Aposta Realizada",
        ["flutter"],
        ["BR"],
        {
            "id_aposta": G(lambda f: f.digits(12)),
            "valor_aposta": G(lambda f: f.pick([2, 5, 10, 20, 50])),
            "odd": G(lambda f: f.odds()),
            "modalidade": G(lambda f: f.pick(["futebol", "basquete", "vôlei", "MMA"])),
            "mercado": G(lambda f: f.pick(["Resultado Final", "Ambas Marcam", "Total de Gols"])),
            "selecao": G(lambda f: f.pick(["Flamengo", "Empate", "Mais de 2.5", "Palmeiras", "Sim"])),
            "ao_vivo": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Racing Bet Placed",
        ["swift", "web"],
        ["GB", "IE"],
        {
            "meeting": G(
                lambda f: f.pick(
                    ["Cheltenham", "Leopardstown", "Aintree", "Punchestown", "Romford", "Shelbourne Park"]
                )
            ),
            "race_time": G(lambda f: f"{f.r.randint(12, 21)}:{f.pick(['00', '15', '30', '45'])}"),
            "race_type": G(lambda f: f.pick(["horse", "greyhound"])),
            "runner_name": G(lambda f: f.pick(HORSES + GREYHOUNDS)),
            "jockey": G(lambda f: f.pick(JOCKEYS)),
            "trainer": G(lambda f: f.pick(TRAINERS)),
            "price": G(lambda f: f.frac()),
            "stake": G(lambda f: f.pick([1, 2, 5, 10])),
        },
    ),
    # -- casino --------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        ["GB", "IE", "BR"],
        {**game_product(), "currency": G(lambda f: cur(f))},
    ),
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        ["GB", "IE", "BR"],
        {
            "query": G(
                lambda f: f.pick(
                    ["book of dead", "roulette", "aviator", "big bass", "blackjack", "fortune tiger"]
                )
            )
        },
    ),
    (
        "track",
        "Game Launched",
        ["swift", "kotlin", "web"],
        ["GB", "IE", "BR"],
        {
            "game_id": G(lambda f: "g_" + f.digits(5)),
            "game_name": G(lambda f: f.pick(GAMES)[0]),
            "provider": G(lambda f: f.pick(GAMES)[1]),
            "category": G(lambda f: f.pick(GAMES)[2]),
            "rtp": G(lambda f: f.pick([96.21, 96.5, 97.3, 94.0, 96.07])),
            "is_demo": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Game Round Completed",
        ["java"],
        ["GB", "IE", "BR"],
        {
            "round_id": G(lambda f: f.digits(14)),
            "game_id": G(lambda f: "g_" + f.digits(5)),
            "game_name": G(lambda f: f.pick(GAMES)[0]),
            "stake": G(lambda f: f.pick([0.1, 0.2, 0.5, 1, 2])),
            "win": G(lambda f: f.pick([0, 0, 0, f.money(0, 50)])),
            "balance_before": G(lambda f: f.money(0, 2000)),
            "balance_after": G(lambda f: f.money(0, 2000)),
            "currency": G(lambda f: cur(f)),
            "bonus_money_used": G(lambda f: f.pick([True, False])),
            "free_spin": G(lambda f: f.pick([True, False])),
            "duration_ms": G(lambda f: f.r.randint(900, 6000)),
            "server_seed_hash": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Live Casino Round Completed",
        ["java"],
        ["GB", "IE", "BR"],
        {
            "round_id": G(lambda f: f.digits(14)),
            "table_name": G(
                lambda f: f.pick(["Lightning Roulette", "Crazy Time", "Blackjack Party", "Roleta Brasileira"])
            ),
            "dealer_name": Y(lambda f: f.pick(DEALERS), "name"),
            "dealer_id": G(lambda f: f.digits(5)),
            "stake": G(lambda f: f.pick([0.5, 1, 5, 25])),
            "outcome": G(lambda f: f.pick(["17 red", "0 green", "Pachinko", "dealer bust", "Coin Flip"])),
            "win": G(lambda f: f.money(0, 500)),
        },
    ),
    (
        "track",
        "Jackpot Won",
        ["node"],
        ["GB", "IE"],
        {
            "jackpot_name": G(lambda f: f.pick(["Mega Moolah Mega", "Daily Drop", "Fox Pot Major"])),
            "amount": G(lambda f: f.money(100, 250000)),
            "game_name": G(lambda f: f.pick(GAMES)[0]),
            "winner_display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
            "winner_town": Y(lambda f: f.town(), "city"),
            "show_on_ticker": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- bonuses and referrals ------------------------------------------------------------------
    (
        "track",
        "Bonus Claimed",
        APPS,
        ["GB", "IE", "BR"],
        {
            "bonus_id": G(lambda f: "bn_" + f.digits(6)),
            "bonus_code": G(lambda f: f.pick(["BET10GET30", "CASINO100", "ACCA5", "GIROGRATIS"])),
            "bonus_type": G(lambda f: f.pick(["free_bet", "free_spins", "deposit_match", "odds_boost"])),
            "amount": G(lambda f: f.pick([5, 10, 20, 30])),
            "wagering_requirement": G(lambda f: f.pick([0, 10, 35])),
            "free_spins": G(lambda f: f.pick([0, 20, 50, 100])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin", "web"],
        ["GB", "IE", "BR"],
        {
            "referrer_code": G(lambda f: f.hexid(8).upper()),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.first(), "name"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "reward_amount": G(lambda f: f.pick([10, 20, 25])),
        },
    ),
    # -- responsible gambling ------------------------------------------------------------------
    (
        "track",
        "Deposit Limit Set",
        APPS,
        ["GB", "IE", "BR"],
        {
            "limit_type": G(lambda f: f.pick(["deposit", "loss", "wager", "session_time"])),
            "period": G(lambda f: f.pick(["daily", "weekly", "monthly"])),
            "amount": G(lambda f: f.pick([50, 100, 250, 500, 1000])),
            "previous_amount": G(lambda f: f.pick([None, 100, 500, 2000])),
            "effective_at": G(lambda f: f.iso()),
            "cooling_off_hours": G(lambda f: f.pick([0, 24])),
        },
    ),
    (
        "track",
        "Reality Check Acknowledged",
        APPS,
        ["GB", "IE"],
        {
            "interval_minutes": G(lambda f: f.pick([15, 30, 60])),
            "session_duration_minutes": G(lambda f: f.r.randint(15, 400)),
            "net_position": G(lambda f: round(f.r.uniform(-800, 600), 2)),
            "action": G(lambda f: f.pick(["continue", "logout", "view_history", "set_limit"])),
        },
    ),
    (
        "track",
        "Self Exclusion Requested",
        ["web", "swift", "kotlin"],
        ["GB", "IE"],
        {
            "duration": G(lambda f: f.pick(["6_months", "1_year", "5_years", "permanent"])),
            "reason": G(lambda f: f.pick(["taking_a_break", "spending_too_much", "time_spent", "other"])),
            "gamstop_registered": G(lambda f: f.pick([True, False])),
            "gamstop_check_result": G(lambda f: f.pick(["N", "Y", "P"])),
            "confirmed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trusted Contact Added",
        ["web", "rn"],
        ["GB", "IE"],
        {
            "trusted_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": G(lambda f: f.pick(["partner", "parent", "sibling", "friend"])),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "notify_on": Many(G(lambda f: f.pick(["limit_increase", "self_exclusion_end", "large_loss"])), 3),
        },
    ),
    (
        "track",
        "Safer Gambling Survey Completed",
        ["web", "swift"],
        ["GB", "IE"],
        {
            "survey_id": G(lambda f: "pgsi_v1"),
            "pgsi_score": Y(lambda f: f.r.randint(0, 27), "condition"),
            "risk_band": G(lambda f: f.pick(["low", "moderate", "high"])),
        },
    ),
    (
        "track",
        "Affordability Check Completed",
        ["dotnet"],
        ["GB", "IE"],
        {
            "CheckId": G(lambda f: f.uuid()),
            "Provider": G(lambda f: f.pick(["TransUnion", "Experian", "Equifax"])),
            "AnnualIncome": Y(lambda f: f.r.randint(14000, 180000), "salary"),
            "HouseholdIncome": Y(lambda f: f.r.randint(20000, 250000), "salary"),
            "IncomeBand": Y(lambda f: f.pick(["£20k-£30k", "£30k-£50k", "£50k-£80k", "£80k+"]), "salary"),
            "CreditScore": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "EmploymentStatus": G(lambda f: f.pick(["employed", "self_employed", "retired", "student"])),
            "Occupation": G(
                lambda f: f.pick(["Electrician", "Nurse", "Software Developer", "Taxi Driver", "Teacher"])
            ),
            "Employer": G(lambda f: f.pick(["NHS Scotland", "Tesco", "HSE", "Accenture", "Self"])),
            "NumberOfDependants": G(lambda f: f.r.randint(0, 4)),
            "SourceOfFunds": G(lambda f: f.pick(["salary", "savings", "inheritance", "business_income"])),
            "Outcome": G(lambda f: f.pick(["pass", "refer", "documents_requested"])),
        },
    ),
    (
        "track",
        "Safer Gambling Interaction Logged",
        ["php"],
        ["GB", "IE"],
        {
            "interaction_id": G(lambda f: f.digits(8)),
            "agent_name": Y(lambda f: f.pick(AGENTS) + " " + f.last(), "name"),
            "agent_email": Y(
                lambda f: f"{ascii_fold(f.pick(AGENTS))}.{ascii_fold(f.last())}@luckyfox.co.uk", "email"
            ),
            "channel": G(lambda f: f.pick(["phone", "live_chat", "email"])),
            "trigger": G(
                lambda f: f.pick(["loss_threshold", "session_length", "night_play", "deposit_velocity"])
            ),
            "outcome": G(lambda f: f.pick(["limit_set", "no_action", "time_out", "self_exclusion"])),
            "notes": Y(sg_note, "phone", True),
            "follow_up_due": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # -- VIP ---------------------------------------------------------------------------------------
    (
        "track",
        "VIP Host Assigned",
        ["ruby"],
        ["GB", "IE", "BR"],
        {
            "vip_tier": G(lambda f: f.pick(["gold", "platinum", "black"])),
            "host": {
                "id": G(lambda f: "h_" + f.digits(4)),
                "name": Y(lambda f: " ".join(f.pick(HOSTS)), "name"),
                "email": Y(lambda f: "{}.{}@luckyfox.co.uk".format(*map(str.lower, f.pick(HOSTS))), "email"),
                "direct_line": Y(lambda f: f.phone("GB"), "phone"),
                "team_mailbox": G(
                    lambda f: f.pick(["vip@luckyfox.co.uk", "vip@luckyfox.ie", "vip@luckyfoxapostas.bet.br"])
                ),
            },
            "assigned_at": G(lambda f: f.iso()),
            "previous_host_id": G(lambda f: f.pick(["", "h_" + f.digits(4)])),
        },
    ),
    (
        "track",
        "VIP Gift Sent",
        ["ruby"],
        ["GB", "IE"],
        {
            "gift_type": G(lambda f: f.pick(["hamper", "match_tickets", "racing_hospitality", "voucher"])),
            "gift_value": G(lambda f: f.money(50, 1500)),
            "venue": G(lambda f: f.pick(["Aviva Stadium", "Cheltenham Racecourse", "Anfield", "Croke Park"])),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "Lansdowne Road, Dublin 4, D04 K5F9",
                        "Evesham Road, Cheltenham GL50 4SH",
                        "Anfield Road, Liverpool L4 0TH",
                    ]
                )
            ),
            "delivery": {
                "recipient_name": Y(lambda f: f.full_name(), "name"),
                "address_line1": Y(lambda f: f.street(), "address|street"),
                "town": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.market),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "card_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {f.first()}! Best wishes from {f.pick(HOSTS)[0]} and the VIP team",
                        f"Dear {f.first()}, enjoy the day at the races. {f.pick(HOSTS)[0]}",
                        f"For {f.full_name()} - thanks for another great year with us",
                    ]
                ),
                "name",
                True,
            ),
            "host_id": G(lambda f: "h_" + f.digits(4)),
        },
    ),
    (
        "identify",
        None,
        ["python_traits"],
        ["GB", "IE"],
        {
            "ACCOUNT_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "COUNTRY_CODE": G(lambda f: f.market),
            "LIFETIME_DEPOSITS": G(lambda f: f.money(0, 90000)),
            "NGR_90D": G(lambda f: round(f.r.uniform(-2000, 15000), 2)),
            "VIP_TIER": G(lambda f: f.pick(["none", "bronze", "gold", "black"])),
            "LAST_BET_AT": G(lambda f: f.iso()),
            "IS_SELF_EXCLUDED": G(lambda f: f.pick([True, False])),
            "MARKETING_CONSENT_EMAIL": G(lambda f: f.pick([True, False])),
            "HOST_NAME": Y(lambda f: " ".join(f.pick(HOSTS)), "name"),
            "LOYALTY_NUMBER": G(lambda f: "LFX" + f.digits(9)),
        },
    ),
    (
        "group",
        None,
        ["node"],
        ["GB", "IE", "BR"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Oddschecker Partners Ltd", "BetTips Media", "Apostas Hoje Ltda", "Racing Insider"]
                )
            ),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://www.oddschecker.example",
                        "https://bettips.example.co.uk",
                        "https://apostashoje.example.com.br",
                    ]
                )
            ),
            "industry": G(lambda f: "affiliate"),
            "commission_plan": G(lambda f: f.pick(["revshare_35", "cpa_100", "hybrid"])),
            "manager_name": Y(lambda f: f.full_name(), "name"),
            "manager_email": Y(lambda f: f.email(), "email"),
            "manager_phone": Y(lambda f: f.phone(), "phone"),
            "support_email": G(lambda f: f.pick(["affiliates@luckyfox.co.uk", "partners@luckyfox.ie"])),
            "office_phone": G(lambda f: f.pick(["+44 20 7946 0321", "+353 1 555 0188", "+55 11 3003-0404"])),
            "created_at": G(lambda f: f.iso()),
            "country": G(lambda f: f.market),
        },
    ),
    # -- support -------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Started",
        ["web", "swift", "kotlin"],
        ["GB", "IE", "BR"],
        {
            "conversation_id": G(lambda f: f.digits(15)),
            "topic": G(
                lambda f: f.pick(
                    ["withdrawals", "verification", "bonus", "account_closure", "safer_gambling"]
                )
            ),
            "language": G(lambda f: f.pick(["en", "pt", "ga"])),
            "queue": G(lambda f: f.pick(["payments", "kyc", "general", "vip"])),
            "wait_time_seconds": G(lambda f: f.r.randint(0, 900)),
            "agent": {"id": G(lambda f: f.digits(7)), "display_name": Y(lambda f: f.pick(AGENTS), "name")},
            "customer": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
        },
    ),
    (
        "track",
        "Support Message Sent",
        ["node_ip"],
        ["GB", "IE", "BR"],
        {
            "conversation_id": G(lambda f: f.digits(15)),
            "author_type": G(lambda f: "user"),
            "text": Y(chat_line, "email|phone", True),
            "has_attachment": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "rn"],
        ["GB", "IE"],
        {
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "topic": G(lambda f: f.pick(["withdrawal", "verification", "vip"])),
            "country": G(lambda f: f.market),
        },
    ),
    (
        "track",
        "Help Article Searched",
        ["web", "rn"],
        ["GB", "IE", "BR"],
        {
            "keywords": G(
                lambda f: f.pick(
                    [
                        "withdrawal pending",
                        "how to verify id",
                        "cash out not available",
                        "bonus terms",
                        "alterar senha",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Customer Searched",
        ["node"],
        ["GB", "IE", "BR"],
        {
            "q": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "search_field": G(lambda f: f.pick(["any", "contact"])),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "searched_by": G(lambda f: "staff_" + f.digits(4)),
            "tool": G(lambda f: "backoffice"),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web"],
        ["GB", "IE"],
        {
            "full-name": Y(lambda f: f.full_name(), "name"),
            "email-address": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "enquiry-type": G(lambda f: f.pick(["complaint", "account", "payments", "other"])),
            "consent-given": G(lambda f: True),
            "form-id": G(lambda f: f.hexid(24)),
            "page-url": G(
                lambda f: f.pick(["https://www.luckyfox.co.uk/contact", "https://www.luckyfox.ie/contact"])
            ),
        },
    ),
    (
        "track",
        "Address Lookup Used",
        ["web"],
        ["GB", "IE"],
        {
            "input": Y(lambda f: f.pick([f.postcode(), f.street()]), "zipcode|address", True),
            "provider": G(lambda f: f.pick(["loqate", "getaddress.io", "autoaddress"])),
            "suggestions_count": G(lambda f: f.r.randint(0, 12)),
            "manual_entry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ["GB", "IE"],
        {
            "form": G(lambda f: f.pick(["registration", "account_details"])),
            "field": G(lambda f: f.remember("field", f.pick(["email", "mobile"]))),
            "value": Y(lambda f: f.email() if f.memo["field"] == "email" else f.phone(), "email|phone", True),
            "label": G(lambda f: f.pick(["Email address", "Mobile number", "Contact details"])),
            "error": G(lambda f: f.pick(["", "invalid_format", "already_registered"])),
        },
    ),
    # -- messaging and security ----------------------------------------------------------------
    (
        "track",
        "SMS Delivered",
        ["dotnet"],
        ["GB", "IE", "BR"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+447700900123", "LuckyFox", "+353766801234", "+5511400212345"])),
            "To": Y(lambda f: f.phone(), "phone", True),
            "Body": RED(otp_sms, "token", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "Price": G(lambda f: f.pick(["-0.0400", "-0.0079", "-0.0500"])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["ruby_ext"],
        ["GB", "IE", "BR"],
        {
            "email_id": G(lambda f: f.hexid(24)),
            "campaign_name": G(
                lambda f: f.pick(
                    ["weekend_acca", "cheltenham_preview", "casino_drops_wins", "reativacao_30d"]
                )
            ),
            "subject": G(
                lambda f: f.pick(
                    ["Your weekend acca is ready", "Cheltenham: 5 to follow", "Drops & Wins is back"]
                )
            ),
            "recipient": Y(lambda f: f.email(), "email", True),
            "recipient_name": Y(lambda f: f.full_name(), "name"),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.luckyfox.co.uk>"),
            "from_address": G(
                lambda f: f.pick(
                    ["no-reply@luckyfox.co.uk", "news@luckyfox.ie", "nao-responda@luckyfoxapostas.bet.br"]
                )
            ),
            "user_agent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Phone Verified",
        ["kotlin", "swift"],
        ["GB", "IE", "BR"],
        {
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "method": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        ["GB", "IE", "BR"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_link": RED(
                lambda f: f"https://{HOSTS_BY_MARKET[f.market]}/reset-password?token={f.b64ish(43)}", "token"
            ),
            "requested_from_ip": Y(lambda f: f.ip(), "ip"),
            "expires_in": G(lambda f: 3600),
            "resets_last_30d": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Signed In",
        APPS,
        ["GB", "IE", "BR"],
        {
            "method": G(lambda f: f.pick(["password", "face_id", "fingerprint", "google"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failure_reason": G(lambda f: f.pick(["", "wrong_password", "account_locked", "self_excluded"])),
            "login_attempts": G(lambda f: f.r.randint(1, 5)),
            "session_id": G(lambda f: f.uuid()),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Fraud Check Completed",
        ["node"],
        ["GB", "IE", "BR"],
        {
            "check_id": G(lambda f: f.hexid(16)),
            "fraud_score": G(lambda f: round(f.r.uniform(0, 100), 2)),
            "state": G(lambda f: f.pick(["APPROVE", "REVIEW", "DECLINE"])),
            "email_details": {
                "email": Y(lambda f: f.email(), "email"),
                "domain": G(lambda f: f.pick(["gmail.com", "outlook.com", "yahoo.com.br", "eircom.net"])),
            },
            "phone_details": {
                "number": Y(lambda f: f.phone(), "phone"),
                "carrier": G(lambda f: f.pick(["EE", "Vodafone", "Three Ireland", "Vivo", "Claro"])),
                "type": G(lambda f: f.pick(["MOBILE", "VOIP", "LANDLINE"])),
                "registered_name": Y(lambda f: f.full_name(), "name"),
            },
            "ip_details": {
                "ip": Y(lambda f: f.ip(), "ip"),
                "isp": G(lambda f: f.pick(["BT", "Virgin Media", "eir", "Vivo Fibra", "NordVPN"])),
                "country": G(lambda f: f.market),
                "is_vpn": G(lambda f: f.pick([True, False])),
                "city": Y(lambda f: f.town(), "city"),
            },
            "device_hash": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Geolocation Check Completed",
        ["go_ip"],
        ["GB", "IE", "BR"],
        {
            "result": G(lambda f: f.pick(["PASS", "FAIL_BOUNDARY", "FAIL_PROXY"])),
            "latitude": Y(lambda f: f.near("lat"), "geolocation"),
            "longitude": Y(lambda f: f.near("lon"), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(5, 1500)),
            "nearest_address": Y(lambda f: f"{f.street()}, {f.town()}", "address"),
            "wifi_bssid": Y(lambda f: f.mac().lower(), "mac"),
            "isp": G(lambda f: f.pick(["Sky Broadband", "Vodafone Ireland", "Claro NET", "TalkTalk"])),
            "region": G(lambda f: f.pick(["ENG", "SCT", "IE-L", "BR-SP", "BR-RJ"])),
            "within_jurisdiction": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Details Updated",
        ["rn", "web"],
        ["GB", "IE"],
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "mobile", "address", "password"])), 3),
            "new_email": Y(lambda f: f.email(), "email"),
            "previous_email": Y(lambda f: f.email(), "email"),
            "new_mobile": Y(lambda f: f.phone(), "phone"),
            "address_changed": G(lambda f: f.pick([True, False])),
            "reverification_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Marketing Preferences Updated",
        APPS,
        ["GB", "IE", "BR"],
        {
            "email_optin": G(lambda f: f.pick([True, False])),
            "sms_optin": G(lambda f: f.pick([True, False])),
            "phone_optin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ad Click Captured",
        ["web"],
        ["GB", "IE", "BR"],
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "ttclid": Y(lambda f: f.b64ish(40), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing", "tiktok"])),
            "utm_campaign": G(lambda f: f.pick(["cheltenham_24", "euros_acca", "brasileirao"])),
            "landing_page": G(lambda f: f.pick(["/sports/football", "/casino", "/promotions/welcome"])),
            "affiliate_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Statement Emailed",
        ["php"],
        ["GB", "IE"],
        {
            "statement_period": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03", "last_12_months"])),
            "format": G(lambda f: f.pick(["pdf", "csv"])),
            "sent_to": Y(lambda f: f.email(), "email", True),
            "requested_by_agent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Beneficiary Saved",
        ["dotnet"],
        ["GB", "IE"],
        {
            "BeneficiaryId": G(lambda f: f.uuid()),
            "AccountName": Y(lambda f: f.full_name(), "name"),
            "Iban": RED(lambda f: f.iban("GB" if f.market == "GB" else "IE"), "bank account"),
            "Bic": G(lambda f: f.pick(["BOFIIE2D", "AIBKIE2D", "BARCGB22", "NWBKGB2L"])),
            "Nickname": G(lambda f: f.pick(["Main account", "Savings", "Joint", "Revolut"])),
            "ConfirmationOfPayeeResult": G(lambda f: f.pick(["MATCH", "CLOSE_MATCH", "NO_MATCH"])),
        },
    ),
    (
        "track",
        "Tax Details Submitted",
        ["python"],
        ["GB", "IE"],
        {
            "national_insurance_number": RED(lambda f: f.nino(), "national id"),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "tax_residency": G(lambda f: f.pick(["GB", "IE"])),
            "reason": G(lambda f: f.pick(["source_of_wealth", "large_win_review"])),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Underage Account Reported",
        ["php"],
        ["GB", "IE"],
        {
            "report_id": G(lambda f: f.digits(7)),
            "reporter_name": Y(lambda f: f.full_name(), "name"),
            "reporter_email": Y(lambda f: f.email(), "email"),
            "reporter_phone": Y(lambda f: f.phone(), "phone"),
            "relationship_to_player": G(lambda f: f.pick(["parent", "guardian", "sibling", "teacher"])),
            "child_name": Y(lambda f: f.full_name(), "name"),
            "child_dob": Y(lambda f: f.date(2007, 2011), "birthdate"),
            "account_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Open Banking Report Received",
        ["node"],
        ["GB", "IE"],
        {
            "report_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["TrueLayer", "Plaid", "Yapily"])),
            "accounts": Many(
                {
                    "account_id": G(lambda f: f.hexid(32)),
                    "display_name": G(
                        lambda f: f.pick(["Current Account", "Club Lloyds", "Monzo Joint", "Everyday Saver"])
                    ),
                    "account_number": {
                        "number": RED(lambda f: f.account_no(), "bank account"),
                        "sort_code": G(lambda f: f.sort_code()),
                        "iban": RED(lambda f: f.iban("GB" if f.market == "GB" else "IE"), "bank account"),
                    },
                    "holder_name": Y(lambda f: f.full_name(), "name"),
                },
                2,
            ),
            "income": {
                "monthly_salary": Y(lambda f: f.money(900, 9000), "salary"),
                "employer_name": G(
                    lambda f: f.pick(["Tesco Stores Ltd", "HSE", "Amazon UK Services", "Dublin Bus"])
                ),
            },
        },
    ),
    (
        "track",
        "Chargeback Received",
        ["java"],
        ["GB", "IE"],
        {
            "dispute_id": G(lambda f: "dp_" + f.hexid(20)),
            "reason_code": G(lambda f: f.pick(["10.4", "13.1", "4837", "4853"])),
            "masked_pan": G(
                lambda f: f.pick(["454313", "535522", "492181"]) + "******" + f"{f.r.randint(0, 9999):04d}"
            ),
            "amount": G(lambda f: f.money(10, 2000)),
            "cardholder": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "billing_address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postcode": Y(lambda f: f.postcode(), "zipcode"),
                },
            },
            "ip_at_purchase": Y(lambda f: f.ip(), "ip"),
        },
    ),
    (
        "track",
        "Login Alert Sent",
        ["node"],
        ["GB", "IE", "BR"],
        {
            "to_email": Y(lambda f: f.email(), "email"),
            "login_ip": Y(lambda f: f.ip(), "ip"),
            "login_city": Y(lambda f: f.town(), "city"),
            "device_name": Y(
                lambda f: f.pick(
                    [
                        f"{f.first()}'s iPhone",
                        f"iPad de {f.first()}",
                        f"{f.first()}'s Galaxy S23",
                        f"{f.first()}s-MacBook-Pro",
                    ]
                ),
                "name",
                True,
            ),
            "browser": G(lambda f: f.pick(["Chrome 124", "Safari 17.4", "LuckyFox iOS 7.15.2"])),
        },
    ),
    (
        "track",
        "Predictor Entry Submitted",
        ["web", "swift"],
        ["GB", "IE"],
        {
            "game_round": G(lambda f: f"gw{f.r.randint(1, 38)}"),
            "entrant": {
                "display_name": Y(lambda f: f"{f.first()} {f.last()[0]}.", "name"),
                "email": Y(lambda f: f.email(), "email"),
                "x_handle": Y(
                    lambda f: (
                        "@" + ascii_fold(f.first()) + ascii_fold(f.last())[:4] + str(f.r.randint(1, 99))
                    ),
                    "name",
                ),
            },
            "predictions_count": G(lambda f: 6),
        },
    ),
    (
        "track",
        "Ticket Updated",
        ["ruby"],
        ["GB", "IE", "BR"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Withdrawal delayed",
                            "Verification documents",
                            "Bonus not credited",
                            "Account closure",
                        ]
                    )
                ),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                },
                "assignee": {
                    "name": Y(lambda f: f.pick(AGENTS) + " " + f.last(), "name"),
                    "email": Y(
                        lambda f: f"{ascii_fold(f.pick(AGENTS))}.{ascii_fold(f.last())}@luckyfox.co.uk",
                        "email",
                    ),
                },
                "description": Y(chat_line, "email|phone", True),
            },
            "tags": Many(G(lambda f: f.pick(["payments", "kyc", "vip", "complaint"])), 3),
        },
    ),
    (
        "track",
        "Big Win Payout Verified",
        ["python"],
        ["GB", "IE"],
        {
            "win_id": G(lambda f: f.digits(9)),
            "amount": G(lambda f: f.money(25000, 900000)),
            "winner": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "home_address": Y(lambda f: f"{f.street()}, {f.town()}, {f.postcode()}", "address"),
                "publicity_name": Y(lambda f: f"{f.first()} from {f.town()}", "name|city"),
                "publicity_consent": G(lambda f: f.pick([True, False])),
            },
            "source_of_wealth_checked": G(lambda f: True),
        },
    ),
    # -- pages, screens and aliases --------------------------------------------------------------
    (
        "page",
        "Sports Home",
        ["web"],
        ["GB", "IE", "BR"],
        {
            "path": G(lambda f: f.pick(["/sports", "/sports/football", "/sports/horse-racing"])),
            "url": G(
                lambda f: f"https://{HOSTS_BY_MARKET[f.market]}" + f.pick(["/sports", "/sports/football"])
            ),
            "title": G(lambda f: f.pick(["Sports Betting | LuckyFox", "Apostas Esportivas | LuckyFox"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.oddschecker.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?btag=a_55b_12"])),
            "name": G(lambda f: "Sports Home"),
            "category": G(lambda f: "sports"),
        },
    ),
    (
        "screen",
        "Bet Slip",
        NATIVE,
        ["GB", "IE", "BR"],
        {
            "name": G(lambda f: "Bet Slip"),
            "previous_screen": G(lambda f: f.pick(["Event Detail", "In-Play", "Home", "Search"])),
            "selections_count": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], ["GB", "IE", "BR"], None),
]


def build(seed: int, repeats: int):
    f = BetFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, markets, body in EVENTS:
            f.market = f.pick(markets)
            client = f.pick(clients)
            user_id = "lf_" + f.digits(8)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": user_id,
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "aff_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=108, repeats=30)
    write(Path(__file__).parent, "holdout108_", events, labels)
