"""Writes the tenth holdout: tests/corpus/holdout10_events.jsonl and holdout10_labels.json.

SEALED: written by an independent tester without opening the detection engine, its vocabularies or
data, the other corpora's labels or build scripts (only build_holdout3.py was read, for the format,
and the helpers imported below), and never scored by its author. It stays unscored until the lead
scores it once, at the end; do not tune anything on it before that.

What it covers: five products instrumented end to end from a tracking plan, as typical customers
send them (not a showcase of exotic cases):
- Fernleaf, a subscription plant and meal-kit shop (US, UK, France): analytics.js, analytics-swift
  and a Python backend relaying Shopify-style orders; a legacy Mixpanel-style `$` profile sync.
- Kora, a neobank (Germany, UK, EU): analytics-swift, analytics-kotlin, Go and Java services
  (KYC, accounts, cards, transfers, an API gateway log with HTTP header keys) and a German
  core-banking system that writes German keys.
- Vela Health, a US telehealth app: analytics_flutter, analytics-react-native, Node and .NET
  (PascalCase) services: intake forms, symptoms, prescriptions, labs, insurance cards.
- Hopr, ride-hailing and food delivery (Mexico, Brazil, India): analytics-kotlin, analytics-swift,
  analytics-react-native, Ruby and PHP backends writing Spanish and Portuguese keys.
- Tallyboard, a B2B SaaS planning tool: analytics.js, Node, Go, Java; group calls, HubSpot and
  Salesforce (`__c`) field conventions, SCIM provisioning payloads, an audit log.
Values come from this module's own generators: names from many cultures (some in native
scripts), addresses of seven countries, phone numbers of nine in national and international formats,
national ids with valid structure (CPF check digits, CURP, RFC, PAN, Steuer-ID), IBANs with
correct mod-97 checks, Luhn-valid cards, tokens and API keys in vendors' real formats.

Labelling rules (the classification a careful privacy owner would choose with the reference's
default colours; written before any score):
- PII is data about an identifiable natural person, whoever it is (customer, driver, clinician,
  sales rep, emergency contact): names (also display names like "Maria G.", Spanish second
  surnames, German salutations count as gender), emails (also work emails), phones, street
  addresses and their parts (house number, flat: `street|address`; neighbourhood: `address`),
  city, postal code, coordinates, IPs, MACs, advertising ids, push tokens (red `token`), device
  serials and VINs (`serial`), licence plates and driving licences (`license`), documents
  (passport, national ids and tax ids of people: red), bank accounts (IBAN, CLABE, account
  numbers, PIX keys: red), full card numbers (red), health data (condition, diagnosis codes,
  medication, allergy, procedure incl. lab tests and surgeries, health insurance member ids),
  race, ethnicity, religion, sexual orientation, veteran and disability status (red), salary and
  income bands, photos/avatars/selfies and document scans (`photo`), credentials (passwords,
  bearer tokens, reset tokens, session tokens: `token`; API keys, webhook URLs with a secret
  path: `secret`, `secret|token` when both fit).
- Green: pseudonymous internal ids (user, order, device, instance, session ids, UUIDs, vendor
  record ids), SKUs, versions, timestamps, money, counters, booleans and enums even under
  PII-sounding keys (a verification flag, a strength rating, a document kind, a card brand),
  hashes of identifiers (sha256 of an email), masked cards and last four digits,
  card expiry alone, bank/branch codes (BIC, sort code, IFSC, routing), organisation data
  (company names, VAT ids, revenue, employee counts), product, dish, restaurant, pharmacy and
  page names under `name` keys, job titles, country, region/state, locale, timezone, currency,
  language, clinician specialty, free text that holds no PII, user agents, page URLs.
- Also PII: residence permits and their category (red `visa`), certificate numbers
  (`certificate`), partial SSNs (red), smoking status (`condition`).
- `value_only: true` when the key does not name the kind of data (a recipient, a message, a
  login, an input, a URL, a header, a device address ...); then every value of that path holds
  that PII (free text always contains it).
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

NAMES = {
    "en": (
        ["Emily", "James", "Olivia", "Ethan", "Hannah", "Marcus", "Grace", "Tyler", "Siobhan", "Declan"],
        ["Carter", "O'Connor", "Bennett", "Hughes", "Walsh", "Fletcher", "Reyes", "Brooks", "Kavanagh"],
    ),
    "de": (
        ["Lukas", "Anna", "Jürgen", "Leonie", "Felix", "Marlene", "Tobias", "Katrin"],
        ["Schneider", "Weber", "Höfler", "Brandt", "Krüger", "Vogel", "Zimmermann", "Becker"],
    ),
    "es": (
        ["Ximena", "Santiago", "María José", "Diego", "Valentina", "Alejandro", "Guadalupe", "Emiliano"],
        ["Hernández", "Ramírez", "López", "Gutiérrez", "Morales", "Vázquez", "Castillo", "Ortega"],
    ),
    "pt": (
        ["João Pedro", "Ana Beatriz", "Thiago", "Larissa", "Gabriel", "Fernanda", "Rafael", "Camila"],
        ["Oliveira", "Santos", "Costa", "Pereira", "Almeida", "Carvalho", "Ribeiro", "Souza"],
    ),
    "fr": (
        ["Camille", "Théo", "Manon", "Hugo", "Léa", "Mathis", "Inès", "Baptiste"],
        ["Lefèvre", "Girard", "Moreau", "Fontaine", "Rousseau", "Chevalier", "Lambert", "Faure"],
    ),
    "ja": (
        ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"],
        ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Kobayashi", "Matsumoto"],
    ),
    "in": (
        ["Aarav", "Ananya", "Priyanka", "Vikram", "Ishaan", "Meera", "Rohan", "Kavya"],
        ["Sharma", "Iyer", "Reddy", "Nair", "Banerjee", "Menon", "Gupta", "Kulkarni"],
    ),
    "wa": (
        ["Chinedu", "Ngozi", "Kofi", "Ama", "Oluwaseun", "Adaeze", "Kwabena", "Folake"],
        ["Okeke", "Adeyemi", "Boateng", "Owusu", "Adebayo", "Eze", "Mensah", "Balogun"],
    ),
    "zh": (["Wei", "Fang", "Min", "Jun", "Xiaoling", "Hao"], ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang"]),
    "ar": (
        ["Youssef", "Layla", "Omar", "Nour", "Karim", "Salma"],
        ["El Amrani", "Haddad", "Farouk", "Nasser", "Khalil", "Mansour"],
    ),
    "ko": (["Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun"], ["Park", "Kim", "Lee", "Choi"]),
    "pl": (["Zofia", "Jakub", "Agnieszka", "Mateusz"], ["Nowak", "Wiśniewski", "Kowalczyk", "Wójcik"]),
    "tr": (["Elif", "Emre", "Zeynep", "Burak"], ["Yılmaz", "Demir", "Şahin", "Çelik"]),  # noqa: RUF001
    "vi": (["Lan", "Minh", "Thảo", "Quang"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
}
NATIVE = ["山田 太郎", "佐藤 花子", "김민준", "이서연", "王芳", "李伟", "Дмитрий Волков", "Анна Смирнова"]
ALL_NAME_PARTS = sorted(
    {p for firsts, lasts in NAMES.values() for p in firsts + lasts} | {p for n in NATIVE for p in n.split()}
)
REGION_CULTURES = {
    "US": ["en", "en", "es", "in", "zh", "wa", "ko", "vi", "ar"],
    "GB": ["en", "en", "in", "wa", "pl", "ar", "zh"],
    "DE": ["de", "de", "de", "tr", "pl", "ar", "en"],
    "FR": ["fr", "fr", "ar", "wa", "vi"],
    "MX": ["es"],
    "BR": ["pt", "pt", "ja"],
    "IN": ["in"],
    "ANY": list(NAMES),
}


def digits(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def alnum(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def person(f: Fake, region: str = "ANY") -> tuple[str, str]:
    firsts, lasts = NAMES[f.pick(REGION_CULTURES[region])]
    first, last = f.pick(firsts), f.pick(lasts)
    if last in NAMES["es"][1]:
        last = f"{last} {f.pick(NAMES['es'][1])}"
    return first, last


def first_name(f: Fake, region: str = "ANY") -> str:
    return person(f, region)[0]


def last_name(f: Fake, region: str = "ANY") -> str:
    return person(f, region)[1]


def full_name(f: Fake, region: str = "ANY") -> str:
    if region == "ANY" and f.r.random() < 0.12:
        return f.pick(NATIVE)
    first, last = person(f, region)
    if last in NAMES["zh"][1] and f.r.random() < 0.5:
        return f"{last} {first}"
    return f"{first} {last}"


def display_name(f: Fake, region: str = "ANY") -> str:
    first, last = person(f, region)
    return f"{first} {last[0]}."


def plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace(" ", "").replace("'", "").replace("-", "")


FREEMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "ANY": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.com"],
}
COMPANY_DOMAINS = ["northpeak.io", "brightlane.co", "helixfreight.com", "quarrybank.de", "mosaic-labs.ai"]


def email(f: Fake, region: str = "ANY", work: bool = False) -> str:
    first, last = person(f, region)
    fi, la = plain(first), plain(last)
    local = f.pick(
        [
            f"{fi}.{la}",
            f"{fi}{la}{f.r.randint(1, 99)}",
            f"{fi[0]}{la}",
            f"{fi}_{la[:4]}{f.r.randint(70, 99)}",
            f"{la}.{fi}+orders",
            f"{fi}{f.r.randint(1980, 2004)}",
        ]
    )
    if work:
        return f"{fi}.{la}@{f.pick(COMPANY_DOMAINS)}"
    return f"{local}@{f.pick(FREEMAIL[region])}"


def phone(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["US", "GB", "DE", "FR", "MX", "BR", "IN", "JP", "NG"])
    if cc == "US":
        a, e, line = f.r.randint(201, 989), f.r.randint(200, 999), digits(f, 4)
        return f.pick([f"+1{a}{e}{line}", f"({a}) {e}-{line}", f"{a}-{e}-{line}", f"+1 {a}-{e}-{line}"])
    if cc == "GB":
        a, b = digits(f, 3), digits(f, 6)
        return f.pick([f"+44 7{a} {b}", f"07{a} {b}", f"+447{a}{b}"])
    if cc == "DE":
        p = f.pick(["151", "152", "157", "160", "170", "176"])
        return f.pick(
            [
                f"+49 {p} {digits(f, 8)}",
                f"0{p} {digits(f, 8)}",
                f"+49 30 {digits(f, 8)}",
                f"+49{p}{digits(f, 8)}",
            ]
        )
    if cc == "FR":
        parts = " ".join(digits(f, 2) for _ in range(4))
        m = f.pick(["6", "7"])
        return f.pick([f"+33 {m} {parts}", f"0{m} {parts}", f"+33{m}{parts.replace(' ', '')}"])
    if cc == "MX":
        a, b = digits(f, 4), digits(f, 4)
        area = f.pick(["55", "33", "81"])
        return f.pick(
            [f"+52 {area} {a} {b}", f"{area} {a} {b}", f"+52 1 {area} {a} {b}", f"({area}) {a}-{b}"]
        )
    if cc == "BR":
        a, b = digits(f, 4), digits(f, 4)
        ddd = f.pick(["11", "21", "31"])
        return f.pick([f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}"])
    if cc == "IN":
        a, b = digits(f, 4), digits(f, 5)
        m = f.pick(["9", "8", "7"])
        return f.pick([f"+91 {m}{a} {b}", f"+91-{m}{a}{b}", f"0{m}{a} {b}"])
    if cc == "JP":
        a, b = digits(f, 4), digits(f, 4)
        m = f.pick(["90", "80", "70"])
        return f.pick([f"0{m}-{a}-{b}", f"+81 {m}-{a}-{b}", f"0{m}{a}{b}"])
    a, b = digits(f, 3), digits(f, 4)
    m = f.pick(["803", "806", "813", "703"])
    return f.pick([f"+234 {m} {a} {b}", f"0{m} {a} {b}", f"+234{m}{a}{b}"])


def region_phone(region: str):
    def gen(f: Fake) -> str:
        return phone(f, region if region != "ANY" else None)

    return gen


US_CITIES = [
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Columbus", "OH", "432"),
    ("Brooklyn", "NY", "112"),
    ("Oakland", "CA", "946"),
    ("Denver", "CO", "802"),
    ("Raleigh", "NC", "276"),
    ("Tucson", "AZ", "857"),
]
UK_CITIES = [
    ("London", "N1"),
    ("Manchester", "M14"),
    ("Bristol", "BS6"),
    ("Leeds", "LS6"),
    ("Cardiff", "CF24"),
]
DE_CITIES = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Leipzig", "04")]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Nantes", "4400"), ("Lille", "5900")]
MX_CITIES = [("Ciudad de México", "CDMX"), ("Guadalajara", "JAL"), ("Monterrey", "NL"), ("Puebla", "PUE")]
BR_CITIES = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR")]
IN_CITIES = [
    ("Bengaluru", "KA", "560"),
    ("Mumbai", "MH", "400"),
    ("Chennai", "TN", "600"),
    ("Pune", "MH", "411"),
]

US_STREETS = ["Maple", "Cedar", "Lincoln", "Highland", "Willow", "Lakeview", "Franklin"]
US_SUFFIXES = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct"]
UK_STREETS = ["Albion Road", "Kingsley Road", "Victoria Street", "Church Lane", "Mill Lane", "Hawthorn Close"]
DE_STREETS = ["Hauptstraße", "Bergmannstr.", "Schillerstraße", "Lindenallee", "Am Markt", "Kastanienweg"]
FR_STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue de la République",
    "impasse des Tilleuls",
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Durango",
    "Av. Álvaro Obregón",
    "Calle Zacatecas",
    "Av. Revolución",
]


def address(f: Fake, cc: str) -> dict:
    n = f.r.randint(1, 240)
    if cc == "US":
        city, state, z = f.pick(US_CITIES)
        street = f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)} {f.pick(US_SUFFIXES)}"
        return {
            "street": street,
            "line2": f.pick(["Apt 4B", "Unit 12", "Suite 210", "#3"]),
            "city": city,
            "state": state,
            "zip": z + digits(f, 2),
            "country": "US",
        }
    if cc == "GB":
        city, pc = f.pick(UK_CITIES)
        street = f"{n} {f.pick(UK_STREETS)}"
        post = f"{pc} {f.r.randint(1, 9)}{alnum(f, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return {
            "street": street,
            "line2": f"Flat {f.r.randint(1, 30)}",
            "city": city,
            "state": "England",
            "zip": post,
            "country": "GB",
        }
    if cc == "DE":
        city, plz = f.pick(DE_CITIES)
        house = f"{n}{f.pick(['', '', 'a', 'b'])}"
        street = f"{f.pick(DE_STREETS)} {house}"
        return {
            "street": street,
            "line2": f.pick(["3. OG links", "Hinterhaus", "c/o Weber"]),
            "city": city,
            "state": "",
            "zip": plz + digits(f, 5 - len(plz)),
            "country": "DE",
            "house": house,
        }
    if cc == "FR":
        city, cp = f.pick(FR_CITIES)
        street = f"{n} {f.pick(FR_STREETS)}"
        return {
            "street": street,
            "line2": f"Bât. {f.pick('ABC')}, esc. {f.r.randint(1, 4)}",
            "city": city,
            "state": "",
            "zip": cp + digits(f, 5 - len(cp)),
            "country": "FR",
        }
    if cc == "MX":
        city, state = f.pick(MX_CITIES)
        street = f"{f.pick(MX_STREETS)} {f.r.randint(10, 1999)}"
        return {
            "street": street,
            "line2": f"Int. {f.r.randint(1, 12)}",
            "city": city,
            "state": state,
            "zip": f"{f.r.randint(1, 9):02d}{digits(f, 3)}",
            "country": "MX",
            "colonia": "Col. "
            + f.pick(["Roma Norte", "Condesa", "Del Valle", "Narvarte", "Polanco", "Coyoacán"]),
        }
    if cc == "BR":
        city, uf = f.pick(BR_CITIES)
        return {
            "street": f.pick(
                ["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Rua da Consolação", "Av. Atlântica"]
            ),
            "number": str(f.r.randint(10, 2999)),
            "line2": f"Apto {f.r.randint(11, 184)}",
            "city": city,
            "state": uf,
            "zip": f"{digits(f, 5)}-{digits(f, 3)}",
            "country": "BR",
            "bairro": f.pick(["Consolação", "Jardins", "Pinheiros", "Copacabana", "Vila Madalena", "Moema"]),
        }
    city, state, pin = f.pick(IN_CITIES)
    street = f"{n}, {f.pick(['MG Road', 'Residency Road', 'Linking Road', 'Anna Salai', 'FC Road'])}"
    return {
        "street": street,
        "line2": f"Flat {f.r.randint(1, 20)}{f.pick('ABCD')}, {f.pick(['Lotus', 'Sobha'])} Residency",
        "city": city,
        "state": state,
        "zip": pin + digits(f, 3),
        "country": "IN",
    }


def one_line(f: Fake, cc: str) -> str:
    a = address(f, cc)
    if cc == "US":
        return f"{a['street']}, {a['line2']}, {a['city']}, {a['state']} {a['zip']}"
    if cc in ("DE", "FR"):
        return f"{a['street']}, {a['zip']} {a['city']}"
    if cc == "GB":
        return f"{a['line2']}, {a['street']}, {a['city']} {a['zip']}"
    if cc == "MX":
        return f"{a['street']}, {a['colonia']}, {a['zip']} {a['city']}, {a['state']}"
    if cc == "BR":
        return f"{a['street']}, {a['number']} - {a['bairro']}, {a['city']} - {a['state']}, {a['zip']}"
    return f"{a['line2']}, {a['street']}, {a['city']} {a['zip']}"


def addr_part(cc_choices: list[str], part: str):
    def gen(f: Fake) -> str:
        return address(f, f.pick(cc_choices))[part]

    return gen


def line(cc_choices: list[str]):
    def gen(f: Fake) -> str:
        return one_line(f, f.pick(cc_choices))

    return gen


def lat(f: Fake, cc: str = "MX") -> float:
    centre = {
        "MX": (19.43, -99.13),
        "BR": (-23.55, -46.63),
        "IN": (12.97, 77.59),
        "US": (30.27, -97.74),
        "DE": (52.52, 13.40),
    }[cc]
    return round(centre[0] + f.r.uniform(-0.15, 0.15), 6)


def lng(f: Fake, cc: str = "MX") -> float:
    centre = {
        "MX": (19.43, -99.13),
        "BR": (-23.55, -46.63),
        "IN": (12.97, 77.59),
        "US": (30.27, -97.74),
        "DE": (52.52, 13.40),
    }[cc]
    return round(centre[1] + f.r.uniform(-0.15, 0.15), 6)


IBAN_BBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n23",
    "NL": "a4n10",
    "ES": "n20",
    "IT": "a1n22",
    "IE": "a4n14",
    "PT": "n21",
    "BE": "n12",
    "AT": "n16",
}
BANK_CODES = {"GB": ["NWBK", "BARC", "MIDL", "LOYD"], "NL": ["ABNA", "INGB", "RABO"], "IE": ["AIBK", "BOFI"]}


def iban(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(list(IBAN_BBAN))
    spec = IBAN_BBAN[cc]
    if spec.startswith("a4"):
        bban = f.pick(BANK_CODES[cc]) + digits(f, int(spec[3:]))
    elif spec.startswith("a1"):
        bban = f.r.choice(string.ascii_uppercase) + digits(f, int(spec[3:]))
    else:
        bban = digits(f, int(spec[1:]))
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def luhn_complete(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial + "0")):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def card(f: Fake) -> str:
    prefix, length = f.pick([("4", 16), ("53", 16), ("2223", 16), ("37", 15), ("6011", 16), ("3530", 16)])
    number = luhn_complete(prefix + digits(f, length - len(prefix) - 1))
    style = f.r.randint(0, 2)
    if style == 0:
        return number
    sep = " " if style == 1 else "-"
    if length == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def cpf(f: Fake) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        base.append(0 if s % 11 < 2 else 11 - s % 11)
    raw = "".join(map(str, base))
    return f.pick([raw, f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"])


URLSAFE = string.ascii_letters + string.digits + "-_"
CONSONANTS = "BCDFGHJKLMNPRSTVZ"


def curp(f: Fake) -> str:
    up = string.ascii_uppercase
    yy, mm, dd = f.r.randint(60, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    head = f.r.choice(CONSONANTS) + f.r.choice("AEIOU") + f.r.choice(up) + f.r.choice(up)
    tail = "".join(f.r.choice(CONSONANTS) for _ in range(3))
    state = f.pick(["DF", "JC", "NL", "PL", "MC"])
    return f"{head}{yy:02d}{mm:02d}{dd:02d}{f.pick('HM')}{state}{tail}{f.r.randint(0, 9)}{f.r.randint(0, 9)}"


def rfc(f: Fake) -> str:
    up = string.ascii_uppercase
    yy, mm, dd = f.r.randint(60, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    return f"{alnum(f, 4, up)}{yy:02d}{mm:02d}{dd:02d}{alnum(f, 3, up + string.digits)}"


def indian_pan(f: Fake) -> str:
    up = string.ascii_uppercase
    return f"{alnum(f, 3, up)}P{f.r.choice(up)}{digits(f, 4)}{f.r.choice(up)}"


def steuer_id(f: Fake) -> str:
    raw = str(f.r.randint(1, 9)) + digits(f, 10)
    return f.pick([raw, f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"])


def de_id_card(f: Fake) -> str:
    return f.r.choice("LMNPRTVWXY") + alnum(f, 8, "CFGHJKLMNPRTVWXYZ0123456789")


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            "C" + digits(f, 8),  # DE (new series)
            digits(f, 9),  # GB / US
            f.r.choice("ACDJKLMNPRSTUVWZ") + digits(f, 7),  # IN
            f.pick(["FZ", "GA", "YB"]) + digits(f, 6),  # BR
            f"{f.r.randint(10, 24)}{alnum(f, 2, string.ascii_uppercase)}{digits(f, 5)}",  # FR
        ]
    )


def residence_permit(f: Fake) -> str:
    return f.pick(["Y", "X"]) + alnum(f, 8, "CFGHJKLMNPRTVWXYZ0123456789")


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


def member_id(f: Fake) -> str:
    up = "ACDEFGHJKMNPQRTUVWXY"
    return f.pick(
        [
            "W" + digits(f, 9),
            f"{alnum(f, 3, string.ascii_uppercase)}{digits(f, 9)}",
            f"{f.r.randint(1, 9)}{f.r.choice(up)}{alnum(f, 1, up + string.digits)}{f.r.randint(0, 9)}-"
            f"{f.r.choice(up)}{alnum(f, 1, up + string.digits)}{f.r.randint(0, 9)}-"
            f"{f.r.choice(up)}{f.r.choice(up)}{f.r.randint(0, 9)}{f.r.randint(0, 9)}",  # Medicare MBI
        ]
    )


def vin(f: Fake) -> str:
    return alnum(f, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def mx_plate(f: Fake) -> str:
    return f"{alnum(f, 3, string.ascii_uppercase)}-{digits(f, 3)}-{f.r.choice(string.ascii_uppercase)}"


def mac(f: Fake) -> str:
    octets = [f"{f.r.randint(0, 255):02x}" for _ in range(6)]
    return f.pick([":".join(octets), ":".join(octets).upper(), "-".join(octets).upper()])


def ipv4(f: Fake) -> str:
    first = f.pick([23, 31, 45, 62, 77, 81, 92, 104, 138, 177, 186, 189, 201])
    return f"{first}.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"


def ipv6(f: Fake) -> str:
    head = f.pick(["2a02:810d", "2600:1700", "2804:14c", "2405:201", "2a01:cb00"])
    return head + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def any_ip(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.7 else ipv6(f)


def api_secret(f: Fake) -> str:
    return f.pick(
        [
            "sk_live_" + alnum(f, 24),
            "AKIA" + alnum(f, 16, string.ascii_uppercase + string.digits),
            "ghp_" + alnum(f, 36),
            "SG." + alnum(f, 22) + "." + alnum(f, 43),
            "AIza" + alnum(f, 35, string.ascii_letters + string.digits + "-_"),
        ]
    )


def webhook_url(f: Fake) -> str:
    up = string.ascii_uppercase + string.digits
    return f.pick(
        [
            f"https://hooks.slack.com/services/T{alnum(f, 8, up)}/B{alnum(f, 10, up)}/{alnum(f, 24)}",
            f"https://discord.com/api/webhooks/{digits(f, 18)}/{alnum(f, 68, URLSAFE)}",
        ]
    )


def fcm_token(f: Fake) -> str:
    url = string.ascii_letters + string.digits + "-_"
    return f"{alnum(f, 22, url)}:APA91b{alnum(f, 134, url)}"


def apns_token(f: Fake) -> str:
    return f.hexid(64)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sfid(f: Fake, prefix: str) -> str:
    return prefix + "5e0000" + alnum(f, 9)


def date_de(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1950, 2004)}"


def date_br(f: Fake) -> str:
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2003)}"


# -- small template helpers ----------------------------------------------------------------------------


def k(value):
    return G(lambda f: value)


def g(*values):
    return G(lambda f: f.pick(list(values)))


def flag():
    return G(lambda f: f.pick([True, False]))


def count(lo: int = 0, hi: int = 20):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo: float = 1, hi: float = 300):
    return G(lambda f: f.money(lo, hi))


def uid():
    return G(lambda f: f.uuid())


def prefixed(prefix: str, n: int = 8):
    return G(lambda f: prefix + digits(f, n))


def hexid(prefix: str = "", n: int = 24):
    return G(lambda f: prefix + f.hexid(n))


def iso():
    return G(lambda f: f.iso())


def epoch_ms():
    return G(lambda f: f.epoch_ms())


# -- contexts of the client libraries -------------------------------------------------------------------

APPS = {
    "fernleaf": ("Fernleaf", "co.fernleaf.app", "www.fernleaf.co"),
    "kora": ("Kora", "de.kora.bank", "app.kora.bank"),
    "vela": ("Vela Health", "com.velahealth.patient", "my.velahealth.com"),
    "hopr": ("Hopr", "app.hopr.rider", "hopr.app"),
    "tally": ("Tallyboard", "io.tallyboard", "app.tallyboard.io"),
}
PAGES = {
    "fernleaf": [
        ("/", "Fernleaf | Fresh plants & meal kits"),
        ("/checkout", "Checkout"),
        ("/shop/herbs", "Herbs"),
    ],
    "tally": [
        ("/dashboard", "Dashboard - Tallyboard"),
        ("/settings/team", "Team settings"),
        ("/pricing", "Pricing"),
    ],
    "kora": [
        ("/payees/new", "Neuer Empfänger - Kora"),
        ("/transfers", "Überweisungen"),
        ("/settings", "Settings"),
    ],
}
LOCALES = {
    "fernleaf": ["en-US", "en-GB", "fr-FR"],
    "kora": ["de-DE", "en-GB", "en-DE"],
    "vela": ["en-US", "es-US"],
    "hopr": ["es-MX", "pt-BR", "en-IN"],
    "tally": ["en-US", "en-GB", "de-DE"],
}
ZONES = {
    "fernleaf": ["America/New_York", "Europe/London", "Europe/Paris"],
    "kora": ["Europe/Berlin", "Europe/London"],
    "vela": ["America/Chicago", "America/Los_Angeles"],
    "hopr": ["America/Mexico_City", "America/Sao_Paulo", "Asia/Kolkata"],
    "tally": ["America/New_York", "Europe/Berlin"],
}
BROWSER_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def web_ctx(product: str) -> dict:
    _, _, host = APPS[product]

    def page(part):
        def gen(f: Fake):
            path, title = f.pick(PAGES[product])
            return {"path": path, "title": title, "url": f"https://{host}{path}"}[part]

        return gen

    return {
        "library": {"name": k("analytics.js"), "version": g("next-1.70.0", "next-1.72.1", "next-1.74.0")},
        "page": {
            "path": G(page("path")),
            "referrer": g("", "https://www.google.com/", "https://www.instagram.com/", "https://t.co/"),
            "search": g("", "?utm_source=newsletter&utm_medium=email", "?ref=pricing"),
            "title": G(page("title")),
            "url": G(page("url")),
        },
        "userAgent": g(*BROWSER_UAS),
        "userAgentData": {
            "brands": Many(
                {"brand": g("Chromium", "Google Chrome", "Not-A.Brand"), "version": g("124", "99", "123")}, 3
            ),
            "mobile": flag(),
            "platform": g("macOS", "Windows", "Linux"),
        },
        "locale": g(*LOCALES[product]),
        "timezone": g(*ZONES[product]),
        "ip": Y(any_ip, "ip"),
        "campaign": {
            "name": g("spring_sale", "retarget_q2", "brand"),
            "source": g("google", "facebook", "newsletter"),
            "medium": g("cpc", "email", "social"),
            "content": g("hero_banner", "cta_footer"),
        },
    }


def mobile_common(product: str) -> dict:
    name, namespace, _ = APPS[product]
    return {
        "app": {
            "name": k(name),
            "version": g("4.12.0", "4.13.1", "5.0.2"),
            "build": g("41200", "41301", "50002"),
            "namespace": k(namespace),
        },
        "locale": g(*LOCALES[product]),
        "timezone": g(*ZONES[product]),
        "screen": {"width": g(390, 412, 428), "height": g(844, 915, 926)},
    }


def swift_ctx(product: str) -> dict:
    ctx = mobile_common(product)
    ctx.update(
        {
            "device": {
                "id": G(lambda f: f.uuid().upper()),
                "manufacturer": k("Apple"),
                "model": g("iPhone14,5", "iPhone15,3", "iPhone16,2", "iPad13,18"),
                "name": g("iPhone", "iPad"),
                "type": k("ios"),
                "adTrackingEnabled": flag(),
                "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
                "token": RED(apns_token, "token"),
            },
            "library": {"name": k("analytics-swift"), "version": g("1.5.11", "1.6.0")},
            "network": {"wifi": flag(), "cellular": flag(), "bluetooth": flag()},
            "os": {"name": k("iOS"), "version": g("17.4.1", "17.5", "16.7.8")},
            "traits": {"email": Y(lambda f: email(f), "email"), "firstName": Y(first_name, "name")},
        }
    )
    return ctx


def kotlin_ctx(product: str) -> dict:
    ctx = mobile_common(product)
    ctx["screen"]["density"] = g(2.625, 3.0, 2.75)
    cc = "MX" if product == "hopr" else "DE"
    ctx.update(
        {
            "device": {
                "id": hexid("", 16),
                "manufacturer": g("samsung", "Google", "Xiaomi", "motorola"),
                "model": g("SM-A546B", "Pixel 8", "2201117TG", "moto g54 5G"),
                "name": g("a54x", "shiba", "spes", "cancunf"),
                "type": k("android"),
                "adTrackingEnabled": flag(),
                "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            },
            "library": {"name": k("analytics-kotlin"), "version": g("1.15.0", "1.16.3")},
            "instanceId": uid(),
            "network": {
                "wifi": flag(),
                "carrier": g("Telcel", "Vivo", "Jio", "Telekom.de", "O2 - UK"),
                "cellular": flag(),
            },
            "os": {"name": k("Android"), "version": g("13", "14")},
            "userAgent": g(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            ),
            "location": {
                "latitude": Y(lambda f: lat(f, cc), "geolocation"),
                "longitude": Y(lambda f: lng(f, cc), "geolocation"),
                "speed": G(lambda f: round(f.r.uniform(0, 14), 1)),
            },
        }
    )
    return ctx


def flutter_ctx(product: str) -> dict:
    ctx = mobile_common(product)
    ctx.update(
        {
            "device": {
                "id": uid(),
                "manufacturer": g("Apple", "samsung", "Google"),
                "model": g("iPhone15,2", "SM-S918U", "Pixel 7"),
                "type": g("ios", "android"),
            },
            "library": {"name": k("analytics_flutter"), "version": g("1.1.3", "1.1.5")},
            "os": {"name": g("iOS", "Android"), "version": g("17.4", "14")},
            "network": {"wifi": flag(), "cellular": flag()},
            "instanceId": uid(),
        }
    )
    return ctx


def rn_ctx(product: str) -> dict:
    ctx = mobile_common(product)
    region = "MX" if product == "hopr" else "US"
    ctx.update(
        {
            "device": {
                "id": uid(),
                "manufacturer": g("Apple", "samsung", "Xiaomi"),
                "model": g("iPhone13,2", "SM-A146M", "Redmi Note 12"),
                "name": g("iPhone", "a14", "tapas"),
                "type": g("ios", "android"),
            },
            "library": {"name": k("@segment/analytics-react-native"), "version": g("2.17.0", "2.19.1")},
            "os": {"name": g("iOS", "Android"), "version": g("17.3", "13")},
            "network": {"wifi": flag(), "cellular": flag()},
            "traits": {
                "phone": Y(region_phone(region), "phone"),
                "email": Y(lambda f: email(f, region), "email"),
            },
        }
    )
    return ctx


def server_ctx(library: str, version: str, extra: dict | None = None):
    def ctx(product: str) -> dict:
        body = {"library": {"name": k(library), "version": k(version)}, "ip": Y(any_ip, "ip")}
        body.update(extra or {})
        return body

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "flutter": flutter_ctx,
    "rn": rn_ctx,
    "python": server_ctx("analytics-python", "2.3.2"),
    "node": server_ctx(
        "@segment/analytics-node", "2.1.2", {"userAgent": g(*BROWSER_UAS), "groupId": prefixed("org_", 6)}
    ),
    "go": server_ctx("analytics-go", "3.3.0"),
    "java": server_ctx(
        "analytics-java",
        "3.5.1",
        {
            "externalIds": Many(
                {
                    "id": Y(lambda f: email(f, "DE"), "email", True),
                    "type": k("email"),
                    "collection": k("users"),
                    "encoding": k("none"),
                },
                1,
            )
        },
    ),
    "ruby": server_ctx("analytics-ruby", "2.4.3", {"active": k(False)}),
    "dotnet": server_ctx("Segment.Analytics.CSharp", "2.3.5"),
    "php": server_ctx("analytics-php", "3.7.0"),
}

# -- Fernleaf: subscription plants & meal kits ---------------------------------------------------------

FERN_PRODUCTS = [
    "Basil Starter Kit",
    "Fiddle Leaf Fig (M)",
    "Veggie Box - 4 meals",
    "Herb Trio",
    "Family Box - 6 meals",
]
ADDR_TRAITS = {
    "street": Y(addr_part(["US", "GB", "DE", "FR", "MX", "BR", "IN"], "street"), "street"),
    "city": Y(addr_part(["US", "GB", "DE", "FR", "MX", "BR", "IN"], "city"), "city"),
    "state": g("CA", "NY", "TX", "Bayern", "Île-de-France", ""),
    "postalCode": Y(addr_part(["US", "GB", "DE", "FR", "MX", "BR", "IN"], "zip"), "zipcode"),
    "country": g("US", "GB", "DE", "FR", "MX", "BR", "IN"),
}


def line_item():
    return {
        "product_id": prefixed("", 10),
        "sku": G(lambda f: f"FL-{f.pick(['HRB', 'VEG', 'PLT'])}-{digits(f, 4)}"),
        "name": g(*FERN_PRODUCTS),
        "price": money(8, 90),
        "quantity": count(1, 4),
        "category": g("Plants", "Meal kits", "Accessories"),
    }


def gift_message(f: Fake) -> str:
    to, frm = first_name(f), full_name(f)
    return f.pick(
        [
            f"Happy birthday {to}! Enjoy the herbs. Love, {frm}",
            f"For {to} - congrats on the new flat! {frm}",
            f"{to}, something green for your desk. xx {frm}",
        ]
    )


def delivery_note(f: Fake) -> str:
    return f.pick(
        [
            f"If nobody answers leave it with {full_name(f)} next door",
            f"Ring the bell for {full_name(f)}, 2nd floor",
            f"Leave with the concierge ({full_name(f)}) please",
        ]
    )


def support_opening(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, my box didn't arrive. My account email is {email(f)}",
            f"Can you update my email to {email(f)}? thanks",
            f"I was charged twice, please reply to {email(f)}",
        ]
    )


def declined(f: Fake) -> str:
    return f.pick(
        [
            f"card {card(f)} declined: insufficient_funds",
            f"Stripe error for card {card(f)}: do_not_honor",
            f"3DS failed (card={card(f)})",
        ]
    )


def reset_link(f: Fake) -> str:
    return f.pick(
        [
            f"https://www.fernleaf.co/account/reset?token={f.jwt()}",
            f"https://www.fernleaf.co/account/reset?token={alnum(f, 43, URLSAFE)}",
        ]
    )


FERNLEAF = [
    (
        "identify",
        None,
        "web",
        "fernleaf",
        {
            "email": Y(lambda f: email(f, f.pick(["US", "GB", "FR"])), "email"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(lambda f: phone(f, f.pick(["US", "GB", "FR"])), "phone"),
            "createdAt": iso(),
            "plan": g("Starter", "Family", "Chef's Table"),
            "marketingOptIn": flag(),
            "smsOptIn": flag(),
            "referralCode": G(lambda f: "FERN-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "address": ADDR_TRAITS,
            "birthday": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.fernleaf.co/avatars/{f.hexid(12)}/profile.jpg", "photo"),
            "dietaryPreferences": Many(g("vegetarian", "pescatarian", "low-carb", "no restrictions"), 2),
            "householdSize": count(1, 6),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        "fernleaf",
        {
            "signup_method": g("email", "google", "apple"),
            "email_verified": flag(),
            "plan": g("Starter", "Family"),
            "trial_days": g(0, 7, 14),
            "referred_by_code": G(lambda f: "FERN-" + alnum(f, 6, string.ascii_uppercase)),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        "fernleaf",
        {
            "product_id": prefixed("", 10),
            "sku": G(lambda f: f"FL-{f.pick(['HRB', 'VEG', 'PLT'])}-{digits(f, 4)}"),
            "category": g("Plants", "Meal kits"),
            "name": g(*FERN_PRODUCTS),
            "price": money(8, 90),
            "currency": g("USD", "GBP", "EUR"),
            "url": G(
                lambda f: f"https://www.fernleaf.co/p/{f.pick(['basil-kit', 'fiddle-leaf', 'veggie-box'])}"
            ),
            "image_url": G(lambda f: f"https://cdn.fernleaf.co/products/{digits(f, 6)}_main.jpg"),
        },
    ),
    (
        "track",
        "Product Added",
        "swift",
        "fernleaf",
        {
            "cart_id": uid(),
            "product_id": prefixed("", 10),
            "sku": G(lambda f: f"FL-{f.pick(['HRB', 'VEG', 'PLT'])}-{digits(f, 4)}"),
            "name": g(*FERN_PRODUCTS),
            "price": money(8, 90),
            "quantity": count(1, 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        "fernleaf",
        {
            "order_id": prefixed("", 11),
            "value": money(20, 250),
            "revenue": money(20, 250),
            "currency": g("USD", "GBP", "EUR"),
            "coupon": g("", "WELCOME20", "SPRING10"),
            "products": Many(line_item(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "fernleaf",
        {
            "checkout_id": uid(),
            "step": k(3),
            "payment_method": g("card", "paypal", "apple_pay"),
            "card_brand": g("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: digits(f, 4)),
            "billing_zip": Y(addr_part(["US"], "zip"), "zipcode"),
            "save_card": flag(),
        },
    ),
    (
        "track",
        "Order Completed",
        "python",
        "fernleaf",
        {
            "order_id": prefixed("", 11),
            "order_number": count(1001, 98000),
            "checkout_id": uid(),
            "total": money(20, 250),
            "currency": g("USD", "GBP"),
            "products": Many(line_item(), 3),
            "email": Y(lambda f: email(f, "US"), "email"),
            "hashed_email": G(lambda f: sha256(email(f))),
            "browser_ip": Y(any_ip, "ip"),
            "source_name": g("web", "iphone"),
            "shipping_address": {
                "first_name": Y(lambda f: first_name(f, "US"), "name"),
                "last_name": Y(lambda f: last_name(f, "US"), "name"),
                "address1": Y(addr_part(["US", "GB"], "street"), "street"),
                "address2": Y(addr_part(["US", "GB"], "line2"), "street|address"),
                "city": Y(addr_part(["US", "GB"], "city"), "city"),
                "province": g("California", "Texas", "England"),
                "province_code": g("CA", "TX", "ENG"),
                "zip": Y(addr_part(["US", "GB"], "zip"), "zipcode"),
                "country": g("United States", "United Kingdom"),
                "country_code": g("US", "GB"),
                "phone": Y(lambda f: phone(f, f.pick(["US", "GB"])), "phone"),
                "company": g("", "", "Brightlane Studio"),
                "latitude": Y(lambda f: lat(f, "US"), "geolocation"),
                "longitude": Y(lambda f: lng(f, "US"), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Subscription Paused",
        "python",
        "fernleaf",
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 14)),
            "reason": g("travelling", "too_much_food", "price", "other"),
            "resume_date": G(lambda f: f.date(2024, 2025)),
            "skipped_deliveries": count(1, 4),
            "plan": g("Starter", "Family"),
        },
    ),
    (
        "screen",
        "Delivery Preferences",
        "swift",
        "fernleaf",
        {
            "delivery_day": g("Monday", "Thursday", "Saturday"),
            "delivery_window": g("8am-12pm", "12pm-6pm"),
            "delivery_instructions": Y(delivery_note, "name", True),
            "contactless": flag(),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        "web",
        "fernleaf",
        {
            "gift_id": uid(),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "gift_message": Y(gift_message, "name", True),
            "send_on": G(lambda f: f.date(2024, 2025)),
            "plan": g("Starter", "Family"),
            "duration_months": g(3, 6, 12),
        },
    ),
    (
        "page",
        "Checkout",
        "web",
        "fernleaf",
        {
            "path": k("/checkout"),
            "url": k("https://www.fernleaf.co/checkout"),
            "title": k("Checkout"),
            "referrer": g("https://www.fernleaf.co/cart", ""),
            "search": k(""),
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        "fernleaf",
        {
            "product_id": prefixed("", 10),
            "rating": count(1, 5),
            "review_title": g("Thriving after a month", "Arrived a bit wilted", "Great recipes"),
            "review_body": g(
                "Packaging was great and the basil is already huge.",
                "Two of the leaves were brown but support sent a replacement.",
                "Kids loved the tacos, portions are generous.",
            ),
            "reviewer_display_name": Y(display_name, "name"),
            "would_recommend": flag(),
            "photos_attached": count(0, 3),
        },
    ),
    (
        "track",
        "Support Chat Started",
        "web",
        "fernleaf",
        {
            "conversation_id": prefixed("", 12),
            "topic": g("delivery", "billing", "plant_care"),
            "order_id": prefixed("", 11),
            "first_message": Y(support_opening, "email", True),
        },
    ),
    (
        "track",
        "Payment Failed",
        "python",
        "fernleaf",
        {
            "order_id": prefixed("", 11),
            "gateway": k("stripe"),
            "error_code": g("card_declined", "authentication_required"),
            "error_detail": RED(declined, "credit card", True),
            "retry_scheduled": flag(),
        },
    ),
    (
        "track",
        "Password Reset Link Clicked",
        "web",
        "fernleaf",
        {
            "reset_link": RED(reset_link, "token", True),
            "link_age_minutes": count(1, 55),
            "password_reset_count": count(0, 3),
        },
    ),
    (
        "track",
        "Login",
        "swift",
        "fernleaf",
        {"method": g("password", "apple", "magic_link"), "success": flag(), "biometric_enabled": flag()},
    ),
    (
        "track",
        "Coupon Applied",
        "web",
        "fernleaf",
        {
            "Coupon Code": g("WELCOME20", "SPRING10", "FRIENDS15"),
            "Cart Value": money(20, 200),
            "Customer Email": Y(lambda f: email(f, "US"), "email"),
            "Shipping City": Y(addr_part(["US", "GB"], "city"), "city"),
            "Discount Amount": money(2, 40),
            "Order ID": prefixed("", 11),
        },
    ),
    (
        "track",
        "Livraison Programmée",
        "python",
        "fernleaf",
        {
            "numero_commande": prefixed("FR", 9),
            "prenom": Y(lambda f: first_name(f, "FR"), "name"),
            "nom": Y(lambda f: last_name(f, "FR"), "name"),
            "adresse_livraison": Y(line(["FR"]), "address"),
            "code_postal": Y(addr_part(["FR"], "zip"), "zipcode"),
            "ville": Y(addr_part(["FR"], "city"), "city"),
            "telephone": Y(region_phone("FR"), "phone"),
            "creneau": g("08h-12h", "14h-18h", "18h-21h"),
            "transporteur": g("Colissimo", "Chronopost"),
        },
    ),
    (
        "identify",
        None,
        "node",
        "fernleaf",
        {
            "$email": Y(lambda f: email(f, "US"), "email"),
            "$first_name": Y(lambda f: first_name(f, "US"), "name"),
            "$last_name": Y(lambda f: last_name(f, "US"), "name"),
            "$phone": Y(region_phone("US"), "phone"),
            "$city": Y(addr_part(["US"], "city"), "city"),
            "$region": g("California", "Texas", "Ohio"),
            "$country_code": k("US"),
            "$created": iso(),
            "$avatar": Y(lambda f: f"https://cdn.fernleaf.co/avatars/{f.hexid(12)}/profile.jpg", "photo"),
            "lifetime_orders": count(0, 40),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        "fernleaf",
        {
            "referee_email": Y(lambda f: email(f), "email"),
            "referee_phone": Y(lambda f: phone(f, f.pick(["US", "GB"])), "phone"),
            "channel": g("sms", "email", "copy_link"),
            "referral_reward": g("$20", "£15"),
        },
    ),
    ("alias", None, "web", "fernleaf", None),
]

# -- Kora: neobank ---------------------------------------------------------------------------------------


def purpose(f: Fake) -> str:
    return f.pick(
        ["Miete März", "Rent April", "Invoice 2024-117", "Urlaub Kasse", "Geschenk", "Nebenkosten Q2"]
    )


KORA = [
    (
        "identify",
        None,
        "kotlin",
        "kora",
        {
            "firstName": Y(lambda f: first_name(f, "DE"), "name"),
            "lastName": Y(lambda f: last_name(f, "DE"), "name"),
            "email": Y(lambda f: email(f, "DE"), "email"),
            "phone": Y(lambda f: phone(f, f.pick(["DE", "GB"])), "phone"),
            "birthday": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "address": ADDR_TRAITS,
            "nationality": Y(lambda f: f.pick(["DE", "TR", "PL", "GB", "SY"]), "citizenship"),
            "kycStatus": g("pending", "verified", "manual_review"),
            "riskTier": g("low", "medium"),
            "employmentStatus": g("employed", "self_employed", "student"),
            "annualIncome": Y(
                lambda f: f.pick(["<20k", "20k-40k", "40k-60k", "60k-100k", ">100k"]), "salary"
            ),
            "taxResidency": g("DE", "GB", "AT"),
            "pepCheck": g("clear", "potential_match"),
            "createdAt": iso(),
        },
    ),
    (
        "track",
        "Onboarding Step Completed",
        "kotlin",
        "kora",
        {
            "step": g("phone", "personal_details", "address", "id_verification", "tax"),
            "phoneVerified": flag(),
            "emailVerified": flag(),
        },
    ),
    (
        "track",
        "KYC Document Submitted",
        "go",
        "kora",
        {
            "applicant_id": uid(),
            "document_id": uid(),
            "document_type": g("passport", "national_identity_card", "residence_permit"),
            "issuing_country": g("DEU", "POL", "TUR", "GBR"),
            "vendor": k("onfido"),
            "check_result": g("clear", "consider"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.kora.bank/selfies/{f.uuid()}.jpg", "photo"),
            "submitted_at": iso(),
        },
    ),
    (
        "track",
        "Passport Scanned",
        "swift",
        "kora",
        {
            "passportNumber": RED(passport_no, "passport"),
            "passportExpiry": G(lambda f: f.date(2025, 2034)),
            "issuingCountry": g("DEU", "IND", "BRA", "FRA"),
            "mrzValid": flag(),
            "nfcChipRead": flag(),
        },
    ),
    (
        "track",
        "National ID Captured",
        "kotlin",
        "kora",
        {
            "idCardNumber": RED(de_id_card, "national id"),
            "idCardExpiry": G(lambda f: f.date(2025, 2034)),
            "captureAttempts": count(1, 4),
            "glareDetected": flag(),
        },
    ),
    (
        "track",
        "Residence Permit Verified",
        "java",
        "kora",
        {
            "residencePermitNumber": RED(residence_permit, "visa"),
            "permitType": RED(
                lambda f: f.pick(["Blaue Karte EU", "Aufenthaltserlaubnis", "Niederlassungserlaubnis"]),
                "visa",
            ),
            "validUntil": G(lambda f: f.date(2025, 2030)),
            "verifiedBy": g("auto", "ops_manual"),
        },
    ),
    (
        "track",
        "Steuer-ID erfasst",
        "java",
        "kora",
        {
            "steuerIdentifikationsnummer": RED(steuer_id, "national id"),
            "steuerpflichtigInDeutschland": flag(),
            "konfession": Y(lambda f: f.pick(["rk", "ev", "--", "ak"]), "religion"),
            "erfasstAm": iso(),
        },
    ),
    (
        "track",
        "Account Opened",
        "java",
        "kora",
        {
            "accountId": uid(),
            "iban": RED(lambda f: iban(f, f.pick(["DE", "DE", "NL", "IE"])), "bank account"),
            "bic": g("KORADEB1XXX", "SOLADEST600"),
            "accountType": g("current", "savings", "joint"),
            "currency": k("EUR"),
            "openedAt": iso(),
        },
    ),
    (
        "track",
        "Card Ordered",
        "swift",
        "kora",
        {
            "cardType": g("virtual", "physical"),
            "cardNetwork": g("visa", "mastercard"),
            "cardholderName": Y(lambda f: full_name(f, "DE").upper(), "name"),
            "deliveryAddress": Y(line(["DE", "GB"]), "address"),
            "expressDelivery": flag(),
            "cardDesign": g("forest", "sand", "midnight"),
        },
    ),
    (
        "track",
        "Card Activated",
        "kotlin",
        "kora",
        {
            "cardId": uid(),
            "maskedPan": G(lambda f: f.pick(["**** **** **** ", "489537******"]) + digits(f, 4)),
            "last4": G(lambda f: digits(f, 4)),
            "activationChannel": g("app", "first_pin_use"),
        },
    ),
    (
        "track",
        "Transfer Sent",
        "go",
        "kora",
        {
            "amount": money(5, 3000),
            "currency": k("EUR"),
            "recipient_name": Y(lambda f: full_name(f, "DE"), "name"),
            "recipient_iban": RED(lambda f: iban(f), "bank account"),
            "reference": G(purpose),
            "transfer_type": g("SEPA", "SEPA_INSTANT"),
            "fee": g(0, 0.5),
            "scheduled": flag(),
        },
    ),
    (
        "track",
        "Payee Added",
        "swift",
        "kora",
        {
            "payeeId": uid(),
            "accountNumber": RED(lambda f: digits(f, 8), "bank account"),
            "sortCode": G(lambda f: f"{digits(f, 2)}-{digits(f, 2)}-{digits(f, 2)}"),
            "confirmationOfPayee": g("match", "close_match", "no_match"),
        },
    ),
    (
        "track",
        "Logged In",
        "kotlin",
        "kora",
        {
            "method": g("biometric", "pin", "password"),
            "success": flag(),
            "failedAttempts": count(0, 3),
            "deviceTrusted": flag(),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "go",
        "kora",
        {
            "mandate_reference": G(lambda f: "MNDT" + digits(f, 10)),
            "creditor_name": g("Stadtwerke München", "Vodafone GmbH", "Urban Sports Club"),
            "creditor_id": G(lambda f: "DE98ZZZ" + digits(f, 11)),
            "debtor_name": Y(lambda f: full_name(f, "DE"), "name"),
            "debtor_iban": RED(lambda f: iban(f, "DE"), "bank account"),
            "sequence_type": g("FRST", "RCUR"),
        },
    ),
    (
        "track",
        "Joint Account Invite Sent",
        "swift",
        "kora",
        {
            "inviteeName": Y(lambda f: full_name(f, "DE"), "name"),
            "inviteePhone": Y(lambda f: phone(f, "DE"), "phone"),
            "inviteeEmail": Y(lambda f: email(f, "DE"), "email"),
            "accountId": uid(),
        },
    ),
    (
        "track",
        "Password Changed",
        "swift",
        "kora",
        {
            "passwordStrength": g("weak", "fair", "strong"),
            "previousPasswordAgeDays": count(3, 900),
            "forcedReset": flag(),
        },
    ),
    (
        "track",
        "Card Top Up",
        "java",
        "kora",
        {
            "amount": money(10, 500),
            "currency": k("EUR"),
            "fundingCardNumber": RED(card, "credit card"),
            "fundingCardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "threeDSResult": g("authenticated", "attempted", "failed"),
        },
    ),
    (
        "track",
        "Partner API Request",
        "node",
        "kora",
        {
            "route": g("/v2/accounts/{id}/transactions", "/v2/payments", "/v2/consents"),
            "method": g("GET", "POST"),
            "statusCode": g(200, 201, 401, 429),
            "latencyMs": count(12, 900),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-api-key": RED(api_secret, "secret|token"),
                "user-agent": g("okhttp/4.12.0", "python-requests/2.31.0", "PostmanRuntime/7.37.3"),
                "x-forwarded-for": Y(any_ip, "ip", True),
                "x-request-id": uid(),
            },
        },
    ),
    (
        "track",
        "Überweisung ausgeführt",
        "java",
        "kora",
        {
            "empfaengerName": Y(lambda f: full_name(f, "DE"), "name"),
            "empfaengerIban": RED(lambda f: iban(f, "DE"), "bank account"),
            "verwendungszweck": G(purpose),
            "betrag": money(5, 2500),
            "waehrung": k("EUR"),
            "buchungsdatum": G(lambda f: f.date(2024, 2024)),
            "auftragsart": g("Dauerauftrag", "Einzelüberweisung", "Echtzeitüberweisung"),
        },
    ),
    (
        "identify",
        None,
        "java",
        "kora",
        {
            "kundennummer": prefixed("", 10),
            "anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender|sex"),
            "vorname": Y(lambda f: first_name(f, "DE"), "name"),
            "nachname": Y(lambda f: last_name(f, "DE"), "name"),
            "geburtsdatum": Y(date_de, "birthdate"),
            "strasse": Y(lambda f: address(f, "DE")["street"].rsplit(" ", 1)[0], "street"),
            "hausnummer": Y(lambda f: address(f, "DE")["house"], "street|address"),
            "plz": Y(addr_part(["DE"], "zip"), "zipcode"),
            "ort": Y(addr_part(["DE"], "city"), "city"),
            "telefonnummer": Y(region_phone("DE"), "phone"),
            "kundeSeit": G(lambda f: f.date(2019, 2024)),
        },
    ),
    (
        "track",
        "Session Started",
        "go",
        "kora",
        {
            "session_id": epoch_ms(),
            "origin": Y(any_ip, "ip", True),
            "ip_country": g("DE", "AT", "GB"),
            "platform": g("ios", "android", "web"),
        },
    ),
    (
        "track",
        "IBAN Validation Failed",
        "web",
        "kora",
        {
            "field": k("iban"),
            "input": RED(lambda f: iban(f, f.pick(["IT", "PT", "BE", "AT", "ES"])), "bank account", True),
            "errorCode": g("unsupported_country", "bank_not_reachable"),
            "form": k("add_payee"),
        },
    ),
    (
        "track",
        "Settings Updated",
        "swift",
        "kora",
        {
            "pushEnabled": flag(),
            "emailNotifications": flag(),
            "twoFactorEnabled": flag(),
            "twoFactorMethod": g("sms", "totp", "passkey"),
            "phoneVerified": flag(),
        },
    ),
    (
        "track",
        "Support Callback Requested",
        "kotlin",
        "kora",
        {
            "ticketId": prefixed("KOR-", 6),
            "topic": g("card_blocked", "transfer_missing", "kyc"),
            "callbackNumber": Y(lambda f: phone(f, f.pick(["DE", "GB"])), "phone"),
            "preferredTime": g("morning", "afternoon", "evening"),
        },
    ),
]

# -- Vela Health: US telehealth ------------------------------------------------------------------------

CONDITIONS = [
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "migraines",
    "eczema",
    "anxiety",
    "acid reflux",
    "UTI",
]
SYMPTOMS = ["headache", "sore throat", "fever", "lower back pain", "rash", "fatigue", "cough", "nausea"]
MEDS = [
    "Lisinopril 10 mg",
    "Metformin 500 mg",
    "Albuterol inhaler",
    "Sertraline 50 mg",
    "Atorvastatin 20 mg",
    "Omeprazole",
]


def visit_reason(f: Fake) -> str:
    c = f.pick(CONDITIONS)
    return f.pick(
        [
            f"Follow-up for {c}",
            f"Refill for {c} medication",
            f"Worried my {c} is getting worse",
            f"{c}, new symptoms",
        ]
    )


def care_preview(f: Fake) -> str:
    return f.pick(
        [
            f"Hi Dr. {last_name(f, 'US')}, my {f.pick(CONDITIONS)} has been worse this week",
            f"Question about the {f.pick(CONDITIONS)} plan we discussed",
            f"{first_name(f, 'US')} here - are {f.pick(CONDITIONS)} flare-ups normal after the new dose?",
        ]
    )


VELA = [
    (
        "identify",
        None,
        "flutter",
        "vela",
        {
            "firstName": Y(lambda f: first_name(f, "US"), "name"),
            "lastName": Y(lambda f: last_name(f, "US"), "name"),
            "email": Y(lambda f: email(f, "US"), "email"),
            "phone": Y(region_phone("US"), "phone"),
            "dateOfBirth": Y(lambda f: f.date(1940, 2005), "birthdate"),
            "sex": Y(lambda f: f.pick(["female", "male", "intersex"]), "sex"),
            "genderIdentity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "transgender man"]), "gender"
            ),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "address": ADDR_TRAITS,
            "insuranceProvider": g("Aetna", "Blue Cross Blue Shield", "UnitedHealthcare", "Medicare"),
            "insuranceMemberId": Y(member_id, "health id"),
            "preferredLanguage": g("en", "es"),
            "emergencyContact": {
                "name": Y(lambda f: full_name(f, "US"), "name"),
                "phone": Y(region_phone("US"), "phone"),
                "relationship": g("spouse", "parent", "friend", "sibling"),
            },
        },
    ),
    (
        "track",
        "Symptom Checker Completed",
        "flutter",
        "vela",
        {
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "severity": g("mild", "moderate", "severe"),
            "durationDays": count(1, 30),
            "triageLevel": g("self_care", "virtual_visit", "urgent_care"),
            "completedInSec": count(40, 600),
        },
    ),
    (
        "track",
        "Appointment Booked",
        "rn",
        "vela",
        {
            "appointmentId": uid(),
            "providerId": prefixed("prv_", 6),
            "providerName": Y(lambda f: f"Dr. {full_name(f, 'US')}, {f.pick(['MD', 'DO', 'NP'])}", "name"),
            "specialty": g("primary care", "dermatology", "family medicine"),
            "visitType": g("video", "phone", "async"),
            "scheduledAt": iso(),
            "reasonForVisit": Y(visit_reason, "condition|diagnosis", True),
            "isFirstVisit": flag(),
        },
    ),
    (
        "track",
        "Prescription Requested",
        "node",
        "vela",
        {
            "prescriptionId": uid(),
            "medicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "dosage": g("once daily", "twice daily", "as needed"),
            "quantity": g(30, 60, 90),
            "refills": count(0, 5),
            "pharmacyId": prefixed("NCPDP", 7),
            "pharmacyName": g("CVS Pharmacy #4821", "Walgreens #10432", "Amazon Pharmacy"),
            "deliveryMethod": g("pickup", "mail"),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        "dotnet",
        "vela",
        {
            "PatientId": uid(),
            "Allergies": Many(
                Y(
                    lambda f: f.pick(["penicillin", "peanuts", "latex", "sulfa drugs", "shellfish"]),
                    "allergy",
                ),
                2,
            ),
            "CurrentMedications": Many(Y(lambda f: f.pick(MEDS), "medication"), 3),
            "PastSurgeries": Many(
                Y(
                    lambda f: f.pick(["appendectomy", "ACL reconstruction", "C-section", "tonsillectomy"]),
                    "procedure",
                ),
                2,
            ),
            "DiagnosisCodes": Many(
                Y(lambda f: f.pick(["E11.9", "I10", "J45.909", "F41.1", "K21.9"]), "diagnosis"), 3
            ),
            "SmokingStatus": Y(lambda f: f.pick(["never", "former", "current"]), "condition"),
            "Race": Y(
                lambda f: f.pick(
                    ["White", "Black or African American", "Asian", "American Indian or Alaska Native"]
                ),
                "race",
            ),
            "Ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "SexualOrientation": Y(
                lambda f: f.pick(["straight", "gay or lesbian", "bisexual", "prefer not to say"]),
                "sexual orientation",
            ),
            "ReligiousPreference": Y(
                lambda f: f.pick(["Catholic", "Muslim", "Jewish", "None", "Baptist"]), "religion"
            ),
            "VeteranStatus": RED(lambda f: f.pick(["veteran", "not a veteran", "active duty"]), "veteran"),
            "DisabilityStatus": RED(
                lambda f: f.pick(["none", "hearing impairment", "mobility impairment"]), "disability"
            ),
            "SsnLast4": RED(ssn_last4, "social security number"),
            "ConsentSigned": flag(),
            "SubmittedAt": iso(),
        },
    ),
    (
        "track",
        "Insurance Card Uploaded",
        "rn",
        "vela",
        {
            "memberId": Y(member_id, "health id"),
            "groupNumber": prefixed("GRP", 6),
            "payerName": g("Aetna", "Cigna", "Humana"),
            "frontImageUrl": Y(
                lambda f: f"https://uploads.velahealth.com/cards/{f.uuid()}/front.jpg", "photo"
            ),
            "backImageUrl": Y(lambda f: f"https://uploads.velahealth.com/cards/{f.uuid()}/back.jpg", "photo"),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.7, 0.99), 2)),
        },
    ),
    (
        "track",
        "Lab Order Placed",
        "node",
        "vela",
        {
            "labOrderId": uid(),
            "tests": Many(
                Y(
                    lambda f: f.pick(["Lipid panel", "HbA1c", "Complete blood count", "TSH", "Urinalysis"]),
                    "procedure",
                ),
                3,
            ),
            "labPartner": g("Quest Diagnostics", "Labcorp"),
            "fastingRequired": flag(),
        },
    ),
    (
        "track",
        "Refill Reminder Sent",
        "dotnet",
        "vela",
        {
            "Channel": k("sms"),
            "To": Y(lambda f: phone(f, "US"), "phone", True),
            "TemplateId": g("refill_reminder_v3", "refill_reminder_es_v1"),
            "MedicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "SendAt": iso(),
            "ProviderMessageSid": hexid("SM", 32),
        },
    ),
    (
        "track",
        "Patient Portal Login",
        "dotnet",
        "vela",
        {
            "Username": Y(lambda f: email(f, "US"), "email", True),
            "MfaMethod": g("sms", "email", "authenticator"),
            "Success": flag(),
            "IpAddress": Y(any_ip, "ip"),
            "UserAgent": g(*BROWSER_UAS),
        },
    ),
    (
        "track",
        "Care Team Message Sent",
        "rn",
        "vela",
        {
            "threadId": uid(),
            "senderRole": k("patient"),
            "messageLength": count(12, 800),
            "attachmentCount": count(0, 2),
            "preview": Y(care_preview, "condition|name", True),
        },
    ),
    (
        "track",
        "Caregiver Added",
        "rn",
        "vela",
        {
            "caregiverName": Y(lambda f: full_name(f, "US"), "name"),
            "caregiverEmail": Y(lambda f: email(f, "US"), "email"),
            "caregiverPhone": Y(region_phone("US"), "phone"),
            "relationship": g("spouse", "adult child", "parent"),
            "canViewRecords": flag(),
        },
    ),
    (
        "track",
        "Device Connected",
        "flutter",
        "vela",
        {
            "deviceModel": g("Withings Body+", "Omron HeartGuide"),
            "deviceSerial": Y(
                lambda f: (
                    f"{f.pick(['00:24:e4', 'WBS05'])}-{alnum(f, 8, string.ascii_uppercase + string.digits)}"
                ),
                "serial",
            ),
            "deviceAddress": Y(mac, "mac", True),
            "readingsSynced": count(0, 60),
            "firmware": g("2.14.1", "3.0.0"),
        },
    ),
]

# -- Hopr: ride-hailing and food delivery (MX, BR, IN) ----------------------------------------------------


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            f"Estoy afuera, mi número es {phone(f, 'MX')}",
            f"Cheguei! Se não me achar liga {phone(f, 'BR')}",
            f"Please call {phone(f, 'IN')}, the gate is locked",
            f"Márcame al {phone(f, 'MX')} por favor",
        ]
    )


def dropoff_note(f: Fake) -> str:
    return f.pick(
        [
            f"Call me at {phone(f, 'MX')} when you arrive",
            f"Interfone quebrado, ligar {phone(f, 'BR')}",
            f"Gate 2, call {phone(f, 'IN')}",
        ]
    )


def pix_key(f: Fake) -> str:
    return f.pick([f.uuid(), email(f, "BR"), phone(f, "BR"), cpf(f)])


HOPR = [
    (
        "identify",
        None,
        "rn",
        "hopr",
        {
            "name": Y(lambda f: full_name(f, f.pick(["MX", "BR", "IN"])), "name"),
            "phone": Y(lambda f: phone(f, f.pick(["MX", "BR", "IN"])), "phone"),
            "email": Y(lambda f: email(f, f.pick(["MX", "BR", "IN"])), "email"),
            "homeAddress": Y(line(["MX", "BR", "IN"]), "address"),
            "workAddress": Y(line(["MX", "BR", "IN"]), "address"),
            "preferredPaymentMethod": g("cash", "card", "pix", "upi"),
            "riderRating": G(lambda f: round(f.r.uniform(4.2, 5.0), 2)),
            "language": g("es", "pt", "en", "hi"),
            "createdAt": iso(),
        },
    ),
    (
        "track",
        "Ride Requested",
        "kotlin",
        "hopr",
        {
            "rideId": uid(),
            "pickupLat": Y(lambda f: lat(f, "MX"), "geolocation"),
            "pickupLng": Y(lambda f: lng(f, "MX"), "geolocation"),
            "pickupAddress": Y(line(["MX"]), "address"),
            "dropoffAddress": Y(line(["MX"]), "address"),
            "dropoffLat": Y(lambda f: lat(f, "MX"), "geolocation"),
            "dropoffLng": Y(lambda f: lng(f, "MX"), "geolocation"),
            "estimatedFare": money(45, 400),
            "vehicleClass": g("HoprX", "Comfort", "Moto"),
            "paymentMethod": g("cash", "card"),
            "promoCode": g("", "HOPR50", "PRIMERVIAJE"),
        },
    ),
    (
        "track",
        "Ride Completed",
        "ruby",
        "hopr",
        {
            "ride_id": uid(),
            "driver_id": prefixed("drv_", 7),
            "driver_name": Y(lambda f: display_name(f, "MX"), "name"),
            "driver_rating": G(lambda f: round(f.r.uniform(4.5, 5.0), 2)),
            "distance_km": G(lambda f: round(f.r.uniform(1, 30), 1)),
            "fare": money(45, 400),
            "tip": money(0, 60),
            "currency": g("MXN", "BRL", "INR"),
            "license_plate": Y(mx_plate, "license"),
            "vehicle_model": g("Nissan Versa", "Chevrolet Aveo", "Renault Kwid"),
        },
    ),
    (
        "track",
        "Registro Conductor Paso Completado",
        "php",
        "hopr",
        {
            "paso": g("datos_personales", "documentos", "vehiculo", "cuenta_bancaria"),
            "nombre": Y(lambda f: first_name(f, "MX"), "name"),
            "apellido_paterno": Y(lambda f: f.pick(NAMES["es"][1]), "name"),
            "apellido_materno": Y(lambda f: f.pick(NAMES["es"][1]), "name"),
            "correo_electronico": Y(lambda f: email(f, "MX"), "email"),
            "telefono_celular": Y(region_phone("MX"), "phone"),
            "curp": RED(curp, "national id"),
            "rfc": RED(rfc, "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "numero_licencia": Y(lambda f: f.pick(["A", "B", "C"]) + digits(f, 9), "license"),
            "tipo_licencia": g("A", "B", "E"),
            "folio_constancia_antecedentes": Y(lambda f: "CNAP-" + digits(f, 10), "certificate"),
            "direccion": Y(addr_part(["MX"], "street"), "street|address"),
            "colonia": Y(addr_part(["MX"], "colonia"), "address"),
            "codigo_postal": Y(addr_part(["MX"], "zip"), "zipcode"),
            "ciudad": Y(addr_part(["MX"], "city"), "city"),
            "placas": Y(mx_plate, "license"),
            "vin": Y(vin, "serial"),
            "clabe": RED(lambda f: "0" + f.pick(["12", "14", "21", "72"]) + digits(f, 15), "bank account"),
        },
    ),
    (
        "track",
        "Cadastro Motorista Concluído",
        "ruby",
        "hopr",
        {
            "nome_completo": Y(lambda f: full_name(f, "BR"), "name"),
            "cpf": RED(cpf, "national id"),
            "celular": Y(region_phone("BR"), "phone"),
            "email": Y(lambda f: email(f, "BR"), "email"),
            "data_nascimento": Y(date_br, "birthdate"),
            "cep": Y(addr_part(["BR"], "zip"), "zipcode"),
            "logradouro": Y(addr_part(["BR"], "street"), "street"),
            "numero": Y(addr_part(["BR"], "number"), "street|address"),
            "complemento": Y(addr_part(["BR"], "line2"), "street|address"),
            "bairro": Y(addr_part(["BR"], "bairro"), "address"),
            "cidade": Y(addr_part(["BR"], "city"), "city"),
            "uf": g("SP", "RJ", "MG"),
            "cnh": Y(lambda f: digits(f, 11), "license"),
            "chave_pix": RED(pix_key, "bank account"),
            "aceitou_termos": flag(),
        },
    ),
    (
        "track",
        "Order Placed",
        "swift",
        "hopr",
        {
            "orderId": G(lambda f: f.lucky_order_number()),
            "restaurantId": prefixed("rst_", 6),
            "restaurantName": g("Tacos El Güero", "Pizzaria Bella Napoli", "Biryani House"),
            "items": Many(
                {
                    "name": g(
                        "Tacos al pastor (3)", "Pizza margherita", "Chicken biryani", "Agua de horchata"
                    ),
                    "quantity": count(1, 3),
                    "price": money(40, 250),
                    "modifiers": Many(g("sin cebolla", "extra queijo", "spicy"), 2),
                },
                3,
            ),
            "subtotal": money(80, 600),
            "deliveryFee": money(0, 45),
            "tipAmount": money(0, 50),
            "promoCode": g("", "HOPR50", "PRIMERVIAJE"),
            "deliveryAddress": {
                "line1": Y(addr_part(["MX", "BR"], "street"), "street"),
                "line2": Y(addr_part(["MX", "BR"], "line2"), "street|address"),
                "city": Y(addr_part(["MX", "BR"], "city"), "city"),
                "zip": Y(addr_part(["MX", "BR"], "zip"), "zipcode"),
                "lat": Y(lambda f: lat(f, "MX"), "geolocation"),
                "lng": Y(lambda f: lng(f, "MX"), "geolocation"),
                "label": g("Home", "Work", "Other"),
            },
            "dropoffNotes": Y(dropoff_note, "phone", True),
            "scheduledFor": G(lambda f: f.pick(["asap", f.iso()])),
        },
    ),
    (
        "track",
        "Courier Location Updated",
        "ruby",
        "hopr",
        {
            "courier_id": prefixed("cou_", 7),
            "lat": Y(lambda f: lat(f, "BR"), "geolocation"),
            "lng": Y(lambda f: lng(f, "BR"), "geolocation"),
            "active_order_ids": Many(prefixed("", 9), 2),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        "hopr",
        {
            "conversationId": uid(),
            "senderRole": g("rider", "customer"),
            "text": Y(chat_text, "phone", True),
            "language": g("es", "pt", "en"),
        },
    ),
    (
        "track",
        "Courier Bag Paired",
        "kotlin",
        "hopr",
        {
            "bagSerial": Y(
                lambda f: "HB" + digits(f, 2) + "-" + alnum(f, 6, string.ascii_uppercase + string.digits),
                "serial",
            ),
            "bleAddress": Y(mac, "mac", True),
            "firmwareVersion": g("1.4.2", "1.5.0"),
            "batteryPct": count(5, 100),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "ruby",
        "hopr",
        {
            "platform": g("android", "ios"),
            "push_token": RED(fcm_token, "token"),
            "app_version": g("5.0.2", "4.13.1"),
        },
    ),
    (
        "track",
        "Payout Initiated",
        "php",
        "hopr",
        {
            "payout_id": G(lambda f: "pout_" + alnum(f, 14)),
            "amount": money(500, 25000),
            "currency": k("INR"),
            "account_holder": Y(lambda f: full_name(f, "IN"), "name"),
            "account_number": RED(lambda f: digits(f, f.pick([11, 12, 14, 16])), "bank account"),
            "ifsc": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + digits(f, 6)),
            "pan_number": RED(indian_pan, "national id"),
            "payout_mode": g("IMPS", "NEFT"),
        },
    ),
    (
        "track",
        "Trip Shared",
        "swift",
        "hopr",
        {
            "rideId": uid(),
            "shareChannel": g("whatsapp", "sms"),
            "sharedWith": Y(lambda f: phone(f, f.pick(["MX", "BR", "IN"])), "phone", True),
        },
    ),
    (
        "track",
        "Saved Place Added",
        "swift",
        "hopr",
        {
            "placeLabel": g("Casa", "Trabalho", "Gym"),
            "formattedAddress": Y(line(["MX", "BR", "IN"]), "address"),
            "placeLat": Y(lambda f: lat(f, "BR"), "geolocation"),
            "placeLng": Y(lambda f: lng(f, "BR"), "geolocation"),
        },
    ),
    (
        "track",
        "Emergency Button Pressed",
        "kotlin",
        "hopr",
        {
            "rideId": uid(),
            "latitude": Y(lambda f: lat(f, "MX"), "geolocation"),
            "longitude": Y(lambda f: lng(f, "MX"), "geolocation"),
            "emergencyContactNotified": flag(),
            "emergencyContactPhone": Y(region_phone("MX"), "phone"),
        },
    ),
    (
        "track",
        "Rider Rated Driver",
        "kotlin",
        "hopr",
        {
            "rideId": uid(),
            "stars": count(1, 5),
            "tags": Many(g("clean car", "great conversation", "safe driving", "knew the route"), 3),
            "comment": g("Muy amable, todo bien", "Carro limpo e motorista educado", "Smooth ride, thanks"),
        },
    ),
    ("alias", None, "kotlin", "hopr", None),
]

# -- Tallyboard: B2B SaaS ----------------------------------------------------------------------------------

TALLY = [
    (
        "identify",
        None,
        "web",
        "tally",
        {
            "email": Y(lambda f: email(f, work=True), "email"),
            "name": Y(full_name, "name"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "title": g("VP Finance", "FP&A Analyst", "Head of RevOps", "Controller"),
            "company": {
                "name": g("Northpeak", "Brightlane", "Helix Freight", "Mosaic Labs"),
                "id": prefixed("org_", 6),
                "industry": g("Logistics", "Software", "Retail"),
                "employee_count": g(40, 180, 1200),
                "plan": g("growth", "enterprise"),
            },
            "role": g("admin", "editor", "viewer"),
            "createdAt": iso(),
            "avatar": Y(lambda f: f"https://secure.gravatar.com/avatar/{f.hexid(32)}?s=200", "photo"),
            "phone": Y(region_phone("ANY"), "phone"),
            "user_hash": hexid("", 64),
            "emailDigestFrequency": g("daily", "weekly", "never"),
        },
    ),
    (
        "group",
        None,
        "web",
        "tally",
        {
            "orgName": g("Northpeak", "Brightlane", "Helix Freight", "Mosaic Labs"),
            "plan": g("growth", "enterprise"),
            "employees": g(40, 180, 1200),
            "industry": g("Logistics", "Software", "Retail"),
            "mrr": money(300, 9000),
            "billingEmail": Y(lambda f: email(f, work=True), "email"),
            "seats": count(3, 250),
            "createdAt": iso(),
            "vatId": G(lambda f: "DE" + digits(f, 9)),
            "licenseType": g("pro", "enterprise"),
        },
    ),
    (
        "track",
        "User Invited",
        "web",
        "tally",
        {
            "inviteeEmail": Y(lambda f: email(f, work=True), "email"),
            "inviterId": prefixed("usr_", 8),
            "role": g("admin", "editor", "viewer"),
            "inviteMethod": g("email", "link"),
            "invitesRemaining": count(0, 20),
        },
    ),
    (
        "track",
        "API Key Created",
        "node",
        "tally",
        {
            "keyId": prefixed("key_", 10),
            "keyPrefix": G(lambda f: "tb_live_" + f.hexid(4)),
            "scopes": Many(g("read:models", "write:models", "read:users"), 3),
            "expiresAt": iso(),
            "apiKey": RED(lambda f: "tb_live_" + alnum(f, 32), "secret|token"),
        },
    ),
    (
        "track",
        "Integration Connected",
        "node",
        "tally",
        {
            "provider": g("slack", "discord"),
            "webhookUrl": RED(webhook_url, "secret", True),
            "connectedBy": Y(lambda f: email(f, work=True), "email", True),
            "channel": g("#finance-alerts", "#budget"),
        },
    ),
    (
        "track",
        "Report Exported",
        "web",
        "tally",
        {
            "reportId": uid(),
            "format": g("csv", "xlsx", "pdf"),
            "rowCount": count(10, 50000),
            "filtersApplied": count(0, 6),
            "exportedBy": Y(lambda f: email(f, work=True), "email", True),
        },
    ),
    (
        "track",
        "Comment Posted",
        "web",
        "tally",
        {
            "commentId": uid(),
            "cellRef": g("B12", "Q4!F9", "Revenue!C3"),
            "mentioned": Many(Y(full_name, "name", True), 2),
            "length": count(5, 400),
        },
    ),
    (
        "track",
        "Contact Synced",
        "node",
        "tally",
        {
            "firstname": Y(first_name, "name"),
            "lastname": Y(last_name, "name"),
            "email": Y(lambda f: email(f, work=True), "email"),
            "phone": Y(region_phone("US"), "phone"),
            "mobilephone": Y(region_phone("ANY"), "phone"),
            "jobtitle": g("VP Finance", "Controller"),
            "company": g("Northpeak", "Helix Freight"),
            "address": Y(addr_part(["US"], "street"), "street|address"),
            "city": Y(addr_part(["US"], "city"), "city"),
            "zip": Y(addr_part(["US"], "zip"), "zipcode"),
            "state": g("TX", "NY", "CA"),
            "country": k("United States"),
            "hs_object_id": prefixed("", 11),
            "lifecyclestage": g("lead", "marketingqualifiedlead", "customer"),
            "hubspot_owner_id": prefixed("", 9),
        },
    ),
    (
        "track",
        "Lead Converted",
        "java",
        "tally",
        {
            "Id": G(lambda f: sfid(f, "00Q")),
            "FirstName": Y(first_name, "name"),
            "LastName": Y(last_name, "name"),
            "Email": Y(lambda f: email(f, work=True), "email"),
            "Phone": Y(region_phone("ANY"), "phone"),
            "Company": g("Northpeak", "Mosaic Labs"),
            "LeadSource": g("Web", "Partner Referral", "Trade Show"),
            "Status": g("Qualified", "Converted"),
            "NumberOfEmployees": g(40, 180, 1200),
            "Annual_Revenue__c": g(4500000, 22000000),
            "Personal_Mobile__c": Y(region_phone("ANY"), "phone"),
            "Birthdate__c": Y(lambda f: f.date(1960, 2000), "birthdate"),
            "OwnerName__c": Y(full_name, "name"),
            "Lead_Score__c": count(0, 100),
        },
    ),
    (
        "track",
        "Login Failed",
        "web",
        "tally",
        {
            "login": Y(lambda f: email(f, work=True), "email", True),
            "reason": g("bad_password", "sso_required", "locked"),
            "attemptCount": count(1, 6),
            "captchaShown": flag(),
            "ssoEnforced": flag(),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        "tally",
        {
            "resetToken": RED(lambda f: alnum(f, 40, string.ascii_letters + string.digits), "token"),
            "emailSent": flag(),
            "expiresInMin": g(30, 60),
            "requestIp": Y(any_ip, "ip"),
        },
    ),
    (
        "track",
        "Audit Event",
        "go",
        "tally",
        {
            "action": g("model.deleted", "user.role_changed", "export.created"),
            "actor": {
                "id": prefixed("usr_", 8),
                "email": Y(lambda f: email(f, work=True), "email"),
                "ip": Y(any_ip, "ip"),
                "type": g("user", "api_key"),
            },
            "target": {"id": uid(), "type": g("model", "user", "export")},
            "metadata": {
                "userAgent": g(*BROWSER_UAS),
                "sessionToken": RED(lambda f: "sess_" + alnum(f, 32), "token"),
                "requestId": uid(),
            },
            "occurredAt": epoch_ms(),
        },
    ),
    (
        "page",
        "Pricing",
        "web",
        "tally",
        {
            "path": k("/pricing"),
            "url": k("https://app.tallyboard.io/pricing"),
            "title": k("Pricing"),
            "referrer": g("https://www.google.com/", "https://app.tallyboard.io/dashboard"),
            "search": g("", "?plan=enterprise"),
        },
    ),
    (
        "track",
        "Subscription Upgraded",
        "node",
        "tally",
        {
            "stripeCustomerId": G(lambda f: "cus_" + alnum(f, 14)),
            "stripeSubscriptionId": G(lambda f: "sub_" + alnum(f, 24)),
            "plan": g("enterprise", "growth"),
            "seats": count(3, 250),
            "mrr": money(300, 9000),
            "paymentMethodLast4": G(lambda f: digits(f, 4)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "web",
        "tally",
        {
            "npsScore": count(0, 10),
            "comment": g(
                "Love the scenario planning", "Exports are slow on big models", "Need SSO on growth plan"
            ),
            "contactMe": flag(),
        },
    ),
    (
        "track",
        "SCIM User Provisioned",
        "go",
        "tally",
        {
            "externalId": uid(),
            "userName": Y(lambda f: email(f, work=True), "email", True),
            "name": {"givenName": Y(first_name, "name"), "familyName": Y(last_name, "name")},
            "emails": Many(
                {
                    "value": Y(lambda f: email(f, work=True), "email", True),
                    "primary": flag(),
                    "type": k("work"),
                },
                2,
            ),
            "phoneNumbers": Many(
                {"value": Y(region_phone("ANY"), "phone", True), "type": g("work", "mobile")}, 1
            ),
            "active": flag(),
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                "employeeNumber": prefixed("", 6),
                "department": g("Finance", "Sales", "Engineering"),
                "manager": {"value": uid(), "displayName": Y(full_name, "name")},
            },
        },
    ),
    (
        "track",
        "Profile Updated",
        "web",
        "tally",
        {
            "fieldsChanged": Many(g("displayName", "title", "avatar", "timezone"), 3),
            "displayName": Y(full_name, "name"),
            "timezone": g("America/New_York", "Europe/Berlin", "Asia/Singapore"),
        },
    ),
    ("alias", None, "web", "tally", None),
]

EVENTS = FERNLEAF + KORA + VELA + HOPR + TALLY


def user_id(f: Fake, product: str) -> str:
    return {
        "fernleaf": lambda: "cus_" + digits(f, 9),
        "kora": lambda: f.uuid(),
        "vela": lambda: "pt_" + f.hexid(16),
        "hopr": lambda: digits(f, 12),
        "tally": lambda: "usr_" + digits(f, 8),
    }[product]()


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, product, body in EVENTS:
            msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", "swift", "kotlin", "flutter", "rn"):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = user_id(f, product)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + digits(f, 6)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](product), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1010, repeats=2)
    write(Path(__file__).parent, "holdout10_", events, labels)
