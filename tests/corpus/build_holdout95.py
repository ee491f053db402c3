"""Writes holdout95: tests/corpus/holdout95_events.jsonl and holdout95_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, its documentation or any other
corpus's labels, and without running the engine on these events. Run once with
`.venv/bin/python -m tests.corpus.build_holdout95`; the output is deterministic (seed 95).

What it covers: "Circuito", an electronics retailer selling in the US and Mexico (www.circuito.com
and www.circuito.com.mx, iOS / Android / React Native / Flutter apps, a store POS and a staff
app, and backends in Node, Python, Go, Java, Ruby, PHP and .NET). Product search and comparison,
carts and checkout, financing (instalment plans, credit applications with co-applicants, store-card
prequalification, financing-account payments), extended warranties (protection plans and their
claims), device registration with serial numbers / IMEIs / MACs, carrier activation, in-store
and curbside pickup, trade-ins, repairs and support tickets and chat, reviews, gift cards,
wish lists, CFDI invoices and OXXO payments (Mexico), delivery and installation, reverse-ETL
identifies from the warehouse, B2B group calls, page / screen / alias calls, and vendor-shaped
payloads (Meta Conversions API `user_data`, Twilio SMS and voice webhooks).

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions real
customers have: PascalCase from the .NET credit and claims services and Twilio webhooks,
kebab-case from the PHP repair desk, SCREAMING_SNAKE from the warehouse sync, and Spanish keys
from the Mexican backend (nombre, apellido, correo, telefono, direccion, rfc, curp, colonia ...).
Contexts are those of the real client libraries (analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the server libraries), with context.ip,
context.traits, device, app, library, locale, userAgent, campaign, location, externalIds.

Values: names from many cultures (Mexican two-surname names among them), NANP and Mexican phone
formats, US and Mexican addresses, Luhn-valid cards and IMEIs, SSNs of valid structure, RFCs and
CURPs with their check characters, CLABEs with their check digit, real-format ABA routing numbers.

Labelling rules (the product's default colours): a path is PII when its values are personal data
about a natural person (shopper, co-applicant, recipient, alternate pickup person, household
member, child, store staff). Colour is the reference matcher's default (yellow for name, email,
phone, address, street, city, zipcode, birthdate, serial, mac, ip, license, identification,
salary, condition ...; red for social security number, password, token, credit card, disability,
passport ...); outside the reference: red for credentials / secrets, card numbers, bank accounts,
government ids and health ids, yellow otherwise (geolocation, advertising id, credit score,
trade union). Green: ids Circuito issues (user / order / cart / ticket / claim / loyalty numbers),
SKUs, model numbers, versions, timestamps, amounts, enums, counters and booleans under
PII-sounding keys, product / plan / company names, stores' addresses and phones, role mailboxes,
business phone numbers in telephony webhooks, searched places, country, state, locale, timezone,
currency, user agents, card brand / last four / expiry / BIN, routing numbers, masked numbers,
e-mail Message-IDs. Contested cases follow the product's published policy: insurer policy numbers
yellow `identification`; credit scores yellow `credit score`; pay (income, hourly rate,
commission) yellow `salary`; plates yellow `license`; serials, IMEIs and ICCIDs yellow `serial`;
gclid / fbp / fbc yellow `advertising id`; billing and shipping addresses yellow `address` (their
parts: `address|street`, `city`, `zipcode`); payment-method tokens, reset tokens, one-time codes
and PINs red (`token`, `password|secret`); identity-document numbers red (`national id`,
`passport`); the last four of an SSN red.
value_only is true when the key does not say what the value is (`value`, `input`, `contact`,
`note`, `message`, `Body`, `device_name`, `fields[].value`, `externalIds[].id`) and the value
reveals it. Every value of a value_only PII path holds that PII; free text is labelled by what
every one of its values carries (green when none does; this builder writes no free-text field
that carries PII only sometimes).
Decisions where the policy is silent (what a careful privacy owner would want flagged): hashed
e-mails and phones sent for ad matching (Meta CAPI `em`, `ph`) are still personal data, labelled
as what they hash (yellow email / phone, not value_only); a person's own RFC (tax id that embeds
name and birth date) is red `national id`, while a company's tax id is green; a device's given
name like "Valeria's iPhone" is yellow `name`; a person's reviewer display name "María G." is
yellow `name`; context.location.city from the device is yellow `city`; an iOS push token is red
`token`; a hearing-loss level from the hearing test is yellow `condition`; needing wheelchair
access is red `disability`; a union local is yellow `trade union`; a company's address and phone
in a group call are green; a householder's relationship, an age and an age band are green; a
reviewer's "City, ST" is yellow `city`; a child's birth year is yellow `birthdate`; the number of
the identity document shown at a trade-in (driver's licence, state id, passport or INE) is red
`national id|passport|license`, the policy's identity-document rule taking precedence over the
reference's yellow `license`; a delivery driver's contact number is the dispatch service's masked
proxy line (green); a union local including the value "none" is still yellow `trade union`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ---------------------------------------------------------------------------

MX_FIRST = [
    "José Luis",
    "María Guadalupe",
    "Juan Carlos",
    "Ximena",
    "Alejandro",
    "Fernanda",
    "Luis Ángel",
    "Itzel",
    "Diego",
    "Valeria",
    "Citlali",
    "Jesús",
    "Guadalupe",
    "Rodrigo",
    "Mariana",
    "Héctor",
]
MX_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Flores",
    "Cruz",
    "Morales",
    "Reyes",
    "Gutiérrez",
    "Ortiz",
    "Chávez",
    "Xicoténcatl",
    "Domínguez",
    "Vázquez",
]
WORLD = [
    ("Emily", "Johnson"),
    ("Tyrone", "Jackson"),
    ("Megan", "O'Connor"),
    ("DeShawn", "Williams"),
    ("Lan", "Nguyen"),
    ("Ji-woo", "Park"),
    ("Wei", "Zhang"),
    ("Ananya", "Iyer"),
    ("Yousef", "Al-Amin"),
    ("Chinedu", "Okeke"),
    ("Maricel", "Dela Cruz"),
    ("Katarzyna", "Nowak"),
    ("Abdi", "Warsame"),
    ("Haruto", "Tanaka"),
    ("Dmitri", "Volkov"),
    ("Rivka", "Goldberg"),
    ("Jean-Baptiste", "Pierre"),
    ("Pa", "Vang"),
    ("Siobhan", "Kelly"),
    ("Kalani", "Kahananui"),
    ("Aarav", "Shah"),
    ("Fatou", "Diallo"),
    ("Bao", "Tran"),
    ("Sven", "Lindqvist"),
]
US_CITIES = [
    ("Houston", "TX"),
    ("San Antonio", "TX"),
    ("El Paso", "TX"),
    ("Phoenix", "AZ"),
    ("Tucson", "AZ"),
    ("Los Angeles", "CA"),
    ("San Diego", "CA"),
    ("Chicago", "IL"),
    ("Miami", "FL"),
    ("Atlanta", "GA"),
    ("Seattle", "WA"),
    ("Denver", "CO"),
    ("Brooklyn", "NY"),
    ("Dallas", "TX"),
    ("Albuquerque", "NM"),
]
US_STREETS = [
    "W Lakeview Ave",
    "Bellaire Blvd",
    "N 32nd St",
    "Magnolia Dr",
    "E Camelback Rd",
    "Cesar Chavez Ave",
    "Peachtree St NE",
    "S Halsted St",
    "Rainier Ave S",
    "Ocean Pkwy",
    "Montana Ave",
    "Live Oak Ln",
]
MX_CITIES = [
    ("Ciudad de México", "CDMX"),
    ("Guadalajara", "JAL"),
    ("Zapopan", "JAL"),
    ("Monterrey", "NL"),
    ("San Pedro Garza García", "NL"),
    ("Puebla", "PUE"),
    ("Tijuana", "BC"),
    ("Mérida", "YUC"),
    ("Querétaro", "QRO"),
    ("León", "GTO"),
    ("Toluca", "MEX"),
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Morelos",
    "Av. Vallarta",
    "Calzada de Tlalpan",
    "Calle 60",
    "Av. Constitución",
    "Blvd. Agua Caliente",
    "Calle Hidalgo",
    "Av. Revolución",
    "Calle Zaragoza",
]
COLONIAS = ["Del Valle", "Roma Norte", "Providencia", "Obispado", "Centro", "Narvarte", "Chapultepec"]
STATES_MX_CURP = ["DF", "JC", "NL", "PL", "BC", "YN", "QT", "GT", "MC"]

PRODUCTS = [
    ("6501234", "Samsung", '65" Class Q80C QLED 4K Smart TV', "TVs", 1099.99),
    ("6512290", "Apple", 'MacBook Air 13" M3 8GB 256GB', "Laptops", 1099.00),
    ("6498812", "Sony", "WH-1000XM5 Wireless Noise Canceling Headphones", "Headphones", 399.99),
    ("6530017", "LG", '27" UltraGear QHD Gaming Monitor', "Monitors", 299.99),
    ("6477105", "Lenovo", 'IdeaPad Slim 3 15.6" Ryzen 5', "Laptops", 549.99),
    ("6541180", "Apple", "iPhone 15 128GB Midnight", "Cell Phones", 799.00),
    ("6520093", "Samsung", "Galaxy S24 256GB Onyx Black", "Cell Phones", 859.99),
    ("6455320", "Nintendo", "Switch OLED Model", "Video Games", 349.99),
    ("6501777", "Bose", "SoundLink Flex Bluetooth Speaker", "Speakers", 149.00),
    ("6533401", "HP", "OfficeJet Pro 9125e All-in-One Printer", "Printers", 229.99),
    ("6519902", "Garmin", "Forerunner 265 GPS Smartwatch", "Wearables", 449.99),
    ("6488216", "Hisense", "Refrigerador 18 pies RT18", "Línea blanca", 8999.00),
]
SEARCHES = [
    "65 inch tv",
    "laptop gamer",
    "audifonos bluetooth",
    "iphone 15 case",
    "macbook air m3",
    "pantalla 55 pulgadas",
    "ps5 slim",
    "monitor 144hz",
    "impresora",
    "airpods pro",
    "refrigerador",
]
STORES = [
    ("0281", "Circuito Houston Galleria", "5085 Westheimer Rd", "Houston", "TX", "+1 713-555-0140"),
    ("0412", "Circuito Phoenix Biltmore", "2402 E Camelback Rd", "Phoenix", "AZ", "(602) 555-0177"),
    ("0137", "Circuito San Antonio Ingram", "6301 NW Loop 410", "San Antonio", "TX", "210-555-0119"),
    ("MX07", "Circuito Perisur", "Periférico Sur 4690", "Ciudad de México", "CDMX", "55 5555 0190"),
    ("MX12", "Circuito Andares", "Blvd. Puerta de Hierro 4965", "Zapopan", "JAL", "33 5555 0123"),
    ("MX19", "Circuito Valle Oriente", "Av. Lázaro Cárdenas 1000", "Monterrey", "NL", "81 5555 0166"),
]
ROUTING = ["021000021", "111000025", "122000661", "114000093", "026009593", "071000013", "121000358"]
MAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "icloud.com", "prodigy.net.mx"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def _plain(s: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
    return s.translate(table).lower().replace("'", "").replace(" ", "").replace("-", "")


def first(f: Fake) -> str:
    return f.pick(MX_FIRST) if f.r.random() < 0.45 else f.pick(WORLD)[0]


def last(f: Fake) -> str:
    return f.pick(MX_LAST) if f.r.random() < 0.45 else f.pick(WORLD)[1]


def full_name(f: Fake) -> str:
    if f.r.random() < 0.4:
        return f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}"
    a, b = f.pick(WORLD)
    return f"{a} {b}"


def email(f: Fake) -> str:
    a, b = _plain(first(f).split()[0]), _plain(last(f))
    user = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 2005)}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake) -> str:
    return f"{_plain(first(f).split()[0])}.{_plain(last(f))}@circuito.com"


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone_mx(f: Fake) -> str:
    area = f.pick(["55", "33", "81", "222", "664", "999", "442"])
    n = f.digits(10 - len(area))
    style = f.pick(["intl", "e164", "local", "mobile"])
    if style == "e164":
        return f"+52{area}{n}"
    if style == "mobile":
        return f"+52 1 {area} {n[: len(n) - 4]} {n[-4:]}"
    if style == "intl":
        return f"+52 {area} {n[: len(n) - 4]} {n[-4:]}"
    return f"{area} {n[: len(n) - 4]} {n[-4:]}"


def phone(f: Fake) -> str:
    return phone_mx(f) if f.r.random() < 0.4 else phone_us(f)


def street_us(f: Fake) -> str:
    return f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}"


def street_mx(f: Fake) -> str:
    return f"{f.pick(MX_STREETS)} {f.r.randint(1, 3999)}" + f.pick(
        ["", f" Int. {f.r.randint(1, 40)}", " Depto. 3B"]
    )


def street(f: Fake) -> str:
    return street_mx(f) if f.r.random() < 0.4 else street_us(f)


def city(f: Fake) -> str:
    return f.pick(MX_CITIES)[0] if f.r.random() < 0.4 else f.pick(US_CITIES)[0]


def zip5(f: Fake) -> str:
    return f"{f.r.randint(1000, 99950):05d}"


def full_address(f: Fake) -> str:
    if f.r.random() < 0.5:
        c, s = f.pick(MX_CITIES)
        return f"{street_mx(f)}, Col. {f.pick(COLONIAS)}, {c}, {s}, C.P. {zip5(f)}"
    c, s = f.pick(US_CITIES)
    return f"{street_us(f)}, {c}, {s} {zip5(f)}"


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def ssn_last4(f: Fake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _birth(f: Fake) -> tuple[int, int, int]:
    return f.r.randint(1955, 2004), f.r.randint(1, 12), f.r.randint(1, 28)


def rfc(f: Fake, moral: bool = False) -> str:
    y, m, d = _birth(f)
    n = 3 if moral else 4
    base = "".join(f.pick(LETTERS) for _ in range(n)) + f"{y % 100:02d}{m:02d}{d:02d}"
    base += f.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + f.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    padded = base.rjust(12)
    total = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(padded))
    r = total % 11
    check = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    return base + check


def curp(f: Fake) -> str:
    y, m, d = _birth(f)
    vowels = "AEIOU"
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    body = f.pick(LETTERS) + f.pick(vowels) + f.pick(LETTERS) + f.pick(LETTERS)
    body += f"{y % 100:02d}{m:02d}{d:02d}" + f.pick("HM") + f.pick(STATES_MX_CURP)
    body += f.pick(cons) + f.pick(cons) + f.pick(cons) + ("0" if y < 2000 else "A")
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def clabe(f: Fake) -> str:
    body = f.pick(["002", "012", "014", "021", "072", "127", "137"]) + f.digits(3) + f.digits(11)
    total = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6, strict=False))
    return body + str((10 - total % 10) % 10)


def ine(f: Fake) -> str:
    y, m, d = _birth(f)
    return (
        "".join(f.pick(LETTERS) for _ in range(6))
        + f"{y % 100:02d}{m:02d}{d:02d}{f.r.randint(1, 32):02d}"
        + f.pick("HM")
        + f"{f.r.randint(0, 999):03d}"
    )


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), "G" + f.digits(8), "N" + f.digits(8), "A" + f.digits(8)])


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "01", "49"]) + f.digits(12))


def iccid(f: Fake) -> str:
    return f.luhn_complete("8901" + f.pick(["260", "410", "480"]) + f.digits(11))


def serial(f: Fake) -> str:
    return f.pick(
        [
            "C02" + "".join(f.pick(LETTERS + "0123456789") for _ in range(7)),
            "R5C" + "".join(f.pick(LETTERS + "0123456789") for _ in range(8)),
            f.digits(2) + "".join(f.pick(LETTERS) for _ in range(2)) + f.digits(6),
            "SN" + f.digits(12),
        ]
    )


def product_id(f: Fake) -> str:
    """Picks the product the following name / brand / price fields of the same item describe."""
    f.cur_product = f.pick(PRODUCTS)
    return f.cur_product[0] if f.r.random() < 0.7 else f.digits(7)


def cur_product(f: Fake):
    return getattr(f, "cur_product", None) or f.pick(PRODUCTS)


def sku(f: Fake) -> str:
    return f.pick(["CIR", "MX", "US"]) + "-" + f.digits(6) + "-" + f.pick(["BLK", "SLV", "WHT", "128", "256"])


def model_number(f: Fake) -> str:
    return f.pick(
        ["QN65Q80CAFXZA", "MRXN3LL/A", "WH1000XM5/B", "27GR75Q-B", "SM-S921UZKAXAA", "HEG-001", "MTLE3LL/A"]
    )


def plate(f: Fake) -> str:
    return f.pick(
        [
            "".join(f.pick(LETTERS) for _ in range(3)) + "-" + f.digits(4),
            f.digits(1) + "".join(f.pick(LETTERS) for _ in range(3)) + f.digits(3),
            "".join(f.pick(LETTERS) for _ in range(3)) + "-" + f.digits(3) + "-" + f.pick(LETTERS),
        ]
    )


def order_no(f: Fake) -> str:
    return f.pick(["CR01-", "CIR-", "MX-"]) + f.digits(12)


def store(f: Fake, i: int):
    """Index 0 (the store id) picks the store; the other columns describe the last one picked."""
    if i == 0 or getattr(f, "cur_store", None) is None:
        f.cur_store = f.pick(STORES)
    return f.cur_store[i]


def latlon(f: Fake, which: int):
    c = f.pick([(29.76, -95.37), (33.45, -112.07), (19.43, -99.13), (20.67, -103.35), (25.69, -100.32)])
    return round(c[which] + f.r.uniform(-0.2, 0.2), 6)


def hashed(f: Fake) -> str:
    return f.hexid(64)


# -- contexts -----------------------------------------------------------------------------------


def web_context(f: Fake):
    mx = f.r.random() < 0.4
    host = "https://www.circuito.com.mx" if mx else "https://www.circuito.com"
    path = f.pick(["/", "/site/searchpage", "/cart", "/checkout", "/site/tvs/65-inch", "/account/orders"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.bing.com/", host + "/"])
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=google&utm_medium=cpc", "?intl=nosplash", "?ref=hp_banner"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Circuito | Electrónica", "Circuito - Shop TVs, Laptops & More", "Cart - Circuito"]
                )
            ),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: "es-MX" if mx else f.pick(["en-US", "es-US"])),
        "timezone": G(
            lambda f: (
                f.pick(["America/Mexico_City", "America/Monterrey"])
                if mx
                else f.pick(["America/Chicago", "America/Phoenix"])
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["hot_sale_2024", "buen_fin", "memorial_day_tv", "back_to_school"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["smart tv 65", "laptop barata", "noise cancelling headphones"])),
            "content": G(lambda f: f.pick(["carousel_1", "hero", "textlink"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Circuito"),
            "version": G(lambda f: f.pick(["24.18.0", "24.19.1", "24.20.0"])),
            "build": G(lambda f: f.pick(["2418004", "2419102", "2420001"])),
            "namespace": G(lambda f: "com.circuito.shop"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Telcel", "T-Mobile", "Verizon", "Movistar"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "America/Los_Angeles"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "u" + f.digits(8)),
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Circuito"),
            "version": G(lambda f: f.pick(["24.18.0", "24.19.1", "24.20.0"])),
            "build": G(lambda f: f.pick(["241800", "241910", "242000"])),
            "namespace": G(lambda f: "com.circuito.shop"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-A546E", "moto g84 5G", "23021RAAEG", "Pixel 8"])),
            "name": G(lambda f: f.pick(["a54x", "bangkk", "tapas", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telcel", "AT&T", "T-Mobile", "Bait"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Chicago", "America/Tijuana"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g84 5G Build/U1TCS34.22-82-7)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Circuito"),
            "version": G(lambda f: f.pick(["24.18.0", "24.19.1", "24.20.0"])),
            "build": G(lambda f: f.pick(["824", "826", "831"])),
            "namespace": G(lambda f: "com.circuito.shop"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S921B", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["iPhone", "e1q", "cancunf"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US", "es-US"])),
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Denver", "America/Chicago"])),
        "traits": {
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
        },
        "location": {
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(["Mexico", "United States"])),
            "latitude": Y(lambda f: latlon(f, 0), "geolocation"),
            "longitude": Y(lambda f: latlon(f, 1), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Circuito Staff"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(lambda f: "com.circuito.staff"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Zebra Technologies", "samsung", "Apple"])),
            "model": G(lambda f: f.pick(["TC52", "SM-T220", "iPad12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["11", "13", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 800, 810])),
            "height": G(lambda f: f.pick([1280, 1340, 1080])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "America/Phoenix"])),
        "network": {"wifi": G(lambda f: True)},
        "traits": {"employeeId": G(lambda f: f.digits(7)), "email": Y(staff_email, "email")},
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "ruby"):
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib in ("node", "python"):
            c["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib in ("go", "java", "php", "dotnet"):
            c["active"] = G(lambda f: False)
        if lib == "java":
            c["groupId"] = G(lambda f: "store_" + store(f, 0))
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
CLIENT = ["web", "web", "swift", "kotlin", "rn"]

# -- event bodies -------------------------------------------------------------------------------


def product(extra=True):
    p = {
        "product_id": G(product_id),
        "sku": G(sku),
        "name": G(lambda f: cur_product(f)[2]),
        "brand": G(lambda f: cur_product(f)[1]),
        "category": G(lambda f: cur_product(f)[3]),
        "price": G(lambda f: cur_product(f)[4]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if extra:
        p["position"] = G(lambda f: f.r.randint(1, 24))
        p["variant"] = G(lambda f: f.pick(["Midnight", "256GB", '65"', "Black", "Open-Box Excellent"]))
    return p


def addr_block(
    street_key="line1", city_key="city", zip_key="postal_code", state_key="state", country_key="country"
):
    return {
        street_key: Y(street, "address|street"),
        city_key: Y(city, "city"),
        state_key: G(lambda f: f.pick(["TX", "AZ", "CA", "CDMX", "JAL", "NL"])),
        zip_key: Y(zip5, "zipcode"),
        country_key: G(lambda f: f.pick(["US", "MX"])),
    }


EVENTS = [
    # (kind, event, clients, weight, body)
    # -- browsing -------------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        4,
        {
            "path": G(
                lambda f: f.pick(["/site/tvs/65-inch", "/cart", "/site/searchpage", "/account/orders", "/"])
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.circuito.com/site/tvs/65-inch",
                        "https://www.circuito.com.mx/carrito",
                        "https://www.circuito.com/site/searchpage?st=laptop",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(["Circuito | Electrónica", "65-Inch TVs - Circuito", "Cart - Circuito"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.circuito.com/"])),
            "search": G(lambda f: f.pick(["", "?st=laptop", "?intl=nosplash"])),
            "name": G(lambda f: f.pick(["Category", "Search Results", "Cart", "Home"])),
            "category": G(lambda f: f.pick(["Browse", "Checkout", "Account"])),
        },
    ),
    (
        "screen",
        None,
        MOBILE,
        3,
        {
            "name": G(lambda f: f.pick(["Home", "Product Detail", "Cart", "Order Status", "Financing"])),
            "screen_class": G(lambda f: f.pick(["HomeViewController", "PDPFragment", "CartScreen"])),
            "previous_screen": G(lambda f: f.pick(["Home", "Search", "Deals"])),
        },
    ),
    ("alias", None, ["web", "swift", "node"], 1, {}),
    (
        "track",
        "Products Searched",
        CLIENT,
        4,
        {
            "query": G(lambda f: f.pick(SEARCHES)),
            "search_id": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 480)),
            "sort": G(lambda f: f.pick(["best_match", "price_low_high", "customer_rating", "newest"])),
            "filters": {
                "brand": G(lambda f: f.pick(PRODUCTS)[1]),
                "price_max": G(lambda f: f.pick([500, 1000, 15000, 2000])),
                "in_store_pickup": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Product Compared",
        ["web", "rn"],
        2,
        {
            "comparison_id": G(lambda f: f.uuid()),
            "products": Many(
                {
                    "product_id": G(product_id),
                    "sku": G(sku),
                    "name": G(lambda f: cur_product(f)[2]),
                    "price": G(lambda f: cur_product(f)[4]),
                    "position": G(lambda f: f.r.randint(1, 4)),
                },
                4,
            ),
            "attributes_compared": Many(
                G(lambda f: f.pick(["screen_size", "refresh_rate", "ram", "battery_life", "hdmi_ports"])), 4
            ),
            "category": G(lambda f: f.pick(PRODUCTS)[3]),
        },
    ),
    (
        "track",
        "Product Viewed",
        CLIENT,
        4,
        {
            **product(),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "url": G(lambda f: "https://www.circuito.com/site/" + f.digits(7) + ".p"),
            "image_url": G(lambda f: "https://pisces.circuito-static.com/image/" + f.hexid(10) + ".jpg"),
            "condition": G(lambda f: f.pick(["new", "open_box", "refurbished", "pre_owned"])),
            "rating": G(lambda f: round(f.r.uniform(3.2, 4.9), 1)),
            "review_count": G(lambda f: f.r.randint(0, 9000)),
            "in_stock": G(lambda f: f.pick([True, False])),
            "store_availability": {
                "store_id": G(lambda f: store(f, 0)),
                "pickup_today": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Product Added",
        CLIENT,
        3,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product(extra=False),
            "protection_plan_added": G(lambda f: f.pick([True, False])),
            "fulfillment": G(lambda f: f.pick(["ship", "pickup", "same_day"])),
        },
    ),
    (
        "track",
        "Cart Viewed",
        CLIENT,
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            "products": Many(product(), 3),
            "value": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        2,
        {
            "order_id": G(order_no),
            "value": G(lambda f: f.money(20, 3000)),
            "revenue": G(lambda f: f.money(20, 3000)),
            "shipping": G(lambda f: f.pick([0, 5.99, 9.99, 149.0])),
            "tax": G(lambda f: f.money(0, 250)),
            "discount": G(lambda f: f.money(0, 200)),
            "coupon": G(lambda f: f.pick(["", "HOTSALE10", "STUDENT5", "TVDEAL"])),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web", "rn"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "shipping_method": G(
                lambda f: f.pick(["standard", "express", "store_pickup", "scheduled_delivery"])
            ),
            "email": Y(email, "email"),
            "shipping_address": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "address1": Y(street, "address|street"),
                "address2": Y(
                    lambda f: f.pick(["Apt 4B", "Depto. 302", "Suite 210", "Int. 7"]), "address|street"
                ),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(["TX", "AZ", "CDMX", "NL", "JAL", "CA"])),
                "zip": Y(zip5, "zipcode"),
                "country": G(lambda f: f.pick(["US", "MX"])),
                "phone": Y(phone, "phone"),
            },
            "address_validated": G(lambda f: f.pick([True, False])),
            "address_type": G(lambda f: f.pick(["residential", "commercial"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(order_no),
            "step": G(lambda f: 3),
            "payment_method": G(
                lambda f: f.pick(["credit_card", "paypal", "financing", "oxxo", "apple_pay"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "carnet"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "377935", "491566"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "billing_address": addr_block(),
            "billing_same_as_shipping": G(lambda f: f.pick([True, False])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "java"],
        3,
        {
            "order_id": G(order_no),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 3000)),
            "subtotal": G(lambda f: f.money(20, 3000)),
            "revenue": G(lambda f: f.money(20, 3000)),
            "tax": G(lambda f: f.money(0, 250)),
            "shipping": G(lambda f: f.pick([0, 5.99, 9.99])),
            "discount": G(lambda f: f.money(0, 200)),
            "coupon": G(lambda f: f.pick(["", "HOTSALE10", "STUDENT5"])),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "products": Many(product(), 3),
            "payment_method": G(lambda f: f.pick(["credit_card", "paypal", "financing", "oxxo"])),
            "installments": G(lambda f: f.pick([1, 3, 6, 12, 18])),
            "fulfillment_type": G(lambda f: f.pick(["ship", "pickup", "curbside"])),
            "pickup_store_id": G(lambda f: store(f, 0)),
            "customer": {
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
            },
            "loyalty_number": G(lambda f: "4" + f.digits(9)),
            "is_first_order": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Purchase Conversion Sent",
        ["python"],
        2,
        {
            "event_name": G(lambda f: "Purchase"),
            "event_id": G(lambda f: "ord_" + f.digits(12)),
            "action_source": G(lambda f: f.pick(["website", "physical_store", "app"])),
            "user_data": {
                "em": Many(Y(hashed, "email"), 1),
                "ph": Many(Y(hashed, "phone"), 1),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(20), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(20, 3000)),
                "currency": G(lambda f: f.pick(["USD", "MXN"])),
                "content_ids": Many(G(product_id), 3),
                "content_type": G(lambda f: "product"),
            },
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "ruby"],
        1,
        {
            "order_id": G(order_no),
            "return_id": G(lambda f: "RMA" + f.digits(9)),
            "reason": G(lambda f: f.pick(["changed_mind", "defective", "better_price", "wrong_item"])),
            "refund_amount": G(lambda f: f.money(20, 1500)),
            "return_method": G(lambda f: f.pick(["in_store", "mail", "ups_dropoff"])),
            "restocking_fee": G(lambda f: f.pick([0, 0, 15.0])),
            "store_id": G(lambda f: store(f, 0)),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web", "swift"],
        1,
        {
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: f.digits(6)),
            "coupon_name": G(lambda f: f.pick(["HOTSALE10", "STUDENT5", "TVDEAL", "BIENVENIDA"])),
            "discount": G(lambda f: f.money(5, 200)),
        },
    ),
    (
        "track",
        "Experiment Viewed",
        ["web", "kotlin"],
        1,
        {
            "experiment_id": G(lambda f: f.digits(8)),
            "experiment_name": G(
                lambda f: f.pick(["pdp_financing_banner", "checkout_one_page", "search_reranker_v3"])
            ),
            "variation_id": G(lambda f: f.pick(["0", "1", "2"])),
            "variation_name": G(lambda f: f.pick(["control", "treatment_a", "treatment_b"])),
        },
    ),
    # -- financing ------------------------------------------------------------------------------
    (
        "track",
        "Financing Options Viewed",
        ["web", "rn"],
        2,
        {
            "product_id": G(product_id),
            "price": G(lambda f: cur_product(f)[4]),
            "plans": Many(
                {
                    "provider": G(
                        lambda f: f.pick(["Affirm", "Klarna", "Circuito Card", "Kueski Pay", "Aplazo"])
                    ),
                    "term_months": G(lambda f: f.pick([3, 6, 12, 18, 24])),
                    "apr": G(lambda f: f.pick([0, 9.99, 19.99, 29.99])),
                    "monthly_payment": G(lambda f: f.money(15, 300)),
                },
                4,
            ),
            "eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Instalment Plan Selected",
        ["swift", "kotlin", "web"],
        2,
        {
            "plan_id": G(lambda f: "plan_" + f.hexid(10)),
            "provider": G(lambda f: f.pick(["Affirm", "Circuito Card", "Kueski Pay", "Aplazo"])),
            "term_months": G(lambda f: f.pick([3, 6, 12, 18, 24])),
            "monthly_payment": G(lambda f: f.money(15, 300)),
            "down_payment": G(lambda f: f.pick([0, 50, 99.99])),
            "apr": G(lambda f: f.pick([0, 9.99, 19.99])),
            "promo_code": G(lambda f: f.pick(["0APR12", "MSI18", ""])),
            "order_id": G(order_no),
        },
    ),
    (
        "track",
        "Credit Application Submitted",
        ["dotnet"],
        2,
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "ApplicantFirstName": Y(first, "name"),
            "ApplicantLastName": Y(last, "name"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "Ssn": RED(ssn, "social security number"),
            "AnnualIncome": Y(lambda f: f.r.randint(18, 250) * 1000, "salary"),
            "EmploymentStatus": G(lambda f: f.pick(["FullTime", "PartTime", "SelfEmployed", "Retired"])),
            "Employer": G(
                lambda f: f.pick(["H-E-B", "Walmart", "Banner Health", "Self", "Texas A&M University"])
            ),
            "JobTitle": G(lambda f: f.pick(["Nurse", "Warehouse Associate", "Teacher", "Software Engineer"])),
            "HousingStatus": G(lambda f: f.pick(["Rent", "Own", "LiveWithFamily"])),
            "YearsAtAddress": G(lambda f: f.r.randint(0, 25)),
            "MobilePhone": Y(phone_us, "phone"),
            "Email": Y(email, "email"),
            "HomeAddress": {
                "Street1": Y(street_us, "address|street"),
                "City": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "State": G(lambda f: f.pick(US_CITIES)[1]),
                "ZipCode": Y(zip5, "zipcode"),
            },
            "RequestedCreditLimit": G(lambda f: f.pick([1000, 2500, 5000])),
            "CreditScore": Y(lambda f: f.r.randint(520, 830), "credit score"),
            "Decision": G(lambda f: f.pick(["Approved", "Declined", "Pending"])),
            "DecisionReasonCodes": Many(G(lambda f: f.pick(["R01", "R14", "A00", "R22"])), 2),
            "CoApplicant": {
                "FirstName": Y(first, "name"),
                "LastName": Y(last, "name"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Partner"])),
                "Ssn": RED(ssn, "social security number"),
            },
            "Channel": G(lambda f: f.pick(["Web", "InStore", "App"])),
        },
    ),
    (
        "track",
        "Solicitud de Crédito Enviada",
        ["php"],
        2,
        {
            "folio": G(lambda f: "SC-" + f.digits(8)),
            "nombre": Y(lambda f: f.pick(MX_FIRST), "name"),
            "apellido_paterno": Y(lambda f: f.pick(MX_LAST), "name"),
            "apellido_materno": Y(lambda f: f.pick(MX_LAST), "name"),
            "correo": Y(email, "email"),
            "telefono": Y(phone_mx, "phone"),
            "rfc": RED(rfc, "national id"),
            "curp": RED(curp, "national id"),
            "fecha_nacimiento": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "ingreso_mensual": Y(lambda f: f.r.randint(8, 90) * 1000, "salary"),
            "ocupacion": G(lambda f: f.pick(["Empleado", "Comerciante", "Profesionista", "Jubilado"])),
            "empresa": G(lambda f: f.pick(["Pemex", "Grupo Bimbo", "FEMSA", "Independiente"])),
            "direccion": {
                "calle": Y(lambda f: f.pick(MX_STREETS), "address|street"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 3999)), "address|street"),
                "colonia": Y(lambda f: f.pick(COLONIAS), "address"),
                "municipio": Y(lambda f: f.pick(MX_CITIES)[0], "city"),
                "codigo_postal": Y(zip5, "zipcode"),
                "estado": G(lambda f: f.pick(["Jalisco", "Nuevo León", "Ciudad de México", "Puebla"])),
            },
            "plazo_meses": G(lambda f: f.pick([6, 12, 18, 24])),
            "monto_solicitado": G(lambda f: f.r.randint(3, 60) * 1000),
            "estatus": G(lambda f: f.pick(["aprobada", "rechazada", "en_revision"])),
            "buro_score": Y(lambda f: f.r.randint(450, 760), "credit score"),
        },
    ),
    (
        "track",
        "Co-Applicant Added",
        ["web"],
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "co_applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone_us, "phone"),
                "date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "annual_income": Y(lambda f: f.r.randint(18, 180) * 1000, "salary"),
                "relationship": G(lambda f: f.pick(["spouse", "domestic_partner", "parent"])),
                "same_address": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Store Card Prequalification Checked",
        ["web", "swift"],
        2,
        {
            "prequal_id": G(lambda f: f.uuid()),
            "ssn_last4": RED(ssn_last4, "social security number"),
            "zip_code": Y(zip5, "zipcode"),
            "annual_income": Y(lambda f: f.r.randint(18, 250) * 1000, "salary"),
            "offer_apr": G(lambda f: f.pick([29.99, 31.74, 0])),
            "credit_limit": G(lambda f: f.pick([500, 1200, 3000, 5000])),
            "prequalified": G(lambda f: f.pick([True, False])),
            "consent_given": G(lambda f: True),
        },
    ),
    (
        "track",
        "Financing Payment Made",
        ["swift", "kotlin"],
        2,
        {
            "financing_account_id": G(lambda f: "FA" + f.digits(10)),
            "account_number_masked": G(lambda f: "************" + f.digits(4)),
            "payment_amount": G(lambda f: f.money(25, 600)),
            "payment_date": G(lambda f: f.date(2024, 2024)),
            "autopay": G(lambda f: f.pick([True, False])),
            "funding_source": {
                "type": G(lambda f: f.pick(["checking", "savings"])),
                "bank_name": G(lambda f: f.pick(["Chase", "Wells Fargo", "Frost Bank", "Bank of America"])),
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            },
        },
    ),
    # -- warranties, registration, activation -----------------------------------------------------
    (
        "track",
        "Protection Plan Purchased",
        ["ruby"],
        2,
        {
            "plan_sku": G(sku),
            "plan_name": G(
                lambda f: f.pick(
                    ["Circuito Care+ 2 Year", "Circuito Care+ 3 Year Accidental", "Garantía Extendida 2 años"]
                )
            ),
            "term_years": G(lambda f: f.pick([1, 2, 3])),
            "price": G(lambda f: f.money(29, 349)),
            "accidental_damage": G(lambda f: f.pick([True, False])),
            "insurer": G(lambda f: f.pick(["Asurion", "AIG WarrantyGuard", "Assurant"])),
            "insurer_policy_number": Y(
                lambda f: f.pick(["AWG", "ASU", "ASR"]) + f.digits(9), "identification"
            ),
            "order_id": G(order_no),
            "covered_product": {
                "sku": G(sku),
                "serial_number": Y(serial, "serial"),
                "purchase_date": G(lambda f: f.date(2023, 2024)),
            },
        },
    ),
    (
        "track",
        "Protection Plan Claim Filed",
        ["dotnet"],
        2,
        {
            "ClaimNumber": G(lambda f: "CLM" + f.digits(10)),
            "PolicyNumber": Y(lambda f: f.pick(["AWG", "ASU"]) + f.digits(9), "identification"),
            "IncidentType": G(
                lambda f: f.pick(["AccidentalDrop", "LiquidDamage", "MechanicalFailure", "Theft"])
            ),
            "IncidentDate": G(lambda f: f.date(2024, 2024)),
            "IncidentDescription": G(
                lambda f: f.pick(
                    [
                        "Screen cracked after a fall",
                        "Won't power on after update",
                        "Se mojó el equipo",
                        "Dead pixels in the upper left corner",
                    ]
                )
            ),
            "DeviceSerial": Y(serial, "serial"),
            "ClaimantName": Y(full_name, "name"),
            "ClaimantPhone": Y(phone, "phone"),
            "Deductible": G(lambda f: f.pick([0, 49, 99, 149])),
            "ReplacementShipTo": {
                "AddressLine1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "StateCode": G(lambda f: f.pick(["TX", "AZ", "NL", "JAL"])),
                "PostalCode": Y(zip5, "zipcode"),
            },
        },
    ),
    (
        "track",
        "Device Registered",
        ["swift", "kotlin"],
        2,
        {
            "registration_id": G(lambda f: f.uuid()),
            "device_category": G(lambda f: f.pick(["tv", "laptop", "headphones", "smart_home", "phone"])),
            "brand": G(lambda f: f.pick(PRODUCTS)[1]),
            "model_number": G(model_number),
            "serial_number": Y(serial, "serial"),
            "imei": Y(imei, "serial"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "purchase_date": G(lambda f: f.date(2022, 2024)),
            "purchase_store_id": G(lambda f: store(f, 0)),
            "warranty_expires": G(lambda f: f.date(2025, 2027)),
            "device_name": Y(
                lambda f: f.pick(
                    [
                        f"{first(f).split()[0]}'s iPhone",
                        f"iPad de {first(f).split()[0]}",
                        f"{first(f).split()[0]}'s MacBook Air",
                    ]
                ),
                "name",
                True,
            ),
            "firmware_version": G(lambda f: f.pick(["1313.2", "17.4.1", "T-KSU2EAUC-2203.2"])),
        },
    ),
    (
        "track",
        "Carrier Activation Completed",
        ["java"],
        2,
        {
            "activation_id": G(lambda f: f.uuid()),
            "carrier": G(lambda f: f.pick(["AT&T", "Verizon", "T-Mobile", "Telcel", "Movistar"])),
            "plan_name": G(lambda f: f.pick(["Unlimited Starter", "Max Sin Límite 2000", "Go5G Plus"])),
            "line_type": G(lambda f: f.pick(["new", "upgrade", "port_in"])),
            "phone_number": Y(phone, "phone"),
            "imei": Y(imei, "serial"),
            "iccid": Y(iccid, "serial"),
            "port_in_pin": RED(lambda f: f.digits(f.pick([4, 6])), "password|secret"),
            "lines": Many(
                {
                    "member_name": Y(full_name, "name"),
                    "relationship": G(lambda f: f.pick(["self", "spouse", "child", "parent"])),
                    "age": G(lambda f: f.r.randint(10, 80)),
                    "phone_number": Y(phone, "phone"),
                },
                4,
            ),
            "monthly_total": G(lambda f: f.money(40, 260)),
        },
    ),
    (
        "track",
        "Child Profile Created",
        ["kotlin", "swift"],
        1,
        {
            "profile_id": G(lambda f: f.uuid()),
            "child_first_name": Y(first, "name"),
            "birth_year": Y(lambda f: f.r.randint(2012, 2021), "birthdate"),
            "age_band": G(lambda f: f.pick(["6-8", "9-12", "13-15"])),
            "parental_controls": G(lambda f: f.pick(["strict", "moderate", "off"])),
            "device_model": G(model_number),
        },
    ),
    (
        "track",
        "Hearing Test Completed",
        ["rn"],
        1,
        {
            "test_id": G(lambda f: f.uuid()),
            "hearing_loss_level": Y(
                lambda f: f.pick(["none", "mild", "moderate", "moderately_severe"]), "condition"
            ),
            "tinnitus": Y(lambda f: f.pick([True, False]), "condition"),
            "age_band": G(lambda f: f.pick(["40-49", "50-59", "60-69", "70+"])),
            "recommended_product": G(
                lambda f: f.pick(["Jabra Enhance Plus", "Sony CRE-E10", "Lexie B2 Plus"])
            ),
            "fsa_eligible": G(lambda f: True),
        },
    ),
    # -- trade-ins, pickup, delivery --------------------------------------------------------------
    (
        "track",
        "Trade-In Quote Requested",
        ["web", "rn"],
        2,
        {
            "tradein_id": G(lambda f: "TI" + f.digits(9)),
            "device_type": G(lambda f: f.pick(["phone", "tablet", "laptop", "console"])),
            "brand": G(lambda f: f.pick(PRODUCTS)[1]),
            "model": G(lambda f: f.pick(["iPhone 12", "Galaxy S21", "PS4 Pro", "iPad Air 4"])),
            "storage_gb": G(lambda f: f.pick([64, 128, 256, 512])),
            "condition": G(lambda f: f.pick(["like_new", "good", "fair", "broken"])),
            "imei": Y(imei, "serial"),
            "quote_amount": G(lambda f: f.money(20, 600)),
            "payout_method": G(lambda f: f.pick(["store_credit", "gift_card", "bank_transfer"])),
            "carrier_locked": G(lambda f: f.pick([True, False])),
            "find_my_disabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trade-In Completed",
        ["go"],
        2,
        {
            "tradein_id": G(lambda f: "TI" + f.digits(9)),
            "store_id": G(lambda f: store(f, 0)),
            "associate_id": G(lambda f: f.digits(7)),
            "associate_name": Y(full_name, "name"),
            "final_amount": G(lambda f: f.money(20, 600)),
            "id_document": {
                "type": G(lambda f: f.pick(["drivers_license", "passport", "state_id", "ine"])),
                "number": RED(
                    lambda f: f.pick([passport(f), ine(f), "D" + f.digits(8), f.digits(8)]),
                    "national id|passport|license",
                ),
                "issuing_region": G(lambda f: f.pick(["TX", "AZ", "MX", "CA"])),
                "verified": G(lambda f: True),
            },
            "payout": {
                "method": G(lambda f: "bank_transfer"),
                "account_holder": Y(full_name, "name"),
                "routing_number": G(lambda f: f.pick(ROUTING)),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            },
        },
    ),
    (
        "track",
        "Reembolso Programado",
        ["php"],
        1,
        {
            "folio_devolucion": G(lambda f: "DEV-" + f.digits(7)),
            "pedido": G(lambda f: "MX-" + f.digits(12)),
            "monto": G(lambda f: f.money(200, 25000)),
            "clabe": RED(clabe, "bank account"),
            "banco": G(lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banco Azteca"])),
            "titular": Y(lambda f: f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}", "name"),
            "motivo": G(lambda f: f.pick(["producto dañado", "no era lo esperado", "entrega tardía"])),
        },
    ),
    (
        "track",
        "Store Pickup Scheduled",
        ["rn", "swift"],
        2,
        {
            "order_id": G(order_no),
            "store": {
                "id": G(lambda f: store(f, 0)),
                "name": G(lambda f: store(f, 1)),
                "address": G(lambda f: store(f, 2)),
                "city": G(lambda f: store(f, 3)),
                "phone": G(lambda f: store(f, 5)),
            },
            "pickup_window_start": G(lambda f: f.iso()),
            "curbside": G(lambda f: f.pick([True, False])),
            "pickup_person": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "vehicle": {
                "make": G(lambda f: f.pick(["Toyota", "Nissan", "Ford", "Chevrolet"])),
                "color": G(lambda f: f.pick(["white", "gray", "red", "blue"])),
                "plate": Y(plate, "license"),
            },
        },
    ),
    (
        "track",
        "Pickup Completed",
        ["java"],
        2,
        {
            "order_id": G(order_no),
            "store_id": G(lambda f: store(f, 0)),
            "associate": {
                "employee_id": G(lambda f: f.digits(7)),
                "name": Y(full_name, "name"),
                "email": Y(staff_email, "email"),
            },
            "id_checked": G(lambda f: f.pick([True, False])),
            "wait_time_sec": G(lambda f: f.r.randint(30, 1800)),
            "signature_captured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery And Installation Scheduled",
        ["node"],
        2,
        {
            "delivery_id": G(lambda f: "DLV" + f.digits(9)),
            "window": G(lambda f: f.pick(["08:00-12:00", "12:00-16:00", "16:00-20:00"])),
            "installer_team": G(lambda f: f.pick(["Team 14 Houston", "Cuadrilla 3 CDMX", "Team 2 Phoenix"])),
            "contact_phone": Y(phone, "phone"),
            "service_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["Apt 12", "Depto. 501", "Unit C", "Casa 4"]), "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(["TX", "AZ", "CDMX", "NL"])),
                "zip": Y(zip5, "zipcode"),
            },
            "address_notes": G(
                lambda f: f.pick(
                    ["Call on arrival", "Narrow stairs", "Use service elevator", "Tocar el timbre"]
                )
            ),
            "haul_away": G(lambda f: f.pick([True, False])),
            "floor": G(lambda f: f.r.randint(1, 20)),
            "elevator": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Store Locator Searched",
        ["web", "rn"],
        2,
        {
            "q": G(lambda f: f.pick(["78201", "Monterrey", "near me", "Zapopan", "85016", "Perisur"])),
            "results": Many(
                {"store_id": G(lambda f: store(f, 0)), "distance_mi": G(lambda f: f.money(0, 40))}, 3
            ),
            "user_location": {
                "lat": Y(lambda f: latlon(f, 0), "geolocation"),
                "lng": Y(lambda f: latlon(f, 1), "geolocation"),
            },
            "used_geolocation": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["web", "swift"],
        2,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "service_type": G(
                lambda f: f.pick(["tech_consult", "device_setup", "repair_dropoff", "home_theater_design"])
            ),
            "store_id": G(lambda f: store(f, 0)),
            "slot_start": G(lambda f: f.iso()),
            "attendee": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "phone": Y(phone, "phone"),
            },
            "notes": G(
                lambda f: f.pick(
                    ["Bring laptop charger", "Need help moving photos", "", "Configurar pantalla nueva"]
                )
            ),
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "push"])),
        },
    ),
    # -- repairs and support ----------------------------------------------------------------------
    (
        "track",
        "Repair Ticket Created",
        ["php"],
        2,
        {
            "ticket-id": G(lambda f: "RPR-" + f.digits(8)),
            "device-serial": Y(serial, "serial"),
            "device-model": G(model_number),
            "issue-category": G(
                lambda f: f.pick(["screen", "battery", "no_power", "water_damage", "software"])
            ),
            "issue-description": G(
                lambda f: f.pick(
                    [
                        "Cracked screen, touch still works",
                        "Battery drains in 2 hours",
                        "No enciende",
                        "Keyboard keys sticky",
                    ]
                )
            ),
            "customer-name": Y(full_name, "name"),
            "customer-phone": Y(phone, "phone"),
            "customer-email": Y(email, "email"),
            "device-passcode": RED(
                lambda f: f.pick([f.digits(4), f.digits(6), "Sol" + f.digits(4) + "!"]), "password"
            ),
            "estimate-amount": G(lambda f: f.money(49, 499)),
            "technician-id": G(lambda f: "T" + f.digits(5)),
            "store-code": G(lambda f: store(f, 0)),
            "data-backup-consent": G(lambda f: f.pick([True, False])),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Cliente pide llamada al {phone_mx(f)}",
                        f"Call back at {phone_us(f)} after 5pm",
                        f"Alt contact {phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Repair Status Updated",
        ["php", "go"],
        2,
        {
            "ticket_id": G(lambda f: "RPR-" + f.digits(8)),
            "status": G(lambda f: f.pick(["received", "diagnosing", "awaiting_parts", "ready_for_pickup"])),
            "technician_name": Y(full_name, "name"),
            "parts_used": Many(
                {
                    "part_number": G(lambda f: f.pick(["661-26367", "BN96-52301A", "EB-BS921ABY"])),
                    "qty": G(lambda f: f.r.randint(1, 2)),
                },
                2,
            ),
            "eta": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Support Ticket Submitted",
        ["web", "node"],
        2,
        {
            "ticket_id": G(lambda f: f.digits(8)),
            "subject": G(
                lambda f: f.pick(
                    ["Where is my order?", "Problema con mi factura", "Price match request", "Return label"]
                )
            ),
            "description": Y(
                lambda f: f.pick(
                    [
                        f"Order still not here, please call me at {phone_us(f)}",
                        f"Hola, no he recibido mi pedido. Mi correo es {email(f)}",
                        f"Please send the return label to {email(f)}, thanks",
                        f"Pueden marcarme al {phone_mx(f)}? gracias",
                    ]
                ),
                "phone|email",
                True,
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web_form", "email", "app"])),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "order_id": G(order_no),
            "tags": Many(G(lambda f: f.pick(["wismo", "billing", "returns", "price_match", "es"])), 3),
        },
    ),
    (
        "track",
        "Live Chat Started",
        ["web", "swift"],
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "topic": G(lambda f: f.pick(["order_status", "financing", "technical_support", "returns"])),
            "queue": G(lambda f: f.pick(["es-mx", "en-us"])),
            "prechat_fields": Many(
                {
                    "label": G(lambda f: f.pick(["Name", "Email", "Phone"])),
                    "value": Y(
                        lambda f: f.pick([full_name(f), email(f), phone(f)]), "name|email|phone", True
                    ),
                },
                3,
            ),
            "agent_id": G(lambda f: "agt_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "swift", "kotlin"],
        2,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "sender": G(lambda f: f.pick(["customer", "agent", "bot"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "Is the 65 inch Samsung in stock in Houston?",
                        "¿Tienen meses sin intereses?",
                        "Can I change pickup to curbside?",
                        "Thanks!",
                    ]
                )
            ),
            "attachments_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["rn", "web"],
        2,
        {
            "product_id": G(product_id),
            "sku": G(sku),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(
                lambda f: f.pick(
                    ["Great picture", "Excelente calidad", "Battery could be better", "Worth it"]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Colors are amazing and setup took 10 minutes.",
                        "Llegó antes de lo esperado.",
                        "Fan gets loud when gaming.",
                        "Best headphones I have owned.",
                    ]
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f).split()[0]} {last(f)[0]}.", "name"),
            "reviewer_location": Y(lambda f: f.pick([f"{c}, {s}" for c, s in US_CITIES + MX_CITIES]), "city"),
            "recommend": G(lambda f: f.pick([True, False])),
            "pros": Many(G(lambda f: f.pick(["picture", "sound", "value", "battery", "design"])), 3),
            "verified_purchase": G(lambda f: f.pick([True, False])),
            "photo_count": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Review Helpful Voted",
        ["web"],
        1,
        {
            "review_id": G(lambda f: f.digits(9)),
            "helpful": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- marketing, accounts, messaging ----------------------------------------------------------
    (
        "track",
        "Price Alert Created",
        ["web", "kotlin"],
        2,
        {
            "product_id": G(product_id),
            "target_price": G(lambda f: f.money(50, 1500)),
            "notify_via": G(lambda f: f.pick(["email", "sms"])),
            "contact": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
        },
    ),
    (
        "track",
        "Newsletter Subscribed",
        ["web"],
        2,
        {
            "form_id": G(lambda f: f.pick(["footer_signup", "exit_intent_modal"])),
            "input": Y(email, "email", True),
            "list": G(lambda f: f.pick(["deals_weekly", "ofertas_mx"])),
            "opt_in_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        1,
        {
            "form": G(lambda f: f.pick(["guest_checkout", "order_lookup"])),
            "payload": {"name": G(lambda f: "phone"), "value": Y(phone, "phone", True)},
            "duration_ms": G(lambda f: f.r.randint(400, 9000)),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        4,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick(["TX", "AZ", "CA", "NL", "JAL"])),
                "postalCode": Y(zip5, "zipcode"),
                "country": G(lambda f: f.pick(["US", "MX"])),
            },
            "createdAt": G(lambda f: f.iso()),
            "loyaltyNumber": G(lambda f: "4" + f.digits(9)),
            "loyaltyTier": G(lambda f: f.pick(["member", "plus", "total"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "preferredStore": G(lambda f: store(f, 0)),
            "language": G(lambda f: f.pick(["en", "es"])),
            "ageRange": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        2,
        {
            "nombre": Y(lambda f: f.pick(MX_FIRST), "name"),
            "apellido": Y(lambda f: f"{f.pick(MX_LAST)} {f.pick(MX_LAST)}", "name"),
            "correo": Y(email, "email"),
            "telefono": Y(phone_mx, "phone"),
            "direccion": Y(lambda f: f"{street_mx(f)}, Col. {f.pick(COLONIAS)}, C.P. {zip5(f)}", "address"),
            "rfc": RED(rfc, "national id"),
            "fecha_alta": G(lambda f: f.date(2018, 2024)),
            "tienda_preferida": G(lambda f: store(f, 1)),
            "acepta_promociones": G(lambda f: f.pick([True, False])),
            "idioma": G(lambda f: "es"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "ZIP_CODE": Y(zip5, "zipcode"),
            "STATE": G(lambda f: f.pick(["TX", "AZ", "CA", "NL", "JAL"])),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 20000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 80)),
            "LAST_ORDER_DATE": G(lambda f: f.date(2022, 2024)),
            "LOYALTY_TIER": G(lambda f: f.pick(["MEMBER", "PLUS", "TOTAL"])),
            "HAS_FINANCING_ACCOUNT": G(lambda f: f.pick([True, False])),
            "CREDIT_LIMIT": G(lambda f: f.pick([0, 500, 1500, 4000])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "CUSTOMER_SEGMENT": G(lambda f: f.pick(["GAMER", "HOME_THEATER", "SMB", "DEAL_SEEKER"])),
        },
    ),
    (
        "group",
        None,
        ["node", "web"],
        1,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Taquería El Güero SA de CV",
                        "Brightline Dental LLC",
                        "Northside ISD",
                        "Consultores Orión",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(["Restaurants", "Healthcare", "Education", "Professional Services"])
            ),
            "employees": G(lambda f: f.pick([8, 45, 1200, 18])),
            "plan": G(lambda f: f.pick(["business_member", "business_plus"])),
            "tax_id": G(lambda f: f.pick([rfc(f, moral=True), f"{f.r.randint(10, 99)}-{f.digits(7)}"])),
            "main_phone": G(lambda f: f.pick(["+1 713-555-0188", "55 5555 0102", "(512) 555-0164"])),
            "website": G(
                lambda f: f.pick(["https://elguero.mx", "https://brightlinedental.com", "https://nisd.net"])
            ),
            "headquarters": {
                "line1": G(
                    lambda f: f.pick(["1200 Main St Ste 400", "Av. Reforma 222 Piso 9", "5900 Evers Rd"])
                ),
                "city": G(lambda f: f.pick(["Dallas", "Ciudad de México", "San Antonio"])),
                "state": G(lambda f: f.pick(["TX", "CDMX"])),
            },
            "account_manager": {"name": Y(full_name, "name"), "email": Y(staff_email, "email")},
        },
    ),
    (
        "track",
        "Account Security Updated",
        ["node"],
        1,
        {
            "change": G(lambda f: f.pick(["password", "mfa_enabled", "email"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none"])),
            "phone_count": G(lambda f: f.r.randint(0, 2)),
            "ip_country": G(lambda f: f.pick(["US", "MX"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node", "ruby"],
        2,
        {
            "email": Y(email, "email"),
            "reset_token": RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(43)
                ),
                "token",
            ),
            "token_expires_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "reset_link_clicked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "phone_masked": G(lambda f: "***-***-" + f.digits(4)),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_sec": G(lambda f: 600),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        2,
        {
            "gift_card_id": G(lambda f: "GC" + f.digits(10)),
            "amount": G(lambda f: f.pick([25, 50, 100, 500, 1000])),
            "design": G(lambda f: f.pick(["birthday", "graduation", "navidad", "thank_you"])),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(full_name, "name"),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday, {first(f)}!",
                        f"¡Felicidades {first(f)}! Con cariño",
                        f"{first(f)}, enjoy the new laptop",
                    ]
                ),
                "name",
                True,
            ),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Wishlist Shared",
        ["rn"],
        1,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
            "item_count": G(lambda f: f.r.randint(1, 30)),
            "recipients": Many({"name": Y(full_name, "name"), "email": Y(email, "email")}, 3),
        },
    ),
    (
        "track",
        "Address Book Updated",
        ["kotlin", "swift"],
        2,
        {
            "addresses": Many(
                {
                    "label": G(lambda f: f.pick(["Casa", "Work", "Mom's", "Oficina"])),
                    "recipient": Y(full_name, "name"),
                    "line1": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(zip5, "zipcode"),
                    "state": G(lambda f: f.pick(["TX", "AZ", "NL", "JAL", "CDMX"])),
                    "phone": Y(phone, "phone"),
                    "is_default": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "address_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["ruby"],
        2,
        {
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.circuito.com>"),
            "to": Y(email, "email"),
            "from": G(lambda f: f.pick(["no-reply@circuito.com", "pedidos@circuito.com.mx"])),
            "template": G(lambda f: f.pick(["receipt_v4", "recibo_mx_v2"])),
            "subject": G(
                lambda f: f.pick(["Your Circuito receipt", "Tu recibo de Circuito", "Order confirmation"])
            ),
            "order_id": G(order_no),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["node"],
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+17135550140", "+5215555550190", "+16025550177"])),
            "To": Y(
                lambda f: f.pick(
                    [
                        f"+1{f.r.randint(201, 989)}{f.digits(7)}",
                        f"+521{f.pick(['55', '33', '81'])}{f.digits(8)}",
                    ]
                ),
                "phone",
            ),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {first(f)}, your order is ready for pickup at Circuito.",
                        f"Hola {first(f)}, tu pedido ya está listo para recoger.",
                    ]
                ),
                "name",
                True,
            ),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Call Completed",
        ["go"],
        1,
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "caller_number": Y(phone, "phone"),
            "dialed_number": G(lambda f: f.pick(["+18005550199", "+525555550100"])),
            "duration_sec": G(lambda f: f.r.randint(20, 2400)),
            "agent_email": Y(staff_email, "email"),
            "disposition": G(lambda f: f.pick(["resolved", "escalated", "callback_scheduled"])),
            "ivr_path": G(lambda f: f.pick(["1>2", "2>1>3", "9"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        2,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": G(
                lambda f: f.pick(["Your order shipped", "Precio bajó en tu lista", "Flash deal: 4K TVs"])
            ),
            "deep_link": G(
                lambda f: f.pick(["circuito://orders", "circuito://pdp/6501234", "circuito://deals"])
            ),
            "action": G(lambda f: f.pick(["open", "dismiss"])),
            "sent_at_ms": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "OXXO Payment Reference Generated",
        ["php"],
        1,
        {
            "referencia": G(lambda f: f.digits(14)),
            "monto": G(lambda f: f.money(200, 9999)),
            "vence": G(lambda f: f.date(2024, 2024)),
            "correo": Y(email, "email"),
            "pedido": G(lambda f: "MX-" + f.digits(12)),
        },
    ),
    (
        "track",
        "Factura Solicitada",
        ["php"],
        1,
        {
            "folio_pedido": G(lambda f: "MX-" + f.digits(12)),
            "rfc_receptor": RED(rfc, "national id"),
            "nombre_receptor": Y(
                lambda f: f"{f.pick(MX_FIRST)} {f.pick(MX_LAST)} {f.pick(MX_LAST)}".upper(), "name"
            ),
            "uso_cfdi": G(lambda f: f.pick(["G01", "G03", "S01"])),
            "regimen_fiscal": G(lambda f: f.pick(["605", "612", "626"])),
            "codigo_postal_fiscal": Y(zip5, "zipcode"),
            "correo_envio": Y(email, "email"),
            "uuid_cfdi": G(lambda f: f.uuid().upper()),
        },
    ),
    # -- store operations and staff ---------------------------------------------------------------
    (
        "track",
        "POS Sale Completed",
        ["java"],
        2,
        {
            "register_id": G(lambda f: f.pick(["R01", "R04", "R12"])),
            "transaction_id": G(lambda f: f.digits(14)),
            "store_id": G(lambda f: store(f, 0)),
            "associate": {
                "employee_id": G(lambda f: f.digits(7)),
                "first_name": Y(first, "name"),
                "badge_number": G(lambda f: f.digits(5)),
            },
            "customer_lookup_phone": Y(phone, "phone"),
            "receipt_email": Y(email, "email"),
            "tender_type": G(lambda f: f.pick(["credit", "debit", "cash", "store_card"])),
            "card_entry_mode": G(lambda f: f.pick(["chip", "contactless", "swipe"])),
            "card_last_four": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "auth_code": G(lambda f: "".join(f.pick("0123456789ABCDEF") for _ in range(6))),
            "commission_amount": Y(lambda f: f.money(1, 80), "salary"),
            "total": G(lambda f: f.money(10, 3000)),
        },
    ),
    (
        "track",
        "Shift Swap Requested",
        ["flutter"],
        2,
        {
            "employee_id": G(lambda f: f.digits(7)),
            "employee_name": Y(full_name, "name"),
            "manager_email": Y(staff_email, "email"),
            "role": G(
                lambda f: f.pick(["Sales Associate", "Tech Support Agent", "Cashier", "Inventory Specialist"])
            ),
            "hourly_rate": Y(lambda f: f.pick([15.5, 17.0, 18.25, 21.0]), "salary"),
            "shift_start": G(lambda f: f.iso()),
            "store_id": G(lambda f: store(f, 0)),
            "union_local": Y(lambda f: f.pick(["UFCW Local 770", "RWDSU Local 1102", "none"]), "trade union"),
            "swap_with_employee_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Inventory Scan Completed",
        ["flutter"],
        2,
        {
            "scan_id": G(lambda f: f.uuid()),
            "store_id": G(lambda f: store(f, 0)),
            "aisle": G(lambda f: f.pick(["A12", "B03", "TV-WALL", "CAGE"])),
            "skus_scanned": G(lambda f: f.r.randint(10, 900)),
            "discrepancies": G(lambda f: f.r.randint(0, 12)),
            "scanner_model": G(lambda f: f.pick(["TC52", "TC57", "MC3300"])),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["flutter"],
        2,
        {
            "search_by": G(lambda f: "phone"),
            "term": Y(phone, "phone", True),
            "match_count": G(lambda f: f.r.randint(0, 3)),
            "store_id": G(lambda f: store(f, 0)),
        },
    ),
    (
        "track",
        "Sign-In Link Sent",
        ["node"],
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "link": RED(lambda f: "https://www.circuito.com/identity/magic?t=" + f.hexid(40), "token", True),
            "expires_in_sec": G(lambda f: f.pick([600, 900])),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["swift", "rn"],
        1,
        {
            "referral_code": G(lambda f: "REF" + f.digits(6)),
            "invitee": Y(email, "email", True),
            "reward_amount": G(lambda f: f.pick([10, 20, 200])),
        },
    ),
    (
        "track",
        "Store Event RSVP Submitted",
        ["web"],
        1,
        {
            "form_id": G(lambda f: f.pick(["rsvp_gaming_night", "rsvp_kids_coding"])),
            "responses": {
                "q1": Y(full_name, "name", True),
                "q2": Y(email, "email", True),
                "q3": G(lambda f: f.pick(["Gaming night", "Kids coding camp", "Home theater demo"])),
                "q4": G(lambda f: f.r.randint(1, 4)),
            },
        },
    ),
    (
        "track",
        "Student Discount Verified",
        ["web"],
        1,
        {
            "verification_id": G(lambda f: f.uuid()),
            "student_email": Y(
                lambda f: staff_email(f).replace(
                    "circuito.com", f.pick(["utexas.edu", "asu.edu", "tec.mx", "unam.mx"])
                ),
                "email",
            ),
            "school_name": G(
                lambda f: f.pick(
                    ["University of Texas at Austin", "Arizona State University", "Tec de Monterrey", "UNAM"]
                )
            ),
            "graduation_year": G(lambda f: f.r.randint(2024, 2029)),
            "birth_date": Y(lambda f: f.date(1998, 2007), "birthdate"),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Credit References Added",
        ["node"],
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "references": Many(
                {
                    "full_name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                    "relationship": G(lambda f: f.pick(["friend", "coworker", "relative"])),
                    "years_known": G(lambda f: f.r.randint(1, 30)),
                },
                2,
            ),
            "employer_phone": G(lambda f: f.pick(["+1 713-555-0100", "(602) 555-0142", "81 5555 0170"])),
        },
    ),
    (
        "track",
        "Income Verified",
        ["node"],
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "verification_method": G(lambda f: f.pick(["paystub_upload", "bank_link", "employer_api"])),
            "employer_name": G(lambda f: f.pick(["H-E-B", "Amazon", "Banner Health", "Grupo Salinas"])),
            "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly", "monthly"])),
            "monthly_net_pay": Y(lambda f: f.money(1800, 9000), "salary"),
            "deposit_account_number": RED(lambda f: f.digits(f.pick([10, 12])), "bank account"),
            "documents_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Delivery Completed",
        ["kotlin"],
        2,
        {
            "delivery_id": G(lambda f: "DLV" + f.digits(9)),
            "driver_id": G(lambda f: f.digits(6)),
            "driver_name": Y(full_name, "name"),
            "driver_contact_number": G(
                lambda f: f.pick(["+1 832-555-0111", "+1 480-555-0102", "+52 55 5555 0133"])
            ),
            "received_by": Y(full_name, "name"),
            "proof_photo_url": Y(
                lambda f: "https://pod.circuito-static.com/" + f.hexid(12) + ".jpg", "photo"
            ),
            "dropoff_location": {
                "lat": Y(lambda f: latlon(f, 0), "geolocation"),
                "lng": Y(lambda f: latlon(f, 1), "geolocation"),
            },
            "left_with": G(lambda f: f.pick(["customer", "front_desk", "neighbor", "front_door"])),
            "delivered_at": G(lambda f: f.epoch_ms()),
            "items_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Product Registration Submitted",
        ["web"],
        1,
        {
            "registration_id": G(lambda f: f.uuid()),
            "model_number": G(model_number),
            "serial_number": Y(serial, "serial"),
            "owner": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": Y(full_address, "address"),
            },
            "purchased_from": G(lambda f: f.pick(["Circuito", "Circuito.com", "Circuito MX"])),
            "opt_in_recall_notices": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Price Match Requested",
        ["web", "swift"],
        1,
        {
            "request_id": G(lambda f: f.digits(8)),
            "product_id": G(product_id),
            "competitor": G(lambda f: f.pick(["Amazon", "Walmart", "Liverpool", "Costco"])),
            "competitor_url": G(lambda f: "https://www.amazon.com/dp/B0" + f.digits(8)),
            "competitor_price": G(lambda f: f.money(50, 1500)),
            "customer_email": Y(email, "email"),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "u" + f.digits(8),
                }
                if event:
                    msg["event"] = event
                if kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                elif kind == "group":
                    msg["groupId"] = "biz_" + f.digits(6)
                if kind in ("page", "screen"):
                    msg["name"] = f.pick(["Home", "Product Detail", "Cart"])
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=95, repeats=18)
    write(Path(__file__).parent, "holdout95_", events, labels)
