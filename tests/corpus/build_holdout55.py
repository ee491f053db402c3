"""Writes holdout55: tests/corpus/holdout55_events.jsonl and holdout55_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md and the corpus helpers only, without
reading the detection engine, its vocabularies, its tests, the other holdouts' labels or builders
(build_holdout3.py was read for its format), and without running the engine on these events.

Domain: genealogy and consumer DNA testing, as one Segment customer ("Kindred") would send it:
family-tree building (relatives living and deceased with their birth, marriage and death dates
and places), GEDCOM imports, DNA kit orders (e-commerce spec), activation, lab progress, matches
with relatives, ethnicity estimates, health-predisposition and carrier-status reports, genetic
counselling, record searches (census, immigration, newspapers, the SSDI), memberships and
direct debits, support and messaging vendors (Stripe, Zendesk, Twilio, Braze, Meta CAPI shapes),
an address-validation vendor, census households, a UK Gift Aid form, a contact form, a
pet-DNA line, data-access requests. Users in the US, the UK and Ireland, so values mix NANP, UK
and Irish phone formats, ZIP codes, UK postcodes and Eircodes; names from many cultures.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter
and the python, node, go, java, ruby, php and .NET server libraries, each with its own `context`
(ip, cached `context.traits`, device, app, library, locale, userAgent, campaign, location).
Calls: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; about 15 % otherwise: PascalCase from
the .NET service (and Twilio's webhook), kebab-case from a PHP reminders service, SCREAMING_SNAKE
from a warehouse reverse-ETL sync, and Irish-language keys (ainm, sloinne, seoladh, data_breithe,
áit_bhreithe, guthán, ríomhphost) from the Irish-language app.

Labelling rules (the product's default colours):
- A path is PII when its values are personal data about a natural person (the user, a relative in
  the tree, a DNA match, a gift recipient, a dependant, a staff member): names, contact details,
  the person's own address or precise location, dates of birth, government ids, bank accounts and
  full card numbers, health and other special categories, credentials and secrets, IP addresses,
  advertising ids. Colour = the reference's default for the matcher (yellow for name, email,
  phone, address, city, zipcode, birthdate, gender, sex, ethnicity, religion, condition ...; red
  for ssn, passport, token, password, veteran, disability, credit card). Types outside the
  reference: red for secrets, card numbers, bank accounts, national ids and health ids; yellow
  for ip address (`ip`), geolocation and advertising ids.
- Green: ids we issue (user, person, tree, kit, order, match, record ids, UUIDs, SKUs, invoice
  numbers, lab barcodes), versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans under PII-sounding keys (`email_verified`, `is_living`, `phone_count`), product, plan,
  company, ship, newspaper and pet names, places that are not a person's (a searched place, a port,
  a lab), country, state, county, locale, language, timezone, currency, user agents, OS-issued
  device ids. Card brand, last four, expiry and BIN, BIC and sort codes are green.
- Published policy: member, customer and claim numbers, ages and age bands, marital status,
  occupations and employers, a business's own phone/e-mail/address (a genealogical society, a
  vet, our SMS sender number) and pets' data are green; insurance policy numbers are yellow
  `identification`; billing addresses are yellow `address`; ad click ids (gclid, fbclid, fbp, fbc)
  are yellow `advertising id`; payment tokens, activation and one-time codes are red `token`.
- A boolean or enum that itself reveals a special category (a carrier result, a predisposition
  result, smoker, pregnant, a census religion, an infirmity, veteran status) takes that category's
  matcher and colour.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `caption`, `Body`, `new_value`, `tree_name`, `recipient`, `reason` ...).
  Every value of a value_only PII path carries that PII; free text whose values never carry PII
  (help-centre queries, cancellation feedback, file names) is green.

Decisions where the brief leaves room (what a careful privacy owner at a genealogy company would
want flagged):
- Relatives in a tree, dead or alive, are people: their names are `name`; their vital dates
  (birth, baptism, marriage, death) are yellow `birthdate` (the closest default: a dated event of
  a named person's life); their birth, death and residence places are yellow `city` (free-form
  "Skibbereen, Co. Cork, Ireland") or `address` (a street address). The same holds for historical
  records (census households, passenger lists, the SSDI, whose SSNs are red).
- Search criteria: names typed into a record search are names (yellow); place and year filters
  are search parameters (green), like a searched destination.
- Ethnicity: a region's name in an estimate, the top region, haplogroups and flat per-region
  percentages whose key names the region are yellow `ethnicity`; a bare percentage beside a
  separate region-name field is green (alone it reveals nothing).
- Genetic sex is yellow `sex`; a health report's catalogue name (which report was opened) is
  green, its result is yellow `condition|diagnosis`.
- Hashed e-mails and phones sent to ad platforms (Meta CAPI `em`, `ph`) are still personal data
  (pseudonymous): yellow `email` / `phone`.
- A push token is red `token`; an OAuth access or refresh token is red `token|secret`.
- A one-time code inside an SMS body makes the body red `token` (every body carries one).
- A staff member's work e-mail and name (a support agent, a genetic counsellor) are PII: yellow.
- A tree's name is always "<Surname> Family Tree" style in this corpus: yellow `name`, value_only.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Aoife", "Siobhán", "Niamh", "Saoirse", "Róisín", "Caoimhe", "Gráinne", "Oisín", "Cian",
    "Ciarán", "Pádraig", "Seán", "Darragh", "Eoin", "Fionnuala", "Bridget", "Margaret", "Patrick",
    "Michael", "Kathleen", "Thomas", "Ellen", "Hannah", "Oliver", "Amelia", "Harry", "Isla",
    "George", "Olivia", "DeShawn", "Keisha", "Jamal", "María", "José", "Guadalupe", "Mei", "Wei",
    "Hiroshi", "Yuki", "Priya", "Arjun", "Aisha", "Mohammed", "Fatima", "Chinedu", "Ngozi",
    "Kwame", "Agnieszka", "Piotr", "Olga", "Dmitri", "Ingrid", "Lars", "Giulia", "Marco", "Thi Lan",
    "Zainab", "Mateo", "Chloe", "Ethan", "Ava", "Liam", "Emma", "Rhys", "Catrin", "Mairead",
]  # fmt: skip
LAST = [
    "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Brien", "Ó Súilleabháin",
    "Ní Bhriain", "Mac Giolla Phádraig", "Fitzgerald", "McCarthy", "Doherty", "Gallagher",
    "Kennedy", "Quinn", "Smith", "Jones", "Williams", "Taylor", "Evans", "Thompson", "Patel",
    "Khan", "Washington", "Johnson", "Jackson", "Hernández", "García", "Rodríguez", "Nguyen",
    "Chen", "Wang", "Kim", "Tanaka", "Okonkwo", "Adeyemi", "Mensah", "Kowalski", "Nowak",
    "Ivanova", "Rossi", "Larsen", "Schmidt", "Cohen", "Goldberg", "Al-Sayed", "Haddad", "O'Connor",
    "Sheehan", "Ó Floinn", "MacNeil", "Hughes",
]  # fmt: skip
US_CITIES = ["Boston", "Chicago", "Savannah", "Pittsburgh", "Scranton", "Butte", "Queens", "Austin"]
UK_CITIES = ["Manchester", "Liverpool", "Glasgow", "Leeds", "Belfast", "Birmingham", "London", "Cardiff"]
IE_CITIES = ["Cork", "Galway", "Limerick", "Dublin", "Sligo", "Tralee", "Ennis", "Castlebar", "Skibbereen"]
IE_COUNTIES = ["Cork", "Kerry", "Mayo", "Galway", "Donegal", "Clare", "Sligo", "Tipperary", "Wexford"]
OLD_PLACES = [
    "Skibbereen, Co. Cork, Ireland", "Ballina, County Mayo", "Tralee, Kerry, Ireland",
    "Liverpool, Lancashire, England", "Glasgow, Lanarkshire, Scotland", "Boston, Suffolk, Massachusetts",
    "Scranton, Lackawanna, Pennsylvania", "Kraków, Galicia, Austria-Hungary", "Clifden, Co. Galway",
    "Hell's Kitchen, New York City", "Ennistymon, Co. Clare", "Derry, Londonderry, Ireland",
    "Butte, Silver Bow, Montana", "Naples, Campania, Italy",
]  # fmt: skip
STREET_NAMES = [
    "Oak",
    "Maple",
    "Church",
    "Station",
    "Ashfield",
    "Rosebank",
    "Main",
    "Bridge",
    "Clontarf",
    "Elm",
]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Ln", "Dr"]
UK_SUFFIX = ["Road", "Close", "Gardens", "Lane", "Crescent", "Terrace"]
IE_SUFFIX = ["Park", "Avenue", "Terrace", "Road", "Grove", "Lawn"]
TOWNLANDS = ["Knockbrack", "Ballyvourney", "Gortnahoo", "Carrowmore", "Drumcliff", "Annagh", "Lisheen"]
EIR_KEYS = ["D02", "D04", "D6W", "D15", "T12", "T23", "H91", "V94", "F91", "P81", "V92", "A92"]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
UK_OUTWARD = ["M14", "L18", "BT7", "SW11", "G12", "LS6", "B29", "CF24", "NW5", "E17"]
KITS = [
    ("KDNA-ANC", "Kindred DNA Ancestry Kit", 59.0),
    ("KDNA-HLT", "Kindred DNA + Health Kit", 129.0),
    ("KDNA-ANC-2PK", "Kindred DNA Ancestry Kit (2-pack)", 99.0),
    ("KPET-DOG", "Kindred Pet DNA Kit - Dog", 89.0),
    ("KGIFT-MEM12", "Family History Membership - 12 months (gift)", 149.0),
]
COLLECTIONS = [
    "1911 Census of Ireland", "1901 Census of Ireland", "1921 Census of England and Wales",
    "1940 United States Federal Census", "New York, Passenger Lists, 1820-1957",
    "Irish Catholic Parish Registers", "U.S., Social Security Death Index, 1935-2014",
    "Griffith's Valuation, 1847-1864", "Scotland, Births and Baptisms",
]  # fmt: skip
RELATIONSHIPS = [
    "father", "mother", "paternal grandfather", "paternal grandmother", "maternal grandmother",
    "great-grandfather", "great-grand-aunt", "sibling", "spouse", "child", "first cousin",
    "first cousin once removed",
]  # fmt: skip
MATCH_RELS = [
    "Parent/Child",
    "Close Family",
    "1st cousin",
    "2nd cousin",
    "3rd cousin",
    "4th-6th cousin",
    "Distant",
]
REGIONS = [
    "Ireland", "Scotland", "England & Northwestern Europe", "Wales", "Germanic Europe", "Nigeria",
    "Ashkenazi Jewish", "Southern Italy", "Eastern Europe & Russia", "Mexico", "Indigenous Americas",
    "Ghana", "South Asia", "Northern China", "Norway", "Baltics",
]  # fmt: skip
HEALTH_REPORTS = [
    "BRCA1/BRCA2 (Selected Variants)", "Type 2 Diabetes", "Celiac Disease", "Hereditary Hemochromatosis",
    "Late-Onset Alzheimer's Disease", "Familial Hypercholesterolemia", "Age-Related Macular Degeneration",
]  # fmt: skip
CARRIER_REPORTS = ["cystic-fibrosis", "sickle-cell-anemia", "tay-sachs", "hereditary-hearing-loss", "pku"]
CONDITIONS = [
    "hypertension",
    "asthma",
    "type 2 diabetes",
    "coeliac disease",
    "migraine",
    "depression",
    "none",
]
MEDS = ["metformin", "lisinopril", "salbutamol inhaler", "sertraline", "atorvastatin", "levothyroxine"]
ALLERGIES = ["penicillin", "peanuts", "shellfish", "latex", "pollen", "none"]
UAS_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Kin(Fake):
    """Fake values for US, UK and Irish users of a genealogy service."""

    def rint(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self, first=None, last=None):
        first = ascii_fold(first or self.first()).lower().replace(" ", "")
        last = ascii_fold(last or self.last()).lower().replace("'", "").replace(" ", "")
        user = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}{self.rint(1, 99)}"])
        domain = self.pick(
            ["gmail.com", "yahoo.com", "outlook.com", "eircom.net", "btinternet.com", "icloud.com"]
        )
        return f"{user}@{domain}"

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot"]))

    def uk_phone(self):
        n = self.rint(100000, 999999)
        return self.pick(
            [
                f"+44 7{self.rint(100, 999)} {n}",
                f"07{self.rint(100, 999)} {n}",
                f"+447{self.rint(100, 999)}{n}",
                f"0161 496 0{self.rint(100, 999)}",
            ]
        )

    def ie_phone(self):
        p = self.pick(["3", "5", "6", "7", "9"])
        a, b = self.rint(100, 999), self.rint(1000, 9999)
        return self.pick(
            [f"+353 8{p} {a} {b}", f"08{p} {a} {b}", f"+3538{p}{a}{b}", f"(01) {a} {b}", f"+353 21 {a} {b}"]
        )

    def any_phone(self):
        return self.pick([self.us_phone, self.uk_phone, self.ie_phone])()

    def us_street(self):
        return f"{self.rint(2, 9800)} {self.pick(STREET_NAMES)} {self.pick(US_SUFFIX)}"

    def uk_street(self):
        return f"{self.rint(1, 220)} {self.pick(STREET_NAMES)} {self.pick(UK_SUFFIX)}"

    def ie_street(self):
        return self.pick(
            [
                f"{self.rint(1, 90)} {self.pick(STREET_NAMES)} {self.pick(IE_SUFFIX)}",
                f"{self.pick(TOWNLANDS)}, {self.pick(['Ballyvourney', 'Bantry', 'Westport', 'Dingle'])}",
                f"Apt {self.rint(1, 40)}, {self.pick(STREET_NAMES)} House, {self.pick(IE_SUFFIX)} Road",
            ]
        )

    def street(self):
        return self.pick([self.us_street, self.uk_street, self.ie_street])()

    def city(self):
        return self.pick(self.pick([US_CITIES, UK_CITIES, IE_CITIES]))

    def eircode(self):
        return self.pick(EIR_KEYS) + " " + "".join(self.pick(EIR_CHARS) for _ in range(4))

    def uk_postcode(self):
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{self.pick(UK_OUTWARD)} {self.rint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def us_zip(self):
        return self.pick(
            [f"{self.rint(1001, 99950):05d}", f"{self.rint(1001, 99950):05d}-{self.rint(1, 9999):04d}"]
        )

    def postcode(self):
        return self.pick([self.us_zip, self.uk_postcode, self.eircode])()

    def full_address(self):
        kind = self.pick(["us", "uk", "ie"])
        if kind == "us":
            state = self.pick(["MA", "IL", "PA", "NY"])
            return f"{self.us_street()}, {self.pick(US_CITIES)}, {state} {self.us_zip()}"
        if kind == "uk":
            return f"{self.uk_street()}, {self.pick(UK_CITIES)} {self.uk_postcode()}"
        return f"{self.ie_street()}, Co. {self.pick(IE_COUNTIES)}, {self.eircode()}"

    def gen_date(self, start=1820, end=1960):
        y, m, d = self.rint(start, end), self.rint(1, 12), self.rint(1, 28)
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return self.pick(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {months[m - 1]} {y}",
                f"abt {y}",
                f"{y}",
                f"bef {y}",
                f"{d} {months[m - 1]} {y}",
            ]
        )

    def dob(self, start=1940, end=2004):
        y, m, d = self.rint(start, end), self.rint(1, 12), self.rint(1, 28)
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])

    def ppsn_like_passport(self):
        return self.pick(
            [
                self.pick(["P", "L", "T"]) + self.pick("ABCDEFGHJKLMNPRSTVWXY") + self.digits(7),  # Irish
                self.digits(9),  # UK / US
                self.pick(["A", "C"]) + self.digits(8),  # US next generation
            ]
        )

    def nhs_number(self):
        while True:
            body = [self.rint(0, 9) for _ in range(9)]
            body[0] = self.rint(4, 9)
            check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check == 11:
                check = 0
            if check != 10:
                s = "".join(map(str, body)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def iban_ie_gb(self):
        country = self.pick(["IE", "GB", "IE"])
        bank = self.pick(["AIBK", "BOFI", "IPBS"]) if country == "IE" else self.pick(["NWBK", "BARC", "HBUK"])
        bban = bank + self.digits(6) + self.digits(8)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def activation_code(self):
        a = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(self.pick(a) for _ in range(4)) for _ in range(3))

    def kit_id(self):
        return "KIT-" + self.digits(9)

    def ip(self):
        return self.ipv4() if self.r.random() < 0.8 else self.ipv6()

    def idfa(self):
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.15 else self.uuid().upper()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(60))

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def sha256(self):
        return self.hexid(64)


# -- free text that always carries the labelled PII -------------------------------------------------


def caption(f: Kin) -> str:
    return f.pick(
        [
            f"Granny {f.first()} at Cobh, {f.rint(1920, 1965)}",
            f"{f.full_name()} and {f.first()} on their wedding day",
            f"Uncle {f.first()} outside the shop in {f.pick(IE_CITIES)}",
            f"{f.first()} {f.last()}, aged about {f.rint(5, 80)}",
            f"Confirmation photo - {f.full_name()}",
        ]
    )


def share_message(f: Kin) -> str:
    return f.pick(
        [
            f"Hi {f.first()}, here's the tree I've been building. Love, {f.first()}",
            f"{f.first()} - can you check Nana {f.first()}'s dates?",
            f"Dear {f.first()}, this is the {f.last()} side. Add what you know!",
            f"Hey {f.first()}! Found great-grandad {f.full_name()} in the 1911 census",
        ]
    )


def gift_message(f: Kin) -> str:
    return f.pick(
        [
            f"Happy birthday Mam! Love, {f.first()}",
            f"For {f.first()}, let's finally find out about the {f.last()}s. x {f.first()}",
            f"Merry Christmas {f.first()} & {f.first()}",
            f"To Dad from {f.first()} - happy 70th!",
        ]
    )


def match_note(f: Kin) -> str:
    return f.pick(
        [
            f"Through Nana {f.first()}'s side, probably the {f.last()}s",
            f"Descends from {f.full_name()} b. abt {f.rint(1840, 1900)}",
            f"Shares {f.first()} {f.last()} as ancestor - confirm with aunt {f.first()}",
            f"Half-sibling of {f.first()}? ask {f.first()}",
        ]
    )


def contact_text(f: Kin) -> str:
    return f.pick(
        [
            f"Hi cousin! email me at {f.email()} and we can compare trees",
            f"Would love to chat, my number is {f.any_phone()}",
            f"I think we share the {f.last()} line. Reach me: {f.email()}",
            f"Text me on {f.any_phone()} - {f.first()}",
        ]
    )


def ticket_text(f: Kin) -> str:
    return f.pick(
        [
            f"My kit has not activated yet. Please call me back on {f.any_phone()}",
            f"Order shipped to the wrong address, I'm on {f.any_phone()} after 6pm",
            f"Can't log in. Mobile is {f.any_phone()}",
            f"Need to change the kit owner, ring {f.any_phone()} please",
        ]
    )


def ocr_text(f: Kin) -> str:
    return f.pick(
        [
            f"DEATHS. {f.last().upper()} - At his residence, {f.pick(IE_CITIES)}, {f.full_name()}, "
            f"aged {f.rint(40, 95)}.",
            f"MARRIAGE of Mr. {f.full_name()} and Miss {f.full_name()} at St. Mary's",
            f"Mrs. {f.full_name()} wishes to thank all who sympathised on her recent bereavement",
            f"BIRTHS. To {f.first()} and {f.full_name()}, a daughter.",
        ]
    )


def research_note(f: Kin) -> str:
    return f.pick(
        [
            f"{f.full_name()} may be the same man as in the 1901 census, check baptism",
            f"Ask cousin {f.first()} about {f.first()} {f.last()}'s emigration",
            f"Two men named {f.full_name()} in the parish - need the mother's maiden name",
            f"{f.first()} {f.last()} not found in SSDI; try spelling {f.last()}",
        ]
    )


def record_query(f: Kin) -> str:
    return f.pick(
        [
            f"{f.first()} {f.last()} {f.rint(1880, 1930)}",
            f"{f.last()} {f.pick(IE_COUNTIES)}",
            f"{f.full_name()} census",
            f'"{f.first()} {f.last()}" passenger list',
            f"{f.last().lower()} family {f.pick(IE_CITIES)}",
        ]
    )


def hint_text(f: Kin) -> str:
    return f"New record hint for {f.full_name()} ({f.rint(1830, 1900)}-{f.rint(1901, 1980)})"


def sms_body(f: Kin) -> str:
    code = f.digits(6)
    return f.pick(
        [
            f"Your Kindred verification code is {code}",
            f"{code} is your Kindred sign-in code. It expires in 10 minutes.",
            f"Kindred: use code {code} to confirm your phone number",
        ]
    )


def changed_value(f: Kin) -> str:
    return f.pick([f.first(), f.last(), f.full_name(), f.gen_date(), f.pick(OLD_PLACES)])


# -- contexts sent by the client libraries ----------------------------------------------------------


def cached_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "userId": G(lambda f: "k_" + f.digits(8)),
        "anonymousId": G(lambda f: f.uuid()),
    }


def web_context(f: Kin):
    pages = ["/", "/dna", "/tree/" + f.digits(8), "/search/records", "/checkout", "/matches"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.facebook.com/",
                        "https://www.kindred.example/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter", "?ref=nav", "?tab=matches"])),
            "title": G(
                lambda f: f.pick(
                    ["Kindred | Family Tree", "DNA Matches | Kindred", "Search Records | Kindred", "Checkout"]
                )
            ),
            "url": G(lambda f: "https://www.kindred.example" + f.pick(pages)),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
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
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-IE", "ga-IE"])),
        "timezone": G(
            lambda f: f.pick(["America/New_York", "Europe/Dublin", "Europe/London", "America/Chicago"])
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["dna_day_2024", "st_patricks_sale", "mothers_day", "census_1921_launch"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "tiktok"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "affiliate"])),
            "term": G(
                lambda f: f.pick(["dna test ireland", "irish ancestry", "family tree", "ancestry kit"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "hero_b", "carousel_3", "textlink"])),
        },
    }


def swift_context(f: Kin):
    return {
        "app": {
            "name": G(lambda f: "Kindred"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2", "8.16.0"])),
            "build": G(lambda f: f.pick(["81400", "81520", "81601"])),
            "namespace": G(lambda f: "com.kindred.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-IE", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/Dublin", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": cached_traits(),
    }


def kotlin_context(f: Kin):
    return {
        "app": {
            "name": G(lambda f: "Kindred"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1", "8.16.0"])),
            "build": G(lambda f: f.pick(["1814", "1815", "1816"])),
            "namespace": G(lambda f: "com.kindred.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "CPH2581", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "OP5913L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Vodafone IE", "EE", "Three", "T-Mobile", "eir"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "en-GB", "en-US"])),
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Europe/London", "America/New_York"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S921B Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g54 5G Build/S3SGS32.12)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(51.4, 55.3), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-10.4, -5.9), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "traits": cached_traits(),
    }


def rn_context(f: Kin):
    return {
        "app": {
            "name": G(lambda f: "Kindred Matches"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "com.kindred.matches"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.18.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-IE", "en-GB"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Europe/Dublin", "Europe/London"])),
        "traits": cached_traits(),
    }


def flutter_context(f: Kin):
    return {
        "app": {
            "name": G(lambda f: "Kindred Gaeilge"),
            "version": G(lambda f: f.pick(["2.0.3", "2.1.0", "2.1.4"])),
            "build": G(lambda f: f.pick(["203", "210", "214"])),
            "namespace": G(lambda f: "ie.kindred.gaeilge"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SM-G991B", "Pixel 6"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 360, 412])),
            "height": G(lambda f: f.pick([852, 800, 915])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["ga-IE", "ga", "en-IE"])),
        "timezone": G(lambda f: "Europe/Dublin"),
    }


SERVER_LIBS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "analytics-node": ["2.1.2", "2.1.3", "2.0.0"],
    "analytics-go": ["3.3.0", "3.2.1", "3.3.1"],
    "analytics-java": ["3.5.1", "3.5.0", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.1", "3.8.1"],
    "analytics-csharp": ["2.3.6", "2.3.5", "2.4.0"],
}


def server_context(lib: str, with_request=True):
    def make(f: Kin):
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_LIBS[lib]))},
        }
        if with_request:
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
            ctx["locale"] = G(lambda f: f.pick(["en-US", "en-GB", "en-IE"]))
        return ctx

    return make


def server_plain(lib: str):
    return server_context(lib, with_request=False)


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "go": server_plain("analytics-go"),
    "java": server_plain("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_plain("analytics-php"),
    "dotnet": server_context("analytics-csharp"),
    "python_batch": server_plain("analytics-python"),
}
MOBILE = ["swift", "kotlin", "rn"]

# -- shared body fragments --------------------------------------------------------------------------


def kit_product():
    return {
        "product_id": G(lambda f: f.pick(KITS)[0].lower()),
        "sku": G(lambda f: f.pick(KITS)[0] + "-" + f.pick(["US", "UK", "IE"])),
        "name": G(lambda f: f.pick(KITS)[1]),
        "brand": G(lambda f: "Kindred"),
        "category": G(lambda f: f.pick(["DNA Kits", "Memberships", "Gifts", "Pet DNA"])),
        "variant": G(lambda f: f.pick(["Standard", "Gift box", "2-pack"])),
        "price": G(lambda f: f.pick(KITS)[2]),
        "quantity": G(lambda f: f.rint(1, 3)),
        "position": G(lambda f: f.rint(1, 6)),
        "url": G(lambda f: "https://www.kindred.example/shop/" + f.pick(KITS)[0].lower()),
        "image_url": G(lambda f: f"https://cdn.kindred.example/p/{f.hexid(10)}.webp"),
    }


def tree_person():
    return {
        "person_id": G(lambda f: f.digits(12)),
        "relationship": G(lambda f: f.pick(RELATIONSHIPS)),
        "given_names": Y(lambda f: f.pick([f.first(), f"{f.first()} {f.first()}"]), "name"),
        "surname": Y(lambda f: f.last(), "name"),
        "maiden_name": Y(lambda f: f.last(), "name"),
        "sex": Y(lambda f: f.pick(["M", "F", "U"]), "sex|gender"),
        "birth_date": Y(lambda f: f.gen_date(1830, 1990), "birthdate"),
        "birth_place": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
        "is_living": G(lambda f: f.pick([True, False, False])),
        "death_date": Y(lambda f: f.gen_date(1880, 2023), "birthdate"),
        "death_place": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
        "source_count": G(lambda f: f.rint(0, 14)),
        "has_photo": G(lambda f: f.pick([True, False])),
    }


EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- identify ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.any_phone(), "phone"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "ancestry_plus", "world_explorer", "dna_only"])),
            "country": G(lambda f: f.pick(["US", "GB", "IE"])),
            "birthYear": Y(lambda f: f.rint(1940, 2004), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "treeCount": G(lambda f: f.rint(0, 6)),
            "kitsActivated": G(lambda f: f.rint(0, 3)),
            "subscriptionStatus": G(lambda f: f.pick(["active", "trialing", "canceled", "none"])),
            "address": {
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.pick(["MA", "IL", "Co. Cork", "Greater Manchester", "NY"])),
                "country": G(lambda f: f.pick(["United States", "Ireland", "United Kingdom"])),
            },
        },
    ),
    (
        "identify",
        None,
        ["swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "username": Y(
                lambda f: (
                    ascii_fold(f.first()).lower()
                    + f.pick(["_roots", "genealogy", "1987", ""])
                    + str(f.rint(1, 99))
                ),
                "name",
            ),
            "avatar": Y(lambda f: f"https://cdn.kindred.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "age": G(lambda f: f.rint(18, 88)),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "dna_status": G(
                lambda f: f.pick(["not_purchased", "kit_shipped", "processing", "results_ready"])
            ),
            "home_person_id": G(lambda f: f.digits(12)),
            "phone_count": G(lambda f: f.rint(0, 2)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "EmailAddress": Y(lambda f: f.email(), "email"),
            "MobilePhone": Y(lambda f: f.any_phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "CustomerNumber": G(lambda f: "C" + f.digits(8)),
            "MemberSince": G(lambda f: f.date(2012, 2024)),
            "IsPremium": G(lambda f: f.pick([True, False])),
            "PreferredLanguage": G(lambda f: f.pick(["en", "ga", "es"])),
            "LifetimeOrders": G(lambda f: f.rint(0, 12)),
            "Occupation": G(lambda f: f.pick(["Teacher", "Nurse", "Retired", "Software Engineer", "Farmer"])),
            "Employer": G(lambda f: f.pick(["HSE", "Intel Ireland", "NHS Trust", "Self-employed"])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "ainm": Y(lambda f: f.first(), "name"),
            "sloinne": Y(lambda f: f.last(), "name"),
            "seoladh": Y(lambda f: f"{f.ie_street()}, {f.pick(IE_CITIES)}", "address"),
            "data_breithe": Y(lambda f: f.dob(), "birthdate"),
            "guthán": Y(lambda f: f.ie_phone(), "phone"),
            "ríomhphost": Y(lambda f: f.email(), "email"),
            "cathair": Y(lambda f: f.pick(IE_CITIES), "city"),
            "éirchód": Y(lambda f: f.eircode(), "zipcode"),
            "contae": G(lambda f: f.pick(IE_COUNTIES)),
            "teanga": G(lambda f: f.pick(["ga", "en", "ga-IE"])),
            "síntiúsóir": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python_batch"],
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.any_phone(), "phone"),
            "DOB": Y(lambda f: f.dob(), "birthdate"),
            "MAILING_ADDRESS": Y(lambda f: f.full_address(), "address"),
            "ZIP": Y(lambda f: f.postcode(), "zipcode"),
            "STATE": G(lambda f: f.pick(["MA", "PA", "NY", "IL", "TX"])),
            "LIFETIME_VALUE": G(lambda f: f.money(0, 900)),
            "KITS_PURCHASED": G(lambda f: f.rint(0, 5)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "IS_SUBSCRIBER": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "ETHNICITY_IRELAND_PCT": Y(lambda f: f.rint(0, 100), "ethnicity"),
            "ETHNICITY_SCOTLAND_PCT": Y(lambda f: f.rint(0, 60), "ethnicity"),
            "TOP_ETHNICITY_REGION": Y(lambda f: f.pick(REGIONS), "ethnicity"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["node"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Cork Genealogical Society",
                        "Boston Irish Heritage Trust",
                        "Mayo County Library",
                        "Lancashire Family History Society",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Non-profit", "Libraries", "Education"])),
            "employees": G(lambda f: f.rint(3, 250)),
            "plan": G(lambda f: f.pick(["institution", "society", "library_unlimited"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://corkgenealogy.example.ie",
                        "https://bostonirish.example.org",
                        "https://mayolibrary.example.ie",
                    ]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "info@corkgenealogy.example.ie",
                        "hello@bostonirish.example.org",
                        "library@mayococo.example.ie",
                    ]
                )
            ),
            "office_phone": G(lambda f: f.pick(["+353 21 492 4000", "(617) 555-0142", "+353 94 904 7900"])),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "Grand Parade, Cork T12 NT99",
                        "200 Tremont St, Boston MA 02116",
                        "John Moore Road, Castlebar",
                    ]
                )
            ),
            "seats": G(lambda f: f.rint(5, 200)),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin", "python"], {}),
    # -- page / screen ------------------------------------------------------------------------------
    (
        "page",
        "DNA Landing",
        ["web"],
        {
            "name": G(lambda f: f.pick(["DNA Landing", "Home", "Pricing"])),
            "path": G(lambda f: f.pick(["/dna", "/", "/pricing"])),
            "url": G(lambda f: "https://www.kindred.example" + f.pick(["/dna", "/", "/pricing"])),
            "title": G(lambda f: f.pick(["Kindred DNA | Discover your roots", "Kindred", "Plans & Pricing"])),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://l.facebook.com/", ""])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["dna_day_2024", "st_patricks_sale", "mothers_day"])),
        },
    ),
    (
        "page",
        "Person Profile",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Person Profile", "Tree Overview", "Record Detail"])),
            "path": G(lambda f: f"/tree/{f.digits(8)}/person/{f.digits(12)}"),
            "url": G(lambda f: f"https://www.kindred.example/tree/{f.digits(8)}/person/{f.digits(12)}"),
            "title": G(lambda f: f.pick(["Facts | Kindred", "Gallery | Kindred", "Sources | Kindred"])),
            "tree_id": G(lambda f: f.digits(8)),
            "person_id": G(lambda f: f.digits(12)),
            "tab": G(lambda f: f.pick(["facts", "gallery", "sources", "hints"])),
        },
    ),
    (
        "screen",
        "Matches List",
        MOBILE,
        {
            "screen_class": G(
                lambda f: f.pick(["MatchesListViewController", "MatchesFragment", "MatchesScreen"])
            ),
            "previous_screen": G(lambda f: f.pick(["Home", "DNA Results", "Inbox"])),
            "filter_count": G(lambda f: f.rint(0, 4)),
            "sort": G(lambda f: f.pick(["relationship", "date", "shared_cm"])),
        },
    ),
    (
        "screen",
        "Scáileán Crainn",
        ["flutter"],
        {
            "ainm_scáileáin": G(lambda f: f.pick(["crann", "baile", "taifid"])),
            "crann_id": G(lambda f: f.digits(8)),
        },
    ),
    # -- family tree --------------------------------------------------------------------------------
    (
        "track",
        "Tree Created",
        ["web", "swift"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            "tree_name": Y(
                lambda f: f.pick(
                    [
                        f"{f.last()} Family Tree",
                        f"{f.last()}-{f.last()} Tree",
                        f"The {f.last()}s of {f.pick(IE_COUNTIES)}",
                    ]
                ),
                "name",
                True,
            ),
            "is_public": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["blank", "gedcom_upload", "onboarding"])),
            "home_person_relationship": G(lambda f: f.pick(["self", "parent", "grandparent"])),
            "privacy_setting": G(lambda f: f.pick(["private_searchable", "private", "public"])),
        },
    ),
    (
        "track",
        "Person Added",
        ["swift", "kotlin", "web"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            **tree_person(),
            "added_from": G(lambda f: f.pick(["tree_view", "hint", "record"])),
        },
    ),
    (
        "track",
        "Marriage Fact Added",
        ["web", "swift"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            "family_id": G(lambda f: "F" + f.digits(9)),
            "spouse1_name": Y(lambda f: f.full_name(), "name"),
            "spouse2_name": Y(lambda f: f.full_name(), "name"),
            "marriage_date": Y(lambda f: f.gen_date(1840, 1990), "birthdate"),
            "marriage_place": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
            "children_count": G(lambda f: f.rint(0, 13)),
            "fact_type": G(lambda f: f.pick(["marriage", "civil_partnership", "banns"])),
            "citation_count": G(lambda f: f.rint(0, 4)),
        },
    ),
    (
        "track",
        "Person Edited",
        ["web", "kotlin"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            "person_id": G(lambda f: f.digits(12)),
            "changes": Many(
                {
                    "field": G(
                        lambda f: f.pick(
                            ["given_names", "surname", "birth_date", "death_date", "birth_place"]
                        )
                    ),
                    "new_value": Y(changed_value, "name|birthdate|city", True),
                    "edited_at": G(lambda f: f.epoch_ms()),
                },
                3,
            ),
            "edit_source": G(lambda f: f.pick(["manual", "record_merge", "hint"])),
        },
    ),
    (
        "track",
        "Person Deleted",
        ["web", "swift"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            "person_id": G(lambda f: f.digits(12)),
            "deletion_reason": G(lambda f: f.pick(["duplicate", "wrong_person", "other"])),
            "descendants_removed": G(lambda f: f.rint(0, 9)),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        ["swift", "rn"],
        {
            "photo_id": G(lambda f: f.uuid()),
            "person_id": G(lambda f: f.digits(12)),
            "caption": Y(caption, "name", True),
            "tagged_people": Many(Y(lambda f: f.full_name(), "name"), 3),
            "file_size": G(lambda f: f.rint(80_000, 9_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "image/heic", "image/png"])),
            "faces_detected": G(lambda f: f.rint(0, 8)),
            "colorized": G(lambda f: f.pick([True, False])),
            "year_taken": G(lambda f: f.rint(1890, 1990)),
        },
    ),
    (
        "track",
        "GEDCOM Imported",
        ["python"],
        {
            "import_id": G(lambda f: f.uuid()),
            "file_name": G(
                lambda f: f.pick(
                    ["family_tree.ged", "export_2024-03-01.ged", "tree.ged", "My Tree backup.ged"]
                )
            ),
            "file_sha1": G(lambda f: f.hexid(40)),
            "individuals_count": G(lambda f: f.rint(10, 18000)),
            "families_count": G(lambda f: f.rint(3, 6000)),
            "living_people_count": G(lambda f: f.rint(0, 300)),
            "source_software": G(
                lambda f: f.pick(["Family Tree Maker 2019", "RootsMagic 9", "Gramps 5.2", "Legacy 9"])
            ),
            "gedcom_version": G(lambda f: f.pick(["5.5.1", "5.5", "7.0"])),
            "warnings": G(lambda f: f.rint(0, 40)),
            "duration_ms": G(lambda f: f.rint(900, 120000)),
            "uploader_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Tree Shared",
        ["web"],
        {
            "tree_id": G(lambda f: f.digits(8)),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "role": G(lambda f: f.pick(["editor", "contributor", "guest"])),
            "message": Y(share_message, "name", True),
            "share_link_id": G(lambda f: f.hexid(12)),
            "can_see_living": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hint Banner Clicked",
        ["web", "swift"],
        {
            "hint_id": G(lambda f: f.digits(10)),
            "text": Y(hint_text, "name", True),
            "hint_type": G(lambda f: f.pick(["record", "tree", "photo", "newspaper"])),
            "position": G(lambda f: f.rint(1, 5)),
        },
    ),
    (
        "track",
        "Hint Accepted",
        ["kotlin", "web"],
        {
            "hint_id": G(lambda f: f.digits(10)),
            "hint_type": G(lambda f: f.pick(["record", "tree", "photo", "newspaper"])),
            "record_collection": G(lambda f: f.pick(COLLECTIONS)),
            "person_id": G(lambda f: f.digits(12)),
            "confidence": G(lambda f: f.pick(["high", "medium", "low"])),
            "facts_merged": G(lambda f: f.rint(0, 6)),
            "hints_remaining": G(lambda f: f.rint(0, 140)),
        },
    ),
    (
        "track",
        "Research Note Added",
        ["web"],
        {
            "note_id": G(lambda f: f.uuid()),
            "person_id": G(lambda f: f.digits(12)),
            "note": Y(research_note, "name", True),
            "char_count": G(lambda f: f.rint(20, 400)),
            "visibility": G(lambda f: f.pick(["private", "shared", "public"])),
        },
    ),
    (
        "track",
        "Duine Curtha Leis",
        ["flutter"],
        {
            "crann_id": G(lambda f: f.digits(8)),
            "ainm": Y(lambda f: f.first(), "name"),
            "sloinne": Y(lambda f: f.last(), "name"),
            "data_breithe": Y(lambda f: f.gen_date(1840, 1990), "birthdate"),
            "áit_bhreithe": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
            "dáta_báis": Y(lambda f: f.gen_date(1880, 2023), "birthdate"),
            "áit_bháis": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
            "sloinne_roimh_phósadh": Y(lambda f: f.last(), "name"),
            "gaol": G(lambda f: f.pick(["athair", "máthair", "seanathair", "seanmháthair", "deartháir"])),
            "beo": G(lambda f: f.pick([True, False])),
            "foinsí": G(lambda f: f.rint(0, 6)),
        },
    ),
    (
        "track",
        "Family Birthday Reminder Set",
        ["php"],
        {
            "reminder-id": G(lambda f: f.digits(7)),
            "relative-name": Y(lambda f: f.full_name(), "name"),
            "relative-birthday": Y(lambda f: f.dob(1935, 2022), "birthdate"),
            "notify-email": Y(lambda f: f.email(), "email"),
            "days-before": G(lambda f: f.pick([1, 3, 7])),
            "channel": G(lambda f: f.pick(["email", "push"])),
            "is-recurring": G(lambda f: True),
        },
    ),
    # -- DNA kit commerce -------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {**kit_product(), "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"]))},
    ),
    (
        "track",
        "Product List Viewed",
        ["web"],
        {
            "list_id": G(lambda f: f.pick(["dna_kits", "gifts", "pet_dna"])),
            "category": G(lambda f: f.pick(["DNA Kits", "Gifts", "Pet DNA"])),
            "products": Many(
                {
                    k: v
                    for k, v in kit_product().items()
                    if k in ("product_id", "sku", "name", "price", "position")
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in kit_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.rint(1, 4)),
            "shipping_method": G(lambda f: f.pick(["standard", "express", "an_post", "royal_mail_tracked"])),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "klarna"])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "KO-" + f.digits(9)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "klarna"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.rint(1, 12)),
            "card_exp_year": G(lambda f: f.rint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["4", "51", "37", "6011"]) + f.digits(2)),
            "payment_token": RED(lambda f: f.pick(["pm_", "tok_"]) + f.hexid(24), "token"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postcode": Y(lambda f: f.postcode(), "zipcode"),
        },
    ),
    (
        "track",
        "Checkout Form Error",
        ["web"],
        {
            "form": G(lambda f: "payment"),
            "field_id": G(lambda f: f.pick(["cc-number", "card-number", "cardnumber"])),
            "error_code": G(lambda f: f.pick(["invalid_number", "card_declined", "incorrect_number"])),
            "input": RED(lambda f: f.card(), "credit card", True),
            "attempt": G(lambda f: f.rint(1, 4)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "KO-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(59, 400)),
            "subtotal": G(lambda f: f.money(59, 380)),
            "revenue": G(lambda f: f.money(50, 350)),
            "shipping": G(lambda f: f.pick([0.0, 4.99, 9.95])),
            "tax": G(lambda f: f.money(0, 40)),
            "discount": G(lambda f: f.pick([0.0, 10.0, 20.0])),
            "coupon": G(lambda f: f.pick(["", "DNADAY24", "PADDY20", "MUM15"])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "products": Many(kit_product(), 2),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_recipient": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "gift_message": Y(gift_message, "name", True),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Flat 2", "Unit 7", "Apartment 12"]), "address|street"
                ),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "state": G(lambda f: f.pick(["MA", "Co. Galway", "Merseyside", "IL"])),
                "country": G(lambda f: f.pick(["US", "IE", "GB"])),
            },
            "billing_address": Y(lambda f: f.full_address(), "address"),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "klarna"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Order Shipped",
        ["node"],
        {
            "order_id": G(lambda f: "KO-" + f.digits(9)),
            "carrier": G(lambda f: f.pick(["USPS", "An Post", "Royal Mail", "DPD"])),
            "tracking_number": G(
                lambda f: f.pick(["9400" + f.digits(18), "RR" + f.digits(9) + "IE", "JD" + f.digits(16)])
            ),
            "return_label_id": G(lambda f: "RL" + f.digits(10)),
            "warehouse": G(lambda f: f.pick(["Memphis, TN", "Shannon, IE", "Milton Keynes, UK"])),
            "kit_ids": Many(G(lambda f: f.kit_id()), 2),
        },
    ),
    (
        "track",
        "Kit Activated",
        ["swift", "kotlin", "web"],
        {
            "kit_id": G(lambda f: f.kit_id()),
            "activation_code": RED(lambda f: f.activation_code(), "token"),
            "kit_owner": G(lambda f: f.pick(["self", "someone_else", "managed_profile"])),
            "kit_owner_first_name": Y(lambda f: f.first(), "name"),
            "kit_owner_last_name": Y(lambda f: f.last(), "name"),
            "kit_owner_dob": Y(lambda f: f.dob(1930, 2010), "birthdate"),
            "kit_owner_sex": Y(lambda f: f.pick(["female", "male"]), "sex|gender"),
            "consent_research": G(lambda f: f.pick([True, False])),
            "consent_version": G(lambda f: f.pick(["2023-11", "2024-04", "2024-09"])),
            "product_type": G(lambda f: f.pick(["ancestry", "ancestry_health", "pet"])),
        },
    ),
    (
        "track",
        "Managed Profile Created",
        ["web"],
        {
            "profile_id": G(lambda f: f.uuid()),
            "dependant_first_name": Y(lambda f: f.first(), "name"),
            "dependant_last_name": Y(lambda f: f.last(), "name"),
            "dependant_date_of_birth": Y(lambda f: f.dob(2008, 2023), "birthdate"),
            "relationship_to_manager": G(lambda f: f.pick(["child", "parent", "grandparent"])),
            "guardian_consent": G(lambda f: True),
            "is_minor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Sample Received",
        ["go"],
        {
            "kit_id": G(lambda f: f.kit_id()),
            "lab_id": G(lambda f: f.pick(["LAB-NC-02", "LAB-IE-01", "LAB-UT-03"])),
            "tube_barcode": G(lambda f: "TB" + f.digits(11)),
            "received_at": G(lambda f: f.iso()),
            "status": G(lambda f: f.pick(["received", "quality_check", "genotyping", "failed_qc"])),
            "days_in_transit": G(lambda f: f.rint(2, 21)),
            "lab_location": G(lambda f: f.pick(["Morrisville, NC", "Shannon, Co. Clare", "Lehi, UT"])),
        },
    ),
    (
        "track",
        "Results Ready",
        ["java"],
        {
            "kit_id": G(lambda f: f.kit_id()),
            "results_version": G(lambda f: f.pick(["v5.3", "v5.4", "v6.0"])),
            "reports_available": G(lambda f: f.rint(3, 160)),
            "call_rate": G(lambda f: round(f.r.uniform(0.97, 0.999), 4)),
            "notification_channel": G(lambda f: f.pick(["email", "push", "sms"])),
            "recipient": Y(lambda f: f.email(), "email", True),
            "turnaround_days": G(lambda f: f.rint(14, 56)),
        },
    ),
    # -- DNA matches ------------------------------------------------------------------------------
    (
        "track",
        "DNA Match Viewed",
        ["kotlin", "swift", "rn", "web"],
        {
            "match_id": G(lambda f: f.hexid(24)),
            "match_display_name": Y(lambda f: f.pick([f.full_name(), f"{f.first()} {f.last()[0]}."]), "name"),
            "match_managed_by": Y(lambda f: f.full_name(), "name"),
            "shared_cm": G(lambda f: round(f.r.uniform(8, 3500), 1)),
            "shared_segments": G(lambda f: f.rint(1, 70)),
            "longest_segment_cm": G(lambda f: round(f.r.uniform(8, 280), 1)),
            "predicted_relationship": G(lambda f: f.pick(MATCH_RELS)),
            "has_tree": G(lambda f: f.pick([True, False])),
            "match_tree_size": G(lambda f: f.rint(0, 4000)),
            "common_ancestors": Many(Y(lambda f: f.full_name(), "name"), 2),
            "starred": G(lambda f: f.pick([True, False])),
            "side": G(lambda f: f.pick(["maternal", "paternal", "both", "unassigned"])),
        },
    ),
    (
        "track",
        "Match Card Clicked",
        ["web"],
        {
            "match_id": G(lambda f: f.hexid(24)),
            "label": Y(lambda f: f.full_name(), "name", True),
            "position": G(lambda f: f.rint(1, 50)),
            "list": G(lambda f: f.pick(["all", "close_family", "new", "starred"])),
        },
    ),
    (
        "track",
        "Match Note Saved",
        ["rn", "web"],
        {
            "match_id": G(lambda f: f.hexid(24)),
            "note_text": Y(match_note, "name", True),
            "group_label": G(
                lambda f: f.pick(["Maternal", "Paternal", "Unknown", "Dad's cousins", "Brick wall"])
            ),
            "color_dot": G(lambda f: f.pick(["red", "green", "blue", "purple"])),
        },
    ),
    (
        "track",
        "Match Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "recipient_match_id": G(lambda f: f.hexid(24)),
            "recipient_username": Y(
                lambda f: (
                    ascii_fold(f.first()).lower()
                    + f.pick(["_tree", "roots", "dna", "."])
                    + ascii_fold(f.last()).lower().replace("'", "").replace(" ", "")
                ),
                "name",
            ),
            "message_length": G(lambda f: f.rint(20, 1200)),
            "message_preview": Y(contact_text, "email|phone", True),
            "contains_contact_info": G(lambda f: True),
            "first_message": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Matches Filtered",
        ["web", "kotlin"],
        {
            "min_cm": G(lambda f: f.pick([8, 20, 90, 400])),
            "max_cm": G(lambda f: f.pick([90, 400, 3500])),
            "relationship_group": G(lambda f: f.pick(["close_family", "extended_family", "distant"])),
            "has_tree": G(lambda f: f.pick([True, False])),
            "has_common_ancestors": G(lambda f: f.pick([True, False])),
            "sort_by": G(lambda f: f.pick(["relationship", "date", "name"])),
            "results_count": G(lambda f: f.rint(0, 9000)),
            "surname_filter": Y(lambda f: f.last(), "name"),
            "birth_location_filter": G(lambda f: f.pick(["Ireland", "Co. Cork", "Scotland", "Pennsylvania"])),
        },
    ),
    (
        "track",
        "Relative Invited To Test",
        ["web", "swift"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "invitee": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
            },
            "relationship": G(lambda f: f.pick(RELATIONSHIPS)),
            "discount_code": G(lambda f: "FAM" + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp"])),
        },
    ),
    # -- ethnicity --------------------------------------------------------------------------------
    (
        "track",
        "Ethnicity Estimate Viewed",
        ["swift", "kotlin", "web"],
        {
            "estimate_version": G(lambda f: f.pick(["2023", "2024", "2024.2"])),
            "regions_count": G(lambda f: f.rint(1, 9)),
            "top_region": Y(lambda f: f.pick(REGIONS), "ethnicity"),
            "ethnicity_regions": Many(
                {
                    "name": Y(lambda f: f.pick(REGIONS), "ethnicity"),
                    "percent": G(lambda f: f.rint(1, 100)),
                    "confidence_range": G(lambda f: f"{f.rint(0, 40)}-{f.rint(41, 100)}"),
                },
                4,
            ),
            "genetic_communities": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "Munster Irish",
                            "Connacht Irish",
                            "Ulster Scots",
                            "Irish in Boston",
                            "Southern Appalachians",
                        ]
                    ),
                    "ethnicity",
                ),
                2,
            ),
            "maternal_haplogroup": Y(lambda f: f.pick(["H1a", "U5b2", "J1c", "K1a", "L3e2"]), "ethnicity"),
            "paternal_haplogroup": Y(
                lambda f: f.pick(["R-M269", "R-L21", "I-M253", "E-M2", "O-M175"]), "ethnicity"
            ),
            "view_mode": G(lambda f: f.pick(["map", "list", "timeline"])),
        },
    ),
    (
        "track",
        "Ethnicity Shared",
        ["web", "swift"],
        {
            "share_target": G(lambda f: f.pick(["facebook", "instagram_story", "copy_link", "whatsapp"])),
            "share_card_url": G(lambda f: f"https://share.kindred.example/e/{f.hexid(10)}.png"),
            "estimate_version": G(lambda f: f.pick(["2023", "2024", "2024.2"])),
        },
    ),
    # -- health -----------------------------------------------------------------------------------
    (
        "track",
        "Health Report Viewed",
        ["kotlin", "swift"],
        {
            "report_id": G(lambda f: f.hexid(8)),
            "report_name": G(lambda f: f.pick(HEALTH_REPORTS)),
            "report_category": G(lambda f: f.pick(["genetic_health_risk", "wellness", "traits"])),
            "predisposition_result": Y(
                lambda f: f.pick(
                    ["variant detected", "no variants detected", "increased likelihood", "typical likelihood"]
                ),
                "condition|diagnosis",
            ),
            "variants_detected": G(lambda f: f.rint(0, 2)),
            "time_on_report_sec": G(lambda f: f.rint(5, 900)),
            "tutorial_completed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Carrier Status Report Viewed",
        ["flutter", "rn"],
        {
            "report_slug": G(lambda f: f.pick(CARRIER_REPORTS)),
            "carrier_status": Y(
                lambda f: f.pick(["carrier", "not a carrier", "variant not determined"]),
                "condition|diagnosis",
            ),
            "shared_with_partner": G(lambda f: f.pick([True, False])),
            "scroll_depth": G(lambda f: f.pick([25, 50, 75, 100])),
        },
    ),
    (
        "track",
        "Health Questionnaire Submitted",
        ["rn", "web"],
        {
            "questionnaire_id": G(lambda f: f.pick(["hq_v3", "hq_v4", "family_history_v1"])),
            "conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"), 3),
            "medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "family_history_of_cancer": Y(lambda f: f.pick([True, False]), "condition"),
            "blood_type": Y(lambda f: f.pick(["A+", "O+", "B-", "AB+", "O-"]), "condition|diagnosis"),
            "questions_answered": G(lambda f: f.rint(5, 48)),
            "completion_seconds": G(lambda f: f.rint(60, 1800)),
        },
    ),
    (
        "track",
        "Genetic Counseling Booked",
        ["ruby"],
        {
            "appointment_id": G(lambda f: f.uuid()),
            "counselor_name": Y(lambda f: f.full_name(), "name"),
            "counselor_id": G(lambda f: "GC" + f.digits(4)),
            "slot_start": G(lambda f: f.iso()),
            "reason": Y(
                lambda f: f.pick(
                    [
                        "BRCA variant follow-up",
                        "Carrier result: cystic fibrosis",
                        "Hemochromatosis result discussion",
                        "Family history of colon cancer",
                    ]
                ),
                "condition|diagnosis",
                True,
            ),
            "callback_phone": Y(lambda f: f.any_phone(), "phone"),
            "insurance_provider": G(lambda f: f.pick(["Aetna", "VHI Healthcare", "Bupa", "Laya Healthcare"])),
            "insurance_policy_number": Y(
                lambda f: f.pick(["W" + f.digits(9), "VH" + f.digits(8), "BUP-" + f.digits(7)]),
                "identification",
            ),
            "member_number": G(lambda f: f.digits(10)),
            "nhs_number": RED(lambda f: f.nhs_number(), "health id"),
            "fee": G(lambda f: f.pick([0.0, 99.0, 149.0])),
        },
    ),
    (
        "track",
        "Raw Data Downloaded",
        ["web"],
        {
            "download_id": G(lambda f: f.uuid()),
            "file_format": G(lambda f: f.pick(["txt", "vcf", "csv"])),
            "file_size_bytes": G(lambda f: f.rint(5_000_000, 28_000_000)),
            "snp_count": G(lambda f: f.rint(600_000, 720_000)),
            "password_confirmed": G(lambda f: True),
            "file_sha256": G(lambda f: f.sha256()),
        },
    ),
    # -- records ----------------------------------------------------------------------------------
    (
        "track",
        "Records Searched",
        ["web", "kotlin"],
        {
            "q": Y(record_query, "name", True),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "birth_year_from": G(lambda f: f.rint(1820, 1900)),
            "birth_year_to": G(lambda f: f.rint(1901, 1940)),
            "event_place": G(
                lambda f: f.pick(["Ireland", "Co. Mayo", "Lancashire", "Pennsylvania", "Galicia"])
            ),
            "collection": G(lambda f: f.pick([*COLLECTIONS, "all"])),
            "results_count": G(lambda f: f.rint(0, 25000)),
            "exact_match": G(lambda f: f.pick([True, False])),
            "page": G(lambda f: f.rint(1, 9)),
        },
    ),
    (
        "track",
        "Record Viewed",
        ["kotlin", "web"],
        {
            "record_id": G(lambda f: f.digits(11)),
            "collection_id": G(lambda f: f.rint(1000, 62000)),
            "collection_name": G(lambda f: f.pick(COLLECTIONS)),
            "record_type": G(lambda f: f.pick(["census", "baptism", "passenger_list", "death_index"])),
            "head_of_household": Y(lambda f: f.full_name(), "name"),
            "residence_address": Y(
                lambda f: (
                    f"{f.rint(1, 60)} {f.pick(['Bridge St', 'Main Street', 'Chapel Lane', 'Mill Road'])}, "
                    f"{f.pick(IE_CITIES)}"
                ),
                "address",
            ),
            "religion": Y(
                lambda f: f.pick(
                    ["Roman Catholic", "Church of Ireland", "Presbyterian", "Methodist", "Jewish"]
                ),
                "religion",
            ),
            "infirmity": RED(lambda f: f.pick(["", "", "Deaf and Dumb", "Blind", ""]), "disability"),
            "household_size": G(lambda f: f.rint(1, 14)),
            "image_id": G(lambda f: f.uuid()),
            "page_number": G(lambda f: f.rint(1, 400)),
        },
    ),
    (
        "track",
        "SSDI Record Saved",
        ["java", "web"],
        {
            "record_id": G(lambda f: f.digits(11)),
            "decedent_name": Y(lambda f: f.full_name().upper(), "name"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "issued_state": G(lambda f: f.pick(["Pennsylvania", "Massachusetts", "New York", "Illinois"])),
            "last_residence_zip": Y(lambda f: f.us_zip()[:5], "zipcode"),
            "birth_date": Y(lambda f: f.gen_date(1880, 1940), "birthdate"),
            "death_date": Y(lambda f: f.gen_date(1962, 2014), "birthdate"),
            "saved_to_person_id": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Passenger Record Saved",
        ["swift"],
        {
            "record_id": G(lambda f: f.digits(11)),
            "passenger_name": Y(lambda f: f.full_name(), "name"),
            "passenger_age": G(lambda f: f.rint(1, 70)),
            "occupation": G(lambda f: f.pick(["Labourer", "Servant", "Farmer", "Spinster", "Carpenter"])),
            "last_residence": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
            "ship_name": G(
                lambda f: f.pick(["SS Celtic", "RMS Baltic", "SS Cedric", "RMS Lusitania", "SS Teutonic"])
            ),
            "departure_port": G(lambda f: f.pick(["Queenstown", "Liverpool", "Derry", "Hamburg"])),
            "arrival_port": G(lambda f: f.pick(["New York", "Boston", "Philadelphia", "Quebec"])),
            "arrival_date": G(lambda f: f.date(1880, 1925)),
            "saved_to_person_id": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Newspaper Clipping Saved",
        ["web"],
        {
            "clip_id": G(lambda f: f.uuid()),
            "newspaper_title": G(
                lambda f: f.pick(["The Cork Examiner", "Boston Pilot", "Freeman's Journal", "Liverpool Echo"])
            ),
            "publication_date": G(lambda f: f.date(1850, 1960)),
            "ocr_text": Y(ocr_text, "name", True),
            "page": G(lambda f: f.rint(1, 24)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "delete my dna data",
                        "how to activate kit",
                        "cancel subscription",
                        "what is a centimorgan",
                        "raw data download",
                    ]
                )
            ),
            "results_count": G(lambda f: f.rint(0, 30)),
            "article_clicked": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- subscriptions and billing ---------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["node"],
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan": G(lambda f: f.pick(["ancestry_plus", "world_explorer", "all_access"])),
            "billing_period": G(lambda f: f.pick(["monthly", "6_month", "annual"])),
            "price": G(lambda f: f.pick([24.99, 119.0, 199.0, 299.0])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "promo_code": G(lambda f: f.pick(["", "FREE14", "PADDY50"])),
            "payment_method_token": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "customer_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["node", "web"],
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "cancel_reason": G(
                lambda f: f.pick(["too_expensive", "finished_research", "technical", "other"])
            ),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Too expensive for me right now",
                        "Found what I needed, thanks",
                        "",
                        "Will be back next winter",
                        "App too slow",
                    ]
                )
            ),
            "access_ends_at": G(lambda f: f.iso()),
            "months_active": G(lambda f: f.rint(1, 60)),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["go"],
        {
            "invoice": {
                "id": G(lambda f: "in_" + f.hexid(24)),
                "number": G(lambda f: f"KIN-{f.digits(4)}-{f.rint(1, 999):03d}"),
                "amount_paid": G(lambda f: f.rint(1999, 29900)),
                "currency": G(lambda f: f.pick(["usd", "gbp", "eur"])),
                "billing_reason": G(
                    lambda f: f.pick(["subscription_cycle", "subscription_create", "manual"])
                ),
                "hosted_invoice_url": G(
                    lambda f: f"https://invoice.stripe.com/i/acct_{f.hexid(16)}/{f.hexid(20)}"
                ),
            },
            "customer": {
                "id": G(lambda f: "cus_" + f.hexid(14)),
                "email": Y(lambda f: f.email(), "email"),
                "name": Y(lambda f: f.full_name(), "name"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                    "country": G(lambda f: f.pick(["US", "IE", "GB"])),
                },
            },
            "payment_method_details": {
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.rint(1, 12)),
                    "exp_year": G(lambda f: f.rint(2025, 2031)),
                    "fingerprint": G(
                        lambda f: "".join(
                            f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                            for _ in range(16)
                        )
                    ),
                    "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                },
            },
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["dotnet"],
        {
            "MandateId": G(lambda f: "MD" + f.hexid(12).upper()),
            "Scheme": G(lambda f: f.pick(["sepa_core", "bacs"])),
            "AccountHolderName": Y(lambda f: f.full_name(), "name"),
            "Iban": RED(lambda f: f.iban_ie_gb(), "bank account"),
            "Bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "BARCGB22"])),
            "SortCode": G(lambda f: f.pick(["93-11-52", "90-00-17", "60-16-13", "20-00-00"])),
            "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "SignedAt": G(lambda f: f.iso()),
            "PlanCode": G(lambda f: f.pick(["ANC-PLUS-M", "WORLD-A", "ALL-A"])),
        },
    ),
    (
        "track",
        "Military Discount Verified",
        ["web"],
        {
            "verification_provider": G(lambda f: f.pick(["ID.me", "SheerID", "GovX"])),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "military_branch": RED(
                lambda f: f.pick(["US Army", "US Navy", "USMC", "US Air Force", "Coast Guard"]), "veteran"
            ),
            "discount_pct": G(lambda f: f.pick([10, 15, 20])),
            "verification_id": G(lambda f: f.hexid(20)),
        },
    ),
    (
        "track",
        "Gift Aid Declared",
        ["php"],
        {
            "donation-id": G(lambda f: f.digits(8)),
            "donation-amount": G(lambda f: f.pick([5.0, 10.0, 25.0, 50.0])),
            "donor-first-name": Y(lambda f: f.first(), "name"),
            "donor-surname": Y(lambda f: f.last(), "name"),
            "house-name-or-number": Y(
                lambda f: f.pick(
                    [str(f.rint(1, 200)), "Rose Cottage", "The Old Rectory", f"Flat {f.rint(1, 30)}"]
                ),
                "address|street",
            ),
            "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "uk-taxpayer": G(lambda f: f.pick([True, False])),
            "fund": G(lambda f: f.pick(["Irish Famine Archive", "Parish Register Digitisation", "General"])),
        },
    ),
    # -- account and security ---------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "facebook"])),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "referral_code": G(lambda f: f.hexid(8).upper()),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "country": G(lambda f: f.pick(["US", "GB", "IE"])),
            "heard_about_us": G(lambda f: f.pick(["podcast", "tv", "friend", "search"])),
        },
    ),
    (
        "track",
        "Signed In",
        ["swift", "kotlin", "web"],
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "magic_link"])),
            "remember_me": G(lambda f: f.pick([True, False])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.rint(0, 3)),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_ip": Y(lambda f: f.ip(), "ip"),
            "token_expires_at": G(lambda f: f.iso()),
            "email_sent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Partner Account Connected",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["familysearch", "findmypast", "wikitree"])),
            "access_token": RED(lambda f: f.pick([f.jwt(), "fs_" + f.hexid(40)]), "token|secret"),
            "refresh_token": RED(lambda f: "rt_" + f.hexid(48), "token|secret"),
            "scopes": Many(G(lambda f: f.pick(["tree.read", "tree.write", "records.read"])), 3),
            "expires_in": G(lambda f: f.pick([3600, 7200, 1800])),
            "partner_user_id": G(lambda f: f.pick(["KWQ" + f.hexid(4).upper(), f.digits(9)])),
        },
    ),
    (
        "track",
        "Verification Code Requested",
        ["swift", "kotlin"],
        {
            "channel": G(lambda f: f.pick(["sms", "email", "voice"])),
            "otp_length": G(lambda f: 6),
            "attempt": G(lambda f: f.rint(1, 3)),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "phone_country_code": G(lambda f: f.pick(["+1", "+44", "+353"])),
        },
    ),
    (
        "track",
        "Data Access Request Submitted",
        ["python"],
        {
            "request_id": G(lambda f: "DSAR-" + f.digits(6)),
            "request_type": G(lambda f: f.pick(["access", "erasure", "portability"])),
            "requester_full_name": Y(lambda f: f.full_name(), "name"),
            "requester_email": Y(lambda f: f.email(), "email"),
            "requester_dob": Y(lambda f: f.dob(), "birthdate"),
            "id_document_type": G(lambda f: f.pick(["passport"])),
            "id_document_number": RED(lambda f: f.ppsn_like_passport(), "passport"),
            "jurisdiction": G(lambda f: f.pick(["GDPR", "UK GDPR", "CCPA"])),
            "due_at": G(lambda f: f.iso()),
        },
    ),
    # -- vendor-shaped payloads ------------------------------------------------------------------
    (
        "track",
        "Ticket Created",
        ["php"],
        {
            "ticket": {
                "id": G(lambda f: f.rint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Kit not activating", "Where is my order?", "Login problem", "Change kit owner"]
                    )
                ),
                "description": Y(ticket_text, "phone", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "tags": Many(G(lambda f: f.pick(["dna", "kit", "billing", "login", "ireland"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile"]))},
            },
            "requester": {
                "id": G(lambda f: f.rint(10**11, 10**12)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "assignee": {
                "id": G(lambda f: f.rint(10**11, 10**12)),
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f"{ascii_fold(f.first()).lower()}@kindred.example", "email"),
            },
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "agent_name": Y(lambda f: f.first(), "name"),
            "topic": G(lambda f: f.pick(["kit", "results", "billing", "tree"])),
            "wait_seconds": G(lambda f: f.rint(0, 600)),
            "bot_handoff": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["java"],
        {
            "email_id": G(lambda f: f.uuid()),
            "campaign_id": G(lambda f: f.rint(1000000, 9999999)),
            "campaign_name": G(lambda f: f.pick(["DNA Results Ready", "Weekly hints", "Census 1921 launch"])),
            "template_id": G(lambda f: f.rint(100000, 999999)),
            "recipient_email": Y(lambda f: f.email(), "email"),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.kindred.example>"),
            "sent_at": G(lambda f: f.epoch_ms()),
            "email_opened": G(lambda f: f.pick([True, False])),
            "from_address": G(
                lambda f: f.pick(["hello@kindred.example", "dna@kindred.example", "hints@kindred.example"])
            ),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["dotnet"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC"
                    + f.pick(
                        [
                            "4b8f1c2a9e0d7f3b6a5c1e2d9f8a7b6c",
                            "7d2e9a1f0b3c4d5e6f7a8b9c0d1e2f3a",
                            "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
                        ]
                    )
                )
            ),
            "To": Y(
                lambda f: f.pick(
                    [f.phone("e164"), "+447" + f.digits(9), "+3538" + f.pick("35679") + f.digits(7)]
                ),
                "phone",
            ),
            "From": G(lambda f: f.pick(["+18885550142", "+447700900555", "KINDRED"])),
            "Body": RED(sms_body, "token", True),
            "NumSegments": G(lambda f: 1),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
    (
        "track",
        "Purchase Sent To Meta",
        ["python"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "external_id": G(lambda f: f.sha256()),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([59.0, 99.0, 129.0])),
                "currency": G(lambda f: f.pick(["USD", "GBP", "EUR"])),
                "content_ids": Many(G(lambda f: f.pick(KITS)[0]), 2),
            },
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["footer_signup", "blog_sidebar", "exit_intent"])),
            "field": G(lambda f: "email"),
            "value": Y(lambda f: f.email(), "email", True),
            "list": G(lambda f: f.pick(["irish_roots_weekly", "dna_tips", "product_news"])),
        },
    ),
    (
        "track",
        "Relative Kit Registered",
        ["dotnet"],
        {
            "KitId": G(lambda f: f.kit_id()),
            "RegisteredByCustomerNumber": G(lambda f: "C" + f.digits(8)),
            "RelativeFullName": Y(lambda f: f.full_name(), "name"),
            "RelativeEmail": Y(lambda f: f.email(), "email"),
            "RelativeDateOfBirth": Y(lambda f: f.dob(1925, 2006), "birthdate"),
            "RelativeMobile": Y(lambda f: f.any_phone(), "phone"),
            "Relationship": G(lambda f: f.pick(["Mother", "Father", "Grandmother", "Uncle", "Aunt"])),
            "ConsentCaptured": G(lambda f: f.pick([True, False])),
            "RegisteredAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["php"],
        {
            "form-id": G(lambda f: f.pick(["contact", "press", "research-service"])),
            "full-name": Y(lambda f: f.full_name(), "name"),
            "e-mail": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.any_phone(), "phone"),
            "enquiry-text": Y(ticket_text, "phone", True),
            "county": G(lambda f: f.pick(IE_COUNTIES)),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "newsletter-opt-in": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Audience Entered",
        ["python_batch"],
        {
            "AUDIENCE_NAME": G(
                lambda f: f.pick(["lapsed_dna_buyers", "irish_roots_high_intent", "health_upsell"])
            ),
            "AUDIENCE_ID": G(lambda f: f.rint(10000, 99999)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "POSTCODE": Y(lambda f: f.postcode(), "zipcode"),
            "CITY": Y(lambda f: f.city(), "city"),
            "LAST_KIT_ACTIVATED_AT": G(lambda f: f.iso()),
            "PREDICTED_LTV": G(lambda f: f.money(20, 800)),
            "HAS_HEALTH_KIT": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Census Household Viewed",
        ["web", "swift"],
        {
            "record_id": G(lambda f: f.digits(11)),
            "collection_name": G(lambda f: f.pick(COLLECTIONS)),
            "members": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "relation_to_head": G(
                        lambda f: f.pick(["Head", "Wife", "Son", "Daughter", "Boarder", "Servant"])
                    ),
                    "age": G(lambda f: f.rint(0, 90)),
                    "birthplace": Y(lambda f: f.pick(OLD_PLACES), "city|address"),
                    "occupation": G(
                        lambda f: f.pick(["Farmer", "Scholar", "Labourer", "Dressmaker", "Publican"])
                    ),
                    "religion": Y(
                        lambda f: f.pick(["Roman Catholic", "Church of Ireland", "Presbyterian"]), "religion"
                    ),
                },
                6,
            ),
            "townland": G(lambda f: f.pick(TOWNLANDS)),
            "ded": G(lambda f: f.pick(["Skibbereen Urban", "Kilcoe", "Ballina Rural"])),
        },
    ),
    (
        "track",
        "Shipping Address Validated",
        ["go"],
        {
            "request_id": G(lambda f: f.uuid()),
            "input_street": Y(lambda f: f.us_street(), "address|street"),
            "input_city": Y(lambda f: f.pick(US_CITIES), "city"),
            "input_zip": Y(lambda f: f.us_zip(), "zipcode"),
            "dpv_match_code": G(lambda f: f.pick(["Y", "S", "D", "N"])),
            "rdi": G(lambda f: f.pick(["Residential", "Commercial"])),
            "latitude": Y(lambda f: round(f.r.uniform(25, 48), 5), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122, -71), 5), "geolocation"),
            "precision": G(lambda f: f.pick(["Zip9", "Rooftop", "Zip7"])),
            "county_name": G(lambda f: f.pick(["Suffolk", "Cook", "Allegheny", "Queens"])),
        },
    ),
    # -- pet DNA ------------------------------------------------------------------------------------
    (
        "track",
        "Pet Profile Created",
        ["swift", "rn"],
        {
            "pet_id": G(lambda f: f.uuid()),
            "pet_name": G(lambda f: f.pick(["Bran", "Luna", "Biscuit", "Murphy", "Daisy", "Finn", "Rolo"])),
            "species": G(lambda f: "dog"),
            "breed_guess": G(
                lambda f: f.pick(["Irish Wolfhound", "Border Collie", "Labrador mix", "Jack Russell"])
            ),
            "pet_birthdate": G(lambda f: f.date(2010, 2024)),
            "pet_sex": G(lambda f: f.pick(["male", "female"])),
            "neutered": G(lambda f: f.pick([True, False])),
            "weight_kg": G(lambda f: round(f.r.uniform(4, 70), 1)),
            "vet_clinic": G(
                lambda f: f.pick(["Riverside Vets, Ennis", "Oakwood Animal Hospital", "PDSA Liverpool"])
            ),
            "vet_phone": G(lambda f: f.pick(["+353 65 682 1234", "(412) 555-0199", "0151 496 0800"])),
            "microchip_id": G(lambda f: "372" + f.digits(12)),
            "kit_id": G(lambda f: f.kit_id()),
        },
    ),
    (
        "track",
        "Pet Breed Results Viewed",
        ["swift", "rn"],
        {
            "pet_id": G(lambda f: f.uuid()),
            "breed_mix": Many(
                {
                    "breed": G(
                        lambda f: f.pick(
                            ["Border Collie", "Labrador Retriever", "Irish Setter", "Beagle", "Terrier"]
                        )
                    ),
                    "pct": G(lambda f: f.rint(2, 100)),
                },
                4,
            ),
            "health_flags": G(lambda f: f.rint(0, 3)),
            "relatives_found": G(lambda f: f.rint(0, 40)),
        },
    ),
]


def tidy(msg: dict, f: Kin) -> None:
    """Make rendered bodies coherent the way real payloads are: optional keys come and go."""
    props = msg.get("properties") or {}
    if props.get("is_living") is True:
        props.pop("death_date", None)
        props.pop("death_place", None)
    if props.get("beo") is True:
        props.pop("dáta_báis", None)
        props.pop("áit_bháis", None)
    if props.get("sex") == "M" and "maiden_name" in props:
        del props["maiden_name"]
    if "gclid" in props and "fbclid" in props:
        del props[f.pick(["gclid", "fbclid"])]
    if props.get("is_gift") is False:
        props.pop("gift_recipient", None)
        props.pop("gift_message", None)
    if "shipping_address" in props and f.r.random() < 0.6:
        del props["shipping_address"]["line2"]
    if "Scheme" in props:
        drop = ["Iban", "Bic"] if props["Scheme"] == "bacs" else ["SortCode", "AccountNumber"]
        for key in drop:
            del props[key]


def build(seed: int, repeats: int):
    f = Kin(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "k_" + f.digits(8),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            tidy(msg, f)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=5505, repeats=26)
    write(Path(__file__).parent, "holdout55_", events, labels)
