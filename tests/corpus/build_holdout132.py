"""Writes holdout132: tests/corpus/holdout132_events.jsonl and holdout132_labels.json.

Sealed: written from the corpus helpers (build.py, fake.py), holdout3's format, the reference's
default matcher table and the brief alone, without reading the detection engine, its vocabularies,
its tests or any other corpus's labels, and without running the engine on these events.

Domain: the patient app of a hospital and clinic network in India and Indonesia. Doctor search
and appointment booking, teleconsultations, e-prescriptions and medicine orders, lab test
bookings, home sample collection and reports, health insurance (TPA) cashless claims, hospital
bills, Razorpay (India) and Midtrans (Indonesia) payments and refunds, family member profiles,
emergency contacts, ABDM (ABHA) consent, international patients, parking, ambulance requests,
support chat, call and WhatsApp webhooks, ad attribution and a reverse-ETL warehouse sync.
Message types: identify, track, page, screen, group and alias. Contexts as the client libraries
send them: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, and the python, node, go, java, ruby, php and .NET server libraries
(`context.ip`, `context.traits`, device, app, library, locale, userAgent, campaign, location).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET TPA
service, kebab-case from a form builder, SCREAMING_SNAKE from the warehouse sync, Indonesian
keys (`nama_lengkap`, `nomor_hp`, `keluhan`, `no_rekam_medis` ...) and Hindi-transliterated keys
(`naam`, `janm_tithi`, `pata`, `pita_ka_naam` ...). Values: Indian, Indonesian and international
patients' names, national phone formats (+91, 0xx, +62, 08xx), Indian and Indonesian addresses,
6-digit PIN codes and 5-digit kode pos; Aadhaar numbers with a valid Verhoeff check digit, PANs
with the individual-holder structure, NIKs with region and birth-date structure, GSTINs with
their mod-36 check character, Luhn-valid Visa, Mastercard, RuPay and Amex numbers.

Labelling rules (the Privacy Portal's default colours, as the brief states them):
- PII is personal data about a natural person: the user, family members, emergency contacts,
  recipients, and staff (doctors, pathologists, phlebotomists, nurses, HR contacts). Colour is
  the reference's default for the matcher; outside the reference, red for credentials, secrets,
  card numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue, UUIDs, SKUs, invoice, bill, claim, pre-auth and booking numbers, versions,
  timestamps, hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
  product, package, hospital, clinic, insurer, TPA and company names (even a clinic named after
  its doctor), places that are not the person's (a searched city, a branch's address and
  coordinates), country, state, locale, language, timezone, currency, user agents, OS device ids,
  card brand / last four / BIN / expiry, IFSC codes, ages and age bands, marital status,
  occupations and employers, a business's own phones and mailboxes, call-masking numbers.
- Contested cases as the product's published policy settles them: policy and TPA member / e-card
  numbers yellow `identification`; rx numbers yellow `medication`; click ids (gclid, fbclid, fbp,
  fbc) yellow `advertising id`; vehicle plates yellow `license`; billing and delivery addresses
  yellow `address`; payment and card tokens (Razorpay `token_`, a saved `card_` id), OTPs and
  sign-in link tokens red `token`; a health system's numbers (UHID / MRN, rekam medis, ABHA number
  and ABHA address, BPJS Kesehatan card, CoWIN reference id) red `health id`; Aadhaar, PAN, NIK
  red `national id`; passports red `passport`; visa type and number red `visa`.
- Rules chosen here where the brief is silent (what a careful privacy owner would want):
  * A test, procedure, diagnosis, symptom, medicine or vaccine recorded for a person (booked,
    prescribed, ordered, claimed) is that category, yellow. Catalog browsing (package names in
    e-commerce spec events, catalog search queries) is product data, green. Internal test codes
    (`LT-00123`) are SKUs, green. A doctor's speciality or the hospital department (`poli`) is
    green: it describes the doctor, not the patient.
  * Blood group is health data: yellow `condition`. A boolean that states pregnancy, maternity,
    diabetes or smoking is yellow `condition`; one that states a wheelchair need is red
    `disability`. An emergency type (cardiac, accident) reported for a patient is `condition`.
  * A doctor's medical-council registration number (or Indonesian STR) is a person's licence:
    yellow `license`.
  * The last four digits of an Aadhaar are red `national id`, like the last four of an SSN.
  * A UPI id (VPA) addresses a person's bank account: red `bank account`. An Indonesian virtual
    account number issued per transaction by the payment gateway is a payment reference: green.
  * SHA-256 hashes of an e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) are still
    that person's e-mail / phone: yellow `email` / `phone`; a hashed user id is green.
  * An FCM / APNs push token is red `token`; an AppsFlyer install id is green (an SDK-issued
    analytics id, like anonymousId). An all-zero IDFA (tracking denied) is the absent value of
    an advertising-id field, which stays yellow.
  * Nationality is yellow `citizenship`; religion (`agama`) yellow `religion`; a person's
    mother's maiden name yellow `name`.
  * The Indonesian and Hindi-keyed fields are labelled exactly as their English equivalents.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `q`, `input`, `description`, `From`, `DialWhomNumber`, `wa_id`, `doctor_notes`) and only the
  value reveals it; `contact`, `em` and `ph` say what they hold and are not value_only.
  A value_only PII path holds that PII in every value. Free text is labelled by what every one
  of its values carries; free-text fields whose values carry no PII are green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ------------------------------------------------------------------------------------

IN_FIRST_M = [
    "Aarav",
    "Rohit",
    "Karthik",
    "Venkatesh",
    "Sanjay",
    "Imran",
    "Joseph",
    "Harpreet",
    "Arjun",
    "Suresh",
    "Mohammed",
    "Rahul",
    "Debashish",
    "Vikram",
    "Farhan",
    "Cyrus",
    "Anil",
    "Pranav",
]
IN_FIRST_F = [
    "Ananya",
    "Diya",
    "Priyanka",
    "Sneha",
    "Lakshmi",
    "Meera",
    "Pooja",
    "Gurpreet",
    "Fatima",
    "Anjali",
    "Deepa",
    "Nandini",
    "Zoya",
    "Kavya",
    "Swati",
    "Roshni",
    "Aparna",
    "Shabnam",
]
IN_LAST = [
    "Sharma",
    "Verma",
    "Iyer",
    "Nair",
    "Reddy",
    "Patel",
    "Singh",
    "Kaur",
    "Khan",
    "Banerjee",
    "Chatterjee",
    "Das",
    "Menon",
    "Pillai",
    "Gupta",
    "Agarwal",
    "Joshi",
    "Desai",
    "Shaikh",
    "D'Souza",
    "Fernandes",
    "Rao",
    "Naidu",
    "Yadav",
    "Kulkarni",
    "Mukherjee",
    "Bhattacharya",
    "Irani",
    "Gill",
    "Hegde",
]
ID_NAMES = [
    "Budi Santoso",
    "Siti Nurhaliza",
    "Dewi Lestari",
    "Agus Setiawan",
    "Putu Ayu Maharani",
    "I Wayan Sudarma",
    "Rina Wulandari",
    "Andi Pratama",
    "Nur Aisyah",
    "Fitri Handayani",
    "Yohanes Simanjuntak",
    "Ni Made Sari",
    "Eko Prasetyo",
    "Hendra Wijaya",
    "Kevin Tanoto",
    "Maria Siregar",
    "Rizky Ramadhan",
    "Sri Wahyuni",
    "Bambang Sutrisno",
    "Anisa Rahmawati",
    "Dimas Saputra",
    "Lina Halim",
    "Muhammad Iqbal Nasution",
    "Yuliana Pardede",
    "Ahmad Fauzi",
    "Ketut Arsana",
    "Indah Permatasari",
    "Wahyu Hidayat",
]
INTL_NAMES = [
    "Ahmed Al-Farsi",
    "Grace Mwangi",
    "Nadia Rahman",
    "Tenzin Dorji",
    "Sabitha Perera",
    "Mohammad Karimi",
    "Chinedu Okeke",
    "Aigerim Bekova",
    "Hussain Al-Maliki",
    "Aishath Shifa",
    "Bikash Thapa",
    "Ma Thida",
    "John Miller",
    "Olga Ivanova",
    "Abdullahi Yusuf",
    "Rukhsana Begum",
]
ID_SINGLE = ["Sukarni", "Darsono", "Wagiman", "Suparmi", "Mulyadi", "Tukiyem"]
MAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "yahoo.co.in",
    "rediffmail.com",
    "outlook.com",
    "yahoo.co.id",
    "hotmail.com",
    "icloud.com",
    "protonmail.com",
]

IN_CITIES = [
    "Bengaluru",
    "Mumbai",
    "Pune",
    "Chennai",
    "Hyderabad",
    "Kolkata",
    "New Delhi",
    "Lucknow",
    "Jaipur",
    "Kochi",
    "Ahmedabad",
    "Bhubaneswar",
    "Indore",
    "Mysuru",
    "Gurugram",
    "Thane",
]
ID_CITIES = [
    "Jakarta Selatan",
    "Surabaya",
    "Bandung",
    "Medan",
    "Denpasar",
    "Yogyakarta",
    "Makassar",
    "Semarang",
    "Tangerang",
    "Bekasi",
    "Palembang",
    "Malang",
]
IN_STATES = [
    "Karnataka",
    "Maharashtra",
    "Tamil Nadu",
    "Telangana",
    "West Bengal",
    "Delhi",
    "Uttar Pradesh",
    "Kerala",
    "Gujarat",
    "Odisha",
    "Rajasthan",
    "Haryana",
]
ID_PROVINCES = [
    "DKI Jakarta",
    "Jawa Timur",
    "Jawa Barat",
    "Sumatera Utara",
    "Bali",
    "DI Yogyakarta",
    "Sulawesi Selatan",
    "Jawa Tengah",
    "Banten",
]
LOCALITIES = [
    "Indiranagar",
    "Koramangala 5th Block",
    "Andheri West",
    "Kothrud",
    "T. Nagar",
    "Banjara Hills",
    "Salt Lake Sector V",
    "Lajpat Nagar",
    "Gomti Nagar",
    "Vaishali Nagar",
    "Kakkanad",
    "Navrangpura",
    "HSR Layout",
    "Powai",
    "Whitefield",
    "Jayanagar 4th Block",
]
BUILDINGS = [
    "Sai Krupa Apartments",
    "Prestige Shantiniketan",
    "Lodha Amara",
    "Green Glen Layout",
    "Sunshine Residency",
    "Shanti Niwas",
    "DLF Phase 3",
    "Brigade Meadows",
    "Raheja Vistas",
]
IN_ROADS = [
    "14th Cross Road",
    "MG Road",
    "Link Road",
    "Karve Road",
    "100 Feet Road",
    "Station Road",
    "Nehru Marg",
    "Old Airport Road",
    "SV Road",
    "Hosur Road",
]
ID_STREETS = [
    "Jl. Kebon Jeruk Raya",
    "Jl. Sudirman",
    "Jl. Diponegoro",
    "Jl. Gatot Subroto",
    "Jl. Raya Darmo",
    "Jl. Dago",
    "Jl. Sunset Road",
    "Jl. Malioboro",
    "Jl. Pettarani",
    "Jl. Pemuda",
    "Jl. Cempaka Putih",
]
LANDMARKS = [
    "Near Shiv Mandir",
    "Opp. HDFC Bank",
    "Behind Apollo Pharmacy",
    "Near Metro Pillar 112",
    "Next to Reliance Fresh",
    "Opp. Government School",
    "Dekat Masjid Al-Ikhlas",
    "Samping Indomaret",
]

SPECIALITIES = [
    "Cardiology",
    "Dermatology",
    "Gynaecology",
    "Paediatrics",
    "Orthopaedics",
    "General Medicine",
    "ENT",
    "Psychiatry",
    "Endocrinology",
    "Neurology",
    "Ophthalmology",
    "Oncology",
]
HOSPITALS = [
    "CareFirst Hospitals Whitefield",
    "CareFirst Hospitals Andheri",
    "CareFirst Clinic Koramangala",
    "RS CareFirst Kemang",
    "RS CareFirst Surabaya",
    "CareFirst Women & Child Pune",
    "CareFirst Heart Institute Chennai",
    "Klinik CareFirst Denpasar",
]
CLINICS = [
    "Sunrise Multispeciality Clinic",
    "Dr. Batra's Homeopathy",
    "Smile Dental Studio",
    "Klinik Pratama Sehat",
    "Dr. Mehta's Skin & Hair Clinic",
    "Apollo Sugar Clinic",
    "Nova IVF Centre",
]
PACKAGES = [
    "Full Body Checkup Essential",
    "Full Body Checkup Advanced",
    "Executive Health Check",
    "Senior Citizen Health Package",
    "Women's Wellness Package",
    "Cardiac Screening Package",
    "Vitamin Profile",
    "Medical Check Up Basic",
    "Pre-Employment Health Check",
]
TESTS = [
    "HbA1c",
    "Lipid Profile",
    "Thyroid Profile (T3, T4, TSH)",
    "Complete Blood Count",
    "Vitamin D (25-OH)",
    "Liver Function Test",
    "HIV 1 & 2 Antibody",
    "Beta hCG",
    "Dengue NS1 Antigen",
    "Kidney Function Test",
    "Urine Routine",
    "PSA Total",
    "Fasting Blood Sugar",
    "COVID-19 RT-PCR",
]
MEDICINES = [
    "Metformin 500 mg",
    "Amlodipine 5 mg",
    "Pantoprazole 40 mg",
    "Azithromycin 500 mg",
    "Atorvastatin 10 mg",
    "Levothyroxine 50 mcg",
    "Dolo 650",
    "Telmisartan 40 mg",
    "Sertraline 50 mg",
    "Insulin Glargine 100 IU/ml",
    "Montelukast 10 mg",
    "Folic Acid 5 mg",
]
DIAGNOSES = [
    "Type 2 diabetes mellitus",
    "Essential hypertension",
    "Acute pharyngitis",
    "Hypothyroidism",
    "Dengue fever",
    "Community-acquired pneumonia",
    "Major depressive disorder",
    "Migraine without aura",
    "Iron deficiency anaemia",
    "Gastro-oesophageal reflux disease",
    "Bronchial asthma",
]
ICD10 = ["E11.9", "I10", "J02.9", "E03.9", "A90", "J18.9", "F32.1", "G43.009", "D50.9", "K21.9", "J45.909"]
PROCEDURES = [
    "Laparoscopic cholecystectomy",
    "Total knee replacement",
    "Phacoemulsification with IOL",
    "Coronary angioplasty",
    "Lower segment caesarean section",
    "Appendectomy",
    "Septoplasty",
    "Hemodialysis",
    "Normal vaginal delivery",
    "Tonsillectomy",
]
CONDITIONS = [
    "diabetes",
    "hypertension",
    "asthma",
    "hypothyroidism",
    "PCOS",
    "CKD stage 3",
    "epilepsy",
    "none",
]
SYMPTOMS = [
    "fever and body ache since 3 days",
    "chest pain on exertion",
    "persistent dry cough",
    "skin rash on both arms",
    "irregular periods",
    "lower back pain",
    "headache with vomiting",
    "burning sensation while urinating",
    "anxiety and poor sleep",
    "demam dan pusing sejak kemarin",
    "sugar level high in last report",
    "knee pain while climbing stairs",
]
ALLERGIES = [
    "Penicillin",
    "Sulfa drugs",
    "Peanuts",
    "Dust mite",
    "NSAIDs",
    "Seafood",
    "Latex",
    "No known allergies",
]
BLOOD_GROUPS = ["A+", "B+", "O+", "AB+", "A-", "B-", "O-", "AB-"]
INSURERS = [
    "Star Health",
    "HDFC ERGO",
    "ICICI Lombard",
    "Niva Bupa",
    "Care Health Insurance",
    "Prudential Indonesia",
    "Allianz Life Indonesia",
    "AXA Mandiri",
]
TPAS = [
    "Medi Assist",
    "Paramount Health Services",
    "MDIndia",
    "Vidal Health TPA",
    "Health India TPA",
    "Admedika",
    "Owlexa",
]
EMPLOYERS = [
    "Infosys",
    "Tata Consultancy Services",
    "Wipro",
    "HDFC Bank",
    "Gojek",
    "Tokopedia",
    "Bank Mandiri",
    "Flipkart",
    "Telkom Indonesia",
    "Larsen & Toubro",
]
JOBS = [
    "Software Engineer",
    "Teacher",
    "Karyawan Swasta",
    "Wiraswasta",
    "Homemaker",
    "Student",
    "Accountant",
    "Pensiunan",
    "Nurse",
    "PNS",
]
RELATIONS = ["self", "spouse", "father", "mother", "son", "daughter", "father_in_law", "mother_in_law"]
LANGS = ["English", "Hindi", "Kannada", "Tamil", "Bahasa Indonesia", "Marathi", "Bengali", "Telugu"]
UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
]

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


def verhoeff_digit(number: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_valid(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check(first14: str) -> str:
    total = 0
    for i, ch in enumerate(first14):
        v = _B36.index(ch) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return _B36[(36 - total % 36) % 36]


def ascii_handle(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "").replace("-", "").replace(",", "").replace(".", "").split()


class H(Fake):
    """Fake values for Indian, Indonesian and international patients, staff and payments."""

    def letters(self, n):
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

    def name(self):
        roll = self.r.random()
        if roll < 0.5:
            first = self.pick(IN_FIRST_M + IN_FIRST_F)
            return f"{first} {self.pick(IN_LAST)}"
        if roll < 0.8:
            return self.pick(ID_NAMES)
        if roll < 0.85:
            return self.pick(ID_SINGLE)
        if roll < 0.95:
            return self.pick(INTL_NAMES)
        return self.full_name()

    def first_name(self):
        return self.pick(IN_FIRST_M + IN_FIRST_F + [n.split()[0] for n in ID_NAMES] + ["Grace", "Tenzin"])

    def last_name(self):
        return self.pick(
            [*IN_LAST, "Santoso", "Lestari", "Simanjuntak", "Wijaya", "Siregar", "Nasution", "Mwangi"]
        )

    def doctor(self):
        return "Dr. " + self.pick(
            [
                f"{self.pick(IN_FIRST_M + IN_FIRST_F)} {self.pick(IN_LAST)}",
                self.pick(ID_NAMES) + ", Sp.PD",
                self.pick(ID_NAMES) + ", Sp.A",
                f"{self.pick(IN_FIRST_M)} {self.pick(IN_LAST)}",
            ]
        )

    def mail(self, name=None):
        name = name or self.name()
        parts = ascii_handle(name)
        user = self.pick(
            [
                ".".join(parts),
                parts[0] + str(self.r.randint(1, 99)),
                "".join(parts)[:12],
                parts[0][0] + parts[-1] + str(self.r.randint(70, 2005)),
            ]
        )
        return f"{user}@{self.pick(MAIL_DOMAINS)}"

    def in_mobile(self):
        return self.pick("6789") + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def id_mobile(self):
        return (
            "8"
            + self.pick(["11", "12", "13", "21", "22", "52", "56", "57", "77", "78", "95", "96"])
            + "".join(str(self.r.randint(0, 9)) for _ in range(self.pick([7, 8, 8, 9])))
        )

    def mobile(self, country=None):
        country = country or self.pick(["IN", "IN", "ID", "ID", "XX"])
        if country == "IN":
            n = self.in_mobile()
            return self.pick([f"+91 {n[:5]} {n[5:]}", f"+91{n}", f"0{n}", n, f"{n[:5]}-{n[5:]}", f"+91-{n}"])
        if country == "ID":
            n = self.id_mobile()
            return self.pick(
                [f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", f"0{n}", f"+62{n}", f"0{n[:3]} {n[3:7]} {n[7:]}"]
            )
        return self.pick(
            [
                self.phone("uk"),
                f"+880 17{self.r.randint(10, 99)}-{self.r.randint(100000, 999999)}",
                f"+254 7{self.r.randint(10, 99)} {self.r.randint(100, 999)} {self.r.randint(100, 999)}",
                f"+971 50 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                self.phone("e164"),
            ]
        )

    def e164(self):
        return self.pick(["+91" + self.in_mobile(), "+62" + self.id_mobile()])

    def pin(self):
        return f"{self.r.randint(1, 8)}{self.r.randint(10000, 99999)}"

    def kodepos(self):
        return f"{self.r.randint(10110, 99999)}"

    def postcode(self):
        return self.pick([self.pin(), self.kodepos()])

    def in_address(self):
        return self.pick(
            [
                f"Flat {self.r.randint(1, 14)}0{self.r.randint(1, 9)}, {self.pick(BUILDINGS)}, "
                f"{self.pick(IN_ROADS)}",
                f"{self.r.randint(1, 999)}, {self.pick(IN_ROADS)}, {self.pick(LOCALITIES)}",
                f"H.No. {self.r.randint(1, 40)}-{self.r.randint(1, 300)}/{self.r.randint(1, 9)}, "
                f"{self.pick(LOCALITIES)}",
                f"#{self.r.randint(12, 899)}, {self.r.randint(1, 9)}th Main, {self.pick(LOCALITIES)}",
            ]
        )

    def id_address(self):
        return (
            f"{self.pick(ID_STREETS)} No. {self.r.randint(1, 200)}, RT {self.r.randint(1, 15):03d}/RW "
            f"{self.r.randint(1, 12):03d}"
        )

    def address(self):
        return self.pick([self.in_address(), self.id_address()])

    def city_any(self):
        return self.pick(IN_CITIES + ID_CITIES)

    def aadhaar(self, spaced=None):
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        n = body + verhoeff_digit(body)
        assert verhoeff_valid(n)
        spaced = self.r.random() < 0.5 if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def pan(self):
        return self.letters(3) + "P" + self.letters(1) + f"{self.r.randint(1, 9999):04d}" + self.letters(1)

    def company_pan(self):
        return self.letters(3) + "C" + self.letters(1) + f"{self.r.randint(1, 9999):04d}" + self.letters(1)

    def gstin(self):
        first = f"{self.pick(['29', '27', '33', '36', '07', '19'])}{self.company_pan()}1Z"
        return first + gstin_check(first)

    def nik(self):
        region = self.pick(["3171", "3174", "3578", "3273", "5171", "3471", "1271", "7371"])
        district = f"{self.r.randint(1, 12):02d}"
        day = self.r.randint(1, 28) + self.pick([0, 40])
        month, year, seq = self.r.randint(1, 12), self.r.randint(50, 99), self.r.randint(1, 999)
        return f"{region}{district}{day:02d}{month:02d}{year:02d}{seq:04d}"

    def abha(self):
        body = "91" + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        n = body + verhoeff_digit(body)
        return f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:]}"

    def abha_address(self):
        parts = ascii_handle(self.name())
        return self.pick([f"{parts[0]}.{parts[-1]}", parts[0] + str(self.r.randint(1, 9999))]) + self.pick(
            ["@abdm", "@abdm", "@sbx"]
        )

    def bpjs(self):
        return "000" + "".join(str(self.r.randint(0, 9)) for _ in range(10))

    def uhid(self):
        return self.pick(
            [
                f"CFH.{self.r.randint(1, 9)}{self.digits(9)}",
                f"UHID-{self.pick(['BLR', 'MUM', 'PUN', 'CHN'])}-{self.digits(8)}",
                f"{self.pick(['KMG', 'SBY', 'DPS'])}{self.digits(7)}",
            ]
        )

    def rm(self):
        return f"{self.r.randint(10, 99)}.{self.r.randint(10, 99)}.{self.r.randint(10, 99)}"

    def in_passport(self):
        return self.pick("ABCJKLMNPRSTUVWZ") + f"{self.r.randint(1000000, 9999999)}"

    def id_passport(self):
        return self.pick(["C", "X", "B", "E"]) + f"{self.r.randint(1000000, 9999999)}"

    def card16(self):
        prefix, length = self.pick(
            [
                ("4", 16),
                ("53", 16),
                ("6521", 16),
                ("6522", 16),
                ("60", 16),
                ("81", 16),
                ("2221", 16),
                ("37", 15),
            ]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        n = self.luhn_complete(body)
        if length == 16 and self.r.random() < 0.5:
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
        return n

    def vpa(self):
        parts = ascii_handle(self.name())
        handle = self.pick(
            [parts[0] + "." + parts[-1][:3], self.in_mobile(), parts[0] + str(self.r.randint(1, 999))]
        )
        return handle + self.pick(["@okhdfcbank", "@ybl", "@oksbi", "@paytm", "@okaxis", "@ibl", "@upi"])

    def ifsc(self):
        return (
            self.pick(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "CNRB", "PUNB"])
            + "0"
            + f"{self.r.randint(1, 99999):06d}"
        )

    def bank_account(self):
        return self.pick(
            [self.digits(14), self.digits(11), self.digits(10), self.digits(13), "50100" + self.digits(9)]
        )

    def plate(self):
        return self.pick(
            [
                f"KA {self.r.randint(1, 53):02d} {self.letters(2)} {self.r.randint(1000, 9999)}",
                f"MH{self.r.randint(1, 48):02d}{self.letters(2)}{self.r.randint(1000, 9999)}",
                f"B {self.r.randint(1000, 9999)} {self.letters(3)}",
                f"L {self.r.randint(1000, 9999)} {self.letters(2)}",
                f"DL 3C {self.letters(2)} {self.r.randint(1000, 9999)}",
            ]
        )

    def reg_no(self):
        return self.pick(
            [
                f"KMC {self.r.randint(10000, 99999)}",
                f"MMC 20{self.r.randint(0, 22):02d}/{self.r.randint(1, 12):02d}/{self.r.randint(1000, 9999)}",
                f"TNMC {self.r.randint(50000, 150000)}",
                f"STR {self.digits(16)}",
                f"DMC/R/{self.r.randint(1000, 25000)}",
            ]
        )

    def policy_no(self):
        return self.pick(
            [
                f"P/{self.r.randint(100000, 999999)}/01/2024/{self.r.randint(1, 99999):06d}",
                "2856 " + " ".join(str(self.r.randint(1000, 9999)) for _ in range(3)) + " 000",
                f"{self.r.randint(10, 99)}{self.digits(8)}",
                f"POL-ID-{self.digits(9)}",
            ]
        )

    def member_id(self):
        return self.pick(
            [f"MA{self.digits(9)}", f"PHS{self.digits(8)}", f"{self.digits(7)}/A", f"ADM{self.digits(10)}"]
        )

    def sha256(self):
        return self.hexid(64)

    def ist(self):
        return self.iso().replace("Z", "+05:30")

    def slot(self):
        day = f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
        hour, minute = self.pick(["09", "10", "11", "16", "17", "18"]), self.pick(["00", "15", "30", "45"])
        return f"{day}T{hour}:{minute}:00+05:30"

    def wallclock(self):
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return f"{day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"

    def dob_in(self):
        return f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/{self.r.randint(1940, 2020)}"

    def dob_id(self):
        return f"{self.r.randint(1, 28):02d}-{self.r.randint(1, 12):02d}-{self.r.randint(1940, 2020)}"


# -- contexts ---------------------------------------------------------------------------------------


def ctx_traits():
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "userId": G(lambda f: "pt_" + f.digits(8)),
        "email": Y(lambda f: f.mail(), "email"),
        "name": Y(lambda f: f.name(), "name"),
        "phone": Y(lambda f: f.mobile(), "phone"),
    }


def web_ctx(f):
    page = f.pick(
        [
            "/",
            "/doctors",
            "/doctors/cardiology/bengaluru",
            "/lab-tests",
            "/checkout",
            "/book-appointment",
            "/id/dokter",
            "/health-packages/full-body-checkup",
        ]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "next-1.66.0"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.google.co.id/", "https://m.facebook.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    [
                        "",
                        "?utm_source=google&utm_medium=cpc&utm_campaign=heart_check",
                        "?city=pune",
                        "?ref=whatsapp",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Book Doctor Appointment | CareFirst",
                        "Lab Tests at Home | CareFirst",
                        "Checkout | CareFirst",
                        "Cari Dokter | CareFirst",
                    ]
                )
            ),
            "url": G(lambda f: "https://www.carefirst.health" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "hi-IN", "id-ID", "en-US", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "Asia/Makassar", "Asia/Dubai"])),
        "campaign": {
            "name": G(lambda f: f.pick(["heart_check", "monsoon_fever", "diabetes_month", "mcu_promo"])),
            "source": G(lambda f: f.pick(["google", "facebook", "whatsapp", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "cardiologist near me",
                        "full body checkup price",
                        "dokter anak jakarta",
                        "thyroid test at home",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["banner_a", "carousel_2", "text_ad"])),
        },
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "CareFirst"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["6401", "6423", "6500"])),
            "namespace": G(lambda f: "health.carefirst.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
                ),
                "advertising id",
            ),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 375])),
            "height": G(lambda f: f.pick([844, 852, 667])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "id-ID", "hi-IN"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "Asia/Makassar"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "CareFirst"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["640012", "641003", "650001"])),
            "namespace": G(lambda f: "health.carefirst.patient"),
        },
        "device": {
            "id": G(lambda f: f.sha256()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "realme"])),
            "model": G(lambda f: f.pick(["SM-A146B", "Redmi Note 12", "CPH2591", "V2250", "RMX3710"])),
            "name": G(lambda f: f.pick(["a14x", "tapas", "OP5961L1", "PD2250"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: f.pick([1080, 720])),
            "height": G(lambda f: f.pick([2400, 1600, 2340])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["Jio", "Airtel", "Vi India", "Telkomsel", "XL Axiata", "Indosat Ooredoo"])
            ),
        },
        "locale": G(lambda f: f.pick(["en-IN", "id-ID", "hi-IN", "ta-IN"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A146B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; RMX3710 Build/SP1A.210812.016)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        },
        "traits": ctx_traits(),
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "CareFirst"),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "6.3.9"])),
            "build": G(lambda f: f.pick(["640", "650", "639"])),
            "namespace": G(lambda f: "health.carefirst.patient"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-M146B", "2201117TI"])),
            "name": G(lambda f: f.pick(["iPhone", "m14x", "spes"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-IN", "id-ID", "bn-IN"])),
        "timezone": G(lambda f: f.pick(["Asia/Kolkata", "Asia/Jakarta", "Asia/Jayapura"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(),
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "CareFirst ID"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(lambda f: "id.carefirst.pasien"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A055F", "CPH2477", "23021RAA2Y", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["a05", "OP5759L1", "heat", "iPhone"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.3"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1080, 390])),
            "height": G(lambda f: f.pick([1600, 2400, 844])),
            "density": G(lambda f: f.pick([2.0, 3.0, 2.75])),
        },
        "locale": G(lambda f: f.pick(["id-ID", "en-ID", "jv-ID"])),
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])),
        "traits": ctx_traits(),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.3"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_ctx(lib):
    def make(f):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "python", "ruby"):
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "php":
            ctx["library"]["consumer"] = G(lambda f: f.pick(["LibCurl", "ForkCurl"]))
        if lib == "dotnet":
            ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]
APPS = ["swift", "kotlin", "rn", "flutter"]

# -- shared sub-templates ---------------------------------------------------------------------------


def lab_product():
    return {
        "product_id": G(lambda f: "pkg_" + f.digits(5)),
        "sku": G(lambda f: f"LP-{f.r.randint(100, 999)}-{f.pick(['BLR', 'MUM', 'JKT', 'ALL'])}"),
        "name": G(lambda f: f.pick(PACKAGES)),
        "category": G(lambda f: f.pick(["Health Packages", "Lab Tests", "Medical Check Up"])),
        "brand": G(lambda f: f.pick(["CareFirst Diagnostics", "CareFirst Labs"])),
        "price": G(lambda f: f.pick([799, 1499, 2499, 3999, 450000, 1250000])),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def note_free(f):
    return f.pick(
        [
            "Please call before coming",
            "Will reach 10 min late",
            "Coming with my mother",
            "Need a receipt for reimbursement",
            "Morning slot preferred",
            "Mohon konfirmasi jadwal",
            "First visit",
        ]
    )


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- identity -------------------------------------------------------------------------------
    (
        "identify",
        None,
        [*MOBILE, "web"],
        {
            "email": Y(lambda f: f.mail(), "email"),
            "name": Y(lambda f: f.name(), "name"),
            "firstName": Y(lambda f: f.first_name(), "name"),
            "lastName": Y(lambda f: f.last_name(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "gender": Y(lambda f: f.pick(["male", "female", "other"]), "gender"),
            "birthday": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "age": G(lambda f: f.r.randint(18, 84)),
            "bloodGroup": Y(lambda f: f.pick(BLOOD_GROUPS), "condition"),
            "address": {
                "street": Y(lambda f: f.in_address(), "address|street"),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "state": G(lambda f: f.pick(IN_STATES)),
                "postalCode": Y(lambda f: f.pin(), "zipcode"),
                "country": G(lambda f: "IN"),
            },
            "avatar": Y(lambda f: f"https://cdn.carefirst.health/avatars/{f.hexid(20)}.jpg", "photo"),
            "uhid": RED(lambda f: f.uhid(), "health id"),
            "abhaNumber": RED(lambda f: f.abha(), "health id"),
            "abhaAddress": RED(lambda f: f.abha_address(), "health id"),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, True, False])),
            "abhaLinked": G(lambda f: f.pick([True, False])),
            "familyMembersCount": G(lambda f: f.r.randint(0, 6)),
            "hasInsurance": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["free", "care_plus", "care_plus_family", "corporate"])),
            "preferredLanguage": G(lambda f: f.pick(LANGS)),
            "referralCode": G(lambda f: "CF" + f.letters(4) + f.digits(2)),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["node", "flutter"],
        {
            "nama_lengkap": Y(lambda f: f.pick(ID_NAMES + ID_SINGLE), "name"),
            "nomor_hp": Y(lambda f: f.mobile("ID"), "phone"),
            "email": Y(lambda f: f.mail(f.pick(ID_NAMES)), "email"),
            "tanggal_lahir": Y(lambda f: f.dob_id(), "birthdate"),
            "jenis_kelamin": Y(lambda f: f.pick(["L", "P", "Laki-laki", "Perempuan"]), "gender"),
            "alamat": Y(lambda f: f.id_address(), "address"),
            "kelurahan": Y(
                lambda f: f.pick(
                    ["Kemang", "Menteng", "Gubeng", "Sukajadi", "Kuta", "Tegalsari", "Cilandak Barat"]
                ),
                "address|city",
            ),
            "kota": Y(lambda f: f.pick(ID_CITIES), "city"),
            "provinsi": G(lambda f: f.pick(ID_PROVINCES)),
            "kode_pos": Y(lambda f: f.kodepos(), "zipcode"),
            "nik": RED(lambda f: f.nik(), "national id"),
            "no_bpjs": RED(lambda f: f.bpjs(), "health id"),
            "no_rekam_medis": RED(lambda f: f.rm(), "health id"),
            "agama": Y(
                lambda f: f.pick(["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"]), "religion"
            ),
            "golongan_darah": Y(lambda f: f.pick(["A", "B", "AB", "O"]), "condition"),
            "status_perkawinan": G(lambda f: f.pick(["Kawin", "Belum Kawin", "Cerai Hidup"])),
            "pekerjaan": G(lambda f: f.pick(JOBS)),
            "nama_ibu_kandung": Y(lambda f: f.pick(ID_NAMES + ID_SINGLE), "name"),
            "bahasa": G(lambda f: f.pick(["id", "en", "jv"])),
            "terdaftar_pada": G(lambda f: f.iso()),
            "punya_bpjs": G(lambda f: f.pick([True, False])),
            "jumlah_kunjungan": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "PATIENT_UHID": RED(lambda f: f.uhid(), "health id"),
            "FULL_NAME": Y(lambda f: f.name().upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail().upper(), "email"),
            "PHONE_E164": Y(lambda f: f.e164(), "phone"),
            "DOB": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "HOME_CITY": Y(lambda f: f.city_any(), "city"),
            "PINCODE": Y(lambda f: f.postcode(), "zipcode"),
            "CHRONIC_CONDITIONS": Many(Y(lambda f: f.pick(CONDITIONS[:-1]), "condition"), 3),
            "LAST_VISIT_DATE": G(lambda f: f.date(2023, 2024)),
            "TOTAL_VISITS": G(lambda f: f.r.randint(1, 60)),
            "LIFETIME_SPEND_INR": G(lambda f: f.money(500, 400000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "PREFERRED_BRANCH": G(lambda f: f.pick(HOSPITALS)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"])),
            "SEGMENT_TIER": G(lambda f: f.pick(["gold", "silver", "bronze"])),
        },
    ),
    (
        "track",
        "Registration Form Submitted",
        ["web"],
        {
            "naam": Y(lambda f: f.pick(IN_FIRST_M + IN_FIRST_F) + " " + f.pick(IN_LAST), "name"),
            "pita_ka_naam": Y(lambda f: f.pick(IN_FIRST_M) + " " + f.pick(IN_LAST), "name"),
            "mobile_no": Y(lambda f: f.mobile("IN"), "phone"),
            "janm_tithi": Y(lambda f: f.dob_in(), "birthdate"),
            "ling": Y(lambda f: f.pick(["purush", "mahila", "anya"]), "gender"),
            "umar": G(lambda f: f.r.randint(1, 90)),
            "pata": Y(lambda f: f.in_address(), "address"),
            "shahar": Y(lambda f: f.pick(IN_CITIES), "city"),
            "pin_code": Y(lambda f: f.pin(), "zipcode"),
            "rajya": G(lambda f: f.pick(IN_STATES)),
            "aadhaar_sankhya": RED(lambda f: f.aadhaar(), "national id"),
            "bhasha": G(lambda f: f.pick(["hi", "en", "mr", "bn"])),
            "beema_hai": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Field Submitted",
        ["web", "rn"],
        {
            "input": Y(lambda f: f.pick([f.mobile(), f.mail()]), "phone|email", True),
            "input_type": G(lambda f: f.pick(["phone", "email"])),
            "remember_device": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "OTP Requested",
        [*MOBILE, "web"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "phone_country_code": G(lambda f: f.pick(["+91", "+62", "+880", "+971"])),
            "mobile_number_length": G(lambda f: f.pick([10, 11, 12])),
            "is_resend": G(lambda f: f.pick([True, False])),
            "otp_length": G(lambda f: f.pick([4, 6])),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["node"],
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "verification_id": G(lambda f: "VE" + f.hexid(30)),
            "verified": G(lambda f: f.pick([True, True, False])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "time_to_verify_ms": G(lambda f: f.r.randint(4000, 90000)),
            "provider": G(lambda f: f.pick(["msg91", "twilio_verify", "zenziva"])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["ruby"],
        {
            "link_token": RED(lambda f: f.letters(6).lower() + f.hexid(34), "token"),
            "email_domain": G(lambda f: f.pick(MAIL_DOMAINS)),
            "expires_in_sec": G(lambda f: f.pick([600, 900, 1800])),
            "sender": G(lambda f: "no-reply@carefirst.health"),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.carefirst.health>"),
        },
    ),
    (
        "alias",
        None,
        MOBILE,
        {},
    ),
    # -- doctor search and booking ---------------------------------------------------------------
    (
        "track",
        "Doctor Searched",
        ["web", *APPS],
        {
            "speciality": G(lambda f: f.pick(SPECIALITIES)),
            "city": G(lambda f: f.city_any()),
            "locality": G(lambda f: f.pick([*LOCALITIES, "Kemang", "Menteng"])),
            "consultation_type": G(lambda f: f.pick(["in_clinic", "video", "audio"])),
            "filters": {
                "gender": G(lambda f: f.pick(["any", "female", "male"])),
                "language": G(lambda f: f.pick(LANGS)),
                "experience_min": G(lambda f: f.pick([0, 5, 10, 15])),
                "fee_max": G(lambda f: f.pick([500, 1000, 1500, 300000])),
            },
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "search_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Doctor Name Searched",
        ["web", *MOBILE],
        {
            "q": Y(
                lambda f: f.pick(
                    [
                        f.doctor(),
                        f.doctor().replace("Dr. ", "").lower(),
                        "dr " + f.pick(IN_LAST).lower() + " " + f.pick(IN_FIRST_M).lower(),
                    ]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "source_screen": G(lambda f: f.pick(["home", "search", "speciality_list"])),
        },
    ),
    (
        "track",
        "Doctor Profile Viewed",
        ["web", *APPS],
        {
            "doctor_id": G(lambda f: "doc_" + f.digits(6)),
            "doctor_name": Y(lambda f: f.doctor(), "name"),
            "speciality": G(lambda f: f.pick(SPECIALITIES)),
            "qualification": G(
                lambda f: f.pick(
                    [
                        "MBBS, MD (General Medicine)",
                        "MBBS, DNB (Cardiology)",
                        "MBBS, MS (Ortho)",
                        "dr., Sp.A",
                        "BDS, MDS",
                    ]
                )
            ),
            "experience_years": G(lambda f: f.r.randint(3, 38)),
            "consultation_fee": G(lambda f: f.pick([500, 800, 1200, 150000, 250000])),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "clinic_name": G(lambda f: f.pick(CLINICS)),
            "registration_number": Y(lambda f: f.reg_no(), "license"),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5.0), 1)),
            "languages": Many(G(lambda f: f.pick(LANGS)), 3),
            "next_available_slot": G(lambda f: f.slot()),
        },
    ),
    (
        "track",
        "Appointment Booked",
        APPS,
        {
            "appointment_id": G(lambda f: "APT" + f.digits(9)),
            "doctor_id": G(lambda f: "doc_" + f.digits(6)),
            "doctor_name": Y(lambda f: f.doctor(), "name"),
            "speciality": G(lambda f: f.pick(SPECIALITIES)),
            "hospital_id": G(lambda f: f.r.randint(100, 180)),
            "branch": {
                "name": G(lambda f: f.pick(HOSPITALS)),
                "city": G(lambda f: f.city_any()),
                "phone": G(
                    lambda f: f.pick(
                        ["1860 500 1066", "+91 80 4020 4020", "(021) 2977 1234", "+62 31 5099 777"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "154/11, Bannerghatta Road, Bengaluru 560076",
                            "Jl. Kemang Raya No. 78, Jakarta Selatan",
                            "Plot 13, Link Road, Andheri West, Mumbai 400053",
                        ]
                    )
                ),
            },
            "slot_start": G(lambda f: f.slot()),
            "consultation_type": G(lambda f: f.pick(["in_clinic", "video", "audio"])),
            "fee": G(lambda f: f.pick([500, 800, 1200, 150000])),
            "currency": G(lambda f: f.pick(["INR", "IDR"])),
            "patient": {
                "relation": G(lambda f: f.pick(RELATIONS)),
                "name": Y(lambda f: f.name(), "name"),
                "age": G(lambda f: f.r.randint(0, 90)),
                "gender": Y(lambda f: f.pick(["M", "F", "male", "female"]), "gender"),
                "uhid": RED(lambda f: f.uhid(), "health id"),
                "is_new_patient": G(lambda f: f.pick([True, False])),
                "mobile": Y(lambda f: f.mobile(), "phone"),
            },
            "reason_for_visit": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "note": G(note_free),
            "booking_channel": G(lambda f: f.pick(["app", "app_search", "push", "whatsapp_bot"])),
            "coupon_code": G(lambda f: f.pick(["FIRSTVISIT", "", "CARE100", "SEHAT50"])),
            "payment_mode": G(lambda f: f.pick(["pay_at_clinic", "upi", "card", "gopay", "insurance"])),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ["web", *APPS],
        {
            "appointment_id": G(lambda f: "APT" + f.digits(9)),
            "cancel_reason": G(
                lambda f: f.pick(
                    ["schedule_conflict", "feeling_better", "doctor_unavailable", "booked_by_mistake"]
                )
            ),
            "cancelled_by": G(lambda f: f.pick(["patient", "hospital", "system"])),
            "hours_before_slot": G(lambda f: f.r.randint(0, 96)),
            "refund_amount": G(lambda f: f.pick([0, 500, 800, 150000])),
        },
    ),
    (
        "track",
        "Janji Temu Dibuat",
        ["flutter"],
        {
            "id_janji": G(lambda f: "JT-" + f.digits(8)),
            "nama_pasien": Y(lambda f: f.pick(ID_NAMES + ID_SINGLE), "name"),
            "no_rekam_medis": RED(lambda f: f.rm(), "health id"),
            "nama_dokter": Y(
                lambda f: "dr. " + f.pick(ID_NAMES) + f.pick(["", ", Sp.PD", ", Sp.OG", ", Sp.JP"]), "name"
            ),
            "poli": G(
                lambda f: f.pick(
                    [
                        "Poli Umum",
                        "Poli Anak",
                        "Poli Kandungan",
                        "Poli Penyakit Dalam",
                        "Poli Gigi",
                        "Poli Jantung",
                    ]
                )
            ),
            "tanggal_kunjungan": G(lambda f: f.date(2024, 2024)),
            "jam": G(lambda f: f.pick(["08:00", "09:30", "13:00", "16:30"])),
            "penjamin": G(lambda f: f.pick(["BPJS", "Umum", "Asuransi"])),
            "no_bpjs": RED(lambda f: f.bpjs(), "health id"),
            "keluhan": Y(
                lambda f: f.pick(
                    [
                        "demam tinggi 3 hari",
                        "batuk berdahak",
                        "nyeri ulu hati",
                        "sakit gigi geraham",
                        "kontrol gula darah",
                        "sesak napas saat malam",
                    ]
                ),
                "condition",
            ),
            "nomor_antrian": G(lambda f: f"{f.pick(['A', 'B', 'C'])}-{f.r.randint(1, 80):03d}"),
            "biaya": G(lambda f: f.pick([0, 150000, 250000, 350000])),
            "rumah_sakit": G(lambda f: f.pick(HOSPITALS[3:5] + HOSPITALS[7:])),
            "status": G(lambda f: f.pick(["terkonfirmasi", "menunggu_pembayaran"])),
        },
    ),
    # -- teleconsultation and prescriptions -------------------------------------------------------
    (
        "track",
        "Teleconsultation Started",
        ["rn", "flutter"],
        {
            "consultation_id": G(lambda f: "tc_" + f.hexid(16)),
            "room_id": G(lambda f: f.uuid()),
            "video_provider": G(lambda f: f.pick(["agora", "twilio_video", "100ms"])),
            "doctor_id": G(lambda f: "doc_" + f.digits(6)),
            "doctor_name": Y(lambda f: f.doctor(), "name"),
            "wait_time_sec": G(lambda f: f.r.randint(0, 1800)),
            "network_type": G(lambda f: f.pick(["4g", "wifi", "5g", "3g"])),
            "camera_on": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Teleconsultation Ended",
        ["node"],
        {
            "consultation_id": G(lambda f: "tc_" + f.hexid(16)),
            "duration_sec": G(lambda f: f.r.randint(60, 2400)),
            "ended_by": G(lambda f: f.pick(["doctor", "patient", "network"])),
            "call_quality_rating": G(lambda f: f.r.randint(1, 5)),
            "chief_complaint": Y(lambda f: f.pick(SYMPTOMS), "condition"),
            "provisional_diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "icd10_codes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 2),
            "doctor_notes": Y(
                lambda f: f.pick(
                    [
                        f"Pt c/o {f.pick(SYMPTOMS)}. Advised {f.pick(TESTS)}.",
                        f"Known case of {f.pick(DIAGNOSES)}, on {f.pick(MEDICINES)}. Review after 2 weeks.",
                        f"Imp: {f.pick(DIAGNOSES)}. Start {f.pick(MEDICINES)}.",
                        f"Follow-up for {f.pick(DIAGNOSES).lower()}; BP and sugars to be monitored.",
                    ]
                ),
                "diagnosis|condition",
                True,
            ),
            "follow_up_in_days": G(lambda f: f.pick([3, 7, 14, 30])),
            "prescription_issued": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Prescription Issued",
        ["java"],
        {
            "prescription_id": G(lambda f: "RX-" + f.uuid()[:8].upper()),
            "rx_number": Y(lambda f: f"CF/RX/{f.r.randint(2023, 2024)}/{f.digits(7)}", "medication"),
            "doctor_name": Y(lambda f: f.doctor(), "name"),
            "doctor_registration_no": Y(lambda f: f.reg_no(), "license"),
            "patient_uhid": RED(lambda f: f.uhid(), "health id"),
            "medicines": Many(
                {
                    "name": Y(lambda f: f.pick(MEDICINES), "medication"),
                    "frequency": G(lambda f: f.pick(["1-0-1", "1-0-0", "0-0-1", "SOS", "1-1-1"])),
                    "duration_days": G(lambda f: f.pick([3, 5, 7, 30, 90])),
                    "before_food": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "valid_till": G(lambda f: f.date(2024, 2025)),
            "signature_sha256": G(lambda f: f.sha256()),
            "pdf_url": G(lambda f: f"https://api.carefirst.health/v1/prescriptions/{f.hexid(12)}/pdf"),
        },
    ),
    (
        "track",
        "Medicine Order Placed",
        ["kotlin", "rn"],
        {
            "order_id": G(lambda f: "MO" + f.digits(10)),
            "prescription_id": G(lambda f: "RX-" + f.uuid()[:8].upper()),
            "rx_number": Y(lambda f: f"CF/RX/{f.r.randint(2023, 2024)}/{f.digits(7)}", "medication"),
            "items": Many(
                {
                    "sku": G(lambda f: f"MED-{f.r.randint(10000, 99999)}"),
                    "name": Y(lambda f: f.pick(MEDICINES), "medication"),
                    "quantity": G(lambda f: f.r.randint(1, 6)),
                    "price": G(lambda f: f.money(20, 1800)),
                    "requires_prescription": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "subtotal": G(lambda f: f.money(100, 6000)),
            "delivery_fee": G(lambda f: f.pick([0, 29, 49])),
            "total": G(lambda f: f.money(100, 6000)),
            "currency": G(lambda f: "INR"),
            "delivery_address": {
                "line1": Y(lambda f: f.in_address(), "address|street"),
                "line2": Y(lambda f: f.pick(LOCALITIES), "address|street"),
                "landmark": Y(lambda f: f.pick(LANDMARKS), "address"),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "pincode": Y(lambda f: f.pin(), "zipcode"),
                "state": G(lambda f: f.pick(IN_STATES)),
                "lat": Y(lambda f: round(f.r.uniform(8.5, 28.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(72.8, 88.4), 6), "geolocation"),
                "address_type": G(lambda f: f.pick(["home", "work", "other"])),
            },
            "recipient_name": Y(lambda f: f.name(), "name"),
            "recipient_phone": Y(lambda f: f.mobile("IN"), "phone"),
            "pharmacy_store": {
                "id": G(lambda f: "ST" + f.digits(4)),
                "name": G(
                    lambda f: f.pick(
                        ["CareFirst Pharmacy HSR", "CareFirst Pharmacy Powai", "CareFirst Pharmacy Kothrud"]
                    )
                ),
                "phone": G(lambda f: f.pick(["080 4718 2200", "+91 22 6123 4500", "020 2545 6677"])),
            },
            "payment_method": G(lambda f: f.pick(["upi", "cod", "card", "netbanking"])),
        },
    ),
    # -- lab tests: e-commerce spec ---------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "rn", "kotlin"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "full body checkup",
                        "vitamin d test",
                        "cbc",
                        "thyroid package",
                        "medical check up",
                        "home sample collection",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["Lab Tests", "Health Packages"])),
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn", "kotlin"],
        {
            **lab_product(),
            "mrp": G(lambda f: f.pick([1200, 2500, 4999, 600000])),
            "discount_pct": G(lambda f: f.pick([10, 25, 40, 50])),
            "tests_included": G(lambda f: f.r.randint(1, 92)),
            "fasting_required": G(lambda f: f.pick([True, False])),
            "url": G(
                lambda f: (
                    "https://www.carefirst.health/health-packages/"
                    + f.pick(["full-body", "senior", "cardiac", "vitamin"])
                )
            ),
            "currency": G(lambda f: f.pick(["INR", "IDR"])),
            "position": G(lambda f: f.r.randint(1, 20)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn", "kotlin"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in lab_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
            "for_member_relation": G(lambda f: f.pick(RELATIONS)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "rn"],
        {
            "order_id": G(lambda f: "LO" + f.digits(10)),
            "revenue": G(lambda f: f.money(500, 9000)),
            "discount": G(lambda f: f.pick([0, 100, 250, 500])),
            "coupon": G(lambda f: f.pick(["", "HEALTH25", "MCU10", "FAMILY3"])),
            "currency": G(lambda f: f.pick(["INR", "IDR"])),
            "products": Many(lab_product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: "LO" + f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(500, 9000)),
            "subtotal": G(lambda f: f.money(500, 9000)),
            "tax": G(lambda f: f.money(0, 900)),
            "discount": G(lambda f: f.pick([0, 100, 250, 500])),
            "coupon": G(lambda f: f.pick(["", "HEALTH25", "MCU10", "FAMILY3"])),
            "currency": G(lambda f: f.pick(["INR", "IDR"])),
            "products": Many(lab_product(), 3),
            "billing_address": {
                "name": Y(lambda f: f.name(), "name"),
                "line1": Y(lambda f: f.address(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "state": G(lambda f: f.pick(IN_STATES + ID_PROVINCES)),
                "pincode": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.pick(["IN", "ID"])),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "customer_email": Y(lambda f: f.mail(), "email"),
            "invoice_number": G(lambda f: f"CFD/24-25/{f.digits(6)}"),
            "payment_method": G(lambda f: f.pick(["upi", "card", "netbanking", "qris", "va_bca"])),
        },
    ),
    (
        "track",
        "Lab Test Booked",
        ["python"],
        {
            "booking_id": G(lambda f: "LB-" + f.digits(9)),
            "order_id": G(lambda f: "LO" + f.digits(10)),
            "tests": Many(
                {
                    "code": G(lambda f: f"LT-{f.r.randint(1, 999):05d}"),
                    "name": Y(lambda f: f.pick(TESTS), "procedure"),
                },
                4,
            ),
            "patient": {
                "name": Y(lambda f: f.name(), "name"),
                "age": G(lambda f: f.r.randint(1, 90)),
                "sex": Y(lambda f: f.pick(["M", "F"]), "sex"),
                "relation": G(lambda f: f.pick(RELATIONS)),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "email": Y(lambda f: f.mail(), "email"),
            },
            "is_pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "collection_type": G(lambda f: f.pick(["home", "lab_visit"])),
            "collection_slot": G(lambda f: f.slot()),
            "collection_address": {
                "address": Y(lambda f: f.address(), "address"),
                "pincode": Y(lambda f: f.postcode(), "zipcode"),
                "latitude": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
            },
            "lab_partner": G(
                lambda f: f.pick(["CareFirst Diagnostics", "Prodia", "Metropolis", "Thyrocare"])
            ),
            "fasting_hours": G(lambda f: f.pick([0, 8, 10, 12])),
            "phlebotomist": {
                "id": G(lambda f: "PHL" + f.digits(4)),
                "name": Y(lambda f: f.name(), "name"),
                "masked_phone": G(
                    lambda f: f.pick(
                        ["+91 80 6972 1100", "+91 80 6972 1101", "+91 22 4897 3300", "+62 21 5091 8800"]
                    )
                ),
            },
            "amount": G(lambda f: f.money(300, 9000)),
        },
    ),
    (
        "track",
        "Sample Collected",
        ["go"],
        {
            "booking_id": G(lambda f: "LB-" + f.digits(9)),
            "barcode": G(lambda f: f"{f.pick(['BLR', 'MUM', 'JKT'])}{f.digits(9)}"),
            "collected_at": G(lambda f: f.epoch_ms()),
            "phlebotomist_id": G(lambda f: "PHL" + f.digits(4)),
            "phlebotomist_name": Y(lambda f: f.name(), "name"),
            "collection_lat": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
            "collection_lng": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
            "tubes_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Lab Report Ready",
        ["ruby"],
        {
            "report_id": G(lambda f: "RPT" + f.digits(10)),
            "booking_id": G(lambda f: "LB-" + f.digits(9)),
            "patient_uhid": RED(lambda f: f.uhid(), "health id"),
            "patient_name": Y(lambda f: f.name(), "name"),
            "tests": Many(
                {
                    "code": G(lambda f: f"LT-{f.r.randint(1, 999):05d}"),
                    "name": Y(lambda f: f.pick(TESTS), "procedure"),
                },
                4,
            ),
            "abnormal_count": G(lambda f: f.r.randint(0, 6)),
            "report_url": G(lambda f: f"https://reports.carefirst.health/r/{f.hexid(16)}"),
            "pathologist_name": Y(lambda f: f.doctor(), "name"),
            "lab_name": G(
                lambda f: f.pick(
                    ["CareFirst Diagnostics Whitefield", "CareFirst Lab Kemang", "CareFirst Central Lab Pune"]
                )
            ),
            "delivered_via": Many(G(lambda f: f.pick(["whatsapp", "email", "sms", "app"])), 3),
            "notify_email": Y(lambda f: f.mail(), "email"),
            "notify_phone": Y(lambda f: f.mobile(), "phone"),
        },
    ),
    (
        "track",
        "Report Shared",
        ["rn", "swift"],
        {
            "report_id": G(lambda f: "RPT" + f.digits(10)),
            "share_channel": G(lambda f: f.pick(["whatsapp", "email", "link"])),
            "recipient": {
                "name": Y(lambda f: f.pick([f.doctor(), f.name()]), "name"),
                "relation": G(lambda f: f.pick(["doctor", "spouse", "son", "daughter", "self"])),
                "contact": Y(lambda f: f.pick([f.mobile(), f.mail()]), "phone|email"),
            },
            "note": G(
                lambda f: f.pick(
                    [
                        "FYI",
                        "Please check before Monday's visit",
                        "Latest reports",
                        "Mohon dicek dok",
                        "As discussed",
                    ]
                )
            ),
        },
    ),
    # -- insurance and claims (.NET TPA service, PascalCase) ---------------------------------------
    (
        "track",
        "Insurance Policy Added",
        ["dotnet"],
        {
            "PolicyHolderName": Y(lambda f: f.name(), "name"),
            "PolicyHolderEmail": Y(lambda f: f.mail(), "email"),
            "PolicyNumber": Y(lambda f: f.policy_no(), "identification"),
            "InsurerName": G(lambda f: f.pick(INSURERS)),
            "TpaName": G(lambda f: f.pick(TPAS)),
            "MemberId": Y(lambda f: f.member_id(), "identification"),
            "SumInsured": G(lambda f: f.pick([300000, 500000, 1000000, 2500000, 500000000])),
            "PolicyType": G(lambda f: f.pick(["Individual", "FamilyFloater", "GroupCorporate"])),
            "ValidFrom": G(lambda f: f.date(2023, 2024)),
            "ValidTo": G(lambda f: f.date(2024, 2025)),
            "CorporateName": G(lambda f: f.pick(EMPLOYERS)),
            "EmployeeId": G(lambda f: f"E{f.digits(6)}"),
            "IsFamilyFloater": G(lambda f: f.pick([True, False])),
            "CoveredMembers": Many(
                {
                    "Name": Y(lambda f: f.name(), "name"),
                    "Relation": G(lambda f: f.pick(RELATIONS)),
                    "DateOfBirth": Y(lambda f: f.date(1940, 2023), "birthdate"),
                    "MemberId": Y(lambda f: f.member_id(), "identification"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Cashless Claim Initiated",
        ["dotnet"],
        {
            "ClaimId": G(lambda f: f"CLM{f.digits(10)}"),
            "PreAuthNumber": G(lambda f: f"PA/{f.r.randint(2023, 2024)}/{f.digits(6)}"),
            "PolicyNumber": Y(lambda f: f.policy_no(), "identification"),
            "PatientName": Y(lambda f: f.name(), "name"),
            "PatientMobile": Y(lambda f: f.mobile(), "phone"),
            "EmployeeEmail": Y(lambda f: f.mail(), "email"),
            "Uhid": RED(lambda f: f.uhid(), "health id"),
            "AdmissionDate": G(lambda f: f.date(2024, 2024)),
            "AttendantName": Y(lambda f: f.name(), "name"),
            "ExpectedDischargeDate": G(lambda f: f.date(2024, 2024)),
            "Diagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "IcdCode": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "PlannedProcedure": Y(lambda f: f.pick(PROCEDURES), "procedure"),
            "IsMaternity": Y(lambda f: f.pick([True, False, False]), "condition"),
            "EstimatedCost": G(lambda f: f.pick([85000, 145000, 320000, 45000000])),
            "RoomCategory": G(lambda f: f.pick(["General Ward", "Twin Sharing", "Single Private", "VIP"])),
            "TreatingDoctor": Y(lambda f: f.doctor(), "name"),
            "HospitalRohiniId": G(lambda f: f"8900080{f.digits(6)}"),
            "TpaName": G(lambda f: f.pick(TPAS)),
            "TpaDeskEmail": G(
                lambda f: f.pick(
                    ["cashless@mediassist.example", "preauth@paramounttpa.example", "claims@admedika.example"]
                )
            ),
            "Status": G(lambda f: f.pick(["Submitted", "QueryRaised", "Approved"])),
        },
    ),
    (
        "track",
        "Claim Status Updated",
        ["dotnet"],
        {
            "ClaimId": G(lambda f: f"CLM{f.digits(10)}"),
            "Status": G(lambda f: f.pick(["Submitted", "QueryRaised", "Approved", "Settled", "Rejected"])),
            "ApprovedAmount": G(lambda f: f.pick([0, 65000, 120000, 290000])),
            "DeductionAmount": G(lambda f: f.pick([0, 4500, 12000])),
            "DeductionReasons": Many(
                G(lambda f: f.pick(["non_payable_items", "room_rent_capping", "co_payment"])), 2
            ),
            "QueryText": G(
                lambda f: f.pick(
                    [
                        "Please submit discharge summary",
                        "Provide previous consultation papers",
                        "Submit final bill with breakup",
                        "Need indoor case papers",
                    ]
                )
            ),
            "UpdatedBy": G(lambda f: f.pick(["TPA", "System", "InsuranceDesk"])),
            "SettlementUtr": G(lambda f: f"UTIBR5{f.digits(16)}"),
        },
    ),
    # -- bills and payments ------------------------------------------------------------------------
    (
        "track",
        "Bill Generated",
        ["java"],
        {
            "bill_number": G(lambda f: f"IPB/{f.pick(['BLR', 'MUM', 'PUN'])}/{f.digits(7)}"),
            "uhid": RED(lambda f: f.uhid(), "health id"),
            "patient_name": Y(lambda f: f.name(), "name"),
            "bill_date": G(lambda f: f.date(2024, 2024)),
            "line_items": Many(
                {
                    "code": G(lambda f: f"SVC{f.r.randint(100, 999)}"),
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Room Rent - Twin Sharing",
                                "Pharmacy",
                                "Consumables",
                                "Lab Charges",
                                "OT Charges",
                                "Consultation Charges",
                            ]
                        )
                    ),
                    "amount": G(lambda f: f.money(200, 90000)),
                    "gst_rate": G(lambda f: f.pick([0, 5, 12, 18])),
                },
                5,
            ),
            "gross_amount": G(lambda f: f.money(5000, 400000)),
            "insurance_payable": G(lambda f: f.money(0, 300000)),
            "patient_payable": G(lambda f: f.money(0, 100000)),
            "hospital_gstin": G(lambda f: f.gstin()),
            "patient_pan": RED(lambda f: f.pan(), "national id"),
            "payer_type": G(lambda f: f.pick(["self", "insurance", "corporate"])),
            "currency": G(lambda f: "INR"),
        },
    ),
    (
        "track",
        "Payment Completed",
        ["web", "kotlin", "swift"],
        {
            "order_id": G(lambda f: f.pick(["LO", "MO"]) + f.digits(10)),
            "razorpay_payment_id": G(lambda f: "pay_" + f.letters(4) + f.hexid(10)),
            "razorpay_order_id": G(lambda f: "order_" + f.letters(4) + f.hexid(10)),
            "razorpay_signature": G(lambda f: f.sha256()),
            "method": G(lambda f: f.pick(["card", "upi", "netbanking", "wallet"])),
            "card": {
                "network": G(lambda f: f.pick(["Visa", "MasterCard", "RuPay", "American Express"])),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "issuer": G(lambda f: f.pick(["HDFC", "ICIC", "SBIN", "UTIB"])),
                "type": G(lambda f: f.pick(["credit", "debit"])),
                "international": G(lambda f: f.pick([False, False, True])),
            },
            "vpa": RED(lambda f: f.vpa(), "bank account"),
            "bank": G(lambda f: f.pick(["HDFC", "SBIN", "ICIC", "KKBK"])),
            "amount": G(lambda f: f.r.randint(29900, 900000)),
            "currency": G(lambda f: "INR"),
            "email": Y(lambda f: f.mail(), "email"),
            "contact": Y(lambda f: "+91" + f.in_mobile(), "phone"),
            "fee": G(lambda f: f.r.randint(0, 2000)),
        },
    ),
    (
        "track",
        "Razorpay Webhook Received",
        ["node"],
        {
            "event_type": G(lambda f: f.pick(["payment.captured", "payment.failed", "refund.processed"])),
            "account_id": G(lambda f: "acc_" + f.letters(4) + f.hexid(10)),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(lambda f: "pay_" + f.letters(4) + f.hexid(10)),
                        "amount": G(lambda f: f.r.randint(29900, 900000)),
                        "currency": G(lambda f: "INR"),
                        "status": G(lambda f: f.pick(["captured", "failed", "refunded"])),
                        "order_id": G(lambda f: "order_" + f.letters(4) + f.hexid(10)),
                        "method": G(lambda f: f.pick(["card", "upi", "netbanking"])),
                        "vpa": RED(lambda f: f.vpa(), "bank account"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "contact": Y(lambda f: "+91" + f.in_mobile(), "phone"),
                        "card_id": RED(lambda f: "card_" + f.letters(4) + f.hexid(10), "token"),
                        "notes": {
                            "patient_uhid": RED(lambda f: f.uhid(), "health id"),
                            "booking_id": G(lambda f: "LB-" + f.digits(9)),
                        },
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                            "auth_code": G(lambda f: f"{f.r.randint(0, 999999):06d}"),
                        },
                        "error_code": G(lambda f: f.pick(["", "BAD_REQUEST_ERROR", "GATEWAY_ERROR"])),
                        "created_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                    }
                }
            },
        },
    ),
    (
        "track",
        "Card Saved",
        ["web"],
        {
            "card_token": RED(lambda f: "token_" + f.letters(4) + f.hexid(10), "token"),
            "card_number": RED(lambda f: f.card16(), "credit card"),
            "name_on_card": Y(lambda f: f.name().upper(), "name"),
            "expiry_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
            "expiry_year": G(lambda f: str(f.r.randint(2025, 2032))),
            "card_network": G(lambda f: f.pick(["Visa", "MasterCard", "RuPay", "Amex"])),
            "bin": G(lambda f: f.pick(["652150", "411111", "524193", "608001", "376911"])),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Midtrans Notification Received",
        ["php"],
        {
            "transaction_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"CF-ID-{f.digits(8)}"),
            "gross_amount": G(lambda f: f.pick(["150000.00", "250000.00", "1250000.00", "87500.00"])),
            "currency": G(lambda f: "IDR"),
            "payment_type": G(
                lambda f: f.pick(["bank_transfer", "gopay", "qris", "credit_card", "shopeepay"])
            ),
            "transaction_status": G(lambda f: f.pick(["settlement", "pending", "expire", "capture"])),
            "fraud_status": G(lambda f: f.pick(["accept", "accept", "challenge"])),
            "status_code": G(lambda f: f.pick(["200", "201", "407"])),
            "transaction_time": G(lambda f: f.wallclock()),
            "signature_key": G(lambda f: f.hexid(128)),
            "va_numbers": Many(
                {
                    "bank": G(lambda f: f.pick(["bca", "bni", "bri", "permata"])),
                    "va_number": G(lambda f: f.digits(f.pick([11, 16, 18]))),
                },
                1,
            ),
            "masked_card": G(
                lambda f: f"{f.pick(['481111', '521111', '410505'])}-{f.r.randint(0, 9999):04d}"
            ),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["python"],
        {
            "refund_id": G(lambda f: "rfnd_" + f.hexid(14)),
            "booking_id": G(lambda f: "LB-" + f.digits(9)),
            "amount": G(lambda f: f.pick([500, 800, 1499, 2999])),
            "refund_mode": G(lambda f: f.pick(["bank_transfer", "upi", "source"])),
            "account_holder_name": Y(lambda f: f.name(), "name"),
            "registered_mobile": Y(lambda f: f.mobile("IN"), "phone"),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "ifsc": G(lambda f: f.ifsc()),
            "bank_name": G(
                lambda f: f.pick(
                    ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"]
                )
            ),
            "upi_id": RED(lambda f: f.vpa(), "bank account"),
            "reason": G(
                lambda f: f.pick(["appointment_cancelled", "sample_not_collected", "duplicate_payment"])
            ),
            "note": G(
                lambda f: f.pick(
                    [
                        "Refund within 5-7 working days",
                        "Approved by branch manager",
                        "Auto-approved",
                        "Escalated to finance",
                    ]
                )
            ),
        },
    ),
    # -- family, emergency contacts, consent --------------------------------------------------------
    (
        "track",
        "Family Member Added",
        ["swift", "kotlin", "flutter"],
        {
            "member_id": G(lambda f: "fm_" + f.digits(7)),
            "relation": G(lambda f: f.pick(RELATIONS[1:])),
            "full_name": Y(lambda f: f.name(), "name"),
            "date_of_birth": Y(lambda f: f.date(1935, 2024), "birthdate"),
            "age": G(lambda f: f.r.randint(0, 89)),
            "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "is_dependent": G(lambda f: f.pick([True, False])),
            "blood_group": Y(lambda f: f.pick(BLOOD_GROUPS), "condition"),
            "existing_conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition"), 3),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "wheelchair_required": RED(lambda f: f.pick([True, False, False]), "disability"),
            "is_smoker": Y(lambda f: f.pick([True, False]), "condition"),
            "photo_url": Y(lambda f: f"https://cdn.carefirst.health/family/{f.hexid(20)}.jpg", "photo"),
            "members_total": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Profile Switched",
        MOBILE,
        {
            "from_profile_id": G(lambda f: "fm_" + f.digits(7)),
            "to_profile_id": G(lambda f: "fm_" + f.digits(7)),
            "label": Y(lambda f: f.pick([f.name(), f.first_name(), f.name()]), "name", True),
            "relation": G(lambda f: f.pick(RELATIONS)),
            "profiles_count": G(lambda f: f.r.randint(2, 8)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        ["kotlin", "swift"],
        {
            "contact_id": G(lambda f: "ec_" + f.digits(6)),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "relationship": G(
                    lambda f: f.pick(
                        ["spouse", "father", "mother", "brother", "sister", "friend", "neighbour"]
                    )
                ),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "alternate_phone": Y(lambda f: f.mobile(), "phone"),
            },
            "is_primary": G(lambda f: f.pick([True, False])),
            "notify_on_admission": G(lambda f: f.pick([True, False])),
            "contacts_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Health Records Consent Granted",
        ["java"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "consent_artefact_id": G(lambda f: f.uuid()),
            "abha_address": RED(lambda f: f.abha_address(), "health id"),
            "hip_id": G(lambda f: f.pick(["IN2910000123", "IN2710000456", "CAREFIRST-HIP-01"])),
            "hiu_id": G(lambda f: f.pick(["CAREFIRST-HIU", "IN2910000999"])),
            "purpose_code": G(lambda f: f.pick(["CAREMGT", "SELF", "PATRQT"])),
            "hi_types": Many(
                G(
                    lambda f: f.pick(
                        ["Prescription", "DiagnosticReport", "OPConsultation", "DischargeSummary"]
                    )
                ),
                3,
            ),
            "expiry": G(lambda f: f.iso()),
            "granted": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Vaccination Booked",
        ["flutter", "kotlin"],
        {
            "booking_id": G(lambda f: "VX" + f.digits(8)),
            "beneficiary_name": Y(lambda f: f.name(), "name"),
            "beneficiary_dob": Y(lambda f: f.date(1950, 2024), "birthdate"),
            "relation": G(lambda f: f.pick(RELATIONS)),
            "vaccine_name": Y(
                lambda f: f.pick(
                    [
                        "HPV (Gardasil 9)",
                        "Hepatitis B",
                        "Influenza (Vaxigrip Tetra)",
                        "Typhoid Conjugate",
                        "Pneumococcal (PCV13)",
                        "Rotavirus",
                    ]
                ),
                "medication|procedure",
            ),
            "dose_number": G(lambda f: f.r.randint(1, 3)),
            "cowin_ref_id": RED(lambda f: f.digits(14), "health id"),
            "centre": G(lambda f: f.pick(HOSPITALS)),
            "slot": G(lambda f: f.slot()),
            "price": G(lambda f: f.pick([0, 450, 1800, 4100, 250000])),
        },
    ),
    # -- KYC and international patients ------------------------------------------------------------
    (
        "track",
        "KYC Document Uploaded",
        ["java"],
        {
            "document_type": G(lambda f: f.pick(["pan", "aadhaar", "ktp", "passport"])),
            "pan_number": RED(lambda f: f.pan(), "national id"),
            "aadhaar_last4": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "national id"),
            "name_as_per_pan": Y(lambda f: f.name().upper(), "name"),
            "dob_as_per_pan": Y(lambda f: f.dob_in(), "birthdate"),
            "address_as_per_aadhaar": Y(
                lambda f: f"{f.in_address()}, {f.pick(IN_CITIES)} {f.pin()}", "address"
            ),
            "pan_verified": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "file_sha256": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "International Patient Registered",
        ["node"],
        {
            "patient_name": Y(lambda f: f.pick(INTL_NAMES), "name"),
            "passport_number": RED(
                lambda f: f.pick([f.letters(1) + f.digits(8), f.letters(2) + f.digits(7), f.id_passport()]),
                "passport",
            ),
            "nationality": Y(
                lambda f: f.pick(
                    ["Bangladeshi", "Iraqi", "Kenyan", "Nigerian", "Maldivian", "Uzbek", "Omani", "Afghan"]
                ),
                "citizenship",
            ),
            "country_of_residence": G(lambda f: f.pick(["BD", "IQ", "KE", "NG", "MV", "UZ", "OM", "AF"])),
            "visa_type": RED(
                lambda f: f.pick(["Medical Visa", "Medical Attendant Visa", "e-Medical Visa", "Tourist"]),
                "visa",
            ),
            "visa_number": RED(lambda f: f.pick(["VA", "VB", "ME"]) + f.digits(7), "visa"),
            "attendant_name": Y(lambda f: f.pick(INTL_NAMES), "name"),
            "attendant_passport": RED(lambda f: f.letters(1) + f.digits(8), "passport"),
            "attendant_phone": Y(lambda f: f.mobile("XX"), "phone"),
            "frro_registered": G(lambda f: f.pick([True, False])),
            "interpreter_language": G(
                lambda f: f.pick(["Arabic", "Bengali", "Swahili", "Dhivehi", "Russian"])
            ),
            "facilitator_agency": G(
                lambda f: f.pick(["MedTrip Dhaka", "Al-Shifa Medical Tours", "Afya Health Travel"])
            ),
            "whatsapp_number": Y(lambda f: f.mobile("XX"), "phone"),
        },
    ),
    # -- location, parking, ambulance ---------------------------------------------------------------
    (
        "track",
        "Nearby Hospitals Viewed",
        ["kotlin", "swift"],
        {
            "user_lat": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "hospitals": Many(
                {
                    "id": G(lambda f: f.r.randint(100, 180)),
                    "name": G(lambda f: f.pick(HOSPITALS)),
                    "distance_km": G(lambda f: round(f.r.uniform(0.3, 24), 1)),
                    "lat": G(lambda f: f.pick([12.8996, 19.1334, 18.5074, -6.2607, -7.2756, -8.6705])),
                    "lng": G(lambda f: f.pick([77.5966, 72.8397, 73.8077, 106.8134, 112.7426, 115.2126])),
                    "phone": G(lambda f: f.pick(["1860 500 1066", "+91 80 4020 4020", "(021) 2977 1234"])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Address Search Performed",
        ["web", "rn"],
        {
            "autocomplete": {
                "input": Y(
                    lambda f: f.pick(
                        [
                            f.in_address().lower(),
                            f.id_address().lower(),
                            f"{f.pick(BUILDINGS)} {f.pick(LOCALITIES)}".lower(),
                        ]
                    ),
                    "address",
                    True,
                ),
                "session_token": G(lambda f: f.uuid()),
                "predictions_count": G(lambda f: f.r.randint(0, 5)),
            },
            "selected_place_id": G(lambda f: "ChIJ" + f.letters(8) + f.hexid(15)),
            "selected_description": Y(lambda f: f"{f.address()}, {f.city_any()}", "address", True),
            "place_types": Many(
                G(lambda f: f.pick(["premise", "street_address", "subpremise", "geocode"])), 2
            ),
            "purpose": G(lambda f: f.pick(["home_collection", "medicine_delivery"])),
        },
    ),
    (
        "track",
        "Parking Pass Generated",
        ["kotlin", "swift"],
        {
            "pass_id": G(lambda f: "PK" + f.digits(7)),
            "vehicle_number": Y(lambda f: f.plate(), "license"),
            "vehicle_type": G(lambda f: f.pick(["car", "two_wheeler"])),
            "hospital_name": G(lambda f: f.pick(HOSPITALS)),
            "valid_until": G(lambda f: f.iso()),
            "visitor_name": Y(lambda f: f.name(), "name"),
            "fee": G(lambda f: f.pick([0, 40, 100, 5000])),
        },
    ),
    (
        "track",
        "Ambulance Requested",
        ["swift", "kotlin"],
        {
            "pickup": {
                "lat": Y(lambda f: round(f.r.uniform(-8.8, 28.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(72.8, 115.3), 6), "geolocation"),
                "address": Y(lambda f: f.address(), "address"),
            },
            "emergency_type": Y(
                lambda f: f.pick(
                    [
                        "cardiac",
                        "road_accident",
                        "breathing_difficulty",
                        "stroke",
                        "pregnancy_labour",
                        "fall_injury",
                    ]
                ),
                "condition",
            ),
            "ambulance_type": G(lambda f: f.pick(["BLS", "ALS", "patient_transport"])),
            "caller_name": Y(lambda f: f.name(), "name"),
            "caller_phone": Y(lambda f: f.mobile(), "phone"),
            "patient_count": G(lambda f: f.r.randint(1, 3)),
            "eta_min": G(lambda f: f.r.randint(6, 45)),
            "driver_name": Y(lambda f: f.name(), "name"),
            "driver_masked_phone": G(
                lambda f: f.pick(["+91 80 6972 1199", "+91 22 4897 3399", "+62 21 5091 8899"])
            ),
            "destination_hospital": G(lambda f: f.pick(HOSPITALS)),
        },
    ),
    (
        "track",
        "Home Care Visit Completed",
        ["go"],
        {
            "visit_id": G(lambda f: "HC" + f.digits(8)),
            "nurse_id": G(lambda f: "NRS" + f.digits(4)),
            "nurse_name": Y(lambda f: f.name(), "name"),
            "nurse_mobile": Y(lambda f: f.mobile(), "phone"),
            "services": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "wound dressing",
                            "IV infusion",
                            "catheter care",
                            "insulin injection",
                            "physiotherapy session",
                            "post-operative care",
                        ]
                    ),
                    "procedure",
                ),
                3,
            ),
            "visit_duration_min": G(lambda f: f.r.randint(20, 180)),
            "patient_rating": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    # -- support, communication webhooks ------------------------------------------------------------
    (
        "track",
        "Chat Message Sent",
        ["rn", "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"Please call me on {f.mobile()}, report not showing",
                        f"my number is {f.mobile()}",
                        f"{f.mobile('IN')} pe call karo please",
                        f"Tolong hubungi saya di {f.mobile('ID')}",
                        f"Refund not received. Contact {f.mobile()} anytime",
                    ]
                ),
                "phone",
                True,
            ),
            "sender": G(lambda f: "patient"),
            "message_length": G(lambda f: f.r.randint(10, 160)),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(
                lambda f: f.pick(["refund", "report_delay", "appointment", "insurance", "app_issue"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["app_chat", "email", "phone", "whatsapp"])),
            "subject": G(
                lambda f: f.pick(
                    [
                        "Refund not received",
                        "Report not visible in app",
                        "Unable to reschedule",
                        "Cashless approval pending",
                    ]
                )
            ),
            "description": G(
                lambda f: f.pick(
                    [
                        "Payment deducted twice for the same booking",
                        "App crashes when opening reports",
                        "Slot shows booked but doctor not available",
                        "TPA has not responded since 2 days",
                    ]
                )
            ),
            "support_email": G(lambda f: "support@carefirst.health"),
            "assigned_team": G(lambda f: f.pick(["L1", "Billing", "Diagnostics"])),
        },
    ),
    (
        "track",
        "Call Logged",
        ["php"],
        {
            "CallSid": G(lambda f: f.hexid(32)),
            "From": Y(lambda f: "0" + f.in_mobile(), "phone", True),
            "To": G(lambda f: f.pick(["08047182200", "08069721100", "02248973300"])),
            "CallerId": G(lambda f: f.pick(["08047182200", "08069721100"])),
            "Direction": G(lambda f: f.pick(["incoming", "outbound-dial"])),
            "Status": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "DialCallDuration": G(lambda f: f.r.randint(0, 900)),
            "DialWhomNumber": Y(lambda f: "0" + f.in_mobile(), "phone", True),
            "StartTime": G(lambda f: f.wallclock()),
            "CustomField": G(lambda f: "APT" + f.digits(9)),
        },
    ),
    (
        "track",
        "WhatsApp Message Status",
        ["node"],
        {
            "message_id": G(lambda f: "wamid.HBgM" + f.letters(10) + f.hexid(16).upper()),
            "wa_id": Y(lambda f: f.pick(["91" + f.in_mobile(), "62" + f.id_mobile()]), "phone", True),
            "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
            "template_name": G(
                lambda f: f.pick(
                    ["appointment_reminder_v3", "report_ready", "payment_link", "pengingat_jadwal"]
                )
            ),
            "conversation_category": G(lambda f: f.pick(["utility", "marketing", "authentication"])),
            "sent_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
        },
    ),
    (
        "track",
        "Field Autofilled",
        ["web", "rn"],
        {
            "form": G(lambda f: f.pick(["booking_form", "lab_checkout", "family_member"])),
            "field": G(lambda f: f.pick(["mobile", "alternate_mobile", "whatsapp_number"])),
            "value": Y(lambda f: f.mobile(), "phone", True),
            "source": G(lambda f: f.pick(["browser_autofill", "sms_hint", "contacts_picker"])),
            "duration_ms": G(lambda f: f.r.randint(100, 6000)),
        },
    ),
    (
        "track",
        "feedback-submitted",
        ["node"],
        {
            "nps-score": G(lambda f: f.r.randint(0, 10)),
            "would-recommend": G(lambda f: f.pick([True, False])),
            "visit-type": G(lambda f: f.pick(["opd", "ipd", "teleconsult", "lab"])),
            "feedback-text": G(
                lambda f: f.pick(
                    [
                        "Very good consultation",
                        "Waiting time too long",
                        "Bahut accha doctor",
                        "Dokternya ramah",
                        "Billing counter was slow",
                        "Clean rooms",
                    ]
                )
            ),
            "patient-name": Y(lambda f: f.name(), "name"),
            "contact-number": Y(lambda f: f.mobile(), "phone"),
            "branch-name": G(lambda f: f.pick(HOSPITALS)),
            "submitted-at": G(lambda f: f.iso()),
        },
    ),
    # -- attribution, push, app lifecycle ------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        ["kotlin", "swift"],
        {
            "media_source": G(
                lambda f: f.pick(["googleadwords_int", "Facebook Ads", "organic", "tiktokglobal_int"])
            ),
            "campaign": G(lambda f: f.pick(["IN_heart_check_uac", "ID_mcu_promo", "IN_lab_home_fb"])),
            "af_status": G(lambda f: f.pick(["Non-organic", "Organic"])),
            "appsflyer_id": G(
                lambda f: f"{f.r.randint(1_700_000_000_000, 1_735_000_000_000)}-{f.digits(19)}"
            ),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                    + "_BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
            "is_first_launch": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["python"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Schedule", "Lead"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["app", "website"])),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "external_id": G(lambda f: f.sha256()),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.letters(20)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "value": G(lambda f: f.money(300, 9000)),
                "currency": G(lambda f: "INR"),
                "content_ids": Many(G(lambda f: "pkg_" + f.digits(5)), 3),
            },
        },
    ),
    (
        "track",
        "Push Permission Granted",
        ["swift", "kotlin"],
        {
            "device_token": RED(
                lambda f: f.pick([f.hexid(64), f.letters(11) + ":APA91b" + f.hexid(60)]), "token"
            ),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "categories_enabled": Many(G(lambda f: f.pick(["reminders", "reports", "offers"])), 3),
        },
    ),
    (
        "track",
        "Application Opened",
        APPS,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["6.4.0", "6.5.0", "3.2.1"])),
            "build": G(lambda f: f.pick(["640", "650", "321"])),
            "url": G(
                lambda f: f.pick(["", "carefirst://appointments", "https://carefirst.health/app/reports"])
            ),
            "referring_application": G(lambda f: f.pick(["", "com.whatsapp", "com.google.android.gm"])),
        },
    ),
    (
        "screen",
        "Appointment Details",
        APPS,
        {
            "source": G(lambda f: f.pick(["push", "home_card", "appointments_tab"])),
            "appointment_id": G(lambda f: "APT" + f.digits(9)),
            "tab": G(lambda f: f.pick(["details", "prescription", "bill"])),
        },
    ),
    (
        "page",
        "Doctor Listing",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Doctor Listing", "Lab Tests", "Checkout", "Cari Dokter", "Home"])),
            "path": G(lambda f: f.pick(["/doctors", "/lab-tests", "/checkout", "/id/dokter", "/"])),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.carefirst.health/doctors",
                        "https://www.carefirst.health/lab-tests",
                        "https://www.carefirst.health/id/dokter",
                    ]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Book Doctor Appointment | CareFirst",
                        "Lab Tests at Home | CareFirst",
                        "Cari Dokter | CareFirst",
                    ]
                )
            ),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.google.co.id/"])),
            "search": G(
                lambda f: f.pick(["", "?speciality=cardiology", "?utm_source=google&utm_medium=cpc"])
            ),
        },
    ),
    (
        "group",
        None,
        ["node", "java"],
        {
            "organization_name": G(lambda f: f.pick(EMPLOYERS)),
            "industry": G(
                lambda f: f.pick(["IT Services", "Banking", "Ride Hailing", "E-commerce", "Telecom"])
            ),
            "employees": G(lambda f: f.pick([1200, 45000, 340000, 9000])),
            "plan": G(lambda f: f.pick(["corporate_basic", "corporate_plus", "corporate"])),
            "gstin": G(lambda f: f.gstin()),
            "hr_contact_name": Y(lambda f: f.name(), "name"),
            "hr_contact_email": Y(lambda f: f.mail(), "email"),
            "billing_email": G(
                lambda f: f.pick(
                    ["accounts@infosys.example", "benefits@gojek.example", "hr-ops@wipro.example"]
                )
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://www.infosys.example", "https://www.gojek.example", "https://www.wipro.example"]
                )
            ),
            "hq_city": G(lambda f: f.city_any()),
            "covered_lives": G(lambda f: f.r.randint(500, 400000)),
        },
    ),
    (
        "track",
        "Integration Request Failed",
        ["go"],
        {
            "integration": G(lambda f: f.pick(["his_sync", "tpa_gateway", "lis_push"])),
            "endpoint": G(
                lambda f: f.pick(
                    [
                        "https://his.carefirst.internal/api/v2/patients",
                        "https://tpa.example.in/preauth/submit",
                        "https://lis.carefirst.internal/orders",
                    ]
                )
            ),
            "status_code": G(lambda f: f.pick([401, 500, 502, 504])),
            "retry_count": G(lambda f: f.r.randint(0, 5)),
            "request_headers": {
                "authorization": RED(
                    lambda f: f.pick(["Bearer " + f.jwt(), "Basic " + f.hexid(40)]), "token|secret"
                ),
                "content-type": G(lambda f: "application/json"),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
    ),
]


def build(seed: int, repeats: int):
    f = H(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in CONTEXTS and client not in SERVER_LIBS:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = "pt_" + f.digits(8)
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId", f.uuid())
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=132, repeats=40)
    write(Path(__file__).parent, "holdout132_", events, labels)
