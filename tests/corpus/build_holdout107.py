"""Writes holdout107: tests/corpus/holdout107_events.jsonl and holdout107_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its unit tests, the
detection docs or any other corpus's labels (only build.py and fake.py for the helpers,
build_holdout3.py for the format, and REFERENCE.md / DESIGN.md for the default matcher table and
Segment's spec). Nobody tuned it against the engine and its author did not score it.

Domain: EV charging, parking and car-servicing apps in the Netherlands, France and the US: a
charger map and charging sessions (kWh, costs, RFID charge cards, SEPA mandates, home chargers),
street and car-park parking by plate, fines and appeals, residents' and disabled parking permits,
garage bookings and work orders, mechanics' tablets and job applications, roadside assistance
with the breakdown location, and a B2B fleet product (fleet managers, company cars, drivers,
trip logs, home-charging reimbursements and payroll/expense exports). Drivers, household members,
emergency contacts, fleet managers, mechanics and tow-truck drivers all appear.

Messages: identify / track / page / screen / group / alias, with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and .NET server libraries (context.ip, context.traits,
context.location, device, app, library, locale, userAgent, campaign). Keys are mostly camelCase
and snake_case English; the rest are PascalCase (.NET), kebab-case (a node microservice),
SCREAMING_SNAKE (warehouse reverse-ETL syncs) and Dutch / French backend keys (kenteken,
immatriculation, naam, nom, adres, adresse ...). Each event is rendered around one coherent
person (and one other person), so names, e-mails, phones, addresses and plates fit together.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a household member, an emergency
  contact, a driver added by a fleet manager, a mechanic, a tow-truck driver, a job applicant.
  Colour is the reference's default colour for the matcher; outside the table, red for
  credentials / secrets, card numbers, bank accounts, government ids and health, yellow otherwise.
- Green: ids we issue (session, booking, work-order, invoice, EVSE and charge-point ids, EMAID
  contract ids printed on charge cards, member / loyalty / customer numbers, fine notice numbers,
  officer badge numbers, employee numbers), versions, timestamps, hashes of non-PII, amounts,
  kWh, enums, counters and booleans under PII-sounding keys, product / company / garage / car-park
  names (also "Garage Van Dijk"-style names that contain a surname), car nicknames, places that
  are not the person's (a charger's or car park's address, city, postcode and coordinates, a
  garage's address, a searched destination), country, state, locale, timezone, currency, user
  agents and OS-issued device ids, card brand / last four / expiry, BIC and ABA routing numbers,
  company VAT / KvK / SIRET numbers, a business's own phone and e-mail (garage front desk, role
  mailboxes such as facturen@ or ap@, call-masking proxy numbers), e-mail Message-IDs, a garage's
  hourly labour *price* (a business's tariff, not anyone's pay), driving-licence expiry dates.
- Contested cases follow the published policy: vehicle plates `license` and VINs `serial`
  (yellow, also a company tow truck's plate); insurance policy numbers `identification` (yellow);
  hourly wages asked of job applicants `salary` (yellow); gclid / fbclid / fbp / fbc `advertising
  id` (yellow); billing, delivery and home addresses the person's `address` (yellow); Stripe `pm_`
  ids, activation codes, password-reset and sign-in link tokens red `token` (|`secret`); identity
  document numbers red `national id` / `passport`; right-to-work and sponsorship answers red `visa`.
- Decisions made here where the policy is silent (a careful privacy owner's choice):
  the hardware UID of an RFID charge card (OCPP idTag) identifies a token the person carries and
  is labelled yellow `serial`, like a VIN; so are a home wallbox's serial and a toll transponder
  id; the EMAID printed on the card is a contract id we issue (green). A trip log's departure and
  destination addresses record where the person actually was (yellow `address`), unlike a
  searched place (green). The device's own location (context.location, a parking start position,
  a breakdown position) is yellow `geolocation`. A disabled-parking card holder flag and that
  card's number reveal a disability (red `disability`). A civility title (M. / Mme) reveals gender
  (yellow `gender`). An APNs push token in context.device.token is red `token`. The last four of
  an SSN are red `social security number`. Images of a person (avatar, selfie, the front image of
  a driving licence, the tow-truck driver's photo) are yellow `photo`. A company's billing contact
  in group traits is a person (yellow), the company's own name, address, VAT and role mailbox are
  green. A saved place's `label` ("Home", "Work") is green, its address and coordinates yellow.
  Twilio-shaped webhooks: `To` (the customer's number) is yellow `phone` value-only, `From` (the
  garage's sender number or id) green, `Body` carries the customer's first name in every message
  (yellow `name`, value-only). The charger search `q` holds places (green); the fleet console's
  driver search `query` holds drivers' names (yellow `name`, value-only).
- value_only is true when the key does not say what the value is (`value`, `input`, `to`,
  `text`, `option.label`, `query`, `login_link`, `remote_addr` ...) and only the value reveals it.
  Every value of a value-only PII path carries that PII; free-text fields are labelled by what
  every one of their values carries and are green when none carries PII.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

CULTURES = {
    "NL": [
        (
            ["Daan", "Sanne", "Lotte", "Bram", "Sem", "Femke", "Joris", "Anouk", "Thijs", "Ilse", "Wouter"],
            ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder"],
        ),
        (
            ["Mohamed", "Yassine", "Fatima", "Soufiane", "Nadia"],
            ["El Amrani", "Bouzid", "Ait Taleb", "Ouali"],
        ),
        (["Emre", "Fatma", "Mehmet", "Elif"], ["Yılmaz", "Kaya", "Demir", "Öztürk"]),  # noqa: RUF001
        (["Rajesh", "Shanti", "Dewika", "Anand"], ["Ramdin", "Jagessar", "Mahabier", "Soekhlal"]),
        (["Agnieszka", "Piotr", "Kasia"], ["Nowak", "Wiśniewska", "Zieliński"]),
    ],
    "FR": [
        (
            ["Camille", "Lucas", "Chloé", "Mathieu", "Élodie", "Jean-Baptiste", "Manon", "Hugo", "Léa"],
            ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fournier", "Lemoine", "Bernard", "Dupont"],
        ),
        (["Inès", "Karim", "Sofiane", "Yasmina", "Rachid"], ["Benali", "Haddad", "Mansouri", "Belkacem"]),
        (["Amadou", "Aminata", "Moussa", "Fatoumata"], ["Diallo", "Traoré", "Coulibaly", "Ndiaye"]),
        (["Thi Hoa", "Minh", "Linh"], ["Nguyen", "Tran", "Pham"]),
        (["João", "Ana", "Rui"], ["Da Silva", "Ferreira", "Pereira"]),
    ],
    "US": [
        (
            ["Emily", "Michael", "Olivia", "Tyler", "Madison", "Brandon", "Ashley", "Ryan"],
            ["Johnson", "Thompson", "Miller", "O'Connor", "Anderson", "Baker", "Sullivan"],
        ),
        (
            ["María", "Santiago", "Guadalupe", "Luis", "Valeria"],
            ["Hernández", "Ramírez", "Gutierrez", "Flores"],
        ),
        (["DeShawn", "Aaliyah", "Tyrone", "Imani", "Jamal"], ["Jackson", "Williams", "Brooks", "Washington"]),
        (["Wei", "Jing", "Hyun-woo", "Ji-yeon", "Kenji"], ["Zhang", "Liu", "Park", "Kim", "Watanabe"]),
        (["Priya", "Arjun", "Ananya", "Tuan", "Mai"], ["Raman", "Iyer", "Venkatesh", "Tran", "Le"]),
        (["Omar", "Layla", "Yusuf"], ["Haddad", "Khalil", "Mansour"]),
    ],
}

NL_STREETS = [
    "Keizersgracht",
    "Oudegracht",
    "Laan van Meerdervoort",
    "Stationsweg",
    "Dorpsstraat",
    "Kerkstraat",
    "Molenweg",
    "Vondelstraat",
    "Burgemeester de Withstraat",
    "Julianalaan",
]
NL_CITIES = [
    "Amsterdam",
    "Utrecht",
    "Rotterdam",
    "Den Haag",
    "Eindhoven",
    "Groningen",
    "Zwolle",
    "Haarlem",
    "Breda",
]
FR_STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue Victor Hugo",
    "chemin des Vignes",
    "allée des Tilleuls",
    "place du Marché",
    "rue du Faubourg Saint-Antoine",
]
FR_CITIES = [
    ("Paris", "75"),
    ("Lyon", "69"),
    ("Marseille", "13"),
    ("Toulouse", "31"),
    ("Nantes", "44"),
    ("Lille", "59"),
    ("Bordeaux", "33"),
    ("Rennes", "35"),
]
US_STREETS = [
    "W Belmont Ave",
    "Peachtree St NE",
    "Maple Dr",
    "E 14th St",
    "Lakeshore Blvd",
    "Hillcrest Rd",
    "Cedar Ln",
]
US_CITIES = [
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Seattle", "WA", "981"),
    ("Atlanta", "GA", "303"),
    ("Phoenix", "AZ", "850"),
    ("San Jose", "CA", "951"),
    ("Raleigh", "NC", "276"),
    ("Columbus", "OH", "432"),
]
US_AREA = {
    "TX": "512",
    "CO": "720",
    "WA": "206",
    "GA": "404",
    "AZ": "602",
    "CA": "408",
    "NC": "919",
    "OH": "614",
}
MAIL_DOMAINS = {
    "NL": ["gmail.com", "hotmail.nl", "ziggo.nl", "outlook.com", "kpnmail.nl", "icloud.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "hotmail.fr"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
}
BOUNDS = {"NL": (51.45, 53.2, 4.2, 6.9), "FR": (43.3, 49.4, -1.4, 7.3), "US": (30.2, 47.6, -122.4, -78.6)}
WORK_DOMAINS = [
    "bouwbedrijf-smit.nl",
    "techniek-groep.nl",
    "logistique-ouest.fr",
    "brightline-hvac.com",
    "acme-installers.com",
]
VIN_WMI = ["WVW", "5YJ", "VF1", "WBA", "YV1", "KNA", "1FA", "VF3", "WP0", "LRW", "WMW", "SAL"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def vin(f: Fake) -> str:
    values = {c: i for i, c in enumerate("0123456789")}
    values.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
    values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
    values.update({"P": 7, "R": 9})
    values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = list(f.pick(VIN_WMI) + "".join(f.r.choice(VIN_CHARS) for _ in range(14)))
    body[8] = "0"
    check = sum(values[c] * w for c, w in zip(body, weights, strict=True)) % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def plate(f: Fake, cc: str) -> str:
    up = "BDFGHJKLNPRSTVXZ"
    if cc == "NL":
        a = "".join(f.r.choice(up) for _ in range(3))
        return f.pick(
            [
                f"{f.r.randint(1, 99):02d}-{a}-{f.r.randint(1, 9)}",
                f"{f.r.randint(1, 9)}-{a}-{f.r.randint(10, 99)}",
                f"{a[:2]}-{f.r.randint(100, 999)}-{a[2]}",
                f"{a[0]}-{f.r.randint(100, 999)}-{a[1:]}",
                f"{a}-{f.r.randint(10, 99)}-{f.r.choice(up)}",
            ]
        )
    if cc == "FR":
        a = "".join(f.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4))
        return f"{a[:2]}-{f.r.randint(1, 999):03d}-{a[2:]}"
    letters = "".join(f.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f.pick(
        [
            f"{f.r.randint(5, 9)}{letters}{f.r.randint(100, 999)}",
            f"{letters}-{f.r.randint(1000, 9999)}",
            f"{letters}{f.r.randint(1000, 9999)}",
        ]
    )


def bsn(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        d[0] = f.r.randint(1, 6)
        rest = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if rest < 10:
            return "".join(map(str, d)) + str(rest)


def nir(f: Fake) -> str:
    body = (
        f"{f.r.randint(1, 2)}{f.r.randint(50, 99):02d}{f.r.randint(1, 12):02d}"
        f"{f.pick(['75', '69', '13', '33', '59', '44'])}{f.r.randint(1, 200):03d}{f.r.randint(1, 999):03d}"
    )
    key = 97 - int(body) % 97
    raw = f"{body}{key:02d}"
    if f.r.random() < 0.5:
        return f"{raw[0]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:10]} {raw[10:13]} {raw[13:]}"
    return raw


def alnum(f: Fake, n: int, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


class Person:
    def __init__(self, f: Fake, cc: str):
        firsts, lasts = f.pick(CULTURES[cc])
        self.cc = cc
        self.first = f.pick(firsts)
        self.last = f.pick(lasts)
        self.full = f"{self.first} {self.last}"
        self.gender = f.pick(["female", "male", "non_binary", "prefer_not_to_say"])
        local = ascii_fold(self.first.lower()).replace(" ", "").replace("-", "")
        surname = ascii_fold(self.last.lower()).replace(" ", "").replace("'", "")
        self.email = f.pick(
            [
                f"{local}.{surname}@{f.pick(MAIL_DOMAINS[cc])}",
                f"{local[0]}{surname}{f.r.randint(1, 99)}@{f.pick(MAIL_DOMAINS[cc])}",
                f"{local}{f.r.randint(70, 99)}@{f.pick(MAIL_DOMAINS[cc])}",
                f"{surname}.{local}@{f.pick(MAIL_DOMAINS[cc])}",
            ]
        )
        self.work_email = f"{local[0]}.{surname}@{f.pick(WORK_DOMAINS)}"
        lo_lat, hi_lat, lo_lon, hi_lon = BOUNDS[cc]
        self.lat = round(f.r.uniform(lo_lat, hi_lat), 6)
        self.lon = round(f.r.uniform(lo_lon, hi_lon), 6)
        self.dob = f.date(1948, 2004)
        self.state = None
        if cc == "NL":
            self.street = f.pick(NL_STREETS)
            self.house = str(f.r.randint(1, 240)) + f.pick(["", "", "A", "-2", " bis", "-hs"])
            self.line1 = f"{self.street} {self.house}"
            letters = "ABCEGHJKLMNPRTVWXZ"
            self.postcode = f"{f.r.randint(1011, 9999)} {f.r.choice(letters)}{f.r.choice(letters)}"
            self.city = f.pick(NL_CITIES)
            self.phone = f.pick(
                [
                    "+31 6 " + f.digits(8),
                    "06-" + f.digits(8),
                    "06 " + f.digits(4) + " " + f.digits(4),
                    "+316" + f.digits(8),
                    "0" + f.pick(["20", "30", "10", "70"]) + "-" + f.digits(7),
                ]
            )
        elif cc == "FR":
            self.street = f.pick(FR_STREETS)
            self.house = str(f.r.randint(1, 180)) + f.pick(["", "", " bis", " ter"])
            self.line1 = f"{self.house} {self.street}"
            self.city, dept = f.pick(FR_CITIES)
            self.postcode = f"{dept}{f.r.randint(0, 20):03d}"
            pairs = [f"{f.r.randint(0, 99):02d}" for _ in range(4)]
            mobile = f.pick(["6", "7"])
            self.phone = f.pick(
                [
                    f"+33 {mobile} {' '.join(pairs)}",
                    f"0{mobile} {' '.join(pairs)}",
                    f"0{mobile}{''.join(pairs)}",
                    f"+33{mobile}{''.join(pairs)}",
                    f"0{mobile}.{'.'.join(pairs)}",
                ]
            )
        else:
            self.street = f.pick(US_STREETS)
            self.house = str(f.r.randint(100, 9899))
            self.line1 = f"{self.house} {self.street}"
            self.city, self.state, zip3 = f.pick(US_CITIES)
            self.postcode = f"{zip3}{f.r.randint(1, 99):02d}" + f.pick(
                ["", "", f"-{f.r.randint(1000, 9999)}"]
            )
            area, ex, line = US_AREA[self.state], f.r.randint(201, 989), f.r.randint(1000, 9999)
            self.phone = f.pick(
                [
                    f"({area}) {ex}-{line}",
                    f"+1 {area}-{ex}-{line}",
                    f"{area}.{ex}.{line}",
                    f"+1{area}{ex}{line}",
                    f"{area}-{ex}-{line}",
                ]
            )
        self.address = f"{self.line1}, {self.postcode} {self.city}"
        self.plate = plate(f, cc)
        self.vin = vin(f)
        self.dl = {
            "NL": f.digits(10),
            "FR": f"{f.r.randint(10, 99)}{f.r.randint(1, 12):02d}{f.pick(['75', '69', '33'])}{f.digits(6)}",
            "US": f.pick(
                [
                    f.r.choice("ABDFGHKMNSW") + f.digits(7),
                    f"{self.last[0].upper()}{f.digits(3)}-{f.digits(4)}-{f.digits(4)}",
                ]
            ),
        }[cc]


class F(Fake):
    """Fake with the event's people: `p` the subject, `o` another person, `cc` the market."""

    def begin(self, markets):
        self.cc = self.pick(markets)
        self.p = Person(self, self.cc)
        self.o = Person(self, self.cc)
        self.app = "ev"
        self.veh = self.pick(VEHICLES)
        self.company = self.pick([c for c in COMPANIES if c[6] == self.cc])


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + f.pick(["jw", "iA", "jwx"]) + alnum(f, 78, string.ascii_letters + string.digits + "_-")


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, string.ascii_letters + string.digits + "_-")


def emaid(f: Fake) -> str:
    cc = f.pick(["NL", "FR", "US"])
    party = {"NL": ["TNM", "VRT", "ALF"], "FR": ["IZV", "FRE", "CPO"], "US": ["CPI", "EVG", "ELA"]}[cc]
    return f"{cc}-{f.pick(party)}-C{f.digits(8)}-{f.r.choice('ABCDEFGHJKLMNPRSTVWXYZ0123456789')}"


def evse_id(f: Fake) -> str:
    return f.pick(
        [
            f"NL*ALF*E{f.digits(7)}",
            f"NL*FAS*E{f.r.randint(10, 300)}*{f.r.randint(1, 8)}",
            f"FR*IZV*E{f.digits(5)}*{f.r.randint(1, 4):02d}",
            f"US*CPI*E{f.digits(8)}",
        ]
    )


def rfid_uid(f: Fake) -> str:
    return f.pick(
        [
            "04" + f.hexid(12).upper(),
            f.hexid(8).upper(),
            "04:" + ":".join(f.hexid(2).upper() for _ in range(6)),
        ]
    )


def pm_token(f: Fake) -> str:
    return "pm_1" + alnum(f, 23)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


CHARGE_SITES = [
    ("Fastned Bodegraven", "A12 Verzorgingsplaats Oudenhoven 1", "Bodegraven", "2411 NR", 52.0794, 4.7461),
    ("Shell Recharge Utrecht Centraal", "Jaarbeursplein 6", "Utrecht", "3521 AL", 52.0893, 5.1077),
    ("Albert Heijn XL Eindhoven", "Pastoor Petersstraat 180", "Eindhoven", "5612 LW", 51.4349, 5.4950),
    ("Ionity Aire de Beaune-Tailly", "A6 Aire de Beaune-Tailly", "Tailly", "21190", 46.9766, 4.8092),
    ("Izivia Parking Saint-Lazare", "12 rue de Rome", "Paris", "75008", 48.8752, 2.3245),
    ("Electrify America Walmart Austin", "710 E Ben White Blvd", "Austin", "78704", 30.2190, -97.7660),
    ("ChargePoint Whole Foods Denver", "2375 15th St", "Denver", "80202", 39.7574, -105.0090),
    ("Tesla Supercharger Nuenen", "Opwettenseweg 199", "Nuenen", "5671 AJ", 51.4520, 5.5480),
]
OPERATORS = [
    "Fastned",
    "Shell Recharge",
    "Allego",
    "Vattenfall InCharge",
    "Ionity",
    "Izivia",
    "ChargePoint",
    "Electrify America",
    "EVgo",
]
CAR_PARKS = [
    "Q-Park Bijenkorf",
    "P1 Utrecht Hoog Catharijne",
    "Interparking Museumplein",
    "Indigo Paris Saint-Germain",
    "Effia Gare de Lyon Part-Dieu",
    "SpotHero - 500 Congress Garage",
    "LAZ Parking Union Station Denver",
]
GARAGES = [
    ("Garage Van Dijk", "+31 30 262 1144", "info@garagevandijk.nl", "Industrieweg 14", "Houten"),
    (
        "Autobedrijf De Vries & Zn",
        "030-6061234",
        "werkplaats@autodevries.nl",
        "Nijverheidsweg 7",
        "Amersfoort",
    ),
    (
        "Garage Dupont & Fils",
        "+33 1 43 55 21 90",
        "contact@garage-dupont.fr",
        "45 avenue de la Gare",
        "Montreuil",
    ),
    (
        "Speedy Lyon Gerland",
        "04 78 69 33 10",
        "lyon.gerland@speedy.example.fr",
        "212 avenue Jean Jaurès",
        "Lyon",
    ),
    (
        "Firestone Complete Auto Care #3127",
        "(512) 442-8800",
        "store3127@firestone.example.com",
        "2301 S Lamar Blvd",
        "Austin",
    ),
    ("Mike's Auto & EV Service", "(720) 555-0142", "service@mikesautoev.com", "4410 Brighton Blvd", "Denver"),
]
VEHICLES = [
    ("Tesla", "Model Y"),
    ("Volkswagen", "ID.3"),
    ("Kia", "EV6"),
    ("Renault", "Mégane E-Tech"),
    ("Peugeot", "e-208"),
    ("Hyundai", "Ioniq 5"),
    ("Ford", "Mustang Mach-E"),
    ("BMW", "iX1"),
    ("Volvo", "XC40 Recharge"),
    ("Chevrolet", "Bolt EUV"),
]
SHOP = [
    ("CBL-T2-5M", "Type 2 laadkabel 5 m 22 kW", 189.0),
    ("CBL-T2-7M", "Type 2 cable 7.5 m 11 kW", 219.0),
    ("ADP-T2-SCHUKO", "Adaptateur Type 2 / prise domestique", 89.0),
    ("WBX-ZAP-GO", "Zaptec Go wallbox", 949.0),
    ("ACC-HOLDER", "Cable wall holder", 24.95),
    ("J1772-NACS", "J1772 to NACS adapter", 129.0),
]
COMPANIES = [
    (
        "Bouwbedrijf Smit BV",
        "facturen@bouwbedrijf-smit.nl",
        "NL859234411B01",
        "Westblaak 180",
        "Rotterdam",
        "3012 KN",
        "NL",
        "https://bouwbedrijf-smit.nl",
    ),
    (
        "Techniek Groep NV",
        "crediteuren@techniek-groep.nl",
        "NL001234567B12",
        "Europalaan 40",
        "Utrecht",
        "3526 KS",
        "NL",
        "https://techniek-groep.nl",
    ),
    (
        "Logistique Ouest SARL",
        "compta@logistique-ouest.fr",
        "FR40303265045",
        "12 rue des Entrepreneurs",
        "Nantes",
        "44300",
        "FR",
        "https://logistique-ouest.fr",
    ),
    (
        "Transports Morel SAS",
        "factures@transports-morel.fr",
        "FR83404833048",
        "3 allée du Port",
        "Lyon",
        "69007",
        "FR",
        "https://transports-morel.fr",
    ),
    (
        "BrightLine HVAC Inc.",
        "ap@brightline-hvac.com",
        "",
        "901 S MoPac Expy",
        "Austin",
        "78746",
        "US",
        "https://brightline-hvac.com",
    ),
    (
        "Acme Installers LLC",
        "billing@acme-installers.com",
        "",
        "2100 Larimer St",
        "Denver",
        "80205",
        "US",
        "https://acme-installers.com",
    ),
]
CAR_NICKNAMES = ["Blauwe Bliksem", "Sparky", "Zoé", "Werkauto", "La Puce", "The Beast", "Family car", "Tessa"]


# -- contexts ----------------------------------------------------------------------------------

APPS = {
    "ev": ("VoltRoute", "com.voltroute.app"),
    "park": ("ParkSnap", "nl.parksnap.app"),
    "garage": ("AutoCare+", "io.autocareplus.mobile"),
    "fleet": ("FleetLane Driver", "com.fleetlane.driver"),
}
SITES = {
    "ev": "https://www.voltroute.com",
    "park": "https://parksnap.nl",
    "garage": "https://book.autocareplus.com",
    "fleet": "https://app.fleetlane.io",
}
WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
LOCALES = {
    "NL": ["nl-NL", "en-NL", "nl-BE"],
    "FR": ["fr-FR", "fr-BE", "en-FR"],
    "US": ["en-US", "es-US", "en-US"],
}
TZS = {
    "NL": "Europe/Amsterdam",
    "FR": "Europe/Paris",
    "US": ["America/Chicago", "America/Denver", "America/New_York"],
}


def tz(f) -> str:
    value = TZS[f.cc]
    return value if isinstance(value, str) else f.pick(value)


def web_context(f):
    site = SITES[f.app]
    paths = {
        "ev": ["/", "/laadpas", "/tarieven", "/account/cards", "/en/pricing", "/fr/recharge"],
        "park": ["/", "/parkeren", "/vergunning", "/boetes/bezwaar", "/account"],
        "garage": ["/", "/book", "/book/confirm", "/careers/technicians", "/quote"],
        "fleet": ["/dashboard", "/drivers", "/vehicles", "/reports/expenses", "/settings/api"],
    }[f.app]
    path = f.pick(paths)
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", site + "/"])
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=google&utm_medium=cpc", "?ref=app_banner", "?lang=en"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["VoltRoute", "ParkSnap", "AutoCare+ | Book a service", "FleetLane", "Tarieven"]
                )
            ),
            "url": G(lambda f: site + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(tz),
        "ip": Y(ip, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["laadpas_voorjaar", "spring_ev_promo", "apk_reminder", "fleet_webinar_q2"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "linkedin"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "paid_social"])),
            "term": G(
                lambda f: f.pick(["laadpas", "borne de recharge", "ev charging card", "car service near me"])
            ),
            "content": G(lambda f: f.pick(["banner_a", "video_15s", "textlink", "carousel_2"])),
        }
    return ctx


def mobile_traits(f):
    return {
        "email": Y(lambda f: f.p.email, "email"),
        "name": Y(lambda f: f.p.full, "name"),
        "phone": Y(lambda f: f.p.phone, "phone"),
        "plan": G(lambda f: f.pick(["flex", "plus", "business", "free"])),
    }


def location(f):
    return {
        "latitude": Y(lambda f: round(f.p.lat + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
        "longitude": Y(lambda f: round(f.p.lon + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
        "speed": G(lambda f: f.pick([0, 0, 3.4, 12.8, 27.1])),
    }


def app_block(f):
    name, namespace = APPS[f.app]
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0", "5.0.2"])),
        "build": G(lambda f: f.pick(["41200", "41201", "41300", "50002"])),
        "namespace": G(lambda f: namespace),
    }


def swift_context(f):
    tracking = f.r.random() < 0.4
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
        "name": G(lambda f: "iPhone"),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: tracking),
    }
    if tracking:
        device["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.5:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx = {
        "app": app_block(f),
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = mobile_traits(f)
    if f.app in ("ev", "park") and f.r.random() < 0.6:
        ctx["location"] = location(f)
    return ctx


def kotlin_context(f):
    model = f.pick(
        [("samsung", "SM-S921B", "e1q"), ("Google", "Pixel 8", "shiba"), ("OnePlus", "CPH2449", "OP591BL1")]
    )
    ctx = {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: model[0]),
            "model": G(lambda f: model[1]),
            "name": G(lambda f: model[2]),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["KPN", "Odido", "Orange F", "SFR", "T-Mobile", "Verizon"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model[1]} Build/UP1A.231005.007)"),
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = mobile_traits(f)
    if f.app in ("ev", "park") and f.r.random() < 0.6:
        ctx["location"] = location(f)
    return ctx


def rn_context(f):
    ios = f.r.random() < 0.5
    ctx = {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else "samsung"),
            "model": G(
                lambda f: f.pick(["iPhone14,7", "iPhone15,4"]) if ios else f.pick(["SM-A546B", "SM-G991B"])
            ),
            "type": G(lambda f: "ios" if ios else "android"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4", "14", "13", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(tz),
        "traits": mobile_traits(f),
    }
    if f.app in ("ev", "park", "garage") and f.r.random() < 0.7:
        ctx["location"] = location(f)
    return ctx


def flutter_context(f):
    return {
        "app": app_block(f),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "Apple"])),
            "model": G(lambda f: f.pick(["SM-X200", "TB-X606F", "iPad13,18"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.1", "1.0.6"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["13", "17.4", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([800, 1200, 820])),
            "height": G(lambda f: f.pick([1280, 2000, 1180])),
        },
        "timezone": G(tz),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.3.0"]),
    "php": ("analytics-php", ["3.7.0", "3.6.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.0"]),
}


def server_context(f, lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.5:
        ctx["ip"] = Y(ip, "ip")
    if lib in ("node", "ruby", "php") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(lambda f: f.p.email, "email"), "name": Y(lambda f: f.p.full, "name")}
    if lib in ("python", "go") and f.r.random() < 0.3:
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: "cus_" + alnum(f, 14)),
                "type": G(lambda f: "stripe_customer_id"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "node" and f.r.random() < 0.4:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    return ctx


MOBILE = ["swift", "kotlin", "rn", "flutter"]


def context_for(f, client):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- events --------------------------------------------------------------------------------------
# (type, event, app, clients, markets, weight, body)

ANY = ["NL", "FR", "US"]
EU = ["NL", "FR"]


def address_block(keys=("line1", "line2", "city", "postal_code", "country", "state")):
    gens = {
        "line1": Y(lambda f: f.p.line1, "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 3", "2e verdieping", "Bât. B", "Unit 12", "Suite 210"]), "address|street"
        ),
        "city": Y(lambda f: f.p.city, "city"),
        "postal_code": Y(lambda f: f.p.postcode, "zipcode"),
        "country": G(lambda f: f.cc),
        "state": G(lambda f: f.p.state or f.pick(["Noord-Holland", "Utrecht", "Île-de-France", "Rhône"])),
    }
    return {k: gens[k] for k in keys}


def support_text(f) -> str:
    return f.pick(
        [
            f"Kunt u mij terugbellen op {f.p.phone}? Mijn laadpas werkt niet.",
            f"The charger at the Walmart lot won't start, call me at {f.p.phone}",
            f"Bonjour, la borne ne démarre pas. Mon numéro : {f.p.phone}",
            f"Session did not stop and I was charged twice. My number is {f.p.phone}",
            f"Please text {f.p.phone} when my car is ready",
        ]
    )


def mechanic_note(f) -> str:
    return f.pick(
        [
            f"Klant wil gebeld worden voor extra werk: {f.p.phone}",
            f"Customer approved brake pads by phone ({f.p.phone}), call before 5pm",
            f"Client joignable au {f.p.phone} pour valider le devis",
            f"Waiting on parts. Reach owner on {f.p.phone}",
        ]
    )


EVENTS = [
    # -- EV charging app ---------------------------------------------------------------------------
    (
        "track",
        "Chargers Searched",
        "ev",
        ["swift", "kotlin", "rn", "web"],
        ANY,
        3,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "Utrecht Centraal",
                        "Schiphol P3",
                        "Fastned A12",
                        "gare de Lyon",
                        "Aire de Beaune",
                        "Disneyland Paris",
                        "Whole Foods Denver",
                        "Austin airport",
                        "Ikea Delft",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "near_me": G(lambda f: f.pick([True, False])),
            "user_location": {
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lng": Y(lambda f: f.p.lon, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65])),
            },
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Charger Viewed",
        "ev",
        ["swift", "kotlin", "rn", "web"],
        ANY,
        3,
        {
            "evse_id": G(evse_id),
            "operator": G(lambda f: f.pick(OPERATORS)),
            "location": {
                "name": G(lambda f: f.pick(CHARGE_SITES)[0]),
                "address": G(lambda f: f.pick(CHARGE_SITES)[1]),
                "city": G(lambda f: f.pick(CHARGE_SITES)[2]),
                "postal_code": G(lambda f: f.pick(CHARGE_SITES)[3]),
                "latitude": G(lambda f: f.pick(CHARGE_SITES)[4]),
                "longitude": G(lambda f: f.pick(CHARGE_SITES)[5]),
            },
            "connectors": Many(
                {
                    "standard": G(
                        lambda f: f.pick(["IEC_62196_T2_COMBO", "IEC_62196_T2", "CHADEMO", "NACS"])
                    ),
                    "max_power_kw": G(lambda f: f.pick([11, 22, 50, 150, 300])),
                    "status": G(lambda f: f.pick(["AVAILABLE", "CHARGING", "OUTOFORDER", "RESERVED"])),
                    "price_per_kwh": G(lambda f: f.money(0.29, 0.79)),
                },
                4,
            ),
            "distance_m": G(lambda f: f.r.randint(40, 25000)),
            "is_favorite": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Charging Session Started",
        "ev",
        ["swift", "kotlin", "rn", "go"],
        ANY,
        5,
        {
            "session_id": G(lambda f: f.uuid()),
            "evse_id": G(evse_id),
            "connector_id": G(lambda f: f.r.randint(1, 4)),
            "auth_method": G(lambda f: f.pick(["rfid", "app", "plug_and_charge", "qr_code"])),
            "rfid_uid": Y(rfid_uid, "serial"),
            "contract_id": G(emaid),
            "vehicle": {
                "make": G(lambda f: f.veh[0]),
                "model": G(lambda f: f.veh[1]),
                "nickname": G(lambda f: f.pick(CAR_NICKNAMES)),
                "vin": Y(lambda f: f.p.vin, "serial"),
                "license_plate": Y(lambda f: f.p.plate, "license"),
                "battery_capacity_kwh": G(lambda f: f.pick([58, 64, 77, 82.5])),
            },
            "soc_start": G(lambda f: f.r.randint(4, 70)),
            "tariff_id": G(lambda f: f.pick(["NL-FLEX-2024", "FR-ABO-ZEN", "US-PAYG-CA", "NL-PLUS-2024"])),
            "started_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Charging Session Stopped",
        "ev",
        ["swift", "kotlin", "rn", "go"],
        ANY,
        5,
        {
            "session_id": G(lambda f: f.uuid()),
            "energy_kwh": G(lambda f: round(f.r.uniform(2, 78), 3)),
            "duration_min": G(lambda f: f.r.randint(8, 600)),
            "cost": {
                "amount": G(lambda f: f.money(1, 60)),
                "currency": G(lambda f: "USD" if f.cc == "US" else "EUR"),
                "vat": G(lambda f: f.money(0, 10)),
                "idle_fee": G(lambda f: f.pick([0, 0, 1.5, 4.2])),
            },
            "stop_reason": G(lambda f: f.pick(["EV_DISCONNECTED", "LOCAL", "REMOTE", "SOC_LIMIT_REACHED"])),
            "soc_end": G(lambda f: f.r.randint(60, 100)),
            "meter_start_wh": G(lambda f: f.r.randint(100000, 9000000)),
            "meter_stop_wh": G(lambda f: f.r.randint(100000, 9000000)),
        },
    ),
    (
        "track",
        "Charge Card Activated",
        "ev",
        ["swift", "kotlin", "web"],
        ANY,
        2,
        {
            "card_emaid": G(emaid),
            "activation_code": RED(otp, "token|secret"),
            "rfid_uid": Y(rfid_uid, "serial"),
            "card_design": G(lambda f: f.pick(["classic", "keyfob", "sticker"])),
            "activated_at": G(lambda f: f.epoch_ms()),
            "cards_on_account": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Laadpas Besteld",
        "ev",
        ["php"],
        ["NL"],
        2,
        {
            "bestelnummer": G(lambda f: "LP" + f.digits(8)),
            "naam": Y(lambda f: f.p.full, "name"),
            "adres": {
                "straat": Y(lambda f: f.p.street, "street|address"),
                "huisnummer": Y(lambda f: f.p.house, "address|street"),
                "postcode": Y(lambda f: f.p.postcode, "zipcode"),
                "woonplaats": Y(lambda f: f.p.city, "city"),
                "land": G(lambda f: "NL"),
            },
            "telefoonnummer": Y(lambda f: f.p.phone, "phone"),
            "aantal": G(lambda f: f.pick([1, 1, 2, 3])),
            "type_pas": G(lambda f: f.pick(["laadpas", "sleutelhanger", "zakelijk"])),
            "prijs": G(lambda f: f.pick([0, 4.95, 9.95])),
            "voor_huisgenoot": G(lambda f: f.pick([True, False])),
            "besteld_op": G(
                lambda f: (
                    f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} "
                    f"{f.r.randint(7, 22):02d}:{f.r.randint(0, 59):02d}:00"
                )
            ),
        },
    ),
    (
        "identify",
        None,
        "ev",
        ["swift", "kotlin", "rn", "web"],
        ANY,
        4,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "address": {
                "street": Y(lambda f: f.p.line1, "street|address"),
                "city": Y(lambda f: f.p.city, "city"),
                "postalCode": Y(lambda f: f.p.postcode, "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["flex", "plus", "business", "free"])),
            "vehicleCount": G(lambda f: f.r.randint(0, 3)),
            "preferredConnector": G(lambda f: f.pick(["CCS2", "Type 2", "NACS"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "homeChargerInstalled": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["nl", "fr", "en", "es"])),
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "gender": Y(lambda f: f.p.gender, "gender"),
            "avatar": Y(lambda f: "https://cdn.voltroute.com/avatars/" + f.hexid(16) + ".jpg", "photo"),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "ev",
        ["node"],
        ANY,
        3,
        {
            "payment_method_id": RED(pm_token, "token"),
            "type": G(lambda f: f.pick(["card", "sepa_debit", "card"])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "cartes_bancaires"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["NL", "FR", "US", "DE"])),
            },
            "billing_details": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "address": address_block(),
            },
            "is_default": G(lambda f: f.pick([True, False])),
            "customer": G(lambda f: "cus_" + alnum(f, 14)),
        },
    ),
    (
        "track",
        "SEPA Mandate Signed",
        "ev",
        ["java"],
        EU,
        2,
        {
            "mandateReference": G(lambda f: "VR-" + f.digits(10)),
            "iban": RED(lambda f: f.iban(f.pick(["NL", "FR", "DE"])), "bank account"),
            "bic": G(
                lambda f: f.pick(["INGBNL2A", "RABONL2U", "ABNANL2A", "BNPAFRPP", "SOGEFRPP", "COBADEFFXXX"])
            ),
            "accountHolder": Y(lambda f: f.p.full, "name"),
            "signedAt": G(lambda f: f.iso()),
            "signatureMethod": G(lambda f: f.pick(["checkbox", "sms_otp", "idin"])),
            "creditorId": G(lambda f: "NL98ZZZ" + f.digits(12)),
        },
    ),
    (
        "track",
        "Home Charger Installation Requested",
        "ev",
        ["web"],
        ANY,
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "installer": G(
                lambda f: f.pick(["Laadpaal Direct BV", "Wallbox Experts", "Borne Express SAS", "Qmerit"])
            ),
            "charger_model": G(
                lambda f: f.pick(
                    ["Alfen Eve Single Pro-line", "Zaptec Go", "Easee One", "Wallbox Pulsar Plus"]
                )
            ),
            "install_address": Y(lambda f: f.p.address, "address"),
            "contact_phone": Y(lambda f: f.p.phone, "phone"),
            "grid_connection": G(lambda f: f.pick(["1x40A", "3x25A", "3x35A", "200A panel"])),
            "cable_length_m": G(lambda f: f.pick([5, 10, 15, 25])),
            "preferred_date": G(lambda f: f.date(2024, 2025)),
            "remarks": G(
                lambda f: f.pick(
                    [
                        "Meterkast zit in de hal",
                        "Driveway on the left side of the house",
                        "Tableau électrique au sous-sol",
                        "Please quote with load balancing",
                        "",
                    ]
                )
            ),
            "has_solar_panels": G(lambda f: f.pick([True, False])),
            "quote_amount": G(lambda f: f.money(900, 2400)),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "ev",
        ["swift", "kotlin", "rn"],
        ANY,
        2,
        {
            "invitee_name": Y(lambda f: f.o.full, "name"),
            "invitee_email": Y(lambda f: f.o.email, "email"),
            "invitee_phone": Y(lambda f: f.o.phone, "phone"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "roommate"])),
            "can_use_card": G(lambda f: f.pick([True, False])),
            "monthly_limit_eur": G(lambda f: f.pick([None, 50, 100, 250])),
            "invite_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        "ev",
        ["python"],
        ANY,
        2,
        {
            "receipt_id": G(lambda f: "RCPT-" + f.digits(9)),
            "to": Y(lambda f: f.p.email, "email", True),
            "cc": G(
                lambda f: f.pick(
                    [
                        "facturen@bouwbedrijf-smit.nl",
                        "ap@brightline-hvac.com",
                        "compta@logistique-ouest.fr",
                        "expenses@acme-installers.com",
                    ]
                )
            ),
            "message_id": G(lambda f: f"<0102018f{f.hexid(8)}-{f.uuid()}-000000@eu-west-1.amazonses.com>"),
            "template": G(lambda f: f.pick(["session_receipt_v3", "monthly_invoice", "receipt_fr"])),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "sessions_included": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "ev",
        ["swift", "kotlin", "rn", "web"],
        ANY,
        2,
        {
            "conversation_id": G(lambda f: str(f.r.randint(10**11, 10**12))),
            "text": Y(support_text, "phone", True),
            "channel": G(lambda f: f.pick(["in_app", "web_widget", "whatsapp"])),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "topic": G(lambda f: f.pick(["charger_fault", "billing", "card", "app_bug"])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        "ev",
        ["swift", "kotlin", "web"],
        ANY,
        2,
        {
            "field": G(lambda f: "phone"),
            "value": Y(lambda f: f.p.phone, "phone", True),
            "previous_value_set": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: f.pick(["profile", "onboarding", "checkout"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "ev",
        ["ruby"],
        ANY,
        2,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "reset_token": RED(lambda f: alnum(f, 32, string.ascii_letters + string.digits + "-_"), "token"),
            "requested_via": G(lambda f: f.pick(["app", "web", "support"])),
            "expires_in_s": G(lambda f: 3600),
            "attempts_today": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "fleet",
        ["ruby"],
        ANY,
        2,
        {
            "login_link": RED(
                lambda f: (
                    "https://app.fleetlane.io/auth/verify?token="
                    + alnum(f, 43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
                True,
            ),
            "delivery": G(lambda f: f.pick(["email", "sms"])),
            "link_ttl_min": G(lambda f: f.pick([10, 15, 30])),
            "remember_device": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signup Started",
        "ev",
        ["web"],
        ANY,
        3,
        {
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram", "tiktok"])),
            "utm_campaign": G(
                lambda f: f.pick(["laadpas_voorjaar", "spring_ev_promo", "carte_recharge_ete"])
            ),
            "referral_code": G(lambda f: "VOLT-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
        },
    ),
    (
        "page",
        None,
        "ev",
        ["web"],
        ANY,
        4,
        {
            "path": G(lambda f: f.pick(["/", "/tarieven", "/laadpas", "/en/pricing", "/fr/recharge"])),
            "url": G(lambda f: SITES[f.app] + f.pick(["/", "/tarieven", "/laadpas", "/en/pricing"])),
            "title": G(
                lambda f: f.pick(
                    ["VoltRoute", "Tarieven | VoltRoute", "Pricing | VoltRoute", "Recharge | VoltRoute"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://duckduckgo.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?plan=plus"])),
            "name": G(lambda f: f.pick(["Home", "Pricing", "Charge Card", "Recharge"])),
        },
    ),
    (
        "track",
        "Charge Point Status Changed",
        "ev",
        ["go"],
        ANY,
        3,
        {
            "chargePointId": G(
                lambda f: f.pick(["ALF-" + f.digits(6), "ZAP" + f.digits(9), "EVB-P" + f.digits(7)])
            ),
            "connectorId": G(lambda f: f.r.randint(0, 2)),
            "status": G(lambda f: f.pick(["Available", "Preparing", "Charging", "SuspendedEV", "Faulted"])),
            "errorCode": G(lambda f: f.pick(["NoError", "GroundFailure", "PowerMeterFailure", "NoError"])),
            "idTag": Y(rfid_uid, "serial"),
            "vendorId": G(lambda f: f.pick(["Alfen BV", "Zaptec", "ABB", "Wallbox"])),
            "firmwareVersion": G(lambda f: f.pick(["6.4.0-4180", "4.1.2", "1.12.0"])),
            "firmwareSha256": G(lambda f: f.hexid(64)),
            "meterValueWh": G(lambda f: f.r.randint(0, 99999999)),
            "remote_addr": Y(ip, "ip", True),
            "ocppVersion": G(lambda f: f.pick(["1.6J", "2.0.1"])),
            "receivedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "HomeChargingReimbursementCalculated",
        "fleet",
        ["dotnet"],
        EU,
        2,
        {
            "EmployeeNumber": G(lambda f: f.digits(6)),
            "WallboxSerial": Y(
                lambda f: f.pick(["ACE" + f.digits(7), "ZAP" + f.digits(9), "EVB-P" + f.digits(7)]), "serial"
            ),
            "Kwh": G(lambda f: round(f.r.uniform(20, 900), 2)),
            "TariffPerKwh": G(lambda f: f.money(0.2, 0.45)),
            "EnergySupplier": G(lambda f: f.pick(["Eneco", "Vattenfall", "Essent", "EDF", "TotalEnergies"])),
            "HomeAddress": Y(lambda f: f.p.address, "address"),
            "ReimbursementAmount": G(lambda f: f.money(10, 300)),
            "Period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "ApprovedBy": Y(lambda f: f.o.full, "name"),
            "CalculatedAtUtc": G(lambda f: f.iso()),
        },
    ),
    # -- accessories shop (e-commerce spec) ----------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "ev",
        ["web", "swift", "kotlin"],
        ANY,
        3,
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.pick(SHOP)[0]),
            "name": G(lambda f: f.pick(SHOP)[1]),
            "brand": G(lambda f: f.pick(["VoltRoute", "Zaptec", "Alfen", "Juice Technology"])),
            "category": G(lambda f: f.pick(["Cables", "Wallboxes", "Adapters", "Accessories"])),
            "price": G(lambda f: f.pick(SHOP)[2]),
            "currency": G(lambda f: "USD" if f.cc == "US" else "EUR"),
            "variant": G(lambda f: f.pick(["5 m", "7.5 m", "10 m", "black"])),
            "in_stock": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "ev",
        ["node", "web"],
        ANY,
        3,
        {
            "order_id": G(lambda f: "VR" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(15, 1400)),
            "revenue": G(lambda f: f.money(15, 1200)),
            "shipping": G(lambda f: f.pick([0, 4.95, 6.95, 12.0])),
            "tax": G(lambda f: f.money(2, 240)),
            "discount": G(lambda f: f.pick([0, 0, 5, 25])),
            "coupon": G(lambda f: f.pick(["", "WELKOM10", "BIENVENUE", "EVDAY24"])),
            "currency": G(lambda f: "USD" if f.cc == "US" else "EUR"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(lambda f: f.pick(SHOP)[0]),
                    "name": G(lambda f: f.pick(SHOP)[1]),
                    "price": G(lambda f: f.pick(SHOP)[2]),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "category": G(lambda f: f.pick(["Cables", "Wallboxes", "Adapters", "Accessories"])),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.p.full, "name"),
                **address_block(("line1", "city", "postal_code", "country")),
            },
            "shipping_method": G(lambda f: f.pick(["postnl", "colissimo", "ups_ground", "pickup_point"])),
            "payment_method": G(lambda f: f.pick(["ideal", "card", "paypal", "apple_pay", "cb"])),
            "tracking_number": G(
                lambda f: f.pick(
                    [
                        "3SABCD" + f.digits(9),
                        "6A" + f.digits(11),
                        "1Z" + alnum(f, 16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
                    ]
                )
            ),
        },
    ),
    # -- parking -----------------------------------------------------------------------------------
    (
        "track",
        "Parking Session Started",
        "park",
        ["swift", "kotlin", "rn"],
        ANY,
        5,
        {
            "parking_session_id": G(lambda f: f.uuid()),
            "zone_code": G(lambda f: f.pick(["363", "1234", "AMS-C-12", "75-PARIS-4", "DEN-4012", "7041"])),
            "zone_city": G(lambda f: f.pick(["Amsterdam", "Utrecht", "Paris", "Lyon", "Denver", "Austin"])),
            "license_plate": Y(lambda f: f.p.plate, "license"),
            "vehicle_label": G(lambda f: f.pick(CAR_NICKNAMES)),
            "planned_end": G(lambda f: f.iso()),
            "rate_per_hour": G(lambda f: f.pick([1.2, 3.5, 6.7, 7.5, 4.0])),
            "billing_profile": G(lambda f: f.pick(["private", "business"])),
            "start_position": {
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lon": Y(lambda f: f.p.lon, "geolocation"),
            },
            "is_resident_permit": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parking Session Stopped",
        "park",
        ["swift", "kotlin", "rn", "python"],
        ANY,
        4,
        {
            "parking_session_id": G(lambda f: f.uuid()),
            "duration_minutes": G(lambda f: f.r.randint(3, 600)),
            "parking_cost": G(lambda f: f.money(0.2, 45)),
            "transaction_fee": G(lambda f: f.pick([0, 0.25, 0.35, 0.49])),
            "currency": G(lambda f: "USD" if f.cc == "US" else "EUR"),
            "ended_by": G(lambda f: f.pick(["user", "auto_stop", "max_duration", "zone_exit"])),
            "reminder_sent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Car Park Entered",
        "park",
        ["java"],
        ANY,
        3,
        {
            "carParkId": G(lambda f: "CP" + f.digits(4)),
            "carParkName": G(lambda f: f.pick(CAR_PARKS)),
            "entryLane": G(lambda f: f.pick(["E1", "E2", "E3"])),
            "plateRead": Y(lambda f: f.p.plate.replace("-", ""), "license"),
            "plateConfidence": G(lambda f: round(f.r.uniform(0.7, 0.999), 3)),
            "plateCountry": G(lambda f: f.cc),
            "ticketless": G(lambda f: f.pick([True, False])),
            "enteredAt": G(lambda f: f.epoch_ms()),
            "evChargingBay": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Plate Entered",
        "park",
        ["web", "swift", "kotlin"],
        ANY,
        3,
        {
            "input": Y(lambda f: f.p.plate, "license", True),
            "form": G(lambda f: f.pick(["guest_parking", "add_vehicle", "pay_ticket"])),
            "valid_format": G(lambda f: f.pick([True, True, False])),
            "country_detected": G(lambda f: f.cc),
        },
    ),
    (
        "track",
        "Avis de Contravention Reçu",
        "park",
        ["php"],
        ["FR"],
        2,
        {
            "numero_avis": G(lambda f: f.digits(10)),
            "immatriculation": Y(lambda f: f.p.plate, "license"),
            "montant": G(lambda f: f.pick([17, 35, 135, 33])),
            "date_infraction": G(lambda f: f.date(2024, 2024)),
            "motif": G(lambda f: f.pick(["stationnement_gênant", "FPS", "défaut_paiement", "zone_bleue"])),
            "agent_matricule": G(lambda f: f.digits(6)),
            "titulaire": {
                "nom": Y(lambda f: f.p.last, "name"),
                "prenom": Y(lambda f: f.p.first, "name"),
                "adresse": Y(lambda f: f.p.line1, "address|street"),
                "code_postal": Y(lambda f: f.p.postcode, "zipcode"),
                "ville": Y(lambda f: f.p.city, "city"),
            },
            "paye_en_ligne": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bezwaar Ingediend",
        "park",
        ["dotnet"],
        ["NL"],
        2,
        {
            "Beschikkingsnummer": G(lambda f: f.digits(12)),
            "Kenteken": Y(lambda f: f.p.plate, "license"),
            "Naam": Y(lambda f: f.p.full, "name"),
            "Adres": Y(lambda f: f"{f.p.line1}, {f.p.postcode} {f.p.city}", "address"),
            "Emailadres": Y(lambda f: f.p.email, "email"),
            "Reden": G(lambda f: f.pick(["automaat_defect", "geldige_sessie", "bord_onduidelijk", "overig"])),
            "Toelichting": G(
                lambda f: f.pick(
                    [
                        "De parkeerautomaat was defect en de app gaf een storing.",
                        "Ik had een geldige sessie via de app, zie bijlage.",
                        "Het bord was niet zichtbaar door bladeren.",
                        "Ik stond op een laadplek en was aan het laden.",
                    ]
                )
            ),
            "AantalBijlagen": G(lambda f: f.r.randint(0, 4)),
            "Bedrag": G(lambda f: f.pick([72.9, 75.9, 109.0])),
            "IngediendOp": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Parkeervergunning Aangevraagd",
        "park",
        ["web"],
        ["NL"],
        2,
        {
            "vergunning_type": G(lambda f: f.pick(["bewoner", "bezoeker", "mantelzorg", "gehandicapten"])),
            "kenteken": Y(lambda f: f.p.plate, "license"),
            "adres": Y(lambda f: f.p.address, "address"),
            "gemeente": G(lambda f: f.pick(["Amsterdam", "Utrecht", "Haarlem", "Den Haag"])),
            "gehandicaptenparkeerkaart": RED(lambda f: f.pick([True, False]), "disability"),
            "kaartnummer_gpk": RED(lambda f: "GPK" + f.digits(7), "disability"),
            "wachtlijst_positie": G(lambda f: f.r.randint(0, 2400)),
            "kosten_per_jaar": G(lambda f: f.pick([53.5, 170.0, 579.12])),
        },
    ),
    (
        "identify",
        None,
        "park",
        ["python"],
        ["US"],
        2,
        {
            "PARKSNAP_USER_ID": G(lambda f: f.digits(8)),
            "EMAIL": Y(lambda f: f.p.email, "email"),
            "FIRST_NAME": Y(lambda f: f.p.first, "name"),
            "LAST_NAME": Y(lambda f: f.p.last, "name"),
            "MOBILE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "HOME_ZIP": Y(lambda f: f.p.postcode, "zipcode"),
            "HOME_CITY": Y(lambda f: f.p.city, "city"),
            "BLUE_BADGE_HOLDER": RED(lambda f: f.pick([True, False]), "disability"),
            "LIFETIME_SESSIONS": G(lambda f: f.r.randint(1, 900)),
            "LTV_USD": G(lambda f: f.money(0, 4000)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "CHURN_RISK": G(lambda f: f.pick(["low", "medium", "high"])),
            "LAST_SYNCED_AT": G(
                lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} 03:00:00.000"
            ),
        },
    ),
    (
        "track",
        "toll-transaction-imported",
        "fleet",
        ["node"],
        ["US"],
        2,
        {
            "transaction-id": G(lambda f: f.digits(12)),
            "agency": G(lambda f: f.pick(["E-ZPass NY", "TxTag", "FasTrak", "Peach Pass"])),
            "plaza": G(lambda f: f.pick(["SH 130 Mainline", "George Washington Bridge", "I-85 Express"])),
            "transponder-id": Y(lambda f: f"{f.r.randint(0, 30):03d}-{f.digits(8)}", "serial"),
            "plate-number": Y(lambda f: f.p.plate, "license"),
            "plate-state": G(lambda f: f.p.state),
            "amount-usd": G(lambda f: f.money(0.5, 19)),
            "vehicle-class": G(lambda f: f.pick([2, 3, 5])),
            "posted-date": G(lambda f: f.date(2024, 2024)),
            "driver-email": Y(lambda f: f.p.work_email, "email"),
        },
    ),
    # -- garages -----------------------------------------------------------------------------------
    (
        "track",
        "Service Booking Created",
        "garage",
        ["web", "rn"],
        ANY,
        4,
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "garage": {
                "id": G(lambda f: f.r.randint(100, 9999)),
                "name": G(lambda f: f.pick(GARAGES)[0]),
                "phone": G(lambda f: f.pick(GARAGES)[1]),
                "email": G(lambda f: f.pick(GARAGES)[2]),
                "address": G(lambda f: f.pick(GARAGES)[3]),
                "city": G(lambda f: f.pick(GARAGES)[4]),
            },
            "service_type": G(
                lambda f: f.pick(["apk", "annual_service", "tyre_change", "battery_check", "brakes"])
            ),
            "slot_start": G(lambda f: f.iso()),
            "estimated_price": G(lambda f: f.money(49, 900)),
            "vehicle": {
                "plate": Y(lambda f: f.p.plate, "license"),
                "vin": Y(lambda f: f.p.vin, "serial"),
                "make": G(lambda f: f.veh[0]),
                "model": G(lambda f: f.veh[1]),
                "year": G(lambda f: f.r.randint(2012, 2024)),
                "mileage_km": G(lambda f: f.r.randint(3000, 260000)),
            },
            "customer": {
                "first_name": Y(lambda f: f.p.first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
            },
            "courtesy_car": G(lambda f: f.pick([True, False])),
            "pickup_address": Y(lambda f: f.p.address, "address"),
            "loyalty_number": G(lambda f: "AC" + f.digits(9)),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Squeaking noise front left",
                        "Bandenwissel + opslag",
                        "Voyant moteur allumé",
                        "",
                        "Check AC please",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Quote Approved",
        "garage",
        ["node"],
        ANY,
        3,
        {
            "work_order_id": G(lambda f: "WO-" + f.digits(8)),
            "line_items": Many(
                {
                    "part_number": G(
                        lambda f: f.pick(
                            ["1K0698151", "BOSCH-0986494", "MICH-PS4-225", "TESLA-1188", "MANN-CUK2939"]
                        )
                    ),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Remplacement plaquettes AV",
                                "Brake pads front",
                                "Interieurfilter",
                                "12V battery",
                                "Pneu hiver",
                            ]
                        )
                    ),
                    "qty": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.money(8, 400)),
                    "labour_hours": G(lambda f: f.pick([0, 0.5, 1.2, 2.0])),
                },
                5,
            ),
            "labour_rate_per_hour": G(lambda f: f.pick([89.0, 105.5, 125.0, 165.0])),
            "total_incl_vat": G(lambda f: f.money(60, 2400)),
            "approved_via": G(lambda f: f.pick(["sms_link", "phone", "in_person", "app"])),
            "mechanic": {
                "id": G(lambda f: "M" + f.digits(4)),
                "name": Y(lambda f: f.o.full, "name"),
            },
            "customer_number": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Vehicle Checked In",
        "garage",
        ["flutter"],
        ANY,
        3,
        {
            "work_order_id": G(lambda f: "WO-" + f.digits(8)),
            "mechanic_name": Y(lambda f: f.o.full, "name"),
            "bay": G(lambda f: f.r.randint(1, 12)),
            "odometer_km": G(lambda f: f.r.randint(3000, 260000)),
            "state_of_charge_pct": G(lambda f: f.r.randint(5, 100)),
            "damage_notes": G(
                lambda f: f.pick(
                    ["Kras achterbumper", "Small dent rear door", "Rayure jante AV droite", "None", ""]
                )
            ),
            "keys_received": G(lambda f: f.pick([1, 2])),
            "customer_present": G(lambda f: f.pick([True, False])),
            "note": Y(mechanic_note, "phone", True),
        },
    ),
    (
        "track",
        "ServiceCompleted",
        "garage",
        ["dotnet"],
        ANY,
        3,
        {
            "WorkOrderId": G(lambda f: "WO-" + f.digits(8)),
            "GarageId": G(lambda f: f.r.randint(100, 9999)),
            "CustomerName": Y(lambda f: f.p.full, "name"),
            "CustomerEmail": Y(lambda f: f.p.email, "email"),
            "LicensePlate": Y(lambda f: f.p.plate, "license"),
            "Vin": Y(lambda f: f.p.vin, "serial"),
            "Mileage": G(lambda f: f.r.randint(3000, 260000)),
            "InvoiceNumber": G(lambda f: f"INV-2024-{f.digits(6)}"),
            "TotalAmount": G(lambda f: f.money(49, 2600)),
            "Currency": G(lambda f: "USD" if f.cc == "US" else "EUR"),
            "NextServiceDue": G(lambda f: f.date(2025, 2026)),
            "TechnicianEmployeeNumber": G(lambda f: f.digits(5)),
            "TechnicianName": Y(lambda f: f.o.full, "name"),
            "WarrantyClaim": G(lambda f: f.pick([True, False])),
            "CompletedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rendez-vous Atelier Réservé",
        "garage",
        ["php"],
        ["FR"],
        2,
        {
            "reference_rdv": G(lambda f: "RDV" + f.digits(7)),
            "civilite": Y(lambda f: f.pick(["M.", "Mme", "M.", "Mme"]), "gender"),
            "nom": Y(lambda f: f.p.last, "name"),
            "prenom": Y(lambda f: f.p.first, "name"),
            "courriel": Y(lambda f: f.p.email, "email"),
            "telephone": Y(lambda f: f.p.phone, "phone"),
            "immatriculation": Y(lambda f: f.p.plate, "license"),
            "kilometrage": G(lambda f: f.r.randint(3000, 260000)),
            "prestation": G(
                lambda f: f.pick(
                    ["vidange", "révision", "contrôle_technique", "pneus", "diagnostic_batterie"]
                )
            ),
            "atelier": G(
                lambda f: f.pick(["Garage Dupont & Fils", "Speedy Lyon Gerland", "Norauto Bordeaux-Lac"])
            ),
            "vehicule_de_pret": G(lambda f: f.pick([True, False])),
            "commentaire": G(
                lambda f: f.pick(["Bruit au freinage", "", "Voyant ABS allumé", "Merci de rappeler avant"])
            ),
        },
    ),
    (
        "track",
        "Courtesy Car Agreement Signed",
        "garage",
        ["java"],
        ANY,
        2,
        {
            "agreementId": G(lambda f: f.uuid()),
            "loanVehiclePlate": Y(lambda f: plate(f, f.cc), "license"),
            "idDocumentType": G(lambda f: f.pick(["passport", "id_card", "passport"])),
            "idDocumentNumber": RED(
                lambda f: f.pick(
                    [
                        alnum(f, 9, "ABCDEFGHJKLNPRSTUVWXYZ0123456789"),
                        f.digits(9),
                        f"{f.digits(2)}{alnum(f, 2, 'ABCDEFGHJKL')}{f.digits(5)}",
                    ]
                ),
                "national id|passport",
            ),
            "driversLicenseNumber": Y(lambda f: f.p.dl, "license"),
            "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
            "depositPaymentMethod": RED(pm_token, "token"),
            "depositAmount": G(lambda f: f.pick([250, 500, 300])),
            "fuelLevelOut": G(lambda f: f.pick(["1/1", "3/4", "1/2"])),
            "returnDue": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "garage",
        ["web"],
        ["US"],
        2,
        {
            "position": G(
                lambda f: f.pick(["EV Technician", "Service Advisor", "Lube Technician", "Master Technician"])
            ),
            "store_city": G(lambda f: f.pick(["Austin", "Denver", "Phoenix", "Raleigh"])),
            "applicant": {
                "first_name": Y(lambda f: f.p.first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
            },
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "ase_certification_number": Y(lambda f: f.digits(8), "certificate"),
            "desired_hourly_rate": Y(lambda f: f.pick([22, 26.5, 31, 38, 45]), "salary"),
            "authorized_to_work_in_us": RED(lambda f: f.pick(["yes", "no"]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "veteran_status": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline_to_answer"]), "veteran"
            ),
            "has_own_tools": G(lambda f: f.pick([True, False])),
            "referral_source": G(
                lambda f: f.pick(["Indeed", "employee_referral", "career_site", "LinkedIn"])
            ),
        },
    ),
    (
        "track",
        "Contractor Tax Info Submitted",
        "garage",
        ["ruby"],
        ["US"],
        2,
        {
            "contractor_id": G(lambda f: "ctr_" + f.digits(6)),
            "legal_name": Y(lambda f: f.p.full, "name"),
            "tin": RED(lambda f: f.ssn(), "social security number"),
            "tax_classification": G(lambda f: f.pick(["individual", "single_member_llc", "individual"])),
            "business_name": G(lambda f: f.pick(["Mobile Tire Pros LLC", "", "Quick EV Fix"])),
            "w9_signed": G(lambda f: True),
            "payout_routing_number": G(
                lambda f: f.pick(["021000021", "111000614", "121000358", "061000104"])
            ),
            "payout_account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    # -- roadside assistance -----------------------------------------------------------------------
    (
        "track",
        "Roadside Assistance Requested",
        "garage",
        ["rn", "swift", "kotlin"],
        ANY,
        4,
        {
            "case_id": G(lambda f: "RA-" + f.digits(8)),
            "membership_number": G(lambda f: f.digits(9)),
            "breakdown_location": {
                "latitude": Y(lambda f: f.p.lat, "geolocation"),
                "longitude": Y(lambda f: f.p.lon, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([4, 9, 20, 48])),
            },
            "reverse_geocoded_address": Y(lambda f: f.p.address, "address"),
            "problem_type": G(
                lambda f: f.pick(["flat_battery", "flat_tyre", "ev_out_of_charge", "accident", "locked_out"])
            ),
            "passengers": G(lambda f: f.r.randint(0, 4)),
            "callback_phone": Y(lambda f: f.p.phone, "phone"),
            "vehicle_plate": Y(lambda f: f.p.plate, "license"),
            "is_ev": G(lambda f: f.pick([True, False])),
            "insurer": G(lambda f: f.pick(["Centraal Beheer", "ANWB", "AXA", "MAIF", "GEICO", "State Farm"])),
            "policy_number": Y(
                lambda f: f.pick(["POL-" + f.digits(9), f.digits(10), "AX" + f.digits(8)]), "identification"
            ),
            "on_highway": G(lambda f: f.pick([True, False])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Car won't start after charging",
                        "Lekke band op vluchtstrook",
                        "Batterie à plat",
                        "Warning light and no power",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Tow Truck Assigned",
        "garage",
        ["go"],
        ANY,
        3,
        {
            "case_id": G(lambda f: "RA-" + f.digits(8)),
            "provider": G(
                lambda f: f.pick(["Wegenwacht", "Dépannage Rapide 69", "AAA Texas", "Road Rescue Denver"])
            ),
            "driver_first_name": Y(lambda f: f.o.first, "name"),
            "driver_photo_url": Y(
                lambda f: f"https://cdn.autocareplus.com/drivers/{f.hexid(12)}.jpg", "photo"
            ),
            "proxy_phone": G(lambda f: f.pick(["+31 85 208 1122", "+33 9 70 73 12 00", "+1 512-765-0199"])),
            "truck_plate": Y(lambda f: plate(f, f.cc), "license"),
            "eta_minutes": G(lambda f: f.r.randint(10, 95)),
            "assigned_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Emergency Contact Notified",
        "garage",
        ["go"],
        ANY,
        2,
        {
            "case_id": G(lambda f: "RA-" + f.digits(8)),
            "contact": {
                "name": Y(lambda f: f.o.full, "name"),
                "phone": Y(lambda f: f.o.phone, "phone"),
                "email": Y(lambda f: f.o.email, "email"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling"])),
            },
            "channel": G(lambda f: f.pick(["sms", "call", "whatsapp"])),
            "template_id": G(lambda f: f.pick(["rsa_notify_v2", "rsa_notify_fr", "rsa_notify_nl"])),
            "delivered": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- fleet -------------------------------------------------------------------------------------
    (
        "group",
        None,
        "fleet",
        ["node"],
        ANY,
        3,
        {
            "name": G(lambda f: f.company[0]),
            "industry": G(lambda f: f.pick(["construction", "logistics", "field_services", "utilities"])),
            "employees": G(lambda f: f.pick([45, 120, 800, 2300])),
            "plan": G(lambda f: f.pick(["fleet_starter", "fleet_pro", "enterprise"])),
            "fleet_size": G(lambda f: f.r.randint(3, 900)),
            "billing_email": G(lambda f: f.company[1]),
            "vat_number": G(lambda f: f.company[2]),
            "registration_number": G(
                lambda f: {"NL": f.digits(8), "FR": f.digits(14)}.get(f.cc, f.digits(2) + "-" + f.digits(7))
            ),
            "hq_address": {
                "street": G(lambda f: f.company[3]),
                "city": G(lambda f: f.company[4]),
                "postal_code": G(lambda f: f.company[5]),
                "country": G(lambda f: f.company[6]),
            },
            "website": G(lambda f: f.company[7]),
            "created_at": G(lambda f: f.iso()),
            "billing_contact": {
                "name": Y(lambda f: f.o.full, "name"),
                "email": Y(lambda f: f.o.work_email, "email"),
                "phone": Y(lambda f: f.o.phone, "phone"),
            },
        },
    ),
    (
        "identify",
        None,
        "fleet",
        ["web"],
        ANY,
        3,
        {
            "email": Y(lambda f: f.p.work_email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "title": G(
                lambda f: f.pick(
                    ["Fleet Manager", "Wagenparkbeheerder", "Responsable flotte", "Office Manager"]
                )
            ),
            "company": G(lambda f: f.company[0]),
            "role": G(lambda f: f.pick(["admin", "fleet_manager", "viewer"])),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "twoFactorEnabled": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "seats": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Driver Added",
        "fleet",
        ["web"],
        ANY,
        4,
        {
            "driver": {
                "employee_number": G(lambda f: f.digits(6)),
                "first_name": Y(lambda f: f.o.first, "name"),
                "last_name": Y(lambda f: f.o.last, "name"),
                "email": Y(lambda f: f.o.work_email, "email"),
                "mobile": Y(lambda f: f.o.phone, "phone"),
                "date_of_birth": Y(lambda f: f.o.dob, "birthdate"),
                "drivers_license_number": Y(lambda f: f.o.dl, "license"),
                "license_expiry": G(lambda f: f.date(2025, 2034)),
                "license_categories": Many(G(lambda f: f.pick(["B", "BE", "C1", "C"])), 2),
                "home_address": Y(lambda f: f.o.address, "address"),
                "cost_center": G(lambda f: f.pick(["CC-100", "CC-210", "KP-4410", "OPS-EAST"])),
            },
            "assigned_vehicle": {
                "plate": Y(lambda f: f.o.plate, "license"),
                "vin": Y(lambda f: f.o.vin, "serial"),
                "lease_company": G(
                    lambda f: f.pick(["LeasePlan", "Ayvens", "Arval", "Enterprise Fleet Management"])
                ),
                "lease_contract_number": G(lambda f: f.digits(9)),
            },
            "charge_card_issued": G(lambda f: f.pick([True, False])),
            "invited_by_admin": G(lambda f: True),
        },
    ),
    (
        "track",
        "Driver Selected",
        "fleet",
        ["web"],
        ANY,
        3,
        {
            "option": {
                "label": Y(
                    lambda f: f.pick([f"{f.o.last}, {f.o.first}", f.o.full, f"{f.o.full} (#{f.digits(5)})"]),
                    "name",
                    True,
                ),
                "value": G(lambda f: "drv_" + f.digits(6)),
            },
            "component": G(lambda f: f.pick(["assign_vehicle_modal", "report_filter", "card_assign"])),
            "list_size": G(lambda f: f.r.randint(3, 400)),
        },
    ),
    (
        "track",
        "Drivers Searched",
        "fleet",
        ["web"],
        ANY,
        2,
        {
            "query": Y(lambda f: f.pick([f.o.last, f.o.full, f.o.first + " " + f.o.last[:3]]), "name", True),
            "results": G(lambda f: f.r.randint(0, 12)),
            "filters_active": G(lambda f: f.pick([0, 1, 2])),
        },
    ),
    (
        "track",
        "Rit Geregistreerd",
        "fleet",
        ["kotlin", "swift"],
        ["NL"],
        3,
        {
            "rit_id": G(lambda f: f.uuid()),
            "kenteken": Y(lambda f: f.p.plate, "license"),
            "vertrekadres": Y(lambda f: f.p.address, "address"),
            "bestemmingsadres": Y(lambda f: f.o.address, "address"),
            "km_begin": G(lambda f: f.r.randint(1000, 200000)),
            "km_eind": G(lambda f: f.r.randint(1000, 200000)),
            "rit_soort": G(lambda f: f.pick(["zakelijk", "privé", "woon-werk"])),
            "omweg_reden": G(lambda f: f.pick(["", "Wegwerkzaamheden A27", "Tankstop", "Laadstop"])),
            "bijtelling_relevant": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Expense Export Generated",
        "fleet",
        ["python"],
        EU,
        2,
        {
            "EXPORT_ID": G(lambda f: f.uuid()),
            "PAYROLL_PERIOD": G(lambda f: f"2024{f.r.randint(1, 12):02d}"),
            "EMPLOYEE_ID": G(lambda f: f.digits(6)),
            "EMPLOYEE_NAME": Y(lambda f: f.p.full, "name"),
            "EMPLOYEE_EMAIL": Y(lambda f: f.p.work_email, "email"),
            "BSN": RED(bsn, "national id"),
            "IBAN": RED(lambda f: f.iban(f.pick(["NL", "FR"])), "bank account"),
            "TOTAL_REIMBURSEMENT_EUR": G(lambda f: f.money(0, 650)),
            "CHARGE_SESSIONS": G(lambda f: f.r.randint(0, 60)),
            "HOME_KWH": G(lambda f: round(f.r.uniform(0, 700), 2)),
            "COST_CENTER": G(lambda f: f.pick(["CC-100", "CC-210", "KP-4410"])),
            "BIJTELLING_PCT": G(lambda f: f.pick([16, 22, 17])),
            "ROW_HASH": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Avantage En Nature Calculé",
        "fleet",
        ["java"],
        ["FR"],
        2,
        {
            "matricule": G(lambda f: f.digits(5)),
            "nom_salarie": Y(lambda f: f.p.full, "name"),
            "numero_securite_sociale": RED(nir, "national id|social security number"),
            "vehicule_immatriculation": Y(lambda f: f.p.plate, "license"),
            "methode": G(lambda f: f.pick(["forfait", "reel"])),
            "montant_mensuel": G(lambda f: f.money(40, 400)),
            "abattement_ve": G(lambda f: f.pick([True, False])),
            "periode": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
        },
    ),
    (
        "track",
        "Driver Background Check Submitted",
        "fleet",
        ["ruby"],
        ["US"],
        2,
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(16)),
            "package": G(lambda f: f.pick(["mvr_only", "driver_pro", "basic_plus_mvr"])),
            "candidate": {
                "full_name": Y(lambda f: f.o.full, "name"),
                "dob": Y(lambda f: f.o.dob, "birthdate"),
                "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
                "drivers_license": {
                    "number": Y(lambda f: f.o.dl, "license"),
                    "state": G(lambda f: f.o.state),
                },
                "zipcode": Y(lambda f: f.o.postcode, "zipcode"),
            },
            "consent_given": G(lambda f: True),
            "status": G(lambda f: f.pick(["pending", "clear", "consider"])),
        },
    ),
    (
        "track",
        "API Key Created",
        "fleet",
        ["node"],
        ANY,
        2,
        {
            "key_id": G(lambda f: "key_" + f.hexid(12)),
            "key_prefix": G(lambda f: "fl_live_" + alnum(f, 4)),
            "api_key": RED(lambda f: "fl_live_" + alnum(f, 40), "secret|token"),
            "scopes": Many(
                G(lambda f: f.pick(["vehicles:read", "drivers:write", "sessions:read", "exports:read"])), 3
            ),
            "created_by_email": Y(lambda f: f.p.work_email, "email"),
        },
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        "fleet",
        ["node"],
        ANY,
        2,
        {
            "endpoint_url": G(
                lambda f: f.pick(
                    [
                        "https://erp.bouwbedrijf-smit.nl/hooks/fleetlane",
                        "https://api.brightline-hvac.com/fl",
                        "https://hooks.zapier.com/hooks/catch/" + f.digits(7),
                    ]
                )
            ),
            "signing_secret": RED(lambda f: "whsec_" + alnum(f, 32), "secret"),
            "events": Many(G(lambda f: f.pick(["session.completed", "driver.created", "fine.received"])), 3),
        },
    ),
    (
        "track",
        "Traffic Fine Assigned To Driver",
        "fleet",
        ["python"],
        ANY,
        2,
        {
            "fine_reference": G(lambda f: f.digits(12)),
            "license_plate": Y(lambda f: f.p.plate, "license"),
            "driver_name": Y(lambda f: f.p.full, "name"),
            "driver_email": Y(lambda f: f.p.work_email, "email"),
            "amount": G(lambda f: f.pick([35, 72.9, 135, 109, 250])),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "recharge_to_employee": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Driving Licence Verified",
        "fleet",
        ["swift", "kotlin"],
        ANY,
        3,
        {
            "verification_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["onfido", "veriff", "idnow"])),
            "decision": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
            "document": {
                "full_name": Y(lambda f: f.p.full.upper(), "name"),
                "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
                "number": Y(lambda f: f.p.dl, "license"),
                "nationality": Y(
                    lambda f: f.pick(
                        {
                            "NL": ["NLD", "MAR", "TUR"],
                            "FR": ["FRA", "DZA", "SEN"],
                            "US": ["USA", "MEX", "IND"],
                        }[f.cc]
                    ),
                    "citizenship",
                ),
                "address": Y(lambda f: f.p.address, "address"),
                "issuing_country": G(lambda f: f.cc),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
            },
            "front_image_url": Y(lambda f: f"https://storage.fleetlane.io/kyc/{f.uuid()}/front.jpg", "photo"),
            "selfie_url": Y(lambda f: f"https://storage.fleetlane.io/kyc/{f.uuid()}/selfie.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
        },
    ),
    (
        "track",
        "SMS Reminder Delivered",
        "garage",
        ["go"],
        ANY,
        3,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+3197010254411", "+33644630012", "+15125550187", "AutoCare"])),
            "To": Y(lambda f: f.p.phone, "phone", True),
            "Body": Y(
                lambda f: f.pick(
                    [
                        f"Hoi {f.p.first}, je auto staat morgen om 08:30 ingepland bij de garage.",
                        f"Bonjour {f.p.first}, votre véhicule est prêt. À bientôt !",
                        f"Hi {f.p.first}, your {f.veh[1]} is ready for pickup.",
                        f"{f.p.first}, reminder: tyre change tomorrow 10:00. Reply STOP to opt out",
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
        "Citation Paid",
        "park",
        ["node"],
        ["US"],
        2,
        {
            "citation_number": G(lambda f: f.pick(["PC" + f.digits(8), f.digits(10)])),
            "license_plate": Y(lambda f: f.p.plate, "license"),
            "plate_state": G(lambda f: f.p.state),
            "payer": {
                "name": Y(lambda f: f.p.full, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "zip": Y(lambda f: f.p.postcode, "zipcode"),
            },
            "payment_method_id": RED(pm_token, "token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "last4": G(lambda f: f.digits(4)),
            },
            "amount_paid": G(lambda f: f.pick([35, 45, 65, 95])),
        },
    ),
    (
        "track",
        "Saved Place Added",
        "ev",
        ["swift", "kotlin", "rn"],
        ANY,
        3,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Thuis", "Maison", "Gym", "Kantoor"])),
            "address": Y(lambda f: f.p.address, "address"),
            "coordinates": {
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lng": Y(lambda f: f.p.lon, "geolocation"),
            },
            "place_type": G(lambda f: f.pick(["home", "work", "other"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "ev",
        ["swift", "kotlin", "rn", "web"],
        ANY,
        2,
        {
            "friend_name": Y(lambda f: f.o.first, "name"),
            "friend_email": Y(lambda f: f.o.email, "email"),
            "friend_phone": Y(lambda f: f.o.phone, "phone"),
            "referral_code": G(lambda f: "VOLT-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
            "reward_eur": G(lambda f: f.pick([10, 15, 25])),
        },
    ),
    (
        "track",
        "Déclaration Kilométrique Envoyée",
        "fleet",
        ["php"],
        ["FR"],
        2,
        {
            "nom": Y(lambda f: f.p.last, "name"),
            "prenom": Y(lambda f: f.p.first, "name"),
            "adresse_domicile": Y(lambda f: f.p.address, "address"),
            "iban_remboursement": RED(lambda f: f.iban("FR"), "bank account"),
            "km_annuels": G(lambda f: f.r.randint(800, 30000)),
            "puissance_fiscale": G(lambda f: f.pick(["3CV", "4CV", "5CV", "7CV"])),
            "montant_bareme": G(lambda f: f.money(300, 9000)),
        },
    ),
    (
        "track",
        "Contact Preferences Updated",
        "park",
        ["swift", "kotlin", "rn"],
        ANY,
        2,
        {
            "whatsapp_number": Y(lambda f: f.p.phone, "phone"),
            "secondary_email": Y(lambda f: f.o.email, "email"),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "alias",
        None,
        "ev",
        ["swift", "kotlin", "web"],
        ANY,
        2,
        {},
    ),
    (
        "screen",
        "Session Receipt",
        "ev",
        ["swift", "kotlin", "rn", "flutter"],
        ANY,
        2,
        {
            "name": G(lambda f: f.pick(["Session Receipt", "Bon", "Reçu"])),
            "from_push": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["history", "home", "wallet"])),
        },
    ),
]


def build(seed: int, rounds: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, app, clients, markets, weight, body in EVENTS:
            for _ in range(weight):
                f.begin(markets)
                f.app = app
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["usr_" + f.digits(7), f.uuid(), f.digits(8)]),
                }
                if kind == "track":
                    msg["event"] = event
                elif kind in ("screen", "page"):
                    msg["name"] = event or "Pricing"
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(f, client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=107, rounds=16)
    write(Path(__file__).parent, "holdout107_", events, labels)
