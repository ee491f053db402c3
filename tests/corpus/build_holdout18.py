"""Writes the eighteenth holdout: tests/corpus/holdout18_events.jsonl and holdout18_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the other holdout builders (build_holdout3.py was read for its format only),
and never scored by its author. Run `.venv/bin/python -m tests.corpus.build_holdout18`; the output
is deterministic (seeded) and committed.

Domain: education and work, three Segment customers.
- Lumen Learn, online courses and proctored exams in India, the US and France: sign-up, guardian
  consent for minors, course e-commerce (spec events, UPI and Stripe-shaped card payments, a
  Meta CAPI-shaped server lead), lessons, quizzes, peer messages, proctoring ID checks, exam
  accommodations for disabilities, grades, certificates, and a French partner's Moodle (PHP)
  sync with French keys (`nom`, `courriel`, `numero_ine`, `responsable_legal`).
- Hirewell, a job board and ATS: candidate profiles, job search, applications, CV parsing
  (vendor-shaped), screening questions (visa, CTC, criminal record), an EEO diversity survey,
  interviews, references, offers and onboarding (.NET PascalCase), Checkr-shaped background
  checks, payroll details for India (PAN, UAN, IFSC), the US (W-4 SSN) and France (IBAN, NIR).
- Desk&Co, coworking: member profiles (and a SCREAMING_SNAKE reverse-ETL identify from the
  warehouse), desk and room bookings, guest registration, visitor badges, kebab-case webhooks from
  the door-access vendor, Wi-Fi sessions, mailroom, a sign-up form that leaks passwords.
Clients and their `context` blocks: analytics.js (page, userAgentData, campaign, consent),
analytics-swift, analytics-kotlin (with `context.traits`), analytics-react-native, analytics-flutter
(with `context.location`), and the python, node, go, java, ruby, php and .NET server libraries
(optional forwarded `ip`, `userAgent`, `traits`, `externalIds`). Values are drawn per message
from one cast of people (user, guardian, referee, interviewer, guest, host, staff) from India,
the US, France and a dozen other countries, with national phone formats and addresses; ids carry
valid checksums where real ones do (Luhn cards, mod-97 IBANs, Verhoeff Aadhaar, mod-97 NIR keys,
ABA routing numbers, SSA-structured SSNs).

Conventions: about 85 % camelCase / snake_case English keys; the rest PascalCase (.NET), kebab-case
(door-access webhooks), SCREAMING_SNAKE (warehouse) and French keys.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the user, a guardian, a
  referee, an interviewer, a guest, a host, a staff member. Colour: the reference's default for its
  matcher (name, email, phone, address, street, city, zipcode, birthdate, gender, citizenship,
  license, photo, salary, ip, mac: yellow; social security number, passport, visa, veteran,
  disability, credit card, password, token: red). Types outside the reference: red for secrets,
  bank accounts (a UPI VPA is a bank account handle), government ids (`national id`: Aadhaar, PAN,
  UAN, INE, NIR) and criminal records; yellow for geolocation and advertising id.
- Special categories (health, disability, race/ethnicity, religion, sexual orientation, veteran
  status, criminal record, immigration/visa status): a boolean or enum that reveals one about
  the person is PII of that category and red, even where the reference's matcher is yellow
  (race, religion, sexual orientation, condition). Gender and pronouns stay yellow (`gender`).
- Green: ids we issue (user, order, booking, badge, certificate, application ids, UUIDs, SKUs,
  invoice numbers), versions, timestamps, amounts, enums, counters and booleans under
  PII-sounding keys (`emailVerified`, `has_photo`, `password_strength`, `aadhaar_linked`,
  `visa_sponsorship_available` on a job), names of courses, plans, companies, schools, rooms and
  coworking locations, a searched location, a job's salary range, country, state, locale,
  timezone, user agents, OS-issued device ids, card brand / last four / expiry, IFSC, BIC and ABA
  routing numbers, ages and age brackets (birth dates are yellow), grades and scores, hashes of
  non-personal values (file digests, hashed user ids).
- Hashes of personal data (Meta CAPI `em`, `ph`) keep the label of what they hash; a masked SSN
  that shows the last four (`XXX-XX-1234`) is red.
- Role keys (`instructor`, `graded_by`, `posted_by`, `installed_by`, `account_manager`,
  `enseignant`) whose values are people's names, and neutral keys (`field.value`, `label`, `text`,
  `note`, `input`, `q`, `content`, `message`, `contact`, `hostname`, `attendees`,
  `externalIds[].id`, a CV file name) are value_only; a value_only PII path holds that PII in every
  one of its values. Free text is labelled by what every value carries (each template's free text
  either always carries the PII or never does), green when none does.
- Group calls describe organisations: `traits.name` there is a school or company (green); the
  identify calls here use firstName / first_name / full_name, so each path keeps one meaning.
- A push token and OAuth tokens are red `token`; a Slack webhook URL is red `secret`; a person's
  home, billing or device-location city is yellow `city`; a licence plate is yellow `license`;
  the IP of a member's device, private Wi-Fi addresses included, is yellow `ip`; a device hostname
  that carries its owner's first name is a name.
"""

import hashlib
import string
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

NAMES = {
    "IN": (
        "Priya Arjun Ananya Rohan Lakshmi Vikram Sneha Karthik Aarav Ishita Mohammed Gurpreet Deepika "
        "Siddharth Meera Rahul Divya Aditya Kavya Farhan Neha Sanjay Pooja Harish Zoya Venkatesh Tanvi",
        "Sharma Iyer Reddy Nair Gupta Chatterjee Banerjee Singh Kaur Patel Desai Menon Qureshi "
        "Fernandes Mukherjee Rao Pillai Joshi Kulkarni Agarwal Khan Bhattacharya Subramanian Naidu "
        "D'Souza Chaudhary",
    ),
    "US": (
        "Emily Michael Jessica Tyler Ashley DeShawn Latoya Brandon Madison José Hannah Kevin Sarah "
        "Marcus Olivia Jordan Brianna Ethan Destiny Connor Grace Andre Kayla Ryan Samantha Luis",
        "Johnson Williams Brown Rodriguez Washington Miller Kim Nguyen Jackson Thompson O'Connor Davis "
        "Martinez Anderson Robinson Hernandez Walker Lopez Baker Carter Cohen Yazzie Schmidt",
    ),
    "FR": (
        "Camille Léa Mathis Chloé Hugo Inès Théo Manon Louis Yasmine Élodie Mamadou Jules Sarah Lucas "
        "Clémence Nathan Aïcha Baptiste Margaux Karim Océane Gaël Anaïs",
        "Martin Bernard Lefèvre Moreau Girard Benali Diallo Rousseau Fontaine Lambert Nguyen Dupont "
        "Leroy Mercier Boucher Haddad Traoré Garnier Chevalier Perrin Lemaire Faure Roux",
    ),
    "NG": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo", "Okeke Adeyemi Okafor Balogun Eze Nwosu"),
    "BR": ("João Larissa Thiago Beatriz Rafael Gabriela", "Souza Oliveira Santos Costa Almeida Ferreira"),
    "DE": ("Lukas Anna Jonas Lena Felix Marie", "Müller Schneider Fischer Weber Becker Hoffmann"),
    "JP": ("Haruto Yui Sota Aoi Ren Hina", "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto"),
    "KR": ("Ji-woo Min-jun Seo-yeon Do-hyun Ha-eun", "Park Kim Lee Choi Jung"),
    "CN": ("Wei Xiaoming Jun Meiling Hao Yan", "Zhang Wang Liu Chen Huang Zhao"),
    "MX": (
        "Valentina Santiago Ximena Diego Regina Emiliano",
        "Gómez Pérez Hernández Ramírez Flores Castillo",
    ),
    "PH": ("Maria Paolo Kristine Angelica Jericho", "Santos Reyes Cruz Bautista Villanueva"),
    "KE": ("Wanjiru Otieno Achieng Kipchoge Njeri", "Kamau Odhiambo Mwangi Wanjala Cheruiyot"),
    "MA": ("Layla Youssef Omar Noor Hamza Salma", "El Amrani Bennani Alaoui Mansour Tazi"),
    "PL": ("Katarzyna Piotr Agnieszka Tomasz Zofia", "Nowak Kowalski Wiśniewska Wójcik Lewandowski"),
    "TR": ("Elif Mehmet Zeynep Emre Ayşe", "Yılmaz Kaya Demir Şahin Çelik"),  # noqa: RUF001
    "VN": ("Lan Minh Anh Quang Thao", "Tran Nguyen Pham Le Vo"),
    "IE": ("Siobhán Callum Aoife Oisín Niamh", "Murphy Walsh O'Sullivan Byrne Kelly"),
}
NAMES = {k: (a.split(" "), b.split(" ")) for k, (a, b) in NAMES.items()}
NAMES["MA"] = (NAMES["MA"][0], ["El Amrani", "Bennani", "Alaoui", "Mansour", "Tazi", "Benjelloun"])
OTHER = ["NG", "BR", "DE", "JP", "KR", "CN", "MX", "PH", "KE", "MA", "PL", "TR", "VN", "IE"]

CITIES = {
    "IN": [
        ("Bengaluru", "Karnataka", "560"),
        ("Mumbai", "Maharashtra", "400"),
        ("Pune", "Maharashtra", "411"),
        ("Hyderabad", "Telangana", "500"),
        ("Chennai", "Tamil Nadu", "600"),
        ("New Delhi", "Delhi", "110"),
        ("Kolkata", "West Bengal", "700"),
        ("Kochi", "Kerala", "682"),
        ("Jaipur", "Rajasthan", "302"),
        ("Lucknow", "Uttar Pradesh", "226"),
    ],
    "US": [
        ("Austin", "TX", "787"),
        ("Columbus", "OH", "432"),
        ("Seattle", "WA", "981"),
        ("Atlanta", "GA", "303"),
        ("Brooklyn", "NY", "112"),
        ("Phoenix", "AZ", "850"),
        ("Raleigh", "NC", "276"),
        ("Oakland", "CA", "946"),
        ("Chicago", "IL", "606"),
        ("Denver", "CO", "802"),
    ],
    "FR": [
        ("Paris", "Île-de-France", "750"),
        ("Lyon", "Auvergne-Rhône-Alpes", "690"),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "130"),
        ("Toulouse", "Occitanie", "310"),
        ("Lille", "Hauts-de-France", "590"),
        ("Nantes", "Pays de la Loire", "440"),
        ("Bordeaux", "Nouvelle-Aquitaine", "330"),
        ("Strasbourg", "Grand Est", "670"),
        ("Rennes", "Bretagne", "350"),
    ],
    "NG": [("Lagos", "Lagos", "1000"), ("Abuja", "FCT", "9001"), ("Ibadan", "Oyo", "2001")],
    "BR": [("São Paulo", "SP", "01310"), ("Belo Horizonte", "MG", "30130"), ("Recife", "PE", "50010")],
    "DE": [("Berlin", "Berlin", "10"), ("München", "Bayern", "80"), ("Hamburg", "Hamburg", "20")],
    "JP": [("Tokyo", "Tokyo", "150"), ("Osaka", "Osaka", "530"), ("Fukuoka", "Fukuoka", "810")],
    "KR": [("Seoul", "Seoul", "06"), ("Busan", "Busan", "48")],
    "CN": [("Shanghai", "Shanghai", "200"), ("Shenzhen", "Guangdong", "518"), ("Chengdu", "Sichuan", "610")],
    "MX": [("Ciudad de México", "CDMX", "06"), ("Guadalajara", "Jalisco", "44"), ("Monterrey", "NL", "64")],
    "PH": [("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60")],
    "KE": [("Nairobi", "Nairobi", "00"), ("Mombasa", "Mombasa", "80")],
    "MA": [("Casablanca", "Casablanca-Settat", "20"), ("Rabat", "Rabat-Salé-Kénitra", "10")],
    "PL": [("Warszawa", "Mazowieckie", "0"), ("Kraków", "Małopolskie", "3")],
    "TR": [("İstanbul", "İstanbul", "34"), ("Ankara", "Ankara", "06")],
    "VN": [("Hà Nội", "Hà Nội", "10"), ("Ho Chi Minh City", "HCMC", "70")],
    "IE": [("Dublin", "Leinster", "D0"), ("Cork", "Munster", "T1")],
}
MAIL = {
    "IN": ["gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr"],
    "*": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"],
}
WORK_DOMAINS = [
    "northwind-logistics.com",
    "brightpath.io",
    "tatvasoft.in",
    "meridian-health.org",
    "kestrel.ai",
    "groupe-arcadia.fr",
    "bluefin-capital.com",
    "orbitlabs.dev",
]
COMPANIES = [
    "Infosys",
    "Northwind Logistics",
    "BrightPath",
    "Capgemini",
    "Kestrel AI",
    "Zoho",
    "Groupe Arcadia",
    "Bluefin Capital",
    "Orbit Labs",
    "Swiggy",
    "Doctolib",
    "Stripe",
]


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower().replace("'", "").replace(" ", "").replace("-", "")


def digits(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone_for(f: Fake, region: str) -> str:
    r = f.r
    if region == "IN":
        n = str(r.randint(6, 9)) + digits(f, 9)
        return f.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", n, f"0{n}", f"+91-{n}"])
    if region == "US":
        a, e, line = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
        return f.pick(
            [f"({a}) {e}-{line:04d}", f"{a}-{e}-{line:04d}", f"+1{a}{e}{line:04d}", f"{a}.{e}.{line:04d}"]
        )
    if region == "FR":
        n = [r.randint(10, 99) for _ in range(4)]
        lead = r.choice(["6", "7"])
        return f.pick(
            [
                f"+33 {lead} {n[0]} {n[1]} {n[2]} {n[3]}",
                f"0{lead} {n[0]} {n[1]} {n[2]} {n[3]}",
                f"+33{lead}{n[0]}{n[1]}{n[2]}{n[3]}",
                f"0{lead}.{n[0]}.{n[1]}.{n[2]}.{n[3]}",
            ]
        )
    forms = {
        "NG": lambda: f"+234 {r.choice(['803', '806', '813', '905'])} {digits(f, 3)} {digits(f, 4)}",
        "BR": lambda: f"+55 {r.choice(['11', '31', '81'])} 9{digits(f, 4)}-{digits(f, 4)}",
        "DE": lambda: f"+49 {r.choice(['151', '160', '176'])} {digits(f, 8)}",
        "JP": lambda: f"+81 90-{digits(f, 4)}-{digits(f, 4)}",
        "KR": lambda: f"+82 10-{digits(f, 4)}-{digits(f, 4)}",
        "CN": lambda: f"+86 1{r.choice(['38', '39', '86'])} {digits(f, 4)} {digits(f, 4)}",
        "MX": lambda: f"+52 {r.choice(['55', '33', '81'])} {digits(f, 4)} {digits(f, 4)}",
        "PH": lambda: f"+63 9{digits(f, 2)} {digits(f, 3)} {digits(f, 4)}",
        "KE": lambda: f"+254 7{digits(f, 2)} {digits(f, 6)}",
        "MA": lambda: f"+212 6 {digits(f, 2)} {digits(f, 2)} {digits(f, 2)} {digits(f, 2)}",
        "PL": lambda: f"+48 {r.choice(['512', '601', '797'])} {digits(f, 3)} {digits(f, 3)}",
        "TR": lambda: f"+90 5{digits(f, 2)} {digits(f, 3)} {digits(f, 2)} {digits(f, 2)}",
        "VN": lambda: f"+84 9{digits(f, 2)} {digits(f, 3)} {digits(f, 3)}",
        "IE": lambda: f"+353 8{r.choice(['3', '5', '7'])} {digits(f, 3)} {digits(f, 4)}",
    }
    return forms[region]()


def street_for(f: Fake, region: str) -> str:
    r = f.r
    if region == "IN":
        building = f.pick(
            ["Lotus Residency", "Sai Krupa Apartments", "Prestige Lakeside", "Shanti Nagar CHS", "Green Glen"]
        )
        road = f.pick(["12th Main Road", "MG Road", "Link Road", "2nd Cross", "Nehru Street", "SV Road"])
        return f"Flat {r.randint(1, 14)}0{r.randint(1, 8)}, {building}, {road}"
    if region == "US":
        name = f.pick(["Maple", "Oak", "Cedar", "Lincoln", "Washington", "Willow", "Highland", "Ridge"])
        suffix = f.pick(["Ave", "St", "Dr", "Blvd", "Ln", "Ct"])
        unit = f.pick(["", "", f" Apt {r.randint(1, 9)}{r.choice('ABCD')}", f" Unit {r.randint(100, 420)}"])
        return f"{r.randint(12, 9899)} {name} {suffix}{unit}"
    if region == "FR":
        voie = f.pick(["rue", "avenue", "boulevard", "allée", "impasse", "rue"])
        nom = f.pick(
            [
                "des Lilas",
                "Victor Hugo",
                "Jean Jaurès",
                "de la République",
                "Pasteur",
                "Émile Zola",
                "du Moulin",
            ]
        )
        return f"{r.randint(1, 140)}{f.pick(['', '', ' bis'])} {voie} {nom}"
    n = r.randint(1, 250)
    forms = {
        "NG": f"{n} {f.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'])}",
        "BR": f"{f.pick(['Rua Augusta', 'Av. Paulista', 'Rua da Aurora'])}, {n * 7}",
        "DE": f"{f.pick(['Lindenstraße', 'Hauptstraße', 'Schillerweg'])} {n % 90 + 1}",
        "JP": f"{r.randint(1, 5)}-{r.randint(1, 30)}-{n % 20 + 1} {f.pick(['Jingumae', 'Umeda', 'Tenjin'])}",
        "KR": f"{n} {f.pick(['Teheran-ro', 'Haeundae-ro', 'Sejong-daero'])}",
        "CN": f"{n} {f.pick(['Nanjing Road', 'Shennan Avenue', 'Renmin Road'])}",
        "MX": f"{f.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Chapultepec'])} {n * 3}",
        "PH": f"{n} {f.pick(['Katipunan Ave', 'Osmeña Blvd', 'Aurora Blvd'])}",
        "KE": f"{f.pick(['Ngong Road', 'Moi Avenue', 'Argwings Kodhek Rd'])}, House {n % 60 + 1}",
        "MA": f"{n % 80 + 1} {f.pick(['Rue Ibn Batouta', 'Bd Zerktouni', 'Avenue Hassan II'])}",
        "PL": f"ul. {f.pick(['Lipowa', 'Mickiewicza', 'Floriańska'])} {n % 90 + 1}",
        "TR": f"{f.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'İstiklal Cad.'])} No:{n}",  # noqa: RUF001
        "VN": f"{n} {f.pick(['Lý Thường Kiệt', 'Nguyễn Huệ', 'Trần Hưng Đạo'])}",
        "IE": f"{n % 90 + 1} {f.pick(['Pembroke Road', 'Main Street', 'Grand Parade'])}",
    }
    return forms[region]


def zip_for(f: Fake, region: str, prefix: str) -> str:
    if region == "IN":
        return prefix + digits(f, 3)
    if region == "US":
        return prefix + digits(f, 2)
    if region == "FR":
        return prefix + digits(f, 2)
    up = string.ascii_uppercase
    if region == "IE":
        return f"{prefix}{f.r.randint(1, 9)} {f.pick(up)}{digits(f, 1)}{f.pick(up)}{digits(f, 1)}"
    if region == "JP":
        return f"{prefix}-{digits(f, 4)}"
    if region == "PL":
        return f"{prefix}{digits(f, 1)}-{digits(f, 3)}"
    if region == "BR":
        return f"{prefix}-{digits(f, 3)}"
    width = {"CN": 6, "PH": 4, "NG": 6}.get(region, 5)
    return (prefix + digits(f, 6))[:width]


class Person:
    def __init__(self, f: Fake, region: str, born: tuple[int, int]):
        firsts, lasts = NAMES[region]
        self.region = region
        self.first = f.pick(firsts)
        self.last = f.pick(lasts)
        self.full = f"{self.first} {self.last}"
        local = ascii_fold(self.first), ascii_fold(self.last)
        pattern = f.pick(["{a}.{b}", "{a}{b}{n}", "{a}_{b}", "{i}{b}", "{a}.{b}{n}", "{b}.{a}"])
        user = pattern.format(a=local[0], b=local[1], i=local[0][:1], n=f.r.randint(1, 99))
        self.email = f"{user}@{f.pick(MAIL.get(region, MAIL['*']))}"
        self.work_email = f"{local[0]}.{local[1]}@{f.pick(WORK_DOMAINS)}"
        self.phone = phone_for(f, region)
        city, state, prefix = f.pick(CITIES[region])
        self.city, self.state = city, state
        self.zip = zip_for(f, region, prefix)
        self.street = street_for(f, region)
        self.country = {"IN": "IN", "US": "US", "FR": "FR"}.get(region, region)
        y, m, d = f.r.randint(*born), f.r.randint(1, 12), f.r.randint(1, 28)
        self.dob_iso = f"{y}-{m:02d}-{d:02d}"
        self.dob_fr = f"{d:02d}/{m:02d}/{y}"
        self.dob_us = f"{m:02d}/{d:02d}/{y}"
        self.year = y


BORN = {
    "user": (1978, 2007),
    "student": (2006, 2011),
    "guardian": (1968, 1990),
    "candidate": (1968, 2002),
    "staff": (1965, 1998),
}


class CastFake(Fake):
    """A Fake with one cast of people per message, so names, e-mails and phones agree."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.cast: dict[tuple[str, str | None], Person] = {}
        self.memo_values: dict[str, Any] = {}

    def new_message(self) -> None:
        self.cast = {}
        self.memo_values = {}

    def who(self, role: str = "user", region: str | None = None) -> Person:
        key = (role, region)
        if key not in self.cast:
            if region is None:
                roll = self.r.random()
                region = (
                    "IN"
                    if roll < 0.32
                    else "US"
                    if roll < 0.58
                    else "FR"
                    if roll < 0.76
                    else self.pick(OTHER)
                )
            self.cast[key] = Person(self, region, BORN.get(role.split(":")[0], (1960, 2000)))
        return self.cast[key]

    def memo(self, key: str, make):
        if key not in self.memo_values:
            self.memo_values[key] = make()
        return self.memo_values[key]


def who(role="user", region=None, attr="full"):
    return lambda f: getattr(f.who(role, region), attr)


def pick(items):
    return lambda f: f.pick(items)


def rint(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def money(lo, hi):
    return lambda f: round(f.r.uniform(lo, hi), 2)


def coin():
    return lambda f: f.r.random() < 0.5


def uid():
    return lambda f: f.uuid()


def iso():
    return lambda f: f.iso()


def prefixed(prefix, n=8):
    return lambda f: prefix + f.digits(n)


def alnum(f: Fake, n: int, alphabet=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


# -- identifiers with real structure ---------------------------------------------------------------

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
    body = str(f.r.randint(2, 9)) + digits(f, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    number = body + str(_VINV[c])
    return f.pick([number, f"{number[:4]} {number[4:8]} {number[8:]}"])


def pan(f: Fake) -> str:
    up = string.ascii_uppercase
    return alnum(f, 3, up) + "P" + f.pick(up) + digits(f, 4) + f.pick(up)


def uan(f: Fake) -> str:
    return "10" + digits(f, 10)


def nir(f: Fake) -> str:
    sex, yy, mm = f.r.choice("12"), f"{f.r.randint(60, 99):02d}", f"{f.r.randint(1, 12):02d}"
    dept = f.pick(["75", "69", "13", "31", "59", "44", "33", "67", "35", "93"])
    commune, order = f"{f.r.randint(1, 399):03d}", f"{f.r.randint(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = f"{97 - int(body) % 97:02d}"
    if f.r.random() < 0.5:
        return f"{sex} {yy} {mm} {dept} {commune} {order} {key}"
    return body + key


def ine(f: Fake) -> str:
    return digits(f, 10) + f.pick(string.ascii_uppercase)


def aba(f: Fake) -> str:
    while True:
        d = [int(c) for c in f.pick(["0", "1", "2", "3"]) + digits(f, 8)]
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
            return "".join(map(str, d))


def ifsc(f: Fake) -> str:
    return f.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "YESB"]) + "0" + digits(f, 6)


def upi(f: Fake) -> str:
    p = f.who()
    local = f.pick([ascii_fold(p.first) + "." + ascii_fold(p.last), str(f.r.randint(6, 9)) + digits(f, 9)])
    return f"{local}@{f.pick(['okicici', 'okaxis', 'oksbi', 'ybl', 'paytm', 'upi'])}"


def passport_no(f: Fake, region: str) -> str:
    up = string.ascii_uppercase
    if region == "IN":
        return f.pick(up.replace("Q", "").replace("X", "")) + str(f.r.randint(1, 9)) + digits(f, 6)
    if region == "FR":
        return digits(f, 2) + alnum(f, 2, up) + digits(f, 5)
    if region == "US":
        return f.pick(["", "A"]) + digits(f, 9 if f.r.random() < 0.5 else 8)
    return alnum(f, 2, up) + digits(f, 7)


def driving_licence(f: Fake, region: str) -> str:
    if region == "IN":
        state = f.pick(["KA", "MH", "TN", "DL", "TS", "KL"])
        return f"{state}{f.r.randint(1, 53):02d} {f.r.randint(2005, 2023)}{digits(f, 7)}"
    if region == "FR":
        return digits(f, 12)
    if region == "US":
        return f.pick(string.ascii_uppercase) + digits(f, f.pick([7, 8, 12]))
    return alnum(f, 2, string.ascii_uppercase) + digits(f, 8)


def id_document(f: Fake) -> tuple[str, str]:
    p = f.who()
    kinds = {
        "IN": ["aadhaar", "passport", "drivers_license"],
        "US": ["drivers_license", "passport", "state_id"],
        "FR": ["national_id_card", "passport"],
    }.get(p.region, ["passport"])
    kind = f.pick(kinds)
    if kind == "aadhaar":
        return kind, aadhaar(f)
    if kind == "passport":
        return kind, passport_no(f, p.region)
    if kind == "national_id_card":
        return kind, alnum(f, 12, string.ascii_uppercase + string.digits)
    return kind, driving_licence(f, p.region)


def id_document_for(f: Fake, role: str) -> tuple[str, str]:
    p = f.who(role)
    if p.region == "IN":
        return f.pick(
            [
                ("aadhaar", aadhaar(f)),
                ("passport", passport_no(f, "IN")),
                ("driving_licence", driving_licence(f, "IN")),
            ]
        )
    if p.region in ("US", "FR"):
        return f.pick(
            [("passport", passport_no(f, p.region)), ("driving_licence", driving_licence(f, p.region))]
        )
    return "passport", passport_no(f, p.region)


def hostname(f: Fake) -> str:
    first = ascii_fold(f.who().first).capitalize()
    return f.pick(
        [
            f"{first}s-MacBook-Air",
            f"{first}s-iPhone",
            f"Galaxy-S23-{first}",
            f"{first.lower()}-thinkpad",
            f"{first}s-MBP",
        ]
    )


def interviewer(f: Fake, new: bool = False) -> "Person":
    """One panel member per array item: the name picks who, the e-mail follows."""
    if new or "panel" not in f.memo_values:
        f.memo_values["panel"] = f.r.randint(1, 3)
    return f.who(f"interviewer:{f.memo_values['panel']}")


def meet_link(f: Fake) -> str:
    low = string.ascii_lowercase
    return f"https://meet.google.com/{alnum(f, 3, low)}-{alnum(f, 4, low)}-{alnum(f, 3, low)}"


def us_home_address(f: Fake) -> str:
    p = f.who("candidate", "US")
    return f"{p.street}, {p.city}, {p.state} {p.zip}"


def plate(f: Fake) -> str:
    up = string.ascii_uppercase
    return f.pick(
        [
            f"{f.pick(['KA', 'MH', 'DL'])} {f.r.randint(1, 53):02d} {alnum(f, 2, up)} {digits(f, 4)}",
            f"{f.r.randint(1, 9)}{alnum(f, 3, up)}{digits(f, 3)}",
            f"{alnum(f, 2, up)}-{digits(f, 3)}-{alnum(f, 2, up)}",
            f"{alnum(f, 2, up)}{f.r.randint(10, 73)} {alnum(f, 3, up)}",
        ]
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def photo_url(kind: str):
    host = {
        "avatar": "cdn.lumenlearn.com/avatars",
        "selfie": "kyc.lumenlearn.com/s",
        "doc": "kyc.lumenlearn.com/d",
    }
    return lambda f: f"https://{host[kind]}/{f.hexid(20)}.jpg"


def linkedin(f: Fake) -> str:
    p = f.who("candidate")
    return f"https://www.linkedin.com/in/{ascii_fold(p.first)}-{ascii_fold(p.last)}-{f.hexid(6)}"


def password(f: Fake) -> str:
    p = f.who()
    return f.pick(
        [
            ascii_fold(p.first).capitalize() + str(f.r.randint(1970, 2024)) + f.pick(["!", "@", "#", ""]),
            alnum(f, 14, string.ascii_letters + string.digits + "!@#$%"),
            f.pick(["Sunshine", "Coffee", "Monsoon", "Paris", "Chennai"])
            + f.pick(["@", "_", "#"])
            + digits(f, 3),
            "deskco" + digits(f, 4) + f.pick(["!", "?"]),
        ]
    )


def google_token(f: Fake) -> str:
    return "ya29.a0" + alnum(f, 150, string.ascii_letters + string.digits + "-_")


def google_refresh(f: Fake) -> str:
    return "1//0g" + alnum(f, 98, string.ascii_letters + string.digits + "-_")


def slack_hook(f: Fake) -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T0{alnum(f, 8, up)}/B0{alnum(f, 8, up)}/{alnum(f, 24)}"


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def ctc(f: Fake) -> int:
    p = f.who("candidate")
    if p.region == "IN":
        return f.r.randint(4, 60) * 100000
    return f.r.randint(45, 260) * 1000


# -- free text ---------------------------------------------------------------------------------------


def peer_text(f: Fake) -> str:
    e = f.who().email
    return f.pick(
        [
            f"hey can you share your notes from week 3? my email is {e}",
            f"Sure, send the dataset to {e} and I'll review tonight",
            f"Add me to the study group doc: {e}",
            f"mail me at {e} pls, the app keeps crashing",
            f"{e} is my personal mail, the college one bounces",
        ]
    )


def support_input(f: Fake) -> str:
    e = f.who().email
    return f.pick(
        [
            f"I paid but the course is still locked. My account email is {e}",
            f"Cannot log in, tried resetting password for {e} twice",
            f"Please change my login to {e}",
            f"Need a GST invoice for order, registered with {e}",
            f"hi, certificate not received on {e}",
        ]
    )


def accommodation_note(f: Fake) -> str:
    return f.pick(
        [
            "Diagnosed with dyslexia in 2019, needs 25% extra time",
            "ADHD - requests a short break every 45 minutes",
            "Low vision, uses a screen magnifier at 300%",
            "Type 1 diabetes, may need to eat and check glucose during the exam",
            "Hearing impairment; needs captions on all video questions",
            "Epilepsy - no flashing content, separate room please",
            "Uses a wheelchair, needs an accessible test centre",
            "Generalised anxiety disorder, letter from psychiatrist attached",
        ]
    )


def candidate_note(f: Fake) -> str:
    p = f.who("candidate").phone
    return f.pick(
        [
            f"Candidate asked to be called on {p} after 6pm",
            f"Prefers WhatsApp: {p}",
            f"New number {p}, old one disconnected",
            f"Call back on {p} re: notice period buyout",
            f"Reachable at {p} on weekdays only",
        ]
    )


def recruiter_message(f: Fake) -> str:
    c, r = f.who("candidate"), f.who("recruiter")
    return f.pick(
        [
            f"Hi {c.first}, loved your profile. Free for a quick call this week? {r.full}, {r.phone}",
            f"Hello {c.first}, following up on the Data Engineer role. Call me on {r.phone}. {r.first}",
            f"Hi {c.first}! Your interview is confirmed. Questions? {r.phone} ({r.full})",
            f"{c.first}, can we move the call to 4pm? My direct line is {r.phone}",
        ]
    )


def visitor_label(f: Fake) -> str:
    g, h = f.who("guest"), f.who("host")
    return f.pick(
        [
            f"VISITOR\n{g.full}\nHost: {h.full}",
            f"{g.full.upper()} | Guest of {h.first} {h.last[:1]}.",
            f"GUEST - {g.full}",
        ]
    )


def form_value(f: Fake) -> str:
    field = f.memo("form_field", lambda: f.pick(["email", "phone", "email"]))
    return f.who("candidate").email if field == "email" else f.who("candidate").phone


def cv_file(f: Fake) -> str:
    c = f.who("candidate")
    return f.pick(
        [
            f"{c.first}_{c.last}_CV.pdf",
            f"{c.first} {c.last} Resume 2024.docx",
            f"Resume-{c.first}{c.last}.pdf",
            f"CV_{c.last.upper()}_{c.first}.pdf",
        ]
    )


GREEN_FORUM = [
    "Does anyone know why my gradient descent diverges with lr=0.1?",
    "Week 4 lab: the autograder says timeout on test 7",
    "Great explanation of p-values in lecture 3!",
    "Is the final project individual or in teams?",
    "Can someone explain the difference between L1 and L2 regularisation?",
]
GREEN_APPRECIATION = [
    "Bon trimestre, élève sérieux et impliqué.",
    "Des efforts à poursuivre en expression écrite.",
    "Résultats en progrès, continuez ainsi.",
    "Travail irrégulier, participation insuffisante.",
    "Excellent trimestre, félicitations du conseil.",
]
GREEN_PROCTOR = [
    "Candidate looked away from the screen repeatedly",
    "Second voice heard in the background",
    "Phone visible on desk at 00:14:32",
    "False positive: lighting change",
    "Candidate left camera view for about 40s",
]
GREEN_FEEDBACK = [
    "Solid system design, clear trade-offs on caching.",
    "Strong SQL, needs more depth on streaming.",
    "Communicated well, structured the problem quickly.",
    "Struggled with the take-home debrief.",
    "Good culture add, very collaborative.",
]
GREEN_REFERENCE = [
    "Delivered the billing migration ahead of schedule.",
    "Reliable, mentors juniors, would hire again.",
    "Great with clients, sometimes over-commits.",
    "Strong analyst, quiet in large meetings.",
]
COURSES = [
    ("Python for Data Science", "DS"),
    ("Machine Learning Foundations", "ML"),
    ("Full-Stack Web Development", "WEB"),
    ("Digital Marketing Essentials", "MKT"),
    ("Financial Accounting 101", "FIN"),
    ("UPSC Prelims Crash Course", "GOV"),
    ("Préparation au TOEIC", "LNG"),
    ("AWS Solutions Architect Prep", "CLD"),
    ("Spoken English for Professionals", "LNG"),
]
SKILLS = ["Python", "SQL", "Spark", "React", "Kubernetes", "Excel", "Figma", "Java", "Go", "Tableau", "dbt"]
JOB_TITLES = [
    "Senior Data Engineer",
    "Product Designer",
    "Backend Developer (Go)",
    "Account Executive",
    "HR Business Partner",
    "Chef de projet digital",
    "Staff Nurse",
    "Customer Success Manager",
]
LOCATIONS_DC = ["Desk&Co Koramangala", "Desk&Co Shoreditch", "Desk&Co Le Marais", "Desk&Co South Congress"]


# -- contexts ----------------------------------------------------------------------------------------

APPS = {
    "lumen": ("Lumen Learn", "com.lumenlearn.app", "learn.lumenlearn.com"),
    "hirewell": ("Hirewell", "com.hirewell.jobs", "www.hirewell.io"),
    "deskco": ("Desk&Co", "co.deskandco.members", "app.deskandco.com"),
}
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]


class Opt:
    """A template present in a fraction p of messages."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item, self.p = item, p


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


def ip_any():
    return lambda f: f.ipv4() if f.r.random() < 0.8 else f.ipv6()


TITLES = {
    "lumen": ["Lumen Learn", "Python for Data Science | Lumen Learn", "Checkout | Lumen Learn"],
    "hirewell": ["Hirewell | Jobs", "Senior Data Engineer - Bengaluru | Hirewell", "Apply | Hirewell"],
    "deskco": ["Desk&Co - Book a desk", "Shoreditch | Desk&Co", "Register a guest | Desk&Co"],
}


def web_context(brand: str):
    _, _, host = APPS[brand]
    paths = {
        "lumen": [
            "/courses",
            "/courses/python-for-data-science",
            "/checkout",
            "/exams/schedule",
            "/dashboard",
        ],
        "hirewell": [
            "/jobs",
            "/jobs/senior-data-engineer-bengaluru-48213",
            "/apply/48213",
            "/profile",
            "/ats/pipeline",
        ],
        "deskco": ["/book", "/locations/shoreditch", "/guests/new", "/signup", "/account/billing"],
    }[brand]
    return {
        "library": {
            "name": G(pick(["analytics.js"])),
            "version": G(pick(["npm:next-1.70.0", "next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: f.memo("page", lambda: f.pick(paths))),
            "referrer": G(
                pick(["", "https://www.google.com/", "https://www.linkedin.com/", "https://t.co/x7Qm2"])
            ),
            "search": G(pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=nav", "?page=2"])),
            "title": G(pick(TITLES[brand])),
            "url": G(lambda f: f"https://{host}" + f.memo("page", lambda: f.pick(paths))),
        },
        "userAgent": G(pick(UAS)),
        "userAgentData": Opt(
            {
                "brands": Many(
                    {
                        "brand": G(pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])),
                        "version": G(pick(["124", "99", "123"])),
                    },
                    3,
                ),
                "mobile": G(coin()),
                "platform": G(pick(["Windows", "macOS", "Android", "Linux"])),
            },
            0.6,
        ),
        "locale": G(pick(["en-IN", "en-US", "fr-FR", "hi-IN", "en-GB"])),
        "timezone": G(
            pick(["Asia/Kolkata", "America/New_York", "Europe/Paris", "America/Chicago", "Europe/London"])
        ),
        "ip": Y(ip_any(), "ip"),
        "campaign": Opt(
            {
                "name": G(pick(["diwali_sale", "back_to_school", "q2_hiring_push", "coworking_trial"])),
                "source": G(pick(["google", "facebook", "newsletter", "linkedin"])),
                "medium": G(pick(["cpc", "email", "social", "paid_social"])),
                "term": G(pick(["data science course", "remote jobs", "coworking near me", "toeic"])),
                "content": G(pick(["hero_banner", "carousel_2", "textlink"])),
            },
            0.3,
        ),
        "consent": Opt(
            {
                "categoryPreferences": {
                    "Advertising": G(coin()),
                    "Analytics": G(coin()),
                }
            },
            0.4,
        ),
    }


def swift_context(brand: str):
    name, ns, _ = APPS[brand]
    return {
        "app": {
            "name": G(pick([name])),
            "version": G(pick(["4.18.0", "4.19.2", "2.3.1"])),
            "build": G(pick(["41800", "41902", "231"])),
            "namespace": G(pick([ns])),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pick(["Apple"])),
            "model": G(ios_model),
            "name": G(lambda f: "iPad" if ios_model(f).startswith("iPad") else "iPhone"),
            "type": G(pick(["ios"])),
            "adTrackingEnabled": G(coin()),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.4),
        },
        "library": {"name": G(pick(["analytics-swift"])), "version": G(pick(["1.5.11", "1.6.0"]))},
        "network": {
            "wifi": G(coin()),
            "cellular": G(coin()),
            "carrier": G(pick(["Jio", "AT&T", "Orange F", "Airtel", "T-Mobile"])),
        },
        "os": {
            "name": G(lambda f: "iPadOS" if ios_model(f).startswith("iPad") else "iOS"),
            "version": G(pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {"width": G(pick([390, 393, 430])), "height": G(pick([844, 852, 932]))},
        "locale": G(pick(["en-IN", "en-US", "fr-FR"])),
        "timezone": G(pick(["Asia/Kolkata", "America/Los_Angeles", "Europe/Paris"])),
        "instanceId": G(uid()),
        "ip": Y(ip_any(), "ip"),
    }


def kotlin_context(brand: str):
    name, ns, _ = APPS[brand]
    return {
        "app": {
            "name": G(pick([name])),
            "version": G(pick(["4.18.0", "4.19.2", "2.3.1"])),
            "build": G(pick(["418000", "419020", "2031"])),
            "namespace": G(pick([ns])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["samsung", "Xiaomi", "OnePlus", "Google", "vivo"])),
            "model": G(pick(["SM-A546E", "23053RN02I", "CPH2487", "Pixel 8", "V2254"])),
            "name": G(pick(["a54x", "tapas", "OP5958L1", "shiba"])),
            "type": G(pick(["android"])),
            "adTrackingEnabled": G(coin()),
            "advertisingId": Opt(Y(uid(), "advertising id"), 0.5),
            "token": Opt(
                RED(
                    lambda f: (
                        f"{alnum(f, 22)}:APA91b{alnum(f, 134, string.ascii_letters + string.digits + '-_')}"
                    ),
                    "token",
                ),
                0.3,
            ),
        },
        "library": {"name": G(pick(["analytics-kotlin"])), "version": G(pick(["1.15.2", "1.16.3"]))},
        "os": {"name": G(pick(["Android"])), "version": G(pick(["14", "13", "12"]))},
        "screen": {
            "density": G(pick([2.625, 2.75, 3.0])),
            "width": G(pick([1080, 1220])),
            "height": G(pick([2400, 2712])),
        },
        "network": {
            "wifi": G(coin()),
            "cellular": G(coin()),
            "bluetooth": G(coin()),
            "carrier": G(pick(["Jio", "Airtel", "Vi", "Free", "Verizon"])),
        },
        "locale": G(pick(["en-IN", "hi-IN", "en-US", "fr-FR"])),
        "timezone": G(pick(["Asia/Kolkata", "America/New_York", "Europe/Paris"])),
        "userAgent": G(
            pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2487 Build/TP1A.220905.001)",
                ]
            )
        ),
        "instanceId": G(uid()),
        "ip": Y(ip_any(), "ip"),
        "traits": {
            "anonymousId": G(uid()),
            "userId": G(prefixed("usr_", 7)),
            "email": Opt(Y(who(attr="email"), "email"), 0.7),
            "firstName": Opt(Y(who(attr="first"), "name"), 0.6),
            "plan": Opt(G(pick(["free", "plus_monthly", "plus_annual"])), 0.5),
        },
    }


RN_DEVICES = [
    ("Apple", "iPhone14,5", "iPhone", "ios", "iOS", "17.4"),
    ("samsung", "SM-S918B", "dm3q", "android", "Android", "14"),
    ("Xiaomi", "2201117TI", "spes", "android", "Android", "13"),
    ("motorola", "moto g54 5G", "cancunf", "android", "Android", "14"),
]


def rn_device(f: Fake):
    return f.memo("device", lambda: f.pick(RN_DEVICES))


def ios_model(f: Fake) -> str:
    return f.memo("ios_model", lambda: f.pick(["iPhone15,2", "iPhone14,7", "iPhone16,1", "iPad13,18"]))


def rn_context(brand: str):
    name, ns, _ = APPS[brand]
    return {
        "app": {
            "name": G(pick([name])),
            "version": G(pick(["4.18.0", "4.19.2", "2.3.1"])),
            "build": G(pick(["418", "419", "231"])),
            "namespace": G(pick([ns])),
        },
        "device": {
            "id": G(uid()),
            "manufacturer": G(lambda f: rn_device(f)[0]),
            "model": G(lambda f: rn_device(f)[1]),
            "name": G(lambda f: rn_device(f)[2]),
            "type": G(lambda f: rn_device(f)[3]),
            "adTrackingEnabled": G(coin()),
            "advertisingId": Opt(Y(uid(), "advertising id"), 0.3),
        },
        "library": {"name": G(pick(["analytics-react-native"])), "version": G(pick(["2.19.2", "2.20.1"]))},
        "os": {"name": G(lambda f: rn_device(f)[4]), "version": G(lambda f: rn_device(f)[5])},
        "screen": {
            "width": G(pick([390, 412])),
            "height": G(pick([844, 915])),
            "density": G(pick([3, 2.625])),
        },
        "network": {"wifi": G(coin()), "cellular": G(coin())},
        "locale": G(pick(["en-IN", "en-US", "fr-FR", "pt-BR"])),
        "timezone": G(pick(["Asia/Kolkata", "America/Chicago", "Europe/Paris", "America/Sao_Paulo"])),
        "instanceId": G(uid()),
        "ip": Y(ip_any(), "ip"),
        "traits": Opt(
            {"email": Y(who("candidate", attr="email"), "email"), "name": Y(who("candidate"), "name")}, 0.6
        ),
    }


def flutter_context(brand: str):
    name, ns, _ = APPS[brand]
    return {
        "app": {
            "name": G(pick([name])),
            "version": G(pick(["2.3.1", "2.4.0"])),
            "build": G(pick(["231", "240"])),
            "namespace": G(pick([ns])),
        },
        "device": {
            "id": G(uid()),
            "manufacturer": G(pick(["Apple", "samsung", "Google"])),
            "model": G(pick(["iPhone15,3", "SM-S921B", "Pixel 7"])),
            "type": G(pick(["ios", "android"])),
        },
        "library": {"name": G(pick(["analytics-flutter"])), "version": G(pick(["1.1.3", "1.1.5"]))},
        "os": {"name": G(pick(["iOS", "Android"])), "version": G(pick(["17.5", "14"]))},
        "screen": {"width": G(pick([393, 411])), "height": G(pick([852, 914]))},
        "network": {"wifi": G(coin()), "cellular": G(coin())},
        "locale": G(pick(["en-GB", "en-IN", "fr-FR", "en-US"])),
        "timezone": G(pick(["Europe/London", "Asia/Kolkata", "Europe/Paris", "America/Chicago"])),
        "ip": Y(ip_any(), "ip"),
        "location": Opt(
            {
                "latitude": Y(lambda f: round(f.r.uniform(12.9, 51.6), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-97.8, 77.7), 6), "geolocation"),
                "city": Y(who(attr="city"), "city"),
                "country": G(pick(["India", "United Kingdom", "France", "United States"])),
            },
            0.5,
        ),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str, brand: str):
    name, version = SERVER_LIBS[lib]
    role = "candidate" if brand == "hirewell" else "user"
    return {
        "library": {"name": G(pick([name])), "version": G(pick([version]))},
        "ip": Opt(Y(ip_any(), "ip"), 0.3),
        "userAgent": Opt(G(pick(UAS)), 0.2),
        "traits": Opt(
            {
                "email": Y(who(role, attr="email"), "email"),
                "plan": G(pick(["free", "pro", "enterprise", "degree"])),
            },
            0.25,
        ),
        "groupId": Opt(G(prefixed("org_", 6)), 0.2),
        "externalIds": Opt(
            Many(
                {
                    "id": Y(who(role, attr="email"), "email", True),
                    "type": G(pick(["email"])),
                    "collection": G(pick(["users"])),
                    "encoding": G(pick(["none"])),
                },
                1,
            ),
            0.15,
        ),
    }


def context_for(client: str, brand: str):
    if client == "web":
        return web_context(brand)
    if client == "swift":
        return swift_context(brand)
    if client == "kotlin":
        return kotlin_context(brand)
    if client == "rn":
        return rn_context(brand)
    if client == "flutter":
        return flutter_context(brand)
    return server_context(client, brand)


# -- shared pieces -----------------------------------------------------------------------------------


def course(f: Fake):
    return f.memo("course", lambda: f.pick(COURSES))


def course_item(full: bool = False):
    item = {
        "product_id": G(prefixed("crs_", 6)),
        "sku": G(lambda f: f"LL-{course(f)[1]}-{f.r.randint(100, 999)}"),
        "name": G(lambda f: course(f)[0]),
        "category": G(pick(["Data", "Technology", "Business", "Test Prep", "Languages"])),
        "price": G(lambda f: f.pick([0, 499, 1299, 3999, 49, 129, 79.99])),
        "quantity": G(pick([1])),
    }
    if full:
        item.update(
            {
                "variant": G(pick(["self-paced", "cohort", "with certificate"])),
                "url": G(
                    lambda f: "https://learn.lumenlearn.com/courses/" + course(f)[0].lower().replace(" ", "-")
                ),
                "image_url": G(lambda f: f"https://cdn.lumenlearn.com/covers/{f.hexid(12)}.webp"),
            }
        )
    return item


def billing_address(role="user"):
    return {
        "name": Y(who(role), "name"),
        "line1": Y(who(role, attr="street"), "address|street"),
        "city": Y(who(role, attr="city"), "city"),
        "state": G(who(role, attr="state")),
        "postal_code": Y(who(role, attr="zip"), "zipcode"),
        "country": G(who(role, attr="country")),
    }


PAGE_PATHS = {
    "Course Catalog": "/courses",
    "Course Detail": "/courses/machine-learning-foundations",
    "Pricing": "/pricing",
    "Checkout": "/checkout",
    "Exam Schedule": "/exams/schedule",
    "Job Search": "/jobs",
    "Job Detail": "/jobs/staff-nurse-austin-51022",
    "Apply": "/apply/51022",
    "Candidate Pipeline": "/ats/pipeline",
    "Profile": "/profile",
    "Locations": "/locations",
    "Book": "/book",
    "Guests": "/guests",
    "Billing": "/account/billing",
}


def page_props(brand: str, names: list[str]):
    host = APPS[brand][2]

    def page(f: Fake) -> str:
        return f.memo("page_name", lambda: f.pick(names))

    return {
        "name": G(page),
        "path": G(lambda f: PAGE_PATHS[page(f)]),
        "url": G(lambda f: f"https://{host}{PAGE_PATHS[page(f)]}"),
        "title": G(lambda f: f"{page(f)} | {APPS[brand][0]}"),
        "referrer": G(pick(["", "https://www.google.com/", "https://duckduckgo.com/"])),
        "search": G(pick(["", "?utm_source=google", "?ref=footer"])),
    }


# -- Lumen Learn -------------------------------------------------------------------------------------

LUMEN = [
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(who(attr="email"), "email"),
            "firstName": Y(who(attr="first"), "name"),
            "lastName": Y(who(attr="last"), "name"),
            "phone": Y(who(attr="phone"), "phone"),
            "birthday": Y(who(attr="dob_iso"), "birthdate"),
            "city": Y(who(attr="city"), "city"),
            "country": G(who(attr="country")),
            "preferredLanguage": G(pick(["en", "hi", "fr", "ta", "es"])),
            "learnerType": G(pick(["self_paced", "cohort", "enterprise_seat"])),
            "plan": G(pick(["free", "plus_monthly", "plus_annual", "degree"])),
            "createdAt": G(iso()),
            "emailVerified": G(coin()),
            "isMinor": G(coin()),
            "avatar": Opt(Y(photo_url("avatar"), "photo"), 0.6),
            "marketingOptIn": G(coin()),
            "pincode": Opt(Y(who(attr="zip"), "zipcode"), 0.7),
            "referralCode": G(lambda f: "LUMEN-" + alnum(f, 6, string.ascii_uppercase + string.digits)),
        },
        3,
    ),
    (
        "track",
        "Signed Up",
        ["web", "swift", "kotlin"],
        {
            "method": G(pick(["email", "google", "apple", "phone_otp"])),
            "email_domain": G(pick(["gmail.com", "yahoo.co.in", "outlook.com", "orange.fr"])),
            "age_bracket": G(pick(["13-17", "18-24", "25-34", "35-44", "45+"])),
            "country": G(pick(["IN", "US", "FR", "NG", "BR"])),
            "referral_code": Opt(G(lambda f: "LUMEN-" + alnum(f, 6, string.ascii_uppercase)), 0.3),
            "needs_guardian_consent": G(coin()),
        },
        2,
    ),
    (
        "track",
        "Guardian Consent Requested",
        ["node"],
        {
            "student_id": G(prefixed("usr_", 7)),
            "student_age": G(rint(12, 17)),
            "guardian": {
                "first_name": Y(who("guardian", attr="first"), "name"),
                "last_name": Y(who("guardian", attr="last"), "name"),
                "email": Y(who("guardian", attr="email"), "email"),
                "mobile": Y(who("guardian", attr="phone"), "phone"),
                "relationship": G(pick(["mother", "father", "legal guardian", "grandparent", "aunt"])),
            },
            "consent_channel": G(pick(["email", "sms", "whatsapp"])),
            "reminder_count": G(rint(0, 3)),
            "expires_at": G(iso()),
        },
        1,
    ),
    (
        "track",
        "Guardian Consent Given",
        ["node", "web"],
        {
            "student_id": G(prefixed("usr_", 7)),
            "consent_id": G(uid()),
            "guardian_ip": Y(ip_any(), "ip"),
            "signature_name": Y(who("guardian"), "name"),
            "signed_at": G(iso()),
            "coppa": G(coin()),
            "consent_version": G(pick(["2023-11", "2024-03", "2024-08"])),
        },
        1,
    ),
    (
        "track",
        "Products Searched",
        ["web", "kotlin", "swift"],
        {
            "query": G(
                pick(["python", "data science course", "upsc", "toeic", "excel for beginners", "aws exam"])
            ),
            "results": G(rint(0, 140)),
            "filters": {
                "level": G(pick(["beginner", "intermediate", "advanced", "any"])),
                "price": G(pick(["free", "paid", "any"])),
            },
        },
        2,
    ),
    (
        "track",
        "Product Viewed",
        ["web", "kotlin", "swift"],
        {
            **course_item(full=True),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "value": G(money(0, 4000)),
            "instructor": Y(who("instructor:lumen"), "name", True),
            "rating": G(money(3.2, 5)),
            "level": G(pick(["beginner", "intermediate", "advanced"])),
        },
        2,
    ),
    (
        "track",
        "Product Added",
        ["web", "kotlin"],
        {
            "cart_id": G(uid()),
            **course_item(),
            "coupon": Opt(G(pick(["DIWALI40", "BACK2SCHOOL", "FIRST100"])), 0.4),
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(prefixed("LL", 9)),
            "value": G(money(5, 5000)),
            "revenue": G(money(5, 5000)),
            "tax": G(money(0, 900)),
            "discount": G(money(0, 500)),
            "coupon": G(pick(["", "DIWALI40", "FIRST100", "BACK2SCHOOL"])),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "products": Many(course_item(), 3),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "kotlin"],
        {
            "checkout_id": G(uid()),
            "order_id": G(prefixed("LL", 9)),
            "payment_method": G(pick(["upi", "card", "netbanking", "paypal", "wallet"])),
            "card_brand": G(pick(["visa", "mastercard", "rupay", "amex"])),
            "card_last4": G(lambda f: digits(f, 4)),
            "card_bin": G(lambda f: f.pick(["4", "5", "6"]) + digits(f, 5)),
        },
        1,
    ),
    (
        "track",
        "UPI Collect Requested",
        ["node"],
        {
            "order_id": G(prefixed("LL", 9)),
            "amount": G(lambda f: f.pick([499, 1299, 3999, 7999])),
            "currency": G(pick(["INR"])),
            "vpa": RED(upi, "bank account"),
            "psp": G(pick(["razorpay", "cashfree", "payu"])),
            "payer_name": Y(who(), "name"),
            "expires_in_sec": G(pick([300, 600, 900])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["node", "python"],
        {
            "order_id": G(prefixed("LL", 9)),
            "checkout_id": G(uid()),
            "total": G(money(5, 5000)),
            "subtotal": G(money(5, 5000)),
            "tax": G(money(0, 900)),
            "discount": G(money(0, 500)),
            "coupon": G(pick(["", "DIWALI40", "FIRST100"])),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "payment_method": G(pick(["upi", "card", "netbanking", "paypal"])),
            "products": Many(course_item(), 2),
            "billing_address": billing_address(),
            "invoice_number": G(lambda f: f"LL/24-25/{f.digits(6)}"),
            "customer_email": Y(who(attr="email"), "email"),
            "customer_phone": Y(who(attr="phone"), "phone"),
        },
        2,
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(prefixed("LL", 9)),
            "refund_id": G(lambda f: "rfnd_" + alnum(f, 14)),
            "total": G(money(5, 5000)),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "reason": G(pick(["requested_by_customer", "duplicate", "course_cancelled"])),
            "days_since_purchase": G(rint(0, 30)),
        },
        1,
    ),
    (
        "track",
        "Payment Failed",
        ["node"],
        {
            "payment_intent": G(lambda f: "pi_3" + alnum(f, 23)),
            "amount": G(lambda f: f.pick([4900, 12900, 7999, 19900])),
            "currency": G(pick(["usd", "eur"])),
            "decline_code": G(
                pick(["insufficient_funds", "do_not_honor", "expired_card", "authentication_required"])
            ),
            "payment_method_details": {
                "card": {
                    "brand": G(pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: digits(f, 4)),
                    "exp_month": G(rint(1, 12)),
                    "exp_year": G(rint(2025, 2031)),
                    "country": G(pick(["US", "FR", "IN", "GB"])),
                    "fingerprint": G(lambda f: alnum(f, 16)),
                }
            },
            "billing_details": {
                "name": Y(who(), "name"),
                "email": Y(who(attr="email"), "email"),
                "phone": Y(who(attr="phone"), "phone"),
                "address": {
                    "line1": Y(who(attr="street"), "address|street"),
                    "city": Y(who(attr="city"), "city"),
                    "postal_code": Y(who(attr="zip"), "zipcode"),
                    "state": G(who(attr="state")),
                    "country": G(who(attr="country")),
                },
            },
        },
        1,
    ),
    (
        "track",
        "Lead Submitted",
        ["node"],
        {
            "lead_id": G(uid()),
            "program": G(pick(["Online MBA", "BSc Data Science", "PG Diploma in AI"])),
            "user_data": {
                "em": Y(lambda f: sha256(f.who().email.lower()), "email"),
                "ph": Y(lambda f: sha256("".join(c for c in f.who().phone if c.isdigit())), "phone"),
                "client_ip_address": Y(ip_any(), "ip"),
                "client_user_agent": G(pick(UAS)),
                "fbp": Y(fbp, "advertising id"),
                "external_id": G(lambda f: sha256("usr_" + f.digits(7))),
            },
        },
        1,
    ),
    (
        "track",
        "Referral Sent",
        ["web", "swift"],
        {
            "referral_code": G(lambda f: "LUMEN-" + alnum(f, 6, string.ascii_uppercase)),
            "channel": G(pick(["email", "whatsapp", "copy_link"])),
            "recipient_email": Y(who("friend", attr="email"), "email"),
            "recipient_name": Y(who("friend", attr="first"), "name"),
            "reward_amount": G(pick([100, 200, 10])),
        },
        1,
    ),
    (
        "track",
        "Gift Course Purchased",
        ["web"],
        {
            "order_id": G(prefixed("LL", 9)),
            "product_id": G(prefixed("crs_", 6)),
            "recipient": {"name": Y(who("friend"), "name"), "email": Y(who("friend", attr="email"), "email")},
            "gift_message": G(
                pick(
                    [
                        "Happy birthday! Enjoy learning",
                        "Congrats on the new job!",
                        "For your exam prep",
                        "Bonne chance !",
                    ]
                )
            ),
            "send_on": G(lambda f: f.date(2024, 2025)),
        },
        1,
    ),
    (
        "screen",
        "Course Player",
        ["swift", "kotlin"],
        {
            "course_id": G(prefixed("crs_", 6)),
            "lesson_id": G(prefixed("lsn_", 8)),
            "lesson_title": G(
                pick(["Intro to pandas", "Gradient descent", "Les temps du passé", "Indian Polity: Part 3"])
            ),
            "position_sec": G(rint(0, 3600)),
            "playback_rate": G(pick([1, 1.25, 1.5, 2])),
        },
        2,
    ),
    (
        "track",
        "Lesson Completed",
        ["swift", "kotlin", "web"],
        {
            "course_id": G(prefixed("crs_", 6)),
            "lesson_id": G(prefixed("lsn_", 8)),
            "duration_sec": G(rint(60, 3600)),
            "completion_pct": G(rint(80, 100)),
            "offline": G(coin()),
            "streak_days": G(rint(0, 200)),
        },
        3,
    ),
    (
        "track",
        "Quiz Submitted",
        ["web", "kotlin"],
        {
            "quiz_id": G(prefixed("qz_", 6)),
            "score": G(rint(0, 20)),
            "max_score": G(pick([10, 20, 25])),
            "passed": G(coin()),
            "time_spent_sec": G(rint(60, 2400)),
            "answers": Many(
                {
                    "question_id": G(prefixed("q_", 5)),
                    "answer": G(pick(["B", "True", "photosynthesis", "O(n log n)", "SELECT DISTINCT", "42"])),
                    "correct": G(coin()),
                },
                4,
            ),
        },
        2,
    ),
    (
        "track",
        "Assignment Submitted",
        ["web"],
        {
            "assignment_id": G(prefixed("asg_", 6)),
            "course_id": G(prefixed("crs_", 6)),
            "file_name": G(
                pick(["week3-regression.ipynb", "final_project.zip", "essay_draft2.docx", "lab4.py"])
            ),
            "word_count": G(rint(150, 4000)),
            "sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Peer Message Sent",
        ["swift", "kotlin", "web"],
        {
            "thread_id": G(uid()),
            "recipient_id": G(prefixed("usr_", 7)),
            "text": Y(peer_text, "email", True),
            "char_count": G(rint(20, 200)),
            "has_attachment": G(coin()),
        },
        1,
    ),
    (
        "track",
        "Discussion Post Created",
        ["web"],
        {
            "post_id": G(prefixed("pst_", 7)),
            "course_id": G(prefixed("crs_", 6)),
            "title": G(
                pick(["Week 4 lab help", "Final project teams?", "Lecture 3 question", "Autograder timeout"])
            ),
            "body": G(pick(GREEN_FORUM)),
        },
        1,
    ),
    (
        "track",
        "Support Chat Started",
        ["web", "swift"],
        {
            "conversation_id": G(lambda f: "conv_" + alnum(f, 12)),
            "topic": G(pick(["billing", "login", "certificate", "exam"])),
            "input": Y(support_input, "email", True),
            "wait_time_sec": G(rint(0, 900)),
        },
        1,
    ),
    (
        "track",
        "Callback Requested",
        ["web", "kotlin"],
        {
            "lead_id": G(uid()),
            "program": G(pick(["Online MBA", "BSc Data Science", "PG Diploma in AI"])),
            "contact": Y(who("user", "IN", "phone"), "phone", True),
            "preferred_time": G(pick(["morning", "afternoon", "evening", "weekend"])),
            "preferred_language": G(pick(["English", "Hindi", "Tamil", "Marathi"])),
        },
        1,
    ),
    (
        "track",
        "Exam Scheduled",
        ["web"],
        {
            "exam_id": G(prefixed("exm_", 6)),
            "course_id": G(prefixed("crs_", 6)),
            "slot_start": G(iso()),
            "slot_timezone": G(pick(["Asia/Kolkata", "America/New_York", "Europe/Paris"])),
            "proctoring": G(pick(["live", "recorded", "ai"])),
            "test_center": G(pick(["Online", "Lumen Test Centre Pune", "Centre d'examen Lyon Part-Dieu"])),
            "accommodations": {
                "extra_time_pct": RED(pick([0, 25, 50, 100]), "disability"),
                "screen_reader": RED(coin(), "disability"),
                "separate_room": RED(coin(), "disability"),
                "rest_breaks": RED(coin(), "disability"),
            },
        },
        1,
    ),
    (
        "track",
        "Exam Rescheduled",
        ["web", "kotlin"],
        {
            "exam_id": G(prefixed("exm_", 6)),
            "new_slot": G(iso()),
            "reason": G(pick(["work_conflict", "travel", "technical_issue", "other"])),
            "religious_observance": RED(coin(), "religion"),
        },
        1,
    ),
    (
        "track",
        "ID Verification Submitted",
        ["python"],
        {
            "verification_id": G(lambda f: "idv_" + alnum(f, 16)),
            "exam_id": G(prefixed("exm_", 6)),
            "provider": G(pick(["onfido", "persona", "in-house"])),
            "document": {
                "type": G(lambda f: f.memo("doc", lambda: id_document(f))[0]),
                "number": RED(
                    lambda f: f.memo("doc", lambda: id_document(f))[1], "passport|national id|license"
                ),
                "issuing_country": G(who(attr="country")),
                "expiry_date": G(lambda f: f.date(2025, 2034)),
            },
            "name_on_document": Y(lambda f: f.who().full.upper(), "name"),
            "date_of_birth": Y(who(attr="dob_iso"), "birthdate"),
            "address_on_document": Y(lambda f: f"{f.who().street}, {f.who().city} {f.who().zip}", "address"),
            "selfie_url": Y(photo_url("selfie"), "photo"),
            "document_front_url": Y(photo_url("doc"), "photo"),
            "face_match_score": G(money(0.5, 1)),
            "liveness_passed": G(coin()),
            "status": G(pick(["approved", "review", "declined"])),
        },
        2,
    ),
    (
        "track",
        "Exam Started",
        ["web", "kotlin"],
        {
            "exam_id": G(prefixed("exm_", 6)),
            "attempt_id": G(uid()),
            "lockdown_browser": G(coin()),
            "webcam_on": G(coin()),
            "client_ip": Y(ip_any(), "ip"),
            "geo": {
                "lat": Y(lambda f: round(f.r.uniform(8, 49), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-122, 88), 5), "geolocation"),
                "accuracy_m": G(rint(5, 2000)),
            },
        },
        2,
    ),
    (
        "track",
        "Proctor Flag Raised",
        ["java"],
        {
            "exam_id": G(prefixed("exm_", 6)),
            "attempt_id": G(uid()),
            "flag_type": G(pick(["face_not_detected", "multiple_faces", "phone_detected", "tab_switch"])),
            "confidence": G(money(0.3, 1)),
            "frame_ts_ms": G(rint(1000, 7200000)),
            "snapshot_url": Y(lambda f: f"https://proctor.lumenlearn.com/frames/{f.uuid()}.jpg", "photo"),
            "proctor_id": G(prefixed("stf_", 4)),
            "proctor_name": Y(who("proctor:lumen"), "name"),
            "comment": G(pick(GREEN_PROCTOR)),
        },
        1,
    ),
    (
        "track",
        "Exam Graded",
        ["java"],
        {
            "exam_id": G(prefixed("exm_", 6)),
            "attempt_id": G(uid()),
            "score": G(rint(0, 100)),
            "grade": G(pick(["A", "B+", "B", "C", "F"])),
            "passed": G(coin()),
            "graded_by": Y(who("grader:lumen"), "name", True),
            "grader_id": G(prefixed("stf_", 4)),
        },
        1,
    ),
    (
        "track",
        "Accommodation Requested",
        ["web"],
        {
            "request_id": G(prefixed("acc_", 6)),
            "accommodation_type": RED(
                pick(["extra_time", "screen_reader", "separate_room", "sign_language_interpreter"]),
                "disability",
            ),
            "disability_category": RED(
                pick(["learning", "visual", "hearing", "mobility", "chronic_illness", "mental_health"]),
                "disability",
            ),
            "documentation_uploaded": G(coin()),
            "note": RED(accommodation_note, "disability|condition", True),
            "clinician_name": Y(lambda f: "Dr. " + f.who("doctor").full, "name"),
            "status": G(pick(["submitted", "approved", "needs_info"])),
        },
        1,
    ),
    (
        "track",
        "Certificate Issued",
        ["node"],
        {
            "certificate_id": G(lambda f: "LL-CERT-" + alnum(f, 10, string.ascii_uppercase + string.digits)),
            "credential_url": G(lambda f: "https://verify.lumenlearn.com/c/" + f.hexid(16)),
            "course_name": G(lambda f: course(f)[0]),
            "recipient_name": Y(who(), "name"),
            "recipient_email": Y(who(attr="email"), "email"),
            "issued_at": G(iso()),
            "expires_at": G(pick([None, "2027-06-30T00:00:00Z", "2026-12-31T00:00:00Z"])),
            "grade": G(pick(["A", "B+", "B", "Pass"])),
        },
        1,
    ),
    (
        "group",
        None,
        ["node"],
        {
            "name": G(
                pick(
                    [
                        "Delhi Public School, Noida",
                        "Lycée Jean Moulin",
                        "Riverside Community College",
                        "Infosys Campus Connect",
                    ]
                )
            ),
            "industry": G(pick(["K-12", "Higher Education", "Corporate Training"])),
            "plan": G(pick(["campus", "enterprise", "pilot"])),
            "seats": G(rint(20, 5000)),
            "website": G(
                pick(
                    [
                        "https://dpsnoida.example.in",
                        "https://lycee-jean-moulin.example.fr",
                        "https://rcc.example.edu",
                    ]
                )
            ),
            "country": G(pick(["IN", "FR", "US"])),
            "created_at": G(iso()),
            "admin_email": Y(who("admin", attr="work_email"), "email"),
            "account_manager": Y(who("am:lumen"), "name", True),
        },
        1,
    ),
    # French partner's LMS (Moodle plugin, analytics-php), French keys.
    (
        "track",
        "Inscription Synchronisée",
        ["php"],
        {
            "identifiant_apprenant": G(lambda f: str(f.r.randint(10000, 99999))),
            "numero_ine": RED(ine, "national id"),
            "nom": Y(who("student", "FR", "last"), "name"),
            "prenom": Y(who("student", "FR", "first"), "name"),
            "courriel": Y(who("student", "FR", "email"), "email"),
            "telephone_portable": Y(who("student", "FR", "phone"), "phone"),
            "date_naissance": Y(who("student", "FR", "dob_fr"), "birthdate"),
            "adresse": {
                "rue": Y(who("guardian", "FR", "street"), "address|street"),
                "code_postal": Y(who("guardian", "FR", "zip"), "zipcode"),
                "ville": Y(who("guardian", "FR", "city"), "city"),
                "pays": G(pick(["France"])),
            },
            "etablissement": G(
                pick(["Lycée Jean Moulin", "Lycée Victor Hugo", "Collège Jules Ferry", "Lycée Louis Pasteur"])
            ),
            "classe": G(pick(["2nde 4", "1ère G2", "Terminale STMG", "3e B"])),
            "filiere": G(pick(["générale", "technologique", "professionnelle"])),
            "boursier": G(coin()),
            "responsable_legal": {
                "nom": Y(who("guardian", "FR", "last"), "name"),
                "prenom": Y(who("guardian", "FR", "first"), "name"),
                "courriel": Y(who("guardian", "FR", "email"), "email"),
                "telephone": Y(who("guardian", "FR", "phone"), "phone"),
                "lien_parente": G(pick(["mère", "père", "tuteur", "tutrice"])),
            },
            "amenagement_examen": RED(
                pick(["tiers-temps", "aucun", "secrétaire", "salle isolée", "ordinateur"]), "disability"
            ),
            "date_inscription": G(lambda f: f.date(2023, 2024)),
            "statut": G(pick(["actif", "suspendu", "diplômé"])),
        },
        2,
    ),
    (
        "track",
        "Note Publiée",
        ["php"],
        {
            "identifiant_apprenant": G(lambda f: str(f.r.randint(10000, 99999))),
            "matiere": G(pick(["Mathématiques", "Anglais", "Histoire-Géographie", "SES", "NSI"])),
            "note_sur_20": G(lambda f: round(f.r.uniform(2, 20) * 2) / 2),
            "coefficient": G(pick([1, 2, 3])),
            "trimestre": G(pick(["T1", "T2", "T3"])),
            "appreciation": G(pick(GREEN_APPRECIATION)),
            "enseignant": Y(lambda f: f.pick(["M. ", "Mme "]) + f.who("teacher", "FR").full, "name", True),
        },
        2,
    ),
    (
        "track",
        "Absence Signalée",
        ["php"],
        {
            "identifiant_apprenant": G(lambda f: str(f.r.randint(10000, 99999))),
            "date_absence": G(lambda f: f.date(2024, 2024)),
            "demi_journees": G(rint(1, 4)),
            "motif": G(pick(["transport", "familial", "non justifié", "convocation officielle"])),
            "justifiee": G(coin()),
        },
        1,
    ),
]

# -- Hirewell ----------------------------------------------------------------------------------------


def cand(attr="full"):
    return who("candidate", attr=attr)


HIREWELL = [
    (
        "identify",
        None,
        ["web", "rn"],
        {
            "email": Y(cand("email"), "email"),
            "first_name": Y(cand("first"), "name"),
            "last_name": Y(cand("last"), "name"),
            "phone_number": Y(cand("phone"), "phone"),
            "headline": G(pick(JOB_TITLES)),
            "gender": Opt(Y(pick(["female", "male", "other"]), "gender"), 0.5),
            "location": Y(lambda f: f"{f.who('candidate').city}, {f.who('candidate').state}", "city|address"),
            "years_of_experience": G(rint(0, 30)),
            "open_to_work": G(coin()),
            "linkedin_url": Opt(Y(linkedin, "identification|name"), 0.6),
            "desired_salary": Y(ctc, "salary"),
            "resume_uploaded": G(coin()),
            "created_at": G(iso()),
        },
        3,
    ),
    (
        "track",
        "Job Searched",
        ["web", "rn"],
        {
            "query": G(
                pick(["data engineer", "remote react", "nurse", "product designer", "stage marketing"])
            ),
            "location": G(pick(["Bengaluru", "Remote", "Austin, TX", "Paris", "Hyderabad", "New York"])),
            "remote_only": G(coin()),
            "salary_min": G(pick([0, 600000, 1200000, 80000, 120000])),
            "results_count": G(rint(0, 2500)),
        },
        3,
    ),
    (
        "track",
        "Job Viewed",
        ["web", "rn"],
        {
            "job_id": G(prefixed("", 5)),
            "title": G(pick(JOB_TITLES)),
            "company": G(pick(COMPANIES)),
            "location": G(pick(["Bengaluru", "Remote", "Austin, TX", "Paris", "Pune"])),
            "employment_type": G(pick(["full_time", "contract", "internship", "CDI", "CDD"])),
            "salary_min": G(pick([0, 600000, 1200000, 80000, 120000])),
            "salary_max": G(pick([1800000, 2500000, 140000, 190000, 55000])),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "remote": G(coin()),
            "recruiter_name": Y(who("recruiter"), "name"),
            "visa_sponsorship_available": G(coin()),
        },
        3,
    ),
    (
        "track",
        "Job Alert Created",
        ["web", "rn"],
        {
            "alert_id": G(uid()),
            "keywords": G(pick(["golang", "ux research", "icu nurse", "data analyst"])),
            "location": G(pick(["Remote", "Chennai", "Lyon", "Seattle"])),
            "frequency": G(pick(["daily", "weekly", "instant"])),
            "email_notifications": G(coin()),
            "delivery_email": Y(cand("email"), "email"),
        },
        1,
    ),
    (
        "track",
        "Application Submitted",
        ["web", "rn"],
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "job_id": G(prefixed("", 5)),
            "resume_file_name": Y(cv_file, "name", True),
            "resume_id": G(uid()),
            "cover_letter_included": G(coin()),
            "source": G(pick(["job_board", "referral", "linkedin", "careers_page"])),
            "referrer_email": Opt(Y(who("employee", attr="work_email"), "email"), 0.3),
            "questions": Many(
                {
                    "question_id": G(prefixed("sq_", 4)),
                    "question": G(
                        pick(
                            [
                                "Years of Python experience?",
                                "Are you willing to work from the office 3 days a week?",
                                "Notice period (days)?",
                                "Why this role?",
                            ]
                        )
                    ),
                    "answer": G(pick(["5", "Yes", "30", "No", "I enjoy building data platforms", "90"])),
                },
                4,
            ),
        },
        3,
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(pick(["apply_48213", "apply_51022", "signup_candidate"])),
            "field": {
                "name": G(lambda f: f.memo("form_field", lambda: f.pick(["email", "phone", "email"]))),
                "input_type": G(
                    lambda f: {"email": "email", "phone": "tel"}[f.memo("form_field", lambda: "email")]
                ),
                "value": Y(form_value, "email|phone", True),
            },
            "duration_ms": G(rint(300, 20000)),
            "autofilled": G(coin()),
        },
        2,
    ),
    (
        "track",
        "Screening Questions Answered",
        ["web", "rn"],
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "visa_status": RED(
                pick(["citizen", "permanent_resident", "H-1B", "F-1 OPT", "L-1", "needs_sponsorship"]), "visa"
            ),
            "requires_sponsorship": RED(coin(), "visa"),
            "current_ctc": Y(ctc, "salary"),
            "expected_ctc": Y(ctc, "salary"),
            "notice_period_days": G(pick([0, 15, 30, 60, 90])),
            "has_criminal_record": RED(coin(), "criminal record"),
            "willing_to_relocate": G(coin()),
            "earliest_start_date": G(lambda f: f.date(2024, 2025)),
        },
        2,
    ),
    (
        "track",
        "Diversity Survey Completed",
        ["ruby"],
        {
            "survey_id": G(uid()),
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "gender": Y(pick(["Female", "Male", "Non-binary", "Decline to self-identify"]), "gender"),
            "pronouns": Y(pick(["she/her", "he/him", "they/them"]), "gender"),
            "race_ethnicity": RED(
                pick(
                    [
                        "Hispanic or Latino",
                        "Black or African American",
                        "Asian",
                        "White",
                        "Two or More Races",
                        "Decline to self-identify",
                    ]
                ),
                "race|ethnicity",
            ),
            "veteran_status": RED(pick(["protected veteran", "not a veteran", "decline"]), "veteran"),
            "disability_status": RED(
                pick(["Yes, I have a disability", "No", "I do not wish to answer"]), "disability"
            ),
            "sexual_orientation": RED(
                pick(["Heterosexual", "Gay", "Lesbian", "Bisexual", "Prefer not to say"]),
                "sexual orientation",
            ),
            "declined_all": G(coin()),
            "survey_version": G(pick(["eeo-2024.1", "eeo-2024.2", "eeo-2023.4"])),
        },
        2,
    ),
    (
        "track",
        "Interview Scheduled",
        ["go", "ruby"],
        {
            "interview_id": G(lambda f: "int_" + f.hexid(10)),
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "stage": G(pick(["phone_screen", "technical", "onsite", "hiring_manager"])),
            "starts_at": G(iso()),
            "duration_min": G(pick([30, 45, 60])),
            "timezone": G(pick(["Asia/Kolkata", "America/Chicago", "Europe/Paris"])),
            "video_link": G(meet_link),
            "interviewers": Many(
                {
                    "name": Y(lambda f: interviewer(f, new=True).full, "name"),
                    "email": Y(lambda f: interviewer(f).work_email, "email"),
                    "role": G(pick(["hiring_manager", "peer", "bar_raiser"])),
                },
                3,
            ),
            "candidate_email": Y(cand("email"), "email"),
            "candidate_phone": Y(cand("phone"), "phone"),
        },
        2,
    ),
    (
        "track",
        "Interview Feedback Submitted",
        ["dotnet"],
        {
            "InterviewId": G(lambda f: "int_" + f.hexid(10)),
            "CandidateId": G(lambda f: str(f.r.randint(100000, 999999))),
            "InterviewerId": G(lambda f: str(f.r.randint(1000, 9999))),
            "CandidateName": Y(cand(), "name"),
            "OverallRating": G(rint(1, 4)),
            "Recommendation": G(pick(["StrongHire", "Hire", "NoHire", "StrongNoHire"])),
            "Strengths": G(pick(GREEN_FEEDBACK)),
            "Concerns": G(pick(GREEN_FEEDBACK)),
            "SubmittedAtUtc": G(iso()),
        },
        2,
    ),
    (
        "track",
        "Reference Check Requested",
        ["node"],
        {
            "candidate_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "request_id": G(uid()),
            "reference": {
                "full_name": Y(who("referee"), "name"),
                "email": Y(who("referee", attr="work_email"), "email"),
                "phone": Y(who("referee", attr="phone"), "phone"),
                "company": G(pick(COMPANIES)),
                "job_title": G(pick(["Engineering Manager", "Director of Sales", "Head Nurse", "Team Lead"])),
                "relationship": G(pick(["manager", "peer", "direct_report", "client"])),
            },
            "consent_given": G(coin()),
            "due_at": G(iso()),
        },
        2,
    ),
    (
        "track",
        "Reference Check Completed",
        ["node"],
        {
            "request_id": G(uid()),
            "candidate_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "referee_name": Y(who("referee"), "name"),
            "overall_score": G(money(1, 5)),
            "would_rehire": G(coin()),
            "response_summary": G(pick(GREEN_REFERENCE)),
        },
        1,
    ),
    (
        "track",
        "Offer Extended",
        ["dotnet"],
        {
            "OfferId": G(lambda f: "OF-" + f.digits(6)),
            "ApplicationId": G(lambda f: "app_" + f.hexid(12)),
            "JobTitle": G(pick(JOB_TITLES)),
            "BaseSalary": Y(ctc, "salary"),
            "SigningBonus": Y(lambda f: f.pick([5000, 10000, 200000, 15000]), "salary"),
            "Currency": G(pick(["INR", "USD", "EUR"])),
            "StartDate": G(lambda f: f.date(2024, 2025)),
            "EmploymentType": G(pick(["FullTime", "Contract", "PartTime"])),
            "HiringManagerName": Y(who("manager"), "name"),
            "CandidatePhone": Y(cand("phone"), "phone"),
            "HomeAddress": Y(
                lambda f: f"{f.who('candidate').street}, {f.who('candidate').city} {f.who('candidate').zip}",
                "address",
            ),
            "CandidateEmail": Y(cand("email"), "email"),
            "ExpiresAtUtc": G(iso()),
            "OfferLetterUrl": G(lambda f: f"https://ats.hirewell.io/offers/{f.uuid()}.pdf"),
            "RequiresRelocation": G(coin()),
        },
        2,
    ),
    (
        "track",
        "Offer Accepted",
        ["dotnet"],
        {
            "OfferId": G(lambda f: "OF-" + f.digits(6)),
            "AcceptedAtUtc": G(iso()),
            "SignatureIp": Y(ip_any(), "ip"),
            "DaysToDecision": G(rint(0, 14)),
        },
        1,
    ),
    (
        "track",
        "Background Check Completed",
        ["go"],
        {
            "type": G(pick(["report.completed"])),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "object": G(pick(["report"])),
                    "status": G(pick(["complete"])),
                    "result": G(pick(["clear", "consider"])),
                    "adjudication": G(pick([None, "engaged", "pre_adverse_action"])),
                    "package": G(pick(["tasker_standard", "driver_pro", "basic_plus"])),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "ssn_trace_id": G(lambda f: f.hexid(24)),
                    "criminal_record_found": RED(coin(), "criminal record"),
                }
            },
            "candidate": {
                "first_name": Y(who("candidate", "US", "first"), "name"),
                "middle_name": Y(
                    lambda f: f.pick(["Marie", "James", "Lee", "Ann", "Jose", "Michelle"]), "name"
                ),
                "last_name": Y(who("candidate", "US", "last"), "name"),
                "phone": Y(who("candidate", "US", "phone"), "phone"),
                "email": Y(who("candidate", "US", "email"), "email"),
                "dob": Y(who("candidate", "US", "dob_iso"), "birthdate"),
                "ssn": RED(lambda f: f"XXX-XX-{f.r.randint(1, 9999):04d}", "social security number"),
                "zipcode": Y(who("candidate", "US", "zip"), "zipcode"),
                "driver_license_number": Y(lambda f: driving_licence(f, "US"), "license"),
                "driver_license_state": G(who("candidate", "US", "state")),
            },
        },
        2,
    ),
    (
        "track",
        "Tax Form Submitted",
        ["ruby"],
        {
            "employee_id": G(prefixed("E", 6)),
            "form": G(pick(["W-4", "W-4 (2024)"])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "filing_status": G(pick(["single", "married_filing_jointly", "head_of_household"])),
            "dependents_amount": G(pick([0, 2000, 4000, 6000])),
            "extra_withholding": G(pick([0, 25, 50])),
            "home_address": Y(us_home_address, "address"),
            "signed_at": G(iso()),
        },
        1,
    ),
    (
        "track",
        "Payroll Details Added",
        ["java"],
        {
            "employee_id": G(prefixed("E", 6)),
            "country": G(pick(["IN"])),
            "bank_account_number": RED(lambda f: digits(f, f.pick([11, 12, 14, 16])), "bank account"),
            "ifsc": G(ifsc),
            "account_holder_name": Y(who("candidate", "IN"), "name"),
            "pan": RED(pan, "national id"),
            "uan": RED(uan, "national id"),
            "aadhaar_linked": G(coin()),
            "ctc_annual": Y(lambda f: f.r.randint(4, 60) * 100000, "salary"),
        },
        1,
    ),
    (
        "track",
        "Direct Deposit Added",
        ["ruby"],
        {
            "employee_id": G(prefixed("E", 6)),
            "routing_number": G(aba),
            "account_number": RED(lambda f: digits(f, f.pick([9, 10, 12])), "bank account"),
            "account_type": G(pick(["checking", "savings"])),
            "split_percent": G(pick([100, 80, 50])),
        },
        1,
    ),
    (
        "track",
        "Coordonnées Bancaires Ajoutées",
        ["java"],
        {
            "matricule": G(lambda f: "FR" + f.digits(5)),
            "iban": RED(lambda f: f.iban("FR"), "bank account"),
            "bic": G(pick(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP882", "CCBPFRPPNAN"])),
            "titulaire_du_compte": Y(who("candidate", "FR"), "name"),
            "numero_securite_sociale": RED(nir, "national id|social security number"),
            "date_embauche": G(lambda f: f.date(2024, 2025)),
            "salaire_brut_annuel": Y(lambda f: f.r.randint(28, 95) * 1000, "salary"),
            "mutuelle": G(pick(["Alan", "Harmonie Mutuelle", "MGEN", "Malakoff Humanis"])),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Added",
        ["dotnet"],
        {
            "EmployeeId": G(prefixed("E", 6)),
            "ContactName": Y(who("kin"), "name"),
            "Relationship": G(pick(["Spouse", "Parent", "Sibling", "Partner", "Friend"])),
            "ContactPhone": Y(who("kin", attr="phone"), "phone"),
            "ContactEmail": Y(who("kin", attr="email"), "email"),
            "IsPrimary": G(coin()),
        },
        1,
    ),
    (
        "track",
        "Candidate Note Added",
        ["ruby"],
        {
            "candidate_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "note_id": G(uid()),
            "author_id": G(lambda f: str(f.r.randint(1000, 9999))),
            "author_name": Y(who("recruiter"), "name"),
            "content": Y(candidate_note, "phone", True),
            "visibility": G(pick(["team", "private", "hiring_committee"])),
            "pinned": G(coin()),
        },
        1,
    ),
    (
        "track",
        "Candidates Searched",
        ["web"],
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f.who("candidate").full,
                        f.who("candidate").full.lower(),
                        f.who("candidate").last + ", " + f.who("candidate").first,
                    ]
                ),
                "name",
                True,
            ),
            "pipeline_stage": G(pick(["all", "screening", "interview", "offer"])),
            "filters_applied": G(rint(0, 5)),
            "results": G(rint(0, 40)),
            "search_id": G(uid()),
        },
        2,
    ),
    (
        "track",
        "Recruiter Message Sent",
        ["ruby"],
        {
            "thread_id": G(uid()),
            "candidate_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "template": G(pick(["intro_v2", "follow_up", "interview_confirm", "none"])),
            "message": Y(recruiter_message, "phone|name", True),
            "channel": G(pick(["email", "sms", "in_app"])),
        },
        1,
    ),
    (
        "track",
        "Calendar Connected",
        ["node"],
        {
            "provider": G(pick(["google", "microsoft"])),
            "access_token": RED(google_token, "token"),
            "refresh_token": RED(google_refresh, "token"),
            "scopes": Many(G(pick(["calendar.events", "calendar.readonly", "openid", "email"])), 3),
            "expires_in": G(pick([3599, 3600])),
            "account_email": Y(who("recruiter", attr="work_email"), "email"),
        },
        1,
    ),
    (
        "track",
        "CV Parsed",
        ["python"],
        {
            "document_id": G(uid()),
            "parser": G(pick(["affinda", "textkernel", "in-house"])),
            "parser_version": G(pick(["v3.2.1", "2024.04", "v3.3.0"])),
            "confidence": G(money(0.4, 1)),
            "parsed": {
                "name": {
                    "first": Y(cand("first"), "name"),
                    "last": Y(cand("last"), "name"),
                    "raw": Y(lambda f: f.who("candidate").full.upper(), "name"),
                },
                "emails": Many(
                    Y(lambda f: f.pick([f.who("candidate").email, f.who("candidate").work_email]), "email"), 2
                ),
                "phone_numbers": Many(Y(cand("phone"), "phone"), 2),
                "location": {
                    "formatted": Y(
                        lambda f: (
                            f"{f.who('candidate').street}, {f.who('candidate').city} {f.who('candidate').zip}"
                        ),
                        "address",
                    ),
                    "city": Y(cand("city"), "city"),
                    "country_code": G(cand("country")),
                    "postal_code": Y(cand("zip"), "zipcode"),
                },
                "education": Many(
                    {
                        "institution": G(
                            pick(
                                [
                                    "IIT Madras",
                                    "Université Lyon 2",
                                    "Ohio State University",
                                    "University of Lagos",
                                    "BITS Pilani",
                                ]
                            )
                        ),
                        "degree": G(pick(["B.Tech", "Master", "BSc", "MBA", "Licence"])),
                        "graduation_year": G(rint(1995, 2024)),
                    },
                    2,
                ),
                "work_experience": Many(
                    {
                        "employer": G(pick(COMPANIES)),
                        "job_title": G(pick(JOB_TITLES)),
                        "start_date": G(lambda f: f"{f.r.randint(2005, 2022)}-{f.r.randint(1, 12):02d}"),
                        "end_date": G(
                            lambda f: f.pick(
                                ["present", f"{f.r.randint(2015, 2024)}-{f.r.randint(1, 12):02d}"]
                            )
                        ),
                        "description": G(
                            pick(
                                [
                                    "Built ETL pipelines in Spark and Airflow.",
                                    "Managed a team of 6 designers.",
                                    "Closed $1.2M ARR in FY23.",
                                    "ICU nursing, 12-hour shifts.",
                                ]
                            )
                        ),
                    },
                    3,
                ),
                "skills": Many(G(pick(SKILLS)), 5),
                "total_years_experience": G(money(0, 30)),
            },
        },
        2,
    ),
    (
        "track",
        "Job Posted",
        ["node"],
        {
            "job_id": G(prefixed("", 5)),
            "requisition_id": G(lambda f: "REQ-" + f.digits(4)),
            "title": G(pick(JOB_TITLES)),
            "location": G(pick(["Bengaluru", "Remote", "Austin, TX", "Paris"])),
            "employment_type": G(pick(["full_time", "contract", "CDI"])),
            "salary_min": G(pick([0, 600000, 1200000, 80000, 120000])),
            "salary_max": G(pick([1800000, 2500000, 140000, 190000, 55000])),
            "currency": G(pick(["INR", "USD", "EUR"])),
            "hiring_manager_email": Y(who("manager", attr="work_email"), "email"),
            "posted_by": Y(who("recruiter"), "name", True),
            "visa_sponsorship_available": G(coin()),
        },
        1,
    ),
    (
        "track",
        "Candidate Profile Updated",
        ["rn"],
        {
            "fields_changed": Many(G(pick(["phone", "email", "headline", "location", "photo", "salary"])), 3),
            "profile_completeness": G(rint(20, 100)),
            "has_photo": G(coin()),
            "photo_url": Y(lambda f: f"https://media.hirewell.io/p/{f.hexid(16)}.jpg", "photo"),
            "email_changed": G(coin()),
        },
        1,
    ),
    (
        "screen",
        "Job Detail",
        ["rn"],
        {"job_id": G(prefixed("", 5)), "from": G(pick(["search", "alert", "saved", "push"]))},
        2,
    ),
    (
        "group",
        None,
        ["ruby"],
        {
            "name": G(pick(COMPANIES)),
            "industry": G(pick(["Software", "Healthcare", "Logistics", "Consulting"])),
            "employees": G(rint(10, 250000)),
            "plan": G(pick(["starter", "growth", "enterprise"])),
            "website": G(
                pick(["https://www.infosys.com", "https://northwind-logistics.com", "https://kestrel.ai"])
            ),
            "country": G(pick(["IN", "US", "FR"])),
            "created_at": G(iso()),
            "admin_email": Y(who("admin", attr="work_email"), "email"),
            "ats_integration": G(pick(["none", "greenhouse", "workday", "lever"])),
        },
        1,
    ),
]

# -- Desk&Co -----------------------------------------------------------------------------------------

DESKCO = [
    (
        "identify",
        None,
        ["flutter", "web"],
        {
            "email": Y(who(attr="email"), "email"),
            "full_name": Y(who(), "name"),
            "phone": Y(who(attr="phone"), "phone"),
            "company": G(pick(COMPANIES)),
            "membership_plan": G(pick(["hot_desk", "dedicated_desk", "private_office", "day_pass"])),
            "home_location": G(pick(LOCATIONS_DC)),
            "badge_id": G(lambda f: "B" + f.digits(6)),
            "member_since": G(lambda f: f.date(2019, 2024)),
            "birthday": Opt(Y(who(attr="dob_iso"), "birthdate"), 0.5),
        },
        2,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "MEMBER_ID": G(lambda f: "mbr_" + f.digits(6)),
            "EMAIL": Y(who(attr="email"), "email"),
            "FIRST_NAME": Y(who(attr="first"), "name"),
            "LAST_NAME": Y(who(attr="last"), "name"),
            "PHONE_NUMBER": Y(who(attr="phone"), "phone"),
            "COMPANY_NAME": G(pick(COMPANIES)),
            "PLAN_TIER": G(pick(["HOT_DESK", "DEDICATED", "OFFICE"])),
            "LIFETIME_VALUE": G(money(50, 40000)),
            "LAST_CHECKIN_AT": G(iso()),
            "CHECKINS_30D": G(rint(0, 30)),
            "CHURN_RISK_SCORE": G(money(0, 1)),
            "HOME_POSTCODE": Y(who(attr="zip"), "zipcode"),
            "DBT_UPDATED_AT": G(iso()),
        },
        2,
    ),
    (
        "track",
        "Desk Booked",
        ["flutter", "web"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "location_id": G(prefixed("loc_", 3)),
            "location_name": G(pick(LOCATIONS_DC)),
            "location_city": G(pick(["Bengaluru", "London", "Paris", "Austin"])),
            "desk_type": G(pick(["hot_desk", "dedicated", "phone_booth"])),
            "date": G(lambda f: f.date(2024, 2024)),
            "start_time": G(pick(["09:00", "10:30", "13:00"])),
            "end_time": G(pick(["17:00", "18:30", "20:00"])),
            "price": G(money(0, 60)),
            "currency": G(pick(["INR", "GBP", "EUR", "USD"])),
        },
        3,
    ),
    (
        "track",
        "Meeting Room Booked",
        ["web", "flutter"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(10)),
            "room_name": G(pick(["Ganga", "Thames", "Seine", "Colorado", "Boardroom 2"])),
            "capacity": G(pick([4, 6, 8, 12])),
            "attendees": Many(
                Y(lambda f: f.who("attendee:" + str(f.r.randint(1, 4))).work_email, "email", True), 4
            ),
            "attendee_count": G(rint(1, 12)),
            "organizer_email": Y(who(attr="work_email"), "email"),
            "title": G(pick(["Q3 planning", "Investor sync", "Design review", "Sprint retro", "Interview"])),
        },
        2,
    ),
    (
        "track",
        "Guest Registered",
        ["web", "flutter"],
        {
            "visit_id": G(lambda f: "vst_" + f.hexid(8)),
            "guest": {
                "name": Y(who("guest"), "name"),
                "email": Y(who("guest", attr="email"), "email"),
                "phone": Y(who("guest", attr="phone"), "phone"),
                "company": G(pick(COMPANIES)),
                "id_type": G(lambda f: f.memo("doc", lambda: id_document_for(f, "guest"))[0]),
                "id_number": RED(
                    lambda f: f.memo("doc", lambda: id_document_for(f, "guest"))[1],
                    "passport|national id|license",
                ),
            },
            "host_member_id": G(lambda f: "mbr_" + f.digits(6)),
            "host_name": Y(who("host"), "name"),
            "visit_date": G(lambda f: f.date(2024, 2024)),
            "purpose": G(pick(["meeting", "interview", "delivery", "event"])),
            "nda_signed": G(coin()),
            "vehicle_plate": Opt(Y(plate, "license|identification"), 0.4),
        },
        2,
    ),
    (
        "track",
        "Visitor Badge Printed",
        ["node"],
        {
            "visit_id": G(lambda f: "vst_" + f.hexid(8)),
            "printer_id": G(pick(["brother-ql-820-lobby", "zebra-zd421-2f", "dymo-550-3f"])),
            "label": Y(visitor_label, "name", True),
            "template": G(pick(["visitor_v2", "event_guest"])),
            "printed_at": G(iso()),
        },
        1,
    ),
    (
        "track",
        "Badge Scanned",
        ["go"],
        {
            "event-id": G(uid()),
            "door-name": G(pick(["Main entrance", "Floor 3 east", "Bike room", "Phone booths"])),
            "lock-id": G(lambda f: str(f.r.randint(10000, 99999))),
            "badge-uid": G(lambda f: f.hexid(8).upper()),
            "member-email": Y(who(attr="email"), "email"),
            "member-name": Y(who(), "name"),
            "scanned-at": G(iso()),
            "access-granted": G(coin()),
            "direction": G(pick(["in", "out"])),
            "credential-type": G(pick(["nfc", "ble", "pin"])),
        },
        3,
    ),
    (
        "track",
        "Wifi Session Started",
        ["go"],
        {
            "member_id": G(lambda f: "mbr_" + f.digits(6)),
            "ssid": G(pick(["DeskCo-Members", "DeskCo-Guest", "DeskCo-Events"])),
            "client_mac": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(
                lambda f: f"10.{f.r.randint(0, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "hostname": Y(hostname, "name", True),
            "ap_name": G(pick(["AP-2F-EAST", "AP-LOBBY", "AP-3F-WEST"])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "DC-" + f.digits(7)),
            "total": G(money(10, 900)),
            "tax": G(money(0, 160)),
            "currency": G(pick(["INR", "GBP", "EUR", "USD"])),
            "coupon": G(pick(["", "FIRSTDAY", "TEAM10"])),
            "products": Many(
                {
                    "product_id": G(lambda f: "dp_" + f.digits(3)),
                    "sku": G(pick(["DAYPASS-BLR", "DAYPASS-LDN", "MTGRM-1H", "PRINT-50"])),
                    "name": G(
                        pick(
                            [
                                "Day Pass - Koramangala",
                                "Day Pass - Shoreditch",
                                "Meeting room hour",
                                "Print credits",
                            ]
                        )
                    ),
                    "price": G(money(5, 120)),
                    "quantity": G(rint(1, 5)),
                },
                2,
            ),
            "payment_method": G(pick(["card", "upi", "apple_pay"])),
            "billing_address": billing_address(),
            "vat_number": Opt(G(pick(["GB123456789", "FR40303265045", "29ABCDE1234F1Z5"])), 0.5),
        },
        2,
    ),
    (
        "track",
        "Signup Form Submitted",
        ["web"],
        {
            "form_id": G(pick(["signup_v3"])),
            "email": Y(who(attr="email"), "email"),
            "password": RED(password, "password"),
            "confirm_password": RED(password, "password"),
            "company": G(pick(COMPANIES)),
            "team_size": G(pick(["1", "2-10", "11-50", "51+"])),
            "plan": G(pick(["hot_desk", "dedicated_desk", "private_office"])),
            "terms_accepted": G(coin()),
            "password_strength": G(pick(["weak", "fair", "strong"])),
        },
        1,
    ),
    (
        "track",
        "Slack Integration Connected",
        ["node"],
        {
            "workspace_id": G(lambda f: "T0" + alnum(f, 8, string.ascii_uppercase + string.digits)),
            "channel": G(pick(["#front-desk", "#visitors", "#office-ops"])),
            "webhook_url": RED(slack_hook, "secret"),
            "installed_by": Y(who("admin"), "name", True),
            "scopes": Many(G(pick(["incoming-webhook", "chat:write", "users:read"])), 3),
        },
        1,
    ),
    (
        "track",
        "Mail Received",
        ["node"],
        {
            "mail_id": G(uid()),
            "recipient_name": Y(who(), "name"),
            "recipient_email": Y(who(attr="email"), "email"),
            "recipient_member_id": G(lambda f: "mbr_" + f.digits(6)),
            "sender_company": G(pick(["Amazon", "HMRC", "DHL Express", "La Poste", "Blue Dart"])),
            "carrier": G(pick(["DHL", "Royal Mail", "Blue Dart", "USPS", "Chronopost"])),
            "tracking_number": G(lambda f: f.pick(["1Z", "JD", "CP"]) + f.digits(14)),
            "pickup_code": G(lambda f: digits(f, 6)),
        },
        1,
    ),
    (
        "track",
        "Checked In",
        ["flutter"],
        {
            "location_id": G(prefixed("loc_", 3)),
            "method": G(pick(["qr", "nfc", "geofence"])),
            "distance_m": G(rint(0, 120)),
            "first_visit": G(coin()),
        },
        3,
    ),
    (
        "track",
        "Member Profile Viewed",
        ["flutter"],
        {
            "viewed_member_id": G(lambda f: "mbr_" + f.digits(6)),
            "viewed_member_name": Y(who("other_member"), "name"),
            "source": G(pick(["directory", "event", "search"])),
        },
        1,
    ),
    (
        "track",
        "Accessibility Needs Updated",
        ["flutter", "web"],
        {
            "needs_step_free_access": RED(coin(), "disability"),
            "blue_badge_parking": RED(coin(), "disability"),
            "hearing_loop": RED(coin(), "disability"),
            "desk_height_adjustable": G(coin()),
        },
        1,
    ),
    (
        "screen",
        "Book a Desk",
        ["flutter"],
        {"location_id": G(prefixed("loc_", 3)), "available_desks": G(rint(0, 80))},
        2,
    ),
    (
        "group",
        None,
        ["node"],
        {
            "name": G(pick(COMPANIES)),
            "industry": G(pick(["Software", "Media", "Consulting", "Non-profit"])),
            "plan": G(pick(["team_10", "team_25", "private_office"])),
            "seats": G(rint(2, 120)),
            "billing_contact_email": Y(who("admin", attr="work_email"), "email"),
            "vat_number": G(pick(["GB123456789", "FR40303265045", "29ABCDE1234F1Z5"])),
            "created_at": G(iso()),
        },
        1,
    ),
]

PAGES = [
    ("lumen", "page", ["Course Catalog", "Course Detail", "Pricing", "Checkout", "Exam Schedule"]),
    ("hirewell", "page", ["Job Search", "Job Detail", "Apply", "Candidate Pipeline", "Profile"]),
    ("deskco", "page", ["Locations", "Book", "Guests", "Pricing", "Billing"]),
]


def all_templates():
    out = []
    for brand, group in (("lumen", LUMEN), ("hirewell", HIREWELL), ("deskco", DESKCO)):
        for kind, name, clients, body, weight in group:
            out.append((brand, kind, name, clients, body, weight))
    for brand, kind, names in PAGES:
        out.append((brand, kind, names, ["web"], page_props(brand, names), 3))
    for brand in ("lumen", "hirewell", "deskco"):
        out.append((brand, "alias", None, ["web", "rn", "flutter", "swift"], None, 1))
    return out


USER_PREFIX = {"lumen": "usr_", "hirewell": "cand_", "deskco": "mbr_"}
MOBILE = {"lumen": ("swift", "kotlin"), "hirewell": ("rn",), "deskco": ("flutter",)}


def message(f: CastFake, brand, kind, name, clients, body, labels) -> dict:
    f.new_message()
    client = f.pick(clients)
    if kind == "alias":
        client = "web" if client not in ("web", *MOBILE[brand]) else client
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": ("ajs-next-" + f.hexid(32)) if client == "web" else f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": USER_PREFIX[brand] + f.digits(7),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = f.memo("page_name", lambda: f.pick(name)) if isinstance(name, list) else name
    elif kind == "group":
        msg["groupId"] = "org_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context_for(client, brand), f, "context", labels)
    msg["integrations"] = {}
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = CastFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for brand, kind, name, clients, body, weight in all_templates():
            for _ in range(weight):
                events.append(message(f, brand, kind, name, clients, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=1818, repeats=13)
    write(Path(__file__).parent, "holdout18_", events, labels)
