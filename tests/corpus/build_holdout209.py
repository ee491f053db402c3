"""Writes holdout209: tests/corpus/holdout209_events.jsonl and holdout209_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (only build.py, fake.py and build_holdout3.py for the format), and never
scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout209`; deterministic
(seed 209).

Domain: a buy-now-pay-later and consumer-credit provider ("Vaka") in Sweden, Australia and
Brazil. Merchant checkouts (analytics.js on the hosted checkout: spec e-commerce events, address
autocomplete, contact details, BankID identification), instalment plans and repayment schedules,
identity and credit checks (BankID collect responses, personnummer, CPF with its Serasa score,
Equifax enquiries with driver licences, Medicare and passports, Tink income checks), card and
bank-account repayments (Stripe and Adyen webhooks, autogiro mandates, Pix keys, boletos, BSB and
account numbers), collections and hardship requests (Twilio voice and SendGrid event webhooks,
promise-to-pay notes, IVR keypad input, Swedish inkasso and Brazilian cobrança backends),
merchant settlement webhooks and a warehouse ledger sync, group calls for merchants, split bills,
gift cards, vet and car-repair financing, Meta CAPI and Branch payloads, mobile lifecycle events,
identify calls from apps and from Swedish- and Portuguese-keyed backends, alias calls.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the python, node, go, java, ruby, php and .NET server libraries, each with
its own `context` shape (ip, traits, device, app, library, locale, userAgent, campaign, location,
externalIds). About 1,700 events, 640 leaf paths, each seen in 15 or more events.

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (.NET backend,
Twilio), kebab-case (a settlement webhook, SendGrid's `smtp-id`), SCREAMING_SNAKE (a warehouse
ledger sync), Branch's `~`/`+` keys, dotted keys inside Adyen's additionalData, and Swedish
(`kontonummer`, `gäldenär.namn`, `registreringsnummer`) and Portuguese (`nome_mae`, `chave_pix`,
`sacado.cep`) keys. Values are generated per market: Swedish, Brazilian and Australian names
mixed with names from many other cultures, national phone formats, local street and postcode
shapes; personnummer pass Luhn, CPF and CNPJ carry their mod-11 digits, ABN/TFN and Medicare
numbers their weighted checks, Swedish org numbers and bankgiro Luhn, IBANs mod-97, cards Luhn.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, and also recipients, referees,
  dependants, debtors and staff (collections agents, refund initiators, account managers).
  Colour = the reference matcher's default; outside the reference table: red for credentials,
  secrets, card numbers, bank accounts, government ids and health ids; yellow for geolocation,
  advertising ids and credit scores.
- Green: ids we or vendors issue (orders, plans, cases, Stripe `cus_`/`ch_`, pspReference,
  BankID orderRef, Twilio Sids, SendGrid ids, Message-IDs), UUID tokens (Places sessiontoken),
  amounts, dates, enums, counters and booleans under PII-sounding keys (`email_verified`,
  `channels.sms`, `obito`), card brand/last4/expiry/BIN, issuer auth codes, BSB, clearing
  numbers, agência (branch) numbers, boleto lines, merchant and company data (names, CNPJ, ABN,
  org numbers, a merchant's bankgiro and payout last four, support mailboxes and phones,
  employer and vet-clinic phones, the company's number in a Twilio webhook, store addresses,
  cities and coordinates), pets and their treatments, products, ages, marital status, employers
  and job titles, user agents, OS device ids, Branch links, hashed device ids (BankID `uhi`).
- Contested cases follow the published policy: credit scores yellow; insurance policy numbers
  yellow `identification`; salaries/income yellow; plates yellow `license`, VINs yellow
  `serial`; gclid/fbp/fbc yellow `advertising id`; billing and shipping addresses yellow;
  payment tokens (`pm_`, Adyen recurringDetailReference), one-time codes and sign-in link
  tokens red; Medicare numbers red `health id`; passport numbers red; residency / visa answers
  red `visa`.
- Decisions of this corpus where the policy is silent (what a careful privacy owner would want):
  a credit bureau's risk class or an internal risk grade derived from a credit check is a credit
  score (yellow) like the score itself; a Pix key (CPF, e-mail, phone or random key) and a
  Swedish or Brazilian account number are bank accounts (red); the last four digits of a
  personnummer are red `national id` (like the last four of an SSN); an enum of hardship
  reasons that includes illness, injury and mental health reveals health: yellow `condition`;
  a bureau's 'deceased' flag and credit decisions are plain enums/booleans: green; a driver
  licence number and its card number are yellow `license`; a person's neighbourhood (bairro),
  flat or unit line is part of their address (yellow `address`); a caller's city in a Twilio
  webhook is the person's city (yellow `city`); a dependant's birth year is a birthdate; a
  merchant's API secret key is red `secret` (a credential a person holds and uses).
- value_only is true when the key does not say what the value is (`input`, `recipient`,
  `participants[].contact`, `sms.to`, `sms.body`, `identifier`, `query`, `note`, `agent_notes`,
  `explanation`, `field.value`, Twilio's `Digits`, `context.externalIds[].id`).
  Every value of a value_only path carries that PII; free-text paths that never carry PII
  (chat openers, dispute messages, gift messages, referral messages) are green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers per market ----------------------------------------------------------

FIRST = {
    "SE": [
        "Astrid",
        "Erik",
        "Elsa",
        "Oskar",
        "Maja",
        "Lars",
        "Ingrid",
        "Nils",
        "Saga",
        "Johan",
        "Linnéa",
        "Björn",
    ],
    "BR": [
        "João",
        "Ana",
        "Thiago",
        "Beatriz",
        "Lucas",
        "Mariana",
        "Rafael",
        "Juliana",
        "Gabriel",
        "Luíza",
        "Pedro",
    ],
    "AU": [
        "Liam",
        "Charlotte",
        "Jack",
        "Olivia",
        "Cooper",
        "Matilda",
        "Harrison",
        "Ruby",
        "Lachlan",
        "Isla",
        "Mia",
    ],
}
LAST = {
    "SE": [
        "Lindqvist",
        "Johansson",
        "Andersson",
        "Karlsson",
        "Nilsson",
        "Öberg",
        "Sjöberg",
        "Lundgren",
        "Åkesson",
    ],
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Almeida", "Nascimento", "Araújo", "Gonçalves"],
    "AU": ["Smith", "Wilson", "O'Connor", "Taylor", "Nguyen", "Kelly", "Murphy", "Campbell", "Papadopoulos"],
}
OTHER_FIRST = [
    "Ahmed",
    "Mei",
    "Aarav",
    "Fatima",
    "Yusuf",
    "Dimitri",
    "Kenji",
    "Amina",
    "Tomás",
    "Priya",
    "Wei",
    "Chidi",
    "Leilani",
    "Zeynep",
    "Aroha",
    "Sung-min",
]
OTHER_LAST = [
    "Hassan",
    "Chen",
    "Sharma",
    "Yilmaz",
    "Kowalczyk",
    "Tanaka",
    "Okonkwo",
    "Haddad",
    "Rahimi",
    "Kaur",
    "Abdi",
    "Tran",
    "Ngata",
    "Park",
]
CITIES = {
    "SE": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Umeå", "Linköping"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Salvador"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Geelong"],
}
STREETS = {
    "SE": ["Storgatan", "Drottninggatan", "Kungsvägen", "Södra Förstadsgatan", "Vasagatan", "Björkvägen"],
    "BR": ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Boa Viagem"],
    "AU": ["George St", "Smith Street", "Beach Road", "Chapel St", "Kingsford Smith Dr", "Hay Street"],
}
REGIONS = {
    "SE": ["Stockholms län", "Västra Götalands län", "Skåne län", "Uppsala län"],
    "BR": ["SP", "RJ", "MG", "PR", "RS", "PE"],
    "AU": ["NSW", "VIC", "QLD", "WA", "SA", "TAS"],
}
BAIRROS = ["Centro", "Moema", "Savassi", "Boa Viagem", "Batel", "Copacabana"]
MOTHERS = ["Maria", "Francisca", "Antônia", "Ana", "Luíza", "Beatriz", "Juliana"]
CURRENCY = {"SE": "SEK", "BR": "BRL", "AU": "AUD"}
LOCALE = {"SE": ["sv-SE", "en-SE", "sv"], "BR": ["pt-BR", "pt", "en-BR"], "AU": ["en-AU", "en-GB", "zh-AU"]}
TZ = {"SE": "Europe/Stockholm", "BR": "America/Sao_Paulo", "AU": "Australia/Sydney"}
TLD = {"SE": "vakapay.se", "BR": "vakapay.com.br", "AU": "vakapay.com.au"}
SCALE = {"SE": 10.0, "BR": 5.0, "AU": 1.5}
MAIL_DOMAINS = {
    "SE": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se"],
    "BR": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "yahoo.com.au"],
}
MERCHANTS = {
    "SE": [
        "Nordic Outdoor AB",
        "Stilhem Möbler",
        "Elgiganten Kungens Kurva",
        "Sportkompaniet",
        "Lindex Online",
    ],
    "BR": ["Casa Bonita Móveis", "Magazine Estrela", "Tênis & Cia", "Eletro Sul Ltda", "Bella Moda"],
    "AU": ["Bondi Surf Co", "Harbour Home Living", "TechWorld AU", "Outback Outfitters", "The Glow Studio"],
}
EMPLOYERS = [
    "Volvo Cars",
    "Region Stockholm",
    "Petrobras",
    "Itaú Unibanco",
    "Woolworths Group",
    "Telstra",
    "Ambev",
    "IKEA",
    "NSW Health",
    "self-employed",
]
JOBS = ["Nurse", "Software Developer", "Truck Driver", "Teacher", "Sales Assistant", "Electrician", "Chef"]
PRODUCTS = [
    ("Fjällräven Kånken 16L", "Bags", "Fjällräven"),
    ("Samsung Galaxy S24 128GB", "Phones", "Samsung"),
    ("Nike Air Max 90", "Shoes", "Nike"),
    ("Sofa Bergen 3-seat", "Furniture", "Stilhem"),
    ("Dyson V15 Detect", "Home Appliances", "Dyson"),
    ("Havaianas Slim", "Shoes", "Havaianas"),
    ("iPad Air 11", "Tablets", "Apple"),
    ("Surfboard 6'2 Shortboard", "Sports", "Bondi Surf Co"),
    ("Vestido Midi Floral", "Apparel", "Bella Moda"),
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]
ACCOUNT_SIDS = (
    "3f1c0a9e7d2b4c6a8e0f1d3b5a7c9e2f",
    "9b8a7c6d5e4f30211a2b3c4d5e6f7a8b",
    "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
)
GOOGLE_PROXY_UA = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


class Market(Fake):
    """Fake with a current market (SE, BR or AU) set per event."""

    market = "SE"

    def m(self, se, br, au):
        return {"SE": se, "BR": br, "AU": au}[self.market]


def fold(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "").replace(" ", "")
    )


def first(f: Market) -> str:
    return f.pick(FIRST[f.market]) if f.r.random() < 0.7 else f.pick(OTHER_FIRST)


def last(f: Market) -> str:
    return f.pick(LAST[f.market]) if f.r.random() < 0.7 else f.pick(OTHER_LAST)


def full(f: Market) -> str:
    if f.market == "BR" and f.r.random() < 0.6:
        middle = f.pick(["de", "da", "dos", ""])
        return " ".join(p for p in (first(f), f.pick(LAST["BR"]), middle, last(f)) if p)
    return f"{first(f)} {last(f)}"


def email(f: Market) -> str:
    a, b = fold(first(f)).lower(), fold(last(f)).lower()
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 99)}"])
    return f"{local}@{f.pick(MAIL_DOMAINS[f.market])}"


def phone(f: Market) -> str:
    d = f.digits
    if f.market == "SE":
        pre, a, b, c = f.pick(["70", "72", "73", "76"]), d(3), d(2), d(2)
        return f.pick(
            [f"+46 {pre} {a} {b} {c}", f"0{pre}-{a} {b} {c}", f"0{pre}{a}{b}{c}", f"+46{pre}{a}{b}{c}"]
        )
    if f.market == "BR":
        ddd, a, b = f.pick(["11", "21", "31", "41", "51", "81"]), d(4), d(4)
        return f.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"{ddd}9{a}{b}", f"+55{ddd}9{a}{b}"])
    a, b = d(2), d(3)
    c = d(3)
    return f.pick([f"+61 4{a} {b} {c}", f"04{a} {b} {c}", f"04{a}{b}{c}", f"+614{a}{b}{c}"])


def street(f: Market) -> str:
    s, n = f.pick(STREETS[f.market]), f.r.randint(1, 180)
    return f.m(
        f"{s} {n}{f.pick(['', 'A', 'B', ''])}",
        f"{s}, {n * 7}",
        f"{f.pick(['', f'{f.r.randint(1, 20)}/', f'Unit {f.r.randint(1, 9)}, '])}{n} {s}",
    )


def line2(f: Market) -> str:
    return f.m(
        f"lgh {f.r.randint(1001, 1704)}",
        f"apto {f.r.randint(11, 184)}",
        f"Unit {f.r.randint(1, 40)}",
    )


def city(f: Market) -> str:
    return f.pick(CITIES[f.market])


def postcode(f: Market) -> str:
    return f.m(
        f.pick([f"{f.r.randint(100, 984)} {f.r.randint(10, 99)}", str(f.r.randint(10000, 98499))]),
        f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}",
        str(f.pick([f.r.randint(2000, 2999), f.r.randint(3000, 3999), f.r.randint(4000, 4999), 6000])),
    )


def one_line_address(f: Market) -> str:
    return f.m(
        f"{street(f)}, {postcode(f)} {city(f)}",
        f"{street(f)} - {f.pick(BAIRROS)}, {city(f)} - {f.pick(REGIONS['BR'])}",
        f"{street(f)}, {city(f)} {f.pick(REGIONS['AU'])} {postcode(f)}",
    )


def mother(f: Market) -> str:
    return f"{f.pick(MOTHERS)} {f.pick(LAST['BR'])} {f.pick(LAST['BR'])}"


def birthdate(f: Market) -> str:
    y, m, d = f.r.randint(1951, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.m(
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f.pick([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"]),
    )


def boleto_line(f: Market) -> str:
    bank = f.pick(["34191", "00190", "23793"])
    fields = f"{f.digits(5)} {f.digits(5)}.{f.digits(6)} {f.digits(5)}.{f.digits(6)}"
    return f"{bank}.{fields} {f.r.randint(1, 9)} {f.digits(14)}"


def luhn_ok(f: Market, partial: str) -> str:
    return f.luhn_complete(partial)


def personnummer(f: Market) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    serial = f"{f.r.randint(0, 999):03d}"
    ten = luhn_ok(f, f"{y % 100:02d}{m:02d}{d:02d}{serial}")
    return f.pick([f"{y}{m:02d}{d:02d}-{ten[6:]}", f"{ten[:6]}-{ten[6:]}", f"{y // 100}{ten}"])


def cpf(f: Market, formatted=None) -> str:
    digits = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        r = sum(dig * w for dig, w in zip(digits, range(n, 1, -1), strict=False)) * 10 % 11
        digits.append(0 if r == 10 else r)
    s = "".join(map(str, digits))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def cnpj(f: Market) -> str:
    digits = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(dig * w for dig, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, digits))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def weighted(f: Market, n: int, weights: list[int], mod: int, first_adjust=0) -> str:
    while True:
        digits = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(n - 1)]
        adj = [digits[0] - first_adjust, *digits[1:]]
        if sum(a * w for a, w in zip(adj, weights, strict=True)) % mod == 0:
            return "".join(map(str, digits))


def abn(f: Market) -> str:
    s = weighted(f, 11, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 89, first_adjust=1)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def tfn(f: Market) -> str:
    s = weighted(f, 9, [1, 4, 3, 7, 5, 8, 6, 9, 10], 11)
    return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def medicare(f: Market) -> str:
    digits = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(dig * w for dig, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, digits)) + str(check) + str(f.r.randint(1, 5))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def orgnr(f: Market) -> str:
    s = luhn_ok(f, "55" + f.digits(7))
    return f"{s[:6]}-{s[6:]}"


def bankgiro(f: Market) -> str:
    s = luhn_ok(f, f.digits(7))
    return f"{s[:4]}-{s[4:]}"


def personnummer12(f: Market) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f"{y // 100}" + luhn_ok(f, f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(0, 999):03d}")


def e164(f: Market) -> str:
    return f.m(
        f.pick(["+4670", "+4672", "+4673", "+4676"]) + f.digits(7),
        "+55" + f.pick(["11", "21", "31", "81"]) + "9" + f.digits(8),
        "+614" + f.digits(8),
    )


def national_id(f: Market) -> str:
    return f.m(personnummer(f), cpf(f), tfn(f))


def iban(f: Market, country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def se_iban(f: Market) -> str:
    return iban(
        f,
        "SE",
        f.pick(["500", "800", "600", "300", "950"]) + "".join(str(f.r.randint(0, 9)) for _ in range(17)),
    )


def br_iban(f: Market) -> str:
    ispb = f.pick(["00000000", "60701190", "00360305", "18236120"])
    return iban(f, "BR", ispb + f"{f.r.randint(1, 9999):05d}" + f.digits(10) + "C1")


def account_number(f: Market) -> str:
    return f.m(
        f.pick(
            [
                f"{f.digits(3)} {f.digits(3)} {f.digits(3)}",
                f.digits(10),
                f"{f.digits(4)} {f.digits(3)} {f.digits(3)}",
            ]
        ),
        f"{f.digits(f.r.randint(5, 8))}-{f.r.randint(0, 9)}",
        f.pick([f.digits(9), f"{f.digits(4)} {f.digits(4)}", f.digits(6)]),
    )


def bank_name(f: Market) -> str:
    return f.pick(
        f.m(
            ["Swedbank", "Handelsbanken", "SEB", "Nordea", "Länsförsäkringar Bank"],
            ["341 - Itaú Unibanco", "001 - Banco do Brasil", "260 - Nu Pagamentos", "237 - Bradesco"],
            ["Commonwealth Bank", "Westpac", "NAB", "ANZ", "ING Australia"],
        )
    )


def pix_key(f: Market) -> str:
    kind = f.pick(["cpf", "email", "phone", "evp"])
    if kind == "cpf":
        return cpf(f, formatted=False)
    if kind == "email":
        return email(f)
    if kind == "phone":
        return "+55" + f.pick(["11", "21", "31", "41"]) + "9" + f.digits(8)
    return f.uuid()


def card(f: Market) -> str:
    if f.market == "BR" and f.r.random() < 0.3:
        number = luhn_ok(f, f.pick(["636368", "504175", "606282"]) + f.digits(9))
        return f.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])
    return f.card()


def pm_token(f: Market) -> str:
    return "pm_1" + "".join(f.r.choice(ALNUM) for _ in range(23))


def b64url(f: Market, n: int) -> str:
    return "".join(f.r.choice(B64URL) for _ in range(n))


def gclid(f: Market) -> str:
    return f.pick(["Cj0KCQjw", "CjwKCAjw", "EAIaIQob"]) + b64url(f, 74) + "_BwE"


def fbp(f: Market) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Market) -> str:
    return f"fb.1.{f.epoch_ms()}.IwAR{b64url(f, 58)}"


def ipv6(f: Market) -> str:
    prefix = f.pick(["2a02:aa1", "2001:2042", "2804:14c", "2804:7f0", "2001:8003", "2406:3400"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Market) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def amount(f: Market, lo=20, hi=900) -> float:
    return round(f.r.uniform(lo, hi) * SCALE[f.market], 2)


def cur(f: Market) -> str:
    return CURRENCY[f.market]


def due_date(f: Market) -> str:
    return f"{f.pick([2024, 2025])}-{f.r.randint(1, 12):02d}-{f.pick([1, 5, 10, 15, 20, 25, 28]):02d}"


def merchant(f: Market) -> str:
    return f.pick(MERCHANTS[f.market])


def merchant_id(f: Market) -> str:
    return "mch_" + f.hexid(10)


def plan_id(f: Market) -> str:
    return "pln_" + f.hexid(16)


def otp(f: Market) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def plate(f: Market) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    head = "".join(f.r.choice(letters) for _ in range(3))
    return f.pick(
        [
            f"{head} {f.r.randint(100, 999)}",
            f"{head} {f.r.randint(10, 99)}{f.r.choice(letters)}",
            head + f.digits(3),
        ]
    )


def vin(f: Market) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["YV1", "YV4", "WVW", "WBA", "VF1", "TMB"]) + "".join(f.r.choice(chars) for _ in range(14))


def licence(f: Market) -> str:
    return f.pick([f.digits(8), f.digits(9), f"{f.r.choice('ABCDEFGH')}{f.digits(7)}", f.digits(6)])


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Market):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "next-1.73.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    ["/checkout", "/checkout/plan", "/checkout/confirm", "/account/plans", "/apply"]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", f"https://www.{fold(merchant(f)).lower()}.com/cart"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?step=2", "?lang=" + f.pick(LOCALE[f.market]), "?plan=pay_in_4"])
            ),
            "title": G(
                lambda f: f.pick(["Vaka Checkout", "Betala med Vaka", "Pague com Vaka", "Your plans | Vaka"])
            ),
            "url": G(
                lambda f: (
                    f"https://checkout.{TLD[f.market]}{f.pick(['/checkout', '/checkout/plan', '/apply'])}"
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.market])),
        "timezone": G(lambda f: TZ[f.market]),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["black_week", "dia_do_consumidor", "eofy_sale", "rea_vinter"])),
            "source": G(lambda f: f.pick(["google", "meta", "newsletter", "merchant_widget"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["delbetalning", "parcelado sem juros", "buy now pay later", "afterpay alternative"]
                )
            ),
        },
    }


def app_block(f: Market):
    return {
        "name": G(lambda f: "Vaka"),
        "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
        "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
        "namespace": G(lambda f: f.pick(["com.vakapay.app", "com.vakapay.ios", "com.vakapay.app.beta"])),
    }


def ios_context(f: Market):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.9", "1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[f.market])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TZ[f.market]),
    }


def android_context(f: Market):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "moto g84 5G", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "bangkk", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[f.market])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    f.m(
                        ["Telia", "Tele2", "Telenor"],
                        ["Vivo", "Claro", "TIM"],
                        ["Telstra", "Optus", "Vodafone AU"],
                    )
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230805.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g84 5G Build/S2RUBS32.51)",
                ]
            )
        ),
    }


def rn_context(f: Market):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.market])),
        "timezone": G(lambda f: TZ[f.market]),
        "traits": {"email": Y(email, "email"), "name": Y(full, "name")},
        "location": {
            "city": Y(city, "city"),
            "country": G(lambda f: f.m("Sweden", "Brazil", "Australia")),
            "latitude": Y(
                lambda f: round(f.m(59.33, -23.55, -33.87) + f.r.uniform(-0.4, 0.4), 6), "geolocation"
            ),
            "longitude": Y(
                lambda f: round(f.m(18.06, -46.63, 151.21) + f.r.uniform(-0.4, 0.4), 6), "geolocation"
            ),
        },
    }


def flutter_context(f: Market):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A155M", "moto g54 5G", "iPhone12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALE[f.market])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 828])),
            "height": G(lambda f: f.pick([1600, 2400, 1792])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "py": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.2", "3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.2", "3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.0", "3.8.1", "3.9.0"]),
}


def server_context(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if forwarded:
        ctx.update(
            {
                "ip": Y(ip, "ip"),
                "userAgent": G(lambda f: f.pick(WEB_UAS)),
                "locale": G(lambda f: f.pick(LOCALE[f.market])),
                "traits": {"email": Y(email, "email")},
                "groupId": G(merchant_id),
                "externalIds": Many(
                    {
                        "id": Y(email, "email", True),
                        "type": G(lambda f: f.pick(["email", "login_email", "billing_email"])),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    },
                    1,
                ),
            }
        )
    return ctx


def context_for(client: str, f: Market):
    if client == "web":
        return web_context(f)
    if client == "ios":
        return ios_context(f)
    if client == "android":
        return android_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    lib, _, fwd = client.partition("+")
    return server_context(lib, bool(fwd))


# -- event bodies -----------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(8)),
        "sku": G(lambda f: f.pick(["KNK-16L-", "SM-S24-", "AM90-", "BRG3-", "V15-", "HAV-"]) + f.digits(4)),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "category": G(lambda f: f.pick(PRODUCTS)[1]),
        "brand": G(lambda f: f.pick(PRODUCTS)[2]),
        "variant": G(lambda f: f.pick(["Black", "42", "Navy / M", "128GB", "Grey Felt"])),
        "price": G(lambda f: amount(f, 10, 400)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://www.{fold(merchant(f)).lower()}.com/p/{f.digits(6)}"),
        "image_url": G(lambda f: f"https://cdn.{fold(merchant(f)).lower()}.com/img/{f.hexid(10)}.webp"),
    }


def page_props(extra: dict):
    return {
        "path": G(
            lambda f: f.pick(["/checkout", "/checkout/details", "/checkout/plan", "/apply", "/account/plans"])
        ),
        "referrer": G(
            lambda f: f.pick(
                ["", "https://www.google.com/", f"https://www.{fold(merchant(f)).lower()}.com/cart"]
            )
        ),
        "search": G(lambda f: f.pick(["", "?step=1", "?step=2", "?plan=pay_in_4"])),
        "title": G(lambda f: f.pick(["Vaka Checkout", "Betala med Vaka", "Pague com Vaka", "Apply | Vaka"])),
        "url": G(
            lambda f: f"https://checkout.{TLD[f.market]}/{f.pick(['checkout', 'apply', 'account/plans'])}"
        ),
        **extra,
    }


def reminder_body(f: Market) -> str:
    name, amt, when = first(f), int(amount(f, 20, 300)), due_date(f)
    return f.m(
        f.pick(
            [
                f"Hej {name}! Din delbetalning på {amt} kr förfaller {when}. /Vaka",
                f"Hej {name}, påminnelse: {amt} kr dras från ditt konto {when}.",
                f"{name}, din faktura på {amt} kr är försenad. Betala i appen.",
            ]
        ),
        f.pick(
            [
                f"Olá {name}! Sua parcela de R$ {amt},00 vence em {when}. Vaka",
                f"{name}, seu boleto de R$ {amt},00 vence amanhã.",
                f"Oi {name}, a parcela de R$ {amt},00 está em atraso.",
            ]
        ),
        f.pick(
            [
                f"Hi {name}, your Vaka payment of ${amt} is due {when}.",
                f"{name}, heads up: ${amt} will be debited on {when}.",
                f"Hi {name}, your payment of ${amt} is overdue. Pay in the app.",
            ]
        ),
    )


def ptp_note(f: Market) -> str:
    p = phone(f)
    return f.m(
        f.pick(
            [f"Kund ringde från {p}, lovar betala på fredag", f"Ny mobil {p}, betalar efter lön den 25:e"]
        ),
        f.pick([f"Cliente ligou do {p}, vai pagar dia 10", f"Pediu retorno no {p} após as 18h"]),
        f.pick(
            [f"Customer called from {p}, will pay on payday", f"Call back on {p} after 5pm re: arrangement"]
        ),
    )


def hardship_explanation(f: Market) -> str:
    return f.pick(
        [
            "I had knee surgery in March and could not work for six weeks",
            "Diagnosed with depression, currently on sick leave",
            "Broke my wrist at work, on workers comp until it heals",
            "Going through chemotherapy and my hours were cut",
            "Hospitalised with pneumonia for two weeks",
            "My long covid symptoms mean I can only work part-time",
        ]
    )


def address_input(f: Market) -> str:
    s, n = f.pick(STREETS[f.market]), f.r.randint(1, 99)
    typed = f.m(f"{s} {n}", f"{s}, {n}", f"{n} {s}")
    return typed + f.pick(["", "", f", {city(f)}"])


def refund_note(f: Market) -> str:
    e = email(f)
    return f.m(
        f.pick([f"Kvitto skickat till {e}", f"Kunden vill ha återbetalningen bekräftad till {e}"]),
        f.pick([f"Comprovante enviado para {e}", f"Cliente pediu confirmação no e-mail {e}"]),
        f.pick(
            [f"Refund confirmation sent to {e}", f"Customer asked us to use {e} instead of the account email"]
        ),
    )


def search_query(f: Market) -> str:
    return f.pick(["adidas", "iphone 15", "sofa", "tênis nike", "surfboard", "dyson", "kånken"])


EVENTS = [
    # -- hosted checkout (analytics.js) -------------------------------------------------------------
    (
        "page",
        "Checkout",
        "web",
        "SE BR AU",
        35,
        page_props({"merchant_id": G(merchant_id), "checkout_session_id": G(lambda f: "cs_" + f.hexid(24))}),
    ),
    (
        "track",
        "Checkout Started",
        "web",
        "SE BR AU",
        35,
        {
            "order_id": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "merchant_id": G(merchant_id),
            "affiliation": G(merchant),
            "value": G(lambda f: amount(f)),
            "revenue": G(lambda f: amount(f)),
            "shipping": G(lambda f: amount(f, 0, 15)),
            "tax": G(lambda f: amount(f, 2, 60)),
            "discount": G(lambda f: amount(f, 0, 20)),
            "coupon": G(lambda f: f.pick(["", "BLACKWEEK", "PRIMEIRACOMPRA", "EOFY20"])),
            "currency": G(cur),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Payment Option Selected",
        "web",
        "SE BR AU",
        30,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_option": G(
                lambda f: f.pick(["pay_in_4", "pay_in_30", "financing_12m", "card", "swish", "pix", "boleto"])
            ),
            "installments_count": G(lambda f: f.pick([3, 4, 6, 10, 12, 24])),
            "first_payment": G(lambda f: amount(f, 5, 200)),
            "apr": G(lambda f: f.pick([0, 0, 19.95, 24.9, 29.9])),
        },
    ),
    (
        "track",
        "Contact Details Submitted",
        "web",
        "SE BR AU",
        30,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "mobile_number": Y(phone, "phone"),
            "postal_code": Y(postcode, "zipcode"),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Requested",
        "web",
        "SE BR AU",
        25,
        {
            "input": Y(address_input, "address|street", True),
            "sessiontoken": G(lambda f: f.uuid()),
            "components": G(lambda f: f.m("country:se", "country:br", "country:au")),
            "language": G(lambda f: f.pick(LOCALE[f.market])[:2]),
            "predictions_returned": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Address Selected",
        "web",
        "SE BR AU",
        25,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "shipping_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(line2, "address"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "region": G(lambda f: f.pick(REGIONS[f.market])),
                "country": G(lambda f: f.market),
            },
            "address_source": G(lambda f: f.pick(["autocomplete", "manual", "prefilled", "bankid"])),
            "is_po_box": G(lambda f: f.pick([True, False])),
            "address_validated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "py", "node"],
        "SE BR AU",
        35,
        {
            "order_id": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
            "checkout_id": G(lambda f: f.uuid()),
            "merchant_id": G(merchant_id),
            "total": G(lambda f: amount(f)),
            "subtotal": G(lambda f: amount(f)),
            "tax": G(lambda f: amount(f, 2, 60)),
            "shipping": G(lambda f: amount(f, 0, 15)),
            "discount": G(lambda f: amount(f, 0, 20)),
            "currency": G(cur),
            "products": Many(product(), 3),
            "payment_plan": G(lambda f: f.pick(["pay_in_4", "pay_in_30", "financing_12m", "parcelado_6x"])),
            "installments_count": G(lambda f: f.pick([3, 4, 6, 10, 12, 24])),
            "first_installment_amount": G(lambda f: amount(f, 5, 200)),
            "customer_number": G(lambda f: "C" + f.digits(8)),
            "is_first_purchase": G(lambda f: f.pick([True, False])),
            "customer": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "billing_address": {
                "street": Y(street, "address|street"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
                "country": G(lambda f: f.market),
            },
        },
    ),
    (
        "track",
        "Promo Code Applied",
        "web",
        "SE BR AU",
        20,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "coupon": G(lambda f: f.pick(["", "BLACKWEEK", "PRIMEIRACOMPRA", "EOFY20"])),
            "discount": G(lambda f: amount(f, 0, 20)),
            "coupon_valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "BankID Identification Started",
        "web",
        "SE",
        25,
        {
            "bankid_flow": G(lambda f: f.pick(["same_device", "qr_code", "other_device"])),
            "order_ref": G(lambda f: f.uuid()),
            "personal_number": RED(personnummer, "national id"),
            "auto_start": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "page",
        "Credit Application",
        "web",
        "SE BR AU",
        20,
        page_props({"product_type": G(lambda f: f.pick(["credit_line", "financing_12m", "financing_36m"]))}),
    ),
    (
        "track",
        "Credit Application Submitted",
        ["web", "ios", "android"],
        "SE BR AU",
        30,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "productType": G(lambda f: f.pick(["credit_line", "financing_12m", "financing_36m"])),
            "requestedAmount": G(lambda f: round(amount(f, 100, 3000), -1)),
            "termMonths": G(lambda f: f.pick([6, 12, 24, 36])),
            "monthlyIncome": Y(lambda f: round(amount(f, 1500, 6000), -1), "salary"),
            "monthlyHousingCost": G(lambda f: round(amount(f, 300, 2500), -1)),
            "employmentStatus": G(
                lambda f: f.pick(["full_time", "part_time", "self_employed", "student", "retired"])
            ),
            "employerName": G(lambda f: f.pick(EMPLOYERS)),
            "employerPhone": G(
                lambda f: f.pick(["+46 31 59 00 00", "0800 728 0728", "13 22 00", "+61 2 9335 3800"])
            ),
            "previousAddress": Y(one_line_address, "address"),
            "jobTitle": G(lambda f: f.pick(JOBS)),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "cohabiting", "divorced"])),
            "numberOfDependants": G(lambda f: f.r.randint(0, 4)),
            "housingType": G(lambda f: f.pick(["rent", "own", "bostadsrätt", "with_parents"])),
            "age": G(lambda f: f.r.randint(18, 74)),
            "residencyStatus": RED(
                lambda f: f.pick(["citizen", "permanent_resident", "temporary_visa", "work_visa"]), "visa"
            ),
            "referenceContact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["parent", "sibling", "friend", "colleague"])),
            },
        },
    ),
    (
        "track",
        "Ad Landing Viewed",
        "web",
        "SE BR AU",
        20,
        {
            "gclid": Y(gclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "google_pmax", "youtube"])),
            "utm_campaign": G(lambda f: f.pick(["brand_se", "generic_bnpl_br", "eofy_au"])),
            "landing_path": G(lambda f: f.pick(["/", "/how-it-works", "/shops", "/apply"])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        "web",
        "AU BR",
        20,
        {
            "link_token": RED(lambda f: b64url(f, 43), "token|secret"),
            "email": Y(email, "email"),
            "link_age_seconds": G(lambda f: f.r.randint(5, 1800)),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign In Failed",
        "web",
        "AU BR",
        20,
        {
            "identifier": Y(email, "email", True),
            "failure_reason": G(
                lambda f: f.pick(["wrong_password", "unknown_account", "locked", "captcha_failed"])
            ),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "web",
        "AU BR",
        15,
        {
            "form_id": G(lambda f: f.pick(["signup-v2", "signup-v3", "signup-promo"])),
            "fields": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(["Winter2024!", "bondi99", "s3nh@Forte", "Matilda#12", "qwerty123"]),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Winter2024!", "bondi99", "s3nh@Forte", "Matilda#12", "qwerty123"]),
                    "password",
                ),
                "newsletter": G(lambda f: f.pick(["on", "off", ""])),
                "country": G(lambda f: f.pick([f.market, f.market, "NZ"])),
            },
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "Identity Form Field Completed",
        "web",
        "SE BR AU",
        20,
        {
            "form": G(lambda f: f.pick(["kyc", "kyc_v2", "credit_application"])),
            "field": {
                "name": G(lambda f: f.m("personnummer", "cpf", "tax_file_number")),
                "value": RED(national_id, "national id", True),
            },
            "duration_ms": G(lambda f: f.r.randint(1500, 40000)),
            "autofilled": G(lambda f: f.pick([True, False])),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hardship Request Submitted",
        "web",
        "AU",
        20,
        {
            "request_id": G(lambda f: "hr_" + f.digits(7)),
            "hardship_reason": Y(
                lambda f: f.pick(
                    ["illness", "injury", "mental_health", "job_loss", "reduced_income", "bereavement"]
                ),
                "condition",
            ),
            "requested_pause_weeks": G(lambda f: f.pick([2, 4, 6, 8])),
            "monthly_income": Y(lambda f: round(amount(f, 800, 5000), -1), "salary"),
            "monthly_expenses": G(lambda f: round(amount(f, 800, 5000), -1)),
            "dependants_count": G(lambda f: f.r.randint(0, 4)),
            "dependants": Many(
                {
                    "first_name": Y(first, "name"),
                    "birth_year": Y(lambda f: f.r.randint(2006, 2023), "birthdate"),
                },
                3,
            ),
            "receives_disability_support_pension": RED(lambda f: f.pick([True, False]), "disability"),
            "dva_card_holder": RED(lambda f: f.pick([True, False]), "veteran"),
            "explanation": Y(hardship_explanation, "condition|diagnosis|procedure", True),
            "contact_preference": G(lambda f: f.pick(["phone", "email", "sms"])),
            "best_time_to_call": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "alt_phone": Y(phone, "phone"),
            "consent_to_share": G(lambda f: f.pick([True, False])),
            "financial_counsellor": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "organisation": G(
                    lambda f: f.pick(
                        ["National Debt Helpline", "Financial Counselling Australia", "Uniting Care"]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Dispute Opened",
        "web",
        "SE BR AU",
        20,
        {
            "dispute_id": G(lambda f: "dsp_" + f.hexid(10)),
            "order_id": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
            "reason": G(
                lambda f: f.pick(["not_received", "defective", "returned_not_refunded", "wrong_item"])
            ),
            "amount": G(lambda f: amount(f)),
            "customer_message": G(
                lambda f: f.pick(
                    [
                        "Item never arrived, tracking has not moved in two weeks",
                        "Returned the shoes a month ago and still no refund",
                        "Produto chegou quebrado",
                        "Fel storlek skickades, vill ha pengarna tillbaka",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Support Chat Started",
        "web",
        "SE BR AU",
        20,
        {
            "topic": G(lambda f: f.pick(["payments", "refunds", "account", "hardship"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "How do I change my payment date?",
                        "Can I pay off my plan early?",
                        "Min återbetalning har inte kommit",
                        "Quero segunda via do boleto",
                        "Why was my card declined?",
                    ]
                )
            ),
            "label": G(lambda f: f.pick(["Pay now", "Change date", "Talk to a human", "Refund status"])),
            "language": G(lambda f: f.pick(["sv", "pt", "en"])),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        "SE BR AU",
        15,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(lambda f: round(amount(f, 20, 200), -1)),
            "currency": G(cur),
            "design": G(lambda f: f.pick(["birthday", "christmas", "thank_you", "plain"])),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full, "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Grattis på födelsedagen!",
                        "Feliz aniversário!",
                        "Happy birthday mate",
                        "Thanks for everything x",
                    ]
                )
            ),
            "delivery_date": G(due_date),
        },
    ),
    (
        "track",
        "Payment Protection Added",
        "web",
        "SE AU",
        15,
        {
            "policy_number": Y(lambda f: f.pick(["PPI-", "VKI", "LP"]) + f.digits(8), "identification"),
            "insurer": G(
                lambda f: f.pick(["Trygg-Hansa", "Zurich Australia", "Chubb", "If Skadeförsäkring"])
            ),
            "monthly_premium": G(lambda f: amount(f, 3, 15)),
            "beneficiary_name": Y(full, "name"),
            "beneficiary_relationship": G(lambda f: f.pick(["spouse", "partner", "child", "parent"])),
            "cover_type": G(lambda f: f.pick(["unemployment", "sickness", "death", "full"])),
        },
    ),
    (
        "track",
        "Personnummer Verified",
        "web",
        "SE",
        15,
        {
            "personnummer_last4": RED(lambda f: f.digits(4), "national id"),
            "verified_by": G(lambda f: "agent_" + f.digits(4)),
            "method": G(lambda f: f.pick(["phone_call", "chat", "bankid"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- mobile app ---------------------------------------------------------------------------------
    (
        "screen",
        "Home",
        ["ios", "android", "rn", "flutter"],
        "SE BR AU",
        30,
        {
            "tab": G(lambda f: f.pick(["shop", "plans", "card", "profile"])),
            "deals_shown": G(lambda f: f.r.randint(0, 24)),
        },
    ),
    (
        "screen",
        "Payment Schedule",
        ["ios", "android", "rn"],
        "SE BR AU",
        30,
        {
            "plan_id": G(plan_id),
            "next_due_date": G(due_date),
            "amount_due": G(lambda f: amount(f, 5, 200)),
            "installments_remaining": G(lambda f: f.r.randint(0, 11)),
            "overdue": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Repayment Made",
        ["ios", "android", "rn", "flutter"],
        "SE BR AU",
        35,
        {
            "plan_id": G(plan_id),
            "installment_number": G(lambda f: f.r.randint(1, 12)),
            "amount": G(lambda f: amount(f, 5, 200)),
            "currency": G(cur),
            "repayment_method": G(
                lambda f: f.pick(["card", "bank_transfer", "swish", "pix", "bpay", "autogiro"])
            ),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "amex"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "autopay_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Card Added",
        ["ios", "android"],
        "SE BR AU",
        25,
        {
            "card_bin": G(lambda f: (f.pick(["4", "51", "53", "37", "6363"]) + f.digits(6))[:6]),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "amex"])),
            "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
            "cardholder_name": Y(lambda f: full(f).upper(), "name"),
            "payment_method_id": RED(pm_token, "token"),
            "billing_postcode": Y(postcode, "zipcode"),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["rn", "ios"],
        "AU",
        20,
        {
            "bsb": G(lambda f: f.pick(["062-692", "032-000", "083-004", "013-006", "923-100"])),
            "account_number": RED(account_number, "bank account"),
            "account_name": Y(full, "name"),
            "bank_name": G(bank_name),
            "aggregator": G(lambda f: f.pick(["basiq", "frollo", "yodlee"])),
            "connection_id": G(lambda f: f.uuid()),
            "account_type": G(lambda f: f.pick(["transaction", "savings", "offset"])),
        },
    ),
    (
        "track",
        "Chave Pix Cadastrada",
        ["android", "flutter"],
        "BR",
        20,
        {
            "chave_pix": RED(pix_key, "bank account"),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "banco": G(bank_name),
            "agencia": G(
                lambda f: f.pick(
                    ["0001", f"{f.r.randint(100, 9999):04d}", f"{f.r.randint(100, 9999)}-{f.r.randint(0, 9)}"]
                )
            ),
            "conta": RED(account_number, "bank account"),
            "titular": Y(full, "name"),
            "cpf_titular": RED(cpf, "national id"),
        },
    ),
    (
        "track",
        "Parcelas Visualizadas",
        "flutter",
        "BR",
        25,
        {
            "plano_id": G(plan_id),
            "valor_parcela": G(lambda f: amount(f, 5, 200)),
            "parcelas_restantes": G(lambda f: f.r.randint(0, 11)),
            "proximo_vencimento": G(due_date),
            "em_atraso": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["ios", "android", "rn"],
        "SE BR AU",
        20,
        {
            "push_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "email_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Marketing Consent Updated",
        ["ios", "android", "flutter"],
        "SE BR AU",
        20,
        {
            "channels": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
            },
            "consent_version": G(lambda f: f.pick(["2023-11", "2024-03", "2024-06"])),
            "source": G(lambda f: f.pick(["settings", "onboarding", "banner"])),
        },
    ),
    (
        "identify",
        None,
        ["ios", "android", "rn", "flutter"],
        "SE BR AU",
        35,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.m("SE", "BR", "AU")),
            },
            "createdAt": G(lambda f: f.iso()),
            "tier": G(lambda f: f.pick(["standard", "plus", "premium"])),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected", "manual_review"])),
            "creditLimit": G(lambda f: round(amount(f, 100, 3000), -1)),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["sv", "pt", "en"])),
            "hasActivePlan": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "activePlans": G(lambda f: f.r.randint(0, 6)),
            "avatar": Y(lambda f: f"https://cdn.vakapay.com/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "screen",
        "Scan to Pay",
        ["ios", "android", "rn"],
        "SE BR AU",
        20,
        {
            "store_id": G(lambda f: "st_" + f.digits(5)),
            "store_name": G(
                lambda f: (
                    merchant(f)
                    + f.pick([" Mall of Scandinavia", " Shopping Iguatemi", " Pitt St Mall", " City"])
                )
            ),
            "store_address": G(
                lambda f: f.pick(
                    [
                        "Stjärntorget 2, Solna",
                        "Av. Brig. Faria Lima, 2232",
                        "188 Pitt St, Sydney",
                        "Kungsgatan 55",
                    ]
                )
            ),
            "store_latitude": G(lambda f: f.pick([59.3700, -23.5761, -33.8700, 59.3350])),
            "store_longitude": G(lambda f: f.pick([18.0043, -46.6868, 151.2080, 18.0600])),
        },
    ),
    (
        "track",
        "In-Store Purchase Completed",
        "rn",
        "SE BR AU",
        20,
        {
            "store_id": G(lambda f: "st_" + f.digits(5)),
            "store_name": G(
                lambda f: (
                    merchant(f)
                    + f.pick([" Mall of Scandinavia", " Shopping Iguatemi", " Pitt St Mall", " City"])
                )
            ),
            "store_city": G(city),
            "amount": G(lambda f: amount(f, 5, 200)),
            "currency": G(cur),
            "installments_count": G(lambda f: f.pick([3, 4, 6, 10, 12, 24])),
        },
    ),
    (
        "track",
        "Shop Directory Searched",
        ["ios", "android", "rn", "flutter"],
        "SE BR AU",
        20,
        {
            "q": G(search_query),
            "results_count": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["ios", "android", "rn"],
        "SE BR AU",
        20,
        {
            "referral_code": G(
                lambda f: "VAKA-" + "".join(f.r.choice(string.ascii_uppercase) for _ in range(5))
            ),
            "recipient": Y(phone, "phone", True),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "imessage"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Join me on Vaka and get 50 kr off!",
                        "Use meu código e ganhe R$20",
                        "Get $10 off your first Vaka order",
                    ]
                )
            ),
            "reward_amount": G(lambda f: f.pick([20, 50, 100])),
        },
    ),
    (
        "track",
        "Vet Treatment Financed",
        ["rn", "web"],
        "SE AU",
        15,
        {
            "pet_name": G(lambda f: f.pick(["Bella", "Max", "Luna", "Sixten", "Milo", "Nala"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "pet_breed": G(lambda f: f.pick(["Labrador", "Border Collie", "Maine Coon", "Cavoodle"])),
            "pet_age_years": G(lambda f: f.r.randint(1, 15)),
            "clinic_name": G(
                lambda f: f.pick(
                    [
                        "AniCura Albano",
                        "Evidensia Malmö",
                        "Greencross Vets Bondi",
                        "Small Animal Specialist Hospital",
                    ]
                )
            ),
            "clinic_phone": G(
                lambda f: f.pick(["+46 8 555 120 00", "040-690 00 00", "(02) 9389 1234", "+61 2 9889 0289"])
            ),
            "treatment": G(
                lambda f: f.pick(
                    ["cruciate ligament surgery", "dental cleaning", "foreign body removal", "vaccination"]
                )
            ),
            "owner_name": Y(full, "name"),
            "amount": G(lambda f: amount(f, 100, 900)),
            "installments_count": G(lambda f: f.pick([3, 4, 6, 10, 12, 24])),
        },
    ),
    (
        "track",
        "Application Opened",
        ["ios", "android", "rn", "flutter"],
        "SE BR AU",
        30,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81502", "81600"])),
            "referring_application": G(
                lambda f: f.pick(["", "com.google.android.gm", "com.apple.mobilesafari", "com.whatsapp"])
            ),
            "url": G(
                lambda f: f.pick(
                    ["", "vakapay://plans", f"vakapay://plans/{plan_id(f)}", "https://vaka.app.link/shop"]
                )
            ),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["ios", "android", "rn"],
        "SE BR AU",
        15,
        {
            "url": G(
                lambda f: f.pick(
                    ["", "vakapay://plans", f"vakapay://plans/{plan_id(f)}", "https://vaka.app.link/shop"]
                )
            ),
            "~referring_link": G(
                lambda f: "https://vaka.app.link/" + "".join(f.r.choice(ALNUM) for _ in range(11))
            ),
            "+clicked_branch_link": G(lambda f: f.pick([True, False])),
            "~feature": G(lambda f: f.pick(["marketing", "sharing", "referral"])),
        },
    ),
    # -- identity and credit checks (servers) -------------------------------------------------------
    (
        "track",
        "BankID Authentication Completed",
        "node+fwd",
        "SE",
        25,
        {
            "orderRef": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["complete", "complete", "failed", "pending"])),
            "completionData": {
                "user": {
                    "personalNumber": RED(lambda f: personnummer12(f), "national id"),
                    "name": Y(full, "name"),
                    "givenName": Y(first, "name"),
                    "surname": Y(last, "name"),
                },
                "device": {"ipAddress": Y(ip, "ip"), "uhi": G(lambda f: b64url(f, 27) + "=")},
                "bankIdIssueDate": G(
                    lambda f: f"20{f.r.randint(18, 24)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                ),
                "stepUp": {"mrtd": G(lambda f: f.pick([True, False]))},
            },
        },
    ),
    (
        "track",
        "CPF Consultado",
        "java",
        "BR",
        25,
        {
            "consulta_id": G(lambda f: f.uuid()),
            "protocolo": G(lambda f: f.digits(12)),
            "cpf": RED(cpf, "national id"),
            "nome": Y(full, "name"),
            "nome_mae": Y(
                lambda f: mother(f),
                "name",
            ),
            "data_nascimento": Y(birthdate, "birthdate"),
            "situacao_cadastral": G(
                lambda f: f.pick(["REGULAR", "REGULAR", "PENDENTE DE REGULARIZAÇÃO", "SUSPENSA"])
            ),
            "score_serasa": Y(lambda f: f.r.randint(120, 990), "credit score"),
            "endereco": Y(one_line_address, "address"),
            "cep": Y(postcode, "zipcode"),
            "obito": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        ["py", "py+fwd"],
        "SE BR",
        30,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "bureau": G(
                lambda f: f.pick(
                    ["UC", "Creditsafe", "Bisnode"]
                    if f.market == "SE"
                    else ["Serasa", "Boa Vista SCPC", "Quod"]
                )
            ),
            "bureau_reference": G(lambda f: f.pick(["UC", "SRS", "BV"]) + f.digits(10)),
            "credit_score": Y(
                lambda f: f.r.randint(1, 100) if f.market == "SE" else f.r.randint(120, 990), "credit score"
            ),
            "risk_class": Y(lambda f: f.r.randint(1, 5), "credit score"),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
            "decline_reason": G(lambda f: f.pick(["", "payment_remarks", "high_debt_ratio", "id_mismatch"])),
            "credit_limit": G(lambda f: round(amount(f, 100, 3000), -1)),
            "payment_remarks": G(lambda f: f.pick([0, 0, 0, 1, 2, 4])),
            "income_verified": G(lambda f: f.pick([True, False])),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "date_of_birth": Y(birthdate, "birthdate"),
                "national_id": RED(national_id, "national id"),
                "postal_code": Y(postcode, "zipcode"),
            },
            "latency_ms": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    (
        "track",
        "Equifax Enquiry Completed",
        "go",
        "AU",
        25,
        {
            "enquiry_id": G(lambda f: f.digits(10)),
            "given_name": Y(first, "name"),
            "family_name": Y(last, "name"),
            "dob": Y(birthdate, "birthdate"),
            "current_address": Y(one_line_address, "address"),
            "previous_address": Y(one_line_address, "address"),
            "mobile": Y(phone, "phone"),
            "licence_number": Y(licence, "license"),
            "licence_state": G(lambda f: f.pick(REGIONS["AU"])),
            "licence_card_number": Y(
                lambda f: f.pick([f.digits(10), "P" + f.digits(7), f.digits(9)]), "license"
            ),
            "equifax_score": Y(lambda f: f.r.randint(150, 1200), "credit score"),
            "file_found": G(lambda f: f.pick([True, True, False])),
            "default_count": G(lambda f: f.pick([0, 0, 1, 3])),
            "decision": G(lambda f: f.pick(["approved", "declined", "manual_review"])),
        },
    ),
    (
        "track",
        "Identity Verification Submitted",
        "go",
        "AU",
        25,
        {
            "verification_id": G(lambda f: f.uuid()),
            "full_name_on_document": Y(lambda f: full(f).upper(), "name"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "drivers_licence": {
                "number": Y(licence, "license"),
                "card_number": Y(lambda f: f.pick([f.digits(10), "P" + f.digits(7), f.digits(9)]), "license"),
                "state": G(lambda f: f.pick(REGIONS["AU"])),
            },
            "medicare": {
                "card_number": RED(medicare, "health id"),
                "card_colour": G(lambda f: f.pick(["green", "blue", "yellow"])),
                "expiry": G(lambda f: f"{f.r.randint(2025, 2029)}-{f.r.randint(1, 12):02d}"),
            },
            "passport": {
                "number": RED(lambda f: f.pick(["PA", "PB", "PE", "RA", "N"]) + f.digits(7), "passport"),
                "country": G(lambda f: f.pick(["AUS", "NZL", "GBR", "IND"])),
            },
            "selfie_url": Y(lambda f: f"https://idv-uploads.{TLD['AU']}/selfies/{f.uuid()}.jpg", "photo"),
            "document_front_url": Y(
                lambda f: f"https://idv-uploads.{TLD['AU']}/docs/{f.uuid()}-front.jpg", "photo"
            ),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "outcome": G(lambda f: f.pick(["verified", "in_progress", "failed", "locked_out"])),
            "attachment_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Income Verified",
        "py",
        "SE",
        20,
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["tink", "tink", "open_payments", "zimpler"])),
            "monthly_salary": Y(lambda f: round(f.r.uniform(18000, 65000), -2), "salary"),
            "salary_payer": G(lambda f: f.pick(EMPLOYERS)),
            "accounts_count": G(lambda f: f.r.randint(1, 6)),
            "primary_account": {
                "iban": RED(se_iban, "bank account"),
                "holder_name": Y(full, "name"),
                "bank_name": G(bank_name),
            },
        },
    ),
    (
        "track",
        "Back Office Search Performed",
        "ruby",
        "SE BR",
        15,
        {
            "agent_email": Y(
                lambda f: f"{fold(first(f)).lower()}.{fold(last(f)).lower()}@{TLD[f.market]}", "email"
            ),
            "search_type": G(
                lambda f: f.pick([f.m("personnummer", "cpf", "tfn"), "national_id", "customer_lookup"])
            ),
            "query": RED(national_id, "national id", True),
            "results": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- schedules, repayments, payment vendors -----------------------------------------------------
    (
        "track",
        "Installments Scheduled",
        "ruby",
        "SE BR AU",
        25,
        {
            "plan_id": G(plan_id),
            "installments": Many(
                {
                    "number": G(lambda f: f.r.randint(1, 12)),
                    "due_date": G(due_date),
                    "amount": G(lambda f: amount(f, 5, 200)),
                    "status": G(lambda f: f.pick(["scheduled", "paid", "overdue", "waived"])),
                },
                6,
            ),
            "currency": G(cur),
            "total_amount": G(lambda f: amount(f)),
            "apr": G(lambda f: f.pick([0, 0, 19.95, 24.9, 29.9])),
        },
    ),
    (
        "track",
        "Payment Reminder Sent",
        "php",
        "SE BR AU",
        25,
        {
            "reminder_id": G(lambda f: f.uuid()),
            "plan_id": G(plan_id),
            "template_id": G(lambda f: f.pick(["due_3d", "due_today", "overdue_1d", "overdue_7d"])),
            "days_before_due": G(lambda f: f.pick([-7, -1, 0, 3])),
            "sms": {
                "to": Y(phone, "phone", True),
                "body": Y(reminder_body, "name", True),
                "segments": G(lambda f: f.pick([1, 1, 2, 3])),
                "provider": G(lambda f: f.pick(["twilio", "46elks", "zenvia", "messagemedia"])),
            },
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        "SE BR AU",
        25,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["open", "click", "delivered", "bounce"])),
            "sg_event_id": G(lambda f: b64url(f, 22)),
            "sg_message_id": G(
                lambda f: b64url(f, 22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8).upper() + "-1.0"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(14)}.{f.digits(5)}@mail.{f.pick(list(TLD.values()))}>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick([*WEB_UAS, GOOGLE_PROXY_UA])),
            "category": Many(G(lambda f: f.pick(["collections", "reminder", "receipt", "dunning"])), 2),
        },
    ),
    (
        "track",
        "Collections Call Completed",
        "py",
        "SE BR AU",
        20,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.m(*ACCOUNT_SIDS)),
            "From": Y(e164, "phone"),
            "To": G(lambda f: f.m("+46852250300", "+551140040001", "+61291234500")),
            "Caller": Y(e164, "phone"),
            "Called": G(lambda f: f.m("+46852250300", "+551140040001", "+61291234500")),
            "CallStatus": G(lambda f: f.pick(["completed", "busy", "no-answer", "failed"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 1400))),
            "FromCountry": G(lambda f: f.market),
            "FromCity": Y(lambda f: fold(city(f)).upper(), "city"),
            "ToCity": G(lambda f: f.m("STOCKHOLM", "SAO PAULO", "SYDNEY")),
        },
    ),
    (
        "track",
        "Repayment Failed",
        "java",
        "SE BR AU",
        25,
        {
            "plan_id": G(plan_id),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "failure_code": G(
                lambda f: f.pick(["insufficient_funds", "card_declined", "expired_card", "do_not_honor"])
            ),
            "network_decline_code": G(lambda f: f.pick(["51", "05", "54", "14"])),
            "retry_at": G(lambda f: f.iso()),
            "amount": G(lambda f: amount(f, 5, 200)),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(pm_token, "token"),
            "customer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "RepaymentCardCharged",
        "dotnet",
        "SE BR AU",
        20,
        {
            "PlanId": G(plan_id),
            "CardNumber": RED(card, "credit card"),
            "CardHolder": Y(lambda f: full(f).upper(), "name"),
            "ExpiryMonth": G(lambda f: f.r.randint(1, 12)),
            "ExpiryYear": G(lambda f: f.r.randint(2025, 2031)),
            "AuthCode": G(
                lambda f: f.pick(
                    [
                        f.digits(6),
                        "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(6)),
                    ]
                )
            ),
            "Amount": G(lambda f: amount(f, 5, 200)),
            "Currency": G(cur),
            "GatewayResponseCode": G(lambda f: f.pick(["00", "05", "51", "91"])),
            "CustomerIp": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Stripe Charge Succeeded",
        "node",
        "AU",
        25,
        {
            "id": G(lambda f: "evt_3" + "".join(f.r.choice(ALNUM) for _ in range(23))),
            "type": G(lambda f: f.pick(["charge.succeeded", "charge.captured", "charge.updated"])),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + "".join(f.r.choice(ALNUM) for _ in range(23))),
                    "object": G(lambda f: "charge"),
                    "amount": G(lambda f: f.r.randint(500, 40000)),
                    "currency": G(lambda f: "aud"),
                    "customer": G(lambda f: "cus_" + "".join(f.r.choice(ALNUM) for _ in range(14))),
                    "payment_method": RED(pm_token, "token"),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "line2": Y(line2, "address"),
                            "city": Y(city, "city"),
                            "state": G(lambda f: f.pick(REGIONS["AU"])),
                            "postal_code": Y(postcode, "zipcode"),
                            "country": G(lambda f: "AU"),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "funding": G(lambda f: f.pick(["debit", "credit", "prepaid"])),
                            "country": G(lambda f: f.pick(["AU", "AU", "NZ", "GB"])),
                        },
                    },
                    "receipt_email": Y(email, "email"),
                    "status": G(lambda f: f.pick(["succeeded", "pending", "failed"])),
                    "outcome": {
                        "risk_level": G(lambda f: f.pick(["normal", "elevated", "highest"])),
                    },
                    "metadata": {
                        "plan_id": G(plan_id),
                        "installment_number": G(lambda f: str(f.r.randint(1, 12))),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Adyen Notification Received",
        "java",
        "SE",
        20,
        {
            "live": G(lambda f: f.pick(["true", "false"])),
            "notificationItems": Many(
                {
                    "NotificationRequestItem": {
                        "eventCode": G(
                            lambda f: f.pick(["AUTHORISATION", "CAPTURE", "REFUND", "CANCELLATION"])
                        ),
                        "success": G(lambda f: f.pick(["true", "false"])),
                        "pspReference": G(
                            lambda f: "".join(
                                f.r.choice(string.ascii_uppercase + string.digits) for _ in range(16)
                            )
                        ),
                        "merchantReference": G(lambda f: "rep-" + f.hexid(12)),
                        "amount": {
                            "value": G(lambda f: f.r.randint(5000, 400000)),
                            "currency": G(lambda f: "SEK"),
                        },
                        "paymentMethod": G(lambda f: f.pick(["visa", "mc", "swish", "trustly"])),
                        "additionalData": {
                            "cardSummary": G(lambda f: f.digits(4)),
                            "expiryDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2031)}"),
                            "cardBin": G(lambda f: f.pick(["4", "5"]) + f.digits(5)),
                            "shopperReference": G(lambda f: "usr_" + f.digits(9)),
                            "recurring.recurringDetailReference": RED(lambda f: "8" + f.digits(15), "token"),
                            "cardHolderName": Y(full, "name"),
                            "authCode": G(lambda f: f.digits(6)),
                        },
                    }
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Autogiromedgivande Skapat",
        "py",
        "SE",
        20,
        {
            "medgivande_id": G(lambda f: "AG" + f.digits(9)),
            "clearingnummer": G(lambda f: f.pick(["8327-9", "6152", "5201", "3000", "9660"])),
            "kontonummer": RED(account_number, "bank account"),
            "kontoinnehavare": Y(full, "name"),
            "bank": G(bank_name),
            "personnummer": RED(personnummer, "national id"),
            "skapad": G(lambda f: f.iso()),
            "källa": G(lambda f: f.pick(["app", "webb", "bankid", "kundtjänst"])),
        },
    ),
    (
        "track",
        "Boleto Gerado",
        "php",
        "BR",
        25,
        {
            "linha_digitavel": G(lambda f: boleto_line(f)),
            "nosso_numero": G(lambda f: f.digits(11)),
            "valor": G(lambda f: amount(f, 5, 200)),
            "vencimento": G(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.pick([2024, 2025])}"
            ),
            "parcela": G(lambda f: f.r.randint(1, 12)),
            "sacado": {
                "nome": Y(full, "name"),
                "cpf": RED(cpf, "national id"),
                "endereco": Y(street, "address|street"),
                "bairro": Y(
                    lambda f: f.pick(["Centro", "Moema", "Savassi", "Boa Viagem", "Batel", "Copacabana"]),
                    "address",
                ),
                "cep": Y(postcode, "zipcode"),
                "cidade": Y(city, "city"),
                "uf": G(lambda f: f.pick(REGIONS["BR"])),
                "email": Y(email, "email"),
            },
        },
    ),
    # -- collections and hardship -------------------------------------------------------------------
    (
        "track",
        "Collections Case Opened",
        "py",
        "SE BR AU",
        25,
        {
            "case_id": G(lambda f: "COL-" + f.digits(7)),
            "debt_amount": G(lambda f: amount(f, 30, 900)),
            "days_past_due": G(lambda f: f.r.randint(15, 200)),
            "dpd_bucket": G(lambda f: f.pick(["30+", "60+", "90+", "120+"])),
            "agency": G(lambda f: f.pick(["Intrum", "Lowell", "Recovery Partners", "Ativos S.A."])),
            "assigned_agent": {
                "id": G(lambda f: "agent_" + f.digits(4)),
                "name": Y(full, "name"),
                "email": Y(
                    lambda f: f"{fold(first(f)).lower()}.{fold(last(f)).lower()}@{TLD[f.market]}", "email"
                ),
                "extension": G(lambda f: str(f.r.randint(200, 499))),
            },
            "customer": {
                "full_name": Y(full, "name"),
                "mobile": Y(phone, "phone"),
                "email": Y(email, "email"),
                "postal_address": Y(one_line_address, "address"),
                "date_of_birth": Y(birthdate, "birthdate"),
            },
        },
    ),
    (
        "track",
        "Promise To Pay Recorded",
        "go",
        "SE BR AU",
        25,
        {
            "case_id": G(lambda f: "COL-" + f.digits(7)),
            "promised_amount": G(lambda f: amount(f, 10, 300)),
            "promised_date": G(due_date),
            "channel": G(lambda f: f.pick(["inbound_call", "outbound_call", "chat", "self_service"])),
            "agent_id": G(lambda f: "agent_" + f.digits(4)),
            "agent_notes": Y(ptp_note, "phone", True),
            "confidence": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Inkassokrav Skickat",
        "java",
        "SE",
        20,
        {
            "ärendenummer": G(lambda f: f"{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "gäldenär": {
                "namn": Y(full, "name"),
                "personnummer": RED(personnummer, "national id"),
                "adress": Y(street, "address|street"),
                "postnummer": Y(postcode, "zipcode"),
                "ort": Y(city, "city"),
            },
            "belopp": G(lambda f: amount(f, 30, 900)),
            "förfallodatum": G(due_date),
            "påminnelseavgift": G(lambda f: f.pick([0, 60, 180])),
            "ombud": G(lambda f: f.pick(["Intrum", "Svea Inkasso", "Visma Financial Solutions"])),
            "skickat_via": G(lambda f: f.pick(["kivra", "brev", "e-post"])),
        },
    ),
    (
        "track",
        "Cobrança Negociada",
        "ruby",
        "BR",
        20,
        {
            "acordo_id": G(lambda f: "AC" + f.digits(8)),
            "valor_original": G(lambda f: amount(f, 30, 900)),
            "valor_acordado": G(lambda f: amount(f, 20, 700)),
            "parcelas": G(lambda f: f.pick([1, 2, 3, 6, 10])),
            "primeira_parcela": G(due_date),
            "devedor": {
                "nome": Y(full, "name"),
                "cpf": RED(cpf, "national id"),
                "telefone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "canal": G(lambda f: f.pick(["whatsapp", "telefone", "app", "email"])),
            "operador_id": G(lambda f: f.digits(5)),
            "operador_nome": Y(full, "name"),
        },
    ),
    # -- merchants and settlement -------------------------------------------------------------------
    (
        "group",
        None,
        ["node", "py"],
        "SE BR AU",
        25,
        {
            "name": G(merchant),
            "industry": G(
                lambda f: f.pick(["Retail", "Furniture", "Electronics", "Beauty", "Sporting Goods"])
            ),
            "mcc": G(lambda f: f.pick(["5311", "5712", "5732", "5977", "5941"])),
            "website": G(lambda f: f"https://www.{fold(merchant(f)).lower()}.com"),
            "plan": G(lambda f: f.pick(["starter", "growth", "enterprise"])),
            "country": G(lambda f: f.market),
            "city": G(city),
            "registration_number": G(lambda f: f.m(orgnr(f), cnpj(f), abn(f))),
            "support_email": G(
                lambda f: (
                    f.pick(["support@", "kundservice@", "atendimento@", "hello@"])
                    + fold(merchant(f)).lower()
                    + ".com"
                )
            ),
            "support_phone": G(
                lambda f: f.m(
                    "+46 8 " + f.pick(["506 100 00", "120 560 00", "410 300 00"]),
                    "0800 " + f.pick(["727 1234", "941 0042", "600 5000"]),
                    "1300 " + f.pick(["367 287", "554 120", "730 900"]),
                )
            ),
            "account_manager": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(
                    lambda f: f"{fold(first(f)).lower()}.{fold(last(f)).lower()}@{TLD[f.market]}", "email"
                ),
            },
        },
    ),
    (
        "track",
        "MerchantSettlementPaid",
        "dotnet",
        "SE BR AU",
        25,
        {
            "SettlementId": G(lambda f: f.uuid()),
            "MerchantId": G(merchant_id),
            "MerchantName": G(merchant),
            "PayoutAmount": G(lambda f: amount(f, 1000, 90000)),
            "Currency": G(cur),
            "OrderCount": G(lambda f: f.r.randint(1, 900)),
            "PeriodStart": G(lambda f: f.iso()),
            "PayoutAccountLast4": G(lambda f: f.digits(4)),
            "PayoutReference": G(lambda f: "VAKA" + f.digits(10)),
            "MerchantBankgiro": G(bankgiro),
        },
    ),
    (
        "track",
        "settlement.batch.created",
        "node",
        "SE BR AU",
        20,
        {
            "merchant-id": G(merchant_id),
            "batch-id": G(lambda f: "btc_" + f.hexid(12)),
            "gross-amount": G(lambda f: amount(f, 1000, 90000)),
            "net-amount": G(lambda f: amount(f, 900, 88000)),
            "payout-date": G(due_date),
            "orders": Many(
                {
                    "order-ref": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
                    "customer-name": Y(full, "name"),
                    "customer-email": Y(email, "email"),
                    "amount": G(lambda f: amount(f)),
                    "installment-plan": G(lambda f: f.pick(["pay_in_4", "pay_in_30", "financing_12m"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Refund Issued",
        "py",
        "SE BR AU",
        20,
        {
            "order_id": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
            "refund_id": G(lambda f: "rf_" + f.hexid(14)),
            "amount": G(lambda f: amount(f)),
            "reason": G(lambda f: f.pick(["returned", "cancelled", "price_adjustment", "goodwill"])),
            "note": Y(refund_note, "email", True),
            "initiated_by": {
                "staff_id": G(lambda f: "u_" + f.digits(5)),
                "staff_email": Y(
                    lambda f: f"{fold(first(f)).lower()}@{fold(merchant(f)).lower()}.com", "email"
                ),
                "role": G(lambda f: f.pick(["store_manager", "cs_agent", "finance"])),
            },
        },
    ),
    (
        "track",
        "API Credentials Rotated",
        "node",
        "SE BR AU",
        15,
        {
            "key_id": G(lambda f: "key_" + f.hexid(10)),
            "secret_key": RED(
                lambda f: f.pick(["vk_live_", "vk_test_"]) + "".join(f.r.choice(ALNUM) for _ in range(40)),
                "secret",
            ),
            "environment": G(lambda f: f.pick(["live", "test", "sandbox"])),
            "rotated_by_email": Y(
                lambda f: f"{fold(first(f)).lower()}.{fold(last(f)).lower()}@{fold(merchant(f)).lower()}.com",
                "email",
            ),
            "scopes": Many(G(lambda f: f.pick(["orders:write", "refunds:write", "settlements:read"])), 3),
        },
    ),
    (
        "track",
        "Loan Ledger Synced",
        "java",
        "SE BR AU",
        20,
        {
            "LOAN_ID": G(lambda f: f.digits(10)),
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "PRINCIPAL_AMT": G(lambda f: amount(f, 100, 3000)),
            "OUTSTANDING_AMT": G(lambda f: amount(f, 0, 3000)),
            "DPD": G(lambda f: f.pick([0, 0, 0, 14, 35, 95])),
            "PRODUCT_CODE": G(lambda f: f.pick(["PI4", "P30", "FIN12", "FIN36"])),
            "BORROWER_NAME": Y(lambda f: full(f).upper(), "name"),
            "BORROWER_DOB": Y(
                lambda f: f"{f.r.randint(1951, 2005)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "NATIONAL_ID": RED(national_id, "national id"),
            "BORROWER_MOBILE": Y(phone, "phone"),
            "BORROWER_EMAIL": Y(lambda f: email(f).upper(), "email"),
            "POSTCODE": Y(postcode, "zipcode"),
            "RISK_GRADE": Y(lambda f: f.pick(["A", "B", "C", "D", "E"]), "credit score"),
            "ETL_BATCH_TS": G(lambda f: f.iso()),
            "SRC_SYSTEM": G(lambda f: f.pick(["core_lending", "legacy_br", "au_ledger"])),
        },
    ),
    (
        "track",
        "Delivery Address Changed",
        "py",
        "SE BR AU",
        15,
        {
            "order_id": G(lambda f: f.pick(["SO-", "#", "PED-"]) + f.digits(7)),
            "old_postcode": Y(postcode, "zipcode"),
            "new_postcode": Y(postcode, "zipcode"),
            "changed_by": G(lambda f: f.pick(["customer", "merchant", "support"])),
            "reason": G(lambda f: f.pick(["returned", "cancelled", "price_adjustment", "goodwill", "moved"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        "node",
        "SE BR AU",
        20,
        {
            "verification_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "otp_code": RED(otp, "token|secret"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "latency_ms": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    (
        "track",
        "Car Repair Financed",
        "web",
        "SE",
        15,
        {
            "registreringsnummer": Y(plate, "license"),
            "chassinummer": Y(vin, "serial"),
            "ägare": Y(full, "name"),
            "verkstad": G(
                lambda f: f.pick(["Mekonomen Bilverkstad Solna", "Bilia Göteborg", "Vianor Malmö"])
            ),
            "verkstad_orgnr": G(orgnr),
            "mätarställning": G(lambda f: f.r.randint(1000, 30000)),
            "reparation": G(lambda f: f.pick(["kamremsbyte", "bromsar fram", "kopplingsbyte", "service"])),
            "belopp": G(lambda f: amount(f, 100, 900)),
        },
    ),
    (
        "track",
        "Conversion Sent",
        "node",
        "SE BR AU",
        20,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "InitiateCheckout", "CompleteRegistration"])),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: "usr_" + f.digits(9)),
            },
            "custom_data": {
                "value": G(lambda f: amount(f)),
                "currency": G(cur),
                "content_ids": Many(G(lambda f: f.digits(8)), 3),
            },
        },
    ),
    (
        "track",
        "Split Bill Requested",
        ["rn", "ios"],
        "SE BR AU",
        20,
        {
            "split_id": G(lambda f: "spl_" + f.hexid(10)),
            "total_amount": G(lambda f: amount(f)),
            "participants": Many(
                {
                    "name": Y(full, "name"),
                    "contact": Y(phone, "phone", True),
                    "share_amount": G(lambda f: amount(f, 5, 200)),
                    "status": G(lambda f: f.pick(["invited", "paid", "declined"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "IVR Input Collected",
        "py",
        "SE BR",
        20,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.m(*ACCOUNT_SIDS)),
            "Digits": RED(lambda f: f.m(personnummer12(f), cpf(f, formatted=False), ""), "national id", True),
            "FinishedOnKey": G(lambda f: f.pick(["#", "", "*"])),
            "msg": G(lambda f: "Gather End"),
        },
    ),
    ("alias", None, ["web", "ios", "android", "node"], "SE BR AU", 15, None),
]

IDENTIFY_SERVER = [
    (
        "identify",
        None,
        "py",
        "SE",
        20,
        {
            "förnamn": Y(first, "name"),
            "efternamn": Y(last, "name"),
            "epost": Y(email, "email"),
            "mobilnummer": Y(phone, "phone"),
            "personnummer": RED(personnummer, "national id"),
            "kön": Y(lambda f: f.pick(["kvinna", "man", "annat"]), "gender"),
            "folkbokföringsort": Y(city, "city"),
            "kundnummer": G(lambda f: f.digits(8)),
            "kreditgräns": G(lambda f: round(amount(f, 100, 3000), -1)),
            "skapad": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "java",
        "BR",
        20,
        {
            "nome_completo": Y(full, "name"),
            "cpf": RED(cpf, "national id"),
            "data_nascimento": Y(birthdate, "birthdate"),
            "sexo": Y(lambda f: f.pick(["F", "M", "feminino", "masculino"]), "gender"),
            "celular": Y(phone, "phone"),
            "nome_mae": Y(
                lambda f: mother(f),
                "name",
            ),
            "estado_civil": G(
                lambda f: f.pick(["solteiro(a)", "casado(a)", "divorciado(a)", "união estável"])
            ),
            "profissao": G(
                lambda f: f.pick(["Enfermeira", "Motorista", "Professor", "Vendedora", "Engenheiro"])
            ),
            "renda_mensal": Y(lambda f: round(f.r.uniform(1412, 18000), 2), "salary"),
            "nacionalidade": Y(
                lambda f: f.pick(["brasileira", "brasileiro", "venezuelana", "portuguesa"]), "citizenship"
            ),
            "cliente_desde": G(lambda f: f.date(2018, 2024)),
        },
    ),
]


def build(seed: int):
    f = Market(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, markets, count, body in EVENTS + IDENTIFY_SERVER:
        for _ in range(count):
            f.market = f.pick(markets.split())
            client = f.pick(clients) if isinstance(clients, list) else clients
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if kind in ("track", "identify", "page", "screen", "alias"):
                msg["userId"] = "usr_" + f.digits(9)
            if kind == "track":
                msg["event"] = name
            if kind in ("page", "screen"):
                msg["name"] = name
            if kind == "group":
                msg["userId"] = "usr_" + f.digits(9)
                msg["groupId"] = merchant_id(f)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=209)
    write(Path(__file__).parent, "holdout209_", events, labels)
