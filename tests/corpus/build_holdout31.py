"""Writes holdout 31: tests/corpus/holdout31_events.jsonl and holdout31_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py were read, for the format), and
never scored by its author.

Domain: nonprofits and events, in the US, the UK and Canada (English and Canadian French).
- Kindling, a donation platform: donor profiles, one-off and recurring gifts (card, ACH, UK Direct
  Debit), tribute gifts in memory or in honour of someone with e-card / letter notifications,
  Gift Aid declarations (UK, from a .NET service in PascalCase), tax receipts (US, and CRA receipts
  sent in French by the Québec office), donor-advised-fund grants, employer matching (a Double the
  Donation shaped payload), Stripe webhook objects forwarded as events, peer-to-peer fundraising
  pages, legacy (bequest) pledges, animal sponsorships, a warehouse reverse-ETL sync in
  SCREAMING_SNAKE keys, staff tools (donor search, integrations).
- HandsOn, volunteering: profiles, sign-ups with family members, Checkr-shaped background checks
  (US) and DBS checks (UK), guardian consent for minors, emergency contacts, health forms,
  shift check-ins with GPS, hours logged, mileage claims, a voluntary demographics survey, SMS
  reminders (Twilio shaped), a coordinators' roster tool in kebab-case, a Québec sign-up form in
  French.
- Tixo, event ticketing: Segment e-commerce spec events for tickets and merchandise, buyers and
  attendees, ticket transfers, check-in scans and badge printing from the door-staff app,
  accessibility requests, charity-gala tables with guests' dietary needs, visa invitation letters
  (a PHP form plugin posting its field labels as keys), waitlists, organiser payouts (.NET).
Clients: analytics.js (page, userAgentData, campaign, consent), analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter (with context.location) and the
python, node, go, java, ruby, php and .NET server libraries; identify, track, page, screen, group
and alias calls.

Conventions: each leaf path carries one label, `classification` (red / yellow / green), `type`
(the reference's matcher name, or bank account, geolocation, secret, national id, advertising id,
criminal record; `a|b` when either is fair) and `value_only` (true when the key does not say what
the value is, so only the value can tell). Neutral keys here: `value`, `label`, `text`, `note`,
`q`, `input`, `to`, `from`, `line1`/`line2` of a printed badge, `details`, `link`.

Labelling rules, as given for this corpus, plus the decisions taken where the brief left room:
- PII is personal data about a natural person: the user, a recipient, an honoree, an emergency
  contact, a guardian, a family member, a staff member or coordinator. Colours are the
  reference's defaults; outside the reference, credentials / secrets / tokens, card numbers, bank
  accounts and government ids are red, the rest yellow.
- Green: ids we or a vendor issue (donation, order, ticket, barcode, Stripe, Checkr ids), amounts,
  enums, counters and booleans under PII-sounding keys, timestamps, versions, hashes of non-PII,
  product / event / act / venue / charity / fund-provider / company / pet names, places that are
  not the person's (a venue and its coordinates, a searched city, an opportunity's site, an
  organisation's own address, an embassy's city), country / state / province, locale, language,
  currency, user agents, OS-issued device ids. Card brand, last four, BIN and expiry are green,
  and so is a passport's expiry date; routing numbers, sort codes and Canadian institution /
  transit numbers are green; the last four of an SSN (masked `XXX-XX-1234`) are red.
- A boolean or pick-list value that on its own reveals a special category about the person
  (wheelchair user, companion seat needed, carries an EpiPen, veteran, ethnicity, sexual
  orientation, dietary needs such as halal / kosher / coeliac) is red, typed by its category.
  Typed free text under a key naming a reference matcher (allergies, medications, medical
  conditions) keeps the reference's colour (yellow).
- Decisions where a careful privacy owner would want the field flagged: honorific titles (Mr,
  Mrs, Dr) of a Gift Aid declaration are part of the person's name (yellow name); an age or a
  town of birth is yellow (birthdate, city); a donor-advised fund named after the donor's family
  is their name (yellow); a wealth-screening capacity band is financial data (yellow salary); a
  background check's adjudication reveals criminal-record data (red, `criminal record`); a
  SHA-256 of an e-mail address sent for ad matching is still the person's e-mail (yellow email);
  a push token is a token (red); a vehicle registration plate is yellow (license|identification);
  a first-generation-immigrant flag reveals national origin (yellow citizenship, not a special
  category); age bands are enums (green); acts' stage names are catalogue data (green).
- value_only PII paths hold that PII in every value (the generators make sure of it). Free text
  is labelled by what every one of its values carries, green when none does; no free-text path
  here carries PII in only some of its values.
"""

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

FIRST = [
    "Aaliyah", "Abdullahi", "Adaeze", "Aiko", "Alejandro", "Amelia", "Anh", "Aroha", "Ayesha",
    "Bogdan", "Camille", "Catalina", "Chidi", "Connor", "Darius", "Deepika", "Dmitri", "Ebony",
    "Elif", "Émilie", "Eun-ji", "Farah", "Fionnuala", "Gabriel", "Giulia", "Guadalupe", "Hamid",
    "Hiroshi", "Ifeoma", "Imani", "Ingrid", "Isabella", "Jamal", "Jasleen", "Javier", "Jin", "Kai",
    "Kateryna", "Lakshmi", "Léa", "Liam", "Lwazi", "Magnus", "Mariam", "Mateus", "Maya",
    "Mohammed", "Nadia", "Nasrin", "Niamh", "Olumide", "Oscar", "Pooja", "Rafael", "Rhys", "Rohan",
    "Saanvi", "Samira", "Santiago", "Seo-yeon", "Siobhan", "Tariq", "Thandiwe", "Tomasz", "Umar",
    "Valentina", "Wei", "Xochitl", "Yara", "Yusuf", "Zainab", "Zofia", "Malik", "Gurpreet",
    "Nkechi", "Wiremu", "Margaret", "Robert", "Dorothy", "Geneviève", "Jean-François", "Marie-Ève",
]  # fmt: skip
LAST = [
    "Abubakar", "Adeyemi", "Ahmed", "Al-Sayed", "Andersen", "Bae", "Banerjee", "Bélanger",
    "Bouchard", "Brown", "Campbell", "Castillo", "Chowdhury", "Cohen", "da Silva", "Davies",
    "Delacroix", "Dlamini", "Evans", "Fernández", "Fitzgerald", "Gagnon", "Gill", "Goldberg",
    "Gonzalez", "Hashemi", "Hernández", "Ibrahim", "Jackson", "Jones", "Kaur", "Kim", "Kowalczyk",
    "Lam", "Lee", "Lefebvre", "MacDonald", "Mahmoud", "Martin", "McAllister", "Mendoza",
    "Morrison", "Murphy", "Nakamura", "Ndlovu", "Nguyen", "Novak", "O'Connor", "Obi", "Okonkwo",
    "Park", "Patel", "Pereira", "Petrov", "Quispe", "Ramírez", "Reyes", "Roy", "Sandhu", "Schmidt",
    "Shapiro", "Singh", "Smith", "Takahashi", "Tan", "Thompson", "Tremblay", "Tran",
    "van der Berg", "Vasquez", "Walker", "Wang", "Williams", "Wong", "Yamamoto", "Yilmaz", "Zhang",
]  # fmt: skip
MAILHOSTS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
    "CA": ["gmail.com", "hotmail.ca", "videotron.ca", "shaw.ca", "outlook.com", "sympatico.ca"],
}
CITIES = {
    "US": [
        ("Chicago", "IL", 41.8781, -87.6298, ["312", "773", "872"]),
        ("Austin", "TX", 30.2672, -97.7431, ["512", "737"]),
        ("Portland", "OR", 45.5152, -122.6784, ["503", "971"]),
        ("Atlanta", "GA", 33.7490, -84.3880, ["404", "678", "470"]),
        ("Brooklyn", "NY", 40.6782, -73.9442, ["718", "347", "929"]),
        ("Oakland", "CA", 37.8044, -122.2712, ["510", "341"]),
        ("Minneapolis", "MN", 44.9778, -93.2650, ["612"]),
        ("Albuquerque", "NM", 35.0844, -106.6504, ["505"]),
    ],
    "GB": [
        ("London", "Greater London", 51.5072, -0.1276, ["020"]),
        ("Manchester", "Greater Manchester", 53.4808, -2.2426, ["0161"]),
        ("Leeds", "West Yorkshire", 53.8008, -1.5491, ["0113"]),
        ("Cardiff", "Wales", 51.4816, -3.1791, ["029"]),
        ("Glasgow", "Scotland", 55.8642, -4.2518, ["0141"]),
        ("Bristol", "Bristol", 51.4545, -2.5879, ["0117"]),
    ],
    "CA": [
        ("Toronto", "ON", 43.6532, -79.3832, ["416", "647", "437"]),
        ("Montréal", "QC", 45.5019, -73.5674, ["514", "438"]),
        ("Vancouver", "BC", 49.2827, -123.1207, ["604", "778"]),
        ("Calgary", "AB", 51.0447, -114.0719, ["403", "587"]),
        ("Halifax", "NS", 44.6488, -63.5752, ["902"]),
        ("Ottawa", "ON", 45.4215, -75.6972, ["613", "343"]),
        ("Winnipeg", "MB", 49.8951, -97.1384, ["204"]),
    ],
}
US_STREETS = [
    "Maple Ave",
    "W Division St",
    "Juniper Dr",
    "Martin Luther King Jr Blvd",
    "E 7th St",
    "Sycamore Ln",
    "Broadway",
    "Alberta St",
    "Peachtree Rd NE",
    "Lake Shore Dr",
]
GB_STREETS = [
    "Cheltenham Road",
    "Victoria Street",
    "Wilmslow Road",
    "Queen's Drive",
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Kelvin Way",
    "Gloucester Road",
]
CA_STREETS = [
    "rue Saint-Denis",
    "Queen St W",
    "boul. de Maisonneuve O",
    "Commercial Dr",
    "Spring Garden Rd",
    "17 Ave SW",
    "Bank St",
    "Portage Ave",
    "av. du Parc",
]
UK_POST_AREAS = {
    "London": ["SW1A", "E8", "N16", "SE15"],
    "Manchester": ["M14", "M20"],
    "Leeds": ["LS6"],
    "Cardiff": ["CF24"],
    "Glasgow": ["G12"],
    "Bristol": ["BS6", "BS3"],
}
CA_FSA = {
    "Toronto": "M",
    "Montréal": "H",
    "Vancouver": "V",
    "Calgary": "T",
    "Halifax": "B",
    "Ottawa": "K",
    "Winnipeg": "R",
}
ROUTING = ["021000021", "011000138", "026009593", "121000358", "322271627", "031176110", "071000013"]
SORT_CODES = ["20-00-00", "40-47-84", "60-83-71", "30-94-57", "09-01-28", "07-44-36", "16-00-38"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def e164(phone: str) -> str:
    """What an SMS provider stores: +<country code><number>."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone.startswith("+"):
        return "+" + digits
    if digits.startswith("0"):
        return "+44" + digits[1:]
    return "+1" + digits[-10:]


@dataclass
class Person:
    country: str
    first: str
    last: str
    email: str
    phone: str
    mobile: str
    street: str
    line2: str
    city: str
    region: str
    postcode: str
    dob: str
    lat: float
    lon: float
    ip: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class F31(Fake):
    """fake.py's generator plus coherent people for the US, the UK and Canada."""

    def new_event(self) -> None:
        self.p = self.person()  # the user
        self.q = self.person()  # someone else: recipient, contact, honoree, guardian
        self.s = self.person()  # a staff member or coordinator
        self.site = self.pick(SITES)
        self.venue = self.pick(EVENTS)
        self.charity = self.pick(CHARITIES)

    def person(self, country: str | None = None) -> Person:
        r = self.r
        country = country or self.pick(["US", "US", "US", "GB", "GB", "CA", "CA"])
        first, last = self.pick(FIRST), self.pick(LAST)
        city, region, lat, lon, areas = self.pick(CITIES[country])
        local = ascii_fold(first).lower().replace(" ", "").replace("-", "")
        surname = ascii_fold(last).lower().replace(" ", "").replace("'", "")
        user = self.pick(
            [
                f"{local}.{surname}",
                f"{local}{surname[:1]}{r.randint(1, 99)}",
                f"{local[:1]}{surname}",
                f"{local}_{surname}{r.randint(70, 99)}",
                f"{surname}.{local}",
            ]
        )
        return Person(
            country=country,
            first=first,
            last=last,
            email=f"{user}@{self.pick(MAILHOSTS[country])}",
            phone=self.phone_for(country, areas, mobile=False),
            mobile=self.phone_for(country, areas, mobile=True),
            street=self.street_for(country),
            line2=self.pick(["", "", "Apt 4B", "Unit 12", "Flat 3", "Suite 210", "#1507"]),
            city=city,
            region=region,
            postcode=self.postcode_for(country, city),
            dob=self.date(1941, 2006),
            lat=round(lat + r.uniform(-0.06, 0.06), 6),
            lon=round(lon + r.uniform(-0.08, 0.08), 6),
            ip=self.ipv4() if r.random() < 0.8 else self.ipv6_real(),
        )

    def phone_for(self, country: str, areas: list[str], mobile: bool) -> str:
        r = self.r
        if country == "GB":
            if mobile or r.random() < 0.5:
                block = f"7{r.randint(400, 999)}"
                rest = f"{r.randint(100000, 999999)}"
                return self.pick([f"0{block} {rest}", f"+44 {block} {rest}", f"+44{block}{rest}"])
            area = self.pick(areas)
            if len(area) == 3:
                return f"{area} {r.randint(2000, 8999)} {r.randint(1000, 9999)}"
            return f"{area} {r.randint(200, 899)} {r.randint(1000, 9999)}"
        area = self.pick(areas)
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick(
            [
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1{area}{ex}{line:04d}",
                f"+1 {area} {ex} {line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"1-{area}-{ex}-{line:04d}",
            ]
        )

    def street_for(self, country: str) -> str:
        r = self.r
        if country == "US":
            return f"{r.randint(10, 9899)} {self.pick(US_STREETS)}"
        if country == "GB":
            return f"{r.randint(1, 240)} {self.pick(GB_STREETS)}"
        return f"{r.randint(10, 4999)} {self.pick(CA_STREETS)}"

    def postcode_for(self, country: str, city: str) -> str:
        r = self.r
        if country == "US":
            zip5 = f"{r.randint(10001, 99950):05d}"
            return zip5 if r.random() < 0.8 else f"{zip5}-{r.randint(1, 9999):04d}"
        if country == "GB":
            inward = (
                f"{r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            )
            return f"{self.pick(UK_POST_AREAS[city])} {inward}"
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        fsa = f"{CA_FSA[city]}{r.randint(1, 9)}{self.pick(letters)}"
        return f"{fsa} {r.randint(0, 9)}{self.pick(letters)}{r.randint(0, 9)}"

    def ipv6_real(self) -> str:
        prefix = self.pick(["2600:1700", "2a00:23c5", "2607:fea8", "2a02:c7c", "2601:240"])
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def address_line(self, who: Person) -> str:
        line2 = f", {who.line2}" if who.line2 else ""
        return f"{who.street}{line2}, {who.city}, {who.region} {who.postcode}"

    def dl_number(self) -> tuple[str, str]:
        state = self.pick(["CA", "NY", "TX", "IL", "FL", "WA"])
        r = self.r
        number = {
            "CA": self.pick("ABCDEFGHJKLMNPRSTVWY") + self.digits(7),
            "NY": self.digits(9),
            "TX": self.digits(8),
            "IL": self.pick("ABCDGHKLMPRSTW") + self.digits(11),
            "FL": f"{self.pick('BCGHKMRSTW')}{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}-"
            f"{r.randint(100, 999)}-{r.randint(0, 9)}",
            "WA": "WDL" + "".join(self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
        }[state]
        return state, number

    def passport(self, nationality: str) -> str:
        if nationality in ("American", "British"):
            return self.digits(9)
        if nationality == "Canadian":
            return self.pick(["AB", "GA", "HK", "P"]) + self.digits(6)
        if nationality == "Indian":
            return self.pick("JKLMNPRSTUVWZ") + self.digits(7)
        if nationality == "Nigerian":
            return "A" + self.digits(8)
        if nationality == "Brazilian":
            return self.pick(["FT", "GB", "YB"]) + self.digits(6)
        return self.pick("CEFGHJKLMNPRTVWXYZ") + self.digits(8)

    def ni_number(self) -> str:
        prefix = self.pick(["AB", "CE", "JG", "KL", "NE", "PR", "SZ", "TW", "WL", "YH", "ZS", "EH"])
        d = self.digits(6)
        return self.pick(
            [f"{prefix}{d}{self.pick('ABCD')}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}"]
        )

    def us_account(self) -> str:
        return self.digits(self.r.randint(9, 12))

    def money_round(self) -> float:
        return float(self.pick([10, 20, 25, 50, 75, 100, 150, 250, 500, 1000])) + self.pick([0, 0, 0, 0.5])


# -- template helpers --------------------------------------------------------------------------------


@dataclass
class Opt:
    """A key that is present in only part of the messages."""

    item: Any
    p: float = 0.6


_SKIP = object()


def render31(template: Any, f: F31, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, Opt):
        return render31(template.item, f, path, labels) if f.r.random() < template.p else _SKIP
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        n = f.r.randint(1, template.n)
        return [render31(template.item, f, path + "[]", labels) for _ in range(n)]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            rendered = render31(value, f, f"{path}.{key}", labels)
            if rendered is not _SKIP:
                out[key] = rendered
        return out
    raise TypeError(type(template))


def c(value):
    """A green constant."""
    return G(lambda f: value)


def p(*values):
    """A green pick."""
    return G(lambda f: f.pick(values))


def n(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def money(lo=1, hi=500):
    return G(lambda f: f.money(lo, hi))


def flag():
    return G(lambda f: f.pick([True, False]))


def uuid():
    return G(lambda f: f.uuid())


def iso():
    return G(lambda f: f.iso())


def prefixed(prefix, length=14, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return G(lambda f: prefix + "".join(f.pick(alphabet) for _ in range(length)))


def future_date():
    return G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}")


def clock():
    return G(lambda f: f"{f.r.randint(6, 21):02d}:{f.pick(['00', '15', '30', '45'])}")


# person fields: `P` the user, `Q` another person, `S` staff
def name_of(who, part="full"):
    def gen(f):
        person = getattr(f, who)
        return {"full": person.full, "first": person.first, "last": person.last}[part]

    return gen


def YN(who="p", part="full", value_only=False):
    return Y(name_of(who, part), "name", value_only)


def YE(who="p"):
    return Y(lambda f: getattr(f, who).email, "email")


def YP(who="p", mobile=True):
    return Y(lambda f: getattr(f, who).mobile if mobile else getattr(f, who).phone, "phone")


def YSTREET(who="p"):
    return Y(lambda f: getattr(f, who).street, "address|street")


def YLINE2(who="p"):
    return Y(lambda f: getattr(f, who).line2, "address|street")


def YCITY(who="p"):
    return Y(lambda f: getattr(f, who).city, "city")


def YZIP(who="p"):
    return Y(lambda f: getattr(f, who).postcode, "zipcode")


def YDOB(who="p"):
    return Y(lambda f: getattr(f, who).dob, "birthdate")


def region(who="p"):
    return G(lambda f: getattr(f, who).region)


def country(who="p"):
    return G(lambda f: getattr(f, who).country)


def address_block(who="p", style="camel"):
    keys = {
        "camel": ("street", "street2", "city", "state", "postalCode", "country"),
        "snake": ("line1", "line2", "city", "state", "postal_code", "country"),
    }[style]
    return {
        keys[0]: YSTREET(who),
        keys[1]: YLINE2(who),
        keys[2]: YCITY(who),
        keys[3]: region(who),
        keys[4]: YZIP(who),
        keys[5]: country(who),
    }


# -- contexts ------------------------------------------------------------------------------------------

BRANDS = {
    "kindling": {
        "app": "Kindling",
        "host": "https://www.kindling.org",
        "ns": "org.kindling",
        "pages": ["/", "/give", "/give/malaria-nets", "/give/monthly", "/account/receipts", "/tribute"],
        "titles": ["Kindling | Give where it counts", "Donate | Kindling", "Your receipts | Kindling"],
    },
    "handson": {
        "app": "HandsOn",
        "host": "https://handson.org",
        "ns": "org.handson.volunteer",
        "pages": ["/opportunities", "/opportunities/food-bank-sort", "/signup", "/me/shifts", "/me/hours"],
        "titles": ["Find volunteer opportunities | HandsOn", "Sign up | HandsOn", "My shifts | HandsOn"],
    },
    "tixo": {
        "app": "Tixo",
        "host": "https://tixo.com",
        "ns": "com.tixo.app",
        "pages": ["/", "/e/summer-jazz-fest-2025", "/checkout", "/tickets", "/e/night-market-toronto"],
        "titles": ["Tixo - Live events near you", "Checkout | Tixo", "My tickets | Tixo"],
    },
}


def web_ctx(brand):
    b = BRANDS[brand]
    return {
        "library": {
            "name": c("analytics.js"),
            "version": p("npm:next-1.72.1", "next-1.74.0", "npm:next-1.70.0"),
        },
        "page": {
            "path": G(lambda f: f.pick(b["pages"])),
            "referrer": p("https://www.google.com/", "", "https://www.facebook.com/", "https://t.co/"),
            "search": p("", "", "?utm_source=newsletter&utm_medium=email", "?ref=homepage"),
            "title": G(lambda f: f.pick(b["titles"])),
            "url": G(lambda f: b["host"] + f.pick(b["pages"])),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {"brand": p("Chromium", "Google Chrome", "Not/A)Brand"), "version": p("126", "8", "99")},
                    3,
                ),
                "mobile": flag(),
                "platform": p("macOS", "Windows", "Android"),
            },
            0.6,
        ),
        "locale": p("en-US", "en-GB", "en-CA", "fr-CA"),
        "timezone": p("America/Chicago", "Europe/London", "America/Toronto", "America/Los_Angeles"),
        "ip": Y(lambda f: f.p.ip, "ip"),
        "campaign": Opt(
            {
                "name": p(
                    "giving_tuesday_2024", "year_end_appeal", "summer_volunteer_drive", "jazzfest_presale"
                ),
                "source": p("newsletter", "facebook", "google"),
                "medium": p("email", "paid_social", "cpc"),
                "term": p("donate malaria nets", "volunteer near me", "jazz festival tickets"),
                "content": p("hero_button", "footer_link", "carousel_2"),
            },
            0.3,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": flag(),
                    "Analytics": c(True),
                    "Functional": c(True),
                    "DataSharing": flag(),
                }
            },
            0.5,
        ),
    }


def swift_ctx(brand):
    b = BRANDS[brand]
    return {
        "app": {
            "name": c(b["app"]),
            "version": p("4.2.0", "4.3.1", "4.3.2"),
            "build": p("420", "431", "432"),
            "namespace": c(b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": c("Apple"),
            "model": p("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"),
            "name": p("iPhone", "iPad"),
            "type": c("ios"),
            "adTrackingEnabled": flag(),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.4),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": c("analytics-swift"), "version": p("1.5.11", "1.6.0")},
        "network": {"bluetooth": c(False), "cellular": flag(), "wifi": flag()},
        "os": {"name": c("iOS"), "version": p("17.5.1", "17.4", "16.7.8")},
        "screen": {"width": p(390, 393, 430, 820), "height": p(844, 852, 932, 1180)},
        "locale": p("en-US", "en-GB", "en-CA", "fr-CA"),
        "timezone": p("America/New_York", "Europe/London", "America/Vancouver"),
        "instanceId": uuid(),
        "traits": {
            "email": Opt(YE(), 0.8),
            "firstName": Opt(YN("p", "first"), 0.6),
        },
    }


def kotlin_ctx(brand):
    b = BRANDS[brand]
    return {
        "app": {
            "name": c(b["app"]),
            "version": p("4.2.0", "4.3.1"),
            "namespace": c(b["ns"]),
            "build": p("4020", "4031", "4032"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": p("samsung", "Google", "motorola", "OnePlus"),
            "model": p("SM-S921U", "Pixel 8", "moto g power 5G", "CPH2449"),
            "name": p("e1q", "shiba", "devonn", "OP5958L1"),
            "type": c("android"),
            "adTrackingEnabled": flag(),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
        },
        "library": {"name": c("analytics-kotlin"), "version": p("1.16.3", "1.17.0")},
        "os": {"name": c("Android"), "version": p("14", "13", "12")},
        "screen": {"density": p(2.625, 3.0, 2.75), "height": p(2400, 2340), "width": p(1080, 1440)},
        "network": {"wifi": flag(), "cellular": flag(), "bluetooth": c(False)},
        "locale": p("en-US", "en-CA", "en-GB", "fr-CA"),
        "timezone": p("America/Toronto", "America/Chicago", "Europe/London"),
        "userAgent": p(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921U Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
            "Dalvik/2.1.0 (Linux; U; Android 13; CPH2449 Build/TP1A.220905.001)",
        ),
        "instanceId": uuid(),
        "traits": {
            "email": Opt(YE(), 0.8),
            "name": Opt(YN(), 0.5),
            "phone": Opt(YP(), 0.3),
        },
    }


def rn_ctx(brand):
    b = BRANDS[brand]
    return {
        "app": {
            "name": c(b["app"]),
            "version": p("7.0.2", "7.1.0", "7.1.4"),
            "build": p("700", "710", "714"),
            "namespace": c(b["ns"]),
        },
        "device": {
            "id": uuid(),
            "manufacturer": p("Apple", "samsung", "Google"),
            "model": p("iPhone15,3", "SM-A546B", "Pixel 7a"),
            "name": p("iPhone", "a54x", "lynx"),
            "type": p("ios", "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.3),
        },
        "library": {"name": c("@segment/analytics-react-native"), "version": p("2.19.2", "2.20.3")},
        "locale": p("en-US", "en-CA", "en-GB", "fr-CA"),
        "network": {"cellular": flag(), "wifi": flag()},
        "os": {"name": p("iOS", "Android"), "version": p("17.5", "14", "13")},
        "screen": {"height": p(852, 2340), "width": p(393, 1080)},
        "timezone": p("America/Toronto", "America/New_York", "Europe/London"),
        "instanceId": uuid(),
        "traits": {"email": Opt(YE(), 0.7), "userId": G(lambda f: "tx_" + f.digits(8))},
    }


def flutter_ctx(brand):
    b = BRANDS[brand]
    return {
        "app": {
            "name": c(b["app"]),
            "version": p("2.8.0", "2.9.1"),
            "build": p("208", "291"),
            "namespace": c(b["ns"]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": p("Google", "Apple", "samsung"),
            "model": p("Pixel 6", "iPhone13,2", "SM-G991U"),
            "type": p("android", "ios"),
        },
        "library": {"name": c("analytics_flutter"), "version": p("1.1.4", "1.1.6")},
        "os": {"name": p("Android", "iOS"), "version": p("14", "17.5.1")},
        "screen": {"height": p(2400, 844), "width": p(1080, 390), "density": p(2.625, 3.0)},
        "locale": p("en-US", "en-CA", "en-GB"),
        "timezone": p("America/Los_Angeles", "America/Toronto", "Europe/London"),
        "location": Opt(
            {
                "latitude": Y(lambda f: f.p.lat, "geolocation"),
                "longitude": Y(lambda f: f.p.lon, "geolocation"),
                "city": YCITY(),
                "country": G(
                    lambda f: {"US": "United States", "GB": "United Kingdom", "CA": "Canada"}[f.p.country]
                ),
                "speed": p(0, 0.4, 1.2),
            },
            0.6,
        ),
        "network": {"wifi": flag(), "cellular": flag()},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.4.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0"]),
}


def server_ctx(lib, brand):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": c(name), "version": G(lambda f: f.pick(versions))}}
    ctx["ip"] = Opt(Y(lambda f: f.p.ip, "ip"), 0.5)
    if brand == "kindling":
        ctx["groupId"] = Opt(G(lambda f: "org_" + f.digits(6)), 0.5)
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": G(lambda f: "003" + f.pick(["5g", "8a", "Hs"]) + f.hexid(13).upper()),
                    "type": c("salesforce_contact_id"),
                    "collection": c("users"),
                    "encoding": c("none"),
                },
                1,
            ),
            0.4,
        )
    if brand == "tixo":
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.5)
    ctx["traits"] = Opt({"email": YE()}, 0.25)
    return ctx


def context_for(client, brand):
    if client == "web":
        return web_ctx(brand)
    if client == "swift":
        return swift_ctx(brand)
    if client == "kotlin":
        return kotlin_ctx(brand)
    if client == "rn":
        return rn_ctx(brand)
    if client == "flutter":
        return flutter_ctx(brand)
    return server_ctx(client, brand)


# -- Kindling: donations -------------------------------------------------------------------------------

CHARITIES = [
    ("Against Malaria Foundation", "20-3069841", "GB"),
    ("GiveDirectly", "27-1661997", "US"),
    ("Helen Keller Intl", "13-5562162", "US"),
    ("Malaria Consortium", "1099776", "GB"),
    ("Food Banks Canada", "130676521RR0001", "CA"),
    ("The Trussell Trust", "1110522", "GB"),
    ("Eastside Animal Rescue", "84-2219034", "US"),
    ("Banques alimentaires Québec", "119219814RR0001", "CA"),
]
FUNDS = ["Where most needed", "Bed nets", "Cash transfers", "Vitamin A supplementation", "Emergency relief"]


def charity_block():
    return {
        "id": G(lambda f: "chr_" + f.digits(5)),
        "name": G(lambda f: f.charity[0]),
        "registration_number": G(lambda f: f.charity[1]),
        "country": G(lambda f: f.charity[2]),
        "cause_area": p("global_health", "poverty", "hunger", "animal_welfare"),
    }


def card_block():
    return {
        "method": p("card", "card", "apple_pay", "google_pay", "paypal", "ach_debit"),
        "card_brand": p("visa", "mastercard", "amex", "discover", None),
        "card_last4": G(lambda f: f.digits(4)),
        "card_exp_month": n(1, 12),
        "card_exp_year": n(2025, 2031),
        "stripe_payment_intent": prefixed("pi_3P", 21),
    }


KINDLING = [
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "node"],
        "kindling",
        {
            "email": YE(),
            "firstName": YN("p", "first"),
            "lastName": YN("p", "last"),
            "phone": Opt(YP(mobile=False), 0.6),
            "address": Opt(address_block(), 0.7),
            "createdAt": iso(),
            "totalGiven": money(5, 25000),
            "donationCount": n(1, 140),
            "recurringDonor": flag(),
            "preferredCause": p("global_health", "animal_welfare", "hunger", "education", "climate"),
            "emailOptIn": flag(),
            "smsOptIn": flag(),
            "anonymousByDefault": flag(),
            "birthday": Opt(YDOB(), 0.3),
        },
    ),
    (
        "page",
        "Donate",
        ["web"],
        "kindling",
        {
            "path": G(lambda f: f.pick(BRANDS["kindling"]["pages"])),
            "url": G(lambda f: "https://www.kindling.org" + f.pick(BRANDS["kindling"]["pages"])),
            "title": G(lambda f: f.pick(BRANDS["kindling"]["titles"])),
            "referrer": p("", "https://www.google.com/", "https://www.givewell.org/charities/top-charities"),
            "search": p("", "?amount=50", "?frequency=monthly&fund=bed-nets"),
        },
    ),
    (
        "track",
        "Donation Form Viewed",
        ["web", "swift", "kotlin"],
        "kindling",
        {
            "form_id": G(lambda f: "frm_" + f.hexid(8)),
            "campaign_id": G(lambda f: "cmp_" + f.digits(4)),
            "campaign_name": p("Giving Tuesday 2024", "Year-End Appeal", "Spring Matching Challenge"),
            "suggested_amounts": Many(p(10, 25, 50, 100, 250), 4),
            "default_frequency": p("one_time", "monthly", "annually"),
            "charity_name": G(lambda f: f.charity[0]),
            "currency": p("USD", "GBP", "CAD"),
        },
    ),
    (
        "track",
        "Donation Amount Selected",
        ["web", "swift", "kotlin"],
        "kindling",
        {
            "amount": G(lambda f: f.money_round()),
            "currency": p("USD", "GBP", "CAD"),
            "frequency": p("one_time", "monthly", "annually"),
            "is_custom_amount": flag(),
            "cover_fees": flag(),
            "fund": p(*FUNDS),
        },
    ),
    (
        "track",
        "Donation Completed",
        ["node", "python"],
        "kindling",
        {
            "donation_id": G(lambda f: "don_" + f.hexid(12)),
            "amount": G(lambda f: f.money_round()),
            "currency": p("USD", "GBP", "CAD"),
            "fee_covered": money(0, 12),
            "net_amount": money(5, 990),
            "frequency": p("one_time", "monthly", "annually"),
            "designation": p(*FUNDS),
            "charity": charity_block(),
            "payment": card_block(),
            "donor": {
                "id": G(lambda f: "dnr_" + f.digits(7)),
                "first_name": YN("p", "first"),
                "last_name": YN("p", "last"),
                "email": YE(),
                "phone": Opt(YP(), 0.5),
                "address": address_block("p", "snake"),
            },
            "anonymous": flag(),
            "is_tribute": flag(),
            "employer_match_eligible": flag(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        "kindling",
        {
            "order_id": G(lambda f: "don_" + f.hexid(12)),
            "affiliation": c("Kindling"),
            "total": money(10, 1000),
            "revenue": money(10, 1000),
            "currency": p("USD", "GBP", "CAD"),
            "products": Many(
                {
                    "product_id": G(lambda f: "fund_" + f.digits(3)),
                    "sku": p("DON-ONETIME", "DON-MONTHLY", "DON-TRIBUTE"),
                    "name": p(*FUNDS),
                    "category": c("donation"),
                    "price": money(5, 500),
                    "quantity": c(1),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Recurring Gift Created",
        ["python", "go"],
        "kindling",
        {
            "subscription_id": prefixed("sub_1P", 18),
            "amount": G(lambda f: f.money_round()),
            "currency": p("USD", "CAD"),
            "interval": p("month", "year", "week"),
            "day_of_month": n(1, 28),
            "next_charge_date": future_date(),
            "payment_method_type": p("us_bank_account", "acss_debit", "card"),
            "bank_name": p(
                "JPMorgan Chase", "Bank of America", "RBC Royal Bank", "TD Canada Trust", "Desjardins"
            ),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "institution_number": p("003", "004", "815", "001"),
            "transit_number": G(lambda f: f.digits(5)),
            "bank_account_last4": G(lambda f: f.digits(4)),
            "account_holder_name": YN(),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["java", "dotnet"],
        "kindling",
        {
            "mandate_reference": G(lambda f: "KNDL-" + f.digits(8)),
            "sort_code": G(lambda f: f.pick(SORT_CODES)),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder": YN(),
            "iban": Opt(RED(lambda f: f.iban("GB"), "bank account"), 0.4),
            "collection_day": p(1, 15, 28),
            "amount_gbp": money(3, 60),
            "provider": p("GoCardless", "Stripe"),
            "confirmation_letter_sent": flag(),
        },
    ),
    (
        "track",
        "Recurring Gift Cancelled",
        ["web", "node"],
        "kindling",
        {
            "subscription_id": prefixed("sub_1P", 18),
            "months_active": n(1, 60),
            "cancel_reason": p("financial", "switching_charity", "card_expired", "other"),
            "feedback": p(
                "Money is tight this year, will come back.",
                "Prefer to give annually instead.",
                "",
                "Moving my giving to a local food bank.",
                "Too many emails.",
            ),
            "offered_pause": flag(),
            "lifetime_value": money(5, 4000),
        },
    ),
    (
        "track",
        "Tribute Gift Added",
        ["web", "swift"],
        "kindling",
        {
            "donation_id": G(lambda f: "don_" + f.hexid(12)),
            "tribute_type": p("in_memory", "in_honor", "in_celebration"),
            "honoree_first_name": YN("q", "first"),
            "honoree_last_name": YN("q", "last"),
            "relationship_to_honoree": p("mother", "grandfather", "friend", "colleague", "teacher", "sister"),
            "occasion": p("memorial", "birthday", "wedding", "retirement", "holiday"),
            "dedication": Y(
                lambda f: f.pick(
                    [
                        f"In loving memory of {f.q.full}, who never missed a chance to help.",
                        f"For {f.q.first} on your 60th - love from all of us",
                        f"Celebrating {f.q.first} {f.q.last}'s retirement after 30 years of teaching",
                        f"In memory of our dear friend {f.q.first}",
                        f"Happy birthday {f.q.first}! A gift in your name.",
                    ]
                ),
                "name",
                True,
            ),
            "notify": {
                "send_ecard": flag(),
                "ecard_design": p("sunflowers", "candle", "mountains", "confetti"),
                "recipient_name": YN("s"),
                "recipient_email": Opt(YE("s"), 0.7),
                "mail_letter": flag(),
                "mailing_address": Opt(
                    {
                        "address_line_1": YSTREET("s"),
                        "city": YCITY("s"),
                        "region": region("s"),
                        "postal_code": YZIP("s"),
                        "country": country("s"),
                    },
                    0.5,
                ),
                "show_amount": flag(),
            },
        },
    ),
    (
        "track",
        "GiftAidDeclarationMade",
        ["dotnet"],
        "kindling",
        {
            "DeclarationId": G(lambda f: f.uuid()),
            "DonorTitle": Y(lambda f: f.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Rev"]), "name"),
            "DonorFirstName": Y(lambda f: f.pick(FIRST), "name"),
            "DonorSurname": Y(lambda f: f.pick(LAST), "name"),
            "HouseNameOrNumber": Y(
                lambda f: f.pick(
                    [str(f.r.randint(1, 240)), "Rose Cottage", "Flat 3", "The Old Rectory", "12a"]
                ),
                "address",
            ),
            "Postcode": Y(lambda f: f.postcode_for("GB", f.pick(list(UK_POST_AREAS))), "zipcode"),
            "IsUkTaxpayer": c(True),
            "DeclarationScope": p("ThisDonationOnly", "ThisAndFuture", "PastFourYearsAndFuture"),
            "DeclaredAt": iso(),
            "DonationAmount": money(2, 500),
            "GiftAidAmount": money(0.5, 125),
            "CharityNumber": p("1099776", "1110522", "1089464", "220949"),
        },
    ),
    (
        "track",
        "Tax Receipt Issued",
        ["ruby", "python"],
        "kindling",
        {
            "receipt_number": G(lambda f: f"KR-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "tax_year": p(2022, 2023, 2024),
            "eligible_amount": money(5, 5000),
            "advantage_amount": money(0, 40),
            "receipt_url": G(lambda f: "https://www.kindling.org/receipts/" + f.hexid(20) + ".pdf"),
            "recipient_email": YE(),
            "recipient_name": YN(),
            "mailing_address": Y(lambda f: f.address_line(f.p), "address"),
            "delivered_via": p("email", "post", "both"),
            "issuing_charity_ein": p("20-3069841", "27-1661997", "13-5562162"),
        },
    ),
    (
        "track",
        "Reçu fiscal émis",
        ["php"],
        "kindling",
        {
            "numero_recu": G(lambda f: "QC-" + f.digits(7)),
            "annee_fiscale": p(2022, 2023, 2024),
            "montant_admissible": money(20, 3000),
            "prenom": Y(lambda f: f.pick(FIRST), "name"),
            "nom_de_famille": Y(lambda f: f.pick(LAST), "name"),
            "courriel": Y(lambda f: f.person("CA").email, "email"),
            "adresse_postale": Y(lambda f: f.person("CA").street, "address|street"),
            "ville": Y(lambda f: f.pick(["Montréal", "Québec", "Laval", "Sherbrooke", "Gatineau"]), "city"),
            "code_postal": Y(lambda f: f.person("CA").postcode, "zipcode"),
            "province": c("QC"),
            "numero_enregistrement_organisme": p("119219814RR0001", "130676521RR0001", "107951618RR0001"),
        },
    ),
    (
        "track",
        "DAF Grant Recommended",
        ["web"],
        "kindling",
        {
            "grant_id": G(lambda f: "daf_" + f.hexid(10)),
            "daf_provider": p(
                "Fidelity Charitable", "Schwab Charitable", "Vanguard Charitable", "DAFgiving360"
            ),
            "daf_fund_name": Y(
                lambda f: f.pick(
                    [
                        f"The {f.p.last} Family Fund",
                        f"{f.p.first} and {f.q.first} {f.p.last} Charitable Fund",
                        f"{f.p.last} Family Giving Account",
                    ]
                ),
                "name",
            ),
            "daf_account_number": RED(lambda f: f.pick(["", "F"]) + f.digits(7), "bank account"),
            "grant_amount": money(250, 25000),
            "grant_purpose": p("General support", "Bed net distribution", "Where most needed"),
            "acknowledgement_preference": p("name_and_address", "name_only", "anonymous"),
            "charity_ein": p("20-3069841", "27-1661997", "13-5562162"),
        },
    ),
    (
        "track",
        "Legacy Gift Pledged",
        ["web"],
        "kindling",
        {
            "pledge_id": G(lambda f: "lg_" + f.digits(6)),
            "gift_type": p("residuary", "pecuniary", "specific", "undecided"),
            "estimated_value": p(None, 5000, 10000, 25000, 100000),
            "pledger_name": YN(),
            "pledger_date_of_birth": YDOB(),
            "pledger_phone": Opt(YP(mobile=False), 0.7),
            "solicitor_name": Opt(YN("s"), 0.5),
            "solicitor_firm": p("Farrer & Co", "Harbour Wills LLP", "Okafor Estate Law", "Miller Thomson"),
            "will_written": flag(),
            "contact_preference": p("phone", "email", "post", "none"),
            "notes": p(
                "Would like to discuss with my family first.",
                "",
                "Already included in my will, happy to be listed in the legacy society.",
                "Please send the information pack by post.",
            ),
        },
    ),
    (
        "track",
        "Employer Match Requested",
        ["node"],
        "kindling",
        {
            "donation_id": G(lambda f: "don_" + f.hexid(12)),
            "doublethedonation_company_id": G(lambda f: f.digits(7)),
            "doublethedonation_entered_text": p(
                "Microsoft", "Salesforce", "Home Depot", "Shopify", "RBC", "Deloitte", "TD Bank", "Aviva"
            ),
            "doublethedonation_status": p("found", "not_found", "not_eligible", "match_initiated"),
            "employer": {
                "name": p(
                    "Microsoft", "Salesforce", "The Home Depot", "Shopify Inc.", "Royal Bank of Canada"
                ),
                "match_ratio": p(1, 1, 2, 0.5),
                "annual_cap": p(5000, 15000, 1000),
            },
            "employee_email": Y(
                lambda f: (
                    f"{ascii_fold(f.p.first).lower()}.{ascii_fold(f.p.last).lower().replace(' ', '')}"
                    f"@{f.pick(['microsoft.com', 'salesforce.com', 'homedepot.com', 'rbc.com'])}"
                ),
                "email",
            ),
            "match_amount": money(10, 5000),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["node"],
        "kindling",
        {
            "stripe_event_id": prefixed("evt_3P", 20),
            "data": {
                "object": {
                    "id": prefixed("ch_3P", 20),
                    "amount": n(500, 100000),
                    "currency": p("usd", "gbp", "cad"),
                    "customer": prefixed("cus_Q", 13),
                    "receipt_email": YE(),
                    "billing_details": {
                        "name": YN(),
                        "email": YE(),
                        "phone": Opt(YP(), 0.4),
                        "address": {
                            "line1": YSTREET(),
                            "line2": Opt(YLINE2(), 0.5),
                            "city": YCITY(),
                            "state": region(),
                            "postal_code": YZIP(),
                        },
                    },
                    "payment_method_details": {
                        "type": c("card"),
                        "card": {
                            "brand": p("visa", "mastercard", "amex"),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": n(1, 12),
                            "exp_year": n(2025, 2031),
                            "country": p("US", "GB", "CA"),
                        },
                    },
                    "metadata": {
                        "donation_id": G(lambda f: "don_" + f.hexid(12)),
                        "donor_note": p(
                            "Thank you for the work you do!",
                            "",
                            "Keep it up",
                            "For the bed net campaign",
                            "Matching my brother's gift",
                        ),
                    },
                    "created": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                }
            },
        },
    ),
    (
        "track",
        "Fundraising Page Created",
        ["web", "swift"],
        "kindling",
        {
            "page_id": G(lambda f: "fp_" + f.digits(6)),
            "fundraiser_display_name": YN(),
            "team_name": p("Team Bed Nets", "Run for Rescues", "Office Heroes", None),
            "event_type": p("birthday", "marathon", "memorial", "challenge"),
            "goal_amount": p(250, 500, 1000, 2500),
            "charity_name": G(lambda f: f.charity[0]),
            "story": p(
                "This year I'm running my first marathon to help families sleep safely.",
                "Instead of gifts, please donate to a cause I care about.",
                "Every $5 buys a net. Let's hit our goal!",
                "Help us fill the shelter's pantry this winter.",
            ),
        },
    ),
    (
        "track",
        "Animal Sponsored",
        ["web", "kotlin"],
        "kindling",
        {
            "sponsorship_id": G(lambda f: "spn_" + f.digits(6)),
            "animal": {
                "id": G(lambda f: "A" + f.digits(6)),
                "name": p("Biscuit", "Luna", "Mr. Whiskers", "Pepper", "Ziggy", "Maple", "Thor"),
                "species": p("dog", "cat", "rabbit", "guinea pig"),
                "age_years": n(1, 14),
                "shelter": p("Eastside Animal Rescue", "Paws of Ottawa", "Bristol Dogs Home"),
            },
            "monthly_amount": p(10, 15, 25, 40),
            "sponsor_message": p(
                "Give Biscuit a treat from me!",
                "Hope you find your forever home soon, Luna",
                "",
                "For Pepper, the best boy",
            ),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "kindling",
        {
            "FIRST_NAME": YN("p", "first"),
            "LAST_NAME": YN("p", "last"),
            "EMAIL": YE(),
            "ZIP_CODE": YZIP(),
            "LIFETIME_GIVING_USD": money(5, 90000),
            "FIRST_GIFT_DATE": G(lambda f: f.date(2012, 2024)),
            "LAST_GIFT_AMOUNT": money(5, 2000),
            "GIFT_COUNT_12M": n(0, 14),
            "DONOR_SEGMENT": p("LAPSED", "ACTIVE_MONTHLY", "MAJOR_DONOR_PROSPECT", "NEW"),
            "RFM_SCORE": p("555", "341", "125", "433"),
            "WEALTH_CAPACITY_BAND": Y(
                lambda f: f.pick(["$25K-$50K", "$100K-$250K", "$1M+", "Under $10K", "$250K-$500K"]), "salary"
            ),
            "IS_MONTHLY_DONOR": flag(),
            "HAS_EMAIL_BOUNCED": flag(),
            "PREFERRED_CHANNEL": p("EMAIL", "MAIL", "SMS"),
            "HT_SYNC_RUN_ID": G(lambda f: f.digits(8)),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        "kindling",
        {
            "name": G(lambda f: f.charity[0]),
            "ein": G(lambda f: f.charity[1]),
            "plan": p("starter", "growth", "enterprise"),
            "employees": p(4, 12, 48, 230),
            "cause_area": p("global_health", "poverty", "hunger", "animal_welfare"),
            "website": p(
                "https://www.againstmalaria.com", "https://www.givedirectly.org", "https://foodbankscanada.ca"
            ),
            "office": {
                "street": p("1200 18th St NW", "45 Queen St E", "Unit 4, Kingsway Business Park"),
                "city": p("Washington", "Toronto", "Manchester"),
                "country": p("US", "CA", "GB"),
            },
            "primary_contact": {
                "name": YN("s"),
                "email": YE("s"),
                "phone": YP("s", mobile=False),
                "role": p("Executive Director", "Development Manager", "Finance Officer"),
            },
            "created_at": iso(),
        },
    ),
    (
        "track",
        "Donor Searched",
        ["web"],
        "kindling",
        {
            "q": Y(lambda f: f.person().email, "email", True),
            "results_count": n(0, 3),
            "filters": {
                "campaign": p("all", "year_end_appeal", "giving_tuesday_2024"),
                "min_amount": p(0, 100, 1000),
            },
            "staff_user_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["node", "ruby"],
        "kindling",
        {
            "integration": p("mailchimp", "salesforce", "hubspot", "quickbooks"),
            "api_key": RED(
                lambda f: f.pick(
                    [
                        f.hexid(32) + "-us" + str(f.r.randint(1, 21)),
                        "pat-na1-" + f.uuid(),
                        "sk_live_"
                        + "".join(
                            f.pick("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                            for _ in range(24)
                        ),
                    ]
                ),
                "secret",
            ),
            "account_name": G(lambda f: f.charity[0]),
            "connected_by": YE("s"),
            "scopes": Many(p("contacts.read", "contacts.write", "lists.read", "campaigns.read"), 3),
        },
    ),
    (
        "screen",
        "Giving History",
        ["swift", "kotlin"],
        "kindling",
        {
            "name": c("Giving History"),
            "year_filter": p(2022, 2023, 2024),
            "gifts_shown": n(0, 40),
            "total_shown": money(0, 8000),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "python"],
        "kindling",
        None,
    ),
]

# -- HandsOn: volunteering -----------------------------------------------------------------------------

SKILLS = [
    "first aid",
    "forklift",
    "spanish",
    "event setup",
    "tutoring",
    "graphic design",
    "driving",
    "cooking",
]
SITES = [
    ("Greater Chicago Food Depository", "4100 W Ann Lurie Pl", "Chicago", 41.8312, -87.7161),
    ("Daily Bread Food Bank", "191 New Toronto St", "Toronto", 43.6155, -79.5017),
    ("FareShare Greater Manchester", "Unit 2, Robert Street", "Manchester", 53.4795, -2.2381),
    ("Oregon Food Bank", "7900 NE 33rd Dr", "Portland", 45.5715, -122.6362),
    ("Moisson Montréal", "6880 Chemin de la Côte-de-Liesse", "Montréal", 45.4923, -73.6786),
]

HANDSON = [
    (
        "identify",
        None,
        ["kotlin", "flutter", "web"],
        "handson",
        {
            "first_name": YN("p", "first"),
            "last_name": YN("p", "last"),
            "email": YE(),
            "phone": YP(),
            "date_of_birth": YDOB(),
            "street_address": Opt(YSTREET(), 0.6),
            "city": YCITY(),
            "postal_code": YZIP(),
            "emergency_contact_name": Opt(YN("q"), 0.7),
            "emergency_contact_phone": Opt(YP("q"), 0.7),
            "pronouns": Opt(
                Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"), 0.6
            ),
            "avatar_url": Opt(
                Y(lambda f: "https://cdn.handson.org/avatars/" + f.hexid(16) + ".jpg", "photo"), 0.5
            ),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 3),
            "languages": Many(p("en", "fr", "es", "pa", "ar", "zh"), 2),
            "tshirt_size": p("S", "M", "L", "XL"),
            "availability": p("weekends", "weekday_evenings", "flexible"),
            "volunteer_since": G(lambda f: f.date(2015, 2024)),
            "total_hours": n(0, 900),
            "has_vehicle": flag(),
            "background_check_cleared": flag(),
            "email_verified": flag(),
        },
    ),
    (
        "track",
        "Opportunity Searched",
        ["web", "kotlin", "flutter"],
        "handson",
        {
            "query": p("food bank", "beach cleanup", "tutoring kids", "animal shelter", "tree planting"),
            "location_query": p("Toronto, ON", "Chicago", "Manchester", "Portland, OR", "Montréal"),
            "radius_km": p(5, 10, 25, 50),
            "family_friendly_only": flag(),
            "results_count": n(0, 120),
        },
    ),
    (
        "track",
        "Volunteer Signed Up",
        ["web", "kotlin"],
        "handson",
        {
            "opportunity_id": G(lambda f: "opp_" + f.digits(6)),
            "opportunity_title": p(
                "Saturday food sort", "Beach cleanup", "Homework club helper", "Warehouse packing"
            ),
            "organization_name": G(lambda f: f.site[0]),
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "shift_start": iso(),
            "location": {
                "venue_name": G(lambda f: f.site[0]),
                "address": G(lambda f: f.site[1]),
                "city": G(lambda f: f.site[2]),
                "lat": G(lambda f: f.site[3]),
                "lng": G(lambda f: f.site[4]),
            },
            "participants": Opt(
                Many(
                    {
                        "first_name": Y(lambda f: f.pick(FIRST), "name"),
                        "age": Y(lambda f: f.r.randint(8, 17), "birthdate"),
                        "is_minor": c(True),
                        "relationship": p("child", "niece", "grandchild"),
                    },
                    3,
                ),
                0.4,
            ),
        },
    ),
    (
        "track",
        "Background Check Initiated",
        ["python"],
        "handson",
        {
            "checkr_candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": YN("p", "first"),
                "middle_name": Y(lambda f: f.pick(["", "Marie", "J.", "Olusegun", "Anne", "Kwame"]), "name"),
                "last_name": YN("p", "last"),
                "email": YE(),
                "phone": YP(),
                "dob": YDOB(),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "zipcode": Y(lambda f: f.postcode_for("US", "Chicago"), "zipcode"),
                "driver_license_number": Y(lambda f: f.dl_number()[1], "license"),
                "driver_license_state": p("CA", "NY", "TX", "IL", "FL", "WA"),
                "copy_requested": flag(),
                "created_at": iso(),
            },
            "package": p("basic_criminal", "driver_pro", "tasker_standard"),
            "work_locations": Many(
                {
                    "country": c("US"),
                    "state": p("IL", "OR", "GA"),
                    "city": p("Chicago", "Portland", "Atlanta"),
                },
                1,
            ),
            "invitation_url": G(lambda f: "https://apply.checkr.com/invite/handson/" + f.hexid(10)),
            "role_requires_driving": flag(),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["python", "go"],
        "handson",
        {
            "report": {
                "id": G(lambda f: f.hexid(24)),
                "status": p("clear", "consider", "suspended"),
                "adjudication": RED(
                    lambda f: f.pick(["engaged", "pre_adverse_action", "post_adverse_action", None]),
                    "criminal record",
                ),
                "package": p("basic_criminal", "driver_pro", "tasker_standard"),
                "turnaround_time": n(3600, 400000),
                "completed_at": iso(),
            },
            "candidate_id": G(lambda f: f.hexid(24)),
            "candidate_ssn": RED(lambda f: "XXX-XX-" + f.digits(4), "social security number"),
            "candidate_dob": YDOB(),
            "volunteer_id": G(lambda f: "vol_" + f.digits(6)),
            "cleared_for_minors": flag(),
        },
    ),
    (
        "track",
        "DbsCheckSubmitted",
        ["dotnet"],
        "handson",
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "CheckLevel": p("Basic", "Standard", "Enhanced", "EnhancedWithBarred"),
            "Workforce": p("Child", "Adult", "ChildAndAdult"),
            "ApplicantForename": YN("p", "first"),
            "ApplicantSurname": YN("p", "last"),
            "PreviousSurnames": Opt(Many(Y(lambda f: f.pick(LAST), "name"), 2), 0.4),
            "DateOfBirth": YDOB(),
            "TownOfBirth": Y(
                lambda f: f.pick(["Swansea", "Lagos", "Karachi", "Derry", "Leeds", "Kraków"]), "city"
            ),
            "NationalInsuranceNumber": RED(lambda f: f.ni_number(), "national id"),
            "DbsCertificateNumber": Opt(Y(lambda f: "00" + f.digits(10), "certificate"), 0.5),
            "UpdateServiceSubscribed": flag(),
            "SubmittedUtc": iso(),
        },
    ),
    (
        "track",
        "Guardian Consent Given",
        ["node"],
        "handson",
        {
            "consent_id": uuid(),
            "minor": {
                "first_name": YN("p", "first"),
                "last_name": YN("p", "last"),
                "date_of_birth": Y(lambda f: f.date(2008, 2016), "birthdate"),
                "school_grade": p(6, 7, 8, 9, 10, 11),
            },
            "guardian": {
                "full_name": YN("q"),
                "email": YE("q"),
                "phone": YP("q"),
                "relationship": p("mother", "father", "legal guardian", "grandparent"),
            },
            "signature_name": YN("q"),
            "signed_ip": Y(lambda f: f.q.ip, "ip"),
            "photo_release": flag(),
            "medical_treatment_authorized": flag(),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["kotlin", "flutter", "swift"],
        "handson",
        {
            "emergency_contact": {
                "name": YN("q"),
                "relationship": p("spouse", "partner", "parent", "sibling", "friend", "roommate"),
                "phone": YP("q"),
                "alt_phone": Opt(YP("q", mobile=False), 0.4),
                "email": Opt(YE("q"), 0.5),
            },
            "contacts_on_file": n(1, 3),
            "is_primary": flag(),
        },
    ),
    (
        "track",
        "Volunteer Health Form Submitted",
        ["web"],
        "handson",
        {
            "form_version": p("v3", "v4", "v4.1"),
            "allergies": Y(
                lambda f: f.pick(
                    ["peanuts", "penicillin", "bee stings", "shellfish, latex", "tree nuts", "dust mites"]
                ),
                "allergy",
            ),
            "carries_epipen": RED(lambda f: f.pick([True, False]), "allergy"),
            "medications": Opt(
                Many(
                    Y(
                        lambda f: f.pick(["salbutamol inhaler", "insulin", "sertraline", "levothyroxine"]),
                        "medication",
                    ),
                    2,
                ),
                0.6,
            ),
            "medical_conditions": Y(
                lambda f: f.pick(
                    ["asthma", "type 1 diabetes", "epilepsy", "hypertension", "coeliac disease"]
                ),
                "condition",
            ),
            "physician_name": Opt(Y(lambda f: "Dr. " + f.s.full, "name"), 0.5),
            "physician_phone": Opt(YP("s", mobile=False), 0.5),
            "dietary_restrictions": RED(
                lambda f: f.pick(
                    ["halal", "kosher", "vegetarian", "gluten-free (coeliac)", "nut-free", "vegan"]
                ),
                "allergy|religion",
            ),
            "needs_accessible_role": RED(lambda f: f.pick([True, False]), "disability"),
            "first_aid_certified": flag(),
            "submitted_at": iso(),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        "handson",
        {
            "form_id": p("volunteer_signup", "emergency_contact", "profile_edit"),
            "field_name": p("mobile_phone", "emergency_contact_phone", "home_phone"),
            "label": p("Phone number", "Best number to reach you", "Contact phone"),
            "value": Y(lambda f: f.pick([f.p.mobile, f.q.mobile, f.p.phone]), "phone", True),
            "field_index": n(1, 12),
            "time_to_complete_ms": n(800, 15000),
            "autofilled": flag(),
        },
    ),
    (
        "track",
        "Shift Checked In",
        ["flutter"],
        "handson",
        {
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "site_name": G(lambda f: f.site[0]),
            "checkin_method": p("qr_code", "geofence", "coordinator"),
            "checkin_location": {
                "lat": Y(lambda f: f.p.lat, "geolocation"),
                "lng": Y(lambda f: f.p.lon, "geolocation"),
                "accuracy_m": n(3, 60),
            },
            "distance_from_site_m": n(0, 400),
            "checked_in_by": Opt(YN("s"), 0.5),
            "first_shift": flag(),
        },
    ),
    (
        "track",
        "Hours Logged",
        ["kotlin", "web", "flutter"],
        "handson",
        {
            "entry_id": G(lambda f: "hl_" + f.digits(8)),
            "hours": p(1.5, 2, 3, 4, 6.5),
            "activity_type": p("food_sorting", "tutoring", "cleanup", "admin", "driving"),
            "opportunity_id": G(lambda f: "opp_" + f.digits(6)),
            "verified_by_email": Opt(YE("s"), 0.6),
            "comment": p(
                "Sorted and packed 40 boxes of produce.",
                "Helped with homework club, great group today.",
                "",
                "Picked up litter along the east shore.",
                "Data entry for the winter coat drive.",
            ),
        },
    ),
    (
        "track",
        "Mileage Reimbursement Claimed",
        ["java"],
        "handson",
        {
            "claim_id": G(lambda f: "mil_" + f.digits(6)),
            "miles": money(2, 140),
            "amount_gbp": money(1, 63),
            "start_address": Y(lambda f: f.address_line(f.p), "address"),
            "destination_site": G(lambda f: f.site[0]),
            "vehicle_registration": Y(
                lambda f: (
                    f.pick("ABDEFGHKLMNOPRSVWY")
                    + f.pick("ABCDEFGHJKLMNOPRSTUVWXY")
                    + f.pick(["22", "23", "73", "19", "69"])
                    + " "
                    + "".join(f.pick("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
                ),
                "license|identification",
            ),
            "payee_name": YN(),
            "payee_sort_code": G(lambda f: f.pick(SORT_CODES)),
            "payee_account_number": RED(lambda f: f.digits(8), "bank account"),
            "approved_by_staff_id": G(lambda f: "STF" + f.digits(4)),
        },
    ),
    (
        "track",
        "Demographics Survey Completed",
        ["web"],
        "handson",
        {
            "survey_id": c("dei-2024"),
            "age_range": p("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
            "gender_identity": Y(
                lambda f: f.pick(["woman", "man", "non-binary", "prefer_not_to_say"]), "gender"
            ),
            "ethnicity": RED(
                lambda f: f.pick(
                    [
                        "Black",
                        "East Asian",
                        "South Asian",
                        "Hispanic or Latino",
                        "White",
                        "Indigenous",
                        "Mixed",
                    ]
                ),
                "ethnicity|race",
            ),
            "sexual_orientation": RED(
                lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer_not_to_say"]),
                "sexual orientation",
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "prefer_not_to_say"]), "disability"),
            "veteran_status": RED(
                lambda f: f.pick(["veteran", "not_a_veteran", "prefer_not_to_say"]), "veteran"
            ),
            "first_generation_immigrant": Y(lambda f: f.pick([True, False]), "citizenship"),
            "questions_skipped": n(0, 4),
        },
    ),
    (
        "track",
        "Reminder Sent",
        ["java"],
        "handson",
        {
            "channel": c("sms"),
            "provider": c("twilio"),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: e164(f.p.mobile), "phone", True),
            "from": p("+13125550142", "+16475550199", "+447700900321"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Hi {f.p.first}, reminder: your shift at {f.site[0]} starts tomorrow at 9am. "
                        "Reply C to cancel.",
                        f"{f.p.first}, thanks for signing up! Check in with the QR code when you arrive.",
                        f"Hi {f.p.first}! Your shift today was moved to 1pm. Reply STOP to opt out.",
                    ]
                ),
                "name",
                True,
            ),
            "status": p("queued", "sent", "delivered", "undelivered"),
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
        },
    ),
    (
        "track",
        "Shift Roster Exported",
        ["ruby"],
        "handson",
        {
            "roster-id": G(lambda f: "ros-" + f.digits(6)),
            "shift-date": G(lambda f: f.date(2024, 2025)),
            "volunteer-count": n(3, 60),
            "exported-by": YE("s"),
            "coordinator-name": YN("s"),
            "file-format": p("csv", "pdf", "xlsx"),
            "include-phone-numbers": flag(),
            "include-emergency-contacts": flag(),
            "site-name": G(lambda f: f.site[0]),
        },
    ),
    (
        "track",
        "Inscription bénévole",
        ["web"],
        "handson",
        {
            "prenom": Y(lambda f: f.pick(FIRST), "name"),
            "nom": Y(lambda f: f.pick(LAST), "name"),
            "courriel": Y(lambda f: f.person("CA").email, "email"),
            "telephone": Y(lambda f: f.person("CA").mobile, "phone"),
            "date_de_naissance": YDOB(),
            "ville": Y(lambda f: f.pick(["Montréal", "Laval", "Longueuil", "Québec", "Gatineau"]), "city"),
            "disponibilites": Many(p("lundi", "mercredi", "samedi", "dimanche"), 3),
            "competences": Many(p("cuisine", "premiers soins", "conduite", "tutorat"), 2),
            "organisme": p("Moisson Montréal", "La Tablée des Chefs", "Centraide"),
            "premiere_fois": flag(),
            "accepte_conditions": c(True),
        },
    ),
    (
        "group",
        None,
        ["web", "ruby"],
        "handson",
        {
            "organization_name": G(lambda f: f.site[0]),
            "org_type": p("food_bank", "shelter", "school", "environmental"),
            "registered_charity_number": p("1123456", "106768817RR0001", "36-2716427"),
            "headquarters_city": G(lambda f: f.site[2]),
            "active_opportunities": n(1, 80),
            "volunteers_last_90d": n(5, 2500),
            "coordinator_email": YE("s"),
            "subscription_tier": p("free", "pro", "network"),
        },
    ),
    (
        "screen",
        "Shift Details",
        ["flutter", "kotlin"],
        "handson",
        {
            "name": c("Shift Details"),
            "shift_id": G(lambda f: "sh_" + f.digits(7)),
            "opportunity_id": G(lambda f: "opp_" + f.digits(6)),
            "spots_left": n(0, 30),
        },
    ),
]

# -- Tixo: ticketing ----------------------------------------------------------------------------------

EVENTS = [
    ("Summer Jazz Fest 2025", "Millennium Park", "Chicago", 41.8826, -87.6226),
    ("Night Market Toronto", "Stackt Market", "Toronto", 43.6395, -79.4000),
    ("Velvet Harbor - Live", "O2 Academy Brixton", "London", 51.4653, -0.1149),
    ("Indie Games Expo", "Vancouver Convention Centre", "Vancouver", 49.2888, -123.1111),
    ("Charity Gala for Food Banks", "Fairmont Royal York", "Toronto", 43.6455, -79.3817),
    ("Festival Lumière", "Quartier des spectacles", "Montréal", 45.5088, -73.5617),
    ("DevConf North", "Manchester Central", "Manchester", 53.4762, -2.2467),
]
ACTS = [
    "Velvet Harbor",
    "Los Cuervos",
    "The Midnight Owls",
    "DJ Kaleido",
    "Northern Static",
    "Orchestre Lumen",
]
TIERS = ["General Admission", "VIP", "Early Bird", "Student", "Balcony", "Accessible Seating"]


def ev(i):
    return G(lambda f: f.venue[i])


def ticket_product():
    return {
        "product_id": G(lambda f: "tkt_type_" + f.digits(5)),
        "sku": G(lambda f: f"{f.pick(['GA', 'VIP', 'EB', 'STU'])}-{f.digits(4)}"),
        "name": G(lambda f: f.pick(TIERS)),
        "category": c("tickets"),
        "event_name": ev(0),
        "price": money(15, 450),
        "quantity": n(1, 6),
        "url": G(lambda f: "https://tixo.com/e/" + f.hexid(8)),
    }


def merch_product():
    return {
        "product_id": G(lambda f: "mer_" + f.digits(5)),
        "sku": G(
            lambda f: f"TX-{f.pick(['TEE', 'HOOD', 'POSTER', 'TOTE'])}-{f.pick(['S', 'M', 'L', 'XL', 'OS'])}"
        ),
        "name": p(
            "Summer Jazz Fest Tee", "Velvet Harbor Tour Hoodie", "Night Market Tote", "Festival Poster A2"
        ),
        "variant": p("Black / M", "Sand / L", "One size"),
        "category": c("merchandise"),
        "price": money(12, 80),
        "quantity": n(1, 3),
    }


TIXO = [
    (
        "identify",
        None,
        ["rn", "web", "node"],
        "tixo",
        {
            "email": YE(),
            "first_name": YN("p", "first"),
            "last_name": YN("p", "last"),
            "phone": Opt(YP(), 0.6),
            "birthday": Opt(YDOB(), 0.5),
            "gender": Opt(Y(lambda f: f.pick(["female", "male", "non-binary", "other"]), "gender"), 0.4),
            "city": YCITY(),
            "marketing_opt_in": flag(),
            "favorite_genres": Many(p("jazz", "indie", "electronic", "comedy", "classical"), 3),
            "tickets_purchased": n(0, 60),
            "member_since": iso(),
        },
    ),
    (
        "track",
        "Products Searched",
        ["rn", "web"],
        "tixo",
        {
            "query": p("jazz", "velvet harbor", "comedy this weekend", "night market", "festival lumiere"),
            "city": p("Toronto", "Chicago", "London", "Montréal", "Vancouver"),
            "date_filter": p("today", "this_weekend", "next_30_days"),
            "results": n(0, 80),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["rn", "web"],
        "tixo",
        {
            **{k: v for k, v in ticket_product().items() if k != "quantity"},
            "venue_name": ev(1),
            "venue_city": ev(2),
            "venue_lat": ev(3),
            "venue_lng": ev(4),
            "event_date": future_date(),
            "performer": G(lambda f: f.pick(ACTS)),
            "currency": p("USD", "CAD", "GBP"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["rn", "web"],
        "tixo",
        {
            "order_id": G(lambda f: "TX" + f.digits(9)),
            "total": money(20, 1200),
            "currency": p("USD", "CAD", "GBP"),
            "products": Many(ticket_product(), 2),
            "hold_expires_at": iso(),
            "seat_map_used": flag(),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "php"],
        "tixo",
        {
            "order_id": G(lambda f: "TX" + f.digits(9)),
            "total": money(20, 1200),
            "revenue": money(20, 1000),
            "fees": money(2, 90),
            "tax": money(0, 120),
            "currency": p("USD", "CAD", "GBP"),
            "coupon": p("", "EARLYBIRD", "STUDENT10", "JAZZ2025"),
            "products": Many(ticket_product(), 3),
            "buyer": {
                "first_name": YN("p", "first"),
                "last_name": YN("p", "last"),
                "email": YE(),
                "phone": Opt(YP(), 0.6),
            },
            "attendees": Many(
                {
                    "ticket_id": G(lambda f: "T" + f.digits(11)),
                    "barcode": G(lambda f: f.digits(20)),
                    "first_name": Y(lambda f: f.pick(FIRST), "name"),
                    "last_name": Y(lambda f: f.pick(LAST), "name"),
                    "email": Y(lambda f: f.person().email, "email"),
                    "phone": Opt(Y(lambda f: f.person().mobile, "phone"), 0.4),
                    "ticket_type": G(lambda f: f.pick(TIERS)),
                    "section": p("Floor", "101", "Balcony C", None),
                    "row": p("A", "F", "K", None),
                    "seat": p("12", "7", "23", None),
                },
                4,
            ),
            "billing_postal_code": YZIP(),
            "hashed_email": Y(lambda f: f.hexid(64), "email"),
            "payment": {
                "card_brand": p("visa", "mastercard", "amex", "interac"),
                "last4": G(lambda f: f.digits(4)),
                "bin": G(lambda f: f.pick(["424242", "545454", "374245", "451012"])),
                "wallet": p(None, "apple_pay", "google_pay"),
            },
            "marketing_consent": flag(),
            "sales_channel": p("online", "box_office", "app"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        "tixo",
        {
            "checkout_id": uuid(),
            "order_id": G(lambda f: "TX" + f.digits(9)),
            "step": c(2),
            "payment_method": p("card", "paypal", "apple_pay"),
            "cardholder_name": YN(),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "save_card": flag(),
            "billing_country": country(),
        },
    ),
    (
        "track",
        "Ticket Transferred",
        ["rn"],
        "tixo",
        {
            "ticket_id": G(lambda f: "T" + f.digits(11)),
            "event_id": G(lambda f: "evt_" + f.digits(6)),
            "event_name": ev(0),
            "recipient_name": YN("q"),
            "recipient_email": YE("q"),
            "recipient_phone": Opt(YP("q"), 0.5),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Here's your ticket! Text me at {f.p.mobile} when you get there",
                        f"Can't make it - enjoy! Call {f.p.mobile} if the QR doesn't load",
                        f"See you at the gate, my cell is {f.p.mobile}",
                    ]
                ),
                "phone",
                True,
            ),
            "transfer_method": p("email", "sms", "link"),
            "tickets_count": n(1, 4),
            "resale": flag(),
        },
    ),
    (
        "track",
        "Ticket Scanned",
        ["kotlin"],
        "tixo",
        {
            "barcode": G(lambda f: f.digits(20)),
            "scan_result": p("valid", "valid", "valid", "already_scanned", "invalid", "wrong_event"),
            "gate": p("North Gate", "Gate B", "VIP Entrance", "Main Doors"),
            "scanner_id": G(lambda f: "scn-" + f.digits(3)),
            "scanned_by_staff": YN("s"),
            "attendee_name": YN(),
            "ticket_type": G(lambda f: f.pick(TIERS)),
            "checkin_time": iso(),
            "gate_lat": ev(3),
            "gate_lng": ev(4),
        },
    ),
    (
        "track",
        "Attendee Looked Up",
        ["kotlin"],
        "tixo",
        {
            "input": Y(lambda f: f.pick([f.p.email, f.p.full, f.p.last, f.q.email]), "email|name", True),
            "lookup_method": p("manual_search", "manual_search", "id_check", "qr_rescan"),
            "results_count": n(0, 4),
            "event_id": G(lambda f: "evt_" + f.digits(6)),
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Badge Printed",
        ["kotlin", "java"],
        "tixo",
        {
            "badge_id": G(lambda f: "B" + f.digits(8)),
            "template": p("speaker", "attendee", "sponsor", "staff"),
            "line1": Y(lambda f: f.p.full, "name", True),
            "line2": p("Shopify", "Wealthsimple", "BBC", "Deloitte", "University of Manchester", ""),
            "qr_payload": G(lambda f: "TIXO:" + f.digits(20)),
            "reprint": flag(),
        },
    ),
    (
        "track",
        "Accessibility Request Submitted",
        ["web", "rn"],
        "tixo",
        {
            "order_id": G(lambda f: "TX" + f.digits(9)),
            "request_types": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "wheelchair_space",
                            "companion_seat",
                            "asl_interpreter",
                            "step_free_access",
                            "captioning",
                            "quiet_room",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "wheelchair_user": RED(lambda f: f.pick([True, False]), "disability"),
            "companion_ticket_required": RED(lambda f: f.pick([True, False]), "disability"),
            "details": RED(
                lambda f: f.pick(
                    [
                        "I use a power wheelchair and need a level space with a companion seat next to it.",
                        "Deaf - would like an ASL interpreter on the stage side please.",
                        "I have MS and can't manage stairs, need step-free route and seating near an exit.",
                        "Autistic, need access to a quiet room during the show.",
                        "Partially sighted, bringing my guide dog Juniper.",
                    ]
                ),
                "disability",
                True,
            ),
            "contact_phone": YP(),
            "preferred_contact_method": p("phone", "email", "sms"),
            "event_id": G(lambda f: "evt_" + f.digits(6)),
        },
    ),
    (
        "track",
        "Gala Table Booked",
        ["node"],
        "tixo",
        {
            "booking_id": G(lambda f: "GALA-" + f.digits(5)),
            "event_name": c("Charity Gala for Food Banks"),
            "table_number": n(1, 60),
            "host_name": YN(),
            "host_company": p("Shopify", "RBC", "Deloitte", "Rogers", None),
            "guests": Many(
                {
                    "name": Y(lambda f: f.person().full, "name"),
                    "email": Opt(Y(lambda f: f.person().email, "email"), 0.6),
                    "dietary_requirements": RED(
                        lambda f: f.pick(
                            ["none", "vegetarian", "halal", "kosher", "gluten-free (coeliac)", "nut allergy"]
                        ),
                        "allergy|religion",
                    ),
                },
                10,
            ),
            "seating_requests": p("Near the stage please", "", "Away from the speakers", "Next to table 12"),
        },
    ),
    (
        "track",
        "Merchandise Purchased",
        ["node"],
        "tixo",
        {
            "order_id": G(lambda f: "TXM" + f.digits(8)),
            "products": Many(merch_product(), 3),
            "subtotal": money(12, 240),
            "shipping": money(0, 18),
            "currency": p("USD", "CAD", "GBP"),
            "shipping_address": Opt(
                {
                    "name": YN(),
                    "address1": YSTREET(),
                    "address2": YLINE2(),
                    "city": YCITY(),
                    "province_code": region(),
                    "zip": YZIP(),
                    "country_code": country(),
                    "phone": YP(),
                },
                0.7,
            ),
            "is_gift": flag(),
        },
    ),
    (
        "track",
        "Visa Invitation Letter Requested",
        ["php"],
        "tixo",
        {
            "Request ID": G(lambda f: "VIL-" + f.digits(6)),
            "Event": c("DevConf North"),
            "Full Name (as in passport)": Y(
                lambda f: f"{f.pick(LAST).upper()} {f.pick(FIRST).upper()}", "name"
            ),
            "Nationality": Y(
                lambda f: f.pick(["Indian", "Nigerian", "Brazilian", "Pakistani", "Filipino", "Egyptian"]),
                "citizenship",
            ),
            "Passport Number": RED(
                lambda f: f.passport(f.pick(["Indian", "Nigerian", "Brazilian", "Pakistani"])), "passport"
            ),
            "Passport Expiry Date": G(lambda f: f.date(2026, 2034)),
            "Date of Birth": YDOB(),
            "Organisation": p("Infosys", "Andela", "Nubank", "Systems Ltd", "Accenture"),
            "Embassy / Consulate City": p("New Delhi", "Lagos", "Brasília", "Islamabad", "Manila"),
            "Letter Sent At": iso(),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        ["rn", "web"],
        "tixo",
        {
            "event_id": G(lambda f: "evt_" + f.digits(6)),
            "tier": G(lambda f: f.pick(TIERS)),
            "position": n(1, 3000),
            "notify_phone": Opt(YP(), 0.6),
            "notify_by_sms": flag(),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["web", "rn"],
        "tixo",
        {
            "order_id": G(lambda f: "TX" + f.digits(9)),
            "reason": p("cant_attend", "event_postponed", "duplicate_purchase", "other"),
            "comments": p(
                "Can't make it anymore, sorry!",
                "Bought twice by mistake",
                "",
                "The date moved and I'm away that weekend",
                "A work trip came up",
            ),
            "refund_amount": money(15, 600),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["go"],
        "tixo",
        {
            "email": YE(),
            "link": RED(
                lambda f: "https://tixo.com/account/reset?token=" + f.jwt(),
                "token",
                True,
            ),
            "expires_in_minutes": c(30),
            "requested_ip": Y(lambda f: f.p.ip, "ip"),
            "attempts_today": n(1, 4),
        },
    ),
    (
        "track",
        "PayoutInitiated",
        ["dotnet"],
        "tixo",
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(16)),
            "OrganizerId": G(lambda f: "org_" + f.digits(5)),
            "Amount": money(100, 50000),
            "Currency": p("USD", "CAD", "GBP"),
            "AccountHolderName": YN(),
            "BankAccountNumber": RED(lambda f: f.us_account(), "bank account"),
            "RoutingNumber": G(lambda f: f.pick(ROUTING)),
            "ArrivalDate": future_date(),
        },
    ),
    (
        "page",
        "Event",
        ["web"],
        "tixo",
        {
            "path": G(lambda f: f.pick(BRANDS["tixo"]["pages"])),
            "url": G(lambda f: "https://tixo.com" + f.pick(BRANDS["tixo"]["pages"])),
            "title": G(lambda f: f.pick(BRANDS["tixo"]["titles"])),
            "referrer": p("", "https://www.instagram.com/", "https://www.google.com/"),
            "search": p("", "?utm_source=instagram", "?promo=JAZZ2025"),
            "event_id": G(lambda f: "evt_" + f.digits(6)),
        },
    ),
    (
        "screen",
        "Ticket Wallet",
        ["rn"],
        "tixo",
        {
            "name": c("Ticket Wallet"),
            "upcoming_tickets": n(0, 8),
            "added_to_apple_wallet": flag(),
        },
    ),
    (
        "track",
        "Push Notifications Enabled",
        ["rn", "swift"],
        "tixo",
        {
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), f.hexid(22) + ":APA91b" + f.hexid(40)]), "token"
            ),
            "provider": p("apns", "fcm"),
            "categories": Many(p("event_reminders", "presales", "price_drops"), 3),
        },
    ),
    (
        "alias",
        None,
        ["rn", "web"],
        "tixo",
        None,
    ),
]

TEMPLATES = KINDLING + HANDSON + TIXO


def build(seed: int, repeats: int):
    f = F31(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, brand, body in TEMPLATES:
            f.new_event()
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.pick(["ajs-next-", "", ""]) + f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": {"kindling": "dnr_", "handson": "vol_", "tixo": "tx_"}[brand] + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            if kind in ("page", "screen"):
                msg["name"] = name
            if kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render31(body, f, section, labels)
            msg["context"] = render31(context_for(client, brand), f, "context", labels)
            if f.r.random() < 0.3:
                msg["integrations"] = {"All": True, "Salesforce": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=3131, repeats=30)
    write(Path(__file__).parent, "holdout31_", events, labels)
