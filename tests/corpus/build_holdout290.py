"""Writes holdout290: tests/corpus/holdout290_events.jsonl and holdout290_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout290`; deterministic (seed 290).

Domain: an electronic toll-road and road-user-charging operator ("Tolvia") with a customer app
and web portal in the US (E-ZPass-style transponder accounts), Portugal (Via Verde-style
identificadores) and Chile (TAG on the urban autopistas). Covered: account holders and their
vehicles (plates, VINs, transponder / OBU / TAG serials, vehicle class), auto top-up with cards
(Stripe-shaped payment methods), ACH and SEPA direct debit, MB WAY and Multibanco references,
Chilean PAC/Webpay payments, gantry passages with camera plate reads, violation notices to
registered keepers, disputes with photo evidence, sale and theft reports, fleet accounts
(group calls, drivers, reports), discounts for disabled drivers, disabled veterans and
residents, sign-in / password reset / one-time codes, support tickets (Zendesk-shaped), SMS
status webhooks (Twilio-shaped), e-mail events (SendGrid-shaped), install attribution, page and
screen calls, alias calls, and a reverse-ETL identify from the warehouse.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries, each with
the context block it really sends (context.ip, device, app, os, screen, network, locale,
timezone, userAgent, campaign, context.traits, context.location, instanceId).

Conventions: mostly camelCase (apps, web) and snake_case (python / ruby / go services);
PascalCase from the .NET billing and CRM system; kebab-case from one node fleet service;
SCREAMING_SNAKE from the warehouse sync; Portuguese keys from the Portuguese (php) backend and
Chilean Spanish keys from the Chilean (go / java) backend.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (the account holder, a registered keeper, a buyer,
  a secondary holder, a driver, a referee, a staff member): names, contact details, the person's
  own address or precise device location, birth dates, government ids, bank accounts, full card
  numbers, credentials and secrets, IP addresses, advertising / ad-click ids, special
  categories. Colour = the reference's default for that matcher; outside the reference: red for
  credentials / secrets / tokens, card numbers, bank accounts, government ids and health; yellow
  otherwise (geolocation, advertising id).
- Green: ids we issue (account, customer, notice, violation, dispute, passage, order, invoice
  numbers, Stripe customer ids, SEPA mandate references, Multibanco entity / reference),
  versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans under
  PII-sounding keys, product / plan / company / vehicle-nickname names, places that are not the
  person's (plazas, gantries and their coordinates, searched destinations, highways), country,
  state, region, locale, timezone, currency, user agents, OS-issued device ids, card brand /
  last four / expiry, bank-account masks (last four), routing numbers and BICs.
- Product policy for contested cases, followed as written: customer / member / claim numbers,
  ages and age bands, job titles, employers, a business's own phone / e-mail / address and tax
  id are green; vehicle plates are yellow `license` (fleet vehicles too, and plates inside
  free text); VINs yellow `serial`; insurance policy numbers yellow `identification`;
  billing / shipping addresses of a person yellow `address`; gclid / fbclid / fbp / fbc / IDFA /
  AAID yellow `advertising id`; payment-method tokens (`pm_`), activation and one-time codes
  and reset tokens red `token`; identity document numbers (US SSN and its last four, Portuguese
  NIF and Cartão de Cidadão, Chilean RUT of a person, passports) red `national id` /
  `passport`.
- Decisions this corpus had to make (a careful privacy owner's choice):
  - A transponder / OBU / TAG serial number is labelled like a VIN (yellow `serial`): it is the
    hardware identity of a device fixed to one person's vehicle and read at every gantry. The
    operator's own account number and internal row ids stay green.
  - A camera image or an uploaded evidence photo URL of the person's vehicle is yellow `photo`.
  - The municipality of a person's address (US city, Portuguese localidade / freguesia, Chilean
    comuna) is yellow `city`; the state / distrito / región is green.
  - A staff member's name and personal work e-mail are yellow; role mailboxes (ap@, fleet@,
    no-reply@) and company numbers (Twilio `From`, support lines) are green.
  - Disability status, degree of incapacity and a disability placard number are red
    `disability`; a disabled-veteran flag is red `veteran|disability`.
  - A one-time code inside an SMS body is red `token` (value_only): every body carries it.
  - Confirmation / receipt codes and police report numbers are issued reference numbers: green.
  - The searched plate in a pay-by-plate search box (`q`) is yellow `license`, value_only.
  - Twilio's CallerCity / CallerZip (derived from the caller's own number) are yellow
    `city` / `zipcode`; a day-pass document number that is a RUT or a passport number is red
    `national id|passport`.
- value_only is true when the key does not say what the value is (`q`, `value`, `input`,
  `note`, `comment`, `description`, `Body`, `destination`, `To`, `Caller`) and only the value
  tells. Each value_only PII path holds that PII in every value; free text is labelled by what
  every one of its values carries and is green when none of its values carries PII (chat
  `text`, payment-method `label`, `resolution_note`).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

FIRST_US = [
    "Emily",
    "DeShawn",
    "Aaliyah",
    "Wei",
    "Priya",
    "Carlos",
    "Ngozi",
    "Dmitri",
    "Hye-jin",
    "Thanh",
    "Mohammed",
    "Siobhan",
    "Kenji",
    "Lakshmi",
    "Jamal",
    "Guadalupe",
    "Rebecca",
    "Tyler",
    "Esther",
    "Kwabena",
    "Yolanda",
    "Arjun",
    "Mei-Ling",
    "Nikolai",
    "Fatou",
    "Brendan",
    "Rosa",
    "Tomasz",
]
LAST_US = [
    "Johnson",
    "Washington",
    "Nguyen",
    "Kim",
    "Patel",
    "Hernández",
    "Okonkwo",
    "Kowalczyk",
    "Cohen",
    "Yamamoto",
    "O'Connor",
    "Begay",
    "Abdullah",
    "Russo",
    "Williams",
    "Schwartz",
    "Goldberg",
    "Ramirez",
    "Diallo",
    "Brennan",
    "Chowdhury",
    "Lindqvist",
    "Papadopoulos",
    "Morales",
]
FIRST_PT = [
    "João",
    "Maria",
    "Ana",
    "Tiago",
    "Inês",
    "Rui",
    "Beatriz",
    "Gonçalo",
    "Carla",
    "Duarte",
    "Mariana",
    "Afonso",
    "Leonor",
    "Sérgio",
    "Filipa",
    "Nuno",
    "Margarida",
    "Bruno",
]
LAST_PT = [
    "Silva",
    "Santos",
    "Ferreira",
    "Pereira",
    "Oliveira",
    "Costa",
    "Rodrigues",
    "Martins",
    "Sousa",
    "Gonçalves",
    "Almeida",
    "Carvalho",
    "Lopes",
    "Marques",
    "Ribeiro",
    "Fonseca",
    "Teixeira",
]
FIRST_CL = [
    "Camila",
    "Benjamín",
    "Valentina",
    "Matías",
    "Javiera",
    "Joaquín",
    "Catalina",
    "Cristóbal",
    "Francisca",
    "Vicente",
    "Constanza",
    "Ignacio",
    "Fernanda",
    "Tomás",
    "Antonia",
    "Agustín",
]
LAST_CL = [
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Soto",
    "Contreras",
    "Silva",
    "Martínez",
    "Sepúlveda",
    "Morales",
    "Araya",
    "Fuentes",
    "Espinoza",
    "Valenzuela",
    "Castillo",
    "Tapia",
    "Reyes",
    "Núñez",
]

MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "verizon.net"]
MAIL_PT = ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt"]
MAIL_CL = ["gmail.com", "hotmail.com", "outlook.cl", "yahoo.es", "vtr.net"]


def ascii_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower().replace("'", "").replace(" ", "")


def first(f: Fake, market: str = "any") -> str:
    pools = {"us": FIRST_US, "pt": FIRST_PT, "cl": FIRST_CL}
    pool = pools.get(market) or f.pick([FIRST_US, FIRST_PT, FIRST_CL])
    return f.pick(pool)


def last(f: Fake, market: str = "any") -> str:
    pools = {"us": LAST_US, "pt": LAST_PT, "cl": LAST_CL}
    pool = pools.get(market) or f.pick([LAST_US, LAST_PT, LAST_CL])
    return f.pick(pool)


def full_name(f: Fake, market: str = "any") -> str:
    if market == "any":
        market = f.pick(["us", "pt", "cl"])
    if market == "cl":
        return f"{first(f, 'cl')} {last(f, 'cl')} {last(f, 'cl')}"
    if market == "pt" and f.r.random() < 0.5:
        return f"{first(f, 'pt')} {last(f, 'pt')} {last(f, 'pt')}"
    return f"{first(f, market)} {last(f, market)}"


def email(f: Fake, market: str = "any") -> str:
    if market == "any":
        market = f.pick(["us", "pt", "cl"])
    domains = {"us": MAIL_US, "pt": MAIL_PT, "cl": MAIL_CL}[market]
    a, b = ascii_lower(first(f, market)), ascii_lower(last(f, market))
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 99)}"])
    return f"{local}@{f.pick(domains)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_lower(first(f))[0]}.{ascii_lower(last(f))}@tolvia.com"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def pt_phone(f: Fake) -> str:
    n = f.pick(["91", "92", "93", "96"]) + f.digits(7)
    return f.pick([f"+351 {n[:3]} {n[3:6]} {n[6:]}", n, f"+351{n}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def cl_phone(f: Fake) -> str:
    n = "9" + f.digits(8)
    return f.pick([f"+56 9 {n[1:5]} {n[5:]}", f"+56{n}", f"9 {n[1:5]} {n[5:]}", f"(+56) {n}"])


def phone(f: Fake, market: str = "any") -> str:
    if market == "any":
        market = f.pick(["us", "pt", "cl"])
    return {"us": us_phone, "pt": pt_phone, "cl": cl_phone}[market](f)


# -- places -----------------------------------------------------------------------------------------

US_STREETS = [
    "Bergen Ave",
    "Route 9 N",
    "Ocean Pkwy",
    "Maple St",
    "Hudson Terrace",
    "Grand Concourse",
    "Chestnut St",
    "Old York Rd",
    "Route 1",
    "Union Blvd",
    "Hillside Ave",
    "Delancey St",
]
US_CITIES = [
    "Newark",
    "Edison",
    "Yonkers",
    "Cherry Hill",
    "Baltimore",
    "Wilmington",
    "Worcester",
    "Scranton",
    "Albany",
    "Paterson",
    "Staten Island",
    "Hoboken",
    "Allentown",
    "Trenton",
]
US_STATES = ["NJ", "NY", "PA", "MD", "DE", "MA", "VA"]
PT_STREETS = [
    "Rua Augusta",
    "Avenida da República",
    "Rua de Santa Catarina",
    "Travessa do Carmo",
    "Rua Dr. António Granjo",
    "Avenida Fontes Pereira de Melo",
    "Rua do Almada",
    "Largo do Rato",
    "Rua Miguel Bombarda",
]
PT_CITIES = [
    "Lisboa",
    "Porto",
    "Braga",
    "Coimbra",
    "Setúbal",
    "Almada",
    "Amadora",
    "Faro",
    "Vila Nova de Gaia",
    "Matosinhos",
    "Oeiras",
    "Aveiro",
]
PT_PARISHES = [
    "Arroios",
    "Campo de Ourique",
    "Cedofeita",
    "Avenidas Novas",
    "Paranhos",
    "Alvalade",
    "Carcavelos e Parede",
    "Algés, Linda-a-Velha e Cruz Quebrada-Dafundo",
]
PT_DISTRICTS = ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Faro", "Aveiro"]
CL_STREETS = [
    "Av. Providencia",
    "Los Leones",
    "Av. Apoquindo",
    "Irarrázaval",
    "Av. Vicuña Mackenna",
    "Gran Avenida José Miguel Carrera",
    "Pedro de Valdivia",
    "Av. Pajaritos",
    "Manquehue Sur",
]
CL_COMUNAS = [
    "Providencia",
    "Las Condes",
    "Ñuñoa",
    "Maipú",
    "La Florida",
    "Puente Alto",
    "Santiago",
    "Vitacura",
    "Peñalolén",
    "Quilicura",
    "San Miguel",
    "Lo Barnechea",
]
CL_REGIONS = ["Región Metropolitana", "Valparaíso", "Biobío", "O'Higgins"]


def us_street(f: Fake) -> str:
    return f"{f.r.randint(1, 9999)} {f.pick(US_STREETS)}"


def us_zip(f: Fake) -> str:
    z = f"{f.pick(['07', '08', '10', '11', '12', '18', '19', '21', '01'])}{f.r.randint(0, 999):03d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.r.randint(1, 9999):04d}"


def pt_street(f: Fake) -> str:
    floor = f.pick(["1º Esq", "3º Dto", "r/c", "2ºB", "5º Frente", "4º"])
    return f"{f.pick(PT_STREETS)}, {f.r.randint(1, 300)}, {floor}"


def pt_postcode(f: Fake) -> str:
    return f"{f.r.randint(1000, 9900)}-{f.r.randint(0, 999):03d}"


def cl_street(f: Fake) -> str:
    unit = f.pick(["", f", depto {f.r.randint(11, 2404)}", f", casa {f.pick(['A', 'B', '12'])}", ", of. 502"])
    return f"{f.pick(CL_STREETS)} {f.r.randint(100, 9999)}{unit}"


def street(f: Fake) -> str:
    return f.pick([us_street, pt_street, cl_street])(f)


def home_address(f: Fake) -> str:
    return f.pick(
        [
            lambda: f"{us_street(f)}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {us_zip(f)}",
            lambda: f"{pt_street(f)}, {pt_postcode(f)} {f.pick(PT_CITIES)}",
            lambda: f"{cl_street(f)}, {f.pick(CL_COMUNAS)}",
        ]
    )()


# -- vehicles and devices ---------------------------------------------------------------------------

CONSONANTS = "BCDFGHJKLPRSTVWXYZ"


def letters(f: Fake, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def us_plate(f: Fake) -> str:
    L3 = letters(f, 3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    return f.pick(
        [
            f"{L3}-{f.r.randint(1000, 9999)}",  # NY / PA
            f"{letters(f, 1)}{f.r.randint(10, 99)}-{L3}",  # NJ
            f"{f.r.randint(1, 9)}{L3[:2]}{f.r.randint(1000, 9999)}",  # MD
            f"{f.r.randint(1, 9)}{L3}{f.r.randint(100, 999)}",  # CA / MA
            f"{f.r.randint(10000, 999999)}",  # DE: all digits
            f"{L3} {f.r.randint(1000, 9999)}",
        ]
    )


def pt_plate(f: Fake) -> str:
    a, b = letters(f, 2, "ABCDEFGHIJLMNOPRSTUVXZ"), letters(f, 2, "ABCDEFGHIJLMNOPRSTUVXZ")
    n1, n2 = f.r.randint(10, 99), f.r.randint(10, 99)
    return f.pick([f"{a}-{n1}-{b}", f"{n1}-{a}-{n2}", f"{n1}-{n2}-{a}", f"{a}{n1}{b}"])


def cl_plate(f: Fake) -> str:
    c = letters(f, 4, CONSONANTS)
    n = f.r.randint(10, 99)
    old = letters(f, 2, "ABCDEFGHJKLNPRSTUVXYZ")
    return f.pick(
        [
            f"{c}{n}",
            f"{c[:2]}·{c[2:]}·{n}",
            f"{c}-{n}",
            f"{old}{f.r.randint(1000, 9999)}",
            f"{c[:2]} {c[2:]} {n}",
        ]
    )


def plate(f: Fake) -> str:
    return f.pick([us_plate, pt_plate, cl_plate])(f)


VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9})
VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(f: Fake) -> str:
    wmi = f.pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "VF1", "9BW", "1C4", "4T1"])
    body = (
        wmi + letters(f, 5, VIN_CHARS) + "0" + f.pick(list("LMNPR")) + letters(f, 1, VIN_CHARS) + f.digits(6)
    )
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def ezpass_tag(f: Fake) -> str:
    agency = f.pick(["004", "005", "008", "011", "022", "025", "028"])
    serial = f"{f.r.randint(0, 99999999):08d}"
    return f.pick([f"{agency}{serial}", f"{agency}-{serial}", f"{agency} {serial}"])


def pt_identificador(f: Fake) -> str:
    n = f.digits(10)
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])


def cl_tag(f: Fake) -> str:
    return f.pick([f.digits(9), "0" + f.digits(9)])


def obu_serial(f: Fake) -> str:
    return f.pick(["KP", "Q-FREE-", "TRP"]) + f.hexid(10).upper()


MAKES = [
    ("Toyota", "RAV4"),
    ("Honda", "Civic"),
    ("Ford", "F-150"),
    ("Tesla", "Model Y"),
    ("Renault", "Clio"),
    ("Peugeot", "208"),
    ("Chevrolet", "Sail"),
    ("Suzuki", "Swift"),
    ("Hyundai", "Tucson"),
    ("Volkswagen", "Golf"),
    ("Kia", "Sportage"),
    ("Nissan", "Versa"),
    ("Ram", "ProMaster"),
]
COLORS = ["White", "Black", "Silver", "Gray", "Blue", "Red", "Green"]
NICKNAMES = [
    "Work van",
    "Daily driver",
    "The Civic",
    "Weekend car",
    "Carrinha",
    "La camioneta",
    "Truck #4",
    "Blue Golf",
    "Mom's car",
    "Unit 12",
]
PLAZAS = [
    "Exit 13 - Newark Airport",
    "Bayonne Bridge",
    "Verrazzano-Narrows",
    "Fort McHenry Tunnel",
    "Delaware Memorial Bridge",
    "Exit 16E",
    "George Washington Bridge",
    "Tappan Zee (Cuomo)",
    "Harrison ORT",
    "Woodbridge",
]
PT_PORTAGENS = [
    "Alverca",
    "Carregado",
    "Ponte 25 de Abril",
    "Ponte Vasco da Gama",
    "Grijó",
    "Coimbra Norte",
    "Mealhada",
    "Estádio Nacional",
    "Carcavelos",
    "Loulé (A22)",
]
PT_AUTOESTRADAS = ["A1", "A2", "A5", "A8", "A22", "A28", "A41"]
CL_AUTOPISTAS = [
    "Costanera Norte",
    "Autopista Central",
    "Vespucio Norte",
    "Vespucio Sur",
    "Túnel San Cristóbal",
    "Vespucio Oriente",
]
CL_PORTICOS = [
    "P4 Kennedy",
    "PA3 Lo Saldes",
    "P2.1 Ciudad Empresarial",
    "PA12 General Velásquez",
    "P7 Américo Vespucio",
    "PC2 Pérez Zujovic",
]


# -- ids with checksums -----------------------------------------------------------------------------


def rut(f: Fake, company: bool = False) -> str:
    body = f.r.randint(76_000_000, 77_999_999) if company else f.r.randint(5_000_000, 26_999_999)
    total, weight = 0, 2
    for d in reversed(str(body)):
        total += int(d) * weight
        weight = weight + 1 if weight < 7 else 2
    r = 11 - total % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    dotted = f"{body:,}".replace(",", ".")
    return f.pick([f"{dotted}-{dv}", f"{body}-{dv}", f"{body}{dv}"])


def nif(f: Fake, company: bool = False) -> str:
    head = f.pick(["5"]) if company else f.pick(["1", "2", "2", "3"])
    digits = head + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    r = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
    return digits + str(0 if r < 2 else 11 - r)


def cartao_cidadao(f: Fake) -> str:
    return f"{f.r.randint(10_000_000, 39_999_999)} {f.r.randint(0, 9)} {letters(f, 2)}{f.r.randint(0, 9)}"


def iban(f: Fake, country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def pt_iban(f: Fake) -> str:
    bank = f.pick(["0035", "0007", "0033", "0010", "0036", "0018", "0269"])
    core = bank + f"{f.r.randint(0, 9999):04d}" + f"{f.r.randint(0, 10**11 - 1):011d}"
    nib_check = 98 - (int(core) * 100) % 97
    return iban(f, "PT", f"{core}{nib_check:02d}")


def us_bank_account(f: Fake) -> str:
    return f.digits(f.pick([8, 9, 10, 12]))


def cl_cuenta(f: Fake) -> str:
    return f.pick([f"00-{f.digits(3)}-{f.digits(5)}-{f.digits(2)}", f.digits(10), f"{f.digits(8)}"])


def us_dl(f: Fake) -> str:
    return f.pick(
        [
            f"{f.digits(3)} {f.digits(3)} {f.digits(3)}",  # NY
            f"{letters(f, 1)}{f.digits(4)} {f.digits(5)} {f.digits(5)}",  # NJ
            f.digits(8),  # PA
            # FL / MD
            f"{letters(f, 1)}{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-{f.digits(1)}",
        ]
    )


def pt_carta(f: Fake) -> str:
    return f"{f.pick(['L', 'P', 'C', 'AV'])}-{f.digits(6)} {f.r.randint(0, 9)}"


def pm_token(f: Fake) -> str:
    return "pm_1" + letters(f, 23, string.ascii_letters + string.digits)


def reset_token(f: Fake) -> str:
    return letters(f, 43, string.ascii_letters + string.digits + "-_")


def activation_code(f: Fake) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f"{letters(f, 4, alphabet)}-{letters(f, 4, alphabet)}"


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + letters(f, 60, string.ascii_letters + string.digits + "_-") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + letters(f, 56, string.ascii_letters + string.digits + "_-")


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


# -- dates ------------------------------------------------------------------------------------------


def pt_datetime(f: Fake) -> str:
    return f.iso()[:19].replace("T", " ")


def cl_datetime(f: Fake) -> str:
    d = f.iso()
    return f"{d[8:10]}-{d[5:7]}-{d[:4]} {d[11:19]}"


def dob(f: Fake) -> str:
    return f.date(1945, 2005)


def photo_url(f: Fake, kind: str) -> str:
    if kind == "camera":
        return f"https://images.tolvia.com/lpr/{f.pick(['NJTP', 'GSP', 'A1', 'CN'])}/{f.hexid(24)}.jpg"
    name = f"IMG_{f.r.randint(1000, 9999)}.{f.pick(['jpg', 'HEIC', 'png'])}"
    return f"https://uploads.tolvia.com/disputes/{f.uuid()}/{name}"


# -- free text --------------------------------------------------------------------------------------


def dispute_comment(f: Fake) -> str:
    us, pt, cl = us_plate(f), pt_plate(f), cl_plate(f)
    return f.pick(
        [
            f"My plate is {us}. The car in the photo is not mine.",
            f"I sold the vehicle with plate {us} in March, please cancel.",
            f"Camera misread {us} - I was home that day.",
            f"Rental car {us}, the agency already paid the toll",
            f"O veículo {pt} foi vendido antes desta data.",
            f"La patente {cl} no corresponde a mi auto, favor revisar.",
        ]
    )


def callback_note(f: Fake) -> str:
    us, pt, cl = us_phone(f), pt_phone(f), cl_phone(f)
    return f.pick(
        [
            f"Customer asked for a callback at {us}",
            f"Left voicemail on {us}, will retry tomorrow",
            f"Wife called from {us} about the second transponder",
            f"Cliente pede contacto para {pt} depois das 18h",
            f"Llamar al {cl} para confirmar devolución",
        ]
    )


def ticket_description(f: Fake) -> str:
    us, pt, cl = us_phone(f), pt_phone(f), cl_phone(f)
    return f.pick(
        [
            f"I was charged twice at the bridge yesterday. Please call me back at {us}.",
            f"My transponder stopped working, you can reach me on {us}",
            f"Need to update my card. Phone: {us}",
            f"Cobraram-me duas vezes na A1. Contacto: {pt}",
            f"El TAG no funciona en Vespucio Sur, mi celular es {cl}",
        ]
    )


CHAT_TEXT = [
    "Where is my transponder? I ordered it two weeks ago",
    "How do I add a second car?",
    "Why was I charged the plate rate instead of the tag rate?",
    "Can I move my tag to a rental car?",
    "Thanks, that fixed it!",
    "Como altero o método de pagamento?",
    "¿Dónde veo mis tránsitos del mes pasado?",
    "The app logs me out every time",
]
RESOLUTION_NOTES = [
    "Plate misread confirmed by image review",
    "Vehicle sale documented, notice reassigned",
    "Duplicate posting reversed",
    "Customer did not provide evidence within 30 days",
    "Rental agreement verified",
    "Toll upheld: tag read valid",
]


def sms_body(f: Fake) -> str:
    code = otp(f)
    return f.pick(
        [
            f"Tolvia: your verification code is {code}. Do not share it with anyone.",
            f"{code} is your Tolvia sign-in code. It expires in 10 minutes.",
            f"Tolvia: o seu código de verificação é {code}.",
            f"Tolvia: tu código de verificación es {code}. No lo compartas.",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------

UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
PAGES = [
    ("/account", "Account Overview | Tolvia"),
    ("/pay-toll", "Pay a Toll or Notice | Tolvia"),
    ("/violations", "Violations | Tolvia"),
    ("/fleet/dashboard", "Fleet Dashboard | Tolvia"),
    ("/pt/conta", "A minha conta | Tolvia"),
    ("/cl/mis-transitos", "Mis tránsitos | Tolvia"),
]
LOCALES = ["en-US", "es-US", "pt-PT", "es-CL", "en-GB", "pt-BR"]
TIMEZONES = ["America/New_York", "Europe/Lisbon", "America/Santiago", "America/Chicago"]


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "https://tolvia.com/", "https://www.bing.com/"])
            ),
            "search": G(
                lambda f: f.pick(
                    ["?utm_source=statement_email", "?tab=vehicles", "?lang=pt", "?utm_medium=sms"]
                )
            ),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "url": G(lambda f: "https://my.tolvia.com" + f.pick(PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["autopay_push", "spring_tag_promo", "fleet_q2", "renovacao_identificador"])
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "statement_email"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "sms"])),
            "term": G(
                lambda f: f.pick(["ezpass account", "via verde empresas", "tag autopista", "toll by plate"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "footer_link", "carousel_2"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Tolvia"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6503"])),
            "namespace": G(lambda f: "com.tolvia.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: True),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "accountNumber": G(lambda f: f.digits(9)),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Tolvia"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0"])),
            "build": G(lambda f: f.pick(["640010", "650003"])),
            "namespace": G(lambda f: "com.tolvia.mobile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7", "moto g84 5G", "23021RAAEG"])),
            "name": G(lambda f: f.pick(["a54x", "panther", "bangkk", "tapas"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: True),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "MEO", "NOS", "Entel", "Movistar", "Verizon"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-34.0, 41.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-74.5, -8.5), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 30), 1)),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Tolvia Fleet"),
            "version": G(lambda f: f.pick(["2.8.1", "2.9.0"])),
            "build": G(lambda f: f.pick(["281", "290"])),
            "namespace": G(lambda f: "com.tolvia.fleet"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991U"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(lambda f: email(f), "email"),
            "name": Y(lambda f: full_name(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "fleetId": G(lambda f: "FL" + f.digits(6)),
            "role": G(lambda f: f.pick(["driver", "fleet_admin"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Tolvia Via"),
            "version": G(lambda f: f.pick(["3.1.4", "3.2.0"])),
            "build": G(lambda f: f.pick(["314", "320"])),
            "namespace": G(lambda f: "pt.tolvia.via"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "locale": G(lambda f: f.pick(["pt-PT", "es-CL"])),
        "timezone": G(lambda f: f.pick(["Europe/Lisbon", "America/Santiago"])),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.7.1", "3.8.0"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(lib: str):
    def ctx(f: Fake):
        out = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib in ("analytics-node", "analytics-php"):
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if lib == "analytics-node":
            out["userAgent"] = G(lambda f: f.pick(UAS_DESKTOP))
        if lib in ("analytics-php", "analytics-go", "analytics-java"):
            out["locale"] = G(lambda f: f.pick(["pt-PT", "es-CL", "en-US"]))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
APPS = ["swift", "kotlin", "rn", "flutter"]
WEB_APPS = ["web", "swift", "kotlin", "flutter"]


def P(*values):
    """A green leaf picking one of `values`."""
    choices = list(values)
    return G(lambda f: f.pick(choices))


def money(lo, hi):
    return G(lambda f: f.money(lo, hi))


def count(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def when():
    return G(lambda f: f.iso())


def boolean():
    return P(True, False)


# -- events: (type, event or name, clients, body) ---------------------------------------------------

ACCOUNT = [
    (
        "identify",
        None,
        WEB_APPS,
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "phone": Y(lambda f: phone(f), "phone"),
            "address": {
                "street": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES + PT_CITIES + CL_COMUNAS), "city"),
                "state": P(*US_STATES, "Lisboa", "Región Metropolitana"),
                "postalCode": Y(lambda f: f.pick([us_zip, pt_postcode])(f), "zipcode"),
                "country": P("US", "PT", "CL"),
            },
            "createdAt": when(),
            "accountNumber": G(lambda f: f.digits(9)),
            "accountType": P("personal", "business", "fleet"),
            "balance": money(0, 250),
            "autoTopUp": boolean(),
            "vehiclesCount": count(1, 4),
            "emailVerified": boolean(),
            "phoneVerified": boolean(),
            "marketingOptIn": boolean(),
            "preferredLanguage": P("en", "es", "pt"),
            "plan": P("E-ZPass Standard", "E-ZPass Plus", "Via Verde Autoestrada", "TAG Persona"),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "nome": Y(lambda f: first(f, "pt"), "name"),
            "apelido": Y(lambda f: last(f, "pt"), "name"),
            "email": Y(lambda f: email(f, "pt"), "email"),
            "telemovel": Y(lambda f: pt_phone(f), "phone"),
            "nif": RED(lambda f: nif(f), "national id"),
            "morada": Y(lambda f: pt_street(f), "address"),
            "codigo_postal": Y(lambda f: pt_postcode(f), "zipcode"),
            "localidade": Y(lambda f: f.pick(PT_CITIES), "city"),
            "distrito": P(*PT_DISTRICTS),
            "data_nascimento": Y(lambda f: dob(f), "birthdate"),
            "cliente_desde": G(lambda f: f.date(2001, 2024)),
            "numero_cliente": G(lambda f: f.digits(8)),
            "tipo_conta": P("particular", "empresa"),
            "fatura_eletronica": boolean(),
            "idioma": P("pt", "en"),
            "consentimento_marketing": boolean(),
        },
    ),
    (
        "identify",
        None,
        ["go", "java"],
        {
            "nombre": Y(lambda f: first(f, "cl"), "name"),
            "apellido_paterno": Y(lambda f: last(f, "cl"), "name"),
            "apellido_materno": Y(lambda f: last(f, "cl"), "name"),
            "rut": RED(lambda f: rut(f), "national id"),
            "correo": Y(lambda f: email(f, "cl"), "email"),
            "celular": Y(lambda f: cl_phone(f), "phone"),
            "direccion": Y(lambda f: cl_street(f), "address"),
            "comuna": Y(lambda f: f.pick(CL_COMUNAS), "city"),
            "region": P(*CL_REGIONS),
            "fecha_registro": G(lambda f: cl_datetime(f)),
            "fecha_nacimiento": Y(lambda f: f.date(1945, 2005), "birthdate"),
            "tipo_cliente": P("persona", "empresa"),
            "convenio_pac": boolean(),
            "deuda_vigente": G(lambda f: f.r.randint(0, 180_000)),
            "numero_cliente": G(lambda f: f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(lambda f: first(f, "us"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "us"), "name"),
            "EMAIL": Y(lambda f: email(f, "us"), "email"),
            "PHONE_NUMBER": Y(lambda f: us_phone(f), "phone"),
            "HOME_ZIP": Y(lambda f: us_zip(f), "zipcode"),
            "ACCOUNT_ID": G(lambda f: f.digits(9)),
            "LIFETIME_TOLLS_USD": money(0, 9000),
            "LAST_PASSAGE_AT": G(lambda f: f.iso()[:19].replace("T", " ")),
            "TRANSPONDER_COUNT": count(0, 5),
            "DELINQUENT": boolean(),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_PLAZA": P(*PLAZAS),
            "AGE_BAND": P("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: first(f, "us"), "name"),
            "LastName": Y(lambda f: last(f, "us"), "name"),
            "Email": Y(lambda f: email(f, "us"), "email"),
            "MobilePhone": Y(lambda f: us_phone(f), "phone"),
            "MailingAddress": {
                "Line1": Y(lambda f: us_street(f), "address|street"),
                "Line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 12", "Suite 210", "Apt 3R", "Fl 2"]), "address|street"
                ),
                "City": Y(lambda f: f.pick(US_CITIES), "city"),
                "State": P(*US_STATES),
                "Zip": Y(lambda f: us_zip(f), "zipcode"),
            },
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "DriversLicenseNumber": Y(lambda f: us_dl(f), "license"),
            "DriversLicenseState": P(*US_STATES),
            "AccountStatus": P("Active", "Suspended", "Closed", "Pending"),
            "CustomerSince": G(lambda f: f.date(1995, 2024) + "T00:00:00"),
            "IsCommercial": boolean(),
            "PreferredContactMethod": P("Email", "SMS", "Mail", "Phone"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web"],
        {
            "signupMethod": P("email", "google", "apple"),
            "accountType": P("personal", "business"),
            "email": Y(lambda f: email(f), "email"),
            "passwordStrength": P("weak", "fair", "strong"),
            "termsAccepted": G(lambda f: True),
            "referralCode": G(lambda f: "TOLV-" + letters(f, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "hearAboutUs": P("search", "friend", "dmv", "radio", "billboard"),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbp": Y(lambda f: fbp(f), "advertising id"),
            "fbc": Y(lambda f: fbc(f), "advertising id"),
        },
    ),
    (
        "track",
        "Signed In",
        WEB_APPS,
        {
            "method": P("password", "magic_link", "face_id", "google", "biometric"),
            "mfaUsed": boolean(),
            "loginAttempts": count(1, 4),
            "rememberDevice": boolean(),
            "sessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python"],
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_token": RED(lambda f: reset_token(f), "token"),
            "link_expires_at": when(),
            "requested_via": P("web", "ios", "android"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS_DESKTOP)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(lambda f: phone(f), "phone", True),
            "otp_code": RED(lambda f: otp(f), "token"),
            "expires_in_sec": P(300, 600),
            "attempt": count(1, 3),
            "provider": P("twilio", "sinch"),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": P("+18885550142", "+351300500700", "TOLVIA", "+56228400900"),
            "To": Y(
                lambda f: "+" + f.pick(["1" + f.digits(10), "3519" + f.digits(8), "569" + f.digits(8)]),
                "phone",
                True,
            ),
            "MessageStatus": P("queued", "sent", "delivered", "undelivered"),
            "Body": RED(lambda f: sms_body(f), "token", True),
            "NumSegments": P("1", "2"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["node"],
        {
            "email": Y(lambda f: email(f), "email"),
            "email_id": G(lambda f: f.hexid(22)),
            "email_subject": P(
                "Your monthly statement is ready",
                "Low balance alert",
                "Your toll notice",
                "A sua fatura Via está disponível",
                "Tu boleta electrónica",
            ),
            "campaign_id": G(lambda f: f.digits(7)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@tolvia.com>"),
            "from_email": P("no-reply@tolvia.com", "statements@tolvia.com"),
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        {
            "email": Y(lambda f: email(f), "email"),
            "email_id": G(lambda f: f.hexid(22)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS_DESKTOP)),
            "machine_open": boolean(),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        APPS,
        {
            "smsEnabled": boolean(),
            "emailEnabled": boolean(),
            "pushEnabled": boolean(),
        },
    ),
    (
        "track",
        "Secondary Holder Added",
        ["web"],
        {
            "holder": {
                "firstName": Y(lambda f: first(f), "name"),
                "lastName": Y(lambda f: last(f), "name"),
                "relationship": P("spouse", "child", "parent", "partner", "employee"),
                "email": Y(lambda f: email(f), "email"),
                "mobile": Y(lambda f: phone(f), "phone"),
                "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
                "canManagePayments": boolean(),
            },
            "holdersCount": count(1, 4),
        },
    ),
    (
        "track",
        "Account Closed",
        ["python"],
        {
            "reason": P("moved", "sold_vehicle", "switched_agency", "fees", "other"),
            "refund_method": P("check", "card", "ach"),
            "refund_check_mailing_address": Y(lambda f: home_address(f), "address"),
            "balance_refunded": money(0, 200),
            "transponders_returned": count(0, 3),
            "forwarding_email": Y(lambda f: email(f), "email"),
            "closed_by_agent": Y(lambda f: full_name(f), "name"),
            "closed_at": when(),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["swift", "kotlin"],
        {
            "recipientName": Y(lambda f: full_name(f), "name"),
            "recipientEmail": Y(lambda f: email(f), "email"),
            "recipientPhone": Y(lambda f: phone(f), "phone"),
            "channel": P("email", "sms", "share_sheet"),
            "referralCode": G(lambda f: "TOLV-" + letters(f, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "rewardAmount": P(5, 10),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "formId": P("signup", "contact_update"),
            "field": P("email", "confirm_email"),
            "value": Y(lambda f: email(f), "email", True),
            "durationMs": count(300, 12000),
            "valid": boolean(),
        },
    ),
]

VEHICLES = [
    (
        "track",
        "Vehicle Added",
        WEB_APPS,
        {
            "vehicleId": G(lambda f: f.uuid()),
            "plateNumber": Y(lambda f: plate(f), "license"),
            "plateState": P(*US_STATES, "PT", "CL"),
            "plateType": P("standard", "commercial", "motorcycle", "temporary"),
            "make": G(lambda f: f.pick(MAKES)[0]),
            "model": G(lambda f: f.pick(MAKES)[1]),
            "year": count(2004, 2025),
            "color": P(*COLORS),
            "vehicleClass": P("1", "2", "3", "4", "2A"),
            "axles": P(2, 3, 5),
            "nickname": P(*NICKNAMES),
            "vin": Y(lambda f: vin(f), "serial"),
            "registeredOwnerName": Y(lambda f: full_name(f), "name"),
            "isRental": boolean(),
            "ownership": P("owned", "leased", "company"),
        },
    ),
    (
        "track",
        "Vehicle Removed",
        WEB_APPS,
        {
            "vehicleId": G(lambda f: f.uuid()),
            "reason": P("sold", "totaled", "lease_ended", "duplicate"),
            "plateNumber": Y(lambda f: plate(f), "license"),
            "activeTransponders": count(0, 1),
        },
    ),
    (
        "track",
        "Transponder Activated",
        APPS,
        {
            "transponderSerial": Y(lambda f: ezpass_tag(f), "serial"),
            "activationCode": RED(lambda f: activation_code(f), "token"),
            "vehicleId": G(lambda f: f.uuid()),
            "activationMethod": P("qr_scan", "manual_entry", "nfc"),
            "mountedOn": P("windshield", "license_plate", "bumper"),
            "agency": P("NJ E-ZPass", "NY E-ZPass", "MD E-ZPass", "PA Turnpike"),
            "success": boolean(),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Transponder Linked",
        ["php"],
        {
            "transponder_id": Y(lambda f: pt_identificador(f), "serial"),
            "plate": Y(lambda f: pt_plate(f), "license"),
            "vehicle_class": P(1, 2, 3, 4),
            "make": G(lambda f: f.pick(MAKES)[0]),
            "model": G(lambda f: f.pick(MAKES)[1]),
            "linked_at": G(lambda f: pt_datetime(f)),
            "payment_type": P("debito_direto", "mbway", "cartao", "pre_pago"),
            "holder_nif": RED(lambda f: nif(f), "national id"),
            "store": P("Loja Amoreiras", "Loja Colombo", "Loja NorteShopping", "Online"),
            "extra_services": Many(P("parques", "combustivel", "drive_thru"), 2),
        },
    ),
    (
        "track",
        "TAG Enabled",
        ["java", "go"],
        {
            "tag_number": Y(lambda f: cl_tag(f), "serial"),
            "plate": Y(lambda f: cl_plate(f), "license"),
            "vehicle_category": P(1, 2, 3, 4),
            "highways": Many(P(*CL_AUTOPISTAS), 4),
            "contract_operator": P("Costanera Norte", "Autopista Central", "Vespucio Sur"),
            "holder_rut": RED(lambda f: rut(f), "national id"),
            "holder_name": Y(lambda f: full_name(f, "cl"), "name"),
            "holder_email": Y(lambda f: email(f, "cl"), "email"),
            "holder_phone": Y(lambda f: cl_phone(f), "phone"),
            "enabled_at": G(lambda f: cl_datetime(f)),
            "leased": boolean(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "TO-" + f.digits(8)),
            "total": money(0, 60),
            "shipping": P(0, 3.5, 7.95),
            "tax": money(0, 4),
            "currency": P("USD", "EUR", "CLP"),
            "coupon": P("FREETAG", "FLEET10", "NONE"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": P("TAG-INT-STD", "TAG-EXT-HD", "TAG-FLEX-SW", "MNT-STRIP-2", "VV-ID-2024"),
                    "name": P(
                        "Interior Transponder",
                        "Exterior Transponder",
                        "Flex Switchable Tag",
                        "Mounting Strips (2-pack)",
                        "Identificador Via",
                    ),
                    "category": P("transponders", "accessories"),
                    "price": P(0, 10, 15, 24.95, 4.5),
                    "quantity": count(1, 3),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Transponder Shipped",
        ["node", "ruby"],
        {
            "order_id": G(lambda f: "TO-" + f.digits(8)),
            "carrier": P("USPS", "UPS", "CTT", "Chilexpress"),
            "tracking_number": G(
                lambda f: f.pick(
                    ["9400" + f.digits(18), "1Z" + f.hexid(16).upper(), "RR" + f.digits(9) + "PT"]
                )
            ),
            "shipping_address": {
                "name": Y(lambda f: full_name(f), "name"),
                "line1": Y(lambda f: street(f), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 12", "2º Esq", "depto 1203", "Suite 210"]),
                    "address|street",
                ),
                "city": Y(lambda f: f.pick(US_CITIES + PT_CITIES + CL_COMUNAS), "city"),
                "state": P(*US_STATES, "Lisboa", "RM"),
                "postal_code": Y(lambda f: f.pick([us_zip, pt_postcode])(f), "zipcode"),
                "country": P("US", "PT", "CL"),
            },
            "serials": Many(Y(lambda f: ezpass_tag(f), "serial"), 2),
            "shipped_at": when(),
            "warehouse": P("Secaucus DC", "Carregado", "Pudahuel"),
        },
    ),
    (
        "track",
        "Stolen Vehicle Reported",
        ["web"],
        {
            "police_report_number": G(lambda f: f"{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "police_agency": P("NYPD 120th Precinct", "Newark PD", "PSP Lisboa", "Carabineros 19ª Comisaría"),
            "insurance_company": P("GEICO", "State Farm", "Fidelidade", "Mapfre"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["PA" + f.digits(9), f.digits(10), "AU-" + f.digits(8)]), "identification"
            ),
            "date_stolen": G(lambda f: f.date(2023, 2024)),
            "plate": Y(lambda f: plate(f), "license"),
            "vin": Y(lambda f: vin(f), "serial"),
            "contact_phone": Y(lambda f: phone(f), "phone"),
            "reporter_name": Y(lambda f: full_name(f), "name"),
            "suspend_transponder": boolean(),
        },
    ),
]

PAYMENTS = [
    (
        "track",
        "Auto Top-Up Configured",
        WEB_APPS,
        {
            "threshold": P(10, 20, 25),
            "topUpAmount": P(25, 35, 50, 100),
            "currency": P("USD", "EUR"),
            "paymentMethodId": RED(lambda f: pm_token(f), "token"),
            "cardBrand": P("visa", "mastercard", "amex", "discover"),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "cardExpMonth": count(1, 12),
            "cardExpYear": count(2025, 2031),
            "billingZip": Y(lambda f: us_zip(f), "zipcode"),
            "fundingType": P("credit", "debit", "prepaid"),
            "enabled": boolean(),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        ["node"],
        {
            "customer": G(lambda f: "cus_" + letters(f, 14, string.ascii_letters + string.digits)),
            "livemode": G(lambda f: True),
            "payment_method": {
                "id": RED(lambda f: pm_token(f), "token"),
                "type": G(lambda f: "card"),
                "card": {
                    "brand": P("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": count(1, 12),
                    "exp_year": count(2025, 2031),
                    "country": P("US", "PT", "CL"),
                    "funding": P("credit", "debit"),
                    "checks": {
                        "cvc_check": P("pass", "unavailable"),
                        "address_postal_code_check": P("pass", "fail", "unchecked"),
                    },
                },
                "billing_details": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                    "phone": Y(lambda f: phone(f), "phone"),
                    "address": {
                        "line1": Y(lambda f: street(f), "address|street"),
                        "city": Y(lambda f: f.pick(US_CITIES + PT_CITIES), "city"),
                        "postal_code": Y(lambda f: f.pick([us_zip, pt_postcode])(f), "zipcode"),
                        "country": P("US", "PT"),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["ruby"],
        {
            "routing_number": P("021000021", "011000138", "031201360", "021200339", "026009593"),
            "account_number": RED(lambda f: us_bank_account(f), "bank account"),
            "mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "account_type": P("checking", "savings"),
            "account_holder_name": Y(lambda f: full_name(f, "us"), "name"),
            "bank_name": P("Chase", "TD Bank", "PNC", "Wells Fargo", "Capital One"),
            "verification_method": P("instant", "microdeposits"),
            "plaid_item_id": G(lambda f: letters(f, 37, string.ascii_letters + string.digits)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["php"],
        {
            "iban": RED(lambda f: pt_iban(f), "bank account"),
            "account_holder": Y(lambda f: full_name(f, "pt"), "name"),
            "mandate_reference": G(lambda f: "TLV" + f.digits(12)),
            "bank_name": P("Caixa Geral de Depósitos", "Millennium bcp", "Santander", "Novo Banco", "BPI"),
            "bic": P("CGDIPTPL", "BCOMPTPL", "TOTAPTPL", "BESCPTPL", "BBPIPTPL"),
            "signed_at": G(lambda f: pt_datetime(f)),
            "max_amount": P(50, 100, 150),
        },
    ),
    (
        "track",
        "MB WAY Payment Requested",
        ["php"],
        {
            "mbway_phone": Y(lambda f: pt_phone(f), "phone"),
            "amount": money(5, 80),
            "mb_entity": P("21312", "11249", "20638"),
            "mb_reference": G(lambda f: f"{f.digits(3)} {f.digits(3)} {f.digits(3)}"),
            "status": P("pendente", "pago", "expirado", "recusado"),
            "requested_at": G(lambda f: pt_datetime(f)),
        },
    ),
    (
        "track",
        "Payment Declined",
        ["php"],
        {
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "error_code": P("05", "51", "54", "91"),
            "error_message": P(
                "Não autorizado", "Saldo insuficiente", "Cartão expirado", "Emissor indisponível"
            ),
            "amount": money(5, 80),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Payment Recorded",
        ["go"],
        {
            "amount_clp": G(lambda f: f.r.randint(1500, 95_000)),
            "payment_channel": P("Webpay", "PAC", "PAT", "Khipu"),
            "account_number": RED(lambda f: cl_cuenta(f), "bank account"),
            "bank_name": P("Banco de Chile", "BancoEstado", "Santander", "BCI", "Scotiabank"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "receipt_number": G(lambda f: f.digits(9)),
            "payer_rut": RED(lambda f: rut(f), "national id"),
            "receipt_email": Y(lambda f: email(f, "cl"), "email"),
            "paid_at": G(lambda f: cl_datetime(f)),
            "authorization_code": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Top-Up Completed",
        ["go", "python"],
        {
            "transaction_id": G(lambda f: f.uuid()),
            "amount": P(25, 35, 50, 100),
            "currency": P("USD", "EUR"),
            "balance_after": money(20, 300),
            "trigger": P("auto", "manual", "low_balance"),
            "payment_method_type": P("card", "ach", "apple_pay"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "processor_response": P("approved", "approved", "declined"),
            "receipt_email": Y(lambda f: email(f), "email"),
            "processed_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Guest Payment Completed",
        ["web"],
        {
            "invoiceNumber": G(lambda f: "INV-" + f.digits(9)),
            "amount": money(2, 180),
            "payerName": Y(lambda f: full_name(f), "name"),
            "payerEmail": Y(lambda f: email(f), "email"),
            "billingAddress": {
                "line1": Y(lambda f: street(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES + PT_CITIES + CL_COMUNAS), "city"),
                "postalCode": Y(lambda f: f.pick([us_zip, pt_postcode])(f), "zipcode"),
            },
            "paymentToken": RED(lambda f: pm_token(f), "token"),
            "cardBrand": P("visa", "mastercard", "amex", "discover"),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Payment Plan Created",
        ["python"],
        {
            "plan_id": G(lambda f: "PP-" + f.digits(7)),
            "debtor_name": Y(lambda f: full_name(f, "us"), "name"),
            "debtor_dob": Y(lambda f: dob(f), "birthdate"),
            "employer": P("Amazon", "NJ Transit", "Hackensack Meridian Health", "self-employed", "Walmart"),
            "monthly_income": Y(lambda f: f.r.randint(1800, 9500), "salary"),
            "installments": P(3, 6, 12),
            "balance_due": money(50, 4000),
            "first_payment_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Payment Method Selected",
        ["web", "swift"],
        {
            "methodId": G(lambda f: f.uuid()),
            "label": P(
                "Visa •••• 4242", "Company Amex", "Chase checking ••6789", "MB WAY", "Mastercard ending 0005"
            ),
            "isDefault": boolean(),
            "context": P("top_up", "violation", "order"),
        },
    ),
]

PASSAGES = [
    (
        "track",
        "Toll Passage Posted",
        ["java"],
        {
            "passageId": G(lambda f: f.digits(12)),
            "transactionId": G(lambda f: f.uuid()),
            "plazaName": P(*PLAZAS),
            "laneNumber": count(1, 14),
            "direction": P("NB", "SB", "EB", "WB"),
            "entryPlaza": P(*PLAZAS),
            "exitPlaza": P(*PLAZAS),
            "passageTime": when(),
            "vehicleClass": P("1", "2", "3", "5"),
            "tollAmount": money(1, 20),
            "discountApplied": P("none", "off_peak", "resident", "commuter"),
            "readType": P("tag", "image"),
            "transponderSerial": Y(lambda f: ezpass_tag(f), "serial"),
            "plateRead": Y(lambda f: us_plate(f), "license"),
            "plateReadConfidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
            "imageUrl": Y(lambda f: photo_url(f, "camera"), "photo"),
            "agency": P("NJTA", "PANYNJ", "MDTA", "DRBA"),
        },
    ),
    (
        "track",
        "Passage Recorded",
        ["php"],
        {
            "transponder_id": Y(lambda f: pt_identificador(f), "serial"),
            "plate": Y(lambda f: pt_plate(f), "license"),
            "entry_toll_plaza": P(*PT_PORTAGENS),
            "exit_toll_plaza": P(*PT_PORTAGENS),
            "motorway": P(*PT_AUTOESTRADAS),
            "passed_at": G(lambda f: pt_datetime(f)),
            "amount": money(0.5, 25),
            "vehicle_class": P(1, 2, 3, 4),
            "resident_discount": boolean(),
            "concessionaire": P("Brisa", "Ascendi", "Lusoponte", "Via Livre"),
        },
    ),
    (
        "track",
        "Tránsito Registrado",
        ["go", "java"],
        {
            "patente": Y(lambda f: cl_plate(f), "license"),
            "numero_tag": Y(lambda f: cl_tag(f), "serial"),
            "portico": P(*CL_PORTICOS),
            "autopista": P(*CL_AUTOPISTAS),
            "fecha_hora_transito": G(lambda f: cl_datetime(f)),
            "tarifa": P("TBFP", "TBP", "TS"),
            "monto": G(lambda f: f.r.randint(150, 4500)),
            "sentido": P("oriente-poniente", "poniente-oriente", "norte-sur", "sur-norte"),
            "categoria": P(1, 2, 3, 4),
            "foto_patente_url": Y(lambda f: photo_url(f, "camera"), "photo"),
        },
    ),
    (
        "track",
        "Trip Estimate Requested",
        ["kotlin"],
        {
            "tripId": G(lambda f: f.uuid()),
            "originLat": Y(lambda f: round(f.r.uniform(-33.6, 40.9), 6), "geolocation"),
            "originLng": Y(lambda f: round(f.r.uniform(-74.3, -9.1), 6), "geolocation"),
            "destinationQuery": P(
                "JFK Airport", "Aeroporto de Lisboa", "Costanera Center", "Atlantic City", "Porto"
            ),
            "estimatedTolls": money(0, 40),
            "routeName": P("NJ Turnpike", "A1", "Costanera Norte", "Garden State Pkwy"),
            "avoidTolls": boolean(),
        },
    ),
    (
        "track",
        "Toll Calculator Used",
        ["web"],
        {
            "from": P("Newark Airport", "Philadelphia", "Lisboa", "Porto", "Santiago Centro", "Baltimore"),
            "to": P("New York, NY", "Atlantic City", "Coimbra", "Faro", "Aeropuerto SCL", "Wilmington"),
            "vehicleClass": P("1", "2", "3"),
            "estimatedCost": money(0, 60),
            "paymentType": P("transponder", "toll_by_mail", "cash"),
        },
    ),
    (
        "track",
        "Gantry Info Viewed",
        ["flutter", "rn"],
        {
            "gantry": {
                "id": G(lambda f: f.pick(["G", "P", "PA"]) + str(f.r.randint(1, 99))),
                "name": P(*CL_PORTICOS, *PT_PORTAGENS),
                "lat": G(lambda f: f.pick([-33.4172, -33.4098, 38.6916, 38.7592, -33.3858])),
                "lng": G(lambda f: f.pick([-70.5987, -70.5762, -9.1775, -9.0996, -70.5417])),
                "highway": P(*CL_AUTOPISTAS, *PT_AUTOESTRADAS),
            },
        },
    ),
    (
        "screen",
        "Trip History",
        APPS,
        {
            "filterRange": P("7d", "30d", "90d", "custom"),
            "vehicleFilter": P("all", *NICKNAMES),
            "tripsShown": count(0, 120),
            "totalSpent": money(0, 400),
        },
    ),
]

VIOLATIONS = [
    (
        "track",
        "Violation Notice Issued",
        ["python"],
        {
            "notice_number": G(lambda f: "T" + f.digits(10)),
            "violation_date": G(lambda f: f.date(2023, 2024) + "T00:00:00"),
            "plate_number": Y(lambda f: us_plate(f), "license"),
            "plate_state": P(*US_STATES),
            "registered_owner_name": Y(lambda f: full_name(f, "us"), "name"),
            "registered_owner_address": {
                "street": Y(lambda f: us_street(f), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": P(*US_STATES),
                "zip": Y(lambda f: us_zip(f), "zipcode"),
            },
            "amount_due": money(5, 150),
            "admin_fee": P(0, 5, 25, 50),
            "due_date": G(lambda f: f.date(2024, 2025) + "T00:00:00"),
            "notice_level": P("First Notice", "Second Notice", "Final Notice", "Collections"),
            "dmv_lookup_source": P("NJMVC", "NYDMV", "PennDOT", "NLETS"),
        },
    ),
    (
        "track",
        "Pay By Plate Searched",
        ["web"],
        {
            "q": Y(lambda f: us_plate(f), "license", True),
            "state": P(*US_STATES),
            "resultsCount": count(0, 6),
            "searchType": P("plate", "plate_and_notice"),
        },
    ),
    (
        "track",
        "Notice Searched",
        ["web"],
        {
            "text": G(lambda f: f.pick(["T" + f.digits(10), "T" + f.digits(10), f.digits(10)])),
            "resultsCount": count(0, 2),
            "searchType": P("notice", "invoice"),
        },
    ),
    (
        "track",
        "Violation Paid",
        ["web", "swift"],
        {
            "noticeNumber": G(lambda f: "T" + f.digits(10)),
            "amountPaid": money(5, 200),
            "paidWith": P("card", "ach", "apple_pay", "google_pay"),
            "lateFee": P(0, 5, 25),
            "plate": Y(lambda f: us_plate(f), "license"),
            "convenienceFee": P(0, 1.5, 2.95),
            "confirmationCode": G(lambda f: letters(f, 3) + f.digits(7)),
            "noticesPaid": count(1, 5),
        },
    ),
    (
        "track",
        "Aviso de Cobrança Enviado",
        ["php"],
        {
            "numero_aviso": G(lambda f: "AC" + f.digits(11)),
            "matricula": Y(lambda f: pt_plate(f), "license"),
            "proprietario_nome": Y(lambda f: full_name(f, "pt"), "name"),
            "proprietario_morada": Y(
                lambda f: f"{pt_street(f)}, {pt_postcode(f)} {f.pick(PT_CITIES)}", "address"
            ),
            "proprietario_nif": RED(lambda f: nif(f), "national id"),
            "valor_em_divida": money(1, 300),
            "custos_administrativos": P(2.5, 5, 12.5),
            "prazo_pagamento": G(lambda f: f.date(2024, 2025)),
            "canal_envio": P("CTT", "email", "ViaCTT"),
            "email_destinatario": Y(lambda f: email(f, "pt"), "email"),
        },
    ),
    (
        "track",
        "Infracción Notificada",
        ["java"],
        {
            "folio": G(lambda f: f.digits(10)),
            "patente": Y(lambda f: cl_plate(f), "license"),
            "nombre_propietario": Y(lambda f: full_name(f, "cl"), "name"),
            "rut_propietario": RED(lambda f: rut(f), "national id"),
            "direccion_propietario": Y(lambda f: cl_street(f), "address"),
            "comuna": Y(lambda f: f.pick(CL_COMUNAS), "city"),
            "monto_multa": G(lambda f: f.pick([32_000, 64_000, 96_000, 160_000])),
            "juzgado_policia_local": P("1er JPL de Providencia", "2do JPL de Las Condes", "JPL de Maipú"),
            "fecha_infraccion": G(lambda f: cl_datetime(f)),
            "estado": P("notificada", "pagada", "en_cobranza"),
        },
    ),
]

DISPUTES = [
    (
        "track",
        "Dispute Submitted",
        ["web", "swift", "kotlin"],
        {
            "disputeId": G(lambda f: "DSP-" + f.digits(7)),
            "noticeNumber": G(lambda f: "T" + f.digits(10)),
            "reason": P("vehicle_sold", "plate_misread", "stolen", "rental", "already_paid"),
            "comment": Y(lambda f: dispute_comment(f), "license", True),
            "evidencePhotos": Many(Y(lambda f: photo_url(f, "upload"), "photo"), 3),
            "attachmentsCount": count(0, 3),
            "contactPreference": P("email", "phone", "mail"),
            "contactEmail": Y(lambda f: email(f), "email"),
            "contactPhone": Y(lambda f: phone(f), "phone"),
            "submittedVia": P("web", "app"),
        },
    ),
    (
        "track",
        "Vehicle Sale Reported",
        ["web"],
        {
            "saleDate": G(lambda f: f.date(2023, 2024)),
            "buyerName": Y(lambda f: full_name(f), "name"),
            "buyerAddress": Y(lambda f: home_address(f), "address"),
            "buyerPhone": Y(lambda f: phone(f), "phone"),
            "plateNumber": Y(lambda f: plate(f), "license"),
            "billOfSaleUploaded": boolean(),
            "billOfSaleUrl": Y(lambda f: photo_url(f, "upload"), "photo"),
        },
    ),
    (
        "track",
        "Dispute Resolved",
        ["ruby"],
        {
            "dispute_id": G(lambda f: "DSP-" + f.digits(7)),
            "outcome": P("upheld", "dismissed", "partial_refund"),
            "refund_amount": money(0, 120),
            "reviewer_name": Y(lambda f: full_name(f), "name"),
            "reviewer_id": G(lambda f: "agt_" + f.digits(4)),
            "resolution_note": P(*RESOLUTION_NOTES),
            "resolved_at": when(),
            "sla_hours": count(2, 240),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": P(
                    "Charged twice at Exit 13",
                    "Transponder not reading",
                    "Update payment card",
                    "Cobrança duplicada",
                    "TAG no funciona",
                ),
                "description": Y(lambda f: ticket_description(f), "phone", True),
                "priority": P("low", "normal", "high", "urgent"),
                "status": P("new", "open"),
                "tags": Many(P("billing", "hardware", "dispute", "vip", "pt", "cl"), 3),
                "via": {"channel": P("web", "email", "mobile", "voice")},
                "requester": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: email(f), "email"),
                },
                "assignee": {
                    "name": Y(lambda f: full_name(f), "name"),
                    "email": Y(lambda f: staff_email(f), "email"),
                },
                "group": P("Tier 1", "Billing", "Fleet Desk", "Apoio PT", "Soporte CL"),
            },
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "rn", "swift"],
        {
            "conversationId": G(lambda f: f.uuid()),
            "text": P(*CHAT_TEXT),
            "attachments": count(0, 2),
            "sender": P("customer"),
            "botHandled": boolean(),
        },
    ),
    (
        "track",
        "Account Note Added",
        ["ruby"],
        {
            "note_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "note": Y(lambda f: callback_note(f), "phone", True),
            "author": Y(lambda f: full_name(f), "name"),
            "note_type": P("Callback", "General", "Escalation"),
            "pinned": boolean(),
            "created_at": when(),
        },
    ),
    (
        "track",
        "Account Lookup",
        ["java"],
        {
            "input": RED(lambda f: rut(f), "national id", True),
            "lookupType": G(lambda f: "rut"),
            "matches": count(0, 2),
            "agentId": G(lambda f: "agt_" + f.digits(4)),
            "channel": P("ivr", "agent", "kiosk"),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["python"],
        {
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "dob_match": boolean(),
            "verification_provider": P("LexisNexis", "Experian"),
            "result": P("pass", "fail", "review"),
            "reason": P("collections_payment_plan", "refund_over_limit", "account_takeover_check"),
            "attempts": count(1, 3),
        },
    ),
]

FLEET = [
    (
        "group",
        None,
        ["dotnet"],
        {
            "Name": P(
                "Garden State Logistics LLC",
                "Hudson Valley Plumbing",
                "Transportes Ribeiro Lda",
                "Transportes Andes SpA",
                "Metro Courier Inc",
                "Blue Ridge Movers",
            ),
            "Industry": P("Logistics", "Construction", "Rideshare", "Delivery"),
            "Employees": count(5, 800),
            "FleetSize": count(3, 400),
            "Plan": P("Fleet Basic", "Fleet Pro", "Fleet Enterprise"),
            "TaxId": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "Phone": P("(201) 555-0188", "+351 210 000 431", "+56 2 2940 1100", "(732) 555-0102"),
            "BillingEmail": P("ap@gslogistics.com", "fleet@metrocourier.com", "contabilidade@tribeiro.pt"),
            "Address": {
                "Street": P("400 Meadowlands Pkwy", "Rua da Indústria 12", "Av. Américo Vespucio 1501"),
                "City": P("Secaucus", "Maia", "Pudahuel"),
                "State": P("NJ", "Porto", "RM"),
                "PostalCode": P("07094", "4470-211", "9020000"),
            },
            "BillingContact": {
                "Name": Y(lambda f: full_name(f), "name"),
                "Email": Y(lambda f: email(f), "email"),
                "Phone": Y(lambda f: phone(f), "phone"),
            },
            "CreatedAt": when(),
        },
    ),
    (
        "group",
        None,
        ["node"],
        {
            "company_name": P("Garden State Logistics LLC", "Transportes Ribeiro Lda", "Metro Courier Inc"),
            "fleet_size": count(3, 400),
            "account_tier": P("smb", "mid_market", "enterprise"),
            "industry": P("logistics", "delivery", "construction"),
            "account_manager": Y(lambda f: full_name(f), "name"),
            "usdot_number": G(lambda f: f.digits(7)),
            "nipc": G(lambda f: nif(f, company=True)),
            "rut_empresa": G(lambda f: rut(f, company=True)),
            "country": P("US", "PT", "CL"),
        },
    ),
    (
        "track",
        "Fleet Driver Added",
        ["web", "rn"],
        {
            "driverId": G(lambda f: f.uuid()),
            "firstName": Y(lambda f: first(f), "name"),
            "lastName": Y(lambda f: last(f), "name"),
            "email": Y(lambda f: email(f), "email"),
            "mobile": Y(lambda f: phone(f), "phone"),
            "employeeNumber": G(lambda f: "E" + f.digits(5)),
            "driversLicenseNumber": Y(lambda f: f.pick([us_dl, pt_carta])(f), "license"),
            "licenseState": P(*US_STATES, "PT"),
            "assignedVehicles": Many(G(lambda f: f.uuid()), 3),
            "costCenter": P("CC-100", "CC-210", "OPS-NORTH"),
            "spendingLimit": P(100, 250, 500, 1000),
            "role": P("driver", "fleet_admin", "viewer"),
            "invitedBy": Y(lambda f: email(f), "email"),
        },
    ),
    (
        "track",
        "Fleet Report Exported",
        ["web"],
        {
            "reportType": P("passages_by_driver", "spend_by_vehicle", "violations"),
            "dateRange": P("last_month", "last_quarter", "ytd"),
            "format": P("csv", "xlsx", "pdf"),
            "rowCount": count(10, 40000),
            "includeDriverNames": boolean(),
            "recipients": Many(Y(lambda f: email(f), "email"), 3),
            "scheduled": boolean(),
        },
    ),
    (
        "track",
        "Fleet Driver Invited",
        ["php"],
        {
            "driver_name": Y(lambda f: full_name(f, "pt"), "name"),
            "driving_licence_number": Y(lambda f: pt_carta(f), "license"),
            "driver_mobile": Y(lambda f: pt_phone(f), "phone"),
            "plates": Many(Y(lambda f: pt_plate(f), "license"), 3),
            "cost_centre": P("Lisboa Norte", "Porto", "Distribuição"),
            "company": P("Transportes Ribeiro Lda", "Frota Verde SA", "Entregas Rápidas Unipessoal"),
            "company_nipc": G(lambda f: nif(f, company=True)),
            "monthly_limit": P(100, 200, 500),
        },
    ),
    (
        "track",
        "fleet-vehicle-assigned",
        ["node"],
        {
            "fleet-id": G(lambda f: "FL" + f.digits(6)),
            "vehicle-id": G(lambda f: f.uuid()),
            "plate-number": Y(lambda f: plate(f), "license"),
            "driver-name": Y(lambda f: full_name(f), "name"),
            "driver-employee-id": G(lambda f: "E" + f.digits(5)),
            "assigned-at": when(),
            "odometer-km": count(1000, 350000),
            "obu-serial": Y(lambda f: obu_serial(f), "serial"),
            "fuel-card-last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
]

DISCOUNTS = [
    (
        "track",
        "Discount Application Submitted",
        ["web", "python"],
        {
            "applicationId": G(lambda f: f.uuid()),
            "discountProgram": P("resident", "commuter", "senior", "low_income", "carpool"),
            "applicantName": Y(lambda f: full_name(f), "name"),
            "applicantEmail": Y(lambda f: email(f), "email"),
            "dateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "residenceAddress": Y(lambda f: home_address(f), "address"),
            "residentZone": P("Staten Island", "Rockaway", "Grand Island", "Zona Ponte 25 de Abril"),
            "proofType": P("utility_bill", "lease", "property_tax", "voter_registration"),
            "householdSize": count(1, 6),
            "ageBand": P("18-64", "65+"),
            "documentsUploaded": count(1, 3),
        },
    ),
    (
        "track",
        "Disability Exemption Requested",
        ["web", "swift"],
        {
            "requestId": G(lambda f: f.uuid()),
            "hasDisabilityPlacard": RED(lambda f: f.pick([True, False]), "disability"),
            "placardNumber": RED(lambda f: f.pick(["PL" + f.digits(7), f.digits(8)]), "disability"),
            "isDisabledVeteran": RED(lambda f: f.pick([True, False]), "veteran|disability"),
            "wheelchairAccessibleVehicle": RED(lambda f: f.pick([True, False]), "disability"),
            "driversLicenseNumber": Y(lambda f: us_dl(f), "license"),
            "certifyingPhysician": Y(lambda f: "Dr. " + full_name(f, "us"), "name"),
            "vehicleCount": count(1, 2),
            "certificateUploaded": boolean(),
        },
    ),
    (
        "track",
        "Desconto Pedido",
        ["php"],
        {
            "tipo_desconto": P("residente", "frequente", "incapacidade"),
            "grau_incapacidade": RED(lambda f: f.pick([60, 65, 70, 80, 95]), "disability"),
            "freguesia_residencia": Y(lambda f: f.pick(PT_PARISHES), "city"),
            "numero_cartao_cidadao": RED(lambda f: cartao_cidadao(f), "national id"),
            "matricula": Y(lambda f: pt_plate(f), "license"),
            "data_pedido": G(lambda f: pt_datetime(f)),
            "estado": P("submetido", "em_analise", "aprovado"),
        },
    ),
]

MISC = [
    (
        "track",
        "Day Pass Purchased",
        ["go"],
        {
            "plate": Y(lambda f: f.pick([cl_plate, pt_plate, us_plate])(f), "license"),
            "document_type": P("rut", "pasaporte"),
            "document_number": RED(
                lambda f: f.pick([rut(f), f.pick(["P", "F", "X", "C"]) + f.digits(8)]), "national id|passport"
            ),
            "buyer_name": Y(lambda f: full_name(f), "name"),
            "buyer_email": Y(lambda f: email(f), "email"),
            "buyer_phone": Y(lambda f: f.pick([cl_phone, us_phone, pt_phone])(f), "phone"),
            "travel_date": G(lambda f: f.date(2024, 2024)),
            "amount_clp": G(lambda f: f.r.randint(1500, 95_000)),
            "highways": Many(P(*CL_AUTOPISTAS), 4),
            "payment_channel": P("Webpay", "PAC", "PAT", "Khipu"),
            "transaction_number": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Rental Toll Registration Created",
        ["ruby"],
        {
            "renter_first_name": Y(lambda f: first(f), "name"),
            "renter_last_name": Y(lambda f: last(f), "name"),
            "renter_email": Y(lambda f: email(f), "email"),
            "renter_phone": Y(lambda f: phone(f), "phone"),
            "rental_company": P("Hertz", "Avis", "Enterprise", "Sixt", "Localiza"),
            "rental_agreement_number": G(lambda f: f.digits(9)),
            "plate": Y(lambda f: us_plate(f), "license"),
            "pickup_location": P("EWR Airport", "JFK Terminal 4", "Lisbon Airport", "SCL Airport"),
            "pickup_date": G(lambda f: f.date(2024, 2024)),
            "return_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Profile Updated",
        ["web", "swift", "kotlin"],
        {
            "changedFields": Many(P("email", "phone", "address", "language"), 3),
            "previousEmail": Y(lambda f: email(f), "email"),
            "newEmail": Y(lambda f: email(f), "email"),
            "newPhone": Y(lambda f: phone(f), "phone"),
            "verificationRequired": boolean(),
        },
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "Caller": Y(
                lambda f: "+" + f.pick(["1" + f.digits(10), "3519" + f.digits(8), "569" + f.digits(8)]),
                "phone",
                True,
            ),
            "Called": P("+18885550142", "+351707500900", "+56226941000"),
            "CallStatus": P("completed", "no-answer", "busy"),
            "CallDuration": G(lambda f: str(f.r.randint(5, 1800))),
            "Direction": G(lambda f: "inbound"),
            "CallerCity": Y(
                lambda f: f.pick(["NEWARK", "YONKERS", "BALTIMORE", "EDISON", "SCRANTON"]), "city"
            ),
            "CallerState": P(*US_STATES),
            "CallerZip": Y(lambda f: us_zip(f)[:5], "zipcode"),
            "CallerCountry": P("US", "PT", "CL"),
            "ivr_selection": P("balance", "violations", "agent", "lost_tag"),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        {
            "provider": P("AppsFlyer", "Branch", "Adjust"),
            "campaign": {
                "source": P("google_ads", "meta", "apple_search_ads"),
                "name": P("tag_activation_us", "via_pt_android", "tag_cl_install"),
                "ad_group": P("brand", "competitor", "generic"),
                "ad_creative": P("video_15s", "static_a", "carousel_b"),
            },
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "install_time": when(),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "customer_user_id": G(lambda f: "usr_" + f.digits(8)),
            "is_retargeting": boolean(),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        APPS,
        {
            "url": G(lambda f: f"tolvia://{f.pick(['notice', 'topup', 'vehicle'])}/{f.digits(8)}"),
            "referring_application": P("com.apple.mobilemail", "com.google.android.gm", "sms"),
        },
    ),
    (
        "track",
        "Statement Downloaded",
        ["web", "swift", "kotlin"],
        {
            "statementId": G(lambda f: "ST-" + f.digits(9)),
            "period": P("2024-01", "2024-02", "2024-03", "2024-04"),
            "format": P("pdf", "csv"),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "page",
        "Account Overview",
        ["web"],
        {
            "path": G(lambda f: f.pick(PAGES)[0]),
            "url": G(lambda f: "https://my.tolvia.com" + f.pick(PAGES)[0]),
            "title": G(lambda f: f.pick(PAGES)[1]),
            "referrer": P("https://www.google.com/", "https://tolvia.com/", ""),
            "search": P("", "?tab=vehicles", "?utm_source=statement_email"),
        },
    ),
    (
        "screen",
        "Dashboard",
        APPS,
        {
            "previousScreen": P("Login", "Vehicles", "Top Up", "Trips"),
            "loadTimeMs": count(120, 4000),
            "lowBalanceBanner": boolean(),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
]

EVENTS = ACCOUNT + VEHICLES + PAYMENTS + PASSAGES + VIOLATIONS + DISPUTES + FLEET + DISCOUNTS + MISC


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict = {
        "type": kind,
        "messageId": f.uuid() if client in APPS or client == "web" else f"{client}-{f.uuid()}",
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["usr_" + f.digits(8), f.digits(9)]),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if kind == "identify" or kind == "group":
        msg["traits"] = render(body, f, "traits", labels)
    elif body:
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if client in ("web", "node") and f.r.random() < 0.3:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=290, repeats=30)
    write(Path(__file__).parent, "holdout290_", events, labels)
