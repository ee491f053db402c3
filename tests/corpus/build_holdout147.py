"""Writes holdout147: tests/corpus/holdout147_events.jsonl and holdout147_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any other holdout builder except build_holdout3.py (read for format only), and
never scored by its author. Run: `.venv/bin/python -m tests.corpus.build_holdout147` (seeded,
deterministic).

Domain: a political campaign, advocacy and petition platform in the US and the UK. Petition
signatures with addresses (own forms, an Action Network OSDI webhook, a kebab-case embed, Spanish
and Welsh forms), find-your-MP and write-to-your-MP, US voter registration lookups and
registrations, polling-place search, absentee requests, donations with FEC employer/occupation,
a legacy PHP card form, ACH and UK direct-debit dues, a merch store (e-commerce spec), ad
conversions (gclid, fbclid, _fbp/_fbc, hashed e-mail), event RSVPs and check-ins, volunteer
shifts, timesheets and staff onboarding (.NET PascalCase, US and UK payroll), canvassing and phone
banking (walk lists, door knocks, survey responses, UK doorstep canvass), relational organising
(synced phone contacts), peer-to-peer SMS, Twilio callbacks, SendGrid e-mail events, Typeform
surveys, an equality-monitoring membership join, union card signing, an election-protection
hotline, a warehouse reverse-ETL of the voter file (SCREAMING_SNAKE), sign-in (magic links,
one-time codes), integrations with API keys, job applications with EEO questions.
Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter and the
python, node, go, java, ruby, php and .NET server libraries; identify, track, page, screen, group
and alias calls. Values are coherent per message (one person per event) and drawn from many
cultures, US and UK phone and address formats; cards pass Luhn, IBANs mod-97, SSNs follow the SSA
structure, NI numbers the HMRC prefix rules.

Conventions: each leaf path has one label: classification (red/yellow/green), type (the reference's
matcher name, or bank account, geolocation, secret, national id, advertising id, token, political
opinion, trade union ...; `a|b` when either is fair) and value_only (the key does not say what the
value is). Paths are `properties.a.b`, arrays `[]`, as portal.events.flatten lists them.

Labelling rules (the product's default colours and published policy, followed exactly):
- PII = personal data about a natural person (user, recipient, contact, friend, household member,
  emergency contact, supervisor, staff member). Colour = the reference matcher's default; outside
  the reference, red for credentials, secrets, card numbers, bank accounts, government ids and
  health; yellow otherwise.
- Green: ids we or vendors issue (VAN ids, member numbers, order/contribution/receipt ids, FEC
  committee ids, Twilio SIDs, Typeform response tokens), versions, timestamps, hashes of non-PII
  (sha256 of a user id), amounts, enums, counters and booleans under PII-sounding keys
  (sms_opt_in, phone_verified, email_count, password_strength), employers and occupations (FEC),
  job titles, ages and age bands, marital status, country/state/county/precinct/district/ward/
  constituency, a place that is not the person's (venue, polling place, store, turf centroid),
  the campaign's own numbers and mailboxes (short codes, outbound caller ids, no-reply@, team@),
  e-mail Message-IDs, UUID tokens (Places session token, unsubscribe token), card brand/last4/
  expiry, routing numbers and sort codes.
- Yellow by policy: political opinions (party registration, voting intention, support scores
  including modelled ones, survey answers on candidates and issues), trade-union membership
  (`trade union`), pay and hourly rates and income bands (`salary`), click ids and ad-matching
  hashes (`advertising id`), billing/shipping addresses, US state voter ids and UK elector
  numbers (`identification`: a government register's number for the person, not an identity
  document's).
- Red by policy: payment method tokens (pm_), sign-in link tokens and one-time codes (`token`),
  API keys (`secret`), passwords, SSNs and their last four, NI numbers (`national id`), a driver's
  licence number given as proof of identity on a voter registration (`national id|license`),
  right-to-work and sponsorship answers and UK share codes (`visa`), veteran and disability
  answers (the reference's red matchers), full card numbers and CVV, bank account numbers and
  IBANs, APNs push tokens in context.device.token (`token`, as the project's first corpus does).
- Decisions of my own, for a careful privacy owner: what a person signed, donated to or RSVPed
  for (petition titles, candidate and committee names, event titles) is green, the stance is
  carried by the event, not by the field; MPs and officials named in their public role (the MP's
  name and parliamentary address a letter goes to) are green, like a company; a constant
  compliance attestation (`citizen_attested`, always true) is green; free-text comments are green
  unless every value carries PII, and then labelled by the PII every value carries (value_only
  when the key is neutral); modelled turnout scores and vote-history counts are green; an area
  code on its own is green; usernames built from a person's name are `name`; a staff member's
  named work address (first.last@commonground.org) is yellow `email`, unlike a role mailbox;
  pronouns are `gender`; an answer to "are you a union member?" is `trade union` even as a bare
  boolean.
- value_only PII paths hold that PII in every value; a key such as `q`, `input`, `value`,
  `label`, `text`, `note`, `notes`, `response`, `link_url` or a Typeform `answers[].text` is
  neutral.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people and places ----------------------------------------------------------------------------

FIRST = [
    "Maria",
    "DeShawn",
    "Aaliyah",
    "Jamal",
    "Priya",
    "Thanh",
    "Linh",
    "Siobhan",
    "Gwen",
    "Rhys",
    "Cerys",
    "Dylan",
    "Mohammed",
    "Aisha",
    "Oluwaseun",
    "Chidi",
    "Wei",
    "Hiroshi",
    "Mateo",
    "José",
    "Guadalupe",
    "Ximena",
    "Kateryna",
    "Agnieszka",
    "Tomasz",
    "Abdi",
    "Hodan",
    "Bridget",
    "Connor",
    "Eilidh",
    "Hamish",
    "Tyrone",
    "Latoya",
    "Emily",
    "Jake",
    "Harpreet",
    "Rajesh",
    "Yusuf",
    "Zainab",
    "Ngozi",
    "Kwabena",
    "Minh",
    "Seo-yeon",
    "Leilani",
    "Dakota",
    "Sinéad",
    "Bronwen",
    "Iolo",
    "Saoirse",
    "Björn",
    "Esperanza",
    "Darnell",
    "Shanice",
    "Rivka",
    "Mei-Ling",
    "Olumide",
]
LAST = [
    "Delgado",
    "Washington",
    "Okonkwo",
    "Patel",
    "Nguyen",
    "Kowalczyk",
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Ahmed",
    "Begum",
    "Hussain",
    "O'Sullivan",
    "MacLeod",
    "Campbell",
    "Rodríguez",
    "Hernández",
    "Kim",
    "Park",
    "Tran",
    "Cohen",
    "Goldberg",
    "Abdullahi",
    "Mensah",
    "Adeyemi",
    "Singh",
    "Kaur",
    "Chen",
    "Wong",
    "Yamamoto",
    "Kealoha",
    "Begaye",
    "Johnson",
    "Smith",
    "Brown",
    "García",
    "López",
    "Rossi",
    "Nowak",
    "Van der Berg",
    "Ó Briain",
    "Llewellyn",
    "Jackson",
]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "aol.com",
    "protonmail.com",
    "comcast.net",
    "example.org",
]
US_PLACES = [
    ("Philadelphia", "PA", "191", "215"),
    ("Atlanta", "GA", "303", "404"),
    ("Phoenix", "AZ", "850", "602"),
    ("Milwaukee", "WI", "532", "414"),
    ("Detroit", "MI", "482", "313"),
    ("Las Vegas", "NV", "891", "702"),
    ("Charlotte", "NC", "282", "704"),
    ("Houston", "TX", "770", "713"),
    ("Miami", "FL", "331", "305"),
    ("Pittsburgh", "PA", "152", "412"),
    ("Madison", "WI", "537", "608"),
    ("Reno", "NV", "895", "775"),
    ("Tucson", "AZ", "857", "520"),
    ("Savannah", "GA", "314", "912"),
    ("Grand Rapids", "MI", "495", "616"),
    ("Durham", "NC", "277", "919"),
    ("San Antonio", "TX", "782", "210"),
]
US_STREETS = [
    "Maple",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Elm",
    "Washington",
    "Broadway",
    "Peachtree",
    "Grand River",
    "Lincoln",
    "Oak Park",
    "Sunset",
    "Magnolia",
    "3rd",
    "Jefferson",
    "Lakeshore",
    "Cherry Hill",
    "Mission",
]
US_SUFFIX = ["St", "Ave", "Blvd", "Dr", "Rd", "Ln", "Ct", "Way", "Street", "Avenue"]
UK_PLACES = [
    ("London", "E8"),
    ("London", "N16"),
    ("London", "SE15"),
    ("London", "SW9"),
    ("Manchester", "M14"),
    ("Cardiff", "CF24"),
    ("Swansea", "SA1"),
    ("Glasgow", "G12"),
    ("Edinburgh", "EH6"),
    ("Birmingham", "B29"),
    ("Leeds", "LS6"),
    ("Bristol", "BS5"),
    ("Belfast", "BT7"),
    ("Newcastle upon Tyne", "NE6"),
    ("Sheffield", "S11"),
    ("Aberystwyth", "SY23"),
]
UK_STREETS = [
    "Albion",
    "Station",
    "Victoria",
    "Church",
    "Mill",
    "Queen's",
    "Heol y Nant",
    "Cathedral",
    "Grove",
    "Stanley",
    "Gladstone",
    "Brunswick",
    "Ffordd Penrhyn",
]
UK_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Terrace", "Crescent", "Gardens"]
CONSTITUENCIES = [
    "Hackney North and Stoke Newington",
    "Manchester Rusholme",
    "Cardiff East",
    "Glasgow North",
    "Edinburgh North and Leith",
    "Birmingham Selly Oak",
    "Leeds Central and Headingley",
    "Bristol East",
    "Belfast South and Mid Down",
    "Ceredigion Preseli",
    "Sheffield Hallam",
]
MPS = [
    ("Diane Abbott", "diane.abbott.mp@parliament.uk"),
    ("Tom Morrison", "tom.morrison.mp@parliament.uk"),
    ("Jo Stevens", "jo.stevens.mp@parliament.uk"),
    ("Ben Lake", "ben.lake.mp@parliament.uk"),
    ("Olivia Blake", "olivia.blake.mp@parliament.uk"),
    ("Kerry McCarthy", "kerry.mccarthy.mp@parliament.uk"),
]
PETITIONS = [
    "Cap insulin at $35 for everyone",
    "Save the Eastside Library",
    "Stop the Line 5 pipeline",
    "Fund our public schools",
    "Protect the right to strike",
    "Scrap the two-child benefit cap",
    "Fix the 38 bus route",
    "Ban no-fault evictions",
    "Free school meals for every child",
    "Clean air for Birmingham",
    "Raise the minimum wage to $17",
    "Keep our post office open",
]
CANDIDATES = [
    "Torres for Congress",
    "Friends of Dana Hale",
    "Okafor for Senate",
    "Reyes for State House",
    "People for Kim",
    "Committee to Elect Bianca Ruiz",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in "-")


class CFake(Fake):
    """Fake with one coherent person per message (`new_person`) and US/UK generators."""

    def new_person(self):
        r = self.r
        first, last = self.pick(FIRST), self.pick(LAST)
        city, state, zip3, area = self.pick(US_PLACES)
        town, outward = self.pick(UK_PLACES)
        fl, ll = ascii_fold(first), ascii_fold(last).replace("-", "")
        user = self.pick(
            [
                f"{fl}.{ll}",
                f"{fl}{ll}{r.randint(1, 99)}",
                f"{fl[0]}{ll}",
                f"{fl}_{ll}",
                f"{ll}.{fl}{r.randint(60, 99)}",
            ]
        )
        self.p = {
            "first": first,
            "last": last,
            "email": f"{user}@{self.pick(MAIL)}",
            "city": city,
            "state": state,
            "zip": f"{zip3}{r.randint(1, 99):02d}",
            "area": area,
            "street": self.us_street(),
            "town": town,
            "postcode": f"{outward} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            f"{self.pick('ABDEFGHJLNPQRSTUWXYZ')}",
            "uk_street": self.uk_street(),
        }

    # names and contact details
    def fn(self):
        return self.p["first"]

    def ln(self):
        return self.p["last"]

    def name(self):
        return f"{self.p['first']} {self.p['last']}"

    def other_name(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def mail(self):
        return self.p["email"]

    def other_mail(self):
        first, last = ascii_fold(self.pick(FIRST)), ascii_fold(self.pick(LAST)).replace("-", "")
        return f"{first}{self.pick(['.', '', '_'])}{last}{self.r.randint(1, 999)}@{self.pick(MAIL)}"

    def us_phone(self, area=None):
        area = area or self.pick([a for *_, a in US_PLACES])
        ex, line = self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
                f"1 {area} {ex} {line:04d}",
            ]
        )

    def uk_phone(self):
        mob = f"7{self.r.randint(400, 999)}{self.r.randint(100000, 999999)}"
        return self.pick(
            [
                f"0{mob[:4]} {mob[4:]}",
                f"+44 {mob[:4]} {mob[4:]}",
                f"+44{mob}",
                f"020 {self.r.randint(7000, 8999)} {self.r.randint(1000, 9999)}",
                f"029 20{self.r.randint(10, 99)} {self.r.randint(1000, 9999)}",
                f"0161 {self.r.randint(200, 999)} {self.r.randint(1000, 9999)}",
            ]
        )

    def my_phone(self):
        return self.us_phone(self.p["area"])

    def e164(self):
        return f"+1{self.p['area']}{self.r.randint(201, 989)}{self.r.randint(0, 9999):04d}"

    # addresses
    def us_street(self):
        apt = self.pick(
            [
                "",
                "",
                "",
                f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}",
                f" Unit {self.r.randint(100, 999)}",
            ]
        )
        return f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)} {self.pick(US_SUFFIX)}{apt}"

    def uk_street(self):
        flat = self.pick(["", "", f"Flat {self.r.randint(1, 12)}, "])
        return f"{flat}{self.r.randint(1, 240)} {self.pick(UK_STREETS)} {self.pick(UK_SUFFIX)}"

    def us_line(self):
        p = self.p
        return f"{p['street']}, {p['city']}, {p['state']} {p['zip']}"

    def uk_line(self):
        p = self.p
        return f"{p['uk_street']}, {p['town']} {p['postcode']}"

    def other_us_line(self):
        city, state, zip3, _ = self.pick(US_PLACES)
        return f"{self.us_street()}, {city}, {state} {zip3}{self.r.randint(1, 99):02d}"

    def dob(self, fmt="iso"):
        y, m, d = self.r.randint(1938, 2006), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{m:02d}/{d:02d}/{y}" if fmt == "us" else f"{y}-{m:02d}-{d:02d}"

    # ids and secrets
    def alnum(self, n):
        return "".join(self.r.choice(ALNUM) for _ in range(n))

    def ni_number(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6)
        return self.pick(
            [
                f"{first}{second}{d}{self.pick('ABCD')}",
                f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {self.pick('ABCD')}",
            ]
        )

    def us_dl(self, state):
        r = self.r
        if state == "CA":
            return self.pick("ABCDEFGHJKLMNPRSTWY") + self.digits(7)
        if state == "FL":
            parts = (r.randint(100, 999), r.randint(100, 999), r.randint(10, 99), r.randint(100, 999))
            return self.pick("DGHMRSTW") + "{}-{}-{}-{}-0".format(*parts)
        if state == "PA":
            return f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
        if state == "MI":
            return self.pick("BDHJMRSTW") + " " + " ".join(str(r.randint(100, 999)) for _ in range(4))
        return self.digits(self.pick([8, 9]))

    def state_voter_id(self):
        return self.pick([self.digits(9), "BL" + self.digits(6), self.digits(10), "00" + self.digits(8)])

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(70) + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(54)

    def pm(self):
        return "pm_1" + self.pick(["O", "P", "Q"]) + self.alnum(22)

    def sha256(self):
        return self.hexid(64)

    def van_id(self):
        return self.r.randint(100000, 29999999)

    def mp(self):
        return self.pick(MPS)


# -- rendering (build.render plus fixed lists and optional keys) ----------------------------------


class Tup(list):
    """A fixed list of differently shaped items (a Typeform `answers` array)."""


class Opt:
    """A key present in about `p` of the messages."""

    def __init__(self, template, p=0.6):
        self.template, self.p = template, p


def render(template: Any, f: CFake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Tup):
        return [render(item, f, path + "[]", labels) for item in template]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.template
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def g(value):
    return G(lambda f: value)


def pick(*items):
    return G(lambda f: f.pick(list(items)))


# -- contexts of the client libraries -------------------------------------------------------------

SITES = {
    "petitions": (
        "https://act.commonground.org",
        ["/petitions/{}", "/p/{}/sign", "/petitions/{}/thanks"],
        ["Sign the petition | Common Ground", "Thank you for signing | Common Ground"],
    ),
    "donate": (
        "https://secure.commonground.org",
        ["/donate/{}", "/donate/{}/confirm", "/contribute/{}"],
        ["Chip in | Common Ground Action", "Confirm your contribution"],
    ),
    "vote": (
        "https://vote.commonground.org",
        ["/register", "/check/{}", "/polling-place", "/absentee"],
        ["Are you registered to vote?", "Find your polling place", "Request your mail ballot"],
    ),
    "shop": (
        "https://store.commonground.org",
        ["/products/{}", "/cart", "/checkout/{}"],
        ["Common Ground Store", "Checkout | Common Ground Store"],
    ),
    "uk": (
        "https://www.commonground.org.uk",
        ["/petitions/{}", "/write-to-your-mp", "/join", "/events/{}"],
        ["Common Ground UK", "Write to your MP | Common Ground", "Join us"],
    ),
}


def web_context(site: str):
    host, paths, titles = SITES[site]

    def page_path(f):
        return f.pick(paths).format(
            f.pick(["fund-schools", "insulin-35", "line5", "2024-eoy", "a1f3", "strike"])
        )

    return {
        "library": {
            "name": g("analytics.js"),
            "version": pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"),
        },
        "page": {
            "path": G(page_path),
            "referrer": pick(
                "https://www.google.com/",
                "",
                "https://t.co/",
                "https://www.facebook.com/",
                "https://l.instagram.com/",
            ),
            "search": pick(
                "",
                "?refcode=em240611",
                "?source=fb_lookalike&refcode=fbq3",
                "?utm_source=sms&utm_campaign=gotv",
            ),
            "title": pick(*titles),
            "url": G(lambda f: host + page_path(f)),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": pick("Chromium", "Google Chrome", "Not-A.Brand"),
                        "version": pick("124", "8", "99"),
                    },
                    3,
                ),
                "mobile": pick(True, False),
                "platform": pick("Windows", "macOS", "Android"),
            },
            0.5,
        ),
        "locale": pick("en-US", "en-GB", "es-US", "cy-GB"),
        "timezone": pick("America/New_York", "America/Chicago", "America/Phoenix", "Europe/London"),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": Opt(
            {
                "name": pick("gotv_2024", "eoy_match", "petition_insulin", "member_drive"),
                "source": pick("facebook", "google", "newsletter", "sms"),
                "medium": pick("paid_social", "cpc", "email", "text"),
                "content": pick("video_15s", "carousel_a", "ps_button"),
                "term": Opt(pick("register to vote", "insulin petition", "donate to torres"), 0.5),
            },
            0.4,
        ),
    }


def swift_context():
    return {
        "app": {
            "name": g("Field"),
            "version": pick("4.2.0", "4.3.1", "4.4.0"),
            "build": pick("420", "431", "440"),
            "namespace": g("org.commonground.field"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": g("Apple"),
            "model": pick("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,8"),
            "name": g("iPhone"),
            "type": g("ios"),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.5),
        },
        "library": {"name": g("analytics-swift"), "version": pick("1.5.11", "1.6.0")},
        "locale": pick("en-US", "es-US"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": g("iOS"), "version": pick("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": pick("America/Phoenix", "America/Detroit", "America/New_York"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Opt(Y(lambda f: f.other_mail(), "email"), 0.7),
            "firstName": Opt(Y(lambda f: f.pick(FIRST), "name"), 0.5),
        },
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(25.5, 45.0), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122.0, -75.0), 6), "geolocation"),
                "speed": pick(0, 0.8, 1.4),
            },
            0.8,
        ),
    }


def kotlin_context():
    return {
        "app": {
            "name": g("Field"),
            "version": pick("4.2.0", "4.3.1"),
            "build": pick("40200", "40301"),
            "namespace": g("org.commonground.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("samsung", "Google", "motorola", "OnePlus"),
            "model": pick("SM-A546B", "Pixel 7a", "moto g power (2023)", "CPH2449"),
            "name": pick("a54x", "lynx", "devonn", "OP5913L1"),
            "type": g("android"),
        },
        "library": {"name": g("analytics-kotlin"), "version": pick("1.16.3", "1.15.0")},
        "locale": pick("en-US", "es-US", "en-GB"),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("T-Mobile", "Verizon", "EE", "Vodafone UK"),
        },
        "os": {"name": g("Android"), "version": pick("14", "13", "12")},
        "screen": {
            "density": pick(2.625, 2.75, 3.0),
            "width": pick(1080, 1440),
            "height": pick(2340, 2400, 3120),
        },
        "timezone": pick("America/Chicago", "America/New_York", "Europe/London"),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["SM-A546B", "Pixel 7a"])
                + " Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Opt(Y(lambda f: f.other_mail(), "email"), 0.7),
            "firstName": Opt(Y(lambda f: f.pick(FIRST), "name"), 0.5),
        },
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(25.5, 55.9), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122.0, -1.5), 6), "geolocation"),
                "speed": pick(0, 0.8, 1.4),
            },
            0.8,
        ),
    }


def rn_context():
    return {
        "app": {
            "name": g("Common Ground"),
            "version": pick("2.8.0", "2.9.3", "3.0.1"),
            "build": pick("280", "293", "301"),
            "namespace": g("org.commonground.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "Google"),
            "model": pick("iPhone15,3", "SM-S911U", "Pixel 8"),
            "name": pick("iPhone", "dm1q", "shiba"),
            "type": pick("ios", "android"),
            "adTrackingEnabled": pick(True, False),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.5),
        },
        "library": {"name": g("analytics-react-native"), "version": pick("2.19.1", "2.20.0")},
        "locale": pick("en-US", "en-GB", "es-US"),
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.5", "14", "16.7")},
        "screen": {"width": pick(393, 412), "height": pick(852, 915)},
        "timezone": pick("America/Los_Angeles", "America/New_York", "Europe/London"),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Opt(Y(lambda f: f.other_mail(), "email"), 0.7),
            "firstName": Opt(Y(lambda f: f.pick(FIRST), "name"), 0.5),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": g("ShiftBoard"),
            "version": pick("1.9.2", "1.10.0"),
            "build": pick("92", "100"),
            "namespace": g("org.commonground.shifts"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung"),
            "model": pick("iPhone13,2", "SM-G991U"),
            "type": pick("ios", "android"),
        },
        "library": {"name": g("analytics-flutter"), "version": pick("1.1.3", "1.1.4")},
        "locale": pick("en-US", "en-GB"),
        "os": {"name": pick("iOS", "Android"), "version": pick("17.2", "13")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "timezone": pick("America/New_York", "Europe/London"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.3",
    "analytics-php": "3.7.0",
    "Analytics.NET": "3.8.1",
}


def server_context(lib: str, ip: bool = False):
    ctx: dict[str, Any] = {"library": {"name": g(lib), "version": g(SERVER_VERSIONS[lib])}}
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    return ctx


CONTEXTS = {
    "web": lambda: web_context("petitions"),
    "web_donate": lambda: web_context("donate"),
    "web_vote": lambda: web_context("vote"),
    "web_shop": lambda: web_context("shop"),
    "web_uk": lambda: web_context("uk"),
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": lambda: server_context("analytics-python"),
    "node": lambda: server_context("analytics-node"),
    "node_ip": lambda: server_context("analytics-node", ip=True),
    "go": lambda: server_context("analytics-go"),
    "java": lambda: server_context("analytics-java"),
    "ruby": lambda: server_context("analytics-ruby"),
    "php": lambda: server_context("analytics-php", ip=True),
    "dotnet": lambda: server_context("Analytics.NET"),
}

# -- shared field groups ---------------------------------------------------------------------------

US_STATES = [s for _, s, *_ in US_PLACES]
PARTIES_US = ["DEM", "REP", "NPA", "GRN", "LIB", "UNA"]
PARTIES_UK = ["Labour", "Conservative", "Lib Dem", "Green", "Reform UK", "SNP", "Plaid Cymru", "Won't say"]


def product():
    return {
        "product_id": G(lambda f: str(f.r.randint(7000000000000, 7999999999999))),
        "sku": G(
            lambda f: f.pick(["YS-", "TS-", "HAT-", "MUG-"]) + f.digits(4) + f.pick(["", "-L", "-XL", "-M"])
        ),
        "name": pick(
            "Yard Sign (18x24)",
            "Organize! Tee",
            "Union Strong Cap",
            "Vote Mug",
            "Tote Bag",
            "Bumper Sticker 3-pack",
            "Enamel Pin",
        ),
        "category": pick("Signs", "Apparel", "Accessories", "Drinkware"),
        "variant": pick("Navy / L", "White / M", "One size", "Black / XL"),
        "price": pick(5.0, 12.0, 18.0, 25.0, 30.0),
        "quantity": G(lambda f: f.r.randint(1, 5)),
    }


def ship_address():
    return {
        "first_name": Y(lambda f: f.fn(), "name"),
        "last_name": Y(lambda f: f.ln(), "name"),
        "address1": Y(lambda f: f.p["street"], "address|street"),
        "address2": Opt(
            Y(
                lambda f: f.pick(["Apt 2R", "Suite 300", "Unit 14", "Floor 3", "PO Box 4471"]),
                "address|street",
            ),
            0.4,
        ),
        "city": Y(lambda f: f.p["city"], "city"),
        "province_code": G(lambda f: f.p["state"]),
        "zip": Y(lambda f: f.p["zip"], "zipcode"),
        "country_code": g("US"),
        "phone": Opt(Y(lambda f: f.my_phone(), "phone"), 0.6),
    }


def answer(kind, ftype, ref, key, leaf):
    return {
        "type": g(kind),
        "field": {"id": G(lambda f: f.alnum(12)), "type": g(ftype), "ref": g(ref)},
        key: leaf,
    }


# -- events: (type, event or page/screen name, client, body) --------------------------------------

EVENTS: list[tuple[str, str | None, str, dict]] = [
    # ---- petitions (web, US and UK) -----------------------------------------------------------
    (
        "page",
        "Petition",
        "web",
        {
            "path": G(lambda f: "/petitions/" + f.pick(["fund-schools", "insulin-35", "line5"])),
            "url": G(
                lambda f: (
                    "https://act.commonground.org/petitions/"
                    + f.pick(["fund-schools", "insulin-35", "line5"])
                )
            ),
            "title": pick("Sign the petition | Common Ground", "Cap insulin at $35 | Common Ground"),
            "referrer": pick("", "https://www.google.com/", "https://t.co/"),
            "search": pick("", "?refcode=em240611", "?source=fb"),
            "category": g("petitions"),
            "petition_id": G(lambda f: f.r.randint(1000, 99999)),
        },
    ),
    (
        "track",
        "Petition Viewed",
        "web",
        {
            "petition_id": G(lambda f: f.r.randint(1000, 99999)),
            "petition_slug": pick("fund-schools", "insulin-35", "line5", "strike"),
            "petition_title": pick(*PETITIONS),
            "target": pick(
                "Secretary of Education",
                "Hackney Council",
                "Governor Whitmer",
                "The Prime Minister",
                "Philadelphia City Council",
            ),
            "signature_count": G(lambda f: f.r.randint(12, 480000)),
            "organization": pick("Common Ground", "Moms for Clean Air", "Tenants United", "Unite Community"),
            "source": pick("email", "facebook", "direct", "sms"),
        },
    ),
    (
        "track",
        "Petition Signed",
        "web",
        {
            "petition_id": G(lambda f: f.r.randint(1000, 99999)),
            "petition_title": pick(*PETITIONS),
            "signature_id": G(lambda f: f.uuid()),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Opt(Y(lambda f: f.my_phone(), "phone"), 0.6),
            "address1": Opt(Y(lambda f: f.p["street"], "address|street"), 0.7),
            "city": Y(lambda f: f.p["city"], "city"),
            "state": G(lambda f: f.p["state"]),
            "zip": Y(lambda f: f.p["zip"], "zipcode"),
            "country": g("US"),
            "sms_opt_in": pick(True, False),
            "email_opt_in": pick(True, False),
            "display_publicly": pick(True, False),
            "comment": Opt(
                pick(
                    "Our kids deserve better.",
                    "Enough is enough!",
                    "Please act now.",
                    "Libraries matter to this neighborhood.",
                    "Signed and shared.",
                ),
                0.5,
            ),
            "refcode": pick("em240611", "fbq3", "", "sms_gotv"),
        },
    ),
    (
        "track",
        "Petition Shared",
        "web",
        {
            "petition_id": G(lambda f: f.r.randint(1000, 99999)),
            "share_channel": pick("email", "whatsapp", "facebook", "x", "copy_link"),
            "friend_emails": Opt(Many(Y(lambda f: f.other_mail(), "email"), 4), 0.6),
            "message": pick(
                "I just signed this - will you add your name?",
                "This matters. Please sign.",
                "Takes 30 seconds!",
            ),
            "share_url": G(lambda f: "https://act.commonground.org/p/" + f.alnum(6)),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "phone": Opt(Y(lambda f: f.my_phone(), "phone"), 0.6),
            "zip": Y(lambda f: f.p["zip"], "zipcode"),
            "city": Y(lambda f: f.p["city"], "city"),
            "state": G(lambda f: f.p["state"]),
            "country": g("US"),
            "created_at": G(lambda f: f.iso()),
            "signature_count": G(lambda f: f.r.randint(1, 60)),
            "donation_count": G(lambda f: f.r.randint(0, 40)),
            "sms_subscribed": pick(True, False),
            "email_subscribed": pick(True, False),
            "van_id": G(lambda f: f.van_id()),
            "source": pick("petition", "donation", "event", "import"),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": pick(
                "Common Ground Brooklyn",
                "Common Ground Phoenix",
                "Cardiff Tenants Union",
                "Milwaukee Riverwest Chapter",
            ),
            "chapter_type": pick("local", "campus", "statewide"),
            "location": pick("Brooklyn, NY", "Phoenix, AZ", "Cardiff", "Milwaukee, WI"),
            "members_count": G(lambda f: f.r.randint(20, 9000)),
            "founded": pick("2017-03-01", "2020-06-15", "2022-01-10"),
            "contact_email": pick(
                "brooklyn@commonground.org", "phoenix@commonground.org", "hello@cardifftenants.org.uk"
            ),
            "website": pick("https://commonground.org/brooklyn", "https://cardifftenants.org.uk"),
            "plan": pick("free", "organizer", "pro"),
        },
    ),
    ("alias", None, "web", {}),
    (
        "track",
        "Signature Submitted",
        "web",
        {
            "osdi:signature": {
                "identifiers": Many(G(lambda f: "action_network:" + f.uuid()), 1),
                "created_date": G(lambda f: f.iso()),
                "comments": Opt(pick("Count me in", "This is long overdue", "For my grandkids"), 0.4),
                "action_network:petition_id": G(lambda f: f.uuid()),
                "person": {
                    "given_name": Y(lambda f: f.fn(), "name"),
                    "family_name": Y(lambda f: f.ln(), "name"),
                    "email_addresses": Many(
                        {
                            "address": Y(lambda f: f.mail(), "email"),
                            "primary": g(True),
                            "status": pick("subscribed", "unsubscribed"),
                        },
                        1,
                    ),
                    "postal_addresses": Many(
                        {
                            "address_lines": Opt(Many(Y(lambda f: f.p["street"], "address|street"), 1), 0.6),
                            "locality": Y(lambda f: f.p["city"], "city"),
                            "region": G(lambda f: f.p["state"]),
                            "postal_code": Y(lambda f: f.p["zip"], "zipcode"),
                            "country": g("US"),
                            "primary": g(True),
                        },
                        1,
                    ),
                    "phone_numbers": Opt(
                        Many(
                            {
                                "number": Y(lambda f: f.e164(), "phone"),
                                "number_type": g("Mobile"),
                                "status": pick("subscribed", "unsubscribed"),
                            },
                            1,
                        ),
                        0.5,
                    ),
                },
                "action_network:referrer_data": {
                    "source": pick("email_0611", "none", "fb_ad_7"),
                    "referrer": pick("group-common-ground", "none"),
                    "website": pick("facebook.com", "none", "t.co"),
                },
            },
        },
    ),
    (
        "track",
        "Embed Form Submitted",
        "web",
        {
            "form-id": pick("rsvp-town-hall", "pledge-to-vote", "join-list"),
            "first-name": Y(lambda f: f.fn(), "name"),
            "last-name": Y(lambda f: f.ln(), "name"),
            "email-address": Y(lambda f: f.mail(), "email"),
            "zip-code": Y(lambda f: f.p["zip"], "zipcode"),
            "mobile-number": Opt(Y(lambda f: f.my_phone(), "phone"), 0.7),
            "sms-consent": pick(True, False),
            "rsvp-status": pick("yes", "maybe"),
            "embed-host": pick("tenantsunited.org", "momsforcleanair.org", "commonground.org"),
        },
    ),
    (
        "track",
        "Firma Registrada",
        "web",
        {
            "peticion_id": G(lambda f: f.r.randint(1000, 99999)),
            "nombre": Y(lambda f: f.fn(), "name"),
            "apellido": Y(lambda f: f.ln(), "name"),
            "correo_electronico": Y(lambda f: f.mail(), "email"),
            "telefono": Opt(Y(lambda f: f.my_phone(), "phone"), 0.7),
            "codigo_postal": Y(lambda f: f.p["zip"], "zipcode"),
            "ciudad": Y(lambda f: f.p["city"], "city"),
            "estado": G(lambda f: f.p["state"]),
            "acepta_mensajes": pick(True, False),
            "idioma": pick("es", "en"),
        },
    ),
    (
        "track",
        "Deiseb wedi ei Llofnodi",
        "web_uk",
        {
            "rhif_deiseb": G(lambda f: f.r.randint(200000, 299999)),
            "enw": Y(lambda f: f.name(), "name"),
            "cyfeiriad_ebost": Y(lambda f: f.mail(), "email"),
            "cod_post": Y(
                lambda f: f.pick(["CF24 ", "SA1 ", "SY23 ", "LL57 "]) + f.p["postcode"][-3:], "zipcode"
            ),
            "etholaeth": pick("Cardiff East", "Swansea West", "Ceredigion Preseli", "Bangor Aberconwy"),
            "iaith": pick("cy", "en"),
            "derbyn_diweddariadau": pick(True, False),
        },
    ),
    (
        "track",
        "Representative Lookup",
        "web_uk",
        {
            "input": Y(lambda f: f.p["postcode"], "zipcode", True),
            "constituency": pick(*CONSTITUENCIES),
            "mp_name": G(lambda f: f.mp()[0]),
            "mp_party": pick("Labour", "Liberal Democrat", "Plaid Cymru", "Conservative"),
            "results_count": pick(1, 1, 2),
            "lookup_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Letter Sent",
        "web_uk",
        {
            "campaign_slug": pick("two-child-cap", "no-fault-evictions", "free-school-meals"),
            "template_id": G(lambda f: f.r.randint(10, 400)),
            "sender_name": Y(lambda f: f.name(), "name"),
            "sender_email": Y(lambda f: f.mail(), "email"),
            "sender_address": Y(lambda f: f.uk_line(), "address"),
            "sender_postcode": Y(lambda f: f.p["postcode"], "zipcode"),
            "mp_email": G(lambda f: f.mp()[1]),
            "constituency": pick(*CONSTITUENCIES),
            "letter_subject": pick(
                "Please scrap the two-child limit",
                "End no-fault evictions now",
                "Free school meals for every child",
            ),
            "edited_template": pick(True, False),
            "letter_body_length": G(lambda f: f.r.randint(600, 4200)),
        },
    ),
    (
        "track",
        "Site Searched",
        "web",
        {
            "query": pick(
                "insulin", "climate petition", "minimum wage", "school funding", "strike", "bus route"
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # ---- voting (US) --------------------------------------------------------------------------
    (
        "track",
        "Voter Registration Checked",
        "web_vote",
        {
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "date_of_birth": Y(lambda f: f.dob("us"), "birthdate"),
            "zip": Y(lambda f: f.p["zip"], "zipcode"),
            "state": G(lambda f: f.p["state"]),
            "county": pick("Maricopa", "Fulton", "Wayne", "Dane", "Clark", "Mecklenburg", "Harris"),
            "registration_status": pick("active", "inactive", "not_found", "pending"),
            "voter_id": Opt(Y(lambda f: f.state_voter_id(), "identification"), 0.6),
            "precinct": G(lambda f: f"{f.r.randint(1, 60):02d}-{f.r.randint(1, 30):02d}"),
            "congressional_district": G(lambda f: f.p["state"] + "-" + str(f.r.randint(1, 14))),
            "polling_place": Opt(
                {
                    "name": pick(
                        "Riverside Elementary School",
                        "St. Mark's Fellowship Hall",
                        "Eastside Library",
                        "Fire Station 12",
                        "Community Center Gym",
                    ),
                    "address": G(
                        lambda f: f"{f.r.randint(100, 4999)} {f.pick(US_STREETS)} {f.pick(US_SUFFIX)}"
                    ),
                    "hours": pick("7:00 AM - 7:00 PM", "6:00 AM - 8:00 PM"),
                },
                0.6,
            ),
            "lookup_provider": pick("targetsmart", "vote.org", "state_sos"),
            "match_confidence": G(lambda f: round(f.r.uniform(0.5, 1.0), 2)),
        },
    ),
    (
        "track",
        "Voter Registration Submitted",
        "web_vote",
        {
            "registration_id": G(lambda f: f.uuid()),
            "state": G(lambda f: f.p["state"]),
            "first_name": Y(lambda f: f.fn(), "name"),
            "last_name": Y(lambda f: f.ln(), "name"),
            "birth_date": Y(lambda f: f.dob(), "birthdate"),
            "home_address": {
                "street1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.p["state"]),
                "zip": Y(lambda f: f.p["zip"], "zipcode"),
            },
            "mailing_address_same": pick(True, False),
            "id_type": pick("drivers_license", "ssn4", "none"),
            "has_drivers_license": pick(True, False),
            "drivers_license_number": Opt(RED(lambda f: f.us_dl(f.p["state"]), "national id|license"), 0.5),
            "ssn_last4": Opt(RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"), 0.5),
            "citizen_attested": g(True),
            "party_registration": Y(lambda f: f.pick(PARTIES_US), "political opinion"),
            "race_ethnicity": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "Black",
                            "White",
                            "Hispanic",
                            "Asian American",
                            "Native American",
                            "Multiracial",
                            "Decline",
                        ]
                    ),
                    "race|ethnicity",
                ),
                0.5,
            ),
            "gender": Y(lambda f: f.pick(["F", "M", "X"]), "gender|sex"),
            "age": G(lambda f: f.r.randint(18, 90)),
            "first_time_voter": pick(True, False),
            "partner_optin": pick(True, False),
            "tracking_source": pick("rtv_widget", "campus_drive", "sms"),
        },
    ),
    (
        "track",
        "Polling Place Searched",
        "rn",
        {
            "q": Y(
                lambda f: f.pick([f.p["street"], f.us_line(), f"{f.p['street']} {f.p['zip']}"]),
                "address",
                True,
            ),
            "session_token": G(lambda f: f.uuid()),
            "selected_place_id": G(lambda f: "ChIJ" + f.alnum(23)),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "election_id": pick(8956, 9012, 9101),
            "early_voting": pick(True, False),
            "polling_place": {
                "name": pick("Riverside Elementary School", "Eastside Library", "Fire Station 12"),
                "address": G(lambda f: f"{f.r.randint(100, 4999)} {f.pick(US_STREETS)} {f.pick(US_SUFFIX)}"),
                "city": pick("Phoenix", "Detroit", "Milwaukee", "Atlanta"),
                "zip": G(lambda f: f"{f.pick(['850', '482', '532', '303'])}{f.r.randint(1, 99):02d}"),
                "lat": G(lambda f: round(f.r.uniform(29.0, 45.0), 5)),
                "lng": G(lambda f: round(f.r.uniform(-112.5, -75.0), 5)),
            },
        },
    ),
    (
        "track",
        "Absentee Ballot Requested",
        "web_vote",
        {
            "request_id": G(lambda f: f.uuid()),
            "state": G(lambda f: f.p["state"]),
            "election_date": pick("2024-11-05", "2024-08-06", "2024-04-02"),
            "mailing_address": Y(lambda f: f.pick([f.us_line(), f.other_us_line()]), "address"),
            "ballot_delivery": pick("mail", "email", "fax"),
            "permanent_list": pick(True, False),
            "uocava": pick(True, False),
        },
    ),
    (
        "track",
        "Election Protection Report",
        "ruby",
        {
            "report_id": G(lambda f: f.uuid()),
            "category": pick(
                "long lines", "ID requirement", "intimidation", "machine down", "wrong polling place"
            ),
            "state": pick(*US_STATES),
            "county": pick("Maricopa", "Fulton", "Wayne", "Dane", "Clark", "Philadelphia"),
            "polling_place_name": pick("Riverside Elementary School", "Eastside Library", "Fire Station 12"),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Caller {f.fn()} says line is 2hrs, callback {f.my_phone()}",
                        f"Poll worker asked for ID twice. Call back at {f.my_phone()}",
                        f"Voter turned away, reachable on {f.my_phone()} after 6pm",
                        f"{f.my_phone()} - machine at table 3 not scanning",
                    ]
                ),
                "phone",
                True,
            ),
            "severity": pick(1, 2, 3),
            "reported_at": G(lambda f: f.iso()),
            "assigned_volunteer_id": G(lambda f: f.r.randint(100, 9999)),
        },
    ),
    # ---- donations ----------------------------------------------------------------------------
    (
        "track",
        "Donation Started",
        "web_donate",
        {
            "form_name": pick("eoy-2024", "rapid-response", "match-week", "chip-in-5"),
            "amount": pick(5, 10, 25, 27, 50, 100, 250),
            "currency": g("USD"),
            "recurring": pick(True, False),
            "frequency": pick("once", "monthly", "weekly"),
            "express_lane": pick(True, False),
            "recipient_committee": pick(*CANDIDATES),
            "refcode": pick("em240611", "fbq3", "sms_eoy", ""),
        },
    ),
    (
        "track",
        "Donation Completed",
        "php",
        {
            "order_id": G(lambda f: "AB" + f.digits(8)),
            "contribution_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "amount": G(lambda f: f.pick([5, 10, 25, 27, 50, 100, 250, 1000, 3300])),
            "currency": g("USD"),
            "recurring": pick(True, False),
            "recipient_committee": pick(*CANDIDATES),
            "fec_id": pick("C00812345", "C00798123", "C00867702"),
            "aggregate_ytd": G(lambda f: f.money(5, 3300)),
            "donor": {
                "first_name": Y(lambda f: f.fn(), "name"),
                "last_name": Y(lambda f: f.ln(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "phone": Opt(Y(lambda f: f.my_phone(), "phone"), 0.7),
                "addr1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.p["state"]),
                "zip": Y(lambda f: f.p["zip"], "zipcode"),
                "country": g("United States"),
                "employer": pick(
                    "Kaiser Permanente",
                    "Self-employed",
                    "None",
                    "City of Detroit",
                    "Amazon",
                    "Retired",
                    "Not employed",
                    "Arizona State University",
                ),
                "occupation": pick(
                    "Nurse",
                    "Teacher",
                    "Retired",
                    "Software Engineer",
                    "Carpenter",
                    "Not employed",
                    "Attorney",
                    "Bus Driver",
                ),
            },
            "payment": {
                "method": pick("card", "apple_pay", "paypal"),
                "card_brand": pick("visa", "mastercard", "amex", "discover"),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "payment_method_id": RED(lambda f: f.pm(), "token"),
            },
            "note": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            f"In memory of {f.other_name()}",
                            f"In honor of {f.other_name()}",
                            f"For {f.other_name()}'s birthday",
                            f"Tribute: {f.other_name()}",
                        ]
                    ),
                    "name",
                    True,
                ),
                0.4,
            ),
            "refcode": pick("em240611", "fbq3", "sms_eoy", ""),
            "employer_occupation_requested": pick(True, False),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "php",
        {
            "form_name": pick("eoy-2024", "rapid-response", "legacy-donate"),
            "step": g(2),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvv": RED(
                lambda f: f.pick([f"{f.r.randint(100, 999)}", f"{f.r.randint(1000, 9999)}"]), "credit card"
            ),
            "cardholder": Y(lambda f: f.name(), "name"),
            "billing_zip": Y(lambda f: f.p["zip"], "zipcode"),
            "save_card": pick(True, False),
        },
    ),
    (
        "track",
        "ACH Donation Initiated",
        "python",
        {
            "contribution_id": G(lambda f: f.r.randint(10**8, 10**9)),
            "amount": G(lambda f: f.money(10, 2000)),
            "routing_number": pick("021000021", "011401533", "121000358", "071000013", "063100277"),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": pick("checking", "savings"),
            "account_holder_name": Y(lambda f: f.name(), "name"),
            "plaid_item_id": G(lambda f: f.alnum(37)),
            "mandate_accepted": g(True),
        },
    ),
    (
        "track",
        "Recurring Donation Cancelled",
        "php",
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(14)),
            "reason": pick("financial", "too_many_emails", "disagree", "other"),
            "months_active": G(lambda f: f.r.randint(1, 48)),
            "cancel_feedback": Opt(
                pick(
                    "Money is tight right now.",
                    "Too many texts.",
                    "Will give again in the fall.",
                    "Switching to yearly.",
                ),
                0.6,
            ),
        },
    ),
    (
        "track",
        "Receipt Emailed",
        "python",
        {
            "to": Y(lambda f: f.mail(), "email"),
            "from": pick("receipts@commonground.org", "no-reply@commonground.org"),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.r.randint(10**9, 10**10)}@mail.commonground.org>"),
            "subject": pick("Thank you for your contribution", "Your monthly contribution receipt"),
            "template": pick("receipt_v3", "receipt_recurring_v2"),
            "receipt_number": G(lambda f: "R-" + f.digits(9)),
        },
    ),
    (
        "track",
        "Conversion Forwarded",
        "node",
        {
            "event_name": pick("Purchase", "Lead", "CompleteRegistration"),
            "action_source": pick("website", "system_generated"),
            "event_source_url": pick(
                "https://secure.commonground.org/donate/eoy-2024", "https://act.commonground.org/p/insulin-35"
            ),
            "value_usd": pick(5, 10, 25, 27, 50, 100),
            "gclid": Opt(Y(lambda f: f.gclid(), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: f.fbclid(), "advertising id"), 0.5),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"), 0.5),
            "em": Y(lambda f: f.sha256(), "advertising id"),
            "ph": Opt(Y(lambda f: f.sha256(), "advertising id"), 0.6),
            "external_id": G(lambda f: f.sha256()),
            "currency": g("USD"),
        },
    ),
    # ---- merch store (e-commerce spec) ---------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web_shop",
        {
            **product(),
            "url": G(lambda f: "https://store.commonground.org/products/" + f.alnum(6)),
            "image_url": G(
                lambda f: "https://cdn.shopify.com/s/files/1/" + f.digits(4) + "/" + f.alnum(10) + ".jpg"
            ),
        },
    ),
    ("track", "Product Added", "web_shop", {"cart_id": G(lambda f: f.alnum(32)), **product()}),
    (
        "track",
        "Checkout Step Completed",
        "web_shop",
        {
            "checkout_id": G(lambda f: f.hexid(32)),
            "step": pick(1, 2, 3),
            "shipping_method": pick("USPS Ground", "UPS 2-Day", "Free shipping (orders over $50)"),
            "payment_method": pick("shopify_payments", "paypal", "apple_pay"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web_shop",
        {
            "order_id": G(lambda f: str(f.r.randint(5000000000000, 5999999999999))),
            "order_number": G(lambda f: "#" + str(f.r.randint(1001, 30000))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(lambda f: f.money(5, 180)),
            "subtotal": G(lambda f: f.money(5, 160)),
            "shipping": pick(0, 5.95, 8.5),
            "tax": G(lambda f: f.money(0, 12)),
            "discount": pick(0, 5, 10),
            "coupon": pick("", "UNION10", "VOTE5"),
            "currency": g("USD"),
            "products": Many(product(), 3),
            "email": Y(lambda f: f.mail(), "email"),
            "shipping_address": ship_address(),
            "billing_address": Opt(ship_address(), 0.5),
            "employer": pick(
                "Kaiser Permanente", "Self-employed", "Retired", "Amazon", "Public school district"
            ),
            "occupation": pick("Nurse", "Teacher", "Retired", "Engineer", "Electrician"),
        },
    ),
    # ---- events and volunteering ---------------------------------------------------------------
    (
        "track",
        "Event RSVP Submitted",
        "rn",
        {
            "event_id": G(lambda f: f.r.randint(100000, 999999)),
            "event_title": pick(
                "Saturday Canvass Launch",
                "Phone Bank for Prop 4",
                "Town Hall with Rep. Torres",
                "Rally for Fair Pay",
                "Postcard Party",
            ),
            "event_type": pick("canvass", "phone_bank", "rally", "town_hall", "house_party"),
            "starts_at": G(lambda f: f.iso()),
            "timezone": pick("America/New_York", "America/Phoenix", "Europe/London"),
            "venue": {
                "name": pick("UAW Local 600 Hall", "Eastside Library", "The Crown & Anchor", "Zoom"),
                "address": pick("10550 Dearborn Ave", "2400 E Grand Blvd", "22 Stokes Croft", "online"),
                "city": pick("Dearborn", "Detroit", "Bristol", "online"),
                "postal_code": pick("48126", "48211", "BS1 3PR", ""),
            },
            "host_name": Y(lambda f: f.other_name(), "name"),
            "attendee": {
                "given_name": Y(lambda f: f.fn(), "name"),
                "family_name": Y(lambda f: f.ln(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Opt(Y(lambda f: f.my_phone(), "phone"), 0.7),
                "zip": Y(lambda f: f.p["zip"], "zipcode"),
            },
            "guests": Opt(
                Many(
                    {
                        "name": Y(lambda f: f.other_name(), "name"),
                        "age_band": pick("under 18", "18-29", "30-49", "50+"),
                    },
                    3,
                ),
                0.5,
            ),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair access", "ASL interpreter", "step-free access", "hearing loop", "none"]
                ),
                "disability",
            ),
            "dietary_requirements": pick("vegetarian", "vegan", "none", "no preference"),
            "childcare_needed": pick(True, False),
            "carpool_offered": pick(True, False),
            "guest_count": pick(0, 1, 2, 3),
        },
    ),
    (
        "track",
        "Attendee Checked In",
        "kotlin",
        {
            "event_id": G(lambda f: f.r.randint(100000, 999999)),
            "attendee_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "attendee_name": Y(lambda f: f.name(), "name"),
            "checked_in_by": G(lambda f: "usr_" + f.alnum(10)),
            "check_in_method": pick("qr", "manual", "walk_in"),
            "walk_in": pick(True, False),
            "badge_printed": pick(True, False),
        },
    ),
    (
        "screen",
        "Shift Details",
        "flutter",
        {
            "shift_id": G(lambda f: f.r.randint(10000, 99999)),
            "tab": pick("overview", "team", "map"),
        },
    ),
    (
        "track",
        "Shift Signed Up",
        "flutter",
        {
            "shift_id": G(lambda f: f.r.randint(10000, 99999)),
            "role": pick("phone banker", "canvasser", "data entry", "driver", "poll observer"),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "location_name": pick(
                "Westside Field Office", "Remote", "Riverwest Co-op", "Cardiff Central Library"
            ),
            "team_lead": {
                "name": Y(lambda f: f.other_name(), "name"),
                "phone": Y(lambda f: f.us_phone(), "phone"),
            },
            "emergency_contact": Opt(
                {
                    "name": Y(lambda f: f.other_name(), "name"),
                    "relationship": pick("spouse", "parent", "friend", "sibling"),
                    "phone": Y(lambda f: f.us_phone(), "phone"),
                },
                0.6,
            ),
            "tshirt_size": pick("S", "M", "L", "XL", "2XL"),
            "languages_spoken": Many(
                pick("English", "Spanish", "Vietnamese", "Arabic", "Mandarin", "Welsh"), 2
            ),
            "has_car": pick(True, False),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "over_18": g(True),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": Y(lambda f: f.fn(), "name"),
            "lastName": Y(lambda f: f.ln(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.my_phone(), "phone"),
            "address": {
                "street": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.p["state"]),
                "postalCode": Y(lambda f: f.p["zip"], "zipcode"),
                "country": g("US"),
            },
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "pronouns": Opt(
                Y(lambda f: f.pick(["she/her", "he/him", "they/them", "she/they"]), "gender"), 0.6
            ),
            "skills": Many(pick("spanish", "data", "driving", "graphic design", "social media"), 3),
            "availability": pick("weekends", "weekday evenings", "flexible"),
            "volunteerLevel": pick("new", "active", "leader", "super volunteer"),
            "unionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "unionLocal": Opt(
                Y(
                    lambda f: f.pick(
                        ["UAW Local 600", "SEIU 32BJ", "AFT Local 1", "IBEW Local 46", "UNITE HERE Local 11"]
                    ),
                    "trade union",
                ),
                0.4,
            ),
            "partyAffiliation": Y(
                lambda f: f.pick(
                    ["Democrat", "Republican", "Independent", "Working Families", "Green", "None"]
                ),
                "political opinion",
            ),
            "createdAt": G(lambda f: f.iso()),
            "vanId": G(lambda f: f.van_id()),
            "hoursVolunteered": G(lambda f: f.r.randint(0, 600)),
            "age": G(lambda f: f.r.randint(16, 88)),
            "maritalStatus": pick("single", "married", "divorced", "widowed"),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        "flutter",
        {
            "timesheet_id": G(lambda f: f.uuid()),
            "period_start": pick("2024-10-07", "2024-10-14", "2024-10-21"),
            "hours": G(lambda f: f.pick([12.5, 20, 32, 38.5, 40])),
            "hourly_rate": Y(lambda f: f.pick([18.0, 19.5, 21.0, 22.5, 25.0]), "salary"),
            "gross_pay": Y(lambda f: f.money(200, 1100), "salary"),
            "mileage_miles": G(lambda f: f.r.randint(0, 240)),
            "approver_name": Y(lambda f: f.other_name(), "name"),
            "status": pick("submitted", "approved", "rejected"),
        },
    ),
    # ---- canvassing and phone banking -----------------------------------------------------------
    (
        "screen",
        "Walk List",
        "swift",
        {
            "turf_id": G(lambda f: f.r.randint(1000, 9999)),
            "list_name": pick("Precinct 12 North", "Riverwest A", "Ward 8 Doors", "Maryvale Sat AM"),
            "doors_remaining": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Walk List Downloaded",
        "swift",
        {
            "turf_id": G(lambda f: f.r.randint(1000, 9999)),
            "list_id": G(lambda f: f.r.randint(10**6, 10**7)),
            "turf_name": pick("Precinct 12 North", "Riverwest A", "Ward 8 Doors", "Maryvale Sat AM"),
            "doors_count": G(lambda f: f.r.randint(20, 120)),
            "centroid_lat": G(lambda f: round(f.r.uniform(29.0, 45.0), 4)),
            "centroid_lng": G(lambda f: round(f.r.uniform(-112.5, -75.0), 4)),
        },
    ),
    (
        "track",
        "Door Knocked",
        "swift",
        {
            "turf_id": G(lambda f: f.r.randint(1000, 9999)),
            "household_id": G(lambda f: f.r.randint(10**6, 10**8)),
            "voter_van_id": G(lambda f: f.van_id()),
            "result": pick("not_home", "contacted", "refused", "moved", "inaccessible", "come_back"),
            "contact_name": Y(lambda f: f.name(), "name"),
            "address": Y(lambda f: f.us_line(), "address"),
            "lat": Y(lambda f: round(f.r.uniform(29.0, 45.0), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-112.5, -75.0), 6), "geolocation"),
            "knocked_at": G(lambda f: f.epoch_ms()),
            "attempt_number": pick(1, 2, 3),
            "dog_on_property": pick(True, False),
            "literature_dropped": pick(True, False),
            "language": pick("en", "es", "vi", "ar"),
        },
    ),
    (
        "track",
        "Survey Response Recorded",
        "kotlin",
        {
            "voter_van_id": G(lambda f: f.van_id()),
            "survey_question_id": G(lambda f: f.r.randint(100000, 999999)),
            "question": pick(
                "Who do you plan to support for Governor?",
                "Do you support Prop 4?",
                "Who will you vote for in the Senate race?",
            ),
            "response": Y(
                lambda f: f.pick(
                    [
                        "Strong support Torres",
                        "Lean Torres",
                        "Undecided",
                        "Lean Hale",
                        "Strong Hale",
                        "Yes on 4",
                        "No on 4",
                    ]
                ),
                "political opinion",
                True,
            ),
            "support_score": Y(lambda f: f.r.randint(1, 5), "political opinion"),
            "top_issue": Y(
                lambda f: f.pick(
                    ["abortion rights", "immigration", "cost of living", "gun safety", "climate", "crime"]
                ),
                "political opinion",
            ),
            "household_size": G(lambda f: f.r.randint(1, 7)),
            "notes": Y(
                lambda f: f.pick(
                    [
                        f"Spoke w/ {f.fn()}, husband not home, call back Sat",
                        f"{f.fn()} asked about early voting hours",
                        f"{f.fn()} {f.ln()} wants a yard sign",
                        f"Talked to {f.fn()} on porch, very friendly",
                    ]
                ),
                "name",
                True,
            ),
            "phone_collected": Opt(Y(lambda f: f.my_phone(), "phone"), 0.4),
            "email_collected": Opt(Y(lambda f: f.mail(), "email"), 0.3),
            "wrong_address": pick(True, False),
            "moved": pick(True, False),
        },
    ),
    (
        "track",
        "Doorstep Canvass Recorded",
        "kotlin",
        {
            "household_id": G(lambda f: f.r.randint(10**6, 10**8)),
            "elector_number": Y(
                lambda f: (
                    f"{f.pick(['AB', 'KN', 'HW', 'CF', 'PD'])}{f.r.randint(1, 9)}-{f.r.randint(1, 2400)}"
                ),
                "identification",
            ),
            "polling_district": pick("AB1", "KN3", "HW2", "CF4", "PD7"),
            "ward": pick("Dalston", "Rusholme", "Adamsdown", "Leith Walk", "Selly Oak"),
            "voting_intention": Y(lambda f: f.pick(PARTIES_UK), "political opinion"),
            "previous_vote": Y(lambda f: f.pick([*PARTIES_UK, "Did not vote"]), "political opinion"),
            "postal_vote": pick(True, False),
            "lat": Y(lambda f: round(f.r.uniform(50.4, 55.9), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-4.3, -0.05), 6), "geolocation"),
            "knocked_at": G(lambda f: f.epoch_ms()),
            "result": pick("not_home", "contacted", "refused", "moved", "inaccessible", "come_back"),
        },
    ),
    (
        "track",
        "Location Ping",
        "kotlin",
        {
            "accuracy_m": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "is_moving": pick(True, False),
            "shift_id": G(lambda f: f.r.randint(10000, 99999)),
        },
    ),
    (
        "track",
        "Call Completed",
        "web",
        {
            "call_id": G(lambda f: "CA" + f.hexid(32)),
            "voter_van_id": G(lambda f: f.van_id()),
            "dialed_number": Y(lambda f: f.my_phone(), "phone"),
            "caller_id_number": pick("+12155550147", "+14045550199", "+13135550123", "(602) 555-0180"),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
            "disposition": pick("answered", "voicemail", "busy", "wrong_number", "do_not_call"),
            "script_id": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    # ---- SMS and e-mail outreach ----------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(lambda f: f.e164(), "phone"),
            "From": pick("+12155550147", "+14045550199", "30330", "+447700900310"),
            "SmsStatus": pick("queued", "sent", "delivered", "undelivered", "failed"),
            "NumSegments": pick("1", "2", "3"),
            "ErrorCode": pick("", "30003", "30005", "30007"),
            "ApiVersion": g("2010-04-01"),
        },
    ),
    (
        "track",
        "Text Reply Received",
        "go",
        {
            "contact_number": Y(lambda f: f.e164(), "phone"),
            "campaign_number": pick("+12155550147", "+14045550199", "+13135550123"),
            "contact_first_name": Y(lambda f: f.fn(), "name"),
            "body": pick(
                "STOP", "Yes!", "Who is this?", "already voted", "I'll be there", "how do I get a yard sign"
            ),
            "opt_out": pick(True, False),
            "campaign_id": G(lambda f: f.r.randint(100, 999)),
            "assigned_texter_id": G(lambda f: f.r.randint(1000, 9999)),
            "tag": pick("supporter", "undecided", "wrong_number", "needs_ride"),
        },
    ),
    (
        "track",
        "SMS Subscribed",
        "go",
        {
            "phone_number": Y(lambda f: f.e164(), "phone"),
            "area_code": G(lambda f: f.p["area"]),
            "keyword": pick("VOTE", "JOIN", "UNION", "SIGN"),
            "short_code": pick("30330", "90975", "668366"),
            "carrier": pick("T-Mobile", "Verizon Wireless", "AT&T", "US Cellular"),
            "consent_language_version": pick("v3", "v4"),
            "double_opt_in": pick(True, False),
        },
    ),
    (
        "track",
        "Email Event",
        "node_ip",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": pick("delivered", "open", "bounce", "spamreport", "dropped"),
            "sg_message_id": G(
                lambda f: f.alnum(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-2.0"
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "category": Many(pick("gotv", "fundraising", "petition_followup", "newsletter"), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "from": pick("no-reply@commonground.org", "team@commonground.org"),
            "marketing_campaign_name": pick("EOY Match 1", "GOTV Final Push", "Petition Followup"),
        },
    ),
    (
        "track",
        "Email Link Clicked",
        "node",
        {
            "email_id": G(lambda f: f.hexid(12)),
            "link_url": Y(
                lambda f: (
                    f.pick(
                        [
                            "https://secure.commonground.org/donate/eoy-2024?refcode=em1&email=",
                            "https://act.commonground.org/p/insulin-35?source=em&email=",
                            "https://act.commonground.org/unsubscribe?list=main&email=",
                        ]
                    )
                    + f.mail().replace("@", "%40")
                ),
                "email",
                True,
            ),
            "link_position": G(lambda f: f.r.randint(1, 8)),
            "mailing_id": G(lambda f: f.r.randint(10**5, 10**6)),
        },
    ),
    (
        "track",
        "Unsubscribed",
        "web",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "list": pick("main", "fundraising", "local_events"),
            "reason": pick("too_many", "not_relevant", "never_signed_up", "other"),
            "unsubscribe_token": G(lambda f: f.uuid()),
        },
    ),
    # ---- accounts -----------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        "php",
        {
            "username": Y(
                lambda f: f.pick(
                    [
                        ascii_fold(f.fn()) + ascii_fold(f.ln())[:4],
                        ascii_fold(f.fn()) + str(f.r.randint(70, 99)),
                        ascii_fold(f.fn())[0] + "." + ascii_fold(f.ln()),
                    ]
                ),
                "name",
            ),
            "email": Y(lambda f: f.mail(), "email"),
            "password": RED(
                lambda f: f.pick(
                    ["Summer2024!", "vote4change", "P@ssw0rd123", f.alnum(12), "tenants-unite-99"]
                ),
                "password",
            ),
            "password_strength": pick("weak", "fair", "strong"),
            "marketing_consent": pick(True, False),
            "signup_source": pick("petition", "donation", "organic"),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "rn",
        {
            "email": Y(lambda f: f.mail(), "email"),
            "redirect_path": pick("/home", "/events", "/shifts"),
            "email_verified": pick(True, False),
        },
    ),
    (
        "track",
        "Signed In",
        "rn",
        {
            "method": pick("magic_link", "sms_code", "google"),
            "login_token": Opt(RED(lambda f: f.alnum(43), "token"), 0.6),
            "two_factor_enabled": pick(True, False),
            "phone_verified": pick(True, False),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        "rn",
        {
            "channel": pick("sms", "email"),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": pick(1, 2, 3),
            "success": pick(True, False),
        },
    ),
    (
        "track",
        "Integration Connected",
        "ruby",
        {
            "integration": pick("mailchimp", "actblue", "everyaction", "mobilize"),
            "api_key": RED(
                lambda f: f.pick(
                    [
                        f.hexid(32) + "-us" + str(f.r.randint(1, 21)),
                        "sk_live_" + f.alnum(24),
                        f.uuid()[:8] + "|" + f.alnum(40),
                    ]
                ),
                "secret",
            ),
            "list_id": G(lambda f: f.hexid(10)),
            "connected_by_email": Y(lambda f: f.other_mail(), "email"),
            "webhook_url": G(lambda f: "https://hooks.commonground.org/in/" + f.hexid(16)),
            "sync_enabled": pick(True, False),
        },
    ),
    (
        "track",
        "Api Request Logged",
        "dotnet",
        {
            "RequestId": G(lambda f: f.uuid()),
            "Path": pick("/api/v2/people", "/api/v2/events/rsvp", "/api/v2/donations"),
            "StatusCode": pick(200, 201, 400, 401, 500),
            "DurationMs": G(lambda f: f.r.randint(4, 2400)),
            "ClientIp": Y(lambda f: f.ipv4(), "ip"),
            "AuthorizationHeader": RED(lambda f: "Bearer " + f.jwt(), "token"),
            "UserAgent": G(lambda f: f.pick(UAS)),
        },
    ),
    # ---- surveys --------------------------------------------------------------------------------
    (
        "track",
        "Form Response",
        "node",
        {
            "form_response": {
                "form_id": pick("lT4Z3j", "aB9kQw", "Xn2pTr"),
                "token": G(lambda f: f.hexid(32)),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"source": pick("email", "sms", "qr"), "van_id": G(lambda f: str(f.van_id()))},
                "definition": {
                    "title": pick("2024 Member Survey", "Volunteer Interest Form", "Issues Survey")
                },
                "answers": Tup(
                    [
                        answer(
                            "text", "short_text", "full_name", "text", Y(lambda f: f.name(), "name", True)
                        ),
                        answer("email", "email", "email", "email", Y(lambda f: f.mail(), "email")),
                        answer(
                            "phone_number",
                            "phone_number",
                            "phone",
                            "phone_number",
                            Y(lambda f: f.e164(), "phone"),
                        ),
                        answer(
                            "choice",
                            "multiple_choice",
                            "vote_intent",
                            "choice",
                            {
                                "label": Y(
                                    lambda f: f.pick(
                                        [
                                            "Definitely Torres",
                                            "Probably Torres",
                                            "Undecided",
                                            "Probably Hale",
                                            "Definitely Hale",
                                        ]
                                    ),
                                    "political opinion",
                                    True,
                                )
                            },
                        ),
                        answer(
                            "boolean",
                            "yes_no",
                            "union_member",
                            "boolean",
                            Y(lambda f: f.pick([True, False]), "trade union", True),
                        ),
                        answer("number", "number", "age", "number", G(lambda f: f.r.randint(18, 90))),
                    ]
                ),
            },
        },
    ),
    (
        "track",
        "Issue Survey Completed",
        "web",
        {
            "survey_id": G(lambda f: f.r.randint(10, 99)),
            "q1_top_issue": Y(
                lambda f: f.pick(["healthcare", "housing", "climate", "immigration", "jobs"]),
                "political opinion",
            ),
            "q2_support_medicare_for_all": Y(
                lambda f: f.pick(["strongly support", "support", "neutral", "oppose", "strongly oppose"]),
                "political opinion",
            ),
            "q3_likely_to_vote": pick("certain", "likely", "50-50", "unlikely"),
            "religion": Opt(
                Y(
                    lambda f: f.pick(
                        ["Protestant", "Catholic", "Muslim", "Jewish", "Hindu", "None", "Prefer not to say"]
                    ),
                    "religion",
                ),
                0.7,
            ),
            "ethnicity": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "Black or African American",
                            "Hispanic or Latino",
                            "White",
                            "Asian",
                            "Middle Eastern",
                            "Prefer not to say",
                        ]
                    ),
                    "ethnicity",
                ),
                0.7,
            ),
            "age_range": pick("18-24", "25-34", "35-49", "50-64", "65+"),
            "household_income": Y(
                lambda f: f.pick(["<$25k", "$25k-$50k", "$50k-$75k", "$75k-$100k", "$100k+"]), "salary"
            ),
            "education": pick("high school", "some college", "bachelor's", "graduate"),
            "marital_status": pick("single", "married", "divorced", "widowed"),
            "children_under_18": pick(0, 1, 2, 3),
            "comments": Opt(
                pick(
                    "More town halls please.", "Great work!", "Focus on rent.", "Parking at events is hard."
                ),
                0.5,
            ),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": pick("signup_main", "rsvp_embed", "pledge"),
            "field_name": pick("email", "phone"),
            "value": Y(lambda f: f.pick([f.mail(), f.my_phone()]), "email|phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(300, 12000)),
        },
    ),
    # ---- relational organising -------------------------------------------------------------------
    (
        "track",
        "Contacts Synced",
        "rn",
        {
            "contacts_count": G(lambda f: f.r.randint(1, 800)),
            "matched_count": G(lambda f: f.r.randint(0, 200)),
            "contacts": Many(
                {
                    "label": Y(
                        lambda f: f.pick(
                            [f.other_name(), f.pick(FIRST), f.pick(FIRST) + " " + f.pick(LAST)[0] + "."]
                        ),
                        "name",
                        True,
                    ),
                    "phones": Many(Y(lambda f: f.us_phone(), "phone"), 2),
                    "emails": Opt(Many(Y(lambda f: f.other_mail(), "email"), 2), 0.4),
                    "match_status": pick("matched", "unmatched", "ambiguous"),
                    "van_id": Opt(G(lambda f: f.van_id()), 0.5),
                    "relationship": pick("friend", "family", "coworker", "neighbor"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Friend Reminded",
        "rn",
        {
            "friend_first_name": Y(lambda f: f.pick(FIRST), "name"),
            "friend_van_id": G(lambda f: f.van_id()),
            "channel": pick("sms", "whatsapp", "call"),
            "message_template": pick("early_vote_reminder", "register_reminder", "election_day"),
            "friend_turnout_score": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    # ---- membership, unions, staff --------------------------------------------------------------
    (
        "track",
        "Membership Joined",
        "java",
        {
            "membership_number": G(lambda f: "M" + f.digits(7)),
            "membership_type": pick("standard", "reduced", "student", "unwaged"),
            "monthly_fee": pick(2.5, 5.0, 8.0, 12.0),
            "branch": pick("Hackney", "Rusholme", "Cardiff Central", "Leith", "Selly Oak"),
            "constituency": pick(*CONSTITUENCIES),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "mobile": Y(lambda f: f.uk_phone(), "phone"),
            "home_address": Y(lambda f: f.uk_line(), "address"),
            "trade_union": Y(
                lambda f: f.pick(["Unite", "UNISON", "GMB", "NEU", "CWU", "none"]), "trade union"
            ),
            "direct_debit": {
                "account_holder": Y(lambda f: f.name(), "name"),
                "sort_code": G(
                    lambda f: f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}-{f.r.randint(10, 99)}"
                ),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "mandate_reference": G(lambda f: "CG-" + f.alnum(10).upper()),
            },
            "equality_monitoring": Opt(
                {
                    "ethnic_origin": Y(
                        lambda f: f.pick(
                            [
                                "White British",
                                "Black Caribbean",
                                "Pakistani",
                                "Indian",
                                "Mixed",
                                "Prefer not to say",
                            ]
                        ),
                        "ethnicity",
                    ),
                    "disability": RED(lambda f: f.pick(["yes", "no", "prefer not to say"]), "disability"),
                    "sexual_orientation": Y(
                        lambda f: f.pick(["heterosexual", "gay or lesbian", "bisexual", "prefer not to say"]),
                        "sexual orientation",
                    ),
                    "religion_or_belief": Y(
                        lambda f: f.pick(["Christian", "Muslim", "Sikh", "Jewish", "No religion"]), "religion"
                    ),
                },
                0.6,
            ),
            "how_heard": pick("friend", "social media", "union", "canvasser"),
        },
    ),
    (
        "track",
        "Union Card Signed",
        "node",
        {
            "card_id": G(lambda f: f.uuid()),
            "employer": pick("Amazon DTW1", "Starbucks #8831", "Kaiser Oakland", "Waffle House #1127"),
            "worksite": pick("DTW1 Romulus", "Elmwood & Ferry", "Oakland Medical Center"),
            "job_title": pick("Barista", "Fulfillment Associate", "RN", "Line Cook"),
            "department": pick("outbound", "front of house", "ICU", "kitchen"),
            "shift": pick("days", "nights", "swing"),
            "hourly_wage": Y(lambda f: f.pick([15.5, 17.25, 18.0, 21.75, 48.0]), "salary"),
            "hire_date": G(lambda f: f.date(2015, 2024)),
            "personal_email": Y(lambda f: f.mail(), "email"),
            "personal_cell": Y(lambda f: f.my_phone(), "phone"),
            "home_address": Y(lambda f: f.us_line(), "address"),
            "supervisor_name": Y(lambda f: f.other_name(), "name"),
            "card_signed_at": G(lambda f: f.iso()),
            "organizer_id": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Canvasser Hired",
        "dotnet",
        {
            "EmployeeId": G(lambda f: "E" + f.digits(6)),
            "FirstName": Y(lambda f: f.fn(), "name"),
            "LastName": Y(lambda f: f.ln(), "name"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "SocialSecurityNumber": RED(lambda f: f.ssn(), "social security number"),
            "WorkEmail": Y(
                lambda f: (
                    ascii_fold(f.fn()) + "." + ascii_fold(f.ln()).replace("-", "") + "@commonground.org"
                ),
                "email",
            ),
            "JobTitle": pick("Field Canvasser", "Field Organizer", "Canvass Director"),
            "ManagerName": Y(lambda f: f.other_name(), "name"),
            "HourlyRate": Y(lambda f: f.pick([18.0, 20.0, 22.0, 24.5]), "salary"),
            "PayFrequency": pick("Weekly", "Biweekly"),
            "RoutingNumber": pick("021000021", "011401533", "121000358"),
            "AccountNumber": RED(lambda f: f.digits(f.pick([9, 10, 11])), "bank account"),
            "WorkAuthorization": RED(
                lambda f: f.pick(["US citizen", "Permanent resident", "EAD holder"]), "visa"
            ),
            "RequiresSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "W4Filed": pick(True, False),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "java",
        {
            "employee_number": G(lambda f: f.digits(6)),
            "full_name": Y(lambda f: f.name(), "name"),
            "ni_number": RED(lambda f: f.ni_number(), "national id"),
            "has_right_to_work_uk": RED(lambda f: f.pick([True, False]), "visa"),
            "share_code": Opt(
                RED(
                    lambda f: f"{f.pick('WA')}{f.alnum(2).upper()} {f.alnum(3).upper()} {f.alnum(3).upper()}",
                    "visa",
                ),
                0.4,
            ),
            "payout_iban": RED(lambda f: f.iban("GB"), "bank account"),
            "contract": pick("fixed-term", "zero-hours", "permanent"),
            "annual_salary": Y(lambda f: f.pick([24500, 27000, 31200, 36000]), "salary"),
            "pension_opt_out": pick(True, False),
            "start_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        {
            "job_id": G(lambda f: f.r.randint(1000, 9999)),
            "job_title": pick("Field Organizer", "Digital Director", "Data Manager", "Canvasser"),
            "applicant_name": Y(lambda f: f.name(), "name"),
            "applicant_email": Y(lambda f: f.mail(), "email"),
            "phone": Y(lambda f: f.my_phone(), "phone"),
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_salary": Y(lambda f: f.pick([45000, 52000, 60000, 75000]), "salary"),
            "veteran_status": RED(
                lambda f: f.pick(["protected veteran", "not a veteran", "decline to answer"]), "veteran"
            ),
            "disability_status": RED(lambda f: f.pick(["yes", "no", "decline to answer"]), "disability"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "decline"]), "gender|sex"),
            "race": Y(
                lambda f: f.pick(
                    [
                        "Black or African American",
                        "Hispanic or Latino",
                        "Asian",
                        "White",
                        "Two or more races",
                        "Decline",
                    ]
                ),
                "race|ethnicity",
            ),
            "years_experience": G(lambda f: f.r.randint(0, 20)),
            "willing_to_relocate": pick(True, False),
            "how_did_you_hear": pick("idealist", "linkedin", "friend", "email"),
        },
    ),
    # ---- warehouse reverse-ETL --------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "VANID": G(lambda f: f.van_id()),
            "STATE_VOTER_ID": Y(lambda f: f.state_voter_id(), "identification"),
            "FIRST_NAME": Y(lambda f: f.fn().upper(), "name"),
            "MIDDLE_NAME": Opt(Y(lambda f: f.pick(FIRST).upper(), "name"), 0.6),
            "LAST_NAME": Y(lambda f: f.ln().upper(), "name"),
            "SUFFIX": Opt(pick("JR", "SR", "II", "III"), 0.2),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "AGE": G(lambda f: f.r.randint(18, 95)),
            "GENDER": Y(lambda f: f.pick(["F", "M", "U"]), "gender|sex"),
            "PARTY": Y(lambda f: f.pick(PARTIES_US), "political opinion"),
            "MODELED_ETHNICITY": Y(
                lambda f: f.pick(["African-American", "Hispanic", "Asian", "Caucasian", "Other"]), "ethnicity"
            ),
            "RES_ADDRESS_LINE1": Y(lambda f: f.p["street"].upper(), "address|street"),
            "RES_CITY": Y(lambda f: f.p["city"].upper(), "city"),
            "RES_STATE": G(lambda f: f.p["state"]),
            "RES_ZIP5": Y(lambda f: f.p["zip"], "zipcode"),
            "COUNTY_NAME": pick("MARICOPA", "FULTON", "WAYNE", "DANE", "CLARK", "MECKLENBURG"),
            "PRECINCT_CODE": G(lambda f: f"{f.r.randint(1, 999):04d}"),
            "CONGRESSIONAL_DISTRICT": G(lambda f: f"{f.r.randint(1, 14):02d}"),
            "SUPPORT_SCORE": Y(lambda f: round(f.r.uniform(0, 100), 1), "political opinion"),
            "TURNOUT_SCORE": G(lambda f: round(f.r.uniform(0, 100), 1)),
            "VOTE_HISTORY_COUNT": G(lambda f: f.r.randint(0, 12)),
            "CELL_PHONE": Opt(
                Y(lambda f: f"{f.p['area']}{f.r.randint(201, 989)}{f.r.randint(0, 9999):04d}", "phone"), 0.7
            ),
            "LANDLINE": Opt(
                Y(lambda f: f"{f.p['area']}{f.r.randint(201, 989)}{f.r.randint(0, 9999):04d}", "phone"), 0.3
            ),
            "EMAIL": Opt(Y(lambda f: f.mail().upper(), "email"), 0.5),
            "REGISTRATION_DATE": G(lambda f: f.date(1970, 2024)),
            "LAST_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
]

# How often each template fires per round: everyday traffic is pages, views and signatures.
WEIGHTS = {
    "Petition": 3,
    "Petition Viewed": 3,
    "Petition Signed": 2,
    "Product Viewed": 2,
    "Donation Started": 2,
    "Door Knocked": 2,
    "Order Completed": 2,
    "Email Event": 2,
    "Walk List": 2,
}


def message(f: CFake, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    f.new_person()
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick([str(f.van_id()), "cg_" + f.alnum(12)]),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    msg["context"] = render(CONTEXTS[client](), f, "context", labels)
    if kind == "identify" or kind == "group":
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    if client in ("swift", "kotlin", "rn", "flutter"):
        msg["originalTimestamp"] = msg["timestamp"]
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = CFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            for _ in range(WEIGHTS.get(name or "", 1)):
                events.append(message(f, kind, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=147, repeats=26)
    write(Path(__file__).parent, "holdout147_", events, labels)
