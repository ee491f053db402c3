"""Writes holdout113: tests/corpus/holdout113_events.jsonl and holdout113_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run against the engine by its author. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for format) and the reference's matcher table
were read.

Domain: a staffing marketplace for hourly shift work (warehouses, restaurants, events) in the US
and Mexico. Workers sign up, verify their identity and right to work, consent to background
checks, add skills and certifications, receive shift offers, book shifts, clock in and out with
location, get timesheets approved, cash out earnings (instant payouts to debit cards, ACH, SPEI /
CLABE in Mexico) and talk to support. Business managers post shifts, add
locations, search and rate workers, pay invoices. Vendor-shaped payloads: Persona identity
inquiries (kebab-case `fields`), Checkr background-check webhooks, Stripe payment methods and
payouts, Twilio call-masking and Verify webhooks, SendGrid event webhooks, Google Places
autocomplete, AppsFlyer install attribution, a warehouse WMS (SCREAMING_SNAKE), a .NET timesheet
service (PascalCase), a Node notifications service (kebab-case) and a Mexican payroll backend
with Spanish keys (nombre, apellido_paterno, telefono, direccion, CURP, RFC, NSS, CLABE).
E-commerce spec events for a work-gear store (boots, hi-vis vests). Contexts of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, campaign, location, externalIds).

Conventions: paths are flattened with portal.events.flatten (`properties.a.b`, arrays `[]`).
Every leaf path has one label: classification, type (the reference's matcher names; `a|b` when
either is fair; own names `bank account`, `geolocation`, `secret`, `national id`,
`advertising id`, `trade union`, `criminal record`), value_only. Values are generated: names
from many cultures (Mexican names with two surnames), US and Mexican phone formats, CURPs and
RFCs with valid check characters, IMSS NSS numbers (Luhn), CLABEs (3-7-1 weights), ABA routing
numbers, Luhn card numbers, VINs with check digits, SSNs and ITINs of valid structure.

Labelling rules (the product's default colours and its published policy):
- PII = personal data about a natural person (the worker, a manager, an emergency contact, a
  referee, a dependant, a witness, our staff): names, contact details, the person's own address
  or precise location, birth dates, government ids, bank accounts and full card numbers,
  special categories, credentials and secrets, IP addresses, advertising and ad-click ids.
  Colours: the reference's default colour for its matchers; outside it, red for secrets, card
  numbers, bank accounts, government ids and health, yellow otherwise.
- Green: ids we or vendors issue (worker, shift, booking, payout, Stripe cus_/po_, Twilio SIDs,
  Checkr report ids), versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (`phoneVerified`, `ssnProvided`, `fields_changed`), product, company, venue
  names, country, state, locale, timezone, currency, user agents, device ids.
- Policy: green for ages, marital status (`estado_civil`, W-4 filing status), job titles and
  employers, a business's own phone/e-mail/address (venue, front desk, role mailboxes such as
  ap@ or support@, Twilio proxy numbers), UUID tokens (Places session token), e-mail Message-IDs.
  Yellow: insurance policy and insurer member numbers (`identification`), pay and hourly rates
  (`salary`), vehicle plates (`license`) and VINs (`serial`), gclid/fbclid/fbp/fbc
  (`advertising id`), the person's billing and shipping addresses (`address`), trade-union
  membership (`trade union`). Red: Stripe pm_ ids, one-time codes and sign-in link tokens
  (`token`), identity document numbers (`national id|passport`), right-to-work answers (`visa`).
Decisions where the policy is silent (what a careful privacy owner would want flagged):
- Pay: money paid to a worker for work (pay rates offered or booked, estimated and gross/net
  pay, earnings balances, payout amounts, tips, SPEI `monto_pago`) is `salary` yellow; money a
  business pays the platform (bill rates, invoice lines, fees) and search filters are green.
- Background checks: a Checkr report's `status`/`adjudication` (clear, consider, adverse action)
  and a self-disclosed conviction are yellow `criminal record`; ids, packages, turnaround green.
- Identity documents: the number of a document presented to prove identity or the right to
  work (Persona `identification-number`, I-9 `documentNumber`, USCIS A-number) is red
  `national id|passport`; a driver's licence number collected as a licence (for a motor-vehicle
  record check) is the reference's yellow `license`, like a vehicle plate.
- Work authorization expiry date is a right-to-work answer: red `visa`. An identity document's
  expiry date is green (like a card expiry).
- Health: a drug-screen result is yellow `diagnosis|condition`; an injury description or the
  injured body part yellow `condition`; "sought medical care" yellow `procedure`; tobacco use on
  a benefits form yellow `condition`. EEO answers: race/ethnicity, gender yellow; veteran and
  disability status red (the reference's colours).
- A business's EIN, a venue's coordinates, the WMS's pallet `LICENSE_PLATE` and a scanner's
  serial are not a person's: green. A worker's certificate numbers (ServSafe, OSHA, TABC, food
  handler) are yellow `certificate`; certification names are green.
- value_only is true only when the path's own key is neutral (`q`, `label`, `text`, `value`,
  `input`, `comment`, `description`, `message-body`, externalIds[].id, and the addressing keys
  `to`, `From`, `Caller` of Twilio payloads, which do not say a phone number follows). A generic
  leaf key under a parent that names the field (Persona's `fields.name-first.value`) is not
  value_only.
- Free text: a value_only PII path holds that PII in every value (names in every rating comment,
  a phone or an e-mail in every account-update ticket); free-text fields that never carry PII
  (cancellation notes, bios, timesheet notes) are green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------

FIRST_US = [
    "Ashley",
    "DeShawn",
    "Keisha",
    "Tyrone",
    "Brianna",
    "Cody",
    "Jasmine",
    "Marcus",
    "Shanice",
    "Thanh",
    "Linh",
    "Wei",
    "Abdirahman",
    "Fatuma",
    "Oksana",
    "Dmytro",
    "Mamadou",
    "Aminata",
    "Jean-Baptiste",
    "Wideline",
    "Rajesh",
    "Anjali",
    "Kenji",
    "Soo-jin",
    "Emeka",
    "Chiamaka",
    "Mohammed",
    "Layla",
    "Paolo",
    "Tomás",
    "Kayla",
    "Dakota",
    "Nizhoni",
    "Hyun-woo",
    "Precious",
]
FIRST_MX = [
    "María Guadalupe",
    "José Luis",
    "Juan Carlos",
    "Ximena",
    "Alejandro",
    "Fernanda",
    "Jorge",
    "Yesenia",
    "Marisol",
    "Eduardo",
    "Nayeli",
    "Xóchitl",
    "Rosa",
    "Inés",
    "Brenda",
    "Luis Ángel",
    "Itzel",
    "Ricardo",
    "Citlali",
    "Héctor",
]
LAST_US = [
    "Johnson",
    "Williams",
    "Brown",
    "Jackson",
    "Washington",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Wang",
    "Li",
    "Patel",
    "Shah",
    "Okonkwo",
    "Adeyemi",
    "Diallo",
    "Warsame",
    "Kovalenko",
    "Shevchenko",
    "Baptiste",
    "O'Connor",
    "Murphy",
    "Yamamoto",
    "Cohen",
    "Al-Sayed",
    "Haddad",
    "Begay",
    "Tsosie",
    "Mbatha",
    "Fofanah",
]
LAST_MX = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Ortiz",
    "Reyes",
    "Castillo",
    "Morales",
    "Jiménez",
    "de la Cruz",
    "Santos",
    "Villarreal",
    "Zúñiga",
    "Treviño",
]
FREEMAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"]
FREEMAIL_MX = ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es", "live.com.mx", "prodigy.net.mx"]
BIZ_DOMAINS = [
    "harborlogistics.com",
    "bluefinhospitality.com",
    "lonestarfoods.com",
    "eventprosusa.com",
    "grupoalmacenes.com.mx",
    "desertdc.com",
    "northgatecatering.com",
]
US_METROS = [
    # city, state, zip prefix, area codes, lat, lon
    ("Dallas", "TX", "752", ["214", "469", "972"], 32.78, -96.80),
    ("Houston", "TX", "770", ["713", "832", "281"], 29.76, -95.37),
    ("Phoenix", "AZ", "850", ["602", "480", "623"], 33.45, -112.07),
    ("Los Angeles", "CA", "900", ["213", "323", "310"], 34.05, -118.24),
    ("Fontana", "CA", "923", ["909"], 34.09, -117.43),
    ("Chicago", "IL", "606", ["312", "773"], 41.88, -87.63),
    ("Atlanta", "GA", "303", ["404", "678"], 33.75, -84.39),
    ("Las Vegas", "NV", "891", ["702"], 36.17, -115.14),
    ("Memphis", "TN", "381", ["901"], 35.15, -90.05),
    ("Columbus", "OH", "432", ["614"], 39.96, -83.00),
    ("Newark", "NJ", "071", ["973", "862"], 40.74, -74.17),
    ("Miami", "FL", "331", ["305", "786"], 25.76, -80.19),
    ("San Antonio", "TX", "782", ["210"], 29.42, -98.49),
    ("Indianapolis", "IN", "462", ["317"], 39.77, -86.16),
]
MX_METROS = [
    # ciudad, estado, cp prefix, lada, lat, lon
    ("Ciudad de México", "CDMX", "0", "55", 19.43, -99.13),
    ("Guadalajara", "Jalisco", "44", "33", 20.67, -103.35),
    ("Zapopan", "Jalisco", "45", "33", 20.72, -103.39),
    ("Monterrey", "Nuevo León", "64", "81", 25.69, -100.32),
    ("Tijuana", "Baja California", "22", "664", 32.51, -117.04),
    ("Querétaro", "Querétaro", "76", "442", 20.59, -100.39),
    ("Puebla", "Puebla", "72", "222", 19.04, -98.21),
    ("Cancún", "Quintana Roo", "775", "998", 21.16, -86.85),
]
US_STREETS = [
    "W Olive Ave",
    "E Camelback Rd",
    "Bissonnet St",
    "N Western Ave",
    "Peachtree St NE",
    "S Lamar Blvd",
    "Valley View Ln",
    "Sierra Ave",
    "Lamar Ave",
    "Cleveland Ave",
    "Ferry St",
    "NW 36th St",
    "Culebra Rd",
    "E 38th St",
    "Walnut Hill Ln",
    "S Figueroa St",
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Hidalgo",
    "Av. Vallarta",
    "Calle Morelos",
    "Av. Constitución",
    "Calle 5 de Mayo",
    "Blvd. Agua Caliente",
    "Calle Zaragoza",
    "Av. Juárez",
    "Calle Allende",
]
COLONIAS = [
    "Del Valle",
    "Roma Norte",
    "Americana",
    "Centro",
    "Obrera",
    "Mitras Centro",
    "Zona Río",
    "Santa Fe",
    "Jardines del Bosque",
    "Supermanzana 63",
]
MUNICIPIOS = [
    "Benito Juárez",
    "Cuauhtémoc",
    "Guadalajara",
    "Zapopan",
    "Monterrey",
    "San Nicolás de los Garza",
    "Tijuana",
    "Querétaro",
    "Puebla",
    "Iztapalapa",
]
ESTADOS_CURP = ["DF", "JC", "NL", "BC", "QT", "PL", "QR", "MC", "GT", "MN", "OC", "VZ", "CH", "SL"]
ROLES = [
    "Warehouse Associate",
    "Forklift Operator",
    "Line Cook",
    "Dishwasher",
    "Server",
    "Bartender",
    "Event Setup Crew",
    "Concessions Attendant",
    "Picker/Packer",
    "Prep Cook",
    "Barback",
    "Banquet Server",
    "Loader/Unloader",
]
ROLES_ES = ["Auxiliar de almacén", "Montacarguista", "Mesero", "Cocinero", "Ayudante general", "Garrotero"]
VENUES = [
    "Harbor Logistics DC-4",
    "Lone Star Foods Kitchen",
    "AT&T Stadium Gate F",
    "Desert DC Fulfillment",
    "Bluefin Hotel Ballroom",
    "Northgate Catering Commissary",
    "Grupo Almacenes CEDIS Tultitlán",
    "Convention Center Hall C",
]
COMPANIES = [
    "Harbor Logistics",
    "Bluefin Hospitality",
    "Lone Star Foods",
    "Event Pros USA",
    "Grupo Almacenes",
    "Desert Distribution",
    "Northgate Catering",
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]
GOOGLE_IMAGE_PROXY = (
    "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
)
ALNUM = string.ascii_letters + string.digits
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
CONSONANTS = "BCDFGHJKLMNPRSTVZ"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class SF(Fake):
    """Fake values for US and Mexican shift workers."""

    # names
    def first(self):
        return self.pick(FIRST_US + FIRST_MX)

    def last(self):
        return self.pick(LAST_US + LAST_MX)

    def full_name(self):
        if self.r.random() < 0.35:
            return f"{self.pick(FIRST_MX)} {self.pick(LAST_MX)} {self.pick(LAST_MX)}"
        return f"{self.first()} {self.last()}"

    def display_name(self):
        return f"{self.first().split()[0]} {self.last()[0]}."

    def mx_first(self):
        return self.pick(FIRST_MX)

    def mx_last(self):
        return self.pick(LAST_MX)

    # contact
    def email(self, domains=None):
        first = ascii_fold(self.first().split()[0]).lower().replace("-", "")
        last = ascii_fold(self.last()).lower().replace("'", "").replace(" ", "").replace("-", "")
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[:4]}",
            ]
        )
        return f"{user}@{self.pick(domains or (FREEMAIL + FREEMAIL_MX))}"

    def work_email(self):
        first = ascii_fold(self.first().split()[0]).lower().replace("-", "")
        last = ascii_fold(self.last()).lower().replace("'", "").replace(" ", "")
        return f"{self.pick([first + '.' + last, first[0] + last, first])}@{self.pick(BIZ_DOMAINS)}"

    def phone_us(self, style=None):
        area = self.pick(self.pick(US_METROS)[3])
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        style = style or self.pick(["e164", "paren", "dash", "dot", "plain", "intl"])
        return {
            "e164": f"+1{area}{ex}{line:04d}",
            "paren": f"({area}) {ex}-{line:04d}",
            "dash": f"{area}-{ex}-{line:04d}",
            "dot": f"{area}.{ex}.{line:04d}",
            "plain": f"{area}{ex}{line:04d}",
            "intl": f"+1 {area}-{ex}-{line:04d}",
        }[style]

    def phone_mx(self, style=None):
        lada = self.pick(MX_METROS)[3]
        rest = self.digits(10 - len(lada))
        a, b = rest[: len(rest) - 4], rest[-4:]
        style = style or self.pick(["e164", "intl", "local", "plain", "paren", "old_mobile"])
        return {
            "e164": f"+52{lada}{rest}",
            "intl": f"+52 {lada} {a} {b}",
            "local": f"{lada} {a} {b}",
            "plain": f"{lada}{rest}",
            "paren": f"({lada}) {a}-{b}",
            "old_mobile": f"+52 1 {lada} {a} {b}",
        }[style]

    def phone(self, style=None):
        x = self.r.random()
        if x < 0.62:
            return self.phone_us()
        if x < 0.94:
            return self.phone_mx()
        return self.pick(
            [
                f"+502 {self.r.randint(3000, 5999)} {self.digits(4)}",
                f"+63 917 {self.digits(3)} {self.digits(4)}",
                f"+509 3{self.digits(3)} {self.digits(4)}",
                f"+380 67 {self.digits(3)} {self.digits(2)} {self.digits(2)}",
            ]
        )

    def proxy_number(self):
        return "+1" + self.pick(["2145550", "4695550", "6025550", "9095550"]) + f"{self.r.randint(100, 199)}"

    # places
    def street(self):
        num = self.r.randint(100, 19999)
        tail = self.pick(
            ["", "", "", f" Apt {self.r.randint(1, 420)}", f" Unit {self.pick('ABCDEF')}", " #2"]
        )
        return f"{num} {self.pick(US_STREETS)}{tail}"

    def street_mx(self):
        tail = self.pick(["", f" Int. {self.r.randint(1, 12)}", f" Depto. {self.r.randint(101, 504)}"])
        return f"{self.pick(MX_STREETS)} {self.r.randint(1, 3200)}{tail}"

    def city(self):
        return self.pick([m[0] for m in US_METROS] + [m[0] for m in MX_METROS])

    def city_us(self):
        return self.pick(US_METROS)[0]

    def state_us(self):
        return self.pick(US_METROS)[1]

    def zip(self):
        return f"{self.pick(US_METROS)[2]}{self.r.randint(0, 99):02d}"

    def cp_mx(self):
        prefix = self.pick(MX_METROS)[2]
        return prefix + "".join(str(self.r.randint(0, 9)) for _ in range(5 - len(prefix)))

    def full_address(self):
        m = self.pick(US_METROS)
        return f"{self.street()}, {m[0]}, {m[1]} {m[2]}{self.r.randint(0, 99):02d}"

    def partial_address(self):
        return self.pick(
            [
                f"{self.r.randint(100, 9999)} {self.pick(US_STREETS)}",
                f"{self.r.randint(100, 9999)} {' '.join(self.pick(US_STREETS).split()[:2])}",
                f"{self.pick(MX_STREETS)} {self.r.randint(1, 900)}",
                f"{self.r.randint(1000, 19999)} {self.pick(US_STREETS)}, {self.city_us()}",
            ]
        )

    def geo(self, which):
        m = self.pick(US_METROS + MX_METROS)
        base = m[4] if which == "lat" else m[5]
        return round(base + self.r.uniform(-0.25, 0.25), self.pick([5, 6, 7]))

    # ids
    def curp(self):
        letters = (
            self.pick("GHLMRSPCFO") + self.pick("AEIOU") + self.pick("GHLMRSPCFO") + self.pick("AJMRLEG")
        )
        yy, mm, dd = self.r.randint(60, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{letters}{yy:02d}{mm:02d}{dd:02d}{self.pick('HM')}{self.pick(ESTADOS_CURP)}"
        body += "".join(self.pick(CONSONANTS) for _ in range(3)) + str(self.r.randint(0, 9))
        total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self):
        letters = (
            self.pick("GHLMRSPCFO") + self.pick("AEIOU") + self.pick("GHLMRSPCFO") + self.pick("AJMRLEG")
        )
        date = f"{self.r.randint(60, 99):02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        homo = "".join(self.pick("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(2))
        base = letters + date + homo
        total = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(base))
        rem = total % 11
        check = "0" if rem == 0 else ("A" if 11 - rem == 10 else str(11 - rem))
        return base + check

    def nss(self):
        return self.luhn_complete(
            f"{self.r.randint(1, 99):02d}{self.r.randint(0, 24):02d}{self.r.randint(60, 99)}{self.digits(4)}"
        )

    def ine(self):
        letters = "".join(self.pick(CONSONANTS) for _ in range(6))
        date = f"{self.r.randint(60, 99)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
        return f"{letters}{date}{self.r.randint(1, 32):02d}{self.pick('HM')}{self.r.randint(100, 900)}"

    def clabe(self):
        body = (
            self.pick(["002", "012", "014", "021", "072", "127", "137", "646"])
            + self.digits(3)
            + self.digits(11)
        )
        total = sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6))
        return body + str((10 - total % 10) % 10)

    def routing(self):
        d = [
            int(c)
            for c in self.pick(["011", "021", "026", "031", "053", "061", "071", "111", "113", "122", "322"])
        ]
        d += [self.r.randint(0, 9) for _ in range(5)]
        check = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        return "".join(map(str, d)) + str(check)

    def bank_account(self):
        return self.digits(self.pick([8, 9, 10, 12]))

    def itin(self):
        mid = self.pick([50, 57, 63, 70, 78, 83, 88, 90, 92, 94, 99])
        return f"9{self.r.randint(0, 99):02d}-{mid}-{self.r.randint(1, 9999):04d}"

    def a_number(self):
        n = self.digits(9)
        return self.pick([f"A{n}", f"A-{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def passport(self):
        return self.pick([self.digits(9), self.pick("ACEG") + self.digits(8), "G" + self.digits(8)])

    def dl(self):
        return self.pick(
            [
                self.pick("ABDFGNRSY") + self.digits(7),
                self.digits(8),
                self.pick("DMS") + self.digits(8),
                self.pick("BCDHKMPRSW") + self.digits(11),
                f"{self.pick('GHMS')}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
                self.digits(10),
            ]
        )

    def plate(self):
        L = string.ascii_uppercase
        return self.pick(
            [
                f"{self.r.randint(5, 9)}{''.join(self.pick(L) for _ in range(3))}{self.digits(3)}",
                f"{''.join(self.pick(L) for _ in range(3))}-{self.digits(4)}",
                f"{''.join(self.pick(L) for _ in range(3))}-{self.digits(3)}-{self.pick(L)}",
                f"{''.join(self.pick(L) for _ in range(3))}{self.digits(4)}",
            ]
        )

    def vin(self):
        trans = {
            c: v
            for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"])
            for c in cs
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.pick(["1FT", "1HG", "3N1", "5YJ", "JTD", "1GC", "3VW", "2T1"])
        vds = "".join(self.pick(chars) for _ in range(5))
        vis = self.pick("FGHJKLMNP") + self.pick(chars) + self.digits(6)
        raw = wmi + vds + "0" + vis
        total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(raw, weights))
        check = "X" if total % 11 == 10 else str(total % 11)
        return raw[:8] + check + raw[9:]

    def ssn(self):
        s = super().ssn()
        return s if self.r.random() < 0.7 else s.replace("-", "")

    # tokens and vendor ids
    def alnum(self, n):
        return "".join(self.pick(ALNUM) for _ in range(n))

    def stripe(self, prefix):
        return f"{prefix}_1{self.alnum(23)}"

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQobChMI", "CjwKCAjw"]) + "".join(
            self.pick(ALNUM + "-_") for _ in range(self.r.randint(70, 90))
        )

    def fbclid(self):
        return "IwAR" + "".join(self.pick(ALNUM + "-_") for _ in range(58))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def otp(self):
        return self.pick([self.digits(6), f"{self.r.randint(0, 999999):06d}", self.digits(4)])

    def money(self, lo=1, hi=500):
        return round(self.r.uniform(lo, hi), 2)

    def rate(self):
        return self.pick([15.0, 16.5, 17.0, 18.25, 19.0, 20.0, 21.5, 22.0, 24.0, 26.5, 30.0])

    def rate_mx(self):
        return self.pick([65.0, 72.5, 80.0, 95.0, 110.0, 125.0])

    def dob(self):
        return self.date(1958, 2006)

    def shift_id(self):
        return "shf_" + self.hexid(12)


# -- contexts -----------------------------------------------------------------------------------

WORKER_APP = {"name": "Shiftly", "namespace": "com.shiftly.worker"}


def ctx_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
    }


def ctx_location():
    return {
        "latitude": Y(lambda f: f.geo("lat"), "geolocation"),
        "longitude": Y(lambda f: f.geo("lon"), "geolocation"),
        "speed": G(lambda f: f.pick([0.0, 0.4, 1.2, 3.1])),
    }


def web_ctx(f: SF, extra):
    page = f.pick(["/shifts", "/workers", "/timesheets", "/billing", "/locations/new", "/signup", "/gear"])
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.indeed.com/", "https://shiftly.app/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=indeed&utm_medium=cpc", "?ref=nav", "?tab=upcoming"])
            ),
            "title": G(
                lambda f: f.pick(["Shiftly for Business", "Timesheets | Shiftly", "Post a shift - Shiftly"])
            ),
            "url": G(lambda f: "https://business.shiftly.app" + page),
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
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-US", "en"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["q2_hiring_push", "holiday_peak_2024", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "indeed", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(lambda f: f.pick(["temp staffing", "warehouse workers near me", "event staff"])),
            "content": G(lambda f: f.pick(["hero_cta", "sidebar", "text_ad_2"])),
        }
    return ctx


def ios_ctx(f: SF, extra):
    ctx = {
        "app": {
            "name": G(lambda f: WORKER_APP["name"]),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["61400", "61502", "61600"])),
            "namespace": G(lambda f: WORKER_APP["namespace"]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone12,1", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "AT&T", "Telcel", "Cricket"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 428])),
            "height": G(lambda f: f.pick([844, 667, 926])),
            "density": G(lambda f: f.pick([2, 3])),
        },
        "timezone": G(
            lambda f: f.pick(
                ["America/Chicago", "America/Los_Angeles", "America/Mexico_City", "America/Phoenix"]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }
    if "location" in extra:
        ctx["location"] = ctx_location()
    return ctx


def android_ctx(f: SF, extra):
    ctx = {
        "app": {
            "name": G(lambda f: WORKER_APP["name"]),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.1", "6.16.0"])),
            "build": G(lambda f: f.pick(["6140", "6151", "6160"])),
            "namespace": G(lambda f: WORKER_APP["namespace"]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A546U", "moto g stylus 5G", "Pixel 7a", "Redmi Note 12"])),
            "name": G(lambda f: f.pick(["a54x", "dubai", "lynx", "tapas"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "es-MX"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Metro by T-Mobile", "AT&T", "Telcel", "Movistar"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "America/Monterrey", "America/Tijuana"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546U Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g stylus 5G Build/T1TD33.16-47)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }
    if "location" in extra:
        ctx["location"] = ctx_location()
    return ctx


def rn_ctx(f: SF, extra):
    ctx = {
        "app": {
            "name": G(lambda f: WORKER_APP["name"]),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["614", "615", "616"])),
            "namespace": G(lambda f: WORKER_APP["namespace"]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918U", "moto g power (2022)"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.pick([f.uuid(), f.uuid().upper()]), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([852, 915, 800])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Denver", "America/Mexico_City"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }
    if "location" in extra:
        ctx["location"] = ctx_location()
    return ctx


def flutter_ctx(f: SF, extra):
    ctx = {
        "app": {
            "name": G(lambda f: WORKER_APP["name"]),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.0", "6.16.1"])),
            "build": G(lambda f: f.pick(["614", "615", "6161"])),
            "namespace": G(lambda f: WORKER_APP["namespace"]),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone16,2", "SM-G991U", "CPH2437"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.0.5", "1.1.3"])),
        },
        "locale": G(lambda f: f.pick(["en_US", "es_MX", "es_US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([852, 915, 780])),
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Mexico_City", "America/New_York"])),
    }
    if "location" in extra:
        ctx["location"] = ctx_location()
    return ctx


SERVER_LIBS = {
    "py": ("analytics-python", ["2.3.3", "2.3.2", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.0.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.2.8"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0", "3.8.0"]),
}


def server_ctx(lib):
    def make(f: SF, extra):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "py") and f.r.random() < 0.6:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if lib in ("node", "ruby") and f.r.random() < 0.5:
            ctx["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.email(), "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib in ("java", "php", "dotnet") and f.r.random() < 0.5:
            ctx["groupId"] = G(lambda f: "biz_" + f.digits(6))
        if lib == "go" and f.r.random() < 0.5:
            ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "ios": ios_ctx,
    "android": android_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
MOBILE = ("ios", "android", "rn", "flutter")


# -- shared pieces ------------------------------------------------------------------------------


def gear_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: (
                f.pick(["BT", "HV", "GL", "AP"])
                + "-"
                + f.digits(4)
                + "-"
                + f.pick(["BLK", "YEL", "ORG", "M", "L", "10W"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Non-Slip Work Shoe",
                    "Class 2 Hi-Vis Vest",
                    "Cut-Resistant Gloves",
                    "Black Bistro Apron",
                    "Steel Toe Boot 6in",
                ]
            )
        ),
        "brand": G(
            lambda f: f.pick(["Shoes For Crews", "Carhartt", "Ergodyne", "Skechers Work", "Chef Works"])
        ),
        "category": G(lambda f: f.pick(["Footwear", "Safety", "Uniforms", "Gloves"])),
        "variant": G(lambda f: f.pick(["Size 9", "Size 10.5 Wide", "M", "L", "XL", "One Size"])),
        "price": G(lambda f: f.pick([12.99, 24.5, 39.99, 54.0, 79.95])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def shift_core():
    return {
        "shift_id": G(lambda f: f.shift_id()),
        "role": G(lambda f: f.pick(ROLES)),
        "start_time": G(lambda f: f.iso()),
        "end_time": G(lambda f: f.iso()),
    }


def account_update_text(f: SF) -> str:
    return f.pick(
        [
            f"Hi, I got a new number, it's {f.phone()} please update my account",
            f"I can't log in, my email is {f.email()}",
            f"Please send my 1099 to {f.email()} instead",
            f"Call me at {f.phone()} about my missing payout",
            f"hola, cambié mi número a {f.phone_mx()}, gracias",
            f"Changed my email to {f.email()}, the old one doesn't work anymore",
            f"please text me {f.phone_us()} my app keeps crashing at clock in",
        ]
    )


def rating_comment(f: SF) -> str:
    n = f.first().split()[0]
    return f.pick(
        [
            f"{n} was on time and worked hard all shift",
            f"Great job by {n}, would book again",
            f"{n} left 30 min early without telling the lead",
            f"Please send {n} back next week, very reliable",
            f"{n} needs more training on the dish machine",
            f"Excelente trabajo de {n}",
        ]
    )


# -- events -------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, body, weight)

EVENTS = [
    # -- workers: identity and onboarding --------------------------------------------------------
    (
        "identify",
        None,
        MOBILE,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "avatar": Y(lambda f: f"https://cdn.shiftly.app/avatars/{f.uuid()}.jpg", "photo"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city_us(), "city"),
                "state": G(lambda f: f.state_us()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "createdAt": G(lambda f: f.iso()),
            "userType": G(lambda f: "worker"),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "vi", "uk"])),
            "workerStatus": G(lambda f: f.pick(["onboarding", "active", "paused", "deactivated"])),
            "completedShifts": G(lambda f: f.r.randint(0, 640)),
            "reliabilityScore": G(lambda f: f.money(60, 100)),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "ssnProvided": G(lambda f: f.pick([True, False])),
            "hasCar": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 67)),
            "referralCode": G(lambda f: f.alnum(7).upper()),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "skills": Many(
                G(
                    lambda f: f.pick(
                        ["forklift", "food_handler", "bartending", "pallet_jack", "rf_scanner", "banquet"]
                    )
                ),
                4,
            ),
        },
        4,
    ),
    (
        "identify",
        None,
        ("py",),
        {
            "nombre": Y(lambda f: f.mx_first(), "name"),
            "apellido_paterno": Y(lambda f: f.mx_last(), "name"),
            "apellido_materno": Y(lambda f: f.mx_last(), "name"),
            "correo": Y(lambda f: f.email(FREEMAIL_MX), "email"),
            "telefono": Y(lambda f: f.phone_mx(), "phone"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "nss": RED(lambda f: f.nss(), "social security number|national id"),
            "sexo": Y(lambda f: f.pick(["H", "M", "hombre", "mujer"]), "sex|gender"),
            "nacionalidad": Y(
                lambda f: f.pick(["mexicana", "guatemalteca", "venezolana", "hondureña"]), "citizenship"
            ),
            "estado_civil": G(lambda f: f.pick(["soltero", "casada", "unión libre", "divorciado"])),
            "escolaridad": G(lambda f: f.pick(["secundaria", "preparatoria", "licenciatura", "primaria"])),
            "direccion": {
                "calle": Y(lambda f: f.street_mx(), "address|street"),
                "colonia": Y(lambda f: f.pick(COLONIAS), "address|street"),
                "codigo_postal": Y(lambda f: f.cp_mx(), "zipcode"),
                "municipio": Y(lambda f: f.pick(MUNICIPIOS), "city"),
                "estado": G(lambda f: f.pick([m[1] for m in MX_METROS])),
                "pais": G(lambda f: "MX"),
            },
            "alta_imss": G(lambda f: f.pick([True, False])),
            "fecha_registro": G(lambda f: f.iso()),
            "mercado": G(lambda f: f.pick(["CDMX", "GDL", "MTY", "TIJ", "QRO"])),
        },
        2,
    ),
    (
        "track",
        "Signed Up",
        (*MOBILE, "web"),
        {
            "signup_method": G(lambda f: f.pick(["phone", "email", "apple", "google"])),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "zip_code": Y(lambda f: f.zip(), "zipcode"),
            "referral_code": G(lambda f: f.pick(["", f.alnum(7).upper(), f.alnum(7).upper()])),
            "accepted_terms_version": G(lambda f: f.pick(["2024-01", "2024-05", "2023-09"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "user_type": G(lambda f: f.pick(["worker", "business"])),
            "country": G(lambda f: f.pick(["US", "MX"])),
        },
        2,
    ),
    (
        "track",
        "Phone Verification Code Sent",
        ("node",),
        {
            "to": Y(lambda f: f.phone(), "phone", True),
            "code": RED(lambda f: f.otp(), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "call"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "expires_in_seconds": G(lambda f: f.pick([300, 600, 900])),
            "provider": G(lambda f: "twilio_verify"),
            "verification_sid": G(lambda f: f.sid("VE")),
            "locale": G(lambda f: f.pick(["en", "es"])),
        },
        1,
    ),
    (
        "track",
        "Magic Link Requested",
        ("py", "node"),
        {
            "email": Y(lambda f: f.email(), "email"),
            "login_url": RED(
                lambda f: f"https://shiftly.app/auth/magic?token={f.alnum(43)}&next=%2Fshifts", "token"
            ),
            "link_expires_at": G(lambda f: f.iso()),
            "requester_ip": Y(lambda f: f.ipv4(), "ip"),
            "is_new_device": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Address Autocomplete Used",
        MOBILE,
        {
            "input": Y(lambda f: f.partial_address(), "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "country_filter": G(lambda f: f.pick(["us", "mx", "us|mx"])),
            "provider": G(lambda f: "google_places"),
        },
        1,
    ),
    (
        "track",
        "Home Address Confirmed",
        MOBILE,
        {
            "component": G(lambda f: f.pick(["address_card", "address_sheet", "onboarding_step_3"])),
            "text": Y(lambda f: f.full_address(), "address", True),
            "edited_manually": G(lambda f: f.pick([True, False])),
            "address_verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Identity Verification Completed",
        ("ruby",),
        {
            "inquiry_id": G(lambda f: "inq_" + f.alnum(25)),
            "template_id": G(lambda f: "itmpl_" + f.alnum(24)),
            "status": G(lambda f: f.pick(["completed", "approved", "declined", "needs_review"])),
            "document_type": G(lambda f: f.pick(["dl", "pp", "id", "ine", "pr"])),
            "document_country": G(lambda f: f.pick(["US", "MX", "GT", "VE"])),
            "fields": {
                "name-first": {"value": Y(lambda f: f.first(), "name")},
                "name-last": {"value": Y(lambda f: f.last(), "name")},
                "birthdate": {"value": Y(lambda f: f.dob(), "birthdate")},
                "identification-number": {
                    "value": RED(lambda f: f.pick([f.dl(), f.passport(), f.ine()]), "national id|passport"),
                },
                "address-street-1": {"value": Y(lambda f: f.street(), "address|street")},
                "address-city": {"value": Y(lambda f: f.city(), "city")},
                "address-postal-code": {"value": Y(lambda f: f.zip(), "zipcode")},
                "address-subdivision": {"value": G(lambda f: f.state_us())},
            },
            "document_expiration_date": G(lambda f: f.date(2025, 2034)),
            "selfie_similarity_score": G(lambda f: f.money(0.5, 1.0)),
            "selfie_photo_url": Y(
                lambda f: f"https://withpersona.com/api/v1/files/{f.alnum(20)}/selfie_center.jpg", "photo"
            ),
            "checks": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "id_barcode_detection",
                                "id_expired_detection",
                                "selfie_id_comparison",
                                "id_po_box_detection",
                            ]
                        )
                    ),
                    "status": G(lambda f: f.pick(["passed", "failed", "not_applicable"])),
                },
                4,
            ),
        },
        2,
    ),
    (
        "track",
        "Right To Work Submitted",
        ("java",),
        {
            "i9FormId": G(lambda f: f.uuid()),
            "citizenshipStatus": RED(
                lambda f: f.pick(
                    ["us_citizen", "noncitizen_national", "lawful_permanent_resident", "authorized_alien"]
                ),
                "visa|citizenship",
            ),
            "requiresSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "workAuthorizationExpires": RED(lambda f: f.pick(["", f.date(2025, 2028), "N/A"]), "visa"),
            "uscisNumber": RED(lambda f: f.a_number(), "national id"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "otherLastNamesUsed": Y(lambda f: f.last(), "name"),
            "listADocument": G(lambda f: f.pick(["us_passport", "permanent_resident_card", "ead", "none"])),
            "documentNumber": RED(lambda f: f.pick([f.passport(), f.a_number()]), "national id|passport"),
            "preparerUsed": G(lambda f: f.pick([True, False])),
            "signedAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Background Check Consent Given",
        ("web", *MOBILE),
        {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "dob": Y(lambda f: f.dob(), "birthdate"),
            "consent_ip": Y(lambda f: f.ipv4(), "ip"),
            "e_signature": Y(lambda f: f.full_name(), "name"),
            "driver_license_number": Y(lambda f: f.dl(), "license"),
            "driver_license_state": G(lambda f: f.state_us()),
            "previous_addresses": Many(
                {
                    "street": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city_us(), "city"),
                    "state": G(lambda f: f.state_us()),
                    "zip": Y(lambda f: f.zip(), "zipcode"),
                    "years_at_address": G(lambda f: f.r.randint(0, 12)),
                },
                3,
            ),
            "convicted_last_7_years": Y(lambda f: f.pick([True, False]), "criminal record"),
            "fcra_disclosure_version": G(lambda f: f.pick(["v3", "v4", "v4.1"])),
            "california_applicant": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Background Check Report Updated",
        ("ruby",),
        {
            "id": G(lambda f: "evt_" + f.hexid(24)),
            "type": G(lambda f: f.pick(["report.completed", "report.updated", "report.engaged"])),
            "created_at": G(lambda f: f.iso()),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "object": G(lambda f: "report"),
                    "status": Y(
                        lambda f: f.pick(["clear", "consider", "pending", "suspended"]), "criminal record"
                    ),
                    "adjudication": Y(
                        lambda f: f.pick(["engaged", "pre_adverse_action", "post_adverse_action", None]),
                        "criminal record",
                    ),
                    "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_plus"])),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "ssn_trace_id": G(lambda f: f.hexid(24)),
                    "sex_offender_search_id": G(lambda f: f.hexid(24)),
                    "county_criminal_search_ids": Many(G(lambda f: f.hexid(24)), 3),
                    "turnaround_time": G(lambda f: f.r.randint(3600, 400000)),
                    "completed_at": G(lambda f: f.iso()),
                }
            },
        },
        2,
    ),
    (
        "track",
        "EEO Survey Submitted",
        ("web", *MOBILE),
        {
            "gender": Y(lambda f: f.pick(["female", "male", "decline"]), "gender"),
            "hispanic_or_latino": Y(lambda f: f.pick(["yes", "no", "decline"]), "ethnicity"),
            "race": Y(
                lambda f: f.pick(
                    [
                        "white",
                        "black_or_african_american",
                        "asian",
                        "american_indian_or_alaska_native",
                        "two_or_more",
                        "decline",
                    ]
                ),
                "race|ethnicity",
            ),
            "veteran_status": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline"]), "veteran"
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            "form_version": G(lambda f: f.pick(["CC-305 2023", "CC-305 2020"])),
            "completed_in_seconds": G(lambda f: f.r.randint(20, 400)),
        },
        2,
    ),
    (
        "track",
        "Certification Added",
        MOBILE,
        {
            "certification_name": G(
                lambda f: f.pick(
                    [
                        "ServSafe Food Handler",
                        "OSHA 10 General Industry",
                        "TABC Seller-Server",
                        "Forklift Operator (Class IV)",
                        "RBS Certified",
                    ]
                )
            ),
            "certificate_number": Y(
                lambda f: f.pick(
                    [f.digits(8), "OSHA-" + f.digits(8), f.digits(4) + "-" + f.digits(6), "RBS" + f.digits(7)]
                ),
                "certificate",
            ),
            "issuing_body": G(
                lambda f: f.pick(
                    ["National Restaurant Association", "OSHA Outreach", "Texas ABC", "California ABC"]
                )
            ),
            "issued_on": G(lambda f: f.date(2018, 2024)),
            "expires_on": G(lambda f: f.date(2025, 2029)),
            "upload_source": G(lambda f: f.pick(["camera", "gallery", "pdf"])),
            "verified": G(lambda f: f.pick([True, False])),
            "years_experience": G(lambda f: f.r.randint(0, 15)),
        },
        2,
    ),
    (
        "track",
        "Vehicle Added",
        MOBILE,
        {
            "vin": Y(lambda f: f.vin(), "serial"),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "plate_state": G(lambda f: f.pick(["TX", "CA", "AZ", "NL", "JAL"])),
            "make": G(lambda f: f.pick(["Toyota", "Nissan", "Honda", "Ford", "Chevrolet"])),
            "model": G(lambda f: f.pick(["Corolla", "Versa", "Civic", "F-150", "Silverado"])),
            "year": G(lambda f: f.r.randint(2008, 2024)),
            "insurance_provider": G(
                lambda f: f.pick(["Progressive", "GEICO", "State Farm", "Qualitas", "GNP"])
            ),
            "insurance_policy_number": Y(
                lambda f: f.pick([f.digits(9), "PA" + f.digits(8), f.digits(4) + "-" + f.digits(6) + "-01"]),
                "identification",
            ),
            "insurance_expires": G(lambda f: f.date(2025, 2026)),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Added",
        MOBILE,
        {
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "contact_phone": Y(lambda f: f.phone(), "phone"),
            "relationship": G(
                lambda f: f.pick(["mother", "spouse", "sibling", "friend", "partner", "father"])
            ),
            "is_primary": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Tax Info Submitted",
        ("py", "java"),
        {
            "form": G(lambda f: f.pick(["W-9", "W-4"])),
            "tin_type": G(lambda f: f.pick(["ssn", "itin"])),
            "tin": RED(lambda f: f.pick([f.ssn(), f.itin()]), "social security number|national id"),
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "federal_tax_classification": G(lambda f: f.pick(["individual", "sole_proprietor"])),
            "filing_status": G(lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])),
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "state_of_residence": G(lambda f: f.state_us()),
        },
        1,
    ),
    (
        "track",
        "Benefits Enrollment Submitted",
        ("dotnet",),
        {
            "PlanName": G(lambda f: f.pick(["MEC Basic", "Bronze PPO", "Silver HMO"])),
            "CoverageTier": G(lambda f: f.pick(["employee_only", "employee_spouse", "family"])),
            "MemberId": Y(
                lambda f: f.pick(["W" + f.digits(9), "XEH" + f.digits(9), f.digits(11)]), "identification"
            ),
            "TobaccoUse": Y(lambda f: f.pick([True, False]), "condition"),
            "PrimaryCarePhysician": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "Dependents": Many(
                {
                    "FirstName": Y(lambda f: f.first(), "name"),
                    "LastName": Y(lambda f: f.last(), "name"),
                    "DateOfBirth": Y(lambda f: f.date(2006, 2023), "birthdate"),
                    "Relationship": G(lambda f: f.pick(["child", "spouse", "domestic_partner"])),
                },
                3,
            ),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "MonthlyPremium": G(lambda f: f.money(0, 220)),
            "AcaMeasurementHours": G(lambda f: f.money(300, 1600)),
        },
        1,
    ),
    (
        "track",
        "Union Dues Authorization Signed",
        ("php",),
        {
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "union_local": Y(
                lambda f: f.pick(
                    ["UNITE HERE Local 11", "UNITE HERE Local 23", "Teamsters Local 745", "SEIU 32BJ"]
                ),
                "trade union",
            ),
            "dues_checkoff": Y(lambda f: f.pick([True, False]), "trade union"),
            "venue_id": G(lambda f: "ven_" + f.digits(5)),
            "agreement_version": G(lambda f: f.pick(["2023-2026", "2024-2027", "2022-2025"])),
            "signed_at": G(lambda f: f.iso()),
        },
        1,
    ),
    # -- shifts ----------------------------------------------------------------------------------
    (
        "track",
        "Shift Posted",
        ("web",),
        {
            **shift_core(),
            "business_id": G(lambda f: "biz_" + f.digits(6)),
            "location_id": G(lambda f: "loc_" + f.digits(6)),
            "venue": {
                "name": G(lambda f: f.pick(VENUES)),
                "address": G(
                    lambda f: f.pick(
                        [
                            "4800 Hwy 161, Irving, TX 75038",
                            "1 AT&T Way, Arlington, TX 76011",
                            "10601 Sierra Ave, Fontana, CA 92337",
                            "Av. Tultitlán Ote. 14, Tultitlán, Méx.",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Irving", "Arlington", "Fontana", "Tultitlán"])),
                "state": G(lambda f: f.pick(["TX", "CA", "MEX"])),
                "zip": G(lambda f: f.pick(["75038", "76011", "92337", "54900"])),
                "phone": G(lambda f: f.pick(["(972) 555-0142", "+1 817-555-0199", "+52 55 5555 0134"])),
                "lat": G(lambda f: f.pick([32.8686, 32.7473, 34.0789, 19.6163])),
                "lng": G(lambda f: f.pick([-96.9795, -97.0945, -117.4355, -99.1713])),
            },
            "hourly_rate": Y(lambda f: f.rate(), "salary"),
            "bill_rate": G(lambda f: f.pick([24.5, 27.0, 31.75, 36.0, 41.25])),
            "workers_needed": G(lambda f: f.r.randint(1, 40)),
            "break_minutes": G(lambda f: f.pick([0, 30, 45, 60])),
            "dress_code": G(
                lambda f: f.pick(
                    ["all black", "black pants, white shirt", "closed-toe shoes", "hi-vis provided"]
                )
            ),
            "requirements": Many(
                G(lambda f: f.pick(["food_handler", "forklift", "lift_50lbs", "bilingual", "steel_toe"])), 3
            ),
            "is_urgent": G(lambda f: f.pick([True, False])),
            "parking_instructions": G(
                lambda f: f.pick(
                    [
                        "Park in lot B, enter through dock door 7",
                        "Street parking only",
                        "Use the employee garage, level P2",
                        "",
                    ]
                )
            ),
            "posted_by": {
                "id": G(lambda f: "usr_" + f.digits(7)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
            },
            "site_contact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
        },
        3,
    ),
    (
        "track",
        "Shift Offer Viewed",
        MOBILE,
        {
            **shift_core(),
            "pay_rate": Y(lambda f: f.rate(), "salary"),
            "estimated_earnings": Y(lambda f: f.money(60, 320), "salary"),
            "distance_miles": G(lambda f: f.money(0.5, 35)),
            "venue_name": G(lambda f: f.pick(VENUES)),
            "venue_city": G(lambda f: f.city()),
            "surge_multiplier": G(lambda f: f.pick([1.0, 1.1, 1.25, 1.5])),
            "list_position": G(lambda f: f.r.randint(1, 30)),
            "source": G(lambda f: f.pick(["feed", "push", "sms", "favorites"])),
        },
        3,
    ),
    (
        "track",
        "Shift Booked",
        MOBILE,
        {
            **shift_core(),
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "pay_rate": Y(lambda f: f.rate(), "salary"),
            "is_first_shift": G(lambda f: f.pick([True, False])),
            "commute_mode": G(lambda f: f.pick(["car", "bus", "rideshare", "bike", "walk"])),
            "calendar_synced": G(lambda f: f.pick([True, False])),
            "waitlisted": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Shift Cancelled",
        (*MOBILE, "web"),
        {
            "shift_id": G(lambda f: f.shift_id()),
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "cancelled_by": G(lambda f: f.pick(["worker", "business", "admin"])),
            "reason": G(
                lambda f: f.pick(
                    ["sick", "transportation", "schedule_conflict", "shift_no_longer_needed", "other"]
                )
            ),
            "reason_text": G(
                lambda f: f.pick(
                    [
                        "car broke down",
                        "found a full time job",
                        "family emergency",
                        "double booked by mistake",
                        "the event got moved",
                        "",
                    ]
                )
            ),
            "hours_before_start": G(lambda f: f.money(0, 96)),
            "penalty_applied": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Clocked In",
        MOBILE,
        {
            "shift_id": G(lambda f: f.shift_id()),
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "clock_in_at": G(lambda f: f.iso()),
            "latitude": Y(lambda f: f.geo("lat"), "geolocation"),
            "longitude": Y(lambda f: f.geo("lon"), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([4.7, 12.0, 35.5, 65.0])),
            "within_geofence": G(lambda f: f.pick([True, False])),
            "distance_from_venue_m": G(lambda f: f.r.randint(0, 900)),
            "method": G(lambda f: f.pick(["gps", "qr", "manager_override"])),
            "selfie_url": Y(lambda f: f"https://cdn.shiftly.app/clock/{f.uuid()}.jpg", "photo"),
        },
        4,
        ("location",),
    ),
    (
        "track",
        "Clocked Out",
        MOBILE,
        {
            "shift_id": G(lambda f: f.shift_id()),
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "clock_out_at": G(lambda f: f.iso()),
            "location": {
                "lat": Y(lambda f: f.geo("lat"), "geolocation"),
                "lng": Y(lambda f: f.geo("lon"), "geolocation"),
                "accuracy": G(lambda f: f.pick([5, 10, 20, 48])),
            },
            "hours_worked": G(lambda f: f.money(2, 12)),
            "break_minutes": G(lambda f: f.pick([0, 30, 45, 60])),
            "within_geofence": G(lambda f: f.pick([True, False])),
            "injury_reported": G(lambda f: f.pick([False, False, True])),
        },
        4,
        ("location",),
    ),
    (
        "track",
        "Shift Reminder Sent",
        ("node",),
        {
            "shift-id": G(lambda f: f.shift_id()),
            "worker-phone": Y(lambda f: f.phone_us("e164"), "phone"),
            "message-template": G(lambda f: f.pick(["reminder_24h", "reminder_2h", "reminder_24h_es"])),
            "message-body": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.first().split()[0]}, reminder: your shift at {f.pick(VENUES)} "
                        "starts tomorrow at 7:00 AM.",
                        f"{f.first().split()[0]}, your shift starts in 2 hours. Reply C to confirm.",
                        f"Hola {f.first().split()[0]}, tu turno empieza mañana a las 6:00 AM.",
                    ]
                ),
                "name",
                True,
            ),
            "send-at": G(lambda f: f.iso()),
            "sms-segments": G(lambda f: f.r.randint(1, 3)),
            "delivery-status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "twilio-message-sid": G(lambda f: f.sid("SM")),
        },
        2,
    ),
    (
        "track",
        "Masked Call Completed",
        ("go",),
        {
            "CallSid": G(lambda f: f.sid("CA")),
            "AccountSid": G(lambda f: "AC" + "7e2f1c9ab04d4c2e9f1b6a3d5c8e0f12"),
            "From": Y(lambda f: f.phone_us("e164"), "phone", True),
            "Caller": Y(lambda f: f.phone_us("e164"), "phone", True),
            "To": G(lambda f: f.proxy_number()),
            "Called": G(lambda f: f.proxy_number()),
            "CallStatus": G(lambda f: f.pick(["completed", "busy", "no-answer", "failed"])),
            "CallDuration": G(lambda f: f.r.randint(0, 600)),
            "participant_role": G(lambda f: f.pick(["worker", "site_contact"])),
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
        },
        1,
    ),
    # -- timesheets, pay and payouts -------------------------------------------------------------
    (
        "track",
        "Timesheet Approved",
        ("dotnet",),
        {
            "TimesheetId": G(lambda f: f.r.randint(1_000_000, 9_999_999)),
            "WorkerId": G(lambda f: "wrk_" + f.digits(7)),
            "WorkerName": Y(lambda f: f.full_name(), "name"),
            "ShiftDate": G(lambda f: f.date(2024, 2024)),
            "RegularHours": G(lambda f: f.money(2, 8)),
            "OvertimeHours": G(lambda f: f.pick([0.0, 0.5, 1.25, 2.0])),
            "HourlyRate": Y(lambda f: f.rate(), "salary"),
            "GrossPay": Y(lambda f: f.money(40, 380), "salary"),
            "ApprovedBy": Y(lambda f: f.full_name(), "name"),
            "ApproverEmail": Y(lambda f: f.work_email(), "email"),
            "ApprovedAt": G(lambda f: f.iso()),
            "CostCenter": G(lambda f: f.pick(["CC-1040", "CC-2210", "OPS-DFW", "FNB-02"])),
            "PoNumber": G(lambda f: "PO" + f.digits(7)),
            "Adjustments": Many(
                {
                    "Reason": G(lambda f: f.pick(["missed_clock_out", "break_not_taken", "late_arrival"])),
                    "Minutes": G(lambda f: f.pick([-30, -15, 10, 20])),
                },
                2,
            ),
            "Note": G(
                lambda f: f.pick(
                    [
                        "Adjusted for missed clock out",
                        "Approved per site lead",
                        "Break not taken, paid in full",
                        "",
                    ]
                )
            ),
            "Disputed": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "screen",
        "Earnings",
        MOBILE,
        {
            "period": G(lambda f: f.pick(["this_week", "last_week", "month", "ytd"])),
            "total_earnings": Y(lambda f: f.money(0, 2400), "salary"),
        },
        2,
    ),
    (
        "track",
        "Instant Payout Requested",
        MOBILE,
        {
            "payout_id": G(lambda f: f.stripe("po")),
            "payout_amount": Y(lambda f: f.money(20, 900), "salary"),
            "fee": G(lambda f: f.pick([0.0, 1.99, 2.5, 3.0])),
            "currency": G(lambda f: f.pick(["usd", "mxn"])),
            "destination_type": G(lambda f: f.pick(["debit_card", "bank_account"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(lambda f: f.stripe("pm"), "token"),
            "earnings_balance": Y(lambda f: f.money(0, 1500), "salary"),
            "tip_amount": Y(lambda f: f.pick([0.0, 5.0, 12.5, 20.0]), "salary"),
            "arrival_eta_minutes": G(lambda f: f.pick([30, 60, 1440])),
        },
        2,
    ),
    (
        "track",
        "Payout Method Added",
        (*MOBILE, "web"),
        {
            "method_type": G(lambda f: f.pick(["ach", "debit_card"])),
            "bank_name": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "Bank of America", "Chime", "Cash App"])
            ),
            "routing_number": G(lambda f: f.routing()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "debit_card_number": RED(lambda f: f.card(), "credit card"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "verification_method": G(lambda f: f.pick(["instant", "microdeposits", "plaid"])),
            "is_default": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Cuenta de Pago Registrada",
        ("py",),
        {
            "trabajador_id": G(lambda f: "wrk_" + f.digits(7)),
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "tarjeta_debito": RED(lambda f: f.card(formatted=False), "credit card"),
            "banco": G(
                lambda f: f.pick(
                    ["BBVA México", "Banorte", "Santander", "Banco Azteca", "BanCoppel", "Nu México"]
                )
            ),
            "titular": Y(lambda f: f"{f.mx_first()} {f.mx_last()} {f.mx_last()}", "name"),
            "rfc_titular": RED(lambda f: f.rfc(), "national id"),
            "tipo_cuenta": G(lambda f: f.pick(["clabe", "tarjeta"])),
            "verificada": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Pago Enviado",
        ("py",),
        {
            "pago_id": G(lambda f: "pay_" + f.hexid(12)),
            "clabe_destino": RED(lambda f: f.clabe(), "bank account"),
            "beneficiario": Y(lambda f: f"{f.mx_first()} {f.mx_last()} {f.mx_last()}", "name"),
            "monto_pago": Y(lambda f: f.money(300, 6000), "salary"),
            "tarifa_por_hora": Y(lambda f: f.rate_mx(), "salary"),
            "clave_rastreo": G(lambda f: "MBAN" + f.digits(22)),
            "banco_destino": G(lambda f: f.pick(["BBVA MEXICO", "BANORTE", "SANTANDER", "AZTECA"])),
            "concepto": G(
                lambda f: f.pick(["Pago turnos semana 18", "Pago turno " + f.digits(6), "Anticipo de nómina"])
            ),
            "estatus": G(lambda f: f.pick(["liquidado", "en_proceso", "devuelto"])),
            "moneda": G(lambda f: "MXN"),
        },
        1,
    ),
    (
        "track",
        "Turno Reservado",
        ("py",),
        {
            "turno_id": G(lambda f: f.shift_id()),
            "trabajador_id": G(lambda f: "wrk_" + f.digits(7)),
            "nombre_trabajador": Y(lambda f: f"{f.mx_first()} {f.mx_last()}", "name"),
            "telefono": Y(lambda f: f.phone_mx(), "phone"),
            "tarifa_por_hora": Y(lambda f: f.rate_mx(), "salary"),
            "puesto": G(lambda f: f.pick(ROLES_ES)),
            "sucursal": G(
                lambda f: f.pick(
                    ["CEDIS Tultitlán", "Almacén Apodaca", "Cocina Central Zapopan", "Salón Los Arcos"]
                )
            ),
            "ciudad_sucursal": G(lambda f: f.pick(["Tultitlán", "Apodaca", "Zapopan", "Querétaro"])),
            "fecha_inicio": G(lambda f: f.iso()),
            "requiere_uniforme": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # -- business side ---------------------------------------------------------------------------
    (
        "identify",
        None,
        ("web",),
        {
            "email": Y(lambda f: f.work_email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Operations Manager",
                        "GM",
                        "Warehouse Supervisor",
                        "Catering Director",
                        "HR Coordinator",
                    ]
                )
            ),
            "userType": G(lambda f: "business"),
            "role": G(lambda f: f.pick(["admin", "scheduler", "approver", "viewer"])),
            "createdAt": G(lambda f: f.iso()),
            "company": {
                "id": G(lambda f: "biz_" + f.digits(6)),
                "name": G(lambda f: f.pick(COMPANIES)),
                "industry": G(lambda f: f.pick(["Logistics", "Hospitality", "Food Service", "Events"])),
                "employee_count": G(lambda f: f.pick([25, 120, 450, 2300])),
                "plan": G(lambda f: f.pick(["pay_as_you_go", "growth", "enterprise"])),
            },
            "locationsCount": G(lambda f: f.r.randint(1, 40)),
        },
        2,
    ),
    (
        "group",
        None,
        ("web", "node"),
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Logistics", "Hospitality", "Food Service", "Events"])),
            "employees": G(lambda f: f.pick(["11-50", "51-200", "201-1000", "1000+"])),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "growth", "enterprise"])),
            "website": G(lambda f: f.pick(["https://" + d for d in BIZ_DOMAINS])),
            "address": G(
                lambda f: f.pick(
                    [
                        "4800 Hwy 161, Irving, TX 75038",
                        "2201 E Camelback Rd, Phoenix, AZ 85016",
                        "Av. Tultitlán Ote. 14, Tultitlán, Méx. 54900",
                        "1100 W Fulton Market, Chicago, IL 60607",
                    ]
                )
            ),
            "supportEmail": G(
                lambda f: f.pick(["ops@", "staffing@", "hr@", "support@"]) + f.pick(BIZ_DOMAINS)
            ),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "createdAt": G(lambda f: f.iso()),
            "primaryContact": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.work_email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "csm": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: ascii_fold(f.first().split()[0]).lower() + "@shiftly.app", "email"),
            },
        },
        2,
    ),
    (
        "track",
        "Business Lead Captured",
        ("web",),
        {
            "company_name": G(lambda f: f.pick([*COMPANIES, "Taquería El Güero", "Sunbelt Cold Storage"])),
            "contact_name": Y(lambda f: f.full_name(), "name"),
            "work_email": Y(lambda f: f.work_email(), "email"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "job_title": G(lambda f: f.pick(["Owner", "Ops Manager", "HR Director", "Kitchen Manager"])),
            "locations": G(lambda f: f.r.randint(1, 60)),
            "weekly_shifts_needed": G(lambda f: f.pick(["1-10", "11-50", "51-200", "200+"])),
            "how_did_you_hear": G(lambda f: f.pick(["google", "linkedin", "referral", "trade_show"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "landing_page": G(lambda f: f.pick(["/business", "/business/warehouse", "/business/events"])),
        },
        2,
    ),
    (
        "track",
        "Location Added",
        ("web",),
        {
            "location_id": G(lambda f: "loc_" + f.digits(6)),
            "location_name": G(lambda f: f.pick(VENUES)),
            "address": {
                "line1": G(
                    lambda f: f.pick(
                        ["4800 Hwy 161", "1 AT&T Way", "10601 Sierra Ave", "Av. Tultitlán Ote. 14"]
                    )
                ),
                "city": G(lambda f: f.pick(["Irving", "Arlington", "Fontana", "Tultitlán"])),
                "state": G(lambda f: f.pick(["TX", "CA", "MEX"])),
                "postal_code": G(lambda f: f.pick(["75038", "76011", "92337", "54900"])),
                "country": G(lambda f: f.pick(["US", "MX"])),
            },
            "coordinates": {
                "lat": G(lambda f: f.pick([32.8686, 32.7473, 34.0789, 19.6163])),
                "lng": G(lambda f: f.pick([-96.9795, -97.0945, -117.4355, -99.1713])),
            },
            "front_desk_phone": G(
                lambda f: f.pick(["(972) 555-0142", "+1 909-555-0170", "+52 55 5555 0134"])
            ),
            "timezone": G(
                lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "America/Mexico_City"])
            ),
            "manager_on_site": {
                "name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.phone(), "phone"),
            },
        },
        1,
    ),
    (
        "track",
        "Workers Searched",
        ("web",),
        {
            "q": Y(
                lambda f: f.pick(
                    [f.full_name(), f.first().split()[0] + " " + f.last(), f.last(), f.full_name().lower()]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "scope": G(lambda f: f.pick(["favorites", "past_workers", "all"])),
            "location_id": G(lambda f: "loc_" + f.digits(6)),
        },
        2,
    ),
    (
        "track",
        "Dropdown Option Selected",
        ("web",),
        {
            "component": G(
                lambda f: f.pick(["assign_worker_select", "approver_select", "backup_worker_select"])
            ),
            "label": Y(lambda f: f.display_name(), "name", True),
            "option_id": G(lambda f: "wrk_" + f.digits(7)),
        },
        2,
    ),
    (
        "track",
        "Worker Rated",
        ("web",),
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "stars": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(
                G(
                    lambda f: f.pick(
                        ["punctual", "hard_working", "friendly", "needs_training", "no_call_no_show"]
                    )
                ),
                3,
            ),
            "would_rebook": G(lambda f: f.pick([True, False])),
            "comment": Y(rating_comment, "name", True),
            "block_worker": G(lambda f: f.pick([True, False])),
            "favorite_added": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Incident Reported",
        ("web",),
        {
            "incident_id": G(lambda f: "inc_" + f.digits(6)),
            "worker_id": G(lambda f: "wrk_" + f.digits(7)),
            "incident_type": G(lambda f: f.pick(["injury", "near_miss", "property_damage"])),
            "injury_description": Y(
                lambda f: f.pick(
                    [
                        "cut on left hand from box cutter",
                        "lower back strain lifting cases",
                        "slipped on wet floor, bruised knee",
                        "minor burn on forearm from fryer",
                    ]
                ),
                "condition|diagnosis",
            ),
            "body_part": Y(lambda f: f.pick(["hand", "lower back", "knee", "forearm", "ankle"]), "condition"),
            "sought_medical_care": Y(lambda f: f.pick([True, False]), "procedure"),
            "witness_name": Y(lambda f: f.full_name(), "name"),
            "witness_phone": Y(lambda f: f.phone(), "phone"),
            "reported_by": Y(lambda f: f.full_name(), "name"),
            "area": G(lambda f: f.pick(["Dock 4", "Kitchen line", "Aisle 17", "Loading bay"])),
            "occurred_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Drug Screen Completed",
        ("ruby",),
        {
            "order_id": G(lambda f: f.digits(9)),
            "panel": G(lambda f: f.pick(["5-panel", "10-panel", "5-panel + alcohol"])),
            "clinic_name": G(
                lambda f: f.pick(["Concentra Irving", "Quest PSC Fontana", "LabCorp Phoenix Midtown"])
            ),
            "clinic_address": G(
                lambda f: f.pick(
                    [
                        "1234 W Airport Fwy, Irving, TX 75062",
                        "16900 Slover Ave, Fontana, CA 92337",
                        "1300 N 12th St, Phoenix, AZ 85006",
                    ]
                )
            ),
            "result": Y(
                lambda f: f.pick(["negative", "positive", "negative_dilute", "cancelled"]),
                "condition|diagnosis",
            ),
            "collected_at": G(lambda f: f.iso()),
            "specimen_id": G(lambda f: f.digits(10)),
        },
        1,
    ),
    (
        "track",
        "Pick Task Completed",
        ("java",),
        {
            "WORKER_BADGE_ID": G(lambda f: f.digits(6)),
            "WORKER_NAME": Y(lambda f: f.last().upper() + ", " + f.first().upper(), "name"),
            "SUPERVISOR_NAME": Y(lambda f: f.full_name().upper(), "name"),
            "SITE_CODE": G(lambda f: f.pick(["DFW4", "ONT8", "PHX2", "MEX1"])),
            "DOCK_DOOR": G(lambda f: f.r.randint(1, 60)),
            "LICENSE_PLATE": G(lambda f: "LP" + f.digits(8)),
            "ITEM_SKU": G(lambda f: f.digits(6) + "-" + f.pick(["EA", "CS", "PL"])),
            "UNITS_PICKED": G(lambda f: f.r.randint(1, 400)),
            "SCAN_TS": G(lambda f: f.iso()),
            "RF_GUN_SERIAL": G(lambda f: f.pick(["21345B", "S19" + f.digits(6), "TC52-" + f.digits(6)])),
        },
        2,
    ),
    (
        "track",
        "Invoice Generated",
        ("php",),
        {
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(5)),
            "business_id": G(lambda f: "biz_" + f.digits(6)),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "billing_email": G(
                lambda f: f.pick(["ap@", "accounts.payable@", "billing@", "invoices@"]) + f.pick(BIZ_DOMAINS)
            ),
            "subtotal": G(lambda f: f.money(500, 40000)),
            "platform_fee": G(lambda f: f.money(50, 4000)),
            "tax": G(lambda f: f.money(0, 3000)),
            "total": G(lambda f: f.money(500, 45000)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "line_items": Many(
                {
                    "description": G(lambda f: f.pick(ROLES) + f.pick([" - 8.0h", " - 6.5h", " - 10.0h"])),
                    "worker_name": Y(lambda f: f.full_name(), "name"),
                    "hours": G(lambda f: f.money(2, 12)),
                    "bill_rate": G(lambda f: f.pick([24.5, 27.0, 31.75, 36.0])),
                    "amount": G(lambda f: f.money(50, 450)),
                },
                4,
            ),
        },
        2,
    ),
    (
        "track",
        "Payment Method Added",
        ("web",),
        {
            "customer_id": G(lambda f: f.stripe("cus")),
            "payment_method": {
                "id": RED(lambda f: f.stripe("pm"), "token"),
                "type": G(lambda f: f.pick(["card", "us_bank_account"])),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit"])),
                    "country": G(lambda f: f.pick(["US", "MX"])),
                },
                "billing_details": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.work_email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "address": {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city_us(), "city"),
                        "state": G(lambda f: f.state_us()),
                        "postal_code": Y(lambda f: f.zip(), "zipcode"),
                        "country": G(lambda f: "US"),
                    },
                },
            },
        },
        1,
    ),
    (
        "track",
        "Integration Connected",
        ("node",),
        {
            "provider": G(lambda f: f.pick(["deputy", "when_i_work", "adp", "kronos"])),
            "api_key": RED(lambda f: f.pick([f.secret(), f.alnum(40), "dpt_" + f.alnum(32)]), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "scopes": Many(G(lambda f: f.pick(["shifts:read", "timesheets:write", "employees:read"])), 3),
            "connected_by_email": Y(lambda f: f.work_email(), "email"),
            "account_subdomain": G(lambda f: f.pick(["harborlogistics", "bluefin", "lonestar"])),
        },
        1,
    ),
    (
        "track",
        "Bank Identity Verified",
        ("node",),
        {
            "item_id": G(lambda f: f.alnum(37)),
            "request_id": G(lambda f: f.alnum(15)),
            "institution_name": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "Chime", "Navy Federal Credit Union"])
            ),
            "account": {
                "account_id": G(lambda f: f.alnum(37)),
                "mask": G(lambda f: f.digits(4)),
                "name": G(
                    lambda f: f.pick(
                        ["Plaid Checking", "TOTAL CHECKING", "Everyday Checking", "Spending Account"]
                    )
                ),
                "subtype": G(lambda f: f.pick(["checking", "savings"])),
            },
            "owners": Many(
                {
                    "names": Many(Y(lambda f: f.full_name().upper(), "name"), 2),
                    "emails": Many(
                        {
                            "data": Y(lambda f: f.email(), "email"),
                            "primary": G(lambda f: f.pick([True, False])),
                            "type": G(lambda f: f.pick(["primary", "secondary"])),
                        },
                        2,
                    ),
                    "phone_numbers": Many(
                        {
                            "data": Y(lambda f: f.phone_us(), "phone"),
                            "type": G(lambda f: f.pick(["mobile", "home", "work"])),
                        },
                        2,
                    ),
                    "addresses": Many(
                        {
                            "data": {
                                "street": Y(lambda f: f.street(), "address|street"),
                                "city": Y(lambda f: f.city_us(), "city"),
                                "region": G(lambda f: f.state_us()),
                                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            },
                            "primary": G(lambda f: f.pick([True, False])),
                        },
                        2,
                    ),
                },
                1,
            ),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
        },
        1,
    ),
    (
        "track",
        "Pay Stub Generated",
        ("dotnet",),
        {
            "PayStubId": G(lambda f: f.uuid()),
            "PayPeriodEnd": G(lambda f: f.date(2024, 2024)),
            "EmployeeName": Y(lambda f: f.full_name(), "name"),
            "EmployeeSsn": RED(lambda f: f.ssn(), "social security number"),
            "HomeAddress": Y(lambda f: f.full_address(), "address"),
            "NetPay": Y(lambda f: f.money(80, 1400), "salary"),
            "YtdGross": Y(lambda f: f.money(500, 42000), "salary"),
            "FederalWithholding": G(lambda f: f.pick(["single", "married", "exempt"])),
            "PayFrequency": G(lambda f: f.pick(["weekly", "daily"])),
            "DeliveredVia": G(lambda f: f.pick(["app", "email", "paper"])),
        },
        1,
    ),
    (
        "track",
        "CFDI Nomina Timbrado",
        ("py",),
        {
            "uuid_cfdi": G(lambda f: f.uuid().upper()),
            "rfc_emisor": G(lambda f: f.pick(["GAL0803127H4", "SLF1207093Q1", "ENM150615RT8"])),
            "nombre_emisor": G(
                lambda f: f.pick(
                    [
                        "Grupo Almacenes SA de CV",
                        "Servicios Logísticos del Bajío SA de CV",
                        "Eventos del Norte S de RL",
                    ]
                )
            ),
            "rfc_receptor": RED(lambda f: f.rfc(), "national id"),
            "curp_receptor": RED(lambda f: f.curp(), "national id"),
            "nss_receptor": RED(lambda f: f.nss(), "social security number|national id"),
            "nombre_receptor": Y(lambda f: f"{f.mx_first()} {f.mx_last()} {f.mx_last()}".upper(), "name"),
            "salario_diario_integrado": Y(lambda f: f.money(260, 900), "salary"),
            "total_percepciones": Y(lambda f: f.money(800, 9000), "salary"),
            "fecha_pago": G(lambda f: f.date(2024, 2024)),
            "periodicidad": G(lambda f: f.pick(["02", "04", "99"])),
            "serie_folio": G(lambda f: "N-" + f.digits(6)),
        },
        1,
    ),
    (
        "track",
        "Ticket Updated",
        ("ruby",),
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "status": G(lambda f: f.pick(["open", "pending", "solved"])),
                "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
                "via_channel": G(lambda f: f.pick(["web", "mobile_sdk", "email", "whatsapp"])),
                "tags": Many(G(lambda f: f.pick(["payout", "clock_in", "timesheet_dispute", "spanish"])), 3),
            },
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
            },
            "assignee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: ascii_fold(f.first().split()[0]).lower() + "@shiftly.app", "email"),
            },
            "group_name": G(lambda f: f.pick(["Worker Support", "Soporte MX", "Business Success"])),
        },
        1,
    ),
    # -- growth, messaging, support --------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        MOBILE,
        {
            "provider": G(lambda f: "appsflyer"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(
                lambda f: f.pick(["worker_acq_dfw", "worker_acq_gdl", "brand_es", "retarget_lapsed"])
            ),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "click_time": G(lambda f: f.iso()),
            "install_time": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        {
            "referral_code": G(lambda f: f.alnum(7).upper()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_phone": Y(lambda f: f.phone(), "phone"),
            "reward_amount": G(lambda f: f.pick([25, 50, 100])),
            "invites": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "from_contacts": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
        1,
    ),
    (
        "track",
        "Email Event",
        ("go",),
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: (
                    f"{f.hexid(11)}.filterdrecv-{f.digits(3)}."
                    f"{f.r.randint(1000, 9999)}.{f.hexid(8).upper()}.0"
                )
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(4)}@ismtpd-{f.digits(3)}>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "useragent": G(lambda f: f.pick([*WEB_UAS, GOOGLE_IMAGE_PROXY])),
            "category": Many(
                G(lambda f: f.pick(["shift_reminders", "weekly_digest", "payouts", "onboarding"])), 2
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://shiftly.app/shifts?utm_source=email",
                        "https://shiftly.app/earnings",
                        "https://shiftly.app/help",
                    ]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Support Ticket Created",
        ("web", *MOBILE),
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(lambda f: "account_update"),
            "channel": G(lambda f: f.pick(["in_app", "web_form", "whatsapp"])),
            "description": Y(account_update_text, "phone|email", True),
            "language": G(lambda f: f.pick(["en", "es"])),
            "attachments_count": G(lambda f: f.r.randint(0, 3)),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
        },
        2,
    ),
    (
        "track",
        "Support Chat Message Sent",
        MOBILE,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "message_id": G(lambda f: f.digits(14)),
            "author_type": G(lambda f: f.pick(["user", "bot"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "Where can I see my timesheet?",
                        "How long does instant pay take?",
                        "The app won't let me clock in",
                        "¿Cuándo me pagan?",
                        "Thanks!",
                    ]
                )
            ),
            "bot_intent": G(
                lambda f: f.pick(["payout_timing", "clock_in_issue", "timesheet_help", "handoff_to_agent"])
            ),
            "assigned_agent": Y(
                lambda f: f.pick(FIRST_US + FIRST_MX).split()[0] + " (Shiftly Support)", "name"
            ),
        },
        2,
    ),
    (
        "track",
        "Form Field Completed",
        ("web",),
        {
            "form_id": G(lambda f: f.pick(["worker_signup", "business_contact", "profile_edit"])),
            "field_name": G(lambda f: f.pick(["email", "phone", "mobile", "contact"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(400, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Profile Updated",
        MOBILE,
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["phone", "email", "address", "photo", "bio", "languages"])), 3
            ),
            "bio": G(
                lambda f: f.pick(
                    [
                        "5 years in restaurant kitchens, fast and clean",
                        "Forklift certified, day shifts preferred",
                        "Bilingual English/Spanish, love events",
                        "",
                    ]
                )
            ),
            "languages": Many(
                G(lambda f: f.pick(["English", "Spanish", "Vietnamese", "Ukrainian", "Haitian Creole"])), 2
            ),
            "photo_updated": G(lambda f: f.pick([True, False])),
            "phone_count": G(lambda f: f.r.randint(1, 2)),
            "profile_completeness": G(lambda f: f.pick([0.4, 0.6, 0.8, 1.0])),
        },
        2,
    ),
    (
        "track",
        "Shifts Searched",
        (*MOBILE, "web"),
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "forklift",
                        "bartender",
                        "warehouse nights",
                        "dishwasher",
                        "mesero",
                        "events this weekend",
                    ]
                )
            ),
            "location_text": G(
                lambda f: f.pick(
                    ["Irving, TX", "Fontana", "Zapopan", "near AT&T Stadium", "Downtown Phoenix"]
                )
            ),
            "filters": {
                "min_pay": G(lambda f: f.pick([15, 18, 20, 25])),
                "radius_miles": G(lambda f: f.pick([5, 10, 25])),
                "roles": Many(G(lambda f: f.pick(ROLES)), 2),
            },
            "results_count": G(lambda f: f.r.randint(0, 120)),
            "sort": G(lambda f: f.pick(["pay", "distance", "start_time"])),
        },
        2,
    ),
    (
        "page",
        "Shift Detail",
        ("web",),
        {
            "name": G(lambda f: f.pick(["Shift Detail", "Timesheets", "Find Workers", "Billing", "Pricing"])),
            "path": G(
                lambda f: f.pick(
                    ["/shifts/" + f.shift_id(), "/timesheets", "/workers", "/billing", "/pricing"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://business.shiftly.app"
                    + f.pick(["/shifts/" + f.shift_id(), "/timesheets", "/workers", "/pricing"])
                )
            ),
            "title": G(
                lambda f: f.pick(["Shift detail | Shiftly", "Timesheets | Shiftly", "Find workers | Shiftly"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://business.shiftly.app/", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?status=pending", "?week=2024-18"])),
        },
        3,
    ),
    # -- work-gear store: e-commerce spec --------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ("web", *MOBILE),
        {**gear_product(), "currency": G(lambda f: "USD"), "position": G(lambda f: f.r.randint(1, 24))},
        1,
    ),
    (
        "track",
        "Order Completed",
        ("web", *MOBILE),
        {
            "order_id": G(lambda f: "GS" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(12, 220)),
            "revenue": G(lambda f: f.money(10, 200)),
            "shipping": G(lambda f: f.pick([0.0, 5.99, 9.99])),
            "tax": G(lambda f: f.money(0, 18)),
            "coupon": G(lambda f: f.pick(["", "NEWWORKER10", "SAFETYFIRST"])),
            "currency": G(lambda f: "USD"),
            "payment_method": G(lambda f: f.pick(["payroll_deduction", "card", "earnings_balance"])),
            "products": Many(gear_product(), 3),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city_us(), "city"),
                "state": G(lambda f: f.state_us()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
        },
        1,
    ),
    ("alias", None, ("web", *MOBILE), None, 1),
]


def build(seed: int, base: int):
    f = SF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(base):
        for spec in EVENTS:
            kind, name, clients, body, weight = spec[:5]
            extra = spec[5] if len(spec) > 5 else ()
            for _ in range(weight):
                client = f.pick(list(clients))
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if client in SERVER_LIBS else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["wrk_", "usr_"]) + f.digits(7),
                }
                if kind == "track":
                    msg["event"] = name
                if kind in ("page", "screen"):
                    msg["name"] = name
                if kind == "group":
                    msg["groupId"] = "biz_" + f.digits(6)
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f, extra), f, "context", labels)
                msg["integrations"] = {}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=113, base=16)
    write(Path(__file__).parent, "holdout113_", events, labels)
