"""Writes holdout251: tests/corpus/holdout251_events.jsonl and holdout251_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for the format) and the
shared REFERENCE.md alone, without reading the detection engine, its vocabularies, its tests or any
other corpus's labels, and without running the engine on these events. Nothing here was tuned to
the engine; the corpus has not been scored by its author.

Domain: a Hajj and Umrah travel agency working in Indonesia, Pakistan and Malaysia (with diaspora
customers in the UK and Saudi Arabia). Covered: pilgrim sign-up and OTP, identify calls from web,
mobile, server and a warehouse reverse-ETL sync; eKYC of the Indonesian KTP (NIK), NADRA CNIC and
Malaysian MyKad, passport OCR with a real MRZ; mahram, dependants, emergency contacts and heirs
(waris); medical fitness (istitha'ah), blood type, vaccinations (meningitis ICV), medications;
package search and the Segment e-commerce spec events; flights with SSR codes, hotel rooms in
Makkah and Madinah, visa status; group (kloter) calls with group leaders and mutawwif; instalment
savings plans, Xendit and JazzCash payment callbacks, refunds; wristband scans and bus telemetry in
the holy sites; WhatsApp, Twilio and Zendesk shaped payloads; ad-platform click ids.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
and the python, node, go, java, ruby, php and .NET server libraries, plus a Census reverse-ETL
sync. Keys are mostly camelCase and snake_case English; about 15 % follow other conventions real
customers send: PascalCase (a .NET back office, Malay keys, Twilio), kebab-case (HTML form input
names), SCREAMING_SNAKE (warehouse columns), Indonesian keys (KTP OCR), romanised Urdu keys (a
Pakistani PHP backend) and Malay keys. Values are generated for many cultures: Indonesian, Pakistani,
Malay, Arab, British-Pakistani and others; phone numbers in +62 / +92 / +60 / +966 / +44 formats;
NIK, CNIC and MyKad with their real structure (birth date and sex encoded), MRZ and IBAN check
digits computed, Luhn-valid cards. Deterministic: seed 251.

Labelling rules (the product's default colours, as the brief states them):
- Each leaf path is labelled red / yellow / green with the reference matcher name as type (`a|b`
  when either is fair); value_only is true when the key does not say what the value is.
- PII: values that are personal data about a natural person: the user, a mahram, a dependant, an
  heir, a recipient, staff (mutawwif, doctors, drivers, agents). Colour is the reference default
  (name, phone, email, address, city, zipcode, birthdate, gender, citizenship, certificate,
  license, identification, photo, salary, religion, medication, allergy, condition, procedure:
  yellow; passport, visa, disability, token, password, credit card: red); outside the reference:
  national id, health id, bank account, secret red; geolocation, ip, advertising id, credit score
  yellow.
- Green: ids we issue (pilgrim, order, booking, registration, plan ids, PNRs, ticket numbers,
  invoice numbers, wristband ids), amounts, enums, counters and booleans even under PII-sounding
  keys (`phoneVerified`, `passport_uploaded`), package / hotel / airline / company names, places
  that are not the person's (hotels, departure airports, checkpoints, a clinic), countries,
  provinces and states, locales, timezones, user agents, OS-issued device ids. Card brand, BIN,
  last four and expiry, bank and SWIFT codes are green; passport issue and expiry dates are green.
- Contested cases follow the published policy in the brief: member / frequent-flyer numbers, ages,
  age bands, marital status, jobs and employers, a business's own phone / e-mail / address green;
  insurance policy numbers yellow `identification`; salaries and income yellow `salary`; credit
  scores yellow; vehicle plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising
  id`; payment tokens (`pm_`), OTPs and sign-in link tokens red `token`; national health insurance
  card numbers (BPJS Kesehatan, like Medicare) red `health id`; identity-document numbers red;
  the pilgrim's visa status and visa number red `visa`.
- Special categories: a field stating the person's own faith or school (`agama`, `asr_madhab`) is
  `religion`; an in-flight special meal code (MOML, DBML, ...) is `religion|condition`; health
  fitness status, blood type, pregnancy, chronic illness, vital signs are yellow `condition`; a
  wheelchair or mobility-aid need (also the WCHR airline SSR) is red `disability`; vaccines given
  to the person are yellow `medication|procedure`, their certificate numbers yellow `certificate`.
- Decisions where the brief is silent (what a careful privacy owner would want):
  * Being a pilgrim, as implied by the product itself (packages, rituals, prayer-time screens,
    a document checklist that includes the vaccination book), is not labelled religion or health.
  * A hotel room number, Mina tent or maktab number, the government Hajj queue number (nomor
    porsi) and a payment virtual-account number the agency issues are booking references: green.
  * A fleet bus's live GPS position is the precise location of its driver and of the pilgrims on
    board: yellow `geolocation`, like a wristband's or a phone's; the bus's plate is yellow
    `license` (policy); a hotel's coordinates are a place's, green.
  * A passenger honorific (MR / MRS / MSTR) states the person's sex: yellow `gender`.
  * A person's home city, district (kecamatan), village (kelurahan), RT/RW, place of birth and
    postcode are theirs: `city`, `address`, `city`, `zipcode` yellow; provinces / states green.
  * Free text is labelled by what every value carries: WhatsApp templates that greet the
    recipient by name are yellow `name`; feedback and chatbot text with no PII are green.
  * A username that holds an e-mail or a phone number is `email|phone`, value_only.
  * The last six digits of a CNIC (JazzCash `pp_CNIC`) are red `national id`, like an SSN's last
    four.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

ID_FIRST = [
    "Siti",
    "Muhammad",
    "Ahmad",
    "Nur",
    "Dewi",
    "Rizky",
    "Agus",
    "Sri",
    "Budi",
    "Fitri",
    "Wahyu",
    "Putri",
    "Hendra",
    "Rina",
    "Yusuf",
    "Aisyah",
    "Dimas",
    "Nurul",
    "Eko",
    "Ratna",
    "Haji Abdul",
]
ID_LAST = [
    "Hidayat",
    "Pratama",
    "Rahmawati",
    "Saputra",
    "Wulandari",
    "Nugroho",
    "Setiawan",
    "Kurniawan",
    "Lestari",
    "Nasution",
    "Harahap",
    "Lubis",
    "Maharani",
    "Syahputra",
]
ID_SINGLE = ["Sukarni", "Suparman", "Mulyani", "Sutrisno", "Tukiyem", "Rohmah"]
PK_FIRST = [
    "Muhammad",
    "Ayesha",
    "Bilal",
    "Fatima",
    "Zainab",
    "Imran",
    "Sana",
    "Hamza",
    "Rabia",
    "Asad",
    "Nadia",
    "Tariq",
    "Saima",
    "Waqas",
    "Kiran",
    "Ghulam",
]
PK_LAST = [
    "Usman",
    "Siddiqui",
    "Qureshi",
    "Bibi",
    "Akhtar",
    "Niazi",
    "Javed",
    "Sheikh",
    "Chaudhry",
    "Butt",
    "Malik",
    "Mehmood",
    "Rana",
    "Abbasi",
    "Iqbal",
    "Rasool",
]
MY_MALE = ["Mohd Faizal", "Ahmad Zulkifli", "Muhammad Haziq", "Wan Ismail", "Nik Azman", "Mohamed Ibrahim"]
MY_FEMALE = ["Nur Aisyah", "Siti Hajar", "Nurul Izzah", "Farah Nadia", "Wan Noraini", "Puteri Balqis"]
MY_FATHER = ["Abdullah", "Ismail", "Hassan", "Kamarudin", "Rahman", "Yusof", "Abdul Kader", "Othman"]
ARAB = [
    ("Abdulrahman", "Al-Harbi"),
    ("Faisal", "Al-Qahtani"),
    ("Khalid", "Al-Ghamdi"),
    ("Omar", "Bawazir"),
    ("Yousef", "Al-Otaibi"),
    ("Mahmoud", "Abdel-Fattah"),
    ("Hassan", "Basri"),
]
WORLD = [
    ("Adeel", "Hussain"),
    ("Abdullahi", "Bello"),
    ("Elif", "Y\u0131lmaz"),
    ("Amina", "Hadžić"),
    ("Hodan", "Warsame"),
    ("Ma", "Jun"),
    ("Rahim", "Uddin"),
    ("Mariam", "Diallo"),
    ("Lim Jooi Soon", "@ Abdullah"),
    ("Tan", "Mei Ling"),
]


def person(f: Fake) -> tuple[str, str]:
    """(given names, surname) of someone from the agency's markets."""
    kind = f.r.random()
    if kind < 0.32:
        if f.r.random() < 0.2:
            single = f.pick(ID_SINGLE)
            return single, single  # single-name Indonesians repeat it as the surname on visa forms
        return f.pick(ID_FIRST), f.pick(ID_LAST)
    if kind < 0.58:
        return f.pick(PK_FIRST), f.pick(PK_LAST)
    if kind < 0.8:
        if f.r.random() < 0.5:
            return f.pick(MY_MALE), "bin " + f.pick(MY_FATHER)
        return f.pick(MY_FEMALE), "binti " + f.pick(MY_FATHER)
    if kind < 0.88:
        return f.pick(ARAB)
    if kind < 0.96:
        return f.pick(WORLD)
    return f.first(), f.last()


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    given, sur = person(f)
    return given if given == sur else f"{given} {sur}"


def upper_name(f: Fake) -> str:
    return full(f).upper()


def staff_name(f: Fake) -> str:
    given, sur = person(f)
    return f.pick(["Ustadz ", "Ust. ", "", "", "Sheikh ", "Ustazah "]) + (
        given if given == sur else f"{given} {sur}"
    )


def email(f: Fake) -> str:
    given, sur = person(f)
    g = given.split()[0].lower().replace("\u0131", "i")
    s = sur.split()[-1].lower().replace("@", "").replace("ž", "z").replace("ć", "c").replace("-", "")
    sep = f.pick([".", "_", "", ""])
    tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1960, 2004))])
    domain = f.pick(["example.co.id", "example.com.my", "example.com.pk", "example.com", "mail.example.net"])
    return f"{g}{sep}{s}{tail}@{domain}"


def staff_email(f: Fake) -> str:
    given, _ = person(f)
    return f"{given.split()[0].lower()}.{f.r.randint(1, 40)}@amanahsafar.example.co.id"


def phone_id(f: Fake) -> str:
    pre = f.pick(["811", "812", "813", "821", "822", "852", "853", "857", "878", "896"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick(
        [f"+62{pre}{a}{b}", f"0{pre}{a}{b}", f"0{pre}-{a}-{b}", f"+62 {pre}-{a}-{b}", f"62{pre}{a}{b}"]
    )


def phone_pk(f: Fake) -> str:
    pre = f.pick(["300", "301", "321", "333", "345", "312", "303"])
    n = f.r.randint(1000000, 9999999)
    return f.pick([f"+92{pre}{n}", f"0{pre}-{n}", f"0{pre} {n}", f"92{pre}{n}", f"+92 {pre} {n}"])


def phone_my(f: Fake) -> str:
    pre = f.pick(["12", "13", "16", "17", "19", "11"])
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    if pre == "11":
        return f.pick([f"+6011{f.r.randint(1000, 9999)}{b}", f"011-{f.r.randint(1000, 9999)} {b}"])
    return f.pick([f"+60{pre}{a}{b}", f"0{pre}-{a} {b}", f"60 {pre}-{a} {b}", f"0{pre}{a}{b}"])


def phone_other(f: Fake) -> str:
    return f.pick(
        [
            f"+966 5{f.r.randint(0, 9)} {f.r.randint(100, 999)} {f.r.randint(1000, 9999)}",
            f"05{f.r.randint(0, 9)}{f.r.randint(1000000, 9999999)}",
            f"+44 7{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f"07{f.r.randint(100, 999)} {f.r.randint(100000, 999999)}",
            f.phone("e164"),
        ]
    )


def phone(f: Fake) -> str:
    k = f.r.random()
    if k < 0.35:
        return phone_id(f)
    if k < 0.65:
        return phone_pk(f)
    if k < 0.88:
        return phone_my(f)
    return phone_other(f)


def e164(f: Fake) -> str:
    return f.pick(
        [f"+62812{f.digits(8)}", f"+92300{f.digits(7)}", f"+6012{f.digits(7)}", f"+9665{f.digits(8)}"]
    )


# -- government ids --------------------------------------------------------------------------------

ID_PROV = ["31", "32", "33", "35", "12", "73", "13", "11", "36", "64", "18", "52"]


def nik(f: Fake) -> str:
    day = f.r.randint(1, 28) + (40 if f.r.random() < 0.5 else 0)
    region = f"{f.pick(ID_PROV)}{f.r.randint(1, 79):02d}{f.r.randint(1, 40):02d}"
    return f"{region}{day:02d}{f.r.randint(1, 12):02d}{f.r.randint(50, 99):02d}{f.r.randint(1, 999):04d}"


def kk_number(f: Fake) -> str:
    region = f"{f.pick(ID_PROV)}{f.r.randint(1, 79):02d}{f.r.randint(1, 40):02d}"
    issued = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(5, 23):02d}"
    return f"{region}{issued}{f.r.randint(1, 9999):04d}"


def cnic(f: Fake) -> str:
    body = f"{f.pick(['3', '4', '1', '6', '5', '7'])}{f.digits(4)}-{f.digits(7)}-{f.r.randint(1, 9)}"
    return body if f.r.random() < 0.75 else body.replace("-", "")


def mykad(f: Fake) -> str:
    yy, mm, dd = f.r.randint(40, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    pb = f.pick(["01", "03", "05", "08", "10", "11", "14", "02", "06"])
    raw = f"{yy:02d}{mm:02d}{dd:02d}-{pb}-{f.r.randint(0, 9999):04d}"
    return raw if f.r.random() < 0.7 else raw.replace("-", "")


def national_id(f: Fake) -> str:
    return f.pick([nik, cnic, mykad])(f)


def passport_no(f: Fake) -> str:
    k = f.r.random()
    if k < 0.35:
        return f.pick(["B", "C", "E", "X"]) + f.digits(7)  # Indonesia
    if k < 0.65:
        return f.pick(["AB", "BK", "CV", "FD", "AE"]) + f.digits(7)  # Pakistan
    if k < 0.9:
        return f.pick(["A", "H", "K"]) + f.digits(8)  # Malaysia
    return f.digits(9)  # UK


MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check(text: str) -> str:
    return str(sum(MRZ_VALUES[c] * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def mrz(f: Fake) -> str:
    given, sur = person(f)
    nat = f.pick(["IDN", "PAK", "MYS"])

    def clean(s: str) -> str:
        return "".join(c if "A" <= c <= "Z" else "<" for c in s.upper().replace("'", ""))

    line1 = f"P<{nat}{clean(sur)}<<{clean(given)}".ljust(44, "<")[:44]
    doc = passport_no(f).ljust(9, "<")[:9]
    dob = f"{f.r.randint(40, 99):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    exp = f"{f.r.randint(26, 34):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    personal = "<" * 14
    parts = doc + mrz_check(doc) + nat + dob + mrz_check(dob) + f.pick(["M", "F"]) + exp + mrz_check(exp)
    parts += personal + mrz_check(personal)
    composite = (
        doc + mrz_check(doc) + dob + mrz_check(dob) + exp + mrz_check(exp) + personal + mrz_check(personal)
    )
    return f"{line1}\n{parts}{mrz_check(composite)}"


def bpjs(f: Fake) -> str:
    return "000" + f.digits(10)


def iban(f: Fake, country: str) -> str:
    if country == "PK":
        bban = f.pick(["MEZN", "HABB", "UNIL", "SCBL", "ALFH", "BAHL"]) + f.digits(16)
    elif country == "SA":
        bban = f.pick(["80", "10", "45", "05"]) + f.digits(18)
    else:
        return f.iban("GB")
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def bank_account(f: Fake) -> str:
    k = f.r.random()
    if k < 0.4:
        return f.pick(
            [f.digits(10), f.digits(13), f.digits(15), f"{f.digits(3)}-{f.digits(3)}-{f.digits(4)}"]
        )
    if k < 0.6:
        return f.pick([f.digits(12), f.digits(14)])
    if k < 0.85:
        return iban(f, "PK")
    return iban(f, f.pick(["SA", "GB"]))


# -- addresses ------------------------------------------------------------------------------------

ID_STREETS = [
    "Jl. Melati No. {n}",
    "Jl. Diponegoro No. {n}",
    "Jl. Raya Bogor KM {n}",
    "Perumahan Griya Asri Blok C{n} No. 7",
    "Jl. Sultan Iskandar Muda No. {n}",
    "Gg. Mawar III No. {n}",
]
PK_STREETS = [
    "House {n}, Street 7, G-10/2",
    "Flat {n}B, Block 13-C, Gulshan-e-Iqbal",
    "Mohallah Islampura, Gali No. {n}",
    "{n}-B, Model Town",
    "House {n}, Sector F-8/3",
]
MY_STREETS = [
    "No. {n}, Jalan Setia 3/5, Taman Setia Indah",
    "Lot {n}, Kampung Baru Sungai Buloh",
    "B-{n}-3, Pangsapuri Seri Cempaka, Jalan PJU 8/1",
    "No. {n}, Lorong Haji Taib 2",
]
OTHER_STREETS = ["{n} Stratford Road", "{n} Manningham Lane", "Al Aziziyah, Building {n}"]
ID_CITIES = [
    "Jakarta Selatan",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Depok",
    "Bekasi",
    "Banda Aceh",
    "Sidoarjo",
]
PK_CITIES = ["Lahore", "Karachi", "Rawalpindi", "Peshawar", "Multan", "Faisalabad", "Quetta", "Gujranwala"]
MY_CITIES = ["Shah Alam", "Kota Bharu", "Johor Bahru", "Kuala Terengganu", "Alor Setar", "Ipoh", "Kuantan"]
OTHER_CITIES = ["Birmingham", "Bradford", "Jeddah", "Dubai"]


def street(f: Fake) -> str:
    pool = f.pick([ID_STREETS, ID_STREETS, PK_STREETS, MY_STREETS, OTHER_STREETS])
    return f.pick(pool).format(n=f.r.randint(1, 120))


def city(f: Fake) -> str:
    return f.pick(f.pick([ID_CITIES, PK_CITIES, MY_CITIES, ID_CITIES, OTHER_CITIES]))


def postcode(f: Fake) -> str:
    return f"{f.r.randint(10, 98)}{f.r.randint(0, 999):03d}"


def full_address(f: Fake) -> str:
    k = f.r.random()
    if k < 0.4:
        return (
            f"{f.pick(ID_STREETS).format(n=f.r.randint(1, 99))}, RT {f.r.randint(1, 12):03d}/RW "
            f"{f.r.randint(1, 9):03d}, {f.pick(ID_CITIES)} {postcode(f)}"
        )
    if k < 0.7:
        return f"{f.pick(PK_STREETS).format(n=f.r.randint(1, 99))}, {f.pick(PK_CITIES)}"
    return f"{f.pick(MY_STREETS).format(n=f.r.randint(1, 99))}, {postcode(f)} {f.pick(MY_CITIES)}"


# -- the business's things ------------------------------------------------------------------------

PACKAGES = [
    ("UMR-REG-09D", "Umrah Reguler 9 Hari"),
    ("UMR-TUR-12D", "Umrah Plus Turki 12 Hari"),
    ("UMR-RMD-15D", "Umrah Ramadhan Itikaf 15 Hari"),
    ("HJK-26D", "Haji Khusus 26 Hari"),
    ("UMR-VIP-10D", "Umrah VIP Bintang 5"),
    ("PKJ-EKO-12H", "Pakej Umrah Ekonomi 12H10M"),
    ("PKJ-TAIF-14H", "Pakej Umrah Ziarah Taif"),
    ("ECO-21D", "Economy Umrah 21 Days Package"),
    ("PRM-14N", "Premium Umrah 14 Nights (Shifting)"),
]
HOTELS_MAKKAH = [
    "Pullman ZamZam Makkah",
    "Swissôtel Al Maqam Makkah",
    "Hilton Suites Makkah",
    "Al Safwah Royale Orchid",
    "Elaf Kinda",
    "Le Méridien Towers Makkah",
    "Anjum Hotel Makkah",
]
HOTELS_MADINAH = [
    "Madinah Hilton",
    "Anwar Al Madinah Mövenpick",
    "Dar Al Taqwa",
    "Pullman Zamzam Madinah",
    "Shaza Regency Madinah",
]
AIRLINES = ["Saudia", "Garuda Indonesia", "Lion Air", "PIA", "Malaysia Airlines", "AirAsia X", "Oman Air"]
FLIGHTS = ["SV 817", "GA 980", "PK 741", "MH 150", "D7 338", "SV 727", "JT 108", "WY 850"]
AIRPORTS = ["CGK", "SUB", "KNO", "UPG", "LHE", "KHI", "ISB", "KUL", "PEN", "BKI", "MAN"]
AGENCIES = [
    "PT Amanah Safar Wisata",
    "Al-Hijrah Travel & Tours (Pvt) Ltd",
    "Andalusia Travel & Tours Sdn Bhd",
]
CURRENCIES = ["IDR", "PKR", "MYR", "SAR", "GBP"]
ROOMS = ["quad", "triple", "double"]


def price(f: Fake) -> float:
    cur = f.r.random()
    if cur < 0.4:
        return float(f.r.randint(28, 65) * 1_000_000)
    if cur < 0.7:
        return float(f.r.randint(250, 650) * 1000)
    return round(f.r.uniform(6990, 18990), 2)


def sku(f: Fake) -> str:
    return f"{f.pick(PACKAGES)[0]}-{f.pick(['2501', '2503', '2510', '2512', '2602'])}"


def booking_code(f: Fake) -> str:
    return f"{f.pick(['AMN', 'AHT', 'AND'])}-{f.pick(['2025', '2026'])}-{f.digits(6)}"


def pnr(f: Fake) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def date_any(f: Fake, start=1945, end=2008) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}"])


def future_date(f: Fake) -> str:
    return f"{f.pick(['2025', '2026'])}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def sha256(f: Fake) -> str:
    return f.hexid(64)


def lat_makkah(f: Fake) -> float:
    return round(21.42 + f.r.uniform(-0.08, 0.04), 6)


def lon_makkah(f: Fake) -> float:
    return round(39.83 + f.r.uniform(-0.06, 0.12), 6)


# -- contexts --------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Mobile Safari/537.36",
]
PAGES = [
    "/",
    "/paket-umrah",
    "/paket-umrah/ramadhan",
    "/checkout",
    "/akun/jemaah",
    "/pakej",
    "/packages/economy",
]


def web_context(f: Fake) -> dict:
    page = f.pick(PAGES)
    ctx: dict[str, Any] = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.facebook.com/", "https://www.tiktok.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid", "?ref=wa"])),
            "title": G(
                lambda f: f.pick(
                    ["Paket Umrah 2025 | Amanah Safar", "Checkout | Amanah Safar", "Pakej Umrah | Andalusia"]
                )
            ),
            "url": G(lambda f: "https://www.amanahsafar.example.co.id" + page),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(["id-ID", "en-US", "ms-MY", "ur-PK", "en-GB"])),
        "timezone": G(
            lambda f: f.pick(
                ["Asia/Jakarta", "Asia/Makassar", "Asia/Karachi", "Asia/Kuala_Lumpur", "Europe/London"]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["umrah_ramadhan_2025", "promo_akhir_tahun", "pakej_cuti_sekolah"])),
            "source": G(lambda f: f.pick(["instagram", "google", "facebook", "whatsapp"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "social", "broadcast"])),
            "term": G(lambda f: f.pick(["umrah murah", "paket umrah desember", "umrah package lahore"])),
            "content": G(lambda f: f.pick(["carousel_a", "video_15s", "story"])),
        }
    return ctx


def swift_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "UmrahKu"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["420", "431"])),
            "namespace": G(lambda f: "id.amanahsafar.umrahku"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["id-ID", "ms-MY", "en-GB"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5"]))},
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Riyadh", "Asia/Kuala_Lumpur"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.5:
        ctx["traits"] = {"email": Y(email, "email"), "phone": Y(phone, "phone")}
    return ctx


def kotlin_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "UmrahKu"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.0"])),
            "build": G(lambda f: f.pick(["40200", "40300"])),
            "namespace": G(lambda f: "id.amanahsafar.umrahku"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 12", "CPH2495", "V2254"])),
            "name": G(lambda f: f.pick(["a54x", "tapas", "OP5961L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["in-ID", "ur-PK", "ms-MY"])),
        "network": {
            "carrier": G(lambda f: f.pick(["Telkomsel", "Jazz", "Maxis", "STC", "Indosat Ooredoo", "Zong"])),
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Karachi", "Asia/Riyadh"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546E Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lat_makkah, "geolocation"),
            "longitude": Y(lon_makkah, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 4), 2)),
        }
    return ctx


def rn_context(f: Fake) -> dict:
    ctx: dict[str, Any] = {
        "app": {
            "name": G(lambda f: "Hajj Companion"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.4"])),
            "build": G(lambda f: f.pick(["280", "294"])),
            "namespace": G(lambda f: "pk.alhijrah.companion"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "INFINIX"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A146P", "Infinix X6831"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13"])),
        },
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "locale": G(lambda f: f.pick(["ur-PK", "en-PK", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Asia/Karachi", "Asia/Riyadh", "Europe/London"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = {"name": Y(full, "name"), "email": Y(email, "email")}
    return ctx


def flutter_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Andalusia Mutawwif"),
            "version": G(lambda f: f.pick(["1.4.2", "1.5.0"])),
            "build": G(lambda f: f.pick(["142", "150"])),
            "namespace": G(lambda f: "my.andalusia.staff"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "HONOR"])),
            "model": G(lambda f: f.pick(["SM-X205", "HONOR X8b"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: "13")},
        "locale": G(lambda f: f.pick(["ms-MY", "ar-SA"])),
        "timezone": G(lambda f: "Asia/Riyadh"),
        "screen": {"width": G(lambda f: 800), "height": G(lambda f: 1340)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.2.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.2"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.4.0"]),
    "census": ("census", ["1.0"]),
}


def server_context(name: str):
    def build(f: Fake) -> dict:
        lib, versions = SERVER_LIBS[name]
        ctx: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(versions))}
        }
        if name in ("node", "php") and f.r.random() < 0.6:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if name == "python" and f.r.random() < 0.4:
            ctx["traits"] = {"email": Y(email, "email"), "phone": Y(phone, "phone")}
        return ctx

    return build


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{name: server_context(name) for name in SERVER_LIBS},
}
MOBILE = ["ios", "android", "rn"]
CLIENT = ["web", "ios", "android", "rn"]
SERVER = ["python", "node", "go", "java", "ruby", "php", "dotnet"]


# -- shared shapes ---------------------------------------------------------------------------------


def product() -> dict:
    return {
        "product_id": G(lambda f: f.digits(5)),
        "sku": G(sku),
        "name": G(lambda f: f.pick(PACKAGES)[1]),
        "brand": G(lambda f: f.pick(AGENCIES)),
        "category": G(lambda f: f.pick(["Umrah", "Haji Khusus", "Umrah Plus", "Ziarah"])),
        "variant": G(lambda f: f.pick(ROOMS)),
        "price": G(price),
        "quantity": G(lambda f: f.r.randint(1, 6)),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: f"https://www.amanahsafar.example.co.id/paket/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.amanahsafar.example.co.id/img/{f.hexid(10)}.webp"),
    }


def pick_product(*keys: str) -> dict:
    return {k: v for k, v in product().items() if k in keys}


def wa_text(f: Fake) -> str:
    name = full(f)
    return f.pick(
        [
            f"Assalamualaikum Bapak/Ibu {name}, cicilan tabungan umrah ke-{f.r.randint(2, 24)} "
            "sudah kami terima. Jazakallah khair.",
            f"Assalamualaikum {name}, jadwal manasik kloter Anda hari Ahad pukul 08.00 di aula kantor.",
            f"Salam {name}, dokumen pasport anda telah diterima. Terima kasih.",
            f"Assalam-o-Alaikum {name}, your Umrah visa has been processed. Flight details will follow.",
            f"Dear {name}, please complete the balance payment before {future_date(f)}.",
        ]
    )


# -- events ----------------------------------------------------------------------------------------

EVENTS: list[tuple[str, str | None, list[str], dict]] = [
    # -- accounts --------------------------------------------------------------------------------
    (
        "identify",
        None,
        CLIENT,
        {
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "name": Y(full, "name"),
            "birthday": Y(lambda f: date_any(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(
                    lambda f: f.pick(["Jawa Timur", "Punjab", "Selangor", "Sindh", "Kelantan", "DKI Jakarta"])
                ),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["ID", "PK", "MY", "GB"])),
            },
            "avatar": Y(lambda f: f"https://cdn.amanahsafar.example.co.id/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["id", "ur", "ms", "en"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "memberNumber": G(lambda f: "AMN" + f.digits(8)),
            "membershipTier": G(lambda f: f.pick(["silver", "gold", "platinum"])),
            "referralCode": G(lambda f: "UMRAH" + f.digits(4)),
            "age": G(lambda f: f.r.randint(19, 84)),
            "totalBookings": G(lambda f: f.r.randint(0, 6)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["python", "java"],
        {
            "full_name": Y(upper_name, "name"),
            "father_name": Y(full, "name"),
            "national_id_type": G(lambda f: f.pick(["NIK", "CNIC", "MYKAD"])),
            "national_id_number": RED(national_id, "national id"),
            "passport_number": RED(passport_no, "passport"),
            "passport_issue_place": G(
                lambda f: f.pick(
                    ["Kantor Imigrasi Kelas I Jakarta Selatan", "RPO Lahore (Garden Town)", "Putrajaya"]
                )
            ),
            "passport_issue_date": G(lambda f: date_any(f, 2018, 2024)),
            "passport_expiry": G(future_date),
            "date_of_birth": Y(lambda f: date_any(f), "birthdate"),
            "place_of_birth": Y(city, "city"),
            "nationality": Y(
                lambda f: f.pick(["Indonesian", "Pakistani", "Malaysian", "British"]), "citizenship"
            ),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "occupation": G(
                lambda f: f.pick(["Guru", "Wiraswasta", "Ibu Rumah Tangga", "Retired", "Engineer", "PNS"])
            ),
            "blood_type": Y(lambda f: f.pick(["A+", "B+", "O+", "AB-", "O-"]), "condition"),
            "mahram_required": G(lambda f: f.pick([True, False])),
            "kyc_status": G(lambda f: f.pick(["verified", "pending", "manual_review"])),
            "kyc_provider": G(lambda f: f.pick(["verihubs", "nadra_verisys", "jpn_mykad"])),
            "pilgrim_id": G(lambda f: int(f.digits(7))),
            "hajj_queue_number": G(lambda f: f.digits(10)),
            "bpjs_number": RED(bpjs, "health id"),
            "updated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["census"],
        {
            "PILGRIM_ID": G(lambda f: int(f.digits(7))),
            "FULL_NAME": Y(upper_name, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_E164": Y(e164, "phone"),
            "HOME_CITY": Y(city, "city"),
            "PROVINCE": G(lambda f: f.pick(["JAWA BARAT", "PUNJAB", "SELANGOR", "KHYBER PAKHTUNKHWA"])),
            "DOB": Y(lambda f: date_any(f), "birthdate"),
            "AGE_BAND": G(lambda f: f.pick(["18-34", "35-49", "50-64", "65+"])),
            "LTV_IDR": G(lambda f: f.r.randint(0, 400) * 500_000),
            "TRIPS_COUNT": G(lambda f: f.r.randint(0, 7)),
            "LAST_TRIP_DATE": G(lambda f: date_any(f, 2019, 2024)),
            "IS_REPEAT_PILGRIM": G(lambda f: f.pick([True, False])),
            "PREFERRED_LANGUAGE": G(lambda f: f.pick(["ID", "UR", "MS", "EN"])),
            "SEGMENT": G(lambda f: f.pick(["SAVER", "VIP", "FAMILY", "ELDERLY_GROUP"])),
            "OUTSTANDING_BALANCE": G(lambda f: f.r.randint(0, 60) * 1_000_000),
        },
    ),
    (
        "track",
        "Signed Up",
        CLIENT,
        {
            "method": G(lambda f: f.pick(["phone", "email", "google", "apple"])),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "accepted_terms": G(lambda f: True),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "referral_code": G(lambda f: f.pick(["", "UMRAH" + f.digits(4)])),
            "signup_source": G(lambda f: f.pick(["home_banner", "package_page", "whatsapp_link"])),
        },
    ),
    (
        "track",
        "Signed In",
        CLIENT,
        {
            "method": G(lambda f: f.pick(["password", "otp", "google"])),
            "username": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
            "success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 3)),
            "remember_me": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "OTP Requested",
        MOBILE,
        {
            "phone": Y(phone, "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "otp_length": G(lambda f: 6),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Verified",
        MOBILE,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verified": G(lambda f: f.pick([True, False])),
            "latency_ms": G(lambda f: f.r.randint(4000, 90000)),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link_token": RED(lambda f: f.hexid(40), "token"),
            "expires_in_s": G(lambda f: 900),
            "link_age_s": G(lambda f: f.r.randint(5, 880)),
        },
    ),
    (
        "page",
        "Paket Umrah",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Paket Umrah", "Pakej Umrah", "Packages"])),
            "category": G(lambda f: f.pick(["catalog", "home"])),
            "path": G(lambda f: f.pick(PAGES)),
            "url": G(lambda f: "https://www.amanahsafar.example.co.id" + f.pick(PAGES)),
            "title": G(lambda f: "Paket Umrah 2025 | Amanah Safar"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: f.pick(["", "?bulan=ramadhan"])),
        },
    ),
    # -- kyc -------------------------------------------------------------------------------------
    (
        "track",
        "KTP Verified",
        ["node"],
        {
            "request_id": G(lambda f: f.uuid()),
            "vendor": G(lambda f: f.pick(["verihubs", "privy"])),
            "confidence": G(lambda f: round(f.r.uniform(0.71, 0.99), 3)),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "face_match": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://kyc.example.co.id/selfie/{f.uuid()}.jpg", "photo"),
            "ocr": {
                "nik": RED(nik, "national id"),
                "nama": Y(upper_name, "name"),
                "tempat_lahir": Y(lambda f: f.pick(ID_CITIES).upper(), "city"),
                "tgl_lahir": Y(
                    lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1950, 2004)}",
                    "birthdate",
                ),
                "jenis_kelamin": Y(lambda f: f.pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
                "gol_darah": Y(lambda f: f.pick(["A", "B", "O", "AB", "-"]), "condition"),
                "alamat": Y(
                    lambda f: f.pick(ID_STREETS).format(n=f.r.randint(1, 99)).upper(), "address|street"
                ),
                "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
                "kel_desa": Y(
                    lambda f: f.pick(["SUKAMAJU", "MENTENG DALAM", "KEBON JERUK", "WONOKROMO"]), "address"
                ),
                "kecamatan": Y(lambda f: f.pick(["CILODONG", "TEBET", "GUBENG", "MEDAN BARU"]), "address"),
                "kabupaten_kota": Y(lambda f: "KOTA " + f.pick(ID_CITIES).upper(), "city"),
                "provinsi": G(
                    lambda f: f.pick(["JAWA BARAT", "DKI JAKARTA", "JAWA TIMUR", "SUMATERA UTARA"])
                ),
                "agama": Y(lambda f: "ISLAM", "religion"),
                "status_perkawinan": G(lambda f: f.pick(["KAWIN", "BELUM KAWIN", "CERAI MATI"])),
                "pekerjaan": G(
                    lambda f: f.pick(["WIRASWASTA", "PEGAWAI NEGERI SIPIL", "MENGURUS RUMAH TANGGA"])
                ),
                "kewarganegaraan": Y(lambda f: "WNI", "citizenship"),
                "berlaku_hingga": G(lambda f: "SEUMUR HIDUP"),
            },
            "kk_number": RED(kk_number, "national id"),
        },
    ),
    (
        "track",
        "CNIC Verified",
        ["php"],
        {
            "shanakhti_card_number": RED(cnic, "national id"),
            "naam": Y(full, "name"),
            "walid_ka_naam": Y(full, "name"),
            "tareekh_paidaish": Y(lambda f: date_any(f), "birthdate"),
            "jins": Y(lambda f: f.pick(["mard", "aurat"]), "gender"),
            "mustaqil_pata": Y(full_address, "address"),
            "maujooda_pata": Y(full_address, "address"),
            "shehar": Y(lambda f: f.pick(PK_CITIES), "city"),
            "soobah": G(lambda f: f.pick(["Punjab", "Sindh", "KPK", "Balochistan"])),
            "mobile_number": Y(phone_pk, "phone"),
            "tasdeeq_status": G(lambda f: f.pick(["tasdeeq_shuda", "zair_e_ghaur", "na_kaam"])),
            "nadra_tracking_id": G(lambda f: f.digits(12)),
            "card_expiry": G(future_date),
        },
    ),
    (
        "track",
        "Pendaftaran Jemaah",
        ["dotnet"],
        {
            "JemaahId": G(lambda f: int(f.digits(6))),
            "NamaPenuh": Y(upper_name, "name"),
            "NoKadPengenalan": RED(mykad, "national id"),
            "NoPasport": RED(passport_no, "passport"),
            "TarikhLahir": Y(
                lambda f: (
                    f"{f.r.randint(1945, 2004)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}T00:00:00"
                ),
                "birthdate",
            ),
            "Jantina": Y(lambda f: f.pick(["Lelaki", "Perempuan"]), "gender"),
            "Alamat": Y(lambda f: f.pick(MY_STREETS).format(n=f.r.randint(1, 99)), "address|street"),
            "Poskod": Y(postcode, "zipcode"),
            "Bandar": Y(lambda f: f.pick(MY_CITIES), "city"),
            "Negeri": G(lambda f: f.pick(["Kelantan", "Selangor", "Johor", "Terengganu", "Kedah"])),
            "NoTelefon": Y(phone_my, "phone"),
            "Emel": Y(email, "email"),
            "NoAkaunTH": RED(lambda f: f.digits(10), "bank account"),
            "StatusKesihatan": Y(
                lambda f: f.pick(["Layak", "Layak Bersyarat", "Tidak Layak Sementara"]), "condition"
            ),
            "Waris": {
                "Nama": Y(full, "name"),
                "Hubungan": G(lambda f: f.pick(["Suami", "Isteri", "Anak", "Adik-beradik"])),
                "NoTelefon": Y(phone_my, "phone"),
            },
            "PakejKod": G(sku),
            "CawanganKod": G(lambda f: f.pick(["KB01", "SA02", "JB03"])),
            "DidaftarOleh": Y(staff_name, "name"),
            "TarikhDaftar": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Passport Scanned",
        ["ios", "android"],
        {
            "scanner": G(lambda f: f.pick(["regula", "microblink"])),
            "document_type": G(lambda f: "P"),
            "document_number": RED(passport_no, "passport"),
            "surname": Y(last, "name"),
            "given_names": Y(first, "name"),
            "nationality": Y(lambda f: f.pick(["IDN", "PAK", "MYS", "GBR"]), "citizenship"),
            "sex": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "date_of_birth": Y(lambda f: date_any(f), "birthdate"),
            "date_of_expiry": G(future_date),
            "issuing_state": G(lambda f: f.pick(["IDN", "PAK", "MYS", "GBR"])),
            "mrz": RED(mrz, "passport"),
            "mrz_valid": G(lambda f: f.pick([True, True, False])),
            "glare_detected": G(lambda f: f.pick([True, False])),
            "scan_duration_ms": G(lambda f: f.r.randint(800, 9000)),
            "passport_uploaded": G(lambda f: True),
        },
    ),
    (
        "track",
        "Document Checklist Updated",
        CLIENT,
        {
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "documents": {
                "passport": G(lambda f: f.pick([True, False])),
                "ktp": G(lambda f: f.pick([True, False])),
                "kartu_keluarga": G(lambda f: f.pick([True, False])),
                "buku_kuning": G(lambda f: f.pick([True, False])),
                "pas_foto": G(lambda f: f.pick([True, False])),
                "surat_mahram": G(lambda f: f.pick([True, False])),
            },
            "completed_count": G(lambda f: f.r.randint(0, 6)),
            "missing": Many(G(lambda f: f.pick(["passport", "buku_kuning", "pas_foto", "surat_mahram"])), 3),
            "photo_url": Y(
                lambda f: f"https://files.amanahsafar.example.co.id/pasfoto/{f.uuid()}.jpg", "photo"
            ),
        },
    ),
    # -- registration, mahram, dependants --------------------------------------------------------
    (
        "track",
        "Pilgrim Registered",
        [*MOBILE, "web"],
        {
            "registrationId": G(lambda f: "REG-" + f.digits(7)),
            "packageCode": G(sku),
            "roomType": G(lambda f: f.pick(ROOMS)),
            "departureMonth": G(lambda f: f.pick(["2025-03", "2025-10", "2025-12", "2026-01"])),
            "pilgrimAge": G(lambda f: f.r.randint(18, 86)),
            "isFirstUmrah": G(lambda f: f.pick([True, False])),
            "mahram": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["husband", "father", "brother", "son", "uncle"])),
                "passportNumber": RED(passport_no, "passport"),
                "phone": Y(phone, "phone"),
                "isRegistered": G(lambda f: f.pick([True, False])),
            },
            "emergencyContact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "sibling", "neighbour"])),
            },
            "dependants": Many(
                {
                    "firstName": Y(first, "name"),
                    "dateOfBirth": Y(lambda f: date_any(f, 2008, 2023), "birthdate"),
                    "relationship": G(lambda f: f.pick(["son", "daughter", "grandchild"])),
                    "passportNumber": RED(passport_no, "passport"),
                    "isInfant": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "wheelchairAssistance": RED(lambda f: f.pick([True, False]), "disability"),
            "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "hasChronicIllness": Y(lambda f: f.pick([True, False]), "condition"),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["ios"],
        {
            "dependant": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "dateOfBirth": Y(lambda f: date_any(f, 2008, 2023), "birthdate"),
                "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
                "relationship": G(lambda f: f.pick(["son", "daughter", "mother", "father"])),
                "passportNumber": RED(passport_no, "passport"),
                "ageAtDeparture": G(lambda f: f.r.randint(0, 90)),
            },
            "dependantsCount": G(lambda f: f.r.randint(1, 5)),
            "priceDelta": G(price),
        },
    ),
    (
        "track",
        "Medical Check Completed",
        ["python", "go"],
        {
            "check_id": G(lambda f: f.uuid()),
            "clinic_name": G(
                lambda f: f.pick(
                    [
                        "Klinik Pratama Al-Ikhlas",
                        "Puskesmas Tebet",
                        "Shifa Medical Centre",
                        "Klinik Kesihatan Kota Bharu",
                    ]
                )
            ),
            "clinic_phone": G(lambda f: f.pick(["+62 21 8370 1122", "+92 51 846 3000", "+60 9-748 5533"])),
            "clinic_address": G(
                lambda f: f.pick(["Jl. Tebet Barat Dalam Raya No. 2, Jakarta", "Sector H-8/4, Islamabad"])
            ),
            "doctor_name": Y(lambda f: "dr. " + full(f), "name"),
            "doctor_registration_no": Y(lambda f: f.pick(["STR ", "PMDC ", "MMC "]) + f.digits(8), "license"),
            "istithaah_status": Y(
                lambda f: f.pick(
                    [
                        "memenuhi_syarat",
                        "memenuhi_syarat_dengan_pendampingan",
                        "tidak_memenuhi_syarat_sementara",
                    ]
                ),
                "condition",
            ),
            "blood_type": Y(lambda f: f.pick(["A+", "B+", "O+", "AB-", "O-"]), "condition"),
            "blood_pressure": Y(lambda f: f"{f.r.randint(100, 175)}/{f.r.randint(60, 105)}", "condition"),
            "bmi": Y(lambda f: round(f.r.uniform(17, 36), 1), "condition"),
            "chronic_conditions": Many(
                Y(
                    lambda f: f.pick(["hypertension", "type 2 diabetes", "asthma", "COPD", "none"]),
                    "condition",
                ),
                2,
            ),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(
                        ["metformin 500mg", "amlodipine 5mg", "salbutamol inhaler", "insulin glargine"]
                    ),
                    "medication",
                ),
                2,
            ),
            "allergies": Many(Y(lambda f: f.pick(["penicillin", "seafood", "none", "NSAID"]), "allergy"), 2),
            "vaccinations": Many(
                {
                    "vaccine": Y(
                        lambda f: f.pick(["Meningococcal ACYW-135", "Influenza", "bOPV", "COVID-19 booster"]),
                        "medication|procedure",
                    ),
                    "certificate_number": Y(
                        lambda f: f.pick(["ICV-", "KKP-", ""]) + f.digits(9), "certificate"
                    ),
                    "administered_at": G(lambda f: date_any(f, 2024, 2025)),
                    "batch_number": G(lambda f: f.pick(["MNV", "NMX", "FLU"]) + f.digits(5)),
                    "facility": G(
                        lambda f: f.pick(
                            [
                                "KKP Kelas I Soekarno-Hatta",
                                "Port Health Lahore",
                                "Klinik Kesihatan Kota Bharu",
                            ]
                        )
                    ),
                },
                3,
            ),
            "pregnancy_weeks": Y(lambda f: f.r.randint(0, 20), "condition"),
            "fit_to_fly": Y(lambda f: f.pick([True, True, False]), "condition"),
            "next_review_date": G(future_date),
        },
    ),
    (
        "track",
        "Vaccination Certificate Uploaded",
        MOBILE,
        {
            "certificateType": G(lambda f: f.pick(["meningitis_icv", "polio", "covid19"])),
            "certificateNumber": Y(lambda f: f.pick(["ICV-", "KKP-"]) + f.digits(9), "certificate"),
            "vaccineName": Y(
                lambda f: f.pick(["Menivax ACYW135", "Nimenrix", "Menveo", "Mencevax"]),
                "medication|procedure",
            ),
            "issuedBy": G(
                lambda f: f.pick(
                    ["KKP Kelas I Surabaya", "Port Health Karachi", "Klinik Kesihatan Jalan Putra"]
                )
            ),
            "validUntil": G(future_date),
            "fileId": G(lambda f: f.uuid()),
            "fileSha256": G(sha256),
            "fileSizeBytes": G(lambda f: f.r.randint(80_000, 3_000_000)),
            "mimeType": G(lambda f: f.pick(["image/jpeg", "application/pdf"])),
            "uploadDurationMs": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Insurance Purchased",
        SERVER,
        {
            "policy_number": Y(lambda f: f.pick(["TKF", "ZSY", "JBL"]) + "-" + f.digits(9), "identification"),
            "insurer": G(lambda f: f.pick(["Takaful Malaysia", "Zurich Syariah", "Jubilee General Takaful"])),
            "plan": G(lambda f: f.pick(["Umrah Basic", "Umrah Plus Medical", "Hajj Comprehensive"])),
            "premium": G(lambda f: f.money(15, 120)),
            "coverage_amount": G(lambda f: f.pick([50000, 100000, 250000])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "beneficiary": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["spouse", "child", "parent"])),
                "national_id": RED(national_id, "national id"),
                "share_percent": G(lambda f: f.pick([100, 50])),
            },
            "starts_on": G(future_date),
        },
    ),
    # -- catalog and e-commerce ------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        CLIENT,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "umrah desember 2025",
                        "paket haji plus",
                        "umrah plus turki",
                        "pakej umrah murah",
                        "umrah ramadan lahore",
                    ]
                )
            ),
            "filters": {
                "departure_city": G(lambda f: f.pick(AIRPORTS)),
                "month": G(lambda f: f.pick(["2025-12", "2026-02", "ramadhan"])),
                "budget_max": G(lambda f: f.pick([35_000_000, 500_000, 9_000])),
                "duration_days": G(lambda f: f.pick([9, 12, 15, 21])),
                "hotel_stars": G(lambda f: f.pick([3, 4, 5])),
            },
            "results_count": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Product List Viewed",
        CLIENT,
        {
            "list_id": G(lambda f: f.pick(["ramadhan_2025", "umrah_plus", "ekonomi"])),
            "category": G(lambda f: f.pick(["Umrah", "Haji Khusus"])),
            "products": Many(
                pick_product("product_id", "sku", "name", "price", "position", "category", "brand"), 4
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        CLIENT,
        {
            **pick_product("product_id", "sku", "name", "price", "category", "url", "image_url", "brand"),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "departure_date": G(future_date),
            "return_date": G(future_date),
            "airline": G(lambda f: f.pick(AIRLINES)),
            "hotel_makkah": G(lambda f: f.pick(HOTELS_MAKKAH)),
            "hotel_madinah": G(lambda f: f.pick(HOTELS_MADINAH)),
            "hotel_distance_m": G(lambda f: f.pick([50, 150, 400, 800, 1200])),
            "seats_left": G(lambda f: f.r.randint(0, 45)),
            "visa_included": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Product Added",
        CLIENT,
        {
            "cart_id": G(lambda f: f.uuid()),
            **pick_product("product_id", "sku", "price", "quantity", "variant"),
        },
    ),
    (
        "track",
        "Product Shared",
        MOBILE,
        {
            "share_via": G(lambda f: f.pick(["whatsapp", "sms", "email"])),
            "share_message": G(
                lambda f: f.pick(["Yuk umrah bareng!", "Check this package", "Jom umrah sekeluarga"])
            ),
            "recipient": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
            **pick_product("product_id", "sku"),
        },
    ),
    (
        "track",
        "Checkout Started",
        CLIENT,
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(price),
            "revenue": G(price),
            "discount": G(lambda f: f.pick([0, 500_000, 250])),
            "coupon": G(lambda f: f.pick(["", "RAMADHAN25", "AWALTAHUN"])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "pax_count": G(lambda f: f.r.randint(1, 6)),
            "products": Many(pick_product("product_id", "sku", "name", "price", "quantity", "variant"), 2),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        CLIENT,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 4)),
            "step_name": G(lambda f: f.pick(["data_jemaah", "dokumen", "pembayaran", "konfirmasi"])),
            "payment_method": G(
                lambda f: f.pick(["va_bca", "va_bsi", "credit_card", "jazzcash", "fpx", "duitnow"])
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "ios", "android"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "payment_method": G(lambda f: f.pick(["credit_card", "debit_card"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "jcb"])),
            "card_bin": G(lambda f: f.pick(["411111", "552233", "457103", "356600"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(upper_name, "name"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["ID", "PK", "MY", "GB"])),
            },
            "installments": G(lambda f: f.pick([1, 3, 6, 12])),
            "payment_method_id": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "three_ds": G(lambda f: f.pick(["challenge", "frictionless"])),
        },
    ),
    (
        "track",
        "MOTO Payment Captured",
        ["php"],
        {
            "agent_code": G(lambda f: "AG" + f.digits(3)),
            "booking_code": G(booking_code),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "name_on_card": Y(upper_name, "name"),
            "amount": G(price),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "auth_code": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
            "terminal_id": G(lambda f: "T" + f.digits(7)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "java"],
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "booking_code": G(booking_code),
            "invoice_number": G(
                lambda f: f"INV/{f.pick(['2025', '2026'])}/{f.r.randint(1, 12):02d}/{f.digits(5)}"
            ),
            "total": G(price),
            "subtotal": G(price),
            "tax": G(lambda f: f.money(0, 900)),
            "discount": G(lambda f: f.pick([0, 500_000, 250])),
            "coupon": G(lambda f: f.pick(["", "RAMADHAN25", "AWALTAHUN"])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "payment_method": G(
                lambda f: f.pick(["va_bca", "va_bsi", "credit_card", "jazzcash", "fpx", "duitnow"])
            ),
            "products": Many(pick_product("product_id", "sku", "name", "price", "quantity", "variant"), 2),
            "pilgrims": Many(
                {
                    "pilgrim_id": G(lambda f: int(f.digits(7))),
                    "full_name": Y(upper_name, "name"),
                    "passport_number": RED(passport_no, "passport"),
                    "date_of_birth": Y(lambda f: date_any(f), "birthdate"),
                    "room_type": G(lambda f: f.pick(ROOMS)),
                },
                4,
            ),
            "billing_email": Y(email, "email"),
            "contact_phone": Y(phone, "phone"),
            "sales_agent": {
                "name": Y(staff_name, "name"),
                "code": G(lambda f: "AG" + f.digits(3)),
                "branch_phone": G(
                    lambda f: f.pick(["+62 21 2938 4400", "+92 42 3578 1100", "+60 3-2691 7788"])
                ),
                "branch_email": G(
                    lambda f: f.pick(
                        ["cabang.depok@amanahsafar.example.co.id", "info@alhijrah.example.com.pk"]
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "ruby"],
        {
            "order_id": G(lambda f: f.digits(9)),
            "refund_amount": G(price),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "reason": G(
                lambda f: f.pick(["visa_rejected", "cancelled_by_pilgrim", "package_cancelled", "medical"])
            ),
            "refund_account": {
                "bank_name": G(
                    lambda f: f.pick(
                        ["BCA", "Bank Syariah Indonesia", "Meezan Bank", "Maybank Islamic", "Al Rajhi Bank"]
                    )
                ),
                "bank_code": G(lambda f: f.pick(["014", "451", "MEZNPKKA", "MBBEMYKL", "RJHISARI"])),
                "account_number": RED(bank_account, "bank account"),
                "account_holder": Y(upper_name, "name"),
            },
            "processed_by": Y(staff_email, "email"),
            "note": RED(
                lambda f: f.pick(
                    [
                        f"Refund ke rek. BSI {f.digits(10)} a.n. {upper_name(f)}",
                        f"Refund to IBAN {iban(f, 'PK')} as requested by pilgrim",
                        f"Pindahan ke akaun Maybank {f.digits(12)}, sila sahkan",
                        f"Transfer to {iban(f, 'SA')} (pilgrim working in Riyadh)",
                    ]
                ),
                "bank account",
                True,
            ),
        },
    ),
    # -- savings plans and payments --------------------------------------------------------------
    (
        "track",
        "Savings Plan Created",
        ["go"],
        {
            "plan_id": G(lambda f: "TBG-" + f.digits(8)),
            "plan_name": G(
                lambda f: f.pick(
                    ["Tabungan Umrah 24 Bulan", "Tabungan Haji Khusus", "Umrah Savings 12 Months"]
                )
            ),
            "target_amount": G(price),
            "monthly_amount": G(lambda f: f.pick([1_500_000, 2_000_000, 25_000, 600])),
            "tenor_months": G(lambda f: f.pick([12, 18, 24, 36])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "auto_debit": G(lambda f: f.pick([True, False])),
            "debit_account": RED(bank_account, "bank account"),
            "virtual_account_number": G(lambda f: f.pick(["8808", "7007", "9881"]) + f.digits(12)),
            "monthly_income": Y(
                lambda f: f.pick([4_500_000, 8_000_000, 15_000_000, 120_000, 4500]), "salary"
            ),
            "employer": G(
                lambda f: f.pick(["PT Telkom Indonesia", "Pemda Kota Depok", "Habib Bank", "Petronas"])
            ),
            "job_title": G(lambda f: f.pick(["Guru", "Staff Administrasi", "Branch Manager", "Technician"])),
            "credit_score": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "start_date": G(future_date),
            "akad": G(lambda f: f.pick(["wadiah", "mudharabah"])),
        },
    ),
    (
        "track",
        "Instalment Paid",
        ["go", "python"],
        {
            "plan_id": G(lambda f: "TBG-" + f.digits(8)),
            "instalment_number": G(lambda f: f.r.randint(1, 36)),
            "amount": G(lambda f: f.pick([1_500_000, 2_000_000, 25_000, 600])),
            "paid_at": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["va_bca", "va_mandiri", "easypaisa", "fpx", "cash_branch"])),
            "payer_name": Y(upper_name, "name"),
            "payer_account": RED(bank_account, "bank account"),
            "reference": G(lambda f: "FT" + f.digits(10)),
            "late_days": G(lambda f: f.r.randint(0, 20)),
            "remaining_balance": G(price),
        },
    ),
    (
        "track",
        "Qist Ada Ki Gayi",
        ["php"],
        {
            "qist_number": G(lambda f: f.r.randint(1, 24)),
            "raqam": G(lambda f: f.r.randint(10, 90) * 1000),
            "karansi": G(lambda f: "PKR"),
            "tareekh": G(lambda f: date_any(f, 2024, 2025)),
            "bank_ka_naam": G(lambda f: f.pick(["Meezan Bank", "HBL", "UBL", "Bank Alfalah"])),
            "khata_number": RED(lambda f: iban(f, "PK"), "bank account"),
            "adaigi_karne_wale_ka_naam": Y(full, "name"),
            "mobile": Y(phone_pk, "phone"),
            "baqaya_raqam": G(lambda f: f.r.randint(0, 60) * 10000),
            "rasid_number": G(lambda f: "RCPT-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["node"],
        {
            "xendit": {
                "id": G(lambda f: f.hexid(24)),
                "external_id": G(lambda f: "inv-" + f.digits(9)),
                "user_id": G(lambda f: f.hexid(24)),
                "status": G(lambda f: f.pick(["PAID", "SETTLED"])),
                "merchant_name": G(lambda f: "PT Amanah Safar Wisata"),
                "amount": G(price),
                "paid_amount": G(price),
                "bank_code": G(lambda f: f.pick(["BCA", "BSI", "MANDIRI", "BRI"])),
                "payer_email": Y(email, "email"),
                "description": G(
                    lambda f: f.pick(
                        [
                            "Pelunasan Umrah Ramadhan 2025",
                            "DP Umrah Plus Turki",
                            "Cicilan ke-3 Tabungan Umrah",
                        ]
                    )
                ),
                "payment_method": G(lambda f: "BANK_TRANSFER"),
                "payment_channel": G(lambda f: f.pick(["BCA", "BSI", "MANDIRI"])),
                "payment_destination": G(lambda f: f.pick(["8808", "7007", "9881"]) + f.digits(12)),
                "paid_at": G(lambda f: f.iso()),
                "currency": G(lambda f: "IDR"),
            },
        },
    ),
    (
        "track",
        "JazzCash Callback",
        ["php"],
        {
            "pp_TxnRefNo": G(lambda f: "T" + f.digits(14)),
            "pp_Amount": G(lambda f: str(f.r.randint(5000, 90000) * 100)),
            "pp_TxnCurrency": G(lambda f: "PKR"),
            "pp_TxnDateTime": G(lambda f: f.iso()[:19].replace("-", "").replace("T", "").replace(":", "")),
            "pp_MobileNumber": Y(lambda f: "03" + f.digits(9), "phone"),
            "pp_CNIC": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "national id"),
            "pp_ResponseCode": G(lambda f: f.pick(["000", "124", "199"])),
            "pp_ResponseMessage": G(
                lambda f: f.pick(
                    [
                        "Thank you for Using JazzCash, your transaction was successful.",
                        "Transaction is pending.",
                    ]
                )
            ),
            "pp_BillReference": G(lambda f: "billRef" + f.digits(6)),
            "pp_SecureHash": G(lambda f: f.hexid(64).upper()),
        },
    ),
    # -- travel ---------------------------------------------------------------------------------
    (
        "track",
        "Flight Ticket Issued",
        ["java"],
        {
            "booking_code": G(booking_code),
            "pnr": G(pnr),
            "airline": G(lambda f: f.pick(AIRLINES)),
            "flight_number": G(lambda f: f.pick(FLIGHTS)),
            "origin": G(lambda f: f.pick(AIRPORTS)),
            "destination": G(lambda f: f.pick(["JED", "MED"])),
            "departure_at": G(lambda f: f.iso()),
            "passengers": Many(
                {
                    "title": Y(lambda f: f.pick(["MR", "MRS", "MS", "MSTR", "MISS"]), "gender"),
                    "given_name": Y(lambda f: first(f).upper(), "name"),
                    "surname": Y(lambda f: last(f).upper(), "name"),
                    "ticket_number": G(lambda f: f.pick(["065", "126", "214", "232"]) + f.digits(10)),
                    "seat": G(lambda f: f"{f.r.randint(10, 60)}{f.pick('ABCDEFGHJK')}"),
                    "meal_code": Y(
                        lambda f: f.pick(["MOML", "DBML", "VGML", "LSML", "BBML"]), "religion|condition"
                    ),
                    "ssr_wheelchair": RED(lambda f: f.pick(["WCHR", "WCHS", "WCHC", "NONE"]), "disability"),
                    "frequent_flyer_number": G(lambda f: f.pick(["SV", "GA", "MH"]) + f.digits(9)),
                    "passport_number": RED(passport_no, "passport"),
                    "date_of_birth": Y(lambda f: date_any(f), "birthdate"),
                    "nationality": Y(lambda f: f.pick(["ID", "PK", "MY", "GB"]), "citizenship"),
                    "baggage_kg": G(lambda f: f.pick([23, 30, 46])),
                },
                4,
            ),
            "fare_basis": G(lambda f: f.pick(["VLOWID", "TGRP5", "QKGRP"])),
            "group_fare": G(lambda f: True),
        },
    ),
    (
        "track",
        "Hotel Room Assigned",
        ["ruby"],
        {
            "city": G(lambda f: f.pick(["Makkah", "Madinah"])),
            "hotel_name": G(lambda f: f.pick(HOTELS_MAKKAH + HOTELS_MADINAH)),
            "hotel_address": G(
                lambda f: f.pick(
                    [
                        "Ibrahim Al Khalil St, Makkah 24231",
                        "King Fahd Rd, Madinah 42311",
                        "Abraj Al Bait, Makkah",
                    ]
                )
            ),
            "hotel_phone": G(lambda f: f.pick(["+966 12 571 5555", "+966 14 820 3333"])),
            "hotel_lat": G(lambda f: lat_makkah(f)),
            "hotel_lng": G(lambda f: lon_makkah(f)),
            "check_in": G(future_date),
            "check_out": G(future_date),
            "room_number": G(lambda f: f"{f.r.randint(3, 38)}{f.r.randint(1, 40):02d}"),
            "room_type": G(lambda f: f.pick(ROOMS)),
            "roommates": Many({"pilgrim_id": G(lambda f: int(f.digits(7))), "name": Y(full, "name")}, 4),
            "distance_to_haram_m": G(lambda f: f.pick([50, 150, 400, 800])),
            "booking_code": G(booking_code),
        },
    ),
    (
        "track",
        "Visa Status Updated",
        ["python", "java"],
        {
            "application_id": G(lambda f: f.uuid()),
            "visa_type": G(lambda f: f.pick(["umrah", "hajj", "tourist"])),
            "visa_status": RED(lambda f: f.pick(["issued", "pending", "rejected", "under_review"]), "visa"),
            "visa_number": RED(lambda f: "6" + f.digits(9), "visa"),
            "pilgrim_passport": RED(passport_no, "passport"),
            "issued_at": G(lambda f: f.iso()),
            "expires_at": G(future_date),
            "processing_days": G(lambda f: f.r.randint(1, 14)),
            "provider": G(lambda f: f.pick(["Nusuk", "Masar", "Visa Bureau"])),
            "group_code": G(lambda f: f"KLT-{f.pick(AIRPORTS)}-{f.r.randint(1, 60):02d}"),
        },
    ),
    (
        "group",
        None,
        ["node", "web", "dotnet"],
        {
            "group_code": G(lambda f: f"KLT-{f.pick(AIRPORTS)}-{f.r.randint(1, 60):02d}"),
            "group_name": G(
                lambda f: f.pick(["Rombongan Al-Hikmah 27", "Kumpulan Ekonomi Mac", "Lahore Batch 14"])
            ),
            "departure_date": G(future_date),
            "size": G(lambda f: f.r.randint(20, 45)),
            "mutawwif_name": Y(staff_name, "name"),
            "mutawwif_phone": Y(phone_other, "phone"),
            "mutawwif_license": Y(lambda f: "MTW-" + f.digits(6), "license"),
            "leader_name": Y(full, "name"),
            "leader_phone": Y(phone, "phone"),
            "bus_number": G(lambda f: f.r.randint(1, 12)),
            "hotel_makkah": G(lambda f: f.pick(HOTELS_MAKKAH)),
            "createdAt": G(lambda f: f.iso()),
            "agency": {
                "name": G(lambda f: f.pick(AGENCIES)),
                "license_no": G(lambda f: f.pick(["PPIU 234 Tahun 2019", "DTS-HOL-1187", "KPK/LN 9876"])),
                "phone": G(lambda f: f.pick(["+62 21 2938 4400", "+92 42 3578 1100", "+60 3-2691 7788"])),
                "email": G(
                    lambda f: f.pick(
                        [
                            "info@amanahsafar.example.co.id",
                            "cs@alhijrah.example.com.pk",
                            "no-reply@andalusia.example.com.my",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Jl. Dewi Sartika No. 88, Depok",
                            "Office 4, Hall Road, Lahore",
                            "Wisma Andalusia, Jalan Raja Laut, Kuala Lumpur",
                        ]
                    )
                ),
                "tax_id": G(
                    lambda f: f"{f.digits(2)}.{f.digits(3)}.{f.digits(3)}.{f.digits(1)}-{f.digits(3)}.000"
                ),
            },
        },
    ),
    # -- holy sites ------------------------------------------------------------------------------
    (
        "track",
        "Wristband Scanned",
        ["go"],
        {
            "wristband_id": G(lambda f: "WB" + f.hexid(10).upper()),
            "pilgrim_id": G(lambda f: int(f.digits(7))),
            "checkpoint_id": G(lambda f: f"CP-{f.r.randint(1, 80):03d}"),
            "checkpoint_name": G(
                lambda f: f.pick(
                    ["Jamarat Bridge L3", "Mina Camp 71 Gate", "Arafah Train Station 2", "King Fahd Gate 79"]
                )
            ),
            "gate": G(lambda f: f.r.randint(1, 90)),
            "scanned_at": G(lambda f: f.epoch_ms()),
            "lat": Y(lat_makkah, "geolocation"),
            "lng": Y(lon_makkah, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "rssi": G(lambda f: -f.r.randint(40, 95)),
            "firmware": G(lambda f: f.pick(["2.0.4", "2.1.0"])),
            "heart_rate_bpm": Y(lambda f: f.r.randint(55, 140), "condition"),
            "tent_number": G(lambda f: f"{f.r.randint(1, 120)}-{f.pick('ABCD')}"),
            "maktab": G(lambda f: f.r.randint(1, 120)),
        },
    ),
    (
        "track",
        "Bus Location Updated",
        ["go"],
        {
            "bus_id": G(lambda f: "BUS-" + f.digits(4)),
            "plate_number": Y(
                lambda f: "".join(f.pick("ABDHKLMNRS") for _ in range(3)) + f" {f.r.randint(1000, 9999)}",
                "license",
            ),
            "route": G(
                lambda f: f.pick(
                    ["Makkah-Arafah", "Mina-Muzdalifah", "Makkah-Madinah", "Hotel-Haram Shuttle"]
                )
            ),
            "lat": Y(lat_makkah, "geolocation"),
            "lng": Y(lon_makkah, "geolocation"),
            "speed_kmh": G(lambda f: f.r.randint(0, 110)),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "passengers_on_board": G(lambda f: f.r.randint(0, 50)),
            "eta_minutes": G(lambda f: f.r.randint(0, 300)),
            "driver_name": Y(full, "name"),
            "driver_phone": Y(phone_other, "phone"),
            "operator": G(lambda f: f.pick(["Rawaf Mina", "Saptco", "Hafil Transport"])),
        },
    ),
    (
        "track",
        "Bus Boarded",
        ["android"],
        {
            "bus_number": G(lambda f: f.r.randint(1, 12)),
            "seat": G(lambda f: f.r.randint(1, 49)),
            "boarded_at": G(lambda f: f.iso()),
            "trip_leg": G(lambda f: f.pick(["to_arafah", "to_muzdalifah", "to_mina", "to_haram"])),
            "scan_method": G(lambda f: f.pick(["qr", "nfc"])),
        },
    ),
    (
        "screen",
        "Jadwal Sholat",
        ["ios", "android", "rn"],
        {
            "name": G(lambda f: f.pick(["Jadwal Sholat", "Prayer Times", "Waktu Solat"])),
            "location_mode": G(lambda f: f.pick(["auto", "manual"])),
            "calculation_method": G(lambda f: f.pick(["UmmAlQura", "MWL", "Kemenag", "Karachi", "JAKIM"])),
            "asr_madhab": Y(lambda f: f.pick(["Shafi", "Hanafi"]), "religion"),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
            "previous_screen": G(lambda f: f.pick(["Home", "Doa Harian", "Peta"])),
        },
    ),
    (
        "track",
        "Ritual Progress Logged",
        ["ios", "android", "rn"],
        {
            "ritual": G(lambda f: f.pick(["tawaf", "sai", "tahallul"])),
            "round": G(lambda f: f.r.randint(1, 7)),
            "duration_sec": G(lambda f: f.r.randint(200, 3600)),
            "completed": G(lambda f: f.pick([True, False])),
            "steps": G(lambda f: f.r.randint(300, 9000)),
            "started_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Lost Pilgrim Reported",
        ["flutter"],
        {
            "report_id": G(lambda f: f.uuid()),
            "pilgrim_id": G(lambda f: int(f.digits(7))),
            "pilgrim_name": Y(full, "name"),
            "pilgrim_photo_url": Y(
                lambda f: f"https://files.andalusia.example.com.my/foto/{f.uuid()}.jpg", "photo"
            ),
            "last_seen_lat": Y(lat_makkah, "geolocation"),
            "last_seen_lng": Y(lon_makkah, "geolocation"),
            "last_seen_at": G(lambda f: f.iso()),
            "medical_notes": Y(
                lambda f: f.pick(
                    [
                        "Diabetes, perlu insulin pukul 20:00",
                        "Hipertensi, minum amlodipin pagi",
                        "Demensia ringan, mudah bingung",
                        "Asthma - carries inhaler",
                        "Heart condition, on warfarin",
                    ]
                ),
                "condition|medication",
            ),
            "language_spoken": G(lambda f: f.pick(["Bahasa Indonesia", "Urdu", "Bahasa Melayu", "Jawa"])),
            "reporter_name": Y(staff_name, "name"),
            "reporter_phone": Y(phone_other, "phone"),
            "status": G(lambda f: f.pick(["open", "found", "escalated"])),
        },
    ),
    (
        "track",
        "Manasik Session Attended",
        ["rn", "web"],
        {
            "session_id": G(lambda f: "MNS-" + f.digits(5)),
            "venue": G(
                lambda f: f.pick(
                    ["Aula Amanah Safar, Depok", "Masjid Al-Falah Surabaya", "Dewan Andalusia, KL"]
                )
            ),
            "instructor_name": Y(staff_name, "name"),
            "attendance": G(lambda f: f.pick(["present", "late", "online"])),
            "checked_in_at": G(lambda f: f.iso()),
            "module": G(lambda f: f.pick(["ihram", "tawaf", "sai", "miqat", "adab_madinah"])),
        },
    ),
    # -- messaging, support, attribution ---------------------------------------------------------
    (
        "track",
        "WhatsApp Message Sent",
        ["python"],
        {
            "channel": G(lambda f: "whatsapp"),
            "template_name": G(
                lambda f: f.pick(
                    ["reminder_cicilan_v3", "jadwal_manasik_v2", "visa_ready_en", "pelunasan_v1"]
                )
            ),
            "to": Y(
                lambda f: f.pick(["62812" + f.digits(8), "92300" + f.digits(7), "6012" + f.digits(7)]),
                "phone",
                True,
            ),
            "from": G(lambda f: f.pick(["6221293844000", "924235781100"])),
            "text": Y(wa_text, "name", True),
            "language": G(lambda f: f.pick(["id", "ms", "en"])),
            "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
            "wamid": G(lambda f: "wamid.HBgN" + f.hexid(32).upper()),
            "conversation_category": G(lambda f: f.pick(["utility", "marketing"])),
        },
    ),
    (
        "track",
        "Inbound Call",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(e164, "phone"),
            "To": G(lambda f: f.pick(["+622129384400", "+924235781100", "+60326917788"])),
            "CallerName": Y(upper_name, "name"),
            "FromCountry": G(lambda f: f.pick(["ID", "PK", "MY", "SA"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(6))),
                "subject": G(
                    lambda f: f.pick(
                        ["Jadwal keberangkatan", "Refund request", "Perubahan kamar", "Visa belum keluar"]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "channel": G(lambda f: f.pick(["email", "whatsapp", "web"])),
                "tags": Many(G(lambda f: f.pick(["visa", "refund", "hotel", "vip"])), 3),
                "requester": {
                    "name": Y(full, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee": {"name": Y(staff_name, "name"), "email": Y(staff_email, "email")},
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.pick([360012345, 360012346, 360099871])),
                        "value": G(lambda f: f.pick([booking_code(f), "umrah", "hajj", "gold", None])),
                    },
                    3,
                ),
            },
        },
    ),
    (
        "track",
        "Mahram Contact Picked",
        ["rn"],
        {
            "contact": {
                "label": Y(full, "name", True),
                "value": Y(phone, "phone", True),
                "source": G(lambda f: f.pick(["phonebook", "recent"])),
            },
            "relationship": G(lambda f: f.pick(["husband", "father", "brother", "son"])),
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Referral Sent",
        MOBILE,
        {
            "referral_code": G(lambda f: "UMRAH" + f.digits(4)),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "email"])),
            "recipient_name": Y(first, "name"),
            "recipient_contact": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
            "reward_amount": G(lambda f: f.pick([250_000, 5000, 100])),
            "message": G(lambda f: f.pick(["Yuk umrah bareng!", "Jom daftar umrah", "Join me for Umrah"])),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["node"],
        {
            "lead_id": G(lambda f: f.uuid()),
            "event_source_url": G(lambda f: "https://www.amanahsafar.example.co.id" + f.pick(PAGES)),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            "gclid": Y(lambda f: "Cj0KCQiA" + f.hexid(40), "advertising id"),
            "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
            "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            "full_name": Y(full, "name"),
            "phone": Y(phone, "phone"),
            "package_interest": G(lambda f: f.pick(PACKAGES)[1]),
            "value": G(price),
            "currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["umrah-inquiry", "haji-khusus-inquiry"])),
            "fields": {
                "full-name": Y(full, "name"),
                "whatsapp-number": Y(phone, "phone"),
                "email-address": Y(email, "email"),
                "home-city": Y(city, "city"),
                "preferred-month": G(lambda f: f.pick(["Maret", "Oktober", "Desember", "Ramadhan"])),
                "number-of-pax": G(lambda f: str(f.r.randint(1, 8))),
                "package-tier": G(lambda f: f.pick(["ekonomi", "reguler", "vip"])),
                "message": G(
                    lambda f: f.pick(
                        [
                            "Apakah ada paket untuk lansia?",
                            "Mohon info harga untuk 4 orang",
                            "Is there a Urdu speaking mutawwif?",
                            "Boleh bayar ansuran?",
                        ]
                    )
                ),
            },
            "time_to_submit_ms": G(lambda f: f.r.randint(5000, 300000)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["umrah-inquiry", "checkout-contact"])),
            "field": {
                "name": G(lambda f: f.pick(["email", "whatsapp"])),
                "label": G(lambda f: f.pick(["Alamat Email", "Nomor WhatsApp", "E-mel", "WhatsApp number"])),
                "type": G(lambda f: f.pick(["email", "tel", "text"])),
                "value": Y(lambda f: f.pick([email, phone])(f), "email|phone", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
        },
    ),
    (
        "track",
        "Callback Requested",
        ["web", "android"],
        {
            "callback": {
                "input": Y(phone, "phone", True),
                "slot": G(lambda f: f.pick(["pagi", "siang", "malam"])),
                "topic": G(lambda f: f.pick(["harga", "jadwal", "dokumen"])),
            },
            "source_page": G(lambda f: f.pick(PAGES)),
        },
    ),
    (
        "track",
        "Chatbot Message Sent",
        [*MOBILE, "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "input": G(
                lambda f: f.pick(
                    [
                        "Berapa harga umrah bulan Maret?",
                        "Kapan jadwal manasik?",
                        "What documents do I need for Umrah visa?",
                        "Hotel di Makkah jaraknya berapa meter?",
                        "Boleh bawa kerusi roda lipat?",
                    ]
                )
            ),
            "intent": G(lambda f: f.pick(["pricing", "schedule", "documents", "hotel", "baggage"])),
            "turn": G(lambda f: f.r.randint(1, 12)),
            "bot_version": G(lambda f: f.pick(["2024.11.2", "2025.01.0"])),
        },
    ),
    (
        "track",
        "FAQ Searched",
        CLIENT,
        {
            "q": G(
                lambda f: f.pick(["miqat", "batas bagasi", "zamzam", "refund policy", "vaksin meningitis"])
            ),
            "results": G(lambda f: f.r.randint(0, 15)),
        },
    ),
    (
        "track",
        "Pilgrim Searched",
        ["flutter"],
        {
            "search_term": RED(lambda f: f.pick([passport_no, national_id])(f), "passport|national id", True),
            "results_count": G(lambda f: f.r.randint(0, 2)),
            "staff_role": G(lambda f: f.pick(["mutawwif", "ticketing", "cs"])),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        CLIENT,
        {
            "nps_score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Hotelnya dekat sekali dengan Masjidil Haram",
                        "Bus sering telat waktu ke Madinah",
                        "Makanan enak, kamar bersih",
                        "Very well organised, JazakAllah",
                        "Pengurusan visa lambat",
                    ]
                )
            ),
            "trip_booking_code": G(booking_code),
            "would_recommend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Install Attributed",
        ["ios", "android"],
        {
            "provider": G(lambda f: f.pick(["AppsFlyer", "Adjust"])),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "campaign": {
                "source": G(lambda f: f.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int"])),
                "name": G(lambda f: f.pick(["umrah_ramadhan_2025", "pakej_cuti_sekolah"])),
                "ad_group": G(lambda f: f.pick(["lookalike_1pct", "interest_umrah"])),
                "ad_creative": G(lambda f: f.pick(["video_kabah_15s", "carousel_hotels"])),
            },
            "gclid": Y(lambda f: "EAIaIQobChMI" + f.hexid(30), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "is_retargeting": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Opened",
        MOBILE,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "2.9.4"])),
            "build": G(lambda f: f.pick(["420", "431", "294"])),
            "url": G(lambda f: f.pick(["", "umrahku://paket/UMR-REG-09D", "umrahku://tabungan"])),
            "referring_application": G(lambda f: f.pick(["", "com.whatsapp", "com.instagram.android"])),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaign_id": G(lambda f: "cmp_" + f.hexid(10)),
            "title": G(lambda f: f.pick(["Cicilan jatuh tempo", "Visa anda sudah terbit", "Promo Ramadhan"])),
            "deep_link": G(lambda f: f.pick(["umrahku://tabungan", "umrahku://dokumen", "umrahku://paket"])),
            "push_token": RED(lambda f: f.hexid(22) + ":APA91b" + f.hexid(120), "token"),
        },
    ),
    (
        "alias",
        None,
        CLIENT,
        {},
    ),
]


def message(f: Fake, kind: str, name: str | None, body: dict, client: str, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in SERVER else f.pick(["", "api-", "node-"]) + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
        "userId": f.pick(["", "usr_", "jmh-"]) + f.digits(7),
    }
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "grp_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            events.append(message(f, kind, name, body, f.pick(clients), labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=251, repeats=36)
    write(Path(__file__).parent, "holdout251_", events, labels)
