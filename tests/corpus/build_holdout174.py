"""Writes holdout174: tests/corpus/holdout174_events.jsonl and holdout174_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and never run against the engine by its author. Only the helpers (build.py,
fake.py) and build_holdout3.py (for the format) were read.

Domain: a youth sports club and league registration platform ("TeamSheet") for soccer, hockey and
swimming clubs in Canada, the UK and the Netherlands: player registration with birth dates and
guardians, medical and concussion forms, coach background checks (DBS, Vulnerable Sector Check,
VOG) and safeguarding training, team rosters, match reports and game sheets, jersey names and
numbers, fees, payment plans and direct debits (Stripe-, GoCardless- and SEPA-shaped), volunteer
and carpool sign-ups, photo consent, equality monitoring, Twilio/SendGrid/Typeform/Zendesk-shaped
webhook payloads, a Dutch club backend (Sportlink-like keys: `voornaam`, `geboortedatum`,
`lidnummer`, `ouder_verzorger`, ...), a .NET service (PascalCase), a warehouse reverse-ETL sync
(SCREAMING_SNAKE) and a kebab-case form builder.

Clients: analytics.js (page, campaign, userAgentData), analytics-swift (context.traits, push
token, IDFA), analytics-kotlin (GAID, location), analytics-react-native (location plugin),
analytics-flutter, and the python, node, go, java, ruby, php and .NET server libraries (some with
context.ip, userAgent, externalIds). Message types: identify, track, page, screen, group, alias.

Conventions: each leaf path (dotted from the root, arrays as `[]`) has one label: classification
(red/yellow/green), type (a reference matcher name, or `bank account`, `geolocation`, `token`,
`secret`, `national id`, `health id`, `advertising id`, `credit card`, `criminal record`;
`a|b` when either is fair) and value_only (the key does not say what the value is).

Labelling rules (the product's default colours and published policy, followed as written):
- PII is personal data about a natural person: the user, a player (child), a guardian, an
  emergency contact, a coach, referee, physician, volunteer or other member of staff. Colour is
  the reference's default for the matcher; outside the reference: red for credentials, tokens,
  card numbers, bank accounts, government ids (SIN, NI number, BSN) and health ids (OHIP health
  card, NHS number); yellow otherwise (geolocation, advertising ids, criminal record).
- Green: ids we or vendors issue (player, team, member/relation numbers such as `lidnummer`,
  FA/Hockey Canada/Swim England numbers, invoice, mandate and Stripe `pi_`/`cus_` ids),
  versions, timestamps, hashes, amounts, counters, enums and booleans under PII-sounding keys
  (`emailVerified`, `photo_consent`, `concussion_form_signed`), ages, age groups and birth
  years (an age band), team/club/product/venue/insurer/course names, a venue's or club's own
  address, phone, e-mail and coordinates, role mailboxes (no-reply@, registrar@), the club's
  Twilio number, card brand, last four, expiry and BIN, sort codes and BICs, e-mail Message-IDs,
  Typeform response tokens (ids), passport expiry dates, training-course certificate ids.
- Yellow per policy: insurer policy numbers (`identification`), pay rates (`salary`), household
  income bands (`salary`), vehicle plates and driving licence numbers (`license`), gclid/fbp/fbc
  (`advertising id`), billing and shipping addresses (`address`), jersey names (`name`: the
  player's surname or nickname printed on a shirt).
- Red per policy: Stripe `pm_` ids and payment-method tokens, one-time codes, password-reset,
  magic-link and invite tokens, push tokens (`token`); answers about the right to work or visa
  sponsorship (`visa`); disability answers (`disability`, the reference's red matcher).
- Booleans and enums that themselves reveal a special category are PII of that category:
  `has_asthma`, `lost_consciousness` (condition), `carries_epipen` (allergy), `additional_needs`,
  `requires_one_to_one_support` (disability), `self_identifies_as_indigenous` (ethnicity|race),
  `newcomer_to_canada` (citizenship). Dietary requirements (halal, kosher, nut-free, coeliac)
  are labelled `allergy|religion`, yellow. Injury body parts and first-aid treatment are health
  data (`condition`, `procedure`).
- Judgement calls, chosen as a careful privacy owner would want them flagged: the outcome of a
  criminal-record check (DBS/VSC disclosure) is yellow `criminal record`; a DBS certificate
  number is yellow `certificate` (a government record about the person), whereas a safeguarding
  course's certificate id is green (issued by a training provider, like a member number); a
  date under a neutral key (`answers[].date`) whose every value is a player's birth date is
  yellow birthdate, value_only.
- value_only paths hold that PII in every value (generators guarantee it: every SMS body names a
  child, every coach message carries a phone number, every upload file name carries the player's
  name, ...). Free text is labelled by what every value carries, and green when no value carries
  PII (announcement `text`, `FailureMessage`, `bijzonderheden`). Keys such as `to`,
  `recipient`, `q`, `input`, `label`, `note`, `message`, `body` and `text` do not say what they hold:
  value_only.
- Group calls carry the club in `traits.name`, `traits.office_phone`, ... (green); identify calls
  therefore use `firstName`/`lastName` rather than `traits.name`, so one path has one meaning.

Run: `.venv/bin/python -m tests.corpus.build_holdout174`.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

FIRST = [
    "Daan",
    "Sanne",
    "Bram",
    "Fleur",
    "Lotte",
    "Sem",
    "Noor",
    "Yassine",
    "Emre",
    "Zeynep",
    "Liam",
    "Olivia",
    "Ethan",
    "Chloé",
    "Félix",
    "Aanya",
    "Harpreet",
    "Wei",
    "Mei-Ling",
    "Aarav",
    "Oliver",
    "Amelia",
    "Jack",
    "Aisha",
    "Kofi",
    "Siobhan",
    "Callum",
    "Hodan",
    "Oksana",
    "Mateo",
    "Tiago",
    "Nkechi",
    "Minh",
    "Angelica",
    "Zofia",
    "Rhys",
    "Imani",
    "Jonah",
    "Ayaan",
    "Freya",
]
LAST = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "El Amrani",
    "Y\u0131lmaz",
    "Bouzid",
    "van Dijk",
    "Tremblay",
    "Gagnon",
    "Roy",
    "Bouchard",
    "MacDonald",
    "Singh Gill",
    "Nguyen",
    "Zhang",
    "Wong",
    "Cardinal",
    "Okonkwo",
    "Haddad",
    "Kim",
    "Santos",
    "Petrov",
    "Hughes",
    "Begum",
    "Owusu",
    "Campbell",
    "Evans",
    "Nowak",
    "Adeyemi",
    "O'Connor",
    "Warsame",
    "Shevchenko",
    "Tran",
    "Kowalczyk",
    "Sharma",
    "Fraser",
    "Mensah",
]
ASCII = str.maketrans({"é": "e", "\u0131": "i", "ö": "o", "'": "", " ": "", "-": ""})
MAIL_DOMAINS = {
    "CA": ["gmail.com", "rogers.com", "sympatico.ca", "outlook.com", "icloud.com", "yahoo.ca"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com", "sky.com"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "planet.nl"],
}
CITIES = {
    "CA": ["Toronto", "Mississauga", "Vancouver", "Calgary", "Ottawa", "Halifax", "Laval", "Winnipeg"],
    "GB": ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Norwich", "Leicester"],
    "NL": ["Amsterdam", "Utrecht", "Eindhoven", "Zwolle", "Groningen", "Haarlem", "Den Haag", "Nijmegen"],
}
STREETS = {
    "CA": ["Danforth Ave", "Queen St W", "Bayview Ave", "Rue Saint-Denis", "Elm Grove Rd", "Birch Cres"],
    "GB": ["Kings Road", "Station Lane", "Church Street", "Victoria Crescent", "Mill Lane", "Park Drive"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Van Woustraat", "Julianalaan", "Beatrixstraat", "Molenweg"],
}
PROVINCES = {
    "CA": ["ON", "BC", "AB", "QC", "NS", "MB"],
    "GB": ["England", "Scotland", "Wales"],
    "NL": ["Noord-Holland", "Utrecht", "Noord-Brabant", "Overijssel", "Groningen"],
}
CLUBS = [
    "Leaside Lightning SC",
    "Vlaardingen '08",
    "Kelvin Harriers Swim Club",
    "SV Oranje Nassau",
    "North Shore Winter Club",
    "Hackney Wick FC Juniors",
    "Etobicoke Dolphins",
    "VV Zwaluwen",
    "Calgary Foothills U13",
    "Leeds City Otters",
]
TEAMS = [
    "Lightning U11 Blue",
    "JO13-2",
    "MO15-1",
    "U13 AA Flames",
    "Otters Development Squad",
    "U9 Tigers",
    "Peewee A Rangers",
    "JO9-4",
    "Girls U14 Premier",
    "Bantam BB Wolves",
]
VENUES = [
    ("Wayne Gretzky Arena", "1 Brantford Rd", "Brantford", "N3T 5L3", 43.1453, -80.2631),
    ("Sportpark Kralingen", "Kralingse Plaslaan 110", "Rotterdam", "3062 DD", 51.9326, 4.5042),
    ("Tollcross International Swimming Centre", "350 Wellshot Rd", "Glasgow", "G32 7QP", 55.8456, -4.1827),
    ("Varsity Arena", "299 Bloor St W", "Toronto", "M5S 1W2", 43.6664, -79.3991),
    ("Sportpark De Eendracht", "Velperweg 8", "Arnhem", "6824 BM", 51.9848, 5.9290),
    ("Spotland Community Pitches", "Sandy Lane", "Rochdale", "OL11 5DR", 53.6201, -2.1799),
]
# Residential areas the users' phones report from (a precise point per message is jittered).
HOMES = [
    (43.70, -79.40),
    (43.59, -79.64),
    (49.26, -123.14),
    (51.05, -114.07),
    (45.42, -75.70),
    (53.48, -2.24),
    (53.80, -1.55),
    (51.45, -2.59),
    (55.86, -4.25),
    (52.09, 5.12),
    (52.37, 4.90),
    (51.44, 5.48),
    (53.22, 6.57),
]
ALLERGIES = ["peanuts", "tree nuts", "penicillin", "bee stings", "latex", "shellfish", "dairy"]
MEDICATIONS = [
    "salbutamol inhaler",
    "EpiPen 0.3mg",
    "insulin glargine",
    "methylphenidate",
    "cetirizine",
    "levetiracetam",
    "fluticasone",
]
CONDITIONS = [
    "asthma",
    "type 1 diabetes",
    "epilepsy",
    "ADHD",
    "eczema",
    "heart murmur",
    "exercise-induced asthma",
    "coeliac disease",
]
SYMPTOMS = [
    "headache",
    "dizziness",
    "nausea",
    "blurred vision",
    "sensitivity to light",
    "confusion",
    "neck pain",
    "feeling foggy",
]
PRODUCTS = [
    ("Home Jersey 24/25", "Apparel"),
    ("Away Jersey 24/25", "Apparel"),
    ("Club Hoodie", "Apparel"),
    ("Training Shorts", "Apparel"),
    ("Shin Guards Junior", "Equipment"),
    ("Swim Cap (silicone)", "Swim"),
    ("Hockey Socks", "Apparel"),
    ("Goalie Gloves", "Equipment"),
    ("Kit Bag", "Accessories"),
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]


class Club(Fake):
    """fake.Fake with names, phones, postcodes and ids from Canada, the UK and the Netherlands."""

    venue = 0
    country = "CA"
    loc = (0.0, 0.0)

    def cc(self):
        """The message's country: a person's phone, postcode and city in one event agree."""
        return self.country

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self, country=None):
        country = country or self.cc()
        first = self.first().lower().translate(ASCII)
        last = self.last().lower().translate(ASCII)
        user = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last[:1]}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.family",
                f"{first}_{last}{self.r.randint(70, 99)}",
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS[country])}"

    def phone(self, country=None):
        country = country or self.cc()
        r = self.r
        if country == "CA":
            area, ex, line = (
                self.pick([416, 647, 604, 403, 514, 613, 902, 204]),
                r.randint(220, 989),
                r.randint(0, 9999),
            )
            return self.pick(
                [
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"+1{area}{ex}{line:04d}",
                    f"+1 {area} {ex} {line:04d}",
                ]
            )
        if country == "GB":
            n = r.randint(0, 999)
            return self.pick(
                [
                    f"07700 900{n:03d}",
                    f"+44 7700 900{n:03d}",
                    f"+447700900{n:03d}",
                    f"020 7946 0{n:03d}",
                    f"0113 496 0{n:03d}",
                ]
            )
        mob = "".join(str(r.randint(0, 9)) for _ in range(8))
        return self.pick(
            [
                f"06-{mob}",
                f"+31 6 {mob}",
                f"+316{mob}",
                f"06 {mob[:2]} {mob[2:5]} {mob[5:]}",
                f"010-{mob[:7]}",
            ]
        )

    def postcode(self, country=None):
        country = country or self.cc()
        r, up = self.r, "ABCEGHJKLMNPRSTVXY"
        if country == "CA":
            fsa = f"{self.pick('KLMNPT')}{r.randint(0, 9)}{self.pick(up)}"
            return f"{fsa} {r.randint(1, 9)}{self.pick(up)}{r.randint(0, 9)}"
        if country == "GB":
            outward = self.pick(["LS6", "M14", "BS7", "G12", "CF24", "B15", "NR2", "SW1A", "E9", "LE3"])
            inward = "ABDEFGHJLNPQRSTUWXYZ"
            return f"{outward} {r.randint(1, 9)}{self.pick(inward)}{self.pick(inward)}"
        return (
            f"{r.randint(1000, 9999)} {self.pick('ABCDEGHJKLMNPRSTVWXZ')}{self.pick('ABCDEGHJKLMNPRSTVWXZ')}"
        )

    def street(self, country=None):
        country = country or self.cc()
        if country == "NL":
            suffix = self.pick(["", "", "-2", " A", " bis"])
            return f"{self.pick(STREETS['NL'])} {self.r.randint(1, 240)}{suffix}"
        return f"{self.r.randint(1, 2400)} {self.pick(STREETS[country])}"

    def city(self, country=None):
        return self.pick(CITIES[country or self.cc()])

    def address_line(self, country=None):
        country = country or self.cc()
        if country == "NL":
            return f"{self.street('NL')}, {self.postcode('NL')} {self.city('NL')}"
        return f"{self.street(country)}, {self.city(country)} {self.postcode(country)}"

    def dob_child(self):
        return self.date(2008, 2019)

    def dob_adult(self):
        return self.date(1964, 2002)

    def iso(self):
        r = self.r
        day = f"{self.pick(['2024', '2025'])}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{day}T{clock}.{r.randint(0, 999):03d}Z"

    def day(self):
        return f"{self.pick(['2024', '2025'])}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def sin(self):
        body = str(self.r.randint(1, 7)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                n = "".join(map(str, d)) + str(check)
                return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n])

    def bsn(self):
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            total = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
            last = total % 11
            if last < 10:
                return "".join(map(str, d)) + str(last)

    def nino(self):
        a = self.pick("ABCEGHJKLMNPRSTWXYZ")
        b = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            b = self.pick("ABCEHJKLMNPRSTWXY")
        n = self.digits(6)
        return self.pick(
            [f"{a}{b}{n}{self.pick('ABCD')}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {self.pick('ABCD')}"]
        )

    def ohip(self):
        n = self.luhn_complete(
            str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        )
        vc = self.pick(["", "AB", "YM", "KT", "HG"])
        return self.pick([f"{n[:4]}-{n[4:7]}-{n[7:]}" + (f"-{vc}" if vc else ""), n + vc])

    def iban_nl(self):
        bban = self.pick(["RABO", "INGB", "ABNA", "TRIO", "SNSB", "ASNB"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(10)
        )
        return self._iban("NL", bban)

    def iban_gb(self):
        bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(
            str(self.r.randint(0, 9)) for _ in range(14)
        )
        return self._iban("GB", bban)

    def _iban(self, country, bban):
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def sort_code(self):
        return f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def alnum(self, n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm(self):
        return "pm_1" + self.alnum(23)

    def plate(self):
        r, up = self.r, "ABCDEFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.alnum(4, up)} {r.randint(100, 999)}",
                f"{self.alnum(2, up)}{r.randint(10, 75)} {self.alnum(3, up)}",
                f"{self.alnum(2, 'GHJKLNPRSTXZ')}-{r.randint(100, 999)}-{self.alnum(1, 'BDFGHJKLNPRSTVXZ')}",
                f"{r.randint(1, 99)}-{self.alnum(3, 'BDFGHJKLNPRSTVXZ')}-{r.randint(1, 9)}",
            ]
        )

    def child_line(self):
        return f"{self.first()} {self.last()}"

    def gclid(self):
        return (
            "Cj0KCQjw"
            + self.alnum(70, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
            + "BwE"
        )


# -- templates --------------------------------------------------------------------------------------


class Seq:
    """A fixed list of differently shaped items (a Typeform answers array)."""

    def __init__(self, *items):
        self.items = items


def render(template: Any, f: Club, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def P(*items):
    """Green, one of `items`."""
    return G(lambda f: f.pick(list(items)))


def C(value):
    return G(lambda f: value)


def ID(prefix="", n=8):
    return G(lambda f: prefix + f.digits(n))


UUID = G(lambda f: f.uuid())
TS = G(lambda f: f.iso())
DAY = G(lambda f: f.day())
BOOL = P(True, False)
MONEY = G(lambda f: f.money(15, 650))
CUR = P("CAD", "GBP", "EUR")
NAME = Y(lambda f: f.full_name(), "name")
FIRSTN = Y(lambda f: f.first(), "name")
LASTN = Y(lambda f: f.last(), "name")
EMAIL = Y(lambda f: f.email(), "email")
PHONE = Y(lambda f: f.phone(), "phone")
TO_PHONE = Y(lambda f: f.phone(), "phone", True)  # `to` does not say it is a phone number
DOB_CHILD = Y(lambda f: f.dob_child(), "birthdate")
DOB_ADULT = Y(lambda f: f.dob_adult(), "birthdate")
ZIP = Y(lambda f: f.postcode(), "zipcode")
STREET = Y(lambda f: f.street(), "address|street")
CITY = Y(lambda f: f.city(), "city")
PLAYER_ID = G(lambda f: "plr_" + f.hexid(12))
TEAM_ID = G(lambda f: "team_" + f.digits(5))
TEAM = G(lambda f: f.pick(TEAMS))
CLUB = G(lambda f: f.pick(CLUBS))
AGE_GROUP = P("U7", "U9", "U11", "U13", "U15", "U17", "JO11", "MO13", "Peewee", "Bantam")
SEASON = P("2024-25", "Spring 2025", "Winter 2024/25", "Summer 2025")
SPORT = P("soccer", "hockey", "swimming")


def venue(i):
    """The event's venue (one per message, so name, address and coordinates agree)."""
    return G(lambda f: VENUES[f.venue][i])


def one_of_text(*makers):
    return lambda f: f.pick(makers)(f)


# Free text whose every value carries the named PII.
def sms_body(f):
    return f.pick(
        [
            lambda: (
                f"Reminder: {f.first()}'s game is Sat {f.r.randint(8, 11)}:00 at {f.pick(VENUES)[0]}. "
                "Reply STOP to opt out"
            ),
            lambda: f"TeamSheet: {f.first()} has been added to {f.pick(TEAMS)}. Log in to confirm.",
            lambda: f"Practice cancelled tonight (field closed). See you Thursday, {f.first()}!",
            lambda: (
                f"{f.first()} {f.last()} - payment of ${f.money(40, 300)} is overdue. "
                "Pay at teamsheet.app/pay"
            ),
        ]
    )()


def coach_message(f):
    return f.pick(
        [
            lambda: f"Practice moved to 7pm tonight. Text me on {f.phone()} if your child can't make it.",
            lambda: f"Carpool for Sunday: call {f.phone()} (my husband) if you need a seat.",
            lambda: f"Lost property: blue water bottle at the rink. Ring {f.phone()}",
            lambda: f"Kit collection Sat 10-12, any questions {f.phone()}",
        ]
    )()


def eval_notes(f):
    n = f.first()
    return f.pick(
        [
            f"Strong skater, {n} needs work on backhand.",
            f"{n} reads the game well; move up to AA.",
            f"Good attitude. {n} struggled in the 1v1 drills.",
            f"{n} - excellent kick turns, start in lane 4 next block.",
        ]
    )


def ticket_description(f):
    return f.pick(
        [
            f"My son {f.full_name()} was registered twice, please refund one.",
            f"Can't add my daughter {f.first()} to the U11 program, the page spins.",
            f"{f.full_name()} moved teams but still gets the old schedule.",
            f"Need a receipt for {f.first()}'s winter session for my employer.",
        ]
    )


def concussion_note(f):
    return f.pick(
        [
            f"Complained of {f.pick(SYMPTOMS)} after collision at the boards, sat out 3rd period",
            f"Head to head contact on corner kick, {f.pick(SYMPTOMS)} and {f.pick(SYMPTOMS)} reported",
            f"Hit head on pool wall during turn, reported {f.pick(SYMPTOMS)}",
            f"Fell backwards, mild {f.pick(SYMPTOMS)}; parent informed",
        ]
    )


def upload_name(f):
    first = f.first().lower().translate(ASCII)
    last = f.last().lower().translate(ASCII)
    return f.pick(
        [
            f"birth_certificate_{first}_{last}.pdf",
            f"{first.title()} {f.last()} geboorteakte.jpg",
            f"IMG_{f.digits(4)}_{first}{last}.HEIC",
            f"{last}_{first}_proof_of_age.png",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f):
    return {
        "library": {"name": C("analytics.js"), "version": P("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": P("/register", "/programs", "/checkout", "/account/players", "/shop"),
            "referrer": P(
                "", "https://www.google.com/", "https://www.facebook.com/", "https://leasidesoccer.ca/"
            ),
            "search": P("", "?season=2025", "?utm_source=newsletter&utm_medium=email", "?ref=club_site"),
            "title": P("Register | TeamSheet", "Programs - TeamSheet", "Checkout | TeamSheet", "My players"),
            "url": P(
                "https://app.teamsheet.app/register",
                "https://app.teamsheet.app/programs?sport=hockey",
                "https://app.teamsheet.app/checkout",
                "https://shop.teamsheet.app/",
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": P("124", "123", "99", "8"),
                },
                3,
            ),
            "mobile": BOOL,
            "platform": P("macOS", "Windows", "Android"),
        },
        "locale": P("en-CA", "en-GB", "nl-NL", "fr-CA", "en-US"),
        "timezone": P("America/Toronto", "Europe/London", "Europe/Amsterdam", "America/Vancouver"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": P("spring_registration_2025", "winter_hockey", "zwemles_najaar", "kit_sale"),
            "source": P("google", "facebook", "newsletter", "club_site"),
            "medium": P("cpc", "email", "social", "referral"),
            "term": P("u11 soccer toronto", "kids swimming lessons leeds", "voetbalclub utrecht jeugd", ""),
            "content": P("hero_banner", "textlink", "carousel_2"),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": C("TeamSheet"),
            "version": P("6.4.0", "6.5.2"),
            "build": P("640", "652", "653"),
            "namespace": C("app.teamsheet.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone14,7", "iPhone15,4", "iPad13,18", "iPhone12,8"),
            "name": P("iPhone", "iPad"),
            "type": C("ios"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0")},
        "locale": P("en-CA", "en-GB", "nl-NL", "fr-CA"),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": P("iOS", "iPadOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 820), "height": P(844, 852, 1180)},
        "timezone": P("America/Toronto", "Europe/London", "Europe/Amsterdam"),
        "instanceId": UUID,
        "traits": {
            "email": EMAIL,
            "firstName": FIRSTN,
            "lastName": LASTN,
            "userId": G(lambda f: "usr_" + f.digits(7)),
            "anonymousId": UUID,
        },
    }


def kotlin_context(f):
    return {
        "app": {
            "name": C("TeamSheet"),
            "version": P("6.4.0", "6.5.1"),
            "build": P("6040012", "6050104"),
            "namespace": C("app.teamsheet.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Google", "OnePlus", "motorola"),
            "model": P("SM-A546B", "Pixel 7a", "CPH2449", "moto g54 5G"),
            "name": P("a54x", "lynx", "OP5958L1", "cancunf"),
            "type": C("android"),
            "adTrackingEnabled": BOOL,
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3")},
        "locale": P("en-CA", "en-GB", "nl-NL"),
        "network": {
            "wifi": BOOL,
            "cellular": BOOL,
            "bluetooth": BOOL,
            "carrier": P("Rogers", "EE", "KPN", "Vodafone"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 2.75, 3.0), "width": P(1080, 1440), "height": P(2340, 2400, 3120)},
        "timezone": P("America/Toronto", "Europe/London", "Europe/Amsterdam"),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; "
                f"{f.pick(['SM-A546B', 'Pixel 7a'])} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": UUID,
        "location": {
            "latitude": Y(lambda f: f.loc[0], "geolocation"),
            "longitude": Y(lambda f: f.loc[1], "geolocation"),
            "speed": P(0.0, 1.2),
        },
        "traits": {"anonymousId": UUID},
    }


def rn_context(f):
    return {
        "app": {
            "name": C("TeamSheet Coach"),
            "version": P("2.8.0", "2.9.1"),
            "build": P("280", "291"),
            "namespace": C("app.teamsheet.coach"),
        },
        "device": {
            "id": UUID,
            "manufacturer": P("Apple", "samsung", "Google"),
            "model": P("iPhone13,2", "SM-S911B", "Pixel 8"),
            "name": P("iPhone", "dm1q", "shiba"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.2", "2.20.0")},
        "locale": P("en-CA", "en-GB", "nl-NL"),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915), "density": P(3, 2.625)},
        "timezone": P("America/Toronto", "Europe/London", "Europe/Amsterdam"),
        "instanceId": UUID,
        "traits": {"email": EMAIL, "phone": PHONE},
        "location": {
            "city": CITY,
            "country": P("Canada", "United Kingdom", "Netherlands"),
            "latitude": Y(lambda f: f.loc[0], "geolocation"),
            "longitude": Y(lambda f: f.loc[1], "geolocation"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": C("TeamSheet"),
            "version": P("6.4.0", "6.5.0"),
            "build": P("64", "65"),
            "namespace": C("app.teamsheet.flutter"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("Apple", "samsung"),
            "model": P("iPhone14,5", "SM-G991B"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-flutter"), "version": P("1.1.1", "1.1.4")},
        "locale": P("en-GB", "nl-NL", "en-CA"),
        "network": {"wifi": BOOL, "cellular": BOOL},
        "os": {"name": P("iOS", "Android"), "version": P("17.5", "14")},
        "screen": {"width": P(390, 412), "height": P(844, 915)},
        "timezone": P("Europe/London", "Europe/Amsterdam", "America/Winnipeg"),
        "userAgent": P("Dart/3.3 (dart:io)", "Dart/3.4 (dart:io)"),
        "traits": {"anonymousId": UUID},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_context(f, lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": C(name), "version": P(*versions)}}
    if lib in ("node", "php", "ruby"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib == "python":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if lib in ("java", "go"):
        ctx["groupId"] = G(lambda f: "club_" + f.digits(4))
    if lib == "dotnet":
        ctx["active"] = C(False)
    return ctx


WEB, MOBILE = ["web"], ["swift", "kotlin", "rn", "flutter"]
APP = ["swift", "kotlin", "flutter"]
COACH = ["rn", "flutter"]
SERVER = list(SERVER_LIBS)


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


# -- events -----------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f"TS-{f.r.randint(1000, 9999)}-{f.pick(['YS', 'YM', 'YL', 'AS', 'AM'])}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "category": G(lambda f: f.pick(PRODUCTS)[1]),
        "brand": P("Adidas", "Bauer", "Speedo", "Hummel", "TeamSheet"),
        "variant": P("Youth S", "Youth M", "Adult L", "Navy", "Orange"),
        "price": MONEY,
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://shop.teamsheet.app/p/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.teamsheet.app/img/{f.hexid(10)}.webp"),
    }


def person_address(kind="address|street"):
    return {
        "line1": Y(lambda f: f.street(), kind),
        "line2": Y(lambda f: f.pick(["Apt 1203", "Unit 4", "Flat 2", "Suite 210", "2 hoog"]), kind),
        "city": CITY,
        "state": G(lambda f: f.pick(PROVINCES[f.cc()])),
        "postal_code": ZIP,
        "country": P("CA", "GB", "NL"),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- accounts -----------------------------------------------------------------------------
    (
        "identify",
        None,
        WEB + APP,
        {
            "email": EMAIL,
            "firstName": FIRSTN,
            "lastName": LASTN,
            "phone": PHONE,
            "address": {
                "street": STREET,
                "city": CITY,
                "postalCode": ZIP,
                "state": G(lambda f: f.pick(PROVINCES[f.cc()])),
                "country": P("Canada", "UK", "Netherlands"),
            },
            "createdAt": TS,
            "role": P("parent", "coach", "volunteer", "club_admin"),
            "preferredLanguage": P("en", "fr", "nl"),
            "emailVerified": BOOL,
            "smsOptIn": BOOL,
            "childrenCount": P(1, 2, 3, 4),
            "memberNumber": G(lambda f: "TS-" + f.digits(7)),
            "plan": P("family_pass", "free", "club_pro"),
        },
    ),
    (
        "identify",
        None,
        ["python", "node"],
        {  # warehouse reverse-ETL sync
            "PLAYER_ID": PLAYER_ID,
            "FIRST_NAME": FIRSTN,
            "LAST_NAME": LASTN,
            "DATE_OF_BIRTH": DOB_CHILD,
            "GUARDIAN_EMAIL": EMAIL,
            "POSTAL_CODE": ZIP,
            "PROVINCE": G(lambda f: f.pick(PROVINCES["CA"])),
            "SEASONS_PLAYED": G(lambda f: f.r.randint(0, 9)),
            "LIFETIME_FEES_PAID": G(lambda f: f.money(0, 4000)),
            "LAST_REGISTERED_AT": TS,
            "AGE_GROUP": AGE_GROUP,
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {  # coach profile from the HR/payroll service
            "CoachId": G(lambda f: f.digits(6)),
            "GivenName": FIRSTN,
            "FamilyName": LASTN,
            "EmailAddress": EMAIL,
            "MobilePhone": PHONE,
            "DateOfBirth": DOB_ADULT,
            "CertificationLevel": P(
                "NCCP Community Coach", "UEFA C", "Level 2 Swimming Coach", "KNVB Pupillentrainer"
            ),
            "NccpNumber": G(lambda f: f.digits(10)),
            "HourlyRate": Y(lambda f: f.pick([15.5, 18.0, 22.75, 25.0, 31.0]), "salary"),
            "Employer": P("Toronto District School Board", "NHS Leeds", "Self-employed", "Gemeente Utrecht"),
            "JobTitle": P("Teacher", "Nurse", "Software Developer", "Firefighter"),
            "VulnerableSectorCheckStatus": P("Cleared", "Pending", "Expired"),
            "SocialInsuranceNumber": RED(lambda f: f.sin(), "national id|social security number"),
        },
    ),
    (
        "identify",
        None,
        ["python", "go"],
        {  # Dutch club backend
            "lidnummer": G(lambda f: f.digits(8)),
            "relatiecode": G(
                lambda f: f.alnum(4, "BCDFGHJKLMNPQRSTVWXZ") + f.digits(2) + f.alnum(1, "ABCDEFGH")
            ),
            "voornaam": FIRSTN,
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van der", "van den", "ter", "el"]), "name"),
            "achternaam": Y(
                lambda f: f.pick(["Vries", "Berg", "Dijk", "Jansen", "Amrani", "Bakker", "Meer"]), "name"
            ),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(2008, 2019)}",
                "birthdate",
            ),
            "geslacht": Y(lambda f: f.pick(["M", "V", "X"]), "gender"),
            "straatnaam": Y(lambda f: f.pick(STREETS["NL"]), "street|address"),
            "huisnummer": Y(
                lambda f: f.pick(
                    [str(f.r.randint(1, 240)), f"{f.r.randint(1, 90)}-II", f"{f.r.randint(1, 90)}A"]
                ),
                "address|street",
            ),
            "postcode": Y(lambda f: f.postcode("NL"), "zipcode"),
            "woonplaats": Y(lambda f: f.city("NL"), "city"),
            "telefoonnummer": Y(lambda f: f.phone("NL"), "phone"),
            "emailadres": Y(lambda f: f.email("NL"), "email"),
            "lid_sinds": DAY,
            "teamcode": P("JO11-2", "MO13-1", "JO9-4", "JO15-1"),
        },
    ),
    (
        "track",
        "Signed Up",
        WEB + MOBILE,
        {
            "method": P("email", "google", "apple", "facebook"),
            "role": P("parent", "coach", "volunteer", "club_admin"),
            "email": EMAIL,
            "referral_code": G(lambda f: f.alnum(6, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")),
            "marketing_opt_in": BOOL,
        },
    ),
    (
        "track",
        "Signed In",
        WEB + MOBILE,
        {
            "method": P("email", "google", "apple", "magic_link"),
            "remember_me": BOOL,
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "mfa_used": BOOL,
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node", "ruby"],
        {
            "email": EMAIL,
            "reset_token": RED(lambda f: f.alnum(40), "token"),
            "expires_at": TS,
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python", "go"],
        {
            "to": TO_PHONE,
            "channel": P("sms", "whatsapp", "call"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verify_sid": G(lambda f: "VE" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": EMAIL,
            "login_token": RED(lambda f: f.alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), "token"),
        },
    ),
    ("alias", None, WEB + MOBILE, {}),
    # -- registration -------------------------------------------------------------------------
    (
        "track",
        "Player Added",
        WEB + APP,
        {
            "player": {
                "first_name": FIRSTN,
                "last_name": LASTN,
                "preferred_name": Y(
                    lambda f: f.pick(["Danny", "Liv", "Bea", "Sam", "Jojo", "Max", "Mo", "Izzy"]), "name"
                ),
                "date_of_birth": DOB_CHILD,
                "birth_year": G(lambda f: f.r.randint(2008, 2019)),
                "gender": Y(
                    lambda f: f.pick(["male", "female", "non-binary", "prefer_not_to_say"]), "gender"
                ),
                "grade": P("JK", "3", "5", "Year 6", "groep 7"),
                "shirt_size": P("YS", "YM", "YL", "AS"),
                "previous_club": CLUB,
                "position": P("forward", "defence", "goalie", "midfield", "any"),
            },
            "relationship_to_player": P("mother", "father", "guardian", "grandparent", "self"),
            "players_in_household": P(1, 2, 3),
        },
    ),
    (
        "track",
        "Guardian Added",
        WEB + APP,
        {
            "player_id": PLAYER_ID,
            "guardian": {
                "full_name": NAME,
                "email": EMAIL,
                "mobile": PHONE,
                "relationship": P("mother", "father", "step-parent", "foster carer", "aunt"),
                "is_primary": BOOL,
                "can_pickup": BOOL,
            },
            "guardian_count": P(1, 2, 3),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        WEB,
        {  # kebab-case form builder
            "player-id": PLAYER_ID,
            "emergency-contact-name": NAME,
            "emergency-contact-phone": PHONE,
            "emergency-contact-relationship": P("grandmother", "uncle", "neighbour", "family friend"),
            "contact-priority": P(1, 2),
            "form-step": P("3-of-6", "4-of-6"),
        },
    ),
    (
        "track",
        "Medical Form Submitted",
        WEB + APP,
        {
            "player_id": PLAYER_ID,
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "medications": Many(Y(lambda f: f.pick(MEDICATIONS), "medication"), 2),
            "medical_conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 2),
            "carries_epipen": Y(lambda f: f.pick([True, False]), "allergy|medication"),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "health_card_number": RED(lambda f: f.ohip(), "health id"),
            "health_card_province": P("ON", "BC", "AB", "QC"),
            "physician_name": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "physician_phone": P("(416) 555-0142", "(604) 555-0188", "(403) 555-0123"),
            "clinic_name": P("Bayview Family Health Team", "Kitsilano Pediatrics", "Crowfoot Medical Clinic"),
            "signed_by": NAME,
            "signed_at": TS,
            "consent_to_treat": C(True),
        },
    ),
    (
        "track",
        "Health Questionnaire Completed",
        ["ruby", "java"],
        {
            "player_id": PLAYER_ID,
            "nhs_number": RED(lambda f: f.nhs(), "health id"),
            "gp_surgery": P("Hyde Park Surgery", "Whitehall Medical Practice", "Bridge Street Health Centre"),
            "gp_surgery_phone": P("0113 496 0000", "0161 496 0123", "0117 496 0456"),
            "dietary_requirements": Many(
                Y(
                    lambda f: f.pick(["halal", "kosher", "nut free", "coeliac (gluten free)", "vegetarian"]),
                    "allergy|religion",
                ),
                2,
            ),
            "additional_needs": RED(
                lambda f: f.pick(["autism", "ADHD", "hearing impairment", "dyspraxia", "visual impairment"]),
                "disability",
            ),
            "requires_one_to_one_support": RED(lambda f: f.pick([True, False]), "disability"),
            "questionnaire_version": P("v3", "v4"),
            "completed_by_role": P("parent", "guardian", "player_16_plus"),
        },
    ),
    (
        "track",
        "Concussion Reported",
        COACH,
        {
            "incident_id": UUID,
            "player_id": PLAYER_ID,
            "occurred_at": TS,
            "activity": P("game", "practice", "tryout"),
            "mechanism": P("body check", "fall", "ball to head", "collision with goalpost"),
            "symptoms": Many(Y(lambda f: f.pick(SYMPTOMS), "condition"), 3),
            "lost_consciousness": Y(lambda f: f.pick([True, False]), "condition"),
            "removed_from_play": C(True),
            "reported_by_role": P("head_coach", "trainer", "referee"),
            "note": Y(concussion_note, "condition", True),
        },
    ),
    (
        "track",
        "Return To Play Cleared",
        ["java", "node"],
        {
            "player_id": PLAYER_ID,
            "cleared_by": Y(lambda f: "Dr. " + f.full_name(), "name"),
            "clearance_date": DAY,
            "protocol_stage": P(5, 6),
            "diagnosis": Y(
                lambda f: f.pick(["concussion", "mild traumatic brain injury", "post-concussion syndrome"]),
                "diagnosis",
            ),
            "days_out": G(lambda f: f.r.randint(7, 60)),
        },
    ),
    (
        "track",
        "Photo Consent Updated",
        WEB + APP,
        {
            "player_id": PLAYER_ID,
            "photo_consent": BOOL,
            "video_consent": BOOL,
            "social_media_consent": BOOL,
            "consent_given_by": NAME,
            "consent_method": P("checkbox", "e-signature", "paper_form"),
            "consent_text_version": P("2023-09", "2025-01"),
        },
    ),
    (
        "track",
        "Equality Monitoring Submitted",
        ["java"],
        {
            "survey_id": UUID,
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White British",
                        "Black Caribbean",
                        "Pakistani",
                        "Mixed - White and Asian",
                        "Chinese",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity",
            ),
            "disability": RED(
                lambda f: f.pick(["Yes - limits a little", "Yes - limits a lot", "No"]), "disability"
            ),
            "sexual_orientation": Y(
                lambda f: f.pick(["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "religion_or_belief": Y(
                lambda f: f.pick(["No religion", "Christian", "Muslim", "Sikh", "Hindu", "Jewish"]),
                "religion",
            ),
            "gender_identity": Y(
                lambda f: f.pick(["Woman", "Man", "Non-binary", "Prefer to self-describe"]), "gender"
            ),
            "age_band": P("16-24", "25-34", "35-44", "45-54", "55+"),
        },
    ),
    (
        "track",
        "Registration Completed",
        ["node", "php"],
        {
            "registration_id": G(lambda f: "reg_" + f.hexid(14)),
            "program_id": G(lambda f: "prg_" + f.digits(5)),
            "player_id": PLAYER_ID,
            "player_age": G(lambda f: f.r.randint(5, 17)),
            "total": MONEY,
            "currency": CUR,
            "payment_plan": P("pay_in_full", "3_installments", "monthly"),
            "installments": P(1, 3, 10),
            "financial_assistance_requested": BOOL,
            "household_income_band": Y(
                lambda f: f.pick(["<30k", "30-50k", "50-75k", "75-100k", "100k+"]), "salary"
            ),
            "self_identifies_as_indigenous": Y(lambda f: f.pick([True, False]), "ethnicity|race"),
            "newcomer_to_canada": Y(lambda f: f.pick([True, False]), "citizenship"),
        },
    ),
    (
        "track",
        "Birth Certificate Uploaded",
        WEB + APP,
        {
            "player_id": PLAYER_ID,
            "document_type": P("birth_certificate", "passport", "citizenship_card", "geboorteakte"),
            "file_name": Y(upload_name, "name", True),
            "size_bytes": G(lambda f: f.r.randint(80_000, 6_000_000)),
            "mime_type": P("application/pdf", "image/jpeg", "image/heic", "image/png"),
            "sha256": G(lambda f: f.hexid(64)),
            "document_id": UUID,
            "verified": BOOL,
        },
    ),
    (
        "track",
        "Tournament Traveller Added",
        ["python", "ruby"],
        {
            "tournament_id": G(lambda f: "trn_" + f.digits(4)),
            "tournament_name": P(
                "Dana Cup 2025", "Gothia Cup 2025", "Brantford Silver Stick", "Eindhoven Jeugdtoernooi"
            ),
            "traveller_name": NAME,
            "passport_number": RED(
                lambda f: f.pick(
                    [
                        f.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(7),
                        f.digits(9),
                        f.alnum(2, "NPRSTUVWX")
                        + f.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
                        + f.digits(1),
                    ]
                ),
                "passport",
            ),
            "passport_expiry": DAY,
            "issuing_country": P("CA", "GB", "NL", "IN", "NG"),
            "nationality": Y(
                lambda f: f.pick(["Canadian", "British", "Dutch", "Indian", "Nigerian", "Polish"]),
                "citizenship",
            ),
            "date_of_birth": DOB_CHILD,
            "role": P("player", "coach", "chaperone"),
        },
    ),
    # -- coaches and safeguarding -------------------------------------------------------------
    (
        "track",
        "BackgroundCheckSubmitted",
        ["dotnet"],
        {
            "ApplicantId": G(lambda f: f.digits(7)),
            "CheckType": P("Enhanced DBS (Child Workforce)", "Vulnerable Sector Check"),
            "Provider": P("uCheck", "Sterling Backcheck", "Justis"),
            "DbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "NationalInsuranceNumber": RED(lambda f: f.nino(), "national id"),
            "PreviousSurnames": Many(LASTN, 2),
            "CurrentAddress": Y(lambda f: f.address_line("GB"), "address"),
            "SubmittedUtc": TS,
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["go", "java"],
        {
            "applicant_id": G(lambda f: f.digits(7)),
            "check_type": P("enhanced_dbs", "vsc", "vog"),
            "disclosure_outcome": Y(
                lambda f: f.pick(
                    [
                        "no_information_disclosed",
                        "information_disclosed",
                        "clear",
                        "record_found_review_required",
                    ]
                ),
                "criminal record",
            ),
            "expires_on": DAY,
            "adjudicator": NAME,
            "days_to_complete": G(lambda f: f.r.randint(2, 40)),
        },
    ),
    (
        "track",
        "Safeguarding Training Completed",
        WEB,
        {
            "course_id": G(lambda f: "crs_" + f.digits(3)),
            "course_name": P(
                "Respect in Sport - Activity Leader",
                "Safeguarding & Protecting Children",
                "Safe Sport Training",
                "Veilig Sportklimaat - Trainer",
            ),
            "provider": P("Respect Group", "The FA", "Coaching Association of Canada", "NOC*NSF"),
            "certificate_id": G(lambda f: f.pick(["RIS-", "SPC-", "CAC-"]) + f.digits(8)),
            "completed_at": TS,
            "learner_email": EMAIL,
        },
    ),
    (
        "track",
        "Coach Application Submitted",
        WEB,
        {
            "position": P("Head Coach", "Assistant Coach", "Swim Teacher", "Goalkeeper Coach"),
            "team_id": TEAM_ID,
            "coaching_experience_years": G(lambda f: f.r.randint(0, 25)),
            "right_to_work_uk": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "expected_hourly_rate": Y(lambda f: f.pick([12.0, 15.0, 18.5, 25.0]), "salary"),
            "reference_1_name": NAME,
            "reference_1_email": EMAIL,
            "reference_1_phone": PHONE,
        },
    ),
    (
        "track",
        "vog_aangevraagd",
        ["go", "python"],
        {
            "vrijwilliger_id": G(lambda f: f.digits(6)),
            "functie": P("trainer", "leider", "scheidsrechter", "bestuurslid"),
            "aanvraag_datum": DAY,
            "vog_status": P("aangevraagd", "afgegeven", "verlopen"),
            "bsn": RED(lambda f: f.bsn(), "national id"),
            "emailadres": Y(lambda f: f.email("NL"), "email"),
        },
    ),
    # -- teams, rosters, matches --------------------------------------------------------------
    (
        "track",
        "Roster Exported",
        ["node", "python"],
        {
            "team_id": TEAM_ID,
            "players": Many(
                {
                    "player_id": PLAYER_ID,
                    "first_name": FIRSTN,
                    "last_name": LASTN,
                    "jersey_number": G(lambda f: f.r.randint(1, 99)),
                    "position": P("F", "D", "G", "MID", "FWD"),
                    "dob": DOB_CHILD,
                    "guardian_email": EMAIL,
                    "guardian_phone": PHONE,
                    "medical_alert": Y(
                        lambda f: f.pick(["asthma", "nut allergy", "type 1 diabetes", "epilepsy", "none"]),
                        "condition|allergy",
                    ),
                },
                5,
            ),
        },
    ),
    (
        "track",
        "Player Assigned To Team",
        ["java", "node"],
        {
            "player_id": PLAYER_ID,
            "team_id": TEAM_ID,
            "assigned_by_user_id": G(lambda f: "usr_" + f.digits(7)),
            "jersey_number": G(lambda f: f.r.randint(1, 99)),
            "jersey_name": Y(lambda f: f.last().upper(), "name"),
            "position": P("forward", "defence", "goalie", "midfield"),
            "captain": BOOL,
        },
    ),
    (
        "track",
        "Match Report Submitted",
        COACH,
        {
            "match_id": G(lambda f: f.digits(9)),
            "home_team": TEAM,
            "away_team": TEAM,
            "home_score": G(lambda f: f.r.randint(0, 7)),
            "away_score": G(lambda f: f.r.randint(0, 7)),
            "venue": venue(0),
            "kickoff_at": TS,
            "referee_name": NAME,
            "goals": Many(
                {
                    "minute": G(lambda f: f.r.randint(1, 90)),
                    "scorer_name": NAME,
                    "scorer_jersey": G(lambda f: f.r.randint(1, 99)),
                    "assist_name": NAME,
                },
                4,
            ),
            "cards": Many(
                {
                    "minute": G(lambda f: f.r.randint(1, 90)),
                    "player_name": NAME,
                    "colour": P("yellow", "red", "blue"),
                    "reason": P("dissent", "foul", "second yellow"),
                },
                2,
            ),
            "player_of_the_match": NAME,
        },
    ),
    (
        "track",
        "Game Sheet Submitted",
        COACH,
        {
            "game_number": G(lambda f: f.digits(6)),
            "penalties": Many(
                {
                    "period": P(1, 2, 3),
                    "time": G(lambda f: f"{f.r.randint(0, 14)}:{f.r.randint(0, 59):02d}"),
                    "player_number": G(lambda f: f.r.randint(1, 99)),
                    "infraction": P("tripping", "hooking", "high sticking", "interference"),
                    "minutes": P(2, 4, 5),
                },
                4,
            ),
            "goalie_name": NAME,
            "scorekeeper_name": NAME,
            "arena": venue(0),
        },
    ),
    (
        "track",
        "Lineup Published",
        COACH,
        {
            "match_id": G(lambda f: f.digits(9)),
            "formation": P("4-3-3", "3-2-1", "2-3-1", "4-4-2"),
            "starters": Many(
                {
                    "player_id": PLAYER_ID,
                    "display_name": NAME,
                    "position": P("GK", "CB", "CM", "ST", "LW"),
                    "shirt": G(lambda f: f.r.randint(1, 99)),
                },
                6,
            ),
            "published_to_parents": BOOL,
        },
    ),
    (
        "track",
        "Practice Scheduled",
        ["node", "ruby"],
        {
            "practice_id": G(lambda f: f.digits(8)),
            "team_id": TEAM_ID,
            "venue": {
                "name": venue(0),
                "address": venue(1),
                "city": venue(2),
                "postal_code": venue(3),
                "lat": venue(4),
                "lng": venue(5),
            },
            "starts_at": TS,
            "duration_min": P(60, 75, 90),
            "coach_name": NAME,
        },
    ),
    (
        "screen",
        "Venue Directions",
        MOBILE,
        {
            "venue_id": G(lambda f: "ven_" + f.digits(4)),
            "venue_name": venue(0),
            "latitude": venue(4),
            "longitude": venue(5),
            "provider": P("google_maps", "apple_maps", "waze"),
        },
    ),
    (
        "track",
        "Coach Message Sent",
        COACH,
        {
            "thread_id": UUID,
            "recipient_count": G(lambda f: f.r.randint(1, 25)),
            "channel": P("team_chat", "sms", "email"),
            "message": Y(coach_message, "phone", True),
        },
    ),
    (
        "track",
        "Announcement Posted",
        WEB,
        {
            "announcement_id": G(lambda f: f.digits(7)),
            "title": P("Field closures", "Picture day", "AGM notice", "Kit collection"),
            "text": P(
                "Fields 3 and 4 closed due to weather.",
                "Team photos this Saturday - wear home kit!",
                "The AGM is on 12 June at the clubhouse.",
                "Winter registration closes Friday.",
                "Pool lanes 1-3 reserved for the gala warm-up.",
            ),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        {  # Twilio-shaped
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": TO_PHONE,
            "from": P("+14165550199", "+447700900999", "+3197010250123"),
            "messaging_service_sid": P(
                "MG2f1c0a9e8d7b6c5a4f3e2d1c0b9a8f7e", "MG9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
            ),
            "body": Y(sms_body, "name", True),
            "status": P("queued", "sent", "delivered", "undelivered"),
            "num_segments": P(1, 2),
        },
    ),
    (
        "track",
        "Email Sent",
        ["node"],
        {  # SendGrid-shaped
            "recipient": Y(lambda f: f.email(), "email", True),
            "from": C("no-reply@teamsheet.app"),
            "reply_to": P(
                "registrar@leasidesoccer.ca",
                "ledenadministratie@vvzwaluwen.nl",
                "welfare@hackneywickfc.co.uk",
            ),
            "subject": P(
                "Your registration is confirmed", "Payment reminder", "Your child's schedule is ready"
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "message_id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
        },
    ),
    (
        "track",
        "Email Opened",
        ["node"],
        {  # SendGrid event webhook
            "email": EMAIL,
            "event": C("open"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.hexid(10)),
            "timestamp": G(lambda f: f.r.randint(1_710_000_000, 1_750_000_000)),
        },
    ),
    (
        "track",
        "Invite Sent",
        WEB,
        {
            "invite_id": G(lambda f: "inv_" + f.hexid(12)),
            "invitee_email": EMAIL,
            "invitee_role": P("co-parent", "assistant_coach", "team_manager"),
            "team_id": TEAM_ID,
            "inviter_name": NAME,
            "invite_token": RED(
                lambda f: f.alnum(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"),
                "token",
            ),
            "expires_at": TS,
        },
    ),
    # -- shop ---------------------------------------------------------------------------------
    (
        "track",
        "Product Added",
        WEB + APP,
        {
            "cart_id": UUID,
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
            "personalization": {
                "text": Y(lambda f: f.last().upper(), "name", True),
                "number": G(lambda f: str(f.r.randint(1, 99))),
            },
        },
    ),
    (
        "track",
        "Cart Viewed",
        WEB + APP,
        {
            "cart_id": UUID,
            "products": Many(
                {k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")}, 3
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        WEB + APP,
        {
            "checkout_id": UUID,
            "payment_method": P("card", "apple_pay", "ideal", "paypal"),
            "card_brand": P("visa", "mastercard", "amex", "interac"),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": P("424242", "545454", "450644", "520082"),
            "billing_postal_code": ZIP,
            "cardholder_name": NAME,
            "save_card": BOOL,
        },
    ),
    (
        "track",
        "Order Completed",
        WEB + APP,
        {
            "order_id": G(lambda f: "TS" + f.digits(8)),
            "checkout_id": UUID,
            "total": MONEY,
            "subtotal": MONEY,
            "currency": CUR,
            "coupon": P("", "KIT10", "SIBLING15"),
            "products": Many(
                {
                    **product(),
                    "jersey_name": Y(lambda f: f.last().upper(), "name"),
                    "jersey_number": G(lambda f: f.r.randint(1, 99)),
                },
                3,
            ),
            "shipping_address": {"name": NAME, **person_address("address|street")},
        },
    ),
    # -- fees and payments --------------------------------------------------------------------
    (
        "track",
        "Payment Method Attached",
        ["node", "python"],
        {  # Stripe payment_method.attached
            "payment_method": {
                "id": RED(lambda f: f.pm(), "token"),
                "type": P("card", "sepa_debit"),
                "card": {
                    "brand": P("visa", "mastercard", "amex"),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": P("CA", "GB", "NL", "US"),
                },
                "billing_details": {
                    "name": NAME,
                    "email": EMAIL,
                    "phone": PHONE,
                    "address": person_address("address|street"),
                },
                "customer": G(lambda f: "cus_" + f.alnum(14)),
            },
        },
    ),
    (
        "track",
        "Mandate Created",
        ["python", "ruby"],
        {  # GoCardless-shaped, SEPA and Bacs
            "mandate_id": G(lambda f: "MD" + f.alnum(12, "ABCDEFGHJKMNPQRSTVWXYZ0123456789")),
            "scheme": P("sepa_core", "bacs"),
            "account_holder_name": NAME,
            "iban": RED(lambda f: f.pick([f.iban_nl(), f.iban_gb()]), "bank account"),
            "bic": P("RABONL2U", "INGBNL2A", "ABNANL2A", "NWBKGB2L"),
            "sort_code": G(lambda f: f.sort_code()),
            "mandate_reference": G(lambda f: "TEAMSHEET-" + f.alnum(6, "ABCDEFGHJKMNPQRSTVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Bacs Debit Set Up",
        ["php"],
        {
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder_name": NAME,
            "first_collection_date": DAY,
            "amount": MONEY,
        },
    ),
    (
        "track",
        "incasso_machtiging_afgegeven",
        ["php"],
        {
            "lidnummer": G(lambda f: f.digits(8)),
            "rekeninghouder": NAME,
            "iban": RED(lambda f: f.pick([f.iban_nl(), f.iban_gb()]), "bank account"),
            "machtigingskenmerk": G(lambda f: "MACHT" + f.digits(7)),
            "incassant_id": C("NL98ZZZ999999990000"),
            "contributie": MONEY,
            "termijnen": P(1, 4, 10),
            "ingangsdatum": DAY,
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node", "go"],
        {
            "payment_intent_id": G(lambda f: "pi_3" + f.alnum(23)),
            "amount": MONEY,
            "currency": CUR,
            "invoice_number": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "registration_id": G(lambda f: "reg_" + f.hexid(14)),
            "receipt_email": EMAIL,
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_brand": P("visa", "mastercard", "amex", "interac"),
        },
    ),
    (
        "track",
        "PaymentFailed",
        ["dotnet"],
        {
            "InvoiceId": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(5)}"),
            "AmountDue": MONEY,
            "Currency": CUR,
            "FailureCode": P("card_declined", "insufficient_funds", "expired_card"),
            "FailureMessage": P(
                "Your card was declined.", "Your card has insufficient funds.", "Your card has expired."
            ),
            "NextRetryUtc": TS,
            "CustomerEmail": EMAIL,
            "MaskedPan": G(
                lambda f: f.pick(["**** **** **** ", "************", "•••• "]) + f"{f.r.randint(0, 9999):04d}"
            ),
            "PaymentMethodToken": RED(lambda f: f.pm(), "token"),
        },
    ),
    (
        "track",
        "Form Submitted",
        WEB,
        {  # autotracked legacy PHP registration form
            "form_id": P("reg-form", "winter-reg"),
            "fields": {
                "first_name": FIRSTN,
                "last_name": LASTN,
                "email": EMAIL,
                "phone": PHONE,
                "postcode": ZIP,
                "cc_number": RED(lambda f: f.card(), "credit card"),
                "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "cc_cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
                "user_pass": RED(
                    lambda f: f.pick(["Leafs2024!", "sunshine12", "Hockey#Mom7", "Voetbal123", f.alnum(12)]),
                    "password",
                ),
            },
        },
    ),
    (
        "track",
        "Financial Assistance Applied",
        WEB,
        {
            "application_id": G(lambda f: f.digits(7)),
            "program": P("Jumpstart", "KidSport", "club bursary", "Jeugdfonds Sport"),
            "household_size": G(lambda f: f.r.randint(2, 8)),
            "household_income": Y(lambda f: f.r.randint(18000, 65000), "salary"),
            "amount_requested": MONEY,
        },
    ),
    # -- volunteers ---------------------------------------------------------------------------
    (
        "track",
        "Volunteer Shift Signed Up",
        WEB + APP,
        {
            "shift_id": G(lambda f: f.digits(6)),
            "role": P("concession stand", "timekeeper", "linesperson", "bardienst", "gala timer"),
            "event_name": P("Spring Jamboree", "Home Gala", "Silver Stick weekend", "Jeugddag"),
            "starts_at": TS,
            "volunteer_name": NAME,
            "volunteer_phone": PHONE,
        },
    ),
    (
        "track",
        "Carpool Driver Registered",
        APP,
        {
            "driver_name": NAME,
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": P("Honda", "Toyota", "Volkswagen", "Kia", "Ford"),
            "seats_available": P(1, 2, 3, 4, 5),
            "drivers_licence_number": Y(
                lambda f: f.pick(
                    [
                        f.alnum(1, "ABCDEFGHJKLMNPRSTW")
                        + f.digits(4)
                        + "-"
                        + f.digits(5)
                        + "-"
                        + f.digits(5),
                        f.last().upper().translate(ASCII)[:5].ljust(5, "9")
                        + f.digits(6)
                        + f.alnum(2, "ABCDEFGHJK")
                        + "9"
                        + f.alnum(2, "ABCDEFGHJK"),
                        f.digits(10),
                    ]
                ),
                "license",
            ),
            "licence_region": P("ON", "BC", "GB", "NL"),
            "insurance_policy_number": Y(
                lambda f: f.pick(["POL", "AV", "CAA-"]) + f.digits(9), "identification"
            ),
            "home_postal_code": ZIP,
        },
    ),
    (
        "track",
        "Carpool Ride Requested",
        APP,
        {
            "ride_id": UUID,
            "pickup_address": Y(lambda f: f.address_line(), "address"),
            "pickup_lat": Y(lambda f: f.loc[0], "geolocation"),
            "pickup_lng": Y(lambda f: f.loc[1], "geolocation"),
            "seats_needed": P(1, 2, 3),
            "child_names": Many(FIRSTN, 3),
            "destination_venue": venue(0),
        },
    ),
    (
        "track",
        "Referee Assigned",
        ["go"],
        {
            "game_id": G(lambda f: f.digits(8)),
            "referee_id": G(lambda f: f.digits(6)),
            "referee_name": NAME,
            "referee_grade": P("Level 7", "Level 5", "Grade 3", "Pupillenscheidsrechter"),
            "referee_email": EMAIL,
            "match_fee": P(25.0, 35.0, 45.0),
            "assignor_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Referee Paid",
        ["go", "java"],
        {
            "referee_id": G(lambda f: f.digits(6)),
            "amount": MONEY,
            "pay_rate_per_game": Y(lambda f: f.pick([25.0, 35.0, 42.0, 55.0]), "salary"),
            "payout_iban": RED(lambda f: f.pick([f.iban_nl(), f.iban_gb()]), "bank account"),
            "sin": RED(lambda f: f.sin(), "national id|social security number"),
        },
    ),
    # -- analytics, search, support -------------------------------------------------------------
    (
        "page",
        "Programs",
        WEB,
        {
            "path": P("/programs", "/programs/soccer", "/programs/swim"),
            "referrer": P("", "https://www.google.com/"),
            "search": P("", "?sport=hockey", "?age=U11"),
            "title": P("Programs - TeamSheet", "Soccer programs - TeamSheet"),
            "url": P("https://app.teamsheet.app/programs", "https://app.teamsheet.app/programs/soccer"),
        },
    ),
    (
        "track",
        "Players Searched",
        WEB,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f.first() + " " + f.last()[0]]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "age_group": AGE_GROUP,
                "team_id": TEAM_ID,
                "status": P("active", "waitlisted", "all"),
            },
            "search_scope": P("club", "team"),
        },
    ),
    (
        "track",
        "Help Widget Message Sent",
        WEB,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "step": C("ask_registration_email"),
            "input": Y(lambda f: f.email(), "email", True),
        },
    ),
    (
        "track",
        "Player Card Opened",
        ["rn"],
        {
            "player_id": PLAYER_ID,
            "label": Y(lambda f: f"#{f.r.randint(1, 99)} {f.full_name()}", "name", True),
            "source_screen": P("roster", "lineup", "attendance"),
        },
    ),
    (
        "track",
        "Form Response Received",
        ["node"],
        {  # Typeform webhook
            "event_id": G(lambda f: f.alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")),
            "event_type": C("form_response"),
            "form_response": {
                "form_id": P("lT4Z3j", "Pb7XkQ"),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": TS,
                "hidden": {"player_id": PLAYER_ID, "utm_source": P("email", "club_site")},
                "answers": Seq(
                    {
                        "field": {"id": C("hE2Xkl"), "type": C("short_text"), "ref": C("child_name")},
                        "type": C("text"),
                        "text": Y(lambda f: f.full_name(), "name", True),
                    },
                    {
                        "field": {"id": C("k9LqPw"), "type": C("email"), "ref": C("parent_email")},
                        "type": C("email"),
                        "email": EMAIL,
                    },
                    {
                        "field": {"id": C("Zm3Rt7"), "type": C("phone_number"), "ref": C("parent_phone")},
                        "type": C("phone_number"),
                        "phone_number": PHONE,
                    },
                    {
                        "field": {"id": C("Qw8Yh1"), "type": C("date"), "ref": C("child_dob")},
                        "type": C("date"),
                        "date": Y(lambda f: f.dob_child(), "birthdate", True),
                    },
                    {
                        "field": {"id": C("Tn5Gv2"), "type": C("multiple_choice"), "ref": C("age_group")},
                        "type": C("choice"),
                        "choice": {"label": AGE_GROUP},
                    },
                    {
                        "field": {"id": C("Bb4Dd0"), "type": C("yes_no"), "ref": C("photo_ok")},
                        "type": C("boolean"),
                        "boolean": BOOL,
                    },
                ),
            },
        },
    ),
    (
        "track",
        "Lead Captured",
        WEB,
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(
                lambda f: f"fb.1.{f.r.randint(1_710_000_000_000, 1_750_000_000_000)}.{f.digits(10)}",
                "advertising id",
            ),
            "fbc": Y(
                lambda f: f"fb.1.{f.r.randint(1_710_000_000_000, 1_750_000_000_000)}.IwAR{f.alnum(50)}",
                "advertising id",
            ),
            "email": EMAIL,
            "child_age": G(lambda f: f.r.randint(4, 16)),
            "interested_sport": SPORT,
        },
    ),
    (
        "group",
        None,
        [*WEB, "node", "python"],
        {
            "name": CLUB,
            "plan": P("club_pro", "league", "starter"),
            "website": P(
                "https://leasidesoccer.ca", "https://www.vvzwaluwen.nl", "https://kelvinharriers.org.uk"
            ),
            "createdAt": TS,
            "sport": SPORT,
            "league": P("Ontario Soccer", "GTHL", "KNVB", "Swim England", "Hockey Canada"),
            "office_phone": P("(416) 555-0170", "+31 30 555 0123", "0141 496 0880"),
            "office_email": P(
                "info@leasidesoccer.ca", "secretariaat@vvzwaluwen.nl", "hello@kelvinharriers.org.uk"
            ),
            "charity_number": P("1183421", "SC045221", "85402 1234 RR0001"),
            "clubhouse": {"street": venue(1), "city": venue(2), "postcode": venue(3)},
            "primary_contact": {"name": NAME, "email": EMAIL, "phone": PHONE},
        },
    ),
    (
        "track",
        "Waitlist Joined",
        WEB,
        {
            "program_id": G(lambda f: "prg_" + f.digits(5)),
            "position": G(lambda f: f.r.randint(1, 60)),
            "parent_email": EMAIL,
            "child_first_name": FIRSTN,
            "child_birth_year": G(lambda f: f.r.randint(2008, 2019)),
        },
    ),
    (
        "track",
        "Tryout Evaluation Submitted",
        COACH,
        {
            "evaluation_id": UUID,
            "player_id": PLAYER_ID,
            "evaluator_id": G(lambda f: "usr_" + f.digits(7)),
            "skating": G(lambda f: f.r.randint(1, 5)),
            "overall": G(lambda f: round(f.r.uniform(1, 5), 1)),
            "recommended_tier": P("AA", "A", "BB", "House"),
            "evaluator_notes": Y(eval_notes, "name", True),
        },
    ),
    (
        "track",
        "Meet Entry Submitted",
        ["java"],
        {
            "meetId": G(lambda f: f.digits(5)),
            "swimmerId": G(lambda f: f.digits(7)),
            "swimmerName": NAME,
            "dateOfBirth": DOB_CHILD,
            "events": Many(
                {
                    "eventCode": P("50FR", "100BK", "200IM", "50BR"),
                    "seedTime": G(
                        lambda f: f"{f.r.randint(0, 2)}:{f.r.randint(10, 59)}.{f.r.randint(0, 99):02d}"
                    ),
                    "stroke": P("freestyle", "backstroke", "IM", "breaststroke"),
                },
                4,
            ),
            "club": CLUB,
            "ageOnMeetDay": G(lambda f: f.r.randint(8, 17)),
        },
    ),
    (
        "track",
        "Player Transfer Requested",
        ["ruby"],
        {
            "player_fan": G(lambda f: f.digits(9)),
            "from_club": CLUB,
            "to_club": CLUB,
            "reason": P("moved house", "playing time", "friends at new club", "closer to school"),
            "parent_consent": BOOL,
            "player_full_name": NAME,
            "dob": DOB_CHILD,
        },
    ),
    (
        "track",
        "First Aid Incident Recorded",
        ["flutter"],
        {
            "incident_id": UUID,
            "body_part": Y(
                lambda f: f.pick(["left ankle", "right knee", "wrist", "nose", "collarbone"]), "condition"
            ),
            "treatment_given": Y(
                lambda f: f.pick(["ice pack", "bandage", "inhaler administered", "sling", "wound cleaned"]),
                "procedure",
            ),
            "parent_notified": BOOL,
            "first_aider_name": NAME,
            "recorded_at": TS,
        },
    ),
    (
        "track",
        "wedstrijdformulier_ingevuld",
        ["php", "python"],
        {  # digital match form
            "wedstrijdcode": G(lambda f: f.digits(6)),
            "thuisteam": TEAM,
            "uitteam": TEAM,
            "uitslag": G(lambda f: f"{f.r.randint(0, 8)}-{f.r.randint(0, 8)}"),
            "scheidsrechter": NAME,
            "doelpunten": Many(
                {
                    "minuut": G(lambda f: f.r.randint(1, 70)),
                    "speler": NAME,
                    "rugnummer": G(lambda f: f.r.randint(1, 99)),
                },
                4,
            ),
            "kaarten": Many(
                {"minuut": G(lambda f: f.r.randint(1, 70)), "speler": NAME, "kleur": P("geel", "rood")}, 2
            ),
            "bijzonderheden": P(
                "",
                "Wedstrijd 10 min later begonnen",
                "Veld 2 afgekeurd, uitgeweken naar veld 4",
                "Geen bijzonderheden",
            ),
        },
    ),
    (
        "track",
        "lid_aangemeld",
        ["python"],
        {
            "lidnummer": G(lambda f: f.digits(8)),
            "voornaam": FIRSTN,
            "achternaam": Y(
                lambda f: f.pick(["Vries", "Berg", "Dijk", "Jansen", "Amrani", "Bakker", "Meer"]), "name"
            ),
            "geboortedatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(2008, 2019)}",
                "birthdate",
            ),
            "emailadres": Y(lambda f: f.email("NL"), "email"),
            "telefoonnummer": Y(lambda f: f.phone("NL"), "phone"),
            "postcode": Y(lambda f: f.postcode("NL"), "zipcode"),
            "huisnummer": Y(
                lambda f: f.pick(
                    [str(f.r.randint(1, 240)), f"{f.r.randint(1, 90)}-II", f"{f.r.randint(1, 90)}A"]
                ),
                "address|street",
            ),
            "ouder_verzorger": {
                "naam": NAME,
                "email": Y(lambda f: f.email("NL"), "email"),
                "telefoon": Y(lambda f: f.phone("NL"), "phone"),
                "relatie": P("moeder", "vader", "voogd"),
            },
            "toestemming_foto": BOOL,
            "pasfoto_url": Y(lambda f: f"https://media.teamsheet.app/pasfoto/{f.uuid()}.jpg", "photo"),
            "team": TEAM,
            "contributie_bedrag": MONEY,
        },
    ),
    (
        "track",
        "medische_gegevens_bijgewerkt",
        ["python"],
        {
            "lidnummer": G(lambda f: f.digits(8)),
            "zorgverzekeraar": P("Zilveren Kruis", "CZ", "VGZ", "Menzis"),
            "polisnummer": Y(lambda f: f.digits(9), "identification"),
            "medische_bijzonderheden": Y(
                lambda f: f.pick(
                    [
                        "astma, pufje mee naar training",
                        "diabetes type 1",
                        "epilepsie",
                        "allergisch voor pinda's",
                    ]
                ),
                "condition",
            ),
            "huisarts": Y(
                lambda f: "dr. " + f.pick(["de Boer", "Mulder", "Bos", "Hendriks", "Çelik"]), "name"
            ),
            "huisarts_telefoon": P("030-2345678", "020-6123456", "040-2123456"),
        },
    ),
    (
        "track",
        "Profile Photo Uploaded",
        APP,
        {
            "player_id": PLAYER_ID,
            "photo_url": Y(
                lambda f: f"https://media.teamsheet.app/players/{f.hexid(16)}/headshot.jpg", "photo"
            ),
            "width": P(512, 1024),
            "height": P(512, 1024),
            "cropped": BOOL,
        },
    ),
    (
        "track",
        "Data Export Requested",
        ["ruby", "node"],
        {
            "request_id": UUID,
            "requested_by_email": EMAIL,
            "include_children": BOOL,
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {  # Zendesk-shaped
            "ticket": {
                "id": G(lambda f: f.r.randint(10_000, 99_999)),
                "subject": P(
                    "Duplicate registration", "Can't add child", "Wrong schedule", "Receipt request"
                ),
                "description": Y(ticket_description, "name", True),
                "requester": {"name": NAME, "email": EMAIL},
                "priority": P("low", "normal", "high"),
                "tags": Many(P("billing", "registration", "schedule", "refund"), 3),
                "via": {"channel": P("web", "email", "mobile")},
            },
        },
    ),
    (
        "track",
        "TeamFeeInvoiced",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: f"TF-{f.digits(6)}"),
            "TeamId": G(lambda f: f.digits(5)),
            "LineItems": Many(
                {
                    "Description": P("Ice time (10 x 1h)", "Referee fees", "Tournament entry", "Kit"),
                    "Amount": MONEY,
                    "Quantity": P(1, 2, 10),
                },
                3,
            ),
            "BillToName": NAME,
            "BillToEmail": EMAIL,
            "BillToAddress": Y(lambda f: f.address_line(), "address"),
            "DueDate": DAY,
            "Total": MONEY,
        },
    ),
    (
        "screen",
        "Player Profile",
        MOBILE,
        {"player_id": PLAYER_ID, "tab": P("overview", "medical", "stats", "payments")},
    ),
]


def build(seed: int, repeats: int):
    f = Club(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            f.venue = f.r.randrange(len(VENUES))
            f.country = f.pick(["CA", "GB", "NL"])
            home = f.pick(HOMES)
            f.loc = (
                round(home[0] + f.r.uniform(-0.08, 0.08), 6),
                round(home[1] + f.r.uniform(-0.12, 0.12), 6),
            )
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "club_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=174, repeats=20)
    write(Path(__file__).parent, "holdout174_", events, labels)
