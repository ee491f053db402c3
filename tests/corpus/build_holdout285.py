"""Writes holdout285: tests/corpus/holdout285_events.jsonl and holdout285_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels, and without running the engine on these events. Only build.py's helpers,
fake.py, build_holdout3.py (for the format) and the reference's matcher table were read.

What it covers: a tenant-screening and rental-application service ("Keyhaven") used by landlords
and letting agents in the US, Canada (with Québec backends keyed in French) and Ireland. Applicant
identity verification (vendor-shaped webhooks), credit, eviction and background checks with
consent, income and employment verification (pay-stub OCR, a Plaid-like bank link, an employer
verification from a .NET service), references from previous landlords, co-applicants, guarantors,
household members, pets, vehicles, accommodation requests, HUD-style demographic surveys,
application fees (cards, ACH, Interac e-Transfer, SEPA direct debit from Ireland), landlord
dashboards, decisions, adverse-action notices, lease signing, SMS and e-mail delivery webhooks,
a warehouse reverse-ETL sync. identify / track / page / screen / group / alias calls with the
context blocks of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and C# server libraries.

Conventions: mostly camelCase and snake_case English keys; PascalCase (the C# employer and
credit-bureau services, a Twilio-shaped callback), kebab-case (a showing scheduler's webhook,
SendGrid's `smtp-id`), SCREAMING_SNAKE (the warehouse sync) and French keys (Québec backends).
Values are generated per event for one region (US, CA, QC, IE) so that phones, postal codes and
ids agree with each other: NANP and Irish phone formats, ZIP / Canadian postal codes / Eircodes,
SSNs of valid structure, Luhn-valid SINs, PPS numbers with their mod-23 check letter, Luhn-valid
cards, IBANs with mod-97 check digits, ABA routing numbers with their checksum. Names come from
many cultures (Irish, Québécois, South Asian, East Asian, West African, Latin American, ...).

Labelling rules (the Privacy Portal's default colours):
- Each leaf path is labelled once, by what its values are about; a path never carries two labels.
- PII: personal data about a natural person (applicant, co-applicant, guarantor, occupant,
  reference, HR contact, leasing agent, signer). Colour is the reference matcher's default;
  outside the reference: red for credentials, secrets, tokens, card numbers, bank accounts and
  government ids; yellow for geolocation, advertising ids and credit scores.
- Green: ids we or vendors issue (UUIDs, numeric ids, inquiry ids, SKUs, Message-IDs and SIDs),
  versions, timestamps, hashes of documents, amounts (rent, fees, debt balances), enums, counters
  and booleans even under PII-sounding keys (`emailVerified`, `ssnProvided`, `passwordStrength`),
  ages, marital status, job titles and employers, product / property / pet / bank names, a
  business's own phone, e-mail and address (agency offices, employer switchboards, credit bureaus,
  the company's SMS number, role mailboxes), card brand / last four / expiry / BIN, bank-account
  masks, routing, transit and institution numbers, BICs, masked phone numbers, user agents,
  OS-issued device ids, pets' names, data and photos, Stripe customer ids (`cus_`).
- Places that are not the person's home are green: a listing's address, city and postal code
  (the unit offered for rent, published in the listing, before anyone lives there), a searched
  area, a map viewport's centre. The applicant's current and previous homes (including the
  previous rental a landlord reference is about) and billing addresses are the person's: yellow.
- Contested cases follow the product's published policy: salaries, pay, stated and household
  incomes `salary` (yellow); credit and tenant-screening risk
  scores `credit score` (yellow); plates `license` and VINs `serial` (yellow); gclid / fbp
  `advertising id` (yellow); payment-method ids, Plaid public tokens, client secrets, one-time
  codes, magic-link tokens and lockbox codes red (`token` / `secret`); identity document numbers
  red. A driver's licence number collected to prove identity is an identity document's number:
  red, typed `national id|passport|license`. Immigration stamps, work permits and right-to-work
  answers are `visa` (red); nationality and citizenship status are `citizenship` (yellow).
- A boolean or enum revealing a special category is that category: service animals, accessible
  units and accommodation requests are `disability` (red); active-duty military and veteran
  households are `veteran` (red); race and ethnicity answers yellow. Where I could not settle a
  case from the rules, I chose what a careful privacy owner would want flagged: a boolean saying
  criminal records were found is yellow, typed `criminal record` (criminal-offence data is
  regulated like a special category); eviction counts, bankruptcy flags and judgment amounts are
  green (counters, booleans and amounts of a non-special kind).
- The last four of an SSN are red (`social security number`).
- value_only is true when the key does not say what the value is (`value`, `label`, `q`, `note`,
  `input`, `text`, `Body`, `invitedBy`, `details`, a typed `signature`, an autocaptured card box's
  `target.value`) and only the value reveals it. Such a path carries that PII in every one of its
  values; free text is labelled by what every value carries, and free text that never carries PII
  (reasons for leaving, reference comments, ticket subjects, Interac messages) is green. No
  free-text path mixes values with and without PII. Keys that name the content (`landlordPhone`,
  `signatureName`, `EmployeeFullName`) are not value_only.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- region-aware values --------------------------------------------------------------------------

FIRST_ANY = [
    "Emily", "Michael", "Keisha", "Tyrone", "Priya", "Arjun", "Harpreet", "Gurpreet", "Wei",
    "Xiaoling", "Min-jun", "Ji-woo", "Thi Lan", "Minh", "Chinedu", "Adaeze", "Oluwaseun", "Fatima",
    "Ahmed", "Yusuf", "Leila", "Mariana", "José", "Guadalupe", "Diego", "Olena", "Taras",
    "Agnieszka", "Tomasz", "Hamza", "Amani", "Kenji", "Rosa", "Malik", "Sarah", "David",
    "Jessica", "Liam", "Carmen", "Deshawn", "Anh", "Rahul", "Nadia", "Samuel", "Haruto", "Zainab",
]  # fmt: skip
LAST_ANY = [
    "Johnson", "Williams", "Brown", "Davis", "Sharma", "Singh", "Sandhu", "Wang", "Li", "Kim",
    "Park", "Nguyen", "Tran", "Okonkwo", "Adeyemi", "Abdi", "Hassan", "Rahman", "Hernández",
    "López", "Santos", "Kowalczyk", "Nowak", "Shevchenko", "Kovalenko", "Yilmaz", "Haddad",
    "Fernandes", "Reyes", "dela Cruz", "Washington", "Goldberg", "Mahmoud", "Tanaka", "Osei",
]  # fmt: skip
FIRST_QC = [
    "Marie-Ève", "Jean-François", "Mathieu", "Geneviève", "Élodie", "Maxime", "Frédéric", "Chloé",
    "Sébastien", "Émilie", "Olivier", "Catherine", "Mélanie", "Étienne", "Amélie", "Louis-Philippe",
]  # fmt: skip
LAST_QC = [
    "Tremblay", "Gagnon", "Côté", "Bouchard", "Lévesque", "Roy", "Gauthier", "Bélanger",
    "Morin", "Pelletier", "Bergeron", "Lavoie", "Fortin", "Jean-Baptiste", "St-Pierre",
]  # fmt: skip
FIRST_IE = [
    "Aoife", "Siobhán", "Pádraig", "Ciarán", "Niamh", "Oisín", "Saoirse", "Cian", "Clodagh",
    "Darragh", "Róisín", "Eoin", "Caoimhe", "Seán", "Orla", "Tadhg", "Gráinne", "Fionn",
]  # fmt: skip
LAST_IE = [
    "Murphy", "Ó Súilleabháin", "Ní Bhriain", "Kelly", "O'Connor", "Walsh", "Byrne", "Ryan",
    "O'Brien", "Mac Giolla Phádraig", "Doherty", "Fitzgerald", "Kavanagh", "Nic Aodha", "Brennan",
]  # fmt: skip
MAILBOXES = [
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "protonmail.com",
    "yahoo.ca", "videotron.ca", "sympatico.ca", "eircom.net", "live.ie", "aol.com",
]  # fmt: skip
US_AREAS = ["212", "312", "415", "512", "617", "206", "303", "404", "305", "713", "646", "773"]
CA_AREAS = ["514", "438", "418", "450", "819", "416", "647", "604", "403", "613"]
US_STREETS = ["Oak St", "N Halsted St", "Maple Ave", "Cedar Ln", "Elm Street", "W 118th St",
              "Magnolia Blvd", "Lakeview Dr", "Pine St", "Washington Ave", "Mission St"]  # fmt: skip
CA_STREETS = ["rue Saint-Denis", "avenue du Mont-Royal Est", "boulevard René-Lévesque O",
              "rue Beaubien", "Queen St W", "Bathurst St", "chemin Sainte-Foy", "rue Ontario E",
              "Bank St", "Commercial Dr"]  # fmt: skip
IE_STREETS = ["Griffith Avenue", "South Circular Road", "Grand Canal Dock", "Rathmines Road Lower",
              "Douglas Street", "Sea Road", "O'Connell Avenue", "Mount Merrion Avenue",
              "Castle Street", "Ballyboden Way"]  # fmt: skip
US_CITIES = ["Chicago", "Austin", "Seattle", "Boston", "Atlanta", "Denver", "Brooklyn", "Houston",
             "Oakland", "Minneapolis", "Philadelphia"]  # fmt: skip
CA_CITIES = ["Toronto", "Ottawa", "Vancouver", "Calgary", "Mississauga", "Hamilton"]
QC_CITIES = ["Montréal", "Québec", "Laval", "Gatineau", "Longueuil", "Sherbrooke", "Trois-Rivières"]
IE_CITIES = ["Dublin 6", "Cork", "Galway", "Limerick", "Drogheda", "Swords", "Dún Laoghaire", "Naas"]
US_STATES = ["IL", "TX", "WA", "MA", "GA", "CO", "NY", "CA", "MN", "PA"]
CA_PROVS = ["ON", "BC", "AB", "QC"]
IE_COUNTIES = ["Dublin", "Cork", "Galway", "Limerick", "Louth", "Kildare", "Wicklow"]
EIRCODE_KEYS = ["D02", "D04", "D06", "D6W", "D08", "T12", "T23", "H91", "V94", "A92", "K67", "W91"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
CA_POSTAL_FIRST = {"QC": "HGJ", "ON": "MKLNP", "BC": "V", "AB": "T"}
CA_POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
EMPLOYERS = ["Amazon", "Desjardins", "Intel Ireland", "Kaiser Permanente", "Shopify", "Starbucks",
             "Hydro-Québec", "Accenture", "Walgreens", "Bell Canada", "Deloitte", "Target",
             "Dublin City Council", "McGill University", "Uber", "Self-employed"]  # fmt: skip
JOB_TITLES = ["Registered Nurse", "Software Developer", "Barista", "Teacher", "Warehouse Associate",
              "Financial Analyst", "Line Cook", "Project Manager", "Graduate Student",
              "Électricien", "Customer Service Rep", "Pharmacist"]  # fmt: skip
PROPERTIES = ["The Maple Residences", "Harbour Point", "Les Jardins Saint-Michel", "Riverside Lofts",
              "Parkview Commons", "The Liberties Quarter", "Cedar Court", "Le Carré Beaubien",
              "Oakwood Flats", "Smithfield Apartments"]  # fmt: skip
MGMT_COMPANIES = ["Greystar", "Gestion Laurier inc.", "Lisney Lettings", "Equity Residential",
                  "Hazelview Properties", "Sherry FitzGerald", "Capreit", "Self-managed"]  # fmt: skip
BANKS = [("ins_3", "Chase"), ("ins_5", "Wells Fargo"), ("ins_42", "TD Canada Trust"),
         ("ins_39", "RBC Royal Bank"), ("ins_117181", "Desjardins"), ("ins_116944", "AIB"),
         ("ins_117182", "Bank of Ireland"), ("ins_13", "PNC")]  # fmt: skip
PET_NAMES = ["Biscuit", "Luna", "Milo", "Bella", "Chompers", "Poutine", "Seamus", "Mochi", "Daisy"]
BREEDS = ["Labrador Retriever", "Domestic Shorthair", "French Bulldog", "Maine Coon", "Beagle",
          "Golden Retriever", "Bichon Frise", "Border Collie", "Siamese"]  # fmt: skip
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918W) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ascii_key(name: str) -> str:
    """A name as it appears in an e-mail's local part: lower case, no accents, spaces or quotes."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


class Fake285(Fake):
    """Fake with a per-event region: US, CA (English Canada), QC (Québec) or IE."""

    region = "US"

    def weighted(self, pairs):
        x = self.r.random() * sum(w for _, w in pairs)
        for item, w in pairs:
            x -= w
            if x <= 0:
                return item
        return pairs[-1][0]

    def first(self):
        if self.region == "QC" and self.r.random() < 0.7:
            return self.pick(FIRST_QC)
        if self.region == "IE" and self.r.random() < 0.6:
            return self.pick(FIRST_IE)
        return self.pick(FIRST_ANY)

    def last(self):
        if self.region == "QC" and self.r.random() < 0.7:
            return self.pick(LAST_QC)
        if self.region == "IE" and self.r.random() < 0.6:
            return self.pick(LAST_IE)
        return self.pick(LAST_ANY)

    def full_name(self):
        return f"{self.first()} {self.last()}"

    def email(self):
        first, last = ascii_key(self.first()), ascii_key(self.last())
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return f"{local}@{self.pick(MAILBOXES)}"

    def work_email(self):
        first, last = self.pick(["jen", "marc", "sinead", "olu", "kevin", "ana"]), ascii_key(self.last())
        domain = self.pick(
            ["greystar.com", "gestionlaurier.ca", "lisney.com", "capreit.net", "hazelview.com"]
        )
        return f"{first}.{last}@{domain}"

    def phone(self, style=None):
        r = self.r
        if self.region == "IE":
            mobile = f"8{self.pick('35679')}"
            num = f"{r.randint(100, 999)} {r.randint(1000, 9999)}"
            return self.pick([f"+353 {mobile} {num}", f"0{mobile} {num}", f"0{mobile}{num.replace(' ', '')}",
                              f"+353 1 {r.randint(200, 899)} {r.randint(1000, 9999)}"])  # fmt: skip
        area = self.pick(CA_AREAS if self.region in ("CA", "QC") else US_AREAS)
        ex, line = r.randint(201, 989), r.randint(0, 9999)
        return self.pick([f"+1{area}{ex}{line:04d}", f"({area}) {ex}-{line:04d}", f"{area}-{ex}-{line:04d}",
                          f"+1 {area} {ex} {line:04d}", f"{area}.{ex}.{line:04d}"])  # fmt: skip

    def street(self):
        r = self.r
        if self.region == "IE":
            return self.pick([f"{r.randint(1, 220)} {self.pick(IE_STREETS)}",
                              f"Apartment {r.randint(1, 80)}, {self.pick(IE_STREETS)}"])  # fmt: skip
        if self.region in ("CA", "QC"):
            return f"{r.randint(10, 9800)} {self.pick(CA_STREETS)}"
        return f"{r.randint(10, 12000)} {self.pick(US_STREETS)}"

    def line2(self):
        if self.region == "QC":
            return self.pick(["app. 3", "app. 204", "logement 2", "app. 11"])
        if self.region == "IE":
            return self.pick(["Drumcondra", "Ranelagh", "Ballincollig", "Salthill", "Rathfarnham"])
        return self.pick(["Apt 4B", "Unit 12", "#302", "Apt 1F", "Suite 7"])

    def city(self):
        return self.pick({"US": US_CITIES, "CA": CA_CITIES, "QC": QC_CITIES, "IE": IE_CITIES}[self.region])

    def state(self):
        if self.region == "IE":
            return self.pick(IE_COUNTIES)
        if self.region == "QC":
            return "QC"
        return self.pick(CA_PROVS[:3] if self.region == "CA" else US_STATES)

    def country(self):
        return {"US": "US", "CA": "CA", "QC": "CA", "IE": "IE"}[self.region]

    def postal(self):
        r = self.r
        if self.region == "IE":
            return self.pick(EIRCODE_KEYS) + " " + "".join(self.pick(EIRCODE_CHARS) for _ in range(4))
        if self.region in ("CA", "QC"):
            prov = "QC" if self.region == "QC" else self.pick(["ON", "BC", "AB"])
            L = CA_POSTAL_LETTERS
            code = f"{self.pick(CA_POSTAL_FIRST[prov])}{r.randint(0, 9)}{self.pick(L)} "
            return code + f"{r.randint(0, 9)}{self.pick(L)}{r.randint(0, 9)}"
        z = f"{r.randint(1001, 99950):05d}"
        return z if r.random() < 0.8 else f"{z}-{r.randint(1, 9999):04d}"

    def one_line_address(self):
        return f"{self.street()}, {self.city()}, {self.state()} {self.postal()}"

    def dob(self):
        return self.date(1948, 2005)

    def sin(self):
        body = self.pick("1234567") + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        n = self.luhn_complete(body)
        return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])

    def ppsn(self):
        digits = [self.r.randint(0, 9) for _ in range(7)]
        suffix = self.pick(["", "", "A", "W"])
        total = sum(d * (8 - i) for i, d in enumerate(digits))
        if suffix:
            total += 9 * (0 if suffix == "W" else ord(suffix) - 64)
        rem = total % 23
        check = "W" if rem == 0 else chr(64 + rem)
        return "".join(map(str, digits)) + check + suffix

    def national_id(self):
        if self.region == "IE":
            return self.ppsn()
        if self.region in ("CA", "QC"):
            return self.sin()
        s = self.ssn()
        return s if self.r.random() < 0.7 else s.replace("-", "")

    def ssn4(self):
        return f"{self.r.randint(1, 9999):04d}"

    def aba(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.pick([0, 1, 2, 3])
            for c in range(10):
                n = [*d, c]
                if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0:
                    return "".join(map(str, n))

    def ie_iban(self):
        bank = self.pick(["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(14))
        numeric = "".join(str(int(c, 36)) for c in bban + "IE00")
        raw = f"IE{98 - int(numeric) % 97:02d}{bban}"
        return raw if self.r.random() < 0.5 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def bank_account(self):
        if self.region == "IE":
            return self.ie_iban()
        if self.region in ("CA", "QC"):
            return self.digits(self.pick([7, 7, 12]))
        return self.digits(self.r.randint(9, 12))

    def annual_income(self):
        return self.pick([self.r.randint(28, 210) * 1000, self.r.randint(28000, 210000)])

    def monthly_income(self):
        return self.pick([self.r.randint(2200, 16000), round(self.r.uniform(2200, 16000), 2)])

    def credit_score(self):
        return self.r.randint(300, 900 if self.region in ("CA", "QC") else 850)

    def idfa(self):
        return self.uuid().upper()

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(60)) + "BwE"

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def b62(self, n):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.pick(alnum) for _ in range(n))

    def pm(self):
        return "pm_1" + self.b62(23)

    def listing_id(self):
        return self.r.randint(100000, 999999)

    def rent(self):
        if self.region == "IE":
            return self.r.randint(14, 32) * 100
        if self.region == "QC":
            return self.r.randint(9, 24) * 100 + self.pick([0, 25, 50, 75])
        return self.r.randint(11, 45) * 100 + self.pick([0, 50, 95])

    def currency(self):
        return {"US": "USD", "CA": "CAD", "QC": "CAD", "IE": "EUR"}[self.region]

    def locale(self):
        return {
            "US": self.pick(["en-US", "en-US", "es-US"]),
            "CA": "en-CA",
            "QC": self.pick(["fr-CA", "fr-CA", "en-CA"]),
            "IE": self.pick(["en-IE", "en-GB", "ga-IE"]),
        }[self.region]

    def tz(self):
        return {
            "US": self.pick(["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver"]),
            "CA": self.pick(["America/Toronto", "America/Vancouver", "America/Edmonton"]),
            "QC": "America/Toronto",
            "IE": "Europe/Dublin",
        }[self.region]

    def home_lat(self):
        return round(
            {"US": 41.88, "CA": 43.65, "QC": 45.51, "IE": 53.34}[self.region] + self.r.uniform(-0.2, 0.2), 6
        )

    def home_lon(self):
        return round(
            {"US": -87.63, "CA": -79.38, "QC": -73.57, "IE": -6.26}[self.region] + self.r.uniform(-0.2, 0.2),
            6,
        )

    def date_recent(self):
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def date_future(self):
        return f"2025-{self.r.randint(1, 12):02d}-{self.pick(['01', '15'])}"


# -- free text --------------------------------------------------------------------------------------


def landlord_note(f: Fake285) -> str:
    p = f.phone()
    return f.pick(
        [
            f"Called previous landlord at {p}, confirmed on-time rent for 2 years",
            f"Applicant asked to be reached on {p} after 6pm",
            f"Guarantor's mobile is {p} - verify income before approving",
            f"Left voicemail for employer HR on {p}",
            f"Rappeler la candidate au {p} pour la preuve de revenu",
        ]
    )


def sms_body(f: Fake285) -> str:
    first = f.first()
    return f.pick(
        [
            f"Hi {first}, your application for {f.pick(PROPERTIES)} was received. Reply STOP to opt out.",
            f"{first}, please upload your 2 most recent pay stubs to complete your application.",
            f"Hi {first}! Your showing is confirmed for tomorrow at {f.r.randint(1, 7)}pm.",
            f"Bonjour {first}, votre demande de location a été approuvée. Répondez STOP pour arrêter.",
            f"Good news {first} - your application was approved. Check your email to sign the lease.",
        ]
    )


def accommodation_text(f: Fake285) -> str:
    return f.pick(
        [
            "I use a wheelchair and need a step-free entrance",
            "My service dog is trained for seizure alerts",
            "Hearing impaired - need a visual fire alarm in the unit",
            "Need an accessible parking space close to the entrance, I use a walker",
            "Emotional support animal letter from my therapist attached (PTSD)",
            "Low vision, please send documents in large print",
        ]
    )


def green_reason(f: Fake285) -> str:
    return f.pick(
        [
            "Relocating for work",
            "Need more space",
            "Lease ended",
            "Closer to school",
            "Rent increase",
            "Moving in with partner",
            "Building being sold",
            "Déménagement pour le travail",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake285):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/apply/step-2", "/apply/income", "/dashboard/applicants", "/listings"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.zillow.com/", "https://www.daft.ie/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?ref=listing", "?utm_source=zumper&utm_medium=referral"])),
            "title": G(
                lambda f: f.pick(["Apply | Keyhaven", "Income | Keyhaven", "Applicants | Keyhaven Dashboard"])
            ),
            "url": G(
                lambda f: (
                    "https://app.keyhaven.io"
                    + f.pick(["/apply/step-2", "/apply/income", "/dashboard/applicants"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_move_2024", "landlord_trial", "fall_leasing"])),
            "source": G(lambda f: f.pick(["google", "facebook", "zumper", "daft"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral", "email"])),
            "term": G(
                lambda f: f.pick(["tenant screening", "apartments for rent", "logement à louer montréal"])
            ),
            "content": G(lambda f: f.pick(["ad_a", "ad_b", "hero_cta"])),
        },
    }


def mobile_traits():
    return {
        "email": Y(lambda f: f.email(), "email"),
        "firstName": Y(lambda f: f.first(), "name"),
        "lastName": Y(lambda f: f.last(), "name"),
        "phone": Y(lambda f: f.phone(), "phone"),
    }


def swift_context(f: Fake285):
    return {
        "app": {
            "name": G(lambda f: "Keyhaven"),
            "version": G(lambda f: f.pick(["4.7.0", "4.7.2", "4.8.0"])),
            "build": G(lambda f: f.pick(["470", "472", "480"])),
            "namespace": G(lambda f: "io.keyhaven.renter"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "traits": mobile_traits(),
    }


def kotlin_context(f: Fake285):
    return {
        "app": {
            "name": G(lambda f: "Keyhaven"),
            "version": G(lambda f: f.pick(["4.7.0", "4.7.1", "4.8.0"])),
            "build": G(lambda f: f.pick(["40700", "40701", "40800"])),
            "namespace": G(lambda f: "io.keyhaven.renter"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918W", "Pixel 8", "moto g stylus 5G", "CPH2581"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "genevn", "aston"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Vidéotron", "Rogers", "T-Mobile", "Three IE", "Vodafone IE", "Verizon"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 14; "
                + f.pick(["Pixel 8 Build/AP1A.240405.002)", "SM-S918W Build/UP1A.231005.007)"])
            )
        ),
        "traits": mobile_traits(),
        "location": {
            "latitude": Y(lambda f: f.home_lat(), "geolocation"),
            "longitude": Y(lambda f: f.home_lon(), "geolocation"),
        },
    }


def rn_context(f: Fake285):
    return {
        "app": {
            "name": G(lambda f: "Keyhaven"),
            "version": G(lambda f: f.pick(["4.7.0", "4.7.2", "4.8.0"])),
            "build": G(lambda f: f.pick(["470", "472", "480"])),
            "namespace": G(lambda f: "io.keyhaven.renter"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546W", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "traits": mobile_traits(),
    }


def flutter_context(f: Fake285):
    return {
        "app": {
            "name": G(lambda f: "Keyhaven Landlord"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "io.keyhaven.landlord"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X710", "Pixel Tablet", "iPhone15,3"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: f.locale()),
        "timezone": G(lambda f: f.tz()),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([820, 1024, 1280])),
            "height": G(lambda f: f.pick([1180, 1366, 800])),
        },
        "traits": mobile_traits(),
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.2"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_VERSIONS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "php"):
        # forwarded from the request that triggered the call
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("node", "ruby"):
        ctx["groupId"] = G(lambda f: "org_" + f.hexid(10))
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib: lambda f: server_context(lib))(lib) for lib in SERVER_VERSIONS},
}
ANY_REGION = "*"


# -- shared templates -----------------------------------------------------------------------------


def person_address():
    return {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.state()),
        "postalCode": Y(lambda f: f.postal(), "zipcode"),
        "country": G(lambda f: f.country()),
    }


def fee_product():
    return {
        "product_id": G(lambda f: f.pick(["scr_basic", "scr_std", "scr_premium", "app_fee"])),
        "sku": G(lambda f: f.pick(["KH-SCR-BAS", "KH-SCR-STD", "KH-SCR-PRM", "KH-APP-FEE"])),
        "name": G(
            lambda f: f.pick(
                ["Basic Screening", "Standard Screening", "Premium Screening", "Application Fee"]
            )
        ),
        "category": G(lambda f: "Screening"),
        "price": G(lambda f: f.pick([29.95, 39.99, 54.99, 50.0, 25.0])),
        "quantity": G(lambda f: f.pick([1, 1, 2])),
    }


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, region, body)

EVENTS = [
    # -- applicant: start, identify, sign-up ------------------------------------------------------
    (
        "page",
        "Apply",
        ["web"],
        ANY_REGION,
        {
            "path": G(lambda f: f.pick(["/apply/step-1", "/apply/step-2", "/apply/review"])),
            "url": G(
                lambda f: (
                    "https://app.keyhaven.io/apply/"
                    + f.pick(["step-1", "step-2", "review"])
                    + "?l="
                    + str(f.listing_id())
                )
            ),
            "title": G(lambda f: f.pick(["Apply | Keyhaven", "Review your application | Keyhaven"])),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.zillow.com/", "https://www.kijiji.ca/", "https://www.daft.ie/"]
                )
            ),
            "search": G(lambda f: "?l=" + str(f.listing_id())),
            "listing_id": G(lambda f: f.listing_id()),
            "property_name": G(lambda f: f.pick(PROPERTIES)),
        },
    ),
    (
        "track",
        "Application Started",
        ["web", "swift", "rn"],
        ANY_REGION,
        {
            "applicationId": G(lambda f: f.uuid()),
            "listingId": G(lambda f: f.listing_id()),
            "propertyName": G(lambda f: f.pick(PROPERTIES)),
            "listingAddress": G(lambda f: f.street()),
            "listingCity": G(lambda f: f.city()),
            "listingPostalCode": G(lambda f: f.postal()),
            "rentAmount": G(lambda f: f.rent()),
            "currency": G(lambda f: f.currency()),
            "moveInDate": G(lambda f: f.date_future()),
            "applicantRole": G(lambda f: f.pick(["primary", "co_applicant", "guarantor"])),
            "invitedBy": Y(lambda f: f.work_email(), "email", True),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "referralCode": G(lambda f: f.pick(["ZUMPER", "RENTCAFE", "DAFT24", "KIJIJI"])),
        },
    ),
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        ANY_REGION,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(19, 76)),
            "address": person_address(),
            "createdAt": G(lambda f: f.iso()),
            "applicantType": G(lambda f: f.pick(["renter", "co_applicant", "guarantor"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "fr", "es", "ga"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "common_law", "divorced"])),
            "stripeCustomerId": G(lambda f: "cus_" + f.b62(14)),
            "avatar": Y(lambda f: "https://cdn.keyhaven.io/avatars/" + f.hexid(16) + ".png", "photo"),
            "previousLastName": Y(lambda f: f.last(), "name"),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        ANY_REGION,
        {
            "email": Y(lambda f: f.email(), "email"),
            "password": RED(
                lambda f: (
                    f.pick(
                        ["Summer2024!", "montreal123", "Keyhaven#1", "aoife2019", "P@ssw0rd99", "dublin!987"]
                    )
                    + f.hexid(2)
                ),
                "password",
            ),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "acceptedTerms": G(lambda f: True),
            "role": G(lambda f: f.pick(["renter", "landlord", "agent"])),
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple"])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        ["swift", "kotlin", "rn"],
        ANY_REGION,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "verificationCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "destinationMasked": G(
                lambda f: (
                    f.pick(["+1 ••• ••• ", "(•••) •••-", "+353 •• ••• "]) + f"{f.r.randint(0, 9999):04d}"
                )
            ),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
            "latencyMs": G(lambda f: f.r.randint(900, 40000)),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        ANY_REGION,
        {
            "token": RED(lambda f: f.b62(43), "token"),
            "redirect": G(lambda f: f.pick(["/apply/step-2", "/dashboard", "/applications"])),
            "expiresAt": G(lambda f: f.iso()),
            "emailDomain": G(lambda f: f.pick(MAILBOXES)),
            "linkAgeSeconds": G(lambda f: f.r.randint(4, 3000)),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        ANY_REGION,
        {},
    ),
    # -- identity verification ------------------------------------------------------------------
    (
        "track",
        "Identity Verification Started",
        ["swift", "kotlin", "rn", "web"],
        ANY_REGION,
        {
            "verificationId": G(lambda f: "inq_" + f.b62(24)),
            "provider": G(lambda f: f.pick(["persona", "onfido", "stripe_identity"])),
            "documentType": G(
                lambda f: f.pick(["drivers_license", "passport", "national_id", "permanent_resident_card"])
            ),
            "documentCountry": G(lambda f: f.country()),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "selfieRequired": G(lambda f: f.pick([True, False])),
            "cameraPermission": G(lambda f: f.pick(["granted", "denied", "prompt"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node", "python"],
        ANY_REGION,
        {
            "inquiry_id": G(lambda f: "inq_" + f.b62(24)),
            "status": G(lambda f: f.pick(["approved", "declined", "needs_review"])),
            "document_type": G(lambda f: f.pick(["dl", "pp", "id"])),
            "document_number": RED(
                lambda f: f.pick(
                    [
                        f.pick("ABCDEFGHJKLMNPRSTW") + f.digits(7),
                        f.digits(9),
                        "P" + f.digits(7),
                        f.pick("ABCDS") + f.digits(4) + "-" + f.digits(6) + "-" + f.digits(2),
                    ]
                ),
                "national id|passport|license",
            ),
            "name_first": Y(lambda f: f.first(), "name"),
            "name_last": Y(lambda f: f.last(), "name"),
            "birthdate": Y(lambda f: f.dob(), "birthdate"),
            "sex": Y(lambda f: f.pick(["M", "F", "X"]), "sex|gender"),
            "address_street_1": Y(lambda f: f.street(), "address|street"),
            "address_city": Y(lambda f: f.city(), "city"),
            "address_subdivision": G(lambda f: f.state()),
            "address_postal_code": Y(lambda f: f.postal(), "zipcode"),
            "issuing_country": G(lambda f: f.country()),
            "expiration_date": G(
                lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "selfie_similarity_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "selfie_photo_url": Y(
                lambda f: "https://files.withpersona.com/selfie/" + f.hexid(32) + ".jpg", "photo"
            ),
            "checks": Many(
                {
                    "name": G(
                        lambda f: f.pick(
                            [
                                "id_barcode_detection",
                                "id_expired_detection",
                                "selfie_id_comparison",
                                "id_age_inconsistency",
                            ]
                        )
                    ),
                    "status": G(lambda f: f.pick(["passed", "failed", "not_applicable"])),
                },
                4,
            ),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    # -- screening requests and results ---------------------------------------------------------
    (
        "track",
        "Screening Request Created",
        ["java", "go"],
        "US",
        {
            "requestId": G(lambda f: f.r.randint(10**7, 10**8)),
            "applicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "middleName": Y(lambda f: f.pick(["Marie", "J.", "Ann", "Kofi", "Lee", "Rose"]), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "ssn": RED(lambda f: f.national_id(), "social security number"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "currentAddress": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.state()),
                    "zip": Y(lambda f: f.postal(), "zipcode"),
                },
                "previousAddresses": Many(
                    {
                        "line1": Y(lambda f: f.street(), "address|street"),
                        "city": Y(lambda f: f.city(), "city"),
                        "state": G(lambda f: f.state()),
                        "zip": Y(lambda f: f.postal(), "zipcode"),
                    },
                    2,
                ),
            },
            "ssnProvided": G(lambda f: True),
            "consentTimestamp": G(lambda f: f.iso()),
            "consentVersion": G(lambda f: f.pick(["fcra-2023-11", "fcra-2024-03"])),
            "permissiblePurpose": G(lambda f: "tenant_screening"),
            "bureau": G(lambda f: f.pick(["TransUnion", "Equifax", "Experian"])),
            "packageName": G(
                lambda f: f.pick(["Basic Screening", "Standard Screening", "Premium Screening"])
            ),
            "requestedByUserId": G(lambda f: "usr_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Credit Report Received",
        ["dotnet"],
        "US",
        {
            "SubjectName": Y(lambda f: f.full_name().upper(), "name"),
            "SubjectSsnLast4": RED(lambda f: f.ssn4(), "social security number"),
            "ReportId": G(lambda f: "cr_" + f.hexid(20)),
            "Bureau": G(lambda f: f.pick(["TransUnion", "Equifax", "Experian"])),
            "CreditScore": Y(lambda f: f.credit_score(), "credit score"),
            "ScoreModel": G(lambda f: f.pick(["FICO 8", "VantageScore 3.0", "ERS 2.0", "CreditVision Risk"])),
            "TradelineCount": G(lambda f: f.r.randint(0, 40)),
            "CollectionsCount": G(lambda f: f.r.randint(0, 6)),
            "TotalDebtBalance": G(lambda f: f.money(0, 90000)),
            "BankruptciesFound": G(lambda f: f.pick([False, False, True])),
            "FraudAlert": G(lambda f: f.pick([False, False, True])),
            "FileFrozen": G(lambda f: f.pick([False, False, True])),
            "SsnMatch": G(lambda f: f.pick(["exact", "partial", "no_match"])),
            "ReceivedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Eviction Search Completed",
        ["java", "python"],
        "US",
        {
            "searchId": G(lambda f: f.uuid()),
            "jurisdictionsSearched": G(lambda f: f.r.randint(1, 3200)),
            "recordsFound": G(lambda f: f.r.randint(0, 3)),
            "records": Many(
                {
                    "filingDate": G(lambda f: f.date(2012, 2024)),
                    "court": G(
                        lambda f: f.pick(
                            [
                                "Cook County Circuit Court",
                                "Harris County JP Court Pct 1",
                                "Fulton County Magistrate Court",
                                "King County District Court",
                            ]
                        )
                    ),
                    "disposition": G(
                        lambda f: f.pick(["dismissed", "judgment_for_plaintiff", "settled", "pending"])
                    ),
                    "judgmentAmount": G(lambda f: f.money(0, 12000)),
                    "plaintiff": G(lambda f: f.pick(MGMT_COMPANIES[:-1])),
                    "defendantName": Y(lambda f: f.full_name(), "name"),
                },
                2,
            ),
            "criminalRecordsFound": Y(lambda f: f.pick([False, False, True]), "criminal record"),
            "sexOffenderRegistryChecked": G(lambda f: True),
        },
    ),
    # -- income and employment ------------------------------------------------------------------
    (
        "track",
        "Income Verification Started",
        ["web", "rn", "swift"],
        ANY_REGION,
        {
            "method": G(lambda f: f.pick(["bank_link", "payroll_link", "paystub_upload"])),
            "employerName": G(lambda f: f.pick(EMPLOYERS)),
            "employmentStatus": G(
                lambda f: f.pick(["full_time", "part_time", "self_employed", "student", "retired"])
            ),
            "jobTitle": G(lambda f: f.pick(JOB_TITLES)),
            "statedMonthlyIncome": Y(lambda f: f.monthly_income(), "salary"),
            "payFrequency": G(lambda f: f.pick(["weekly", "biweekly", "semimonthly", "monthly"])),
            "employmentStartDate": G(lambda f: f.date(2008, 2024)),
            "incomeSources": Many(
                G(
                    lambda f: f.pick(
                        ["employment", "self_employment", "pension", "student_aid", "rental_income"]
                    )
                ),
                2,
            ),
            "incomeToRentRatio": G(lambda f: round(f.r.uniform(1.2, 5.5), 2)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        ["web", "rn"],
        ANY_REGION,
        {
            "public_token": RED(
                lambda f: f.pick(["public-production-", "public-development-"]) + f.uuid(), "token"
            ),
            "link_session_id": G(lambda f: f.uuid()),
            "institution": {
                "institution_id": G(lambda f: f.pick(BANKS)[0]),
                "name": G(lambda f: f.pick(BANKS)[1]),
            },
            "accounts": Many(
                {
                    "id": G(lambda f: f.b62(37)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "TOTAL CHECKING",
                                "Chequing Account",
                                "Current Account",
                                "Everyday Savings",
                                "Plaid Checking",
                            ]
                        )
                    ),
                    "mask": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "type": G(lambda f: "depository"),
                    "subtype": G(lambda f: f.pick(["checking", "savings"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Pay Stub Uploaded",
        ["web"],
        ANY_REGION,
        {
            "documentId": G(lambda f: "doc_" + f.hexid(16)),
            "fileName": G(
                lambda f: f.pick(
                    [
                        "paystub_march.pdf",
                        "IMG_4821.jpg",
                        "scan0001.pdf",
                        "payslip-2024-05.pdf",
                        "Document (3).pdf",
                    ]
                )
            ),
            "fileSizeBytes": G(lambda f: f.r.randint(40000, 6000000)),
            "mimeType": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "fileSha256": G(lambda f: f.hexid(64)),
            "ocr": {
                "employeeName": Y(lambda f: f.full_name().upper(), "name"),
                "employerName": G(lambda f: f.pick(EMPLOYERS)),
                "payPeriodEnd": G(lambda f: f.date_recent()),
                "grossPay": Y(lambda f: f.money(900, 9000), "salary"),
                "netPay": Y(lambda f: f.money(700, 7000), "salary"),
                "ytdGross": Y(lambda f: f.money(5000, 120000), "salary"),
            },
        },
    ),
    (
        "track",
        "Employment Verified",
        ["dotnet"],
        ANY_REGION,
        {
            "VerificationId": G(lambda f: f.uuid()),
            "EmployerName": G(lambda f: f.pick(EMPLOYERS)),
            "EmployerPhone": G(
                lambda f: f.pick(["+1 206-266-1000", "1-800-224-7737", "+353 1 606 0000", "514-289-2211"])
            ),
            "EmployerAddress": G(
                lambda f: f.pick(
                    [
                        "410 Terry Ave N, Seattle, WA 98109",
                        "100 rue des Commandeurs, Lévis, QC",
                        "Collinstown, Leixlip, Co. Kildare",
                    ]
                )
            ),
            "HrContactName": Y(lambda f: f.full_name(), "name"),
            "HrContactEmail": Y(lambda f: f.work_email(), "email"),
            "EmployeeFullName": Y(lambda f: f.full_name(), "name"),
            "SupervisorName": Y(lambda f: f.full_name(), "name"),
            "SupervisorPhone": Y(lambda f: f.phone(), "phone"),
            "JobTitle": G(lambda f: f.pick(JOB_TITLES)),
            "AnnualSalary": Y(lambda f: f.annual_income(), "salary"),
            "HourlyRate": Y(lambda f: round(f.r.uniform(15, 85), 2), "salary"),
            "EmploymentStatus": G(lambda f: f.pick(["Active", "OnLeave", "Terminated"])),
            "StartDate": G(lambda f: f.date(2005, 2024)),
            "IsCurrent": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- references, co-applicants, guarantors, household -----------------------------------------
    (
        "track",
        "Reference Requested",
        ["node"],
        ANY_REGION,
        {
            "referenceId": G(lambda f: f.uuid()),
            "referenceType": G(lambda f: f.pick(["previous_landlord", "current_landlord", "employer"])),
            "landlordName": Y(lambda f: f.full_name(), "name"),
            "tenantName": Y(lambda f: f.full_name(), "name"),
            "tenantEmail": Y(lambda f: f.email(), "email"),
            "landlordEmail": Y(lambda f: f.email(), "email"),
            "landlordPhone": Y(lambda f: f.phone(), "phone"),
            "managementCompany": G(lambda f: f.pick(MGMT_COMPANIES)),
            "propertyAddress": Y(lambda f: f.one_line_address(), "address"),
            "tenancyStart": G(lambda f: f.date(2012, 2022)),
            "tenancyEnd": G(lambda f: f.date(2020, 2024)),
            "monthlyRentPaid": G(lambda f: f.rent()),
            "reminderCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Reference Submitted",
        ["web"],
        ANY_REGION,
        {
            "referenceId": G(lambda f: f.uuid()),
            "wouldRentAgain": G(lambda f: f.pick([True, True, False])),
            "paidOnTime": G(lambda f: f.pick(["always", "mostly", "rarely"])),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Great tenant, always paid on time",
                        "Left the unit in good condition",
                        "Some noise complaints from neighbours",
                        "Would rent to them again",
                        "Excellent locataire, aucun retard",
                    ]
                )
            ),
            "signature": Y(lambda f: f.full_name(), "name", True),
        },
    ),
    (
        "track",
        "Co-Applicant Invited",
        ["web", "swift"],
        ANY_REGION,
        {
            "invitationId": G(lambda f: f.uuid()),
            "applicationId": G(lambda f: f.uuid()),
            "coApplicant": {
                "firstName": Y(lambda f: f.first(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "roommate", "sibling", "parent"])),
                "lastName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            },
            "sendVia": G(lambda f: f.pick(["email", "sms", "both"])),
            "inviteCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Guarantor Added",
        ["rn", "kotlin"],
        "US",
        {
            "applicationId": G(lambda f: f.uuid()),
            "guarantor": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.phone(), "phone"),
                "dateOfBirth": Y(lambda f: f.date(1945, 1985), "birthdate"),
                "ssnLast4": RED(lambda f: f.ssn4(), "social security number"),
                "annualIncome": Y(lambda f: f.annual_income(), "salary"),
                "employer": G(lambda f: f.pick(EMPLOYERS)),
                "relationship": G(lambda f: f.pick(["parent", "grandparent", "employer", "friend"])),
                "country": G(lambda f: f.pick(["US", "US", "IN", "CN", "MX"])),
            },
            "guarantorRequired": G(lambda f: f.pick([True, False])),
            "incomeMultipleRequired": G(lambda f: f.pick([2.5, 3, 40, 80])),
        },
    ),
    (
        "track",
        "Household Members Added",
        ["web", "flutter"],
        ANY_REGION,
        {
            "applicationId": G(lambda f: f.uuid()),
            "occupants": Many(
                {
                    "firstName": Y(lambda f: f.first(), "name"),
                    "lastName": Y(lambda f: f.last(), "name"),
                    "age": G(lambda f: f.r.randint(0, 80)),
                    "relationship": G(lambda f: f.pick(["child", "spouse", "parent", "roommate"])),
                    "isMinor": G(lambda f: f.pick([True, False])),
                    "dateOfBirth": Y(lambda f: f.date(1940, 2023), "birthdate"),
                },
                4,
            ),
            "totalOccupants": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["rn", "swift"],
        ANY_REGION,
        {
            "contactId": G(lambda f: f.r.randint(1000, 999999)),
            "emergencyContact": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "relationship": G(lambda f: f.pick(["mother", "father", "friend", "sister", "brother"])),
                "homeAddress": Y(lambda f: f.one_line_address(), "address"),
            },
        },
    ),
    (
        "track",
        "Previous Address Added",
        ["flutter", "web"],
        ANY_REGION,
        {
            "addressIndex": G(lambda f: f.r.randint(0, 3)),
            "line1": Y(lambda f: f.street(), "address|street"),
            "line2": Y(lambda f: f.line2(), "address|street"),
            "city": Y(lambda f: f.city(), "city"),
            "region": G(lambda f: f.state()),
            "postalCode": Y(lambda f: f.postal(), "zipcode"),
            "country": G(lambda f: f.country()),
            "movedInMonth": G(lambda f: f"{f.r.randint(2010, 2022)}-{f.r.randint(1, 12):02d}"),
            "monthsAtAddress": G(lambda f: f.r.randint(3, 140)),
            "rentOrOwn": G(lambda f: f.pick(["rent", "own", "family"])),
            "monthlyPayment": G(lambda f: f.rent()),
            "reasonForLeaving": G(green_reason),
        },
    ),
    (
        "track",
        "Address Suggestion Selected",
        ["web", "rn"],
        ANY_REGION,
        {
            "label": Y(lambda f: f.one_line_address(), "address", True),
            "placeId": G(lambda f: "ChIJ" + f.b62(23)),
            "sessionToken": G(lambda f: f.uuid()),
            "position": G(lambda f: f.r.randint(0, 4)),
            "inputLength": G(lambda f: f.r.randint(3, 30)),
            "field": G(lambda f: f.pick(["current_address", "previous_address"])),
        },
    ),
    (
        "track",
        "Form Field Validated",
        ["web"],
        ANY_REGION,
        {
            "form": G(lambda f: f.pick(["application", "co_applicant", "guarantor"])),
            "field": G(lambda f: f.pick(["email", "phone"])),
            "value": Y(lambda f: f.pick([f.email(), f.phone()]), "email|phone", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "errorCode": G(lambda f: f.pick([None, "invalid_format", "disposable_domain"])),
        },
    ),
    # -- pets, vehicles, accommodations -----------------------------------------------------------
    (
        "track",
        "Pet Added",
        ["swift", "rn", "web"],
        ANY_REGION,
        {
            "petId": G(lambda f: f.r.randint(10000, 99999)),
            "pet": {
                "name": G(lambda f: f.pick(PET_NAMES)),
                "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                "breed": G(lambda f: f.pick(BREEDS)),
                "weightLbs": G(lambda f: f.r.randint(5, 95)),
                "vaccinated": G(lambda f: f.pick([True, False])),
                "spayedNeutered": G(lambda f: f.pick([True, False])),
                "isServiceAnimal": RED(lambda f: f.pick([True, False, False]), "disability"),
                "vetClinicName": G(
                    lambda f: f.pick(
                        [
                            "Banfield Pet Hospital",
                            "Clinique vétérinaire Rosemont",
                            "Ranelagh Vets",
                            "VCA Lakeshore",
                        ]
                    )
                ),
                "vetPhone": G(
                    lambda f: f.pick(["+1 312-555-0143", "(514) 525-4114", "+353 1 497 7055", "416-555-0199"])
                ),
                "photoUrl": G(lambda f: "https://cdn.keyhaven.io/pets/" + f.hexid(12) + ".jpg"),
            },
            "petRent": G(lambda f: f.pick([0, 25, 35, 50])),
        },
    ),
    (
        "track",
        "Vehicle Added",
        ["web"],
        "US",
        {
            "vehicle": {
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Subaru", "Ford", "Tesla"])),
                "model": G(lambda f: f.pick(["Corolla", "Civic", "Outback", "F-150", "Model 3"])),
                "year": G(lambda f: f.r.randint(2006, 2024)),
                "color": G(lambda f: f.pick(["silver", "black", "white", "blue"])),
                "licensePlate": Y(
                    lambda f: f.pick(
                        [f.b62(3).upper() + f.digits(4), f.digits(1) + f.b62(3).upper() + f.digits(3)]
                    ),
                    "license",
                ),
                "plateState": G(lambda f: f.state()),
                "vin": Y(
                    lambda f: (
                        f.pick(["1HGCM8", "JTDBR3", "4S4BSA", "5YJ3E1"])
                        + "".join(f.pick(VIN_CHARS) for _ in range(3))
                        + "R"
                        + f.digits(7)
                    ),
                    "serial",
                ),
            },
            "parkingSpotRequested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Accommodation Requested",
        ["web"],
        ANY_REGION,
        {
            "requestId": G(lambda f: f.uuid()),
            "requestType": RED(
                lambda f: f.pick(
                    ["wheelchair_accessible_unit", "service_animal", "visual_alarm", "accessible_parking"]
                ),
                "disability",
            ),
            "requiresAccessibleUnit": RED(lambda f: f.pick([True, False]), "disability"),
            "details": RED(accommodation_text, "disability", True),
            "documentationAttached": G(lambda f: f.pick([True, False])),
            "applicationId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Application Submitted",
        ["web", "rn", "swift"],
        "US",
        {
            "applicationId": G(lambda f: f.uuid()),
            "listingId": G(lambda f: f.listing_id()),
            "coApplicantCount": G(lambda f: f.r.randint(0, 3)),
            "guarantorCount": G(lambda f: f.r.randint(0, 1)),
            "petCount": G(lambda f: f.r.randint(0, 2)),
            "hasEvictionHistory": G(lambda f: f.pick([False, False, True])),
            "hasBankruptcy": G(lambda f: f.pick([False, False, True])),
            "isActiveDutyMilitary": RED(lambda f: f.pick([False, False, True]), "veteran"),
            "citizenshipStatus": Y(
                lambda f: f.pick(["us_citizen", "permanent_resident", "visa_holder", "daca"]), "citizenship"
            ),
            "totalMonthlyIncome": Y(lambda f: f.monthly_income(), "salary"),
            "desiredMoveIn": G(lambda f: f.date_future()),
            "applicationFeePaid": G(lambda f: f.pick([True, False])),
            "howDidYouHear": G(lambda f: f.pick(["zillow", "apartments_com", "friend", "sign_on_property"])),
            "additionalNotes": G(
                lambda f: f.pick(
                    [
                        "I have a small dog",
                        "Flexible on move-in date",
                        "",
                        "Would like a 2nd floor unit if possible",
                        "Can pay 2 months upfront",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Demographic Survey Completed",
        ["python"],
        "US",
        {
            "surveyId": G(lambda f: f.uuid()),
            "program": G(lambda f: f.pick(["LIHTC", "HOME", "Section 8 PBV"])),
            "race": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "White",
                            "Black or African American",
                            "Asian",
                            "American Indian or Alaska Native",
                            "Native Hawaiian or Other Pacific Islander",
                        ]
                    ),
                    "race",
                ),
                2,
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "headOfHouseholdName": Y(lambda f: f.full_name(), "name"),
            "declinedToAnswer": G(lambda f: f.pick([True, False])),
            "householdSize": G(lambda f: f.r.randint(1, 7)),
            "annualHouseholdIncome": Y(lambda f: f.annual_income(), "salary"),
            "amiPercentBand": G(lambda f: f.pick(["<=30%", "31-50%", "51-60%", "61-80%"])),
            "hasDisabledHouseholdMember": RED(lambda f: f.pick([True, False]), "disability"),
            "veteranHousehold": RED(lambda f: f.pick([True, False]), "veteran"),
            "headOfHouseholdAgeBand": G(lambda f: f.pick(["18-24", "25-34", "35-49", "50-61", "62+"])),
        },
    ),
    # -- fees and payments ------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "swift"],
        ANY_REGION,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "affiliation": G(lambda f: f.pick(["Keyhaven Web", "Keyhaven iOS"])),
            "revenue": G(lambda f: f.pick([29.95, 39.99, 54.99, 50.0])),
            "tax": G(lambda f: f.money(0, 8)),
            "coupon": G(lambda f: f.pick(["", "WELCOME10", "SPRINGMOVE"])),
            "currency": G(lambda f: f.currency()),
            "products": Many(fee_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        ANY_REGION,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "payment_method": G(lambda f: f.pick(["card", "us_bank_account", "apple_pay", "interac"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["414720", "545454", "371449", "601100", "451014"])),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postal_code": Y(lambda f: f.postal(), "zipcode"),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "client_secret": RED(lambda f: "pi_3" + f.b62(23) + "_secret_" + f.b62(25), "token|secret"),
        },
    ),
    (
        "track",
        "Card Form Field Changed",
        ["web"],
        ANY_REGION,
        {
            # a hosted-fields misconfiguration: the raw input of the card-number box
            "target": {
                "name": G(lambda f: "cardnumber"),
                "id": G(lambda f: f.pick(["card-number", "cc-input", "stripe-fallback-card"])),
                "value": RED(lambda f: f.card(), "credit card", True),
            },
            "isComplete": G(lambda f: f.pick([True, False])),
            "brandDetected": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["python", "node"],
        ANY_REGION,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "total": G(lambda f: f.pick([29.95, 39.99, 54.99, 50.0, 109.98])),
            "tax": G(lambda f: f.money(0, 8)),
            "currency": G(lambda f: f.currency()),
            "products": Many(fee_product(), 2),
            "payment_method": G(lambda f: f.pick(["card", "us_bank_account", "apple_pay", "interac"])),
            "billing_address": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(lambda f: f.line2(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "country": G(lambda f: f.country()),
            },
            "receipt_email": Y(lambda f: f.email(), "email"),
            "stripe_charge_id": G(lambda f: "ch_3" + f.b62(23)),
        },
    ),
    (
        "track",
        "ACH Payment Initiated",
        ["go"],
        "US",
        {
            "payment_id": G(lambda f: f.uuid()),
            "amount_cents": G(lambda f: f.pick([2995, 3999, 5499, 5000])),
            "routing_number": G(lambda f: f.aba()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder_name": Y(lambda f: f.full_name(), "name"),
            "mandate_accepted_at": G(lambda f: f.iso()),
            "mandate_ip": Y(lambda f: f.ipv4(), "ip"),
            "sec_code": G(lambda f: "WEB"),
        },
    ),
    (
        "track",
        "Interac e-Transfer Received",
        ["php"],
        "QC",
        {
            "reference_number": G(lambda f: "CA" + f.b62(10)),
            "amount": G(lambda f: f.pick([25.0, 35.0, 50.0])),
            "currency": G(lambda f: "CAD"),
            "sender_name": Y(lambda f: f.full_name(), "name"),
            "sender_email": Y(lambda f: f.email(), "email"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Application fee",
                        "Frais de demande - app. 3",
                        "Frais d'enquête de crédit",
                        "Screening fee unit 4B",
                    ]
                )
            ),
            "autodeposit": G(lambda f: f.pick([True, False])),
            "institution_number": G(lambda f: f.pick(["815", "004", "003", "001"])),
            "transit_number": G(lambda f: f"{f.r.randint(10000, 99999)}"),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["ruby"],
        "IE",
        {
            "mandate_reference": G(lambda f: "KH-" + f.b62(8).upper()),
            "iban": RED(lambda f: f.ie_iban(), "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"])),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "scheme": G(lambda f: "sepa_core"),
            "first_collection_date": G(lambda f: f.date_future()),
            "amount": G(lambda f: f.rent()),
        },
    ),
    # -- consent --------------------------------------------------------------------------------
    (
        "track",
        "Consent Given",
        ["web", "swift", "kotlin"],
        ANY_REGION,
        {
            "consentType": G(
                lambda f: f.pick(
                    [
                        "credit_check",
                        "background_check",
                        "eviction_search",
                        "fcra_disclosure",
                        "gdpr_processing",
                    ]
                )
            ),
            "consentVersion": G(lambda f: f.pick(["2024-01", "2024-03", "2023-11"])),
            "consentedAt": G(lambda f: f.iso()),
            "signatureName": Y(lambda f: f.full_name(), "name"),
            "ipAddress": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "documentHash": G(lambda f: f.hexid(64)),
            "checkboxChecked": G(lambda f: True),
        },
    ),
    # -- Ireland --------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["kotlin", "ruby"],
        "IE",
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "surname": Y(lambda f: f.last(), "name"),
            "mobile": Y(lambda f: f.phone(), "phone"),
            "ppsNumber": RED(lambda f: f.ppsn(), "national id"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "previousAddress": Y(lambda f: f.one_line_address(), "address"),
            "eircode": Y(lambda f: f.postal(), "zipcode"),
            "addressLine1": Y(lambda f: f.street(), "address|street"),
            "town": Y(lambda f: f.city(), "city"),
            "county": G(lambda f: f.state()),
            "hapRecipient": G(lambda f: f.pick([True, False])),
            "nationality": Y(
                lambda f: f.pick(["Irish", "Polish", "Brazilian", "Indian", "Nigerian", "Ukrainian"]),
                "citizenship",
            ),
            "immigrationStamp": RED(
                lambda f: f.pick(["Stamp 1", "Stamp 1G", "Stamp 2", "Stamp 4", "Stamp 0"]), "visa"
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Tenancy Registered",
        ["ruby"],
        "IE",
        {
            "rtbRegistrationNumber": G(lambda f: "RT" + f.digits(10)),
            "tenantPpsn": RED(lambda f: f.ppsn(), "national id"),
            "berRating": G(lambda f: f.pick(["A2", "B1", "B3", "C2", "D1"])),
            "tenancyStartDate": G(lambda f: f.date_future()),
            "rentPerMonth": G(lambda f: f.rent()),
            "tenantCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    # -- Québec (French-keyed backend) ------------------------------------------------------------
    (
        "track",
        "Demande soumise",
        ["python"],
        "QC",
        {
            "numero_demande": G(lambda f: "DEM-" + f.digits(7)),
            "prenom": Y(lambda f: f.first(), "name"),
            "nom_de_famille": Y(lambda f: f.last(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "telephone": Y(lambda f: f.phone(), "phone"),
            "date_de_naissance": Y(lambda f: f.dob(), "birthdate"),
            "nas": RED(lambda f: f.sin(), "national id"),
            "adresse_actuelle": Y(lambda f: f.street() + ", " + f.line2(), "address"),
            "ville": Y(lambda f: f.city(), "city"),
            "code_postal": Y(lambda f: f.postal(), "zipcode"),
            "province": G(lambda f: "QC"),
            "employeur": G(lambda f: f.pick(EMPLOYERS)),
            "revenu_annuel": Y(lambda f: f.annual_income(), "salary"),
            "loyer_demande": G(lambda f: f.rent()),
            "date_emmenagement": G(lambda f: f.date_future()),
            "consentement_enquete_credit": G(lambda f: f.pick([True, False])),
            "langue_correspondance": G(lambda f: f.pick(["fr", "en"])),
            "nombre_occupants": G(lambda f: f.r.randint(1, 5)),
            "permis_de_travail": RED(lambda f: f.pick([True, False]), "visa"),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "rn"],
        "QC",
        {
            "prenom": Y(lambda f: f.first(), "name"),
            "nom": Y(lambda f: f.last(), "name"),
            "courriel": Y(lambda f: f.email(), "email"),
            "cellulaire": Y(lambda f: f.phone(), "phone"),
            "adresse": Y(lambda f: f.street() + ", " + f.city() + " (Québec) " + f.postal(), "address"),
            "date_naissance": Y(lambda f: f.dob(), "birthdate"),
            "langue": G(lambda f: f.pick(["fr", "en"])),
            "cote_de_credit": Y(lambda f: f.credit_score(), "credit score"),
            "statut": G(lambda f: f.pick(["locataire", "proprietaire", "gestionnaire"])),
            "dateCreation": G(lambda f: f.iso()),
        },
    ),
    # -- landlord side ----------------------------------------------------------------------------
    (
        "group",
        None,
        ["web", "node"],
        ANY_REGION,
        {
            "name": G(lambda f: f.pick([*MGMT_COMPANIES[:-1], "Murphy Lettings", "Immeubles Côté inc."])),
            "industry": G(lambda f: "Real Estate"),
            "employees": G(lambda f: f.r.randint(2, 4000)),
            "plan": G(lambda f: f.pick(["starter", "pro", "portfolio", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.greystar.com", "https://gestionlaurier.ca", "https://lisney.com"]
                )
            ),
            "unitsManaged": G(lambda f: f.r.randint(1, 25000)),
            "supportEmail": G(
                lambda f: f.pick(
                    [
                        "leasing@greystar.com",
                        "info@gestionlaurier.ca",
                        "lettings@lisney.com",
                        "noreply@capreit.net",
                    ]
                )
            ),
            "mainPhone": G(
                lambda f: f.pick(["+1 843-579-9400", "(514) 555-0180", "+353 1 638 2700", "1-866-555-0122"])
            ),
            "office": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "465 Meeting St",
                            "1010 rue Sherbrooke O",
                            "St Stephen's Green House",
                            "11 Church St",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Charleston", "Montréal", "Dublin 2", "Toronto"])),
                "postcode": G(lambda f: f.pick(["29403", "H3A 2R7", "D02 PH42", "M5E 1W1"])),
            },
            "psraLicenceNumber": G(lambda f: f"00{f.r.randint(1000, 4999)}"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "web"],
        ANY_REGION,
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "title": G(
                lambda f: f.pick(
                    [
                        "Property Manager",
                        "Leasing Agent",
                        "Landlord",
                        "Letting Agent",
                        "Gestionnaire immobilier",
                    ]
                )
            ),
            "company": G(lambda f: f.pick(MGMT_COMPANIES)),
            "role": G(lambda f: f.pick(["owner", "admin", "agent"])),
            "unitsManaged": G(lambda f: f.r.randint(1, 400)),
            "avatar": Y(lambda f: "https://cdn.keyhaven.io/avatars/" + f.hexid(16) + ".png", "photo"),
            "plan": G(lambda f: f.pick(["starter", "pro", "portfolio"])),
        },
    ),
    (
        "page",
        "Applicants",
        ["web"],
        ANY_REGION,
        {
            "path": G(lambda f: "/dashboard/applicants"),
            "url": G(
                lambda f: (
                    "https://app.keyhaven.io/dashboard/applicants?status="
                    + f.pick(["pending", "approved", "all"])
                )
            ),
            "title": G(lambda f: "Applicants | Keyhaven Dashboard"),
            "referrer": G(lambda f: f.pick(["", "https://app.keyhaven.io/dashboard"])),
            "search": G(lambda f: "?status=" + f.pick(["pending", "approved", "all"])),
            "openApplications": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Applicants Searched",
        ["web", "flutter"],
        ANY_REGION,
        {
            "q": Y(lambda f: f.pick([f.full_name(), f.last(), f.full_name().lower()]), "name", True),
            "filters": {
                "status": G(lambda f: f.pick(["pending", "approved", "declined", "all"])),
                "propertyId": G(lambda f: f.r.randint(100, 9999)),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 12)),
            "sort": G(lambda f: f.pick(["newest", "score_desc", "name_asc"])),
        },
    ),
    (
        "track",
        "Applicant Viewed",
        ["web", "flutter"],
        ANY_REGION,
        {
            "applicationId": G(lambda f: f.uuid()),
            "applicantName": Y(lambda f: f.full_name(), "name"),
            "listingId": G(lambda f: f.listing_id()),
            "screeningStatus": G(lambda f: f.pick(["in_progress", "complete", "awaiting_applicant"])),
            "riskScore": Y(lambda f: f.r.randint(350, 850), "credit score"),
            "recommendation": G(
                lambda f: f.pick(["accept", "accept_with_conditions", "decline", "low_accept"])
            ),
            "viewDurationMs": G(lambda f: f.r.randint(2000, 400000)),
            "tabOpened": G(lambda f: f.pick(["summary", "credit", "eviction", "income", "documents"])),
        },
    ),
    (
        "track",
        "Application Note Added",
        ["web"],
        ANY_REGION,
        {
            "noteId": G(lambda f: f.r.randint(100000, 999999)),
            "applicationId": G(lambda f: f.uuid()),
            "note": Y(landlord_note, "phone", True),
            "visibility": G(lambda f: f.pick(["private", "team"])),
            "authorRole": G(lambda f: f.pick(["owner", "agent", "admin"])),
        },
    ),
    (
        "track",
        "Screening Package Selected",
        ["web", "flutter"],
        ANY_REGION,
        {
            "packageId": G(lambda f: f.pick(["pkg_basic", "pkg_std", "pkg_prem"])),
            "packageName": G(
                lambda f: f.pick(["Basic Screening", "Standard Screening", "Premium Screening"])
            ),
            "price": G(lambda f: f.pick([29.95, 39.99, 54.99])),
            "paidBy": G(lambda f: f.pick(["applicant", "landlord"])),
            "includesCredit": G(lambda f: True),
            "includesCriminal": G(lambda f: f.pick([True, False])),
            "includesEviction": G(lambda f: f.pick([True, False])),
            "applicantsCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Decision Made",
        ["java"],
        ANY_REGION,
        {
            "applicationId": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["approved", "approved_with_conditions", "declined"])),
            "decidedByUserId": G(lambda f: "usr_" + f.hexid(12)),
            "conditions": Many(
                G(lambda f: f.pick(["additional_deposit", "guarantor_required", "first_and_last"])), 2
            ),
            "depositRequired": G(lambda f: f.pick([0, 500, 1000, 1500, 2200])),
            "reasonCodes": Many(G(lambda f: f.pick(["R01", "R07", "R12", "INC_LOW", "EVICTION_RECORD"])), 3),
            "applicantEmail": Y(lambda f: f.email(), "email"),
            "applicantName": Y(lambda f: f.full_name(), "name"),
            "riskScoreAtDecision": Y(lambda f: f.r.randint(350, 850), "credit score"),
            "decisionLetterUrl": G(lambda f: "https://app.keyhaven.io/letters/" + f.uuid() + ".pdf"),
            "decidedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Adverse Action Notice Sent",
        ["ruby", "java"],
        "US",
        {
            "noticeId": G(lambda f: "aan_" + f.hexid(12)),
            "consumerName": Y(lambda f: f.full_name(), "name"),
            "consumerEmail": Y(lambda f: f.email(), "email"),
            "mailingAddress": {
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "zip": Y(lambda f: f.postal(), "zipcode"),
            },
            "deliveryMethod": G(lambda f: f.pick(["email", "usps", "both"])),
            "creditScore": Y(lambda f: f.credit_score(), "credit score"),
            "scoreRange": G(lambda f: f.pick(["300-850", "350-850", "501-990"])),
            "keyFactors": Many(
                G(
                    lambda f: f.pick(
                        [
                            "Too many recent inquiries",
                            "Proportion of balances to credit limits is too high",
                            "Length of time accounts have been established",
                            "Serious delinquency",
                        ]
                    )
                ),
                4,
            ),
            "craName": G(
                lambda f: f.pick(
                    ["TransUnion Rental Screening Solutions", "Equifax Information Services LLC", "Experian"]
                )
            ),
            "craPhone": G(lambda f: f.pick(["1-800-230-9376", "1-866-349-5191", "1-888-397-3742"])),
            "craAddress": G(
                lambda f: f.pick(
                    [
                        "P.O. Box 800, Woodlyn, PA 19094",
                        "P.O. Box 740241, Atlanta, GA 30374",
                        "P.O. Box 2002, Allen, TX 75013",
                    ]
                )
            ),
            "sentAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lease Signed",
        ["node"],
        ANY_REGION,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["completed", "partially_signed"])),
            "signers": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "role": G(lambda f: f.pick(["tenant", "co_tenant", "guarantor", "landlord"])),
                    "signedAt": G(lambda f: f.iso()),
                    "ipAddress": Y(lambda f: f.ipv4(), "ip"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                3,
            ),
            "documentsCount": G(lambda f: f.r.randint(1, 5)),
            "leaseStart": G(lambda f: f.date_future()),
            "monthlyRent": G(lambda f: f.rent()),
            "securityDeposit": G(lambda f: f.pick([0, 500, 1000, 1500])),
        },
    ),
    (
        "track",
        "Showing Scheduled",
        ["node"],
        ANY_REGION,
        {
            "showing-id": G(lambda f: f.r.randint(100000, 999999)),
            "property-id": G(lambda f: f.r.randint(100, 9999)),
            "start-time": G(lambda f: f.iso()),
            "attendee-name": Y(lambda f: f.full_name(), "name"),
            "attendee-phone": Y(lambda f: f.phone(), "phone"),
            "attendee-email": Y(lambda f: f.email(), "email"),
            "agent-name": Y(lambda f: f.full_name(), "name"),
            "self-guided": G(lambda f: f.pick([True, False])),
            "lockbox-code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|token"),
            "source": G(lambda f: f.pick(["website", "zillow", "daft", "kijiji"])),
        },
    ),
    (
        "track",
        "Showing Checked In",
        ["swift", "kotlin"],
        ANY_REGION,
        {
            "showingId": G(lambda f: f.r.randint(100000, 999999)),
            "propertyId": G(lambda f: f.r.randint(100, 9999)),
            "latitude": Y(lambda f: f.home_lat(), "geolocation"),
            "longitude": Y(lambda f: f.home_lon(), "geolocation"),
            "accuracyMeters": G(lambda f: f.r.randint(3, 80)),
            "distanceFromPropertyM": G(lambda f: f.r.randint(0, 150)),
            "checkedInAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Listings Searched",
        ["web", "swift"],
        ANY_REGION,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "2 bedroom plateau mont-royal",
                        "pet friendly logan square",
                        "studio dublin 8",
                        "apartments near UT Austin",
                        "3 1/2 rosemont",
                    ]
                )
            ),
            "bedrooms": G(lambda f: f.r.randint(0, 4)),
            "maxRent": G(lambda f: f.rent()),
            "petsAllowed": G(lambda f: f.pick([True, False])),
            "resultsCount": G(lambda f: f.r.randint(0, 250)),
            "mapCenter": {
                "lat": G(
                    lambda f: round(
                        f.pick([45.5231, 41.9217, 53.3331, 30.2849]) + f.r.uniform(-0.01, 0.01), 4
                    )
                ),
                "lng": G(
                    lambda f: round(
                        f.pick([-73.5817, -87.7073, -6.2724, -97.7341]) + f.r.uniform(-0.01, 0.01), 4
                    )
                ),
            },
        },
    ),
    (
        "screen",
        "Application Status",
        ["swift", "kotlin", "rn"],
        ANY_REGION,
        {
            "applicationId": G(lambda f: f.uuid()),
            "status": G(lambda f: f.pick(["submitted", "screening", "approved", "declined"])),
            "stepsRemaining": G(lambda f: f.r.randint(0, 5)),
            "lastUpdated": G(lambda f: f.iso()),
        },
    ),
    # -- messaging --------------------------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        ["node"],
        ANY_REGION,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+13125550199", "+15145550123", "+35315550123", "KEYHAVEN"])),
            "To": Y(lambda f: "+1" + f.pick(US_AREAS + CA_AREAS) + f.digits(7), "phone"),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Message Sent",
        ["web", "flutter"],
        ANY_REGION,
        {
            "threadId": G(lambda f: f.uuid()),
            "text": Y(sms_body, "name", True),
            "senderRole": G(lambda f: f.pick(["landlord", "agent"])),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
            "templateUsed": G(
                lambda f: f.pick(["application_received", "upload_paystubs", "approved", None])
            ),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        ANY_REGION,
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(
                lambda f: f.b62(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8) + "-2F-0"
            ),
            "smtp-id": G(
                lambda f: "<" + f.b62(22) + "@ismtpd0" + str(f.r.randint(10, 99)) + "p1mdw1.sendgrid.net>"
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(
                G(lambda f: f.pick(["decision_notice", "reference_request", "invite", "receipt"])), 2
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
        },
    ),
    (
        "track",
        "Assistant Message Sent",
        ["web", "rn"],
        ANY_REGION,
        {
            "conversationId": G(lambda f: f.uuid()),
            "botStep": G(lambda f: "collect_email"),
            "input": Y(lambda f: f.pick([f.email(), f.email().upper(), " " + f.email()]), "email", True),
            "turn": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    # -- warehouse sync (SCREAMING_SNAKE) ---------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        ANY_REGION,
        {
            "APPLICANT_ID": G(lambda f: f.r.randint(10**6, 10**7)),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE_NUMBER": Y(lambda f: f.phone(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "CREDIT_SCORE": Y(lambda f: f.credit_score(), "credit score"),
            "MONTHLY_INCOME": Y(lambda f: f.monthly_income(), "salary"),
            "LEASE_START_DATE": G(lambda f: f.date_recent()),
            "LEASE_END_DATE": G(lambda f: f.date_future()),
            "UNIT_ID": G(lambda f: f.r.randint(1000, 99999)),
            "PROPERTY_NAME": G(lambda f: f.pick(PROPERTIES)),
            "RENT_AMOUNT": G(lambda f: f.rent()),
            "BALANCE_DUE": G(lambda f: f.money(0, 3000)),
            "IS_DELINQUENT": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    # -- rent reporting, co-signers, support --------------------------------------------------------
    (
        "track",
        "Rent Payment Reported",
        ["java"],
        "US",
        {
            "reportingId": G(lambda f: f.r.randint(10**8, 10**9)),
            "tenant": {
                "fullName": Y(lambda f: f.full_name(), "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "ssn": RED(lambda f: f.national_id(), "social security number"),
                "address": {
                    "line1": Y(lambda f: f.street(), "address|street"),
                    "city": Y(lambda f: f.city(), "city"),
                    "state": G(lambda f: f.state()),
                    "zip": Y(lambda f: f.postal(), "zipcode"),
                },
            },
            "payment": {
                "amount": G(lambda f: f.rent()),
                "dueDate": G(lambda f: f.date_recent()),
                "paidDate": G(lambda f: f.date_recent()),
                "daysLate": G(lambda f: f.pick([0, 0, 0, 3, 12, 31])),
            },
            "bureau": G(lambda f: f.pick(["Experian RentBureau", "TransUnion", "Equifax"])),
            "optedInAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Co-Signer Credit Check Authorized",
        ["kotlin", "web"],
        "CA",
        {
            "authorizationId": G(lambda f: f.uuid()),
            "cosigner": {
                "firstName": Y(lambda f: f.first(), "name"),
                "lastName": Y(lambda f: f.last(), "name"),
                "dateOfBirth": Y(lambda f: f.date(1945, 1990), "birthdate"),
                "sin": RED(lambda f: f.sin(), "national id"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(lambda f: f.email(), "email"),
                "currentAddress": Y(lambda f: f.one_line_address(), "address"),
                "province": G(lambda f: f.state()),
                "yearsAtAddress": G(lambda f: f.r.randint(0, 30)),
                "annualIncome": Y(lambda f: f.annual_income(), "salary"),
                "employer": G(lambda f: f.pick(EMPLOYERS)),
            },
            "bureau": G(lambda f: f.pick(["Equifax Canada", "TransUnion Canada"])),
            "consentGiven": G(lambda f: True),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["php"],
        ANY_REGION,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 999999)),
            "requester_name": Y(lambda f: f.full_name(), "name"),
            "requester_email": Y(lambda f: f.email(), "email"),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Can't upload my pay stub",
                        "Refund application fee",
                        "Report shows wrong eviction",
                        "Link expired",
                        "Question about my score",
                    ]
                )
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["web", "email", "chat"])),
            "assignee_name": Y(lambda f: f.full_name(), "name"),
            "tags": Many(G(lambda f: f.pick(["billing", "fcra_dispute", "upload", "login", "fr"])), 3),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    # -- integrations ---------------------------------------------------------------------------
    (
        "track",
        "API Key Created",
        ["go"],
        ANY_REGION,
        {
            "keyId": G(lambda f: "key_" + f.hexid(16)),
            "keyPrefix": G(lambda f: "kh_live_" + f.hexid(4)),
            "apiKey": RED(lambda f: "kh_live_" + f.b62(32), "secret"),
            "scopes": Many(
                G(
                    lambda f: f.pick(
                        ["applications:read", "applications:write", "reports:read", "webhooks:manage"]
                    )
                ),
                3,
            ),
            "createdByUserId": G(lambda f: "usr_" + f.hexid(12)),
            "expiresInDays": G(lambda f: f.pick([30, 90, 365, None])),
        },
    ),
    (
        "track",
        "Webhook Delivered",
        ["go"],
        ANY_REGION,
        {
            "endpointUrl": G(
                lambda f: f.pick(
                    [
                        "https://hooks.greystar.com/keyhaven",
                        "https://api.gestionlaurier.ca/webhooks/kh",
                        "https://yardi-bridge.example-pm.com/in",
                    ]
                )
            ),
            "eventType": G(lambda f: f.pick(["application.submitted", "report.completed", "decision.made"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "responseStatus": G(lambda f: f.pick([200, 200, 202, 500, 504])),
            "signatureHeader": G(lambda f: "t=" + str(f.epoch_ms() // 1000) + ",v1=" + f.hexid(64)),
            "latencyMs": G(lambda f: f.r.randint(40, 9000)),
        },
    ),
]


REGIONS = [("US", 0.55), ("CA", 0.15), ("QC", 0.12), ("IE", 0.18)]


def build(seed: int, repeats: int):
    f = Fake285(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, region, body in EVENTS:
            f.region = f.weighted(REGIONS) if region == ANY_REGION else region
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            if kind in ("identify", "track", "page", "screen", "group", "alias"):
                msg["userId"] = "usr_" + f.hexid(12)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.hexid(10)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=285, repeats=34)
    write(Path(__file__).parent, "holdout285_", events, labels)
