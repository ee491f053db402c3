"""Writes holdout142: tests/corpus/holdout142_events.jsonl and holdout142_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their builders (build_holdout3.py was read for the format only), and never run
through the engine by its author. Run once (`.venv/bin/python -m tests.corpus.build_holdout142`);
the output is deterministic (seed 142) and committed.

What it covers: a freight brokerage and truck-fleet telematics platform working the US and
Mexico. Shippers tender loads (shipper and consignee contacts, facilities), carriers are booked
(MC/DOT numbers, dispatchers, owner-operators), drivers run the loads in a driver app (CDL
licences, DOT medical cards, ELD hours-of-service, GPS pings, proof-of-delivery photos and
signatures, border crossings, fuel cards), and the back office pays carriers and drivers (ACH,
CLABE, factoring, settlements, W-9s), recruits drivers (applications, background checks, EEO
self-identification) and sells ELDs and dashcams (e-commerce spec events). Mexican operations send
Spanish keys and a CFDI Carta Porte complement (PascalCase Spanish, as in the SAT's XML).

Conventions: messages are identify/track/page/screen/group/alias calls with the `context` blocks
of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and
the server libraries (python, node, go, java, ruby, php, C#). Keys are mostly camelCase and
snake_case English; about 15 % are PascalCase (.NET services, Twilio and Carta Porte shapes),
kebab-case (a legacy web form, SendGrid's `smtp-id`), SCREAMING_SNAKE (warehouse reverse-ETL) and
Spanish. Vendor-shaped payloads: Twilio status callbacks, SendGrid event webhooks, a Samsara-like
safety event, a Checkr-like background check, a fuel-card processor feed, Stripe billing details.
Values: names from Mexican, US, Punjabi, Eastern European, East African, Vietnamese, Navajo and
other backgrounds; US and Mexican phone formats; IDs with their real check digits (CURP, RFC,
IMSS NSS (Luhn), CLABE, ABA routing numbers, VINs, IMEIs, Luhn fleet cards, SSA-structured SSNs).

Labelling rules (the product's default colours):
- PII = personal data about a natural person (the user, a driver, a co-driver, a rider, a
  contact at a shipper, consignee or carrier, an examiner, the other party in an accident).
  Colour = the reference matcher's default colour; outside the reference, red for credentials and
  secrets, card numbers, bank accounts, government ids and health ids; yellow otherwise
  (geolocation, advertising id, credit score, trade union, criminal record).
- Green: ids we issue (load, stop, PRO, BOL, PO, invoice, settlement, claim and police report
  numbers), MC/DOT numbers, SCAC codes and ELD registration ids (a business's or a product's
  registry numbers), truck and trailer unit numbers, seal numbers, versions, timestamps, hashes of
  documents, amounts (load rates and carrier pay on a load are prices between companies), enums,
  counters and booleans under PII-sounding keys, company, product and pet names, ages, job titles,
  employers, states, countries, locales, timezones, currencies, user agents, OS device ids.
  Company names that carry a family name ("Singh Brothers Transport LLC", a carrier's legal name
  on a payment) are company names: green.
- A business's own contact data is green: a facility's dock address, phone and coordinates, a
  carrier's main phone and role mailbox (dispatch@, ops@), a company RFC (12 characters), the
  platform's own Twilio number. A searched lane, a fuel stop's or a port's city are green.
- The person's own location is yellow `geolocation`: driver-app and ELD positions, telematics
  pings and the ELD's required location description ("3 mi NE Laredo, TX"), while a facility's
  geofence centre in the same event is green.
- Driver's licences (CDL, Mexican licencia federal, a scanned AAMVA barcode), FAST cards,
  passports, CURP, RFC of a person (13 characters), IMSS NSS and US TINs (a payee's TIN is red even
  when some payees give an EIN: sole proprietors give their SSN) are identity-document or
  government numbers: red `national id` (with `license`, `passport` or `social security number`
  where that fits). The published policy calls an identity document's number red, and in the US
  the driver's licence is the identity document, so it is red rather than `license` yellow.
- Contested cases follow the product's published policy: VINs yellow `serial`, plates yellow
  `license`, insurance policy numbers yellow `identification` (also a carrier's liability policy
  in the Carta Porte: the policy makes no exception and many carriers are owner-operators), driver
  pay, pay rates and desired pay yellow `salary`, gclid/fbclid/fbp yellow `advertising id`,
  billing and home addresses yellow, payment tokens (`pm_`), one-time codes and reset-link tokens
  red, visa and right-to-work answers red `visa`, veteran and disability red.
- Health: DOT medical-card restrictions, BMI, sleep-apnoea diagnosis, CPAP compliance, tobacco use,
  drug-screen results and an injured-in-accident flag are yellow (`condition`/`diagnosis`); the
  medical examiner's certificate number is yellow `certificate`; the card's expiry date and the
  certification period are green. A DUI-conviction answer is yellow `criminal record` (the
  careful-owner rule: convictions are a special category but not a reference matcher).
- Photos of people or of documents they signed (POD photos of the signed BOL, signature images,
  selfies, driver-facing dashcam clips, accident photos, scans of the medical card) are yellow
  `photo`.
- A fleet card's full number is red `credit card` (a careful owner flags full card numbers even
  when the card is issued to a fleet); its last four, the processor's auth code and the merchant's
  location are green. A bank account number is red even for a carrier company (carriers are often
  sole proprietors); routing numbers, bank names and account types are green.
- value_only is true when the key does not say what the value is (`q`, `value`, `text`, `label`,
  `input`, `notes`, Twilio's `To`, `externalIds[].id`, a barcode payload); such a path carries the
  PII in every value. Free text is labelled by what every value carries, green when none does (the
  check-call notes, the SMS bodies, damage notes and quote messages here never carry PII).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = [
    "José Luis",
    "María Guadalupe",
    "Juan Carlos",
    "Alejandro",
    "Ximena",
    "Jesús",
    "Rosa Elena",
    "Fernando",
    "Itzel",
    "Tyrone",
    "DeShawn",
    "Kayla",
    "Brandon",
    "Dustin",
    "Crystal",
    "Bobby",
    "Tammy",
    "Harpreet",
    "Gurpreet",
    "Jaswinder",
    "Manpreet",
    "Sukhdeep",
    "Balwinder",
    "Oleksandr",
    "Dmytro",
    "Sergei",
    "Nikola",
    "Vesna",
    "Emir",
    "Tatiana",
    "Abdirahman",
    "Hodan",
    "Tesfaye",
    "Selam",
    "Chinedu",
    "Minh",
    "Thanh",
    "Huong",
    "Marisol",
    "Yesenia",
    "Cody",
    "Latoya",
    "Wade",
    "Shonda",
    "Ahmad",
    "Bogdan",
    "Kiona",
    "Darnell",
    "Refugio",
    "Araceli",
]
LAST = [
    "Hernández",
    "Martínez",
    "Gómez",
    "Rodríguez",
    "Ramírez",
    "Treviño",
    "Villarreal",
    "Garza",
    "Cantú",
    "Sandhu",
    "Gill",
    "Dhillon",
    "Grewal",
    "Johnson",
    "Williams",
    "Jackson",
    "Washington",
    "Miller",
    "Kowalczuk",
    "Petrenko",
    "Hodžić",
    "Popescu",
    "Mohamed",
    "Abdi",
    "Gebremedhin",
    "Nguyen",
    "Tran",
    "Begay",
    "Yazzie",
    "Santos",
    "Reyes",
    "O'Connor",
    "Kim",
    "Okonkwo",
    "Singh",
    "Kaur",
    "Delgado",
    "Zamora",
    "Ochoa",
    "Baker",
]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
US_STREETS = [
    "Calle del Norte",
    "Saunders Rd",
    "E Mockingbird Ln",
    "N Loop 20",
    "Grand River Ave",
    "W 63rd St",
    "Old Spanish Trl",
    "Frontage Rd",
    "Cottonwood Dr",
    "Bandera Rd",
    "Pecan St",
    "Jefferson Blvd",
    "SW 4th Ave",
    "Industrial Pkwy",
]
US_HOMES = [
    ("Laredo", "TX", "780"),
    ("San Antonio", "TX", "782"),
    ("El Paso", "TX", "799"),
    ("Houston", "TX", "770"),
    ("Fontana", "CA", "923"),
    ("Stockton", "CA", "952"),
    ("Joliet", "IL", "604"),
    ("Indianapolis", "IN", "462"),
    ("Memphis", "TN", "381"),
    ("Gallup", "NM", "873"),
    ("Sacramento", "CA", "958"),
    ("Columbus", "OH", "432"),
    ("Dearborn", "MI", "481"),
    ("Kent", "WA", "980"),
]
MX_PLACES = [
    ("Monterrey", "Nuevo León", "64"),
    ("Apodaca", "Nuevo León", "66"),
    ("Saltillo", "Coahuila", "25"),
    ("Nuevo Laredo", "Tamaulipas", "88"),
    ("Querétaro", "Querétaro", "76"),
    ("Guadalajara", "Jalisco", "44"),
    ("Ciudad Juárez", "Chihuahua", "32"),
    ("San Luis Potosí", "San Luis Potosí", "78"),
    ("Tlalnepantla", "Estado de México", "54"),
]
MX_STREETS = [
    "Av. Constitución",
    "Calle Hidalgo",
    "Blvd. Díaz Ordaz",
    "Av. Ruiz Cortines",
    "Calle Morelos",
    "Av. Lázaro Cárdenas",
    "Calle Zaragoza",
    "Privada Los Pinos",
]
COLONIAS = ["Col. Centro", "Col. Mitras Norte", "Col. Industrial", "Fracc. Las Brisas", "Col. Roma"]
SHIPPERS = [
    "Rio Grande Produce Co.",
    "Sierra Madre Steel",
    "Great Lakes Paper Mills",
    "Hill Country Beverages",
    "Bajío Autopartes S.A. de C.V.",
    "Monterrey Glass Works",
    "Prairie Grain Cooperative",
    "Gulf Coast Polymers",
    "Pacific Cold Storage",
    "Appalachian Lumber Supply",
]
CARRIERS = [
    "Singh Brothers Transport LLC",
    "Garza Trucking Inc",
    "Lone Star Haulers",
    "Blue Ox Freight",
    "Transportes Treviño S.A. de C.V.",
    "Midwest Reefer Lines",
    "Autotransportes del Norte",
    "Red Mesa Carriers",
    "Iron Horse Logistics",
    "Petrenko Express Inc",
]
FACILITIES = [
    ("Rio Grande Produce DC", "5810 Mines Rd", "Laredo", "TX", "78041", 27.5806, -99.5114),
    ("Gulf Coast Polymers Plant 3", "1200 Industrial Blvd", "Baytown", "TX", "77520", 29.7355, -94.9774),
    ("Great Lakes Paper Whse B", "2400 Channahon Rd", "Joliet", "IL", "60436", 41.4870, -88.1440),
    ("Pacific Cold Storage", "14500 Slover Ave", "Fontana", "CA", "92337", 34.0633, -117.4628),
    ("Hill Country Beverages Bottling", "700 FM 306", "New Braunfels", "TX", "78130", 29.7469, -98.0808),
    ("Appalachian Lumber Yard 2", "88 Riverside Dr", "Bristol", "VA", "24201", 36.5951, -82.1887),
    ("Prairie Grain Elevator", "301 Depot St", "Salina", "KS", "67401", 38.8403, -97.6114),
    ("Sierra Madre Steel Cross-Dock", "9100 Frontage Rd", "Laredo", "TX", "78045", 27.6520, -99.5430),
]
LANE_CITIES = [
    "Laredo, TX",
    "Chicago, IL",
    "Atlanta, GA",
    "Dallas, TX",
    "Ontario, CA",
    "Memphis, TN",
    "Columbus, OH",
    "Monterrey, NL",
    "Saltillo, COAH",
    "Kansas City, MO",
    "Phoenix, AZ",
]
STATES = ["TX", "CA", "IL", "NM", "AZ", "OK", "GA", "TN", "IN", "OH", "MO", "KS"]
TRUCK_STOPS = [
    ("Love's Travel Stop #612", "Cotulla", "TX"),
    ("Pilot Travel Center #394", "Amarillo", "TX"),
    ("Flying J #709", "Joplin", "MO"),
    ("TA Petro #355", "Laredo", "TX"),
    ("Love's #251", "Gallup", "NM"),
    ("Pilot #1120", "Effingham", "IL"),
    ("Buc-ee's Fleet Lane", "Temple", "TX"),
]
PORTS = [
    "Laredo - World Trade Bridge",
    "Laredo - Colombia Solidarity",
    "Pharr - International Bridge",
    "El Paso - Ysleta",
    "Otay Mesa",
    "Eagle Pass - Camino Real",
]


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    if f.r.random() < 0.3:
        return f"{first(f)} {f.pick([*LAST[:9], 'López', 'Salinas'])} {f.pick([*LAST[:9], 'Cruz'])}"
    return f"{first(f)} {last(f)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúñüžćÁÉÍÓÚÑ' ", "aeiounuzcAEIOUN..")
    return s.translate(table).lower()


def email(f: Fake) -> str:
    a, b = ascii_fold(first(f)).split(".")[0], ascii_fold(last(f)).replace(".", "")
    user = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}{a}{f.r.randint(60, 99)}"])
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def work_email(f: Fake) -> str:
    a, b = ascii_fold(first(f)).split(".")[0], ascii_fold(last(f)).replace(".", "")
    dom = f.pick(["riograndeproduce.com", "gcpolymers.com", "glpaper.com", "hcbev.com", "bajioautopartes.mx"])
    return f"{f.pick([a + '.' + b, a[0] + b])}@{dom}"


def us_phone(f: Fake) -> str:
    area = f.pick([956, 210, 915, 713, 909, 815, 317, 901, 505, 614, 313, 253, 312, 469])
    ex, line = f.r.randint(200, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{area}{ex}{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def mx_phone(f: Fake) -> str:
    lada = f.pick(["81", "55", "33", "844", "867", "442", "656"])
    rest = f.digits(10 - len(lada))
    fmt = f.pick(["e164", "spaced", "mobile", "local"])
    if fmt == "e164":
        return f"+52{lada}{rest}"
    if fmt == "mobile":
        return f"+521{lada}{rest}"
    if fmt == "spaced":
        return f"+52 {lada} {rest[:4]} {rest[4:]}" if len(lada) == 2 else f"+52 {lada} {rest[:3]} {rest[3:]}"
    return f"{lada} {rest[:4]} {rest[4:]}" if len(lada) == 2 else f"({lada}) {rest[:3]} {rest[3:]}"


def phone(f: Fake) -> str:
    return us_phone(f) if f.r.random() < 0.65 else mx_phone(f)


def us_street(f: Fake) -> str:
    unit = f.pick(["", "", "", " Apt 4B", " Unit 12", " Lot 37"])
    return f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}{unit}"


def us_home(f: Fake) -> tuple[str, str, str]:
    city, state, zip3 = f.pick(US_HOMES)
    return city, state, zip3 + f"{f.r.randint(1, 99):02d}"


def home_city(f: Fake) -> str:
    """Draws a home (city, state, zip) and remembers it for the state and zip that follow."""
    f.home = us_home(f)
    return f.home[0]


def home_state(f: Fake) -> str:
    return f.home[1]


def home_zip(f: Fake) -> str:
    return f.home[2]


def mx_city(f: Fake) -> str:
    f.mx = f.pick(MX_PLACES)
    return f.mx[0]


def mx_state(f: Fake) -> str:
    return f.mx[1]


def mx_cp(f: Fake) -> str:
    return f.mx[2] + f.digits(3)


def us_address_line(f: Fake) -> str:
    city, state, zip_ = us_home(f)
    return f"{us_street(f)}, {city}, {state} {zip_}"


def mx_address_line(f: Fake) -> str:
    city, state, cp = f.pick(MX_PLACES)
    street = f"{f.pick(MX_STREETS)} {f.r.randint(10, 4999)}, {f.pick(COLONIAS)}"
    return f"{street}, C.P. {cp}{f.digits(3)}, {city}, {state}"


def dob(f: Fake) -> str:
    return f.date(1958, 2002)


def lat(f: Fake) -> float:
    return round(f.r.uniform(19.2, 47.5), 6)


def lon(f: Fake) -> float:
    return round(f.r.uniform(-121.5, -80.2), 6)


def us_ts(f: Fake) -> str:
    return f.iso()


def photo_url(f: Fake, kind: str) -> str:
    return f"https://files.carretera.app/{kind}/{f.uuid()}/IMG_{f.r.randint(1000, 9999)}.jpg"


# -- identifiers with their real check digits -------------------------------------------------------

CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    vowels = "AEIOU"
    y, m, d = f.r.randint(58, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    head = f.pick(letters) + f.pick(vowels) + f.pick(letters) + f.pick(letters)
    state = f.pick(["NL", "CL", "TS", "JC", "CH", "SP", "DF", "MC", "QT"])
    cons = "".join(f.pick("BCDFGHJKLMNPRSTVZ") for _ in range(3))
    body = f"{head}{y:02d}{m:02d}{d:02d}{f.pick('HM')}{state}{cons}0"
    total = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(base: str) -> str:
    padded = base if len(base) == 12 else " " + base
    total = sum(RFC_ALPHA.index(c) * (13 - i) for i, c in enumerate(padded))
    digit = 11 - total % 11
    return "0" if digit == 11 else "A" if digit == 10 else str(digit)


def rfc_person(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    base = "".join(f.pick(letters) for _ in range(4))
    base += f"{f.r.randint(58, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    base += f.pick(letters) + f.pick("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
    return base + rfc_check(base)


def rfc_company(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    base = "".join(f.pick(letters) for _ in range(3))
    base += f"{f.r.randint(90, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    base += f.pick(letters) + f.pick("123456789")
    return base + rfc_check(base)


def nss(f: Fake) -> str:
    return f.luhn_complete(
        f"{f.r.randint(1, 99):02d}{f.r.randint(60, 99):02d}{f.r.randint(40, 99):02d}{f.digits(4)}"
    )


def clabe(f: Fake) -> str:
    bank = f.pick(["002", "012", "014", "021", "072", "030"])
    body = bank + f"{f.r.randint(10, 999):03d}" + f.digits(11)
    weights = [3, 7, 1] * 6
    total = sum(int(c) * weights[i] % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def aba(f: Fake) -> str:
    while True:
        body = f.pick(["1140", "1110", "0710", "0210", "0720", "1220", "3220"]) + f.digits(4)
        for check in range(10):
            digits = [int(c) for c in body + str(check)]
            weights = [3, 7, 1, 3, 7, 1, 3, 7, 1]
            if sum(d * w for d, w in zip(digits, weights, strict=True)) % 10 == 0:
                return body + str(check)


def us_account(f: Fake) -> str:
    return f.digits(f.pick([9, 10, 12]))


VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_MAP.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    wmi = f.pick(["1FU", "3AK", "1XK", "2NK", "4V4", "1XP", "3HS"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(f.pick(chars) for _ in range(5))
    year = f.pick("JKLMNPR")
    tail = f.pick("ABCDLNPS") + f.digits(6)
    partial = wmi + vds + "0" + year + tail
    total = sum(VIN_MAP[c] * w for c, w in zip(partial, VIN_WEIGHTS, strict=True))
    check = total % 11
    return wmi + vds + ("X" if check == 10 else str(check)) + year + tail


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "01"]) + f.digits(12))


def fleet_card(f: Fake) -> str:
    prefix = f.pick(["556766", "55677", "4716", "4485", "528197"])
    return f.luhn_complete(prefix + "".join(str(f.r.randint(0, 9)) for _ in range(15 - len(prefix))))


def cdl(f: Fake, state: str | None = None) -> str:
    state = state or f.pick(["TX", "CA", "IL", "NM", "IN", "WA"])
    if state == "TX":
        return f.digits(8)
    if state == "CA":
        return f.pick("ABCDEFGNRSY") + f.digits(7)
    if state == "IL":
        return f.pick("BDGHKMS") + f.digits(11)
    if state == "WA":
        return "WDL" + "".join(f.pick("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9))
    if state == "IN":
        return f"{f.digits(4)}-{f.digits(2)}-{f.digits(4)}"
    return f.digits(9)


def licencia_federal(f: Fake) -> str:
    return f.pick(["NL", "TAM", "COA", "JAL", "CHIH", "BC"]) + f.digits(f.pick([7, 9]))


def us_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f.pick(
        [
            f"{f.pick(letters)}{f.pick(letters)}{f.pick(letters)}-{f.digits(4)}",
            f"R{f.digits(2)}-{f.digits(4)}",
            f"{f.digits(2)}{f.pick(letters)}{f.pick(letters)}{f.digits(3)}",
            f"P{f.digits(6)}",
        ]
    )


def mx_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{f.digits(2)}-{f.pick(letters)}{f.pick(letters)}-{f.digits(1)}{f.pick(letters)}"


def mc_number(f: Fake) -> str:
    return f.pick(["MC", "MC-", "MC "]) + str(f.r.randint(100000, 1499999))


def dot_number(f: Fake) -> str:
    return str(f.r.randint(1000000, 4199999))


def load_no(f: Fake) -> str:
    return f"LD-{f.r.randint(2400000, 2499999)}"


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(80)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def pm_id(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_" + "".join(f.pick(alnum) for _ in range(24))


def token(f: Fake, n: int = 43) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(f.pick(alnum) for _ in range(n))


def aamva(f: Fake) -> str:
    state = f.pick(["TX", "CA", "IL"])
    iin = {"TX": "636015", "CA": "636014", "IL": "636035"}[state]
    city, st, zip_ = us_home(f)
    birth = dob(f).replace("-", "")
    birth = birth[4:] + birth[:4]
    return (
        f"@\n\x1e\rANSI {iin}090102DL00410278ZT03190008DLDCAA\nDCBN\nDCDH\nDBA{f.r.randint(1, 12):02d}"
        f"152028\nDCS{ascii_fold(last(f)).upper()}\nDAC{ascii_fold(first(f)).split('.')[0].upper()}\n"
        f"DBD{f.r.randint(1, 12):02d}012022\nDBB{birth}\nDBC1\nDAYBRO\nDAU071 IN\n"
        f"DAG{us_street(f).upper()}\nDAI{city.upper()}\nDAJ{st}\nDAK{zip_}0000\nDAQ{cdl(f, state)}\n"
    )


# -- contexts of the client libraries ---------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
]


def web_context(f: Fake, site: str, paths: list[str], titles: list[str]):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://app.carretera.app/loads", "https://www.dat.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?tab=active", "?status=in_transit&page=2", "?utm_source=google&utm_medium=cpc"]
                )
            ),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: "https://" + site + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UA_DESKTOP)),
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
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-US", "en-US"])),
        "timezone": G(
            lambda f: f.pick(
                [
                    "America/Chicago",
                    "America/Mexico_City",
                    "America/Monterrey",
                    "America/Los_Angeles",
                    "America/New_York",
                ]
            )
        ),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["driver_recruiting_tx", "q3_reefer_capacity", "shipper_webinar_may", "crossborder_ads"]
                )
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "indeed", "newsletter", "linkedin"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "job_board"])),
            "term": G(
                lambda f: f.pick(
                    ["cdl a jobs laredo", "reefer loads", "cross border freight", "owner operator lease"]
                )
            ),
            "content": G(lambda f: f.pick(["hero_cta", "carousel_2", "textlink", "video_15s"])),
        },
    }


TMS_PATHS = ["/loads", "/loads/board", "/carriers", "/drivers", "/tracking", "/billing/payables"]
TMS_TITLES = [
    "Load Board | Carretera TMS",
    "Carriers | Carretera TMS",
    "Tracking | Carretera TMS",
    "Payables | Carretera TMS",
]
SITE_PATHS = ["/", "/drive-with-us", "/shippers/quote", "/carriers/join", "/shop/eld", "/blog/hos-rules-2024"]
SITE_TITLES = [
    "Carretera Freight",
    "Drive With Us | Carretera",
    "Get a Quote | Carretera",
    "Shop ELDs & Dashcams",
]


def tms_ctx(f: Fake):
    return web_context(f, "tms.carretera.app", TMS_PATHS, TMS_TITLES)


def site_ctx(f: Fake):
    return web_context(f, "www.carretera.app", SITE_PATHS, SITE_TITLES)


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Carretera Driver"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6400", "6421", "6502"])),
            "namespace": G(lambda f: "app.carretera.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,16"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 428, 820])),
            "height": G(lambda f: f.pick([844, 926, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "T-Mobile", "Verizon", "Telcel", "AT&T MX"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-US", "pa-IN"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Denver", "America/Monterrey", "America/Phoenix"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Carretera Driver"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "641003", "650001"])),
            "namespace": G(lambda f: "app.carretera.driver"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-T227U", "Pixel 7", "moto g stylus 5G", "ET40"])),
            "name": G(lambda f: f.pick(["gta7litewifi", "panther", "milanf", "ET40"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "11"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 1.5])),
            "width": G(lambda f: f.pick([800, 1080])),
            "height": G(lambda f: f.pick([1340, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "Telcel", "Movistar"])),
        },
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 31), 1)),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "ru-RU", "so-SO"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "America/Los_Angeles"])),
        "instanceId": G(lambda f: f.uuid()),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-T227U Build/TP1A.220624.014)"),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Carretera Carrier"),
            "version": G(lambda f: f.pick(["3.12.0", "3.12.4", "3.13.0"])),
            "build": G(lambda f: f.pick(["312", "3124", "313"])),
            "namespace": G(lambda f: "app.carretera.carrier"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546U", "Pixel 6a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "uk-UA"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/Monterrey", "America/Indiana/Indianapolis"])
        ),
        "traits": {
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
            "role": G(lambda f: f.pick(["owner_operator", "dispatcher", "fleet_admin"])),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Carretera Wellness"),
            "version": G(lambda f: f.pick(["2.1.0", "2.1.3", "2.2.0"])),
            "build": G(lambda f: f.pick(["41", "44", "47"])),
            "namespace": G(lambda f: "app.carretera.wellness"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OnePlus"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-G991U", "CPH2451"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 384, 412])),
            "height": G(lambda f: f.pick([844, 854, 919])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "vi-VN"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Phoenix", "America/Mexico_City"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.2", "2.1.3"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.4.3"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Segment.Analytics.CSharp": ["2.3.5", "2.4.0"],
}


def server_ctx(lib: str):
    def build(f: Fake):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if lib in ("@segment/analytics-node", "analytics-python"):
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_DESKTOP))
            ctx["traits"] = {
                "email": Y(email, "email"),
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
            }
        if lib == "@segment/analytics-node":
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib == "Segment.Analytics.CSharp":
            ctx["protocols"] = {"sourceId": G(lambda f: f.pick(["tms_core_prod", "tms_core_stg"]))}
            ctx["groupId"] = G(lambda f: "cust_" + f.digits(5))
        if lib == "analytics-go":
            ctx["instanceId"] = G(lambda f: f.uuid())
        return ctx

    return build


CONTEXTS = {
    "tms": tms_ctx,
    "site": site_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server_ctx("analytics-python"),
    "node": server_ctx("@segment/analytics-node"),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php"),
    "dotnet": server_ctx("Segment.Analytics.CSharp"),
}

# -- helpers for shared shapes ----------------------------------------------------------------------


def facility(pascal: bool):
    def pick(i):
        return lambda f: f.facility[i]

    def name(f):
        f.facility = f.pick(FACILITIES)
        return f.facility[0]

    keys = ["FacilityName", "Address1", "City", "State", "Zip", "Latitude", "Longitude", "DockPhone"]
    if not pascal:
        keys = ["facilityName", "address1", "city", "state", "zip", "latitude", "longitude", "dockPhone"]
    return {
        keys[0]: G(name),
        keys[1]: G(pick(1)),
        keys[2]: G(pick(2)),
        keys[3]: G(pick(3)),
        keys[4]: G(pick(4)),
        keys[5]: G(lambda f: round(f.facility[5] + f.r.uniform(-0.002, 0.002), 5)),
        keys[6]: G(lambda f: round(f.facility[6] + f.r.uniform(-0.002, 0.002), 5)),
        keys[7]: G(
            lambda f: f.pick(
                ["(956) 791-4400", "281-424-3100", "(815) 740-2200", "909-822-7700", "830.625.1800"]
            )
        ),
    }


def lane_city(f: Fake) -> str:
    f.lane = f.pick(LANE_CITIES).split(", ")
    return f.lane[0]


def eld_location(f: Fake) -> str:
    town = f.pick(["Laredo, TX", "Cotulla, TX", "Gallup, NM", "Joplin, MO", "Effingham, IL", "Amarillo, TX"])
    return f"{f.r.randint(1, 9)}mi {f.pick(['N', 'NE', 'SW', 'W', 'S'])} {town}"


def truck_stop(f: Fake) -> str:
    f.stop = f.pick(TRUCK_STOPS)
    return f.stop[0]


def stop_lat(f: Fake) -> float:
    f.facility = f.pick(FACILITIES)
    return round(f.facility[5], 4)


def pod_note(f: Fake) -> str:
    n = full_name(f)
    return f.pick(
        [
            f"Signed by {n}",
            f"{n} refused 2 cases, crushed",
            f"Left with {n} at door 14",
            f"Received by {n}, count verified",
            f"Receiver {n} noted 1 pallet short",
        ]
    )


def chat_text(f: Fake) -> str:
    p = phone(f)
    return f.pick(
        [
            f"receiver says call {p} when you are 30 out",
            f"my new cell is {p}",
            f"call me at {p} im at the gate",
            f"lumper contact {p}, cash only",
            f"Marque al {p} para la cita de descarga",
        ]
    )


def contact_label(f: Fake) -> str:
    return f.pick(
        [
            f"{full_name(f)} · {phone(f)}",
            f"{full_name(f)} ({phone(f)})",
            f"{first(f)} {last(f)[0]}. — {phone(f)}",
        ]
    )


def voice_input(f: Fake) -> str:
    return f.pick(
        [
            f"call {full_name(f)}",
            f"text {first(f)} {last(f)} I am twenty minutes out",
            f"llamar a {full_name(f)}",
            f"send message to dispatcher {full_name(f)}",
        ]
    )


def driver_query(f: Fake) -> str:
    return f.pick([full_name(f), last(f) + ", " + first(f), us_phone(f), mx_phone(f)])


def check_call_note(f: Fake) -> str:
    return f.pick(
        [
            "Running 2h late, traffic at World Trade Bridge",
            "Loaded, rolling. ETA on time",
            "Detention at shipper, in door 6 since 0900",
            "Reefer set to 34F, pulp temp ok",
            "Driver on 10hr break, resumes 05:00",
            "Waiting on customs broker release",
            "Empty, heading to next pickup",
        ]
    )


def sms_body(f: Fake) -> str:
    return f.pick(
        [
            f"Carretera: load {load_no(f)} pickup appt confirmed for {f.r.randint(6, 16)}:00.",
            f"Carretera: new load offer {load_no(f)} Laredo TX > Joliet IL. Reply 1 to accept.",
            "Carretera: your settlement is ready in the app.",
            f"Carretera: tu carga {load_no(f)} fue asignada. Revisa la app.",
            "Carretera: reminder, ELD data transfer due today.",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- driver identity and profile ------------------------------------------------------------
    (
        "identify",
        None,
        "kotlin",
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "driverId": G(lambda f: "drv_" + f.digits(6)),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
            "carrierName": G(lambda f: f.pick(CARRIERS)),
            "role": G(lambda f: f.pick(["company_driver", "owner_operator", "team_driver"])),
            "cdlNumber": RED(lambda f: cdl(f), "national id|license"),
            "cdlState": G(lambda f: f.pick(["TX", "CA", "IL", "NM", "IN", "WA"])),
            "cdlClass": G(lambda f: f.pick(["A", "A", "B"])),
            "endorsements": Many(G(lambda f: f.pick(["H", "N", "T", "X", "P"])), 3),
            "hazmatEndorsed": G(lambda f: f.pick([True, False])),
            "medicalCardExpires": G(lambda f: f.date(2024, 2026)),
            "homeAddress": {
                "street": Y(us_street, "street|address"),
                "city": Y(home_city, "city"),
                "state": G(home_state),
                "postalCode": Y(home_zip, "zipcode"),
                "country": G(lambda f: "US"),
            },
            "birthday": Y(dob, "birthdate"),
            "emergencyContact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "mother", "brother", "daughter", "friend"])),
            },
            "createdAt": G(us_ts),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "yearsExperience": G(lambda f: f.r.randint(1, 35)),
            "truckUnit": G(lambda f: f"T-{f.r.randint(100, 2999)}"),
            "avatar": Y(lambda f: photo_url(f, "avatars"), "photo"),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "divorced"])),
            "age": G(lambda f: f.r.randint(23, 67)),
        },
    ),
    (
        "identify",
        None,
        "tms",
        {
            "email": Y(work_email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(us_phone, "phone"),
            "title": G(
                lambda f: f.pick(
                    ["Logistics Manager", "Shipping Coordinator", "Traffic Manager", "Dispatcher"]
                )
            ),
            "company": {
                "name": G(lambda f: f.pick(SHIPPERS)),
                "id": G(lambda f: "shp_" + f.digits(5)),
                "industry": G(lambda f: f.pick(["Food & Beverage", "Chemicals", "Automotive", "Paper"])),
                "employee_count": G(lambda f: f.pick([50, 220, 1200, 8000])),
            },
            "plan": G(lambda f: f.pick(["shipper_basic", "shipper_pro", "enterprise"])),
            "createdAt": G(us_ts),
            "userType": G(lambda f: f.pick(["shipper", "broker_rep", "dispatcher"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "DRIVER_ID": G(lambda f: "drv_" + f.digits(6)),
            "DRIVER_FIRST_NAME": Y(first, "name"),
            "DRIVER_LAST_NAME": Y(last, "name"),
            "MOBILE_PHONE": Y(phone, "phone"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "HOME_ZIP": Y(lambda f: us_home(f)[2], "zipcode"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HIRE_DATE": G(lambda f: f.date(2012, 2024)),
            "TERMINAL_CODE": G(lambda f: f.pick(["LRD", "SAT", "JOT", "ONT"])),
            "LIFETIME_MILES": G(lambda f: f.r.randint(5000, 2500000)),
            "SAFETY_SCORE": G(lambda f: f.r.randint(55, 100)),
            "CPM_RATE": Y(lambda f: round(f.r.uniform(0.52, 0.78), 2), "salary"),
            "IS_OWNER_OPERATOR": G(lambda f: f.pick([True, False])),
            "TENURE_BAND": G(lambda f: f.pick(["0-1y", "1-3y", "3-5y", "5y+"])),
            "DRIVER_AGE": G(lambda f: f.r.randint(22, 70)),
            "LAST_LOAD_AT": G(us_ts),
            "CHURN_RISK": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "group",
        None,
        "node",
        {
            "name": G(lambda f: f.pick(CARRIERS)),
            "mc_number": G(mc_number),
            "dot_number": G(dot_number),
            "scac": G(lambda f: f.pick(["SBTL", "GRZT", "LSHX", "BOXF", "TTRV", "MWRL"])),
            "physical_address": {
                "street": G(
                    lambda f: (
                        f"{f.r.randint(100, 9999)} "
                        + f.pick(["Industrial Pkwy", "Killam Industrial Blvd", "Trade Center Dr"])
                    )
                ),
                "city": G(lambda f: f.pick(["Laredo", "Fontana", "Joliet", "Apodaca"])),
                "state": G(lambda f: f.pick(["TX", "CA", "IL", "NL"])),
                "postal_code": G(lambda f: f.pick(["78045", "92335", "60436", "66600"])),
            },
            "main_phone": G(
                lambda f: f.pick(["(956) 723-1100", "909-350-4400", "+52 81 8321 9000", "815.726.3000"])
            ),
            "dispatch_email": G(
                lambda f: f.pick(
                    [
                        "dispatch@singhbros.com",
                        "ops@garzatrucking.com",
                        "loads@redmesacarriers.com",
                        "trafico@ttrevino.mx",
                    ]
                )
            ),
            "fleet_size": G(lambda f: f.r.randint(1, 400)),
            "safety_rating": G(lambda f: f.pick(["satisfactory", "unrated", "conditional"])),
            "authority_status": G(lambda f: f.pick(["active", "pending", "revoked"])),
            "factoring_company": G(lambda f: f.pick(["RTS Financial", "Triumph", "OTR Solutions", "none"])),
            "owner_name": Y(full_name, "name"),
            "owner_cell": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(["carrier_free", "carrier_plus"])),
        },
    ),
    # -- load lifecycle (TMS, .NET) -------------------------------------------------------------
    (
        "track",
        "Load Tendered",
        "dotnet",
        {
            "LoadNumber": G(load_no),
            "ShipperId": G(lambda f: "shp_" + f.digits(5)),
            "ShipperName": G(lambda f: f.pick(SHIPPERS)),
            "Origin": facility(True),
            "Destination": {
                "City": G(lane_city),
                "State": G(lambda f: f.lane[1]),
                "ReceivingContactName": Y(full_name, "name"),
                "ReceivingContactPhone": Y(us_phone, "phone"),
                "ConsigneeName": G(
                    lambda f: f.pick(
                        ["H-E-B Grocery DC", "Kroger Atlanta DC", "AutoZone DC 25", "Costco Depot Mira Loma"]
                    )
                ),
            },
            "PickupWindowStart": G(us_ts),
            "Equipment": G(lambda f: f.pick(["53' Dry Van", "53' Reefer", "48' Flatbed", "Step Deck"])),
            "WeightLbs": G(lambda f: f.r.randint(8000, 44500)),
            "Commodity": G(
                lambda f: f.pick(
                    ["Fresh avocados", "Auto parts", "Paper rolls", "Bottled water", "PET resin"]
                )
            ),
            "RateUsd": G(lambda f: f.money(900, 7800)),
            "Hazmat": G(lambda f: f.pick([True, False])),
            "ShipperContactName": Y(full_name, "name"),
            "ShipperContactPhone": Y(us_phone, "phone"),
            "ShipperContactEmail": Y(work_email, "email"),
            "PoNumbers": Many(G(lambda f: f.digits(f.pick([7, 8, 10]))), 3),
            "ReferenceNumbers": Many(
                {
                    "Type": G(lambda f: f.pick(["PO", "BOL", "SO", "PU#"])),
                    "Value": G(lambda f: f.digits(f.pick([6, 9, 10]))),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Load Booked",
        "tms",
        {
            "loadId": G(load_no),
            "carrierId": G(lambda f: "car_" + f.digits(6)),
            "carrierMc": G(mc_number),
            "carrierDot": G(dot_number),
            "carrierName": G(lambda f: f.pick(CARRIERS)),
            "dispatcherName": Y(full_name, "name"),
            "dispatcherPhone": Y(phone, "phone"),
            "dispatcherEmail": Y(email, "email"),
            "driverName": Y(full_name, "name"),
            "driverCell": Y(phone, "phone"),
            "truckNumber": G(lambda f: f.pick(["", "T-"]) + str(f.r.randint(100, 2999))),
            "trailerNumber": G(lambda f: f.pick(["53", "R", "V"]) + f.digits(4)),
            "tractorPlate": Y(lambda f: f.pick([us_plate(f), mx_plate(f)]), "license"),
            "linehaulRate": G(lambda f: f.money(800, 6500)),
            "fuelSurcharge": G(lambda f: f.money(0, 600)),
            "accessorials": Many(
                {
                    "code": G(lambda f: f.pick(["DET", "LUMP", "TONU", "LAYOVER"])),
                    "amount": G(lambda f: f.money(50, 400)),
                },
                2,
            ),
            "marginPct": G(lambda f: round(f.r.uniform(4, 22), 1)),
            "bookedVia": G(lambda f: f.pick(["load_board", "phone", "api", "auto_book"])),
            "laneOrigin": G(lambda f: f.pick(LANE_CITIES)),
            "laneDestination": G(lambda f: f.pick(LANE_CITIES)),
            "repEmail": G(
                lambda f: f.pick(
                    ["capacity@carretera.app", "loads@carretera.app", "crossborder@carretera.app"]
                )
            ),
        },
    ),
    (
        "track",
        "Rate Confirmation Signed",
        "node",
        {
            "loadId": G(load_no),
            "rateConId": G(lambda f: "rc_" + f.hexid(12)),
            "envelopeId": G(lambda f: f.uuid()),
            "signerName": Y(full_name, "name"),
            "signerEmail": Y(email, "email"),
            "signerTitle": G(lambda f: f.pick(["Owner", "Dispatcher", "Operations Manager", "President"])),
            "signerIp": Y(lambda f: f.ipv4(), "ip"),
            "signedAt": G(us_ts),
            "documentSha256": G(lambda f: f.hexid(64)),
            "documentUrl": G(lambda f: f"https://docs.carretera.app/ratecon/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Check Call Logged",
        "tms",
        {
            "loadId": G(load_no),
            "status": G(lambda f: f.pick(["at_pickup", "loaded", "in_transit", "at_delivery", "delayed"])),
            "etaAt": G(us_ts),
            "locationCity": Y(
                lambda f: f.pick([c for c, _, _ in US_HOMES] + ["Cotulla", "Dilley", "Texarkana"]),
                "city|geolocation",
            ),
            "locationState": G(lambda f: f.pick(STATES)),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "note": G(check_call_note),
            "source": G(lambda f: f.pick(["driver_app", "eld", "phone", "macropoint"])),
            "driverName": Y(full_name, "name"),
            "calledNumber": Y(phone, "phone"),
            "callDurationSec": G(lambda f: f.r.randint(15, 600)),
            "minutesLate": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    # -- ELD, hours of service and GPS ----------------------------------------------------------
    (
        "track",
        "HOS Status Changed",
        "kotlin",
        {
            "dutyStatus": G(lambda f: f.pick(["OFF", "SB", "D", "ON", "PC", "YM"])),
            "previousStatus": G(lambda f: f.pick(["OFF", "SB", "D", "ON"])),
            "eventCode": G(lambda f: f.pick([1, 2, 3, 4])),
            "recordOrigin": G(lambda f: f.pick([1, 2, 3])),
            "sequenceId": G(lambda f: f"{f.r.randint(0, 65535):04X}"),
            "odometerMiles": G(lambda f: f.r.randint(100000, 990000)),
            "latitude": Y(lambda f: round(lat(f), 2), "geolocation"),
            "longitude": Y(lambda f: round(lon(f), 2), "geolocation"),
            "locationDescription": Y(eld_location, "geolocation|city"),
            "malfunctionIndicator": G(lambda f: f.pick([False, False, True])),
            "coDriverId": G(lambda f: f.pick(["", "drv_" + f.digits(6)])),
            "coDriverName": Y(full_name, "name"),
            "driverLicenseNumber": RED(lambda f: cdl(f), "national id|license"),
            "remainingDriveMinutes": G(lambda f: f.r.randint(0, 660)),
            "remainingShiftMinutes": G(lambda f: f.r.randint(0, 840)),
            "vehicleVin": Y(vin, "serial"),
            "eldRegistrationId": G(lambda f: f.pick(["CRT1", "ZX42", "7HQ9"])),
            "eldIdentifier": G(lambda f: f.pick(["CRTELD", "CRT2A1"])),
            "annotation": G(
                lambda f: f.pick(
                    [
                        "",
                        "Personal conveyance to truck stop",
                        "Yard move at shipper",
                        "Adverse weather exemption",
                    ]
                )
            ),
            "pairedDeviceMac": Y(lambda f: f.mac(), "mac"),
        },
    ),
    (
        "track",
        "Location Batch Uploaded",
        "go",
        {
            "vehicleId": G(lambda f: "veh_" + f.digits(5)),
            "deviceImei": Y(imei, "serial|identification"),
            "firmware": G(lambda f: f.pick(["CM31.4.2", "CM31.5.0", "VG54-2.18.1"])),
            "pings": Many(
                {
                    "lat": Y(lat, "geolocation"),
                    "lng": Y(lon, "geolocation"),
                    "speedMph": G(lambda f: round(f.r.uniform(0, 72), 1)),
                    "heading": G(lambda f: f.r.randint(0, 359)),
                    "ts": G(lambda f: f.epoch_ms()),
                    "ignition": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "batchSize": G(lambda f: f.r.randint(1, 120)),
        },
    ),
    (
        "track",
        "Arrived At Stop",
        "swift",
        {
            "loadId": G(load_no),
            "stopId": G(lambda f: "stp_" + f.hexid(10)),
            "stopType": G(lambda f: f.pick(["pickup", "delivery", "fuel", "border"])),
            "stopSequence": G(lambda f: f.r.randint(1, 6)),
            "geofenceRadiusM": G(lambda f: f.pick([150, 300, 500])),
            "stopLocation": {
                "lat": G(stop_lat),
                "lng": G(lambda f: round(f.facility[6], 4)),
            },
            "deviceLocation": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracyM": G(lambda f: f.pick([5, 10, 16, 35, 65])),
            },
            "arrivedAt": G(us_ts),
        },
    ),
    (
        "screen",
        "Load Details",
        "swift",
        {
            "loadId": G(load_no),
            "fromPush": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- delivery: POD, gate, border ------------------------------------------------------------
    (
        "track",
        "Proof Of Delivery Captured",
        "rn",
        {
            "loadId": G(load_no),
            "stopId": G(lambda f: "stp_" + f.hexid(10)),
            "bolNumber": G(lambda f: "BOL" + f.digits(8)),
            "proNumber": G(lambda f: f.digits(10)),
            "sealNumber": G(lambda f: f.pick(["", "SL"]) + f.digits(7)),
            "podPhotos": Many(
                {
                    "url": Y(lambda f: photo_url(f, "pod"), "photo"),
                    "sha256": G(lambda f: f.hexid(64)),
                    "takenAt": G(us_ts),
                    "widthPx": G(lambda f: f.pick([3024, 4032, 1920])),
                },
                3,
            ),
            "signatureImageUrl": Y(
                lambda f: f"https://files.carretera.app/signatures/{f.uuid()}.png", "photo"
            ),
            "receiverName": Y(full_name, "name"),
            "notes": Y(pod_note, "name", True),
            "piecesReceived": G(lambda f: f.r.randint(1, 26)),
            "osd": G(lambda f: f.pick(["none", "over", "short", "damaged"])),
            "damageNotes": G(
                lambda f: f.pick(
                    ["", "Corner of pallet 3 crushed", "Shrink wrap torn, product ok", "Wet boxes on tail"]
                )
            ),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gate Check In",
        "java",
        {
            "gateId": G(lambda f: f.pick(["LRD-G1", "LRD-G2", "JOT-MAIN", "ONT-N"])),
            "facilityCode": G(lambda f: f.pick(["RGP01", "GCP03", "GLP0B"])),
            "carrierScac": G(lambda f: f.pick(["SBTL", "GRZT", "LSHX", "TTRV"])),
            "trailerNumber": G(lambda f: f.pick(["53", "R", "V"]) + f.digits(4)),
            "sealNumber": G(lambda f: f.pick(["", "SL"]) + f.digits(7)),
            "appointmentId": G(lambda f: "apt_" + f.digits(7)),
            "barcodePayload": RED(aamva, "national id|license", True),
            "scanDurationMs": G(lambda f: f.r.randint(120, 4000)),
            "checkedInAt": G(us_ts),
            "guardUserId": G(lambda f: "usr_" + f.digits(5)),
            "driverName": Y(full_name, "name"),
            "driverPhone": Y(phone, "phone"),
            "tractorPlate": Y(lambda f: f.pick([us_plate(f), mx_plate(f)]), "license"),
            "doorAssigned": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Border Crossing Completed",
        "swift",
        {
            "loadId": G(load_no),
            "port": G(lambda f: f.pick(PORTS)),
            "driverFullName": Y(full_name, "name"),
            "dateOfBirth": Y(dob, "birthdate"),
            "direction": G(lambda f: f.pick(["northbound", "southbound"])),
            "waitMinutes": G(lambda f: f.r.randint(10, 360)),
            "fastCardNumber": RED(lambda f: "1" + f.digits(8), "national id"),
            "passportNumber": RED(
                lambda f: f.pick([f.digits(9), "G" + f.digits(8), "N" + f.digits(8)]), "passport|national id"
            ),
            "visaType": RED(lambda f: f.pick(["B1", "B1/B2", "US citizen", "LPR"]), "visa"),
            "citizenship": Y(lambda f: f.pick(["MX", "US", "IN", "UA"]), "citizenship"),
            "aceManifestId": G(lambda f: "ACE" + f.digits(9)),
            "entryNumber": G(lambda f: f"{f.pick(['ABC', 'K9T', '336'])}-{f.digits(7)}-{f.digits(1)}"),
            "pedimento": G(lambda f: f"24 {f.r.randint(10, 99)} {f.digits(4)} {f.digits(7)}"),
            "secondaryInspection": G(lambda f: f.pick([False, False, True])),
        },
    ),
    # -- fuel and fuel cards --------------------------------------------------------------------
    (
        "track",
        "Fuel Purchase",
        "java",
        {
            "transactionId": G(lambda f: f.digits(12)),
            "cardNumber": RED(fleet_card, "credit card"),
            "cardLast4": G(lambda f: f.digits(4)),
            "embossedName": Y(lambda f: ascii_fold(full_name(f)).replace(".", " ").upper(), "name"),
            "driverIdPrompt": G(lambda f: f.digits(f.pick([4, 5, 6]))),
            "unitNumber": G(lambda f: f"T-{f.r.randint(100, 2999)}"),
            "merchantName": G(truck_stop),
            "merchantCity": G(lambda f: f.stop[1]),
            "merchantState": G(lambda f: f.stop[2]),
            "product": G(lambda f: f.pick(["ULSD", "DEF", "REEFER"])),
            "gallons": G(lambda f: round(f.r.uniform(20, 180), 3)),
            "pricePerGallon": G(lambda f: round(f.r.uniform(3.4, 4.9), 3)),
            "totalAmount": G(lambda f: f.money(60, 900)),
            "authCode": G(lambda f: f.digits(6)),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Fuel Card PIN Reset Requested",
        "swift",
        {
            "cardLast4": G(lambda f: f.digits(4)),
            "deliveryMethod": G(lambda f: f.pick(["sms", "email", "voice"])),
            "verificationCode": RED(lambda f: f.digits(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "pinLength": G(lambda f: 4),
        },
    ),
    # -- payments, factoring, settlements -------------------------------------------------------
    (
        "track",
        "Carrier Payment Sent",
        "python",
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "load_ids": Many(G(load_no), 3),
            "amount": G(lambda f: f.money(500, 12000)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "method": G(lambda f: f.pick(["ach", "quickpay", "wire", "comcheck"])),
            "payee": {
                "legal_name": G(lambda f: f.pick(CARRIERS)),
                "carrier_id": G(lambda f: "car_" + f.digits(6)),
                "tin": RED(
                    lambda f: f.pick([f.ssn(), f"{f.r.randint(10, 99)}-{f.digits(7)}"]),
                    "national id|social security number",
                ),
                "tin_type": G(lambda f: f.pick(["SSN", "EIN"])),
            },
            "bank_account": {
                "routing_number": G(aba),
                "account_number": RED(us_account, "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
                "bank_name": G(
                    lambda f: f.pick(["IBC Bank", "Chase", "Wells Fargo", "Falcon International Bank"])
                ),
            },
            "clabe": RED(clabe, "bank account"),
            "remit_to": {
                "name": G(lambda f: f.pick(["RTS Financial", "Triumph Business Capital", "OTR Solutions"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "PO Box 840267, Dallas, TX 75284",
                            "PO Box 610028, Dallas, TX 75261",
                            "PO Box 1000, Dept 142, Memphis, TN 38148",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Invoice Factored",
        "ruby",
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "client_id": G(lambda f: "C" + f.digits(5)),
            "debtor_name": G(lambda f: f.pick(SHIPPERS)),
            "debtor_mc": G(mc_number),
            "advance_rate": G(lambda f: f.pick([0.9, 0.95, 0.97])),
            "advance_amount": G(lambda f: f.money(500, 9000)),
            "fee_amount": G(lambda f: f.money(10, 300)),
            "noa_sent": G(lambda f: f.pick([True, False])),
            "verification_contact_name": Y(full_name, "name"),
            "verification_contact_email": Y(work_email, "email"),
            "funded_at": G(us_ts),
        },
    ),
    (
        "track",
        "Driver Settlement Issued",
        "java",
        {
            "settlementId": G(lambda f: "st_" + f.digits(8)),
            "driverId": G(lambda f: "drv_" + f.digits(6)),
            "driverName": Y(full_name, "name"),
            "periodStart": G(lambda f: f.date(2024, 2024)),
            "periodEnd": G(lambda f: f.date(2024, 2024)),
            "totalMiles": G(lambda f: f.r.randint(800, 3600)),
            "loadsCount": G(lambda f: f.r.randint(1, 9)),
            "cpm": Y(lambda f: round(f.r.uniform(0.52, 0.78), 2), "salary"),
            "grossPay": Y(lambda f: f.money(900, 3800), "salary"),
            "netPay": Y(lambda f: f.money(700, 3200), "salary"),
            "deductions": Many(
                {
                    "code": G(
                        lambda f: f.pick(["ESCROW", "OCC_ACC", "ELD_LEASE", "FUEL_ADV", "TRUCK_LEASE"])
                    ),
                    "amount": G(lambda f: f.money(10, 900)),
                },
                3,
            ),
            "directDeposit": {
                "routingNumber": G(aba),
                "accountNumber": RED(us_account, "bank account"),
                "accountLast4": G(lambda f: f.digits(4)),
            },
            "occAccPolicyNumber": Y(lambda f: f.pick(["OA", "OCC-"]) + f.digits(8), "identification"),
            "unionLocal": Y(
                lambda f: f.pick(["Teamsters Local 710", "Teamsters Local 657", "Teamsters Local 63"]),
                "trade union",
            ),
            "payFrequency": G(lambda f: f.pick(["weekly", "biweekly"])),
        },
    ),
    (
        "track",
        "W9 Submitted",
        "php",
        {
            "carrier_id": G(lambda f: "car_" + f.digits(6)),
            "name_on_tax_return": Y(full_name, "name"),
            "business_name": G(lambda f: f.pick(CARRIERS)),
            "tax_classification": G(lambda f: f.pick(["individual_sole_proprietor", "single_member_llc"])),
            "tin": RED(lambda f: f.ssn(), "social security number|national id"),
            "tin_type": G(lambda f: "SSN"),
            "mailing_address": Y(us_address_line, "address"),
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "exempt_payee_code": G(lambda f: f.pick(["", "5"])),
            "signature_date": G(lambda f: f.date(2024, 2024)),
            "form_revision": G(lambda f: f.pick(["Rev. March 2024", "Rev. October 2018"])),
        },
    ),
    # -- recruiting and compliance --------------------------------------------------------------
    (
        "track",
        "Driver Application Submitted",
        "site",
        {
            "application_id": G(lambda f: "app_" + f.digits(7)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "zip": Y(lambda f: us_home(f)[2], "zipcode"),
            "cdl_class": G(lambda f: f.pick(["A", "B", "permit"])),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "endorsements": Many(G(lambda f: f.pick(["H", "N", "T", "X"])), 3),
            "accidents_last_3_years": G(lambda f: f.r.randint(0, 3)),
            "moving_violations_last_3_years": G(lambda f: f.r.randint(0, 4)),
            "dui_conviction": Y(lambda f: f.pick([True, False]), "criminal record"),
            "eeo": {
                "gender": Y(lambda f: f.pick(["male", "female", "decline"]), "gender"),
                "race": Y(
                    lambda f: f.pick(
                        [
                            "Hispanic or Latino",
                            "Black or African American",
                            "Asian",
                            "White",
                            "American Indian or Alaska Native",
                            "decline",
                        ]
                    ),
                    "race|ethnicity",
                ),
                "veteran_status": RED(
                    lambda f: f.pick(["protected_veteran", "not_veteran", "decline"]), "veteran"
                ),
                "disability_status": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            },
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_pay_cpm": Y(lambda f: f.pick([0.55, 0.6, 0.65, 0.7]), "salary"),
            "position": G(
                lambda f: f.pick(["OTR Company Driver", "Regional Reefer", "Local Flatbed", "Lease Purchase"])
            ),
            "referral_code": G(lambda f: "REF" + f.digits(5)),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "indeed"])),
            "utm_campaign": G(lambda f: f.pick(["driver_recruiting_tx", "cdl_a_otr", "lease_purchase"])),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "go",
        {
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "driver_license_number": RED(lambda f: cdl(f), "national id|license"),
                "driver_license_state": G(lambda f: f.pick(["TX", "CA", "IL", "NM"])),
                "email": Y(email, "email"),
                "zipcode": Y(lambda f: us_home(f)[2], "zipcode"),
            },
            "report": {
                "id": G(lambda f: f.hexid(24)),
                "status": G(lambda f: f.pick(["clear", "consider", "suspended"])),
                "package": G(lambda f: f.pick(["driver_pro", "mvr_only", "dot_full"])),
                "mvr_status": G(lambda f: f.pick(["clear", "consider"])),
                "psp_crash_count": G(lambda f: f.r.randint(0, 3)),
                "completed_at": G(us_ts),
            },
            "adjudication": G(lambda f: f.pick(["engaged", "pre_adverse_action", "post_adverse_action"])),
            "drug_screen_result": Y(
                lambda f: f.pick(["negative", "negative", "positive", "dilute"]), "diagnosis|condition"
            ),
        },
    ),
    (
        "track",
        "Medical Card Uploaded",
        "kotlin",
        {
            "driverId": G(lambda f: "drv_" + f.digits(6)),
            "medicalCardExpiry": G(lambda f: f.date(2024, 2026)),
            "certificationPeriodMonths": G(lambda f: f.pick([24, 12, 3])),
            "licenseNumber": RED(lambda f: cdl(f), "national id|license"),
            "examinerName": Y(lambda f: "Dr. " + full_name(f), "name"),
            "certificateNumber": Y(lambda f: f.pick(["MEC", "", "DOT-"]) + f.digits(8), "certificate"),
            "restrictions": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "corrective lenses",
                            "hearing aid",
                            "insulin-treated diabetes",
                            "SPE certificate",
                            "none",
                        ]
                    ),
                    "condition",
                ),
                2,
            ),
            "imageUrl": Y(lambda f: photo_url(f, "medcards"), "photo"),
            "fileSizeBytes": G(lambda f: f.r.randint(80000, 4000000)),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
        },
    ),
    (
        "track",
        "Wellness Program Enrolled",
        "flutter",
        {
            "programName": G(
                lambda f: f.pick(["Road to Health", "Sleep Well Rolling", "Quit Dip Challenge"])
            ),
            "bmi": Y(lambda f: round(f.r.uniform(22, 44), 1), "condition"),
            "osaDiagnosed": Y(lambda f: f.pick([True, False]), "diagnosis|condition"),
            "cpapCompliancePct": Y(lambda f: f.r.randint(20, 100), "condition"),
            "tobaccoUser": Y(lambda f: f.pick([True, False]), "condition"),
            "stepsGoal": G(lambda f: f.pick([5000, 7500, 10000])),
            "coachId": G(lambda f: "coach_" + f.digits(3)),
            "enrolledAt": G(us_ts),
        },
    ),
    (
        "track",
        "Rider Request Submitted",
        "swift",
        {
            "requestId": G(lambda f: "rr_" + f.digits(6)),
            "riderName": Y(full_name, "name"),
            "riderPhone": Y(phone, "phone"),
            "riderRelationship": G(lambda f: f.pick(["spouse", "son", "daughter", "partner"])),
            "riderDob": Y(lambda f: f.date(1960, 2010), "birthdate"),
            "petName": G(lambda f: f.pick(["Diesel", "Bella", "Chula", "Rocky", "Kenworth"])),
            "petBreed": G(lambda f: f.pick(["Chihuahua", "Pit mix", "Yorkie", "Blue Heeler"])),
            "petWeightLbs": G(lambda f: f.r.randint(4, 55)),
            "petVaccinationsCurrent": G(lambda f: f.pick([True, False])),
            "tripStart": G(lambda f: f.date(2024, 2024)),
            "tripEnd": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Accident Reported",
        "swift",
        {
            "accidentId": G(lambda f: "acc_" + f.digits(6)),
            "occurredAt": G(us_ts),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "towAway": G(lambda f: f.pick([True, False])),
            "dotRecordable": G(lambda f: f.pick([True, False])),
            "driverInjured": Y(lambda f: f.pick([True, False]), "condition"),
            "policeReportNumber": G(lambda f: f"{f.r.randint(23, 24)}-{f.digits(6)}"),
            "otherParty": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "insurer": G(lambda f: f.pick(["GEICO", "Progressive", "Qualitas", "State Farm"])),
                "policyNumber": Y(lambda f: f.digits(10), "identification"),
                "plate": Y(lambda f: f.pick([us_plate(f), mx_plate(f)]), "license"),
            },
            "photos": Many(Y(lambda f: photo_url(f, "accidents"), "photo"), 4),
            "witness": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "claimNumber": G(lambda f: "CLM" + f.digits(8)),
        },
    ),
    # -- Mexican operations (Spanish keys) ------------------------------------------------------
    (
        "track",
        "Operador Registrado",
        "node",
        {
            "idOperador": G(lambda f: "op_" + f.digits(6)),
            "nombreOperador": Y(first, "name"),
            "apellidoPaterno": Y(last, "name"),
            "apellidoMaterno": Y(last, "name"),
            "telefonoCelular": Y(mx_phone, "phone"),
            "correoElectronico": Y(email, "email"),
            "curp": RED(curp, "national id"),
            "rfc": RED(rfc_person, "national id"),
            "nss": RED(nss, "social security number|national id"),
            "numeroLicenciaFederal": RED(licencia_federal, "national id|license"),
            "tipoLicencia": G(lambda f: f.pick(["B", "E", "F"])),
            "vigenciaLicencia": G(lambda f: f.date(2024, 2029)),
            "domicilio": {
                "calle": Y(lambda f: f"{f.pick(MX_STREETS)} {f.r.randint(10, 4999)}", "street|address"),
                "colonia": Y(lambda f: f.pick(COLONIAS), "address"),
                "municipio": Y(mx_city, "city"),
                "estado": G(mx_state),
                "codigoPostal": Y(mx_cp, "zipcode"),
            },
            "fechaNacimiento": Y(dob, "birthdate"),
            "numeroEconomico": G(lambda f: f"{f.r.randint(100, 999)}"),
            "placas": Y(mx_plate, "license"),
            "empresa": G(
                lambda f: f.pick(
                    [
                        "Transportes Treviño S.A. de C.V.",
                        "Autotransportes del Norte",
                        "Fletes Garza Cantú S.A. de C.V.",
                    ]
                )
            ),
            "antiguedadAnios": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Viaje Iniciado",
        "kotlin",
        {
            "idViaje": G(lambda f: "VJ" + f.digits(7)),
            "origen": G(
                lambda f: f.pick(["Monterrey, NL", "Saltillo, COAH", "Querétaro, QRO", "Nuevo Laredo, TAMPS"])
            ),
            "destino": G(lambda f: f.pick(["Laredo, TX", "Apodaca, NL", "San Luis Potosí, SLP"])),
            "tarifa": G(lambda f: f.money(8000, 60000)),
            "moneda": G(lambda f: "MXN"),
            "ubicacionActual": {"latitud": Y(lat, "geolocation"), "longitud": Y(lon, "geolocation")},
            "operadorId": G(lambda f: "op_" + f.digits(6)),
            "remolque": G(lambda f: f.pick(["Caja seca 53", "Refrigerada 53", "Plataforma 40"])),
        },
    ),
    (
        "track",
        "Carta Porte Timbrada",
        "dotnet",
        {
            "Uuid": G(lambda f: f.uuid().upper()),
            "Folio": G(lambda f: str(f.r.randint(1000, 99999))),
            "RfcEmisor": G(rfc_company),
            "RfcReceptor": G(rfc_company),
            "Ubicaciones": Many(
                {
                    "TipoUbicacion": G(lambda f: f.pick(["Origen", "Destino"])),
                    "IDUbicacion": G(lambda f: f.pick(["OR", "DE"]) + f.digits(6)),
                    "RFCRemitenteDestinatario": G(rfc_company),
                    "NombreRemitenteDestinatario": G(
                        lambda f: f.pick(
                            [
                                "Bajío Autopartes S.A. de C.V.",
                                "Vidriera Monterrey S.A. de C.V.",
                                "Aceros del Norte S.A.P.I.",
                            ]
                        )
                    ),
                    "FechaHoraSalidaLlegada": G(lambda f: f.iso()[:19]),
                    "Domicilio": {
                        "Calle": G(
                            lambda f: f.pick(
                                ["Av. Industrial", "Carretera a Colombia", "Parque Industrial Stiva"]
                            )
                        ),
                        "Municipio": G(
                            lambda f: f.pick(["Apodaca", "Salinas Victoria", "Nuevo Laredo", "Ramos Arizpe"])
                        ),
                        "Estado": G(lambda f: f.pick(["NLE", "TAM", "COA"])),
                        "CodigoPostal": G(lambda f: f.pick(["66600", "65500", "88000", "25900"])),
                    },
                },
                2,
            ),
            "Mercancias": {
                "PesoBrutoTotal": G(lambda f: round(f.r.uniform(1000, 22000), 3)),
                "Autotransporte": {
                    "PermSCT": G(lambda f: f.pick(["TPAF01", "TPAF03"])),
                    "IdentificacionVehicular": {
                        "ConfigVehicular": G(lambda f: f.pick(["T3S2", "C2", "T3S1"])),
                        "PlacaVM": Y(mx_plate, "license"),
                    },
                    "Seguros": {
                        "AseguraRespCivil": G(lambda f: f.pick(["Qualitas", "GNP Seguros", "AXA Seguros"])),
                        "PolizaRespCivil": Y(lambda f: f.digits(f.pick([8, 10])), "identification"),
                    },
                },
            },
            "FiguraTransporte": Many(
                {
                    "TipoFigura": G(lambda f: f.pick(["01", "02"])),
                    "RFCFigura": RED(rfc_person, "national id"),
                    "NumLicencia": RED(licencia_federal, "national id|license"),
                    "NombreFigura": Y(full_name, "name"),
                },
                1,
            ),
        },
    ),
    # -- telematics vendor webhook --------------------------------------------------------------
    (
        "track",
        "Harsh Event Detected",
        "go",
        {
            "eventId": G(lambda f: f.digits(13)),
            "behaviorLabel": G(
                lambda f: f.pick(["harshBrake", "harshTurn", "crash", "rollingStop", "followingDistance"])
            ),
            "vehicle": {
                "id": G(lambda f: f.digits(15)),
                "name": G(lambda f: f.pick(["Unit 1042", "T-2219", "Big Blue", "Unit 377"])),
                "vin": Y(vin, "serial"),
                "licensePlate": Y(us_plate, "license"),
            },
            "driver": {
                "id": G(lambda f: f.digits(8)),
                "name": Y(full_name, "name"),
                "phone": Y(us_phone, "phone"),
            },
            "location": {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
                "formattedAddress": Y(
                    lambda f: f.pick(
                        [
                            f"I-35 N, {f.pick(['Laredo', 'Cotulla', 'Pearsall'])}, TX",
                            f"I-40 E, {f.pick(['Gallup', 'Grants'])}, NM",
                            "I-44 W, Joplin, MO",
                        ]
                    ),
                    "geolocation|address",
                ),
            },
            "speedMph": G(lambda f: f.r.randint(0, 75)),
            "maxAccelerationGForce": G(lambda f: round(f.r.uniform(0.3, 1.2), 2)),
            "inwardVideoUrl": Y(lambda f: f"https://media.telematics.example/inward/{f.uuid()}.mp4", "photo"),
            "coachingState": G(lambda f: f.pick(["needsReview", "coached", "dismissed"])),
            "happenedAtTime": G(us_ts),
        },
    ),
    # -- payments by shippers -------------------------------------------------------------------
    (
        "track",
        "Payment Method Added",
        "tms",
        {
            "paymentMethodId": RED(pm_id, "token"),
            "setupIntentId": G(lambda f: "seti_" + f.hexid(24)),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "expMonth": G(lambda f: f.r.randint(1, 12)),
                "expYear": G(lambda f: f.r.randint(2025, 2030)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
            "billingDetails": {
                "name": Y(full_name, "name"),
                "email": Y(work_email, "email"),
                "address": {
                    "line1": Y(us_street, "address|street"),
                    "city": Y(home_city, "city"),
                    "state": G(home_state),
                    "postal_code": Y(home_zip, "zipcode"),
                    "country": G(lambda f: "US"),
                },
            },
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referralCode": G(lambda f: "DRV-" + f.digits(5)),
            "refereeName": Y(full_name, "name"),
            "refereePhone": Y(phone, "phone"),
            "refereeEmail": Y(email, "email"),
            "bonusAmount": G(lambda f: f.pick([500, 1000, 1500, 2500])),
            "shareChannel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "php",
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "subject": G(
                lambda f: f.pick(
                    ["ELD not connecting", "Settlement question", "Detention not paid", "App crashes on POD"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "via": G(lambda f: f.pick(["web", "mobile", "email", "phone"])),
            "tags": Many(G(lambda f: f.pick(["eld", "payments", "pod", "hos", "onboarding"])), 3),
        },
    ),
    # -- search and lookups ---------------------------------------------------------------------
    (
        "track",
        "Load Search Performed",
        "rn",
        {
            "query": G(lambda f: f"{f.pick(LANE_CITIES)} → {f.pick(LANE_CITIES)}"),
            "equipmentType": G(lambda f: f.pick(["V", "R", "F", "SD"])),
            "resultsCount": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "track",
        "Driver Lookup",
        "tms",
        {
            "q": Y(driver_query, "name|phone", True),
            "resultsCount": G(lambda f: f.r.randint(0, 12)),
            "matchedDriverId": G(lambda f: "drv_" + f.digits(6)),
            "searchScope": G(lambda f: f.pick(["my_carriers", "all", "active_loads"])),
        },
    ),
    (
        "track",
        "Contact Shared",
        "swift",
        {
            "label": Y(contact_label, "name|phone", True),
            "shareTarget": G(lambda f: f.pick(["dispatcher", "co_driver", "broker"])),
            "loadId": G(load_no),
        },
    ),
    (
        "track",
        "Voice Command Issued",
        "kotlin",
        {
            "input": Y(voice_input, "name", True),
            "intent": G(lambda f: f.pick(["call_contact", "send_message"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "durationMs": G(lambda f: f.r.randint(800, 6000)),
            "handsFree": G(lambda f: True),
        },
    ),
    (
        "track",
        "Message Sent",
        "flutter",
        {
            "conversationId": G(lambda f: "cnv_" + f.hexid(12)),
            "text": Y(chat_text, "phone", True),
            "messageLength": G(lambda f: f.r.randint(10, 120)),
            "hasAttachment": G(lambda f: f.pick([True, False])),
            "recipientRole": G(lambda f: f.pick(["dispatcher", "driver", "broker"])),
        },
    ),
    (
        "track",
        "Onboarding Field Completed",
        "site",
        {
            "form_id": G(lambda f: f.pick(["carrier_setup_v3", "carrier_setup_v4"])),
            "field": G(lambda f: f.pick(["owner_email", "primary_contact_email", "safety_contact_email"])),
            "value": Y(email, "email", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 20000)),
            "step": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- messaging vendors ----------------------------------------------------------------------
    (
        "track",
        "SMS Status Updated",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.pick(["8f1c", "2b9e", "d40a"]) + "0" * 28),
            "From": G(lambda f: f.pick(["+19565550142", "+18305550199", "+528180001234"])),
            "To": Y(
                lambda f: f.pick(
                    [
                        f"+1{f.pick([956, 210, 915, 713])}{f.digits(7)}",
                        f"+52{f.pick(['81', '55', '33'])}{f.digits(8)}",
                    ]
                ),
                "phone",
                True,
            ),
            "Body": G(sms_body),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "SmsStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30006"])),
        },
    ),
    (
        "track",
        "Email Event",
        "python",
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(1, 99)}p1mdw1.sendgrid.net>"),
            "sg_message_id": G(
                lambda f: f"{token(f, 22)}.filterdrecv-{f.hexid(10)}-1-{f.hexid(8).upper()}-1"
            ),
            "category": Many(G(lambda f: f.pick(["settlement", "load_offer", "rate_con", "onboarding"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        *UA_DESKTOP,
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                    ]
                )
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "reply_to": G(
                lambda f: f.pick(
                    ["support@carretera.app", "no-reply@carretera.app", "settlements@carretera.app"]
                )
            ),
        },
    ),
    # -- account security -----------------------------------------------------------------------
    (
        "track",
        "Password Reset Link Sent",
        "python",
        {
            "reset_token": RED(lambda f: token(f, 43), "token|secret"),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_last_changed_at": G(us_ts),
            "failed_logins_24h": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Integration Connected",
        "tms",
        {
            "provider": G(lambda f: f.pick(["DAT", "Truckstop", "Samsara", "Motive", "Trimble"])),
            "apiKey": RED(lambda f: f.secret(), "secret"),
            "webhookSecret": RED(lambda f: "whsec_" + token(f, 32), "secret"),
            "webhookUrl": G(
                lambda f: f.pick(
                    [
                        "https://hooks.carretera.app/dat",
                        "https://hooks.carretera.app/eld",
                        "https://hooks.carretera.app/tms",
                    ]
                )
            ),
            "scopes": Many(
                G(lambda f: f.pick(["loads:read", "loads:write", "vehicles:read", "hos:read"])), 3
            ),
            "connectedAt": G(us_ts),
        },
    ),
    (
        "track",
        "Signed In",
        "rn",
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "sso"])),
            "mfaMethod": G(lambda f: f.pick(["sms", "totp", "none"])),
            "appAccountToken": G(lambda f: f.uuid()),
            "rememberDevice": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    # -- quotes, leasing and the ELD shop -------------------------------------------------------
    (
        "track",
        "Quote Requested",
        "site",
        {
            "form-id": G(lambda f: f.pick(["hs_quote_v2", "hs_quote_v3"])),
            "full-name": Y(full_name, "name"),
            "work-email": Y(work_email, "email"),
            "phone-number": Y(us_phone, "phone"),
            "company-name": G(lambda f: f.pick(SHIPPERS)),
            "monthly-loads": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            "lanes": G(lambda f: f"{f.pick(LANE_CITIES)} to {f.pick(LANE_CITIES)}"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Need reefer capacity for Q3",
                        "Looking for cross-border partner",
                        "Weekly dedicated lane, 5 loads",
                        "",
                    ]
                )
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
        },
    ),
    (
        "track",
        "Lease Purchase Application Started",
        "site",
        {
            "application_id": G(lambda f: "lp_" + f.digits(6)),
            "applicant_name": Y(full_name, "name"),
            "applicant_email": Y(email, "email"),
            "date_of_birth": Y(dob, "birthdate"),
            "truck_model": G(
                lambda f: f.pick(["Freightliner Cascadia 2022", "Kenworth T680 2021", "Volvo VNL 760 2023"])
            ),
            "truck_vin": Y(vin, "serial"),
            "credit_score": Y(lambda f: f.r.randint(480, 820), "credit score"),
            "annual_income": Y(lambda f: f.r.randint(38000, 140000), "salary"),
            "down_payment": G(lambda f: f.pick([0, 2500, 5000, 10000])),
            "weekly_payment": G(lambda f: f.money(450, 1100)),
            "term_weeks": G(lambda f: f.pick([104, 156, 208])),
            "co_applicant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "php",
        {
            "order_id": G(lambda f: "SO-" + f.digits(7)),
            "total": G(lambda f: f.money(24, 9000)),
            "revenue": G(lambda f: f.money(24, 8000)),
            "shipping": G(lambda f: f.pick([0, 12.5, 29.0])),
            "tax": G(lambda f: f.money(0, 600)),
            "coupon": G(lambda f: f.pick(["", "FLEET10", "MATS2024"])),
            "currency": G(lambda f: "USD"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(lambda f: f.pick(["ELD-CRT2", "CAM-DUAL-4G", "CBL-9PIN-J1939"])),
                    "name": G(
                        lambda f: f.pick(
                            ["Carretera ELD Gen 2", "Dual-Facing Dashcam 4G", "9-pin J1939 Cable"]
                        )
                    ),
                    "price": G(lambda f: f.pick([149.0, 299.0, 24.99])),
                    "quantity": G(lambda f: f.r.randint(1, 25)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "street": Y(us_street, "address|street"),
                "city": Y(home_city, "city"),
                "state": G(home_state),
                "zip": Y(home_zip, "zipcode"),
                "phone": Y(us_phone, "phone"),
            },
        },
    ),
    # -- warehouse reverse-ETL ------------------------------------------------------------------
    (
        "track",
        "Carrier Scorecard Computed",
        "python",
        {
            "CARRIER_ID": G(lambda f: "car_" + f.digits(6)),
            "MC_NUMBER": G(mc_number),
            "ON_TIME_PICKUP_PCT": G(lambda f: round(f.r.uniform(70, 100), 1)),
            "LOADS_90D": G(lambda f: f.r.randint(0, 300)),
            "PRIMARY_CONTACT_NAME": Y(full_name, "name"),
            "PRIMARY_CONTACT_EMAIL": Y(email, "email"),
            "PRIMARY_CONTACT_PHONE": Y(phone, "phone"),
            "TIER": G(lambda f: f.pick(["gold", "silver", "probation"])),
            "COMPUTED_AT": G(us_ts),
        },
    ),
    # -- page calls -----------------------------------------------------------------------------
    (
        "page",
        "Load Board",
        "tms",
        {
            "path": G(lambda f: f.pick(TMS_PATHS)),
            "url": G(lambda f: "https://tms.carretera.app" + f.pick(TMS_PATHS)),
            "title": G(lambda f: f.pick(TMS_TITLES)),
            "name": G(lambda f: f.pick(["Load Board", "Tracking", "Carriers"])),
        },
    ),
    ("alias", None, "site", {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["drv_", "usr_", "car_"]) + f.digits(6),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "car_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=142, repeats=40)
    write(Path(__file__).parent, "holdout142_", events, labels)
