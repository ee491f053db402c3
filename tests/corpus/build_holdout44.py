"""Writes holdout44: tests/corpus/holdout44_events.jsonl and holdout44_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine; the author did not score it. Only
build.py / fake.py (helpers), build_holdout3.py (format) and the reference notes were read.

Domain: digital lending, mobile money and remittances in Kenya, Nigeria and India.
- a Kenyan mobile-money wallet (till / paybill payments, P2P sends, airtime, agents cashing out,
  Daraja-shaped C2B confirmations, Africa's Talking SMS delivery reports, a group (chama) call);
- a Nigerian micro-loan app (BVN / NIN KYC, Smile ID-shaped verification results, NIP
  disbursements in PascalCase from a .NET service, Paystack-shaped charge webhooks, referees,
  repayment reminders, POS merchant onboarding);
- an Indian BNPL / UPI app (PAN, Aadhaar with valid Verhoeff check digits, UPI VPAs, e-NACH
  mandates in kebab-case, EMIs, bill payments, an event with Hindi-transliterated keys);
- a remittance app sending from the UK / US / Gulf to recipients in KE / NG / IN (senders'
  KYC with UK, US, UAE and Saudi documents, recipients, cash pickup, a UK open-banking payment);
- a Swahili-keyed wallet event and identify (jina, simu, anwani, kitambulisho ...), a
  SCREAMING_SNAKE reverse-ETL identify from the warehouse, micro-insurance with dependants,
  a field loan officer app, a back-office staff tool, device-risk signals.
Contexts are those of analytics.js, analytics-swift (reports `analytics-ios`), analytics-kotlin,
analytics-react-native, analytics_flutter and the python / node / go / java / ruby / php /
.NET server libraries; track, identify, page, screen, group and alias calls.

Conventions: one label per flattened leaf path (arrays as `[]`); `type` is the reference's
matcher name or one of `bank account`, `geolocation`, `secret`, `national id`, `health id`,
`advertising id`, `credit card`, `token`, `ip`; `a|b` when either name is fair; value_only when
the key does not say what the value is.

Labelling rules (the product's default colours and published policy on contested cases):
- PII = personal data about a natural person (the user, recipients, referees, next of kin,
  beneficiaries, agents' operators, loan officers, staff). Colour = the reference's default for
  the matcher; outside it, red for credentials / secrets / tokens / one-time codes, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we or a partner issue (user, loan, transaction, M-Pesa receipt, UPI RRN, NIP
  session, mandate UMRN, customer / consumer / meter numbers, biller references), versions,
  timestamps (also 14-digit `yyyymmddHHMMSS` numbers), hashes of non-PII, amounts, balances,
  credit and bureau scores, enums, counters and booleans under PII-sounding keys
  (`bvn_verified`, `phoneVerified`, `sim_swap_days`, `otp_length`), product, merchant,
  employer, chama and biller names (also merchant names containing a person's first name, such
  as "Mama Njeri Shop"), country, state, county, locale, timezone, currency, user agents,
  device ids, analytics SDK install ids (AppsFlyer id).
- Card brand, BIN, last four and expiry are green; IFSC codes, sort codes, NUBAN bank codes
  identify a bank: green. Document type and document expiry dates are green.
- Policy: member / customer numbers, ages, age bands, marital status, job titles and employers,
  a business's own phone / e-mail / address / store location / store city: green. Insurance
  policy numbers: yellow `identification`; pay and income: yellow `salary`; ad click ids
  (gclid, fbclid, fbp, fbc): yellow `advertising id`; billing and shipping addresses: yellow
  `address`. Payment / card authorisation tokens, push tokens, OTPs and cash-pickup codes: red.
- Own decisions, where the policy is silent (what a careful privacy owner would want flagged):
  * UPI VPAs of people (`name@okhdfcbank`, `98xxxxxxxx@ybl`) are payment addresses that route
    money to a person's bank account: red `bank account`; a merchant's VPA is green.
  * BVN, NIN, Aadhaar (and its last four, like an SSN's), PAN, KRA PIN (individual, `A...`),
    Kenyan ID, Emirates ID, Iqama, CKYC number: red `national id`; NHIF numbers: red `health id`.
    A company's KRA PIN (`P...`) and CAC registration number are a business's: green.
  * A bank account number is red even when it is a sole trader's settlement account: the
    payload cannot tell a one-person business from a company.
  * A Gulf residence-visa type (employment / residence / visit) is red `visa`.
  * The county (KE) or state (NG, IN, US) of a person is green like any state; the city or town
    is yellow `city`; postcodes and PINs are yellow `zipcode`; a P.O. Box is an `address`.
  * Precise coordinates of a person or of a borrower's home visit are yellow `geolocation`; an
    agent's or merchant's store coordinates are a business's location: green.
  * Free text is labelled by what every one of its values carries: the support chat always
    carries a phone number, the repayment reminder always the borrower's first name, the OTP
    SMS always the code; narrations, remarks, notes and comments carry none: green.
  * A 12-digit M-Pesa MSISDN without `+` is a phone; IMEI and SIM ICCID are yellow `serial`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers of the three markets and the diaspora ------------------------------

FIRST = {
    "ke": [
        "Wanjiru",
        "Otieno",
        "Achieng",
        "Kipchoge",
        "Njeri",
        "Mwangi",
        "Akinyi",
        "Chebet",
        "Wambui",
        "Mutua",
        "Nafula",
        "Halima",
        "Abdi",
        "Wekesa",
        "Jeptoo",
        "Zawadi",
        "Baraka",
        "Nekesa",
    ],
    "ng": [
        "Chukwuemeka",
        "Adebayo",
        "Ngozi",
        "Aisha",
        "Oluwaseun",
        "Ifeoma",
        "Tunde",
        "Yusuf",
        "Chiamaka",
        "Emeka",
        "Funmilayo",
        "Abubakar",
        "Blessing",
        "Zainab",
        "Obinna",
        "Temitope",
        "Bukola",
        "Ikechukwu",
    ],
    "in": [
        "Priya",
        "Rajesh",
        "Ananya",
        "Mohammed",
        "Gurpreet",
        "Lakshmi",
        "Sneha",
        "Arjun",
        "Kavya",
        "Vikram",
        "Deepika",
        "Suresh",
        "Farheen",
        "Harpreet",
        "Meenakshi",
        "Rohan",
        "Sai Kiran",
        "Pooja",
    ],
    "dia": [
        "Maria",
        "Jose",
        "Tomasz",
        "Emily",
        "James",
        "Sadia",
        "Muhammad",
        "Grace",
        "Daniel",
        "Hannah",
        "Rukhsana",
        "Samuel",
        "Faith",
        "Imran",
        "Esther",
        "Kelechi",
        "Anjali",
        "Peter",
    ],
}
LAST = {
    "ke": [
        "Kamau",
        "Odhiambo",
        "Mwangi",
        "Wanjiku",
        "Ochieng",
        "Kiprono",
        "Mutua",
        "Njoroge",
        "Otieno",
        "Kariuki",
        "Wafula",
        "Hassan",
        "Korir",
        "Muthoni",
        "Omondi",
        "Cheruiyot",
        "Nyambura",
    ],
    "ng": [
        "Okonkwo",
        "Adeyemi",
        "Eze",
        "Bello",
        "Nwosu",
        "Ogunleye",
        "Abubakar",
        "Okafor",
        "Balogun",
        "Ibrahim",
        "Okoro",
        "Adewale",
        "Chukwu",
        "Musa",
        "Olawale",
        "Onyekachi",
        "Danjuma",
    ],
    "in": [
        "Sharma",
        "Kumar",
        "Iyer",
        "Siddiqui",
        "Singh",
        "Narayanan",
        "Reddy",
        "Patel",
        "Nair",
        "Gupta",
        "Das",
        "Banerjee",
        "Khan",
        "Menon",
        "Yadav",
        "Joshi",
        "Chatterjee",
        "Pillai",
    ],
    "dia": [
        "Santos",
        "Dela Cruz",
        "Nowak",
        "Clarke",
        "O'Connor",
        "Rahman",
        "Tariq",
        "Achieng",
        "Mensah",
        "Okafor",
        "Begum",
        "Odhiambo",
        "Njeri",
        "Qureshi",
        "Adeyemi",
        "Eze",
        "Menon",
        "Thomas",
    ],
}
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.co.uk",
    "icloud.com",
    "rediffmail.com",
    "ymail.com",
    "live.com",
]
KE_TOWNS = [
    "Nairobi",
    "Mombasa",
    "Kisumu",
    "Nakuru",
    "Eldoret",
    "Thika",
    "Machakos",
    "Nyeri",
    "Kitale",
    "Malindi",
    "Kakamega",
    "Meru",
]
KE_COUNTIES = [
    "Nairobi",
    "Mombasa",
    "Kisumu",
    "Nakuru",
    "Uasin Gishu",
    "Kiambu",
    "Machakos",
    "Nyeri",
    "Kakamega",
    "Meru",
    "Kilifi",
]
KE_ESTATES = [
    "Kilimani",
    "Umoja II",
    "Kahawa West",
    "Buruburu Phase 5",
    "South B",
    "Kileleshwa",
    "Ruaka",
    "Syokimau",
    "Donholm",
    "Nyali",
    "Milimani",
]
KE_ROADS = [
    "Argwings Kodhek Rd",
    "Moi Avenue",
    "Ngong Road",
    "Thika Road",
    "Jogoo Road",
    "Kenyatta Avenue",
    "Oginga Odinga St",
    "Links Road",
    "Mumias Road",
]
NG_CITIES = [
    "Lagos",
    "Abuja",
    "Ibadan",
    "Port Harcourt",
    "Kano",
    "Enugu",
    "Benin City",
    "Abeokuta",
    "Owerri",
    "Kaduna",
    "Ilorin",
    "Uyo",
]
NG_STATES = ["Lagos", "FCT", "Oyo", "Rivers", "Kano", "Enugu", "Edo", "Ogun", "Imo", "Kaduna", "Kwara"]
NG_STREETS = [
    "Adeola Odeku Street",
    "Allen Avenue",
    "Aminu Kano Crescent",
    "Herbert Macaulay Way",
    "Awolowo Road",
    "Ogui Road",
    "Ring Road",
    "Trans-Amadi Road",
    "Bompai Road",
    "Opebi Road",
]
NG_AREAS = [
    "Victoria Island",
    "Ikeja",
    "Wuse 2",
    "Yaba",
    "Surulere",
    "Lekki Phase 1",
    "Bodija",
    "GRA",
    "Ajah",
    "Gwarinpa",
]
IN_CITIES = [
    "Bengaluru",
    "Mumbai",
    "Pune",
    "Hyderabad",
    "Chennai",
    "Kolkata",
    "Jaipur",
    "Lucknow",
    "Indore",
    "Kochi",
    "Patna",
    "Ahmedabad",
    "Noida",
]
IN_STATES = [
    "Karnataka",
    "Maharashtra",
    "Telangana",
    "Tamil Nadu",
    "West Bengal",
    "Rajasthan",
    "Uttar Pradesh",
    "Madhya Pradesh",
    "Kerala",
    "Bihar",
    "Gujarat",
]
IN_BUILDINGS = [
    "Sai Residency",
    "Prestige Lakeside",
    "Shanti Niwas",
    "Green Acres",
    "Lodha Amara",
    "Krishna Apartments",
    "Sobha Dream Acres",
    "Royal Enclave",
]
IN_ROADS = [
    "12th Main Road",
    "MG Road",
    "Link Road",
    "SV Road",
    "Anna Salai",
    "Ring Road",
    "Station Road",
    "Nehru Nagar",
    "Gandhi Path",
]
IN_AREAS = [
    "Indiranagar",
    "Andheri West",
    "Kothrud",
    "Madhapur",
    "T Nagar",
    "Salt Lake",
    "Malviya Nagar",
    "Gomti Nagar",
    "Vijay Nagar",
    "Kakkanad",
]
MARKETS_NG = ["Computer Village", "Balogun Market", "Ariaria Market", "Wuse Market", "Onitsha Main Market"]
LANDMARKS_IN = ["Hanuman Temple", "SBI ATM", "Government School", "Bus Depot", "Reliance Fresh"]
UK_TOWNS = ["London", "Birmingham", "Manchester", "Leicester", "Leeds", "Luton", "Reading", "Coventry"]
UK_STREETS = [
    "Old Kent Road",
    "Rye Lane",
    "Belgrave Road",
    "Green Street",
    "Cheetham Hill Road",
    "Harehills Lane",
    "Dunstable Road",
    "Soho Road",
]
US_CITIES = ["Houston", "Atlanta", "Minneapolis", "Dallas", "Columbus", "Edison", "Silver Spring", "Seattle"]
US_STREETS = [
    "Bellaire Blvd",
    "Buford Hwy",
    "Cedar Ave S",
    "Oak Tree Rd",
    "Georgia Ave",
    "Main St",
    "Cleveland Ave",
    "Rainier Ave S",
]
GULF_AREAS = [
    "Al Nahda, Dubai",
    "Deira, Dubai",
    "Al Barsha, Dubai",
    "Musaffah, Abu Dhabi",
    "Al Majaz, Sharjah",
    "Al Olaya, Riyadh",
    "Al Khobar North, Al Khobar",
    "Al Rawdah, Jeddah",
]
GULF_BUILDINGS = [
    "Al Nahda Tower 2",
    "Sheikh Rashid Building",
    "Gold Souk Residence",
    "Block C",
    "Villa 17",
    "Al Noor Building",
]
MERCHANTS_KE = [
    "Naivas Supermarket",
    "Quickmart Ruaka",
    "Mama Njeri Shop",
    "Java House Kimathi St",
    "Carrefour Two Rivers",
    "Kibandaski Hotel",
    "Otieno Hardware",
    "Shell Westlands",
    "Goodlife Pharmacy",
    "Chandarana Foodplus",
]
BILLERS_KE = [
    "KPLC Prepaid",
    "Nairobi Water",
    "DStv Kenya",
    "Zuku Fibre",
    "NHIF",
    "KRA iTax",
    "Strathmore University",
    "Safaricom Home Fibre",
]
EMPLOYERS = [
    "Dangote Cement",
    "Andela",
    "Jumia Nigeria",
    "Safaricom PLC",
    "Infosys",
    "Tata Consultancy",
    "Lagos State Government",
    "Kenya Power",
    "Self-employed",
    "Shoprite",
    "Emirates Group",
    "NHS",
    "Amazon",
    "Bolt Kenya",
]
JOBS = [
    "Software Engineer",
    "Trader",
    "Nurse",
    "Teacher",
    "Driver",
    "Civil Servant",
    "Tailor",
    "Boda Boda Rider",
    "Accountant",
    "Sales Executive",
    "Farmer",
    "Security Guard",
    "Electrician",
]
CHAMAS = [
    "Umoja Women Group",
    "Tujijenge Self Help",
    "Vijana Bidii Chama",
    "Kilimani Investment Club",
    "Amani Table Banking",
    "Harambee Mamas",
    "Neema Welfare Group",
]
NG_BANKS = [
    ("058", "GTBank"),
    ("044", "Access Bank"),
    ("011", "First Bank"),
    ("033", "UBA"),
    ("057", "Zenith Bank"),
    ("070", "Fidelity Bank"),
    ("232", "Sterling Bank"),
    ("035", "Wema Bank"),
]
IN_BANKS = [
    ("HDFC", "HDFC Bank"),
    ("SBIN", "State Bank of India"),
    ("ICIC", "ICICI Bank"),
    ("UTIB", "Axis Bank"),
    ("KKBK", "Kotak Mahindra Bank"),
    ("PUNB", "Punjab National Bank"),
    ("BARB", "Bank of Baroda"),
    ("CNRB", "Canara Bank"),
]
KE_BANKS = ["Equity Bank", "KCB", "Co-operative Bank", "NCBA", "Absa Kenya", "Stanbic Kenya", "Family Bank"]
VPA_HANDLES = ["okhdfcbank", "oksbi", "okicici", "okaxis", "ybl", "paytm", "ibl", "axl", "upi"]
KIN = ["mother", "father", "spouse", "sibling", "child", "uncle", "aunt", "cousin", "friend"]
UA_ANDROID = [
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KG5k Build/SP1A.210812.016)",
    "Dalvik/2.1.0 (Linux; U; Android 14; Infinix X6833B Build/UP1A.231005.007)",
    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 12 Build/TKQ1.221114.001)",
    "Dalvik/2.1.0 (Linux; U; Android 11; itel A571W Build/RP1A.201005.001)",
]
UA_WEB = [
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.6167.101 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 12; TECNO KG5k) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.230 Mobile Safari/537.36 OPR/79.1.2254.75942",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.2 Safari/605.1.15",
]

# The four apps: brand, bundle id, locales, time zones, carriers.
APPS = {
    "pesa": ("Pesapap", "co.ke.pesapap", ["en-KE", "sw-KE"], ["Africa/Nairobi"], ["Safaricom", "Airtel KE"]),
    "kopa": (
        "KopaCash",
        "ng.kopacash.app",
        ["en-NG"],
        ["Africa/Lagos"],
        ["MTN NG", "Airtel NG", "Glo", "9mobile"],
    ),
    "udhaar": ("UdhaarPe", "in.udhaarpe.app", ["en-IN", "hi-IN"], ["Asia/Kolkata"], ["Jio", "Airtel", "Vi"]),
    "send": (
        "SendHome",
        "com.sendhome.remit",
        ["en-GB", "en-US", "en-AE", "ar-AE"],
        ["Europe/London", "America/New_York", "America/Chicago", "Asia/Dubai", "Asia/Riyadh"],
        ["EE", "Vodafone UK", "T-Mobile", "AT&T", "e&", "du", "STC"],
    ),
}
APP_REGION = {"pesa": "ke", "kopa": "ng", "udhaar": "in", "send": "dia"}


def d(f: Fake, n: int) -> str:
    """n digits, leading zeros allowed."""
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def up(f: Fake, n: int, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def first(f: Fake, region: str) -> str:
    return f.pick(FIRST[region])


def last(f: Fake, region: str) -> str:
    return f.pick(LAST[region])


def full(f: Fake, region: str) -> str:
    if region == "ng" and f.r.random() < 0.25:
        return f"{first(f, region)} {first(f, region)} {last(f, region)}"
    if region == "in" and f.r.random() < 0.2:
        return f"{first(f, region)} {f.pick(['Kumar', 'Devi', 'Bai', 'Prasad'])} {last(f, region)}"
    return f"{first(f, region)} {last(f, region)}"


def any_region(f: Fake) -> str:
    return f.pick(["ke", "ng", "in"])


def email(f: Fake, region: str) -> str:
    fn = first(f, region).lower().replace(" ", "")
    ln = last(f, region).lower().replace(" ", "").replace("'", "")
    user = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}{f.r.randint(70, 99)}"]
    )
    return f"{user}@{f.pick(MAIL_DOMAINS)}"


def phone(f: Fake, region: str) -> str:
    if region == "ke":
        n = f.pick(["70", "71", "72", "74", "79", "11", "10", "75"]) + d(f, 7)
        return f.pick([f"+254{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"254{n}", f"0{n}", f"+254 {n[:3]} {n[3:]}"])
    if region == "ng":
        n = f.pick(
            [
                "803",
                "806",
                "813",
                "816",
                "703",
                "706",
                "810",
                "802",
                "805",
                "807",
                "809",
                "909",
                "701",
                "708",
                "902",
                "912",
            ]
        ) + d(f, 7)
        return f.pick(
            [f"+234{n}", f"0{n}", f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"234{n}", f"0{n[:3]} {n[3:6]} {n[6:]}"]
        )
    if region == "in":
        n = f.pick("6789") + d(f, 9)
        return f.pick([f"+91{n}", n, f"+91 {n[:5]} {n[5:]}", f"0{n}", f"+91-{n}"])
    kind = f.pick(["uk", "us", "ae", "sa"])
    if kind == "uk":
        n = "7" + f.pick(["4", "5", "7", "8", "9"]) + d(f, 8)
        return f.pick([f"+44{n}", f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}"])
    if kind == "us":
        return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space"]))
    if kind == "ae":
        n = f.pick(["50", "52", "54", "55", "56", "58"]) + d(f, 7)
        return f.pick([f"+971{n}", f"+971 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"])
    n = "5" + f.pick("0345689") + d(f, 7)
    return f.pick([f"+966{n}", f"+966 {n[:2]} {n[2:5]} {n[5:]}", f"0{n}"])


def msisdn_ke(f: Fake) -> str:
    return "2547" + f.pick(["0", "1", "2", "9"]) + d(f, 7)


def city(f: Fake, region: str) -> str:
    return f.pick({"ke": KE_TOWNS, "ng": NG_CITIES, "in": IN_CITIES, "dia": UK_TOWNS + US_CITIES}[region])


def postcode(f: Fake, region: str) -> str:
    if region == "ke":
        return f.pick(["00100", "00200", "00507", "20100", "40100", "80100", "30100", "01000", "00618"])
    if region == "ng":
        return f.pick(["100001", "101241", "900001", "200221", "500272", "400001", "106104", "900108"])
    if region == "in":
        return f"{f.r.randint(1, 8)}{d(f, 5)}"
    return uk_postcode(f) if f.r.random() < 0.6 else f.zip()


def uk_postcode(f: Fake) -> str:
    area = f.pick(["SE15", "E6", "LE4", "B21", "M8", "LS8", "LU1", "N17", "SW9", "IG1", "HA0", "CV6"])
    return f"{area} {f.r.randint(1, 9)}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}{f.pick('ABDEFGHJLNPQRSTUWXYZ')}"


def street(f: Fake, region: str) -> str:
    if region == "ke":
        return f.pick(
            [
                f"Hse No. {f.r.randint(1, 240)}, {f.pick(KE_ESTATES)}, {f.pick(KE_ROADS)}",
                f"{f.pick(KE_ROADS)}, {f.pick(KE_ESTATES)} Apartments"
                f" Block {f.pick('ABCDE')}{f.r.randint(1, 40)}",
                f"P.O. Box {f.r.randint(100, 99999)}-{postcode(f, 'ke')}",
            ]
        )
    if region == "ng":
        return f"{f.r.randint(1, 120)} {f.pick(NG_STREETS)}, {f.pick(NG_AREAS)}"
    if region == "in":
        flat = f"Flat {f.r.randint(1, 12)}0{f.r.randint(1, 9)}"
        return f"{flat}, {f.pick(IN_BUILDINGS)}, {f.pick(IN_ROADS)}, {f.pick(IN_AREAS)}"
    if f.r.random() < 0.5:
        return f"{f.r.randint(1, 400)} {f.pick(UK_STREETS)}"
    if f.r.random() < 0.5:
        return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)} Apt {f.r.randint(1, 40)}"
    return f"Apt {f.r.randint(101, 2405)}, {f.pick(GULF_BUILDINGS)}, {f.pick(GULF_AREAS)}"


def address(f: Fake, region: str) -> str:
    s = street(f, region)
    if region == "ke":
        return s if s.startswith("P.O.") else f"{s}, {f.pick(KE_TOWNS)}"
    if region == "ng":
        return f"{s}, {f.pick(NG_CITIES)}"
    if region == "in":
        return f"{s}, {f.pick(IN_CITIES)} - {postcode(f, 'in')}"
    return s if "Apt" in s and "," in s else f"{s}, {f.pick(UK_TOWNS)} {uk_postcode(f)}"


def verhoeff_complete(partial: str) -> str:
    dt = [
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
    pt = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = dt[c][pt[(i + 1) % 8][int(ch)]]
    return partial + str(inv[c])


def aadhaar(f: Fake) -> str:
    n = verhoeff_complete(str(f.r.randint(2, 9)) + d(f, 10))
    return f.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def pan(f: Fake, surname: str | None = None) -> str:
    initial = (surname or f.pick("ABCDEGHJKMNPRSTVY"))[0].upper()
    return up(f, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "P" + initial + d(f, 4) + f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")


def kra_pin(f: Fake, prefix="A") -> str:
    return prefix + "0" + d(f, 8) + f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ")


def bvn(f: Fake) -> str:
    return "22" + d(f, 9)


def nin(f: Fake) -> str:
    return str(f.r.randint(1, 9)) + d(f, 10)


def ke_id(f: Fake) -> str:
    return (
        str(f.r.randint(10_000_000, 39_999_999))
        if f.r.random() < 0.8
        else str(f.r.randint(1_000_000, 9_999_999))
    )


def nuban(f: Fake, bank_code: str) -> str:
    serial = d(f, 9)
    digits = bank_code + serial
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    check = (10 - sum(int(c) * w for c, w in zip(digits, weights, strict=True)) % 10) % 10
    return serial + str(check)


def iban(f: Fake, country: str) -> str:
    if country == "AE":
        bban = f.pick(["033", "026", "030", "035"]) + d(f, 16)
    elif country == "SA":
        bban = f.pick(["80", "10", "45", "20"]) + d(f, 18)
    else:
        bban = f.pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(f, 14)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def emirates_id(f: Fake) -> str:
    n = f.luhn_complete("784" + str(f.r.randint(1970, 2000)) + d(f, 7))
    return f.pick([n, f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"])


def iqama(f: Fake) -> str:
    return f.luhn_complete("2" + d(f, 8))


def passport(f: Fake, region: str) -> str:
    if region == "ke":
        return "AK" + d(f, 7)
    if region == "ng":
        return f.pick(["A", "B"]) + d(f, 8)
    if region == "in":
        return f.pick("JKLMNPRSTUVWZ") + str(f.r.randint(1, 9)) + d(f, 6)
    return f.pick([d(f, 9), f.pick("PNETL") + d(f, 7), "5" + d(f, 8)])


def card(f: Fake, region: str) -> str:
    if region == "ng" and f.r.random() < 0.4:
        return f.luhn_complete("5061" + d(f, 14))  # Verve, 19 digits
    if region == "in" and f.r.random() < 0.4:
        n = f.luhn_complete(f.pick(["6521", "6522", "6070", "8172"]) + d(f, 11))  # RuPay
        return f.pick([n, " ".join(n[i : i + 4] for i in range(0, 16, 4))])
    return f.card()


def vpa(f: Fake) -> str:
    fn = first(f, "in").lower().replace(" ", "")
    ln = last(f, "in").lower()
    mobile = f.pick("6789") + d(f, 9)
    return f.pick(
        [
            f"{fn}.{ln}@{f.pick(VPA_HANDLES)}",
            f"{mobile}@{f.pick(VPA_HANDLES)}",
            f"{fn}{f.r.randint(1, 999)}@{f.pick(VPA_HANDLES)}",
            f"{ln}{fn[0]}@{f.pick(VPA_HANDLES)}",
        ]
    )


def in_account(f: Fake) -> str:
    return d(f, f.pick([11, 12, 14, 15, 16]))


def ifsc(f: Fake) -> str:
    return f.pick(IN_BANKS)[0] + "0" + f.pick([d(f, 6), up(f, 6, "0123456789ABCDEFGHJKLMNP")])


def ke_account(f: Fake) -> str:
    return f.pick(["0" + d(f, 12), "11" + d(f, 8), d(f, 10)])


def with_region(f: Fake, value):
    """Choose the recipient's country for the fields rendered after this one (dict order)."""
    f.rg = f.pick(["ke", "ng", "in"])
    return value


def recipient_account(f: Fake, kind: str) -> str:
    return nuban(f, f.pick(NG_BANKS)[0]) if kind == "ng" else in_account(f) if kind == "in" else ke_account(f)


def mpesa_code(f: Fake) -> str:
    return f.pick(["S", "T", "U"]) + f.pick("ABCDEFGHIJKL") + up(f, 8)


def yyyymmddhhmmss(f: Fake) -> int:
    return int(
        f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 23):02d}"
        f"{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"
    )


def dob(f: Fake) -> str:
    return f.date(1958, 2005)


def dob_any(f: Fake) -> str:
    y, m, dd = f.r.randint(1958, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}-{m:02d}-{y}"])


def lat_in(f: Fake, region: str) -> float:
    lo, hi = {"ke": (-4.2, 0.6), "ng": (4.5, 12.5), "in": (8.5, 28.7)}[region]
    return round(f.r.uniform(lo, hi), 6)


def lon_in(f: Fake, region: str) -> float:
    lo, hi = {"ke": (34.1, 40.0), "ng": (3.0, 9.5), "in": (72.8, 88.4)}[region]
    return round(f.r.uniform(lo, hi), 6)


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "35"]) + d(f, 12))


def iccid(f: Fake) -> str:
    return f.luhn_complete("89" + f.pick(["254", "234", "91"]) + d(f, 13))


def gclid(f: Fake) -> str:
    return "Cj0KCQiA" + up(f, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + up(f, 55, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def money(f: Fake, lo: int, hi: int, step: int = 1) -> int:
    return f.r.randint(lo // step, hi // step) * step


# -- contexts of the client libraries ---------------------------------------------------------------


def app_block(app: str):
    name, ns, *_ = APPS[app]
    return {
        "name": G(lambda f: name),
        "version": G(lambda f: f.pick(["4.12.0", "4.12.3", "4.13.0", "5.0.1"])),
        "build": G(lambda f: f.pick(["41200", "41203", "41300", "50001"])),
        "namespace": G(lambda f: ns),
    }


def common_tail(app: str):
    _, _, locales, zones, carriers = APPS[app]
    return {
        "locale": G(lambda f: f.pick(locales)),
        "timezone": G(lambda f: f.pick(zones)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(carriers)),
        },
    }


def web_context(app: str):
    host = {"pesa": "pesapap.co.ke", "kopa": "kopacash.ng", "udhaar": "udhaarpe.in", "send": "sendhome.com"}[
        app
    ]
    _, _, locales, zones, _ = APPS[app]
    pages = ["/", "/send", "/loans/apply", "/checkout", "/recipients", "/rates", "/help"]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.2"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://l.facebook.com/", "https://t.co/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=app_banner", "?lang=en"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Send money home", "Apply for a loan", "Checkout", "Exchange rates", "Help"]
                )
            ),
            "url": G(lambda f: f"https://www.{host}{f.pick(pages)}"),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not A(Brand"])),
                    "version": G(lambda f: f.pick(["121", "122", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(locales)),
        "timezone": G(lambda f: f.pick(zones)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["ramadan_remit_2024", "salary_week", "loan_top_up", "diwali_cashback"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "whatsapp", "tiktok"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "referral", "social"])),
            "content": G(lambda f: f.pick(["video_15s", "carousel_b", "static_a"])),
        },
    }


def swift_context(app: str):
    region = APP_REGION[app]
    return {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,1", "iPhone14,5", "iPhone15,2", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-ios"),
            "version": G(lambda f: f.pick(["1.5.9", "1.5.11"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 414, 375])),
            "height": G(lambda f: f.pick([844, 896, 667])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"phone": Y(lambda f: phone(f, region), "phone")},
        **common_tail(app),
    }


def kotlin_context(app: str):
    region = APP_REGION[app]
    ctx = {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "INFINIX", "Xiaomi", "itel", "OPPO"])),
            "model": G(
                lambda f: f.pick(["SM-A145F", "TECNO KG5k", "Infinix X6833B", "Redmi Note 12", "itel A571W"])
            ),
            "name": G(lambda f: f.pick(["a14", "KG5k", "X6833B", "topaz", "A571W"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.1"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.75, 3.0])),
            "width": G(lambda f: 720),
            "height": G(lambda f: f.pick([1600, 1612, 1640])),
        },
        "userAgent": G(lambda f: f.pick(UA_ANDROID)),
        "instanceId": G(lambda f: f.uuid()),
        **common_tail(app),
    }
    if region in ("ke", "ng", "in"):
        ctx["location"] = {
            "latitude": Y(lambda f: lat_in(f, region), "geolocation"),
            "longitude": Y(lambda f: lon_in(f, region), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4, 8.3])),
        }
    return ctx


def rn_context(app: str):
    region = APP_REGION[app]
    return {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546E", "TECNO CK7n", "2201117TG"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "TECNO-CK7n", "spes"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "token": RED(
                lambda f: (
                    f.hexid(22)
                    + ":APA91b"
                    + up(f, 120, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                ),
                "token",
            ),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([852, 915, 800])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: email(f, region), "email"),
            "phone": Y(lambda f: phone(f, region), "phone"),
            "firstName": Y(lambda f: first(f, region), "name"),
        },
        **common_tail(app),
    }


def flutter_context(app: str):
    return {
        "app": app_block(app),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Apple", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A055F", "TECNO BF7", "iPhone13,2", "V2207"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.1"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        **common_tail(app),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2"],
    "analytics-go": ["3.3.0"],
    "analytics-java": ["3.5.1", "3.5.0"],
    "analytics-ruby": ["2.4.0", "2.4.1"],
    "analytics-php": ["3.7.0", "3.8.0"],
    "Analytics.NET": ["3.8.1"],
}


def server_context(app: str, lib: str, with_ip=True, with_traits=False, with_external=False):
    region = APP_REGION[app]
    ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
    if with_ip:
        ctx["ip"] = Y(lambda f: f.ipv4(), "ip")
    if with_traits:
        ctx["traits"] = {"email": Y(lambda f: email(f, region), "email")}
    if with_external:
        ctx["externalIds"] = Many(
            {
                "id": Y(
                    lambda f: "+234" + f.pick(["803", "806", "813", "706", "810"]) + d(f, 7), "phone", True
                ),
                "type": G(lambda f: "phone"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    return ctx


CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}


def context_for(client: str, app: str):
    if client in CLIENTS:
        return CLIENTS[client](app)
    lib = {
        "python": "analytics-python",
        "node": "@segment/analytics-node",
        "go": "analytics-go",
        "java": "analytics-java",
        "ruby": "analytics-ruby",
        "php": "analytics-php",
        "dotnet": "Analytics.NET",
    }[client.split("+")[0]]
    return server_context(
        app, lib, with_ip="noip" not in client, with_traits="traits" in client, with_external="ext" in client
    )


# -- free text ---------------------------------------------------------------------------------------


def support_text(f: Fake) -> str:
    region = any_region(f)
    p = phone(f, region)
    return f.pick(
        [
            f"I sent money to the wrong number {p}, please reverse",
            f"My line {p} was swapped yesterday, block my account",
            f"Please call me on {p}, I cannot log in",
            f"Loan repaid but still showing overdue. My number is {p}",
            f"hello my mpesa number is {p} and the loan has not reached",
            f"Change my number to {p} pls",
        ]
    )


def reminder_text(f: Fake) -> str:
    region = f.pick(["ke", "ng"])
    n = first(f, region)
    cur, amt = (
        ("KES", f"{money(f, 500, 30000, 50):,}")
        if region == "ke"
        else ("NGN", f"{money(f, 5000, 300000, 500):,}")
    )
    return f.pick(
        [
            f"Hi {n}, your loan of {cur} {amt} is due on {f.r.randint(1, 28)}/{f.r.randint(1, 12)}."
            " Repay early to grow your limit.",
            f"Dear {n}, your repayment of {cur} {amt} is now {f.r.randint(1, 30)} days late."
            " Pay today to avoid penalties.",
            f"{n}, good news! You qualify for a top-up of {cur} {amt}. Open the app to claim.",
        ]
    )


def otp_sms(f: Fake) -> str:
    code = d(f, 6)
    return f.pick(
        [
            f"Your Pesapap verification code is {code}. Do not share it with anyone.",
            f"{code} is your KopaCash OTP. It expires in 5 minutes.",
            f"<#> UdhaarPe: {code} is your login OTP. Never share it. Xy7Kq2LmN9a",
            f"Use {code} to confirm your SendHome transfer.",
        ]
    )


def typo_email(f: Fake) -> str:
    """What the user typed; the correction is kept on `f` for the next field (rendered in order)."""
    user = email(f, "dia").split("@")[0]
    right, wrong = f.pick(
        [
            ("gmail.com", "gmial.com"),
            ("gmail.com", "gmail.co"),
            ("yahoo.com", "yaho.com"),
            ("outlook.com", "outlok.com"),
            ("hotmail.co.uk", "hotmail.co"),
            ("icloud.com", "iclod.com"),
        ]
    )
    f.typo_fix = f"{user}@{right}"
    return f"{user}@{wrong}"


# -- events --------------------------------------------------------------------------------------------


EVENTS = [
    # ===== Kenyan wallet ===================================================================
    (
        "identify",
        None,
        "kotlin",
        "pesa",
        {
            "firstName": Y(lambda f: first(f, "ke"), "name"),
            "lastName": Y(lambda f: last(f, "ke"), "name"),
            "phone": Y(lambda f: phone(f, "ke"), "phone"),
            "email": Y(lambda f: email(f, "ke"), "email"),
            "nationalIdNumber": RED(lambda f: ke_id(f), "national id"),
            "kraPin": RED(lambda f: kra_pin(f), "national id"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "alternatePhone": Y(lambda f: phone(f, "ke"), "phone"),
            "postalAddress": Y(
                lambda f: f"P.O. Box {f.r.randint(100, 99999)}-{postcode(f, 'ke')}, {f.pick(KE_TOWNS)}",
                "address",
            ),
            "occupation": G(lambda f: f.pick(JOBS)),
            "county": G(lambda f: f.pick(KE_COUNTIES)),
            "kycTier": G(lambda f: f.pick(["tier_1", "tier_2", "tier_3"])),
            "walletStatus": G(lambda f: f.pick(["active", "dormant", "frozen"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "hasPin": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["sw", "en"])),
            "referralCode": G(lambda f: up(f, 6)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Till Payment Completed",
        "swift",
        "pesa",
        {
            "tillNumber": G(lambda f: str(f.r.randint(100000, 9999999))),
            "merchantName": G(lambda f: f.pick(MERCHANTS_KE)),
            "merchantCategory": G(
                lambda f: f.pick(["supermarket", "fuel", "restaurant", "pharmacy", "hardware"])
            ),
            "amount": G(lambda f: money(f, 20, 25000, 5)),
            "currency": G(lambda f: "KES"),
            "transactionCode": G(lambda f: mpesa_code(f)),
            "transactionCost": G(lambda f: f.pick([0, 0, 7, 13, 23])),
            "balanceAfter": G(lambda f: round(f.r.uniform(0, 80000), 2)),
            "isFirstPayment": G(lambda f: f.pick([True, False])),
            "completedAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Paybill Payment Completed",
        "kotlin",
        "pesa",
        {
            "paybill_number": G(
                lambda f: f.pick(["888880", "247247", "522522", "200999", "572572", "320320"])
            ),
            "biller_name": G(lambda f: f.pick(BILLERS_KE)),
            "account_reference": G(lambda f: f.pick([d(f, 11), "INV" + d(f, 6), d(f, 8), "STD-" + d(f, 5)])),
            "amount": G(lambda f: money(f, 100, 150000, 10)),
            "transaction_code": G(lambda f: mpesa_code(f)),
            "saved_biller": G(lambda f: f.pick([True, False])),
            "fuliza_used": G(lambda f: f.pick([True, False])),
            "channel": G(lambda f: f.pick(["app", "ussd", "sim_toolkit"])),
        },
    ),
    (
        "track",
        "Money Sent",
        "kotlin",
        "pesa",
        {
            "recipient_phone": Y(lambda f: phone(f, "ke"), "phone"),
            "recipient_name": Y(lambda f: full(f, "ke").upper(), "name"),
            "recipient_is_contact": G(lambda f: f.pick([True, False])),
            "recipient_network": G(lambda f: f.pick(["Safaricom", "Airtel", "Telkom"])),
            "amount": G(lambda f: money(f, 10, 150000)),
            "transaction_cost": G(lambda f: f.pick([0, 7, 13, 33, 53, 108])),
            "transaction_code": G(lambda f: mpesa_code(f)),
            "reason": G(lambda f: f.pick(["family_support", "rent", "school_fees", "business", "other"])),
            "contacts_permission": G(lambda f: f.pick(["granted", "denied"])),
            "favourite": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Airtime Purchased",
        "flutter",
        "pesa",
        {
            "target_msisdn": Y(lambda f: msisdn_ke(f), "phone"),
            "is_own_number": G(lambda f: f.pick([True, False])),
            "amount": G(lambda f: f.pick([20, 50, 100, 250, 500, 1000])),
            "bundle_name": G(lambda f: f.pick(["Daily 1GB", "Weekly 2.5GB", "Tunukiwa 350MB", "None"])),
            "network": G(lambda f: f.pick(["Safaricom", "Airtel", "Telkom"])),
            "okoa_jahazi": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Muamala Umekamilika",
        "node",
        "pesa",
        {
            "jina": Y(lambda f: full(f, "ke"), "name"),
            "simu": Y(lambda f: phone(f, "ke"), "phone"),
            "kiasi": G(lambda f: money(f, 50, 70000, 10)),
            "aina_ya_muamala": G(lambda f: f.pick(["kutuma", "kutoa", "kuweka", "lipa_bili"])),
            "nambari_ya_muamala": G(lambda f: mpesa_code(f)),
            "salio": G(lambda f: round(f.r.uniform(0, 50000), 2)),
            "mji": Y(lambda f: f.pick(KE_TOWNS), "city"),
            "jina_la_mpokeaji": Y(lambda f: full(f, "ke"), "name"),
            "simu_ya_mpokeaji": Y(lambda f: phone(f, "ke"), "phone"),
            "wakala_nambari": G(lambda f: str(f.r.randint(100000, 999999))),
            "tarehe": G(lambda f: f.iso()),
            "imefaulu": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        "pesa",
        {
            "jina_la_kwanza": Y(lambda f: first(f, "ke"), "name"),
            "jina_la_mwisho": Y(lambda f: last(f, "ke"), "name"),
            "nambari_ya_simu": Y(lambda f: phone(f, "ke"), "phone"),
            "barua_pepe": Y(lambda f: email(f, "ke"), "email"),
            "anwani": Y(lambda f: address(f, "ke"), "address"),
            "kitambulisho": RED(lambda f: ke_id(f), "national id"),
            "tarehe_ya_kuzaliwa": Y(lambda f: dob_any(f), "birthdate"),
            "jinsia": Y(lambda f: f.pick(["mwanamke", "mwanamume", "sipendi kusema"]), "gender"),
            "kaunti": G(lambda f: f.pick(KE_COUNTIES)),
            "lugha": G(lambda f: f.pick(["Kiswahili", "English"])),
            "kiwango_cha_kyc": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Agent Cash Out",
        "kotlin",
        "pesa",
        {
            "agent_number": G(lambda f: str(f.r.randint(100000, 999999))),
            "agent_store_name": G(
                lambda f: f.pick(
                    [
                        "Mama Njeri Shop",
                        "Baraka Agencies",
                        "Otieno Mpesa Shop",
                        "Kwa Mutua Electronics",
                        "Jirani Agencies",
                        "Zawadi Cyber",
                    ]
                )
            ),
            "agent_operator_name": Y(lambda f: full(f, "ke"), "name"),
            "store_lat": G(lambda f: lat_in(f, "ke")),
            "store_lng": G(lambda f: lon_in(f, "ke")),
            "store_town": G(lambda f: f.pick(KE_TOWNS)),
            "customer_id_number": RED(lambda f: ke_id(f), "national id"),
            "customer_name": Y(lambda f: full(f, "ke").upper(), "name"),
            "customer_phone": Y(lambda f: phone(f, "ke"), "phone"),
            "id_type": G(lambda f: f.pick(["national_id", "passport", "alien_id"])),
            "amount": G(lambda f: money(f, 50, 150000, 50)),
            "withdrawal_fee": G(lambda f: f.pick([29, 29, 69, 87, 115, 167])),
            "float_balance": G(lambda f: money(f, 1000, 400000)),
            "commission_earned": G(lambda f: round(f.r.uniform(5, 200), 2)),
            "transaction_code": G(lambda f: mpesa_code(f)),
        },
    ),
    (
        "track",
        "C2B Confirmation Received",
        "go",
        "pesa",
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "Buy Goods", "CustomerPayBillOnline"])),
            "TransID": G(lambda f: mpesa_code(f)),
            "TransTime": G(lambda f: str(yyyymmddhhmmss(f))),
            "TransAmount": G(lambda f: f"{money(f, 10, 20000)}.00"),
            "BusinessShortCode": G(lambda f: f.pick(["600638", "174379", "888880", "4071185"])),
            "BillRefNumber": G(lambda f: f.pick(["LN" + d(f, 7), d(f, 8), "ACC" + d(f, 5)])),
            "InvoiceNumber": G(lambda f: f.pick(["", "INV-" + d(f, 5)])),
            "OrgAccountBalance": G(lambda f: f"{round(f.r.uniform(1000, 9_000_000), 2)}"),
            "ThirdPartyTransID": G(lambda f: f.pick(["", d(f, 10)])),
            "MSISDN": Y(lambda f: msisdn_ke(f), "phone"),
            "FirstName": Y(lambda f: first(f, "ke").upper(), "name"),
            "MiddleName": Y(lambda f: first(f, "ke").upper(), "name"),
            "LastName": Y(lambda f: last(f, "ke").upper(), "name"),
        },
    ),
    (
        "track",
        "SMS Delivery Report",
        "python",
        "pesa",
        {
            "id": G(lambda f: "ATXid_" + f.hexid(32)),
            "status": G(lambda f: f.pick(["Success", "Failed", "Rejected", "Buffered"])),
            "phoneNumber": Y(lambda f: "+" + msisdn_ke(f), "phone"),
            "networkCode": G(lambda f: f.pick(["63902", "63903", "63907", "62130", "62120"])),
            "failureReason": G(
                lambda f: f.pick(["", "InsufficientCredit", "AbsentSubscriber", "UserInBlacklist"])
            ),
            "retryCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "OTP SMS Sent",
        "python",
        "pesa",
        {
            "messageId": G(lambda f: "ATXid_" + f.hexid(32)),
            "number": Y(lambda f: "+" + msisdn_ke(f), "phone", True),
            "status": G(lambda f: f.pick(["Success", "Success", "InvalidPhoneNumber"])),
            "statusCode": G(lambda f: f.pick([101, 101, 403])),
            "cost": G(lambda f: f.pick(["KES 0.8000", "KES 0.8000", "KES 0.4000"])),
            "senderId": G(lambda f: f.pick(["PESAPAP", "KOPACASH", "SENDHOME"])),
            "message": RED(otp_sms, "token|secret", True),
        },
    ),
    (
        "group",
        None,
        "node",
        "pesa",
        {
            "name": G(lambda f: f.pick(CHAMAS)),
            "group_type": G(lambda f: f.pick(["chama", "sacco", "welfare", "investment_club"])),
            "members_count": G(lambda f: f.r.randint(5, 60)),
            "paybill_number": G(
                lambda f: f.pick(["888880", "247247", "522522", "200999", "572572", "320320"])
            ),
            "contribution_amount": G(lambda f: f.pick([200, 500, 1000, 2000, 5000])),
            "contribution_frequency": G(lambda f: f.pick(["weekly", "monthly"])),
            "treasurer_name": Y(lambda f: full(f, "ke"), "name"),
            "treasurer_phone": Y(lambda f: phone(f, "ke"), "phone"),
            "registration_number": G(
                lambda f: "SHG/" + str(f.r.randint(1000, 99999)) + "/" + str(f.r.randint(2015, 2024))
            ),
            "company_kra_pin": G(lambda f: kra_pin(f, "P")),
            "support_email": G(lambda f: f.pick(["chama@pesapap.co.ke", "groups@pesapap.co.ke"])),
            "business_phone": G(lambda f: f.pick(["+254 709 906 000", "+254 20 444 4444", "0800 723 253"])),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        "kotlin",
        "pesa",
        {
            "field": G(lambda f: f.pick(["alternate_phone", "mpesa_number", "next_of_kin_phone"])),
            "value": Y(lambda f: phone(f, "ke"), "phone", True),
            "source_screen": G(lambda f: f.pick(["profile", "settings", "kyc_review"])),
            "requires_otp": G(lambda f: True),
        },
    ),
    # ===== Nigerian micro-loans =============================================================
    (
        "track",
        "Loan Application Submitted",
        "rn",
        "kopa",
        {
            "loan_amount": G(lambda f: money(f, 5000, 500000, 1000)),
            "tenor_days": G(lambda f: f.pick([7, 14, 30, 61, 91])),
            "purpose": G(lambda f: f.pick(["business", "rent", "school_fees", "medical", "emergency"])),
            "monthly_income": Y(lambda f: money(f, 30000, 1500000, 5000), "salary"),
            "income_band": G(lambda f: f.pick(["<50k", "50k-150k", "150k-500k", ">500k"])),
            "employment_status": G(lambda f: f.pick(["salaried", "self_employed", "student", "unemployed"])),
            "employer_name": G(lambda f: f.pick(EMPLOYERS)),
            "job_title": G(lambda f: f.pick(JOBS)),
            "bvn": RED(lambda f: bvn(f), "national id"),
            "bvn_verified": G(lambda f: f.pick([True, False])),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
            "number_of_dependants": G(lambda f: f.r.randint(0, 6)),
            "residential_address": Y(lambda f: address(f, "ng"), "address"),
            "email_address": Y(lambda f: email(f, "ng"), "email"),
            "whatsapp_number": Y(lambda f: phone(f, "ng"), "phone"),
            "home_gps": {
                "lat": Y(lambda f: lat_in(f, "ng"), "geolocation"),
                "lng": Y(lambda f: lon_in(f, "ng"), "geolocation"),
            },
            "state": G(lambda f: f.pick(NG_STATES)),
            "religion": Y(lambda f: f.pick(["Christianity", "Islam", "Traditional", "Other"]), "religion"),
            "next_of_kin": {
                "full_name": Y(lambda f: full(f, "ng"), "name"),
                "phone_number": Y(lambda f: phone(f, "ng"), "phone"),
                "relationship": G(lambda f: f.pick(KIN)),
            },
            "age": G(lambda f: f.r.randint(19, 62)),
            "application_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Referee Added",
        "rn",
        "kopa",
        {
            "referees": Many(
                {
                    "name": Y(lambda f: full(f, "ng"), "name"),
                    "phone": Y(lambda f: phone(f, "ng"), "phone"),
                    "relationship": G(lambda f: f.pick(KIN)),
                    "is_guarantor": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "referee_count": G(lambda f: f.r.randint(1, 3)),
            "contacts_count": G(lambda f: f.r.randint(40, 1800)),
            "contacts_permission": G(lambda f: f.pick(["granted", "denied", "limited"])),
        },
    ),
    (
        "track",
        "KYC Document Submitted",
        "node",
        "kopa",
        {
            "document_type": G(
                lambda f: f.pick(["nin_slip", "voters_card", "drivers_licence", "intl_passport"])
            ),
            "nin": RED(lambda f: nin(f), "national id"),
            "name_on_id": Y(lambda f: full(f, "ng").upper(), "name"),
            "address_on_id": Y(lambda f: address(f, "ng").upper(), "address"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.kopacash.ng/selfies/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.2, 1.0), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(40, 99.9), 1)),
            "name_match": G(lambda f: f.pick(["exact", "partial", "none"])),
            "verification_provider": G(lambda f: f.pick(["Smile ID", "Dojah", "Youverify", "Prembly"])),
            "document_expiry": G(lambda f: f.date(2024, 2034)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "file_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "ID Verification Result",
        "python",
        "kopa",
        {
            "ResultCode": G(lambda f: f.pick(["1012", "1013", "1020", "1022"])),
            "ResultText": G(
                lambda f: f.pick(
                    ["Enroll User", "Provisional Enroll", "Failed Enroll", "ID Number Validated"]
                )
            ),
            "ResultType": G(lambda f: "ID Verification"),
            "SmileJobID": G(lambda f: d(f, 10)),
            "PartnerParams": {
                "job_id": G(lambda f: f.uuid()),
                "user_id": G(lambda f: "usr_" + f.hexid(12)),
                "job_type": G(lambda f: f.pick([1, 5, 6])),
            },
            "Actions": {
                "Liveness_Check": G(lambda f: f.pick(["Passed", "Failed", "Not Applicable"])),
                "Verify_ID_Number": G(lambda f: f.pick(["Verified", "Not Verified", "Issuer Unavailable"])),
                "Return_Personal_Info": G(lambda f: f.pick(["Returned", "Not Returned"])),
                "Human_Review_Compare": G(lambda f: f.pick(["Passed", "Under Review", "Not Applicable"])),
            },
            "Country": G(lambda f: f.pick(["NG", "KE"])),
            "IDType": G(lambda f: f.pick(["BVN", "NIN_V2", "NATIONAL_ID", "PHONE_NUMBER"])),
            "IDNumber": RED(lambda f: f.pick([bvn(f), nin(f), ke_id(f)]), "national id"),
            "FullName": Y(lambda f: f"{last(f, 'ng').upper()} {first(f, 'ng')} {first(f, 'ng')}", "name"),
            "DOB": Y(lambda f: dob(f), "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "PhoneNumber": Y(lambda f: phone(f, "ng"), "phone"),
            "ConfidenceValue": G(lambda f: f.pick(["99.6", "87.2", "100", "64.0"])),
            "timestamp": G(lambda f: f.iso()),
            "signature": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Loan Disbursed",
        "dotnet",
        "kopa",
        {
            "LoanId": G(lambda f: "LN-" + d(f, 8)),
            "Principal": G(lambda f: money(f, 5000, 500000, 1000)),
            "InterestRate": G(lambda f: f.pick([4.5, 9.0, 12.5, 18.0])),
            "TenorDays": G(lambda f: f.pick([14, 30, 61, 91])),
            "DisbursementChannel": G(lambda f: f.pick(["NIP", "Wallet", "Paystack"])),
            "BeneficiaryBankCode": G(lambda f: f.pick(NG_BANKS)[0]),
            "BeneficiaryBankName": G(lambda f: f.pick(NG_BANKS)[1]),
            "BeneficiaryAccountNumber": RED(lambda f: nuban(f, f.pick(NG_BANKS)[0]), "bank account"),
            "BeneficiaryAccountName": Y(
                lambda f: f"{last(f, 'ng').upper()} {first(f, 'ng').upper()}", "name"
            ),
            "SessionId": G(lambda f: "0000" + d(f, 26)),
            "Narration": G(
                lambda f: f.pick(["KopaCash loan disbursement", "LN disbursement", "Top-up loan"])
            ),
            "DisbursedAtUtc": G(lambda f: f.iso()),
            "IsTopUp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Repayment Reminder Sent",
        "ruby",
        "kopa",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "push"])),
            "template_id": G(lambda f: f.pick(["due_in_3d", "overdue_7d", "top_up_offer"])),
            "to": Y(lambda f: phone(f, f.pick(["ke", "ng"])), "phone", True),
            "body": Y(reminder_text, "name", True),
            "days_past_due": G(lambda f: f.r.randint(-3, 45)),
            "outstanding_amount": G(lambda f: money(f, 500, 300000, 50)),
            "provider": G(lambda f: f.pick(["Africa's Talking", "Termii", "Twilio", "Infobip"])),
            "provider_message_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Card Linked",
        "web",
        "kopa",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "bank_transfer", "ussd"])),
            "card_bin": G(lambda f: f.pick(["506105", "539983", "418742", "519911", "533477"])),
            "card_last4": G(lambda f: d(f, 4)),
            "card_brand": G(lambda f: f.pick(["verve", "visa", "mastercard"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "authorization_code": RED(
                lambda f: "AUTH_" + up(f, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), "token"
            ),
            "save_card": G(lambda f: f.pick([True, False])),
            "tokenization_fee": G(lambda f: f.pick([50, 100])),
        },
    ),
    (
        "track",
        "Paystack Charge Success",
        "node",
        "kopa",
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: f.r.randint(3_000_000_000, 3_999_999_999)),
                "reference": G(lambda f: f.pick(["rep_", "ln_"]) + f.hexid(12)),
                "amount": G(lambda f: money(f, 5000, 30_000_000, 100)),
                "currency": G(lambda f: "NGN"),
                "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
                "status": G(lambda f: "success"),
                "paid_at": G(lambda f: f.iso()),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "fees": G(lambda f: money(f, 100, 200000, 5)),
                "authorization": {
                    "authorization_code": RED(
                        lambda f: "AUTH_" + up(f, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), "token"
                    ),
                    "bin": G(lambda f: f.pick(["506105", "539983", "408408", "418742"])),
                    "last4": G(lambda f: d(f, 4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["verve ", "visa ", "mastercard DEBIT"])),
                    "bank": G(lambda f: f.pick(NG_BANKS)[1]),
                    "country_code": G(lambda f: "NG"),
                    "brand": G(lambda f: f.pick(["verve", "visa", "mastercard"])),
                    "reusable": G(lambda f: f.pick([True, False])),
                    "signature": G(lambda f: "SIG_" + up(f, 20, "abcdefghijklmnopqrstuvwxyz0123456789")),
                },
                "customer": {
                    "id": G(lambda f: f.r.randint(100_000_000, 199_999_999)),
                    "first_name": Y(lambda f: first(f, "ng"), "name"),
                    "last_name": Y(lambda f: last(f, "ng"), "name"),
                    "email": Y(lambda f: email(f, "ng"), "email"),
                    "customer_code": G(lambda f: "CUS_" + up(f, 15, "abcdefghijklmnopqrstuvwxyz0123456789")),
                    "phone": Y(lambda f: phone(f, "ng"), "phone"),
                    "risk_action": G(lambda f: f.pick(["default", "allow", "deny"])),
                },
            },
        },
    ),
    (
        "track",
        "Merchant Onboarded",
        "ruby",
        "kopa",
        {
            "merchant_id": G(lambda f: "MRC" + d(f, 7)),
            "business_name": G(
                lambda f: f.pick(
                    [
                        "Iya Bukola Provisions",
                        "Chidi Phones & Accessories",
                        "Alhaji Musa Ventures",
                        "Blessing Beauty Salon",
                        "Tunde POS Hub",
                    ]
                )
            ),
            "business_address": G(lambda f: f"Shop {f.r.randint(1, 300)}, {f.pick(MARKETS_NG)}"),
            "business_phone": G(lambda f: phone(f, "ng")),
            "business_category": G(lambda f: f.pick(["provisions", "phones", "beauty", "pos_agent", "food"])),
            "cac_number": G(lambda f: f.pick(["BN", "RC"]) + d(f, 7)),
            "owner_name": Y(lambda f: full(f, "ng"), "name"),
            "owner_bvn": RED(lambda f: bvn(f), "national id"),
            "owner_phone": Y(lambda f: phone(f, "ng"), "phone"),
            "owner_email": Y(lambda f: email(f, "ng"), "email"),
            "settlement_account_number": RED(lambda f: nuban(f, f.pick(NG_BANKS)[0]), "bank account"),
            "settlement_bank_code": G(lambda f: f.pick(NG_BANKS)[0]),
            "terminal_id": G(lambda f: "2057" + up(f, 4)),
            "onboarded_by_staff_id": G(lambda f: "STF" + d(f, 4)),
        },
    ),
    (
        "page",
        "Loan Offer",
        "web",
        "kopa",
        {
            "path": G(lambda f: f.pick(["/loans/offer", "/loans/offer/accept"])),
            "url": G(lambda f: "https://www.kopacash.ng" + f.pick(["/loans/offer", "/loans/offer/accept"])),
            "title": G(lambda f: "Your loan offer | KopaCash"),
            "referrer": G(lambda f: f.pick(["", "https://www.kopacash.ng/loans/apply"])),
            "offer_amount": G(lambda f: money(f, 5000, 500000, 1000)),
            "apr": G(lambda f: f.pick([48.0, 96.5, 120.0, 180.0])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    # ===== Indian BNPL / UPI =================================================================
    (
        "track",
        "KYC Completed",
        "kotlin",
        "udhaar",
        {
            "kyc_mode": G(lambda f: f.pick(["okyc", "ckyc", "digilocker", "video_kyc"])),
            "pan_number": RED(lambda f: pan(f), "national id"),
            "pan_verified": G(lambda f: f.pick([True, False])),
            "name_as_per_pan": Y(lambda f: full(f, "in").upper(), "name"),
            "father_name": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "aadhaar_number": RED(aadhaar, "national id"),
            "aadhaar_last4": RED(lambda f: d(f, 4), "national id"),
            "aadhaar_otp_sent": G(lambda f: f.pick([True, False])),
            "aadhaar_linked_mobile": G(lambda f: f.pick([True, False])),
            "dob": Y(lambda f: dob_any(f), "birthdate"),
            "pincode": Y(lambda f: postcode(f, "in"), "zipcode"),
            "city": Y(lambda f: f.pick(IN_CITIES), "city"),
            "state": G(lambda f: f.pick(IN_STATES)),
            "ckyc_number": RED(lambda f: d(f, 14), "national id"),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
            "kyc_duration_sec": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "UPI Payment Completed",
        "rn",
        "udhaar",
        {
            "payer_vpa": RED(vpa, "bank account"),
            "payee_vpa": RED(vpa, "bank account"),
            "payee_name": Y(lambda f: full(f, "in"), "name"),
            "amount": G(lambda f: round(f.r.uniform(1, 50000), 2)),
            "currency": G(lambda f: "INR"),
            "upi_txn_id": G(lambda f: d(f, 12)),
            "npci_txn_ref": G(lambda f: "YBL" + f.hexid(32)),
            "psp_app": G(lambda f: f.pick(["GPay", "PhonePe", "Paytm", "BHIM", "CRED"])),
            "payer_bank": G(lambda f: f.pick(IN_BANKS)[1]),
            "remarks": G(lambda f: f.pick(["rent", "dinner split", "petrol", "", "groceries", "chit fund"])),
            "status": G(lambda f: f.pick(["SUCCESS", "FAILURE", "PENDING"])),
            "collect_request": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Merchant QR Paid",
        "flutter",
        "udhaar",
        {
            "merchant_vpa": G(
                lambda f: f.pick(
                    [
                        "swiggy.stores@icici",
                        "zomato@hdfcbank",
                        "bigbazaar@ybl",
                        "q123456789@ybl",
                        "paytmqr2810050501011@paytm",
                    ]
                )
            ),
            "merchant_name": G(
                lambda f: f.pick(
                    ["Swiggy", "Zomato", "Big Bazaar", "Sri Lakshmi Tiffin Centre", "Sharma General Store"]
                )
            ),
            "mcc": G(lambda f: f.pick(["5411", "5812", "5814", "5311"])),
            "amount": G(lambda f: round(f.r.uniform(10, 9000), 2)),
            "rrn": G(lambda f: d(f, 12)),
            "paid_with": G(lambda f: f.pick(["bnpl_limit", "upi_lite", "credit_line"])),
            "cashback": G(lambda f: f.pick([0, 0, 5, 10, 25])),
        },
    ),
    (
        "track",
        "upi-mandate-created",
        "go",
        "udhaar",
        {
            "mandate-id": G(lambda f: f.uuid()),
            "umn": G(lambda f: f.hexid(32) + "@ybl"),
            "payer-vpa": RED(vpa, "bank account"),
            "payer-name": Y(lambda f: full(f, "in"), "name"),
            "amount-limit": G(lambda f: f.pick([5000, 15000, 100000])),
            "frequency": G(lambda f: f.pick(["MONTHLY", "AS_PRESENTED"])),
            "start-date": G(lambda f: f.date(2024, 2024)),
            "end-date": G(lambda f: f.date(2025, 2027)),
            "merchant-name": G(lambda f: "UdhaarPe Finance Pvt Ltd"),
            "status": G(lambda f: f.pick(["ACTIVE", "PENDING", "REVOKED"])),
        },
    ),
    (
        "track",
        "EMI Paid",
        "flutter",
        "udhaar",
        {
            "loan_id": G(lambda f: "UPL" + d(f, 9)),
            "emi_number": G(lambda f: f.r.randint(1, 12)),
            "emi_amount": G(lambda f: round(f.r.uniform(300, 25000), 2)),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "paid_at": G(lambda f: f.iso()),
            "days_past_due": G(lambda f: f.r.randint(0, 30)),
            "payment_mode": G(lambda f: f.pick(["upi", "nach", "debit_card", "netbanking"])),
            "umrn": G(lambda f: f.pick(["HDFC", "ICIC", "UTIB"]) + "7" + d(f, 15)),
            "bureau_reported": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Details Added",
        "php",
        "udhaar",
        {
            "naam": Y(lambda f: full(f, "in"), "name"),
            "pita_ka_naam": Y(lambda f: f"{first(f, 'in')} {last(f, 'in')}", "name"),
            "mobile_sankhya": Y(lambda f: phone(f, "in"), "phone"),
            "pata": Y(lambda f: address(f, "in"), "address"),
            "email_pata": Y(lambda f: email(f, "in"), "email"),
            "janm_tithi": Y(lambda f: dob_any(f), "birthdate"),
            "shahar": Y(lambda f: f.pick(IN_CITIES), "city"),
            "rajya": G(lambda f: f.pick(IN_STATES)),
            "pincode": Y(lambda f: postcode(f, "in"), "zipcode"),
            "khata_sankhya": RED(in_account, "bank account"),
            "ifsc": G(ifsc),
            "bank_ka_naam": G(lambda f: f.pick(IN_BANKS)[1]),
            "rashi": G(lambda f: money(f, 1000, 200000, 500)),
            "lenden_id": G(lambda f: "TXN" + d(f, 12)),
            "penny_drop_status": G(lambda f: f.pick(["success", "name_mismatch", "invalid_account"])),
        },
    ),
    (
        "track",
        "Bill Paid",
        "web",
        "udhaar",
        {
            "biller_name": G(
                lambda f: f.pick(
                    ["BESCOM", "Tata Power Mumbai", "MSEDCL", "Airtel Postpaid", "Jio Fiber", "LIC Premium"]
                )
            ),
            "biller_category": G(
                lambda f: f.pick(["electricity", "mobile_postpaid", "broadband", "insurance"])
            ),
            "consumer_number": G(lambda f: d(f, f.pick([9, 10, 12]))),
            "amount": G(lambda f: round(f.r.uniform(99, 12000), 2)),
            "convenience_fee": G(lambda f: f.pick([0, 0, 5, 10])),
            "bbps_txn_ref": G(lambda f: "CC0" + up(f, 17)),
            "autopay_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Credit Limit Assigned",
        "java",
        "udhaar",
        {
            "credit_limit": G(lambda f: money(f, 2000, 200000, 1000)),
            "currency": G(lambda f: f.pick(["INR", "NGN", "KES"])),
            "bureau": G(
                lambda f: f.pick(["CIBIL", "Experian India", "CRC", "Metropol CRB", "CreditInfo Kenya"])
            ),
            "bureau_score": G(lambda f: f.r.randint(300, 900)),
            "score_band": G(lambda f: f.pick(["A", "B", "C", "D", "NTC"])),
            "risk_grade": G(lambda f: f.pick(["low", "medium", "high"])),
            "model_version": G(lambda f: f.pick(["xgb-2024.03.1", "xgb-2024.05.2"])),
            "underwriter_id": G(lambda f: "UW" + d(f, 4)),
            "approved_by_email": Y(
                lambda f: (
                    f.pick(["priya.n", "r.kumar", "meenakshi.p", "k.iyer", "arjun.reddy"]) + "@udhaarpe.in"
                ),
                "email",
            ),
            "sanction_letter_url": G(lambda f: f"https://docs.udhaarpe.in/sl/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        "udhaar",
        {
            "order_id": G(lambda f: "OD" + d(f, 18)),
            "affiliation": G(lambda f: f.pick(["Flipkart", "Myntra", "Croma", "Tata CLiQ"])),
            "total": G(lambda f: round(f.r.uniform(499, 90000), 2)),
            "revenue": G(lambda f: round(f.r.uniform(499, 90000), 2)),
            "currency": G(lambda f: "INR"),
            "payment_method": G(lambda f: "udhaarpe_bnpl"),
            "installments": G(lambda f: f.pick([3, 6, 9, 12])),
            "down_payment": G(lambda f: f.pick([0, 0, 499, 999])),
            "products": Many(
                {
                    "product_id": G(lambda f: "MOB" + up(f, 12)),
                    "sku": G(
                        lambda f: f.pick(["SM-A155F-BLK", "RN13-128-GRN", "BOAT-ROCK-450", "NIKE-DM0113-10"])
                    ),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Samsung Galaxy A15 5G",
                                "Redmi Note 13",
                                "boAt Rockerz 450",
                                "Nike Revolution 6",
                                "Prestige Pressure Cooker 5L",
                            ]
                        )
                    ),
                    "brand": G(lambda f: f.pick(["Samsung", "Xiaomi", "boAt", "Nike", "Prestige"])),
                    "category": G(lambda f: f.pick(["Mobiles", "Audio", "Footwear", "Kitchen"])),
                    "price": G(lambda f: round(f.r.uniform(499, 40000), 2)),
                    "quantity": G(lambda f: f.r.randint(1, 2)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(lambda f: full(f, "in"), "name"),
                "line1": Y(lambda f: street(f, "in"), "address|street"),
                "city": Y(lambda f: f.pick(IN_CITIES), "city"),
                "state": G(lambda f: f.pick(IN_STATES)),
                "pincode": Y(lambda f: postcode(f, "in"), "zipcode"),
                "phone": Y(lambda f: phone(f, "in"), "phone"),
            },
        },
    ),
    (
        "screen",
        "Loan Dashboard",
        "flutter",
        "udhaar",
        {
            "tab": G(lambda f: f.pick(["overview", "emi_schedule", "statements"])),
            "outstanding": G(lambda f: round(f.r.uniform(0, 150000), 2)),
            "next_due_date": G(lambda f: f.date(2024, 2025)),
            "load_time_ms": G(lambda f: f.r.randint(120, 4000)),
            "previous_screen": G(lambda f: f.pick(["Home", "Pay", "Profile"])),
        },
    ),
    # ===== Remittance from UK / US / Gulf ====================================================
    (
        "identify",
        None,
        "dotnet+traits",
        "send",
        {
            "FirstName": Y(lambda f: first(f, "dia"), "name"),
            "LastName": Y(lambda f: last(f, "dia"), "name"),
            "Email": Y(lambda f: email(f, "dia"), "email"),
            "MobileNumber": Y(lambda f: phone(f, "dia"), "phone"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "AddressLine1": Y(lambda f: street(f, "dia"), "address|street"),
            "Town": Y(
                lambda f: f.pick(UK_TOWNS + US_CITIES + ["Dubai", "Sharjah", "Riyadh", "Jeddah"]), "city"
            ),
            "Postcode": Y(lambda f: postcode(f, "dia"), "zipcode"),
            "CountryOfResidence": G(lambda f: f.pick(["GB", "US", "AE", "SA"])),
            "Nationality": Y(
                lambda f: f.pick(["Kenyan", "Nigerian", "Indian", "British", "Filipino"]), "citizenship"
            ),
            "IdDocumentType": G(
                lambda f: f.pick(["Passport", "DrivingLicence", "ResidencePermit", "EmiratesId"])
            ),
            "IdDocumentNumber": RED(
                lambda f: passport(f, f.pick(["ke", "ng", "in", "dia"])), "passport|national id"
            ),
            "IdDocumentExpiry": G(lambda f: f.date(2025, 2034)),
            "Occupation": G(lambda f: f.pick(JOBS)),
            "SourceOfFunds": G(lambda f: f.pick(["Salary", "Savings", "Business", "Gift"])),
            "MarketingOptIn": G(lambda f: f.pick([True, False])),
            "CustomerNumber": G(lambda f: "SH" + d(f, 8)),
            "RiskRating": G(lambda f: f.pick(["Low", "Medium", "High"])),
        },
    ),
    (
        "track",
        "Transfer Created",
        "swift",
        "send",
        {
            "transfer_id": G(lambda f: with_region(f, f.uuid())),
            "send_amount": G(lambda f: round(f.r.uniform(10, 3000), 2)),
            "send_currency": G(lambda f: f.pick(["GBP", "USD", "AED", "SAR"])),
            "receive_amount": G(lambda f: round(f.r.uniform(1000, 3_000_000), 2)),
            "receive_currency": G(lambda f: {"ke": "KES", "ng": "NGN", "in": "INR"}[f.rg]),
            "fx_rate": G(lambda f: round(f.r.uniform(20, 2000), 4)),
            "fee": G(lambda f: f.pick([0, 0.99, 1.99, 2.99, 5.0])),
            "payout_method": G(lambda f: f.pick(["mobile_money", "bank_deposit", "cash_pickup", "upi"])),
            "purpose": G(lambda f: f.pick(["family_support", "education", "medical", "savings", "gift"])),
            "promo_code": G(lambda f: f.pick(["", "FIRSTFREE", "EID24", "HOME10"])),
            "is_repeat": G(lambda f: f.pick([True, False])),
            "recipient": {
                "id": G(lambda f: "rcp_" + f.hexid(12)),
                "first_name": Y(lambda f: first(f, f.rg), "name"),
                "last_name": Y(lambda f: last(f, f.rg), "name"),
                "phone": Y(lambda f: phone(f, f.rg), "phone"),
                "relationship": G(lambda f: f.pick(KIN)),
                "email": Y(lambda f: email(f, f.rg), "email"),
                "address": Y(lambda f: address(f, f.rg), "address"),
                "id_number": RED(lambda f: {"ke": ke_id, "ng": nin, "in": pan}[f.rg](f), "national id"),
                "country": G(lambda f: f.rg.upper()),
                "city": Y(lambda f: city(f, f.rg), "city"),
                "mobile_wallet_provider": G(
                    lambda f: f.pick(
                        {
                            "ke": ["M-Pesa", "Airtel Money"],
                            "ng": ["OPay", "PalmPay"],
                            "in": ["Paytm", "PhonePe"],
                        }[f.rg]
                    )
                ),
                "bank_name": G(
                    lambda f: f.pick(
                        {"ke": KE_BANKS, "ng": [b for _, b in NG_BANKS], "in": [b for _, b in IN_BANKS]}[f.rg]
                    )
                ),
                "bank_account_number": RED(lambda f: recipient_account(f, f.rg), "bank account"),
                "ifsc": G(lambda f: ifsc(f) if f.rg == "in" else ""),
            },
        },
    ),
    (
        "track",
        "Recipient Added",
        "web",
        "send",
        {
            "recipientFullName": Y(lambda f: full(f, any_region(f)), "name"),
            "recipientMsisdn": Y(lambda f: phone(f, any_region(f)), "phone"),
            "recipientEmail": Y(lambda f: email(f, any_region(f)), "email"),
            "recipientCountry": G(lambda f: f.pick(["KE", "NG", "IN"])),
            "nickname": G(
                lambda f: f.pick(["Mum", "Dad", "Mama", "Baba", "Bro", "Sis", "Amma", "Papa", "Landlord"])
            ),
            "relationship": G(lambda f: f.pick(KIN)),
            "deliveryMethod": G(lambda f: f.pick(["mobile_money", "bank_deposit", "cash_pickup"])),
            "recipientCount": G(lambda f: f.r.randint(1, 12)),
            "addedFrom": G(lambda f: f.pick(["send_flow", "recipients_tab"])),
        },
    ),
    (
        "track",
        "Beneficiary Saved",
        "rn",
        "send",
        {
            "beneficiary_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: full(f, any_region(f)), "name", True),
            "payout_type": G(lambda f: f.pick(["wallet", "bank", "upi"])),
            "payout_country": G(lambda f: f.pick(["KE", "NG", "IN"])),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Recipient Lookup",
        "swift",
        "send",
        {
            "q": Y(lambda f: phone(f, any_region(f)), "phone", True),
            "search_type": G(lambda f: f.pick(["wallet_name_check", "contact_search"])),
            "results_count": G(lambda f: f.r.randint(0, 3)),
            "wallet_name_match": G(lambda f: f.pick(["full", "partial", "none"])),
            "latency_ms": G(lambda f: f.r.randint(80, 3000)),
        },
    ),
    (
        "track",
        "Cash Pickup Ready",
        "java",
        "send",
        {
            "transfer_id": G(lambda f: f.uuid()),
            "pickup_code": RED(lambda f: d(f, 10), "token|secret"),
            "pickup_location_name": G(
                lambda f: f.pick(
                    [
                        "Equity Bank Moi Avenue",
                        "Access Bank Allen Avenue",
                        "Western Union - Thamel Forex",
                        "Muthoot Finance Kochi",
                    ]
                )
            ),
            "pickup_city": G(lambda f: f.pick(["Nairobi", "Lagos", "Kochi", "Kisumu", "Kano"])),
            "recipient_id_type": G(lambda f: f.pick(["national_id", "passport", "voters_card"])),
            "expires_at": G(lambda f: f.iso()),
            "notified_via": G(lambda f: f.pick(["sms", "whatsapp"])),
        },
    ),
    (
        "track",
        "Sender Verified",
        "kotlin",
        "send",
        {
            "country_of_residence": G(lambda f: f.pick(["AE", "SA"])),
            "emirates_id": RED(emirates_id, "national id"),
            "iqama_number": RED(iqama, "national id"),
            "passport_number": RED(lambda f: passport(f, f.pick(["ke", "ng", "in"])), "passport"),
            "residency_visa_type": RED(
                lambda f: f.pick(["employment", "residence", "family", "visit"]), "visa"
            ),
            "visa_expiry_date": G(lambda f: f.date(2024, 2027)),
            "employer_name": G(
                lambda f: f.pick(
                    [
                        "Emirates Group",
                        "Al Futtaim",
                        "Saudi Aramco",
                        "Almarai",
                        "Dubai Municipality",
                        "Lulu Hypermarket",
                    ]
                )
            ),
            "monthly_salary_aed": Y(lambda f: money(f, 1500, 40000, 100), "salary"),
            "salary_transfer_bank": G(lambda f: f.pick(["Emirates NBD", "ADCB", "Al Rajhi Bank", "Mashreq"])),
            "payer_iban": RED(lambda f: iban(f, f.pick(["AE", "SA"])), "bank account"),
            "verification_level": G(lambda f: f.pick(["basic", "enhanced"])),
        },
    ),
    (
        "track",
        "US Sender KYC Submitted",
        "web",
        "send",
        {
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "ssn_last4": RED(lambda f: d(f, 4), "social security number"),
            "full_legal_name": Y(lambda f: full(f, "dia"), "name"),
            "street_address": Y(lambda f: f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}", "address|street"),
            "city": Y(lambda f: f.pick(US_CITIES), "city"),
            "dob": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "state": G(lambda f: f.pick(["TX", "GA", "MN", "NJ", "MD", "WA", "OH"])),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "monthly_limit_usd": G(lambda f: f.pick([2999, 10000, 25000])),
            "kyc_vendor": G(lambda f: f.pick(["Persona", "Alloy", "Socure"])),
            "ofac_hit": G(lambda f: f.pick([False, False, True])),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{d(f, 10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
        },
    ),
    (
        "track",
        "UK Bank Payment Initiated",
        "dotnet",
        "send",
        {
            "PaymentId": G(lambda f: f.uuid()),
            "Provider": G(lambda f: f.pick(["TrueLayer", "Yapily", "Plaid"])),
            "PayerName": Y(lambda f: full(f, "dia"), "name"),
            "PayerSortCode": G(lambda f: f"{f.pick(['20', '40', '30', '60', '09'])}-{d(f, 2)}-{d(f, 2)}"),
            "PayerEmail": Y(lambda f: email(f, "dia"), "email"),
            "PayerAccountNumber": RED(lambda f: d(f, 8), "bank account"),
            "PayerIban": RED(lambda f: iban(f, "GB"), "bank account"),
            "AmountMinor": G(lambda f: money(f, 1000, 300000)),
            "Currency": G(lambda f: "GBP"),
            "Status": G(lambda f: f.pick(["authorization_required", "executed", "failed"])),
            "Reference": G(lambda f: "SH" + d(f, 8)),
        },
    ),
    (
        "page",
        "Send Money",
        "web",
        "send",
        {
            "path": G(lambda f: f.pick(["/send", "/send/kenya", "/send/nigeria", "/send/india"])),
            "url": G(lambda f: "https://www.sendhome.com" + f.pick(["/send", "/send/kenya", "/send/india"])),
            "title": G(lambda f: f.pick(["Send money to Kenya", "Send money to India", "Send money home"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "corridor": G(lambda f: f.pick(["GBP-KES", "GBP-NGN", "USD-INR", "AED-INR"])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Email Typo Suggested",
        "web",
        "send",
        {
            "input": Y(typo_email, "email", True),
            "suggestion": Y(lambda f: f.typo_fix, "email", True),
            "accepted": G(lambda f: f.pick([True, False])),
            "form": G(lambda f: f.pick(["signup", "profile"])),
        },
    ),
    (
        "track",
        "Signup Completed",
        "web",
        "send",
        {
            "email": Y(lambda f: email(f, "dia"), "email"),
            "firstName": Y(lambda f: first(f, "dia"), "name"),
            "lastName": Y(lambda f: last(f, "dia"), "name"),
            "phone": Y(lambda f: phone(f, "dia"), "phone"),
            "country": G(lambda f: f.pick(["GB", "US", "AE", "SA"])),
            "signupMethod": G(lambda f: f.pick(["email", "google", "apple"])),
            "referredBy": G(lambda f: f.pick(["", up(f, 6), up(f, 6)])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
            "destinationCountry": G(lambda f: f.pick(["KE", "NG", "IN"])),
        },
    ),
    # ===== cross-cutting ======================================================================
    (
        "track",
        "Guarantor Consent Given",
        "kotlin",
        "kopa",
        {
            "loan_application_id": G(lambda f: f.uuid()),
            "guarantor_name": Y(lambda f: full(f, "ng"), "name"),
            "guarantor_phone": Y(lambda f: phone(f, "ng"), "phone"),
            "guarantor_bvn": RED(lambda f: bvn(f), "national id"),
            "guarantor_address": Y(lambda f: address(f, "ng"), "address"),
            "guarantor_employer": G(lambda f: f.pick(EMPLOYERS)),
            "consent_channel": G(lambda f: f.pick(["ussd", "sms_link", "in_app"])),
            "consented_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Address Autocomplete Selected",
        "rn",
        "udhaar",
        {
            "place_id": G(
                lambda f: (
                    "ChIJ" + up(f, 23, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                )
            ),
            "description": Y(lambda f: address(f, "in"), "address", True),
            "landmark": Y(
                lambda f: f"Near {f.pick(LANDMARKS_IN)}, {f.pick(IN_AREAS)}",
                "address",
            ),
            "latitude": Y(lambda f: lat_in(f, "in"), "geolocation"),
            "longitude": Y(lambda f: lon_in(f, "in"), "geolocation"),
            "address_type": G(lambda f: f.pick(["home", "work", "other"])),
            "suggestions_shown": G(lambda f: f.r.randint(1, 5)),
            "provider": G(lambda f: f.pick(["google_places", "mapmyindia"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        "kopa",
        {
            "otp_length": G(lambda f: f.pick([4, 6])),
            "otp_code": RED(lambda f: d(f, f.pick([4, 6])), "token|secret"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "method": G(lambda f: f.pick(["sms", "whatsapp", "voice", "sms_retriever"])),
            "auto_read": G(lambda f: f.pick([True, False])),
            "device_binding": G(lambda f: f.pick([True, False])),
            "sim_slot": G(lambda f: f.pick([0, 1])),
            "pin_attempts_remaining": G(lambda f: f.r.randint(0, 3)),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Device Risk Assessed",
        "node",
        "pesa",
        {
            "session_id": G(lambda f: f.uuid()),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "ip_country": G(lambda f: f.pick(["KE", "NG", "IN", "GB", "AE", "US"])),
            "vpn_detected": G(lambda f: f.pick([True, False])),
            "device_fingerprint": G(lambda f: f.hexid(40)),
            "is_rooted": G(lambda f: f.pick([True, False])),
            "is_emulator": G(lambda f: f.pick([False, False, True])),
            "imei": Y(imei, "serial"),
            "sim_iccid": Y(iccid, "serial"),
            "sim_swap_detected": G(lambda f: f.pick([True, False])),
            "sim_swap_days": G(lambda f: f.r.randint(0, 900)),
            "phone_count": G(lambda f: f.r.randint(1, 3)),
            "geo": {
                "lat": Y(lambda f: lat_in(f, "ke"), "geolocation"),
                "lng": Y(lambda f: lon_in(f, "ke"), "geolocation"),
            },
            "risk_score": G(lambda f: f.r.randint(0, 1000)),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{d(f, 19)}"),
        },
    ),
    (
        "track",
        "Push Token Registered",
        "rn",
        "pesa",
        {
            "fcm_token": RED(
                lambda f: (
                    f.hexid(22)
                    + ":APA91b"
                    + up(f, 100, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                ),
                "token",
            ),
            "platform": G(lambda f: f.pick(["android", "ios"])),
            "notifications_enabled": G(lambda f: f.pick([True, False])),
            "topics": Many(G(lambda f: f.pick(["promotions", "repayments", "security"])), 3),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "rn",
        "kopa",
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "text": Y(support_text, "phone", True),
            "channel": G(lambda f: f.pick(["in_app", "whatsapp"])),
            "agent_name": Y(lambda f: full(f, f.pick(["ng", "ke"])), "name"),
            "agent_id": G(lambda f: "AGT-" + d(f, 3)),
            "queue": G(lambda f: f.pick(["loans", "repayments", "fraud", "general"])),
            "attachments": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Cover Purchased",
        "flutter",
        "pesa",
        {
            "policy_number": Y(lambda f: "PSP/HC/" + d(f, 7), "identification"),
            "product_name": G(
                lambda f: f.pick(["Hospicash Daily", "Bima ya Familia", "Loan Protect", "Maternity Plus"])
            ),
            "underwriter": G(lambda f: f.pick(["Britam", "Jubilee Insurance", "CIC Group", "Old Mutual"])),
            "premium": G(lambda f: f.pick([20, 50, 99, 150, 300])),
            "cover_amount": G(lambda f: f.pick([10000, 50000, 100000, 250000])),
            "principal_id_number": RED(lambda f: ke_id(f), "national id"),
            "nhif_number": RED(lambda f: d(f, f.pick([7, 8, 9])), "health id"),
            "pre_existing_conditions": Many(
                Y(
                    lambda f: f.pick(["hypertension", "diabetes", "asthma", "HIV", "sickle cell"]),
                    "condition",
                ),
                2,
            ),
            "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
            "beneficiaries": Many(
                {
                    "name": Y(lambda f: full(f, "ke"), "name"),
                    "phone": Y(lambda f: phone(f, "ke"), "phone"),
                    "relationship": G(lambda f: f.pick(["spouse", "child", "parent", "sibling"])),
                    "date_of_birth": Y(lambda f: f.date(1950, 2023), "birthdate"),
                    "share_percent": G(lambda f: f.pick([25, 50, 100])),
                },
                3,
            ),
            "dependants_count": G(lambda f: f.r.randint(0, 6)),
        },
    ),
    (
        "track",
        "Field Visit Logged",
        "flutter",
        "pesa",
        {
            "visit_id": G(lambda f: f.uuid()),
            "officer_name": Y(lambda f: full(f, "ke"), "name"),
            "officer_staff_no": G(lambda f: "LO" + d(f, 4)),
            "borrower_name": Y(lambda f: full(f, "ke"), "name"),
            "borrower_phone": Y(lambda f: phone(f, "ke"), "phone"),
            "group_name": G(lambda f: f.pick(CHAMAS)),
            "visit_lat": Y(lambda f: lat_in(f, "ke"), "geolocation"),
            "visit_lng": Y(lambda f: lon_in(f, "ke"), "geolocation"),
            "business_photo_url": Y(lambda f: f"https://field.pesapap.co.ke/photos/{f.uuid()}.jpg", "photo"),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Group meeting held, all members present",
                        "Stock looks healthy",
                        "Repayment plan agreed",
                        "Shop closed on visit, will revisit",
                    ]
                )
            ),
            "members_present": G(lambda f: f.r.randint(3, 30)),
            "visit_outcome": G(lambda f: f.pick(["paid", "promise_to_pay", "no_contact"])),
        },
    ),
    (
        "track",
        "Staff Console Login",
        "web",
        "kopa",
        {
            "staff_name": Y(lambda f: full(f, "ng"), "name"),
            "staff_email": Y(
                lambda f: f"{first(f, 'ng').lower()}.{last(f, 'ng').lower()}@kopacash.ng", "email"
            ),
            "role": G(lambda f: f.pick(["collections_agent", "kyc_reviewer", "admin", "finance"])),
            "branch": G(lambda f: f.pick(["Lagos HQ", "Abuja", "Nairobi", "Remote"])),
            "mfa_method": G(lambda f: f.pick(["totp", "sms", "webauthn"])),
            "sso": G(lambda f: f.pick([True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "identify",
        None,
        "python+noip+ext",
        "kopa",
        {
            "CUSTOMER_ID": G(lambda f: "C" + d(f, 9)),
            "EMAIL": Y(lambda f: email(f, "ng"), "email"),
            "PHONE_E164": Y(
                lambda f: "+234" + f.pick(["803", "806", "813", "706", "810"]) + d(f, 7), "phone"
            ),
            "FIRST_NAME": Y(lambda f: first(f, "ng"), "name"),
            "LAST_NAME": Y(lambda f: last(f, "ng"), "name"),
            "DATE_OF_BIRTH": Y(lambda f: dob(f), "birthdate"),
            "CITY": Y(lambda f: f.pick(NG_CITIES), "city"),
            "HOME_ADDRESS": Y(lambda f: address(f, "ng"), "address"),
            "BVN": RED(lambda f: bvn(f), "national id"),
            "COUNTRY_CODE": G(lambda f: "NG"),
            "LIFETIME_LOAN_VALUE_NGN": G(lambda f: money(f, 0, 5_000_000, 500)),
            "LOAN_COUNT": G(lambda f: f.r.randint(0, 40)),
            "LAST_LOAN_STATUS": G(lambda f: f.pick(["repaid", "active", "overdue", "written_off"])),
            "MAX_DPD": G(lambda f: f.r.randint(0, 120)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
            "KYC_TIER": G(lambda f: f.pick([1, 2, 3])),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        "swift",
        "udhaar",
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Very fast approval",
                        "Interest is too high",
                        "App crashes on EMI page",
                        "Good service",
                        "Please increase my limit",
                        "",
                    ]
                )
            ),
            "prompt": G(lambda f: f.pick(["after_repayment", "after_disbursal"])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, app, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_", "", "u"]) + d(f, 9),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "grp_" + f.hexid(10)
            section = "traits" if kind in ("identify", "group") else "properties"
            msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, app), f, "context", labels)
            events.append(msg)
        # an alias after signup, from a mobile app: only the context is scanned
        app = f.pick(list(APPS))
        client = f.pick(["kotlin", "swift", "rn", "flutter"])
        events.append(
            {
                "type": "alias",
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "previousId": f.uuid(),
                "userId": "usr_" + d(f, 9),
                "context": render(context_for(client, app), f, "context", labels),
            }
        )
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=4444, repeats=36)
    write(Path(__file__).parent, "holdout44_", events, labels)
