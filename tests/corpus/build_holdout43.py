"""Writes the forty-third holdout: tests/corpus/holdout43_events.jsonl and holdout43_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or builders (only build.py, fake.py and build_holdout3.py for the format), and
without running the engine on these events. Score it once, before anyone reads its disagreements.

Domain: fitness, wearables and sleep tracking, in the US, the UK and Germany.
- Pulse, a smartwatch companion app (analytics-swift, analytics-kotlin; a python sync backend):
  pairing, sleep and daily summaries, heart-rate alerts, ECG, fall detection with emergency
  contacts, an e-commerce store (Segment's e-commerce spec), OAuth links to partner platforms.
- Stride, a running and cycling social app (analytics-react-native, analytics.js, analytics-node):
  activities with GPS streams, encoded polylines and start/end coordinates, kudos, follows,
  athlete search, privacy zones, live-location beacons, clubs, gear, SMS invites, aliases.
- Forma Fitness, a gym chain (analytics.js, analytics-kotlin, a .NET backend sending PascalCase,
  a German PHP billing backend sending German keys, analytics-ruby): class booking, check-in,
  memberships with SEPA direct debit, cancellations, family members, personal training, trainer
  shifts and pay, GP exercise referral (NHS numbers), a health insurer's bonus programme (German
  Krankenversichertennummer), US employer wellness reimbursement, Twilio- and Stripe-shaped
  webhooks, a kebab-case booking widget, corporate-partner group calls.
- Nourish, a nutrition and weight-loss coaching service (analytics_flutter, analytics-go,
  analytics-java, Reverse-ETL identifies in SCREAMING_SNAKE): intake with allergies, conditions,
  GLP-1 medication, meal and weight logs, coach chat, side effects, prescriptions, referrals,
  Meta Conversions API payloads, verification codes.

Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET, Twilio), kebab-case
(the booking widget), SCREAMING_SNAKE (warehouse syncs) and German keys (vorname, geburtsdatum,
strasse, plz, gewicht_kg, versichertennummer, kontoinhaber ...) make up the rest. Some keys are
optional (present in part of the events), as in real tracking plans.

Labelling rules (the Privacy Portal's default colours):
- PII: personal data about a natural person (the user, a friend, a recipient, an emergency
  contact, a dependant, a coach, trainer, clinician or caller). Type is the reference's matcher
  name where one fits; colour is that matcher's default. Outside the reference: `bank account`,
  `national id`, `health id` (NHS number, Krankenversichertennummer), `secret`, `token`, `password`
  are red; `geolocation`, `advertising id` (IDFA/GAID, gclid, fbclid, fbp, fbc), `ip` yellow.
- Health measurements. A field holding a physiological measurement or body measurement of the
  person (heart rate and heart-rate variability, SpO2, respiratory rate, skin-temperature
  deviation, blood pressure, blood glucose, stress score, VO2max, weight, BMI, body fat, waist,
  weight change) is typed `health` and, as a health type outside the reference, red. Activity and
  sleep quantities that describe behaviour rather than the body (steps, distance, pace, power,
  cadence, calories burned or eaten, durations including minutes asleep and sleep stages, sleep
  score, bedtime) are green, as are height and units. Chosen as a careful privacy owner would under
  GDPR art. 9 for a German-regulated fitness company; the line is drawn at physiology.
- Special categories carried by booleans or enums are labelled by the matcher the reference has
  for them in its colour: symptoms, injuries, pregnancy, a medical freeze, an ECG classification
  (`condition|diagnosis`, yellow), GLP-1 use (`medication`), bariatric surgery (`procedure`),
  Ramadan fasting mode (`religion`), ethnicity (`ethnicity`), accessibility needs (`disability`,
  red), a veterans' discount (`veteran`, red).
- Green: ids we or a business issue (user, order, activity, member and Mitgliedsnummer, customer,
  booking, SEPA mandate reference, referral and promo codes), analytics device ids, versions,
  timestamps, amounts, counters, enums and booleans under PII-sounding keys (emailVerified,
  phone_verified, has_heartrate, password_strength, medical-free enums), product, plan, class,
  club, segment, gear, food, company and pet names, ages, marital status, employers and job
  titles, a club's or pharmacy's own phone, e-mail and city, the dialled business number in a
  Twilio webhook, places that are not the person's (a searched postcode, a club's city, a
  segment), country, state, locale, timezone, currency, user agents, card brand / last four /
  expiry, BIC and routing data, barcodes (EAN), meal photos.
- Contested cases follow the product's published policy: insurance member/policy numbers yellow
  `identification`; rx numbers yellow `medication`; pay, hourly rates and commission yellow
  `salary`; vehicle plates yellow `license`; payment tokens, pairing codes, verification codes and
  gift redemption codes red `token|secret`; billing and shipping addresses yellow.
- Decided here: a username or public handle is `name` (yellow); a device serial, a Bluetooth MAC,
  a scale serial are `serial` / `mac` (yellow); an encoded route polyline and GPS stream points are
  `geolocation`; a push token is a red `token`; hashed e-mail, phone, city and postcode sent for ad
  matching (Meta CAPI `em`, `ph`, `ct`, `zp`) are still personal data, labelled as their clear type
  (yellow) with value_only false, while a hashed user id (`external_id`) is green.
- value_only is true when the key does not say what the value is: neutral keys (`value`, `text`,
  `q`, `identifier`, `destination`, `to`, `From`, `details`, `Notes`, `start`, `Value`,
  `externalIds[].id`), free-text keys whose every value carries the PII (`note_for_instructor`:
  an injury or condition; `gift_message`: the recipient's first name; `watch_name`: "Lea's Pulse
  Pro 3") and role keys that name a person but not the datum (`recipient`, `account_manager`).
  Every value of a value_only PII path carries that PII; free text with no PII in any value is
  green.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Y, record_label, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

FIRST = {
    "us": [
        "Emily",
        "Jacob",
        "Madison",
        "Tyrone",
        "Keisha",
        "Connor",
        "Brianna",
        "DeShawn",
        "Ashley",
        "Hunter",
        "Carlos",
        "Maria",
        "Jamal",
        "Aaliyah",
        "Kenji",
        "Mai",
        "Dakota",
        "Rosa",
    ],
    "uk": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "George",
        "Poppy",
        "Alfie",
        "Freya",
        "Callum",
        "Siobhan",
        "Rhys",
        "Niamh",
        "Hamish",
        "Priya",
        "Kwame",
        "Aisha",
        "Tomasz",
        "Chloe",
    ],
    "de": [
        "Lukas",
        "Lea",
        "Jonas",
        "Hannah",
        "Felix",
        "Marie",
        "Maximilian",
        "Sophie",
        "Leon",
        "Johanna",
        "Tobias",
        "Katharina",
        "Jürgen",
        "Ursula",
        "Mehmet",
        "Ayşe",
        "Agnieszka",
        "Dmitri",
        "Björn",
        "Anke",
    ],
    "other": [
        "Oluwaseun",
        "Chiamaka",
        "Aarav",
        "Ananya",
        "Wei",
        "Xiaoling",
        "Yusuf",
        "Layla",
        "Sipho",
        "Thandiwe",
        "José",
        "Lucía",
        "Haruto",
        "Yui",
        "Nguyen",
        "Fatima",
        "Kalani",
    ],
}
LAST = {
    "us": [
        "Johnson",
        "Williams",
        "Rodriguez",
        "Thompson",
        "Washington",
        "Kim",
        "Nguyen",
        "Brooks",
        "Goldberg",
        "Martinez",
        "Kowalski",
        "Begay",
    ],
    "uk": [
        "Taylor",
        "Evans",
        "Hughes",
        "MacDonald",
        "O'Neill",
        "Singh",
        "Ahmed",
        "Davies",
        "Fitzgerald",
        "Okafor",
        "Campbell",
        "Patel",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Y\u0131lmaz",
        "Kaya",
        "Nowak",
        "Popescu",
        "von Stein",
    ],
    "other": [
        "Okonkwo",
        "Adeyemi",
        "Mensah",
        "Sharma",
        "Iyer",
        "Zhang",
        "Wang",
        "Tran",
        "Al-Sayed",
        "Haddad",
        "Dlamini",
        "Fernández",
        "Petrov",
        "Tanaka",
        "Kahananui",
    ],
}
STREET_NAMES = {
    "us": ["Oak", "Maple", "Washington", "Lake", "Hillcrest", "Cedar", "Sunset", "Pine", "Elm"],
    "uk": ["Church", "Victoria", "Station", "Mill", "Park", "Queens", "Kings", "Manor", "Green"],
    "de": ["Haupt", "Schiller", "Goethe", "Garten", "Bahnhof", "Linden", "Berg", "Kirch", "Wald"],
}
CITIES = {
    "us": [
        ("Austin", "TX"),
        ("Denver", "CO"),
        ("Chicago", "IL"),
        ("Brooklyn", "NY"),
        ("San Diego", "CA"),
        ("Portland", "OR"),
        ("Atlanta", "GA"),
        ("Boulder", "CO"),
    ],
    "uk": [
        ("London", "ENG"),
        ("Manchester", "ENG"),
        ("Leeds", "ENG"),
        ("Bristol", "ENG"),
        ("Edinburgh", "SCT"),
        ("Cardiff", "WLS"),
        ("Brighton", "ENG"),
    ],
    "de": [
        ("Berlin", "BE"),
        ("München", "BY"),
        ("Hamburg", "HH"),
        ("Köln", "NW"),
        ("Leipzig", "SN"),
        ("Frankfurt am Main", "HE"),
        ("Stuttgart", "BW"),
    ],
}
ANCHORS = [
    (51.5072, -0.1276),
    (53.4808, -2.2426),
    (55.9533, -3.1883),
    (52.5200, 13.4050),
    (48.1351, 11.5820),
    (53.5511, 9.9937),
    (50.9375, 6.9603),
    (40.7812, -73.9665),
    (40.0150, -105.2705),
    (37.7694, -122.4862),
    (30.2672, -97.7431),
    (45.5152, -122.6784),
]
MAIL = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "googlemail.com"],
}
FOLD = str.maketrans(
    {
        "ü": "ue",
        "ö": "oe",
        "ä": "ae",
        "ß": "ss",
        "ş": "s",
        "\u0131": "i",
        "é": "e",
        "í": "i",
        "á": "a",
        "'": "",
        " ": "",
    }
)
WATCHES = ["Pulse One", "Pulse Active 2", "Pulse Pro 3", "Pulse Kids"]
STORE_PRODUCTS = [
    ("PLS-PRO3-BLK-45", "Pulse Pro 3 (45mm, Black)", "Watches", 399.0),
    ("PLS-ACT2-SND-41", "Pulse Active 2 (41mm, Sand)", "Watches", 249.0),
    ("BND-SPORT-OLV-L", "Sport Band Olive L", "Bands", 39.0),
    ("BND-MILAN-SLV", "Milanese Loop Silver", "Bands", 79.0),
    ("HRM-CHEST-01", "Pulse HR Chest Strap", "Sensors", 69.0),
    ("CHG-DOCK-USB-C", "Charging Dock USB-C", "Accessories", 29.0),
    ("SCL-SMART-WHT", "Pulse Smart Scale", "Scales", 89.0),
]
CLASSES = [
    "HIIT 45",
    "Spin Express",
    "Yoga Flow",
    "Bodypump",
    "Reformer Pilates",
    "Boxfit",
    "Aqua Aerobics",
    "Rückenfit",
    "Kettlebell Basics",
    "Women's Strength",
]
CLUBS = [
    ("club_ldn_shoreditch", "Forma Shoreditch", "London"),
    ("club_man_ancoats", "Forma Ancoats", "Manchester"),
    ("club_ber_mitte", "Forma Berlin-Mitte", "Berlin"),
    ("club_muc_schwabing", "Forma Schwabing", "München"),
    ("club_nyc_flatiron", "Forma Flatiron", "New York"),
    ("club_aus_domain", "Forma The Domain", "Austin"),
]
FOODS = [
    ("Porridge oats", "Quaker"),
    ("Greek yoghurt 0%", "Fage"),
    ("Banana", ""),
    ("Chicken breast, grilled", ""),
    ("Vollkornbrot", "Harry"),
    ("Skyr Natur", "Arla"),
    ("Protein bar, chocolate", "Grenade"),
    ("Brown rice", "Tilda"),
    ("Avocado", ""),
    ("Oat milk barista", "Oatly"),
    ("Lentil soup", "Heinz"),
    ("Almonds", "Kirkland"),
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


class F(Fake):
    """Fake with people, places and identifiers for US, UK and German users."""

    def region(self):
        return self.pick(["us", "us", "uk", "uk", "de", "de", "de"])

    def first(self, region=None):
        region = region or self.pick(["us", "uk", "de", "other"])
        return self.pick(FIRST[region])

    def last(self, region=None):
        region = region or self.pick(["us", "uk", "de", "other"])
        return self.pick(LAST[region])

    def full_name(self, region=None):
        region = region or self.pick(["us", "uk", "de", "other"])
        mix = "other" if self.r.random() < 0.25 else region
        return f"{self.first(mix)} {self.last(region if self.r.random() < 0.7 else mix)}"

    def email(self, region=None):
        region = region or self.region()
        first = self.first().lower().translate(FOLD)
        last = self.last().lower().translate(FOLD)
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}.{last}",
                f"{first}_{self.r.randint(1970, 2006)}",
                f"{last}.{first}",
                f"{first}+fitness",
            ]
        )
        return f"{local}@{self.pick(MAIL[region])}"

    def phone(self, region=None):
        region = region or self.region()
        d = self.digits
        if region == "us":
            area, ex, line = self.r.randint(201, 989), self.r.randint(200, 999), self.r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1 {area}-{ex}-{line:04d}",
                ]
            )
        if region == "uk":
            return self.pick(
                [
                    f"07{d(3)} {d(6)}",
                    f"+44 7{d(3)} {d(6)}",
                    f"+447{d(9)}",
                    f"020 7{d(3)} {d(4)}",
                    f"0161 {d(3)} {d(4)}",
                ]
            )
        prefix = self.pick(["151", "160", "170", "171", "176", "157", "162"])
        return self.pick(
            [
                f"+49 {prefix} {d(8)}",
                f"0{prefix} {d(8)}",
                f"0{prefix}/{d(7)}",
                f"+49{prefix}{d(8)}",
                f"030 {d(8)}",
                f"+49 (0)89 {d(7)}",
            ]
        )

    def city(self, region=None):
        return self.pick(CITIES[region or self.region()])[0]

    def street(self, region=None):
        region = region or self.region()
        n = self.r.randint(1, 240)
        name = self.pick(STREET_NAMES[region])
        if region == "us":
            kind = self.pick(["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct"])
            return f"{self.r.randint(10, 9999)} {name} {kind}"
        if region == "uk":
            kind = self.pick(["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens"])
            return f"{n} {name} {kind}"
        kind = self.pick(["straße", "str.", "weg", "allee", "platz"])
        return f"{name}{kind} {n}{self.pick(['', '', 'a', 'b'])}"

    def de_street_only(self):
        return self.pick(STREET_NAMES["de"]) + self.pick(["straße", "weg", "allee", "str."])

    def postcode(self, region=None):
        region = region or self.region()
        if region == "us":
            z = f"{self.r.randint(1001, 99950):05d}"
            return z if self.r.random() < 0.7 else f"{z}-{self.digits(4)}"
        if region == "uk":
            out = self.pick(["SW1A", "E2", "N16", "M4", "LS6", "BS8", "EH3", "CF10", "BN1", "SE15"])
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{out} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        return f"{self.r.randint(1067, 99998):05d}"

    def address_line(self, region=None):
        region = region or self.region()
        if region == "de":
            return f"{self.street('de')}, {self.postcode('de')} {self.city('de')}"
        return f"{self.street(region)}, {self.city(region)} {self.postcode(region)}"

    def dob(self, style="iso"):
        y, m, d = self.r.randint(1948, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        return {"iso": f"{y}-{m:02d}-{d:02d}", "de": f"{d:02d}.{m:02d}.{y}", "us": f"{m:02d}/{d:02d}/{y}"}[
            style
        ]

    def nhs(self):
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, body)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def kvnr(self):
        letter = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
        body = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        digits = f"{ord(letter) - 64:02d}" + body
        total = 0
        for i, c in enumerate(digits):
            p = int(c) * (1 if i % 2 == 0 else 2)
            total += p // 10 + p % 10
        return f"{letter}{body}{total % 10}"

    def idfa(self):
        return self.uuid().upper()

    def token_chars(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def gclid(self):
        return "Cj0KCQjw" + self.token_chars(70)

    def fbclid(self):
        return "IwAR" + self.token_chars(57)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def point(self, anchor=None):
        lat, lon = anchor or self.pick(ANCHORS)
        return round(lat + self.r.uniform(-0.08, 0.08), 6), round(lon + self.r.uniform(-0.12, 0.12), 6)

    def route(self, n):
        lat, lon = self.point()
        pts = []
        for _ in range(n):
            lat += self.r.uniform(-0.0009, 0.0009)
            lon += self.r.uniform(-0.0012, 0.0012)
            pts.append((round(lat, 6), round(lon, 6)))
        return pts

    def polyline(self):
        out, plat, plon = [], 0, 0
        for lat, lon in self.route(self.r.randint(6, 14)):
            ilat, ilon = round(lat * 1e5), round(lon * 1e5)
            for delta in (ilat - plat, ilon - plon):
                v = ~(delta << 1) if delta < 0 else delta << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ilat, ilon
        return "".join(out)

    def apple_serial(self):
        return self.token_chars(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")

    def plate(self):
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        kind = self.pick(["uk", "de", "us"])
        if kind == "uk":
            return (
                f"{self.pick(letters)}{self.pick(letters)}{self.r.randint(10, 74)} "
                f"{self.pick(letters)}{self.pick(letters)}{self.pick(letters)}"
            )
        if kind == "de":
            district = self.pick(["B", "M", "HH", "K", "S", "L"])
            return f"{district}-{self.pick(letters)}{self.pick(letters)} {self.r.randint(1, 9999)}"
        three = "".join(self.pick(letters) for _ in range(3))
        return f"{self.r.randint(1, 9)}{three}{self.digits(3)}"

    def sha256(self):
        return self.hexid(64)

    def ean(self):
        body = self.pick(["40", "50", "00", "76"]) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def mixed_ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()


def region_person(kind):
    """A generator of one kind of personal value for a region chosen per value."""

    def gen(f: F):
        region = f.region()
        return {
            "phone": f.phone,
            "city": f.city,
            "street": f.street,
            "postcode": f.postcode,
            "name": f.full_name,
            "email": f.email,
            "address": f.address_line,
        }[kind](region)

    return gen


# -- templates: L leaves, dicts, Arr arrays and Opt (optional keys) ----------------------------------


class Arr:
    """An array of `item`, lo..hi long."""

    def __init__(self, item, lo=1, hi=3):
        self.item, self.lo, self.hi = item, lo, hi


class Vec(L):
    """A leaf whose value is a short JSON array of scalars (`[lat, lng]`): labelled at `path[]`."""


class Opt:
    """A key present in a share `p` of the events."""

    def __init__(self, item, p=0.6):
        self.item, self.p = item, p


def render(template: Any, f: F, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Vec):
        record_label(labels, path + "[]", template)
        return template.gen(f)
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Arr):
        return [
            render(template.item, f, path + "[]", labels)
            for _ in range(f.r.randint(template.lo, template.hi))
        ]
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


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def const(value):
    return G(lambda f: value)


def num(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def real(lo, hi, nd=1):
    return G(lambda f: round(f.r.uniform(lo, hi), nd))


def health(lo, hi, nd=0):
    if nd:
        return RED(lambda f: round(f.r.uniform(lo, hi), nd), "health")
    return RED(lambda f: f.r.randint(lo, hi), "health")


UUID = G(lambda f: f.uuid())
ISO = G(lambda f: f.iso())
EPOCH = G(lambda f: f.epoch_ms())
BOOL = G(lambda f: f.pick([True, False]))
NAME = Y(region_person("name"), "name")
FIRSTNAME = Y(lambda f: f.first(), "name")
LASTNAME = Y(lambda f: f.last(), "name")
EMAIL = Y(region_person("email"), "email")
PHONE = Y(region_person("phone"), "phone")
CITY = Y(region_person("city"), "city")
ZIP = Y(region_person("postcode"), "zipcode")
STREET = Y(region_person("street"), "address|street")
LAT = Y(lambda f: f.point()[0], "geolocation")
LON = Y(lambda f: f.point()[1], "geolocation")
IP = Y(lambda f: f.mixed_ip(), "ip")


def photo_url(f: F) -> str:
    host = f.pick(["stride.app", "pulsewear.com", "nourish.coach"])
    return f"https://cdn.{host}/u/{f.hexid(10)}/{f.pick(['avatar', 'large', 'medium'])}.jpg"


PHOTO = Y(
    photo_url,
    "photo",
)


# -- contexts of the client libraries ---------------------------------------------------------------

SITES = {
    "pulse": (
        "https://shop.pulsewear.com",
        ["/", "/watches/pulse-pro-3", "/cart", "/checkout"],
        "Pulse Store",
    ),
    "stride": (
        "https://www.stride.app",
        ["/dashboard", "/athletes/search", "/settings/privacy", "/"],
        "Stride",
    ),
    "forma": ("https://www.formafitness.co.uk", ["/join", "/timetable", "/clubs", "/gift"], "Forma Fitness"),
    "forma_de": ("https://www.formafitness.de", ["/mitglied-werden", "/kurse", "/studios"], "Forma Fitness"),
    "forma_us": ("https://www.formafitness.com", ["/join", "/wellness", "/clubs/austin"], "Forma Fitness"),
    "nourish": ("https://nourish.coach", ["/", "/start", "/pricing", "/glp1"], "Nourish"),
}


def web_context(site: str):
    base, paths, title = SITES[site]
    return {
        "library": {
            "name": const("analytics.js"),
            "version": pick("next-1.70.0", "next-1.72.1", "npm:next-1.71.0"),
        },
        "page": {
            "path": G(lambda f: f.pick(paths)),
            "referrer": pick(
                "", "https://www.google.com/", "https://www.instagram.com/", "https://duckduckgo.com/"
            ),
            "search": pick("", "?utm_source=instagram&utm_medium=paid_social", "?ref=footer", "?lang=en"),
            "title": G(
                lambda f: f.pick([title, f"{title} | Home", f"Join {title}", f"{title} \u2013 Checkout"])
            ),
            "url": G(lambda f: base + f.pick(paths)),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": Opt(
            {
                "brands": Arr(
                    {
                        "brand": pick("Chromium", "Google Chrome", "Not-A.Brand"),
                        "version": pick("124", "8", "99"),
                    },
                    2,
                    3,
                ),
                "mobile": BOOL,
                "platform": pick("macOS", "Windows", "Android"),
            },
            0.6,
        ),
        "locale": pick("en-US", "en-GB", "de-DE", "de-AT", "en-DE"),
        "timezone": pick("America/Chicago", "Europe/London", "Europe/Berlin", "America/New_York"),
        "ip": IP,
        "campaign": Opt(
            {
                "name": pick("new_year_2024", "glp1_launch", "pro3_launch", "summer_shred"),
                "source": pick("google", "facebook", "instagram", "newsletter", "tiktok"),
                "medium": pick("cpc", "paid_social", "email"),
                "term": Opt(
                    pick(
                        "smartwatch sleep tracking",
                        "gym near me",
                        "weight loss coach",
                        "fitnessstudio berlin",
                    ),
                    0.5,
                ),
                "content": Opt(pick("carousel_a", "video_15s", "hero_banner"), 0.5),
            },
            0.35,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": const("Pulse"),
            "version": pick("4.8.0", "4.8.2", "4.9.0"),
            "build": pick("4800", "4821", "4903"),
            "namespace": const("com.pulsewear.companion"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": pick("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone13,2"),
            "name": const("iPhone"),
            "type": const("ios"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Opt(Y(lambda f: f.idfa(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": pick("en-US", "en-GB", "de-DE"),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": const("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": pick("America/Denver", "Europe/London", "Europe/Berlin"),
        "traits": Opt({"email": EMAIL, "firstName": FIRSTNAME}, 0.4),
    }


def kotlin_context(app="Pulse"):
    ns = {"Pulse": "com.pulsewear.companion", "Forma": "fitness.forma.app"}[app]
    return {
        "app": {
            "name": const(app),
            "version": pick("4.8.1", "7.2.0", "7.3.1"),
            "build": pick("40801", "70200", "70301"),
            "namespace": const(ns),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "OnePlus", "Xiaomi"),
            "model": pick("SM-S918B", "Pixel 8", "CPH2581", "23078PND5G"),
            "name": pick("dm3q", "shiba", "OP5913L1", "fuxi"),
            "type": const("android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "instanceId": UUID,
        "locale": pick("en-GB", "de-DE", "en-US"),
        "network": {
            "wifi": BOOL,
            "cellular": BOOL,
            "bluetooth": BOOL,
            "carrier": pick("Vodafone", "O2 - DE", "EE", "T-Mobile"),
        },
        "os": {"name": const("Android"), "version": pick("14", "13", "12")},
        "screen": {"density": pick(2.625, 3.0, 2.75), "height": pick(2400, 2340), "width": const(1080)},
        "timezone": pick("Europe/Berlin", "Europe/London", "America/Chicago"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['13', '14'])}; "
                f"{f.pick(['SM-S918B', 'Pixel 8'])} Build/UQ1A.240205.004)"
            )
        ),
        "traits": {"anonymousId": UUID},
        "location": Opt({"latitude": LAT, "longitude": LON, "speed": real(0, 4, 2)}, 0.3),
    }


def rn_context():
    return {
        "app": {
            "name": const("Stride"),
            "version": pick("12.4.0", "12.5.1"),
            "build": pick("1240", "1251"),
            "namespace": const("app.stride.mobile"),
        },
        "device": {
            "id": UUID,
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone15,3", "SM-A546B", "Pixel 7a"),
            "name": pick("iPhone", "a54x", "lynx"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("@segment/analytics-react-native"), "version": pick("2.19.2", "2.20.0")},
        "locale": pick("en-US", "en-GB", "de-DE"),
        "network": {"cellular": BOOL, "wifi": BOOL},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14", "13")},
        "screen": {"width": pick(393, 412), "height": pick(852, 915), "density": pick(3, 2.625)},
        "timezone": pick("Europe/London", "America/Los_Angeles", "Europe/Berlin"),
        "traits": Opt(
            {
                "username": Y(
                    lambda f: (
                        f.first().lower().translate(FOLD)
                        + f.pick(["_runs", "_rides", "", ".k"])
                        + str(f.r.randint(1, 99))
                    ),
                    "name",
                )
            },
            0.5,
        ),
    }


def flutter_context():
    return {
        "app": {
            "name": const("Nourish"),
            "version": pick("2.3.0", "2.4.1"),
            "build": pick("230", "241"),
            "namespace": const("coach.nourish.app"),
        },
        "device": {
            "id": UUID,
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone14,7", "SM-G991B", "Pixel 6"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.3", "1.1.5")},
        "locale": pick("en-GB", "en-US", "de-DE"),
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "timezone": pick("Europe/London", "America/New_York", "Europe/Berlin"),
        "network": {"wifi": BOOL},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.2.2"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.1"],
    "analytics-csharp": ["2.3.6", "2.4.0"],
}


def server_context(lib: str):
    ctx: dict[str, Any] = {
        "library": {"name": const(lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if lib in ("analytics-node", "analytics-ruby", "analytics-php", "analytics-go"):
        ctx["ip"] = Opt(IP, 0.6)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UA_WEB)), 0.4)
    if lib == "analytics-java":
        ctx["externalIds"] = Opt(
            Arr(
                {
                    "id": Y(region_person("email"), "email", True),
                    "type": const("email"),
                    "collection": const("users"),
                    "encoding": const("none"),
                },
                1,
                1,
            ),
            0.5,
        )
    if lib == "analytics-python":
        ctx["source"] = Opt(
            {
                "name": pick("bigquery_reverse_etl", "sync-worker"),
                "model": pick("members_daily", "weekly_scores"),
            },
            0.5,
        )
    if lib == "analytics-csharp":
        ctx["instanceId"] = Opt(UUID, 0.5)
    return ctx


def context_for(client: str):
    if client.startswith("web:"):
        return web_context(client[4:])
    if client == "swift":
        return swift_context()
    if client == "kotlin":
        return kotlin_context("Pulse")
    if client == "kotlin:forma":
        return kotlin_context("Forma")
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    return server_context(client)


# -- shared shapes ----------------------------------------------------------------------------------


def chosen(f: F, attr: str, items: list, field: int, fresh: bool = False):
    """Field `field` of an item chosen once per object: the first key picks, the next ones reuse it."""
    if fresh or not hasattr(f, attr):
        setattr(f, attr, f.pick(items))
    return getattr(f, attr)[field]


def club(field: int, fresh: bool = False):
    return G(lambda f: chosen(f, "club", CLUBS, field, fresh))


def food(field: int, fresh: bool = False):
    return G(lambda f: chosen(f, "food", FOODS, field, fresh))


def store_product():
    def item(f: F):
        return f.product

    def product_id(f: F):
        f.product = f.pick(STORE_PRODUCTS)
        return f.digits(7)

    return {
        "product_id": G(product_id),
        "sku": G(lambda f: item(f)[0]),
        "name": G(lambda f: item(f)[1]),
        "category": G(lambda f: item(f)[2]),
        "brand": const("Pulse"),
        "variant": pick("Black", "Sand", "Olive", "45mm", "41mm"),
        "price": G(lambda f: item(f)[3]),
        "quantity": num(1, 3),
    }


def address_block(style="snake"):
    keys = {"snake": ("line1", "line2", "city", "state", "postal_code", "country")}[style]
    return {
        keys[0]: STREET,
        keys[1]: Opt(
            Y(lambda f: f.pick(["Apt 4B", "Flat 2", "Suite 310", "2. OG links", "Unit 7"]), "address|street"),
            0.4,
        ),
        keys[2]: CITY,
        keys[3]: pick("TX", "CO", "NY", "ENG", "BE", "BY"),
        keys[4]: ZIP,
        keys[5]: pick("US", "GB", "DE"),
    }


HEALTH_CONDITIONS = [
    "asthma",
    "type 2 diabetes",
    "hypertension",
    "PCOS",
    "hypothyroidism",
    "prediabetes",
    "sleep apnoea",
    "IBS",
    "coeliac disease",
    "depression",
]
ALLERGIES = ["peanuts", "tree nuts", "shellfish", "lactose", "gluten", "eggs", "soy", "sesame"]
MEDS = [
    "metformin",
    "semaglutide (Wegovy)",
    "tirzepatide (Mounjaro)",
    "levothyroxine",
    "lisinopril",
    "sertraline",
    "atorvastatin",
    "liraglutide (Saxenda)",
]
INJURY_NOTES = [
    "Recovering from knee surgery, might need modifications",
    "Pregnant (2nd trimester) - please suggest alternatives to jumps",
    "Bad lower back, no heavy deadlifts please",
    "Asthma, may need short breaks",
    "Hip replacement last year",
    "Shoulder impingement on the right side",
    "Plantar fasciitis flaring up again",
    "Type 1 diabetic, keeping glucose tabs in my bag",
]
SYMPTOM_DETAILS = [
    "Mild nausea for two days after the injection",
    "Constipation since increasing the dose",
    "Felt dizzy and shaky before lunch",
    "Heartburn most evenings",
    "Headache and fatigue on day 3",
    "Vomited once after a large dinner",
    "Hair thinning noticed this month",
]


def start_latlng(f: F) -> list:
    f.start = f.point()
    return list(f.start)


def coach_message(f: F) -> str:
    p = f.phone()
    return f.pick(
        [
            f"Can you call me on {p} tomorrow?",
            f"My new number is {p}",
            f"Text me at {p} when you're free",
            f"Whatsapp is easier for me: {p}",
            f"Please ring {p} after 6pm, thanks!",
        ]
    )


def trainer_note(f: F) -> str:
    n = f.first()
    return f.pick(
        [
            f"{n} hit a new deadlift PR today",
            f"Worked on {n}'s squat depth, good progress",
            f"{n} felt tired, reduced volume",
            f"Great session with {n}, focus on mobility next week",
            f"{n} missed last week, back on track",
        ]
    )


def gift_message(f: F) -> str:
    n = f.first()
    return f.pick(
        [
            f"Happy birthday {n}! x",
            f"For {n} - no more excuses :)",
            f"{n}, see you at spin class!",
            f"Merry Christmas {n}, love from all of us",
            f"Congrats on the new job {n}!",
        ]
    )


# -- events ---------------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, body)

PULSE = [
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": EMAIL,
            "firstName": FIRSTNAME,
            "lastName": LASTNAME,
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "heightCm": num(150, 201),
            "weightKg": health(48, 130, 1),
            "restingHeartRate": health(42, 88),
            "unitSystem": pick("metric", "imperial"),
            "dominantWrist": pick("left", "right"),
            "plan": pick("free", "pulse_plus", "pulse_plus_family"),
            "emailVerified": BOOL,
            "phoneVerified": BOOL,
            "watchModel": G(lambda f: f.pick(WATCHES)),
            "createdAt": ISO,
            "age": num(16, 79),
        },
    ),
    (
        "track",
        "Watch Paired",
        ["swift", "kotlin"],
        {
            "watch_model": G(lambda f: f.pick(WATCHES)),
            "watch_serial": Y(lambda f: f.apple_serial(), "serial"),
            "bluetooth_address": Y(lambda f: f.mac(), "mac"),
            "firmware_version": pick("3.14.2", "3.15.0", "3.15.1"),
            "pairing_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "watch_name": Y(lambda f: f"{f.first()}'s {f.pick(WATCHES)}", "name", True),
            "pairing_duration_ms": num(4000, 60000),
            "wrist": pick("left", "right"),
            "is_first_pairing": BOOL,
        },
    ),
    (
        "track",
        "Sleep Session Synced",
        ["analytics-python"],
        {
            "sleep_id": UUID,
            "user_tz": pick("Europe/London", "America/Denver", "Europe/Berlin"),
            "bedtime": ISO,
            "wake_time": ISO,
            "time_in_bed_min": num(300, 600),
            "time_asleep_min": num(240, 560),
            "deep_min": num(30, 140),
            "rem_min": num(40, 150),
            "light_min": num(120, 300),
            "awake_min": num(5, 80),
            "sleep_score": num(40, 98),
            "avg_respiratory_rate": health(11, 20, 1),
            "avg_spo2_pct": health(91, 99, 1),
            "lowest_spo2_pct": health(84, 95),
            "avg_hrv_ms": health(18, 120),
            "skin_temp_deviation_c": health(-1.2, 1.5, 2),
            "breathing_disturbances_per_hour": health(0, 30, 1),
            "source_device": G(lambda f: f.pick(WATCHES)),
            "nap": BOOL,
        },
    ),
    (
        "track",
        "Daily Summary Synced",
        ["analytics-python"],
        {
            "date": G(lambda f: f.iso()[:10]),
            "steps": num(800, 24000),
            "distance_m": num(500, 18000),
            "floors_climbed": num(0, 40),
            "active_kcal": num(80, 1400),
            "total_kcal": num(1500, 3900),
            "active_minutes": num(0, 180),
            "stand_hours": num(2, 16),
            "resting_hr": health(42, 88),
            "avg_stress": health(8, 75),
            "vo2max_estimate": health(28, 62, 1),
            "goal_met": BOOL,
            "battery_pct": num(3, 100),
        },
    ),
    (
        "track",
        "Heart Rate Alert Triggered",
        ["swift", "kotlin"],
        {
            "alert_type": pick("high", "low", "irregular_rhythm"),
            "threshold_bpm": pick(40, 50, 100, 120),
            "heart_rate_bpm": health(35, 180),
            "duration_sec": num(600, 3600),
            "notification_opened": BOOL,
            "at_rest": BOOL,
        },
    ),
    (
        "track",
        "ECG Recorded",
        ["swift"],
        {
            "recording_id": UUID,
            "classification": Y(
                lambda f: f.pick(
                    ["sinus rhythm", "atrial fibrillation", "low heart rate", "high heart rate"]
                ),
                "condition|diagnosis",
            ),
            "average_heart_rate": health(48, 150),
            "duration_sec": const(30),
            "symptoms": Opt(
                Arr(
                    Y(
                        lambda f: f.pick(
                            ["palpitations", "dizziness", "chest tightness", "shortness of breath", "fatigue"]
                        ),
                        "condition",
                    ),
                    1,
                    3,
                ),
                0.6,
            ),
            "shared_with_doctor": BOOL,
            "pdf_exported": BOOL,
        },
    ),
    (
        "track",
        "Fall Detected",
        ["kotlin", "swift"],
        {
            "incident_id": UUID,
            "response": pick("dismissed", "no_response", "sos_called"),
            "location": {"lat": LAT, "lng": LON, "accuracy_m": num(3, 60)},
            "emergency_contacts": Arr(
                {
                    "name": NAME,
                    "phone": PHONE,
                    "relationship": pick("partner", "daughter", "son", "friend", "mother"),
                },
                1,
                3,
            ),
            "sms_sent_count": num(0, 3),
            "countdown_sec": const(30),
        },
    ),
    (
        "screen",
        "Sleep Detail",
        ["swift", "kotlin"],
        {
            "name": const("Sleep Detail"),
            "date_viewed": G(lambda f: f.iso()[:10]),
            "tab": pick("stages", "trends", "heart"),
        },
    ),
    (
        "track",
        "Health Permissions Updated",
        ["swift"],
        {
            "healthkit_read": Arr(
                pick("heartRate", "sleepAnalysis", "stepCount", "bodyMass", "oxygenSaturation"), 1, 4
            ),
            "granted": BOOL,
            "prompt_source": pick("onboarding", "settings", "sleep_card"),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["analytics-python"],
        {
            "provider": pick("strava", "garmin", "withings", "google_fit"),
            "scopes": Arr(pick("activity:read_all", "read", "profile:read_all", "heartrate"), 1, 3),
            "access_token": RED(lambda f: f.hexid(40), "token"),
            "refresh_token": RED(lambda f: f.token_chars(48), "token"),
            "expires_at": G(lambda f: f.r.randint(1_710_000_000, 1_740_000_000)),
            "provider_user_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web:pulse"],
        {"query": pick("pulse pro 3", "leather band", "chest strap", "smart scale", "charger")},
    ),
    (
        "track",
        "Product Viewed",
        ["web:pulse"],
        {
            **store_product(),
            "url": G(lambda f: f"https://shop.pulsewear.com/p/{f.digits(5)}"),
            "image_url": G(lambda f: f"https://cdn.pulsewear.com/img/{f.hexid(8)}.jpg"),
            "currency": pick("USD", "GBP", "EUR"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web:pulse"],
        {
            "checkout_id": UUID,
            "step": const(3),
            "payment_method": pick("card", "paypal", "apple_pay", "klarna"),
            "card_token": RED(
                lambda f: (
                    "tok_"
                    + f.token_chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                ),
                "token",
            ),
            "card_brand": pick("visa", "mastercard", "amex"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": num(1, 12),
            "card_exp_year": num(2025, 2031),
            "billing_postcode": ZIP,
        },
    ),
    (
        "track",
        "Order Completed",
        ["web:pulse", "analytics-node"],
        {
            "order_id": G(lambda f: "PW-" + f.digits(8)),
            "checkout_id": UUID,
            "total": real(29, 900, 2),
            "revenue": real(29, 800, 2),
            "shipping": pick(0, 4.99, 9.99),
            "tax": real(0, 90, 2),
            "discount": real(0, 40, 2),
            "coupon": pick("", "WELCOME10", "BLACKFRIDAY", "RUNCLUB15"),
            "currency": pick("USD", "GBP", "EUR"),
            "products": Arr(store_product(), 1, 3),
            "shipping_address": {"name": NAME, **address_block()},
            "is_gift": BOOL,
            "gift_recipient": Opt({"name": NAME, "email": EMAIL}, 0.3),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["analytics-ruby"],
        {
            "order_id": G(lambda f: "PW-" + f.digits(8)),
            "total": real(29, 900, 2),
            "currency": pick("USD", "GBP", "EUR"),
            "reason": pick("damaged", "not_as_described", "changed_mind", "strap_too_small"),
            "refunded_by_agent_id": G(lambda f: "agt_" + f.digits(4)),
            "rma_number": G(lambda f: "RMA" + f.digits(7)),
        },
    ),
]

STRIDE = [
    (
        "identify",
        None,
        ["rn"],
        {
            "username": Y(
                lambda f: (
                    f.first().lower().translate(FOLD)
                    + f.pick(["_runs", "_rides", "", ".k"])
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "firstName": FIRSTNAME,
            "lastName": LASTNAME,
            "email": EMAIL,
            "city": CITY,
            "country": pick("United States", "United Kingdom", "Germany"),
            "sex": Y(lambda f: f.pick(["M", "F"]), "sex"),
            "weight": health(48, 120, 1),
            "ftp": num(150, 360),
            "measurementPreference": pick("meters", "feet"),
            "premium": BOOL,
            "avatar": PHOTO,
            "followerCount": num(0, 2400),
            "followingCount": num(0, 900),
            "createdAt": ISO,
        },
    ),
    (
        "track",
        "Activity Uploaded",
        ["rn"],
        {
            "activity_id": G(lambda f: f.r.randint(10_000_000_000, 12_000_000_000)),
            "type": pick("Run", "Ride", "Walk", "Hike", "VirtualRide"),
            "name": pick(
                "Morning Run",
                "Lunch Ride",
                "Evening Run",
                "Afternoon Walk",
                "Long run Sunday",
                "Intervals 6x800",
            ),
            "distance_m": real(1000, 120000, 1),
            "moving_time_s": num(600, 18000),
            "elapsed_time_s": num(600, 20000),
            "total_elevation_gain_m": real(0, 1800, 1),
            "average_speed": real(1.5, 11, 3),
            "max_speed": real(3, 18, 3),
            "average_heartrate": health(95, 175, 1),
            "max_heartrate": health(140, 205),
            "average_cadence": real(70, 92, 1),
            "average_watts": Opt(real(90, 320, 1), 0.4),
            "start_date": ISO,
            "timezone": pick(
                "(GMT+00:00) Europe/London", "(GMT+01:00) Europe/Berlin", "(GMT-07:00) America/Denver"
            ),
            "start_latlng": Vec(start_latlng, "yellow", "geolocation"),
            "end_latlng": Vec(lambda f: list(f.point(f.start)), "yellow", "geolocation"),
            "map": {
                "id": G(lambda f: "a" + f.digits(11)),
                "summary_polyline": Y(lambda f: f.polyline(), "geolocation"),
                "resource_state": const(2),
            },
            "gear_id": G(lambda f: "g" + f.digits(8)),
            "device_name": pick(
                "Pulse Pro 3", "Garmin Forerunner 265", "Wahoo ELEMNT BOLT", "Stride iPhone App"
            ),
            "visibility": pick("everyone", "followers_only", "only_me"),
            "has_heartrate": BOOL,
            "pr_count": num(0, 6),
            "kudos_count": num(0, 120),
            "manual": BOOL,
            "with_dog": BOOL,
            "dog_name": Opt(pick("Biscuit", "Luna", "Bruno", "Mochi", "Rex"), 0.3),
        },
    ),
    (
        "track",
        "Activity Streams Synced",
        ["analytics-node"],
        {
            "activity_id": G(lambda f: f.r.randint(10_000_000_000, 12_000_000_000)),
            "sample_rate_s": pick(1, 5),
            "points": Arr(
                {
                    "lat": LAT,
                    "lon": LON,
                    "ele": real(0, 900, 1),
                    "t": num(0, 7200),
                    "hr": health(90, 190),
                    "cad": num(70, 95),
                },
                3,
                8,
            ),
            "source": pick("garmin_fit", "pulse_watch", "phone_gps"),
        },
    ),
    (
        "track",
        "Kudos Given",
        ["rn"],
        {
            "activity_id": G(lambda f: f.r.randint(10_000_000_000, 12_000_000_000)),
            "athlete": {
                "id": G(lambda f: f.r.randint(1_000_000, 140_000_000)),
                "firstname": FIRSTNAME,
                "lastname": LASTNAME,
                "profile_medium": PHOTO,
            },
            "source": pick("feed", "activity_detail", "club_feed"),
        },
    ),
    (
        "track",
        "Athlete Followed",
        ["rn"],
        {
            "followed_athlete_id": G(lambda f: f.r.randint(1_000_000, 140_000_000)),
            "followed_name": NAME,
            "mutual_follows": num(0, 40),
            "source": pick("search", "suggested", "contacts", "club"),
        },
    ),
    (
        "track",
        "Athletes Searched",
        ["web:stride", "rn"],
        {
            "q": Y(
                lambda f: f.pick([f.full_name(), f.full_name(), f.first() + " " + f.last()[0]]), "name", True
            ),
            "results_count": num(0, 50),
            "filter": pick("all", "nearby", "clubs"),
        },
    ),
    (
        "track",
        "Invite Sent",
        ["rn"],
        {
            "channel": pick("sms", "whatsapp"),
            "to": Y(region_person("phone"), "phone", True),
            "invite_code": G(lambda f: "STR" + f.token_chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "message": pick("Join me on Stride!", "Come run with us on Stride", "Let's race on Stride 🏃"),
        },
    ),
    (
        "track",
        "Club Joined",
        ["rn", "web:stride"],
        {
            "club_id": G(lambda f: f.r.randint(10000, 999999)),
            "club_name": pick(
                "Hackney Harriers",
                "Berlin Lauftreff Mitte",
                "Boulder Road Runners",
                "Rapha Cycling Club London",
            ),
            "club_city": pick("London", "Berlin", "Boulder", "Munich"),
            "member_count": num(12, 24000),
            "sport_type": pick("running", "cycling", "triathlon"),
        },
    ),
    (
        "track",
        "Leaderboard Effort Recorded",
        ["analytics-node"],
        {
            "segment_id": G(lambda f: f.r.randint(100000, 40000000)),
            "segment_name": pick(
                "Box Hill Zig Zags",
                "Tempelhof Runway Sprint",
                "Flagstaff Road Climb",
                "Regent's Park Outer Circle",
            ),
            "elapsed_time_s": num(60, 2400),
            "rank": num(1, 4000),
            "is_kom": BOOL,
            "pr_rank": pick(1, 2, 3),
        },
    ),
    (
        "track",
        "Privacy Zone Created",
        ["web:stride"],
        {
            "zone_id": G(lambda f: f.digits(7)),
            "address": Y(region_person("address"), "address"),
            "center": {"lat": LAT, "lng": LON},
            "radius_m": pick(200, 400, 800, 1600),
            "label": pick("Home", "Work", "Parents", "Other"),
            "hide_start_end": BOOL,
        },
    ),
    (
        "track",
        "Beacon Shared",
        ["rn"],
        {
            "beacon_id": UUID,
            "contacts": Arr({"name": NAME, "phone": PHONE}, 1, 3),
            "start": Y(lambda f: "{},{}".format(*f.point()), "geolocation", True),
            "expires_at": ISO,
            "activity_type": pick("Run", "Ride"),
        },
    ),
    (
        "track",
        "Gear Added",
        ["rn"],
        {
            "gear_id": G(lambda f: "g" + f.digits(8)),
            "brand_name": pick("Nike", "Hoka", "Canyon", "Specialized", "Adidas"),
            "model_name": pick("Pegasus 40", "Clifton 9", "Aeroad CF", "Tarmac SL7", "Adizero SL"),
            "nickname": pick("Blue rockets", "Race day", "Winter bike", "Old faithful"),
            "distance_km": real(0, 1500, 1),
            "retired": BOOL,
        },
    ),
    (
        "track",
        "Comment Posted",
        ["rn"],
        {
            "activity_id": G(lambda f: f.r.randint(10_000_000_000, 12_000_000_000)),
            "comment_id": G(lambda f: f.digits(9)),
            "body": pick(
                "Great pace!",
                "Nice one 💪",
                "See you Saturday?",
                "Brutal hill that one",
                "Legs ok after that?",
                "Chapeau!",
            ),
            "mentions_count": num(0, 3),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["analytics-node"],
        {
            "plan": pick("stride_premium", "stride_family"),
            "interval": pick("month", "year"),
            "price": pick(7.99, 59.99, 11.99, 99.99),
            "currency": pick("USD", "GBP", "EUR"),
            "trial_days": pick(0, 30, 60),
            "payment_provider": pick("app_store", "google_play", "stripe"),
            "is_upgrade": BOOL,
        },
    ),
    (
        "page",
        "Athlete Dashboard",
        ["web:stride"],
        {
            "name": pick("Athlete Dashboard", "Privacy Settings", "Search"),
            "path": pick("/dashboard", "/settings/privacy", "/athletes/search"),
            "url": G(lambda f: "https://www.stride.app" + f.pick(["/dashboard", "/settings/privacy"])),
            "title": pick("Dashboard | Stride", "Privacy | Stride"),
            "referrer": pick("", "https://www.stride.app/", "https://www.google.com/"),
            "search": pick("", "?tab=activities", "?utm_source=weekly_email"),
        },
    ),
    ("alias", None, ["analytics-node"], {}),
]

FORMA = [
    (
        "track",
        "Class Booked",
        ["kotlin:forma", "web:forma"],
        {
            "booking_id": G(lambda f: "BK" + f.digits(9)),
            "class_id": G(lambda f: f.digits(6)),
            "class_name": G(lambda f: f.pick(CLASSES)),
            "instructor_id": G(lambda f: "ins_" + f.digits(4)),
            "instructor_name": NAME,
            "club_id": club(0, True),
            "club_name": club(1),
            "starts_at": ISO,
            "spots_left": num(0, 30),
            "waitlisted": BOOL,
            "note_for_instructor": Opt(Y(lambda f: f.pick(INJURY_NOTES), "condition", True), 0.35),
            "accessibility_needs": Opt(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair user",
                            "hearing impaired, front spot please",
                            "visually impaired",
                            "uses a prosthetic leg",
                        ]
                    ),
                    "disability",
                ),
                0.3,
            ),
        },
    ),
    (
        "track",
        "Club Checked In",
        ["kotlin:forma"],
        {
            "club_id": club(0, True),
            "club_city": club(2),
            "club_phone": pick("+44 20 3984 1120", "+49 30 2809 5500", "+1 512-555-0147", "+44 161 555 0192"),
            "checkin_method": pick("qr", "nfc", "keypad"),
            "member_number": G(lambda f: f.digits(8)),
            "door_id": pick("main", "side", "pool"),
            "device_location": {"latitude": LAT, "longitude": LON},
            "visits_this_month": num(1, 28),
            "parking_plate": Opt(Y(lambda f: f.plate(), "license"), 0.4),
        },
    ),
    (
        "identify",
        None,
        ["analytics-csharp"],
        {
            "FirstName": FIRSTNAME,
            "LastName": LASTNAME,
            "EmailAddress": EMAIL,
            "MobilePhone": PHONE,
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "Other"]), "gender"),
            "MembershipNumber": G(lambda f: f.digits(8)),
            "MembershipTier": pick("Off-Peak", "Anytime", "Anytime Plus", "Student"),
            "HomeClubId": club(0, True),
            "HomeClub": club(1),
            "JoinDate": ISO,
            "MonthlyFee": pick(24.99, 34.99, 44.99, 59.0),
            "Age": num(16, 80),
            "MaritalStatus": Opt(pick("Single", "Married", "Divorced", "Widowed"), 0.4),
            "IsStudent": BOOL,
            "EmployerName": Opt(pick("Barclays", "NHS Trust", "Siemens", "Deloitte"), 0.3),
            "JobTitle": Opt(pick("Nurse", "Software Engineer", "Teacher", "Accountant"), 0.3),
            "Address": {
                "Line1": STREET,
                "Line2": Opt(
                    Y(lambda f: f.pick(["Flat 3", "Apt 12", "Unit 5", "Apartment 4B"]), "address|street"), 0.5
                ),
                "City": CITY,
                "Postcode": ZIP,
                "Country": pick("GB", "US", "DE"),
            },
            "EmergencyContact": Opt(
                {
                    "Name": NAME,
                    "Phone": PHONE,
                    "Relationship": pick("Partner", "Parent", "Sibling", "Friend"),
                },
                0.6,
            ),
            "MarketingOptIn": BOOL,
        },
    ),
    (
        "track",
        "Referral Programme Enrolled",
        ["analytics-csharp"],
        {
            "ReferralId": G(lambda f: "REF-" + f.digits(6)),
            "NhsNumber": RED(lambda f: f.nhs(), "health id"),
            "GpPractice": pick(
                "Ancoats Primary Care Centre", "Hackney Health Centre", "Leeds City Medical Practice"
            ),
            "GpPracticePhone": pick("0161 555 0100", "020 7946 0321", "0113 496 0555"),
            "ReferringClinician": NAME,
            "ReferralReason": Y(
                lambda f: f.pick(
                    ["hypertension", "type 2 diabetes", "depression", "obesity", "COPD", "post-cardiac rehab"]
                ),
                "condition|diagnosis",
            ),
            "ProgrammeWeeks": pick(8, 12),
            "StartDate": G(lambda f: f.iso()[:10]),
            "SubsidisedRate": BOOL,
        },
    ),
    (
        "track",
        "Personal Training Session Completed",
        ["analytics-csharp"],
        {
            "SessionId": UUID,
            "TrainerId": G(lambda f: "ins_" + f.digits(4)),
            "TrainerName": NAME,
            "TrainerEmail": Y(
                lambda f: (
                    f"{f.first().lower().translate(FOLD)}.{f.last().lower().translate(FOLD)}@formafitness.co.uk"
                ),
                "email",
            ),
            "TrainerHourlyRate": Y(lambda f: f.pick([22.5, 28.0, 35.0, 18.75]), "salary"),
            "ClientGoal": pick("Fat loss", "Strength", "Marathon prep", "Rehab"),
            "DurationMinutes": pick(30, 45, 60),
            "WeightKg": health(50, 140, 1),
            "BodyFatPercent": health(9, 45, 1),
            "BloodPressure": RED(lambda f: f"{f.r.randint(105, 160)}/{f.r.randint(65, 100)}", "health"),
            "Injuries": Opt(
                Arr(
                    Y(
                        lambda f: f.pick(
                            [
                                "ACL tear (left knee)",
                                "rotator cuff strain",
                                "herniated disc L4-L5",
                                "tennis elbow",
                            ]
                        ),
                        "condition",
                    ),
                    1,
                    2,
                ),
                0.4,
            ),
            "Notes": Y(trainer_note, "name", True),
            "SessionsRemaining": num(0, 20),
        },
    ),
    (
        "track",
        "Trainer Shift Completed",
        ["analytics-csharp"],
        {
            "ShiftId": G(lambda f: f.digits(7)),
            "ClubId": G(lambda f: f.pick(CLUBS)[0]),
            "TrainerId": G(lambda f: "ins_" + f.digits(4)),
            "TrainerName": NAME,
            "HourlyRate": Y(lambda f: f.pick([12.6, 14.0, 16.5, 21.0]), "salary"),
            "HoursWorked": real(2, 10, 2),
            "SessionsDelivered": num(0, 8),
            "CommissionEarned": Y(lambda f: round(f.r.uniform(0, 240), 2), "salary"),
            "PayrollMonth": pick("2024-03", "2024-04", "2024-05"),
        },
    ),
    (
        "track",
        "Dependent Added",
        ["analytics-csharp"],
        {
            "DependentFirstName": FIRSTNAME,
            "DependentLastName": LASTNAME,
            "DependentDateOfBirth": Y(
                lambda f: f"{f.r.randint(2008, 2020)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "Relationship": pick("Child", "Spouse", "Partner"),
            "DependentAge": num(3, 17),
            "KidsClubEnrolled": BOOL,
            "Allergies": Opt(Arr(Y(lambda f: f.pick(ALLERGIES), "allergy"), 1, 2), 0.4),
            "FamilyPlanId": G(lambda f: "FAM" + f.digits(6)),
        },
    ),
    (
        "track",
        "Membership Purchased",
        ["web:forma_us"],
        {
            "plan": pick("Anytime", "Off-Peak", "Anytime Plus"),
            "price": pick(29.99, 39.99, 54.99),
            "currency": const("USD"),
            "billing_interval": pick("month", "year"),
            "promo_code": pick("", "NEWYOU24", "FRIENDS"),
            "club_id": G(lambda f: f.pick(CLUBS)[0]),
            "payment_method_token": RED(
                lambda f: (
                    "pm_"
                    + f.token_chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                ),
                "token",
            ),
            "card_brand": pick("visa", "mastercard", "amex", "discover"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "billing_address": {
                "street": Y(lambda f: f.street("us"), "address|street"),
                "city": Y(lambda f: f.city("us"), "city"),
                "state": pick("TX", "NY", "CO"),
                "zip": Y(lambda f: f.postcode("us"), "zipcode"),
            },
            "veteran_discount": RED(lambda f: f.pick([True, False]), "veteran"),
            "corporate_partner": Opt(pick("Dell", "Whole Foods", "Indeed"), 0.45),
        },
    ),
    (
        "track",
        "Wellness Reimbursement Submitted",
        ["analytics-ruby"],
        {
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "employer": pick("Dell Technologies", "Indeed", "H-E-B", "Whole Foods Market"),
            "job_title": pick("Store Manager", "Data Analyst", "Nurse Practitioner", "Warehouse Associate"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "insurance_member_id": Y(lambda f: f.pick(["W", "XEH", "ZGP"]) + f.digits(9), "identification"),
            "health_plan": pick("Aetna Choice POS II", "BlueCross PPO", "UnitedHealthcare Choice Plus"),
            "reimbursement_amount": pick(20.0, 25.0, 40.0),
            "period": pick("2024-Q1", "2024-Q2"),
            "visits_in_period": num(8, 40),
        },
    ),
    (
        "track",
        "Mitgliedschaft Abgeschlossen",
        ["analytics-php"],
        {
            "mitgliedsnummer": G(lambda f: f.digits(7)),
            "vorname": Y(lambda f: f.first("de"), "name"),
            "nachname": Y(lambda f: f.last("de"), "name"),
            "geburtsdatum": Y(lambda f: f.dob("de"), "birthdate"),
            "geschlecht": Y(lambda f: f.pick(["weiblich", "männlich", "divers"]), "gender|sex"),
            "strasse": Y(lambda f: f.de_street_only(), "address|street"),
            "hausnummer": Y(lambda f: f"{f.r.randint(1, 180)}{f.pick(['', '', 'a', 'b'])}", "address|street"),
            "plz": Y(lambda f: f.postcode("de"), "zipcode"),
            "ort": Y(lambda f: f.city("de"), "city"),
            "telefon": Y(lambda f: f.phone("de"), "phone"),
            "email": Y(lambda f: f.email("de"), "email"),
            "tarif": pick("Basic", "Premium", "Flex"),
            "vertragsbeginn": G(lambda f: f.iso()[:10]),
            "laufzeit_monate": pick(1, 12, 24),
            "monatsbeitrag": pick(19.9, 29.9, 39.9),
            "studio": pick("Forma Berlin-Mitte", "Forma Schwabing", "Forma Hamburg-Altona"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": pick("COBADEFFXXX", "DEUTDEBBXXX", "BYLADEM1001", "GENODEM1GLS"),
            "kontoinhaber": Y(lambda f: f.full_name("de"), "name"),
            "sepa_mandatsreferenz": G(lambda f: "FORMA-" + f.digits(9)),
            "werbeeinwilligung": BOOL,
            "zahlungsart": pick("lastschrift", "kreditkarte"),
        },
    ),
    (
        "track",
        "Kuendigung Eingegangen",
        ["analytics-php"],
        {
            "mitgliedsnummer": G(lambda f: f.digits(7)),
            "kuendigungsgrund": pick("Umzug", "Preis", "Zeitmangel", "Unzufrieden", "Sonstiges"),
            "kuendigungsdatum": G(lambda f: f.iso()[:10]),
            "vertragsende": G(lambda f: f.iso()[:10]),
            "neue_adresse": Opt(
                {
                    "strasse": Y(lambda f: f.de_street_only(), "address|street"),
                    "plz": Y(lambda f: f.postcode("de"), "zipcode"),
                    "ort": Y(lambda f: f.city("de"), "city"),
                },
                0.5,
            ),
            "kommentar": pick(
                "Zu teuer geworden", "Keine Zeit mehr", "Danke für alles!", "Kurse zu voll", ""
            ),
            "rueckgewinnung_angeboten": BOOL,
        },
    ),
    (
        "identify",
        None,
        ["analytics-php"],
        {
            "vorname": Y(lambda f: f.first("de"), "name"),
            "nachname": Y(lambda f: f.last("de"), "name"),
            "e_mail": Y(lambda f: f.email("de"), "email"),
            "handynummer": Y(lambda f: f.phone("de"), "phone"),
            "geburtsdatum": Y(lambda f: f.dob("de"), "birthdate"),
            "koerpergroesse_cm": num(150, 200),
            "gewicht_kg": health(50, 130, 1),
            "trainingsziel": pick("Abnehmen", "Muskelaufbau", "Gesundheit", "Ausdauer"),
            "krankenkasse": pick("TK", "AOK Bayern", "Barmer", "DAK-Gesundheit", "IKK classic"),
            "versichertennummer": RED(lambda f: f.kvnr(), "health id"),
            "bonusprogramm": BOOL,
            "heimstudio": pick("Forma Berlin-Mitte", "Forma Schwabing", "Forma Hamburg-Altona"),
            "mitglied_seit": G(lambda f: f.iso()[:10]),
        },
    ),
    (
        "track",
        "Membership Frozen",
        ["kotlin:forma"],
        {
            "freeze_reason": pick("travel", "financial", "work", "other"),
            "medical_freeze": Y(lambda f: f.pick([True, False]), "condition"),
            "weeks": pick(2, 4, 8, 12),
            "fee_waived": BOOL,
            "membership_number": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Inbound Call Received",
        ["analytics-node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": const("AC3f9d2b7e41c05a68f1e2d3c4b5a69788"),
            "From": Y(region_person("phone"), "phone", True),
            "To": pick("+442039841120", "+493028095500", "+15125550147"),
            "FromCity": Y(lambda f: f.pick(["LONDON", "MANCHESTER", "AUSTIN", "BERLIN", "BRISTOL"]), "city"),
            "FromState": pick("", "TX", "ENG"),
            "FromZip": Y(lambda f: f.postcode("us"), "zipcode"),
            "FromCountry": pick("GB", "US", "DE"),
            "CallerName": NAME,
            "ToCity": pick("LONDON", "BERLIN", "AUSTIN"),
            "CallStatus": pick("ringing", "in-progress", "completed"),
            "Direction": const("inbound"),
            "CallDuration": num(0, 900),
        },
    ),
    (
        "track",
        "Invoice Payment Failed",
        ["analytics-ruby"],
        {
            "invoice_id": G(
                lambda f: (
                    "in_"
                    + f.token_chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                )
            ),
            "customer_id": G(
                lambda f: (
                    "cus_"
                    + f.token_chars(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                )
            ),
            "customer_email": EMAIL,
            "customer_name": NAME,
            "amount_due": pick(2999, 3999, 5499),
            "currency": pick("usd", "gbp"),
            "attempt_count": num(1, 4),
            "next_payment_attempt": G(lambda f: f.r.randint(1_710_000_000, 1_740_000_000)),
            "billing_reason": pick("subscription_cycle", "subscription_create"),
            "payment_method_details": {
                "type": const("card"),
                "card": {
                    "brand": pick("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": num(1, 12),
                    "exp_year": num(2024, 2030),
                    "country": pick("US", "GB"),
                    "funding": pick("credit", "debit"),
                },
            },
            "customer_address": {
                "line1": STREET,
                "city": CITY,
                "postal_code": ZIP,
                "state": pick("TX", "NY", "ENG"),
                "country": pick("US", "GB"),
            },
            "decline_code": pick("insufficient_funds", "expired_card", "do_not_honor"),
        },
    ),
    (
        "group",
        None,
        ["analytics-csharp", "analytics-ruby"],
        {
            "name": pick("Dell Technologies", "Barclays", "Siemens AG", "Indeed", "Ocado Group"),
            "industry": pick("Technology", "Banking", "Retail", "Manufacturing"),
            "employees": num(200, 120000),
            "plan": pick("corporate_silver", "corporate_gold"),
            "contract_value": num(10000, 500000),
            "billing_contact_email": EMAIL,
            "account_manager": Y(region_person("name"), "name", True),
            "hq_city": pick("Round Rock", "London", "Munich", "Austin", "Hatfield"),
            "website": pick("https://www.dell.com", "https://www.barclays.co.uk", "https://www.siemens.com"),
        },
    ),
    (
        "track",
        "Widget Booking Made",
        ["web:forma"],
        {
            "class-id": G(lambda f: f.digits(6)),
            "class-name": G(lambda f: f.pick(CLASSES)),
            "instructor-name": NAME,
            "member-email": EMAIL,
            "member-phone": Opt(PHONE, 0.5),
            "spots-remaining": num(0, 25),
            "booking-source": pick("website-widget", "instagram-link"),
            "club-email": pick(
                "shoreditch@formafitness.co.uk", "ancoats@formafitness.co.uk", "berlin-mitte@formafitness.de"
            ),
        },
    ),
    (
        "track",
        "Club Search",
        ["web:forma", "web:forma_de"],
        {
            "input": pick("E2 7DJ", "M4 6BF", "10115", "80331", "Shoreditch", "Schwabing", "LS6"),
            "results": num(0, 8),
            "radius_km": pick(5, 10, 25),
            "nearest_club": G(lambda f: f.pick(CLUBS)[1]),
            "distance_km": real(0.2, 20, 1),
        },
    ),
    (
        "track",
        "Gift Membership Purchased",
        ["web:forma"],
        {
            "recipient": Y(lambda f: f.email("uk"), "email", True),
            "recipient_name": Y(lambda f: f.full_name("uk"), "name"),
            "sender_name": Y(lambda f: f.full_name("uk"), "name"),
            "gift_message": Y(gift_message, "name", True),
            "months": pick(1, 3, 6, 12),
            "delivery_date": G(lambda f: f.iso()[:10]),
            "redemption_code": RED(
                lambda f: "-".join(f.token_chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)),
                "token|secret",
            ),
            "amount": pick(35.0, 99.0, 189.0, 349.0),
        },
    ),
    (
        "track",
        "Signup Form Submitted",
        ["web:forma", "web:forma_us"],
        {
            "form_id": pick("join_step1", "free_pass"),
            "fields": {
                "first_name": FIRSTNAME,
                "email": EMAIL,
                "phone": PHONE,
                "zip": ZIP,
                "password": RED(
                    lambda f: f.pick(
                        [
                            "Summer2024!",
                            "forma" + f.digits(4),
                            "Gymrat#" + f.digits(2),
                            "Pa55word!",
                            f.token_chars(12),
                        ]
                    ),
                    "password",
                ),
                "marketing_consent": BOOL,
            },
            "password_strength": pick("weak", "fair", "strong"),
            "duration_ms": num(8000, 240000),
        },
    ),
    (
        "page",
        "Timetable",
        ["web:forma", "web:forma_de", "web:forma_us"],
        {
            "name": pick("Timetable", "Join", "Kurse", "Clubs"),
            "path": pick("/timetable", "/join", "/kurse", "/clubs"),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.formafitness.co.uk/timetable",
                        "https://www.formafitness.de/kurse",
                        "https://www.formafitness.com/join",
                    ]
                )
            ),
            "title": pick("Class timetable | Forma", "Kursplan | Forma", "Join Forma Fitness"),
            "referrer": pick("", "https://www.google.com/"),
            "club": G(lambda f: f.pick(CLUBS)[1]),
        },
    ),
]

NOURISH = [
    (
        "identify",
        None,
        ["flutter"],
        {
            "email": EMAIL,
            "first_name": FIRSTNAME,
            "last_name": LASTNAME,
            "phone": PHONE,
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "sex": Y(lambda f: f.pick(["female", "male"]), "sex"),
            "ethnicity": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "White British",
                            "Black Caribbean",
                            "South Asian",
                            "Chinese",
                            "Mixed",
                            "Hispanic/Latino",
                        ]
                    ),
                    "ethnicity",
                ),
                0.5,
            ),
            "height_cm": num(150, 200),
            "starting_weight_kg": health(65, 160, 1),
            "goal_weight_kg": health(55, 110),
            "activity_level": pick("sedentary", "light", "moderate", "very_active"),
            "diet_preference": pick("none", "vegetarian", "vegan", "pescatarian", "low_carb"),
            "allergies": Opt(Arr(Y(lambda f: f.pick(ALLERGIES), "allergy"), 1, 3), 0.5),
            "medical_conditions": Opt(
                Arr(Y(lambda f: f.pick(HEALTH_CONDITIONS), "condition|diagnosis"), 1, 2), 0.5
            ),
            "medications": Opt(Arr(Y(lambda f: f.pick(MEDS), "medication"), 1, 2), 0.4),
            "on_glp1": Y(lambda f: f.pick([True, False]), "medication"),
            "had_bariatric_surgery": Y(lambda f: f.pick([True, False]), "procedure"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "ramadan_mode": Opt(Y(lambda f: f.pick([True, False]), "religion"), 0.5),
            "coach_id": G(lambda f: "co_" + f.digits(4)),
            "program": pick("Reset 12", "GLP-1 Companion", "Maintain"),
            "plan_tier": pick("app_only", "coach", "coach_plus"),
            "marketing_opt_in": BOOL,
            "age_band": pick("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
        },
    ),
    (
        "track",
        "Meal Logged",
        ["flutter"],
        {
            "meal_id": UUID,
            "meal_type": pick("breakfast", "lunch", "dinner", "snack"),
            "logged_at": ISO,
            "items": Arr(
                {
                    "food_id": G(lambda f: f.digits(8)),
                    "name": food(0, True),
                    "brand": food(1),
                    "serving_g": num(10, 400),
                    "kcal": num(20, 800),
                    "protein_g": real(0, 60),
                    "carbs_g": real(0, 90),
                    "fat_g": real(0, 40),
                    "barcode": Opt(G(lambda f: f.ean()), 0.4),
                },
                1,
                4,
            ),
            "total_kcal": num(50, 1800),
            "photo_url": Opt(G(lambda f: f"https://media.nourish.coach/meals/{f.hexid(16)}.jpg"), 0.4),
            "source": pick("search", "barcode", "photo_ai", "recent"),
        },
    ),
    (
        "track",
        "Food Searched",
        ["flutter"],
        {
            "search_term": pick("porridge", "skyr", "chicken wrap", "haferflocken", "oat milk"),
            "results_count": num(0, 60),
            "selected_food_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Weight Logged",
        ["flutter"],
        {
            "weight_kg": health(50, 160, 1),
            "body_fat_pct": health(12, 48, 1),
            "bmi": health(18, 48, 1),
            "waist_cm": health(60, 140),
            "change_since_start_kg": health(-25, 3, 1),
            "measured_at": ISO,
            "source": pick("manual", "withings_scale", "pulse_scale"),
            "scale_serial": Opt(
                Y(
                    lambda f: "00:24:E4:" + ":".join(f"{f.r.randint(0, 255):02X}" for _ in range(3)),
                    "serial|mac",
                ),
                0.4,
            ),
            "unit_shown": pick("kg", "lb", "st"),
        },
    ),
    (
        "track",
        "Coach Message Sent",
        ["flutter"],
        {
            "thread_id": UUID,
            "coach_id": G(lambda f: "co_" + f.digits(4)),
            "coach_name": NAME,
            "text": Y(coach_message, "phone", True),
            "message_length": num(10, 140),
            "has_attachment": BOOL,
        },
    ),
    (
        "track",
        "Weekly Check-In Submitted",
        ["analytics-go"],
        {
            "checkin_id": UUID,
            "week_number": num(1, 52),
            "weight_kg": health(50, 160, 1),
            "glucose_mg_dl": Opt(health(70, 190), 0.4),
            "steps_avg": num(1500, 16000),
            "sleep_hours_avg": real(4.5, 9, 1),
            "adherence_pct": num(20, 100),
            "progress_photo_url": Opt(
                Y(lambda f: f"https://media.nourish.coach/progress/{f.uuid()}.jpg", "photo"), 0.5
            ),
            "coach_feedback": pick(
                "Great week, keep protein up!",
                "Try adding a walk after dinner.",
                "Solid consistency 👏",
                "Let's review snacks on Friday.",
            ),
        },
    ),
    (
        "track",
        "Side Effect Reported",
        ["flutter"],
        {
            "medication": Y(lambda f: f.pick(["semaglutide", "tirzepatide", "liraglutide"]), "medication"),
            "details": Y(lambda f: f.pick(SYMPTOM_DETAILS), "condition", True),
            "severity": pick("mild", "moderate", "severe"),
            "reported_at": ISO,
            "escalated_to_clinician": BOOL,
        },
    ),
    (
        "track",
        "Prescription Requested",
        ["analytics-java"],
        {
            "request_id": UUID,
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "medication_name": Y(lambda f: f.pick(MEDS), "medication"),
            "pharmacy_name": pick(
                "CVS Pharmacy #4821", "Walgreens #10233", "Boots Online", "Versandapotheke Nord"
            ),
            "pharmacy_phone": pick("(512) 555-0190", "0345 611 6111", "+49 40 5550 1234"),
            "prescriber_name": NAME,
            "patient_dob": Y(lambda f: f.dob("us"), "birthdate"),
            "shipping_address": {"name": NAME, **address_block()},
            "insurance": {
                "payer": pick("Aetna", "UnitedHealthcare", "Cigna", "Bupa"),
                "member_id": Y(lambda f: f.pick(["U", "W", "BUP"]) + f.digits(9), "identification"),
                "group_number": G(lambda f: f.digits(6)),
            },
            "copay": pick(0, 25.0, 50.0),
        },
    ),
    (
        "identify",
        None,
        ["analytics-python"],
        {
            "EMAIL": EMAIL,
            "FIRST_NAME": FIRSTNAME,
            "LAST_NAME": LASTNAME,
            "PHONE_NUMBER": PHONE,
            "POSTAL_CODE": ZIP,
            "COUNTRY_CODE": pick("US", "GB", "DE"),
            "LIFETIME_VALUE": real(0, 2400, 2),
            "CHURN_RISK_SCORE": real(0, 1, 3),
            "WEEKS_ACTIVE": num(0, 104),
            "LAST_WEIGH_IN_AT": ISO,
            "CURRENT_WEIGHT_KG": health(50, 160, 1),
            "PROGRAM_NAME": pick("Reset 12", "GLP-1 Companion", "Maintain"),
            "COACH_EMAIL": Y(lambda f: f"{f.first().lower().translate(FOLD)}@nourish.coach", "email"),
            "IS_GLP1_MEMBER": Y(lambda f: f.pick([True, False]), "medication"),
            "DBT_UPDATED_AT": ISO,
        },
    ),
    (
        "track",
        "Referral Reward Earned",
        ["analytics-go"],
        {
            "referrer_user_id": G(lambda f: f.uuid()),
            "referred_email": EMAIL,
            "reward_amount": pick(10, 20, 25),
            "currency": pick("USD", "GBP", "EUR"),
            "referral_code": G(lambda f: "NOUR-" + f.token_chars(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Email Capture Submitted",
        ["web:nourish"],
        {
            "form": pick("footer_newsletter", "exit_intent", "glp1_waitlist"),
            "value": Y(region_person("email"), "email", True),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.4),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.4),
        },
    ),
    (
        "track",
        "Lead",
        ["analytics-java"],
        {
            "event_id": UUID,
            "action_source": pick("website", "app"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Opt(Y(lambda f: f.sha256(), "phone"), 0.6),
                "ct": Opt(Y(lambda f: f.sha256(), "city"), 0.5),
                "zp": Opt(Y(lambda f: f.sha256(), "zipcode"), 0.5),
                "external_id": G(lambda f: f.sha256()),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Opt(Y(lambda f: f.fbc(), "advertising id"), 0.5),
                "client_ip_address": IP,
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            },
            "custom_data": {
                "value": pick(0, 49.0, 99.0),
                "currency": pick("USD", "GBP"),
                "content_name": pick("Reset 12", "GLP-1 Companion"),
            },
        },
    ),
    (
        "track",
        "Login Attempted",
        ["web:nourish", "analytics-go"],
        {
            "identifier": Y(region_person("email"), "email", True),
            "method": pick("password", "magic_link", "google", "apple"),
            "success": BOOL,
            "failure_reason": pick("", "wrong_password", "locked", "unknown_user"),
            "mfa_required": BOOL,
            "client_ip": IP,
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["analytics-go"],
        {
            "channel": pick("sms", "email", "whatsapp"),
            "destination": Y(region_person("phone"), "phone", True),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "attempt": num(1, 3),
            "expires_in_s": pick(300, 600),
        },
    ),
    (
        "screen",
        "Meal Plan",
        ["flutter"],
        {"name": pick("Meal Plan", "Progress", "Coach Chat"), "week": num(1, 12), "variant": pick("A", "B")},
    ),
    (
        "track",
        "Payment Method Updated",
        ["analytics-csharp"],
        {
            "Kind": const("sepa_debit"),
            "Value": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL"])), "bank account", True),
            "MandateAccepted": const(True),
            "UpdatedBy": pick("customer", "support"),
        },
    ),
]

EVENTS = PULSE + STRIDE + FORMA + NOURISH


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if not (client.startswith("analytics-") and f.r.random() < 0.3):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = f.pick([f.uuid(), "usr_" + f.digits(8), f.digits(7)])
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
                if kind in ("page", "screen") and "name" in msg[section]:
                    msg["name"] = msg[section]["name"]
            msg["context"] = render(context_for(client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=4343, repeats=36)
    write(Path(__file__).parent, "holdout43_", events, labels)
