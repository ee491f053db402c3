"""Writes holdout186: tests/corpus/holdout186_events.jsonl and holdout186_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for the format),
shared/REFERENCE.md and shared/DESIGN.md only, without reading the detection engine, its
vocabularies, its tests or any other corpus's labels, and without running the engine on these
events.

Covers a mobile operator ("Lumo Mobile") in Nigeria, Pakistan and Indonesia: its self-care app
(analytics-swift, analytics-kotlin, analytics-react-native), web portal (analytics.js), the
retail agents' POS app (flutter) and server-side feeds (python, node, go, java, ruby, php,
Analytics.NET): SIM registration with NIN/BVN, CNIC and NIK/KK/NPWP and biometric flags, SIM
swap and eSIM, number porting, airtime/data top-ups, mobile-money wallets (NUBAN, PK IBAN, Raast,
Indonesian bank accounts), bill payments, device financing with bureau credit checks and
lock-on-default, call-detail and data-session telemetry (MSISDN, IMSI, IMEI, ICCID, cell ids),
retail POS, dealers and agents, customer-care tickets and chats with free text, a USSD gateway
(Africa's Talking-shaped) and an IVR webhook (Twilio-shaped).

Conventions: mostly camelCase (mobile apps) and snake_case (servers); about a fifth of paths use
PascalCase (.NET POS/dealer services, Twilio-shaped webhook), kebab-case (a node partner
gateway), SCREAMING_SNAKE (warehouse reverse-ETL) and Indonesian, Hausa, Yoruba and
Urdu-transliterated keys. Values are generated per country of the message: national phone
formats (+234 / 0803…, +92 / 0300-…, +62 / 0812-…), NUBANs with a valid check digit, PK IBANs
with mod-97 check digits, Luhn-valid cards (Verve, Visa, Mastercard), IMEIs and ICCIDs, NIKs
that encode birth date and sex, CNICs whose last digit encodes sex, NPWPs with a Luhn digit.

Labelling (the product's default colours): each leaf path gets classification, type (the
reference's matcher name, or national id / bank account / geolocation / secret / token /
advertising id / credit card / credit score; `a|b` when either is fair) and value_only (true
when the key does not say what the value is). PII: data about a natural person, the subscriber,
a recipient, a beneficiary, next of kin, a guarantor, an agent or a staff member. Green: ids we
issue (subscriber, order, ticket, loyalty, claim, meter, till, agent codes), versions,
timestamps, hashes, amounts, enums, counters and booleans under PII-sounding keys, product,
plan, bundle, handset, company and store names, a business's own phone, e-mail and address,
places that are not the person's (store city, roaming destination, state, province), country,
locale, language, OS analytics device ids, card brand/BIN/last four/expiry, bank codes. Contested
cases follow the published policy (loyalty/claim numbers and ages green; insurance policy
numbers `identification`, salaries/income `salary`, credit scores `credit score` yellow;
gclid/fbclid/fbp `advertising id` yellow; one-time codes, porting codes, cash-out codes, eSIM
activation codes, prepaid electricity tokens, card tokens and reset links `token` red; identity
document numbers `national id`/`passport` red).

Decisions where the brief leaves room (what a careful privacy owner would want):
- MSISDNs are phone numbers wherever they belong to a person (a wallet account that is the
  MSISDN, a Raast id, calling/called numbers in CDRs); a number the company answers on (IVR
  `To`) is green; a partial number pattern searched for a vanity number is green.
- BVN, NIN, CNIC, NIK, KK (family card) and NPWP (tax id) numbers are `national id` red.
- IMEI, ICCID and EID are `serial` yellow (like a VIN); the IMSI is `identification|serial`
  yellow; cell ids, LAC/TAC and other network element ids are green (they name equipment,
  and no path holds handset coordinates except the ones labelled geolocation).
- A handset's IP on the operator's network (CGNAT 10.x / 100.64.x) is an IP address: yellow.
- A KTP's religion (`agama`) is yellow `religion`; its blood group (`golongan_darah`) is health
  data and labelled yellow `condition`; a "special person" CNIC flag is red `disability`.
- Place of birth is labelled `city`; the kelurahan/kecamatan and RT/RW of a home address are
  `address` (`address|city` for the district names).
- An agent's or field rep's device location is the staff member's location: geolocation.
- A photo of a shop shelf is green; a selfie/ID-photo URL is `photo`.
- The last four digits of a national id (NIN/CNIC/NIK) are red `national id`, like an SSN's.
- Artists' names on ringback tunes are content (green), like product names.
- PII under neutral keys (value_only): `value` (an OCR'd id number), `input`, `label`, `q`,
  `identifier`, `to`, `body`, `message`, `note`, `description`, `giftMessage` and
  `context.externalIds[].id`.
- Free text is labelled by what every one of its values carries: each PII free-text path holds
  that PII in every value; free-text paths where none does are green.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST as OTHER_FIRST
from tests.corpus.fake import LAST as OTHER_LAST
from tests.corpus.fake import Fake

NAMES = {
    "NG": (
        [
            "Chinedu",
            "Ngozi",
            "Oluwaseun",
            "Adebayo",
            "Funmilayo",
            "Emeka",
            "Aisha",
            "Musa",
            "Abubakar",
            "Zainab",
            "Ifeoma",
            "Tunde",
            "Yetunde",
            "Halima",
            "Babajide",
            "Chiamaka",
            "Usman",
            "Hauwa",
            "Obinna",
            "Temitope",
            "Bukola",
            "Nnamdi",
            "Kehinde",
            "Amaka",
        ],
        [
            "Okafor",
            "Adeyemi",
            "Bello",
            "Nwosu",
            "Ogunleye",
            "Abdullahi",
            "Eze",
            "Okonkwo",
            "Balogun",
            "Danjuma",
            "Ibrahim",
            "Olawale",
            "Uche",
            "Adewale",
            "Suleiman",
            "Yusuf",
            "Akinola",
            "Obi",
            "Garba",
            "Ekwueme",
            "Oyelaran",
            "Lawal",
        ],
    ),
    "PK": (
        [
            "Muhammad",
            "Ayesha",
            "Ali",
            "Fatima",
            "Usman",
            "Hira",
            "Bilal",
            "Sana",
            "Hamza",
            "Zainab",
            "Imran",
            "Mehwish",
            "Ahmed",
            "Rabia",
            "Faisal",
            "Nimra",
            "Kashif",
            "Sadia",
            "Waqas",
            "Iqra",
            "Shahid",
            "Saima",
        ],
        [
            "Khan",
            "Ahmed",
            "Malik",
            "Qureshi",
            "Butt",
            "Chaudhry",
            "Raza",
            "Siddiqui",
            "Sheikh",
            "Hussain",
            "Abbasi",
            "Javed",
            "Mirza",
            "Akhtar",
            "Baloch",
            "Shah",
            "Iqbal",
            "Awan",
        ],
    ),
    "ID": (
        [
            "Budi",
            "Siti",
            "Agus",
            "Dewi",
            "Rizky",
            "Putri",
            "Andi",
            "Ayu",
            "Dimas",
            "Nur",
            "Wahyu",
            "Rina",
            "Fajar",
            "Indah",
            "Hendra",
            "Lestari",
            "Yusuf",
            "Maya",
            "Bayu",
            "Kartika",
            "Made",
            "Ketut",
        ],
        [
            "Santoso",
            "Wijaya",
            "Saputra",
            "Hidayat",
            "Pratama",
            "Kusuma",
            "Nugroho",
            "Siregar",
            "Lubis",
            "Setiawan",
            "Hasibuan",
            "Rahmawati",
            "Simanjuntak",
            "Gunawan",
            "Wibowo",
            "Halim",
            "Tanjung",
            "Sembiring",
        ],
    ),
}
PK_WOMEN = ["Ayesha", "Fatima", "Hira", "Sana", "Zainab", "Mehwish", "Rabia", "Nimra", "Sadia", "Saima"]
MONONYMS = ["Sukarni", "Suharti", "Mulyadi", "Sumarno", "Wartini", "Poniman"]

PHONE_PREFIX = {
    "NG": [
        "803",
        "806",
        "813",
        "816",
        "703",
        "706",
        "810",
        "814",
        "903",
        "906",
        "802",
        "808",
        "812",
        "701",
        "902",
        "805",
        "807",
        "815",
        "905",
        "809",
        "817",
        "818",
        "909",
    ],
    "PK": [
        "300",
        "301",
        "302",
        "303",
        "305",
        "306",
        "308",
        "310",
        "312",
        "313",
        "315",
        "321",
        "322",
        "331",
        "333",
        "334",
        "336",
        "340",
        "342",
        "345",
        "347",
    ],
    "ID": [
        "811",
        "812",
        "813",
        "821",
        "822",
        "852",
        "853",
        "814",
        "815",
        "856",
        "857",
        "817",
        "818",
        "819",
        "859",
        "877",
        "878",
        "895",
        "896",
        "897",
        "898",
    ],
}
CALLING = {"NG": "234", "PK": "92", "ID": "62"}
CURRENCY = {"NG": "NGN", "PK": "PKR", "ID": "IDR"}
CITIES = {
    "NG": [
        "Lagos",
        "Ikeja",
        "Abuja",
        "Kano",
        "Ibadan",
        "Port Harcourt",
        "Kaduna",
        "Enugu",
        "Benin City",
        "Onitsha",
        "Abeokuta",
        "Jos",
    ],
    "PK": [
        "Karachi",
        "Lahore",
        "Islamabad",
        "Rawalpindi",
        "Faisalabad",
        "Peshawar",
        "Multan",
        "Quetta",
        "Sialkot",
        "Hyderabad",
        "Gujranwala",
    ],
    "ID": [
        "Jakarta Selatan",
        "Surabaya",
        "Bandung",
        "Medan",
        "Makassar",
        "Yogyakarta",
        "Denpasar",
        "Semarang",
        "Palembang",
        "Bekasi",
        "Depok",
        "Malang",
    ],
}
STATES = {
    "NG": ["Lagos", "FCT", "Kano", "Oyo", "Rivers", "Kaduna", "Enugu", "Edo", "Anambra", "Ogun"],
    "PK": ["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Islamabad Capital Territory"],
    "ID": [
        "DKI Jakarta",
        "Jawa Barat",
        "Jawa Timur",
        "Sumatera Utara",
        "Sulawesi Selatan",
        "DI Yogyakarta",
        "Bali",
        "Jawa Tengah",
    ],
}
OPERATORS = {
    "NG": ["MTN", "Airtel", "Glo", "9mobile"],
    "PK": ["Jazz", "Zong", "Telenor", "Ufone"],
    "ID": ["Telkomsel", "Indosat Ooredoo", "XL Axiata", "Tri"],
}
MCC_MNC = {
    "NG": ["62120", "62130", "62150", "62160"],
    "PK": ["41001", "41003", "41004", "41006"],
    "ID": ["51010", "51001", "51011", "51089"],
}
BANKS = {
    "NG": [
        ("058", "GTBank"),
        ("044", "Access Bank"),
        ("011", "First Bank"),
        ("033", "UBA"),
        ("057", "Zenith Bank"),
        ("070", "Fidelity Bank"),
        ("232", "Sterling Bank"),
    ],
    "PK": [
        ("HABB", "HBL"),
        ("MUCB", "MCB Bank"),
        ("UNIL", "UBL"),
        ("ABPA", "Allied Bank"),
        ("MEZN", "Meezan Bank"),
        ("SCBL", "Standard Chartered"),
        ("ALFH", "Bank Alfalah"),
    ],
    "ID": [("014", "BCA"), ("008", "Mandiri"), ("002", "BRI"), ("009", "BNI"), ("022", "CIMB Niaga")],
}
HANDSETS = [
    "TECNO Spark 10",
    "TECNO Camon 20",
    "Infinix Hot 30",
    "Infinix Note 30",
    "itel A70",
    "Samsung Galaxy A14",
    "Samsung Galaxy A54",
    "Redmi 12C",
    "OPPO A78",
    "vivo Y27",
    "iPhone 13",
    "iPhone 15",
]
BUNDLES = [
    "Daily 100MB",
    "Weekly 2GB",
    "Monthly 10GB",
    "Night Owl 5GB",
    "Social Pack 1GB",
    "Paket Kuota 15GB",
    "Sooper Weekly",
    "Haftawar Mega",
    "YouTube Unlimited Weekly",
]
PLANS = ["Lumo Pulse", "Lumo Smart Prepaid", "Lumo Postpaid 25", "Lumo Business Plus", "Lumo Family"]
STORES = [
    ("LUM-IKJ-01", "Lumo Experience Centre Ikeja", "Ikeja", "+234 1 277 0100"),
    ("LUM-WUS-02", "Lumo Shop Wuse II", "Abuja", "+234 9 461 2200"),
    ("LUM-LHR-07", "Lumo Franchise Gulberg", "Lahore", "042-35761100"),
    ("LUM-KHI-03", "Lumo Store Dolmen Mall", "Karachi", "021-35290077"),
    ("LUM-JKT-11", "Gerai Lumo Grand Indonesia", "Jakarta Pusat", "021-23580011"),
    ("LUM-SBY-04", "Gerai Lumo Tunjungan Plaza", "Surabaya", "031-5311800"),
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "ymail.com",
    "hotmail.com",
    "yahoo.co.id",
    "icloud.com",
]
WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 13; TECNO CK7n) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.144 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/119.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    "Opera/9.80 (Android; Opera Mini/7.5.33361/191.303; U; en) Presto/2.12.423 Version/12.16",
]


class TF(Fake):
    """Fake values for the country of the message being built (`cc`)."""

    cc = "NG"

    def pick_cc(self, table):
        return self.pick(table[self.cc])

    def first(self):
        if self.r.random() < 0.1:
            return self.pick(OTHER_FIRST)
        return self.pick(NAMES[self.cc][0])

    def last(self):
        if self.r.random() < 0.1:
            return self.pick(OTHER_LAST)
        return self.pick(NAMES[self.cc][1])

    def full_name(self):
        if self.cc == "ID" and self.r.random() < 0.15:
            return self.pick(MONONYMS)
        if self.cc == "NG" and self.r.random() < 0.2:
            return f"{self.first()} {self.first()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def email(self):
        def clean(s):
            return s.lower().replace("'", "").replace("é", "e").replace("ö", "o").replace("ü", "u")

        first, last = clean(self.first()), clean(self.last())
        local = self.pick(
            [
                f"{first}.{last}",
                f"{first}{last}{self.r.randint(1, 99)}",
                f"{first}_{last[:4]}",
                f"{last}.{first}{self.r.randint(70, 99)}",
            ]
        )
        return local + "@" + self.pick(MAIL_DOMAINS)

    def staff_email(self):
        first = self.first().lower().replace("'", "")
        domain = {"NG": "lumomobile.ng", "PK": "lumo.com.pk", "ID": "lumo.co.id"}[self.cc]
        return f"{first}.{self.last().lower().replace(chr(39), '')}@{domain}"

    def national_number(self):
        prefix = self.pick_cc(PHONE_PREFIX)
        rest = 7 if self.cc != "ID" else self.pick([7, 8, 9])
        return prefix + "".join(str(self.r.randint(0, 9)) for _ in range(rest))

    def phone(self, style=None):
        n = self.national_number()
        cc = CALLING[self.cc]
        style = style or self.pick(["e164", "local", "local_spaced", "intl_spaced", "bare"])
        if style == "e164":
            return f"+{cc}{n}"
        if style == "bare":
            return f"{cc}{n}"
        if style == "local":
            return "0" + n
        if self.cc == "NG":
            spaced = f"{n[:3]} {n[3:6]} {n[6:]}"
        elif self.cc == "PK":
            spaced = f"{n[:3]}-{n[3:]}" if style == "local_spaced" else f"{n[:3]} {n[3:]}"
        else:
            spaced = f"{n[:3]}-{n[3:7]}-{n[7:]}"
        return ("0" + spaced) if style == "local_spaced" else f"+{cc} {spaced}"

    def msisdn(self):
        return CALLING[self.cc] + self.national_number()

    def city(self):
        return self.pick_cc(CITIES)

    def zip(self):
        if self.cc == "NG":
            return f"{self.r.randint(10, 99)}{self.r.randint(0, 2)}{self.r.randint(100, 299)}"
        if self.cc == "PK":
            return str(self.r.randint(10000, 87000))
        return str(self.r.randint(10110, 99999))

    def street(self):
        n = self.r.randint(1, 250)
        if self.cc == "NG":
            return self.pick(
                [
                    f"{n} Adeola Odeku Street, Victoria Island",
                    f"{n} Allen Avenue, Ikeja",
                    f"Plot {n}, Gwarinpa Estate",
                    f"{n} Zaria Road, Nassarawa GRA",
                    f"{n}B Ogui Road",
                    f"Block {n}, Flat 3, Festac Town",
                ]
            )
        if self.cc == "PK":
            return self.pick(
                [
                    f"House {n}, Street {self.r.randint(1, 40)}, F-8/3",
                    f"Flat {self.r.randint(1, 20)}B, Block 13, Gulshan-e-Iqbal",
                    f"House {n}-C, Model Town",
                    f"{n} Main Boulevard, DHA Phase 5",
                    f"Mohallah Qadirabad, Gali {self.r.randint(1, 12)}, House {n}",
                ]
            )
        return self.pick(
            [
                f"Jl. Sudirman No. {n}",
                f"Jl. Kebon Jeruk Raya No. {n}",
                f"Perumahan Griya Asri Blok C{self.r.randint(1, 20)} No. {n}",
                f"Jl. Gatot Subroto Gg. Mawar No. {n}",
                f"Jl. Diponegoro No. {n}",
            ]
        )

    def home_address(self):
        return f"{self.street()}, {self.city()}"

    def rt_rw(self):
        return f"{self.r.randint(1, 15):03d}/{self.r.randint(1, 12):03d}"

    def nin(self):
        return self.digits(11)

    def bvn(self):
        return "22" + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def cnic(self, female=None, dashed=None):
        region = self.pick(["35202", "35201", "42101", "42201", "61101", "37405", "17301", "33100"])
        female = self.r.random() < 0.5 if female is None else female
        last = self.pick([2, 4, 6, 8]) if female else self.pick([1, 3, 5, 7, 9])
        middle = self.digits(7)
        dashed = self.r.random() < 0.7 if dashed is None else dashed
        return f"{region}-{middle}-{last}" if dashed else f"{region}{middle}{last}"

    def nik(self, dob=None, female=None):
        region = self.pick(
            ["317401", "317104", "327301", "357801", "127101", "737101", "347101", "510301", "337401"]
        )
        dob = dob or self.date(1960, 2005)
        y, m, d = dob.split("-")
        female = self.r.random() < 0.5 if female is None else female
        day = int(d) + (40 if female else 0)
        return f"{region}{day:02d}{m}{y[2:]}{self.r.randint(1, 9999):04d}"

    def kk(self):
        region = self.pick(["3174", "3171", "3273", "3578", "1271", "7371", "3471", "5103"])
        return (
            f"{region}{self.r.randint(1, 30):02d}{self.r.randint(1, 28):02d}"
            f"{self.r.randint(1, 12):02d}{self.r.randint(5, 23):02d}{self.r.randint(1, 9999):04d}"
        )

    def npwp(self):
        body = self.digits(8)
        full = self.luhn_complete(body) + self.digits(6)
        return f"{full[:2]}.{full[2:5]}.{full[5:8]}.{full[8]}-{full[9:12]}.{full[12:15]}"

    def national_id(self):
        return {"NG": self.nin, "PK": self.cnic, "ID": self.nik}[self.cc]()

    def nuban(self, bank_code=None):
        bank_code = bank_code or self.pick(BANKS["NG"])[0]
        serial = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(c) * w for c, w in zip(bank_code + serial, weights, strict=True))
        check = (10 - total % 10) % 10
        return serial + str(check)

    def pk_iban(self, spaced=None):
        bank = self.pick(BANKS["PK"])[0]
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(16))
        numeric = "".join(str(int(c, 36)) for c in bban + "PK00")
        check = 98 - int(numeric) % 97
        raw = f"PK{check:02d}{bban}"
        spaced = self.r.random() < 0.3 if spaced is None else spaced
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def id_account(self):
        return self.digits(self.pick([10, 10, 13, 15]))

    def bank_account(self):
        return {"NG": self.nuban, "PK": self.pk_iban, "ID": self.id_account}[self.cc]()

    def card(self, formatted=None):
        kind = self.pick(["verve", "visa", "mc", "paypak"] if self.cc != "ID" else ["visa", "mc", "jcb"])
        prefix, length = {
            "verve": (self.pick(["506099", "506102", "650002"]), self.pick([16, 19])),
            "visa": ("4" + self.digits(5), 16),
            "mc": (self.pick(["51", "53", "55", "2221"]) + self.digits(4), 16),
            "paypak": ("2205" + self.digits(2), 16),
            "jcb": ("3528" + self.digits(2), 16),
        }[kind]
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        number = self.luhn_complete(body)
        formatted = self.r.random() < 0.4 if formatted is None else formatted
        if formatted:
            return " ".join(number[i : i + 4] for i in range(0, length, 4))
        return number

    def imei(self):
        tac = self.pick(["35875011", "86473204", "35290611", "86935705", "35614512", "86769103"])
        return self.luhn_complete(tac + self.digits(6))

    def imsi(self):
        return self.pick_cc(MCC_MNC) + "".join(str(self.r.randint(0, 9)) for _ in range(10))

    def iccid(self):
        body = "89" + CALLING[self.cc] + f"{self.r.randint(1, 99):02d}"
        body += "".join(str(self.r.randint(0, 9)) for _ in range(18 - len(body)))
        return self.luhn_complete(body)

    def eid(self):
        return "89049032" + "".join(str(self.r.randint(0, 9)) for _ in range(24))

    def lat(self):
        lo, hi = {"NG": (4.4, 13.5), "PK": (24.5, 36.5), "ID": (-8.8, 3.6)}[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = {"NG": (2.8, 14.2), "PK": (61.5, 75.5), "ID": (95.5, 140.5)}[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def ipv4(self):
        first = {
            "NG": [41, 102, 105, 154, 197],
            "PK": [39, 58, 111, 119, 182],
            "ID": [36, 103, 114, 180, 202],
        }[self.cc]
        r = self.r
        return f"{self.pick(first)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        head = {"NG": "2c0f:f5c0", "PK": "2400:adc0", "ID": "2001:448a"}[self.cc]
        return head + ":" + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(6))

    def cgnat_ip(self):
        r = self.r
        if r.random() < 0.5:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def amount(self, lo=None, hi=None):
        base = {"NG": (100, 50000), "PK": (50, 20000), "ID": (5000, 500000)}[self.cc]
        lo = base[0] if lo is None else lo
        hi = base[1] if hi is None else hi
        step = 50 if self.cc != "ID" else 1000
        return self.r.randint(lo // step, hi // step) * step

    def currency(self):
        return CURRENCY[self.cc]

    def token_chars(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def gclid(self):
        return self.pick(["Cj0KCQiA", "EAIaIQob", "CjwKCAjw"]) + self.token_chars(80)

    def fbclid(self):
        return "IwAR" + self.token_chars(58)

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def otp(self):
        return (
            f"{self.r.randint(0, 999999):06d}" if self.r.random() < 0.7 else f"{self.r.randint(0, 9999):04d}"
        )

    def iso(self):
        r = self.r
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return f"{day}T{clock}.{r.randint(0, 999):03d}Z"


# -- contexts sent by the client libraries ----------------------------------------------------


LOCALES = {
    "NG": ["en-NG", "en-GB", "ha-NG", "yo-NG"],
    "PK": ["en-PK", "ur-PK", "en-US"],
    "ID": ["id-ID", "en-ID", "id"],
}
TIMEZONES = {
    "NG": ["Africa/Lagos"],
    "PK": ["Asia/Karachi"],
    "ID": ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"],
}
CARRIERS = {
    "NG": ["Lumo NG", "MTN NG", "Airtel NG"],
    "PK": ["Lumo PK", "Jazz", "Zong"],
    "ID": ["Lumo ID", "Telkomsel", "IM3"],
}


def _common(f):
    return {
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: f.pick(TIMEZONES[f.cc])),
    }


def web_context(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/", "/bundles", "/recharge", "/wallet", "/support", "/shop/phones"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://l.facebook.com/", "https://www.lumomobile.ng/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?ref=sms", "?lang=ha"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["My Lumo", "Buy Data Bundles | Lumo", "Recharge | Lumo", "Help Centre - Lumo"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://my.lumo"
                    + f.pick([".ng", ".com.pk", ".co.id"])
                    + f.pick(["/", "/bundles", "/recharge", "/support"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["ramadan_bundles", "detty_december", "back_to_school", "merdeka_17"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "sms", "tiktok"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "sms_blast"])),
            "content": G(lambda f: f.pick(["carousel_v2", "static_a", "video_15s"])),
        },
        **_common(f),
    }


def swift_context(f):
    return {
        "app": {
            "name": G(lambda f: "MyLumo"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.1", "8.6.0"])),
            "build": G(lambda f: f.pick(["8400", "8512", "8603"])),
            "namespace": G(lambda f: "com.lumomobile.selfcare"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone12,1", "iPhone15,4", "iPhone13,2"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "network": {
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.2", "16.7.4", "17.4.1"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 414])),
            "height": G(lambda f: f.pick([844, 667, 896])),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
        **_common(f),
    }


def kotlin_context(f):
    return {
        "app": {
            "name": G(lambda f: "MyLumo"),
            "version": G(lambda f: f.pick(["8.4.0", "8.5.1", "8.6.0"])),
            "build": G(lambda f: f.pick(["840012", "851003", "860001"])),
            "namespace": G(lambda f: "com.lumomobile.selfcare"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(
                lambda f: f.pick(["TECNO", "INFINIX", "itel", "samsung", "Xiaomi", "OPPO", "vivo"])
            ),
            "model": G(
                lambda f: f.pick(["TECNO CK7n", "Infinix X6816", "itel A665L", "SM-A145F", "23028RN4DG"])
            ),
            "name": G(lambda f: f.pick(["TECNO-CK7n", "Infinix-X6816", "a14", "earth"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.2", "1.14.2"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "network": {
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 720),
            "height": G(lambda f: f.pick([1612, 1600, 1640])),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; Infinix X6816 Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A145F Build/UP1A.231005.007)",
                ]
            )
        ),
        **_common(f),
    }


def rn_context(f):
    return {
        "app": {
            "name": G(lambda f: "Lumo Pay"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.4", "3.4.1"])),
            "build": G(lambda f: f.pick(["320", "334", "341"])),
            "namespace": G(lambda f: "com.lumomobile.pay"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "TECNO", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone12,8", "TECNO KI5q", "SM-A235F", "Redmi Note 12"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.1", "2.18.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.3", "13", "12"])),
        },
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "traits": {
            "phone": Y(lambda f: f.phone(), "phone"),
            "name": Y(lambda f: f.full_name(), "name"),
            "walletTier": G(lambda f: f.pick(["tier_1", "tier_2", "tier_3"])),
        },
        **_common(f),
    }


def flutter_context(f):
    return {
        "app": {
            "name": G(lambda f: "Lumo Agent"),
            "version": G(lambda f: f.pick(["2.9.1", "2.10.0", "2.10.3"])),
            "build": G(lambda f: f.pick(["291", "2100", "2103"])),
            "namespace": G(lambda f: "com.lumomobile.agent"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["SUNMI", "TECNO", "samsung", "PAX"])),
            "model": G(lambda f: f.pick(["V2s", "P2 Lite SE", "TECNO BG6", "SM-T225", "A920"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.0", "1.1.3", "1.0.8"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["10", "11", "13"]))},
        "screen": {
            "width": G(lambda f: f.pick([720, 800, 1080])),
            "height": G(lambda f: f.pick([1280, 1520, 2400])),
        },
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
        },
        "traits": {
            "agentCode": G(lambda f: "AGT-" + f.digits(6)),
            "outletId": G(lambda f: "OUT" + f.digits(5)),
        },
        **_common(f),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["1.3.0", "2.1.0", "2.0.0"]),
    "go": ("analytics-go", ["3.2.2", "3.3.0", "3.1.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.4.1", "2.2.8"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.7.0", "3.8.0"]),
}


def server_context(lib, ip=False, external=False):
    name, versions = SERVER_LIBS[lib]

    def ctx(f):
        c: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            c["ip"] = Y(lambda f: f.ipv4(), "ip")
            c["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        if external:
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: f.msisdn(), "phone", True),
                    "type": G(lambda f: "msisdn"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return c

    return ctx


# -- free-text generators -----------------------------------------------------------------------


def ticket_description(f):
    ph = f.phone()
    amt = f.amount()
    return f.pick(
        [
            f"My number {ph} was debited {amt} for a bundle I did not subscribe to",
            f"Pls reverse the airtime I sent to wrong number {ph}, it was meant for my brother",
            f"No network since morning in my area, call me on {ph}",
            f"Data finished too fast on {ph}, 2GB gone in one day",
            f"Saya tidak bisa isi ulang pulsa ke nomor {ph}, mohon dibantu",
            f"Mera number {ph} block ho gaya hai, biometric verification ke baad bhi",
            f"Abeg una help me, dem deduct my money for {ph} twice",
            f"Transfer to {ph} failed but my wallet was debited",
        ]
    )


def chat_text(f):
    e = f.email()
    return f.pick(
        [
            f"send the statement to {e} please",
            f"my email is {e}, pls update it",
            f"I didn't get the receipt at {e}",
            f"kirim tagihan ke {e} ya kak",
            f"bill {e} pe bhej dein",
            f"can you change my email to {e}",
        ]
    )


def gift_message(f):
    n = f.first()
    return f.pick(
        [
            f"Happy birthday {n}!",
            f"{n}, small data for your exams",
            f"From {n} with love",
            f"Selamat ulang tahun {n}",
            f"{n} bhai, Eid Mubarak",
            f"Barka da Sallah {n}",
        ]
    )


def collections_note(f):
    ph = f.phone()
    return f.pick(
        [
            f"Customer promised to pay on Friday, reach brother on {ph}",
            f"Switched off. Alternate number {ph} picked, said will pay end of month",
            f"Sudah dihubungi di {ph}, janji bayar minggu depan",
            f"{ph} pe baat hui, salary ke baad payment karenge",
        ]
    )


def notification_body(f):
    n = f.first()
    amount = f"{f.currency()} {f.amount()}"
    return f.pick(
        {
            "NG": [
                f"Dear {n}, your Lumo bill of {amount} is due in 3 days.",
                f"Hi {n}, you have received {amount} on Lumo Pay.",
                f"{n}, your SIM registration is complete. Welcome to Lumo!",
            ],
            "PK": [
                f"Dear {n}, aap ka Lumo bill {amount} 3 din mein due hai.",
                f"{n}, aap ko Lumo Pay par {amount} mosool huay hain.",
                f"Dear {n}, your CNIC verification is complete.",
            ],
            "ID": [
                f"Halo {n}, paket data kamu akan habis besok.",
                f"Hai {n}, kamu menerima {amount} di Lumo Pay.",
                f"{n}, registrasi kartu kamu berhasil. Selamat datang di Lumo!",
            ],
        }[f.cc]
    )


CARE_COMMENTS = [
    "Reset APN settings, customer confirmed data working.",
    "Refund of bundle processed, reference shared via SMS.",
    "Escalated to network ops, site down in the area.",
    "Customer advised to update the app to the latest version.",
    "SIM replaced at outlet, service restored.",
    "Pelanggan diminta restart perangkat, masalah selesai.",
    "Customer ko 24 ghante mein callback ka bataya.",
    "Duplicate ticket, closed.",
]

# -- events -------------------------------------------------------------------------------------

ALL = ("NG", "PK", "ID")

EVENTS = [
    # -- SIM registration and identity --------------------------------------------------------
    (
        "track",
        "SIM Registration Started",
        "flutter",
        ALL,
        {
            "registration_id": G(lambda f: f.uuid()),
            "agent_code": G(lambda f: "AGT-" + f.digits(6)),
            "channel": G(lambda f: f.pick(["agent_pos", "shop", "kiosk", "field_rep"])),
            "sim_type": G(lambda f: f.pick(["prepaid", "postpaid", "esim"])),
            "iccid": Y(lambda f: f.iccid(), "serial"),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "customer_dob": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "id_type": G(lambda f: {"NG": "NIN", "PK": "CNIC", "ID": "KTP"}[f.cc]),
            "fingerprints_captured": G(lambda f: f.pick([0, 2, 4, 10])),
            "face_match": G(lambda f: f.pick([True, False])),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://kyc-media.lumomobile.com/selfies/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "track",
        "NIN Verification Submitted",
        "python",
        ("NG",),
        {
            "nin": RED(lambda f: f.nin(), "national id"),
            "verification_ref": G(lambda f: "NIMC-" + f.hexid(12).upper()),
            "response_code": G(lambda f: f.pick(["00", "01", "09", "96"])),
            "first_name": Y(lambda f: f.first(), "name"),
            "middle_name": Y(lambda f: f.first(), "name"),
            "surname": Y(lambda f: f.last(), "name"),
            "date_of_birth": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "male", "female"]), "gender"),
            "state_of_origin": G(lambda f: f.pick(STATES["NG"])),
            "lga": G(lambda f: f.pick(["Ikeja", "Alimosho", "Nassarawa", "Ibadan North", "Obio/Akpor"])),
            "match_score": G(lambda f: f.money(0, 1)),
            "sims_linked_to_nin": G(lambda f: f.r.randint(1, 7)),
            "bvn": RED(lambda f: f.bvn(), "national id"),
            "bvn_name_match": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "CNIC Verified",
        "java",
        ("PK",),
        {
            "cnic": RED(lambda f: f.cnic(), "national id"),
            "fullName": Y(lambda f: f.full_name(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1955, 2006), "birthdate"),
            "permanentAddress": Y(lambda f: f.home_address(), "address"),
            "cnicIssueDate": G(lambda f: f.date(2010, 2023)),
            "cnicExpiryDate": G(lambda f: f.date(2025, 2034)),
            "fatherName": Y(lambda f: f.pick(NAMES["PK"][0]) + " " + f.pick(NAMES["PK"][1]), "name"),
            "motherName": Y(
                lambda f: f.pick(PK_WOMEN) + " " + f.pick(["Bibi", "Begum", "Khatoon", "Akhtar"]), "name"
            ),
            "bvsStatus": G(lambda f: f.pick(["MATCHED", "NOT_MATCHED", "RETRY"])),
            "thumbImpressions": G(lambda f: f.r.randint(1, 4)),
            "nadraTransactionId": G(lambda f: f.digits(12)),
            "simsOnCnic": G(lambda f: f.r.randint(1, 5)),
            "isSpecialPersonCnic": RED(lambda f: f.pick([True, False, False]), "disability"),
            "verifiedAt": G(lambda f: f.iso()),
            "franchiseCode": G(lambda f: "FR-" + f.pick(["LHR", "KHI", "ISB", "PEW"]) + f.digits(3)),
        },
    ),
    (
        "track",
        "Registrasi Kartu Prabayar",
        "go",
        ("ID",),
        {
            "nik": RED(lambda f: f.nik(), "national id"),
            "nomor_kk": RED(lambda f: f.kk(), "national id"),
            "nomor_hp": Y(lambda f: f.phone(), "phone"),
            "nama_lengkap": Y(lambda f: f.full_name(), "name"),
            "tempat_lahir": Y(lambda f: f.city(), "city"),
            "tanggal_lahir": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "jenis_kelamin": Y(lambda f: f.pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
            "alamat": Y(lambda f: f.street(), "address"),
            "rt_rw": Y(lambda f: f.rt_rw(), "address"),
            "kelurahan": Y(
                lambda f: f.pick(
                    [
                        "Kebayoran Lama Utara",
                        "Cipete Selatan",
                        "Sukajadi",
                        "Tegalsari",
                        "Sidomulyo",
                        "Panakkukang",
                    ]
                ),
                "address|city",
            ),
            "kecamatan": Y(
                lambda f: f.pick(
                    ["Kebayoran Lama", "Cilandak", "Coblong", "Tegalsari", "Medan Baru", "Panakkukang"]
                ),
                "address|city",
            ),
            "kota": Y(lambda f: f.city(), "city"),
            "provinsi": G(lambda f: f.pick(STATES["ID"])),
            "kode_pos": Y(lambda f: f.zip(), "zipcode"),
            "agama": Y(lambda f: f.pick(["ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDDHA"]), "religion"),
            "golongan_darah": Y(lambda f: f.pick(["A", "B", "AB", "O", "-"]), "condition"),
            "status_perkawinan": G(lambda f: f.pick(["KAWIN", "BELUM KAWIN", "CERAI HIDUP"])),
            "pekerjaan": G(
                lambda f: f.pick(["KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA", "IBU RUMAH TANGGA"])
            ),
            "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNI", "WNI", "WNA"]), "citizenship"),
            "status_registrasi": G(lambda f: f.pick(["BERHASIL", "GAGAL", "DUKCAPIL_TIMEOUT"])),
            "jumlah_nomor_terdaftar": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "identify",
        None,
        "php",
        ("NG",),
        {
            "suna": Y(lambda f: f.pick(NAMES["NG"][0]), "name"),
            "sunan_mahaifi": Y(lambda f: f.pick(NAMES["NG"][0]), "name"),
            "sunan_iyali": Y(lambda f: f.last(), "name"),
            "lambar_waya": Y(lambda f: f.phone(), "phone"),
            "adireshi": Y(lambda f: f.street(), "address"),
            "gari": Y(lambda f: f.city(), "city"),
            "jiha": G(lambda f: f.pick(STATES["NG"])),
            "ranar_haihuwa": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "shekaru": G(lambda f: f.r.randint(18, 70)),
            "jinsi": Y(lambda f: f.pick(["namiji", "mace"]), "gender"),
            "harshe": G(lambda f: f.pick(["Hausa", "Turanci", "Yarbanci"])),
            "tsarin_layi": G(lambda f: f.pick(PLANS)),
        },
    ),
    (
        "track",
        "Fọọmu Aṣoju Ti Fi Silẹ",
        "php",
        ("NG",),
        {
            "oruko": Y(lambda f: f.first(), "name"),
            "oruko_idile": Y(lambda f: f.last(), "name"),
            "nomba_foonu": Y(lambda f: f.phone(), "phone"),
            "adiresi": Y(lambda f: f.street(), "address"),
            "ilu": Y(lambda f: f.city(), "city"),
            "ipinle": G(lambda f: f.pick(STATES["NG"])),
            "ojo_ibi": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "ede": G(lambda f: f.pick(["Yoruba", "Gẹẹsi", "Pidgin"])),
            "iru_sim": G(lambda f: f.pick(["prepaid", "postpaid"])),
        },
    ),
    (
        "identify",
        None,
        "ruby",
        ("PK",),
        {
            "naam": Y(lambda f: f.full_name(), "name"),
            "walid_ka_naam": Y(lambda f: f.pick(NAMES["PK"][0]) + " " + f.pick(NAMES["PK"][1]), "name"),
            "shanakhti_card_number": RED(lambda f: f.cnic(), "national id"),
            "mobile_number": Y(lambda f: f.phone(), "phone"),
            "pata": Y(lambda f: f.street(), "address"),
            "shehar": Y(lambda f: f.city(), "city"),
            "sooba": G(lambda f: f.pick(STATES["PK"])),
            "tareekh_paidaish": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "jins": Y(lambda f: f.pick(["mard", "aurat"]), "gender"),
            "umar": G(lambda f: f.r.randint(18, 70)),
            "pesha": G(lambda f: f.pick(["tajir", "mulazim", "talib-e-ilm", "kisan"])),
            "zuban": G(lambda f: f.pick(["Urdu", "Punjabi", "Sindhi", "Pashto"])),
        },
    ),
    (
        "track",
        "SIM Swap Requested",
        "flutter",
        ALL,
        {
            "swap_id": G(lambda f: f.uuid()),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "old_iccid": Y(lambda f: f.iccid(), "serial"),
            "new_iccid": Y(lambda f: f.iccid(), "serial"),
            "reason": G(lambda f: f.pick(["lost", "damaged", "stolen", "upgrade_4g"])),
            "id_document_type": G(lambda f: f.pick(["national_id", "passport", "drivers_licence"])),
            "id_document_number": RED(
                lambda f: f.national_id() if f.r.random() < 0.7 else f.pick(["A", "B", "AB"]) + f.digits(7),
                "national id|passport",
            ),
            "biometric_match": G(lambda f: f.pick([True, False])),
            "last_recharge_amount_confirmed": G(lambda f: f.pick([True, False])),
            "frequent_numbers_confirmed": G(lambda f: f.r.randint(0, 3)),
            "swap_fee": G(lambda f: f.amount(100, 1000)),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "eSIM Activated",
        "swift",
        ALL,
        {
            "eid": Y(lambda f: f.eid(), "serial"),
            "iccid": Y(lambda f: f.iccid(), "serial"),
            "qrDeliveryEmail": Y(lambda f: f.email(), "email"),
            "activationCode": RED(
                lambda f: (
                    "LPA:1$smdp.lumomobile.com$" + f.token_chars(24, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                ),
                "token",
            ),
            "smdpAddress": G(lambda f: "smdp.lumomobile.com"),
            "profileState": G(lambda f: f.pick(["enabled", "installed", "failed"])),
            "deviceModel": G(lambda f: f.pick([*HANDSETS[-2:], "iPhone 14 Pro"])),
            "qrScanned": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- number porting ---------------------------------------------------------------------------
    (
        "track",
        "Port-In Requested",
        "kotlin",
        ALL,
        {
            "portRequestId": G(lambda f: "PRQ" + f.digits(9)),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "donorOperator": G(lambda f: f.pick(OPERATORS[f.cc])),
            "upc": RED(lambda f: f.token_chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "token"),
            "portingWindow": G(lambda f: f.date(2024, 2024)),
            "reason": G(lambda f: f.pick(["better_network", "cheaper_data", "family_on_lumo", "other"])),
            "alternateContact": Y(lambda f: f.phone(), "phone"),
            "accountHolderName": Y(lambda f: f.full_name(), "name"),
            "accountHolderIdNumber": RED(lambda f: f.national_id(), "national id"),
            "isCorporate": G(lambda f: f.pick([True, False])),
            "simDeliveryRequested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Port Out Completed",
        "go",
        ALL,
        {
            "porting_id": G(lambda f: f.uuid()),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "recipient_operator": G(lambda f: f.pick(OPERATORS[f.cc])),
            "days_to_complete": G(lambda f: f.r.randint(1, 7)),
            "clearinghouse_ref": G(lambda f: "NPC" + f.digits(10)),
            "retention_offer_shown": G(lambda f: f.pick([True, False])),
            "churn_reason": G(lambda f: f.pick(["price", "coverage", "customer_service", "unknown"])),
            "tenure_months": G(lambda f: f.r.randint(1, 180)),
            "last_arpu": G(lambda f: f.amount()),
        },
    ),
    # -- top-ups ------------------------------------------------------------------------------
    (
        "track",
        "Airtime Recharge Completed",
        "swift",
        ALL,
        {
            "transactionId": G(lambda f: "TXN" + f.digits(12)),
            "amount": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "rechargeType": G(lambda f: f.pick(["self", "gift", "scheduled"])),
            "beneficiaryMsisdn": Y(lambda f: f.phone(), "phone"),
            "beneficiaryName": Y(lambda f: f.full_name(), "name"),
            "paymentMethod": G(lambda f: f.pick(["card", "wallet", "bank_transfer", "ussd"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "cardBrand": G(lambda f: f.pick(["Verve", "Visa", "Mastercard"])),
            "bonusAirtime": G(lambda f: f.amount(0, 500)),
            "promoCode": G(lambda f: f.pick(["", "BONUS10", "RAMADAN25", "MERDEKA"])),
            "isFirstRecharge": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Data Bundle Purchased",
        "kotlin",
        ALL,
        {
            "bundleId": G(lambda f: "BND-" + f.digits(4)),
            "bundleName": G(lambda f: f.pick(BUNDLES)),
            "validityDays": G(lambda f: f.pick([1, 7, 30])),
            "volumeMb": G(lambda f: f.pick([100, 1024, 2048, 10240, 15360])),
            "price": G(lambda f: f.amount()),
            "currency": G(lambda f: f.currency()),
            "autoRenew": G(lambda f: f.pick([True, False])),
            "purchasedFor": G(lambda f: f.pick(["self", "other"])),
            "giftRecipient": Y(lambda f: f.phone(), "phone"),
            "giftMessage": Y(gift_message, "name", True),
            "purchaseChannel": G(lambda f: f.pick(["app", "ussd", "web"])),
            "balanceAfter": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Recharge Voucher Loaded",
        "node",
        ALL,
        {
            "voucher_serial": G(lambda f: f.digits(12)),
            "denomination": G(lambda f: f.amount(100, 5000)),
            "batch_number": G(lambda f: "B" + f.digits(7)),
            "load_channel": G(lambda f: f.pick(["ussd", "ivr", "app"])),
            "failed_pin_attempts": G(lambda f: f.r.randint(0, 4)),
            "subscriber_id": G(lambda f: "SUB" + f.digits(9)),
            "loaded_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "screen",
        "Recharge",
        "rn",
        ALL,
        {
            "input": Y(lambda f: f.phone(), "phone", True),
            "contactPickerUsed": G(lambda f: f.pick([True, False])),
            "recentCount": G(lambda f: f.r.randint(0, 12)),
            "detectedNetwork": G(lambda f: f.pick(OPERATORS[f.cc] + ["Lumo"])),
        },
    ),
    # -- mobile money -------------------------------------------------------------------------
    (
        "track",
        "Wallet Transfer Sent",
        "rn",
        ALL,
        {
            "txnRef": G(lambda f: "LP" + f.digits(14)),
            "amount": G(lambda f: f.amount()),
            "fee": G(lambda f: f.amount(0, 200)),
            "currency": G(lambda f: f.currency()),
            "senderWallet": Y(lambda f: f.phone("local"), "phone"),
            "senderName": Y(lambda f: f.full_name(), "name"),
            "receiverMsisdn": Y(lambda f: f.phone(), "phone"),
            "receiverName": Y(lambda f: f.full_name(), "name"),
            "narration": G(
                lambda f: f.pick(
                    [
                        "school fees",
                        "for food",
                        "rent",
                        "ajo contribution",
                        "uang kos",
                        "bill",
                        "transport",
                        "kameti",
                    ]
                )
            ),
            "purposeCode": G(lambda f: f.pick(["P2P", "FAMILY", "BILLS"])),
            "kycTier": G(lambda f: f.r.randint(1, 3)),
            "isNewBeneficiary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bank Transfer Initiated",
        "java",
        ("NG",),
        {
            "session_id": G(lambda f: f.digits(30)),
            "destination_bank": G(lambda f: f.pick(BANKS["NG"])[1]),
            "bank_code": G(lambda f: f.pick(BANKS["NG"])[0]),
            "destination_account": RED(lambda f: f.nuban(), "bank account"),
            "account_name": Y(lambda f: f.full_name().upper(), "name"),
            "sender_bvn": RED(lambda f: f.bvn(), "national id"),
            "narration": G(lambda f: f.pick(["Trf from Lumo Pay", "school fees", "rent", "upkeep"])),
            "amount": G(lambda f: f.amount(1000, 500000)),
            "nip_response_code": G(lambda f: f.pick(["00", "51", "91", "25"])),
            "name_enquiry_ms": G(lambda f: f.r.randint(200, 4000)),
        },
    ),
    (
        "track",
        "Raast Payment Sent",
        "python",
        ("PK",),
        {
            "raast_id": Y(lambda f: f.phone("local"), "phone"),
            "receiver_iban": RED(lambda f: f.pk_iban(), "bank account"),
            "receiver_title": Y(lambda f: f.full_name().upper(), "name"),
            "bank_name": G(lambda f: f.pick(BANKS["PK"])[1]),
            "amount": G(lambda f: f.amount()),
            "purpose": G(lambda f: f.pick(["0101", "0202", "0303"])),
            "stan": G(lambda f: f.digits(6)),
            "rrn": G(lambda f: f.digits(12)),
            "status": G(lambda f: f.pick(["ACSC", "RJCT", "PDNG"])),
        },
    ),
    (
        "track",
        "Tarik Tunai ke Rekening",
        "go",
        ("ID",),
        {
            "bank_tujuan": G(lambda f: f.pick(BANKS["ID"])[1]),
            "kode_bank": G(lambda f: f.pick(BANKS["ID"])[0]),
            "nomor_rekening": RED(lambda f: f.id_account(), "bank account"),
            "nama_pemilik_rekening": Y(lambda f: f.full_name().upper(), "name"),
            "nominal": G(lambda f: f.amount()),
            "biaya_admin": G(lambda f: f.pick([0, 2500, 6500])),
            "metode": G(lambda f: f.pick(["BI-FAST", "ONLINE", "SKN"])),
            "id_transaksi": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        ALL,
        {
            "otpLength": G(lambda f: f.pick([4, 6])),
            "otpCode": RED(lambda f: f.otp(), "token"),
            "resendCount": G(lambda f: f.r.randint(0, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "flash_call"])),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "verified": G(lambda f: f.pick([True, False])),
            "flow": G(lambda f: f.pick(["login", "wallet_pin_reset", "sim_swap"])),
        },
    ),
    (
        "track",
        "Cash Out Completed",
        "flutter",
        ALL,
        {
            "agentTill": G(lambda f: f.digits(6)),
            "customerMsisdn": Y(lambda f: f.phone(), "phone"),
            "amount": G(lambda f: f.amount()),
            "customerIdLast4": RED(lambda f: f.national_id().replace("-", "")[-4:], "national id"),
            "withdrawalCode": RED(lambda f: f.digits(6), "token"),
            "agentName": Y(lambda f: f.full_name(), "name"),
            "agentCommission": G(lambda f: f.amount(10, 500)),
            "floatBalance": G(lambda f: f.amount(10000, 900000)),
            "customerIdChecked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Bill Payment Completed",
        "swift",
        ALL,
        {
            "biller": G(
                lambda f: {
                    "NG": f.pick(["IKEDC", "EKEDC", "AEDC", "DStv"]),
                    "PK": f.pick(["K-Electric", "LESCO", "SNGPL"]),
                    "ID": f.pick(["PLN Prabayar", "PDAM", "BPJS"]),
                }[f.cc]
            ),
            "meterNumber": G(lambda f: f.digits(11)),
            "tokenNumber": RED(lambda f: "-".join(f.digits(4) for _ in range(5)), "token"),
            "units": G(lambda f: f.money(5, 300)),
            "amount": G(lambda f: f.amount()),
            "serviceCharge": G(lambda f: f.amount(0, 200)),
            "paymentMethod": G(lambda f: f.pick(["wallet", "card", "airtime"])),
            "receiptNo": G(lambda f: "RCPT" + f.digits(10)),
        },
    ),
    (
        "track",
        "Payment Card Linked",
        "web",
        ALL,
        {
            "card_bin": G(lambda f: f.pick(["506099", "539983", "418742", "220512", "528668"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(lambda f: f.pick(["verve", "mastercard", "visa", "paypak"])),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "authorization_code": RED(
                lambda f: "AUTH_" + f.token_chars(10, "abcdefghijklmnopqrstuvwxyz0123456789"), "token"
            ),
            "cardholder_name": Y(lambda f: f.full_name().upper(), "name"),
            "billing_address": Y(lambda f: f.home_address(), "address"),
            "issuer": G(lambda f: f.pick(BANKS[f.cc])[1]),
            "is_default": G(lambda f: f.pick([True, False])),
            "three_ds": G(lambda f: f.pick(["passed", "failed", "not_enrolled"])),
        },
    ),
    (
        "track",
        "Checkout Payment Failed",
        "web",
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "error_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "gateway": G(lambda f: f.pick(["paystack", "flutterwave", "jazzcash", "midtrans"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "amount": G(lambda f: f.amount()),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        "kotlin",
        ALL,
        {
            "beneficiaryId": G(lambda f: f.uuid()),
            "label": Y(lambda f: f.full_name(), "name", True),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "network": G(lambda f: f.pick(OPERATORS[f.cc] + ["Lumo"])),
            "isFavourite": G(lambda f: f.pick([True, False])),
            "beneficiaryType": G(lambda f: f.pick(["airtime", "wallet", "bank"])),
        },
    ),
    # -- device financing --------------------------------------------------------------------
    (
        "track",
        "Device Financing Application Submitted",
        "web",
        ALL,
        {
            "application_id": G(lambda f: "DFA-" + f.digits(8)),
            "device_model": G(lambda f: f.pick(HANDSETS)),
            "device_price": G(lambda f: f.amount(50000, 900000)),
            "down_payment": G(lambda f: f.amount(5000, 200000)),
            "tenor_months": G(lambda f: f.pick([3, 6, 9, 12])),
            "monthly_installment": G(lambda f: f.amount(2000, 90000)),
            "applicant_full_name": Y(lambda f: f.full_name(), "name"),
            "applicant_dob": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "applicant_phone": Y(lambda f: f.phone(), "phone"),
            "applicant_id_number": RED(lambda f: f.national_id(), "national id"),
            "monthly_income": Y(lambda f: f.amount(30000, 2000000), "salary"),
            "employer_name": G(
                lambda f: f.pick(
                    ["Dangote Cement", "Shoprite", "Engro", "Gojek", "self-employed", "Bank Mandiri"]
                )
            ),
            "employer_phone": G(
                lambda f: f.pick(["+234 1 448 0000", "021-111-211-211", "021-5299 8888", "+234 9 290 3000"])
            ),
            "job_title": G(lambda f: f.pick(["Teacher", "Driver", "Trader", "Nurse", "Software Engineer"])),
            "employment_type": G(lambda f: f.pick(["salaried", "self_employed", "informal"])),
            "marital_status": G(lambda f: f.pick(["single", "married", "widowed"])),
            "dependants_count": G(lambda f: f.r.randint(0, 6)),
            "home_address": Y(lambda f: f.home_address(), "address"),
            "residence_type": G(lambda f: f.pick(["owned", "rented", "family"])),
            "years_at_address": G(lambda f: f.r.randint(0, 20)),
            "next_of_kin_name": Y(lambda f: f.full_name(), "name"),
            "next_of_kin_phone": Y(lambda f: f.phone(), "phone"),
            "next_of_kin_relationship": G(lambda f: f.pick(["spouse", "sibling", "parent", "friend"])),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        "node",
        ALL,
        {
            "bureau": G(
                lambda f: {
                    "NG": f.pick(["CRC", "FirstCentral", "CreditRegistry"]),
                    "PK": f.pick(["Tasdeeq", "DataCheck"]),
                    "ID": f.pick(["Pefindo", "SLIK OJK", "CLIK"]),
                }[f.cc]
            ),
            "bureau_reference": G(lambda f: f.hexid(20).upper()),
            "credit_score": Y(lambda f: f.r.randint(300, 850), "credit score"),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "bureau_dob": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "decision": G(lambda f: f.pick(["approved", "declined", "referred"])),
            "active_loans": G(lambda f: f.r.randint(0, 6)),
            "delinquent_accounts": G(lambda f: f.r.randint(0, 3)),
            "max_dpd": G(lambda f: f.pick([0, 0, 30, 60, 90])),
            "national_id_number": RED(lambda f: f.national_id(), "national id"),
            "requested_limit": G(lambda f: f.amount(50000, 900000)),
            "model_version": G(lambda f: f.pick(["risk-v3.2", "risk-v3.3", "risk-v4.0-beta"])),
            "check_duration_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Device Locked",
        "go",
        ALL,
        {
            "imei": Y(lambda f: f.imei(), "serial"),
            "loan_account": G(lambda f: "LN-" + f.digits(9)),
            "days_overdue": G(lambda f: f.r.randint(1, 120)),
            "outstanding_balance": G(lambda f: f.amount(2000, 400000)),
            "lock_provider": G(lambda f: f.pick(["Trustonic", "PayJoy", "Nuovo"])),
            "lock_reason": G(lambda f: f.pick(["non_payment", "sim_removed", "tamper"])),
            "customer_msisdn": Y(lambda f: f.msisdn(), "phone"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "last_known_lat": Y(lambda f: f.lat(), "geolocation"),
            "last_known_lng": Y(lambda f: f.lon(), "geolocation"),
            "note": Y(collections_note, "phone", True),
            "reminder_sms_count": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Installment Paid",
        "kotlin",
        ALL,
        {
            "loanId": G(lambda f: "LN-" + f.digits(9)),
            "installmentNo": G(lambda f: f.r.randint(1, 12)),
            "amount": G(lambda f: f.amount()),
            "paidVia": G(lambda f: f.pick(["wallet", "card", "agent", "bank_transfer"])),
            "remainingInstallments": G(lambda f: f.r.randint(0, 11)),
            "lateFee": G(lambda f: f.amount(0, 2000)),
            "receiptNumber": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Device Insurance Purchased",
        "web",
        ALL,
        {
            "policy_number": Y(lambda f: "LMI/" + f.digits(4) + "/" + f.digits(6), "identification"),
            "insurer": G(lambda f: f.pick(["AXA Mansard", "Jubilee Life", "Asuransi Sinarmas", "Leadway"])),
            "premium": G(lambda f: f.amount(500, 20000)),
            "device_imei": Y(lambda f: f.imei(), "serial"),
            "coverage": G(lambda f: f.pick(["screen", "theft", "comprehensive"])),
            "term_months": G(lambda f: f.pick([6, 12])),
        },
    ),
    (
        "track",
        "Micro Health Cover Enrolled",
        "python",
        ("PK", "NG"),
        {
            "policy_number": Y(lambda f: "MHC" + f.digits(9), "identification"),
            "product": G(lambda f: f.pick(["Hospital Cash Cover", "Sehat Plus", "Family Health Lite"])),
            "premium_daily": G(lambda f: f.pick([5, 10, 15, 20])),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_dob": Y(lambda f: f.date(1940, 2023), "birthdate"),
            "beneficiary_phone": Y(lambda f: f.phone(), "phone"),
            "beneficiary_relation": G(lambda f: f.pick(["spouse", "son", "daughter", "mother"])),
            "beneficiary_id_number": RED(lambda f: f.national_id(), "national id"),
            "pre_existing_condition": Y(
                lambda f: f.pick(["none", "diabetes", "hypertension", "asthma", "hepatitis C"]), "condition"
            ),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "enrolled_via": G(lambda f: f.pick(["ussd", "app", "agent"])),
        },
    ),
    # -- usage telemetry ------------------------------------------------------------------------
    (
        "track",
        "Call Detail Record",
        "python",
        ALL,
        {
            "CDR_ID": G(lambda f: f.digits(18)),
            "RECORD_TYPE": G(lambda f: f.pick(["MOC", "MTC", "SMS_MO", "SMS_MT"])),
            "CALLING_NUMBER": Y(lambda f: f.msisdn(), "phone"),
            "CALLED_NUMBER": Y(lambda f: f.msisdn(), "phone"),
            "IMSI": Y(lambda f: f.imsi(), "identification|serial"),
            "IMEI": Y(lambda f: f.imei(), "serial"),
            "START_TIME": G(lambda f: f.iso()),
            "DURATION_SEC": G(lambda f: f.r.randint(0, 3600)),
            "CELL_ID": G(lambda f: f.r.randint(1000, 65535)),
            "LAC": G(lambda f: f.r.randint(100, 9999)),
            "ROAMING_FLAG": G(lambda f: f.pick(["Y", "N"])),
            "CHARGE_AMOUNT": G(lambda f: f.money(0, 400)),
        },
    ),
    (
        "track",
        "Data Session Ended",
        "java",
        ALL,
        {
            "sessionId": G(lambda f: f.hexid(16)),
            "apn": G(lambda f: f.pick(["internet.lumo", "wap.lumo", "lumo.m2m"])),
            "rat": G(lambda f: f.pick(["4G", "5G", "3G"])),
            "bytesUp": G(lambda f: f.r.randint(1000, 10**9)),
            "bytesDown": G(lambda f: f.r.randint(1000, 10**10)),
            "durationS": G(lambda f: f.r.randint(1, 86400)),
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "imsi": Y(lambda f: f.imsi(), "identification|serial"),
            "imei": Y(lambda f: f.imei(), "serial"),
            "ueIp": Y(lambda f: f.cgnat_ip(), "ip"),
            "cellId": G(lambda f: f.digits(9)),
            "tac": G(lambda f: f.r.randint(1000, 60000)),
        },
    ),
    (
        "track",
        "Daily Usage Summary",
        "python",
        ALL,
        {
            "subscriber_id": G(lambda f: "SUB" + f.digits(9)),
            "usage_date": G(lambda f: f.date(2024, 2024)),
            "voice_minutes": G(lambda f: f.r.randint(0, 600)),
            "sms_count": G(lambda f: f.r.randint(0, 200)),
            "data_mb": G(lambda f: f.money(0, 8000)),
            "top_app_category": G(lambda f: f.pick(["social", "video", "messaging", "gaming"])),
            "arpu": G(lambda f: f.money(0, 3000)),
            "main_balance": G(lambda f: f.amount()),
            "top_called_numbers": Many(Y(lambda f: f.msisdn(), "phone"), 3),
        },
    ),
    (
        "track",
        "Network Quality Sampled",
        "kotlin",
        ALL,
        {
            "rsrp": G(lambda f: f.r.randint(-125, -70)),
            "sinr": G(lambda f: f.r.randint(-5, 30)),
            "band": G(lambda f: f.pick(["B3", "B20", "B28", "B40", "n78"])),
            "cellId": G(lambda f: f.digits(9)),
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speedTestDownMbps": G(lambda f: f.money(0, 120)),
            "operatorName": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
    ),
    (
        "screen",
        "Usage Details",
        "swift",
        ALL,
        {
            "period": G(lambda f: f.pick(["today", "7d", "30d"])),
            "tab": G(lambda f: f.pick(["data", "voice", "sms"])),
        },
    ),
    (
        "track",
        "Roaming Pack Activated",
        "kotlin",
        ALL,
        {
            "destinationCountry": G(
                lambda f: f.pick(
                    ["Saudi Arabia", "United Arab Emirates", "Ghana", "Malaysia", "United Kingdom"]
                )
            ),
            "roamingPack": G(
                lambda f: f.pick(["Hajj & Umrah 10GB", "Gulf Weekly", "ECOWAS Daily", "Asia Saver"])
            ),
            "price": G(lambda f: f.amount()),
            "travelStart": G(lambda f: f.date(2024, 2024)),
            "visitedNetwork": G(lambda f: f.pick(["STC", "du", "MTN Ghana", "Maxis", "Vodafone UK"])),
        },
    ),
    (
        "track",
        "Ringback Tune Set",
        "kotlin",
        ALL,
        {
            "tuneId": G(lambda f: f.digits(7)),
            "songTitle": G(
                lambda f: f.pick(["Last Last", "Calm Down", "Pasoori", "Kahani Suno", "Lagu Untukmu"])
            ),
            "artist": G(lambda f: f.pick(["Burna Boy", "Rema", "Ali Sethi", "Kaifi Khalil", "Raisa"])),
            "price": G(lambda f: f.amount(50, 500)),
        },
    ),
    # -- retail POS, dealers, agents -----------------------------------------------------------
    (
        "track",
        "POS Sale Completed",
        "dotnet",
        ALL,
        {
            "SaleId": G(lambda f: f.uuid()),
            "StoreCode": G(lambda f: f.pick(STORES)[0]),
            "StoreName": G(lambda f: f.pick(STORES)[1]),
            "StoreCity": G(lambda f: f.pick(STORES)[2]),
            "StorePhone": G(lambda f: f.pick(STORES)[3]),
            "CashierName": Y(lambda f: f.full_name(), "name"),
            "CustomerMsisdn": Y(lambda f: f.phone(), "phone"),
            "CustomerName": Y(lambda f: f.full_name(), "name"),
            "CustomerEmail": Y(lambda f: f.email(), "email"),
            "CustomerIdNumber": RED(lambda f: f.national_id(), "national id"),
            "Items": Many(
                {
                    "Sku": G(
                        lambda f: f.pick(
                            ["HS-TEC-SP10", "HS-INF-HOT30", "ACC-CHG-20W", "SIM-4G-PRE", "MIFI-4G-B311"]
                        )
                    ),
                    "Description": G(
                        lambda f: f.pick([*HANDSETS, "20W Charger", "4G SIM Starter Pack", "Lumo MiFi"])
                    ),
                    "Quantity": G(lambda f: f.r.randint(1, 3)),
                    "UnitPrice": G(lambda f: f.amount(500, 900000)),
                    "SerialNumber": Y(lambda f: f.imei(), "serial"),
                },
                3,
            ),
            "Total": G(lambda f: f.amount(500, 900000)),
            "Currency": G(lambda f: f.currency()),
            "PaymentType": G(lambda f: f.pick(["Cash", "Card", "Transfer", "LumoPay"])),
            "LoyaltyNumber": G(lambda f: "LMR" + f.digits(9)),
            "ReceiptNumber": G(lambda f: f.pick(STORES)[0] + "-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Dealer Stock Ordered",
        "dotnet",
        ALL,
        {
            "DealerId": G(lambda f: "DLR" + f.digits(5)),
            "DealerName": G(
                lambda f: f.pick(
                    [
                        "Sabo Phones Ltd",
                        "Al-Noor Communications",
                        "CV Maju Jaya Cell",
                        "Ikeja Gadgets Hub",
                        "Rehman Telecom",
                    ]
                )
            ),
            "DealerEmail": G(
                lambda f: f.pick(["orders@sabophones.ng", "sales@alnoorcomm.pk", "admin@majujayacell.co.id"])
            ),
            "Region": G(lambda f: f.pick(STATES[f.cc])),
            "OrderValue": G(lambda f: f.amount(100000, 9000000)),
            "SimPacksOrdered": G(lambda f: f.pick([100, 250, 500, 1000])),
            "AccountManager": Y(lambda f: f.full_name(), "name"),
            "AccountManagerPhone": Y(lambda f: f.phone(), "phone"),
            "ApprovedBy": Y(lambda f: f.staff_email(), "email"),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        ALL,
        {
            "agent_code": G(lambda f: "AGT-" + f.digits(6)),
            "full_name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "role": G(lambda f: f.pick(["super_agent", "sub_agent", "field_rep"])),
            "outlet_name": G(
                lambda f: f.pick(
                    ["Mama Ngozi Kiosk", "Bilal Mobile Zone", "Konter Pulsa Berkah", "Emeka Phones"]
                )
            ),
            "outlet_address": G(
                lambda f: f.pick(
                    [
                        "Shop 14, Computer Village, Ikeja",
                        "Shop 3, Hall Road, Lahore",
                        "Ruko ITC Roxy Mas Blok B No. 12",
                    ]
                )
            ),
            "agent_tier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
            "date_of_birth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "guarantor_name": Y(lambda f: f.full_name(), "name"),
            "guarantor_phone": Y(lambda f: f.phone(), "phone"),
        },
    ),
    (
        "group",
        None,
        "ruby",
        ALL,
        {
            "name": G(
                lambda f: f.pick(
                    ["Sabo Phones Ltd", "Al-Noor Communications", "CV Maju Jaya Cell", "Ikeja Gadgets Hub"]
                )
            ),
            "industry": G(lambda f: "Telecom Retail"),
            "plan": G(lambda f: f.pick(["dealer_gold", "dealer_silver", "franchise"])),
            "hotline": G(lambda f: f.pick(["+234 1 454 9000", "042-111-226-655", "021-5367788"])),
            "salesEmail": G(
                lambda f: f.pick(["info@sabophones.ng", "sales@alnoorcomm.pk", "cs@majujayacell.co.id"])
            ),
            "website": G(
                lambda f: f.pick(
                    ["https://sabophones.ng", "https://alnoorcomm.pk", "https://majujayacell.co.id"]
                )
            ),
            "headOffice": {
                "street": G(
                    lambda f: f.pick(["14 Otigba Street", "22 Hall Road", "Jl. Hayam Wuruk No. 127"])
                ),
                "city": G(lambda f: f.pick(["Ikeja", "Lahore", "Jakarta Barat"])),
                "state": G(lambda f: f.pick(["Lagos", "Punjab", "DKI Jakarta"])),
            },
            "rcNumber": G(lambda f: "RC " + f.digits(6)),
            "ownerName": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Agent Commission Paid",
        "node",
        ("NG",),
        {
            "agent-id": G(lambda f: "AGT-" + f.digits(6)),
            "payout-amount": G(lambda f: f.amount()),
            "payout-account": RED(lambda f: f.nuban(), "bank account"),
            "account-name": Y(lambda f: f.full_name().upper(), "name"),
            "bank-name": G(lambda f: f.pick(BANKS["NG"])[1]),
            "period-start": G(lambda f: f.date(2024, 2024)),
            "sim-activations": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "track",
        "Outlet Visit Checked In",
        "flutter",
        ALL,
        {
            "rep_id": G(lambda f: "REP" + f.digits(4)),
            "rep_name": Y(lambda f: f.full_name(), "name"),
            "outlet_id": G(lambda f: "OUT" + f.digits(5)),
            "visit_type": G(lambda f: f.pick(["routine", "audit", "merchandising"])),
            "shelf_photo_url": G(lambda f: f"https://field.lumomobile.com/shelf/{f.hexid(12)}.jpg"),
            "lat": Y(lambda f: f.lat(), "geolocation"),
            "lng": Y(lambda f: f.lon(), "geolocation"),
            "sim_stock": G(lambda f: f.r.randint(0, 500)),
        },
    ),
    # -- customer care --------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "node",
        ALL,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(lambda f: f.pick(["billing", "network", "wallet", "sim", "device_finance"])),
            "subcategory": G(
                lambda f: f.pick(["unsolicited_vas", "no_service", "failed_transfer", "data_depletion"])
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "channel": G(lambda f: f.pick(["app", "whatsapp", "call_centre", "twitter"])),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "customer_email": Y(lambda f: f.email(), "email"),
            "subject": G(
                lambda f: f.pick(
                    ["Unknown deduction", "No network", "Transfer failed", "Data finishing fast"]
                )
            ),
            "description": Y(ticket_description, "phone", True),
            "assigned_agent": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Ticket Comment Added",
        "python",
        ALL,
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "status": G(lambda f: f.pick(["open", "pending", "solved"])),
            },
            "comment": {
                "body": G(lambda f: f.pick(CARE_COMMENTS)),
                "public": G(lambda f: f.pick([True, False])),
                "created_at": G(lambda f: f.iso()),
                "author": {
                    "id": G(lambda f: f.r.randint(10**11, 10**12)),
                    "name": Y(lambda f: f.full_name(), "name"),
                    "email": Y(lambda f: f.staff_email(), "email"),
                    "role": G(lambda f: f.pick(["agent", "admin"])),
                },
            },
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        ALL,
        {
            "conversationId": G(lambda f: f.hexid(24)),
            "message": Y(chat_text, "email", True),
            "botIntent": G(lambda f: f.pick(["update_email", "get_statement", "receipt_missing"])),
            "language": G(lambda f: f.pick(["en", "id", "ur", "pcm"])),
        },
    ),
    (
        "track",
        "Callback Requested",
        "web",
        ALL,
        {
            "callback_number": Y(lambda f: f.phone(), "phone"),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "reason": G(lambda f: f.pick(["billing", "network", "wallet"])),
            "remarks": G(
                lambda f: f.pick(
                    [
                        "after 5pm please",
                        "urgent, no service since morning",
                        "tolong telepon sore",
                        "call in Hausa if possible",
                    ]
                )
            ),
            "preferred_language": G(lambda f: f.pick(["English", "Hausa", "Urdu", "Bahasa Indonesia"])),
        },
    ),
    (
        "track",
        "CSAT Survey Submitted",
        "web",
        ALL,
        {
            "survey_id": G(lambda f: f.uuid()),
            "score": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Agent was very helpful",
                        "Took too long",
                        "Masalah selesai, terima kasih",
                        "Bahut acha service",
                        "Network still poor in Ikeja",
                    ]
                )
            ),
            "care_agent_id": G(lambda f: "E" + f.digits(5)),
            "contact_ok": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Regulator Complaint Logged",
        "python",
        ALL,
        {
            "complaint_ref": G(lambda f: f.pick(["NCC", "PTA", "BRTI"]) + "-" + f.digits(8)),
            "regulator": G(lambda f: {"NG": "NCC", "PK": "PTA", "ID": "BRTI"}[f.cc]),
            "customer_name": Y(lambda f: f.full_name(), "name"),
            "customer_msisdn": Y(lambda f: f.msisdn(), "phone"),
            "issue_type": G(lambda f: f.pick(["VAS_DEDUCTION", "QOS", "BILLING", "PORTING"])),
            "amount_disputed": G(lambda f: f.amount()),
            "escalated_by": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "USSD Session Ended",
        "php",
        ALL,
        {
            "sessionId": G(lambda f: "ATUid_" + f.hexid(32)),
            "serviceCode": G(lambda f: f.pick(["*303#", "*800#", "*123*4#", "*888#"])),
            "phoneNumber": Y(lambda f: f.phone("e164"), "phone"),
            "networkCode": G(lambda f: f.pick_cc(MCC_MNC)),
            "text": G(lambda f: f.pick(["1*2", "3*1*500", "2", "1*1*1", "4*2*1"])),
        },
    ),
    (
        "track",
        "IVR Call Status",
        "node",
        ALL,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone"),
            "To": G(lambda f: f.pick(["+2347003030300", "+924211122255", "+628071234567"])),
            "CallStatus": G(lambda f: f.pick(["completed", "busy", "no-answer", "failed"])),
            "Direction": G(lambda f: "inbound"),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
        },
    ),
    (
        "track",
        "Partner Callback Failed",
        "node",
        ALL,
        {
            "partner": G(lambda f: f.pick(["paystack", "jazzcash", "midtrans", "vas-aggregator"])),
            "endpoint": G(lambda f: f.pick(["/v1/notify", "/callbacks/payment", "/vas/dlr"])),
            "status_code": G(lambda f: f.pick([401, 500, 502, 504])),
            "request_headers": {
                "x-api-key": RED(lambda f: "sk_live_" + f.token_chars(32, "abcdef0123456789"), "secret"),
                "content-type": G(lambda f: "application/json"),
                "user-agent": G(lambda f: f.pick(["lumo-gw/2.3", "lumo-gw/2.4", "okhttp/4.12.0"])),
            },
            "payload_sha256": G(lambda f: f.hexid(64)),
        },
    ),
    # -- profile, sign-in, web ----------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        ALL,
        {
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "birthday": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.pick(STATES[f.cc])),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "customerType": G(lambda f: f.pick(["prepaid", "postpaid", "hybrid"])),
            "planName": G(lambda f: f.pick(PLANS)),
            "simCount": G(lambda f: f.r.randint(1, 4)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "ha", "yo", "ur", "id"])),
            "loyaltyNumber": G(lambda f: "LMR" + f.digits(9)),
            "kycLevel": G(lambda f: f.pick([1, 2, 3])),
            "avatar": Y(lambda f: f"https://cdn.lumomobile.com/avatars/{f.uuid()}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "python_etl",
        ALL,
        {
            "SUBSCRIBER_ID": G(lambda f: "SUB" + f.digits(9)),
            "MSISDN": Y(lambda f: f.msisdn(), "phone"),
            "FIRST_NAME": Y(lambda f: f.first().upper(), "name"),
            "LAST_NAME": Y(lambda f: f.last().upper(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "DOB": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "ARPU_30D": G(lambda f: f.money(0, 5000)),
            "TENURE_DAYS": G(lambda f: f.r.randint(1, 6000)),
            "VALUE_SEGMENT": G(lambda f: f.pick(["HIGH", "MID", "LOW", "DORMANT"])),
            "HANDSET_MODEL": G(lambda f: f.pick(HANDSETS)),
            "REGION": G(lambda f: f.pick(STATES[f.cc])),
            "LAST_RECHARGE_AT": G(lambda f: f.iso()),
            "EMAIL_OPT_IN": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "track",
        "Signed In",
        "kotlin",
        ALL,
        {
            "method": G(lambda f: f.pick(["otp", "password", "biometric"])),
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "failedAttempts": G(lambda f: f.r.randint(0, 5)),
            "sessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Account Registered",
        "web",
        ALL,
        {
            "msisdn": Y(lambda f: f.phone(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Lagos2024!", "Pakistan@123", "Sayang123", "ngozi1990", "Qwerty#786"])
                    + f.digits(2)
                ),
                "password",
            ),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "terms_accepted": G(lambda f: True),
            "referral_code": G(lambda f: "REF" + f.token_chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "web",
        ALL,
        {
            "email": Y(lambda f: f.email(), "email"),
            "reset_url": RED(lambda f: "https://my.lumomobile.com/reset?token=" + f.token_chars(43), "token"),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        ALL,
        {
            "fieldsChanged": Many(
                G(lambda f: f.pick(["email", "address", "next_of_kin", "alternate_number", "language"])), 3
            ),
            "alternateNumber": Y(lambda f: f.phone(), "phone"),
            "homeAddress": Y(lambda f: f.home_address(), "address"),
            "email": Y(lambda f: f.email(), "email"),
            "nextOfKin": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "brother", "sister", "mother", "father"])),
            },
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Family Plan Member Added",
        "swift",
        ALL,
        {
            "planId": G(lambda f: "FAM" + f.digits(6)),
            "memberMsisdn": Y(lambda f: f.phone(), "phone"),
            "memberName": Y(lambda f: f.full_name(), "name"),
            "memberRelationship": G(lambda f: f.pick(["child", "spouse", "parent", "sibling"])),
            "memberAge": G(lambda f: f.r.randint(8, 80)),
            "memberDob": Y(lambda f: f.date(1950, 2016), "birthdate"),
            "isMinor": G(lambda f: f.pick([True, False])),
            "dataShareMb": G(lambda f: f.pick([512, 1024, 2048, 5120])),
        },
    ),
    (
        "track",
        "Vanity Number Searched",
        "web",
        ALL,
        {
            "pattern": G(lambda f: f.pick(["777", "2024", "0803 111", "1234", "786", "8888"])),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "tier": G(lambda f: f.pick(["gold", "silver", "platinum"])),
        },
    ),
    (
        "track",
        "Loyalty Points Redeemed",
        "rn",
        ALL,
        {
            "loyaltyNumber": G(lambda f: "LMR" + f.digits(9)),
            "points": G(lambda f: f.r.randint(100, 20000)),
            "reward": G(
                lambda f: f.pick(["1GB data", "Free SMS pack", "Shoprite voucher", "Voucher Alfamart"])
            ),
            "partner": G(lambda f: f.pick(["Shoprite", "Alfamart", "Imtiaz", "Chicken Republic"])),
        },
    ),
    (
        "track",
        "Emergency Credit Borrowed",
        "php",
        ALL,
        {
            "msisdn": Y(lambda f: f.msisdn(), "phone"),
            "loan_amount": G(lambda f: f.amount(50, 2000)),
            "service_fee": G(lambda f: f.amount(5, 300)),
            "eligible_amount": G(lambda f: f.amount(50, 5000)),
            "outstanding": G(lambda f: f.amount(0, 2000)),
            "repayment_due": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "page",
        "Landing",
        "web",
        ALL,
        {
            "name": G(lambda f: "Landing"),
            "path": G(lambda f: f.pick(["/lp/ramadan", "/lp/5g", "/lp/mifi", "/lp/dec-bonanza"])),
            "url": G(lambda f: "https://www.lumomobile.com" + f.pick(["/lp/ramadan", "/lp/5g", "/lp/mifi"])),
            "title": G(lambda f: f.pick(["Lumo 5G is here", "Ramadan Bundles", "Lumo MiFi"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "https://m.facebook.com/", "https://www.tiktok.com/"]
                )
            ),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
        },
    ),
    (
        "page",
        "Shop Phones",
        "web",
        ALL,
        {
            "name": G(lambda f: "Shop Phones"),
            "category": G(lambda f: f.pick(["Smartphones", "MiFi & Routers", "Accessories"])),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "sort": G(lambda f: f.pick(["price_asc", "popular", "newest"])),
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        ALL,
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(lambda f: f.pick(["HS-TEC-SP10", "HS-INF-HOT30", "HS-SAM-A14", "MIFI-4G-B311"])),
            "name": G(lambda f: f.pick(HANDSETS)),
            "brand": G(lambda f: f.pick(["TECNO", "Infinix", "Samsung", "itel", "Apple"])),
            "category": G(lambda f: f.pick(["Smartphones", "Feature Phones", "MiFi"])),
            "price": G(lambda f: f.amount(20000, 900000)),
            "currency": G(lambda f: f.currency()),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        ALL,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "total": G(lambda f: f.amount(20000, 900000)),
            "shipping": G(lambda f: f.amount(0, 5000)),
            "currency": G(lambda f: f.currency()),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(lambda f: f.pick(["HS-TEC-SP10", "HS-INF-HOT30", "ACC-CHG-20W"])),
                    "name": G(lambda f: f.pick([*HANDSETS, "20W Charger"])),
                    "price": G(lambda f: f.amount(2000, 900000)),
                    "quantity": G(lambda f: f.r.randint(1, 2)),
                },
                2,
            ),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "phone": Y(lambda f: f.phone(), "phone"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "email": Y(lambda f: f.email(), "email"),
                "state": G(lambda f: f.pick(STATES[f.cc])),
                "country": G(lambda f: f.cc),
            },
            "delivery_slot": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "pickup_store": G(lambda f: f.pick(STORES)[1]),
        },
    ),
    (
        "track",
        "KYC Field Autofilled",
        "flutter",
        ALL,
        {
            "field": G(lambda f: "id_number"),
            "value": RED(lambda f: f.national_id(), "national id", True),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "document_side": G(lambda f: f.pick(["front", "back"])),
            "edited_by_agent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Notification Sent",
        "go",
        ALL,
        {
            "notification_id": G(lambda f: f.uuid()),
            "template_id": G(lambda f: f.pick(["bill_due_v2", "p2p_received", "data_low", "sim_reg_done"])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "push"])),
            "to": Y(lambda f: f.msisdn(), "phone", True),
            "body": Y(notification_body, "name", True),
            "dlr_status": G(lambda f: f.pick(["DELIVRD", "UNDELIV", "EXPIRED", "PENDING"])),
            "segments": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Contact Searched",
        "rn",
        ALL,
        {
            "q": Y(lambda f: f.pick([f.first(), f.full_name(), f.last()]), "name", True),
            "resultsCount": G(lambda f: f.r.randint(0, 15)),
            "source": G(lambda f: f.pick(["phonebook", "recent", "favourites"])),
            "flow": G(lambda f: f.pick(["send_money", "airtime_gift", "data_gift"])),
        },
    ),
    (
        "track",
        "Login Attempted",
        "web",
        ALL,
        {
            "identifier": Y(lambda f: f.phone(), "phone", True),
            "success": G(lambda f: f.pick([True, False])),
            "captcha_shown": G(lambda f: f.pick([True, False])),
            "error": G(lambda f: f.pick(["", "invalid_otp", "account_locked", "rate_limited"])),
        },
    ),
    (
        "alias",
        None,
        "swift",
        ALL,
        {},
    ),
]

CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("python"),
    "python_etl": server_context("python", external=True),
    "node": server_context("node", ip=True),
    "go": server_context("go"),
    "java": server_context("java"),
    "ruby": server_context("ruby"),
    "php": server_context("php"),
    "dotnet": server_context("dotnet"),
}


def message(f: TF, kind, event, client, body, labels):
    msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
    if client in ("web", "swift", "kotlin", "rn", "flutter"):
        msg["anonymousId"] = f.uuid()
    msg["userId"] = "sub_" + f.digits(9)
    if kind == "track":
        msg["event"] = event
    elif kind in ("page", "screen"):
        msg["name"] = event
    elif kind == "group":
        msg["groupId"] = "DLR" + f.digits(5)
    elif kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    section = "traits" if kind in ("identify", "group") else "properties"
    if body:
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    if client.startswith("python") or client in ("node", "java", "go"):
        msg["integrations"] = {"All": True, "Salesforce Marketing Cloud": False}
    return msg


def build(seed: int, repeats: int):
    f = TF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, countries, body in EVENTS:
            f.cc = f.pick(countries)
            events.append(message(f, kind, event, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=186, repeats=30)
    write(Path(__file__).parent, "holdout186_", events, labels)
