"""Writes holdout141: tests/corpus/holdout141_events.jsonl and holdout141_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the evaluation script, and never scored by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout141`; deterministic (seed 141).

Domain: a rental-property management platform for landlords and tenants in the US and Australia
(AppFolio/Buildium-like). Listings, searches and showings (agent-led and self-guided tours with
ID checks and lockbox codes); rental applications with tenant screening (SSN, AU 100-point ID with
passport / licence / Medicare card, credit and background checks, income and employer,
co-applicants, occupants, pets, vehicles, references); leases and e-signature (a DocuSign-shaped
webhook); rent payments by ACH (Plaid + Stripe), card, AU BECS direct debit, PayID and Centrepay;
owner payouts and W-9s; maintenance requests with permission to enter, entry instructions and
smart-lock access codes (a Seam-shaped webhook); move-in and routine inspections; vendors,
technicians and property-manager staff; e-mail, SMS and call-tracking webhooks; the landlord tools
store (e-commerce spec: Product Viewed, Checkout Started, Order Completed). Clients: analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, flutter, and the python, node, go, java,
ruby, php and .NET server libraries, each with its own `context` block (ip, traits, device, app,
library, locale, userAgent, campaign, location, externalIds). identify, group, alias, page and
screen calls as well as track. Keys are mostly camelCase and snake_case; the rest are PascalCase
(.NET and Twilio-shaped payloads), kebab-case (a web form library), SCREAMING_SNAKE (a reverse-ETL
warehouse sync) and Spanish (the Spanish-language tenant portal US customers run).

Conventions: the persona of each message (US or AU) is coherent: context.traits, the identify
traits and the applicant's own fields describe one person; other people (co-applicants, occupants,
references, landlords, staff, technicians, signers) are generated separately. Values follow real
formats: NANP and Australian phone numbers (mobile and landline, national and E.164) plus a few
foreign ones; SSNs of valid structure; Luhn-valid card numbers; ABA routing numbers with their
checksum; ABNs and Medicare numbers with their checksums; VINs with a valid check digit;
mod-97 IBANs.

Labelling rules (the Privacy Portal's default colours): each leaf path is labelled red, yellow or
green with the reference's matcher name (or bank account, geolocation, secret, national id, health
id, advertising id, credit card, token, credit score, criminal record; `a|b` when either is fair)
and value_only (true when the key does not say what the value is). PII = personal data about a
natural person (the user, a co-applicant, occupant, reference, emergency contact, staff member,
technician, signer). Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums,
counters and booleans even under PII-sounding keys, product / plan / company / pet names, country,
state, locale, currency, user agents, OS-issued device ids; card brand, last four and expiry; ABA
routing numbers and BSBs. The product's published policy for contested cases is followed (ages,
age bands, employers, job titles, customer / account numbers a business issues are green; a
business's own phone, e-mail and address are green; pay and income yellow `salary`; credit scores
yellow `credit score`; insurance policy numbers yellow `identification`; plates yellow `license`;
VINs yellow `serial`; gclid / fbp / fbc yellow `advertising id`; billing addresses yellow; `pm_`
ids, Plaid tokens, invite and one-time codes red `token`; Medicare numbers red `health id`; visa
answers red `visa`). Rules this corpus had to settle itself, as a careful privacy owner would:
- A listing's address, suburb, postcode and map coordinates are a place on the market (like a
  store's): green. The address on a lease, a work order, a utility or a tenant's own profile is
  the tenant's home: yellow `address`. A searched location is green.
- Smart-lock, lockbox and gate codes are credentials to a person's home: red `secret`; a building
  Wi-Fi password given to a tenant is red `password`.
- A driver's licence number under a key that says so is yellow `license` (as the other corpora
  label it); an identity-document number whose document type varies (passport or licence) is red
  `passport|license|national id` (an identity document's number, policy).
- Answers revealing a criminal record (a felony question, a count of criminal records found) are
  yellow `criminal record` (a special category outside the reference table); eviction counts,
  bankruptcies and voucher flags are green counters / booleans.
- An assistance animal flag and accessibility accommodations reveal a disability: red
  `disability`; a military / veteran status enum is red `veteran`.
- A credit-score band is still a credit score: yellow. A sha256 of an e-mail sent for ad matching
  is the person's pseudonymous identifier: yellow `email`.
- Photos of fixtures in maintenance requests and inspections are green; a person's avatar or
  ID-check selfie is yellow `photo`. Twilio's FromCity / FromZip (the caller's number area) are
  labelled like the person's city and zip code.
- The contact details of a listing agent, an individual landlord, a technician or a vendor's
  contact person are a natural person's: yellow; an office's, a vendor company's, a role mailbox's
  and a call-tracking or Twilio `To` number are the business's: green.
- Utility account numbers, bond lodgement numbers, Centrepay references, screening request ids and
  Plaid account ids are numbers a business or authority issues: green; a Centrelink CRN is a
  government id: red `national id`; an SSN or ITIN given as an owner's TIN is red.
- value_only paths hold their PII in every value (a form field's `value` is always the typed
  e-mail, phone or name; `input` is always the typed street); free text without PII in any value
  is green.
"""

import hashlib
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

FIRSTS = [
    "Liam",
    "Olivia",
    "Chloe",
    "Jack",
    "Aarav",
    "Priya",
    "Wei",
    "Mei Ling",
    "Thanh",
    "Minh",
    "Giorgos",
    "Eleni",
    "Mohammed",
    "Fatima",
    "Sione",
    "Mele",
    "Jarrah",
    "Kirra",
    "Siobhan",
    "Declan",
    "Carlos",
    "María José",
    "Guadalupe",
    "DeShawn",
    "Keisha",
    "Jamal",
    "Ava",
    "Ethan",
    "Hiroshi",
    "Soo-ah",
    "Ji-ho",
    "Kwame",
    "Ngozi",
    "Olumide",
    "Anastasia",
    "Dmitri",
    "Ewa",
    "Tomasz",
    "Ingrid",
    "Rahul",
    "Zainab",
    "Yusuf",
    "Ayesha",
    "Luca",
    "Giulia",
    "Sebastián",
    "Valentina",
    "Noa",
    "Aroha",
    "Wiremu",
    "Bridget",
    "Tyler",
    "Hannah",
    "Raj",
    "Linh",
    "Camila",
]
LASTS = [
    "Smith",
    "Williams",
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Chen",
    "Wang",
    "Zhang",
    "Papadopoulos",
    "Georgiou",
    "Khoury",
    "Haddad",
    "Al-Sayed",
    "Tuilagi",
    "Walker",
    "O'Connor",
    "Murphy",
    "García",
    "Hernández",
    "Rodríguez",
    "López",
    "Washington",
    "Jackson",
    "Johnson",
    "Kim",
    "Park",
    "Singh",
    "Patel",
    "Sharma",
    "Mehta",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Ivanova",
    "Kowalski",
    "Nowak",
    "Andersson",
    "Rossi",
    "Cohen",
    "Ngata",
    "Kaur",
    "Hussain",
    "Yilmaz",
    "Dubois",
    "Müller",
    "Fitzgerald",
    "Brown",
    "Martinez",
    "Thompson",
    "De Souza",
    "Baptiste",
]
MAIL_DOMAINS_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]
MAIL_DOMAINS_AU = ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"]

US_PLACES = [
    ("Chicago", "IL", "606"),
    ("Austin", "TX", "787"),
    ("Oakland", "CA", "946"),
    ("Brooklyn", "NY", "112"),
    ("Denver", "CO", "802"),
    ("Atlanta", "GA", "303"),
    ("Phoenix", "AZ", "850"),
    ("Seattle", "WA", "981"),
    ("Miami", "FL", "331"),
    ("Columbus", "OH", "432"),
    ("Los Angeles", "CA", "900"),
    ("Charlotte", "NC", "282"),
]
US_STREETS = [
    "W Belmont Ave",
    "Linden St",
    "Mission St",
    "E 14th St",
    "N Lamar Blvd",
    "Peachtree St NE",
    "Colfax Ave",
    "Pine St",
    "SW 8th St",
    "High St",
    "Sunset Blvd",
    "Nostrand Ave",
    "Oak Park Dr",
]
US_UNITS = ["Apt 3R", "Unit 12", "#204", "Apt 5C", "Apt 1", "Unit B", "#1107"]
AU_PLACES = [
    ("Surry Hills", "NSW", "2010"),
    ("Bondi", "NSW", "2026"),
    ("Parramatta", "NSW", "2150"),
    ("Marrickville", "NSW", "2204"),
    ("Fitzroy", "VIC", "3065"),
    ("Brunswick", "VIC", "3056"),
    ("Hawthorn", "VIC", "3122"),
    ("Footscray", "VIC", "3011"),
    ("New Farm", "QLD", "4005"),
    ("Fortitude Valley", "QLD", "4006"),
    ("Subiaco", "WA", "6008"),
    ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"),
    ("Braddon", "ACT", "2612"),
]
AU_STREETS = [
    "Crown St",
    "Bondi Rd",
    "Church St",
    "Illawarra Rd",
    "Brunswick St",
    "Sydney Rd",
    "Glenferrie Rd",
    "Barkly St",
    "Merthyr Rd",
    "Ann St",
    "Rokeby Rd",
    "Jetty Rd",
    "Lonsdale St",
]


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


@dataclass
class Persona:
    market: str
    first: str
    last: str
    email: str
    phone: str
    street: str
    unit: str
    city: str
    state: str
    zip: str
    dob: str
    lat: float
    lon: float

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def one_line(self) -> str:
        if self.market == "AU":
            return f"{self.unit}/{self.street}, {self.city} {self.state} {self.zip}"
        return f"{self.street} {self.unit}, {self.city}, {self.state} {self.zip}"


class RFake(Fake):
    """Fake with per-message persona and the US / AU formats this domain needs."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p = self.persona("US")
        self.slot: dict[str, str] = {}

    # people
    def first(self):
        return self.pick(FIRSTS)

    def last(self):
        return self.pick(LASTS)

    def name(self):
        return f"{self.first()} {self.last()}"

    def email_for(self, first: str, last: str, market: str = "US") -> str:
        user = ascii_fold(first).replace(" ", "").replace("-", "")
        surname = ascii_fold(last).replace(" ", "").replace("'", "").replace("-", "")
        style = self.pick(["dot", "plain", "initial", "num", "under"])
        local = {
            "dot": f"{user}.{surname}",
            "plain": f"{user}{surname}",
            "initial": f"{user[0]}{surname}",
            "num": f"{user}{surname[:4]}{self.r.randint(70, 99)}",
            "under": f"{user}_{surname}{self.r.randint(1, 9)}",
        }[style]
        return f"{local}@{self.pick(MAIL_DOMAINS_AU if market == 'AU' else MAIL_DOMAINS_US)}"

    def any_email(self):
        return self.email_for(self.first(), self.last(), self.pick(["US", "AU"]))

    def us_phone(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def au_phone(self):
        mob = f"4{self.r.randint(0, 99):02d}{self.r.randint(0, 999999):06d}"
        area = self.pick(["2", "3", "7", "8"])
        land = f"{self.pick(['9', '8', '4'])}{self.r.randint(0, 9999999):07d}"
        return self.pick(
            [
                f"0{mob[:3]} {mob[3:6]} {mob[6:]}",
                f"+61 {mob[:3]} {mob[3:6]} {mob[6:]}",
                f"+61{mob}",
                f"0{mob}",
                f"(0{area}) {land[:4]} {land[4:]}",
                f"+61 {area} {land[:4]} {land[4:]}",
            ]
        )

    def foreign_phone(self):
        r = self.r
        return self.pick(
            [
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
                f"+64 21 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+86 13{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            ]
        )

    def person_phone(self, market=None):
        market = market or self.p.market
        if self.r.random() < 0.08:
            return self.foreign_phone()
        return self.au_phone() if market == "AU" else self.us_phone()

    def any_phone(self):
        return self.person_phone(self.pick(["US", "AU"]))

    def persona(self, market: str) -> Persona:
        first, last = self.first(), self.last()
        if market == "AU":
            city, state, zipc = self.pick(AU_PLACES)
            street = f"{self.r.randint(1, 240)} {self.pick(AU_STREETS)}"
            unit = str(self.r.randint(1, 30))
            lat, lon = round(self.r.uniform(-37.9, -27.3), 6), round(self.r.uniform(115.7, 153.2), 6)
        else:
            city, state, prefix = self.pick(US_PLACES)
            zipc = f"{prefix}{self.r.randint(1, 99):02d}"
            street = f"{self.r.randint(10, 9899)} {self.pick(US_STREETS)}"
            unit = self.pick(US_UNITS)
            lat, lon = round(self.r.uniform(25.7, 47.7), 6), round(self.r.uniform(-122.4, -73.9), 6)
        return Persona(
            market,
            first,
            last,
            self.email_for(first, last, market),
            "",
            street,
            unit,
            city,
            state,
            zipc,
            self.date(1958, 2005),
            lat,
            lon,
        )

    def new_persona(self, market: str) -> None:
        self.p = self.persona(market)
        self.p.phone = self.person_phone(market)

    def other_address(self, market=None):
        q = self.persona(market or self.p.market)
        return q.one_line()

    # government and financial ids
    def itin(self):
        group = self.pick([*range(70, 89), 90, 91, 92, *range(94, 100)])
        return f"9{self.r.randint(0, 99):02d}-{group}-{self.r.randint(1, 9999):04d}"

    def medicare(self):
        digits = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(digits, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        n = "".join(map(str, digits)) + str(check) + str(self.r.randint(1, 5))
        return self.pick([n, f"{n[:4]} {n[4:9]} {n[9]}"])

    def abn(self):
        weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        rest = [self.r.randint(0, 9) for _ in range(9)]
        for lead in range(10, 100):
            digits = [lead // 10, lead % 10, *rest]
            if sum(w * (d - (1 if i == 0 else 0)) for i, (d, w) in enumerate(zip(digits, weights))) % 89 == 0:
                n = "".join(map(str, digits))
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"
        return self.abn()

    def crn(self):
        r = self.r
        return f"{r.randint(200, 699)} {r.randint(100, 999)} {r.randint(100, 999)}{self.pick('ABCHJKLSTX')}"

    def ein(self):
        prefix = self.pick(["12", "20", "27", "45", "46", "81", "82", "84", "87", "93"])
        return f"{prefix}-{self.r.randint(1000000, 9999999)}"

    def aba(self):
        prefix = self.pick(
            ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "26", "31"]
        )
        d = [int(c) for c in prefix] + [self.r.randint(0, 9) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def bsb(self):
        bank = self.pick(["062", "063", "032", "033", "083", "084", "013", "012", "923", "484"])
        return f"{bank}-{self.r.randint(0, 999):03d}"

    def vin(self):
        trans = {
            c: v
            for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "IRZ"])
            for c in cs
        }
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        chars = [self.pick(["1", "2", "3", "5", "J", "K", "W"])] + [self.pick(alphabet) for _ in range(16)]
        total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(chars, weights))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    def letters(self, n):
        return "".join(self.pick(string.ascii_uppercase) for _ in range(n))

    def plate(self):
        r = self.r
        return self.pick(
            [
                f"{r.randint(5, 9)}{self.letters(3)}{r.randint(100, 999)}",
                f"{self.letters(3)}-{r.randint(1000, 9999)}",
                f"{self.letters(2)}{r.randint(10, 99)}{self.letters(2)}",
                f"{r.randint(1, 9)}{self.letters(2)}{r.randint(1, 9)}{self.letters(2)}",
            ]
        )

    def us_dl(self):
        return self.pick(
            [
                self.pick(string.ascii_uppercase) + self.digits(7),
                self.digits(8),
                self.digits(9),
                self.pick(string.ascii_uppercase) + self.digits(12),
            ]
        )

    def au_licence(self):
        return self.pick([self.digits(8), self.digits(9), self.digits(7)])

    def passport(self):
        return self.pick(
            [
                self.digits(9),
                self.pick("ACE") + self.digits(8),
                self.pick(["PA", "PB", "RA"]) + self.digits(7),
                self.pick("NEM") + self.digits(7),
            ]
        )

    def id_doc(self):
        t = self.pick(["passport", "drivers_licence"])
        self.slot["id_type"] = t
        return t

    def id_doc_number(self):
        return self.passport() if self.slot.get("id_type") == "passport" else self.au_licence()

    def bank_account_us(self):
        return self.digits(self.r.randint(9, 12))

    def bank_account_au(self):
        return self.pick([self.digits(9), f"{self.digits(4)} {self.digits(5)}", self.digits(8)])

    def stripe_pm(self):
        alnum = string.ascii_letters + string.digits
        return "pm_1" + "".join(self.pick(alnum) for _ in range(23))

    def alnum(self, n):
        return "".join(self.pick(string.ascii_letters + string.digits) for _ in range(n))

    def ip(self):
        if self.r.random() < 0.25:
            prefix = self.pick(["2600:1700", "2601:646", "2001:8003", "2403:5800", "2a02:8108"])
            return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))
        return self.ipv4()

    def gclid(self):
        return "Cj0KCQjw" + "".join(self.pick(string.ascii_letters + string.digits + "-_") for _ in range(80))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.IwAR{self.alnum(40)}"

    def code(self, lo=4, hi=8):
        return self.digits(self.r.randint(lo, hi))

    def money_au(self, lo, hi):
        return round(self.r.uniform(lo, hi) / 5) * 5


# -- reusable values --------------------------------------------------------------------------------

PM_COMPANIES = [
    "Harbor & Pine Property Management",
    "Coastline Realty",
    "Lakeview Residential LLC",
    "Summit Rentals",
    "Bridgewater Living",
    "Red Gum Property Group",
    "Southbank Leasing Co",
]
BUSINESS_PHONES = [
    "(312) 555-0147",
    "1300 664 210",
    "+1 800 555 0199",
    "(02) 8123 4400",
    "1800 227 915",
    "(512) 555-0123",
]
ROLE_MAILBOXES = [
    "leasing@harborpine.com",
    "maintenance@coastlinerealty.com.au",
    "support@tenantry.app",
    "no-reply@tenantry.app",
    "accounts@redgumproperty.com.au",
    "office@summitrentals.com",
]
OFFICE_ADDRESSES = [
    "400 N Michigan Ave Suite 1200, Chicago, IL 60611",
    "Level 3, 55 Clarence St, Sydney NSW 2000",
    "1701 Congress Ave, Austin, TX 78701",
    "Suite 4, 120 Collins St, Melbourne VIC 3000",
]
VENDORS = [
    "Rapid Rooter Plumbing",
    "Sparky's Electrical Pty Ltd",
    "CoolAir HVAC",
    "Bug Off Pest Control",
    "Handy Helpers",
    "Brightside Cleaning",
    "Aussie Locksmiths",
    "ProAppliance Repair",
]
PAGES = [
    "/",
    "/listings",
    "/listings/chicago-il",
    "/apply",
    "/portal/payments",
    "/portal/maintenance",
    "/owners",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
PETS = ["Biscuit", "Luna", "Milo", "Bella", "Rocky", "Coco", "Max", "Daisy", "Pepper", "Ziggy"]
SCREENING_PRODUCTS = [
    ("scr_basic", "SCR-BASIC", "Basic Screening (Credit + Eviction)", "Screening", 29.95),
    ("scr_premium", "SCR-PREM", "Premium Screening (Credit, Criminal, Eviction, Income)", "Screening", 44.95),
    ("lease_ca_2024", "LSE-CA-24", "California Residential Lease (2024)", "Lease Forms", 19.0),
    ("lease_nsw_std", "LSE-NSW-STD", "NSW Standard Form Residential Tenancy Agreement", "Lease Forms", 0.0),
    ("boost_7d", "LST-BOOST-7", "Listing Boost (7 days)", "Marketing", 39.0),
    ("rent_guard", "RG-12M", "Rent Guarantee (12 months)", "Insurance", 249.0),
]


def product_field(i: int):
    return lambda f: f.pick(SCREENING_PRODUCTS)[i]


def pii_message(f: RFake) -> str:
    phone = f.p.phone if f.r.random() < 0.7 else f.person_phone()
    return f.pick(
        [
            f"Hi, I'm {f.p.first}. Is this still available? Text me on {phone}",
            f"Can I view it this weekend? My number is {phone}",
            f"Interested for 2 adults + 1 cat. Call {phone} any time after 5",
            f"hello, please call me back {phone} thanks",
            f"Is parking included? Best contact {phone}",
        ]
    )


def entry_note(f: RFake) -> str:
    c = f.code(4, 6)
    return f.pick(
        [
            f"Lockbox on the side gate, code {c}",
            f"Door code is {c}#, dog is friendly",
            f"Use keypad {c} then turn the knob left",
            f"Gate code {c}. Please text before coming",
            f"Key in lockbox by garage (code {c})",
        ]
    )


def accommodation_details(f: RFake) -> str:
    return f.pick(
        [
            "I use a wheelchair and need a ramp at the rear entrance",
            "My son is autistic and noise from the laundry room is very hard for him",
            "I am deaf, please install a visual fire alarm",
            "I have MS and cannot manage the stairs, requesting a ground floor transfer",
            "Low vision - need brighter lighting in the stairwell",
            "I need my emotional support dog for my PTSD",
        ]
    )


def support_body(f: RFake) -> str:
    addr = f.other_address()
    return f.pick(
        [
            f"I've moved out, please send my bond refund letter to {addr}",
            f"My new mailing address is {addr}",
            f"Please update my address to {addr} for the rent receipts",
            f"Forwarding address: {addr}. Thanks!",
        ]
    )


def slot(name: str, gen):
    def inner(f: RFake):
        value = gen(f)
        f.slot[name] = value
        return value

    return inner


FORM_FIELDS = ["email", "phone", "last_name", "first_name"]


def form_value(f: RFake):
    field = f.slot.get("field")
    return {
        "email": f.p.email,
        "phone": f.p.phone,
        "last_name": f.p.last,
        "first_name": f.p.first,
    }[field]


def sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


# -- contexts ---------------------------------------------------------------------------------------


def locale(f: RFake):
    return "en-AU" if f.p.market == "AU" else f.pick(["en-US", "en-US", "es-US"])


def tz(f: RFake):
    if f.p.market == "AU":
        return f.pick(["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth"])
    return f.pick(["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"])


def web_ctx():
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.slot.setdefault("page", f.pick(PAGES))),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.realestate.com.au/",
                        "https://www.zillow.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=email"])),
            "title": G(lambda f: f.pick(["Tenantry | Rentals", "Apply | Tenantry", "Resident Portal"])),
            "url": G(lambda f: "https://app.tenantry.com" + f.slot.get("page", "/")),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_leasing", "eofy_owners", "brand_search"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social"])),
            "term": G(lambda f: f.pick(["apartments for rent", "property manager near me", "rentals bondi"])),
            "content": G(lambda f: f.pick(["ad_a", "hero_cta"])),
        },
        "traits": {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "userType": G(lambda f: f.pick(["tenant", "landlord", "property_manager"])),
        },
    }


def app_block(f_name="Tenantry"):
    return {
        "name": G(lambda f: f.pick(["Tenantry", "Tenantry Manager"])),
        "version": G(lambda f: f.pick(["6.4.0", "6.5.2", "6.6.1"])),
        "build": G(lambda f: f.pick(["640", "652", "661"])),
        "namespace": G(lambda f: f.pick(["com.tenantry.resident", "com.tenantry.manager"])),
    }


def swift_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(tz),
        "traits": {"email": Y(lambda f: f.p.email, "email")},
    }


def kotlin_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2451"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5958L1"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "timezone": G(tz),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(tz),
        "location": {
            "latitude": Y(lambda f: f.p.lat, "geolocation"),
            "longitude": Y(lambda f: f.p.lon, "geolocation"),
        },
        "traits": {"email": Y(lambda f: f.p.email, "email")},
    }


def flutter_ctx():
    return {
        "app": app_block(),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Google", "Apple"])),
            "model": G(lambda f: f.pick(["Pixel 7a", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.5"])),
        },
        "screen": {"width": G(lambda f: 412), "height": G(lambda f: 915)},
        "timezone": G(tz),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.1",
    "analytics-php": "3.7.0",
    "analytics-csharp": "2.4.0",
}


def server_ctx(lib: str, ip: bool = False):
    def make():
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if ip:
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
        return ctx

    return make


def node_ctx():
    return {
        "library": {"name": G(lambda f: "analytics-node"), "version": G(lambda f: "2.1.2")},
        "ip": Y(lambda f: f.ip(), "ip"),
        "userAgent": G(lambda f: f.pick(UAS)),
        "groupId": G(lambda f: "org_" + f.digits(5)),
        "externalIds": Many(
            {
                "id": G(lambda f: "cus_" + f.alnum(14)),
                "type": G(lambda f: "stripe_customer_id"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
    }


CONTEXTS = {
    "web": web_ctx,
    "ios": swift_ctx,
    "android": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "node": node_ctx,
    "python": server_ctx("analytics-python", ip=True),
    "go": server_ctx("analytics-go"),
    "java": server_ctx("analytics-java"),
    "ruby": server_ctx("analytics-ruby"),
    "php": server_ctx("analytics-php", ip=True),
    "dotnet": server_ctx("analytics-csharp"),
}
MOBILE = ("ios", "android", "rn", "flutter")
SERVER = ("node", "python", "go", "java", "ruby", "php")

# -- messages ---------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, market or None, body)

IDENTIFY = [
    (
        "identify",
        None,
        ("web", "ios", "rn", "android"),
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "firstName": Y(lambda f: f.p.first, "name"),
            "lastName": Y(lambda f: f.p.last, "name"),
            "phone": Y(lambda f: f.p.phone, "phone"),
            "address": {
                "street": Y(
                    lambda f: (
                        f"{f.p.street} {f.p.unit}" if f.p.market == "US" else f"{f.p.unit}/{f.p.street}"
                    ),
                    "street|address",
                ),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "postalCode": Y(lambda f: f.p.zip, "zipcode"),
                "country": G(lambda f: f.p.market),
            },
            "birthday": Y(lambda f: f.p.dob, "birthdate"),
            "avatar": Y(lambda f: f"https://cdn.tenantry.com/avatars/{f.hexid(20)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "userType": G(lambda f: f.pick(["tenant", "landlord", "property_manager", "vendor"])),
            "market": G(lambda f: f.p.market),
            "preferredLanguage": G(lambda f: f.pick(["en", "es"])),
            "autopayEnabled": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "propertyId": G(lambda f: f.digits(6)),
        },
    ),
    (
        "identify",
        None,
        ("python", "php"),
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "mobile": Y(lambda f: f.p.phone, "phone"),
            "mailing_address": Y(lambda f: f.p.one_line(), "address"),
            "owner_type": G(lambda f: f.pick(["individual", "individual", "joint"])),
            "company_name": G(
                lambda f: f.pick(
                    ["", "Sharma Family Trust", "Oakridge Holdings LLC", "Tran Investments Pty Ltd"]
                )
            ),
            "portfolio_size": G(lambda f: f.r.randint(1, 40)),
            "payout_method": G(lambda f: f.pick(["ach", "becs", "check"])),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "time_zone": G(tz),
            "age_band": G(lambda f: f.pick(["25-34", "35-44", "45-54", "55-64", "65+"])),
        },
    ),
    (
        "identify",
        None,
        ("java",),
        None,
        {
            "TENANT_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: f.p.email, "email"),
            "FULL_NAME": Y(lambda f: f.p.name, "name"),
            "MOBILE_NUMBER": Y(lambda f: f.p.phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.p.dob, "birthdate"),
            "LEASE_END_DATE": G(lambda f: f.date(2024, 2026)),
            "MONTHLY_RENT_USD": G(lambda f: f.money(900, 4800)),
            "DAYS_DELINQUENT": G(lambda f: f.pick([0, 0, 0, 3, 12, 35])),
            "BALANCE_DUE": G(lambda f: f.pick([0.0, 0.0, f.money(50, 3000)])),
            "RISK_TIER": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(520, 830), "credit score"),
            "LAST_PAYMENT_METHOD": G(lambda f: f.pick(["ACH", "CARD", "CASH_PAY"])),
            "PROPERTY_NAME": G(
                lambda f: f.pick(["The Belmont", "Linden Court", "Mission Lofts", "Peachtree Commons"])
            ),
            "UNIT_NUMBER": G(lambda f: f.pick(["3R", "204", "12", "1107", "B"])),
        },
    ),
    (
        "group",
        None,
        ("web", "node", "ruby"),
        None,
        {
            "name": G(lambda f: f.pick(PM_COMPANIES)),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "plan": G(lambda f: f.pick(["core", "plus", "max"])),
            "officePhone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "supportEmail": G(lambda f: f.pick(ROLE_MAILBOXES)),
            "officeAddress": G(lambda f: f.pick(OFFICE_ADDRESSES)),
            "doorsUnderManagement": G(lambda f: f.r.randint(50, 8000)),
            "businessNumber": G(lambda f: f.pick([f.abn(), f.ein()])),
            "agencyLicenceNumber": G(lambda f: f.pick(["10" + f.digits(6), "PM." + f.digits(7)])),
        },
    ),
    ("alias", None, ("web", "ios", "node"), None, {}),
    (
        "page",
        "Listing",
        ("web",),
        None,
        {
            "path": G(lambda f: f"/listings/{f.digits(7)}"),
            "url": G(lambda f: f"https://app.tenantry.com/listings/{f.digits(7)}"),
            "title": G(
                lambda f: f.pick(
                    ["2 bed apartment in Fitzroy | Tenantry", "Studio near Wicker Park | Tenantry"]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.domain.com.au/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=zillow", "?share=1"])),
            "listing_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "screen",
        "Maintenance Request Detail",
        MOBILE,
        None,
        {
            "request_id": G(lambda f: "MR-" + f.digits(6)),
            "tab": G(lambda f: f.pick(["details", "messages", "photos"])),
        },
    ),
]

LISTINGS = [
    (
        "track",
        "Listings Searched",
        ("web", "ios", "android", "rn"),
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "2 bed pet friendly",
                        "studio near Bondi Beach",
                        "3br house with yard",
                        "apartments wicker park",
                        "furnished room",
                    ]
                )
            ),
            "location": G(
                lambda f: f.pick(
                    ["Bondi NSW", "Chicago, IL", "Fitzroy VIC 3065", "Austin TX", "Brisbane City"]
                )
            ),
            "min_rent": G(lambda f: f.pick([0, 400, 1200, 1500])),
            "max_rent": G(lambda f: f.pick([800, 2500, 3000, 4500])),
            "bedrooms": G(lambda f: f.pick([0, 1, 2, 3])),
            "pets_allowed": G(lambda f: f.pick([True, False])),
            "results_count": G(lambda f: f.r.randint(0, 340)),
            "map_center_lat": G(lambda f: f.pick([-33.8915, 41.8781, -37.7985, 30.2672])),
            "map_center_lng": G(lambda f: f.pick([151.2767, -87.6298, 144.9780, -97.7431])),
        },
    ),
    (
        "track",
        "Listing Viewed",
        ("web", "ios", "android"),
        None,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "property_id": G(lambda f: f.digits(6)),
            "unit_id": G(lambda f: f.digits(7)),
            "address": G(lambda f: f.other_address()),
            "city": G(lambda f: f.pick([c for c, _, _ in AU_PLACES] + [c for c, _, _ in US_PLACES])),
            "state": G(lambda f: f.pick(["NSW", "VIC", "IL", "TX", "CA"])),
            "rent": G(lambda f: f.pick([f.money_au(350, 1200), f.money(900, 4500)])),
            "bedrooms": G(lambda f: f.pick([0, 1, 2, 3])),
            "available_from": G(lambda f: f.date(2024, 2025)),
            "latitude": G(lambda f: round(f.r.uniform(-37.9, -33.7), 6)),
            "longitude": G(lambda f: round(f.r.uniform(144.8, 151.3), 6)),
            "listing_agent": {
                "name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.au_phone(), "phone"),
                "email": Y(
                    lambda f: f.email_for(f.first(), f.last()).split("@")[0] + "@coastlinerealty.com.au",
                    "email",
                ),
            },
            "office_phone": G(lambda f: f.pick(BUSINESS_PHONES)),
        },
    ),
    (
        "track",
        "Listing Published",
        ("web",),
        None,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Sunny 2BR with balcony",
                        "Renovated studio, walk to train",
                        "Family home with big yard",
                        "Top-floor 1 bed + study",
                    ]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Bright north-facing unit, new kitchen, secure parking. Close to shops and cafes.",
                        "Hardwood floors, in-unit laundry, heat included. Cats OK.",
                        "Quiet street, ducted air, two living areas. Available now.",
                    ]
                )
            ),
            "rent": G(lambda f: f.pick([f.money_au(350, 1200), f.money(900, 4500)])),
            "address_line1": G(lambda f: f"{f.r.randint(1, 999)} {f.pick(AU_STREETS + US_STREETS)}"),
            "listing_postcode": G(lambda f: f.pick([z for _, _, z in AU_PLACES])),
            "amenities": Many(G(lambda f: f.pick(["dishwasher", "parking", "aircon", "pool", "gym"])), 4),
            "pet_policy": G(lambda f: f.pick(["cats_ok", "dogs_ok", "no_pets", "negotiable"])),
            "landlord_contact_phone": Y(lambda f: f.person_phone(), "phone"),
            "syndicate_to": Many(
                G(lambda f: f.pick(["zillow", "apartments.com", "realestate.com.au", "domain"])), 2
            ),
        },
    ),
    (
        "track",
        "Inquiry Submitted",
        ("web",),
        None,
        {
            "listing_id": G(lambda f: f.digits(7)),
            "full_name": Y(lambda f: f.p.name, "name"),
            "contact": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            "message": Y(pii_message, "phone", True),
            "move_in_date": G(lambda f: f.date(2024, 2025)),
            "household_size": G(lambda f: f.r.randint(1, 5)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "fbc": Y(lambda f: f.fbc(), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["spring_leasing", "brand_search"])),
        },
    ),
    (
        "track",
        "Showing Scheduled",
        ("web", "ios", "rn"),
        None,
        {
            "showing_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "showing_type": G(lambda f: f.pick(["self_guided", "agent_led", "virtual", "open_home"])),
            "scheduled_for": G(lambda f: f.iso()),
            "prospect": {
                "name": Y(lambda f: f.p.name, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
            },
            "agent_id": G(lambda f: f.digits(5)),
            "party_size": G(lambda f: f.r.randint(1, 4)),
            "note": G(
                lambda f: f.pick(
                    ["Can we come after 5pm?", "Running 10 min late", "", "Will bring my partner"]
                )
            ),
            "reminder_sms": G(lambda f: f.pick([True, False])),
            "label": Y(lambda f: f"Showing - {f.p.name}", "name", True),
        },
    ),
    (
        "track",
        "Self-Guided Tour Started",
        ("rn", "android", "ios"),
        None,
        {
            "tour_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "id_verification": {
                "provider": G(lambda f: "persona"),
                "inquiry_id": G(lambda f: "inq_" + f.alnum(24)),
                "status": G(lambda f: f.pick(["approved", "approved", "needs_review"])),
                "document_type": G(lambda f: f.pick(["drivers_license", "passport", "id_card"])),
                "name_on_id": Y(lambda f: f.p.name.upper(), "name"),
                "selfie_url": Y(lambda f: f"https://files.withpersona.com/selfies/{f.uuid()}.jpg", "photo"),
            },
            "lock": {
                "lock_id": G(lambda f: f.uuid()),
                "vendor": G(lambda f: f.pick(["rently", "igloohome", "schlage"])),
                "code": RED(lambda f: f.code(4, 7), "secret"),
                "code_expires_at": G(lambda f: f.iso()),
            },
            "device_lat": Y(lambda f: f.p.lat, "geolocation"),
            "device_lng": Y(lambda f: f.p.lon, "geolocation"),
            "distance_from_property_m": G(lambda f: f.r.randint(3, 400)),
        },
    ),
]

APPLICATIONS = [
    (
        "track",
        "Application Started",
        ("web", "ios"),
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "applicant_type": G(lambda f: f.pick(["primary", "co_applicant", "guarantor"])),
            "application_fee": G(lambda f: f.pick([0, 25, 40, 55])),
            "step": G(lambda f: f.r.randint(1, 7)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ("web",),
        None,
        {
            "form_name": G(lambda f: f.pick(["rental_application", "contact_us", "signup"])),
            "field": G(slot("field", lambda f: f.pick(FORM_FIELDS))),
            "value": Y(form_value, "email|phone|name", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 40000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rental Application Submitted",
        ("web", "node"),
        "US",
        {
            "application_id": G(lambda f: f.uuid()),
            "listing_id": G(lambda f: f.digits(7)),
            "applicant": {
                "first_name": Y(lambda f: f.p.first, "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.p.email, "email"),
                "phone": Y(lambda f: f.p.phone, "phone"),
                "date_of_birth": Y(lambda f: f.p.dob, "birthdate"),
                "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
                "drivers_license_number": Y(lambda f: f.us_dl(), "license"),
                "drivers_license_state": G(lambda f: f.p.state),
                "military_status": RED(
                    lambda f: f.pick(["none", "none", "veteran", "active_duty", "reserve"]), "veteran"
                ),
            },
            "current_residence": {
                "street": Y(lambda f: f.p.street, "street|address"),
                "unit": Y(lambda f: f.p.unit, "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "zip": Y(lambda f: f.p.zip, "zipcode"),
                "monthly_rent": G(lambda f: f.money(700, 3500)),
                "landlord_name": Y(lambda f: f.name(), "name"),
                "landlord_phone": Y(lambda f: f.us_phone(), "phone"),
                "reason_for_leaving": G(
                    lambda f: f.pick(["relocating", "need more space", "rent increase", "buying a home"])
                ),
            },
            "employment": {
                "status": G(lambda f: f.pick(["employed", "self_employed", "student", "retired"])),
                "employer": G(
                    lambda f: f.pick(
                        ["Walgreens", "Northwestern Medicine", "Dell", "Self", "City of Austin", "Amazon"]
                    )
                ),
                "job_title": G(
                    lambda f: f.pick(
                        ["Registered Nurse", "Software Engineer", "Barista", "Teacher", "Warehouse Associate"]
                    )
                ),
                "monthly_income": Y(lambda f: f.r.randint(2200, 16000), "salary"),
                "start_date": G(lambda f: f.date(2010, 2024)),
                "supervisor_name": Y(lambda f: f.name(), "name"),
                "employer_phone": G(lambda f: f.pick(["(312) 926-2000", "(512) 728-7800", "1-800-925-4733"])),
            },
            "occupants": Many(
                {
                    "name": Y(lambda f: f"{f.first()} {f.p.last}", "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "partner", "roommate", "parent"])),
                    "age": G(lambda f: f.r.randint(1, 70)),
                },
                3,
            ),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(PETS)),
                    "type": G(lambda f: f.pick(["dog", "cat", "bird"])),
                    "breed": G(
                        lambda f: f.pick(
                            ["Labrador", "Domestic Shorthair", "Cavoodle", "Pit Bull mix", "Budgie"]
                        )
                    ),
                    "weight_lbs": G(lambda f: f.r.randint(2, 90)),
                    "is_assistance_animal": RED(lambda f: f.pick([True, False, False]), "disability"),
                },
                2,
            ),
            "vehicles": Many(
                {
                    "make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Tesla", "Hyundai"])),
                    "model": G(lambda f: f.pick(["Camry", "Civic", "F-150", "Model 3", "Elantra"])),
                    "year": G(lambda f: f.r.randint(2008, 2024)),
                    "plate": Y(lambda f: f.plate(), "license"),
                    "vin": Y(lambda f: f.vin(), "serial"),
                    "state": G(lambda f: f.pick(["IL", "TX", "CA", "NY"])),
                },
                2,
            ),
            "has_eviction_history": G(lambda f: f.pick([False, False, True])),
            "has_felony_conviction": Y(lambda f: f.pick([False, False, False, True]), "criminal record"),
            "has_housing_voucher": G(lambda f: f.pick([True, False, False])),
            "desired_move_in": G(lambda f: f.date(2024, 2025)),
            "lease_term_months": G(lambda f: f.pick([6, 12, 18, 24])),
        },
    ),
    (
        "track",
        "Rental Application Submitted",
        ("rn", "flutter"),
        "AU",
        {
            "applicationId": G(lambda f: f.uuid()),
            "listingId": G(lambda f: f.digits(7)),
            "applicantDetails": {
                "givenName": Y(lambda f: f.p.first, "name"),
                "surname": Y(lambda f: f.p.last, "name"),
                "mobile": Y(lambda f: f.p.phone, "phone"),
                "email": Y(lambda f: f.p.email, "email"),
                "dateOfBirth": Y(lambda f: f.p.dob, "birthdate"),
            },
            "identification": {
                "primary": {
                    "type": G(lambda f: f.id_doc()),
                    "number": RED(lambda f: f.id_doc_number(), "passport|license|national id"),
                    "expiry": G(lambda f: f.date(2025, 2034)),
                },
                "secondary": {
                    "type": G(lambda f: "medicare"),
                    "number": RED(lambda f: f.medicare(), "health id"),
                },
                "pointsTotal": G(lambda f: f.pick([100, 110, 130])),
            },
            "currentAddress": {
                "streetAddress": Y(lambda f: f"{f.p.unit}/{f.p.street}", "street|address"),
                "suburb": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "postcode": Y(lambda f: f.p.zip, "zipcode"),
                "timeAtAddressMonths": G(lambda f: f.r.randint(3, 96)),
            },
            "income": {
                "weeklyIncome": Y(lambda f: f.money_au(450, 4200), "salary"),
                "source": G(lambda f: f.pick(["employment", "self_employed", "centrelink", "savings"])),
                "employerName": G(
                    lambda f: f.pick(["Woolworths", "NSW Health", "Atlassian", "Bunnings", "UNSW"])
                ),
                "occupation": G(lambda f: f.pick(["Nurse", "Chef", "Developer", "Electrician", "Student"])),
            },
            "citizenship": Y(
                lambda f: f.pick(["Australian", "New Zealander", "Indian", "Chinese", "British", "Filipino"]),
                "citizenship",
            ),
            "visaStatus": RED(
                lambda f: f.pick(
                    [
                        "Australian citizen",
                        "Permanent resident",
                        "Student visa (500)",
                        "Temporary Skill Shortage (482)",
                        "Working holiday (417)",
                    ]
                ),
                "visa|citizenship",
            ),
            "emergencyContact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.au_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "brother", "friend", "partner"])),
            },
            "references": Many(
                {
                    "name": Y(lambda f: f.name(), "name"),
                    "phone": Y(lambda f: f.au_phone(), "phone"),
                    "email": Y(lambda f: f.any_email(), "email"),
                    "type": G(lambda f: f.pick(["previous_agent", "employer", "personal"])),
                },
                3,
            ),
            "pets": Many({"name": G(lambda f: f.pick(PETS)), "type": G(lambda f: f.pick(["dog", "cat"]))}, 2),
            "weeklyRent": G(lambda f: f.money_au(350, 1300)),
            "bondAmount": G(lambda f: f.money_au(1400, 5200)),
            "leaseTermMonths": G(lambda f: f.pick([6, 12])),
        },
    ),
    (
        "track",
        "Solicitud Enviada",
        ("web",),
        "US",
        {
            "nombre": Y(lambda f: f.p.first, "name"),
            "apellidos": Y(lambda f: f.p.last, "name"),
            "correo_electronico": Y(lambda f: f.p.email, "email"),
            "telefono": Y(lambda f: f.p.phone, "phone"),
            "fecha_de_nacimiento": Y(lambda f: f.p.dob, "birthdate"),
            "direccion_actual": Y(lambda f: f"{f.p.street} {f.p.unit}", "address|street"),
            "ciudad": Y(lambda f: f.p.city, "city"),
            "estado": G(lambda f: f.p.state),
            "codigo_postal": Y(lambda f: f.p.zip, "zipcode"),
            "ingresos_mensuales": Y(lambda f: f.r.randint(1800, 9000), "salary"),
            "empleador": G(lambda f: f.pick(["Home Depot", "Hospital General", "Uber", "Escuela Lincoln"])),
            "numero_de_ocupantes": G(lambda f: f.r.randint(1, 6)),
            "mascotas": G(lambda f: f.pick([True, False])),
            "idioma_preferido": G(lambda f: "es"),
        },
    ),
    (
        "track",
        "Co-Applicant Invited",
        ("web", "ios"),
        None,
        {
            "invite_id": G(lambda f: f.uuid()),
            "application_id": G(lambda f: f.uuid()),
            "invitee_name": Y(lambda f: f.name(), "name"),
            "invitee_email": Y(lambda f: f.any_email(), "email"),
            "invitee_phone": Y(lambda f: f.person_phone(), "phone"),
            "relationship": G(lambda f: f.pick(["partner", "roommate", "guarantor", "spouse"])),
            "invite_token": RED(lambda f: f.alnum(32), "token"),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Credit Check Consent Given",
        ("web",),
        None,
        {
            "applicant_id": G(lambda f: f.digits(8)),
            "consent_version": G(lambda f: f.pick(["2023-11", "2024-03"])),
            "consented_at": G(lambda f: f.iso()),
            "ip_address": Y(lambda f: f.ip(), "ip"),
            "user_agent": G(lambda f: f.pick(UAS)),
            "signature_name": Y(lambda f: f.p.name, "name"),
        },
    ),
    (
        "track",
        "Screening Report Received",
        ("go",),
        "US",
        {
            "screeningRequestId": G(lambda f: f.digits(9)),
            "provider": G(lambda f: f.pick(["transunion_smartmove", "experian_connect", "checkr"])),
            "reportType": G(lambda f: f.pick(["credit", "credit_criminal_eviction"])),
            "applicant": {
                "fullName": Y(lambda f: f.p.name, "name"),
                "dob": Y(lambda f: f.p.dob, "birthdate"),
                "ssnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "currentAddress": Y(lambda f: f.p.one_line(), "address"),
            },
            "residentScore": Y(lambda f: f.r.randint(350, 850), "credit score"),
            "creditScoreBand": Y(
                lambda f: f.pick(["300-579", "580-669", "670-739", "740-799", "800-850"]), "credit score"
            ),
            "recommendation": G(lambda f: f.pick(["accept", "low_accept", "conditional", "decline"])),
            "evictionRecordsFound": G(lambda f: f.pick([0, 0, 0, 1, 2])),
            "criminalRecordsFound": Y(lambda f: f.pick([0, 0, 0, 1, 3]), "criminal record"),
            "incomeVerified": G(lambda f: f.pick([True, False])),
            "completedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Income Verified",
        ("python",),
        "US",
        {
            "provider": G(lambda f: f.pick(["plaid", "argyle", "truework"])),
            "link_session_id": G(lambda f: f.uuid()),
            "access_token": RED(lambda f: f"access-production-{f.uuid()}", "token"),
            "employer_name": G(lambda f: f.pick(["Target", "Kaiser Permanente", "Google", "Chipotle"])),
            "employee_name": Y(lambda f: f.p.name, "name"),
            "pay_frequency": G(lambda f: f.pick(["biweekly", "semimonthly", "weekly"])),
            "gross_annual_income": Y(lambda f: f.r.randint(28000, 240000), "salary"),
            "net_pay_per_period": Y(lambda f: f.money(800, 7000), "salary"),
            "paystubs_count": G(lambda f: f.r.randint(1, 6)),
            "verified_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Application Decision Made",
        ("dotnet",),
        None,
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "Decision": G(lambda f: f.pick(["Approved", "ApprovedWithConditions", "Denied"])),
            "DecisionReason": G(
                lambda f: f.pick(
                    ["MeetsCriteria", "InsufficientIncome", "CreditHistory", "IncompleteApplication"]
                )
            ),
            "ReviewedBy": Y(lambda f: f.name(), "name"),
            "ApplicantEmail": Y(lambda f: f.p.email, "email"),
            "AdditionalDepositRequired": G(lambda f: f.pick([0, 0, 500, 1000])),
            "AdverseActionNoticeSent": G(lambda f: f.pick([True, False])),
            "DecidedAtUtc": G(lambda f: f.iso()),
            "PropertyManagerId": G(lambda f: f.r.randint(1000, 99999)),
        },
    ),
    (
        "track",
        "Centrepay Deduction Set Up",
        ("php",),
        "AU",
        {
            "centrelink_crn": RED(lambda f: f.crn(), "national id"),
            "centrepay_reference": G(lambda f: "555" + f.digits(6)),
            "deduction_amount": G(lambda f: f.money_au(50, 400)),
            "frequency": G(lambda f: "fortnightly"),
            "tenancy_id": G(lambda f: f.digits(8)),
            "authorised_at": G(lambda f: f.iso()),
        },
    ),
]

LEASES = [
    (
        "track",
        "Lease Generated",
        ("node",),
        None,
        {
            "lease_id": G(lambda f: "LSE-" + f.digits(8)),
            "template_id": G(
                lambda f: f.pick(["tpl_il_std_2024", "tpl_nsw_rta", "tpl_tx_taa", "tpl_vic_form1"])
            ),
            "jurisdiction": G(lambda f: f.pick(["IL", "NSW", "TX", "VIC", "CA"])),
            "lease_start": G(lambda f: f.date(2024, 2025)),
            "lease_end": G(lambda f: f.date(2025, 2026)),
            "monthly_rent": G(lambda f: f.money(900, 4800)),
            "security_deposit": G(lambda f: f.money(500, 5000)),
            "tenants": Many(
                {"name": Y(lambda f: f.name(), "name"), "email": Y(lambda f: f.any_email(), "email")}, 3
            ),
            "premises_address": Y(lambda f: f.p.one_line(), "address"),
            "unit_number": G(lambda f: f.pick(["3R", "204", "12", "1107", "B"])),
            "document_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Envelope Completed",
        ("ruby",),
        None,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: "completed"),
            "emailSubject": G(
                lambda f: f.pick(
                    [
                        "Please DocuSign: Residential Lease Agreement",
                        "Please DocuSign: Lease Renewal",
                        "Please DocuSign: Pet Addendum",
                    ]
                )
            ),
            "sender": {
                "userName": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: ascii_fold(f.first()).replace(" ", "") + "@harborpine.com", "email"),
            },
            "recipients": {
                "signers": Many(
                    {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.any_email(), "email"),
                        "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                        "status": G(lambda f: "completed"),
                        "signedDateTime": G(lambda f: f.iso()),
                    },
                    3,
                ),
            },
            "completedDateTime": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lease Signed",
        ("web", "ios"),
        None,
        {
            "lease_id": G(lambda f: "LSE-" + f.digits(8)),
            "signer_role": G(lambda f: f.pick(["tenant", "co_tenant", "guarantor", "landlord"])),
            "signed_at": G(lambda f: f.iso()),
            "signature_method": G(lambda f: f.pick(["typed", "drawn"])),
            "typed_signature": Y(lambda f: f.p.name, "name"),
            "signer_email": Y(lambda f: f.p.email, "email"),
            "signer_ip": Y(lambda f: f.ip(), "ip"),
            "esign_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Lease Renewal Offered",
        ("dotnet",),
        None,
        {
            "LeaseId": G(lambda f: "LSE-" + f.digits(8)),
            "CurrentRent": G(lambda f: f.money(900, 4000)),
            "ProposedRent": G(lambda f: f.money(950, 4300)),
            "IncreasePct": G(lambda f: f.money(0, 9)),
            "OfferExpiresAt": G(lambda f: f.iso()),
            "TenantResponse": G(lambda f: f.pick(["pending", "accepted", "declined", "countered"])),
        },
    ),
]

PAYMENTS = [
    (
        "track",
        "Payment Method Added",
        ("web", "ios", "android"),
        "US",
        {
            "method_type": G(lambda f: f.pick(["us_bank_account", "card"])),
            "plaid_public_token": RED(lambda f: f"public-production-{f.uuid()}", "token"),
            "plaid_account_id": G(lambda f: f.alnum(37)),
            "institution_name": G(
                lambda f: f.pick(
                    ["Chase", "Bank of America", "Wells Fargo", "Capital One", "Navy Federal Credit Union"]
                )
            ),
            "account_mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "routing_number": G(lambda f: f.aba()),
            "account_holder_name": Y(lambda f: f.p.name, "name"),
            "billing_zip": Y(lambda f: f.p.zip, "zipcode"),
            "stripe_payment_method_id": RED(lambda f: f.stripe_pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
        },
    ),
    (
        "track",
        "Rent Payment Submitted",
        ("node", "python"),
        None,
        {
            "payment_id": G(lambda f: "pay_" + f.alnum(20)),
            "lease_id": G(lambda f: "LSE-" + f.digits(8)),
            "amount": G(lambda f: f.money(400, 5000)),
            "currency": G(lambda f: "AUD" if f.p.market == "AU" else "USD"),
            "payment_method": G(lambda f: f.pick(["ach", "card", "becs", "payid"])),
            "autopay": G(lambda f: f.pick([True, False])),
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "is_late": G(lambda f: f.pick([False, False, True])),
            "payer_name": Y(lambda f: f.p.name, "name"),
            "payer_email": Y(lambda f: f.p.email, "email"),
            "memo": G(lambda f: f.pick(["June rent", "rent + parking", "", "partial payment", "late fee"])),
            "confirmation_number": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Direct Debit Authorised",
        ("php",),
        "AU",
        {
            "bsb": G(lambda f: f.bsb()),
            "account_number": RED(lambda f: f.bank_account_au(), "bank account"),
            "account_name": Y(lambda f: f.p.name, "name"),
            "bank_name": G(
                lambda f: f.pick(["Commonwealth Bank", "Westpac", "NAB", "ANZ", "ING", "Bendigo Bank"])
            ),
            "mandate_id": G(lambda f: "MD" + f.digits(9)),
            "ddr_accepted": G(lambda f: True),
            "debit_day": G(lambda f: f.pick(["monday", "thursday", "1st"])),
        },
    ),
    (
        "track",
        "PayID Payment Received",
        ("go",),
        "AU",
        {
            "payid": Y(
                lambda f: f.pick(
                    [f.p.email, f.p.phone if f.p.phone.startswith(("04", "+61 4", "+614")) else f.p.email]
                ),
                "email|phone",
                True,
            ),
            "payer_name": Y(lambda f: f.p.name.upper(), "name"),
            "reference": G(lambda f: "TEN" + f.digits(6)),
            "amount": G(lambda f: f.money_au(300, 2400)),
            "received_at": G(lambda f: f.iso()),
            "bank_txn_id": G(lambda f: f.hexid(20).upper()),
        },
    ),
    (
        "track",
        "Checkout Form Error",
        ("web",),
        None,
        {
            "form_id": G(lambda f: "rent-payment"),
            "field_name": G(lambda f: "cardNumber"),
            "field_value": RED(lambda f: f.card(), "credit card", True),
            "error": G(
                lambda f: f.pick(["card_declined", "expired_card", "incorrect_zip", "processing_error"])
            ),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Owner Payout Set Up",
        ("dotnet",),
        None,
        {
            "OwnerId": G(lambda f: f.r.randint(10000, 999999)),
            "PayoutSchedule": G(lambda f: f.pick(["Monthly", "TwiceMonthly", "OnDemand"])),
            "TinType": G(lambda f: f.pick(["SSN", "ITIN"])),
            "Tin": RED(lambda f: f.pick([f.ssn(), f.itin()]), "social security number|national id"),
            "LegalName": Y(lambda f: f.p.name, "name"),
            "PayoutIban": RED(lambda f: f.iban(f.pick(["GB", "DE", "NL", "FR"])), "bank account"),
            "BankCountry": G(lambda f: f.pick(["GB", "DE", "NL", "FR"])),
            "W9SignedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Product Viewed",
        ("web",),
        None,
        {
            "product_id": G(product_field(0)),
            "sku": G(product_field(1)),
            "name": G(product_field(2)),
            "category": G(product_field(3)),
            "price": G(product_field(4)),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "url": G(lambda f: f"https://app.tenantry.com/store/{f.pick(SCREENING_PRODUCTS)[0]}"),
            "image_url": G(lambda f: f"https://cdn.tenantry.com/store/{f.hexid(10)}.png"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ("web",),
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "revenue": G(lambda f: f.money(19, 400)),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "products": Many(
                {
                    "product_id": G(product_field(0)),
                    "sku": G(product_field(1)),
                    "name": G(product_field(2)),
                    "category": G(product_field(3)),
                    "price": G(product_field(4)),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Order Completed",
        ("web", "node"),
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(19, 400)),
            "revenue": G(lambda f: f.money(19, 380)),
            "tax": G(lambda f: f.money(0, 30)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "NEWLANDLORD", "EOFY24"])),
            "currency": G(lambda f: f.pick(["USD", "AUD"])),
            "products": Many(
                {
                    "product_id": G(product_field(0)),
                    "sku": G(product_field(1)),
                    "name": G(product_field(2)),
                    "category": G(product_field(3)),
                    "price": G(product_field(4)),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                },
                3,
            ),
            "billing_address": {
                "name": Y(lambda f: f.p.name, "name"),
                "line1": Y(lambda f: f"{f.p.street} {f.p.unit}", "address|street"),
                "city": Y(lambda f: f.p.city, "city"),
                "state": G(lambda f: f.p.state),
                "postal_code": Y(lambda f: f.p.zip, "zipcode"),
                "country": G(lambda f: f.p.market),
            },
            "hashed_email": Y(lambda f: sha(f.p.email), "email"),
        },
    ),
]

MAINTENANCE = [
    (
        "track",
        "Maintenance Request Submitted",
        (*MOBILE, "web"),
        None,
        {
            "request_id": G(lambda f: "MR-" + f.digits(6)),
            "unit_id": G(lambda f: f.digits(7)),
            "category": G(
                lambda f: f.pick(["plumbing", "electrical", "appliance", "hvac", "pest", "locks_keys"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "urgent", "emergency"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Kitchen sink draining very slowly",
                        "Dishwasher leaking onto the floor",
                        "No hot water since this morning",
                        "Bathroom exhaust fan making loud noise",
                        "Cockroaches under the fridge",
                        "Front door lock is sticking",
                    ]
                )
            ),
            "permission_to_enter": G(lambda f: f.pick([True, False])),
            "entry_instructions": RED(entry_note, "secret", True),
            "preferred_times": Many(G(lambda f: f.pick(["weekday_am", "weekday_pm", "weekend"])), 3),
            "photos": Many(G(lambda f: f"https://cdn.tenantry.com/mr/{f.hexid(16)}.jpg"), 3),
            "contact_phone": Y(lambda f: f.p.phone, "phone"),
            "alternate_contact": Y(lambda f: f.pick([f.p.email, f.any_phone()]), "email|phone", True),
        },
    ),
    (
        "track",
        "Solicitud de Mantenimiento",
        ("web", "rn"),
        "US",
        {
            "categoria": G(lambda f: f.pick(["plomería", "electricidad", "electrodomésticos", "plagas"])),
            "descripcion": G(
                lambda f: f.pick(
                    ["La llave del baño gotea", "El refrigerador no enfría", "Hay cucarachas en la cocina"]
                )
            ),
            "permiso_para_entrar": G(lambda f: f.pick([True, False])),
            "telefono_de_contacto": Y(lambda f: f.p.phone, "phone"),
            "numero_de_unidad": G(lambda f: f.pick(["3R", "204", "12", "1107"])),
        },
    ),
    (
        "track",
        "Work Order Assigned",
        ("python",),
        None,
        {
            "work_order_id": G(lambda f: "WO-" + f.digits(7)),
            "request_id": G(lambda f: "MR-" + f.digits(6)),
            "vendor": {
                "id": G(lambda f: f.digits(5)),
                "company_name": G(lambda f: f.pick(VENDORS)),
                "phone": G(lambda f: f.pick(BUSINESS_PHONES)),
                "email": G(
                    lambda f: f.pick(
                        [
                            "dispatch@rapidrooter.com",
                            "jobs@sparkyselectrical.com.au",
                            "service@coolairhvac.com",
                        ]
                    )
                ),
            },
            "technician": {
                "name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.person_phone(), "phone"),
            },
            "tenant": {
                "name": Y(lambda f: f.p.name, "name"),
                "phone": Y(lambda f: f.p.phone, "phone"),
            },
            "unit_address": Y(lambda f: f.p.one_line(), "address"),
            "temporary_access_code": RED(lambda f: f.code(4, 8), "secret"),
            "scheduled_window_start": G(lambda f: f.iso()),
            "nte_amount": G(lambda f: f.pick([250, 500, 750, 1000])),
            "notes_for_vendor": Y(
                lambda f: f.pick(
                    [
                        f"Tenant works nights, call {f.p.phone} before arriving",
                        f"Please text tenant on {f.p.phone} 30 min ahead",
                        f"Contact {f.p.first} at {f.p.phone}, dog in backyard",
                    ]
                ),
                "phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Access Code Created",
        ("node",),
        None,
        {
            "event_type": G(lambda f: "access_code.created"),
            "access_code": {
                "access_code_id": G(lambda f: f.uuid()),
                "device_id": G(lambda f: f.uuid()),
                "device_type": G(
                    lambda f: f.pick(["schlage_lock", "august_lock", "yale_lock", "igloohome_lock"])
                ),
                "code": RED(lambda f: f.code(4, 8), "secret"),
                "name": Y(
                    lambda f: (
                        f"{f.pick(['Tenant', 'Plumber', 'Cleaner', 'Guest', 'Electrician'])} - {f.name()}"
                    ),
                    "name",
                    True,
                ),
                "starts_at": G(lambda f: f.iso()),
                "ends_at": G(lambda f: f.iso()),
                "is_one_time_use": G(lambda f: f.pick([True, False])),
                "status": G(lambda f: f.pick(["setting", "set"])),
            },
        },
    ),
    (
        "track",
        "Lock Unlocked",
        ("node", "go"),
        None,
        {
            "device_id": G(lambda f: f.uuid()),
            "method": G(lambda f: f.pick(["keypad", "app", "remote", "key"])),
            "access_code_id": G(lambda f: f.uuid()),
            "occurred_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Maintenance Message Sent",
        MOBILE,
        None,
        {
            "thread_id": G(lambda f: f.digits(9)),
            "sender_role": G(lambda f: f.pick(["tenant", "manager", "vendor"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "The plumber will arrive between 9 and 11",
                        "Thanks, it's working again",
                        "Can you send a photo of the leak?",
                        "Parts are on order, ETA Friday",
                    ]
                )
            ),
            "attachment_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Work Order Completed",
        ("dotnet",),
        None,
        {
            "WorkOrderId": G(lambda f: "WO-" + f.digits(7)),
            "VendorId": G(lambda f: f.r.randint(10000, 99999)),
            "TechnicianName": Y(lambda f: f.name(), "name"),
            "LaborHours": G(lambda f: f.pick([0.5, 1, 1.5, 2, 3.25])),
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(6)),
            "InvoiceTotal": G(lambda f: f.money(90, 2400)),
            "TechnicianNotes": G(
                lambda f: f.pick(
                    [
                        "Replaced P-trap and tested",
                        "Reset breaker, replaced GFCI outlet",
                        "Treated kitchen and bathroom",
                    ]
                )
            ),
            "ChargeBackToTenant": G(lambda f: f.pick([True, False])),
            "CompletedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Accommodation Requested",
        ("web",),
        "US",
        {
            "accommodation_request_id": G(lambda f: f.uuid()),
            "accommodation_type": RED(
                lambda f: f.pick(
                    [
                        "wheelchair_ramp",
                        "grab_bars",
                        "visual_fire_alarm",
                        "reserved_accessible_parking",
                        "ground_floor_transfer",
                        "assistance_animal",
                    ]
                ),
                "disability",
            ),
            "has_service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "details": RED(accommodation_details, "disability|condition", True),
            "provider_letter_from": Y(lambda f: "Dr. " + f.name(), "name"),
            "supporting_doc_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
]

INSPECTIONS = [
    (
        "track",
        "Move-In Inspection Completed",
        ("ios", "android"),
        None,
        {
            "inspection_id": G(lambda f: f.uuid()),
            "unit_id": G(lambda f: f.digits(7)),
            "inspector_name": Y(lambda f: f.name(), "name"),
            "inspector_id": G(lambda f: f.digits(5)),
            "rooms": Many(
                {
                    "name": G(
                        lambda f: f.pick(["Kitchen", "Bathroom", "Bedroom 1", "Living", "Laundry", "Balcony"])
                    ),
                    "condition": G(lambda f: f.pick(["good", "fair", "damaged", "clean"])),
                    "notes": G(
                        lambda f: f.pick(
                            ["", "scuff on wall near door", "carpet stain 10cm", "blind cord broken"]
                        )
                    ),
                    "photos_count": G(lambda f: f.r.randint(0, 12)),
                },
                6,
            ),
            "smoke_alarms_tested": G(lambda f: True),
            "meter_readings": {
                "electricity_kwh": G(lambda f: f.r.randint(1000, 90000)),
            },
            "tenant_signed": G(lambda f: f.pick([True, False])),
            "tenant_signature_name": Y(lambda f: f.p.name, "name"),
        },
    ),
    (
        "track",
        "Inspection Scheduled",
        ("flutter",),
        "AU",
        {
            "inspection_type": G(lambda f: f.pick(["routine", "entry", "exit"])),
            "scheduled_for": G(lambda f: f.iso()),
            "notice_days": G(lambda f: f.pick([7, 14])),
            "entry_notice": {
                "method": G(lambda f: f.pick(["email", "sms"])),
                "sent_to": Y(lambda f: f.pick([f.p.email, f.p.phone]), "email|phone", True),
            },
            "property_manager": {
                "full_name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.au_phone(), "phone"),
            },
            "tenant_present_preference": G(lambda f: f.pick(["yes", "no", "either"])),
            "tenant_names": Many(Y(lambda f: f.name(), "name"), 3),
        },
    ),
    (
        "track",
        "Move-In Checklist Viewed",
        MOBILE,
        None,
        {
            "lease_id": G(lambda f: "LSE-" + f.digits(8)),
            "wifi_network": G(lambda f: f.pick(["TheBelmont-Resident", "LindenCourt_5G", "Telstra4A2F"])),
            "wifi_password": RED(
                lambda f: f.pick(["sunny-balcony-42", "Welcome2024!", f.alnum(12)]), "password"
            ),
            "bin_day": G(lambda f: f.pick(["Monday", "Wednesday"])),
            "parking_space": G(lambda f: f.pick(["P1-14", "B2-03", "none"])),
            "items_completed": G(lambda f: f.r.randint(0, 12)),
        },
    ),
]

ACCOUNT = [
    (
        "track",
        "Household Member Added",
        ("web", "ios"),
        None,
        {
            "member": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.p.last, "name"),
                "email": Y(lambda f: f.any_email(), "email"),
                "date_of_birth": Y(lambda f: f.date(1950, 2020), "birthdate"),
                "phone": Y(lambda f: f.any_phone(), "phone"),
                "relationship": G(lambda f: f.pick(["child", "spouse", "partner", "parent", "roommate"])),
                "age_band": G(lambda f: f.pick(["0-17", "18-24", "25-34", "35-44", "65+"])),
            },
            "is_leaseholder": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ("web",),
        "AU",
        {
            "form-id": G(lambda f: "emergency-contact"),
            "contact-name": Y(lambda f: f.name(), "name"),
            "contact-phone": Y(lambda f: f.au_phone(), "phone"),
            "contact-relationship": G(lambda f: f.pick(["mother", "father", "sister", "friend", "partner"])),
            "updated-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Renters Insurance Added",
        ("dotnet",),
        "US",
        {
            "Provider": G(lambda f: f.pick(["Lemonade", "State Farm", "Assurant", "Allstate"])),
            "PolicyNumber": Y(
                lambda f: f.pick(
                    [
                        "LP" + f.digits(8),
                        f.digits(2) + "-" + f.pick("BCDEH") + "K-" + f.digits(4) + "-" + f.digits(1),
                    ]
                ),
                "identification",
            ),
            "CoverageAmount": G(lambda f: f.pick([15000, 30000, 50000])),
            "LiabilityLimit": G(lambda f: f.pick([100000, 300000])),
            "EffectiveDate": G(lambda f: f.date(2024, 2025)),
            "AdditionalInsured": G(lambda f: f.pick(PM_COMPANIES)),
        },
    ),
    (
        "track",
        "Utility Setup Completed",
        ("web",),
        None,
        {
            "provider": G(lambda f: f.pick(["ComEd", "Austin Energy", "AGL", "Origin Energy", "PG&E"])),
            "utility-account-number": G(lambda f: f.digits(10)),
            "service-address": Y(lambda f: f.p.one_line(), "address"),
            "start-date": G(lambda f: f.date(2024, 2025)),
            "transfer-type": G(lambda f: f.pick(["new", "transfer"])),
        },
    ),
    (
        "track",
        "Move Out Notice Submitted",
        ("web", "rn"),
        "AU",
        {
            "tenancy_id": G(lambda f: f.digits(8)),
            "notice_date": G(lambda f: f.date(2024, 2024)),
            "vacate_date": G(lambda f: f.date(2024, 2025)),
            "forwarding_address": Y(lambda f: f.other_address("AU"), "address"),
            "forwarding_email": Y(lambda f: f.p.email, "email"),
            "bond_lodgement_number": G(lambda f: f.pick(["B" + f.digits(9), f.digits(8)])),
            "bond_refund_bsb": G(lambda f: f.bsb()),
            "bond_refund_account": RED(lambda f: f.bank_account_au(), "bank account"),
            "reason": G(lambda f: f.pick(["buying", "relocating", "upsizing", "rent_increase"])),
        },
    ),
    (
        "track",
        "Support Conversation Replied",
        ("node",),
        None,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: "user"),
            "body": Y(support_body, "address", True),
            "channel": G(lambda f: f.pick(["chat", "email"])),
        },
    ),
    (
        "track",
        "Two-Factor Code Submitted",
        ("web", "ios", "android"),
        None,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "totp"])),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Signed Up",
        ("web", "ios", "android"),
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "first_name": Y(lambda f: f.p.first, "name"),
            "last_name": Y(lambda f: f.p.last, "name"),
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "user_type": G(lambda f: f.pick(["tenant", "landlord", "vendor"])),
            "referral_code": G(lambda f: f.alnum(8).upper()),
            "terms_version": G(lambda f: "2024-02-01"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        MOBILE,
        None,
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["en", "es"])),
        },
    ),
    (
        "track",
        "Staff Member Added",
        ("web",),
        None,
        {
            "staff_id": G(lambda f: f.digits(5)),
            "full_name": Y(lambda f: f.name(), "name"),
            "email": Y(
                lambda f: (
                    ascii_fold(f.first()).replace(" ", "")
                    + "."
                    + ascii_fold(f.last()).replace(" ", "").replace("'", "")
                    + "@harborpine.com"
                ),
                "email",
            ),
            "role": G(
                lambda f: f.pick(["leasing_agent", "property_manager", "maintenance_tech", "accountant"])
            ),
            "title": G(
                lambda f: f.pick(["Leasing Consultant", "Senior Property Manager", "Maintenance Supervisor"])
            ),
            "hourly_rate": Y(lambda f: f.pick([19.5, 22, 27.75, 34, 41.5]), "salary"),
            "mobile": Y(lambda f: f.person_phone(), "phone"),
            "agent_licence_number": Y(lambda f: f.pick(["20" + f.digits(6), "S" + f.digits(7)]), "license"),
            "start_date": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Vendor Onboarded",
        ("php",),
        None,
        {
            "vendor_id": G(lambda f: f.digits(5)),
            "company_name": G(lambda f: f.pick(VENDORS)),
            "trade": G(lambda f: f.pick(["plumbing", "electrical", "hvac", "cleaning", "locksmith"])),
            "business_number": G(lambda f: f.pick([f.abn(), f.ein()])),
            "contact_name": Y(lambda f: f.name(), "name"),
            "contact_mobile": Y(lambda f: f.any_phone(), "phone"),
            "contact_email": Y(lambda f: f.any_email(), "email"),
            "office_phone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "service_areas": Many(
                G(lambda f: f.pick(["Inner West", "Eastern Suburbs", "North Side", "Loop", "South Austin"])),
                3,
            ),
        },
    ),
]

MESSAGING = [
    (
        "track",
        "Email Event",
        ("python",),
        None,
        {
            "email": Y(lambda f: f.p.email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.alnum(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.alnum(16)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "ip": Y(lambda f: f.ip(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "category": Many(G(lambda f: f.pick(["rent_reminder", "receipt", "lease"])), 2),
            "url": G(
                lambda f: f.pick(
                    ["https://app.tenantry.com/portal/payments", "https://app.tenantry.com/portal/lease"]
                )
            ),
        },
    ),
    (
        "track",
        "SMS Received",
        ("java",),
        "US",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "From": Y(lambda f: "+1" + "".join(c for c in f.us_phone() if c.isdigit())[-10:], "phone"),
            "To": G(lambda f: f.pick(["+13125550147", "+15125550123"])),
            "Body": G(
                lambda f: f.pick(
                    ["Is the pool open today?", "STOP", "Yes confirmed for tomorrow", "ok thanks"]
                )
            ),
            "FromCity": Y(lambda f: f.pick([c for c, _, _ in US_PLACES]).upper(), "city"),
            "FromState": G(lambda f: f.pick(["IL", "TX", "CA", "NY"])),
            "FromZip": Y(lambda f: f"{f.pick(US_PLACES)[2]}{f.r.randint(1, 99):02d}", "zipcode"),
            "FromCountry": G(lambda f: "US"),
        },
    ),
    (
        "track",
        "Call Completed",
        ("ruby",),
        None,
        {
            "call_id": G(lambda f: "CAL" + f.hexid(32)),
            "caller_number": Y(lambda f: f.any_phone(), "phone"),
            "caller_name": Y(lambda f: f.name().upper(), "name"),
            "caller_city": Y(lambda f: f.pick([c for c, _, _ in US_PLACES + AU_PLACES]), "city"),
            "tracking_phone_number": G(lambda f: f.pick(["+13125550199", "+61 2 8123 4455"])),
            "business_phone_number": G(lambda f: f.pick(BUSINESS_PHONES)),
            "duration": G(lambda f: f.r.randint(0, 900)),
            "answered": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["Google Ads", "Zillow", "Direct"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        ("web", "ios"),
        None,
        {
            "form_name": G(lambda f: f.pick(["rental_application", "profile", "move_out"])),
            "input": Y(lambda f: f.pick([f.p.street, f.p.street.lower()]), "address|street", True),
            "prediction": {
                "description": Y(lambda f: f.p.one_line(), "address", True),
                "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
                "types": Many(G(lambda f: f.pick(["premise", "street_address", "subpremise", "geocode"])), 2),
            },
            "session_token": G(lambda f: f.uuid()),
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ("web", "rn"),
        None,
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "pay rent with credit card",
                        "break lease early",
                        "bond refund",
                        "how to add roommate",
                        "autopay",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 25)),
            "article_clicked": G(lambda f: f.pick(["", "kb-1042", "kb-2210"])),
        },
    ),
]

TEMPLATES = (
    IDENTIFY + LISTINGS + APPLICATIONS + LEASES + PAYMENTS + MAINTENANCE + INSPECTIONS + ACCOUNT + MESSAGING
)


def build(seed: int, repeats: int):
    f = RFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, market, body in TEMPLATES:
            f.new_persona(market or f.pick(["US", "US", "AU"]))
            f.slot = {}
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "userId": f.pick(["usr_", "", "u"]) + f.digits(8),
            }
            if client in ("web", *MOBILE):
                msg["anonymousId"] = f.uuid()
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=141, repeats=36)
    write(Path(__file__).parent, "holdout141_", events, labels)
