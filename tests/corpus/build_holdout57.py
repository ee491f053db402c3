"""Writes holdout 57: tests/corpus/holdout57_events.jsonl and holdout57_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests or any other corpus's labels, and never
run through the engine before it was committed.

Domain: youth and amateur sports clubs in the UK, Australia and New Zealand, as seen by a club
management platform that is a Segment customer. Player registrations (mostly children) with
guardians, medical and consent forms (NHS, Medicare and NHI numbers), safeguarding checks for
coaches and volunteers (DBS, Working With Children Check, NZ Police vetting), rosters, line-ups,
results and player stats, kit orders (e-commerce spec), membership fees, Stripe-shaped card
payments, direct debits (sort code, BSB, NZ bank accounts), payment plans, coach payroll (NI
number, TFN, IRD number), tournament travel (passports, rooming lists, dietary needs), club
comms (Twilio- and SendGrid-shaped webhooks, team chat, push), Meta CAPI-shaped lead events with
hashed identifiers, ad click ids, site and admin search, form analytics.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and server libraries (python, node, go, java, ruby, php, .NET) with their
`context` blocks (app, device, os, network, screen, library, locale, timezone, userAgent,
campaign, page, ip, traits, location). Calls: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET membership
system and Twilio-shaped webhooks; kebab-case from a form builder's webhook; SCREAMING_SNAKE
from a warehouse (reverse-ETL) identify; Maori keys (ingoa, ingoa_whanau, ra_whanau, wahi_noho,
taone, iwi, kura, tima, kaitiaki_*, mate_huango, rongoa, utu_mema ...) in one New Zealand club's
own backend. Values are coherent per message and per country: names from many cultures (Maori
and Pasifika names weighted in NZ), national phone formats, UK postcodes, AU/NZ four-digit
postcodes, valid-checksum NHS numbers, Medicare numbers, NHI numbers, TFNs, IRD numbers, NZ bank
account numbers (algorithm A), Luhn cards, mod-97 IBANs.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (user, player, guardian, coach, volunteer, referee,
  doctor, traveller, recipient): names, contact details, own address or precise location, birth
  dates (a birth year too), government ids, bank accounts and full card numbers, health and other
  special categories, credentials and secrets, IP addresses, advertising/click ids. Colour: the
  reference's default for the matcher; outside the reference, red for credentials/secrets, card
  numbers, bank accounts, government ids (NI number, TFN, IRD number) and health ids (NHS,
  Medicare, NHI), yellow otherwise.
- Green: ids we or a vendor issue (player, registration, order, fixture, FA/member numbers,
  Stripe customer and payment-intent ids, booking references, frequent-flyer numbers), versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys (`emailVerified`,
  `photo_consent`, `has_wwcc`), product, team, club, school, sponsor, hotel and venue names, a
  club's or venue's own address, phone, e-mail and coordinates, destinations, country, state,
  locale, timezone, currency, user agents, OS-issued device ids, ages and age groups, job titles,
  card brand/last four/expiry, sort codes and BSBs.
- Contested cases follow the product's published policy: insurance policy numbers yellow
  (identification); pay and hourly rates yellow (salary); vehicle plates yellow (license);
  gclid/fbclid/fbp/fbc yellow (advertising id); billing and shipping addresses yellow (address);
  payment tokens (Stripe `pm_`), one-time and activation codes red (token); a club's phone in a
  telephony webhook (Twilio `From`) green.
- Special categories revealed by a boolean or enum (has asthma, uses a wheelchair, needs prayer
  facilities) take that category's matcher and colour; disability is red (reference).
- value_only is true when the key does not say what the value is (`q`, `input`, `value`,
  `previous_value`, `label`, `identifier`, `message`, `Body`, `To`, `signature`, `match_report`).
  A key that names only a person's role (`referee`,
  `player_of_match`, `signed_by`, `occupants`) and holds that person's name is NOT value_only: a
  role noun conventionally holds the person's name. A role key holding a contact detail
  (`emergencyContact` holding a phone, `invitee` holding an e-mail) IS value_only. Free text is
  labelled by what every one of its values carries: the PII free-text fields here carry it in
  every value; the green ones (`note`, `text`, `comment`, chat and push bodies) in none.

Judgement calls (what a careful privacy owner at a mid-size company would want flagged):
- Safeguarding check certificate numbers (DBS, WWCC) are yellow `certificate`; a DBS disclosure
  outcome (`none_recorded` / `information_disclosed`) reveals criminal-record data about the
  person and is yellow `criminal record`; workflow statuses (`pending`, `verified`) are green.
- Injury records: the injury, the injured body part, severity and treatment are health data
  (yellow condition / procedure); dates and ids around them are green.
- Dietary requirements (halal, kosher, nut allergy ...) are yellow `religion|allergy`.
- A SHA-256 of a person's e-mail or phone (Meta CAPI `em`, `ph`) is still that e-mail or phone
  (yellow, pseudonymous and linkable); a hash of our own user id (`external_id`) is green.
- Ethnicity and iwi affiliation are yellow `ethnicity`; nationality yellow `citizenship`; an
  overseas coach's visa type red `visa`.
- A push-notification device token in `context.device.token` is red `token`, as in build.py.
- A player's height and weight (weight-restricted grades) are green, as heightCm in holdout 3.
"""

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers ---------------------------------------------------------------------

NAMES = {
    "anglo": (
        [
            "Oliver",
            "Amelia",
            "Harry",
            "Isla",
            "Jack",
            "Olivia",
            "George",
            "Charlotte",
            "Lucas",
            "Mia",
            "Noah",
            "Grace",
            "Charlie",
            "Ruby",
            "Archie",
            "Ella",
            "Freddie",
            "Matilda",
            "Liam",
            "Chloe",
        ],
        [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Walker",
            "Evans",
            "Thompson",
            "Robinson",
            "Hughes",
            "Clarke",
            "Campbell",
            "Anderson",
            "Mitchell",
            "O'Connor",
            "McDonald",
        ],
    ),
    "maori": (
        [
            "Aroha",
            "Tama",
            "Mereana",
            "Wiremu",
            "Ngaio",
            "Anahera",
            "Rāwiri",
            "Manaia",
            "Hēmi",
            "Kahurangi",
            "Tāne",
            "Moana",
            "Nikau",
            "Te Aniwa",
            "Ihaia",
        ],
        [
            "Ngata",
            "Parata",
            "Tipene",
            "Te Whata",
            "Rangihuna",
            "Pōmare",
            "Hēnare",
            "Waititi",
            "Tamihana",
            "Kereama",
            "Te Rangi",
            "Horomona",
        ],
    ),
    "pasifika": (
        ["Sione", "Losaline", "Tevita", "Mele", "Ioane", "Lupe", "Semisi", "Sālote", "Malakai", "Ana"],
        ["Taufa", "Fifita", "Tuilagi", "Leota", "Fonua", "Vaipulu", "Tupou", "Faleolo", "Sapolu"],
    ),
    "south_asian": (
        ["Aarav", "Priya", "Arjun", "Ananya", "Rohan", "Diya", "Harpreet", "Simran", "Zain", "Ayesha"],
        ["Sharma", "Patel", "Singh", "Kaur", "Gupta", "Reddy", "Khan", "Chaudhry", "Iyer", "Hussain"],
    ),
    "east_asian": (
        ["Wei", "Mei", "Jun", "Hana", "Min-jun", "Seo-yeon", "Yuki", "Haruto", "Xin", "Ethan"],
        ["Zhang", "Chen", "Wang", "Li", "Liu", "Kim", "Park", "Nguyen", "Tanaka", "Wong", "Lee"],
    ),
    "african": (
        ["Chinedu", "Amara", "Kwame", "Abena", "Tendai", "Sipho", "Zanele", "Abdi", "Hodan", "Kofi"],
        ["Okeke", "Mensah", "Adeyemi", "Moyo", "Dlamini", "Hassan", "Osei", "Nwosu", "Abdullahi"],
    ),
    "european": (
        ["Łukasz", "Zofia", "Nikos", "Eleni", "Marco", "Giulia", "Siobhán", "Seán", "Björn", "Chloé"],
        [
            "Kowalski",
            "Nowak",
            "Papadopoulos",
            "Georgiou",
            "Rossi",
            "Bianchi",
            "Murphy",
            "O'Sullivan",
            "Lindqvist",
            "Dubois",
            "Fernández",
        ],
    ),
    "arabic": (
        ["Yusuf", "Layla", "Omar", "Fatima", "Ali", "Noor", "Hamza", "Mariam"],
        ["Al-Sayed", "Haddad", "Nasser", "Khalil", "Mansour", "Saleh"],
    ),
    "filipino": (
        ["Jose", "Maria", "Angelo", "Kristine", "Paolo", "Jasmine"],
        ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza"],
    ),
}
CULTURES = {
    "UK": ["anglo"] * 5 + ["south_asian"] * 2 + ["african", "european", "east_asian", "arabic"],
    "AU": ["anglo"] * 5 + ["east_asian"] * 2 + ["european", "south_asian", "arabic", "filipino", "pasifika"],
    "NZ": ["anglo"] * 4 + ["maori"] * 3 + ["pasifika"] * 2 + ["east_asian", "south_asian"],
}
MAIL_DOMAINS = {
    "UK": ["example.co.uk", "example.com", "mail.example.org"],
    "AU": ["example.com.au", "example.com", "example.net"],
    "NZ": ["example.co.nz", "example.com", "example.net.nz"],
}
STREETS = {
    "UK": [
        "Mill Lane",
        "Victoria Road",
        "Church Street",
        "Station Road",
        "Park Avenue",
        "Queens Road",
        "Grange Close",
        "Oakfield Drive",
        "Highfield Road",
        "Manor Way",
        "Kingsway",
        "Elm Grove",
    ],
    "AU": [
        "Wattle Street",
        "Banksia Avenue",
        "Parramatta Road",
        "Bay Road",
        "Hill Street",
        "Beach Road",
        "Eucalyptus Drive",
        "Pacific Highway",
        "Kingsford Avenue",
        "Jacaranda Crescent",
    ],
    "NZ": [
        "Kowhai Street",
        "Te Atatu Road",
        "Rimu Road",
        "Great North Road",
        "Pohutukawa Drive",
        "Karaka Street",
        "Riddiford Street",
        "Totara Avenue",
        "Manuka Road",
        "Tui Street",
    ],
}
TOWNS = {
    "UK": [
        ("Leeds", "LS"),
        ("Manchester", "M"),
        ("Bristol", "BS"),
        ("Cardiff", "CF"),
        ("Nottingham", "NG"),
        ("Reading", "RG"),
        ("Sheffield", "S"),
        ("Glasgow", "G"),
        ("Norwich", "NR"),
        ("Leicester", "LE"),
        ("Brighton", "BN"),
        ("York", "YO"),
    ],
    "AU": [
        ("Manly", "NSW", "2095"),
        ("Parramatta", "NSW", "2150"),
        ("Brunswick", "VIC", "3056"),
        ("Box Hill", "VIC", "3128"),
        ("Paddington", "QLD", "4064"),
        ("Toowong", "QLD", "4066"),
        ("Fremantle", "WA", "6160"),
        ("Norwood", "SA", "5067"),
        ("Belconnen", "ACT", "2617"),
        ("Sandy Bay", "TAS", "7005"),
    ],
    "NZ": [
        ("Ponsonby", "Auckland", "1011"),
        ("Ōtara", "Auckland", "2023"),
        ("Te Atatū Peninsula", "Auckland", "0610"),
        ("Newtown", "Wellington", "6021"),
        ("Porirua", "Porirua", "5022"),
        ("Riccarton", "Christchurch", "8041"),
        ("Frankton", "Hamilton", "3204"),
        ("Kaiti", "Gisborne", "4010"),
        ("Ngongotahā", "Rotorua", "3010"),
        ("Mornington", "Dunedin", "9011"),
    ],
}
CLUBS = {
    "UK": [
        "Riverside Juniors FC",
        "Kirkstall Colts JFC",
        "Bishopston Netball Club",
        "Llandaff North Minis RFC",
    ],
    "AU": [
        "Manly Warringah Junior Rugby",
        "Box Hill Hawks Netball",
        "Fremantle City Junior Soccer",
        "Norwood CC",
    ],
    "NZ": ["Harbour City AFC", "Ōtara Scorpions RLC", "Te Atatū Roosters", "Riccarton Netball Club"],
}
VENUES = {
    "UK": [
        ("Kirkstall Lane Playing Fields", "Kirkstall Lane, Leeds", "LS5 3BT", 53.8167, -1.5989),
        ("Horfield Common", "Kellaway Avenue, Bristol", "BS7 9XY", 51.4862, -2.5914),
        ("Llandaff Fields", "Cathedral Road, Cardiff", "CF11 9HL", 51.4907, -3.2009),
    ],
    "AU": [
        ("Manly Oval", "Sydney Road, Manly NSW", "2095", -33.7975, 151.2849),
        ("Box Hill City Oval", "Whitehorse Road, Box Hill VIC", "3128", -37.8183, 145.1239),
        ("Fremantle Park", "Ellen Street, Fremantle WA", "6160", -32.0507, 115.7539),
    ],
    "NZ": [
        ("Ōtara Park", "Ōtara Road, Auckland", "2023", -36.9584, 174.8735),
        ("Western Springs Stadium", "Great North Road, Auckland", "1022", -36.8681, 174.7224),
        ("Newtown Park", "Mein Street, Wellington", "6021", -41.3148, 174.7822),
    ],
}
TEAMS = ["U7 Minis", "U9 Blue", "U10 Red", "U11 Hawks", "U12 Girls", "U13 Colts", "U14 Development"]
TEAMS += ["U15 Premier", "U16 Girls A", "Year 7 Netball", "Senior Reserves", "Veterans XI"]
AGE_GROUPS = ["U7", "U8", "U9", "U10", "U11", "U12", "U13", "U14", "U15", "U16", "U17", "Open"]
SPORTS = ["football", "netball", "rugby union", "rugby league", "cricket", "hockey", "basketball"]
SCHOOLS = {
    "UK": ["St Mary's C of E Primary", "Kirkstall Academy", "Bristol Grammar School", "Whitchurch High"],
    "AU": ["Manly West Public School", "Box Hill High School", "John Curtin College of the Arts"],
    "NZ": [
        "Ōtara School",
        "Te Kura Kaupapa Māori o Hoani Waititi",
        "Western Springs College",
        "Wellington East Girls' College",
    ],
}
CURRENCY = {"UK": "GBP", "AU": "AUD", "NZ": "NZD"}
LOCALES = {"UK": ["en-GB"], "AU": ["en-AU"], "NZ": ["en-NZ", "mi-NZ", "en-NZ"]}
TIMEZONES = {
    "UK": ["Europe/London"],
    "AU": ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"],
    "NZ": ["Pacific/Auckland"],
}
CARRIERS = {"UK": ["EE", "Vodafone UK", "O2 - UK", "Three"], "AU": ["Telstra", "Optus", "Vodafone AU"]}
CARRIERS["NZ"] = ["One NZ", "Spark NZ", "2degrees"]
KIT = [
    ("Home Shirt (Junior)", "Shirts", 28.0),
    ("Away Shirt (Junior)", "Shirts", 28.0),
    ("Training Top", "Training", 24.5),
    ("Club Shorts", "Shorts", 14.0),
    ("Club Socks", "Socks", 8.5),
    ("Hoodie with Initials", "Leisurewear", 32.0),
    ("Rain Jacket", "Outerwear", 45.0),
    ("Kit Bag", "Accessories", 19.99),
    ("Shin Pads (Youth)", "Equipment", 12.0),
    ("Netball Dress", "Dresses", 38.0),
]
KIT_BRANDS = ["Macron", "Kukri", "Canterbury", "Joma", "Errea", "Puma Teamwear"]
SIZES = ["YXS", "YS", "YM", "YL", "XS", "S", "M", "L", "XL", "5-6", "7-8", "9-10", "11-12"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/16.6 Mobile/15E148 Safari/604.1",
]
NZ_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class ClubFake(Fake):
    """Fake with a country and per-message people, so one message's values agree with each other."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.region = "UK"
        self.people: dict[str, dict[str, Any]] = {}
        self.home_address: dict[str, str] | None = None

    def start(self, region: str) -> None:
        self.region = region
        self.people = {}
        self.home_address = None
        self.the_venue = None
        self.the_geo = None
        self.the_venue: tuple | None = None
        self.the_geo: tuple | None = None

    # people
    def new_person(self, child: bool = False, culture: str | None = None) -> dict[str, Any]:
        culture = culture or self.pick(CULTURES[self.region])
        firsts, lasts = NAMES[culture]
        first, last = self.pick(firsts), self.pick(lasts)
        dob = self.date(2007, 2019) if child else self.date(1962, 2001)
        return {"first": first, "last": last, "dob": dob}

    def person(self, role: str, child: bool = False) -> dict[str, Any]:
        if role not in self.people:
            self.people[role] = self.new_person(child)
        return self.people[role]

    def first_of(self, role: str, child: bool = False) -> str:
        return self.person(role, child)["first"]

    def last_of(self, role: str, child: bool = False) -> str:
        return self.person(role, child)["last"]

    def name_of(self, role: str, child: bool = False) -> str:
        p = self.person(role, child)
        return f"{p['first']} {p['last']}"

    def dob_of(self, role: str, child: bool = False) -> str:
        return self.person(role, child)["dob"]

    def any_name(self) -> str:
        p = self.new_person()
        return f"{p['first']} {p['last']}"

    def email_of(self, role: str) -> str:
        p = self.person(role)
        if "email" not in p:
            first = ascii_fold(p["first"]).lower().replace(" ", "").replace("'", "")
            last = ascii_fold(p["last"]).lower().replace(" ", "").replace("'", "").replace("-", "")
            local = self.pick(
                [
                    f"{first}.{last}",
                    f"{first}{last}{self.r.randint(1, 99)}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                    f"{last}.{first}",
                    f"{first}{self.r.randint(70, 99)}",
                ]
            )
            p["email"] = f"{local}@{self.pick(MAIL_DOMAINS[self.region])}"
        return p["email"]

    def mobile_of(self, role: str) -> str:
        p = self.person(role)
        if "mobile" not in p:
            p["mobile"] = self.mobile()
        return p["mobile"]

    def geo(self) -> tuple[float, float]:
        """Where the person's phone is: somewhere in the message's country."""
        if self.the_geo is None:
            lat, lon = {"UK": ((50.4, 55.9), (-4.2, 0.6)), "AU": ((-37.9, -27.4), (115.7, 153.1))}.get(
                self.region, ((-45.9, -35.7), (168.3, 178.0))
            )
            self.the_geo = (round(self.r.uniform(*lat), 6), round(self.r.uniform(*lon), 6))
        return self.the_geo

    # phones
    def mobile(self) -> str:
        d = self.digits
        if self.region == "UK":
            n = self.pick(["74", "75", "77", "78", "79"]) + d(2) + d(6)
            return self.pick([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}"])
        if self.region == "AU":
            n = "4" + d(2) + d(3) + d(3)
            return self.pick(
                [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}", f"0{n}"]
            )
        pre = self.pick(["21", "22", "27", "20"])
        rest = d(3) + d(4)
        return self.pick(
            [f"0{pre} {rest[:3]} {rest[3:]}", f"+64 {pre} {rest[:3]} {rest[3:]}", f"+64{pre}{rest}"]
        )

    def landline(self) -> str:
        d = self.digits
        if self.region == "UK":
            return self.pick(
                [
                    f"0113 496 {d(4)}",
                    f"0117 496 {d(4)}",
                    f"029 2018 {d(4)}",
                    f"0161 496 {d(4)}",
                    f"+44 20 7946 {d(4)}",
                ]
            )
        if self.region == "AU":
            return self.pick(
                [
                    f"(02) 9{d(3)} {d(4)}",
                    f"03 9{d(3)} {d(4)}",
                    f"(07) 3{d(3)} {d(4)}",
                    f"+61 8 9{d(3)} {d(4)}",
                ]
            )
        return self.pick(
            [f"(09) 3{d(2)} {d(4)}", f"04 4{d(2)} {d(4)}", f"+64 3 3{d(2)} {d(4)}", f"(07) 8{d(2)} {d(4)}"]
        )

    # addresses
    def home(self) -> dict[str, str]:
        if self.home_address is None:
            street = self.pick(STREETS[self.region])
            if self.region == "UK":
                town, area = self.pick(TOWNS["UK"])
                number = self.pick(
                    [str(self.r.randint(1, 180)), f"Flat {self.r.randint(1, 12)}, {self.r.randint(2, 90)}"]
                )
                letters = "ABDEFGHJLNPQRSTUWXYZ"
                inward = f"{self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
                postcode = f"{area}{self.r.randint(1, 28)} {inward}"
                self.home_address = {
                    "line1": f"{number} {street}",
                    "town": town,
                    "postcode": postcode,
                    "state": self.pick(["England", "Wales", "Scotland"]),
                }
            else:
                town, state, postcode = self.pick(TOWNS[self.region])
                number = self.pick(
                    [
                        str(self.r.randint(1, 240)),
                        f"{self.r.randint(1, 9)}/{self.r.randint(2, 120)}",
                        f"{self.r.randint(2, 60)}A",
                    ]
                )
                self.home_address = {
                    "line1": f"{number} {street}",
                    "town": town,
                    "postcode": postcode,
                    "state": state,
                }
        return self.home_address

    def street_line(self) -> str:
        return self.home()["line1"]

    def town(self) -> str:
        return self.home()["town"]

    def postcode(self) -> str:
        return self.home()["postcode"]

    def full_address(self) -> str:
        h = self.home()
        if self.region == "AU":
            return f"{h['line1']}, {h['town']} {h['state']} {h['postcode']}"
        return f"{h['line1']}, {h['town']} {h['postcode']}"

    # club things
    def club(self) -> str:
        return self.pick(CLUBS[self.region])

    def venue(self) -> tuple:
        if self.the_venue is None:
            self.the_venue = self.pick(VENUES[self.region])
        return self.the_venue

    def team(self) -> str:
        return self.pick(TEAMS)

    def money_local(self, lo: float, hi: float) -> float:
        return round(self.r.uniform(lo, hi), 2)

    # ids with checksums
    def nhs_number(self) -> str:
        while True:
            body = [self.r.randint(0, 9) for _ in range(9)]
            body[0] = self.r.randint(4, 7)
            rem = sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            check = 11 - rem
            if check == 10:
                continue
            check = 0 if check == 11 else check
            s = "".join(map(str, body)) + str(check)
            return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def medicare(self) -> str:
        body = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, body)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([f"{s[:4]} {s[4:9]} {s[9]}", s])

    def nhi(self) -> str:
        while True:
            letters = [self.pick(NZ_NHI_LETTERS) for _ in range(3)]
            nums = [self.r.randint(0, 9) for _ in range(3)]
            total = sum((NZ_NHI_LETTERS.index(c) + 1) * w for c, w in zip(letters, [7, 6, 5], strict=True))
            total += sum(n * w for n, w in zip(nums, [4, 3, 2], strict=True))
            rem = total % 11
            if rem == 0:
                continue
            check = 11 - rem
            check = 0 if check == 10 else check
            return "".join(letters) + "".join(map(str, nums)) + str(check)

    def tfn(self) -> str:
        while True:
            body = [self.r.randint(0, 9) for _ in range(8)]
            body[0] = self.r.randint(1, 9)
            weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
            partial = sum(d * w for d, w in zip(body, weights, strict=False)) % 11
            # last digit d9 with weight 10: need (partial + 10*d9) % 11 == 0
            for d9 in range(10):
                if (partial + 10 * d9) % 11 == 0:
                    s = "".join(map(str, body)) + str(d9)
                    return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def ird(self) -> str:
        while True:
            n = self.r.randint(10_000_000, 149_999_999)
            base = f"{n // 10:08d}"
            digits = [int(c) for c in base]
            rem = sum(d * w for d, w in zip(digits, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
            check = 0 if rem == 0 else 11 - rem
            if check == 10:
                continue
            s = (base + str(check)).lstrip("0")
            s = s.rjust(9, "0")
            return self.pick([f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

    def nz_bank_account(self) -> str:
        while True:
            bank = self.pick(["01", "02", "03", "06", "12"])
            branch = f"{self.r.randint(1, 999):04d}"
            acct = [self.r.randint(0, 9) for _ in range(6)]
            weights_branch = [6, 3, 7, 9]
            # algorithm A over the 8-digit base (two leading zeros): weights 0,0,10,5,8,4,2,1
            total = sum(int(c) * w for c, w in zip(branch, weights_branch, strict=True))
            total += sum(d * w for d, w in zip(acct, [10, 5, 8, 4, 2], strict=False))
            last = (-total) % 11
            if last == 10:
                continue
            base = "".join(map(str, acct[:5])) + str(last)
            account = "0" + base
            suffix = self.pick(["00", "000", "01", "02", "25"])
            return self.pick(
                [f"{bank}-{branch}-{account}-{suffix}", f"{bank}{branch}{account}{suffix.rjust(3, '0')}"]
            )

    def nino(self) -> str:
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        if first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            second = "A"
        d = self.digits(6)
        s = f"{first}{second}{d}{self.pick('ABCD')}"
        return self.pick([s, f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"])

    def uk_driving_licence(self) -> str:
        p = self.person("volunteer")
        surname = ascii_fold(p["last"]).upper().replace("'", "").replace(" ", "").replace("-", "")
        surname = (surname + "99999")[:5]
        y, m, day = p["dob"].split("-")
        month = int(m) + (50 if self.r.random() < 0.5 else 0)
        initials = (ascii_fold(p["first"])[0] + "9").upper()
        tail = f"{self.r.randint(1, 9)}{self.pick('ABCDEFGHJK')}{self.pick('ABCDEFGHJK')}"
        return f"{surname}{y[2]}{month:02d}{day}{y[3]}{initials}{tail}"

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPRSTUVWXY"
        if self.region == "UK":
            p = self.pick
            return f"{p(letters)}{p(letters)}{self.r.randint(10, 24)} {p(letters)}{p(letters)}{p(letters)}"
        if self.region == "AU":
            return self.pick(
                [
                    f"{self.digits(1)}{self.pick(letters)}{self.pick(letters)}{self.digits(1)}{self.pick(letters)}{self.pick(letters)}",
                    f"{self.pick(letters)}{self.pick(letters)}{self.pick(letters)}{self.digits(2)}{self.pick(letters)}",
                ]
            )
        return f"{self.pick(letters)}{self.pick(letters)}{self.pick(letters)}{self.digits(3)}"

    def passport(self) -> str:
        if self.region == "UK":
            return self.digits(9)
        if self.region == "AU":
            return self.pick(["PA", "PB", "PE", "N"]) + self.digits(7)
        return self.pick(["LA", "LB", "LC", "LH"]) + self.digits(6)

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()


# -- contexts -------------------------------------------------------------------------------------


def web_context(path: str, title: str):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.facebook.com/", "https://l.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=facebook&utm_medium=paid_social", "?season=2024", "?ref=app"]
                )
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{f.pick(['app', 'register', 'www'])}.sideline.example{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", ""])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(
                    ["winter_rego_2024", "summer_holiday_camp", "kit_shop_launch", "girls_free_trial"]
                )
            ),
            "source": G(lambda f: f.pick(["facebook", "newsletter", "google", "instagram"])),
            "medium": G(lambda f: f.pick(["paid_social", "email", "cpc", "social"])),
            "term": G(
                lambda f: f.pick(["junior football near me", "netball club", "kids rugby", "holiday camp"])
            ),
            "content": G(lambda f: f.pick(["carousel_a", "header_button", "story_video"])),
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Sideline Coach"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.2", "4.13.0"])),
            "build": G(lambda f: f.pick(["4120", "4122", "4130"])),
            "namespace": G(lambda f: "com.sideline.coach"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.7"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email_of("user"), "email"),
            "firstName": Y(lambda f: f.first_of("user"), "name"),
            "role": G(lambda f: f.pick(["coach", "team_manager", "assistant_coach"])),
        },
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Sideline"),
            "version": G(lambda f: f.pick(["6.3.1", "6.4.0"])),
            "namespace": G(lambda f: "com.sideline.parents"),
            "build": G(lambda f: f.pick(["60301", "60400"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OPPO", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "CPH2451", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "OP5961L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(CARRIERS[f.region])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.digits(7)),
            "email": Y(lambda f: f.email_of("user"), "email"),
            "phone": Y(lambda f: f.mobile_of("user"), "phone"),
        },
        "location": {
            "latitude": Y(lambda f: f.geo()[0], "geolocation"),
            "longitude": Y(lambda f: f.geo()[1], "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Sideline"),
            "version": G(lambda f: f.pick(["6.3.1", "6.4.0"])),
            "build": G(lambda f: f.pick(["631", "640"])),
            "namespace": G(lambda f: "com.sideline.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "iPhone16,1"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email_of("user"), "email"),
            "firstName": Y(lambda f: f.first_of("user"), "name"),
            "lastName": Y(lambda f: f.last_of("user"), "name"),
            "clubId": G(lambda f: "club_" + f.digits(4)),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Sideline Coach"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0"])),
            "build": G(lambda f: f.pick(["412", "413"])),
            "namespace": G(lambda f: "com.sideline.coach"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-G991B", "23049PCD8G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.region])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 411])), "height": G(lambda f: f.pick([852, 914]))},
        "timezone": G(lambda f: f.pick(TIMEZONES[f.region])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.NET": ["3.8.1", "3.7.0"],
}


def server_context(library: str, with_ip: bool = True, with_ua: bool = False, extra: dict | None = None):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: library), "version": G(lambda f: f.pick(SERVER_VERSIONS[library]))}
    }
    if library == "analytics-php":
        ctx["library"]["consumer"] = G(lambda f: "LibCurl")
    if with_ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if with_ua:
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if extra:
        ctx.update(extra)
    return ctx


# -- free text ------------------------------------------------------------------------------------


def note(f) -> str:
    return f.pick(
        [
            "Paid cash at sign-on day",
            "Sibling discount applied",
            "Kit collected",
            "Waiting on birth certificate copy",
            "Moved up an age group at coach's request",
            "Fee waived - hardship fund",
            "Transfer form received from previous club",
            "Second instalment overdue",
        ]
    )


def match_report(f) -> str:
    name = f.any_name()
    return f.pick(
        [
            f"{name} opened the scoring after {f.r.randint(3, 40)} minutes and we never looked back.",
            f"Tough one in the wind. {name} was outstanding in goal.",
            f"Great hat-trick from {name}! Proud of the whole squad.",
            f"Player of the day: {name}. Lovely passing in the second half.",
            f"We lost but {name} played the full game on debut - well done.",
        ]
    )


def medical_notes(f) -> str:
    return f.pick(
        [
            "Mild asthma - blue inhaler kept in kit bag",
            "Type 1 diabetes, checks levels at half time",
            "Epilepsy, well controlled on medication",
            "Eczema flares in hot weather, uses emollient",
            "ADHD - may need clear short instructions",
            "Heart murmur, cleared by GP for full contact",
            "Osgood-Schlatter in both knees, ice after training",
            "Hay fever in spring, takes antihistamine",
        ]
    )


def sms_body(f) -> str:
    g, c = f.first_of("guardian"), f.first_of("player", child=True)
    venue = f.venue()[0]
    return f.pick(
        [
            f"Hi {g}, reminder: {c}'s training is moved to 5:30pm at {venue}.",
            f"Hi {g}, {c} has been selected for Saturday. Meet 8:45 at {venue}.",
            f"{g}, the second instalment for {c}'s fees is due Friday. Reply STOP to opt out.",
            f"Hi {g}! Photos of {c}'s team from the gala day are on the app.",
        ]
    )


def callback_message(f) -> str:
    phone = f.mobile()
    return f.pick(
        [
            f"Hi, my son wants to join the under 10s, please call me on {phone}",
            f"Can someone ring me on {phone} about the payment plan?",
            f"Is there space in the U8 girls team? My number is {phone}",
            f"Call {phone} after 5pm please, question about kit sizes",
        ]
    )


def chat_text(f) -> str:
    return f.pick(
        [
            "Training cancelled tonight, pitches waterlogged",
            "Bring water bottles and shin pads please",
            "Kick-off moved to 9:30 on Saturday",
            "Great effort today team!",
            "Photos from Saturday are up on the app",
            "Can someone bring the spare bibs?",
        ]
    )


# -- events ---------------------------------------------------------------------------------------

ALL = ("UK", "AU", "NZ")


def kit_product():
    return {
        "product_id": G(lambda f: "prod_" + f.digits(6)),
        "sku": G(lambda f: f"KIT-{f.r.randint(100, 999)}-{f.pick(SIZES)}"),
        "name": G(lambda f: f.pick(KIT)[0]),
        "brand": G(lambda f: f.pick(KIT_BRANDS)),
        "category": G(lambda f: f.pick(KIT)[1]),
        "variant": G(lambda f: f.pick(["Navy/White", "Red", "Sky Blue", "Black/Gold"])),
        "size": G(lambda f: f.pick(SIZES)),
        "price": G(lambda f: f.pick(KIT)[2]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


EVENTS: list[tuple[str, str | None, Any, tuple[str, ...], dict]] = [
    # -- web: club website and registration portal ---------------------------------------------------
    (
        "page",
        "Register",
        lambda: web_context("/register", "Register | Sideline"),
        ALL,
        {
            "name": G(lambda f: "Register"),
            "path": G(lambda f: "/register"),
            "title": G(lambda f: "Register | Sideline"),
            "url": G(lambda f: "https://register.sideline.example/register"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "club_slug": G(lambda f: f.pick(["riverside-juniors-fc", "box-hill-hawks", "harbour-city-afc"])),
            "season": G(lambda f: f.pick(["2024", "2024/25", "Winter 2024"])),
        },
    ),
    (
        "identify",
        None,
        lambda: web_context("/account", "My account | Sideline"),
        ALL,
        {
            "email": Y(lambda f: f.email_of("user"), "email"),
            "firstName": Y(lambda f: f.first_of("user"), "name"),
            "lastName": Y(lambda f: f.last_of("user"), "name"),
            "phone": Y(lambda f: f.mobile_of("user"), "phone"),
            "postcode": Y(lambda f: f.postcode(), "zipcode"),
            "country": G(lambda f: {"UK": "GB", "AU": "AU", "NZ": "NZ"}[f.region]),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["parent", "player", "coach", "club_admin"])),
            "avatar": Y(lambda f: f"https://cdn.sideline.example/avatars/{f.hexid(20)}.jpg", "photo"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "playersLinked": G(lambda f: f.r.randint(0, 4)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Player Registration Started",
        lambda: web_context("/register/player", "Add a player | Sideline"),
        ALL,
        {
            "club_id": G(lambda f: "club_" + f.digits(4)),
            "club_name": G(lambda f: f.club()),
            "season": G(lambda f: f.pick(["2024", "2024/25", "Winter 2024"])),
            "age_group": G(lambda f: f.pick(AGE_GROUPS)),
            "programme": G(
                lambda f: f.pick(["Mini Kickers", "Junior League", "Holiday Camp", "Walking Netball"])
            ),
            "form_version": G(lambda f: f.pick(["2024.3", "2024.4", "2025.1"])),
            "is_returning_player": G(lambda f: f.pick([True, False])),
            "players_in_household": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Player Registered",
        lambda: server_context("analytics-python", with_ua=True),
        ALL,
        {
            "registration_id": G(lambda f: "reg_" + f.hexid(12)),
            "club_id": G(lambda f: "club_" + f.digits(4)),
            "season": G(lambda f: f.pick(["2024", "2024/25", "Winter 2024"])),
            "player": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "first_name": Y(lambda f: f.first_of("player", True), "name"),
                "last_name": Y(lambda f: f.last_of("player", True), "name"),
                "preferred_name": Y(
                    lambda f: f.pick(
                        [
                            f.first_of("player", True),
                            f"{f.first_of('player', True)} {f.last_of('player', True)[0]}.",
                        ]
                    ),
                    "name",
                ),
                "date_of_birth": Y(lambda f: f.dob_of("player", True), "birthdate"),
                "gender": Y(
                    lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"
                ),
                "age": G(lambda f: f.r.randint(5, 17)),
                "age_group": G(lambda f: f.pick(AGE_GROUPS)),
                "school": G(lambda f: f.pick(SCHOOLS[f.region])),
                "school_year": G(lambda f: f.pick(["Year 3", "Year 6", "Year 8", "Year 10"])),
                "previous_club": G(lambda f: f.pick(["", "Northside United", "Eastern Suburbs JFC", "none"])),
                "ethnicity": Y(
                    lambda f: f.pick(
                        {
                            "UK": [
                                "White British",
                                "Asian British - Indian",
                                "Black British - African",
                                "Mixed",
                            ],
                            "AU": ["Australian", "Aboriginal", "Chinese", "Lebanese", "Prefer not to say"],
                            "NZ": ["NZ European", "Māori", "Samoan", "Tongan", "Chinese"],
                        }[f.region]
                    ),
                    "ethnicity",
                ),
                "shirt_size": G(lambda f: f.pick(SIZES)),
                "fan_number": G(lambda f: f.digits(9)),
            },
            "guardian": {
                "first_name": Y(lambda f: f.first_of("guardian"), "name"),
                "last_name": Y(lambda f: f.last_of("guardian"), "name"),
                "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent", "carer"])),
                "email": Y(lambda f: f.email_of("guardian"), "email"),
                "mobile": Y(lambda f: f.mobile_of("guardian"), "phone"),
                "home_phone": Y(lambda f: f.landline(), "phone"),
            },
            "address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "suburb": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.home()["state"]),
                "country": G(lambda f: f.region),
            },
            "fee": G(lambda f: f.pick([95.0, 120.0, 145.0, 160.0, 210.0])),
            "currency": G(lambda f: CURRENCY[f.region]),
            "sibling_discount_applied": G(lambda f: f.pick([True, False])),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "medical_consent": G(lambda f: True),
            "note": G(note),
        },
    ),
    (
        "track",
        "Medical Form Submitted",
        lambda: web_context("/register/medical", "Medical information | Sideline"),
        ("UK",),
        {
            "player_id": G(lambda f: f.r.randint(100000, 999999)),
            "form_version": G(lambda f: f.pick(["2024.3", "2024.4", "2025.1"])),
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["peanuts", "tree nuts", "penicillin", "bee stings", "latex", "eggs"]),
                    "allergy",
                ),
                2,
            ),
            "has_asthma": Y(lambda f: f.pick([True, False]), "condition"),
            "epipen_required": Y(lambda f: f.pick([True, False]), "allergy"),
            "medications": Many(
                {
                    "name": Y(
                        lambda f: f.pick(
                            [
                                "Salbutamol inhaler",
                                "Cetirizine",
                                "Insulin (NovoRapid)",
                                "Methylphenidate",
                                "Sodium valproate",
                            ]
                        ),
                        "medication",
                    ),
                    "dosage": Y(
                        lambda f: f.pick(
                            ["2 puffs as needed", "10 mg daily", "as prescribed", "18 mg morning"]
                        ),
                        "medication",
                    ),
                },
                2,
            ),
            "conditions_notes": Y(medical_notes, "condition|diagnosis"),
            "concussion_history": Y(lambda f: f.pick([True, False]), "condition"),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "gp": {
                "name": Y(lambda f: "Dr " + f.any_name(), "name"),
                "practice": G(
                    lambda f: f.pick(
                        ["Kirkstall Health Centre", "Horfield Health Centre", "Llandaff North Medical Centre"]
                    )
                ),
                "practice_phone": G(lambda f: f.pick(["0113 295 1132", "0117 969 5391", "029 2056 7822"])),
            },
            "emergency_contact": {
                "name": Y(lambda f: f.name_of("guardian"), "name"),
                "phone": Y(lambda f: f.mobile_of("guardian"), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "aunt", "grandparent"])),
            },
            "consent_emergency_treatment": G(lambda f: True),
            "signed_by": Y(lambda f: f.name_of("guardian"), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Medical Details Updated",
        rn_context,
        ("AU",),
        {
            "playerId": G(lambda f: f.r.randint(100000, 999999)),
            "medicareNumber": RED(lambda f: f.medicare(), "health id"),
            "medicareIrn": G(lambda f: f.r.randint(1, 5)),
            "medicareExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
            "privateHealthFund": G(lambda f: f.pick(["Medibank", "Bupa", "HCF", "nib", "none"])),
            "ambulanceCover": G(lambda f: f.pick([True, False])),
            "conditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "anaphylaxis", "ADHD"]),
                    "condition",
                ),
                2,
            ),
            "usesWheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "dietaryRequirements": Y(
                lambda f: f.pick(["none", "halal", "vegetarian", "kosher", "nut allergy", "no pork"]),
                "religion|allergy",
            ),
            "emergencyContact": Y(lambda f: f.mobile_of("guardian"), "phone", True),
            "updatedFields": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "screen",
        "Player Profile",
        rn_context,
        ALL,
        {
            "playerId": G(lambda f: f.r.randint(100000, 999999)),
            "tab": G(lambda f: f.pick(["overview", "medical", "stats", "payments"])),
            "teamId": G(lambda f: "team_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Availability Set",
        rn_context,
        ALL,
        {
            "fixtureId": G(lambda f: "fx_" + f.digits(7)),
            "playerId": G(lambda f: f.r.randint(100000, 999999)),
            "status": G(lambda f: f.pick(["available", "unavailable", "maybe"])),
            "reason": G(
                lambda f: f.pick(["", "School camp", "Family wedding", "Away for the weekend", "Exams"])
            ),
            "respondedHoursBefore": G(lambda f: f.r.randint(1, 96)),
        },
    ),
    (
        "track",
        "Lineup Published",
        flutter_context,
        ALL,
        {
            "fixture_id": G(lambda f: "fx_" + f.digits(7)),
            "team_id": G(lambda f: "team_" + f.digits(5)),
            "team_name": G(lambda f: f.team()),
            "formation": G(lambda f: f.pick(["4-3-3", "3-2-1", "2-3-1", "C/GA/GS"])),
            "kickoff_at": G(lambda f: f.iso()),
            "lineup": Many(
                {
                    "player_id": G(lambda f: f.r.randint(100000, 999999)),
                    "player_name": Y(lambda f: f.any_name(), "name"),
                    "shirt_number": G(lambda f: f.r.randint(1, 23)),
                    "position": G(lambda f: f.pick(["GK", "DEF", "MID", "FWD", "GS", "WA", "C"])),
                    "starting": G(lambda f: f.pick([True, False])),
                    "captain": G(lambda f: f.pick([True, False])),
                },
                9,
            ),
            "published_by": Y(lambda f: f.name_of("user"), "name"),
        },
    ),
    (
        "track",
        "Match Result Recorded",
        lambda: server_context("analytics-go", with_ip=False),
        ALL,
        {
            "fixture_id": G(lambda f: "fx_" + f.digits(7)),
            "competition": G(
                lambda f: f.pick(
                    ["Junior League Div 2", "Saturday Netball Comp", "Rippa Rugby Gala", "U12 Cup"]
                )
            ),
            "round": G(lambda f: f.r.randint(1, 18)),
            "home_team": G(lambda f: f.club() + " " + f.team()),
            "away_team": G(lambda f: f.club() + " " + f.team()),
            "home_score": G(lambda f: f.r.randint(0, 30)),
            "away_score": G(lambda f: f.r.randint(0, 30)),
            "venue": {
                "name": G(lambda f: f.venue()[0]),
                "address": G(lambda f: f.venue()[1]),
                "lat": G(lambda f: f.venue()[3]),
                "lng": G(lambda f: f.venue()[4]),
            },
            "referee": Y(lambda f: f.any_name(), "name"),
            "scorers": Many(
                {
                    "player_id": G(lambda f: f.r.randint(100000, 999999)),
                    "player_name": Y(lambda f: f.any_name(), "name"),
                    "minute": G(lambda f: f.r.randint(1, 70)),
                },
                4,
            ),
            "player_of_match": Y(lambda f: f.any_name(), "name"),
            "match_report": Y(match_report, "name", True),
            "weather": G(lambda f: f.pick(["sunny", "rain", "windy", "cold"])),
        },
    ),
    (
        "track",
        "Player Stats Updated",
        lambda: server_context("analytics-go", with_ip=False),
        ALL,
        {
            "player_id": G(lambda f: f.r.randint(100000, 999999)),
            "season": G(lambda f: f.pick(["2024", "2024/25", "Winter 2024"])),
            "appearances": G(lambda f: f.r.randint(0, 22)),
            "goals": G(lambda f: f.r.randint(0, 30)),
            "assists": G(lambda f: f.r.randint(0, 15)),
            "minutes_played": G(lambda f: f.r.randint(0, 1400)),
            "yellow_cards": G(lambda f: f.r.randint(0, 3)),
            "position": G(lambda f: f.pick(["GK", "DEF", "MID", "FWD"])),
            "dominant_foot": G(lambda f: f.pick(["left", "right", "both"])),
            "height_cm": G(lambda f: f.r.randint(110, 190)),
            "weight_kg": G(lambda f: f.money_local(20, 85)),
            "coach_rating": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Injury Reported",
        rn_context,
        ALL,
        {
            "incidentId": G(lambda f: f.uuid()),
            "playerId": G(lambda f: f.r.randint(100000, 999999)),
            "fixtureId": G(lambda f: "fx_" + f.digits(7)),
            "injuryType": Y(
                lambda f: f.pick(
                    [
                        "sprained ankle",
                        "concussion",
                        "dislocated finger",
                        "hamstring strain",
                        "broken wrist",
                        "bloody nose",
                    ]
                ),
                "condition|diagnosis",
            ),
            "bodyPart": Y(
                lambda f: f.pick(["ankle", "head", "finger", "hamstring", "wrist", "nose", "knee"]),
                "condition",
            ),
            "severity": Y(lambda f: f.pick(["minor", "moderate", "severe"]), "condition"),
            "treatment": Y(
                lambda f: f.pick(
                    ["ice and rest", "taken to A&E", "strapped by first aider", "referred to physio"]
                ),
                "procedure",
            ),
            "concussionSuspected": Y(lambda f: f.pick([True, False]), "condition"),
            "occurredAt": G(lambda f: f.iso()),
            "reportedBy": Y(lambda f: f.name_of("user"), "name"),
            "guardianNotified": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- safeguarding --------------------------------------------------------------------------------
    (
        "track",
        "Safeguarding Check Submitted",
        lambda: server_context("analytics-python", with_ua=True),
        ("UK",),
        {
            "volunteer_id": G(lambda f: "vol_" + f.digits(6)),
            "role": G(
                lambda f: f.pick(["coach", "team manager", "first aider", "welfare officer", "driver"])
            ),
            "full_name": Y(lambda f: f.name_of("volunteer"), "name"),
            "date_of_birth": Y(lambda f: f.dob_of("volunteer"), "birthdate"),
            "previous_surnames": Many(Y(lambda f: f.pick(NAMES[f.pick(CULTURES["UK"])][1]), "name"), 2),
            "town_of_birth": Y(
                lambda f: f.pick(["Leeds", "Lagos", "Karachi", "Dublin", "Kraków", "Bristol"]), "city"
            ),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "dbs_certificate_number": Y(lambda f: "00" + f.digits(10), "certificate"),
            "dbs_level": G(lambda f: f.pick(["enhanced", "enhanced_with_barred_list", "basic"])),
            "dbs_issue_date": G(lambda f: f.date(2019, 2024)),
            "update_service_subscribed": G(lambda f: f.pick([True, False])),
            "disclosure_outcome": Y(
                lambda f: f.pick(["none_recorded", "none_recorded", "information_disclosed"]),
                "criminal record",
            ),
            "id_documents": Many(
                G(
                    lambda f: f.pick(
                        ["passport", "driving_licence", "utility_bill", "bank_statement", "birth_certificate"]
                    )
                ),
                3,
            ),
            "driving_licence_number": Y(lambda f: f.uk_driving_licence(), "license"),
            "verifier_name": Y(lambda f: f.any_name(), "name"),
            "safeguarding_course": G(
                lambda f: f.pick(["FA Safeguarding Children", "RFU Safeguarding Awareness", "none"])
            ),
            "status": G(lambda f: f.pick(["pending", "verified", "rejected"])),
        },
    ),
    (
        "track",
        "Working With Children Check Verified",
        lambda: server_context("@segment/analytics-node", with_ip=False),
        ("AU",),
        {
            "volunteerId": G(lambda f: "vol_" + f.digits(6)),
            "wwccNumber": Y(
                lambda f: f.pick(
                    [f"WWC{f.digits(7)}E", f"{f.digits(7)}-0{f.r.randint(1, 3)}", f"{f.digits(6)}"]
                ),
                "certificate",
            ),
            "wwccState": G(lambda f: f.home()["state"]),
            "wwccStatus": G(lambda f: f.pick(["current", "cleared", "application in progress"])),
            "wwccExpiry": G(lambda f: f.date(2025, 2029)),
            "familyName": Y(lambda f: f.last_of("volunteer"), "name"),
            "givenNames": Y(lambda f: f.first_of("volunteer"), "name"),
            "dateOfBirth": Y(lambda f: f.dob_of("volunteer"), "birthdate"),
            "verifiedVia": G(
                lambda f: f.pick(["OCG online check", "Service Victoria", "Blue Card Services"])
            ),
            "verifiedBy": Y(lambda f: f.any_name(), "name"),
        },
    ),
    (
        "track",
        "Police Vet Requested",
        lambda: server_context("analytics-go"),
        ("NZ",),
        {
            "request_ref": G(lambda f: "NZPV" + f.digits(8)),
            "volunteer_id": G(lambda f: "vol_" + f.digits(6)),
            "full_name": Y(lambda f: f.name_of("volunteer"), "name"),
            "date_of_birth": Y(lambda f: f.dob_of("volunteer"), "birthdate"),
            "drivers_licence": Y(lambda f: f.pick(["DA", "EB", "FG", "HK"]) + f.digits(6), "license"),
            "role": G(
                lambda f: f.pick(["coach", "team manager", "first aider", "welfare officer", "driver"])
            ),
            "consent_signed_at": G(lambda f: f.iso()),
            "status": G(lambda f: f.pick(["pending", "verified", "rejected"])),
        },
    ),
    (
        "track",
        "Volunteer Application Submitted",
        lambda: server_context("@segment/analytics-node", with_ua=True),
        ("AU", "NZ"),
        {
            "form-id": G(lambda f: f.hexid(8)),
            "submission-id": G(lambda f: f.digits(10)),
            "first-name": Y(lambda f: f.first_of("volunteer"), "name"),
            "last-name": Y(lambda f: f.last_of("volunteer"), "name"),
            "email-address": Y(lambda f: f.email_of("volunteer"), "email"),
            "phone-number": Y(lambda f: f.mobile_of("volunteer"), "phone"),
            "preferred-role": G(
                lambda f: f.pick(["Coach", "Canteen", "Team Manager", "Umpire", "Committee"])
            ),
            "availability": Many(
                G(lambda f: f.pick(["weekday evenings", "Saturday mornings", "Sundays"])), 2
            ),
            "has-wwcc": G(lambda f: f.pick([True, False])),
            "referee-name": Y(lambda f: f.any_name(), "name"),
            "referee-phone": Y(lambda f: f.mobile(), "phone"),
            "t-shirt-size": G(lambda f: f.pick(["S", "M", "L", "XL", "2XL"])),
            "vehicle-rego": Y(lambda f: f.plate(), "license"),
            "submitted-at": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- kit shop (e-commerce spec) ---------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        lambda: web_context("/shop/product", "Club Shop | Sideline"),
        ALL,
        {
            **kit_product(),
            "currency": G(lambda f: CURRENCY[f.region]),
            "url": G(lambda f: f"https://shop.sideline.example/p/{f.digits(5)}"),
            "image_url": G(lambda f: f"https://cdn.sideline.example/kit/{f.hexid(10)}.png"),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        lambda: web_context("/shop/checkout", "Checkout | Sideline"),
        ALL,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "shipping_method": G(lambda f: f.pick(["collect_at_club", "standard_post", "courier"])),
            "payment_type": G(lambda f: f.pick(["card", "apple_pay", "google_pay", "afterpay"])),
        },
    ),
    (
        "track",
        "Order Completed",
        lambda: server_context("analytics-ruby"),
        ALL,
        {
            "order_id": G(lambda f: f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.club()),
            "total": G(lambda f: f.money_local(10, 180)),
            "subtotal": G(lambda f: f.money_local(10, 170)),
            "shipping": G(lambda f: f.pick([0.0, 4.95, 7.5, 9.9])),
            "tax": G(lambda f: f.money_local(1, 30)),
            "discount": G(lambda f: f.pick([0.0, 5.0, 10.0])),
            "coupon": G(lambda f: f.pick(["", "SIBLING10", "EARLYBIRD", "COACH15"])),
            "currency": G(lambda f: CURRENCY[f.region]),
            "products": Many(
                {
                    **kit_product(),
                    "personalisation": {
                        "print_name": Y(
                            lambda f: f.pick(
                                [f.last_of("player", True).upper(), f.first_of("player", True).upper()]
                            ),
                            "name",
                        ),
                        "print_number": G(lambda f: f.r.randint(1, 99)),
                    },
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.name_of("user"), "name"),
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.town(), "city"),
                "postcode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.region),
            },
            "email": Y(lambda f: f.email_of("user"), "email"),
            "delivery_method": G(lambda f: f.pick(["collect_at_club", "standard_post", "courier"])),
            "club_id": G(lambda f: "club_" + f.digits(4)),
        },
    ),
    # -- payments -------------------------------------------------------------------------------------
    (
        "track",
        "Payment Succeeded",
        lambda: server_context("@segment/analytics-node", with_ip=False),
        ALL,
        {
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "payment_method": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "amount": G(lambda f: f.pick([9500, 12000, 14500, 16000, 21000])),
            "currency": G(lambda f: CURRENCY[f.region].lower()),
            "description": G(
                lambda f: f.pick(
                    ["Season registration 2024", "Holiday camp (3 days)", "Kit order", "Instalment 2 of 4"]
                )
            ),
            "statement_descriptor": G(
                lambda f: f.pick(["SIDELINE*RIVERSIDE", "SIDELINE*BOXHILL", "SIDELINE*HARBOUR"])
            ),
            "receipt_email": Y(lambda f: f.email_of("user"), "email"),
            "billing_details": {
                "name": Y(lambda f: f.name_of("user"), "name"),
                "email": Y(lambda f: f.email_of("user"), "email"),
                "phone": Y(lambda f: f.mobile_of("user"), "phone"),
                "address": {
                    "line1": Y(lambda f: f.street_line(), "address|street"),
                    "city": Y(lambda f: f.town(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(lambda f: {"UK": "GB", "AU": "AU", "NZ": "NZ"}[f.region]),
                },
            },
            "payment_method_details": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                    "funding": G(lambda f: f.pick(["debit", "credit"])),
                    "country": G(lambda f: {"UK": "GB", "AU": "AU", "NZ": "NZ"}[f.region]),
                    "wallet": G(lambda f: f.pick(["apple_pay", "google_pay", "none"])),
                },
            },
            "livemode": G(lambda f: True),
            "idempotency_key": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Payment Details Submitted",
        lambda: server_context("analytics-php", with_ua=True),
        ("UK", "AU"),
        {
            "plan": G(lambda f: f.pick(["full_season", "monthly", "termly"])),
            "amount": G(lambda f: f.pick([9500, 12000, 14500, 16000, 21000])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "cvc": RED(lambda f: str(f.r.randint(100, 999)), "credit card"),
            "cardholder_name": Y(lambda f: f.name_of("user"), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Debit Set Up",
        lambda: server_context("@segment/analytics-node"),
        ("UK",),
        {
            "plan_id": G(lambda f: "pp_" + f.hexid(10)),
            "instalments": G(lambda f: f.pick([3, 4, 6, 10])),
            "instalment_amount": G(lambda f: f.money_local(10, 60)),
            "first_payment_date": G(lambda f: f.date(2024, 2025)),
            "account_holder_name": Y(lambda f: f.name_of("user"), "name"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-94-36", "07-01-16", "60-83-71"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "bank_name": G(lambda f: f.pick(["Barclays", "HSBC UK", "Lloyds", "Nationwide", "Starling"])),
            "iban": RED(lambda f: f.iban("GB"), "bank account"),
            "concession": G(lambda f: f.pick(["none", "sibling", "hardship", "coach_child"])),
        },
    ),
    (
        "track",
        "Payment Plan Created",
        lambda: server_context("analytics-java"),
        ("AU",),
        {
            "planId": G(lambda f: "pp_" + f.hexid(10)),
            "frequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly"])),
            "instalments": G(lambda f: f.pick([3, 4, 6, 10])),
            "instalmentAmount": G(lambda f: f.money_local(10, 60)),
            "accountName": Y(lambda f: f.name_of("user"), "name"),
            "bsb": G(lambda f: f.pick(["062-000", "033-000", "083-004", "012-003", "732-012"])),
            "accountNumber": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
            "activeKidsVoucher": G(lambda f: f.pick(["", "2CS" + f.digits(7)])),
            "fairPlayVoucher": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Membership Renewed",
        lambda: server_context("Analytics.NET"),
        ALL,
        {
            "MemberId": G(lambda f: f.r.randint(10000, 99999)),
            "FullName": Y(lambda f: f.name_of("user"), "name"),
            "EmailAddress": Y(lambda f: f.email_of("user"), "email"),
            "MobileNumber": Y(lambda f: f.mobile_of("user"), "phone"),
            "DateOfBirth": Y(lambda f: f.dob_of("user"), "birthdate"),
            "Postcode": Y(lambda f: f.postcode(), "zipcode"),
            "MembershipType": G(
                lambda f: f.pick(["Senior Playing", "Junior", "Social", "Family", "Life Member"])
            ),
            "AmountPaid": G(lambda f: f.money_local(40, 400)),
            "Currency": G(lambda f: CURRENCY[f.region]),
            "PaymentReference": G(lambda f: "MR-" + f.digits(7)),
            "RenewalDate": G(lambda f: f.iso()),
            "AutoRenew": G(lambda f: f.pick([True, False])),
            "ClubName": G(lambda f: f.club()),
        },
    ),
    (
        "track",
        "Fixture Published",
        lambda: server_context("Analytics.NET", with_ip=False),
        ALL,
        {
            "FixtureId": G(lambda f: f.r.randint(1000000, 9999999)),
            "CompetitionName": G(
                lambda f: f.pick(["Junior League Div 2", "Saturday Netball Comp", "Rippa Rugby Gala"])
            ),
            "Round": G(lambda f: f.r.randint(1, 18)),
            "HomeTeam": G(lambda f: f.club() + " " + f.team()),
            "AwayTeam": G(lambda f: f.club() + " " + f.team()),
            "KickOffUtc": G(lambda f: f.iso()),
            "VenueName": G(lambda f: f.venue()[0]),
            "VenueAddress": G(lambda f: f.venue()[1]),
            "VenuePostcode": G(lambda f: f.venue()[2]),
            "RefereeName": Y(lambda f: f.any_name(), "name"),
            "RefereeMobile": Y(lambda f: f.mobile(), "phone"),
            "IsBye": G(lambda f: f.pick([True, False])),
            "AgeGroup": G(lambda f: f.pick(AGE_GROUPS)),
        },
    ),
    (
        "track",
        "Refund Issued",
        lambda: server_context("@segment/analytics-node", with_ip=False),
        ALL,
        {
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "payment_intent_id": G(lambda f: "pi_3" + f.hexid(23)),
            "amount": G(lambda f: f.pick([9500, 12000, 14500, 16000, 21000])),
            "reason": G(lambda f: f.pick(["requested_by_customer", "duplicate", "club_cancelled_programme"])),
            "processed_by": Y(lambda f: f.any_name(), "name"),
            "note": G(note),
        },
    ),
    (
        "track",
        "Donation Made",
        lambda: web_context("/donate", "Support the club | Sideline"),
        ("UK",),
        {
            "amount": G(lambda f: f.pick([10, 20, 25, 50, 100])),
            "currency": G(lambda f: "GBP"),
            "gift_aid": G(lambda f: f.pick([True, False])),
            "donor_name": Y(lambda f: f.name_of("user"), "name"),
            "donor_address": Y(lambda f: f.full_address(), "address"),
            "donor_postcode": Y(lambda f: f.postcode(), "zipcode"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "appeal": G(lambda f: f.pick(["New floodlights", "Minibus fund", "Girls' section kit"])),
            "comment": G(lambda f: f.pick(["Up the Colts!", "Good luck this season", "", "For the minibus"])),
        },
    ),
    # -- coaches and staff ------------------------------------------------------------------------------
    (
        "track",
        "Coach Timesheet Submitted",
        flutter_context,
        ALL,
        {
            "coach_id": G(lambda f: "co_" + f.digits(5)),
            "week_starting": G(lambda f: f.date(2024, 2024)),
            "sessions": G(lambda f: f.r.randint(1, 8)),
            "hours": G(lambda f: f.pick([2.0, 3.5, 4.0, 6.5, 8.0])),
            "hourly_rate": Y(lambda f: f.pick([12.5, 15.0, 18.0, 25.0, 30.0, 32.5]), "salary"),
            "total_pay": Y(lambda f: f.money_local(25, 260), "salary"),
            "approved_by": Y(lambda f: f.any_name(), "name"),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Coach Onboarded",
        lambda: server_context("analytics-java"),
        ("AU",),
        {
            "coachId": G(lambda f: "co_" + f.digits(5)),
            "employmentType": G(lambda f: f.pick(["casual", "part_time", "contractor"])),
            "startDate": G(lambda f: f.date(2024, 2025)),
            "tfn": RED(lambda f: f.tfn(), "national id"),
            "taxFreeThresholdClaimed": G(lambda f: f.pick([True, False])),
            "superFund": G(lambda f: f.pick(["AustralianSuper", "Hostplus", "REST", "UniSuper"])),
            "superMemberNumber": G(lambda f: f.digits(9)),
            "bank": {
                "bsb": G(lambda f: f.pick(["062-000", "033-000", "083-004", "012-003"])),
                "accountNumber": RED(lambda f: f.digits(f.pick([6, 8, 9])), "bank account"),
                "accountName": Y(lambda f: f.name_of("user"), "name"),
            },
            "hourlyRate": Y(lambda f: f.pick([28.5, 32.0, 35.0, 41.25]), "salary"),
            "qualification": G(
                lambda f: f.pick(["Community Coach", "Foundation Coach", "Level 1 Netball Coach"])
            ),
            "visaType": RED(
                lambda f: f.pick(
                    ["Working Holiday (417)", "Student (500)", "Temporary Skill Shortage (482)"]
                ),
                "visa",
            ),
            "nationality": Y(
                lambda f: f.pick(["British", "Irish", "South African", "Fijian", "Indian"]), "citizenship"
            ),
        },
    ),
    (
        "track",
        "Staff Payroll Set Up",
        lambda: server_context("analytics-python"),
        ("UK",),
        {
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "job_title": G(lambda f: f.pick(["Academy Coach", "Club Development Officer", "Groundsperson"])),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "tax_code": G(lambda f: f.pick(["1257L", "BR", "0T", "S1257L", "C1257L"])),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-94-36", "07-01-16"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "annual_salary": Y(lambda f: f.r.randint(9, 32) * 1000, "salary"),
            "pension_opt_in": G(lambda f: f.pick([True, False])),
            "student_loan_plan": G(lambda f: f.pick(["none", "plan_1", "plan_2", "postgrad"])),
            "home_address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    # -- travel ---------------------------------------------------------------------------------------
    (
        "track",
        "Tournament Travel Booked",
        lambda: server_context("analytics-java"),
        ALL,
        {
            "tripId": G(lambda f: "trip_" + f.hexid(8)),
            "tournament": G(
                lambda f: f.pick(
                    [
                        "Gothia Cup",
                        "Auckland Junior Football Festival",
                        "Gold Coast Netball Carnival",
                        "Dallas Cup",
                    ]
                )
            ),
            "destinationCity": G(
                lambda f: f.pick(["Gothenburg", "Auckland", "Gold Coast", "Dallas", "Melbourne"])
            ),
            "departDate": G(lambda f: f.date(2024, 2025)),
            "returnDate": G(lambda f: f.date(2024, 2025)),
            "bookingReference": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "airline": G(
                lambda f: f.pick(["Air New Zealand", "Qantas", "British Airways", "Virgin Australia"])
            ),
            "travellers": Many(
                {
                    "travellerId": G(lambda f: f.uuid()),
                    "givenName": Y(lambda f: f.new_person(child=True)["first"], "name"),
                    "surname": Y(lambda f: f.new_person(child=True)["last"], "name"),
                    "dateOfBirth": Y(lambda f: f.date(2007, 2016), "birthdate"),
                    "passportNumber": RED(lambda f: f.passport(), "passport"),
                    "passportExpiry": G(lambda f: f.date(2026, 2034)),
                    "nationality": Y(
                        lambda f: f.pick(["GBR", "AUS", "NZL", "IND", "FJI", "CHN", "TON"]), "citizenship"
                    ),
                    "frequentFlyerNumber": G(lambda f: f.pick(["", "QF" + f.digits(8), "NZ" + f.digits(9)])),
                    "seat": G(lambda f: f"{f.r.randint(20, 60)}{f.pick('ABCDEFGHJK')}"),
                    "dietary": Y(
                        lambda f: f.pick(["none", "halal", "vegetarian", "kosher", "nut allergy", "no pork"]),
                        "religion|allergy",
                    ),
                    "isMinor": G(lambda f: True),
                },
                6,
            ),
            "hotel": {
                "name": G(
                    lambda f: f.pick(
                        ["Scandic Crown", "Novotel Auckland Airport", "Mantra Legends", "Hilton Anatole"]
                    )
                ),
                "city": G(lambda f: f.pick(["Gothenburg", "Auckland", "Gold Coast", "Dallas"])),
                "phone": G(
                    lambda f: f.pick(
                        ["+46 31 751 51 00", "+64 9 256 6000", "+61 7 5588 7888", "+1 214-748-1200"]
                    )
                ),
            },
            "chaperone": {
                "name": Y(lambda f: f.name_of("chaperone"), "name"),
                "mobile": Y(lambda f: f.mobile_of("chaperone"), "phone"),
            },
            "totalCost": G(lambda f: f.money_local(1500, 30000)),
            "currency": G(lambda f: CURRENCY[f.region]),
        },
    ),
    (
        "track",
        "Travel Consent Signed",
        lambda: server_context("analytics-java", with_ip=False),
        ALL,
        {
            "tripId": G(lambda f: "trip_" + f.hexid(8)),
            "playerId": G(lambda f: f.r.randint(100000, 999999)),
            "guardianName": Y(lambda f: f.name_of("guardian"), "name"),
            "guardianMobile": Y(lambda f: f.mobile_of("guardian"), "phone"),
            "consentIp": Y(lambda f: f.ipv4(), "ip"),
            "treatmentAbroadConsent": G(lambda f: f.pick([True, False])),
            "travelInsurer": G(
                lambda f: f.pick(["Cover-More", "Southern Cross Travel Insurance", "Allianz Travel", "AXA"])
            ),
            "travelInsurancePolicy": Y(lambda f: f.pick(["CM", "SX", "AT"]) + f.digits(9), "identification"),
            "prayerFacilitiesNeeded": Y(lambda f: f.pick([True, False]), "religion"),
            "signature": Y(lambda f: f.name_of("guardian"), "name", True),
            "signedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Rooming List Sent",
        lambda: server_context("analytics-java", with_ip=False),
        ALL,
        {
            "tripId": G(lambda f: "trip_" + f.hexid(8)),
            "hotelName": G(lambda f: f.pick(["Scandic Crown", "Novotel Auckland Airport", "Mantra Legends"])),
            "hotelEmail": G(
                lambda f: f.pick(
                    [
                        "reservations@scandic.example.se",
                        "groups@novotel.example.co.nz",
                        "res@mantra.example.com.au",
                    ]
                )
            ),
            "rooms": Many(
                {
                    "roomType": G(lambda f: f.pick(["twin", "triple", "quad"])),
                    "occupants": Many(Y(lambda f: f.any_name(), "name"), 4),
                    "adultInRoom": G(lambda f: f.pick([True, False])),
                },
                5,
            ),
            "checkIn": G(lambda f: f.date(2024, 2025)),
            "nights": G(lambda f: f.r.randint(2, 9)),
        },
    ),
    # -- club (group) and identity ----------------------------------------------------------------------
    (
        "group",
        None,
        lambda: web_context("/club/settings", "Club settings | Sideline"),
        ALL,
        {
            "name": G(lambda f: f.club()),
            "plan": G(lambda f: f.pick(["Grassroots", "Club", "Club Plus"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://riversidejuniors.example.org",
                        "https://boxhillhawks.example.com.au",
                        "https://harbourcity.example.nz",
                    ]
                )
            ),
            "member_count": G(lambda f: f.r.randint(40, 900)),
            "sport": G(lambda f: f.pick(SPORTS)),
            "region": G(
                lambda f: f.pick(["West Yorkshire", "NSW Central Coast", "Auckland", "Canterbury", "Gwent"])
            ),
            "affiliation_number": G(
                lambda f: f.pick(["WR" + f.digits(5), "NSWFC" + f.digits(4), "NZF-" + f.digits(4)])
            ),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "secretary@riversidejuniors.example.org",
                        "registrar@boxhillhawks.example.com.au",
                        "info@harbourcity.example.nz",
                    ]
                )
            ),
            "ground": {
                "name": G(lambda f: f.venue()[0]),
                "address": G(lambda f: f.venue()[1]),
                "postcode": G(lambda f: f.venue()[2]),
            },
            "charter_standard": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, lambda: web_context("/register/complete", "Welcome | Sideline"), ALL, {}),
    (
        "identify",
        None,
        lambda: server_context("analytics-python", with_ip=False),
        ALL,
        {
            "MEMBER_ID": G(lambda f: f.r.randint(10000, 99999)),
            "FIRST_NAME": Y(lambda f: f.first_of("user"), "name"),
            "LAST_NAME": Y(lambda f: f.last_of("user"), "name"),
            "EMAIL": Y(lambda f: f.email_of("user"), "email"),
            "MOBILE_PHONE": Y(lambda f: f.mobile_of("user"), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob_of("user"), "birthdate"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "MEMBERSHIP_STATUS": G(lambda f: f.pick(["ACTIVE", "LAPSED", "PENDING"])),
            "LIFETIME_FEES_PAID": G(lambda f: f.money_local(0, 3000)),
            "LAST_PAYMENT_DATE": G(lambda f: f.date(2023, 2024)),
            "IS_JUNIOR_PARENT": G(lambda f: f.pick([True, False])),
            "CHILDREN_REGISTERED": G(lambda f: f.r.randint(0, 4)),
            "HAS_MEDICAL_CONDITION": Y(lambda f: f.pick([True, False]), "condition"),
            "CLUB_ID": G(lambda f: "club_" + f.digits(4)),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        swift_context,
        ALL,
        {
            "email": Y(lambda f: f.email_of("user"), "email"),
            "first_name": Y(lambda f: f.first_of("user"), "name"),
            "last_name": Y(lambda f: f.last_of("user"), "name"),
            "mobile": Y(lambda f: f.mobile_of("user"), "phone"),
            "coaching_level": G(lambda f: f.pick(["FA Level 1", "UEFA C", "Community Coach", "Foundation"])),
            "teams_coached": G(lambda f: f.r.randint(1, 4)),
            "safeguarding_expiry": G(lambda f: f.date(2024, 2027)),
            "first_aid_certified": G(lambda f: f.pick([True, False])),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
        },
    ),
    # -- NZ club backend with Maori keys -------------------------------------------------------------
    (
        "track",
        "Registration Submitted",
        lambda: server_context("analytics-go", with_ua=True),
        ("NZ",),
        {
            "kaitakaro_id": G(lambda f: f.r.randint(100000, 999999)),
            "ingoa": Y(lambda f: f.first_of("player", True), "name"),
            "ingoa_whanau": Y(lambda f: f.last_of("player", True), "name"),
            "ra_whanau": Y(lambda f: f.dob_of("player", True), "birthdate"),
            "tau": G(lambda f: f.r.randint(5, 17)),
            "wahi_noho": Y(lambda f: f.street_line(), "address|street"),
            "taone": Y(lambda f: f.home()["state"], "city"),
            "iwi": Y(
                lambda f: f.pick(["Ngāti Porou", "Ngāpuhi", "Waikato-Tainui", "Ngāi Tahu", "Te Arawa"]),
                "ethnicity",
            ),
            "kura": G(lambda f: f.pick(SCHOOLS["NZ"])),
            "tima": G(lambda f: f.team()),
            "reanga": G(lambda f: f.pick(AGE_GROUPS)),
            "kaitiaki_ingoa": Y(lambda f: f.name_of("guardian"), "name"),
            "kaitiaki_waea": Y(lambda f: f.mobile_of("guardian"), "phone"),
            "kaitiaki_imera": Y(lambda f: f.email_of("guardian"), "email"),
            "nhi": RED(lambda f: f.nhi(), "health id"),
            "mate_huango": Y(lambda f: f.pick([True, False]), "condition"),
            "rongoa": Y(
                lambda f: f.pick(["Ventolin", "Flixotide", "EpiPen", "Ritalin", "kāore"]), "medication"
            ),
            "utu_mema": G(lambda f: f.pick([60.0, 85.0, 110.0])),
            "whakaaetanga_whakaahua": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        lambda: server_context("analytics-go"),
        ("NZ",),
        {
            "kaimahi_id": G(lambda f: "co_" + f.digits(5)),
            "ingoa": Y(lambda f: f.first_of("user"), "name"),
            "ingoa_whanau": Y(lambda f: f.last_of("user"), "name"),
            "waea_pukoro": Y(lambda f: f.mobile_of("user"), "phone"),
            "imera": Y(lambda f: f.email_of("user"), "email"),
            "ird_number": RED(lambda f: f.ird(), "national id"),
            "tax_code": G(lambda f: f.pick(["M", "ME", "S", "SH"])),
            "kiwisaver_rate": G(lambda f: f.pick([3, 4, 6, 8, 10])),
            "bank_account": RED(lambda f: f.nz_bank_account(), "bank account"),
            "hourly_rate": Y(lambda f: f.pick([23.15, 25.0, 28.5, 32.0]), "salary"),
        },
    ),
    # -- comms ----------------------------------------------------------------------------------------
    (
        "track",
        "SMS Sent",
        lambda: server_context("analytics-python", with_ip=False),
        ALL,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: {"UK": "+447480801234", "AU": "+61480001234", "NZ": "+6421555012"}[f.region]),
            "To": Y(lambda f: f.mobile_of("guardian"), "phone", True),
            "Body": Y(sms_body, "name", True),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "Price": G(lambda f: f.pick(["-0.04000", "-0.07900", "-0.05500"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Opened",
        lambda: server_context("analytics-python", with_ip=False),
        ALL,
        {
            "email": Y(lambda f: f.email_of("guardian"), "email"),
            "event": G(lambda f: "open"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filter0001p1las1-" + f.digits(5)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(G(lambda f: f.pick(["fixtures", "payments", "newsletter", "selection"])), 2),
            "newsletter_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Message Sent",
        rn_context,
        ALL,
        {
            "conversationId": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["team", "direct", "committee"])),
            "recipientCount": G(lambda f: f.r.randint(1, 30)),
            "recipients": Many(
                {
                    "userId": G(lambda f: "usr_" + f.digits(7)),
                    "displayName": Y(lambda f: f.any_name(), "name"),
                },
                4,
            ),
            "hasAttachment": G(lambda f: f.pick([True, False])),
            "text": G(chat_text),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        swift_context,
        ALL,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "notification_type": G(
                lambda f: f.pick(["fixture_reminder", "selection", "payment_due", "news"])
            ),
            "title": G(
                lambda f: f.pick(["Saturday's fixture", "You've been selected!", "Payment due", "Club news"])
            ),
            "body": G(chat_text),
            "deep_link": G(
                lambda f: f.pick(
                    ["sideline://fixtures", "sideline://payments", "sideline://news/" + f.digits(4)]
                )
            ),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        kotlin_context,
        ALL,
        {
            "photoId": G(lambda f: f.uuid()),
            "album": G(lambda f: f.pick(["Gala Day 2024", "Presentation Night", "Training"])),
            "photoUrl": Y(lambda f: f"https://media.sideline.example/p/{f.hexid(24)}.jpg", "photo"),
            "taggedPlayers": Many(
                {
                    "playerId": G(lambda f: f.r.randint(100000, 999999)),
                    "name": Y(lambda f: f.any_name(), "name"),
                },
                4,
            ),
            "containsMinors": G(lambda f: f.pick([True, False])),
            "fileSizeBytes": G(lambda f: f.r.randint(200_000, 8_000_000)),
        },
    ),
    (
        "track",
        "Check In",
        kotlin_context,
        ALL,
        {
            "fixtureId": G(lambda f: "fx_" + f.digits(7)),
            "latitude": Y(lambda f: f.geo()[0], "geolocation"),
            "longitude": Y(lambda f: f.geo()[1], "geolocation"),
            "accuracyM": G(lambda f: f.pick([5.0, 12.5, 30.0, 65.0])),
            "venue": {
                "name": G(lambda f: f.venue()[0]),
                "lat": G(lambda f: f.venue()[3]),
                "lng": G(lambda f: f.venue()[4]),
            },
            "distanceM": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Training Attendance Taken",
        swift_context,
        ALL,
        {
            "session_id": G(lambda f: f.uuid()),
            "team_id": G(lambda f: "team_" + f.digits(5)),
            "attended_count": G(lambda f: f.r.randint(4, 20)),
            "absent_count": G(lambda f: f.r.randint(0, 6)),
            "attendees": Many(
                {
                    "player_id": G(lambda f: f.r.randint(100000, 999999)),
                    "present": G(lambda f: f.pick([True, False])),
                    "late": G(lambda f: f.pick([True, False])),
                },
                12,
            ),
            "coach_lat": Y(lambda f: f.geo()[0], "geolocation"),
            "coach_lng": Y(lambda f: f.geo()[1], "geolocation"),
            "venue_name": G(lambda f: f.venue()[0]),
        },
    ),
    (
        "track",
        "Roster Exported",
        flutter_context,
        ALL,
        {
            "team_id": G(lambda f: "team_" + f.digits(5)),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "row_count": G(lambda f: f.r.randint(8, 25)),
            "columns": Many(
                G(lambda f: f.pick(["name", "dob", "guardian_phone", "medical", "shirt_number", "email"])), 6
            ),
            "recipient_email": Y(lambda f: f.email_of("recipient"), "email"),
        },
    ),
    # -- search, forms, ads ---------------------------------------------------------------------------
    (
        "track",
        "Contact Form Submitted",
        lambda: web_context("/contact", "Contact us | Sideline"),
        ALL,
        {
            "form_id": G(lambda f: "contact_v2"),
            "topic": G(lambda f: f.pick(["joining", "payments", "kit", "other"])),
            "your_name": Y(lambda f: f.name_of("user"), "name"),
            "your_email": Y(lambda f: f.email_of("user"), "email"),
            "message": Y(callback_message, "phone", True),
        },
    ),
    (
        "track",
        "Member Searched",
        lambda: web_context("/admin/members", "Members | Sideline Admin"),
        ALL,
        {
            "q": Y(
                lambda f: f.pick([f.any_name(), f.any_name().split(" ")[-1], f.any_name().lower()]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "age_group": G(lambda f: f.pick(AGE_GROUPS)),
                "status": G(lambda f: f.pick(["active", "unpaid", "all"])),
                "team_id": G(lambda f: f.pick(["", "team_" + f.digits(5)])),
            },
            "search_scope": G(lambda f: f.pick(["members", "players", "volunteers"])),
        },
    ),
    (
        "track",
        "Products Searched",
        lambda: web_context("/shop", "Club Shop | Sideline"),
        ALL,
        {
            "query": G(
                lambda f: f.pick(["hoodie", "socks", "junior shirt", "shin pads", "netball dress", "kit bag"])
            ),
            "results": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        lambda: web_context("/register/player", "Add a player | Sideline"),
        ALL,
        {
            "form_id": G(lambda f: "player_reg"),
            "field": G(lambda f: f.pick(["guardian_mobile", "emergency_phone", "home_phone"])),
            "input": Y(lambda f: f.pick([f.mobile(), f.landline()]), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 15000)),
            "is_valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        lambda: server_context("analytics-ruby"),
        ALL,
        {
            "field": G(lambda f: f.pick(["mobile", "home_phone", "work_phone"])),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "previous_value": Y(lambda f: f.landline(), "phone", True),
            "changed_by": G(lambda f: f.pick(["self", "club_admin"])),
        },
    ),
    (
        "track",
        "Emergency Contact Selected",
        rn_context,
        ALL,
        {
            "label": Y(
                lambda f: f.pick(["{}", "{} mobile", "{} (work)", "{} - home"]).format(f.any_name()),
                "name",
                True,
            ),
            "source": G(lambda f: f.pick(["phonebook", "manual"])),
            "value": Y(lambda f: f.mobile(), "phone", True),
        },
    ),
    (
        "track",
        "Landing Page Viewed",
        lambda: web_context("/join", "Join the club | Sideline"),
        ALL,
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(46), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["facebook", "google", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["winter_rego_2024", "girls_free_trial"])),
            "landing_variant": G(lambda f: f.pick(["a", "b"])),
        },
    ),
    (
        "track",
        "Lead",
        lambda: server_context("@segment/analytics-node", with_ua=True),
        ALL,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.email_of("user")), "email"),
                "ph": Y(lambda f: f.sha256(f.mobile_of("user").replace(" ", "")), "phone"),
                "external_id": G(lambda f: f.sha256("usr_" + f.digits(7))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            },
            "custom_data": {
                "content_name": G(
                    lambda f: f.pick(["Junior registration", "Holiday camp", "Free trial session"])
                ),
                "value": G(lambda f: f.pick([0, 95, 120])),
                "currency": G(lambda f: CURRENCY[f.region]),
            },
        },
    ),
    (
        "track",
        "Team Invite Sent",
        flutter_context,
        ALL,
        {
            "team_id": G(lambda f: "team_" + f.digits(5)),
            "invitee": Y(lambda f: f.email_of("invitee"), "email", True),
            "invite_role": G(lambda f: f.pick(["parent", "player", "assistant_coach", "team_manager"])),
            "invite_token": RED(lambda f: f.hexid(32), "token"),
            "expires_at": G(lambda f: f.iso()),
            "invites_sent_today": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Sign In Attempted",
        lambda: web_context("/login", "Log in | Sideline"),
        ALL,
        {
            "identifier": Y(lambda f: f.email_of("user"), "email", True),
            "strategy": G(lambda f: f.pick(["password", "email_code", "oauth_google", "oauth_apple"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failure_reason": G(lambda f: f.pick(["", "invalid_password", "account_locked", "not_found"])),
            "attempt_number": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "identify",
        None,
        lambda: server_context("Analytics.NET", with_ip=False),
        ALL,
        {
            "MemberId": G(lambda f: f.r.randint(10000, 99999)),
            "FirstName": Y(lambda f: f.first_of("user"), "name"),
            "Surname": Y(lambda f: f.last_of("user"), "name"),
            "Email": Y(lambda f: f.email_of("user"), "email"),
            "Mobile": Y(lambda f: f.mobile_of("user"), "phone"),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "Non-binary", "Not stated"]), "gender"),
            "Suburb": Y(lambda f: f.town(), "city"),
            "MembershipNumber": G(lambda f: f"{f.region}-{f.digits(7)}"),
            "JoinedOn": G(lambda f: f.date(2010, 2024)),
            "IsLifeMember": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- accounts -------------------------------------------------------------------------------------
    (
        "track",
        "Account Created",
        lambda: web_context("/signup", "Sign up | Sideline"),
        ALL,
        {
            "first_name": Y(lambda f: f.first_of("user"), "name"),
            "last_name": Y(lambda f: f.last_of("user"), "name"),
            "email": Y(lambda f: f.email_of("user"), "email"),
            "password": RED(
                lambda f: f.pick(["Hawks2024!", "netball4life", "Summer#1987", "tama2012", "Qwerty123!"]),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "accepted_terms": G(lambda f: True),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
        },
    ),
    (
        "track",
        "Phone Verified",
        kotlin_context,
        ALL,
        {
            "phone": Y(lambda f: f.mobile_of("user"), "phone"),
            "verification_code": RED(lambda f: f.digits(6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        lambda: server_context("@segment/analytics-node", with_ua=True),
        ALL,
        {
            "email": Y(lambda f: f.email_of("user"), "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "expires_in": G(lambda f: 3600),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        lambda: server_context("analytics-python", with_ua=True),
        ALL,
        {
            "waitlist_id": G(lambda f: "wl_" + f.digits(5)),
            "player_first_name": Y(lambda f: f.first_of("player", True), "name"),
            "player_dob": Y(lambda f: f.dob_of("player", True), "birthdate"),
            "age_group": G(lambda f: f.pick(AGE_GROUPS)),
            "guardian_email": Y(lambda f: f.email_of("guardian"), "email"),
            "position_in_queue": G(lambda f: f.r.randint(1, 60)),
            "preferred_position": G(lambda f: f.pick(["GK", "DEF", "MID", "FWD", "any"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = ClubFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, context, regions, body in EVENTS:
            f.start(f.pick(list(regions)))
            f.person("user")
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "club_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context(), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=5757, repeats=36)
    write(Path(__file__).parent, "holdout57_", events, labels)
