"""Writes holdout265: tests/corpus/holdout265_events.jsonl and holdout265_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels (only build.py, fake.py and build_holdout3.py's format were read), and
never run through the engine by its author. Run with
`.venv/bin/python -m tests.corpus.build_holdout265`; seeded, so the output is the same each run.

What it covers: an antenatal and maternity-care service ("MamaCare", by a company called
Kuramba Health) used by midwives, community health workers (CHWs) and expectant mothers in
Rwanda, the UK and Bangladesh. Pregnancy registration (LMP, due date, gravida/para, blood group,
HIV/syphilis/hepatitis B screening), antenatal visits (blood pressure, weight, fundal height,
foetal heart rate), birth plans and birth partners, CHW home visits with GPS, delivery and
newborn records (birth weight, Apgar, vaccinations), postnatal checks, mobile-money transport
vouchers (MTN MoMo disbursements, bKash callbacks), SMS reminders (Africa's Talking, Twilio),
a UK shop for antenatal classes and baby products (Segment e-commerce spec), a Calendly booking
webhook, a midwife web dashboard, bank-shift pay, sign-in codes and links, reverse-ETL traits
from a warehouse. Clients: analytics.js, analytics-swift, analytics-kotlin (with
context.location), analytics-react-native, Flutter, and the Python, Node, Go, Java, Ruby, PHP and
.NET server libraries; identify, track, page, screen, group and alias calls.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET booking
service, kebab-case from a Node SMS/USSD microservice, SCREAMING_SNAKE from a warehouse sync,
Kinyarwanda keys from the Rwandan CHW backend (amazina, indangamuntu, telefoni, umudugudu ...),
romanised Bengali keys from the Bangladeshi app (naam, swamir_naam, jonmo_tarikh, thikana ...).
Values: Rwandan, Bangladeshi and UK names and phone formats (+250 / 07x, +880 / 01x, +44 / 07x),
16-digit Rwandan national ids (1 YYYY 8 ...), 10/17-digit Bangladeshi NIDs and birth
registration numbers, NHS numbers with a valid mod-11 check digit, Luhn card numbers, mod-97
GB IBANs, NMC PINs, UK postcodes, GPS inside each country.

Labelling rules (the product's default colours; each leaf path: classification, type,
value_only):
- Personal data about a natural person (the mother, her partner and contacts, the newborn and
  other children, midwives, CHWs, drivers, lab staff) is red or yellow in the reference matcher's
  colour; outside the reference: red for credentials/secrets/tokens, card numbers, bank accounts,
  government ids (`national id`) and patient numbers (`health id`: NHS number, hospital number,
  MRN); yellow for `geolocation`, `advertising id`, `ip`.
- Health: clinical measurements and results about the mother or the baby (BP, weight, fundal
  height, foetal heart rate, haemoglobin, blood group, screening results, birth weight, Apgar,
  blood loss, EPDS score, kick counts) and anything revealing the pregnancy or its stage (LMP,
  due date, gestation weeks, trimester, gravida/para, risk level) are yellow `condition` /
  `condition|diagnosis`; delivery mode and other procedures yellow `procedure`; drugs, vaccines
  given, contraception, labour pain-relief choices and rx numbers yellow `medication`;
  allergies yellow `allergy`; disability red `disability`. A boolean that itself reveals such a
  fact (`previousCaesarean`, `isAbnormal`, `oxytocinGiven`, `reducedMovementsAlertShown`) takes
  that category. Booleans that only say a step happened (`hivTestDone`, `emailVerified`,
  `interpreterRequired`) are green; so are counters of visits and a midwife's search filters.
- Places: the person's own street / village (umudugudu, akagari, gram) is yellow `address`;
  her town, sector (umurenge) or upazila yellow `city`; postcode yellow `zipcode`; district,
  zila, division, province, county, country green. A what3words address of a home is yellow
  `geolocation`. Facilities' names, addresses, coordinates, phones and role mailboxes are green.
- Mobile-money wallet numbers (MoMo, bKash) are the subscriber's phone number: yellow `phone`,
  not a bank account. A per-person transport-voucher redemption code is a one-time code: red
  `token`. A delivery's date and time is the newborn's date of birth and a birth year is a
  birth date: yellow `birthdate`. Staff's own work e-mails and mobiles are personal (yellow),
  unlike role mailboxes and switchboards. A household wealth category (Rwanda's ubudehe) and
  CHW incentive pay are yellow `salary`; an NHS pay band is a grade like a job title: green.
  Insurer member numbers (Mutuelle de Santé, RSSB) are yellow `identification`. A midwife's
  NMC PIN is a professional registration: yellow `license|certificate`.
- Contested cases follow the product's policy from the brief: ages, marital status, job titles,
  employers, member/customer ids, pets, UUID tokens and businesses' own contacts are green;
  billing/shipping addresses yellow `address`; gclid/fbclid/fbp yellow `advertising id`;
  payment tokens (`pm_`), one-time codes and sign-in link tokens red `token`.
- Green: ids we or vendors issue (visit, voucher, transaction, MessageSid, trxID), versions,
  timestamps, appointment times, hashes, amounts, enums, counters, product / class / facility
  names, OS-issued device ids, user agents, locales, languages, currencies.
- value_only is true when the key does not say what the value is (`input`, `q`, `label`,
  `text`, `note`, `From`, `answer`, `partyId`, `recipient`, `link`, `id`, `gift_message`,
  `number`) and only the value shows it; such a path holds the PII in every one of its values.
  Free text is labelled by what every value carries (the CHW `note` always describes symptoms or
  treatment; the reminder `text` always greets the mother by name), green when none carries
  any (birth-plan comments, SMS replies, push bodies, error messages).
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------

RW_F_FIRST = [
    "Aline",
    "Claudine",
    "Divine",
    "Espérance",
    "Jeanne",
    "Grace",
    "Josiane",
    "Solange",
    "Vestine",
    "Olive",
    "Chantal",
    "Immaculée",
    "Clarisse",
    "Béatrice",
    "Alphonsine",
    "Delphine",
    "Ange",
    "Diane",
    "Yvette",
    "Florence",
]
RW_F_LAST = [
    "Uwimana",
    "Mukamana",
    "Niyonsaba",
    "Uwase",
    "Ingabire",
    "Umutoni",
    "Nyirahabimana",
    "Mukeshimana",
    "Uwamahoro",
    "Mukandayisenga",
    "Nyiraneza",
    "Ishimwe",
    "Iradukunda",
    "Uwera",
    "Mukarugwiza",
    "Tuyisenge",
]
RW_M_FIRST = [
    "Eric",
    "Jean Bosco",
    "Emmanuel",
    "Patrick",
    "Innocent",
    "Théogène",
    "Claude",
    "Olivier",
    "Fidèle",
    "Jean Paul",
    "Aimable",
    "Gilbert",
]
RW_M_LAST = [
    "Habimana",
    "Niyonzima",
    "Nshimiyimana",
    "Mugisha",
    "Hakizimana",
    "Bizimana",
    "Ndayisaba",
    "Munyaneza",
    "Twagirimana",
    "Ntawukuriryayo",
    "Kayitare",
]
BD_F_FIRST = [
    "Fatema",
    "Nasrin",
    "Rokeya",
    "Shirin",
    "Taslima",
    "Sharmin",
    "Rahima",
    "Farzana",
    "Jannatul",
    "Sumaiya",
    "Mousumi",
    "Lipi",
    "Anika",
    "Moriom",
    "Khadiza",
    "Ruma",
    "Purnima",
    "Shapla",
]
BD_F_LAST = [
    "Begum",
    "Akter",
    "Khatun",
    "Sultana",
    "Islam",
    "Rahman",
    "Hossain",
    "Das",
    "Roy",
    "Chowdhury",
    "Sarkar",
    "Mondal",
    "Biswas",
    "Ferdous",
]
BD_MEN = [
    "Md. Rafiqul Islam",
    "Abdul Karim",
    "Shahidul Alam",
    "Kamal Hossain",
    "Anwar Uddin",
    "Mizanur Rahman",
    "Jahangir Alam",
    "Sujon Mia",
    "Biplob Das",
    "Ratan Roy",
    "Md. Harun-or-Rashid",
    "Nurul Amin Sarkar",
]
UK_F_FIRST = [
    "Emily",
    "Sophie",
    "Chloe",
    "Amira",
    "Priya",
    "Aoife",
    "Hannah",
    "Jade",
    "Olivia",
    "Zainab",
    "Rhiannon",
    "Megan",
    "Katarzyna",
    "Ngozi",
    "Sadia",
    "Lucy",
    "Georgia",
    "Roxana",
    "Maryam",
    "Charlotte",
    "Funmilayo",
    "Mei Lin",
]
UK_LAST = [
    "Clarke",
    "Williams",
    "Taylor",
    "Hussain",
    "Sharma",
    "Murphy",
    "Evans",
    "Thompson",
    "Brown",
    "Ahmed",
    "Jones",
    "O'Neill",
    "Nowak",
    "Adeyemi",
    "Miah",
    "Bennett",
    "Patel",
    "Popescu",
    "Ali",
    "Hughes",
    "Okonkwo",
    "Wong",
    "Kowalczyk",
    "MacLeod",
]
UK_M_FIRST = [
    "Tom",
    "James",
    "Daniel",
    "Mohammed",
    "Oluwaseun",
    "Liam",
    "Ryan",
    "Arjun",
    "Callum",
    "Tomasz",
    "Kwame",
    "Imran",
]
BABY_FIRST = [
    "Ella",
    "Noah",
    "Amara",
    "Ishimwe",
    "Keza",
    "Arav",
    "Ayaan",
    "Liya",
    "Hridoy",
    "Nusrat",
    "Isla",
    "Yusuf",
    "Gabriel",
    "Shimwe",
    "Tasnim",
    "Ruby",
]

UK_STREETS = [
    "Whitechapel Road",
    "Bethnal Green Road",
    "Mile End Road",
    "Cannon Street Road",
    "Kingsland High Street",
    "Stratford Road",
    "Alum Rock Road",
    "Wilmslow Road",
    "Ladypool Road",
    "Cheetham Hill Road",
    "Roman Road",
    "Belgrave Gate",
    "Dudley Road",
    "Harehills Lane",
    "Manningham Lane",
]
UK_CITIES = [
    "London",
    "Birmingham",
    "Manchester",
    "Bradford",
    "Leeds",
    "Leicester",
    "Cardiff",
    "Luton",
    "Oldham",
    "Bristol",
    "Glasgow",
]
UK_AREAS = ["E", "N", "SE", "SW", "NW", "B", "M", "LS", "BD", "LE", "CF", "LU", "OL", "BS", "G"]
RW_DISTRICTS = [
    "Gasabo",
    "Kicukiro",
    "Nyarugenge",
    "Musanze",
    "Huye",
    "Rubavu",
    "Nyagatare",
    "Kayonza",
    "Rusizi",
    "Muhanga",
    "Karongi",
    "Bugesera",
]
RW_SECTORS = [
    "Kimironko",
    "Remera",
    "Kacyiru",
    "Gikondo",
    "Nyamirambo",
    "Muhoza",
    "Ngoma",
    "Gisenyi",
    "Rwimiyaga",
    "Mukarange",
    "Nyamata",
    "Tumba",
    "Kamembe",
]
RW_CELLS = [
    "Bibare",
    "Nyabisindu",
    "Kamatamu",
    "Rukiri I",
    "Kabeza",
    "Nyagatovu",
    "Kagugu",
    "Cyivugiza",
    "Mburabuturo",
    "Rwezamenyo",
    "Gihanga",
]
RW_VILLAGES = [
    "Ubumwe",
    "Amahoro",
    "Isangano",
    "Urukundo",
    "Intwari",
    "Ituze",
    "Byimana",
    "Rugarama",
    "Gasharu",
    "Kinunga",
    "Nyakabanda",
    "Agatare",
]
RW_FACILITIES = [
    "Kimironko Health Centre",
    "CHUK",
    "Muhima Hospital",
    "Kibagabaga Hospital",
    "Ruhengeri Hospital",
    "Kacyiru Health Centre",
    "Nyamata District Hospital",
    "Gisenyi Health Centre",
]
BD_DISTRICTS = [
    "Sunamganj",
    "Habiganj",
    "Kurigram",
    "Bhola",
    "Satkhira",
    "Netrokona",
    "Cox's Bazar",
    "Gaibandha",
    "Jamalpur",
]
BD_UPAZILAS = [
    "Derai",
    "Baniachong",
    "Ulipur",
    "Char Fasson",
    "Shyamnagar",
    "Madan",
    "Ukhia",
    "Sundarganj",
    "Dewanganj",
    "Teknaf",
]
BD_VILLAGES = [
    "Kalikapur",
    "Rampur",
    "Char Atra",
    "Uttar Para",
    "Purbo Shonatola",
    "Madhyapara",
    "Noyapara",
    "Dakshin Kulia",
    "Boro Hatia",
    "Paschim Kandi",
]
BD_DIVISIONS = ["Sylhet", "Rangpur", "Barishal", "Khulna", "Mymensingh", "Chattogram", "Dhaka"]
BD_FACILITIES = [
    "Derai Upazila Health Complex",
    "Ulipur UHC",
    "Ukhia UHC",
    "Madan UHC",
    "Union Health & Family Welfare Centre, Rampur",
    "Bhola Sadar Hospital",
]
UK_UNITS = [
    "Royal London Hospital Maternity",
    "Birmingham Women's Hospital",
    "St Mary's Hospital",
    "Leeds General Infirmary",
    "Bradford Royal Infirmary",
    "Barkantine Birth Centre",
    "University Hospital of Wales",
]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.co.uk",
    "btinternet.com",
    "yahoo.fr",
    "live.com",
]
ALNUM = string.ascii_letters + string.digits


def ascii_(s: str) -> str:
    for a, b in (("é", "e"), ("è", "e"), ("ô", "o"), ("'", ""), (" ", ""), (".", ""), ("-", "")):
        s = s.replace(a, b)
    return s.lower()


def rw_mother(f: Fake) -> str:
    first, last = f.pick(RW_F_FIRST), f.pick(RW_F_LAST)
    return f.pick([f"{last} {first}", f"{first} {last}", f"{last.upper()} {first}"])


def rw_man(f: Fake) -> str:
    return f"{f.pick(RW_M_LAST)} {f.pick(RW_M_FIRST)}"


def bd_mother(f: Fake) -> str:
    name = f"{f.pick(BD_F_FIRST)} {f.pick(BD_F_LAST)}"
    return f.pick([name, "Mst. " + name, name])


def uk_mother(f: Fake) -> str:
    return f"{f.pick(UK_F_FIRST)} {f.pick(UK_LAST)}"


def any_mother(f: Fake) -> str:
    return f.pick([rw_mother, bd_mother, uk_mother])(f)


def any_man(f: Fake) -> str:
    return f.pick([rw_man(f), f.pick(BD_MEN), f"{f.pick(UK_M_FIRST)} {f.pick(UK_LAST)}"])


def any_first(f: Fake) -> str:
    return f.pick(f.pick([RW_F_FIRST, BD_F_FIRST, UK_F_FIRST]))


def staff_name(f: Fake) -> str:
    return f.pick([uk_mother(f), rw_mother(f), bd_mother(f), f.full_name(), "Dr " + f.full_name()])


def email_of(f: Fake, name: str, domains=None) -> str:
    parts = [ascii_(p) for p in name.replace("Mst. ", "").replace("Md. ", "").split(" ") if p]
    user = f.pick([".".join(parts), parts[0] + parts[-1][:1], parts[0] + str(f.r.randint(1, 99))])
    return f"{user}@{f.pick(domains or MAIL)}"


def mother_email(f: Fake) -> str:
    return email_of(f, any_mother(f))


def staff_email(f: Fake) -> str:
    name = staff_name(f).replace("Dr ", "")
    return email_of(f, name, ["nhs.net", "kuramba.health", "moh.gov.rw", "rbc.gov.rw", "dghs.gov.bd"])


# -- phones ----------------------------------------------------------------------------------


def rw_phone(f: Fake) -> str:
    n = "7" + f.pick(["8", "9", "2", "3"]) + f"{f.r.randint(0, 9999999):07d}"
    return f.pick(
        [f"+250 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"250{n}", f"+250{n}", f"0{n[:3]} {n[3:6]} {n[6:]}"]
    )


def rw_msisdn(f: Fake) -> str:
    return "2507" + f.pick(["8", "9", "2", "3"]) + f.digits(7)


def bd_phone(f: Fake) -> str:
    op = f.pick(["13", "14", "15", "16", "17", "18", "19"])
    rest = f"{f.r.randint(0, 99999999):08d}"
    return f.pick(
        [
            f"+880{op[0]}{op[1]}{rest}",
            f"0{op}{rest[:2]}-{rest[2:]}",
            f"0{op}{rest}",
            f"+880 {op}{rest[:2]}-{rest[2:]}",
        ]
    )


def bd_msisdn(f: Fake) -> str:
    return "01" + f.pick(["3", "7", "8", "9", "6"]) + f"{f.r.randint(0, 99999999):08d}"


def uk_phone(f: Fake) -> str:
    n = "7" + f.pick(["4", "5", "7", "8", "9"]) + f"{f.r.randint(0, 99999999):08d}"
    return f.pick([f"0{n[:4]} {n[4:]}", f"+44{n}", f"+44 {n[:4]} {n[4:]}", f"0{n}"])


def any_phone(f: Fake) -> str:
    return f.pick([rw_phone, bd_phone, uk_phone])(f)


# -- ids ---------------------------------------------------------------------------------------


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 7)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def hospital_number(f: Fake) -> str:
    return f.pick(["RLH" + f.digits(7), "W" + f.digits(7), "K" + f.digits(6) + "X", "MRN" + f.digits(8)])


def rw_patient_number(f: Fake) -> str:
    return f.pick(["CHUK", "KHC", "MUH", "RHH"]) + "-" + str(f.r.randint(2018, 2024)) + "-" + f.digits(6)


def rw_nid(f: Fake) -> str:
    s = f"1{f.r.randint(1978, 2006)}8{f.r.randint(0, 9999999):07d}{f.r.randint(0, 2)}{f.r.randint(0, 99):02d}"
    return f.pick([s, f"{s[0]} {s[1:5]} {s[5]} {s[6:13]} {s[13]} {s[14:]}"])


def bd_nid(f: Fake) -> str:
    return f.pick([f.digits(10), str(f.r.randint(1975, 2004)) + f.digits(13), f.digits(13)])


def bd_brn(f: Fake) -> str:
    return str(f.r.randint(2023, 2024)) + f"{f.r.randint(10, 99)}" + f.digits(11)


def mutuelle_number(f: Fake) -> str:
    return (
        f"{f.r.randint(1, 30):02d}{f.r.randint(1, 15):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 20):02d}"
        + (f"{f.r.randint(1, 9999):04d}/{f.r.randint(1, 8):02d}")
    )


def insurer_member(f: Fake) -> str:
    return f.pick([mutuelle_number(f), "RSSB" + f.digits(8), "MMI-" + f.digits(7), "BUPA" + f.digits(9)])


def nmc_pin(f: Fake) -> str:
    return f"{f.r.randint(0, 23):02d}{f.pick('ABCDEFGHIJKL')}{f.r.randint(0, 9999):04d}{f.pick('EEEESWN')}"


def uk_postcode(f: Fake) -> str:
    inward = f"{f.r.randint(0, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"
    return f"{f.pick(UK_AREAS)}{f.r.randint(1, 20)} {inward}"


def bkash_time(f: Fake) -> str:
    day = f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
    clock = f"{f.r.randint(6, 22):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}"
    return f"{day}T{clock}:{f.r.randint(0, 999):03d} GMT+0600"


def uk_street(f: Fake) -> str:
    return f"{f.r.randint(1, 240)} {f.pick(UK_STREETS)}"


def pm_token(f: Fake) -> str:
    return "pm_" + "".join(f.r.choice(ALNUM) for _ in range(24))


def alnum(f: Fake, n: int, chars=ALNUM) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def w3w(f: Fake) -> str:
    words = [
        "filled",
        "count",
        "soap",
        "index",
        "home",
        "raft",
        "lofty",
        "spend",
        "chew",
        "ample",
        "crisp",
        "tulip",
        "manor",
        "gravel",
        "pilot",
        "hinge",
        "dairy",
        "otter",
        "vivid",
    ]
    return "///" + ".".join(f.pick(words) for _ in range(3))


def rw_lat(f: Fake) -> float:
    return round(f.r.uniform(-2.75, -1.1), 6)


def rw_lon(f: Fake) -> float:
    return round(f.r.uniform(29.0, 30.85), 6)


def date_in(f: Fake, y0: int, y1: int) -> str:
    return f"{f.r.randint(y0, y1)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def slot(f: Fake) -> str:
    hour, minute = f.pick(["08", "09", "10", "13", "14"]), f.pick(["00", "30"])
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}T{hour}:{minute}:00Z"


# -- clinical values -------------------------------------------------------------------------

BLOOD_GROUPS = ["A+", "A-", "B+", "B-", "AB+", "O+", "O-"]
DANGER_SIGNS = [
    "vaginal bleeding",
    "severe headache",
    "blurred vision",
    "convulsions",
    "fever",
    "reduced fetal movements",
    "swelling of face and hands",
    "severe abdominal pain",
]
DANGER_RW = [
    "kuva amaraso",
    "kubabara umutwe cyane",
    "kureba ibikezikezi",
    "guhinda umuriro",
    "kubyimba amaguru",
    "umwana atanyeganyega",
    "kugagara",
]
SYMPTOMS_BD = [
    "matha byatha",
    "pa fola",
    "rokto jaoa",
    "jor",
    "chokhe jhapsa dekha",
    "khichuni",
    "bomi bomi bhab",
    "pet byatha",
]
COMPLICATIONS = [
    "postpartum haemorrhage",
    "pre-eclampsia",
    "obstructed labour",
    "shoulder dystocia",
    "retained placenta",
    "none",
    "perineal tear 3rd degree",
    "chorioamnionitis",
]
VACCINES = ["BCG", "OPV0", "HepB birth dose", "Penta1", "PCV1", "Rota1", "OPV1", "MR1", "IPV"]
MEDS = [
    "Ferrous fumarate 210mg",
    "Folic acid 400mcg",
    "Aspirin 150mg",
    "Labetalol 100mg",
    "Calcium carbonate 1.5g",
    "Metformin 500mg",
    "Nifedipine 20mg MR",
    "Iron-folic acid (IFA)",
]


def bp(f: Fake) -> str:
    return f"{f.r.randint(95, 165)}/{f.r.randint(55, 110)}"


def chw_note(f: Fake) -> str:
    return f.pick(
        [
            f"Mother reports headache and swollen feet since Tuesday; BP {bp(f)}, referred to HC",
            "Yavuze ko ababara umutwe; twamwohereje ku kigo nderabuzima",
            "No danger signs today, taking iron-folic acid daily, advised to eat more beans",
            f"Bleeding reported this morning, ambulance called. BP {bp(f)}",
            "Ntabimenyetso mpuruza; afata ibinini bya fer buri munsi",
            f"Fever 38.{f.r.randint(2, 9)}C and cough, malaria RDT negative, paracetamol given",
            "Baby not moving as much since yesterday, advised to go to HC now",
        ]
    )


def reminder_text(f: Fake) -> str:
    d = date_in(f, 2024, 2024)
    return f.pick(
        [
            f"Muraho {f.pick(RW_F_FIRST)}, muributswa gahunda yo kwipimisha ku wa {d} "
            f"ku kigo nderabuzima cya {f.pick(['Kimironko', 'Kacyiru', 'Gisenyi'])}.",
            f"Hi {f.pick(UK_F_FIRST)}, reminder: your antenatal appointment is on {d} at 10:30. "
            "Reply YES to confirm.",
            f"Priyo {f.pick(BD_F_FIRST)}, apnar ANC visit {d} tarikhe {f.pick(BD_UPAZILAS)} UHC te. "
            "Dhonnobad.",
        ]
    )


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Congratulations {f.pick(UK_F_FIRST)} & {f.pick(UK_M_FIRST)}! Love, {any_first(f)} x",
            f"For baby {f.pick(UK_LAST)} - can't wait to meet them! {f.pick(UK_F_FIRST)}",
            f"Welcome to the world little one. Love from Auntie {any_first(f)}",
            f"To {f.pick(UK_F_FIRST)}, rest up and enjoy every cuddle. "
            f"From all at work, {f.pick(UK_M_FIRST)}",
        ]
    )


def contact_label(f: Fake) -> str:
    return f.pick(
        [
            rw_man(f),
            f"Mama {f.pick(RW_F_FIRST)}",
            f.pick(BD_MEN),
            f"{f.pick(UK_M_FIRST)} (husband)",
            f"{f.pick(BD_F_FIRST)} apa",
            f"{f.pick(UK_F_FIRST)} {f.pick(UK_LAST)}",
        ]
    )


# -- contexts --------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5k) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.178 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
]
PAGES = [
    ("/caseload", "My caseload | MamaCare Midwife"),
    ("/patients/search", "Find a patient | MamaCare Midwife"),
    ("/shop/classes", "Antenatal classes | MamaCare Shop"),
    ("/shop/checkout", "Checkout | MamaCare Shop"),
    ("/reports", "Reports | MamaCare Midwife"),
    ("/", "MamaCare - pregnancy support you can trust"),
]


def web_context(f: Fake):
    page = f.pick(PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.2", "next-1.74.0", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.co.uk/",
                        "https://www.nhs.uk/pregnancy/",
                        "https://mamacare.example/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?tab=upcoming", "?page=2"])
            ),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://app.mamacare.example" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand"])),
                    "version": G(lambda f: f.pick(["122", "121", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "rw-RW", "fr-FR", "bn-BD"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["antenatal_classes_spring", "midwife_recruit", "pump_hire"])),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "email"])),
            "content": G(lambda f: f.pick(["carousel_a", "video_15s", "header_link"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "MamaCare"),
            "version": G(lambda f: f.pick(["4.8.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["1402", "1417", "1433"])),
            "namespace": G(lambda f: "com.kuramba.mamacare"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,8", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "pl-GB", "bn-GB"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "17.4", "16.7.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "timezone": G(lambda f: "Europe/London"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email_of(f, uk_mother(f)), "email"),
            "firstName": Y(lambda f: f.pick(UK_F_FIRST), "name"),
            "dueDate": Y(lambda f: date_in(f, 2024, 2025), "condition"),
            "anonymousId": G(lambda f: f.uuid()),
        },
    }


def kotlin_context(f: Fake, with_location=False):
    ctx = {
        "app": {
            "name": G(lambda f: f.pick(["MamaCare CHW", "MamaCare"])),
            "version": G(lambda f: f.pick(["2.4.0", "2.4.1", "2.5.0"])),
            "build": G(lambda f: f.pick(["240", "241", "250"])),
            "namespace": G(lambda f: f.pick(["rw.kuramba.chw", "com.kuramba.mamacare"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["TECNO", "samsung", "itel", "Infinix"])),
            "model": G(lambda f: f.pick(["TECNO KI5k", "SM-A045F", "itel A70", "Infinix X6525"])),
            "name": G(lambda f: f.pick(["TECNO-KI5k", "a04e", "itel-A665L"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["rw-RW", "en-RW", "fr-RW", "en-US"])),
        "network": {
            "carrier": G(lambda f: f.pick(["MTN Rwanda", "Airtel Rwanda", "MTN RW"])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([1.75, 2.0, 2.625])),
            "height": G(lambda f: f.pick([1600, 2408, 1640])),
            "width": G(lambda f: f.pick([720, 1080])),
        },
        "timezone": G(lambda f: "Africa/Kigali"),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5k Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; SM-A045F Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; itel A665L Build/TP1A.220624.014)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "name": Y(lambda f: f.pick([rw_mother, rw_man])(f), "name"),
            "phone": Y(rw_phone, "phone"),
            "chwId": G(lambda f: "CHW-" + f.pick(RW_DISTRICTS)[:3].upper() + "-" + f.digits(4)),
        },
    }
    if with_location:
        ctx["location"] = {
            "latitude": Y(rw_lat, "geolocation"),
            "longitude": Y(rw_lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        }
    return ctx


def kotlin_loc_context(f: Fake):
    return kotlin_context(f, with_location=True)


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "MamaCare Midwife"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "324", "330"])),
            "namespace": G(lambda f: "com.kuramba.midwife"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-T220", "Pixel 7", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPad", "gta7litewifi", "panther"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.20.3", "2.19.5"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-RW", "bn-BD"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.3", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([810, 800, 412])),
            "height": G(lambda f: f.pick([1080, 1340, 915])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "Africa/Kigali", "Asia/Dhaka"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(staff_email, "email"),
            "name": Y(staff_name, "name"),
            "role": G(lambda f: f.pick(["community_midwife", "labour_ward", "student", "team_lead"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "MamaCare BD"),
            "version": G(lambda f: f.pick(["1.9.0", "1.9.3", "2.0.0"])),
            "build": G(lambda f: f.pick(["53", "56", "60"])),
            "namespace": G(lambda f: "bd.kuramba.mamacare"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["Xiaomi", "samsung", "Symphony", "Walton"])),
            "model": G(lambda f: f.pick(["Redmi 12C", "SM-A145F", "Symphony Z60", "Primo H10"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "locale": G(lambda f: f.pick(["bn-BD", "en-BD", "bn"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "11"]))},
        "screen": {
            "height": G(lambda f: f.pick([1650, 2408, 1600])),
            "width": G(lambda f: f.pick([720, 1080])),
        },
        "timezone": G(lambda f: "Asia/Dhaka"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(kind: str):
    name, versions = SERVER_LIBS[kind]

    def ctx(f: Fake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if kind == "php":
            out["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl"]))
        if kind in ("node", "ruby", "dotnet"):
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(
                lambda f: f.pick(
                    [*WEB_UAS, "okhttp/4.12.0", "MamaCare/4.8.2 CFNetwork/1494.0.7 Darwin/23.4.0"]
                )
            )
        if kind == "node":
            out["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.pick([rw_msisdn, bd_msisdn])(f), "phone", True),
                    "type": G(lambda f: "phone"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if kind == "java":
            out["groupId"] = G(lambda f: "fac_" + f.digits(5))
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "chw": kotlin_loc_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}


# -- events ----------------------------------------------------------------------------------


def product(f: Fake | None = None):
    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(lambda f: f.pick(["ANC-HB-", "PUMP-", "TENS-", "CLS-NCT-"]) + f.digits(4)),
        "name": G(
            lambda f: f.pick(
                [
                    "Hypnobirthing - 2 evening sessions",
                    "Medela Swing Maxi Breast Pump",
                    "TENS machine hire (6 weeks)",
                    "Antenatal weekend course",
                    "Maternity pillow",
                    "Baby first aid workshop",
                    "Elvie Stride pump",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Classes", "Breastfeeding", "Labour", "Sleep"])),
        "brand": G(lambda f: f.pick(["Medela", "Elvie", "Kuramba", "Mama Mio", "NCT"])),
        "price": G(lambda f: f.money(9, 260)),
        "quantity": G(lambda f: f.r.randint(1, 2)),
    }


EVENTS = [
    # -- identify ------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["ios"],
        {
            "firstName": Y(lambda f: f.pick(UK_F_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(UK_LAST), "name"),
            "email": Y(lambda f: email_of(f, uk_mother(f)), "email"),
            "phone": Y(uk_phone, "phone"),
            "dateOfBirth": Y(lambda f: date_in(f, 1982, 2005), "birthdate"),
            "postcode": Y(uk_postcode, "zipcode"),
            "nhsNumber": RED(nhs_number, "health id"),
            "gpPractice": G(
                lambda f: f.pick(
                    [
                        "Spitalfields Practice",
                        "Jubilee Street Practice",
                        "Ladypool Medical Centre",
                        "Leeds City Medical Practice",
                    ]
                )
            ),
            "dueDate": Y(lambda f: date_in(f, 2024, 2025), "condition"),
            "gestationWeeks": Y(lambda f: f.r.randint(6, 40), "condition"),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "White - British",
                        "Asian or Asian British - Bangladeshi",
                        "Black or Black British - African",
                        "White - Any other White background",
                        "Mixed - White and Black Caribbean",
                        "Asian or Asian British - Pakistani",
                    ]
                ),
                "ethnicity",
            ),
            "allergies": Y(lambda f: f.pick(["penicillin", "latex", "none known", "nuts"]), "allergy"),
            "preferredLanguage": G(lambda f: f.pick(["English", "Bengali", "Polish", "Urdu", "Somali"])),
            "interpreterRequired": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(17, 44)),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "civil partnership", "cohabiting"])),
            "occupation": G(
                lambda f: f.pick(["teacher", "nurse", "student", "retail assistant", "software engineer"])
            ),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: "https://cdn.mamacare.example/avatars/" + f.hexid(20) + ".jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "amazina": Y(rw_mother, "name"),
            "indangamuntu": RED(rw_nid, "national id"),
            "telefoni": Y(rw_phone, "phone"),
            "itariki_y_amavuko": Y(lambda f: date_in(f, 1980, 2006), "birthdate"),
            "intara": G(
                lambda f: f.pick(
                    ["Umujyi wa Kigali", "Amajyaruguru", "Amajyepfo", "Iburasirazuba", "Iburengerazuba"]
                )
            ),
            "akarere": G(lambda f: f.pick(RW_DISTRICTS)),
            "umurenge": Y(lambda f: f.pick(RW_SECTORS), "city"),
            "akagari": Y(lambda f: f.pick(RW_CELLS), "address"),
            "umudugudu": Y(lambda f: f.pick(RW_VILLAGES), "address"),
            "nimero_ya_mituweli": Y(mutuelle_number, "identification"),
            "icyiciro_cy_ubudehe": Y(lambda f: f.pick(["1", "2", "3", "4"]), "salary"),
            "umugabo": {
                "amazina": Y(rw_man, "name"),
                "telefoni": Y(rw_phone, "phone"),
                "akazi": G(lambda f: f.pick(["umuhinzi", "umushoferi", "umwarimu", "umucuruzi"])),
            },
            "inda_ya_kangahe": Y(lambda f: f.r.randint(1, 7), "condition"),
            "abana_bariho": G(lambda f: f.r.randint(0, 6)),
            "ikigo_nderabuzima": G(lambda f: f.pick(RW_FACILITIES)),
            "umujyanama_id": G(lambda f: "CHW-" + f.digits(5)),
            "yanditswe_ku": G(lambda f: f.iso()),
            "ururimi": G(lambda f: f.pick(["rw", "fr", "en"])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "naam": Y(bd_mother, "name"),
            "swamir_naam": Y(lambda f: f.pick(BD_MEN), "name"),
            "mobile": Y(bd_phone, "phone"),
            "nid_nombor": RED(bd_nid, "national id"),
            "jonmo_tarikh": Y(lambda f: date_in(f, 1984, 2006), "birthdate"),
            "thikana": {
                "gram": Y(lambda f: f.pick(BD_VILLAGES), "address"),
                "upazila": Y(lambda f: f.pick(BD_UPAZILAS), "city"),
                "zila": G(lambda f: f.pick(BD_DISTRICTS)),
                "bibhag": G(lambda f: f.pick(BD_DIVISIONS)),
            },
            "dhormo": Y(lambda f: f.pick(["Islam", "Hindu", "Boudhho", "Khristan"]), "religion"),
            "boyosh": G(lambda f: f.r.randint(16, 42)),
            "shikkha": G(lambda f: f.pick(["primary", "SSC", "HSC", "none", "degree"])),
            "rokter_grup": Y(lambda f: f.pick(BLOOD_GROUPS), "condition|diagnosis"),
            "gorbhokal_saptaho": Y(lambda f: f.r.randint(5, 40), "condition"),
            "shesh_masik_tarikh": Y(lambda f: date_in(f, 2023, 2024), "condition"),
            "bkash_nombor": Y(bd_msisdn, "phone"),
            "createdAt": G(lambda f: f.iso()),
            "app_bhasha": G(lambda f: f.pick(["bn", "en"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "MOTHER_ID": G(lambda f: f.digits(8)),
            "FIRST_NAME": Y(lambda f: f.pick(f.pick([UK_F_FIRST, RW_F_FIRST, BD_F_FIRST])), "name"),
            "LAST_NAME": Y(lambda f: f.pick(f.pick([UK_LAST, RW_F_LAST, BD_F_LAST])), "name"),
            "EMAIL": Y(mother_email, "email"),
            "PHONE_NUMBER": Y(any_phone, "phone"),
            "EDD": Y(lambda f: date_in(f, 2024, 2025), "condition"),
            "RISK_LEVEL": Y(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"]), "condition"),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "VISITS_COMPLETED": G(lambda f: f.r.randint(0, 9)),
            "COUNTRY_CODE": G(lambda f: f.pick(["RW", "GB", "BD"])),
            "FACILITY_CODE": G(lambda f: f.pick(["RW-GSB-017", "GB-RLH", "BD-SNM-004", "RW-MSZ-003"])),
            "IS_ACTIVE": G(lambda f: f.pick([True, False])),
            "LIFECYCLE_STAGE": G(lambda f: f.pick(["registered", "engaged", "lapsed"])),
            "SYNCED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "displayName": Y(staff_name, "name"),
            "workEmail": Y(staff_email, "email"),
            "workMobile": Y(lambda f: f.pick([uk_phone, rw_phone, bd_phone])(f), "phone"),
            "nmcPin": Y(nmc_pin, "license|certificate"),
            "role": G(lambda f: f.pick(["community_midwife", "labour_ward", "student", "team_lead"])),
            "employer": G(
                lambda f: f.pick(
                    [
                        "Barts Health NHS Trust",
                        "Leeds Teaching Hospitals",
                        "Kuramba Health",
                        "Rwanda Biomedical Centre",
                    ]
                )
            ),
            "team": G(
                lambda f: f.pick(["Tower Hamlets Community", "Gasabo CHW supervisors", "Sunamganj outreach"])
            ),
            "payBand": G(lambda f: f.pick(["Band 5", "Band 6", "Band 7"])),
            "yearsQualified": G(lambda f: f.r.randint(0, 30)),
            "photoUrl": Y(lambda f: "https://cdn.mamacare.example/staff/" + f.hexid(16) + ".png", "photo"),
            "lastLoginAt": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["rn", "web"],
        {
            "name": G(lambda f: f.pick(RW_FACILITIES + UK_UNITS + BD_FACILITIES)),
            "facility_code": G(
                lambda f: f.pick(["RW-GSB-017", "GB-RLH", "BD-SNM-004", "RW-MSZ-003", "GB-BWH"])
            ),
            "facility_type": G(
                lambda f: f.pick(["health_centre", "district_hospital", "birth_centre", "UHC"])
            ),
            "beds": G(lambda f: f.r.randint(6, 120)),
            "hmis_code": G(lambda f: f.digits(5)),
            "contact": {
                "phone": G(
                    lambda f: f.pick(
                        ["+250 788 300 100", "+44 20 7377 7000", "+880 1730-324778", "0121 472 1377"]
                    )
                ),
                "email": G(
                    lambda f: f.pick(
                        ["maternity.triage@nhs.net", "info@kimironkohc.rw", "uhfpo.derai@dghs.gov.bd"]
                    )
                ),
            },
            "address": {
                "street": G(
                    lambda f: f.pick(["KG 11 Ave", "Whitechapel Road", "Mindelsohn Way", "Hospital Road"])
                ),
                "city": G(lambda f: f.pick(["Kigali", "London", "Birmingham", "Derai"])),
                "district": G(lambda f: f.pick(RW_DISTRICTS + BD_DISTRICTS)),
                "country": G(lambda f: f.pick(["RW", "GB", "BD"])),
            },
            "location": {
                "lat": G(lambda f: f.pick([-1.9494, 51.5186, 24.7937])),
                "lng": G(lambda f: f.pick([30.1263, -0.0597, 91.1013])),
            },
            "plan": G(lambda f: f.pick(["public_sector", "pilot", "enterprise"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["ios", "android", "flutter"], {}),
    # -- pregnancy registration -------------------------------------------------------------
    (
        "track",
        "Pregnancy Registered",
        ["chw"],
        {
            "pregnancy_id": G(lambda f: f.uuid()),
            "mother_id": G(lambda f: f.digits(8)),
            "lmp_date": Y(lambda f: date_in(f, 2023, 2024), "condition"),
            "edd": Y(lambda f: date_in(f, 2024, 2025), "condition"),
            "gravida": Y(lambda f: f.r.randint(1, 8), "condition"),
            "para": Y(lambda f: f.r.randint(0, 6), "condition"),
            "weeks_at_registration": Y(lambda f: f.r.randint(6, 30), "condition"),
            "blood_group": Y(lambda f: f.pick(BLOOD_GROUPS), "condition|diagnosis"),
            "hiv_status": Y(
                lambda f: f.pick(["negative", "positive", "unknown", "declined"]), "condition|diagnosis"
            ),
            "hiv_test_done": G(lambda f: f.pick([True, False])),
            "previous_caesarean": Y(lambda f: f.pick([True, False]), "procedure"),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
            "registered_by": G(lambda f: "CHW-" + f.digits(5)),
            "registration_channel": G(lambda f: f.pick(["app", "ussd", "facility"])),
            "mutuelle_covered": G(lambda f: f.pick([True, False])),
            "momo_number": Y(rw_msisdn, "phone"),
            "form_version": G(lambda f: f.pick(["2023.4", "2024.1"])),
        },
    ),
    (
        "track",
        "Screening Results Recorded",
        ["node"],
        {
            "resultId": G(lambda f: f.uuid()),
            "nhsNumber": RED(nhs_number, "health id"),
            "testPanel": G(lambda f: f.pick(["booking bloods", "28-week bloods", "OGTT"])),
            "haemoglobinGdl": Y(lambda f: round(f.r.uniform(8.0, 14.5), 1), "condition|diagnosis"),
            "bloodGroup": Y(lambda f: f.pick(BLOOD_GROUPS), "condition|diagnosis"),
            "antibodyScreen": Y(
                lambda f: f.pick(["negative", "anti-D detected", "anti-c detected"]), "condition|diagnosis"
            ),
            "hivResult": Y(lambda f: f.pick(["negative", "reactive", "negative"]), "condition|diagnosis"),
            "syphilisResult": Y(lambda f: f.pick(["non-reactive", "reactive"]), "condition|diagnosis"),
            "hepatitisBResult": Y(
                lambda f: f.pick(["HBsAg negative", "HBsAg positive"]), "condition|diagnosis"
            ),
            "sickleCellScreen": Y(lambda f: f.pick(["AA", "AS", "SS", "not offered"]), "condition|diagnosis"),
            "isAbnormal": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
            "collectedAt": G(lambda f: f.iso()),
            "labCode": G(lambda f: f.pick(["RLH-PATH", "BWH-LAB", "LTH-BLOOD"])),
            "reportedBy": Y(staff_name, "name"),
            "reportStatus": G(lambda f: f.pick(["final", "preliminary", "amended"])),
            "specimenBarcode": G(lambda f: "S" + f.digits(11)),
        },
    ),
    # -- antenatal visits -----------------------------------------------------------------------
    (
        "track",
        "Antenatal Visit Completed",
        ["rn"],
        {
            "visitId": G(lambda f: f.uuid()),
            "visitNumber": G(lambda f: f.r.randint(1, 10)),
            "visitType": G(lambda f: f.pick(["booking", "routine", "follow-up", "triage"])),
            "gestationWeeks": Y(lambda f: f.r.randint(8, 41), "condition"),
            "bpSystolic": Y(lambda f: f.r.randint(95, 165), "condition|diagnosis"),
            "bpDiastolic": Y(lambda f: f.r.randint(55, 110), "condition|diagnosis"),
            "weightKg": Y(lambda f: round(f.r.uniform(45, 105), 1), "condition|diagnosis"),
            "fundalHeightCm": Y(lambda f: f.r.randint(14, 42), "condition|diagnosis"),
            "fetalHeartRate": Y(lambda f: f.r.randint(110, 165), "condition|diagnosis"),
            "fetalPresentation": Y(
                lambda f: f.pick(["cephalic", "breech", "transverse", "not assessed"]), "condition|diagnosis"
            ),
            "urineProtein": Y(lambda f: f.pick(["nil", "trace", "+", "++"]), "condition|diagnosis"),
            "riskFlags": Many(
                Y(
                    lambda f: f.pick(
                        ["pre-eclampsia risk", "anaemia", "GDM", "previous stillbirth", "twin pregnancy"]
                    ),
                    "condition|diagnosis",
                ),
                2,
            ),
            "supplementsGiven": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "midwifeName": Y(staff_name, "name"),
            "patient": {
                "mrn": RED(lambda f: f.pick([hospital_number, rw_patient_number])(f), "health id"),
                "ageBand": G(lambda f: f.pick(["<18", "18-24", "25-34", "35+"])),
            },
            "setting": G(lambda f: f.pick(["clinic", "home", "virtual"])),
            "durationMinutes": G(lambda f: f.r.randint(10, 60)),
            "nextAppointmentAt": G(slot),
            "bpUnit": G(lambda f: "mmHg"),
        },
    ),
    (
        "track",
        "Isura ry'Umubyeyi Ryarangiye",
        ["chw"],
        {
            "uruzinduko_id": G(lambda f: f.uuid()),
            "umubyeyi_id": G(lambda f: f.digits(8)),
            "ibiro": Y(lambda f: round(f.r.uniform(42, 95), 1), "condition|diagnosis"),
            "umuvuduko_w_amaraso": Y(bp, "condition|diagnosis"),
            "ibimenyetso_mpuruza": Many(Y(lambda f: f.pick(DANGER_RW), "condition|diagnosis"), 2),
            "aho_ari": {"lat": Y(rw_lat, "geolocation"), "lng": Y(rw_lon, "geolocation")},
            "gps_accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "igihe_cyamaze_iminota": G(lambda f: f.r.randint(10, 75)),
            "note": Y(chw_note, "condition|diagnosis", True),
            "uruzinduko_rukurikira": G(lambda f: date_in(f, 2024, 2024)),
            "offline_queued": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["dotnet"],
        {
            "AppointmentId": G(lambda f: f.r.randint(100000, 999999)),
            "NhsNumber": RED(nhs_number, "health id"),
            "HospitalNumber": RED(hospital_number, "health id"),
            "PatientName": Y(uk_mother, "name"),
            "DateOfBirth": Y(lambda f: date_in(f, 1982, 2005) + "T00:00:00", "birthdate"),
            "Postcode": Y(uk_postcode, "zipcode"),
            "ContactPhone": Y(uk_phone, "phone"),
            "ClinicName": G(
                lambda f: f.pick(
                    [
                        "Antenatal Clinic B",
                        "Fetal Medicine Unit",
                        "Maternity Day Unit",
                        "Community Hub - Poplar",
                    ]
                )
            ),
            "ClinicAddress": G(
                lambda f: f.pick(
                    [
                        "Whitechapel Rd, London E1 1FR",
                        "Mindelsohn Way, Birmingham B15 2TG",
                        "Great George St, Leeds LS1 3EX",
                    ]
                )
            ),
            "SlotStart": G(slot),
            "MidwifeName": Y(staff_name, "name"),
            "IsFirstBooking": G(lambda f: f.pick([True, False])),
            "InterpreterLanguage": G(lambda f: f.pick(["None", "Bengali", "Polish", "Romanian", "Somali"])),
            "ReminderChannel": G(lambda f: f.pick(["Sms", "Email", "Both"])),
            "BookingSource": G(lambda f: f.pick(["App", "Web", "GPReferral", "SelfReferral"])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        ["python"],
        {
            "phoneNumber": Y(
                lambda f: "+" + f.pick([rw_msisdn(f), "880" + bd_msisdn(f)[1:], "4479" + f.digits(8)]),
                "phone",
            ),
            "status": G(lambda f: f.pick(["Success", "Sent", "Buffered", "Rejected"])),
            "statusCode": G(lambda f: f.pick([100, 101, 102, 403])),
            "networkCode": G(lambda f: f.pick(["63510", "63514", "47001", "47003"])),
            "cost": G(lambda f: f.pick(["RWF 15.0000", "BDT 0.3500", "GBP 0.0400"])),
            "messageId": G(lambda f: "ATXid_" + f.hexid(32)),
            "text": Y(reminder_text, "name", True),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: "+447" + f.pick(["4", "5", "7", "8", "9"]) + f.digits(8), "phone", True),
            "To": G(lambda f: f.pick(["+447480781234", "+441134960011"])),
            "Body": G(lambda f: f.pick(["YES", "Yes", "NO", "C", "STOP", "1", "ok thanks"])),
            "NumMedia": G(lambda f: "0"),
            "SmsStatus": G(lambda f: "received"),
            "FromCountry": G(lambda f: "GB"),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Reminder Preferences Updated",
        ["ios"],
        {
            "smsReminders": G(lambda f: f.pick([True, False])),
            "emailReminders": G(lambda f: f.pick([True, False])),
            "reminderPhone": Y(uk_phone, "phone"),
            "quietHoursStart": G(lambda f: f.pick(["21:00", "22:00", "20:30"])),
            "reminderLeadHours": G(lambda f: f.pick([2, 24, 48])),
            "phoneNumberCount": G(lambda f: f.r.randint(1, 2)),
        },
    ),
    # -- birth plans -----------------------------------------------------------------------------
    (
        "track",
        "Birth Plan Saved",
        ["ios"],
        {
            "birthPlanId": G(lambda f: f.uuid()),
            "preferredPlace": G(lambda f: f.pick(["home", "midwife-led unit", "labour ward", "undecided"])),
            "hospitalName": G(lambda f: f.pick(UK_UNITS)),
            "painRelief": Many(
                Y(
                    lambda f: f.pick(["epidural", "gas and air", "pethidine", "remifentanil PCA", "TENS"]),
                    "medication",
                ),
                2,
            ),
            "birthPartner": {
                "name": Y(lambda f: f"{f.pick(UK_M_FIRST + UK_F_FIRST)} {f.pick(UK_LAST)}", "name"),
                "relationship": G(
                    lambda f: f.pick(["husband", "partner", "mother", "sister", "friend", "doula"])
                ),
                "phone": Y(uk_phone, "phone"),
            },
            "religiousRequirements": Y(
                lambda f: f.pick(
                    [
                        "Adhan whispered to baby",
                        "female staff only where possible",
                        "halal meals",
                        "none",
                        "kosher meals",
                    ]
                ),
                "religion",
            ),
            "skinToSkin": G(lambda f: f.pick([True, False])),
            "dimLights": G(lambda f: f.pick([True, False])),
            "feedingPlan": G(lambda f: f.pick(["breast", "formula", "combination", "undecided"])),
            "comments": G(
                lambda f: f.pick(
                    [
                        "I'd like the lights dimmed and my own playlist",
                        "Please let my partner cut the cord",
                        "Skin-to-skin straight away if possible",
                        "I'd like to stay mobile and use the birthing ball",
                        "",
                    ]
                )
            ),
            "sectionsCompleted": G(lambda f: f.r.randint(1, 8)),
            "sharedWithMidwife": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Home Birth Checklist Completed",
        ["rn"],
        {
            "checklistId": G(lambda f: f.uuid()),
            "homeAddress": Y(lambda f: f"{uk_street(f)}, {f.pick(UK_CITIES)} {uk_postcode(f)}", "address"),
            "what3words": Y(w3w, "geolocation"),
            "keySafeCode": RED(lambda f: f.digits(4), "secret"),
            "accessNotes": G(
                lambda f: f.pick(
                    [
                        "Park on the drive",
                        "Third floor, lift out of order",
                        "Blue door next to the shop",
                        "Ring the bell twice",
                    ]
                )
            ),
            "petsAtHome": G(lambda f: f.pick([True, False])),
            "petName": G(lambda f: f.pick(["Biscuit", "Luna", "Milo", "Bella", "Simba"])),
            "petType": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "nearestObstetricUnit": G(lambda f: f.pick(UK_UNITS)),
            "distanceToUnitKm": G(lambda f: round(f.r.uniform(0.5, 25), 1)),
            "birthPoolOrdered": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- delivery and newborn ----------------------------------------------------------------
    (
        "track",
        "Delivery Recorded",
        ["rn", "web"],
        {
            "deliveryId": G(lambda f: f.uuid()),
            "deliveredAt": Y(lambda f: f.iso(), "birthdate"),
            "deliveryMode": Y(
                lambda f: f.pick(
                    [
                        "spontaneous vaginal",
                        "emergency caesarean",
                        "elective caesarean",
                        "ventouse",
                        "forceps",
                    ]
                ),
                "procedure",
            ),
            "gestationAtBirthWeeks": Y(lambda f: f.r.randint(28, 42), "condition"),
            "bloodLossMl": Y(lambda f: f.r.randint(150, 1800), "condition|diagnosis"),
            "perinealTrauma": Y(
                lambda f: f.pick(["intact", "1st degree", "2nd degree", "episiotomy"]), "condition|diagnosis"
            ),
            "complications": Many(Y(lambda f: f.pick(COMPLICATIONS), "condition|diagnosis"), 2),
            "oxytocinGiven": Y(lambda f: f.pick([True, False]), "medication"),
            "attendingMidwife": {"name": Y(staff_name, "name"), "nmcPin": Y(nmc_pin, "license|certificate")},
            "facilityCode": G(lambda f: f.pick(["RW-GSB-017", "GB-RLH", "BD-SNM-004", "GB-BWH"])),
            "ward": G(lambda f: f.pick(["Labour Ward", "Birth Centre", "Theatre 2", "Maternity"])),
            "newborns": Many(
                {
                    "babyId": G(lambda f: f.uuid()),
                    "name": Y(
                        lambda f: f.pick(
                            [
                                f"Baby of {any_mother(f)}",
                                f"{f.pick(BABY_FIRST)} {f.pick(UK_LAST + RW_M_LAST)}",
                            ]
                        ),
                        "name",
                    ),
                    "sex": Y(lambda f: f.pick(["female", "male", "indeterminate"]), "sex"),
                    "birthWeightGrams": Y(lambda f: f.r.randint(1500, 4500), "condition|diagnosis"),
                    "apgar1": Y(lambda f: f.r.randint(3, 10), "condition|diagnosis"),
                    "apgar5": Y(lambda f: f.r.randint(6, 10), "condition|diagnosis"),
                    "resuscitationRequired": Y(lambda f: f.pick([True, False]), "procedure"),
                    "birthOrder": G(lambda f: f.r.randint(1, 2)),
                },
                2,
            ),
            "recordedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Vaccination Recorded",
        ["chw", "flutter"],
        {
            "child_id": G(lambda f: f.digits(9)),
            "child_name": Y(lambda f: f"{f.pick(BABY_FIRST)} {f.pick(RW_F_LAST + BD_F_LAST)}", "name"),
            "child_dob": Y(lambda f: date_in(f, 2023, 2024), "birthdate"),
            "vaccine": Y(lambda f: f.pick(VACCINES), "medication"),
            "dose_number": G(lambda f: f.r.randint(0, 3)),
            "batch_number": G(
                lambda f: (
                    f.pick(["BCG", "OPV", "PCV"]) + "-" + alnum(f, 6, string.ascii_uppercase + string.digits)
                )
            ),
            "administered_at": G(lambda f: f.iso()),
            "site": G(lambda f: f.pick(["left thigh", "right thigh", "left upper arm", "oral"])),
            "next_due_date": G(lambda f: date_in(f, 2024, 2025)),
            "vaccinator_name": Y(staff_name, "name"),
            "adverse_event": Y(
                lambda f: f.pick(["none", "fever", "swelling at site", "persistent crying"]),
                "condition|diagnosis",
            ),
            "facility_code": G(lambda f: f.pick(["RW-GSB-017", "BD-SNM-004", "RW-MSZ-003"])),
        },
    ),
    (
        "track",
        "Umwana Yavutse",
        ["java"],
        {
            "amazina_y_umwana": Y(lambda f: f"{f.pick(BABY_FIRST)} {f.pick(RW_M_LAST + RW_F_LAST)}", "name"),
            "igitsina": Y(lambda f: f.pick(["gabo", "gore"]), "sex"),
            "ibiro_by_umwana": Y(lambda f: round(f.r.uniform(1.6, 4.4), 2), "condition|diagnosis"),
            "itariki_yavutseho": Y(lambda f: date_in(f, 2023, 2024), "birthdate"),
            "aho_yavukiye": G(lambda f: f.pick(["ibitaro", "ikigo nderabuzima", "mu rugo", "mu nzira"])),
            "inkingo": Many(Y(lambda f: f.pick(VACCINES[:4]), "medication"), 3),
            "umubyeyi_id": G(lambda f: f.digits(8)),
            "yonka": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shishu Jonmo Nibondhon",
        ["php"],
        {
            "shishur_naam": Y(lambda f: f"{f.pick(BABY_FIRST)} {f.pick(BD_F_LAST)}", "name"),
            "jonmo_tarikh": Y(lambda f: date_in(f, 2023, 2024), "birthdate"),
            "jonmo_nibondhon_nombor": RED(bd_brn, "national id"),
            "pitar_naam": Y(lambda f: f.pick(BD_MEN), "name"),
            "matar_naam": Y(bd_mother, "name"),
            "linga": Y(lambda f: f.pick(["chele", "meye"]), "sex"),
            "ojon_kg": Y(lambda f: round(f.r.uniform(1.6, 4.2), 1), "condition|diagnosis"),
            "proshob_sthan": G(
                lambda f: f.pick(["bari", "upazila health complex", "private clinic", "zila hospital"])
            ),
            "nibondhon_karyalay": G(
                lambda f: f.pick(["Rampur Union Parishad", "Derai Pourashava", "Ukhia Union Parishad"])
            ),
            "registered_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Postnatal Check Completed",
        ["rn", "web"],
        {
            "checkId": G(lambda f: f.uuid()),
            "checkDay": G(lambda f: f.pick([1, 3, 7, 10, 42])),
            "motherBpSystolic": Y(lambda f: f.r.randint(95, 160), "condition|diagnosis"),
            "motherTempC": Y(lambda f: round(f.r.uniform(36.1, 39.2), 1), "condition|diagnosis"),
            "lochia": Y(lambda f: f.pick(["normal", "heavy", "offensive", "scant"]), "condition|diagnosis"),
            "epdsScore": Y(lambda f: f.r.randint(0, 24), "condition|diagnosis"),
            "babyWeightGrams": Y(lambda f: f.r.randint(2100, 5200), "condition|diagnosis"),
            "jaundice": Y(lambda f: f.pick(["none", "mild", "referred for SBR"]), "condition|diagnosis"),
            "feedingMethod": G(lambda f: f.pick(["breast", "formula", "mixed"])),
            "contraceptionMethod": Y(
                lambda f: f.pick(["implant", "POP", "IUD", "none", "condoms"]), "medication"
            ),
            "visitedBy": Y(staff_name, "name"),
            "nextCheckAt": G(slot),
            "formCompletionPct": G(lambda f: f.r.randint(40, 100)),
        },
    ),
    # -- CHW home visits ---------------------------------------------------------------------
    (
        "track",
        "CHW Visit Started",
        ["chw"],
        {
            "visit_id": G(lambda f: f.uuid()),
            "household_id": G(lambda f: "HH-" + f.digits(7)),
            "chw_id": G(lambda f: "CHW-" + f.digits(5)),
            "started_at": G(lambda f: f.iso()),
            "gps_accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "offline": G(lambda f: f.pick([True, False])),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "queue_length": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Danger Sign Reported",
        ["chw"],
        {
            "report_id": G(lambda f: f.uuid()),
            "mother_id": G(lambda f: f.digits(8)),
            "danger_signs": Many(Y(lambda f: f.pick(DANGER_SIGNS), "condition|diagnosis"), 3),
            "reported_via": G(lambda f: f.pick(["app", "ussd", "call"])),
            "latitude": Y(rw_lat, "geolocation"),
            "longitude": Y(rw_lon, "geolocation"),
            "ambulance_requested": G(lambda f: f.pick([True, False])),
            "caller_phone": Y(rw_phone, "phone"),
            "caller_relationship": G(lambda f: f.pick(["husband", "self", "neighbour", "CHW"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["go"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "from_facility": G(lambda f: f.pick(RW_FACILITIES + BD_FACILITIES)),
            "to_facility": G(lambda f: f.pick(RW_FACILITIES + BD_FACILITIES)),
            "reason": Y(
                lambda f: f.pick(
                    [
                        "severe pre-eclampsia",
                        "antepartum haemorrhage",
                        "prolonged labour",
                        "severe anaemia",
                        "preterm labour",
                    ]
                ),
                "condition|diagnosis",
            ),
            "urgency": G(lambda f: f.pick(["emergency", "urgent", "routine"])),
            "transport_mode": G(lambda f: f.pick(["ambulance", "moto", "private car"])),
            "eta_minutes": G(lambda f: f.r.randint(10, 180)),
            "notify": {
                "recipient": Y(lambda f: f.pick([rw_msisdn, bd_msisdn])(f), "phone", True),
                "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
                "template": G(lambda f: f.pick(["referral_v2", "referral_rw", "referral_bn"])),
            },
        },
    ),
    # -- mobile money ---------------------------------------------------------------------------
    (
        "track",
        "Transport Voucher Issued",
        ["python"],
        {
            "voucher_id": G(lambda f: "TV-2024-" + f.digits(6)),
            "amount": G(lambda f: f.pick([2000, 3000, 5000, 8000])),
            "currency": G(lambda f: "RWF"),
            "redemption_code": RED(lambda f: f.digits(8), "token"),
            "beneficiary_msisdn": Y(rw_msisdn, "phone"),
            "beneficiary_name": Y(rw_mother, "name"),
            "trip_purpose": G(lambda f: f.pick(["ANC visit", "delivery", "PNC", "referral"])),
            "valid_until": G(lambda f: f.iso()),
            "issuer": G(lambda f: f.pick(["Kuramba Health", "RBC MCH programme"])),
            "district": G(lambda f: f.pick(RW_DISTRICTS)),
        },
    ),
    (
        "track",
        "MoMo Disbursement Callback",
        ["node"],
        {
            "financialTransactionId": G(lambda f: f.digits(10)),
            "externalId": G(lambda f: "TV-2024-" + f.digits(6)),
            "amount": G(lambda f: f.pick([2000, 3000, 5000, 8000])),
            "currency": G(lambda f: "RWF"),
            "payee": {"partyIdType": G(lambda f: "MSISDN"), "partyId": Y(rw_msisdn, "phone", True)},
            "payerMessage": G(lambda f: f.pick(["Transport ANC", "Moto delivery", "PNC transport"])),
            "payeeNote": G(lambda f: f.pick(["Kuramba voucher", "MCH transport"])),
            "status": G(lambda f: f.pick(["SUCCESSFUL", "FAILED", "PENDING"])),
            "driverName": Y(rw_man, "name"),
        },
    ),
    (
        "track",
        "bKash Payment Executed",
        ["php"],
        {
            "paymentID": G(lambda f: "TR0011" + alnum(f, 4, string.ascii_uppercase) + f.digits(10)),
            "trxID": G(lambda f: alnum(f, 10, string.ascii_uppercase + string.digits)),
            "transactionStatus": G(lambda f: f.pick(["Completed", "Initiated", "Cancelled"])),
            "amount": G(lambda f: f.pick(["150", "200", "300", "500"])),
            "currency": G(lambda f: "BDT"),
            "intent": G(lambda f: "sale"),
            "merchantInvoiceNumber": G(lambda f: "INV-BD-" + f.digits(7)),
            "customerMsisdn": Y(bd_msisdn, "phone"),
            "paymentExecuteTime": G(lambda f: bkash_time(f)),
        },
    ),
    (
        "track",
        "CHW Incentive Paid",
        ["java"],
        {
            "payout_id": G(lambda f: f.uuid()),
            "chw_id": G(lambda f: "CHW-" + f.digits(5)),
            "amount_rwf": Y(lambda f: f.pick([15000, 20000, 25000, 32000]), "salary"),
            "period": G(lambda f: f.pick(["2024-01", "2024-02", "2024-03", "2024-Q1"])),
            "bank_name": G(lambda f: f.pick(["Bank of Kigali", "Equity Bank Rwanda", "Umwalimu SACCO"])),
            "bank_account": RED(
                lambda f: f"000{f.r.randint(10, 99)}-{f.digits(8)}-{f.r.randint(10, 99)}", "bank account"
            ),
            "momo_msisdn": Y(rw_msisdn, "phone"),
            "cooperative": G(lambda f: f.pick(["Twisungane CHW Coop", "Abajyanama Kimironko"])),
        },
    ),
    # -- e-commerce ---------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["breast pump", "hypnobirthing", "tens machine", "maternity pillow", "first aid class"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "ios"],
        {
            **product(),
            "currency": G(lambda f: "GBP"),
            "value": G(lambda f: f.money(9, 260)),
            "url": G(lambda f: "https://shop.mamacare.example/p/" + f.digits(6)),
            "image_url": G(lambda f: "https://cdn.mamacare.example/p/" + f.hexid(12) + ".jpg"),
        },
    ),
    ("track", "Product Added", ["web", "ios"], {"cart_id": G(lambda f: f.uuid()), **product()}),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "value": G(lambda f: f.money(9, 400)),
            "revenue": G(lambda f: f.money(9, 400)),
            "shipping": G(lambda f: f.pick([0, 3.95, 4.99])),
            "tax": G(lambda f: f.money(0, 60)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": G(lambda f: f.pick(["", "NHSMIDWIFE20", "WELCOME10", "BUMP15"])),
            "currency": G(lambda f: "GBP"),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "klarna"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(pm_token, "token"),
            "billing_postcode": Y(uk_postcode, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "total": G(lambda f: f.money(9, 400)),
            "subtotal": G(lambda f: f.money(9, 400)),
            "currency": G(lambda f: "GBP"),
            "products": Many(product()),
            "shipping_address": {
                "name": Y(lambda f: f.pick([uk_mother(f), f.full_name()]), "name"),
                "line1": Y(uk_street, "address|street"),
                "line2": Y(lambda f: f.pick(["Flat 3", "Flat 12B", "2nd floor", "Unit 4"]), "address|street"),
                "city": Y(lambda f: f.pick(UK_CITIES), "city"),
                "postcode": Y(uk_postcode, "zipcode"),
                "country": G(lambda f: "GB"),
            },
            "email": Y(lambda f: email_of(f, uk_mother(f)), "email"),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_message": Y(gift_message, "name", True),
            "delivery_slot": G(slot),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web"],
        {
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "coupon_id": G(lambda f: "cpn_" + f.hexid(10)),
            "coupon_name": G(lambda f: f.pick(["NHSMIDWIFE20", "WELCOME10", "BUMP15"])),
            "discount": G(lambda f: f.money(0, 30)),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["php"],
        {
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "amount": G(lambda f: f.pick(["49.00", "129.99", "260.00", "15.50"])),
            "currency": G(lambda f: "GBP"),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc"])
            ),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "cardholder_name": Y(lambda f: f.pick([uk_mother(f), f.full_name()]), "name"),
            "billing_address": Y(
                lambda f: f"{uk_street(f)}, {f.pick(UK_CITIES)}, {uk_postcode(f)}", "address"
            ),
            "stripe_charge_id": G(lambda f: "ch_" + alnum(f, 24)),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["python"],
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "order_id": G(lambda f: "MC-" + f.digits(7)),
            "amount": G(lambda f: f.pick(["49.00", "129.99", "260.00", "15.50"])),
            "refund_reason": G(
                lambda f: f.pick(["class cancelled", "baby arrived early", "duplicate", "faulty item"])
            ),
            "refund_iban": RED(lambda f: f.iban("GB"), "bank account"),
            "account_holder": Y(lambda f: f.pick([uk_mother(f), f.full_name()]), "name"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-94-57", "60-16-13"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
        },
    ),
    (
        "track",
        "Class Booked",
        ["node"],
        {
            "event": G(lambda f: "invitee.created"),
            "payload": {
                "event_type_name": G(
                    lambda f: f.pick(
                        [
                            "Hypnobirthing - 2 sessions",
                            "Antenatal weekend course",
                            "Breastfeeding drop-in",
                            "Dads-to-be evening",
                        ]
                    )
                ),
                "invitee": {
                    "name": Y(uk_mother, "name"),
                    "email": Y(lambda f: email_of(f, uk_mother(f)), "email"),
                    "timezone": G(lambda f: "Europe/London"),
                    "rescheduled": G(lambda f: f.pick([True, False])),
                    "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
                    "questions_and_answers": Many(
                        {
                            "question": G(lambda f: "Mobile number for class reminders"),
                            "answer": Y(uk_phone, "phone", True),
                            "position": G(lambda f: 0),
                        },
                        1,
                    ),
                },
                "scheduled_event": {
                    "start_time": G(slot),
                    "end_time": G(slot),
                    "location": {
                        "type": G(lambda f: f.pick(["physical", "zoom"])),
                        "location": G(
                            lambda f: f.pick(
                                [
                                    "Kuramba Studio, 12 Hanbury St, London E1 6QR",
                                    "Zoom",
                                    "Ladywood Community Centre, Birmingham",
                                ]
                            )
                        ),
                    },
                },
            },
        },
    ),
    # -- midwife web dashboard ----------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        {
            "path": G(lambda f: f.pick([p for p, _ in PAGES])),
            "url": G(lambda f: "https://app.mamacare.example" + f.pick([p for p, _ in PAGES])),
            "title": G(lambda f: f.pick([t for _, t in PAGES])),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.co.uk/", "https://app.mamacare.example/caseload"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=upcoming", "?page=2", "?sort=edd"])),
            "name": G(lambda f: f.pick(["Caseload", "Patient Search", "Shop", "Reports", "Home"])),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([uk_mother, rw_mother, bd_mother])(f), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "filters": {
                "status": G(lambda f: f.pick(["active", "delivered", "all"])),
                "trimester": G(lambda f: f.pick(["any", "1", "2", "3"])),
                "team": G(lambda f: f.pick(["Poplar", "Bow", "Stepney"])),
            },
            "search_duration_ms": G(lambda f: f.r.randint(40, 1800)),
        },
    ),
    (
        "track",
        "Patient Record Viewed",
        ["web"],
        {
            "patient_id": G(lambda f: f.digits(8)),
            "mrn": RED(hospital_number, "health id"),
            "section": G(lambda f: f.pick(["observations", "scans", "birth plan", "results"])),
            "viewer_role": G(lambda f: f.pick(["midwife", "obstetrician", "student"])),
            "break_glass": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Report Exported",
        ["web"],
        {
            "report_type": G(
                lambda f: f.pick(["caseload", "missed_appointments", "anc4_coverage", "bp_alerts"])
            ),
            "rows": G(lambda f: f.r.randint(1, 5000)),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "date_from": G(lambda f: date_in(f, 2023, 2024)),
            "date_to": G(lambda f: date_in(f, 2024, 2024)),
            "recipient_email": Y(staff_email, "email"),
            "filename": G(
                lambda f: f"{f.pick(['caseload', 'anc4', 'bp_alerts'])}_2024-{f.r.randint(1, 12):02d}.csv"
            ),
        },
    ),
    (
        "track",
        "Bank Shift Claimed",
        ["rn"],
        {
            "shiftId": G(lambda f: f.digits(9)),
            "ward": G(lambda f: f.pick(["Labour Ward", "Birth Centre", "Antenatal Ward", "Triage"])),
            "hospitalSite": G(lambda f: f.pick(UK_UNITS)),
            "hourlyRate": Y(lambda f: f.pick([24.82, 27.6, 31.45, 38.2]), "salary"),
            "shiftStart": G(slot),
            "shiftHours": G(lambda f: f.pick([7.5, 11.5, 12.5])),
            "agency": G(lambda f: f.pick(["NHSP", "In-house bank", "Thornbury"])),
            "payrollNumber": G(lambda f: f.digits(8)),
        },
    ),
    # -- accounts and sign-in --------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["ios", "android", "flutter"],
        {
            "signupMethod": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "referralCode": G(lambda f: alnum(f, 8, string.ascii_uppercase + string.digits)),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "acceptedTerms": G(lambda f: True),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "trimesterAtSignup": Y(lambda f: f.pick([1, 2, 3]), "condition"),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["go"],
        {
            "phone_number": Y(
                lambda f: "+" + f.pick([rw_msisdn(f), "880" + bd_msisdn(f)[1:], "447" + f.digits(9)]), "phone"
            ),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "otp": RED(lambda f: f.digits(6), "token"),
            "otp_length": G(lambda f: 6),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "expires_in_sec": G(lambda f: f.pick([120, 300])),
            "provider": G(lambda f: f.pick(["africastalking", "twilio", "sslwireless"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        {
            "email": Y(lambda f: f.pick([mother_email, staff_email])(f), "email"),
            "link": RED(
                lambda f: "https://app.mamacare.example/auth/verify?token=" + alnum(f, 43, ALNUM + "-_"),
                "token",
                True,
            ),
            "expires_at": G(lambda f: f.iso()),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Password Reset Completed",
        ["dotnet"],
        {
            "UserId": G(lambda f: f.r.randint(10000, 999999)),
            "ResetMethod": G(lambda f: f.pick(["Email", "Sms"])),
            "PasswordChangedAt": G(lambda f: f.iso()),
            "PasswordStrength": G(lambda f: f.r.randint(1, 4)),
            "TwoFactorEnabled": G(lambda f: f.pick([True, False])),
            "RecoveryEmail": Y(lambda f: f.pick([mother_email, staff_email])(f), "email"),
            "ClientIp": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "SessionsRevoked": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "API Token Created",
        ["node"],
        {
            "token_id": G(lambda f: "tok_" + f.digits(6)),
            "token_name": G(lambda f: f.pick(["DHIS2 sync", "HMIS export", "Power BI"])),
            "scopes": Many(G(lambda f: f.pick(["read:visits", "read:facilities", "write:referrals"])), 2),
            "token": RED(lambda f: "mc_live_" + alnum(f, 32), "secret|token"),
            "created_by_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Insurance Verified",
        ["java"],
        {
            "insurer": G(lambda f: f.pick(["Mutuelle de Santé", "RSSB (RAMA)", "MMI", "Bupa"])),
            "member_number": Y(insurer_member, "identification"),
            "policy_holder_name": Y(lambda f: f.pick([rw_mother, rw_man])(f), "name"),
            "coverage_status": G(lambda f: f.pick(["active", "expired", "pending_payment"])),
            "copay_percent": G(lambda f: f.pick([0, 10, 15])),
            "verified_at": G(lambda f: f.iso()),
            "ubudehe_category": Y(lambda f: f.pick([1, 2, 3, 4]), "salary"),
            "household_size": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    # -- content and self-tracking ---------------------------------------------------------------
    (
        "screen",
        None,
        ["ios", "android", "flutter"],
        {
            "pregnancyWeek": Y(lambda f: f.r.randint(4, 41), "condition"),
            "tab": G(lambda f: f.pick(["home", "baby", "me", "tools"])),
            "source": G(lambda f: f.pick(["push", "deeplink", "nav"])),
        },
    ),
    (
        "track",
        "Article Viewed",
        ["ios", "flutter", "web"],
        {
            "article_id": G(lambda f: f.digits(5)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Eating well in pregnancy",
                        "What happens at your 20-week scan",
                        "Signs of labour",
                        "Gorbhabosthay pushtikor khabar",
                        "Ibimenyetso mpuruza ku mubyeyi utwite",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["nutrition", "labour", "newborn", "wellbeing"])),
            "read_time_sec": G(lambda f: f.r.randint(5, 600)),
            "reviewed_by": G(
                lambda f: f.pick(["Royal College of Midwives", "Kuramba Clinical Team", "RBC MCH Unit"])
            ),
            "language": G(lambda f: f.pick(["en", "rw", "bn"])),
        },
    ),
    (
        "track",
        "Kick Counter Session Completed",
        ["ios"],
        {
            "sessionId": G(lambda f: f.uuid()),
            "kickCount": Y(lambda f: f.r.randint(2, 30), "condition|diagnosis"),
            "durationMinutes": G(lambda f: f.r.randint(5, 120)),
            "reducedMovementsAlertShown": Y(lambda f: f.pick([True, False]), "condition|diagnosis"),
        },
    ),
    (
        "track",
        "Lokkhon Log Kora Hoyeche",
        ["flutter"],
        {
            "lokkhon": Y(lambda f: f.pick(SYMPTOMS_BD), "condition|diagnosis"),
            "tibrota": G(lambda f: f.pick(["kom", "majhari", "beshi"])),
            "logged_at": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["home_card", "reminder"])),
        },
    ),
    (
        "track",
        "Medication Reminder Taken",
        ["ios", "android"],
        {
            "medication": Y(lambda f: f.pick(MEDS), "medication"),
            "rxNumber": Y(lambda f: "RX" + f.digits(8), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "2 tablets", "5 ml"])),
            "takenAt": G(lambda f: f.iso()),
            "streakDays": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        ["ios", "web"],
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great app",
                        "Reminders really helped me",
                        "Please add Bengali audio",
                        "Crashes on the kick counter",
                        "",
                    ]
                )
            ),
            "contactMe": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["ios", "android"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "title": G(
                lambda f: f.pick(
                    ["Hydration tip of the day", "Your weekly update is ready", "New class dates"]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Tap to read this week's tips",
                        "Booking opens today",
                        "Have you packed your hospital bag?",
                    ]
                )
            ),
            "deep_link": G(
                lambda f: f.pick(["mamacare://week", "mamacare://shop/classes", "mamacare://tools/kicks"])
            ),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + alnum(f, 72, ALNUM + "-_"), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + alnum(f, 57, ALNUM + "-_"), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["antenatal_classes_spring", "pump_hire"])),
            "landing_page": G(lambda f: f.pick(["/classes", "/pump-hire", "/"])),
            "first_name": Y(lambda f: f.pick(UK_F_FIRST), "name"),
            "email": Y(lambda f: email_of(f, uk_mother(f)), "email"),
            "due_month": Y(lambda f: f"202{f.r.randint(4, 5)}-{f.r.randint(1, 12):02d}", "condition"),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- other people -----------------------------------------------------------------------
    (
        "track",
        "Emergency Contact Added",
        ["android", "ios"],
        {
            "contactId": G(lambda f: f.uuid()),
            "label": Y(contact_label, "name", True),
            "relationship": G(lambda f: f.pick(["husband", "mother", "sister", "neighbour", "CHW"])),
            "number": Y(any_phone, "phone", True),
            "isPrimary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Household Member Added",
        ["chw"],
        {
            "member_id": G(lambda f: f.uuid()),
            "full_name": Y(lambda f: f.pick([rw_mother, rw_man])(f), "name"),
            "relation": G(lambda f: f.pick(["child", "husband", "mother-in-law", "sibling"])),
            "birth_year": Y(lambda f: f.r.randint(1950, 2023), "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "phone": Y(rw_phone, "phone"),
            "is_head_of_household": G(lambda f: f.pick([True, False])),
            "occupation": G(lambda f: f.pick(["farmer", "student", "trader", "moto driver"])),
            "has_disability": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    # -- microservices, kebab-case ---------------------------------------------------------------
    (
        "track",
        "SMS Dispatched",
        ["node"],
        {
            "message-id": G(lambda f: f.uuid()),
            "recipient-msisdn": Y(lambda f: f.pick([rw_msisdn, bd_msisdn])(f), "phone"),
            "template-key": G(lambda f: f.pick(["anc_reminder", "pnc_reminder", "voucher_code", "referral"])),
            "sender-id": G(lambda f: f.pick(["KURAMBA", "MAMACARE"])),
            "segments": G(lambda f: f.r.randint(1, 3)),
            "cost-usd": G(lambda f: round(f.r.uniform(0.003, 0.04), 4)),
            "provider": G(lambda f: f.pick(["africastalking", "sslwireless", "twilio"])),
            "queued-at": G(lambda f: f.iso()),
            "body-preview": G(
                lambda f: f.pick(
                    ["Your visit is confirmed for", "Gahunda yawe yemejwe", "Apnar visit nishchit"]
                )
            ),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        ["go"],
        {
            "session-id": G(lambda f: "ATUid_" + f.hexid(32)),
            "service-code": G(lambda f: f.pick(["*182*7#", "*384*1234#", "*801#"])),
            "msisdn": Y(rw_msisdn, "phone"),
            "network-code": G(lambda f: f.pick(["63510", "63514"])),
            "last-input": G(lambda f: f.pick(["1", "1*2", "1*2*3", "2*1", "0"])),
            "hops": G(lambda f: f.r.randint(1, 6)),
            "duration-ms": G(lambda f: f.r.randint(3000, 120000)),
        },
    ),
    (
        "track",
        "Registration Field Filled",
        ["flutter"],
        {
            "field_name": G(lambda f: "mobile"),
            "input": Y(bd_phone, "phone", True),
            "valid": G(lambda f: f.pick([True, False])),
            "keyboard": G(lambda f: f.pick(["numeric", "phone"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "API Error",
        ["node"],
        {
            "endpoint": G(lambda f: f.pick(["/api/v2/visits", "/api/v2/referrals", "/dhis2/tracker"])),
            "status_code": G(lambda f: f.pick([500, 502, 504, 422])),
            "error_code": G(lambda f: f.pick(["UPSTREAM_TIMEOUT", "VALIDATION_FAILED", "DHIS2_CONFLICT"])),
            "message": G(
                lambda f: f.pick(
                    [
                        "timeout contacting DHIS2",
                        "orgUnit not found",
                        "duplicate TEI",
                        "connection reset by peer",
                    ]
                )
            ),
            "request_id": G(lambda f: f.uuid()),
            "duration_ms": G(lambda f: f.r.randint(10, 30000)),
            "body_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Ultrasound Scan Uploaded",
        ["rn"],
        {
            "scanId": G(lambda f: f.uuid()),
            "scanType": G(lambda f: f.pick(["dating", "anomaly", "growth", "presentation"])),
            "gestationWeeks": Y(lambda f: f.r.randint(8, 41), "condition"),
            "imageUrl": Y(lambda f: "https://files.mamacare.example/scans/" + f.uuid() + ".jpg", "photo"),
            "efwGrams": Y(lambda f: f.r.randint(300, 4200), "condition|diagnosis"),
            "placentaPosition": Y(
                lambda f: f.pick(["anterior", "posterior", "low-lying", "fundal"]), "condition|diagnosis"
            ),
            "numberOfFetuses": Y(lambda f: f.pick([1, 1, 2]), "condition"),
            "sonographer": Y(staff_name, "name"),
            "fileSizeKb": G(lambda f: f.r.randint(200, 4800)),
            "sha256": G(lambda f: f.hexid(64)),
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
            msg = {
                "type": kind,
                "messageId": ("ajs-next-" + f.hexid(32)) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_" + f.digits(8), f.uuid()]),
            }
            if event:
                msg["event"] = event
            if kind == "screen":
                msg["name"] = f.pick(["Week By Week", "Baby Size", "Home"])
            if kind == "group":
                msg["groupId"] = "fac_" + f.digits(5)
            if kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            elif body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=265, repeats=30)
    write(Path(__file__).parent, "holdout265_", events, labels)
