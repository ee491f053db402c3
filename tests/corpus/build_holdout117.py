"""Writes holdout117: tests/corpus/holdout117_events.jsonl and holdout117_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and never run through the engine by its author. Only the corpus helpers
(build.py, fake.py) and build_holdout3.py (for the format) were read.

Domain: "Hospeda", a home-sharing and vacation-rental platform operating in the US, Mexico and
Portugal. Hosts onboard (phone and identity verification, a Persona-shaped identity webhook,
payout details as ABA/account numbers, Mexican CLABE + RFC and Portuguese IBAN + NIF, US W-9 tax
information), create listings (Places-style address autocomplete), bring co-hosts and cleaners
(staff names, phones and pay); guests search, wishlist, book (e-commerce spec events, a Stripe
payment-intent webhook), add companions, pets and accessibility needs, message hosts, get
check-in instructions with door codes and wi-fi passwords, are registered with the Portuguese
border service, ask for Mexican CFDI invoices, review, and are charged for damage claims; support
agents, trust & safety, SendGrid and Twilio call-masking webhooks, a Vonage SMS receipt, a Stripe
Connect account update, a Facebook Conversions API relay, a warehouse reverse-ETL sync, a
Dynamics-shaped CRM sync of corporate travellers, travel insurance, gift cards, parking permits,
monthly-stay applications (income, visa, credit score, references) and a Mexican payroll record
of cleaning staff (IMSS number, CURP, daily wage, union membership) send their own shapes.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the python, node, go, java, ruby, php and .NET server libraries, each with the `context` block
it really sends (context.traits on mobile, context.ip, device, app, locale, campaign ...).

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET,
Twilio, Dynamics), kebab-case (Persona's attributes, a Ruby insurance service), SCREAMING_SNAKE
(warehouse reverse-ETL), Spanish keys (Mexican payouts and invoices) and Portuguese keys (bank
details, the guest register sent to the border service).

Labelling (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, a guest, a companion, a co-host, a
  cleaner, a support agent, an emergency contact, a reference. Colour is the reference's default
  for its matcher (name, email, phone, address, street, city, zipcode, birthdate, ip, photo,
  citizenship, license, identification, salary, allergy ... yellow; social security number,
  passport, visa, disability, credit card, password, token red); outside the reference: red for
  credentials/secrets, card numbers, bank accounts, government ids and health ids, yellow for
  geolocation and advertising ids.
- Green: ids we or vendors issue (reservation codes, Stripe `cus_`/`pi_`/`acct_` ids, Twilio
  SIDs, UUIDs, SKUs, claim numbers), versions, timestamps, amounts, enums, counters, booleans
  under PII-sounding keys, listing titles, company, product and pet names, places that are not
  the person's (searched destinations, a listing's city and neighbourhood, map views), country,
  state, locale, currency, user agents, OS analytics device ids; card brand, last four, expiry and
  BIN; ABA routing numbers and SWIFT/BIC; ages and age bands, marital status, job titles and
  employers; a business's own phone, e-mail and address; call-masking proxy numbers; UUID tokens
  (a Places session token); e-mail Message-IDs.
- Contested cases follow the published policy: insurance policy numbers `identification`
  (yellow); pay and hourly rates, income `salary` (yellow); credit scores `credit score`
  (yellow); gclid/fbclid/fbp/fbc `advertising id` (yellow); billing addresses `address` (yellow);
  `pm_` payment-method ids, one-time codes, invite and reset tokens `token` (red); identity
  document numbers `national id|passport` (red); visa answers `visa` (red).
- value_only is true when the key does not say what the value is (`value`, `label`, `input`,
  `text`, `note`, `q`, `From`, `matched_value`, free-text bodies). Every value of a value_only PII
  path carries that PII; free text none of whose values carries PII is green.

Rules chosen where the policy is silent (what a careful privacy owner would want flagged):
- A listing's exact street address and the pin the host drops are the host's address and precise
  location (it is often the host's home, and the platform hides it until a booking): yellow. The
  listing's city, neighbourhood, country, its public short-term-rental permit number and its
  (approximate) public map position are green.
- Door, lockbox and smart-lock codes and wi-fi passwords are secrets a person holds: red
  (`secret|password|token`), also inside free-text check-in instructions.
- An accessibility need or a service animal on a booking reveals the guest's disability: red
  `disability`; a listing's accessibility features describe the property: green. A guest's
  allergies (for bedding) are `allergy`, yellow.
- Hashed e-mail and phone matching keys sent to ad platforms (`em`, `ph`) keep the colour and
  type of what they hash; a hash of our own user id is green.
- The location a cleaner clocks out from is that staff member's precise location: yellow.
- A Mexican CFDI `razon_social` for a persona fisica is the person's name: yellow `name`.
- Photos of rooms and damage are green; a person's avatar or selfie is yellow `photo`.
- The parts of a split date of birth (Stripe's `dob.day`, `dob.month`, `dob.year`) are each
  `birthdate`; a Mexican `colonia` and an exterior house number are part of the person's address.
- An APNs push token (`context.device.token`) is labelled as the base corpus labels it: red
  `token`.
- A boolean that declares a pre-existing medical condition is `condition`; union membership on a
  payroll record (`sindicalizado`) is `trade union`; both yellow.
- Numbers are valid where real ones carry a check: Luhn (cards, IMSS), mod-97 (IBANs, Portuguese
  ones always PT50 through the NIB's own check digits), CLABE, CURP and RFC check characters,
  Portuguese NIF mod-11, ABA routing checksums, SSA-structured SSNs and ITINs.
- A path is labelled once for the whole corpus: keys were chosen so that one path never carries
  two kinds of value (a group call's business e-mail is `reservations_email`, not `email`).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers ---------------------------------------------------------------------

REGIONS = {
    "us": (
        ["Emily", "Michael", "Ashley", "Tyrone", "Jessica", "Brandon", "Kayla", "DeShawn", "Megan", "Cody"],
        ["Johnson", "Williams", "Washington", "Miller", "Brooks", "Nguyen", "Reyes", "Thompson", "Kim"],
    ),
    "mx": (
        [
            "José Luis",
            "María Fernanda",
            "Guadalupe",
            "Alejandro",
            "Ximena",
            "Juan Carlos",
            "Itzel",
            "Santiago",
        ],
        [
            "Hernández García",
            "Ramírez",
            "López Ortega",
            "Martínez",
            "De la Cruz",
            "Flores Aguilar",
            "Sánchez",
        ],
    ),
    "pt": (
        ["João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Mariana", "Rodrigo", "Leonor", "Duarte", "Matilde"],
        ["Pereira", "Carvalho", "Sousa", "Ferreira", "Gonçalves", "Rodrigues da Silva", "Costa", "Almeida"],
    ),
    "world": (
        [
            "Wei",
            "Priya",
            "Oluwaseun",
            "Fatima",
            "Hiroshi",
            "Ji-woo",
            "Lukas",
            "Camille",
            "Aisha",
            "Dmitri",
            "Anneke",
            "Siobhan",
            "Mohammed",
            "Kofi",
            "Ingrid",
            "Tomasz",
            "Aroha",
            "Thiago",
            "Larissa",
        ],
        [
            "Chen",
            "Patel",
            "Adeyemi",
            "Al-Sayed",
            "Tanaka",
            "Park",
            "Müller",
            "Dubois",
            "van der Berg",
            "O'Sullivan",
            "Haddad",
            "Mensah",
            "Lindqvist",
            "Kowalski",
            "Ngata",
            "Oliveira",
            "Santos",
        ],
    ),
}
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "sapo.pt", "icloud.com", "proton.me"]
DOMAINS += ["live.com.pt", "prodigy.net.mx", "yahoo.com", "web.de", "me.com"]
ASCII = str.maketrans("áéíóúãõçâêôàüñÁÉÍÓÚÃÕÇÂÊÔÀÜÑ", "aeiouaocaeoaunAEIOUAOCAEOAUN")


def region(f: Fake) -> str:
    return f.pick(["us", "us", "mx", "mx", "pt", "pt", "world", "world", "world"])


def first(f: Fake, reg: str | None = None) -> str:
    return f.pick(REGIONS[reg or region(f)][0])


def last(f: Fake, reg: str | None = None) -> str:
    return f.pick(REGIONS[reg or region(f)][1])


def full(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f"{first(f, reg)} {last(f, reg)}"


def email(f: Fake) -> str:
    reg = region(f)
    a = first(f, reg).lower().translate(ASCII).replace(" ", "").replace("'", "")
    b = last(f, reg).lower().translate(ASCII).split()[-1].replace("'", "")
    user = f.pick(
        [f"{a}.{b}", f"{a}{b[:1]}{f.r.randint(1, 99)}", f"{a[:1]}{b}", f"{a}_{b}{f.r.randint(70, 2005)}"]
    )
    return f"{user}@{f.pick(DOMAINS)}"


def phone(f: Fake, country: str | None = None) -> str:
    d = f.digits
    country = country or f.pick(
        ["us", "us", "mx", "mx", "pt", "pt", "uk", "de", "fr", "br", "jp", "in", "kr"]
    )
    area = f.pick(["512", "305", "718", "415", "646", "503", "702", "919", "213", "808"])
    mx_area = f.pick(["55", "33", "81", "998", "984", "322"])
    mx_rest = d(10 - len(mx_area))
    forms = {
        "us": [
            f"+1{area}{d(7)}",
            f"({area}) {d(3)}-{d(4)}",
            f"{area}-{d(3)}-{d(4)}",
            f"+1 {area} {d(3)} {d(4)}",
        ],
        "mx": [
            f"+52 {mx_area} {mx_rest[:-4]} {mx_rest[-4:]}",
            f"+52{mx_area}{mx_rest}",
            f"{mx_area} {mx_rest[:-4]} {mx_rest[-4:]}",
        ],
        "pt": [
            f"+351 9{f.pick('1236')}{d(1)} {d(3)} {d(3)}",
            f"9{f.pick('1236')}{d(7)}",
            f"+351 21 {d(3)} {d(4)}",
        ],
        "uk": [f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}"],
        "de": [f"+49 15{d(1)} {d(8)}", f"+49 30 {d(7)}"],
        "fr": [f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "br": [f"+55 11 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}"],
        "jp": [f"+81 90-{d(4)}-{d(4)}"],
        "in": [f"+91 9{d(4)} {d(5)}"],
        "kr": [f"+82 10-{d(4)}-{d(4)}"],
    }
    return f.pick(forms[country])


US_STREETS = [
    "Elm St",
    "W 34th St",
    "Maple Ave",
    "Ocean Dr",
    "S Congress Ave",
    "NE Alberta St",
    "Kalakaua Ave",
]
MX_STREETS = [
    "Calle Durango",
    "Av. Álvaro Obregón",
    "Calle Colima",
    "Av. Tulum",
    "Calle 5 Sur",
    "Calle Morelos",
]
PT_STREETS = [
    "Rua da Rosa",
    "Rua de Santa Catarina",
    "Av. da Liberdade",
    "Rua do Almada",
    "Travessa do Carmo",
]
PERSON_CITIES = ["Austin", "Brooklyn", "Guadalajara", "Monterrey", "Porto", "Braga", "Coimbra", "Oakland"]
PERSON_CITIES += ["Puebla", "Toronto", "Lyon", "Munich", "Osaka", "Seoul", "Lagos", "Curitiba", "Denver"]


def street(f: Fake, kind: str | None = None) -> str:
    kind = kind or f.pick(["us", "mx", "pt"])
    if kind == "us":
        return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}" + f.pick(
            ["", "", f" Apt {f.r.randint(1, 40)}"]
        )
    if kind == "mx":
        return f"{f.pick(MX_STREETS)} {f.r.randint(1, 480)}" + f.pick(["", f", Int. {f.r.randint(1, 12)}"])
    return f"{f.pick(PT_STREETS)} {f.r.randint(1, 220)}" + f.pick(["", ", 2º Esq", ", 1º Dto", ", r/c"])


def postal(f: Fake) -> str:
    return f.pick([f"{f.r.randint(10001, 99950)}", f"{f.r.randint(1000, 4999)}-{f.r.randint(100, 999)}"])


def full_address(f: Fake) -> str:
    kind = f.pick(["us", "mx", "pt"])
    if kind == "us":
        city, st = f.pick([("Austin", "TX"), ("Miami", "FL"), ("Asheville", "NC"), ("Honolulu", "HI")])
        return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}, {city}, {st} {f.r.randint(10001, 99950)}"
    if kind == "mx":
        col = f.pick(["Roma Norte", "Condesa", "Centro", "Aldea Zamá", "Zona Romántica"])
        return f"{f.pick(MX_STREETS)} {f.r.randint(1, 480)}, Col. {col}, {f.r.randint(1000, 77799):05d}"
    city = f.pick(["Lisboa", "Porto", "Lagos", "Funchal", "Ericeira"])
    code = f"{f.r.randint(1000, 9999)}-{f.r.randint(100, 999)}"
    return f"{f.pick(PT_STREETS)} {f.r.randint(1, 220)}, {code} {city}"


SPOTS = [(19.41, -99.16), (20.21, -87.46), (38.71, -9.14), (41.15, -8.61), (30.26, -97.74), (25.77, -80.19)]


def latlng(f: Fake, which: int) -> float:
    """A coordinate near the city chosen for the message being built (f.spot), so pairs agree."""
    spot = getattr(f, "spot", SPOTS[0])
    return round(spot[which] + f.r.uniform(-0.08, 0.08), 6)


# (manufacturer, model, type, os name, os version); f.dev picks one per message so a device agrees
# with itself across its leaves.
PHONES = [
    ("Apple", "iPhone14,2", "ios", "iOS", "17.4.1"),
    ("Apple", "iPhone12,1", "ios", "iOS", "16.7.8"),
    ("samsung", "SM-S918B", "android", "Android", "14"),
    ("samsung", "SM-A146M", "android", "Android", "13"),
    ("motorola", "moto e13", "android", "Android", "13"),
]


def dev(i: int):
    return lambda f: PHONES[getattr(f, "dev", 0) % len(PHONES)][i]


def dob(f: Fake) -> str:
    return f.date(1948, 2005)


def nif(f: Fake) -> str:
    body = f.pick("123") + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    check = 11 - total % 11
    return body + str(0 if check >= 10 else check)


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
CONSONANTS = "BCDFGHJKLMNPRSTVZ"


def _letters(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_uppercase.replace("Ñ", "")) for _ in range(n))


def _yymmdd(f: Fake) -> str:
    return f"{f.r.randint(50, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"


def curp(f: Fake) -> str:
    head = f.pick(string.ascii_uppercase) + f.pick("AEIOU") + _letters(f, 2) + _yymmdd(f)
    head += (
        f.pick("HM")
        + f.pick(["DF", "JC", "NL", "QR", "PL", "MC"])
        + "".join(f.pick(CONSONANTS) for _ in range(3))
    )
    head += str(f.r.randint(0, 9))
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(head))
    return head + str((10 - total % 10) % 10)


def rfc(f: Fake) -> str:
    head = f.pick(string.ascii_uppercase) + f.pick("AEIOU") + _letters(f, 2) + _yymmdd(f)
    head += f.pick(string.ascii_uppercase + "123456789") + f.pick(string.ascii_uppercase + "123456789")
    total = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(head))
    rem = total % 11
    check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
    return head + check


def clabe(f: Fake) -> str:
    body = f.pick(["012", "072", "014", "002", "021", "137"]) + f.pick(["180", "320", "580", "650"])
    body += "".join(str(f.r.randint(0, 9)) for _ in range(11))
    total = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def iban(f: Fake, country: str = "PT") -> str:
    if country != "PT":
        return f.iban(country)
    nib = f.pick(["0035", "0033", "0007", "0010", "0036"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(15)
    )
    bban = nib + f"{98 - int(nib) * 100 % 97:02d}"  # the NIB's own check digits; the IBAN's are then 50
    numeric = "".join(str(int(c, 36)) for c in bban + "PT00")
    raw = f"PT{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def aba(f: Fake) -> str:
    while True:
        d = [int(c) for c in f.pick(["02", "03", "04", "06", "07", "11", "12", "26", "31"]) + f.digits(7)]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
            return "".join(map(str, d))


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            f.digits(9),
            "G" + f.digits(8),
            "C" + f.hexid(8).upper(),
            "CB" + f.digits(6),
            f.digits(2) + "AB" + f.digits(5),
        ]
    )


def itin_or_ssn(f: Fake) -> str:
    if f.r.random() < 0.25:
        return f"9{f.r.randint(0, 99):02d}-{f.pick(['70', '78', '83', '91'])}-{f.r.randint(1, 9999):04d}"
    return f.ssn()


def nss(f: Fake) -> str:
    """An IMSS number: subdelegation, year of registration, year of birth, serial, Luhn digit."""
    return f.luhn_complete(
        f"{f.r.randint(1, 99):02d}{f.r.randint(0, 99):02d}{f.r.randint(50, 99):02d}{f.digits(4)}"
    )


def alnum(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def res_code(f: Fake) -> str:
    return "HM" + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(8))


def listing_id(f: Fake) -> str:
    return str(f.r.randint(10_000_000, 999_999_999))


def adid(f: Fake) -> str:
    return f.uuid().upper()


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + alnum(f, 60) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58)


def ipaddr(f: Fake) -> str:
    if f.r.random() < 0.2:
        pre = f.pick(["2806:2f0", "2001:818", "2600:1700", "2a01:14"])
        return pre + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))
    return f.ipv4()


LISTING_TITLES = [
    "Sunny loft in Roma Norte with rooftop",
    "Casa Azul · pool villa near Tulum ruins",
    "Alfama apartment with river view",
    "Cozy A-frame cabin, hot tub, Smoky Mountains",
    "Surf house steps from Ribeira d'Ilhas",
    "Modern condo on South Congress",
    "Quinta with vineyard views, Douro Valley",
    "Beachfront casita in Puerto Vallarta",
]
DESTINATIONS = [
    "Tulum",
    "Lisboa",
    "Ciudad de México",
    "Porto",
    "Lake Tahoe",
    "Oaxaca",
    "Algarve",
    "Austin, TX",
]
DESTINATIONS += ["Joshua Tree", "Madeira", "San Miguel de Allende", "Miami Beach", "Sintra"]
NEIGHBORHOODS = ["Roma Norte", "Aldea Zamá", "Alfama", "Ribeira", "South Congress", "Zona Romántica", "Baixa"]
LISTING_CITIES = ["Ciudad de México", "Tulum", "Lisboa", "Porto", "Austin", "Puerto Vallarta", "Ericeira"]
AMENITIES = ["wifi", "pool", "kitchen", "free_parking", "air_conditioning", "washer", "hot_tub", "workspace"]
ACCESS_FEATURES = ["step_free_entrance", "wide_doorways", "roll_in_shower", "grab_bars", "elevator"]
CURRENCIES = ["USD", "MXN", "EUR"]
BANKS_MX = ["BBVA México", "Banorte", "Santander México", "Banamex", "HSBC México", "Nu México"]
BANKS_PT = ["Caixa Geral de Depósitos", "Millennium bcp", "Novo Banco", "Santander Totta", "ActivoBank"]
BICS = ["CGDIPTPL", "BCOMPTPL", "BESCPTPL", "TOTAPTPL", "ACTVPTPL"]
US_BANKS = ["Chase", "Bank of America", "Wells Fargo", "Capital One", "Ally Bank", "Navy Federal"]
COMPANIES = ["Casa Azul Rentals S.A. de C.V.", "Lisbon Stays Lda", "Smoky Peaks Vacation Homes LLC"]
COMPANIES += ["Riviera Maya Hosts", "Douro Quintas Lda", "Atlantic Surf Houses"]

# -- contexts ---------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
LOCALES = ["en-US", "es-MX", "pt-PT", "pt-BR", "en-GB", "fr-FR", "de-DE"]
TZS = ["America/Mexico_City", "America/Cancun", "Europe/Lisbon", "Atlantic/Madeira", "America/New_York"]
TZS += ["America/Los_Angeles", "America/Chicago", "Europe/Berlin"]


def web_context(page: str, title: str):
    def url(f):
        return "https://www.hospeda.com" + page + f.pick(["", "", "?currency=MXN", "?guests=2"])

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.instagram.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?currency=MXN"])),
            "title": G(lambda f: title),
            "url": G(url),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ipaddr, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["summer_mx_2024", "lisbon_spring", "host_acquisition_q3"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(
                lambda f: f.pick(["casas en tulum", "lisbon apartments", "cabins near me", "become a host"])
            ),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Hospeda"),
            "version": G(lambda f: f.pick(["24.18.1", "24.19.0", "24.20.2"])),
            "build": G(lambda f: f.pick(["2418100", "2419004", "2420207"])),
            "namespace": G(lambda f: "com.hospeda.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(adid, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
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
        "timezone": G(lambda f: f.pick(TZS)),
        "ip": Y(ipaddr, "ip"),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "role": G(lambda f: f.pick(["guest", "host", "cohost"])),
        },
    }


ANDROIDS = [
    ("samsung", "SM-A546E", "a54x"),
    ("motorola", "moto g84 5G", "bangkk"),
    ("Google", "Pixel 8", "shiba"),
    ("Xiaomi", "23090RA98G", "sapphire"),
]


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Hospeda"),
            "version": G(lambda f: f.pick(["24.18.1", "24.19.0"])),
            "build": G(lambda f: f.pick(["241801", "241900", "241903"])),
            "namespace": G(lambda f: "com.hospeda.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: ANDROIDS[f.dev % 4][0]),
            "model": G(lambda f: ANDROIDS[f.dev % 4][1]),
            "name": G(lambda f: ANDROIDS[f.dev % 4][2]),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "14")},
        "screen": {"density": G(lambda f: f.pick([2.625, 2.75, 3.0])), "width": G(lambda f: 1080)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telcel", "MEO", "NOS", "T-Mobile"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "userAgent": G(
            lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {ANDROIDS[f.dev % 4][1]} Build/UP1A.231005.007)"
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "host_tier": G(lambda f: f.pick(["none", "standard", "superhost"])),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Hospeda Host"),
            "version": G(lambda f: f.pick(["3.4.0", "3.5.2"])),
            "build": G(lambda f: f.pick(["340", "352"])),
            "namespace": G(lambda f: "com.hospeda.host"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(dev(0)),
            "model": G(dev(1)),
            "type": G(dev(2)),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(dev(3)),
            "version": G(dev(4)),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TZS)),
        "traits": {
            "name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "listings_count": G(lambda f: f.r.randint(1, 14)),
        },
        "location": {
            "latitude": Y(lambda f: latlng(f, 0), "geolocation"),
            "longitude": Y(lambda f: latlng(f, 1), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Hospeda Limpieza"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.1"])),
            "build": G(lambda f: f.pick(["18", "21"])),
            "namespace": G(lambda f: "com.hospeda.turnover"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(dev(0)),
            "model": G(dev(1)),
            "type": G(dev(2)),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(dev(3)),
            "version": G(dev(4)),
        },
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600), "density": G(lambda f: 2.0)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "pt-PT", "en-US"])),
        "timezone": G(lambda f: f.pick(TZS)),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str):
    name, version = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("python", "node", "ruby"):  # web backends forward the browser's address
        ctx["ip"] = Y(ipaddr, "ip")
    if lib == "node":
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if lib == "java":
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    return ctx


def context_for(client: str, page: str, title: str):
    if client == "web":
        return web_context(page, title)
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


# -- free text --------------------------------------------------------------------------------------


def contact_share_text(f: Fake) -> str:
    return f.pick(
        [
            f"Easier to chat on WhatsApp: {phone(f)}",
            f"can you email me the house manual at {email(f)}",
            f"Mi número es {phone(f, 'mx')}, escríbeme por ahí",
            f"O meu telemóvel é {phone(f, 'pt')} se precisar de alguma coisa",
            f"send the invoice to {email(f)} please",
            f"Call me when you land {phone(f, 'us')}",
        ]
    )


def checkin_text(f: Fake) -> str:
    code = f.digits(4)
    return f.pick(
        [
            f"Lockbox is to the left of the door, code {code}. Wi-fi: CasaAzul_5G / {alnum(f, 10)}",
            f"Keypad code {code}# opens the main gate. Parking spot 12.",
            f"El código de la puerta es {code}. La contraseña del wifi es {alnum(f, 8)}",
            f"O código do cofre das chaves é {code}. Senha do wifi: {alnum(f, 9)}",
            f"Smart lock code: {f.digits(6)} (valid from 3pm on arrival day)",
        ]
    )


def review_text(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"{n} was a wonderful host, the place was spotless.",
            f"Great location, {n} answered every question within minutes.",
            f"{n} nos recibió con mezcal y fruta. ¡Volveremos!",
            f"A casa é linda e a {n} foi super atenciosa.",
            f"Thanks {n}! Check-in was easy and the beds were comfy.",
        ]
    )


def response_text(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Thank you {n}, you are welcome back anytime!",
            f"Gracias {n}, fue un gusto recibirlos.",
            f"Obrigada {n}! Voltem sempre.",
            f"Hi {n}, sorry about the hot water, the heater has been replaced.",
        ]
    )


def agent_note(f: Fake) -> str:
    return f.pick(
        [
            f"Guest asked to be called back at {phone(f)}",
            f"Host's backup number is {phone(f, 'pt')}, main line unreachable",
            f"Cleaner {first(f)} on site, reachable at {phone(f, 'mx')}",
            f"Spoke to guest on {phone(f, 'us')}, agreed partial refund",
        ]
    )


# -- events -----------------------------------------------------------------------------------------


def products_item():
    return {
        "product_id": G(listing_id),
        "sku": G(lambda f: f.pick(["entire_home", "private_room", "shared_room"]) + "-" + f.digits(6)),
        "name": G(lambda f: f.pick(LISTING_TITLES)),
        "category": G(lambda f: f.pick(["Entire home", "Private room", "Cabin", "Villa"])),
        "price": G(lambda f: f.money(45, 900)),
        "quantity": G(lambda f: f.r.randint(1, 14)),
    }


def person_address(prefix_keys=("line1", "city", "postal_code", "country")):
    line1, city, pc, country = prefix_keys
    return {
        line1: Y(street, "address|street"),
        city: Y(lambda f: f.pick(PERSON_CITIES), "city"),
        pc: Y(postal, "zipcode"),
        country: G(lambda f: f.pick(["US", "MX", "PT", "CA", "DE", "FR"])),
    }


EVENTS = [
    # -- host onboarding ------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        3,
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "created_at": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["host", "guest"])),
            "preferred_language": G(lambda f: f.pick(["es", "pt", "en"])),
            "country": G(lambda f: f.pick(["MX", "PT", "US", "BR", "CA"])),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "avatar_url": Y(lambda f: f"https://a0.hospeda-cdn.com/users/{f.hexid(20)}.jpg", "photo"),
            "home_city": Y(lambda f: f.pick(PERSON_CITIES), "city"),
            "birthday": Y(dob, "birthdate"),
        },
    ),
    (
        "track",
        "Phone Verification Code Sent",
        "node",
        2,
        {
            "phone_number": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "code_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
            "line_type": G(lambda f: f.pick(["mobile", "landline", "voip"])),
        },
    ),
    (
        "track",
        "Login Code Submitted",
        "rn",
        2,
        {
            "otp": RED(lambda f: f.digits(6), "token|secret"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "method": G(lambda f: f.pick(["sms", "email"])),
            "success": G(lambda f: f.pick([True, False])),
            "seconds_since_sent": G(lambda f: f.r.randint(5, 280)),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "swift",
        2,
        {
            "document_type": G(lambda f: f.pick(["passport", "drivers_license", "ine", "cartao_cidadao"])),
            "document_country": G(lambda f: f.pick(["MX", "PT", "US", "BR"])),
            "verification_provider": G(lambda f: f.pick(["persona", "onfido"])),
            "inquiry_id": G(lambda f: "inq_" + alnum(f, 24)),
            "status": G(lambda f: f.pick(["approved", "declined", "needs_review"])),
            "selfie_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "fail_reason": G(lambda f: f.pick(["", "glare", "expired_document", "face_mismatch"])),
            "selfie_url": Y(lambda f: f"https://kyc.hospeda-cdn.com/selfies/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "Identity Inquiry Webhook",
        "python",
        2,
        {
            "data": {
                "type": G(lambda f: "inquiry"),
                "id": G(lambda f: "inq_" + alnum(f, 24)),
                "attributes": {
                    "status": G(lambda f: f.pick(["completed", "failed", "approved"])),
                    "reference-id": G(lambda f: "usr_" + f.digits(9)),
                    "name-first": Y(first, "name"),
                    "name-last": Y(last, "name"),
                    "birthdate": Y(dob, "birthdate"),
                    "address-street-1": Y(street, "address|street"),
                    "address-city": Y(lambda f: f.pick(PERSON_CITIES), "city"),
                    "address-subdivision": G(lambda f: f.pick(["Jalisco", "CDMX", "Porto", "Texas"])),
                    "address-postal-code": Y(postal, "zipcode"),
                    "address-country-code": G(lambda f: f.pick(["MX", "PT", "US"])),
                    "identification-class": G(lambda f: f.pick(["pp", "id"])),
                    "identification-number": RED(passport_no, "passport|national id"),
                    "email-address": Y(email, "email"),
                    "phone-number": Y(phone, "phone"),
                    "created-at": G(lambda f: f.iso()),
                },
            },
        },
    ),
    (
        "track",
        "Payout Method Added",
        "java",
        2,
        {
            "payout_method_type": G(lambda f: f.pick(["bank_transfer", "paypal", "payoneer"])),
            "payout_currency": G(lambda f: f.pick(CURRENCIES)),
            "country": G(lambda f: "US"),
            "bank_name": G(lambda f: f.pick(US_BANKS)),
            "account_holder_name": Y(full, "name"),
            "routing_number": G(aba),
            "account_number": RED(lambda f: f.digits(f.r.randint(8, 12)), "bank account"),
            "account_number_last4": G(lambda f: f.digits(4)),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "stripe_account_id": G(lambda f: "acct_1" + alnum(f, 15)),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Datos de Pago Guardados",
        "php",
        2,
        {
            "titular_cuenta": Y(lambda f: full(f, "mx"), "name"),
            "clabe": RED(clabe, "bank account"),
            "banco": G(lambda f: f.pick(BANKS_MX)),
            "rfc": RED(rfc, "national id"),
            "curp": RED(curp, "national id"),
            "moneda": G(lambda f: "MXN"),
            "tipo_persona": G(lambda f: f.pick(["fisica", "moral"])),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
        },
    ),
    (
        "track",
        "Dados Bancarios Atualizados",
        "ruby",
        2,
        {
            "nome_titular": Y(lambda f: full(f, "pt"), "name"),
            "iban": RED(iban, "bank account"),
            "bic_swift": G(lambda f: f.pick(BICS)),
            "banco": G(lambda f: f.pick(BANKS_PT)),
            "nif": RED(nif, "national id"),
            "morada_fiscal": Y(lambda f: street(f, "pt"), "address|street"),
            "codigo_postal": Y(lambda f: f"{f.r.randint(1000, 9999)}-{f.r.randint(100, 999)}", "zipcode"),
            "concelho": G(lambda f: f.pick(["Lisboa", "Cascais", "Porto", "Loulé", "Funchal"])),
            "regime_iva": G(lambda f: f.pick(["isento_art53", "normal_trimestral"])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        "python",
        2,
        {
            "tax_form": G(lambda f: f.pick(["W-9", "W-8BEN"])),
            "tax_classification": G(lambda f: f.pick(["individual", "sole_proprietor", "single_member_llc"])),
            "legal_name": Y(lambda f: full(f, "us"), "name"),
            "tin": RED(itin_or_ssn, "social security number|national id"),
            "tin_type": G(lambda f: f.pick(["SSN", "ITIN"])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "address": {
                "line1": Y(street, "address|street"),
                "city": Y(lambda f: f.pick(PERSON_CITIES), "city"),
                "state": G(lambda f: f.pick(["TX", "FL", "CA", "NC", "HI"])),
                "zip": Y(lambda f: f"{f.r.randint(10001, 99950)}", "zipcode"),
            },
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "signature_name": Y(lambda f: full(f, "us"), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Listing Created",
        "web",
        3,
        {
            "listing_id": G(listing_id),
            "property_type": G(lambda f: f.pick(["apartment", "house", "cabin", "villa", "casita"])),
            "room_type": G(lambda f: f.pick(["entire_home", "private_room"])),
            "bedrooms": G(lambda f: f.r.randint(0, 6)),
            "amenities": Many(G(lambda f: f.pick(AMENITIES)), 5),
            "accessibility_features": Many(G(lambda f: f.pick(ACCESS_FEATURES)), 3),
            "nightly_price": G(lambda f: f.money(40, 700)),
            "cleaning_fee": G(lambda f: f.money(15, 150)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "city": G(lambda f: f.pick(LISTING_CITIES)),
            "neighborhood": G(lambda f: f.pick(NEIGHBORHOODS)),
            "country_code": G(lambda f: f.pick(["MX", "PT", "US"])),
            "instant_book": G(lambda f: f.pick([True, False])),
            "title": G(lambda f: f.pick(LISTING_TITLES)),
            "str_permit_number": G(
                lambda f: f.pick([f"{f.r.randint(1000, 160000)}/AL", f"STR-2024-{f.digits(6)}"])
            ),
            "cover_photo_url": G(lambda f: f"https://a0.hospeda-cdn.com/listings/{f.hexid(16)}.jpeg"),
        },
    ),
    (
        "track",
        "Listing Address Confirmed",
        "web",
        2,
        {
            "listing_id": G(listing_id),
            "sessiontoken": G(lambda f: f.uuid()),
            "input": Y(lambda f: street(f), "address|street", True),
            "label": Y(full_address, "address", True),
            "place_id": G(lambda f: "ChIJ" + alnum(f, 23)),
            "lat": Y(lambda f: latlng(f, 0), "geolocation"),
            "lng": Y(lambda f: latlng(f, 1), "geolocation"),
            "is_primary_residence": G(lambda f: f.pick([True, False])),
            "address_visibility": G(lambda f: f.pick(["after_booking", "approximate"])),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "group",
        None,
        "web",
        1,
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: "Property management"),
            "employees": G(lambda f: f.r.randint(2, 60)),
            "plan": G(lambda f: f.pick(["pro_host", "property_manager"])),
            "listings_count": G(lambda f: f.r.randint(3, 120)),
            "reservations_email": G(
                lambda f: f.pick(["reservas@casaazul.mx", "hello@lisbonstays.pt", "bookings@smokypeaks.com"])
            ),
            "front_desk_phone": G(
                lambda f: f.pick(["+52 984 803 1177", "+351 21 342 0090", "+1 865-436-2200"])
            ),
            "website": G(
                lambda f: f.pick(["https://casaazul.mx", "https://lisbonstays.pt", "https://smokypeaks.com"])
            ),
            "office_address": G(
                lambda f: f.pick(
                    ["Av. Tulum 150, Tulum, QR", "Rua Augusta 27, Lisboa", "412 Parkway, Gatlinburg, TN"]
                )
            ),
        },
    ),
    # -- co-hosts and cleaners ------------------------------------------------------------------
    (
        "track",
        "Co-Host Invited",
        "node",
        2,
        {
            "invitee_email": Y(email, "email"),
            "invitee_name": Y(full, "name"),
            "permissions": Many(G(lambda f: f.pick(["calendar", "messaging", "pricing", "payouts"])), 3),
            "payout_share_pct": G(lambda f: f.pick([10, 15, 20, 25])),
            "invite_token": RED(lambda f: alnum(f, 32), "token"),
            "listing_ids": Many(G(listing_id), 3),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Cleaner Assigned",
        "dotnet",
        2,
        {
            "TurnoverId": G(lambda f: f.uuid()),
            "ListingId": G(listing_id),
            "CleanerName": Y(full, "name"),
            "CleanerPhone": Y(lambda f: phone(f, f.pick(["mx", "pt", "us"])), "phone"),
            "CleanerEmail": Y(email, "email"),
            "CleaningCompany": G(
                lambda f: f.pick(["Limpiezas Sol", "Brilho Total Lda", "Sparkle Pros", "Independent"])
            ),
            "HourlyRate": Y(lambda f: f.money(6, 35), "salary"),
            "EstimatedHours": G(lambda f: f.pick([2, 2.5, 3, 4])),
            "ScheduledFor": G(lambda f: f.iso()),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "SuppliesIncluded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cleaning Completed",
        "flutter",
        2,
        {
            "turnover_id": G(lambda f: f.uuid()),
            "duration_min": G(lambda f: f.r.randint(45, 300)),
            "issues_reported": G(lambda f: f.r.randint(0, 3)),
            "photos_count": G(lambda f: f.r.randint(0, 12)),
            "clock_out_location": {
                "lat": Y(lambda f: latlng(f, 0), "geolocation"),
                "lng": Y(lambda f: latlng(f, 1), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 40)),
            },
        },
    ),
    (
        "track",
        "Cleaner Paid",
        "go",
        2,
        {
            "cleaner_id": G(lambda f: "cln_" + f.digits(7)),
            "amount": G(lambda f: f.money(20, 900)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "paypal_email": Y(email, "email"),
            "rate_per_turnover": Y(lambda f: f.money(18, 90), "salary"),
            "turnovers": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    # -- guest search ---------------------------------------------------------------------------
    (
        "page",
        "Search Results",
        "web",
        3,
        {
            "path": G(lambda f: "/s/" + f.pick(["Tulum", "Lisboa", "Porto", "Austin--TX"]) + "/homes"),
            "title": G(lambda f: "Vacation rentals | Hospeda"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "url": G(
                lambda f: "https://www.hospeda.com/s/" + f.pick(DESTINATIONS).replace(" ", "-") + "/homes"
            ),
            "search": G(lambda f: f.pick(["?adults=2", "?adults=4&children=1", "?checkin=2024-07-12"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        4,
        {
            "query": G(lambda f: f.pick(DESTINATIONS)),
            "checkin": G(lambda f: f.date(2024, 2025)),
            "checkout": G(lambda f: f.date(2024, 2025)),
            "adults": G(lambda f: f.r.randint(1, 8)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "pets": G(lambda f: f.r.randint(0, 2)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "filters": {
                "instant_book": G(lambda f: f.pick([True, False])),
                "superhost": G(lambda f: f.pick([True, False])),
                "amenities": Many(G(lambda f: f.pick(AMENITIES)), 3),
                "room_type": G(lambda f: f.pick(["any", "entire_home", "private_room"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 1000)),
            "map_bounds": {
                "ne_lat": G(lambda f: latlng(f, 0) + 0.1),
                "ne_lng": G(lambda f: latlng(f, 1) + 0.1),
                "sw_lat": G(lambda f: latlng(f, 0) - 0.1),
                "sw_lng": G(lambda f: latlng(f, 1) - 0.1),
            },
        },
    ),
    (
        "track",
        "Nearby Stays Searched",
        "swift",
        2,
        {
            "user_location": {
                "lat": Y(lambda f: latlng(f, 0), "geolocation"),
                "lng": Y(lambda f: latlng(f, 1), "geolocation"),
            },
            "map_center_lat": G(lambda f: latlng(f, 0)),
            "map_center_lng": G(lambda f: latlng(f, 1)),
            "zoom": G(lambda f: f.pick([11, 12, 13, 14.5])),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "tonight_only": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        "kotlin",
        3,
        {
            "list_id": G(lambda f: f.pick(["search_results", "similar_listings", "wishlist"])),
            "category": G(lambda f: f.pick(["beach", "cabins", "city", "countryside"])),
            "products": Many(
                {
                    "product_id": G(listing_id),
                    "name": G(lambda f: f.pick(LISTING_TITLES)),
                    "price": G(lambda f: f.money(45, 900)),
                    "position": G(lambda f: f.r.randint(1, 20)),
                    "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        4,
        {
            "product_id": G(listing_id),
            "name": G(lambda f: f.pick(LISTING_TITLES)),
            "price": G(lambda f: f.money(45, 900)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "category": G(lambda f: f.pick(["Entire home", "Private room", "Cabin", "Villa"])),
            "url": G(lambda f: f"https://www.hospeda.com/rooms/{f.r.randint(10**7, 10**9)}"),
            "image_url": G(lambda f: f"https://a0.hospeda-cdn.com/listings/{f.hexid(16)}.jpeg"),
            "host_first_name": Y(first, "name"),
            "host_id": G(lambda f: f.digits(9)),
            "host_is_superhost": G(lambda f: f.pick([True, False])),
            "review_count": G(lambda f: f.r.randint(0, 800)),
            "neighborhood": G(lambda f: f.pick(NEIGHBORHOODS)),
            "host_response_rate": G(lambda f: f.pick([0.9, 0.95, 1.0, 0.75])),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        "flutter",
        2,
        {
            "wishlist_id": G(lambda f: f.digits(9)),
            "wishlist_name": G(
                lambda f: f.pick(["Summer 2025", "Lisbon", "Ski trip", "Beach", "Work retreat"])
            ),
            "product_id": G(listing_id),
        },
    ),
    (
        "track",
        "Wishlist Shared",
        "rn",
        1,
        {
            "wishlist_id": G(lambda f: f.digits(9)),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
            "recipient_email": Y(email, "email"),
            "recipient_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- booking --------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web",
        3,
        {
            "order_id": G(res_code),
            "checkin": G(lambda f: f.date(2024, 2025)),
            "checkout": G(lambda f: f.date(2024, 2025)),
            "nights": G(lambda f: f.r.randint(1, 28)),
            "value": G(lambda f: f.money(80, 6000)),
            "revenue": G(lambda f: f.money(10, 900)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "coupon": G(lambda f: f.pick(["", "", "WELCOME10", "VERANO24"])),
            "products": Many(products_item(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "oxxo", "mb_way", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "carnet"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "552461", "377935", "506302", "492181"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_country": G(lambda f: f.pick(["US", "MX", "PT", "GB", "DE"])),
            "billing_postal_code": Y(postal, "zipcode"),
            "installments": G(lambda f: f.pick([1, 3, 6, 12])),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        "node",
        2,
        {
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "setup_intent_id": G(lambda f: "seti_1" + alnum(f, 23)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "carnet"])),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Order Completed",
        "python",
        4,
        {
            "order_id": G(res_code),
            "listing_id": G(listing_id),
            "total": G(lambda f: f.money(80, 6000)),
            "subtotal": G(lambda f: f.money(60, 5000)),
            "cleaning_fee": G(lambda f: f.money(15, 150)),
            "tax": G(lambda f: f.money(0, 600)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "checkin": G(lambda f: f.date(2024, 2025)),
            "checkout": G(lambda f: f.date(2024, 2025)),
            "nights": G(lambda f: f.r.randint(1, 28)),
            "adults": G(lambda f: f.r.randint(1, 8)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "pets": G(lambda f: f.r.randint(0, 2)),
            "guest": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
            },
            "billing_address": person_address(),
            "products": Many(products_item(), 1),
        },
    ),
    (
        "track",
        "Guest Details Added",
        "rn",
        2,
        {
            "reservation_code": G(res_code),
            "additional_guests": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "is_child": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "trip_purpose": G(lambda f: f.pick(["leisure", "business", "family", "wedding"])),
            "pet": {
                "name": G(lambda f: f.pick(["Luna", "Canela", "Max", "Bolacha", "Frijol", "Biscuit"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
                "weight_kg": G(lambda f: f.r.randint(2, 40)),
            },
            "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_needs": Many(
                RED(
                    lambda f: f.pick(["wheelchair", "step-free access", "walker", "roll-in shower"]),
                    "disability",
                ),
                2,
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["feather pillows", "pet dander", "latex", "dust mites"]), "allergy"), 2
            ),
            "arrival_note": G(
                lambda f: f.pick(
                    ["Late arrival around 11pm", "Can we check in early?", "Flight lands at 14:20", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Booking Request Sent",
        "swift",
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "listing_id": G(listing_id),
            "first_time_guest": G(lambda f: f.pick([True, False])),
            "guest_verified": G(lambda f: f.pick([True, False])),
            "expected_arrival_time": G(lambda f: f.pick(["15:00", "17:30", "21:00", "23:00"])),
            "guest_phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Reservation Confirmed",
        "java",
        3,
        {
            "reservation_code": G(res_code),
            "host_id": G(lambda f: f.digits(9)),
            "guest_first_name": Y(first, "name"),
            "guest_last_name": Y(last, "name"),
            "guest_country": G(lambda f: f.pick(["US", "MX", "PT", "CA", "DE", "FR", "BR"])),
            "guest_count": G(lambda f: f.r.randint(1, 10)),
            "payout_amount": G(lambda f: f.money(50, 5000)),
            "confirmation_sent_to": Y(email, "email"),
            "lead_time_days": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Order Cancelled",
        "ruby",
        2,
        {
            "order_id": G(res_code),
            "cancelled_by": G(lambda f: f.pick(["guest", "host", "hospeda"])),
            "reason": G(
                lambda f: f.pick(["change_of_plans", "extenuating_circumstances", "host_unresponsive"])
            ),
            "reason_detail": G(
                lambda f: f.pick(
                    ["Flight cancelled", "Found a place closer to the venue", "Dates changed", ""]
                )
            ),
            "refund_amount": G(lambda f: f.money(0, 3000)),
            "cancellation_policy": G(lambda f: f.pick(["flexible", "moderate", "strict"])),
            "days_before_checkin": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Order Refunded",
        "ruby",
        1,
        {
            "order_id": G(res_code),
            "refund_id": G(lambda f: "re_3" + alnum(f, 23)),
            "refund_amount": G(lambda f: f.money(0, 3000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    # -- messaging ------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        "rn",
        4,
        {
            "thread_id": G(lambda f: f.digits(10)),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["guest", "host", "cohost"])),
            "message_length": G(lambda f: f.r.randint(2, 1200)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "template_used": G(lambda f: f.pick(["", "checkin_instructions", "thank_you", "house_rules"])),
            "preview": G(
                lambda f: f.pick(
                    [
                        "Hi! Is early check-in possible?",
                        "Thanks, see you Friday",
                        "¿Hay estacionamiento?",
                        "Obrigado pela estadia!",
                        "Is the pool heated?",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Off-Platform Contact Detected",
        "python",
        2,
        {
            "thread_id": G(lambda f: f.digits(10)),
            "sender_role": G(lambda f: f.pick(["guest", "host"])),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v2"])),
            "action": G(lambda f: f.pick(["masked", "blocked", "warned"])),
            "text": Y(contact_share_text, "phone|email", True),
            "confidence": G(lambda f: round(f.r.uniform(0.6, 1.0), 3)),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        "go",
        2,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone", True),
            "To": G(lambda f: f.pick(["+15125550143", "+525593002211", "+351308801234"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "FromCountry": G(lambda f: f.pick(["US", "MX", "PT", "GB"])),
            "ProxySessionSid": G(lambda f: "KC" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        3,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@ismtpd0{f.digits(3)}p1mdw1.sendgrid.net>"),
            "category": Many(
                G(lambda f: f.pick(["booking_confirmation", "checkin_reminder", "review_request"])), 2
            ),
            "ip": Y(ipaddr, "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "url": G(
                lambda f: f.pick(["", "https://www.hospeda.com/trips", "https://www.hospeda.com/reviews/new"])
            ),
            "from": G(lambda f: f.pick(["no-reply@hospeda.com", "reservas@hospeda.com"])),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Check-in Instructions Sent",
        "php",
        2,
        {
            "reservation_code": G(res_code),
            "sent_hours_before": G(lambda f: f.pick([24, 48, 72])),
            "channel": G(lambda f: f.pick(["app", "email", "sms"])),
            "instructions": RED(checkin_text, "secret|password", True),
            "wifi_network": G(lambda f: f.pick(["CasaAzul_5G", "MEO-4F2A1C", "NOS-8B3D", "Cabin Guest"])),
            "wifi_password": RED(lambda f: alnum(f, 10), "password"),
            "smart_lock_provider": G(lambda f: f.pick(["august", "nuki", "yale", "none"])),
        },
    ),
    (
        "track",
        "Smart Lock Code Generated",
        "go",
        2,
        {
            "lock_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["august", "nuki", "yale"])),
            "access_code": RED(lambda f: f.digits(f.pick([4, 6])), "secret|token|password"),
            "starts_at": G(lambda f: f.iso()),
            "ends_at": G(lambda f: f.iso()),
            "slot": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    # -- stay -----------------------------------------------------------------------------------
    (
        "screen",
        "Check-in Guide",
        "swift",
        2,
        {
            "reservation_code": G(res_code),
            "step": G(lambda f: f.r.randint(1, 6)),
            "has_parking": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest Checked In",
        "flutter",
        2,
        {
            "reservation_code": G(res_code),
            "method": G(lambda f: f.pick(["self_checkin", "in_person", "keypad"])),
            "checked_in_at": G(lambda f: f.iso()),
            "location": {
                "lat": Y(lambda f: latlng(f, 0), "geolocation"),
                "lng": Y(lambda f: latlng(f, 1), "geolocation"),
            },
            "early_checkin": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Registo de Hospedes Enviado",
        "python",
        2,
        {
            "reserva_id": G(res_code),
            "registo_al": G(lambda f: f"{f.r.randint(1000, 160000)}/AL"),
            "hospedes": Many(
                {
                    "nome": Y(first, "name"),
                    "apelido": Y(last, "name"),
                    "nacionalidade": Y(
                        lambda f: f.pick(["USA", "MEX", "FRA", "DEU", "BRA", "GBR"]), "citizenship"
                    ),
                    "data_nascimento": Y(dob, "birthdate"),
                    "tipo_documento": G(lambda f: f.pick(["P", "BI", "O"])),
                    "numero_documento": RED(passport_no, "passport|national id"),
                    "pais_emissor": G(lambda f: f.pick(["USA", "MEX", "FRA", "DEU", "BRA"])),
                    "pais_residencia": G(lambda f: f.pick(["USA", "MEX", "FRA", "DEU", "BRA"])),
                },
                4,
            ),
            "data_entrada": G(lambda f: f.date(2024, 2025)),
            "data_saida": G(lambda f: f.date(2024, 2025)),
            "estado_envio": G(lambda f: f.pick(["aceite", "erro", "pendente"])),
        },
    ),
    (
        "track",
        "Factura Solicitada",
        "php",
        2,
        {
            "folio": G(lambda f: "F-" + f.digits(6)),
            "rfc_receptor": RED(rfc, "national id"),
            "razon_social": Y(lambda f: full(f, "mx").upper().translate(ASCII), "name"),
            "uso_cfdi": G(lambda f: f.pick(["G03", "S01", "D01"])),
            "regimen_fiscal_receptor": G(lambda f: f.pick(["605", "612", "616", "626"])),
            "codigo_postal_fiscal": Y(lambda f: f"{f.r.randint(1000, 99999):05d}", "zipcode"),
            "correo_factura": Y(email, "email"),
            "uuid_cfdi": G(lambda f: f.uuid().upper()),
            "total": G(lambda f: f.money(500, 40000)),
        },
    ),
    # -- reviews --------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        "kotlin",
        3,
        {
            "review_id": G(lambda f: f.digits(12)),
            "reservation_code": G(res_code),
            "author_role": G(lambda f: f.pick(["guest", "host"])),
            "overall_rating": G(lambda f: f.r.randint(1, 5)),
            "cleanliness": G(lambda f: f.r.randint(1, 5)),
            "location_rating": G(lambda f: f.r.randint(1, 5)),
            "public_review": Y(review_text, "name", True),
            "private_feedback": G(
                lambda f: f.pick(
                    ["The shower pressure was weak", "Please add more towels", "", "Loved the coffee"]
                )
            ),
            "word_count": G(lambda f: f.r.randint(3, 300)),
        },
    ),
    (
        "track",
        "Review Response Posted",
        "web",
        2,
        {
            "review_id": G(lambda f: f.digits(12)),
            "response_text": Y(response_text, "name", True),
            "response_delay_days": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    # -- damage claims --------------------------------------------------------------------------
    (
        "track",
        "Damage Claim Filed",
        "dotnet",
        2,
        {
            "ClaimNumber": G(lambda f: "CLM-" + f.digits(8)),
            "ReservationCode": G(res_code),
            "ClaimAmount": G(lambda f: f.money(50, 8000)),
            "Currency": G(lambda f: f.pick(CURRENCIES)),
            "DamageCategory": G(lambda f: f.pick(["furniture", "linens", "appliance", "flooring"])),
            "IncidentDate": G(lambda f: f.date(2024, 2025)),
            "Description": G(
                lambda f: f.pick(["Red wine stain on sofa", "Broken lamp in bedroom", "Burn mark on counter"])
            ),
            "PhotoUrls": Many(G(lambda f: f"https://claims.hospeda-cdn.com/{f.hexid(12)}.jpg"), 3),
            "GuestName": Y(full, "name"),
            "GuestEmail": Y(email, "email"),
            "HostInsurancePolicyNumber": Y(
                lambda f: f.pick(["HO3-", "STR", "PT-AL-"]) + f.digits(9), "identification"
            ),
            "InsurerName": G(lambda f: f.pick(["Proper Insurance", "Fidelidade", "GNP Seguros", "Lloyd's"])),
        },
    ),
    (
        "track",
        "Claim Decision Made",
        "java",
        2,
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "decision": G(lambda f: f.pick(["approved", "partially_approved", "denied"])),
            "approved_amount": G(lambda f: f.money(0, 8000)),
            "adjuster_name": Y(full, "name"),
            "adjuster_email": Y(
                lambda f: first(f, "us").lower() + "." + last(f, "us").lower().split()[0] + "@hospeda.com",
                "email",
            ),
            "payout_eta_days": G(lambda f: f.r.randint(2, 21)),
        },
    ),
    (
        "track",
        "Guest Charged for Damage",
        "node",
        2,
        {
            "type": G(lambda f: "payment_intent.succeeded"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "pi_3" + alnum(f, 23)),
                    "amount": G(lambda f: f.r.randint(5000, 800000)),
                    "currency": G(lambda f: f.pick(["usd", "mxn", "eur"])),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "payment_method": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
                    "status": G(lambda f: "succeeded"),
                    "latest_charge": G(lambda f: "ch_3" + alnum(f, 23)),
                    "receipt_email": Y(email, "email"),
                    "billing_details": {
                        "name": Y(full, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "city": Y(lambda f: f.pick(PERSON_CITIES), "city"),
                            "postal_code": Y(postal, "zipcode"),
                            "state": G(lambda f: f.pick(["TX", "Jalisco", "Lisboa", "ON"])),
                            "country": G(lambda f: f.pick(["US", "MX", "PT", "CA"])),
                        },
                    },
                    "metadata": {
                        "claim_number": G(lambda f: "CLM-" + f.digits(8)),
                        "reservation_code": G(res_code),
                    },
                }
            },
        },
    ),
    # -- account, security, support -------------------------------------------------------------
    (
        "track",
        "Password Reset Requested",
        "ruby",
        2,
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: alnum(f, 40), "token"),
            "request_ip": Y(ipaddr, "ip"),
            "expires_in": G(lambda f: 3600),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Account Settings Updated",
        "web",
        2,
        {
            "fields_changed": Many(G(lambda f: f.pick(["email", "phone", "language", "currency"])), 3),
            "new_email": Y(email, "email"),
            "phone_changed": G(lambda f: f.pick([True, False])),
            "notification_prefs": {
                "sms": G(lambda f: f.pick([True, False])),
                "email": G(lambda f: f.pick([True, False])),
            },
            "language": G(lambda f: f.pick(["es", "pt", "en"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "flutter",
        2,
        {
            "contact": {
                "label": G(lambda f: f.pick(["Mom", "Mamá", "Partner", "Irmão", "Friend"])),
                "name": Y(full, "name"),
                "value": Y(phone, "phone", True),
            },
            "source": G(lambda f: f.pick(["contacts_picker", "manual"])),
        },
    ),
    (
        "identify",
        None,
        "swift",
        3,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "trips_count": G(lambda f: f.r.randint(0, 60)),
            "id_verified": G(lambda f: f.pick([True, False])),
            "member_since": G(lambda f: f.date(2015, 2024)),
            "preferred_currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "identify",
        None,
        "python",
        2,
        {
            "HOST_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(email, "email"),
            "FULL_NAME": Y(full, "name"),
            "PHONE_E164": Y(
                lambda f: phone(f).replace(" ", "").replace("-", "").replace("(", "").replace(")", ""),
                "phone",
            ),
            "PAYOUT_COUNTRY": G(lambda f: f.pick(["MX", "PT", "US"])),
            "LIFETIME_BOOKINGS": G(lambda f: f.r.randint(0, 900)),
            "LIFETIME_GMV_USD": G(lambda f: f.money(0, 250000)),
            "SUPERHOST_FLAG": G(lambda f: f.pick([True, False])),
            "LAST_BOOKING_TS": G(lambda f: f.iso()),
            "HOME_ZIP": Y(postal, "zipcode"),
            "DOB": Y(dob, "birthdate"),
            "MARKET": G(lambda f: f.pick(["CDMX", "TULUM", "LISBON", "PORTO", "AUSTIN"])),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        2,
        {
            "ContactId": G(lambda f: f.uuid()),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EMailAddress1": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "Address1_Line1": Y(street, "address|street"),
            "Address1_City": Y(lambda f: f.pick(PERSON_CITIES), "city"),
            "Address1_PostalCode": Y(postal, "zipcode"),
            "Address1_Country": G(lambda f: f.pick(["United States", "México", "Portugal"])),
            "JobTitle": G(
                lambda f: f.pick(["Travel Manager", "Office Manager", "Software Engineer", "Consultant"])
            ),
            "ParentCustomerIdName": G(
                lambda f: f.pick(["Globant", "Farfetch", "Cemex", "Dell Technologies"])
            ),
            "DoNotEMail": G(lambda f: f.pick([True, False])),
            "FamilyStatusCode": G(lambda f: f.pick([1, 2, 3, 4])),
        },
    ),
    (
        "track",
        "Corporate Traveler Added",
        "node",
        2,
        {
            "company_id": G(lambda f: "co_" + f.digits(6)),
            "traveler": {
                "email": Y(email, "email"),
                "name": Y(full, "name"),
                "employee_id": G(lambda f: "E" + f.digits(6)),
                "phone": Y(phone, "phone"),
                "department": G(lambda f: f.pick(["Sales", "Engineering", "Marketing"])),
                "job_title": G(lambda f: f.pick(["Account Executive", "Data Engineer", "Designer"])),
            },
            "approver_email": Y(email, "email"),
            "travel_policy": G(lambda f: f.pick(["standard", "executive"])),
        },
    ),
    (
        "track",
        "Host Liability Insurance Added",
        "ruby",
        1,
        {
            "policy-number": Y(lambda f: "PL-" + f.digits(10), "identification"),
            "insurer": G(lambda f: f.pick(["Proper Insurance", "Fidelidade", "GNP Seguros"])),
            "coverage-amount": G(lambda f: f.pick([500000, 1000000, 2000000])),
            "premium": G(lambda f: f.money(200, 2500)),
            "effective-date": G(lambda f: f.date(2024, 2025)),
            "named-insured": Y(full, "name"),
            "property-address": Y(full_address, "address"),
        },
    ),
    (
        "track",
        "Monthly Stay Application Submitted",
        "web",
        2,
        {
            "application_id": G(lambda f: f.uuid()),
            "stay_months": G(lambda f: f.r.randint(1, 12)),
            "move_in_date": G(lambda f: f.date(2024, 2025)),
            "employer": G(lambda f: f.pick(["Globant", "Remote (self-employed)", "Siemens", "Shopify"])),
            "job_title": G(lambda f: f.pick(["Software Engineer", "Designer", "Writer", "Consultant"])),
            "monthly_income": Y(lambda f: f.r.randint(1500, 15000), "salary"),
            "visa_type": RED(
                lambda f: f.pick(["D8 digital nomad", "D7 passive income", "Schengen tourist", "FMM"]), "visa"
            ),
            "needs_visa_letter": RED(lambda f: f.pick([True, False]), "visa"),
            "credit_score": Y(lambda f: f.r.randint(580, 820), "credit score"),
            "marital_status": G(lambda f: f.pick(["single", "married", "domestic_partnership"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54"])),
            "references": Many(
                {
                    "name": Y(full, "name"),
                    "phone": Y(phone, "phone"),
                    "relationship": G(lambda f: f.pick(["previous_landlord", "employer", "friend"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "php",
        3,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 9999999)),
                "subject": G(
                    lambda f: f.pick(["Refund request", "Host not responding", "Problema con el pago"])
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open"])),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "whatsapp"]))},
                "requester": {"name": Y(full, "name"), "email": Y(email, "email")},
                "assignee": {
                    "name": Y(full, "name"),
                    "email": Y(
                        lambda f: first(f).lower().translate(ASCII).split()[0] + "@support.hospeda.com",
                        "email",
                    ),
                },
                "tags": Many(G(lambda f: f.pick(["refund", "mx", "pt", "vip", "damage"])), 3),
            },
        },
    ),
    (
        "track",
        "Support Console Search",
        "java",
        2,
        {
            "q": Y(email, "email", True),
            "results": G(lambda f: f.r.randint(0, 5)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "scope": G(lambda f: f.pick(["users", "reservations"])),
        },
    ),
    (
        "track",
        "Note Added",
        "python",
        2,
        {
            "reservation_code": G(res_code),
            "author_role": G(lambda f: f.pick(["support_agent", "trust_safety"])),
            "note": Y(agent_note, "phone", True),
            "visibility": G(lambda f: f.pick(["internal", "team"])),
        },
    ),
    (
        "track",
        "Guest Screening Result",
        "python",
        2,
        {
            "reservation_code": G(res_code),
            "risk_score": G(lambda f: round(f.r.uniform(0, 1), 3)),
            "decision": G(lambda f: f.pick(["allow", "review", "deny"])),
            "signals": Many(G(lambda f: f.pick(["new_account", "vpn", "party_risk", "local_guest"])), 3),
            "ip_address": Y(ipaddr, "ip"),
            "email_domain": G(lambda f: f.pick(DOMAINS)),
            "phone_country": G(lambda f: f.pick(["US", "MX", "PT", "GB"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        2,
        {
            "referral_code": G(
                lambda f: "REF-" + "".join(f.pick(string.ascii_uppercase + "23456789") for _ in range(6))
            ),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "invitee_phone": Y(phone, "phone"),
            "reward_amount": G(lambda f: f.pick([15, 25, 40])),
        },
    ),
    (
        "track",
        "Payout Sent",
        "java",
        2,
        {
            "payout_id": G(lambda f: "po_1" + alnum(f, 23)),
            "amount": G(lambda f: f.money(30, 15000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "method": G(lambda f: f.pick(["bank_transfer", "paypal", "spei"])),
            "destination_last4": G(lambda f: f.digits(4)),
            "arrival_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Ad Click Landed",
        "web",
        2,
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["summer_mx_2024", "lisbon_spring"])),
            "landing_page": G(lambda f: f.pick(["/host", "/s/Tulum/homes", "/"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        "node",
        2,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(ipaddr, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(80, 6000)),
                "currency": G(lambda f: f.pick(CURRENCIES)),
                "content_ids": Many(G(listing_id), 2),
            },
        },
    ),
    (
        "identify",
        None,
        "php",
        2,
        {
            "nombre": Y(lambda f: first(f, "mx"), "name"),
            "apellido_paterno": Y(lambda f: last(f, "mx").split()[0], "name"),
            "apellido_materno": Y(
                lambda f: f.pick(["García", "Ortega", "Aguilar", "Domínguez", "Ruiz"]), "name"
            ),
            "correo_electronico": Y(email, "email"),
            "telefono_celular": Y(lambda f: phone(f, "mx"), "phone"),
            "direccion": {
                "calle": Y(lambda f: f.pick(MX_STREETS), "street|address"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 480)), "address|street"),
                "colonia": Y(
                    lambda f: f.pick(
                        ["Del Valle", "Narvarte", "Providencia", "Chapultepec", "Jardines del Sur"]
                    ),
                    "address",
                ),
                "municipio": Y(
                    lambda f: f.pick(["Benito Juárez", "Zapopan", "San Pedro Garza García", "Solidaridad"]),
                    "city",
                ),
                "estado": G(lambda f: f.pick(["CDMX", "Jalisco", "Nuevo León", "Quintana Roo"])),
                "codigo_postal": Y(lambda f: f"{f.r.randint(1000, 77799):05d}", "zipcode"),
            },
            "fecha_registro": G(lambda f: f.iso()),
            "es_anfitrion": G(lambda f: f.pick([True, False])),
            "idioma": G(lambda f: "es-MX"),
        },
    ),
    (
        "track",
        "Connected Account Updated",
        "node",
        2,
        {
            "account_id": G(lambda f: "acct_1" + alnum(f, 15)),
            "business_type": G(lambda f: f.pick(["individual", "company"])),
            "charges_enabled": G(lambda f: f.pick([True, False])),
            "payouts_enabled": G(lambda f: f.pick([True, False])),
            "requirements": {
                "currently_due": Many(
                    G(
                        lambda f: f.pick(
                            ["individual.verification.document", "external_account", "tos_acceptance.date"]
                        )
                    ),
                    2,
                ),
            },
            "individual": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, "us").replace(" ", ""), "phone"),
                "dob": {
                    "day": Y(lambda f: f.r.randint(1, 28), "birthdate"),
                    "month": Y(lambda f: f.r.randint(1, 12), "birthdate"),
                    "year": Y(lambda f: f.r.randint(1950, 2004), "birthdate"),
                },
                "address": {
                    "line1": Y(street, "address|street"),
                    "city": Y(lambda f: f.pick(PERSON_CITIES), "city"),
                    "postal_code": Y(postal, "zipcode"),
                    "state": G(lambda f: f.pick(["TX", "FL", "CA", "NY"])),
                },
                "id_number_provided": G(lambda f: f.pick([True, False])),
                "ssn_last_4_provided": G(lambda f: f.pick([True, False])),
                "verification": {"status": G(lambda f: f.pick(["verified", "pending", "unverified"]))},
            },
        },
    ),
    (
        "track",
        "Contact Methods Verified",
        "kotlin",
        2,
        {
            "contact_methods": Many(
                {
                    "type": G(lambda f: f.pick(["email", "phone"])),
                    "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
                    "verified": G(lambda f: f.pick([True, False])),
                    "primary": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "verification_flow": G(lambda f: f.pick(["onboarding", "settings", "trust_check"])),
        },
    ),
    (
        "track",
        "Trip Companions Invited",
        "web",
        2,
        {
            "reservation_code": G(res_code),
            "companions": Many({"name": Y(full, "name"), "email": Y(email, "email")}, 4),
            "can_view_itinerary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parking Permit Requested",
        "swift",
        2,
        {
            "reservation_code": G(res_code),
            "license_plate": Y(
                lambda f: f.pick(
                    [
                        f"{_letters(f, 3)}-{f.digits(3)}-{_letters(f, 1)}",
                        f"{f.digits(2)}-{_letters(f, 2)}-{f.digits(2)}",
                        f"{f.digits(1)}{_letters(f, 3)}{f.digits(3)}",
                    ]
                ),
                "license",
            ),
            "plate_state": G(lambda f: f.pick(["CA", "TX", "JAL", "PT"])),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Nissan", "Volkswagen", "Renault", "Ford"])),
            "nights": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "track",
        "SMS Delivery Receipt",
        "go",
        2,
        {
            "msisdn": Y(lambda f: phone(f).replace(" ", "").replace("+", "").replace("-", ""), "phone"),
            "to": G(lambda f: "Hospeda"),
            "messageId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["delivered", "failed", "expired", "accepted"])),
            "network-code": G(lambda f: f.pick(["334020", "26806", "310260", "26801"])),
            "price": G(lambda f: f.pick(["0.00740000", "0.04120000", "0.03310000"])),
            "err-code": G(lambda f: f.pick(["0", "0", "1", "5"])),
            "message-timestamp": G(lambda f: f.iso().replace("T", " ")[:19]),
        },
    ),
    (
        "track",
        "Host Profile Updated",
        "rn",
        2,
        {
            "display_name": Y(first, "name"),
            "profile_photo_url": Y(lambda f: f"https://a0.hospeda-cdn.com/users/{f.hexid(20)}.jpg", "photo"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "ella", "ele"]), "gender"),
            "lives_in": Y(lambda f: f.pick(PERSON_CITIES), "city"),
            "work": G(lambda f: f.pick(["Architect", "Surf instructor", "Chef", "Retired teacher"])),
            "languages": Many(G(lambda f: f.pick(["Español", "Português", "English", "Français"])), 3),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "web",
        1,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": G(lambda f: f.pick([50, 100, 150, 250])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full, "name"),
            "deliver_on": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Travel Insurance Purchased",
        "python",
        2,
        {
            "reservation_code": G(res_code),
            "policy_number": Y(lambda f: "TI-" + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Allianz Travel", "AXA Assistance", "GNP Seguros"])),
            "coverage_type": G(lambda f: f.pick(["cancellation", "comprehensive", "medical_only"])),
            "premium": G(lambda f: f.money(15, 400)),
            "trip_cost": G(lambda f: f.money(200, 9000)),
            "insured_travelers": Many({"name": Y(full, "name"), "date_of_birth": Y(dob, "birthdate")}, 3),
            "pre_existing_condition_declared": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Personal de Limpieza Registrado",
        "php",
        2,
        {
            "empleado_id": G(lambda f: "EMP-" + f.digits(5)),
            "nombre_completo": Y(lambda f: full(f, "mx"), "name"),
            "nss": RED(nss, "social security number|national id"),
            "curp": RED(curp, "national id"),
            "telefono": Y(lambda f: phone(f, "mx"), "phone"),
            "salario_diario": Y(lambda f: f.money(250, 700), "salary"),
            "sindicalizado": Y(lambda f: f.pick([True, False]), "trade union"),
            "puesto": G(lambda f: f.pick(["Camarista", "Supervisora de limpieza", "Mantenimiento"])),
            "fecha_ingreso": G(lambda f: f.date(2018, 2024)),
            "contacto_emergencia": {
                "nombre": Y(lambda f: full(f, "mx"), "name"),
                "telefono": Y(lambda f: phone(f, "mx"), "phone"),
                "parentesco": G(lambda f: f.pick(["madre", "esposo", "hermana", "hijo"])),
            },
        },
    ),
    (
        "track",
        "Payment Details Detected in Message",
        "python",
        2,
        {
            "thread_id": G(lambda f: f.digits(10)),
            "sender_role": G(lambda f: f.pick(["guest", "host"])),
            "detector": G(lambda f: f.pick(["regex_v3", "ml_contact_v2"])),
            "match_type": G(lambda f: "card_number"),
            "matched_value": RED(lambda f: f.card(), "credit card", True),
            "luhn_valid": G(lambda f: True),
            "action": G(lambda f: f.pick(["masked", "blocked", "warned"])),
        },
    ),
]

PAGES = {
    "Listing Created": ("/become-a-host/listing", "Create your listing | Hospeda"),
    "Listing Address Confirmed": ("/become-a-host/location", "Where is your place? | Hospeda"),
    "Products Searched": ("/s/homes", "Vacation rentals | Hospeda"),
    "Product Viewed": ("/rooms", "Listing | Hospeda"),
    "Checkout Started": ("/book/stays", "Confirm and pay | Hospeda"),
    "Payment Info Entered": ("/book/stays", "Confirm and pay | Hospeda"),
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, weight, body in EVENTS:
            for _ in range(weight):
                f.spot, f.dev = f.pick(SPOTS), f.r.randint(0, 99)
                user = "u" + f.digits(9)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user,
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("page", "screen"):
                    msg["name"] = event
                elif kind == "group":
                    msg["groupId"] = "grp_" + f.digits(6)
                section = "properties" if kind in ("track", "page", "screen") else "traits"
                msg[section] = render(body, f, section, labels)
                page, title = PAGES.get(event or "", ("/", "Hospeda | Vacation rentals, homes and more"))
                msg["context"] = render(context_for(client, page, title), f, "context", labels)
                events.append(msg)
        # an alias per round: a guest who signed up on the web, context only
        msg = {"type": "alias", "messageId": f.uuid(), "previousId": f.uuid(), "userId": "u" + f.digits(9)}
        msg["context"] = render(context_for("web", "/signup", "Sign up | Hospeda"), f, "context", labels)
        events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=117, repeats=14)
    write(Path(__file__).parent, "holdout117_", events, labels)
