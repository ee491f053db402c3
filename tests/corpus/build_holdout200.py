"""Writes holdout200: tests/corpus/holdout200_events.jsonl and holdout200_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py were read, for helpers
and format), and never scored by its author.

What it covers: "Kinfund", a crowdfunding and charity-donations platform in the United States,
France and Nigeria. Campaign pages for medical bills, funerals, education and emergencies;
donations by card (Stripe-, Paystack-shaped), SEPA/ACH/NIP bank transfer, mobile money and USSD;
US and French tax receipts (reçu fiscal); beneficiary payouts (NUBAN, IBAN, ACH); KYC of campaign
organisers (SSN, BVN, NIN, NIR, passports); comments, updates, words of support, tributes;
fraud review and chargebacks; SMS/e-mail provider webhooks; ad-platform conversions; reverse-ETL
identifies and groups from a warehouse. Messages are identify / track / page / screen / group /
alias calls with the `context` blocks that analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter and the python / node / go / java / ruby / php / .NET
server libraries send. Keys are mostly camelCase and snake_case English; about 15 % of the
templates use other real conventions: PascalCase (.NET), kebab-case (a Node service),
SCREAMING_SNAKE (warehouse syncs), French keys (the Paris back office) and Yoruba or
Nigerian-English keys (the Lagos back office).

Conventions: paths as `portal.events.flatten` gives them (`properties.products[].name`); each
path has one label: classification (red / yellow / green), type (the reference's default
matcher name, or `bank account`, `geolocation`, `secret`, `national id`, `health id`,
`advertising id`, `political opinion`, `trade union`; `a|b` when either is fair), value_only
(the key does not say what the value is). A value_only PII path carries that PII in every one
of its values; free text is labelled by what every value carries, green when none does (this
corpus never mixes: a free-text path either always carries PII or never does).

Labelling rules (the product's default colours and published policy, followed as written):
- PII = personal data about a natural person: the user, a donor, a beneficiary, a deceased
  person being mourned, a student, a co-organiser, an invitee, a contact, a next of kin, a staff
  reviewer. Reference colours (name, email, phone, address, city, zipcode, birthdate, gender,
  citizenship, photo, ip, salary, religion, condition, diagnosis, procedure, medication,
  identification, serial, license ... yellow; social security number, passport, credit card,
  password, token, visa, veteran, disability red); outside the table: bank account, national
  id, health id, secret red; geolocation, advertising id, political opinion, trade union yellow.
- Green: ids we or our vendors issue (user, donation, campaign, payout, Stripe `cus_` / `ch_`
  ids, Paystack customer codes, NIBSS session ids, receipt and invoice numbers, device
  fingerprints from a fraud vendor), versions, timestamps, amounts, enums, counters, booleans
  under PII-sounding keys, hashes of non-PII, user agents, locale, country, state (a Nigerian
  state of origin and LGA included), currency; names of campaigns' things: hospitals, schools,
  funeral homes, employers, banks, pets; a business's own contact data (the charity's phone,
  address and role mailbox, our Twilio sender number, no-reply@); card brand, BIN, last four,
  expiry; routing numbers, bank codes, BICs.
- Contested, by the product's policy: member, customer and claim numbers green; ages, age bands,
  marital status, job titles, employers green; UUID tokens (a Places session token) and e-mail
  Message-IDs green; insurer member numbers yellow `identification`; prescription numbers yellow
  `medication`; income brackets yellow `salary`; gclid / fbclid / fbp / fbc yellow `advertising
  id`; the donor's billing address yellow `address` (its parts: street, city, zipcode); payment
  tokens (`pm_`, Paystack `AUTH_`), one-time codes and sign-in link tokens red `token`; MRNs and
  Medicare numbers red `health id`; identity-document numbers red `national id|passport`; visa
  sponsorship answers red `visa`; the last four of an SSN red `social security number`.
- Rules this corpus had to settle itself (what a careful privacy owner would want flagged):
  a deceased person's name on a memorial campaign is `name` (yellow): the family is identified by
  it. A campaign's title always names its beneficiary here (`Help Adaeze Okonkwo beat leukemia`),
  so it is yellow `name`, value_only. A mobile-money wallet number is the person's MSISDN:
  yellow `phone`. A special-category enum or boolean (zakat giving, union membership, a
  beneficiary's condition, `has_disability`) takes that category's colour. Salutations that
  state sex (`civilite`: M. / Mme) are yellow `gender`. Hashed e-mail and phone sent to an ad
  platform's conversions API (`em`, `ph`) stay yellow `email` / `phone`: pseudonymised, still
  personal. A device push token is red `token`. An organisation's API key or webhook signing
  secret is red `secret`. A student's matriculation number, issued by the school, is green like
  a member number. The place of birth is yellow `city`. Nationality is yellow `citizenship`.
  A personal LinkedIn profile URL is yellow `name` (it names and identifies the person). A
  hospital's own IBAN and billing mailbox are a business's: green. Staff members' personal work
  mailboxes (`camille@kinfund.com`) are yellow `email`; role mailboxes (`support@`) are green.
  A key that names its PII keeps its label on the odd empty value (`advertisingId` zeroed by
  App Tracking Transparency, a null card `account_name`, a donor shown as "Anonymous").
"""

import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators ------------------------------------------------------------------------------

NG_FIRST = [
    "Adebayo", "Oluwaseun", "Folake", "Temitope", "Babatunde", "Funmilayo", "Adewale", "Ayodele",
    "Chinedu", "Ngozi", "Chiamaka", "Emeka", "Obinna", "Adaeze", "Nnamdi", "Ifeoma", "Abubakar",
    "Aisha", "Musa", "Zainab", "Ibrahim", "Hadiza", "Usman", "Blessing", "Godwin", "Precious",
    "Oluwadamilare", "Yetunde", "Kelechi", "Efe", "Ese", "Tamuno",
]  # fmt: skip
NG_LAST = [
    "Adeyemi", "Okonkwo", "Balogun", "Eze", "Bello", "Ogunleye", "Okafor", "Abdullahi", "Nwosu",
    "Adeleke", "Oyelaran", "Ibrahim", "Olatunji", "Chukwu", "Danjuma", "Akinola", "Onyekachi",
    "Ogbonna", "Lawal", "Fashola", "Ekpo", "Igwe", "Yusuf", "Oyewole",
]  # fmt: skip
FR_FIRST = [
    "Camille", "Léa", "Mathieu", "Théo", "Élodie", "Benoît", "Margaux", "Anaïs", "Karim", "Yasmine",
    "Mehdi", "Nadia", "Chloé", "Hugo", "Manon", "Louis", "Inès", "Jean-Baptiste", "Sylvie",
    "François", "Aïcha", "Thi Hoa", "Gaëlle", "Mamadou",
]  # fmt: skip
FR_LAST = [
    "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Benali", "Nguyen", "Martin", "Bernard",
    "Petit", "Durand", "Leroy", "Rousseau", "Haddad", "Diallo", "Mercier", "Boucher", "Lambert",
    "Da Silva", "Traoré", "Le Goff", "Chevalier",
]  # fmt: skip
US_FIRST = [
    "Jessica", "Tyler", "Brianna", "DeShawn", "Kayla", "Hunter", "José", "Guadalupe", "María José",
    "Emily", "Michael", "Aaliyah", "Connor", "Mei-Ling", "Priya", "Darnell", "Hannah", "Jae-won",
    "Widline", "Santiago", "Kimberly", "Tuan", "Fatima", "Ethan",
]  # fmt: skip
US_LAST = [
    "Johnson", "Williams", "Rodriguez", "Hernandez", "Kim", "Patel", "Washington", "O'Connor",
    "Jean-Louis", "Kowalczyk", "Nguyen", "Thompson", "Begay", "Cohen", "Okafor", "Murphy",
    "Ramírez", "Jackson", "Yamamoto", "Schwartz", "Brown", "Alvarez",
]  # fmt: skip
NAMES = {"NG": (NG_FIRST, NG_LAST), "FR": (FR_FIRST, FR_LAST), "US": (US_FIRST, US_LAST)}

NG_STREETS = [
    "Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Herbert Macaulay Way",
    "Ahmadu Bello Way", "Ogui Road", "Aminu Kano Crescent", "Bode Thomas Street",
    "Ring Road", "Agege Motor Road", "Ikwerre Road", "Bodija Estate Road",
]  # fmt: skip
NG_CITIES = ["Lagos", "Ibadan", "Abuja", "Port Harcourt", "Enugu", "Kano", "Abeokuta", "Ilorin", "Benin City"]
NG_STATES = ["Lagos", "Oyo", "FCT", "Rivers", "Enugu", "Kano", "Ogun", "Kwara", "Edo", "Anambra", "Osun"]
NG_LGAS = [
    "Ikeja",
    "Eti-Osa",
    "Surulere",
    "Ibadan North",
    "Obio/Akpor",
    "Enugu East",
    "Nassarawa",
    "Alimosho",
]
FR_STREETS = [
    "rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas",
    "chemin du Moulin", "rue Victor Hugo", "allée des Tilleuls", "place du Marché",
    "rue du Faubourg Saint-Antoine", "quai de la Loire",
]  # fmt: skip
FR_CITIES = {
    "Paris": "750", "Lyon": "6900", "Marseille": "1300", "Toulouse": "3100", "Lille": "5900",
    "Nantes": "4400", "Bordeaux": "3300", "Strasbourg": "6700", "Montpellier": "3400",
    "Saint-Denis": "9320", "Rennes": "3500",
}  # fmt: skip
US_STREETS = [
    "Oak Avenue", "Maple Street", "MLK Jr Blvd", "Westheimer Rd", "Peachtree St NE", "Elm Drive",
    "W 43rd Street", "Sunset Blvd", "Lakeshore Dr", "Cedar Lane", "Hillcrest Road",
]  # fmt: skip
US_CITIES = [
    ("Houston", "TX", "770"), ("Atlanta", "GA", "303"), ("Columbus", "OH", "432"),
    ("Phoenix", "AZ", "850"), ("Brooklyn", "NY", "112"), ("Minneapolis", "MN", "554"),
    ("Baltimore", "MD", "212"), ("Oakland", "CA", "946"), ("Silver Spring", "MD", "209"),
    ("Dallas", "TX", "752"),
]  # fmt: skip
EMAIL_DOMAINS = {
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com", "hotmail.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "sfr.fr"],
    "US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "comcast.net", "proton.me"],
}
NG_BANKS = [
    ("058", "Guaranty Trust Bank"), ("044", "Access Bank"), ("057", "Zenith Bank"),
    ("011", "First Bank of Nigeria"), ("033", "United Bank for Africa"), ("232", "Sterling Bank"),
    ("035", "Wema Bank"), ("070", "Fidelity Bank"), ("214", "First City Monument Bank"),
]  # fmt: skip
US_ROUTING = [
    ("021000021", "JPMorgan Chase"), ("026009593", "Bank of America"), ("121000248", "Wells Fargo"),
    ("111000025", "Bank of America TX"), ("031176110", "Capital One"), ("091000022", "U.S. Bank"),
]  # fmt: skip
FR_BICS = ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPMTG", "PSSTFRPPPAR", "BOUSFRPPXXX"]
HOSPITALS = [
    "Lagos University Teaching Hospital", "University College Hospital Ibadan", "Reddington Hospital",
    "National Hospital Abuja", "Hôpital Necker-Enfants malades", "CHU de Bordeaux",
    "Institut Curie", "MD Anderson Cancer Center", "Children's Healthcare of Atlanta",
    "Johns Hopkins Hospital", "Houston Methodist",
]  # fmt: skip
SCHOOLS = [
    "University of Lagos", "Obafemi Awolowo University", "Covenant University",
    "Université Paris Cité", "Sciences Po Lyon", "Howard University", "Georgia State University",
    "Lagos Business School", "Lycée Henri-IV",
]  # fmt: skip
FUNERAL_HOMES = [
    "Ebony Funeral Homes", "Pompes Funèbres Générales", "Roc-Eclerc Lyon 3", "Golden Gate Funeral Home",
    "Serenity Mortuary Ikeja", "Wheeler Funeral Home", "Ace Mortuary Enugu",
]  # fmt: skip
CONDITIONS = [
    "acute lymphoblastic leukemia", "sickle cell disease", "end-stage renal failure", "breast cancer",
    "hydrocephalus", "congenital heart defect", "glioblastoma", "spinal cord injury", "lupus",
    "drépanocytose", "cancer du pancréas",
]  # fmt: skip
PROCEDURES = [
    "kidney transplant", "open-heart surgery", "chemotherapy (6 cycles)", "bone marrow transplant",
    "VP shunt placement", "spinal fusion", "greffe de moelle osseuse", "radiotherapy", "dialysis",
]  # fmt: skip
MEDICATIONS = ["imatinib 400mg", "hydroxyurea", "tacrolimus", "insulin glargine", "methotrexate", "Keytruda"]
TITLES_EN = [
    "Help {f} {l} beat {c}",
    "{f}'s kidney transplant fund",
    "Support the {l} family after {f}'s passing",
    "In loving memory of {f} {l}",
    "Send {f} {l} to university",
    "{f} {l}'s tuition fund",
    "Stand with {f} after the fire",
    "Medical bills for baby {f}",
]
TITLES_FR = [
    "Aidons {f} {l} à se soigner",
    "Obsèques de {f} {l}",
    "Cagnotte pour {f} : greffe de rein",
    "Soutien à la famille {l}",
    "Les études de {f} {l}",
]
UAS_WEB = [
    "Mozilla/5.0 (Linux; Android 13; TECNO CK7n) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36 OPR/81.1.4292.78928",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
]
SITE = "https://www.kinfund.com"


def ascii_fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


class F(Fake):
    """fake.Fake plus values from Nigeria, France and the US."""

    def remember(self, key, value):
        self.__dict__.setdefault("memo", {})[key] = value
        return value

    def recall(self, key):
        return self.__dict__.get("memo", {}).get(key)

    def country(self) -> str:
        return self.pick(["NG", "NG", "FR", "US", "US"])

    def first(self, country=None):
        return self.pick(NAMES[country or self.country()][0])

    def last(self, country=None):
        return self.pick(NAMES[country or self.country()][1])

    def full_name(self, country=None):
        c = country or self.country()
        return f"{self.first(c)} {self.last(c)}"

    def email(self, country=None):
        c = country or self.country()
        first = ascii_fold(self.first(c)).replace(" ", "").replace("'", "")
        last = ascii_fold(self.last(c)).replace(" ", "").replace("'", "")
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first[0]}{last}",
                f"{last}.{first}{self.r.randint(70, 99)}",
                f"{first}_{last}",
            ]
        )
        return f"{local}@{self.pick(EMAIL_DOMAINS[c])}"

    def phone_ng(self):
        prefix = self.pick(
            ["803", "806", "813", "816", "703", "706", "802", "808", "812", "701", "902", "905", "815"]
        )
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return self.pick(
            [
                f"+234 {prefix} {a} {b}",
                f"0{prefix}{a}{b}",
                f"0{prefix} {a} {b}",
                f"+234{prefix}{a}{b}",
                f"234{prefix}{a}{b}",
            ]
        )

    def phone_fr(self):
        digits = [self.r.randint(10, 99) for _ in range(4)]
        lead = self.pick(["6", "7"])
        return self.pick(
            [
                f"0{lead} " + " ".join(map(str, digits)),
                f"+33 {lead} " + " ".join(map(str, digits)),
                f"0{lead}" + "".join(map(str, digits)),
                f"+33{lead}" + "".join(map(str, digits)),
                f"0{lead}." + ".".join(map(str, digits)),
            ]
        )

    def phone_us(self):
        return Fake.phone(self, self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def phone(self, country=None):
        c = country or self.country()
        return {"NG": self.phone_ng, "FR": self.phone_fr, "US": self.phone_us}[c]()

    def street(self, country=None):
        c = country or self.country()
        n = self.r.randint(1, 240)
        if c == "NG":
            return self.pick([f"{n} {self.pick(NG_STREETS)}", f"Plot {n}, {self.pick(NG_STREETS)}"])
        if c == "FR":
            return f"{n}{self.pick(['', '', ' bis'])} {self.pick(FR_STREETS)}"
        return f"{self.r.randint(100, 9800)} {self.pick(US_STREETS)}"

    def street2(self):
        return self.pick(["Apt 4B", "Unit 12", "Flat 3", "Bât. B, 2e étage", "Suite 210", "Block C, Flat 7"])

    def city(self, country=None):
        c = country or self.country()
        if c == "NG":
            return self.pick(NG_CITIES)
        if c == "FR":
            return self.pick(list(FR_CITIES))
        return self.pick(US_CITIES)[0]

    def zip(self, country=None):
        c = country or self.country()
        if c == "NG":
            return f"{self.pick(['100', '101', '200', '900', '500', '400'])}{self.r.randint(1, 999):03d}"
        if c == "FR":
            prefix = self.pick(list(FR_CITIES.values()))
            return (prefix + f"{self.r.randint(1, 20):02d}")[:5]
        base = f"{self.pick(US_CITIES)[2]}{self.r.randint(1, 99):02d}"
        return base if self.r.random() < 0.75 else f"{base}-{self.r.randint(1, 9999):04d}"

    def us_address(self):
        city, state, prefix = self.pick(US_CITIES)
        return f"{self.street('US')}, {city}, {state} {prefix}{self.r.randint(1, 99):02d}"

    def address_line(self, country=None):
        c = country or self.country()
        return f"{self.street(c)}, {self.city(c)}"

    def nuban(self, bank_code=None):
        code = bank_code or self.pick(NG_BANKS)[0]
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(d) * w for d, w in zip(code + serial, weights, strict=True))
        check = (10 - total % 10) % 10
        return f"{serial}{check}"

    def us_account(self):
        return "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(9, 12)))

    def bvn(self):
        return "22" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def nin(self):
        return self.digits(11)

    def nir(self):
        sex = self.pick(["1", "2"])
        body = (
            f"{sex}{self.r.randint(50, 99):02d}{self.r.randint(1, 12):02d}"
            f"{self.r.choice([75, 69, 13, 93, 33, 59]):02d}"
            f"{self.r.randint(1, 400):03d}{self.r.randint(1, 999):03d}"
        )
        key = 97 - int(body) % 97
        if self.r.random() < 0.5:
            return f"{body}{key:02d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def passport(self, country=None):
        c = country or self.country()
        if c == "NG":
            return self.pick(["A", "B"]) + self.digits(8)
        if c == "FR":
            letters = self.alnum(2, string.ascii_uppercase)
            return f"{self.r.randint(10, 24)}{letters}{self.digits(5)}"
        return self.pick([self.digits(9), "A" + self.digits(8)])

    def cni(self):
        return self.pick(
            [self.passport("FR"), self.digits(12), self.alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")]
        )

    def verve(self):
        return self.luhn_complete("506099" + "".join(str(self.r.randint(0, 9)) for _ in range(12)))

    def any_card(self):
        return self.verve() if self.r.random() < 0.2 else self.card()

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm(self):
        return "pm_1" + self.alnum(23)

    def ip(self):
        if self.r.random() < 0.8:
            return self.ipv4()
        prefix = self.pick(["2a01:cb00", "2c0f:f5c0", "2600:1700", "2a01:e0a", "2c0f:2a80", "2603:8080"])
        return prefix + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def gclid(self):
        return "Cj0KCQjw" + self.alnum(60, string.ascii_letters + string.digits + "-_") + "_BwE"

    def fbclid(self):
        return "IwAR" + self.alnum(56, string.ascii_letters + string.digits + "-_")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def lat_lon(self, country=None):
        c = country or self.country()
        box = {
            "NG": (4.5, 12.5, 3.0, 13.5),
            "FR": (43.3, 50.8, -1.5, 7.5),
            "US": (29.5, 45.0, -122.3, -73.8),
        }[c]
        return round(self.r.uniform(box[0], box[1]), 6), round(self.r.uniform(box[2], box[3]), 6)

    def lat(self):
        return self.lat_lon()[0]

    def lon(self):
        return self.lat_lon()[1]

    def campaign_title(self):
        if self.r.random() < 0.25:
            return self.pick(TITLES_FR).format(f=self.first("FR"), l=self.last("FR"))
        c = self.pick(["NG", "US"])
        cond = self.pick(["leukemia", "sickle cell", "kidney failure", "cancer", "a brain tumour"])
        return self.pick(TITLES_EN).format(f=self.first(c), l=self.last(c), c=cond)

    def campaign_id(self):
        return "cmp_" + self.alnum(10, string.ascii_lowercase + string.digits)

    def campaign_url(self):
        return f"{SITE}/f/{self.alnum(7, string.ascii_lowercase + string.digits)}"

    def donation_id(self):
        return "don_" + self.alnum(14, string.ascii_lowercase + string.digits)

    def user_id(self):
        return "usr_" + self.alnum(12, string.ascii_lowercase + string.digits)

    def amount(self, lo=5, hi=500):
        return self.pick([10, 20, 25, 50, 100, 250, self.money(lo, hi)])

    def kobo(self):
        return self.pick([100000, 200000, 500000, 1000000, 2500000, self.r.randint(50, 50000) * 100])

    def currency(self):
        return self.pick(["NGN", "USD", "EUR", "NGN", "USD"])

    def date_ymd(self, start=2023, end=2024):
        return self.date(start, end)

    def nip_session(self):
        return "0000" + self.r.choice(["13", "14", "15"]) + "24" + self.digits(22)

    def imsi_free_msisdn(self):
        return "234" + self.pick(["803", "806", "813", "703", "816"]) + self.digits(7)

    def mbi(self):
        letters = "ACDEFGHJKMNPQRTUVWXY"
        an = letters + "0123456789"
        r = self.r
        return (
            f"{r.randint(1, 9)}{r.choice(letters)}{r.choice(an)}{r.randint(0, 9)}-{r.choice(letters)}"
            f"{r.choice(an)}{r.randint(0, 9)}-{r.choice(letters)}{r.choice(letters)}"
            f"{r.randint(0, 9)}{r.randint(0, 9)}"
        )


# The hospitals' own accounts (a business's, green), valid mod-97, fixed once.
HOSPITAL_IBANS = [Fake(2000 + i).iban("FR") for i in range(4)]


def const(value):
    return G(lambda f: value)


def pick(*values):
    return G(lambda f: f.pick(list(values)))


def uuid_():
    return G(lambda f: f.uuid())


def iso():
    return G(lambda f: f.iso())


def count(lo=0, hi=50):
    return G(lambda f: f.r.randint(lo, hi))


def flag():
    return G(lambda f: f.pick([True, False]))


# -- contexts of the client libraries --------------------------------------------------------------

PAGES = [
    ("/", "Kinfund - Crowdfunding for medical bills, funerals and school fees"),
    ("/discover/medical", "Medical fundraisers | Kinfund"),
    ("/discover/memorial", "Memorial & funeral fundraisers | Kinfund"),
    ("/start", "Start a fundraiser | Kinfund"),
    ("/f/donate", "Donate | Kinfund"),
    ("/fr/cagnottes", "Cagnottes solidaires | Kinfund"),
    ("/how-it-works", "How Kinfund works"),
    ("/pricing", "Fees | Kinfund"),
]


def web_context(f: F):
    path, title = f.pick(PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": const("analytics.js"),
            "version": pick("npm:next-1.70.0", "npm:next-1.72.1", "next-1.74.0"),
        },
        "page": {
            "path": const(path),
            "referrer": pick(
                "https://l.facebook.com/",
                "https://www.google.com/",
                "",
                "https://t.co/",
                "https://web.whatsapp.com/",
            ),
            "search": pick("", "?utm_source=whatsapp&utm_medium=social", "?ref=share_sheet", "?amount=5000"),
            "title": const(title),
            "url": G(lambda f: SITE + path),
        },
        "userAgent": G(lambda f: f.pick(UAS_WEB)),
        "locale": pick("en-US", "fr-FR", "en-NG", "en-GB", "fr-CA", "yo-NG"),
        "timezone": pick(
            "Africa/Lagos", "Europe/Paris", "America/New_York", "America/Chicago", "America/Los_Angeles"
        ),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand"),
                    "version": pick("124", "125", "99"),
                },
                3,
            ),
            "mobile": flag(),
            "platform": pick("Android", "Windows", "macOS"),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": pick("giving_tuesday_2024", "ramadan_appeal", "back_to_school", "rentree_solidaire"),
            "source": pick("facebook", "whatsapp", "google", "newsletter", "instagram"),
            "medium": pick("social", "cpc", "email", "referral"),
            "term": pick(
                "medical fundraising", "crowdfunding nigeria", "cagnotte en ligne", "funeral costs help"
            ),
            "content": pick("carousel_v2", "story_ad", "header_link"),
        }
    if f.r.random() < 0.3:
        ctx["consent"] = {
            "categoryPreferences": {
                "Advertising": flag(),
                "Analytics": const(True),
                "Functional": const(True),
            }
        }
    return ctx


def mobile_traits(f: F):
    traits: dict[str, Any] = {"anonymousId": uuid_(), "userId": G(lambda f: f.user_id())}
    if f.r.random() < 0.7:
        traits["email"] = Y(lambda f: f.email(), "email")
        traits["name"] = Y(lambda f: f.full_name(), "name")
    if f.r.random() < 0.4:
        traits["phone"] = Y(lambda f: f.phone(), "phone")
    return traits


def swift_context(f: F):
    device: dict[str, Any] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": const("Apple"),
        "model": pick("iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1", "iPhone13,2"),
        "name": const("iPhone"),
        "type": const("ios"),
        "adTrackingEnabled": flag(),
    }
    if f.r.random() < 0.5:
        device["advertisingId"] = Y(
            lambda f: f.uuid().upper() if f.r.random() < 0.9 else "00000000-0000-0000-0000-000000000000",
            "advertising id",
        )
    if f.r.random() < 0.4:
        device["token"] = RED(lambda f: f.hexid(64), "token")
    ctx: dict[str, Any] = {
        "app": {
            "name": const("Kinfund"),
            "version": pick("4.12.0", "4.13.1", "4.14.0"),
            "build": pick("4120", "4131", "4140"),
            "namespace": const("com.kinfund.ios"),
        },
        "device": device,
        "library": {"name": const("analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": pick("en-US", "fr-FR", "en-NG"),
        "network": {"wifi": flag(), "cellular": flag()},
        "os": {"name": const("iOS"), "version": pick("17.5.1", "17.4", "16.7.8")},
        "screen": {"width": pick(390, 393, 430), "height": pick(844, 852, 932)},
        "timezone": pick("Africa/Lagos", "Europe/Paris", "America/New_York"),
        "instanceId": uuid_(),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    return ctx


def kotlin_context(f: F):
    device: dict[str, Any] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": pick("samsung", "TECNO", "INFINIX", "itel", "Google", "Xiaomi"),
        "model": pick("SM-A145F", "TECNO KI5k", "Infinix X6816", "itel A665L", "Pixel 7a", "Redmi Note 12"),
        "name": pick("a14", "TECNO-KI5k", "Infinix-X6816", "lynx", "tapas"),
        "type": const("android"),
        "adTrackingEnabled": flag(),
    }
    if f.r.random() < 0.6:
        device["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    ctx: dict[str, Any] = {
        "app": {
            "name": const("Kinfund"),
            "version": pick("4.12.0", "4.13.0", "4.14.2"),
            "namespace": const("com.kinfund.android"),
            "build": pick("412000", "413000", "414002"),
        },
        "device": device,
        "library": {"name": const("analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "locale": pick("en-NG", "en-US", "fr-FR"),
        "network": {
            "bluetooth": flag(),
            "carrier": pick("MTN NG", "Airtel NG", "Glo", "9mobile", "Orange F", "T-Mobile"),
            "cellular": flag(),
            "wifi": flag(),
        },
        "os": {"name": const("Android"), "version": pick("12", "13", "14")},
        "screen": {
            "density": pick(2.0, 2.75, 3.0),
            "height": pick(1612, 2400, 2340),
            "width": pick(720, 1080),
        },
        "timezone": pick("Africa/Lagos", "Europe/Paris", "America/Chicago"),
        "userAgent": G(
            lambda f: (
                "Dalvik/2.1.0 (Linux; U; Android 13; "
                + f.pick(["TECNO KI5k", "SM-A145F"])
                + " Build/TP1A.220624.014)"
            )
        ),
        "instanceId": uuid_(),
        "ip": Y(lambda f: f.ip(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = mobile_traits(f)
    if f.r.random() < 0.35:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": pick(0.0, 0.0, 1.4),
        }
    return ctx


def rn_context(f: F):
    ctx: dict[str, Any] = {
        "app": {
            "name": const("Kinfund Organiser"),
            "version": pick("2.3.0", "2.4.1"),
            "build": pick("230", "241"),
            "namespace": const("com.kinfund.organiser"),
        },
        "device": {
            "id": uuid_(),
            "manufacturer": pick("Apple", "samsung", "TECNO"),
            "model": pick("iPhone13,2", "SM-A536B", "TECNO CK7n"),
            "name": pick("iPhone", "a53x", "TECNO-CK7n"),
            "type": pick("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": pick("2.20.3", "2.19.4")},
        "locale": pick("en-NG", "fr-FR", "en-US"),
        "network": {"cellular": flag(), "wifi": flag()},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "13")},
        "screen": {"height": pick(844, 915), "width": pick(390, 412)},
        "timezone": pick("Africa/Lagos", "Europe/Paris", "America/New_York"),
        "instanceId": uuid_(),
    }
    if f.r.random() < 0.7:
        ctx["traits"] = mobile_traits(f)
    return ctx


def flutter_context(f: F):
    return {
        "app": {
            "name": const("Kinfund Lite"),
            "version": pick("1.8.0", "1.9.3"),
            "build": pick("80", "93"),
            "namespace": const("com.kinfund.lite"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("TECNO", "itel", "INFINIX", "samsung"),
            "model": pick("TECNO BG6", "itel A70", "Infinix X669D", "SM-A055F"),
            "type": const("android"),
        },
        "library": {"name": const("analytics_flutter"), "version": pick("1.1.5", "1.1.7")},
        "locale": pick("en-NG", "yo-NG", "ha-NG"),
        "network": {"cellular": const(True), "wifi": flag()},
        "os": {"name": const("Android"), "version": pick("12", "13")},
        "screen": {"height": pick(1600, 1612), "width": const(720), "density": const(2.0)},
        "timezone": const("Africa/Lagos"),
        "ip": Y(lambda f: f.ip(), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    def make(f: F):
        name, versions = SERVER_LIBS[lib]
        ctx: dict[str, Any] = {"library": {"name": const(name), "version": G(lambda f: f.pick(versions))}}
        if f.r.random() < 0.3:
            ctx["ip"] = Y(lambda f: f.ip(), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS_WEB))
        if f.r.random() < 0.15:
            ctx["active"] = const(False)
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
MOBILE = ["swift", "kotlin", "flutter"]
CLIENT = ["web", "swift", "kotlin"]


# -- shared shapes ---------------------------------------------------------------------------------


def campaign_product():
    return {
        "product_id": G(lambda f: f.campaign_id()),
        "sku": G(lambda f: f"CMP-{f.pick(['NG', 'FR', 'US'])}-{f.digits(6)}"),
        "name": Y(lambda f: f.campaign_title(), "name", True),
        "category": pick("medical", "memorial", "education", "emergency"),
        "price": G(lambda f: f.amount()),
        "quantity": const(1),
        "url": G(lambda f: f.campaign_url()),
        "image_url": G(lambda f: f"https://img.kinfund.com/c/{f.hexid(12)}/cover.jpg"),
        "position": count(1, 24),
    }


def billing_address(country_key=None):
    return {
        "line1": Y(lambda f: f.street(), "address|street"),
        "line2": Y(lambda f: f.street2(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "postal_code": Y(lambda f: f.zip(), "zipcode"),
        "state": pick("TX", "GA", "Lagos", "Île-de-France", "NY", "Oyo"),
        "country": pick("US", "NG", "FR"),
    }


# -- events ----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- browsing and the e-commerce spec ---------------------------------------------------------
    (
        "page",
        "Campaign",
        ["web"],
        {
            "path": G(lambda f: "/f/" + f.alnum(7, string.ascii_lowercase + string.digits)),
            "url": G(lambda f: f.campaign_url()),
            "title": const("Donate | Kinfund"),
            "referrer": pick("https://l.facebook.com/", "", "https://www.google.com/"),
            "search": pick("", "?utm_source=whatsapp", "?share=copy_link"),
            "campaign_id": G(lambda f: f.campaign_id()),
            "campaign_category": pick("medical", "memorial", "education", "emergency"),
            "is_verified_campaign": flag(),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift", "kotlin"],
        {
            "query": pick(
                "cancer",
                "funeral lagos",
                "school fees",
                "kidney transplant",
                "flood relief",
                "obsèques",
                "sickle cell",
            ),
            "results_count": count(0, 120),
            "filters": {
                "category": pick("medical", "memorial", "any"),
                "country": pick("NG", "FR", "US", "any"),
            },
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin"],
        {
            "list_id": pick("trending", "near_you", "almost_there", "medical"),
            "category": pick("medical", "memorial", "education", "emergency"),
            "products": Many(campaign_product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin", "flutter"],
        {
            "product_id": G(lambda f: f.campaign_id()),
            "sku": G(lambda f: f"CMP-{f.pick(['NG', 'FR', 'US'])}-{f.digits(6)}"),
            "campaign_title": Y(lambda f: f.campaign_title(), "name", True),
            "category": pick("medical", "memorial", "education", "emergency"),
            "goal_amount": G(lambda f: f.pick([5000, 20000, 1500000, 25000000])),
            "amount_raised": G(lambda f: f.money(0, 20000)),
            "currency": G(lambda f: f.currency()),
            "donor_count": count(0, 900),
            "organiser_id": G(lambda f: f.user_id()),
            "is_verified": flag(),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "swift"],
        {
            "cart_id": uuid_(),
            "product_id": G(lambda f: f.campaign_id()),
            "price": G(lambda f: f.amount()),
            "quantity": const(1),
            "preset_selected": pick("$25", "$50", "₦5,000", "₦10,000", "custom", "20 €"),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: f.donation_id()),
            "value": G(lambda f: f.amount()),
            "tip": G(lambda f: f.money(0, 30)),
            "cover_fees": flag(),
            "currency": G(lambda f: f.currency()),
            "payment_method": pick(
                "card", "bank_transfer", "mobile_money", "apple_pay", "ussd", "sepa_debit"
            ),
            "is_anonymous": flag(),
            "recurring": flag(),
            "products": Many(campaign_product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        {
            "checkout_id": uuid_(),
            "order_id": G(lambda f: f.donation_id()),
            "step": const(2),
            "payment_method": pick("card", "apple_pay", "google_pay"),
            "card_brand": pick("visa", "mastercard", "amex", "verve", "discover"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": count(1, 12),
            "card_exp_year": count(2025, 2031),
            "card_bin": G(lambda f: f.pick(["411111", "539983", "506099", "424242", "552188", "371449"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "cardholder_name": Y(lambda f: f.full_name(), "name"),
            "billing_postal_code": Y(lambda f: f.zip(), "zipcode"),
            "three_ds_required": flag(),
            "wallet": pick("none", "apple_pay", "link"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin", "node"],
        {
            "checkout_id": uuid_(),
            "order_id": G(lambda f: f.donation_id()),
            "total": G(lambda f: f.amount()),
            "revenue": G(lambda f: f.amount()),
            "tip": G(lambda f: f.money(0, 30)),
            "fees_covered": G(lambda f: f.money(0, 12)),
            "currency": G(lambda f: f.currency()),
            "payment_method": pick("card", "bank_transfer", "mobile_money", "ussd", "sepa_debit"),
            "products": Many(campaign_product(), 1),
            "donor": {
                "email": Y(lambda f: f.email(), "email"),
                "first_name": Y(lambda f: f.first(), "name"),
                "last_name": Y(lambda f: f.last(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "display_name": Y(
                    lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0] + ".", "Anonymous"]),
                    "name",
                ),
                "is_anonymous": flag(),
                "newsletter_opt_in": flag(),
            },
            "dedication": {
                "type": pick("in_honor", "in_memory"),
                "honoree_name": Y(lambda f: f.full_name(), "name"),
                "notify_email": Y(lambda f: f.email(), "email"),
                "message": pick(
                    "Thinking of you all",
                    "With love from the Lagos office",
                    "Courage à toute la famille",
                    "Rest well, Papa",
                ),
            },
        },
    ),
    (
        "track",
        "Order Refunded",
        ["python", "ruby"],
        {
            "order_id": G(lambda f: f.donation_id()),
            "refund_id": G(lambda f: "re_" + f.alnum(24)),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "reason": pick("duplicate", "requested_by_customer", "fraudulent", "campaign_cancelled"),
            "processed_by_email": Y(
                lambda f: (
                    f.first("US").lower() + "." + ascii_fold(f.last("US")).replace("'", "") + "@kinfund.com"
                ),
                "email",
            ),
            "partial": flag(),
        },
    ),
    (
        "track",
        "Button Clicked",
        ["web", "kotlin", "swift"],
        {
            "label": pick("Donate now", "Share", "Faire un don", "Copy link", "Follow", "Report fundraiser"),
            "location": pick("hero", "sticky_footer", "updates_tab", "comments"),
            "campaign_id": G(lambda f: f.campaign_id()),
        },
    ),
    (
        "screen",
        "Donate Amount",
        ["swift", "kotlin", "flutter"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "default_amount": G(lambda f: f.kobo()),
            "currency": G(lambda f: f.currency()),
            "presets": Many(G(lambda f: f.pick([1000, 2000, 5000, 10000, 25, 50])), 4),
            "from_push": flag(),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": pick("donate_form_v3", "guest_checkout"),
            "field": {
                "name": G(lambda f: f.remember("field", f.pick(["email", "phone"]))),
                "value": Y(
                    lambda f: f.email() if f.recall("field") == "email" else f.phone(), "email|phone", True
                ),
            },
            "duration_ms": count(300, 12000),
            "autofilled": flag(),
        },
    ),
    (
        "track",
        "Sign Up Form Submitted",
        ["web"],
        {
            "form_name": pick("signup", "organiser_signup"),
            "fields": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Lagos2024!", "ilovemymum", "Sunshine#88", "P@ssw0rd123", "motdepasse75"]
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Lagos2024!", "ilovemymum", "Sunshine#88", "azerty123"]), "password"
                ),
                "country": pick("NG", "FR", "US"),
                "accept_terms": const("on"),
            },
            "errors": count(0, 3),
        },
    ),
    (
        "track",
        "Address Autocomplete Typed",
        ["web", "swift"],
        {
            "input": Y(lambda f: f.street()[: f.r.randint(9, 16)], "address|street", True),
            "session_token": uuid_(),
            "predictions_returned": count(0, 5),
            "provider": pick("google_places", "mapbox"),
        },
    ),
    # -- identity --------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "avatar": Y(lambda f: f"https://img.kinfund.com/u/{f.hexid(10)}/avatar.jpg", "photo"),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": pick("Lagos", "TX", "Oyo", "Île-de-France", "GA", "Rivers"),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": pick("Nigeria", "France", "United States"),
            },
            "birthday": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "createdAt": iso(),
            "preferredLanguage": pick("en", "fr", "yo", "ha", "ig"),
            "emailVerified": flag(),
            "phoneVerified": flag(),
            "marketingOptIn": flag(),
            "donationsCount": count(0, 60),
            "totalDonated": G(lambda f: f.money(0, 5000)),
            "isOrganiser": flag(),
        },
    ),
    (
        "identify",
        None,
        ["ruby", "python"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "first_name": Y(lambda f: f.first(), "name"),
            "last_name": Y(lambda f: f.last(), "name"),
            "phone_number": Y(lambda f: f.phone(), "phone"),
            "city": Y(lambda f: f.city(), "city"),
            "postal_code": Y(lambda f: f.zip(), "zipcode"),
            "country_code": pick("NG", "FR", "US"),
            "locale": pick("en_NG", "fr_FR", "en_US"),
            "signup_source": pick("organic", "facebook_ads", "referral", "whatsapp_share"),
            "kyc_status": pick("not_started", "pending", "verified", "rejected"),
            "age": count(18, 84),
            "age_band": pick("18-24", "25-34", "35-44", "45-54", "55+"),
            "marital_status": pick("single", "married", "widowed", "divorced"),
            "job_title": pick("Nurse", "Software Engineer", "Teacher", "Trader", "Pastor", "Comptable"),
            "employer": pick(
                "Dangote Group", "Kaiser Permanente", "SNCF", "Andela", "Lagos State Government", "Walmart"
            ),
            "customer_number": G(lambda f: "KF" + f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(lambda f: f.email("US"), "email"),
            "FirstName": Y(lambda f: f.first("US"), "name"),
            "LastName": Y(lambda f: f.last("US"), "name"),
            "MobilePhone": Y(lambda f: f.phone_us(), "phone"),
            "DateOfBirth": Y(lambda f: f.date(1950, 2004) + "T00:00:00", "birthdate"),
            "MailingAddress": {
                "Street1": Y(lambda f: f.street("US"), "address|street"),
                "Street2": Y(lambda f: f.street2(), "address|street"),
                "City": Y(lambda f: f.city("US"), "city"),
                "State": pick("TX", "GA", "OH", "NY", "MD"),
                "Zip": Y(lambda f: f.zip("US"), "zipcode"),
            },
            "DonorTier": pick("Friend", "Supporter", "Champion"),
            "CrmContactId": G(lambda f: "0033" + f.alnum(14)),
            "IsMonthlyDonor": flag(),
            "LastGiftDate": iso(),
            "LastGiftAmount": G(lambda f: f.amount()),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "civilite": Y(lambda f: f.pick(["M.", "Mme", "Mme", "M."]), "gender"),
            "nom": Y(lambda f: f.last("FR"), "name"),
            "prenom": Y(lambda f: f.first("FR"), "name"),
            "courriel": Y(lambda f: f.email("FR"), "email"),
            "telephone_portable": Y(lambda f: f.phone_fr(), "phone"),
            "adresse": Y(lambda f: f.street("FR"), "address|street"),
            "complement_adresse": Y(
                lambda f: f.pick(
                    ["Bât. A", "Résidence Les Pins, apt 12", "3e étage gauche", "Chez Mme Martin"]
                ),
                "address|street",
            ),
            "code_postal": Y(lambda f: f.zip("FR"), "zipcode"),
            "ville": Y(lambda f: f.city("FR"), "city"),
            "pays": const("FR"),
            "date_de_naissance": Y(lambda f: "/".join(reversed(f.date(1945, 2004).split("-"))), "birthdate"),
            "optin_newsletter": flag(),
            "langue": const("fr"),
            "date_inscription": iso(),
            "nb_dons": count(0, 30),
        },
    ),
    (
        "identify",
        None,
        ["flutter", "node"],
        {
            "oruko": Y(lambda f: f.full_name("NG"), "name"),
            "imeeli": Y(lambda f: f.email("NG"), "email"),
            "foonu": Y(lambda f: f.phone_ng(), "phone"),
            "adiresi": Y(lambda f: f.address_line("NG"), "address"),
            "ilu": Y(lambda f: f.city("NG"), "city"),
            "ipinle": G(lambda f: f.pick(NG_STATES)),
            "ojo_ibi": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "ede": pick("yo", "en"),
            "ti_jerisi": flag(),
            "iye_ebun": count(0, 25),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "EMAIL": Y(lambda f: f.email(), "email"),
            "FIRST_NAME": Y(lambda f: f.first(), "name"),
            "LAST_NAME": Y(lambda f: f.last(), "name"),
            "PHONE": Y(lambda f: f.phone(), "phone"),
            "ZIP": Y(lambda f: f.zip(), "zipcode"),
            "COUNTRY": pick("NG", "FR", "US"),
            "LIFETIME_DONATIONS_USD": G(lambda f: f.money(0, 12000)),
            "LAST_DONATION_AT": iso(),
            "RFM_SEGMENT": pick("champions", "at_risk", "new", "hibernating"),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "DBT_LOADED_AT": iso(),
        },
    ),
    (
        "group",
        None,
        ["java", "python"],
        {
            "ORG_NAME": pick(
                "Hope for Kids Foundation",
                "Association Les Petits Princes",
                "Lagos Food Bank Initiative",
                "Mercy Ships",
                "Sickle Cell Foundation Nigeria",
            ),
            "ORG_EIN": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "MAIN_PHONE": pick("+234 1 291 2233", "+33 1 45 67 89 00", "(404) 555-0142", "+1 800 377 9555"),
            "CONTACT_EMAIL": pick(
                "info@hopeforkids.org",
                "contact@petitsprinces.fr",
                "donate@lagosfoodbank.org",
                "support@mercyships.org",
            ),
            "HQ_ADDRESS": pick(
                "8 Bode Thomas St, Surulere, Lagos",
                "15 rue du Faubourg Montmartre, 75009 Paris",
                "2800 Peachtree Rd, Atlanta, GA 30305",
            ),
            "HQ_CITY": pick("Lagos", "Paris", "Atlanta", "Garden Valley"),
            "CATEGORY": pick("children", "health", "hunger"),
            "TOTAL_RAISED": G(lambda f: f.money(1000, 900000)),
            "VERIFIED_501C3": flag(),
            "EMPLOYEES": count(3, 400),
        },
    ),
    (
        "group",
        None,
        ["web", "rn"],
        {
            "name": pick(
                "Hope for Kids Foundation",
                "Association Les Petits Princes",
                "Lagos Food Bank Initiative",
                "St. Anne's Parish",
            ),
            "plan": pick("nonprofit_free", "nonprofit_pro"),
            "industry": const("Non-profit"),
            "website": pick(
                "https://hopeforkids.org", "https://petitsprinces.fr", "https://lagosfoodbank.org"
            ),
            "registration_number": G(lambda f: f.pick(["RC ", "W75", "CAC/IT/NO "]) + f.digits(6)),
            "created_at": iso(),
            "seats": count(1, 20),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], {}),
    # -- organisers and campaigns ------------------------------------------------------------------
    (
        "track",
        "Campaign Created",
        ["rn", "web"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "category": const("medical"),
            "campaign_title": Y(lambda f: f.campaign_title(), "name", True),
            "goal_amount": G(lambda f: f.pick([5000, 30000, 2000000, 15000000])),
            "currency": G(lambda f: f.currency()),
            "beneficiary": {
                "type": pick("self", "someone_else"),
                "relationship": pick("mother", "son", "daughter", "friend", "colleague", "husband"),
                "full_name": Y(lambda f: f.full_name(), "name"),
                "date_of_birth": Y(lambda f: f.date(1940, 2022), "birthdate"),
                "condition": Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"),
                "treatment": Y(lambda f: f.pick(PROCEDURES), "procedure"),
                "hospital_name": G(lambda f: f.pick(HOSPITALS)),
                "hospital_city": pick("Lagos", "Ibadan", "Paris", "Houston", "Baltimore", "Abuja"),
            },
            "story_length": count(200, 4000),
            "has_video": flag(),
            "photo_count": count(0, 12),
        },
    ),
    (
        "track",
        "Memorial Campaign Created",
        ["rn", "web"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "deceased": {
                "full_name": Y(lambda f: f.full_name(), "name"),
                "age": count(1, 99),
                "photo_url": Y(lambda f: f"https://img.kinfund.com/m/{f.hexid(12)}.jpg", "photo"),
            },
            "funeral_home": G(lambda f: f.pick(FUNERAL_HOMES)),
            "service_date": G(lambda f: f.date(2024, 2025)),
            "service_city": pick("Enugu", "Lagos", "Lyon", "Atlanta", "Abeokuta", "Marseille"),
            "organiser_phone": Y(lambda f: f.phone(), "phone"),
            "organiser_relationship": pick("daughter", "son", "wife", "brother", "church member", "nephew"),
            "goal_amount": G(lambda f: f.pick([3000, 8000, 1500000, 5000000])),
        },
    ),
    (
        "track",
        "Education Campaign Created",
        ["rn", "flutter"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "student_name": Y(lambda f: f.full_name(), "name"),
            "school_name": G(lambda f: f.pick(SCHOOLS)),
            "programme": pick("BSc Nursing", "MBBS", "Licence Droit", "BSc Computer Science", "JSS2"),
            "matric_number": G(lambda f: f"{f.r.randint(17, 24)}0{f.r.randint(1, 9)}{f.digits(5)}"),
            "tuition_amount": G(lambda f: f.kobo()),
            "fees_deadline": G(lambda f: f.date(2024, 2025)),
            "scholarship_percent": pick(0, 25, 50),
        },
    ),
    (
        "track",
        "Pet Campaign Created",
        ["web"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "pet": {
                "name": pick("Bella", "Simba", "Milo", "Biscuit", "Nala", "Oscar"),
                "species": pick("dog", "cat"),
                "breed": pick("Boerboel", "Golden Retriever", "Maine Coon", "mixed"),
                "age_years": count(1, 15),
            },
            "vet_clinic": pick(
                "Animal Care Clinic Lekki", "Clinique vétérinaire du Parc", "BluePearl Pet Hospital"
            ),
            "vet_bill_total": G(lambda f: f.money(200, 9000)),
        },
    ),
    (
        "track",
        "Campaign Update Posted",
        ["rn"],
        {
            "update_id": uuid_(),
            "campaign_id": G(lambda f: f.campaign_id()),
            "body": pick(
                "Thank you all for the support, we are halfway there!",
                "Surgery is scheduled for next week. Keep praying.",
                "Merci à tous, nous avons atteint 80 % de l'objectif !",
                "The family thanks everyone who came to the service.",
                "School fees paid. God bless you all.",
            ),
            "photo_count": count(0, 6),
            "notify_donors": flag(),
            "donors_notified": count(0, 600),
        },
    ),
    (
        "track",
        "Comment Posted",
        ["web", "swift", "kotlin"],
        {
            "comment_id": G(lambda f: f.digits(9)),
            "campaign_id": G(lambda f: f.campaign_id()),
            "body": pick(
                "Praying for you and your family 🙏",
                "Get well soon!",
                "Courage, on est avec vous ❤️",
                "Rest in peace, sir.",
                "Ẹ ku ise, God will see you through",
                "So sorry for your loss.",
            ),
            "author_display_name": Y(
                lambda f: f.pick([f.full_name(), f.first() + " " + f.last()[0] + "."]), "name"
            ),
            "author_avatar_url": Y(
                lambda f: f"https://img.kinfund.com/u/{f.hexid(10)}/avatar_64.jpg", "photo"
            ),
            "is_donor": flag(),
            "likes": count(0, 80),
            "language": pick("en", "fr", "yo"),
        },
    ),
    (
        "track",
        "Organiser Contacted",
        ["web", "kotlin"],
        {
            "thread_id": uuid_(),
            "campaign_id": G(lambda f: f.campaign_id()),
            "message": Y(
                lambda f: f.pick(
                    [
                        "Hello, I want to pay by transfer, please call me on {p}",
                        "My church wants to donate. Reach me at {e}",
                        "Bonjour, je souhaite faire un don par chèque, mon numéro : {p}",
                        "We lost our mum last year too. Whatsapp me {p}",
                        "Please send the hospital invoice to {e}, I can cover part of it",
                    ]
                ).format(p=f.phone(), e=f.email()),
                "phone|email",
                True,
            ),
            "sender_is_donor": flag(),
            "reply_time_hours": count(0, 72),
        },
    ),
    (
        "track",
        "Co-organiser Invited",
        ["web", "rn"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "invitee_email": Y(lambda f: f.email(), "email"),
            "invitee_name": Y(lambda f: f.full_name(), "name"),
            "invitee_phone": Y(lambda f: f.phone(), "phone"),
            "role": pick("co_organiser", "beneficiary", "team_member"),
            "invited_by": G(lambda f: f.user_id()),
            "invites_remaining": count(0, 5),
        },
    ),
    (
        "track",
        "Contacts Imported",
        ["swift", "kotlin"],
        {
            "source": pick("address_book", "google_contacts", "csv"),
            "contacts_count": count(1, 800),
            "contacts": Many(
                {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                    "email": Y(lambda f: f.email(), "email"),
                    "selected": flag(),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Fundraiser Shared",
        ["swift", "kotlin", "web", "flutter"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "channel": pick("whatsapp", "facebook", "sms", "email", "copy_link", "x"),
            "recipient_count": count(1, 40),
            "share_url": G(lambda f: f.campaign_url() + "?utm_source=" + f.pick(["whatsapp", "sms", "copy"])),
        },
    ),
    (
        "track",
        "Offline Donation Recorded",
        ["rn"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "donor_name": Y(lambda f: f.full_name(), "name"),
            "amount": G(lambda f: f.amount()),
            "method": pick("cash", "cheque", "transfer"),
            "cheque_number": G(lambda f: f.digits(7)),
            "note": pick(
                "Cash collected at Sunday service",
                "Pledged at the wake-keeping",
                "Chèque reçu par courrier",
                "Office collection",
            ),
            "show_on_page": flag(),
        },
    ),
    # -- payments ------------------------------------------------------------------------------
    (
        "track",
        "Card Charge Succeeded",
        ["node"],
        {
            "event": const("charge.success"),
            "data": {
                "id": G(lambda f: f.r.randint(10**9, 4 * 10**9)),
                "reference": G(lambda f: "KF-" + f.alnum(12, string.ascii_uppercase + string.digits)),
                "amount": G(lambda f: f.kobo()),
                "currency": const("NGN"),
                "channel": pick("card", "bank", "ussd", "bank_transfer"),
                "paid_at": iso(),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "authorization": {
                    "authorization_code": RED(
                        lambda f: "AUTH_" + f.alnum(10, string.ascii_lowercase + string.digits), "token"
                    ),
                    "bin": pick("408408", "506099", "539983", "519911"),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": pick("visa ", "verve ", "mastercard DEBIT"),
                    "bank": G(lambda f: f.pick(NG_BANKS)[1]),
                    "country_code": const("NG"),
                    "reusable": flag(),
                    "account_name": Y(
                        lambda f: f.full_name("NG").upper() if f.r.random() < 0.6 else None, "name"
                    ),
                },
                "customer": {
                    "id": G(lambda f: f.r.randint(10**7, 2 * 10**8)),
                    "first_name": Y(lambda f: f.first("NG"), "name"),
                    "last_name": Y(lambda f: f.last("NG"), "name"),
                    "email": Y(lambda f: f.email("NG"), "email"),
                    "customer_code": G(
                        lambda f: "CUS_" + f.alnum(15, string.ascii_lowercase + string.digits)
                    ),
                    "phone": Y(lambda f: f.phone_ng(), "phone"),
                    "risk_action": pick("default", "allow", "deny"),
                },
            },
        },
    ),
    (
        "track",
        "DonationSettled",
        ["dotnet"],
        {
            "DonationId": G(lambda f: f.donation_id()),
            "StripeChargeId": G(lambda f: "ch_3" + f.alnum(23)),
            "StripeCustomerId": G(lambda f: "cus_" + f.alnum(14)),
            "PaymentMethodId": RED(lambda f: f.pm(), "token"),
            "Amount": G(lambda f: f.amount()),
            "Currency": pick("usd", "eur"),
            "DonorEmail": Y(lambda f: f.email("US"), "email"),
            "DonorFullName": Y(lambda f: f.full_name("US"), "name"),
            "BillingAddress": {
                "Line1": Y(lambda f: f.street("US"), "address|street"),
                "City": Y(lambda f: f.city("US"), "city"),
                "PostalCode": Y(lambda f: f.zip("US"), "zipcode"),
                "State": pick("TX", "GA", "NY", "CA", "MD"),
                "Country": const("US"),
            },
            "CardBrand": pick("visa", "mastercard", "amex", "discover"),
            "CardLast4": G(lambda f: f.digits(4)),
            "ReceiptNumber": G(lambda f: f"KF-{f.r.randint(2023, 2024)}-{f.digits(7)}"),
        },
    ),
    (
        "track",
        "Card Details Captured",
        ["php"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "card_number": RED(lambda f: f.any_card(), "credit card"),
            "card_cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "card_holder": Y(lambda f: f.full_name(), "name"),
            "gateway": pick("legacy_ogone", "paybox", "legacy_authnet"),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Bank Transfer Initiated",
        ["python", "php"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "rail": pick("sepa_credit", "sepa_debit"),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(lambda f: f.pick(FR_BICS)),
            "account_holder": Y(lambda f: f.full_name("FR"), "name"),
            "mandate_reference": G(lambda f: "KF-RUM-" + f.digits(10)),
            "remittance_info": G(lambda f: "DON " + f.alnum(8, string.ascii_uppercase + string.digits)),
            "amount_cents": G(lambda f: f.r.randint(500, 100000)),
            "currency": const("EUR"),
            "expected_settlement": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "ACH Debit Authorized",
        ["go"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "routing_number": G(lambda f: f.pick(US_ROUTING)[0]),
            "bank_name": G(lambda f: f.pick(US_ROUTING)[1]),
            "account_number": RED(lambda f: f.us_account(), "bank account"),
            "account_type": pick("checking", "savings"),
            "account_holder_name": Y(lambda f: f.full_name("US"), "name"),
            "plaid_item_id": G(lambda f: f.alnum(37)),
            "amount": G(lambda f: f.amount()),
            "authorized_at": iso(),
        },
    ),
    (
        "track",
        "Mobile Money Payment Initiated",
        ["flutter", "kotlin"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "provider": pick("mtn_momo", "opay", "palmpay", "airtel_money"),
            "wallet_number": Y(lambda f: f.phone_ng(), "phone"),
            "amount": G(lambda f: f.kobo()),
            "currency": const("NGN"),
            "tx_ref": G(lambda f: "kf-" + f.alnum(16, string.ascii_lowercase + string.digits)),
            "requires_pin": flag(),
            "pin_attempts": count(0, 3),
        },
    ),
    (
        "track",
        "USSD Payout Setup",
        ["go"],
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": const("*347*88#"),
            "phoneNumber": Y(lambda f: "+" + f.imsi_free_msisdn(), "phone"),
            "networkCode": pick("62130", "62120", "62150", "62160"),
            "text": RED(lambda f: f"3*{f.r.randint(1, 9)}*{f.nuban()}", "bank account", True),
            "step": const("confirm_account"),
        },
    ),
    (
        "track",
        "Recurring Donation Created",
        ["web", "swift", "ruby"],
        {
            "subscription_id": G(lambda f: "sub_" + f.alnum(24)),
            "interval": pick("month", "week", "year"),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "next_charge_at": iso(),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "campaign_id": G(lambda f: f.campaign_id()),
        },
    ),
    # -- tax receipts ------------------------------------------------------------------------------
    (
        "track",
        "Tax Receipt Issued",
        ["python"],
        {
            "receipt_number": G(lambda f: f"US-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "tax_year": pick(2023, 2024),
            "donor_name": Y(lambda f: f.full_name("US"), "name"),
            "donor_address": Y(lambda f: f.us_address(), "address"),
            "donor_email": Y(lambda f: f.email("US"), "email"),
            "charity_ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "charity_name": pick("Kinfund Charitable Fund", "Hope for Kids Foundation", "Mercy Ships"),
            "deductible_amount": G(lambda f: f.amount()),
            "goods_or_services_provided": const(False),
            "pdf_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Reçu Fiscal Émis",
        ["php"],
        {
            "numero_recu": G(lambda f: f"RF-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "nom_donateur": Y(lambda f: f.last("FR"), "name"),
            "prenom_donateur": Y(lambda f: f.first("FR"), "name"),
            "adresse_donateur": Y(lambda f: f.street("FR"), "address|street"),
            "code_postal": Y(lambda f: f.zip("FR"), "zipcode"),
            "ville": Y(lambda f: f.city("FR"), "city"),
            "montant": G(lambda f: f.amount(10, 2000)),
            "date_du_don": G(lambda f: f.date(2023, 2024)),
            "forme_du_don": pick("Déclaration de don manuel", "Acte authentique"),
            "mode_de_versement": pick("Carte bancaire", "Virement", "Chèque", "Prélèvement"),
            "organisme_beneficiaire": pick("Fonds de dotation Kinfund", "Association Les Petits Princes"),
            "numero_fiscal": RED(lambda f: f.pick(["0", "1", "2", "3"]) + f.digits(12), "national id"),
        },
    ),
    # -- payouts and KYC -------------------------------------------------------------------------
    (
        "track",
        "Payout Requested",
        ["rn", "web"],
        {
            "payout_id": G(lambda f: "po_" + f.alnum(16)),
            "campaign_id": G(lambda f: f.campaign_id()),
            "amount": G(lambda f: f.amount(100, 20000)),
            "currency": G(lambda f: f.currency()),
            "method": pick("nuban", "iban", "ach"),
            "beneficiary_type": pick("organiser", "beneficiary", "hospital", "school"),
            "option": {
                "id": G(lambda f: "ba_" + f.alnum(12)),
                "label": Y(lambda f: f.full_name(), "name", True),
                "bank": pick("GTBank", "Access Bank", "BNP Paribas", "Chase", "Zenith Bank"),
                "last4": G(lambda f: f.digits(4)),
            },
            "first_payout": flag(),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["node"],
        {
            "acct_no": RED(lambda f: f.nuban(), "bank account"),
            "acct_name": Y(lambda f: f.full_name("NG").upper(), "name"),
            "bank_code": G(lambda f: f.pick(NG_BANKS)[0]),
            "bank_name": G(lambda f: f.pick(NG_BANKS)[1]),
            "bvn_match": flag(),
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "name_enquiry_ref": G(lambda f: f.nip_session()),
            "is_default": flag(),
            "added_via": pick("app", "ussd", "support"),
        },
    ),
    (
        "track",
        "payout-completed",
        ["node"],
        {
            "payout-id": G(lambda f: "po_" + f.alnum(16)),
            "transfer-code": G(lambda f: "TRF_" + f.alnum(12, string.ascii_lowercase + string.digits)),
            "recipient-account-number": RED(lambda f: f.nuban(), "bank account"),
            "recipient-bank-code": G(lambda f: f.pick(NG_BANKS)[0]),
            "recipient-full-name": Y(lambda f: f.full_name("NG"), "name"),
            "amount-kobo": G(lambda f: f.kobo()),
            "fee-kobo": pick(1075, 2688, 5375),
            "nip-session-id": G(lambda f: f.nip_session()),
            "narration": G(lambda f: f"Kinfund payout {f.campaign_id()}"),
            "status": pick("success", "reversed", "pending"),
        },
    ),
    (
        "track",
        "Hospital Payout Sent",
        ["python"],
        {
            "payout_id": G(lambda f: "po_" + f.alnum(16)),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "hospital_account_iban": G(lambda f: f.pick(HOSPITAL_IBANS)),
            "hospital_billing_email": pick(
                "facturation@chu-bordeaux.fr", "billing@luth.gov.ng", "patientaccounts@houstonmethodist.org"
            ),
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "patient_name": Y(lambda f: f.full_name(), "name"),
            "patient_mrn": RED(lambda f: f.pick(["MRN", "LUTH/", "HN-"]) + f.digits(7), "health id"),
            "amount": G(lambda f: f.amount(500, 30000)),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Medical Bill Verified",
        ["ruby"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "document_id": uuid_(),
            "patient": {
                "name": Y(lambda f: f.full_name("US"), "name"),
                "dob": Y(lambda f: f.date(1940, 2020), "birthdate"),
                "medicare_mbi": RED(lambda f: f.mbi(), "health id"),
                "diagnosis_codes": Many(
                    Y(lambda f: f.pick(["C91.00", "D57.1", "N18.6", "C50.911", "Q21.0"]), "diagnosis"), 2
                ),
            },
            "insurance": {
                "payer": pick("Blue Cross Blue Shield", "Medicaid", "Aetna", "UnitedHealthcare"),
                "member_id": Y(lambda f: f.pick(["XGH", "W", "ZCB"]) + f.digits(9), "identification"),
                "group_number": G(lambda f: f.digits(6)),
            },
            "pharmacy": {
                "rx_number": Y(lambda f: "RX" + f.digits(7), "medication"),
                "drug": Y(lambda f: f.pick(MEDICATIONS), "medication"),
            },
            "amount_billed": G(lambda f: f.money(500, 250000)),
            "amount_outstanding": G(lambda f: f.money(0, 90000)),
            "verified_by": G(lambda f: "ops_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Identity Verification Submitted",
        ["web", "rn"],
        {
            "inquiry_id": G(lambda f: "inq_" + f.alnum(24)),
            "vendor": pick("persona", "onfido", "stripe_identity"),
            "legal_first_name": Y(lambda f: f.first("US"), "name"),
            "legal_last_name": Y(lambda f: f.last("US"), "name"),
            "date_of_birth": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "document_type": pick("passport", "drivers_license", "state_id"),
            "document_number": RED(lambda f: f.passport("US"), "passport|national id"),
            "selfie_url": Y(lambda f: f"https://kyc.kinfund.com/selfies/{f.uuid()}.jpg", "photo"),
            "residential_address": Y(lambda f: f"{f.street('US')}, {f.city('US')}", "address"),
            "status": pick("submitted", "approved", "needs_review", "declined"),
            "attempt": count(1, 3),
        },
    ),
    (
        "track",
        "Organiser Tax Info Submitted",
        ["java"],
        {
            "organiser_id": G(lambda f: f.user_id()),
            "form": pick("W-9", "1099-K"),
            "tin_type": pick("ssn", "ein"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "legal_name": Y(lambda f: f.full_name("US"), "name"),
            "backup_withholding": flag(),
            "tin_match_status": pick("matched", "pending", "mismatch"),
        },
    ),
    (
        "track",
        "KYC Completed",
        ["node", "flutter"],
        {
            "user_id": G(lambda f: f.user_id()),
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "nin": RED(lambda f: f.nin(), "national id"),
            "phone_no": Y(lambda f: f.phone_ng(), "phone"),
            "email": Y(lambda f: f.email("NG"), "email"),
            "date_of_birth": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "state_of_origin": G(lambda f: f.pick(NG_STATES)),
            "lga": G(lambda f: f.pick(NG_LGAS)),
            "residential_address": Y(lambda f: f.address_line("NG"), "address"),
            "monthly_income": Y(lambda f: f.pick([50000, 120000, 350000, 800000, 1500000]), "salary"),
            "verification_provider": pick("smile_id", "youverify", "verifyme"),
            "job_id": G(lambda f: f.digits(10)),
            "selfie_confidence": G(lambda f: round(f.r.uniform(60, 99.9), 2)),
        },
    ),
    (
        "track",
        "Vérification Identité Soumise",
        ["php"],
        {
            "nom": Y(lambda f: f.last("FR"), "name"),
            "prenom": Y(lambda f: f.first("FR"), "name"),
            "date_naissance": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "lieu_naissance": Y(
                lambda f: f.pick(["Paris 14e", "Dakar", "Lyon", "Abidjan", "Lille", "Alger"]), "city"
            ),
            "nationalite": Y(
                lambda f: f.pick(["française", "sénégalaise", "ivoirienne", "algérienne"]), "citizenship"
            ),
            "type_piece": pick("CNI", "passeport", "titre_de_sejour"),
            "numero_piece": RED(lambda f: f.cni(), "national id|passport"),
            "numero_securite_sociale": RED(lambda f: f.nir(), "national id"),
            "iban_versement": RED(lambda f: f.iban("FR"), "bank account"),
            "statut": pick("en_attente", "validé", "refusé"),
        },
    ),
    # -- messaging providers -------------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": const("AC3f1e0c2b9d8a7f6e5d4c3b2a1f0e9d8c"),
            "From": pick("+14155238886", "KINFUND", "+2348150000100"),
            "To": Y(
                lambda f: "+" + f.pick([f.imsi_free_msisdn(), "1" + f.digits(10), "336" + f.digits(8)]),
                "phone",
            ),
            "Body": RED(
                lambda f: f.pick(
                    [
                        "Your Kinfund code is {c}. It expires in 10 minutes.",
                        "{c} is your Kinfund verification code. Don't share it.",
                        "Kinfund : votre code de vérification est {c}",
                    ]
                ).format(c=f.digits(6)),
                "token",
                True,
            ),
            "MessageStatus": pick("delivered", "sent", "undelivered", "failed"),
            "NumSegments": pick("1", "2"),
            "ErrorCode": pick(None, "30003", "30008"),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["swift", "kotlin", "flutter"],
        {
            "channel": pick("sms", "whatsapp", "email"),
            "otp_code": RED(lambda f: f.digits(6), "token"),
            "attempts": count(1, 4),
            "seconds_to_enter": count(5, 240),
            "purpose": pick("signup", "payout", "login"),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "redirect": G(lambda f: f.pick(["/dashboard", "/f/donate", "/payouts"])),
            "link": RED(
                lambda f: (
                    f"{SITE}/auth/callback?token={f.alnum(43, string.ascii_letters + string.digits + '-_')}"
                ),
                "token",
                True,
            ),
            "expires_in_s": const(900),
        },
    ),
    (
        "track",
        "Email Delivered",
        ["ruby"],
        {
            "to": Y(lambda f: f.email(), "email"),
            "from": pick("no-reply@kinfund.com", "receipts@kinfund.com", "Kinfund <hello@kinfund.com>"),
            "message_id": G(
                lambda f: f"<{f.alnum(22)}.{f.r.randint(1000, 9999)}@geopod-ismtpd-{f.r.randint(1, 40)}>"
            ),
            "template_id": pick("d-7f2c9a1b3e", "d-1a9b8c7d6e", "d-reçu-fiscal"),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "opened": flag(),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["go"],
        {
            "method": pick("POST", "GET", "PATCH"),
            "path": pick("/v2/donations", "/v2/payouts", "/v2/campaigns/search"),
            "status_code": pick(401, 422, 500, 502),
            "latency_ms": count(3, 9000),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-request-id": uuid_(),
                "user-agent": pick(
                    "okhttp/4.12.0", "Kinfund/4.13.1 CFNetwork/1494.0.7 Darwin/23.4.0", "axios/1.6.8"
                ),
                "content-type": const("application/json"),
            },
        },
    ),
    (
        "track",
        "Webhook Endpoint Configured",
        ["web"],
        {
            "endpoint_url": pick(
                "https://crm.hopeforkids.org/hooks/kinfund",
                "https://hooks.zapier.com/hooks/catch/123456/abcde/",
            ),
            "events": Many(pick("donation.created", "payout.paid", "campaign.updated"), 3),
            "signing_secret": RED(lambda f: "whsec_" + f.alnum(32), "secret"),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "enabled": flag(),
        },
    ),
    # -- fraud and disputes ------------------------------------------------------------------------
    (
        "track",
        "Donation Flagged",
        ["python", "java"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "risk_score": G(lambda f: round(f.r.uniform(0, 100), 1)),
            "rules_triggered": Many(
                pick("velocity_card", "ip_country_mismatch", "disposable_email", "bin_blacklist"), 3
            ),
            "donor_ip": Y(lambda f: f.ip(), "ip"),
            "ip_country": pick("NG", "FR", "US", "GB", "RO"),
            "card_country": pick("NG", "US", "FR", "BR"),
            "email_domain": pick("gmail.com", "yahoo.com", "mailinator.com", "orange.fr"),
            "email_age_days": count(0, 4000),
            "device_fingerprint": G(lambda f: f.alnum(20)),
            "billing_name_mismatch": flag(),
            "decision": pick("approve", "review", "decline"),
            "reviewer_email": Y(lambda f: f.first("FR").lower().replace("é", "e") + "@kinfund.com", "email"),
            "reviewer_note": Y(
                lambda f: f.pick(
                    [
                        "Called donor on {p}, confirmed the gift",
                        "Donor replied from {e}, legit",
                        "Number {p} linked to 4 other cards, declined",
                    ]
                ).format(p=f.phone(), e=f.email()),
                "phone|email",
                True,
            ),
        },
    ),
    (
        "track",
        "Fraud Console Searched",
        ["web"],
        {
            "q": Y(lambda f: f.email(), "email", True),
            "scope": pick("donors", "organisers", "all"),
            "results": count(0, 12),
            "analyst_id": G(lambda f: "ops_" + f.digits(3)),
        },
    ),
    (
        "track",
        "Dispute Opened",
        ["node"],
        {
            "dispute_id": G(lambda f: "dp_" + f.alnum(24)),
            "charge_id": G(lambda f: "ch_3" + f.alnum(23)),
            "reason": pick("fraudulent", "product_not_received", "duplicate", "unrecognized"),
            "amount": G(lambda f: f.r.randint(500, 50000)),
            "evidence": {
                "customer_email_address": Y(lambda f: f.email(), "email"),
                "customer_name": Y(lambda f: f.full_name(), "name"),
                "customer_purchase_ip": Y(lambda f: f.ipv4(), "ip"),
                "billing_address": Y(lambda f: f.address_line(), "address"),
                "receipt": G(lambda f: "file_" + f.alnum(24)),
            },
            "evidence_due_by": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Campaign Frozen",
        ["python"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "reason": pick(
                "document_mismatch",
                "beneficiary_deceased_before_launch",
                "duplicate_campaign",
                "chargeback_rate",
            ),
            "funds_held": G(lambda f: f.money(100, 50000)),
            "analyst_name": Y(lambda f: f.full_name(), "name"),
            "escalated": flag(),
            "ticket_id": G(lambda f: f.digits(7)),
        },
    ),
    # -- surveys, special categories, ads --------------------------------------------------------
    (
        "track",
        "Donor Survey Submitted",
        ["web"],
        {
            "survey_id": pick("annual_2024", "post_donation_v2"),
            "age_band": pick("18-24", "25-34", "35-44", "45-64", "65+"),
            "household_income": Y(
                lambda f: f.pick(["<$25k", "$25k-$50k", "$50k-$100k", "$100k-$200k", ">$200k"]), "salary"
            ),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["Black or African American", "Hispanic or Latino", "Asian", "White", "Two or more"]
                ),
                "ethnicity|race",
            ),
            "faith_community": Y(
                lambda f: f.pick(["Catholic", "Muslim", "Pentecostal", "Jewish", "None"]), "religion"
            ),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "political_leaning": Y(
                lambda f: f.pick(["liberal", "moderate", "conservative", "prefer not to say"]),
                "political opinion",
            ),
            "how_heard": pick("friend", "church", "facebook", "news"),
        },
    ),
    (
        "track",
        "Zakat Donation Made",
        ["kotlin", "swift"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "is_zakat": Y(lambda f: f.pick([True, False]), "religion"),
            "nisab_currency": pick("NGN", "USD", "EUR"),
            "zakatable_wealth": G(lambda f: f.money(1000, 900000)),
            "amount": G(lambda f: f.amount()),
            "campaign_id": G(lambda f: f.campaign_id()),
        },
    ),
    (
        "track",
        "Ambassador Application Submitted",
        ["web"],
        {
            "application_id": uuid_(),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "email": Y(lambda f: f.email(), "email"),
            "city": Y(lambda f: f.city(), "city"),
            "linkedin_url": Y(
                lambda f: (
                    "https://www.linkedin.com/in/"
                    + ascii_fold(f.first()).replace(" ", "-")
                    + "-"
                    + f.hexid(6)
                ),
                "name",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "hours_per_week": pick(2, 5, 10),
            "languages": Many(pick("English", "French", "Yoruba", "Hausa", "Igbo", "Spanish"), 3),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["node"],
        {
            "pixel": pick("meta_capi", "google_ads"),
            "event_name": pick("Purchase", "Donate", "CompleteRegistration"),
            "event_id": G(lambda f: f.donation_id()),
            "action_source": const("website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS_WEB)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
            },
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "value": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "flutter"],
        {
            "from_background": flag(),
            "version": pick("4.13.1", "4.14.0", "1.9.3"),
            "build": pick("4131", "414002", "93"),
            "url": G(
                lambda f: (
                    f.pick(["kinfund://f/", "https://www.kinfund.com/f/"])
                    + f.alnum(7, string.ascii_lowercase)
                )
            ),
            "referring_application": pick("com.whatsapp", "com.facebook.katana", ""),
        },
    ),
    (
        "track",
        "Push Notification Tapped",
        ["swift", "kotlin"],
        {
            "campaign_id": G(lambda f: f.campaign_id()),
            "notification_type": pick("new_donation", "goal_reached", "update_posted", "payout_sent"),
            "title": pick(
                "You got a new donation!", "Goal reached 🎉", "Nouvelle mise à jour", "Payout sent"
            ),
            "sent_at": iso(),
        },
    ),
    (
        "track",
        "Disaster Relief Requested",
        ["flutter"],
        {
            "request_id": uuid_(),
            "incident": pick("flood", "fire", "building_collapse"),
            "household_size": count(1, 12),
            "displaced": flag(),
            "gps": Y(lambda f: "{},{}".format(*f.lat_lon("NG")), "geolocation"),
            "lga": G(lambda f: f.pick(NG_LGAS)),
            "contact_person": {
                "oruko": Y(lambda f: f.full_name("NG"), "name"),
                "phone_no": Y(lambda f: f.phone_ng(), "phone"),
            },
            "next_of_kin": {
                "name": Y(lambda f: f.full_name("NG"), "name"),
                "relationship": pick("wife", "brother", "mother", "uncle"),
                "phone": Y(lambda f: f.phone_ng(), "phone"),
            },
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10**5, 10**6)),
                "subject": pick(
                    "Payout delayed",
                    "Refund request",
                    "Reçu fiscal manquant",
                    "Can't verify BVN",
                    "Change campaign title",
                ),
                "priority": pick("low", "normal", "high", "urgent"),
                "tags": Many(pick("payout", "kyc", "refund", "fr", "ng"), 3),
                "channel": pick("web", "email", "whatsapp"),
                "requester": {
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.phone(), "phone"),
                },
                "assignee_email": pick(
                    "support@kinfund.com", "payouts@kinfund.com", "fr-support@kinfund.com"
                ),
                "via": {"source": {"rel": pick(None, "follow_up")}},
            },
        },
    ),
    (
        "track",
        "Donation Matched",
        ["java"],
        {
            "donation_id": G(lambda f: f.donation_id()),
            "employer": pick("Dangote Group", "Microsoft", "TotalEnergies", "Home Depot", "MTN Nigeria"),
            "employee_email": Y(lambda f: f.email(), "email"),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "match_ratio": pick(0.5, 1.0, 2.0),
            "matched_amount": G(lambda f: f.amount()),
            "match_program": pick("benevity", "double_the_donation", "internal"),
        },
    ),
]


def message(f: F, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.user_id(),
    }
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    elif kind != "alias":
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=200, repeats=28)
    write(Path(__file__).parent, "holdout200_", events, labels)
