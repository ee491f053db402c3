"""Writes holdout101: tests/corpus/holdout101_events.jsonl and holdout101_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
holdout's labels (only build.py, fake.py, build_holdout3.py for format, and the reference's
default matcher table). Nobody tuned it against the engine; it has not been scored by its author.

What it covers: "TalentHive", a freelance marketplace (Upwork/Fiverr-like) used by freelancers,
clients and agency members in the US, India, the Philippines, Ukraine and Nigeria: freelancer
profiles, portfolios and rates, client job posts, proposals with screening answers, contracts
(hourly and fixed price), milestones and escrow (Stripe-shaped payment objects), messages with
file attachments, off-platform contact detection, identity verification (a Veriff-shaped webhook
and in-app capture), payouts to banks and wallets (US ACH, Indian IFSC/UPI, Nigerian NUBAN with a
Paystack-shaped resolve response, Ukrainian IBAN, GCash, PayPal/Payoneer), W-9 and W-8BEN tax
forms, disputes, reviews, support tooling (a Zendesk-style trigger, an internal lookup console),
enterprise EEO self-identification and Checkr-shaped background checks, a Nigerian NIN lookup,
agency members, interview invitations, a Shippo-shaped welcome-kit label, Connects purchases
(e-commerce spec), sign-in codes and links, ad attribution (gclid/fbclid, Meta CAPI-shaped
user_data). Each message is rendered for one market (US, IN, PH, UA or NG), so an address's
street, city and postcode belong to one country. Calls: identify, track, page, screen, group,
alias. Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and C# server libraries (context.ip,
context.traits, device, app, library, locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; the rest PascalCase (a C# billing
service), SCREAMING_SNAKE (warehouse reverse-ETL identify), kebab-case (forwarded HTTP headers,
a Ruby contracts service), Title Case (a support-tool payload), and keys in Ukrainian (Cyrillic),
Tagalog and romanised Hindi from localised forms. Values: names from many cultures, national
phone formats (+91, +63, +380, +234, +1), local addresses and postcodes, Luhn-valid card numbers,
mod-97-valid UA IBANs, Verhoeff-valid Aadhaar numbers, checksum-valid Ukrainian RNOKPP and
Nigerian NUBANs, ABA-valid routing numbers, SSA-structured SSNs.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (user, recipient, contact, reference, staff member):
  names, contact details, the person's own address or precise location, birth dates, government
  ids, financial accounts, full card numbers, special categories, credentials, IPs, ad ids. The
  colour is the reference's default for the matcher; outside the reference, red for credentials,
  secrets, cards, bank accounts, government ids and health; yellow otherwise.
- Green: ids we issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes of non-PII, amounts,
  enums, counters and booleans even under PII-sounding keys, product/plan/company names, country,
  state, locale, timezone, currency, user agents, OS-issued analytics device ids; card brand,
  last four, expiry; bank routing numbers, IFSC, SWIFT/BIC and bank codes; a bank account's
  last four (like a card's); a business's own phone, e-mail and address; role mailboxes; ages;
  job titles and employers; member/claim-style numbers the business issues.
- Contested cases follow the product's published policy (insurer member numbers yellow
  `identification`; rates, pay and earnings yellow `salary`; ad click ids yellow `advertising id`;
  billing addresses yellow `address`; payment-method `pm_` ids, one-time codes and sign-in link
  tokens red `token`; identity-document numbers red `national id`/`passport`; right-to-work and
  visa-sponsorship answers red `visa`).
- Rules this corpus had to settle itself (a careful privacy owner's choice):
  * Money: a freelancer's own rate (profile, proposal, contract, agency member) and a person's
    earnings totals are `salary` (yellow); per-transaction amounts (job budgets, milestones,
    escrow, payouts, invoices, fees, client spend) are green amounts.
  * A wallet handle that is an e-mail or phone number (PayPal, Payoneer, GCash) is labelled by
    what it is (`email`/`phone`, yellow); a UPI VPA is a payment address tied to a bank account:
    red `bank account`. A Nigerian BVN is a government-backed identity number: red `national id`.
  * A W-9 TIN may be an SSN or an EIN: red `social security number|national id`.
  * SHA-256 hashes of an e-mail or phone sent for ad matching (Meta CAPI `em`/`ph`) stay personal
    data (pseudonymous, used to match the person): yellow `email`/`phone`.
  * An SMS body whose every value carries a one-time code is red `token`, value only.
  * A city derived from the user's IP (login geo) is the person's approximate location: yellow.
- Path collisions that Segment's spec forces are resolved by keeping the spec's meaning:
  `traits.name` is only sent by group calls here (a company: green), identify sends
  firstName/lastName.
- value_only: true when the key does not say what the value is (`q`, `input`, `value`, `label`,
  `note`, `text`, `matched_text`, `cover_letter`, `recipient_contact`); such a PII path holds that
  PII in every value. Free text is labelled by what every one of its values carries (every
  template of a PII-carrying free-text field embeds the PII; free text that never carries PII is
  green).
"""

# ruff: noqa: RUF001 (Ukrainian names and keys are written in Cyrillic on purpose)
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

FIRST = {
    "US": [
        "Emily",
        "Marcus",
        "Jessica",
        "Tyler",
        "Ashley",
        "DeShawn",
        "Megan",
        "Carlos",
        "Hannah",
        "Brandon",
    ],
    "IN": [
        "Aarav",
        "Priya",
        "Venkatesh",
        "Ananya",
        "Rohan",
        "Kavya",
        "Arjun",
        "Sneha",
        "Mohammed",
        "Lakshmi",
    ],
    "PH": [
        "Maria",
        "Jose",
        "Kristine",
        "Mark Anthony",
        "Joy",
        "Paolo",
        "Angelica",
        "Rommel",
        "Jasmine",
        "Carlo",
    ],
    "UA": [
        "Oleksandr",
        "Olena",
        "Dmytro",
        "Iryna",
        "Andriy",
        "Kateryna",
        "Serhiy",
        "Yuliia",
        "Taras",
        "Oksana",
    ],
    "NG": [
        "Chinedu",
        "Aisha",
        "Oluwaseun",
        "Ngozi",
        "Ibrahim",
        "Funmilayo",
        "Emeka",
        "Zainab",
        "Tunde",
        "Chiamaka",
    ],
}
LAST = {
    "US": ["Johnson", "Williams", "Miller", "Rodriguez", "Thompson", "Nguyen", "Brooks", "Sullivan"],
    "IN": ["Sharma", "Nair", "Iyer", "Reddy", "Gupta", "Banerjee", "Khan", "Patel", "Menon"],
    "PH": ["Santos", "Dela Cruz", "Bautista", "Reyes", "Villanueva", "Mendoza", "Garcia", "Aquino"],
    "UA": ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boyko", "Lysenko"],
    "NG": ["Okeke", "Bello", "Adeyemi", "Okafor", "Abubakar", "Eze", "Ogunleye", "Nwosu", "Balogun"],
}
UA_CYR_FIRST = ["Олександр", "Олена", "Дмитро", "Ірина", "Андрій", "Катерина", "Сергій", "Юлія", "Тарас"]
UA_CYR_LAST = ["Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко", "Бойко", "Лисенко"]
UA_CYR_PATRONYMIC = ["Олександрович", "Петрівна", "Іванович", "Миколаївна", "Сергійович", "Василівна"]
COUNTRIES = ["US", "IN", "PH", "UA", "NG"]
MAIL_DOMAINS = {
    "US": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "PH": ["gmail.com", "yahoo.com.ph", "outlook.com"],
    "UA": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
}
CITIES = {
    "US": [
        ("Austin", "TX", "787"),
        ("Seattle", "WA", "981"),
        ("Brooklyn", "NY", "112"),
        ("Denver", "CO", "802"),
    ],
    "IN": [
        ("Bengaluru", "KA", "560"),
        ("Pune", "MH", "411"),
        ("Hyderabad", "TG", "500"),
        ("Kochi", "KL", "682"),
    ],
    "PH": [("Quezon City", "NCR", "11"), ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80")],
    "UA": [("Kyiv", "Kyiv", "01"), ("Lviv", "Lviv Oblast", "79"), ("Kharkiv", "Kharkiv Oblast", "61")],
    "NG": [
        ("Lagos", "Lagos", "10"),
        ("Abuja", "FCT", "90"),
        ("Port Harcourt", "Rivers", "50"),
        ("Ibadan", "Oyo", "20"),
    ],
}


def country(f: Fake) -> str:
    """The market of the message being rendered (set per message), so an address is one country's."""
    return getattr(f, "market", None) or f.pick(COUNTRIES)


def first(f: Fake) -> str:
    return f.pick(FIRST[country(f)])


def last(f: Fake) -> str:
    return f.pick(LAST[country(f)])


def full_name(f: Fake) -> str:
    c = country(f)
    return f"{f.pick(FIRST[c])} {f.pick(LAST[c])}"


def short_name(f: Fake) -> str:
    c = country(f)
    return f"{f.pick(FIRST[c])} {f.pick(LAST[c])[0]}."


def ascii_fold(s: str) -> str:
    return s.lower().replace(" ", "").replace("'", "")


def email(f: Fake) -> str:
    c = country(f)
    fn, ln = ascii_fold(f.pick(FIRST[c])), ascii_fold(f.pick(LAST[c]))
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}", f"{ln}.{fn}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[c])}"


def staff_email(f: Fake) -> str:
    return f"{ascii_fold(f.pick(FIRST['US']))}.{ascii_fold(f.pick(LAST['US']))}@talenthive.io"


def phone(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    d = f.digits
    if c == "IN":
        n = f.pick(["98", "99", "97", "88", "70", "63"]) + d(8)
        return f.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}", f"{n[:5]} {n[5:]}", f"+91-{n}"])
    if c == "PH":
        n = f.pick(["917", "918", "927", "939", "995", "908"]) + d(7)
        return f.pick([f"+63 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+63{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"])
    if c == "UA":
        n = f.pick(["67", "50", "63", "93", "97", "66"]) + d(7)
        return f.pick(
            [
                f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                f"+380{n}",
                f"0{n[:2]} {n[2:5]} {n[5:]}",
                f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}",
            ]
        )
    if c == "NG":
        n = f.pick(["803", "806", "813", "816", "703", "706", "805", "902"]) + d(7)
        return f.pick([f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234{n}", f"0{n[:3]} {n[3:6]} {n[6:]}"])
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def street(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    n = f.r.randint(1, 250)
    if c == "IN":
        return f.pick(
            [
                f"Flat {f.r.randint(101, 1204)}, Sai Enclave, {f.pick([4, 5, 6, 8])}th Cross, HAL 2nd Stage",
                f"{n}/B, MG Road, Near City Mall",
                f"H.No. {f.r.randint(1, 40)}-{f.r.randint(1, 200)}, Kondapur",
            ]
        )
    if c == "PH":
        return f.pick(
            [
                f"Blk {f.r.randint(1, 40)} Lot {f.r.randint(1, 30)}, Phase 2, Brgy. San Isidro",
                f"{n} Mabini St., Brgy. Poblacion",
                f"Unit {f.r.randint(101, 2509)}, {f.pick(['Avida Towers', 'SMDC Light'])}, EDSA",
            ]
        )
    if c == "UA":
        return f.pick(
            [
                f"вул. Хрещатик, {n}, кв. {f.r.randint(1, 120)}",
                f"вул. Шевченка, буд. {n}",
                f"prosp. Peremohy {n}, apt {f.r.randint(1, 200)}",
            ]
        )
    if c == "NG":
        return f.pick(
            [
                f"{n} Adeola Odeku Street, Victoria Island",
                f"Plot {n}, Gwarinpa Estate",
                f"{n} Allen Avenue, Ikeja",
            ]
        )
    return f.street()


def city(f: Fake) -> str:
    return f.pick(CITIES[country(f)])[0]


def postal(f: Fake) -> str:
    c = country(f)
    prefix = f.pick(CITIES[c])[2]
    length = {"US": 5, "IN": 6, "PH": 4, "UA": 5, "NG": 6}[c]
    return prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix)))


def state(f: Fake) -> str:
    return f.pick(CITIES[country(f)])[1]


def full_address(f: Fake) -> str:
    c = country(f)
    cty, _, prefix = f.pick(CITIES[c])
    length = {"US": 5, "IN": 6, "PH": 4, "UA": 5, "NG": 6}[c]
    code = prefix + "".join(str(f.r.randint(0, 9)) for _ in range(length - len(prefix)))
    return f"{street(f, c)}, {cty} {code}"


def dob(f: Fake) -> str:
    return f.date(1968, 2004)


def dob_ph(f: Fake) -> str:
    months = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto"]
    return f.pick([f.date(1975, 2004), f"{f.r.randint(1, 28)} {f.pick(months)} {f.r.randint(1975, 2004)}"])


# -- identifiers with real checksums ------------------------------------------------------------------

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
    for i, ch in enumerate(reversed(body + "0")):
        c = _VD[c][_VP[i % 8][int(ch)]]
    n = body + str(_VINV[c])
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])


def pan(f: Fake) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (
        "".join(f.pick(letters) for _ in range(3))
        + "P"
        + f.pick(letters)
        + f"{f.r.randint(0, 9999):04d}"
        + f.pick(letters)
    )


def rnokpp(f: Fake) -> str:
    body = [f.r.randint(1, 4)] + [f.r.randint(0, 9) for _ in range(8)]
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(d * w for d, w in zip(body, weights, strict=True)) % 11 % 10
    return "".join(map(str, body)) + str(check)


def nin(f: Fake) -> str:
    return f.digits(11)


def bvn(f: Fake) -> str:
    return "22" + "".join(str(f.r.randint(0, 9)) for _ in range(9))


def ph_tin(f: Fake) -> str:
    return f"{f.digits(3)}-{f.digits(3)}-{f.digits(3)}-000"


def philsys(f: Fake) -> str:
    n = f.digits(16)
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


def us_tin(f: Fake) -> str:
    if f.r.random() < 0.7:
        return f.ssn()
    return f"{f.pick(['12', '27', '46', '81', '84', '92'])}-{f.digits(7)}"


def national_id(f: Fake) -> str:
    kind = f.pick(["aadhaar", "philsys", "nin", "rnokpp", "ssn"])
    return {"aadhaar": aadhaar, "philsys": philsys, "nin": nin, "rnokpp": rnokpp, "ssn": lambda f: f.ssn()}[
        kind
    ](f)


def passport_no(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            f.pick(letters) + f.digits(7),  # India
            "P" + f.digits(7) + f.pick(letters),  # Philippines
            f.pick(["FA", "FB", "FE", "EK"]) + f"{f.r.randint(0, 999999):06d}",  # Ukraine
            "A" + f"{f.r.randint(0, 99999999):08d}",  # Nigeria
            f.digits(9),  # US
        ]
    )


def foreign_tin(f: Fake) -> str:
    return f.pick([pan(f), ph_tin(f), rnokpp(f), nin(f) if f.r.random() < 0.5 else f.digits(8) + "-0001"])


def iban_ua(f: Fake) -> str:
    bban = f.pick(["305299", "322001", "320649", "300528", "380805"]) + f"{f.r.randint(0, 10**19 - 1):019d}"
    numeric = "".join(str(int(c, 36)) for c in bban + "UA00")
    raw = f"UA{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


NG_BANKS = [
    ("058", "Guaranty Trust Bank"),
    ("044", "Access Bank"),
    ("057", "Zenith Bank"),
    ("011", "First Bank of Nigeria"),
    ("033", "United Bank for Africa"),
]


def nuban(f: Fake, bank_code: str | None = None) -> str:
    code = bank_code or f.pick(NG_BANKS)[0]
    serial = f"{f.r.randint(0, 10**9 - 1):09d}"
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(d) * w for d, w in zip(code + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


def aba(f: Fake) -> str:
    body = f.pick(["0210", "0110", "1210", "0260", "0710", "3222"]) + "".join(
        str(f.r.randint(0, 9)) for _ in range(4)
    )
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(d) * k for d, k in zip(body, w, strict=True))
    return body + str((10 - s % 10) % 10)


def bank_account(f: Fake) -> str:
    return f.pick(
        [
            f.digits(f.pick([11, 12, 14])),  # India
            nuban(f),  # Nigeria
            f.digits(f.pick([10, 12])),  # Philippines (BDO, BPI)
            f.digits(f.pick([9, 10, 12])),  # US
        ]
    )


def ifsc(f: Fake) -> str:
    return f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + f"{f.r.randint(0, 999999):06d}"


def upi(f: Fake) -> str:
    c = f.pick(FIRST["IN"]).lower().replace(" ", "")
    return f.pick(
        [
            f"{c}.{f.pick(LAST['IN']).lower()}@okaxis",
            f"{f.pick(['98', '99', '70'])}{f.digits(8)}@ybl",
            f"{c}{f.r.randint(1, 99)}@paytm",
            f"{c}@oksbi",
        ]
    )


def ipv6(f: Fake) -> str:
    prefix = f.pick(["2409:40c2", "2405:201", "2001:4451", "2a02:2378", "2c0f:f5c0", "2600:1700"])
    return prefix + ":" + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(6))


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.75 else ipv6(f)


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQiA" + "".join(f.pick(alnum) for _ in range(80)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(57))


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "".join(f.pick(alnum) for _ in range(n))


def job_ref(f: Fake) -> str:
    return "~01" + f.hexid(16)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


# -- free text --------------------------------------------------------------------------------------


def cover_letter(f: Fake) -> str:
    n = first(f)
    return f.pick(
        [
            f"Hi, I'm {n}. I have 6+ years building React Native apps and can start this week.",
            f"Hello! {n} here, a Figma and Webflow designer. I read your brief carefully and",
            f"Dear client, my name is {full_name(f)} and I specialise in Shopify store setup.",
            f"Good day! I am {n}, a virtual assistant with 4 years of Amazon VA experience.",
            f"Hey there, {n} from Lviv here. I've shipped three Django SaaS MVPs this year.",
        ]
    )


def contact_leak(f: Fake) -> str:
    return f.pick(
        [
            "pls whatsapp me on " + phone(f),
            "my email is " + email(f) + " lets talk there",
            "call me " + phone(f) + " to discuss faster",
            "skype/gmail: " + email(f),
            "Send details to " + email(f) + " I will reply asap",
            "viber " + phone(f),
        ]
    )


def ticket_note(f: Fake) -> str:
    return f.pick(
        [
            "Freelancer asked for a callback on " + phone(f),
            "Verified identity by phone, number on file " + phone(f),
            "Client prefers WhatsApp: " + phone(f),
            "Left voicemail at " + phone(f) + ", will retry tomorrow",
        ]
    )


def sms_text(f: Fake) -> str:
    code = otp(f)
    return f.pick(
        [
            f"Your TalentHive verification code is {code}. It expires in 10 minutes.",
            f"{code} is your TalentHive login code. Don't share it with anyone.",
            f"TalentHive: use {code} to confirm your payout method change.",
        ]
    )


SKILLS = [
    "React",
    "Node.js",
    "Figma",
    "Python",
    "Shopify",
    "SEO",
    "Video Editing",
    "Data Entry",
    "Flutter",
    "Copywriting",
    "Laravel",
    "AWS",
]
CATEGORY = [
    "Web, Mobile & Software Dev",
    "Design & Creative",
    "Writing",
    "Admin Support",
    "Sales & Marketing",
    "Data Science & Analytics",
]
JOB_TITLES = [
    "Build a Shopify store for organic skincare brand",
    "React Native developer for fitness app MVP",
    "Virtual assistant for Amazon FBA listings",
    "Logo and brand kit for coffee roastery",
    "Scrape real-estate listings into Google Sheets",
    "Translate product manuals EN to UK",
]
PRO_TITLES = [
    "Senior React Developer",
    "UI/UX Designer",
    "Virtual Assistant",
    "Full-Stack Laravel Developer",
    "SEO Specialist",
    "Data Analyst",
]
COMPANIES = [
    "Brightleaf Organics",
    "Northwind Traders",
    "Kova Fitness Inc.",
    "Harbor & Pine Coffee",
    "Lumen Analytics",
    "Acme Robotics",
]
CURRENCIES = ["USD", "INR", "PHP", "UAH", "NGN"]
FILES = [
    "wireframes_v3.fig",
    "brand-guidelines.pdf",
    "invoice_0423.pdf",
    "screenshot 2024-03-11 at 10.42.png",
    "api_spec.yaml",
    "final_logo.ai",
    "demo.mp4",
]
MIMES = ["application/pdf", "image/png", "video/mp4", "application/zip", "text/yaml"]


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.74.0", "npm:next-1.70.2"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(
                    [
                        "/nx/find-work/",
                        "/jobs/~01a2b3",
                        "/ab/proposals/",
                        "/nx/wm/workroom/",
                        "/freelancers/settings/",
                    ]
                )
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.talenthive.io/", "https://t.co/x1Y2"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?ref=nav", "?page=2&sort=recency", "?q=react"])),
            "title": G(
                lambda f: f.pick(
                    ["Find Work | TalentHive", "Proposals | TalentHive", "Contract Room | TalentHive"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.talenthive.io"
                    + f.pick(["/nx/find-work/", "/ab/proposals/", "/nx/wm/workroom/"])
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) "
                    "Version/17.4 Safari/605.1.15",
                    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/123.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-IN", "en-PH", "uk-UA", "en-NG", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(
                ["America/Chicago", "Asia/Kolkata", "Asia/Manila", "Europe/Kyiv", "Africa/Lagos"]
            )
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["freelancer_acq_q2", "client_brand_search", "connects_promo"])),
            "source": G(lambda f: f.pick(["google", "facebook", "linkedin", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["hire react developer", "freelance jobs online", "virtual assistant philippines"]
                )
            ),
            "content": G(lambda f: f.pick(["ad_v1", "ad_v2", "carousel_3"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TalentHive"),
            "version": G(lambda f: f.pick(["2.41.0", "2.42.1", "2.43.0"])),
            "build": G(lambda f: f.pick(["24100", "24210", "24300"])),
            "namespace": G(lambda f: "io.talenthive.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-PH", "uk-UA", "en-IN"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Globe", "Smart", "Kyivstar", "MTN NG", "Jio", "T-Mobile"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.2"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Manila", "Europe/Kyiv", "Asia/Kolkata"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
        },
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TalentHive"),
            "version": G(lambda f: f.pick(["2.41.0", "2.42.1", "2.43.0"])),
            "build": G(lambda f: f.pick(["2410", "2421", "2430"])),
            "namespace": G(lambda f: "io.talenthive.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "TECNO", "OPPO", "Google"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi Note 12", "TECNO KI5q", "CPH2565", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "KI5q", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-NG", "en-IN", "uk-UA", "fil-PH"])),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(6.4, 50.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(3.3, 125.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Africa/Lagos", "Asia/Kolkata", "Europe/Kyiv", "Asia/Manila"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/UQ1A.240205.004)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: f"{f.r.randint(10**17, 10**18 - 1)}"),
            "email": Y(email, "email"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TalentHive Client"),
            "version": G(lambda f: f.pick(["5.8.0", "5.9.2", "5.9.3"])),
            "build": G(lambda f: f.pick(["580", "592", "593"])),
            "namespace": G(lambda f: "io.talenthive.client"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,4", "SM-S918B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([428, 412, 390])),
            "height": G(lambda f: f.pick([926, 915, 844])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["AT&T", "Verizon", "Airtel", "Vodafone"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-IN"])),
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "America/New_York", "Asia/Kolkata"])),
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "company": G(lambda f: f.pick(COMPANIES)),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "TalentHive"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1", "3.4.0"])),
            "build": G(lambda f: f.pick(["320", "331", "340"])),
            "namespace": G(lambda f: "io.talenthive.lite"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "infinix", "vivo", "realme"])),
            "model": G(lambda f: f.pick(["TECNO BF7", "Infinix X6525", "vivo 1906", "RMX3760"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.2", "1.0.9"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "11"]))},
        "screen": {
            "width": G(lambda f: 720),
            "height": G(lambda f: f.pick([1600, 1612, 1640])),
            "density": G(lambda f: f.pick([1.75, 2.0, 2.25])),
        },
        "locale": G(lambda f: f.pick(["en-NG", "fil-PH", "en-PH", "hi-IN"])),
        "timezone": G(lambda f: f.pick(["Africa/Lagos", "Asia/Manila", "Asia/Kolkata"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0", "2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.CSharp", ["2.4.1", "2.3.5", "2.4.0"]),
}


def server_context(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "ruby", "php"):
            out["ip"] = Y(ip, "ip")
            out["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/124.0.0.0 Safari/537.36",
                        "TalentHive/2.42.1 (iPhone; iOS 17.4.1; Scale/3.00)",
                        "okhttp/4.12.0",
                    ]
                )
            )
        if lib in ("node", "java", "go"):
            out["groupId"] = G(lambda f: "org_" + f.digits(9))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]


# -- bodies -----------------------------------------------------------------------------------------


def attachment():
    return {
        "file_name": G(lambda f: f.pick(FILES)),
        "mime_type": G(lambda f: f.pick(MIMES)),
        "size_bytes": G(lambda f: f.r.randint(2_000, 40_000_000)),
        "sha256": G(lambda f: f.hexid(64)),
        "scan_status": G(lambda f: f.pick(["clean", "pending", "clean", "infected"])),
    }


def address_block(prefix_type="address|street"):
    return {
        "line1": Y(street, prefix_type),
        "city": Y(city, "city"),
        "state": G(state),
        "postal_code": Y(postal, "zipcode"),
        "country": G(country),
    }


EVENTS = [
    # -- identify / group / alias ---------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "username": Y(
                lambda f: ascii_fold(first(f)) + f.pick(["designs", "dev", "_va", str(f.r.randint(1, 999))]),
                "name",
            ),
            "avatar": Y(lambda f: f"https://cdn.talenthive.io/profile/{f.hexid(20)}/c100x100.jpg", "photo"),
            "title": G(lambda f: f.pick(PRO_TITLES)),
            "hourlyRate": Y(lambda f: f.pick([8, 12, 15, 25, 35, 45, 60, 85]), "salary"),
            "totalEarnings": Y(lambda f: f.money(0, 250_000), "salary"),
            "city": Y(city, "city"),
            "country": G(country),
            "timezone": G(
                lambda f: f.pick(
                    ["Asia/Manila", "Europe/Kyiv", "Africa/Lagos", "Asia/Kolkata", "America/Denver"]
                )
            ),
            "accountType": G(lambda f: f.pick(["freelancer", "client", "agency_member"])),
            "plan": G(lambda f: f.pick(["Basic", "Freelancer Plus", "Business Plus", "Enterprise"])),
            "jobSuccessScore": G(lambda f: f.r.randint(60, 100)),
            "topRatedStatus": G(lambda f: f.pick(["none", "rising_talent", "top_rated", "top_rated_plus"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "idVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 4),
            "age": G(lambda f: f.r.randint(19, 64)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            # Hightouch-style reverse ETL from the warehouse: SCREAMING_SNAKE columns.
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "COUNTRY_CODE": G(country),
            "CITY": Y(city, "city"),
            "SIGNUP_DATE": G(lambda f: f.date(2016, 2024)),
            "LIFETIME_GMV_USD": G(lambda f: f.money(0, 90_000)),
            "TOTAL_EARNINGS_USD": Y(lambda f: f.money(0, 300_000), "salary"),
            "JOB_SUCCESS_SCORE": G(lambda f: f.r.randint(50, 100)),
            "IS_TOP_RATED": G(lambda f: f.pick([True, False])),
            "PREFERRED_PAYOUT_METHOD": G(
                lambda f: f.pick(["DIRECT_TO_LOCAL_BANK", "PAYONEER", "PAYPAL", "GCASH", "WIRE"])
            ),
            "LAST_LOGIN_IP": Y(ip, "ip"),
            "ACCOUNT_MANAGER_EMAIL": Y(staff_email, "email"),
            "MARKETING_OPT_IN": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["E-commerce", "Health & Fitness", "SaaS", "Food & Beverage"])),
            "employees": G(lambda f: f.pick(["1-9", "10-99", "100-499", "500+"])),
            "plan": G(lambda f: f.pick(["Marketplace", "Business Plus", "Enterprise"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://brightleaf.example.com",
                        "https://kovafit.example.com",
                        "https://harborpine.example.com",
                    ]
                )
            ),
            "billingEmail": G(
                lambda f: f.pick(
                    [
                        "billing@brightleaf.example.com",
                        "accounts@kovafit.example.com",
                        "ap@harborpine.example.com",
                    ]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+1 512-555-0142", "+1 (206) 555-0199", "+1 303 555 0110"])),
            "address": {
                "street": G(
                    lambda f: f.pick(["500 W 2nd St, Suite 1900", "1201 3rd Ave", "1700 Lincoln St"])
                ),
                "city": G(lambda f: f.pick(["Austin", "Seattle", "Denver"])),
                "state": G(lambda f: f.pick(["TX", "WA", "CO"])),
                "postalCode": G(lambda f: f.pick(["78701", "98101", "80203"])),
            },
            "adminName": Y(full_name, "name"),
            "adminEmail": Y(email, "email"),
            "totalSpent": G(lambda f: f.money(0, 400_000)),
            "paymentVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["python"],
        {
            "agency_name": G(
                lambda f: f.pick(
                    ["PixelForge Studio", "Manila Virtual Pros", "Kyiv Code Lab", "Lagos Dev Hub"]
                )
            ),
            "agency_type": G(lambda f: f.pick(["agency", "team"])),
            "owner_name": Y(full_name, "name"),
            "owner_email": Y(email, "email"),
            "members_count": G(lambda f: f.r.randint(2, 60)),
            "agency_hq_country": G(country),
            "agency_job_success": G(lambda f: f.r.randint(70, 100)),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "hello@pixelforge.example.com",
                        "info@manilavp.example.ph",
                        "team@kyivcodelab.example.ua",
                    ]
                )
            ),
        },
    ),
    ("alias", None, ["web", "swift"], {}),
    # -- pages and screens ------------------------------------------------------------------------------
    (
        "page",
        "Find Work",
        ["web"],
        {
            "path": G(lambda f: "/nx/find-work/"),
            "url": G(
                lambda f: (
                    "https://www.talenthive.io/nx/find-work/" + f.pick(["", "best-matches", "most-recent"])
                )
            ),
            "title": G(lambda f: "Find Work | TalentHive"),
            "referrer": G(
                lambda f: f.pick(["", "https://www.talenthive.io/nx/", "https://mail.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?ref=nav", "?tab=saved"])),
            "category": G(lambda f: f.pick(["Jobs", "Feed"])),
            "feed_tab": G(lambda f: f.pick(["best_matches", "most_recent", "saved_jobs"])),
        },
    ),
    (
        "screen",
        "Contract Room",
        MOBILE,
        {
            "contract_id": G(lambda f: f.digits(8)),
            "from_screen": G(lambda f: f.pick(["Messages", "Contracts", "Notifications", "Earnings"])),
            "tab": G(lambda f: f.pick(["overview", "milestones", "work_diary", "files"])),
            "offline": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- jobs and proposals ----------------------------------------------------------------------------
    (
        "track",
        "Jobs Searched",
        ["web", "swift", "kotlin", "flutter"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "react native",
                        "logo design",
                        "virtual assistant",
                        "shopify expert",
                        "data entry",
                        "python scraping",
                    ]
                )
            ),
            "filters": {
                "category": G(lambda f: f.pick(CATEGORY)),
                "experience_level": G(lambda f: f.pick(["entry", "intermediate", "expert"])),
                "job_type": G(lambda f: f.pick(["hourly", "fixed"])),
                "budget_min": G(lambda f: f.pick([0, 100, 500, 1000])),
                "client_location": G(lambda f: f.pick(["United States", "Worldwide", "Europe", "Australia"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 4000)),
            "page": G(lambda f: f.r.randint(1, 8)),
            "search_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Job Post Created",
        ["web", "rn"],
        {
            "job_id": G(job_ref),
            "title": G(lambda f: f.pick(JOB_TITLES)),
            "category": G(lambda f: f.pick(CATEGORY)),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 5),
            "budget_type": G(lambda f: f.pick(["hourly", "fixed"])),
            "budget_amount": G(lambda f: f.pick([150, 500, 1200, 3000, 8000])),
            "budget_hourly_min": G(lambda f: f.pick([10, 15, 25, 40])),
            "budget_hourly_max": G(lambda f: f.pick([30, 50, 75, 120])),
            "currency": G(lambda f: "USD"),
            "duration": G(
                lambda f: f.pick(
                    ["less_than_1_month", "1_to_3_months", "3_to_6_months", "more_than_6_months"]
                )
            ),
            "experience_level": G(lambda f: f.pick(["entry", "intermediate", "expert"])),
            "us_only": G(lambda f: f.pick([True, False])),
            "screening_questions": Many(
                G(
                    lambda f: f.pick(
                        [
                            "Describe your recent experience with similar projects",
                            "Include a link to your GitHub profile",
                            "Are you legally authorized to work in the United States?",
                            "What is your availability this month?",
                        ]
                    )
                ),
                3,
            ),
            "client_company": G(lambda f: f.pick(COMPANIES)),
            "hiring_manager_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Proposal Submitted",
        ["web", "swift", "kotlin"],
        {
            "proposal_id": G(lambda f: f.digits(19)),
            "job_id": G(job_ref),
            "bid_type": G(lambda f: f.pick(["hourly", "fixed"])),
            "proposed_rate": Y(lambda f: f.pick([7.5, 10, 18, 22, 30, 40, 55, 70]), "salary"),
            "connects_spent": G(lambda f: f.pick([2, 4, 6, 8, 12, 16])),
            "boosted": G(lambda f: f.pick([True, False])),
            "estimated_duration": G(
                lambda f: f.pick(["less than 1 month", "1 to 3 months", "3 to 6 months"])
            ),
            "cover_letter": Y(cover_letter, "name", True),
            "work_authorization": RED(
                lambda f: f.pick(
                    [
                        "US citizen",
                        "Green card holder",
                        "H-1B, will require sponsorship",
                        "Not authorized to work in the US",
                        "EAD (OPT)",
                    ]
                ),
                "visa",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "attachments": Many(attachment(), 2),
            "agency_id": G(lambda f: f.pick(["", "ag_" + f.digits(8)])),
        },
    ),
    # -- contracts, milestones, escrow ------------------------------------------------------------------
    (
        "track",
        "Contract Started",
        ["dotnet"],
        {
            "ContractId": G(lambda f: f.digits(8)),
            "OfferId": G(lambda f: f.digits(9)),
            "JobId": G(job_ref),
            "FreelancerId": G(lambda f: f.digits(18)),
            "FreelancerName": Y(full_name, "name"),
            "FreelancerEmail": Y(email, "email"),
            "ClientCompany": G(lambda f: f.pick(COMPANIES)),
            "HourlyRate": Y(lambda f: f.pick([12.0, 20.0, 35.0, 50.0, 75.0]), "salary"),
            "FreelancerPhone": Y(phone, "phone"),
            "ClientContactName": Y(full_name, "name"),
            "WeeklyLimitHours": G(lambda f: f.pick([10, 20, 30, 40])),
            "ContractType": G(lambda f: f.pick(["Hourly", "FixedPrice"])),
            "StartDate": G(lambda f: f.date(2024, 2024)),
            "Currency": G(lambda f: "USD"),
            "ManualTimeAllowed": G(lambda f: f.pick([True, False])),
            "AgencyName": G(lambda f: f.pick(["PixelForge Studio", "Kyiv Code Lab", "", "Lagos Dev Hub"])),
            "IsRehire": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Escrow Funded",
        ["python"],
        {
            "contract_id": G(lambda f: f.digits(8)),
            "milestone_id": G(lambda f: f.digits(10)),
            "milestone_index": G(lambda f: f.r.randint(1, 6)),
            "milestone_description": G(
                lambda f: f.pick(
                    [
                        "Wireframes for 5 screens",
                        "Backend API + admin panel",
                        "Logo concepts (3)",
                        "Final delivery and handover",
                    ]
                )
            ),
            "amount": G(lambda f: f.pick([100, 250, 600, 1500, 4000])),
            "currency": G(lambda f: "USD"),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "funding_source": G(lambda f: f.pick(["card", "bank_account", "paypal", "balance"])),
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_1"), "token"),
            "payment_intent_id": G(lambda f: stripe_id(f, "pi_3")),
        },
    ),
    (
        "track",
        "Milestone Approved",
        ["node"],
        {
            "contract_id": G(lambda f: f.digits(8)),
            "milestone_id": G(lambda f: f.digits(10)),
            "amount_released": G(lambda f: f.pick([100, 250, 600, 1500, 4000])),
            "service_fee": G(lambda f: f.money(1, 400)),
            "release_type": G(lambda f: f.pick(["manual", "auto_14_day", "bonus"])),
            "approved_by_name": Y(full_name, "name"),
            "bonus_amount": G(lambda f: f.pick([0, 0, 25, 50, 100])),
            "feedback_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hours Logged",
        ["web"],
        {
            "contract_id": G(lambda f: f.digits(8)),
            "minutes": G(lambda f: f.pick([10, 20, 60, 90, 240])),
            "activity_level": G(lambda f: f.r.randint(0, 10)),
            "screenshot_count": G(lambda f: f.r.randint(0, 24)),
            "memo": G(
                lambda f: f.pick(
                    [
                        "Fixed navbar bug",
                        "Client call + sprint planning",
                        "Product listing uploads",
                        "Refactor auth module",
                    ]
                )
            ),
            "manual": G(lambda f: f.pick([True, False])),
            "week_start": G(lambda f: f.date(2024, 2024)),
            "tracker_version": G(lambda f: f.pick(["5.8.0.2", "5.8.1.0", "5.9.0.1"])),
        },
    ),
    (
        "track",
        "contract-ended",
        ["ruby"],
        {
            "contract-id": G(lambda f: f.digits(8)),
            "end-reason": G(
                lambda f: f.pick(
                    ["job_completed", "budget_exhausted", "freelancer_unresponsive", "client_request"]
                )
            ),
            "ended-by": G(lambda f: f.pick(["client", "freelancer", "system"])),
            "freelancer-email": Y(email, "email"),
            "total-hours": G(lambda f: f.money(0, 1200)),
            "total-paid": G(lambda f: f.money(50, 60_000)),
            "feedback-given": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- messages ---------------------------------------------------------------------------------------
    (
        "track",
        "Message Sent",
        ["web", "swift", "kotlin", "rn"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "room_type": G(lambda f: f.pick(["one_on_one", "group", "interview"])),
            "recipient_id": G(lambda f: f.digits(18)),
            "recipient_role": G(lambda f: f.pick(["client", "freelancer", "agency_manager"])),
            "message_length": G(lambda f: f.r.randint(1, 2000)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "attachments": Many(attachment(), 3),
            "sent_from": G(lambda f: f.pick(["desktop", "mobile_app", "mobile_web"])),
            "is_first_message": G(lambda f: f.pick([True, False])),
            "body_preview": G(
                lambda f: f.pick(
                    [
                        "Uploaded the revised mockups, let me know what you think",
                        "Can we move the call to 3pm?",
                        "Thanks! Payment received.",
                        "Please check the staging link when you get a chance",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Off Platform Contact Flagged",
        ["go"],
        {
            "message_id": G(lambda f: f.uuid()),
            "thread_id": G(lambda f: f.uuid()),
            "detector_version": G(
                lambda f: f.pick(["tos-guard 3.4.1", "tos-guard 3.5.0", "tos-guard 3.5.2"])
            ),
            "rule": G(lambda f: f.pick(["email_pattern", "phone_pattern", "messaging_app_keyword"])),
            "matched_text": Y(contact_leak, "email|phone", True),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "action_taken": G(lambda f: f.pick(["warned", "masked", "escalated"])),
            "prior_violations": G(lambda f: f.r.randint(0, 4)),
            "sender_email": Y(email, "email"),
        },
    ),
    # -- identity verification -----------------------------------------------------------------------------
    (
        "track",
        "Identity Document Captured",
        ["swift", "kotlin", "flutter"],
        {
            "verification_session_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["veriff", "onfido", "persona"])),
            "document_type": G(lambda f: f.pick(["passport", "national_id", "drivers_license"])),
            "document_country": G(country),
            "document_number": RED(
                lambda f: f.pick([national_id(f), passport_no(f)]), "national id|passport"
            ),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Indian", "Filipino", "Ukrainian", "Nigerian", "American"]), "citizenship"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.talenthive.io/selfie/{f.uuid()}.jpg", "photo"),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "liveness_score": G(lambda f: round(f.r.uniform(0.2, 0.99), 3)),
        },
    ),
    (
        "track",
        "Identity Verification Decision",
        ["node"],
        {
            # Veriff-shaped decision webhook relayed as a track call.
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103, 9104])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reason": G(
                    lambda f: f.pick(
                        [
                            None,
                            "Physical document not used",
                            "Face not clearly visible",
                            "Suspected document tampering",
                        ]
                    )
                ),
                "reasonCode": G(lambda f: f.pick([None, 102, 105, 201])),
                "decisionTime": G(lambda f: f.iso()),
                "acceptanceTime": G(lambda f: f.iso()),
                "person": {
                    "firstName": Y(lambda f: f.pick([first(f).upper(), first(f)]), "name"),
                    "lastName": Y(lambda f: f.pick([last(f).upper(), last(f)]), "name"),
                    "idNumber": RED(national_id, "national id"),
                    "dateOfBirth": Y(dob, "birthdate"),
                    "gender": Y(lambda f: f.pick(["M", "F", "X"]), "gender"),
                    "nationality": Y(lambda f: f.pick(["IN", "PH", "UA", "NG", "US"]), "citizenship"),
                    "placeOfBirth": Y(city, "city"),
                },
                "document": {
                    "number": RED(passport_no, "passport|national id"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD", "DRIVERS_LICENSE"])),
                    "country": G(country),
                    "validFrom": G(lambda f: f.date(2015, 2023)),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
            },
            "technicalData": {"ip": Y(ip, "ip")},
        },
    ),
    (
        "track",
        "Верифікацію Пройдено",
        ["kotlin"],
        {
            # The Ukrainian-localised FOP (sole proprietor) onboarding flow; Cyrillic keys.
            "прізвище": Y(lambda f: f.pick(UA_CYR_LAST), "name"),
            "імʼя": Y(lambda f: f.pick(UA_CYR_FIRST), "name"),
            "по_батькові": Y(lambda f: f.pick(UA_CYR_PATRONYMIC), "name"),
            "рнокпп": RED(rnokpp, "national id"),
            "дата_народження": Y(dob, "birthdate"),
            "телефон": Y(lambda f: phone(f, "UA"), "phone"),
            "адреса_реєстрації": Y(
                lambda f: street(f, "UA") + ", " + f.pick(["Київ", "Львів", "Харків", "Дніпро"]), "address"
            ),
            "група_єп": G(lambda f: f.pick([2, 3, 3])),
            "кведи": Many(G(lambda f: f.pick(["62.01", "62.02", "74.10", "73.11"])), 3),
            "спосіб_верифікації": G(lambda f: f.pick(["Дія.Підпис", "BankID", "фото документа"])),
            "кількість_спроб": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    # -- tax forms ---------------------------------------------------------------------------------------
    (
        "track",
        "Tax Form Submitted",
        ["python"],
        {
            "form_type": G(lambda f: "W-9"),
            "form_version": G(lambda f: f.pick(["Rev. March 2024", "Rev. October 2018"])),
            "legal_name": Y(full_name, "name"),
            "business_name": G(
                lambda f: f.pick(["", "Rodriguez Creative LLC", "Brooks Consulting", "Nguyen Web Studio LLC"])
            ),
            "federal_tax_classification": G(
                lambda f: f.pick(
                    ["individual_sole_proprietor", "single_member_llc", "c_corporation", "s_corporation"]
                )
            ),
            "tin_type": G(lambda f: f.pick(["SSN", "EIN"])),
            "tin": RED(us_tin, "social security number|national id"),
            "exempt_payee_code": G(lambda f: f.pick(["", "5", "13"])),
            "address": address_block(),
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "certified": G(lambda f: True),
            "signature_name": Y(full_name, "name"),
            "signed_at": G(lambda f: f.iso()),
            "tin_match_status": G(lambda f: f.pick(["pending", "matched", "mismatch"])),
        },
    ),
    (
        "track",
        "W-8BEN Submitted",
        ["web", "python"],
        {
            "beneficial_owner_name": Y(full_name, "name"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["India", "Philippines", "Ukraine", "Nigeria"]), "citizenship"
            ),
            "permanent_residence_address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "country": G(lambda f: f.pick(["IN", "PH", "UA", "NG"])),
            },
            "mailing_address_same": G(lambda f: f.pick([True, False])),
            "foreign_tin": RED(foreign_tin, "national id"),
            "ftin_not_legally_required": G(lambda f: f.pick([True, False])),
            "date_of_birth": Y(dob, "birthdate"),
            "treaty_country": G(lambda f: f.pick(["India", "Philippines", "Ukraine", ""])),
            "treaty_article": G(lambda f: f.pick(["", "Article 15", "Article 14(1)"])),
            "withholding_rate": G(lambda f: f.pick([0, 0.0, 0.15, 0.3])),
            "signer_name": Y(full_name, "name"),
            "signer_capacity": G(lambda f: f.pick(["individual", "agent"])),
            "electronic_signature_consent": G(lambda f: True),
        },
    ),
    (
        "track",
        "Tax Documents Viewed",
        ["web"],
        {
            "tax_year": G(lambda f: f.pick([2022, 2023, 2024])),
            "document": G(lambda f: f.pick(["1099-K", "1099-NEC", "1042-S", "annual_earnings_statement"])),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "has_tin_on_file": G(lambda f: f.pick([True, False])),
            "reported_gross": Y(lambda f: f.money(600, 180_000), "salary"),
            "download_format": G(lambda f: f.pick(["pdf", "csv"])),
        },
    ),
    # -- payouts ---------------------------------------------------------------------------------------
    (
        "track",
        "Payout Method Added",
        ["web", "swift"],
        {
            "method": G(lambda f: "us_ach"),
            "country": G(lambda f: "US"),
            "currency": G(lambda f: "USD"),
            "account_holder_name": Y(full_name, "name"),
            "bank_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "Ally Bank"])),
            "routing_number": G(aba),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "is_default": G(lambda f: f.pick([True, False])),
            "verification": G(lambda f: f.pick(["micro_deposits", "instant", "pending"])),
        },
    ),
    (
        "track",
        "Local Bank Added",
        ["flutter", "kotlin"],
        {
            "payout_country": G(lambda f: f.pick(["IN", "PH", "NG"])),
            "payout_currency": G(lambda f: f.pick(["INR", "PHP", "NGN"])),
            "beneficiary_name": Y(full_name, "name"),
            "bank_account_number": RED(bank_account, "bank account"),
            "bank_name": G(
                lambda f: f.pick(
                    [
                        "HDFC Bank",
                        "State Bank of India",
                        "BDO Unibank",
                        "BPI",
                        "Guaranty Trust Bank",
                        "Access Bank",
                    ]
                )
            ),
            "ifsc_code": G(ifsc),
            "swift_bic": G(
                lambda f: f.pick(["HDFCINBB", "SBININBB", "BNORPHMM", "BOPIPHMM", "GTBINGLA", "ABNGNGLA"])
            ),
            "branch": G(lambda f: f.pick(["Koramangala", "Makati Ayala", "Ikeja", "Banjara Hills"])),
            "account_type": G(lambda f: f.pick(["savings", "current", "checking"])),
            "min_payout_threshold": G(lambda f: f.pick([10, 50, 100])),
        },
    ),
    (
        "track",
        "Bank Account Resolved",
        ["node"],
        {
            # Paystack-shaped `bank/resolve` response, relayed by the payouts service.
            "status": G(lambda f: f.pick([True, False])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Account number resolved",
                        "Could not resolve account name. Check parameters or try again.",
                    ]
                )
            ),
            "data": {
                "account_number": RED(nuban, "bank account"),
                "account_name": Y(
                    lambda f: " ".join(
                        x.upper() for x in (f.pick(LAST["NG"]), f.pick(FIRST["NG"]), f.pick(FIRST["NG"]))
                    ),
                    "name",
                ),
                "bank_id": G(lambda f: f.pick([1, 9, 21, 3, 14])),
                "bank_code": G(lambda f: f.pick(NG_BANKS)[0]),
            },
            "bvn": RED(bvn, "national id"),
            "bvn_name_match": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "IBAN Payout Method Added",
        ["web", "swift", "kotlin"],
        {
            "iban": RED(iban_ua, "bank account"),
            "recipient_name": Y(lambda f: f"{f.pick(FIRST['UA'])} {f.pick(LAST['UA'])}", "name"),
            "bank_name": G(
                lambda f: f.pick(["PrivatBank", "Monobank (Universal Bank)", "Oschadbank", "Raiffeisen Bank"])
            ),
            "swift_code": G(lambda f: f.pick(["PBANUA2X", "UNJSUAUK", "COSBUAUK", "AVALUAUK"])),
            "currency": G(lambda f: f.pick(["UAH", "USD", "EUR"])),
            "fop_registered": G(lambda f: f.pick([True, False])),
            "martial_law_limit_ack": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Wallet Payout Method Added",
        ["flutter", "rn", "web"],
        {
            "provider": G(lambda f: f.pick(["gcash", "paypal", "payoneer", "upi"])),
            "gcash_number": Y(lambda f: phone(f, "PH"), "phone"),
            "paypal_email": Y(email, "email"),
            "payoneer_account_email": Y(email, "email"),
            "upi_id": RED(upi, "bank account"),
            "wallet_verified": G(lambda f: f.pick([True, False])),
            "fee_preview": G(lambda f: f.pick([0, 0.99, 2.0, 3.0])),
        },
    ),
    (
        "track",
        "Payout Methods Viewed",
        ["web", "rn"],
        {
            "methods": Many(
                {
                    "id": G(lambda f: "pm_wallet_" + f.digits(7)),
                    "type": G(lambda f: f.pick(["paypal", "payoneer"])),
                    "label": Y(
                        lambda f: (
                            f.pick(["PayPal - ", "Payoneer - ", "PayPal ("])
                            + email(f)
                            + f.pick(["", ")", ""])
                        ),
                        "email",
                        True,
                    ),
                    "is_default": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "available_balance": G(lambda f: f.money(0, 9000)),
            "pending_balance": G(lambda f: f.money(0, 3000)),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["java", "go"],
        {
            "payoutId": G(lambda f: "po_" + f.hexid(20)),
            "payoutReference": G(lambda f: "TH-PO-" + f.digits(10)),
            "amount": G(lambda f: f.money(20, 9000)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "fee": G(lambda f: f.pick([0.99, 2.0, 3.0, 30.0])),
            "method": G(lambda f: f.pick(["direct_to_local_bank", "wire", "payoneer", "gcash", "ach"])),
            "destinationLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "status": G(lambda f: f.pick(["in_transit", "paid", "failed", "returned"])),
            "beneficiary": {
                "name": Y(full_name, "name"),
                "accountNumber": RED(bank_account, "bank account"),
                "bankCode": G(lambda f: f.pick(["058", "044", "HDFC0001234", "BNORPHMM", "021000021"])),
                "country": G(country),
            },
            "failureCode": G(
                lambda f: f.pick([None, "account_closed", "invalid_account_number", "name_mismatch"])
            ),
        },
    ),
    (
        "track",
        "KYC Details Captured",
        ["php"],
        {
            # An Indian payouts partner's form: romanised Hindi and Indian-English keys.
            "naam": Y(lambda f: f"{f.pick(FIRST['IN'])} {f.pick(LAST['IN'])}", "name"),
            "pita_ka_naam": Y(
                lambda f: f"{f.pick(['Rajesh', 'Suresh', 'Abdul', 'Krishnan', 'Anil'])} {f.pick(LAST['IN'])}",
                "name",
            ),
            "mobile_no": Y(lambda f: phone(f, "IN"), "phone"),
            "pata": Y(lambda f: street(f, "IN"), "address"),
            "shahar": Y(lambda f: f.pick(["Bengaluru", "Pune", "Hyderabad", "Kochi", "Jaipur"]), "city"),
            "pincode": Y(lambda f: f.pick(["560", "411", "500", "682", "302"]) + f.digits(3), "zipcode"),
            "rajya": G(lambda f: f.pick(["Karnataka", "Maharashtra", "Telangana", "Kerala", "Rajasthan"])),
            "aadhaar_no": RED(aadhaar, "national id"),
            "pan_no": RED(pan, "national id"),
            "gstin_registered": G(lambda f: f.pick([True, False])),
            "purpose_code": G(lambda f: f.pick(["P0802", "P0806", "P1006"])),
            "lrs_declaration": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- disputes, reviews, support ----------------------------------------------------------------------
    (
        "track",
        "Dispute Opened",
        ["web"],
        {
            "dispute_id": G(lambda f: "DSP-" + f.digits(7)),
            "contract_id": G(lambda f: f.digits(8)),
            "milestone_id": G(lambda f: f.digits(10)),
            "opened_by_role": G(lambda f: f.pick(["client", "freelancer"])),
            "reason": G(
                lambda f: f.pick(
                    ["work_not_delivered", "quality_issue", "unauthorized_hours", "payment_not_released"]
                )
            ),
            "amount_in_dispute": G(lambda f: f.money(50, 5000)),
            "description": G(
                lambda f: f.pick(
                    [
                        "Freelancer stopped responding after the second milestone.",
                        "Delivered files do not match the agreed scope.",
                        "Client requested extra revisions outside the contract.",
                        "Hours logged while no work was visible in the diary.",
                    ]
                )
            ),
            "evidence_files": Many(attachment(), 3),
            "mediator": {
                "id": G(lambda f: "staff_" + f.digits(4)),
                "name": Y(
                    lambda f: f"{f.pick(FIRST['US'] + FIRST['PH'])} {f.pick(LAST['US'] + LAST['PH'])}", "name"
                ),
                "email": Y(staff_email, "email"),
                "team": G(lambda f: f.pick(["Trust & Safety", "Dispute Resolution", "Escalations"])),
            },
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift", "kotlin"],
        {
            "contract_id": G(lambda f: f.digits(8)),
            "reviewer_role": G(lambda f: f.pick(["client", "freelancer"])),
            "rating": G(lambda f: f.pick([1.0, 3.5, 4.0, 4.5, 5.0])),
            "scores": {
                "communication": G(lambda f: f.r.randint(1, 5)),
                "quality": G(lambda f: f.r.randint(1, 5)),
                "skills": G(lambda f: f.r.randint(1, 5)),
                "availability": G(lambda f: f.r.randint(1, 5)),
                "deadlines": G(lambda f: f.r.randint(1, 5)),
            },
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Great to work with, delivered ahead of schedule.",
                        "Solid work but communication could be better.",
                        "Excellent designer, will hire again!",
                        "Did not follow the brief.",
                    ]
                )
            ),
            "reviewer_display_name": Y(short_name, "name"),
            "would_recommend": G(lambda f: f.r.randint(0, 10)),
            "private_feedback_reasons": Many(
                G(lambda f: f.pick(["responsiveness", "quality", "cost", "english_level"])), 2
            ),
        },
    ),
    (
        "track",
        "Support Console Lookup",
        ["web"],
        {
            # Internal Trust & Safety console: `q` is what the agent pasted to find the account.
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "staff_" + f.digits(4)),
            "agent_email": Y(staff_email, "email"),
            "lookup_reason": G(lambda f: f.pick(["ticket", "fraud_review", "chargeback", "law_enforcement"])),
            "ticket_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Support Ticket Updated",
        ["ruby"],
        {
            # Zendesk-style payload: Title Case keys from the helpdesk trigger.
            "Ticket ID": G(lambda f: f.digits(7)),
            "Subject": G(
                lambda f: f.pick(
                    ["Payout not received", "Cannot verify my ID", "Account suspended", "Update my W-8BEN"]
                )
            ),
            "Requester Name": Y(full_name, "name"),
            "Requester Email": Y(email, "email"),
            "Assignee": Y(lambda f: f"{f.pick(FIRST['PH'])} {f.pick(LAST['PH'])}", "name"),
            "Group": G(lambda f: f.pick(["Payments", "Trust & Safety", "Account Access"])),
            "Priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "Status": G(lambda f: f.pick(["new", "open", "pending", "solved"])),
            "Tags": Many(G(lambda f: f.pick(["payout", "kyc", "vip_client", "ph_market", "ng_market"])), 3),
            "Via": G(lambda f: f.pick(["web", "email", "chat", "mobile_sdk"])),
            "note": Y(ticket_note, "phone", True),
            "Satisfaction": G(lambda f: f.pick(["unoffered", "offered", "good", "bad"])),
        },
    ),
    # -- accounts and auth ------------------------------------------------------------------------------
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        {
            # Form autocapture: the password fields leak in because the form was not excluded.
            "form_id": G(lambda f: f.pick(["signup-freelancer", "signup-client"])),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Manila2024!", "qwerty123", "P@ssw0rd#1", "Kyiv_love_99", "ch1nedu!!"]),
                "password",
            ),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "country": G(country),
            "account_type": G(lambda f: f.pick(["freelancer", "client"])),
            "agree_terms": G(lambda f: True),
            "send_tips": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Signed Up",
        ["node"],
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "account_type": G(lambda f: f.pick(["freelancer", "client"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok", "referral"])),
            "utm_campaign": G(lambda f: f.pick(["ph_freelancer_q2", "in_devs_brand", "us_clients_search"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "landing_page": G(lambda f: f.pick(["/i/how-it-works/", "/hire/", "/l/freelance-jobs/"])),
            "referrer_user_id": G(lambda f: f.pick(["", f.digits(18)])),
            "user_data": {
                # Meta Conversions API shape; em/ph are SHA-256 of the e-mail and phone.
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(
                    lambda f: f.pick(
                        [
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                            "Mozilla/5.0 (Linux; Android 13; TECNO BF7) AppleWebKit/537.36",
                        ]
                    )
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "external_id": G(lambda f: f.digits(18)),
            },
            "event_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["python", "node"],
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "passkey"])),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp", "authenticator_push"])),
            "ip_address": Y(ip, "ip"),
            "email": Y(email, "email"),
            "geo": {
                "city": Y(city, "city"),
                "country": G(country),
                "asn": G(lambda f: f.pick(["AS55836", "AS9299", "AS15895", "AS29465", "AS7922"])),
            },
            "new_device": G(lambda f: f.pick([True, False])),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
            "device_fingerprint": G(lambda f: f.hexid(32)),
            "session_id": G(lambda f: f.uuid()),
            "login_count": G(lambda f: f.r.randint(1, 3000)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node", "go"],
        {
            "phone_number": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "code": RED(otp, "token"),
            "purpose": G(lambda f: f.pick(["login", "payout_change", "phone_verification"])),
            "provider": G(lambda f: f.pick(["twilio", "infobip", "termii"])),
            "provider_message_sid": G(lambda f: "SM" + f.hexid(32)),
            "from_number": G(lambda f: f.pick(["+18335550123", "TalentHive", "+447723456789"])),
            "text": RED(sms_text, "token", True),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "segments": G(lambda f: f.pick([1, 1, 2])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["python"],
        {
            "email": Y(email, "email"),
            "login_link": RED(
                lambda f: "https://www.talenthive.io/ab/account-security/login/magic?token=" + f.hexid(48),
                "token",
            ),
            "link_expires_in": G(lambda f: f.pick([600, 900, 1800])),
            "redirect_path": G(lambda f: f.pick(["/nx/find-work/", "/ab/messages/", "/nx/payments/"])),
            "delivery_status": G(lambda f: f.pick(["queued", "sent", "bounced"])),
        },
    ),
    (
        "track",
        "Team Member Invited",
        ["web"],
        {
            "agency_id": G(lambda f: "ag_" + f.digits(8)),
            "input": Y(email, "email", True),
            "input_valid": G(lambda f: f.pick([True, False])),
            "invitee_name": Y(full_name, "name"),
            "role": G(lambda f: f.pick(["member", "business_manager", "admin"])),
            "can_submit_proposals": G(lambda f: f.pick([True, False])),
            "member_rate": Y(lambda f: f.pick([6, 10, 15, 20, 30]), "salary"),
            "seats_remaining": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Reference Added",
        ["web"],
        {
            "reference_name": Y(full_name, "name"),
            "reference_email": Y(email, "email"),
            "reference_phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["former_client", "manager", "colleague"])),
            "company": G(lambda f: f.pick(COMPANIES)),
            "job_title": G(lambda f: f.pick(["Head of Product", "CTO", "Marketing Manager", "Founder"])),
            "years_known": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Calendar Connected",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["google", "outlook", "calendly"])),
            "calendar_email": Y(email, "email"),
            "refresh_token": RED(lambda f: "1//0" + f.hexid(24) + "-L9Ir" + f.hexid(40), "token"),
            "scopes": Many(G(lambda f: f.pick(["calendar.readonly", "calendar.events", "openid"])), 3),
            "busy_slots_synced": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "track",
        "API Credentials Created",
        ["go"],
        {
            "client_id": G(lambda f: f.hexid(32)),
            "client_secret": RED(lambda f: f.hexid(16) + f.hexid(16), "secret"),
            "app_name": G(lambda f: f.pick(["PixelForge Time Sync", "Agency CRM Bridge", "Zapier"])),
            "callback_url": G(
                lambda f: f.pick(
                    [
                        "https://crm.pixelforge.example.com/oauth/callback",
                        "https://zapier.com/dashboard/auth/oauth/return/App1234CLIAPI/",
                    ]
                )
            ),
            "scopes": Many(G(lambda f: f.pick(["jobs:read", "messages:read", "contracts:write"])), 3),
            "created_by": G(lambda f: f.digits(18)),
        },
    ),
    (
        "track",
        "Video Call Started",
        ["swift", "kotlin"],
        {
            "meeting_id": G(lambda f: f.r.randint(10**9, 10**11)),
            "provider": G(lambda f: f.pick(["zoom", "talenthive_meet", "google_meet"])),
            "participants": Many(
                {
                    "role": G(lambda f: f.pick(["host", "attendee"])),
                    "display_name": Y(full_name, "name"),
                    "camera_on": G(lambda f: f.pick([True, False])),
                    "email": Y(email, "email"),
                },
                3,
            ),
            "thread_id": G(lambda f: f.uuid()),
            "scheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["flutter", "rn"],
        {
            "referral_code": G(lambda f: "TH" + f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "recipient_contact": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "reward_amount": G(lambda f: f.pick([10, 25, 50])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 40)),
        },
    ),
    (
        "track",
        "Referral Promo Sign-up",
        ["flutter"],
        {
            # The Philippine market landing form; Tagalog keys.
            "pangalan": Y(lambda f: f.pick(FIRST["PH"]), "name"),
            "apelyido": Y(lambda f: f.pick(LAST["PH"]), "name"),
            "numero_ng_telepono": Y(lambda f: phone(f, "PH"), "phone"),
            "lungsod": Y(
                lambda f: f.pick(["Quezon City", "Cebu City", "Davao City", "Pasig", "Iloilo City"]), "city"
            ),
            "kaarawan": Y(dob_ph, "birthdate"),
            "edad": G(lambda f: f.r.randint(18, 45)),
            "kasanayan": Many(
                G(
                    lambda f: f.pick(
                        ["Virtual Assistant", "Graphic Design", "Customer Service", "Video Editing"]
                    )
                ),
                3,
            ),
            "oras_na_available": G(lambda f: f.pick(["part-time", "full-time", "weekends"])),
            "pumayag_sa_terms": G(lambda f: True),
        },
    ),
    # -- profile, portfolio ----------------------------------------------------------------------------
    (
        "track",
        "Profile Updated",
        ["kotlin", "web"],
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["hourly_rate", "title", "phone", "overview", "photo", "location"])), 3
            ),
            "hourly_rate": Y(lambda f: f.pick([5, 9, 14, 22, 38, 65]), "salary"),
            "previous_hourly_rate": Y(lambda f: f.pick([5, 8, 12, 20, 35, 60]), "salary"),
            "title": G(lambda f: f.pick(PRO_TITLES)),
            "availability": G(lambda f: f.pick(["more_than_30", "less_than_30", "as_needed", "none"])),
            "profile_visibility": G(lambda f: f.pick(["public", "talenthive_users", "private"])),
            "portfolio_items_count": G(lambda f: f.r.randint(0, 40)),
            "photo_url": Y(
                lambda f: f"https://cdn.talenthive.io/profile/{f.hexid(20)}/c500x500.jpg", "photo"
            ),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Portfolio Item Added",
        ["web"],
        {
            "portfolio_item_id": G(lambda f: f.digits(19)),
            "project_title": G(
                lambda f: f.pick(
                    [
                        "E-commerce redesign for Bella's Boutique",
                        "Kova Fitness iOS app",
                        "Harbor & Pine brand identity",
                        "Real-estate scraper dashboard",
                    ]
                )
            ),
            "role": G(lambda f: f.pick(["Lead designer", "Full-stack developer", "Solo contractor"])),
            "completion_date": G(lambda f: f.date(2019, 2024)),
            "skills": Many(G(lambda f: f.pick(SKILLS)), 4),
            "media": Many(
                {
                    "url": G(lambda f: f"https://cdn.talenthive.io/portfolio/{f.hexid(12)}.png"),
                    "type": G(lambda f: f.pick(["image", "video", "link"])),
                },
                3,
            ),
            "project_url": G(
                lambda f: f.pick(
                    [
                        "https://bellasboutique.example.com",
                        "https://apps.apple.com/app/id1598765432",
                        "https://github.com/pixelforge/scraper",
                    ]
                )
            ),
            "linked_to_contract": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Self Identification Submitted",
        ["java"],
        {
            # Enterprise clients' supplier-diversity / EEO programme (voluntary survey).
            "survey_version": G(lambda f: f.pick(["eeo-2023.1", "eeo-2024.2", "eeo-2024.3"])),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "decline"]), "gender"),
            "raceEthnicity": Y(
                lambda f: f.pick(
                    ["Asian", "Black or African American", "Hispanic or Latino", "White", "Two or more races"]
                ),
                "ethnicity|race",
            ),
            "veteranStatus": RED(
                lambda f: f.pick(["protected_veteran", "not_a_veteran", "decline"]), "veteran"
            ),
            "disabilityStatus": RED(lambda f: f.pick(["yes", "no", "decline"]), "disability"),
            "isProtectedVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "declinedAll": G(lambda f: f.pick([True, False])),
            "programId": G(lambda f: "prog_" + f.digits(5)),
        },
    ),
    # -- commerce: Connects and memberships ---------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["web", "swift"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "total": G(lambda f: f.pick([1.5, 12.0, 18.0, 19.99, 24.0])),
            "revenue": G(lambda f: f.pick([1.5, 12.0, 18.0, 19.99, 24.0])),
            "tax": G(lambda f: f.pick([0, 0.12, 1.44, 2.16])),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "CONNECTS20", "PLUS1MO"])),
            "products": Many(
                {
                    "product_id": G(
                        lambda f: f.pick(
                            ["connects_10", "connects_40", "connects_80", "freelancer_plus_monthly"]
                        )
                    ),
                    "sku": G(lambda f: f.pick(["TH-CON-010", "TH-CON-040", "TH-CON-080", "TH-FPL-001"])),
                    "name": G(
                        lambda f: f.pick(
                            ["10 Connects", "40 Connects", "80 Connects", "Freelancer Plus (monthly)"]
                        )
                    ),
                    "category": G(lambda f: f.pick(["connects", "membership"])),
                    "price": G(lambda f: f.pick([1.5, 6.0, 12.0, 19.99])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                2,
            ),
            "payment_method": {
                "id": RED(lambda f: stripe_id(f, "pm_1"), "token"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                    "country": G(country),
                },
                "billing_details": {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "address": address_block("address"),
                },
            },
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method_type": G(lambda f: f.pick(["card", "paypal", "gcash"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cardholder_name": Y(full_name, "name"),
            "billing_postal_code": Y(postal, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Webhook Received",
        ["ruby"],
        {
            "source": G(lambda f: f.pick(["stripe", "veriff", "paystack"])),
            "event_type": G(
                lambda f: f.pick(["payment_intent.succeeded", "verification.decision", "transfer.success"])
            ),
            "headers": {
                "x-forwarded-for": Y(ip, "ip"),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                            "Veriff-Webhook/2.0",
                            "Paystack/1.0",
                        ]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "cf-ipcountry": G(lambda f: f.pick(["US", "IE", "NG", "DE"])),
                "content-type": G(lambda f: "application/json"),
                "x-signature": G(lambda f: f.hexid(64)),
            },
            "received_at": G(lambda f: f.iso()),
            "processing_ms": G(lambda f: f.r.randint(3, 900)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            # Autocapture of the "Where are you based?" step of the freelancer onboarding wizard.
            "form_id": G(lambda f: "onboarding-location"),
            "field": G(lambda f: "street_address"),
            "value": Y(full_address, "address", True),
            "duration_ms": G(lambda f: f.r.randint(1500, 60000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Billing Info Updated",
        ["dotnet"],
        {
            "AccountId": G(lambda f: "org_" + f.digits(9)),
            "CompanyName": G(lambda f: f.pick(COMPANIES)),
            "BillingContactName": Y(full_name, "name"),
            "BillingContactEmail": Y(email, "email"),
            "BillingPhone": Y(phone, "phone"),
            "BillingAddress": {
                "Line1": Y(street, "address|street"),
                "City": Y(city, "city"),
                "State": G(state),
                "PostalCode": Y(postal, "zipcode"),
                "CountryCode": G(country),
            },
            "TaxExempt": G(lambda f: f.pick([True, False])),
            "PoNumberRequired": G(lambda f: f.pick([True, False])),
            "InvoiceTermsDays": G(lambda f: f.pick([0, 15, 30, 45])),
        },
    ),
    (
        "track",
        "Background Check Requested",
        ["ruby"],
        {
            # Checkr-shaped candidate, for enterprise clients' compliance programmes (US talent).
            "report_id": G(lambda f: f.hexid(24)),
            "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_plus"])),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(lambda f: f.pick(FIRST["US"]), "name"),
                "middle_name": Y(lambda f: f.pick(["Lee", "Marie", "James", "Ann", "Ray"]), "name"),
                "no_middle_name": G(lambda f: f.pick([True, False])),
                "last_name": Y(lambda f: f.pick(LAST["US"]), "name"),
                "email": Y(email, "email"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
                "zipcode": Y(lambda f: f.zip(), "zipcode"),
                "dob": Y(dob, "birthdate"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "driver_license_number": Y(
                    lambda f: f.pick(["D", "S", "F"]) + f.digits(f.pick([7, 8, 12])), "license"
                ),
                "driver_license_state": G(lambda f: f.pick(["TX", "WA", "NY", "CO", "CA"])),
                "copy_requested": G(lambda f: f.pick([True, False])),
            },
            "work_locations": Many(
                {"country": G(lambda f: "US"), "state": G(lambda f: f.pick(["TX", "WA", "NY"]))}, 1
            ),
            "status": G(lambda f: f.pick(["pending", "clear", "consider", "suspended"])),
        },
    ),
    (
        "track",
        "NIN Lookup Completed",
        ["flutter", "node"],
        {
            # Nigerian identity lookup (Prembly/Smile ID-shaped response), Nigerian freelancers.
            "reference": G(lambda f: f.uuid()),
            "id_type": G(lambda f: f.pick(["NIN", "NIN_SLIP", "VNIN"])),
            "id_number": RED(nin, "national id"),
            "verification_status": G(lambda f: f.pick(["VERIFIED", "NOT_FOUND", "PARTIAL_MATCH"])),
            "result": {
                "firstname": Y(lambda f: f.pick(FIRST["NG"]).upper(), "name"),
                "middlename": Y(
                    lambda f: f.pick(["ADEBAYO", "CHUKWUEMEKA", "FATIMA", "OLUWAKEMI", "IFEANYI"]), "name"
                ),
                "surname": Y(lambda f: f.pick(LAST["NG"]).upper(), "name"),
                "telephoneno": Y(lambda f: "0" + f.pick(["803", "806", "813", "703"]) + f.digits(7), "phone"),
                "birthdate": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1970, 2003)}",
                    "birthdate",
                ),
                "gender": Y(lambda f: f.pick(["m", "f", "M", "F"]), "gender"),
                "residence_AdressLine1": Y(lambda f: street(f, "NG"), "address|street"),
                "residence_Town": Y(
                    lambda f: f.pick(["Ikeja", "Surulere", "Gwarinpa", "Wuse II", "Bodija"]), "city"
                ),
                "residence_state": G(lambda f: f.pick(["Lagos", "FCT", "Oyo", "Rivers"])),
            },
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "dob_match": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Agency Member Added",
        ["node"],
        {
            "agency_id": G(lambda f: "ag_" + f.digits(8)),
            "added_by": G(lambda f: f.digits(18)),
            "member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "city": Y(city, "city"),
                "photo_url": Y(
                    lambda f: f"https://cdn.talenthive.io/profile/{f.hexid(20)}/c100x100.jpg", "photo"
                ),
                "hourly_rate": Y(lambda f: f.pick([6, 9, 14, 20, 28]), "salary"),
                "title": G(lambda f: f.pick(PRO_TITLES)),
            },
            "role": G(lambda f: f.pick(["member", "business_manager", "admin"])),
            "members_total": G(lambda f: f.r.randint(2, 60)),
        },
    ),
    (
        "track",
        "Address Updated",
        ["kotlin", "swift"],
        {
            "address": {
                **address_block(),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 1203", "kv. 17", "Flat 3", "2nd Floor"]),
                    "address|street",
                ),
            },
            "geocoded": {
                "lat": Y(lambda f: round(f.r.uniform(6.4, 50.5), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(3.3, 125.0), 6), "geolocation"),
                "accuracy": G(lambda f: f.pick(["ROOFTOP", "RANGE_INTERPOLATED", "APPROXIMATE"])),
            },
            "source": G(lambda f: f.pick(["profile_settings", "tax_form", "kyc"])),
            "requires_reverification": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        ["web"],
        {
            "interview_id": G(lambda f: f.uuid()),
            "job_id": G(job_ref),
            "start_time": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([15, 30, 45, 60])),
            "organizer_email": Y(email, "email"),
            "attendees": Many(
                {
                    "email": Y(email, "email"),
                    "name": Y(full_name, "name"),
                    "response": G(lambda f: f.pick(["accepted", "tentative", "needsAction", "declined"])),
                },
                3,
            ),
            "conferencing": G(lambda f: f.pick(["zoom", "google_meet", "talenthive_meet"])),
        },
    ),
    (
        "track",
        "Welcome Kit Shipped",
        ["python"],
        {
            # Shippo-shaped label purchase for the Top Rated welcome kit.
            "kit": G(
                lambda f: f.pick(["Top Rated Welcome Kit", "Expert-Vetted Hoodie", "Agency Starter Box"])
            ),
            "address_to": {
                "name": Y(full_name, "name"),
                "street1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "zip": Y(postal, "zipcode"),
                "country": G(country),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "carrier": G(lambda f: f.pick(["DHL Express", "FedEx", "USPS", "LBC"])),
            "tracking_number": G(
                lambda f: f.pick(["JD0146" + f.digits(14), "7" + f.digits(11), "9400" + f.digits(18)])
            ),
            "customs_value_usd": G(lambda f: f.pick([35, 60, 120])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            f.market = f.pick(COUNTRIES)
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.digits(18),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(9)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=101, repeats=36)
    write(Path(__file__).parent, "holdout101_", events, labels)
