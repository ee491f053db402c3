"""Writes holdout104: tests/corpus/holdout104_events.jsonl and holdout104_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' labels or builders (build_holdout3.py was read for its format only), and never scored
by its author. Run with `.venv/bin/python -m tests.corpus.build_holdout104`; seeded, so the output
is the same on every run.

Domain: "Ledgerly", a small-business accounting, invoicing and payments SaaS (QuickBooks/Xero-like)
selling in the US, the UK, Australia and New Zealand. Covered: onboarding (owner identify, business
group traits, a naive sign-up form capture, Stripe-style KYC, HMRC/ATO/IRD tax details); bank
feeds (Plaid-shaped link, manual accounts, statement lines, reconciliation); contacts, invoices,
quotes, bills and statements with customers' and suppliers' contacts; payment links, Stripe-shaped
webhooks, card-present and MOTO card payments, ACH and GoCardless-shaped BACS/BECS mandates,
payouts, disputes; payroll (US W-4/I-9/EEO, UK starter checklist, AU TFN declaration, NZ IR330,
pay runs, payslips, dependants on benefits, leave, timesheets); receipts with OCR, expense
claims, mileage; VAT (MTD with HMRC fraud-prevention headers), BAS, GST and 1099 filings;
accountant invitations; auth (login links, one-time codes, API connections); marketing (pages,
server-side ad conversions with click ids and hashed Conversions-API user data); reverse-ETL
traffic from a warehouse. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, flutter, and the python/node/go/java/ruby/php/.NET server libraries, each
with the context block that library sends (context.ip, context.traits, device, app, library,
locale, userAgent, campaign).

Conventions: mostly snake_case and camelCase English keys; also PascalCase (.NET payroll
service), SCREAMING_SNAKE (reverse ETL from the warehouse), kebab-case (HTTP headers relayed from
webhooks, HMRC `Gov-Client-*` headers), Stripe/GoCardless/Xero/Facebook-shaped nested objects,
and keys in te reo Maori (a bilingual NZ payroll form) and Welsh (a Welsh-language invoice
screen). Values are drawn per message for a few consistent people (owner, customer, employee...)
from many cultures, with national phone formats, addresses and postcodes of the four countries,
Luhn-valid cards, mod-97 IBANs, ABA-valid routing numbers, SSNs of valid structure, UTRs, TFNs,
ABNs and IRD numbers with valid check digits.

Labelling rules (the Privacy Portal's default colours, as the brief gives them):
- classification/type/value_only per leaf path; type is the reference matcher's name or one of
  `bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`,
  `credit card`, `token`, `ip`; `a|b` when either name is fair.
- PII = personal data about a natural person (user, customer contact, supplier contact person,
  employee, dependant, accountant, our own staff). Yellow for the reference's yellow matchers and
  for ip, geolocation and advertising ids; red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids, visa/right-to-work answers, veteran and disability.
- Green: ids we or a vendor issue (user, business, invoice, bill, payout, pi_/ch_/cus_/po_/dp_
  Stripe ids, Plaid item/account ids, mandate ids), numbers, amounts, enums, counters and booleans
  under PII-sounding keys (`email_verified`, `phone_verified`, `password_strength`, a bank rule's
  `condition`), versions, timestamps, user agents, OS-issued analytics device ids, product, item,
  plan and company names (also companies named after their owner), a store's or merchant's city,
  card brand/last four/expiry, bank routing numbers, sort codes and BSBs.
- Policy list followed as written: customer, claim and member numbers (a super fund's member
  number, a professional body's membership number) green; ages, marital/filing status, job titles
  and employers green; a business's own phone, e-mail, address green (the business's group traits,
  a supplier's remittance mailbox and office, a merchant on a receipt, role mailboxes such as
  accounts@ or receipts+x@inbox); UUID tokens (Places session token) and e-mail Message-IDs green;
  insurer's member ids yellow `identification`; pay, hourly rates, gross and net pay yellow
  `salary`; plates yellow `license`; gclid/fbclid/fbp/fbc/msclkid yellow `advertising id`; billing
  and shipping addresses of customers yellow `address`; trade-union membership yellow
  `trade union`; pm_ ids, one-time codes, OAuth tokens, Plaid public tokens, sign-in and
  invitation links' tokens red `token`/`secret`; identity-document numbers red; right-to-work,
  I-9 status, share codes and working-holiday-maker status red `visa`.
- Decisions of this corpus where the brief is silent (what a careful privacy owner would want):
  * Registration numbers of a business (EIN, ABN, NZBN, VAT registration, NZ GST number, a
    supplier's or merchant's tax number) are green: they are printed on every tax invoice, like
    the business's own address. Tax numbers of a natural person (SSN, ITIN, NINO, an individual's UTR, TFN,
    an individual's or employee's IRD number, a 1099 recipient's TIN) are red `national id`
    (`social security number` where it is a US SSN).
  * Every bank account number is red `bank account`, a supplier's and the business's too (sole
    traders' accounts are personal); the last four / last two digits of one are green.
  * Hashes of an e-mail, phone, name, city or postcode sent for ad matching (Facebook CAPI `em`,
    `ph`, `fn`, `ln`, `ct`, `zp`) are labelled as the PII they stand for (yellow, key-named); a
    hash of a country or of our user id is green.
  * A push-notification device token (APNs) is red `token`: it lets anyone holding it address
    the person's phone. A publishable Stripe key (pk_live_) is green (public by design); secret
    keys, restricted keys and webhook secrets are red `secret`.
  * A link to view one invoice online (no sign-in) is green; a link that signs in or accepts an
    invitation carries a token: red, value_only.
  * The IP of our own server (`Gov-Vendor-Public-IP`) is green (a business's own address); the
    client's public and local IPs are yellow `ip`; `Gov-Vendor-Forwarded` embeds the client's IP
    in every value: yellow `ip`, value_only.
  * Iwi affiliation is yellow `ethnicity`; EEO race/ethnicity yellow `ethnicity|race`.
  * Leave types, tax codes, student-loan plans, KiwiSaver rates and W-4 filing status are green.
  * Receipt and expense photos of documents (not of people) are green; an avatar URL is yellow
    `photo`.
- value_only is true when the key does not say what the value is (`q`, `value`, `note`, `input`,
  `to`, `cc`, `from`, `recipient(s)`, `memo`, `message_body`, Plaid's `data`, `payment_method`,
  `payment_instructions`, `receipt_sent_to`, `x-forwarded-for`, URLs carrying tokens). A
  value_only PII path holds that PII in every value; free text is labelled by what every one of
  its values carries and is green when none does (the free-text fields here either always carry
  the PII or never do).
"""

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the four countries ----------------------------------------------

FIRST = [
    "Aroha",
    "Wiremu",
    "Mere",
    "Tama",
    "Hemi",
    "Ngaio",
    "Sione",
    "Losa",
    "Mele",
    "Tevita",
    "Olivia",
    "Jack",
    "Charlotte",
    "Liam",
    "Isla",
    "Harper",
    "Mason",
    "Emily",
    "Oliver",
    "Amelia",
    "Siobhan",
    "Niamh",
    "Ciarán",
    "Rhys",
    "Cerys",
    "Dylan",
    "Priya",
    "Arjun",
    "Deepa",
    "Harpreet",
    "Mohammed",
    "Aisha",
    "Yusuf",
    "Wei",
    "Xiaoling",
    "Min-jun",
    "Ji-woo",
    "Thi Lan",
    "Minh",
    "Chidi",
    "Ngozi",
    "Emeka",
    "Kofi",
    "Lucía",
    "Alejandro",
    "Camila",
    "José",
    "Giorgos",
    "Eleni",
    "Katarzyna",
    "Piotr",
    "Haruto",
    "Sakura",
    "Layla",
    "Kirra",
    "Jarrah",
    "Talia",
    "DeShawn",
    "Keisha",
    "Bao",
]
LAST = [
    "Ngata",
    "Te Whata",
    "Parata",
    "Tuhiwai",
    "Walker",
    "Fa'asalele",
    "Tuilagi",
    "Taufa",
    "Smith",
    "Williams",
    "Brown",
    "Jones",
    "Taylor",
    "Wilson",
    "Thompson",
    "O'Connor",
    "Murphy",
    "MacDonald",
    "Evans",
    "Davies",
    "Hughes",
    "Singh",
    "Sharma",
    "Patel",
    "Gill",
    "Khan",
    "Hussain",
    "Ahmed",
    "Chen",
    "Wang",
    "Zhang",
    "Kim",
    "Park",
    "Nguyen",
    "Tran",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "García",
    "Hernández",
    "Papadopoulos",
    "Nowak",
    "Kowalczyk",
    "Tanaka",
    "Haddad",
    "Campbell",
    "Anderson",
    "Robinson",
    "Jackson",
    "Le",
]
MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.com", "icloud.com", "slingshot.co.nz"],
}
STREETS = {
    "US": ["Oak St", "Maple Ave", "Elm Street", "Sunset Blvd", "Cedar Lane", "Washington Ave"],
    "GB": ["Gloucester Road", "Church Lane", "Victoria Street", "Mill Close", "Station Road"],
    "AU": ["Smith Street", "George St", "Chapel Street", "Bourke Rd", "Beach Road", "Pitt St"],
    "NZ": ["Ponsonby Road", "Cuba Street", "Kauri Place", "Riccarton Road", "Tui Street"],
}
CITIES = {
    "US": [("Austin", "TX"), ("Denver", "CO"), ("Portland", "OR"), ("Columbus", "OH"), ("Tampa", "FL")],
    "GB": [
        ("Manchester", "England"),
        ("Leeds", "England"),
        ("Bristol", "England"),
        ("Cardiff", "Wales"),
        ("Glasgow", "Scotland"),
    ],
    "AU": [
        ("Brisbane", "QLD"),
        ("Perth", "WA"),
        ("Adelaide", "SA"),
        ("Geelong", "VIC"),
        ("Newcastle", "NSW"),
    ],
    "NZ": [
        ("Auckland", "Auckland"),
        ("Wellington", "Wellington"),
        ("Christchurch", "Canterbury"),
        ("Hamilton", "Waikato"),
        ("Dunedin", "Otago"),
        ("Tauranga", "Bay of Plenty"),
    ],
}
COUNTRIES = ["US", "GB", "AU", "NZ"]
CURRENCY = {"US": "USD", "GB": "GBP", "AU": "AUD", "NZ": "NZD"}
BUSINESSES = [
    "Kiwi Plumbing Ltd",
    "Harbourside Cafe",
    "Walker Joinery Ltd",
    "Patel Pharmacy",
    "Blue Gum Landscaping",
    "Tidy Paws Dog Grooming",
    "Northside Electrical LLC",
    "Ngata Design Studio",
    "Corner Bakehouse",
    "Summit Roofing Co",
    "Bright Spark Tutoring",
    "Fern & Co Florist",
    "Lakeside Physio Pty Ltd",
    "Castle Bookkeeping",
    "Redwood Auto Repairs",
    "Sunrise Yoga",
    "Okafor Consulting",
    "Tanaka Sushi Bar",
]
MERCHANTS = [
    ("Bunnings Warehouse", "Geelong", "(03) 5221 8800"),
    ("Countdown Ponsonby", "Auckland", "09-361 0070"),
    ("Tesco Extra", "Leeds", "0345 677 9403"),
    ("Home Depot #4521", "Austin", "(512) 821-0012"),
    ("Officeworks", "Perth", "(08) 9221 5900"),
    ("Shell Select", "Tauranga", "07-578 2210"),
    ("Staples", "Tampa", "(813) 254-1990"),
    ("Screwfix", "Bristol", "03330 112 112"),
    ("Mitre 10 MEGA", "Hamilton", "07-957 1800"),
    ("Jaycar Electronics", "Brisbane", "(07) 3252 4422"),
]
LINE_ITEMS = [
    "Hot water cylinder install",
    "Call-out fee",
    "Labour (hrs)",
    "Flat white x 40 (catering)",
    "Dog wash - small breed (Biscuit)",
    "Nail clip - Luna",
    "Full groom - Max the Labrador",
    "Website design - phase 1",
    "Monthly bookkeeping",
    "Roof repair materials",
    "Sourdough loaf",
    "Physio session 45 min",
    "Yoga 10-class pass",
    "Wedding bouquet",
    "WOF inspection",
    "Consulting day rate",
    "Copper pipe 15mm x 3m",
    "GST return preparation",
]


def luhn(partial: str) -> str:
    digits = [int(c) for c in partial + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return partial + str((10 - total % 10) % 10)


class F(Fake):
    """Fake with per-message people: f.p("owner")["email"] is stable within one message."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.people: dict[str, dict] = {}

    def reset(self) -> None:
        self.people = {}

    def p(self, slot: str) -> dict:
        if slot == "phone" and slot not in self.people:
            make, model, os, osv = self.pick(
                [
                    ("Apple", "iPhone13,2", "iOS", "17.4"),
                    ("Apple", "iPhone15,4", "iOS", "17.5.1"),
                    ("Google", "Pixel 7", "Android", "14"),
                    ("samsung", "SM-A356E", "Android", "14"),
                ]
            )
            self.people[slot] = {"make": make, "model": model, "os": os, "osv": osv}
        if slot not in self.people:
            self.people[slot] = self.new_person()
        return self.people[slot]

    def new_person(self, country: str | None = None) -> dict:
        c = country or self.pick(COUNTRIES)
        first, last = self.pick(FIRST), self.pick(LAST)
        city, region = self.pick(CITIES[c])
        return {
            "country": c,
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "email": self.mail(first, last, c),
            "phone": self.phone_in(c),
            "street": self.street_in(c),
            "city": city,
            "region": region,
            "postcode": self.postcode(c),
            "dob": self.date(1958, 2003),
        }

    def mail(self, first: str, last: str, c: str) -> str:
        table = str.maketrans("áéíóúñ", "aeioun", " '-")
        a, b = first.lower().translate(table), last.lower().translate(table)
        local = self.pick(
            [f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{self.r.randint(1, 99)}", f"{b}.{a}"]
        )
        return f"{local}@{self.pick(MAIL[c])}"

    def phone_in(self, c: str | None = None) -> str:
        c = c or self.pick(COUNTRIES)
        d = self.digits
        if c == "US":
            a, x, n = self.r.randint(201, 989), self.r.randint(201, 989), d(4)
            return self.pick([f"({a}) {x}-{n}", f"+1{a}{x}{n}", f"{a}-{x}-{n}", f"+1 {a} {x} {n}"])
        if c == "GB":
            return self.pick(
                [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 7{d(3)} {d(4)}", f"+447{d(9)}"]
            )
        if c == "AU":
            return self.pick(
                [f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) 9{d(3)} {d(4)}"]
            )
        return self.pick(
            [f"021 {d(3)} {d(4)}", f"027 {d(3)} {d(4)}", f"+64 21 {d(3)} {d(4)}", f"(09) 3{d(2)} {d(4)}"]
        )

    def street_in(self, c: str) -> str:
        n = self.r.randint(1, 480)
        if c == "AU" and self.r.random() < 0.4:
            return f"Unit {self.r.randint(1, 24)}/{n} {self.pick(STREETS[c])}"
        if c == "GB" and self.r.random() < 0.3:
            return f"Flat {self.r.randint(1, 12)}, {n} {self.pick(STREETS[c])}"
        return f"{n} {self.pick(STREETS[c])}"

    def postcode(self, c: str) -> str:
        if c == "US":
            z = f"{self.r.randint(10000, 99899)}"
            return z if self.r.random() < 0.7 else f"{z}-{self.digits(4)}"
        if c == "GB":
            area = self.pick(["M", "LS", "BS", "CF", "G", "SW1A", "N", "E", "EH", "B"])
            return f"{area}{self.r.randint(1, 20)} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"  # noqa: E501
        if c == "AU":
            return f"{self.r.randint(2000, 6999)}"
        return f"{self.r.randint(600, 9899):04d}"

    # -- identifiers ---------------------------------------------------------------------------

    def ein(self) -> str:
        return f"{self.pick(['12', '27', '46', '81', '84', '88', '93'])}-{self.digits(7)}"

    def itin(self) -> str:
        return f"9{self.r.randint(0, 9)}{self.r.randint(0, 9)}-{self.pick(['70', '78', '83', '88', '92'])}-{self.digits(4)}"  # noqa: E501

    def utr(self) -> str:
        body = self.digits(9)
        weights = (6, 7, 8, 9, 10, 5, 4, 3, 2)
        return "21987654321"[sum(w * int(n) for w, n in zip(weights, body, strict=True)) % 11] + body

    def nino(self) -> str:
        first = self.pick("ABCEGHJKLMNPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
        n = self.digits(6)
        raw = f"{first}{second}{n}{self.pick('ABCD')}"
        return raw if self.r.random() < 0.5 else f"{raw[:2]} {n[:2]} {n[2:4]} {n[4:]} {raw[-1]}"

    def tfn(self) -> str:
        weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
        while True:
            n = self.digits(9)
            if sum(w * int(c) for w, c in zip(weights, n, strict=True)) % 11 == 0:
                return n if self.r.random() < 0.5 else f"{n[:3]} {n[3:6]} {n[6:]}"

    def abn(self) -> str:
        weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
        while True:
            n = self.digits(11)
            ds = [int(c) for c in n]
            ds[0] -= 1
            if sum(w * d for w, d in zip(weights, ds, strict=True)) % 89 == 0:
                return n if self.r.random() < 0.5 else f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"

    def ird(self) -> str:
        while True:
            base = f"{self.r.randint(10_000_000, 149_999_999):09d}"[:8]
            s = sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2), base, strict=True)) % 11
            check = 0 if s == 0 else 11 - s
            if check == 10:
                s = sum(w * int(c) for w, c in zip((7, 4, 3, 2, 5, 2, 7, 6), base, strict=True)) % 11
                check = 0 if s == 0 else 11 - s
                if check == 10:
                    continue
            n = base + str(check)
            return f"{n[:3]}-{n[3:6]}-{n[6:]}" if self.r.random() < 0.6 else n

    def aba(self) -> str:
        while True:
            n = self.pick(["0", "1", "2", "3"]) + self.digits(7)
            for check in range(10):
                full = n + str(check)
                if sum(w * int(c) for w, c in zip((3, 7, 1) * 3, full, strict=True)) % 10 == 0:
                    return full

    def bank_code(self, c: str) -> str:
        if c == "US":
            return self.aba()
        if c == "GB":
            return f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"
        if c == "AU":
            return f"{self.pick(['062', '083', '033', '013', '732'])}-{self.digits(3)}"
        return f"{self.pick(['01', '02', '06', '12', '38'])}-{self.digits(4)}"

    def bank_account(self, c: str) -> str:
        if c == "US":
            return self.digits(self.r.randint(9, 12))
        if c == "GB":
            return self.digits(8)
        if c == "AU":
            return self.pick([self.digits(9), f"{self.digits(4)} {self.digits(5)}", self.digits(6)])
        return f"{self.pick(['01', '02', '06', '12', '38'])}-{self.digits(4)}-{self.digits(7)}-{self.r.randint(0, 3):02d}"  # noqa: E501

    def plaid_id(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.pick(alnum) for _ in range(37))

    def stripe(self, prefix: str, n: int = 24) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return prefix + "".join(self.pick(alnum) for _ in range(n))

    def inv(self) -> str:
        return f"INV-{self.r.randint(1, 4999):04d}"

    def day(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def sha(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def private_ip(self) -> str:
        return self.pick(
            [
                f"192.168.{self.r.randint(0, 3)}.{self.r.randint(2, 254)}",
                f"10.0.{self.r.randint(0, 40)}.{self.r.randint(2, 254)}",
            ]
        )


def person(slot: str, field: str):
    return lambda f: f.p(slot)[field]


def pick(*items):
    return lambda f: f.pick(list(items))


def ints(lo: int, hi: int):
    return lambda f: f.r.randint(lo, hi)


def money(lo: float = 1, hi: float = 500):
    return lambda f: f.money(lo, hi)


B = pick(True, False)
UUID = G(lambda f: f.uuid())

# -- contexts of the client libraries --------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",  # noqa: E501
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",  # noqa: E501
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",  # noqa: E501
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]


def web_context(path: str, title: str):
    return {
        "library": {"name": G(pick("analytics.js")), "version": G(pick("npm:next-1.70.0", "next-1.72.1"))},
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                pick(
                    "https://www.google.com/",
                    "https://app.ledgerly.com/dashboard",
                    "https://login.ledgerly.com/",
                )
            ),
            "search": G(pick("", "?tab=all", "?utm_source=newsletter&utm_medium=email")),
            "title": G(lambda f: f"{title} | Ledgerly"),
            "url": G(lambda f: "https://app.ledgerly.com" + path),
        },
        "userAgent": G(pick(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not/A)Brand")),
                    "version": G(pick("126", "8", "125")),
                },
                3,
            ),
            "mobile": G(pick(False)),
            "platform": G(pick("macOS", "Windows")),
        },
        "locale": G(pick("en-US", "en-GB", "en-AU", "en-NZ")),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(pick("eofy_2024", "mtd_switch", "spring_trial")),
            "source": G(pick("google", "newsletter", "xero_alternative_blog")),
            "medium": G(pick("cpc", "email", "organic")),
            "term": G(pick("invoicing software nz", "quickbooks alternative", "gst return app")),
            "content": G(pick("hero_cta", "pricing_table")),
        },
    }


def mobile_traits():
    return {
        "email": Y(person("user", "email"), "email"),
        "name": Y(person("user", "name"), "name"),
        "businessId": G(lambda f: "biz_" + f.digits(7)),
        "plan": G(pick("starter", "standard", "premium")),
    }


def ios_context():
    return {
        "app": {
            "name": G(pick("Ledgerly")),
            "version": G(pick("8.14.0", "8.15.2")),
            "build": G(pick("81400", "81502")),
            "namespace": G(pick("com.ledgerly.ios")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick("Apple")),
            "model": G(pick("iPhone15,2", "iPhone16,1", "iPad13,4")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(pick("ios")),
            "adTrackingEnabled": G(B),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pick("analytics-swift")), "version": G(pick("1.5.11", "1.6.1"))},
        "locale": G(pick("en-NZ", "en-AU", "en-GB", "en-US")),
        "network": {"wifi": G(B), "cellular": G(B)},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.5.1", "17.6", "18.0"))},
        "screen": {"width": G(pick(393, 430, 834)), "height": G(pick(852, 932, 1194))},
        "timezone": G(pick("Pacific/Auckland", "Australia/Sydney", "Europe/London", "America/Chicago")),
        "instanceId": UUID,
        "traits": mobile_traits(),
    }


def android_context():
    return {
        "app": {
            "name": G(pick("Ledgerly")),
            "version": G(pick("8.14.0", "8.15.1")),
            "build": G(pick("814000", "815100")),
            "namespace": G(pick("com.ledgerly.android")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "OPPO")),
            "model": G(pick("SM-S921B", "Pixel 8a", "CPH2591")),
            "name": G(pick("e1q", "akita", "OP5961L1")),
            "type": G(pick("android")),
        },
        "library": {"name": G(pick("analytics-kotlin")), "version": G(pick("1.16.3", "1.17.0"))},
        "locale": G(pick("en-NZ", "en-AU", "en-GB", "en-US")),
        "network": {
            "carrier": G(pick("One NZ", "Spark NZ", "Telstra", "EE", "Verizon")),
            "cellular": G(B),
            "wifi": G(B),
        },
        "os": {"name": G(pick("Android")), "version": G(pick("14", "13"))},
        "screen": {"density": G(pick(2.625, 3.0)), "height": G(pick(2340, 2400)), "width": G(pick(1080))},
        "timezone": G(pick("Pacific/Auckland", "Australia/Perth", "Europe/London", "America/Denver")),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8a Build/AP2A.240705.005)",
            )
        ),
        "instanceId": UUID,
        "traits": mobile_traits(),
    }


def rn_context():
    return {
        "app": {
            "name": G(pick("Ledgerly Time")),
            "version": G(pick("3.2.0", "3.3.1")),
            "build": G(pick("320", "331")),
            "namespace": G(pick("com.ledgerly.time")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung")),
            "model": G(pick("iPhone14,5", "SM-A546E")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(pick("analytics-react-native")), "version": G(pick("2.20.3", "2.19.5"))},
        "locale": G(pick("en-AU", "en-NZ", "en-US")),
        "network": {"wifi": G(B), "cellular": G(B)},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915))},
        "timezone": G(pick("Australia/Brisbane", "Pacific/Auckland", "America/New_York")),
        "traits": mobile_traits(),
    }


def flutter_context():
    return {
        "app": {
            "name": G(pick("Ledgerly Kaimahi")),
            "version": G(pick("1.4.2", "1.5.0")),
            "build": G(pick("42", "50")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.p("phone")["make"]),
            "model": G(lambda f: f.p("phone")["model"]),
        },
        "library": {"name": G(pick("analytics_flutter")), "version": G(pick("1.1.4"))},
        "os": {"name": G(lambda f: f.p("phone")["os"]), "version": G(lambda f: f.p("phone")["osv"])},
        "locale": G(pick("en-NZ", "mi-NZ")),
        "timezone": G(pick("Pacific/Auckland")),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "@segment/analytics-node": ["2.1.2", "2.1.0"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1"],
    "analytics-ruby": ["2.4.3"],
    "analytics-php": ["3.8.0"],
    "Analytics.NET": ["3.8.1"],
    "hightouch": ["1.0.0"],
}


def server_context(lib: str, ip: bool):
    ctx: dict[str, Any] = {
        "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
    }
    if ip:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
    return ctx


def context_for(client: str, path: str, title: str):
    if client == "web":
        return web_context(path, title)
    if client == "ios":
        return ios_context()
    if client == "android":
        return android_context()
    if client == "rn":
        return rn_context()
    if client == "flutter":
        return flutter_context()
    lib, _, ip = client.partition("+")
    return server_context(lib, bool(ip))


PY, NODE, GO, JAVA, RUBY, PHP, NET, WH = (
    "analytics-python",
    "@segment/analytics-node",
    "analytics-go",
    "analytics-java",
    "analytics-ruby",
    "analytics-php",
    "Analytics.NET",
    "hightouch",
)

# -- shared shapes -----------------------------------------------------------------------------------


def billing_address(slot: str):
    return {
        "line1": Y(person(slot, "street"), "address|street"),
        "line2": Y(pick("Unit 2", "Apt 4B", "Level 3", "Suite 210", "Flat 5"), "address|street"),
        "city": Y(person(slot, "city"), "city"),
        "region": G(person(slot, "region")),
        "postcode": Y(person(slot, "postcode"), "zipcode"),
        "country": G(person(slot, "country")),
    }


def line_item():
    return {
        "item_code": G(lambda f: f.pick(["LAB", "CALL", "MAT", "GRM", "SVC"]) + "-" + f.digits(3)),
        "description": G(pick(*LINE_ITEMS)),
        "quantity": G(pick(1, 1, 2, 3, 0.5, 8)),
        "unit_amount": G(money(5, 900)),
        "tax_type": G(pick("OUTPUT2", "GST on Income", "20% (VAT on Income)", "NONE")),
        "account_code": G(pick("200", "260", "4000", "41100")),
    }


def note_with_name(f: F) -> str:
    n = f.p("payer")["name"]
    return f.pick(
        [
            f"Cash from {n}",
            f"Paid by {n} in person",
            f"Cheque from {n} #{f.digits(6)}",
            f"{n} paid the deposit",
            f"Bank transfer, ref from {n}",
            f"Part payment - {n} will pay rest Friday",
        ]
    )


def lunch_description(f: F) -> str:
    n = f.p("guest")["name"]
    return f.pick(
        [
            f"Client lunch with {n}",
            f"Coffee with {n} (prospect)",
            f"Dinner with {n} re: Q3 budget",
            f"Taxi to meet {n}",
            f"Drinks with {n} after site visit",
        ]
    )


def payment_instructions(f: F) -> str:
    c = f.p("owner")["country"]
    acct = f.bank_account(c)
    code = f.bank_code(c)
    return {
        "US": f"ACH/wire: routing {code}, account {acct}. Please quote the invoice number.",
        "GB": f"Please pay by BACS to sort code {code}, account {acct}, ref invoice no.",
        "AU": f"EFT to BSB {code} Acc {acct}. Payment due within 14 days.",
        "NZ": f"Please pay into {acct} with your invoice number as reference. Thanks!",
    }[c]


def bank_line(f: F) -> str:
    m = f.pick(
        [x[0].upper() for x in MERCHANTS] + ["UBER *TRIP", "SQ *BLUE BOTTLE", "XERO AU", "ADOBE *CREATIVE"]
    )
    return f.pick(
        [
            f"POS W/D {m}",
            f"CARD {f.digits(4)} {m}",
            f"EFTPOS {m} {f.digits(4)}",
            f"{m} {f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}",
        ]
    )


def ocr_text(f: F) -> str:
    name, city, phone = f.pick(MERCHANTS)
    return (
        f"{name}\n{city}\nPh {phone}\nTAX INVOICE\nTotal {f.money(5, 400)}\nCard ****{f.digits(4)}\nThank you"
    )


def sms_body(f: F) -> str:
    first = f.p("customer")["first"]
    link = "https://in.ledgerly.com/" + f.stripe("", 22)
    return f.pick(
        [
            f"Hi {first}, here's your invoice from {f.pick(BUSINESSES)}: {link}",
            f"Kia ora {first}, invoice {f.inv()} is ready to view and pay: {link}",
            f"Hi {first}! Thanks for your business. Invoice: {link}",
        ]
    )


def owner_tax_id(f: F) -> str:
    c = f.p("owner")["country"]
    return {"US": f.ssn, "GB": f.nino, "AU": f.tfn, "NZ": f.ird}[c]()


def invite_url(f: F) -> str:
    return f"https://app.ledgerly.com/invite/accept?token={f.stripe('', 43)}&utm_source=invite"


def login_url(f: F) -> str:
    return f"https://login.ledgerly.com/magic?code={f.stripe('', 32)}&redirect=%2Fdashboard"


def from_header(f: F) -> str:
    p = f.p("user")
    return f.pick([p["email"], f"{p['name']} <{p['email']}>"])


def reply_to(f: F) -> str:
    dom = f.pick(
        ["kiwiplumbing.co.nz", "harboursidecafe.com.au", "walkerjoinery.co.uk", "northside-electric.com"]
    )
    return f"{f.pick(['accounts', 'billing', 'admin', 'invoices', 'hello'])}@{dom}"


def capi(f: F, field: str) -> str:
    p = f.p("user")
    raw = {
        "em": p["email"],
        "ph": "".join(c for c in p["phone"] if c.isdigit()),
        "fn": p["first"],
        "ln": p["last"],
        "ct": p["city"].replace(" ", ""),
        "zp": p["postcode"],
        "country": p["country"],
    }[field]
    return f.sha(raw)


# -- events -------------------------------------------------------------------------------------------
# (kind, event or page/screen name, client, page path, body, repeats)

EVENTS: list[tuple[str, str | None, str, str, dict, int]] = []


def ev(kind: str, name: str | None, client: str, body: dict, repeats: int = 30, path: str = "/") -> None:
    EVENTS.append((kind, name, client, path, body, repeats))


# -- onboarding --------------------------------------------------------------------------------------
ev(
    "identify",
    None,
    "web",
    {
        "email": Y(person("user", "email"), "email"),
        "first_name": Y(person("user", "first"), "name"),
        "last_name": Y(person("user", "last"), "name"),
        "phone": Y(person("user", "phone"), "phone"),
        "avatar": Y(lambda f: f"https://cdn.ledgerly.com/avatars/{f.hexid(20)}.png", "photo"),
        "created_at": G(lambda f: f.iso()),
        "plan": G(pick("starter", "standard", "premium", "ledger_pro")),
        "role": G(pick("owner", "admin", "staff", "advisor")),
        "title": G(pick("Owner", "Director", "Bookkeeper", "Office Manager")),
        "business_id": G(lambda f: "biz_" + f.digits(7)),
        "country": G(person("user", "country")),
        "email_verified": G(B),
        "phone_verified": G(B),
        "mfa_enabled": G(B),
        "signup_source": G(pick("organic", "accountant_referral", "app_store", "partner")),
    },
    45,
    "/settings/profile",
)

ev(
    "identify",
    None,
    "ios",
    {
        "email": Y(person("user", "email"), "email"),
        "firstName": Y(person("user", "first"), "name"),
        "lastName": Y(person("user", "last"), "name"),
        "businessName": G(pick(*BUSINESSES)),
        "createdAt": G(lambda f: f.iso()),
        "pushEnabled": G(B),
    },
    30,
)

ev(
    "group",
    None,
    "web",
    {
        "name": G(pick(*BUSINESSES)),
        "industry": G(
            pick("Construction", "Hospitality", "Retail", "Professional Services", "Health & Wellness")
        ),
        "employees": G(ints(0, 40)),
        "business_structure": G(pick("sole_trader", "llc", "limited_company", "pty_ltd", "partnership")),
        "tax_registration_number": G(lambda f: f.pick([f.ein(), f.abn(), "GB" + f.digits(9), f.ird()])),
        "business_phone": G(
            lambda f: f.pick(
                [
                    "0800 " + f.digits(3) + " " + f.digits(3),
                    "1300 " + f.digits(3) + " " + f.digits(3),
                    f"(09) 3{f.digits(2)} {f.digits(4)}",
                    f"(512) 4{f.digits(2)}-{f.digits(4)}",
                ]
            )
        ),
        "accounts_email": G(reply_to),
        "website": G(
            lambda f: f.pick(
                [
                    "https://kiwiplumbing.co.nz",
                    "https://harboursidecafe.com.au",
                    "https://walkerjoinery.co.uk",
                    "https://tidypaws.com",
                ]
            )
        ),
        "address": {
            "street": G(
                lambda f: (
                    f"{f.r.randint(1, 300)} {f.pick(['Industrial Way', 'Trade Park Drive', 'Commerce St', 'High Street'])}"  # noqa: E501
                )
            ),
            "city": G(lambda f: f.pick(CITIES[f.pick(COUNTRIES)])[0]),
            "state": G(pick("NSW", "Auckland", "TX", "England")),
            "postal_code": G(lambda f: f.postcode(f.pick(COUNTRIES))),
            "country": G(pick(*COUNTRIES)),
        },
        "plan": G(pick("starter", "standard", "premium")),
        "created_at": G(lambda f: f.iso()),
    },
    30,
    "/settings/organisation",
)

ev(
    "track",
    "Signup Form Submitted",
    "web",
    {
        "email": Y(person("user", "email"), "email"),
        "password": RED(
            lambda f: (
                f.pick(["Summer2024!", "kiwi#Plumb88", "Tr0ub4dor&3", "hunter2hunter2", "P@ssw0rd1"])
                + f.digits(2)
            ),
            "password",
        ),
        "business_name": G(pick(*BUSINESSES)),
        "phone": Y(person("user", "phone"), "phone"),
        "country": G(person("user", "country")),
        "referral_code": G(lambda f: "LEDG-" + f.hexid(6).upper()),
        "how_did_you_hear": G(pick("Google", "My accountant", "Facebook", "Podcast")),
    },
    30,
    "/signup",
)

ev(
    "track",
    "Business Verified",
    NODE,
    {
        "account_id": G(lambda f: f.stripe("acct_", 16)),
        "business_type": G(pick("individual", "company", "sole_trader", "partnership")),
        "mcc": G(pick("1711", "5812", "7230", "8931", "5992")),
        "verification_status": G(pick("verified", "pending", "requires_input")),
        "owner": {
            "first_name": Y(person("owner", "first"), "name"),
            "last_name": Y(person("owner", "last"), "name"),
            "dob": Y(person("owner", "dob"), "birthdate"),
            "email": Y(person("owner", "email"), "email"),
            "phone": Y(person("owner", "phone"), "phone"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "id_number": RED(owner_tax_id, "national id|social security number"),
            "address": {
                "line1": Y(person("owner", "street"), "address|street"),
                "city": Y(person("owner", "city"), "city"),
                "postal_code": Y(person("owner", "postcode"), "zipcode"),
                "state": G(person("owner", "region")),
                "country": G(person("owner", "country")),
            },
        },
        "document": {
            "type": G(pick("passport", "drivers_license", "id_card")),
            "number": RED(
                lambda f: f.pick(["P" + f.digits(7), "LA" + f.digits(6), f.digits(9), "5" + f.digits(8)]),
                "passport|national id",
            ),
            "issuing_country": G(pick(*COUNTRIES)),
            "expiry": G(lambda f: f.date(2025, 2034)),
        },
    },
    30,
)

ev(
    "track",
    "HMRC Connected",
    PY + "+ip",
    {
        "utr": RED(lambda f: f.utr(), "national id"),
        "national_insurance_number": RED(lambda f: f.nino(), "national id"),
        "vrn": G(lambda f: f.digits(9)),
        "mtd_enrolled": G(B),
        "scope": G(pick("read:vat write:vat", "read:self-assessment write:self-assessment")),
        "access_token": RED(lambda f: f.hexid(32), "secret|token"),
        "expires_in": G(pick(14400)),
    },
    24,
)

ev(
    "track",
    "ATO Details Saved",
    RUBY,
    {
        "abn": G(lambda f: f.abn()),
        "tfn": RED(lambda f: f.tfn(), "national id"),
        "gst_accounting_basis": G(pick("cash", "accrual")),
        "bas_frequency": G(pick("monthly", "quarterly", "annually")),
        "tax_agent_number": G(lambda f: f.digits(8)),
    },
    24,
)

ev(
    "track",
    "IRD Details Saved",
    "flutter",
    {
        "ird_number": RED(lambda f: f.ird(), "national id"),
        "gst_number": G(lambda f: f.ird()),
        "nzbn": G(lambda f: "9429" + f.digits(9)),
        "gst_filing_frequency": G(pick("one_monthly", "two_monthly", "six_monthly")),
        "myir_linked": G(B),
    },
    24,
)

# -- bank feeds --------------------------------------------------------------------------------------
ev(
    "track",
    "Bank Feed Connected",
    "web",
    {
        "institution_id": G(lambda f: "ins_" + f.digits(6)),
        "institution_name": G(
            pick("Chase", "ANZ", "ASB", "Westpac", "Barclays", "Monzo", "Kiwibank", "CommBank")
        ),
        "feed_provider": G(pick("plaid", "akahu", "basiq", "truelayer", "yodlee")),
        "link_session_id": UUID,
        "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
        "accounts": Many(
            {
                "id": G(lambda f: f.plaid_id()),
                "mask": G(lambda f: f.digits(4)),
                "name": G(
                    pick("Business Cheque", "Everyday", "Business Saver", "Plaid Checking", "Visa Business")
                ),
                "subtype": G(pick("checking", "savings", "credit card")),
            },
            3,
        ),
        "accounts_count": G(ints(1, 4)),
        "account_owner_name": Y(person("owner", "name"), "name"),
        "identity_match_score": G(ints(40, 100)),
    },
    30,
    "/bank-accounts/connect",
)

ev(
    "track",
    "Bank Identity Verified",
    GO,
    {
        "item_id": G(lambda f: f.plaid_id()),
        "request_id": G(lambda f: f.stripe("", 15)),
        "owners": Many(
            {
                "names": Many(Y(person("owner", "name"), "name"), 2),
                "emails": Many(
                    {
                        "data": Y(person("owner", "email"), "email", True),
                        "primary": G(B),
                        "type": G(pick("primary", "secondary", "other")),
                    },
                    2,
                ),
                "phone_numbers": Many(
                    {
                        "data": Y(person("owner", "phone"), "phone", True),
                        "primary": G(B),
                        "type": G(pick("mobile", "home", "work")),
                    },
                    2,
                ),
                "addresses": Many(
                    {
                        "data": {
                            "street": Y(person("owner", "street"), "address|street"),
                            "city": Y(person("owner", "city"), "city"),
                            "postal_code": Y(person("owner", "postcode"), "zipcode"),
                            "region": G(person("owner", "region")),
                            "country": G(person("owner", "country")),
                        },
                        "primary": G(B),
                    },
                    1,
                ),
            },
            1,
        ),
    },
    30,
)

ev(
    "track",
    "Staff Invited",
    "web",
    {
        "invitee_email": Y(person("staff", "email"), "email"),
        "invitee_name": Y(person("staff", "name"), "name"),
        "role": G(pick("owner", "admin", "staff", "advisor")),
        "can_see_payroll": G(B),
    },
    24,
    "/settings/users/invite",
)

ev(
    "track",
    "Bank Account Added Manually",
    GO,
    {
        "country": G(lambda f: f.p("owner")["country"]),
        "account_name": G(pick("Business Cheque", "GST Holding", "Operating Account", "Tax Savings")),
        "bank_name": G(pick("ASB", "Westpac", "Lloyds", "Wells Fargo", "NAB", "BNZ")),
        "bank_code": G(lambda f: f.bank_code(f.p("owner")["country"])),
        "account_number": RED(lambda f: f.bank_account(f.p("owner")["country"]), "bank account"),
        "currency": G(lambda f: CURRENCY[f.p("owner")["country"]]),
        "opening_balance": G(money(0, 25000)),
        "statement_import": G(B),
    },
    24,
)

ev(
    "track",
    "Bank Transaction Reconciled",
    "web",
    {
        "transaction_id": UUID,
        "amount": G(money(-900, 4000)),
        "date": G(lambda f: f.day()),
        "description": G(bank_line),
        "match_type": G(pick("invoice", "bill", "rule", "manual", "transfer")),
        "account_code": G(pick("200", "310", "420", "453", "6100")),
        "tax_rate": G(pick("GST on Expenses", "20% (VAT on Expenses)", "BAS Excluded", "Tax Exempt")),
        "rule_applied": G(B),
        "confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
    },
    45,
    "/bank-accounts/reconcile",
)

ev(
    "track",
    "Transfer Matched",
    "web",
    {
        "transaction_id": UUID,
        "amount": G(money(-900, 4000)),
        "payee_name": Y(person("payee", "name"), "name"),
        "payee_account": RED(lambda f: f.bank_account(f.p("payee")["country"]), "bank account"),
        "particulars": G(lambda f: f.pick(["RENT", "WAGES", "DEPOSIT", f.inv()])),
        "reference": G(lambda f: f.inv()),
        "matched_to": G(pick("invoice", "bill", "spend_money")),
    },
    24,
    "/bank-accounts/reconcile",
)

ev(
    "track",
    "Bank Rule Created",
    "web",
    {
        "rule_name": G(
            pick(
                "Uber rides -> Travel",
                "Countdown -> Staff amenities",
                "Adobe -> Software",
                "Fuel -> Motor vehicle",
            )
        ),
        "text": G(pick("UBER *TRIP", "COUNTDOWN", "ADOBE", "Z ENERGY", "BP CONNECT")),
        "condition": G(pick("contains", "equals", "starts_with")),
        "account_code": G(pick("420", "453", "493")),
    },
    24,
    "/bank-rules/new",
)

# -- contacts, invoices, bills -------------------------------------------------------------------------
ev(
    "track",
    "Contact Created",
    "web",
    {
        "contact_id": UUID,
        "contact_type": G(pick("customer", "supplier", "both")),
        "is_individual": G(B),
        "first_name": Y(person("customer", "first"), "name"),
        "last_name": Y(person("customer", "last"), "name"),
        "email": Y(person("customer", "email"), "email"),
        "phone": Y(person("customer", "phone"), "phone"),
        "company_name": G(pick(*BUSINESSES)),
        "billing_address": billing_address("customer"),
        "source": G(pick("manual", "csv_import", "invoice_form", "xero_migration")),
    },
    45,
    "/contacts/new",
)

ev(
    "track",
    "Contacts Searched",
    "web",
    {
        "q": Y(
            lambda f: f.pick(
                [
                    f.p("customer")["name"],
                    f.p("customer")["last"],
                    f.p("customer")["first"] + " " + f.p("customer")["last"][0],
                ]
            ),
            "name",
            True,
        ),
        "results_count": G(ints(0, 12)),
        "filter": G(pick("all", "customers", "suppliers", "archived")),
    },
    30,
    "/contacts",
)

ev(
    "track",
    "Invoices Searched",
    "web",
    {
        "query": G(lambda f: f.pick([f.inv(), str(f.money(10, 3000)), "overdue", "draft", f.inv().lower()])),
        "results_count": G(ints(0, 40)),
        "filter": G(pick("all", "awaiting_payment", "paid", "draft")),
    },
    30,
    "/invoices",
)

ev(
    "track",
    "Invoice Created",
    "web",
    {
        "invoice_id": UUID,
        "invoice_number": G(lambda f: f.inv()),
        "contact_id": UUID,
        "status": G(pick("DRAFT", "SUBMITTED", "AUTHORISED")),
        "currency": G(pick("USD", "GBP", "AUD", "NZD")),
        "subtotal": G(money(20, 9000)),
        "total": G(money(20, 10000)),
        "due_date": G(lambda f: f.day()),
        "reference": G(lambda f: f.pick(["PO-" + f.digits(5), "Job " + f.digits(4), "March works"])),
        "line_items": Many(line_item(), 4),
    },
    45,
    "/invoices/new",
)

ev(
    "track",
    "Invoice Sent",
    NODE,
    {
        "invoice_id": UUID,
        "invoice_number": G(lambda f: f.inv()),
        "to": Y(person("customer", "email"), "email", True),
        "cc": Many(Y(lambda f: f.new_person()["email"], "email", True), 2),
        "reply_to": G(reply_to),
        "subject": G(lambda f: f"Invoice {f.inv()} from {f.pick(BUSINESSES)}"),
        "message_id": G(lambda f: f"<{f.uuid()}@mail.ledgerly.com>"),
        "attach_pdf": G(B),
        "include_pay_now": G(B),
    },
    45,
)

ev(
    "track",
    "Invoice Viewed",
    JAVA,
    {
        "invoice_id": UUID,
        "viewer_ip": Y(lambda f: f.ipv4(), "ip"),
        "viewer_user_agent": G(pick(*UAS)),
        "view_count": G(ints(1, 9)),
        "first_view": G(B),
        "online_invoice_url": G(lambda f: "https://in.ledgerly.com/" + f.stripe("", 22)),
    },
    30,
)

ev(
    "track",
    "Invoice Settings Updated",
    "web",
    {
        "payment_instructions": RED(payment_instructions, "bank account", True),
        "theme": G(pick("Standard", "Minimal", "Tradie Blue")),
        "show_tax_number": G(B),
        "logo_url": G(lambda f: f"https://cdn.ledgerly.com/logos/{f.hexid(16)}.png"),
        "default_due_days": G(pick(7, 14, 20, 30)),
    },
    24,
    "/settings/invoices",
)

ev(
    "track",
    "Quote Accepted",
    PHP + "+ip",
    {
        "quote_id": UUID,
        "quote_number": G(lambda f: f"QU-{f.r.randint(1, 999):04d}"),
        "accepted_by_name": Y(person("customer", "name"), "name"),
        "accepted_by_email": Y(person("customer", "email"), "email"),
        "signature_ip": Y(lambda f: f.ipv4(), "ip"),
        "signed_at": G(lambda f: f.iso()),
        "total": G(money(100, 20000)),
    },
    24,
)

ev(
    "track",
    "Bill Created",
    "web",
    {
        "bill_id": UUID,
        "source": G(pick("email_in", "upload", "mobile", "manual")),
        "amount_due": G(money(10, 6000)),
        "due_date": G(lambda f: f.day()),
        "currency": G(pick("USD", "GBP", "AUD", "NZD")),
        "supplier": {
            "name": G(
                pick(
                    "Plumbing World",
                    "Reece Plumbing",
                    "Placemakers",
                    "City Fuels Ltd",
                    "Spark Business",
                    "Metro Linen",
                )
            ),
            "contact_name": Y(person("supplier_rep", "name"), "name"),
            "remittance_email": G(
                lambda f: (
                    f"{f.pick(['accounts', 'ar', 'remittance', 'credit'])}@{f.pick(['plumbingworld.co.nz', 'reece.com.au', 'metrolinen.co.uk', 'cityfuels.com'])}"  # noqa: E501
                )
            ),
            "business_phone": G(
                lambda f: f.pick(
                    [
                        "0800 " + f.digits(3) + " " + f.digits(3),
                        "13 " + f.digits(2) + " " + f.digits(2),
                        "0345 " + f.digits(3) + " " + f.digits(4),
                    ]
                )
            ),
            "address": G(
                lambda f: (
                    f"{f.r.randint(1, 200)} {f.pick(['Great South Road', 'Parramatta Rd', 'Trafford Park', 'Commerce Blvd'])}"  # noqa: E501
                )
            ),
            "tax_number": G(lambda f: f.pick([f.abn(), f.ird(), "GB" + f.digits(9), f.ein()])),
        },
        "bank_details": {
            "account_name": G(pick("Plumbing World Ltd", "Reece Pty Ltd", "Metro Linen Services")),
            "bank_code": G(lambda f: f.bank_code(f.pick(COUNTRIES))),
            "account_number": RED(lambda f: f.bank_account(f.pick(COUNTRIES)), "bank account"),
        },
    },
    30,
    "/bills/new",
)

ev(
    "track",
    "Bill Paid",
    PY,
    {
        "bill_id": UUID,
        "payment_type": G(pick("bacs", "ach", "bpay", "eft", "card")),
        "bpay_biller_code": G(lambda f: f.digits(5)),
        "bpay_crn": G(lambda f: f.digits(10)),
        "amount": G(money(10, 6000)),
    },
    24,
)

ev(
    "track",
    "Supplier Bank Details Changed",
    "web",
    {
        "supplier_id": UUID,
        "old_account_last4": G(lambda f: f.digits(4)),
        "new_account_last4": G(lambda f: f.digits(4)),
        "verified_by_phone": G(B),
    },
    24,
    "/contacts/supplier",
)

ev(
    "track",
    "Customer Statement Emailed",
    RUBY,
    {
        "contact_id": UUID,
        "recipients": Many(Y(lambda f: f.new_person()["email"], "email", True), 2),
        "label": G(lambda f: f"Statement - {f.pick(['Jan', 'Apr', 'Jul', 'Oct'])} 2024"),
        "period": G(pick("2024-01", "2024-04", "2024-07", "2024-10")),
        "balance_due": G(money(0, 8000)),
    },
    24,
)

ev(
    "track",
    "Payment Recorded",
    "web",
    {
        "invoice_id": UUID,
        "amount": G(money(10, 3000)),
        "method": G(pick("cash", "cheque", "bank_transfer")),
        "paid_on": G(lambda f: f.day()),
        "note": Y(note_with_name, "name", True),
    },
    30,
    "/invoices/payment",
)

ev(
    "track",
    "Custom Field Updated",
    "web",
    {
        "contact_id": UUID,
        "field_key": G(pick("alt_mobile", "after_hours_phone", "site_contact_phone")),
        "value": Y(lambda f: f.phone_in(), "phone", True),
    },
    24,
    "/contacts/edit",
)

ev(
    "track",
    "Address Autocomplete Used",
    "web",
    {
        "input": Y(lambda f: f.street_in(f.pick(COUNTRIES)), "address|street", True),
        "session_token": UUID,
        "provider": G(pick("google_places", "addressfinder", "loqate")),
        "selected_place_id": G(lambda f: "ChIJ" + f.stripe("", 23)),
        "field": G(pick("billing_address", "shipping_address")),
        "results": G(ints(0, 5)),
    },
    24,
    "/contacts/new",
)

ev(
    "track",
    "Item Created",
    "web",
    {
        "item": {
            "name": G(
                pick(
                    "Gold Coast Pale Ale 24pk",
                    "Dog wash - small breed",
                    "Callout - after hours",
                    "Copper pipe 15mm",
                    "Gift voucher $50",
                )
            ),
            "code": G(lambda f: f.sku()),
            "sale_price": G(money(5, 400)),
            "quantity_on_hand": G(ints(0, 300)),
        },
    },
    24,
    "/inventory/new",
)

# -- payments ------------------------------------------------------------------------------------------
ev(
    "track",
    "Payment Link Created",
    "web",
    {
        "link_id": G(lambda f: f.stripe("plink_", 24)),
        "url": G(lambda f: "https://pay.ledgerly.com/l/" + f.stripe("", 12)),
        "amount": G(money(5, 2000)),
        "currency": G(pick("USD", "GBP", "AUD", "NZD")),
        "allow_card": G(B),
    },
    30,
    "/payments/links",
)

ev(
    "track",
    "Payment Link Paid",
    NODE,
    {
        "payment_intent": G(lambda f: f.stripe("pi_", 24)),
        "charge_id": G(lambda f: f.stripe("ch_", 24)),
        "customer": G(lambda f: f.stripe("cus_", 14)),
        "payment_method": RED(lambda f: f.stripe("pm_", 24), "token", True),
        "amount": G(ints(500, 200000)),
        "application_fee_amount": G(ints(10, 3000)),
        "status": G(pick("succeeded", "processing")),
        "livemode": G(pick(True)),
        "receipt_email": Y(person("customer", "email"), "email"),
        "billing_details": {
            "name": Y(person("customer", "name"), "name"),
            "email": Y(person("customer", "email"), "email"),
            "phone": Y(person("customer", "phone"), "phone"),
            "address": {
                "line1": Y(person("customer", "street"), "address|street"),
                "city": Y(person("customer", "city"), "city"),
                "postal_code": Y(person("customer", "postcode"), "zipcode"),
                "state": G(person("customer", "region")),
                "country": G(person("customer", "country")),
            },
        },
        "card": {
            "brand": G(pick("visa", "mastercard", "amex")),
            "last4": G(lambda f: f.digits(4)),
            "exp_month": G(ints(1, 12)),
            "exp_year": G(ints(2025, 2031)),
            "funding": G(pick("credit", "debit")),
            "country": G(pick(*COUNTRIES)),
        },
    },
    45,
)

ev(
    "track",
    "MOTO Payment Taken",
    PHP,
    {
        "terminal_id": G(lambda f: "vt_" + f.digits(6)),
        "card_number": RED(lambda f: f.card(), "credit card"),
        "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
        "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
        "cardholder": Y(person("customer", "name"), "name"),
        "avs_postcode": Y(person("customer", "postcode"), "zipcode"),
        "amount": G(money(10, 3000)),
    },
    24,
)

ev(
    "track",
    "Tap to Pay Completed",
    "ios",
    {
        "amount": G(money(5, 900)),
        "currency": G(pick("USD", "GBP", "AUD", "NZD")),
        "card_brand": G(pick("visa", "mastercard", "amex", "eftpos")),
        "last4": G(lambda f: f.digits(4)),
        "entry_mode": G(pick("contactless", "apple_pay", "google_pay")),
        "receipt_sent_to": Y(
            lambda f: f.pick([f.p("customer")["email"], f.p("customer")["phone"]]), "email|phone", True
        ),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-46, 47), 6), "geolocation"),
            "longitude": Y(
                lambda f: f.pick([round(f.r.uniform(150, 178), 6), round(f.r.uniform(-122, -1), 6)]),
                "geolocation",
            ),
            "accuracy_m": G(ints(3, 60)),
        },
    },
    30,
)

ev(
    "track",
    "ACH Debit Authorized",
    JAVA + "+ip",
    {
        "mandate_id": UUID,
        "account_holder_name": Y(person("customer", "name"), "name"),
        "routing_number": G(lambda f: f.aba()),
        "account_number": RED(lambda f: f.bank_account("US"), "bank account"),
        "account_type": G(pick("checking", "savings")),
        "sec_code": G(pick("WEB", "PPD", "CCD")),
        "authorization_ip": Y(lambda f: f.ipv4(), "ip"),
        "authorized_at": G(lambda f: f.iso()),
        "amount": G(money(10, 5000)),
    },
    24,
)

ev(
    "track",
    "Direct Debit Mandate Created",
    RUBY,
    {
        "mandate": {
            "id": G(lambda f: "MD" + f.hexid(12).upper()),
            "reference": G(lambda f: "LEDGERLY-" + f.hexid(6).upper()),
            "scheme": G(pick("bacs", "becs", "becs_nz")),
            "status": G(pick("pending_submission", "submitted", "active")),
        },
        "customer": {
            "given_name": Y(person("customer", "first"), "name"),
            "family_name": Y(person("customer", "last"), "name"),
            "email": Y(person("customer", "email"), "email"),
            "address_line1": Y(person("customer", "street"), "address|street"),
            "city": Y(person("customer", "city"), "city"),
            "postal_code": Y(person("customer", "postcode"), "zipcode"),
            "country_code": G(person("customer", "country")),
        },
        "customer_bank_account": {
            "account_holder_name": Y(person("customer", "name"), "name"),
            "account_number_ending": G(lambda f: f.digits(2)),
            "bank_name": G(pick("BARCLAYS BANK PLC", "WESTPAC BANKING CORPORATION", "ASB BANK LIMITED")),
            "currency": G(pick("GBP", "AUD", "NZD")),
        },
        "links": {"creditor": G(lambda f: "CR" + f.hexid(12).upper())},
    },
    30,
)

ev(
    "track",
    "Payout Sent",
    PY,
    {
        "payout_id": G(lambda f: f.stripe("po_", 24)),
        "amount": G(ints(1000, 900000)),
        "arrival_date": G(lambda f: f.day()),
        "destination": {
            "bank_name": G(
                pick("WELLS FARGO BANK", "ANZ BANK NEW ZEALAND", "LLOYDS BANK", "COMMONWEALTH BANK")
            ),
            "last4": G(lambda f: f.digits(4)),
            "routing_number": G(lambda f: f.bank_code(f.pick(COUNTRIES))),
        },
    },
    24,
)

ev(
    "track",
    "Dispute Opened",
    NODE,
    {
        "dispute_id": G(lambda f: f.stripe("dp_", 24)),
        "charge_id": G(lambda f: f.stripe("ch_", 24)),
        "reason": G(pick("fraudulent", "product_not_received", "duplicate", "subscription_canceled")),
        "amount": G(ints(500, 90000)),
        "evidence_due_by": G(lambda f: f.iso()),
        "customer_name": Y(person("customer", "name"), "name"),
        "customer_email": Y(person("customer", "email"), "email"),
    },
    24,
)

ev(
    "track",
    "Refund Issued",
    GO,
    {
        "refund_id": G(lambda f: f.stripe("re_", 24)),
        "charge_id": G(lambda f: f.stripe("ch_", 24)),
        "amount": G(ints(100, 50000)),
        "reason": G(pick("requested_by_customer", "duplicate", "fraudulent")),
    },
    24,
)

# -- payroll -------------------------------------------------------------------------------------------
ev(
    "track",
    "Employee Added",
    NET,
    {
        "EmployeeId": UUID,
        "FirstName": Y(person("employee", "first"), "name"),
        "LastName": Y(person("employee", "last"), "name"),
        "DateOfBirth": Y(person("employee", "dob"), "birthdate"),
        "Email": Y(person("employee", "email"), "email"),
        "MobilePhone": Y(person("employee", "phone"), "phone"),
        "Gender": Y(pick("Female", "Male", "NonBinary", "NotStated"), "gender"),
        "HomeAddress": {
            "AddressLine1": Y(person("employee", "street"), "address|street"),
            "City": Y(person("employee", "city"), "city"),
            "Region": G(person("employee", "region")),
            "PostCode": Y(person("employee", "postcode"), "zipcode"),
            "Country": G(person("employee", "country")),
        },
        "StartDate": G(lambda f: f.day()),
        "JobTitle": G(pick("Apprentice Plumber", "Barista", "Groomer", "Site Supervisor", "Receptionist")),
        "EmploymentBasis": G(pick("FullTime", "PartTime", "Casual")),
        "PayFrequency": G(pick("Weekly", "Fortnightly", "Monthly")),
        "AnnualSalary": Y(lambda f: f.r.randint(32, 120) * 1000, "salary"),
        "HourlyRate": Y(lambda f: round(f.r.uniform(16, 65), 2), "salary"),
        "IsDirector": G(B),
        "EmergencyContact": {
            "Name": Y(person("kin", "name"), "name"),
            "Phone": Y(person("kin", "phone"), "phone"),
            "Relationship": G(pick("Spouse", "Parent", "Partner", "Sibling", "Friend")),
        },
    },
    30,
)

ev(
    "track",
    "Payslip Generated",
    NET,
    {
        "PayslipId": UUID,
        "EmployeeId": UUID,
        "EmployeeName": Y(person("employee", "name"), "name"),
        "GrossPay": Y(money(400, 9000), "salary"),
        "NetPay": Y(money(300, 7000), "salary"),
        "HoursWorked": G(lambda f: f.pick([38, 40, 20, 32.5, 45])),
        "HourlyRate": Y(lambda f: round(f.r.uniform(16, 65), 2), "salary"),
        "Deductions": Many(
            {
                "Type": G(pick("PAYE", "KiwiSaver", "StudentLoan", "Superannuation", "Federal Income Tax")),
                "Amount": G(money(5, 900)),
            },
            3,
        ),
        "BankAccount": {
            "RoutingCode": G(lambda f: f.bank_code(f.p("employee")["country"])),
            "AccountNumber": RED(lambda f: f.bank_account(f.p("employee")["country"]), "bank account"),
        },
        "EmailedTo": Y(person("employee", "email"), "email"),
        "LeaveBalanceHours": G(lambda f: round(f.r.uniform(0, 160), 1)),
    },
    30,
)

ev(
    "track",
    "US New Hire Forms Completed",
    "web",
    {
        "employee_id": UUID,
        "ssn": RED(lambda f: f.ssn(), "social security number"),
        "w4_filing_status": G(pick("single", "married_filing_jointly", "head_of_household")),
        "w4_dependents_amount": G(pick(0, 2000, 4000, 6000)),
        "extra_withholding": G(pick(0, 25, 50)),
        "i9_citizenship_status": RED(
            pick("us_citizen", "noncitizen_national", "lawful_permanent_resident", "authorized_alien"), "visa"
        ),
        "work_authorization_expires": G(lambda f: f.date(2025, 2030)),
        "is_veteran": RED(B, "veteran"),
        "has_disability": RED(pick("yes", "no", "decline_to_answer"), "disability"),
        "race_ethnicity": Y(
            pick(
                "Hispanic or Latino",
                "Asian",
                "Black or African American",
                "White",
                "Two or more races",
                "Decline",
            ),
            "ethnicity|race",
        ),
        "eeo_gender": Y(pick("female", "male", "decline"), "gender"),
    },
    24,
    "/payroll/onboarding",
)

ev(
    "track",
    "UK Starter Checklist Completed",
    PY,
    {
        "employee_id": UUID,
        "national_insurance_number": RED(lambda f: f.nino(), "national id"),
        "starter_statement": G(pick("A", "B", "C")),
        "student_loan_plan": G(pick("none", "plan_1", "plan_2", "plan_4", "plan_5")),
        "postgraduate_loan": G(B),
        "tax_code": G(pick("1257L", "BR", "S1257L", "C1257L", "0T")),
        "right_to_work_checked": G(B),
        "right_to_work_status": RED(
            pick(
                "british_or_irish_citizen",
                "settled_status",
                "pre_settled_status",
                "skilled_worker_visa",
                "graduate_visa",
            ),
            "visa",
        ),
        "share_code": RED(lambda f: " ".join(f.stripe("", 3).upper() for _ in range(3)), "visa"),
        "is_union_member": Y(B, "trade union"),
        "pension_opt_out": G(B),
    },
    24,
)

ev(
    "track",
    "TFN Declaration Lodged",
    RUBY,
    {
        "employee_id": UUID,
        "tfn": RED(lambda f: f.tfn(), "national id"),
        "residency_status": RED(
            pick("australian_resident", "foreign_resident", "working_holiday_maker"), "visa"
        ),
        "claim_tax_free_threshold": G(B),
        "has_study_loan": G(B),
        "super": {
            "fund_name": G(pick("AustralianSuper", "Hostplus", "REST", "UniSuper")),
            "usi": G(pick("STA0100AU", "HOS0001AU", "RES0103AU", "UNI0001AU")),
            "member_number": G(lambda f: f.digits(9)),
        },
    },
    24,
)

ev(
    "track",
    "IR330 Saved",
    "flutter",
    {
        "employee_id": UUID,
        "ird_number": RED(lambda f: f.ird(), "national id"),
        "tax_code": G(pick("M", "ME", "M SL", "S", "SH", "ND")),
        "kiwisaver_member": G(B),
        "kiwisaver_rate": G(pick(3, 4, 6, 8, 10)),
    },
    24,
)

ev(
    "track",
    "Kaimahi Hou",
    "flutter",
    {
        "ingoa": Y(person("employee", "first"), "name"),
        "ingoa_whānau": Y(person("employee", "last"), "name"),
        "īmēra": Y(person("employee", "email"), "email"),
        "waea_pūkoro": Y(lambda f: f.phone_in("NZ"), "phone"),
        "wāhi_noho": Y(lambda f: f.street_in("NZ"), "address|street"),
        "rā_whānau": Y(person("employee", "dob"), "birthdate"),
        "iwi": Y(pick("Ngāpuhi", "Ngāti Porou", "Waikato-Tainui", "Ngāi Tahu", "Te Arawa"), "ethnicity"),
        "tūranga": G(pick("Kaiwhakahaere", "Kaiāwhina", "Kaitiaki pūtea")),
        "utu_ia_hāora": Y(lambda f: round(f.r.uniform(23.15, 48), 2), "salary"),
        "rā_tīmata": G(lambda f: f.day()),
    },
    24,
)

ev(
    "track",
    "Dependent Added",
    "web",
    {
        "employee_id": UUID,
        "plan": G(pick("Kaiser HMO Silver", "Aetna PPO Gold", "BlueShield Bronze 60")),
        "coverage_tier": G(pick("employee_spouse", "employee_children", "family")),
        "insurer_member_id": Y(lambda f: f.pick(["W", "M", "XEK"]) + f.digits(9), "identification"),
        "dependent": {
            "first_name": Y(person("dependant", "first"), "name"),
            "last_name": Y(person("dependant", "last"), "name"),
            "date_of_birth": Y(lambda f: f.date(2006, 2023), "birthdate"),
            "relationship": G(pick("spouse", "child", "domestic_partner")),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
        },
    },
    24,
    "/payroll/benefits",
)

ev(
    "track",
    "Pay Run Completed",
    JAVA,
    {
        "pay_run_id": UUID,
        "period_end": G(lambda f: f.day()),
        "pay_date": G(lambda f: f.day()),
        "employees_count": G(ints(1, 25)),
        "gross_total": G(money(1500, 90000)),
        "net_total": G(money(1000, 70000)),
    },
    30,
)

ev(
    "track",
    "Leave Requested",
    "android",
    {
        "employee_id": UUID,
        "leave_type": G(pick("annual", "sick", "bereavement", "unpaid", "time_in_lieu")),
        "start_date": G(lambda f: f.day()),
        "reason": G(
            pick("Family holiday", "Moving house", "School holidays", "Long weekend away", "Personal")
        ),
        "medical_certificate_provided": G(B),
    },
    30,
)

ev(
    "track",
    "Timesheet Submitted",
    "rn",
    {
        "timesheet_id": UUID,
        "employee_id": UUID,
        "week_start": G(lambda f: f.day()),
        "hours_total": G(lambda f: round(f.r.uniform(10, 50), 2)),
        "clock_in_location": {
            "lat": Y(lambda f: round(f.r.uniform(-45.9, -27.4), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(115.8, 175.3), 6), "geolocation"),
        },
    },
    30,
)

# -- expenses ------------------------------------------------------------------------------------------
ev(
    "track",
    "Receipt Captured",
    "ios",
    {
        "receipt_id": UUID,
        "image_url": G(lambda f: f"https://files.ledgerly.com/receipts/{f.uuid()}.jpg"),
        "category": G(pick("Materials", "Fuel", "Meals", "Office supplies", "Tools")),
        "ocr": {
            "merchant_name": G(lambda f: f.pick(MERCHANTS)[0]),
            "merchant_city": G(lambda f: f.pick(MERCHANTS)[1]),
            "merchant_phone": G(lambda f: f.pick(MERCHANTS)[2]),
            "merchant_tax_number": G(lambda f: f.pick([f.abn(), f.ird(), "GB" + f.digits(9)])),
            "total": G(money(2, 600)),
            "tax": G(money(0, 90)),
            "date": G(lambda f: f.day()),
            "card_last4": G(lambda f: f.digits(4)),
            "raw_text": G(ocr_text),
        },
        "capture_location": {
            "latitude": Y(lambda f: round(f.r.uniform(-45, 53), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122, 176), 6), "geolocation"),
        },
    },
    40,
)

ev(
    "track",
    "Expense Claim Submitted",
    "android",
    {
        "claim_id": G(lambda f: "EXP-" + f.digits(6)),
        "employee_id": UUID,
        "amount": G(money(5, 600)),
        "category": G(pick("Meals", "Travel", "Entertainment", "Parking")),
        "memo": Y(lunch_description, "name", True),
        "attendees": Many(Y(lambda f: f.new_person()["name"], "name"), 3),
        "has_receipt": G(B),
        "reimburse_to_account": RED(lambda f: f.bank_account(f.pick(COUNTRIES)), "bank account"),
    },
    30,
)

ev(
    "track",
    "Mileage Trip Logged",
    "rn",
    {
        "trip_id": UUID,
        "distance_km": G(lambda f: round(f.r.uniform(2, 300), 1)),
        "vehicle_plate": Y(
            lambda f: f.pick(
                [
                    f"{f.stripe('', 3).upper()}{f.digits(3)}",
                    f"{f.stripe('', 2).upper()}{f.digits(2)} {f.stripe('', 3).upper()}",
                    f"1{f.stripe('', 3).upper()}{f.digits(3)}",
                ]
            ),
            "license",
        ),
        "purpose": G(pick("client_visit", "supplier_pickup", "site_inspection")),
        "start": {
            "latitude": Y(lambda f: round(f.r.uniform(-45, -27), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(115, 176), 6), "geolocation"),
        },
        "end": {
            "latitude": Y(lambda f: round(f.r.uniform(-45, -27), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(115, 176), 6), "geolocation"),
        },
        "business_percentage": G(pick(100, 80, 50)),
    },
    30,
)

ev(
    "track",
    "Receipt Forwarded",
    GO,
    {
        "from": Y(from_header, "email", True),
        "inbox_address": G(lambda f: f"receipts+{f.hexid(6)}@inbox.ledgerly.com"),
        "subject": G(
            pick(
                "Your Uber receipt",
                "Tax invoice from Bunnings",
                "Receipt for your purchase",
                "Fwd: Invoice 4411",
            )
        ),
        "message_id": G(lambda f: f"<{f.hexid(16)}@mail.gmail.com>"),
        "attachments_count": G(ints(0, 4)),
    },
    30,
)

# -- tax -----------------------------------------------------------------------------------------------


def hmrc_headers():
    return {
        "Gov-Client-Connection-Method": G(pick("WEB_APP_VIA_SERVER")),
        "Gov-Client-Public-IP": Y(lambda f: f.ipv4(), "ip"),
        "Gov-Client-Device-ID": UUID,
        "Gov-Client-User-IDs": G(lambda f: "ledgerly=" + f.digits(7)),
        "Gov-Client-Timezone": G(pick("UTC+00:00", "UTC+01:00")),
        "Gov-Client-Local-IPs": Y(lambda f: f.private_ip(), "ip"),
        "Gov-Client-Screens": G(
            pick(
                "width=1920&height=1080&scaling-factor=1&colour-depth=24",
                "width=1440&height=900&scaling-factor=2&colour-depth=30",
            )
        ),
        "Gov-Client-Browser-JS-User-Agent": G(pick(*UAS)),
        "Gov-Client-Multi-Factor": G(
            lambda f: (
                f"type=TOTP&timestamp=2024-{f.r.randint(1, 12):02d}-11T10%3A12Z&unique-reference={f.hexid(64)}"  # noqa: E501
            )
        ),
        "Gov-Vendor-Version": G(pick("ledgerly-web=4.2.1&ledgerly-api=4.2.0")),
        "Gov-Vendor-Product-Name": G(pick("Ledgerly")),
        "Gov-Vendor-Public-IP": G(pick("203.0.113.10", "203.0.113.11")),
        "Gov-Vendor-Forwarded": Y(lambda f: f"by=203.0.113.10&for={f.ipv4()}", "ip", True),
    }


ev(
    "track",
    "VAT Return Submitted",
    PY,
    {
        "vrn": G(lambda f: f.digits(9)),
        "body": {
            "periodKey": G(pick("24A1", "24A2", "24A3", "24A4", "#001")),
            "vatDueSales": G(money(0, 40000)),
            "totalVatDue": G(money(0, 40000)),
            "vatReclaimedCurrPeriod": G(money(0, 15000)),
            "netVatDue": G(money(0, 30000)),
            "totalValueSalesExVAT": G(ints(0, 200000)),
        },
        "formBundleNumber": G(lambda f: f.digits(12)),
        "chargeRefNumber": G(lambda f: "X" + f.stripe("", 13).upper()),
        "fraud_prevention_headers": hmrc_headers(),
    },
    30,
)

ev(
    "track",
    "BAS Lodged",
    PY,
    {
        "abn": G(lambda f: f.abn()),
        "period": G(pick("2024-Q1", "2024-Q2", "2024-Q3", "2024-10")),
        "G1": G(ints(0, 300000)),
        "1A": G(ints(0, 27000)),
        "1B": G(ints(0, 12000)),
        "W1": G(ints(0, 150000)),
        "lodgement_receipt": G(lambda f: f.digits(11)),
    },
    24,
)

ev(
    "track",
    "GST Return Filed",
    NODE,
    {
        "gst_number": G(lambda f: f.ird()),
        "period_end": G(lambda f: f.day()),
        "total_sales": G(money(0, 300000)),
        "gst_collected": G(money(0, 45000)),
        "gst_paid": G(money(0, 20000)),
        "ir_submission_key": G(lambda f: f.digits(10)),
    },
    24,
)

ev(
    "track",
    "1099 Forms Filed",
    "web",
    {
        "tax_year": G(pick(2023, 2024)),
        "forms": Many(
            {
                "form_type": G(pick("1099-NEC", "1099-MISC")),
                "recipient_name": Y(lambda f: f.new_person("US")["name"], "name"),
                "recipient_tin": RED(
                    lambda f: f.pick([f.ssn(), f.ssn(), f.itin()]), "social security number|national id"
                ),
                "recipient_email": Y(lambda f: f.new_person("US")["email"], "email"),
                "recipient_address": Y(
                    lambda f: f"{f.street_in('US')}, {f.pick(CITIES['US'])[0]}", "address"
                ),
                "amount_box1": G(money(600, 80000)),
                "state": G(pick("TX", "CA", "NY", "FL", "CO")),
            },
            4,
        ),
    },
    24,
    "/tax/1099",
)

# -- accountants ---------------------------------------------------------------------------------------
ev(
    "track",
    "Accountant Invited",
    "web",
    {
        "invite_id": UUID,
        "accountant_email": Y(person("accountant", "email"), "email"),
        "accountant_first_name": Y(person("accountant", "first"), "name"),
        "firm_name": G(
            pick("Castle Bookkeeping", "Moore Markhams", "Baker Tilly", "Numbers Ltd", "Sumday Partners")
        ),
        "firm_phone": G(
            lambda f: f.pick(
                [
                    "(09) 309 " + f.digits(4),
                    "(03) 9602 " + f.digits(4),
                    "0161 832 " + f.digits(4),
                    "(212) 555-" + f.digits(4),
                ]
            )
        ),
        "access_level": G(pick("adviser", "standard", "read_only", "payroll_admin")),
        "message": G(
            pick(
                "Here's access for year-end",
                "Please review Q3",
                "Can you check the GST return?",
                "Access for the audit",
            )
        ),
        "expires_at": G(lambda f: f.iso()),
    },
    30,
    "/settings/users/invite",
)

ev(
    "track",
    "Invitation Email Sent",
    NODE,
    {
        "invite_id": UUID,
        "recipient": Y(person("accountant", "email"), "email", True),
        "accept_url": RED(invite_url, "token", True),
        "provider_message_id": G(lambda f: "0100018f" + f.hexid(8) + "-" + f.uuid() + "-000000"),
        "sent_at": G(lambda f: f.iso()),
    },
    30,
)

ev(
    "track",
    "Accountant Invitation Accepted",
    "web",
    {
        "practice_id": UUID,
        "practice_name": G(pick("Castle Bookkeeping", "Moore Markhams", "Baker Tilly", "Numbers Ltd")),
        "professional_body": G(pick("CPA Australia", "CA ANZ", "ACCA", "AICPA", "ICAEW")),
        "membership_number": G(lambda f: f.digits(7)),
    },
    24,
    "/invite/accepted",
)

# -- auth and integrations -------------------------------------------------------------------------------
ev(
    "track",
    "Login Link Sent",
    NODE + "+ip",
    {
        "email": Y(person("user", "email"), "email"),
        "login_url": RED(login_url, "token", True),
        "expires_in_sec": G(pick(600, 900)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "user_agent": G(pick(*UAS)),
    },
    30,
)

ev(
    "track",
    "Two-Factor Code Sent",
    GO,
    {
        "channel": G(pick("sms", "whatsapp", "voice")),
        "phone_number": Y(person("user", "phone"), "phone"),
        "verification_code": RED(lambda f: f.digits(6), "token"),
        "provider": G(pick("twilio", "messagebird", "vonage")),
        "provider_sid": G(lambda f: "SM" + f.hexid(32)),
    },
    30,
)

ev(
    "track",
    "Password Changed",
    "web",
    {
        "password_strength": G(ints(0, 4)),
        "changed_via": G(pick("settings", "reset_link", "forced_rotation")),
        "sessions_revoked": G(ints(0, 6)),
        "password_age_days": G(ints(0, 900)),
        "previous_password_reused": G(B),
    },
    24,
    "/settings/security",
)

ev(
    "track",
    "Integration Connected",
    PY,
    {
        "integration": G(pick("stripe", "shopify", "square", "paypal")),
        "external_account_id": G(lambda f: f.stripe("acct_", 16)),
        "access_token": RED(
            lambda f: f.pick([f.stripe("sk_live_", 24), f.stripe("rk_live_", 24), "shpat_" + f.hexid(32)]),
            "secret|token",
        ),
        "publishable_key": G(lambda f: f.stripe("pk_live_", 24)),
        "webhook_secret": RED(lambda f: f.stripe("whsec_", 32), "secret"),
    },
    24,
)

ev(
    "track",
    "Webhook Received",
    JAVA,
    {
        "source": G(pick("stripe", "gocardless", "akahu")),
        "headers": {
            "x-forwarded-for": Y(
                lambda f: f"{f.ipv4()}, 10.0.{f.r.randint(0, 9)}.{f.r.randint(2, 200)}", "ip", True
            ),
            "cf-connecting-ip": Y(lambda f: f.ipv4(), "ip"),
            "user-agent": G(
                pick(
                    "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                    "GoCardless-Webhook-Service/1.1",
                    "Akahu-Webhooks/2",
                )
            ),
            "x-request-id": UUID,
            "stripe-signature": G(
                lambda f: f"t={f.r.randint(1_700_000_000, 1_735_000_000)},v1={f.hexid(64)}"
            ),
        },
        "status_code": G(pick(200, 200, 400, 500)),
    },
    30,
)

# -- marketing and product analytics -----------------------------------------------------------------------


def page_props(path: str, title: str):
    return {
        "path": G(lambda f: path),
        "referrer": G(
            pick("https://www.google.com/", "", "https://www.xero.com/", "https://app.ledgerly.com/dashboard")
        ),
        "search": G(pick("", "?interval=annual", "?ref=nav")),
        "title": G(lambda f: f"{title} | Ledgerly"),
        "url": G(lambda f: "https://www.ledgerly.com" + path),
    }


ev(
    "page",
    "Pricing",
    "web",
    {**page_props("/pricing", "Pricing"), "plan_interval": G(pick("monthly", "annual"))},
    45,
    "/pricing",
)
ev(
    "page",
    "Invoices",
    "web",
    {**page_props("/invoices", "Invoices"), "invoice_count": G(ints(0, 900))},
    45,
    "/invoices",
)
ev("page", "Dashboard", "web", page_props("/dashboard", "Dashboard"), 45, "/dashboard")

ev(
    "screen",
    "Invoice Detail",
    "ios",
    {
        "invoice_id": UUID,
        "status": G(pick("draft", "awaiting_payment", "paid", "overdue")),
        "from_notification": G(B),
    },
    40,
)
ev(
    "screen",
    "Dashboard",
    "android",
    {
        "cash_balance": G(money(-2000, 90000)),
        "widgets_count": G(ints(2, 9)),
    },
    40,
)

ev(
    "track",
    "Trial Started",
    NODE + "+ip",
    {
        "plan": G(pick("starter", "standard", "premium")),
        "trial_days": G(pick(14, 30)),
        "gclid": Y(lambda f: "Cj0KCQjw" + f.stripe("", 60) + "_BwE", "advertising id"),
        "fbclid": Y(lambda f: "IwAR" + f.stripe("", 56), "advertising id"),
        "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
        "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.stripe('', 40)}", "advertising id"),
        "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
        "utm_source": G(pick("google", "facebook", "bing")),
        "utm_campaign": G(pick("eofy_2024", "mtd_switch", "brand")),
    },
    30,
)

ev(
    "track",
    "Conversion Relayed",
    NODE,
    {
        "event_name": G(pick("Purchase", "StartTrial", "Lead")),
        "event_time": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        "action_source": G(pick("website", "app")),
        "user_data": {
            "em": Y(lambda f: capi(f, "em"), "email"),
            "ph": Y(lambda f: capi(f, "ph"), "phone"),
            "fn": Y(lambda f: capi(f, "fn"), "name"),
            "ln": Y(lambda f: capi(f, "ln"), "name"),
            "ct": Y(lambda f: capi(f, "ct"), "city"),
            "zp": Y(lambda f: capi(f, "zp"), "zipcode"),
            "country": G(lambda f: capi(f, "country")),
            "external_id": G(lambda f: f.sha("usr_" + f.digits(7))),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(pick(*UAS)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
        },
        "custom_data": {"value": G(money(10, 600))},
    },
    30,
)

ev(
    "track",
    "Demo Requested",
    "web",
    {
        "full_name": Y(person("user", "name"), "name"),
        "work_email": Y(person("user", "email"), "email"),
        "phone": Y(person("user", "phone"), "phone"),
        "company": G(pick(*BUSINESSES)),
        "company_size": G(pick("1", "2-5", "6-20", "21-50")),
        "role": G(pick("owner", "bookkeeper", "accountant", "office manager")),
        "how_can_we_help": G(
            pick(
                "Need multi-currency invoicing",
                "Migrating from QuickBooks Desktop",
                "Payroll for 6 staff",
                "Want to see bank feeds",
            )
        ),
    },
    24,
    "/demo",
)

ev(
    "track",
    "NPS Survey Submitted",
    "web",
    {
        "survey_id": G(lambda f: "nps_" + f.digits(3)),
        "score": G(ints(0, 10)),
        "comment": G(
            pick(
                "Bank feeds are great",
                "Payroll is confusing",
                "Too expensive for what it does",
                "Love the mobile app",
                "Reconciliation is slow",
            )
        ),
    },
    30,
    "/dashboard",
)

ev(
    "track",
    "Invoice Shared",
    "ios",
    {
        "invoice_id": UUID,
        "share_method": G(pick("sms", "whatsapp")),
        "recipient_phone": Y(person("customer", "phone"), "phone"),
        "include_pay_now": G(B),
        "message_body": Y(sms_body, "name", True),
    },
    24,
)

ev(
    "track",
    "Anfoneb Wedi'i Chreu",
    "web",
    {
        "rhif_anfoneb": G(lambda f: f.inv()),
        "enw_cwsmer": Y(lambda f: f.new_person("GB")["name"], "name"),
        "ebost_cwsmer": Y(lambda f: f.new_person("GB")["email"], "email"),
        "rhif_ffon": Y(lambda f: f.phone_in("GB"), "phone"),
        "cyfeiriad": Y(lambda f: f.street_in("GB"), "address|street"),
        "cod_post": Y(lambda f: f.postcode("GB"), "zipcode"),
        "cyfanswm": G(money(10, 4000)),
        "arian_cyfred": G(pick("GBP")),
        "dyddiad_dyledus": G(lambda f: f.day()),
    },
    24,
    "/cy/anfonebau/newydd",
)

ev(
    "track",
    "InvoiceOverdueReminderSent",
    NET,
    {
        "InvoiceNumber": G(lambda f: f.inv()),
        "DaysOverdue": G(ints(1, 120)),
        "AmountDue": G(money(10, 9000)),
        "CustomerName": Y(person("customer", "name"), "name"),
        "CustomerEmail": Y(person("customer", "email"), "email"),
        "ReminderNumber": G(ints(1, 4)),
        "Channel": G(pick("Email", "Sms")),
    },
    30,
)

# -- reverse ETL from the warehouse ----------------------------------------------------------------------
ev(
    "identify",
    None,
    WH,
    {
        "ACCOUNT_ID": G(lambda f: "biz_" + f.digits(7)),
        "CUSTOMER_EMAIL": Y(person("user", "email"), "email"),
        "FULL_NAME": Y(person("user", "name"), "name"),
        "PHONE_E164": Y(lambda f: "+64" + f.digits(9), "phone"),
        "MRR_USD": G(money(0, 400)),
        "PLAN_TIER": G(pick("STARTER", "STANDARD", "PREMIUM")),
        "SIGNUP_DATE": G(lambda f: f.day()),
        "LAST_INVOICE_AT": G(lambda f: f.iso()),
        "INVOICES_SENT_30D": G(ints(0, 200)),
        "BILLING_COUNTRY": G(pick(*COUNTRIES)),
        "IS_ACCOUNTANT_LED": G(B),
    },
    30,
)

ev(
    "track",
    "ACCOUNT_HEALTH_SCORED",
    WH,
    {
        "ACCOUNT_ID": G(lambda f: "biz_" + f.digits(7)),
        "HEALTH_SCORE": G(ints(0, 100)),
        "BANK_FEEDS_CONNECTED": G(ints(0, 5)),
        "DAYS_SINCE_LOGIN": G(ints(0, 90)),
        "CSM_OWNER_NAME": Y(person("csm", "name"), "name"),
        "CSM_OWNER_EMAIL": Y(
            lambda f: f.mail(f.p("csm")["first"], f.p("csm")["last"], "US").split("@")[0] + "@ledgerly.com",
            "email",
        ),
    },
    24,
)


# -- assemble -------------------------------------------------------------------------------------------


def build(seed: int) -> tuple[list[dict], dict[str, dict]]:
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    plan = [(e, i) for e in EVENTS for i in range(e[5])]
    for (kind, name, client, path, body, _), _i in plan:
        f.reset()
        msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
        if client.startswith(("web", "ios", "android", "rn", "flutter")):
            msg["anonymousId"] = f.uuid()
        msg["userId"] = "usr_" + f.digits(7)
        if kind == "track":
            msg["event"] = name
        elif kind in ("page", "screen"):
            msg["name"] = name
        elif kind == "group":
            msg["groupId"] = "biz_" + f.digits(7)
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
        title = (
            name if kind == "page" else (path.strip("/").split("/")[0].replace("-", " ").title() or "Home")
        )
        msg["context"] = render(context_for(client, path, title), f, "context", labels)
        events.append(msg)
    # alias calls after sign-up: context only
    for _ in range(30):
        f.reset()
        client = f.pick(["web", "rn", "ios"])
        msg = {
            "type": "alias",
            "messageId": f.uuid(),
            "timestamp": f.iso(),
            "previousId": f.uuid(),
            "userId": "usr_" + f.digits(7),
        }
        msg["context"] = render(context_for(client, "/signup/complete", "Welcome"), f, "context", labels)
        events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=104)
    write(Path(__file__).parent, "holdout104_", events, labels)
