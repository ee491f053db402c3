# ruff: noqa: RUF001 -- Turkish names and words are spelt with the dotless i.
"""Writes holdout297: tests/corpus/holdout297_events.jsonl and holdout297_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the
format, and the reference's matcher table). Not tuned to any engine output; never scored by its
author.

Domain: a cosmetic-surgery and aesthetic-medicine clinic network ("Lumea Aesthetic Group") that
sells medical-tourism packages in Turkey (Istanbul, Antalya, Izmir), Colombia (Medellin, Bogota,
Cali) and Thailand (Bangkok, Phuket). Covered: the web site (analytics.js: page calls, price
calculator, enquiry forms, package e-commerce with the spec's Product / Checkout / Order events),
WhatsApp Cloud API, Typeform, Jotform, Calendly, Stripe, Trustpilot, telephony and ad-platform
shaped payloads, before/after photo uploads and AI nose simulations, online consultations,
hair-transplant graft plans, rhinoplasty and breast procedures, pre-op medical history and blood
tests, surgery packages with flights, hotels, airport transfers, visa letters and travelling
companions (passport details), deposits, instalments, financing and refunds, post-op check-ins,
complication reports, prescriptions and reviews; identify / group / alias / page / screen calls;
patient apps on analytics-swift, analytics-kotlin, analytics-react-native and a coordinator app on
analytics-flutter; server events from the python, node, go, java, ruby, php and .NET libraries.
Patients come from many countries (Turkish, Colombian, Thai, British, Irish, US, German, Dutch,
Gulf, Nigerian, Australian, Russian, Polish, French, Mexican, Indian, Chinese, Japanese and
Brazilian names; each country's phone, postcode and passport formats). Ids with real checksums
have valid ones: Luhn cards, mod-97 IBANs (TR, DE, GB, NL, ES, FR, IE, AE, PL), Turkish TC Kimlik
and Thai national-id check digits, SSA-structured SSNs.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths in other
conventions real customers have: PascalCase (.NET CRM and financing services), kebab-case (a
telephony webhook), SCREAMING_SNAKE (reverse-ETL identify from the warehouse), Turkish and
Colombian-Spanish keys from local back ends and Thai-script keys from a LINE/Google-form webhook.

Labelling (the Privacy Portal's default colours, as the brief states them):
- PII = personal data about a natural person: the patient, a travelling companion, an emergency
  contact, a referred friend, or staff (surgeons, coordinators, drivers, anaesthetists). Colour is
  the reference's default for the matcher; types outside the reference: red for credentials,
  secrets, card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a vendor issue (user, order, booking, lead, Stripe `cus_`/`pi_`/`ch_`, WhatsApp
  message and phone-number ids, LINE user ids, PNRs, frequent-flyer and loyalty numbers), UUIDs,
  versions, timestamps, hashes and webhook signatures, amounts, counters, enums and booleans under
  PII-sounding keys (`phoneVerified`, `emailEnabled`, `passwordStrength`), package / hotel /
  airline / clinic / agency names, the clinic's and hotel's own phones, role mailboxes and
  addresses, places that are not the person's (destination, clinic city, airport), country,
  state / province, locale, timezone, currency, user agents, OS device ids. Card brand, last four,
  BIN and expiry are green; so (by the same reasoning) is a passport's expiry date.
- Contested cases follow the product's published policy: ages, marital status, job titles,
  employers green; insurance policy and insurer member numbers yellow `identification`; rx
  numbers yellow `medication`; income and commissions yellow `salary`; credit score yellow
  `credit score`; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow
  `advertising id`; billing and shipping addresses yellow `address`; Stripe `pm_` ids, client
  secrets, OTPs and reset tokens red; patient MRNs red `health id`; passport numbers red
  `passport`, national ids (TC Kimlik, cedula, Thai id, NIT-or-cedula) red `national id`; a
  traveller's visa type red `visa`.
- Health (special category), decided for this domain: the procedure a person enquires about, is
  booked for or has had is yellow `procedure` (so are the body area of their before-photos and
  their anaesthesia type and transplant technique); the same words as catalogue data (a package
  name, a product category, a price-calculator slug, a searched term) are green. Symptoms,
  conditions, complication type and severity, pain and swelling scores, lab results, blood type,
  BMI, Norwood scale, ASA class, smoker / pregnant / diabetic / sleep-apnoea flags are yellow
  `condition` (lab and test results `diagnosis|condition`); medications and blood-thinner flags
  yellow `medication`; allergies yellow `allergy`. Graft counts and implant volumes are package
  quantities, height alone is a body measure no more revealing than an age, and care-workflow
  states (candidate status, cleared for surgery, escalated, days since surgery): green. A
  Colombian estrato (a socio-economic band of the home's block) is an enum like an income band
  is not: green.
- Photos of the person (before/after, complication photos, simulation inputs and outputs) are
  yellow `photo`. An APNs/FCM push token is red `token`. A LINE ID (a chosen handle) is yellow
  `name`, like a user name. A birth year is yellow `birthdate`.
- value_only is true when the key does not say what the value is (`value`, `input`, `label`, `q`,
  `from`, `wa_id`, `destination`, `body`, `description`, `notes`, `Notes`, `doctor_notes`,
  Typeform `text` and `choice.label`, Calendly `answer`, Jotform `q7_whatIs`) and only the value
  reveals it. Such a path holds its PII in
  every value. Free text is labelled by what every one of its values carries: the texts that are
  PII here carry it in every value (a phone or e-mail in a CRM note, symptoms in a clinical note),
  and the green texts (WhatsApp enquiries, chat, reviews, error messages) carry none.
- Where a case stayed doubtful, the label is what a careful privacy owner at a mid-size clinic
  group would want flagged, and the reason is the comment beside it.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

NAMES = {
    "TR": (
        [
            "Ayşe",
            "Zeynep",
            "Elif",
            "Büşra",
            "Selin",
            "Merve",
            "Fatma",
            "Mehmet",
            "Emre",
            "Burak",
            "Oğuz",
            "Gökhan",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Koç",
            "Kılıç",
        ],
    ),
    "CO": (
        [
            "Valentina",
            "María José",
            "Daniela",
            "Luisa Fernanda",
            "Manuela",
            "Juan Camilo",
            "Santiago",
            "Andrés Felipe",
        ],
        [
            "Rodríguez",
            "Gómez",
            "Restrepo",
            "Ospina",
            "Cárdenas",
            "Londoño",
            "Zapata",
            "Castaño",
            "Vélez",
            "Arango",
        ],
    ),
    "TH": (
        [
            "Pimchanok",
            "Siriporn",
            "Chanida",
            "Kanokwan",
            "Waraporn",
            "Somchai",
            "Nattapong",
            "Kittisak",
            "Thanawat",
        ],
        ["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Saetang", "Boonmee", "Kongkaew", "Thongdee"],
    ),
    "GB": (
        ["Emma", "Olivia", "Sophie", "Charlotte", "Jack", "Oliver", "Harry", "Aaliyah", "Thomas"],
        ["Thompson", "Hughes", "Evans", "Walker", "Wright", "Ahmed", "Clarke", "Robinson", "McAllister"],
    ),
    "IE": (
        ["Siobhán", "Aoife", "Niamh", "Ciarán", "Seán"],
        ["Murphy", "O'Sullivan", "Byrne", "Walsh", "Ní Bhriain"],
    ),
    "US": (
        ["Ashley", "Brittany", "Madison", "Tyler", "Brandon", "Jessica", "Kayla", "DeShawn"],
        ["Johnson", "Williams", "Brooks", "Miller", "Hernandez", "Jackson", "Nguyen"],
    ),
    "DE": (
        ["Lena", "Anna", "Jonas", "Lukas", "Katharina"],
        ["Schneider", "Becker", "Fischer", "Weber", "Schäfer"],
    ),
    "NL": (["Sanne", "Daan", "Femke", "Joris"], ["de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk"]),
    "AE": (
        ["Fatima", "Noura", "Mariam", "Khalid", "Abdullah", "Reem"],
        ["Al-Mansouri", "Al-Harbi", "Al-Qahtani", "Al-Zahrani", "Haddad"],
    ),
    "NG": (
        ["Chiamaka", "Ngozi", "Tunde", "Emeka", "Funmilayo"],
        ["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Eze"],
    ),
    "AU": (
        ["Chloe", "Isla", "Mia", "Cooper", "Lachlan"],
        ["Taylor", "Kelly", "Campbell", "Nguyen", "Papadopoulos"],
    ),
    "RU": (
        ["Anastasia", "Ekaterina", "Olga", "Dmitri", "Alexei"],
        ["Petrova", "Ivanova", "Smirnova", "Kuznetsov"],
    ),
    "PL": (["Katarzyna", "Agnieszka", "Piotr", "Tomasz"], ["Nowak", "Kowalska", "Wiśniewski", "Wójcik"]),
    "FR": (["Camille", "Manon", "Julien", "Théo"], ["Dubois", "Lefèvre", "Moreau", "Girard"]),
    "MX": (["Guadalupe", "Ximena", "José Luis", "Fernanda"], ["Hernández", "López", "Ramírez", "Treviño"]),
    "IN": (["Ananya", "Priya", "Rohan", "Arjun"], ["Sharma", "Iyer", "Reddy", "Gupta"]),
    "CN": (["Wei", "Xin", "Jing", "Hao"], ["Li", "Wang", "Zhang", "Chen"]),
    "JP": (["Haruka", "Yui", "Kenji", "Aiko"], ["Sato", "Suzuki", "Takahashi", "Kobayashi"]),
    "BR": (["Ana Clara", "Beatriz", "João Pedro", "Larissa"], ["Souza", "Oliveira", "Santos", "Ferreira"]),
}
# Patients travel from everywhere; the local back ends see mostly locals.
ORIGINS = ["GB"] * 5 + ["US"] * 3 + ["IE", "DE", "DE", "NL", "AE", "AE", "NG", "AU", "RU", "PL", "FR", "MX"]
ORIGINS += ["IN", "CN", "JP", "BR", "TR", "TR", "CO", "CO", "TH", "TH"]
THAI_SCRIPT_NAMES = [
    "สมชาย ศรีสุข",
    "พิมพ์ชนก วงศ์สวัสดิ์",
    "ณัฐพงษ์ ชัยพร",
    "ศิริพร บุญมี",
    "กิตติศักดิ์ ทองดี",
    "ชนิดา แซ่ตั้ง",
    "กนกวรรณ รัตนากร",
]
NATIONALITY = {
    "TR": "Turkish",
    "CO": "Colombian",
    "TH": "Thai",
    "GB": "British",
    "IE": "Irish",
    "US": "American",
    "DE": "German",
    "NL": "Dutch",
    "AE": "Emirati",
    "NG": "Nigerian",
    "AU": "Australian",
    "RU": "Russian",
    "PL": "Polish",
    "FR": "French",
    "MX": "Mexican",
    "IN": "Indian",
    "CN": "Chinese",
    "JP": "Japanese",
    "BR": "Brazilian",
}
ALPHA3 = {
    "TR": "TUR",
    "CO": "COL",
    "TH": "THA",
    "GB": "GBR",
    "IE": "IRL",
    "US": "USA",
    "DE": "DEU",
    "NL": "NLD",
    "AE": "ARE",
    "NG": "NGA",
    "AU": "AUS",
    "RU": "RUS",
    "PL": "POL",
    "FR": "FRA",
    "MX": "MEX",
    "IN": "IND",
    "CN": "CHN",
    "JP": "JPN",
    "BR": "BRA",
}
HOME_CITIES = {
    "TR": ["Ankara", "Bursa", "Kayseri", "Eskişehir", "Gaziantep"],
    "CO": ["Pereira", "Manizales", "Barranquilla", "Bucaramanga", "Envigado"],
    "TH": ["Chiang Mai", "Khon Kaen", "Nonthaburi", "Hat Yai"],
    "GB": ["Manchester", "Leeds", "Birmingham", "Glasgow", "Bristol", "Cardiff"],
    "IE": ["Dublin", "Cork", "Galway"],
    "US": ["Houston", "Phoenix", "Charlotte", "Columbus", "San Diego"],
    "DE": ["Düsseldorf", "Köln", "Hannover", "Dortmund"],
    "NL": ["Rotterdam", "Utrecht", "Eindhoven"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah"],
    "NG": ["Lagos", "Abuja", "Port Harcourt"],
    "AU": ["Perth", "Brisbane", "Adelaide"],
    "RU": ["Kazan", "Yekaterinburg", "Novosibirsk"],
    "PL": ["Wrocław", "Poznań", "Gdańsk"],
    "FR": ["Lyon", "Toulouse", "Nantes"],
    "MX": ["Monterrey", "Guadalajara", "Puebla"],
    "IN": ["Pune", "Hyderabad", "Chennai"],
    "CN": ["Shenzhen", "Chengdu", "Hangzhou"],
    "JP": ["Osaka", "Nagoya", "Fukuoka"],
    "BR": ["Curitiba", "Recife", "Belo Horizonte"],
}
EMAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.co.uk",
]
EMAIL_DOMAINS += ["gmx.de", "yandex.ru", "hotmail.es", "yahoo.com.tr", "live.nl", "proton.me"]


def latin(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I").replace("ß", "ss").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def origin(f: Fake, cc: str | None = None) -> str:
    return cc or f.pick(ORIGINS)


def first(f: Fake, cc: str | None = None) -> str:
    return f.pick(NAMES[origin(f, cc)][0])


def last(f: Fake, cc: str | None = None) -> str:
    return f.pick(NAMES[origin(f, cc)][1])


def full_name(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    given, family = NAMES[cc]
    if cc == "CO":  # two surnames
        return f"{f.pick(given)} {f.pick(family)} {f.pick(family)}"
    if cc in ("CN", "JP") and f.r.random() < 0.5:  # family name first
        return f"{f.pick(family)} {f.pick(given)}"
    if cc == "TH" and f.r.random() < 0.3:
        return f.pick(THAI_SCRIPT_NAMES)
    return f"{f.pick(given)} {f.pick(family)}"


def email(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    given = latin(first(f, cc)).lower().replace(" ", "")
    family = latin(last(f, cc)).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = f.pick(
        [
            f"{given}.{family}",
            f"{given}{family}{f.r.randint(1, 99)}",
            f"{given[0]}{family}",
            f"{given}_{family}{f.r.randint(80, 99)}",
            f"{given}.{family}+lumea",
        ]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


def staff_name(f: Fake) -> str:
    cc = f.pick(["TR", "TR", "CO", "TH", "GB"])
    return ("Dr. " if f.r.random() < 0.4 else "") + f"{first(f, cc)} {last(f, cc)}"


def staff_email(f: Fake) -> str:
    cc = f.pick(["TR", "CO", "TH"])
    return f"{latin(first(f, cc)).lower().split()[0]}.{latin(last(f, cc)).lower()}@lumea-clinic.com"


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    r = f.r
    style = r.random() < 0.5
    if cc == "TR":
        n = f"5{r.randint(30, 59)}{d(f, 7)}"
        return f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}" if style else f.pick([f"0{n}", f"+90{n}"])
    if cc == "CO":
        n = f"3{r.randint(0, 2)}{r.randint(0, 9)}{d(f, 7)}"
        return f"+57 {n[:3]} {n[3:6]} {n[6:]}" if style else f.pick([n, f"+57{n}"])
    if cc == "TH":
        n = f"{f.pick(['8', '9', '6'])}{d(f, 8)}"
        return f"+66 {n[:2]} {n[2:5]} {n[5:]}" if style else f"0{n[:2]}-{n[2:5]}-{n[5:]}"
    if cc == "GB":
        n = f"7{r.randint(400, 999)}{d(f, 6)}"
        return f"+44 {n[:4]} {n[4:]}" if style else f"0{n[:4]} {n[4:]}"
    if cc == "IE":
        return f"+353 8{r.randint(3, 9)} {d(f, 3)} {d(f, 4)}"
    if cc in ("US", "MX"):
        a, b = r.randint(201, 989), r.randint(200, 999)
        if cc == "MX":
            return f"+52 1 {r.randint(33, 99)} {d(f, 4)} {d(f, 4)}"
        return f"({a}) {b}-{d(f, 4)}" if style else f"+1{a}{b}{d(f, 4)}"
    if cc == "DE":
        return f"+49 15{r.randint(1, 9)} {d(f, 8)}" if style else f"015{r.randint(1, 9)} {d(f, 7)}"
    if cc == "NL":
        return f"+31 6 {d(f, 8)}"
    if cc == "AE":
        return f"+971 5{r.choice('0245')} {d(f, 3)} {d(f, 4)}"
    if cc == "NG":
        return f"+234 {f.pick(['803', '806', '810', '816'])} {d(f, 3)} {d(f, 4)}"
    if cc == "AU":
        return f"+61 4{d(f, 2)} {d(f, 3)} {d(f, 3)}" if style else f"04{d(f, 2)} {d(f, 3)} {d(f, 3)}"
    if cc == "RU":
        return f"+7 9{d(f, 2)} {d(f, 3)}-{d(f, 2)}-{d(f, 2)}"
    if cc == "PL":
        return f"+48 {r.randint(500, 799)} {d(f, 3)} {d(f, 3)}"
    if cc == "FR":
        return f"+33 6 {d(f, 2)} {d(f, 2)} {d(f, 2)} {d(f, 2)}"
    if cc == "IN":
        return f"+91 9{d(f, 4)} {d(f, 5)}"
    if cc == "CN":
        return f"+86 13{d(f, 1)} {d(f, 4)} {d(f, 4)}"
    if cc == "JP":
        return f"+81 90-{d(f, 4)}-{d(f, 4)}"
    if cc == "BR":
        return f"+55 11 9{d(f, 4)}-{d(f, 4)}"
    raise ValueError(cc)


def e164(f: Fake, cc: str | None = None) -> str:
    """A phone number as WhatsApp and form tools send it: country code and digits only."""
    number = phone(f, cc)
    while not number.startswith("+"):
        number = phone(f, cc)
    return "".join(c for c in number if c.isdigit())


def postcode(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    r = f.r
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    if cc == "GB":
        area = f.pick(["M", "LS", "B", "G", "BS", "CF", "SW", "E", "N"])
        return f"{area}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
    if cc == "IE":
        eircode = "ACDEFHKNPRTVWXY"
        return f"D{r.randint(1, 24):02d} {r.choice(eircode)}{d(f, 1)}{r.choice(eircode)}{d(f, 1)}"
    if cc == "NL":
        return f"{r.randint(1000, 9999)} {r.choice(letters)}{r.choice(letters)}"
    if cc == "CO":
        return f"{r.choice(['05', '11', '76', '66', '08'])}{d(f, 4)}"
    if cc == "AU":
        return str(r.randint(2000, 6999))
    if cc in ("CN", "RU", "IN"):
        return f"{r.randint(1, 9)}{d(f, 5)}"
    if cc == "JP":
        return f"{d(f, 3)}-{d(f, 4)}"
    if cc == "BR":
        return f"{d(f, 5)}-{d(f, 3)}"
    if cc == "PL":
        return f"{d(f, 2)}-{d(f, 3)}"
    if cc == "AE":
        return f"{d(f, 5)}"
    return f"{r.randint(10000, 99999)}"


def street(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    r = f.r
    if cc == "TR":
        road = f.pick(["Bağdat Cad.", "Atatürk Bulvarı", "Cumhuriyet Mah. 1204. Sk.", "Gazi Cad."])
        return f"{road} No:{r.randint(1, 250)} D:{r.randint(1, 20)}"
    if cc == "CO":
        kind = f.pick(["Calle", "Carrera", "Transversal", "Diagonal"])
        road = f"{kind} {r.randint(1, 120)}{f.pick(['', 'A', 'B'])}"
        return f"{road} # {r.randint(1, 99)}-{r.randint(1, 99)}{f.pick(['', ' Apto 502', ' Int 3'])}"
    if cc == "TH":
        return f"{r.randint(1, 999)}/{r.randint(1, 300)} Soi Sukhumvit {r.randint(1, 71)}"
    if cc in ("DE", "PL", "NL"):
        name = f.pick(["Lindenstraße", "Hauptstraße", "ul. Długa", "Kerkstraat", "Bahnhofstraße"])
        return f"{name} {r.randint(1, 180)}"
    if cc == "FR":
        return f"{r.randint(1, 150)} rue {f.pick(['de la République', 'Victor Hugo', 'des Lilas'])}"
    if cc == "AE":
        return f"Villa {r.randint(1, 90)}, Street {r.randint(1, 40)}, Al Barsha {r.randint(1, 3)}"
    if cc == "JP":
        return f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} Nishi-Shinjuku"
    road = f.pick(
        ["Harrow Road", "Elm Street", "Maple Avenue", "Victoria Road", "Church Lane", "Allen Avenue"]
    )
    return f"{r.randint(1, 4999)} {road}"


def address_line(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    return f"{street(f, cc)}, {f.pick(HOME_CITIES[cc])} {postcode(f, cc)}"


def home_city(f: Fake, cc: str | None = None) -> str:
    return f.pick(HOME_CITIES[origin(f, cc)])


def dob(f: Fake, style: str = "iso") -> str:
    y, m, day = f.r.randint(1962, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    if style == "dmy":
        return f"{day:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "thai":  # Buddhist-era year, as Thai forms send it
        return f"{day:02d}/{m:02d}/{y + 543}"
    return f"{y}-{m:02d}-{day:02d}"


def passport(f: Fake, cc: str | None = None) -> str:
    cc = origin(f, cc)
    r = f.r
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc in ("GB", "US", "RU"):
        return d(f, 9) if cc != "US" or r.random() < 0.5 else f"A{d(f, 8)}"
    if cc == "DE":
        return f.pick(["C", "F", "G", "H", "K"]) + "".join(
            r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if cc == "TR":
        return f"U{d(f, 8)}"
    if cc == "FR":
        return f"{d(f, 2)}{r.choice(up)}{r.choice(up)}{d(f, 5)}"
    if cc in ("CO", "BR"):
        return f"{f.pick(['AV', 'AQ', 'FZ', 'GA'])}{d(f, 6)}"
    if cc in ("TH", "IE", "PL", "JP"):
        return f"{r.choice(up)}{r.choice(up)}{d(f, 7)}"
    return f"{r.choice(up)}{d(f, 8)}"


def tckn(f: Fake) -> str:
    """Turkish TC Kimlik No with both check digits."""
    n = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10
    n.append(d10)
    n.append(sum(n) % 10)
    return "".join(map(str, n))


def thai_id(f: Fake, dashed: bool | None = None) -> str:
    n = [f.r.randint(1, 8)] + [f.r.randint(0, 9) for _ in range(11)]
    n.append((11 - sum(v * (13 - i) for i, v in enumerate(n)) % 11) % 10)
    s = "".join(map(str, n))
    if dashed if dashed is not None else f.r.random() < 0.5:
        return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"
    return s


def cedula(f: Fake) -> str:
    n = (
        str(f.r.randint(10_000_000, 1_299_999_999))
        if f.r.random() < 0.7
        else str(f.r.randint(1_000_000, 99_999_999))
    )
    if f.r.random() < 0.4:
        return f"{int(n):,}".replace(",", ".")
    return n


IBAN_SHAPES = {
    "TR": lambda f: f"{d(f, 5)}0{d(f, 16)}",
    "DE": lambda f: d(f, 18),
    "GB": lambda f: f.pick(["BARC", "NWBK", "HBUK", "LOYD"]) + d(f, 14),
    "NL": lambda f: f.pick(["ABNA", "INGB", "RABO"]) + d(f, 10),
    "ES": lambda f: d(f, 20),
    "FR": lambda f: d(f, 23),
    "IE": lambda f: f.pick(["AIBK", "BOFI"]) + d(f, 14),
    "AE": lambda f: d(f, 19),
    "PL": lambda f: d(f, 24),
}


def iban(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(list(IBAN_SHAPES))
    bban = IBAN_SHAPES[cc](f)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    if f.r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def ip(f: Fake) -> str:
    return f.ipv6() if f.r.random() < 0.15 else f.ipv4()


def b64ish(f: Fake, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(f.r.choice(alphabet) for _ in range(n))


def alnum(f: Fake, n: int) -> str:
    return "".join(
        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


def gclid(f: Fake) -> str:
    return f.pick(["Cj0KCQjw", "CjwKCAjw", "EAIaIQob"]) + b64ish(f, 70) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64ish(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def photo_url(f: Fake, kind: str = "before") -> str:
    angle = f.pick(["front", "left45", "right45", "profile-left", "top", "crown"])
    return f"https://uploads.lumea-clinic.com/patients/{f.uuid()}/{kind}/{angle}-{f.hexid(8)}.jpg"


def iso_tz(f: Fake) -> str:
    base = f.iso()[:19]
    return base + f.pick(["+03:00", "-05:00", "+07:00", "Z"])


def when(f: Fake) -> str:
    return f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- rendering: build.py's render plus fixed sequences ---------------------------------------------


class Seq:
    """A fixed array of different item templates (a form's answers): all share the path `[]`."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


def const(value):
    return G(lambda f: value)


def one_of(*values):
    return G(lambda f: f.pick(list(values)))


# -- contexts sent by the client libraries ----------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.6422.165 Mobile Safari/537.36 Instagram 337.0.0.36.95",
]
SITES = [
    "https://www.lumea-clinic.com",
    "https://lumea.com.tr",
    "https://lumea.com.co",
    "https://th.lumea-clinic.com",
]
LOCALES = ["en-GB", "en-US", "tr-TR", "es-CO", "th-TH", "de-DE", "ar-AE", "nl-NL", "fr-FR", "ru-RU", "pl-PL"]
TIMEZONES = [
    "Europe/London",
    "Europe/Istanbul",
    "America/Bogota",
    "Asia/Bangkok",
    "Asia/Dubai",
    "Europe/Berlin",
]
TIMEZONES += ["America/New_York", "Australia/Perth", "Africa/Lagos"]


def web_context(f: Fake, pages: list[tuple[str, str]]):
    path, title = f.pick(pages)
    site = f.pick(SITES)
    query = f.pick(
        [
            "",
            "",
            "?utm_source=google&utm_medium=cpc",
            "?lang=en",
            "?utm_source=instagram&utm_medium=paid_social",
        ]
    )
    return {
        "library": {"name": const("analytics.js"), "version": one_of("npm:next-1.70.0", "next-1.72.1")},
        "page": {
            "path": const(path),
            "referrer": one_of(
                "https://www.google.com/", "", "https://www.instagram.com/", "https://l.facebook.com/"
            ),
            "search": const(query),
            "title": const(title),
            "url": const(site + path + query),
        },
        "userAgent": one_of(*WEB_UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": one_of("Chromium", "Google Chrome", "Not/A)Brand", "Microsoft Edge"),
                    "version": one_of("126", "8", "125"),
                },
                3,
            ),
            "mobile": one_of(True, False),
            "platform": one_of("Android", "Windows", "macOS"),
        },
        "locale": one_of(*LOCALES),
        "timezone": one_of(*TIMEZONES),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": one_of(
                "rhino_tr_uk_2025", "hair_fue_ie", "lipo_co_us_q2", "bbl_medellin_search", "breast_th_au"
            ),
            "source": one_of("google", "facebook", "instagram", "tiktok"),
            "medium": one_of("cpc", "paid_social", "display"),
            "term": one_of(
                "nose job turkey price",
                "hair transplant istanbul",
                "lipo colombia",
                "breast augmentation bangkok",
            ),
            "content": one_of("carousel_a", "ugc_video_3", "rsa_v2"),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": const("Lumea Patient"),
            "version": one_of("4.8.0", "4.9.2", "4.10.0"),
            "build": one_of("4800", "4921", "5003"),
            "namespace": const("com.lumea.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": const("Apple"),
            "model": one_of("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"),
            "name": const("iPhone"),
            "type": const("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": one_of(True, False),
            # An APNs push token: lets anyone holding it message the device (red, as the base corpus).
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": const("analytics-swift"), "version": one_of("1.5.11", "1.6.1")},
        "locale": one_of(*LOCALES),
        "network": {"wifi": one_of(True, False), "cellular": one_of(True, False)},
        "os": {"name": const("iOS"), "version": one_of("17.5.1", "18.0", "16.7.8")},
        "screen": {"width": one_of(390, 393, 430), "height": one_of(844, 852, 932)},
        "timezone": one_of(*TIMEZONES),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "phone": Y(phone, "phone"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": const("Lumea Patient"),
            "version": one_of("4.8.0", "4.9.2"),
            "build": one_of("480", "492"),
            "namespace": const("com.lumea.patient"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": one_of("samsung", "Xiaomi", "Google", "OPPO"),
            "model": one_of("SM-A546B", "23021RAAEG", "Pixel 8", "CPH2487"),
            "name": one_of("a54x", "tapas", "shiba", "OP5958L1"),
            "type": const("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": one_of(True, False),
        },
        "library": {"name": const("analytics-kotlin"), "version": one_of("1.16.3", "1.17.0")},
        "locale": one_of(*LOCALES),
        "network": {
            "wifi": one_of(True, False),
            "cellular": one_of(True, False),
            "carrier": one_of("Turkcell", "Claro", "AIS", "Vodafone UK", "Etisalat", "Tigo"),
            "bluetooth": const(False),
        },
        "os": {"name": const("Android"), "version": one_of("14", "13", "12")},
        "screen": {"density": one_of(2.625, 3.0, 2.75), "width": const(1080), "height": one_of(2340, 2400)},
        "timezone": one_of(*TIMEZONES),
        "userAgent": one_of(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; 23021RAAEG Build/TKQ1.221114.001)",
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-35, 60), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-80, 150), 6), "geolocation"),
            "speed": one_of(0.0, 0.4, 1.2),
        },
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": const("Lumea Patient"),
            "version": one_of("4.9.2", "4.10.0"),
            "build": one_of("4921", "5003"),
            "namespace": const("com.lumea.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": one_of("Apple", "samsung"),
            "model": one_of("iPhone14,5", "SM-S918B"),
            "name": one_of("iPhone", "dm3q"),
            "type": one_of("ios", "android"),
        },
        "library": {"name": const("analytics-react-native"), "version": one_of("2.19.2", "2.20.1")},
        "locale": one_of(*LOCALES),
        "network": {"wifi": one_of(True, False), "cellular": one_of(True, False)},
        "os": {"name": one_of("iOS", "Android"), "version": one_of("17.4", "14")},
        "screen": {"width": one_of(390, 412), "height": one_of(844, 915)},
        "timezone": one_of(*TIMEZONES),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(email, "email"), "firstName": Y(first, "name")},
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": const("Lumea Coordinator"),
            "version": one_of("2.3.0", "2.4.1"),
            "build": one_of("230", "241"),
            "namespace": const("com.lumea.coordinator"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": one_of("samsung", "Apple"),
            "model": one_of("SM-X205", "iPad13,18"),
            "type": one_of("android", "ios"),
        },
        "library": {"name": const("analytics-flutter"), "version": one_of("1.1.3", "1.1.5")},
        "locale": one_of("tr-TR", "es-CO", "th-TH", "en-GB"),
        "os": {"name": one_of("Android", "iOS"), "version": one_of("14", "17.5")},
        "screen": {"width": one_of(800, 820), "height": one_of(1340, 1180)},
        "timezone": one_of("Europe/Istanbul", "America/Bogota", "Asia/Bangkok"),
        "network": {"wifi": const(True)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("analytics-csharp", ["2.3.6", "2.4.0"]),
}


def server_context(f: Fake, lib: str, with_ip: bool = False):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": const(name), "version": one_of(*versions)}}
    if with_ip:  # the server forwards the client's address and agent
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = one_of(*WEB_UAS)
    return ctx


# -- catalogue --------------------------------------------------------------------------------------

PACKAGES = [
    ("PKG-RHN-IST", "Rhinoplasty All-Inclusive Istanbul", "Face", "Istanbul"),
    ("PKG-FUE-IST", "FUE Hair Transplant 4000 Grafts - Istanbul", "Hair", "Istanbul"),
    ("PKG-DHI-ANT", "DHI Hair Transplant Sapphire - Antalya", "Hair", "Antalya"),
    ("PKG-BA-BKK", "Breast Augmentation Package Bangkok", "Breast", "Bangkok"),
    ("PKG-BBL-MDE", "Lipo 360 + BBL Medellín", "Body", "Medellín"),
    ("PKG-MMO-MDE", "Mommy Makeover Medellín", "Body", "Medellín"),
    ("PKG-FL-ANT", "Facelift & Blepharoplasty Antalya", "Face", "Antalya"),
    ("PKG-VEN-IZM", "Porcelain Veneers 20 Units Izmir", "Dental", "Izmir"),
    ("PKG-BR-PKT", "Breast Lift Recovery Retreat Phuket", "Breast", "Phuket"),
    ("PKG-SLV-BOG", "Gastric Sleeve Bogotá", "Bariatric", "Bogotá"),
]
PROCEDURES = [
    "rhinoplasty",
    "septorhinoplasty",
    "revision rhinoplasty",
    "FUE hair transplant",
    "DHI hair transplant",
    "breast augmentation",
    "breast lift",
    "breast reduction",
    "liposuction 360",
    "Brazilian butt lift",
    "abdominoplasty",
    "blepharoplasty",
    "facelift",
    "gastric sleeve",
]
CLINICS = [
    "Lumea Şişli",
    "Lumea Antalya Lara",
    "Lumea El Poblado",
    "Lumea Usaquén",
    "Lumea Sukhumvit",
    "Lumea Phuket",
]
CLINIC_CITIES = ["Istanbul", "Antalya", "Izmir", "Medellín", "Bogotá", "Cali", "Bangkok", "Phuket"]
HOTELS = [
    "Swissôtel The Bosphorus",
    "Hilton Istanbul Bomonti",
    "Rixos Downtown Antalya",
    "Hotel Dann Carlton Medellín",
]
HOTELS += ["The Charlee Hotel", "Novotel Bangkok Sukhumvit 20", "Holiday Inn Resort Phuket"]
AIRPORTS = ["IST", "SAW", "AYT", "MDE", "BOG", "CLO", "BKK", "HKT"]
AIRLINES = ["Turkish Airlines", "Pegasus", "Avianca", "LATAM", "Thai Airways", "Emirates", "Qatar Airways"]
CURRENCIES = ["EUR", "GBP", "USD", "TRY", "COP", "THB"]


def package_field(i: int):
    return lambda f: f.pick(PACKAGES)[i]


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(PACKAGES)[0] + "-" + f.pick(["STD", "VIP", "PLUS"])),
        "name": G(package_field(1)),
        "category": G(package_field(2)),
        "brand": const("Lumea"),
        "variant": one_of(
            "3 nights Swissôtel", "VIP 7 nights", "350cc Motiva round", "4500 grafts", "Standard"
        ),
        "price": G(lambda f: f.money(1800, 9500)),
        "quantity": const(1),
        "url": G(lambda f: f"https://www.lumea-clinic.com/packages/{f.pick(PACKAGES)[0].lower()}"),
    }


def garment():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(
            lambda f: f.pick(["CG-FAJA", "CG-BRA", "CG-CHIN", "CG-BOARD"]) + "-" + f.pick(["S", "M", "L"])
        ),
        "name": one_of("Faja Colombiana Stage 2", "Post-Surgical Bra", "Chin Strap", "Lipo Foam Board"),
        "category": const("Recovery"),
        "brand": one_of("Lumea", "Fajas Salomé", "Marena"),
        "variant": one_of("Beige", "Black", "Mocha"),
        "price": G(lambda f: f.money(19, 140)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://www.lumea-clinic.com/shop/{f.hexid(6)}"),
    }


WEB_PAGES = {
    "home": [("/", "Lumea | Aesthetic Surgery Abroad"), ("/tr/", "Lumea | Estetik Cerrahi")],
    "procedure": [
        ("/procedures/rhinoplasty-turkey", "Rhinoplasty in Turkey | Lumea"),
        ("/procedures/hair-transplant-istanbul", "Hair Transplant Istanbul | Lumea"),
        ("/es/procedimientos/lipo-360-medellin", "Lipo 360 en Medellín | Lumea"),
        ("/procedures/breast-augmentation-thailand", "Breast Augmentation Thailand | Lumea"),
    ],
    "contact": [
        ("/free-consultation", "Free Online Consultation | Lumea"),
        ("/contact", "Contact us | Lumea"),
    ],
    "checkout": [("/checkout", "Secure checkout | Lumea"), ("/checkout/payment", "Payment | Lumea")],
    "account": [("/my/medical-history", "My medical history | Lumea"), ("/my/trip", "My trip | Lumea")],
    "gallery": [("/before-after", "Before & After Gallery | Lumea"), ("/reviews", "Patient reviews | Lumea")],
}


def enquiry_message(f: Fake) -> str:
    return f.pick(
        [
            "Hi, how much is the rhinoplasty package with hotel?",
            "Do you have availability in March?",
            "Is the airport transfer included in the price?",
            "Can I pay the deposit by bank transfer?",
            "How many nights do I need to stay after the operation?",
            "Hola, ¿el precio incluye el hotel y los controles?",
            "Merhaba, fiyat bilgisi alabilir miyim?",
            "สวัสดีค่ะ สนใจแพ็กเกจเสริมหน้าอกค่ะ ราคาเท่าไหร่คะ",
        ]
    )


def note_with_contact(f: Fake) -> str:
    return f.pick(
        [
            f"Prefers WhatsApp, not calls: {phone(f)}",
            f"Sister will pay the deposit, send invoice to {email(f)}",
            f"Call back after 6pm UK time on {phone(f, 'GB')}",
            f"Wrong number on the form, correct one is {phone(f)}",
            f"Asked us to use her work e-mail {email(f)} from now on",
            f"Hasta pronto, escribir al {phone(f, 'CO')} por WhatsApp",
        ]
    )


def clinical_note(f: Fake) -> str:
    return f.pick(
        [
            "Deviated septum to the left, mild dorsal hump, thick skin at the tip.",
            "Norwood V, good donor density, no scalp infection.",
            "Bilateral ptosis grade II, asymmetry of 40cc, no palpable lumps.",
            "BMI 31, advise 6 kg weight loss before lipo 360.",
            "History of keloid scarring on the abdomen.",
            "Previous rhinoplasty in 2019, collapsed internal valve.",
            "Type 2 diabetic, HbA1c must be under 7 before surgery.",
        ]
    )


def postop_note(f: Fake) -> str:
    return f.pick(
        [
            "Swelling around the eyes still there, a bit of bruising on the left.",
            "Some scabs on the crown, itching at night.",
            "Pain in the right breast when lying down, took paracetamol.",
            "Drain site leaking a little clear fluid.",
            "Nose feels blocked, breathing through the mouth at night.",
            "Numbness on the lower abdomen since day 2.",
        ]
    )


def complication_text(f: Fake) -> str:
    return f.pick(
        [
            "Fever of 38.6 since last night and the incision is red and warm.",
            "Left implant feels hard and sits higher than the right.",
            "Fluid collecting above the scar, like a water balloon.",
            "Several grafts fell out when I washed my hair on day 4.",
            "Bleeding from the nose that will not stop for 20 minutes.",
            "Shortness of breath and calf pain on the left leg.",
        ]
    )


def review_text(f: Fake) -> str:
    return f.pick(
        [
            "Everything was organised perfectly from the airport to the hotel.",
            "The translator was with us the whole time, very reassuring.",
            "Hotel was lovely, transfers always on time.",
            "Communication before the trip could have been faster.",
            "Excelente atención, el equipo muy profesional.",
            "Çok memnun kaldım, herkese tavsiye ederim.",
            "Would recommend, but the clinic was busy on the day.",
        ]
    )


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            "What time is the transfer tomorrow?",
            "Is breakfast included at the hotel?",
            "Ok, see you at 9",
            "Thank you so much!",
            "Can you send me the invoice again?",
            "¿A qué hora es el control?",
            "Yarın saat kaçta alacaksınız?",
        ]
    )


# -- events: (type, event or page/screen name, clients, body, web pages) --------------------------

ACQUISITION = [
    (
        "page",
        "Procedure",
        ["web"],
        {
            "path": one_of(*[p for p, _ in WEB_PAGES["procedure"]]),
            "title": one_of(*[t for _, t in WEB_PAGES["procedure"]]),
            "url": G(lambda f: f.pick(SITES) + f.pick(WEB_PAGES["procedure"])[0]),
            "referrer": one_of("https://www.google.com/", "", "https://www.tiktok.com/"),
            "search": one_of("", "?gad_source=1", "?utm_source=facebook"),
            "name": const("Procedure"),
            "category": one_of("Face", "Hair", "Body", "Breast"),
        },
        "procedure",
    ),
    (
        "page",
        "Before & After Gallery",
        ["web"],
        {
            "path": const("/before-after"),
            "title": const("Before & After Gallery | Lumea"),
            "url": G(lambda f: f.pick(SITES) + "/before-after"),
            "name": const("Before & After Gallery"),
            "gallery_filter": one_of("rhinoplasty", "hair", "bbl", "breast", "all"),
            "items_loaded": G(lambda f: f.r.randint(12, 96)),
        },
        "gallery",
    ),
    (
        "track",
        "Price Calculator Used",
        ["web"],
        {
            "procedure_slug": one_of(
                "rhinoplasty", "fue-hair-transplant", "lipo-360", "breast-augmentation", "bbl"
            ),
            "destination_city": one_of(*CLINIC_CITIES),
            "graft_count": G(lambda f: f.pick([None, 2500, 3000, 3500, 4000, 4500, 5000])),
            "nights": G(lambda f: f.r.randint(3, 12)),
            "include_flights": one_of(True, False),
            "estimated_price_min": G(lambda f: f.r.randint(1500, 4000)),
            "currency": one_of(*CURRENCIES),
        },
        "procedure",
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": one_of(
                "nose job", "hair transplant price", "lipo 360", "vaser", "breast lift bangkok", "veneers"
            )
        },
        "home",
    ),
    (
        "track",
        "Enquiry Form Submitted",
        ["web"],
        {
            "form_id": one_of("hero_form", "sticky_footer", "price_popup"),
            "full_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "country_of_residence": one_of(
                "United Kingdom", "Ireland", "Germany", "United States", "UAE", "Australia"
            ),
            "procedure_interest": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "preferred_contact_method": one_of("whatsapp", "phone", "email"),
            "preferred_language": one_of("en", "tr", "es", "th", "ar", "de"),
            "age": G(lambda f: f.r.randint(19, 64)),
            "message": G(enquiry_message),
            "consent_marketing": one_of(True, False),
            "whatsapp_opt_in": one_of(True, False),
            "gclid": Y(gclid, "advertising id"),
            "utm_source": one_of("google", "facebook", "instagram", "tiktok"),
        },
        "contact",
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["node"],
        {
            "object": const("whatsapp_business_account"),
            "entry": Many(
                {
                    "id": G(lambda f: "1" + d(f, 14)),
                    "changes": Many(
                        {
                            "value": {
                                "metadata": {
                                    # the clinic's own WhatsApp Business line and its id: green
                                    "display_phone_number": one_of(
                                        "905322104455", "573104567788", "66824551200"
                                    ),
                                    "phone_number_id": G(lambda f: "10" + d(f, 13)),
                                },
                                "contacts": Many(
                                    {
                                        "profile": {"name": Y(full_name, "name")},
                                        "wa_id": Y(
                                            lambda f: e164(f),
                                            "phone",
                                            True,
                                        ),
                                    },
                                    1,
                                ),
                                "messages": Many(
                                    {
                                        "from": Y(
                                            lambda f: e164(f),
                                            "phone",
                                            True,
                                        ),
                                        "id": G(lambda f: "wamid.HBgM" + b64ish(f, 40)),
                                        "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                                        "type": const("text"),
                                        "text": {"body": G(enquiry_message)},
                                    },
                                    2,
                                ),
                            },
                        },
                        1,
                    ),
                },
                1,
            ),
        },
        None,
    ),
    (
        "track",
        "Lead Created",
        ["dotnet"],
        {
            "LeadId": G(lambda f: "LD-" + d(f, 7)),
            "FullName": Y(full_name, "name"),
            "MobilePhone": Y(phone, "phone"),
            "Email": Y(email, "email"),
            "Procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "Clinic": one_of(*CLINICS),
            "Country": one_of("GB", "IE", "DE", "US", "AE", "NG", "AU"),
            "Source": one_of("WhatsApp", "WebForm", "Instagram DM", "Phone"),
            "AssignedCoordinator": Y(staff_name, "name"),
            "CreatedUtc": G(lambda f: f.iso()),
            "Score": G(lambda f: f.r.randint(0, 100)),
            "Notes": Y(note_with_contact, "phone|email", True),
        },
        None,
    ),
    (
        "track",
        "Form Gönderildi",
        ["php"],
        {
            "basvuru_no": G(lambda f: "BSV" + d(f, 8)),
            "ad": Y(lambda f: first(f, "TR"), "name"),
            "soyad": Y(lambda f: last(f, "TR"), "name"),
            "telefon": Y(lambda f: phone(f, "TR"), "phone"),
            "eposta": Y(lambda f: email(f, "TR"), "email"),
            "sehir": Y(lambda f: home_city(f, "TR"), "city"),
            "ilgilenilen_islem": Y(
                lambda f: f.pick(
                    ["burun estetiği", "saç ekimi", "meme büyütme", "liposuction", "göz kapağı estetiği"]
                ),
                "procedure",
            ),
            "dogum_yili": Y(lambda f: f.r.randint(1965, 2005), "birthdate"),
            "kvkk_onay": const(True),
            "ticari_ileti_izni": one_of(True, False),
            "kaynak": one_of("google_ads", "instagram", "tavsiye"),
            "sube": one_of("Şişli", "Lara", "Alsancak"),
        },
        None,
    ),
    (
        "track",
        "Solicitud de Valoración",
        ["python"],
        {
            "id_solicitud": G(lambda f: f.uuid()),
            "nombre_completo": Y(lambda f: full_name(f, "CO"), "name"),
            "cedula": RED(lambda f: cedula(f), "national id"),
            "celular": Y(lambda f: phone(f, "CO"), "phone"),
            "correo": Y(lambda f: email(f, "CO"), "email"),
            "ciudad": Y(lambda f: home_city(f, "CO"), "city"),
            "procedimiento": Y(
                lambda f: f.pick(
                    [
                        "lipoescultura",
                        "mamoplastia de aumento",
                        "abdominoplastia",
                        "rinoplastia",
                        "lipo 360 + transferencia glútea",
                    ]
                ),
                "procedure",
            ),
            "fecha_nacimiento": Y(lambda f: dob(f, "dmy"), "birthdate"),
            "acepta_tratamiento_datos": const(True),
            "estrato": G(lambda f: f.r.randint(2, 6)),
            "valor_cotizado": G(lambda f: f.r.randint(9, 38) * 1_000_000),
            "moneda": const("COP"),
        },
        None,
    ),
    (
        "track",
        "แบบฟอร์มนัดหมาย",
        ["node"],
        {
            "ชื่อ-นามสกุล": Y(lambda f: f.pick(THAI_SCRIPT_NAMES), "name"),
            "เบอร์โทรศัพท์": Y(lambda f: phone(f, "TH"), "phone"),
            "อีเมล": Y(lambda f: email(f, "TH"), "email"),
            "LINE ID": Y(
                lambda f: (
                    f.pick(["ploy", "nong", "bee", "mint", "somchai"])
                    + f.pick(["_", ".", ""])
                    + str(f.r.randint(7, 99))
                ),
                "name",
            ),
            "หัตถการที่สนใจ": Y(lambda f: f.pick(["เสริมจมูก", "เสริมหน้าอก", "ตัดถุงใต้ตา", "ดูดไขมัน"]), "procedure"),
            "วันที่สะดวก": G(lambda f: when(f)),
            "สาขา": one_of("สุขุมวิท", "ภูเก็ต"),
            "ยินยอมให้ติดต่อกลับ": const(True),
        },
        None,
    ),
    (
        "track",
        "Typeform Response Received",
        ["node"],
        {
            "form_response": {
                "form_id": one_of("lK3jPq9Z", "xT7wMb2R"),
                "token": G(lambda f: alnum(f, 32).lower()),
                "landed_at": G(lambda f: f.iso()),
                "submitted_at": G(lambda f: f.iso()),
                "hidden": {"utm_source": one_of("facebook", "google", "tiktok")},
                "answers": Seq(
                    {
                        "type": const("text"),
                        "text": Y(full_name, "name", True),
                        "field": {
                            "id": G(lambda f: alnum(f, 12)),
                            "type": const("short_text"),
                            "ref": const("full_name"),
                        },
                    },
                    {
                        "type": const("email"),
                        "email": Y(email, "email"),
                        "field": {
                            "id": G(lambda f: alnum(f, 12)),
                            "type": const("email"),
                            "ref": const("email"),
                        },
                    },
                    {
                        "type": const("phone_number"),
                        "phone_number": Y(lambda f: "+" + e164(f), "phone"),
                        "field": {
                            "id": G(lambda f: alnum(f, 12)),
                            "type": const("phone_number"),
                            "ref": const("phone"),
                        },
                    },
                    {
                        "type": const("choice"),
                        "choice": {"label": Y(lambda f: f.pick(PROCEDURES), "procedure", True)},
                        "field": {
                            "id": G(lambda f: alnum(f, 12)),
                            "type": const("multiple_choice"),
                            "ref": const("procedure"),
                        },
                    },
                    {
                        "type": const("boolean"),
                        "boolean": one_of(True, False),
                        "field": {
                            "id": G(lambda f: alnum(f, 12)),
                            "type": const("yes_no"),
                            "ref": const("consent"),
                        },
                    },
                ),
            },
        },
        None,
    ),
    (
        "track",
        "Jotform Submission",
        ["php"],
        {
            "formID": G(lambda f: "2413" + d(f, 11)),
            "submissionID": G(lambda f: "59" + d(f, 17)),
            "formTitle": one_of("Hair Transplant Free Analysis", "Consulta gratuita"),
            "rawRequest": {
                "q3_fullName": {"first": Y(first, "name"), "last": Y(last, "name")},
                "q4_email": Y(email, "email"),
                "q5_phoneNumber": {"full": Y(phone, "phone")},
                "q7_whatIs": Y(
                    lambda f: f.pick(["Norwood 3", "Norwood 4", "Norwood 5", "Norwood 6"]), "condition", True
                ),
                "q9_uploadPhotos": Many(
                    Y(
                        lambda f: (
                            f"https://www.jotform.com/uploads/lumea/{d(f, 15)}/{d(f, 19)}/IMG_{d(f, 4)}.jpeg"
                        ),
                        "photo",
                    ),
                    3,
                ),
                "slug": G(lambda f: "submit/2413" + d(f, 11)),
            },
            "ip": Y(ip, "ip"),
        },
        None,
    ),
    (
        "track",
        "Calendly Invitee Created",
        ["node"],
        {
            "event": const("invitee.created"),
            "payload": {
                "email": Y(email, "email"),
                "name": Y(full_name, "name"),
                "timezone": one_of(*TIMEZONES),
                "text_reminder_number": Y(phone, "phone"),
                "questions_and_answers": Many(
                    {
                        "question": const("Which procedure are you interested in?"),
                        "answer": Y(lambda f: f.pick(PROCEDURES), "procedure", True),
                    },
                    1,
                ),
                "scheduled_event": {
                    "start_time": G(lambda f: f.iso()),
                    "name": const("Free video consultation (20 min)"),
                    "location": {
                        "type": const("zoom"),
                        "join_url": G(lambda f: f"https://us06web.zoom.us/j/8{d(f, 9)}"),
                    },
                },
            },
        },
        None,
    ),
]

CONSULTATION = [
    (
        "track",
        "Online Consultation Booked",
        ["web", "rn"],
        {
            "consultation_id": G(lambda f: f.uuid()),
            "starts_at": G(iso_tz),
            "duration_min": one_of(15, 20, 30),
            "surgeon_name": Y(staff_name, "name"),
            "surgeon_id": G(lambda f: "SRG-" + d(f, 3)),
            "channel": one_of("zoom", "whatsapp_video", "google_meet"),
            "interpreter_language": one_of("en", "ar", "de", "none"),
            "procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "fee": one_of(0, 0, 50, 75),
            "currency": one_of(*CURRENCIES),
            "is_free": one_of(True, False),
        },
        "contact",
    ),
    (
        "track",
        "Photos Uploaded",
        ["rn", "swift"],
        {
            "upload_id": G(lambda f: f.uuid()),
            "photo_count": G(lambda f: f.r.randint(2, 8)),
            "angles": Many(one_of("front", "left", "right", "top", "back", "crown"), 4),
            "photo_urls": Many(Y(photo_url, "photo"), 4),
            "body_area": Y(
                lambda f: f.pick(["nose", "scalp", "breasts", "abdomen", "eyelids", "buttocks"]), "procedure"
            ),
            "consent_before_after_public": one_of(True, False),
        },
        None,
    ),
    (
        "track",
        "Nose Simulation Generated",
        ["web"],
        {
            "simulation_id": G(lambda f: f.uuid()),
            "model_version": one_of("rhino-sim-2.3.1", "rhino-sim-2.4.0"),
            "input_photo_url": Y(lambda f: photo_url(f, "simulation-input"), "photo"),
            "output_photo_url": Y(lambda f: photo_url(f, "simulation-output"), "photo"),
            "tip_rotation_deg": G(lambda f: f.r.randint(0, 15)),
            "dorsal_reduction_mm": G(lambda f: round(f.r.uniform(0, 4), 1)),
        },
        "procedure",
    ),
    (
        "track",
        "Consultation Completed",
        ["java"],
        {
            "consultation_id": G(lambda f: f.uuid()),
            "surgeon_name": Y(staff_name, "name"),
            "recommended_procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "norwood_scale": Y(lambda f: f.pick(["II", "III", "IIIv", "IV", "V", "VI", None]), "condition"),
            "recommended_grafts": G(lambda f: f.pick([0, 2500, 3200, 4000, 4800])),
            "bmi": Y(lambda f: round(f.r.uniform(19, 34), 1), "condition"),
            "candidate_status": one_of("approved", "needs_blood_test", "declined", "on_hold"),
            "doctor_notes": Y(clinical_note, "condition|diagnosis", True),
            "follow_up_required": one_of(True, False),
            "quote_amount": G(lambda f: f.r.randint(1900, 9800)),
            "quote_currency": one_of("EUR", "GBP", "USD"),
        },
        None,
    ),
    (
        "track",
        "Medical History Form Submitted",
        ["web", "swift"],
        {
            "form_version": one_of("mh-2024.3", "mh-2025.1"),
            "smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "diabetes": Y(lambda f: f.pick([True, False]), "condition"),
            "hypertension": Y(lambda f: f.pick([True, False]), "condition"),
            "takes_blood_thinners": Y(lambda f: f.pick([True, False]), "medication"),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "levothyroxine 50mcg",
                            "sertraline",
                            "metformin",
                            "combined pill",
                            "isotretinoin",
                            "none",
                        ]
                    ),
                    "medication",
                ),
                3,
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["penicillin", "latex", "ibuprofen", "none known", "iodine"]), "allergy"),
                2,
            ),
            "previous_surgeries": Many(
                Y(lambda f: f.pick(["appendectomy", "C-section", "rhinoplasty", "none"]), "procedure"), 2
            ),
            "pregnant_or_breastfeeding": Y(lambda f: f.pick([True, False]), "condition"),
            "blood_type": Y(lambda f: f.pick(["A+", "O+", "B-", "AB+", "O-"]), "condition|diagnosis"),
            "mental_health_history": Y(
                lambda f: f.pick(["none", "anxiety", "depression", "body dysmorphia (treated)"]), "condition"
            ),
            "height_cm": G(lambda f: f.r.randint(150, 192)),
            "questions_answered": G(lambda f: f.r.randint(30, 42)),
            "time_to_complete_s": G(lambda f: f.r.randint(180, 1500)),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": one_of("mother", "partner", "sister", "friend", "husband"),
            },
        },
        "account",
    ),
    (
        "track",
        "Blood Test Results Received",
        ["python"],
        {
            "lab_order_id": G(lambda f: "LAB-" + d(f, 9)),
            "lab_name": one_of("Acıbadem Labmed", "Synlab Colombia", "Bangkok Pathology Lab"),
            "patient_mrn": RED(lambda f: f.pick(["IST", "MDE", "BKK"]) + "-" + d(f, 7), "health id"),
            "collected_at": G(lambda f: f.iso()),
            "fasting": one_of(True, False),
            "results": {
                "hemoglobin_g_dl": Y(lambda f: round(f.r.uniform(10.5, 16.5), 1), "diagnosis|condition"),
                "hba1c_pct": Y(lambda f: round(f.r.uniform(4.6, 8.2), 1), "diagnosis|condition"),
                "inr": Y(lambda f: round(f.r.uniform(0.8, 1.6), 2), "diagnosis|condition"),
                "platelets_10e9_l": Y(lambda f: f.r.randint(140, 420), "diagnosis|condition"),
                "hiv": Y(
                    lambda f: f.pick(["negative", "negative", "negative", "reactive"]), "diagnosis|condition"
                ),
                "hbsag": Y(lambda f: f.pick(["negative", "positive"]), "diagnosis|condition"),
            },
            "status": one_of("final", "preliminary"),
            "file_id": G(lambda f: f.uuid()),
        },
        None,
    ),
    (
        "track",
        "Anaesthesia Assessment Completed",
        ["java"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "patient_mrn": RED(lambda f: f.pick(["IST", "MDE", "BKK"]) + "-" + d(f, 7), "health id"),
            "asa_class": Y(lambda f: f.pick(["ASA I", "ASA II", "ASA III"]), "condition"),
            "sleep_apnoea": Y(lambda f: f.pick([True, False]), "condition"),
            "anaesthetist_name": Y(staff_name, "name"),
            "cleared_for_surgery": one_of(True, False),
            "assessed_at": G(lambda f: f.iso()),
        },
        None,
    ),
    (
        "track",
        "Hair Graft Plan Created",
        ["java"],
        {
            "plan_id": G(lambda f: "GP-" + d(f, 6)),
            "graft_count": G(lambda f: f.pick([2500, 3000, 3500, 4000, 4500])),
            "sessions": one_of(1, 2),
            "technique": Y(lambda f: f.pick(["FUE sapphire", "DHI", "FUE + beard donor"]), "procedure"),
            "norwood_scale": Y(lambda f: f.pick(["II", "III", "IIIv", "IV", "V", "VI", None]), "condition"),
            "hairline_design_approved": one_of(True, False),
            "prp_sessions_included": G(lambda f: f.r.randint(0, 3)),
        },
        None,
    ),
    (
        "track",
        "Consent Form Signed",
        ["web"],
        {
            "consent_form_id": G(lambda f: f.uuid()),
            "consent_version": one_of("surgery-consent-v7", "anaesthesia-consent-v3", "photo-consent-v2"),
            "signed_name": Y(full_name, "name"),
            "signed_at": G(lambda f: f.iso()),
            "signer_ip": Y(ip, "ip"),
            "witness_name": Y(staff_name, "name"),
            "language": one_of("en", "tr", "es", "th"),
            "pages_viewed": G(lambda f: f.r.randint(4, 12)),
        },
        "account",
    ),
]

BOOKING = [
    (
        "track",
        "Product Viewed",
        ["web"],
        {
            **product(),
            "destination_city": one_of(*CLINIC_CITIES),
            "nights": G(lambda f: f.r.randint(3, 12)),
            "currency": one_of(*CURRENCIES),
        },
        "procedure",
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        {"cart_id": G(lambda f: f.uuid()), **product(), "currency": one_of(*CURRENCIES)},
        "procedure",
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.money(1800, 9500)),
            "discount": G(lambda f: f.pick([0, 0, 150, 300])),
            "coupon": one_of("", "SUMMER300", "FRIEND150", "EARLYBIRD"),
            "currency": one_of(*CURRENCIES),
            "products": Many(product(), 2),
        },
        "checkout",
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "payment_method": one_of("card", "bank_transfer", "paypal", "apple_pay"),
            "card_brand": one_of("visa", "mastercard", "amex", "troy"),
            "card_last4": G(lambda f: d(f, 4)),
            "card_bin": G(lambda f: f.pick(["4", "5"]) + d(f, 5)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(full_name, "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": one_of("GB", "IE", "DE", "US", "AE", "NL", "AU"),
            },
        },
        "checkout",
    ),
    (
        "track",
        "Deposit Paid",
        ["node"],
        {
            "payment_intent_id": G(lambda f: "pi_3P" + alnum(f, 22)),
            "client_secret": RED(
                lambda f: "pi_3P" + alnum(f, 22) + "_secret_" + alnum(f, 25), "secret|token"
            ),
            "payment_method_id": RED(lambda f: "pm_1P" + alnum(f, 22), "token"),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "amount": G(lambda f: f.pick([25000, 50000, 75000, 100000])),
            "currency": one_of("eur", "gbp", "usd"),
            "deposit_pct": one_of(10, 20, 30),
            "receipt_email": Y(email, "email"),
            "status": one_of("succeeded", "requires_action", "processing"),
            "card": {
                "brand": one_of("visa", "mastercard", "amex"),
                "last4": G(lambda f: d(f, 4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            },
        },
        None,
    ),
    (
        "track",
        "Order Completed",
        ["python"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "order_number": G(lambda f: "LUM-" + d(f, 6)),
            "total": G(lambda f: f.money(1800, 12000)),
            "subtotal": G(lambda f: f.money(1800, 12000)),
            "currency": one_of(*CURRENCIES),
            "coupon": one_of("", "SUMMER300", "FRIEND150", "EARLYBIRD"),
            "products": Many(product(), 2),
            "package_start_date": G(when),
            "patient": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "date_of_birth": Y(dob, "birthdate"),
                "nationality": Y(lambda f: NATIONALITY[origin(f)], "citizenship"),
            },
        },
        None,
    ),
    (
        "track",
        "Surgery Scheduled",
        ["go"],
        {
            "booking_id": G(lambda f: "BK" + d(f, 8)),
            "procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "surgery_date": G(when),
            "clinic_name": one_of(*CLINICS),
            "clinic_city": one_of(*CLINIC_CITIES),
            "surgeon_name": Y(staff_name, "name"),
            "anaesthesia_type": Y(lambda f: f.pick(["general", "local + sedation", "local"]), "procedure"),
            "graft_count": G(lambda f: f.pick([None, 2500, 3000, 3500, 4000, 4500, 5000])),
            "estimated_duration_h": one_of(2, 3, 4, 6, 8),
            "patient_mrn": RED(lambda f: f.pick(["IST", "MDE", "BKK"]) + "-" + d(f, 7), "health id"),
        },
        None,
    ),
    (
        "track",
        "Flight Details Added",
        ["rn"],
        {
            "booking_id": G(lambda f: "BK" + d(f, 8)),
            "airline": one_of(*AIRLINES),
            "flight_number": G(
                lambda f: f.pick(["TK", "PC", "AV", "LA", "TG", "EK", "QR"]) + str(f.r.randint(10, 2999))
            ),
            "pnr": G(lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
            "arrival_airport": one_of(*AIRPORTS),
            "arrival_time": G(iso_tz),
            "frequent_flyer_number": G(lambda f: f.pick(["TK", "BA", "EK"]) + d(f, 9)),
            "passengers": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "passport_number": RED(passport, "passport"),
                    "passport_expiry": G(
                        lambda f: f"20{f.r.randint(26, 35)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                    ),
                    "nationality": Y(lambda f: ALPHA3[origin(f)], "citizenship"),
                    "date_of_birth": Y(dob, "birthdate"),
                    "is_patient": one_of(True, False),
                },
                3,
            ),
        },
        None,
    ),
    (
        "track",
        "Airport Transfer Booked",
        ["php"],
        {
            "transfer_id": G(lambda f: "TRF-" + d(f, 6)),
            "pickup_airport": one_of(*AIRPORTS),
            "pickup_time": G(iso_tz),
            "vehicle_type": one_of("Mercedes Vito VIP", "Sedan", "Minivan"),
            "vehicle_plate": Y(
                lambda f: f.pick(
                    [
                        f"34 {f.pick(['ABC', 'KLM', 'TR'])} {f.r.randint(100, 999)}",
                        f"{f.pick(['TGK', 'WMX'])}{f.r.randint(100, 999)}",
                        f"{f.r.randint(1, 9)}กข {f.r.randint(1000, 9999)}",
                    ]
                ),
                "license",
            ),
            "driver_name": Y(staff_name, "name"),
            "driver_phone": Y(lambda f: phone(f, f.pick(["TR", "CO", "TH"])), "phone"),
            "sign_name": Y(full_name, "name"),
            "passenger_count": G(lambda f: f.r.randint(1, 3)),
            "hotel_name": one_of(*HOTELS),
            "hotel_address": one_of(
                "Bayıldım Cad. No:2, Beşiktaş/İstanbul",
                "Carrera 43A # 7-50, Medellín",
                "4 Sukhumvit Soi 20, Bangkok",
            ),
        },
        None,
    ),
    (
        "track",
        "Hotel Booked",
        ["ruby"],
        {
            "hotel_booking_id": G(lambda f: "HB-" + d(f, 7)),
            "hotel_name": one_of(*HOTELS),
            "hotel_city": one_of(*CLINIC_CITIES),
            "hotel_phone": one_of("+90 212 326 11 00", "+57 604 444 5151", "+66 2 262 1234"),
            "hotel_email": one_of(
                "reservations.bosphorus@swissotel.com", "reservas@hoteldann.com.co", "rsvn@novotelbkk.com"
            ),
            "check_in": G(when),
            "check_out": G(when),
            "room_number": G(lambda f: str(f.r.randint(201, 1850))),
            "guests": Many({"full_name": Y(full_name, "name"), "passport_no": RED(passport, "passport")}, 2),
        },
        None,
    ),
    (
        "track",
        "Visa Letter Requested",
        ["python"],
        {
            "invitation_letter_id": G(lambda f: f.uuid()),
            "applicant_name": Y(full_name, "name"),
            "passport_number": RED(passport, "passport"),
            "nationality": Y(lambda f: NATIONALITY[origin(f)], "citizenship"),
            "visa_type": RED(
                lambda f: f.pick(
                    ["e-Visa", "sticker visa", "visa on arrival", "medical treatment visa (MT)"]
                ),
                "visa",
            ),
            "embassy_city": one_of("London", "Lagos", "Abuja", "Moscow", "New Delhi"),
            "travel_date": G(when),
            "letter_language": one_of("en", "tr", "th"),
        },
        None,
    ),
    (
        "track",
        "Companion Added",
        ["rn"],
        {
            "booking_id": G(lambda f: "BK" + d(f, 8)),
            "companion": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "relationship": one_of("partner", "mother", "friend", "daughter", "brother"),
                "date_of_birth": Y(lambda f: dob(f, "dmy"), "birthdate"),
                "passport_number": RED(passport, "passport"),
                "mobile": Y(phone, "phone"),
                "shares_room": one_of(True, False),
            },
            "companions_total": G(lambda f: f.r.randint(1, 2)),
        },
        None,
    ),
    (
        "track",
        "Compression Garment Ordered",
        ["web"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "products": Many(garment(), 2),
            "shipping_method": one_of("DHL Express", "standard"),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(lambda f: f.pick(["Flat 3", "Apt 12B", "Unit 7", "2nd floor"]), "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": one_of("GB", "IE", "DE", "US", "AU"),
                "phone": Y(phone, "phone"),
            },
            "garment_size": one_of("XS", "S", "M", "L", "XL"),
        },
        "checkout",
    ),
]

FINANCE = [
    (
        "track",
        "Financing Application Submitted",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: f.uuid()),
            "ApplicantName": Y(lambda f: full_name(f, "CO"), "name"),
            "NationalId": RED(cedula, "national id"),
            "DateOfBirth": Y(lambda f: dob(f), "birthdate"),
            "MonthlyIncome": Y(lambda f: f.r.randint(13, 120) * 100_000, "salary"),
            "Employer": one_of("Bancolombia", "Grupo Éxito", "Self-employed", "EPM", "Rappi"),
            "JobTitle": one_of("Nurse", "Sales Manager", "Teacher", "Software Developer", "Business Owner"),
            "MaritalStatus": one_of("Single", "Married", "Union Libre", "Divorced"),
            "CreditScore": Y(lambda f: f.r.randint(450, 950), "credit score"),
            "RequestedAmount": G(lambda f: f.r.randint(5, 40) * 1_000_000),
            "TermMonths": one_of(6, 12, 18, 24),
            "BankName": one_of("Bancolombia", "Davivienda", "BBVA Colombia", "Nequi"),
            "AccountNumber": RED(lambda f: f"{d(f, 3)}-{d(f, 6)}-{d(f, 2)}", "bank account"),
            "Decision": one_of("Approved", "Declined", "ManualReview"),
        },
        None,
    ),
    (
        "track",
        "Taksit Planı Seçildi",
        ["php"],
        {
            "siparis_no": G(lambda f: "SP" + d(f, 9)),
            "taksit_sayisi": one_of(1, 3, 6, 9, 12),
            "kart_sahibi": Y(lambda f: full_name(f, "TR"), "name"),
            "kart_son4": G(lambda f: d(f, 4)),
            "banka": one_of("Garanti BBVA", "İş Bankası", "Yapı Kredi", "Akbank"),
            "tutar": G(lambda f: f.r.randint(40_000, 350_000)),
            "para_birimi": const("TRY"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "iade_iban": RED(lambda f: iban(f, "TR"), "bank account"),
            "fatura_adresi": Y(lambda f: address_line(f, "TR"), "address"),
        },
        None,
    ),
    (
        "track",
        "Refund Requested",
        ["node"],
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "order_id": G(lambda f: f.hexid(24)),
            "amount": G(lambda f: f.pick([25000, 50000, 75000, 100000])),
            "currency": one_of("eur", "gbp", "usd"),
            "reason": one_of("surgeon_declined", "clinic_cancelled", "changed_mind", "travel_restriction"),
            "iban": RED(iban, "bank account"),
            "bic": one_of("BARCGB22", "DEUTDEFF", "AIBKIE2D", "INGBNL2A", "TGBATRIS"),
            "account_holder": Y(full_name, "name"),
            "sort_code": G(lambda f: f"{d(f, 2)}-{d(f, 2)}-{d(f, 2)}"),
        },
        None,
    ),
    (
        "track",
        "Factura Generada",
        ["go"],
        {
            "numero_factura": G(lambda f: "FE-" + d(f, 6)),
            "cufe": G(lambda f: f.hexid(96)),
            "nit_o_cedula": RED(cedula, "national id"),
            "razon_social": Y(lambda f: full_name(f, "CO"), "name"),
            "correo_factura": Y(lambda f: email(f, "CO"), "email"),
            "direccion": Y(lambda f: street(f, "CO"), "address|street"),
            "subtotal": G(lambda f: f.r.randint(5, 40) * 1_000_000),
        },
        None,
    ),
    (
        "track",
        "Agent Commission Paid",
        ["ruby"],
        {
            "agent_id": G(lambda f: "AGT-" + d(f, 4)),
            "agent_name": Y(full_name, "name"),
            "agency_name": one_of(
                "MedTravel UK Ltd", "Sağlık Turizmi A.Ş.", "Viaje y Salud SAS", "Smile Journeys Pty"
            ),
            "commission_amount": Y(lambda f: f.money(150, 2400), "salary"),
            "commission_rate": one_of(0.08, 0.1, 0.12),
            "iban": RED(iban, "bank account"),
        },
        None,
    ),
    (
        "track",
        "Insurance Added",
        ["web"],
        {
            "insurer_name": one_of(
                "Bupa Global", "Allianz Care", "Sura", "AXA", "Complication Cover by Lumea"
            ),
            "policy_number": Y(lambda f: f.pick(["BUP", "ALZ", "AXA"]) + d(f, 8), "identification"),
            "member_id": Y(lambda f: f"{d(f, 3)}-{d(f, 6)}-{d(f, 2)}", "identification"),
            "policy_holder_name": Y(full_name, "name"),
            "coverage_type": one_of("complications_only", "full_medical", "travel"),
            "covers_revision": one_of(True, False),
        },
        "checkout",
    ),
]

POSTOP = [
    (
        "track",
        "Post Op Check-in Submitted",
        ["kotlin", "swift"],
        {
            "checkin_id": G(lambda f: f.uuid()),
            "day_post_op": G(lambda f: f.r.randint(1, 30)),
            "pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
            "swelling_level": Y(lambda f: f.pick(["none", "mild", "moderate", "severe"]), "condition"),
            "fever": Y(lambda f: f.pick([True, False]), "condition"),
            "medications_taken": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "paracetamol 1g",
                            "amoxicillin-clavulanate",
                            "arnica",
                            "ondansetron",
                            "enoxaparin 40mg",
                        ]
                    ),
                    "medication",
                ),
                3,
            ),
            "photos_uploaded": G(lambda f: f.r.randint(0, 4)),
            "notes": Y(postop_note, "condition", True),
            "reminder_source": one_of("push", "whatsapp", "email"),
        },
        None,
    ),
    (
        "track",
        "Complication Reported",
        ["swift", "kotlin"],
        {
            "report_id": G(lambda f: f.uuid()),
            "complication_type": Y(
                lambda f: f.pick(
                    [
                        "infection",
                        "seroma",
                        "hematoma",
                        "capsular contracture",
                        "graft loss",
                        "epistaxis",
                        "DVT suspected",
                    ]
                ),
                "condition",
            ),
            "severity": Y(lambda f: f.pick(["low", "medium", "high"]), "condition"),
            "description": Y(complication_text, "condition", True),
            "photo_url": Y(lambda f: photo_url(f, "complication"), "photo"),
            "callback_number": Y(phone, "phone"),
            "reported_via": one_of("app", "whatsapp"),
            "days_since_surgery": G(lambda f: f.r.randint(1, 90)),
            "escalated_to_surgeon": one_of(True, False),
        },
        None,
    ),
    (
        "track",
        "Follow Up Scheduled",
        ["ruby"],
        {
            "follow_up_id": G(lambda f: f.uuid()),
            "appointment_at": G(iso_tz),
            "clinic": one_of(*CLINICS),
            "mode": one_of("in_person", "video", "photo_review"),
            "with_staff": Y(staff_name, "name"),
            "reminder_sms_to": Y(phone, "phone"),
            "reminder_email_to": Y(email, "email"),
            "month_mark": one_of(1, 3, 6, 12),
        },
        None,
    ),
    (
        "track",
        "Prescription Issued",
        ["java"],
        {
            "rx_number": Y(lambda f: "RX" + d(f, 8), "medication"),
            "medication_name": Y(
                lambda f: f.pick(
                    ["Augmentin 1g", "Arveles 25mg", "Clexane 4000 IU", "Minoxidil 5%", "Tramadol 50mg"]
                ),
                "medication",
            ),
            "dosage": Y(
                lambda f: f.pick(
                    ["1 tablet twice daily", "1 injection daily for 7 days", "apply 1ml nightly"]
                ),
                "medication",
            ),
            "prescriber_name": Y(staff_name, "name"),
            "pharmacy_name": one_of("Eczane Nişantaşı", "Farmatodo El Poblado", "Boots Sukhumvit"),
            "pharmacy_phone": one_of("+90 212 231 44 55", "+57 604 311 2200", "+66 2 258 1122"),
            "quantity": G(lambda f: f.r.randint(7, 30)),
            "issued_at": G(lambda f: f.iso()),
        },
        None,
    ),
    (
        "track",
        "Review Submitted",
        ["web"],
        {
            "review_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "procedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "review_title": one_of(
                "Life changing", "Great team", "Good but busy", "Muy recomendado", "Harika"
            ),
            "review_body": G(review_text),
            "would_recommend": one_of(True, False),
            "before_after_public": one_of(True, False),
        },
        "gallery",
    ),
    (
        "track",
        "Trustpilot Review Published",
        ["node"],
        {
            "review": {
                "id": G(lambda f: f.hexid(24)),
                "stars": G(lambda f: f.r.randint(1, 5)),
                "title": one_of("Best decision", "Professional", "Organised", "Could be better"),
                "text": G(review_text),
                "createdAt": G(lambda f: f.iso()),
            },
            "consumer": {
                "id": G(lambda f: f.hexid(24)),
                "displayName": Y(full_name, "name"),
                "countryCode": one_of("GB", "IE", "US", "DE", "AU"),
            },
            "businessUnit": {"displayName": const("Lumea Aesthetic Group")},
            "referenceId": G(lambda f: f.hexid(24)),
        },
        None,
    ),
]

IDENTITY = [
    (
        "identify",
        None,
        ["web", "swift"],
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "F", "M"]), "gender"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": one_of("GB", "IE", "DE", "US", "AE", "NG", "AU", "NL"),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": one_of("en", "tr", "es", "th", "ar", "de"),
            "leadStatus": one_of("new", "contacted", "quoted", "deposit_paid", "won"),
            "procedureInterest": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "emailVerified": one_of(True, False),
            "phoneVerified": one_of(True, False),
            "marketingConsent": one_of(True, False),
            "age": G(lambda f: f.r.randint(19, 66)),
            "lifetimeValue": G(lambda f: f.money(0, 15000)),
            "patientMrn": RED(lambda f: f.pick(["IST", "MDE", "BKK"]) + "-" + d(f, 7), "health id"),
            "loyaltyNumber": G(lambda f: "LC" + d(f, 8)),
            "avatar": Y(lambda f: f"https://cdn.lumea-clinic.com/avatars/{f.uuid()}.jpg", "photo"),
        },
        "account",
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "PHONE_NUMBER": Y(lambda f: "+" + e164(f), "phone"),
            "DOB": Y(dob, "birthdate"),
            "COUNTRY_CODE": one_of("GB", "IE", "DE", "US", "AE", "NG", "AU", "NL"),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(0, 20000)),
            "LAST_PROCEDURE": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "LAST_SURGERY_DATE": G(when),
            "IS_REPEAT_PATIENT": one_of(True, False),
            "NPS_LAST": G(lambda f: f.r.randint(0, 10)),
            "PATIENT_SEGMENT": one_of("high_value_uk", "repeat_eu", "lapsed_us", "new_gcc"),
        },
        None,
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "ad": Y(lambda f: first(f, "TR"), "name"),
            "soyad": Y(lambda f: last(f, "TR"), "name"),
            "eposta": Y(lambda f: email(f, "TR"), "email"),
            "cep_telefonu": Y(lambda f: phone(f, "TR"), "phone"),
            "dogum_tarihi": Y(lambda f: dob(f, "dot"), "birthdate"),
            "cinsiyet": Y(lambda f: f.pick(["kadın", "erkek"]), "gender"),
            "sehir": Y(lambda f: home_city(f, "TR"), "city"),
            "ilce": Y(
                lambda f: f.pick(["Kadıköy", "Çankaya", "Nilüfer", "Karşıyaka", "Melikgazi"]), "city|address"
            ),
            "adres": Y(lambda f: street(f, "TR"), "address|street"),
            "tc_kimlik_no": RED(tckn, "national id"),
            "sadakat_no": G(lambda f: "SDK" + d(f, 7)),
            "medeni_durum": one_of("evli", "bekar"),
            "meslek": one_of("öğretmen", "mühendis", "hemşire", "serbest meslek"),
        },
        None,
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "nombre": Y(lambda f: first(f, "CO"), "name"),
            "apellidos": Y(lambda f: f"{last(f, 'CO')} {last(f, 'CO')}", "name"),
            "correo": Y(lambda f: email(f, "CO"), "email"),
            "celular": Y(lambda f: phone(f, "CO"), "phone"),
            "cedula": RED(cedula, "national id"),
            "tipo_documento": one_of("CC", "CE", "PA"),
            "fecha_nacimiento": Y(lambda f: dob(f, "dmy"), "birthdate"),
            "genero": Y(lambda f: f.pick(["F", "M", "femenino", "masculino"]), "gender"),
            "ciudad": Y(lambda f: home_city(f, "CO"), "city"),
            "direccion": Y(lambda f: street(f, "CO"), "address|street"),
            "barrio": Y(
                lambda f: f.pick(["Laureles", "Belén", "Chapinero", "Cedritos", "San Fernando"]),
                "address|city",
            ),
            "estrato": G(lambda f: f.r.randint(2, 6)),
            "acepta_habeas_data": const(True),
        },
        None,
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "first_name_th": Y(lambda f: f.pick(THAI_SCRIPT_NAMES).split()[0], "name"),
            "last_name_th": Y(lambda f: f.pick(THAI_SCRIPT_NAMES).split()[1], "name"),
            "first_name_en": Y(lambda f: first(f, "TH"), "name"),
            "mobile": Y(lambda f: phone(f, "TH"), "phone"),
            "thai_national_id": RED(thai_id, "national id"),
            "birth_date_be": Y(lambda f: dob(f, "thai"), "birthdate"),
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
            "province": one_of("Bangkok", "Chiang Mai", "Nonthaburi", "Phuket", "Khon Kaen"),
            "member_tier": one_of("silver", "gold", "platinum"),
        },
        None,
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": one_of(
                "MedTravel UK Ltd",
                "Sağlık Turizmi A.Ş.",
                "Viaje y Salud SAS",
                "Smile Journeys Pty",
                "Gulf Care Travel LLC",
            ),
            "industry": one_of("Medical tourism facilitator", "Travel agency", "Influencer agency"),
            "employees": G(lambda f: f.r.randint(2, 80)),
            "plan": one_of("partner", "partner_plus"),
            "website": one_of(
                "https://medtravel.co.uk", "https://viajeysalud.com.co", "https://smilejourneys.com.au"
            ),
            "country": one_of("GB", "TR", "CO", "AU", "AE"),
            "tursabLicenceNo": G(lambda f: f.pick(["", str(f.r.randint(1000, 17000))])),
            "createdAt": G(lambda f: f.iso()),
        },
        "home",
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}, "account"),
    (
        "track",
        "Signed Up",
        ["rn", "web"],
        {
            "method": one_of("email", "google", "apple", "whatsapp_otp"),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "referral_code": G(lambda f: alnum(f, 8).upper()),
            "marketing_opt_in": one_of(True, False),
            "password_strength": one_of("weak", "fair", "strong"),
            "terms_version": one_of("2024-11", "2025-03"),
        },
        "account",
    ),
    (
        "track",
        "Password Reset Requested",
        ["python"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: b64ish(f, 43), "token"),
            "reset_link": RED(lambda f: "https://my.lumea-clinic.com/reset?token=" + b64ish(f, 43), "token"),
            "requested_ip": Y(ip, "ip"),
            "expires_at": G(lambda f: f.iso()),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
        None,
    ),
    (
        "track",
        "Verification Code Sent",
        ["go"],
        {
            "channel": one_of("sms", "whatsapp", "email"),
            "destination": Y(lambda f: phone(f) if f.r.random() < 0.7 else email(f), "phone|email", True),
            "otp_code": RED(lambda f: d(f, 6), "token"),
            "provider": one_of("twilio_verify", "vonage", "sendgrid"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "expires_in_s": const(600),
        },
        None,
    ),
    (
        "screen",
        "Login",
        ["flutter", "swift", "kotlin"],
        {
            "screen_class": one_of("LoginView", "LoginActivity", "LoginPage"),
            "biometric_available": one_of(True, False),
            "previous_screen": one_of("Splash", "Onboarding", "Settings"),
        },
        None,
    ),
    (
        "track",
        "Notification Preferences Updated",
        ["swift", "kotlin"],
        {
            "email_enabled": one_of(True, False),
            "sms_enabled": one_of(True, False),
            "whatsapp_enabled": one_of(True, False),
            "push_enabled": one_of(True, False),
            "email_frequency": one_of("weekly", "monthly", "never"),
            "quiet_hours_start": one_of("22:00", "23:00", "21:30"),
            "phone_count": G(lambda f: f.r.randint(1, 2)),
        },
        None,
    ),
]

STAFF = [
    (
        "track",
        "Patient Searched",
        ["flutter"],
        {
            "q": Y(email, "email", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "search_ms": G(lambda f: f.r.randint(20, 600)),
            "staff_role": one_of("coordinator", "nurse", "sales"),
        },
        None,
    ),
    (
        "track",
        "Patient Record Viewed",
        ["node"],
        {
            "staff_email": Y(staff_email, "email"),
            "staff_role": one_of("coordinator", "nurse", "sales", "surgeon"),
            "patient_id": G(lambda f: "pat_" + d(f, 7)),
            "patient_mrn": RED(lambda f: f.pick(["IST", "MDE", "BKK"]) + "-" + d(f, 7), "health id"),
            "record_section": one_of("overview", "medical_history", "photos", "labs", "payments"),
            "access_reason": one_of("scheduled_care", "patient_request", "audit"),
        },
        None,
    ),
    (
        "track",
        "Coordinator Assigned",
        ["ruby"],
        {
            "patient_id": G(lambda f: "pat_" + d(f, 7)),
            "coordinator": {
                "id": G(lambda f: f.r.randint(100, 180)),
                "name": Y(staff_name, "name"),
                "email": Y(staff_email, "email"),
                "languages": Many(one_of("en", "tr", "es", "th", "ar", "ru", "de"), 3),
                "whatsapp_business_number": one_of(
                    "+90 532 210 44 55", "+57 310 456 7788", "+66 82 455 1200"
                ),
            },
            "team": one_of("UK & Ireland", "GCC", "LatAm", "Asia-Pacific"),
        },
        None,
    ),
    (
        "track",
        "Call Completed",
        ["node"],
        {
            "call-sid": G(lambda f: "CA" + f.hexid(32)),
            "from": Y(phone, "phone", True),
            # the clinic's line and the call-masking proxy number: business numbers, green
            "to": one_of("+442038089911", "+902123100500", "+576046040000"),
            "proxy-number": one_of("+447723400100", "+447723400101", "+905322100900"),
            "direction": one_of("inbound", "outbound-api"),
            "duration-sec": G(lambda f: f.r.randint(0, 1800)),
            "agent-name": Y(staff_name, "name"),
            "disposition": one_of("quoted", "no_answer", "booked_consult", "not_interested"),
        },
        None,
    ),
    (
        "track",
        "Note Added",
        ["flutter"],
        {
            "note_id": G(lambda f: f.uuid()),
            "patient_id": G(lambda f: "pat_" + d(f, 7)),
            "body": Y(note_with_contact, "phone|email", True),
            "pinned": one_of(True, False),
            "visibility": one_of("team", "private"),
        },
        None,
    ),
    (
        "track",
        "Form Field Changed",
        ["web"],
        {
            "form_id": one_of("hero_form", "sticky_footer", "price_popup"),
            "field": one_of("whatsapp", "phone", "mobile"),
            "value": Y(phone, "phone", True),
            "field_index": G(lambda f: f.r.randint(1, 6)),
            "autofilled": one_of(True, False),
        },
        "contact",
    ),
    (
        "track",
        "Callback Requested",
        ["flutter", "rn"],
        {
            "input": Y(phone, "phone", True),
            "slot": one_of("morning", "afternoon", "evening"),
            "topic": one_of("pricing", "travel", "aftercare"),
        },
        None,
    ),
    (
        "track",
        "Emergency Contact Selected",
        ["rn"],
        {
            "label": Y(full_name, "name", True),
            "source": one_of("phonebook", "manual"),
            "contact_index": G(lambda f: f.r.randint(0, 300)),
        },
        None,
    ),
    (
        "track",
        "Referral Sent",
        ["web", "rn"],
        {
            "referral_code": G(lambda f: alnum(f, 8).upper()),
            "friend_name": Y(full_name, "name"),
            "friend_email": Y(email, "email"),
            "friend_phone": Y(phone, "phone"),
            "reward_amount": one_of(100, 150, 200),
            "channel": one_of("sms", "whatsapp", "email", "copy_link"),
        },
        "account",
    ),
]

MISC = [
    (
        "track",
        "Ad Conversion Forwarded",
        ["node"],
        {
            "event_name": one_of("Lead", "Schedule", "Purchase"),
            "event_id": G(lambda f: f.uuid()),
            "action_source": one_of("website", "system_generated"),
            "user_data": {
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": one_of(*WEB_UAS),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
            },
            "custom_data": {"value": G(lambda f: f.money(50, 9000)), "currency": one_of(*CURRENCIES)},
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
        None,
    ),
    (
        "track",
        "Chat Message Sent",
        ["rn", "swift"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": G(chat_text),
            "attachments": G(lambda f: f.r.randint(0, 2)),
            "translated": one_of(True, False),
            "source_language": one_of("en", "es", "tr", "ar"),
        },
        None,
    ),
    (
        "screen",
        "My Trip",
        ["kotlin", "swift", "rn"],
        {
            "booking_id": G(lambda f: "BK" + d(f, 8)),
            "days_until_surgery": G(lambda f: f.r.randint(-30, 120)),
            "screen_class": one_of("TripViewController", "TripActivity", "TripScreen"),
        },
        None,
    ),
    (
        "track",
        "Clinic Directions Requested",
        ["kotlin"],
        {
            "origin_lat": Y(lambda f: round(f.r.uniform(-35, 60), 6), "geolocation"),
            "origin_lng": Y(lambda f: round(f.r.uniform(-80, 150), 6), "geolocation"),
            "clinic_name": one_of(*CLINICS),
            "clinic_lat": one_of(41.0602, 36.8581, 6.2088, 13.7291),
            "clinic_lng": one_of(28.9877, 30.7644, -75.5677, 100.5671),
            "eta_min": G(lambda f: f.r.randint(3, 70)),
        },
        None,
    ),
    (
        "track",
        "Home Address Autocompleted",
        ["web"],
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + b64ish(f, 23)),
            "selected_description": Y(address_line, "address"),
            "keystrokes": G(lambda f: f.r.randint(4, 30)),
            "types": Many(one_of("street_address", "premise", "subpremise"), 2),
        },
        "checkout",
    ),
    (
        "track",
        "Video Call Quality Reported",
        ["rn"],
        {
            "call_id": G(lambda f: f.uuid()),
            "jitter_ms": G(lambda f: f.r.randint(2, 80)),
            "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 6), 2)),
            "peer_ip": Y(ip, "ip"),
        },
        None,
    ),
    (
        "track",
        "Error Logged",
        ["flutter", "kotlin"],
        {
            "error_code": one_of("E_NET_TIMEOUT", "E_UPLOAD_413", "E_AUTH_EXPIRED", "E_UNKNOWN"),
            "message": one_of(
                "SocketException: Failed host lookup: 'api.lumea-clinic.com'",
                "HTTP 413 Payload Too Large on /v2/uploads",
                "Token expired, refreshing",
                "Null check operator used on a null value",
            ),
            "stack_hash": G(lambda f: f.hexid(40)),
            "retry_count": G(lambda f: f.r.randint(0, 5)),
        },
        None,
    ),
    (
        "track",
        "Brochure Downloaded",
        ["web"],
        {
            "brochure": one_of(
                "hair-transplant-guide-2025.pdf", "rhinoplasty-price-list.pdf", "guia-lipo-360.pdf"
            ),
            "email": Y(email, "email"),
            "language": one_of("en", "tr", "es", "th"),
            "gated": const(True),
        },
        "procedure",
    ),
]

EVENTS = ACQUISITION + CONSULTATION + BOOKING + FINANCE + POSTOP + IDENTITY + STAFF + MISC


# -- messages -------------------------------------------------------------------------------------

MOBILE = {"swift": swift_context, "kotlin": kotlin_context, "rn": rn_context, "flutter": flutter_context}


def user_id(f: Fake) -> str:
    return f.pick([f"pat_{d(f, 7)}", str(f.r.randint(100000, 999999)), f.uuid()])


def message(f: Fake, kind: str, name: str | None, client: str, body: dict, pages, labels: dict) -> dict:
    if client == "web":
        context = web_context(f, WEB_PAGES[pages or "home"])
    elif client in MOBILE:
        context = MOBILE[client](f)
    else:
        context = server_context(f, client, with_ip=f.r.random() < 0.3)
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in SERVER_LIBS:
        msg["userId"] = user_id(f)
    else:
        msg["anonymousId"] = f.uuid()
        if f.r.random() < 0.7 or kind in ("identify", "alias"):
            msg["userId"] = user_id(f)
        msg["sentAt"] = f.iso()
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "agency_" + d(f, 5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(context, f, "context", labels)
    msg["integrations"] = {}
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, pages in EVENTS:
            events.append(message(f, kind, name, f.pick(clients), body, pages, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=297, repeats=24)
    write(Path(__file__).parent, "holdout297_", events, labels)
