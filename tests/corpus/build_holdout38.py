"""Writes holdout38: tests/corpus/holdout38_events.jsonl and holdout38_labels.json.

Sealed: written from the brief, REFERENCE.md, build.py, fake.py and build_holdout3.py (for the
format) only, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. It is meant to be scored once,
as events the engine has never seen.

Domain: investing and insurance in the US, the UK and India.
- Stackvest, a brokerage and retirement app: identify calls (web, iOS, Android, a Flutter app for
  India with a Hindi onboarding flow in romanised Hindi keys, a reverse-ETL sync from the
  warehouse in SCREAMING_SNAKE), KYC (SSN, PAN, Aadhaar eKYC in UIDAI's own field names: `co`
  care-of name, `lm` landmark, `dist` the person's district labelled as a city, `pc` PIN code;
  NI number, passports, OCR text), accounts (ISA, IRA, Demat), trades, deposits and withdrawals
  from bank accounts (Plaid Link metadata, penny-drop verification, UPI), beneficiaries and
  nominees, tax documents and forms (W-9, W-8BEN), risk questionnaires (income, net worth,
  employment), support chat, referrals, a 401(k) employer `group`, `alias` calls.
- ClaimEase, car and home insurance: quotes and e-commerce spec checkout of policies, Stripe and
  Razorpay payment payloads, claims with incident locations and photos (EXIF GPS), third parties
  and witnesses, injuries (a .NET back end in PascalCase), repair shops and a body-shop portal
  sending kebab-case, adjusters (staff), adjuster notes, payouts and mailed cheques, roadside
  assistance, Twilio SMS and SendGrid e-mail webhooks, a Meta Conversions API mirror, and a
  Hindi claim form whose keys are its Devanagari labels.
- Contexts of analytics.js (page, userAgentData, campaign, consent), analytics-swift,
  analytics-kotlin, analytics-react-native, analytics_flutter (with `context.traits`, and
  `context.location` on the claims app) and the python, node, go, java, ruby, php and .NET
  server libraries (`context.ip` forwarded, `context.externalIds`).

Conventions: mostly camelCase and snake_case; about 15 % of paths in PascalCase (.NET, Twilio),
kebab-case (body-shop portal), SCREAMING_SNAKE (warehouse sync), romanised Hindi and Devanagari.
Values are synthetic and varied (US, UK, Indian and other names; national phone formats; UK
postcodes, Indian PIN codes, US ZIPs); ids carry valid checksums where real ones do: Luhn cards,
mod-97 IBANs, SSA-structured SSNs, Verhoeff Aadhaar numbers, NHS numbers (mod 11), ABA routing
numbers, VIN check digits, PANs with the holder-type letter.

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the user, beneficiaries, nominees, third parties,
  witnesses, injured people, children, and staff (adjusters, technicians, support agents).
  Colour is the reference's default for its matcher; outside the reference: red for government
  ids (`national id`), bank and brokerage accounts (`bank account`), card numbers, credentials
  (`token`, `password`), health ids (`health id`); yellow otherwise (`geolocation`, `advertising
  id`, `ip`).
- Green: ids we issue (user, account, order, claim, quote, policy and payment ids), contract and
  incident reference numbers (a third party's policy number, a police crime reference), numeric
  ids, SKUs, ISINs, tickers, versions, timestamps, hashes and signatures of non-personal data,
  amounts and balances, enums, counters and booleans (`emailVerified`, `aadhaar_linked`,
  `ssn_valid_format`), product, plan, fund, company, bank, hospital and repair-shop names, a
  business's own phone and address, places that are not the person's, country, state, district
  of a business, locale, language, timezone, currency, user agents, OS-issued device ids. Card
  brand, BIN, last four and expiry are green; routing numbers, sort codes, IFSC codes and
  depository-participant ids identify a bank or broker: green. Masked phone numbers showing only
  the last digits are green.
- Red: the last four of an SSN, and by the same reasoning a masked Aadhaar (XXXX XXXX 1234), as a
  national id. A UPI id (name@bank) routes money to the person's bank account: red `bank
  account`. An account number at another institution (IRA being rolled over, ISA being
  transferred in, a Demat BO id, a payout account) is red `bank account`; the ids Stackvest
  itself issues for its accounts are green.
- Declared income and net worth (exact or banded) are yellow `salary`; other attributes that are
  neither in the reference's table nor a special category (employment status, occupation,
  employer, marital status, risk tolerance, number of dependants) are green. An age, or a year
  of birth, is yellow `birthdate`. Vehicle registration plates and driving licences are yellow
  `license`; VINs yellow `serial`; nationality / citizenship yellow `citizenship`.
- Special categories: fields whose values *name* a condition, injury, treatment or medication use
  the reference colour (yellow `condition`, `procedure`, `medication`); a boolean or closed enum
  that itself reveals a special category about the person (is pregnant, injury severity,
  wheelchair user, veteran status) is red of that category.
- Claim photos (damage, scene) are yellow `photo`: they show plates, homes and people.
- Hashed identifiers sent to an ad platform (Meta's `em`, `ph`: SHA-256 of the e-mail and phone)
  keep the type of what was hashed, yellow: a careful owner wants them flagged because they
  match the person across systems.
- value_only is true when the key does not say what the value is (`to`, `To`, `contact`,
  `input`, `text`, `label`, `fields[].value`, `changed_by`, `username`, `note`) and only the
  value reveals it. Every value of a value_only PII path carries that PII; free text is labelled
  by what every one of its values carries, green when none does.
"""

import unicodedata
from functools import partial
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places, identifiers ---------------------------------------------------------------------

FIRST = {
    "us": ["Emily", "Michael", "Jessica", "DeShawn", "Latoya", "Connor", "María", "José", "Hannah", "Tyler"],
    "uk": ["Oliver", "Amelia", "Harry", "Isla", "Siobhan", "Callum", "Niamh", "Rhys", "Freya", "Imogen"],
    "in": [
        "Aarav",
        "Priya",
        "Rohan",
        "Ananya",
        "Vikram",
        "Lakshmi",
        "Arjun",
        "Kavya",
        "Venkatesh",
        "Gurpreet",
        "Mohammed",
        "Farah",
        "Sai Kiran",
        "Meenakshi",
    ],
    "world": [
        "Chinedu",
        "Wei",
        "Olena",
        "Tomasz",
        "Yusuf",
        "Mei-Ling",
        "Kenji",
        "Ngozi",
        "Joaquín",
        "Thandiwe",
    ],
}
LAST = {
    "us": ["Johnson", "Williams", "Rodriguez", "Nguyen", "Kim", "O'Connor", "Washington", "Goldberg"],
    "uk": ["Taylor", "Evans", "Hughes", "McAllister", "Ahmed", "Begum", "Davies", "Fitzgerald"],
    "in": [
        "Sharma",
        "Iyer",
        "Reddy",
        "Banerjee",
        "Nair",
        "Deshpande",
        "Chatterjee",
        "Gupta",
        "Singh Dhillon",
        "Patil",
        "Menon",
        "Subramanian",
    ],
    "world": ["Okonkwo", "Zhang", "Kovalenko", "Nowak", "Y\u0131lmaz", "Tanaka", "Adeyemi", "Fernández"],
}
REGIONS = ["us", "uk", "in", "in", "world"]
MAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.in",
    "hotmail.co.uk",
    "icloud.com",
    "rediffmail.com",
    "proton.me",
    "btinternet.com",
]
US_CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Seattle", "WA"), ("Atlanta", "GA"), ("Brooklyn", "NY")]
UK_CITIES = [("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G")]
IN_CITIES = [
    ("Bengaluru", "Karnataka", "560"),
    ("Mumbai", "Maharashtra", "400"),
    ("Pune", "Maharashtra", "411"),
    ("Hyderabad", "Telangana", "500"),
    ("Chennai", "Tamil Nadu", "600"),
    ("Kolkata", "West Bengal", "700"),
    ("Jaipur", "Rajasthan", "302"),
]
US_STREETS = [
    "Maple Ave",
    "Oak St",
    "Peachtree Rd NE",
    "Mission St",
    "W 34th St",
    "Lakeshore Dr",
    "Congress Ave",
]
UK_STREETS = ["Kingsway", "Acacia Avenue", "Church Lane", "High Street", "Wilmslow Road", "Queen's Drive"]
IN_STREETS = [
    "100 Feet Road, Indiranagar",
    "14th Main, HSR Layout",
    "Linking Road, Bandra West",
    "Anna Salai",
]
IN_SOCIETIES = ["Shanti Residency", "Prestige Lakeside", "Sai Krupa Apartments", "Green Glen Layout"]


def region(f: Fake) -> str:
    return f.pick(REGIONS)


def first(f: Fake, reg: str | None = None) -> str:
    return f.pick(FIRST[reg or region(f)])


def last(f: Fake, reg: str | None = None) -> str:
    return f.pick(LAST[reg or region(f)])


def full_name(f: Fake, reg: str | None = None) -> str:
    reg = reg or region(f)
    return f"{first(f, reg)} {last(f, reg)}"


def ascii_key(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace("'", "")
        .replace(" ", "")
    )


def email(f: Fake, domain: str | None = None) -> str:
    reg = region(f)
    fn, ln = ascii_key(first(f, reg)), ascii_key(last(f, reg))
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln[0]}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{domain or f.pick(MAIL_DOMAINS)}"


def staff_email(f: Fake, company: str) -> str:
    return f"{ascii_key(first(f))}.{ascii_key(last(f))}@{company}"


def phone(f: Fake, reg: str | None = None) -> str:
    reg = reg or f.pick(["us", "uk", "in", "in"])
    if reg == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space"]))
    if reg == "uk":
        mob = "7" + f.digits(9)
        return f.pick(
            [f"+44 {mob[:4]} {mob[4:]}", f"0{mob[:4]} {mob[4:]}", f"+44{mob}", f"020 7946 0{f.digits(3)}"]
        )
    mob = str(f.r.randint(6, 9)) + f.digits(9)
    return f.pick([f"+91 {mob[:5]} {mob[5:]}", mob, f"+91-{mob}", f"0{mob}", f"+91{mob}"])


def street(f: Fake, reg: str | None = None) -> str:
    reg = reg or f.pick(["us", "uk", "in"])
    n = f.r.randint(1, 480)
    if reg == "us":
        return f"{n} {f.pick(US_STREETS)}" + f.pick(["", "", ", Apt 4B", " Unit 12"])
    if reg == "uk":
        return f.pick([f"{n} {f.pick(UK_STREETS)}", f"Flat {f.r.randint(1, 9)}, {n} {f.pick(UK_STREETS)}"])
    return f"Flat {f.r.randint(101, 1204)}, {f.pick(IN_SOCIETIES)}, {f.pick(IN_STREETS)}"


def city(f: Fake) -> str:
    return f.pick([c[0] for c in US_CITIES + UK_CITIES + IN_CITIES])


def uk_postcode(f: Fake) -> str:
    area = f.pick(["M14", "LS6", "BS8", "CF10", "G12", "SW1A", "NW3", "E14", "B15", "EH3"])
    return f"{area} {f.r.randint(1, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def pin_code(f: Fake) -> str:
    return f.pick(IN_CITIES)[2] + f"{f.r.randint(1, 110):03d}"


def postcode(f: Fake) -> str:
    return f.pick([uk_postcode, pin_code, lambda f: f.zip()])(f)


def state(f: Fake) -> str:
    return f.pick([c[1] for c in US_CITIES] + [c[1] for c in IN_CITIES] + ["England", "Scotland", "Wales"])


def dob(f: Fake, start=1950, end=2004) -> str:
    d = f.date(start, end)
    y, m, day = d.split("-")
    return f.pick([d, d, f"{day}/{m}/{y}", f"{m}/{day}/{y}", f"{day}-{m}-{y}"])


def ssn(f: Fake) -> str:
    s = f.ssn()
    return s if f.r.random() < 0.7 else s.replace("-", "")


def pan(f: Fake, surname_initial: str | None = None) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = "".join(f.pick(letters) for _ in range(3)) + "P" + (surname_initial or f.pick(letters))
    return f"{head}{f.r.randint(1, 9999):04d}{f.pick(letters)}"


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


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, d in enumerate(reversed(num + "0")):
        c = _VD[c][_VP[i % 8][int(d)]]
    return str(_VINV[c])


def aadhaar(f: Fake) -> str:
    body = str(f.r.randint(2, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(10))
    n = body + verhoeff_digit(body)
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def ni_number(f: Fake) -> str:
    first_letters = "ABCEGHJKLMNOPRSTWXYZ"
    second_letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(first_letters) + f.pick(second_letters)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = f.digits(6)
    suffix = f.pick("ABCD")
    return f.pick([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def nhs_number(f: Fake) -> str:
    while True:
        body = f.digits(9)
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def aba_routing(f: Fake) -> str:
    head = f"{f.pick([1, 2, 3, 6, 7, 8, 11, 12, 21, 22, 26, 31, 32]):02d}" + f.digits(6)
    d = [int(c) for c in head]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return head + str((10 - total % 10) % 10)


def sort_code(f: Fake) -> str:
    return f"{f.r.randint(10, 99)}-{f.r.randint(0, 99):02d}-{f.r.randint(0, 99):02d}"


def ifsc(f: Fake) -> str:
    return f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "YESB"]) + "0" + f.digits(6)


def upi(f: Fake) -> str:
    handle = f.pick(
        [ascii_key(first(f, "in")), f.digits(10), ascii_key(first(f, "in")) + "." + ascii_key(last(f, "in"))]
    )
    return f"{handle}@{f.pick(['okhdfcbank', 'ybl', 'paytm', 'oksbi', 'okicici', 'axl'])}"


def bank_account(f: Fake) -> str:
    return f.pick([f.digits(8), f.digits(10), f.digits(12), "5010" + f.digits(10), f.digits(14)])


def bo_id(f: Fake) -> str:
    return f.pick(
        ["1208160" + f.digits(9), "1301930" + f.digits(9), "IN301549" + f.digits(8), "IN300513" + f.digits(8)]
    )


def plate(f: Fake) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXY"
    return f.pick(
        [
            f"{f.pick(L)}{f.pick(L)}{f.r.randint(10, 74)} {f.pick(L)}{f.pick(L)}{f.pick(L)}",
            f"{f.r.randint(1, 9)}{f.pick(L)}{f.pick(L)}{f.pick(L)}{f.digits(3)}",
            f"{f.pick(['KA', 'MH', 'DL', 'TN', 'TS'])} {f.r.randint(1, 51):02d} "
            f"{f.pick(L)}{f.pick(L)} {f.digits(4)}",
        ]
    )


_VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_TRANS.update(dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9], strict=True)))
_VIN_TRANS.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["1HG", "JTD", "WVW", "SAJ", "MA3", "5YJ", "1FA"])
    body = (
        wmi
        + "".join(f.pick(chars) for _ in range(5))
        + "0"
        + f.pick("KLMNPR")
        + "".join(f.pick(chars) for _ in range(7))
    )
    total = sum(_VIN_TRANS[c] * w for c, w in zip(body, _VIN_W, strict=True))
    check = total % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


def driving_licence(f: Fake) -> str:
    surname = ascii_key(last(f, "uk")).upper()[:5].ljust(5, "9")
    initials = f.pick("ABCDEFGHJKMNPRSTW") + f.pick("ABCDEFGHJKMNPRSTW")
    uk = f"{surname}{f.digits(6)}{initials}9{f.pick('ABCDEFGHJK')}{f.pick('ABCDEFGHJK')}"
    return f.pick(
        [
            uk,
            f"{f.pick(['KA', 'MH', 'DL'])}{f.digits(2)} {f.r.randint(2005, 2022)}{f.digits(7)}",
            "D" + f.digits(7),
        ]
    )


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), f.pick("JKLMNPRSTUVZ") + f.digits(7), "5" + f.digits(8)])


def lat(f: Fake) -> float:
    box = f.pick([(51.3, 53.6), (12.8, 13.1), (18.9, 19.2), (40.6, 40.8), (30.2, 30.4), (28.5, 28.7)])
    return round(f.r.uniform(*box), 6)


def lon(f: Fake) -> float:
    box = f.pick([(-2.6, -0.05), (77.5, 77.7), (72.8, 72.95), (-74.05, -73.9), (-97.8, -97.6)])
    return round(f.r.uniform(*box), 6)


def choose(options: dict):
    """A pair of generators: the first picks a kind and remembers it, the second (rendered right
    after it, as keys render in order) produces a value of that kind."""

    def kind(f: Fake):
        f._kind = f.pick(list(options))
        return f._kind

    def value(f: Fake):
        return options[f._kind](f)

    return kind, value


FIELD_KIND, FIELD_VALUE = choose({"email": email, "phone": phone, "full_name": full_name})
DOC_KIND, DOC_NUMBER = choose(
    {"passport": passport, "driving_licence": driving_licence, "national_id": aadhaar}
)
REF_CHANNEL, REF_TO = choose({"email": email, "sms": phone, "whatsapp": phone})


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def sha256(f: Fake) -> str:
    return f.hexid(64)


def sv_user(f: Fake) -> str:
    return "usr_" + f.hexid(20)


def claim_id(f: Fake) -> str:
    return f"CLM-{f.pick(['2024', '2025'])}-{f.digits(6)}"


def policy_no(f: Fake) -> str:
    return f"CE-{f.pick(['MOT', 'HOM', 'MTR'])}-{f.digits(8)}"


def iso_date(f: Fake) -> str:
    return f.iso()[:10]


def money_inr(f: Fake) -> float:
    return float(f.pick([500, 1000, 2500, 5000, 10000, 25000])) + f.pick([0, 0, 0.5])


TICKERS = [
    "AAPL",
    "MSFT",
    "VOO",
    "VTI",
    "TSLA",
    "NVDA",
    "RELIANCE",
    "TCS",
    "INFY",
    "HDFCBANK",
    "VUSA",
    "ISF",
    "BARC",
]
ISINS = ["US0378331005", "US5949181045", "INE002A01018", "INE467B01029", "GB0031348658", "IE00B3XXRP09"]
FUNDS = [
    "Vanguard LifeStrategy 60% Equity",
    "Parag Parikh Flexi Cap Fund - Direct Growth",
    "Fidelity ZERO Total Market Index",
    "HSBC FTSE All-World Index",
    "Axis Bluechip Fund",
    "Stackvest Target Retirement 2055",
]
INSURERS = [
    "Aviva",
    "Direct Line",
    "Admiral",
    "GEICO",
    "State Farm",
    "ICICI Lombard",
    "HDFC ERGO",
    "Bajaj Allianz",
]
BANKS = [
    "Chase",
    "Wells Fargo",
    "Barclays",
    "Monzo",
    "HDFC Bank",
    "State Bank of India",
    "Nationwide",
    "Ally Bank",
]
SHOPS = [
    "Kwik Fit Croydon",
    "Maaco Collision Repair - Austin",
    "Bosch Car Service Koramangala",
    "Halfords Autocentre Leeds",
    "Caliber Collision Seattle",
    "Fix Auto Bristol",
]
SHOP_PHONES = ["+44 20 8680 1234", "(512) 448-2200", "+91 80 4111 2233", "0113 245 9900", "(206) 763-1100"]

# -- contexts -------------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
IMAGE_PROXY_UA = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"
SITES = {
    "stackvest": (
        "https://app.stackvest.com",
        ["/", "/invest", "/portfolio", "/kyc", "/transfers", "/tax-center"],
    ),
    "claimease": (
        "https://www.claimease.co.uk",
        ["/", "/quote/motor", "/claims/new", "/claims/status", "/checkout"],
    ),
}

TITLES = {
    "stackvest": ["Stackvest", "Portfolio | Stackvest", "Invest | Stackvest", "Tax centre | Stackvest"],
    "claimease": ["ClaimEase", "ClaimEase | Make a claim", "Get a quote - ClaimEase", "Checkout | ClaimEase"],
}


def web_context(f: Fake, site: str):
    base, pages = SITES[site]
    page = f.pick(pages)
    titles = TITLES[site]
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.moneycontrol.com/", base + "/"])
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?step=2"])),
            "title": G(lambda f: f.pick(titles)),
            "url": G(lambda f: base + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
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
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-IN", "hi-IN"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "Asia/Kolkata", "America/New_York"])
        ),
        "ip": Y(ip, "ip"),
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["isa_season_2025", "sip_diwali", "motor_renewal_q1", "roth_deadline"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "comparethemarket"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "aggregator"])),
            "term": G(
                lambda f: f.pick(["stocks and shares isa", "best sip app", "cheap car insurance", "roth ira"])
            ),
            "content": G(lambda f: f.pick(["hero_a", "carousel_2", "textlink"])),
        }
    return ctx


def mobile_traits(f: Fake):
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": G(lambda f: sv_user(f)),
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
    }


def swift_context(f: Fake, app: str):
    ctx = {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
            "namespace": G(lambda f: "com.stackvest.ios" if app == "Stackvest" else "uk.co.claimease.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: False),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Europe/London", "Asia/Kolkata"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.4:
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.3:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def kotlin_context(f: Fake, app: str):
    ctx = {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418003", "419010"])),
            "namespace": G(
                lambda f: "com.stackvest.android" if app == "Stackvest" else "uk.co.claimease.app"
            ),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OnePlus", "Google", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A546E", "23049PCD8I", "CPH2581", "Pixel 8", "V2250"])),
            "name": G(lambda f: f.pick(["a54x", "marble", "OP5961L1", "shiba"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Jio 4G", "Airtel", "Vi India", "EE", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Europe/London", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2581 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def rn_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "ClaimEase"),
            "version": G(lambda f: f.pick(["2.31.0", "2.32.1"])),
            "build": G(lambda f: f.pick(["231", "2321"])),
            "namespace": G(lambda f: "uk.co.claimease.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "cy-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/London", "America/New_York"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(["United Kingdom", "United States", "India"])),
        }
    return ctx


def flutter_context(f: Fake, app: str):
    ctx = {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["1.9.0", "1.10.3"])),
            "build": G(lambda f: f.pick(["190", "1103"])),
            "namespace": G(lambda f: "in.stackvest.lite" if app == "Stackvest Lite" else "in.claimease.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "realme", "samsung", "vivo"])),
            "model": G(lambda f: f.pick(["Redmi Note 13 Pro", "RMX3771", "SM-M346B", "V2250"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["hi-IN", "en-IN", "ta-IN", "mr-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: f.pick([2400, 2412]))},
        "timezone": G(lambda f: "Asia/Kolkata"),
    }
    if f.r.random() < 0.5:
        ctx["traits"] = mobile_traits(f)
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.4:
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
    if lib == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("python", "go") and f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: "emp_" + f.digits(5))
    return ctx


CONTEXTS = {
    "web_sv": partial(web_context, site="stackvest"),
    "web_ce": partial(web_context, site="claimease"),
    "swift_sv": partial(swift_context, app="Stackvest"),
    "swift_ce": partial(swift_context, app="ClaimEase"),
    "kotlin_sv": partial(kotlin_context, app="Stackvest"),
    "rn": rn_context,
    "flutter_sv": partial(flutter_context, app="Stackvest Lite"),
    "flutter_ce": partial(flutter_context, app="ClaimEase India"),
    **{lib: partial(server_context, lib=lib) for lib in SERVER_LIBS},
}
SV_APPS = ["web_sv", "swift_sv", "kotlin_sv"]

# -- Stackvest: identity and KYC ---------------------------------------------------------------------------


def address_block():
    return {
        "street": Y(street, "address|street"),
        "city": Y(city, "city"),
        "state": G(state),
        "postalCode": Y(postcode, "zipcode"),
        "country": G(lambda f: f.pick(["US", "GB", "IN"])),
    }


def support_text(f: Fake) -> str:
    return f.pick(
        [
            f"hi, my registered email is {email(f)} but OTP goes to old number",
            f"please call me on {phone(f)} regarding my SIP",
            f"changed my number to {phone(f, 'in')}, can you update",
            f"I can't log in, username {email(f)}",
            f"Transfer from my ISA is stuck, reach me at {phone(f, 'uk')}",
        ]
    )


def adjuster_note(f: Fake) -> str:
    return f.pick(
        [
            f"Claimant prefers calls after 6pm on {phone(f)}.",
            f"Left voicemail on {phone(f)}, will retry tomorrow.",
            f"TP driver reachable on {phone(f)}; admits liability verbally.",
            f"Spoke to witness, confirmed lights were red. Tel {phone(f)}",
            f"Garage asked us to call {phone(f)} to authorise extra parts.",
        ]
    )


def ocr_pan_text(f: Fake) -> str:
    n = full_name(f, "in").upper()
    father = full_name(f, "in").upper()
    return (
        f"INCOME TAX DEPARTMENT GOVT. OF INDIA\n{n}\n{father}\n{f.date(1960, 2002)[8:]}/"
        f"{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2002)}\nPermanent Account Number\n{pan(f)}\nSignature"
    )


STACKVEST = [
    (
        "identify",
        None,
        SV_APPS,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": address_block(),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["Stackvest Free", "Stackvest Plus", "Stackvest Premium"])),
            "kycStatus": G(lambda f: f.pick(["not_started", "pending", "verified", "rejected"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "referralCode": G(
                lambda f: "SV-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "fundedAccounts": G(lambda f: f.r.randint(0, 4)),
            "preferredCurrency": G(lambda f: f.pick(["USD", "GBP", "INR"])),
            "hasTwoFactor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["flutter_sv", "kotlin_sv", "python"],
        {
            "first_name": Y(lambda f: first(f, "in"), "name"),
            "last_name": Y(lambda f: last(f, "in"), "name"),
            "email": Y(email, "email"),
            "mobile": Y(lambda f: phone(f, "in"), "phone"),
            "pan": RED(pan, "national id"),
            "date_of_birth": Y(lambda f: dob(f, 1960, 2004), "birthdate"),
            "city": Y(city, "city"),
            "state": G(state),
            "pincode": Y(pin_code, "zipcode"),
            "kyc_mode": G(lambda f: f.pick(["aadhaar_otp", "digilocker", "video_kyc", "offline"])),
            "demat_linked": G(lambda f: f.pick([True, False])),
            "language": G(lambda f: f.pick(["hi", "en", "ta", "mr"])),
            "sip_count": G(lambda f: f.r.randint(0, 12)),
            "client_code": G(lambda f: "SVL" + f.digits(6)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "ZIP_CODE": Y(postcode, "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "STATE_CODE": G(lambda f: f.pick(["TX", "NY", "KA", "MH", "ENG"])),
            "AUM_USD": G(lambda f: f.money(0, 250000)),
            "LIFETIME_DEPOSITS": G(lambda f: f.money(0, 400000)),
            "FIRST_FUNDED_AT": G(lambda f: f.iso()),
            "IS_HIGH_NET_WORTH": G(lambda f: f.pick([True, False])),
            "LIFECYCLE_SEGMENT": G(lambda f: f.pick(["NEW", "ACTIVE", "DORMANT", "AT_RISK"])),
            "USER_ID": G(sv_user),
        },
    ),
    (
        "track",
        "KYC Started",
        SV_APPS,
        {
            "kyc_session_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Onfido", "Persona", "HyperVerge", "Jumio"])),
            "country": G(lambda f: f.pick(["US", "GB", "IN"])),
            "document_types_available": Many(
                G(lambda f: f.pick(["passport", "driving_licence", "aadhaar", "pan_card"])), 3
            ),
            "step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "KYC Document Submitted",
        SV_APPS,
        {
            "kyc_session_id": G(lambda f: f.uuid()),
            "documentType": G(DOC_KIND),
            "documentNumber": RED(DOC_NUMBER, "passport|national id|license"),
            "issuingCountry": G(lambda f: f.pick(["US", "GB", "IN", "NG", "PL"])),
            "expiryDate": G(lambda f: f.date(2026, 2034)),
            "frontImageUploaded": G(lambda f: True),
            "selfieMatchScore": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
    ),
    (
        "track",
        "KYC Submitted",
        ["python", "node"],
        {
            "applicant_id": G(lambda f: f.uuid()),
            "ssn": RED(ssn, "social security number"),
            "date_of_birth": Y(lambda f: dob(f, 1960, 2004), "birthdate"),
            "citizenship": Y(
                lambda f: f.pick(["US", "Indian", "British", "Mexican", "Nigerian"]), "citizenship"
            ),
            "tax_residency": G(lambda f: f.pick(["US", "GB", "IN"])),
            "is_us_person": G(lambda f: f.pick([True, False])),
            "is_politically_exposed": G(lambda f: f.pick([False, False, True])),
            "home_address": Y(lambda f: f"{street(f, 'us')}, {f.pick(US_CITIES)[0]}, {f.zip()}", "address"),
            "passport_number": RED(passport, "passport"),
            "watchlist_hits": G(lambda f: f.r.randint(0, 2)),
            "ip_address": Y(ip, "ip"),
            "decision": G(lambda f: f.pick(["approved", "manual_review", "declined"])),
            "military_status": RED(lambda f: f.pick(["none", "veteran", "active_duty", "none"]), "veteran"),
        },
    ),
    (
        "track",
        "SSN Entered",
        ["web_sv", "swift_sv"],
        {
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "ssn_valid_format": G(lambda f: f.pick([True, True, False])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "field_focus_ms": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "PAN Verified",
        ["python", "java"],
        {
            "pan": RED(pan, "national id"),
            "name_on_pan": Y(lambda f: full_name(f, "in").upper(), "name"),
            "pan_status": G(lambda f: f.pick(["VALID", "INVALID", "DEACTIVATED"])),
            "aadhaar_linked": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "verification_source": G(lambda f: f.pick(["NSDL", "UTIITSL", "Karza"])),
            "response_ms": G(lambda f: f.r.randint(120, 3000)),
        },
    ),
    (
        "track",
        "Aadhaar eKYC Completed",
        ["python"],
        {
            "ekyc_ref_id": G(lambda f: f.hexid(32)),
            "aadhaar_masked": RED(lambda f: "XXXX XXXX " + f.digits(4), "national id"),
            "uid_data": {
                "name": Y(lambda f: full_name(f, "in"), "name"),
                "dob": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2004)}",
                    "birthdate",
                ),
                "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
                "co": Y(lambda f: f.pick(["S/O ", "D/O ", "W/O ", "C/O "]) + full_name(f, "in"), "name"),
                "house": Y(lambda f: f.pick(["#", "H.No. ", "Flat "]) + str(f.r.randint(1, 999)), "address"),
                "street": Y(lambda f: f.pick(IN_STREETS), "address|street"),
                "lm": Y(
                    lambda f: f.pick(["Near Hanuman Temple", "Opp. SBI ATM", "Behind Govt School"]), "address"
                ),
                "vtc": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
                "dist": Y(
                    lambda f: f.pick(["Bengaluru Urban", "Pune", "Thane", "Rangareddy", "Jaipur"]), "city"
                ),
                "state": G(lambda f: f.pick(IN_CITIES)[1]),
                "pc": Y(pin_code, "zipcode"),
            },
            "photo_present": G(lambda f: True),
        },
    ),
    (
        "track",
        "Document OCR Completed",
        ["python"],
        {
            "document_id": G(lambda f: f.uuid()),
            "engine": G(lambda f: f.pick(["textract", "google-vision"])),
            "text": RED(ocr_pan_text, "national id", True),
            "confidence": G(lambda f: round(f.r.uniform(0.8, 0.99), 3)),
            "pages": G(lambda f: 1),
        },
    ),
    (
        "track",
        "ISA Application Submitted",
        ["web_sv", "swift_sv"],
        {
            "isa_type": G(lambda f: f.pick(["Stocks and Shares ISA", "Lifetime ISA", "Junior ISA"])),
            "tax_year": G(lambda f: f.pick(["2024/25", "2025/26"])),
            "subscription_amount": G(lambda f: f.pick([20000, 4000, 500.0, 9000])),
            "national_insurance_number": RED(ni_number, "national id"),
            "transfer_in": G(lambda f: f.pick([True, False])),
            "previous_provider": G(
                lambda f: f.pick(["Hargreaves Lansdown", "Vanguard UK", "AJ Bell", "Nutmeg"])
            ),
            "previous_isa_account_number": RED(
                lambda f: f.pick([f.digits(8), "ISA" + f.digits(7)]), "bank account"
            ),
            "declaration_accepted": G(lambda f: True),
        },
    ),
    (
        "track",
        "Junior ISA Child Added",
        ["web_sv"],
        {
            "child_first_name": Y(lambda f: first(f, "uk"), "name"),
            "child_date_of_birth": Y(lambda f: f.date(2008, 2023), "birthdate"),
            "relationship": G(lambda f: f.pick(["parent", "legal_guardian"])),
            "children_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "IRA Opened",
        ["web_sv", "node"],
        {
            "ira_type": G(lambda f: f.pick(["roth", "traditional", "sep", "rollover"])),
            "contribution_year": G(lambda f: f.pick([2024, 2025])),
            "rollover": G(lambda f: f.pick([True, False])),
            "prior_custodian": G(lambda f: f.pick(["Fidelity", "Charles Schwab", "Vanguard", "Empower"])),
            "prior_account_number": RED(
                lambda f: f.pick(["Z" + f.digits(8), f.digits(8), f.digits(4) + "-" + f.digits(4)]),
                "bank account",
            ),
            "employer_plan": G(lambda f: f.pick(["401(k)", "403(b)", "457(b)"])),
            "account_id": G(lambda f: "acc_" + f.hexid(16)),
        },
    ),
    (
        "track",
        "Demat Account Opened",
        ["flutter_sv", "kotlin_sv"],
        {
            "dp_id": G(lambda f: f.pick(["IN301549", "IN300513", "12081600", "13019300"])),
            "bo_id": RED(bo_id, "bank account"),
            "depository": G(lambda f: f.pick(["CDSL", "NSDL"])),
            "trading_account_code": G(lambda f: "SVL" + f.digits(6)),
            "nominee_opted": G(lambda f: f.pick([True, False])),
            "segments": Many(G(lambda f: f.pick(["equity", "mutual_funds", "f_and_o", "currency"])), 3),
            "account_opening_fee": G(lambda f: f.pick([0, 199, 299])),
        },
    ),
    # -- Stackvest: money in and out --------------------------------------------------------------------
    (
        "track",
        "Bank Link Completed",
        ["web_sv"],
        {
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "metadata": {
                "institution": {
                    "name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Capital One"])),
                    "institution_id": G(lambda f: "ins_" + str(f.r.randint(1, 130))),
                },
                "accounts": Many(
                    {
                        "id": G(
                            lambda f: "".join(
                                f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                                for _ in range(37)
                            )
                        ),
                        "name": G(
                            lambda f: f.pick(
                                ["Plaid Checking", "TOTAL CHECKING", "Savings", "360 Performance Savings"]
                            )
                        ),
                        "mask": G(lambda f: f.digits(4)),
                        "subtype": G(lambda f: f.pick(["checking", "savings"])),
                    },
                    2,
                ),
                "link_session_id": G(lambda f: f.uuid()),
            },
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["node", "python"],
        {
            "institution_name": G(lambda f: f.pick(BANKS)),
            "account_subtype": G(lambda f: f.pick(["checking", "savings", "current"])),
            "account_mask": G(lambda f: f.digits(4)),
            "routing_number": G(aba_routing),
            "account_number": RED(bank_account, "bank account"),
            "verification_method": G(lambda f: f.pick(["instant", "micro_deposits", "penny_drop"])),
            "accounts_linked": G(lambda f: f.r.randint(1, 3)),
            "is_joint_account": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Verified",
        ["python", "flutter_sv"],
        {
            "ifsc": G(ifsc),
            "account_number": RED(bank_account, "bank account"),
            "beneficiary_name_at_bank": Y(lambda f: full_name(f, "in").upper(), "name"),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "upi_id": RED(upi, "bank account"),
            "bank_name": G(lambda f: f.pick(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"])),
            "penny_drop_utr": G(lambda f: f.digits(12)),
            "status": G(lambda f: f.pick(["verified", "name_mismatch", "failed"])),
        },
    ),
    (
        "track",
        "Deposit Initiated",
        [*SV_APPS, "flutter_sv"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(10, 20000)),
            "currency": G(lambda f: f.pick(["USD", "GBP", "INR"])),
            "funding_source": G(lambda f: f.pick(["ach", "upi", "faster_payments", "debit_card", "neft"])),
            "source_account_mask": G(lambda f: "••••" + f.digits(4)),
            "sort_code": G(sort_code),
            "recurring": G(lambda f: f.pick([True, False])),
            "frequency": G(lambda f: f.pick(["once", "weekly", "monthly"])),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ["node", "java"],
        {
            "withdrawal_id": G(lambda f: "wd_" + f.hexid(16)),
            "amount": G(lambda f: f.money(50, 15000)),
            "currency": G(lambda f: f.pick(["GBP", "EUR"])),
            "destination_iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "NL"])), "bank account"),
            "payee_name": Y(full_name, "name"),
            "reason": G(lambda f: f.pick(["house_deposit", "emergency", "other", "tax_bill"])),
            "tax_withheld": G(lambda f: f.money(0, 400)),
        },
    ),
    (
        "track",
        "SIP Created",
        ["flutter_sv", "kotlin_sv"],
        {
            "sip_id": G(lambda f: "sip_" + f.hexid(12)),
            "fund_name": G(lambda f: f.pick(FUNDS)),
            "isin": G(lambda f: f.pick(ISINS)),
            "amount": G(money_inr),
            "frequency": G(lambda f: f.pick(["monthly", "weekly", "quarterly"])),
            "start_date": G(iso_date),
            "mandate_id": G(lambda f: "UMRN" + f.digits(16)),
            "mandate_vpa": RED(upi, "bank account"),
        },
    ),
    (
        "track",
        "Premium Paid",
        ["node", "flutter_ce"],
        {
            "razorpay_payment_id": G(
                lambda f: (
                    "pay_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(14)
                    )
                )
            ),
            "razorpay_order_id": G(
                lambda f: "order_" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14))
            ),
            "razorpay_signature": G(lambda f: f.hexid(64)),
            "method": G(lambda f: f.pick(["upi", "card", "netbanking", "wallet"])),
            "vpa": RED(upi, "bank account"),
            "contact": Y(lambda f: phone(f, "in"), "phone", True),
            "email": Y(email, "email"),
            "bank": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB"])),
            "amount": G(lambda f: f.pick([549900, 1249900, 899900])),
            "currency": G(lambda f: "INR"),
        },
    ),
    # -- Stackvest: trading ------------------------------------------------------------------------------
    (
        "track",
        "Stock Searched",
        SV_APPS,
        {
            "q": G(
                lambda f: f.pick(
                    ["apple", "TSLA", "nifty bees", "vanguard s&p", "reliance", "HDFC", "ftse 100"]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Order Placed",
        [*SV_APPS, "flutter_sv"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "symbol": G(lambda f: f.pick(TICKERS)),
            "isin": G(lambda f: f.pick(ISINS)),
            "exchange": G(lambda f: f.pick(["NASDAQ", "NYSE", "NSE", "BSE", "LSE"])),
            "side": G(lambda f: f.pick(["buy", "sell"])),
            "order_type": G(lambda f: f.pick(["market", "limit", "stop_limit"])),
            "quantity": G(lambda f: f.pick([1, 5, 10, 0.25, 100])),
            "limit_price": G(lambda f: f.money(5, 3000)),
            "estimated_value": G(lambda f: f.money(5, 30000)),
            "currency": G(lambda f: f.pick(["USD", "INR", "GBP"])),
            "account_type": G(lambda f: f.pick(["ISA", "IRA", "Demat", "GIA", "Roth IRA"])),
        },
    ),
    (
        "track",
        "Order Filled",
        ["go"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(20)),
            "fill_price": G(lambda f: f.money(5, 3000)),
            "filled_quantity": G(lambda f: f.pick([1, 5, 10, 0.25])),
            "commission": G(lambda f: f.pick([0, 0.99, 20.0])),
            "settlement_date": G(iso_date),
        },
    ),
    (
        "screen",
        "Portfolio",
        ["swift_sv", "kotlin_sv", "flutter_sv"],
        {
            "tab": G(lambda f: f.pick(["holdings", "orders", "activity"])),
            "portfolio_value": G(lambda f: f.money(0, 200000)),
            "day_change_pct": G(lambda f: round(f.r.uniform(-4, 4), 2)),
            "holdings_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "page",
        "Pricing",
        ["web_sv"],
        {
            "path": G(lambda f: "/pricing"),
            "url": G(lambda f: "https://www.stackvest.com/pricing" + f.pick(["", "?plan=plus", "?ref=nav"])),
            "title": G(lambda f: "Pricing | Stackvest"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.reddit.com/"])),
            "search": G(lambda f: f.pick(["", "?plan=plus", "?ref=nav"])),
        },
    ),
    # -- Stackvest: beneficiaries, tax, suitability -----------------------------------------------------
    (
        "track",
        "Beneficiary Added",
        ["web_sv", "node"],
        {
            "account_type": G(lambda f: f.pick(["Roth IRA", "Traditional IRA", "Individual"])),
            "beneficiary": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "sibling", "parent", "trust"])),
                "date_of_birth": Y(lambda f: dob(f, 1940, 2022), "birthdate"),
                "ssn": RED(ssn, "social security number"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "share_percent": G(lambda f: f.pick([25, 50, 100, 33.34])),
                "type": G(lambda f: f.pick(["primary", "contingent"])),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
            "beneficiaries_total": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Nominee Added",
        ["kotlin_sv", "flutter_sv"],
        {
            "nominee_name": Y(lambda f: full_name(f, "in"), "name"),
            "nominee_relation": G(lambda f: f.pick(["Spouse", "Son", "Daughter", "Mother", "Father"])),
            "nominee_dob": Y(lambda f: dob(f, 1945, 2022), "birthdate"),
            "nominee_pan": RED(pan, "national id"),
            "guardian_name": Y(lambda f: full_name(f, "in"), "name"),
            "allocation_pct": G(lambda f: f.pick([100, 50, 25])),
            "nominee_index": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Tax Document Viewed",
        ["web_sv", "swift_sv"],
        {
            "document_type": G(
                lambda f: f.pick(["1099-B", "1099-DIV", "5498", "P60", "Form 16", "Capital Gains Statement"])
            ),
            "tax_year": G(lambda f: f.pick([2023, 2024])),
            "document_id": G(lambda f: f.uuid()),
            "downloaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "W-9 Submitted",
        ["web_sv"],
        {
            "tin_type": G(lambda f: f.pick(["SSN", "ITIN"])),
            "tin": RED(
                lambda f: f.pick([f.ssn(), "9" + f.digits(2) + "-7" + f.digits(1) + "-" + f.digits(4)]),
                "social security number|national id",
            ),
            "signature_name": Y(full_name, "name"),
            "backup_withholding": G(lambda f: f.pick([False, False, True])),
            "signed_at": G(lambda f: f.iso()),
            "form_version": G(lambda f: f.pick(["Rev. March 2024", "Rev. October 2018"])),
        },
    ),
    (
        "track",
        "W-8BEN Submitted",
        ["web_sv", "flutter_sv"],
        {
            "foreign_tin": RED(pan, "national id"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["India", "United Kingdom", "Nigeria", "Singapore"]), "citizenship"
            ),
            "permanent_residence_address": Y(
                lambda f: f"{street(f, 'in')}, {f.pick(IN_CITIES)[0]} {pin_code(f)}", "address"
            ),
            "date_of_birth": Y(lambda f: dob(f, 1960, 2004), "birthdate"),
            "treaty_country": G(lambda f: f.pick(["India", "United Kingdom"])),
            "treaty_rate": G(lambda f: f.pick([25, 15])),
            "valid_until": G(lambda f: f.date(2027, 2028)),
        },
    ),
    (
        "track",
        "Risk Questionnaire Completed",
        SV_APPS,
        {
            "questionnaire_version": G(lambda f: f.pick(["v4", "v5"])),
            "answers": {
                "annual_income": Y(
                    lambda f: f.pick(["under_25k", "25k_50k", "50k_100k", "100k_200k", "over_200k"]), "salary"
                ),
                "net_worth": Y(lambda f: f.pick([25000, 80000, 250000, 1200000, 4500000]), "salary"),
                "liquid_net_worth": Y(lambda f: f.r.randint(1, 90) * 5000, "salary"),
                "employment_status": G(
                    lambda f: f.pick(["employed", "self_employed", "retired", "student", "unemployed"])
                ),
                "employer_name": G(lambda f: f.pick(["Infosys", "Tesco", "Amazon", "NHS Trust", "self"])),
                "occupation": G(
                    lambda f: f.pick(["Software Engineer", "Teacher", "Nurse", "Accountant", "Shop owner"])
                ),
                "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
                "dependents": G(lambda f: f.r.randint(0, 4)),
                "investment_experience": G(lambda f: f.pick(["none", "limited", "good", "extensive"])),
                "investment_horizon": G(lambda f: f.pick(["<1y", "1-3y", "3-10y", ">10y"])),
                "risk_tolerance": G(lambda f: f.pick(["conservative", "moderate", "aggressive"])),
                "source_of_funds": G(
                    lambda f: f.pick(["salary", "savings", "inheritance", "business_income"])
                ),
            },
            "score": G(lambda f: f.r.randint(10, 60)),
            "risk_profile": G(lambda f: f.pick(["cautious", "balanced", "growth", "adventurous"])),
        },
    ),
    (
        "track",
        "Retirement Calculator Used",
        ["web_sv"],
        {
            "current_age": Y(lambda f: f.r.randint(21, 64), "birthdate"),
            "retirement_age": G(lambda f: f.pick([55, 60, 62, 65, 67])),
            "monthly_contribution": G(lambda f: f.pick([100, 250, 500, 1000])),
            "current_savings": G(lambda f: f.r.randint(0, 400) * 1000),
        },
    ),
    # -- Stackvest: accounts and support ----------------------------------------------------------------
    (
        "track",
        "Login Failed",
        ["web_sv", "swift_sv", "kotlin_sv"],
        {
            "username": Y(email, "email", True),
            "failure_reason": G(
                lambda f: f.pick(["wrong_password", "locked", "mfa_timeout", "unknown_user"])
            ),
            "attempt_count": G(lambda f: f.r.randint(1, 5)),
            "method": G(lambda f: f.pick(["password", "otp", "face_id", "passkey"])),
            "password_length": G(lambda f: f.r.randint(6, 24)),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["flutter_sv", "kotlin_sv", "swift_sv"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "phone_masked": G(lambda f: f.pick(["+91 ******", "******", "+44 *******"]) + f.digits(4)),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
            "otp_length": G(lambda f: 6),
            "purpose": G(lambda f: f.pick(["login", "withdrawal", "bank_change"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web_sv", "ruby"],
        {
            "email": Y(email, "email"),
            "email_exists": G(lambda f: f.pick([True, False])),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_from": G(lambda f: f.pick(["login_page", "settings", "support"])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web_sv", "swift_sv"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(lambda f: f.pick(["intercom", "in_app"])),
            "input": Y(support_text, "email|phone", True),
            "message_length": G(lambda f: f.r.randint(20, 200)),
            "agent_name": Y(lambda f: f"{first(f)} from Stackvest", "name"),
            "bot_handled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Support Ticket Assigned",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Unable to link bank", "ISA transfer delay", "KYC rejected", "Wrong tax form"]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "requester_email": Y(email, "email"),
            "requester_name": Y(full_name, "name"),
            "assignee_name": Y(full_name, "name"),
            "assignee_email": Y(lambda f: staff_email(f, "stackvest.com"), "email"),
            "tags": Many(G(lambda f: f.pick(["kyc", "transfers", "isa", "ira", "demat", "vip"])), 3),
            "group": G(lambda f: f.pick(["Tier 1", "Payments", "Compliance"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        SV_APPS,
        {
            "referral_code": G(
                lambda f: "SV-" + "".join(f.pick("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
            ),
            "channel": G(REF_CHANNEL),
            "to": Y(REF_TO, "email|phone", True),
            "reward_amount": G(lambda f: f.pick([10, 20, 100, 500])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Beneficiary Card Tapped",
        ["swift_sv", "kotlin_sv"],
        {
            "label": Y(full_name, "name", True),
            "position": G(lambda f: f.r.randint(1, 4)),
            "screen": G(lambda f: "beneficiaries"),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift_sv", "kotlin_sv", "rn", "flutter_sv", "flutter_ce", "swift_ce"],
        {
            "version": G(lambda f: f.pick(["4.18.0", "2.31.0", "1.9.0"])),
            "build": G(lambda f: f.pick(["41800", "231", "190"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(
                lambda f: f.pick(
                    [
                        "",
                        "stackvest://portfolio",
                        "claimease://claims/status",
                        "https://app.stackvest.com/invest",
                    ]
                )
            ),
            "referring_application": G(lambda f: f.pick(["", "com.google.Gmail", "com.whatsapp"])),
        },
    ),
    (
        "group",
        None,
        ["python", "web_sv"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Brightline Dental LLC", "Acme Robotics", "Tandoor Bros Inc", "Harbor Freight Movers"]
                )
            ),
            "plan_type": G(lambda f: f.pick(["Safe Harbor 401(k)", "SIMPLE IRA", "Solo 401(k)"])),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "industry": G(lambda f: f.pick(["Healthcare", "Manufacturing", "Restaurants", "Logistics"])),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "payroll_provider": G(lambda f: f.pick(["Gusto", "ADP", "Rippling", "Paychex"])),
            "admin_name": Y(full_name, "name"),
            "admin_email": Y(email, "email"),
            "admin_phone": Y(lambda f: phone(f, "us"), "phone"),
            "hq_city": G(lambda f: f.pick(US_CITIES)[0]),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, [*SV_APPS, "rn", "python"], None),
    (
        "track",
        "Onboarding Step Completed",
        ["flutter_sv"],
        {
            "step": G(lambda f: f.pick(["vivaran", "pata", "aay"])),
            "bhasha": G(lambda f: f.pick(["hi", "hi-IN"])),
            "naam": Y(lambda f: full_name(f, "in"), "name"),
            "pita_ka_naam": Y(lambda f: full_name(f, "in"), "name"),
            "janm_tithi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2004)}",
                "birthdate",
            ),
            "mobile_number": Y(lambda f: phone(f, "in"), "phone"),
            "pata": Y(lambda f: street(f, "in"), "address"),
            "shahar": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "rajya": G(lambda f: f.pick(IN_CITIES)[1]),
            "pin_code": Y(pin_code, "zipcode"),
            "aadhaar_sankhya": RED(aadhaar, "national id"),
            "vyavsay": G(lambda f: f.pick(["naukri", "vyapar", "kisan", "chhatra", "grihini"])),
            "varshik_aay": Y(
                lambda f: f.pick(
                    ["1 lakh se kam", "1-5 lakh", "5-10 lakh", "10-25 lakh", "25 lakh se zyada"]
                ),
                "salary",
            ),
        },
    ),
    (
        "track",
        "Video KYC Scheduled",
        ["flutter_sv", "kotlin_sv"],
        {
            "vkyc_id": G(lambda f: "VK" + f.digits(9)),
            "slot_start": G(lambda f: f.iso()),
            "agent_name": Y(lambda f: full_name(f, "in"), "name"),
            "alternate_mobile": Y(lambda f: phone(f, "in"), "phone"),
            "customer_lat": Y(lat, "geolocation"),
            "customer_lng": Y(lon, "geolocation"),
            "ip_address": Y(ip, "ip"),
            "language": G(lambda f: f.pick(["hi", "en", "ta", "bn"])),
        },
    ),
]

# -- ClaimEase ------------------------------------------------------------------------------------------


def policy_product():
    return {
        "product_id": G(
            lambda f: f.pick(["motor_comp", "motor_tpft", "home_bc", "home_contents", "addon_legal"])
        ),
        "sku": G(
            lambda f: f.pick(
                ["CE-MOT-COMP", "CE-MOT-TPFT", "CE-HOM-BC", "CE-HOM-CNT", "CE-ADD-LEG", "CE-ADD-BRK"]
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "Comprehensive Motor Cover",
                    "Third Party Fire & Theft",
                    "Buildings & Contents",
                    "Motor Legal Protection",
                    "Breakdown Cover",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["motor", "home", "add-on"])),
        "price": G(lambda f: f.money(15, 900)),
        "quantity": G(lambda f: 1),
    }


def incident_description(f: Fake) -> str:
    return f.pick(
        [
            "Reversed into a bollard in the supermarket car park.",
            "Hit from behind at a red light, rear bumper damaged.",
            "Stone chip cracked the windscreen on the motorway.",
            "Burst pipe in the loft, water through the kitchen ceiling.",
            "Hailstorm dented the bonnet and roof.",
            "Car keyed overnight while parked on the street.",
        ]
    )


def third_party():
    return {
        "name": Y(full_name, "name"),
        "phone": Y(phone, "phone"),
        "email": Y(email, "email"),
        "vehicle_reg": Y(plate, "license"),
        "insurer": G(lambda f: f.pick(INSURERS)),
        "policy_number": G(lambda f: f.pick(["POL", "MTR", "P"]) + f.digits(9)),
        "at_fault": G(lambda f: f.pick(["yes", "no", "disputed", "unknown"])),
        "role": G(lambda f: f.pick(["driver", "pedestrian", "cyclist", "passenger"])),
        "address": Y(street, "address|street"),
    }


CLAIMEASE = [
    (
        "identify",
        None,
        ["rn", "web_ce", "swift_ce"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "address": address_block(),
            "customerSince": G(lambda f: f.date(2015, 2024)),
            "policyCount": G(lambda f: f.r.randint(1, 4)),
            "hasHomePolicy": G(lambda f: f.pick([True, False])),
            "preferredContactMethod": G(lambda f: f.pick(["email", "phone", "sms", "app"])),
            "noClaimsYears": G(lambda f: f.r.randint(0, 15)),
            "drivingLicenceNumber": Y(driving_licence, "license"),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Quote Started",
        ["web_ce", "rn"],
        {
            "quote_id": G(lambda f: "Q" + f.digits(10)),
            "product": G(lambda f: f.pick(["motor", "home"])),
            "postcode": Y(uk_postcode, "zipcode"),
            "vehicle_reg": Y(plate, "license"),
            "date_of_birth": Y(dob, "birthdate"),
            "email": Y(email, "email"),
            "licence_number": Y(driving_licence, "license"),
            "vehicle_make": G(
                lambda f: f.pick(["Ford", "Vauxhall", "Toyota", "Maruti Suzuki", "Tesla", "BMW"])
            ),
            "vehicle_model": G(lambda f: f.pick(["Fiesta", "Corsa", "Yaris", "Swift", "Model 3", "320d"])),
            "vehicle_year": G(lambda f: f.r.randint(2008, 2024)),
            "annual_mileage": G(lambda f: f.pick([5000, 8000, 10000, 12000])),
            "driver_age": Y(lambda f: f.r.randint(18, 82), "birthdate"),
            "years_licensed": G(lambda f: f.r.randint(0, 50)),
            "occupation": G(
                lambda f: f.pick(["Teacher", "Nurse", "Plumber", "Software Developer", "Retired"])
            ),
        },
    ),
    (
        "track",
        "Quote Completed",
        ["web_ce", "rn"],
        {
            "quote_id": G(lambda f: "Q" + f.digits(10)),
            "premium_annual": G(lambda f: f.money(180, 2400)),
            "premium_monthly": G(lambda f: f.money(15, 200)),
            "excess": G(lambda f: f.pick([100, 250, 350, 500])),
            "cover_level": G(lambda f: f.pick(["comprehensive", "tpft", "third_party"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web_ce", "rn"],
        {
            **policy_product(),
            "currency": G(lambda f: f.pick(["GBP", "USD"])),
            "value": G(lambda f: f.money(15, 900)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web_ce"],
        {
            "order_id": G(lambda f: "PO-" + f.digits(9)),
            "value": G(lambda f: f.money(15, 900)),
            "revenue": G(lambda f: f.money(15, 900)),
            "tax": G(lambda f: f.money(0, 90)),
            "coupon": G(lambda f: f.pick(["", "RENEW10", "MULTICAR"])),
            "currency": G(lambda f: "GBP"),
            "products": Many(policy_product(), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web_ce"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "PO-" + f.digits(9)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "direct_debit", "apple_pay"])),
            "cardholder_name": Y(full_name, "name"),
            "billing_postcode": Y(postcode, "zipcode"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["475129", "535522", "400115", "374245"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 31)}"),
            "installments": G(lambda f: f.pick([1, 10, 12])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web_ce", "node"],
        {
            "order_id": G(lambda f: "PO-" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(15, 900)),
            "revenue": G(lambda f: f.money(15, 900)),
            "tax": G(lambda f: f.money(0, 90)),
            "currency": G(lambda f: "GBP"),
            "coupon": G(lambda f: f.pick(["", "RENEW10", "MULTICAR"])),
            "products": Many(policy_product(), 3),
            "policy_number": G(policy_no),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.r.randint(1500, 90000)),
            "currency": G(lambda f: f.pick(["gbp", "usd"])),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "line2": Y(lambda f: f.pick(["Flat 2", "Apt 3C", "Unit 7", "Floor 1"]), "address|street"),
                    "city": Y(city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "state": G(state),
                    "country": G(lambda f: f.pick(["GB", "US"])),
                },
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2026, 2031)),
                    "country": G(lambda f: f.pick(["GB", "US"])),
                }
            },
        },
    ),
    (
        "track",
        "Claim Started",
        ["rn", "web_ce", "flutter_ce"],
        {
            "claim_id": G(claim_id),
            "policy_number": G(policy_no),
            "claim_type": G(
                lambda f: f.pick(["motor_collision", "windscreen", "theft", "escape_of_water", "storm"])
            ),
            "incident_date": G(lambda f: f.date(2024, 2025)),
            "is_emergency": G(lambda f: f.pick([True, False])),
            "reported_by": Y(full_name, "name"),
            "description": G(incident_description),
            "police_attended": G(lambda f: f.pick([True, False])),
            "police_reference": G(
                lambda f: f.pick(["CAD ", "CRN ", "FIR No. "]) + f.digits(6) + "/" + f.pick(["24", "25"])
            ),
        },
    ),
    (
        "track",
        "Incident Location Set",
        ["rn", "flutter_ce"],
        {
            "claim_id": G(claim_id),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5, 12, 30, 65])),
            "address_line": Y(street, "address"),
            "postcode": Y(uk_postcode, "zipcode"),
            "city": Y(city, "city"),
            "source": G(lambda f: f.pick(["gps", "manual", "map_pin"])),
            "location_permission": G(lambda f: f.pick(["granted", "denied", "while_in_use"])),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        ["rn", "flutter_ce", "swift_ce"],
        {
            "claim_id": G(claim_id),
            "photo_id": G(lambda f: f.uuid()),
            "photo_url": Y(
                lambda f: f"https://media.claimease.co.uk/claims/{f.hexid(12)}/{f.hexid(8)}.jpg", "photo"
            ),
            "photo_type": G(
                lambda f: f.pick(["damage_front", "damage_rear", "scene", "other_vehicle", "interior"])
            ),
            "file_size_kb": G(lambda f: f.r.randint(300, 6000)),
            "taken_at": G(lambda f: f.iso()),
            "exif": {
                "gps_lat": Y(lat, "geolocation"),
                "gps_lng": Y(lon, "geolocation"),
                "camera_model": G(lambda f: f.pick(["iPhone 15", "SM-S918B", "Pixel 7"])),
            },
            "photo_count": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Third Party Added",
        ["web_ce", "rn"],
        {
            "claim_id": G(claim_id),
            "third_party": third_party(),
            "witnesses": Many({"name": Y(full_name, "name"), "phone": Y(phone, "phone")}, 2),
            "witness_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Injury Reported",
        ["dotnet"],
        {
            "ClaimId": G(claim_id),
            "InjuredPartyName": Y(full_name, "name"),
            "InjuredPartyRole": G(
                lambda f: f.pick(["PolicyHolder", "Passenger", "ThirdPartyDriver", "Pedestrian"])
            ),
            "InjuryType": Y(
                lambda f: f.pick(
                    ["Whiplash", "Fractured wrist", "Concussion", "Soft tissue injury", "Laceration"]
                ),
                "condition",
            ),
            "InjurySeverity": RED(lambda f: f.pick(["Minor", "Moderate", "Severe"]), "condition"),
            "HospitalName": G(
                lambda f: f.pick(
                    ["St Thomas' Hospital", "Leeds General Infirmary", "Manipal Hospital", "Austin Regional"]
                )
            ),
            "TreatmentReceived": Y(
                lambda f: f.pick(["Physiotherapy", "X-ray", "Stitches", "CT scan"]), "procedure"
            ),
            "NhsNumber": RED(nhs_number, "health id"),
            "AmbulanceCalled": G(lambda f: f.pick([True, False])),
            "IsPregnant": RED(lambda f: f.pick([True, False, False]), "condition"),
            "ReportedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Claim Payout Issued",
        ["dotnet"],
        {
            "ClaimId": G(claim_id),
            "PayoutId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.money(100, 25000)),
            "Currency": G(lambda f: "GBP"),
            "PayeeName": Y(full_name, "name"),
            "PayeeSortCode": G(sort_code),
            "PayeeAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "PaymentRail": G(lambda f: f.pick(["FPS", "BACS", "CHAPS"])),
            "PaymentReference": G(lambda f: "CE" + f.digits(10)),
            "ApprovedBy": G(lambda f: "adj_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Adjuster Assigned",
        ["java"],
        {
            "claim_id": G(claim_id),
            "adjuster_id": G(lambda f: "adj_" + f.digits(5)),
            "adjuster_name": Y(full_name, "name"),
            "adjuster_email": Y(lambda f: staff_email(f, "claimease.co.uk"), "email"),
            "adjuster_phone": Y(phone, "phone"),
            "team": G(lambda f: f.pick(["Motor North", "Motor South", "Home Escape of Water", "Major Loss"])),
            "sla_hours": G(lambda f: f.pick([24, 48, 72])),
            "assignment_method": G(lambda f: f.pick(["round_robin", "skills_based", "manual"])),
        },
    ),
    (
        "track",
        "Adjuster Note Added",
        ["java"],
        {
            "claim_id": G(claim_id),
            "note_id": G(lambda f: f.digits(9)),
            "note": Y(adjuster_note, "phone", True),
            "visibility": G(lambda f: f.pick(["internal", "customer_visible"])),
            "author_id": G(lambda f: "adj_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Claim Status Changed",
        ["go", "java"],
        {
            "claim_id": G(claim_id),
            "from_status": G(lambda f: f.pick(["submitted", "triage", "assessing", "awaiting_docs"])),
            "to_status": G(lambda f: f.pick(["assessing", "approved", "settled", "declined"])),
            "reason_code": G(lambda f: f.pick(["R01", "R07", "DOCS_RECEIVED", "FRAUD_CHECK_CLEAR"])),
            "changed_by": Y(lambda f: staff_email(f, "claimease.co.uk"), "email", True),
            "sla_breached": G(lambda f: f.pick([True, False])),
            "days_open": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Repair Shop Selected",
        ["rn", "web_ce"],
        {
            "claim_id": G(claim_id),
            "shop_id": G(lambda f: "shop_" + f.digits(4)),
            "shop_name": G(lambda f: f.pick(SHOPS)),
            "shop_phone": G(lambda f: f.pick(SHOP_PHONES)),
            "shop_address": G(
                lambda f: f.pick(
                    [
                        "12 Purley Way, Croydon CR0 4XL",
                        "2100 S Lamar Blvd, Austin TX",
                        "80 Feet Rd, Koramangala, Bengaluru",
                    ]
                )
            ),
            "shop_postcode": G(lambda f: f.pick(["CR0 4XL", "78704", "560034", "LS11 5QN"])),
            "distance_miles": G(lambda f: round(f.r.uniform(0.3, 25), 1)),
            "shop_rating": G(lambda f: f.pick([3.9, 4.2, 4.6, 4.8])),
            "courtesy_car": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Repair Estimate Received",
        ["php"],
        {
            "claim-ref": G(claim_id),
            "shop-name": G(lambda f: f.pick(SHOPS)),
            "vehicle-reg": Y(plate, "license"),
            "vin": Y(vin, "serial"),
            "labour-hours": G(lambda f: round(f.r.uniform(1, 30), 1)),
            "parts-cost": G(lambda f: f.money(50, 4000)),
            "total-estimate": G(lambda f: f.money(100, 6000)),
            "technician-name": Y(full_name, "name"),
            "estimate-pdf": G(lambda f: f"https://portal.bodyshop.example/estimates/{f.digits(7)}.pdf"),
            "total-loss": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Cheque Mailed",
        ["ruby", "python"],
        {
            "claim_id": G(claim_id),
            "check_number": G(lambda f: f.digits(6)),
            "payee_name": Y(full_name, "name"),
            "mailing_address": {
                "line1": Y(lambda f: street(f, "us"), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(US_CITIES)[1]),
                "zip": Y(lambda f: f.zip(), "zipcode"),
            },
            "amount": G(lambda f: f.money(100, 15000)),
            "carrier": G(lambda f: f.pick(["USPS", "FedEx"])),
        },
    ),
    (
        "track",
        "Home Claim Submitted",
        ["web_ce"],
        {
            "claim_id": G(claim_id),
            "peril": G(lambda f: f.pick(["escape_of_water", "storm", "theft", "fire", "accidental_damage"])),
            "property_address": Y(lambda f: f"{street(f, 'uk')}, {f.pick(UK_CITIES)[0]}", "address"),
            "property_postcode": Y(uk_postcode, "zipcode"),
            "policyholder_name": Y(full_name, "name"),
            "rooms_affected": Many(
                G(lambda f: f.pick(["kitchen", "bathroom", "loft", "living_room", "bedroom"])), 3
            ),
            "estimated_loss": G(lambda f: f.money(200, 40000)),
            "home_adapted_for_disability": RED(lambda f: f.pick([False, False, True]), "disability"),
            "emergency_contact": {"name": Y(full_name, "name"), "phone": Y(phone, "phone")},
            "items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            ["MacBook Pro 14", "Samsung 55in TV", "Engagement ring", "Road bike", "Sofa"]
                        )
                    ),
                    "value": G(lambda f: f.money(50, 5000)),
                    "has_receipt": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Roadside Assistance Requested",
        ["flutter_ce", "rn"],
        {
            "request_id": G(lambda f: f.uuid()),
            "lat": Y(lat, "geolocation"),
            "lng": Y(lon, "geolocation"),
            "what3words": Y(
                lambda f: (
                    "///"
                    + ".".join(
                        f.pick(["filled", "count", "soap", "index", "home", "raft", "pens", "lamp", "blank"])
                        for _ in range(3)
                    )
                ),
                "geolocation",
            ),
            "vehicle_reg": Y(plate, "license"),
            "breakdown_type": G(lambda f: f.pick(["flat_tyre", "battery", "engine", "locked_out", "fuel"])),
            "driver_name": Y(full_name, "name"),
            "callback_number": Y(phone, "phone"),
            "passengers": G(lambda f: f.r.randint(0, 4)),
            "wheelchair_user_on_board": RED(lambda f: f.pick([False, False, True]), "disability"),
            "eta_minutes": G(lambda f: f.r.randint(15, 120)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web_ce", "swift_ce"],
        {
            "claim_id": G(claim_id),
            "phone": Y(phone, "phone"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "language": G(lambda f: f.pick(["en", "cy", "hi", "es"])),
            "topic": G(lambda f: f.pick(["claim_update", "payout", "complaint", "repair"])),
        },
    ),
    (
        "track",
        "Claim Document Uploaded",
        ["rn", "web_ce"],
        {
            "claim_id": G(claim_id),
            "doc_type": G(lambda f: f.pick(["police_report", "repair_invoice", "medical_report", "receipt"])),
            "file_name": G(
                lambda f: (
                    f.pick(["IMG_", "scan_", "Invoice_", "document("])
                    + f.digits(4)
                    + f.pick([".jpg", ".pdf", ").pdf"])
                )
            ),
            "file_size_kb": G(lambda f: f.r.randint(40, 8000)),
            "pages": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["web_ce", "rn"],
        {
            "claim_id": G(claim_id),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Quick and easy, thanks!",
                        "Took too long to get a call back.",
                        "The app kept crashing on the photo step",
                        "Great adjuster, very helpful",
                        "",
                    ]
                )
            ),
            "survey_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["web_ce"],
        {
            "form_id": G(lambda f: f.pick(["contact_v2", "complaint", "callback"])),
            "fields": Many(
                {
                    "name": G(FIELD_KIND),
                    "value": Y(FIELD_VALUE, "email|phone|name", True),
                },
                3,
            ),
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["php"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(phone, "phone", True),
            "From": G(lambda f: f.pick(["+447700900001", "ClaimEase", "+18885550123"])),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "ErrorCode": G(lambda f: f.pick([None, "30003", "30006"])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick([*WEB_UAS, IMAGE_PROXY_UA])),
            "sg_event_id": G(
                lambda f: "".join(
                    f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(22)
                )
            ),
            "category": Many(G(lambda f: f.pick(["renewal", "claim_update", "newsletter"])), 2),
            "marketing_campaign_name": G(lambda f: f.pick(["Renewal reminder", "Spring newsletter", ""])),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Lead Sent To Meta",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Lead", "Purchase", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbc": G(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}"),
                "fbp": G(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {"value": G(lambda f: f.money(15, 900)), "currency": G(lambda f: "GBP")},
        },
    ),
    (
        "page",
        "Claim Status",
        ["web_ce"],
        {
            "path": G(lambda f: "/claims/status"),
            "url": G(
                lambda f: (
                    "https://www.claimease.co.uk/claims/status"
                    + f.pick(["", "?tab=documents", "?tab=payments"])
                )
            ),
            "title": G(lambda f: "Claim status | ClaimEase"),
            "referrer": G(lambda f: f.pick(["", "https://www.claimease.co.uk/", "https://mail.google.com/"])),
            "search": G(lambda f: f.pick(["", "?tab=documents", "?tab=payments"])),
            "claim_step": G(lambda f: f.pick(["submitted", "assessing", "repair", "settled"])),
        },
    ),
    (
        "screen",
        "Claim Details",
        ["rn", "swift_ce"],
        {
            "claim_id": G(claim_id),
            "status": G(lambda f: f.pick(["submitted", "assessing", "repair", "settled"])),
            "photos_attached": G(lambda f: f.r.randint(0, 12)),
            "has_injury": RED(lambda f: f.pick([False, False, True]), "condition"),
        },
    ),
    (
        "track",
        "दावा फ़ॉर्म जमा किया",
        ["flutter_ce"],
        {
            "नाम": Y(lambda f: full_name(f, "in"), "name"),
            "मोबाइल नंबर": Y(lambda f: phone(f, "in"), "phone"),
            "वाहन संख्या": Y(plate, "license"),
            "दावा संख्या": G(claim_id),
            "शहर": Y(lambda f: f.pick(IN_CITIES)[0], "city"),
            "घटना की तारीख": G(lambda f: f.date(2024, 2025)),
            "बीमा कंपनी": G(lambda f: f.pick(["ICICI Lombard", "HDFC ERGO", "Bajaj Allianz"])),
        },
    ),
    (
        "track",
        "POLICY_RENEWAL_DUE",
        ["python"],
        {
            "POLICY_NUMBER": G(policy_no),
            "RENEWAL_DATE": G(lambda f: f.date(2025, 2026)),
            "PREMIUM_GBP": G(lambda f: f.money(180, 2400)),
            "NCD_YEARS": G(lambda f: f.r.randint(0, 15)),
            "HOLDER_FULL_NAME": Y(full_name, "name"),
            "HOLDER_EMAIL": Y(email, "email"),
            "HOLDER_MOBILE": Y(phone, "phone"),
            "HOLDER_POSTCODE": Y(uk_postcode, "zipcode"),
            "HOLDER_DOB": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "VEHICLE_REG": Y(plate, "license"),
            "RENEWAL_CHANNEL": G(lambda f: f.pick(["EMAIL", "APP", "POST"])),
        },
    ),
    (
        "track",
        "Vehicle Collected",
        ["php"],
        {
            "job-number": G(lambda f: "JOB" + f.digits(6)),
            "claim-ref": G(claim_id),
            "customer-name": Y(full_name, "name"),
            "customer-phone": Y(phone, "phone"),
            "collection-address": Y(street, "address"),
            "collection-postcode": Y(postcode, "zipcode"),
            "driver-name": Y(full_name, "name"),
            "mileage-at-collection": G(lambda f: f.r.randint(5000, 140000)),
            "collected-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Policy Holder Updated",
        ["dotnet"],
        {
            "PolicyNumber": G(policy_no),
            "HolderFirstName": Y(first, "name"),
            "HolderSurname": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobileNumber": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "PostCode": Y(uk_postcode, "zipcode"),
            "DrivingLicenceNumber": Y(driving_licence, "license"),
            "ChangeType": G(
                lambda f: f.pick(["ChangeOfAddress", "NameChange", "AddDriver", "ContactDetails"])
            ),
            "EffectiveFrom": G(lambda f: f.iso()),
        },
    ),
]

EVENTS = STACKVEST + CLAIMEASE


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": sv_user(f)
                if client.endswith("_sv") or client in ("python", "go")
                else str(f.r.randint(10**6, 10**7)),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "emp_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=38, repeats=30)
    write(Path(__file__).parent, "holdout38_", events, labels)
