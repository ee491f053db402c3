"""Writes holdout156: tests/corpus/holdout156_events.jsonl and holdout156_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never scored by its author. Only the corpus helpers (build.py,
fake.py) and build_holdout3.py (for the format) were read.

Domain: a home-cleaning, handyman and domestic-services marketplace in Brazil, Mexico and
Colombia. Customers book one-off and recurring visits to their homes (with access instructions),
domestic workers are onboarded (identity documents, background checks, health and social-security
data), paid out (PIX, SPEI/CLABE, Bancolombia/Nequi) and insured; both sides rate each other,
open disputes and chat; support agents work tickets, calls and an internal console; customers pay
in the app with PIX, cards (Stripe, Mercado Pago-shaped webhooks), OXXO and PSE.

Traffic: identify / track / page / screen / group / alias calls with the contexts of the real
client libraries (analytics.js with consent preferences, analytics-swift, analytics-kotlin
with location, analytics-react-native and flutter with `context.traits`, server libraries python,
node with `externalIds`, go, java, ruby, php and Analytics.NET), e-commerce spec events for the
service catalogue, and vendor-shaped payloads (Meta Conversions API, SendGrid, Mercado Pago, a
telephony webhook, a WhatsApp sender, an identity-verification vendor, a background-check vendor).
Each message is generated for one market (BR, MX or CO): names, phones (national formats),
addresses (logradouro/bairro/CEP, calle/colonia/CP, "Calle 93 # 11-26"/barrio), currencies and ids
follow that market. Government ids carry valid check digits where real ones do: CPF, CNPJ, RG-SP,
PIS/NIT, Cartao SUS (CNS), CURP, RFC, IMSS NSS (Luhn), CLABE; cards pass Luhn.

Key conventions: mostly camelCase and snake_case English keys; roughly a fifth others: PascalCase
(the .NET payouts and HR services), kebab-case (a telephony webhook), SCREAMING_SNAKE (a warehouse
reverse-ETL sync), Portuguese keys (Brazilian onboarding, occupational-health answers) and Spanish
keys (Mexican and Colombian onboarding, a CFDI invoice request, a legacy PHP checkout). Key-ish
acronyms of the region (cpf, rg, cep, curp, rfc, nss, cnpj, eps) appear in all conventions.

Labelling rules (the Privacy Portal's default colours): one label per leaf path, the same in every
event that carries the path. PII = personal data about a natural person: the user, other people
they name (on-site contacts, referral invitees, emergency contacts, insurance beneficiaries),
workers, support agents and doctors; coloured with the reference's default matcher colour, and for
types outside the reference red for credentials/secrets, cards, bank accounts, government ids and
health ids, yellow otherwise. Green: ids we or our vendors issue, UUIDs, SKUs, invoice numbers and
NF-e access keys, versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans
under PII-sounding keys, product / service / plan / company / pet names, places that are not a
person's (the market, a business's address), country, state/UF/departamento, locale, timezone,
currency, user agents and OS-issued device ids; card brand, BIN, last four and expiry; bank codes,
ISPB and branch (agencia) numbers. The brief's contested-case policy is followed as written
(member and claim numbers, ages, marital status, job titles, employers and business contact
details green; insurer policy numbers `identification`, pay `salary`, credit scores, plates
`license`, ad click/browser ids `advertising id`, billing addresses yellow; payment and card
tokens, one-time codes and sign-in tokens, health-system numbers, identity-document numbers and
right-to-work answers red).

Decisions this corpus had to make (what a careful privacy owner at a mid-size company would want):
- A worker's pay is `salary` (yellow): gross/net payouts, hourly rates, a job's payout estimate,
  the contribution base (IBC, salario base). Platform fees, contributions, DAS guides and the
  customer's prices and tips are amounts (green).
- A PIX key, a CLABE, an account number and a Nequi/Daviplata wallet number (a phone number that
  is the account) are `bank account`, red, whatever form the PIX key takes (CPF, e-mail, phone or
  random key).
- Gate, lockbox and intercom codes are credentials the customer holds: `secret`, red; free-text
  access instructions are red `secret` (value_only) because every value carries such a code.
- A background check's result (clear / consider) reveals a criminal record: yellow
  `criminal record`; its status (pending / completed) is green.
- A household member's care needs (wheelchair user, visual impairment) are red `disability`; a
  worker's pregnancy, fitness-for-work result (ASO), injuries and the booleans that say the worker
  was injured or needed medical care are yellow `condition`; an ICD (CID-10) code is yellow
  `diagnosis`; a doctor's CRM registration is yellow `license`; allergy and medication answers
  stay PII when they say "none" (the field is the answer to a health question).
- A union's name on a worker's contribution is yellow `trade union`, as is a "unionised" flag.
- CFDI invoices requested by a persona fisica: `razon_social` is the person's name (yellow); a
  company's legal name on the business-account group call (`traits.razao_social`) is green.
- Masked identity numbers that still show most digits (a PIX payer's `***.456.789-**`) are red
  `national id`, as the last four of an SSN are.
- Hashed e-mail and phone sent to an ad platform for matching (Meta CAPI `em`, `ph`) remain that
  person's identifiers: yellow `email` / `phone`; a hashed user id (`external_id`) is green.
- A neighbourhood (bairro, colonia, barrio) of a person's home is yellow `address|city`; the
  service market (`market`, `cityId`) is green.
- value_only is true when the leaf key (read with its object, e.g. `identification.number`) does
  not say what the value is. Every value of a value_only PII path carries that PII; free text with
  no PII in any value (review comments, pause notes, bios) is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- market-aware values ------------------------------------------------------------------------

FIRST = {
    "BR": [
        "Maria",
        "Ana Paula",
        "Francisca",
        "Antônia",
        "Adriana",
        "Juliana",
        "Márcia",
        "Rosângela",
        "Edvânia",
        "Joelma",
        "Cleide",
        "Lucimar",
        "Gleice",
        "Jaqueline",
        "José",
        "João Pedro",
        "Antônio",
        "Francisco",
        "Wesley",
        "Thiago",
        "Akemi",
        "Samir",
        "Wideline",
        "Yusmary",
    ],
    "MX": [
        "Guadalupe",
        "María José",
        "Ximena",
        "Xóchitl",
        "Itzel",
        "Alejandra",
        "Citlali",
        "Rosa María",
        "Brenda",
        "Yareli",
        "Juan Carlos",
        "José Luis",
        "Miguel Ángel",
        "Jesús",
        "Eréndira",
        "Nayeli",
    ],
    "CO": [
        "Luz Marina",
        "Yeimy",
        "Leidy Johana",
        "Diana Marcela",
        "Sandra Milena",
        "Yuliana",
        "Deisy",
        "Yorgelis",
        "Andrés Felipe",
        "Juan David",
        "Jhon Jairo",
        "Wilmer",
        "Marelvis",
        "Yohandry",
    ],
}
LAST = {
    "BR": [
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Ferreira",
        "Alves",
        "Pereira",
        "Lima",
        "Gomes",
        "Ribeiro",
        "Nascimento",
        "Araújo",
        "da Conceição",
        "de Jesus",
        "Cavalcanti",
        "Tanaka",
        "Haddad",
        "Jean-Baptiste",
        "Kowalczyk",
    ],
    "MX": [
        "Hernández",
        "García",
        "Martínez",
        "López",
        "González",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Cruz",
        "Flores",
        "Chávez",
        "Mendoza",
        "Xicoténcatl",
        "Ortiz",
        "Cuevas",
    ],
    "CO": [
        "Rodríguez",
        "Gómez",
        "Muñoz",
        "Rojas",
        "Vargas",
        "Ospina",
        "Cárdenas",
        "Moreno",
        "Jaramillo",
        "Quintero",
        "Mosquera",
        "Palacios",
        "Arango",
        "Zambrano",
    ],
}
EXPATS = [
    ("Emily", "Carter"),
    ("Lukas", "Schneider"),
    ("Yuki", "Sato"),
    ("Priya", "Raman"),
    ("Olumide", "Adeyemi"),
    ("Chloé", "Lefebvre"),
    ("Nguyen Thi", "Lan"),
    ("Seo-yeon", "Park"),
    ("Fatima Zahra", "El Amrani"),
    ("Liam", "O'Connor"),
]
MAIL_DOMAINS = {
    "BR": [
        "gmail.com",
        "hotmail.com",
        "uol.com.br",
        "bol.com.br",
        "yahoo.com.br",
        "outlook.com",
        "icloud.com",
    ],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "live.com.mx", "prodigy.net.mx"],
    "CO": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "une.net.co", "icloud.com"],
}
CITIES = {
    "BR": [
        ("São Paulo", "SP", -23.5505, -46.6333),
        ("Rio de Janeiro", "RJ", -22.9068, -43.1729),
        ("Belo Horizonte", "MG", -19.9167, -43.9345),
        ("Curitiba", "PR", -25.4284, -49.2733),
        ("Porto Alegre", "RS", -30.0346, -51.2177),
        ("Recife", "PE", -8.0476, -34.877),
        ("Campinas", "SP", -22.9056, -47.0608),
        ("Brasília", "DF", -15.7939, -47.8828),
    ],
    "MX": [
        ("Ciudad de México", "CDMX", 19.4326, -99.1332),
        ("Guadalajara", "Jalisco", 20.6597, -103.3496),
        ("Zapopan", "Jalisco", 20.7214, -103.3918),
        ("Monterrey", "Nuevo León", 25.6866, -100.3161),
        ("San Pedro Garza García", "Nuevo León", 25.6573, -100.4024),
        ("Puebla", "Puebla", 19.0414, -98.2063),
        ("Querétaro", "Querétaro", 20.5888, -100.3899),
    ],
    "CO": [
        ("Bogotá", "Cundinamarca", 4.711, -74.0721),
        ("Medellín", "Antioquia", 6.2442, -75.5812),
        ("Envigado", "Antioquia", 6.1759, -75.5917),
        ("Cali", "Valle del Cauca", 3.4516, -76.532),
        ("Barranquilla", "Atlántico", 10.9685, -74.7813),
        ("Bucaramanga", "Santander", 7.1193, -73.1227),
    ],
}
NEIGHBOURHOODS = {
    "BR": [
        "Pinheiros",
        "Vila Mariana",
        "Moema",
        "Tatuapé",
        "Copacabana",
        "Tijuca",
        "Savassi",
        "Boa Viagem",
        "Itaim Bibi",
        "Água Verde",
        "Asa Norte",
        "Cambuí",
    ],
    "MX": [
        "Roma Norte",
        "Condesa",
        "Del Valle Centro",
        "Narvarte Poniente",
        "Polanco V Sección",
        "Coyoacán Centro",
        "Providencia",
        "Chapalita",
        "Del Valle (San Pedro)",
        "Obispado",
        "Juriquilla",
    ],
    "CO": [
        "Chapinero Alto",
        "Usaquén",
        "Cedritos",
        "Santa Bárbara",
        "El Poblado",
        "Laureles",
        "Zúñiga",
        "Granada",
        "El Prado",
        "Cabecera del Llano",
    ],
}
STREETS = {
    "BR": [
        "Rua Augusta",
        "Rua dos Pinheiros",
        "Avenida Paulista",
        "Rua Padre Anchieta",
        "Rua Sete de Setembro",
        "Alameda Santos",
        "Rua Barão de Limeira",
        "Travessa Dona Paulina",
        "Avenida Boa Viagem",
        "Rua Professor Artur Ramos",
        "Rua das Palmeiras",
        "Avenida Nossa Senhora de Copacabana",
    ],
    "MX": [
        "Av. Insurgentes Sur",
        "Calle Durango",
        "Av. Álvaro Obregón",
        "Calle Tonalá",
        "Av. Revolución",
        "Calle Amores",
        "Av. Vallarta",
        "Calle Hidalgo",
        "Calzada de Tlalpan",
        "Av. Vasconcelos",
    ],
    "CO": [
        "Calle 93",
        "Carrera 7",
        "Carrera 43A",
        "Calle 10 Sur",
        "Diagonal 40A Sur",
        "Transversal 5",
        "Avenida Calle 127",
        "Carrera 70",
        "Calle 5",
    ],
}
CURRENCY = {"BR": "BRL", "MX": "MXN", "CO": "COP"}
LOCALE = {"BR": "pt-BR", "MX": "es-MX", "CO": "es-CO"}
TZ = {"BR": "America/Sao_Paulo", "MX": "America/Mexico_City", "CO": "America/Bogota"}
MARKET_SLUGS = {
    "BR": ["sao-paulo", "rio-de-janeiro", "belo-horizonte", "curitiba"],
    "MX": ["cdmx", "guadalajara", "monterrey"],
    "CO": ["bogota", "medellin", "cali"],
}
SERVICES = [
    ("SVC-CLN-04", "Limpeza padrão 4h", "cleaning"),
    ("SVC-CLN-08", "Faxina completa 8h", "cleaning"),
    ("SVC-DEEP-06", "Limpieza profunda 6h", "deep_cleaning"),
    ("SVC-POS-08", "Limpeza pós-obra", "post_construction"),
    ("SVC-IRN-03", "Passadoria 3h", "ironing"),
    ("SVC-HND-02", "Handyman 2h (montaje de muebles)", "handyman"),
    ("SVC-ELE-01", "Eletricista visita técnica", "electrician"),
    ("SVC-PLM-01", "Plomería visita", "plumbing"),
]
ADDONS = [
    ("ADD-FRIDGE", "Limpeza interna da geladeira"),
    ("ADD-OVEN", "Limpeza de forno"),
    ("ADD-WINDOWS", "Vidros e janelas"),
    ("ADD-IRON", "Passar roupa 1h"),
    ("ADD-PRODUCTS", "Kit de productos incluido"),
]
UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A325M) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.164 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.2 Safari/605.1.15",
]


class Market(Fake):
    """Fake with a market (BR, MX, CO) chosen per message; generators follow it."""

    cc = "BR"

    def city_row(self):
        return self.pick(CITIES[self.cc])


def ascii_fold(text: str) -> str:
    table = str.maketrans("áàâãäéêèíìîóôõòöúùûüçñÁÉÍÓÚÇÑ", "aaaaaeeeiiiooooouuuucnAEIOUCN")
    return text.translate(table)


def first(f: Market) -> str:
    if f.r.random() < 0.08:
        return f.pick(EXPATS)[0]
    return f.pick(FIRST[f.cc])


def last(f: Market) -> str:
    if f.r.random() < 0.08:
        return f.pick(EXPATS)[1]
    surnames = LAST[f.cc]
    if f.cc in ("MX", "CO"):
        return f"{f.pick(surnames)} {f.pick(surnames)}"
    return f.pick(surnames) if f.r.random() < 0.6 else f"{f.pick(surnames)} {f.pick(surnames)}"


def full_name(f: Market) -> str:
    if f.r.random() < 0.08:
        a, b = f.pick(EXPATS)
        return f"{a} {b}"
    return f"{first(f)} {last(f)}"


def email(f: Market) -> str:
    given = ascii_fold(first(f).split()[0]).lower()
    family = ascii_fold(last(f).split()[-1]).lower().replace("'", "").replace("-", "")
    local = f.pick(
        [
            f"{given}.{family}",
            f"{given}{family}{f.r.randint(1, 99)}",
            f"{given}_{family}",
            f"{given[0]}{family}",
            f"{given}.{family}{f.r.randint(70, 99)}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[f.cc])}"


def phone(f: Market, style=None) -> str:
    r = f.r
    if f.cc == "BR":
        ddd = f.pick(["11", "21", "31", "41", "51", "81", "19", "61"])
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        style = style or f.pick(["intl", "paren", "e164", "plain"])
        return {
            "intl": f"+55 {ddd} 9{a}-{b}",
            "paren": f"({ddd}) 9{a}-{b}",
            "e164": f"+55{ddd}9{a}{b}",
            "plain": f"{ddd} 9{a}-{b}",
        }[style]
    if f.cc == "MX":
        lada = f.pick(["55", "33", "81", "222", "442"])
        rest = 10 - len(lada)
        digits = "".join(str(r.randint(0, 9)) for _ in range(rest))
        local = f"{digits[: rest // 2]} {digits[rest // 2 :]}"
        style = style or f.pick(["intl", "e164", "plain", "old"])
        return {
            "intl": f"+52 {lada} {local}",
            "e164": f"+52{lada}{digits}",
            "plain": f"{lada} {local}",
            "old": f"+52 1 {lada} {local}",
        }[style]
    pre = f.pick(["300", "301", "310", "311", "313", "315", "317", "320", "350"])
    a, b = r.randint(100, 999), r.randint(1000, 9999)
    style = style or f.pick(["intl", "e164", "plain", "compact"])
    return {
        "intl": f"+57 {pre} {a} {b}",
        "e164": f"+57{pre}{a}{b}",
        "plain": f"{pre} {a} {b}",
        "compact": f"{pre} {a}{b}",
    }[style]


def e164(f: Market) -> str:
    return phone(f, "e164")


def street(f: Market) -> str:
    return f.pick(STREETS[f.cc])


def house_number(f: Market) -> str:
    if f.cc == "CO":
        return f"# {f.r.randint(2, 140)}-{f.r.randint(2, 99)}"
    return str(f.r.randint(12, 2600))


def complement(f: Market) -> str:
    return {
        "BR": f.pick(["Apto 52", "Bloco B, Apto 304", "Casa 2", "Apto 1201", "Fundos", "Sala 3"]),
        "MX": f.pick(["Depto 3B", "Int. 12", "Depto 701", "Casa 4", "PH 2"]),
        "CO": f.pick(["Apto 502", "Torre 2 Apto 1104", "Casa 17", "Interior 3", "Apto 301"]),
    }[f.cc]


def full_street(f: Market) -> str:
    if f.cc == "BR":
        return f"{street(f)}, {house_number(f)} - {complement(f)}"
    if f.cc == "MX":
        return f"{street(f)} {house_number(f)}, {complement(f)}"
    return f"{street(f)} {house_number(f)} {complement(f)}"


def full_address(f: Market) -> str:
    city, state, _, _ = f.city_row()
    hood = f.pick(NEIGHBOURHOODS[f.cc])
    if f.cc == "BR":
        return f"{street(f)}, {house_number(f)} - {hood}, {city} - {state}, {postal(f)}, Brasil"
    if f.cc == "MX":
        return f"{street(f)} {house_number(f)}, {hood}, {postal(f)} {city}, {state}, México"
    return f"{street(f)} {house_number(f)}, {hood}, {city}, {state}, Colombia"


def postal(f: Market) -> str:
    r = f.r
    if f.cc == "BR":
        return f"{r.randint(1000, 99999):05d}-{r.randint(0, 999):03d}"
    if f.cc == "MX":
        return f"{r.randint(1000, 99999):05d}"
    return f"{f.pick(['11', '05', '76', '08', '68'])}{r.randint(0, 9999):04d}"


def city(f: Market) -> str:
    return f.city_row()[0]


def state(f: Market) -> str:
    return f.city_row()[1]


def hood(f: Market) -> str:
    return f.pick(NEIGHBOURHOODS[f.cc])


def lat(f: Market) -> float:
    return round(f.city_row()[2] + f.r.uniform(-0.08, 0.08), 6)


def lon(f: Market) -> float:
    return round(f.city_row()[3] + f.r.uniform(-0.08, 0.08), 6)


def ip(f: Market) -> str:
    if f.r.random() < 0.25:
        prefix = {"BR": "2804:", "MX": "2806:", "CO": "2800:"}[f.cc]
        return prefix + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(7))
    return f.ipv4()


def birthdate(f: Market) -> str:
    return f.date(1958, 2004)


def money(f: Market, lo=1.0, hi=1.0) -> float:
    scale = {"BR": 1, "MX": 4, "CO": 800}[f.cc]
    value = f.r.uniform(lo, hi) * scale
    return round(value, 2) if f.cc != "CO" else int(round(value, -2))


def service_price(f: Market) -> float:
    return money(f, 110, 420)


def alnum(
    f: Market, n: int, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


# -- identity numbers with real check digits ------------------------------------------------------


def cpf(f: Market, formatted=None) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        d.append((s * 10) % 11 % 10)
    raw = "".join(map(str, d))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if formatted else raw


def cpf_masked(f: Market) -> str:
    raw = cpf(f, formatted=False)
    return f"***.{raw[3:6]}.{raw[6:9]}-**"


def cnpj(f: Market) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for w in (w1, [6, *w1]):
        r = sum(x * y for x, y in zip(d, w, strict=False)) % 11
        d.append(0 if r < 2 else 11 - r)
    raw = "".join(map(str, d))
    return f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}/{raw[8:12]}-{raw[12:]}"


def rg_sp(f: Market) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)]
    s = sum(x * w for x, w in zip(d, range(2, 10), strict=False))
    dv = 11 - s % 11
    check = "X" if dv == 10 else "0" if dv == 11 else str(dv)
    raw = "".join(map(str, d))
    return f"{raw[:2]}.{raw[2:5]}.{raw[5:]}-{check}"


def pis(f: Market) -> str:
    d = [1, 2] + [f.r.randint(0, 9) for _ in range(8)]
    s = sum(x * w for x, w in zip(d, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2], strict=False))
    dv = 11 - s % 11
    dv = 0 if dv >= 10 else dv
    raw = "".join(map(str, d)) + str(dv)
    return f"{raw[:3]}.{raw[3:8]}.{raw[8:10]}-{raw[10]}"


def cns(f: Market) -> str:
    """Cartão Nacional de Saúde, definitive numbers (first digit 1 or 2)."""
    base = str(f.r.randint(1, 2)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    s = sum(int(c) * (15 - i) for i, c in enumerate(base))
    dv = 11 - s % 11
    dv = 0 if dv == 11 else dv
    if dv == 10:
        s += 2
        dv = 11 - s % 11
        raw = base + "001" + str(dv)
    else:
        raw = base + "000" + str(dv)
    return f"{raw[:3]} {raw[3:7]} {raw[7:11]} {raw[11:]}" if f.r.random() < 0.5 else raw


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(f: Market) -> str:
    up = "BCDFGHJKLMNPQRSTVWXYZ"
    vowels = "AEIOU"
    year = f.r.randint(1960, 2004)
    head = (
        f.r.choice(up)
        + f.r.choice(vowels)
        + f.r.choice(up + vowels)
        + f.r.choice(up + vowels)
        + f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + f.pick(["H", "M"])
        + f.pick(["DF", "JC", "NL", "PL", "QT", "MC", "VZ", "OC"])
        + "".join(f.r.choice(up) for _ in range(3))
        + ("0" if year < 2000 else "A")
    )
    s = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(head))
    return head + str((10 - s % 10) % 10)


RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(f: Market) -> str:
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = (
        "".join(f.r.choice(up) for _ in range(4))
        + f"{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        + "".join(f.r.choice(up[:22] + "123456789") for _ in range(2))
    )
    s = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(head))
    dv = 11 - s % 11
    return head + ("0" if dv == 11 else "A" if dv == 10 else str(dv))


def nss(f: Market) -> str:
    body = (
        f"{f.r.randint(1, 99):02d}{f.r.randint(0, 24):02d}{f.r.randint(60, 99):02d}{f.r.randint(0, 9999):04d}"
    )
    return f.luhn_complete(body)


def clabe(f: Market) -> str:
    body = f.pick(["012", "002", "014", "072", "638", "127"]) + f.pick(["180", "320", "580", "650"])
    body += "".join(str(f.r.randint(0, 9)) for _ in range(11))
    s = sum((int(c) * [3, 7, 1][i % 3]) % 10 for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def cedula(f: Market) -> str:
    raw = str(f.r.choice([f.r.randint(10_000_000, 99_999_999), f.r.randint(1_000_000_000, 1_129_999_999)]))
    if f.r.random() < 0.4:
        return f"{int(raw):,}".replace(",", ".")
    return raw


def national_doc(f: Market) -> str:
    return {"BR": lambda: cpf(f), "MX": lambda: curp(f), "CO": lambda: cedula(f)}[f.cc]()


def doc_type(f: Market) -> str:
    return {"BR": "CPF", "MX": "CURP", "CO": f.pick(["CC", "CC", "CE", "PPT"])}[f.cc]


def tax_doc(f: Market) -> str:
    return {"BR": lambda: cpf(f), "MX": lambda: rfc(f), "CO": lambda: cedula(f)}[f.cc]()


def bank_account(f: Market) -> str:
    if f.cc == "BR":
        return f"{f.r.randint(10000, 9999999)}-{f.r.randint(0, 9)}"
    if f.cc == "MX":
        return clabe(f)
    return f.digits(11)


def bank_code(f: Market) -> str:
    return {
        "BR": f.pick(["001", "237", "341", "260", "077", "104", "033"]),
        "MX": f.pick(["012", "002", "014", "072", "638"]),
        "CO": f.pick(["007", "051", "013", "507", "1551"]),
    }[f.cc]


def bank_name(f: Market) -> str:
    return {
        "BR": f.pick(["Itaú", "Nubank", "Banco do Brasil", "Caixa", "Bradesco", "Inter"]),
        "MX": f.pick(["BBVA México", "Banorte", "Santander", "Nu México", "Citibanamex"]),
        "CO": f.pick(["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi", "Daviplata"]),
    }[f.cc]


def pix_key(f: Market) -> str:
    kind = f.pick(["cpf", "email", "phone", "evp"])
    if kind == "cpf":
        return cpf(f)
    if kind == "email":
        return email(f)
    if kind == "phone":
        return phone(f, "e164")
    return f.uuid()


def card_pan(f: Market) -> str:
    if f.r.random() < 0.25:
        prefix = f.pick(["636368", "504175", "606282"])  # Elo, Elo, Hipercard
        number = f.luhn_complete(prefix + "".join(str(f.r.randint(0, 9)) for _ in range(9)))
        return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if f.r.random() < 0.5 else number
    return f.card()


def stripe_pm(f: Market) -> str:
    return "pm_1" + alnum(f, 23)


def gclid(f: Market) -> str:
    return (
        "Cj0KCQjw" + alnum(f, 72, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "_BwE"
    )


def fbclid(f: Market) -> str:
    return "IwAR" + alnum(f, 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def fbp(f: Market) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(100000000, 2147483647)}"


def fbc(f: Market) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def sha256ish(f: Market) -> str:
    return f.hexid(64)


def plate(f: Market) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if f.cc == "BR":
        return (
            "".join(f.r.choice(up) for _ in range(3)) + str(f.r.randint(0, 9)) + f.r.choice(up) + f.digits(2)
        )
    if f.cc == "MX":
        return "".join(f.r.choice(up) for _ in range(3)) + "-" + f.digits(3) + "-" + f.r.choice(up)
    return "".join(f.r.choice(up) for _ in range(3)) + " " + f.digits(3)


def day(f: Market) -> str:
    return f.date(2024, 2025)


# -- free text ---------------------------------------------------------------------------------


def access_instructions(f: Market) -> str:
    code = str(f.r.randint(1000, 999999))
    return {
        "BR": f.pick(
            [
                f"Portão cinza, interfone {f.r.randint(11, 1802)}. Senha do portão: {code}#",
                f"A chave fica no cofre ao lado da porta, código {code}",
                f"Avisar na portaria que vem pro {f.r.randint(11, 1802)}; senha da fechadura digital {code}",
                f"Entrar pela garagem, controle com o zelador. Código do elevador de serviço {code}",
            ]
        ),
        "MX": f.pick(
            [
                f"Tocar el timbre del {complement(f)}, código de acceso del portón {code}",
                f"La llave está en la caja de seguridad, combinación {code}",
                f"Decir en caseta que va a casa de la familia; clave de la puerta {code}",
            ]
        ),
        "CO": f.pick(
            [
                f"En portería decir que viene al {complement(f)}, clave del parqueadero {code}",
                f"La llave la deja el vigilante; clave de la chapa digital {code}",
                f"Timbre dañado, marcar la clave {code} en el citófono",
            ]
        ),
    }[f.cc]


def flagged_text(f: Market) -> str:
    number = phone(f)
    return {
        "BR": f.pick(
            [
                f"me chama no zap {number} que faço mais barato",
                f"meu número é {number}, fala direto comigo",
                f"salva aí {number} pra próxima faxina sem taxa",
            ]
        ),
        "MX": f.pick(
            [
                f"mi número es {number}, escríbeme por whats",
                f"márcame al {number} y lo arreglamos sin la app",
                f"te paso mi cel {number} para la próxima",
            ]
        ),
        "CO": f.pick(
            [
                f"pásame tu número, el mío es {number}",
                f"escríbeme al whatsapp {number} y cuadramos",
                f"mi cel es {number}, así no pagamos comisión",
            ]
        ),
    }[f.cc]


def partial_address(f: Market) -> str:
    typed = f"{street(f)} {house_number(f)}"
    return typed[: f.r.randint(len(typed) - 3, len(typed))]


REVIEW_COMMENTS = [
    "Muito caprichosa, deixou tudo brilhando.",
    "Chegou no horário e foi super educada.",
    "Faltou limpar o box do banheiro.",
    "Excelente trabajo, muy puntual.",
    "Dejó la cocina impecable, la vuelvo a contratar.",
    "Muy amable pero no terminó el planchado.",
    "Todo perfecto, súper recomendada.",
    "Llegó tarde pero hizo un buen trabajo.",
    "",
    "Montou o guarda-roupa rapidinho.",
]
PAUSE_NOTES = [
    "Vamos viajar em julho",
    "Reforma na cozinha",
    "Nos mudamos de casa",
    "Vacaciones de fin de año",
    "Estamos sin presupuesto este mes",
    "",
    "Volto a agendar em agosto",
]
BIOS = [
    "Trabalho com limpeza há 12 anos, organizada e pontual.",
    "Especialista em limpeza pós-obra e vidros.",
    "Me encanta dejar las casas impecables. Tengo experiencia con mascotas.",
    "Plomero y electricista con 8 años de experiencia.",
    "Hago limpieza profunda y planchado. Puntual y responsable.",
    "Faço passadoria e cozinho também.",
]


def gift_message(f: Market) -> str:
    name = first(f).split()[0]
    if f.cc == "BR":
        return f.pick(
            [
                f"Feliz aniversário, {name}! Aproveite o dia sem faxina.",
                f"{name}, bem-vinda ao apê novo! Beijos",
                f"Mãe, feliz dia! Te amo, {name}",
            ]
        )
    return f.pick(
        [
            f"Para {name}, con cariño: un día libre de limpieza",
            f"¡Feliz día de las madres, {name}!",
            f"{name}, gracias por todo. Te quiero mucho",
        ]
    )


# -- contexts of the client libraries ------------------------------------------------------------


def web_context(f: Market):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/agendar", "/reservar", "/checkout", "/precos"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.instagram.com/", "https://www.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=app_banner"])),
            "title": G(
                lambda f: f.pick(
                    ["Diaristas de confiança | Brilho", "Reserva tu limpieza | Brilho", "Checkout | Brilho"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.brilho.app" + f.pick(["/", "/agendar", "/es-mx/reservar", "/es-co/reservar"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: LOCALE[f.cc]),
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["faxina_verao", "limpieza_fin_de_ano", "primera_reserva_50"])),
            "source": G(lambda f: f.pick(["google", "facebook", "instagram", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "content": G(lambda f: f.pick(["carrossel_a", "video_15s", "banner_1"])),
            "term": G(
                lambda f: f.pick(["diarista perto de mim", "limpieza de casa", "empleada domestica por dias"])
            ),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: Market):
    return {
        "app": {
            "name": G(lambda f: "Brilho"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["4180", "4192", "4200"])),
            "namespace": G(lambda f: "app.brilho.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,1", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "trackingStatus": G(lambda f: f.pick(["authorized", "denied", "notDetermined"])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: LOCALE[f.cc]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: {"BR": "Vivo", "MX": "Telcel", "CO": "Claro"}[f.cc]),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 430])),
            "height": G(lambda f: f.pick([844, 667, 932])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Market):
    """The workers' Android app: sends context.location while a job is active."""
    return {
        "app": {
            "name": G(lambda f: "Brilho Profissional"),
            "version": G(lambda f: f.pick(["2.31.0", "2.32.1"])),
            "build": G(lambda f: f.pick(["23100", "23210"])),
            "namespace": G(lambda f: "app.brilho.pro"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto g54 5G", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a14", "cancunf", "tapas"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.15.0")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: LOCALE[f.cc]),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: {"BR": "Claro BR", "MX": "AT&T", "CO": "Tigo"}[f.cc]),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.cc]),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145M Build/TP1A.220624.014)"),
        "ip": Y(ip, "ip"),
    }


def rn_context(f: Market):
    return {
        "app": {
            "name": G(lambda f: "Brilho"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2"])),
            "build": G(lambda f: f.pick(["418", "419"])),
            "namespace": G(lambda f: "app.brilho"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "moto e22"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "@segment/analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: LOCALE[f.cc]),
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
        },
    }


def flutter_context(f: Market):
    return {
        "app": {
            "name": G(lambda f: "Brilho Profissional"),
            "version": G(lambda f: f.pick(["2.31.0", "2.32.1"])),
            "build": G(lambda f: f.pick(["23100", "23210"])),
            "namespace": G(lambda f: "app.brilho.pro"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A055M", "moto g32", "iPhone12,8"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.2")},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.1"])),
        },
        "locale": G(lambda f: LOCALE[f.cc]),
        "timezone": G(lambda f: TZ[f.cc]),
        "traits": {"email": Y(email, "email"), "phone": Y(phone, "phone")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str):
    def make(f: Market):
        name, version = SERVER_LIBS[lib]
        return {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}

    return make


def node_context(f: Market):
    return {
        "library": {"name": G(lambda f: "@segment/analytics-node"), "version": G(lambda f: "2.1.0")},
        "ip": Y(ip, "ip"),
        "groupId": G(lambda f: "acct_" + f.digits(6)),
        "externalIds": Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
    }


def php_context(f: Market):
    return {
        "library": {"name": G(lambda f: "analytics-php"), "version": G(lambda f: "3.7.0")},
        "ip": Y(ip, "ip"),
        "userAgent": G(lambda f: f.pick(UAS)),
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "node": node_context,
    "php": php_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}

# -- templates: (type, event or screen/page name, markets, clients, body) ---------------------------

ALL = ("BR", "MX", "CO")
CUSTOMER_APPS = ("web", "swift", "rn")
WORKER_APPS = ("kotlin", "flutter")


def service_item():
    return {
        "product_id": G(lambda f: f.pick(SERVICES)[0]),
        "sku": G(lambda f: f.pick(SERVICES)[0] + "-" + f.cc),
        "name": G(lambda f: f.pick(SERVICES)[1]),
        "category": G(lambda f: f.pick(SERVICES)[2]),
        "price": G(service_price),
        "quantity": G(lambda f: f.r.randint(1, 2)),
    }


EVENTS = [
    # -- acquisition and accounts ---------------------------------------------------------------
    (
        "page",
        "Landing",
        ALL,
        ("web",),
        {
            "path": G(lambda f: f.pick(["/", "/diarista", "/es-mx/limpieza", "/es-co/aseo"])),
            "url": G(lambda f: "https://www.brilho.app" + f.pick(["/", "/diarista", "/es-mx/limpieza"])),
            "title": G(lambda f: f.pick(["Brilho — diaristas verificadas", "Brilho — limpieza a domicilio"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?utm_source=tiktok"])),
            "name": G(lambda f: "Landing"),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "experiment_variant": G(lambda f: f.pick(["control", "hero_video", "price_anchor"])),
        },
    ),
    (
        "identify",
        None,
        ALL,
        (*CUSTOMER_APPS, "node"),
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "taxId": RED(tax_doc, "national id"),
            "avatarUrl": Y(lambda f: f"https://cdn.brilho.app/avatars/{f.uuid()}.jpg", "photo"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(full_street, "address|street"),
                "city": Y(city, "city"),
                "state": G(state),
                "postalCode": Y(postal, "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "memberNumber": G(lambda f: "BRL-" + f.digits(8)),
            "loyaltyTier": G(lambda f: f.pick(["bronze", "prata", "oro", "platino"])),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "referralCode": G(lambda f: "BR" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "bookingsCount": G(lambda f: f.r.randint(0, 140)),
            "market": G(lambda f: f.pick(MARKET_SLUGS[f.cc])),
            "userType": G(lambda f: "customer"),
        },
    ),
    (
        "track",
        "Signed Up",
        ALL,
        ("node",),
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "firstName": Y(first, "name"),
            "birthYear": Y(lambda f: f.r.randint(1958, 2005), "birthdate"),
            "taxId": RED(tax_doc, "national id"),
            "taxIdType": G(lambda f: {"BR": "CPF", "MX": "RFC", "CO": "CC"}[f.cc]),
            "referrerCode": G(lambda f: f.pick(["", "BR" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])),
            "termsVersion": G(lambda f: f.pick(["2024-03", "2024-09"])),
            "signupPlatform": G(lambda f: f.pick(["web", "ios", "android"])),
            "userType": G(lambda f: f.pick(["customer", "worker"])),
        },
    ),
    (
        "track",
        "Sign In Submitted",
        ALL,
        ("swift", "rn", "web"),
        {
            "input": Y(email, "email", True),
            "method": G(lambda f: "email"),
            "rememberMe": G(lambda f: f.pick([True, False])),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "passwordLength": G(lambda f: f.r.randint(8, 22)),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        ALL,
        ("swift", "rn", "kotlin"),
        {
            "verificationCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "phoneNumber": Y(phone, "phone"),
            "attemptNumber": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
            "secondsToEnter": G(lambda f: f.r.randint(4, 120)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ALL,
        ("python",),
        {
            "email": Y(email, "email"),
            "loginToken": RED(
                lambda f: alnum(f, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                "token",
            ),
            "expiresInMinutes": G(lambda f: f.pick([15, 30])),
            "emailProvider": G(lambda f: "sendgrid"),
        },
    ),
    ("alias", None, ALL, ("web", "swift", "node"), {}),
    # -- homes ----------------------------------------------------------------------------------
    (
        "track",
        "Address Added",
        ALL,
        CUSTOMER_APPS,
        {
            "addressId": G(lambda f: "adr_" + f.hexid(12)),
            "label": G(
                lambda f: f.pick(
                    [
                        "Casa",
                        "Trabalho",
                        "Apê da praia",
                        "Depa",
                        "Oficina",
                        "Casa de mamá",
                        "Airbnb Pinheiros",
                    ]
                )
            ),
            "address": {
                "street": Y(street, "address|street"),
                "number": Y(house_number, "address"),
                "complement": Y(complement, "address"),
                "neighborhood": Y(hood, "address|city"),
                "city": Y(city, "city"),
                "state": G(state),
                "postalCode": Y(postal, "zipcode"),
                "country": G(lambda f: f.cc),
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
            },
            "geocodeAccuracy": G(lambda f: f.pick(["ROOFTOP", "RANGE_INTERPOLATED", "GEOMETRIC_CENTER"])),
            "propertyType": G(lambda f: f.pick(["apartment", "house", "office", "studio"])),
            "bedrooms": G(lambda f: f.r.randint(1, 5)),
            "bathrooms": G(lambda f: f.r.randint(1, 4)),
            "sizeM2": G(lambda f: f.r.randint(28, 320)),
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Access Instructions Updated",
        ALL,
        ("swift", "rn"),
        {
            "addressId": G(lambda f: "adr_" + f.hexid(12)),
            "accessInstructions": RED(access_instructions, "secret", True),
            "keyHandover": G(lambda f: f.pick(["doorman", "lockbox", "customer_present", "neighbor"])),
            "hasDoorman": G(lambda f: f.pick([True, False])),
            "doormanName": Y(full_name, "name"),
            "lockboxCode": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|password"),
            "parkingAvailable": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Household Profile Updated",
        ALL,
        CUSTOMER_APPS,
        {
            "addressId": G(lambda f: "adr_" + f.hexid(12)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "elderlyResidents": G(lambda f: f.r.randint(0, 2)),
            "specialCareNeeds": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "cadeirante",
                            "deficiência visual",
                            "mobilidade reduzida",
                            "autismo (TEA)",
                            "usuario de silla de ruedas",
                        ]
                    ),
                    "disability",
                ),
                2,
            ),
            "hasPets": G(lambda f: f.pick([True, False])),
            "pets": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            ["Thor", "Mel", "Luna", "Paçoca", "Canela", "Firulais", "Max", "Lola"]
                        )
                    ),
                    "species": G(lambda f: f.pick(["dog", "cat", "bird"])),
                    "breed": G(lambda f: f.pick(["SRD", "Shih Tzu", "Labrador", "Chihuahua", "Criollo"])),
                    "friendly": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ALL,
        ("web", "swift"),
        {
            "sessionToken": G(lambda f: f.uuid()),
            "query": Y(partial_address, "address|street", True),
            "predictionsCount": G(lambda f: f.r.randint(0, 5)),
            "selectedPlaceId": G(lambda f: "ChIJ" + alnum(f, 23)),
            "description": Y(full_address, "address", True),
            "provider": G(lambda f: "google_places"),
            "keystrokes": G(lambda f: f.r.randint(4, 40)),
        },
    ),
    # -- catalogue and booking (e-commerce spec) ------------------------------------------------
    (
        "track",
        "Products Searched",
        ALL,
        CUSTOMER_APPS,
        {
            "searchTerm": G(
                lambda f: f.pick(
                    [
                        "diarista 8h",
                        "passadeira",
                        "limpieza profunda",
                        "plomero urgente",
                        "montaje muebles",
                        "limpeza pós obra",
                    ]
                )
            ),
            "cityId": G(lambda f: f.pick(MARKET_SLUGS[f.cc])),
            "serviceCategory": G(lambda f: f.pick(SERVICES)[2]),
            "resultsCount": G(lambda f: f.r.randint(0, 60)),
            "filters": {
                "minRating": G(lambda f: f.pick([0, 4, 4.5])),
                "petFriendly": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Product Viewed",
        ALL,
        CUSTOMER_APPS,
        {
            **service_item(),
            "brand": G(lambda f: f.pick(["Brilho", "Brilho Pro"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "value": G(service_price),
            "url": G(lambda f: "https://www.brilho.app/s/" + f.pick(SERVICES)[0].lower()),
            "image_url": G(lambda f: f"https://cdn.brilho.app/svc/{f.hexid(10)}.webp"),
            "duration_hours": G(lambda f: f.pick([2, 3, 4, 6, 8])),
        },
    ),
    (
        "track",
        "Product Added",
        ALL,
        CUSTOMER_APPS,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: f.pick(ADDONS)[0]),
            "sku": G(lambda f: f.pick(ADDONS)[0] + "-" + f.cc),
            "name": G(lambda f: f.pick(ADDONS)[1]),
            "price": G(lambda f: money(f, 25, 80)),
            "quantity": G(lambda f: 1),
        },
    ),
    (
        "track",
        "Checkout Started",
        ALL,
        CUSTOMER_APPS,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(service_price),
            "revenue": G(service_price),
            "discount": G(lambda f: money(f, 0, 40)),
            "coupon": G(lambda f: f.pick(["", "PRIMEIRA50", "LIMPIEZA20", "VERAO10"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "frequency": G(lambda f: f.pick(["once", "weekly", "biweekly", "monthly"])),
            "serviceDate": G(day),
            "startTime": G(lambda f: f.pick(["08:00", "09:00", "13:00", "14:30"])),
            "products": Many(service_item(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ALL,
        ("web", "swift", "rn"),
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "payment_method": G(
                lambda f: {
                    "BR": f.pick(["pix", "credit_card"]),
                    "MX": f.pick(["credit_card", "oxxo"]),
                    "CO": f.pick(["pse", "credit_card", "nequi"]),
                }[f.cc]
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "elo", "amex", "carnet"])),
            "card_bin": G(lambda f: f.pick(["411111", "516292", "636368", "455640", "528209"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 32)}"),
            "installments": G(lambda f: f.pick([1, 1, 2, 3, 6])),
            "cardholder_name": Y(lambda f: full_name(f).upper(), "name"),
            "card_token": RED(lambda f: f.hexid(32), "token"),
            "billing_postal_code": Y(postal, "zipcode"),
            "billing_address_line1": Y(lambda f: f"{street(f)} {house_number(f)}", "address|street"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ALL,
        ("node",),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(service_price),
            "subtotal": G(service_price),
            "revenue": G(service_price),
            "tax": G(lambda f: money(f, 2, 20)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "coupon": G(lambda f: f.pick(["", "PRIMEIRA50", "LIMPIEZA20"])),
            "payment_method": G(lambda f: f.pick(["pix", "credit_card", "oxxo", "pse", "nequi"])),
            "products": Many(service_item(), 2),
            "frequency": G(lambda f: f.pick(["once", "weekly", "biweekly"])),
            "service_date": G(day),
            "duration_hours": G(lambda f: f.pick([3, 4, 6, 8])),
            "customer_email": Y(email, "email"),
            "customer_name": Y(full_name, "name"),
            "customer_phone": Y(phone, "phone"),
            "service_address": Y(full_street, "address"),
            "customer_document": RED(tax_doc, "national id"),
            "invoice_number": G(lambda f: f.pick(["NF-", "FAC-", "FE-"]) + f.digits(7)),
            "nfe_access_key": G(lambda f: "3524" + f.digits(40)),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "worker_first_name": Y(first, "name"),
            "is_first_booking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recurring Booking Created",
        ALL,
        ("ruby",),
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "frequency": G(lambda f: f.pick(["weekly", "biweekly", "monthly"])),
            "weekday": G(lambda f: f.pick(["monday", "wednesday", "friday", "saturday"])),
            "preferred_time": G(lambda f: f.pick(["08:00", "09:00", "13:00"])),
            "price_per_visit": G(service_price),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "preferred_worker_name": Y(full_name, "name"),
            "skip_holidays": G(lambda f: f.pick([True, False])),
            "next_visit_at": G(lambda f: f.iso()),
            "plan_name": G(lambda f: f.pick(["Brilho Semanal", "Brilho Quinzenal", "Plan Mensual"])),
        },
    ),
    (
        "track",
        "Recurring Booking Paused",
        ALL,
        CUSTOMER_APPS,
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "reason": G(lambda f: f.pick(["travel", "budget", "moving", "unhappy_with_worker", "other"])),
            "note": G(lambda f: f.pick(PAUSE_NOTES)),
            "pause_until": G(day),
            "visits_remaining": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        ALL,
        ("go",),
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "cancelled_by": G(lambda f: f.pick(["customer", "worker", "support", "system"])),
            "cancellation_fee": G(lambda f: money(f, 0, 40)),
            "reason": G(lambda f: f.pick(["schedule_conflict", "worker_no_show", "found_other", "price"])),
            "refund_amount": G(lambda f: money(f, 0, 400)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "On-Site Contact Added",
        ALL,
        CUSTOMER_APPS,
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "onSiteContact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(
                    lambda f: f.pick(["mãe", "inquilino", "hóspede Airbnb", "esposo", "vecina", "empleada"])
                ),
            },
            "customerWillBePresent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ALL,
        ("swift", "rn"),
        {
            "referralCode": G(lambda f: "BR" + alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "copy_link"])),
            "inviteeName": Y(full_name, "name"),
            "inviteePhone": Y(phone, "phone"),
            "fromContacts": G(lambda f: f.pick([True, False])),
            "rewardAmount": G(lambda f: money(f, 20, 50)),
        },
    ),
    (
        "screen",
        "Booking Details",
        ALL,
        ("swift", "rn"),
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "tab": G(lambda f: f.pick(["summary", "worker", "chat", "receipt"])),
            "fromPush": G(lambda f: f.pick([True, False])),
            "status": G(lambda f: f.pick(["scheduled", "in_progress", "completed", "cancelled"])),
        },
    ),
    # -- worker onboarding -----------------------------------------------------------------------
    (
        "identify",
        None,
        ("BR",),
        ("python",),
        {
            "nome_completo": Y(full_name, "name"),
            "nome_social": Y(full_name, "name"),
            "cpf": RED(cpf, "national id"),
            "rg": RED(rg_sp, "national id"),
            "orgao_emissor": G(lambda f: f.pick(["SSP/SP", "DETRAN/RJ", "SSP/MG", "SESP/PR"])),
            "data_nascimento": Y(birthdate, "birthdate"),
            "idade": G(lambda f: f.r.randint(19, 64)),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "raca_cor": Y(
                lambda f: f.pick(["branca", "preta", "parda", "amarela", "indígena"]), "race|ethnicity"
            ),
            "estado_civil": G(
                lambda f: f.pick(["solteira", "casada", "divorciada", "viúva", "união estável"])
            ),
            "escolaridade": G(lambda f: f.pick(["fundamental", "médio completo", "superior incompleto"])),
            "celular": Y(phone, "phone"),
            "email": Y(email, "email"),
            "cep": Y(postal, "zipcode"),
            "logradouro": Y(street, "address|street"),
            "numero": Y(house_number, "address"),
            "complemento": Y(complement, "address"),
            "bairro": Y(hood, "address|city"),
            "cidade": Y(city, "city"),
            "uf": G(state),
            "chave_pix": RED(pix_key, "bank account"),
            "tipo_chave_pix": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "pis_nit": RED(pis, "social security number"),
            "sindicalizada": Y(lambda f: f.pick([True, False]), "trade union"),
            "possui_filhos": G(lambda f: f.pick([True, False])),
            "quantidade_filhos": G(lambda f: f.r.randint(0, 4)),
            "userType": G(lambda f: "worker"),
        },
    ),
    (
        "identify",
        None,
        ("MX",),
        ("go",),
        {
            "nombre": Y(first, "name"),
            "apellido_paterno": Y(lambda f: f.pick(LAST["MX"]), "name"),
            "apellido_materno": Y(lambda f: f.pick(LAST["MX"]), "name"),
            "curp": RED(curp, "national id"),
            "rfc": RED(rfc, "national id"),
            "nss": RED(nss, "social security number"),
            "fecha_nacimiento": Y(birthdate, "birthdate"),
            "genero": Y(lambda f: f.pick(["mujer", "hombre", "no binario"]), "gender"),
            "telefono_celular": Y(phone, "phone"),
            "correo_electronico": Y(email, "email"),
            "calle": Y(street, "address|street"),
            "numero_exterior": Y(house_number, "address"),
            "numero_interior": Y(complement, "address"),
            "colonia": Y(hood, "address|city"),
            "alcaldia_municipio": Y(city, "city"),
            "codigo_postal": Y(postal, "zipcode"),
            "estado": G(state),
            "clabe_interbancaria": RED(clabe, "bank account"),
            "banco": G(bank_name),
            "escolaridad": G(lambda f: f.pick(["secundaria", "preparatoria", "licenciatura trunca"])),
            "habla_ingles": G(lambda f: f.pick([True, False])),
            "anos_experiencia": G(lambda f: f.r.randint(0, 25)),
            "userType": G(lambda f: "worker"),
        },
    ),
    (
        "identify",
        None,
        ("CO",),
        ("java",),
        {
            "tipo_documento": G(lambda f: f.pick(["CC", "CE", "PPT"])),
            "numero_documento": RED(cedula, "national id"),
            "nombres": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "fecha_nacimiento": Y(birthdate, "birthdate"),
            "celular": Y(phone, "phone"),
            "correo": Y(email, "email"),
            "direccion": Y(lambda f: f"{street(f)} {house_number(f)}", "address|street"),
            "barrio": Y(hood, "address|city"),
            "ciudad": Y(city, "city"),
            "departamento": G(state),
            "estrato": G(lambda f: f.r.randint(1, 6)),
            "eps": G(lambda f: f.pick(["Sura", "Sanitas", "Compensar", "Nueva EPS", "Salud Total"])),
            "fondo_pension": G(lambda f: f.pick(["Colpensiones", "Porvenir", "Protección"])),
            "estatus_migratorio": RED(
                lambda f: f.pick(["nacional", "PPT", "PEP", "cédula de extranjería", "en trámite"]), "visa"
            ),
            "nequi": RED(lambda f: phone(f, "compact"), "bank account|phone"),
            "userType": G(lambda f: "worker"),
        },
    ),
    (
        "track",
        "Application Submitted",
        ALL,
        ("web",),
        {
            "applicationId": G(lambda f: f.uuid()),
            "hasWorkAuthorization": RED(lambda f: f.pick([True, False]), "visa"),
            "nationality": Y(
                lambda f: f.pick(["brasileira", "venezolana", "mexicana", "colombiana", "haitiana"]),
                "citizenship",
            ),
            "referredByWorkerId": G(lambda f: f.pick(["", "wrk_" + f.digits(7)])),
            "howDidYouHear": G(lambda f: f.pick(["facebook", "amiga", "tiktok", "google"])),
            "availability": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat"])), 4),
            "hasChildren": G(lambda f: f.pick([True, False])),
            "previousEmployer": G(
                lambda f: f.pick(["Casa de família", "Hotel Ibis", "GPS Serviços", "Grupo Bimbo", "autónoma"])
            ),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Diarista", "Auxiliar de limpeza", "Empleada doméstica", "Técnico electricista"]
                )
            ),
            "emergencyContact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["irmã", "madre", "esposo", "hija", "vecina"])),
            },
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ALL,
        ("node",),
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["unico", "truora", "metamap"])),
            "document_type": G(doc_type),
            "document_country": G(lambda f: f.cc),
            "document_number": RED(national_doc, "national id"),
            "full_name_on_document": Y(lambda f: full_name(f).upper(), "name"),
            "mother_name": Y(lambda f: full_name(f).upper(), "name"),
            "date_of_birth_on_document": Y(birthdate, "birthdate"),
            "selfie_url": Y(lambda f: f"https://files.brilho.app/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.55, 0.99), 3)),
            "liveness_passed": G(lambda f: f.pick([True, True, False])),
            "status": G(lambda f: f.pick(["approved", "review", "rejected"])),
            "risk_flags": Many(
                G(lambda f: f.pick(["none", "doc_glare", "age_mismatch", "duplicate_face"])), 2
            ),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ALL,
        ("ruby",),
        {
            "check_id": G(lambda f: "CHK" + alnum(f, 14, "0123456789abcdef")),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "check_type": G(lambda f: f.pick(["criminal", "identity", "labor_lawsuits"])),
            "status": G(lambda f: f.pick(["completed", "completed", "delayed"])),
            "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
            "score": G(lambda f: round(f.r.uniform(0.3, 1.0), 2)),
            "national_id": RED(national_doc, "national id"),
            "full_name": Y(full_name, "name"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "country": G(lambda f: f.cc),
            "datasets_checked": Many(
                G(lambda f: f.pick(["policia_nacional", "procuraduria", "tj_sp", "sat_69b", "interpol"])), 3
            ),
            "duration_ms": G(lambda f: f.r.randint(900, 90000)),
        },
    ),
    (
        "track",
        "Onboarding Step Completed",
        ALL,
        WORKER_APPS,
        {
            "step": G(
                lambda f: f.pick(
                    ["personal_data", "documents", "selfie", "bank_account", "training_video", "quiz"]
                )
            ),
            "stepIndex": G(lambda f: f.r.randint(1, 6)),
            "timeSpentSec": G(lambda f: f.r.randint(10, 900)),
            "documentType": G(doc_type),
            "documentImageId": G(lambda f: f.uuid()),
            "selfieUploaded": G(lambda f: f.pick([True, False])),
            "workerId": G(lambda f: "wrk_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Skills Profile Updated",
        ALL,
        ("flutter",),
        {
            "services": Many(G(lambda f: f.pick(SERVICES)[2]), 3),
            "yearsExperience": G(lambda f: f.r.randint(0, 30)),
            "hasOwnTools": G(lambda f: f.pick([True, False])),
            "hourlyRate": Y(lambda f: money(f, 22, 60), "salary"),
            "minimumJobHours": G(lambda f: f.pick([2, 3, 4])),
            "serviceAreas": Many(
                G(
                    lambda f: (
                        f.pick(MARKET_SLUGS[f.cc]) + "-" + f.pick(["zona-sul", "norte", "centro", "oeste"])
                    )
                ),
                3,
            ),
            "bio": G(lambda f: f.pick(BIOS)),
            "vehicle": {
                "type": G(lambda f: f.pick(["motorcycle", "car", "none"])),
                "plate": Y(plate, "license"),
            },
            "photoUrl": Y(lambda f: f"https://cdn.brilho.app/pros/{f.hexid(16)}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Occupational Health Form Submitted",
        ("BR",),
        ("flutter",),
        {
            "formId": G(lambda f: "aso_" + f.digits(6)),
            "asoResult": Y(lambda f: f.pick(["apto", "apto", "inapto", "apto com restrições"]), "condition"),
            "gestante": Y(lambda f: f.pick([True, False, False]), "condition"),
            "alergias": Many(Y(lambda f: f.pick(["cloro", "amônia", "látex", "nenhuma"]), "allergy"), 2),
            "medicamentosUsoContinuo": Many(
                Y(lambda f: f.pick(["losartana", "metformina", "levotiroxina", "fluoxetina"]), "medication"),
                2,
            ),
            "cartaoSus": RED(cns, "health id"),
            "examDate": G(day),
            "clinicName": G(
                lambda f: f.pick(
                    ["Clínica Ocupacional Vida", "Medicina do Trabalho Paulista", "SESMT Centro"]
                )
            ),
        },
    ),
    (
        "track",
        "Medical Leave Registered",
        ALL,
        ("dotnet",),
        {
            "LeaveId": G(lambda f: f.uuid()),
            "WorkerId": G(lambda f: "wrk_" + f.digits(7)),
            "StartDate": G(day),
            "EndDate": G(day),
            "Days": G(lambda f: f.r.randint(1, 15)),
            "IcdCode": Y(lambda f: f.pick(["M54.5", "J11.1", "A09", "S61.0", "O21.0", "F32.1"]), "diagnosis"),
            "DoctorName": Y(lambda f: "Dr. " + full_name(f), "name"),
            "DoctorLicense": Y(
                lambda f: f.pick(["CRM-SP ", "CRM-RJ ", "Céd. Prof. ", "RM "]) + f.digits(6), "license"
            ),
            "InjuryAtWork": Y(lambda f: f.pick([True, False]), "condition"),
            "Status": G(lambda f: f.pick(["Registered", "Approved", "Rejected"])),
            "CreatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Insurance Enrolled",
        ALL,
        ("java",),
        {
            "policyNumber": Y(lambda f: f.pick(["APL-", "POL", "SV-"]) + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Porto Seguro", "SURA", "GNP Seguros", "MetLife"])),
            "coverage": G(
                lambda f: f.pick(["acidentes_pessoais", "accidentes_trabajo", "responsabilidad_civil"])
            ),
            "premium": G(lambda f: money(f, 6, 25)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "beneficiary": {
                "name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["filho", "hija", "mãe", "esposo"])),
                "document": RED(national_doc, "national id"),
                "birthDate": Y(lambda f: f.date(1950, 2020), "birthdate"),
            },
            "enrolledAt": G(lambda f: f.iso()),
        },
    ),
    # -- payouts and social security --------------------------------------------------------------
    (
        "track",
        "Payout Sent",
        ALL,
        ("dotnet",),
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(18)),
            "WorkerId": G(lambda f: "wrk_" + f.digits(7)),
            "PeriodStart": G(day),
            "PeriodEnd": G(day),
            "JobsCount": G(lambda f: f.r.randint(1, 22)),
            "GrossAmount": Y(lambda f: money(f, 300, 3500), "salary"),
            "PlatformFee": G(lambda f: money(f, 30, 400)),
            "SocialSecurityWithheld": G(lambda f: money(f, 0, 150)),
            "NetAmount": Y(lambda f: money(f, 250, 3100), "salary"),
            "Currency": G(lambda f: CURRENCY[f.cc]),
            "Method": G(lambda f: {"BR": "PIX", "MX": "SPEI", "CO": f.pick(["ACH", "Nequi"])}[f.cc]),
            "BankCode": G(bank_code),
            "BranchNumber": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "AccountNumber": RED(bank_account, "bank account"),
            "AccountHolderName": Y(full_name, "name"),
            "HolderDocument": RED(national_doc, "national id"),
            "EndToEndId": G(
                lambda f: "E" + f.digits(8) + "2024" + alnum(f, 19, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            ),
            "Status": G(lambda f: f.pick(["Sent", "Settled", "Failed"])),
            "ProcessedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ALL,
        WORKER_APPS,
        {
            "method_type": G(lambda f: f.pick(["bank_transfer", "pix", "wallet"])),
            "bank_name": G(bank_name),
            "bank_code": G(bank_code),
            "branch": G(lambda f: f"{f.r.randint(1, 9999):04d}"),
            "account_number": RED(bank_account, "bank account"),
            "account_type": G(lambda f: f.pick(["corrente", "poupança", "ahorros", "débito"])),
            "holder_name": Y(full_name, "name"),
            "is_joint": G(lambda f: f.pick([True, False])),
            "verified_by_microdeposit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pix Key Registered",
        ("BR",),
        ("python",),
        {
            "pix_key": RED(pix_key, "bank account"),
            "pix_key_type": G(lambda f: f.pick(["cpf", "email", "phone", "evp"])),
            "bank_ispb": G(lambda f: f.pick(["00000000", "60701190", "18236120", "00416968"])),
            "dict_validated": G(lambda f: f.pick([True, False])),
            "owner_name": Y(full_name, "name"),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
        },
    ),
    (
        "track",
        "DAS Guide Paid",
        ("BR",),
        ("python",),
        {
            "reference_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "das_amount": G(lambda f: round(f.r.uniform(70, 80), 2)),
            "inss_amount": G(lambda f: round(f.r.uniform(66, 71), 2)),
            "barcode": G(lambda f: "8" + f.digits(47)),
            "nit_pis": RED(pis, "social security number"),
            "paid_at": G(lambda f: f.iso()),
            "is_late": G(lambda f: f.pick([True, False])),
            "union_name": Y(
                lambda f: f.pick(
                    ["SINDOMÉSTICA-SP", "Sindicato das Trabalhadoras Domésticas do RJ", "STD-BH"]
                ),
                "trade union",
            ),
        },
    ),
    (
        "track",
        "IMSS Contribution Paid",
        ("MX",),
        ("go",),
        {
            "nss": RED(nss, "social security number"),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "contribution_base_salary": Y(lambda f: round(f.r.uniform(248, 600), 2), "salary"),
            "worker_share": G(lambda f: round(f.r.uniform(40, 160), 2)),
            "employer_share": G(lambda f: round(f.r.uniform(300, 900), 2)),
            "days_contributed": G(lambda f: f.pick([30, 31, 28, 15])),
            "payment_reference": G(lambda f: f.digits(20)),
            "paid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PILA Contribution Paid",
        ("CO",),
        ("java",),
        {
            "form_number": G(lambda f: f.digits(10)),
            "document_number": RED(cedula, "national id"),
            "ibc": Y(lambda f: f.pick([1300000, 1423500, 1750000, 2100000]), "salary"),
            "eps": G(lambda f: f.pick(["Sura", "Sanitas", "Compensar", "Nueva EPS"])),
            "afp": G(lambda f: f.pick(["Colpensiones", "Porvenir", "Protección", "Colfondos"])),
            "arl": G(lambda f: f.pick(["Positiva", "ARL Sura", "Colmena"])),
            "total_amount": G(lambda f: f.r.randint(250000, 600000)),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "screen",
        "Earnings",
        ALL,
        WORKER_APPS,
        {
            "period": G(lambda f: f.pick(["week", "month", "year"])),
            "totalEarnings": Y(lambda f: money(f, 200, 4000), "salary"),
            "jobsCompleted": G(lambda f: f.r.randint(0, 40)),
            "avgRating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    # -- the job itself (workers' app) ---------------------------------------------------------
    (
        "track",
        "Job Offer Received",
        ALL,
        WORKER_APPS,
        {
            "job_id": G(lambda f: "job_" + f.digits(9)),
            "service_type": G(lambda f: f.pick(SERVICES)[2]),
            "duration_hours": G(lambda f: f.pick([2, 3, 4, 6, 8])),
            "payout_estimate": Y(lambda f: money(f, 60, 260), "salary"),
            "distance_km": G(lambda f: round(f.r.uniform(0.4, 25), 1)),
            "neighborhood": Y(hood, "address|city"),
            "street_preview": Y(street, "address|street"),
            "expires_in_sec": G(lambda f: f.pick([60, 120, 300])),
            "customer_rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 1)),
            "customer_first_name": Y(first, "name"),
            "has_pets": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Job Checked In",
        ALL,
        ("kotlin",),
        {
            "job_id": G(lambda f: "job_" + f.digits(9)),
            "check_in_lat": Y(lat, "geolocation"),
            "check_in_lng": Y(lon, "geolocation"),
            "distance_from_address_m": G(lambda f: f.r.randint(0, 400)),
            "on_time": G(lambda f: f.pick([True, False])),
            "selfie_check_passed": G(lambda f: f.pick([True, False])),
            "checked_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Job Completed",
        ALL,
        WORKER_APPS,
        {
            "job_id": G(lambda f: "job_" + f.digits(9)),
            "actual_duration_min": G(lambda f: f.r.randint(90, 540)),
            "tasks_completed": Many(
                G(lambda f: f.pick(["kitchen", "bathrooms", "bedrooms", "ironing", "windows", "fridge"])), 4
            ),
            "customer_present": G(lambda f: f.pick([True, False])),
            "injury_reported": Y(lambda f: f.pick([False, False, True]), "condition"),
        },
    ),
    (
        "track",
        "Work Injury Reported",
        ALL,
        ("kotlin",),
        {
            "job_id": G(lambda f: "job_" + f.digits(9)),
            "injury_type": Y(
                lambda f: f.pick(
                    ["corte na mão", "queda", "queimadura química", "torcedura de tobillo", "lumbalgia"]
                ),
                "condition",
            ),
            "needed_medical_care": Y(lambda f: f.pick([True, False]), "condition"),
            "chemical_involved": G(lambda f: f.pick(["", "cloro", "soda cáustica", "amoníaco"])),
            "reported_at": G(lambda f: f.iso()),
        },
    ),
    # -- ratings, disputes, chat, support ---------------------------------------------------------
    (
        "track",
        "Review Submitted",
        ALL,
        CUSTOMER_APPS,
        {
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "worker_name": Y(full_name, "name"),
            "tags": Many(G(lambda f: f.pick(["pontual", "caprichosa", "amable", "rápida", "atrasou"])), 3),
            "comment": G(lambda f: f.pick(REVIEW_COMMENTS)),
            "would_rebook": G(lambda f: f.pick([True, False])),
            "tip_amount": G(lambda f: money(f, 0, 40)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Dispute Opened",
        ALL,
        ("node",),
        {
            "dispute_id": G(lambda f: "dsp_" + f.digits(8)),
            "booking_id": G(lambda f: "bkg_" + f.digits(9)),
            "opened_by": G(lambda f: f.pick(["customer", "worker"])),
            "category": G(lambda f: f.pick(["damage", "no_show", "quality", "missing_item", "payment"])),
            "damaged_item": G(
                lambda f: f.pick(["", "vaso de cerâmica", "televisor", "piso de madeira", "espejo"])
            ),
            "claimed_amount": G(lambda f: money(f, 20, 900)),
            "evidence_count": G(lambda f: f.r.randint(0, 6)),
            "reporter_phone": Y(phone, "phone"),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Dispute Resolved",
        ALL,
        ("node",),
        {
            "dispute_id": G(lambda f: "dsp_" + f.digits(8)),
            "resolution": G(
                lambda f: f.pick(["refund_full", "refund_partial", "rejected", "insurance_claim"])
            ),
            "refund_amount": G(lambda f: money(f, 0, 400)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "agent_name": Y(full_name, "name"),
            "agent_email": Y(
                lambda f: (
                    ascii_fold(first(f).split()[0]).lower()
                    + "."
                    + ascii_fold(last(f).split()[-1]).lower().replace("'", "")
                    + "@brilho.app"
                ),
                "email",
            ),
            "insurance_claim_number": G(lambda f: "SIN-" + f.digits(10)),
            "insurer_name": G(lambda f: f.pick(["Porto Seguro", "SURA", "GNP Seguros"])),
        },
    ),
    (
        "track",
        "Message Sent",
        ALL,
        ("rn", "swift", "kotlin"),
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["customer", "worker"])),
            "message_length": G(lambda f: f.r.randint(1, 400)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachment_type": G(lambda f: f.pick(["", "image", "audio"])),
            "response_time_sec": G(lambda f: f.r.randint(3, 7200)),
        },
    ),
    (
        "track",
        "Off Platform Contact Detected",
        ALL,
        ("python",),
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(flagged_text, "phone", True),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v2"])),
            "action_taken": G(lambda f: f.pick(["masked", "warned", "blocked"])),
            "sender_role": G(lambda f: f.pick(["customer", "worker"])),
            "offense_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ALL,
        ("php",),
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "channel": G(lambda f: f.pick(["whatsapp", "email", "chat", "phone"])),
            "subject": G(
                lambda f: f.pick(
                    ["Cobrança duplicada", "La profesional no llegó", "Reembolso", "Problema con la app"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "requester": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "assignee": {
                "name": Y(full_name, "name"),
                "email": Y(lambda f: ascii_fold(first(f).split()[0]).lower() + "@brilho.app", "email"),
            },
            "group": G(lambda f: f.pick(["Suporte BR", "Soporte MX", "Soporte CO", "Trust & Safety"])),
            "tags": Many(G(lambda f: f.pick(["pagamento", "reembolso", "no_show", "app_bug"])), 3),
            "support_mailbox": G(
                lambda f: f.pick(["suporte@brilho.app", "soporte@brilho.app", "ayuda@brilho.app"])
            ),
            "support_phone": G(lambda f: f.pick(["0800 591 2040", "+52 55 4170 2200", "+57 601 508 9900"])),
        },
    ),
    (
        "track",
        "Customer Searched",
        ("BR",),
        ("web",),
        {
            "q": RED(lambda f: cpf(f), "national id", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "console_section": G(lambda f: f.pick(["customers", "workers"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ALL,
        ("python",),
        {
            "call-sid": G(lambda f: "CA" + f.hexid(32)),
            "direction": G(lambda f: f.pick(["inbound", "outbound"])),
            "from-number": Y(e164, "phone"),
            "caller-name": Y(lambda f: full_name(f).upper(), "name"),
            "to-number": G(lambda f: f.pick(["+551140028922", "+525541702200", "+576015089900"])),
            "masked-proxy": G(lambda f: f.pick(["+551130035000", "+525589001234", "+576017436000"])),
            "duration-sec": G(lambda f: f.r.randint(5, 1800)),
            "queue": G(lambda f: f.pick(["billing", "trust_safety", "general"])),
            "recording-enabled": G(lambda f: f.pick([True, False])),
            "agent-extension": G(lambda f: str(f.r.randint(200, 299))),
        },
    ),
    (
        "track",
        "WhatsApp Message Sent",
        ALL,
        ("node",),
        {
            "to": Y(lambda f: "whatsapp:" + e164(f), "phone", True),
            "from": G(lambda f: f.pick(["whatsapp:+551140028922", "whatsapp:+525541702200"])),
            "template_name": G(
                lambda f: f.pick(["booking_reminder_v2", "pro_on_the_way", "rate_your_service"])
            ),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "read"])),
            "language": G(lambda f: LOCALE[f.cc].replace("-", "_")),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ALL,
        ("web", "swift"),
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(lambda f: money(f, 100, 600)),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "message": Y(gift_message, "name", True),
            "delivery_date": G(day),
            "design": G(lambda f: f.pick(["maes", "aniversario", "casa_nueva", "navidad"])),
        },
    ),
    (
        "track",
        "SOS Button Pressed",
        ALL,
        ("kotlin",),
        {
            "job_id": G(lambda f: "job_" + f.digits(9)),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "job_address": Y(full_street, "address"),
            "emergency_contact_name": Y(full_name, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "police_called": G(lambda f: f.pick([True, False])),
            "battery_level": G(lambda f: round(f.r.uniform(0.03, 1.0), 2)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ("BR",),
        ("flutter",),
        {
            "plan": G(lambda f: f.pick(["Amil 400", "SulAmérica Direto", "Hapvida Mix"])),
            "dependant": {
                "name": Y(full_name, "name"),
                "birth_date": Y(lambda f: f.date(1950, 2023), "birthdate"),
                "cpf": RED(cpf, "national id"),
                "relationship": G(lambda f: f.pick(["filho(a)", "cônjuge", "mãe", "pai"])),
                "has_disability": RED(lambda f: f.pick([True, False, False]), "disability"),
            },
            "monthly_cost": G(lambda f: round(f.r.uniform(90, 420), 2)),
        },
    ),
    (
        "track",
        "Factura Solicitada",
        ("MX",),
        ("php",),
        {
            "rfc": RED(rfc, "national id"),
            "razon_social": Y(lambda f: full_name(f).upper(), "name"),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
            "uso_cfdi": G(lambda f: f.pick(["G03", "D01", "S01"])),
            "codigo_postal_fiscal": Y(postal, "zipcode"),
            "correo_factura": Y(email, "email"),
            "uuid_cfdi": G(lambda f: f.uuid().upper()),
            "total": G(service_price),
        },
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Pix Charge Paid",
        ("BR",),
        ("node",),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "txid": G(lambda f: alnum(f, 32, "abcdefghijklmnopqrstuvwxyz0123456789")),
            "amount": G(service_price),
            "end_to_end_id": G(
                lambda f: "E" + f.digits(8) + "2024" + alnum(f, 19, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            ),
            "br_code": G(
                lambda f: (
                    "00020126580014br.gov.bcb.pix0136"
                    + f.uuid()
                    + "5204000053039865406"
                    + f"{f.r.randint(100, 400)}.005802BR5912BRILHO LTDA6009SAO PAULO62070503***6304"
                    + alnum(f, 4, "0123456789ABCDEF")
                )
            ),
            "payer": {
                "name": Y(full_name, "name"),
                "cpf_masked": RED(cpf_masked, "national id"),
                "bank_ispb": G(lambda f: f.pick(["00000000", "60701190", "18236120"])),
            },
            "paid_at": G(lambda f: f.iso()),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Webhook Received",
        ("BR", "MX"),
        ("php",),
        {
            "action": G(lambda f: f.pick(["payment.created", "payment.updated"])),
            "data_id": G(lambda f: f.digits(11)),
            "payment": {
                "status": G(lambda f: f.pick(["approved", "rejected", "in_process"])),
                "status_detail": G(
                    lambda f: f.pick(["accredited", "cc_rejected_insufficient_amount", "pending_contingency"])
                ),
                "payment_method_id": G(lambda f: f.pick(["visa", "master", "elo", "oxxo", "pix"])),
                "transaction_amount": G(service_price),
                "installments": G(lambda f: f.pick([1, 3, 6])),
                "external_reference": G(lambda f: "ord_" + f.hexid(16)),
                "card": {
                    "first_six_digits": G(lambda f: f.pick(["411111", "516292", "636368", "528209"])),
                    "last_four_digits": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "expiration_month": G(lambda f: f.r.randint(1, 12)),
                    "expiration_year": G(lambda f: f.r.randint(2025, 2032)),
                    "cardholder": {
                        "name": Y(lambda f: full_name(f).upper(), "name"),
                        "identification": {
                            "type": G(lambda f: {"BR": "CPF", "MX": "RFC"}[f.cc]),
                            "number": RED(tax_doc, "national id"),
                        },
                    },
                },
                "payer": {
                    "id": G(lambda f: f.digits(10)),
                    "email": Y(email, "email"),
                    "phone": {
                        "area_code": G(
                            lambda f: {"BR": f.pick(["11", "21", "31"]), "MX": f.pick(["55", "33", "81"])}[
                                f.cc
                            ]
                        ),
                        "number": Y(
                            lambda f: f"{f.r.randint(9000, 9999)}-{f.r.randint(1000, 9999)}", "phone"
                        ),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Card Saved",
        ("MX", "CO"),
        ("swift",),
        {
            "payment_method_id": RED(stripe_pm, "token"),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2032)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "country": G(lambda f: f.cc),
        },
    ),
    (
        "track",
        "Pago Rechazado",
        ("MX",),
        ("php",),
        {
            "pedido_id": G(lambda f: f.digits(7)),
            "pasarela": G(lambda f: f.pick(["conekta", "openpay"])),
            "codigo_error": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "numero_tarjeta": RED(card_pan, "credit card"),
            "vencimiento": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "titular": Y(lambda f: full_name(f).upper(), "name"),
            "monto": G(service_price),
            "intento": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "PSE Payment Started",
        ("CO",),
        ("web",),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "bank": G(lambda f: f.pick(["Bancolombia", "Davivienda", "Banco de Bogotá", "Nequi"])),
            "person_type": G(lambda f: f.pick(["natural", "juridica"])),
            "payer_document_type": G(lambda f: f.pick(["CC", "CE"])),
            "payer_document": RED(cedula, "national id"),
            "payer_email": Y(email, "email"),
            "amount": G(service_price),
            "cus": G(lambda f: f.digits(9)),
        },
    ),
    # -- marketing, messaging, loyalty ------------------------------------------------------------
    (
        "track",
        "Conversions API Event",
        ALL,
        ("python",),
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(sha256ish, "email"),
                "ph": Y(sha256ish, "phone"),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "external_id": G(sha256ish),
            },
            "custom_data": {
                "value": G(service_price),
                "currency": G(lambda f: CURRENCY[f.cc]),
            },
        },
    ),
    (
        "track",
        "Email Delivered",
        ALL,
        ("python",),
        {
            "email": Y(email, "email"),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.hexid(10) + ".0"),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0{f.r.randint(1, 99)}p1iad2.sendgrid.net>"),
            "category": G(
                lambda f: f.pick(["booking_confirmation", "receipt", "newsletter", "payout_notice"])
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "from": G(lambda f: f.pick(["no-reply@brilho.app", "recibos@brilho.app"])),
        },
    ),
    # -- business accounts and warehouse syncs ----------------------------------------------------
    (
        "group",
        None,
        ("BR",),
        ("ruby",),
        {
            "razao_social": G(
                lambda f: f.pick(
                    [
                        "Coworking Vila Ltda",
                        "Clínica Sorriso Odontologia S/A",
                        "Pousada Mar Azul ME",
                        "Escritório Contábil Souza & Lima",
                    ]
                )
            ),
            "nome_fantasia": G(
                lambda f: f.pick(["Vila Cowork", "Sorriso", "Pousada Mar Azul", "Contábil SL"])
            ),
            "cnpj": G(cnpj),
            "industry": G(lambda f: f.pick(["coworking", "healthcare", "hospitality", "accounting"])),
            "employees": G(lambda f: f.r.randint(3, 180)),
            "plan": G(lambda f: f.pick(["empresas_basico", "empresas_plus"])),
            "billing_email": G(
                lambda f: f.pick(
                    ["financeiro@vilacowork.com.br", "contas@sorriso.med.br", "adm@pousadamarazul.com.br"]
                )
            ),
            "endereco_comercial": G(
                lambda f: f.pick(
                    ["Av. Brigadeiro Faria Lima, 2232 - Jardim Paulistano", "Rua da Consolação, 930 - Centro"]
                )
            ),
        },
    ),
    (
        "identify",
        None,
        ALL,
        ("python",),
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "PHONE_E164": Y(e164, "phone"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "HOME_CITY": Y(city, "city"),
            "MARKET": G(lambda f: f.pick(MARKET_SLUGS[f.cc]).upper().replace("-", "_")),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 200)),
            "LTV": G(lambda f: money(f, 0, 8000)),
            "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 950), "credit score"),
            "LAST_BOOKING_AT": G(lambda f: f.iso()),
            "IS_B2B": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Market(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, markets, clients, body in EVENTS:
            f.cc = f.pick(list(markets))
            msg: dict = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_", "wrk_", ""]) + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            if kind in ("page", "screen"):
                msg["name"] = name
            if kind == "group":
                msg["groupId"] = "acct_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            client = f.pick(list(clients))
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=156, repeats=30)
    write(Path(__file__).parent, "holdout156_", events, labels)
