"""Writes holdout291: tests/corpus/holdout291_events.jsonl and holdout291_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never scored by its author. Only the corpus helpers (build.py, fake.py),
build_holdout3.py (for format), the reference's matcher table and the design were read.

Domain: Pulsewave Live, a music-festival company running Lumen Fields (Boom, Belgium), Duna
Lights (Budapest, Hungary) and Onda Solar (São Paulo, Brazil). Covered: ticket purchase and
personalised tickets (holders, kids' tickets with an ICE phone number), ticket transfers to friends,
ID and age checks at the gate, RFID wristband activation, cashless top-ups (cards, Pix; SZÉP
cards for tickets), refunds of unused credit to IBANs / Pix keys / Brazilian bank accounts, bar and food
payments, camping plots and lockers, line-up favourites and set-time reminders, friend finder, the
medical tent and welfare reports, accessibility requests, lost-and-found, crew and volunteer
accreditation and shift check-ins, merch e-commerce (Segment's e-commerce spec), hotel packages,
a fun run, marketing conversions, support tickets and chat, sign-in and phone verification.

Conventions: identify / track / page / screen / group / alias calls with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python / node / go / java / ruby / php / csharp server libraries (only `properties`, `traits` and
`context` are scanned, so page and screen names live at the top level). Keys are mostly camelCase
and snake_case English. About 7 % of the leaf paths are PascalCase (the .NET cashless backend),
kebab-case (the reminder service, webhook headers) or SCREAMING_SNAKE (a warehouse reverse-ETL
sync); because the domain has three local backends, another ~18 % are Dutch and French (Belgian
backend), Hungarian (Duna Lights backend) and Brazilian Portuguese (Onda Solar backend) keys, so
about a quarter of the paths are not English camel/snake case. Each message is rendered around one
"persona" whose name, e-mail, phone and address agree; other people in the message (recipients,
holders, children, emergency contacts, a mother's name, staff, patients) are fresh personas. Names
come from Belgian, Hungarian (family name first), Brazilian and a dozen other cultures; phones in
national formats; ids carry valid checksums where real ones have them (Luhn cards incl. Bancontact
and Elo, mod-97 IBANs incl. Belgian and Hungarian national checks, Hungarian giro accounts,
Belgian national register and eID numbers, Hungarian TAJ and tax ids, CPF, RG, CNS, CNPJ,
Belgian and Hungarian VAT numbers). The builder is seeded: the output is byte-for-byte stable.

Labelling rules (the product's default colours and its published policy on contested cases):
- PII is personal data about a natural person: the user, recipients, ticket holders, children,
  emergency contacts, staff, patients. Colour: the reference's default for the matcher; otherwise
  red for credentials / secrets / tokens, card numbers, bank accounts, government ids and health
  ids; yellow for the rest (geolocation, advertising id, ip ...).
- Green: ids we issue (user, order, ticket, transfer, wristband ids, RFID chip UIDs, badge and
  ticket serial numbers, claim and member numbers), UUIDs, versions, timestamps, amounts,
  enums, counters and booleans under PII-sounding keys (`emailVerified`, `password_strength`,
  `cpf_validado`), product / artist / act / stage / vendor / hotel / company / pet names,
  places that are not the person's (festival city, a stage's coordinates, a hotel's city, a
  shuttle stop), country / locale / timezone / currency, user agents, OS device ids, card brand,
  BIN, last four, masked PANs and expiry, BICs, Brazilian bank codes and agência (branch)
  numbers, identity-document expiry dates, ages and age bands, job titles, employers.
- A business's own contact data is green: a company's office phone, role mailboxes (events@,
  support@), head-office address, VAT / CNPJ / Hungarian adószám, the festival's own Pix key and
  the Pix "copia e cola" payload, the festival's number in a telephony webhook.
- Artist and act names on the line-up are catalogue data (green), although some are people.
- Contested, settled by policy: insurance policy numbers yellow `identification`; hourly rates
  yellow `salary`; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc / ttclid yellow
  `advertising id`; the person's billing and shipping addresses yellow `address`; trade-union
  membership yellow `trade union`; card and payment tokens (Stripe `pm_`, Adyen stored payment
  method ids, Mercado Pago card tokens), activation codes, one-time codes and sign-in / claim
  tokens red `token`; TAJ and Cartão SUS (CNS) numbers red `health id`; identity-document numbers
  red `national id` / `passport`; answers on the right to work red `visa`; a health plan's
  member number (carteirinha) yellow `identification`; staff hourly and daily rates yellow
  `salary`; marital status, ages, claim and Pulse Club member numbers green.
- Author's calls where the brief is silent (what a careful privacy owner would want flagged):
  push tokens (APNs / FCM, `context.device.token`) red `token`, as in the main corpus; a locker
  access PIN is a secret the person holds: red `password|secret`; a Pix key (CPF, e-mail, phone or
  random key) addresses the person's account: red `bank account`; dietary requirements whose
  values include halal, kosher and gluten-free reveal religion or health: yellow
  `religion|condition`; booleans and lists of accessibility needs, assistance dogs, PcD status and
  the disability-card number are red `disability` (the assistance dog's name stays green, it is a
  pet's); the medical tent's complaint, treatment, medication and allergies are the person's
  `condition`, `procedure`, `medication`, `allergy` (yellow); birth years and Brazilian
  dd/mm/yyyy dates are `birthdate`; postal codes are `zipcode` and the person's home city
  `city` (a birthplace too); a photo / selfie / avatar URL of the person is `photo`; a cashier's,
  medic's, supervisor's or account manager's name is a staff member's `name` (yellow).
- value_only is true when the key does not say what the value is (`q`, `input`, `new_value`,
  `contact.value`, `label`, `text`, `note`, `ticket.description`, Twilio's `to` / `call.from`,
  `context.externalIds[].id`). Every value
  of a value_only PII path carries that PII; a free-text path is labelled by what all of its
  values carry and is green when none carries any (no path mixes PII and non-PII values).
"""

import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

NAMES = {
    "BE": (
        [
            "Lotte",
            "Wout",
            "Emma",
            "Arne",
            "Louise",
            "Jules",
            "Noor",
            "Thibault",
            "Fien",
            "Sander",
            "Elise",
            "Mathis",
            "Amélie",
            "Maxime",
            "Zoë",
            "Yasmine",
            "Mohamed",
            "Bram",
            "Ilse",
            "Céline",
            "Rayan",
            "Marie-Claire",
        ],
        [
            "Peeters",
            "Janssens",
            "Maes",
            "Jacobs",
            "Mertens",
            "Willems",
            "Claes",
            "Goossens",
            "Wouters",
            "De Smet",
            "Dubois",
            "Lambert",
            "Van den Broeck",
            "Vermeulen",
            "El Amrani",
            "Dupont",
            "Leclercq",
            "De Backer",
            "Vandenberghe",
        ],
    ),
    "HU": (
        [
            "Bence",
            "Máté",
            "Levente",
            "Dániel",
            "Zsófia",
            "Eszter",
            "Réka",
            "Anna",
            "Petra",
            "Balázs",
            "Gergő",
            "Dóra",
            "Noémi",
            "Ádám",
            "Krisztina",
            "Tamás",
            "Boglárka",
            "Zoltán",
        ],
        [
            "Nagy",
            "Kovács",
            "Tóth",
            "Szabó",
            "Horváth",
            "Varga",
            "Kiss",
            "Molnár",
            "Németh",
            "Farkas",
            "Balogh",
            "Papp",
            "Lakatos",
            "Takács",
            "Juhász",
            "Oláh",
            "Szűcs",
        ],
    ),
    "BR": (
        [
            "João",
            "Maria",
            "Ana",
            "Pedro",
            "Lucas",
            "Gabriel",
            "Júlia",
            "Beatriz",
            "Rafael",
            "Larissa",
            "Thiago",
            "Camila",
            "Matheus",
            "Letícia",
            "Enzo",
            "Valentina",
            "Luana",
            "Caio",
            "Raimundo",
            "Francisca",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Rodrigues",
            "Ferreira",
            "Alves",
            "Pereira",
            "Lima",
            "Gomes",
            "Costa",
            "Ribeiro",
            "Martins",
            "Carvalho",
            "Araújo",
            "Nascimento",
            "Barbosa",
            "Cavalcanti",
        ],
    ),
    "NL": (
        ["Daan", "Sanne", "Lieke", "Ruben", "Sem", "Fleur"],
        ["de Jong", "Bakker", "Visser", "van Dijk", "Smit"],
    ),
    "DE": (
        ["Lukas", "Hannah", "Jonas", "Leonie", "Felix", "Mia"],
        ["Müller", "Schmidt", "Becker", "Wagner", "Hoffmann"],
    ),
    "GB": (
        ["Oliver", "Amelia", "Harry", "Isla", "George", "Freya"],
        ["Hughes", "Patel", "Walsh", "Campbell", "Evans"],
    ),
    "FR": (
        ["Léa", "Hugo", "Manon", "Louis", "Inès", "Gabin"],
        ["Martin", "Bernard", "Moreau", "Lefèvre", "Girard"],
    ),
    "PL": (["Zuzanna", "Jakub", "Wiktoria", "Kacper"], ["Nowak", "Wiśniewska", "Kamiński", "Lewandowska"]),
    "PT": (["Inês", "Duarte", "Matilde", "Tomás"], ["Sousa", "Carvalho", "Pinto", "Figueiredo"]),
    "IE": (["Aoife", "Cian", "Niamh", "Oisín"], ["Byrne", "Murphy", "O'Sullivan", "Kelly"]),
    "US": (["Madison", "Tyler", "Jasmine", "DeShawn"], ["Johnson", "Nguyen", "Williams", "Rivera"]),
    "IN": (["Aarav", "Ananya", "Rohan", "Diya"], ["Sharma", "Iyer", "Reddy", "Banerjee"]),
    "NG": (["Chinedu", "Adaeze", "Tunde", "Ngozi"], ["Okafor", "Adeyemi", "Eze", "Balogun"]),
    "JP": (["Haruto", "Yui", "Sota", "Aoi"], ["Sato", "Suzuki", "Takahashi", "Tanaka"]),
    "AR": (["Valentín", "Sofía", "Joaquín", "Martina"], ["González", "Fernández", "López", "Romero"]),
    "MA": (["Youssef", "Salma", "Imane", "Amine"], ["El Idrissi", "Benali", "Alaoui", "Tazi"]),
    "TR": (["Elif", "Emre", "Zeynep", "Burak"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),  # noqa: RUF001 (Turkish dotless i)
}
OTHER = [c for c in NAMES if c not in ("BE", "HU", "BR")]

MAIL_DOMAINS = {
    "BE": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be"],
    "HU": ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "yahoo.com"],
    "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
    "*": ["gmail.com", "outlook.com", "icloud.com", "web.de", "proton.me", "yahoo.co.uk", "gmx.net"],
}

BE_STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Dorpsstraat",
    "Molenstraat",
    "Nieuwstraat",
    "Rue de la Station",
    "Rue du Moulin",
    "Chaussée de Louvain",
    "Avenue Louise",
    "Lange Nieuwstraat",
    "Veldstraat",
    "Kapelsestraat",
]
BE_PLACES = [
    ("1000", "Brussel"),
    ("1050", "Ixelles"),
    ("2000", "Antwerpen"),
    ("2018", "Antwerpen"),
    ("2800", "Mechelen"),
    ("2850", "Boom"),
    ("3000", "Leuven"),
    ("3500", "Hasselt"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("8000", "Brugge"),
    ("8500", "Kortrijk"),
    ("9000", "Gent"),
    ("6000", "Charleroi"),
    ("1300", "Wavre"),
]
HU_STREETS = [
    "Váci út",
    "Kossuth Lajos utca",
    "Andrássy út",
    "Petőfi Sándor utca",
    "Rákóczi út",
    "Bartók Béla út",
    "Szent István körút",
    "Dózsa György út",
    "Árpád fejedelem útja",
]
HU_PLACES = [
    ("1061", "Budapest"),
    ("1137", "Budapest"),
    ("1117", "Budapest"),
    ("1033", "Budapest"),
    ("4024", "Debrecen"),
    ("6720", "Szeged"),
    ("7621", "Pécs"),
    ("9021", "Győr"),
    ("3525", "Miskolc"),
    ("8000", "Székesfehérvár"),
    ("2000", "Szentendre"),
]
BR_STREETS = [
    "Rua Augusta",
    "Avenida Paulista",
    "Rua da Consolação",
    "Rua Oscar Freire",
    "Avenida Atlântica",
    "Rua Voluntários da Pátria",
    "Avenida Afonso Pena",
    "Rua XV de Novembro",
    "Avenida Boa Viagem",
    "Rua Padre Chagas",
]
BR_PLACES = [
    ("São Paulo", "SP", "01", ["Consolação", "Pinheiros", "Vila Mariana", "Mooca"]),
    ("Rio de Janeiro", "RJ", "22", ["Copacabana", "Botafogo", "Tijuca"]),
    ("Belo Horizonte", "MG", "30", ["Savassi", "Funcionários"]),
    ("Curitiba", "PR", "80", ["Centro", "Batel"]),
    ("Porto Alegre", "RS", "90", ["Moinhos de Vento", "Cidade Baixa"]),
    ("Recife", "PE", "51", ["Boa Viagem", "Casa Forte"]),
    ("Salvador", "BA", "40", ["Barra", "Rio Vermelho"]),
    ("Campinas", "SP", "13", ["Cambuí", "Taquaral"]),
    ("Florianópolis", "SC", "88", ["Centro", "Trindade"]),
]
OTHER_PLACES = {
    "NL": (["Prinsengracht", "Oudegracht", "Witte de Withstraat"], ["Amsterdam", "Utrecht", "Rotterdam"]),
    "DE": (["Schönhauser Allee", "Bergmannstraße", "Ehrenfeldgürtel"], ["Berlin", "Köln", "Hamburg"]),
    "GB": (["Albert Road", "Gloucester Place", "Victoria Street"], ["Manchester", "London", "Bristol"]),
    "FR": (["Rue de Rivoli", "Rue Oberkampf", "Cours Julien"], ["Paris", "Lille", "Marseille"]),
    "PL": (["ul. Marszałkowska", "ul. Piotrkowska", "ul. Floriańska"], ["Warszawa", "Łódź", "Kraków"]),
    "PT": (["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade"], ["Lisboa", "Porto", "Braga"]),
    "IE": (["Camden Street", "Main Street", "Shop Street"], ["Dublin", "Cork", "Galway"]),
    "US": (["Mission St", "Bedford Ave", "Congress Ave"], ["San Francisco", "Brooklyn", "Austin"]),
    "IN": (["MG Road", "Linking Road", "Anna Salai"], ["Bengaluru", "Mumbai", "Chennai"]),
    "NG": (["Adeola Odeku Street", "Awolowo Road", "Allen Avenue"], ["Lagos", "Ikeja", "Abuja"]),
    "JP": (["Jingumae 1-chome", "Shinsaibashi-suji", "Sakae 3-chome"], ["Tokyo", "Osaka", "Nagoya"]),
    "AR": (["Avenida Corrientes", "Calle Florida", "Avenida Santa Fe"], ["Buenos Aires", "Rosario"]),
    "MA": (["Boulevard Zerktouni", "Rue Tarik Ibn Ziad", "Avenue Mohammed V"], ["Casablanca", "Rabat"]),
    "TR": (["İstiklal Caddesi", "Bağdat Caddesi", "Kordon Boyu"], ["İstanbul", "İzmir", "Ankara"]),
}


def fold(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "").replace(" ", "")
    )


def n(f: Fake, k: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(k))


def phone(f: Fake, country: str) -> str:
    r = f.r
    if country == "BE":
        p = f"4{r.choice([7, 8, 9])}{r.randint(0, 9)}"
        a, b, c = n(f, 2), n(f, 2), n(f, 2)
        return f.pick([f"+32 {p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"+32{p}{a}{b}{c}", f"0{p}/{a}.{b}.{c}"])
    if country == "HU":
        p = r.choice(["20", "30", "31", "70", "50"])
        a, b = n(f, 3), n(f, 4)
        return f.pick([f"+36 {p} {a} {b}", f"06 {p} {a} {b}", f"+36{p}{a}{b}", f"06-{p}/{a}-{b}"])
    if country == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"])
        a, b = "9" + n(f, 4), n(f, 4)
        return f.pick([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55{ddd}{a}{b}", f"{ddd} {a} {b}"])
    formats = {
        "NL": lambda: f.pick([f"+31 6 {n(f, 8)}", f"06-{n(f, 8)}"]),
        "DE": lambda: f.pick([f"+49 15{r.choice([1, 2, 7])} {n(f, 8)}", f"0176 {n(f, 8)}"]),
        "GB": lambda: f.pick([f"+44 7{n(f, 3)} {n(f, 6)}", f"07{n(f, 3)} {n(f, 6)}"]),
        "FR": lambda: f.pick(
            ["+33 6 " + " ".join(n(f, 2) for _ in range(4)), "07 " + " ".join(n(f, 2) for _ in range(4))]
        ),
        "PL": lambda: f"+48 5{n(f, 2)} {n(f, 3)} {n(f, 3)}",
        "PT": lambda: f"+351 91{n(f, 1)} {n(f, 3)} {n(f, 3)}",
        "IE": lambda: f"+353 8{r.choice([3, 5, 6, 7])} {n(f, 3)} {n(f, 4)}",
        "US": lambda: f.pick(
            [
                f"+1 ({r.randint(201, 989)}) {r.randint(201, 989)}-{n(f, 4)}",
                f"+1{r.randint(201, 989)}{r.randint(201, 989)}{n(f, 4)}",
            ]
        ),
        "IN": lambda: f"+91 9{n(f, 4)} {n(f, 5)}",
        "NG": lambda: f"+234 80{r.choice([3, 6])} {n(f, 3)} {n(f, 4)}",
        "JP": lambda: f"+81 90-{n(f, 4)}-{n(f, 4)}",
        "AR": lambda: f"+54 9 11 {n(f, 4)}-{n(f, 4)}",
        "MA": lambda: f"+212 6{n(f, 2)}-{n(f, 6)}",
        "TR": lambda: f"+90 5{n(f, 2)} {n(f, 3)} {n(f, 2)} {n(f, 2)}",
    }
    return formats[country]()


CALLING_CODES = {
    "BE": "32",
    "HU": "36",
    "BR": "55",
    "NL": "31",
    "DE": "49",
    "GB": "44",
    "FR": "33",
    "PL": "48",
    "PT": "351",
    "IE": "353",
    "US": "1",
    "IN": "91",
    "NG": "234",
    "JP": "81",
    "AR": "54",
    "MA": "212",
    "TR": "90",
}


@dataclass
class Person:
    country: str
    first: str
    last: str
    email: str
    phone: str
    dob: str
    street: str
    postcode: str
    city: str

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.country == "HU" else f"{self.first} {self.last}"

    @property
    def dob_br(self) -> str:
        y, m, d = self.dob.split("-")
        return f"{d}/{m}/{y}"

    @property
    def dob_hu(self) -> str:
        return self.dob.replace("-", ".") + "."

    @property
    def address_line(self) -> str:
        if self.country == "BR":
            return f"{self.street} - {self.city}, {self.postcode}"
        return f"{self.street}, {self.postcode} {self.city}"


def e164(p: Person) -> str:
    digits = "".join(c for c in p.phone if c.isdigit())
    if p.phone.startswith("+"):
        return "+" + digits
    if p.country == "HU" and digits.startswith("06"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    return "+" + CALLING_CODES[p.country] + digits


def make_person(f: Fake, market: str = "*") -> Person:
    if market == "*":
        country = f.pick(["BE", "BE", "HU", "HU", "BR", "BR", *OTHER])
    elif market in ("BE", "HU", "BR"):
        country = market if f.r.random() < 0.8 else f.pick(OTHER)
    else:
        country = market
    firsts, lasts = NAMES[country]
    first, last = f.pick(firsts), f.pick(lasts)
    if country == "BR" and f.r.random() < 0.5:
        last = f"{f.pick(lasts)} {last}"
    local = f.pick(
        [
            f"{fold(first)}.{fold(last)}",
            f"{fold(first)}{fold(last)[:1]}{f.r.randint(1, 99)}",
            f"{fold(first)}_{fold(last)}",
            f"{fold(last)}.{fold(first)}{f.r.randint(80, 2005)}",
        ]
    ).lower()
    domains = MAIL_DOMAINS.get(country, MAIL_DOMAINS["*"])
    dob = f.date(1958, 2006)
    if country == "BE":
        postcode, city = f.pick(BE_PLACES)
        street = f"{f.pick(BE_STREETS)} {f.r.randint(1, 240)}" + f.pick(["", "", " bus 3", "/2", " bus 101"])
    elif country == "HU":
        postcode, city = f.pick(HU_PLACES)
        street = f"{f.pick(HU_STREETS)} {f.r.randint(1, 120)}." + f.pick(
            ["", f" {f.r.randint(1, 8)}. em. {f.r.randint(1, 12)}.", " fszt. 2."]
        )
    elif country == "BR":
        city, uf, prefix, hoods = f.pick(BR_PLACES)
        postcode = f"{prefix}{n(f, 3)}-{n(f, 3)}"
        comp = f.pick(
            ["", f", apto {f.r.randint(11, 1804)}", f", bloco B apto {f.r.randint(11, 904)}", ", casa 2"]
        )
        street = f"{f.pick(BR_STREETS)}, {f.r.randint(10, 3999)}{comp} - {f.pick(hoods)}"
        city = f"{city}/{uf}" if f.r.random() < 0.3 else city
    else:
        streets, cities = OTHER_PLACES[country]
        city = f.pick(cities)
        postcode = {
            "NL": f"{n(f, 4)} {f.pick(['GV', 'AB', 'KL'])}",
            "GB": f"M{f.r.randint(1, 40)} {f.r.randint(1, 9)}QB",
        }.get(country, n(f, 5))
        street = (
            f"{f.r.randint(1, 180)} {f.pick(streets)}"
            if country in ("GB", "US", "IE", "NG", "IN")
            else f"{f.pick(streets)} {f.r.randint(1, 180)}"
        )
    return Person(
        country, first, last, f"{local}@{f.pick(domains)}", phone(f, country), dob, street, postcode, city
    )


# -- identifiers ------------------------------------------------------------------------------------


def iban_from(country: str, bban: str, grouped: bool) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw


def be_bban(f: Fake) -> str:
    first10 = f.pick(["001", "068", "063", "363", "735", "737", "973", "143"]) + n(f, 7)
    check = int(first10) % 97 or 97
    return f"{first10}{check:02d}"


def hu_block(digits: str) -> str:
    weights = [9, 7, 3, 1] * 6
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=False))
    return digits + str((10 - total % 10) % 10)


def hu_bban(f: Fake) -> str:
    first = hu_block(f.pick(["117", "104", "120", "116", "107", "109"]) + n(f, 4))
    second = hu_block(n(f, 15))
    return first + second


def iban(f: Fake, country: str) -> str:
    grouped = f.r.random() < 0.5
    if country == "BE":
        return iban_from("BE", be_bban(f), grouped)
    if country == "HU":
        return iban_from("HU", hu_bban(f), grouped)
    if country == "NL":
        return iban_from("NL", f.pick(["INGB", "ABNA", "RABO", "TRIO"]) + n(f, 10), grouped)
    if country == "DE":
        return iban_from("DE", n(f, 18), grouped)
    if country == "FR":
        return iban_from("FR", n(f, 23), grouped)
    return iban_from("PT", n(f, 21), grouped)


def hu_giro(f: Fake) -> str:
    bban = hu_bban(f)
    return "-".join(bban[i : i + 8] for i in range(0, 24, 8))


def be_national_number(f: Fake, formatted=None) -> str:
    y, m, d = f.r.randint(1960, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(1, 997):03d}"
    check = 97 - int(("2" if y >= 2000 else "") + base) % 97
    raw = f"{base}{check:02d}"
    if formatted if formatted is not None else f.r.random() < 0.6:
        return f"{raw[0:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:11]}"
    return raw


def be_eid_card(f: Fake) -> str:
    first10 = "59" + n(f, 8)
    check = int(first10) % 97 or 97
    return f"{first10[:3]}-{first10[3:]}-{check:02d}"


def taj(f: Fake) -> str:
    d = n(f, 8)
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d)) % 10
    raw = d + str(check)
    return f.pick([raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}", f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"])


def hu_tax_id(f: Fake) -> str:
    while True:
        d = "8" + f"{f.r.randint(30000, 50000):05d}" + n(f, 3)
        check = sum(int(c) * (i + 1) for i, c in enumerate(d)) % 11
        if check < 10:
            return d + str(check)


def hu_id_card(f: Fake) -> str:
    return n(f, 6) + "".join(f.r.choice(string.ascii_uppercase) for _ in range(2))


def passport(f: Fake, country: str) -> str:
    letters = "".join(f.r.choice(string.ascii_uppercase) for _ in range(2))
    if country == "HU":
        return letters + n(f, 7)
    if country in ("BE", "BR"):
        return letters + n(f, 6)
    return f.pick(["C", "P", "X", "Y"]) + "".join(
        f.r.choice(string.ascii_uppercase + string.digits) for _ in range(8)
    )


def cpf(f: Fake, formatted=None) -> str:
    d = [f.r.randint(0, 9) for _ in range(9)]
    for top in (10, 11):
        total = sum(x * w for x, w in zip(d, range(top, 1, -1), strict=False))
        d.append((total * 10) % 11 % 10)
    s = "".join(map(str, d))
    if formatted if formatted is not None else f.r.random() < 0.7:
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    return s


def cnpj(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for weights in (w1, [6, *w1]):
        r = sum(x * w for x, w in zip(d, weights, strict=False)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def rg(f: Fake) -> str:
    d = [f.r.randint(0, 9) for _ in range(8)]
    r = sum(x * w for x, w in zip(d, range(2, 10), strict=False)) % 11
    c = {10: "X", 11: "0"}.get(11 - r, str(11 - r))
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}-{c}"


def cns(f: Fake) -> str:
    while True:
        d = [7] + [f.r.randint(0, 9) for _ in range(13)]
        total = sum(x * w for x, w in zip(d, range(15, 1, -1), strict=False))
        last = (-total) % 11
        if last < 10:
            s = "".join(map(str, [*d, last]))
            return f.pick([s, f"{s[:3]} {s[3:7]} {s[7:11]} {s[11:]}"])


def card(f: Fake) -> str:
    kind = f.pick(["visa", "mc", "amex", "bancontact", "elo", "visa"])
    if kind == "bancontact":
        return f.luhn_complete("6703" + n(f, 12))
    if kind == "amex":
        return f.luhn_complete("37" + n(f, 12))
    prefix = {
        "visa": "4",
        "mc": f.pick(["51", "53", "55", "2221"]),
        "elo": f.pick(["636368", "504175", "451416", "650031"]),
    }[kind]
    number = f.luhn_complete(prefix + n(f, 15 - len(prefix)))
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if f.r.random() < 0.4 else number


def be_vat(f: Fake) -> str:
    body = "0" + str(f.r.randint(200, 999)) + n(f, 4)
    return f"BE{body}{97 - int(body) % 97:02d}"


def hu_vat(f: Fake) -> str:
    return "HU" + hu_block(str(f.r.randint(1, 2)) + n(f, 6))


def hu_adoszam(f: Fake) -> str:
    county = f.pick(["41", "42", "13", "03"])
    return f"{hu_block(str(f.r.randint(1, 2)) + n(f, 6))}-{f.pick(['1', '2'])}-{county}"


def plate(f: Fake, country: str) -> str:
    up = string.ascii_uppercase
    if country == "BE":
        return f"{f.pick(['1', '2'])}-{''.join(f.r.choice(up) for _ in range(3))}-{n(f, 3)}"
    if country == "HU":
        return f.pick(
            [
                f"{''.join(f.r.choice(up) for _ in range(4))}-{n(f, 3)}",
                f"{''.join(f.r.choice(up) for _ in range(3))}-{n(f, 3)}",
            ]
        )
    if country == "BR":
        return f"{''.join(f.r.choice(up) for _ in range(3))}{n(f, 1)}{f.r.choice(up)}{n(f, 2)}"
    return f.pick(
        [
            f"{f.r.choice(up)}{f.r.choice(up)}-{n(f, 3)}-{f.r.choice(up)}",
            f"B-{f.r.choice(up)}{f.r.choice(up)} {n(f, 4)}",
        ]
    )


def alnum(f: Fake, k: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(k))


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 80, string.ascii_letters + string.digits + "-_") + "BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "-_")


def fcm_token(f: Fake) -> str:
    return (
        alnum(f, 22, string.ascii_letters + string.digits + "-_")
        + ":APA91b"
        + alnum(f, 134, string.ascii_letters + string.digits + "-_")
    )


def pix_key(f: Fake, p: Person) -> str:
    return f.pick([cpf(f, formatted=False), p.email, e164(p) if p.country == "BR" else cpf(f), f.uuid()])


def chip_uid(f: Fake) -> str:
    return "04" + f.hexid(12).upper()


def wristband_id(f: Fake) -> str:
    return f.pick(["LF25", "DL25", "OS25"]) + "-" + n(f, 7)


def ipv6(f: Fake) -> str:
    return (
        f.pick(["2a02:1810", "2a02:a03f", "2001:4c4c", "2804:14d", "2804:431", "2a01:36d"])
        + ":"
        + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    )


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def geo_near(f: Fake, site: str) -> tuple[float, float]:
    lat, lon = {"BE": (51.0889, 4.3662), "HU": (47.5537, 19.0503), "BR": (-23.7011, -46.6972)}[site]
    return round(lat + f.r.uniform(-0.006, 0.006), 6), round(lon + f.r.uniform(-0.006, 0.006), 6)


def pick_site(f: Fake) -> str:
    """The festival this message is about: the persona's country, else one chosen per message."""
    return f.site


# -- catalogue --------------------------------------------------------------------------------------

FESTIVALS = ["Lumen Fields 2025", "Duna Lights 2025", "Onda Solar 2025"]
FEST_IDS = ["lf25", "dl25", "os25"]
FEST_CITIES = ["Boom", "Budapest", "São Paulo"]
STAGES = ["Main Stage", "Moonlight Tent", "Riverside", "The Greenhouse", "Palco Sol", "Hajógyár Stage"]
ARTISTS = [
    "Neon Harbour",
    "Velvet Static",
    "DJ Kovács",
    "MC Luma",
    "The Paper Kites Club",
    "Bia Ferraz",
    "Nocturne Collective",
    "Kozmosz",
    "Selva Eletrônica",
    "Lotte & The Tides",
    "Iron Orchid",
    "Sundae Riot",
]
GENRES = ["techno", "house", "indie", "hip-hop", "drum & bass", "funk carioca", "pop", "metal"]
TICKET_TYPES = [
    "3-Day Pass",
    "Weekend Pass",
    "Day Ticket Saturday",
    "Comfort Camping Pass",
    "VIP 3-Day",
    "Kids 3-Day",
]
MERCH = [
    ("MR-HOOD-25", "Festival Hoodie 2025", "Apparel", 55.0),
    ("MR-TEE-LF", "Lumen Fields Tee", "Apparel", 30.0),
    ("MR-BHAT-01", "Bucket Hat", "Accessories", 22.0),
    ("MR-PONCHO", "Rain Poncho", "Accessories", 6.5),
    ("MR-BTL-750", "Reusable Bottle 750ml", "Accessories", 15.0),
    ("MR-POST-A2", "Line-up Poster A2", "Prints", 18.0),
    ("MR-FAN-01", "Leque Onda Solar", "Accessories", 35.0),
]
VENDORS = [
    "Frites Atelier",
    "Lángos Király",
    "Açaí da Praia",
    "Bar Central",
    "Pils Bar North",
    "Pastel & Caldo",
    "Kürtős Corner",
]
POS_ITEMS = [
    "Pils 25cl",
    "Pils 50cl",
    "Lángos sajtos-tejfölös",
    "Frieten + mayo",
    "Caipirinha",
    "Água 500ml",
    "Açaí 300ml",
    "Fröccs",
    "Token refund",
]
COMPANIES = [
    "Colruyt Group Social Club",
    "Proximus Events",
    "OTP Bank Sport Egyesület",
    "Natura &Co Brasil",
    "Telenet Crew",
    "StageCo",
    "G4S Event Security",
]
HOTELS = [
    "Hotel Indigo Antwerp",
    "Aria Hotel Budapest",
    "Hotel Unique São Paulo",
    "Ibis Boom",
    "Danubius Hotel Helia",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.122 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]


def cur(f: Fake) -> str:
    return {"BE": "EUR", "HU": "HUF", "BR": "BRL"}.get(f.p.country, f.pick(["EUR", "HUF", "BRL"]))


FEST_CNPJ = cnpj(Fake(2025))


# -- rendering --------------------------------------------------------------------------------------


@dataclass
class Fresh:
    """Renders `item` around a new persona in f.q (another person in the same message)."""

    item: Any
    market: str = "*"


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Fresh):
        saved = getattr(f, "q", None)
        f.q = make_person(f, template.market)
        out = render(template.item, f, path, labels)
        f.q = saved
        return out
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


# -- contexts ---------------------------------------------------------------------------------------


def web_context():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/tickets", "/lineup", "/checkout", "/camping", "/account"])),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=fr", "?ref=app"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Tickets | Lumen Fields", "Line-up | Duna Lights", "Ingressos | Onda Solar", "Checkout"]
                )
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://tickets.lumenfields.be/",
                        "https://dunalights.hu/jegyek",
                        "https://ondasolar.com.br/ingressos",
                        "https://shop.pulsewave.live/checkout",
                    ]
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not/A)Brand"])),
                    "version": G(lambda f: f.pick(["126", "8", "125"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["nl-BE", "fr-BE", "hu-HU", "pt-BR", "en-GB", "de-DE"])),
        "timezone": G(lambda f: f.pick(["Europe/Brussels", "Europe/Budapest", "America/Sao_Paulo"])),
        "ip": Y(lambda f: ip(f), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["early_bird_2025", "lineup_drop_2", "last_tickets"])),
            "source": G(lambda f: f.pick(["instagram", "newsletter", "google", "tiktok"])),
            "medium": G(lambda f: f.pick(["social", "email", "cpc"])),
            "term": G(
                lambda f: f.pick(["festival tickets belgium", "dunalights jegy", "ingresso festival sp"])
            ),
            "content": G(lambda f: f.pick(["story_a", "hero_banner", "carousel_3"])),
        },
    }


def mobile_app():
    return {
        "name": G(lambda f: "Pulsewave"),
        "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
        "build": G(lambda f: f.pick(["4200", "4211", "4305"])),
        "namespace": G(lambda f: f.pick(["live.pulsewave.app", "live.pulsewave.festival"])),
    }


def swift_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone16,2", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.7.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "18.0"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["nl-BE", "hu-HU", "pt-BR", "en-BE", "fr-BE"])),
        "timezone": G(lambda f: f.pick(["Europe/Brussels", "Europe/Budapest", "America/Sao_Paulo"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
        },
        "location": {
            "latitude": Y(lambda f: geo_near(f, pick_site(f))[0], "geolocation"),
            "longitude": Y(lambda f: geo_near(f, pick_site(f))[1], "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2, 0.8])),
        },
    }


def kotlin_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 8", "2201117TY", "moto g84 5G"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "spes", "rhodep"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.18.1"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Proximus", "Orange BE", "Telekom HU", "Yettel", "Vivo", "Claro BR", "TIM"])
            ),
        },
        "locale": G(lambda f: f.pick(["nl-BE", "hu-HU", "pt-BR", "fr-BE", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Europe/Brussels", "Europe/Budapest", "America/Sao_Paulo"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.p.email, "email"),
            "name": Y(lambda f: f.p.full, "name"),
        },
        "ip": Y(lambda f: ip(f), "ip"),
    }


def rn_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: ["Apple", "samsung", "motorola"][f.k]),
            "model": G(lambda f: ["iPhone13,4", "SM-S911B", "moto g54 5G"][f.k]),
            "name": G(lambda f: ["iPhone", "dm1q", "cancunf"][f.k]),
            "type": G(lambda f: ["ios", "android", "android"][f.k]),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: ["iOS", "Android", "Android"][f.k]),
            "version": G(lambda f: ["17.4", "14", "13"][f.k]),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["pt-BR", "nl-BE", "hu-HU", "en-US"])),
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "Europe/Brussels", "Europe/Budapest"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "phone": Y(lambda f: f.p.phone, "phone"),
        },
    }


def flutter_context():
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-G991B", "iPhone12,1", "CPH2449"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6", "1.0.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.2", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 828, 1240])),
            "height": G(lambda f: f.pick([2400, 1792, 2772])),
        },
        "locale": G(lambda f: f.pick(["hu_HU", "pt_BR", "nl_BE", "en_US"])),
        "timezone": G(lambda f: f.pick(["Europe/Budapest", "America/Sao_Paulo", "Europe/Brussels"])),
        "traits": {"email": Y(lambda f: f.p.email, "email")},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2", "2.2.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3", "2.0.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.1", "2.4.0", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.0", "3.8.1"],
    "analytics-csharp": ["2.4.0", "2.3.6", "2.4.1"],
}


def server_context(lib: str):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if lib in ("@segment/analytics-node", "analytics-php", "analytics-csharp", "analytics-python"):
        ctx["ip"] = Y(lambda f: ip(f), "ip")
    if lib in ("@segment/analytics-node", "analytics-java"):
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "@segment/analytics-node":
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email")}
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p.email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "analytics-python":
        ctx["groupId"] = G(lambda f: "grp_" + n(f, 5))
    if lib == "analytics-csharp":
        ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


def context_for(client: str):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
        "python": lambda: server_context("analytics-python"),
        "node": lambda: server_context("@segment/analytics-node"),
        "go": lambda: server_context("analytics-go"),
        "java": lambda: server_context("analytics-java"),
        "ruby": lambda: server_context("analytics-ruby"),
        "php": lambda: server_context("analytics-php"),
        "dotnet": lambda: server_context("analytics-csharp"),
    }[client]()


# -- shared shapes ----------------------------------------------------------------------------------


def merch_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(MERCH)[0] + "-" + f.pick(["S", "M", "L", "XL"])),
        "name": G(lambda f: f.pick(MERCH)[1]),
        "category": G(lambda f: f.pick(["Apparel", "Accessories", "Prints"])),
        "brand": G(lambda f: f.pick(["Pulsewave", "Lumen Fields", "Onda Solar"])),
        "variant": G(lambda f: f.pick(["Black / M", "Sand / L", "One size", "Navy / S"])),
        "price": G(lambda f: f.pick(MERCH)[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "gender": G(lambda f: f.pick(["unisex", "women", "men"])),
        "image_url": G(lambda f: f"https://cdn.pulsewave.live/merch/{f.hexid(10)}.webp"),
    }


def ticket_product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["TKT-LF25-3D", "TKT-DL25-WE", "TKT-OS25-SAT", "TKT-LF25-VIP"])),
        "name": G(lambda f: f.pick(TICKET_TYPES)),
        "category": G(lambda f: "Tickets"),
        "price": G(lambda f: f.pick([89.0, 179.0, 249.0, 399.0])),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


def holder():
    return Fresh(
        {
            "ticket_id": G(lambda f: "T" + n(f, 10)),
            "ticket_type": G(lambda f: f.pick(TICKET_TYPES)),
            "ticket_serial": G(lambda f: f"{f.pick(['LF', 'DL', 'OS'])}25-{f.hexid(8).upper()}"),
            "holder_first_name": Y(lambda f: f.q.first, "name"),
            "holder_last_name": Y(lambda f: f.q.last, "name"),
            "holder_email": Y(lambda f: f.q.email, "email"),
            "holder_birth_date": Y(lambda f: f.q.dob, "birthdate"),
            "is_personalised": G(lambda f: f.pick([True, False])),
            "price": G(lambda f: f.pick([89.0, 179.0, 249.0])),
        }
    )


def chat_text(f: Fake) -> str:
    q = f.p
    return f.pick(
        [
            f"Hi, my wristband doesn't work, can you call me on {q.phone}?",
            f"Olá, não recebi meu ingresso, meu email é {q.email}",
            f"Szia! Nem jött meg a jegyem, ez az emailem: {q.email}",
            f"I bought 2 tickets but only got one, reach me at {q.email} pls",
            f"Hallo, ik heb mijn bandje verloren, mijn gsm is {q.phone}",
            f"Mon bracelet est bloqué, rappelez-moi au {q.phone} svp",
        ]
    )


def welfare_note(f: Fake) -> str:
    other = make_person(f, pick_site(f))
    return f.pick(
        [
            f"Lost her friends near {f.pick(STAGES)}, friend's phone {other.phone}",
            f"Phone died, asked us to text her boyfriend on {other.phone}",
            f"Guest felt unsafe at the campsite, call back on {f.p.phone}",
            f"Elvesztette a barátait, a barátnője száma: {other.phone}",
            f"Perdeu o celular, pediu para ligar para a mãe no {other.phone}",
            f"Kwijt van groep bij de toiletten, broer bereikbaar op {other.phone}",
        ]
    )


def support_description(f: Fake) -> str:
    return f.pick(
        [
            f"Order {n(f, 8)}: tickets not received. Please call me back on {f.p.phone}.",
            f"Wristband top-up charged twice. My number is {f.p.phone}",
            f"Transfer to my friend failed, you can reach me on {f.p.phone} after 6pm",
            f"Cobrança duplicada no cartão. Meu celular: {f.p.phone}",
            f"A jegyátírás nem sikerült, kérem hívjanak: {f.p.phone}",
        ]
    )


# -- events -----------------------------------------------------------------------------------------
# (kind, event or page/screen name, client, market, body)

EVENTS: list[tuple[str, str | None, str, str, dict]] = [
    # -- accounts -------------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "*",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "city": Y(lambda f: f.p.city, "city"),
            "country": G(lambda f: f.p.country),
            "preferredLanguage": G(lambda f: f.pick(["nl", "fr", "en", "hu", "pt-BR"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "favouriteGenres": Many(G(lambda f: f.pick(GENRES)), 3),
            "pulseClubNumber": G(lambda f: "PC" + n(f, 8)),
            "ticketsPurchasedCount": G(lambda f: f.r.randint(0, 14)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        "*",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "avatar": Y(lambda f: f"https://cdn.pulsewave.live/avatars/{f.uuid()}.jpg", "photo"),
            "pushOptIn": G(lambda f: f.pick([True, False])),
            "homeFestival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    (
        "identify",
        None,
        "python",
        "*",
        {
            "USER_ID": G(lambda f: n(f, 9)),
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "PHONE_E164": Y(lambda f: e164(f.p), "phone"),
            "DOB": Y(lambda f: f.p.dob, "birthdate"),
            "HOME_POSTCODE": Y(lambda f: f.p.postcode, "zipcode"),
            "HOME_COUNTRY": G(lambda f: f.p.country),
            "LIFETIME_SPEND_EUR": G(lambda f: f.money(0, 2400)),
            "TICKETS_BOUGHT": G(lambda f: f.r.randint(1, 20)),
            "LAST_FESTIVAL": G(lambda f: f.pick(FESTIVALS)),
            "FAVOURITE_STAGE": G(lambda f: f.pick(STAGES)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "IS_CREW": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "identify",
        None,
        "php",
        "HU",
        {
            "vezeteknev": Y(lambda f: f.p.last, "name"),
            "keresztnev": Y(lambda f: f.p.first, "name"),
            "email_cim": Y(lambda f: f.p.email, "email"),
            "telefonszam": Y(lambda f: f.p.phone, "phone"),
            "szuletesi_datum": Y(lambda f: f.p.dob_hu, "birthdate"),
            "iranyitoszam": Y(lambda f: f.p.postcode, "zipcode"),
            "varos": Y(lambda f: f.p.city, "city"),
            "orszag": G(lambda f: f.pick(["HU", "SK", "RO", "AT"])),
            "nyelv": G(lambda f: f.pick(["hu", "en", "de"])),
            "hirlevel": G(lambda f: f.pick([True, False])),
            "regisztracio_datuma": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "node",
        "BR",
        {
            "nome_completo": Y(lambda f: f.p.full, "name"),
            "cpf": RED(lambda f: cpf(f), "national id"),
            "celular": Y(lambda f: f.p.phone, "phone"),
            "data_nascimento": Y(lambda f: f.p.dob_br, "birthdate"),
            "cidade": Y(lambda f: f.p.city, "city"),
            "uf": G(lambda f: f.pick(["SP", "RJ", "MG", "PR", "BA"])),
            "cep": Y(lambda f: f.p.postcode, "zipcode"),
            "genero": Y(
                lambda f: f.pick(["feminino", "masculino", "não-binário", "prefiro não dizer"]), "gender"
            ),
            "aceita_marketing": G(lambda f: f.pick([True, False])),
            "cpf_validado": G(lambda f: f.pick([True, False])),
            "pcd": RED(lambda f: f.pick([True, False]), "disability"),
            "estado_civil": G(lambda f: f.pick(["solteiro(a)", "casado(a)", "união estável"])),
        },
    ),
    (
        "alias",
        None,
        "swift",
        "*",
        {},
    ),
    (
        "alias",
        None,
        "go",
        "*",
        {},
    ),
    (
        "track",
        "Sign Up Form Submitted",
        "web",
        "*",
        {
            "form_id": G(lambda f: f.pick(["signup_v3", "signup_checkout", "signup_app_banner"])),
            "email": Y(lambda f: f.p.email, "email"),
            "password": RED(
                lambda f: f.pick(
                    [
                        fold(f.p.first) + str(f.r.randint(1980, 2006)) + "!",
                        alnum(f, 12),
                        "Festival" + n(f, 4) + "#",
                        fold(f.p.last).lower() + "_" + n(f, 3),
                    ]
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "accepted_terms": G(lambda f: True),
            "newsletter": G(lambda f: f.pick([True, False])),
            "referral_code": G(lambda f: "PW-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "python",
        "*",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "login_token": RED(lambda f: alnum(f, 43, string.ascii_letters + string.digits + "-_"), "token"),
            "link_expires_in": G(lambda f: f.pick([900, 1800, 3600])),
            "redirect_path": G(lambda f: f.pick(["/account/tickets", "/checkout", "/wallet"])),
        },
    ),
    (
        "track",
        "Phone Verification Started",
        "go",
        "*",
        {
            "sid": G(lambda f: "VE" + f.hexid(32)),
            "to": Y(lambda f: e164(f.p), "phone", True),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "call"])),
            "status": G(lambda f: f.pick(["pending", "approved", "canceled"])),
            "verification_code": RED(lambda f: n(f, 6), "token"),
            "valid": G(lambda f: f.pick([True, False])),
            "send_code_attempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        "rn",
        "*",
        {
            "field": G(lambda f: f.pick(["email", "phone"])),
            "new_value": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            "source": G(lambda f: f.pick(["settings", "checkout", "onboarding"])),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        "swift",
        "*",
        {
            "contact": Fresh(
                {
                    "label": G(lambda f: f.pick(["Mãe", "Mama", "Anya", "Partner", "Roommate", "Papa"])),
                    "value": Y(lambda f: f.q.phone, "phone", True),
                }
            ),
            "shared_with_medical": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- tickets --------------------------------------------------------------------------------
    (
        "page",
        "Tickets",
        "web",
        "*",
        {
            "path": G(lambda f: f.pick(["/tickets", "/jegyek", "/ingressos"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=ig", "?promo=EARLY25"])),
            "title": G(
                lambda f: f.pick(["Tickets | Lumen Fields", "Jegyek | Duna Lights", "Ingressos | Onda Solar"])
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://tickets.lumenfields.be/tickets",
                        "https://dunalights.hu/jegyek",
                        "https://ondasolar.com.br/ingressos",
                    ]
                )
            ),
            "festival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    (
        "page",
        "Line-up",
        "web",
        "*",
        {
            "path": G(lambda f: f.pick(["/lineup", "/line-up", "/programacao"])),
            "referrer": G(lambda f: f.pick(["", "https://www.tiktok.com/", "https://t.co/"])),
            "search": G(lambda f: f.pick(["", "?day=sat", "?stage=main"])),
            "title": G(
                lambda f: f.pick(
                    ["Line-up | Lumen Fields", "Fellépők | Duna Lights", "Programação | Onda Solar"]
                )
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://lumenfields.be/lineup",
                        "https://dunalights.hu/line-up",
                        "https://ondasolar.com.br/programacao",
                    ]
                )
            ),
            "festival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "affiliation": G(
                lambda f: f.pick(["Lumen Fields webshop", "Duna Lights jegybolt", "Onda Solar loja"])
            ),
            "value": G(lambda f: f.money(40, 1400)),
            "revenue": G(lambda f: f.money(40, 1400)),
            "tax": G(lambda f: f.money(2, 120)),
            "discount": G(lambda f: f.pick([0, 10, 25])),
            "coupon": G(lambda f: f.pick(["", "EARLY25", "CREWFAM", "UNI10"])),
            "currency": G(lambda f: cur(f)),
            "products": Many(ticket_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "*",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(
                lambda f: f.pick(["card", "bancontact", "pix", "apple_pay", "szep_card", "ideal"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "maestro", "elo", "amex"])),
            "installments": G(lambda f: f.pick([1, 1, 3, 6, 10])),
            "card_bin": G(lambda f: f.pick(["453211", "516292", "636368", "670300", "379977"])),
            "card_last4": G(lambda f: n(f, 4)),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(
                lambda f: f.pick(["Lumen Fields webshop", "Duna Lights jegybolt", "Onda Solar loja"])
            ),
            "total": G(lambda f: f.money(40, 1400)),
            "revenue": G(lambda f: f.money(40, 1400)),
            "tax": G(lambda f: f.money(2, 120)),
            "currency": G(lambda f: cur(f)),
            "coupon": G(lambda f: f.pick(["", "EARLY25", "UNI10"])),
            "payment_method": G(lambda f: f.pick(["card", "bancontact", "pix", "apple_pay"])),
            "products": Many(ticket_product(), 3),
            "festival_id": G(lambda f: f.pick(FEST_IDS)),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{n(f, 10)}", "advertising id"),
        },
    ),
    (
        "track",
        "Tickets Issued",
        "node",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "festival": G(lambda f: f.pick(FESTIVALS)),
            "issued_at": G(lambda f: f.iso()),
            "tickets": Many(holder(), 4),
            "delivery": G(lambda f: f.pick(["app", "pdf", "wallet_pass"])),
        },
    ),
    (
        "track",
        "Kids Ticket Added",
        "web",
        "BE",
        {
            "parent_ticket_id": G(lambda f: "T" + n(f, 10)),
            "child_first_name": Y(lambda f: make_person(f, pick_site(f)).first, "name"),
            "child_birth_date": Y(lambda f: f.date(2013, 2022), "birthdate"),
            "child_age": G(lambda f: f.r.randint(2, 11)),
            "ice_phone": Y(lambda f: f.p.phone, "phone"),
            "kids_wristband_id": G(lambda f: wristband_id(f)),
        },
    ),
    (
        "track",
        "Jegyvásárlás",
        "php",
        "HU",
        {
            "rendeles_azonosito": G(lambda f: "DL-" + n(f, 8)),
            "jegy_tipus": G(lambda f: f.pick(["Napijegy", "Bérlet", "VIP bérlet", "Kemping kiegészítő"])),
            "darab": G(lambda f: f.r.randint(1, 4)),
            "osszeg": G(lambda f: f.pick([24900, 69900, 89900, 139800, 179700])),
            "penznem": G(lambda f: "HUF"),
            "fizetesi_mod": G(lambda f: f.pick(["bankkartya", "szep_kartya", "atutalas", "google_pay"])),
            "vasarlo_nev": Y(lambda f: f.p.full, "name"),
            "vasarlo_email": Y(lambda f: f.p.email, "email"),
            "szamlazasi_cim": {
                "iranyitoszam": Y(lambda f: f.p.postcode, "zipcode"),
                "telepules": Y(lambda f: f.p.city, "city"),
                "utca_hazszam": Y(lambda f: f.p.street, "address|street"),
            },
            "cegnev": G(
                lambda f: f.pick(["Kovács és Társa Kft.", "Dunapart Rendezvény Zrt.", "Bitfoundry Kft."])
            ),
            "adoszam": G(lambda f: hu_adoszam(f)),
        },
    ),
    (
        "track",
        "Compra Realizada",
        "node",
        "BR",
        {
            "pedido_id": G(lambda f: "OS" + n(f, 10)),
            "ingressos": Many(
                Fresh(
                    {
                        "tipo": G(
                            lambda f: f.pick(["Pista", "Pista Premium", "Camarote", "Passaporte 2 dias"])
                        ),
                        "setor": G(lambda f: f.pick(["A", "B", "Premium"])),
                        "valor": G(lambda f: f.pick([290.0, 145.0, 580.0, 890.0])),
                        "meia_entrada": G(lambda f: f.pick([True, False])),
                        "tipo_meia": G(lambda f: f.pick(["estudante", "idoso", "professor", "inteira"])),
                        "titular_nome": Y(lambda f: f.q.full, "name"),
                        "titular_cpf": RED(lambda f: cpf(f), "national id"),
                    },
                    "BR",
                ),
                4,
            ),
            "parcelas": G(lambda f: f.pick([1, 2, 3, 6, 10, 12])),
            "forma_pagamento": G(lambda f: f.pick(["cartao_credito", "pix", "boleto"])),
            "valor_total": G(lambda f: f.money(145, 3500)),
            "cupom": G(lambda f: f.pick(["", "ONDA10", "PRIMEIROLOTE"])),
            "bandeira": G(lambda f: f.pick(["elo", "visa", "mastercard", "hipercard"])),
        },
    ),
    (
        "track",
        "Ticket Transfer Initiated",
        "swift",
        "*",
        {
            "ticket_id": G(lambda f: "T" + n(f, 10)),
            "transfer_id": G(lambda f: f.uuid()),
            "recipient": Fresh(
                {
                    "first_name": Y(lambda f: f.q.first, "name"),
                    "last_name": Y(lambda f: f.q.last, "name"),
                    "email": Y(lambda f: f.q.email, "email"),
                    "phone": Y(lambda f: f.q.phone, "phone"),
                }
            ),
            "message": G(
                lambda f: f.pick(
                    [
                        "Have fun!!",
                        "Veel plezier 🎉",
                        "Jó bulit!",
                        "Aproveita!",
                        "",
                        "see you at the main stage",
                    ]
                )
            ),
            "tickets_count": G(lambda f: f.r.randint(1, 3)),
            "sender_is_holder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ticket Transfer Accepted",
        "go",
        "*",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "ticket_id": G(lambda f: "T" + n(f, 10)),
            "new_holder_name": Y(lambda f: f.p.full, "name"),
            "new_holder_email": Y(lambda f: f.p.email, "email"),
            "previous_holder_user_id": G(lambda f: "u" + n(f, 8)),
            "claim_token": RED(lambda f: f.hexid(40), "token"),
            "accepted_at": G(lambda f: f.epoch_ms()),
            "hours_to_accept": G(lambda f: f.r.randint(0, 96)),
        },
    ),
    (
        "track",
        "Friend Searched",
        "kotlin",
        "*",
        {
            "q": Y(
                lambda f: f.pick([make_person(f).full, make_person(f, "BR").full, make_person(f, "HU").full]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "context_screen": G(lambda f: f.pick(["transfer", "friend_finder", "group_booking"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        "*",
        {
            "form": G(lambda f: "ticket_transfer"),
            "field": G(lambda f: "recipient_email"),
            "input": Y(lambda f: make_person(f).email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(900, 22000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Jegy Személyre Szabva",
        "php",
        "HU",
        {
            "jegy_azonosito": G(lambda f: "DL25" + n(f, 9)),
            "nev": Y(lambda f: f.p.full, "name"),
            "szemelyi_igazolvany_szam": RED(lambda f: hu_id_card(f), "national id"),
            "szuletesi_ev": Y(lambda f: int(f.p.dob[:4]), "birthdate"),
            "allampolgarsag": Y(lambda f: f.pick(["magyar", "szlovák", "román", "osztrák"]), "citizenship"),
            "modositas_szama": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Ticket Insurance Purchased",
        "node",
        "*",
        {
            "policy_number": Y(
                lambda f: f"XC-{alnum(f, 5, string.ascii_uppercase + string.digits)}-INS", "identification"
            ),
            "insurer": G(lambda f: f.pick(["XCover", "Allianz Travel", "Porto Seguro"])),
            "premium": G(lambda f: f.money(4, 35)),
            "coverage_amount": G(lambda f: f.pick([89, 179, 249, 399])),
            "insured_name": Y(lambda f: f.p.full, "name"),
            "insured_birth_date": Y(lambda f: f.p.dob, "birthdate"),
            "order_id": G(lambda f: "PW" + n(f, 9)),
        },
    ),
    (
        "track",
        "Conversion Uploaded",
        "python",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "conversion_value": G(lambda f: f.money(40, 1400)),
            "currency": G(lambda f: cur(f)),
            "conversion_time": G(lambda f: f.iso()),
            "gclid": Y(lambda f: gclid(f), "advertising id"),
            "fbclid": Y(lambda f: fbclid(f), "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{n(f, 10)}", "advertising id"),
            "ttclid": Y(lambda f: "E.C.P." + alnum(f, 60), "advertising id"),
            "event_source_url": G(
                lambda f: f.pick(
                    ["https://tickets.lumenfields.be/checkout/thanks", "https://ondasolar.com.br/obrigado"]
                )
            ),
            "action_source": G(lambda f: "website"),
        },
    ),
    # -- gate and wristband ---------------------------------------------------------------------
    (
        "track",
        "Gate Entry Scanned",
        "kotlin",
        "*",
        {
            "gate": G(lambda f: f.pick(["North Gate", "Camping Gate C", "Portão 2", "Főbejárat"])),
            "scan_result": G(lambda f: f.pick(["ok", "ok", "duplicate", "wrong_day", "id_check"])),
            "ticket_id": G(lambda f: "T" + n(f, 10)),
            "wristband_uid": G(lambda f: chip_uid(f)),
            "document_type": G(lambda f: f.pick(["eid", "passport", "driving_licence", "rg", "szemelyi"])),
            "document_number": RED(
                lambda f: f.pick([be_eid_card(f), passport(f, f.p.country), hu_id_card(f), rg(f)]),
                "national id|passport",
            ),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "holder_birth_date": Y(lambda f: f.p.dob, "birthdate"),
            "age": G(lambda f: f.r.randint(16, 64)),
            "is_adult": G(lambda f: f.pick([True, True, False])),
            "id_photo_match": G(lambda f: f.pick([True, False])),
            "scanned_by_staff_id": G(lambda f: "ST" + n(f, 5)),
            "scanned_by_name": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
            "entry_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ID Check Failed",
        "kotlin",
        "*",
        {
            "reason": G(lambda f: f.pick(["underage", "name_mismatch", "expired_document", "no_document"])),
            "name_on_ticket": Y(lambda f: f.p.full, "name"),
            "name_on_document": Y(lambda f: f.p.full, "name"),
            "document_country": G(lambda f: f.pick(["BE", "HU", "BR", "NL", "DE"])),
            "supervisor_called": G(lambda f: f.pick([True, False])),
            "gate": G(lambda f: f.pick(["North Gate", "Camping Gate C", "Portão 2", "Főbejárat"])),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        "web",
        "*",
        {
            "check_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["Onfido", "Veriff", "idwall"])),
            "document_type": G(lambda f: f.pick(["eid", "passport", "driving_licence", "rg", "szemelyi"])),
            "issuing_country": G(lambda f: f.p.country),
            "document_number": RED(
                lambda f: f.pick([be_eid_card(f), passport(f, f.p.country), hu_id_card(f), rg(f)]),
                "national id|passport",
            ),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "selfie_url": Y(lambda f: f"https://storage.pulsewave.live/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
            "identification_method": G(lambda f: f.pick(["document", "itsme", "gov.br"])),
        },
    ),
    (
        "track",
        "Passport Details Added",
        "rn",
        "*",
        {
            "passport_number": RED(lambda f: passport(f, f.p.country), "passport"),
            "nationality": Y(
                lambda f: f.pick(["Belgian", "Hungarian", "Brazilian", "Argentinian", "Dutch", "Portuguese"]),
                "citizenship",
            ),
            "passport_expiry": G(lambda f: f.date(2026, 2034)),
            "passport_scanned": G(lambda f: f.pick([True, False])),
            "festival": G(lambda f: "os25"),
        },
    ),
    (
        "track",
        "Wristband Activated",
        "swift",
        "*",
        {
            "wristband_id": G(lambda f: wristband_id(f)),
            "chip_uid": G(lambda f: chip_uid(f)),
            "activation_code": RED(
                lambda f: (
                    alnum(f, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                    + "-"
                    + alnum(f, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                ),
                "token",
            ),
            "festival": G(lambda f: f.pick(FEST_IDS)),
            "linked_ticket_id": G(lambda f: "T" + n(f, 10)),
            "holder_name": Y(lambda f: f.p.full, "name"),
            "activated_at": G(lambda f: f.iso()),
            "method": G(lambda f: f.pick(["nfc", "manual_code", "qr"])),
        },
    ),
    (
        "screen",
        "Wallet",
        "flutter",
        "*",
        {
            "wristband_id": G(lambda f: wristband_id(f)),
            "balance": G(lambda f: f.money(0, 120)),
            "currency": G(lambda f: f.pick(["EUR", "HUF", "BRL"])),
            "last_topup_at": G(lambda f: f.iso()),
            "previous_screen": G(lambda f: f.pick(["Home", "Lineup", "Map"])),
        },
    ),
    (
        "track",
        "Top Up Completed",
        "dotnet",
        "*",
        {
            "TopUpId": G(lambda f: f.uuid()),
            "WristbandId": G(lambda f: wristband_id(f)),
            "Amount": G(lambda f: f.pick([10, 20, 25, 50, 100])),
            "Currency": G(lambda f: f.pick(["EUR", "HUF", "BRL"])),
            "PaymentMethod": G(
                lambda f: [f.pick(["scheme", "applepay"]), f.pick(["scheme", "googlepay"]), "bcmc"][f.k]
            ),
            "CardBrand": G(lambda f: ["visa", "mc", "bcmc"][f.k]),
            "CardBin": G(lambda f: ["453211", "516292", "670300"][f.k]),
            "CardLast4": G(lambda f: n(f, 4)),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/20{f.r.randint(25, 31)}"),
            "MaskedPan": G(
                lambda f: ["4532 11** **** ", "5162 92** **** ", "6703 00** **** *"][f.k] + n(f, 4)
            ),
            "CardHolderName": Y(lambda f: f.p.full.upper(), "name"),
            "PspReference": G(lambda f: alnum(f, 16, string.ascii_uppercase + string.digits)),
            "StoredPaymentMethodId": RED(lambda f: n(f, 16), "token"),
            "ShopperEmail": Y(lambda f: f.p.email, "email"),
            "ShopperIp": Y(lambda f: ip(f), "ip"),
            "BalanceAfter": G(lambda f: f.money(10, 180)),
            "Channel": G(lambda f: f.pick(["App", "TopUpPoint", "Web"])),
            "TerminalId": G(lambda f: f.pick(["P400Plus-805123456", "S1F2-000158221", "V400m-346020312"])),
        },
    ),
    (
        "track",
        "Top Up Failed",
        "dotnet",
        "*",
        {
            "TopUpId": G(lambda f: f.uuid()),
            "WristbandId": G(lambda f: wristband_id(f)),
            "Amount": G(lambda f: f.pick([10, 20, 25, 50, 100])),
            "RefusalReason": G(
                lambda f: f.pick(["Refused", "Not enough balance", "CVC Declined", "3D Not Authenticated"])
            ),
            "RefusalReasonCode": G(lambda f: f.pick(["2", "12", "24", "11"])),
            "PaymentMethodToken": RED(lambda f: "pm_1P" + alnum(f, 22), "token"),
            "Retry": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pix Top Up Requested",
        "node",
        "BR",
        {
            "txid": G(lambda f: alnum(f, 32, string.ascii_lowercase + string.digits)),
            "amount": G(lambda f: f.pick([20.0, 50.0, 100.0, 150.0])),
            "merchant_pix_key": G(
                lambda f: f.pick(["pix@ondasolar.com.br", FEST_CNPJ, "5f2b4e1c-8d0a-4b7e-9a0c-3c1f9e7d2a64"])
            ),
            "brcode": G(
                lambda f: (
                    "00020126580014br.gov.bcb.pix0136"
                    + "5f2b4e1c-8d0a-4b7e-9a0c-3c1f9e7d2a64"
                    + f"520400005303986540{f.r.randint(5, 6)}{f.pick(['20.00', '50.00', '100.00'])}"
                    + "5802BR5913ONDA SOLAR LT6009SAO PAULO62070503***6304"
                    + f.hexid(4).upper()
                )
            ),
            "payer_name": Y(lambda f: f.p.full, "name"),
            "payer_cpf": RED(lambda f: cpf(f), "national id"),
            "expires_in_seconds": G(lambda f: f.pick([300, 600, 900])),
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA", "REMOVIDA_PELO_USUARIO_RECEBEDOR"])),
            "end_to_end_id": G(
                lambda f: (
                    "E"
                    + f.pick(["18236120", "60701190", "00000000"])
                    + f"2025{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
                    + f"{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}"
                    + alnum(f, 11)
                )
            ),
        },
    ),
    (
        "track",
        "Payment Declined",
        "php",
        "BR",
        {
            "order_id": G(lambda f: "OS" + n(f, 10)),
            "card_number": RED(lambda f: card(f), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder_name": Y(lambda f: f.p.full.upper(), "name"),
            "card_brand": G(lambda f: f.pick(["elo", "visa", "mastercard", "hipercard"])),
            "installments": G(lambda f: f.pick([1, 3, 6, 10])),
            "decline_code": G(lambda f: f.pick(["51", "05", "57", "N7"])),
            "card_token": RED(lambda f: f.hexid(32), "token"),
        },
    ),
    (
        "track",
        "Refund Requested",
        "python",
        "BE",
        {
            "aanvraag_id": G(lambda f: "RF-" + n(f, 7)),
            "polsbandje_id": G(lambda f: wristband_id(f)),
            "resterend_saldo": G(lambda f: f.money(0.5, 90)),
            "rekeningnummer": RED(
                lambda f: iban(f, f.pick(["BE", "BE", "BE", "NL", "FR", "DE"])), "bank account"
            ),
            "bic": G(lambda f: f.pick(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "ARSPBE22"])),
            "rekeninghouder": Y(lambda f: f.p.full, "name"),
            "emailadres": Y(lambda f: f.p.email, "email"),
            "taal": G(lambda f: f.pick(["nl", "fr", "en"])),
            "ingediend_op": G(lambda f: f.iso()),
            "administratiekost": G(lambda f: f.pick([0, 1.5, 2.0])),
        },
    ),
    (
        "track",
        "Remboursement Demandé",
        "python",
        "BE",
        {
            "demande_id": G(lambda f: "RF-" + n(f, 7)),
            "bracelet_id": G(lambda f: wristband_id(f)),
            "solde_restant": G(lambda f: f.money(0.5, 90)),
            "numero_compte": RED(lambda f: iban(f, f.pick(["BE", "BE", "FR"])), "bank account"),
            "titulaire_compte": Y(lambda f: f.p.full, "name"),
            "courriel": Y(lambda f: f.p.email, "email"),
            "statut": G(lambda f: f.pick(["reçu", "validé", "payé"])),
        },
    ),
    (
        "track",
        "Visszatérítés Igényelve",
        "php",
        "HU",
        {
            "igenyles_azonosito": G(lambda f: "VT-" + n(f, 7)),
            "karszalag_azonosito": G(lambda f: wristband_id(f)),
            "bankszamlaszam": RED(lambda f: f.pick([hu_giro(f), iban(f, "HU")]), "bank account"),
            "szamlatulajdonos": Y(lambda f: f.p.full, "name"),
            "ertesitesi_email": Y(lambda f: f.p.email, "email"),
            "osszeg": G(lambda f: f.pick([1500, 4200, 9800, 12500])),
            "penznem": G(lambda f: "HUF"),
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        "php",
        "BR",
        {
            "protocolo": G(lambda f: "OS-RB-" + n(f, 8)),
            "saldo_restante": G(lambda f: f.money(1, 250)),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix": RED(lambda f: pix_key(f, f.p), "bank account"),
            "banco": G(lambda f: f.pick(["341", "237", "260", "001", "104", "077"])),
            "agencia": G(lambda f: n(f, 4)),
            "conta": RED(lambda f: f"{n(f, 5 + f.r.randint(0, 3))}-{f.r.randint(0, 9)}", "bank account"),
            "titular_nome": Y(lambda f: f.p.full, "name"),
            "titular_cpf": RED(lambda f: cpf(f), "national id"),
            "email": Y(lambda f: f.p.email, "email"),
        },
    ),
    (
        "track",
        "Cashless Payment",
        "java",
        "*",
        {
            "transaction_id": G(lambda f: f.uuid()),
            "wristband_id": G(lambda f: wristband_id(f)),
            "vendor_id": G(lambda f: "V" + n(f, 4)),
            "vendor_name": G(lambda f: f.pick(VENDORS)),
            "stand_location": G(
                lambda f: f.pick(["Food Court East", "Bar Riverside", "Camping Shop", "Praça de Alimentação"])
            ),
            "items": Many(
                {
                    "name": G(lambda f: f.pick(POS_ITEMS)),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.pick([3.5, 6.0, 7.5, 12.0, 2500, 1800])),
                    "allergens": Many(G(lambda f: f.pick(["gluten", "milk", "nuts", "sulphites", "egg"])), 2),
                },
                4,
            ),
            "amount": G(lambda f: f.money(3, 80)),
            "balance_after": G(lambda f: f.money(0, 120)),
            "currency": G(lambda f: f.pick(["EUR", "HUF", "BRL"])),
            "cashier_name": Y(lambda f: make_person(f, pick_site(f)).first, "name"),
            "age_restricted_items": G(lambda f: f.pick([True, False])),
            "age_check_passed": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- camping, lockers, travel ---------------------------------------------------------------
    (
        "track",
        "Camping Plot Booked",
        "web",
        "*",
        {
            "plot_id": G(lambda f: f.pick(["C", "L", "G"]) + "-" + str(f.r.randint(1, 480))),
            "campsite": G(lambda f: f.pick(["Lakeside", "Easy Camp", "Comfort Village", "Sziget Camp B"])),
            "plot_size": G(lambda f: f.pick(["3x3", "5x5", "6x8 campervan"])),
            "nights": G(lambda f: f.r.randint(2, 5)),
            "campervan": G(lambda f: f.pick([True, False])),
            "vehicle_plate": Y(lambda f: plate(f, f.p.country), "license"),
            "tent_buddies": Many(
                Fresh({"name": Y(lambda f: f.q.full, "name"), "email": Y(lambda f: f.q.email, "email")}), 3
            ),
            "price": G(lambda f: f.pick([45.0, 90.0, 160.0, 240.0])),
            "power_hookup": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Locker Rented",
        "rn",
        "*",
        {
            "locker_id": G(
                lambda f: f"{f.pick(['A', 'B', 'K'])}{f.r.randint(1, 40):02d}-{f.r.randint(1, 120):03d}"
            ),
            "locker_bank": G(lambda f: f.pick(["Entrance Plaza", "Camping North", "Riverside"])),
            "size": G(lambda f: f.pick(["S", "M", "L", "XL-charging"])),
            "rental_days": G(lambda f: f.r.randint(1, 4)),
            "access_code": RED(lambda f: n(f, f.pick([4, 6])), "password|secret"),
            "price": G(lambda f: f.pick([15.0, 25.0, 40.0])),
            "payment_method": G(lambda f: f.pick(["wristband", "card", "pix"])),
            "phone_charging": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hotel Package Booked",
        "web",
        "*",
        {
            "booking_reference": G(lambda f: "HP" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "hotel_name": G(lambda f: f.pick(HOTELS)),
            "hotel_city": G(lambda f: f.pick(["Antwerpen", "Budapest", "São Paulo", "Boom"])),
            "hotel_phone": G(lambda f: f.pick(["+32 3 500 89 50", "+36 1 445 4055", "+55 11 3055-4700"])),
            "check_in": G(lambda f: f.pick(["2025-07-17", "2025-08-06", "2025-11-20"])),
            "check_out": G(lambda f: f.pick(["2025-07-21", "2025-08-11", "2025-11-23"])),
            "room_type": G(lambda f: f.pick(["double", "twin", "quad"])),
            "guests": Many(
                Fresh(
                    {"first_name": Y(lambda f: f.q.first, "name"), "last_name": Y(lambda f: f.q.last, "name")}
                ),
                4,
            ),
            "total": G(lambda f: f.money(180, 1200)),
            "marital_status": G(lambda f: f.pick(["single", "married", "partnered"])),
        },
    ),
    (
        "track",
        "Shuttle Pickup Selected",
        "swift",
        "*",
        {
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "_-")),
            "label": Y(lambda f: f.p.address_line, "address", True),
            "type": G(lambda f: f.pick(["home", "work", "other"])),
            "session_token": G(lambda f: f.uuid()),
            "pickup_stop": G(
                lambda f: f.pick(
                    ["Antwerpen-Centraal", "Boom Markt", "Budapest Nyugati pu.", "Metrô Jabaquara"]
                )
            ),
            "departure_time": G(lambda f: f.iso()),
            "passengers": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Shuttle Bus Booked",
        "node",
        "*",
        {
            "booking_id": G(lambda f: f.uuid()),
            "route": G(
                lambda f: f.pick(["ANT-BOOM", "BRU-BOOM", "NYUGATI-HAJOGYAR", "JABAQUARA-INTERLAGOS"])
            ),
            "lead_passenger_name": Y(lambda f: f.p.full, "name"),
            "lead_passenger_phone": Y(lambda f: f.p.phone, "phone"),
            "seats": G(lambda f: f.r.randint(1, 4)),
            "price": G(lambda f: f.pick([8.0, 12.0, 3500, 25.0])),
        },
    ),
    # -- line-up and app ------------------------------------------------------------------------
    (
        "track",
        "Artist Favourited",
        "swift",
        "*",
        {
            "artist_id": G(lambda f: "art_" + n(f, 5)),
            "artist_name": G(lambda f: f.pick(ARTISTS)),
            "stage": G(lambda f: f.pick(STAGES)),
            "day": G(lambda f: f.pick(["friday", "saturday", "sunday"])),
            "set_start": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["lineup", "search", "artist_page", "spotify_import"])),
            "favourites_count": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Set Reminder Scheduled",
        "node",
        "*",
        {
            "artist-id": G(lambda f: "art_" + n(f, 5)),
            "artist-name": G(lambda f: f.pick(ARTISTS)),
            "stage-name": G(lambda f: f.pick(STAGES)),
            "set-start": G(lambda f: f.iso()),
            "reminder-minutes-before": G(lambda f: f.pick([5, 15, 30])),
            "push-token": RED(lambda f: f.pick([f.hexid(64), fcm_token(f)]), "token"),
            "platform": G(lambda f: f.pick(["ios", "android"])),
            "user-timezone": G(lambda f: f.pick(["Europe/Brussels", "Europe/Budapest", "America/Sao_Paulo"])),
        },
    ),
    (
        "track",
        "Lineup Searched",
        "kotlin",
        "*",
        {
            "query": G(lambda f: f.pick([a.lower() for a in ARTISTS] + ["techno", "sunday main"])),
            "results_count": G(lambda f: f.r.randint(0, 9)),
            "filters": Many(G(lambda f: f.pick(["day:sat", "stage:main", "genre:techno", "favourites"])), 2),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        "*",
        {
            "campaign_id": G(lambda f: "cmp_" + n(f, 6)),
            "message_title": G(
                lambda f: f"{f.pick(ARTISTS)} starts in {f.pick([5, 15, 30])} min at {f.pick(STAGES)}"
            ),
            "deep_link": G(lambda f: f"pulsewave://artist/art_{n(f, 5)}"),
            "weather_condition": G(lambda f: f.pick(["sunny", "rain", "storm_warning", "heat"])),
        },
    ),
    (
        "track",
        "Map Pin Viewed",
        "rn",
        "*",
        {
            "poi_id": G(lambda f: "poi_" + n(f, 4)),
            "poi_type": G(lambda f: f.pick(["stage", "bar", "toilets", "medical", "water", "lockers"])),
            "poi_name": G(lambda f: f.pick([*STAGES, "Medical Post North", "Water Point 3", "Welfare Tent"])),
            "poi_lat": G(lambda f: f.pick([51.08871, 51.09012, 47.55294, -23.70155])),
            "poi_lng": G(lambda f: f.pick([4.36588, 4.36811, 19.05127, -46.69822])),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "Schommelei 1, 2850 Boom",
                        "Hajógyári-sziget, 1033 Budapest",
                        "Av. Sen. Teotônio Vilela, 261 - Interlagos",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Friend Location Shared",
        "kotlin",
        "*",
        {
            "share_id": G(lambda f: f.uuid()),
            "friend_user_id": G(lambda f: "u" + n(f, 8)),
            "friend_display_name": Y(lambda f: make_person(f, pick_site(f)).first, "name"),
            "latitude": Y(lambda f: geo_near(f, pick_site(f))[0], "geolocation"),
            "longitude": Y(lambda f: geo_near(f, pick_site(f))[1], "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5.0, 12.5, 30.0, 65.0])),
            "expires_in_min": G(lambda f: f.pick([30, 60, 240])),
        },
    ),
    (
        "screen",
        "Lineup",
        "kotlin",
        "*",
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Map", "Wallet"])),
            "festival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    (
        "screen",
        "Map",
        "swift",
        "*",
        {
            "previous_screen": G(lambda f: f.pick(["Home", "Lineup", "Wallet"])),
            "festival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    # -- safety, medical, accessibility ---------------------------------------------------------
    (
        "track",
        "Medical Incident Logged",
        "java",
        "*",
        {
            "incident_id": G(lambda f: "MI-" + n(f, 6)),
            "medical_post": G(
                lambda f: f.pick(["Medical Post North", "Medical Post Camping", "Posto Médico 1"])
            ),
            "arrived_at": G(lambda f: f.iso()),
            "patient_name": Y(lambda f: f.p.full, "name"),
            "patient_birth_date": Y(lambda f: f.p.dob, "birthdate"),
            "patient_age": G(lambda f: f.r.randint(16, 70)),
            "companion_phone": Y(lambda f: make_person(f, pick_site(f)).phone, "phone"),
            "presenting_complaint": Y(
                lambda f: f.pick(
                    [
                        "heat exhaustion",
                        "ankle sprain",
                        "asthma attack",
                        "alcohol intoxication",
                        "laceration left hand",
                        "panic attack",
                        "allergic reaction (wasp sting)",
                        "hypoglycaemia",
                    ]
                ),
                "condition|diagnosis",
            ),
            "treatment": Y(
                lambda f: f.pick(
                    [
                        "oral rehydration",
                        "wound dressing",
                        "nebuliser",
                        "observation 30 min",
                        "ice + compression",
                        "IV fluids",
                    ]
                ),
                "procedure",
            ),
            "medication_given": Y(
                lambda f: f.pick(
                    ["paracetamol 1g", "salbutamol 5mg", "cetirizine 10mg", "ibuprofen 400mg", "glucose gel"]
                ),
                "medication",
            ),
            "allergies": Y(
                lambda f: f.pick(["penicillin", "none known", "peanuts", "latex", "NSAIDs"]), "allergy"
            ),
            "medic_id": G(lambda f: "MED" + n(f, 4)),
            "medic_name": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
        },
    ),
    (
        "track",
        "Orvosi Eset Rögzítve",
        "php",
        "HU",
        {
            "eset_azonosito": G(lambda f: "OE-" + n(f, 6)),
            "beteg_neve": Y(lambda f: f.p.full, "name"),
            "taj_szam": RED(lambda f: taj(f), "health id"),
            "panasz": Y(
                lambda f: f.pick(["hőguta", "bokaficam", "asztmás roham", "alkoholmérgezés", "vágott seb"]),
                "condition|diagnosis",
            ),
            "ellatas": Y(
                lambda f: f.pick(["folyadékpótlás", "sebkötözés", "megfigyelés", "inhalálás"]), "procedure"
            ),
            "gyogyszer": Y(
                lambda f: f.pick(["paracetamol", "Algopyrin", "Zyrtec", "Ventolin"]), "medication"
            ),
            "rogzitette": G(lambda f: "MED" + n(f, 4)),
        },
    ),
    (
        "track",
        "Atendimento Médico",
        "node",
        "BR",
        {
            "incident_id": G(lambda f: "AM-" + n(f, 6)),
            "patient_name": Y(lambda f: f.p.full, "name"),
            "sus_card_number": RED(lambda f: cns(f), "health id"),
            "presenting_complaint": Y(
                lambda f: f.pick(
                    [
                        "insolação",
                        "entorse de tornozelo",
                        "crise de asma",
                        "intoxicação alcoólica",
                        "crise de ansiedade",
                    ]
                ),
                "condition|diagnosis",
            ),
            "treatment": Y(
                lambda f: f.pick(["hidratação oral", "curativo", "observação", "soro intravenoso"]),
                "procedure",
            ),
            "health_plan": G(lambda f: f.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "nenhum"])),
            "health_plan_member_number": Y(
                lambda f: n(f, 4) + "." + n(f, 4) + "." + n(f, 6) + "." + n(f, 2) + "-" + n(f, 1),
                "identification",
            ),
        },
    ),
    (
        "track",
        "Welfare Report Filed",
        "rn",
        "*",
        {
            "report_id": G(lambda f: f.uuid()),
            "category": G(
                lambda f: f.pick(
                    ["lost_friend", "harassment", "lost_belongings", "safe_space_request", "other"]
                )
            ),
            "location_zone": G(
                lambda f: f.pick(["Camping A", "Main Stage pit", "Food Court", "Entrance Plaza"])
            ),
            "note": Y(welfare_note, "phone", True),
            "reporter_phone": Y(lambda f: f.p.phone, "phone"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "subject_description": G(
                lambda f: f.pick(
                    ["red raincoat, blond hair", "group of 4, matching hats", "tall, black hoodie", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Accessibility Request Submitted",
        "web",
        "*",
        {
            "request_id": G(lambda f: "AR-" + n(f, 5)),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "needs": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair access",
                            "hearing loop",
                            "sign language interpreter",
                            "quiet area",
                            "viewing platform",
                            "accessible toilet",
                            "step-free camping",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "personal_assistant_ticket": RED(lambda f: f.pick([True, False]), "disability"),
            "assistance_dog": RED(lambda f: f.pick([True, False]), "disability"),
            "assistance_dog_name": G(lambda f: f.pick(["Bowie", "Luna", "Pipoca", "Morzsi", "Max"])),
            "disability_card_number": RED(
                lambda f: f.pick(["BE", "HU", "IT"]) + n(f, 10), "disability|identification"
            ),
            "contact_email": Y(lambda f: f.p.email, "email"),
            "contact_phone": Y(lambda f: f.p.phone, "phone"),
            "preferred_contact_method": G(lambda f: f.pick(["email", "phone", "whatsapp"])),
            "festival": G(lambda f: f.pick(FEST_IDS)),
        },
    ),
    # -- lost and found -------------------------------------------------------------------------
    (
        "track",
        "Lost Item Reported",
        "web",
        "*",
        {
            "report_id": G(lambda f: "LF-" + n(f, 6)),
            "item_category": G(lambda f: f.pick(["phone", "wallet", "keys", "bag", "glasses", "id_card"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "black Eastpak backpack",
                        "iPhone 13 in a green case",
                        "brown leather wallet",
                        "car keys with Ikea tag",
                        "prescription glasses, tortoise frame",
                    ]
                )
            ),
            "lost_area": G(lambda f: f.pick(["Main Stage", "Camping A", "Shuttle stop", "Food Court"])),
            "lost_on": G(lambda f: f.pick(["2025-07-18", "2025-07-19", "2025-08-09", "2025-11-22"])),
            "contact_name": Y(lambda f: f.p.full, "name"),
            "contact_email": Y(lambda f: f.p.email, "email"),
            "reward_offered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Found Item Logged",
        "ruby",
        "*",
        {
            "item_id": G(lambda f: "FI-" + n(f, 6)),
            "item_category": G(lambda f: f.pick(["phone", "wallet", "id_card", "bank_card", "keys"])),
            "found_zone": G(lambda f: f.pick(["Main Stage", "Camping B", "Bar Riverside", "Toilets West"])),
            "logged_by_staff": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
            "name_on_item": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
            "storage_bin": G(lambda f: f"BIN-{f.r.randint(1, 60):02d}"),
            "photo_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Lost Item Claimed",
        "ruby",
        "*",
        {
            "claim_number": G(lambda f: "CL-" + n(f, 7)),
            "item_id": G(lambda f: "FI-" + n(f, 6)),
            "claimant_name": Y(lambda f: f.p.full, "name"),
            "claimant_phone": Y(lambda f: f.p.phone, "phone"),
            "claimant_id_number": RED(
                lambda f: f.pick([be_national_number(f), cpf(f), hu_id_card(f)]), "national id"
            ),
            "collected_in_person": G(lambda f: f.pick([True, False])),
            "shipping_fee": G(lambda f: f.pick([0, 8.5, 15.0])),
        },
    ),
    # -- crew and volunteers --------------------------------------------------------------------
    (
        "track",
        "Accreditation Application Submitted",
        "web",
        "*",
        {
            "application_id": G(lambda f: f.uuid()),
            "role": G(lambda f: f.pick(["bar", "stewarding", "production", "artist_care", "cleaning"])),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "job_title": G(lambda f: f.pick(["Bar Supervisor", "Steward", "Stagehand", "Runner", "Rigger"])),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "email": Y(lambda f: f.p.email, "email"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
            "national_register_number": RED(lambda f: be_national_number(f), "national id"),
            "nationality": Y(
                lambda f: f.pick(["Belgian", "Dutch", "Hungarian", "Brazilian", "Polish", "Moroccan"]),
                "citizenship",
            ),
            "right_to_work_eu": RED(lambda f: f.pick([True, False]), "visa"),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL", "XXL"])),
            "dietary_requirements": Y(
                lambda f: f.pick(["none", "vegetarian", "vegan", "halal", "kosher", "gluten-free"]),
                "religion|condition",
            ),
            "emergency_contact": Fresh(
                {
                    "name": Y(lambda f: f.q.full, "name"),
                    "phone": Y(lambda f: f.q.phone, "phone"),
                    "relationship": G(lambda f: f.pick(["mother", "partner", "friend", "father", "sister"])),
                }
            ),
            "photo_url": Y(lambda f: f"https://crew.pulsewave.live/photos/{f.uuid()}.jpg", "photo"),
            "shifts_preferred": Many(
                G(lambda f: f.pick(["thu_build", "fri_day", "sat_night", "sun_day", "mon_breakdown"])), 3
            ),
            "previous_years": G(lambda f: f.r.randint(0, 8)),
            "first_aid_certified": G(lambda f: f.pick([True, False])),
            "driving_licence_category": G(lambda f: f.pick(["B", "BE", "C", "none"])),
        },
    ),
    (
        "track",
        "Vrijwilliger Geregistreerd",
        "python",
        "BE",
        {
            "vrijwilliger_id": G(lambda f: "VW" + n(f, 6)),
            "voornaam": Y(lambda f: f.p.first, "name"),
            "achternaam": Y(lambda f: f.p.last, "name"),
            "gsm": Y(lambda f: f.p.phone, "phone"),
            "emailadres": Y(lambda f: f.p.email, "email"),
            "rijksregisternummer": RED(lambda f: be_national_number(f), "national id"),
            "geboortedatum": Y(lambda f: f.p.dob, "birthdate"),
            "straat_en_nummer": Y(lambda f: f.p.street, "address|street"),
            "postcode": Y(lambda f: f.p.postcode, "zipcode"),
            "gemeente": Y(lambda f: f.p.city, "city"),
            "vakbond": Y(lambda f: f.pick(["ACV", "ABVV", "ACLVB", "geen"]), "trade union"),
            "uurloon": Y(lambda f: f.pick([14.62, 15.9, 17.25, 13.1]), "salary"),
            "statuut": G(lambda f: f.pick(["student", "vrijwilliger", "flexi-job", "interim"])),
        },
    ),
    (
        "track",
        "Stábtag Regisztrálva",
        "php",
        "HU",
        {
            "stab_azonosito": G(lambda f: "STB-" + n(f, 5)),
            "nev": Y(lambda f: f.p.full, "name"),
            "anyja_neve": Y(lambda f: make_person(f, "HU").full, "name"),
            "szuletesi_hely": Y(lambda f: f.pick(HU_PLACES)[1], "city"),
            "szuletesi_datum": Y(lambda f: f.p.dob_hu, "birthdate"),
            "adoazonosito_jel": RED(lambda f: hu_tax_id(f), "national id"),
            "taj_szam": RED(lambda f: taj(f), "health id"),
            "bankszamlaszam": RED(lambda f: f.pick([hu_giro(f), iban(f, "HU")]), "bank account"),
            "munkakor": G(lambda f: f.pick(["pultos", "jegyellenőr", "takarító", "színpadtechnikus"])),
            "oraber": Y(lambda f: f.pick([2200, 2500, 2800, 3200]), "salary"),
        },
    ),
    (
        "track",
        "Credenciamento Enviado",
        "node",
        "BR",
        {
            "accreditation_id": G(lambda f: "CR" + n(f, 7)),
            "full_name": Y(lambda f: f.p.full, "name"),
            "cpf": RED(lambda f: cpf(f), "national id"),
            "rg": RED(lambda f: rg(f), "national id"),
            "date_of_birth": Y(lambda f: f.p.dob_br, "birthdate"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "role": G(lambda f: f.pick(["bilheteria", "bar", "segurança", "limpeza", "produção"])),
            "employer": G(
                lambda f: f.pick(["Onda Produções Ltda", "Segurança Total Eventos", "Limpa Já Serviços"])
            ),
            "employer_cnpj": G(lambda f: cnpj(f)),
            "emergency_contact": Fresh(
                {
                    "name": Y(lambda f: f.q.full, "name"),
                    "phone": Y(lambda f: f.q.phone, "phone"),
                    "relationship": G(lambda f: f.pick(["mãe", "pai", "cônjuge", "irmã", "amigo"])),
                },
                "BR",
            ),
            "daily_rate": Y(lambda f: f.pick([180.0, 220.0, 250.0, 300.0]), "salary"),
        },
    ),
    (
        "track",
        "Crew Shift Checked In",
        "kotlin",
        "*",
        {
            "staff_id": G(lambda f: "ST" + n(f, 5)),
            "badge_number": G(lambda f: f"B-{f.r.randint(1000, 9999)}"),
            "shift_id": G(lambda f: "SH" + n(f, 6)),
            "zone": G(lambda f: f.pick(["Bar North", "Gate A", "Backstage", "Camping East"])),
            "checked_in_at": G(lambda f: f.iso()),
            "supervisor_name": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
            "hourly_rate": Y(lambda f: f.pick([14.5, 16.0, 18.75, 2200, 3000]), "salary"),
            "overtime_minutes": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Accreditation Approved",
        "go",
        "*",
        {
            "accreditation_id": G(lambda f: f.uuid()),
            "badge_type": G(lambda f: f.pick(["CREW", "ARTIST", "PRESS", "SUPPLIER"])),
            "access_zones": Many(
                G(lambda f: f.pick(["backstage", "foh", "camping_crew", "production_office"])), 3
            ),
            "approved_by_user_id": G(lambda f: "u" + n(f, 8)),
            "badge_photo_url": Y(lambda f: f"https://crew.pulsewave.live/badges/{f.hexid(20)}.png", "photo"),
            "vehicle_pass_plate": Y(lambda f: plate(f, f.p.country), "license"),
            "parking_zone": G(lambda f: f.pick(["P1", "P3 crew", "Estacionamento B"])),
        },
    ),
    (
        "group",
        None,
        "python",
        "*",
        {
            "name": G(
                lambda f: ["Colruyt Group Social Club", "OTP Bank Sport Egyesület", "Natura &Co Brasil"][f.k]
            ),
            "industry": G(lambda f: ["Retail", "Banking", "Cosmetics"][f.k]),
            "employees": G(lambda f: f.pick([45, 320, 2500, 12000])),
            "website": G(
                lambda f: [
                    "https://www.colruytgroup.com",
                    "https://www.otpbank.hu",
                    "https://www.natura.com.br",
                ][f.k]
            ),
            "vat_number": G(lambda f: [be_vat, hu_vat, cnpj][f.k](f)),
            "office_phone": G(lambda f: ["+32 2 363 55 45", "+36 1 366 6388", "+55 11 4446-2000"][f.k]),
            "events_mailbox": G(
                lambda f: ["events@colruytgroup.com", "sportegyesulet@otpbank.hu", "eventos@natura.net"][f.k]
            ),
            "hq": {
                "street": G(
                    lambda f: ["Edingensesteenweg 196", "Nádor utca 16.", "Av. Alexandre Colares, 1188"][f.k]
                ),
                "city": G(lambda f: ["Halle", "Budapest", "São Paulo"][f.k]),
                "postal_code": G(lambda f: ["1500", "1051", "05106-000"][f.k]),
                "country": G(lambda f: ["BE", "HU", "BR"][f.k]),
            },
            "tickets_reserved": G(lambda f: f.r.randint(20, 800)),
            "account_manager": Y(lambda f: make_person(f, pick_site(f)).full, "name"),
        },
    ),
    # -- fun run --------------------------------------------------------------------------------
    (
        "track",
        "Fun Run Registered",
        "web",
        "*",
        {
            "race": G(lambda f: f.pick(["5K", "10K", "Kids 1K"])),
            "race_bib": G(lambda f: f.r.randint(1, 1500)),
            "runner_name": Y(lambda f: f.p.full, "name"),
            "runner_birth_year": Y(lambda f: int(f.p.dob[:4]), "birthdate"),
            "tshirt": G(lambda f: f.pick(["S", "M", "L"])),
            "emergency_phone": Y(lambda f: make_person(f, pick_site(f)).phone, "phone"),
        },
    ),
    # -- merch e-commerce -----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        "*",
        {"query": G(lambda f: f.pick(["hoodie", "bucket hat", "poncho", "poster", "leque", "póló"]))},
    ),
    (
        "track",
        "Product Viewed",
        "rn",
        "*",
        {
            **merch_product(),
            "currency": G(lambda f: f.pick(["EUR", "BRL", "HUF"])),
            "url": G(lambda f: f"https://shop.pulsewave.live/p/{n(f, 4)}"),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        "*",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in merch_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Cart Viewed",
        "rn",
        "*",
        {"cart_id": G(lambda f: f.uuid()), "products": Many(merch_product(), 3)},
    ),
    (
        "track",
        "Order Completed",
        "web",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: "Pulsewave Merch"),
            "total": G(lambda f: f.money(15, 240)),
            "revenue": G(lambda f: f.money(15, 240)),
            "shipping": G(lambda f: f.pick([0, 4.95, 6.95, 19.9])),
            "tax": G(lambda f: f.money(1, 40)),
            "currency": G(lambda f: cur(f)),
            "coupon": G(lambda f: f.pick(["", "MERCH15", "CREWFAM"])),
            "payment_method": G(lambda f: f.pick(["card", "bancontact", "pix", "paypal"])),
            "products": Many(merch_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: f.p.full, "name"),
                "line1": Y(lambda f: f.p.street, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: f.p.country),
            },
            "billing_address": Y(lambda f: f.p.address_line, "address"),
            "tracking_number": G(lambda f: f.pick(["3S", "JJD", "LB"]) + n(f, 12)),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Merch Return Requested",
        "ruby",
        "*",
        {
            "order_id": G(lambda f: "PW" + n(f, 9)),
            "return_id": G(lambda f: "RMA-" + n(f, 6)),
            "sku": G(lambda f: f.pick(MERCH)[0]),
            "condition": G(lambda f: f.pick(["unworn", "tags_removed", "damaged"])),
            "reason": G(lambda f: f.pick(["too small", "wrong colour", "arrived damaged"])),
            "refund_amount": G(lambda f: f.money(6, 55)),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        "web",
        "*",
        {
            "email": Y(lambda f: f.p.email, "email"),
            "list_id": G(lambda f: f.pick(["lf_news", "dl_hirlevel", "os_novidades"])),
            "source": G(lambda f: f.pick(["footer", "popup", "checkout"])),
        },
    ),
    # -- support --------------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "node",
        "*",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Tickets not received", "Double charge", "Transfer failed", "Refund status"]
                    )
                ),
                "description": Y(support_description, "phone", True),
                "requester": {
                    "name": Y(lambda f: f.p.full, "name"),
                    "email": Y(lambda f: f.p.email, "email"),
                },
                "tags": Many(G(lambda f: f.pick(["tickets", "cashless", "refund", "vip", "pt-br"])), 3),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
                "brand": G(lambda f: f.pick(["Lumen Fields", "Duna Lights", "Onda Solar"])),
                "support_address": G(
                    lambda f: f.pick(
                        ["support@lumenfields.be", "help@dunalights.hu", "ajuda@ondasolar.com.br"]
                    )
                ),
            }
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        "*",
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "text": Y(chat_text, "email|phone", True),
            "author_type": G(lambda f: "user"),
        },
    ),
    (
        "track",
        "Support Call Received",
        "go",
        "*",
        {
            "call": {
                "sid": G(lambda f: "CA" + f.hexid(32)),
                "from": Y(lambda f: e164(make_person(f, f.pick(["BE", "HU", "BR"]))), "phone", True),
                "to": G(lambda f: f.pick(["+3233030400", "+3612345600", "+551140040000"])),
                "direction": G(lambda f: "inbound"),
                "duration": G(lambda f: f.r.randint(10, 1200)),
                "caller_country": G(lambda f: f.pick(["BE", "HU", "BR", "NL"])),
            }
        },
    ),
    (
        "track",
        "Webhook Delivery Failed",
        "node",
        "*",
        {
            "webhook_id": G(lambda f: "wh_" + f.hexid(16)),
            "endpoint_url": G(
                lambda f: f.pick(
                    ["https://hooks.pulsewave.live/tickets", "https://api.cashless.pulsewave.live/v2/events"]
                )
            ),
            "status_code": G(lambda f: f.pick([500, 502, 504, 401])),
            "request_headers": {
                "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "Content-Type": G(lambda f: "application/json"),
                "X-Request-Id": G(lambda f: f.uuid()),
            },
            "payload_sha256": G(lambda f: f.hexid(64)),
            "error": G(lambda f: f.pick(["ETIMEDOUT", "ECONNRESET", "upstream 502", "invalid signature"])),
        },
    ),
]


def message(f: Fake, kind: str, name: str | None, client: str, market: str, body: dict, labels: dict) -> dict:
    f.p = make_person(f, market)
    f.q = None
    f.k = f.r.randrange(3)
    f.site = f.p.country if f.p.country in ("BE", "HU", "BR") else f.pick(["BE", "HU", "BR"])
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": ("ajs-next-" if client == "web" else "") + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": "u" + n(f, 8),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + n(f, 5)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(context_for(client), f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, market, body in EVENTS:
            events.append(message(f, kind, name, client, market, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=291, repeats=24)
    write(Path(__file__).parent, "holdout291_", events, labels)
