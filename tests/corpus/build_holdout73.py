"""Writes holdout73: tests/corpus/holdout73_events.jsonl and holdout73_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its scores or
any other corpus's labels (only build.py, fake.py and build_holdout3.py, for the format). Nobody
ran the engine on these events while writing them.

Covers ride-hailing, food and parcel super-apps in Indonesia, Thailand and the Philippines (a
made-up "Tumpang" rider app, driver app, merchant portal and their backends): riders searching and
booking cars and motorbike taxis (pickup and drop-off, live GPS, encoded route polylines,
geohashes), driver assignment and chat, SOS, trip sharing, emergency and trusted contacts,
accessibility; food orders and merchant pages (a merchant's own phone, address and location are
green); parcels with senders and recipients; driver onboarding (KTP/NIK OCR with Indonesian keys,
Thai ID card with Thai keys, PhilSys/TIN/SSS/LTO, SIM and licences, plates, VINs, engine numbers,
payout bank accounts from a .NET backend in PascalCase), earnings, health declarations; e-wallet
top-ups (virtual accounts), P2P and bank transfers, OFW remittances with IBANs, cards and tokens,
OTPs and PINs; promotions, referrals, family accounts, corporate rides, pet rides, trip
insurance; attribution (AppsFlyer-shaped installs, Facebook Conversions API with hashed match
keys, gclid/fbclid landing pages), Twilio-shaped SMS and SendGrid-shaped e-mail events, a
logged API request with its headers, a partner webhook's signing secret; reverse-ETL identifies
from a warehouse in SCREAMING_SNAKE; a kebab-case parcel microservice; group calls for merchants
and fleets; alias calls. Contexts are those of analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics-flutter and the python, node, go, java, ruby, php and C#
server libraries (context.ip, context.traits, context.location, device, app, campaign ...).

Conventions: paths as portal.events.flatten gives them (`properties.pickup.lat`,
`properties.products[].sku`). One path has one label, whatever event or client sends it, so
group traits use keys that identify traits do not (the same path cannot be both a person's and a
company's name). Values are generated per market (ID/TH/PH, with a share of expatriates):
national phone formats, NIKs with the real structure (region, birth date, +40 for women), Thai ID
numbers with their mod-11 check digit, Luhn card numbers with real prefixes (incl. JCB and
UnionPay), mod-97 IBANs, VINs with a valid check digit, valid Google polylines and geohashes.

Labelling rules (the product's default colours, as the brief states them):
- PII is personal data about a natural person: the user, a rider, a driver, a recipient, a sender,
  an emergency or trusted contact, a family member, a staff member (support agent, courier).
  Colour: the reference matcher's default colour; outside the reference, red for credentials and
  secrets, card numbers, bank accounts, government ids and health, yellow otherwise.
- Green: ids we issue, versions, timestamps, hashes of non-PII, amounts, enums, counters,
  booleans under PII-sounding keys, product/merchant/company/pet names, places that are not the
  person's (a searched destination, a POI name, a merchant's location, a hub city, a service
  area), country, province, locale, timezone, currency, user agents, OS or SDK-issued device ids
  (IDFV, Android id, AppsFlyer id, GA client id), Google place ids, a trip-share link we issue,
  a staff or courier id. Card brand, last four, BIN and expiry are green; bank codes, names and
  SWIFT codes are green; a masked account (`******1234`) is green.
- Policy: loyalty/member numbers, ages and age bands, marital status (also `status_perkawinan`),
  job titles and employers (also `pekerjaan`), a business's own phone/e-mail/address and a
  call-masking proxy number, pets' names are green. Insurance policy numbers are yellow
  `identification`; driver earnings are yellow `salary` (a payout's amount is an amount: green);
  plates are yellow `license`, VINs and engine numbers yellow `serial`; gclid/fbclid/fbp/fbc are
  yellow `advertising id`; billing and delivery addresses are yellow `address`. Card and payment
  tokens, OTPs (also inside an SMS body), PINs, bearer headers, signing secrets and the push
  token in `context.device.token` are red (`token`, `token|secret`, `password`, `secret`).
- Special categories revealed by a boolean or enum take that category's matcher and colour:
  wheelchair and hearing flags are red `disability`; symptoms, vaccination, body temperature,
  blood group (`golongan_darah`) and "injured" flags are yellow `condition`; `agama`/`ศาสนา` are
  yellow `religion`.
- Location: the person's own precise location (live GPS, pickup and drop-off coordinates and
  addresses of a trip they took, a saved home, an encoded route polyline, a precision-7 geohash)
  is yellow `geolocation` / `address`; the city of the device (`context.location.city`), a
  person's home city and birthplace (`tempat_lahir`) are yellow `city`; a search query, POI name,
  merchant location, hub or service area is green.
- Hashes of personal data used as match keys (Conversions API `em`, `ph`) are labelled as the
  datum they hash (yellow email / phone); a hash of our own user id (`external_id`) is green.
- Where the brief's rules do not settle a case, the label is what a careful privacy owner at a
  mid-size company would want flagged:
  a virtual account number that routes a top-up to one user's wallet is that user's financial
  account (red `bank account`).
- value_only is true when the key names neither the data type nor a person whose name it holds
  (`value`, `input`, `text`, `details`, `to`, `body`, `sms_text`, `suggestion`, `username`
  holding e-mails); a key naming a person (`received_by`, `passenger`) says it holds that
  person's name: value_only false; a key naming a person but holding another datum
  (`recipient` holding e-mail addresses) is value_only true.
- Free text under a neutral key is labelled by what every one of its values carries (each value
  of `text` and `details` carries a phone number); free text none of whose values carries PII
  (`note`, `notes`, `comment`, `description`, `review_text`) is green. No path mixes PII and
  non-PII values, except keyed paths whose key says what they are (a zeroed IDFA under
  `advertisingId` is still the advertising-id field).
"""

import hashlib
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people, places and documents per market ---------------------------------------------------------

ID_FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rizky",
    "Putri",
    "Andi",
    "Nur",
    "Wahyu",
    "Ayu",
    "Fajar",
    "Indah",
    "Dimas",
    "Ratna",
    "Yusuf",
    "Lestari",
    "Eko",
    "Fitri",
    "Hendra",
    "Made",
    "Ketut",
    "Komang",
    "Gede",
    "Togar",
    "Yohanes",
    "Maria",
    "Reza",
    "Nadia",
    "Bayu",
    "Citra",
]
ID_LAST = [
    "Santoso",
    "Rahmawati",
    "Setiawan",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Kusuma",
    "Nugroho",
    "Simanjuntak",
    "Siregar",
    "Hutapea",
    "Tanjung",
    "Wulandari",
    "Halim",
    "Gunawan",
    "Suryadi",
    "Lubis",
    "Nasution",
    "Sitorus",
    "Permana",
    "Putra",
    "Anggraini",
]
ID_MONO = ["Sukarni", "Tukiyem", "Paijo", "Sumarsih", "Wagiman", "Suparmi"]
TH_FIRST = [
    "Somchai",
    "Nattapong",
    "Kanokwan",
    "Siriporn",
    "Thanawat",
    "Pimchanok",
    "Apinya",
    "Kittisak",
    "Wanchai",
    "Chayanin",
    "Suda",
    "Anuwat",
    "Jiraporn",
    "Pornthip",
    "Teerapat",
]
TH_LAST = [
    "Jaidee",
    "Srisuk",
    "Chaiyaporn",
    "Wongsawat",
    "Rattanakorn",
    "Boonmee",
    "Saetang",
    "Phromma",
    "Thongchai",
    "Kaewkla",
    "Sukprasert",
    "Charoenkul",
    "Sangthong",
]
TH_FIRST_TH = ["สมชาย", "ณัฐพงศ์", "กนกวรรณ", "ศิริพร", "ธนวัฒน์", "พิมพ์ชนก", "อภิญญา", "กิตติศักดิ์", "วันชัย", "สุดา"]
TH_LAST_TH = ["ใจดี", "ศรีสุข", "ไชยพร", "วงศ์สวัสดิ์", "รัตนากร", "บุญมี", "แซ่ตั้ง", "พรหมมา", "แก้วกล้า"]
PH_FIRST = [
    "Juan",
    "Maria",
    "Jose",
    "Angelica",
    "Mark Anthony",
    "Kristine",
    "Jerome",
    "Ma. Cristina",
    "Rhea Mae",
    "John Paul",
    "Princess",
    "Jayson",
    "Lourdes",
    "Joshua",
    "Mary Grace",
]
PH_LAST = [
    "dela Cruz",
    "Santos",
    "Reyes",
    "Bautista",
    "Villanueva",
    "Garcia",
    "Mendoza",
    "Ramos",
    "Aquino",
    "Castillo",
    "Del Rosario",
    "Tolentino",
    "Manalo",
    "Pangilinan",
]

ID_STREETS = [
    "Jl. Kemang Raya",
    "Jl. Jend. Sudirman",
    "Jl. Cempaka Putih Tengah",
    "Jl. Tebet Barat Dalam",
    "Jl. Margonda Raya",
    "Jl. Dago",
    "Jl. Raya Darmo",
    "Jl. Sunset Road",
    "Jl. Malioboro",
    "Gg. Haji Naim",
    "Jl. Pemuda",
]
ID_AREAS = [
    ("Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"),
    ("Tebet Barat", "Tebet", "Jakarta Selatan", "12810"),
    ("Cempaka Putih Timur", "Cempaka Putih", "Jakarta Pusat", "10510"),
    ("Pondok Cina", "Beji", "Depok", "16424"),
    ("Lebak Siliwangi", "Coblong", "Bandung", "40132"),
    ("Kuta", "Badung", "Denpasar", "80361"),
    ("Ketabang", "Genteng", "Surabaya", "60272"),
    ("Pekayon Jaya", "Bekasi Selatan", "Bekasi", "17148"),
]
TH_ADDR = [
    ("Soi Sukhumvit 71", "Khlong Tan Nuea", "Watthana", "Bangkok", "10110"),
    ("Soi Lat Phrao 71", "Saphan Song", "Wang Thonglang", "Bangkok", "10310"),
    ("Nimmanhaemin Soi 9", "Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
    ("Ratchadaphisek Rd", "Din Daeng", "Din Daeng", "Bangkok", "10400"),
    ("Tiwanon Rd", "Talat Khwan", "Mueang Nonthaburi", "Nonthaburi", "11000"),
    ("Rat-U-Thit 200 Pi Rd", "Patong", "Kathu", "Phuket", "83150"),
]
TH_ADDR_TH = [
    "99/12 ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310",
    "45/7 หมู่ 3 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมืองนนทบุรี นนทบุรี 11000",
    "123 ซอยสุขุมวิท 24 แขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110",
    "8/21 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200",
    "302/5 หมู่บ้านพฤกษา 12 ตำบลบางบัวทอง อำเภอบางบัวทอง นนทบุรี 11110",
]
PH_ADDR = [
    ("Unit {n}B Avida Towers, 34th St", "BGC", "Taguig", "1634"),
    ("{n} Kamuning Rd", "Brgy. Sacred Heart", "Quezon City", "1103"),
    ("Blk {n} Lot 12 Phase 2, Camella Homes", "Brgy. Molino III", "Bacoor", "4102"),
    ("{n} Osmeña Blvd", "Brgy. Kamputhaw", "Cebu City", "6000"),
    ("{n} J.P. Laurel Ave", "Brgy. Bajada", "Davao City", "8000"),
    ("Rm {n} The Residences at Greenbelt, Esperanza St", "Legazpi Village", "Makati", "1229"),
]
CENTERS = {
    "ID": [(-6.2297, 106.8295), (-6.9175, 107.6191), (-7.2575, 112.7521), (-8.6705, 115.2126)],
    "TH": [(13.7563, 100.5018), (18.7883, 98.9853), (13.8621, 100.5144), (7.8804, 98.3923)],
    "PH": [(14.5547, 121.0244), (14.6760, 121.0437), (10.3157, 123.8854), (7.0731, 125.6128)],
}
CURRENCY = {"ID": "IDR", "TH": "THB", "PH": "PHP"}
LOCALE = {"ID": "id-ID", "TH": "th-TH", "PH": "en-PH"}
TZ = {"ID": "Asia/Jakarta", "TH": "Asia/Bangkok", "PH": "Asia/Manila"}
CARRIER = {
    "ID": ["Telkomsel", "XL Axiata", "Indosat Ooredoo"],
    "TH": ["AIS", "TRUE-H", "dtac"],
    "PH": ["Globe", "Smart", "DITO"],
}
SERVICE_AREA = {
    "ID": ["Jabodetabek", "Bandung", "Surabaya", "Bali"],
    "TH": ["Bangkok", "Chiang Mai", "Phuket"],
    "PH": ["Metro Manila", "Cebu", "Davao"],
}
POIS = {
    "ID": [
        "Grand Indonesia",
        "Stasiun Sudirman",
        "Bandara Soekarno-Hatta T3",
        "Pacific Place",
        "RS Pondok Indah",
        "Kota Kasablanka",
    ],
    "TH": [
        "CentralWorld",
        "Siam Paragon",
        "Suvarnabhumi Airport",
        "Chatuchak Market",
        "MBK Center",
        "Terminal 21 Asok",
    ],
    "PH": [
        "SM Mall of Asia",
        "NAIA Terminal 3",
        "Greenbelt 5",
        "Ayala Center Cebu",
        "Bonifacio High Street",
        "Trinoma",
    ],
}
MERCHANTS = [
    "Warung Sederhana",
    "Bakso Pak Kumis",
    "Kopi Kenangan Senopati",
    "Ayam Geprek Bensu",
    "Jay Fai",
    "Som Tam Nua",
    "Khao Man Gai Pratunam",
    "Mang Inasal",
    "Jollibee Kamuning",
    "Max's Restaurant Makati",
    "Sate Khas Senayan",
    "Martabak Orins",
]
DISHES = [
    ("Nasi Goreng Spesial", "Rice"),
    ("Ayam Geprek Level 5", "Chicken"),
    ("Es Kopi Susu Gula Aren", "Drinks"),
    ("Pad Thai Goong", "Noodles"),
    ("Som Tam Thai", "Salad"),
    ("Khao Man Gai", "Rice"),
    ("Chickenjoy 2pc", "Chicken"),
    ("Sinigang na Baboy", "Soup"),
    ("Halo-Halo Special", "Dessert"),
    ("Martabak Manis Keju", "Dessert"),
    ("Bakso Urat", "Soup"),
    ("Mango Sticky Rice", "Dessert"),
]
COMPANIES = [
    "PT Sinar Mas Digital",
    "Siam Cement Group",
    "Ayala Land",
    "Bank Mandiri",
    "Globe Telecom",
    "PT Unilever Indonesia",
    "Kasikornbank",
]
JOBS = [
    "Software Engineer",
    "Account Manager",
    "Finance Analyst",
    "HR Business Partner",
    "Sales Executive",
    "Store Manager",
]
ID_BANKS = [("014", "BCA", 10), ("008", "Mandiri", 13), ("002", "BRI", 15), ("009", "BNI", 10)]
TH_BANKS = [("004", "KBank", 10), ("014", "SCB", 10), ("002", "Bangkok Bank", 10), ("006", "Krungthai", 10)]
PH_BANKS = [
    ("BDO", "BDO Unibank", 12),
    ("BPI", "BPI", 10),
    ("MBTC", "Metrobank", 13),
    ("UBP", "UnionBank", 12),
]
BANKS = {"ID": ID_BANKS, "TH": TH_BANKS, "PH": PH_BANKS}
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


class SeaFake(Fake):
    """Fake values for one market at a time: `market` is set before each message is rendered."""

    market = "ID"

    def mk(self):
        return self.market

    # names
    def given(self):
        if self.r.random() < 0.12:
            return self.pick(FIRST)
        return self.pick({"ID": ID_FIRST, "TH": TH_FIRST, "PH": PH_FIRST}[self.market])

    def family(self):
        if self.r.random() < 0.12:
            return self.pick(LAST)
        return self.pick({"ID": ID_LAST, "TH": TH_LAST, "PH": PH_LAST}[self.market])

    def person(self):
        if self.r.random() < 0.1:
            return super().full_name()
        if self.market == "ID" and self.r.random() < 0.15:
            return self.pick(ID_MONO)
        return f"{self.given()} {self.family()}"

    def person_th(self):
        return f"{self.pick(TH_FIRST_TH)} {self.pick(TH_LAST_TH)}"

    def mail(self):
        user = self.given().lower().split(" ")[0].replace(".", "")
        last = self.family().lower().replace(" ", "").replace("'", "")[:8]
        domain = self.pick(
            ["gmail.com", "yahoo.co.id", "hotmail.com", "outlook.com", "ymail.com", "icloud.com"]
        )
        return (
            f"{user}{self.pick(['.', '_', ''])}{last}{self.pick(['', str(self.r.randint(1, 99))])}@{domain}"
        )

    # phones
    def mobile(self, market=None, style=None):
        m = market or self.market
        d = self.digits
        if m == "ID":
            prefix = self.pick(["811", "812", "813", "821", "852", "857", "878", "895", "838"])
            rest = d(8) if self.r.random() < 0.7 else d(7)
            style = style or self.pick(["e164", "local", "dash", "space"])
            if style == "e164":
                return f"+62{prefix}{rest}"
            if style == "local":
                return f"0{prefix}{rest}"
            if style == "dash":
                return f"0{prefix}-{rest[:4]}-{rest[4:]}"
            return f"+62 {prefix} {rest[:4]} {rest[4:]}"
        if m == "TH":
            prefix = self.pick(["81", "82", "86", "89", "61", "62", "95", "98", "64"])
            rest = d(7)
            style = style or self.pick(["e164", "local", "dash", "space"])
            if style == "e164":
                return f"+66{prefix}{rest}"
            if style == "local":
                return f"0{prefix}{rest}"
            if style == "dash":
                return f"0{prefix}-{rest[:3]}-{rest[3:]}"
            return f"+66 {prefix} {rest[:3]} {rest[3:]}"
        prefix = self.pick(["917", "918", "927", "939", "945", "956", "995", "966", "908"])
        rest = d(7)
        style = style or self.pick(["e164", "local", "dash", "space"])
        if style == "e164":
            return f"+63{prefix}{rest}"
        if style == "local":
            return f"0{prefix}{rest}"
        if style == "dash":
            return f"0{prefix}-{rest[:3]}-{rest[3:]}"
        return f"+63 {prefix} {rest[:3]} {rest[3:]}"

    def any_mobile(self):
        if self.r.random() < 0.1:
            return self.pick(
                [
                    f"+65 {self.r.randint(8100, 9899)} {self.digits(4)}",
                    f"+60 12-{self.digits(3)} {self.digits(4)}",
                    super().phone("uk"),
                ]
            )
        return self.mobile()

    def landline(self):
        return {
            "ID": lambda: f"(021) {self.r.randint(500, 799)}{self.digits(4)}",
            "TH": lambda: f"02-{self.r.randint(100, 999)}-{self.digits(4)}",
            "PH": lambda: f"(02) 8{self.digits(3)} {self.digits(4)}",
        }[self.market]()

    # addresses
    def address(self):
        n = self.r.randint(1, 250)
        if self.market == "ID":
            kel, kec, city, zipc = self.pick(ID_AREAS)
            street = self.pick(ID_STREETS)
            form = self.r.randint(0, 2)
            if form == 0:
                rt, rw = self.r.randint(1, 12), self.r.randint(1, 9)
                return f"{street} No. {n}, RT {rt:02d}/RW {rw:02d}, {kel}, {kec}, {city} {zipc}"
            if form == 1:
                return f"Perumahan Griya Asri Blok {self.pick('ABCDE')}{self.r.randint(1, 9)} No. {n}, {city}"
            return f"{street} {n}, {kec}, {city}"
        if self.market == "TH":
            if self.r.random() < 0.4:
                return self.pick(TH_ADDR_TH)
            soi, sub, dist, prov, zipc = self.pick(TH_ADDR)
            return f"{n}/{self.r.randint(1, 99)} {soi}, {sub}, {dist}, {prov} {zipc}"
        line, brgy, city, zipc = self.pick(PH_ADDR)
        return f"{line.format(n=n)}, {brgy}, {city} {zipc}"

    def street_line(self):
        n = self.r.randint(1, 250)
        if self.market == "ID":
            return f"{self.pick(ID_STREETS)} No. {n}"
        if self.market == "TH":
            return f"{n}/{self.r.randint(1, 99)} {self.pick(TH_ADDR)[0]}"
        return self.pick(PH_ADDR)[0].format(n=n)

    def home_city(self):
        return self.pick(
            {"ID": [a[2] for a in ID_AREAS], "TH": [a[3] for a in TH_ADDR], "PH": [a[2] for a in PH_ADDR]}[
                self.market
            ]
        )

    def postcode(self):
        return self.pick(
            {"ID": [a[3] for a in ID_AREAS], "TH": [a[4] for a in TH_ADDR], "PH": [a[3] for a in PH_ADDR]}[
                self.market
            ]
        )

    def province(self):
        return self.pick(
            {
                "ID": ["DKI Jakarta", "Jawa Barat", "Jawa Timur", "Bali", "Banten"],
                "TH": ["Bangkok", "Chiang Mai", "Nonthaburi", "Phuket"],
                "PH": ["Metro Manila", "Cavite", "Cebu", "Davao del Sur"],
            }[self.market]
        )

    center = CENTERS["ID"][0]

    def set_market(self, market):
        """Every coordinate of one message falls around one metro area of its market."""
        self.market = market
        self.center = self.pick(CENTERS[market])

    def plat(self):
        return round(self.center[0] + self.r.uniform(-0.08, 0.08), 6)

    def plon(self):
        return round(self.center[1] + self.r.uniform(-0.08, 0.08), 6)

    def point(self):
        return self.center[0] + self.r.uniform(-0.06, 0.06), self.center[1] + self.r.uniform(-0.06, 0.06)

    def polyline(self):
        lat, lon = self.point()
        points = [(lat, lon)]
        for _ in range(self.r.randint(4, 12)):
            lat += self.r.uniform(-0.004, 0.004)
            lon += self.r.uniform(-0.004, 0.004)
            points.append((lat, lon))
        out, plat, plon = [], 0, 0
        for la, lo in points:
            ila, ilo = round(la * 1e5), round(lo * 1e5)
            for delta in (ila - plat, ilo - plon):
                v = ~(delta << 1) if delta < 0 else delta << 1
                while v >= 0x20:
                    out.append(chr((0x20 | (v & 0x1F)) + 63))
                    v >>= 5
                out.append(chr(v + 63))
            plat, plon = ila, ilo
        return "".join(out)

    def geohash(self, precision=7):
        lat, lon = self.point()
        lat_r, lon_r, bits, even, out = [-90.0, 90.0], [-180.0, 180.0], [], True, []
        while len(out) < precision:
            rng, val = (lon_r, lon) if even else (lat_r, lat)
            mid = (rng[0] + rng[1]) / 2
            if val >= mid:
                bits.append(1)
                rng[0] = mid
            else:
                bits.append(0)
                rng[1] = mid
            even = not even
            if len(bits) == 5:
                out.append(GEOHASH[int("".join(map(str, bits)), 2)])
                bits = []
        return "".join(out)

    # government ids
    def nik(self):
        prov = self.pick(["31", "32", "33", "35", "36", "51", "12", "73"])
        day = self.r.randint(1, 28) + (40 if self.r.random() < 0.5 else 0)
        regency, district = self.r.randint(1, 20), self.r.randint(1, 30)
        month, year, serial = self.r.randint(1, 12), self.r.randint(60, 99), self.r.randint(1, 999)
        return f"{prov}{regency:02d}{district:02d}{day:02d}{month:02d}{year:02d}{serial:04d}"

    def thai_id(self, formatted=None):
        body = str(self.r.randint(1, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(11))
        check = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
        n = body + str(check)
        formatted = self.r.random() < 0.4 if formatted is None else formatted
        return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}" if formatted else n

    def ph_pcn(self):
        n = self.digits(16)
        return "-".join(n[i : i + 4] for i in range(0, 16, 4))

    def ph_tin(self):
        return f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}-000"

    def ph_sss(self):
        return f"{self.r.randint(1, 34):02d}-{self.digits(7)}-{self.r.randint(0, 9)}"

    def npwp(self):
        n = self.digits(15)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"

    def sim_no(self):
        n = self.digits(12)
        return f"{n[:4]}-{n[4:8]}-{n[8:]}" if self.r.random() < 0.6 else n

    def th_licence(self):
        return f"{self.r.randint(55, 67)}{self.digits(6)}"

    def lto(self):
        return f"{self.pick('NDAKC')}{self.r.randint(1, 17):02d}-{self.r.randint(10, 24)}-{self.digits(6)}"

    # vehicles
    def plate(self):
        if self.market == "ID":
            region, number = self.pick(["B", "D", "L", "DK", "AB", "F", "BK"]), self.r.randint(1, 9999)
            suffix = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.r.randint(1, 3)))
            return f"{region} {number} {suffix}"
        if self.market == "TH":
            cons = "กขคงจฉชฌญฎฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
            series = self.pick(["", "1", "2", "3", "8"]) + self.pick(cons) + self.pick(cons)
            number = self.r.randint(1, 9999)
            return f"{series} {number} {self.pick(['กรุงเทพมหานคร', 'เชียงใหม่', 'นนทบุรี', 'ภูเก็ต'])}"
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return self.pick([f"{letters} {self.r.randint(1000, 9999)}", f"{self.r.randint(100, 999)} {letters}"])

    def vin(self):
        wmi = self.pick(["MHK", "MH1", "MHF", "MH3", "MRH", "MR0", "PA0", "MMB", "MHY"])
        chars = list(
            wmi
            + "".join(self.pick(VIN_CHARS) for _ in range(5))
            + "0"
            + self.pick("KLMNP")
            + "".join(self.pick(VIN_CHARS) for _ in range(1))
            + self.digits(6)
        )
        total = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(chars, VIN_WEIGHTS))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    def engine_no(self):
        return self.pick(["JM21E", "1NR", "K15B", "E3X6E", "2NR"]) + self.digits(7)

    # money
    def fare(self):
        if self.market == "ID":
            return self.r.randint(9, 180) * 500
        if self.market == "TH":
            return self.r.randint(45, 480)
        return round(self.r.uniform(75, 650), 2)

    def big_amount(self):
        if self.market == "ID":
            return self.r.randint(2, 400) * 5000
        if self.market == "TH":
            return self.r.randint(2, 200) * 50
        return self.r.randint(2, 200) * 50

    def cur(self):
        return CURRENCY[self.market]

    def bank_account(self):
        _, _, n = self.pick(BANKS[self.market])
        num = self.digits(n)
        if self.market == "TH" and self.r.random() < 0.5:
            return f"{num[:3]}-{num[3]}-{num[4:9]}-{num[9]}"
        if n == 15 and self.r.random() < 0.5:
            return f"{num[:4]}-{num[4:6]}-{num[6:12]}-{num[12:14]}-{num[14]}"
        return num

    def bank_code(self):
        return self.pick(BANKS[self.market])[0]

    def bank_name(self):
        return self.pick(BANKS[self.market])[1]

    def pan(self):
        prefix, length = self.pick(
            [
                ("4", 16),
                ("51", 16),
                ("53", 16),
                ("3528", 16),
                ("3566", 16),
                ("62", 16),
                ("37", 15),
                ("2221", 16),
            ]
        )
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        n = self.luhn_complete(body)
        if length == 16 and self.r.random() < 0.4:
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
        return n

    def iban_remit(self):
        country = self.pick(["AE", "GB", "SA", "QA"])
        if country == "GB":
            return self.iban("GB")
        spec = {"AE": (3, 16), "SA": (2, 18), "QA": (4, 21)}[country]
        bank = (
            "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            if country == "QA"
            else self.digits(spec[0])
        )
        bban = bank + "".join(str(self.r.randint(0, 9)) for _ in range(spec[1]))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.5 else raw

    def sha(self, s: str) -> str:
        return hashlib.sha256(s.strip().lower().encode()).hexdigest()

    def ph_digits(self):
        return "".join(c for c in self.mobile() if c.isdigit())

    def dob(self, lo=1958, hi=2005):
        return self.date(lo, hi)

    def photo(self, kind):
        return f"https://cdn.tumpang.example/{kind}/{self.hexid(20)}.jpg"

    def booking(self):
        return self.pick(["RB-", "GS-", "FD-"]) + str(self.r.randint(2024, 2024)) + self.digits(9)


def pick(items):
    return lambda f: f.pick(items)


def const(value):
    return lambda f: value


def f_id(prefix, n=10):
    return lambda f: prefix + f.digits(n)


def uuid_():
    return lambda f: f.uuid()


def ts():
    return lambda f: f.iso()


def boolean():
    return lambda f: f.pick([True, False])


def count(lo=0, hi=50):
    return lambda f: f.r.randint(lo, hi)


def money(lo=0.0, hi=100.0):
    return lambda f: round(f.r.uniform(lo, hi), 2)


NAME = Y(lambda f: f.person(), "name")
PHONE = Y(lambda f: f.mobile(), "phone")
EMAIL = Y(lambda f: f.mail(), "email")
ADDRESS = Y(lambda f: f.address(), "address")
LAT = Y(lambda f: f.plat(), "geolocation")
LON = Y(lambda f: f.plon(), "geolocation")


# -- contexts of the client libraries -----------------------------------------------------------------


def app_block(kind):
    names = {"rider": ("Tumpang", "co.tumpang.rider"), "driver": ("Tumpang Driver", "co.tumpang.driver")}
    name, namespace = names[kind]
    return {
        "name": G(const(name)),
        "version": G(pick(["5.41.0", "5.42.1", "5.43.0", "5.44.2"])),
        "build": G(pick(["54100", "54201", "54300", "54402"])),
        "namespace": G(const(namespace)),
    }


def swift_context(kind):
    return {
        "app": app_block(kind),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(const("Apple")),
            "model": G(pick(["iPhone14,7", "iPhone15,4", "iPhone13,2", "iPhone16,1"])),
            "name": G(const("iPhone")),
            "type": G(const("ios")),
            "adTrackingEnabled": G(boolean()),
            "advertisingId": Y(
                lambda f: f.pick(
                    [f.uuid().upper(), "00000000-0000-0000-0000-000000000000", f.uuid().upper()]
                ),
                "advertising id",
            ),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(const("analytics-swift")), "version": G(pick(["1.5.11", "1.6.0", "1.6.2"]))},
        "locale": G(lambda f: LOCALE[f.market]),
        "network": {
            "wifi": G(boolean()),
            "cellular": G(boolean()),
            "carrier": G(lambda f: f.pick(CARRIER[f.market])),
        },
        "os": {"name": G(const("iOS")), "version": G(pick(["17.5.1", "17.6", "18.0.1", "16.7.8"]))},
        "screen": {"width": G(pick([390, 393, 430])), "height": G(pick([844, 852, 932]))},
        "timezone": G(lambda f: TZ[f.market]),
        "instanceId": G(uuid_()),
    }


def kotlin_context(kind):
    return {
        "app": app_block(kind),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["samsung", "OPPO", "Xiaomi", "vivo", "realme"])),
            "model": G(pick(["SM-A155F", "CPH2591", "23108RN04Y", "V2250", "RMX3710"])),
            "name": G(pick(["a15", "OP5A3L1", "gale", "PD2250", "RE5C91L1"])),
            "type": G(const("android")),
            "adTrackingEnabled": G(boolean()),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(const("analytics-kotlin")), "version": G(pick(["1.15.0", "1.16.3", "1.17.0"]))},
        "locale": G(lambda f: LOCALE[f.market]),
        "location": {"latitude": LAT, "longitude": LON, "speed": G(money(0, 15))},
        "network": {
            "wifi": G(boolean()),
            "cellular": G(boolean()),
            "carrier": G(lambda f: f.pick(CARRIER[f.market])),
            "bluetooth": G(boolean()),
        },
        "os": {"name": G(const("Android")), "version": G(pick(["12", "13", "14"]))},
        "screen": {
            "density": G(pick([2.0, 2.625, 3.0])),
            "width": G(const(1080)),
            "height": G(pick([2340, 2400])),
        },
        "timezone": G(lambda f: TZ[f.market]),
        "userAgent": G(
            pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; CPH2591 Build/TP1A.220905.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; V2250 Build/SP1A.210812.003)",
                ]
            )
        ),
        "instanceId": G(uuid_()),
    }


def rn_context(kind):
    return {
        "app": app_block(kind),
        "device": {
            "id": G(uuid_()),
            "manufacturer": G(pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(pick(["iPhone14,5", "SM-S918B", "2201117TG"])),
            "name": G(pick(["iPhone", "dm3q", "spes"])),
            "type": G(pick(["ios", "android"])),
        },
        "library": {
            "name": G(const("analytics-react-native")),
            "version": G(pick(["2.19.2", "2.20.1", "2.20.3"])),
        },
        "locale": G(lambda f: LOCALE[f.market]),
        "network": {"cellular": G(boolean()), "wifi": G(boolean())},
        "os": {"name": G(pick(["iOS", "Android"])), "version": G(pick(["17.4", "14", "13"]))},
        "screen": {"width": G(pick([390, 412])), "height": G(pick([844, 915]))},
        "timezone": G(lambda f: TZ[f.market]),
        "traits": {"name": NAME, "phone": PHONE},
        "location": {"latitude": LAT, "longitude": LON},
    }


def flutter_context(kind):
    return {
        "app": app_block(kind),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick(["samsung", "Apple", "OPPO"])),
            "model": G(pick(["SM-A546E", "iPhone15,2", "CPH2525"])),
            "type": G(pick(["android", "ios"])),
        },
        "library": {"name": G(const("analytics_flutter")), "version": G(pick(["1.1.2", "1.1.3", "1.1.5"]))},
        "locale": G(lambda f: LOCALE[f.market]),
        "os": {"name": G(pick(["Android", "iOS"])), "version": G(pick(["14", "17.5", "13"]))},
        "screen": {"width": G(pick([1080, 1179])), "height": G(pick([2340, 2556]))},
        "timezone": G(lambda f: TZ[f.market]),
        "location": {
            "latitude": LAT,
            "longitude": LON,
            "city": Y(lambda f: f.home_city(), "city"),
            "country": G(lambda f: {"ID": "Indonesia", "TH": "Thailand", "PH": "Philippines"}[f.market]),
        },
    }


def web_context(kind):
    host = "https://merchant.tumpang.example" if kind == "merchant" else "https://www.tumpang.example"
    paths = ["/", "/promo", "/ride", "/help", "/onboarding", "/wallet"]
    return {
        "library": {
            "name": G(const("analytics.js")),
            "version": G(pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(pick(paths)),
            "referrer": G(
                pick(["", "https://www.google.com/", "https://m.facebook.com/", "https://www.tiktok.com/"])
            ),
            "search": G(pick(["", "?utm_source=google&utm_medium=cpc", "?lang=id", "?ref=app_banner"])),
            "title": G(
                pick(
                    ["Tumpang - Ride, Food, Send", "Promo | Tumpang", "Bantuan | Tumpang", "Merchant Portal"]
                )
            ),
            "url": G(lambda f: host + f.pick(paths)),
        },
        "userAgent": G(
            pick(
                [
                    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/126.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/126.0.0.0 Safari/537.36",
                ]
            )
        ),
        "locale": G(lambda f: f.pick([LOCALE[f.market], "en-US"])),
        "timezone": G(lambda f: TZ[f.market]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(pick(["ramadan_2024", "songkran_promo", "pasko_sale", "new_user_50"])),
            "source": G(pick(["google", "facebook", "tiktok", "line"])),
            "medium": G(pick(["cpc", "paid_social", "email"])),
            "term": G(pick(["ojek online", "taxi bangkok", "food delivery manila", "kirim paket"])),
            "content": G(pick(["banner_a", "video_15s", "carousel_2"])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "csharp": ("Segment.Analytics.CSharp", ["2.3.5", "2.4.0"]),
}


def server_context(lib):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(const(name)), "version": G(pick(versions))}}
    if lib in ("python", "node", "ruby", "php"):
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
    if lib in ("python", "node"):
        ctx["userAgent"] = G(
            pick(["okhttp/4.12.0", "Tumpang/5.42.1 (iPhone; iOS 17.5.1)", "Dart/3.3 (dart:io)"])
        )
    if lib in ("node", "ruby"):
        ctx["traits"] = {"email": EMAIL, "phone": PHONE}
    if lib == "node":
        ctx["externalIds"] = Many(
            {
                "id": G(
                    lambda f: f"{f.r.randint(10**8, 2 * 10**9)}.{f.r.randint(1_700_000_000, 1_720_000_000)}"
                ),
                "type": G(const("ga4_client_id")),
                "collection": G(const("users")),
                "encoding": G(const("none")),
            },
            1,
        )
    return ctx


CONTEXTS = {
    "swift": lambda kind: swift_context(kind),
    "kotlin": lambda kind: kotlin_context(kind),
    "rn": lambda kind: rn_context(kind),
    "flutter": lambda kind: flutter_context(kind),
    "web": lambda kind: web_context(kind),
    **{lib: (lambda lib: lambda kind: server_context(lib))(lib) for lib in SERVER_LIBS},
}
RIDER_MOBILE = ["swift", "kotlin", "rn", "flutter"]


# -- shared shapes ------------------------------------------------------------------------------------


def dish():
    return {
        "product_id": G(lambda f: "itm_" + f.hexid(12)),
        "sku": G(lambda f: f"{f.pick(['FD', 'MT', 'BV'])}-{f.r.randint(10000, 99999)}"),
        "name": G(lambda f: f.pick(DISHES)[0]),
        "category": G(lambda f: f.pick(DISHES)[1]),
        "variant": G(pick(["Regular", "Large", "Pedas", "Less sugar", "No ice"])),
        "price": G(lambda f: f.fare()),
        "quantity": G(count(1, 4)),
        "notes": G(pick(["", "tidak pedas", "extra sambal", "no onions please", "ไม่ใส่ผงชูรส", "less ice"])),
    }


def trip_point():
    return {"lat": LAT, "lng": LON, "address": ADDRESS, "place_id": G(lambda f: "ChIJ" + f.hexid(23))}


def merchant():
    return {
        "id": G(f_id("mer_", 8)),
        "name": G(pick(MERCHANTS)),
        "phone": G(lambda f: f.landline()),
        "address": G(
            lambda f: (
                f.pick(POIS[f.market])
                + ", "
                + f.pick(["Food Court Lt. 5", "Ground Floor", "Unit G-12", "Lt. LG"])
            )
        ),
        "lat": G(lambda f: f.plat()),
        "lng": G(lambda f: f.plon()),
        "rating": G(lambda f: round(f.r.uniform(3.8, 4.9), 1)),
    }


CHAT_WITH_PHONE = [
    "Pak, nomor saya {p}, telpon aja kalau sudah sampai",
    "Kak bisa WA ke {p} ya, sinyal app lemot",
    "call me at {p} im at the lobby",
    "โทรมาที่ {p} นะคะ รออยู่หน้าเซเว่น",
    "Kuya text mo ako sa {p} pag nandito ka na",
    "my other number {p}, this one is dying",
]
OTP_SMS = [
    "Kode verifikasi Tumpang kamu: {c}. JANGAN berikan kode ini ke siapa pun.",
    "<#> Your Tumpang code is {c}. Don't share it. FA+3x9k2Lm",
    "รหัส OTP ของคุณคือ {c} (ใช้ได้ภายใน 5 นาที)",
    "Ang iyong Tumpang OTP ay {c}. Huwag itong ibahagi.",
]
SOS_TEXT = [
    "DARURAT! Saya butuh bantuan. Lokasi saya: https://maps.google.com/?q={lat},{lon}",
    "EMERGENCY from Tumpang: your contact pressed SOS at {lat},{lon}",
    "ฉุกเฉิน! ตำแหน่งล่าสุด https://maps.google.com/?q={lat},{lon}",
    "SOS! Kailangan ko ng tulong. Nandito ako: {lat}, {lon}",
]
LOST_ITEM = [
    "Dompet coklat ketinggalan di jok belakang, tolong hubungi {p}",
    "Left my black umbrella in the car, please call {p}",
    "ลืมกระเป๋าสตางค์ไว้ในรถ ติดต่อ {p}",
    "Naiwan ko yung phone charger ko, text {p} please",
    "HP Samsung tertinggal, hubungi istri saya di {p}",
]


# -- events: (type, event or page/screen name, clients, app kind, markets, body) -----------------------

ALL = ["ID", "TH", "PH"]

RIDER = [
    (
        "identify",
        None,
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "birthday": Y(lambda f: f.dob(), "birthdate"),
            "gender": Y(pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "avatar": Y(lambda f: f.photo("avatars"), "photo"),
            "home_city": Y(lambda f: f.home_city(), "city"),
            "createdAt": G(ts()),
            "preferred_language": G(pick(["id", "th", "en", "fil"])),
            "referral_code": G(lambda f: f.pick(["TMP", "RIDE", "GO"]) + f.hexid(5).upper()),
            "is_email_verified": G(boolean()),
            "phone_verified": G(boolean()),
            "total_rides": G(count(0, 900)),
            "membership_tier": G(pick(["classic", "silver", "gold", "platinum"])),
            "member_number": G(f_id("TM", 9)),
            "age_band": G(pick(["18-24", "25-34", "35-44", "45-54"])),
            "wallet_activated": G(boolean()),
        },
    ),
    (
        "track",
        "Application Opened",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "from_background": G(boolean()),
            "version": G(pick(["5.41.0", "5.42.1", "5.43.0"])),
            "build": G(pick(["54100", "54201", "54300"])),
            "url": G(
                pick(["", "tumpang://promo/RAMADAN50", "tumpang://ride?service=bike", "tumpang://food/home"])
            ),
            "referring_application": G(
                pick(["", "com.whatsapp", "jp.naver.line.android", "com.facebook.orca"])
            ),
        },
    ),
    (
        "track",
        "Destination Searched",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "q": G(lambda f: f.pick(POIS[f.market]).lower()[: f.r.randint(4, 14)]),
            "results_count": G(count(0, 20)),
            "service_type": G(pick(["bike", "car", "car_xl", "taxi", "tuk_tuk"])),
            "search_session_id": G(uuid_()),
            "used_voice_input": G(boolean()),
        },
    ),
    (
        "track",
        "Place Selected",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "place_name": G(lambda f: f.pick(POIS[f.market])),
            "place_category": G(pick(["mall", "airport", "train_station", "hospital", "office"])),
            "distance_m": G(count(300, 35000)),
            "selection_source": G(pick(["search", "recent", "saved", "map_pin"])),
            "result_position": G(count(1, 10)),
        },
    ),
    (
        "track",
        "Ride Booked",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "service_type": G(pick(["bike", "car", "car_xl", "taxi", "tuk_tuk"])),
            "pickup": {
                **trip_point(),
                "note": G(pick(["lobby utara", "depan Indomaret", "gate 2", "ใต้ตึก", "near the guard house"])),
            },
            "dropoff": trip_point(),
            "estimated_fare": G(lambda f: f.fare()),
            "currency": G(lambda f: f.cur()),
            "payment_method": G(pick(["wallet", "cash", "card", "paylater"])),
            "promo_code": G(pick(["", "HEMAT20", "NEWRIDER", "SONGKRAN", "PASKO50"])),
            "surge_multiplier": G(pick([1.0, 1.0, 1.2, 1.5, 1.8])),
            "distance_km": G(money(0.8, 38)),
            "eta_minutes": G(count(2, 18)),
            "for_someone_else": G(boolean()),
            "women_driver_preferred": G(boolean()),
            "service_area": G(lambda f: f.pick(SERVICE_AREA[f.market])),
        },
    ),
    (
        "track",
        "Ride Booked For Someone Else",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "bookingId": G(lambda f: f.booking()),
            "passenger": Y(lambda f: f.person(), "name"),
            "passengerPhone": PHONE,
            "notifyPassengerBySms": G(boolean()),
            "relationship": G(pick(["parent", "friend", "colleague", "guest", "child"])),
        },
    ),
    (
        "track",
        "Driver Assigned",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "driver_id": G(f_id("drv_", 8)),
            "driver_name": NAME,
            "driver_rating": G(lambda f: round(f.r.uniform(4.5, 5.0), 2)),
            "driver_photo_url": Y(lambda f: f.photo("drivers"), "photo"),
            "vehicle_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_model": G(
                pick(["Honda Vario 160", "Yamaha NMAX", "Toyota Avanza", "Toyota Vios", "Mitsubishi Xpander"])
            ),
            "vehicle_color": G(pick(["Hitam", "Putih", "Silver", "Red", "ขาว"])),
            "driver_location": {"lat": LAT, "lng": LON, "bearing": G(count(0, 359))},
            "eta_seconds": G(count(60, 900)),
            "masked_number": G(lambda f: f.landline()),
        },
    ),
    (
        "track",
        "Trip Completed",
        ["python", "go", "java"],
        "rider",
        ALL,
        {
            "trip_id": G(uuid_()),
            "booking_id": G(lambda f: f.booking()),
            "fare": G(lambda f: f.fare()),
            "toll_fee": G(lambda f: f.pick([0, 0, f.fare()])),
            "tip_amount": G(
                lambda f: (
                    f.pick([0, 0, 2000, 5000, 10000]) if f.market == "ID" else f.pick([0, 0, 20, 40, 50])
                )
            ),
            "currency": G(lambda f: f.cur()),
            "distance_km": G(money(0.8, 38)),
            "duration_sec": G(count(240, 5400)),
            "route_polyline": Y(lambda f: f.polyline(), "geolocation"),
            "pickup": {"lat": LAT, "lng": LON},
            "dropoff": {"lat": LAT, "lng": LON, "address": ADDRESS},
            "started_at": G(ts()),
            "completed_at": G(ts()),
            "driver_id": G(f_id("drv_", 8)),
        },
    ),
    (
        "track",
        "Ride Cancelled",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "cancel_reason": G(
                pick(["driver_too_far", "changed_mind", "driver_asked_to_cancel", "wrong_pickup"])
            ),
            "cancelled_by": G(pick(["rider", "driver", "system"])),
            "cancellation_fee": G(lambda f: f.pick([0, f.fare() // 4 if f.market == "ID" else 20])),
            "seconds_waited": G(count(5, 900)),
            "comment": G(pick(["", "driver tidak bergerak", "salah titik", "took too long", "รอนานมาก"])),
        },
    ),
    (
        "track",
        "Driver Rated",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "rating": G(count(1, 5)),
            "compliments": Many(
                G(pick(["friendly", "clean_vehicle", "safe_driving", "great_conversation"])), 3
            ),
            "comment": G(
                pick(["", "driver ramah", "mobil bersih dan wangi", "ขับรถดีมาก", "very polite, thanks!"])
            ),
            "tip_added": G(boolean()),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        ["go"],
        "rider",
        ALL,
        {
            "conversation_id": G(uuid_()),
            "booking_id": G(lambda f: f.booking()),
            "sender_role": G(pick(["rider", "driver"])),
            "text": Y(lambda f: f.pick(CHAT_WITH_PHONE).format(p=f.mobile()), "phone", True),
            "flag_reason": G(const("contact_info_shared")),
            "auto_masked": G(boolean()),
        },
    ),
    (
        "track",
        "Trip Shared",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "bookingId": G(lambda f: f.booking()),
            "shareChannel": G(pick(["whatsapp", "line", "sms", "messenger"])),
            "shareUrl": G(lambda f: "https://tmp.example/t/" + f.hexid(10)),
            "sharedWithPhone": PHONE,
            "autoShare": G(boolean()),
        },
    ),
    (
        "track",
        "SOS Triggered",
        ["kotlin", "swift", "go"],
        "rider",
        ALL,
        {
            "sos_id": G(uuid_()),
            "booking_id": G(lambda f: f.booking()),
            "trigger": G(pick(["button", "shake", "voice", "crash_detection"])),
            "location": {"latitude": LAT, "longitude": LON, "accuracy_m": G(count(3, 60))},
            "geohash": Y(lambda f: f.geohash(7), "geolocation"),
            "emergency_contacts_notified": G(count(0, 3)),
            "sms_text": Y(lambda f: f.pick(SOS_TEXT).format(lat=f.plat(), lon=f.plon()), "geolocation", True),
            "police_called": G(boolean()),
            "audio_recording_started": G(boolean()),
            "battery_level": G(count(3, 100)),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "contactName": NAME,
            "contactPhone": PHONE,
            "relationship": G(pick(["ibu", "spouse", "sibling", "friend", "พ่อ", "kapatid"])),
            "isPrimary": G(boolean()),
            "contactsCount": G(count(1, 5)),
        },
    ),
    (
        "track",
        "Trusted Contacts Synced",
        ["kotlin", "rn"],
        "rider",
        ALL,
        {
            "contacts": Many({"displayName": NAME, "phoneNumber": PHONE, "isAppUser": G(boolean())}, 4),
            "permission": G(pick(["granted", "limited"])),
            "syncedCount": G(count(1, 400)),
        },
    ),
    (
        "track",
        "Saved Place Added",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "label": G(pick(["Rumah", "Kantor", "Home", "Work", "Gym", "Bahay", "บ้าน"])),
            "address": ADDRESS,
            "latitude": LAT,
            "longitude": LON,
            "savedPlacesCount": G(count(1, 10)),
            "placeType": G(pick(["home", "work", "other"])),
        },
    ),
    (
        "track",
        "Accessibility Settings Updated",
        ["swift", "kotlin"],
        "rider",
        ALL,
        {
            "uses_wheelchair": RED(boolean(), "disability"),
            "hearing_impaired": RED(boolean(), "disability"),
            "assist_service_opt_in": G(boolean()),
            "font_scale": G(pick([1.0, 1.15, 1.3])),
            "screen_reader": G(boolean()),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        ["web", "ruby"],
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "item_category": G(pick(["wallet", "phone", "bag", "umbrella", "keys"])),
            "details": Y(lambda f: f.pick(LOST_ITEM).format(p=f.mobile()), "phone", True),
            "ticket_id": G(f_id("LI-", 7)),
        },
    ),
    (
        "track",
        "Incident Reported",
        ["ruby", "python"],
        "rider",
        ALL,
        {
            "incident_id": G(uuid_()),
            "trip_id": G(uuid_()),
            "incident_type": G(pick(["collision", "harassment", "overcharge", "route_deviation"])),
            "description": G(
                pick(
                    [
                        "Motor diserempet di perempatan",
                        "Driver took a longer route",
                        "รถเบรกกะทันหัน",
                        "Nabangga sa likod",
                    ]
                )
            ),
            "rider_injured": Y(boolean(), "condition"),
            "other_party_name": NAME,
            "other_party_plate": Y(lambda f: f.plate(), "license"),
            "reporter_role": G(pick(["rider", "driver", "third_party"])),
            "severity": G(pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Promo Applied",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "promo_code": G(pick(["HEMAT20", "NEWRIDER", "SONGKRAN", "PASKO50", "MAKANHEMAT"])),
            "discount_amount": G(lambda f: f.fare() // 3 if f.market == "ID" else 30),
            "campaign_id": G(f_id("cmp_", 5)),
            "eligible": G(boolean()),
            "service": G(pick(["ride", "food", "send", "mart"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "referral_code": G(lambda f: f.pick(["TMP", "RIDE", "GO"]) + f.hexid(5).upper()),
            "channel": G(pick(["whatsapp", "sms", "line", "copy_link"])),
            "invitee_name": NAME,
            "invitee_phone": PHONE,
            "reward_amount": G(lambda f: f.big_amount()),
        },
    ),
    (
        "screen",
        "Trip Tracking",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "screen_class": G(
                pick(["TripTrackingViewController", "TripTrackingActivity", "TripTrackingScreen"])
            ),
            "previous_screen": G(pick(["Home", "Booking", "Payment"])),
            "map_zoom": G(pick([14, 15, 16, 17])),
        },
    ),
    (
        "screen",
        "Home",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "tab": G(pick(["ride", "food", "send", "wallet"])),
            "banner_ids": Many(G(f_id("bn_", 4)), 3),
            "wallet_balance_visible": G(boolean()),
        },
    ),
    (
        "alias",
        None,
        ["swift", "kotlin", "web"],
        "rider",
        ALL,
        {},
    ),
    (
        "track",
        "Signed In",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "method": G(pick(["phone_otp", "whatsapp_otp", "google", "apple"])),
            "input": Y(lambda f: f.mobile(), "phone", True),
            "is_new_user": G(boolean()),
            "device_trusted": G(boolean()),
            "login_attempts": G(count(1, 4)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["node", "go"],
        "rider",
        ALL,
        {
            "otp_code": RED(lambda f: f.digits(f.pick([4, 6])), "token|secret"),
            "channel": G(pick(["sms", "whatsapp", "voice"])),
            "attempts": G(count(1, 3)),
            "verified": G(boolean()),
            "otp_length": G(pick([4, 6])),
            "expires_in_sec": G(pick([60, 120, 300])),
        },
    ),
    (
        "track",
        "Family Member Added",
        ["rn", "flutter"],
        "rider",
        ALL,
        {
            "familyAccountId": G(f_id("fam_", 7)),
            "memberName": NAME,
            "memberPhone": PHONE,
            "memberBirthdate": Y(lambda f: f.dob(2008, 2018), "birthdate"),
            "relationship": G(pick(["child", "parent", "spouse", "grandparent"])),
            "isMinor": G(boolean()),
            "memberAge": G(count(6, 17)),
            "spendingLimit": G(lambda f: f.big_amount()),
        },
    ),
    (
        "track",
        "Pet Ride Booked",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "pet_name": G(pick(["Mochi", "Bobo", "Kopi", "Luna", "Bantay", "Ping Ping"])),
            "pet_type": G(pick(["cat", "dog", "rabbit"])),
            "pet_breed": G(pick(["Persian", "Shih Tzu", "Aspin", "Golden Retriever", "Domestic Short Hair"])),
            "pet_weight_kg": G(money(1, 30)),
            "carrier_required": G(boolean()),
        },
    ),
    (
        "track",
        "Trip Insurance Purchased",
        ["java", "python"],
        "rider",
        ALL,
        {
            "policy_number": Y(
                lambda f: f.pick(["TPI", "AXA", "MSIG"]) + "-" + f.digits(10), "identification"
            ),
            "insurer": G(pick(["AXA Mandiri", "Muang Thai Insurance", "Malayan Insurance", "MSIG"])),
            "premium": G(
                lambda f: f.pick([1000, 2000, 5, 10, 15]) if f.market == "ID" else f.pick([5, 10, 15])
            ),
            "coverage_amount": G(lambda f: f.big_amount() * 50),
            "beneficiary_name": NAME,
            "beneficiary_dob": Y(lambda f: f.dob(1950, 2015), "birthdate"),
            "beneficiary_relation": G(pick(["spouse", "parent", "child", "sibling"])),
            "booking_id": G(lambda f: f.booking()),
        },
    ),
    (
        "track",
        "Corporate Ride Expensed",
        ["java", "csharp"],
        "rider",
        ALL,
        {
            "booking_id": G(lambda f: f.booking()),
            "employee_email": EMAIL,
            "employee_name": NAME,
            "employer": G(pick(COMPANIES)),
            "job_title": G(pick(JOBS)),
            "cost_center": G(lambda f: "CC-" + f.digits(4)),
            "expense_code": G(pick(["TRAVEL-LOCAL", "CLIENT-VISIT", "OVERTIME"])),
            "trip_purpose": G(pick(["client meeting", "airport transfer", "late shift"])),
            "amount": G(lambda f: f.fare()),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        "rider",
        ALL,
        {
            "ticket_id": G(f_id("", 7)),
            "subject": G(
                pick(["Refund for cancelled ride", "Double charge", "Promo not applied", "Driver rude"])
            ),
            "description": G(
                pick(
                    [
                        "Saya sudah bayar tapi order dibatalkan",
                        "Charged twice for the same trip",
                        "โปรโมชั่นใช้ไม่ได้",
                        "Hindi na-apply yung promo",
                    ]
                )
            ),
            "requester": {"name": NAME, "email": EMAIL},
            "assignee_name": NAME,
            "assignee_email": Y(
                lambda f: (
                    f.given().lower().split(" ")[0].replace(".", "")
                    + "."
                    + f.hexid(3)
                    + "@support.tumpang.example"
                ),
                "email",
            ),
            "agent_id": G(f_id("agt_", 5)),
            "priority": G(pick(["low", "normal", "high", "urgent"])),
            "channel": G(pick(["app", "web", "email"])),
        },
    ),
]

FOOD_PARCEL = [
    (
        "track",
        "Restaurant Viewed",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "merchant": merchant(),
            "cuisine": G(pick(["Indonesian", "Thai", "Filipino", "Coffee", "Fast Food", "Dessert"])),
            "is_halal": G(boolean()),
            "delivery_fee": G(lambda f: f.fare() // 4 if f.market == "ID" else 25),
            "estimated_delivery_min": G(count(15, 60)),
            "position": G(count(1, 30)),
        },
    ),
    (
        "track",
        "Product Added",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "cart_id": G(uuid_()),
            **{
                k: v
                for k, v in dish().items()
                if k in ("product_id", "sku", "name", "price", "quantity", "variant", "notes")
            },
            "merchant_id": G(f_id("mer_", 8)),
        },
    ),
    (
        "track",
        "Order Completed",
        ["python", "node", "java", "rn"],
        "rider",
        ALL,
        {
            "order_id": G(lambda f: "FD-" + f.digits(12)),
            "checkout_id": G(uuid_()),
            "revenue": G(lambda f: f.big_amount()),
            "total": G(lambda f: f.big_amount()),
            "subtotal": G(lambda f: f.big_amount()),
            "delivery_fee": G(lambda f: f.fare() // 4 if f.market == "ID" else 25),
            "tax": G(lambda f: f.fare() // 10 if f.market == "ID" else 7),
            "discount": G(lambda f: f.pick([0, 5000, 10000]) if f.market == "ID" else f.pick([0, 20, 50])),
            "coupon": G(pick(["", "MAKANHEMAT", "FREEDEL", "PASKO50"])),
            "currency": G(lambda f: f.cur()),
            "payment_method": G(pick(["wallet", "cash", "card", "paylater"])),
            "products": Many(dish(), 4),
            "merchant": {"id": G(f_id("mer_", 8)), "name": G(pick(MERCHANTS))},
            "delivery_address": {
                "recipient_name": NAME,
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "province": G(lambda f: f.province()),
                "lat": LAT,
                "lng": LON,
                "instructions": G(
                    pick(["", "titip di pos satpam", "leave at the door", "วางไว้หน้าห้อง", "pakisabit sa gate"])
                ),
            },
            "allergy_note": Y(
                pick(
                    [
                        "alergi kacang",
                        "allergic to shrimp",
                        "แพ้อาหารทะเล",
                        "no peanuts - allergy",
                        "allergic to eggs",
                    ]
                ),
                "allergy",
            ),
            "customer_phone": PHONE,
        },
    ),
    (
        "track",
        "Order Delivered",
        ["go", "node"],
        "rider",
        ALL,
        {
            "order_id": G(lambda f: "FD-" + f.digits(12)),
            "courier_id": G(f_id("drv_", 8)),
            "courier_name": NAME,
            "courier_proxy_number": G(lambda f: f.landline()),
            "proof_of_delivery_url": Y(lambda f: f.photo("pod"), "photo"),
            "delivered_lat": LAT,
            "delivered_lng": LON,
            "delivered_at": G(ts()),
            "late_by_min": G(count(0, 40)),
        },
    ),
    (
        "track",
        "Food Review Submitted",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "order_id": G(lambda f: "FD-" + f.digits(12)),
            "merchant_id": G(f_id("mer_", 8)),
            "rating": G(count(1, 5)),
            "review_text": G(
                pick(
                    [
                        "Enak banget, porsinya pas",
                        "Cold when it arrived",
                        "อร่อยมาก",
                        "Sulit! will order again",
                        "Kurang garam",
                    ]
                )
            ),
            "photos_attached": G(count(0, 3)),
        },
    ),
    (
        "track",
        "Products Searched",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "query": G(pick(["nasi goreng", "kopi susu", "pad thai", "milk tea", "sisig", "martabak"])),
            "vertical": G(pick(["food", "mart"])),
            "results_count": G(count(0, 80)),
            "filters": Many(G(pick(["halal", "promo", "rating_4_plus", "under_30_min"])), 2),
        },
    ),
    (
        "track",
        "Parcel Booked",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "delivery_id": G(lambda f: "GS-" + f.digits(11)),
            "package_size": G(pick(["small", "medium", "large"])),
            "item_category": G(pick(["documents", "food", "clothing", "electronics", "others"])),
            "item_description": G(
                pick(["dokumen kantor", "baju", "kue ulang tahun", "charger laptop", "เอกสาร"])
            ),
            "weight_kg": G(money(0.2, 20)),
            "insured": G(boolean()),
            "cod_amount": G(lambda f: f.pick([0, f.big_amount()])),
            "sender": {
                "name": NAME,
                "phone": PHONE,
                "address": ADDRESS,
                "lat": LAT,
                "lng": LON,
                "notes": G(pick(["", "ambil di resepsionis", "call upon arrival", "ฝากไว้ที่ รปภ."])),
            },
            "recipient": {
                "name": NAME,
                "phone": PHONE,
                "address": ADDRESS,
                "lat": LAT,
                "lng": LON,
                "notes": G(pick(["", "titip satpam", "leave with the guard", "วางหน้าประตู"])),
            },
            "fare": G(lambda f: f.fare()),
            "currency": G(lambda f: f.cur()),
        },
    ),
    (
        "track",
        "Parcel Status Updated",
        ["node"],
        "rider",
        ALL,
        {
            "delivery_id": G(lambda f: "GS-" + f.digits(11)),
            "awb": G(lambda f: f.pick(["JP", "TH", "PH"]) + f.digits(10)),
            "status": G(pick(["picked_up", "in_transit", "at_hub", "delivered", "failed_attempt"])),
            "hub_city": G(pick(["Cikarang", "Bang Na", "Pasig", "Surabaya", "Lat Krabang"])),
            "received_by": Y(lambda f: f.pick(["Pak ", "Ibu ", "", "Khun ", "Mr. "]) + f.person(), "name"),
            "receiver_relation": G(pick(["self", "security", "family", "neighbour", "receptionist"])),
            "attempt": G(count(1, 3)),
            "updated_at": G(ts()),
        },
    ),
    (
        "track",
        "Form Input Submitted",
        ["web"],
        "merchant",
        ALL,
        {
            "form_id": G(pick(["merchant_signup", "merchant_profile"])),
            "field": G(const("owner_email")),
            "value": Y(lambda f: f.mail(), "email", True),
            "duration_ms": G(count(400, 20000)),
            "step": G(count(1, 4)),
        },
    ),
    (
        "track",
        "Merchant Order Accepted",
        ["web", "php"],
        "merchant",
        ALL,
        {
            "order_id": G(lambda f: "FD-" + f.digits(12)),
            "merchant_id": G(f_id("mer_", 8)),
            "accepted_by_staff": NAME,
            "staff_id": G(f_id("stf_", 5)),
            "prep_time_min": G(count(5, 40)),
            "items_count": G(count(1, 12)),
            "pos_integration": G(pick(["none", "moka", "qashier", "wongnai"])),
        },
    ),
]

DRIVER = [
    (
        "track",
        "Driver Signup Started",
        ["kotlin", "flutter", "web"],
        "driver",
        ALL,
        {
            "full_name": NAME,
            "phone_number": PHONE,
            "city": G(lambda f: f.pick(SERVICE_AREA[f.market])),
            "email": EMAIL,
            "vehicle_type": G(pick(["motorcycle", "car", "tuk_tuk"])),
            "referral_code": G(lambda f: f.pick(["TMP", "RIDE", "GO"]) + f.hexid(5).upper()),
            "signup_source": G(pick(["facebook_ad", "referral", "walk_in", "organic"])),
            "has_smartphone_own": G(boolean()),
        },
    ),
    (
        "track",
        "KTP Scanned",
        ["go", "php"],
        "driver",
        ["ID"],
        {
            "nik": RED(lambda f: f.nik(), "national id"),
            "nama": NAME,
            "tempat_lahir": Y(
                pick(["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "SLEMAN", "DENPASAR", "KLATEN"]), "city"
            ),
            "tanggal_lahir": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1960, 2004)}",
                "birthdate",
            ),
            "jenis_kelamin": Y(pick(["LAKI-LAKI", "PEREMPUAN"]), "gender"),
            "golongan_darah": Y(pick(["A", "B", "AB", "O", "-"]), "condition"),
            "alamat": Y(lambda f: f.street_line().upper(), "address|street"),
            "rt_rw": Y(lambda f: f"{f.r.randint(1, 15):03d}/{f.r.randint(1, 12):03d}", "address"),
            "kel_desa": Y(lambda f: f.pick(ID_AREAS)[0].upper(), "address|city"),
            "kecamatan": Y(lambda f: f.pick(ID_AREAS)[1].upper(), "address|city"),
            "agama": Y(pick(["ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"]), "religion"),
            "status_perkawinan": G(pick(["BELUM KAWIN", "KAWIN", "CERAI HIDUP"])),
            "pekerjaan": G(
                pick(["KARYAWAN SWASTA", "WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA"])
            ),
            "kewarganegaraan": Y(pick(["WNI"] * 12 + ["WNA"]), "citizenship"),
            "berlaku_hingga": G(pick(["SEUMUR HIDUP", "SEUMUR HIDUP", "12-08-2017"])),
            "foto_ktp_url": Y(lambda f: f.photo("ktp"), "photo"),
            "ocr_confidence": G(money(0.6, 1.0)),
            "ocr_vendor": G(pick(["vida", "privyid", "in-house"])),
        },
    ),
    (
        "track",
        "Selfie Verification Completed",
        ["kotlin", "flutter"],
        "driver",
        ALL,
        {
            "selfieUrl": Y(lambda f: f.photo("selfie"), "photo"),
            "livenessScore": G(money(0.5, 1.0)),
            "faceMatchScore": G(money(0.5, 1.0)),
            "attempts": G(count(1, 4)),
            "passed": G(boolean()),
            "vendor": G(pick(["vida", "jumio", "ekyc_th"])),
        },
    ),
    (
        "track",
        "SIM Uploaded",
        ["go", "php"],
        "driver",
        ["ID"],
        {
            "nomor_sim": Y(lambda f: f.sim_no(), "license"),
            "golongan_sim": G(pick(["A", "C", "B1", "A Umum"])),
            "sim_berlaku_sampai": G(lambda f: f.date(2025, 2029)),
            "polda_penerbit": G(pick(["POLDA METRO JAYA", "POLDA JABAR", "POLDA JATIM", "POLDA BALI"])),
            "sim_photo_url": Y(lambda f: f.photo("sim"), "photo"),
        },
    ),
    (
        "track",
        "Kendaraan Didaftarkan",
        ["php"],
        "driver",
        ["ID"],
        {
            "nomor_polisi": Y(lambda f: f.plate(), "license"),
            "nomor_rangka": Y(lambda f: f.vin(), "serial"),
            "nomor_mesin": Y(lambda f: f.engine_no(), "serial"),
            "nama_pemilik": NAME,
            "merek": G(pick(["HONDA", "YAMAHA", "TOYOTA", "DAIHATSU", "SUZUKI"])),
            "tipe": G(pick(["VARIO 160", "NMAX", "AVANZA 1.3 G", "XENIA", "ERTIGA"])),
            "tahun_pembuatan": G(count(2012, 2024)),
            "warna": G(pick(["HITAM", "PUTIH", "MERAH", "SILVER"])),
            "masa_berlaku_stnk": G(lambda f: f.date(2025, 2029)),
            "milik_sendiri": G(boolean()),
        },
    ),
    (
        "track",
        "ลงทะเบียนคนขับ",
        ["php", "flutter"],
        "driver",
        ["TH"],
        {
            "เลขบัตรประชาชน": RED(lambda f: f.thai_id(), "national id"),
            "ชื่อ": Y(lambda f: f.pick(TH_FIRST_TH), "name"),
            "นามสกุล": Y(lambda f: f.pick(TH_LAST_TH), "name"),
            "วันเกิด": Y(
                lambda f: f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)}/{f.r.randint(2505, 2547)}", "birthdate"
            ),
            "เบอร์โทร": Y(lambda f: f.mobile("TH"), "phone"),
            "ที่อยู่": Y(lambda f: f.pick(TH_ADDR_TH), "address"),
            "ศาสนา": Y(pick(["พุทธ", "อิสลาม", "คริสต์"]), "religion"),
            "ทะเบียนรถ": Y(lambda f: f.plate(), "license"),
            "เลขใบขับขี่": Y(lambda f: f.th_licence(), "license"),
            "จังหวัด": G(pick(["กรุงเทพมหานคร", "เชียงใหม่", "นนทบุรี", "ภูเก็ต"])),
            "ประเภทรถ": G(pick(["รถจักรยานยนต์", "รถยนต์", "ตุ๊กตุ๊ก"])),
            "สถานะ": G(pick(["รอตรวจสอบ", "อนุมัติ", "ไม่อนุมัติ"])),
        },
    ),
    (
        "track",
        "Driver Documents Submitted",
        ["java"],
        "driver",
        ["PH"],
        {
            "driverId": G(f_id("drv_", 8)),
            "philsysCardNumber": RED(lambda f: f.ph_pcn(), "national id"),
            "tin": RED(lambda f: f.ph_tin(), "national id"),
            "sssNumber": RED(lambda f: f.ph_sss(), "national id"),
            "ltoLicenseNumber": Y(lambda f: f.lto(), "license"),
            "licenseRestrictionCodes": Many(G(pick(["A", "A1", "B", "B1"])), 3),
            "licenseExpiry": G(lambda f: f.date(2025, 2034)),
            "nbiClearanceNumber": Y(lambda f: f"NBI{f.r.randint(2023, 2024)}{f.digits(10)}", "certificate"),
            "gcashNumber": Y(lambda f: f.mobile("PH"), "phone"),
            "plateNumber": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "ltfrbFranchiseCase": G(lambda f: f"{f.r.randint(2018, 2024)}-{f.digits(5)}"),
            "submittedAt": G(ts()),
        },
    ),
    (
        "track",
        "PayoutAccountAdded",
        ["csharp"],
        "driver",
        ALL,
        {
            "DriverId": G(f_id("drv_", 8)),
            "BankCode": G(lambda f: f.bank_code()),
            "BankName": G(lambda f: f.bank_name()),
            "AccountNumber": RED(lambda f: f.bank_account(), "bank account"),
            "AccountHolderName": NAME,
            "IsVerified": G(boolean()),
            "VerificationMethod": G(pick(["PennyDrop", "NameCheck", "Manual"])),
            "Currency": G(lambda f: f.cur()),
            "CreatedUtc": G(ts()),
        },
    ),
    (
        "track",
        "PayoutRequested",
        ["csharp"],
        "driver",
        ALL,
        {
            "PayoutId": G(uuid_()),
            "DriverId": G(f_id("drv_", 8)),
            "Amount": G(lambda f: f.big_amount()),
            "Fee": G(pick([0, 1000, 2500, 10, 15])),
            "DestinationAccountMasked": G(lambda f: "******" + f.digits(4)),
            "Status": G(pick(["Queued", "Processing", "Paid", "Failed"])),
            "EstimatedArrivalUtc": G(ts()),
        },
    ),
    (
        "track",
        "Earnings Summary Viewed",
        ["kotlin", "flutter"],
        "driver",
        ALL,
        {
            "gross_earnings": Y(lambda f: f.big_amount() * 10, "salary"),
            "net_earnings": Y(lambda f: f.big_amount() * 8, "salary"),
            "trips_completed": G(count(0, 160)),
            "online_hours": G(money(0, 70)),
            "incentive_tier": G(pick(["bronze", "silver", "gold"])),
            "week_start": G(lambda f: f.date(2024, 2024)),
            "acceptance_rate": G(money(0.5, 1.0)),
        },
    ),
    (
        "track",
        "Driver Location Pinged",
        ["go"],
        "driver",
        ALL,
        {
            "driver_id": G(f_id("drv_", 8)),
            "lat": LAT,
            "lng": LON,
            "geohash": Y(lambda f: f.geohash(7), "geolocation"),
            "heading": G(count(0, 359)),
            "speed_kmh": G(money(0, 80)),
            "accuracy_m": G(count(3, 40)),
            "battery_level": G(count(5, 100)),
            "is_online": G(boolean()),
            "active_booking_id": G(lambda f: f.pick(["", f.booking()])),
        },
    ),
    (
        "track",
        "Health Declaration Submitted",
        ["kotlin", "flutter"],
        "driver",
        ALL,
        {
            "temperature_c": Y(lambda f: round(f.r.uniform(35.8, 38.2), 1), "condition"),
            "has_symptoms": Y(boolean(), "condition"),
            "vaccinated": Y(boolean(), "condition"),
            "mask_worn": G(boolean()),
            "vehicle_sanitized": G(boolean()),
            "declaration_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Training Module Completed",
        ["kotlin", "web"],
        "driver",
        ALL,
        {
            "module_id": G(pick(["safety_101", "food_handling", "customer_service", "defensive_riding"])),
            "score": G(count(40, 100)),
            "passed": G(boolean()),
            "certificate_id": G(lambda f: "CERT-" + f.hexid(8).upper()),
            "duration_min": G(count(5, 90)),
        },
    ),
    (
        "identify",
        None,
        ["kotlin", "flutter"],
        "driver",
        ALL,
        {
            "driver_status": G(pick(["active", "suspended", "onboarding"])),
            "vehicle_type": G(pick(["motorcycle", "car", "tuk_tuk"])),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "license_expiry": G(lambda f: f.date(2025, 2030)),
            "rating": G(lambda f: round(f.r.uniform(4.3, 5.0), 2)),
            "joined_at": G(ts()),
            "emergency_contact": {
                "name": NAME,
                "phone": PHONE,
                "relation": G(pick(["wife", "husband", "mother", "brother"])),
            },
        },
    ),
]

WALLET = [
    (
        "track",
        "Wallet Top Up Completed",
        ["python", "go", "rn"],
        "rider",
        ALL,
        {
            "topup_id": G(uuid_()),
            "amount": G(lambda f: f.big_amount()),
            "currency": G(lambda f: f.cur()),
            "channel": G(pick(["bca_va", "mandiri_va", "indomaret", "7eleven", "card", "bank_app"])),
            "virtual_account_number": RED(
                lambda f: f.pick(["70001", "89608", "88908"]) + f.ph_digits()[-11:], "bank account"
            ),
            "card_last4": G(lambda f: f.digits(4)),
            "card_brand": G(pick(["visa", "mastercard", "jcb", "unionpay"])),
            "card_bin": G(lambda f: f.pick(["4", "5", "35"]) + f.digits(4)),
            "status": G(pick(["success", "pending", "failed"])),
            "balance_after": G(lambda f: f.big_amount()),
        },
    ),
    (
        "track",
        "Payment Method Added",
        ["php", "node"],
        "rider",
        ALL,
        {
            "card_token": RED(lambda f: f.pick(["tok_", "pm_", "card_"]) + f.hexid(24), "token"),
            "card_number": RED(lambda f: f.pan(), "credit card"),
            "card_holder": NAME,
            "last4": G(lambda f: f.digits(4)),
            "brand": G(pick(["visa", "mastercard", "jcb", "unionpay", "amex"])),
            "exp_month": G(count(1, 12)),
            "exp_year": G(count(2025, 2031)),
            "bin": G(lambda f: f.pick(["4", "5", "35"]) + f.digits(5)),
            "issuing_bank": G(pick(["BCA", "KBank", "BDO", "SCB", "Mandiri"])),
            "three_ds_passed": G(boolean()),
            "billing_address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.market),
            },
        },
    ),
    (
        "track",
        "P2P Transfer Sent",
        ["python", "rn"],
        "rider",
        ALL,
        {
            "transfer_id": G(uuid_()),
            "amount": G(lambda f: f.big_amount()),
            "fee": G(pick([0, 0, 500, 5])),
            "currency": G(lambda f: f.cur()),
            "recipient_phone": PHONE,
            "recipient_name": NAME,
            "recipient_wallet_id": G(f_id("wl_", 10)),
            "note": G(
                pick(
                    ["makan siang", "patungan bensin", "bayar utang", "ค่าข้าว", "pambayad sa load", "thanks!"]
                )
            ),
            "method": G(pick(["phone", "qr", "contact_list"])),
            "is_first_transfer_to_recipient": G(boolean()),
        },
    ),
    (
        "track",
        "Bank Transfer Initiated",
        ["python", "java"],
        "rider",
        ALL,
        {
            "transfer_id": G(uuid_()),
            "bank_code": G(lambda f: f.bank_code()),
            "bank_name": G(lambda f: f.bank_name()),
            "account_number": RED(lambda f: f.bank_account(), "bank account"),
            "account_name": NAME,
            "amount": G(lambda f: f.big_amount()),
            "currency": G(lambda f: f.cur()),
            "swift_code": G(pick(["CENAIDJA", "KASITHBK", "BNORPHMM", "BMRIIDJA"])),
            "saved_as_favourite": G(boolean()),
        },
    ),
    (
        "track",
        "Remittance Received",
        ["java"],
        "rider",
        ["PH"],
        {
            "remittance_id": G(uuid_()),
            "sender_name": Y(lambda f: f.pick(PH_FIRST) + " " + f.pick(PH_LAST), "name"),
            "sender_country": G(pick(["AE", "SA", "GB", "QA", "HK"])),
            "sender_phone": Y(
                lambda f: f.pick(
                    [
                        f"+971 5{f.r.randint(0, 8)} {f.digits(3)} {f.digits(4)}",
                        f"+966 5{f.digits(8)}",
                        f"+852 {f.r.randint(5100, 9899)} {f.digits(4)}",
                    ]
                ),
                "phone",
            ),
            "sender_iban": RED(lambda f: f.iban_remit(), "bank account"),
            "amount": G(money(50, 2000)),
            "source_currency": G(pick(["AED", "SAR", "GBP", "QAR"])),
            "payout_amount_php": G(money(1500, 90000)),
            "partner": G(pick(["Western Union", "Remitly", "WorldRemit", "Wise"])),
            "recipient_gcash": Y(lambda f: f.mobile("PH"), "phone"),
            "purpose": G(pick(["family_support", "tuition", "savings"])),
        },
    ),
    (
        "track",
        "บัญชีธนาคารเชื่อมต่อแล้ว",
        ["php", "flutter"],
        "rider",
        ["TH"],
        {
            "เลขที่บัญชี": RED(lambda f: f.bank_account(), "bank account"),
            "ชื่อบัญชี": Y(lambda f: f.person_th(), "name"),
            "ธนาคาร": G(pick(["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย"])),
            "ประเภทบัญชี": G(pick(["ออมทรัพย์", "กระแสรายวัน"])),
            "ยืนยันแล้ว": G(boolean()),
        },
    ),
    (
        "track",
        "PIN Set",
        ["kotlin", "swift"],
        "rider",
        ALL,
        {
            "pin": RED(lambda f: f.digits(6), "password"),
            "pin_strength": G(pick(["weak", "medium", "strong"])),
            "pin_attempts": G(count(1, 3)),
            "biometric_enabled": G(boolean()),
        },
    ),
    (
        "track",
        "Merchant Portal Signed In",
        ["web"],
        "merchant",
        ALL,
        {
            "username": Y(lambda f: f.mail(), "email", True),
            "password": RED(
                lambda f: f.pick(["Warung", "Kopi", "Siam", "Manila"]) + f.digits(4) + f.pick(["!", "#", ""]),
                "password",
            ),
            "remember_me": G(boolean()),
            "password_strength": G(count(0, 4)),
            "sso": G(pick(["none", "google"])),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["node", "web"],
        "rider",
        ALL,
        {
            "plan": G(pick(["TumpangPlus Monthly", "TumpangPlus Yearly", "Food Saver"])),
            "price": G(lambda f: f.pick([25000, 49000, 99, 149, 199])),
            "currency": G(lambda f: f.cur()),
            "trial": G(boolean()),
            "billing_address": {
                "line1": Y(lambda f: f.street_line(), "address|street"),
                "city": Y(lambda f: f.home_city(), "city"),
                "postal_code": Y(lambda f: f.postcode(), "zipcode"),
                "country": G(lambda f: f.market),
            },
            "renews_at": G(ts()),
        },
    ),
]

MARKETING = [
    (
        "page",
        "Driver Landing",
        ["web"],
        "rider",
        ALL,
        {
            "path": G(pick(["/driver", "/driver/daftar", "/driver/apply"])),
            "url": G(
                lambda f: (
                    "https://www.tumpang.example"
                    + f.pick(["/driver", "/driver/daftar", "/driver/apply"])
                    + "?utm_source=google"
                )
            ),
            "title": G(pick(["Jadi Mitra Driver", "Become a driver", "สมัครเป็นคนขับ"])),
            "referrer": G(pick(["https://www.google.com/", "https://m.facebook.com/"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(76)
                    )
                    + "BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(56)
                    )
                ),
                "advertising id",
            ),
        },
    ),
    (
        "page",
        "Promo",
        ["web"],
        "rider",
        ALL,
        {
            "path": G(pick(["/promo", "/promo/ramadan", "/promo/songkran"])),
            "url": G(
                lambda f: (
                    "https://www.tumpang.example" + f.pick(["/promo", "/promo/ramadan", "/promo/songkran"])
                )
            ),
            "title": G(pick(["Promo | Tumpang", "Ramadan Deals", "Songkran 2024"])),
            "referrer": G(pick(["", "https://www.google.com/", "https://www.tiktok.com/"])),
            "search": G(pick(["", "?utm_source=tiktok", "?lang=th"])),
        },
    ),
    (
        "track",
        "Purchase",
        ["node"],
        "rider",
        ALL,
        {
            "event_id": G(uuid_()),
            "action_source": G(pick(["app", "website"])),
            "event_source_url": G(
                pick(["https://www.tumpang.example/food", "https://www.tumpang.example/ride", ""])
            ),
            "user_data": {
                "em": Y(lambda f: f.sha(f.mail()), "email"),
                "ph": Y(lambda f: f.sha(f.ph_digits()), "phone"),
                "external_id": G(lambda f: f.sha("usr_" + f.digits(9))),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(30)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    pick(
                        [
                            "Tumpang/5.42.1 (iPhone; iOS 17.5.1)",
                            "okhttp/4.12.0",
                            "Mozilla/5.0 (Linux; Android 14)",
                        ]
                    )
                ),
            },
            "custom_data": {
                "value": G(lambda f: f.big_amount()),
                "currency": G(lambda f: f.cur()),
                "content_ids": Many(G(lambda f: "itm_" + f.hexid(12)), 3),
                "content_type": G(const("product")),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        "rider",
        ALL,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "advertising_id": Y(uuid_(), "advertising id"),
            "media_source": G(pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"])),
            "campaign": G(pick(["ID_UA_Rider_Android", "TH_UA_Food_iOS", "PH_Driver_Acq"])),
            "install_time": G(ts()),
            "click_time": G(ts()),
            "is_retargeting": G(boolean()),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["go"],
        "rider",
        ALL,
        {
            "endpoint": G(pick(["/v2/bookings", "/v1/wallet/topup", "/v3/food/orders", "/v1/payouts"])),
            "http_status": G(pick([400, 401, 429, 500, 502, 503])),
            "error_code": G(pick(["E_TIMEOUT", "E_RATE_LIMIT", "E_INVALID_STATE", "E_UPSTREAM"])),
            "request_id": G(uuid_()),
            "latency_ms": G(count(20, 30000)),
            "request_headers": {
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-device-id": G(lambda f: f.hexid(16)),
                "x-app-version": G(pick(["5.41.0", "5.42.1", "5.43.0"])),
                "user-agent": G(
                    pick(
                        [
                            "okhttp/4.12.0",
                            "Tumpang/5.42.1 CFNetwork/1496.0.7 Darwin/23.5.0",
                            "Dart/3.3 (dart:io)",
                        ]
                    )
                ),
            },
            "retry_count": G(count(0, 3)),
        },
    ),
    (
        "track",
        "Partner Webhook Configured",
        ["node"],
        "merchant",
        ALL,
        {
            "partner": G(pick(["Moka POS", "Qashier", "Wongnai POS", "Loyverse"])),
            "webhook_url": G(
                lambda f: (
                    "https://hooks."
                    + f.pick(["moka.example", "qashier.example", "pos.example"])
                    + "/tumpang/"
                    + f.hexid(8)
                )
            ),
            "signing_secret": RED(lambda f: f.secret(), "secret"),
            "events_subscribed": Many(G(pick(["order.created", "order.cancelled", "menu.updated"])), 3),
            "merchant_id": G(f_id("mer_", 8)),
        },
    ),
    (
        "track",
        "SMS Sent",
        ["python"],
        "rider",
        ALL,
        {
            "sid": G(lambda f: "SM" + f.hexid(32)),
            "to": Y(lambda f: f.mobile(style="e164"), "phone", True),
            "from": G(pick(["TUMPANG", "+6281100070001", "29290", "Tumpang"])),
            "body": RED(lambda f: f.pick(OTP_SMS).format(c=f.digits(6)), "token|secret", True),
            "status": G(pick(["queued", "sent", "delivered", "undelivered"])),
            "num_segments": G(pick([1, 1, 2])),
            "price": G(lambda f: f.pick([-0.0385, -0.0412, -0.0655])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["ruby"],
        "rider",
        ALL,
        {
            "email": EMAIL,
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                pick(
                    [
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        "(KHTML, like Gecko) Mobile/15E148",
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 "
                        "Mobile Safari/537.36",
                    ]
                )
            ),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "category": G(pick(["receipt", "weekly_promo", "driver_payout"])),
        },
    ),
    (
        "track",
        "Delivery Address Autocomplete Selected",
        RIDER_MOBILE,
        "rider",
        ALL,
        {
            "suggestion": Y(lambda f: f.address(), "address", True),
            "suggestion_rank": G(count(1, 5)),
            "provider": G(pick(["google_places", "here", "in_house"])),
            "session_token": G(uuid_()),
        },
    ),
    (
        "track",
        "E-Voucher Gifted",
        ["web", "node"],
        "rider",
        ALL,
        {
            "recipient": Y(lambda f: f.mail(), "email", True),
            "sender_message": G(
                pick(["Selamat ulang tahun!", "Happy birthday bestie", "สุขสันต์วันเกิด", "Salamat sa lahat!"])
            ),
            "amount": G(lambda f: f.big_amount()),
            "voucher_design": G(pick(["birthday", "ramadan", "thank_you", "christmas"])),
        },
    ),
]

OTHER_CONVENTIONS = [
    (
        "identify",
        None,
        ["python"],
        "rider",
        ALL,
        {
            "USER_KEY": G(f_id("usr_", 9)),
            "FULL_NAME": NAME,
            "EMAIL_ADDRESS": EMAIL,
            "PHONE_NUMBER": PHONE,
            "DATE_OF_BIRTH": Y(lambda f: f.dob(), "birthdate"),
            "HOME_CITY": Y(lambda f: f.home_city(), "city"),
            "LIFETIME_RIDES": G(count(0, 1500)),
            "LIFETIME_VALUE_LOCAL": G(lambda f: f.big_amount() * 20),
            "CHURN_SCORE": G(money(0, 1)),
            "RFM_SEGMENT": G(pick(["champions", "at_risk", "hibernating", "new"])),
            "LAST_TRIP_AT": G(ts()),
            "KTP_VERIFIED": G(boolean()),
            "HAS_PAYLATER": G(boolean()),
            "MARKET": G(lambda f: f.market),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        "rider",
        ["ID"],
        {
            "nama": NAME,
            "nomor_telepon": PHONE,
            "email": EMAIL,
            "alamat": ADDRESS,
            "kota": Y(lambda f: f.home_city(), "city"),
            "kode_pos": Y(lambda f: f.postcode(), "zipcode"),
            "tanggal_lahir": Y(lambda f: f.dob(), "birthdate"),
            "jenis_kelamin": Y(pick(["L", "P"]), "gender"),
            "status_akun": G(pick(["aktif", "dibekukan", "baru"])),
            "jumlah_pesanan": G(count(0, 400)),
            "terdaftar_pada": G(ts()),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        "rider",
        ["TH"],
        {
            "ชื่อ": Y(lambda f: f.person_th(), "name"),
            "เบอร์โทร": Y(lambda f: f.mobile("TH"), "phone"),
            "อีเมล": EMAIL,
            "วันเกิด": Y(
                lambda f: f"{f.r.randint(1, 28)}/{f.r.randint(1, 12)}/{f.r.randint(2505, 2547)}", "birthdate"
            ),
            "ระดับสมาชิก": G(pick(["ทั่วไป", "ซิลเวอร์", "โกลด์"])),
            "แต้มสะสม": G(count(0, 20000)),
        },
    ),
    (
        "track",
        "shipment-created",
        ["node"],
        "rider",
        ALL,
        {
            "shipment-id": G(lambda f: "GS-" + f.digits(11)),
            "service-type": G(pick(["instant", "same-day", "bike", "van"])),
            "sender-name": NAME,
            "sender-phone": PHONE,
            "recipient-name": NAME,
            "recipient-phone": PHONE,
            "drop-off-address": ADDRESS,
            "drop-off-lat": LAT,
            "drop-off-lng": LON,
            "weight-grams": G(count(100, 20000)),
            "cod-amount": G(lambda f: f.pick([0, f.big_amount()])),
            "created-at": G(ts()),
        },
    ),
    (
        "track",
        "DriverShiftStarted",
        ["csharp"],
        "driver",
        ALL,
        {
            "DriverId": G(f_id("drv_", 8)),
            "ShiftId": G(uuid_()),
            "StartLatitude": LAT,
            "StartLongitude": LON,
            "VehiclePlate": Y(lambda f: f.plate(), "license"),
            "HourlyGuarantee": Y(lambda f: f.pick([18000, 22000, 25000, 90, 120]), "salary"),
            "Zone": G(lambda f: f.pick(SERVICE_AREA[f.market])),
            "StartedUtc": G(ts()),
        },
    ),
    (
        "group",
        None,
        ["web", "python"],
        "merchant",
        ALL,
        {
            "merchant_name": G(pick(MERCHANTS)),
            "industry": G(pick(["food_and_beverage", "grocery", "pharmacy", "retail"])),
            "employees": G(count(1, 120)),
            "plan": G(pick(["basic", "plus", "enterprise"])),
            "outlet_count": G(count(1, 40)),
            "website": G(
                pick(
                    [
                        "https://warungsederhana.example",
                        "https://kopi.example",
                        "",
                        "https://manginasal.example",
                    ]
                )
            ),
            "business_phone": G(lambda f: f.landline()),
            "business_email": G(
                pick(
                    [
                        "halo@warungsederhana.example",
                        "orders@kopi.example",
                        "info@manginasal.example",
                        "contact@somtamnua.example",
                    ]
                )
            ),
            "business_address": G(
                lambda f: f"{f.pick(POIS[f.market])}, {f.pick(['Unit G-12', 'Lt. 3', 'Ground Floor'])}"
            ),
            "owner_name": NAME,
            "owner_phone": PHONE,
            "owner_nik": RED(lambda f: f.nik(), "national id"),
            "tax_registered": G(boolean()),
            "createdAt": G(ts()),
        },
    ),
    (
        "group",
        None,
        ["java"],
        "driver",
        ALL,
        {
            "fleet_name": G(pick(["Armada Jaya Transport", "Siam Fleet Co.", "Metro Manila Rides Inc."])),
            "fleet_size": G(count(5, 400)),
            "fleet_manager_name": NAME,
            "fleet_manager_email": EMAIL,
            "fleet_support_line": G(lambda f: f.landline()),
            "contract_tier": G(pick(["standard", "premium"])),
        },
    ),
]

EVENTS = RIDER + FOOD_PARCEL + DRIVER + WALLET + MARKETING + OTHER_CONVENTIONS


def build(seed: int, repeats: int):
    f = SeaFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, app, markets, body in EVENTS:
            f.set_market(f.pick(markets))
            client = f.pick(clients)
            prefix = "drv_" if app == "driver" else "usr_"
            msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "anonymousId": f.uuid()}
            msg["userId"] = prefix + f.digits(9 if app != "driver" else 8)
            if client in SERVER_LIBS:
                msg["timestamp"] = f.iso()
            else:
                msg["originalTimestamp"] = f.iso()
                msg["sentAt"] = (
                    msg["originalTimestamp"][:17] + f"{f.r.randint(0, 59):02d}.{f.r.randint(0, 999):03d}Z"
                )
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = ("mer_" if app == "merchant" else "flt_") + f.digits(8)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if kind != "alias":
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](app), f, "context", labels)
            msg["integrations"] = {"All": True} if f.r.random() < 0.8 else {"All": True, "Braze": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=73, repeats=24)
    write(Path(__file__).parent, "holdout73_", events, labels)
