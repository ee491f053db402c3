"""Writes holdout275: tests/corpus/holdout275_events.jsonl and holdout275_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or any evaluation output; nothing here was tuned to the engine, and the corpus
was not scored by its author.

Domain: "Taxlane", a consumer tax-return preparation and filing app for the US, India and
Germany. Taxpayer profiles (SSN/ITIN, PAN and Aadhaar, Steuer-ID and Steuernummer), filing status,
spouses and dependants, employers and wage statements (W-2, Form 16, Lohnsteuerbescheinigung),
deductions (medical costs, 80D/80DDB/80U, church tax, union dues, party and charity donations,
rent and home loans), refund bank accounts (ABA routing + account, IFSC + account, IBAN + BIC,
UPI), document uploads, e-file submissions and acknowledgements (IRS MeF, ITR, ELSTER), tax
preparers' console and notes, support, ad-platform conversion uploads, a warehouse reverse-ETL
sync. Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and C# server libraries, each with the
context it really sends (`context.ip`, `context.traits`, device, app, library, locale, userAgent,
campaign, consent, location when a plugin adds it). Calls: identify, track, page, screen, group,
alias. Keys: mostly camelCase and snake_case English; about a fifth of the paths (~20 %) in other
conventions: PascalCase (a C# ELSTER service), kebab-case (an embedded refund calculator),
SCREAMING_SNAKE (warehouse columns), German keys (the Flutter app's profile, wage statement,
Sonderausgaben and Steuer-ID check) and romanised Hindi keys (a PHP backend for India).

Conventions: `L`/`G`/`Y`/`RED`/`Many`/`render`/`write` from tests/corpus/build.py; one label per
flattened leaf path (`properties.w2.box12[].code`); values from tests/corpus/fake.py plus local
generators with real structure: Luhn cards, mod-97 IBANs, SSA-valid SSNs, ITINs (9xx-7x-xxxx),
PANs (4th letter P for a person, C/T/F for an entity), Verhoeff-valid Aadhaar numbers, Steuer-IDs
with the ISO 7064 MOD 11,10 check digit, ABA routing numbers with their checksum, IFSC, BIC, EIN,
TAN, PTIN, EFIN and IRS submission ids.

Labelling rules (the Privacy Portal defaults, as briefed):
- PII is personal data about a natural person: the user, the spouse, dependants, landlords,
  referral recipients, preparers and support staff. Types are the reference matcher names, or
  `national id`, `bank account`, `token`, `secret`, `geolocation`, `advertising id`, `credit card`,
  `ip`, `visa`, `political opinion`, `trade union`; `a|b` when either is fair. Colours: the
  reference default for its matcher; red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids, health ids; yellow otherwise.
- Green: ids we or others issue (user, order, document, submission, acknowledgement, ELSTER
  transfer ticket, certificate and control numbers, employee numbers), versions, timestamps,
  hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys
  (`ssnProvided`, `emailVerified`, `pan_aadhaar_linked`), product/plan/company/bank/charity/
  insurer names, places that are not the person's (a Finanzamt, an expert office, an employer's
  address), country, state, Bundesland, locale, timezone, currency, user agents, device ids.
  Marital/filing status, Steuerklasse, ages, job titles and employers are green (policy).
- Businesses' own identifiers are green: EIN, TAN, a company's or trust's PAN (4th letter not
  P), EFIN, an employer's address and phone, role mailboxes. Bank routing numbers, IFSC and BIC
  are green; card last four, brand and expiry are green; a bank account's last four is green
  (like a card's); an SSN's last four is red.
- Income figures of a person (W-2 wages, Form 16 gross salary, Bruttoarbeitslohn, prior-year
  AGI, household income, hourly rate) are yellow `salary`; tax, withholding, refund, deduction
  and expense amounts are green. Exception, decided here: an amount whose mere presence reveals
  a special category is labelled with that category: church tax (`religion`), trade-union dues
  (`trade union`), donations to a political party (`political opinion`). A medical expense total
  reveals no condition and stays green; medical procedure descriptions are yellow `procedure`.
- A boolean or enum that reveals a special or reference category about the person is PII of that
  type: `is_permanently_disabled`, Grad der Behinderung, Merkzeichen, Pflegegrad (red
  `disability`), Konfession / kirchensteuerpflichtig (`religion`), military service (red
  `veteran`), visa type and work authorisation (red `visa`), `us_citizen` (yellow `citizenship`).
- Decided here: a PTIN (the IRS number of a natural-person preparer) is a government id, red
  `national id`; the spouse's, children's and clerks' data is the person's data like the user's;
  a UPI VPA is a payment address of a bank account, red `bank account`; loan and
  mortgage account numbers are red `bank account`; hashed e-mail/phone sent to ad platforms for
  matching (`user_data.em`, `.ph`) are pseudonymous PII of the underlying type (yellow, not
  value_only); a push token is red `token` (as in build.py); an identity document's number is red
  `passport|national id`, while a number under a driver's-licence key is yellow `license` (the
  reference matcher, as build.py labels it); insurer policy numbers are yellow `identification`;
  an Rx number is yellow `medication`; gclid/fbclid/_fbp/_fbc are yellow `advertising id`.
- value_only is true when the key does not say what the value is (`value`, `input`, `label`,
  `text`, `note`, `comments`, `q`, `destination`, `username`, `eingabe`, an expense
  `description`); such a path holds that PII in every one of
  its values. Free text is labelled by what every one of its values carries (each note below is
  written so that all of its values carry the labelled PII, or none does: green).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values ---------------------------------------------------------------------------------------

US_FIRST = ["Emily", "Marcus", "DeShawn", "Ashley", "Tyler", "Brianna", "Connor", "Latoya", "Kevin", "Megan"]
US_LAST = ["Johnson", "Williams", "Brown", "Jackson", "Miller", "Thompson", "Robinson", "Walker", "Hughes"]
IN_FIRST = [
    "Priya",
    "Arjun",
    "Lakshmi",
    "Mohammed",
    "Gurpreet",
    "Ananya",
    "Rahul",
    "Sneha",
    "Vikram",
    "Divya",
]
IN_LAST = ["Sharma", "Reddy", "Iyer", "Qureshi", "Singh", "Banerjee", "Nair", "Patil", "Menon", "Chatterjee"]
DE_FIRST = ["Lukas", "Anna", "Jürgen", "Katharina", "Felix", "Mehmet", "Ayşe", "Sabine", "Jonas", "Lea"]
DE_LAST = [
    "Schneider",
    "Müller",
    "Weiß",
    "Hoffmann",
    "Yılmaz",  # noqa: RUF001
    "Demir",
    "Becker",
    "Schäfer",
    "Krüger",
    "Wagner",
]
OTHER_FIRST = [
    "Thao",
    "José",
    "Wei",
    "Chinonso",
    "Agnieszka",
    "Ji-woo",
    "Layla",
    "Dmitri",
    "Kenji",
    "Fernanda",
]
OTHER_LAST = [
    "Nguyen",
    "Hernández",
    "Zhang",
    "Okeke",
    "Nowak",
    "Park",
    "Haddad",
    "Volkov",
    "Tanaka",
    "Oliveira",
]

US_CITIES = [
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Sacramento", "CA"),
    ("Tampa", "FL"),
    ("Denver", "CO"),
    ("Raleigh", "NC"),
    ("Jersey City", "NJ"),
    ("Seattle", "WA"),
    ("Naperville", "IL"),
]
IN_CITIES = [
    ("Bengaluru", "KA", "560"),
    ("Pune", "MH", "411"),
    ("Hyderabad", "TS", "500"),
    ("Chennai", "TN", "600"),
    ("Gurugram", "HR", "122"),
    ("Kolkata", "WB", "700"),
    ("Jaipur", "RJ", "302"),
    ("Kochi", "KL", "682"),
]
DE_CITIES = [
    ("München", "BY", "80"),
    ("Berlin", "BE", "10"),
    ("Köln", "NW", "50"),
    ("Hamburg", "HH", "20"),
    ("Leipzig", "SN", "04"),
    ("Frankfurt am Main", "HE", "60"),
    ("Stuttgart", "BW", "70"),
]
US_STREETS = [
    "Maple Ave",
    "W 5th St",
    "Oak Hollow Dr",
    "Lakeview Blvd",
    "Cedar Ridge Ct",
    "N Broad St",
    "Elm St",
]
IN_STREETS = [
    "14th Cross, Indiranagar",
    "MG Road",
    "Baner Road",
    "Jubilee Hills Road No. 36",
    "Anna Salai",
    "Sector 56",
    "Salt Lake Sector V",
    "Panampilly Nagar",
]
DE_STREETS = ["Lindenstraße", "Hauptstr.", "Schillerweg", "Am Mühlbach", "Goethestraße", "Bahnhofstraße"]

FREEMAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "yahoo.co.in",
    "rediffmail.com",
    "web.de",
    "gmx.de",
    "t-online.de",
    "hotmail.com",
    "proton.me",
]

EMPLOYERS_US = [
    "Walmart Inc.",
    "Kroger Co",
    "Acme Logistics LLC",
    "Northwind Health Partners",
    "Globex Corp",
    "City of Austin",
    "Initech Software Inc",
]
EMPLOYERS_IN = [
    "Infosys Limited",
    "Tata Consultancy Services Ltd",
    "Wipro Limited",
    "HDFC Bank Ltd",
    "Flipkart Internet Pvt Ltd",
    "Zoho Corporation Pvt Ltd",
]
EMPLOYERS_DE = [
    "Siemens AG",
    "Robert Bosch GmbH",
    "Deutsche Bahn AG",
    "Stadtwerke München GmbH",
    "Bäckerei Kamps GmbH",
    "Universitätsklinikum Köln",
]
BANKS_US = ["Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union", "Chime", "Ally Bank"]
BANKS_IN = [
    ("State Bank of India", "SBIN"),
    ("HDFC Bank", "HDFC"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"),
]
BICS = [
    "DEUTDEFFXXX",
    "COBADEFFXXX",
    "GENODEF1M04",
    "BYLADEM1001",
    "INGDDEFFXXX",
    "HYVEDEMMXXX",
    "SSKMDEMMXXX",
]
PRODUCTS = [
    ("tl-free", "TL-FED-FREE", "Taxlane Free Edition", 0.0),
    ("tl-deluxe", "TL-FED-DLX", "Taxlane Deluxe", 69.0),
    ("tl-premium", "TL-FED-PRM", "Taxlane Premium", 109.0),
    ("tl-self", "TL-FED-SE", "Taxlane Self-Employed", 139.0),
    ("tl-state", "TL-STATE-ADD", "State Return Add-on", 49.0),
    ("tl-expert", "TL-LIVE-EXP", "Live Expert Assist", 79.0),
    ("tl-audit", "TL-AUDIT-DEF", "Audit Defense", 44.99),
]


def pick_person(f: Fake, region=None):
    region = region or f.pick(["us", "in", "de", "other"])
    first, last = {
        "us": (US_FIRST, US_LAST),
        "in": (IN_FIRST, IN_LAST),
        "de": (DE_FIRST, DE_LAST),
        "other": (OTHER_FIRST, OTHER_LAST),
    }[region]
    return f.pick(first), f.pick(last)


def first_name(f: Fake, region=None) -> str:
    return pick_person(f, region)[0]


def last_name(f: Fake, region=None) -> str:
    return pick_person(f, region)[1]


def full_name(f: Fake, region=None) -> str:
    a, b = pick_person(f, region)
    if f.r.random() < 0.15:
        return f"{a} {f.pick('ABCDEJKMRS')}. {b}"
    return f"{a} {b}"


def ascii_fold(s: str) -> str:
    table = str.maketrans(
        {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ş": "s", "ı": "i", "é": "e", "á": "a"}  # noqa: RUF001
    )
    return s.lower().translate(table).replace(" ", "").replace("-", "").replace("'", "")


def email(f: Fake, region=None) -> str:
    a, b = pick_person(f, region)
    a, b = ascii_fold(a), ascii_fold(b)
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(FREEMAIL)}"


def phone_us(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone_in(f: Fake) -> str:
    n = str(f.r.randint(6, 9)) + f.digits(9)
    return f.pick([f"+91 {n[:5]} {n[5:]}", n, f"+91{n}", f"0{n[:5]} {n[5:]}", f"+91-{n}"])


def phone_de(f: Fake) -> str:
    mob = f.pick(["151", "152", "160", "170", "172", "176", "1575"])
    rest = f.digits(7 if len(mob) == 4 else 8)
    return f.pick(
        [
            f"+49 {mob} {rest}",
            f"0{mob} {rest}",
            f"+49{mob}{rest}",
            f"0{mob}/{rest}",
            f"+49 (0)30 {f.digits(7)}",
            f"089 {f.digits(3)} {f.digits(4)}",
        ]
    )


def phone_any(f: Fake) -> str:
    return f.pick([phone_us, phone_in, phone_de])(f)


def us_street(f: Fake) -> str:
    s = f"{f.r.randint(12, 9870)} {f.pick(US_STREETS)}"
    return s + f.pick(
        ["", "", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}", f" Unit {f.r.randint(100, 420)}"]
    )


def in_street(f: Fake) -> str:
    return f"{f.pick(['Flat', 'No.', 'H.No.'])} {f.r.randint(1, 900)}, {f.pick(IN_STREETS)}"


def de_street(f: Fake) -> str:
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 120)}{f.pick(['', '', 'a', 'b'])}"


def street_any(f: Fake) -> str:
    return f.pick([us_street, in_street, de_street])(f)


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.8 else f"{z}-{f.r.randint(1, 9999):04d}"


def in_pin(f: Fake) -> str:
    return f.pick(IN_CITIES)[2] + f"{f.r.randint(1, 110):03d}"


def de_plz(f: Fake) -> str:
    return f.pick(DE_CITIES)[2] + f"{f.r.randint(100, 999)}"


def zip_any(f: Fake) -> str:
    return f.pick([us_zip, in_pin, de_plz])(f)


def city_any(f: Fake) -> str:
    return f.pick([c[0] for c in US_CITIES + IN_CITIES + DE_CITIES])


def dob(f: Fake, start=1948, end=2004, region=None) -> str:
    d = f.date(start, end)
    y, m, dd = d.split("-")
    local = {"us": [f"{m}/{dd}/{y}"], "de": [f"{dd}.{m}.{y}"], "in": [f"{dd}/{m}/{y}", f"{dd}-{m}-{y}"]}
    return f.pick([d, *local.get(region, [f"{m}/{dd}/{y}", f"{dd}.{m}.{y}", f"{dd}/{m}/{y}"])])


def itin(f: Fake) -> str:
    mid = f.pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{f.r.randint(0, 99):02d}-{mid}-{f.r.randint(1, 9999):04d}"


def ssn_any(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def pan(f: Fake, kind="P", surname=None) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = "".join(f.pick(letters) for _ in range(3))
    fifth = (surname or f.pick(letters))[0].upper()
    if not fifth.isascii() or not fifth.isalpha():
        fifth = "S"
    return f"{head}{kind}{fifth}{f.r.randint(1, 9999):04d}{f.pick(letters)}"


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(f: Fake) -> str:
    body = str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def steuer_id(f: Fake) -> str:
    while True:
        present = f.r.sample(range(10), 9)
        digits = [*present, f.pick(present)]
        f.r.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    n = "".join(map(str, digits)) + str(check)
    return n if f.r.random() < 0.7 else f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def steuernummer(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(102, 199)}/{f.r.randint(100, 999)}/{f.digits(5)}",  # Bayern
            f"{f.r.randint(11, 37)}/{f.r.randint(100, 999)}/{f.digits(5)}",  # Berlin
            f"{f.r.randint(103, 133)}/{f.digits(4)}/{f.digits(4)}",  # NRW
            f"0{f.r.randint(10, 99)} {f.r.randint(100, 999)} {f.digits(5)}",  # Hessen
            f"{f.digits(5)}/{f.digits(5)}",  # Baden-Württemberg
            "9" + f.digits(12),  # bundeseinheitlich (ELSTER)
        ]
    )


def aba_routing(f: Fake) -> str:
    while True:
        d = [int(c) for c in f"{f.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}"]
        d += [f.r.randint(0, 9) for _ in range(6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d.append((10 - s % 10) % 10)
        return "".join(map(str, d))


def us_account(f: Fake) -> str:
    return f.digits(f.pick([9, 10, 12, 13, 17]))


def in_account(f: Fake) -> str:
    return f.digits(f.pick([11, 12, 14, 15, 16]))


def ifsc(f: Fake) -> str:
    return f"{f.pick(BANKS_IN)[1]}0{f.r.randint(0, 999999):06d}"


def ein(f: Fake) -> str:
    return f"{f.pick([10, 12, 20, 23, 27, 31, 36, 41, 46, 52, 61, 74, 81, 94])}-{f.digits(7)}"


def tan(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPRSTUVW"
    return (
        f.pick(["MUM", "BLR", "DEL", "HYD", "PNE", "CHE"]) + f.pick(letters) + f.digits(5) + f.pick(letters)
    )


def submission_id(f: Fake) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    return f"{f.digits(6)}2024{f.r.randint(20, 120):03d}" + "".join(f.pick(alnum) for _ in range(7))


def stripe_pm(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.pick(alnum) for _ in range(23))


def upi(f: Fake) -> str:
    a, b = pick_person(f, "in")
    handle = f.pick(["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl", "ibl"])
    return f.pick(
        [
            f"{a.lower()}.{b.lower()}@{handle}",
            f"{str(f.r.randint(6, 9)) + f.digits(9)}@{handle}",
            f"{a.lower()}{f.r.randint(1, 999)}@{handle}",
        ]
    )


def money(f: Fake, lo, hi):
    return round(f.r.uniform(lo, hi), 2)


def wages(f: Fake, lo=18000, hi=240000):
    return round(f.r.uniform(lo, hi), 2)


def ipany(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQ" + "".join(f.pick(alnum) for _ in range(f.r.randint(60, 80)))


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(58))


def sha256(f: Fake) -> str:
    return f.hexid(64)


def tax_year(f: Fake):
    return f.pick([2023, 2023, 2023, 2022, 2021])


def user_id(f: Fake) -> str:
    return "usr_" + f.hexid(12)


def ts_ms(f: Fake):
    return f.epoch_ms()


# -- contexts -------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.6261.64 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
]
WEB_HOST = "https://www.taxlane.example.com"


def web_context(f: Fake, path="/", title="Taxlane"):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.64.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.bing.com/",
                        "https://www.nerdwallet.example.com/best-tax-software",
                        "https://duckduckgo.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?year=2023"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: WEB_HOST + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-US", "en-IN", "de-DE", "hi-IN", "es-US"])),
        "timezone": G(
            lambda f: f.pick(
                [
                    "America/Chicago",
                    "America/New_York",
                    "Asia/Kolkata",
                    "Europe/Berlin",
                    "America/Los_Angeles",
                ]
            )
        ),
        "ip": Y(ipany, "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "24", "121", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Chrome OS"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["tax_day_2024", "free_file_brand", "expert_assist_q1", "deadline_push"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "bing", "newsletter", "reddit"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "display"])),
            "term": G(
                lambda f: f.pick(["file taxes online free", "w2 import", "itr filing", "steuererklärung app"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "hero_b", "sidebar", "carousel_3"])),
        }
    if f.r.random() < 0.5:
        ctx["consent"] = {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: f.pick([True, True, False])),
                "Functional": G(lambda f: True),
            }
        }
    return ctx


def swift_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Taxlane"),
            "version": G(lambda f: f.pick(["24.3.0", "24.3.1", "24.4.0", "24.2.2"])),
            "build": G(lambda f: f.pick(["2403001", "2403012", "2404003", "2402207"])),
            "namespace": G(lambda f: "com.taxlane.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(
                lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18", "iPhone12,8"])
            ),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.9", "1.5.11", "1.4.8"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-US", "es-US", "en-IN", "de-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: "iOS"),
            "version": G(lambda f: f.pick(["17.3.1", "17.4", "16.7.5", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428, 820])),
            "height": G(lambda f: f.pick([844, 852, 926, 1180])),
        },
        "timezone": G(
            lambda f: f.pick(["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"])
        ),
        "ip": Y(ipany, "ip"),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.35:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "email": Y(lambda f: email(f, "us"), "email"),
            "firstName": Y(lambda f: first_name(f, "us"), "name"),
            "userId": G(user_id),
        }
    return ctx


def kotlin_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Taxlane"),
            "version": G(lambda f: f.pick(["24.3.0", "24.3.2", "24.4.0"])),
            "build": G(lambda f: f.pick(["240300", "240302", "240400"])),
            "namespace": G(lambda f: "com.taxlane.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "vivo", "Google", "realme"])),
            "model": G(lambda f: f.pick(["SM-A546E", "2201116PI", "CPH2451", "V2225", "Pixel 7", "RMX3686"])),
            "name": G(lambda f: f.pick(["a54x", "veux", "OP5913L1", "PD2225", "panther"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.0", "1.14.2"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "en-IN", "ta-IN", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio 4G", "airtel", "Vi India", "BSNL Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2412])),
        },
        "timezone": G(lambda f: "Asia/Kolkata"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2451 Build/TP1A.220905.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; RMX3686 Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ipany, "ip"),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
    if f.r.random() < 0.3:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(8.5, 30.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(72.8, 88.4), 6), "geolocation"),
            "speed": G(lambda f: 0.0),
        }
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "email": Y(lambda f: email(f, "in"), "email"),
            "firstName": Y(lambda f: first_name(f, "in"), "name"),
            "anonymousId": G(lambda f: f.uuid()),
        }
    return ctx


def rn_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "Taxlane"),
            "version": G(lambda f: f.pick(["8.1.0", "8.2.1", "8.0.4"])),
            "build": G(lambda f: f.pick(["810", "821", "804"])),
            "namespace": G(lambda f: "com.taxlane.companion"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-S918B", "Pixel 8", "iPhone13,2"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.18.0", "2.17.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "de-DE", "en-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "14", "16.6", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 393])),
            "height": G(lambda f: f.pick([844, 915, 852])),
        },
        "timezone": G(
            lambda f: f.pick(["America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Phoenix"])
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ipany, "ip"),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = {"email": Y(lambda f: email(f), "email"), "userId": G(user_id)}
    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Taxlane DE"),
            "version": G(lambda f: f.pick(["3.4.0", "3.4.2", "3.5.0"])),
            "build": G(lambda f: f.pick(["340", "342", "350"])),
            "namespace": G(lambda f: "de.taxlane.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-G991B", "Pixel 7a", "moto g54 5G"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "de-DE", "en-DE", "tr-DE"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13", "17.2.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 411, 430])),
            "height": G(lambda f: f.pick([852, 914, 932])),
        },
        "timezone": G(lambda f: "Europe/Berlin"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "ip": Y(ipany, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "csharp": ("analytics-csharp", ["2.3.6", "2.4.0"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.7:
        ctx["ip"] = Y(ipany, "ip")
    if f.r.random() < 0.3:
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    return ctx


def context_for(f: Fake, client: str, path: str, title: str):
    if client == "web":
        return web_context(f, path, title)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- shared fragments -----------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[1]),
        "name": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: 1),
        "category": G(lambda f: f.pick(["federal", "state", "add-on", "service"])),
        "brand": G(lambda f: "Taxlane"),
    }


def preparer_note(f: Fake) -> str:
    n = first_name(f)
    return f.pick(
        [
            f"Spoke with {n} re missing 1099-B, will upload by Friday.",
            f"{n} confirmed HSA contributions via employer only.",
            f"Left voicemail for {n}; W-2 box 12 code DD looks off.",
            f"{full_name(f)} asked about amending 2022 for the dependent care credit.",
            f"Client {n} wants refund split 8888 — check routing.",
            f"{n} ka Form 16 Part B pending from employer, follow up next week.",
            f"Rückruf {n}: Nachweis Handwerkerleistungen fehlt noch.",
        ]
    )


def note_with_phone(f: Fake) -> str:
    p = phone_any(f)
    return f.pick(
        [
            f"Please call me at {p} after 6pm",
            f"Best number is {p}",
            f"WhatsApp par message karein: {p}",
            f"Bitte unter {p} zurückrufen",
            f"cell {p} - work phone is blocked",
            f"{p} (text first pls)",
        ]
    )


def support_text(f: Fake) -> str:
    return f.pick(
        [
            f"I can't log in, my email is {email(f)}",
            f"Refund still not here. Call me {phone_any(f)}",
            f"Please send the 1098-T copy to {email(f)} instead",
            f"my number changed to {phone_any(f)}, update it please",
            f"Mein Steuerbescheid kam an, Rückfragen bitte an {email(f, 'de')}",
            f"OTP nahi aa raha, number {phone_in(f)} hai",
        ]
    )


def file_name(f: Fake) -> str:
    return f.pick(
        [
            f"IMG_{f.r.randint(1000, 9999)}.HEIC",
            f"scan{f.r.randint(1, 40):04d}.pdf",
            "W2_2023.pdf",
            f"1099-INT {f.pick(BANKS_US)}.pdf",
            "Form16_FY2023-24.pdf",
            "Lohnsteuerbescheinigung 2023.pdf",
            f"Spendenquittung_{f.r.randint(1, 9)}.pdf",
            f"PXL_2024030{f.r.randint(1, 9)}_{f.digits(9)}.jpg",
            "document.pdf",
        ]
    )


def ack_message(f: Fake) -> str:
    return f.pick(
        [
            "Return accepted.",
            "The Primary Taxpayer's prior-year AGI or Self-Select PIN does not match IRS records.",
            "Form 1040 Schedule 8812 line 1 must be present when dependents are claimed.",
            "Taxpayer TIN in the return header must not be the same as a dependent's TIN.",
            "State return accepted by the taxing authority.",
            "Duplicate submission: a return for this TIN was already accepted.",
        ]
    )


# -- events ---------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, page path, page title, body, weight)

EVENTS = [
    # -- web acquisition and account --------------------------------------------------------------
    (
        "page",
        "Pricing",
        ["web"],
        "/pricing",
        "Pricing | Taxlane",
        {
            "path": G(lambda f: "/pricing"),
            "url": G(lambda f: WEB_HOST + f.pick(["/pricing", "/pricing?plan=deluxe", "/pricing?ref=nav"])),
            "title": G(lambda f: "Pricing | Taxlane"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.taxlane.example.com/"])
            ),
            "name": G(lambda f: f.pick(["Pricing", "Pricing - Compare", "Pricing - Self-Employed"])),
        },
        3,
    ),
    (
        "track",
        "Signup Started",
        ["web"],
        "/signup",
        "Create your account | Taxlane",
        {
            "landing_variant": G(lambda f: f.pick(["control", "hero_refund_calc", "short_form"])),
            "plan_viewed": G(lambda f: f.pick(["free", "deluxe", "premium", "self_employed"])),
            "country": G(lambda f: f.pick(["US", "IN", "DE"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "referral_code": G(lambda f: "TL-" + f.hexid(6).upper()),
        },
        2,
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        "/account/profile",
        "Your profile | Taxlane",
        {
            "email": Y(lambda f: email(f), "email"),
            "firstName": Y(lambda f: first_name(f), "name"),
            "lastName": Y(lambda f: last_name(f), "name"),
            "phone": Y(phone_any, "phone"),
            "birthday": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "address": {
                "street": Y(street_any, "street|address"),
                "city": Y(city_any, "city"),
                "state": G(lambda f: f.pick(["TX", "CA", "KA", "MH", "BY", "NW", "NY"])),
                "postalCode": Y(zip_any, "zipcode"),
                "country": G(lambda f: f.pick(["US", "IN", "DE"])),
            },
            "avatar": Y(lambda f: f"https://cdn.taxlane.example.com/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "deluxe", "premium", "self_employed"])),
            "filingStatus": G(
                lambda f: f.pick(
                    ["single", "married_filing_jointly", "married_filing_separately", "head_of_household"]
                )
            ),
            "taxYear": G(tax_year),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "ssnProvided": G(lambda f: f.pick([True, False])),
            "dependentsCount": G(lambda f: f.r.randint(0, 4)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 78)),
            "lastLoginIp": Y(ipany, "ip"),
        },
        4,
    ),
    (
        "track",
        "Signed In",
        ["swift", "web", "rn"],
        "/login",
        "Sign in | Taxlane",
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "passkey"])),
            "username": Y(lambda f: email(f), "email", True),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none", "email"])),
            "remember_device": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "ip_address": Y(ipany, "ip"),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        ["node"],
        None,
        None,
        {
            "email": Y(lambda f: email(f), "email"),
            "reset_link": RED(
                lambda f: "https://app.taxlane.example.com/reset?token=" + f.hexid(40), "token"
            ),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
            "requested_from": G(lambda f: f.pick(["web", "ios", "android"])),
        },
        1,
    ),
    (
        "track",
        "OTP Verified",
        ["python", "php"],
        None,
        None,
        {
            "phone": Y(phone_any, "phone"),
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio", "msg91", "vonage"])),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
        },
        1,
    ),
    (
        "track",
        "Verification Code Sent",
        ["python"],
        None,
        None,
        {
            "destination": Y(phone_any, "phone", True),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "template": G(lambda f: f.pick(["login_otp_v3", "phone_change_v1"])),
            "sender_id": G(lambda f: f.pick(["TXLANE", "+18885550142", "Taxlane"])),
        },
        1,
    ),
    # -- e-commerce ---------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        "/products/deluxe",
        "Taxlane Deluxe",
        {**product_item(), "currency": G(lambda f: "USD"), "value": G(lambda f: f.pick(PRODUCTS)[3])},
        2,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        "/checkout",
        "Checkout | Taxlane",
        {
            "order_id": G(lambda f: "TL-" + f.digits(9)),
            "value": G(lambda f: money(f, 39, 260)),
            "revenue": G(lambda f: money(f, 39, 260)),
            "tax": G(lambda f: money(f, 0, 20)),
            "discount": G(lambda f: f.pick([0, 10, 15.5, 20])),
            "coupon": G(lambda f: f.pick(["", "TAXDAY20", "RETURNING15", "AAA10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product_item(), 3),
        },
        2,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        "/checkout/payment",
        "Payment | Taxlane",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "TL-" + f.digits(9)),
            "payment_method": G(lambda f: f.pick(["card", "pay_with_refund", "paypal", "apple_pay"])),
            "payment_method_id": RED(stripe_pm, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "billing_address": {
                "name": Y(full_name, "name"),
                "line1": Y(us_street, "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "postal_code": Y(us_zip, "zipcode"),
                "country": G(lambda f: "US"),
            },
        },
        2,
    ),
    (
        "track",
        "Order Completed",
        ["node", "web"],
        "/checkout/thanks",
        "Thank you | Taxlane",
        {
            "order_id": G(lambda f: "TL-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 39, 260)),
            "revenue": G(lambda f: money(f, 39, 260)),
            "tax": G(lambda f: money(f, 0, 20)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "TAXDAY20", "RETURNING15", "AAA10"])),
            "payment_method": G(lambda f: f.pick(["card", "pay_with_refund", "paypal", "apple_pay"])),
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(6)}"),
            "products": Many(product_item(), 3),
        },
        2,
    ),
    (
        "track",
        "Payment Failed",
        ["java"],
        None,
        None,
        {
            "order_id": G(lambda f: "TL-" + f.digits(9)),
            "amount": G(lambda f: money(f, 39, 260)),
            "gateway": G(lambda f: f.pick(["stripe", "braintree", "adyen"])),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"])
            ),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_bin": G(lambda f: f.pick(["411111", "542418", "601100", "371449", "222100"])),
            "cardholder_name": Y(lambda f: full_name(f, "us"), "name"),
            "retryable": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Fee Paid",
        ["kotlin", "php"],
        None,
        None,
        {
            "amount": G(lambda f: f.pick([0, 499, 799, 1499, 2499])),
            "currency": G(lambda f: "INR"),
            "gateway": G(lambda f: f.pick(["razorpay", "payu", "cashfree"])),
            "razorpay_payment_id": G(lambda f: "pay_" + f.hexid(14)),
            "razorpay_order_id": G(lambda f: "order_" + f.hexid(14)),
            "method": G(lambda f: f.pick(["upi", "card", "netbanking"])),
            "upi_id": RED(upi, "bank account"),
            "plan": G(lambda f: f.pick(["itr1_basic", "itr2_capital_gains", "expert_ca"])),
        },
        2,
    ),
    # -- help, refund calculator (kebab-case) -----------------------------------------------------
    (
        "track",
        "Help Article Searched",
        ["web", "swift"],
        "/help",
        "Help Center | Taxlane",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "how to add w2",
                        "child tax credit 2023",
                        "form 16 part b missing",
                        "kirchensteuer erstattung",
                        "where is my refund",
                        "hsa excess contribution",
                        "80c limit",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "article_id": G(lambda f: f"kb-{f.r.randint(1000, 9999)}"),
        },
        2,
    ),
    (
        "track",
        "refund-estimate-calculated",
        ["web"],
        "/tools/refund-calculator",
        "Tax Refund Calculator | Taxlane",
        {
            "tax-year": G(tax_year),
            "filing-status": G(lambda f: f.pick(["single", "mfj", "mfs", "hoh"])),
            "household-income": Y(lambda f: f.r.randint(15000, 250000), "salary"),
            "w2-count": G(lambda f: f.r.randint(0, 3)),
            "has-kids": G(lambda f: f.pick([True, False])),
            "kids-under-17": G(lambda f: f.r.randint(0, 3)),
            "zip-code": Y(us_zip, "zipcode"),
            "estimated-refund": G(lambda f: money(f, -3000, 7000)),
            "cta-clicked": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    # -- US return: W-2, documents ----------------------------------------------------------------
    (
        "screen",
        "Income Summary",
        ["swift", "rn"],
        None,
        None,
        {
            "tax_year": G(tax_year),
            "section": G(lambda f: f.pick(["wages", "interest", "dividends", "self_employment"])),
            "progress_pct": G(lambda f: f.r.randint(0, 100)),
            "w2_count": G(lambda f: f.r.randint(0, 3)),
        },
        2,
    ),
    (
        "track",
        "W-2 Imported",
        ["swift", "rn", "web"],
        "/return/income/w2",
        "W-2 | Taxlane",
        {
            "tax_year": G(tax_year),
            "import_method": G(lambda f: f.pick(["photo", "pdf", "employer_lookup", "manual"])),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "w2": {
                "employer_name": G(lambda f: f.pick(EMPLOYERS_US)),
                "employer_ein": G(ein),
                "employer_address": {
                    "street": G(
                        lambda f: f.pick(["702 SW 8th St", "1014 Vine St", "1 Infinite Loop", "301 W 2nd St"])
                    ),
                    "city": G(lambda f: f.pick(["Bentonville", "Cincinnati", "Austin", "Chicago"])),
                    "state": G(lambda f: f.pick(["AR", "OH", "TX", "IL"])),
                    "zip": G(lambda f: f.pick(["72716", "45202", "78701", "60601"])),
                },
                "employee_name": Y(lambda f: full_name(f, "us"), "name"),
                "employee_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "control_number": G(lambda f: f.pick(["", f.digits(5), "A" + f.digits(6)])),
                "box1_wages": Y(wages, "salary"),
                "box2_federal_withheld": G(lambda f: money(f, 800, 40000)),
                "box3_ss_wages": Y(wages, "salary"),
                "box12": Many(
                    {
                        "code": G(lambda f: f.pick(["D", "DD", "W", "AA", "C"])),
                        "amount": G(lambda f: money(f, 50, 22500)),
                    },
                    3,
                ),
                "box13_retirement_plan": G(lambda f: f.pick([True, False])),
                "state": G(lambda f: f.pick(["CA", "NY", "OH", "IL", "NJ", "GA"])),
                "state_wages": Y(wages, "salary"),
                "state_withheld": G(lambda f: money(f, 0, 12000)),
            },
        },
        3,
    ),
    (
        "track",
        "Document Uploaded",
        ["swift", "kotlin", "web", "flutter"],
        "/return/documents",
        "Documents | Taxlane",
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(
                    [
                        "W-2",
                        "1099-INT",
                        "1099-NEC",
                        "1098",
                        "1098-T",
                        "Form 16",
                        "Form 26AS",
                        "Lohnsteuerbescheinigung",
                        "Spendenquittung",
                        "receipt",
                    ]
                )
            ),
            "file_name": G(file_name),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic", "image/png"])),
            "size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "sha256": G(sha256),
            "source": G(lambda f: f.pick(["camera", "files", "email_forward", "drive"])),
            "password_protected": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "Document Field Confirmed",
        ["web", "swift"],
        "/return/documents/review",
        "Review document | Taxlane",
        {
            "document_id": G(lambda f: f.uuid()),
            "field": {
                "key": G(lambda f: f.pick(["employee_ssn", "recipient_tin", "borrower_ssn"])),
                "value": RED(ssn_any, "social security number", True),
                "source": G(lambda f: f.pick(["ocr", "user"])),
            },
            "edited": G(lambda f: f.pick([True, False])),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
        2,
    ),
    (
        "track",
        "Field Autosaved",
        ["web"],
        "/return/personal-info",
        "Personal info | Taxlane",
        {
            "form": G(lambda f: f.pick(["personal_info", "contact", "spouse_info"])),
            "field": G(lambda f: f.pick(["phone", "mobile_phone", "daytime_phone"])),
            "input": Y(phone_any, "phone", True),
            "autosave_ms": G(lambda f: f.r.randint(20, 900)),
        },
        2,
    ),
    (
        "track",
        "Taxpayer Profile Saved",
        ["ruby", "go"],
        None,
        None,
        {
            "return_id": G(lambda f: "ret_" + f.hexid(16)),
            "tax_year": G(tax_year),
            "taxpayer": {
                "first_name": Y(lambda f: first_name(f), "name"),
                "middle_initial": G(lambda f: f.pick(["A", "J", "M", "", "R"])),
                "last_name": Y(lambda f: last_name(f), "name"),
                "tin": RED(
                    lambda f: f.pick([ssn_any, ssn_any, itin])(f), "social security number|national id"
                ),
                "tin_type": G(lambda f: f.pick(["SSN", "SSN", "ITIN"])),
                "date_of_birth": Y(lambda f: dob(f, region="us"), "birthdate"),
                "occupation": G(
                    lambda f: f.pick(
                        ["Nurse", "Software Engineer", "Teacher", "Driver", "Retired", "Student"]
                    )
                ),
                "home_phone": Y(phone_us, "phone"),
                "email": Y(lambda f: email(f, "us"), "email"),
                "us_citizen": Y(lambda f: f.pick([True, False]), "citizenship"),
                "blind": RED(lambda f: f.pick([True, False]), "disability"),
                "presidential_campaign_fund": G(lambda f: f.pick([True, False])),
                "deceased": G(lambda f: False),
            },
            "mailing_address": {
                "line1": Y(us_street, "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "zip": Y(us_zip, "zipcode"),
            },
            "spouse": {
                "first_name": Y(lambda f: first_name(f), "name"),
                "last_name": Y(lambda f: last_name(f), "name"),
                "ssn": RED(ssn_any, "social security number"),
                "date_of_birth": Y(lambda f: dob(f, region="us"), "birthdate"),
            },
            "filing_status": G(lambda f: f.pick(["1", "2", "3", "4", "5"])),
            "ssn_valid_for_employment": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Spouse Added",
        ["rn", "web", "swift"],
        "/return/spouse",
        "Spouse | Taxlane",
        {
            "spouse": {
                "firstName": Y(lambda f: first_name(f), "name"),
                "lastName": Y(lambda f: last_name(f), "name"),
                "dateOfBirth": Y(lambda f: f.date(1950, 2003), "birthdate"),
                "occupation": G(
                    lambda f: f.pick(["Accountant", "Homemaker", "Electrician", "Pharmacist", "Unemployed"])
                ),
                "employer": G(lambda f: f.pick(EMPLOYERS_US)),
                "hasSsn": G(lambda f: f.pick([True, False])),
                "email": Y(lambda f: email(f), "email"),
                "isNonresidentAlien": G(lambda f: f.pick([True, False])),
            },
            "filingStatus": G(lambda f: f.pick(["married_filing_jointly", "married_filing_separately"])),
            "marriedOnDec31": G(lambda f: True),
            "marriageYear": G(lambda f: f.r.randint(1975, 2023)),
        },
        2,
    ),
    (
        "track",
        "Dependent Added",
        ["rn", "web", "swift"],
        "/return/dependents",
        "Dependents | Taxlane",
        {
            "dependent": {
                "first_name": Y(lambda f: first_name(f), "name"),
                "last_name": Y(lambda f: last_name(f), "name"),
                "date_of_birth": Y(lambda f: f.date(2004, 2023), "birthdate"),
                "relationship": G(
                    lambda f: f.pick(["son", "daughter", "stepchild", "foster_child", "parent", "niece"])
                ),
                "months_lived_with_you": G(lambda f: f.r.randint(0, 12)),
                "is_full_time_student": G(lambda f: f.pick([True, False])),
                "is_permanently_disabled": RED(lambda f: f.pick([True, False, False]), "disability"),
                "ssn_provided": G(lambda f: f.pick([True, False])),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "age": G(lambda f: f.r.randint(0, 19)),
            },
            "dependents_total": G(lambda f: f.r.randint(1, 5)),
            "qualifies_ctc": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Dependent Selected",
        ["web"],
        "/return/credits/childcare",
        "Child care credit | Taxlane",
        {
            "index": G(lambda f: f.r.randint(0, 3)),
            "label": Y(
                lambda f: (
                    f"{first_name(f)} {last_name(f)} ({f.pick(['son', 'daughter', 'mother', 'nephew'])})"
                ),
                "name",
                True,
            ),
            "credit": G(lambda f: f.pick(["child_and_dependent_care", "child_tax_credit", "eitc"])),
        },
        1,
    ),
    (
        "track",
        "Nonresident Status Determined",
        ["web"],
        "/return/residency",
        "Residency | Taxlane",
        {
            "visa_type": RED(lambda f: f.pick(["H-1B", "F-1", "J-1", "L-1", "O-1", "H-4"]), "visa"),
            "has_work_authorization": RED(lambda f: f.pick([True, False]), "visa"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["India", "China", "Brazil", "Germany", "Nigeria", "Mexico"]), "citizenship"
            ),
            "days_present_current_year": G(lambda f: f.r.randint(0, 365)),
            "substantial_presence_met": G(lambda f: f.pick([True, False])),
            "treaty_country": G(lambda f: f.pick(["IN", "CN", "DE", "none"])),
            "result": G(lambda f: f.pick(["resident_alien", "nonresident_alien", "dual_status"])),
        },
        1,
    ),
    (
        "track",
        "ITIN Application Started",
        ["python"],
        None,
        None,
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant_name": Y(lambda f: full_name(f, "other"), "name"),
            "reason_code": G(lambda f: f.pick(["a", "b", "d", "e", "f"])),
            "passport_number": RED(lambda f: f.pick(["Z", "K", "M", "C", "P"]) + f.digits(7), "passport"),
            "passport_country": G(lambda f: f.pick(["IN", "MX", "CN", "BR", "NG"])),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "birth_city": Y(
                lambda f: f.pick(["Guadalajara", "Lagos", "Chengdu", "Recife", "Hyderabad", "Hanoi"]), "city"
            ),
            "foreign_address": Y(lambda f: f.pick([in_street, de_street])(f), "address"),
            "sex": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "date_of_birth": Y(lambda f: dob(f, 1950, 2004), "birthdate"),
            "us_phone": Y(phone_us, "phone"),
            "caa_name": G(lambda f: f.pick(["Taxlane CAA Services", "Certified Acceptance Agent Desk"])),
        },
        1,
    ),
    (
        "track",
        "Military Status Updated",
        ["web", "swift"],
        "/return/military",
        "Military | Taxlane",
        {
            "is_active_duty": RED(lambda f: f.pick([True, False]), "veteran"),
            "branch": RED(
                lambda f: f.pick(
                    ["Army", "Navy", "Air Force", "Marine Corps", "Coast Guard", "National Guard"]
                ),
                "veteran",
            ),
            "combat_zone": G(lambda f: f.pick(["none", "Kuwait", "Djibouti", "Qatar"])),
            "combat_pay_excluded": G(lambda f: money(f, 0, 30000)),
            "deadline_extension": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Medical Expenses Added",
        ["web", "rn"],
        "/return/deductions/medical",
        "Medical expenses | Taxlane",
        {
            "total": G(lambda f: money(f, 300, 40000)),
            "agi_threshold_met": G(lambda f: f.pick([True, False])),
            "items": Many(
                {
                    "category": G(
                        lambda f: f.pick(
                            ["prescription", "dental", "vision", "hospital", "lab_tests", "travel"]
                        )
                    ),
                    "provider": G(
                        lambda f: f.pick(
                            [
                                "Kaiser Permanente",
                                "CVS Pharmacy",
                                "Mayo Clinic",
                                "Walgreens",
                                "Aspen Dental",
                                "LensCrafters",
                            ]
                        )
                    ),
                    "description": Y(
                        lambda f: f.pick(
                            [
                                "physical therapy after ACL surgery",
                                "root canal",
                                "MRI lumbar spine",
                                "cataract surgery",
                                "IVF cycle",
                                "dialysis sessions",
                                "chemotherapy infusion",
                                "knee replacement",
                            ]
                        ),
                        "procedure",
                        True,
                    ),
                    "amount": G(lambda f: money(f, 20, 12000)),
                    "patient_name": Y(lambda f: full_name(f), "name"),
                    "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
                    "hsa_reimbursed": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
        2,
    ),
    (
        "track",
        "Charitable Donation Added",
        ["web", "swift", "rn"],
        "/return/deductions/charity",
        "Donations | Taxlane",
        {
            "organization": G(
                lambda f: f.pick(
                    [
                        "American Red Cross",
                        "Feeding America",
                        "St. Jude Children's Research Hospital",
                        "Habitat for Humanity",
                        "Local Food Bank",
                    ]
                )
            ),
            "organization_ein": G(ein),
            "amount": G(lambda f: money(f, 10, 5000)),
            "donation_type": G(lambda f: f.pick(["cash", "noncash", "mileage"])),
        },
        2,
    ),
    (
        "track",
        "Mortgage Interest Added",
        ["web", "swift"],
        "/return/deductions/mortgage",
        "Mortgage interest | Taxlane",
        {
            "form": G(lambda f: "1098"),
            "lender_name": G(
                lambda f: f.pick(
                    ["Rocket Mortgage", "Wells Fargo Home Mortgage", "Mr. Cooper", "Chase Home Lending"]
                )
            ),
            "lender_tin": G(ein),
            "loan_number": RED(lambda f: f.digits(10), "bank account"),
            "mortgage_interest": G(lambda f: money(f, 1200, 28000)),
            "property_address": Y(lambda f: f"{us_street(f)}, {f.pick(US_CITIES)[0]}", "address"),
        },
        1,
    ),
    (
        "track",
        "E-File Signature Captured",
        ["web", "swift"],
        "/return/file/sign",
        "Sign and file | Taxlane",
        {
            "return_id": G(lambda f: "ret_" + f.hexid(16)),
            "prior_year_agi": Y(lambda f: f.r.randint(12000, 240000), "salary"),
            "self_select_pin": RED(lambda f: f"{f.r.randint(0, 99999):05d}", "password|secret"),
            "ip_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password|secret"),
            "ip_pin_required": G(lambda f: f.pick([True, False])),
            "drivers_license": {
                "number": Y(lambda f: f.pick(["D", "S", "F", "W"]) + f.digits(f.pick([7, 8, 12])), "license"),
                "state": G(lambda f: f.pick(["NY", "OH", "AL", "NJ", "PA"])),
                "expiration_date": G(lambda f: f.date(2024, 2031)),
            },
            "consent_8879": G(lambda f: True),
        },
        2,
    ),
    (
        "track",
        "E-File Submitted",
        ["go"],
        None,
        None,
        {
            "submission_id": G(submission_id),
            "efin": G(lambda f: f.digits(6)),
            "tax_year": G(tax_year),
            "return_type": G(lambda f: f.pick(["1040", "1040-SR", "1040-NR", "1040-X"])),
            "forms": Many(G(lambda f: f.pick(["W2", "SCH1", "SCHA", "SCHC", "8812", "8889", "8863"])), 4),
            "primary_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "state_returns": Many(G(lambda f: f.pick(["CA", "NY", "OH", "IL", "GA"])), 2),
            "refund_amount": G(lambda f: money(f, 0, 9000)),
            "transmitted_at": G(lambda f: f.iso()),
            "ip_pin_used": G(lambda f: f.pick([True, False])),
        },
        3,
    ),
    (
        "track",
        "E-File Acknowledged",
        ["go"],
        None,
        None,
        {
            "submission_id": G(submission_id),
            "status": G(lambda f: f.pick(["accepted", "accepted", "rejected"])),
            "ack_received_at": G(lambda f: f.iso()),
            "rejection_codes": Many(
                G(lambda f: f.pick(["IND-031-04", "IND-181-01", "F1040-525-03", "R0000-504-02"])), 2
            ),
            "message": G(ack_message),
            "jurisdiction": G(lambda f: f.pick(["IRS", "CA-FTB", "NY-DTF", "OH-DOT"])),
        },
        3,
    ),
    (
        "track",
        "Refund Deposit Scheduled",
        ["ruby"],
        None,
        None,
        {
            "return_id": G(lambda f: "ret_" + f.hexid(16)),
            "refund_amount": G(lambda f: money(f, 20, 9000)),
            "method": G(lambda f: f.pick(["direct_deposit", "check", "refund_transfer"])),
            "direct_deposit": {
                "routing_number": G(aba_routing),
                "account_number": RED(us_account, "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
                "bank_name": G(lambda f: f.pick(BANKS_US)),
                "account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "account_holder_name": Y(lambda f: full_name(f, "us"), "name"),
            },
            "split_refund": G(lambda f: f.pick([True, False])),
            "form_8888_allocations": Many(
                {
                    "routing_number": G(aba_routing),
                    "account_number": RED(us_account, "bank account"),
                    "amount": G(lambda f: money(f, 10, 4000)),
                },
                3,
            ),
            "expected_date": G(lambda f: f.date(2024, 2024)),
        },
        2,
    ),
    (
        "track",
        "Payroll Connected",
        ["java"],
        None,
        None,
        {
            "provider": G(lambda f: f.pick(["ADP", "Gusto", "Paychex", "Workday"])),
            "employer_name": G(lambda f: f.pick(EMPLOYERS_US)),
            "employee_id": G(lambda f: f.digits(6)),
            "employee_name": Y(lambda f: full_name(f, "us"), "name"),
            "employee_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "annual_salary": Y(wages, "salary"),
            "hourly_rate": Y(lambda f: money(f, 12, 95), "salary"),
            "pay_frequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly", "monthly"])),
            "last_pay_date": G(lambda f: f.date(2024, 2024)),
            "access_token": RED(lambda f: f"access-production-{f.uuid()}", "token"),
        },
        1,
    ),
    # -- preparer console --------------------------------------------------------------------------
    (
        "track",
        "Client Searched",
        ["web"],
        "/pro/clients",
        "Clients | Taxlane Pro",
        {
            "q": Y(lambda f: f.pick([full_name(f), email(f), last_name(f)]), "name|email", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "preparer_id": G(lambda f: "prep_" + f.digits(5)),
            "filters": {
                "status": G(lambda f: f.pick(["all", "in_progress", "ready_to_file"])),
                "season": G(lambda f: f.pick([2023, 2022, 2021])),
            },
        },
        2,
    ),
    (
        "track",
        "Preparer Note Added",
        ["node"],
        None,
        None,
        {
            "client_id": G(user_id),
            "client_name": Y(lambda f: full_name(f), "name"),
            "return_id": G(lambda f: "ret_" + f.hexid(16)),
            "preparer": {
                "id": G(lambda f: "prep_" + f.digits(5)),
                "name": Y(lambda f: full_name(f), "name"),
                "email": Y(
                    lambda f: f"{ascii_fold(first_name(f))}.{ascii_fold(last_name(f))}@taxpros.example.com",
                    "email",
                ),
                "ptin": RED(lambda f: "P" + f.digits(8), "national id"),
                "firm": G(
                    lambda f: f.pick(
                        [
                            "Taxlane Pro Desk",
                            "Rivera & Chen CPAs",
                            "Sharma Tax Associates",
                            "Steuerbüro Krüger",
                        ]
                    )
                ),
                "firm_phone": G(lambda f: f.pick(["+1 888 555 0147", "(512) 555-0199", "+49 89 5550 1230"])),
                "credential": G(lambda f: f.pick(["CPA", "EA", "CA", "Steuerberater"])),
            },
            "note": Y(preparer_note, "name", True),
            "internal_note": G(
                lambda f: f.pick(
                    [
                        "Reviewed Sch C expenses.",
                        "Waiting on 1099-B.",
                        "Ready for QA.",
                        "State return pending.",
                        "Amended after notice CP2000.",
                    ]
                )
            ),
            "visibility": G(lambda f: f.pick(["internal", "client_visible"])),
            "tags": Many(G(lambda f: f.pick(["follow_up", "missing_docs", "priority", "amend"])), 2),
        },
        2,
    ),
    (
        "group",
        None,
        ["node"],
        None,
        None,
        {
            "name": G(
                lambda f: f.pick(
                    ["Rivera & Chen CPAs", "Sharma Tax Associates", "Steuerbüro Krüger", "Sunbelt Tax Pros"]
                )
            ),
            "industry": G(lambda f: "Accounting"),
            "employees": G(lambda f: f.r.randint(2, 60)),
            "plan": G(lambda f: f.pick(["pro_basic", "pro_unlimited"])),
            "efin": G(lambda f: f.digits(6)),
            "office_phone": G(lambda f: f.pick(["+1 512 555 0133", "+91 80 5550 1122", "+49 89 5550 1230"])),
            "office_email": G(
                lambda f: f.pick(
                    [
                        "info@riverachen.example.com",
                        "support@sharmatax.example.in",
                        "kanzlei@steuerbuero-krueger.example.de",
                    ]
                )
            ),
            "office": {
                "street": G(
                    lambda f: f.pick(
                        ["500 Congress Ave Ste 210", "2nd Floor, Prestige Tower, MG Road", "Leopoldstraße 44"]
                    )
                ),
                "city": G(lambda f: f.pick(["Austin", "Bengaluru", "München"])),
                "postal_code": G(lambda f: f.pick(["78701", "560001", "80802"])),
                "country": G(lambda f: f.pick(["US", "IN", "DE"])),
            },
        },
        1,
    ),
    (
        "track",
        "Live Expert Session Booked",
        ["web", "swift"],
        "/expert/book",
        "Book an expert | Taxlane",
        {
            "session_id": G(lambda f: f.uuid()),
            "expert_id": G(lambda f: "exp_" + f.digits(4)),
            "expert_name": Y(lambda f: full_name(f), "name"),
            "topic": G(
                lambda f: f.pick(["crypto", "rental_income", "self_employment", "nonresident", "amendment"])
            ),
            "slot_start": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 30, 45])),
            "comments": Y(note_with_phone, "phone", True),
            "timezone": G(lambda f: f.pick(["America/Chicago", "America/New_York", "Asia/Kolkata"])),
        },
        2,
    ),
    (
        "track",
        "Support Ticket Created",
        ["node"],
        None,
        None,
        {
            "ticket_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "channel": G(lambda f: f.pick(["chat", "email", "in_app"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund status",
                        "Cannot import W-2",
                        "Login problem",
                        "Billing question",
                        "ELSTER Fehler",
                    ]
                )
            ),
            "text": Y(support_text, "email|phone", True),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "assignee_name": Y(lambda f: full_name(f), "name"),
            "requester_email": Y(lambda f: email(f), "email"),
            "requester_phone": Y(phone_any, "phone"),
            "reply_to": G(
                lambda f: f.pick(
                    [
                        "support@taxlane.example.com",
                        "no-reply@taxlane.example.com",
                        "hilfe@taxlane.example.de",
                    ]
                )
            ),
            "csat_requested": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Referral Sent",
        ["python", "web"],
        "/refer",
        "Refer a friend | Taxlane",
        {
            "referral_code": G(lambda f: "TL-" + f.hexid(6).upper()),
            "recipient_name": Y(lambda f: first_name(f), "name"),
            "recipient_email": Y(lambda f: email(f), "email"),
            "recipient_phone": Y(phone_any, "phone"),
            "channel": G(lambda f: f.pick(["email", "sms", "whatsapp", "link"])),
            "reward_usd": G(lambda f: f.pick([10, 20, 25])),
        },
        2,
    ),
    (
        "track",
        "Conversion Uploaded",
        ["node"],
        None,
        None,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "external_id": G(sha256),
                "client_ip_address": Y(ipany, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
            },
            "custom_data": {"value": G(lambda f: money(f, 39, 260)), "currency": G(lambda f: "USD")},
            "pixel_id": G(lambda f: f.digits(15)),
        },
        2,
    ),
    (
        "track",
        "Webhook Delivery Failed",
        ["node"],
        None,
        None,
        {
            "webhook_id": G(lambda f: "wh_" + f.hexid(12)),
            "target_url": G(
                lambda f: f.pick(
                    ["https://hooks.partner.example.com/taxlane", "https://crm.example.io/api/v2/events"]
                )
            ),
            "status_code": G(lambda f: f.pick([401, 500, 502, 504, 429])),
            "attempt": G(lambda f: f.r.randint(1, 6)),
            "request_headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "content-type": G(lambda f: "application/json"),
            },
            "error": G(
                lambda f: f.pick(["ETIMEDOUT", "401 Unauthorized", "socket hang up", "502 Bad Gateway"])
            ),
        },
        1,
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        "/signup/complete",
        "Welcome | Taxlane",
        None,
        2,
    ),
    # -- warehouse reverse-ETL (SCREAMING_SNAKE) -----------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        None,
        None,
        {
            "FIRST_NAME": Y(lambda f: first_name(f), "name"),
            "LAST_NAME": Y(lambda f: last_name(f), "name"),
            "EMAIL": Y(lambda f: email(f), "email"),
            "PHONE_NUMBER": Y(phone_any, "phone"),
            "ZIP": Y(zip_any, "zipcode"),
            "DOB": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "STATE": G(lambda f: f.pick(["TX", "CA", "FL", "KA", "MH", "BY", "NW"])),
            "SIGNUP_DATE": G(lambda f: f.date(2018, 2024)),
            "LTV_USD": G(lambda f: money(f, 0, 1400)),
            "LAST_FILED_TAX_YEAR": G(tax_year),
            "FILING_STATUS": G(lambda f: f.pick(["SINGLE", "MFJ", "MFS", "HOH", "QSS"])),
            "HAS_DEPENDENTS": G(lambda f: f.pick([True, False])),
            "RETURNS_FILED": G(lambda f: f.r.randint(0, 9)),
            "IS_PAYING": G(lambda f: f.pick([True, False])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
        2,
    ),
    # -- India (kotlin app, python/php backends, Hindi keys) ----------------------------------------
    (
        "track",
        "PAN Verified",
        ["kotlin", "python"],
        None,
        None,
        {
            "pan": RED(lambda f: pan(f), "national id"),
            "name_as_per_pan": Y(lambda f: full_name(f, "in").upper(), "name"),
            "dob": Y(lambda f: dob(f, 1950, 2004, "in"), "birthdate"),
            "status": G(lambda f: f.pick(["valid", "invalid", "not_found"])),
            "pan_aadhaar_linked": G(lambda f: f.pick([True, False])),
            "pan_type": G(lambda f: f.pick(["individual", "huf"])),
            "verification_ms": G(lambda f: f.r.randint(200, 6000)),
            "provider": G(lambda f: f.pick(["nsdl", "karza", "signzy"])),
        },
        3,
    ),
    (
        "track",
        "Aadhaar OTP Requested",
        ["kotlin", "python"],
        None,
        None,
        {
            "aadhaar_number": RED(aadhaar, "national id"),
            "consent_given": G(lambda f: True),
            "otp_channel": G(lambda f: f.pick(["sms", "email"])),
            "txn_id": G(lambda f: f.uuid()),
            "purpose": G(lambda f: f.pick(["e_verify_itr", "pan_link"])),
        },
        2,
    ),
    (
        "track",
        "Form 16 Uploaded",
        ["kotlin", "web"],
        "/in/income/form16",
        "Form 16 | Taxlane India",
        {
            "employer_name": G(lambda f: f.pick(EMPLOYERS_IN)),
            "employer_tan": G(tan),
            "employer_pan": G(lambda f: pan(f, "C")),
            "employee_pan": RED(lambda f: pan(f), "national id"),
            "assessment_year": G(lambda f: f.pick(["2024-25", "2023-24"])),
            "certificate_no": G(lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))),
            "gross_salary": Y(lambda f: f.r.randint(300000, 4500000), "salary"),
            "hra_exempt": G(lambda f: f.r.randint(0, 400000)),
            "tds_deducted": G(lambda f: f.r.randint(0, 900000)),
            "regime": G(lambda f: f.pick(["old", "new"])),
        },
        3,
    ),
    (
        "track",
        "80D Premium Added",
        ["kotlin"],
        None,
        None,
        {
            "insurer": G(
                lambda f: f.pick(["Star Health", "HDFC ERGO", "Niva Bupa", "ICICI Lombard", "Care Health"])
            ),
            "policy_number": Y(
                lambda f: f.pick(["P/", "", "HE"]) + f.digits(f.pick([10, 12, 14])), "identification"
            ),
            "insured_members": Many(
                {
                    "relation": G(lambda f: f.pick(["self", "spouse", "child", "mother", "father"])),
                    "age": G(lambda f: f.r.randint(1, 85)),
                    "senior_citizen": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "premium": G(lambda f: f.r.randint(5000, 75000)),
            "preventive_checkup": G(lambda f: f.pick([0, 2500, 5000])),
        },
        2,
    ),
    (
        "track",
        "80DDB Claimed",
        ["kotlin", "php"],
        None,
        None,
        {
            "specified_disease": Y(
                lambda f: f.pick(
                    [
                        "Malignant cancer",
                        "Chronic renal failure",
                        "Parkinson's disease",
                        "Motor neuron disease",
                        "Haemophilia",
                        "Thalassaemia",
                        "AIDS",
                    ]
                ),
                "diagnosis|condition",
            ),
            "patient_relation": G(lambda f: f.pick(["self", "spouse", "father", "mother", "son"])),
            "patient_name": Y(lambda f: full_name(f, "in"), "name"),
            "patient_is_senior": G(lambda f: f.pick([True, False])),
            "treatment_cost": G(lambda f: f.r.randint(20000, 900000)),
            "specialist_name": Y(lambda f: "Dr. " + full_name(f, "in"), "name"),
            "hospital": G(
                lambda f: f.pick(
                    ["AIIMS Delhi", "Apollo Hospitals", "Tata Memorial Hospital", "Manipal Hospital"]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "80U Disability Claimed",
        ["kotlin", "web"],
        "/in/deductions/80u",
        "Section 80U | Taxlane India",
        {
            "disability_type": RED(
                lambda f: f.pick(
                    ["locomotor", "low vision", "hearing impairment", "autism", "mental illness"]
                ),
                "disability",
            ),
            "severity": RED(
                lambda f: f.pick(["40-80%", "80% or more", "severe", "non-severe"]), "disability"
            ),
            "certificate_date": G(lambda f: f.date(2015, 2023)),
            "form_10ia_uploaded": G(lambda f: f.pick([True, False])),
            "deduction_amount": G(lambda f: f.pick([75000, 125000])),
        },
        1,
    ),
    (
        "track",
        "80G Donation Added",
        ["kotlin"],
        None,
        None,
        {
            "donee_name": G(
                lambda f: f.pick(
                    [
                        "PM CARES Fund",
                        "Akshaya Patra Foundation",
                        "CRY - Child Rights and You",
                        "Goonj",
                        "HelpAge India",
                    ]
                )
            ),
            "donee_pan": G(lambda f: pan(f, f.pick(["T", "A"]))),
            "amount": G(lambda f: f.r.randint(500, 200000)),
            "mode": G(lambda f: f.pick(["online", "cheque", "cash"])),
            "eligible_pct": G(lambda f: f.pick([50, 100])),
        },
        1,
    ),
    (
        "track",
        "Home Loan Interest Added",
        ["kotlin", "web"],
        "/in/deductions/home-loan",
        "Home loan | Taxlane India",
        {
            "lender": G(
                lambda f: f.pick(["SBI Home Loans", "HDFC Ltd", "LIC Housing Finance", "ICICI Bank"])
            ),
            "loan_account_number": RED(lambda f: f.pick(["", "HL", "LAN"]) + f.digits(12), "bank account"),
            "interest_paid": G(lambda f: f.r.randint(20000, 200000)),
            "property_address": Y(in_street, "address"),
            "self_occupied": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "ITR Filed",
        ["python"],
        None,
        None,
        {
            "acknowledgement_number": G(lambda f: f.digits(15)),
            "itr_form": G(lambda f: f.pick(["ITR-1", "ITR-2", "ITR-3", "ITR-4"])),
            "assessment_year": G(lambda f: f.pick(["2024-25", "2023-24"])),
            "filed_at": G(lambda f: f.iso()),
            "refund_due": G(lambda f: f.r.randint(0, 150000)),
            "verification_mode": G(lambda f: f.pick(["aadhaar_otp", "net_banking", "dsc", "itr_v_post"])),
            "refund_account": {
                "account_number": RED(in_account, "bank account"),
                "ifsc": G(ifsc),
                "bank_name": G(lambda f: f.pick(BANKS_IN)[0]),
                "account_type": G(lambda f: f.pick(["savings", "current"])),
                "prevalidated": G(lambda f: f.pick([True, False])),
            },
            "regime": G(lambda f: f.pick(["old", "new"])),
            "filer_name": Y(lambda f: full_name(f, "in"), "name"),
            "pan": RED(lambda f: pan(f), "national id"),
        },
        3,
    ),
    (
        "track",
        "Expert Office Searched",
        ["kotlin"],
        None,
        None,
        {
            "search_term": G(
                lambda f: f.pick(["Koramangala", "Andheri East", "CA near me", "Salt Lake", "Baner"])
            ),
            "results": G(lambda f: f.r.randint(0, 15)),
            "office": {
                "name": G(
                    lambda f: f.pick(
                        ["Taxlane Expert Centre Koramangala", "Taxlane Desk Andheri", "Taxlane Point Baner"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        ["80 Feet Rd, Koramangala 4th Block", "Chakala, Andheri East", "Baner Road, Pune"]
                    )
                ),
                "phone": G(lambda f: f.pick(["+91 80 4718 2200", "+91 22 6123 4400", "+91 20 6644 1100"])),
                "distance_km": G(lambda f: round(f.r.uniform(0.3, 25), 1)),
            },
        },
        1,
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["kotlin", "swift"],
        None,
        None,
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "whatsapp_opt_in": G(lambda f: f.pick([True, False])),
            "whatsapp_number": Y(lambda f: f.pick([phone_in, phone_us])(f), "phone"),
            "reminder_days_before_deadline": G(lambda f: f.pick([3, 7, 14])),
            "language": G(lambda f: f.pick(["en", "hi", "ta", "es"])),
        },
        1,
    ),
    (
        "identify",
        None,
        ["php"],
        None,
        None,
        {
            "naam": Y(lambda f: full_name(f, "in"), "name"),
            "pita_ka_naam": Y(lambda f: full_name(f, "in"), "name"),
            "janm_tithi": Y(lambda f: dob(f, region="in"), "birthdate"),
            "mobile": Y(phone_in, "phone"),
            "email": Y(lambda f: email(f, "in"), "email"),
            "pata": Y(in_street, "address"),
            "shahar": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "rajya": G(lambda f: f.pick(["Karnataka", "Maharashtra", "Telangana", "Tamil Nadu", "Haryana"])),
            "pin_code": Y(in_pin, "zipcode"),
            "pan": RED(lambda f: pan(f), "national id"),
            "aadhaar": RED(aadhaar, "national id"),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "vittiya_varsh": G(lambda f: f.pick(["2023-24", "2022-23"])),
            "kar_vyavastha": G(lambda f: f.pick(["nayi", "purani"])),
            "vaivahik_sthiti": G(lambda f: f.pick(["vivahit", "avivahit"])),
            "grahak_id": G(lambda f: "TLIN" + f.digits(7)),
        },
        3,
    ),
    (
        "track",
        "Kiraya Rasid Joda",
        ["php"],
        None,
        None,
        {
            "makan_malik_ka_naam": Y(lambda f: full_name(f, "in"), "name"),
            "makan_malik_pan": RED(lambda f: pan(f), "national id"),
            "makan_malik_mobile": Y(phone_in, "phone"),
            "masik_kiraya": G(lambda f: f.r.randint(8000, 90000)),
            "mahine": G(lambda f: f.r.randint(1, 12)),
            "kiraye_ka_pata": Y(in_street, "address"),
            "metro_shahar": G(lambda f: f.pick([True, False])),
            "rasid_sankhya": G(lambda f: f.r.randint(1, 12)),
            "hra_chhoot": G(lambda f: f.r.randint(0, 400000)),
        },
        2,
    ),
    # -- Germany (flutter app, C# ELSTER service, German keys) --------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        None,
        None,
        {
            "vorname": Y(lambda f: first_name(f, "de"), "name"),
            "nachname": Y(lambda f: last_name(f, "de"), "name"),
            "geburtsdatum": Y(lambda f: dob(f, region="de"), "birthdate"),
            "email": Y(lambda f: email(f, "de"), "email"),
            "telefon": Y(phone_de, "phone"),
            "anschrift": {
                "strasse": Y(lambda f: f.pick(DE_STREETS), "street|address"),
                "hausnummer": Y(
                    lambda f: f"{f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}", "street|address"
                ),
                "plz": Y(de_plz, "zipcode"),
                "ort": Y(lambda f: f.pick(DE_CITIES)[0], "city"),
                "land": G(lambda f: "DE"),
            },
            "steuerId": RED(steuer_id, "national id"),
            "steuernummer": RED(steuernummer, "national id"),
            "familienstand": G(lambda f: f.pick(["ledig", "verheiratet", "geschieden", "verwitwet"])),
            "konfession": Y(lambda f: f.pick(["rk", "ev", "--", "ak", "jd"]), "religion"),
            "kirchensteuerpflichtig": Y(lambda f: f.pick([True, False]), "religion"),
            "steuerklasse": G(lambda f: f.pick([1, 2, 3, 4, 5, 6])),
            "bundesland": G(
                lambda f: f.pick(["Bayern", "Berlin", "Nordrhein-Westfalen", "Hessen", "Sachsen"])
            ),
            "finanzamt": G(
                lambda f: f.pick(
                    [
                        "Finanzamt München",
                        "Finanzamt Köln-Altstadt",
                        "Finanzamt Berlin Mitte/Tiergarten",
                        "Finanzamt Leipzig I",
                    ]
                )
            ),
            "kundennummer": G(lambda f: "TLD-" + f.digits(8)),
        },
        3,
    ),
    (
        "track",
        "Lohnsteuerbescheinigung Importiert",
        ["flutter"],
        None,
        None,
        {
            "arbeitgeber": G(lambda f: f.pick(EMPLOYERS_DE)),
            "personalnummer": G(lambda f: f.digits(f.pick([5, 6, 8]))),
            "arbeitnehmer_name": Y(lambda f: full_name(f, "de"), "name"),
            "geburtsdatum": Y(lambda f: dob(f, region="de"), "birthdate"),
            "identifikationsnummer": RED(steuer_id, "national id"),
            "zeitraum": G(lambda f: f.pick(["01.01.-31.12.", "01.03.-31.12.", "01.01.-30.06."])),
            "steuerklasse": G(lambda f: f.pick([1, 2, 3, 4, 5, 6])),
            "bruttoarbeitslohn": Y(lambda f: money(f, 9000, 180000), "salary"),
            "lohnsteuer": G(lambda f: money(f, 0, 50000)),
            "solidaritaetszuschlag": G(lambda f: money(f, 0, 1500)),
            "kirchensteuer_an": Y(lambda f: money(f, 0, 4000), "religion"),
            "kirchensteuer_ehegatte": Y(lambda f: money(f, 0, 3000), "religion"),
            "kinderfreibetraege": G(lambda f: f.pick([0, 0.5, 1, 2])),
            "quelle": G(lambda f: f.pick(["foto", "pdf", "elster_abruf"])),
        },
        3,
    ),
    (
        "track",
        "Work Expenses Added",
        ["flutter"],
        None,
        None,
        {
            "commute_km": G(lambda f: f.r.randint(1, 90)),
            "home_office_days": G(lambda f: f.r.randint(0, 210)),
            "workplace_address": G(
                lambda f: f.pick(
                    [
                        "Werner-von-Siemens-Str. 1, Erlangen",
                        "Robert-Bosch-Platz 1, Gerlingen",
                        "Europaplatz 1, Berlin",
                    ]
                )
            ),
            "union_dues": Y(lambda f: money(f, 60, 800), "trade union"),
            "arbeitsmittel": G(lambda f: money(f, 0, 2500)),
            "pauschale_genutzt": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Sonderausgaben Erfasst",
        ["flutter"],
        None,
        None,
        {
            "kirchensteuer_gezahlt": Y(lambda f: money(f, 0, 4000), "religion"),
            "spenden": G(lambda f: money(f, 0, 5000)),
            "spenden_empfaenger": G(
                lambda f: f.pick(
                    ["Deutsches Rotes Kreuz", "Ärzte ohne Grenzen", "UNICEF Deutschland", "Tafel e.V."]
                )
            ),
            "parteispenden": Y(lambda f: money(f, 20, 3300), "political opinion"),
            "partei": Y(
                lambda f: f.pick(["SPD", "CDU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "CSU"]),
                "political opinion",
            ),
            "krankenversicherung": G(lambda f: money(f, 0, 9000)),
            "kv_anbieter": G(
                lambda f: f.pick(
                    ["Techniker Krankenkasse", "AOK Bayern", "Barmer", "DAK-Gesundheit", "Allianz Private"]
                )
            ),
        },
        2,
    ),
    (
        "track",
        "Extraordinary Expenses Added",
        ["flutter"],
        None,
        None,
        {
            "medical_costs": G(lambda f: money(f, 0, 12000)),
            "disability_degree": RED(lambda f: f.pick([20, 30, 50, 60, 80, 100]), "disability"),
            "disability_markers": Many(
                RED(lambda f: f.pick(["G", "aG", "Bl", "H", "TBl", "Gl"]), "disability"), 2
            ),
            "care_level": RED(lambda f: f.pick([1, 2, 3, 4, 5]), "disability"),
            "flat_allowance": G(lambda f: f.pick([384, 620, 1140, 2840, 7400])),
            "household_services": G(lambda f: money(f, 0, 6000)),
        },
        1,
    ),
    (
        "track",
        "Child Added",
        ["flutter"],
        None,
        None,
        {
            "child": {
                "firstName": Y(lambda f: first_name(f, "de"), "name"),
                "lastName": Y(lambda f: last_name(f, "de"), "name"),
                "birthDate": Y(lambda f: dob(f, 2003, 2023, "de"), "birthdate"),
                "taxId": RED(steuer_id, "national id"),
                "relationship": G(lambda f: f.pick(["leibliches Kind", "Pflegekind", "Enkelkind"])),
                "receivesKindergeld": G(lambda f: f.pick([True, False])),
                "familyBenefitsOffice": G(
                    lambda f: f.pick(
                        [
                            "Familienkasse Bayern Süd",
                            "Familienkasse Berlin-Brandenburg",
                            "Familienkasse Nordrhein-Westfalen West",
                        ]
                    )
                ),
            },
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
        },
        2,
    ),
    (
        "track",
        "Steuer-ID Validierung",
        ["flutter"],
        None,
        None,
        {
            "feld": G(lambda f: f.pick(["steuerId", "steuerIdEhegatte"])),
            "eingabe": RED(steuer_id, "national id", True),
            "gueltig": G(lambda f: f.pick([True, False])),
            "fehler": G(lambda f: f.pick(["", "pruefziffer", "laenge", "format"])),
        },
        2,
    ),
    (
        "track",
        "ElsterSubmissionCompleted",
        ["csharp"],
        None,
        None,
        {
            "SubmissionId": G(lambda f: f.uuid()),
            "TransferTicket": G(lambda f: f.hexid(8) + "-" + f.hexid(4) + "-" + f.digits(10)),
            "TaxYear": G(tax_year),
            "Steuernummer": RED(steuernummer, "national id"),
            "FinanzamtNr": G(lambda f: f.pick(["9143", "5214", "1127", "2613", "3201"])),
            "TaxpayerName": Y(lambda f: full_name(f, "de"), "name"),
            "SpouseName": Y(lambda f: full_name(f, "de"), "name"),
            "TaxId": RED(steuer_id, "national id"),
            "SpouseTaxId": RED(steuer_id, "national id"),
            "Veranlagungsart": G(lambda f: f.pick(["Einzelveranlagung", "Zusammenveranlagung"])),
            "Status": G(lambda f: f.pick(["Accepted", "Rejected", "Pending"])),
            "ErrorCode": G(lambda f: f.pick(["", "610001012", "610301200", "ERIC_GLOBAL_PRUEF_FEHLER"])),
            "RefundExpected": G(lambda f: money(f, -2000, 5000)),
            "SubmittedAtUtc": G(lambda f: f.iso()),
            "EricVersion": G(lambda f: f.pick(["39.3.8.0", "40.1.2.0"])),
            "CertificateType": G(lambda f: f.pick(["Software", "Stick", "PersonalausweisOnline"])),
        },
        3,
    ),
    (
        "track",
        "RefundAccountUpdated",
        ["csharp"],
        None,
        None,
        {
            "AccountHolder": Y(lambda f: full_name(f, "de"), "name"),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": G(lambda f: f.pick(BICS)),
            "PreviousIban": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL", "FR"])), "bank account"),
            "BankName": G(
                lambda f: f.pick(
                    ["Deutsche Bank", "Commerzbank", "Sparkasse KölnBonn", "ING", "HypoVereinsbank"]
                )
            ),
            "IsJointAccount": G(lambda f: f.pick([True, False])),
            "ChangedBy": G(lambda f: f.pick(["user", "support", "import"])),
            "UpdatedAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Bescheid Abgeglichen",
        ["csharp"],
        None,
        None,
        {
            "BescheidId": G(lambda f: f.uuid()),
            "Steuerjahr": G(tax_year),
            "FestgesetzteEinkommensteuer": G(lambda f: money(f, 0, 60000)),
            "Abweichung": G(lambda f: money(f, -1500, 1500)),
            "EinspruchEmpfohlen": G(lambda f: f.pick([True, False])),
            "Bescheiddatum": G(lambda f: f.date(2024, 2024)),
            "Bearbeiter": Y(lambda f: full_name(f, "de"), "name"),
        },
        1,
    ),
    (
        "screen",
        "Return Overview",
        ["flutter"],
        None,
        None,
        {
            "tax_year": G(tax_year),
            "progress_pct": G(lambda f: f.r.randint(0, 100)),
            "estimated_refund": G(lambda f: money(f, -1500, 4000)),
            "section": G(lambda f: f.pick(["Einkünfte", "Werbungskosten", "Sonderausgaben", "Kinder"])),
        },
        2,
    ),
    (
        "track",
        "Identity Verification Completed",
        ["python", "java"],
        None,
        None,
        {
            "vendor": G(lambda f: f.pick(["id.me", "persona", "onfido"])),
            "inquiry_id": G(lambda f: "inq_" + f.hexid(20)),
            "document_type": G(lambda f: f.pick(["passport", "drivers_license", "state_id"])),
            "document_number": RED(
                lambda f: f.pick(["D", "", "X", "S"]) + f.digits(f.pick([8, 9])), "passport|national id"
            ),
            "issuing_country": G(lambda f: f.pick(["US", "IN", "MX", "DE"])),
            "date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "full_name": Y(full_name, "name"),
            "address_line1": Y(street_any, "address|street"),
            "selfie_url": Y(
                lambda f: f"https://files.persona.example.com/selfies/{f.hexid(24)}.jpg", "photo"
            ),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "status": G(lambda f: f.pick(["approved", "declined", "needs_review"])),
        },
        2,
    ),
]

MESSAGE_ID = {
    "web": lambda f: "ajs-next-" + f.hexid(32),
    "swift": lambda f: f.uuid().upper(),
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, path, title, body, weight in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                sent = f.iso()
                msg = {
                    "type": kind,
                    "messageId": MESSAGE_ID.get(client, lambda f: f.uuid())(f),
                    "timestamp": sent,
                    "originalTimestamp": sent,
                    "sentAt": sent,
                    "anonymousId": f.uuid(),
                    "userId": user_id(f),
                }
                if client in ("go", "java", "ruby", "php", "csharp", "node", "python") and f.r.random() < 0.5:
                    del msg["anonymousId"]
                if kind == "track":
                    msg["event"] = name
                elif kind in ("screen", "page"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "firm_" + f.digits(6)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId", f.uuid())
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(
                    context_for(f, client, path or "/", title or "Taxlane"), f, "context", labels
                )
                msg["integrations"] = (
                    {"All": True} if f.r.random() < 0.7 else {"All": True, "Facebook Pixel": False}
                )
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=275, repeats=12)
    write(Path(__file__).parent, "holdout275_", events, labels)
