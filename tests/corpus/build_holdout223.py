"""Writes holdout223: tests/corpus/holdout223_events.jsonl and holdout223_labels.json.

Sealed: written from the brief, the corpus helpers (build.py, fake.py), build_holdout3.py (for its
format only) and the reference's default matcher table, without reading the detection engine, its
vocabularies, its tests, its docs or any other corpus's labels, and without running the engine on
these events. Nothing here was tuned to the engine; the corpus has not been scored by its author.

Domain: a pawnshop and gold-loan app operating in India, the Philippines and Mexico. Customer KYC
(Aadhaar with a valid Verhoeff digit, PAN, voter id, CKYC; PhilSys, SSS, TIN, UMID, PhilHealth;
CURP with a valid check digit, RFC, INE clave de elector), selfies and document photos, pledged
items (gold weight, karat and purity, XRF readings, BIS hallmark HUIDs; phones and laptops with
IMEIs (valid Luhn) and serial numbers; vehicles with plates and chassis numbers), loan tickets
(boletas), interest payments and renewals, auctions of forfeited items and the shop that sells
them, branch staff, payroll and cash drawers, payouts in cash, UPI, GCash/Maya, SPEI (CLABEs with
a valid check digit) and bank transfer, remittances (mod-97 IBANs), a medical emergency loan with
a dependant's diagnosis, telephony, SMS, WhatsApp and e-mail vendors, an auction deposit with a
Luhn-valid card number, payment gateways (Razorpay-, PayMongo-, Conekta- and Stripe-shaped
payloads), a reverse-ETL sync from the warehouse, and the careers page.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, Flutter, and the
python, node, go, java, ruby, php and .NET server libraries, with the context blocks each really
sends (app, device, library, os, screen, network, locale, timezone, userAgent, page, campaign,
context.ip, context.traits, context.location, instanceId). All six call types appear.

Conventions: mostly camelCase and snake_case English keys; about 15 % of paths use other real
conventions: PascalCase (a .NET loan-servicing backend, an Exotel-style telephony webhook),
kebab-case (forwarded HTTP headers, a PHP webhook relay), SCREAMING_SNAKE (warehouse reverse-ETL),
and keys in romanised Hindi (`grahak_naam`, `pita_ka_naam`, `sona_vajan`), Filipino (`pangalan`,
`tirahan`, `sangla`, `timbang`) and Mexican Spanish (`curp`, `colonia`, `boleta`, `refrendo`).

Labelling rules (the product's default colours): each leaf path gets classification, type (the
reference matcher's name, or bank account / geolocation / secret / national id / health id /
advertising id / credit score / political opinion / trade union / token; `a|b` when either name
is fair) and value_only. Colours are the reference's default colour for the matcher; outside the
reference: red for credentials and secrets, card numbers, bank and wallet accounts, government ids
and health ids, yellow otherwise. The contested cases follow the product's published policy:
green for ids a business issues (loan tickets, boletas, customer and member numbers, remittance
control numbers, UTRs), ages, marital status, occupations and employers, a business's own phone,
e-mail and address (branches, auction venues, SMS sender ids, the company's number in a telephony
webhook, role mailboxes); yellow for salaries and income bands (`salary`), credit scores, IMEIs and
device serials (`serial`), billing and shipping addresses, gclid/fbclid/fbp/fbc (`advertising id`);
red for payment and card tokens (a Stripe `pm_` id, a Razorpay `card_` id), one-time codes (OTPs,
pickup and supervisor override codes) and sign-in links, MPINs (`password`), health ids
(PhilHealth, ABHA) and identity-document numbers.

Decisions taken where the policy is silent (what a careful privacy owner would want):
- A mobile-wallet account (a GCash or Maya number) and a UPI VPA are financial accounts: red,
  `bank account` (`bank account|phone` for a GCash number, which is also a phone number).
- The last four digits of an Aadhaar number are red, as the last four of an SSN are; masked bank
  account numbers (only the last four shown) are green, like a card's last four.
- Income bands are pay: yellow `salary`. A PEP flag, an OFW flag, a loan purpose and a
  relationship (`spouse`, `son`) are green. India's social category (SC/ST/OBC) is yellow
  `ethnicity|race`; minority community is yellow `religion`; a PWD flag or PWD id is red
  `disability`.
- A BIS hallmark HUID marks an article for the jeweller, not the owner: green. Photos of pledged
  items and product images are green; photos of people (selfies, ID documents) are yellow `photo`.
- A franchise's GSTIN (built on a company's PAN), pawnbroker licence number and address are the
  business's: green; the franchise owner's own name, mobile and e-mail are personal.
- Staff are people: an appraiser's or supervisor's name, a personal or work e-mail of a named
  employee, an agent's mobile in a telephony webhook are PII; employee numbers are green.
- A push token (context.device.token) is red `token`; a remittance sender's IBAN is red.
- Free text is labelled by what its values carry: a PII label only when every value carries that
  PII (templates always embed it), green when no value does (`remarks`, `note`, `message`,
  `descripcion`, `concepto`). value_only is true when the key does not say what the value is
  (`value`, `label`, `q`, `input`, `text`, `body`, `description`, `gift_message`, `destination`,
  `recipient`); a value_only PII path holds that PII in every value.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- regional generators ------------------------------------------------------------------------------

NAMES = {
    "IN": (
        [
            "Priya",
            "Arjun",
            "Lakshmi",
            "Mohammed",
            "Harpreet",
            "Sanjay",
            "Ananya",
            "Vikram",
            "Fatima",
            "Rajesh",
            "Kavitha",
            "Suresh",
            "Deepika",
            "Imran",
            "Meenakshi",
            "Gurpreet",
            "Abhishek",
            "Sunita",
            "Karthik",
            "Pooja",
            "Venkatesh",
            "Nandini",
        ],
        [
            "Sharma",
            "Reddy",
            "Venkataraman",
            "Iqbal",
            "Gill",
            "Banerjee",
            "Nair",
            "Patil",
            "Iyer",
            "Yadav",
            "Chatterjee",
            "Shaikh",
            "Kulkarni",
            "Menon",
            "Das",
            "Gupta",
            "Pillai",
            "Joshi",
            "Rao",
            "Kaur",
        ],
    ),
    "PH": (
        [
            "Maria Cristina",
            "Jose",
            "Angelica",
            "Rodel",
            "Jennylyn",
            "Mark Anthony",
            "Rowena",
            "Marites",
            "Ferdinand",
            "Kristine Joy",
            "Aljon",
            "Lovely",
            "Reynaldo",
            "Bea",
            "Jomar",
            "Rosalinda",
            "Ma. Teresa",
            "Jun",
        ],
        [
            "Dela Cruz",
            "Santos",
            "Bautista",
            "Villanueva",
            "Reyes",
            "Garcia",
            "Mendoza",
            "Aquino",
            "Ramos",
            "Castillo",
            "Manalo",
            "Pascual",
            "Dimaculangan",
            "Macaraeg",
            "Tolentino",
            "Lim",
            "Ocampo",
            "Sy",
        ],
    ),
    "MX": (
        [
            "Guadalupe",
            "Juan Carlos",
            "María Fernanda",
            "José Luis",
            "Ximena",
            "Alejandro",
            "Itzel",
            "Jesús",
            "Verónica",
            "Miguel Ángel",
            "Dulce María",
            "Héctor",
            "Citlali",
            "Rubén",
            "Brenda",
            "Xóchitl",
        ],
        [
            "Hernández",
            "López",
            "Ramírez",
            "Ortiz",
            "Torres",
            "Mendoza",
            "Castillo",
            "Ruiz",
            "Sánchez",
            "Flores",
            "Gómez",
            "Díaz",
            "Vázquez",
            "Cruz",
            "Morales",
            "Jiménez",
            "Zúñiga",
        ],
    ),
}
ABROAD = (
    ["Emily", "Kenji", "Olusegun", "Anna", "Ahmed", "Sven", "Wei", "Chiara", "Tomasz", "Leila"],
    ["Johnson", "Tanaka", "Adeyemi", "Kowalczyk", "Al-Farsi", "Lindqvist", "Zhang", "Bianchi", "Novak"],
)
CITIES = {
    "IN": [
        "Mumbai",
        "Bengaluru",
        "Chennai",
        "Hyderabad",
        "Kochi",
        "Thrissur",
        "Coimbatore",
        "Pune",
        "Lucknow",
        "Jaipur",
        "Madurai",
        "Vijayawada",
    ],
    "PH": [
        "Quezon City",
        "Manila",
        "Cebu City",
        "Davao City",
        "Makati",
        "Pasig",
        "Caloocan",
        "Iloilo City",
        "Bacolod",
        "Zamboanga City",
        "Antipolo",
    ],
    "MX": [
        "Ciudad de México",
        "Guadalajara",
        "Monterrey",
        "Puebla",
        "Tijuana",
        "León",
        "Zapopan",
        "Mérida",
        "Querétaro",
        "Toluca",
    ],
}
STATES = {
    "IN": ["Maharashtra", "Karnataka", "Tamil Nadu", "Telangana", "Kerala", "Uttar Pradesh", "Rajasthan"],
    "PH": ["Metro Manila", "Cebu", "Davao del Sur", "Rizal", "Iloilo", "Negros Occidental"],
    "MX": ["CDMX", "Jalisco", "Nuevo León", "Puebla", "Baja California", "Guanajuato", "Yucatán"],
}
LOCALES = {"IN": ["en-IN", "hi-IN", "ta-IN"], "PH": ["en-PH", "fil-PH"], "MX": ["es-MX"]}
TZ = {"IN": "Asia/Kolkata", "PH": "Asia/Manila", "MX": "America/Mexico_City"}
CURRENCY = {"IN": "INR", "PH": "PHP", "MX": "MXN"}
MAIL = {
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "PH": ["gmail.com", "yahoo.com.ph", "yahoo.com", "outlook.com"],
    "MX": ["gmail.com", "hotmail.com", "outlook.es", "prodigy.net.mx"],
}
BRANCHES = {
    "IN": ["Suvarna Gold Loans - Thrissur Round", "Suvarna Gold Loans - T. Nagar", "Suvarna - Andheri East"],
    "PH": ["Ginto Pawnshop - Cubao", "Ginto Pawnshop - Colon St.", "Ginto Pawnshop - Bankerohan"],
    "MX": ["Montepío Aurora - Sucursal Centro", "Montepío Aurora - Mitras", "Montepío Aurora - Zapopan"],
}
BRANCH_ADDR = {
    "IN": [
        "Round South, Thrissur 680001",
        "54 Usman Road, T. Nagar, Chennai 600017",
        "Shop 4, Andheri-Kurla Rd",
    ],
    "PH": ["Aurora Blvd cor. EDSA, Cubao, QC", "Colon St., Cebu City 6000", "Bankerohan, Davao City"],
    "MX": ["Av. 16 de Septiembre 45, Centro", "Av. Simón Bolívar 300, Mitras Centro", "Av. Vallarta 5500"],
}
BRANCH_PHONE = {
    "IN": ["+91 487 242 1100", "+91 44 2434 5500", "1800 425 3300"],
    "PH": ["(02) 8912 3456", "(032) 255 1190", "+63 82 224 7788"],
    "MX": ["+52 55 5130 2200", "800 990 1234", "+52 33 3880 4400"],
}
GOLD_ITEMS = [
    "chain",
    "bangle",
    "necklace",
    "ring",
    "earrings",
    "mangalsutra",
    "bracelet",
    "pendant",
    "anklet",
    "coin",
]
GADGETS = [
    ("Apple", "iPhone 13 128GB"),
    ("Apple", "iPhone 12 64GB"),
    ("Samsung", "Galaxy A54 5G"),
    ("Xiaomi", "Redmi Note 12"),
    ("OPPO", "A78"),
    ("vivo", "Y36"),
    ("Apple", "MacBook Air M1"),
    ("Lenovo", "IdeaPad 3"),
    ("realme", "C55"),
    ("Apple", "iPad 9th gen"),
]
SHOP_PRODUCTS = [
    "18K Gold Chain 20in",
    "22K Plain Bangle Pair",
    "14K Solitaire Ring",
    "Pre-owned iPhone 12 64GB",
    "Seiko 5 Automatic Watch",
    "Pre-owned Galaxy A54",
    "Gold Stud Earrings 2g",
    "Canon EOS 200D Kit",
]


def verhoeff_check(num: str) -> str:
    d = [
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
    p = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


PH_PREFIXES = [
    "05",
    "15",
    "17",
    "26",
    "27",
    "35",
    "45",
    "56",
    "66",
    "77",
    "95",
    "98",
    "08",
    "18",
    "19",
    "28",
    "47",
]
IN_BUILDINGS = ["Sai Krupa", "Lake View", "Green Park", "Shanti Nivas"]
IN_ROADS = ["Gandhi Road", "MG Road", "Nehru Nagar", "Station Road"]
PH_SUBDIVISIONS = ["Phase 1", "Phase 2", "Camella Homes", "Villa Verde"]
PH_STREETS = ["Rizal", "Mabini", "Bonifacio", "Luna", "Aguinaldo"]
PH_CONDOS = ["SMDC Grass", "Avida Towers", "Vista Residences"]
MX_CALLES = ["Hidalgo", "Morelos", "Juárez", "5 de Mayo", "Allende"]
MX_PRIVADAS = ["Los Pinos", "Las Flores", "Del Río"]
MX_AVENIDAS = ["Insurgentes Sur", "Reforma", "Revolución", "Vallarta"]
UPI_BANKS = ["hdfcbank", "icici", "sbi", "axis"]
ANDROID_CHROME_UA = (
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/121.0.0.0 Mobile Safari/537.36"
)
CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
CURP_STATES = ["DF", "JC", "NL", "PL", "BC", "GT", "YN", "MC", "QT", "VZ"]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


class PF(Fake):
    """Fake values for one event's country (`cc`)."""

    cc = "IN"

    def first(self):
        return self.pick(NAMES[self.cc][0])

    def last(self):
        return self.pick(NAMES[self.cc][1])

    def full_name(self):
        if self.cc == "MX":
            return f"{self.first()} {self.last()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def foreign_name(self):
        return f"{self.pick(ABROAD[0])} {self.pick(ABROAD[1])}"

    def any_name(self):
        cc, self.cc = self.cc, self.pick(["IN", "PH", "MX"])
        name = self.full_name()
        self.cc = cc
        return name

    def email(self):
        plain = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")
        first = self.first().split()[0].lower().translate(plain).replace(".", "")
        last = self.last().replace(" ", "").lower().translate(plain)
        sep = self.pick([".", "_", "", ""])
        tail = self.pick(["", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2004))])
        return f"{first}{sep}{last}{tail}@{self.pick(MAIL[self.cc])}"

    def mobile(self, style=None):
        r = self.r
        if self.cc == "IN":
            n = f"{r.choice('6789')}{r.randint(0, 999999999):09d}"
            style = style or self.pick(["spaced", "e164", "plain", "dashed"])
            return {
                "spaced": f"+91 {n[:5]} {n[5:]}",
                "e164": f"+91{n}",
                "plain": n,
                "dashed": f"+91-{n}",
            }[style]
        if self.cc == "PH":
            n = f"9{self.pick(PH_PREFIXES)}{r.randint(0, 9999999):07d}"
            style = style or self.pick(["spaced", "e164", "plain", "dashed"])
            return {
                "spaced": f"+63 {n[:3]} {n[3:6]} {n[6:]}",
                "e164": f"+63{n}",
                "plain": f"0{n}",
                "dashed": f"0{n[:3]}-{n[3:6]}-{n[6:]}",
            }[style]
        area = self.pick(["55", "33", "81", "222", "664", "477", "999", "442"])
        rest = f"{r.randint(0, 10 ** (10 - len(area)) - 1):0{10 - len(area)}d}"
        style = style or self.pick(["spaced", "e164", "plain", "dashed"])
        half = len(rest) // 2
        return {
            "spaced": f"+52 {area} {rest[:half]} {rest[half:]}",
            "e164": f"+52{area}{rest}",
            "plain": f"{area}{rest}",
            "dashed": f"({area}) {rest[:half]}-{rest[half:]}",
        }[style]

    def phone(self, style=None):
        return self.mobile(style)

    def city(self):
        return self.pick(CITIES[self.cc])

    def state(self):
        return self.pick(STATES[self.cc])

    def street(self):
        r = self.r
        if self.cc == "IN":
            return self.pick(
                [
                    f"Flat {r.randint(101, 1204)}, {self.pick(IN_BUILDINGS)} Apartments, "
                    f"{r.randint(1, 18)}th Cross, {self.pick(['Indiranagar', 'Koramangala', 'Jayanagar'])}",
                    f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(100, 999)}, "
                    f"{self.pick(['Banjara Hills', 'Kukatpally', 'Ameerpet'])}",
                    f"{r.randint(1, 300)}/{r.randint(1, 40)}, {self.pick(IN_ROADS)}",
                ]
            )
        if self.cc == "PH":
            return self.pick(
                [
                    f"Blk {r.randint(1, 60)} Lot {r.randint(1, 40)}, {self.pick(PH_SUBDIVISIONS)}",
                    f"{r.randint(1, 999)} {self.pick(PH_STREETS)} St.",
                    f"Unit {r.randint(101, 2502)}, {self.pick(PH_CONDOS)}",
                ]
            )
        return self.pick(
            [
                f"Calle {self.pick(MX_CALLES)} {r.randint(1, 999)}",
                f"Av. {self.pick(MX_AVENIDAS)} {r.randint(100, 4999)} Int. {r.randint(1, 30)}",
                f"Privada {self.pick(MX_PRIVADAS)} {r.randint(1, 99)}-{self.pick('ABC')}",
            ]
        )

    def barangay(self):
        return "Brgy. " + self.pick(
            ["San Isidro", "Poblacion", "Bagong Silang", "Santo Niño", "Malanday", "Commonwealth", "Lahug"]
        )

    def colonia(self):
        return "Col. " + self.pick(
            ["Centro", "Roma Norte", "Del Valle", "Chapultepec", "Mitras Centro", "Americana"]
        )

    def zip(self):
        r = self.r
        if self.cc == "IN":
            return f"{r.randint(1, 8)}{r.randint(0, 99999):05d}"
        if self.cc == "PH":
            return f"{r.randint(1000, 9811)}"
        return f"{r.randint(1000, 99999):05d}"

    def full_address(self):
        extra = {"IN": "", "PH": ", " + self.barangay(), "MX": ", " + self.colonia()}[self.cc]
        return f"{self.street()}{extra}, {self.city()} {self.zip()}"

    def lat(self):
        lo, hi = {"IN": (8.5, 28.7), "PH": (6.9, 16.4), "MX": (16.8, 32.5)}[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def lon(self):
        lo, hi = {"IN": (72.8, 88.4), "PH": (120.6, 125.6), "MX": (-117.1, -89.6)}[self.cc]
        return round(self.r.uniform(lo, hi), 6)

    def dob(self):
        y, m, d = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        style = self.pick(["iso", "local"])
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        return {"IN": f"{d:02d}/{m:02d}/{y}", "PH": f"{m:02d}/{d:02d}/{y}", "MX": f"{d:02d}/{m:02d}/{y}"}[
            self.cc
        ]

    def money_local(self, lo=1000, hi=250000):
        return round(self.r.uniform(lo, hi), 2)

    # -- ids ---------------------------------------------------------------------------------------
    def aadhaar(self):
        body = str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(10))
        n = body + verhoeff_check(body)
        return self.pick([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])

    def pan(self):
        letters = "".join(self.r.choice(UPPER) for _ in range(3))
        return f"{letters}P{self.r.choice(UPPER)}{self.r.randint(0, 9999):04d}{self.r.choice(UPPER)}"

    def epic(self):
        return "".join(self.r.choice(UPPER) for _ in range(3)) + f"{self.r.randint(0, 9999999):07d}"

    def in_passport(self):
        return self.r.choice("JKLMNPRSTUVWZ") + f"{self.r.randint(1000000, 9999999)}"

    def ph_passport(self):
        return "P" + f"{self.r.randint(0, 9999999):07d}" + self.r.choice(UPPER)

    def philsys(self):
        n = self.digits(16)
        return self.pick([n, f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"])

    def sss(self):
        n = f"{self.r.randint(1, 34):02d}{self.r.randint(0, 9999999):07d}{self.r.randint(0, 9)}"
        return self.pick([n, f"{n[:2]}-{n[2:9]}-{n[9]}"])

    def tin(self):
        return f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-000"

    def umid(self):
        return f"0111-{self.r.randint(0, 9999999):07d}-{self.r.randint(0, 9)}"

    def philhealth(self):
        n = f"{self.r.randint(1, 19):02d}{self.r.randint(0, 999999999):09d}{self.r.randint(0, 9)}"
        return self.pick([n, f"{n[:2]}-{n[2:11]}-{n[11]}"])

    def curp(self):
        r = self.r
        s = r.choice(UPPER) + r.choice("AEIOU") + r.choice(UPPER) + r.choice(UPPER)
        y = r.randint(1955, 2005)
        s += f"{y % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        s += r.choice("HM") + r.choice(CURP_STATES)
        s += "".join(r.choice(CONSONANTS) for _ in range(3))
        s += str(r.randint(0, 9)) if y < 2000 else r.choice("AB")
        total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(s))
        return s + str((10 - total % 10) % 10)

    def rfc(self):
        r = self.r
        return (
            "".join(r.choice(UPPER) for _ in range(4))
            + f"{r.randint(55, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + "".join(r.choice(UPPER + "0123456789") for _ in range(2))
            + r.choice("0123456789A")
        )

    def clave_elector(self):
        r = self.r
        return (
            "".join(r.choice(CONSONANTS) for _ in range(6))
            + f"{r.randint(55, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 32):02d}"
            + r.choice("HM")
            + f"{r.randint(0, 999):03d}"
        )

    def clabe(self):
        bank = self.pick(["002", "012", "014", "072", "021", "127", "137", "646"])
        body = bank + f"{self.r.randint(1, 999):03d}" + f"{self.r.randint(0, 10**11 - 1):011d}"
        weights = [3, 7, 1] * 6
        total = sum((int(c) * w) % 10 for c, w in zip(body, weights, strict=False))
        return body + str((10 - total % 10) % 10)

    def ifsc(self):
        return (
            self.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "FDRL", "CNRB"])
            + "0"
            + f"{self.r.randint(0, 99999):06d}"
        )

    def in_account(self):
        return self.digits(self.pick([11, 12, 14, 15, 16]))

    def ph_account(self):
        n = self.digits(self.pick([10, 12]))
        return self.pick([n, f"{n[:4]}-{n[4:8]}-{n[8:]}"])

    def bank_account(self):
        return {"IN": self.in_account, "PH": self.ph_account, "MX": self.clabe}[self.cc]()

    def upi(self):
        first = self.first().split()[0].lower()
        return self.pick(
            [
                self.mobile("plain") + "@" + self.pick(["ybl", "paytm", "upi", "axl"]),
                f"{first}.{self.last().lower().replace(' ', '')}@ok{self.pick(UPI_BANKS)}",
                f"{first}{self.r.randint(1, 999)}@ibl",
            ]
        )

    def national_id(self):
        return {
            "IN": lambda: self.pick([self.aadhaar(), self.pan(), self.epic()]),
            "PH": lambda: self.pick([self.philsys(), self.sss(), self.umid(), self.tin()]),
            "MX": lambda: self.pick([self.curp(), self.clave_elector()]),
        }[self.cc]()

    def imei(self):
        return self.luhn_complete(self.pick(["35", "86", "49", "01"]) + self.digits(12))

    def device_serial(self):
        chars = UPPER.replace("O", "").replace("I", "") + "0123456789"
        return self.pick(
            [
                "".join(self.r.choice(chars) for _ in range(12)),
                "R" + self.pick(["58", "5C", "F8"]) + "".join(self.r.choice(chars) for _ in range(8)),
                "PF" + "".join(self.r.choice(chars) for _ in range(6)),
            ]
        )

    def ticket(self):
        r = self.r
        if self.cc == "PH":
            office = self.pick(["MNL", "CEB", "DVO", "QC"])
            return f"PT-{office}-{r.randint(2022, 2024)}-{r.randint(0, 9999999):07d}"
        if self.cc == "IN":
            return f"GL/{self.pick(['TSR', 'CHN', 'MUM', 'HYD'])}/{r.randint(100000, 999999)}"
        return f"B{r.randint(10, 99)}-{r.randint(0, 99999999):08d}"

    def plate(self):
        letters = "".join(self.r.choice(UPPER) for _ in range(3))
        if self.cc == "PH":
            return f"{letters} {self.r.randint(1000, 9999)}"
        return f"{letters}-{self.r.randint(100, 999)}-{self.r.choice(UPPER)}"

    def gstin(self):
        # a company's or a firm's PAN (4th letter C or F) inside: the business's own tax id
        company_pan = "".join(self.r.choice(UPPER) for _ in range(3)) + self.pick("CF") + self.r.choice(UPPER)
        state = f"{self.r.randint(1, 37):02d}"
        return f"{state}{company_pan}{self.digits(4)}{self.r.choice(UPPER)}1Z{self.r.choice(UPPER)}"

    def staff_email(self):
        plain = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")
        first = self.first().split()[0].lower().translate(plain).replace(".", "")
        return f"{first}.{self.last().replace(' ', '').lower().translate(plain)}@ginto-staff.com"

    def branch_code(self):
        return {"IN": "IN", "PH": "PH", "MX": "MX"}[self.cc] + f"{self.r.randint(1, 480):04d}"

    def karat(self):
        return self.pick({"IN": [22, 22, 20, 18], "PH": [18, 21, 14, 22], "MX": [10, 14, 18]}[self.cc])


# -- contexts -------------------------------------------------------------------------------------------


def loc_ctx():
    return {
        "locale": G(lambda f: f.pick(LOCALES[f.cc])),
        "timezone": G(lambda f: TZ[f.cc]),
    }


def web_ctx(f, pages=("/", "/gold-loan", "/pawn-ticket", "/shop", "/branches")):
    page = f.pick(list(pages))
    host = {"IN": "suvarnagold.in", "PH": "gintopawnshop.com.ph", "MX": "montepioaurora.mx"}[f.cc]
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://m.facebook.com/", "https://www.bing.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=fb&utm_medium=paid", "?lang=fil", "?ref=sms"])),
            "title": G(
                lambda f: {
                    "IN": "Gold Loan at 0.99% | Suvarna",
                    "PH": "Ginto Pawnshop | Sangla",
                    "MX": "Empeño de oro | Montepío Aurora",
                }[f.cc]
            ),
            "url": G(lambda f: f"https://www.{host}{page}"),
        },
        "userAgent": G(lambda f: f.pick([*UAS, ANDROID_CHROME_UA])),
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
        **loc_ctx(),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["akshaya_tritiya_24", "gold_loan_099", "back_to_school_sangla", "buen_fin"])
            ),
            "source": G(lambda f: f.pick(["google", "facebook", "sms", "whatsapp"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "referral"])),
            "term": G(
                lambda f: f.pick(["gold loan near me", "sanglaan malapit", "empeño de oro", "pawnshop"])
            ),
            "content": G(lambda f: f.pick(["carousel_1", "video_15s", "text_a"])),
        },
    }


def app_block(platform):
    return {
        "name": G(lambda f: {"IN": "Suvarna Gold", "PH": "Ginto", "MX": "Aurora Empeño"}[f.cc]),
        "version": G(lambda f: f.pick(["4.12.0", "4.12.3", "4.13.0"])),
        "build": G(lambda f: f.pick(["41200", "41203", "41300"])),
        "namespace": G(
            lambda f: {"IN": "in.suvarna.app", "PH": "ph.ginto.sangla", "MX": "mx.aurora.empeno"}[f.cc]
        ),
    }


def mobile_traits():
    return {
        "traits": {
            "customerNo": G(lambda f: "C" + f.digits(8)),
            "name": Y(lambda f: f.full_name(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "kycLevel": G(lambda f: f.pick(["basic", "full", "none"])),
        }
    }


def ios_ctx(f):
    return {
        "app": app_block("ios"),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone13,2", "iPhone14,7", "iPhone12,1", "iPhone15,4"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.2", "17.2"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 375, 428])),
            "height": G(lambda f: f.pick([844, 667, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "IN": ["Jio", "Airtel", "Vi"],
                        "PH": ["Globe", "Smart", "DITO"],
                        "MX": ["Telcel", "AT&T", "Movistar"],
                    }[f.cc]
                )
            ),
        },
        **loc_ctx(),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        **mobile_traits(),
    }


def android_device():
    return {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "realme"])),
        "model": G(lambda f: f.pick(["SM-A145F", "23021RAAEG", "CPH2591", "V2250", "RMX3630"])),
        "name": G(lambda f: f.pick(["a14", "topaz", "OP5961L1", "PD2250"])),
        "type": G(lambda f: "android"),
        "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }


def android_ctx(f):
    return {
        "app": app_block("android"),
        "device": android_device(),
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([720, 1080])),
            "height": G(lambda f: f.pick([1600, 2400])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(
                    {
                        "IN": ["Jio", "Airtel", "Vi"],
                        "PH": ["Globe", "Smart", "DITO"],
                        "MX": ["Telcel", "AT&T", "Movistar"],
                    }[f.cc]
                )
            ),
        },
        **loc_ctx(),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; CPH2591 Build/UP1A.231005.007)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2])),
        },
        **mobile_traits(),
    }


def rn_ctx(f):
    return {
        "app": app_block("rn"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,7", "SM-A546E", "2201117TY"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        **loc_ctx(),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "customerNo": G(lambda f: "C" + f.digits(8)),
            "email": Y(lambda f: f.email(), "email"),
            "firstName": Y(lambda f: f.first(), "name"),
        },
    }


def flutter_ctx(f):
    return {
        "app": app_block("flutter"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A145F", "iPhone13,2", "CPH2591"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.4"])),
        },
        "screen": {"width": G(lambda f: 1080), "height": G(lambda f: 2340), "density": G(lambda f: 2.75)},
        **loc_ctx(),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "location": {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "city": Y(lambda f: f.city(), "city"),
            "country": G(lambda f: {"IN": "India", "PH": "Philippines", "MX": "México"}[f.cc]),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_ctx(f, lib):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "ruby", "php"):
        # forwarded from the customer's request by the backend
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("python", "java"):
        ctx["traits"] = {
            "email": Y(lambda f: f.email(), "email"),
            "customerNo": G(lambda f: "C" + f.digits(8)),
        }
    if lib == "go":
        ctx["groupId"] = G(lambda f: f.branch_code())
    return ctx


def context_for(f, client):
    if client == "web":
        return web_ctx(f)
    if client == "ios":
        return ios_ctx(f)
    if client == "android":
        return android_ctx(f)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


MOBILE = ["ios", "android", "rn", "flutter"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]

# -- shared bodies --------------------------------------------------------------------------------------


def shop_product():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(
            lambda f: f"{f.pick(['GLD', 'GAD', 'WCH'])}-{f.r.randint(10000, 99999)}-{f.pick(['A', 'B', 'R'])}"
        ),
        "name": G(lambda f: f.pick(SHOP_PRODUCTS)),
        "brand": G(lambda f: f.pick(["Ginto Select", "Apple", "Samsung", "Seiko", "Canon", "Unbranded"])),
        "category": G(lambda f: f.pick(["Jewellery", "Gadgets", "Watches", "Cameras"])),
        "price": G(lambda f: f.money(1500, 90000)),
        "quantity": G(lambda f: 1),
        "image_url": G(lambda f: f"https://cdn.gintopawnshop.com.ph/items/{f.hexid(10)}.jpg"),
    }


def free_note_with(f, kind):
    """Free text that always carries one PII value of `kind`, in the event country's languages."""
    if kind == "phone":
        v = f.mobile()
        return f.pick(
            {
                "IN": [
                    f"Customer asked to be called on {v} before renewal",
                    f"Alt number {v} (son)",
                    f"{v} - not reachable, sent SMS",
                ],
                "PH": [
                    f"Kuya will claim, contact {v}",
                    f"Alt number {v} (asawa)",
                    f"{v} - not reachable, sent SMS",
                ],
                "MX": [
                    f"Llamar al {v} para avisar del refrendo",
                    f"Tel. alterno {v} (hija)",
                    f"{v} no contesta, se mandó SMS",
                ],
            }[f.cc]
        )
    if kind == "email":
        v = f.email()
        return f.pick(
            {
                "IN": [f"Please send the auction receipt to {v}", f"My email changed, new one is {v}"],
                "PH": [f"pa send po ng copy sa {v} salamat", f"My email changed, new one is {v}"],
                "MX": [f"Favor de enviar la factura a {v}", f"Cambié mi correo, ahora es {v}"],
            }[f.cc]
        )
    if kind == "reminder":
        v = f.first().split()[0]
        return f.pick(
            {
                "IN": [
                    f"Hi {v}, your gold loan interest is due on the 5th. Pay via app or any branch.",
                    f"Dear {v}, your pledge matures in 3 days. Renew online to avoid penalties.",
                ],
                "PH": [
                    f"Hi {v}! Ang iyong sangla ay mag-e-expire na. Mag-renew na po.",
                    f"Hi {v}, your pawn ticket matures in 3 days. Renew online to avoid penalties.",
                ],
                "MX": [
                    f"Hola {v}, tu boleta vence pronto. Refrenda en la app.",
                    f"{v}, tu refrendo vence mañana. Evita que tu prenda pase a almoneda.",
                ],
            }[f.cc]
        )
    if kind == "gift":
        v = f.first().split()[0]
        return f.pick(
            {
                "IN": [f"Happy anniversary {v}! With love", f"For {v}, congratulations on the new job"],
                "PH": [f"Happy birthday {v}! Love, Mama", f"Para kay {v}, congrats sa graduation!"],
                "MX": [
                    f"¡Feliz cumpleaños {v}! Te quiere tu mamá",
                    f"Para {v}, felicidades por tu graduación",
                ],
            }[f.cc]
        )
    raise ValueError(kind)


def green_text(f):
    return f.pick(
        [
            "What time do you open on Sunday?",
            "Is the interest rate still 3% per month?",
            "Can I renew online if the ticket expired yesterday?",
            "How much for 10 grams 22K?",
            "¿Aceptan relojes?",
            "Pwede po ba laptop i-sangla?",
            "App keeps logging me out",
        ]
    )


def medical_loan():
    return {
        "patient_name": Y(lambda f: f.full_name(), "name"),
        "patient_relationship": G(lambda f: f.pick(["self", "mother", "father", "child", "spouse"])),
        "patient_age": G(lambda f: f.r.randint(1, 90)),
        "hospital": G(
            lambda f: {
                "IN": f.pick(["Apollo Hospitals", "Amrita Hospital", "CMC Vellore"]),
                "PH": f.pick(
                    [
                        "St. Luke's Medical Center",
                        "Vicente Sotto Memorial",
                        "Southern Philippines Medical Center",
                    ]
                ),
            }[f.cc]
        ),
        "diagnosis": Y(
            lambda f: f.pick(
                ["dengue fever", "chronic kidney disease", "appendicitis", "pneumonia", "breast cancer"]
            ),
            "diagnosis|condition",
        ),
        "procedure_needed": Y(
            lambda f: f.pick(["dialysis", "appendectomy", "chemotherapy", "C-section"]), "procedure"
        ),
        "is_pregnant": Y(lambda f: f.pick([True, False]), "condition"),
        "requested_amount": G(lambda f: f.money(5000, 300000)),
    }


def franchise():
    """Group traits of a franchised branch: the business's own details, and its owner's."""
    return {
        "branch_name": G(lambda f: f.pick(BRANCHES[f.cc])),
        "franchise_owner_name": Y(lambda f: f.full_name(), "name"),
        "owner_mobile": Y(lambda f: f.mobile(), "phone"),
        "owner_email": Y(lambda f: f.email(), "email"),
        "pawnbroker_license_no": G(lambda f: f"PBL/{f.r.randint(2015, 2024)}/{f.r.randint(100, 9999)}"),
        "branch_address": G(lambda f: f.pick(BRANCH_ADDR[f.cc])),
        "branch_city": G(lambda f: f.city()),
        "region": G(lambda f: f.state()),
        "landline": G(lambda f: f.pick(BRANCH_PHONE[f.cc])),
        "website": G(
            lambda f: {
                "IN": "https://www.suvarnagold.in",
                "PH": "https://www.gintopawnshop.com.ph",
                "MX": "https://montepioaurora.mx",
            }[f.cc]
        ),
        "employees": G(lambda f: f.r.randint(3, 25)),
        "industry": G(lambda f: "Pawnbroking"),
        "plan": G(lambda f: f.pick(["franchise", "company_owned"])),
        "createdAt": G(lambda f: f.iso()),
    }


# -- events -----------------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, countries, body)

EVENTS = [
    # -- identify --------------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["ios", "android", "rn", "web"],
        ["IN", "PH", "MX"],
        {
            "name": Y(lambda f: f.full_name(), "name"),
            "firstName": Y(lambda f: f.first(), "name"),
            "lastName": Y(lambda f: f.last(), "name"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "email": Y(lambda f: f.email(), "email"),
            "gender": Y(lambda f: f.pick(["female", "male", "F", "M"]), "gender"),
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "age": G(lambda f: f.r.randint(19, 72)),
            "address": {
                "street": Y(lambda f: f.street(), "street|address"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postalCode": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
            },
            "customerNo": G(lambda f: "C" + f.digits(8)),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["en", "hi", "ta", "fil", "ceb", "es"])),
            "maritalStatus": G(lambda f: f.pick(["single", "married", "widowed", "separated"])),
            "occupation": G(
                lambda f: f.pick(
                    ["Tricycle driver", "Sari-sari store owner", "Farmer", "Teacher", "Comerciante", "OFW"]
                )
            ),
            "monthlyIncomeBand": Y(lambda f: f.pick(["<15k", "15k-30k", "30k-50k", "50k+"]), "salary"),
            "kycStatus": G(lambda f: f.pick(["pending", "verified", "rejected"])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "whatsappOptIn": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://cdn.suvarnagold.in/avatars/{f.uuid()}.jpg", "photo"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        ["PH", "IN", "MX"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "FULL_NAME": Y(lambda f: f.full_name().upper(), "name"),
            "MOBILE_NO": Y(lambda f: f.mobile("plain"), "phone"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(), "email"),
            "CITY": Y(lambda f: f.city(), "city"),
            "PROVINCE": G(lambda f: f.state()),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "LIFETIME_LOANS": G(lambda f: f.r.randint(1, 80)),
            "TOTAL_PRINCIPAL": G(lambda f: f.money(2000, 900000)),
            "LAST_LOAN_DATE": G(lambda f: f.date(2023, 2024)),
            "DAYS_SINCE_LAST_VISIT": G(lambda f: f.r.randint(0, 400)),
            "DEFAULT_FLAG": G(lambda f: f.pick([0, 1])),
            "RISK_SEGMENT": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "CREDIT_SCORE": Y(lambda f: f.r.randint(300, 900), "credit score"),
            "LTV_BUCKET": G(lambda f: f.pick(["0-50", "50-75", "75+"])),
            "HOME_BRANCH": G(lambda f: f.pick(BRANCHES[f.cc])),
            "CHURN_PROBABILITY": G(lambda f: round(f.r.random(), 4)),
            "_DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["android"],
        ["IN", "PH", "MX"],
        {
            "employeeId": G(lambda f: "E" + f.digits(6)),
            "staffName": Y(lambda f: f.full_name(), "name"),
            "workEmail": Y(lambda f: f.staff_email(), "email"),
            "personalMobile": Y(lambda f: f.mobile(), "phone"),
            "role": G(
                lambda f: f.pick(
                    ["Appraiser", "Branch Manager", "Teller", "Area Supervisor", "Vault Custodian"]
                )
            ),
            "branchCode": G(lambda f: f.branch_code()),
            "hireDate": G(lambda f: f.date(2010, 2024)),
            "monthlySalary": Y(lambda f: f.r.randint(14000, 85000), "salary"),
            "isManager": G(lambda f: f.pick([True, False])),
            "unionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "pinSet": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- KYC -------------------------------------------------------------------------------------------
    (
        "track",
        "KYC Document Submitted",
        ["android", "ios"],
        ["IN"],
        {
            "document_type": G(lambda f: f.pick(["aadhaar", "pan", "voter_id", "passport"])),
            "aadhaar_number": RED(lambda f: f.aadhaar(), "national id"),
            "pan": RED(lambda f: f.pan(), "national id"),
            "voter_id": RED(lambda f: f.epic(), "national id"),
            "passport_no": RED(lambda f: f.in_passport(), "passport"),
            "ckyc_number": RED(lambda f: f.digits(14), "national id"),
            "name_on_document": Y(lambda f: f.full_name().upper(), "name"),
            "father_name": Y(lambda f: f.first() + " " + f.last(), "name"),
            "date_of_birth": Y(lambda f: f.dob(), "birthdate"),
            "document_front_url": Y(
                lambda f: f"https://kyc.suvarnagold.in/docs/{f.uuid()}/front.jpg", "photo"
            ),
            "selfie_url": Y(lambda f: f"https://kyc.suvarnagold.in/selfie/{f.uuid()}.jpg", "photo"),
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.3, 1), 3)),
            "aadhaar_verified": G(lambda f: f.pick([True, False])),
            "pan_name_match": G(lambda f: f.pick([True, False])),
            "consent_given": G(lambda f: True),
            "social_category": Y(lambda f: f.pick(["General", "OBC", "SC", "ST"]), "ethnicity|race"),
            "minority_community": Y(
                lambda f: f.pick(["Muslim", "Christian", "Sikh", "Buddhist", "Jain"]), "religion"
            ),
            "pep": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "ID Verified",
        ["python"],
        ["PH"],
        {
            "id_type": G(lambda f: f.pick(["PhilSys", "UMID", "SSS", "TIN", "Passport"])),
            "id_number": RED(
                lambda f: f.pick([f.philsys(), f.umid(), f.sss(), f.ph_passport()]), "national id|passport"
            ),
            "philsys_pcn": RED(lambda f: f.philsys(), "national id"),
            "tin": RED(lambda f: f.tin(), "national id"),
            "sss_number": RED(lambda f: f.sss(), "national id"),
            "philhealth_no": RED(lambda f: f.philhealth(), "health id"),
            "full_name_on_id": Y(lambda f: f.full_name().upper(), "name"),
            "birthdate": Y(lambda f: f.dob(), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Filipino", "Filipino", "Chinese", "Korean", "American"]), "citizenship"
            ),
            "acr_icard_no": RED(lambda f: "E" + f.digits(7), "national id"),
            "selfie": {
                "image_url": Y(
                    lambda f: f"https://s3.ap-southeast-1.amazonaws.com/ginto-kyc/selfies/{f.hexid(24)}.jpg",
                    "photo",
                ),
                "captured_at": G(lambda f: f.iso()),
            },
            "verification": {
                "provider": G(lambda f: f.pick(["HyperVerge", "Onfido", "in-house"])),
                "result": G(lambda f: f.pick(["clear", "consider", "rejected"])),
                "reference": G(lambda f: f.uuid()),
            },
            "is_ofw": G(lambda f: f.pick([True, False])),
            "is_pwd": RED(lambda f: f.pick([True, False, False]), "disability"),
            "pwd_id_no": RED(
                lambda f: f"{f.digits(2)}-{f.digits(4)}-{f.digits(3)}-{f.digits(7)}",
                "disability|national id",
            ),
            "senior_citizen_id": RED(lambda f: f.digits(f.pick([5, 6, 8])), "national id"),
        },
    ),
    (
        "track",
        "Registro Completado",
        ["flutter"],
        ["MX"],
        {
            "nombre": Y(lambda f: f.first(), "name"),
            "apellido_paterno": Y(lambda f: f.last(), "name"),
            "apellido_materno": Y(lambda f: f.last(), "name"),
            "curp": RED(lambda f: f.curp(), "national id"),
            "rfc": RED(lambda f: f.rfc(), "national id"),
            "clave_elector": RED(lambda f: f.clave_elector(), "national id"),
            "correo": Y(lambda f: f.email(), "email"),
            "telefono_celular": Y(lambda f: f.mobile(), "phone"),
            "fecha_nacimiento": Y(lambda f: f.date(1950, 2004), "birthdate"),
            "sexo": Y(lambda f: f.pick(["H", "M"]), "sex|gender"),
            "domicilio": {
                "calle": Y(lambda f: f.street(), "street|address"),
                "numero_exterior": Y(
                    lambda f: f.pick([str(f.r.randint(1, 3000)), f"{f.r.randint(1, 300)}-B", "S/N"]),
                    "address|street",
                ),
                "colonia": Y(lambda f: f.colonia(), "address"),
                "municipio": Y(lambda f: f.city(), "city"),
                "estado": G(lambda f: f.state()),
                "codigo_postal": Y(lambda f: f.zip(), "zipcode"),
            },
            "ocupacion": G(
                lambda f: f.pick(["Comerciante", "Empleado", "Ama de casa", "Chofer", "Estudiante"])
            ),
            "estado_civil": G(lambda f: f.pick(["soltero", "casado", "unión libre", "viudo"])),
            "acepta_terminos": G(lambda f: True),
            "canal": G(lambda f: f.pick(["app", "sucursal", "web"])),
            "ine_foto_frente": Y(
                lambda f: f"https://storage.googleapis.com/aurora-kyc/ine/{f.uuid()}_f.jpg", "photo"
            ),
            "score_buro": Y(lambda f: f.r.randint(400, 850), "credit score"),
        },
    ),
    (
        "track",
        "KYC Updated",
        ["java"],
        ["IN"],
        {
            "grahak_id": G(lambda f: f.digits(8)),
            "grahak_naam": Y(lambda f: f.full_name(), "name"),
            "pita_ka_naam": Y(lambda f: f.full_name(), "name"),
            "pati_patni_ka_naam": Y(lambda f: f.full_name(), "name"),
            "janm_tithi": Y(lambda f: f.dob(), "birthdate"),
            "pata": Y(lambda f: f.full_address(), "address"),
            "mobile_number": Y(lambda f: f.mobile(), "phone"),
            "aadhaar_last4": RED(lambda f: f.digits(4), "national id"),
            "shakha": G(lambda f: f.pick(BRANCHES["IN"])),
            "sthiti": G(lambda f: f.pick(["sakriya", "nishkriya", "lambit"])),
            "updated_by": G(lambda f: "E" + f.digits(6)),
            "cibil_score": Y(lambda f: f.r.randint(300, 900), "credit score"),
        },
    ),
    (
        "track",
        "Nominee Added",
        ["android", "ios"],
        ["IN"],
        {
            "loan_account_id": G(lambda f: "GL" + f.digits(10)),
            "nominee": {
                "name": Y(lambda f: f.full_name(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "son", "daughter", "mother", "brother"])),
                "dob": Y(lambda f: f.dob(), "birthdate"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "is_minor": G(lambda f: f.pick([True, False])),
                "guardian_name": Y(lambda f: f.full_name(), "name"),
            },
        },
    ),
    (
        "track",
        "OTP Verified",
        ["android", "ios", "rn", "flutter"],
        ["IN", "PH", "MX"],
        {
            "otp_code": RED(lambda f: f.digits(f.pick([4, 6])), "token"),
            "otp_length": G(lambda f: f.pick([4, 6])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "destination": Y(lambda f: f.mobile(), "phone", True),
            "verified": G(lambda f: f.pick([True, False])),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "MPIN Set",
        ["android", "flutter"],
        ["IN", "PH", "MX"],
        {
            "mpin": RED(lambda f: f.digits(f.pick([4, 6])), "password"),
            "mpin_length": G(lambda f: f.pick([4, 6])),
            "biometric_enabled": G(lambda f: f.pick([True, False])),
            "biometric_type": G(lambda f: f.pick(["fingerprint", "face", "none"])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        ["IN", "PH", "MX"],
        {
            "login_link": RED(
                lambda f: f"https://app.gintopawnshop.com.ph/auth/verify?token={f.hexid(48)}", "token"
            ),
            "link_expires_at": G(lambda f: f.iso()),
            "recipient": Y(lambda f: f.email(), "email", True),
            "is_new_device": G(lambda f: f.pick([True, False])),
            "auth_method": G(lambda f: "magic_link"),
        },
    ),
    # -- pledged items ---------------------------------------------------------------------------------
    (
        "track",
        "Item Appraised",
        ["android"],
        ["IN", "PH"],
        {
            "ticket_no": G(lambda f: f.ticket()),
            "ornament_type": G(lambda f: f.pick(GOLD_ITEMS)),
            "gross_weight_g": G(lambda f: round(f.r.uniform(1.5, 120), 2)),
            "net_weight_g": G(lambda f: round(f.r.uniform(1.2, 115), 2)),
            "purity_karat": G(lambda f: f.karat()),
            "purity_pct": G(lambda f: f.pick([91.6, 75.0, 87.5, 58.5])),
            "xrf_reading": G(lambda f: round(f.r.uniform(55, 99.9), 1)),
            "huid": G(lambda f: "".join(f.r.choice(UPPER + "0123456789") for _ in range(6))),
            "appraised_value": G(lambda f: f.money(5000, 600000)),
            "photos": Many({"url": G(lambda f: f"https://cdn.ginto.ph/items/{f.hexid(16)}.jpg")}, 3),
            "customer_photo_url": Y(lambda f: f"https://cdn.ginto.ph/customers/{f.hexid(16)}.jpg", "photo"),
            "appraiser": {
                "employee_id": G(lambda f: "E" + f.digits(6)),
                "name": Y(lambda f: f.full_name(), "name"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
            },
            "branch": {
                "code": G(lambda f: f.branch_code()),
                "name": G(lambda f: f.pick(BRANCHES[f.cc])),
                "city": G(lambda f: f.city()),
                "phone": G(lambda f: f.pick(BRANCH_PHONE[f.cc])),
                "lat": G(lambda f: f.pick([10.5276, 13.0418, 14.6196, 10.2969])),
                "lng": G(lambda f: f.pick([76.2144, 80.2341, 121.0536, 123.9018])),
            },
        },
    ),
    (
        "track",
        "Gadget Pledged",
        ["node"],
        ["PH", "MX", "IN"],
        {
            "ticketNumber": G(lambda f: f.ticket()),
            "deviceBrand": G(lambda f: f.pick(GADGETS)[0]),
            "deviceModel": G(lambda f: f.pick(GADGETS)[1]),
            "imei": Y(lambda f: f.imei(), "serial"),
            "imei2": Y(lambda f: f.imei(), "serial"),
            "serialNumber": Y(lambda f: f.device_serial(), "serial"),
            "icloudLocked": G(lambda f: f.pick([True, False])),
            "accessories": Many(G(lambda f: f.pick(["charger", "box", "case", "earphones", "receipt"])), 3),
            "appraisedValue": G(lambda f: f.money(2000, 60000)),
            "remarks": G(
                lambda f: f.pick(
                    [
                        "minor scratches on back",
                        "screen replaced",
                        "no box",
                        "cracked camera lens",
                        "with original receipt",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Prenda Valuada",
        ["php"],
        ["MX"],
        {
            "boleta": G(lambda f: f"B{f.r.randint(10, 99)}-{f.r.randint(0, 99999999):08d}"),
            "tipo_prenda": G(lambda f: f.pick(["alhaja", "reloj", "celular", "laptop", "herramienta"])),
            "descripcion": G(
                lambda f: f.pick(
                    [
                        "Cadena de oro 14K con dije",
                        "Anillo 10K con piedra",
                        "Esclava 14K",
                        "Reloj Citizen acero",
                    ]
                )
            ),
            "kilataje": G(lambda f: f.pick(["10K", "14K", "18K"])),
            "peso_gramos": G(lambda f: round(f.r.uniform(1, 80), 1)),
            "avaluo": G(lambda f: f.money(800, 90000)),
            "prestamo": G(lambda f: f.money(500, 70000)),
            "numero_serie": Y(lambda f: f.device_serial(), "serial"),
            "valuador": Y(lambda f: f.full_name(), "name"),
            "numero_empleado": G(lambda f: f.digits(5)),
            "sucursal": G(lambda f: f.pick(BRANCHES["MX"])),
        },
    ),
    (
        "track",
        "Sangla Naitala",
        ["ruby"],
        ["PH"],
        {
            "numero_ng_tiket": G(lambda f: f.ticket()),
            "pangalan": Y(lambda f: f.first(), "name"),
            "apelyido": Y(lambda f: f.last(), "name"),
            "tirahan": Y(lambda f: f.full_address(), "address"),
            "telepono": Y(lambda f: f.mobile(), "phone"),
            "kaarawan": Y(lambda f: f.dob(), "birthdate"),
            "uri_ng_alahas": G(lambda f: f.pick(["singsing", "kuwintas", "pulseras", "hikaw"])),
            "timbang": G(lambda f: round(f.r.uniform(0.8, 40), 2)),
            "kilates": G(lambda f: f.karat()),
            "halaga_ng_sangla": G(lambda f: f.money(1000, 150000)),
            "tubo_kada_buwan": G(lambda f: f.pick([3.0, 3.5, 4.0])),
            "sangay": G(lambda f: f.pick(BRANCHES["PH"])),
            "petsa_ng_pagtubos": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Gold Loan Sanctioned",
        ["java"],
        ["IN"],
        {
            "loan_account_id": G(lambda f: "GL" + f.digits(10)),
            "sona_vajan": G(lambda f: round(f.r.uniform(2, 150), 2)),
            "shuddhata": G(lambda f: f.pick(["22K", "20K", "18K"])),
            "rashi": G(lambda f: f.money(5000, 800000)),
            "byaj_dar": G(lambda f: f.pick([9.9, 12.0, 18.0, 24.0])),
            "scheme": G(lambda f: f.pick(["Suvarna Shakti", "Flexi 0.99", "Krishi Gold"])),
            "co_borrower_name": Y(lambda f: f.full_name(), "name"),
            "co_borrower_pan": RED(lambda f: f.pan(), "national id"),
            "sanctioned_by": G(lambda f: "E" + f.digits(6)),
            "purpose": G(lambda f: f.pick(["agriculture", "medical", "education", "business", "wedding"])),
            "vault_slot": G(lambda f: f"V{f.r.randint(1, 9)}-{f.r.randint(1, 400):03d}"),
        },
    ),
    # -- loan ticket lifecycle ---------------------------------------------------------------------------
    (
        "track",
        "Loan Disbursed",
        ["python", "java"],
        ["IN", "PH", "MX"],
        {
            "loan_id": G(lambda f: f.uuid()),
            "ticket_number": G(lambda f: f.ticket()),
            "customer_id": G(lambda f: "C" + f.digits(8)),
            "principal": G(lambda f: f.money(1000, 500000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "interest_rate_monthly": G(lambda f: f.pick([1.5, 2.0, 3.0, 3.5])),
            "maturity_date": G(lambda f: f.date(2024, 2025)),
            "payout_method": G(lambda f: f.pick(["cash", "gcash", "upi", "spei", "bank_transfer"])),
            "payout": {
                "account_holder": Y(lambda f: f.full_name(), "name"),
                "bank_account_no": RED(lambda f: f.bank_account(), "bank account"),
                "bank_code": G(lambda f: f.pick(["HDFC0001234", "BDO", "BPI", "072", "SBIN0004567"])),
                "bank_account_masked": G(lambda f: "XXXXXX" + f.digits(4)),
            },
            "branch_code": G(lambda f: f.branch_code()),
            "teller_id": G(lambda f: "T" + f.digits(4)),
        },
    ),
    (
        "track",
        "Payout Sent",
        ["python"],
        ["IN"],
        {
            "upi_vpa": RED(lambda f: f.upi(), "bank account"),
            "payee_name": Y(lambda f: f.full_name(), "name"),
            "payee_mobile": Y(lambda f: f.mobile(), "phone"),
            "amount": G(lambda f: f.money(1000, 200000)),
            "utr": G(lambda f: f.digits(12)),
            "npci_txn_id": G(lambda f: "AXI" + f.hexid(29)),
            "ifsc": G(lambda f: f.ifsc()),
            "status": G(lambda f: f.pick(["SUCCESS", "PENDING", "FAILED"])),
            "penny_drop_name_match": G(lambda f: round(f.r.uniform(0.4, 1), 2)),
        },
    ),
    (
        "track",
        "Wallet Payout Completed",
        ["node"],
        ["PH"],
        {
            "walletProvider": G(lambda f: f.pick(["GCash", "Maya", "ShopeePay"])),
            "walletMobile": RED(lambda f: f.mobile(f.pick(["plain", "e164"])), "bank account|phone"),
            "walletAccountName": Y(lambda f: f.full_name(), "name"),
            "referenceNo": G(lambda f: f.digits(13)),
            "amountPhp": G(lambda f: f.money(500, 50000)),
            "fee": G(lambda f: f.pick([0, 15, 25])),
            "instapayTraceNo": G(lambda f: f.digits(6)),
            "ticketNumber": G(lambda f: f.ticket()),
        },
    ),
    (
        "track",
        "Transferencia SPEI Enviada",
        ["php"],
        ["MX"],
        {
            "clabe": RED(lambda f: f.clabe(), "bank account"),
            "beneficiario": Y(lambda f: f.full_name(), "name"),
            "rfc_beneficiario": RED(lambda f: f.rfc(), "national id"),
            "banco": G(
                lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banco Azteca", "BanCoppel", "STP"])
            ),
            "monto": G(lambda f: f.money(500, 90000)),
            "clave_rastreo": G(lambda f: "AURORA" + f.digits(14)),
            "concepto": G(
                lambda f: f.pick(["Préstamo prendario", "Desembolso boleta", "Devolución de demasías"])
            ),
            "referencia_numerica": G(lambda f: f.digits(7)),
            "estado": G(lambda f: f.pick(["liquidada", "enviada", "devuelta"])),
        },
    ),
    (
        "track",
        "Loan Renewed",
        ["rn", "ios"],
        ["IN", "PH", "MX"],
        {
            "ticket_number": G(lambda f: f.ticket()),
            "renewal_count": G(lambda f: f.r.randint(1, 12)),
            "interest_paid": G(lambda f: f.money(100, 20000)),
            "days_overdue": G(lambda f: f.r.randint(0, 30)),
            "payment_channel": G(lambda f: f.pick(["card", "gcash", "upi", "oxxo", "branch"])),
            "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "RuPay"])),
            "card_last4": G(lambda f: f.digits(4)),
            "payment_method_id": RED(
                lambda f: (
                    "pm_" + "".join(f.r.choice(UPPER + UPPER.lower() + "0123456789") for _ in range(24))
                ),
                "token",
            ),
            "receipt_email": Y(lambda f: f.email(), "email"),
            "paid_by_other": G(lambda f: f.pick([True, False])),
            "payer_name": Y(lambda f: f.full_name(), "name"),
            "payer_relationship": G(lambda f: f.pick(["self", "spouse", "son", "daughter", "sibling"])),
        },
    ),
    (
        "track",
        "Refrendo Pagado",
        ["flutter"],
        ["MX"],
        {
            "boleta": G(lambda f: f"B{f.r.randint(10, 99)}-{f.r.randint(0, 99999999):08d}"),
            "refrendo_numero": G(lambda f: f.r.randint(1, 10)),
            "interes": G(lambda f: f.money(50, 9000)),
            "iva": G(lambda f: f.money(5, 1400)),
            "metodo_pago": G(lambda f: f.pick(["oxxo", "tarjeta", "spei", "efectivo"])),
            "referencia_oxxo": G(lambda f: "9300" + f.digits(10)),
            "quien_paga": Y(lambda f: f.full_name(), "name"),
        },
    ),
    (
        "track",
        "Item Redeemed",
        ["go"],
        ["IN", "PH", "MX"],
        {
            "ticket_number": G(lambda f: f.ticket()),
            "redeemed_by": G(lambda f: "authorized_rep"),
            "authorized_rep": {
                "name": Y(lambda f: f.full_name(), "name"),
                "id_type": G(
                    lambda f: f.pick(
                        {
                            "IN": ["Aadhaar", "PAN", "Voter ID"],
                            "PH": ["PhilSys", "UMID", "SSS", "TIN"],
                            "MX": ["CURP", "INE"],
                        }[f.cc]
                    )
                ),
                "id_number": RED(lambda f: f.national_id(), "national id"),
                "spa_notarized": G(lambda f: f.pick([True, False])),
            },
            "total_paid": G(lambda f: f.money(1000, 500000)),
            "released_by": G(lambda f: "E" + f.digits(6)),
            "vault_slot": G(lambda f: f"V{f.r.randint(1, 9)}-{f.r.randint(1, 400):03d}"),
        },
    ),
    (
        "track",
        "Maturity Reminder Sent",
        ["python"],
        ["IN", "PH", "MX"],
        {
            "to": Y(lambda f: f.mobile("e164"), "phone"),
            "from": G(lambda f: f.pick(["GINTO", "SUVRNA", "AURORA", "29290"])),
            "body": Y(lambda f: free_note_with(f, "reminder"), "name", True),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "price": G(lambda f: f.pick(["-0.0079", "-0.0450", "-0.2500"])),
            "provider": G(lambda f: f.pick(["twilio", "msg91", "semaphore"])),
            "template_id": G(lambda f: "tpl_" + f.digits(5)),
        },
    ),
    # -- payment gateways ----------------------------------------------------------------------------------
    (
        "track",
        "Razorpay Payment Captured",
        ["node"],
        ["IN"],
        {
            "event": G(lambda f: "payment.captured"),
            "payload": {
                "payment": {
                    "entity": {
                        "id": G(
                            lambda f: (
                                "pay_"
                                + "".join(f.r.choice(UPPER + UPPER.lower() + "0123456789") for _ in range(14))
                            )
                        ),
                        "amount": G(lambda f: f.r.randint(10000, 5000000)),
                        "method": G(lambda f: f.pick(["upi", "card", "netbanking"])),
                        "vpa": RED(lambda f: f.upi(), "bank account"),
                        "card_id": RED(
                            lambda f: (
                                "card_"
                                + "".join(f.r.choice(UPPER + UPPER.lower() + "0123456789") for _ in range(14))
                            ),
                            "token",
                        ),
                        "card": {
                            "last4": G(lambda f: f.digits(4)),
                            "network": G(lambda f: f.pick(["Visa", "MasterCard", "RuPay"])),
                        },
                        "email": Y(lambda f: f.email(), "email"),
                        "contact": Y(lambda f: f.mobile("e164"), "phone"),
                        "notes": {
                            "loan_account_id": G(lambda f: "GL" + f.digits(10)),
                            "customer_name": Y(lambda f: f.full_name(), "name"),
                        },
                        "acquirer_data": {
                            "rrn": G(lambda f: f.digits(12)),
                        },
                    }
                }
            },
        },
    ),
    (
        "track",
        "Payment Paid",
        ["node"],
        ["PH"],
        {
            "data": {
                "attributes": {
                    "type": G(lambda f: "payment.paid"),
                    "amount": G(lambda f: f.r.randint(10000, 5000000)),
                    "source_type": G(lambda f: f.pick(["gcash", "paymaya", "card", "grab_pay"])),
                    "billing": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.mobile(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street(), "address|street"),
                            "line2": Y(lambda f: f.barangay(), "address"),
                            "city": Y(lambda f: f.city(), "city"),
                            "state": G(lambda f: f.state()),
                            "postal_code": Y(lambda f: f.zip(), "zipcode"),
                            "country": G(lambda f: "PH"),
                        },
                    },
                    "paid_at": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
                },
            }
        },
    ),
    (
        "track",
        "Order Paid",
        ["php"],
        ["MX"],
        {
            "data": {
                "object": {
                    "id": G(lambda f: "ord_" + f.hexid(17)),
                    "amount": G(lambda f: f.r.randint(10000, 900000)),
                    "currency": G(lambda f: "MXN"),
                    "customer_info": {
                        "name": Y(lambda f: f.full_name(), "name"),
                        "email": Y(lambda f: f.email(), "email"),
                        "phone": Y(lambda f: f.mobile("e164"), "phone"),
                    },
                    "charges": {
                        "data": Many(
                            {
                                "payment_method": {
                                    "type": G(lambda f: f.pick(["oxxo", "spei", "card"])),
                                    "reference": G(lambda f: "9300" + f.digits(10)),
                                },
                            },
                            1,
                        )
                    },
                }
            },
            "type": G(lambda f: "order.paid"),
        },
    ),
    (
        "track",
        "AuctionDepositCharged",
        ["dotnet"],
        ["PH", "MX"],
        {
            "DepositId": G(lambda f: f.r.randint(100000, 999999)),
            "BidderNo": G(lambda f: f.digits(5)),
            "CardHolderName": Y(lambda f: f.full_name().upper(), "name"),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardBin": G(lambda f: f.pick(["414720", "552333", "437776", "522157"])),
            "MaskedPan": G(lambda f: f.pick(["414720", "552333"]) + "******" + f.digits(4)),
            "Amount": G(lambda f: f.money(1000, 20000)),
            "GatewayResponse": G(lambda f: f.pick(["APPROVED", "DECLINED", "INSUFFICIENT FUNDS"])),
            "CreatedUtc": G(lambda f: f.iso()),
            "BillingAddress": Y(lambda f: f.full_address(), "address"),
            "BillingZip": Y(lambda f: f.zip(), "zipcode"),
        },
    ),
    (
        "track",
        "InterestAccrued",
        ["dotnet"],
        ["PH", "IN", "MX"],
        {
            "LoanTicketNo": G(lambda f: f.ticket()),
            "CustomerNo": G(lambda f: "C" + f.digits(8)),
            "CustomerName": Y(lambda f: f.full_name(), "name"),
            "PrincipalBalance": G(lambda f: f.money(1000, 500000)),
            "AccruedInterest": G(lambda f: f.money(10, 20000)),
            "RatePerMonth": G(lambda f: f.pick([0.03, 0.035, 0.04])),
            "IsPastDue": G(lambda f: f.pick([True, False])),
            "BranchId": G(lambda f: f.r.randint(1, 480)),
            "ContactNumber": Y(lambda f: f.mobile(), "phone"),
            "Remarks": G(lambda f: f.pick(["batch accrual", "manual adjustment", "", "holiday carry-over"])),
        },
    ),
    # -- auctions and shop ---------------------------------------------------------------------------------
    (
        "track",
        "Auction Lot Listed",
        ["go"],
        ["PH", "MX", "IN"],
        {
            "lot_id": G(lambda f: f.uuid()),
            "lot_number": G(lambda f: f.r.randint(1, 400)),
            "ticket_number": G(lambda f: f.ticket()),
            "item_title": G(lambda f: f.pick(SHOP_PRODUCTS)),
            "reserve_price": G(lambda f: f.money(1000, 200000)),
            "auction_date": G(lambda f: f.date(2024, 2025)),
            "venue": {
                "name": G(lambda f: f.pick(BRANCHES[f.cc])),
                "address": G(lambda f: f.pick(BRANCH_ADDR[f.cc])),
                "city": G(lambda f: f.city()),
                "contact_email": G(
                    lambda f: f.pick(
                        [
                            "auctions@gintopawnshop.com.ph",
                            "subastas@montepioaurora.mx",
                            "auction.desk@suvarnagold.in",
                        ]
                    )
                ),
            },
            "original_pledgor_id": G(lambda f: "C" + f.digits(8)),
        },
    ),
    (
        "track",
        "Bid Placed",
        ["web"],
        ["PH", "MX"],
        {
            "lot_id": G(lambda f: f.uuid()),
            "bid_amount": G(lambda f: f.money(500, 250000)),
            "bidder_paddle": G(lambda f: f.r.randint(100, 999)),
            "bidder_name": Y(lambda f: f.full_name(), "name"),
            "bidder_phone": Y(lambda f: f.mobile(), "phone"),
            "is_winning": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Auction Won",
        ["ruby"],
        ["PH", "MX", "IN"],
        {
            "lot_id": G(lambda f: f.uuid()),
            "hammer_price": G(lambda f: f.money(1000, 300000)),
            "buyer_premium": G(lambda f: f.money(0, 15000)),
            "winner": {
                "name": Y(lambda f: f.any_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
                "mobile": Y(lambda f: f.mobile(), "phone"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "pickup_branch": G(lambda f: f.pick(BRANCHES[f.cc])),
            "pickup_code": RED(lambda f: f.digits(6), "token"),
            "pickup_deadline": G(lambda f: f.date(2024, 2025)),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        ["PH", "IN", "MX"],
        {
            "query": G(
                lambda f: f.pick(["gold ring 18k", "iphone 13", "kuwintas", "reloj", "mangalsutra", "laptop"])
            ),
            "results_count": G(lambda f: f.r.randint(0, 120)),
            "filters": Many(
                {
                    "type": G(lambda f: f.pick(["karat", "category", "price"])),
                    "value": G(lambda f: f.pick(["18K", "Gadgets", "under_10000"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        ["PH", "IN", "MX"],
        {
            **shop_product(),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "value": G(lambda f: f.money(1500, 90000)),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        ["PH", "IN", "MX"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in shop_product().items()
                if k in ("product_id", "sku", "name", "price", "quantity")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        ["PH", "IN", "MX"],
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(lambda f: f.money(1500, 150000)),
            "shipping": G(lambda f: f.pick([0, 150, 250])),
            "tax": G(lambda f: f.money(0, 9000)),
            "coupon": G(lambda f: f.pick(["", "SUKI10", "PASKO2024", "DIWALI5"])),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "products": Many(shop_product(), 2),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "rn"],
        ["PH", "IN", "MX"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "total": G(lambda f: f.money(1500, 150000)),
            "currency": G(lambda f: CURRENCY[f.cc]),
            "payment_method": G(lambda f: f.pick(["card", "gcash", "cod", "upi", "oxxo"])),
            "products": Many(shop_product(), 2),
            "shipping_address": {
                "name": Y(lambda f: f.full_name(), "name"),
                "line1": Y(lambda f: f.street(), "address|street"),
                "city": Y(lambda f: f.city(), "city"),
                "state": G(lambda f: f.state()),
                "postal_code": Y(lambda f: f.zip(), "zipcode"),
                "country": G(lambda f: f.cc),
                "phone": Y(lambda f: f.mobile(), "phone"),
            },
            "gift_message": Y(lambda f: free_note_with(f, "gift"), "name", True),
            "delivery_instructions": G(
                lambda f: f.pick(
                    ["Leave with guard", "Iwan sa guard house", "Tocar el timbre", "Call on arrival"]
                )
            ),
            "tracking_number": G(lambda f: f.pick(["JT", "LBC", "NV"]) + f.digits(12)),
        },
    ),
    # -- staff and branch -----------------------------------------------------------------------------------
    (
        "track",
        "Cash Count Submitted",
        ["android"],
        ["PH", "IN", "MX"],
        {
            "drawer_id": G(lambda f: "D" + f.digits(3)),
            "teller_id": G(lambda f: "T" + f.digits(4)),
            "opening_cash": G(lambda f: f.money(20000, 500000)),
            "supervisor_name": Y(lambda f: f.full_name(), "name"),
            "supervisor_override_code": RED(lambda f: f.digits(6), "token|secret"),
            "note": G(
                lambda f: f.pick(["short 20 due to coins", "balanced", "", "excess 50, returned to vault"])
            ),
        },
    ),
    (
        "track",
        "Customer Search Performed",
        ["web"],
        ["PH", "IN", "MX"],
        {
            "q": Y(lambda f: f.mobile(), "phone", True),
            "search_field": G(lambda f: "mobile"),
            "staff_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "KYC Lookup",
        ["java"],
        ["IN"],
        {
            "input": RED(lambda f: f.aadhaar(), "national id", True),
            "lookup_type": G(lambda f: f.pick(["ckyc", "uidai_offline"])),
            "match_found": G(lambda f: f.pick([True, False])),
            "staff_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Teller Note Added",
        ["android"],
        ["PH", "IN", "MX"],
        {
            "ticket_number": G(lambda f: f.ticket()),
            "text": Y(lambda f: free_note_with(f, "phone"), "phone", True),
            "visibility": G(lambda f: f.pick(["branch", "all"])),
            "author_id": G(lambda f: "E" + f.digits(6)),
        },
    ),
    (
        "track",
        "Shift Started",
        ["android"],
        ["PH", "IN", "MX"],
        {
            "branch_code": G(lambda f: f.branch_code()),
            "clock_in_lat": Y(lambda f: f.lat(), "geolocation"),
            "clock_in_lng": Y(lambda f: f.lon(), "geolocation"),
            "geofence_ok": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://hr.ginto.ph/attendance/{f.uuid()}.jpg", "photo"),
            "late_minutes": G(lambda f: f.r.randint(0, 45)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        ["PH", "IN", "MX"],
        {
            "preferred_branch": G(lambda f: f.pick(BRANCHES[f.cc])),
            "applicant_name": Y(lambda f: f.full_name(), "name"),
            "applicant_email": Y(lambda f: f.email(), "email"),
            "applicant_phone": Y(lambda f: f.mobile(), "phone"),
            "expected_salary": Y(lambda f: f.r.randint(15000, 60000), "salary"),
            "years_experience": G(lambda f: f.r.randint(0, 15)),
            "requires_visa_sponsorship": RED(lambda f: f.pick([False, False, True]), "visa"),
            "current_employer": G(
                lambda f: f.pick(["Jollibee Foods Corp", "Muthoot Finance", "Cebuana", "OXXO", "none"])
            ),
            "referral_employee_id": G(lambda f: f.pick(["", "E" + f.digits(6)])),
        },
    ),
    # -- support and messaging vendors --------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        ["PH", "IN", "MX"],
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["Renewal not reflected", "Change payout account", "Lost pawn ticket", "App login issue"]
                )
            ),
            "description": Y(lambda f: free_note_with(f, "email"), "email", True),
            "requester": {
                "name": Y(lambda f: f.full_name(), "name"),
                "email": Y(lambda f: f.email(), "email"),
            },
            "assignee_email": Y(lambda f: f.staff_email(), "email"),
            "support_inbox": G(
                lambda f: f.pick(
                    ["support@gintopawnshop.com.ph", "care@suvarnagold.in", "ayuda@montepioaurora.mx"]
                )
            ),
            "tags": Many(G(lambda f: f.pick(["renewal", "payout", "kyc", "lost_ticket", "app"])), 3),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["ios", "android", "rn"],
        ["PH", "IN", "MX"],
        {
            "conversation_id": G(lambda f: f.hexid(24)),
            "author_type": G(lambda f: f.pick(["user", "bot"])),
            "message": G(lambda f: green_text(f)),
        },
    ),
    (
        "track",
        "WhatsApp Message Status",
        ["node"],
        ["IN", "PH", "MX"],
        {
            "wa_id": Y(lambda f: f.mobile("e164").lstrip("+"), "phone"),
            "profile_name": Y(
                lambda f: f.pick([f.first(), f.full_name(), f.first().split()[0] + " " + f.last()[0] + "."]),
                "name",
            ),
            "message_id": G(lambda f: "wamid.HBgM" + f.hexid(40).upper()),
            "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
            "conversation": {"id": G(lambda f: f.hexid(32))},
            "pricing": {"category": G(lambda f: f.pick(["utility", "marketing"]))},
            "timestamp": G(lambda f: str(f.r.randint(1_700_000_000, 1_735_000_000))),
        },
    ),
    (
        "track",
        "Email Opened",
        ["go"],
        ["IN", "PH", "MX"],
        {
            "email": Y(lambda f: f.email(), "email"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "event": G(lambda f: "open"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(4)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@ismtpd0{f.r.randint(1, 9)}p1mdw1.sendgrid.net>"),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "category": Many(G(lambda f: f.pick(["maturity_reminder", "receipt", "auction_notice"])), 2),
        },
    ),
    (
        "track",
        "Call Completed",
        ["php"],
        ["IN"],
        {
            "CallSid": G(lambda f: f.hexid(32)),
            "From": Y(lambda f: "0" + f.mobile("plain"), "phone"),
            "To": G(lambda f: f.pick(["08047093300", "04071234500", "02261234567"])),
            "DialWhomNumber": Y(lambda f: "0" + f.mobile("plain"), "phone"),
            "Direction": G(lambda f: f.pick(["incoming", "outbound-dial"])),
            "DialCallDuration": G(lambda f: f.r.randint(0, 900)),
            "StartTime": G(lambda f: f.iso()[:19].replace("T", " ")),
            "CallType": G(lambda f: f.pick(["completed", "client-hangup", "call-attempt"])),
            "digits": G(lambda f: f.pick(['"1"', '"2"', "null"])),
            "flow_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Webhook Relayed",
        ["php"],
        ["PH", "MX", "IN"],
        {
            "source": G(lambda f: f.pick(["gcash-callback", "oxxo-notify", "razorpay"])),
            "headers": {
                "content-type": G(lambda f: "application/json"),
                "user-agent": G(
                    lambda f: f.pick(["Razorpay-Webhook/v1", "GCash-Callback/2.0", "Conekta/v2.1"])
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip"),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-signature": G(lambda f: f.hexid(64)),
            },
            "retry-count": G(lambda f: f.r.randint(0, 5)),
            "received-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["python"],
        ["PH", "IN", "MX"],
        {
            "integration": G(lambda f: f.pick(["semaphore_sms", "hubspot", "zendesk", "stripe"])),
            "connected_by": G(lambda f: "E" + f.digits(6)),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_url": G(
                lambda f: "https://api.ginto.ph/webhooks/" + f.pick(["sms", "crm", "tickets", "payments"])
            ),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "webhooks"])), 3),
        },
    ),
    (
        "track",
        "Vehicle Pledged",
        ["python"],
        ["PH", "MX"],
        {
            "ticket_number": G(lambda f: f.ticket()),
            "vehicle_type": G(lambda f: f.pick(["motorcycle", "car", "tricycle"])),
            "make": G(lambda f: f.pick(["Honda", "Yamaha", "Toyota", "Nissan", "Suzuki"])),
            "model": G(lambda f: f.pick(["Click 125i", "NMAX", "Vios", "Versa", "Raider 150"])),
            "plate_number": Y(
                lambda f: f.plate(),
                "license",
            ),
            "chassis_number": Y(
                lambda f: (
                    f.pick(["MH1", "JHM", "MR0", "3N1"])
                    + "".join(f.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
                ),
                "serial",
            ),
            "engine_number": Y(
                lambda f: f.pick(["JF83E", "E3R6E", "2NZ", "HR16"]) + "-" + f.digits(7), "serial"
            ),
            "registered_owner": Y(lambda f: f.full_name().upper(), "name"),
            "insurance_policy_no": Y(
                lambda f: f.pick(["MC-", "PC-", "AUT"]) + f.digits(10), "identification"
            ),
            "drivers_license_no": Y(
                lambda f: f"{f.r.choice('ABCDEFGHN')}{f.digits(2)}-{f.digits(2)}-{f.digits(6)}",
                "license",
            ),
            "appraised_value": G(lambda f: f.money(20000, 900000)),
        },
    ),
    (
        "track",
        "PayrollRecordSynced",
        ["dotnet"],
        ["PH"],
        {
            "EmployeeNo": G(lambda f: "E" + f.digits(6)),
            "FullName": Y(lambda f: f.full_name(), "name"),
            "Position": G(lambda f: f.pick(["Appraiser", "Branch Manager", "Teller", "Vault Custodian"])),
            "BasicPay": Y(lambda f: f.money(14000, 85000), "salary"),
            "PayrollBankAccount": RED(lambda f: f.ph_account(), "bank account"),
            "SssNo": RED(lambda f: f.sss(), "national id"),
            "PagIbigNo": RED(lambda f: f"{f.digits(4)}-{f.digits(4)}-{f.digits(4)}", "national id"),
            "PhilHealthNo": RED(lambda f: f.philhealth(), "health id"),
            "TaxStatus": G(lambda f: f.pick(["S", "ME", "S1", "ME2"])),
            "CostCenter": G(lambda f: f.branch_code()),
        },
    ),
    # -- remittance and medical loan --------------------------------------------------------------------
    (
        "track",
        "Remittance Claimed",
        ["java"],
        ["PH", "MX"],
        {
            "control_no": G(lambda f: f.digits(10)),
            "sender_name": Y(lambda f: f.foreign_name() if f.r.random() < 0.5 else f.full_name(), "name"),
            "sender_country": G(lambda f: f.pick(["US", "SA", "AE", "HK", "IT", "JP", "CA"])),
            "sender_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"])), "bank account"),
            "receiver_name": Y(lambda f: f.full_name(), "name"),
            "receiver_mobile": Y(lambda f: f.mobile(), "phone"),
            "receiver_address": Y(lambda f: f.full_address(), "address"),
            "amount_paid_out": G(lambda f: f.money(2500, 110000)),
            "purpose": G(lambda f: f.pick(["family support", "tuition", "medical", "savings"])),
            "relationship_to_sender": G(lambda f: f.pick(["spouse", "parent", "child", "sibling"])),
        },
    ),
    (
        "track",
        "Medical Emergency Loan Requested",
        ["rn", "flutter"],
        ["PH"],
        {**medical_loan(), "philhealth_member_no": RED(lambda f: f.philhealth(), "health id")},
    ),
    (
        "track",
        "Medical Emergency Loan Requested",
        ["rn", "flutter"],
        ["IN"],
        {
            **medical_loan(),
            "abha_number": RED(
                lambda f: "-".join([f.digits(2), f.digits(4), f.digits(4), f.digits(4)]), "health id"
            ),
        },
    ),
    (
        "track",
        "Emergency Contact Saved",
        ["android", "ios"],
        ["PH", "MX", "IN"],
        {
            "fields": {
                "label": Y(lambda f: f.full_name(), "name", True),
                "value": Y(lambda f: f.mobile(), "phone", True),
            },
            "relation": G(lambda f: f.pick(["mother", "brother", "friend", "neighbor", "spouse"])),
            "contact_count": G(lambda f: f.r.randint(1, 3)),
            "from_phonebook": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        ["PH", "IN", "MX"],
        {
            "form_id": G(lambda f: f.pick(["apply_gold_loan", "lead_form_v2"])),
            "field": {
                "id": G(lambda f: f.pick(["f_email", "contact_2", "q7"])),
                "value": Y(lambda f: f.email(), "email", True),
            },
            "duration_ms": G(lambda f: f.r.randint(300, 20000)),
            "autofill": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ["web"],
        ["IN", "PH", "MX"],
        {
            "full_name": Y(lambda f: f.full_name(), "name"),
            "mobile": Y(lambda f: f.mobile(), "phone"),
            "city": Y(lambda f: f.city(), "city"),
            "postal_code": Y(lambda f: f.zip(), "zipcode"),
            "loan_purpose": G(
                lambda f: f.pick(["business", "medical", "education", "agriculture", "personal"])
            ),
            "preferred_branch": G(lambda f: f.pick(BRANCHES[f.cc])),
            "consent_sms": G(lambda f: True),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.r.choice(UPPER + UPPER.lower() + "0123456789_-") for _ in range(80))
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + "".join(f.r.choice(UPPER + UPPER.lower() + "0123456789_-") for _ in range(57))
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
        },
    ),
    # -- calculators, locator, screens, pages --------------------------------------------------------------
    (
        "screen",
        "Loan Calculator",
        MOBILE,
        ["IN", "PH", "MX"],
        {
            "gold_weight": G(lambda f: round(f.r.uniform(1, 100), 1)),
            "karat": G(lambda f: f.karat()),
            "estimated_loan": G(lambda f: f.money(1000, 500000)),
        },
    ),
    (
        "screen",
        "Branch Locator",
        MOBILE,
        ["IN", "PH", "MX"],
        {
            "user_lat": Y(lambda f: f.lat(), "geolocation"),
            "user_lng": Y(lambda f: f.lon(), "geolocation"),
            "search_radius_km": G(lambda f: f.pick([2, 5, 10])),
            "nearest_branch": {
                "id": G(lambda f: f.branch_code()),
                "name": G(lambda f: f.pick(BRANCHES[f.cc])),
                "address": G(lambda f: f.pick(BRANCH_ADDR[f.cc])),
                "phone": G(lambda f: f.pick(BRANCH_PHONE[f.cc])),
            },
        },
    ),
    (
        "screen",
        "Pawn Ticket Details",
        MOBILE,
        ["IN", "PH", "MX"],
        {
            "ticket_number": G(lambda f: f.ticket()),
            "status": G(lambda f: f.pick(["active", "matured", "expired", "redeemed", "for_auction"])),
            "days_left": G(lambda f: f.r.randint(-30, 120)),
        },
    ),
    (
        "page",
        "Gold Rate",
        ["web"],
        ["IN", "PH", "MX"],
        {
            "path": G(lambda f: "/gold-rate"),
            "url": G(
                lambda f: "https://www.suvarnagold.in/gold-rate?city=" + f.city().lower().replace(" ", "-")
            ),
            "title": G(lambda f: "Today's Gold Rate"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: "?city=" + f.city().lower().replace(" ", "-")),
            "selected_city": G(lambda f: f.city()),
            "rate_22k": G(lambda f: f.money(5800, 6900)),
        },
    ),
    (
        "page",
        "Apply",
        ["web"],
        ["IN", "PH", "MX"],
        {
            "path": G(lambda f: "/apply"),
            "url": G(lambda f: "https://www.gintopawnshop.com.ph/apply?step=" + str(f.r.randint(1, 4))),
            "title": G(lambda f: "Apply for a loan"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: "?step=" + str(f.r.randint(1, 4))),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
        },
    ),
    # -- group and alias -------------------------------------------------------------------------------
    ("group", None, ["go", "python"], ["PH", "MX"], franchise()),
    ("group", None, ["go", "python"], ["IN"], {**franchise(), "gstin": G(lambda f: f.gstin())}),
    ("alias", None, ["ios", "android", "web"], ["IN", "PH", "MX"], None),
]


def build(seed: int, repeats: int):
    f = PF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, countries, body in EVENTS:
            f.cc = f.pick(countries)
            client = f.pick(clients)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in MOBILE or client == "web":
                msg["anonymousId"] = f.uuid()
            if kind != "page" or f.r.random() < 0.6:
                msg["userId"] = "C" + f.digits(8)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = f.branch_code()
            elif kind == "alias":
                msg["previousId"] = f.uuid()
                msg["userId"] = "C" + f.digits(8)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=223, repeats=40)
    write(Path(__file__).parent, "holdout223_", events, labels)
