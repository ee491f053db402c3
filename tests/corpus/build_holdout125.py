"""Writes holdout125: tests/corpus/holdout125_events.jsonl and holdout125_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests, other labels or any other holdout builder but
build_holdout3.py (for format), and without running the engine on these events. Not scored here.

Domain: a car-wash, oil-change and auto-parts chain ("Glide Auto Care") in the US and Canada with
a subscription app: member profiles and vehicles (plates, VINs, mileage), unlimited wash
memberships on RFID tags, tunnel and licence-plate-reader events, pay-station declines, service
appointments and work orders, loyalty and gift cards, parts e-commerce with store pickup, fleet
accounts (.NET back office), roadside help, tire storage, financing, careers and staff
(technicians, HR, time clock), and vendor-shaped payloads (Twilio inbound SMS, Meta Conversions
API, Stripe invoices, HubSpot property changes, a telephony webhook, a help desk, e-mail delivery).
Other people's data: recipients, referred friends, family-plan members, emergency contacts, pickup
contacts, new owners, technicians, agents, tow drivers, witnesses. Things' names: parts, plans,
stores, fleet companies, pets, vehicle nicknames.

Messages: identify / track / page / screen / group / alias with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the
server libraries (python, node, go, java, ruby, php, Analytics.NET). Keys are mostly camelCase
and snake_case; about a sixth use PascalCase (.NET), kebab-case (a landing-page form),
SCREAMING_SNAKE (a reverse-ETL sync from the warehouse) or French (the Quebec stores).
Each message has one persona (one person, consistent across its fields), from many cultures and
markets, with NANP phones in many formats, US ZIPs and Canadian postal codes, VINs with valid
check digits, Luhn cards, SINs and ABA routing numbers with valid checksums, SSA-valid SSNs.

Labels (the Privacy Portal's default colours, per the brief's published policy):
- PII = data about a natural person (the member, a recipient, a contact, a dependant, staff, a
  job applicant); colour = the reference matcher's default; red for credentials/secrets, card
  numbers, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we issue (user, order, work-order, member, loyalty, claim, RFID tag EPCs, Stripe
  `cus_`/`pi_`/`sub_`/`in_` ids), versions, timestamps, hashes of non-PII, money, enums,
  counters and booleans under PII-sounding keys, product / plan / store / company / pet names,
  stores' addresses, phones, mailboxes and coordinates, country / state / province, locale,
  timezone, currency, user agents, OS analytics device ids, card brand / last four / expiry,
  routing and transit numbers, masked values (a masked PAN, a masked phone), ages, marital
  status, job titles, employers, a business's own phone / role mailbox / address (a fleet
  company's billing address included), call-masking proxy numbers, UUID tokens (Places session
  token), e-mail Message-IDs, searched places (a store-locator query).
- Yellow by policy: plates (`license`), VINs (`serial`), insurance policy / insurer member
  numbers (`identification`), pay, hourly rates and commissions (`salary`), credit scores,
  gclid / fbclid / fbp / fbc / msclkid (`advertising id`), the person's billing and shipping
  addresses, trade-union membership.
- Red by policy: card and payment tokens (Stripe `pm_`), activation, verification and pickup
  codes, magic-link and share-link tokens (`token`); a right-to-work answer, sponsorship need or
  work-permit expiry (`visa`); identity documents' numbers (`national id`).
- value_only is true when the key does not name what the value is (`note`, `q`, `input`, `to`,
  `label`, `text`, `body`, `message`, `propertyValue`, `field.value`, `description`,
  `transferred_to`, `resume_filename`, `externalIds[].id`);
  every value of such a path carries that PII. Free text with no PII in any value is green.

Decisions where the brief leaves room (what a careful privacy owner would want flagged):
- A driver's licence number is an identity document's number: red, `license|national id`.
- Hashes of a person's e-mail or phone sent for ad matching (Meta `em` / `ph`, a warehouse
  `EMAIL_HASH_SHA256`) are pseudonymous identifiers of that person: yellow, typed as the
  underlying data, not value_only.
- A push token on the device (`context.device.token`) is red `token`, as in the base corpus.
- A person's work e-mail (fleet manager, agent) is yellow; role mailboxes are green.
- "Needs medical assistance" at a roadside request is yellow `condition`; an accessibility
  request is red `disability`; a military-verified flag or EEO veteran answer is red `veteran`.
- A staff member's position at clock-in is precise location of a person: yellow `geolocation`.
- A `username` that holds the e-mail is yellow `email|name`; a birthday without the year is
  still `birthdate`; names and photos of staff, agents and tow drivers are yellow like anyone's.
- Identify and group traits share `traits.*` paths, so group calls use keys (`mainPhone`,
  `hqCity`) that identify calls do not: every path keeps one label.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- helpers ---------------------------------------------------------------------------------------


@dataclass
class Opt:
    """A key present in about `p` of the messages."""

    item: Any
    p: float = 0.5


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def C(value):
    """A green constant."""
    return G(lambda f: value)


def P(key):
    """A green pick from a list."""
    return G(lambda f: f.pick(key))


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"

# -- people ----------------------------------------------------------------------------------------

CULTURES = [
    (
        ["Geneviève", "Marc-André", "Éloïse", "Mathieu", "Chloé", "Félix", "Josée", "Sébastien"],
        ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bélanger", "Roy", "Gauthier"],
    ),
    (
        ["Tyler", "Ashley", "Brandon", "Megan", "Connor", "Kayla", "Dustin", "Brittany", "Cody"],
        ["Johnson", "Miller", "Anderson", "Thompson", "MacDonald", "O'Neill", "Wilson", "Baker"],
    ),
    (
        ["Guadalupe", "Juan Carlos", "María José", "Alejandro", "Ximena", "Luis", "Yesenia"],
        ["Hernández", "Ramírez", "García", "Martínez", "de la Cruz", "Rodríguez", "Flores"],
    ),
    (
        ["Harpreet", "Gurpreet", "Manpreet", "Jaswinder", "Simran", "Arjun", "Navdeep"],
        ["Sandhu", "Dhillon", "Gill", "Grewal", "Sidhu", "Brar"],
    ),
    (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yan", "Kevin"], ["Zhang", "Liu", "Wong", "Chen", "Lam", "Li"]),
    (["Lan", "Minh", "Thu", "Duc", "Huong", "Bao"], ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang"]),
    (["Ji-woo", "Min-jun", "Seo-yeon", "Hyun", "Eun-ji"], ["Park", "Kim", "Lee", "Choi", "Jung"]),
    (["Maricel", "Jose", "Rowena", "Jericho", "Analyn"], ["Dela Cruz", "Reyes", "Santos", "Bautista"]),
    (["Abdirahman", "Hodan", "Faisal", "Ayaan", "Mohamed"], ["Warsame", "Farah", "Hassan", "Abdi", "Osman"]),
    (["Chidinma", "Oluwaseun", "Emeka", "Ngozi", "Tunde"], ["Eze", "Adeyemi", "Okafor", "Nwosu", "Balogun"]),
    (["Youssef", "Layla", "Karim", "Nour", "Rania"], ["El-Amin", "Haddad", "Khoury", "Mansour", "Saleh"]),
    (["Priya", "Rohan", "Aisha", "Imran", "Deepika"], ["Patel", "Shah", "Khan", "Iyer", "Chaudhry"]),
    (["Oksana", "Taras", "Katarzyna", "Piotr"], ["Kovalenko", "Shevchenko", "Kowalski", "Nowak"]),
    (["Shania", "Dakota", "Jolene", "Wade"], ["Cardinal", "Bighorn", "Sinclair", "Whitehead", "Morningstar"]),
    (["Jean-Baptiste", "Mirlande", "Wilner", "Nadège"], ["Pierre-Louis", "Joseph", "Jean-Charles", "Désir"]),
    (["Kenji", "Yuki", "Haruto", "Aiko"], ["Watanabe", "Sato", "Tanaka", "Yamamoto"]),
    (["Dimitrios", "Giulia", "Manuel", "Sofia"], ["Papadopoulos", "Rossi", "Medeiros", "Esposito"]),
    (["Shanice", "Andre", "Kemar", "Tamika"], ["Campbell", "Brown", "Williams", "Henry"]),
    (["Shirin", "Reza", "Parisa", "Arash"], ["Rahimi", "Tehrani", "Karimi", "Hosseini"]),
]

US_STREETS = [
    "W Camelback Rd",
    "Elm St",
    "Oak Ridge Dr",
    "Peachtree Rd NE",
    "N Lamar Blvd",
    "Maple Ave",
    "E Colfax Ave",
    "Lakeshore Dr",
    "S Power Rd",
    "Westheimer Rd",
    "Hickory Hollow Ln",
    "Bandera Rd",
    "N High St",
    "Cedar Creek Ct",
]
CA_STREETS = [
    "Queen St W",
    "Yonge St",
    "Bloor St E",
    "Jasper Ave NW",
    "Kingsway",
    "Portage Ave",
    "Spring Garden Rd",
    "Macleod Trail SE",
    "Dundas St W",
    "Hurontario St",
    "Bank St",
]
QC_STREETS = [
    "rue Saint-Denis",
    "boul. René-Lévesque O",
    "rue Sherbrooke E",
    "chemin de la Côte-des-Neiges",
    "boul. Curé-Labelle",
    "avenue du Parc",
    "rue Principale",
    "boul. Saint-Joseph",
]

# city, region, country, area codes, postal prefixes, timezone, weight
MARKETS = [
    ("Phoenix", "AZ", "US", ["602", "480", "623"], ["850", "852"], "America/Phoenix", 3),
    ("Mesa", "AZ", "US", ["480"], ["852"], "America/Phoenix", 2),
    ("Dallas", "TX", "US", ["214", "469", "972"], ["752"], "America/Chicago", 3),
    ("Houston", "TX", "US", ["713", "281", "832"], ["770"], "America/Chicago", 3),
    ("Atlanta", "GA", "US", ["404", "678", "770"], ["303"], "America/New_York", 2),
    ("Charlotte", "NC", "US", ["704", "980"], ["282"], "America/New_York", 2),
    ("Columbus", "OH", "US", ["614", "380"], ["432"], "America/New_York", 2),
    ("Denver", "CO", "US", ["303", "720"], ["802"], "America/Denver", 2),
    ("Tampa", "FL", "US", ["813"], ["336"], "America/New_York", 2),
    ("Salt Lake City", "UT", "US", ["801", "385"], ["841"], "America/Denver", 1),
    ("Chicago", "IL", "US", ["312", "773", "872"], ["606"], "America/Chicago", 2),
    ("Seattle", "WA", "US", ["206"], ["981"], "America/Los_Angeles", 1),
    ("Toronto", "ON", "CA", ["416", "647", "437"], ["M5V", "M4C", "M6H", "M1B"], "America/Toronto", 3),
    ("Mississauga", "ON", "CA", ["905", "289", "365"], ["L5B", "L5M", "L4Z"], "America/Toronto", 2),
    ("Ottawa", "ON", "CA", ["613", "343"], ["K1N", "K2P", "K2J"], "America/Toronto", 1),
    ("Montréal", "QC", "CA", ["514", "438"], ["H2X", "H3H", "H1V", "H4A"], "America/Toronto", 3),
    ("Laval", "QC", "CA", ["450", "579"], ["H7N", "H7T", "H7W"], "America/Toronto", 2),
    ("Québec", "QC", "CA", ["418", "581"], ["G1R", "G1V", "G2J"], "America/Toronto", 2),
    ("Gatineau", "QC", "CA", ["819", "873"], ["J8Y", "J9H"], "America/Toronto", 1),
    ("Calgary", "AB", "CA", ["403", "587", "825"], ["T2P", "T3H", "T2Z"], "America/Edmonton", 2),
    ("Edmonton", "AB", "CA", ["780", "587"], ["T5J", "T6E", "T6W"], "America/Edmonton", 1),
    ("Vancouver", "BC", "CA", ["604", "778", "236"], ["V5K", "V6B", "V5R"], "America/Vancouver", 2),
    ("Surrey", "BC", "CA", ["604", "778"], ["V3S", "V3W"], "America/Vancouver", 1),
    ("Winnipeg", "MB", "CA", ["204", "431"], ["R2C", "R3T"], "America/Winnipeg", 1),
    ("Halifax", "NS", "CA", ["902", "782"], ["B3H", "B3K"], "America/Halifax", 1),
    ("Saskatoon", "SK", "CA", ["306", "639"], ["S7K", "S7N"], "America/Regina", 1),
]
US_MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "comcast.net",
    "att.net",
    "proton.me",
]
CA_MAIL = [
    "gmail.com",
    "hotmail.ca",
    "yahoo.ca",
    "outlook.com",
    "icloud.com",
    "videotron.ca",
    "sympatico.ca",
    "shaw.ca",
    "telus.net",
    "bell.net",
]


class AutoFake(Fake):
    """Fake with per-message state: the persona, a second person, a store, a vehicle, a company."""

    p: dict
    o: dict
    staff: dict
    store: dict
    veh: dict
    co: dict
    page: tuple

    def market(self, only=None):
        pool = [m for m in MARKETS if only is None or m[1] == only or m[2] == only]
        return self.r.choices(pool, weights=[m[6] for m in pool])[0]

    def postal(self, m) -> str:
        if m[2] == "US":
            z = m[4][0] + f"{self.r.randint(0, 99):02d}"
            return z + f"-{self.r.randint(1, 9999):04d}" if self.r.random() < 0.15 else z
        fsa = self.pick(m[4])
        ldu = f"{self.r.randint(0, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{self.r.randint(0, 9)}"
        return f"{fsa} {ldu}" if self.r.random() < 0.8 else fsa + ldu

    def street_address(self, m) -> str:
        n = self.r.randint(1, 12999)
        if m[1] == "QC":
            s = f"{n}, {self.pick(QC_STREETS)}" if self.r.random() < 0.6 else f"{n} {self.pick(QC_STREETS)}"
            return s + (f", app. {self.r.randint(1, 12)}" if self.r.random() < 0.3 else "")
        if m[2] == "CA":
            base = f"{n} {self.pick(CA_STREETS)}"
            return f"{self.r.randint(101, 2808)}-{base}" if self.r.random() < 0.3 else base
        base = f"{n} {self.pick(US_STREETS)}"
        return base + self.pick(["", "", "", f" Apt {self.r.randint(1, 40)}{self.pick('ABCD')}", " Unit 5"])

    def phone_of(self, area: str, style=None) -> str:
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        style = style or self.pick(["paren", "dash", "dot", "e164", "plus", "one", "space", "digits"])
        return {
            "paren": f"({area}) {ex}-{line:04d}",
            "dash": f"{area}-{ex}-{line:04d}",
            "dot": f"{area}.{ex}.{line:04d}",
            "e164": f"+1{area}{ex}{line:04d}",
            "plus": f"+1 {area}-{ex}-{line:04d}",
            "one": f"1-{area}-{ex}-{line:04d}",
            "space": f"{area} {ex}-{line:04d}",
            "digits": f"{area}{ex}{line:04d}",
        }[style]

    def person(self, only=None) -> dict:
        m = self.market(only)
        firsts, lasts = self.pick(CULTURES)
        if m[1] == "QC" and self.r.random() < 0.6:
            firsts, lasts = CULTURES[0]
        first, last = self.pick(firsts), self.pick(lasts)
        lf, ll = ascii_fold(first).lower(), ascii_fold(last).lower().replace("'", "").replace(" ", "")
        lf = lf.replace(" ", "")
        local = self.pick(
            [
                f"{lf}.{ll}",
                f"{lf[0]}{ll}{self.r.randint(1, 99)}",
                f"{lf}{ll}{self.r.randint(70, 99)}",
                f"{ll}.{lf}",
                f"{lf}_{ll[:4]}",
                f"{lf}{self.r.randint(100, 999)}",
            ]
        )
        area = self.pick(m[3])
        year = self.r.randint(1948, 2006)
        lang = "fr" if m[1] == "QC" and self.r.random() < 0.8 else ("es" if self.r.random() < 0.08 else "en")
        return {
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "email": f"{local}@{self.pick(US_MAIL if m[2] == 'US' else CA_MAIL)}",
            "area": area,
            "phone": self.phone_of(area),
            "e164": self.phone_of(area, "e164"),
            "digits": self.phone_of(area, "digits"),
            "city": m[0],
            "region": m[1],
            "country": m[2],
            "postal": self.postal(m),
            "street": self.street_address(m),
            "tz": m[5],
            "dob": f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}",
            "age": 2024 - year,
            "lang": lang,
            "locale": f"{lang}-{m[2]}",
        }

    def fmt_phone(self, p: dict) -> str:
        return self.phone_of(p["area"])

    def sin(self) -> str:
        body = str(self.r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(
            str(self.r.randint(0, 9)) for _ in range(7)
        )
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def national_id(self) -> str:
        return (
            self.sin() if self.p["country"] == "CA" else self.pick([self.ssn(), self.ssn().replace("-", "")])
        )

    def aba(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0], d[1] = self.pick([(0, 1), (0, 2), (0, 6), (1, 1), (1, 2), (2, 1), (3, 1)])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def routing(self) -> str:
        if self.p["country"] == "CA":
            inst = self.pick(["001", "002", "003", "004", "006", "010", "815"])
            return "0" + inst + f"{self.r.randint(0, 999999):06d}"
        return self.aba()

    def drivers_licence(self, region: str) -> str:
        r, d = self.r, self.digits
        if region == "ON":
            return f"{self.p['last'][0].upper()}{d(4)}-{d(5)}-{d(5)}"
        if region == "QC":
            return f"{ascii_fold(self.p['last'])[0].upper()}{d(4)}-{d(6)}-{d(2)}"
        if region in ("AB", "SK", "MB", "NS"):
            return f"{d(6)}-{d(3)}"
        if region == "BC":
            return d(7)
        if region == "FL":
            return f"{self.p['last'][0].upper()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-0"
        if region in ("IL",):
            return f"{self.p['last'][0].upper()}{d(3)}-{d(4)}-{d(4)}"
        if region in ("AZ", "CO"):
            return f"D{d(8)}"
        if region == "TX":
            return d(8)
        return self.pick(UPPER) + str(r.randint(1000000, 9999999))

    def plate(self, region: str) -> str:
        L3 = "".join(self.pick(UPPER) for _ in range(3))
        L4 = "".join(self.pick(UPPER) for _ in range(4))
        n3, n4 = f"{self.r.randint(0, 999):03d}", f"{self.r.randint(0, 9999):04d}"
        return {
            "ON": f"{L4} {n3}",
            "QC": f"{self.pick(UPPER)}{n3[:2]} {L3}",
            "AB": f"{L3}-{n4}",
            "BC": f"{L3[:2]}{n3[0]} {n3[1:]}{L3[2]}",
            "TX": f"{L3}{n4}",
            "AZ": f"{L3}{n4}",
            "IL": f"{L3[:2]} {self.r.randint(10000, 99999)}",
            "FL": f"{L3} {self.pick(UPPER)}{n3[:2]}",
        }.get(region, self.pick([f"{L3}-{n4}", f"{L3}{n4}", f"{n3} {L3}"]))

    def vin(self, wmi: str, year: int) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                strict=True,
            )
        )
        values.update({str(i): i for i in range(10)})
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        year_code = "ABCDEFGHJKLMNPRS"[year - 2010] if year >= 2010 else str(year - 2000)
        vds = "".join(self.pick(chars) for _ in range(5))
        serial = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{self.r.randint(0, 999999):06d}"
        vin = list(wmi + vds + "0" + year_code + serial)
        check = sum(values[c] * w for c, w in zip(vin, weights, strict=True)) % 11
        vin[8] = "X" if check == 10 else str(check)
        return "".join(vin)

    def new_vehicle(self) -> dict:
        make, model, wmi, trims, engine = self.pick(VEHICLES)
        year = self.r.randint(2008, 2025)
        return {
            "make": make,
            "model": model,
            "year": year,
            "trim": self.pick(trims),
            "engine": engine,
            "vin": self.vin(wmi, year),
            "plate": self.plate(self.p["region"]),
            "color": self.pick(["White", "Black", "Silver", "Grey", "Blue", "Red", "Magnetic Grey", "Pearl"]),
            "odo": self.r.randint(2000, 240000),
        }

    def epc(self) -> str:
        return "E280" + self.hexid(20).upper()

    def ipv6_isp(self) -> str:
        pre = self.pick(["2607:fea8", "2604:3d08", "2600:1700", "2601:1c0", "2605:8d80", "2001:56a"])
        return pre + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def ip(self) -> str:
        return self.ipv6_isp() if self.r.random() < 0.25 else self.ipv4()

    def rand(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def stripe(self, prefix: str) -> str:
        return prefix + self.rand(ALNUM, 24)

    def gclid(self) -> str:
        return "Cj0KCQjw" + self.rand(B64URL, 76) + "_BwE"

    def fbclid(self) -> str:
        return "IwAR" + self.rand(B64URL, 58)

    def sha256(self) -> str:
        return self.hexid(64)

    def money_cad(self, lo=5, hi=400):
        return self.money(lo, hi)


VEHICLES = [
    ("Honda", "Civic", "2HG", ["LX", "EX", "Sport", "Touring"], "2.0L I4"),
    ("Honda", "CR-V", "2HK", ["LX", "EX-L", "Sport Hybrid"], "1.5L I4 Turbo"),
    ("Toyota", "RAV4", "2T3", ["LE", "XLE", "Limited", "Hybrid XSE"], "2.5L I4"),
    ("Toyota", "Corolla", "2T1", ["L", "LE", "SE"], "1.8L I4"),
    ("Toyota", "Tacoma", "3TM", ["SR5", "TRD Off-Road"], "3.5L V6"),
    ("Ford", "F-150", "1FT", ["XL", "XLT", "Lariat"], "3.5L V6 EcoBoost"),
    ("Ford", "Escape", "1FM", ["S", "SE", "Titanium"], "1.5L I3 Turbo"),
    ("Chevrolet", "Silverado 1500", "1GC", ["WT", "LT", "RST"], "5.3L V8"),
    ("Chevrolet", "Equinox", "2GN", ["LS", "LT", "Premier"], "1.5L I4 Turbo"),
    ("Ram", "1500", "1C6", ["Tradesman", "Big Horn", "Laramie"], "5.7L V8 HEMI"),
    ("Tesla", "Model Y", "7SA", ["Long Range", "Performance"], "Dual Motor"),
    ("Hyundai", "Elantra", "KMH", ["SE", "SEL", "N Line"], "2.0L I4"),
    ("Kia", "Sorento", "5XY", ["LX", "EX", "SX"], "2.5L I4"),
    ("Subaru", "Outback", "4S4", ["Base", "Premium", "Wilderness"], "2.5L H4"),
    ("Nissan", "Rogue", "JN8", ["S", "SV", "SL"], "1.5L I3 Turbo"),
    ("Jeep", "Grand Cherokee", "1C4", ["Laredo", "Limited", "Overland"], "3.6L V6"),
    ("Volkswagen", "Jetta", "3VW", ["S", "SE", "GLI"], "1.5L I4 Turbo"),
    ("Mazda", "CX-5", "JM3", ["GS", "GT", "Signature"], "2.5L I4"),
]

STORES = [
    {
        "id": "0142",
        "name": "Glide Auto Care - Mesa (Power Rd)",
        "city": "Mesa",
        "region": "AZ",
        "country": "US",
        "address": "1850 S Power Rd",
        "postal": "85206",
        "phone": "(480) 555-0142",
        "lat": 33.3806,
        "lng": -111.6870,
    },
    {
        "id": "0217",
        "name": "Glide Auto Care - Plano (Preston)",
        "city": "Plano",
        "region": "TX",
        "country": "US",
        "address": "6001 Preston Rd",
        "postal": "75093",
        "phone": "(972) 555-0217",
        "lat": 33.0493,
        "lng": -96.7994,
    },
    {
        "id": "0231",
        "name": "Glide Express Wash - Katy Fwy",
        "city": "Houston",
        "region": "TX",
        "country": "US",
        "address": "9320 Katy Fwy",
        "postal": "77024",
        "phone": "(713) 555-0231",
        "lat": 29.7835,
        "lng": -95.5323,
    },
    {
        "id": "0305",
        "name": "Glide Auto Care - Roswell",
        "city": "Roswell",
        "region": "GA",
        "country": "US",
        "address": "1105 Alpharetta St",
        "postal": "30075",
        "phone": "(770) 555-0305",
        "lat": 34.0386,
        "lng": -84.3617,
    },
    {
        "id": "0388",
        "name": "Glide Auto Care - Aurora (Colfax)",
        "city": "Aurora",
        "region": "CO",
        "country": "US",
        "address": "15400 E Colfax Ave",
        "postal": "80011",
        "phone": "(303) 555-0388",
        "lat": 39.7403,
        "lng": -104.8117,
    },
    {
        "id": "0412",
        "name": "Glide Auto Care - Dublin (Sawmill)",
        "city": "Dublin",
        "region": "OH",
        "country": "US",
        "address": "6700 Sawmill Rd",
        "postal": "43017",
        "phone": "(614) 555-0412",
        "lat": 40.0988,
        "lng": -83.0916,
    },
    {
        "id": "1104",
        "name": "Glide Auto Care - Scarborough (Kennedy)",
        "city": "Toronto",
        "region": "ON",
        "country": "CA",
        "address": "2300 Kennedy Rd",
        "postal": "M1T 3H1",
        "phone": "416-555-0104",
        "lat": 43.7831,
        "lng": -79.2871,
    },
    {
        "id": "1120",
        "name": "Glide Auto Care - Mississauga Heartland",
        "city": "Mississauga",
        "region": "ON",
        "country": "CA",
        "address": "5935 Mavis Rd",
        "postal": "L5R 3T7",
        "phone": "905-555-0120",
        "lat": 43.6110,
        "lng": -79.6890,
    },
    {
        "id": "1207",
        "name": "Lave-Auto Glide - Laval (Curé-Labelle)",
        "city": "Laval",
        "region": "QC",
        "country": "CA",
        "address": "1955, boul. Curé-Labelle",
        "postal": "H7T 1L4",
        "phone": "450 555-0107",
        "lat": 45.5712,
        "lng": -73.7531,
    },
    {
        "id": "1215",
        "name": "Lave-Auto Glide - Québec (Lebourgneuf)",
        "city": "Québec",
        "region": "QC",
        "country": "CA",
        "address": "5401, boul. des Galeries",
        "postal": "G2K 1N4",
        "phone": "418 555-0115",
        "lat": 46.8312,
        "lng": -71.2932,
    },
    {
        "id": "1310",
        "name": "Glide Auto Care - Calgary Macleod",
        "city": "Calgary",
        "region": "AB",
        "country": "CA",
        "address": "8180 Macleod Trail SE",
        "postal": "T2H 2B8",
        "phone": "403-555-0110",
        "lat": 50.9813,
        "lng": -114.0716,
    },
    {
        "id": "1402",
        "name": "Glide Auto Care - Burnaby Kingsway",
        "city": "Burnaby",
        "region": "BC",
        "country": "CA",
        "address": "4501 Kingsway",
        "postal": "V5H 2A9",
        "phone": "604-555-0102",
        "lat": 49.2276,
        "lng": -122.9990,
    },
]

COMPANIES = [
    ("Northern Plumbing & Heating Ltd.", "northernplumbing.ca", "CA", "ON", "Toronto", "45 Milvan Dr"),
    ("Desert Sun Landscaping LLC", "desertsunlandscape.com", "US", "AZ", "Phoenix", "2450 W Broadway Rd"),
    ("Lone Star Courier Inc.", "lonestarcourier.com", "US", "TX", "Dallas", "1200 Irving Blvd"),
    ("Entretien Ménager Boréal inc.", "boreal-entretien.ca", "CA", "QC", "Laval", "3100, boul. Industriel"),
    ("Peachtree Home Health Services", "peachtreehh.com", "US", "GA", "Atlanta", "880 Spring St NW"),
    ("Prairie Electric Co.", "prairieelectric.ca", "CA", "AB", "Calgary", "5510 1A St SW"),
    ("Buckeye Pest Control", "buckeyepest.com", "US", "OH", "Columbus", "3377 Refugee Rd"),
    ("Coastal Property Management", "coastalpm.ca", "CA", "BC", "Vancouver", "1055 W Hastings St"),
]

PARTS = [
    ("Mobil 1 Extended Performance 5W-30 Full Synthetic, 5 qt", "MOB-124185", "Mobil 1", "Motor Oil", 38.99),
    ("Castrol EDGE 0W-20 Advanced Full Synthetic, 5 qt", "CAS-159B3F", "Castrol", "Motor Oil", 36.49),
    ("Valvoline High Mileage 10W-30, 5 qt", "VAL-782256", "Valvoline", "Motor Oil", 29.99),
    ("Bosch ICON Beam Wiper Blade 26in", "BOS-26OE", "Bosch", "Wipers", 27.99),
    ("Rain-X Latitude 2-in-1 Water Repellent Wiper 22in", "RNX-5079281", "Rain-X", "Wipers", 19.99),
    ("FRAM Ultra Synthetic Oil Filter XG7317", "FRM-XG7317", "FRAM", "Filters", 12.99),
    ("K&N Engine Air Filter 33-2304", "KN-33-2304", "K&N", "Filters", 54.99),
    ("Meguiar's Gold Class Car Wash Shampoo 64 oz", "MEG-G7164", "Meguiar's", "Car Care", 14.99),
    ("Chemical Guys Mr. Pink Foaming Soap 16 oz", "CG-CWS_402_16", "Chemical Guys", "Car Care", 11.99),
    ("Armor All Original Protectant 16 oz", "AA-10160", "Armor All", "Car Care", 7.49),
    ("Interstate MTP-48/H6 AGM Battery", "INT-MTP48H6", "Interstate", "Batteries", 219.99),
    ("Michelin Defender2 225/65R17 102H", "MIC-17455", "Michelin", "Tires", 189.0),
    ("WeatherTech FloorLiner Front Black", "WT-4415911", "WeatherTech", "Interior", 139.95),
    ("Prestone -40° Windshield Washer Fluid 3.78 L", "PRS-AS658", "Prestone", "Fluids", 6.99),
    ("Philips H11 X-tremeVision Pro150 Bulb (2-pack)", "PHL-H11XVPB2", "Philips", "Lighting", 44.99),
    ("NGK Laser Iridium Spark Plug ILKAR7B11", "NGK-97506", "NGK", "Ignition", 13.49),
]
WASH_PACKAGES = ["Express", "Deluxe", "Ultimate Shine", "Ceramic Armor"]
PLANS = [
    "Unlimited Express",
    "Unlimited Deluxe",
    "Unlimited Ultimate",
    "Unlimited Ceramic",
    "Family Unlimited",
]
SERVICES = [
    "Full Synthetic Oil Change",
    "Synthetic Blend Oil Change",
    "High Mileage Oil Change",
    "Diesel Oil Change",
    "Tire Rotation",
    "Cabin Air Filter",
    "Engine Air Filter",
    "Wiper Install",
    "Battery Test & Replace",
    "Coolant Flush",
    "Seasonal Tire Swap",
]

SITE_PAGES = [
    ("/", "Glide Auto Care | Car Wash, Oil Change & Auto Parts"),
    ("/memberships", "Unlimited Wash Memberships | Glide"),
    ("/oil-change", "Oil Change Near You | Glide Auto Care"),
    ("/locations", "Find a Location | Glide"),
    ("/locations/mesa-power-rd", "Mesa (Power Rd) | Glide Auto Care"),
    ("/shop/wipers", "Wiper Blades | Glide Parts"),
    ("/shop/motor-oil", "Motor Oil | Glide Parts"),
    ("/account/vehicles", "My Vehicles | Glide"),
    ("/fleet", "Fleet Accounts | Glide Auto Care"),
    ("/fr/lave-auto", "Lave-auto illimité | Glide"),
]
SCREENS = [
    "Home",
    "Wash Plans",
    "My Garage",
    "Vehicle Detail",
    "Book Service",
    "Rewards",
    "Shop",
    "Cart",
    "Roadside Help",
    "Account",
    "Store Map",
    "Scan VIN",
]

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
]

# -- contexts --------------------------------------------------------------------------------------


def person_traits():
    return {
        "email": Y(lambda f: f.p["email"], "email"),
        "firstName": Y(lambda f: f.p["first"], "name"),
        "lastName": Y(lambda f: f.p["last"], "name"),
        "phone": Opt(Y(lambda f: f.p["phone"], "phone"), 0.5),
        "memberNumber": Opt(G(lambda f: f"GL{f.digits(9)}"), 0.6),
    }


def web_ctx():
    return {
        "library": {
            "name": C("analytics.js"),
            "version": P(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"]),
        },
        "page": {
            "path": G(lambda f: f.page[0]),
            "referrer": P(
                [
                    "",
                    "https://www.google.com/",
                    "https://www.google.ca/",
                    "https://www.bing.com/",
                    "https://m.facebook.com/",
                    "https://www.glideautocare.com/",
                ]
            ),
            "search": P(
                [
                    "",
                    "",
                    "?utm_source=google&utm_medium=cpc&utm_campaign=oil_change_spring",
                    "?ref=app_banner",
                    "?lang=fr",
                    "?utm_source=newsletter&utm_medium=email",
                ]
            ),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://www.glideautocare.com" + f.page[0]),
        },
        "userAgent": P(WEB_UAS),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": P(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"]),
                        "version": P(["124", "125", "99", "8"]),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([False, False, True])),
                "platform": P(["Windows", "macOS", "Android", "Chrome OS"]),
            },
            0.6,
        ),
        "locale": G(lambda f: f.p["locale"]),
        "timezone": G(lambda f: f.p["tz"]),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": Opt(
            {
                "name": P(["oil_change_spring", "unlimited_wash_bogo", "winter_tires_2024", "fleet_q3"]),
                "source": P(["google", "facebook", "newsletter", "bing"]),
                "medium": P(["cpc", "email", "paid_social"]),
                "term": Opt(
                    P(["oil change near me", "car wash membership", "changement d'huile", "wiper blades"])
                ),
            },
            0.35,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": G(lambda f: f.pick([True, False])),
                    "Analytics": G(lambda f: f.pick([True, True, False])),
                    "Functional": C(True),
                    "DataSharing": G(lambda f: f.pick([True, False])),
                }
            },
            0.5,
        ),
    }


def app_block(namespace: str):
    return {
        "name": C("Glide"),
        "version": P(["6.14.0", "6.15.2", "6.16.0"]),
        "build": P(["61400", "61502", "61600", "61601"]),
        "namespace": C(namespace),
    }


def location_block():
    return Opt(
        {
            "latitude": Y(lambda f: round(f.store["lat"] + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.store["lng"] + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, round(f.r.uniform(0, 30), 1)])),
        },
        0.25,
    )


def swift_ctx():
    return {
        "app": app_block("com.glideautocare.app"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P(["iPhone14,5", "iPhone15,2", "iPhone15,4", "iPhone16,1", "iPhone13,2"]),
            "name": C("iPhone"),
            "type": C("ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.35),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": C("analytics-swift"), "version": P(["1.5.11", "1.6.0"])},
        "locale": G(lambda f: f.p["locale"]),
        "timezone": G(lambda f: f.p["tz"]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": C("iOS"), "version": P(["17.5.1", "17.4", "16.7.8", "18.0"])},
        "screen": {"width": P([390, 393, 430]), "height": P([844, 852, 932])},
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(person_traits(), 0.6),
        "location": location_block(),
    }


def kotlin_ctx():
    return {
        "app": app_block("com.glideautocare.android"),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": P(["samsung", "Google", "motorola", "OnePlus"]),
            "model": P(["SM-S918W", "Pixel 8", "moto g play - 2023", "SM-A546W", "CPH2449"]),
            "name": P(["dm3q", "shiba", "fogos", "a54x"]),
            "type": C("android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.4),
        },
        "library": {"name": C("analytics-kotlin"), "version": P(["1.16.3", "1.17.0"])},
        "locale": G(lambda f: f.p["locale"]),
        "timezone": G(lambda f: f.p["tz"]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": P(["Rogers", "Bell", "TELUS", "Vidéotron", "T-Mobile", "Verizon", "AT&T", "Freedom"]),
        },
        "os": {"name": C("Android"), "version": P(["14", "13", "12"])},
        "screen": {
            "density": P([2.625, 3.0, 2.0]),
            "width": P([1080, 1440]),
            "height": P([2340, 2400, 3088]),
        },
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(person_traits(), 0.5),
        "location": location_block(),
    }


def rn_ctx():
    return {
        "app": app_block("com.glideautocare.app"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P(["Apple", "samsung", "Google"]),
            "model": P(["iPhone15,3", "SM-G991W", "Pixel 7"]),
            "name": P(["iPhone", "o1s", "panther"]),
            "type": P(["ios", "android"]),
        },
        "library": {"name": C("analytics-react-native"), "version": P(["2.19.2", "2.20.1"])},
        "locale": G(lambda f: f.p["locale"]),
        "timezone": G(lambda f: f.p["tz"]),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": P(["iOS", "Android"]), "version": P(["17.5.1", "14"])},
        "screen": {"width": P([393, 412]), "height": P([852, 915])},
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(person_traits(), 0.5),
    }


def flutter_ctx():
    return {
        "app": app_block("com.glideautocare.staff"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P(["Zebra Technologies", "samsung", "Apple"]),
            "model": P(["TC52", "TC58", "SM-T510", "iPad13,18"]),
            "name": P(["TC52", "gtaxlwifi", "iPad"]),
            "type": P(["android", "ios"]),
        },
        "library": {"name": C("analytics-flutter"), "version": P(["1.1.3", "1.1.5"])},
        "locale": G(lambda f: f.p["locale"]),
        "timezone": G(lambda f: f.p["tz"]),
        "os": {"name": P(["Android", "iPadOS"]), "version": P(["11", "13", "17.5"])},
        "screen": {"width": P([720, 800, 820]), "height": P([1280, 1180]), "density": P([2.0, 1.5])},
        "network": {"wifi": C(True), "cellular": C(False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(client: str):
    name, versions = SERVER_LIBS[client]
    ctx: dict[str, Any] = {
        "library": {"name": C(name), "version": P(versions)},
        "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.45),
        "userAgent": Opt(P(WEB_UAS), 0.3),
    }
    if client in ("node", "ruby", "python"):
        ctx["traits"] = Opt(
            {"email": Y(lambda f: f.p["email"], "email"), "name": Y(lambda f: f.p["name"], "name")}, 0.35
        )
    if client == "node":
        ctx["groupId"] = Opt(G(lambda f: "fleet_" + f.digits(5)), 0.3)
    if client == "ruby":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(lambda f: f.p["email"], "email", True),
                    "type": C("email"),
                    "collection": C("users"),
                    "encoding": C("none"),
                },
                1,
            ),
            0.4,
        )
    return ctx


def context_for(client: str):
    return {
        "web": web_ctx,
        "swift": swift_ctx,
        "kotlin": kotlin_ctx,
        "rn": rn_ctx,
        "flutter": flutter_ctx,
    }.get(client, lambda: server_ctx(client))()


APP = ["swift", "kotlin", "rn"]
WEBAPP = ["web", "swift", "kotlin", "rn"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]

# -- value generators used by several events -------------------------------------------------------


def a_store():
    return {
        "id": G(lambda f: f.store["id"]),
        "name": G(lambda f: f.store["name"]),
        "phone": G(lambda f: f.store["phone"]),
        "email": G(lambda f: f"store{f.store['id']}@glideautocare.com"),
        "address": G(lambda f: f.store["address"]),
        "city": G(lambda f: f.store["city"]),
        "state": G(lambda f: f.store["region"]),
        "postal_code": G(lambda f: f.store["postal"]),
        "lat": G(lambda f: f.store["lat"]),
        "lng": G(lambda f: f.store["lng"]),
    }


def next_part(f) -> str:
    """Draws the part that the following keys of this product describe; returns its id."""
    f.part = f.pick(PARTS)
    return f.digits(7)


def a_product(full=True):
    def part(i):
        return lambda f: f.part[i]

    item = {
        "product_id": G(next_part),
        "sku": G(part(1)),
        "name": G(part(0)),
        "brand": G(part(2)),
        "category": G(part(3)),
        "price": G(part(4)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }
    if full:
        item["position"] = G(lambda f: f.r.randint(1, 24))
        item["url"] = G(lambda f: "https://www.glideautocare.com/shop/p/" + f.part[1].lower())
        item["image_url"] = G(lambda f: f"https://cdn.glideautocare.com/parts/{f.part[1].lower()}.jpg")
    return item


def note_with_phone(f) -> str:
    ph = f.fmt_phone(f.p)
    o = f.o["first"]
    return f.pick(
        [
            f"Please text {ph} when the car is ready",
            f"Call my husband {o} at {ph} if you find anything extra",
            f"Running late, might be 10 min. Cell {ph}",
            f"{o} will drop it off, her number is {ph}",
            f"Appeler au {ph} avant de faire des travaux supplémentaires",
            f"Need it back by 4pm - {ph}",
        ]
    )


def chat_with_phone(f) -> str:
    ph = f.fmt_phone(f.p)
    return f.pick(
        [
            f"hi it's {f.p['first']}, the truck hasn't shown up yet, call me back at {ph}",
            f"My phone is dying, use my wife's number {f.phone_of(f.p['area'])}",
            f"Can the driver call {ph} when he's close? I'm inside the Tim Hortons",
            f"{ph} is the best number to reach me",
            f"Bonjour, vous pouvez me rejoindre au {ph}",
        ]
    )


def push_body(f) -> str:
    n = f.p["first"]
    return f.pick(
        [
            f"{n}, your car is ready for pickup!",
            f"Happy birthday {n}! A free Ultimate wash is waiting in your wallet.",
            f"{n}, your oil change is due in about 500 miles.",
            f"Hey {n}, it's going to rain tomorrow, and your wash is unlimited anyway.",
            f"{n}, votre véhicule est prêt!",
        ]
    )


def gift_message(f) -> str:
    o, n = f.o["first"], f.p["first"]
    return f.pick(
        [
            f"Happy birthday {o}! Keep that car shiny. Love, {n}",
            f"{o} - thanks for driving me to all those appointments. {n}",
            f"Merry Christmas {o}!",
            f"Congrats on the new car, {o}!!",
            f"Bonne fête {o}! xx {n}",
        ]
    )


def resume_filename(f) -> str:
    first, last = ascii_fold(f.p["first"]).replace(" ", ""), ascii_fold(f.p["last"]).replace(" ", "")
    return f.pick(
        [
            f"{first}_{last}_Resume.pdf",
            f"{first} {last} CV 2024.docx",
            f"Resume-{first}-{last}.pdf",
            f"{last.upper()}_{first}_resume_final.pdf",
        ]
    )


def typed_address(f) -> str:
    s = f.p["street"]
    return s[: f.r.randint(min(len(s), max(10, len(s) * 2 // 3)), len(s))]


def full_address(f) -> str:
    p = f.p
    country = "USA" if p["country"] == "US" else "Canada"
    return f"{p['street']}, {p['city']}, {p['region']} {p['postal']}, {country}"


def company_phone(f) -> str:
    areas = [a for m in MARKETS if m[1] == f.co[3] for a in m[3]]
    return f.phone_of(f.pick(areas), f.pick(["paren", "dash", "space"]))


def trade_certificate(f) -> str:
    """A Red Seal certificate in Canada, an ASE certification id in the US."""
    return "310S-" + f.digits(6) if f.p["country"] == "CA" else "ASE-" + f.digits(8)


def work_email(person: dict, domain: str, initial: bool) -> str:
    first = ascii_fold(person["first"]).lower().replace(" ", "")
    last = ascii_fold(person["last"]).lower().replace(" ", "").replace("'", "")
    return f"{first[0] if initial else first}.{last}@{domain}"


def card_exp_year(f):
    return f.r.randint(2025, 2031)


# -- events ----------------------------------------------------------------------------------------
# (type, event, clients, market, weight, body)

EVENTS: list[tuple[str, str | None, list[str], str | None, int, dict]] = [
    # -- profile ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        WEBAPP,
        None,
        3,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "address": Opt(
                {
                    "street": Y(lambda f: f.p["street"], "address|street"),
                    "city": Y(lambda f: f.p["city"], "city"),
                    "state": G(lambda f: f.p["region"]),
                    "postalCode": Y(lambda f: f.p["postal"], "zipcode"),
                    "country": G(lambda f: f.p["country"]),
                },
                0.6,
            ),
            "birthday": Opt(Y(lambda f: f.p["dob"], "birthdate"), 0.5),
            "gender": Opt(
                Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"), 0.4
            ),
            "avatar": Opt(
                Y(lambda f: f"https://cdn.glideautocare.com/avatars/{f.hexid(12)}.jpg", "photo"), 0.3
            ),
            "age": Opt(G(lambda f: f.p["age"]), 0.3),
            "createdAt": G(lambda f: f.iso()),
            "memberNumber": G(lambda f: f"GL{f.digits(9)}"),
            "membershipStatus": P(["active", "paused", "past_due", "cancelled", "none"]),
            "plan": P([*PLANS, "none"]),
            "homeStoreId": G(lambda f: f.store["id"]),
            "preferredLanguage": G(lambda f: f.p["lang"]),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "lifetimeWashes": G(lambda f: f.r.randint(0, 640)),
            "loyaltyTier": P(["Bronze", "Silver", "Gold", "Platinum"]),
            "militaryVerified": Opt(RED(lambda f: f.pick([True, False, False]), "veteran"), 0.4),
        },
    ),
    (
        "identify",
        None,
        ["python", "node", "ruby", "php"],
        None,
        2,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "first_name": Y(lambda f: f.p["first"], "name"),
            "last_name": Y(lambda f: f.p["last"], "name"),
            "phone_number": Y(lambda f: f.p["e164"], "phone"),
            "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
            "region": G(lambda f: f.p["region"]),
            "member_since": G(lambda f: f.date(2015, 2024)),
            "membership_tier": P(PLANS),
            "stripe_customer_id": G(lambda f: f.stripe("cus_")[:18]),
            "referral_code": G(lambda f: ascii_fold(f.p["first"]).upper()[:5] + f.digits(3)),
            "sms_consent": G(lambda f: f.pick([True, False])),
            "has_active_membership": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        2,
        {
            "CUSTOMER_ID": G(lambda f: int(f.digits(8))),
            "EMAIL_ADDRESS": Y(
                lambda f: f.p["email"].upper() if f.r.random() < 0.2 else f.p["email"], "email"
            ),
            "FIRST_NAME": Y(lambda f: f.p["first"].upper(), "name"),
            "LAST_NAME": Y(lambda f: f.p["last"].upper(), "name"),
            "MOBILE_PHONE": Y(lambda f: f.p["digits"], "phone"),
            "HOME_CITY": Y(lambda f: f.p["city"].upper(), "city"),
            "HOME_POSTAL_CODE": Y(lambda f: f.p["postal"], "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.p["dob"], "birthdate"),
            "EMAIL_HASH_SHA256": Y(lambda f: f.sha256(), "email"),
            "LIFETIME_WASH_COUNT": G(lambda f: f.r.randint(0, 900)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_VISIT_DATE": G(lambda f: f.date(2024, 2024)),
            "HOME_STORE_NAME": G(lambda f: f.store["name"]),
            "MEMBER_STATUS": P(["ACTIVE", "PAUSED", "CHURNED", "NEVER"]),
            "IS_FLEET_DRIVER": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso().replace("T", " ").replace("Z", "")),
        },
    ),
    (
        "identify",
        None,
        ["web", "php"],
        "QC",
        2,
        {
            "prenom": Y(lambda f: f.p["first"], "name"),
            "nom": Y(lambda f: f.p["last"], "name"),
            "courriel": Y(lambda f: f.p["email"], "email"),
            "telephone": Y(lambda f: f.p["phone"], "phone"),
            "adresse": Y(lambda f: f.p["street"], "address|street"),
            "ville": Y(lambda f: f.p["city"], "city"),
            "code_postal": Y(lambda f: f.p["postal"], "zipcode"),
            "province": C("QC"),
            "langue_preferee": G(lambda f: f.p["lang"]),
            "date_de_naissance": Opt(Y(lambda f: f.p["dob"], "birthdate"), 0.5),
            "infolettre": G(lambda f: f.pick([True, False])),
            "numero_membre": G(lambda f: f"GL{f.digits(9)}"),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        None,
        1,
        {
            "name": G(lambda f: f.co[0]),
            "industry": P(
                ["Construction", "Home Services", "Logistics", "Healthcare", "Property Management"]
            ),
            "employees": G(lambda f: f.r.randint(5, 800)),
            "plan": P(["Fleet Basic", "Fleet Pro", "Fleet Enterprise"]),
            "fleetSize": G(lambda f: f.r.randint(3, 240)),
            "website": G(lambda f: "https://www." + f.co[1]),
            "createdAt": G(lambda f: f.iso()),
            "mainPhone": G(company_phone),
            "hqCity": G(lambda f: f.co[4]),
            "accountManagerName": Y(lambda f: f.staff["name"], "name"),
        },
    ),
    ("alias", None, WEBAPP, None, 1, {}),
    # -- browsing ------------------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        None,
        5,
        {
            "name": G(lambda f: f.page[1].split(" |")[0]),
            "path": G(lambda f: f.page[0]),
            "url": G(lambda f: "https://www.glideautocare.com" + f.page[0]),
            "title": G(lambda f: f.page[1]),
            "referrer": P(["", "https://www.google.com/", "https://www.glideautocare.com/"]),
            "search": P(["", "", "?utm_source=google&utm_medium=cpc", "?store=0142"]),
            "category": P(["Marketing", "Shop", "Account", "Locations"]),
        },
    ),
    (
        "screen",
        None,
        APP,
        None,
        5,
        {
            "name": P(SCREENS),
            "previous_screen": P(SCREENS),
            "load_ms": G(lambda f: f.r.randint(80, 2400)),
        },
    ),
    (
        "track",
        "Application Opened",
        APP,
        None,
        2,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": P(["6.14.0", "6.15.2", "6.16.0"]),
            "build": P(["61400", "61502", "61600"]),
            "url": Opt(
                P(["glide://wash/plans", "glide://garage", "https://glideautocare.com/app/rewards"]), 0.3
            ),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        APP,
        None,
        1,
        {
            "url": P(["glide://wash/plans?promo=BOGO", "glide://book?service=oil", "glide://rewards"]),
            "campaign": P(["unlimited_wash_bogo", "oil_change_spring", "winter_tires_2024"]),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    # -- parts e-commerce ----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        WEBAPP,
        None,
        3,
        {
            "query": P(
                [
                    "5w-30 synthetic",
                    "wiper blades 2019 civic",
                    "h11 bulb",
                    "cabin air filter rav4",
                    "huile 0w-20",
                    "winter wipers",
                    "battery group 48",
                    "ceramic spray",
                ]
            ),
            "vehicle_fitment": Opt(
                {
                    "year": G(lambda f: f.veh["year"]),
                    "make": G(lambda f: f.veh["make"]),
                    "model": G(lambda f: f.veh["model"]),
                },
                0.6,
            ),
            "results_count": G(lambda f: f.r.randint(0, 180)),
        },
    ),
    (
        "track",
        "Product Viewed",
        WEBAPP,
        None,
        3,
        {
            **a_product(),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "value": G(lambda f: f.part[4]),
            "in_stock_at_store": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added",
        WEBAPP,
        None,
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            **a_product(full=False),
            "fulfillment": P(["pickup", "ship", "install_at_store"]),
        },
    ),
    (
        "track",
        "Checkout Started",
        WEBAPP,
        None,
        2,
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(lambda f: f.money(10, 600)),
            "revenue": G(lambda f: f.money(10, 600)),
            "tax": G(lambda f: f.money(0, 60)),
            "shipping": G(lambda f: f.pick([0, 0, 7.99, 12.99])),
            "coupon": P(["", "SPRING10", "WIPER20", "BIENVENUE"]),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "products": Many(a_product(full=False), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift", "kotlin"],
        None,
        2,
        {
            "order_id": G(lambda f: f.digits(9)),
            "step": C(3),
            "payment_method": P(["card", "apple_pay", "google_pay", "paypal"]),
            "card_brand": P(["visa", "mastercard", "amex", "discover"]),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(card_exp_year),
            "card_bin": G(lambda f: f.pick(["4", "51", "55", "37"]) + f.digits(4)),
            "payment_method_id": RED(lambda f: "pm_1" + f.rand(ALNUM, 23), "token"),
            "billing_postal_code": Y(lambda f: f.p["postal"], "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pay Station Card Declined",
        ["java"],
        None,
        1,
        {
            "terminal_id": G(lambda f: f"{f.store['id']}-PS{f.r.randint(1, 3)}"),
            "entry_mode": P(["swipe", "chip", "contactless"]),
            "response_code": P(["05", "51", "54", "14"]),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(
                lambda f: f"{ascii_fold(f.p['last']).upper()}/{ascii_fold(f.p['first']).upper()}", "name"
            ),
            "amount": G(lambda f: f.pick([12.0, 18.0, 24.0])),
            "package": P(WASH_PACKAGES),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        None,
        3,
        {
            "order_id": G(lambda f: f.digits(9)),
            "order_number": G(lambda f: "W" + f.digits(8)),
            "total": G(lambda f: f.money(10, 700)),
            "taxes": Many(
                {"type": P(["GST", "HST", "QST", "PST", "sales_tax"]), "amount": G(lambda f: f.money(0, 40))},
                2,
            ),
            "coupon": P(["", "SPRING10", "WIPER20"]),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "fulfillment_type": P(["pickup", "ship"]),
            "products": Many(a_product(full=False), 3),
            "pickup_store": Opt(
                {
                    "store_id": G(lambda f: f.store["id"]),
                    "name": G(lambda f: f.store["name"]),
                    "phone": G(lambda f: f.store["phone"]),
                    "address": G(lambda f: f.store["address"]),
                    "city": G(lambda f: f.store["city"]),
                    "province": G(lambda f: f.store["region"]),
                },
                0.6,
            ),
            "pickup_contact_name": Opt(Y(lambda f: f.o["name"], "name"), 0.4),
            "pickup_contact_phone": Opt(Y(lambda f: f.fmt_phone(f.o), "phone"), 0.4),
            "shipping_address": Opt(
                {
                    "name": Y(lambda f: f.p["name"], "name"),
                    "line1": Y(lambda f: f.p["street"], "address|street"),
                    "line2": Opt(
                        Y(
                            lambda f: f.pick(["Apt 4B", "Unit 1203", "Suite 210", "app. 5", "Basement"]),
                            "address|street",
                        ),
                        0.4,
                    ),
                    "city": Y(lambda f: f.p["city"], "city"),
                    "state": G(lambda f: f.p["region"]),
                    "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
                    "country": G(lambda f: f.p["country"]),
                },
                0.4,
            ),
            "billing_address": Y(lambda f: full_address(f), "address"),
            "customer_email": Y(lambda f: f.p["email"], "email"),
            "payment": {
                "brand": P(["visa", "mastercard", "amex", "interac"]),
                "last4": G(lambda f: f.digits(4)),
                "payment_intent": G(lambda f: "pi_3" + f.rand(ALNUM, 24)),
            },
        },
    ),
    (
        "track",
        "Order Ready For Pickup",
        ["go", "java"],
        None,
        1,
        {
            "order_id": G(lambda f: f.digits(9)),
            "store_id": G(lambda f: f.store["id"]),
            "pickup_code": RED(lambda f: f.rand("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 6), "token"),
            "notified_via": P(["sms", "email", "push"]),
            "sms_to": Y(lambda f: f.p["e164"], "phone"),
        },
    ),
    # -- memberships and washes ----------------------------------------------------------------
    (
        "track",
        "Membership Plan Viewed",
        WEBAPP,
        None,
        2,
        {
            "plan_name": P(PLANS),
            "price": P([19.99, 29.99, 39.99, 44.99, 24.99]),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node", "ruby"],
        None,
        2,
        {
            "subscription_id": G(lambda f: "sub_1" + f.rand(ALNUM, 23)),
            "plan": P(PLANS),
            "price": P([19.99, 29.99, 39.99, 44.99]),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "vehicle": {
                "plate": Y(lambda f: f.veh["plate"], "license"),
                "plate_region": G(lambda f: f.p["region"]),
                "vin": Opt(Y(lambda f: f.veh["vin"], "serial"), 0.5),
                "make": G(lambda f: f.veh["make"]),
                "model": G(lambda f: f.veh["model"]),
                "year": G(lambda f: f.veh["year"]),
            },
            "rfid_tag_id": G(lambda f: f.epc()),
            "home_store_id": G(lambda f: f.store["id"]),
            "payment_method_id": RED(lambda f: "pm_1" + f.rand(ALNUM, 23), "token"),
            "stripe_customer_id": G(lambda f: f.stripe("cus_")[:18]),
        },
    ),
    (
        "track",
        "RFID Tag Activated",
        APP,
        None,
        1,
        {
            "tag_id": G(lambda f: f.epc()),
            "activation_code": RED(lambda f: f.digits(6), "token"),
            "vehicle_plate": Y(lambda f: f.veh["plate"], "license"),
            "vehicle_id": G(lambda f: f.uuid()),
            "store_id": G(lambda f: f.store["id"]),
            "installed_by": {
                "employee_id": G(lambda f: "E" + f.digits(5)),
                "first_name": Y(lambda f: f.staff["first"], "name"),
            },
            "placement": P(["windshield_top_left", "headlamp", "windshield_behind_mirror"]),
        },
    ),
    (
        "track",
        "Membership Tags Synced",
        ["go"],
        None,
        1,
        {
            "account_id": G(lambda f: f.digits(8)),
            "tags": Many(
                {
                    "epc": G(lambda f: f.epc()),
                    "label": Y(lambda f: f.plate(f.p["region"]), "license", True),
                    "status": P(["active", "suspended", "lost"]),
                },
                3,
            ),
            "sync_source": P(["DRB SiteWatch", "Sonny's ControlPRO"]),
        },
    ),
    (
        "track",
        "Wash Completed",
        ["go"],
        None,
        4,
        {
            "wash_id": G(lambda f: f.uuid()),
            "site_id": G(lambda f: f.store["id"]),
            "lane": P([1, 2, 3]),
            "package": P(WASH_PACKAGES),
            "member_wash": G(lambda f: f.pick([True, True, False])),
            "rfid_epc": Opt(G(lambda f: f.epc()), 0.6),
            "plate_read": Y(lambda f: f.veh["plate"], "license"),
            "lpr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.999), 3)),
            "duration_s": G(lambda f: f.r.randint(95, 240)),
            "started_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Wash Rated",
        APP,
        None,
        2,
        {
            "wash_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": P(
                [
                    "",
                    "Wheels still dirty",
                    "Great job as always",
                    "Dryer missed the back window",
                    "Line was long but worth it",
                    "Super propre, merci!",
                    "Tire shine was uneven",
                ]
            ),
        },
    ),
    (
        "track",
        "Membership Cancelled",
        ["web", "swift"],
        None,
        1,
        {
            "subscription_id": G(lambda f: "sub_1" + f.rand(ALNUM, 23)),
            "reason": P(["moving", "too_expensive", "sold_vehicle", "not_using", "other"]),
            "reason_detail": P(
                [
                    "",
                    "Sold the car",
                    "Don't wash it enough in winter",
                    "Price went up again",
                    "Switching to a closer wash",
                    "Je déménage",
                ]
            ),
            "save_offer_shown": G(lambda f: f.pick([True, False])),
            "months_active": G(lambda f: f.r.randint(1, 60)),
        },
    ),
    (
        "track",
        "Family Plan Updated",
        APP,
        None,
        1,
        {
            "plan": C("Family Unlimited"),
            "members": Many(
                {
                    "first_name": Y(lambda f: f.other_first(), "name"),
                    "relationship": P(["spouse", "son", "daughter", "partner", "parent"]),
                    "vehicle_plate": Y(lambda f: f.plate(f.p["region"]), "license"),
                    "birth_year": Y(lambda f: f.r.randint(1955, 2008), "birthdate"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Pet Wash Started",
        ["flutter"],
        None,
        1,
        {
            "station_id": G(lambda f: f"{f.store['id']}-PW{f.r.randint(1, 2)}"),
            "pet_name": P(["Biscuit", "Luna", "Max", "Poutine", "Mochi", "Bella", "Rocky"]),
            "pet_breed": P(["Golden Retriever", "Labrador", "Bernese Mountain Dog", "Mixed", "Poodle"]),
            "pet_weight_lb": G(lambda f: f.r.randint(8, 120)),
        },
    ),
    # -- vehicles ------------------------------------------------------------------------------
    (
        "track",
        "Vehicle Transferred",
        APP,
        None,
        1,
        {
            "vehicle_id": G(lambda f: f.uuid()),
            "transfer_reason": P(["sold", "gifted", "lease_return", "family"]),
            "transferred_to": Y(lambda f: f.o["email"], "email", True),
            "new_owner": {
                "name": Y(lambda f: f.o["name"], "name"),
                "phone": Opt(Y(lambda f: f.fmt_phone(f.o), "phone"), 0.6),
            },
            "membership_moved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vehicle Added",
        APP,
        None,
        2,
        {
            "vehicle_id": G(lambda f: f.uuid()),
            "year": G(lambda f: f.veh["year"]),
            "make": G(lambda f: f.veh["make"]),
            "model": G(lambda f: f.veh["model"]),
            "plate": Y(lambda f: f.veh["plate"], "license"),
            "plate_state": G(lambda f: f.p["region"]),
            "vin": Opt(Y(lambda f: f.veh["vin"], "serial"), 0.6),
            "odometer": G(lambda f: f.veh["odo"]),
            "nickname": P(["", "Work truck", "The Beast", "Blue Civic", "Daily", "Mom's van", "Weekend car"]),
            "color": G(lambda f: f.veh["color"]),
            "is_primary": G(lambda f: f.pick([True, False])),
            "vin_decoded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "VIN Scanned",
        APP,
        None,
        1,
        {
            "vin": Y(lambda f: f.veh["vin"], "serial"),
            "scan_method": P(["camera_barcode", "camera_ocr", "manual"]),
            "decode": {
                "make": G(lambda f: f.veh["make"].upper()),
                "model": G(lambda f: f.veh["model"]),
                "model_year": G(lambda f: str(f.veh["year"])),
            },
            "decode_ms": G(lambda f: f.r.randint(120, 1800)),
        },
    ),
    # -- service appointments ------------------------------------------------------------------
    (
        "track",
        "Appointment Booked",
        WEBAPP,
        None,
        3,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "store_id": G(lambda f: f.store["id"]),
            "store_name": G(lambda f: f.store["name"]),
            "services": Many(P(SERVICES), 3),
            "scheduled_for": G(lambda f: f.iso()),
            "vehicle_id": G(lambda f: f.uuid()),
            "vehicle": {
                "year": G(lambda f: f.veh["year"]),
                "make": G(lambda f: f.veh["make"]),
                "model": G(lambda f: f.veh["model"]),
            },
            "contact_phone": Y(lambda f: f.p["phone"], "phone"),
            "contact_name": Opt(Y(lambda f: f.p["name"], "name"), 0.7),
            "contact_email": Opt(Y(lambda f: f.p["email"], "email"), 0.7),
            "note": Opt(Y(note_with_phone, "phone", True), 0.5),
            "waiting_or_dropoff": P(["waiting", "dropoff"]),
            "shuttle_requested": G(lambda f: f.pick([True, False, False])),
            "accessibility_request": Opt(
                RED(
                    lambda f: f.pick(["wheelchair_accessible_lounge", "hearing_assistance", "mobility_aid"]),
                    "disability",
                ),
                0.3,
            ),
        },
    ),
    (
        "track",
        "Appointment Confirmed",
        ["ruby"],
        None,
        2,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "confirmation_code": G(lambda f: "GLD-" + f.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)),
            "store": {
                "id": G(lambda f: f.store["id"]),
                "name": G(lambda f: f.store["name"]),
                "phone": G(lambda f: f.store["phone"]),
                "address": G(lambda f: f.store["address"]),
                "lat": G(lambda f: f.store["lat"]),
                "lng": G(lambda f: f.store["lng"]),
            },
            "technician": {
                "id": G(lambda f: "E" + f.digits(5)),
                "first_name": Y(lambda f: f.staff["first"], "name"),
                "photo_url": Y(lambda f: f"https://cdn.glideautocare.com/staff/{f.hexid(10)}.jpg", "photo"),
            },
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Service Completed",
        ["java"],
        None,
        3,
        {
            "work_order_id": G(lambda f: "WO-" + f.store["id"] + "-" + f.digits(6)),
            "invoice_number": G(lambda f: f.store["id"] + f.digits(7)),
            "store_id": G(lambda f: f.store["id"]),
            "technician_id": G(lambda f: "E" + f.digits(5)),
            "technician_name": Y(lambda f: f.staff["name"], "name"),
            "services": Many(
                {
                    "code": P(["OC-FS", "OC-SB", "OC-HM", "TR", "CAF", "EAF", "WIP", "BAT", "COOL"]),
                    "description": P(SERVICES),
                    "parts": Many({"part_number": G(lambda f: f.pick(PARTS)[1]), "qty": P([1, 1, 2, 5])}, 2),
                },
                3,
            ),
            "odometer_in": G(lambda f: f.veh["odo"]),
            "total": G(lambda f: f.money(39, 420)),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "inspection": {
                "brake_pad_mm": G(lambda f: f.r.randint(2, 11)),
                "tire_tread_32nds": G(lambda f: f.r.randint(2, 11)),
                "note": P(
                    [
                        "",
                        "Front pads at 3mm, recommend replacement",
                        "Cabin filter very dirty",
                        "Slight oil seep at drain plug, monitored",
                        "All good",
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Inspection Report Shared",
        ["java"],
        None,
        1,
        {
            "work_order_id": G(lambda f: "WO-" + f.store["id"] + "-" + f.digits(6)),
            "share_token": RED(lambda f: f.rand(B64URL, 32), "token"),
            "sent_to_phone": Y(lambda f: f.p["e164"], "phone"),
            "items_red": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Oil Change Reminder Sent",
        ["php"],
        None,
        2,
        {
            "reminder_id": G(lambda f: f.digits(10)),
            "channel": C("sms"),
            "template": P(["oil_due_v3", "oil_overdue_v2", "rappel_huile_fr"]),
            "to": Y(lambda f: f.p["e164"], "phone", True),
            "from_number": G(lambda f: f.pick(["+18885550142", "+18665550199"])),
        },
    ),
    # -- loyalty, referrals, gift cards -------------------------------------------------------
    (
        "track",
        "Points Earned",
        ["python", "node"],
        None,
        2,
        {
            "loyalty_number": G(lambda f: "7" + f.digits(11)),
            "points": G(lambda f: f.r.randint(5, 400)),
            "balance": G(lambda f: f.r.randint(0, 12000)),
            "tier": P(["Bronze", "Silver", "Gold", "Platinum"]),
            "source_order_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Referral Sent",
        APP,
        None,
        1,
        {
            "referral_code": G(lambda f: ascii_fold(f.p["first"]).upper()[:5] + f.digits(3)),
            "channel": P(["sms", "email", "copy_link", "whatsapp"]),
            "recipient": {
                "name": Y(lambda f: f.o["name"], "name"),
                "phone": Opt(Y(lambda f: f.fmt_phone(f.o), "phone"), 0.6),
                "email": Opt(Y(lambda f: f.o["email"], "email"), 0.5),
            },
            "contacts_permission": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Birthday Reward Issued",
        ["python"],
        None,
        1,
        {
            "loyalty_number": G(lambda f: "7" + f.digits(11)),
            "birthday_mmdd": Y(lambda f: f.p["dob"][5:], "birthdate"),
            "reward": C("Free Ultimate Wash"),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        None,
        1,
        {
            "gift_card_id": G(lambda f: f.uuid()),
            "amount": P([25, 50, 75, 100]),
            "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "design": P(["birthday", "holiday", "thank_you", "new_car"]),
            "recipient_name": Y(lambda f: f.o["name"], "name"),
            "recipient_email": Y(lambda f: f.o["email"], "email"),
            "sender_name": Y(lambda f: f.p["first"], "name"),
            "message": Y(gift_message, "name", True),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
            "gift_card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Tip Left",
        APP,
        None,
        1,
        {
            "wash_id": G(lambda f: f.uuid()),
            "attendant_name": Y(lambda f: f.staff["first"] + " " + f.staff["last"][0] + ".", "name"),
            "tip_amount": P([2, 3, 5, 10]),
        },
    ),
    # -- roadside --------------------------------------------------------------------------------
    (
        "track",
        "Roadside Assistance Requested",
        APP,
        None,
        2,
        {
            "request_id": G(lambda f: "RSA-" + f.digits(8)),
            "issue_type": P(["flat_tire", "dead_battery", "lockout", "out_of_fuel", "tow", "winch_out"]),
            "location": {
                "latitude": Y(lambda f: round(f.store["lat"] + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.store["lng"] + f.r.uniform(-0.3, 0.3), 6), "geolocation"),
                "address": Y(lambda f: f.p["street"] + ", " + f.p["city"], "address"),
            },
            "vehicle_id": G(lambda f: f.uuid()),
            "plate": Y(lambda f: f.veh["plate"], "license"),
            "callback_number": Y(lambda f: f.p["phone"], "phone"),
            "safe_location": G(lambda f: f.pick([True, False])),
            "medical_assistance_needed": Y(lambda f: f.pick([False, False, False, True]), "condition"),
            "details": P(
                [
                    "Front passenger tire flat, spare is in trunk",
                    "Clicking noise when starting",
                    "Keys locked inside",
                    "Stuck in snowbank on the shoulder",
                    "Ran out of gas",
                    "Pneu crevé, côté conducteur",
                ]
            ),
            "insurance": Opt(
                {
                    "provider": P(
                        ["Intact", "Desjardins", "State Farm", "GEICO", "Progressive", "TD Insurance"]
                    ),
                    "policy_number": Y(lambda f: f.pick(["AUT", "PA", ""]) + f.digits(9), "identification"),
                    "member_id": Y(lambda f: f.digits(3) + "-" + f.digits(6), "identification"),
                },
                0.5,
            ),
        },
    ),
    (
        "track",
        "Roadside Dispatch Updated",
        ["go"],
        None,
        2,
        {
            "request_id": G(lambda f: "RSA-" + f.digits(8)),
            "provider_name": P(["Metro Towing", "Remorquage Laval", "AAA Partner 4471", "Lone Star Wrecker"]),
            "driver_first_name": Y(lambda f: f.staff["first"], "name"),
            "driver_contact_proxy": G(lambda f: f.pick(["+18885550117", "+18555550163", "+18445550190"])),
            "eta_minutes": G(lambda f: f.r.randint(8, 95)),
            "status": P(["assigned", "en_route", "on_scene", "completed", "cancelled"]),
        },
    ),
    (
        "track",
        "Roadside Chat Message Sent",
        APP,
        None,
        1,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message": {
                "id": G(lambda f: f.hexid(24)),
                "text": Y(chat_with_phone, "phone", True),
                "sent_at": G(lambda f: f.iso()),
            },
            "sender_role": C("member"),
        },
    ),
    # -- fleet (.NET back office, PascalCase) ----------------------------------------------------
    (
        "track",
        "Fleet Account Created",
        ["dotnet"],
        None,
        1,
        {
            "FleetAccountId": G(lambda f: "FA" + f.digits(6)),
            "CompanyName": G(lambda f: f.co[0]),
            "BusinessNumber": G(
                lambda f: f.digits(9) + "RT0001" if f.co[2] == "CA" else f.digits(2) + "-" + f.digits(7)
            ),
            "AccountsPayableEmail": G(
                lambda f: f.pick(["ap", "accounts", "fleet", "billing"]) + "@" + f.co[1]
            ),
            "MainPhone": G(company_phone),
            "BillingAddress": {
                "Line1": G(lambda f: f.co[5]),
                "City": G(lambda f: f.co[4]),
                "Region": G(lambda f: f.co[3]),
            },
            "ManagerFirstName": Y(lambda f: f.p["first"], "name"),
            "ManagerLastName": Y(lambda f: f.p["last"], "name"),
            "ManagerEmail": Y(lambda f: work_email(f.p, f.co[1], initial=True), "email"),
            "ManagerMobile": Y(lambda f: f.p["phone"], "phone"),
            "JobTitle": P(["Fleet Manager", "Operations Director", "Office Manager", "Owner"]),
            "VehicleCount": G(lambda f: f.r.randint(3, 240)),
            "TaxExempt": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fleet Driver Added",
        ["dotnet"],
        None,
        2,
        {
            "FleetAccountId": G(lambda f: "FA" + f.digits(6)),
            "DriverId": G(lambda f: f.digits(6)),
            "FirstName": Y(lambda f: f.p["first"], "name"),
            "LastName": Y(lambda f: f.p["last"], "name"),
            "Email": Y(lambda f: f.p["email"], "email"),
            "MobilePhone": Y(lambda f: f.p["phone"], "phone"),
            "DriversLicenseNumber": RED(lambda f: f.drivers_licence(f.p["region"]), "license|national id"),
            "LicenseRegion": G(lambda f: f.p["region"]),
            "AssignedVehicle": {
                "UnitNumber": G(lambda f: "U-" + f.digits(3)),
                "Plate": Y(lambda f: f.veh["plate"], "license"),
                "Vin": Y(lambda f: f.veh["vin"], "serial"),
            },
            "PinSet": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Fleet Invoice Generated",
        ["dotnet"],
        None,
        1,
        {
            "InvoiceNumber": G(lambda f: "FI-" + f.digits(7)),
            "FleetAccountId": G(lambda f: "FA" + f.digits(6)),
            "LineItems": Many(
                {
                    "WorkOrderId": G(lambda f: "WO-" + f.store["id"] + "-" + f.digits(6)),
                    "UnitNumber": G(lambda f: "U-" + f.digits(3)),
                    "Plate": Y(lambda f: f.plate(f.p["region"]), "license"),
                    "DriverName": Y(lambda f: f.other_name(), "name"),
                    "Service": P(SERVICES + WASH_PACKAGES),
                    "Amount": G(lambda f: f.money(12, 240)),
                },
                4,
            ),
            "Subtotal": G(lambda f: f.money(100, 4000)),
            "Gst": G(lambda f: f.money(5, 200)),
            "Total": G(lambda f: f.money(100, 4600)),
            "Currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            "PoNumber": G(lambda f: f.pick(["", "PO-" + f.digits(5), f.digits(6)])),
            "DueDate": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Fleet Card Authorized",
        ["go"],
        None,
        2,
        {
            "pan_masked": G(lambda f: "************" + f.digits(4)),
            "card_last4": G(lambda f: f.digits(4)),
            "driver_id": G(lambda f: f.digits(6)),
            "driver_pin_verified": G(lambda f: f.pick([True, False])),
            "auth_code": G(lambda f: f.digits(6)),
            "amount": G(lambda f: f.money(10, 300)),
        },
    ),
    (
        "track",
        "Fleet Report Exported",
        ["web"],
        None,
        1,
        {
            "report_type": P(["spend_by_driver", "wash_frequency", "service_history"]),
            "format": P(["csv", "xlsx", "pdf"]),
            "rows": G(lambda f: f.r.randint(5, 5000)),
            "requested_by_email": Y(lambda f: f.p["email"], "email"),
        },
    ),
    (
        "track",
        "API Key Created",
        ["node"],
        None,
        1,
        {
            "key_id": G(lambda f: "key_" + f.hexid(16)),
            "key_prefix": G(lambda f: "gl_live_" + f.hexid(4)),
            "secret": RED(lambda f: "gl_live_" + f.rand(ALNUM, 40), "secret"),
            "webhook_signing_secret": RED(lambda f: "whsec_" + f.rand(ALNUM, 32), "secret"),
            "scopes": Many(P(["vehicles:read", "invoices:read", "drivers:write", "transactions:read"]), 3),
        },
    ),
    # -- careers and staff -----------------------------------------------------------------------
    (
        "track",
        "Job Application Submitted",
        ["web"],
        None,
        1,
        {
            "application_id": G(lambda f: f.digits(8)),
            "position": P(
                [
                    "Lube Technician",
                    "Wash Attendant",
                    "Assistant Manager",
                    "Sales Advisor",
                    "Technicien(ne) en lubrification",
                ]
            ),
            "store_id": G(lambda f: f.store["id"]),
            "first_name": Y(lambda f: f.p["first"], "name"),
            "last_name": Y(lambda f: f.p["last"], "name"),
            "email": Y(lambda f: f.p["email"], "email"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "desired_hourly_rate": Y(lambda f: f.pick([16, 17.5, 18, 20, 22.5, 25]), "salary"),
            "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
            "referred_by_employee": Opt(Y(lambda f: f.staff["name"], "name"), 0.5),
            "authorized_to_work": RED(lambda f: f.pick([True, True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([False, False, True]), "visa"),
            "has_valid_drivers_license": G(lambda f: f.pick([True, False])),
            "years_experience": G(lambda f: f.r.randint(0, 20)),
            "certifications": Many(P(["ASE G1", "ASE A4", "ASE A5", "Red Seal 310S", "none"]), 2),
            "resume_filename": Y(resume_filename, "name", True),
            "eeo": Opt(
                {
                    "gender": Y(lambda f: f.pick(["Female", "Male", "Decline to self-identify"]), "gender"),
                    "race": Y(
                        lambda f: f.pick(
                            [
                                "Hispanic or Latino",
                                "Black or African American",
                                "Asian",
                                "White",
                                "Two or More Races",
                                "Decline",
                            ]
                        ),
                        "race|ethnicity",
                    ),
                    "veteran_status": RED(
                        lambda f: f.pick(
                            [
                                "I am not a protected veteran",
                                "I identify as one or more of the classifications of protected veteran",
                                "I don't wish to answer",
                            ]
                        ),
                        "veteran",
                    ),
                    "disability_status": RED(
                        lambda f: f.pick(
                            [
                                "Yes, I have a disability",
                                "No, I do not have a disability",
                                "I do not want to answer",
                            ]
                        ),
                        "disability",
                    ),
                },
                0.6,
            ),
        },
    ),
    (
        "track",
        "Technician Onboarded",
        ["dotnet"],
        None,
        1,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "FirstName": Y(lambda f: f.p["first"], "name"),
            "LastName": Y(lambda f: f.p["last"], "name"),
            "PersonalEmail": Y(lambda f: f.p["email"], "email"),
            "HomeAddress": Y(lambda f: full_address(f), "address"),
            "DateOfBirth": Y(lambda f: f.p["dob"], "birthdate"),
            "NationalIdentifier": RED(lambda f: f.national_id(), "national id|social security number"),
            "HourlyRate": Y(lambda f: f.pick([17.25, 18.5, 21.0, 24.75, 28.0]), "salary"),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "JobTitle": P(["Lube Technician", "Lead Technician", "Wash Attendant", "Site Manager"]),
            "StoreNumber": G(lambda f: f.store["id"]),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "WorkPermitExpiry": Opt(RED(lambda f: f.date(2025, 2028), "visa"), 0.3),
            "TradeCertificateNumber": Opt(Y(trade_certificate, "certificate"), 0.5),
            "DirectDeposit": {
                "RoutingNumber": G(lambda f: f.routing()),
                "AccountNumber": RED(lambda f: f.digits(f.pick([7, 9, 10, 12])), "bank account"),
            },
            "EmergencyContact": {
                "Name": Y(lambda f: f.o["name"], "name"),
                "Relationship": P(["Spouse", "Mother", "Father", "Sibling", "Friend"]),
                "Phone": Y(lambda f: f.fmt_phone(f.o), "phone"),
            },
        },
    ),
    (
        "track",
        "Commission Calculated",
        ["dotnet"],
        None,
        1,
        {
            "EmployeeId": G(lambda f: "E" + f.digits(5)),
            "PayPeriod": P(["2024-PP14", "2024-PP15", "2024-PP16"]),
            "CommissionAmount": Y(lambda f: f.money(40, 900), "salary"),
            "MembershipsSold": G(lambda f: f.r.randint(0, 40)),
            "StoreNumber": G(lambda f: f.store["id"]),
        },
    ),
    (
        "track",
        "Shift Clocked In",
        ["flutter"],
        None,
        2,
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "store_id": G(lambda f: f.store["id"]),
            "clock_in_at": G(lambda f: f.iso()),
            "geofence_ok": G(lambda f: f.pick([True, True, False])),
            "lat": Y(lambda f: round(f.store["lat"] + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
            "lng": Y(lambda f: round(f.store["lng"] + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["flutter"],
        None,
        3,
        {
            "q": Y(lambda f: f.fmt_phone(f.p), "phone", True),
            "lookup_method": C("phone"),
            "results": G(lambda f: f.r.randint(0, 3)),
            "matched_member_number": G(lambda f: f.pick([None, f"GL{f.digits(9)}"])),
            "cashier_id": G(lambda f: "E" + f.digits(5)),
        },
    ),
    (
        "track",
        "Workplace Incident Reported",
        ["flutter"],
        None,
        1,
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "store_id": G(lambda f: f.store["id"]),
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "injury_type": Y(
                lambda f: f.pick(
                    [
                        "chemical burn - left hand",
                        "lower back strain",
                        "laceration - forearm",
                        "slip and fall, bruised knee",
                        "eye irritation (wash chemical)",
                    ]
                ),
                "condition|diagnosis",
            ),
            "treatment": Y(
                lambda f: f.pick(
                    ["first aid on site", "clinic visit - stitches", "eye wash station", "ER visit, x-ray"]
                ),
                "procedure",
            ),
            "lost_time": G(lambda f: f.pick([True, False])),
            "reported_by_name": Y(lambda f: f.staff["name"], "name"),
            "witnesses": Many(Y(lambda f: f.other_name(), "name"), 2),
        },
    ),
    # -- claims, support, financing ------------------------------------------------------------
    (
        "track",
        "Damage Claim Submitted",
        ["web"],
        None,
        1,
        {
            "claim_number": G(lambda f: "DC-" + f.digits(7)),
            "wash_id": G(lambda f: f.uuid()),
            "store_id": G(lambda f: f.store["id"]),
            "damage_type": P(["mirror", "antenna", "wiper", "paint", "trim", "license_plate_bracket"]),
            "description": P(
                [
                    "Passenger mirror cracked after the tunnel",
                    "Rear wiper bent back",
                    "Scratch on driver door",
                    "Roof rack loosened",
                    "Trim piece pulled off",
                ]
            ),
            "estimated_cost": G(lambda f: f.money(80, 2500)),
            "customer_name": Y(lambda f: f.p["name"], "name"),
            "customer_email": Y(lambda f: f.p["email"], "email"),
            "customer_phone": Y(lambda f: f.p["phone"], "phone"),
            "insurance_policy_number": Opt(
                Y(lambda f: f.pick(["AUT", "PA"]) + f.digits(9), "identification"), 0.5
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        None,
        1,
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "subject": P(
                [
                    "Membership billing question",
                    "Tag not reading at the gate",
                    "Refund request",
                    "Question sur ma facture",
                    "Cancel my plan",
                ]
            ),
            "requester": {
                "name": Y(lambda f: f.p["name"], "name"),
                "email": Y(lambda f: f.p["email"], "email"),
            },
            "assignee_name": Y(lambda f: f.staff["name"], "name"),
            "tags": Many(P(["billing", "rfid", "refund", "fr", "vip"]), 3),
            "channel": P(["web", "email", "chat"]),
        },
    ),
    (
        "track",
        "Support Call Completed",
        ["node"],
        None,
        1,
        {
            "call_id": G(lambda f: "CA" + f.hexid(32)),
            "direction": P(["inbound", "outbound"]),
            "customer_number": Y(lambda f: f.p["e164"], "phone"),
            "company_number": C("+18885550100"),
            "agent": {
                "id": G(lambda f: f.digits(6)),
                "name": Y(lambda f: f.staff["name"], "name"),
                "email": Y(lambda f: f.staff["work_email"], "email"),
            },
            "duration_sec": G(lambda f: f.r.randint(20, 1900)),
            "disposition": P(["resolved", "callback", "transferred", "voicemail"]),
        },
    ),
    (
        "track",
        "Financing Prequalified",
        ["web"],
        "US",
        1,
        {
            "application_id": G(lambda f: f.uuid()),
            "provider": P(["Synchrony Car Care", "Affirm", "Snap Finance"]),
            "amount_requested": P([500, 800, 1200, 2000]),
            "annual_income": Y(lambda f: f.r.randrange(22000, 180000, 500), "salary"),
            "applicant_name": Y(lambda f: f.p["name"], "name"),
            "home_address": Y(full_address, "address"),
            "mobile_phone": Y(lambda f: f.p["phone"], "phone"),
            "marital_status": P(["single", "married", "divorced", "widowed"]),
            "employer": P(["Walmart", "Amazon", "Self-employed", "City of Phoenix", "HEB"]),
            "job_title": P(["Warehouse Associate", "Nurse", "Teacher", "Driver", "Manager"]),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "date_of_birth": Y(lambda f: f.p["dob"], "birthdate"),
            "credit_score": Y(lambda f: f.r.randint(520, 830), "credit score"),
            "decision": P(["approved", "declined", "pending"]),
        },
    ),
    # -- auth ------------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        WEBAPP,
        None,
        2,
        {
            "method": P(["email", "apple", "google", "phone"]),
            "email": Y(lambda f: f.p["email"], "email"),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "referral_code": Opt(G(lambda f: ascii_fold(f.o["first"]).upper()[:5] + f.digits(3)), 0.3),
            "password_strength": P(["weak", "fair", "strong"]),
        },
    ),
    (
        "track",
        "Signed In",
        WEBAPP,
        None,
        3,
        {
            "method": P(["password", "apple", "google", "magic_link"]),
            "username": Y(lambda f: f.p["email"], "email|name"),
            "mfa": G(lambda f: f.pick([True, False])),
            "success": G(lambda f: f.pick([True, True, True, False])),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        APP,
        None,
        2,
        {
            "code": RED(lambda f: f.digits(6), "token"),
            "channel": P(["sms", "email"]),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "destination_masked": G(lambda f: f"+1 (•••) •••-{f.digits(4)}"),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        None,
        1,
        {
            "link_token": RED(lambda f: f.rand(B64URL, 43), "token"),
            "email": Y(lambda f: f.p["email"], "email"),
            "expired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web"],
        None,
        1,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "reset_count": G(lambda f: f.r.randint(1, 4)),
            "password_changed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Account Form Submitted",
        ["web"],
        None,
        1,
        {
            "form_id": C("signup-v2"),
            "fields": {
                "email": Y(lambda f: f.p["email"], "email"),
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Tacoma2019!",
                            "glide" + f.digits(4),
                            "Qwerty!23",
                            ascii_fold(f.p["first"]) + f.digits(2) + "$",
                        ]
                    ),
                    "password",
                ),
                "first_name": Y(lambda f: f.p["first"], "name"),
                "phone": Y(lambda f: f.p["phone"], "phone"),
                "terms": C("on"),
            },
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        APP,
        None,
        1,
        {
            "channels": {
                "email": G(lambda f: f.pick([True, False])),
                "sms": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    # -- locations and address entry -----------------------------------------------------------
    (
        "track",
        "Store Searched",
        WEBAPP,
        None,
        2,
        {
            "search_query": P(
                ["near me", "Mesa", "M1T", "Laval", "oil change plano", "85206", "Calgary south"]
            ),
            "origin": Opt(
                {
                    "lat": Y(lambda f: f.lat_near(), "geolocation"),
                    "lng": Y(lambda f: f.lng_near(), "geolocation"),
                },
                0.5,
            ),
            "results": Many(
                {
                    "store_id": G(lambda f: f.pick(STORES)["id"]),
                    "distance_km": G(lambda f: round(f.r.uniform(0.4, 40), 1)),
                    "city": G(lambda f: f.pick(STORES)["city"]),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Mobile Service Address Entered",
        ["web", "swift", "kotlin"],
        None,
        1,
        {
            "input": Y(typed_address, "address", True),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.rand(B64URL, 23)),
            "selected": {
                "description": Y(full_address, "address", True),
                "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
                "lat": Y(lambda f: f.lat_near(), "geolocation"),
                "lng": Y(lambda f: f.lng_near(), "geolocation"),
            },
            "in_service_area": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- forms, landing pages, Quebec ------------------------------------------------------------
    (
        "track",
        "Lead Form Field Completed",
        ["web"],
        None,
        1,
        {
            "form": P(["fleet_quote", "detailing_quote"]),
            "field": {
                "name": C("work_email"),
                "type": C("email"),
                "value": Y(lambda f: f.p["email"], "email", True),
            },
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Detail Quote Requested",
        ["node"],
        None,
        1,
        {
            "full-name": Y(lambda f: f.p["name"], "name"),
            "e-mail": Y(lambda f: f.p["email"], "email"),
            "phone-number": Y(lambda f: f.p["phone"], "phone"),
            "postal-code": Y(lambda f: f.p["postal"], "zipcode"),
            "vehicle-type": P(["sedan", "suv", "truck", "minivan"]),
            "service-package": P(
                ["interior-detail", "full-detail", "ceramic-coating", "headlight-restoration"]
            ),
            "preferred-date": G(lambda f: f.date(2024, 2025)),
            "how-did-you-hear": P(["google", "friend", "drove-by", "instagram"]),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.6),
        },
    ),
    (
        "track",
        "Rendez-vous réservé",
        ["web"],
        "QC",
        2,
        {
            "prenom": Y(lambda f: f.p["first"], "name"),
            "nom": Y(lambda f: f.p["last"], "name"),
            "courriel": Y(lambda f: f.p["email"], "email"),
            "telephone": Y(lambda f: f.p["phone"], "phone"),
            "plaque_immatriculation": Y(lambda f: f.veh["plate"], "license"),
            "succursale": G(lambda f: f.pick(STORES[8:10])["name"]),
            "service": P(
                [
                    "Changement d'huile synthétique",
                    "Pose de pneus d'hiver",
                    "Rotation des pneus",
                    "Lavage Ultime",
                ]
            ),
            "date_rendez_vous": G(lambda f: f.iso()),
            "commentaire": P(
                [
                    "",
                    "Bruit de freins à l'avant",
                    "Pneus entreposés chez vous",
                    "Voyant moteur allumé",
                    "Merci!",
                ]
            ),
            "rappel_sms": G(lambda f: f.pick([True, False])),
            "pneus_entreposes": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tire Storage Checked In",
        ["java"],
        "CA",
        1,
        {
            "storage_ticket": G(lambda f: "TS-" + f.digits(6)),
            "rack_location": G(lambda f: f"R{f.r.randint(1, 30)}-S{f.r.randint(1, 6)}"),
            "tire_brand": P(["Michelin X-Ice Snow", "Bridgestone Blizzak WS90", "Toyo Observe GSi-6"]),
            "tread_depth_32nds": G(lambda f: f.r.randint(4, 11)),
            "customer_name": Y(lambda f: f.p["name"], "name"),
            "customer_phone": Y(lambda f: f.p["phone"], "phone"),
            "plate": Y(lambda f: f.veh["plate"], "license"),
        },
    ),
    # -- vendor-shaped payloads ------------------------------------------------------------------
    (
        "track",
        "SMS Received",
        ["node"],
        None,
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": C("AC3f9b1e2d7c6a5b4f8e0d1c2b3a4f5e6d"),
            "From": Y(lambda f: f.p["e164"], "phone"),
            "To": G(lambda f: f.pick(["+18885550142", "+18665550199"])),
            "Body": P(
                ["STOP", "YES", "C", "Can I come at 3?", "Is the wash open today?", "ARRET", "Thanks!"]
            ),
            "FromState": G(lambda f: f.p["region"]),
            "FromCountry": G(lambda f: f.p["country"]),
        },
    ),
    (
        "track",
        "Conversion Sent To Meta",
        ["python"],
        None,
        2,
        {
            "event_name": P(["Purchase", "Subscribe", "Lead"]),
            "event_id": G(lambda f: f.uuid()),
            "action_source": P(["website", "app", "physical_store"]),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": P(WEB_UAS),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"), 0.6),
            },
            "custom_data": {
                "value": G(lambda f: f.money(10, 400)),
                "currency": G(lambda f: "CAD" if f.p["country"] == "CA" else "USD"),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        None,
        1,
        {
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.7),
            "msclkid": Opt(Y(lambda f: f.hexid(32), "advertising id"), 0.4),
            "landing_page": P(["/oil-change", "/memberships", "/fleet"]),
        },
    ),
    (
        "track",
        "Invoice Payment Failed",
        ["node"],
        None,
        1,
        {
            "invoice_id": G(lambda f: "in_1" + f.rand(ALNUM, 23)),
            "customer": G(lambda f: f.stripe("cus_")[:18]),
            "customer_email": Y(lambda f: f.p["email"], "email"),
            "customer_name": Y(lambda f: f.p["name"], "name"),
            "amount_due": P([1999, 2999, 3999, 4499]),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "next_payment_attempt": G(lambda f: f.r.randint(1_714_000_000, 1_740_000_000)),
            "payment_method_details": {
                "card": {
                    "brand": P(["visa", "mastercard", "amex"]),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(card_exp_year),
                    "country": G(lambda f: f.p["country"]),
                }
            },
        },
    ),
    (
        "track",
        "Contact Property Changed",
        ["node"],
        None,
        1,
        {
            "objectId": G(lambda f: int(f.digits(11))),
            "propertyName": P(["phone", "mobilephone"]),
            "propertyValue": Y(lambda f: f.fmt_phone(f.p), "phone", True),
            "changeSource": P(["CRM_UI", "FORM", "INTEGRATION"]),
            "occurredAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Email Opened",
        ["php"],
        None,
        2,
        {
            "email_id": G(lambda f: f.hexid(22)),
            "subject": P(
                [
                    "Your car deserves a spa day",
                    "Votre reçu Glide",
                    "Oil change reminder",
                    "Your membership receipt",
                ]
            ),
            "message_id": G(lambda f: f"<{f.rand(B64URL, 22)}@ismtpd0012p1las1.sendgrid.net>"),
            "email_address": Y(lambda f: f.p["email"], "email"),
            "user_agent": P(WEB_UAS),
            "ip": Opt(Y(lambda f: f.ip(), "ip"), 0.6),
        },
    ),
    (
        "track",
        "Push Notification Tapped",
        APP,
        None,
        2,
        {
            "notification_id": G(lambda f: f.uuid()),
            "campaign": P(["car_ready", "birthday", "oil_due", "weather_wash"]),
            "title": P(["Glide", "Your car is ready", "Oil change due", "Joyeux anniversaire!"]),
            "body": Y(push_body, "name", True),
            "opened_from": P(["lock_screen", "notification_center", "banner"]),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        ["php"],
        None,
        1,
        {
            "receipt_id": G(lambda f: f.store["id"] + "-" + f.digits(8)),
            "to_email": Y(lambda f: f.p["email"], "email"),
            "cc_email": Opt(Y(lambda f: f.o["email"], "email"), 0.5),
            "store_id": G(lambda f: f.store["id"]),
            "receipt_hash": G(lambda f: f.sha256()),
            "reply_to": C("no-reply@glideautocare.com"),
        },
    ),
    (
        "track",
        "NPS Submitted",
        WEBAPP,
        None,
        1,
        {
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": P(
                [
                    "",
                    "Fast and friendly",
                    "Prices went up",
                    "Love the unlimited plan",
                    "Staff at the Laval location are great",
                ]
            ),
            "follow_up_ok": G(lambda f: f.pick([True, False])),
        },
    ),
]


def other_first(self) -> str:
    return self.pick(self.pick(CULTURES)[0])


def other_name(self) -> str:
    firsts, lasts = self.pick(CULTURES)
    return f"{self.pick(firsts)} {self.pick(lasts)}"


def lat_near(self) -> float:
    return round(self.store["lat"] + self.r.uniform(-0.15, 0.15), 6)


def lng_near(self) -> float:
    return round(self.store["lng"] + self.r.uniform(-0.15, 0.15), 6)


AutoFake.other_first = other_first
AutoFake.other_name = other_name
AutoFake.lat_near = lat_near
AutoFake.lng_near = lng_near


def start_message(f: AutoFake, market: str | None) -> None:
    f.p = f.person(market)
    f.o = f.person(f.p["country"])
    staff = f.person(f.p["country"])
    staff["work_email"] = work_email(staff, "glideautocare.com", initial=False)
    f.staff = staff
    local = [s for s in STORES if s["country"] == f.p["country"]]
    f.store = f.pick([s for s in local if s["region"] == f.p["region"]] or local)
    f.veh = f.new_vehicle()
    f.co = f.pick([c for c in COMPANIES if c[2] == f.p["country"]])
    f.page = f.pick(SITE_PAGES)
    f.part = f.pick(PARTS)


def build(seed: int, repeats: int):
    f = AutoFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, market, weight, body in EVENTS:
            for _ in range(weight):
                start_message(f, market)
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.digits(7),
                }
                if event:
                    msg["event"] = event
                if kind == "group":
                    msg["groupId"] = "fleet_" + f.digits(5)
                if kind == "alias":
                    msg["previousId"] = msg["anonymousId"]
                if kind in ("identify", "group"):
                    msg["traits"] = render(body, f, "traits", labels)
                elif kind != "alias":
                    msg["properties"] = render(body, f, "properties", labels)
                msg["context"] = render(context_for(client), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=125, repeats=18)
    write(Path(__file__).parent, "holdout125_", events, labels)
