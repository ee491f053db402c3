"""Writes holdout318: tests/corpus/holdout318_events.jsonl and holdout318_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels (only build.py, fake.py and build_holdout3.py for format). Scored by someone else.

Covers pawnbroking and gold loans in India, Thailand and Mexico, for one chain ("Aurum") with a
customer app (analytics-swift, analytics-kotlin, Flutter), customer web site and outlet store
(analytics.js), a collections back office (analytics.js), branch staff tablets
(analytics-react-native) and backends (python, node, go, java, ruby, php, .NET): loan quotes, gold
and jewellery valuation, pledge, renewal, redemption, interest payments over UPI / Razorpay,
PromptPay slip verification, SPEI (STP-shaped), OXXO references, Stripe cards, KYC capture (Aadhaar,
PAN, Thai ID card reader, INE), item appraisal, vault check-in, SMS and WhatsApp (Meta Cloud API
shaped) reminders, collections calls, hardship extensions, auction notices and lots, Meta CAPI
leads, a reverse-ETL identify from the warehouse, staff and branch (group) traits.

Conventions: mostly camelCase and snake_case English keys; .NET PascalCase, Thai card-reader SDK
PascalCase, Go kebab-case, warehouse SCREAMING_SNAKE, romanised Hindi keys (grahak_naam, pata),
Thai keys (ชื่อลูกค้า, เลขบัตรประชาชน) and Spanish keys (nombre, curp, domicilio.colonia). Values
follow each country: Aadhaar with Verhoeff check digit, PAN, Thai ID with its mod-11 check digit,
CURP and RFC with check characters, CLABE with its 3-7-1 check digit, VINs with check digit, Luhn
cards (incl. RuPay) and IMEIs, national phone formats (+91, +66, +52, WhatsApp wa_id digits),
Buddhist-era dates from the Thai ID card, Indian / Thai / Mexican addresses and postal codes.

Labelling (the Privacy Portal's default colours). Every leaf path gets a classification, a type
(the reference's matcher name, or `bank account`, `geolocation`, `secret`, `national id`,
`advertising id`, `credit card`, `password`, `ip`...; `a|b` when either is fair) and value_only.
- PII is personal data about a natural person: the user, a co-borrower, nominee, reference,
  recipient, collector, bidder or staff member. Colour: the reference's default for its matcher;
  outside the reference, red for credentials/secrets, card numbers, bank accounts, government ids
  and health ids, yellow otherwise (geolocation, advertising id, credit score).
- Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters and
  booleans even under PII-sounding keys (phoneVerified, password_strength, otp_verified), product,
  scheme, company, hospital and newspaper names, places that are not the person's (a branch, its
  city, an auction venue, a gold-rate city), country, state, locale, language, timezone, currency,
  user agents, OS-issued device ids. Card brand, last four, expiry: green.
- A boolean that reveals a special category is PII of that category in the reference's colour:
  needs_wheelchair_access red `disability`, ex_serviceman red `veteran`.
- Published policy: customer / loyalty / pawn-ticket / boleta / loan account numbers, ages and age
  bands, marital status, occupations, job titles and employers, the business's own phones, e-mails
  (role mailboxes), addresses and sender numbers are green; pay and declared income yellow
  `salary`; bureau scores yellow `credit score`; plates yellow `license`, VINs yellow `serial`;
  gclid / fbclid / fbp / fbc yellow `advertising id`; the person's billing and shipping addresses
  yellow; card and payment tokens (pm_, card_, token_), OTPs and bearer tokens red `token`; an
  identity document's number red `national id` (or `passport`).
- value_only: true when the key does not say what the value is (q, note, label, text, input, value,
  to, contact, from, wa_id, gift_message); such a path holds that PII in every value. Free text
  that carries no PII in any value (chat messages, appraisal remarks, WhatsApp bodies) is green.

Decisions where the brief is silent, each what a careful privacy owner would want:
- A UPI VPA (name@okhdfcbank) addresses a person's bank account: red `bank account`. A full Indian,
  Thai or Mexican (CLABE) account number: red `bank account`. IFSC, bank codes, masked accounts
  showing only the last four (xxx-x-x1234-x) and the company's own accounts / biller ids: green.
- CURP, RFC, PAN, Aadhaar (and its last four, as with an SSN), Thai citizen id, INE clave de
  elector / CIC / OCR, voter id: red `national id`; a mixed identity-document number field is red
  `national id|passport|license`.
- Salutations (นาย, Mr., Miss) are green; Thai ID card gender codes ("1"/"2") are yellow `gender`.
- Loan purposes and hardship reasons that can read "medical" are green enums; a field whose every
  value is a diagnosis is yellow `diagnosis|condition`, whoever the patient is.
- Photos of jewellery, item descriptions, hallmark HUIDs, diamond certificate numbers and serials
  of the company's own equipment are green; customer and attendance selfie URLs are yellow
  `photo`; the IMEI of a pledged phone is yellow `serial`.
- Named staff members' names, e-mails, phones and (attendance / field visit) locations are PII.
- SHA-256 hashes of a person's e-mail or phone sent for ad matching (Meta CAPI `em`, `ph`) are
  yellow (`email|advertising id`, `phone|advertising id`), keyed by Meta's documented names.
- Security answers: red `password|secret`. A raw IP in a logged `x-forwarded-for` header: yellow.
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

IN_FIRST = [
    "Aarav",
    "Priya",
    "Ananya",
    "Rohan",
    "Sunita",
    "Ramesh",
    "Lakshmi",
    "Mohammed",
    "Farhan",
    "Gurpreet",
    "Harpreet",
    "Kavya",
    "Sanjay",
    "Meenakshi",
    "Arjun",
    "Deepa",
    "Venkatesh",
    "Ayesha",
    "Rajesh",
    "Pooja",
    "Suresh",
    "Nandini",
    "Imran",
    "Joseph",
    "Tenzin",
    "Bhavna",
    "Selvi",
    "Murugan",
]
IN_LAST = [
    "Sharma",
    "Patel",
    "Iyer",
    "Reddy",
    "Nair",
    "Singh",
    "Kaur",
    "Qureshi",
    "Khan",
    "Menon",
    "Deshpande",
    "Chatterjee",
    "Gupta",
    "Yadav",
    "Pillai",
    "Rao",
    "Shaikh",
    "D'Souza",
    "Bose",
    "Naidu",
    "Jain",
    "Verma",
    "Mukherjee",
    "Kulkarni",
    "Thomas",
    "Subramanian",
]
TH_FIRST = [
    ("สมชาย", "Somchai"),
    ("สมหญิง", "Somying"),
    ("วิชัย", "Wichai"),
    ("นภา", "Napha"),
    ("ประเสริฐ", "Prasert"),
    ("สุดารัตน์", "Sudarat"),
    ("อนันต์", "Anan"),
    ("กาญจนา", "Kanchana"),
    ("ธนพล", "Thanaphon"),
    ("พิมพ์ชนก", "Pimchanok"),
    ("ณัฐวุฒิ", "Nattawut"),
    ("อรุณี", "Arunee"),
    ("ศิริพร", "Siriporn"),
    ("กิตติ", "Kitti"),
    ("มาลี", "Malee"),
    ("บุญเรือน", "Boonruean"),
]
TH_LAST = [
    ("ใจดี", "Jaidee"),
    ("ศรีสุข", "Srisuk"),
    ("วงศ์สวัสดิ์", "Wongsawat"),
    ("แสงทอง", "Saengthong"),
    ("บุญมา", "Boonma"),
    ("ทองคำ", "Thongkham"),
    ("สุขสวัสดิ์", "Suksawat"),
    ("พรหมมา", "Phromma"),
    ("จันทร์เพ็ญ", "Chanphen"),
    ("รัตนพันธ์", "Rattanaphan"),
    ("เพชรรัตน์", "Phetcharat"),
    ("กิตติศักดิ์", "Kittisak"),
    ("แก้วมณี", "Kaewmanee"),
]
MX_FIRST = [
    "José Luis",
    "María Guadalupe",
    "Juan Carlos",
    "Ana Sofía",
    "Jesús",
    "Verónica",
    "Alejandro",
    "Rosa María",
    "Miguel Ángel",
    "Fernanda",
    "Luis Enrique",
    "Ximena",
    "Citlali",
    "Rodrigo",
    "Leticia",
    "Francisco Javier",
    "Itzel",
    "Brenda",
]
MX_LAST = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Xicohténcatl",
    "Cuauhtle",
    "Ortiz",
    "Castillo",
]
WORLD = [
    "Emily Clarke",
    "Kenji Watanabe",
    "Olumide Adeyemi",
    "Sven Lindqvist",
    "Nguyen Thi Lan",
    "Ahmed El-Sayed",
    "Marta Kowalczyk",
    "Liam O'Connor",
    "Chen Wei",
    "Aroha Ngata",
]

IN_CITIES = [
    "Chennai",
    "Coimbatore",
    "Thrissur",
    "Hyderabad",
    "Vijayawada",
    "Pune",
    "Jaipur",
    "Lucknow",
    "Kochi",
    "Madurai",
    "Mysuru",
    "Kozhikode",
    "Nagpur",
    "Surat",
]
TH_CITIES = [
    "กรุงเทพมหานคร",
    "Bangkok",
    "เชียงใหม่",
    "Khon Kaen",
    "อุดรธานี",
    "Nakhon Ratchasima",
    "หาดใหญ่",
    "Nonthaburi",
    "ขอนแก่น",
]
MX_CITIES = [
    "Ciudad de México",
    "Guadalajara",
    "Monterrey",
    "Puebla",
    "Toluca",
    "León",
    "Mérida",
    "Tijuana",
    "Iztapalapa",
    "Ecatepec de Morelos",
    "Zapopan",
    "Querétaro",
]
STATES = {
    "IN": ["Tamil Nadu", "Kerala", "Telangana", "Andhra Pradesh", "Maharashtra", "Karnataka", "TN"],
    "TH": ["กรุงเทพมหานคร", "Chiang Mai", "ขอนแก่น", "Chon Buri", "Songkhla"],
    "MX": ["CDMX", "Jalisco", "Nuevo León", "Puebla", "Estado de México", "Yucatán", "Baja California"],
}
COUNTRY = {"IN": ["IN", "India"], "TH": ["TH", "Thailand"], "MX": ["MX", "México"]}
LOCALES = {"IN": ["en-IN", "hi-IN", "ta-IN", "ml-IN"], "TH": ["th-TH", "en-TH"], "MX": ["es-MX", "es-419"]}
TZS = {
    "IN": ["Asia/Kolkata", "Asia/Calcutta"],
    "TH": ["Asia/Bangkok"],
    "MX": ["America/Mexico_City", "America/Monterrey", "America/Tijuana", "America/Merida"],
}
CURRENCY = {"IN": "INR", "TH": "THB", "MX": "MXN"}
CARRIERS = {
    "IN": ["Jio", "Airtel", "Vi", "BSNL"],
    "TH": ["AIS", "TrueMove H", "dtac"],
    "MX": ["Telcel", "AT&T", "Movistar", "Bait"],
}
APP = {"IN": ("Aurum Gold Loan", "in"), "TH": ("Aurum ทองดี", "th"), "MX": ("Aurum Empeño", "mx")}
HOST = {"IN": "www.aurumgold.in", "TH": "www.aurumthongdee.co.th", "MX": "www.aurumempeno.mx"}
BRANCHES = {
    "IN": [
        ("T. Nagar", "Chennai", "Usman Road, T. Nagar, Chennai 600017", "+91 44 4211 0700"),
        ("MG Road", "Kochi", "42 MG Road, Ernakulam, Kochi 682016", "+91 484 235 1100"),
        ("Ameerpet", "Hyderabad", "7-1-24 Ameerpet Main Road, Hyderabad 500016", "040 2374 5500"),
    ],
    "TH": [
        ("Yaowarat", "Bangkok", "215 ถ.เยาวราช แขวงสัมพันธวงศ์ กรุงเทพฯ 10100", "02 221 4455"),
        ("Nimman", "Chiang Mai", "8 Nimmanhaemin Rd, Suthep, Chiang Mai 50200", "053 210 800"),
    ],
    "MX": [
        ("Centro Histórico", "Ciudad de México", "Av. 5 de Mayo 38, Centro, 06000 CDMX", "55 5512 8800"),
        ("Chapultepec", "Guadalajara", "Av. Chapultepec Sur 120, Americana, 44160 Gdl.", "33 3615 2200"),
        ("San Pedro", "Monterrey", "Calzada del Valle 400, 66220 San Pedro Garza García", "81 8335 1000"),
    ],
}


class PF(Fake):
    """Fake with a country (`cc`) per message and a scratch dict (`st`) for paired values."""

    cc = "IN"

    def __init__(self, seed: int):
        super().__init__(seed)
        self.st: dict[str, Any] = {}

    def d(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def up(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
        )

    # names
    def given(self, script: str = "any") -> str:
        if self.cc == "IN":
            return self.pick(IN_FIRST)
        if self.cc == "TH":
            th, en = self.pick(TH_FIRST)
            return en if script == "en" or (script == "any" and self.r.random() < 0.4) else th
        return self.pick(MX_FIRST)

    def family(self, script: str = "any") -> str:
        if self.cc == "IN":
            return self.pick(IN_LAST)
        if self.cc == "TH":
            th, en = self.pick(TH_LAST)
            return en if script == "en" or (script == "any" and self.r.random() < 0.4) else th
        return self.pick(MX_LAST)

    def name(self) -> str:
        if self.r.random() < 0.07:
            return self.pick(WORLD)
        if self.cc == "IN":
            mid = self.pick(["", "", "", f" {self.pick('KRSMVN')}."])
            return f"{self.given()}{mid} {self.family()}"
        if self.cc == "TH":
            if self.r.random() < 0.6:
                return f"{self.pick(TH_FIRST)[0]} {self.pick(TH_LAST)[0]}"
            return f"{self.pick(TH_FIRST)[1]} {self.pick(TH_LAST)[1]}"
        return f"{self.given()} {self.family()} {self.family()}"

    def ascii_name(self) -> tuple[str, str]:
        if self.cc == "TH":
            return self.pick(TH_FIRST)[1], self.pick(TH_LAST)[1]
        first, last = self.given(), self.family()
        return strip(first), strip(last)

    def mail(self) -> str:
        first, last = self.ascii_name()
        first, last = first.lower().split()[0], last.lower().replace("'", "").replace(" ", "")
        local = self.pick([f"{first}.{last}", f"{first}{last[:1]}", f"{first}_{last}", f"{last}{first[:1]}"])
        local += self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2004))])
        domains = {
            "IN": ["gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
            "TH": ["gmail.com", "hotmail.com", "hotmail.co.th", "yahoo.co.th"],
            "MX": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
        }[self.cc]
        return f"{local}@{self.pick(domains)}"

    def staff_mail(self) -> str:
        first, last = self.ascii_name()
        first, last = first.lower().split()[0], last.lower().replace("'", "").replace(" ", "")
        return (
            f"{first}.{last}@"
            + {"IN": "aurumgold.in", "TH": "aurumthongdee.co.th", "MX": "aurumempeno.mx"}[self.cc]
        )

    # phones
    def mobile(self, style: str | None = None) -> str:
        r = self.r
        if self.cc == "IN":
            n = str(r.randint(6, 9)) + self.d(9)
            style = style or self.pick(["plain", "e164", "spaced", "dash", "zero"])
            return {
                "plain": n,
                "e164": "+91" + n,
                "spaced": f"+91 {n[:5]} {n[5:]}",
                "dash": f"+91-{n[:5]}-{n[5:]}",
                "zero": "0" + n,
            }[style]
        if self.cc == "TH":
            n = self.pick(["6", "8", "9"]) + self.d(8)
            style = style or self.pick(["plain", "e164", "spaced", "dash"])
            return {
                "plain": "0" + n,
                "e164": "+66" + n,
                "spaced": f"+66 {n[:2]} {n[2:5]} {n[5:]}",
                "dash": f"0{n[:2]}-{n[2:5]}-{n[5:]}",
            }[style]
        area = self.pick(["55", "33", "81", "222", "722", "999", "664"])
        n = area + self.d(10 - len(area))
        style = style or self.pick(["plain", "e164", "spaced", "local", "wa"])
        return {
            "plain": n,
            "e164": "+52" + n,
            "spaced": f"+52 {n[:2]} {n[2:6]} {n[6:]}",
            "local": f"{n[:2]} {n[2:6]} {n[6:]}",
            "wa": "+521" + n,
        }[style]

    def wa_id(self) -> str:
        return self.mobile("e164").lstrip("+")

    # places
    def city(self) -> str:
        return self.pick({"IN": IN_CITIES, "TH": TH_CITIES, "MX": MX_CITIES}[self.cc])

    def postal(self) -> str:
        r = self.r
        if self.cc == "IN":
            return f"{r.randint(1, 8)}{r.randint(0, 9)}{r.randint(0, 9)}0{r.randint(0, 9)}{r.randint(0, 9)}"
        if self.cc == "TH":
            return f"{r.randint(10, 96)}{r.randint(0, 2)}{r.randint(0, 9)}0"
        return f"{r.randint(1, 99):02d}{r.randint(0, 9)}{r.randint(0, 9)}0"

    def street(self) -> str:
        r = self.r
        if self.cc == "IN":
            return self.pick(
                [
                    f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}, {self.pick(['Sai Krupa', 'Lakshmi Nilayam', 'Green Park'])} Apartments, {r.randint(1, 18)}th Cross",  # noqa: E501
                    f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(10, 400)}, {self.pick(['Vijayapuri Colony', 'Gandhi Nagar', 'Nehru Street'])}",  # noqa: E501
                    f"{r.randint(1, 250)}, {self.pick(['Kamarajar Salai', 'Station Road', 'Temple Street', 'MG Road'])}",  # noqa: E501
                    f"Door No. {r.randint(1, 90)}/{r.randint(1, 40)}, {self.pick(['Pillaiyar Koil St', 'Bazaar Road'])}",  # noqa: E501
                ]
            )
        if self.cc == "TH":
            return self.pick(
                [
                    f"{r.randint(1, 999)}/{r.randint(1, 99)} หมู่ {r.randint(1, 12)} ถ.{self.pick(['สุขุมวิท', 'พหลโยธิน', 'มิตรภาพ'])}",  # noqa: E501
                    f"{r.randint(1, 300)}/{r.randint(1, 60)} ซอยลาดพร้าว {r.randint(1, 120)}",
                    f"{r.randint(1, 400)} Moo {r.randint(1, 12)}, {self.pick(['Chang Khlan Rd', 'Sukhumvit Soi 22', 'Rama IV Rd'])}",  # noqa: E501
                ]
            )
        return self.pick(
            [
                f"Calle {self.pick(['Durango', 'Morelos', 'Hidalgo', 'Allende'])} {r.randint(1, 999)}",
                f"Av. {self.pick(['Revolución', 'Insurgentes Sur', 'Juárez', 'Vallarta'])} {r.randint(100, 3999)}",  # noqa: E501
                f"Privada {self.pick(['Los Pinos', 'Jacarandas', 'Azucenas'])} {r.randint(1, 80)} Int. {r.randint(1, 12)}",  # noqa: E501
            ]
        )

    def colonia(self) -> str:
        return "Col. " + self.pick(
            [
                "Roma Norte",
                "Narvarte",
                "Santa María la Ribera",
                "Providencia",
                "Mitras Centro",
                "Agrícola Oriental",
                "Lomas de Zapopan",
            ]
        )

    def address(self) -> str:
        if self.cc == "IN":
            return f"{self.street()}, {self.pick(['Indiranagar', 'Tarnaka', 'Anna Nagar', 'Palarivattom'])}, {self.city()} - {self.postal()}"  # noqa: E501
        if self.cc == "TH":
            return f"{self.street()} {self.pick(['แขวงคลองเตย เขตคลองเตย', 'ต.สุเทพ อ.เมือง', 'ต.ในเมือง อ.เมือง'])} {self.city()} {self.postal()}"  # noqa: E501
        return f"{self.street()}, {self.colonia()}, {self.postal()} {self.city()}"

    def latlng(self) -> tuple[float, float]:
        box = {
            "IN": (8.5, 28.5, 72.8, 88.0),
            "TH": (7.0, 19.9, 98.3, 104.5),
            "MX": (16.8, 32.5, -117.0, -88.0),
        }
        a, b, c, e = box[self.cc]
        return round(self.r.uniform(a, b), 6), round(self.r.uniform(c, e), 6)

    def ip(self) -> str:
        if self.r.random() < 0.25:
            prefix = self.pick(["2405:201:", "2409:40f4:", "2001:fb1:", "2806:2f0:"])
            return prefix + ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(5))
        return self.ipv4()

    def dob(self) -> str:
        y, m, dd = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.cc == "IN":
            return self.pick([f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}-{m:02d}-{y}"])
        if self.cc == "TH":
            return self.pick([f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y + 543}"])
        return self.pick([f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}"])

    # identifiers with checksums
    def aadhaar(self) -> str:
        body = str(self.r.randint(2, 9)) + self.d(10)
        n = body + str(verhoeff(body))
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}"])

    def pan(self) -> str:
        return self.up(3) + "P" + self.up(1) + self.d(4) + self.up(1)

    def thai_id(self, formatted: bool | None = None) -> str:
        body = str(self.r.randint(1, 8)) + self.d(11)
        check = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
        n = body + str(check)
        formatted = self.r.random() < 0.4 if formatted is None else formatted
        return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}" if formatted else n

    def curp(self) -> str:
        y, m, dd = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        vowels, cons = "AEIOU", "BCDFGHJKLMNPQRSTVWXZ"
        head = self.up(1, cons) + self.up(1, vowels) + self.up(1, cons) + self.up(1)
        state = self.pick(["DF", "JC", "NL", "PL", "MC", "GT", "YN", "BC", "VZ", "OC", "MN"])
        homo = str(self.r.randint(0, 9)) if y < 2000 else self.up(1)
        body = f"{head}{y % 100:02d}{m:02d}{dd:02d}{self.pick('HM')}{state}{self.up(3, cons)}{homo}"
        table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        total = sum(table.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def rfc(self) -> str:
        y, m, dd = self.r.randint(1955, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        body = f"{self.up(4)}{y % 100:02d}{m:02d}{dd:02d}{self.up(2, 'ABCDEFGHJKLMNPRSTUVWXYZ123456789')}"
        table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
        total = sum(table.index(c) * (13 - i) for i, c in enumerate(body))
        r = 11 - total % 11
        return body + ("0" if r == 11 else "A" if r == 10 else str(r))

    def clave_elector(self) -> str:
        y, m, dd = self.r.randint(55, 99), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{self.up(6, 'BCDFGHJKLMNPRSTVZ')}{y:02d}{m:02d}{dd:02d}{self.r.randint(1, 32):02d}{self.pick('HM')}{self.d(3)}"  # noqa: E501

    def clabe(self) -> str:
        body = (
            self.pick(["002", "012", "014", "072", "021", "127", "137", "646"])
            + self.pick(["180", "320", "580", "010"])
            + self.d(11)
        )
        total = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def in_account(self) -> str:
        return self.pick(["5010", "3", "0", "9", "6"]) + self.d(self.r.randint(9, 13))

    def th_account(self) -> str:
        n = self.d(10)
        return self.pick([n, f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}"])

    def bank_account(self) -> str:
        return {"IN": self.in_account, "TH": self.th_account, "MX": self.clabe}[self.cc]()

    def ifsc(self) -> str:
        return self.pick(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "IOBA", "CNRB", "FDRL"]) + "0" + self.d(6)

    def vpa(self) -> str:
        first, last = self.ascii_name()
        handle = self.pick(
            [
                first.lower().split()[0] + last.lower()[:3],
                self.mobile("plain")[-10:],
                first.lower().split()[0] + self.d(2),
            ]
        )
        return (
            handle
            + "@"
            + self.pick(["okhdfcbank", "okaxis", "oksbi", "ybl", "paytm", "ibl", "axl", "okicici"])
        )

    def rupay_or_card(self) -> str:
        if self.r.random() < 0.4:
            n = self.luhn_complete(self.pick(["6521", "6522", "6070", "6082"]) + self.d(11))
            return self.pick([n, " ".join(n[i : i + 4] for i in range(0, 16, 4))])
        return self.card()

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        body = self.pick(["3VW", "3N1", "3G1", "3FA", "MA3", "MAT", "MR0", "MNT"]) + "".join(
            self.r.choice(chars) for _ in range(14)
        )
        trans = dict(
            zip(
                "ABCDEFGHJKLMNPRSTUVWXYZ",
                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            )
        )
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(body, weights))
        check = "X" if total % 11 == 10 else str(total % 11)
        return body[:8] + check + body[9:]

    def imei(self) -> str:
        return self.luhn_complete(self.pick(["35", "86", "35"]) + self.d(12))

    def uuid_upper(self) -> str:
        return self.uuid().upper()

    def idfa(self) -> str:
        return "00000000-0000-0000-0000-000000000000" if self.r.random() < 0.15 else self.uuid().upper()

    def gclid(self) -> str:
        return self.pick(["Cj0KCQiA", "CjwKCAjw", "EAIaIQob"]) + self.alnum(self.r.randint(60, 80)).replace(
            "+", "-"
        )

    def fbclid(self) -> str:
        return "IwAR" + self.alnum(self.r.randint(50, 60))

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.d(10)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def money_cc(self, lo: int, hi: int) -> float | int:
        scale = {"IN": 1, "TH": 0.45, "MX": 0.22}[self.cc]
        v = self.r.uniform(lo, hi) * scale
        return int(v) if self.cc == "IN" else round(v, 2)

    def branch(self, i: int) -> str:
        return self.pick(BRANCHES[self.cc])[i]


def strip(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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
    [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 0, 7, 6, 8],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body: str) -> int:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]


def valid_verhoeff(n: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


# -- contexts ---------------------------------------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36",  # noqa: E501
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",  # noqa: E501
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",  # noqa: E501
    "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36",  # noqa: E501
]
SITES = {
    "web": [
        ("/", "Gold Loan at Lowest Interest | Aurum"),
        ("/gold-loan-calculator", "Gold Loan Calculator | Aurum"),
        ("/branches", "Find a Branch | Aurum"),
        ("/apply", "Apply | Aurum"),
        ("/pay", "Pay Interest | Aurum"),
    ],
    "ops": [
        ("/collections/queue", "Queue · Aurum Ops"),
        ("/customers/search", "Customers · Aurum Ops"),
        ("/loans/hardship", "Hardship · Aurum Ops"),
        ("/branches", "Branches · Aurum Ops"),
    ],
    "store": [
        ("/", "Aurum Outlet — Joyería certificada"),
        ("/anillos", "Anillos | Aurum Outlet"),
        ("/checkout", "Checkout | Aurum Outlet"),
        ("/cadenas", "Cadenas | Aurum Outlet"),
    ],
}


def page_path(site):
    def gen(f):
        f.st["page"] = f.pick(SITES[site])
        return f.st["page"][0]

    return gen


def web_ctx(site: str):
    host = {"ops": lambda f: "ops.aurum-internal.com", "store": lambda f: "outlet." + HOST[f.cc][4:]}.get(
        site, lambda f: HOST[f.cc]
    )
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(page_path(site)),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "",
                        "https://www.google.com/",
                        "https://www.google.co.in/",
                        "https://l.facebook.com/",
                        "https://www.bing.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=whatsapp", "?karat=22"])
            ),
            "title": G(lambda f: f.st["page"][1]),
            "url": G(lambda f: f"https://{host(f)}{f.st['page'][0]}"),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not(A:Brand"])),
                    "version": G(lambda f: f.pick(["121", "122", "24"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "ip": Y(lambda f: f.ip(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["akshaya_tritiya_24", "songkran_gold", "buen_fin", "always_on"])),
            "source": G(lambda f: f.pick(["google", "facebook", "whatsapp", "line"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "referral"])),
            "term": G(
                lambda f: f.pick(
                    ["gold loan near me", "préstamo con oro", "จำนำทอง", "gold loan interest rate"]
                )
            ),
        },
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: APP[f.cc][0]),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["41800", "41902", "42000"])),
            "namespace": G(lambda f: "com.aurumpawn." + APP[f.cc][1]),
        },
        "device": {
            "id": G(lambda f: f.uuid_upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,7", "iPhone12,1", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.3.1", "16.7.5", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 414, 393])),
            "height": G(lambda f: f.pick([844, 896, 852])),
        },
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"email": Y(lambda f: f.mail(), "email"), "name": Y(lambda f: f.name(), "name")},
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: APP[f.cc][0]),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1"])),
            "build": G(lambda f: f.pick(["418000", "419010"])),
            "namespace": G(lambda f: "com.aurumpawn." + APP[f.cc][1]),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A146B", "Redmi Note 12", "CPH2483", "V2207", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a14", "tapas", "OP5961L1", "PD2207"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS[f.cc])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A146B Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Redmi Note 12 Build/UKQ1.230917.001)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "phone": Y(lambda f: f.mobile(), "phone")},
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: APP[f.cc][0]),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "com.aurumpawn." + APP[f.cc][1]),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "realme"])),
            "model": G(lambda f: f.pick(["SM-A346E", "iPhone13,2", "RMX3771"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.2"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "location": {
            "latitude": Y(lambda f: f.latlng()[0], "geolocation"),
            "longitude": Y(lambda f: f.latlng()[1], "geolocation"),
        },
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Aurum Branch"),
            "version": G(lambda f: f.pick(["7.2.0", "7.3.1"])),
            "build": G(lambda f: f.pick(["720", "731"])),
            "namespace": G(lambda f: "com.aurumpawn.branch"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-X205", "SM-T505", "TB328FU"])),
            "name": G(lambda f: f.pick(["gta8wifi", "gta4lwifi", "TB328FU"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 1340), "height": G(lambda f: 800)},
        "timezone": G(lambda f: f.pick(TZS[f.cc])),
        "traits": {
            "name": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "employeeCode": G(lambda f: "EMP" + f.digits(5)),
            "branchCode": G(lambda f: f.cc + "-" + f.digits(3)),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby", "dotnet"):
        ctx["ip"] = Y(lambda f: f.ip(), "ip")
    if lib in ("java", "python"):
        ctx["externalIds"] = Many(
            {
                "id": G(lambda f: "AUR-" + f.cc + "-" + f.digits(7)),
                "type": G(lambda f: "customer_number"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "dotnet":
        ctx["active"] = G(lambda f: False)
    return ctx


def context_for(client: str, f: PF):
    if client in SITES:
        return web_ctx(client)
    return {"swift": swift_ctx, "kotlin": kotlin_ctx, "flutter": flutter_ctx, "rn": rn_ctx}.get(
        client, lambda f: server_ctx(client)
    )(f)


# -- value helpers ----------------------------------------------------------------------------------


def karat(f):
    return {
        "IN": f.pick(["22K", "18K", "24K", "20K"]),
        "TH": f.pick(["96.5%", "99.99%", "90%"]),
        "MX": f.pick(["10k", "14k", "18k", "21k"]),
    }[f.cc]


def weight(f):
    return round(f.r.uniform(2, 120), 2)


def loan_no(f):
    return {"IN": "GL" + f.digits(10), "TH": "TD-" + f.digits(8), "MX": "BOL-" + f.digits(9)}[f.cc]


def ticket_no(f):
    return {"IN": f.digits(2) + "/" + f.digits(6), "TH": "ตั๋ว " + f.digits(7), "MX": f.digits(9)}[f.cc]


def item_desc(f):
    return {
        "IN": f.pick(
            [
                "22K gold bangle pair, minor dents",
                "Mangalsutra chain with pendant",
                "Jhumka earrings, stones deducted",
                "Gold coin 10g (bank sealed)",
                "Ladies ring with ruby",
                "Kada 22K, hallmark present",
            ]
        ),
        "TH": f.pick(
            ["สร้อยคอทองคำ 2 บาท ลายสี่เสา", "แหวนทอง 1 สลึง", "Bracelet 96.5% 1 baht", "สร้อยข้อมือทอง 2 สลึง"]
        ),
        "MX": f.pick(
            [
                "Cadena oro 14k con dije",
                "Anillo de compromiso oro 10k con circonia",
                "Esclava oro 18k",
                "Arracadas oro 14k",
                "Centenario oro 21.6k",
            ]
        ),
    }[f.cc]


def appraisal_remark(f):
    return f.pick(
        [
            "Slight wear on clasp",
            "Stone weight deducted",
            "Solder joint repaired earlier",
            "OK",
            "",
            "Acid test 22K confirmed",
            "Lacquer on surface, cleaned before XRF",
            "ผ่านการตรวจสอบ",
        ]
    )


def staff_id(f):
    return "EMP" + f.digits(5)


def branch_code(f):
    return f.cc + "-" + f.digits(3)


def sms_text(f):
    first = f.given("en") if f.cc == "TH" else f.given()
    amount = f.money_cc(400, 9000)
    due = f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-2024"
    return {
        "IN": f.pick(
            [
                f"Dear {first}, interest of Rs.{amount} on your Aurum gold loan {loan_no(f)} is due on {due}. Pay via UPI: aurum.page/p/{f.hexid(6)} -AURUM",  # noqa: E501
                f"Dear {first} ji, aapke gold loan ka byaj Rs {amount} {due} tak jama karein. Link: aurum.page/p/{f.hexid(6)}",  # noqa: E501
            ]
        ),
        "TH": f"คุณ{f.pick(TH_FIRST)[0]} ดอกเบี้ยตั๋วจำนำครบกำหนด {due} ยอด {amount} บาท ชำระผ่าน PromptPay ได้ที่ aurum.page/t/{f.hexid(6)}",  # noqa: E501
        "MX": f"Hola {first}, tu boleta {ticket_no(f)} vence el {due}. Refrenda por ${amount} en OXXO o SPEI: aurum.page/m/{f.hexid(6)}",  # noqa: E501
    }[f.cc]


def call_note(f):
    phone = f.mobile()
    return f.pick(
        [
            f"Customer asked to call on alternate number {phone} after 6pm",
            f"Spoke to wife, she gave new number {phone}; PTP next Friday",
            f"Not reachable on primary. Brother's number {phone}",
            f"Cliente pide que le marquen al {phone} en la tarde",
            f"ลูกค้าให้โทรกลับเบอร์ {phone} หลังเลิกงาน",
        ]
    )


def chat_first_message(f):
    return f.pick(
        [
            "What is today's gold rate for 22K?",
            "How much loan for 20 grams?",
            "¿Cuánto me prestan por 10 gramos de 14k?",
            "อยากไถ่ถอนทองครับ ต้องไปสาขาไหน",
            "Can I renew online?",
            "My payment failed but money debited",
            "¿Puedo refrendar mi boleta en línea?",
            "hi",
        ]
    )


def gift_message(f):
    return (
        f.pick(["Feliz aniversario", "Happy birthday", "Para ti", "Con cariño para", "สุขสันต์วันเกิด"])
        + f" {f.given()}!"
        + f.pick(["", " ❤", " — te quiero"])
    )


def id_type(f):
    f.st["idt"] = f.pick(["aadhaar", "voter_id", "passport", "driving_licence"])
    return f.st["idt"]


def id_number(f):
    t = f.st["idt"]
    if t == "aadhaar":
        return f.aadhaar()
    if t == "voter_id":
        return f.up(3) + f.digits(7)
    if t == "passport":
        return f.up(1) + f.digits(7)
    return (
        f.pick(["TN", "KL", "MH", "TS", "KA"])
        + f"{f.r.randint(1, 99):02d}"
        + f" {f.r.randint(2005, 2022)}{f.digits(7)}"
    )


def search_q(f):
    return f.pick([f.mobile("plain"), f.mobile("plain")[-10:], f.name(), f.given() + " " + f.family()])


# -- events -----------------------------------------------------------------------------------------

ALL = ["IN", "TH", "MX"]
APPS = ["swift", "kotlin", "flutter"]

IDENTIFY_CUSTOMER = {
    "name": Y(lambda f: f.name(), "name"),
    "firstName": Y(lambda f: f.given(), "name"),
    "lastName": Y(lambda f: f.family(), "name"),
    "email": Y(lambda f: f.mail(), "email"),
    "phone": Y(lambda f: f.mobile(), "phone"),
    "birthday": Y(lambda f: f.dob(), "birthdate"),
    "gender": Y(lambda f: f.pick(["male", "female", "female", "other"]), "gender"),
    "address": {
        "street": Y(lambda f: f.street(), "address|street"),
        "city": Y(lambda f: f.city(), "city"),
        "state": G(lambda f: f.pick(STATES[f.cc])),
        "postalCode": Y(lambda f: f.postal(), "zipcode"),
        "country": G(lambda f: f.pick(COUNTRY[f.cc])),
    },
    "createdAt": G(lambda f: f.iso()),
    "preferredLanguage": G(
        lambda f: f.pick({"IN": ["hi", "ta", "ml", "en", "te"], "TH": ["th", "en"], "MX": ["es"]}[f.cc])
    ),
    "customerNumber": G(lambda f: "AUR-" + f.cc + "-" + f.digits(7)),
    "kycStatus": G(lambda f: f.pick(["verified", "pending", "re_kyc_due"])),
    "emailVerified": G(lambda f: f.pick([True, False])),
    "phoneVerified": G(lambda f: True),
    "whatsappOptIn": G(lambda f: f.pick([True, False])),
    "age": G(lambda f: f.r.randint(21, 72)),
}

EVENTS: list[tuple[str, str | None, list[str], list[str], dict | None]] = [
    ("identify", None, ["web", *APPS], ALL, IDENTIFY_CUSTOMER),
    (
        "identify",
        None,
        ["rn"],
        ALL,
        {
            "name": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "employeeCode": G(staff_id),
            "role": G(
                lambda f: f.pick(
                    ["Gold Appraiser", "Branch Manager", "Vault Custodian", "Cashier", "Valuador"]
                )
            ),
            "branchCode": G(branch_code),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        ALL,
        {
            "name": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "employeeCode": G(staff_id),
            "role": G(lambda f: f.pick(["Collections Executive", "Area Manager", "Gold Appraiser"])),
            "payGrade": G(lambda f: f.pick(["G3", "G4", "M1"])),
            "monthlySalary": Y(lambda f: f.money_cc(18000, 90000), "salary"),
            "managerName": Y(lambda f: f.name(), "name"),
            "dateOfJoining": G(lambda f: f.date(2010, 2024)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["IN"],
        {
            "CUSTOMER_ID": G(lambda f: "AUR-IN-" + f.digits(7)),
            "CUSTOMER_NAME": Y(lambda f: f.name().upper(), "name"),
            "MOBILE_NO": Y(lambda f: f.mobile("plain"), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail().upper() if f.r.random() < 0.3 else f.mail(), "email"),
            "PIN_CODE": Y(lambda f: int(f.postal()), "zipcode"),
            "HOME_BRANCH": G(lambda f: f.branch(0)),
            "TOTAL_ACTIVE_LOANS": G(lambda f: f.r.randint(0, 5)),
            "CUSTOMER_SEGMENT": G(lambda f: f.pick(["AGRI", "MSME", "SALARIED", "HOMEMAKER"])),
            "AGE_BAND": G(lambda f: f.pick(["18-25", "26-35", "36-50", "51+"])),
            "CIBIL_SCORE": Y(lambda f: f.r.randint(560, 880), "credit score"),
            "IS_EX_SERVICEMAN": RED(lambda f: f.pick(["Y", "N", "N", "N"]), "veteran"),
            "LAST_PLEDGE_DATE": G(lambda f: f.date(2022, 2024)),
        },
    ),
    (
        "group",
        None,
        ["ops", "node"],
        ALL,
        {
            "branchName": G(lambda f: f.branch(0)),
            "branchCode": G(branch_code),
            "city": G(lambda f: f.branch(1)),
            "branchAddress": G(lambda f: f.branch(2)),
            "branchPhone": G(lambda f: f.branch(3)),
            "branchEmail": G(
                lambda f: (
                    f.pick(["branch.ops@", "tnagar@", "sucursal.centro@", "yaowarat@"]) + "aurumpawn.com"
                )
            ),
            "managerName": Y(lambda f: f.name(), "name"),
            "managerMobile": Y(lambda f: f.mobile(), "phone"),
            "licenceNumber": G(
                lambda f: f.pick(["PB/CHN/2016/", "LIC-MX-PROFECO-", "จน.กทม."]) + f.digits(4)
            ),
        },
    ),
    (
        "page",
        "Gold Loan Calculator",
        ["web"],
        ALL,
        {
            "path": G(lambda f: "/gold-loan-calculator"),
            "url": G(lambda f: f"https://{HOST[f.cc]}/gold-loan-calculator"),
            "title": G(lambda f: "Gold Loan Calculator | Aurum"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "name": G(lambda f: "Gold Loan Calculator"),
            "category": G(lambda f: "tools"),
        },
    ),
    (
        "screen",
        "Loan Details",
        APPS,
        ALL,
        {
            "loan_id": G(loan_no),
            "tab": G(lambda f: f.pick(["summary", "items", "payments"])),
        },
    ),
    (
        "track",
        "Loan Quote Requested",
        ["web", "flutter"],
        ALL,
        {
            "quote_id": G(lambda f: f.uuid()),
            "gold_weight_grams": G(weight),
            "karat": G(karat),
            "requested_amount": G(lambda f: f.money_cc(10000, 500000)),
            "scheme_name": G(
                lambda f: f.pick(["Aurum Bullet 12M", "Flexi Interest", "Agri Gold", "Refrendo Fácil"])
            ),
            "interest_rate_pm": G(lambda f: f.pick([0.99, 1.25, 1.5, 3.9])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "preferred_branch_city": G(lambda f: f.branch(1)),
            "loan_purpose": G(
                lambda f: f.pick(["business", "medical", "education", "wedding", "agriculture", "personal"])
            ),
            "full_name": Y(lambda f: f.name(), "name"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "pincode": Y(lambda f: f.postal(), "zipcode"),
            "whatsapp_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gold Valuation Completed",
        APPS,
        ALL,
        {
            "valuation_id": G(lambda f: f.uuid()),
            "items": Many(
                {
                    "item_type": G(
                        lambda f: f.pick(["chain", "bangle", "ring", "earrings", "coin", "necklace"])
                    ),
                    "karat": G(karat),
                    "gross_weight_g": G(weight),
                    "net_weight_g": G(weight),
                    "hallmark_huid": G(lambda f: f.up(2) + f.digits(1) + f.up(1) + f.digits(2)),
                    "estimated_value": G(lambda f: f.money_cc(5000, 300000)),
                },
                3,
            ),
            "total_estimated_value": G(lambda f: f.money_cc(5000, 600000)),
        },
    ),
    (
        "track",
        "Branch Appointment Booked",
        ["web", *APPS],
        ALL,
        {
            "appointment_id": G(lambda f: "APT" + f.digits(8)),
            "branch_id": G(branch_code),
            "branch_name": G(lambda f: f.branch(0)),
            "branch_address": G(lambda f: f.branch(2)),
            "branch_phone": G(lambda f: f.branch(3)),
            "slot_start": G(lambda f: f.iso()),
            "visit_purpose": G(lambda f: f.pick(["new_pledge", "redemption", "renewal", "part_payment"])),
            "customer_name": Y(lambda f: f.name(), "name"),
            "contact_number": Y(lambda f: f.mobile(), "phone"),
            "needs_wheelchair_access": RED(lambda f: f.pick([True, False, False, False]), "disability"),
            "user_location": {
                "lat": Y(lambda f: f.latlng()[0], "geolocation"),
                "lng": Y(lambda f: f.latlng()[1], "geolocation"),
            },
            "distance_km": G(lambda f: round(f.r.uniform(0.3, 25), 1)),
        },
    ),
    (
        "track",
        "Interest Payment Completed",
        ["web", *APPS],
        ["IN"],
        {
            "loan_account_no": G(loan_no),
            "pawn_ticket_no": G(ticket_no),
            "amount": G(lambda f: f.money_cc(300, 40000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_mode": G(lambda f: f.pick(["upi", "upi_collect", "card", "netbanking"])),
            "upi_vpa": RED(lambda f: f.vpa(), "bank account"),
            "utr": G(lambda f: f.digits(12)),
            "psp": G(lambda f: f.pick(["PhonePe", "Google Pay", "Paytm", "BHIM"])),
            "paid_at": G(lambda f: f.iso()),
            "next_due_date": G(lambda f: f.date(2024, 2025)),
            "payer_name": Y(lambda f: f.name(), "name"),
        },
    ),
    (
        "track",
        "PromptPay Slip Verified",
        ["python"],
        ["TH"],
        {
            "success": G(lambda f: True),
            "data": {
                "transRef": G(lambda f: f.digits(3) + f.up(3) + f.digits(4) + f.up(3) + f.digits(2)),
                "transDate": G(lambda f: "2024" + f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"),
                "transTime": G(
                    lambda f: f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}"
                ),
                "sendingBank": G(lambda f: f.pick(["004", "014", "002", "025", "006"])),
                "receivingBank": G(lambda f: "014"),
                "amount": G(lambda f: round(f.r.uniform(200, 20000), 2)),
                "sender": {
                    "displayName": Y(
                        lambda f: (
                            f.pick(["นาย ", "นาง ", "น.ส. "])
                            + f.pick(TH_FIRST)[0]
                            + " "
                            + f.pick(TH_LAST)[0][:1]
                        ),
                        "name",
                    ),
                    "name": Y(
                        lambda f: (
                            f.pick(["MR. ", "MRS. ", "MS. "])
                            + f.pick(TH_FIRST)[1].upper()
                            + " "
                            + f.pick(TH_LAST)[1][:1].upper()
                        ),
                        "name",
                    ),
                    "account": {"value": G(lambda f: f"xxx-x-x{f.digits(4)}-x")},
                    "proxy": {
                        "type": G(lambda f: f.pick(["MSISDN", "NATID"])),
                        "value": G(lambda f: "xxx-xxx-" + f.digits(4)),
                    },
                },
                "receiver": {
                    "displayName": G(lambda f: "บจก. ออรั่ม ทองดี"),
                    "account": {"value": G(lambda f: "xxx-x-x8820-x")},
                    "proxy": {"type": G(lambda f: "BILLERID"), "value": G(lambda f: "010555612345601")},
                },
            },
            "pawn_ticket_no": G(ticket_no),
            "branch_code": G(branch_code),
        },
    ),
    (
        "track",
        "Pago SPEI Recibido",
        ["php"],
        ["MX"],
        {
            "id": G(lambda f: f.r.randint(10**7, 10**8)),
            "fechaOperacion": G(lambda f: int("2024" + f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}")),
            "institucionOrdenante": G(lambda f: f.pick(["40012", "40014", "40072", "40127", "90646"])),
            "claveRastreo": G(lambda f: f.pick(["MBAN", "BNET", "HSBC"]) + f.digits(17)),
            "monto": G(lambda f: round(f.r.uniform(200, 15000), 2)),
            "nombreOrdenante": Y(lambda f: f.name().upper(), "name"),
            "tipoCuentaOrdenante": G(lambda f: 40),
            "cuentaOrdenante": RED(lambda f: f.clabe(), "bank account"),
            "rfcCurpOrdenante": RED(lambda f: f.pick([f.rfc(), f.curp()]), "national id"),
            "conceptoPago": G(lambda f: f.pick(["PAGO BOLETA ", "REFRENDO ", "DESEMPENO "]) + f.digits(9)),
            "referenciaNumerica": G(lambda f: int(f.digits(7))),
        },
    ),
    (
        "track",
        "OxxoReferenceCreated",
        ["dotnet"],
        ["MX"],
        {
            "ReferenceNumber": G(lambda f: "9300" + f.digits(10)),
            "BarcodeUrl": G(lambda f: f"https://s3.amazonaws.com/cash_payment_barcodes/{f.digits(14)}.png"),
            "Amount": G(lambda f: round(f.r.uniform(150, 9000), 2)),
            "Currency": G(lambda f: "MXN"),
            "ExpiresAt": G(lambda f: f.iso()),
            "BoletaNumber": G(lambda f: f.digits(9)),
            "CustomerName": Y(lambda f: f.name(), "name"),
            "CustomerEmail": Y(lambda f: f.mail(), "email"),
            "CustomerPhone": Y(lambda f: f.mobile(), "phone"),
        },
    ),
]

RZP_ENTITY_COMMON = {
    "id": G(lambda f: "pay_" + f.alnum(14)),
    "amount": G(lambda f: f.r.randint(300, 40000) * 100),
    "currency": G(lambda f: "INR"),
    "status": G(lambda f: "captured"),
    "order_id": G(lambda f: "order_" + f.alnum(14)),
    "email": Y(lambda f: f.mail(), "email"),
    "contact": Y(lambda f: f.mobile("e164"), "phone", True),
    "created_at": G(lambda f: f.epoch_ms() // 1000),
    "notes": {"loan_account_no": G(loan_no), "customer_name": Y(lambda f: f.name(), "name")},
}

EVENTS += [
    (
        "track",
        "UPI Payment Captured",
        ["node"],
        ["IN"],
        {
            "event": G(lambda f: "payment.captured"),
            "account_id": G(lambda f: "acc_" + f.alnum(14)),
            "payload": {
                "payment": {
                    "entity": {
                        **RZP_ENTITY_COMMON,
                        "method": G(lambda f: "upi"),
                        "vpa": RED(lambda f: f.vpa(), "bank account"),
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                            "upi_transaction_id": G(lambda f: f.hexid(32).upper()),
                        },
                    }
                }
            },
        },
    ),
    (
        "track",
        "Card Payment Captured",
        ["node"],
        ["IN"],
        {
            "event": G(lambda f: "payment.captured"),
            "account_id": G(lambda f: "acc_" + f.alnum(14)),
            "payload": {
                "payment": {
                    "entity": {
                        **RZP_ENTITY_COMMON,
                        "method": G(lambda f: "card"),
                        "card_id": RED(lambda f: "card_" + f.alnum(14), "token"),
                        "token_id": RED(lambda f: "token_" + f.alnum(14), "token"),
                        "card": {
                            "last4": G(lambda f: f.digits(4)),
                            "network": G(lambda f: f.pick(["RuPay", "Visa", "MasterCard"])),
                            "issuer": G(lambda f: f.pick(["HDFC", "SBIN", "ICIC", "UTIB"])),
                            "type": G(lambda f: f.pick(["debit", "credit"])),
                        },
                    }
                }
            },
        },
    ),
    (
        "track",
        "Payment Method Attached",
        ["node"],
        ["MX"],
        {
            "id": G(lambda f: "evt_1" + f.alnum(23)),
            "type": G(lambda f: "payment_method.attached"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": RED(lambda f: "pm_1" + f.alnum(23), "token"),
                    "customer": G(lambda f: "cus_" + f.alnum(14)),
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                        "country": G(lambda f: "MX"),
                    },
                    "billing_details": {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.mobile("e164"), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "city": Y(lambda f: f.city(), "city"),
                            "postal_code": Y(lambda f: f.postal(), "zipcode"),
                            "state": G(lambda f: f.pick(STATES["MX"])),
                            "country": G(lambda f: "MX"),
                        },
                    },
                },
            },
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["store"],
        ["IN", "MX"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "OUT-" + f.digits(8)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "upi", "oxxo", "spei"])),
            "card_number": RED(lambda f: f.rupay_or_card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "name_on_card": Y(lambda f: f.name().upper(), "name"),
            "billing_zip": Y(lambda f: f.postal(), "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
]

OUTLET_PRODUCT = {
    "product_id": G(lambda f: f.hexid(24)),
    "sku": G(lambda f: f.pick(["RNG", "CHN", "BNG", "EAR"]) + "-" + f.cc + "-" + f.digits(5)),
    "name": G(
        lambda f: f.pick(
            [
                "Anillo solitario oro 14k",
                "Cadena cartier 18k 50cm",
                "22K Antique Jhumka",
                "Temple necklace 22K",
                "Arracadas 14k",
                "Plain gold kada 22K",
            ]
        )
    ),
    "category": G(lambda f: f.pick(["rings", "chains", "earrings", "bangles"])),
    "karat": G(karat),
    "weight_g": G(weight),
    "certificate_no": G(lambda f: f.pick(["IGI ", "GIA ", "SGL "]) + f.digits(9)),
    "price": G(lambda f: f.money_cc(4000, 250000)),
    "quantity": G(lambda f: 1),
}

EVENTS += [
    (
        "track",
        "Products Searched",
        ["store"],
        ["IN", "MX"],
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "anillo de compromiso",
                        "jhumka",
                        "cadena 14k",
                        "gold coin 8g",
                        "arracadas",
                        "mangalsutra",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 80)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["store"],
        ["IN", "MX"],
        {**OUTLET_PRODUCT, "currency": G(lambda f: CURRENCY[f.cc])},
    ),
    (
        "track",
        "Product Added",
        ["store"],
        ["IN", "MX"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in OUTLET_PRODUCT.items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Order Completed",
        ["store", "ruby"],
        ["IN", "MX"],
        {
            "order_id": G(lambda f: "OUT-" + f.digits(8)),
            "total": G(lambda f: f.money_cc(4000, 300000)),
            "shipping": G(lambda f: f.pick([0, 99, 149])),
            "tax": G(lambda f: f.money_cc(100, 9000)),
            "coupon": G(lambda f: f.pick(["", "BUENFIN", "DHANTERAS5", "REMATE10"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(OUTLET_PRODUCT, 2),
            "is_gift": G(lambda f: f.pick([True, False])),
            "gift_message": Y(gift_message, "name", True),
            "shipping_address": {
                "name": Y(lambda f: f.name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "line2": Y(
                    lambda f: (
                        f.colonia()
                        if f.cc == "MX"
                        else f.pick(["Near Ganesh Temple", "Opp. SBI ATM", "2nd floor"])
                    ),
                    "address",
                ),
                "city": Y(lambda f: f.city(), "city"),
                "postal_code": Y(lambda f: f.postal(), "zipcode"),
                "state": G(lambda f: f.pick(STATES[f.cc])),
                "country": G(lambda f: f.cc),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
        },
    ),
    (
        "track",
        "KYC Captured",
        ["rn"],
        ["IN"],
        {
            "customer_id": G(lambda f: "AUR-IN-" + f.digits(7)),
            "id_proof_type": G(id_type),
            "id_proof_number": RED(id_number, "national id|passport|license"),
            "aadhaar_last4": RED(lambda f: f.digits(4), "national id"),
            "pan": RED(lambda f: f.pan(), "national id"),
            "father_or_spouse_name": Y(lambda f: f.name(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "T"]), "gender"),
            "occupation": G(lambda f: f.pick(["farmer", "shop owner", "homemaker", "salaried", "driver"])),
            "annual_income": Y(lambda f: f.pick([120000, 240000, 360000, 600000, 900000]), "salary"),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed"])),
            "selfie_url": Y(lambda f: f"https://kyc-media.aurumgold.in/selfie/{f.uuid()}.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "address_proof_type": G(lambda f: f.pick(["aadhaar", "electricity_bill", "ration_card"])),
            "permanent_address": Y(lambda f: f.address(), "address"),
            "pincode": Y(lambda f: f.postal(), "zipcode"),
            "ex_serviceman": RED(lambda f: f.pick([True, False, False, False]), "veteran"),
            "captured_by": G(staff_id),
        },
    ),
    (
        "track",
        "ID Card Read",
        ["rn"],
        ["TH"],
        {
            "CitizenId": RED(lambda f: f.thai_id(False), "national id"),
            "TitleTh": G(lambda f: f.pick(["นาย", "นาง", "นางสาว"])),
            "FirstNameTh": Y(lambda f: f.pick(TH_FIRST)[0], "name"),
            "LastNameTh": Y(lambda f: f.pick(TH_LAST)[0], "name"),
            "TitleEn": G(lambda f: f.pick(["Mr.", "Mrs.", "Miss"])),
            "FirstNameEn": Y(lambda f: f.pick(TH_FIRST)[1], "name"),
            "LastNameEn": Y(lambda f: f.pick(TH_LAST)[1], "name"),
            "BirthDate": Y(
                lambda f: f"{f.r.randint(2498, 2547)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "Gender": Y(lambda f: f.pick(["1", "2"]), "gender"),
            "Address": Y(lambda f: f.address(), "address"),
            "IssueDate": G(
                lambda f: f"{f.r.randint(2560, 2567)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
            ),
            "ExpireDate": G(
                lambda f: f"{f.r.randint(2568, 2575)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
            ),
            "Issuer": G(lambda f: f.pick(["อำเภอเมืองเชียงใหม่", "สำนักงานเขตบางรัก", "อำเภอเมืองขอนแก่น"])),
        },
    ),
    (
        "track",
        "INE Validated",
        ["ruby"],
        ["MX"],
        {
            "claveElector": RED(lambda f: f.clave_elector(), "national id"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "cic": RED(lambda f: f.digits(9), "national id"),
            "ocr": RED(lambda f: f.digits(13), "national id"),
            "numeroEmision": G(lambda f: f.pick(["01", "02", "03"])),
            "anioRegistro": G(lambda f: f.r.randint(1995, 2020)),
            "vigencia": G(lambda f: f.r.randint(2025, 2033)),
            "estatus": G(lambda f: f.pick(["vigente", "vigente", "no_vigente"])),
            "nombreCompleto": Y(lambda f: f.name().upper(), "name"),
        },
    ),
    (
        "track",
        "Empeño Registrado",
        ["php", "ruby"],
        ["MX"],
        {
            "numero_boleta": G(lambda f: f.digits(9)),
            "sucursal": G(lambda f: f.branch(0)),
            "nombre": Y(lambda f: f.given(), "name"),
            "apellido_paterno": Y(lambda f: f.family(), "name"),
            "apellido_materno": Y(lambda f: f.family(), "name"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "correo": Y(lambda f: f.mail(), "email"),
            "telefono_celular": Y(lambda f: f.mobile(), "phone"),
            "fecha_nacimiento": Y(lambda f: f.dob(), "birthdate"),
            "domicilio": {
                "calle": Y(lambda f: f.street(), "street|address"),
                "numero_exterior": Y(lambda f: str(f.r.randint(1, 999)), "address"),
                "colonia": Y(lambda f: f.colonia(), "address"),
                "codigo_postal": Y(lambda f: f.postal(), "zipcode"),
                "municipio": Y(lambda f: f.city(), "city"),
                "estado": G(lambda f: f.pick(STATES["MX"])),
            },
            "prenda": {
                "descripcion": G(item_desc),
                "kilataje": G(karat),
                "peso_gramos": G(weight),
            },
            "avaluo": G(lambda f: round(f.r.uniform(800, 60000), 2)),
            "prestamo": G(lambda f: round(f.r.uniform(500, 45000), 2)),
            "plazo_dias": G(lambda f: f.pick([30, 60, 90, 120])),
            "valuador": Y(lambda f: f.name(), "name"),
            "referencias": Many(
                {
                    "nombre": Y(lambda f: f.name(), "name"),
                    "telefono": Y(lambda f: f.mobile(), "phone"),
                    "parentesco": G(lambda f: f.pick(["hermano", "madre", "esposa", "amigo", "tía"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Cotización Auto Empeño",
        ["web"],
        ["MX"],
        {
            "marca": G(lambda f: f.pick(["Nissan", "Volkswagen", "Chevrolet", "Toyota"])),
            "modelo": G(lambda f: f.pick(["Versa", "Jetta", "Aveo", "Hilux", "Vento"])),
            "anio": G(lambda f: f.r.randint(2008, 2023)),
            "placas": Y(
                lambda f: f.pick(
                    [
                        f.up(3) + "-" + f.digits(3) + "-" + f.up(1),
                        f.up(3) + "-" + f.digits(2) + "-" + f.digits(2),
                    ]
                ),
                "license",
            ),
            "numero_serie": Y(lambda f: f.vin(), "serial"),
            "kilometraje": G(lambda f: f.r.randint(5000, 220000)),
            "valor_estimado": G(lambda f: f.r.randint(60000, 350000)),
            "monto_solicitado": G(lambda f: f.r.randint(10000, 150000)),
            "factura_original": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Device Pawn Quoted",
        ["flutter"],
        ["TH", "MX"],
        {
            "device_brand": G(lambda f: f.pick(["Apple", "Samsung", "Xiaomi"])),
            "device_model": G(
                lambda f: f.pick(["iPhone 13", "iPhone 14 Pro", "Galaxy S23", "Redmi Note 12"])
            ),
            "storage_gb": G(lambda f: f.pick([128, 256, 512])),
            "imei": Y(lambda f: f.imei(), "serial"),
            "condition_grade": G(lambda f: f.pick(["A", "B", "C"])),
            "offer_amount": G(lambda f: f.money_cc(3000, 30000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Item Appraised",
        ["rn"],
        ALL,
        {
            "pledge_id": G(lambda f: "PLG-" + f.digits(9)),
            "items": Many(
                {
                    "category": G(lambda f: f.pick(["chain", "bangle", "ring", "coin", "necklace"])),
                    "description": G(item_desc),
                    "karat": G(karat),
                    "gross_weight_g": G(weight),
                    "net_weight_g": G(weight),
                    "test_method": G(lambda f: f.pick(["touchstone", "xrf", "acid"])),
                    "appraised_value": G(lambda f: f.money_cc(3000, 250000)),
                    "photo_url": G(lambda f: f"https://vault-media.aurumpawn.com/items/{f.uuid()}.jpg"),
                    "remarks": G(appraisal_remark),
                },
                3,
            ),
            "appraiser": {
                "employee_id": G(staff_id),
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.staff_mail(), "email"),
            },
            "analyzer_serial": G(lambda f: "XRF-" + f.pick(["OX", "NT"]) + f.digits(6)),
            "total_appraised_value": G(lambda f: f.money_cc(3000, 500000)),
            "sanctioned_amount": G(lambda f: f.money_cc(2000, 375000)),
        },
    ),
    (
        "track",
        "Vault Check-In",
        ["rn"],
        ALL,
        {
            "packet_id": G(lambda f: "PKT" + f.digits(10)),
            "seal_number": G(lambda f: f.up(2) + f.digits(7)),
            "vault_slot": G(lambda f: f"{f.up(1)}-{f.r.randint(1, 40):02d}-{f.r.randint(1, 8)}"),
            "pledge_id": G(lambda f: "PLG-" + f.digits(9)),
            "checked_in_by": Y(lambda f: f.name(), "name"),
            "witness_employee_id": G(staff_id),
            "packet_photo_sha256": G(lambda f: f.hexid(64)),
            "checked_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "girvi_navinikaran",
        ["python"],
        ["IN"],
        {
            "grahak_id": G(lambda f: "AUR-IN-" + f.digits(7)),
            "grahak_naam": Y(lambda f: f.name(), "name"),
            "pita_ka_naam": Y(lambda f: f.name(), "name"),
            "mobile_sankhya": Y(lambda f: f.mobile(), "phone"),
            "janm_tithi": Y(lambda f: f.dob(), "birthdate"),
            "pata": Y(lambda f: f.address(), "address"),
            "girvi_sankhya": G(ticket_no),
            "sona_vajan_gram": G(weight),
            "shuddhta_karat": G(karat),
            "mool_rashi": G(lambda f: f.money_cc(5000, 400000)),
            "byaj_dar": G(lambda f: f.pick([0.99, 1.25, 1.5])),
            "shakha_kod": G(branch_code),
            "sthiti": G(lambda f: f.pick(["safal", "lambit", "asafal"])),
        },
    ),
    (
        "track",
        "ต่อดอกเบี้ย",
        ["node"],
        ["TH"],
        {
            "รหัสลูกค้า": G(lambda f: "AUR-TH-" + f.digits(7)),
            "ชื่อลูกค้า": Y(lambda f: f.pick(TH_FIRST)[0] + " " + f.pick(TH_LAST)[0], "name"),
            "เบอร์โทรศัพท์": Y(lambda f: f.mobile(), "phone"),
            "เลขบัตรประชาชน": RED(lambda f: f.thai_id(), "national id"),
            "ที่อยู่": Y(lambda f: f.address(), "address"),
            "เลขที่ตั๋วจำนำ": G(lambda f: f.digits(7)),
            "น้ำหนักทอง_บาท": G(lambda f: f.pick([0.25, 0.5, 1, 2, 3, 5])),
            "เงินต้น": G(lambda f: f.r.randint(3000, 150000)),
            "ดอกเบี้ย": G(lambda f: round(f.r.uniform(50, 4500), 2)),
            "สาขา": G(lambda f: f.pick(["เยาวราช", "นิมมาน", "ขอนแก่น"])),
            "วันเกิด": Y(lambda f: f.dob(), "birthdate"),
            "วันครบกำหนด": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Reminder SMS Sent",
        ["go"],
        ALL,
        {
            "message-id": G(lambda f: f.hexid(24)),
            "to": Y(lambda f: f.mobile("e164"), "phone", True),
            "sender-id": G(lambda f: {"IN": "AURUMG", "TH": "AurumPawn", "MX": "+52 55 8000 4477"}[f.cc]),
            "text": Y(sms_text, "name", True),
            "template-id": G(lambda f: "tmpl_" + f.pick(["due_d3", "due_d0", "overdue_d7"])),
            "dlt-te-id": G(lambda f: "1107" + f.digits(15)),
            "loan-id": G(loan_no),
            "due-amount": G(lambda f: f.money_cc(300, 20000)),
            "days-to-due": G(lambda f: f.pick([3, 0, -7])),
            "delivery-status": G(lambda f: f.pick(["DELIVRD", "UNDELIV", "PENDING"])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ["python"],
        ALL,
        {
            "object": G(lambda f: "whatsapp_business_account"),
            "entry": Many(
                {
                    "id": G(lambda f: f.digits(15)),
                    "changes": Many(
                        {
                            "value": {
                                "metadata": {
                                    "display_phone_number": G(
                                        lambda f: {
                                            "IN": "918047190000",
                                            "TH": "6621055500",
                                            "MX": "525580004477",
                                        }[f.cc]
                                    ),
                                    "phone_number_id": G(lambda f: f.digits(15)),
                                },
                                "contacts": Many(
                                    {
                                        "profile": {
                                            "name": Y(lambda f: f.pick([f.name(), f.given()]), "name")
                                        },
                                        "wa_id": Y(lambda f: f.wa_id(), "phone", True),
                                    },
                                    1,
                                ),
                                "messages": Many(
                                    {
                                        "from": Y(lambda f: f.wa_id(), "phone", True),
                                        "id": G(lambda f: "wamid.HBgM" + f.alnum(40)),
                                        "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                                        "type": G(lambda f: "text"),
                                        "text": {
                                            "body": G(
                                                lambda f: f.pick(
                                                    [
                                                        "ok",
                                                        "Kal payment kar dunga",
                                                        "¿Puedo refrendar mañana?",
                                                        "ขอต่อดอกได้ไหมครับ",
                                                        "STOP",
                                                        "Paid already",
                                                        "👍",
                                                    ]
                                                )
                                            )
                                        },
                                    },
                                    1,
                                ),
                            },
                        },
                        1,
                    ),
                },
                1,
            ),
        },
    ),
    (
        "track",
        "WhatsApp Template Sent",
        ["java"],
        ALL,
        {
            "recipient_phone": Y(lambda f: f.mobile("e164"), "phone"),
            "customer_first_name": Y(lambda f: f.given(), "name"),
            "template_name": G(lambda f: f.pick(["interest_due_v3", "auction_notice_v1", "renewal_offer"])),
            "language": G(lambda f: f.pick(["en", "hi", "th", "es_MX"])),
            "wamid": G(lambda f: "wamid.HBgM" + f.alnum(40)),
            "conversation_id": G(lambda f: f.hexid(32)),
        },
    ),
    (
        "track",
        "Collection Call Logged",
        ["ops"],
        ALL,
        {
            "loan_id": G(loan_no),
            "dpd": G(lambda f: f.r.randint(1, 180)),
            "call_outcome": G(lambda f: f.pick(["PTP", "RTP", "not_reachable", "paid", "callback"])),
            "ptp_date": G(lambda f: f.date(2024, 2024)),
            "ptp_amount": G(lambda f: f.money_cc(500, 30000)),
            "agent_id": G(staff_id),
            "agent_name": Y(lambda f: f.name(), "name"),
            "dialed_number": Y(lambda f: f.mobile(), "phone"),
            "note": Y(call_note, "phone", True),
            "alternate_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "relation": G(lambda f: f.pick(["spouse", "son", "brother", "neighbour", "hermana"])),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "field_visit_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Hardship Extension Requested",
        ["ops"],
        ALL,
        {
            "loan_id": G(loan_no),
            "extension_days": G(lambda f: f.pick([15, 30, 60])),
            "hardship_reason": G(
                lambda f: f.pick(
                    ["job_loss", "crop_failure", "medical_emergency", "death_in_family", "business_loss"]
                )
            ),
            "patient_relation": G(lambda f: f.pick(["self", "spouse", "parent", "child"])),
            "diagnosis": Y(
                lambda f: f.pick(
                    [
                        "dengue fever",
                        "knee replacement",
                        "type 2 diabetes",
                        "tuberculosis",
                        "kidney stones",
                        "breast cancer",
                        "typhoid",
                    ]
                ),
                "diagnosis|condition",
            ),
            "hospital_name": G(
                lambda f: f.pick(
                    ["Apollo Hospitals", "Hospital Ángeles", "Bumrungrad", "KIMS", "IMSS Clínica 25"]
                )
            ),
            "medical_certificate_uploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Customers Searched",
        ["ops"],
        ALL,
        {
            "q": Y(search_q, "phone|name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": {"branch_code": G(branch_code), "bucket": G(lambda f: f.pick(["all", "1-30", "90+"]))},
            "search_ms": G(lambda f: f.r.randint(30, 900)),
        },
    ),
    (
        "track",
        "Auction Notice Sent",
        ["java"],
        ALL,
        {
            "notice_id": G(lambda f: "AN-" + f.digits(8)),
            "loan_account_no": G(loan_no),
            "auction_date": G(lambda f: f.date(2024, 2025)),
            "auction_venue": G(lambda f: f.branch(2)),
            "notice_channel": G(lambda f: f.pick(["registered_post", "sms", "email", "whatsapp"])),
            "addressee_name": Y(lambda f: f.name(), "name"),
            "postal_address": Y(lambda f: f.address(), "address"),
            "outstanding_amount": G(lambda f: f.money_cc(5000, 400000)),
            "newspaper": G(
                lambda f: f.pick(["The Hindu", "Dinamalar", "ไทยรัฐ", "El Universal", "Malayala Manorama"])
            ),
            "registered_post_tracking": G(lambda f: "RK" + f.digits(9) + "IN"),
        },
    ),
    (
        "track",
        "Auction Lot Sold",
        ["java"],
        ["IN"],
        {
            "lot_number": G(lambda f: f.r.randint(1, 400)),
            "auction_id": G(lambda f: "AUC-" + f.digits(6)),
            "reserve_price": G(lambda f: f.money_cc(5000, 300000)),
            "hammer_price": G(lambda f: f.money_cc(5000, 330000)),
            "bidder_id": G(lambda f: "BID" + f.digits(5)),
            "bidder_name": Y(lambda f: f.name(), "name"),
            "bidder_firm": G(
                lambda f: f.pick(
                    ["Shree Ganesh Jewellers", "Kalyan Bullion Traders", "Sri Balaji Gold House", ""]
                )
            ),
            "bidder_pan": RED(lambda f: f.pan(), "national id"),
        },
    ),
    (
        "track",
        "Pledge Redeemed",
        APPS,
        ALL,
        {
            "loan_id": G(loan_no),
            "release_branch_id": G(branch_code),
            "total_paid": G(lambda f: f.money_cc(5000, 450000)),
            "collector_type": G(lambda f: f.pick(["self", "authorised_person"])),
            "authorised_collector": {
                "name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "relation": G(lambda f: f.pick(["son", "daughter", "spouse", "esposo", "ลูกสาว"])),
            },
            "release_slot": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Nominee Added",
        ["web", *APPS],
        ["IN"],
        {
            "nominee_name": Y(lambda f: f.name(), "name"),
            "nominee_relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "mother"])),
            "nominee_dob": Y(lambda f: f.dob(), "birthdate"),
            "nominee_is_minor": G(lambda f: f.pick([True, False])),
            "guardian_name": Y(lambda f: f.name(), "name"),
            "nominee_mobile": Y(lambda f: f.mobile(), "phone"),
        },
    ),
    (
        "track",
        "OTP Requested",
        ["python", "node"],
        ALL,
        {
            "mobile": Y(lambda f: f.mobile("e164").lstrip("+"), "phone"),
            "otp": RED(lambda f: f.digits(6), "token"),
            "otp_length": G(lambda f: 6),
            "otp_expiry": G(lambda f: f.pick([5, 10])),
            "template_id": G(lambda f: f.hexid(24)),
            "sender": G(lambda f: f.pick(["AURUMG", "AURUM"])),
            "request_id": G(lambda f: f.hexid(24)),
            "retry_type": G(lambda f: f.pick(["text", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Account Created",
        ["web"],
        ALL,
        {
            "form_id": G(lambda f: "signup_v2"),
            "form_values": {
                "email": Y(lambda f: f.mail(), "email"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "password": RED(
                    lambda f: (
                        f.pick(["Ganesh@123", "Mexico2024!", "P@ssw0rd", "somchai1988", "Chennai#600017"])
                        + f.d(1)
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Ganesh@123", "Mexico2024!", "somchai1988", "Lupita.99"]) + f.d(1),
                    "password",
                ),
                "accept_terms": G(lambda f: True),
                "referral_code": G(lambda f: f.up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
                "security_question": G(
                    lambda f: f.pick(["mother_maiden_name", "first_school", "favourite_temple"])
                ),
                "security_answer": RED(
                    lambda f: f.pick(
                        ["Lakshmi", "St. Joseph's", "Kapaleeshwarar", "Colegio Madrid", "Wat Suthat"]
                    ),
                    "password|secret",
                ),
            },
            "signup_method": G(lambda f: f.pick(["mobile_otp", "email"])),
            "time_to_complete_ms": G(lambda f: f.r.randint(8000, 120000)),
        },
    ),
    (
        "track",
        "Signed In",
        APPS,
        ALL,
        {
            "method": G(lambda f: f.pick(["mpin", "otp", "biometric"])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "device_binding_id": G(lambda f: f.uuid()),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "API Error Logged",
        ["node"],
        ALL,
        {
            "request_id": G(lambda f: f.uuid()),
            "endpoint": G(
                lambda f: f.pick(["/v2/loans/renew", "/v2/payments/upi/collect", "/v1/kyc/ine", "/v2/quotes"])
            ),
            "status_code": G(lambda f: f.pick([400, 401, 409, 500, 502, 504])),
            "headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "user-agent": G(
                    lambda f: f.pick(
                        [
                            "okhttp/4.12.0",
                            "Aurum/4.19.2 CFNetwork/1494.0.7 Darwin/23.4.0",
                            "Dart/3.2 (dart:io)",
                        ]
                    )
                ),
            },
            "error_code": G(
                lambda f: f.pick(
                    ["RENEWAL_WINDOW_CLOSED", "UPI_COLLECT_EXPIRED", "INE_TIMEOUT", "RATE_STALE"]
                )
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        APPS,
        ALL,
        {
            "referee_name": Y(lambda f: f.name(), "name"),
            "referee_mobile": Y(lambda f: f.mobile(), "phone"),
            "channel": G(lambda f: f.pick(["whatsapp", "sms", "line", "copy_link"])),
            "referral_code": G(lambda f: f.up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            "currency": G(lambda f: CURRENCY[f.cc]),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["web"],
        ALL,
        {
            "lead_id": G(lambda f: "LD" + f.digits(9)),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(lambda f: f.pick(["gl_south_q2", "empeno_cdmx", "tongdee_songkran"])),
            "landing_page": G(lambda f: f.pick(["/lp/gold-loan-0-99", "/lp/empeno-oro", "/lp/jamnam-thong"])),
            "full_name": Y(lambda f: f.name(), "name"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "city": Y(lambda f: f.city(), "city"),
            "product_interest": G(lambda f: f.pick(["gold_loan", "auto_empeno", "device_pawn"])),
        },
    ),
    (
        "track",
        "Lead",
        ["node"],
        ALL,
        {
            "event_name": G(lambda f: "Lead"),
            "event_time": G(lambda f: f.epoch_ms() // 1000),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Many(Y(lambda f: f.hexid(64), "email|advertising id"), 1),
                "ph": Many(Y(lambda f: f.hexid(64), "phone|advertising id"), 1),
                "client_ip_address": Y(lambda f: f.ip(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "external_id": Many(G(lambda f: f.hexid(64)), 1),
                "country": Many(
                    G(lambda f: f.pick(["c1ba4f5b5bb4b1f0", "4e07408562bedb8b"]) + f.hexid(48)), 1
                ),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 1, 50])),
                "currency": G(lambda f: CURRENCY[f.cc]),
            },
        },
    ),
    (
        "track",
        "Bureau Report Pulled",
        ["java", "python"],
        ["IN", "MX"],
        {
            "bureau": G(
                lambda f: f.pick(["CIBIL", "Experian", "CRIF", "Buró de Crédito", "Círculo de Crédito"])
            ),
            "enquiry_id": G(lambda f: f.hexid(20).upper()),
            "bureau_score": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "hit": G(lambda f: f.pick([True, True, False])),
            "max_dpd_12m": G(lambda f: f.pick([0, 0, 30, 60, 90])),
            "consent_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Eligibility Checked",
        ["web", "flutter"],
        ALL,
        {
            "monthly_income": Y(lambda f: f.money_cc(12000, 200000), "salary"),
            "employment_type": G(lambda f: f.pick(["salaried", "self_employed", "farmer", "homemaker"])),
            "employer_name": G(
                lambda f: f.pick(["Tata Consultancy Services", "Bimbo", "CP All", "Self", "Infosys", "FEMSA"])
            ),
            "job_title": G(lambda f: f.pick(["Driver", "Shop owner", "Teacher", "Nurse", "Supervisor"])),
            "age": G(lambda f: f.r.randint(21, 70)),
            "dependants_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["web", "flutter"],
        ALL,
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "topic": G(lambda f: f.pick(["gold_rate", "renewal", "payment_failed", "auction", "other"])),
            "first_message": G(chat_first_message),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        ["swift", "kotlin"],
        ["IN"],
        {
            "beneficiary_id": G(lambda f: "BEN" + f.digits(8)),
            "label": Y(
                lambda f: f.pick([f.name(), f.given() + " " + f.pick(["(self)", "HDFC", "salary a/c"])]),
                "name",
                True,
            ),
            "account_number": RED(lambda f: f.in_account(), "bank account"),
            "ifsc": G(lambda f: f.ifsc()),
            "bank_name": G(
                lambda f: f.pick(["HDFC Bank", "State Bank of India", "Federal Bank", "Indian Overseas Bank"])
            ),
            "penny_drop_verified": G(lambda f: f.pick([True, False])),
            "name_match_score": G(lambda f: f.r.randint(40, 100)),
        },
    ),
    (
        "track",
        "Loan Disbursed",
        ["go"],
        ALL,
        {
            "loan-account-no": G(loan_no),
            "disbursed-amount": G(lambda f: f.money_cc(5000, 500000)),
            "disbursal-mode": G(lambda f: f.pick(["cash", "imps", "neft", "spei", "promptpay"])),
            "beneficiary-account": RED(lambda f: f.bank_account(), "bank account"),
            "disbursed-at": G(lambda f: f.iso()),
            "bank-reference": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "Doorstep Gold Loan Requested",
        ["web"],
        ["IN"],
        {
            "request_id": G(lambda f: "DS" + f.digits(8)),
            "visit_address": Y(lambda f: f.address(), "address"),
            "visit_pincode": Y(lambda f: f.postal(), "zipcode"),
            "landmark": Y(
                lambda f: f.pick(
                    ["Near Hanuman temple", "Opp. Govt school", "Behind bus stand", "Next to Reliance Fresh"]
                ),
                "address",
            ),
            "contact_person": Y(lambda f: f.name(), "name"),
            "alternate_mobile": Y(lambda f: f.mobile(), "phone"),
            "estimated_gold_grams": G(weight),
            "geo": {
                "lat": Y(lambda f: f.latlng()[0], "geolocation"),
                "lng": Y(lambda f: f.latlng()[1], "geolocation"),
            },
        },
    ),
    (
        "track",
        "Co-borrower Added",
        ["web", "php"],
        ["IN", "MX"],
        {
            "loan_account_no": G(loan_no),
            "co_borrower": {
                "name": Y(lambda f: f.name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "tax_id": RED(lambda f: f.pan() if f.cc == "IN" else f.rfc(), "national id"),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "relation": G(lambda f: f.pick(["spouse", "father", "esposa", "hijo"])),
            },
        },
    ),
    (
        "track",
        "Field Visit Completed",
        ["rn"],
        ALL,
        {
            "visit_id": G(lambda f: "FV" + f.digits(8)),
            "loan_id": G(loan_no),
            "agent_name": Y(lambda f: f.name(), "name"),
            "visit_lat": Y(lambda f: f.latlng()[0], "geolocation"),
            "visit_lng": Y(lambda f: f.latlng()[1], "geolocation"),
            "person_met": Y(lambda f: f.name(), "name"),
            "person_met_mobile": Y(lambda f: f.mobile(), "phone"),
            "visit_outcome": G(lambda f: f.pick(["paid", "ptp", "door_locked", "shifted"])),
            "collected_amount": G(lambda f: f.money_cc(0, 25000)),
            "receipt_no": G(lambda f: "RC" + f.digits(9)),
        },
    ),
    (
        "track",
        "Input Changed",
        ["web"],
        ALL,
        {
            "form": G(lambda f: "apply_step1"),
            "field_name": G(lambda f: "mobile"),
            "input": Y(lambda f: f.mobile(), "phone", True),
            "keystrokes": G(lambda f: f.r.randint(10, 40)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ["IN"],
        {
            "field": G(lambda f: "pan_number"),
            "value": RED(lambda f: f.pan(), "national id", True),
            "valid": G(lambda f: f.pick([True, True, False])),
            "duration_ms": G(lambda f: f.r.randint(900, 15000)),
        },
    ),
    (
        "track",
        "Profile Updated",
        APPS,
        ALL,
        {
            "changed_fields": Many(
                G(lambda f: f.pick(["email", "mobile", "address", "emergency_contact"])), 3
            ),
            "new_email": Y(lambda f: f.mail(), "email"),
            "new_mobile": Y(lambda f: f.mobile(), "phone"),
            "old_mobile": Y(lambda f: f.mobile(), "phone"),
            "alternate_email": Y(lambda f: f.mail(), "email"),
            "emergency_contact": {
                "name": Y(lambda f: f.name(), "name"),
                "phone": Y(lambda f: f.mobile(), "phone"),
                "relation": G(lambda f: f.pick(["mother", "husband", "hermano", "พี่สาว"])),
            },
            "verification": G(lambda f: f.pick(["otp", "none"])),
        },
    ),
    (
        "track",
        "Shift Started",
        ["rn"],
        ALL,
        {
            "employee_id": G(staff_id),
            "branch_id": G(branch_code),
            "attendance_selfie_url": Y(
                lambda f: f"https://hr-media.aurumpawn.com/attendance/{f.uuid()}.jpg", "photo"
            ),
            "check_in_lat": Y(lambda f: f.latlng()[0], "geolocation"),
            "check_in_lng": Y(lambda f: f.latlng()[1], "geolocation"),
            "vault_opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Loan Statement Emailed",
        ["web", "swift", "kotlin"],
        ALL,
        {
            "loan_account_no": G(loan_no),
            "emailed_to": Y(lambda f: f.mail(), "email"),
            "format": G(lambda f: f.pick(["pdf", "xlsx"])),
            "period": G(lambda f: f.pick(["FY2023-24", "last_6_months", "2024"])),
            "password_protected": G(lambda f: True),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], ALL, None),
]


def build(seed: int, repeats: int):
    f = PF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, countries, body in EVENTS:
            f.cc = f.pick(countries)
            f.st = {}
            client = f.pick(clients)
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "AUR-" + f.cc + "-" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "br_" + f.cc.lower() + "_" + f.digits(3)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(client, f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=318, repeats=36)
    write(Path(__file__).parent, "holdout318_", events, labels)
