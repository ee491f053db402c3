"""Writes the ninth holdout: tests/corpus/holdout9_events.jsonl and holdout9_labels.json.

SEALED: written by an independent tester without reading the detection engine, its vocabularies
or data, the other corpora's labels, or the detection docs and tests; never scored by its author.
It is to be scored once, at the end, before anything is tuned on it.

What it covers: the everyday traffic of a typical analytics-privacy-gateway customer rather than
showcase cases. Verticals: B2B SaaS (workspace, invites, integrations, logins, support, HubSpot
and Salesforce syncs), commerce (Segment e-commerce spec, Shopify-style addresses, a German shop,
a Brazilian marketplace), fintech (transfers, payees, card authorisations, KYC, loans, a Spanish
onboarding, a Dutch direct-debit mandate), health (telehealth, symptom checker, pharmacy refills,
lab results, NHS-style registration, a French reimbursement), travel (flights, hotels, eVisa),
food delivery and ride hailing, education, streaming, dating, smart-home devices, public sector
benefits and permits, recruiting; plus page/screen/alias/group calls and dev-tool events that
carry PII under neutral keys. Contexts of analytics.js, analytics-swift, analytics-kotlin,
analytics_flutter, analytics-react-native and the python, node, go, java, ruby, .NET and PHP server
libraries. Mostly camelCase/snake_case English keys; about 15 % other conventions: German,
Spanish, Brazilian Portuguese, French and Dutch keys, HubSpot-style lowercase properties,
Salesforce `__c` / PascalCase fields, Shopify/Stripe nested shapes, HTTP-header-style keys.
Values come from this file's own generators: names from some twenty cultures, addresses and postal
codes of eighteen countries, phones in international and national formats of those countries,
IBANs with valid mod-97 check digits, Luhn-valid cards and IMEIs, CPF/DNI/BSN/NIR/NHS numbers with
their check digits.

Labelling rules (a careful privacy owner, the reference's default colours):
- A path is PII when its values are personal data about a person (user, customer, patient,
  passenger, payee, courier, candidate...). Data about a business (company name, HQ, merchant,
  restaurant, hotel) is green, including product, plan, project, course and company names under
  `name`-like keys.
- Identifiers minted by the sending system for its own records (user/order/ticket/session ids,
  device.id, anonymousId-like UUIDs, booking references, case numbers, SKUs, EAN codes, tracking
  numbers, hashes, checksums, versions, timestamps) are green. Identifiers issued by a third party
  that name a person outside the system are PII: government numbers (SSN -> social security
  number; other national/tax ids -> national id; passport; visa; driving licence -> license),
  health ids (NHS number, MRN, insurance member id, Rx number), student/frequent-flyer/loyalty/
  known-traveller numbers (identification), device serials and IMEIs (serial), ad ids.
- Country, state/province/region, locale, timezone, currency, language: green. City, postal code,
  street line, full address, precise coordinates or geohash of a person's location: yellow. A city
  a user searches for as a travel destination is green.
- Booleans, counters, enums and masks under PII-sounding keys (email_verified, phone_type,
  card_last4, card_brand, sort code, address_type...) are green; a value that states a special
  category about the person (veteran status, disability status, salutation Herr/Frau -> gender) is
  labelled with that category.
- Credentials: passwords -> password; bearer/session/JWT tokens -> token; API keys, cloud keys and
  webhook URLs embedding a secret -> secret. Full card numbers -> credit card; IBANs and account
  numbers -> bank account (sort codes, BICs, routing numbers green).
- Free text is labelled by what it holds: every value of a labelled free-text path carries that
  PII; free text without PII is green.
- `value_only` is true when the key gives no hint of the PII type (value, query, login, owner,
  payload fields, free text...) so only the value can tell.
- Age and year of birth -> birthdate; income -> salary; nationality -> citizenship.
- `a|b` when either matcher name is right (street|address, gender|sex, ...).
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

NAMES = {
    "jp": (["Aiko", "Haruto", "Yuki", "Sakura", "Hiroshi", "Ren"], ["Tanaka", "Sato", "Suzuki", "Kobayashi"]),
    "cn": (["Wei", "Mei", "Jing", "Hao", "Xiaoling"], ["Wang", "Chen", "Zhang", "Liu", "Huang"]),
    "in": (
        ["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair"],
    ),
    "ar": (
        ["Fatima", "Omar", "Layla", "Yusuf", "Zainab", "Tariq"],
        ["Al-Farsi", "Haddad", "Hassan", "Khalil"],
    ),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Amara", "Emeka"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "br": (
        ["Lucas", "Ana", "Mateus", "Beatriz", "Gabriel", "Larissa"],
        ["Silva", "Santos", "Oliveira", "Souza"],
    ),
    "de": (
        ["Lukas", "Lena", "Jonas", "Hannah", "Felix", "Mia"],
        ["Müller", "Schmidt", "Schneider", "Fischer"],
    ),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Inès"], ["Dubois", "Lefèvre", "Moreau", "Girard"]),
    "es": (["Sofía", "Mateo", "Lucía", "Javier", "Carmen"], ["García", "Rodríguez", "Martínez", "Sánchez"]),
    "mx": (["Ximena", "Diego", "Valeria", "Santiago"], ["Hernández", "González", "Ramírez", "Torres"]),
    "nl": (["Daan", "Anouk", "Sem", "Fleur", "Bram"], ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser"]),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon", "Do-yun"], ["Kim", "Park", "Choi", "Jung"]),
    "pl": (["Katarzyna", "Piotr", "Zofia", "Jakub"], ["Kowalski", "Nowak", "Wiśniewska", "Wójcik"]),
    "se": (["Sven", "Ingrid", "Elsa", "Oskar"], ["Johansson", "Lindqvist", "Andersson", "Nilsson"]),
    "tr": (["Mehmet", "Elif", "Emre", "Zeynep"], ["Yılmaz", "Demir", "Kaya", "Şahin"]),  # noqa: RUF001
    "vn": (["Linh", "Minh", "Thao", "Quang"], ["Nguyen", "Tran", "Pham", "Vu"]),
    "us": (
        ["Emily", "James", "Aaliyah", "DeShawn", "Madison", "Tyler"],
        ["Smith", "Johnson", "Brooks", "Murphy"],
    ),
    "gh": (["Kwame", "Ama", "Kofi", "Abena"], ["Mensah", "Boateng", "Owusu", "Asante"]),
    "za": (["Thandiwe", "Sipho", "Lerato"], ["Dlamini", "Nkosi", "Mokoena", "van der Merwe"]),
    "ie": (["Siobhan", "Ciarán", "Aoife", "Niamh"], ["O'Sullivan", "Byrne", "Kelly", "Walsh"]),
    "ru": (["Dmitri", "Olga", "Anastasia", "Ivan"], ["Ivanova", "Petrov", "Smirnov", "Volkova"]),
}
ALL_FIRST = sorted({n for firsts, _ in NAMES.values() for n in firsts})
ALL_LAST = sorted({n for _, lasts in NAMES.values() for n in lasts})

# country -> name pools most likely seen there
POOLS = {
    "US": ["us", "us", "mx", "cn", "in", "ng", "ie"],
    "GB": ["us", "in", "ie", "ng", "ar", "pl"],
    "DE": ["de", "de", "tr", "pl", "ru"],
    "FR": ["fr", "fr", "ar", "vn"],
    "IN": ["in"],
    "BR": ["br"],
    "JP": ["jp"],
    "AU": ["us", "cn", "vn", "ie"],
    "NL": ["nl", "nl", "tr"],
    "ES": ["es"],
    "MX": ["mx"],
    "NG": ["ng"],
    "KR": ["kr"],
    "CA": ["us", "fr", "cn", "in"],
    "PL": ["pl"],
    "SE": ["se", "ar"],
    "IE": ["ie"],
    "ZA": ["za", "gh"],
}


def ascii_fold(s: str) -> str:
    s = s.replace("\u0131", "i").replace("ł", "l").replace("ş", "s")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def rdig(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, cc: str, national: bool | None = None) -> str:
    national = f.r.random() < 0.4 if national is None else national
    d = lambda n: rdig(f, n)  # noqa: E731
    intl, nat = {
        "US": (
            f"+1 {f.r.randint(201, 989)} {f.r.randint(201, 989)} {d(4)}",
            f"({f.r.randint(201, 989)}) 4{d(2)}-{d(4)}",
        ),
        "CA": (
            f"+1{f.r.randint(204, 905)}{f.r.randint(201, 989)}{d(4)}",
            f"{f.r.randint(204, 905)}-5{d(2)}-{d(4)}",
        ),
        "GB": (f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}"),
        "DE": (f"+49 15{d(1)} {d(8)}", f"0170 {d(7)}"),
        "FR": (f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"07 {d(2)} {d(2)} {d(2)} {d(2)}"),
        "IN": (f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}"),
        "BR": (f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"),
        "JP": (f"+81 90-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}"),
        "AU": (f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}"),
        "NL": (f"+31 6 {d(8)}", f"06-{d(8)}"),
        "ES": (f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"),
        "MX": (f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"),
        "NG": (f"+234 803 {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}"),
        "KR": (f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"),
        "PL": (f"+48 5{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}"),
        "SE": (f"+46 70 {d(3)} {d(2)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}"),
        "IE": (f"+353 87 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}"),
        "ZA": (f"+27 82 {d(3)} {d(4)}", f"082 {d(3)} {d(4)}"),
    }[cc]
    return nat if national else intl


def uk_postcode(f: Fake, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{f.r.randint(1, 20)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def address(f: Fake, cc: str) -> dict:
    """street line, line2 (may be empty), city, region, postal code."""
    n = f.r.randint(1, 240)
    r = f.r.randint
    if cc == "US":
        city, region, z = f.pick(
            [
                ("Portland", "OR", "972"),
                ("Austin", "TX", "787"),
                ("Chicago", "IL", "606"),
                ("Brooklyn", "NY", "112"),
                ("Atlanta", "GA", "303"),
                ("Denver", "CO", "802"),
            ]
        )
        streets = ["Maple Ave", "W 4th St", "Peachtree Rd NE", "Lincoln Blvd", "Oak Street"]
        street = f"{r(10, 9800)} {f.pick(streets)}"
        postal = z + f"{r(0, 99):02d}" + f.pick(["", f"-{r(1000, 9999)}"])
        line2 = f.pick(["", f"Apt {r(1, 40)}{f.pick('ABCD')}", f"Suite {r(100, 900)}"])
    elif cc == "CA":
        city, region, postal = f.pick(
            [("Toronto", "ON", "M5V 2T6"), ("Vancouver", "BC", "V6B 1A1"), ("Montréal", "QC", "H2X 1Y4")]
        )
        street = f"{r(10, 990)} {f.pick(['Queen St W', 'Rue Saint-Denis', 'Granville St'])}"
        line2 = f.pick(["", f"Unit {r(100, 2500)}"])
    elif cc == "GB":
        city, region, area = f.pick(
            [
                ("London", "Greater London", "SE"),
                ("Manchester", "Greater Manchester", "M"),
                ("Leeds", "West Yorkshire", "LS"),
                ("Bristol", "Bristol", "BS"),
                ("Glasgow", "Scotland", "G"),
            ]
        )
        street = f"{n} {f.pick(['Victoria Road', 'Church Lane', 'Albert Street', 'Mill Close', 'Park View'])}"
        postal = uk_postcode(f, area)
        line2 = f.pick(["", f"Flat {r(1, 30)}"])
    elif cc == "DE":
        city, region, z = f.pick(
            [
                ("Berlin", "Berlin", "10"),
                ("München", "Bayern", "80"),
                ("Hamburg", "Hamburg", "20"),
                ("Köln", "Nordrhein-Westfalen", "50"),
                ("Leipzig", "Sachsen", "04"),
            ]
        )
        streets = ["Hauptstraße", "Bergmannstraße", "Goethestraße", "Schillerweg", "Am Markt"]
        street = f"{f.pick(streets)} {n}{f.pick(['', 'a', 'b'])}"
        postal = z + f"{r(0, 999):03d}"
        line2 = f.pick(["", "Hinterhaus", f"{r(1, 5)}. OG"])
    elif cc == "FR":
        city, region, z = f.pick(
            [
                ("Paris", "Île-de-France", "750"),
                ("Lyon", "Auvergne-Rhône-Alpes", "6900"),
                ("Marseille", "Provence-Alpes-Côte d'Azur", "130"),
                ("Lille", "Hauts-de-France", "590"),
            ]
        )
        streets = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo"]
        street = f"{n} {f.pick(streets)}"
        postal = z + str(r(1, 9)) if len(z) == 4 else z + f"{r(1, 20):02d}"
        line2 = f.pick(["", f"Bât. {f.pick('ABC')}", f"Appt {r(1, 60)}"])
    elif cc == "IN":
        city, region, z = f.pick(
            [
                ("Bengaluru", "Karnataka", "5600"),
                ("Mumbai", "Maharashtra", "4000"),
                ("Pune", "Maharashtra", "4110"),
                ("Chennai", "Tamil Nadu", "6000"),
            ]
        )
        street = (
            f"{n}, {f.pick(['MG Road', '12th Main, Indiranagar', 'Linking Road, Bandra West', 'FC Road'])}"
        )
        postal = z + f"{r(1, 99):02d}"
        line2 = f.pick(["", f"Flat {r(101, 1204)}, {f.pick(['Prestige Towers', 'Sai Residency'])}"])
    elif cc == "BR":
        city, region, postal = f.pick(
            [
                ("São Paulo", "SP", "01310-100"),
                ("Rio de Janeiro", "RJ", "22041-001"),
                ("Belo Horizonte", "MG", "30130-000"),
                ("Curitiba", "PR", "80010-000"),
            ]
        )
        street = (
            f"{f.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Av. Atlântica'])}, {r(10, 3000)}"
        )
        line2 = f.pick(["", f"Apto {r(11, 1502)}"])
    elif cc == "JP":
        city, region, postal = f.pick(
            [
                ("Shibuya-ku", "Tokyo", "150-0001"),
                ("Osaka", "Osaka", "530-0001"),
                ("Yokohama", "Kanagawa", "220-0012"),
                ("Fukuoka", "Fukuoka", "810-0001"),
            ]
        )
        street = f"{r(1, 5)}-{r(1, 30)}-{r(1, 20)} {f.pick(['Jingumae', 'Umeda', 'Minatomirai', 'Tenjin'])}"
        line2 = f.pick(["", f"{f.pick(['Sunny Heights', 'Maison Aoi'])} {r(101, 905)}"])
    elif cc == "AU":
        city, region, postal = f.pick(
            [("Sydney", "NSW", "2010"), ("Melbourne", "VIC", "3065"), ("Brisbane", "QLD", "4101")]
        )
        street = f"{n} {f.pick(['Beach Road', 'Smith Street', 'Oxford St'])}"
        line2 = f.pick(["", f"Unit {r(1, 40)}"])
    elif cc == "NL":
        city, region, postal = f.pick(
            [
                ("Amsterdam", "Noord-Holland", "1016 GV"),
                ("Utrecht", "Utrecht", "3511 AB"),
                ("Rotterdam", "Zuid-Holland", "3011 AA"),
                ("Eindhoven", "Noord-Brabant", "5611 AB"),
            ]
        )
        street = f"{f.pick(['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Stratumseind'])} {n}"
        line2 = f.pick(["", "II", "huis"])
    elif cc == "ES":
        city, region, postal = f.pick(
            [
                ("Madrid", "Madrid", "28014"),
                ("Barcelona", "Cataluña", "08001"),
                ("Valencia", "Comunidad Valenciana", "46001"),
                ("Sevilla", "Andalucía", "41001"),
            ]
        )
        streets = ["Calle de Alcalá", "Carrer de Mallorca", "Calle Mayor", "Avenida de la Constitución"]
        street = f"{f.pick(streets)} {n}"
        line2 = f.pick(["", f"{r(1, 8)}º {f.pick('ABCD')}"])
    elif cc == "MX":
        city, region, postal = f.pick(
            [
                ("Ciudad de México", "CDMX", "03940"),
                ("Guadalajara", "Jalisco", "44100"),
                ("Monterrey", "Nuevo León", "64000"),
            ]
        )
        street = f"{f.pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta'])} {r(10, 2000)}"
        line2 = f.pick(["", f"Int. {r(1, 20)}"])
    elif cc == "NG":
        city, region, postal = f.pick(
            [("Lagos", "Lagos", "101233"), ("Abuja", "FCT", "900211"), ("Ibadan", "Oyo", "200284")]
        )
        street = f"{n} {f.pick(['Admiralty Way, Lekki', 'Adeola Odeku Street', 'Aminu Kano Crescent'])}"
        line2 = ""
    elif cc == "KR":
        city, region, postal = f.pick([("Seoul", "Seoul", "06236"), ("Busan", "Busan", "48058")])
        street = f"{r(1, 500)} {f.pick(['Teheran-ro, Gangnam-gu', 'Haeundae-ro', 'Sejong-daero, Jung-gu'])}"
        line2 = f.pick(["", f"#{r(101, 2204)}"])
    elif cc == "PL":
        city, region, postal = f.pick(
            [
                ("Warszawa", "mazowieckie", "00-514"),
                ("Kraków", "małopolskie", "31-042"),
                ("Gdańsk", "pomorskie", "80-831"),
            ]
        )
        street = f"ul. {f.pick(['Marszałkowska', 'Floriańska', 'Długa'])} {n}"
        line2 = f.pick(["", f"m. {r(1, 80)}"])
    elif cc == "SE":
        city, region, postal = f.pick(
            [
                ("Stockholm", "Stockholms län", "111 21"),
                ("Göteborg", "Västra Götaland", "411 07"),
                ("Malmö", "Skåne", "211 22"),
            ]
        )
        street = f"{f.pick(['Drottninggatan', 'Kungsgatan', 'Södra Förstadsgatan'])} {n}"
        line2 = f.pick(["", f"lgh {r(1001, 1404)}"])
    elif cc == "IE":
        city, region, postal = f.pick(
            [
                ("Dublin", "Leinster", "D02 VF65"),
                ("Cork", "Munster", "T12 X70A"),
                ("Galway", "Connacht", "H91 E2K3"),
            ]
        )
        street = f"{n} {f.pick(['Grafton Street', 'Patrick Street', 'Shop Street'])}"
        line2 = f.pick(["", f"Apartment {r(1, 50)}"])
    else:  # ZA
        city, region, postal = f.pick(
            [("Cape Town", "Western Cape", "8001"), ("Johannesburg", "Gauteng", "2196")]
        )
        street = f"{n} {f.pick(['Long Street', 'Jan Smuts Avenue', 'Bree Street'])}"
        line2 = ""
    return {"street": street, "line2": line2, "city": city, "region": region, "postal": postal}


EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.co.uk",
    "web.de",
    "gmx.net",
    "orange.fr",
    "uol.com.br",
    "yahoo.co.jp",
    "naver.com",
    "qq.com",
    "rediffmail.com",
    "wp.pl",
    "telia.com",
    "eircom.net",
    "fastmail.com",
]
WORK_DOMAINS = [
    "acme-logistics.com",
    "brightwave.io",
    "northpeak.co",
    "helios-health.org",
    "kitewing.de",
    "plumtree.fr",
    "orbitfin.com.br",
    "tanuki-labs.jp",
]


def email_for(f: Fake, first: str, last: str, work: bool = False) -> str:
    fi, la = (
        ascii_fold(first).lower().replace("-", ""),
        ascii_fold(last).lower().replace(" ", "").replace("'", ""),
    )
    local = f.pick(
        [
            f"{fi}.{la}",
            f"{fi}{la[:1]}",
            f"{fi[:1]}{la}",
            f"{fi}_{la}{f.r.randint(1, 99)}",
            f"{la}.{fi}{f.r.randint(70, 99)}",
            f"{fi}+shop@",
            f"{fi}{f.r.randint(1980, 2005)}",
        ]
    )
    local = local.replace("@", "")
    return f"{local}@{f.pick(WORK_DOMAINS if work else EMAIL_DOMAINS)}"


def luhn(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial + "0")):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def card_number(f: Fake) -> str:
    prefix, length = f.pick([("4", 16), ("4", 16), ("53", 16), ("2223", 16), ("37", 15), ("6011", 16)])
    number = luhn(prefix + rdig(f, length - len(prefix) - 1))
    style = f.pick(["plain", "space", "dash"])
    if length == 15:
        return number if style == "plain" else f"{number[:4]} {number[4:10]} {number[10:]}"
    if style == "plain":
        return number
    sep = " " if style == "space" else "-"
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n23",
    "NL": "a4n10",
    "ES": "n20",
    "BE": "n12",
    "IT": "a1n22",
    "PL": "n24",
    "SE": "n20",
    "IE": "a4n14",
}
BANK_CODES = {"GB": ["NWBK", "BARC", "MIDL", "LOYD"], "NL": ["ABNA", "INGB", "RABO"], "IE": ["AIBK", "BOFI"]}


def iban(f: Fake, cc: str, spaced: bool | None = None) -> str:
    fmt = IBAN_BBAN[cc]
    if fmt.startswith("a4"):
        bban = f.pick(BANK_CODES[cc]) + rdig(f, int(fmt[3:]))
    elif fmt.startswith("a1"):
        bban = f.pick("ABCDEFGHX") + rdig(f, int(fmt[3:]))
    else:
        bban = rdig(f, int(fmt[1:]))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    raw = f"{cc}{check:02d}{bban}"
    spaced = f.r.random() < 0.4 if spaced is None else spaced
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def ssn(f: Fake) -> str:
    area = f.pick([a for a in range(1, 899) if a != 666])
    s = f"{area:03d}-{f.r.randint(1, 99):02d}-{f.r.randint(1, 9999):04d}"
    return s if f.r.random() < 0.7 else s.replace("-", "")


def cpf(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=False)) % 11
        d.append(0 if s < 2 else 11 - s)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
        if (sum(v * w for v, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def nir(f: Fake) -> str:
    body = f"{f.r.randint(1, 2)}{f.r.randint(60, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 95):02d}"
    body += f"{f.r.randint(1, 999):03d}{f.r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nhs_number(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(v * w for v, w in zip(d, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        t = "".join(map(str, d)) + str(0 if check == 11 else check)
        return f"{t[:3]} {t[3:6]} {t[6:]}"


def passport_no(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            rdig(f, 9),  # US / UK
            "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),  # DE
            f.pick(up) + rdig(f, 7),  # IN
            f.pick(["TK", "TR", "MU"]) + rdig(f, 7),  # JP
            f.pick(up) + f.pick(up) + rdig(f, 6),  # BR / FR style
        ]
    )


def national_tax_id(f: Fake) -> str:
    return f.pick([ssn(f), cpf(f), dni(f), bsn(f), f"{rdig(f, 4)} {rdig(f, 4)} {rdig(f, 4)}"])


def imei(f: Fake) -> str:
    return luhn(f.pick(["35", "86", "01"]) + rdig(f, 12))


def serial_no(f: Fake) -> str:
    al = string.ascii_uppercase + string.digits
    return f.pick(
        [
            "C02" + "".join(f.pick(al) for _ in range(9)),
            "R58M" + "".join(f.pick(al) for _ in range(7)),
            f"SN-{rdig(f, 4)}-{''.join(f.pick(al) for _ in range(6))}",
            "G" + "".join(f.pick(al) for _ in range(15)),
        ]
    )


def mac(f: Fake) -> str:
    b = [f.r.randint(0, 255) for _ in range(6)]
    style = f.pick(["colon", "dash", "dot", "lower"])
    if style == "colon":
        return ":".join(f"{x:02X}" for x in b)
    if style == "dash":
        return "-".join(f"{x:02X}" for x in b)
    if style == "dot":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return ":".join(f"{x:02x}" for x in b)


def ipv4(f: Fake) -> str:
    first = f.pick([24, 31, 45, 62, 77, 81, 88, 101, 109, 142, 151, 176, 185, 189, 203, 213])
    return f"{first}.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"


def ipv6(f: Fake) -> str:
    return (
        f.pick(["2a02:", "2600:", "2001:16b8:", "2405:"])
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(5))
        + "::"
        + f"{f.r.randint(1, 65535):x}"
    )


def ip(f: Fake) -> str:
    return ipv4(f) if f.r.random() < 0.75 else ipv6(f)


def jwt(f: Fake) -> str:
    return f.jwt()


def api_secret(f: Fake) -> str:
    al = string.ascii_letters + string.digits
    kind = f.pick(["stripe", "github", "google", "sendgrid", "openai", "aws"])
    if kind == "stripe":
        return "sk_live_" + "".join(f.pick(al) for _ in range(30))
    if kind == "github":
        return "ghp_" + "".join(f.pick(al) for _ in range(36))
    if kind == "google":
        return "AIza" + "".join(f.pick(al + "-_") for _ in range(35))
    if kind == "sendgrid":
        return "SG." + "".join(f.pick(al) for _ in range(22)) + "." + "".join(f.pick(al) for _ in range(43))
    if kind == "openai":
        return "sk-proj-" + "".join(f.pick(al) for _ in range(48))
    return "AKIA" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(16))


def slack_webhook(f: Fake) -> str:
    al = string.ascii_letters + string.digits
    return f"https://hooks.slack.com/services/T{rdig(f, 8)}/B{rdig(f, 10)}/" + "".join(
        f.pick(al) for _ in range(24)
    )


def sha256(f: Fake) -> str:
    return hashlib.sha256(str(f.r.random()).encode()).hexdigest()


def ean13(f: Fake) -> str:
    d = f.pick(["400", "590", "871", "500", "789", "843"]) + rdig(f, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def order_number(f: Fake) -> str:
    """16 digits from a payment processor; some happen to pass Luhn (green all the same)."""
    return f.pick(["4", "5", "6"]) + rdig(f, 15)


def dob(f: Fake, style: str = "iso") -> str:
    y, m, d = f.r.randint(1948, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    return {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "eu": f"{d:02d}.{m:02d}.{y}",
        "fr": f"{d:02d}/{m:02d}/{y}",
    }[style]


def iso(f: Fake) -> str:
    return f.iso()


def geohash(f: Fake) -> str:
    return "".join(f.pick("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(9))


def uid(f: Fake) -> str:
    return f.uuid()


class Person:
    def __init__(self, f: Fake, cc: str | None = None):
        self.cc = cc or f.pick(list(POOLS))
        firsts, lasts = NAMES[f.pick(POOLS[self.cc])]
        self.first, self.last = f.pick(firsts), f.pick(lasts)
        self.full = f"{self.first} {self.last}"
        self.email = email_for(f, self.first, self.last)
        self.work_email = email_for(f, self.first, self.last, work=True)
        self.phone = phone(f, self.cc)
        self.addr = address(f, self.cc)
        self.ip = ip(f)


class Current:
    p: Person


CUR = Current()


def p() -> Person:
    return CUR.p


def person(f: Fake, cc: str | None = None) -> Person:
    return Person(f, cc)


def other_name(f: Fake) -> str:
    return person(f).full


def full_address(f: Fake, who: Person) -> str:
    a = who.addr
    parts = [
        a["street"],
        a["line2"],
        f"{a['postal']} {a['city']}"
        if who.cc in {"DE", "FR", "NL", "ES", "PL", "SE", "BR"}
        else f"{a['city']}, {a['region']} {a['postal']}",
    ]
    return ", ".join(x for x in parts if x)


# -- contexts ---------------------------------------------------------------------------------------


def const(v):
    return G(lambda f: v)


BROWSER_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]


def web(app: str, path: str, title: str):
    def ctx(f: Fake):
        host = f"https://{app}"
        return {
            "library": {
                "name": const("analytics.js"),
                "version": G(lambda f: f.pick(["next-1.72.0", "next-1.74.1"])),
            },
            "page": {
                "path": const(path),
                "referrer": G(
                    lambda f: f.pick(["", "https://www.google.com/", "https://t.co/x9Zq2", f"{host}/"])
                ),
                "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=nav"])),
                "title": const(title),
                "url": G(lambda f: host + path),
            },
            "userAgent": G(lambda f: f.pick(BROWSER_UAS)),
            "userAgentData": {
                "brands": Many(
                    {
                        "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                        "version": G(lambda f: f.pick(["124", "99"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
            },
            "locale": G(lambda f: f.pick(["en-US", "en-GB", "de-DE", "pt-BR", "fr-FR"])),
            "timezone": G(
                lambda f: f.pick(["America/Chicago", "Europe/Berlin", "Asia/Kolkata", "America/Sao_Paulo"])
            ),
            "campaign": {
                "name": G(lambda f: f.pick(["spring_sale", "q2_webinar", "brand_search"])),
                "source": G(lambda f: f.pick(["google", "newsletter", "linkedin"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            },
            "ip": Y(lambda f: p().ip, "ip"),
        }

    return ctx


def swift(app: str, bundle: str):
    def ctx(f: Fake):
        return {
            "app": {
                "name": const(app),
                "version": G(lambda f: f.pick(["5.3.0", "5.4.1"])),
                "build": G(lambda f: f.pick(["5301", "5412"])),
                "namespace": const(bundle),
            },
            "device": {
                "id": G(lambda f: f.uuid().upper()),
                "manufacturer": const("Apple"),
                "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPad13,18"])),
                "type": const("ios"),
                "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
                "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            },
            "library": {"name": const("analytics-swift"), "version": const("1.5.11")},
            "os": {"name": const("iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7"]))},
            "screen": {"width": const(393), "height": const(852), "density": const(3)},
            "network": {
                "wifi": G(lambda f: f.pick([True, False])),
                "cellular": G(lambda f: f.pick([True, False])),
                "bluetooth": const(False),
            },
            "locale": G(lambda f: f.pick(["en-US", "ja-JP", "en-AU"])),
            "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Tokyo", "Australia/Sydney"])),
        }

    return ctx


def kotlin(app: str, pkg: str):
    def ctx(f: Fake):
        return {
            "app": {
                "name": const(app),
                "version": G(lambda f: f.pick(["8.12.0", "8.13.2"])),
                "build": G(lambda f: f.pick(["81200", "81302"])),
                "namespace": const(pkg),
            },
            "device": {
                "id": G(lambda f: f.hexid(16)),
                "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "OnePlus"])),
                "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201117TG", "CPH2449"])),
                "type": const("android"),
                "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
                "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            },
            "library": {"name": const("analytics-kotlin"), "version": const("1.15.0")},
            "instanceId": G(lambda f: f.uuid()),
            "os": {"name": const("Android"), "version": G(lambda f: f.pick(["14", "13"]))},
            "screen": {"density": const(2.75), "width": const(1080), "height": const(2340)},
            "network": {
                "wifi": G(lambda f: f.pick([True, False])),
                "carrier": G(lambda f: f.pick(["Vodafone", "T-Mobile", "Jio"])),
            },
            "userAgent": const("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
            "locale": G(lambda f: f.pick(["en-IN", "de-DE", "es-ES"])),
            "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Europe/Berlin", "Europe/Madrid"])),
            "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: p().email, "email")},
        }

    return ctx


def flutter(app: str):
    def ctx(f: Fake):
        return {
            "app": {"name": const(app), "version": const("2.7.0"), "build": const("207")},
            "device": {
                "id": G(lambda f: f.uuid()),
                "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
                "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E"])),
            },
            "library": {"name": const("analytics_flutter"), "version": const("1.1.3")},
            "os": {
                "name": G(lambda f: f.pick(["iOS", "Android"])),
                "version": G(lambda f: f.pick(["17.2", "14"])),
            },
            "screen": {"width": const(390), "height": const(844)},
            "locale": G(lambda f: f.pick(["en-GB", "en-NG", "pt-BR"])),
            "timezone": G(lambda f: f.pick(["Europe/London", "Africa/Lagos", "America/Sao_Paulo"])),
        }

    return ctx


def react_native(app: str):
    def ctx(f: Fake):
        return {
            "app": {
                "name": const(app),
                "version": const("4.2.1"),
                "build": const("1042"),
                "namespace": const("com." + app.lower().replace(" ", "")),
            },
            "device": {
                "id": G(lambda f: f.uuid()),
                "manufacturer": G(lambda f: f.pick(["Apple", "Google"])),
                "model": G(lambda f: f.pick(["iPhone16,1", "Pixel 7"])),
                "name": Y(lambda f: f"{p().first}'s {f.pick(['iPhone', 'Pixel', 'iPad'])}", "name"),
                "type": G(lambda f: f.pick(["ios", "android"])),
            },
            "library": {"name": const("@segment/analytics-react-native"), "version": const("2.19.2")},
            "os": {
                "name": G(lambda f: f.pick(["iOS", "Android"])),
                "version": G(lambda f: f.pick(["17.5", "14"])),
            },
            "network": {
                "wifi": G(lambda f: f.pick([True, False])),
                "cellular": G(lambda f: f.pick([True, False])),
            },
            "locale": G(lambda f: f.pick(["en-US", "en-CA", "es-MX"])),
            "timezone": G(
                lambda f: f.pick(["America/Toronto", "America/Mexico_City", "America/Los_Angeles"])
            ),
        }

    return ctx


def server(
    lib: str, version: str, with_ip: bool = False, with_location: bool = False, with_external: bool = False
):
    def ctx(f: Fake):
        c = {"library": {"name": const(lib), "version": const(version)}}
        if with_ip:
            c["ip"] = Y(lambda f: p().ip, "ip")
            c["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/123.0 Safari/537.36",
                        "okhttp/4.12.0",
                    ]
                )
            )
        if with_location:
            c["location"] = {
                "city": Y(lambda f: p().addr["city"], "city"),
                "country": G(lambda f: p().cc),
                "region": G(lambda f: p().addr["region"]),
                "latitude": Y(lambda f: round(f.r.uniform(-40, 60), 5), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-120, 140), 5), "geolocation"),
            }
        if with_external:
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: p().email, "email", True),
                    "type": const("email"),
                    "collection": const("users"),
                    "encoding": const("none"),
                },
                1,
            )
            c["groupId"] = G(lambda f: "org_" + f.hexid(10))
        return c

    return ctx


CLIENTS = {
    "web_tasklane": web("app.tasklane.io", "/projects", "Projects - Tasklane"),
    "web_shop": web("www.northwind-apparel.com", "/checkout", "Checkout | Northwind Apparel"),
    "web_care": web("care.helios-health.org", "/book", "Book a visit"),
    "web_fly": web("www.skyhop.travel", "/booking/passengers", "Passenger details"),
    "web_gov": web("benefits.state-portal.gov", "/apply", "Apply for assistance"),
    "swift_bank": swift("Lumen", "com.lumen.bank"),
    "swift_stream": swift("Reelbox", "tv.reelbox.ios"),
    "swift_hotel": swift("StayWell", "com.staywell.app"),
    "kotlin_bank": kotlin("Lumen", "com.lumen.bank"),
    "kotlin_ride": kotlin("Zoomr", "app.zoomr.rider"),
    "flutter_learn": flutter("Brightpath Learn"),
    "flutter_home": flutter("Nestio Home"),
    "rn_food": react_native("Dishly"),
    "rn_date": react_native("Kindred"),
    "python": server("analytics-python", "2.3.2", with_ip=True),
    "node": server("@segment/analytics-node", "2.1.0", with_external=True),
    "go": server("analytics-go", "3.3.0"),
    "java": server("analytics-java", "3.5.1", with_ip=True),
    "ruby": server("analytics-ruby", "2.4.0", with_location=True),
    "dotnet": server("Analytics.NET", "3.8.1"),
    "php": server("analytics-php", "3.7.0", with_ip=True),
}

# -- events -----------------------------------------------------------------------------------------

E = Y  # readability: E(...) yellow, R(...) red
R = RED


def pick(*vals):
    return lambda f: f.pick(list(vals))


def money(lo, hi):
    return lambda f: round(f.r.uniform(lo, hi), 2)


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


EVENTS = [
    # -- B2B SaaS --------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web_tasklane",
        {
            "firstName": E(lambda f: p().first, "name"),
            "lastName": E(lambda f: p().last, "name"),
            "email": E(lambda f: p().work_email, "email"),
            "username": E(
                lambda f: ascii_fold(p().first).lower() + "." + ascii_fold(p().last).lower().replace(" ", ""),
                "name|identification",
            ),
            "avatar": E(lambda f: f"https://cdn.tasklane.io/avatars/{f.hexid(12)}/{f.hexid(8)}.jpg", "photo"),
            "title": G(pick("Head of Operations", "Product Designer", "Staff Engineer", "Account Executive")),
            "company": {
                "name": G(pick("Acme Logistics", "Brightwave", "Northpeak", "Kitewing GmbH")),
                "id": G(lambda f: "org_" + f.hexid(10)),
                "industry": G(pick("Logistics", "Software", "Retail")),
                "employee_count": G(rint(5, 4000)),
                "plan": G(pick("team", "business", "enterprise")),
            },
            "createdAt": G(iso),
            "logins": G(rint(1, 800)),
            "emailVerified": G(pick(True, False)),
            "plan": G(pick("free", "team", "business")),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "account_name": G(pick("Acme Logistics", "Brightwave Inc.", "Helios Health", "Plumtree SAS")),
            "industry": G(pick("Healthcare", "Logistics", "Software")),
            "employees": G(rint(10, 12000)),
            "plan": G(pick("business", "enterprise")),
            "website": G(pick("https://acme-logistics.com", "https://brightwave.io", "https://plumtree.fr")),
            "mrr": G(money(200, 40000)),
            "account_owner": E(lambda f: other_name(f), "name", True),
            "billing_email": E(lambda f: p().work_email, "email"),
            "created_at": G(iso),
        },
    ),
    (
        "track",
        "Invite Sent",
        "web_tasklane",
        {
            "invitee_email": E(lambda f: person(f).work_email, "email"),
            "role": G(pick("member", "admin", "guest")),
            "inviter_name": E(lambda f: p().full, "name"),
            "workspace_name": G(pick("Ops HQ", "Design Team", "Q3 Launch")),
            "seats_used": G(rint(2, 250)),
            "message": E(
                lambda f: f"Hi {person(f).first}, join us on Tasklane so we can plan the launch together.",
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Project Created",
        "web_tasklane",
        {
            "project_id": G(uid),
            "name": G(pick("Website relaunch", "Warehouse migration", "FY25 budget", "Onboarding revamp")),
            "template": G(pick("kanban", "roadmap", "blank")),
            "visibility": G(pick("private", "workspace")),
            "member_count": G(rint(1, 40)),
            "due_date": G(lambda f: f"2024-{f.r.randint(6, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    (
        "track",
        "Integration Connected",
        "python",
        {
            "provider": G(pick("slack", "github", "salesforce")),
            "integration_id": G(lambda f: "int_" + f.hexid(14)),
            "webhook_url": R(slack_webhook, "secret|token", True),
            "api_key": R(api_secret, "secret"),
            "scopes": Many(G(pick("channels:read", "chat:write", "repo", "read:org")), 3),
            "connected_by": E(lambda f: p().work_email, "email", True),
        },
    ),
    (
        "track",
        "Report Exported",
        "go",
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(12)),
            "format": G(pick("csv", "xlsx", "pdf")),
            "row_count": G(rint(10, 250000)),
            "file_name": G(pick("q2-pipeline.csv", "invoices_2024-05.xlsx", "sprint-burndown.pdf")),
            "file_size_bytes": G(rint(2000, 90_000_000)),
            "checksum": G(sha256),
            "duration_ms": G(rint(120, 40000)),
        },
    ),
    (
        "track",
        "User Logged In",
        "java",
        {
            "login": E(lambda f: p().work_email, "email", True),
            "method": G(pick("password", "sso_okta", "google_oauth", "magic_link")),
            "mfa_enabled": G(pick(True, False)),
            "ip_address": E(lambda f: p().ip, "ip"),
            "session_id": G(uid),
            "failed_attempts": G(rint(0, 4)),
            "geo": {"city": E(lambda f: p().addr["city"], "city"), "country_code": G(lambda f: p().cc)},
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        {
            "ticket_id": G(lambda f: int(f.digits(7))),
            "subject": G(
                pick("Cannot export report", "Billing question", "SSO setup help", "Feature request")
            ),
            "description": E(
                lambda f: f.pick(
                    [
                        f"Please update my contact email to {person(f).email}, the old one is deactivated.",
                        f"I can't log in. Best to reach me on {p().phone} this afternoon.",
                        f"Invoice should go to {person(f).work_email} from next month.",
                    ]
                ),
                "email|phone",
                True,
            ),
            "priority": G(pick("low", "normal", "high")),
            "requester": {
                "name": E(lambda f: p().full, "name"),
                "email": E(lambda f: p().work_email, "email"),
            },
            "channel": G(pick("web", "email", "chat")),
        },
    ),
    # HubSpot-style form sync
    (
        "identify",
        None,
        "php",
        {
            "firstname": E(lambda f: p().first, "name"),
            "lastname": E(lambda f: p().last, "name"),
            "email": E(lambda f: p().work_email, "email"),
            "mobilephone": E(lambda f: p().phone, "phone"),
            "jobtitle": G(pick("CFO", "IT Manager", "Marketing Lead")),
            "company": G(pick("Orbit Finance", "Tanuki Labs", "Helios Health")),
            "hs_lead_status": G(pick("NEW", "OPEN", "IN_PROGRESS")),
            "lifecyclestage": G(pick("lead", "marketingqualifiedlead", "opportunity")),
            "hs_analytics_source": G(pick("ORGANIC_SEARCH", "PAID_SOCIAL", "DIRECT_TRAFFIC")),
            "numemployees": G(pick("1-5", "25-50", "500-1000")),
            "city": E(lambda f: p().addr["city"], "city"),
            "zip": E(lambda f: p().addr["postal"], "zipcode"),
            "state": G(lambda f: p().addr["region"]),
            "country": G(lambda f: p().cc),
        },
    ),
    # Salesforce-style
    (
        "track",
        "Opportunity Stage Changed",
        "java",
        {
            "Id": G(lambda f: "0065g00000" + "".join(f.pick(string.ascii_letters) for _ in range(8))),
            "StageName": G(pick("Qualification", "Proposal/Price Quote", "Closed Won")),
            "Amount": G(money(5000, 250000)),
            "CloseDate": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "OwnerId": G(lambda f: "0055g00000" + f.hexid(8)),
            "Contact_Email__c": E(lambda f: p().work_email, "email"),
            "Contact_Phone__c": E(lambda f: p().phone, "phone"),
            "Decision_Maker__c": E(lambda f: other_name(f), "name", True),
            "Lead_Score__c": G(rint(0, 100)),
            "Competitor__c": G(pick("Asana", "Monday.com", "None")),
        },
    ),
    # -- commerce --------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web_shop",
        {
            "product_id": G(lambda f: f.digits(8)),
            "sku": G(lambda f: f"NW-{f.r.randint(1000, 9999)}-{f.pick(['BLK', 'NVY', 'OLV'])}"),
            "name": G(pick("Merino Crew Sweater", "Linen Overshirt", "Trail Runner 2", "Canvas Tote")),
            "brand": G(pick("Northwind", "Fjell", "Oakline")),
            "category": G(pick("Knitwear", "Shirts", "Shoes", "Bags")),
            "variant": G(pick("Black / M", "Navy / L", "Olive / 42")),
            "price": G(money(19, 240)),
            "currency": G(pick("USD", "EUR", "GBP")),
            "ean": G(ean13),
            "image_url": G(lambda f: f"https://cdn.northwind-apparel.com/p/{f.hexid(10)}_1200.jpg"),
            "position": G(rint(1, 48)),
        },
    ),
    (
        "track",
        "Product Added",
        "swift_stream",
        {  # in-app shop of the streaming app (merch)
            "cart_id": G(uid),
            "product_id": G(lambda f: f.digits(8)),
            "sku": G(lambda f: f"NW-{f.r.randint(1000, 9999)}-{f.pick(['BLK', 'NVY', 'OLV'])}"),
            "name": G(pick("Reelbox Hoodie", "Season 2 Poster", "Logo Mug")),
            "price": G(money(9, 60)),
            "quantity": G(rint(1, 3)),
            "size": G(pick("S", "M", "L", "XL")),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        "web_shop",
        {
            "checkout_id": G(lambda f: f.hexid(32)),
            "step": G(rint(1, 4)),
            "shipping_method": G(pick("standard", "express", "pickup")),
            "payment_method": G(pick("card", "paypal", "apple_pay", "klarna")),
            "address_type": G(pick("residential", "business")),
            "save_address": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: f.digits(13)),
            "order_number": G(order_number),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(money(20, 600)),
            "subtotal": G(money(20, 550)),
            "tax": G(money(1, 60)),
            "shipping": G(pick(0, 4.95, 9.9)),
            "discount": G(pick(0, 5, 15)),
            "coupon": G(pick("", "WELCOME10", "SPRING24")),
            "currency": G(pick("USD", "EUR", "CAD")),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(8)),
                    "sku": G(lambda f: f"NW-{f.r.randint(1000, 9999)}-{f.pick(['BLK', 'NVY', 'OLV'])}"),
                    "name": G(
                        pick("Merino Crew Sweater", "Linen Overshirt", "Trail Runner 2", "Canvas Tote")
                    ),
                    "price": G(money(19, 240)),
                    "quantity": G(rint(1, 3)),
                    "category": G(pick("Knitwear", "Shirts", "Shoes")),
                },
                3,
            ),
            "email": E(lambda f: p().email, "email"),
            "shipping_address": {
                "first_name": E(lambda f: p().first, "name"),
                "last_name": E(lambda f: p().last, "name"),
                "address1": E(lambda f: p().addr["street"], "street|address"),
                "address2": G(lambda f: f.pick(["", "Door code at reception", "c/o reception"])),
                "city": E(lambda f: p().addr["city"], "city"),
                "province": G(lambda f: p().addr["region"]),
                "zip": E(lambda f: p().addr["postal"], "zipcode"),
                "country_code": G(lambda f: p().cc),
                "phone": E(lambda f: p().phone, "phone"),
                "company": G(pick("", "Brightwave Inc.", "Acme Logistics")),
            },
            "gift_message": E(lambda f: f"Happy birthday {person(f).first}! Love, {p().first}", "name", True),
            "card_last4": G(lambda f: rdig(f, 4)),
            "card_brand": G(pick("visa", "mastercard", "amex")),
        },
    ),
    (
        "track",
        "Order Shipped",
        "python",
        {
            "order_id": G(lambda f: f.digits(13)),
            "carrier": G(pick("UPS", "DHL", "USPS", "Royal Mail")),
            "tracking_number": G(
                lambda f: f.pick(
                    ["1Z" + f.hexid(6).upper() + f.digits(10), f.digits(10), "JD0" + f.digits(15)]
                )
            ),
            "estimated_delivery": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "recipient": E(lambda f: p().full, "name", True),
            "delivery_address": E(lambda f: full_address(f, p()), "address"),
            "package_count": G(rint(1, 3)),
        },
    ),
    (
        "track",
        "Product Reviewed",
        "web_shop",
        {
            "product_id": G(lambda f: f.digits(8)),
            "review_id": G(lambda f: "rv_" + f.hexid(10)),
            "rating": G(rint(1, 5)),
            "review_body": G(
                pick(
                    "Runs a bit small, order one size up.",
                    "Great quality, washed well.",
                    "Colour is darker than in the photos.",
                    "Comfortable from day one.",
                )
            ),
            "reviewer_name": E(lambda f: f"{p().first} {p().last[0]}.", "name"),
            "verified_purchase": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Bestellung abgeschlossen",
        "php",
        "DE",
        {
            "bestellnummer": G(lambda f: "DE-" + f.digits(8)),
            "gesamtbetrag": G(money(15, 400)),
            "waehrung": const("EUR"),
            "zahlungsart": G(pick("rechnung", "paypal", "sofortueberweisung", "kreditkarte")),
            "versandart": G(pick("DHL Standard", "DHL Express", "Hermes")),
            "kunde": {
                "anrede": E(pick("Herr", "Frau"), "gender|sex"),
                "vorname": E(lambda f: p().first, "name"),
                "nachname": E(lambda f: p().last, "name"),
                "email": E(lambda f: p().email, "email"),
                "telefon": E(lambda f: p().phone, "phone"),
                "geburtsdatum": E(lambda f: dob(f, "eu"), "birthdate"),
                "strasse": E(lambda f: p().addr["street"], "street|address"),
                "plz": E(lambda f: p().addr["postal"], "zipcode"),
                "ort": E(lambda f: p().addr["city"], "city"),
                "land": G(lambda f: p().cc),
            },
            "newsletter": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Pedido Realizado",
        "flutter_home",
        "BR",
        {
            "pedido_id": G(lambda f: "BR" + f.digits(10)),
            "valor_total": G(money(30, 2000)),
            "forma_pagamento": G(pick("pix", "boleto", "cartao_credito")),
            "parcelas": G(rint(1, 12)),
            "cliente": {
                "nome_completo": E(lambda f: p().full, "name"),
                "cpf": R(cpf, "national id"),
                "celular": E(lambda f: p().phone, "phone"),
                "email": E(lambda f: p().email, "email"),
                "cep": E(lambda f: p().addr["postal"], "zipcode"),
                "logradouro": E(lambda f: p().addr["street"], "street|address"),
                "complemento": G(pick("", "casa", "fundos")),
                "cidade": E(lambda f: p().addr["city"], "city"),
                "estado": G(lambda f: p().addr["region"]),
            },
        },
    ),
    (
        "track",
        "Cart Abandoned",
        "ruby",
        {
            "cart_id": G(uid),
            "cart_value": G(money(15, 700)),
            "items_count": G(rint(1, 9)),
            "first_name": E(lambda f: p().first, "name"),
            "email": E(lambda f: p().email, "email"),
            "recovery_url": G(lambda f: f"https://www.northwind-apparel.com/cart/recover/{f.hexid(24)}"),
            "hours_since_activity": G(rint(1, 72)),
        },
    ),
    # -- fintech ---------------------------------------------------------------------------------
    (
        "track",
        "Transfer Initiated",
        "kotlin_bank",
        {
            "transfer_id": G(lambda f: "tr_" + f.hexid(16)),
            "amount": G(money(5, 5000)),
            "currency": G(pick("EUR", "GBP", "PLN")),
            "recipient_name": E(lambda f: other_name(f), "name"),
            "recipient_iban": R(
                lambda f: iban(f, f.pick(["DE", "FR", "NL", "ES", "BE", "IT", "PL", "IE"])), "bank account"
            ),
            "reference": G(pick("Rent May", "Invoice 2024-117", "Dinner split", "Gym membership")),
            "scheduled": G(pick(True, False)),
            "fee": G(pick(0, 0.5, 1.2)),
            "destination_country": G(pick("DE", "FR", "NL", "ES", "PL")),
        },
    ),
    (
        "track",
        "Payee Added",
        "swift_bank",
        {
            "payee_id": G(lambda f: "py_" + f.hexid(12)),
            "payee_type": G(pick("individual", "business")),
            "payee": E(lambda f: other_name(f), "name", True),
            "account_number": R(lambda f: rdig(f, 8), "bank account"),
            "sort_code": G(lambda f: f"{rdig(f, 2)}-{rdig(f, 2)}-{rdig(f, 2)}"),
            "nickname": G(pick("Landlord", "Mum", "Football club", "Cleaner")),
            "confirmation_of_payee": G(pick("match", "close_match", "no_match")),
        },
    ),
    (
        "track",
        "Card Payment Authorized",
        "go",
        {
            "authorization_id": G(lambda f: "auth_" + f.hexid(20)),
            "amount": G(money(1, 900)),
            "currency": G(pick("EUR", "GBP", "USD")),
            "merchant_name": G(pick("Starbucks", "Tesco Express", "Uber *Trip", "Amazon Marketplace")),
            "merchant_category_code": G(pick("5814", "5411", "4121", "5999")),
            "card_number": R(card_number, "credit card"),
            "card_last4": G(lambda f: rdig(f, 4)),
            "entry_mode": G(pick("contactless", "chip", "ecommerce")),
            "risk_score": G(money(0, 1)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "ES",
        {
            "nombre": E(lambda f: p().first, "name"),
            "apellidos": E(lambda f: f"{p().last} {f.pick(NAMES['es'][1])}", "name"),
            "dni": R(dni, "national id"),
            "fecha_nacimiento": E(lambda f: dob(f, "fr"), "birthdate"),
            "correo_electronico": E(lambda f: p().email, "email"),
            "telefono_movil": E(lambda f: p().phone, "phone"),
            "direccion": E(lambda f: full_address(f, p()), "address"),
            "codigo_postal": E(lambda f: p().addr["postal"], "zipcode"),
            "provincia": G(lambda f: p().addr["region"]),
            "iban": R(lambda f: iban(f, "ES"), "bank account"),
            "ingresos_anuales": E(rint(14000, 95000), "salary"),
            "situacion_laboral": G(pick("asalariado", "autonomo", "estudiante", "jubilado")),
        },
    ),
    (
        "track",
        "KYC Verification Completed",
        "dotnet",
        {
            "VerificationId": G(uid),
            "Provider": G(pick("Onfido", "Veriff", "Jumio")),
            "DocumentType": G(pick("passport", "national_identity_card")),
            "DocumentNumber": R(lambda f: f.pick([passport_no(f), dni(f), bsn(f)]), "passport|national id"),
            "DocumentCountry": G(lambda f: p().cc),
            "DateOfBirth": E(dob, "birthdate"),
            "Nationality": E(
                pick("German", "Brazilian", "Indian", "Nigerian", "Polish", "Spanish"), "citizenship"
            ),
            "SelfieUrl": E(lambda f: f"https://kyc-media.lumen.bank/selfies/{f.uuid()}.jpg", "photo"),
            "LivenessScore": G(money(0, 1)),
            "Result": G(pick("clear", "consider", "rejected")),
        },
    ),
    (
        "track",
        "Loan Application Submitted",
        "dotnet",
        "US",
        {
            "ApplicationId": G(lambda f: "LA-" + f.digits(8)),
            "LoanAmount": G(rint(1000, 50000)),
            "TermMonths": G(pick(12, 24, 36, 60)),
            "Purpose": G(pick("car", "home_improvement", "debt_consolidation")),
            "AnnualIncome": E(rint(18000, 180000), "salary"),
            "EmployerName": G(pick("Walmart", "Kaiser Permanente", "Self-employed", "Delta Air Lines")),
            "EmploymentStatus": G(pick("full_time", "part_time", "self_employed")),
            "Ssn": R(ssn, "social security number"),
            "HousingStatus": G(pick("rent", "own", "family")),
            "CreditScoreBand": G(pick("fair", "good", "excellent")),
        },
    ),
    (
        "track",
        "Machtiging Afgegeven",
        "php",
        "NL",
        {  # Dutch energy supplier
            "klantnummer": G(lambda f: f.digits(9)),
            "voornaam": E(lambda f: p().first, "name"),
            "achternaam": E(lambda f: p().last, "name"),
            "rekeningnummer": R(lambda f: iban(f, "NL"), "bank account"),
            "postcode": E(lambda f: p().addr["postal"], "zipcode"),
            "huisnummer": E(lambda f: str(f.r.randint(1, 300)) + f.pick(["", "A", "-2"]), "address|street"),
            "woonplaats": E(lambda f: p().addr["city"], "city"),
            "bsn": R(bsn, "national id"),
            "geboortedatum": E(lambda f: dob(f, "fr").replace("/", "-"), "birthdate"),
            "termijnbedrag": G(money(60, 250)),
        },
    ),
    # -- health ----------------------------------------------------------------------------------
    (
        "track",
        "Appointment Booked",
        "web_care",
        {
            "appointment_id": G(uid),
            "provider_id": G(lambda f: "prv_" + f.digits(6)),
            "visit_type": G(pick("video", "in_person", "phone")),
            "slot_start": G(iso),
            "reason_for_visit": E(
                pick("persistent cough", "migraine", "lower back pain", "eczema flare-up", "anxiety"),
                "condition",
            ),
            "patient_dob": E(lambda f: dob(f, "us"), "birthdate"),
            "insurance_member_id": E(lambda f: f.pick(["XHP", "W", "MBR"]) + f.digits(9), "health id"),
            "is_new_patient": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Symptom Checker Completed",
        "flutter_learn",
        {  # wellbeing module in the student app
            "session_id": G(uid),
            "symptoms": Many(
                E(
                    pick("headache", "fever", "sore throat", "fatigue", "nausea", "shortness of breath"),
                    "condition",
                ),
                3,
            ),
            "duration_days": G(rint(1, 21)),
            "suggested_icd10": Many(E(pick("J06.9", "R51.9", "J02.9", "R53.83", "K52.9"), "diagnosis"), 2),
            "triage_outcome": G(pick("self_care", "see_gp", "urgent_care")),
        },
    ),
    (
        "track",
        "Prescription Refill Requested",
        "rn_food",
        {  # pharmacy tab in the delivery app
            "rx_number": E(lambda f: "RX" + f.digits(7), "health id"),
            "medication_name": E(
                pick("Atorvastatin 20 mg", "Sertraline 50 mg", "Levothyroxine 75 mcg", "Metformin 500 mg"),
                "medication",
            ),
            "quantity": G(pick(30, 60, 90)),
            "pharmacy_name": G(pick("CVS Pharmacy #4411", "Walgreens", "Rexall")),
            "allergies": Many(E(pick("penicillin", "sulfa drugs", "latex", "peanuts"), "allergy"), 2),
            "auto_refill": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Lab Result Released",
        "java",
        {
            "mrn": E(lambda f: "MRN" + f.digits(8), "health id"),
            "test_name": E(pick("HbA1c", "Lipid panel", "TSH", "Complete blood count"), "procedure"),
            "loinc_code": G(pick("4548-4", "57698-3", "3016-3", "58410-2")),
            "diagnosis_code": E(pick("E11.9", "E78.5", "E03.9", "D64.9"), "diagnosis"),
            "result_flag": G(pick("normal", "high", "low")),
            "ordering_physician": E(lambda f: "Dr. " + other_name(f), "name"),
            "released_at": G(iso),
            "portal_notified": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "GB",
        {
            "nhs_number": E(nhs_number, "health id"),
            "first_name": E(lambda f: p().first, "name"),
            "last_name": E(lambda f: p().last, "name"),
            "date_of_birth": E(dob, "birthdate"),
            "postcode": E(lambda f: p().addr["postal"], "zipcode"),
            "gp_practice_code": G(lambda f: f.pick("ABCFGHJKLMNPY") + f.digits(5)),
            "mobile": E(lambda f: p().phone, "phone"),
            "sex": E(pick("female", "male"), "sex|gender"),
            "ethnicity": E(
                pick(
                    "White British", "Asian or Asian British - Indian", "Black British - Caribbean", "Mixed"
                ),
                "ethnicity|race",
            ),
            "registered_at": G(iso),
        },
    ),
    (
        "track",
        "Remboursement Demandé",
        "go",
        "FR",
        {
            "numero_securite_sociale": R(nir, "social security number|national id"),
            "nom": E(lambda f: p().last, "name"),
            "prenom": E(lambda f: p().first, "name"),
            "date_de_soins": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "acte": E(
                pick(
                    "consultation généraliste",
                    "radiographie du genou",
                    "détartrage",
                    "séance de kinésithérapie",
                ),
                "procedure",
            ),
            "montant": G(money(25, 300)),
            "rib": R(lambda f: iban(f, "FR"), "bank account"),
            "code_postal": E(lambda f: p().addr["postal"], "zipcode"),
            "ville": E(lambda f: p().addr["city"], "city"),
        },
    ),
    # -- travel ----------------------------------------------------------------------------------
    (
        "track",
        "Flight Booked",
        "node",
        {
            "booking_reference": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "origin": G(pick("LHR", "JFK", "FRA", "GRU", "BOM", "NRT")),
            "destination": G(pick("LIS", "CDG", "DXB", "SIN", "MEX", "LOS")),
            "departure_date": G(lambda f: f"2024-{f.r.randint(6, 12):02d}-{f.r.randint(1, 28):02d}"),
            "cabin": G(pick("economy", "premium_economy", "business")),
            "fare": G(money(80, 3500)),
            "passengers": Many(
                {
                    "first_name": E(lambda f: person(f).first, "name"),
                    "last_name": E(lambda f: person(f).last, "name"),
                    "date_of_birth": E(dob, "birthdate"),
                    "passport_number": R(passport_no, "passport"),
                    "nationality": E(pick("GB", "US", "DE", "IN", "BR", "NG"), "citizenship"),
                    "frequent_flyer_number": E(
                        lambda f: f.pick(["BA", "LH", "UA"]) + f.digits(8), "identification"
                    ),
                    "seat": G(lambda f: f"{f.r.randint(1, 45)}{f.pick('ABCDEF')}"),
                    "type": G(pick("adult", "child")),
                },
                3,
            ),
            "contact_email": E(lambda f: p().email, "email"),
            "contact_phone": E(lambda f: p().phone, "phone"),
        },
    ),
    (
        "track",
        "Hotels Searched",
        "swift_hotel",
        {
            "destination_city": G(pick("Lisbon", "Kyoto", "Barcelona", "Cape Town", "New Orleans")),
            "check_in": G(lambda f: f"2024-{f.r.randint(6, 12):02d}-{f.r.randint(1, 20):02d}"),
            "nights": G(rint(1, 14)),
            "guests": G(rint(1, 5)),
            "rooms": G(rint(1, 3)),
            "results_count": G(rint(0, 400)),
            "sort_by": G(pick("price", "rating", "distance")),
        },
    ),
    (
        "track",
        "Hotel Booked",
        "swift_hotel",
        {
            "hotel_id": G(lambda f: f.digits(7)),
            "hotel_name": G(pick("Hotel Avenida Palace", "Kyoto Granbell", "The Silo", "Casa Camper")),
            "guest_name": E(lambda f: p().full, "name"),
            "guest_email": E(lambda f: p().email, "email"),
            "special_requests": E(
                lambda f: f.pick(
                    [
                        f"Arriving after midnight, please call {p().phone} if there is an issue.",
                        f"Quiet room please. Contact me on {p().phone}.",
                    ]
                ),
                "phone",
                True,
            ),
            "nights": G(rint(1, 14)),
            "total_price": G(money(90, 4000)),
            "loyalty_number": E(lambda f: "SW" + f.digits(9), "identification"),
        },
    ),
    (
        "track",
        "eVisa Issued",
        "go",
        {
            "application_id": G(lambda f: "EV-" + f.digits(10)),
            "destination_country": G(pick("IN", "TR", "KE", "AU")),
            "visa_type": G(pick("tourist", "business", "transit")),
            "evisa_number": R(lambda f: f.pick(["E", "V"]) + f.digits(11), "visa"),
            "passport_number": R(passport_no, "passport"),
            "holder_name": E(lambda f: p().full.upper(), "name"),
            "entries": G(pick("single", "multiple")),
            "valid_until": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    # -- delivery & mobility ---------------------------------------------------------------------
    (
        "track",
        "Order Placed",
        "rn_food",
        {
            "order_id": G(lambda f: f.digits(13)),
            "restaurant_id": G(lambda f: f.digits(5)),
            "restaurant_name": G(pick("Taquería El Güero", "Pho Saigon", "Nando's", "Sushi Zen")),
            "subtotal": G(money(10, 120)),
            "tip": G(money(0, 20)),
            "delivery_fee": G(pick(0, 1.99, 3.49)),
            "dropoff_address": E(lambda f: full_address(f, p()), "address"),
            "dropoff_lat": E(lambda f: round(f.r.uniform(19.2, 49.3), 6), "geolocation"),
            "dropoff_lng": E(lambda f: round(f.r.uniform(-123.2, -79.3), 6), "geolocation"),
            "delivery_instructions": E(
                lambda f: f.pick(
                    [
                        f"Call {p().phone} when outside, buzzer broken",
                        f"Text {p().phone} on arrival please",
                    ]
                ),
                "phone",
                True,
            ),
            "promo_code": G(pick("", "FREEDEL", "DISHLY5")),
            "eta_minutes": G(rint(15, 70)),
        },
    ),
    (
        "track",
        "Ride Completed",
        "kotlin_ride",
        {
            "ride_id": G(uid),
            "distance_km": G(money(1, 40)),
            "duration_s": G(rint(240, 4000)),
            "fare": G(money(4, 90)),
            "surge_multiplier": G(pick(1.0, 1.2, 1.8)),
            "pickup_geohash": E(geohash, "geolocation"),
            "dropoff_geohash": E(geohash, "geolocation"),
            "driver_first_name": E(lambda f: person(f).first, "name"),
            "driver_rating": G(pick(4.6, 4.8, 4.9, 5.0)),
            "vehicle_plate": E(
                lambda f: f.pick(
                    [
                        f"MH 12 {f.pick(['AB', 'KT'])} {f.digits(4)}",
                        f"{f.pick(['B', 'M', 'HH'])}-{f.pick(['XY', 'ZU'])} {f.r.randint(1, 9999)}",
                        f"{f.pick(['LD', 'MA'])}{f.r.randint(10, 74)} {f.pick(['XKC', 'PRT'])}",
                    ]
                ),
                "license|identification",
            ),
            "payment_method": G(pick("card", "cash", "upi")),
        },
    ),
    # -- education -------------------------------------------------------------------------------
    (
        "track",
        "Assignment Submitted",
        "flutter_learn",
        {
            "course_id": G(lambda f: "c_" + f.digits(5)),
            "course_name": G(pick("Algebra I", "Intro to Biology", "World History", "Creative Writing")),
            "assignment_id": G(lambda f: f.digits(6)),
            "score": G(rint(0, 100)),
            "attempt": G(rint(1, 3)),
            "student_id": E(lambda f: f.pick(["S", "STU"]) + f.digits(7), "identification"),
            "time_spent_s": G(rint(60, 7200)),
            "late": G(pick(True, False)),
        },
    ),
    (
        "identify",
        None,
        "ruby",
        {
            "parent_email": E(lambda f: p().email, "email"),
            "child_first_name": E(lambda f: person(f).first, "name"),
            "child_birth_year": E(rint(2008, 2019), "birthdate"),
            "grade": G(pick("K", "3", "5", "8")),
            "school_name": G(pick("Lincoln Elementary", "Riverside Middle School", "St. Mary's Primary")),
            "relationship": G(pick("mother", "father", "guardian")),
            "seats": G(rint(1, 3)),
        },
    ),
    # -- media & consumer ------------------------------------------------------------------------
    (
        "track",
        "Video Playback Started",
        "swift_stream",
        {
            "content_id": G(lambda f: "ep_" + f.digits(6)),
            "title": G(pick("The Long Drive", "Ocean Deep", "Night Shift")),
            "series": G(pick("Borderlands", "Tidewater", "")),
            "season": G(rint(1, 5)),
            "episode": G(rint(1, 12)),
            "position": G(rint(0, 3000)),
            "total_length": G(rint(1200, 3600)),
            "bitrate": G(pick(1500, 4500, 8000)),
            "cast_device_name": G(pick("Living Room TV", "Bedroom", "Apple TV")),
            "airplay": G(pick(True, False)),
        },
    ),
    (
        "screen",
        "Profile",
        "kotlin_ride",
        {
            "tab": G(pick("trips", "wallet", "settings")),
            "profile_completeness": G(pick(0.4, 0.8, 1.0)),
            "has_photo": G(pick(True, False)),
            "email_verified": G(pick(True, False)),
            "phone_verified": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn_date",
        {
            "age": E(rint(18, 64), "birthdate"),
            "gender": E(pick("woman", "man", "non-binary"), "gender|sex"),
            "orientation": E(pick("straight", "gay", "bisexual", "queer"), "sexual orientation"),
            "religion": E(pick("Christian", "Muslim", "Hindu", "Jewish", "Agnostic", "Buddhist"), "religion"),
            "ethnicity": E(
                pick("Black", "East Asian", "Hispanic/Latino", "South Asian", "White"), "ethnicity|race"
            ),
            "photo_url": E(
                lambda f: f"https://media.kindred.app/u/{f.hexid(16)}/{f.r.randint(1, 6)}.webp", "photo"
            ),
            "height_cm": G(rint(150, 200)),
            "looking_for": G(pick("relationship", "friends", "not_sure")),
            "fields_changed": Many(G(pick("bio", "photos", "prompts", "location")), 3),
        },
    ),
    (
        "track",
        "Message Reported",
        "python",
        {
            "report_id": G(uid),
            "reason": G(pick("spam", "off_platform_contact", "harassment")),
            "message_text": E(
                lambda f: f.pick(
                    [
                        f"add me on whatsapp {person(f).phone} much easier",
                        f"my email is {person(f).email} lets talk there",
                        f"text me {person(f).phone} x",
                    ]
                ),
                "phone|email",
                True,
            ),
            "reporter_id": G(lambda f: "u_" + f.hexid(10)),
            "auto_flagged": G(pick(True, False)),
        },
    ),
    # -- public sector ---------------------------------------------------------------------------
    (
        "track",
        "Benefit Application Submitted",
        "web_gov",
        "US",
        {
            "case_number": G(lambda f: f"2024-{f.digits(6)}"),
            "program": G(pick("SNAP", "LIHEAP", "Medicaid")),
            "household_size": G(rint(1, 7)),
            "applicant": {
                "ssn": R(ssn, "social security number"),
                "first_name": E(lambda f: p().first, "name"),
                "last_name": E(lambda f: p().last, "name"),
                "dob": E(lambda f: dob(f, "us"), "birthdate"),
                "monthly_income": E(rint(0, 4500), "salary"),
                "veteran_status": R(pick("veteran", "not a veteran", "active duty"), "veteran"),
                "disability_status": R(pick("yes", "no", "prefer not to say"), "disability"),
                "citizenship_status": E(
                    pick("US citizen", "lawful permanent resident", "qualified non-citizen"), "citizenship"
                ),
                "race": E(
                    pick("White", "Black or African American", "Asian", "American Indian or Alaska Native"),
                    "race",
                ),
                "ethnicity": E(pick("Hispanic or Latino", "Not Hispanic or Latino"), "ethnicity"),
                "preferred_language": G(pick("en", "es", "vi", "zh")),
                "phone": E(lambda f: p().phone, "phone"),
                "email": E(lambda f: p().email, "email"),
                "mailing_address": {
                    "line1": E(lambda f: p().addr["street"], "street|address"),
                    "city": E(lambda f: p().addr["city"], "city"),
                    "state": G(lambda f: p().addr["region"]),
                    "zip": E(lambda f: p().addr["postal"], "zipcode"),
                },
            },
            "consent_signed": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Permit Fee Paid",
        "php",
        {
            "permit_id": G(lambda f: "BP-" + f.digits(7)),
            "permit_type": G(pick("residential_alteration", "fence", "solar")),
            "amount": G(money(50, 1500)),
            "payer_name": E(lambda f: p().full, "name"),
            "receipt_email": E(lambda f: p().email, "email"),
            "card_last4": G(lambda f: rdig(f, 4)),
            "parcel_count": G(rint(1, 2)),
        },
    ),
    # -- recruiting ------------------------------------------------------------------------------
    (
        "track",
        "Application Submitted",
        "node",
        {
            "job_id": G(lambda f: f.digits(6)),
            "job_title": G(pick("Warehouse Associate", "Senior Backend Engineer", "Registered Nurse")),
            "source": G(pick("linkedin", "indeed", "referral", "careers_site")),
            "candidate": {
                "full_name": E(lambda f: p().full, "name"),
                "email": E(lambda f: p().email, "email"),
                "phone": E(lambda f: p().phone, "phone"),
                "current_salary": E(rint(30000, 220000), "salary"),
                "expected_salary": E(rint(35000, 250000), "salary"),
                "years_experience": G(rint(0, 25)),
                "requires_sponsorship": G(pick(True, False)),
                "gender": E(pick("female", "male", "non-binary", "decline"), "gender|sex"),
                "veteran_status": R(
                    pick("protected veteran", "not a protected veteran", "decline to self-identify"),
                    "veteran",
                ),
                "disability": R(pick("yes", "no", "decline"), "disability"),
            },
        },
    ),
    # -- devices ---------------------------------------------------------------------------------
    (
        "track",
        "Device Paired",
        "flutter_home",
        {
            "device_serial": E(serial_no, "serial"),
            "firmware_version": G(pick("2.14.3", "2.15.0-rc1")),
            "model": G(pick("Nestio Thermostat 3", "Nestio Cam Mini", "Nestio Plug")),
            "mac_address": E(mac, "mac"),
            "hw": E(mac, "mac", True),
            "pairing_method": G(pick("ble", "qr", "wps")),
            "room": G(pick("Living room", "Kitchen", "Hallway")),
        },
    ),
    (
        "track",
        "Device Heartbeat",
        "go",
        {
            "device_id": G(lambda f: "dev_" + f.hexid(12)),
            "imei": E(imei, "serial"),
            "uptime_s": G(rint(60, 9_000_000)),
            "battery_pct": G(rint(3, 100)),
            "rssi": G(rint(-95, -40)),
            "src": E(ipv4, "ip", True),
            "fw": G(pick("4.1.0", "4.2.7")),
        },
    ),
    # -- neutral keys, dev tooling ---------------------------------------------------------------
    (
        "track",
        "Form Field Changed",
        "web_shop",
        {
            "form_id": G(pick("checkout", "newsletter", "account")),
            "field_name": G(pick("contact", "email_or_phone")),
            "value": E(lambda f: p().email, "email", True),
            "is_valid": G(pick(True, False)),
            "char_count": G(rint(5, 40)),
        },
    ),
    (
        "track",
        "Customer Searched",
        "java",
        {
            "query": E(lambda f: f.pick([person(f).email, person(f).phone]), "email|phone", True),
            "results_count": G(rint(0, 3)),
            "agent_id": G(lambda f: "ag_" + f.digits(4)),
            "search_scope": G(pick("customers", "orders")),
        },
    ),
    (
        "track",
        "Webhook Delivered",
        "node",
        {
            "endpoint": G(pick("https://hooks.brightwave.io/segment", "https://api.northpeak.co/v2/events")),
            "status_code": G(pick(200, 202, 500)),
            "attempt": G(rint(1, 5)),
            "latency_ms": G(rint(30, 3000)),
            "payload": {
                "id": G(lambda f: "evt_" + f.hexid(24)),
                "object": G(pick("charge", "invoice")),
                "receipt_email": E(lambda f: p().email, "email"),
                "customer": E(lambda f: p().full, "name", True),
            },
            "signature": G(lambda f: "t=1718000000,v1=" + sha256(f)),
            "headers": {
                "authorization": R(lambda f: "Bearer " + jwt(f), "token"),
                "x-forwarded-for": E(lambda f: p().ip, "ip"),
                "content-type": const("application/json"),
            },
        },
    ),
    (
        "track",
        "Payout Failed",
        "java",
        {
            "payout_id": G(lambda f: "po_" + f.hexid(14)),
            "amount": G(money(20, 8000)),
            "currency": G(pick("EUR", "GBP")),
            "target": R(lambda f: iban(f, f.pick(["DE", "GB", "NL", "IE", "SE"])), "bank account", True),
            "failure_code": G(pick("account_closed", "invalid_account_number", "no_account")),
            "will_retry": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Checkout Error",
        "web_shop",
        {
            "error": G(pick("card_declined", "invalid_number", "expired_card")),
            "field": G(pick("card", "payment")),
            "entered": R(card_number, "credit card", True),
            "attempt": G(rint(1, 4)),
        },
    ),
    (
        "track",
        "Export Job Finished",
        "python",
        {
            "job_id": G(uid),
            "rows": G(rint(0, 2_000_000)),
            "owner": E(lambda f: p().work_email, "email", True),
            "bucket": G(pick("s3://acme-exports/segment/", "gs://brightwave-dw/exports/")),
            "credentials": {
                "access_key_id": R(
                    lambda f: (
                        "AKIA" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(16))
                    ),
                    "secret",
                ),
                "secret_access_key": R(
                    lambda f: "".join(f.pick(string.ascii_letters + string.digits + "/+") for _ in range(40)),
                    "secret",
                ),
            },
        },
    ),
    (
        "track",
        "Client Error",
        "go",
        {
            "level": G(pick("warn", "error")),
            "msg": R(
                lambda f: f.pick(
                    [
                        f"auth failed, retrying with token {jwt(f)}",
                        f"upstream 401 for key {api_secret(f)}",
                    ]
                ),
                "token|secret",
                True,
            ),
            "code": G(pick("E401", "E_AUTH")),
            "retry": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ruby",
        {
            "email": E(lambda f: p().email, "email"),
            "reset_token": R(lambda f: f.hexid(40), "token"),
            "expires_in_s": const(3600),
            "requested_via": G(pick("web", "ios", "android")),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "web_tasklane",
        {  # form autocapture that grabbed everything
            "email": E(lambda f: p().work_email, "email"),
            "password": R(
                lambda f: f.pick(
                    ["Sommer2024!", "Tr0ub4dor&3", "ilovemycat99", "Qwerty!2345", "p@ssW0rd-77"]
                ),
                "password",
            ),
            "password_strength": G(pick("weak", "medium", "strong")),
            "accept_terms": G(pick(True, False)),
            "signup_source": G(pick("pricing_page", "hero_cta")),
        },
    ),
    # -- plain page/screen/alias -----------------------------------------------------------------
    (
        "page",
        "Pricing",
        "web_tasklane",
        {
            "path": const("/pricing"),
            "url": const("https://app.tasklane.io/pricing"),
            "title": const("Pricing - Tasklane"),
            "referrer": G(pick("", "https://www.google.com/")),
            "search": G(pick("", "?plan=business")),
        },
    ),
    (
        "page",
        "Product Detail",
        "web_shop",
        {
            "path": G(lambda f: f"/p/{f.digits(8)}"),
            "url": G(lambda f: f"https://www.northwind-apparel.com/p/{f.digits(8)}"),
            "title": G(pick("Merino Crew Sweater | Northwind", "Canvas Tote | Northwind")),
            "referrer": G(pick("", "https://www.google.com/")),
            "search": G(pick("", "?color=navy")),
            "category": G(pick("Knitwear", "Bags")),
        },
    ),
    (
        "screen",
        "Checkout",
        "flutter_home",
        {"step": G(pick("cart", "address", "payment")), "items": G(rint(1, 6))},
    ),
    ("screen", "Home", "swift_bank", {"balance_visible": G(pick(True, False)), "cards_count": G(rint(1, 4))}),
    ("alias", None, "web_care", None),
    ("alias", None, "kotlin_bank", None),
    # Segment-spec identify from a consumer app
    (
        "identify",
        None,
        "kotlin_bank",
        {
            "name": E(lambda f: p().full, "name"),
            "email": E(lambda f: p().email, "email"),
            "phone": E(lambda f: p().phone, "phone"),
            "birthday": E(dob, "birthdate"),
            "gender": E(pick("female", "male", "diverse"), "gender|sex"),
            "address": {
                "street": E(lambda f: p().addr["street"], "street|address"),
                "city": E(lambda f: p().addr["city"], "city"),
                "state": G(lambda f: p().addr["region"]),
                "postalCode": E(lambda f: p().addr["postal"], "zipcode"),
                "country": G(lambda f: p().cc),
            },
            "createdAt": G(iso),
            "plan": G(pick("standard", "plus", "metal")),
            "marketingOptIn": G(pick(True, False)),
            "referralCode": G(lambda f: "LUMEN-" + f.hexid(6).upper()),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, *rest in EVENTS:
            cc, body = rest if len(rest) == 2 else (None, rest[0])
            CUR.p = person(f, cc)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = f.pick(["u" + f.digits(7), f.uuid(), f.digits(6)])
            if kind in ("track", "page", "screen"):
                msg["event" if kind == "track" else "name"] = event
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind == "group":
                msg["groupId"] = "org_" + f.hexid(10)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CLIENTS[client](f), f, "context", labels)
            msg["integrations"] = {}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=909, repeats=2)
    write(Path(__file__).parent, "holdout9_", events, labels)
