"""Writes holdout240: tests/corpus/holdout240_events.jsonl and holdout240_labels.json.

Sealed: written by a test engineer who did not read the detection engine, its vocabularies, its
tests, its docs or any other corpus's labels, and who never ran the engine on these events. It is
meant to be scored once, as events the engine has never seen.

Domain: a food bank and social-supermarket service operating in the UK, the US and Greece.
Agencies refer clients (household size, income, benefits, dietary, religious and medical diets,
allergies); clients book vouchers and appointments in a member app and check out at a social
supermarket (EBT in the US); housebound clients get home deliveries from volunteer drivers;
volunteers apply, sign up for shifts and claim mileage; donors drop off food or give money;
advisers run SNAP/benefit-advice sessions; Twilio, SendGrid, Stripe and Meta-CAPI shaped payloads
are relayed by the backends; a Greek backend uses Greek (and Greeklish) keys.

Shape: identify / track / page / screen / group / alias messages with the `context` blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
server libraries (python, node, go, java, ruby, php, csharp). Keys are mostly camelCase and
snake_case; about 15 % are PascalCase (.NET and Go structs, Twilio), kebab-case (a routing service),
SCREAMING_SNAKE (a warehouse reverse-ETL) and Greek / Greeklish. Each market (UK, US, GR) draws
its own names, phone formats, addresses and postcodes; ids carry valid checksums where real ones
do (Luhn for cards, EBT cards and AMKA, mod-97 for IBANs, mod-11 for NHS numbers, the AFM check
digit, VIN check digit, EAN-13 check digit, SSA-structured SSNs).

Labels (the Privacy Portal's default colours): each leaf path gets classification, type (the
reference's matcher name, or bank account / geolocation / secret / national id / health id /
advertising id / token ...; `a|b` when either is fair) and value_only (true when the key does not
say what the value is). PII = personal data about a natural person: the client, a household
member, an emergency contact, a volunteer, a donor or a staff member. Colours follow the
reference's default table, red for credentials/secrets, cards, bank accounts, government ids and
health ids. Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters,
booleans under PII-sounding keys, product / company / pet / centre names, a centre's or store's
own address, phone and city, role mailboxes, country / state / county / locale / language /
timezone / currency, user agents, OS analytics device ids, card brand / last four / expiry, sort
codes and routing numbers. A boolean or enum that reveals a special category (disability,
veteran, religion, pregnancy, race/ethnicity, right to reside) takes that category's label. The
product's published policy is followed for contested cases: member and claim numbers, ages, job
titles and employers, a business's own contact details and pets are green; insurance policy
numbers (identification), prescription numbers (medication), pay and income (salary), vehicle
plates (license), VINs (serial) and ad click ids (advertising id) are yellow; payment-method
tokens, one-time and collection codes and reset-link tokens (token), patient numbers (NHS,
Medicaid: health id), identity-document numbers, the last four of an SSN and right-to-work /
residence status answers (visa) are red. Free text is labelled by what every one of its values
carries (each such field here carries it in every value), green when none does.

Judgement calls made here (what a careful privacy owner would want flagged):
- household income amounts and income bands are `salary` (yellow); rent, debt, grants and benefit
  amounts are plain amounts (green);
- a benefit or food-bank case number issued by an agency is a claim number (green), while a
  health system's patient number (NHS, Medicaid) is red;
- hashed contact details sent for ad matching (Meta CAPI `em`, `ph`, `zp`) are labelled as the
  thing hashed, since a hashed e-mail still singles out the person; hashes of non-PII stay green;
- an APNs / FCM push token in `context.device.token` is a `token` (red);
- a masked phone number showing only the last three digits is green, like a card's last four;
- a staff member's personal work e-mail, direct line or name is PII; role mailboxes are green;
- a county, a state, a searched town and a store's town are green; the person's own town or
  municipality (Greek δήμος) is `city` (yellow).
"""

# ruff: noqa: RUF001 (Greek keys and values are the point)

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers for three markets --------------------------------------------------

FIRST = {
    "UK": [
        "Callum",
        "Siobhan",
        "Aisha",
        "Tariq",
        "Grace",
        "Kayleigh",
        "Dariusz",
        "Agnieszka",
        "Abdi",
        "Hodan",
        "Chidi",
        "Precious",
        "Marcus",
        "Leanne",
        "Rhys",
        "Niamh",
        "Mohammed",
        "Zainab",
        "Oksana",
        "Taras",
        "Bethan",
        "Declan",
        "Parveen",
        "Emeka",
    ],
    "US": [
        "DeShawn",
        "Latoya",
        "Maria",
        "José",
        "Guadalupe",
        "Tyler",
        "Brittany",
        "Linh",
        "Hung",
        "Jasmine",
        "Andre",
        "Rosa",
        "Luis",
        "Kateri",
        "Dakota",
        "Shanice",
        "Roberto",
        "Imani",
        "Wei",
        "Tamika",
        "Darnell",
        "Yesenia",
        "Cody",
        "Mai",
    ],
    "GR": [
        "Γιώργος",
        "Μαρία",
        "Ελένη",
        "Δημήτρης",
        "Κωνσταντίνος",
        "Αικατερίνη",
        "Νίκος",
        "Σοφία",
        "Παναγιώτης",
        "Βασιλική",
        "Ahmad",
        "Fatemeh",
        "Mariam",
        "Yusuf",
        "Hamid",
        "Nour",
        "Anila",
        "Ardit",
    ],
}
LAST = {
    "UK": [
        "Murphy",
        "Kowalczyk",
        "Begum",
        "Hussain",
        "Okonkwo",
        "Mensah",
        "Walsh",
        "Evans",
        "Ahmed",
        "Farah",
        "Nowak",
        "Campbell",
        "Bondarenko",
        "Ali",
        "Taylor",
        "Jones",
        "McLaughlin",
        "Chaudhry",
        "Adeyemi",
        "Price",
    ],
    "US": [
        "Washington",
        "Hernández",
        "Nguyen",
        "Tran",
        "Johnson",
        "Rodriguez",
        "Martinez",
        "Jackson",
        "Begay",
        "Yazzie",
        "Kim",
        "Lopez",
        "Williams",
        "Patel",
        "Okoro",
        "Castillo",
        "Lee",
        "Brown",
    ],
    "GR": [
        "Παπαδόπουλος",
        "Γεωργίου",
        "Νικολάου",
        "Οικονόμου",
        "Κωνσταντινίδης",
        "Παπαδοπούλου",
        "Δημητρίου",
        "Ιωάννου",
        "Μαυρίδης",
        "Rahimi",
        "Haidari",
        "Al-Khatib",
        "Hussaini",
        "Karimi",
        "Hoxha",
    ],
}
GREEK_LATIN = str.maketrans(
    {
        "Α": "A",
        "Β": "V",
        "Γ": "G",
        "Δ": "D",
        "Ε": "E",
        "Ζ": "Z",
        "Η": "I",
        "Θ": "Th",
        "Ι": "I",
        "Κ": "K",
        "Λ": "L",
        "Μ": "M",
        "Ν": "N",
        "Ξ": "X",
        "Ο": "O",
        "Π": "P",
        "Ρ": "R",
        "Σ": "S",
        "Τ": "T",
        "Υ": "Y",
        "Φ": "F",
        "Χ": "Ch",
        "Ψ": "Ps",
        "Ω": "O",
        "α": "a",
        "ά": "a",
        "β": "v",
        "γ": "g",
        "δ": "d",
        "ε": "e",
        "έ": "e",
        "ζ": "z",
        "η": "i",
        "ή": "i",
        "θ": "th",
        "ι": "i",
        "ί": "i",
        "ϊ": "i",
        "κ": "k",
        "λ": "l",
        "μ": "m",
        "ν": "n",
        "ξ": "x",
        "ο": "o",
        "ό": "o",
        "π": "p",
        "ρ": "r",
        "σ": "s",
        "ς": "s",
        "τ": "t",
        "υ": "y",
        "ύ": "y",
        "φ": "f",
        "χ": "ch",
        "ψ": "ps",
        "ω": "o",
        "ώ": "o",
        "é": "e",
        "á": "a",
        "ó": "o",
        "ú": "u",
        "í": "i",
        "ñ": "n",
        "-": "",
        "'": "",
    }
)
MAIL = {
    "UK": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com"],
    "GR": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
}
UK_AREAS = [
    ("LS", "Leeds", "0113 496"),
    ("SE", "London", "020 7946"),
    ("M", "Manchester", "0161 496"),
    ("B", "Birmingham", "0121 496"),
    ("G", "Glasgow", "0141 496"),
    ("CF", "Cardiff", "029 2018"),
    ("NE", "Newcastle upon Tyne", "0191 498"),
    ("L", "Liverpool", "0151 496"),
    ("BS", "Bristol", "0117 496"),
    ("NG", "Nottingham", "0115 496"),
]
US_AREAS = [
    ("Dayton", "OH", "454", "937", "Montgomery"),
    ("Fresno", "CA", "937", "559", "Fresno"),
    ("Detroit", "MI", "482", "313", "Wayne"),
    ("Houston", "TX", "770", "713", "Harris"),
    ("Albuquerque", "NM", "871", "505", "Bernalillo"),
    ("Bronx", "NY", "104", "718", "Bronx"),
    ("Memphis", "TN", "381", "901", "Shelby"),
    ("Gallup", "NM", "873", "505", "McKinley"),
    ("Chicago", "IL", "606", "773", "Cook"),
]
GR_AREAS = [
    ("Αθήνα", "Athina", "11"),
    ("Θεσσαλονίκη", "Thessaloniki", "546"),
    ("Πειραιάς", "Peiraias", "185"),
    ("Πάτρα", "Patra", "262"),
    ("Ηράκλειο", "Irakleio", "712"),
    ("Λάρισα", "Larisa", "412"),
    ("Βόλος", "Volos", "383"),
    ("Ιωάννινα", "Ioannina", "452"),
]
UK_STREETS = [
    "Harehills Lane",
    "Coldharbour Lane",
    "Moss Side Road",
    "Stratford Road",
    "Pollokshaws Road",
    "Clifton Street",
    "Shields Road",
    "Lodge Lane",
    "Stapleton Road",
    "Alfreton Road",
    "Acacia Avenue",
    "Chapeltown Road",
]
US_STREETS = [
    "W 3rd St",
    "Grand Concourse",
    "E Warren Ave",
    "Telephone Rd",
    "Central Ave SE",
    "Lamar Ave",
    "N Kedzie Ave",
    "Maple St",
    "MLK Jr Blvd",
    "Cesar Chavez Ave",
    "Elm Street",
    "Oak Park Dr",
]
GR_STREETS = [
    "Πατησίων",
    "Αχαρνών",
    "Εγνατία",
    "Τσιμισκή",
    "Κολοκοτρώνη",
    "Αγίου Δημητρίου",
    "Μαιζώνος",
    "Ερμού",
    "Λεωφ. Αλεξάνδρας",
    "Καραϊσκάκη",
]
CURRENCY = {"UK": "GBP", "US": "USD", "GR": "EUR"}
LOCALE = {
    "UK": ["en-GB", "en-GB", "pl-PL", "ar-GB"],
    "US": ["en-US", "es-US", "en-US"],
    "GR": ["el-GR", "el-GR", "en-GR", "ar-GR"],
}
TZ = {
    "UK": ["Europe/London"],
    "US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
    "GR": ["Europe/Athens"],
}
CENTRES = {
    "UK": [
        "Harehills Community Pantry",
        "Peckham Food Bank",
        "Moss Side Social Supermarket",
        "Govanhill Larder",
        "Splott Food Hub",
    ],
    "US": [
        "Westside Community Pantry",
        "Eastern Market Food Shelf",
        "Casa de Esperanza Pantry",
        "Northside Mobile Pantry",
    ],
    "GR": ["Κοινωνικό Παντοπωλείο Δήμου Αθηναίων", "Κοινωνικό Παντοπωλείο Καλαμαριάς", "Boroume Hub Piraeus"],
}
CENTRE_PHONES = {
    "UK": ["0113 496 0000", "020 7946 0999", "0161 496 0555"],
    "US": ["(937) 555-0100", "(313) 555-0199"],
    "GR": ["210 5228 000", "2310 456 000"],
}
PRODUCTS = [
    ("Heinz Baked Beans 415g", "Heinz", "Tins"),
    ("Tesco Wholewheat Pasta 500g", "Tesco", "Dry goods"),
    ("UHT Semi-Skimmed Milk 1L", "Cravendale", "Dairy"),
    ("Quaker Oats 1kg", "Quaker", "Breakfast"),
    ("Tinned Tomatoes 400g", "Napolina", "Tins"),
    ("Basmati Rice 1kg", "Tilda", "Dry goods"),
    ("Peanut Butter 340g", "Sun-Pat", "Spreads"),
    ("SMA First Infant Milk 800g", "SMA", "Baby"),
    ("Pampers Size 4", "Pampers", "Baby"),
    ("Halal Chicken Curry 400g", "Mumtaz", "Ready meals"),
    ("Gluten Free Bread", "Genius", "Bakery"),
    ("Barilla Spaghetti 500g", "Barilla", "Dry goods"),
    ("Φέτα ΠΟΠ 400g", "Δωδώνη", "Dairy"),
    ("Ελαιόλαδο 1L", "Μινέρβα", "Oils"),
    ("Great Value Black Beans 15oz", "Great Value", "Canned"),
    ("Cheerios 12oz", "General Mills", "Breakfast"),
    ("Sanitary Towels 14pk", "Always", "Toiletries"),
    ("Dog Food 2kg", "Pedigree", "Pet food"),
]
ALLERGENS = [
    "peanuts",
    "tree nuts",
    "milk",
    "eggs",
    "gluten",
    "shellfish",
    "soya",
    "sesame",
    "fish",
    "mustard",
]
CONDITIONS = [
    "type 1 diabetes",
    "type 2 diabetes",
    "coeliac disease",
    "chronic kidney disease",
    "Crohn's disease",
    "hypertension",
    "IBS",
    "COPD",
]
PROCEDURES = ["hip replacement", "chemotherapy", "a knee operation", "dialysis", "heart bypass surgery"]
PETS = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Κανέλα", "Rocky", "Daisy", "Toby"]
COMPANIES = [
    "Tesco Extra Seacroft",
    "Sainsbury's Peckham",
    "Kroger #472",
    "Lidl Ελλάς",
    "Greggs plc",
    "Aldi Stores Ltd",
    "Walmart Supercenter 2291",
    "Μασούτης",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A145R) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


class FB(Fake):
    """Fake with per-event market (`cc`) and a per-event main person (`p`)."""

    cc = "UK"

    def new_event(self, cc: str) -> None:
        self.cc = cc
        self.p = self.person()

    def person(self) -> dict:
        cc = self.cc
        first, last = self.pair()
        if cc == "UK":
            area, town, _ = self.pick(UK_AREAS)
            street = f"{self.r.randint(1, 240)} {self.pick(UK_STREETS)}"
            postcode = self.uk_postcode(area)
        elif cc == "US":
            town, _, zp, _, _ = self.pick(US_AREAS)
            street = f"{self.r.randint(100, 9899)} {self.pick(US_STREETS)}"
            postcode = zp + f"{self.r.randint(1, 99):02d}"
        else:
            town, _, tk = self.pick(GR_AREAS)
            street = f"{self.pick(GR_STREETS)} {self.r.randint(1, 180)}"
            postcode = self.gr_tk(tk)
        return {"first": first, "last": last, "town": town, "street": street, "postcode": postcode}

    # names and contact details
    def pair(self) -> tuple[str, str]:
        """A first and last name from the same naming tradition (Greek-script or not, in Greece)."""
        if self.cc != "GR":
            return self.pick(FIRST[self.cc]), self.pick(LAST[self.cc])
        greek = self.r.random() < 0.7
        firsts = [n for n in FIRST["GR"] if (n[0] >= "\u0370") == greek]
        lasts = [n for n in LAST["GR"] if (n[0] >= "\u0370") == greek]
        return self.pick(firsts), self.pick(lasts)

    def first_name(self):
        return self.pick(FIRST[self.cc])

    def last_name(self):
        return self.pick(LAST[self.cc])

    def name(self):
        return " ".join(self.pair())

    def latin(self, s: str) -> str:
        for digraph, out in (("ου", "ou"), ("Ου", "Ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi")):
            s = s.replace(digraph, out)
        return s.translate(GREEK_LATIN)

    def mail(self, first=None, last=None):
        if first is None:
            first, last = self.pair()
        first = self.latin(first).lower()
        last = self.latin(last).lower()
        style = self.r.randint(0, 4)
        local = [
            f"{first}.{last}",
            f"{first}{last[:1]}{self.r.randint(1, 99)}",
            f"{first[:1]}{last}",
            f"{first}_{last}{self.r.randint(70, 2005)}",
            f"{last}.{first}{self.r.randint(1, 9)}",
        ][style]
        return f"{local}@{self.pick(MAIL[self.cc])}"

    def staff_mail(self):
        first, last = (self.latin(n).lower() for n in self.pair())
        dom = {"UK": "foodbankhub.org.uk", "US": "communitypantry.org", "GR": "koinoniko-pantopoleio.gr"}
        return f"{first[:1]}.{last}@{dom[self.cc]}"

    def tel(self):
        r = self.r
        if self.cc == "UK":
            if r.random() < 0.75:
                n = f"{r.randint(0, 999):03d}"
                return self.pick([f"07700 900{n}", f"+44 7700 900{n}", f"07700900{n}", f"+447700900{n}"])
            _, _, prefix = self.pick(UK_AREAS)
            return f"{prefix} {r.randint(0, 999):04d}"
        if self.cc == "US":
            _, _, _, ac, _ = self.pick(US_AREAS)
            line = f"01{r.randint(0, 99):02d}"
            return self.pick(
                [f"({ac}) 555-{line}", f"{ac}-555-{line}", f"+1{ac}555{line}", f"+1 {ac} 555 {line}"]
            )
        mob = f"69{self.pick(['4', '7', '8', '9'])}{r.randint(1000000, 9999999)}"
        return self.pick(
            [mob, f"+30 {mob[:3]} {mob[3:6]} {mob[6:]}", f"+30{mob}", f"210 {r.randint(1000000, 9999999)}"]
        )

    def uk_postcode(self, area=None):
        area = area or self.pick(UK_AREAS)[0]
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 19)} {self.r.randint(0, 9)}{self.pick(letters)}{self.pick(letters)}"

    def gr_tk(self, prefix="11"):
        digits = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(5 - len(prefix)))
        return self.pick([digits, f"{digits[:3]} {digits[3:]}"])

    def postcode(self):
        if self.cc == "UK":
            return self.uk_postcode()
        if self.cc == "US":
            return self.pick(US_AREAS)[2] + f"{self.r.randint(1, 99):02d}"
        return self.gr_tk(self.pick(GR_AREAS)[2])

    def dob(self, start=1940, end=2004):
        y, m, d = self.r.randint(start, end), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.cc == "UK":
            return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
        if self.cc == "US":
            return self.pick([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"])
        return self.pick([f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}"])

    def centre(self):
        return self.pick(CENTRES[self.cc])

    def money_local(self, lo=1, hi=200):
        return round(self.r.uniform(lo, hi), 2)

    # identifiers with checksums
    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 7)
            check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, d)) + str(check)
                return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                break
        nums = f"{self.r.randint(0, 999999):06d}"
        suf = self.pick("ABCD")
        return self.pick([f"{pre}{nums}{suf}", f"{pre} {nums[:2]} {nums[2:4]} {nums[4:]} {suf}"])

    def amka(self):
        r = self.r
        partial = (
            f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(40, 99):02d}{r.randint(0, 9999):04d}"
        )
        return self.luhn_complete(partial)

    def afm(self):
        d = [self.r.randint(0, 9) for _ in range(8)]
        d[0] = self.r.randint(0, 1)
        check = sum(x * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10
        return "".join(map(str, d)) + str(check)

    def gr_id_card(self):
        letters = self.pick("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + self.pick("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
        num = f"{self.r.randint(100000, 999999)}"
        return self.pick([f"{letters} {num}", f"{letters}{num}", self.latin(letters) + num])

    def gr_iban(self):
        bban = self.pick(["011", "014", "017", "026"]) + f"{self.r.randint(0, 9999):04d}" + self.digits(16)
        numeric = "".join(str(int(c, 36)) for c in bban + "GR00")
        raw = f"GR{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def ebt_card(self):
        number = self.luhn_complete(self.pick(["507680", "600486", "610098", "508139"]) + self.digits(9))
        return self.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])

    def medicaid_id(self):
        letters = "ABCDEFGHJKLMNPRSTVWXYZ"
        return self.pick(
            [
                f"{self.pick(letters)}{self.pick(letters)}{self.r.randint(10000, 99999)}{self.pick(letters)}",
                self.digits(12),
            ]
        )

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vals = dict(zip("ABCDEFGH", range(1, 9))) | dict(zip("JKLMN", range(1, 6))) | {"P": 7, "R": 9}
        vals |= dict(zip("STUVWXYZ", range(2, 10))) | {str(i): i for i in range(10)}
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        wmi = self.pick(["1FT", "1HG", "2T1", "WVW", "SAL", "JTD", "5YJ", "VF1"])
        body = list(wmi + "".join(self.pick(chars) for _ in range(14)))
        body[9] = self.pick("LMNPR")
        total = sum(vals[c] * w for c, w in zip(body, weights))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    def plate(self):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        if self.cc == "UK":
            three = "".join(self.pick(L) for _ in range(3))
            return f"{self.pick(L)}{self.pick(L)}{self.r.randint(51, 74)} {three}"
        if self.cc == "US":
            return self.pick(
                [
                    f"{self.r.randint(1, 9)}{self.alnum(3, L)}{self.r.randint(100, 999)}",
                    f"{''.join(self.pick(L) for _ in range(3))}-{self.r.randint(1000, 9999)}",
                ]
            )
        return f"{''.join(self.pick('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ') for _ in range(3))}-{self.r.randint(1000, 9999)}"

    def uk_licence(self):
        last = self.latin(self.pick(LAST["UK"])).upper().replace(" ", "")[:5].ljust(5, "9")
        y, m, d = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        m += 50 if self.r.random() < 0.5 else 0
        initials = self.latin(self.pick(FIRST["UK"]))[0].upper() + self.pick(["9", "J", "A", "M"])
        check = self.pick("ABCDEFGHJ") + self.pick("ABCDEFGHJKLMNPRSTUVWXY")
        return f"{last}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{initials}9{check}"

    def licence(self):
        if self.cc == "UK":
            return self.uk_licence()
        if self.cc == "US":
            return self.pick(
                [
                    f"{self.pick('ABDFGHJKLMS')}{self.digits(7)}",
                    f"{self.pick('ABDGHJKLMS')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                    self.digits(9),
                ]
            )
        return f"{self.pick('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}{self.pick('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}{self.digits(6)}"

    def passport(self):
        if self.cc == "UK":
            return self.digits(9)
        if self.cc == "US":
            return self.pick([self.digits(9), "A" + self.digits(8)])
        return self.pick(["AE", "AK", "AN", "AP", "AT"]) + self.digits(7)

    def ean(self, prefix=None):
        prefix = prefix or self.pick(["50", "50", "520", "0", "87"])
        if prefix == "0":
            body = "0" + self.digits(11)
        else:
            body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(12 - len(prefix)))
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.pick(alphabet) for _ in range(n))

    def gclid(self):
        return (
            "Cj0KCQjw"
            + self.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            + "_BwE"
        )

    def fbclid(self):
        return "IwAR" + self.alnum(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def stamp(self):
        return self.r.randint(1_704_067_200, 1_735_603_200)

    def hhmm(self):
        return f"{self.r.randint(8, 18):02d}:{self.pick(['00', '15', '30', '45'])}"

    def day(self, year=2024):
        return f"{year}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


def P(key: str):
    """A field of the event's main person."""
    return lambda f: f.p[key]


def pick(*items):
    return lambda f: f.pick(list(items))


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def bool_():
    return G(lambda f: f.pick([True, False]))


def first_p(f):
    return f.p["first"]


def last_p(f):
    return f.p["last"]


def full_p(f):
    return f"{f.p['first']} {f.p['last']}"


def email_p(f):
    return f.mail(f.p["first"], f.p["last"])


def street_p(f):
    return f.p["street"]


def address_line_p(f):
    p = f.p
    return f"{p['street']}, {p['town']} {p['postcode']}"


# -- contexts sent by the client libraries ----------------------------------------------------------

HOSTS = {
    "UK": "www.foodbankhub.org.uk",
    "US": "www.communitypantry.org",
    "GR": "www.koinoniko-pantopoleio.gr",
}
PAGES = [
    ("/find-help", "Find help near you"),
    ("/refer", "Make a referral"),
    ("/donate", "Donate"),
    ("/volunteer", "Volunteer with us"),
    ("/book", "Book an appointment"),
    ("/account", "My account"),
    ("/refer/new", "New referral | Agency portal"),
    ("/snap-screener", "Check if you qualify for SNAP"),
]


def web_context(f: FB):
    path, title = f.pick(PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(pick("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0")),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                pick(
                    "https://www.google.com/",
                    "",
                    "https://www.facebook.com/",
                    "https://l.instagram.com/",
                    "https://www.gov.uk/",
                )
            ),
            "search": G(pick("", "?utm_source=facebook&utm_medium=social", "?ref=nav", "?lang=el")),
            "title": G(lambda f: title),
            "url": G(lambda f: f"https://{HOSTS[f.cc]}{path}"),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge")),
                    "version": G(pick("124", "123", "99")),
                },
                3,
            ),
            "mobile": bool_(),
            "platform": G(pick("Windows", "Android", "macOS", "Chrome OS")),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(pick("winter_appeal_2024", "harvest_drive", "volunteer_drivers_q3", "snap_outreach")),
            "source": G(pick("facebook", "google", "newsletter", "nextdoor")),
            "medium": G(pick("social", "cpc", "email", "referral")),
            "term": G(pick("food bank near me", "volunteer driver", "donate food", "snap benefits")),
            "content": G(pick("carousel_1", "video_a", "textlink", "hero")),
        }
    return ctx


def swift_context(f: FB):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(pick("Pantry", "Pantry Volunteers")),
            "version": G(pick("3.4.0", "3.4.2", "3.5.0")),
            "build": G(pick("340", "342", "350", "351")),
            "namespace": G(pick("org.foodbankhub.pantry", "org.foodbankhub.volunteers")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick("iPhone12,8", "iPhone14,5", "iPhone13,2", "iPhone15,4")),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick("1.5.11", "1.6.0"))},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {"wifi": bool_(), "cellular": bool_()},
        "os": {"name": G(lambda f: "iOS"), "version": G(pick("17.4.1", "16.7.8", "17.5"))},
        "screen": {"width": G(pick(375, 390, 414)), "height": G(pick(667, 844, 896))},
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
    }
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["traits"] = member_traits()
    return ctx


def member_traits():
    return {
        "email": Y(email_p, "email"),
        "firstName": Y(first_p, "name"),
        "memberNumber": G(lambda f: f"M{f.digits(7)}"),
        "householdSize": G(ints(1, 8)),
    }


def kotlin_context(f: FB):
    ctx: dict[str, Any] = {
        "app": {
            "name": G(pick("Pantry", "Pantry Volunteers")),
            "version": G(pick("3.4.0", "3.5.0")),
            "build": G(pick("3040", "3050", "3051")),
            "namespace": G(pick("org.foodbankhub.pantry", "org.foodbankhub.volunteers")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Xiaomi", "motorola", "Google")),
            "model": G(pick("SM-A145R", "Redmi Note 12", "moto g power (2022)", "Pixel 6a")),
            "name": G(pick("a14", "tapas", "tonga", "bluejay")),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": bool_(),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(pick("1.15.0", "1.16.3"))},
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {
            "wifi": bool_(),
            "cellular": bool_(),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "UK": ["EE", "Vodafone UK", "giffgaff"],
                        "US": ["T-Mobile", "Metro by T-Mobile", "Cricket"],
                        "GR": ["Cosmote", "Vodafone GR", "Nova"],
                    }[f.cc]
                )
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick("13", "14", "12"))},
        "screen": {
            "density": G(pick(2.0, 2.625, 3.0)),
            "width": G(pick(720, 1080)),
            "height": G(pick(1600, 2400)),
        },
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145R Build/TP1A.220624.014)",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 6a Build/AP1A.240405.002)",
            )
        ),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.3:
        ctx["referrer"] = {
            "type": G(lambda f: "android"),
            "link": G(pick("android-app://com.google.android.gm", "android-app://com.whatsapp")),
        }
    return ctx


def rn_context(f: FB):
    return {
        "app": {
            "name": G(lambda f: "Pantry"),
            "version": G(pick("3.4.0", "3.5.0")),
            "build": G(pick("340", "350")),
            "namespace": G(lambda f: "org.foodbankhub.pantry"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "OnePlus")),
            "model": G(pick("iPhone13,4", "SM-G991U", "CPH2449")),
            "name": G(pick("iPhone", "o1q", "OP5958L1")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(pick("2.19.2", "2.20.0"))},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "network": {"wifi": bool_(), "cellular": bool_()},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14"))},
        "screen": {"width": G(pick(428, 412)), "height": G(pick(926, 915))},
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "traits": member_traits(),
    }


def flutter_context(f: FB):
    return {
        "app": {
            "name": G(lambda f: "Pantry Driver"),
            "version": G(pick("2.1.0", "2.2.1")),
            "build": G(pick("21", "24", "25")),
            "namespace": G(lambda f: "org.foodbankhub.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Google")),
            "model": G(pick("iPhone14,7", "SM-A536B", "Pixel 7")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(pick("1.1.2", "1.1.3"))},
        "locale": G(lambda f: f.pick(LOCALE[f.cc])),
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.5", "14"))},
        "screen": {"width": G(pick(390, 412)), "height": G(pick(844, 915)), "density": G(pick(3.0, 2.625))},
        "timezone": G(lambda f: f.pick(TZ[f.cc])),
        "network": {"wifi": bool_(), "cellular": bool_()},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["analytics-java/3.5.1", "analytics-java/3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "1.8.1"]),
    "csharp": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    def ctx(f: FB):
        name, versions = SERVER_LIBS[lib]
        out: dict[str, Any] = {
            "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}
        }
        if lib in ("node", "php", "ruby") and f.r.random() < 0.5:
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "node" and f.r.random() < 0.3:
            out["traits"] = {"email": Y(email_p, "email"), "memberNumber": G(lambda f: f"M{f.digits(7)}")}
        if lib == "python" and f.r.random() < 0.3:
            out["externalIds"] = Many(
                {
                    "id": Y(email_p, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
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
MOBILE = ["swift", "kotlin", "rn"]

# -- events -------------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f"{f.pick(['TIN', 'DRY', 'BAB', 'DAI', 'TOI'])}-{f.r.randint(1000, 9999)}"),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "price": G(lambda f: f.money_local(0.2, 6)),
        "quantity": G(ints(1, 4)),
        "barcode": G(lambda f: f.ean()),
    }


def chat_message(f: FB):
    e = f.mail()
    return f.pick(
        [
            f"Hi, I was referred by my health visitor but never got a voucher. My email is {e}",
            f"Can someone email me at {e} about volunteering on Saturdays?",
            f"please send the gift aid receipt to {e} thanks",
            f"I changed my email, its {e} now",
        ]
        + ([f"Γεια σας, το email μου είναι {e}, θέλω να κλείσω ραντεβού"] * 3 if f.cc == "GR" else [])
    )


def sms_body(f: FB):
    first = f.p["first"]
    english = [
        f"Hi {first}, your appointment at {f.centre()} is on {f.day()} at {f.hhmm()}. Reply C to cancel.",
        f"{first}, your food parcel delivery is booked for tomorrow between 10am and 1pm.",
        f"Hello {first}! Your voucher is ready to collect. Please bring this message.",
    ]
    local = {
        "UK": [],
        "US": [f"Hola {first}, su cita en la despensa es el {f.day()} a las {f.hhmm()}."],
        "GR": [f"Γεια σας {first}, το ραντεβού σας είναι αύριο στις {f.hhmm()}."] * 3,
    }
    return f.pick(english + local[f.cc])


def referral_health_note(f: FB):
    return f.pick(
        [
            f"Recently diagnosed with {f.pick(CONDITIONS)}; needs low sugar items where possible",
            f"Client is recovering from {f.pick(PROCEDURES)} and cannot carry heavy bags",
            f"Has {f.pick(CONDITIONS)}, please avoid processed food",
            f"{f.pick(CONDITIONS)} - struggling to afford suitable food since losing hours",
        ]
    )


def pm_token(f: FB):
    return "pm_1" + f.alnum(23)


EVENTS: list[tuple[str, str | None, list[str], list[str], int, dict]] = [
    # ---- agency referral portal ---------------------------------------------------------------
    (
        "page",
        "Referral Form",
        ["web"],
        ["UK", "US"],
        40,
        {
            "path": G(pick("/refer/new", "/refer/new/household", "/refer/new/needs")),
            "url": G(lambda f: f"https://{HOSTS[f.cc]}/refer/new"),
            "title": G(lambda f: "New referral | Agency portal"),
            "referrer": G(pick("", "https://refer.foodbankhub.org.uk/dashboard")),
            "search": G(pick("", "?draft=1", "?agency=gp")),
            "agency_id": G(lambda f: f"AG{f.digits(4)}"),
        },
    ),
    (
        "track",
        "Phone Number Validated",
        ["web"],
        ["UK", "US", "GR"],
        45,
        {
            "input": Y(lambda f: f.tel(), "phone", True),
            "valid": bool_(),
            "country_code": G(lambda f: {"UK": "GB", "US": "US", "GR": "GR"}[f.cc]),
            "line_type": G(pick("mobile", "fixed_line", "voip")),
            "validator": G(pick("libphonenumber-js", "twilio_lookup")),
            "form_id": G(pick("referral", "volunteer_apply", "booking")),
        },
    ),
    (
        "track",
        "Address Lookup Performed",
        ["web"],
        ["UK", "US"],
        45,
        {
            "term": Y(lambda f: f.postcode(), "zipcode", True),
            "results_count": G(ints(0, 40)),
            "provider": G(pick("getAddress.io", "Loqate", "SmartyStreets")),
            "selected_address_id": G(lambda f: f.pick(["", f.digits(8), f"GB|RM|A|{f.digits(8)}"])),
            "lookup_ms": G(ints(40, 900)),
            "manual_entry": bool_(),
        },
    ),
    (
        "track",
        "Referral Submitted",
        ["web"],
        ["UK", "US"],
        60,
        {
            "referral_id": G(lambda f: f"REF-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "agency_id": G(lambda f: f"AG{f.digits(4)}"),
            "agency_name": G(
                pick(
                    "Leeds Citizens Advice",
                    "St Mungo's",
                    "Harehills Medical Practice",
                    "Ohio Job & Family Services",
                    "Catholic Charities Detroit",
                    "Shelter Cymru",
                )
            ),
            "referrer_name": Y(lambda f: f.name(), "name"),
            "referrer_email": Y(lambda f: f.staff_mail(), "email"),
            "referrer_phone": Y(lambda f: f.tel(), "phone"),
            "client": {
                "first_name": Y(first_p, "name"),
                "last_name": Y(last_p, "name"),
                "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(email_p, "email"),
                "address": {
                    "line1": Y(street_p, "address|street"),
                    "line2": Y(
                        lambda f: f.pick(["Flat 2", "Apt 3B", "Room 14", "Flat 1/2", "Unit 7"]),
                        "address|street",
                    ),
                    "city": Y(P("town"), "city"),
                    "postcode": Y(P("postcode"), "zipcode"),
                    "country": G(lambda f: {"UK": "GB", "US": "US"}[f.cc]),
                },
                "contact_preference": G(pick("phone", "sms", "email", "via_agency")),
                "no_fixed_abode": bool_(),
            },
            "household": {
                "size": G(ints(1, 9)),
                "adults": G(ints(1, 4)),
                "children": G(ints(0, 6)),
                "children_ages": Many(G(ints(0, 17)), 4),
                "monthly_income": Y(lambda f: f.r.randint(0, 2400), "salary"),
                "income_band": Y(pick("under_500", "500_999", "1000_1499", "1500_plus"), "salary"),
                "benefits_status": G(
                    pick(
                        "universal_credit",
                        "pension_credit",
                        "awaiting_decision",
                        "sanctioned",
                        "none",
                        "snap",
                    )
                ),
                "receives_disability_benefits": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "needs": {
                "dietary_preferences": Many(G(pick("vegetarian", "vegan", "no_preference", "low_sugar")), 2),
                "religious_diet": Y(
                    pick("halal", "kosher", "no_pork", "hindu_vegetarian", "none"), "religion"
                ),
                "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 3),
                "medical_diet": Y(pick("diabetic", "coeliac", "renal", "none"), "condition"),
                "baby_items": bool_(),
                "pet_food": bool_(),
            },
            "additional_info": Y(referral_health_note, "condition|diagnosis|procedure", True),
            "referral_reason": G(
                pick(
                    "benefit_delay",
                    "low_income",
                    "debt",
                    "homelessness",
                    "benefit_change",
                    "child_holiday_hunger",
                )
            ),
            "vouchers_last_6_months": G(ints(0, 5)),
            "consent_to_share": G(lambda f: True),
            "consent_given_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Referral Updated",
        ["web"],
        ["UK", "US"],
        35,
        {
            "referral_id": G(lambda f: f"REF-2024-{f.digits(6)}"),
            "changed_fields": Many(
                G(pick("client.phone", "household.size", "needs.allergies", "client.address")), 3
            ),
            "updated_by_email": Y(lambda f: f.staff_mail(), "email"),
            "update_reason": G(pick("correction", "circumstances_changed", "client_request")),
            "version": G(ints(2, 6)),
        },
    ),
    (
        "identify",
        None,
        ["web"],
        ["UK", "US"],
        35,
        {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "name": Y(full_p, "name"),
            "firstName": Y(first_p, "name"),
            "lastName": Y(last_p, "name"),
            "title": G(
                pick(
                    "Support Worker",
                    "Health Visitor",
                    "Caseworker",
                    "Welfare Rights Officer",
                    "School Family Liaison",
                )
            ),
            "phone": Y(lambda f: f.tel(), "phone"),
            "agencyId": G(lambda f: f"AG{f.digits(4)}"),
            "role": G(pick("referrer", "agency_admin")),
            "createdAt": G(lambda f: f.iso()),
            "referralsMade": G(ints(0, 340)),
            "mfaEnabled": bool_(),
            "lastLoginAt": G(lambda f: f.iso()),
            "emailVerified": bool_(),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        ["UK", "US"],
        30,
        {
            "organisation_name": G(
                pick(
                    "Leeds Citizens Advice",
                    "Harehills Medical Practice",
                    "Bronx Works",
                    "St Vincent de Paul Dayton",
                    "Govanhill Baths Trust",
                )
            ),
            "organisation_type": G(
                pick(
                    "gp_practice",
                    "school",
                    "advice_centre",
                    "faith_group",
                    "housing_association",
                    "social_services",
                )
            ),
            "charity_number": G(
                lambda f: f.pick([f.digits(7), f"SC0{f.digits(5)}", f"{f.digits(2)}-{f.digits(7)}"])
            ),
            "main_phone": G(lambda f: f.pick(CENTRE_PHONES[f.cc])),
            "referrals_inbox": G(
                pick(
                    "referrals@leedscab.org.uk",
                    "intake@bronxworks.org",
                    "admin@harehillsmp.nhs.uk",
                    "info@svdpdayton.org",
                )
            ),
            "website": G(
                pick(
                    "https://www.citizensadviceleeds.org.uk",
                    "https://bronxworks.org",
                    "https://www.svdpdayton.org",
                )
            ),
            "address_line1": G(pick("31 Rockingham Street", "60 E Tremont Ave", "1133 S Edwin C Moses Blvd")),
            "town": G(pick("Leeds", "Bronx", "Dayton", "Glasgow")),
            "postcode": G(pick("LS2 8JS", "10453", "45417", "G42 7DE")),
            "referrals_this_month": G(ints(0, 120)),
            "partner_since": G(lambda f: f.day(f.r.randint(2015, 2023))),
            "plan": G(pick("partner", "partner_plus")),
        },
    ),
    # ---- member app: identify, shopping, booking -------------------------------------------------
    (
        "identify",
        None,
        MOBILE,
        ["UK", "US", "GR"],
        50,
        {
            "email": Y(email_p, "email"),
            "firstName": Y(first_p, "name"),
            "lastName": Y(last_p, "name"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(pick("female", "male", "non_binary", "prefer_not_to_say"), "gender"),
            "address": {
                "street": Y(street_p, "address|street"),
                "city": Y(P("town"), "city"),
                "state": G(lambda f: {"UK": "England", "US": f.pick(US_AREAS)[1], "GR": "Attica"}[f.cc]),
                "postalCode": Y(P("postcode"), "zipcode"),
                "country": G(lambda f: {"UK": "GB", "US": "US", "GR": "GR"}[f.cc]),
            },
            "memberNumber": G(lambda f: f"M{f.digits(7)}"),
            "householdSize": G(ints(1, 8)),
            "preferredLanguage": G(pick("en", "ar", "pl", "es", "el", "uk", "fa")),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 2),
            "membershipStatus": G(pick("active", "expired", "pending_referral")),
            "referralExpiresAt": G(lambda f: f.day(2025)),
            "marketingOptIn": bool_(),
            "smsOptIn": bool_(),
            "createdAt": G(lambda f: f.iso()),
            "phoneVerified": bool_(),
        },
    ),
    (
        "alias",
        None,
        MOBILE,
        ["UK", "US", "GR"],
        25,
        {},
    ),
    (
        "screen",
        "Home",
        MOBILE,
        ["UK", "US", "GR"],
        40,
        {
            "previous_screen": G(pick("Splash", "Basket", "Appointments", "Voucher Wallet")),
            "load_time_ms": G(ints(120, 3400)),
            "tab": G(pick("home", "shop", "book", "profile")),
            "offline": bool_(),
        },
    ),
    (
        "track",
        "Product Added",
        MOBILE,
        ["UK", "US", "GR"],
        50,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product(),
            "subsidised_price": G(lambda f: f.money_local(0.05, 2)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "points_cost": G(ints(1, 30)),
            "in_stock": bool_(),
        },
    ),
    (
        "track",
        "Order Completed",
        [*MOBILE, "node"],
        ["UK", "US", "GR"],
        50,
        {
            "order_id": G(lambda f: f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "transaction_id": G(lambda f: f.lucky_order_number()),
            "store": {
                "id": G(lambda f: f"ST{f.digits(3)}"),
                "name": G(lambda f: f.centre()),
                "city": G(
                    lambda f: f.pick(
                        {
                            "UK": ["Leeds", "London", "Manchester"],
                            "US": ["Dayton", "Detroit"],
                            "GR": ["Αθήνα", "Καλαμαριά"],
                        }[f.cc]
                    )
                ),
                "phone": G(lambda f: f.pick(CENTRE_PHONES[f.cc])),
            },
            "total": G(lambda f: f.money_local(3, 60)),
            "subtotal": G(lambda f: f.money_local(6, 120)),
            "subsidy": G(lambda f: f.money_local(3, 60)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method": G(pick("card", "cash", "ebt", "points", "voucher")),
            "tender": {
                "card_brand": G(pick("visa", "mastercard", "ebt")),
                "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            },
            "member_number": G(lambda f: f"M{f.digits(7)}"),
            "points_earned": G(ints(0, 40)),
            "products": Many(product(), 5),
        },
    ),
    (
        "track",
        "Appointment Booked",
        [*MOBILE, "web"],
        ["UK", "US", "GR"],
        55,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "appointment_type": G(
                pick("collection", "benefit_advice", "debt_advice", "snap_enrollment", "fuel_voucher")
            ),
            "slot_start": G(lambda f: f.iso()),
            "slot_length_min": G(pick(15, 20, 30)),
            "centre": {
                "id": G(lambda f: f"C{f.digits(3)}"),
                "name": G(lambda f: f.centre()),
                "address": G(
                    pick(
                        "St Aidan's Church Hall, Roundhay Rd, Leeds LS8 5AN",
                        "1520 W 3rd St, Dayton, OH 45402",
                        "Λεωφ. Αλεξάνδρας 56, Αθήνα 114 73",
                    )
                ),
                "postcode": G(pick("LS8 5AN", "45402", "114 73")),
            },
            "party_size": G(ints(1, 3)),
            "reminder_phone": Y(lambda f: f.tel(), "phone"),
            "reminder_channel": G(pick("sms", "email", "whatsapp", "none")),
            "needs_interpreter": bool_(),
            "interpreter_language": G(
                pick("Arabic", "Polish", "Tigrinya", "Farsi", "Spanish", "Ukrainian", "")
            ),
            "access_needs": Many(
                RED(
                    pick(
                        "wheelchair_access",
                        "step_free_entry",
                        "hearing_loop",
                        "large_print",
                        "seated_waiting_area",
                    ),
                    "disability",
                ),
                2,
            ),
            "booked_by": G(pick("client", "agency", "helpline")),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        [*MOBILE, "web"],
        ["UK", "US", "GR"],
        35,
        {
            "appointment_id": G(lambda f: f.uuid()),
            "cancel_reason": G(pick("unwell", "no_transport", "childcare", "found_work", "other")),
            "hours_before": G(ints(0, 96)),
            "rebooked": bool_(),
        },
    ),
    (
        "track",
        "Voucher Redeemed",
        MOBILE,
        ["UK", "US"],
        40,
        {
            "voucher_number": G(lambda f: f"{f.pick(['LS', 'SE', 'OH', 'MI'])}{f.digits(6)}"),
            "collection_code": RED(lambda f: f.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "token|secret"),
            "centre_id": G(lambda f: f"C{f.digits(3)}"),
            "parcel_type": G(pick("single_3_day", "family_3_day", "baby_pack", "kettle_pack")),
            "collected_by": G(pick("client", "proxy")),
            "proxy_name": Y(lambda f: f.name(), "name"),
            "id_checked": bool_(),
            "redeemed_at": G(lambda f: f.iso()),
            "note": G(
                pick(
                    "Extra toiletries given",
                    "Client collected with pram",
                    "Short on UHT milk, substituted",
                    "",
                    "Signposted to debt advice",
                )
            ),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin"],
        ["UK", "US", "GR"],
        35,
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": G(
                pick("Your parcel is ready", "New slots this week", "Fresh veg in today", "Το ραντεβού σας")
            ),
            "deep_link": G(pick("pantry://appointments", "pantry://shop/fresh", "pantry://wallet")),
            "sent_at": G(lambda f: f.iso()),
            "action_identifier": G(pick("com.apple.UNNotificationDefaultActionIdentifier", "open")),
        },
    ),
    (
        "track",
        "Nearby Centres Viewed",
        MOBILE,
        ["UK", "US", "GR"],
        40,
        {
            "user_lat": Y(lambda f: round(f.r.uniform(35.0, 55.9), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-104.0, 25.0), 6), "geolocation"),
            "accuracy_m": G(ints(5, 80)),
            "centres_count": G(ints(0, 12)),
            "nearest_centre_km": G(lambda f: round(f.r.uniform(0.2, 25), 1)),
            "nearest_centre_name": G(lambda f: f.centre()),
            "location_permission": G(pick("when_in_use", "always", "precise_off")),
        },
    ),
    (
        "track",
        "Dietary Profile Updated",
        ["kotlin", "swift"],
        ["UK", "US", "GR"],
        40,
        {
            "dietary_preferences": Many(G(pick("vegetarian", "vegan", "low_sugar", "no_preference")), 2),
            "religious_diet": Y(pick("halal", "kosher", "no_pork", "no_beef", "none"), "religion"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS), "allergy"), 3),
            "medical_diet": Y(pick("diabetic", "coeliac", "renal", "low_potassium", "none"), "condition"),
            "baby_in_household": bool_(),
            "has_cooking_facilities": bool_(),
            "pet_food": {
                "pet_name": G(lambda f: f.pick(PETS)),
                "species": G(pick("dog", "cat", "rabbit")),
                "count": G(ints(1, 3)),
            },
        },
    ),
    # ---- auth ---------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        ["web", *MOBILE],
        ["UK", "US", "GR"],
        35,
        {
            "method": G(pick("password", "magic_link", "sms_otp", "google")),
            "mfa_method": G(pick("none", "totp", "sms")),
            "password_strength": G(ints(0, 4)),
            "failed_attempts": G(ints(0, 5)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["web", "node"],
        ["UK", "US"],
        30,
        {
            "email": Y(lambda f: f.staff_mail(), "email"),
            "reset_link": RED(
                lambda f: f"https://refer.foodbankhub.org.uk/reset?token={f.alnum(40)}", "token"
            ),
            "expires_in_min": G(pick(30, 60)),
            "requested_from": G(pick("login_page", "admin_console")),
        },
    ),
    (
        "track",
        "One-Time Code Verified",
        MOBILE,
        ["UK", "US", "GR"],
        35,
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(pick("sms", "whatsapp", "email")),
            "attempts": G(ints(1, 3)),
            "destination_masked": G(lambda f: f"••••••{f.r.randint(0, 999):03d}"),
            "verified": bool_(),
        },
    ),
    # ---- home delivery ------------------------------------------------------------------------------
    (
        "track",
        "Delivery Scheduled",
        ["python"],
        ["UK", "US", "GR"],
        50,
        {
            "delivery_id": G(lambda f: f"DLV{f.digits(7)}"),
            "route_id": G(lambda f: f"R{f.digits(4)}"),
            "client_ref": G(lambda f: f.digits(6)),
            "recipient_name": Y(full_p, "name"),
            "recipient_phone": Y(lambda f: f.tel(), "phone"),
            "delivery_address": {
                "line_1": Y(street_p, "address|street"),
                "line_2": Y(lambda f: f.pick(["Flat 4", "Apt 12", "2nd floor", "Flat C"]), "address|street"),
                "town": Y(P("town"), "city"),
                "postcode": Y(P("postcode"), "zipcode"),
                "country_code": G(lambda f: {"UK": "GB", "US": "US", "GR": "GR"}[f.cc]),
            },
            "key_safe_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "secret|password"),
            "access_notes": G(
                pick(
                    "Ring bell twice and wait",
                    "Side gate, dog is friendly",
                    "Lift out of order, 4th floor",
                    "Please use back door",
                    "",
                )
            ),
            "housebound_reason": RED(
                pick(
                    "mobility_impairment",
                    "visual_impairment",
                    "wheelchair_user",
                    "learning_disability",
                    "frailty",
                ),
                "disability",
            ),
            "parcels": G(ints(1, 4)),
            "chilled": bool_(),
            "frozen": bool_(),
            "slot_date": G(lambda f: f.day()),
            "window": G(pick("am", "pm", "eve")),
            "carer_name": Y(lambda f: f.name(), "name"),
            "carer_phone": Y(lambda f: f.tel(), "phone"),
            "driver_id": G(lambda f: f"V{f.digits(5)}"),
            "driver_name": Y(lambda f: f.name(), "name"),
            "vehicle_reg": Y(lambda f: f.plate(), "license"),
        },
    ),
    (
        "track",
        "Delivery Completed",
        ["flutter"],
        ["UK", "US", "GR"],
        50,
        {
            "delivery_id": G(lambda f: f"DLV{f.digits(7)}"),
            "stop_number": G(ints(1, 18)),
            "completed_at": G(lambda f: f.iso()),
            "outcome": G(pick("delivered", "left_with_neighbour", "refused")),
            "received_by": Y(lambda f: f.name(), "name"),
            "relationship_to_client": G(pick("self", "carer", "neighbour", "family")),
            "proof_photo_url": Y(lambda f: f"https://storage.googleapis.com/fbh-pod/{f.uuid()}.jpg", "photo"),
            "signature_captured": bool_(),
            "lat": Y(lambda f: round(f.r.uniform(35.0, 55.9), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-104.0, 25.0), 6), "geolocation"),
            "odometer_miles": G(ints(10000, 140000)),
        },
    ),
    (
        "track",
        "Delivery Failed",
        ["flutter"],
        ["UK", "US", "GR"],
        35,
        {
            "delivery_id": G(lambda f: f"DLV{f.digits(7)}"),
            "failure_reason": G(pick("no_answer", "wrong_address", "access_denied", "vehicle_issue")),
            "driver_note": G(
                pick(
                    "No answer, card left",
                    "Building entry system broken",
                    "Road closed, will retry",
                    "Dogs loose in garden",
                )
            ),
            "callback_number": Y(lambda f: f.tel(), "phone"),
            "retry_scheduled": bool_(),
            "attempt": G(ints(1, 3)),
        },
    ),
    (
        "track",
        "Route Optimised",
        ["node"],
        ["UK", "US", "GR"],
        40,
        {
            "route-id": G(lambda f: f"R{f.digits(4)}"),
            "depot-name": G(pick("Seacroft Warehouse", "Dayton Distribution Center", "Αποθήκη Ρέντη")),
            "stops-count": G(ints(3, 18)),
            "total-distance-km": G(lambda f: round(f.r.uniform(8, 120), 1)),
            "driver-mobile": Y(lambda f: f.tel(), "phone"),
            "vehicle-reg": Y(lambda f: f.plate(), "license"),
            "first-stop-postcode": Y(lambda f: f.postcode(), "zipcode"),
            "start-time": G(lambda f: f.iso()),
            "optimiser-version": G(pick("4.2.0", "4.3.1")),
            "est-duration-min": G(ints(40, 300)),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        ["UK", "US", "GR"],
        35,
        {
            "name": Y(full_p, "name"),
            "email": Y(email_p, "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "role": G(lambda f: "driver"),
            "vehicle": {
                "make": G(pick("Ford", "Toyota", "Vauxhall", "Honda", "Fiat")),
                "model": G(pick("Transit Custom", "Corolla", "Corsa", "CR-V", "Doblo")),
                "colour": G(pick("white", "silver", "blue")),
                "plate": Y(lambda f: f.plate(), "license"),
                "vin": Y(lambda f: f.vin(), "serial"),
            },
            "licence_number": Y(lambda f: f.licence(), "license"),
            "dbs_certificate_number": Y(lambda f: f"00{f.digits(10)}", "certificate"),
            "dbs_checked_at": G(lambda f: f.day(f.r.randint(2021, 2024))),
            "insurance_policy_number": Y(
                lambda f: f"{f.pick(['AV', 'DL', 'HX'])}{f.digits(8)}", "identification"
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "relationship": G(pick("partner", "parent", "sibling", "friend")),
            },
            "deliveries_completed": G(ints(0, 900)),
        },
    ),
    # ---- volunteers ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["python"],
        ["UK", "US"],
        40,
        {
            "VOLUNTEER_ID": G(lambda f: f"V{f.digits(5)}"),
            "FIRST_NAME": Y(first_p, "name"),
            "LAST_NAME": Y(last_p, "name"),
            "EMAIL_ADDRESS": Y(email_p, "email"),
            "MOBILE_NUMBER": Y(lambda f: f.tel(), "phone"),
            "POSTCODE": Y(P("postcode"), "zipcode"),
            "DATE_OF_BIRTH": Y(lambda f: f.dob(1945, 2006), "birthdate"),
            "IS_DRIVER": bool_(),
            "LICENCE_CATEGORIES": Many(G(pick("B", "BE", "C1", "D1")), 2),
            "DBS_EXPIRY_DATE": G(lambda f: f.day(2026)),
            "SHIFTS_LAST_90D": G(ints(0, 30)),
            "TOTAL_HOURS": G(lambda f: round(f.r.uniform(0, 900), 1)),
            "PREFERRED_SITE": G(lambda f: f.centre()),
            "LAST_SHIFT_AT": G(lambda f: f.iso()),
            "T_SHIRT_SIZE": G(pick("S", "M", "L", "XL")),
            "OCCUPATION": G(pick("Retired teacher", "Nurse", "Student", "Software engineer", "Bus driver")),
            "EMPLOYER": G(pick("Leeds City Council", "NHS", "Amazon", "", "Self-employed")),
            "AGE": G(ints(16, 84)),
        },
    ),
    (
        "track",
        "Volunteer Application Submitted",
        ["web"],
        ["UK", "US"],
        45,
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant": {
                "first_name": Y(first_p, "name"),
                "last_name": Y(last_p, "name"),
                "email": Y(email_p, "email"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "date_of_birth": Y(lambda f: f.dob(1945, 2006), "birthdate"),
                "postcode": Y(P("postcode"), "zipcode"),
            },
            "roles_interested": Many(
                G(pick("driver", "warehouse", "greeter", "advice_assistant", "collections")), 3
            ),
            "availability": Many(G(pick("mon_am", "tue_pm", "wed_am", "sat_am", "sun_pm")), 4),
            "over_18": bool_(),
            "has_car": bool_(),
            "driving_licence_number": Y(lambda f: f.licence(), "license"),
            "badge_photo_url": Y(
                lambda f: f"https://fbh-volunteers.s3.eu-west-2.amazonaws.com/badges/{f.uuid()}.jpg", "photo"
            ),
            "right_to_volunteer": RED(
                pick("citizen", "settled_status", "pre_settled_status", "asylum_seeker", "visa_holder"),
                "visa",
            ),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "emergency_contact_name": Y(lambda f: f.name(), "name"),
            "emergency_contact_phone": Y(lambda f: f.tel(), "phone"),
            "equal_opps": {
                "gender": Y(pick("woman", "man", "non_binary", "prefer_not_to_say"), "gender"),
                "ethnicity": Y(
                    pick(
                        "White British",
                        "Black African",
                        "Pakistani",
                        "Mixed White and Black Caribbean",
                        "Hispanic or Latino",
                        "Prefer not to say",
                    ),
                    "ethnicity|race",
                ),
                "religion": Y(
                    pick("Christian", "Muslim", "No religion", "Sikh", "Hindu", "Jewish"), "religion"
                ),
                "sexual_orientation": Y(
                    pick("heterosexual", "gay_or_lesbian", "bisexual", "prefer_not_to_say"),
                    "sexual orientation",
                ),
                "disability": RED(pick("yes", "no", "prefer_not_to_say"), "disability"),
                "age_band": G(pick("16-24", "25-34", "35-49", "50-64", "65+")),
            },
            "motivation": G(
                pick(
                    "I want to give something back",
                    "Retired and have free time",
                    "Need volunteering for my DofE",
                    "My family used the food bank once",
                )
            ),
        },
    ),
    (
        "track",
        "Shift Signed Up",
        ["kotlin", "swift"],
        ["UK", "US", "GR"],
        45,
        {
            "shift_id": G(lambda f: f.digits(6)),
            "roster_id": G(lambda f: f"ROS-{f.digits(4)}"),
            "site_name": G(lambda f: f.centre()),
            "role": G(pick("driver", "packer", "greeter", "stock_check")),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "spots_remaining": G(ints(0, 8)),
            "signed_up_via": G(pick("app", "whatsapp_link", "coordinator")),
            "swap_requested_with": Y(lambda f: f.name(), "name"),
            "recurring": bool_(),
        },
    ),
    (
        "track",
        "Shift Checked In",
        ["kotlin", "swift"],
        ["UK", "US", "GR"],
        40,
        {
            "shift_id": G(lambda f: f.digits(6)),
            "checked_in_at": G(lambda f: f.iso()),
            "method": G(pick("qr", "geofence", "manual")),
            "check_in_lat": Y(lambda f: round(f.r.uniform(35.0, 55.9), 6), "geolocation"),
            "check_in_lng": Y(lambda f: round(f.r.uniform(-104.0, 25.0), 6), "geolocation"),
            "minutes_late": G(ints(-15, 40)),
        },
    ),
    (
        "track",
        "Mileage Claim Submitted",
        ["ruby"],
        ["UK", "US"],
        40,
        {
            "claim_id": G(lambda f: f"MC{f.digits(6)}"),
            "miles": G(lambda f: round(f.r.uniform(3, 140), 1)),
            "rate_per_mile": G(pick(0.45, 0.67, 0.14)),
            "amount": G(lambda f: f.money_local(2, 90)),
            "payee_name": Y(full_p, "name"),
            "sort_code": G(
                lambda f: f.pick(["20-45-77", "40-11-62", "30-93-71", "021000021", "111000614", "071000013"])
            ),
            "account_number": RED(
                lambda f: f.pick([f.digits(8), f.digits(10), f.digits(12)]), "bank account"
            ),
            "submitted_via": G(pick("app", "web")),
            "approved": bool_(),
        },
    ),
    # ---- donors -------------------------------------------------------------------------------------
    (
        "track",
        "Donation Dropped Off",
        ["web", "rn"],
        ["UK", "US", "GR"],
        40,
        {
            "dropoff_id": G(lambda f: f.uuid()),
            "location": {
                "name": G(lambda f: f.pick(COMPANIES)),
                "city": G(pick("Leeds", "London", "Dayton", "Θεσσαλονίκη")),
            },
            "items": Many(
                {
                    "name": G(lambda f: f.pick(PRODUCTS)[0]),
                    "category": G(lambda f: f.pick(PRODUCTS)[2]),
                    "quantity": G(ints(1, 24)),
                    "weight_kg": G(lambda f: round(f.r.uniform(0.1, 12), 2)),
                    "barcode": G(lambda f: f.ean()),
                    "best_before": G(lambda f: f.day(2025)),
                },
                4,
            ),
            "total_weight_kg": G(lambda f: round(f.r.uniform(0.5, 80), 1)),
            "donor_type": G(pick("individual", "school", "business", "church", "supermarket")),
            "donor_name": Y(lambda f: f.name(), "name"),
            "donor_email": Y(lambda f: f.mail(), "email"),
            "company_name": G(lambda f: f.pick(COMPANIES)),
            "receipt_requested": bool_(),
        },
    ),
    (
        "track",
        "Donation Completed",
        ["web", "node"],
        ["UK", "US"],
        50,
        {
            "order_id": G(lambda f: f"DON-{f.digits(7)}"),
            "revenue": G(lambda f: f.money_local(5, 250)),
            "value": G(lambda f: f.money_local(5, 250)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "frequency": G(pick("one_off", "monthly")),
            "products": Many(
                {
                    "product_id": G(pick("fund-a-parcel", "christmas-hamper", "school-holiday-meals")),
                    "name": G(pick("Fund a Family Food Parcel", "Christmas Hamper", "Holiday Hunger Meals")),
                    "price": G(lambda f: f.money_local(5, 100)),
                    "quantity": G(ints(1, 3)),
                },
                2,
            ),
            "payment_method_id": RED(pm_token, "token"),
            "stripe_customer_id": G(lambda f: "cus_" + f.alnum(14)),
            "payment_intent_id": G(lambda f: "pi_3" + f.alnum(23)),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(ints(1, 12)),
                "exp_year": G(ints(2025, 2031)),
                "country": G(lambda f: {"UK": "GB", "US": "US"}[f.cc]),
            },
            "gift_aid": bool_(),
            "gift_aid_declaration": {
                "title": G(pick("Mr", "Mrs", "Ms", "Dr", "Mx")),
                "first_name": Y(first_p, "name"),
                "last_name": Y(last_p, "name"),
                "house_name_or_number": Y(
                    lambda f: f.pick([str(f.r.randint(1, 220)), "Rose Cottage", "Flat 3", "The Old Forge"]),
                    "address|street",
                ),
                "postcode": Y(P("postcode"), "zipcode"),
            },
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "donor_email": Y(email_p, "email"),
        },
    ),
    (
        "track",
        "Donation Form Submitted",
        ["php"],
        ["UK", "US"],
        30,
        {
            "fund": G(pick("general", "christmas_appeal", "fuel_bank")),
            "amount": G(lambda f: f.money_local(5, 500)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cc_name": Y(full_p, "name"),
            "email": Y(email_p, "email"),
            "phone": Y(lambda f: f.tel(), "phone"),
            "address": Y(address_line_p, "address"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "anonymous_donation": bool_(),
            "form_version": G(pick("2.3", "2.4")),
        },
    ),
    (
        "track",
        "Δωρεά Ολοκληρώθηκε",
        ["node"],
        ["GR"],
        40,
        {
            "ονοματεπώνυμο": Y(full_p, "name"),
            "email": Y(email_p, "email"),
            "τηλέφωνο": Y(lambda f: f.tel(), "phone"),
            "ΑΦΜ": RED(lambda f: f.afm(), "national id"),
            "IBAN": RED(lambda f: f.gr_iban(), "bank account"),
            "ποσό": G(lambda f: f.money_local(5, 300)),
            "νόμισμα": G(lambda f: "EUR"),
            "συχνότητα": G(pick("εφάπαξ", "μηνιαία")),
            "διεύθυνση": Y(street_p, "address|street"),
            "πόλη": Y(P("town"), "city"),
            "ΤΚ": Y(P("postcode"), "zipcode"),
            "απόδειξη": bool_(),
            "εταιρεία": G(pick("", "Μασούτης", "Lidl Ελλάς", "ΟΤΕ")),
        },
    ),
    # ---- vendor payloads relayed by backends ---------------------------------------------------------
    (
        "track",
        "Email Event",
        ["python"],
        ["UK", "US", "GR"],
        50,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "event": G(pick("delivered", "open", "click", "bounce")),
            "sg_event_id": G(lambda f: f.alnum(22)),
            "sg_message_id": G(
                lambda f: f"{f.alnum(22)}.filterdrecv-{f.r.randint(100, 999)}-{f.digits(5)}-{f.hexid(8)}-0"
            ),
            "smtp-id": G(lambda f: f"<{f.alnum(22)}@geopod-ismtpd-{f.r.randint(1, 9)}>"),
            "timestamp": G(lambda f: f.stamp()),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                pick("https://www.foodbankhub.org.uk/book", "https://www.communitypantry.org/donate", "")
            ),
            "category": Many(G(pick("appointment_reminder", "newsletter", "receipt")), 2),
        },
    ),
    (
        "track",
        "SMS Reminder Sent",
        ["node"],
        ["UK", "US", "GR"],
        50,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.tel(), "phone", True),
            "From": G(pick("+447700900000", "+19375550100", "FoodBank", "+302105228000")),
            "Body": Y(sms_body, "name", True),
            "Status": G(pick("queued", "sent", "delivered", "undelivered")),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["node"],
        ["UK", "US", "GR"],
        35,
        {
            "from_number": Y(lambda f: f.tel(), "phone"),
            "body": G(pick("YES", "C", "STOP", "Thank you", "ok", "ΝΑΙ")),
            "keyword": G(pick("confirm", "cancel", "stop", "none")),
            "matched_appointment": bool_(),
        },
    ),
    (
        "track",
        "Conversation Started",
        ["ruby"],
        ["UK", "US", "GR"],
        40,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(pick("web_chat", "whatsapp", "messenger")),
            "assignee_name": Y(lambda f: f.name(), "name"),
            "assignee_email": Y(lambda f: f.staff_mail(), "email"),
            "message": Y(chat_message, "email", True),
            "tags": Many(G(pick("volunteering", "referral", "gift_aid", "booking")), 2),
            "priority": bool_(),
        },
    ),
    (
        "track",
        "Lead",
        ["node"],
        ["UK", "US"],
        35,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                pick("https://www.foodbankhub.org.uk/volunteer", "https://www.communitypantry.org/volunteer")
            ),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "zp": Y(lambda f: f.hexid(64), "zipcode"),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.fbclid()}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
                "country": G(
                    lambda f: f.pick(
                        [
                            "5f1b5d4ea7e7bd8e1b4a5a8a5e9c4d2c8a1c8b0d4cf1a4b7d7c3c2a9f0e1d2c3",
                            "79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621",
                        ]
                    )
                ),
            },
            "custom_data": {"value": G(lambda f: 0), "currency": G(lambda f: CURRENCY[f.cc])},
        },
    ),
    (
        "page",
        "Food Bank Finder",
        ["web"],
        ["UK", "US", "GR"],
        40,
        {
            "path": G(lambda f: "/find-help"),
            "url": G(lambda f: f"https://{HOSTS[f.cc]}/find-help"),
            "title": G(lambda f: "Find help near you"),
            "referrer": G(pick("", "https://www.google.com/")),
            "search": G(pick("", "?q=leeds", "?open_now=1")),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Food Bank Searched",
        ["web"],
        ["UK", "US", "GR"],
        45,
        {
            "q": G(pick("Leeds", "Hackney", "Dayton OH", "Θεσσαλονίκη", "Bronx", "Cardiff Bay", "Καλαμαριά")),
            "radius_miles": G(pick(1, 3, 5, 10)),
            "results_count": G(ints(0, 15)),
            "filter_open_now": bool_(),
        },
    ),
    # ---- benefits, SNAP / EBT, advice ---------------------------------------------------------------
    (
        "track",
        "Benefits Screener Completed",
        ["web"],
        ["US"],
        45,
        {
            "household_size": G(ints(1, 8)),
            "monthly_gross_income": Y(lambda f: f.r.randint(0, 4200), "salary"),
            "monthly_rent": G(lambda f: f.r.randint(0, 1800)),
            "utilities_included": bool_(),
            "has_member_over_60": bool_(),
            "has_disabled_member": RED(lambda f: f.pick([True, False]), "disability"),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "is_student": bool_(),
            "state": G(lambda f: f.pick(US_AREAS)[1]),
            "county": G(lambda f: f.pick(US_AREAS)[4]),
            "zip_code": Y(lambda f: f.postcode(), "zipcode"),
            "estimated_snap_monthly": G(ints(0, 973)),
            "eligible_programs": Many(G(pick("SNAP", "WIC", "LIHEAP", "TEFAP", "school_meals")), 3),
            "screener_version": G(pick("2024.2", "2024.3")),
        },
    ),
    (
        "track",
        "SNAP Application Submitted",
        ["node"],
        ["US"],
        40,
        {
            "application_id": G(lambda f: f.uuid()),
            "state": G(lambda f: f.pick(US_AREAS)[1]),
            "case_number": G(lambda f: f.digits(9)),
            "applicant": {
                "first_name": Y(first_p, "name"),
                "last_name": Y(last_p, "name"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
                "phone": Y(lambda f: f.tel(), "phone"),
                "email": Y(email_p, "email"),
            },
            "household_members": Many(
                {
                    "first_name": Y(lambda f: f.first_name(), "name"),
                    "relationship": G(pick("spouse", "child", "parent", "grandchild")),
                    "age": G(ints(0, 90)),
                    "us_citizen": Y(lambda f: f.pick([True, False]), "citizenship"),
                    "ssn_provided": bool_(),
                },
                4,
            ),
            "submitted_via": G(pick("online", "assisted")),
            "interview_required": bool_(),
            "expedited": bool_(),
        },
    ),
    (
        "track",
        "EBT Card Linked",
        ["swift"],
        ["US"],
        35,
        {
            "ebt_card_number": RED(lambda f: f.ebt_card(), "credit card"),
            "ebt_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "state_agency": G(pick("Ohio ODJFS", "Michigan MDHHS", "Texas HHSC", "NY OTDA")),
            "balance_snap": G(lambda f: f.money_local(0, 600)),
            "balance_cash": G(lambda f: f.money_local(0, 200)),
            "link_method": G(pick("manual", "scan")),
        },
    ),
    (
        "track",
        "Medicaid Diet Referral Received",
        ["java"],
        ["US"],
        30,
        {
            "referralId": G(lambda f: f.uuid()),
            "medicaidId": RED(lambda f: f.medicaid_id(), "health id"),
            "memberName": Y(full_p, "name"),
            "dateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "diagnosisCode": Y(pick("E11.9", "I10", "N18.3", "O24.419", "K90.0"), "diagnosis"),
            "rxNumber": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "mealsPerWeek": G(pick(7, 10, 14)),
            "programCode": G(pick("MTM", "FIM-PRODUCE")),
            "planName": G(pick("CareSource", "Molina Healthcare", "UnitedHealthcare Community Plan")),
            "insuranceMemberId": Y(lambda f: f"{f.pick(['U', 'CS', 'M'])}{f.digits(9)}", "identification"),
            "receivedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Advice Session Completed",
        ["csharp"],
        ["UK"],
        45,
        {
            "SessionId": G(lambda f: f.uuid()),
            "ClientReference": G(lambda f: f.digits(6)),
            "AdviserName": Y(lambda f: f.name(), "name"),
            "AdviserEmail": Y(lambda f: f.staff_mail(), "email"),
            "SessionType": G(pick("BenefitCheck", "DebtAdvice", "FuelSupport", "HousingAdvice")),
            "DurationMinutes": G(ints(10, 90)),
            "Topics": Many(G(pick("UniversalCredit", "PIP", "CouncilTax", "Rent", "Energy")), 3),
            "NiNumber": RED(lambda f: f.nino(), "national id|social security number"),
            "DateOfBirth": Y(lambda f: f.dob(), "birthdate"),
            "ClientPostcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "ClientPhone": Y(lambda f: f.tel(), "phone"),
            "UniversalCreditClaimant": bool_(),
            "DebtTotal": G(lambda f: f.money_local(0, 20000)),
            "AnnualGain": G(lambda f: f.money_local(0, 8000)),
            "FollowUpDate": G(lambda f: f.day()),
            "Language": G(pick("en", "pl", "ar", "ti", "uk")),
        },
    ),
    (
        "track",
        "Hardship Grant Paid",
        ["csharp"],
        ["UK"],
        30,
        {
            "GrantId": G(lambda f: f"HG{f.digits(6)}"),
            "Amount": G(lambda f: f.money_local(20, 300)),
            "PayeeName": Y(full_p, "name"),
            "PayeeSortCode": G(pick("20-45-77", "40-11-62", "30-93-71", "09-01-28")),
            "PayeeAccountNumber": RED(lambda f: f.digits(8), "bank account"),
            "PayeeIban": RED(lambda f: f.iban("GB"), "bank account"),
            "PaymentReference": G(lambda f: f"FBH{f.digits(8)}"),
            "ApprovedBy": Y(lambda f: f.name(), "name"),
            "Fund": G(pick("Household Support Fund", "Fuel Bank", "Winter Grant")),
        },
    ),
    (
        "track",
        "Referral Synced",
        ["go"],
        ["UK"],
        35,
        {
            "ReferralID": G(lambda f: f.digits(8)),
            "Source": G(pick("EMIS", "SystmOne", "CharityLog")),
            "ExternalRef": G(lambda f: f.hexid(12)),
            "ClientName": Y(full_p, "name"),
            "ClientDOB": Y(lambda f: f.dob(), "birthdate"),
            "NHSNumber": RED(lambda f: f.nhs(), "health id"),
            "GPPractice": G(
                pick("Harehills Medical Practice", "Peckham Rye Surgery", "Govanhill Health Centre")
            ),
            "HouseholdSize": G(ints(1, 8)),
            "SyncedAt": G(lambda f: f.iso()),
            "Attempt": G(ints(1, 4)),
            "Notes": Y(referral_health_note, "condition|diagnosis|procedure", True),
        },
    ),
    (
        "track",
        "Client Visit Recorded",
        ["ruby"],
        ["US"],
        45,
        {
            "visit_id": G(lambda f: f.digits(9)),
            "pantry_id": G(lambda f: f.digits(4)),
            "pantry_name": G(lambda f: f.centre()),
            "household_id": G(lambda f: f.digits(7)),
            "visit_date": G(lambda f: f.day()),
            "household_size": G(ints(1, 9)),
            "seniors_count": G(ints(0, 3)),
            "children_count": G(ints(0, 6)),
            "head_of_household_name": Y(full_p, "name"),
            "race": Y(
                pick(
                    "White",
                    "Black or African American",
                    "American Indian or Alaska Native",
                    "Asian",
                    "Multiracial",
                ),
                "race|ethnicity",
            ),
            "ethnicity": Y(pick("Hispanic or Latino", "Not Hispanic or Latino"), "ethnicity|race"),
            "veteran_in_household": RED(lambda f: f.pick([True, False]), "veteran"),
            "tefap_eligible": bool_(),
            "income_sources": Many(
                G(pick("employment", "unemployment", "social_security", "child_support", "none")), 2
            ),
            "pounds_distributed": G(lambda f: round(f.r.uniform(10, 90), 1)),
            "client_zip": Y(lambda f: f.postcode(), "zipcode"),
            "homeless": bool_(),
        },
    ),
    # ---- Greek social supermarket backend ------------------------------------------------------------
    (
        "track",
        "Εγγραφή Ωφελούμενου",
        ["php"],
        ["GR"],
        50,
        {
            "κωδικός_ωφελούμενου": G(lambda f: f"ΚΠ-{f.digits(5)}"),
            "όνομα": Y(first_p, "name"),
            "επώνυμο": Y(last_p, "name"),
            "πατρώνυμο": Y(lambda f: f.first_name(), "name"),
            "ΑΜΚΑ": RED(lambda f: f.amka(), "social security number|national id"),
            "ΑΦΜ": RED(lambda f: f.afm(), "national id"),
            "αριθμός_ταυτότητας": RED(lambda f: f.gr_id_card(), "national id"),
            "αριθμός_διαβατηρίου": RED(lambda f: f.passport(), "passport"),
            "ημερομηνία_γέννησης": Y(lambda f: f.dob(), "birthdate"),
            "κινητό": Y(lambda f: f.tel(), "phone"),
            "διεύθυνση": Y(street_p, "address|street"),
            "δήμος": Y(P("town"), "city"),
            "ΤΚ": Y(P("postcode"), "zipcode"),
            "μέλη_νοικοκυριού": G(ints(1, 8)),
            "ανήλικα_τέκνα": G(ints(0, 5)),
            "ετήσιο_εισόδημα": Y(lambda f: f.r.randint(0, 12000), "salary"),
            "δικαιούχος_ΚΕΑ": bool_(),
            "ΑμεΑ": RED(lambda f: f.pick([True, False]), "disability"),
            "άνεργος": bool_(),
            "μονογονεϊκή": bool_(),
            "ιθαγένεια": Y(pick("Ελληνική", "Αλβανική", "Συριακή", "Αφγανική", "Ουκρανική"), "citizenship"),
            "καθεστώς_διαμονής": RED(
                pick("πολίτης_ΕΕ", "άδεια_διαμονής", "αιτών_άσυλο", "αναγνωρισμένος_πρόσφυγας"), "visa"
            ),
            "σχόλια": G(pick("Χρειάζεται βρεφικό γάλα", "Παραλαβή από συγγενή", "Χωρίς ψυγείο", "")),
            "ημερομηνία_έγκρισης": G(lambda f: f.day()),
        },
    ),
    (
        "track",
        "Paralavi Dematos",
        ["php"],
        ["GR"],
        40,
        {
            "kodikos_ofelimenou": G(lambda f: f"KP-{f.digits(5)}"),
            "onomateponymo": Y(lambda f: f.latin(full_p(f)), "name"),
            "tilefono": Y(lambda f: f.tel(), "phone"),
            "imerominia": G(lambda f: f.day()),
            "katastima": G(pick("Kentro", "Kalamaria", "Peiraias")),
            "proionta": Many(
                {
                    "onoma": G(lambda f: f.pick(PRODUCTS)[0]),
                    "posotita": G(ints(1, 6)),
                    "kodikos": G(lambda f: f.ean("520")),
                },
                4,
            ),
            "ypoloipo_paralavon": G(ints(0, 12)),
            "paralavi_apo_trito": bool_(),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        ["GR"],
        30,
        {
            "onoma": Y(lambda f: f.latin(first_p(f)), "name"),
            "eponymo": Y(lambda f: f.latin(last_p(f)), "name"),
            "email": Y(email_p, "email"),
            "kinito": Y(lambda f: f.tel(), "phone"),
            "dimos": Y(lambda f: f.latin(f.p["town"]), "city"),
            "arithmos_diavatiriou": RED(lambda f: f.passport(), "passport"),
            "ypikootita": Y(pick("Syria", "Afghanistan", "Albania", "Ukraine", "Greece"), "citizenship"),
            "glossa": G(pick("el", "ar", "fa", "sq", "uk")),
            "energos": bool_(),
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        MOBILE,
        ["UK", "US", "GR"],
        40,
        {
            "contacts": Many(
                {
                    "label": Y(
                        lambda f: (
                            f"{f.name()} ({f.pick(['sister', 'son', 'carer', 'neighbour', 'key worker'])})"
                        ),
                        "name",
                        True,
                    ),
                    "value": Y(lambda f: f.tel(), "phone", True),
                    "type": G(pick("mobile", "home", "work")),
                    "primary": bool_(),
                },
                3,
            ),
            "contacts_count": G(ints(1, 3)),
            "source": G(pick("manual", "address_book")),
        },
    ),
    (
        "track",
        "Helpline Callback Requested",
        ["go"],
        ["UK", "US"],
        35,
        {
            "ticket_id": G(lambda f: f.digits(7)),
            "queue": G(pick("referrals", "deliveries", "donations")),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Please call back {f.first_name()} on {f.tel()} re: voucher",
                        f"Callback {f.tel()} - missed delivery",
                        f"{f.first_name()} asked for a call on {f.tel()} after 3pm",
                    ]
                ),
                "phone",
                True,
            ),
            "requested_at": G(lambda f: f.iso()),
            "sla_minutes": G(pick(60, 240, 1440)),
        },
    ),
    # ---- warehouse ----------------------------------------------------------------------------------
    (
        "track",
        "Stock Received",
        ["java"],
        ["UK", "US", "GR"],
        40,
        {
            "batchId": G(lambda f: f"B{f.digits(8)}"),
            "supplierName": G(lambda f: f.pick(COMPANIES)),
            "palletCount": G(ints(1, 20)),
            "warehouseId": G(pick("WH-LDS-01", "WH-DAY-02", "WH-ATH-01")),
            "receivedBy": Y(lambda f: f.name(), "name"),
            "notifyEmail": G(
                pick(
                    "stock@foodbankhub.org.uk",
                    "warehouse@communitypantry.org",
                    "apothiki@koinoniko-pantopoleio.gr",
                )
            ),
            "items": Many(
                {
                    "sku": G(lambda f: f"{f.pick(['TIN', 'DRY', 'BAB'])}-{f.r.randint(1000, 9999)}"),
                    "ean": G(lambda f: f.ean()),
                    "description": G(lambda f: f.pick(PRODUCTS)[0]),
                    "quantityCases": G(ints(1, 80)),
                    "expiryDate": G(lambda f: f.day(2025)),
                },
                4,
            ),
        },
    ),
]


# -- assembly -----------------------------------------------------------------------------------------


def message(f: FB, kind: str, name: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    server = client in SERVER_LIBS
    if not server or f.r.random() < 0.3:
        msg["anonymousId"] = f.uuid()
    msg["userId"] = f.pick([f.uuid(), f"usr_{f.digits(7)}", f.digits(6)]) if server else f.uuid()
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = f"AG{f.digits(4)}"
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId", f.uuid())
    section = "traits" if kind in ("identify", "group") else "properties"
    if kind != "alias":
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if f.r.random() < 0.3:
        msg["integrations"] = {"All": True, "Mixpanel": f.pick([True, False])}
    if not server:
        msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int):
    f = FB(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, markets, count, body in EVENTS:
        for _ in range(count):
            f.new_event(f.pick(markets))
            events.append(message(f, kind, name, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=240)
    write(Path(__file__).parent, "holdout240_", events, labels)
