"""Writes holdout71: tests/corpus/holdout71_events.jsonl and holdout71_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never run through the engine by its author. Only build.py's
helpers, fake.py, build_holdout3.py (for the format) and the reference's matcher table were read.

Covers real estate, rentals and mortgages in Australia and Canada, as a Segment customer's
everyday traffic: property search (map and list), saved listings and searches, enquiries and
viewings booked with agents, rental applications (identity documents for the 100-point check,
employment and income, referees, previous landlords and property managers, occupants, pets,
co-applicants, holding deposits, bond lodgement, tenant screening), mortgage pre-approval
(borrowers and co-borrowers, credit checks, bank-statement aggregation, offset accounts with
TFNs, SINs for Canadian bureaus), offers, e-signature and settlement, and the landlord /
property-management portal (maintenance requests, work orders, routine inspections, rent
receipts). Clients: analytics.js (with consent and userAgentData), analytics-swift,
analytics-kotlin, analytics-react-native (with context.traits), analytics_flutter and the
python, node, go, java, ruby, php and .NET server libraries; vendor-shaped payloads (Stripe
payment method, Twilio SMS webhook, DocuSign Connect, Meta Conversions API user_data, Google
Places autocomplete, Basiq/Flinks bank aggregation, Hightouch reverse-ETL identifies).

Conventions: mostly camelCase and snake_case; PascalCase from a .NET property-management system
and Twilio, kebab-case from a forms webhook, SCREAMING_SNAKE from warehouse syncs, French keys
from a Quebec rental site. Values: AU and CA phone formats (with some overseas applicants),
AU and CA addresses and postcodes, TFNs with the ATO check digit, SINs and OHIP numbers with
Luhn, Medicare numbers with their check digit, ABNs with the mod-89 check, VINs with the check
digit, Luhn cards, mod-97 IBANs; names from many cultures.

Labelling rules (the product's default colours):
- PII is personal data about a natural person (the user, co-applicants, referees, occupants,
  agents and other staff, tradespeople named as contacts). Colour and type follow the reference's
  default matcher table; outside it, red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we or a business issue (listing, MLS, bond, application, order, mandate and
  customer numbers, ABNs of agencies and tradie businesses), versions, timestamps, hashes of
  non-PII, amounts (prices, rents, loan amounts, debts, expenses), enums, counters and booleans
  under PII-sounding keys, company / agency / lender / product / pet names and pet data,
  places that are not the person's (listings, searched suburbs, map viewports, a listing's
  coordinates), business phones / e-mails / addresses (agency offices, employers' switchboards,
  the business number in a telephony webhook), country, state, province, locale, currency,
  user agents, OS-issued device ids. Card brand, last four, expiry and BIN are green; BSBs,
  Canadian transit and institution numbers identify a bank: green.
- Published policy for contested cases: loyalty/customer numbers, ages and age bands, marital
  status, job titles and employers are green; pay and incomes are yellow `salary`; plates are
  yellow `license`, VINs yellow `serial`; gclid / fbclid / fbp / fbc are yellow `advertising id`;
  billing addresses are yellow `address`; payment-method and card tokens, invite tokens and
  one-time codes are red `token`.
- Decisions taken here where the rules are silent (what a careful privacy owner would flag):
  * The address of the home a tenant lives in (maintenance requests, bond lodgement,
    inspections of an occupied property) is the tenant's address: yellow. The address of a
    listing someone searches, views, applies for or offers on is a place, not the person's:
    green. A landlord's own property submitted for appraisal is tied to that person: yellow.
  * Hashes of personal data sent for ad matching (Conversions API `em`, `ph`, `fn`, `ln`) are
    labelled as the data they hash (yellow, not value_only); a hashed country or our own user
    id is green.
  * A credit score is personal financial data: yellow, type `credit score`. Bankruptcy flags,
    score bands and counts of defaults are booleans/enums/counters: green.
  * Booleans and enums that reveal immigration status (residency status, FIRB required,
    permanent resident) are yellow `citizenship`; a passport's issuing country too. A visa
    subclass is red `visa`. Preferring Sharia-compliant finance reveals religion: yellow
    `religion`. NDIS participation and accessibility modifications reveal disability: red.
  * An honorific (Mr / Ms / Mrs / Mx) reveals gender: yellow `gender`.
  * Key-safe codes and smart-lock PINs are secrets the person holds: red `secret`.
  * The last three digits of a SIN are red `national id` (as the last four of an SSN).
  * A Medicare IRN (the one-digit position on the card) and card/ID expiry dates are green.
  * A file name built from the person's name carries the name: yellow `name`, value_only.
  * A payment processor's card fingerprint cannot charge the card and is not matched outside
    the processor: green, unlike payment-method tokens (red). A Places autocomplete
    `session_token` is a billing-session UUID, not a credential: green.
  * An agency's corporate licence and an ABN of a company are a business's numbers: green; an
    individual agent's licence or a broker's credit-representative number: yellow `license`.
  * Precise coordinates of an occupied rental (inspection GPS) and a device's own location are
    the person's: yellow `geolocation`; map viewports and listing coordinates are green.
- value_only is true when the key does not say what the value is (`q`, `input`, `text`,
  `note`, `value`, `label`, `description`, `From`, `destination`, `shared_with`, `link`,
  `file_name`) and only the value reveals it. Every value of a value_only PII path carries that
  PII; free text whose values carry none is green. No path mixes PII and non-PII values.
"""

import hashlib
import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ----------------------------------------------------------------------------

FIRST = [
    "Olivia", "Jack", "Mia", "Liam", "Chloe", "Noah", "Aroha", "Tane", "Wei", "Mei Ling", "Priya",
    "Arjun", "Jaspreet", "Gurpreet", "Thi Lan", "Minh", "Ji-woo", "Seo-yeon", "Fatima", "Mohammed",
    "Émilie", "Mathieu", "Geneviève", "Étienne", "Siobhan", "Declan", "Nikos", "Eleni", "Chiamaka",
    "Oluwaseun", "Maya", "Kai", "Ananya", "Rohan", "Yusuf", "Zeynep", "Carlos", "Isabella",
    "Tomasz", "Agnieszka", "Kiri", "Jayden", "Hannah", "Ahmad", "Layla", "Xiaoling", "Hiroshi",
]  # fmt: skip
LAST = [
    "Smith", "Nguyen", "Tran", "Williams", "Brown", "Wilson", "Taylor", "Singh", "Kaur", "Sharma",
    "Chen", "Wang", "Li", "Zhang", "Kim", "Park", "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard",
    "Gauthier", "MacDonald", "Campbell", "O'Connor", "Kelly", "Papadopoulos", "Nikolaidis",
    "Okonkwo", "Adeyemi", "Haddad", "Al-Masri", "Rahman", "Hussain", "Y\u0131lmaz", "Santos", "Reyes",
    "Kowalczyk", "Nowak", "Ngata", "Walker", "Fernando", "Patel", "Sato", "Ivanova", "Lefebvre",
]  # fmt: skip
EMAIL_DOMAINS_AU = [
    "gmail.com",
    "outlook.com",
    "bigpond.com",
    "icloud.com",
    "yahoo.com.au",
    "optusnet.com.au",
]
EMAIL_DOMAINS_CA = [
    "gmail.com",
    "hotmail.ca",
    "outlook.com",
    "icloud.com",
    "videotron.ca",
    "shaw.ca",
    "rogers.com",
]
AU_PLACES = [
    ("Parramatta", "NSW", "2150"), ("Newtown", "NSW", "2042"), ("Chatswood", "NSW", "2067"),
    ("Blacktown", "NSW", "2148"), ("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"),
    ("Box Hill", "VIC", "3128"), ("Carlton", "VIC", "3053"), ("Paddington", "QLD", "4064"),
    ("Southport", "QLD", "4215"), ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"),
    ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
    ("Nightcliff", "NT", "0810"),
]  # fmt: skip
CA_PLACES = [
    ("Toronto", "ON", "M5V"), ("Mississauga", "ON", "L5B"), ("Ottawa", "ON", "K1P"),
    ("Vancouver", "BC", "V6B"), ("Burnaby", "BC", "V5H"), ("Victoria", "BC", "V8W"),
    ("Montréal", "QC", "H2X"), ("Laval", "QC", "H7N"), ("Québec", "QC", "G1R"),
    ("Calgary", "AB", "T2P"), ("Edmonton", "AB", "T5J"), ("Halifax", "NS", "B3J"),
    ("Winnipeg", "MB", "R3C"), ("Saskatoon", "SK", "S7K"),
]  # fmt: skip
AU_STREETS = [
    "Wattle St", "Victoria Rd", "George St", "Bridge Rd", "Lygon St", "Smith St", "Beach Rd",
    "Jacaranda Ave", "Banksia Cres", "Kent St", "Oxford St", "Station St", "Church St", "Parade",
]  # fmt: skip
CA_STREETS = [
    "Queen St W", "Yonge St", "rue Saint-Denis", "boul. René-Lévesque O", "Granville St",
    "Jasper Ave", "17 Ave SW", "Spring Garden Rd", "Bank St", "Commercial Dr", "Lakeshore Blvd W",
]  # fmt: skip
AGENCIES = [
    "Harbourview Realty",
    "Ray & Co Property",
    "Coastline Estate Agents",
    "Maplekey Realty",
    "Northern Lights Realty",
    "Bayside Property Group",
    "Lakeshore Rentals Inc.",
]
LENDERS = [
    "Commonwealth Bank",
    "Westpac",
    "ANZ",
    "NAB",
    "Macquarie",
    "ING",
    "RBC",
    "TD",
    "Scotiabank",
    "BMO",
    "CIBC",
    "Desjardins",
    "First National",
]
EMPLOYERS = [
    "Woolworths Group",
    "Telstra",
    "NSW Health",
    "Atlassian",
    "BHP",
    "Shopify",
    "Hydro-Québec",
    "Tim Hortons",
    "University of Toronto",
    "Deloitte",
    "Canva",
    "City of Calgary",
]
JOBS = [
    "Registered Nurse",
    "Software Engineer",
    "Barista",
    "Electrician",
    "Teacher",
    "Accountant",
    "Store Manager",
    "Data Analyst",
    "Chef",
    "Paramedic",
]
LISTING_TITLES = [
    "Sun-drenched 2BR apartment near station", "Renovated family home with pool",
    "Character terrace in the heart of Newtown", "Brand new townhouse, 3 bed + study",
    "Condo with lake views, 1 bed + den", "Charming duplex near the Plateau",
    "Ground floor unit, pet friendly", "Executive penthouse with parking",
]  # fmt: skip
PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Coco", "Milo", "Pepper", "Ollie", "Nala", "Poutine"]
BREEDS = ["Cavoodle", "Labrador", "Staffy", "Border Collie", "Domestic Shorthair", "Ragdoll", "Budgie"]
AGENT_OFFICE_PHONES = [
    "1300 427 286",
    "(02) 9555 0182",
    "(03) 9600 4410",
    "+1 416-967-1111",
    "1-800-555-0199",
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Mobile Safari/537.36",
]


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def full_name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def _ascii(s: str) -> str:
    table = str.maketrans("ÉéèêëçôöüıîïàâÂ", "Eeeeecoouiiiaaa")
    return s.translate(table).replace("'", "").replace(" ", "").lower()


def email(f: Fake, region: str = "au") -> str:
    domains = EMAIL_DOMAINS_AU if region == "au" else EMAIL_DOMAINS_CA
    a, b = _ascii(first(f)), _ascii(last(f))
    local = f.pick([f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}"])
    return f"{local}@{f.pick(domains)}"


def work_email(f: Fake, domain: str) -> str:
    return f"{_ascii(first(f))}.{_ascii(last(f))}@{domain}"


def au_mobile(f: Fake) -> str:
    n = f"4{f.r.randint(0, 99):02d}{f.r.randint(0, 999999):06d}"
    return f.pick([f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}", f"0{n}"])


def au_landline(f: Fake) -> str:
    area, lead = f.pick([("2", "9"), ("3", "9"), ("7", "3"), ("8", "8")])
    n = f"{lead}{f.r.randint(0, 9999999):07d}"
    return f.pick([f"(0{area}) {n[:4]} {n[4:]}", f"+61 {area} {n[:4]} {n[4:]}"])


def ca_phone(f: Fake) -> str:
    area = f.pick(["416", "647", "437", "905", "604", "778", "514", "438", "403", "587", "613", "902", "204"])
    ex, line = f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1 {area}-{ex}-{line:04d}",
            f"({area}) {ex}-{line:04d}",
            f"{area}.{ex}.{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"{area}-{ex}-{line:04d}",
        ]
    )


def overseas_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+91 98{f.r.randint(100, 999)} {f.r.randint(10000, 99999)}",
            f"+86 138 {f.r.randint(1000, 9999)} {f.r.randint(1000, 9999)}",
            f"+44 7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f"+64 21 {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
        ]
    )


def phone(f: Fake, region: str = "au") -> str:
    if f.r.random() < 0.1:
        return overseas_phone(f)
    return au_mobile(f) if region == "au" else ca_phone(f)


def any_phone(f: Fake) -> str:
    return phone(f, f.pick(["au", "ca"]))


def au_street(f: Fake) -> str:
    num = f.r.randint(1, 320)
    unit = f.pick(["", "", f"{f.r.randint(1, 40)}/", f"Unit {f.r.randint(1, 12)}, "])
    return f"{unit}{num} {f.pick(AU_STREETS)}"


def ca_street(f: Fake) -> str:
    num = f.r.randint(1, 2400)
    unit = f.pick(["", "", f"{f.r.randint(101, 3805)}-"])
    return f"{unit}{num} {f.pick(CA_STREETS)}"


def ca_postcode(f: Fake, fsa: str | None = None) -> str:
    fsa = fsa or f.pick(CA_PLACES)[2]
    return f"{fsa} {f.r.randint(0, 9)}{f.pick('ABCEGHJKLMNPRSTVWXYZ')}{f.r.randint(0, 9)}"


def au_address(f: Fake) -> str:
    suburb, state, pc = f.pick(AU_PLACES)
    return f"{au_street(f)}, {suburb} {state} {pc}"


def ca_address(f: Fake) -> str:
    city, prov, fsa = f.pick(CA_PLACES)
    return f"{ca_street(f)}, {city}, {prov} {ca_postcode(f, fsa)}"


def street(f: Fake, region: str) -> str:
    return au_street(f) if region == "au" else ca_street(f)


def address(f: Fake, region: str) -> str:
    return au_address(f) if region == "au" else ca_address(f)


def city(f: Fake, region: str) -> str:
    return f.pick(AU_PLACES)[0] if region == "au" else f.pick(CA_PLACES)[0]


def postcode(f: Fake, region: str) -> str:
    return f.pick(AU_PLACES)[2] if region == "au" else ca_postcode(f)


def dob(f: Fake) -> str:
    return f.date(1952, 2005)


# -- identifiers with real check digits -----------------------------------------------------------


def tfn(f: Fake) -> str:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [f.r.randint(0, 9) for _ in range(9)]
        if d[0] and sum(a * b for a, b in zip(d, weights)) % 11 == 0:
            s = "".join(map(str, d))
            return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def luhn_digits(f: Fake, prefix: str, length: int) -> str:
    body = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return f.luhn_complete(body)


def sin(f: Fake) -> str:
    s = luhn_digits(f, f.pick("1234567"), 9)
    return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def medicare(f: Fake) -> str:
    d = [f.r.randint(2, 6)] + [f.r.randint(0, 9) for _ in range(7)]
    check = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = "".join(map(str, d)) + str(check) + str(f.r.randint(1, 9))
    return f.pick([s, f"{s[:4]} {s[4:9]} {s[9]}"])


def ohip(f: Fake) -> str:
    s = luhn_digits(f, str(f.r.randint(1, 9)), 10)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{f.pick(string.ascii_uppercase)}{f.pick(string.ascii_uppercase)}"


def ramq(f: Fake) -> str:
    ln = _ascii(last(f)).upper()[:3].ljust(3, "X")
    fn = _ascii(first(f)).upper()[0]
    yy, mm, dd = f.r.randint(50, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    return f"{ln}{fn} {yy:02d}{mm:02d} {dd:02d}{f.r.randint(10, 99)}"


def health_card(f: Fake) -> str:
    return f.pick([ohip, ramq])(f)


def abn(f: Fake) -> str:
    weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(10)]
        total = sum(w * (x - 1 if i == 0 else x) for i, (w, x) in enumerate(zip(weights, d)))
        if total % 89 == 0:
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def vin(f: Fake) -> str:
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
    values.update(dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9} | dict(zip("STUVWXYZ", range(2, 10))))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = f.pick(["JTDKB20U", "6T1BF3FK", "MR0FZ22G", "KMHD84LF", "1HGCM826", "2T1BURHE", "WVWZZZAU"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    rest = (
        f.pick("ABCDEFGHJKLMNPRSTVWXY123456789")
        + f.pick(chars)
        + "".join(str(f.r.randint(0, 9)) for _ in range(6))
    )
    body = wmi + "0" + rest
    check = sum(values[c] * w for c, w in zip(body, weights)) % 11
    return wmi + ("X" if check == 10 else str(check)) + rest


def au_licence(f: Fake) -> str:
    return f.pick([f.digits(8), f.digits(9), f.digits(7), f"{f.pick('ABCDEFGH')}{f.digits(7)}"])


def ca_licence(f: Fake) -> str:
    return f.pick(
        [
            f"{f.pick('ABCDKMST')}{f.digits(4)}-{f.digits(5)}-{f.digits(5)}",  # Ontario
            f"{f.pick('BGLMRT')}{f.digits(4)}-{f.digits(6)}-{f.digits(2)}",  # Quebec
            f.digits(7),  # BC
        ]
    )


def au_passport(f: Fake) -> str:
    return f.pick(["PA", "PB", "N", "E", "RA"]) + f.digits(7)


def ca_passport(f: Fake) -> str:
    return f.pick(["AB", "AK", "GA", "HP", "P"]) + f.digits(6)


def plate(f: Fake) -> str:
    u = string.ascii_uppercase
    return f.pick(
        [
            f"{''.join(f.pick(u) for _ in range(3))}{f.r.randint(10, 99)}{f.pick(u)}",  # NSW
            f"{f.r.randint(1, 9)}{f.pick(u)}{f.pick(u)}{f.r.randint(1, 9)}{f.pick(u)}{f.pick(u)}",  # VIC
            f"{f.r.randint(100, 999)}{''.join(f.pick(u) for _ in range(3))}",  # QLD
            f"{''.join(f.pick(u) for _ in range(4))} {f.r.randint(100, 999)}",  # ON
        ]
    )


def bsb(f: Fake) -> str:
    s = f.pick(["062", "063", "032", "034", "082", "083", "012", "013", "732", "182", "923"]) + f.digits(3)
    return f.pick([f"{s[:3]}-{s[3:]}", s])


def au_account(f: Fake) -> str:
    return f.digits(f.pick([6, 8, 9]))


def ca_account(f: Fake) -> str:
    return f.digits(f.pick([7, 7, 12]))


def bank_account(f: Fake) -> str:
    return f.pick([au_account, ca_account])(f)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def b64url(f: Fake, n: int) -> str:
    return "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(n))


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "EAIaIQobChMI", "CjwKCAjw"]) + b64url(f, f.r.randint(70, 86))


def fbclid(f: Fake) -> str:
    return "IwAR" + b64url(f, 56)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def listing_id(f: Fake) -> str:
    return str(f.r.randint(143000000, 146999999))


def mls(f: Fake) -> str:
    return f.pick(["C", "W", "E", "R", "A", "N"]) + f.digits(7)


def money_round(f: Fake, lo: int, hi: int, step: int = 1000) -> int:
    return f.r.randint(lo // step, hi // step) * step


def ts(f: Fake) -> str:
    return f.iso()


def date24(f: Fake) -> str:
    return f.date(2024, 2025)


def listing_address(f: Fake) -> str:
    return f.pick([au_address, ca_address])(f)


# -- contexts --------------------------------------------------------------------------------------

SITES = {
    "au": ("https://www.harbourview.com.au", "Harbourview", "en-AU", "Australia/Sydney"),
    "ca": ("https://www.maplekey.ca", "Maplekey", "en-CA", "America/Toronto"),
}
WEB_PAGES = [
    ("/rent/nsw/parramatta", "Rentals in Parramatta, NSW 2150"),
    ("/buy/vic/fitzroy/house", "Houses for sale in Fitzroy"),
    ("/property/143988120", "14 Wattle St, Ashfield NSW 2131 | Harbourview"),
    ("/apply/application", "Your rental application"),
    ("/home-loans/pre-approval", "Get pre-approved"),
    ("/listing/C8123456", "Condo for rent — 88 Queens Quay W, Toronto"),
    ("/landlords/portal", "Owner portal"),
]


def web_context(f: Fake, region: str):
    base, _brand, locale, tz = SITES[region]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)[0]),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.google.com.au/", "https://l.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?beds=2&sort=newest", "?page=2"])
            ),
            "title": G(lambda f: f.pick(WEB_PAGES)[1]),
            "url": G(lambda f: base + f.pick(WEB_PAGES)[0]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick([locale, "en-US", "fr-CA", "zh-CN"])),
        "timezone": G(lambda f: f.pick([tz, "Australia/Melbourne", "America/Vancouver", "Australia/Perth"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["spring_rentals_2024", "first_home_buyer", "refinance_q3", "brand_search"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "domain_partner"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "2 bedroom rent parramatta",
                        "condo toronto",
                        "home loan pre approval",
                        "rentals near me",
                    ]
                )
            ),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
                "DataSharing": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_context(f: Fake, region: str):
    return {
        "app": {
            "name": G(lambda f: SITES[region][1]),
            "version": G(lambda f: f.pick(["6.14.0", "6.15.2", "6.16.0"])),
            "build": G(lambda f: f.pick(["6140", "6152", "6160"])),
            "namespace": G(lambda f: f"com.{SITES[region][1].lower()}.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-CA", "fr-CA", "vi-AU"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telstra", "Optus", "Vodafone AU", "Rogers", "Bell", "Fido"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Australia/Brisbane", "America/Toronto"])),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake, region: str):
    return {
        "app": {
            "name": G(lambda f: f.pick(["Harbourview", "Harbourview PM"])),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: f.pick(["au.com.harbourview.android", "au.com.harbourview.pm"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Pixel 8", "CPH2305"])),
            "name": G(lambda f: f.pick(["a54x", "shiba", "OP5395L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-GB", "zh-AU"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-38.2, -27.3), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(115.7, 153.4), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 12.5])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telstra", "Optus", "TPG"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Australia/Sydney", "Australia/Perth", "Australia/Adelaide"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(f: Fake, region: str):
    return {
        "app": {
            "name": G(lambda f: SITES[region][1] + " Rent"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.1", "4.10.0"])),
            "build": G(lambda f: f.pick(["480", "491", "4100"])),
            "namespace": G(lambda f: f"com.{SITES[region][1].lower()}.rent"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S911W", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-AU", "en-CA", "fr-CA", "ko-KR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Australia/Melbourne", "America/Vancouver", "America/Montreal"])),
        "traits": {
            "email": Y(lambda f: email(f, region), "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(lambda f: phone(f, region), "phone"),
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "plan": G(lambda f: f.pick(["renter", "renter_plus"])),
        },
    }


def flutter_context(f: Fake, region: str):
    return {
        "app": {
            "name": G(lambda f: SITES[region][1] + " Home Loans"),
            "version": G(lambda f: f.pick(["2.1.0", "2.2.3", "2.3.0"])),
            "build": G(lambda f: f.pick(["2100", "2203", "2300"])),
            "namespace": G(lambda f: f"com.{SITES[region][1].lower()}.loans"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991W", "moto g power (2022)"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["en_CA", "fr_CA", "en_AU", "pa_IN"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412])),
            "height": G(lambda f: f.pick([844, 915])),
            "density": G(lambda f: f.pick([3, 2.625])),
        },
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Edmonton", "Australia/Sydney"])),
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_VERSIONS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby", "dotnet"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if lib in ("node", "php"):
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib == "ruby":
        ctx["active"] = G(lambda f: False)
    if lib == "java":
        ctx["traits"] = {
            "email": Y(lambda f: email(f, f.pick(["au", "ca"])), "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
        }
    if lib == "go":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: email(f, f.pick(["au", "ca"])), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "python":
        ctx["groupId"] = G(lambda f: "agency_" + f.digits(5))
    return ctx


def context_for(f: Fake, client: str, region: str):
    if client == "web":
        return web_context(f, region)
    if client == "swift":
        return swift_context(f, region)
    if client == "kotlin":
        return kotlin_context(f, region)
    if client == "rn":
        return rn_context(f, region)
    if client == "flutter":
        return flutter_context(f, region)
    return server_context(f, client)


# -- reusable blocks --------------------------------------------------------------------------------


def agent_block(region: str):
    dom = "harbourview.com.au" if region == "au" else "maplekey.ca"
    return {
        "id": G(lambda f: "agt_" + f.digits(5)),
        "name": Y(full_name, "name"),
        "mobile": Y(lambda f: phone(f, region), "phone"),
        "email": Y(lambda f: work_email(f, dom), "email"),
        "licence_number": Y(lambda f: f.pick(["20", "10"]) + f.digits(6), "license"),
        "office": G(lambda f: f.pick(["Parramatta", "Inner West", "Toronto Downtown", "Fitzroy"])),
        "office_phone": G(lambda f: f.pick(AGENT_OFFICE_PHONES)),
    }


def product_listing():
    return {
        "product_id": G(listing_id),
        "sku": G(mls),
        "name": G(lambda f: f.pick(LISTING_TITLES)),
        "brand": G(lambda f: f.pick(AGENCIES)),
        "category": G(lambda f: f.pick(["rent", "buy", "sold"])),
        "price": G(lambda f: f.pick([money_round(f, 450, 1400, 10), money_round(f, 550000, 2400000)])),
        "url": G(lambda f: "https://www.harbourview.com.au/property/" + listing_id(f)),
        "suburb": G(lambda f: f.pick(AU_PLACES)[0]),
        "latitude": G(lambda f: round(f.r.uniform(-37.9, -33.7), 6)),
        "longitude": G(lambda f: round(f.r.uniform(144.9, 151.3), 6)),
    }


def typed_address(f: Fake) -> str:
    """What an applicant has typed into an address box when they pick a suggestion."""
    unit = f.pick(["", "", f"{f.r.randint(1, 40)}/"])
    st = f.pick(AU_STREETS)
    name, kind = st.rsplit(" ", 1) if " " in st else (st, "")
    return f"{unit}{f.r.randint(1, 320)} {name} {kind[: f.r.randint(0, len(kind))]}".rstrip()


def maintenance_text(f: Fake) -> str:
    issue = f.pick(
        [
            "Hot water system not working since Sunday.",
            "Kitchen tap leaking under the sink.",
            "Smoke alarm in hallway keeps beeping.",
            "Garage door remote stopped working.",
            "Mould coming back in the bathroom ceiling.",
        ]
    )
    tail = f.pick(
        ["Please call me on {p} to arrange access.", "Best number is {p}.", "Text {p} before coming."]
    )
    return issue + " " + tail.format(p=au_mobile(f))


# -- events -------------------------------------------------------------------------------------------
# (type, event or page/screen name, client, region, weight, body)

EVENTS = [
    # -- search and listings ------------------------------------------------------------------------
    (
        "page",
        "Listing Detail",
        "web",
        "au",
        2,
        {
            "name": G(lambda f: "Listing Detail"),
            "path": G(lambda f: "/property/" + listing_id(f)),
            "url": G(lambda f: "https://www.harbourview.com.au/property/" + listing_id(f)),
            "title": G(lambda f: f.pick(LISTING_TITLES) + " | Harbourview"),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com.au/", "", "https://www.harbourview.com.au/rent"])
            ),
            "search": G(lambda f: f.pick(["", "?from=saved", "?inspection=1"])),
            "listing_id": G(listing_id),
            "listing_type": G(lambda f: f.pick(["rent", "buy"])),
            "price_display": G(
                lambda f: f.pick(["$650 per week", "Offers over $1.2m", "Contact agent", "$780 pw"])
            ),
        },
    ),
    (
        "page",
        "Search Results",
        "web",
        "ca",
        1,
        {
            "name": G(lambda f: "Search Results"),
            "path": G(
                lambda f: f.pick(["/rent/toronto", "/buy/montreal/plateau", "/rent/vancouver/kitsilano"])
            ),
            "url": G(
                lambda f: "https://www.maplekey.ca" + f.pick(["/rent/toronto", "/buy/calgary", "/rent/laval"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Condos for rent in Toronto", "Houses for sale in Calgary", "Logements à louer"]
                )
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.ca/", "", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?beds=2", "?pets=1&max=2600"])),
            "category": G(lambda f: f.pick(["rent", "buy"])),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        "au",
        2,
        {
            "query": G(
                lambda f: f.pick(
                    ["3 bed house parramatta", "pet friendly unit fitzroy", "granny flat", "near uni"]
                )
            ),
            "search_id": G(lambda f: f.uuid()),
            "filters": {
                "bedrooms_min": G(lambda f: f.r.randint(1, 4)),
                "property_types": Many(G(lambda f: f.pick(["house", "apartment", "townhouse", "villa"])), 3),
                "price_min": G(lambda f: money_round(f, 300, 700, 50)),
                "price_max": G(lambda f: money_round(f, 700, 1500, 50)),
                "suburbs": Many(G(lambda f: f.pick(AU_PLACES)[0]), 3),
                "pets_allowed": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 480)),
            "sort": G(lambda f: f.pick(["relevance", "newest", "price_asc"])),
            "listing_type": G(lambda f: f.pick(["rent", "buy"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        "web",
        "au",
        1,
        {
            "list_id": G(lambda f: "srp_" + f.hexid(8)),
            "category": G(lambda f: f.pick(["rent", "buy"])),
            "products": Many(product_listing(), 4),
        },
    ),
    (
        "track",
        "Listing Viewed",
        "swift",
        "au",
        2,
        {
            "listing_id": G(listing_id),
            "listing_type": G(lambda f: f.pick(["rent", "buy"])),
            "address": G(au_address),
            "agency_name": G(lambda f: f.pick(AGENCIES)),
            "agent_id": G(lambda f: "agt_" + f.digits(5)),
            "days_on_market": G(lambda f: f.r.randint(0, 120)),
            "price_guide_low": G(lambda f: money_round(f, 500000, 1500000, 10000)),
        },
    ),
    (
        "screen",
        "Listing Gallery",
        "swift",
        "au",
        1,
        {
            "listing_id": G(listing_id),
            "listing_type": G(lambda f: f.pick(["rent", "buy"])),
            "photo_index": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Map Searched",
        "rn",
        "ca",
        1,
        {
            "map_center": {
                "lat": G(lambda f: round(f.r.uniform(43.6, 45.6), 6)),
                "lng": G(lambda f: round(f.r.uniform(-79.5, -73.5), 6)),
            },
            "zoom": G(lambda f: f.pick([11, 12, 13, 14, 15])),
            "near_me": G(lambda f: f.pick([True, False])),
            "user_location": {
                "latitude": Y(lambda f: round(f.r.uniform(43.6, 45.6), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-79.5, -73.5), 6), "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65])),
            },
            "results_count": G(lambda f: f.r.randint(0, 300)),
        },
    ),
    (
        "track",
        "Product Added to Wishlist",
        "kotlin",
        "au",
        1,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": G(
                lambda f: f.pick(["Shortlist", "Dream homes", "Close to Mum's", "Investment"])
            ),
            "product_id": G(listing_id),
            "price": G(lambda f: money_round(f, 450, 1400, 10)),
            "category": G(lambda f: f.pick(["rent", "buy"])),
            "shared_with": Y(lambda f: email(f, "au"), "email", True),
            "collaborators_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Saved Search Created",
        "flutter",
        "ca",
        1,
        {
            "saved_search_id": G(lambda f: f.uuid()),
            "search_name": G(
                lambda f: f.pick(["2BR near TTC", "Plateau lofts", "Kits condos", "Family homes Laval"])
            ),
            "locations": Many(G(lambda f: f.pick(CA_PLACES)[0]), 3),
            "alert_frequency": G(lambda f: f.pick(["instant", "daily", "weekly"])),
            "notify_by_email": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Enquiry Submitted",
        "web",
        "au",
        2,
        {
            "listing_id": G(listing_id),
            "agent_id": G(lambda f: "agt_" + f.digits(5)),
            "enquiry_type": G(lambda f: f.pick(["inspection", "price_guide", "contract", "availability"])),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(lambda f: email(f, "au"), "email"),
            "phone": Y(lambda f: phone(f, "au"), "phone"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Hi, is this property still available?",
                        "Could you send me the contract of sale?",
                        "Are pets considered? We have a small dog.",
                        "Is there an open home this Saturday?",
                    ]
                )
            ),
            "preferred_contact_method": G(lambda f: f.pick(["phone", "email", "sms"])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Viewing Booked",
        "swift",
        "au",
        2,
        {
            "viewing_id": G(lambda f: f.uuid()),
            "listing_id": G(listing_id),
            "inspection_start": G(ts),
            "inspection_type": G(lambda f: f.pick(["open_home", "private", "virtual"])),
            "attendees": G(lambda f: f.r.randint(1, 4)),
            "attendee_name": Y(full_name, "name"),
            "attendee_mobile": Y(lambda f: phone(f, "au"), "phone"),
            "agent": agent_block("au"),
            "calendar_added": G(lambda f: f.pick([True, False])),
            "reminder_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agent Searched",
        "web",
        "ca",
        1,
        {
            "q": Y(full_name, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "city": G(lambda f: f.pick(CA_PLACES)[0]),
            "search_scope": G(lambda f: f.pick(["agents", "agents_and_agencies"])),
        },
    ),
    (
        "track",
        "Inbound SMS Received",
        "python",
        "ca",
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+1" + "".join(c for c in ca_phone(f) if c.isdigit())[-10:], "phone", True),
            "To": G(lambda f: f.pick(["+14165550142", "+16045550177", "+15145550100"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "YES",
                        "Can we move it to 5pm?",
                        "STOP",
                        "Confirmed, see you then",
                        "Running 10 min late",
                    ]
                )
            ),
            "SmsStatus": G(lambda f: "received"),
            "FromCountry": G(lambda f: "CA"),
        },
    ),
    # -- rental applications ------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "au",
        2,
        {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(lambda f: email(f, "au"), "email"),
            "mobile": Y(lambda f: phone(f, "au"), "phone"),
            "date_of_birth": Y(dob, "birthdate"),
            "current_address": {
                "street": Y(au_street, "street|address"),
                "suburb": Y(lambda f: city(f, "au"), "city"),
                "state": G(lambda f: f.pick(AU_PLACES)[1]),
                "postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
                "country": G(lambda f: "AU"),
            },
            "created_at": G(ts),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "applicant_type": G(lambda f: f.pick(["renter", "buyer", "both"])),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Rental Application Started",
        "web",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "listing_id": G(listing_id),
            "move_in_date": G(date24),
            "lease_term_months": G(lambda f: f.pick([6, 12, 24])),
            "weekly_rent_offered": G(lambda f: money_round(f, 450, 1400, 10)),
            "applicant_count": G(lambda f: f.r.randint(1, 4)),
            "has_pets": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Step Completed",
        "rn",
        "au",
        2,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "step": G(lambda f: f.r.randint(1, 8)),
            "step_name": G(lambda f: f.pick(["personal_details", "identity", "income", "references"])),
            "duration_ms": G(lambda f: f.r.randint(5000, 600000)),
            "applicant": {
                "salutation": Y(lambda f: f.pick(["Mr", "Ms", "Mrs", "Mx", "Miss"]), "gender"),
                "first_name": Y(first, "name"),
                "middle_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "preferred_name": Y(first, "name"),
                "date_of_birth": Y(dob, "birthdate"),
                "mobile": Y(lambda f: phone(f, "au"), "phone"),
                "email": Y(lambda f: email(f, "au"), "email"),
                "residency_status": Y(
                    lambda f: f.pick(["citizen", "permanent_resident", "temporary_visa", "nz_citizen"]),
                    "citizenship",
                ),
                "visa_subclass": RED(lambda f: f.pick(["500", "485", "482", "820", "189"]), "visa"),
                "marital_status": G(lambda f: f.pick(["single", "married", "de_facto", "separated"])),
            },
        },
    ),
    (
        "track",
        "Identity Documents Added",
        "web",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "total_points": G(lambda f: f.pick([70, 100, 110, 140])),
            "drivers_licence": {
                "number": Y(au_licence, "license"),
                "card_number": Y(lambda f: f.digits(10), "license"),
                "state_of_issue": G(lambda f: f.pick(["NSW", "VIC", "QLD", "WA"])),
                "expiry": G(lambda f: f.date(2025, 2034)),
            },
            "passport": {
                "number": RED(au_passport, "passport"),
                "country_of_issue": Y(
                    lambda f: f.pick(["AUS", "IND", "CHN", "GBR", "VNM", "NZL"]), "citizenship"
                ),
                "expiry": G(lambda f: f.date(2025, 2034)),
            },
            "medicare": {
                "number": RED(medicare, "health id"),
                "irn": G(lambda f: f.r.randint(1, 5)),
                "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(2025, 2029)}"),
            },
            "selfie_url": Y(lambda f: f"https://kyc.harbourview.com.au/selfie/{f.uuid()}.jpg", "photo"),
            "verification_status": G(lambda f: f.pick(["verified", "pending", "manual_review"])),
        },
    ),
    (
        "track",
        "ID Verification Submitted",
        "flutter",
        "ca",
        1,
        {
            "document_type": G(lambda f: f.pick(["drivers_licence", "passport", "health_card"])),
            "drivers_licence_number": Y(ca_licence, "license"),
            "province_of_issue": G(lambda f: f.pick(["ON", "QC", "BC", "AB"])),
            "health_card_number": RED(health_card, "health id"),
            "passport_number": RED(ca_passport, "passport"),
            "date_of_birth": Y(dob, "birthdate"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "provider_reference": G(lambda f: "chk_" + f.hexid(20)),
        },
    ),
    (
        "track",
        "Employment Details Added",
        "web",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "employment_status": G(
                lambda f: f.pick(["full_time", "part_time", "casual", "self_employed", "student"])
            ),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(lambda f: f.pick(JOBS)),
            "start_date": G(lambda f: f.date(2010, 2024)),
            "net_weekly_income": Y(lambda f: money_round(f, 700, 3500, 5), "salary"),
            "gross_annual_income": Y(lambda f: money_round(f, 45000, 220000, 500), "salary"),
            "employer_phone": G(
                lambda f: f.pick(["13 20 76", "1300 302 450", "(02) 8296 0000", "1800 000 600"])
            ),
            "employer_address": G(
                lambda f: f.pick(
                    [
                        "1 Woolworths Way, Bella Vista NSW 2153",
                        "242 Exhibition St, Melbourne VIC 3000",
                        "341 George St, Sydney NSW 2000",
                    ]
                )
            ),
            "employer_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(lambda f: phone(f, "au"), "phone"),
                "email": Y(
                    lambda f: work_email(
                        f, f.pick(["woolworths.com.au", "health.nsw.gov.au", "atlassian.com"])
                    ),
                    "email",
                ),
                "position": G(lambda f: f.pick(["HR Manager", "Payroll Officer", "Team Leader"])),
            },
            "income_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Reference Added",
        "web",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "reference_type": G(lambda f: f.pick(["personal", "employer", "landlord"])),
            "referee": {
                "full_name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["friend", "manager", "colleague", "former landlord"])),
                "phone": Y(lambda f: phone(f, "au"), "phone"),
                "email": Y(lambda f: email(f, "au"), "email"),
                "years_known": G(lambda f: f.r.randint(1, 20)),
            },
            "consent_to_contact": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Rental History Added",
        "rn",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "previous_address": {
                "line_1": Y(au_street, "address|street"),
                "suburb": Y(lambda f: city(f, "au"), "city"),
                "state": G(lambda f: f.pick(AU_PLACES)[1]),
                "postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
            },
            "tenancy_start": G(lambda f: f.date(2015, 2022)),
            "tenancy_end": G(lambda f: f.date(2022, 2024)),
            "weekly_rent": G(lambda f: money_round(f, 350, 1100, 5)),
            "landlord_type": G(lambda f: f.pick(["agent", "private"])),
            "previous_agent": {
                "agency_name": G(lambda f: f.pick(AGENCIES)),
                "agency_phone": G(lambda f: f.pick(AGENT_OFFICE_PHONES)),
                "property_manager_name": Y(full_name, "name"),
                "property_manager_mobile": Y(au_mobile, "phone"),
                "property_manager_email": Y(
                    lambda f: work_email(f, f.pick(["harbourview.com.au", "raycoproperty.com.au"])), "email"
                ),
            },
            "bond_refunded_in_full": G(lambda f: f.pick([True, False])),
            "bond_number": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Pet Added",
        "rn",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "pet": {
                "name": G(lambda f: f.pick(PET_NAMES)),
                "type": G(lambda f: f.pick(["dog", "cat", "bird"])),
                "breed": G(lambda f: f.pick(BREEDS)),
                "age": G(lambda f: f.r.randint(1, 14)),
                "desexed": G(lambda f: f.pick([True, False])),
                "council_registration": G(lambda f: f.digits(7)),
                "microchip_number": G(lambda f: "956" + f.digits(12)),
            },
            "pet_reference_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Occupants Added",
        "flutter",
        "ca",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "occupants": Many(
                {
                    "name": Y(full_name, "name"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "roommate"])),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "is_adult": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "total_occupants": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Co-applicant Invited",
        "node",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "invitee_name": Y(full_name, "name"),
            "invitee_email": Y(lambda f: email(f, "au"), "email"),
            "invitee_mobile": Y(lambda f: phone(f, "au"), "phone"),
            "invite_token": RED(lambda f: b64url(f, 43), "token"),
            "invite_expires_at": G(ts),
            "relationship": G(lambda f: f.pick(["partner", "housemate", "family"])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        "web",
        "ca",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "relationship": G(lambda f: f.pick(["mother", "brother", "friend", "spouse"])),
                "phone": Y(lambda f: phone(f, "ca"), "phone"),
                "email": Y(lambda f: email(f, "ca"), "email"),
            },
        },
    ),
    (
        "track",
        "Guarantor Added",
        "go",
        "ca",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "guarantor": {
                "full_name": Y(full_name, "name"),
                "email": Y(lambda f: email(f, "ca"), "email"),
                "phone": Y(lambda f: phone(f, "ca"), "phone"),
                "annual_income": Y(lambda f: money_round(f, 60000, 250000, 1000), "salary"),
                "owns_property": G(lambda f: f.pick([True, False])),
                "relationship": G(lambda f: f.pick(["parent", "grandparent", "employer", "relative"])),
            },
        },
    ),
    (
        "track",
        "Rental Application Submitted",
        "java",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "listing_id": G(listing_id),
            "property_address": G(au_address),
            "applicants_count": G(lambda f: f.r.randint(1, 4)),
            "household_weekly_income": Y(lambda f: money_round(f, 900, 6000, 10), "salary"),
            "rent_to_income_ratio": G(lambda f: round(f.r.uniform(0.15, 0.5), 2)),
            "has_guarantor": G(lambda f: f.pick([True, False])),
            "ndis_participant": RED(lambda f: f.pick([True, False]), "disability"),
            "accessibility_modifications_needed": RED(lambda f: f.pick([True, False]), "disability"),
            "submitted_at": G(ts),
        },
    ),
    (
        "track",
        "Demande de location soumise",
        "web",
        "ca",
        1,
        {
            "prenom": Y(first, "name"),
            "nom_de_famille": Y(last, "name"),
            "courriel": Y(lambda f: email(f, "ca"), "email"),
            "telephone_cellulaire": Y(lambda f: phone(f, "ca"), "phone"),
            "date_de_naissance": Y(dob, "birthdate"),
            "adresse_actuelle": Y(ca_street, "address|street"),
            "ville": Y(lambda f: f.pick(["Montréal", "Laval", "Québec", "Gatineau", "Sherbrooke"]), "city"),
            "code_postal": Y(lambda f: ca_postcode(f, f.pick(["H2X", "H7N", "G1R", "J8X"])), "zipcode"),
            "province": G(lambda f: "QC"),
            "employeur": G(lambda f: f.pick(EMPLOYERS)),
            "revenu_annuel_brut": Y(lambda f: money_round(f, 38000, 160000, 500), "salary"),
            "numero_assurance_sociale": RED(sin, "national id"),
            "nombre_occupants": G(lambda f: f.r.randint(1, 5)),
            "animaux_de_compagnie": G(lambda f: f.pick([True, False])),
            "langue_de_correspondance": G(lambda f: f.pick(["fr", "en"])),
            "consentement_verification_credit": G(lambda f: f.pick([True, False])),
            "identifiant_annonce": G(mls),
        },
    ),
    (
        "track",
        "Visite planifiée",
        "rn",
        "ca",
        1,
        {
            "identifiant_annonce": G(mls),
            "date_visite": G(ts),
            "nom_courtier": Y(full_name, "name"),
            "courriel_courtier": Y(lambda f: work_email(f, "maplekey.ca"), "email"),
            "nombre_de_chambres": G(lambda f: f.r.randint(1, 5)),
            "arrondissement": G(
                lambda f: f.pick(["Le Plateau-Mont-Royal", "Rosemont", "Verdun", "Villeray"])
            ),
            "prix_demande": G(lambda f: money_round(f, 1400, 3200, 25)),
        },
    ),
    (
        "track",
        "Tenant Screening Requested",
        "ruby",
        "ca",
        1,
        {
            "screening_id": G(lambda f: "scr_" + f.hexid(16)),
            "applicant": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "sin_last_three": RED(lambda f: f.digits(3), "national id"),
                "email": Y(lambda f: email(f, "ca"), "email"),
                "phone": Y(lambda f: phone(f, "ca"), "phone"),
                "current_address": {
                    "street": Y(ca_street, "street|address"),
                    "city": Y(lambda f: city(f, "ca"), "city"),
                    "province": G(lambda f: f.pick(CA_PLACES)[1]),
                    "postal_code": Y(lambda f: ca_postcode(f), "zipcode"),
                },
            },
            "consent_given_at": G(ts),
            "package": G(lambda f: f.pick(["credit_only", "credit_and_background", "full"])),
            "credit_bureau": G(lambda f: f.pick(["Equifax", "TransUnion"])),
        },
    ),
    (
        "track",
        "Tenant Screening Completed",
        "ruby",
        "ca",
        1,
        {
            "screening_id": G(lambda f: "scr_" + f.hexid(16)),
            "credit_score": Y(lambda f: f.r.randint(420, 890), "credit score"),
            "score_band": G(lambda f: f.pick(["poor", "fair", "good", "very_good", "excellent"])),
            "recommendation": G(lambda f: f.pick(["accept", "conditional", "decline"])),
            "bankruptcies_found": G(lambda f: f.pick([True, False])),
            "eviction_records_found": G(lambda f: f.r.randint(0, 2)),
            "report_id": G(lambda f: "rpt_" + f.hexid(16)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "au",
        1,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(14)),
            "total": G(lambda f: money_round(f, 900, 2800, 10)),
            "currency": G(lambda f: f.pick(["AUD", "CAD"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["holding_deposit", "application_fee", "key_deposit"])),
                    "name": G(
                        lambda f: f.pick(["Holding deposit (1 week)", "Tenant check fee", "Key deposit"])
                    ),
                    "price": G(lambda f: money_round(f, 20, 1400, 5)),
                    "category": G(lambda f: "rental"),
                },
                2,
            ),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "google_pay"])),
            "payment_method_id": RED(
                lambda f: "pm_1" + b64url(f, 23).replace("-", "A").replace("_", "b"), "token"
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "bin": G(lambda f: f.pick(["456471", "516361", "494052", "376543"])),
                "fingerprint": G(lambda f: b64url(f, 16)),
            },
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(lambda f: email(f, "au"), "email"),
                "phone": Y(lambda f: phone(f, "au"), "phone"),
                "address": {
                    "line1": Y(au_street, "address|street"),
                    "city": Y(lambda f: city(f, "au"), "city"),
                    "postal_code": Y(lambda f: postcode(f, "au"), "zipcode"),
                    "state": G(lambda f: f.pick(AU_PLACES)[1]),
                    "country": G(lambda f: "AU"),
                },
            },
        },
    ),
    (
        "track",
        "Holding Deposit Card Entered",
        "php",
        "au",
        1,
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvc": RED(lambda f: str(f.r.randint(100, 999)), "credit card"),
            "name_on_card": Y(lambda f: full_name(f).upper(), "name"),
            "amount": G(lambda f: money_round(f, 450, 1400, 10)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "rn",
        "au",
        1,
        {
            "step": G(lambda f: f.r.randint(2, 4)),
            "payment_method": G(lambda f: f.pick(["direct_debit", "bpay", "card"])),
            "bsb": G(bsb),
            "account_number": RED(au_account, "bank account"),
            "account_name": Y(full_name, "name"),
            "bank_name": G(lambda f: f.pick(LENDERS[:6])),
            "mandate_id": G(lambda f: "DDR-" + f.digits(8)),
            "rent_frequency": G(lambda f: f.pick(["weekly", "fortnightly", "monthly"])),
        },
    ),
    (
        "track",
        "PAD Agreement Signed",
        "flutter",
        "ca",
        1,
        {
            "institution_number": G(lambda f: f.pick(["001", "002", "003", "004", "006", "010", "815"])),
            "transit_number": G(lambda f: f.digits(5)),
            "account_number": RED(ca_account, "bank account"),
            "account_holder": Y(full_name, "name"),
            "void_cheque_uploaded": G(lambda f: f.pick([True, False])),
            "agreement_version": G(lambda f: f.pick(["2023-10", "2024-03"])),
            "signed_at": G(ts),
        },
    ),
    (
        "track",
        "Bond Lodged",
        "python",
        "au",
        1,
        {
            "bond_number": G(lambda f: f.digits(8)),
            "bond_amount": G(lambda f: money_round(f, 1800, 5600, 10)),
            "lodgement_reference": G(lambda f: "RBO" + f.digits(9)),
            "authority": G(lambda f: f.pick(["NSW Fair Trading", "RTBA", "RTA QLD", "CBS SA"])),
            "tenant_names": Many(Y(full_name, "name"), 3),
            "landlord_name": Y(full_name, "name"),
            "premises_address": Y(au_address, "address"),
            "premises_postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
            "lodged_at": G(ts),
        },
    ),
    # -- mortgages ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "dotnet",
        "au",
        1,
        {
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(lambda f: email(f, "au"), "email"),
            "MobilePhone": Y(lambda f: phone(f, "au"), "phone"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "Postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
            "State": G(lambda f: f.pick(AU_PLACES)[1]),
            "FirstHomeBuyer": G(lambda f: f.pick([True, False])),
            "BrokerId": G(lambda f: f.r.randint(1000, 9999)),
            "LeadScore": G(lambda f: f.r.randint(0, 100)),
            "CreatedUtc": G(ts),
            "MarketingConsent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pre-Approval Started",
        "web",
        "au",
        1,
        {
            "loan_purpose": G(lambda f: f.pick(["owner_occupier", "investment", "refinance"])),
            "property_value": G(lambda f: money_round(f, 450000, 2500000, 5000)),
            "deposit_amount": G(lambda f: money_round(f, 40000, 600000, 1000)),
            "loan_amount": G(lambda f: money_round(f, 300000, 2000000, 5000)),
            "rate_type": G(lambda f: f.pick(["variable", "fixed_2y", "split"])),
            "first_home_buyer": G(lambda f: f.pick([True, False])),
            "postcode_of_interest": G(lambda f: f.pick(AU_PLACES)[2]),
        },
    ),
    (
        "track",
        "Borrower Details Submitted",
        "go",
        "au",
        1,
        {
            "application_id": G(lambda f: "hl_" + f.digits(9)),
            "borrower": {
                "given_name": Y(first, "name"),
                "family_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "email": Y(lambda f: email(f, "au"), "email"),
                "mobile": Y(lambda f: phone(f, "au"), "phone"),
                "marital_status": G(lambda f: f.pick(["single", "married", "de_facto", "divorced"])),
                "dependants_count": G(lambda f: f.r.randint(0, 4)),
                "residency_status": Y(
                    lambda f: f.pick(["citizen", "permanent_resident", "temporary_resident"]), "citizenship"
                ),
                "years_at_address": G(lambda f: f.r.randint(0, 20)),
            },
            "employment": {
                "employer": G(lambda f: f.pick(EMPLOYERS)),
                "occupation": G(lambda f: f.pick(JOBS)),
                "employment_type": G(
                    lambda f: f.pick(["payg_full_time", "payg_part_time", "self_employed", "contract"])
                ),
                "gross_annual_income": Y(lambda f: money_round(f, 50000, 320000, 500), "salary"),
            },
            "dependants": Many({"age": G(lambda f: f.r.randint(0, 17))}, 3),
            "monthly_expenses": G(lambda f: money_round(f, 1800, 9000, 10)),
        },
    ),
    (
        "track",
        "Co-Borrower Added",
        "go",
        "au",
        1,
        {
            "application_id": G(lambda f: "hl_" + f.digits(9)),
            "co_borrower": {
                "given_name": Y(first, "name"),
                "family_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "email": Y(lambda f: email(f, "au"), "email"),
                "mobile": Y(lambda f: phone(f, "au"), "phone"),
                "relationship_to_primary": G(lambda f: f.pick(["spouse", "de_facto", "parent", "sibling"])),
                "employer": G(lambda f: f.pick(EMPLOYERS)),
                "gross_annual_income": Y(lambda f: money_round(f, 30000, 260000, 500), "salary"),
            },
            "is_guarantor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Credit Check Authorised",
        "java",
        "ca",
        1,
        {
            "consent_id": G(lambda f: f.uuid()),
            "bureau": G(lambda f: f.pick(["Equifax", "TransUnion"])),
            "soft_pull": G(lambda f: f.pick([True, False])),
            "sin": RED(sin, "national id"),
            "date_of_birth": Y(dob, "birthdate"),
            "current_address": Y(ca_address, "address"),
            "postal_code": Y(lambda f: ca_postcode(f), "zipcode"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
            "consent_text_version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "track",
        "Bank Statements Connected",
        "web",
        "au",
        1,
        {
            "provider": G(lambda f: f.pick(["basiq", "flinks", "illion"])),
            "connection_id": G(lambda f: f.uuid()),
            "institution": {
                "id": G(lambda f: "AU" + f.digits(5)),
                "name": G(lambda f: f.pick(LENDERS)),
            },
            "accounts": Many(
                {
                    "account_id": G(lambda f: f.uuid()),
                    "type": G(lambda f: f.pick(["transaction", "savings", "credit-card", "mortgage"])),
                    "bsb": G(bsb),
                    "account_number": RED(au_account, "bank account"),
                    "account_name": Y(lambda f: f.pick(["", "MR ", "MS "]) + full_name(f).upper(), "name"),
                    "balance": G(lambda f: f.money(-2000, 45000)),
                    "currency": G(lambda f: "AUD"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "rn",
        "ca",
        1,
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: f.pick(["payslip", "bank_statement", "t4", "notice_of_assessment"])),
            "file_name": Y(
                lambda f: f.pick(
                    [
                        "{f}_{l}_payslip_{m}.pdf",
                        "{l} {f} - T4 2023.pdf",
                        "NOA_2023_{f}{l}.pdf",
                        "{f} {l} bank statement {m}.pdf",
                    ]
                ).format(f=first(f), l=last(f), m=f.pick(["Jan", "Feb", "Mar", "Apr"])),
                "name",
                True,
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40000, 6000000)),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Offset Account Opened",
        "python",
        "au",
        1,
        {
            "account_id": G(lambda f: f.uuid()),
            "bsb": G(bsb),
            "account_number": RED(au_account, "bank account"),
            "tfn": RED(tfn, "national id"),
            "tfn_provided": G(lambda f: True),
            "tfn_exemption": G(lambda f: f.pick(["none", "pensioner", "under_16"])),
            "interest_rate": G(lambda f: f.pick([0.0, 4.15, 5.2])),
            "linked_loan_id": G(lambda f: "hl_" + f.digits(9)),
        },
    ),
    (
        "track",
        "Pre-Approval Issued",
        "php",
        "au",
        1,
        {
            "approval_id": G(lambda f: "PA-" + f.digits(7)),
            "approved_amount": G(lambda f: money_round(f, 300000, 2000000, 5000)),
            "expiry_date": G(date24),
            "lender": G(lambda f: f.pick(LENDERS)),
            "conditions": Many(G(lambda f: f.pick(["valuation", "payslips", "contract_of_sale", "lmi"])), 3),
            "broker": {
                "name": Y(full_name, "name"),
                "email": Y(lambda f: work_email(f, f.pick(["keyhaven.com.au", "aussie.com.au"])), "email"),
                "phone": Y(au_mobile, "phone"),
                "credit_rep_number": Y(lambda f: f.digits(6), "license"),
                "acl_number": G(lambda f: f.pick(["246786", "391237", "517192"])),
            },
        },
    ),
    (
        "track",
        "Loan Preferences Set",
        "swift",
        "au",
        1,
        {
            "sharia_compliant_only": Y(lambda f: f.pick([True, False]), "religion"),
            "firb_required": Y(lambda f: f.pick([True, False]), "citizenship"),
            "offset_wanted": G(lambda f: f.pick([True, False])),
            "rate_type": G(lambda f: f.pick(["variable", "fixed_2y", "split"])),
            "preferred_lenders": Many(G(lambda f: f.pick(LENDERS[:6])), 3),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        "flutter",
        "ca",
        1,
        {
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "first_time_buyer": G(lambda f: f.pick([True, False])),
            "permanent_resident": Y(lambda f: f.pick([True, False]), "citizenship"),
            "down_payment_pct": G(lambda f: f.pick([5, 10, 15, 20])),
            "cmhc_insured": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- offers and settlement ------------------------------------------------------------------------
    (
        "track",
        "Offer Submitted",
        "web",
        "au",
        1,
        {
            "offer_id": G(lambda f: f.uuid()),
            "listing_id": G(listing_id),
            "offer_amount": G(lambda f: money_round(f, 500000, 2500000, 5000)),
            "deposit_percent": G(lambda f: f.pick([5, 10])),
            "subject_to_finance": G(lambda f: f.pick([True, False])),
            "settlement_period_days": G(lambda f: f.pick([30, 42, 60, 90])),
            "conveyancer": {
                "firm": G(
                    lambda f: f.pick(["Settle Easy Conveyancing", "Lawson & Partners", "PEXA Legal Co"])
                ),
                "name": Y(full_name, "name"),
                "email": Y(
                    lambda f: work_email(f, f.pick(["settleeasy.com.au", "lawsonpartners.com.au"])), "email"
                ),
                "phone": Y(au_mobile, "phone"),
            },
            "purchaser_names": Many(Y(full_name, "name"), 2),
        },
    ),
    (
        "track",
        "Agreement Signed",
        "node",
        "ca",
        1,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: "completed"),
            "emailSubject": G(
                lambda f: f.pick(
                    [
                        "Please DocuSign: Agreement of Purchase and Sale",
                        "Please DocuSign: Residential Tenancy Agreement (Form 2229F)",
                        "Please DocuSign: Amendment to Agreement",
                    ]
                )
            ),
            "recipients": {
                "signers": Many(
                    {
                        "name": Y(full_name, "name"),
                        "email": Y(lambda f: email(f, "ca"), "email"),
                        "recipientId": G(lambda f: str(f.r.randint(1, 4))),
                        "status": G(lambda f: f.pick(["completed", "signed"])),
                        "signedDateTime": G(ts),
                    },
                    3,
                )
            },
            "sender": {
                "userName": Y(full_name, "name"),
                "email": Y(lambda f: work_email(f, "maplekey.ca"), "email"),
            },
        },
    ),
    (
        "track",
        "Settlement Booked",
        "python",
        "au",
        1,
        {
            "workspace_id": G(lambda f: "PEXA" + f.digits(8)),
            "settlement_date": G(date24),
            "title_reference": G(
                lambda f: f.pick(
                    [f"{f.r.randint(1, 99)}/DP{f.digits(6)}", f"Vol {f.digits(5)} Fol {f.digits(3)}"]
                )
            ),
            "transfer_duty": G(lambda f: money_round(f, 15000, 110000, 1)),
            "disbursement": {
                "bsb": G(bsb),
                "account_number": RED(au_account, "bank account"),
                "account_name": Y(full_name, "name"),
                "amount": G(lambda f: money_round(f, 50000, 1500000, 1)),
            },
            "overseas_refund_iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "FR", "NL"])), "bank account"),
        },
    ),
    # -- landlord / property management -------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        "ca",
        1,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(lambda f: email(f, "ca"), "email"),
            "phone": Y(lambda f: phone(f, "ca"), "phone"),
            "role": G(lambda f: f.pick(["landlord", "property_manager", "owner_investor"])),
            "propertiesCount": G(lambda f: f.r.randint(1, 40)),
            "plan": G(lambda f: f.pick(["starter", "pro", "portfolio"])),
            "createdAt": G(ts),
            "company": {
                "name": G(lambda f: f.pick(AGENCIES)),
                "id": G(lambda f: "co_" + f.digits(5)),
            },
        },
    ),
    (
        "group",
        None,
        "web",
        "au",
        1,
        {
            "name": G(lambda f: f.pick(AGENCIES)),
            "abn": G(abn),
            "industry": G(lambda f: "Real Estate"),
            "plan": G(lambda f: f.pick(["agency_basic", "agency_pro"])),
            "website": G(
                lambda f: f.pick(
                    ["https://harbourview.com.au", "https://raycoproperty.com.au", "https://coastline.net.au"]
                )
            ),
            "licence_number": G(lambda f: f.pick(["10093111", "20045588", "1587324"])),
            "office": {
                "phone": G(lambda f: f.pick(AGENT_OFFICE_PHONES)),
                "email": G(
                    lambda f: f.pick(
                        ["rentals@harbourview.com.au", "info@raycoproperty.com.au", "pm@coastline.net.au"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Level 3, 45 Macquarie St, Parramatta NSW 2150",
                            "200 Smith St, Collingwood VIC 3066",
                        ]
                    )
                ),
            },
            "createdAt": G(ts),
        },
    ),
    (
        "track",
        "Maintenance Request Created",
        "dotnet",
        "au",
        2,
        {
            "RequestId": G(lambda f: f.r.randint(100000, 999999)),
            "PropertyId": G(lambda f: f.uuid()),
            "TenancyId": G(lambda f: "TEN-" + f.digits(6)),
            "Category": G(lambda f: f.pick(["Plumbing", "Electrical", "Appliances", "Pest", "Locks"])),
            "Priority": G(lambda f: f.pick(["Urgent", "High", "Normal"])),
            "Description": Y(maintenance_text, "phone", True),
            "TenantName": Y(full_name, "name"),
            "TenantMobile": Y(au_mobile, "phone"),
            "PropertyAddress": Y(au_street, "address|street"),
            "Suburb": Y(lambda f: city(f, "au"), "city"),
            "Postcode": Y(lambda f: postcode(f, "au"), "zipcode"),
            "State": G(lambda f: f.pick(AU_PLACES)[1]),
            "PermissionToEnter": G(lambda f: f.pick([True, False])),
            "KeySafeCode": RED(lambda f: f.digits(4), "secret"),
            "PetsOnPremises": G(lambda f: f.pick([True, False])),
            "CreatedUtc": G(ts),
        },
    ),
    (
        "track",
        "Work Order Assigned",
        "dotnet",
        "au",
        1,
        {
            "WorkOrderId": G(lambda f: "WO-" + f.digits(6)),
            "RequestId": G(lambda f: f.r.randint(100000, 999999)),
            "TradieBusinessName": G(
                lambda f: f.pick(
                    ["Rapid Plumbing Pty Ltd", "Sparky Bros Electrical", "Bug Busters Pest Control"]
                )
            ),
            "TradieAbn": G(abn),
            "TradieContactName": Y(full_name, "name"),
            "TradieMobile": Y(au_mobile, "phone"),
            "QuotedAmount": G(lambda f: f.money(120, 3800)),
            "ScheduledFor": G(ts),
            "Trade": G(lambda f: f.pick(["Plumber", "Electrician", "Pest", "Locksmith"])),
        },
    ),
    (
        "track",
        "Smart Lock Paired",
        "swift",
        "au",
        1,
        {
            "lock_id": G(lambda f: f.uuid()),
            "lock_model": G(lambda f: f.pick(["Yale Assure Lock 2", "Nuki Smart Lock 4", "Lockly Vision"])),
            "firmware_version": G(lambda f: f.pick(["2.4.1", "3.0.7", "1.9.12"])),
            "bridge_mac": Y(lambda f: f.mac(), "mac"),
            "guest_pin": RED(lambda f: f.digits(6), "secret"),
        },
    ),
    (
        "track",
        "Rent Payment Received",
        "php",
        "au",
        2,
        {
            "tenancy_id": G(lambda f: "TEN-" + f.digits(6)),
            "amount": G(lambda f: money_round(f, 450, 2800, 5)),
            "period_start": G(date24),
            "method": G(lambda f: f.pick(["direct_debit", "bpay", "deft", "bank_transfer"])),
            "payer_reference": G(lambda f: "HV" + f.digits(7)),
            "arrears_days": G(lambda f: f.r.randint(0, 21)),
            "payer_name": Y(full_name, "name"),
            "payer_bsb": G(bsb),
            "payer_account": RED(au_account, "bank account"),
        },
    ),
    (
        "track",
        "Routine Inspection Completed",
        "kotlin",
        "au",
        1,
        {
            "inspection_id": G(lambda f: f.uuid()),
            "property_id": G(lambda f: f.uuid()),
            "inspector_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "overall_condition": G(lambda f: f.pick(["excellent", "good", "fair", "poor"])),
            "tenant_present": G(lambda f: f.pick([True, False])),
            "gps": {
                "lat": Y(lambda f: round(f.r.uniform(-37.9, -33.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(144.9, 151.3), 6), "geolocation"),
            },
            "notes": G(
                lambda f: f.pick(
                    [
                        "Garden tidy. Minor scuff on hallway wall.",
                        "All good.",
                        "Gutters need clearing before winter.",
                        "Carpet stain in bedroom 2",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Lease Signed",
        "node",
        "au",
        1,
        {
            "lease_id": G(lambda f: f.uuid()),
            "tenancy_id": G(lambda f: "TEN-" + f.digits(6)),
            "start_date": G(date24),
            "weekly_rent": G(lambda f: money_round(f, 450, 1400, 10)),
            "signers": Many(
                {
                    "name": Y(full_name, "name"),
                    "email": Y(lambda f: email(f, "au"), "email"),
                    "role": G(lambda f: f.pick(["tenant", "landlord", "agent"])),
                    "signed_at": G(ts),
                    "ip": Y(lambda f: f.ipv4(), "ip"),
                },
                3,
            ),
            "document_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Parking Space Requested",
        "kotlin",
        "au",
        1,
        {
            "tenancy_id": G(lambda f: "TEN-" + f.digits(6)),
            "vehicle": {
                "rego": Y(plate, "license"),
                "vin": Y(vin, "serial"),
                "make": G(lambda f: f.pick(["Toyota", "Mazda", "Hyundai", "Tesla", "Kia"])),
                "model": G(lambda f: f.pick(["RAV4", "CX-5", "i30", "Model 3", "Sportage"])),
                "state": G(lambda f: f.pick(["NSW", "VIC", "QLD"])),
            },
            "spaces_needed": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    # -- warehouse syncs, forms webhooks --------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        "au",
        1,
        {
            "EMAIL_ADDRESS": Y(lambda f: email(f, "au"), "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_NUMBER": Y(lambda f: phone(f, "au"), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "POSTCODE": Y(lambda f: postcode(f, "au"), "zipcode"),
            "STATE": G(lambda f: f.pick(AU_PLACES)[1]),
            "LIFETIME_APPLICATIONS": G(lambda f: f.r.randint(0, 14)),
            "LAST_APPLICATION_AT": G(ts),
            "TENANT_SCORE": G(lambda f: f.r.randint(300, 999)),
            "IS_LANDLORD": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Score Updated",
        "python",
        "ca",
        1,
        {
            "LEAD_ID": G(lambda f: "00Q" + f.hexid(15)),
            "LEAD_SCORE": G(lambda f: f.r.randint(0, 100)),
            "PREDICTED_BUDGET_CAD": G(lambda f: money_round(f, 300000, 2000000, 10000)),
            "AGENT_NAME": Y(full_name, "name"),
            "AGENT_EMAIL": Y(lambda f: work_email(f, "maplekey.ca"), "email"),
            "SEGMENT_NAME": G(lambda f: f.pick(["hot_buyers_gta", "renters_to_owners", "downsizers"])),
        },
    ),
    (
        "track",
        "Landlord Appraisal Requested",
        "node",
        "au",
        1,
        {
            "full-name": Y(full_name, "name"),
            "email-address": Y(lambda f: email(f, "au"), "email"),
            "phone-number": Y(lambda f: phone(f, "au"), "phone"),
            "property-address": Y(au_address, "address"),
            "property-type": G(lambda f: f.pick(["house", "unit", "townhouse"])),
            "currently-tenanted": G(lambda f: f.pick([True, False])),
            "current-weekly-rent": G(lambda f: money_round(f, 400, 1300, 10)),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "hear-about-us": G(lambda f: f.pick(["google", "letterbox drop", "friend", "facebook"])),
        },
    ),
    (
        "track",
        "Viewing Feedback Received",
        "node",
        "au",
        1,
        {
            "listing-id": G(listing_id),
            "attendee-count": G(lambda f: f.r.randint(1, 40)),
            "interest-level": G(lambda f: f.pick(["high", "medium", "low"])),
            "feedback-text": G(
                lambda f: f.pick(
                    ["Loved the kitchen", "Too small for us", "Street noise a concern", "Will apply tonight"]
                )
            ),
            "agent-email": Y(lambda f: work_email(f, "harbourview.com.au"), "email"),
            "follow-up-required": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- marketing and attribution --------------------------------------------------------------------
    (
        "track",
        "Lead",
        "node",
        "au",
        1,
        {
            "event_id": G(lambda f: f.uuid()),
            "event_time": G(lambda f: f.r.randint(1_710_000_000, 1_735_000_000)),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://www.harbourview.com.au/property/" + listing_id(f)),
            "user_data": {
                "em": Y(lambda f: sha256(email(f, "au")), "email"),
                "ph": Y(lambda f: sha256("61" + au_mobile(f)[-9:].replace(" ", "")), "phone"),
                "fn": Y(lambda f: sha256(_ascii(first(f))), "name"),
                "ln": Y(lambda f: sha256(_ascii(last(f))), "name"),
                "country": G(lambda f: sha256(f.pick(["au", "nz", "ca"]))),
                "external_id": G(lambda f: sha256("usr_" + f.hexid(12))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbc": Y(fbc, "advertising id"),
                "fbp": Y(fbp, "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([10, 25, 50])),
                "content_ids": Many(G(listing_id), 2),
            },
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        "ca",
        1,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: email(f, "ca"), "email"),
            "first_name": Y(first, "name"),
            "referral_code": G(lambda f: "MK-" + f.hexid(6).upper()),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "fbclid": Y(fbclid, "advertising id"),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Account Created",
        "php",
        "au",
        1,
        {
            "email": Y(lambda f: email(f, "au"), "email"),
            "password": RED(
                lambda f: f.pick(
                    ["Summer2024!", "hunter2hunter2", "Parramatta#1", "c0ffee&Toast", "Qwerty!234"]
                ),
                "password",
            ),
            "password_confirmation": RED(
                lambda f: f.pick(["Summer2024!", "Winter2023?", "Lab4Life!!", "Bondi-beach7"]), "password"
            ),
            "first_name": Y(first, "name"),
            "terms_accepted": G(lambda f: True),
            "form_version": G(lambda f: f.pick(["3.1", "3.2"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "go",
        "au",
        1,
        {
            "channel": G(lambda f: "sms"),
            "destination": Y(lambda f: phone(f, "au"), "phone", True),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        "swift",
        "au",
        1,
        {
            "link": RED(
                lambda f: "https://app.harbourview.com.au/auth/continue?token=" + f.jwt(), "token", True
            ),
            "referring_application": G(
                lambda f: f.pick(["com.apple.mobilemail", "com.google.Gmail", "com.microsoft.Office.Outlook"])
            ),
        },
    ),
    # -- neutral keys and free text -------------------------------------------------------------------
    (
        "track",
        "Contact Details Shared",
        "rn",
        "au",
        1,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(20)),
            "text": Y(
                lambda f: f.pick(
                    [
                        "Hi, this is {n}. You can reach me on {p}.",
                        "{n} here - my mobile is {p} if easier",
                        "Thanks! It's {n}, call me anytime on {p}",
                    ]
                ).format(n=full_name(f), p=au_mobile(f)),
                "phone|name",
                True,
            ),
            "char_count": G(lambda f: f.r.randint(30, 90)),
            "recipient_agent_id": G(lambda f: "agt_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Note Added",
        "ruby",
        "ca",
        1,
        {
            "lead_id": G(lambda f: "ld_" + f.digits(7)),
            "author_staff_id": G(lambda f: "stf_" + f.digits(4)),
            "note": Y(
                lambda f: f.pick(
                    [
                        "Buyer prefers email: {e}. Pre-approved with RBC.",
                        "Sent strata docs to {e}",
                        "Follow up after the open house, wants comps at {e}",
                    ]
                ).format(e=email(f, "ca")),
                "email",
                True,
            ),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "web",
        "au",
        1,
        {
            "input": Y(typed_address, "address|street", True),
            "description": Y(au_address, "address", True),
            "place_id": G(lambda f: "ChIJ" + b64url(f, 23)),
            "session_token": G(lambda f: f.uuid()),
            "suggestion_count": G(lambda f: f.r.randint(1, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "field": G(lambda f: "current_address"),
            "provider": G(lambda f: "google_places"),
        },
    ),
    (
        "track",
        "Contact Picker Used",
        "swift",
        "au",
        1,
        {
            "label": Y(full_name, "name", True),
            "value": Y(au_mobile, "phone", True),
            "source": G(lambda f: "ios_contacts"),
            "field": G(lambda f: "referee_phone"),
            "permission_state": G(lambda f: f.pick(["full", "limited"])),
        },
    ),
    (
        "track",
        "Profile Completeness Updated",
        "python",
        "au",
        1,
        {
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_verified": G(lambda f: f.pick([True, False])),
            "income_verified": G(lambda f: f.pick([True, False])),
            "last_password_change_at": G(ts),
            "two_factor_enabled": G(lambda f: f.pick([True, False])),
            "dob_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notification Preferences Updated",
        "flutter",
        "ca",
        1,
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "phone_number_on_file": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, "web", "au", 1, {}),
    ("alias", None, "node", "ca", 1, {}),
]


def user_id(f: Fake, region: str) -> str:
    return f.pick(["usr_" + f.hexid(12), str(f.r.randint(100000, 9999999))])


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, region, weight, body in EVENTS:
            for _ in range(weight):
                msg: dict = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user_id(f, region),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind == "group":
                    msg["groupId"] = "agy_" + f.digits(4)
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(f, client, region), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=71, repeats=22)
    write(Path(__file__).parent, "holdout71_", events, labels)
