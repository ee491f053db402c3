"""Writes holdout131: tests/corpus/holdout131_events.jsonl and holdout131_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or their scores; nothing here was tuned to the engine, and the corpus was not
scored by its author.

Domain: a mortgage broker and home-buying platform in the UK and Ireland ("Hearthstone", sites
hearthstone.co.uk and hearthstone.ie, iOS / Android / React Native / Flutter apps, back-office
services). Covered: the affordability calculator and rate alerts; product lists (e-commerce spec
events with lenders' products); property search, saved listings and estate-agent enquiries;
applications with applicants and joint applicants, address history, employment and income,
outgoings, dependants, gifted deposits, right-to-reside answers, NI numbers and PPSNs; credit
checks and credit reports; open banking and bank-statement analysis; a moving-checklist app (pets,
removals); document uploads and ID verification (vendor-shaped); property details, valuations,
solicitors and conveyancing milestones, offers, completion; broker fee payments (Stripe-shaped and
a legacy PHP form post); adviser calls (telephony webhooks, booking-tool payloads, SMS reminders,
ESP webhooks); protection and home insurance quotes; referrals, lead ads, ad-conversion relays,
auth flows (magic links, one-time codes, password resets), request logging middleware; reverse-ETL
identifies from the warehouse. Calls: identify, track, page, screen, group, alias. Contexts as sent
by analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and
the python, node, go, java, ruby, php and .NET server libraries.

Conventions: mostly camelCase and snake_case keys; about 15 % others: PascalCase (.NET services),
kebab-case (a partner lead webhook, HTTP header names), SCREAMING_SNAKE (warehouse reverse-ETL),
Irish (the .ie site's Irish-language sign-up) and Welsh (the Welsh-language application form).
Values: names from Irish, Welsh, Scottish, English, South Asian, Polish, Nigerian, Chinese,
Romanian, Lithuanian, Brazilian and other backgrounds; UK and Irish phone formats (and a few
foreign mobiles); UK postcodes and Eircodes; NI numbers with valid prefixes, PPSNs with their
mod-23 check letter, GB/IE IBANs with mod-97 check digits, Luhn-valid card numbers, UK driving
licence numbers in DVLA structure.

Labelling rules (the product's default colours): each leaf path has classification
(red/yellow/green), type (reference matcher name, or bank account, geolocation, secret, national
id, advertising id, credit card, credit score, token, visa...; `a|b` when either is fair) and
value_only (the key does not say what the value is; only the value reveals it: every value of
such a path carries that PII). Personal data about any natural person (applicant, joint
applicant, dependant, gift donor, referee, adviser, solicitor's case handler, surveyor, estate
agent's negotiator) is PII; ids we or vendors issue, versions, timestamps, hashes, amounts,
enums, counters and booleans are green even under PII-sounding keys; lenders', firms' and
products' names, pets' names, a business's own phones / role mailboxes / offices are green;
sort codes and card brand / last four / expiry are green. Published contested cases followed:
customer and claim numbers green; ages and marital status, employers and job titles green;
insurance policy numbers yellow `identification`; salaries, bonuses, hourly rates and verified
income yellow `salary`; credit scores yellow `credit score`; gclid / fbclid / fbp / fbc yellow
`advertising id`; billing addresses yellow `address`; payment-method tokens, magic-link tokens,
one-time codes and reset links red `token`; identity-document numbers red `passport|national
id`; right-to-reside and visa answers red `visa`; UUID-shaped tokens (Places session tokens) and
e-mail Message-IDs green. Decisions where the rules were silent (what a careful privacy owner at
a mid-size broker would want):
- The property in an application, valuation or remortgage (bought, owned or being bought by the
  applicant) is the applicant's address: yellow. A listing browsed, saved or offered on, a searched
  area, and a firm's office are not the person's: green.
- A credit score band ("Good", "Excellent") is the person's credit rating: yellow `credit score`.
- A mortgage account number at the current lender is a financial account: red `bank account`.
- Smoker status and declared medical conditions in a protection quote are health data: yellow
  `condition`; a disability flag is red `disability`.
- A field named for a driving licence is yellow `license` (the reference matcher and colour); a
  generic identity-document number (passport, ID card or licence) is red `passport|national id`.
- Masked phone numbers (`07*** ***412`) and card last four digits are green; a push token
  (`context.device.token`), an invitation link's token and a bearer header are red `token`.
- Free text in which no value carries PII is green; free text built so that every value carries
  PII is labelled by that PII, value_only.
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

FIRST = [
    "Aoife",
    "Siobhán",
    "Niamh",
    "Oisín",
    "Cian",
    "Saoirse",
    "Pádraig",
    "Róisín",
    "Rhys",
    "Cerys",
    "Dafydd",
    "Gwenllian",
    "Callum",
    "Eilidh",
    "Hamish",
    "Oliver",
    "Amelia",
    "Harry",
    "Isla",
    "George",
    "Priya",
    "Arjun",
    "Aisha",
    "Mohammed",
    "Harpreet",
    "Fatima",
    "Katarzyna",
    "Tomasz",
    "Chinedu",
    "Ngozi",
    "Adebayo",
    "Wei",
    "Xiaoling",
    "Andrei",
    "Ioana",
    "João",
    "Lukas",
    "Rūta",
    "Emeka",
    "Zainab",
    "Seán",
    "Máire",
    "Declan",
    "Bronwen",
    "Yusuf",
    "Mei",
    "Kofi",
    "Anya",
]
LAST = [
    "O'Sullivan",
    "Murphy",
    "Ní Bhriain",
    "Mac Giolla Phádraig",
    "Fitzgerald",
    "Jones",
    "Williams",
    "ap Rhys",
    "Evans",
    "MacLeod",
    "Campbell",
    "Smith",
    "Taylor",
    "Patel",
    "Begum",
    "Chowdhury",
    "Singh",
    "Sandhu",
    "Hussain",
    "Kowalczyk",
    "Nowak",
    "Okonkwo",
    "Adeyemi",
    "Zhang",
    "Liu",
    "Popescu",
    "Santos",
    "Kazlauskas",
    "Ó Briain",
    "Byrne",
    "Kelly",
    "Walsh",
    "Mensah",
    "Ahmed",
    "Nguyen",
    "Wiśniewska",
    "Hughes",
    "Doherty",
    "Quinn",
    "Bhatt",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.ie",
    "yahoo.co.uk",
    "btinternet.com",
    "eircom.net",
    "icloud.com",
    "live.ie",
    "outlook.com",
    "sky.com",
    "virginmedia.com",
    "proton.me",
]
UK_STREETS = [
    "Station Road",
    "Church Lane",
    "High Street",
    "Victoria Road",
    "Acacia Avenue",
    "Mill Lane",
    "Kingsway",
    "Heol y Parc",
    "Ffordd Pentre",
    "Queen's Drive",
    "Albert Terrace",
    "Orchard Close",
    "Wellington Crescent",
    "Beechwood Grove",
    "Castle View",
]
IE_STREETS = [
    "Main Street",
    "Ballymun Road",
    "Mount Street Upper",
    "Church View",
    "Bóthar na Trá",
    "Sráid an Droichid",
    "Griffith Avenue",
    "Oakpark Drive",
    "Seafield Court",
    "Abbey Road",
]
HOUSE_NAMES = [
    "Rose Cottage",
    "The Old Rectory",
    "Glenview",
    "Tigh na Mara",
    "Bryn Awel",
    "Ashgrove House",
    "The Willows",
    "Cnoc Álainn",
    "Hillcrest",
    "Ty Gwyn",
]
UK_TOWNS = [
    "London",
    "Manchester",
    "Birmingham",
    "Leeds",
    "Bristol",
    "Cardiff",
    "Swansea",
    "Glasgow",
    "Edinburgh",
    "Belfast",
    "Derry",
    "Nottingham",
    "Sheffield",
    "Brighton",
    "Reading",
    "Milton Keynes",
    "Norwich",
    "Aberystwyth",
    "Inverness",
    "Harrogate",
]
IE_TOWNS = [
    "Dublin",
    "Cork",
    "Galway",
    "Limerick",
    "Waterford",
    "Kilkenny",
    "Sligo",
    "Drogheda",
    "Dundalk",
    "Athlone",
    "Navan",
    "Swords",
    "Tralee",
    "Letterkenny",
]
UK_COUNTIES = ["Greater Manchester", "West Yorkshire", "Kent", "Surrey", "Gwynedd", "Fife", "Antrim"]
IE_COUNTIES = ["Co. Dublin", "Co. Cork", "Co. Galway", "Co. Kerry", "Co. Meath", "Co. Louth"]
UK_POSTAREAS = [
    "M",
    "SW",
    "SE",
    "N",
    "E",
    "W",
    "NW",
    "B",
    "LS",
    "BS",
    "CF",
    "SA",
    "G",
    "EH",
    "BT",
    "NG",
    "S",
    "BN",
    "RG",
    "MK",
    "NR",
    "L",
    "OX",
    "CB",
    "LL",
    "HG",
]
EIR_ROUTING = [
    "D02",
    "D04",
    "D06",
    "D6W",
    "D08",
    "D12",
    "D15",
    "D24",
    "A94",
    "A96",
    "T12",
    "T23",
    "H91",
    "V94",
    "X91",
    "F91",
    "R95",
    "W91",
    "A92",
    "N37",
]
LENDERS = [
    "Nationwide",
    "Halifax",
    "Santander UK",
    "Barclays",
    "NatWest",
    "HSBC UK",
    "Coventry BS",
    "Skipton BS",
    "AIB",
    "Bank of Ireland",
    "PTSB",
    "Haven Mortgages",
    "Avant Money",
    "Leeds BS",
]
IE_BANKS = [("AIBK", "AIB"), ("BOFI", "Bank of Ireland"), ("IPBS", "PTSB"), ("ULSB", "Ulster Bank")]
UK_BANKS = [
    ("NWBK", "NatWest"),
    ("BARC", "Barclays"),
    ("LOYD", "Lloyds"),
    ("HBUK", "HSBC UK"),
    ("MONZ", "Monzo"),
    ("SRLG", "Starling"),
]
FIRMS = [
    "Harrison Clarke LLP",
    "O'Connell & Partners Solicitors",
    "Keystone Conveyancing",
    "Bevan Roberts Cyf.",
    "McCann FitzGerald",
    "Premier Property Lawyers",
    "Dunne Kearney Solicitors",
]
AGENCIES = [
    "Foxtons",
    "Savills",
    "Sherry FitzGerald",
    "DNG",
    "Purplebricks",
    "Dafydd Hardy",
    "Connells",
    "Hunters",
]
SURVEYORS = ["e.surv", "Connells Survey & Valuation", "Allied Surveyors", "Brady Valuers"]
PRODUCT_NAMES = [
    "2 Year Fixed 4.29% 75% LTV",
    "5 Year Fixed 4.09% 60% LTV",
    "Tracker 2yr BBR+0.84%",
    "4 Year Fixed Green 3.95%",
    "10 Year Fixed 4.45% 80% LTV",
    "Variable 4.15% (IE)",
    "First Home 5yr Fixed 4.49% 95%",
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class UKIEFake(Fake):
    """Fake values for people and places in the UK and Ireland."""

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def email(self, first=None, last=None):
        first = ascii_fold(first or self.first()).lower().replace(" ", "")
        last = ascii_fold(last or self.last()).lower().replace(" ", "").replace("'", "")
        style = self.r.randint(0, 4)
        user = [
            f"{first}.{last}",
            f"{first}{last}{self.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{first}_{last[:5]}{self.r.randint(80, 99)}",
            f"{last}.{first}",
        ][style]
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def work_email(self, domain):
        first = ascii_fold(self.first()).lower().replace(" ", "")
        last = ascii_fold(self.last()).lower().replace(" ", "").replace("'", "")
        return f"{first}.{last}@{domain}"

    def phone(self, style=None):
        r = self.r
        mob = f"7{r.randint(400, 999)}{r.randint(100000, 999999)}"
        ie = f"8{self.pick('35679')}{r.randint(1000000, 9999999)}"
        style = style or self.pick(
            [
                "uk_mob",
                "uk_mob_e164",
                "uk_mob_intl",
                "uk_land",
                "ie_mob",
                "ie_mob_e164",
                "ie_land",
                "uk_mob_tight",
                "ie_mob_intl",
                "foreign",
            ]
        )
        if style == "foreign":
            return self.pick(
                [
                    f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}",
                    f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"+40 7{r.randint(20, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                ]
            )
        return {
            "uk_mob": f"0{mob[:4]} {mob[4:]}",
            "uk_mob_tight": f"0{mob}",
            "uk_mob_e164": f"+44{mob}",
            "uk_mob_intl": f"+44 {mob[:4]} {mob[4:]}",
            "uk_land": self.pick(
                [
                    f"020 7{r.randint(100, 999)} {r.randint(1000, 9999)}",
                    f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"029 20{r.randint(10, 99)} {r.randint(1000, 9999)}",
                    f"028 90{r.randint(10, 99)} {r.randint(1000, 9999)}",
                    f"0131 {r.randint(200, 999)} {r.randint(1000, 9999)}",
                ]
            ),
            "ie_mob": f"0{ie[:2]} {ie[2:5]} {ie[5:]}",
            "ie_mob_e164": f"+353{ie}",
            "ie_mob_intl": f"+353 {ie[:2]} {ie[2:5]} {ie[5:]}",
            "ie_land": self.pick(
                [
                    f"(01) {r.randint(200, 999)} {r.randint(1000, 9999)}",
                    f"+353 21 {r.randint(400, 499)} {r.randint(1000, 9999)}",
                    f"091 {r.randint(500, 599)} {r.randint(100, 999)}",
                ]
            ),
        }[style]

    def uk_mobile(self):
        return self.phone(self.pick(["uk_mob", "uk_mob_e164", "uk_mob_intl", "uk_mob_tight"]))

    def postcode(self):
        r = self.r
        inward = str(r.randint(0, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{self.pick(UK_POSTAREAS)}{r.randint(1, 20)} {inward}"

    def eircode(self):
        chars = "0123456789ACDEFHKNPRTVWXY"
        unique = self.r.choice("ACDEFHKNPRTVWXY") + "".join(self.r.choice(chars) for _ in range(3))
        return f"{self.pick(EIR_ROUTING)}{self.pick([' ', ' ', ''])}{unique}"

    def zip(self):
        return self.postcode() if self.r.random() < 0.65 else self.eircode()

    def street(self):
        if self.r.random() < 0.6:
            return f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)}"
        return f"{self.r.randint(1, 120)} {self.pick(IE_STREETS)}"

    def address_line1(self):
        x = self.r.random()
        if x < 0.15:
            return f"Flat {self.r.randint(1, 40)}, {self.r.randint(1, 90)} {self.pick(UK_STREETS)}"
        if x < 0.25:
            block = self.pick(["The Maltings", "Marina Village", "Clarion Quay"])
            return f"Apt {self.r.randint(1, 30)}, {block}"
        return self.street()

    def city(self):
        return self.pick(UK_TOWNS) if self.r.random() < 0.65 else self.pick(IE_TOWNS)

    def full_address(self):
        if self.r.random() < 0.6:
            return f"{self.address_line1()}, {self.pick(UK_TOWNS)} {self.postcode()}"
        return f"{self.street()}, {self.pick(IE_TOWNS)}, {self.pick(IE_COUNTIES)}, {self.eircode()}"

    def dob(self, style="iso", start=1958, end=2004):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        if style == "uk":
            return f"{d:02d}/{m:02d}/{y}"
        return f"{y}-{m:02d}-{d:02d}"

    def nino(self, spaced=None):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.r.choice(first) + self.r.choice(second)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        digits = f"{self.r.randint(0, 999999):06d}"
        suffix = self.r.choice("ABCD")
        spaced = self.r.random() < 0.4 if spaced is None else spaced
        if spaced:
            return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return prefix + digits + suffix

    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, range(8, 1, -1)))
        second = self.pick(["", "A", "A", "W"]) if self.r.random() < 0.7 else ""
        if second and second != "W":
            total += 9 * (ord(second) - 64)
        check = total % 23
        letter = "W" if check == 0 else chr(64 + check)
        return "".join(map(str, digits)) + letter + second

    def iban_of(self, country, bank):
        n_sort, n_acct = 6, 8
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(n_sort + n_acct))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.r.random() < 0.4:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def uk_iban(self):
        return self.iban_of("GB", self.pick(UK_BANKS)[0])

    def ie_iban(self):
        return self.iban_of("IE", self.pick(IE_BANKS)[0])

    def any_iban(self):
        return self.uk_iban() if self.r.random() < 0.55 else self.ie_iban()

    def sort_code(self):
        return "-".join(f"{self.r.randint(0, 99):02d}" for _ in range(3))

    def account_number(self):
        return f"{self.r.randint(0, 99999999):08d}"

    def uk_passport(self):
        return f"{self.r.randint(100000000, 999999999)}"

    def ie_passport(self):
        return (
            "".join(self.r.choice(string.ascii_uppercase) for _ in range(2))
            + f"{self.r.randint(0, 9999999):07d}"
        )

    def id_document(self):
        return self.pick([self.uk_passport, self.ie_passport, self.driving_licence])()

    def driving_licence(self):
        last = ascii_fold(self.last()).upper().replace("'", "").replace(" ", "")
        surname = (last + "99999")[:5]
        y, m, d = self.r.randint(1958, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.r.random() < 0.5:
            m += 50
        first = ascii_fold(self.first()).upper()
        initials = first[0] + self.pick(["9", self.pick(string.ascii_uppercase)])
        checks = "".join(self.r.choice(string.ascii_uppercase) for _ in range(2))
        return f"{surname}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{initials}9{checks}"

    def salary(self, lo=19000, hi=165000):
        return self.r.randrange(lo, hi, 250)

    def gbp(self, lo, hi, step=1000):
        return self.r.randrange(lo, hi, step)

    def ulid(self):
        return "".join(self.r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(26))


# -- contexts sent by the client libraries ------------------------------------------------------------

UK_PAGES = [
    "/",
    "/mortgages/first-time-buyers",
    "/remortgage",
    "/calculators/affordability",
    "/apply/applicants",
    "/apply/income",
    "/apply/property",
    "/account/documents",
]
IE_PAGES = [
    "/",
    "/mortgages/first-time-buyers",
    "/switching",
    "/calculators/how-much-can-i-borrow",
    "/ga/cláraigh",
    "/apply/documents",
]


def web_context(f: UKIEFake) -> dict:
    ie = f.r.random() < 0.35
    host = "https://www.hearthstone.ie" if ie else "https://www.hearthstone.co.uk"
    path = f.pick(IE_PAGES if ie else UK_PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.co.uk/",
                        "https://www.google.ie/",
                        "",
                        "https://www.rightmove.co.uk/",
                        "https://www.daft.ie/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?step=2"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Hearthstone | Mortgage advice",
                        "How much can I borrow? | Hearthstone",
                        "Your application | Hearthstone",
                    ]
                )
            ),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "ga-IE", "cy-GB", "pl-PL"])),
        "timezone": G(lambda f: "Europe/Dublin" if ie else "Europe/London"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["ftb_spring24", "remortgage_rates_q2", "brand_ie"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "moneysavingexpert"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["mortgage broker near me", "remortgage calculator", "first time buyer mortgage"]
                )
            ),
            "content": G(lambda f: f.pick(["rsa_v2", "carousel_3", "hero_cta"])),
        }
    if f.r.random() < 0.25:
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "userId": G(lambda f: "usr_" + f.hexid(12)),
        }
    return ctx


def swift_context(f: UKIEFake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Hearthstone"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.2", "4.14.0"])),
            "build": G(lambda f: f.pick(["4120", "4132", "4140"])),
            "namespace": G(lambda f: "uk.co.hearthstone.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "cy-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def kotlin_context(f: UKIEFake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Hearthstone"),
            "version": G(lambda f: f.pick(["4.12.0", "4.14.1"])),
            "build": G(lambda f: f.pick(["41200", "41410"])),
            "namespace": G(lambda f: "uk.co.hearthstone.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus", "motorola"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "OP5958L1", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["en-GB", "en-IE", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "Three", "O2 - UK", "Vodafone IE", "eir"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                ]
            )
        ),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(51.3, 55.9), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-9.8, 0.2), 6), "geolocation"),
            "speed": G(lambda f: 0.0),
        }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_context(f: UKIEFake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Hearthstone Homes"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1", "2.9.3"])),
            "build": G(lambda f: f.pick(["280", "291", "293"])),
            "namespace": G(lambda f: "ie.hearthstone.homes"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546B", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(["en-IE", "en-GB"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["Europe/Dublin", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def flutter_context(f: UKIEFake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Hearthstone Move"),
            "version": G(lambda f: f.pick(["1.3.0", "1.4.2"])),
            "build": G(lambda f: f.pick(["31", "42"])),
            "namespace": G(lambda f: "uk.co.hearthstone.move"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Xiaomi", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone12,1", "2201117TY", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 393])), "height": G(lambda f: f.pick([812, 873]))},
        "locale": G(lambda f: f.pick(["en-GB", "en-IE"])),
        "timezone": G(lambda f: f.pick(["Europe/London", "Europe/Dublin"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def make(f: UKIEFake) -> dict:
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib in ("python", "node") and f.r.random() < 0.5:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if lib in ("python", "ruby", "java") and f.r.random() < 0.4:
            ctx["traits"] = {
                "email": Y(lambda f: f.email(), "email"),
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
            }
        if lib == "node" and f.r.random() < 0.3:
            ctx["groupId"] = G(lambda f: "firm_" + f.digits(5))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]


# -- shared value generators -------------------------------------------------------------------------


def money(lo, hi):
    return lambda f: round(f.r.uniform(lo, hi), 2)


def pick(*items):
    return lambda f: f.pick(list(items))


def app_id(f):
    return f"HS-{f.r.randint(2023, 2024)}-{f.digits(6)}"


def product():
    return {
        "product_id": G(lambda f: "prd_" + f.hexid(10)),
        "sku": G(
            lambda f: (
                f.pick(["NWD", "HAL", "SAN", "AIB", "BOI", "PTS"])
                + "-"
                + f.pick(["2FX", "5FX", "TRK", "10F"])
                + "-"
                + f.digits(4)
            )
        ),
        "name": G(pick(*PRODUCT_NAMES)),
        "brand": G(pick(*LENDERS)),
        "category": G(pick("fixed", "tracker", "variable", "green")),
        "price": G(money(650, 3400)),
        "position": G(lambda f: f.r.randint(1, 30)),
        "initial_rate": G(money(3.6, 6.2)),
        "apr": G(money(4.8, 8.1)),
    }


def callback_note(f):
    p = f.phone()
    return f.pick(
        [
            f"Please call me on {p} after 6pm",
            f"Best number is {p}, mornings only",
            f"Ring {p} - I'm at work until 5",
            f"Can you call my partner instead on {p}",
            f"{p} (mobile). Text first please",
        ]
    )


def adviser_note(f):
    return f.pick(
        [
            f"Client asked for the offer to be sent to {f.email()} instead",
            f"Spoke to client, new mobile number {f.phone()}",
            f"Joint applicant's email is {f.email()}, send DIP there too",
            f"Left voicemail on {f.phone()}, will try again Thursday",
            f"Solicitor contact: {f.work_email('harrisonclarke.co.uk')}",
        ]
    )


def sms_body(f):
    first, adviser = f.first(), f.first()
    return f.pick(
        [
            f"Hi {first}, it's {adviser} from Hearthstone. Your mortgage call is booked for "
            f"tomorrow at {f.r.randint(9, 17)}:00.",
            f"Hi {first}, {adviser} here. Just a reminder to upload your last 3 payslips.",
            f"{first}, your DIP is ready! {adviser} will call you shortly. Reply STOP to opt out",
        ]
    )


def lead_field_name(f):
    f._lead_field = f.pick(["full_name", "email", "phone_number"])
    return f._lead_field


def lead_field_value(f):
    field = getattr(f, "_lead_field", "email")
    if field == "full_name":
        return f"{f.first()} {f.last()}"
    if field == "email":
        return f.email()
    return f.phone()


def gift_reason(f):
    return f.pick(["Gift from parents", "Inheritance from grandmother", "Savings", "Help to Buy ISA bonus"])


def addr_obj():
    return {
        "line1": Y(lambda f: f.address_line1(), "address|street"),
        "line2": Y(
            lambda f: f.pick([*HOUSE_NAMES, "", "Ballsbridge", "Didsbury", "Canton"]), "address|street"
        ),
        "town": Y(lambda f: f.city(), "city"),
        "county": G(lambda f: f.pick(UK_COUNTIES + IE_COUNTIES)),
        "postcode": Y(lambda f: f.zip(), "zipcode"),
        "country": G(pick("GB", "IE")),
    }


# -- events ------------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- marketing site and calculators --------------------------------------------------------------
    (
        "page",
        "Mortgage Guide",
        ["web"],
        {
            "path": G(
                pick(
                    "/guides/first-time-buyer",
                    "/guides/remortgaging",
                    "/guides/stamp-duty",
                    "/guides/help-to-buy-ie",
                )
            ),
            "url": G(
                lambda f: (
                    "https://www.hearthstone.co.uk/guides/"
                    + f.pick(["first-time-buyer", "remortgaging", "stamp-duty"])
                )
            ),
            "title": G(pick("First-time buyer guide", "Remortgaging explained", "Stamp duty in 2024")),
            "referrer": G(pick("https://www.google.co.uk/", "", "https://www.bing.com/")),
            "search": G(pick("", "?utm_source=google&utm_medium=organic", "?ref=newsletter")),
            "category": G(pick("guides", "news")),
        },
    ),
    (
        "track",
        "Affordability Calculator Used",
        ["web", "rn"],
        {
            "calculator_id": G(lambda f: "calc_" + f.hexid(8)),
            "applicant_count": G(pick(1, 2)),
            "annual_income": Y(lambda f: f.salary(), "salary"),
            "partner_annual_income": Y(lambda f: f.salary(0, 120000), "salary"),
            "monthly_outgoings": G(lambda f: f.r.randrange(200, 3500, 10)),
            "dependants_count": G(lambda f: f.r.randint(0, 4)),
            "deposit_amount": G(lambda f: f.gbp(5000, 150000)),
            "max_borrowing": G(lambda f: f.gbp(90000, 650000)),
            "region": G(pick("Greater London", "North West", "Wales", "Scotland", "Leinster", "Munster")),
            "first_time_buyer": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(21, 58)),
            "currency": G(pick("GBP", "EUR")),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "swift", "kotlin"],
        {
            "list_id": G(pick("best_buys", "ftb_95", "remortgage_5yr")),
            "category": G(pick("residential", "buy_to_let", "remortgage")),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Product Clicked",
        ["web", "kotlin"],
        {
            **{
                k: v
                for k, v in product().items()
                if k in ("product_id", "name", "brand", "price", "position")
            },
            "list_id": G(pick("best_buys", "ftb_95", "remortgage_5yr")),
            "monthly_payment": G(money(650, 3400)),
        },
    ),
    (
        "track",
        "Rate Alert Created",
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "product_type": G(pick("2yr_fixed", "5yr_fixed", "tracker")),
            "threshold_rate": G(money(3.5, 5.5)),
            "frequency": G(pick("daily", "weekly", "instant")),
            "alert_id": G(lambda f: f.uuid()),
        },
    ),
    # -- property search (portal-like features) ------------------------------------------------------
    (
        "track",
        "Property Search Performed",
        ["rn", "web"],
        {
            "search_location": G(
                pick(
                    "Leeds",
                    "Cork City",
                    "Didsbury, Manchester",
                    "Galway",
                    "Cardiff Bay",
                    "Swords, Co. Dublin",
                )
            ),
            "radius_miles": G(pick(0.25, 1, 3, 5, 10)),
            "min_price": G(lambda f: f.gbp(100000, 300000, 25000)),
            "max_price": G(lambda f: f.gbp(300000, 900000, 25000)),
            "min_bedrooms": G(lambda f: f.r.randint(1, 4)),
            "property_types": Many(G(pick("detached", "semi-detached", "terraced", "flat", "bungalow")), 3),
            "results_count": G(lambda f: f.r.randint(0, 800)),
        },
    ),
    (
        "track",
        "Property Saved",
        ["rn", "swift"],
        {
            "listing_id": G(lambda f: f.digits(9)),
            "listing_url": G(
                lambda f: (
                    f.pick(["https://www.rightmove.co.uk/properties/", "https://www.daft.ie/for-sale/"])
                    + f.digits(9)
                )
            ),
            "listing_address": G(
                lambda f: (
                    f"{f.pick(['Elm Grove', 'Station Road', 'Orchard Close', 'Griffith Avenue'])}, {f.city()}"
                )
            ),
            "asking_price": G(lambda f: f.gbp(110000, 950000, 5000)),
            "bedrooms": G(lambda f: f.r.randint(1, 5)),
            "agent_branch_name": G(lambda f: f.pick(AGENCIES) + " " + f.city()),
            "agent_branch_phone": G(lambda f: f.phone("uk_land")),
            "saved_list": G(pick("favourites", "maybe", "viewings")),
        },
    ),
    (
        "track",
        "Estate Agent Contacted",
        ["rn"],
        {
            "listing_id": G(lambda f: f.digits(9)),
            "agency_name": G(pick(*AGENCIES)),
            "negotiator_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "negotiator_email": Y(
                lambda f: f.work_email(f.pick(["foxtons.co.uk", "sherryfitz.ie", "savills.com"])), "email"
            ),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Hi, interested in viewing this weekend. Call me on {f.phone()}",
                        f"Is the vendor chain free? My number is {f.phone()}",
                        f"We have a DIP for this price, please ring {f.phone()}",
                    ]
                ),
                "phone",
                True,
            ),
            "viewing_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- accounts and auth ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.address_line1(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(pick("United Kingdom", "Ireland")),
            },
            "createdAt": G(lambda f: f.iso()),
            "buyerStage": G(pick("researching", "offer_accepted", "applying", "completed", "remortgaging")),
            "firstTimeBuyer": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "referralCode": G(lambda f: "HS" + f.hexid(6).upper()),
            "customerNumber": G(lambda f: f.digits(8)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: "https://cdn.hearthstone.co.uk/avatars/" + f.uuid() + ".jpg", "photo"),
        },
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift"],
        {
            "method": G(pick("email", "google", "apple")),
            "email": Y(lambda f: f.email(), "email"),
            "email_verified": G(lambda f: False),
            "terms_version": G(pick("2024-01", "2023-09")),
            "password_strength": G(pick("weak", "fair", "strong")),
            "referrer_code": G(lambda f: f.pick(["", "HS" + f.hexid(6).upper()])),
            "site": G(pick("uk", "ie")),
        },
    ),
    (
        "track",
        "Login Link Sent",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "magic_link_token": RED(lambda f: f.hexid(48), "token"),
            "link_url": RED(
                lambda f: "https://app.hearthstone.co.uk/auth/verify?token=" + f.hexid(48), "token", True
            ),
            "expires_at": G(lambda f: f.iso()),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["swift", "kotlin"],
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(pick("sms", "email")),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "masked_phone": G(lambda f: "07*** ***" + f.digits(3)),
            "verified": G(lambda f: True),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_url": RED(
                lambda f: "https://www.hearthstone.ie/account/reset?t=" + f.hexid(40), "token", True
            ),
            "expires_in": G(lambda f: 3600),
            "ip_country": G(pick("GB", "IE", "PL")),
        },
    ),
    (
        "track",
        "Sign In Failed",
        ["web"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "reason": G(pick("wrong_password", "unknown_account", "locked")),
            "attempt_count": G(lambda f: f.r.randint(1, 6)),
            "captcha_score": G(money(0, 1)),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift"],
        {},
    ),
    (
        "track",
        "Marketing Preferences Updated",
        ["rn", "web"],
        {
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "phone_opt_in": G(lambda f: f.pick([True, False])),
            "post_opt_in": G(lambda f: f.pick([True, False])),
            "updated_via": G(pick("settings", "unsubscribe_link", "adviser")),
        },
    ),
    # -- application ---------------------------------------------------------------------------------
    (
        "track",
        "Application Started",
        ["web", "swift", "kotlin"],
        {
            "application_id": G(lambda f: f.uuid()),
            "application_ref": G(app_id),
            "application_type": G(pick("purchase", "remortgage", "buy_to_let", "further_advance")),
            "applicant_count": G(pick(1, 2)),
            "estimated_property_value": G(lambda f: f.gbp(110000, 1200000, 5000)),
            "loan_amount": G(lambda f: f.gbp(80000, 900000, 1000)),
            "term_years": G(pick(20, 25, 30, 35)),
            "ltv": G(money(40, 95)),
            "channel": G(pick("online", "phone", "branch")),
            "adviser_id": G(lambda f: "adv_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Applicant Details Completed",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "middle_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "previous_surname": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob("uk"), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "nationality": Y(
                    pick("British", "Irish", "Polish", "Indian", "Nigerian", "Romanian", "Lithuanian"),
                    "citizenship",
                ),
                "marital_status": G(pick("single", "married", "civil_partnership", "divorced", "cohabiting")),
                "dependants_count": G(lambda f: f.r.randint(0, 4)),
                "ni_number": RED(lambda f: f.nino(), "national id"),
                "right_to_reside": RED(lambda f: f.pick([True, False]), "visa"),
                "visa_type": RED(
                    pick(
                        "none", "Skilled Worker", "EU Settled Status", "Stamp 4", "Indefinite Leave to Remain"
                    ),
                    "visa",
                ),
                "residential_status": G(pick("owner", "tenant", "living_with_family")),
                "years_at_address": G(lambda f: f.r.randint(0, 20)),
                "is_main_applicant": G(lambda f: True),
                "home_phone": Y(lambda f: f.phone(f.pick(["uk_land", "ie_land"])), "phone"),
                "work_email": Y(
                    lambda f: f.work_email(f.pick(["nhs.net", "accenture.com", "hse.ie", "tesco.com"])),
                    "email",
                ),
            },
            "joint_applicant": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob("uk"), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "relationship": G(pick("spouse", "partner", "parent", "sibling")),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "nationality": Y(
                    pick("British", "Irish", "Polish", "Indian", "Brazilian", "Chinese"), "citizenship"
                ),
                "ni_number": RED(lambda f: f.nino(), "national id"),
                "same_address": G(lambda f: f.pick([True, False])),
            },
            "step": G(lambda f: 1),
        },
    ),
    (
        "track",
        "Address History Added",
        ["web", "rn"],
        {
            "application_id": G(lambda f: f.uuid()),
            "addresses": Many(
                {
                    **addr_obj(),
                    "moved_in": G(lambda f: f"{f.r.randint(2005, 2024)}-{f.r.randint(1, 12):02d}"),
                    "months_at_address": G(lambda f: f.r.randint(1, 180)),
                    "is_current": G(lambda f: f.pick([True, False])),
                    "udprn": G(lambda f: f.digits(8)),
                },
                3,
            ),
            "three_years_covered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Postcode Lookup Performed",
        ["web"],
        {
            "input": Y(lambda f: f.zip(), "zipcode", True),
            "results_count": G(lambda f: f.r.randint(0, 60)),
            "selected_address_id": G(lambda f: f.digits(8)),
            "selected_address": Y(lambda f: f.full_address(), "address"),
            "provider": G(pick("getaddress.io", "loqate", "eircode_finder")),
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Employment Details Submitted",
        ["kotlin", "web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant_role": G(pick("main", "joint")),
            "employment_status": G(pick("employed", "self_employed", "contractor", "retired")),
            "employer_name": G(
                pick(
                    "NHS Greater Glasgow",
                    "Tesco",
                    "Accenture",
                    "Intel Ireland",
                    "HSE",
                    "Deloitte",
                    "Cardiff Council",
                )
            ),
            "job_title": G(
                pick("Staff Nurse", "Software Engineer", "Teacher", "Electrician", "Account Manager")
            ),
            "start_date": G(lambda f: f.dob("iso", 2004, 2024)),
            "contract_type": G(pick("permanent", "fixed_term", "zero_hours")),
            "on_probation": G(lambda f: f.pick([True, False])),
            "basic_salary": Y(lambda f: f.salary(), "salary"),
            "bonus_annual": Y(lambda f: f.salary(0, 25000), "salary"),
            "overtime_monthly": Y(lambda f: f.r.randrange(0, 1500, 50), "salary"),
            "hourly_rate": Y(money(11.44, 48), "salary"),
            "employer_phone": G(lambda f: f.phone(f.pick(["uk_land", "ie_land"]))),
        },
    ),
    (
        "track",
        "Income Verified",
        ["python"],
        {
            "application_id": G(lambda f: f.uuid()),
            "verification_id": G(lambda f: "ver_" + f.hexid(16)),
            "provider": G(pick("Experian Work Report", "Tink Income Check", "Revenue PAYE")),
            "verified_net_monthly_income": Y(money(1400, 9500), "salary"),
            "pay_frequency": G(pick("monthly", "four_weekly", "weekly")),
            "months_verified": G(lambda f: f.r.randint(3, 12)),
            "confidence": G(pick("high", "medium", "low")),
            "last_pay_date": G(lambda f: f.dob("iso", 2024, 2024)),
            "matches_declared": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Outgoings Submitted",
        ["rn", "web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "rent_monthly": G(lambda f: f.r.randrange(0, 2600, 25)),
            "childcare_monthly": G(lambda f: f.r.randrange(0, 1800, 25)),
            "credit_commitments": Many(
                {
                    "type": G(pick("credit_card", "car_finance", "personal_loan", "student_loan", "bnpl")),
                    "lender": G(pick("Barclaycard", "Klarna", "Zopa", "Santander", "Credit Union")),
                    "balance": G(money(100, 24000)),
                    "monthly_payment": G(money(20, 600)),
                },
                3,
            ),
            "total_monthly": G(money(300, 5000)),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["rn", "swift"],
        {
            "application_id": G(lambda f: f.uuid()),
            "dependant_id": G(lambda f: f.uuid()),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "relationship": G(pick("child", "stepchild", "parent")),
            "date_of_birth": Y(lambda f: f.dob("iso", 2008, 2024), "birthdate"),
            "age": G(lambda f: f.r.randint(0, 17)),
            "childcare_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Deposit Declared",
        ["web"],
        {
            "application_id": G(lambda f: f.uuid()),
            "donor_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "donor_email": Y(lambda f: f.email(), "email"),
            "donor_phone": Y(lambda f: f.phone(), "phone"),
            "donor_address": Y(lambda f: f.full_address(), "address"),
            "donor_relationship": G(pick("parent", "grandparent", "aunt/uncle", "sibling")),
            "gift_amount": G(lambda f: f.gbp(5000, 120000, 500)),
            "non_repayable": G(lambda f: True),
            "donor_will_live_in_property": G(lambda f: False),
            "source_of_funds": G(gift_reason),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["python"],
        {
            "application_id": G(lambda f: f.uuid()),
            "application_ref": G(app_id),
            "lender": G(pick(*LENDERS)),
            "product_code": G(lambda f: f.pick(["NW", "HX", "SAN", "BOI"]) + f.digits(5)),
            "loan_amount": G(lambda f: f.gbp(80000, 900000, 1000)),
            "applicants": Many(
                {
                    "role": G(pick("main", "joint")),
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                    "national_insurance_number": RED(lambda f: f.nino(), "national id"),
                    "employment_status": G(pick("employed", "self_employed", "retired")),
                    "gross_income": Y(lambda f: f.salary(), "salary"),
                    "age_at_term_end": G(lambda f: f.r.randint(55, 75)),
                },
                2,
            ),
            "submitted_at": G(lambda f: f.iso()),
            "proc_fee": G(money(300, 2500)),
        },
    ),
    (
        "track",
        "Approval In Principle Requested",
        ["python", "web"],
        {
            "aip_id": G(lambda f: f.uuid()),
            "lender": G(pick("AIB", "Bank of Ireland", "PTSB", "Haven Mortgages", "Avant Money")),
            "ppsn": RED(lambda f: f.ppsn(), "national id"),
            "eircode": Y(lambda f: f.eircode(), "zipcode"),
            "county": G(pick(*IE_COUNTIES)),
            "first_time_buyer": G(lambda f: f.pick([True, False])),
            "help_to_buy": G(lambda f: f.pick([True, False])),
            "htb_claim_number": G(lambda f: "HTB" + f.digits(7)),
            "central_bank_exemption": G(lambda f: f.pick([True, False])),
            "gross_household_income": Y(lambda f: f.salary(35000, 220000), "salary"),
            "loan_amount_eur": G(lambda f: f.gbp(150000, 800000, 1000)),
        },
    ),
    (
        "track",
        "Employer Reference Requested",
        ["python"],
        {
            "reference_id": G(lambda f: f.uuid()),
            "employee_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "employer_name": G(
                pick("NHS Greater Glasgow", "Tesco", "Accenture", "Intel Ireland", "HSE", "Deloitte")
            ),
            "hr_contact_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "hr_contact_email": Y(
                lambda f: f.work_email(f.pick(["nhs.net", "tesco.com", "hse.ie", "deloitte.co.uk"])), "email"
            ),
            "payroll_number": G(lambda f: f.digits(7)),
            "sent_via": G(pick("email", "post", "portal")),
        },
    ),
    (
        "track",
        "Joint Applicant Invited",
        ["web", "swift"],
        {
            "application_id": G(lambda f: f.uuid()),
            "invite_id": G(lambda f: f.uuid()),
            "invitee_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_mobile": Y(lambda f: f.uk_mobile(), "phone"),
            "invite_token": RED(lambda f: f.hexid(40), "token"),
            "relationship": G(pick("spouse", "partner", "parent", "friend")),
        },
    ),
    (
        "track",
        "Tenant Details Added",
        ["web"],
        {
            "btl_property_id": G(lambda f: f.uuid()),
            "tenant_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "tenant_email": Y(lambda f: f.email(), "email"),
            "tenant_phone": Y(lambda f: f.phone(), "phone"),
            "monthly_rent": G(lambda f: f.r.randrange(550, 3200, 25)),
            "tenancy_start": G(lambda f: f.dob("iso", 2019, 2024)),
            "tenancy_type": G(pick("AST", "periodic", "Part 4")),
        },
    ),
    # -- credit --------------------------------------------------------------------------------------
    (
        "track",
        "Credit Check Completed",
        ["java"],
        {
            "applicationId": G(lambda f: f.uuid()),
            "bureau": G(pick("Experian", "Equifax", "TransUnion", "Central Credit Register")),
            "searchType": G(pick("soft", "hard")),
            "creditScore": Y(lambda f: f.r.randint(380, 999), "credit score"),
            "scoreBand": Y(pick("Excellent", "Good", "Fair", "Poor", "Very Poor"), "credit score"),
            "ccjCount": G(lambda f: f.r.randint(0, 2)),
            "electoralRollRegistered": G(lambda f: f.pick([True, False])),
            "bankruptcy": G(lambda f: False),
            "reportRef": G(lambda f: f.ulid()),
            "checkedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Credit Report Viewed",
        ["swift", "rn"],
        {
            "credit_score": Y(lambda f: f.r.randint(0, 710), "credit score"),
            "score_change": G(lambda f: f.r.randint(-40, 40)),
            "bureau": G(pick("TransUnion", "Experian")),
            "report_date": G(lambda f: f.dob("iso", 2024, 2024)),
            "open_accounts": G(lambda f: f.r.randint(1, 14)),
            "utilisation_pct": G(lambda f: f.r.randint(0, 100)),
        },
    ),
    # -- open banking and statements -----------------------------------------------------------------
    (
        "track",
        "Bank Account Connected",
        ["kotlin", "swift"],
        {
            "provider": G(lambda f: f.pick([b for _, b in UK_BANKS + IE_BANKS])),
            "account_type": G(pick("current", "savings", "joint_current")),
            "sort_code": G(lambda f: f.sort_code()),
            "account_number": RED(lambda f: f.account_number(), "bank account"),
            "iban": RED(lambda f: f.any_iban(), "bank account"),
            "account_holder_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "consent_id": G(lambda f: f.uuid()),
            "consent_expires_at": G(lambda f: f.iso()),
            "accounts_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Bank Statement Analysed",
        ["go"],
        {
            "statement_id": G(lambda f: f.uuid()),
            "months_covered": G(pick(3, 6)),
            "average_balance": G(money(-800, 12000)),
            "gambling_transactions": G(lambda f: f.r.randint(0, 14)),
            "salary_credits_detected": G(lambda f: f.r.randint(0, 6)),
            "income_detected_monthly": Y(money(900, 9000), "salary"),
            "flags": Many(G(pick("returned_dd", "payday_loan", "none", "large_cash_withdrawal")), 2),
        },
    ),
    # -- documents and identity ----------------------------------------------------------------------
    (
        "track",
        "Document Uploaded",
        ["swift", "kotlin", "web"],
        {
            "document_id": G(lambda f: f.uuid()),
            "document_type": G(
                pick(
                    "payslip", "bank_statement", "p60", "passport", "driving_licence", "sa302", "utility_bill"
                )
            ),
            "file_name": G(
                lambda f: f.pick(
                    [
                        "IMG_" + f.digits(4) + ".jpg",
                        "Scan " + f.dob() + ".pdf",
                        "payslip_" + f.pick(["mar", "apr", "may"]) + "24.pdf",
                        "Statement_2024-0" + str(f.r.randint(1, 9)) + ".pdf",
                    ]
                )
            ),
            "mime_type": G(pick("application/pdf", "image/jpeg", "image/heic")),
            "size_bytes": G(lambda f: f.r.randint(80_000, 9_000_000)),
            "sha256": G(lambda f: f.hexid(64)),
            "upload_source": G(pick("camera", "files", "email_forward")),
            "applicant_role": G(pick("main", "joint")),
        },
    ),
    (
        "track",
        "ID Verification Completed",
        ["node"],
        {
            "check_id": G(lambda f: f.uuid()),
            "applicant_id": G(lambda f: f.uuid()),
            "result": G(pick("clear", "consider", "rejected")),
            "document": {
                "type": G(pick("passport", "driving_licence", "national_identity_card")),
                "number": RED(lambda f: f.id_document(), "passport|national id"),
                "issuing_country": G(pick("GBR", "IRL", "POL", "IND", "NGA")),
                "expiry_date": G(lambda f: f.dob("iso", 2025, 2034)),
            },
            "extracted": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "address": Y(lambda f: f.full_address(), "address"),
                "nationality": Y(
                    pick("BRITISH CITIZEN", "IRISH", "POLISH", "INDIAN", "NIGERIAN"), "citizenship"
                ),
            },
            "face_match_score": G(money(0.5, 1)),
            "liveness": G(pick("pass", "fail")),
            "href": G(lambda f: "/v3.6/checks/" + f.uuid()),
        },
    ),
    (
        "track",
        "Driving Licence Checked",
        ["php"],
        {
            "licence_number": Y(lambda f: f.driving_licence(), "license"),
            "licence_valid": G(lambda f: f.pick([True, False])),
            "penalty_points": G(lambda f: f.r.randint(0, 9)),
            "check_code_used": G(lambda f: True),
        },
    ),
    # -- property and valuation ----------------------------------------------------------------------
    (
        "track",
        "Property Details Added",
        ["web", "swift"],
        {
            "application_id": G(lambda f: f.uuid()),
            "property": {
                "house_name": Y(pick(*HOUSE_NAMES), "address|street"),
                "address_line1": Y(lambda f: f.street(), "address|street"),
                "town": Y(lambda f: f.city(), "city"),
                "postcode": Y(lambda f: f.zip(), "zipcode"),
                "county": G(lambda f: f.pick(UK_COUNTIES + IE_COUNTIES)),
                "property_type": G(pick("detached", "semi_detached", "terraced", "flat", "bungalow")),
                "tenure": G(pick("freehold", "leasehold", "share_of_freehold")),
                "bedrooms": G(lambda f: f.r.randint(1, 6)),
                "new_build": G(lambda f: f.pick([True, False])),
                "epc_rating": G(pick("A", "B", "C", "D", "E")),
                "purchase_price": G(lambda f: f.gbp(110000, 1200000, 500)),
            },
        },
    ),
    (
        "track",
        "Valuation Booked",
        ["python"],
        {
            "valuation_id": G(lambda f: "VAL" + f.digits(8)),
            "surveyor_firm": G(pick(*SURVEYORS)),
            "surveyor_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "appointment_at": G(lambda f: f.iso()),
            "access_contact_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "access_contact_phone": Y(lambda f: f.phone(), "phone"),
            "property_postcode": Y(lambda f: f.zip(), "zipcode"),
            "valuation_type": G(pick("desktop", "physical", "homebuyer_report")),
            "fee": G(pick(0, 250, 395, 650)),
        },
    ),
    # -- conveyancing, offer, completion -----------------------------------------------------------
    (
        "track",
        "Solicitor Instructed",
        ["php"],
        {
            "solicitor_firm": G(pick(*FIRMS)),
            "firm_sra_number": G(lambda f: f.digits(6)),
            "firm_phone": G(lambda f: f.phone(f.pick(["uk_land", "ie_land"]))),
            "firm_email": G(
                pick(
                    "conveyancing@harrisonclarke.co.uk",
                    "newbusiness@keystonelaw.co.uk",
                    "property@oconnellsolicitors.ie",
                    "info@bevanroberts.cymru",
                )
            ),
            "case_handler_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "case_handler_email": Y(
                lambda f: f.work_email(
                    f.pick(["harrisonclarke.co.uk", "keystonelaw.co.uk", "oconnellsolicitors.ie"])
                ),
                "email",
            ),
            "quote_total": G(money(900, 2800)),
            "panel_member": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conveyancing Milestone Reached",
        ["dotnet"],
        {
            "CaseId": G(lambda f: "CV-" + f.digits(7)),
            "Milestone": G(
                pick(
                    "SearchesOrdered",
                    "SearchesReturned",
                    "EnquiriesRaised",
                    "ExchangeOfContracts",
                    "Completion",
                )
            ),
            "SearchesReturned": G(lambda f: f.pick([True, False])),
            "ExpectedCompletionDate": G(lambda f: f.dob("iso", 2024, 2025)),
            "VendorSolicitor": G(pick(*FIRMS)),
            "BuyerName": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "UpdatedBy": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "DaysSinceInstruction": G(lambda f: f.r.randint(1, 140)),
        },
    ),
    (
        "track",
        "Mortgage Offer Issued",
        ["java"],
        {
            "offerId": G(lambda f: "OFR" + f.digits(9)),
            "lender": G(pick(*LENDERS)),
            "productCode": G(lambda f: f.pick(["NW", "HX", "SAN"]) + f.digits(5)),
            "loanAmount": G(lambda f: f.gbp(80000, 900000, 1000)),
            "initialRate": G(money(3.6, 6.2)),
            "termMonths": G(pick(240, 300, 360, 420)),
            "offerExpiryDate": G(lambda f: f.dob("iso", 2024, 2025)),
            "offerPdfUrl": G(lambda f: "https://docs.hearthstone.co.uk/offers/" + f.uuid() + ".pdf"),
            "borrowerNames": Many(Y(lambda f: f"{f.first()} {f.last()}", "name"), 2),
            "correspondenceAddress": Y(lambda f: f.full_address(), "address"),
        },
    ),
    (
        "track",
        "Completion Confirmed",
        ["node"],
        {
            "application_id": G(lambda f: f.uuid()),
            "completion_date": G(lambda f: f.dob("iso", 2024, 2024)),
            "lender": G(pick(*LENDERS)),
            "funds_released": G(lambda f: f.gbp(80000, 900000, 1000)),
            "keys_collected": G(lambda f: f.pick([True, False])),
            "new_home_address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    (
        "track",
        "Remortgage Reminder Scheduled",
        ["go"],
        {
            "current_lender": G(pick(*LENDERS)),
            "current_rate": G(money(1.2, 6)),
            "product_end_date": G(lambda f: f.dob("iso", 2024, 2027)),
            "current_mortgage_account_number": RED(lambda f: f.digits(10), "bank account"),
            "outstanding_balance": G(lambda f: f.gbp(20000, 700000, 100)),
            "property_value": G(lambda f: f.gbp(110000, 1200000, 5000)),
            "monthly_payment": G(money(400, 4000)),
            "reminder_at": G(lambda f: f.iso()),
            "borrower_email": Y(lambda f: f.email(), "email"),
        },
    ),
    # -- fees and payments ---------------------------------------------------------------------------
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(14)),
            "total": G(pick(299, 499, 995, 1495)),
            "currency": G(pick("GBP", "EUR")),
            "coupon": G(pick("", "FTB50", "REFER100")),
            "products": Many(
                {
                    "product_id": G(lambda f: "fee_" + f.pick(["broker", "admin", "protection_review"])),
                    "sku": G(pick("FEE-BRK-01", "FEE-ADM-02", "FEE-PRT-03")),
                    "name": G(pick("Broker fee", "Application admin fee", "Protection review")),
                    "price": G(pick(299, 499, 995)),
                    "quantity": G(lambda f: 1),
                },
                2,
            ),
            "payment_method_id": RED(
                lambda f: (
                    "pm_" + "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(24))
                ),
                "token",
            ),
            "card_brand": G(pick("visa", "mastercard", "amex")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_address": {
                "line1": Y(lambda f: f.address_line1(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(pick("GB", "IE")),
            },
        },
    ),
    (
        "track",
        "Valuation Fee Paid",
        ["php"],
        {
            "form_id": G(lambda f: "valfee_v2"),
            "cc_name": Y(lambda f: f"{f.first()} {f.last()}".upper(), "name"),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "amount": G(pick("250.00", "395.00", "650.00")),
            "submit": G(lambda f: "Pay now"),
        },
    ),
    # -- advisers and calls --------------------------------------------------------------------------
    (
        "track",
        "Adviser Call Scheduled",
        ["web"],
        {
            "event_type": G(pick("15 min intro call", "Full mortgage appointment", "Remortgage review")),
            "start_time": G(lambda f: f.iso()),
            "location_type": G(pick("phone", "video")),
            "meeting_url": G(lambda f: "https://zoom.us/j/" + f.digits(11)),
            "adviser": {
                "id": G(lambda f: "adv_" + f.digits(4)),
                "name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
                "email": Y(lambda f: f.work_email("hearthstone.co.uk"), "email"),
            },
            "invitee": {
                "name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
                "email": Y(lambda f: f.email(), "email"),
                "text_reminder_number": Y(lambda f: f.phone(), "phone"),
                "timezone": G(pick("Europe/London", "Europe/Dublin")),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "What's the best number to reach you on?"),
                    "answer": Y(lambda f: f.phone(), "phone", True),
                    "position": G(lambda f: 0),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "Inbound Call Completed",
        ["go"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.phone(f.pick(["uk_mob_e164", "ie_mob_e164"])), "phone", True),
            "To": G(pick("+443301234567", "+35315551234", "+442039998800")),
            "CallerName": Y(lambda f: f"{f.last().upper()} {f.first().upper()}", "name"),
            "CallDuration": G(lambda f: str(f.r.randint(5, 3600))),
            "queue": G(pick("new_business", "remortgage", "existing_case")),
            "adviser_id": G(lambda f: "adv_" + f.digits(4)),
            "outcome": G(pick("answered", "voicemail", "abandoned")),
            "recording_available": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "rn"],
        {
            "reason": G(pick("new_purchase", "remortgage", "application_help")),
            "preferred_time": G(pick("morning", "afternoon", "evening")),
            "note": Y(callback_note, "phone", True),
            "callback_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Adviser Note Added",
        ["ruby"],
        {
            "note_id": G(lambda f: f.digits(7)),
            "adviser_id": G(lambda f: "adv_" + f.digits(4)),
            "case_id": G(lambda f: "CASE-" + f.digits(6)),
            "content": Y(adviser_note, "email|phone", True),
            "category": G(pick("contact_update", "follow_up", "compliance")),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Adviser Assigned",
        ["java"],
        {
            "caseId": G(lambda f: "CASE-" + f.digits(6)),
            "adviserId": G(lambda f: "adv_" + f.digits(4)),
            "adviserName": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "adviserEmail": Y(lambda f: f.work_email("hearthstone.co.uk"), "email"),
            "adviserMobile": Y(lambda f: f.uk_mobile(), "phone"),
            "team": G(pick("FTB", "Remortgage", "Ireland", "Later Life")),
            "branch": G(pick("Leeds", "Cardiff", "Dublin 2", "Glasgow")),
            "branchPhone": G(pick("0113 496 0000", "029 2018 0500", "01 555 0190", "0141 496 0700")),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["python"],
        {
            "to": Y(lambda f: f.phone(f.pick(["uk_mob_e164", "ie_mob_e164"])), "phone", True),
            "sender": G(pick("HEARTHSTNE", "+447700900100")),
            "message_body": Y(sms_body, "name", True),
            "segments": G(pick(1, 2)),
            "status": G(pick("queued", "sent", "delivered")),
            "sid": G(lambda f: "SM" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Email Event Received",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "smtp_id": G(lambda f: f"<{f.hexid(20)}@mail.hearthstone.co.uk>"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "event": G(pick("delivered", "open", "click")),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "subject": G(
                pick("Your Decision in Principle", "Documents we still need", "Your mortgage offer is ready")
            ),
            "reply_to": G(pick("advice@hearthstone.co.uk", "no-reply@hearthstone.ie")),
            "category": Many(G(pick("transactional", "application", "offer")), 2),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(pick("user", "bot")),
            "text": G(
                pick(
                    "Hi, can I get a DIP today?",
                    "What documents do I need?",
                    "Do you charge a fee?",
                    "Is 5 year fixed better?",
                    "thanks!",
                )
            ),
            "bot_intent": G(pick("dip", "documents", "fees", "rates", "none")),
        },
    ),
    # -- .NET decision service, PascalCase ----------------------------------------------------------
    (
        "track",
        "Decision In Principle Issued",
        ["dotnet"],
        {
            "DipId": G(lambda f: f.uuid()),
            "Lender": G(pick(*LENDERS)),
            "Outcome": G(pick("Accept", "Refer", "Decline")),
            "MaxLoan": G(lambda f: f.gbp(80000, 700000, 1000)),
            "ApplicantName": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "ApplicantDob": Y(lambda f: f.dob("uk"), "birthdate"),
            "ExpiresOn": G(lambda f: f.dob("iso", 2024, 2025)),
            "Reference": G(lambda f: "DIP" + f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "FirstName": Y(lambda f: f.first(), "name"),
            "LastName": Y(lambda f: f.last(), "name"),
            "Email": Y(lambda f: f.email(), "email"),
            "MobileNumber": Y(lambda f: f.phone(), "phone"),
            "DateOfBirth": Y(lambda f: f.dob() + "T00:00:00", "birthdate"),
            "AddressLine1": Y(lambda f: f.address_line1(), "address|street"),
            "Town": Y(lambda f: f.city(), "city"),
            "Postcode": Y(lambda f: f.zip(), "zipcode"),
            "Country": G(pick("GB", "IE")),
            "BrokerId": G(lambda f: f.r.randint(1000, 9999)),
            "IsJointApplication": G(lambda f: f.pick([True, False])),
            "CreatedOn": G(lambda f: f.iso()),
        },
    ),
    # -- warehouse reverse-ETL, SCREAMING_SNAKE ------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "POSTCODE": Y(lambda f: f.zip(), "zipcode"),
            "ADDRESS_LINE_1": Y(lambda f: f.address_line1(), "address|street"),
            "CITY": Y(lambda f: f.city(), "city"),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 999), "credit score"),
            "ANNUAL_INCOME": Y(lambda f: f.salary(), "salary"),
            "CUSTOMER_NUMBER": G(lambda f: f.digits(8)),
            "LIFETIME_VALUE": G(money(0, 4000)),
            "CASE_COUNT": G(lambda f: f.r.randint(0, 4)),
            "LAST_APPLICATION_STAGE": G(pick("DIP", "FULL_APP", "OFFER", "COMPLETED", "NONE")),
            "MARKETING_CONSENT": G(lambda f: f.pick([True, False])),
            "SEGMENT": G(pick("FTB_HIGH_INTENT", "REMO_DUE_90D", "DORMANT")),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # -- Irish-language sign-up (hearthstone.ie/ga) -------------------------------------------------
    (
        "track",
        "Cuntas Cruthaithe",
        ["web"],
        {
            "ainm": Y(lambda f: f.first(), "name"),
            "sloinne": Y(lambda f: f.last(), "name"),
            "ríomhphost": Y(lambda f: f.email(), "email"),
            "uimhir_fóin": Y(lambda f: f.phone(f.pick(["ie_mob", "ie_mob_intl", "ie_land"])), "phone"),
            "seoladh": Y(lambda f: f.street(), "address|street"),
            "contae": G(pick(*IE_COUNTIES)),
            "baile": Y(lambda f: f.pick(IE_TOWNS), "city"),
            "éirchód": Y(lambda f: f.eircode(), "zipcode"),
            "dáta_breithe": Y(lambda f: f.dob("uk"), "birthdate"),
            "ceannaitheoir_céaduaire": G(lambda f: f.pick([True, False])),
            "teanga": G(pick("ga", "en")),
        },
    ),
    # -- Welsh-language application form ------------------------------------------------------------
    (
        "track",
        "Cais Wedi'i Gyflwyno",
        ["web"],
        {
            "enw_cyntaf": Y(lambda f: f.first(), "name"),
            "cyfenw": Y(lambda f: f.last(), "name"),
            "ebost": Y(lambda f: f.email(), "email"),
            "rhif_ffon": Y(lambda f: f.phone(f.pick(["uk_mob", "uk_land", "uk_mob_intl"])), "phone"),
            "cod_post": Y(lambda f: f.postcode(), "zipcode"),
            "cyfeiriad": Y(
                lambda f: (
                    f"{f.r.randint(1, 120)} "
                    + f.pick(["Heol y Parc", "Ffordd Pentre", "Stryd Fawr", "Lôn Glan Môr"])
                ),
                "address|street",
            ),
            "tref": Y(
                pick("Aberystwyth", "Caernarfon", "Bangor", "Carmarthen", "Cardiff", "Llanelli"), "city"
            ),
            "dyddiad_geni": Y(lambda f: f.dob("uk"), "birthdate"),
            "incwm_blynyddol": Y(lambda f: f.salary(), "salary"),
            "swm_benthyciad": G(lambda f: f.gbp(60000, 500000, 1000)),
            "math_eiddo": G(pick("tŷ sengl", "tŷ pâr", "tŷ teras", "fflat")),
            "prynwr_tro_cyntaf": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- partner leads and ads ----------------------------------------------------------------------
    (
        "track",
        "Lead Captured",
        ["go"],
        {
            "lead-id": G(lambda f: f.uuid()),
            "partner-id": G(pick("prt_rightmove", "prt_daft", "prt_mse", "prt_zoopla")),
            "full-name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "email-address": Y(lambda f: f.email(), "email"),
            "phone-number": Y(lambda f: f.phone(), "phone"),
            "postcode": Y(lambda f: f.zip(), "zipcode"),
            "date-of-birth": Y(lambda f: f.dob("uk"), "birthdate"),
            "property-value": G(lambda f: f.gbp(110000, 900000, 5000)),
            "lead-source": G(pick("portal_banner", "calculator", "agent_referral")),
            "consent-given": G(lambda f: True),
            "utm-campaign": G(pick("spring_ftb", "remo_q2", "ie_switch")),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(60))
                ),
                "advertising id",
            ),
        },
    ),
    (
        "track",
        "Lead Ad Submitted",
        ["node"],
        {
            "leadgen_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "ad_id": G(lambda f: f.digits(18)),
            "created_time": G(lambda f: f.iso()),
            "field_data": Many(
                {
                    "name": G(lead_field_name),
                    "values": Many(Y(lead_field_value, "name|email|phone", True), 1),
                },
                3,
            ),
            "platform": G(pick("fb", "ig")),
        },
    ),
    (
        "track",
        "Ad Conversion Sent",
        ["node"],
        {
            "conversion_name": G(pick("dip_completed", "application_submitted", "lead")),
            "conversion_value": G(pick(50, 150, 400)),
            "event_id": G(lambda f: f.uuid()),
            "gclid": Y(
                lambda f: (
                    "EAIaIQobChMI"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(50))
                ),
                "advertising id",
            ),
            "fbc": Y(
                lambda f: (
                    f"fb.1.{f.epoch_ms()}.IwAR"
                    + "".join(f.r.choice(string.ascii_letters + string.digits + "_-") for _ in range(40))
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
            "action_source": G(pick("website", "system_generated")),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "flutter"],
        {
            "referral_code": G(lambda f: "HS" + f.hexid(6).upper()),
            "referee_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "referee_email": Y(lambda f: f.email(), "email"),
            "referee_phone": Y(lambda f: f.phone(), "phone"),
            "channel": G(pick("whatsapp", "email", "sms", "copy_link")),
            "reward_amount": G(pick(50, 100)),
        },
    ),
    (
        "track",
        "Contact Selected",
        ["swift", "rn"],
        {
            "purpose": G(pick("invite_joint_applicant", "add_referee")),
            "label": Y(lambda f: f"{f.first()} {f.last()}", "name", True),
            "value": Y(lambda f: f.phone(), "phone", True),
            "type": G(pick("mobile", "iPhone", "home")),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(pick("apply_step_1", "callback_form")),
            "field": G(lambda f: "mobile"),
            "value": Y(lambda f: f.phone(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(300, 12000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- protection and insurance -------------------------------------------------------------------
    (
        "track",
        "Protection Quote Requested",
        ["kotlin", "web"],
        {
            "quote_id": G(lambda f: f.uuid()),
            "cover_type": G(pick("life", "critical_illness", "income_protection")),
            "cover_amount": G(lambda f: f.gbp(50000, 600000, 5000)),
            "term_years": G(pick(20, 25, 30)),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "medical_conditions": Many(
                Y(pick("asthma", "type 1 diabetes", "hypertension", "depression", "none"), "condition"), 2
            ),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "beneficiary_name": Y(lambda f: f"{f.first()} {f.last()}", "name"),
            "partner_date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "occupation": G(pick("Teacher", "Nurse", "Electrician", "Developer")),
            "monthly_premium": G(money(8, 120)),
            "insurer": G(pick("Aviva", "Legal & General", "Irish Life", "Zurich", "Royal London")),
        },
    ),
    (
        "track",
        "Home Insurance Quote Accepted",
        ["swift"],
        {
            "policyNumber": Y(lambda f: f.pick(["HHI", "AVH", "ZUR"]) + f.digits(9), "identification"),
            "insurer": G(pick("Aviva", "AXA", "Zurich", "FBD", "Direct Line")),
            "rebuildCost": G(lambda f: f.gbp(90000, 700000, 5000)),
            "contentsValue": G(lambda f: f.gbp(10000, 90000, 1000)),
            "claimsLast5Years": G(lambda f: f.r.randint(0, 2)),
            "startDate": G(lambda f: f.dob("iso", 2024, 2025)),
            "annualPremium": G(money(140, 900)),
        },
    ),
    # -- moving app (flutter) -----------------------------------------------------------------------
    (
        "track",
        "Moving Task Completed",
        ["flutter"],
        {
            "task": G(
                pick(
                    "book_removals",
                    "redirect_post",
                    "update_electoral_roll",
                    "set_up_broadband",
                    "register_pet_with_new_vet",
                )
            ),
            "removal_company": G(pick("Bishop's Move", "Pickfords", "Careful Movers Dublin", "")),
            "pet_name": G(pick("Biscuit", "Luna", "Murphy", "Bella", "Tánaiste")),
            "pet_type": G(pick("dog", "cat", "rabbit")),
            "new_postcode": Y(lambda f: f.zip(), "zipcode"),
            "broadband_provider": G(pick("BT", "Virgin Media", "Sky", "eir", "Pure Telecom")),
            "completed_at": G(lambda f: f.epoch_ms()),
        },
    ),
    # -- app screens ----------------------------------------------------------------------------------
    (
        "screen",
        "Application Progress",
        ["swift", "kotlin", "rn"],
        {
            "application_id": G(lambda f: f.uuid()),
            "step": G(pick("applicants", "income", "outgoings", "property", "documents", "review")),
            "percent_complete": G(lambda f: f.r.randint(0, 100)),
            "outstanding_documents": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    # -- back office: groups and request logs --------------------------------------------------------
    (
        "group",
        None,
        ["node"],
        {
            "name": G(
                pick(
                    "Northgate Mortgage Services",
                    "Emerald Home Finance",
                    "Cymru Mortgage Centre",
                    "Lakeside Financial",
                )
            ),
            "firm_type": G(pick("appointed_representative", "directly_authorised", "estate_agency_partner")),
            "fca_frn": G(lambda f: f.digits(6)),
            "office_phone": G(lambda f: f.phone(f.pick(["uk_land", "ie_land"]))),
            "support_email": G(
                pick(
                    "hello@northgatemortgages.co.uk",
                    "info@emeraldhomefinance.ie",
                    "admin@cymrumortgage.cymru",
                )
            ),
            "registered_office": {
                "line1": G(pick("Unit 4, Kings Court", "2 Dockside Quay", "Ty Menai, Parc Menai")),
                "town": G(pick("Leeds", "Dublin 1", "Bangor")),
                "postcode": G(pick("LS1 4AP", "D01 K0F1", "LL57 4HJ")),
            },
            "employees": G(lambda f: f.r.randint(2, 120)),
            "plan": G(pick("starter", "growth", "enterprise")),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "API Request Completed",
        ["go"],
        {
            "method": G(pick("GET", "POST", "PATCH")),
            "route": G(pick("/v2/applications/:id", "/v2/documents", "/v2/dip")),
            "status_code": G(pick(200, 201, 400, 401, 500)),
            "latency_ms": G(lambda f: f.r.randint(3, 2400)),
            "request_headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "user-agent": G(
                    lambda f: f.pick(
                        [*WEB_UAS, "okhttp/4.12.0", "Hearthstone/4.14.0 CFNetwork/1496.0.7 Darwin/23.5.0"]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
            },
        },
    ),
]


def build(seed: int, repeats: int):
    f = UKIEFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid() if client != "web" else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "firm_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind in ("identify", "group"):
                msg["traits"] = render(body, f, "traits", labels)
            elif kind != "alias":
                msg["properties"] = render(body, f, "properties", labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=131, repeats=26)
    write(Path(__file__).parent, "holdout131_", events, labels)
