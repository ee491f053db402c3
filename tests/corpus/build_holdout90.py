"""Writes holdout 90: tests/corpus/holdout90_events.jsonl and holdout90_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py's format were read), and
never scored by its author. Run: `.venv/bin/python -m tests.corpus.build_holdout90` (seeded, so
deterministic).

Domain: "Tallywise", a personal finance, budgeting and tax-filing app in the US, UK and Canada.
Covers identify/track/page/screen/group/alias calls with the `context` blocks of analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the server
libraries (python, node, go, java, ruby, php, csharp). Features: sign-up and sign-in, one-time
codes, bank linking (Plaid Link metadata, Plaid Identity, TrueLayer, Flinks), transactions,
notes, splits and P2P transfers, budgets and goals, net worth (property, vehicles, debts, crypto,
insurance), US returns (taxpayer, spouse filing jointly, dependants, W-2/1099, deductions,
medical expenses, refunds by direct deposit, e-file, residency), UK Self Assessment (UTR, NI
number, HMRC fraud-prevention headers, Marriage Allowance), Canadian returns (SIN, T4 slips,
union dues, disability tax credit, OHIP card, RRSP, political contributions), credit-score
monitoring and alerts, subscriptions (Segment e-commerce spec, Stripe-, Twilio-, SendGrid-,
AppsFlyer-, Meta CAPI-, Google Places- and Persona-shaped payloads), referrals, support and
tax-expert calls, household groups, reverse-ETL identifies from a warehouse.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use PascalCase
(.NET, Twilio), Title-Kebab-Case (HMRC headers), kebab-case (Persona, Flinks), SCREAMING_SNAKE
(warehouse syncs) or Canadian French keys. Hard cases: numeric ids, SKUs, versions, timestamps,
UUIDs, hashes; booleans, counters and enums under PII-sounding keys; PII under neutral keys
(`value`, `label`, `text`, `note`, `q`, `input`, `to`, `data`, `link`); free text that always
carries PII and free text that never does; other people's data (spouses, dependants, referees,
contacts, split participants, beneficiaries, staff); names of products, companies, merchants
and pets.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person. Colour = the reference's default for its matcher;
  for types outside the reference: red for credentials/secrets/tokens, card numbers, bank and
  other financial account numbers, government ids and health ids; yellow otherwise
  (geolocation, advertising id, credit score, political opinion, trade union).
- Green: ids we or a vendor issue (user, order, item, account, session, device ids, UUIDs,
  SKUs, invoice, receipt, claim, loyalty and customer numbers, a utility's account number),
  versions, timestamps, hashes of non-PII, money amounts (balances, refunds, deductions,
  transactions, net worth, tax withheld), enums, counters and booleans under PII-sounding keys,
  names of products, plans, companies, employers, merchants, charities, banks and pets, places
  that are not the person's (an ATM, a merchant's city, a trip destination), country, state,
  province, county, locale, timezone, currency, user agents, OS-issued device ids (IDFV,
  hashed Android id), card brand / last four / expiry / BIN, ABA routing numbers, sort codes,
  Canadian institution and transit numbers, a business's EIN, ages and age bands, marital and
  filing status, occupations and job titles, a business's own phones and mailboxes (support@,
  no-reply@, a Twilio sender number, a call-masking proxy number), UUID tokens (Places session
  token, appAccountToken), e-mail Message-IDs.
- Policy rows applied: insurance policy / insurer member numbers yellow `identification`; rx
  numbers yellow `medication`; pay, wages, AGI and income (also income bands) yellow `salary`;
  credit scores (also the bureau's score band) yellow `credit score`; plates yellow `license`,
  VINs yellow `serial`; gclid / fbclid / fbp / fbc yellow `advertising id`; the person's billing
  address yellow `address`; political party / union yellow; payment-method tokens, Plaid public
  and access tokens, one-time codes, sign-in link tokens, account PINs, the IRS IP PIN and e-file
  PINs red (`token`/`secret`/`password`); identity-document numbers red (`national id`,
  `passport`; a driving licence used as the KYC document is red `national id|license`); the
  provincial health card red `health id`; visa answers red `visa`.
- Decisions where the policy is silent (what a careful privacy owner would want flagged):
  sha256 of an e-mail or phone sent for ad matching (Meta CAPI `em`/`ph`) is yellow `email` /
  `phone` (a pseudonymous personal identifier); an APNs push token is red `token`; a crypto wallet
  address is a financial account, red `bank account`; a loan's or an RRSP plan's account number
  is red `bank account`; a tax preparer's PTIN and an ITIN are red `national id`; an amount under
  a key that names a special category (union dues, T4 box 44) is yellow `trade union`, while a
  generic `amount` stays green;
  health-expense descriptions are yellow `procedure|medication|condition`; an online-bank
  handle or Venmo username is yellow `name`; staff's personal work e-mails are yellow `email`.
- value_only: true when the key does not say what the value is; such paths hold the PII in
  every value. Free text is labelled by what every one of its values carries (the texts here
  either always carry it or never do); green when none does.
- Types use the reference's matcher names where one fits; `a|b` when either is fair.
"""

import hashlib
import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- values -----------------------------------------------------------------------------------------

FIRST = [
    "Jane",
    "Michael",
    "Amara",
    "Luis",
    "Mei",
    "Olga",
    "Ravi",
    "Sofia",
    "Kwame",
    "Hana",
    "Pierre",
    "Fatima",
    "Noah",
    "Chloé",
    "Aiyana",
    "Siobhan",
    "Tariq",
    "Yuki",
    "Mateo",
    "Priya",
    "Zoe",
    "Omar",
    "Gurpreet",
    "Lan",
    "Minh",
    "Ji-woo",
    "Seo-yeon",
    "Oluwaseun",
    "Chidi",
    "Adaeze",
    "Marie-Ève",
    "Jean-François",
    "Émilie",
    "Mathieu",
    "Hamish",
    "Eilidh",
    "Rhys",
    "Ffion",
    "Declan",
    "Aoife",
    "Mohammed",
    "Aisha",
    "Zainab",
    "Harpreet",
    "Rajesh",
    "Ananya",
    "Arjun",
    "Wei",
    "Xiaoling",
    "Hiroshi",
    "Kofi",
    "Abena",
    "Tomasz",
    "Agnieszka",
    "Svetlana",
    "Diego",
    "Valentina",
    "Camila",
    "Darnell",
    "Imani",
    "Ethan",
    "Olivia",
    "Liam",
    "Emma",
    "Oliver",
    "Amelia",
    "Isla",
    "Nia",
    "Thabo",
    "Leila",
    "Dariush",
    "Yael",
    "Rosa",
    "Manon",
    "Kateri",
    "Tenzin",
    "Bogdan",
    "Ngozi",
]
LAST = [
    "Smith",
    "Johnson",
    "Okafor",
    "García",
    "Chen",
    "Ivanova",
    "Patel",
    "Rossi",
    "Mensah",
    "Sato",
    "Dubois",
    "Haddad",
    "Tremblay",
    "Gagnon",
    "Côté",
    "Bouchard",
    "Nguyen",
    "Tran",
    "Kim",
    "Park",
    "Singh",
    "Sandhu",
    "Gill",
    "Sharma",
    "Khan",
    "Ahmed",
    "Hussain",
    "O'Brien",
    "Murphy",
    "MacDonald",
    "Campbell",
    "Jones",
    "Williams",
    "Evans",
    "Davies",
    "Kowalski",
    "Nowak",
    "Silva",
    "Santos",
    "Hernández",
    "Martinez",
    "Lopez",
    "Adeyemi",
    "Abubakar",
    "Wong",
    "Li",
    "Zhang",
    "Yamamoto",
    "Cohen",
    "Levi",
    "Mahmoud",
    "Begum",
    "Rahman",
    "Fitzgerald",
    "Van der Merwe",
    "Whitehorse",
    "Thompson",
    "Brown",
    "Washington",
    "Jackson",
    "Robinson",
    "Lefebvre",
    "Bergeron",
    "Pelletier",
    "Osei",
    "Boateng",
    "Kaur",
    "Reyes",
    "Cruz",
    "Mendoza",
    "Ali",
    "Tanaka",
    "Novak",
    "Papadopoulos",
    "Ferreira",
    "Łukasiewicz",
    "St-Pierre",
    "Nakashima",
]
MAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.co.uk",
    "example.ca",
    "inbox.example.com",
]
US_CITIES = [
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Phoenix", "AZ", "850"),
    ("Brooklyn", "NY", "112"),
    ("Atlanta", "GA", "303"),
    ("Seattle", "WA", "981"),
    ("Denver", "CO", "802"),
    ("Raleigh", "NC", "276"),
    ("Minneapolis", "MN", "554"),
    ("Sacramento", "CA", "958"),
    ("Tampa", "FL", "336"),
    ("Detroit", "MI", "482"),
    ("Albuquerque", "NM", "871"),
    ("Omaha", "NE", "681"),
]
UK_TOWNS = [
    ("Manchester", "M"),
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Birmingham", "B"),
    ("Edinburgh", "EH"),
    ("London", "SE"),
    ("Belfast", "BT"),
    ("Norwich", "NR"),
]
CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Montréal", "QC", "H"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Ottawa", "ON", "K"),
    ("Halifax", "NS", "B"),
    ("Winnipeg", "MB", "R"),
    ("Québec", "QC", "G"),
    ("Saskatoon", "SK", "S"),
    ("Gatineau", "QC", "J"),
]
US_STREETS = [
    "Maple",
    "Oak",
    "Cedar",
    "Willow",
    "Lakeview",
    "Washington",
    "Sunset",
    "Highland",
    "Riverside",
    "Magnolia",
]
US_SUFFIX = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl"]
UK_STREETS = [
    "Acacia",
    "Church",
    "Station",
    "Victoria",
    "Mill",
    "King's",
    "Queen's",
    "Manor",
    "Albert",
    "Heol y Coed",
]
UK_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Terrace"]
CA_STREETS = [
    "Queen St W",
    "Bloor St E",
    "rue Sainte-Catherine O",
    "boul. René-Lévesque",
    "Robson St",
    "17 Ave SW",
    "Spring Garden Rd",
    "Portage Ave",
    "ch. de la Côte-des-Neiges",
]
US_AREA = [212, 312, 415, 512, 614, 702, 404, 206, 303, 919, 612, 916, 813, 313, 505, 402]
CA_AREA = [416, 647, 604, 778, 514, 438, 403, 613, 902, 204, 306, 418, 819]
MERCHANTS = [
    "Starbucks",
    "Trader Joe's",
    "Tesco",
    "Loblaws",
    "Shell",
    "Uber",
    "Netflix",
    "Spotify",
    "Amazon",
    "Costco",
    "Tim Hortons",
    "Sainsbury's",
    "Target",
    "Chipotle",
    "Shoppers Drug Mart",
    "Pret A Manger",
    "Whole Foods Market",
    "Canadian Tire",
    "Boots",
    "Lyft",
    "Home Depot",
    "Deliveroo",
]
RAW_DESCRIPTIONS = [
    "SQ *BLUE BOTTLE COFFEE",
    "AMZN Mktp US*2K4L81Q03",
    "UBER   *TRIP HELP.UBER.COM",
    "TESCO STORES 3217",
    "TST* CHIPOTLE 2231",
    "PAYPAL *SPOTIFY",
    "NETFLIX.COM 866-579-7172 CA",
    "COSTCO WHSE #0481",
    "TIM HORTONS #4412",
    "CONTACTLESS PRET A MANGER LONDON",
    "POS W/D LOBLAWS 1021",
    "SHELL OIL 57442",
]
PFC = [
    ("FOOD_AND_DRINK", "FOOD_AND_DRINK_COFFEE"),
    ("FOOD_AND_DRINK", "FOOD_AND_DRINK_GROCERIES"),
    ("TRANSPORTATION", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES"),
    ("ENTERTAINMENT", "ENTERTAINMENT_TV_AND_MOVIES"),
    ("GENERAL_MERCHANDISE", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES"),
    ("TRANSPORTATION", "TRANSPORTATION_GAS"),
    ("RENT_AND_UTILITIES", "RENT_AND_UTILITIES_INTERNET_AND_CABLE"),
    ("MEDICAL", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS"),
]
BUDGET_CATEGORIES = [
    "Groceries",
    "Dining Out",
    "Rent",
    "Utilities",
    "Transport",
    "Subscriptions",
    "Kids",
    "Pets",
    "Travel",
    "Shopping",
    "Health",
    "Gifts",
]
INSTITUTIONS = [
    ("Chase", "ins_56"),
    ("Bank of America", "ins_127989"),
    ("Wells Fargo", "ins_127991"),
    ("Capital One", "ins_128026"),
    ("Ally Bank", "ins_25"),
    ("Navy Federal Credit Union", "ins_15"),
    ("RBC Royal Bank", "ins_39"),
    ("TD Canada Trust", "ins_38"),
    ("Desjardins", "ins_116"),
]
UK_PROVIDERS = [
    ("ob-monzo", "Monzo"),
    ("ob-barclays", "Barclays"),
    ("ob-hsbc", "HSBC UK"),
    ("ob-natwest", "NatWest"),
    ("ob-lloyds", "Lloyds"),
    ("ob-starling", "Starling Bank"),
    ("ob-nationwide", "Nationwide"),
]
EMPLOYERS = [
    "Kroger",
    "Amazon.com Services LLC",
    "Mayo Clinic",
    "City of Columbus",
    "Acme Logistics Inc",
    "Shopify Inc.",
    "NHS Greater Glasgow",
    "Ontario Power Generation",
    "Initech LLC",
    "Globex Corp",
]
CHARITIES = [
    ("American Red Cross", "53-0196605"),
    ("St. Jude Children's Research Hospital", "62-0646012"),
    ("Feeding America", "36-3673599"),
    ("Habitat for Humanity", "91-1914868"),
    ("Doctors Without Borders USA", "13-3433452"),
]
OCCUPATIONS = [
    "Registered Nurse",
    "Software Engineer",
    "Teacher",
    "Warehouse Associate",
    "Accountant",
    "Electrician",
    "Student",
    "Retired",
    "Barista",
    "Project Manager",
    "Truck Driver",
    "Dental Hygienist",
]
USER_AGENTS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 "
    "Safari/537.36 Edg/121.0.2277.98",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
]
ALNUM = string.ascii_letters + string.digits


def strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class FinFake(Fake):
    page: tuple[str, str, str] = ("", "", "")  # the page a `page` call is on: name, path, title

    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first = strip(self.first()).lower().replace("-", "").replace(" ", "")
        last = strip(self.last()).lower().replace("'", "").replace(" ", "").replace("ł", "l")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last[0]}",
                f"{last}.{first}{self.r.randint(70, 99)}",
                f"{first}+tally",
            ]
        )
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def alnum(self, n):
        return "".join(self.r.choice(ALNUM) for _ in range(n))

    def upper(self, n):
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    # phones
    def phone_nanp(self, areas):
        area, ex, line = self.pick(areas), self.r.randint(201, 989), self.r.randint(0, 9999)
        return self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area}-{ex}-{line:04d}",
                f"{area}.{ex}.{line:04d}",
            ]
        )

    def phone_uk(self):
        block, rest = self.r.randint(400, 999), self.r.randint(0, 999999)
        return self.pick([f"07{block} {rest:06d}", f"+44 7{block} {rest:06d}", f"+447{block}{rest:06d}"])

    def phone(self, style=None):
        country = style or self.pick(["us", "us", "uk", "ca"])
        if country == "uk":
            return self.phone_uk()
        return self.phone_nanp(CA_AREA if country == "ca" else US_AREA)

    # addresses
    def us_street(self):
        street = f"{self.r.randint(1, 9899)} {self.pick(US_STREETS)} {self.pick(US_SUFFIX)}"
        return street + self.pick(
            ["", "", "", f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}", " Unit 12"]
        )

    def uk_street(self):
        street = f"{self.r.randint(1, 220)} {self.pick(UK_STREETS)} {self.pick(UK_SUFFIX)}"
        return self.pick(["", "", f"Flat {self.r.randint(1, 12)}, "]) + street

    def ca_street(self):
        unit = self.pick(["", "", f"{self.r.randint(101, 2409)}-"])
        return f"{unit}{self.r.randint(10, 4800)} {self.pick(CA_STREETS)}"

    def us_zip(self, prefix=None):
        base = (prefix or str(self.r.randint(100, 998))) + f"{self.r.randint(0, 99):02d}"
        return base if self.r.random() < 0.8 else f"{base}-{self.r.randint(1, 9999):04d}"

    def uk_postcode(self, area=None):
        area = area or self.pick(UK_TOWNS)[1]
        return f"{area}{self.r.randint(1, 28)} {self.r.randint(1, 9)}{self.upper(2)}".replace("I", "J")

    def ca_postal(self, letter=None):
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        letter = letter or self.pick("KLMNT")
        d = self.r.randint
        return f"{letter}{d(0, 9)}{self.pick(letters)} {d(0, 9)}{self.pick(letters)}{d(0, 9)}"

    def city(self):
        return self.pick([c[0] for c in US_CITIES] + [t[0] for t in UK_TOWNS] + [c[0] for c in CA_CITIES])

    def postcode(self):
        return self.pick([self.us_zip(), self.uk_postcode(), self.ca_postal()])

    def street(self):
        return self.pick([self.us_street(), self.uk_street(), self.ca_street()])

    def full_address(self):
        kind = self.pick(["us", "us", "uk", "ca"])
        if kind == "us":
            city, state, prefix = self.pick(US_CITIES)
            return f"{self.us_street()}, {city}, {state} {self.us_zip(prefix)}"
        if kind == "uk":
            town, area = self.pick(UK_TOWNS)
            return f"{self.uk_street()}, {town} {self.uk_postcode(area)}"
        city, prov, letter = self.pick(CA_CITIES)
        return f"{self.ca_street()}, {city}, {prov} {self.ca_postal(letter)}"

    def dob(self, start=1948, end=2004, fmt=None):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        fmt = fmt or self.pick(["iso", "iso", "us", "uk"])
        return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "uk": f"{d:02d}/{m:02d}/{y}"}[
            fmt
        ]

    # government ids
    def ssn(self):
        raw = super().ssn()
        return raw if self.r.random() < 0.75 else raw.replace("-", "")

    def itin(self):
        group = self.pick([70, 71, 78, 83, 88, 92])
        return f"9{self.r.randint(0, 99):02d}-{group}-{self.r.randint(1, 9999):04d}"

    def nino(self):
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick(
            [c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")]
        )
        digits = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
        return f"{first}{second}{digits}{suffix}"

    def sin(self):
        number = self.luhn_complete(
            str(self.pick([1, 2, 3, 4, 5, 6, 7, 9])) + f"{self.r.randint(0, 9999999):07d}"
        )
        sep = self.pick([" ", "-", ""])
        return sep.join([number[:3], number[3:6], number[6:]])

    def utr(self):
        body = [self.r.randint(0, 9) for _ in range(9)]
        total = sum(w * d for w, d in zip([6, 7, 8, 9, 10, 5, 4, 3, 2], body, strict=True))
        check = [2, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][total % 11]
        return str(check) + "".join(map(str, body))

    def ein(self):
        prefix = self.pick([12, 20, 26, 27, 45, 46, 47, 81, 82, 83, 84, 88, 91, 93, 98])
        return f"{prefix}-{self.r.randint(0, 9999999):07d}"

    def ohip(self):
        number = self.luhn_complete(str(self.r.randint(1, 9)) + f"{self.r.randint(0, 99999999):08d}")
        return f"{number[:4]}-{number[4:7]}-{number[7:]}-{self.upper(2)}"

    # banking
    def aba(self):
        d = [int(c) for c in f"{self.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31, 32]):02d}"]
        d += [self.r.randint(0, 9) for _ in range(6)]
        partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return "".join(map(str, d)) + str((10 - partial % 10) % 10)

    def us_account(self):
        return self.digits(self.r.randint(8, 12))

    def sort_code(self):
        return f"{self.r.randint(1, 99):02d}-{self.r.randint(0, 99):02d}-{self.r.randint(0, 99):02d}"

    def gb_iban(self):
        bban = (
            self.pick(["BARC", "LOYD", "HBUK", "MONZ", "NWBK", "SRLG"])
            + f"{self.r.randint(0, 10**14 - 1):014d}"
        )
        numeric = "".join(str(int(c, 36)) for c in bban + "GB00")
        raw = f"GB{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def plaid_id(self):
        return self.alnum(37)

    def last4(self):
        return f"{self.r.randint(0, 9999):04d}"

    # ad and device ids
    def idfa(self):
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.2 else self.uuid().upper()

    def gclid(self):
        head = self.pick(["Cj0KCQjw", "EAIaIQobChMI", "CjwKCAjw"])
        return head + self.alnum(self.r.randint(50, 70)) + self.pick(["_BwE", "BwE", ""])

    def fbclid(self):
        return self.pick(["IwAR", "IwZXh0bgNhZW0CMTAAAR"]) + self.alnum(self.r.randint(40, 56)).replace(
            "0", "_"
        )

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def sha256(self, text=None):
        return hashlib.sha256((text or self.hexid(16)).encode()).hexdigest()

    def vin(self):
        values = {c: i for i, c in enumerate("0123456789")}
        values.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
        values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
        values.update({"P": 7, "R": 9})
        values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(["1HG", "1FA", "2T1", "3VW", "5YJ", "JN1", "WBA", "1C4", "KM8", "2HG"])
        body += (
            "".join(self.r.choice(chars) for _ in range(5)) + "0" + self.pick("LMNPR") + self.pick("ABCDEFGH")
        )
        body += f"{self.r.randint(0, 999999):06d}"
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        check = sum(values[c] * w for c, w in zip(body, weights, strict=True)) % 11
        return body[:8] + ("X" if check == 10 else str(check)) + body[9:]

    def plate(self):
        d = self.r.randint
        return self.pick(
            [
                f"{d(1, 9)}{self.upper(3)}{d(100, 999)}",
                f"{self.upper(3)}-{d(1000, 9999)}",
                f"{self.upper(2)}{d(10, 74)} {self.upper(3)}",
                f"{self.upper(4)} {d(100, 999)}",
            ]
        )

    def money_int(self, lo, hi, step=1):
        return self.r.randrange(lo, hi, step)


# -- contexts -------------------------------------------------------------------------------------

WEB_PAGES = [
    ("/dashboard", "Dashboard | Tallywise"),
    ("/transactions", "Transactions | Tallywise"),
    ("/budgets", "Budgets | Tallywise"),
    ("/tax/2023/federal/income", "Income - 2023 Return | Tallywise"),
    ("/tax/2023/dependents", "Dependents - 2023 Return | Tallywise"),
    ("/net-worth", "Net worth | Tallywise"),
    ("/credit", "Credit score | Tallywise"),
    ("/settings/security", "Security settings | Tallywise"),
]


PAGES = [
    ("Dashboard", "/dashboard", "Dashboard | Tallywise"),
    ("Tax Home", "/tax/2023", "2023 Tax Return | Tallywise"),
    ("Credit Score", "/credit", "Credit score | Tallywise"),
    ("Net Worth", "/net-worth", "Net worth | Tallywise"),
    ("Pricing", "/pricing", "Plans and pricing | Tallywise"),
]


def web_context(f: FinFake):
    path, title = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://app.tallywise.com/dashboard",
                        "https://www.reddit.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?tab=overview", "?year=2023"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://app.tallywise.com" + path),
        },
        "userAgent": G(lambda f: f.pick(USER_AGENTS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["122", "121", "24", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-CA", "fr-CA"])),
        "timezone": G(
            lambda f: f.pick(["America/New_York", "America/Chicago", "Europe/London", "America/Toronto"])
        ),
        "ip": Y(lambda f: f.ipv4() if f.r.random() < 0.85 else f.ipv6(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["tax_season_2024", "spring_budget", "refer_a_friend", "credit_week"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "reddit"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "referral"])),
            "term": G(
                lambda f: f.pick(["tax software", "budget app", "free credit score", "file taxes online"])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "banner_b", "textlink"])),
        },
    }


def swift_context(f: FinFake):
    return {
        "app": {
            "name": G(lambda f: "Tallywise"),
            "version": G(lambda f: f.pick(["8.4.0", "8.4.1", "8.5.0"])),
            "build": G(lambda f: f.pick(["8401", "8410", "8502"])),
            "namespace": G(lambda f: "com.tallywise.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.3", "1.5.6"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "en-CA", "fr-CA"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "17.4", "16.7.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(
            lambda f: f.pick(
                ["America/Los_Angeles", "America/New_York", "Europe/London", "America/Vancouver"]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
        },
    }


def kotlin_context(f: FinFake):
    return {
        "app": {
            "name": G(lambda f: "Tallywise"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.0"])),
            "build": G(lambda f: f.pick(["80400", "80500", "80501"])),
            "namespace": G(lambda f: "com.tallywise.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918U", "Pixel 8 Pro", "moto g power (2023)", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "devonn", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "fr-CA", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "Rogers", "Bell", "EE", "Vodafone UK"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(
            lambda f: f.pick(["America/Toronto", "America/Chicago", "America/Montreal", "Europe/London"])
        ),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918U Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Pro Build/TQ3A.230901.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(lambda f: f.email(), "email")},
    }


def rn_context(f: FinFake):
    return {
        "app": {
            "name": G(lambda f: "Tallywise"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.0"])),
            "build": G(lambda f: f.pick(["412", "415", "420"])),
            "namespace": G(lambda f: f.pick(["com.tallywise.ios", "com.tallywise.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546U", "Pixel 7"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-CA", "en-GB"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "16.6"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Denver", "America/Halifax", "Europe/London"])),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + f.alnum(14)),
            "email": Y(lambda f: f.email(), "email"),
            "phone": Y(lambda f: f.phone(), "phone"),
        },
    }


def flutter_context(f: FinFake):
    return {
        "app": {
            "name": G(lambda f: "Tallywise Budget"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2"])),
            "build": G(lambda f: f.pick(["310", "322"])),
            "namespace": G(lambda f: "com.tallywise.budget"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "Xiaomi", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "2201117TG", "SM-G991U"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: f.pick(["en_US", "en_CA", "fr_CA"])),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.1", "13", "14"])),
        },
        "screen": {"height": G(lambda f: f.pick([844, 800])), "width": G(lambda f: f.pick([390, 360]))},
        "timezone": G(lambda f: f.pick(["America/Toronto", "America/Edmonton", "America/New_York"])),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "csharp": ("analytics-csharp", ["2.3.4", "2.3.5"]),
}


def server_context(f: FinFake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("python", "node", "php", "ruby"):
        ctx["ip"] = Y(lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6(), "ip")
    if lib in ("node", "php"):
        ctx["userAgent"] = G(lambda f: f.pick(USER_AGENTS))
    if lib == "go":
        ctx["active"] = G(lambda f: False)
    if lib == "java":
        ctx["traits"] = {"email": Y(lambda f: f.email(), "email")}
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.email(), "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "csharp":
        ctx["instanceId"] = G(lambda f: f.uuid())
    return ctx


# -- reusable parts ---------------------------------------------------------------------------------

EN = [True, False]
STATES = ["CA", "TX", "NY", "FL", "OH", "WA", "GA", "CO", "NC", "MN"]


def product():
    return {
        "product_id": G(
            lambda f: f.pick(["prem_annual", "plus_monthly", "tax_deluxe_2023", "tax_state_addon"])
        ),
        "sku": G(lambda f: f.pick(["TW-PREM-12M", "TW-PLUS-1M", "TW-TAX-DLX-23", "TW-TAX-ST-23"])),
        "name": G(
            lambda f: f.pick(
                ["Tallywise Premium (annual)", "Tallywise Plus", "Deluxe Federal 2023", "State return add-on"]
            )
        ),
        "price": G(lambda f: f.pick([99.0, 7.99, 59.0, 39.0, 44.99])),
        "quantity": G(lambda f: 1),
        "category": G(lambda f: f.pick(["subscription", "tax"])),
    }


def us_address_block():
    return {
        "line1": Y(lambda f: f.us_street(), "address|street"),
        "line2": Y(lambda f: f.pick(["Apt 3", "Unit 210", "Suite 5B", "Apt 12F"]), "address|street"),
        "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
        "state": G(lambda f: f.pick(STATES)),
        "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
        "country": G(lambda f: "US"),
    }


def txn_note(f: FinFake) -> str:
    first, full = f.first(), f.full_name()
    return f.pick(
        [
            f"dinner w/ {first}",
            f"{first} paid me back",
            f"Rent to {full}",
            f"gift for {first}'s birthday",
            f"owe {first} half",
            f"{first} + {f.first()} groceries",
            f"babysitter ({first})",
        ]
    )


def support_text(f: FinFake) -> str:
    return f.pick(
        [
            f"Hi, please change my login email to {f.email()}",
            f"Can someone call me back on {f.phone()}? Refund still not in my account",
            f"My wife's email is {f.email()}, can you add her to the household?",
            f"I don't get the code texts on {f.phone()} anymore",
            f"Please send the 1099 to {f.email()} instead",
        ]
    )


def w2_ocr(f: FinFake) -> str:
    return (
        f"Form W-2 Wage and Tax Statement 2023 a Employee's social security number {f.ssn()} "
        f"b Employer identification number (EIN) {f.ein()} c Employer's name {f.pick(EMPLOYERS)} "
        f"1 Wages, tips, other compensation {f.money(18000, 160000)}"
    )


def otp_sms(f: FinFake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Tallywise verification code is {code}. Don't share it with anyone.",
            f"{code} is your Tallywise sign-in code. It expires in 10 minutes.",
            f"Tallywise: use code {code} to confirm your bank link.",
        ]
    )


def account_label(f: FinFake) -> str:
    first = f.first()
    return f.pick(
        [
            f"{first}'s checking",
            f"Joint w/ {first}",
            f"{f.full_name()} Savings",
            f"{first} college fund",
            f"{first} & {f.first()} bills",
        ]
    )


def ssn_last4(f: FinFake) -> str:
    return f"{f.r.randint(1, 9999):04d}"


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, client, body)

EVENTS = [
    # -- identity, sign-up, sign-in --------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone("us"), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.us_street(), "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(STATES)),
                "postalCode": Y(lambda f: f.us_zip(), "zipcode"),
                "country": G(lambda f: "US"),
            },
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
            "filingStatus": G(
                lambda f: f.pick(
                    ["single", "married_filing_jointly", "head_of_household", "married_filing_separately"]
                )
            ),
            "emailVerified": G(lambda f: f.pick(EN)),
            "phoneVerified": G(lambda f: f.pick(EN)),
            "ageBand": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "incomeRange": Y(
                lambda f: f.pick(["<25k", "25k-50k", "50k-75k", "75k-100k", "100k-150k", "150k+"]), "salary"
            ),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "mobile": Y(lambda f: f.phone_uk(), "phone"),
            "postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "date_of_birth": Y(lambda f: f.dob(fmt=f.pick(["iso", "uk"])), "birthdate"),
            "ni_number_on_file": G(lambda f: f.pick(EN)),
            "is_self_employed": G(lambda f: f.pick(EN)),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
            "created_at": G(lambda f: f.epoch_ms()),
            "country": G(lambda f: "GB"),
            "age": G(lambda f: f.r.randint(19, 78)),
        },
    ),
    (
        "identify",
        None,
        "kotlin",
        {
            "prenom": Y(lambda f: f.first(), "name"),
            "nom_de_famille": Y(lambda f: f.last(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone": Y(lambda f: f.phone("ca"), "phone"),
            "date_naissance": Y(lambda f: f.dob(fmt="iso"), "birthdate"),
            "code_postal": Y(lambda f: f.ca_postal(f.pick("HJG")), "zipcode"),
            "province": G(lambda f: "QC"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "etat_civil": G(lambda f: f.pick(["celibataire", "marie", "conjoint_de_fait", "divorce"])),
            "nombre_enfants": G(lambda f: f.r.randint(0, 4)),
            "revenu_annuel": Y(lambda f: f.money_int(24000, 180000, 500), "salary"),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple"])),
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "referral_code": G(lambda f: f.upper(3) + f.digits(4)),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok", "newsletter"])),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Signed In",
        "web",
        {
            "method": G(lambda f: f.pick(["password", "google", "passkey", "magic_link"])),
            "mfa_method": G(lambda f: f.pick(["sms", "totp", "none", "push"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "ip_country": G(lambda f: f.pick(["US", "GB", "CA"])),
            "session_id": G(lambda f: f.uuid()),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "email": Y(lambda f: f.email(), "email"),
            "link": RED(
                lambda f: "https://app.tallywise.com/auth/verify?token=" + f.alnum(43), "token", True
            ),
            "expires_in_minutes": G(lambda f: 15),
            "requested_from": G(lambda f: f.pick(["web", "ios", "android"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        {
            "email_address": Y(lambda f: f.email(), "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_at": G(lambda f: f.iso()),
            "account_found": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "python",
        {
            "channel": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
            "destination": Y(lambda f: f.phone(), "phone", True),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Two-Factor Method Added",
        "swift",
        {
            "method": G(lambda f: "sms"),
            "value": Y(lambda f: f.phone(), "phone", True),
            "is_primary": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["email", "phone", "address", "preferred_name", "avatar"])), 3
            ),
            "previous_email": Y(lambda f: f.email(), "email"),
            "new_email": Y(lambda f: f.email(), "email"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "preferred_name": Y(lambda f: f.first(), "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "avatar_url": Y(lambda f: f"https://cdn.tallywise.com/avatars/{f.uuid()}.jpg", "photo"),
            "phone_count": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    ("alias", None, "web", {}),
    ("alias", None, "swift", {}),
    # -- bank linking ------------------------------------------------------------------------------
    (
        "track",
        "Plaid Link Opened",
        "web",
        {
            "link_session_id": G(lambda f: f.uuid()),
            "products": Many(G(lambda f: f.pick(["transactions", "auth", "identity", "liabilities"])), 3),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        "web",
        {
            "institution": {
                "name": G(lambda f: f.pick(INSTITUTIONS)[0]),
                "institution_id": G(lambda f: f.pick(INSTITUTIONS)[1]),
            },
            "accounts": Many(
                {
                    "id": G(lambda f: f.plaid_id()),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Plaid Checking",
                                "Total Checking",
                                "360 Performance Savings",
                                "Sapphire Preferred",
                            ]
                        )
                    ),
                    "mask": G(lambda f: f.last4()),
                    "type": G(lambda f: f.pick(["depository", "credit", "loan"])),
                    "subtype": G(lambda f: f.pick(["checking", "savings", "credit card", "mortgage"])),
                },
                4,
            ),
            "link_session_id": G(lambda f: f.uuid()),
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
        },
    ),
    (
        "track",
        "Item Access Token Exchanged",
        "python",
        {
            "item_id": G(lambda f: f.plaid_id()),
            "access_token": RED(lambda f: "access-production-" + f.uuid(), "token"),
            "institution_id": G(lambda f: f.pick(INSTITUTIONS)[1]),
        },
    ),
    (
        "track",
        "Account Ownership Verified",
        "node",
        {
            "account_id": G(lambda f: f.plaid_id()),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "verification_method": G(
                lambda f: f.pick(["instant_auth", "same_day_micro_deposits", "database_match"])
            ),
            "identity": {
                "names": Many(Y(lambda f: f.full_name().upper(), "name"), 2),
                "emails": Many(
                    {
                        "data": Y(lambda f: f.email(), "email", True),
                        "primary": G(lambda f: f.pick(EN)),
                        "type": G(lambda f: f.pick(["primary", "secondary", "other"])),
                    },
                    2,
                ),
                "phone_numbers": Many(
                    {
                        "data": Y(lambda f: f.phone("us"), "phone", True),
                        "primary": G(lambda f: f.pick(EN)),
                        "type": G(lambda f: f.pick(["home", "mobile", "work"])),
                    },
                    2,
                ),
                "addresses": Many(
                    {
                        "data": {
                            "street": Y(lambda f: f.us_street(), "street|address"),
                            "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                            "region": G(lambda f: f.pick(STATES)),
                            "postal_code": Y(lambda f: f.us_zip(), "zipcode"),
                            "country": G(lambda f: "US"),
                        },
                        "primary": G(lambda f: f.pick(EN)),
                    },
                    2,
                ),
            },
        },
    ),
    (
        "track",
        "Open Banking Connected",
        "java",
        {
            "provider": {
                "provider_id": G(lambda f: f.pick(UK_PROVIDERS)[0]),
                "display_name": G(lambda f: f.pick(UK_PROVIDERS)[1]),
            },
            "account": {
                "account_id": G(lambda f: f.hexid(32)),
                "display_name": G(lambda f: f.pick(["Current Account", "Instant Saver", "Club Lloyds"])),
                "account_number": {
                    "sort_code": G(lambda f: f.sort_code()),
                    "number": RED(lambda f: f"{f.r.randint(0, 99999999):08d}", "bank account"),
                    "iban": RED(lambda f: f.gb_iban(), "bank account"),
                },
            },
        },
    ),
    (
        "track",
        "flinks-account-connected",
        "php",
        {
            "login-id": G(lambda f: f.uuid()),
            "request-id": G(lambda f: f.uuid()),
            "institution-name": G(lambda f: f.pick(["RBC", "TD", "Desjardins", "BMO", "Scotiabank"])),
            "institution-number": G(lambda f: f.pick(["003", "004", "815", "001", "002"])),
            "transit-number": G(lambda f: f"{f.r.randint(0, 99999):05d}"),
            "account-number": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "holder-name": Y(lambda f: f.full_name(), "name"),
        },
    ),
    # -- transactions, budgets, goals -----------------------------------------------------------------
    (
        "track",
        "Transaction Categorized",
        "swift",
        {
            "transaction_id": G(lambda f: f.plaid_id()),
            "amount": G(lambda f: f.money(1, 900)),
            "iso_currency_code": G(lambda f: f.pick(["USD", "CAD", "GBP"])),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)),
            "original_description": G(lambda f: f.pick(RAW_DESCRIPTIONS)),
            "category_primary": G(lambda f: f.pick(PFC)[0]),
            "category_detailed": G(lambda f: f.pick(PFC)[1]),
            "new_category": G(lambda f: f.pick(BUDGET_CATEGORIES)),
            "date": G(lambda f: f.dob(2024, 2024, "iso")),
            "counterparties": Many(
                {
                    "name": G(lambda f: f.pick(MERCHANTS)),
                    "type": G(lambda f: f.pick(["merchant", "marketplace", "payment_app"])),
                    "website": G(lambda f: f.pick(["starbucks.com", "amazon.com", "uber.com", "tesco.com"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Transaction Note Added",
        "swift",
        {
            "transaction_id": G(lambda f: f.plaid_id()),
            "note": Y(txn_note, "name", True),
            "note_length": G(lambda f: f.r.randint(5, 40)),
            "has_receipt": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Transaction Split",
        "rn",
        {
            "transaction_id": G(lambda f: f.plaid_id()),
            "total_amount": G(lambda f: f.money(10, 600)),
            "split_method": G(lambda f: f.pick(["even", "percent", "exact"])),
            "participants": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "share_amount": G(lambda f: f.money(5, 300)),
                    "paid": G(lambda f: f.pick(EN)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "P2P Payment Detected",
        "python",
        {
            "source": G(lambda f: f.pick(["venmo", "zelle", "interac", "cash_app", "paypal"])),
            "direction": G(lambda f: f.pick(["sent", "received"])),
            "counterparty_name": Y(lambda f: f.full_name(), "name"),
            "counterparty_handle": Y(
                lambda f: (
                    "@"
                    + strip(f.first())
                    + "-"
                    + strip(f.last()).replace(" ", "")
                    + "-"
                    + str(f.r.randint(1, 99))
                ),
                "name",
            ),
            "memo": G(
                lambda f: f.pick(
                    ["rent", "🍕🍺", "utilities march", "concert tix", "thx!", "groceries", "🏠"]
                )
            ),
            "amount": G(lambda f: f.money(5, 2000)),
            "recipient_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Payee Searched",
        "web",
        {
            "q": Y(
                lambda f: f.pick(
                    [f.full_name(), f.first() + " " + f.last()[:3], f.last() + ", " + f.first()]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "search_scope": G(lambda f: f.pick(["contacts", "recent_payees"])),
        },
    ),
    (
        "track",
        "Budget Created",
        "web",
        {
            "budget_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(BUDGET_CATEGORIES)),
            "monthly_limit": G(lambda f: f.money_int(50, 3000, 25)),
            "budget_name": G(
                lambda f: f.pick(["Family budget", "Spring 2024", "Move to Denver", "Baby on the way"])
            ),
        },
    ),
    (
        "track",
        "Goal Created",
        "flutter",
        {
            "goal_id": G(lambda f: f.uuid()),
            "goal_type": G(
                lambda f: f.pick(
                    ["emergency_fund", "travel", "home_down_payment", "debt_payoff", "education"]
                )
            ),
            "goal_name": G(
                lambda f: f.pick(
                    ["Emergency fund", "Japan 2025", "New roof", "House deposit", "Pay off Visa"]
                )
            ),
            "target_amount": G(lambda f: f.money_int(500, 80000, 100)),
        },
    ),
    (
        "track",
        "Account Nickname Changed",
        "swift",
        {
            "account_id": G(lambda f: f.plaid_id()),
            "label": Y(account_label, "name", True),
            "account_subtype": G(lambda f: f.pick(["checking", "savings", "529", "hsa"])),
        },
    ),
    (
        "track",
        "Pet Budget Created",
        "flutter",
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Bailey", "Captain Whiskers"])),
            "monthly_budget": G(lambda f: f.money_int(30, 400, 10)),
            "pet_birthday": G(lambda f: f.dob(2012, 2023, "iso")),
        },
    ),
    (
        "track",
        "Trip Budget Created",
        "web",
        {
            "destination_city": G(lambda f: f.pick(["Lisbon", "Tokyo", "Cancún", "Banff", "Edinburgh"])),
            "hotel_name": G(
                lambda f: f.pick(["Hotel Avenida Palace", "Fairmont Banff Springs", "Park Hyatt Tokyo"])
            ),
            "budget_total": G(lambda f: f.money_int(500, 9000, 50)),
        },
    ),
    (
        "screen",
        "Budget Detail",
        "swift",
        {
            "name": G(lambda f: "Budget Detail"),
            "budget_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(BUDGET_CATEGORIES)),
        },
    ),
    (
        "page",
        None,
        "web",
        {
            "name": G(lambda f: f.page[0]),
            "path": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://app.tallywise.com" + f.page[1]),
            "title": G(lambda f: f.page[2]),
            "referrer": G(
                lambda f: f.pick(["", "https://app.tallywise.com/login", "https://www.google.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?welcome=1", "?utm_source=email&utm_campaign=weekly_digest"])),
        },
    ),
    (
        "track",
        "Subscription Cancellation Requested",
        "ruby",
        {
            "merchant": G(
                lambda f: f.pick(["Netflix", "Spotify", "Planet Fitness", "Disney+", "Adobe", "Peloton"])
            ),
            "account_email_at_merchant": Y(lambda f: f.email(), "email"),
            "concierge_agent_name": Y(lambda f: f.full_name(), "name"),
            "case_id": G(lambda f: "CX-" + f.digits(7)),
            "savings_annual": G(lambda f: f.money(40, 900)),
        },
    ),
    (
        "track",
        "Bill Negotiation Requested",
        "node",
        {
            "provider": G(lambda f: f.pick(["Comcast Xfinity", "Rogers", "Virgin Media", "AT&T", "Sky"])),
            "provider_account_number": G(lambda f: f.digits(f.pick([9, 12, 16]))),
            "account_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|password"),
            "monthly_bill": G(lambda f: f.money(40, 300)),
            "service_address": Y(lambda f: f.full_address(), "address"),
        },
    ),
    (
        "track",
        "Rewards Card Linked",
        "kotlin",
        {
            "loyalty_program": G(
                lambda f: f.pick(["PC Optimum", "Tesco Clubcard", "Starbucks Rewards", "Air Miles"])
            ),
            "member_number": G(lambda f: f.digits(f.pick([10, 13, 16]))),
            "points_balance": G(lambda f: f.r.randint(0, 90000)),
        },
    ),
    (
        "track",
        "ATM Locator Used",
        "kotlin",
        {
            "latitude": Y(lambda f: round(f.r.uniform(25, 55), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-123, -0.1), 6), "geolocation"),
            "selected_atm": {
                "name": G(
                    lambda f: f.pick(
                        ["Chase ATM - Walgreens", "TD ATM Queen & Spadina", "Allpoint - 7-Eleven"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "1501 Guadalupe St, Austin, TX",
                            "455 Queen St W, Toronto, ON",
                            "201 E Colfax Ave, Denver, CO",
                        ]
                    )
                ),
                "lat": G(lambda f: f.pick([30.2812, 43.6487, 39.7402])),
                "lng": G(lambda f: f.pick([-97.7422, -79.3968, -104.9857])),
            },
        },
    ),
    # -- net worth --------------------------------------------------------------------------------
    (
        "track",
        "Property Added",
        "web",
        {
            "property_id": G(lambda f: f.uuid()),
            "address": {
                "line1": Y(lambda f: f.us_street(), "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "state": G(lambda f: f.pick(STATES)),
                "zip": Y(lambda f: f.us_zip(), "zipcode"),
            },
            "zpid": G(lambda f: f.digits(8)),
            "estimated_value": G(lambda f: f.money_int(120000, 1900000, 1000)),
            "mortgage_balance": G(lambda f: f.money_int(0, 900000, 100)),
            "is_primary_residence": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(
                lambda f: f"{f.r.randint(1, 9899)} {f.pick(US_STREETS)} {f.pick(US_SUFFIX)[:2]}",
                "address|street",
                True,
            ),
            "session_token": G(lambda f: f.uuid()),
            "prediction": {
                "place_id": G(lambda f: "ChIJ" + f.alnum(23)),
                "description": Y(
                    lambda f: f"{f.us_street()}, {f.pick(US_CITIES)[0]}, {f.pick(STATES)}, USA",
                    "address",
                    True,
                ),
                "types": Many(G(lambda f: f.pick(["premise", "street_address", "geocode"])), 2),
            },
            "predictions_shown": G(lambda f: f.r.randint(1, 5)),
            "country_restriction": G(lambda f: f.pick(["us", "ca", "gb"])),
        },
    ),
    (
        "track",
        "Vehicle Added",
        "rn",
        {
            "vin": Y(lambda f: f.vin(), "serial"),
            "make": G(lambda f: f.pick(["Honda", "Ford", "Toyota", "Tesla", "Hyundai"])),
            "model": G(lambda f: f.pick(["Civic", "F-150", "RAV4", "Model 3", "Tucson"])),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "estimated_value": G(lambda f: f.money_int(3000, 70000, 100)),
            "loan_balance": G(lambda f: f.money_int(0, 45000, 10)),
        },
    ),
    (
        "track",
        "Debt Added",
        "web",
        {
            "debt_type": G(
                lambda f: f.pick(["student_loan", "auto_loan", "credit_card", "personal_loan", "heloc"])
            ),
            "lender_name": G(
                lambda f: f.pick(
                    ["Nelnet", "MOHELA", "Capital One", "Sallie Mae", "Toyota Financial Services"]
                )
            ),
            "balance": G(lambda f: f.money(300, 90000)),
            "apr": G(lambda f: f.money(2, 29)),
            "account_last4": G(lambda f: f.last4()),
            "loan_account_number": RED(lambda f: f.digits(f.pick([10, 11, 12])), "bank account"),
        },
    ),
    (
        "track",
        "Crypto Wallet Connected",
        "node",
        {
            "wallet_address": RED(lambda f: "0x" + f.hexid(40), "bank account"),
            "wallet_provider": G(lambda f: f.pick(["MetaMask", "Coinbase Wallet", "Ledger Live"])),
            "balance_usd": G(lambda f: f.money(0, 40000)),
        },
    ),
    (
        "track",
        "Insurance Policy Added",
        "web",
        {
            "insurer": G(lambda f: f.pick(["State Farm", "Sun Life", "Aviva", "Northwestern Mutual"])),
            "policy_number": Y(lambda f: f.upper(2) + f.digits(8), "identification"),
            "coverage_amount": G(lambda f: f.money_int(25000, 2000000, 5000)),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
        },
    ),
    # -- US tax return ---------------------------------------------------------------------------
    (
        "track",
        "Tax Return Started",
        "web",
        {
            "return_id": G(lambda f: f.uuid()),
            "tax_year": G(lambda f: f.pick([2022, 2023])),
            "filing_status": G(lambda f: f.pick(["single", "married_filing_jointly", "head_of_household"])),
            "state_returns": Many(G(lambda f: f.pick(STATES)), 2),
            "product_tier": G(lambda f: f.pick(["free", "deluxe", "premier", "self_employed"])),
        },
    ),
    (
        "track",
        "Taxpayer Info Entered",
        "web",
        {
            "return_id": G(lambda f: f.uuid()),
            "taxpayer": {
                "first_name": Y(lambda f: f.first(), "name"),
                "middle_initial": Y(lambda f: f.pick(string.ascii_uppercase), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "date_of_birth": Y(lambda f: f.dob(fmt="us"), "birthdate"),
                "occupation": G(lambda f: f.pick(OCCUPATIONS)),
                "daytime_phone": Y(lambda f: f.phone("us"), "phone"),
                "is_blind": RED(lambda f: f.pick([False, False, True]), "disability"),
                "is_65_or_older": G(lambda f: f.pick(EN)),
                "ip_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "secret|password"),
            },
            "mailing_address": us_address_block(),
        },
    ),
    (
        "track",
        "Spouse Added",
        "web",
        {
            "return_id": G(lambda f: f.uuid()),
            "spouse": {
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "ssn": RED(lambda f: f.ssn(), "social security number"),
                "date_of_birth": Y(lambda f: f.dob(fmt="us"), "birthdate"),
                "occupation": G(lambda f: f.pick(OCCUPATIONS)),
                "email": Y(lambda f: f.email(), "email"),
                "is_nonresident_alien": G(lambda f: f.pick([False, False, True])),
            },
            "filing_jointly": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Dependent Added",
        "web",
        {
            "return_id": G(lambda f: f.uuid()),
            "dependents": Many(
                {
                    "first_name": Y(lambda f: f.first(), "name"),
                    "last_name": Y(lambda f: f.last(), "name"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "date_of_birth": Y(lambda f: f.dob(2004, 2023, "us"), "birthdate"),
                    "relationship": G(
                        lambda f: f.pick(
                            ["son", "daughter", "stepchild", "foster_child", "parent", "grandchild"]
                        )
                    ),
                    "months_lived_with_you": G(lambda f: f.r.randint(6, 12)),
                    "is_full_time_student": G(lambda f: f.pick(EN)),
                    "is_permanently_disabled": RED(
                        lambda f: f.pick([False, False, False, True]), "disability"
                    ),
                    "age": G(lambda f: f.r.randint(0, 24)),
                },
                3,
            ),
            "dependents_count": G(lambda f: f.r.randint(1, 4)),
            "childcare_provider": {
                "name": G(lambda f: f.pick(["Bright Horizons", "KinderCare", "YMCA After School"])),
            },
        },
    ),
    (
        "track",
        "W-2 Imported",
        "python",
        {
            "return_id": G(lambda f: f.uuid()),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "employer_ein": G(lambda f: f.ein()),
            "wages_box1": Y(lambda f: f.money(18000, 240000), "salary"),
            "federal_withholding_box2": G(lambda f: f.money(0, 40000)),
            "social_security_wages_box3": Y(lambda f: f.money(18000, 168600), "salary"),
            "state": G(lambda f: f.pick(STATES)),
            "employee_ssn_last4": RED(ssn_last4, "social security number"),
        },
    ),
    (
        "track",
        "1099 Income Added",
        "web",
        {
            "form_type": G(lambda f: f.pick(["1099-NEC", "1099-MISC", "1099-K"])),
            "payer_name": G(
                lambda f: f.pick(["Uber Technologies", "DoorDash Inc", "Upwork Global Inc", "Etsy Inc"])
            ),
            "payer_tin": G(lambda f: f.ein()),
            "nonemployee_compensation": Y(lambda f: f.money(400, 90000), "salary"),
            "federal_tax_withheld": G(lambda f: f.money(0, 5000)),
            "recipient_tin_last4": RED(ssn_last4, "social security number"),
            "has_schedule_c": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Deduction Claimed",
        "web",
        {
            "deduction_type": G(
                lambda f: f.pick(
                    ["mortgage_interest", "charitable", "student_loan_interest", "salt", "home_office"]
                )
            ),
            "amount": G(lambda f: f.money(50, 25000)),
            "charity_name": G(lambda f: f.pick(CHARITIES)[0]),
            "charity_ein": G(lambda f: f.pick(CHARITIES)[1]),
        },
    ),
    (
        "track",
        "Medical Expense Added",
        "web",
        {
            "expense_id": G(lambda f: f.uuid()),
            "expense_description": Y(
                lambda f: f.pick(
                    [
                        "Physiotherapy - 6 sessions",
                        "Insulin pens (3 months)",
                        "MRI of lower back",
                        "Sertraline 50mg refills",
                        "Root canal",
                        "Hearing aids",
                        "Chemotherapy copay",
                        "IVF cycle 2",
                    ]
                ),
                "procedure|medication|condition",
                True,
            ),
            "provider_name": G(
                lambda f: f.pick(["Kaiser Permanente", "CVS Pharmacy", "Bright Smile Dental", "Mayo Clinic"])
            ),
            "amount": G(lambda f: f.money(20, 15000)),
            "patient": G(lambda f: f.pick(["self", "spouse", "dependent"])),
            "hsa_paid": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Marketplace Insurance Added",
        "web",
        {
            "form": G(lambda f: "1095-A"),
            "marketplace_policy_number": Y(lambda f: f.digits(10), "identification"),
            "issuer_name": G(
                lambda f: f.pick(["Ambetter", "Oscar Health", "Blue Cross Blue Shield of Texas"])
            ),
            "covered_individuals": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "ssn": RED(lambda f: f.ssn(), "social security number"),
                    "coverage_start": G(lambda f: "2023-01-01"),
                    "coverage_end": G(lambda f: f.pick(["2023-12-31", "2023-06-30"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Estimated Refund Updated",
        "node",
        {
            "return_id": G(lambda f: f.uuid()),
            "federal_refund": G(lambda f: f.money(0, 9000)),
            "state_refund": G(lambda f: f.money(0, 2000)),
            "amount_owed": G(lambda f: f.money(0, 6000)),
            "agi": Y(lambda f: f.money(12000, 400000), "salary"),
            "effective_tax_rate": G(lambda f: round(f.r.uniform(0, 0.32), 4)),
        },
    ),
    (
        "track",
        "Refund Direct Deposit Set",
        "web",
        {
            "return_id": G(lambda f: f.uuid()),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "bank_name": G(lambda f: f.pick(INSTITUTIONS)[0]),
        },
    ),
    (
        "track",
        "Return E-Filed",
        "java",
        {
            "return_id": G(lambda f: f.uuid()),
            "submissionId": G(lambda f: f.digits(6) + "2024" + f.digits(3) + f.alnum(7).lower()),
            "selfSelectPin": RED(lambda f: f"{f.r.randint(0, 99999):05d}", "password|secret"),
            "priorYearAgi": Y(lambda f: f.money_int(10000, 300000), "salary"),
            "signatureDate": G(lambda f: f.dob(2024, 2024, "iso")),
            "ackStatus": G(lambda f: f.pick(["accepted", "pending", "rejected"])),
            "filedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Return Rejected",
        "java",
        {
            "return_id": G(lambda f: f.uuid()),
            "rejectCode": G(lambda f: f.pick(["IND-031-04", "IND-181-01", "R0000-504-02", "F1040-525-03"])),
            "ruleMessage": G(
                lambda f: f.pick(
                    [
                        "Primary taxpayer's prior-year AGI does not match IRS records.",
                        "Dependent SSN was used on another return.",
                        "Identity Protection PIN is missing or incorrect.",
                    ]
                )
            ),
            "fieldPath": G(
                lambda f: f.pick(
                    [
                        "/ReturnHeader/Filer/PrimarySSN",
                        "/IRS1040/DependentDetail",
                        "/ReturnHeader/IdentityProtectionPIN",
                    ]
                )
            ),
            "resubmissionAllowed": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Residency Questionnaire Completed",
        "web",
        {
            "us_citizen": Y(lambda f: f.pick([True, False]), "citizenship"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["India", "China", "Mexico", "Nigeria", "Canada", "Philippines"]),
                "citizenship",
            ),
            "visa_type": RED(lambda f: f.pick(["F-1", "H-1B", "J-1", "L-1", "O-1"]), "visa"),
            "days_in_us_current_year": G(lambda f: f.r.randint(30, 365)),
            "itin": RED(lambda f: f.itin(), "national id"),
            "treaty_country": G(lambda f: f.pick(["IN", "CN", "MX", "DE"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        "node",
        {
            "inquiry_id": G(lambda f: "inq_" + f.alnum(24)),
            "status": G(lambda f: f.pick(["completed", "failed", "needs_review"])),
            "document_type": G(lambda f: f.pick(["drivers_license", "state_id"])),
            "document_number": RED(
                lambda f: f.pick([f.upper(1) + f.digits(7), f.digits(9), f.upper(1) + f.digits(12)]),
                "national id|license",
            ),
            "fields": {
                "name-first": Y(lambda f: f.first(), "name"),
                "name-last": Y(lambda f: f.last(), "name"),
                "birthdate": Y(lambda f: f.dob(fmt="iso"), "birthdate"),
                "address-street-1": Y(lambda f: f.us_street(), "street|address"),
                "address-city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                "address-subdivision": G(lambda f: f.pick(STATES)),
                "address-postal-code": Y(lambda f: f.us_zip(), "zipcode"),
                "identification-number": RED(lambda f: f.upper(1) + f.digits(7), "national id|license"),
            },
            "selfie_url": Y(
                lambda f: "https://withpersona.com/api/v1/files/" + f.alnum(20) + "/selfie.jpg", "photo"
            ),
            "selfie_verified": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "swift",
        {
            "document_type": G(lambda f: f.pick(["W-2", "1099-INT", "receipt", "1098"])),
            "file_name": G(
                lambda f: f.pick(["IMG_4412.HEIC", "scan_0003.pdf", "W2_2023.pdf", "document.pdf"])
            ),
            "sha256": G(lambda f: f.sha256()),
            "ocr_text": RED(w2_ocr, "social security number", True),
        },
    ),
    (
        "track",
        "Tax Expert Call Scheduled",
        "web",
        {
            "expert_name": Y(lambda f: f.full_name(), "name"),
            "expert_credential": G(lambda f: f.pick(["CPA", "EA", "Tax Attorney"])),
            "expert_ptin": RED(lambda f: "P" + f.digits(8), "national id"),
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "proxy_number": G(lambda f: f.pick(["+18885550142", "+18885550177", "+14155550190"])),
            "scheduled_for": G(lambda f: f.iso()),
            "topic": G(lambda f: f.pick(["self_employment", "crypto", "dependents", "amend_return"])),
            "duration_minutes": G(lambda f: f.pick([15, 30, 45])),
        },
    ),
    # -- UK ---------------------------------------------------------------------------------------
    (
        "track",
        "Self Assessment Started",
        "swift",
        {
            "tax_year": G(lambda f: f.pick(["2022-23", "2023-24"])),
            "utr": RED(lambda f: f.utr(), "national id"),
            "ni_number": RED(lambda f: f.nino(), "national id"),
            "employment_type": G(lambda f: f.pick(["employed", "self_employed", "landlord", "director"])),
            "has_rental_income": G(lambda f: f.pick(EN)),
            "student_loan_plan": G(lambda f: f.pick(["none", "plan_1", "plan_2", "postgrad"])),
        },
    ),
    (
        "track",
        "HMRC Connected",
        "python",
        {
            "nino": RED(lambda f: f.nino(), "national id"),
            "connected_at": G(lambda f: f.iso()),
            "fraud_prevention_headers": {
                "Gov-Client-Public-IP": Y(lambda f: f.ipv4(), "ip"),
                "Gov-Client-Public-Port": G(lambda f: f.r.randint(1024, 65535)),
                "Gov-Client-Device-ID": G(lambda f: f.uuid()),
                "Gov-Client-Timezone": G(lambda f: f.pick(["UTC+00:00", "UTC+01:00"])),
                "Gov-Vendor-Version": G(
                    lambda f: f.pick(
                        [
                            "tallywise-web=8.5.0&tallywise-api=2024.3.1",
                            "tallywise-ios=8.4.1&tallywise-api=2024.3.1",
                            "tallywise-android=8.5.0&tallywise-api=2024.3.2",
                        ]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Marriage Allowance Applied",
        "web",
        {
            "partner_name": Y(lambda f: f.full_name(), "name"),
            "partner_ni_number": RED(lambda f: f.nino(), "national id"),
            "partner_date_of_birth": Y(lambda f: f.dob(fmt="uk"), "birthdate"),
            "transfer_amount": G(lambda f: 1260),
            "backdated_years": G(lambda f: f.r.randint(0, 4)),
            "applicant_is_lower_earner": G(lambda f: f.pick(EN)),
        },
    ),
    # -- Canada -----------------------------------------------------------------------------------
    (
        "track",
        "Déclaration commencée",
        "kotlin",
        {
            "annee_imposition": G(lambda f: f.pick([2022, 2023])),
            "province": G(lambda f: f.pick(["QC", "ON", "NB"])),
            "numero_assurance_sociale": RED(lambda f: f.sin(), "national id|social security number"),
            "situation_familiale": G(lambda f: f.pick(["celibataire", "marie", "conjoint_de_fait", "veuf"])),
            "conjoint": {
                "prenom": Y(lambda f: f.first(), "name"),
                "nom": Y(lambda f: f.last(), "name"),
                "nas": RED(lambda f: f.sin(), "national id|social security number"),
                "revenu_net": Y(lambda f: f.money(0, 160000), "salary"),
            },
            "nombre_personnes_a_charge": G(lambda f: f.r.randint(0, 4)),
            "premiere_declaration": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Virement Interac reçu",
        "kotlin",
        {
            "nom_expediteur": Y(lambda f: f.full_name(), "name"),
            "courriel_expediteur": Y(lambda f: f.email(), "email"),
            "montant": G(lambda f: f.money(5, 1500)),
            "message_virement": G(lambda f: f.pick(["loyer", "merci!", "souper vendredi", "hydro", "🎉"])),
            "numero_reference": G(lambda f: "CA" + f.alnum(8).upper()),
            "depot_automatique": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "T4 Slip Imported",
        "csharp",
        {
            "ReturnId": G(lambda f: f.uuid()),
            "TaxYear": G(lambda f: 2023),
            "SlipType": G(lambda f: "T4"),
            "EmployeeName": Y(lambda f: f.full_name(), "name"),
            "SocialInsuranceNumber": RED(lambda f: f.sin(), "national id|social security number"),
            "EmployerName": G(lambda f: f.pick(EMPLOYERS)),
            "EmploymentIncomeBox14": Y(lambda f: f.money(15000, 190000), "salary"),
            "IncomeTaxDeductedBox22": G(lambda f: f.money(1000, 50000)),
            "UnionDuesBox44": Y(lambda f: f.money(150, 1400), "trade union"),
            "ProvinceOfEmployment": G(lambda f: f.pick(["ON", "QC", "BC", "AB"])),
        },
    ),
    (
        "track",
        "Disability Tax Credit Checked",
        "web",
        {
            "dtc_approved": RED(lambda f: f.pick(EN), "disability"),
            "dependant_dtc_approved": RED(lambda f: f.pick(EN), "disability"),
            "t2201_on_file": RED(lambda f: f.pick(EN), "disability"),
            "years_eligible": G(lambda f: f.r.randint(0, 10)),
            "transfer_to_supporting_person": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Medical Expenses Claimed",
        "flutter",
        {
            "health_card_number": RED(lambda f: f.ohip(), "health id"),
            "claimant": G(lambda f: f.pick(["self", "spouse", "dependant"])),
            "expense_category": G(
                lambda f: f.pick(["prescription", "dental", "vision", "paramedical", "travel_for_care"])
            ),
            "prescription_rx_number": Y(lambda f: f.digits(f.pick([7, 8])), "medication"),
            "amount": G(lambda f: f.money(10, 6000)),
        },
    ),
    (
        "track",
        "RRSP Contribution Recorded",
        "flutter",
        {
            "amount": G(lambda f: f.money(100, 31560)),
            "contribution_room": G(lambda f: f.money(0, 80000)),
            "institution": G(
                lambda f: f.pick(["Wealthsimple", "RBC Direct Investing", "Questrade", "TD Direct Investing"])
            ),
            "plan_number": RED(lambda f: f.upper(3) + f.digits(6), "bank account"),
            "spousal_rrsp": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Political Contribution Claimed",
        "web",
        {
            "party": Y(
                lambda f: f.pick(
                    [
                        "Liberal Party of Canada",
                        "Conservative Party of Canada",
                        "NDP",
                        "Green Party of Canada",
                        "Bloc Québécois",
                    ]
                ),
                "political opinion",
            ),
            "amount": G(lambda f: f.money(20, 1650)),
            "receipt_number": G(lambda f: f.digits(9)),
            "jurisdiction": G(lambda f: f.pick(["federal", "provincial"])),
        },
    ),
    (
        "track",
        "Union Dues Entered",
        "kotlin",
        {
            "union_name": Y(
                lambda f: f.pick(
                    ["Unifor Local 444", "CUPE Local 79", "OPSEU", "Teamsters Local 419", "FTQ"]
                ),
                "trade union",
            ),
            "dues_paid": Y(lambda f: f.money(150, 1400), "trade union"),
            "on_t4": G(lambda f: f.pick(EN)),
        },
    ),
    # -- credit -----------------------------------------------------------------------------------
    (
        "track",
        "Credit Score Checked",
        "swift",
        {
            "bureau": G(lambda f: f.pick(["TransUnion", "Equifax", "Experian"])),
            "score": Y(lambda f: f.r.randint(480, 850), "credit score"),
            "score_band": Y(
                lambda f: f.pick(["Poor", "Fair", "Good", "Very Good", "Excellent"]), "credit score"
            ),
            "score_change": G(lambda f: f.r.randint(-25, 25)),
            "model": G(lambda f: f.pick(["VantageScore 3.0", "FICO 8", "Equifax Risk Score 2.0"])),
            "checked_at": G(lambda f: f.iso()),
            "utilization_pct": G(lambda f: f.r.randint(0, 95)),
        },
    ),
    (
        "track",
        "Credit Report Alert",
        "node",
        {
            "alert_id": G(lambda f: f.uuid()),
            "alert_type": G(
                lambda f: f.pick(["new_inquiry", "new_account", "address_change", "delinquency"])
            ),
            "creditor_name": G(
                lambda f: f.pick(["Discover Bank", "Synchrony Bank", "Capital One", "Affirm"])
            ),
            "reported_address": Y(lambda f: f.full_address(), "address"),
            "inquiry_date": G(lambda f: f.dob(2024, 2024, "iso")),
        },
    ),
    (
        "track",
        "Credit Freeze Requested",
        "web",
        {
            "bureau": G(lambda f: f.pick(["TransUnion", "Equifax", "Experian"])),
            "freeze_pin": RED(lambda f: f.digits(10), "secret|password"),
            "ssn_last4": RED(ssn_last4, "social security number"),
            "status": G(lambda f: f.pick(["submitted", "confirmed", "failed"])),
            "ssn_verified": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Dark Web Alert Viewed",
        "rn",
        {
            "breach_name": G(
                lambda f: f.pick(["LinkedIn 2016", "Canva 2019", "MyFitnessPal 2018", "Dropbox 2012"])
            ),
            "exposed_email": Y(lambda f: f.email(), "email"),
            "exposed_phone": Y(lambda f: f.phone(), "phone"),
            "exposed_data_types": Many(
                G(lambda f: f.pick(["email", "password", "phone", "name", "ip_address"])), 4
            ),
            "password_was_exposed": G(lambda f: f.pick(EN)),
        },
    ),
    (
        "track",
        "Credit Card Application Submitted",
        "python",
        {
            "application_id": G(lambda f: f.uuid()),
            "card_product": G(
                lambda f: f.pick(["Chase Sapphire Preferred", "Citi Double Cash", "Capital One Quicksilver"])
            ),
            "annual_income": Y(lambda f: f.money_int(20000, 350000, 1000), "salary"),
            "employment_status": G(lambda f: f.pick(["employed", "self_employed", "retired", "student"])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "military_status": RED(
                lambda f: f.pick(["none", "veteran", "active_duty", "reserve"]), "veteran"
            ),
            "decision": G(lambda f: f.pick(["approved", "pending", "declined"])),
        },
    ),
    (
        "track",
        "Refinance Application Started",
        "web",
        {
            "property_value": G(lambda f: f.money_int(150000, 1500000, 1000)),
            "loan_amount": G(lambda f: f.money_int(50000, 1000000, 1000)),
            "credit_score_range": Y(
                lambda f: f.pick(["620-659", "660-699", "700-739", "740+"]), "credit score"
            ),
            "property_zip": Y(lambda f: f.us_zip(), "zipcode"),
            "occupancy": G(lambda f: f.pick(["primary", "second_home", "investment"])),
            "hmda": {
                "ethnicity": Y(
                    lambda f: f.pick(
                        ["Hispanic or Latino", "Not Hispanic or Latino", "I do not wish to provide"]
                    ),
                    "ethnicity",
                ),
                "race": Y(
                    lambda f: f.pick(
                        ["Asian", "Black or African American", "White", "American Indian or Alaska Native"]
                    ),
                    "race",
                ),
                "sex": Y(lambda f: f.pick(["Female", "Male", "I do not wish to provide"]), "sex"),
            },
        },
    ),
    # -- purchases (e-commerce spec) -----------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
            "revenue": G(lambda f: f.pick([99.0, 7.99, 59.0, 98.0])),
            "coupon": G(lambda f: f.pick(["", "TAXSEASON20", "FRIEND10"])),
            "currency": G(lambda f: f.pick(["USD", "CAD", "GBP"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.last4()),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2024, 2031)),
            "card_bin": G(lambda f: f.pick(["414720", "542418", "371449", "601100", "453275"])),
            "billing_postal_code": Y(lambda f: f.postcode(), "zipcode"),
            "payment_method_id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        {
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
            "total": G(lambda f: f.pick([99.0, 7.99, 59.0, 98.0, 106.92])),
            "revenue": G(lambda f: f.pick([99.0, 7.99, 59.0, 98.0])),
            "currency": G(lambda f: f.pick(["USD", "CAD", "GBP"])),
            "products": Many(product(), 2),
            "billing_address": {"name": Y(lambda f: f.full_name(), "name"), **us_address_block()},
            "receipt_email": Y(lambda f: f.email(), "email"),
            "invoice_number": G(lambda f: "TW-" + f.digits(8)),
        },
    ),
    (
        "track",
        "In-App Purchase Completed",
        "swift",
        {
            "product_id": G(
                lambda f: f.pick(
                    ["com.tallywise.premium.annual", "com.tallywise.plus.monthly", "com.tallywise.tax.deluxe"]
                )
            ),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([99.99, 9.99, 129.99])),
            "currency": G(lambda f: f.pick(["USD", "CAD", "GBP"])),
        },
    ),
    (
        "track",
        "Subscription Renewed",
        "ruby",
        {
            "subscription_id": G(lambda f: "sub_1" + f.alnum(23)),
            "customer": G(lambda f: "cus_" + f.alnum(14)),
            "plan": G(lambda f: f.pick(["premium_annual", "plus_monthly"])),
            "amount": G(lambda f: f.pick([9900, 799, 12900])),
            "status": G(lambda f: f.pick(["active", "past_due"])),
            "default_payment_method": RED(lambda f: "pm_1" + f.alnum(23), "token"),
            "invoice": {
                "number": G(lambda f: f.upper(8) + "-" + f.digits(4)),
                "customer_email": Y(lambda f: f.email(), "email"),
                "customer_name": Y(lambda f: f.full_name(), "name"),
                "hosted_invoice_url": G(
                    lambda f: "https://invoice.stripe.com/i/acct_1" + f.alnum(15) + "/live_" + f.alnum(40)
                ),
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        "php",
        {
            "error_code": G(
                lambda f: f.pick(["card_declined", "expired_card", "incorrect_cvc", "processing_error"])
            ),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "generic_decline", None])
            ),
            "pan": RED(lambda f: f.card(), "credit card"),
            "amount": G(lambda f: f.pick([99.0, 7.99, 59.0])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- referrals, support, messages -------------------------------------------------------------------
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "referral_id": G(lambda f: f.uuid()),
            "referee_email": Y(lambda f: f.email(), "email"),
            "referee_name": Y(lambda f: f.full_name(), "name"),
            "referee_phone": Y(lambda f: f.phone(), "phone"),
            "reward_amount": G(lambda f: f.pick([10, 25, 50])),
            "referral_code": G(lambda f: f.upper(3) + f.digits(4)),
        },
    ),
    (
        "track",
        "Referral Reward Paid",
        "go",
        {
            "referrer_user_id": G(lambda f: "usr_" + f.alnum(14)),
            "reward_amount": G(lambda f: f.pick([10, 25, 50])),
            "payout_method": G(lambda f: f.pick(["paypal", "account_credit", "gift_card"])),
            "paypal_email": Y(lambda f: f.email(), "email"),
        },
    ),
    (
        "track",
        "Contacts Imported",
        "rn",
        {
            "count": G(lambda f: f.r.randint(1, 400)),
            "contacts": Many(
                {
                    "display_name": Y(lambda f: f.full_name(), "name"),
                    "phone_numbers": Many(Y(lambda f: f.phone(), "phone"), 2),
                    "emails": Many(Y(lambda f: f.email(), "email"), 2),
                    "has_thumbnail": G(lambda f: f.pick(EN)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Household Member Invited",
        "web",
        {
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_first_name": Y(lambda f: f.first(), "name"),
            "role": G(lambda f: f.pick(["co_owner", "viewer", "advisor"])),
            "relationship": G(lambda f: f.pick(["spouse", "partner", "parent", "financial_advisor"])),
            "permissions": Many(G(lambda f: f.pick(["view_balances", "edit_budgets", "view_tax_return"])), 3),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": Y(lambda f: f"The {f.last()} Household", "name"),
            "members_count": G(lambda f: f.r.randint(1, 5)),
            "plan": G(lambda f: f.pick(["free", "plus", "premium"])),
            "shared_budgets": G(lambda f: f.r.randint(0, 12)),
            "primary_email": Y(lambda f: f.email(), "email"),
            "household_created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Support Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "text": Y(support_text, "email|phone", True),
            "channel": G(lambda f: "messenger"),
        },
    ),
    (
        "track",
        "Support Ticket Resolved",
        "python",
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "agent_name": Y(lambda f: f.full_name(), "name"),
            "agent_email": Y(
                lambda f: (
                    strip(f.first()).lower()
                    + "."
                    + strip(f.last()).lower().replace("'", "").replace(" ", "")
                    + "@tallywise.com"
                ),
                "email",
            ),
            "support_email": G(
                lambda f: f.pick(["support@tallywise.com", "help@tallywise.co.uk", "aide@tallywise.ca"])
            ),
            "support_phone": G(lambda f: f.pick(["+1 888 555 0142", "0800 048 7711", "+1 855 555 0199"])),
            "csat": G(lambda f: f.r.randint(1, 5)),
            "category": G(lambda f: f.pick(["bank_link", "tax_return", "billing", "credit_score"])),
        },
    ),
    (
        "track",
        "Help Center Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "how to add dependent",
                        "where's my refund",
                        "hsa contribution limit",
                        "ssn mismatch error",
                        "unlink bank",
                    ]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    (
        "track",
        "Email Sent",
        "node",
        {
            "message_id": G(lambda f: f"<{f.hexid(20)}.{f.digits(6)}@mail.tallywise.com>"),
            "to": Y(lambda f: f.email(), "email", True),
            "from": G(
                lambda f: f.pick(["no-reply@tallywise.com", "tax@tallywise.com", "security@tallywise.com"])
            ),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Your 2023 return was accepted",
                        "Your weekly spending digest",
                        "New sign-in to Tallywise",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "SMS Sent",
        "go",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": Y(lambda f: f.phone(), "phone", True),
            "From": G(lambda f: f.pick(["+18885550142", "+447700900123", "+16475550188", "TALLYWISE"])),
            "Body": RED(otp_sms, "token", True),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    # -- attribution and ads -------------------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        "python",
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.idfa(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["TW_Tax_US_Q1", "TW_Budget_CA", "TW_Credit_US"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "customer_user_id": G(lambda f: "usr_" + f.alnum(14)),
        },
    ),
    (
        "track",
        "Conversion API Event Sent",
        "node",
        {
            "event_name": G(lambda f: f.pick(["CompleteRegistration", "Purchase", "StartTrial"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.email()), "email"),
                "ph": Y(lambda f: f.sha256(f.digits(11)), "phone"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(USER_AGENTS)),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "currency": G(lambda f: f.pick(["USD", "CAD", "GBP"])),
                "value": G(lambda f: f.pick([0, 99.0, 7.99])),
            },
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        "python",
        {
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "conversion_action": G(
                lambda f: f.pick(
                    [
                        "customers/1234567890/conversionActions/987654321",
                        "customers/1234567890/conversionActions/987650001",
                        "customers/1234567890/conversionActions/987650417",
                    ]
                )
            ),
            "order_id": G(lambda f: "ord_" + f.alnum(12)),
        },
    ),
    # -- settings and booleans -------------------------------------------------------------------------
    (
        "track",
        "Settings Changed",
        "flutter",
        {
            "email_notifications": G(lambda f: f.pick(EN)),
            "sms_alerts": G(lambda f: f.pick(EN)),
            "ssn_masked": G(lambda f: f.pick(EN)),
            "biometric_login": G(lambda f: f.pick(EN)),
            "passcode_enabled": G(lambda f: f.pick(EN)),
            "passcode_length": G(lambda f: f.pick([4, 6])),
            "address_on_statements": G(lambda f: f.pick(["home", "mailing"])),
        },
    ),
    # -- warehouse (reverse ETL) ------------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "USER_ID": G(lambda f: "usr_" + f.alnum(14)),
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PLAN_TIER": G(lambda f: f.pick(["FREE", "PLUS", "PREMIUM"])),
            "CREDIT_SCORE_LATEST": Y(lambda f: f.r.randint(480, 850), "credit score"),
            "LAST_LOGIN_AT": G(lambda f: f.iso()),
            "MAILING_ZIP": Y(lambda f: f.us_zip(), "zipcode"),
            "STATE_CODE": G(lambda f: f.pick(STATES)),
            "FILED_2023": G(lambda f: f.pick(EN)),
            "ACQ_CHANNEL": G(lambda f: f.pick(["PAID_SEARCH", "ORGANIC", "REFERRAL", "PAID_SOCIAL"])),
            "DEPENDENTS_CNT": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    # -- .NET back office --------------------------------------------------------------------------
    (
        "track",
        "Advisor Access Granted",
        "csharp",
        {
            "AdvisorName": Y(lambda f: f.full_name(), "name"),
            "AdvisorFirm": G(lambda f: f.pick(["Edward Jones", "Raymond James", "Independent"])),
            "AdvisorEmail": Y(lambda f: f.email(), "email"),
            "AccessLevel": G(lambda f: f.pick(["ReadOnly", "Full"])),
            "ExpiresAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Employer Verified",
        "csharp",
        {
            "EmployerName": G(lambda f: f.pick(EMPLOYERS)),
            "JobTitle": G(lambda f: f.pick(OCCUPATIONS)),
            "HourlyRate": Y(lambda f: f.money(14, 95), "salary"),
            "PayFrequency": G(lambda f: f.pick(["Weekly", "Biweekly", "SemiMonthly", "Monthly"])),
            "HireDate": G(lambda f: f.dob(2000, 2024, "iso")),
        },
    ),
]

CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(f: FinFake, client: str):
    if client in CLIENTS:
        return CLIENTS[client](f)
    return server_context(f, client)


def build(seed: int, repeats: int):
    f = FinFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict = {
                "type": kind,
                "messageId": f"ajs-next-{f.hexid(32)}" if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.alnum(14),
            }
            if kind == "track":
                msg["event"] = name
            elif kind == "page":
                f.page = f.pick(PAGES)
                msg["name"] = f.page[0]
            elif kind == "screen":
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "hh_" + f.alnum(10)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            if kind == "page":  # analytics.js fills context.page from the same page
                page = msg["context"]["page"]
                page["path"], page["title"] = f.page[1], f.page[2]
                page["url"] = "https://app.tallywise.com" + f.page[1]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=90, repeats=18)
    write(Path(__file__).parent, "holdout90_", events, labels)
