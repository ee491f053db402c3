"""Writes holdout164: tests/corpus/holdout164_events.jsonl and holdout164_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and without running the engine on these events. Only build.py,
fake.py, build_holdout3.py (for format) and the shared reference were read.

Domain: a faith-community app (churches, mosques, synagogues) used in the US, Nigeria and
Indonesia. Memberships and households; tithes, offerings, zakat, sadaqah and dues with recurring
gifts (Stripe-, Paystack- and Midtrans-shaped payloads, Nigerian NIP bank transfers, Twilio
text-to-give); prayer requests in free text; small groups and classes; child check-in with
allergies, guardians and security codes; volunteer scheduling with Checkr-shaped background
checks; staff records from a .NET church-management backend; event, trip, wedding and pet-blessing
registrations; a bookstore on the e-commerce spec; livestream views on the video spec; ad
attribution and a Conversions API relay; admin integrations.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics
flutter, and server libraries (python, node, go, java, ruby, php, csharp) with their usual
`context` blocks (ip, traits, device, app, library, locale, userAgent, location, campaign).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET backend and
Twilio webhooks; kebab-case from website form builders; SCREAMING_SNAKE from a warehouse
reverse-ETL identify; Indonesian backend keys (nama_lengkap, no_hp, alamat, nik, npwp ...).

Labelling rules (the product's default colours):
- PII is personal data about a natural person (the user, a donor, a guardian, a child, an
  attendee, an emergency contact, a staff member, a pastor, a host). Colour and type are the
  reference's default matcher; outside the reference: red for credentials/secrets, card numbers,
  bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we or a vendor issue (member numbers, Stripe cus_/sub_ ids, Paystack references,
  Midtrans virtual-account numbers issued per order, NIP session ids), versions, timestamps,
  hashes of non-PII (Midtrans signature_key, file checksums, Paystack card signatures), amounts
  (including zakat-calculator assets), enums, counters and booleans under PII-sounding keys;
  product, fund, class, group, hospital and pet names; a congregation's own name, address,
  phone, role mailboxes, EIN and receiving bank account; searched places; card brand, BIN, last
  four and expiry; bank and routing codes; UUID tokens (a Midtrans Snap token); Message-IDs.
- Contested cases follow the published policy in the brief (policy numbers yellow
  identification, salaries and income yellow salary, plates yellow license, ad click ids yellow
  advertising id, billing/shipping addresses yellow address, payment tokens / one-time codes /
  sign-in link tokens red token, health-system ids red health id, document numbers red
  passport / national id, work-authorisation answers red visa).
- Decisions taken here where the policy is silent, as a careful privacy owner would want:
  * a field stating the person's own faith or religious practice (baptized, salvation decision,
    Spirit baptism, madhab, convert, Jewish tribal lineage, baptism) is yellow `religion`; fields
    about a congregation (its denomination) and mere participation (attendance, member status,
    fund given to) are green, or the whole corpus would be religion.
  * a check-in security code (a per-visit pickup code) is a one-time code: red `token`.
  * a background check's result (clear / consider) reveals criminal history: yellow
    `criminal record`; its process status is green.
  * hashed e-mail / phone sent for ad matching stay personal: yellow email / phone.
  * an ethnic group / tribe is yellow `ethnicity`; a Nigerian state of origin or LGA is green.
  * a viewer's city derived from their IP, a Twilio sender's city and zip, and a place of birth
    are the person's: yellow `city` / `zipcode`.
  * a numeric gender enum (.NET serialisation: 0/1/2) is still `gender`.
  * a sermon speaker, a class instructor, a group leader and a pastor are natural persons:
    yellow `name`; a staff member's work e-mail (name@church) is personal, a role mailbox is not.
  * BPJS Kesehatan and NHIS numbers are government health-insurance cards: red `health id`.
- value_only is true when the key does not say what the value is (`q`, `input`, `value`,
  `label_text`, `note`, `request`, `narration`, `dedication`, `From`, `recipient`, `link`,
  `picked_up_by`, `connected_by`, custom-field `value`). Every value of a value_only PII path
  carries that PII; free-text fields either always carry it (labelled) or never (green).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and numbers from the three countries ---------------------------------------------

US_FIRST = [
    "James",
    "Maria",
    "DeShawn",
    "Keisha",
    "Jacob",
    "Emily",
    "Min-jun",
    "Grace",
    "Carlos",
    "Guadalupe",
    "Tyrone",
    "Hannah",
    "Rivka",
    "Moshe",
    "Esther",
    "Aaliyah",
    "Ethan",
    "Sarah",
    "José",
    "Tamika",
    "Daniel",
    "Leah",
    "Yusuf",
    "Mariam",
    "Thanh",
    "Brianna",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Rodriguez",
    "Kim",
    "Goldberg",
    "Cohen",
    "Washington",
    "Nguyen",
    "Martinez",
    "Brown",
    "Thompson",
    "Levy",
    "Ali",
    "Jackson",
    "O'Connor",
    "Park",
    "Hernández",
    "Friedman",
    "Davis",
    "Abdullah",
    "Tran",
    "Rosenberg",
]
NG_FIRST = [
    "Chinedu",
    "Ngozi",
    "Oluwaseun",
    "Adaeze",
    "Emeka",
    "Funmilayo",
    "Ibrahim",
    "Aisha",
    "Tunde",
    "Chiamaka",
    "Musa",
    "Halima",
    "Babajide",
    "Ifeoma",
    "Yakubu",
    "Blessing",
    "Godwin",
    "Temitope",
    "Zainab",
    "Obinna",
    "Precious",
    "Nkechi",
]
NG_LAST = [
    "Okafor",
    "Adeyemi",
    "Okonkwo",
    "Bello",
    "Eze",
    "Abubakar",
    "Ogunleye",
    "Nwosu",
    "Danjuma",
    "Balogun",
    "Olawale",
    "Ibekwe",
    "Usman",
    "Akinwale",
    "Chukwu",
    "Yusuf",
    "Adebayo",
    "Obi",
]
ID_FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Muhammad",
    "Putri",
    "Rizky",
    "Nurul",
    "Ahmad",
    "Ayu",
    "Hendra",
    "Fitri",
    "Yohanes",
    "Maria",
    "Dimas",
    "Rina",
    "Eko",
    "Wahyu",
    "Kadek",
    "Ni Luh",
    "Intan",
    "Fajar",
]
ID_LAST = [
    "Santoso",
    "Rahmawati",
    "Wijaya",
    "Hidayat",
    "Saputra",
    "Lestari",
    "Setiawan",
    "Nugroho",
    "Kusuma",
    "Pratama",
    "Siregar",
    "Simanjuntak",
    "Hasibuan",
    "Sitompul",
    "Wibowo",
    "Purnomo",
]
ID_SINGLE = ["Suparman", "Sutrisno", "Mulyani", "Sumarni", "Yanti", "Slamet", "Suharti"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.co.id", "aol.com"]

US_STREETS = [
    "Maple",
    "Oak",
    "Peachtree",
    "Martin Luther King Jr",
    "Elm",
    "Cedar",
    "Lincoln",
    "Church",
    "Jefferson",
    "Lakeview",
    "Westheimer",
    "Flatbush",
]
US_CITIES = [
    ("Atlanta", "GA"),
    ("Houston", "TX"),
    ("Dallas", "TX"),
    ("Brooklyn", "NY"),
    ("Dearborn", "MI"),
    ("Chicago", "IL"),
    ("Charlotte", "NC"),
    ("Phoenix", "AZ"),
    ("Nashville", "TN"),
    ("Silver Spring", "MD"),
    ("Minneapolis", "MN"),
    ("Los Angeles", "CA"),
]
NG_STREETS = [
    "Adeola Odeku Street",
    "Allen Avenue",
    "Awolowo Road",
    "Ahmadu Bello Way",
    "Aminu Kano Crescent",
    "Ogui Road",
    "Ring Road",
    "Herbert Macaulay Way",
    "Bode Thomas Street",
    "Opebi Road",
    "Olusegun Obasanjo Way",
]
NG_CITIES = [
    ("Lagos", "Lagos", "101233"),
    ("Ikeja", "Lagos", "100271"),
    ("Abuja", "FCT", "900211"),
    ("Port Harcourt", "Rivers", "500272"),
    ("Ibadan", "Oyo", "200284"),
    ("Enugu", "Enugu", "400102"),
    ("Kano", "Kano", "700213"),
    ("Benin City", "Edo", "300271"),
    ("Owerri", "Imo", "460242"),
]
ID_STREETS = [
    "Sudirman",
    "Diponegoro",
    "Gajah Mada",
    "Ahmad Yani",
    "Pemuda",
    "Merdeka",
    "Kaliurang",
    "Cempaka Putih Raya",
    "Margonda Raya",
    "Imam Bonjol",
    "Gatot Subroto",
]
ID_CITIES = [
    ("Jakarta Selatan", "DKI Jakarta"),
    ("Bandung", "Jawa Barat"),
    ("Surabaya", "Jawa Timur"),
    ("Yogyakarta", "DI Yogyakarta"),
    ("Medan", "Sumatera Utara"),
    ("Depok", "Jawa Barat"),
    ("Bekasi", "Jawa Barat"),
    ("Makassar", "Sulawesi Selatan"),
    ("Semarang", "Jawa Tengah"),
    ("Denpasar", "Bali"),
]
ROUTING = ["021000021", "011401533", "121000358", "061000104", "111000025", "071000013", "026009593"]
NG_BANKS = [
    ("058", "Guaranty Trust Bank"),
    ("044", "Access Bank"),
    ("011", "First Bank of Nigeria"),
    ("033", "United Bank for Africa"),
    ("057", "Zenith Bank"),
    ("232", "Sterling Bank"),
]
ID_BANKS = [("BCA", 10), ("Mandiri", 13), ("BRI", 15), ("BNI", 10), ("BSI", 10)]
CONGREGATIONS = [
    "Grace Fellowship Atlanta",
    "RCCG Jesus House Lagos",
    "Masjid Al-Falah Bandung",
    "Temple Beth Shalom",
    "Dearborn Islamic Center",
    "Living Faith Church Abuja",
    "GKI Pondok Indah",
    "New Hope Baptist Church",
    "Masjid Raya Al-Ikhlas",
]


class F(Fake):
    """Fake, plus people, addresses and national ids from the US, Nigeria and Indonesia.

    A template's first field of a person (or address) draws a new one; the fields after it read
    the same one, so a name, its e-mail and its phone belong together."""

    def __init__(self, seed: int):
        super().__init__(seed)
        self.p: dict = {}
        self.a: dict = {}

    def region(self):
        return self.r.choices(["us", "ng", "id"], [4, 3, 3])[0]

    def person(self, region=None) -> dict:
        reg = region or self.region()
        if reg == "us":
            first, last = self.pick(US_FIRST), self.pick(US_LAST)
        elif reg == "ng":
            first, last = self.pick(NG_FIRST), self.pick(NG_LAST)
        elif self.r.random() < 0.2:
            first, last = self.pick(ID_SINGLE), ""
        else:
            first, last = self.pick(ID_FIRST), self.pick(ID_LAST)
        full = f"{first} {last}".strip()
        local = first.lower().replace(" ", "").replace("é", "e").replace("-", "")
        sep = self.pick([".", "_", ""])
        tail = last.lower().replace("'", "").replace("á", "a").replace("é", "e")
        tail = tail or str(self.r.randint(70, 99))
        email = f"{local}{sep}{tail}{self.pick(['', str(self.r.randint(1, 99))])}@{self.pick(MAIL)}"
        self.p = {"first": first, "last": last or first, "full": full, "email": email, "region": reg}
        self.p["phone"] = self.phone_for(reg)
        return self.p

    def first_(self):
        return self.person()["first"]

    def full_(self, region=None):
        return self.person(region)["full"]

    def phone_for(self, reg):
        r = self.r
        if reg == "us":
            area, ex, line = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
            return self.pick(
                [
                    f"+1{area}{ex}{line:04d}",
                    f"({area}) {ex}-{line:04d}",
                    f"{area}-{ex}-{line:04d}",
                    f"{area}.{ex}.{line:04d}",
                ]
            )
        if reg == "ng":
            net = self.pick(["803", "806", "813", "816", "703", "706", "805", "807", "802", "908", "810"])
            sub = f"{r.randint(0, 9999999):07d}"
            return self.pick(
                [
                    f"+234{net}{sub}",
                    f"0{net}{sub}",
                    f"+234 {net} {sub[:3]} {sub[3:]}",
                    f"0{net} {sub[:3]} {sub[3:]}",
                ]
            )
        net = self.pick(["812", "813", "821", "822", "856", "857", "878", "896", "838"])
        sub = f"{r.randint(0, 99999999):08d}"
        return self.pick(
            [
                f"+62{net}{sub}",
                f"0{net}{sub}",
                f"+62 {net}-{sub[:4]}-{sub[4:]}",
                f"0{net}-{sub[:4]}-{sub[4:]}",
            ]
        )

    def anyphone(self):
        return self.phone_for(self.region())

    def address(self, region=None) -> dict:
        reg = region or self.region()
        r = self.r
        if reg == "us":
            city, state = self.pick(US_CITIES)
            kind = self.pick(["St", "Ave", "Blvd", "Dr", "Rd", "Ln"])
            line1 = f"{r.randint(10, 9899)} {self.pick(US_STREETS)} {kind}"
            self.a = {
                "line1": line1,
                "line2": self.pick(["", "Apt 3B", "Unit 12", "#204"]),
                "city": city,
                "state": state,
                "postal": f"{r.randint(10001, 98999):05d}",
                "country": "US",
            }
        elif reg == "ng":
            city, state, postal = self.pick(NG_CITIES)
            self.a = {
                "line1": f"{r.randint(1, 120)} {self.pick(NG_STREETS)}",
                "line2": self.pick(["", "Flat 2", "Block C, Flat 5", "Off Admiralty Way"]),
                "city": city,
                "state": state,
                "postal": postal,
                "country": "NG",
            }
        else:
            city, prov = self.pick(ID_CITIES)
            line1 = f"Jl. {self.pick(ID_STREETS)} No. {r.randint(1, 200)}"
            if r.random() < 0.5:
                line1 += f", RT {r.randint(1, 12):03d}/RW {r.randint(1, 15):03d}"
            self.a = {
                "line1": line1,
                "line2": self.pick(["", "Blok B2", "Perum Griya Asri"]),
                "city": city,
                "state": prov,
                "postal": f"{r.randint(10110, 99999)}",
                "country": "ID",
            }
        return self.a

    def one_line_address(self, region=None):
        a = self.address(region)
        return f"{a['line1']}, {a['city']} {a['postal']}"

    def nin(self):
        return self.digits(11)

    def nik(self):
        day = self.r.randint(1, 28) + self.pick([0, 40])
        born = f"{day:02d}{self.r.randint(1, 12):02d}{self.r.randint(50, 99):02d}"
        region = self.pick(["3174", "3273", "3578", "3471", "1271", "3276", "7371", "5171"])
        return f"{region}{self.r.randint(1, 40):02d}{born}{self.r.randint(1, 999):04d}"

    def npwp(self):
        d = self.digits(15)
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"

    def nuban(self, bank="058"):
        serial = self.digits(9)
        weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
        total = sum(int(c) * w for c, w in zip(bank + serial, weights, strict=True))
        return serial + str((10 - total % 10) % 10)

    def rekening(self):
        _, n = self.pick(ID_BANKS)
        return self.digits(n)

    def passport(self, reg=None):
        reg = reg or self.region()
        if reg == "us":
            return self.pick(["", "A"]) + self.digits(9 if self.r.random() < 0.5 else 8)
        if reg == "ng":
            return self.pick(["A", "B"]) + self.digits(8)
        return self.pick(["B", "C", "X", "E"]) + self.digits(7)

    def letters(self, alphabet, n):
        return "".join(self.pick(alphabet) for _ in range(n))

    def new_bank(self):
        self.bank = self.pick(NG_BANKS)
        return self.bank

    def work_email(self, domain):
        first, last = self.p["first"], self.p["last"]
        local = first if last == first else f"{first}.{last}"
        return (
            local.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("á", "a") + "@" + domain
        )

    def masked_ssn(self):
        return f"XXX-XX-{self.r.randint(1, 9999):04d}"

    def plate(self):
        reg = self.region()
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if reg == "us":
            return self.pick(
                [
                    f"{self.r.randint(1, 9)}{self.letters(L, 3)}{self.r.randint(100, 999)}",
                    f"{''.join(self.pick(L) for _ in range(3))}-{self.r.randint(1000, 9999)}",
                ]
            )
        if reg == "ng":
            lga = self.pick(["LSD", "KJA", "ABJ", "EKY", "APP"])
            return f"{lga}-{self.r.randint(100, 999)}{self.letters(L, 2)}"
        return f"{self.pick(['B', 'D', 'L', 'AB', 'F'])} {self.r.randint(1000, 9999)} {self.letters(L, 3)}"


def pf(key):
    """A field of the current person."""
    return lambda f: f.p[key]


def af(key):
    """A field of the current address."""
    return lambda f: f.a[key]


def new_person(key, region=None):
    return lambda f: f.person(region)[key]


def new_address(key, region=None):
    return lambda f: f.address(region)[key]


def money(lo, hi):
    return lambda f: round(f.r.uniform(lo, hi), 2)


def gift_amount(f):
    return f.pick([10, 20, 25, 50, 100, 150, 250, 500, 1000, round(f.r.uniform(5, 700), 2)])


def currency(f):
    return f.pick(["USD", "USD", "NGN", "IDR"])


FUNDS = [
    "Tithe",
    "General Offering",
    "Building Fund",
    "Missions",
    "Benevolence",
    "Zakat al-Mal",
    "Sadaqah",
    "Youth Ministry",
    "Annual Dues",
    "Kiddush Fund",
]
SERVICE_TIMES = ["08:00", "09:30", "11:15", "18:00", "Jumu'ah 13:15", "Shabbat 10:00"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
LOCALES = ["en-US", "en-NG", "id-ID", "es-US", "en-US", "yo-NG"]
TIMEZONES = ["America/New_York", "America/Chicago", "Africa/Lagos", "Asia/Jakarta", "Asia/Makassar"]


def ip(f):
    return f.ipv4() if f.r.random() < 0.85 else f.ipv6()


# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: F):
    page = f.pick(["/give", "/events", "/prayer", "/groups", "/store", "/watch", "/plan-a-visit", "/"])
    host = f.pick(["gracefellowship.church", "rccgjesushouse.org", "alfalah.or.id", "bethshalom.org"])
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.facebook.com/", "https://www.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?utm_source=newsletter&utm_medium=email", "?campus=north", "?fund=tithe"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Give | Grace Fellowship", "Events", "Prayer Wall", "Watch Live", "Plan a Visit"]
                )
            ),
            "url": G(lambda f: f"https://{host}{page}"),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["easter_2024", "ramadan_giving", "high_holy_days", "back_to_church"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter", "instagram"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(lambda f: f.pick(["church near me", "masjid terdekat", "easter service times", ""])),
            "content": G(lambda f: f.pick(["video_a", "carousel", "textlink"])),
        }
    return ctx


def ios_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "FaithHub"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "io.faithhub.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 428, 375])),
            "height": G(lambda f: f.pick([844, 926, 667])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
    }


def android_context(f: F):
    ctx = {
        "app": {
            "name": G(lambda f: "FaithHub"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1"])),
            "build": G(lambda f: f.pick(["40201", "40310"])),
            "namespace": G(lambda f: "io.faithhub.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Xiaomi", "Google", "INFINIX"])),
            "model": G(
                lambda f: f.pick(["SM-A145F", "TECNO KI7", "Redmi Note 12", "Pixel 7a", "Infinix X6833B"])
            ),
            "name": G(lambda f: f.pick(["a14", "KI7", "tapas", "lynx"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["MTN NG", "Airtel", "Telkomsel", "Indosat Ooredoo", "T-Mobile", "Glo"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KI7 Build/SP1A.210812.016)",
                ]
            )
        ),
        "ip": Y(ip, "ip"),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(-8.0, 34.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-97.0, 112.0), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    return ctx


def rn_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "FaithHub"),
            "version": G(lambda f: "4.3.1"),
            "build": G(lambda f: "431"),
            "namespace": G(lambda f: "io.faithhub.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "TECNO CK7n"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "CK7n"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
        "traits": {
            "email": Y(new_person("email"), "email"),
            "firstName": Y(pf("first"), "name"),
            "memberId": G(lambda f: "M" + f.digits(6)),
        },
    }


def flutter_context(f: F):
    return {
        "app": {
            "name": G(lambda f: "Masjidku"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["58", "61"])),
            "namespace": G(lambda f: "id.masjidku.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "OPPO", "vivo", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-A055F", "CPH2591", "V2247", "23053RN02A"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1600), "density": G(lambda f: 2.0)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Telkomsel", "XL Axiata", "by.U"])),
        },
        "locale": G(lambda f: f.pick(["id-ID", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])),
        "ip": Y(ip, "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": "2.3.3",
    "analytics-node": "2.1.2",
    "analytics-go": "3.3.0",
    "analytics-java": "3.5.1",
    "analytics-ruby": "2.4.1",
    "analytics-php": "3.8.0",
    "analytics-csharp": "1.5.0",
}


def server_context(lib: str):
    def make(f: F):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: SERVER_VERSIONS[lib])}}
        if f.r.random() < 0.5:
            ctx["ip"] = Y(ip, "ip")
        if lib == "analytics-node" and f.r.random() < 0.5:
            ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib in ("analytics-go", "analytics-php") and f.r.random() < 0.5:
            ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
        return ctx

    return make


CONTEXTS = {
    "web": web_context,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k.split("-")[1]: server_context(k) for k in SERVER_VERSIONS},
}


# -- free text --------------------------------------------------------------------------------------


def prayer_request(f: F) -> str:
    first = f.first_()
    return f.pick(
        [
            f"Please pray for my mother {first}, she starts chemo next week.",
            f"Pray for {first} as he looks for a new job after the layoffs.",
            f"Journey mercies for my son {first} travelling to Abuja on Friday.",
            f"Thanksgiving! {first} and I are expecting our first baby in May.",
            f"Please pray for {first}'s salvation, we have been married 12 years.",
            f"Healing for {f.p['full']}, admitted at LUTH since Sunday.",
            f"Mohon doa untuk ibu saya, {first}, yang sedang dirawat di rumah sakit.",
            f"My daughter {first} has her bar exam on Tuesday, pray for peace.",
            f"Pray for {first} and the kids while we go through the divorce.",
            f"Doakan {first} supaya lulus ujian masuk kuliah.",
        ]
    )


def hospital_note(f: F) -> str:
    p = f.person()
    return f.pick(
        [
            f"Visited {p['full']}, recovering well after knee surgery. Wife asked for meals.",
            f"Prayed with {p['first']} and family in ICU. Follow up Thursday.",
            f"{p['full']} discharged, needs rides to physio for 3 weeks.",
            f"Brought communion to {p['first']}. In good spirits.",
            f"Sat with {p['first']}'s daughter, surgery went long.",
        ]
    )


def medical_note(f: F) -> str:
    return f.pick(
        [
            "Type 1 diabetic - snack in backpack",
            "Asthma, inhaler in front pocket",
            "ADHD, may need a break",
            "Epilepsy - see care plan on file",
            "Eczema, no hand sanitizer",
            "Autism, sensitive to loud noise",
            "Sickle cell trait, keep hydrated",
        ]
    )


# -- events -----------------------------------------------------------------------------------------


def product():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(lambda f: f.pick(["BK", "GF", "JD", "PR"]) + "-" + f.digits(5)),
        "name": G(
            lambda f: f.pick(
                [
                    "NIV Study Bible, Leather",
                    "The Holy Qur'an (Sahih International)",
                    "Koren Siddur",
                    "Prayer Mat - Velvet",
                    "Chiffon Hijab - Black",
                    "Wool Tallit",
                    "Easter Hoodie 2024",
                    "Suede Kippah",
                    "Tasbih 99 Beads",
                    "Jesus Calling Devotional",
                ]
            )
        ),
        "brand": G(lambda f: f.pick(["Zondervan", "Darussalam", "Koren", "Grace Store", "Al-Hidayah"])),
        "category": G(lambda f: f.pick(["Books", "Apparel", "Prayer Items", "Gifts"])),
        "variant": G(lambda f: f.pick(["Black", "M", "Large Print", "Green", "One Size"])),
        "price": G(money(5, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "url": G(lambda f: f"https://store.gracefellowship.church/p/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.shopify.com/s/files/1/0{f.digits(3)}/{f.hexid(8)}.jpg"),
    }


def person_block(region=None):
    return {
        "first_name": Y(new_person("first", region), "name"),
        "last_name": Y(pf("last"), "name"),
        "email": Y(pf("email"), "email"),
        "phone": Y(pf("phone"), "phone"),
    }


EVENTS = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["ios", "android", "web", "rn"],
        {
            "firstName": Y(new_person("first"), "name"),
            "lastName": Y(pf("last"), "name"),
            "email": Y(pf("email"), "email"),
            "phone": Y(pf("phone"), "phone"),
            "birthday": Y(lambda f: f.date(1940, 2008), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "address": {
                "street": Y(new_address("line1"), "address|street"),
                "city": Y(af("city"), "city"),
                "state": G(af("state")),
                "postalCode": Y(af("postal"), "zipcode"),
                "country": G(af("country")),
            },
            "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed", "divorced"])),
            "membershipStatus": G(lambda f: f.pick(["member", "regular attender", "visitor", "guest"])),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Online", "Lekki", "Kemang"])),
            "createdAt": G(lambda f: f.iso()),
            "householdId": G(lambda f: "hh_" + f.digits(7)),
            "householdRole": G(lambda f: f.pick(["head", "spouse", "child", "other"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: f"https://faithhub-avatars.s3.amazonaws.com/u/{f.hexid(12)}.jpg", "photo"),
            "baptized": Y(lambda f: f.pick([True, False]), "religion"),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(16, 84)),
            "givingTier": G(lambda f: f.pick(["first_time", "regular", "recurring", "lapsed"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(new_person("first"), "name"),
            "LAST_NAME": Y(pf("last"), "name"),
            "EMAIL": Y(pf("email"), "email"),
            "MOBILE_PHONE": Y(pf("phone"), "phone"),
            "ZIP_CODE": Y(lambda f: f.address()["postal"], "zipcode"),
            "LIFETIME_GIVING_USD": G(money(0, 40000)),
            "LAST_GIFT_DATE": G(lambda f: f.date(2022, 2024)),
            "HOUSEHOLD_ID": G(lambda f: f.digits(7)),
            "DONOR_SEGMENT": G(lambda f: f.pick(["MAJOR", "MID", "ENTRY", "LAPSED"])),
            "IS_MEMBER": G(lambda f: f.pick([True, False])),
            "FIRST_VISIT_DATE": G(lambda f: f.date(2010, 2024)),
            "GIFTS_LAST_12M": G(lambda f: f.r.randint(0, 52)),
            "RFM_SCORE": G(lambda f: f.pick(["555", "431", "211", "345"])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["go", "flutter"],
        {
            "nama_lengkap": Y(lambda f: f.full_("id"), "name"),
            "no_hp": Y(pf("phone"), "phone"),
            "email": Y(pf("email"), "email"),
            "jenis_kelamin": Y(lambda f: f.pick(["L", "P", "Laki-laki", "Perempuan"]), "gender"),
            "tanggal_lahir": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "alamat": Y(lambda f: f.address("id")["line1"], "address|street"),
            "kota": Y(af("city"), "city"),
            "provinsi": G(af("state")),
            "kode_pos": Y(af("postal"), "zipcode"),
            "pekerjaan": G(
                lambda f: f.pick(["Guru", "Wiraswasta", "PNS", "Karyawan Swasta", "Ibu Rumah Tangga"])
            ),
            "status_pernikahan": G(lambda f: f.pick(["Menikah", "Belum Menikah", "Cerai"])),
            "nik": RED(lambda f: f.nik(), "national id"),
            "mazhab": Y(lambda f: f.pick(["Syafi'i", "Hanafi", "Maliki"]), "religion"),
            "mualaf": Y(lambda f: f.pick([True, False]), "religion"),
            "masjid_id": G(lambda f: f.r.randint(100, 4999)),
            "tanggal_daftar": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["csharp"],
        {
            "NickName": Y(new_person("first", "us"), "name"),
            "LastName": Y(pf("last"), "name"),
            "Email": Y(pf("email"), "email"),
            "MobilePhone": Y(pf("phone"), "phone"),
            "BirthDate": Y(lambda f: f.date(1940, 2010) + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick([0, 1, 2]), "gender"),
            "ConnectionStatusValue": G(lambda f: f.pick(["Member", "Attendee", "Visitor", "Participant"])),
            "RecordStatusValue": G(lambda f: f.pick(["Active", "Pending", "Inactive"])),
            "PrimaryCampusId": G(lambda f: f.r.randint(1, 6)),
            "PersonGuid": G(lambda f: f.uuid()),
            "PrimaryAliasId": G(lambda f: f.r.randint(1000, 99999)),
            "RaceValue": Y(
                lambda f: f.pick(["Black or African American", "White", "Asian", "Hispanic or Latino"]),
                "race",
            ),
            "EthnicityValue": Y(
                lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"
            ),
            "GraduationYear": G(lambda f: f.pick([None, 2026, 2027, 2031])),
            "MilitaryVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "PhotoUrl": Y(
                lambda f: f"https://rock.gracefellowship.church/GetImage.ashx?id={f.r.randint(1000, 99999)}",
                "photo",
            ),
            "ModifiedDateTime": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(CONGREGATIONS)),
            "plan": G(lambda f: f.pick(["Starter", "Growth", "Multi-site"])),
            "industry": G(lambda f: "Religious Organizations"),
            "employees": G(lambda f: f.r.randint(3, 180)),
            "website": G(
                lambda f: f.pick(
                    ["https://gracefellowship.church", "https://alfalah.or.id", "https://bethshalom.org"]
                )
            ),
            "createdAt": G(lambda f: f.iso()),
            "denomination": G(
                lambda f: f.pick(["Baptist", "Pentecostal", "Sunni", "Reform", "Methodist", "Anglican"])
            ),
            "officeEmail": G(
                lambda f: f.pick(
                    ["office@gracefellowship.church", "info@alfalah.or.id", "admin@bethshalom.org"]
                )
            ),
            "officePhone": G(lambda f: f.pick(["+1 404-555-0142", "+234 1 280 6543", "+62 22 2034 567"])),
            "campusAddress": {
                "street": G(
                    lambda f: f.pick(["1200 Peachtree St NE", "Plot 5 Ajose Adeogun St", "Jl. Dago No. 12"])
                ),
                "city": G(lambda f: f.pick(["Atlanta", "Lagos", "Bandung"])),
                "country": G(lambda f: f.pick(["US", "NG", "ID"])),
            },
            "leadPastor": Y(
                lambda f: f.pick(
                    [
                        "Rev. " + f.full_("us"),
                        "Pastor " + f.full_("ng"),
                        "Ustadz " + f.full_("id"),
                        "Rabbi " + f.full_("us"),
                    ]
                ),
                "name",
            ),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "memberCount": G(lambda f: f.r.randint(40, 12000)),
        },
    ),
    ("alias", None, ["ios", "web"], None),
    (
        "page",
        "Give",
        ["web"],
        {
            "path": G(lambda f: "/give"),
            "url": G(
                lambda f: f.pick(
                    ["https://gracefellowship.church/give", "https://rccgjesushouse.org/give?fund=tithe"]
                )
            ),
            "title": G(lambda f: "Give Online"),
            "referrer": G(lambda f: f.pick(["", "https://gracefellowship.church/"])),
            "search": G(lambda f: f.pick(["", "?fund=tithe", "?campus=north"])),
        },
    ),
    (
        "page",
        "Plan a Visit",
        ["web"],
        {
            "path": G(lambda f: "/plan-a-visit"),
            "url": G(lambda f: "https://gracefellowship.church/plan-a-visit"),
            "title": G(lambda f: "Plan a Visit"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
            "search": G(lambda f: ""),
        },
    ),
    (
        "screen",
        "Prayer Wall",
        ["ios", "android"],
        {
            "screen_class": G(lambda f: f.pick(["PrayerWallViewController", "PrayerWallFragment"])),
            "tab": G(lambda f: f.pick(["recent", "mine", "answered"])),
        },
    ),
    (
        "screen",
        "Jadwal Sholat",
        ["flutter"],
        {
            "screen_class": G(lambda f: "PrayerTimesPage"),
            "tab": G(lambda f: f.pick(["hari_ini", "bulanan"])),
        },
    ),
    # -- giving -----------------------------------------------------------------------------------
    (
        "track",
        "Donation Completed",
        ["web", "ios", "android", "rn"],
        {
            "donation_id": G(lambda f: "don_" + f.hexid(16)),
            "amount": G(gift_amount),
            "currency": G(currency),
            "fund": G(lambda f: f.pick(FUNDS)),
            "frequency": G(lambda f: f.pick(["one_time", "weekly", "biweekly", "monthly"])),
            "payment_method": G(lambda f: f.pick(["card", "ach", "apple_pay", "google_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "payment_method_id": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "cover_fees": G(lambda f: f.pick([True, False])),
            "fee_amount": G(money(0.3, 12)),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Online", "Lekki", "Kemang"])),
            "receipt_email": Y(new_person("email"), "email"),
            "dedication": Y(
                lambda f: (
                    f.pick(["In honor of ", "Celebrating ", "For ", "Given in thanks for "]) + f.full_()
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Recurring Gift Created",
        ["node"],
        {
            "recurring_gift_id": G(lambda f: "rg_" + f.digits(8)),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "subscription_id": G(lambda f: "sub_1" + f.hexid(23)),
            "interval": G(lambda f: f.pick(["week", "month"])),
            "interval_count": G(lambda f: f.pick([1, 2])),
            "next_charge_date": G(lambda f: f.date(2024, 2025)),
            "amount": G(gift_amount),
            "currency": G(currency),
            "fund": G(lambda f: f.pick(FUNDS)),
            "payment_method_id": RED(lambda f: "pm_1" + f.hexid(23), "token"),
            "donor": person_block(),
        },
    ),
    (
        "track",
        "Recurring Gift Failed",
        ["node"],
        {
            "recurring_gift_id": G(lambda f: "rg_" + f.digits(8)),
            "failure_code": G(lambda f: f.pick(["card_declined", "expired_card", "insufficient_funds"])),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "billing_details": {
                "name": Y(new_person("full", "us"), "name"),
                "email": Y(pf("email"), "email"),
                "address": {
                    "line1": Y(new_address("line1", "us"), "address|street"),
                    "postal_code": Y(af("postal"), "zipcode"),
                    "country": G(af("country")),
                },
            },
        },
    ),
    (
        "track",
        "Paystack Charge Success",
        ["php"],
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: int(f.digits(10))),
                "status": G(lambda f: "success"),
                "reference": G(lambda f: f.pick(["T", "PSK_"]) + f.digits(15)),
                "amount": G(lambda f: f.pick([500000, 1000000, 2500000, 150000])),
                "currency": G(lambda f: "NGN"),
                "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "paid_at": G(lambda f: f.iso()),
                "authorization": {
                    "authorization_code": RED(lambda f: "AUTH_" + f.hexid(10), "token"),
                    "bin": G(lambda f: f.pick(["539983", "408408", "506099", "418742"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["visa ", "mastercard ", "verve "])),
                    "bank": G(lambda f: f.pick(["Guaranty Trust Bank", "Access Bank", "Zenith Bank"])),
                    "country_code": G(lambda f: "NG"),
                    "reusable": G(lambda f: True),
                    "signature": G(lambda f: "SIG_" + f.hexid(20)),
                },
                "customer": {
                    "id": G(lambda f: int(f.digits(8))),
                    "first_name": Y(new_person("first", "ng"), "name"),
                    "last_name": Y(pf("last"), "name"),
                    "email": Y(pf("email"), "email"),
                    "customer_code": G(lambda f: "CUS_" + f.hexid(15)),
                    "phone": Y(pf("phone"), "phone"),
                },
                "metadata": {
                    "fund": G(lambda f: f.pick(["Tithe", "Thanksgiving", "Building Fund", "Missions"])),
                    "custom_fields": Many(
                        {
                            "display_name": G(lambda f: "Membership Number"),
                            "variable_name": G(lambda f: "membership_number"),
                            "value": G(lambda f: "RCCG/" + f.digits(5)),
                        },
                        1,
                    ),
                },
            },
        },
    ),
    (
        "track",
        "Bank Transfer Received",
        ["java"],
        {
            "session_id": G(lambda f: "0000" + f.digits(26)),
            "amount": G(gift_amount),
            "currency": G(lambda f: "NGN"),
            "sender_account_number": RED(lambda f: f.nuban(f.new_bank()[0]), "bank account"),
            "sender_account_name": Y(new_person("full", "ng"), "name"),
            "sender_bank_code": G(lambda f: f.bank[0]),
            "sender_bank_name": G(lambda f: f.bank[1]),
            "narration": Y(
                lambda f: (
                    f.pick(["TITHE", "OFFERING", "FT", "NIP/THANKSGIVING", "SEED"])
                    + " FROM "
                    + f.p["full"].upper()
                ),
                "name",
                True,
            ),
            "beneficiary_account_number": G(lambda f: f.pick(["0123456789", "1013579246"])),
            "beneficiary_account_name": G(
                lambda f: f.pick(["RCCG JESUS HOUSE LAGOS - TITHES", "LIVING FAITH CHURCH ABUJA"])
            ),
            "transaction_date": G(lambda f: f.iso()),
            "fund": G(lambda f: f.pick(FUNDS)),
        },
    ),
    (
        "track",
        "Zakat Dibayarkan",
        ["go"],
        {
            "kode_transaksi": G(lambda f: "ZKT-" + f.digits(10)),
            "jenis_zakat": G(lambda f: f.pick(["fitrah", "mal", "profesi"])),
            "nominal": G(lambda f: f.pick([45000, 90000, 135000, 2500000, 750000])),
            "mata_uang": G(lambda f: "IDR"),
            "jumlah_jiwa": G(lambda f: f.r.randint(1, 7)),
            "nama_muzakki": Y(lambda f: f.full_("id"), "name"),
            "no_hp": Y(pf("phone"), "phone"),
            "email": Y(pf("email"), "email"),
            "atas_nama": Many(Y(lambda f: f.person("id")["full"], "name"), 4),
            "npwp": RED(lambda f: f.npwp(), "national id"),
            "penghasilan_bulanan": Y(lambda f: f.pick([4500000, 7800000, 12000000, 25000000]), "salary"),
            "metode_pembayaran": G(lambda f: f.pick(["qris", "transfer_bank", "gopay", "tunai"])),
            "masjid_id": G(lambda f: f.r.randint(100, 4999)),
        },
    ),
    (
        "track",
        "Midtrans Notification Received",
        ["go"],
        {
            "transaction_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "INF-" + f.digits(8)),
            "gross_amount": G(lambda f: f.pick(["50000.00", "100000.00", "250000.00", "1000000.00"])),
            "payment_type": G(lambda f: f.pick(["bank_transfer", "gopay", "qris", "echannel"])),
            "transaction_status": G(lambda f: f.pick(["settlement", "pending", "expire"])),
            "fraud_status": G(lambda f: "accept"),
            "status_code": G(lambda f: f.pick(["200", "201", "407"])),
            "signature_key": G(lambda f: f.hexid(128)),
            "settlement_time": G(lambda f: f.iso()[:19].replace("T", " ")),
            "va_numbers": Many(
                {"bank": G(lambda f: f.pick(["bca", "bni", "bri"])), "va_number": G(lambda f: f.digits(11))},
                1,
            ),
            "currency": G(lambda f: "IDR"),
        },
    ),
    (
        "track",
        "Snap Token Requested",
        ["node"],
        {
            "transaction_details": {
                "order_id": G(lambda f: "INF-" + f.digits(8)),
                "gross_amount": G(lambda f: f.pick([50000, 100000, 250000])),
            },
            "customer_details": person_block("id"),
            "item_details": Many(
                {
                    "id": G(lambda f: f.pick(["infaq-jumat", "wakaf-quran", "zakat-fitrah"])),
                    "price": G(lambda f: f.pick([50000, 45000, 100000])),
                    "quantity": G(lambda f: f.r.randint(1, 5)),
                    "name": G(lambda f: f.pick(["Infaq Jumat", "Wakaf Al-Qur'an", "Zakat Fitrah"])),
                },
                2,
            ),
            "snap_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Zakat Calculated",
        ["flutter"],
        {
            "gold_price_per_gram": G(lambda f: f.pick([1150000, 1187000, 1203000])),
            "nisab": G(lambda f: f.pick([97750000, 100895000])),
            "total_savings": G(lambda f: f.r.randint(0, 500) * 1000000),
            "gold_grams": G(lambda f: f.pick([0, 10, 25, 85, 120])),
            "annual_income": Y(lambda f: f.r.randint(30, 900) * 1000000, "salary"),
            "zakat_due": G(lambda f: f.r.randint(0, 20) * 250000),
            "haul_complete": G(lambda f: f.pick([True, False])),
            "currency": G(lambda f: "IDR"),
        },
    ),
    (
        "track",
        "Text To Give Received",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(
                lambda f: f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}",
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+14045550142", "+18885550199"])),
            "Body": G(
                lambda f: f.pick(["Give 50", "50 tithe", "GIVE 25 building", "100", "give 20 missions"])
            ),
            "FromCity": Y(lambda f: f.pick(US_CITIES)[0].upper(), "city"),
            "FromState": G(lambda f: f.pick(US_CITIES)[1]),
            "FromZip": Y(lambda f: f"{f.r.randint(10001, 98999):05d}", "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "NumSegments": G(lambda f: "1"),
            "parsed_amount": G(lambda f: f.pick([20, 25, 50, 100])),
            "fund": G(lambda f: f.pick(FUNDS)),
        },
    ),
    (
        "track",
        "Giving Statement Emailed",
        ["go"],
        {
            "statement_year": G(lambda f: f.pick([2022, 2023])),
            "recipient": Y(lambda f: f.person()["email"], "email", True),
            "total_given": G(money(20, 30000)),
            "gift_count": G(lambda f: f.r.randint(1, 60)),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.faithhub.io>"),
            "template": G(lambda f: f.pick(["annual_statement_v3", "zakat_receipt"])),
            "reply_to": G(lambda f: f.pick(["giving@gracefellowship.church", "no-reply@faithhub.io"])),
        },
    ),
    (
        "track",
        "Kiosk Card Declined",
        ["php"],
        {
            "kiosk_id": G(lambda f: "KSK-" + f.digits(3)),
            "cc_number": RED(lambda f: f.card(), "credit card"),
            "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(25, 30)}"),
            "avs_result": G(lambda f: f.pick(["Y", "N", "Z"])),
            "cvv2_match": G(lambda f: f.pick(["M", "N"])),
            "response_code": G(lambda f: f.pick(["05", "51", "54"])),
            "amount": G(gift_amount),
        },
    ),
    # -- prayer, groups, classes --------------------------------------------------------------------
    (
        "track",
        "Prayer Request Submitted",
        ["ios", "android", "web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "request": Y(prayer_request, "name", True),
            "category": G(
                lambda f: f.pick(["healing", "family", "work", "thanksgiving", "guidance", "travel"])
            ),
            "prayer_for": G(lambda f: f.pick(["myself", "family member", "friend", "coworker"])),
            "is_confidential": G(lambda f: f.pick([True, False])),
            "share_with": G(lambda f: f.pick(["pastors_only", "prayer_team", "public_wall"])),
            "char_count": G(lambda f: f.r.randint(30, 240)),
            "requester_name": Y(new_person("full"), "name"),
            "allow_contact": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Directory Searched",
        ["rn", "ios"],
        {
            "q": Y(lambda f: f.pick([f.first_(), f.full_(), f.person()["last"]]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filter": G(lambda f: f.pick(["all", "my_group", "staff"])),
            "directory_scope": G(lambda f: f.pick(["campus", "church"])),
        },
    ),
    (
        "track",
        "Sermons Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(
                    ["forgiveness", "Romans 8", "ramadan", "marriage series", "parsha noach", "anxiety"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 40)),
            "sort": G(lambda f: f.pick(["newest", "relevance"])),
        },
    ),
    (
        "track",
        "Small Group Joined",
        ["ios", "android"],
        {
            "group_id": G(lambda f: f.r.randint(1000, 9999)),
            "group_name": G(
                lambda f: f.pick(
                    [
                        "Young Adults Eastside",
                        "Men's Breakfast",
                        "Halaqah Pemuda",
                        "Couples Connect",
                        "Torah Study",
                    ]
                )
            ),
            "category": G(lambda f: f.pick(["life_group", "bible_study", "halaqah", "study"])),
            "meeting_day": G(lambda f: f.pick(["Tuesday", "Wednesday", "Saturday"])),
            "meeting_time": G(lambda f: f.pick(["19:00", "07:00", "18:30"])),
            "host_address": Y(lambda f: f.one_line_address(), "address"),
            "leader_name": Y(new_person("full"), "name"),
            "leader_phone": Y(pf("phone"), "phone"),
            "childcare_available": G(lambda f: f.pick([True, False])),
            "capacity": G(lambda f: f.r.randint(8, 20)),
            "members_count": G(lambda f: f.r.randint(2, 20)),
            "is_online": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Class Enrolled",
        ["web"],
        {
            "class_id": G(lambda f: "cls_" + f.digits(5)),
            "class_name": G(
                lambda f: f.pick(
                    [
                        "Alpha Course",
                        "Tahsin Al-Qur'an",
                        "Hebrew School Level 2",
                        "Financial Peace",
                        "Membership 101",
                    ]
                )
            ),
            "instructor_name": Y(new_person("full"), "name"),
            "instructor_email": Y(
                lambda f: f.p["first"].lower().replace(" ", "") + "@gracefellowship.church", "email"
            ),
            "start_date": G(lambda f: f.date(2024, 2024)),
            "sessions": G(lambda f: f.pick([4, 6, 8, 10])),
            "price": G(lambda f: f.pick([0, 25, 40])),
            "seats_left": G(lambda f: f.r.randint(0, 30)),
            "enrollment_id": G(lambda f: f.uuid()),
            "level": G(lambda f: f.pick(["beginner", "intermediate"])),
        },
    ),
    # -- children ---------------------------------------------------------------------------------
    (
        "track",
        "Child Checked In",
        ["android", "ios"],
        {
            "checkin_id": G(lambda f: "chk_" + f.hexid(12)),
            "child": {
                "first_name": Y(new_person("first"), "name"),
                "last_name": Y(pf("last"), "name"),
                "birthdate": Y(lambda f: f.date(2012, 2023), "birthdate"),
                "grade": G(lambda f: f.pick(["Pre-K", "K", "1st", "2nd", "3rd", "4th", "5th"])),
                "age": G(lambda f: f.r.randint(1, 11)),
                "allergies": Many(
                    Y(
                        lambda f: f.pick(["peanuts", "tree nuts", "dairy", "eggs", "gluten", "bee stings"]),
                        "allergy",
                    ),
                    2,
                ),
                "medical_notes": Y(medical_note, "condition|diagnosis"),
                "medications": Many(
                    Y(
                        lambda f: f.pick(["albuterol inhaler", "EpiPen Jr", "insulin", "methylphenidate"]),
                        "medication",
                    ),
                    1,
                ),
                "has_special_needs": RED(lambda f: f.pick([True, False]), "disability"),
                "epi_pen_required": Y(lambda f: f.pick([True, False]), "allergy|condition"),
                "photo_url": Y(lambda f: f"https://checkin-photos.faithhub.io/{f.uuid()}.jpg", "photo"),
            },
            "guardian": {
                "name": Y(new_person("full"), "name"),
                "phone": Y(pf("phone"), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "aunt"])),
            },
            "room": G(lambda f: f.pick(["Nursery A", "Room 104", "Kids Zone", "Ruang TPA"])),
            "security_code": RED(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)), "token"
            ),
            "label_count": G(lambda f: f.pick([2, 3])),
            "kiosk_id": G(lambda f: "KSK-" + f.digits(3)),
            "checked_in_at": G(lambda f: f.iso()),
            "service_time": G(lambda f: f.pick(SERVICE_TIMES)),
        },
    ),
    (
        "track",
        "Name Tag Printed",
        ["android"],
        {
            "label_text": Y(
                lambda f: f.first_() + ("" if f.p["last"] == f.p["first"] else f" {f.p['last'][0]}."),
                "name",
                True,
            ),
            "printer_id": G(lambda f: "DYMO-" + f.digits(4)),
            "template": G(lambda f: f.pick(["child_tag", "parent_receipt", "volunteer_badge"])),
            "copies": G(lambda f: f.pick([1, 2])),
        },
    ),
    (
        "track",
        "Kiosk Lookup",
        ["android"],
        {
            "input": Y(lambda f: f.anyphone(), "phone", True),
            "search_type": G(lambda f: "phone"),
            "matches": G(lambda f: f.r.randint(0, 3)),
            "kiosk_id": G(lambda f: "KSK-" + f.digits(3)),
            "duration_ms": G(lambda f: f.r.randint(300, 9000)),
        },
    ),
    (
        "track",
        "Child Checked Out",
        ["android"],
        {
            "checkin_id": G(lambda f: "chk_" + f.hexid(12)),
            "security_code": RED(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)), "token"
            ),
            "picked_up_by": Y(lambda f: f.full_(), "name", True),
            "verified": G(lambda f: f.pick([True, False])),
            "duration_minutes": G(lambda f: f.r.randint(60, 150)),
        },
    ),
    # -- volunteers and staff -----------------------------------------------------------------------
    (
        "track",
        "Volunteer Shift Scheduled",
        ["web", "ios"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "team": G(
                lambda f: f.pick(["Ushers", "Kids Ministry", "Parking", "Worship", "Hospitality", "Media"])
            ),
            "position": G(lambda f: f.pick(["Greeter", "Camera 2", "Check-in Desk", "Lot Attendant"])),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "location": G(lambda f: f.pick(["Main Lobby", "Room 104", "Parking Lot B", "Auditorium"])),
            "volunteer_name": Y(new_person("full"), "name"),
            "volunteer_email": Y(pf("email"), "email"),
            "notes": G(
                lambda f: f.pick(
                    [
                        "Bring extension cords",
                        "Arrive 30 min early",
                        "",
                        "Wear team shirt",
                        "Cover for the 9:30 team",
                    ]
                )
            ),
            "reminder_channel": G(lambda f: f.pick(["sms", "email", "push"])),
            "is_recurring": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Background Check Candidate Created",
        ["ruby"],
        {
            "type": G(lambda f: "candidate.created"),
            "candidate": {
                "id": G(lambda f: f.hexid(24)),
                "first_name": Y(new_person("first", "us"), "name"),
                "last_name": Y(pf("last"), "name"),
                "email": Y(pf("email"), "email"),
                "phone": Y(pf("phone"), "phone"),
                "dob": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "ssn": RED(lambda f: f.masked_ssn(), "social security number"),
                "zipcode": Y(lambda f: f"{f.r.randint(10001, 98999):05d}", "zipcode"),
                "driver_license_number": Y(
                    lambda f: f.pick(["D", "S", ""]) + f.digits(f.pick([7, 8, 9])), "license"
                ),
                "driver_license_state": G(lambda f: f.pick([s for _, s in US_CITIES])),
                "no_middle_name": G(lambda f: f.pick([True, False])),
                "copy_requested": G(lambda f: f.pick([True, False])),
                "work_locations": Many(
                    {
                        "country": G(lambda f: "US"),
                        "state": G(lambda f: f.pick(["GA", "TX"])),
                        "city": G(lambda f: f.pick(["Atlanta", "Houston"])),
                    },
                    1,
                ),
            },
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["ruby"],
        {
            "type": G(lambda f: "report.completed"),
            "report": {
                "id": G(lambda f: f.hexid(24)),
                "status": G(lambda f: "complete"),
                "result": Y(lambda f: f.pick(["clear", "clear", "consider"]), "criminal record"),
                "package": G(lambda f: f.pick(["tasker_standard", "driver_pro", "basic_plus"])),
                "candidate_id": G(lambda f: f.hexid(24)),
                "created_at": G(lambda f: f.iso()),
                "completed_at": G(lambda f: f.iso()),
                "turnaround_time": G(lambda f: f.r.randint(3600, 400000)),
            },
        },
    ),
    (
        "track",
        "Staff Member Added",
        ["csharp"],
        {
            "StaffId": G(lambda f: f.r.randint(100, 999)),
            "FullName": Y(new_person("full"), "name"),
            "WorkEmail": Y(lambda f: f.work_email("gracefellowship.church"), "email"),
            "PersonalEmail": Y(pf("email"), "email"),
            "MobilePhone": Y(pf("phone"), "phone"),
            "JobTitle": G(
                lambda f: f.pick(
                    [
                        "Youth Pastor",
                        "Worship Director",
                        "Imam",
                        "Cantor",
                        "Office Manager",
                        "Facilities Lead",
                    ]
                )
            ),
            "Department": G(lambda f: f.pick(["Ministry", "Operations", "Finance"])),
            "HireDate": G(lambda f: f.date(2015, 2024)),
            "EmploymentType": G(lambda f: f.pick(["FullTime", "PartTime", "Contract"])),
            "AnnualSalary": Y(lambda f: f.r.randint(28, 140) * 1000, "salary"),
            "HousingAllowance": Y(lambda f: f.r.randint(0, 36) * 1000, "salary"),
            "RequiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "WorkAuthorization": RED(
                lambda f: f.pick(["US Citizen", "Permanent Resident", "R-1 Religious Worker", "H-1B"]), "visa"
            ),
            "EmergencyContact": {
                "Name": Y(new_person("full"), "name"),
                "Phone": Y(pf("phone"), "phone"),
                "Relationship": G(lambda f: f.pick(["Spouse", "Parent", "Sibling"])),
            },
            "W4FilingStatus": G(lambda f: f.pick(["Single", "MarriedFilingJointly", "HeadOfHousehold"])),
            "ManagerId": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    (
        "track",
        "Payroll Deposit Updated",
        ["csharp"],
        {
            "StaffId": G(lambda f: f.r.randint(100, 999)),
            "RoutingNumber": G(lambda f: f.pick(ROUTING)),
            "AccountNumber": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "AccountType": G(lambda f: f.pick(["Checking", "Savings"])),
            "SsnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "EffectiveDate": G(lambda f: f.date(2024, 2024)),
            "ChangedByUserId": G(lambda f: f.r.randint(100, 999)),
        },
    ),
    # -- registrations ------------------------------------------------------------------------------
    (
        "track",
        "Event Registered",
        ["web"],
        {
            "event_id": G(lambda f: f.r.randint(10000, 99999)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Easter Egg Hunt",
                        "Eid al-Fitr Dinner",
                        "Shabbat Dinner",
                        "Holy Ghost Congress",
                        "Women's Retreat 2024",
                    ]
                )
            ),
            "event_date": G(lambda f: f.date(2024, 2024)),
            "venue": {
                "name": G(
                    lambda f: f.pick(
                        ["Fellowship Hall", "Redemption Camp", "Masjid Al-Falah Aula", "Temple Social Hall"]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        ["1200 Peachtree St NE", "Km 46 Lagos-Ibadan Expressway", "Jl. Dago No. 12"]
                    )
                ),
                "city": G(lambda f: f.pick(["Atlanta", "Mowe", "Bandung"])),
                "state": G(lambda f: f.pick(["GA", "Ogun", "Jawa Barat"])),
            },
            "ticket_type": G(lambda f: f.pick(["adult", "child", "family", "free"])),
            "quantity": G(lambda f: f.r.randint(1, 6)),
            "total": G(lambda f: f.pick([0, 15, 40, 75])),
            "attendees": Many(
                {
                    "first_name": Y(new_person("first"), "name"),
                    "last_name": Y(pf("last"), "name"),
                    "age": G(lambda f: f.r.randint(3, 80)),
                    "email": Y(pf("email"), "email"),
                    "tshirt_size": G(lambda f: f.pick(["YS", "YM", "S", "M", "L", "XL"])),
                    "food_allergies": Y(
                        lambda f: f.pick(["none", "peanuts", "shellfish", "gluten", "dairy"]), "allergy"
                    ),
                },
                4,
            ),
            "emergency_contact": {"name": Y(new_person("full"), "name"), "phone": Y(pf("phone"), "phone")},
            "registration_id": G(lambda f: "REG-" + f.digits(7)),
            "promo_code": G(lambda f: f.pick(["", "EARLYBIRD", "FAMILY10"])),
        },
    ),
    (
        "track",
        "Umrah Trip Registered",
        ["flutter"],
        {
            "paket": G(lambda f: f.pick(["Umrah Reguler 9 Hari", "Umrah Plus Turki", "Umrah Ramadhan"])),
            "tanggal_keberangkatan": G(lambda f: f.date(2024, 2025)),
            "nama_sesuai_paspor": Y(lambda f: f.full_("id").upper(), "name"),
            "nomor_paspor": RED(lambda f: f.passport("id"), "passport"),
            "masa_berlaku_paspor": G(lambda f: f.date(2025, 2034)),
            "kewarganegaraan": Y(lambda f: f.pick(["Indonesia", "WNI", "Malaysia"]), "citizenship"),
            "tempat_lahir": Y(lambda f: f.pick(ID_CITIES)[0], "city"),
            "nama_mahram": Y(lambda f: f.full_("id"), "name"),
            "hubungan_mahram": G(lambda f: f.pick(["suami", "ayah", "kakak", "anak"])),
            "tipe_kamar": G(lambda f: f.pick(["quad", "triple", "double"])),
            "biaya": G(lambda f: f.pick([29500000, 34900000, 42000000])),
            "nik": RED(lambda f: f.nik(), "national id"),
        },
    ),
    (
        "track",
        "Mission Trip Application Submitted",
        ["web"],
        {
            "trip_id": G(lambda f: "trip_" + f.digits(4)),
            "destination": G(lambda f: f.pick(["Guatemala City", "Nairobi", "Port-au-Prince", "Manila"])),
            "passport_number": RED(lambda f: f.passport(), "passport"),
            "passport_expiration": G(lambda f: f.date(2025, 2034)),
            "nationality": Y(
                lambda f: f.pick(["American", "Nigerian", "Indonesian", "Ghanaian"]), "citizenship"
            ),
            "date_of_birth": Y(lambda f: f.date(1955, 2008), "birthdate"),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "has_traveled_abroad": G(lambda f: f.pick([True, False])),
            "fundraising_goal": G(lambda f: f.pick([1800, 2400, 3200])),
            "emergency_contact_phone": Y(lambda f: f.anyphone(), "phone"),
            "medical_conditions": Y(
                lambda f: f.pick(["asthma", "type 2 diabetes", "none", "hypertension", "celiac disease"]),
                "condition",
            ),
        },
    ),
    (
        "track",
        "Khitanan Massal Registered",
        ["php"],
        {
            "nama_anak": Y(lambda f: f.full_("id"), "name"),
            "tanggal_lahir_anak": Y(lambda f: f.date(2014, 2020), "birthdate"),
            "usia": G(lambda f: f.r.randint(4, 10)),
            "nama_orang_tua": Y(lambda f: f.full_("id"), "name"),
            "no_hp_orang_tua": Y(pf("phone"), "phone"),
            "alamat": Y(lambda f: f.one_line_address("id"), "address"),
            "no_bpjs": RED(lambda f: "0000" + f.digits(9), "health id"),
            "riwayat_alergi": Y(
                lambda f: f.pick(["tidak ada", "obat bius", "antibiotik", "udang"]), "allergy"
            ),
            "metode": Y(lambda f: f.pick(["laser", "konvensional", "klamp"]), "procedure"),
            "sesi": G(lambda f: f.pick(["pagi", "siang"])),
            "nomor_antrian": G(lambda f: f.r.randint(1, 150)),
        },
    ),
    (
        "track",
        "Membership Form Submitted",
        ["java"],
        {
            "surname": Y(new_person("last", "ng"), "name"),
            "other_names": Y(pf("first"), "name"),
            "phone": Y(pf("phone"), "phone"),
            "email": Y(pf("email"), "email"),
            "nin": RED(lambda f: f.nin(), "national id"),
            "date_of_birth": Y(lambda f: f.date(1950, 2006), "birthdate"),
            "state_of_origin": G(lambda f: f.pick(["Ogun", "Anambra", "Kaduna", "Imo", "Oyo", "Kano"])),
            "lga": G(lambda f: f.pick(["Ikeja", "Nsukka", "Zaria", "Owerri North", "Ibadan North"])),
            "tribe": Y(lambda f: f.pick(["Yoruba", "Igbo", "Hausa", "Ijaw", "Edo", "Tiv"]), "ethnicity"),
            "occupation": G(lambda f: f.pick(["Banker", "Civil Servant", "Trader", "Engineer", "Student"])),
            "employer": G(
                lambda f: f.pick(["GTBank", "Dangote Group", "Federal Ministry of Health", "Self-employed"])
            ),
            "marital_status": G(lambda f: f.pick(["Married", "Single", "Widowed"])),
            "department": G(
                lambda f: f.pick(["Choir", "Ushering", "Protocol", "Children Church", "Sanctuary"])
            ),
            "residential_address": Y(lambda f: f.one_line_address("ng"), "address"),
            "baptized_by_immersion": Y(lambda f: f.pick([True, False]), "religion"),
            "holy_spirit_baptism": Y(lambda f: f.pick([True, False]), "religion"),
            "next_of_kin": {
                "name": Y(new_person("full", "ng"), "name"),
                "phone": Y(pf("phone"), "phone"),
                "relationship": G(lambda f: f.pick(["Spouse", "Brother", "Mother"])),
            },
        },
    ),
    (
        "track",
        "Dues Paid",
        ["web"],
        {
            "member_number": G(lambda f: f.digits(6)),
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "dues_tier": G(lambda f: f.pick(["family", "single", "young_adult", "senior"])),
            "amount": G(lambda f: f.pick([900, 1800, 2400, 3600])),
            "currency": G(lambda f: "USD"),
            "hebrew_name": Y(
                lambda f: f.pick(
                    [
                        "Yosef ben Avraham",
                        "Rivka bat Moshe",
                        "Chaim ben Yitzchak",
                        "Leah bat Sarah",
                        "Dovid ben Shmuel",
                    ]
                ),
                "name",
            ),
            "tribal_lineage": Y(lambda f: f.pick(["Kohen", "Levi", "Yisrael"]), "religion"),
            "yahrzeit_reminders": G(lambda f: f.pick([True, False])),
            "kids_in_hebrew_school": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Parking Pass Requested",
        ["web"],
        {
            "pass_id": G(lambda f: "PK" + f.digits(5)),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Honda", "Ford", "Hyundai", "Lexus"])),
            "vehicle_color": G(lambda f: f.pick(["silver", "black", "white", "red"])),
            "vehicle_state": G(lambda f: f.pick(["GA", "TX", "Lagos", "DKI"])),
            "lot": G(lambda f: f.pick(["A", "B", "Overflow"])),
            "accessible_parking": RED(lambda f: f.pick([True, False]), "disability"),
        },
    ),
    (
        "track",
        "Accessibility Request Submitted",
        ["web"],
        {
            "request_id": G(lambda f: f.uuid()),
            "service_time": G(lambda f: f.pick(SERVICE_TIMES)),
            "wheelchair_access": RED(lambda f: f.pick([True, False]), "disability"),
            "asl_interpreter": RED(lambda f: f.pick([True, False]), "disability"),
            "hearing_loop": RED(lambda f: f.pick([True, False]), "disability"),
            "seats_needed": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Visitor Card Submitted",
        ["web"],
        {
            "form-name": G(lambda f: "connect-card"),
            "first-name": Y(new_person("first"), "name"),
            "last-name": Y(pf("last"), "name"),
            "email-address": Y(pf("email"), "email"),
            "phone-number": Y(pf("phone"), "phone"),
            "first-visit": G(lambda f: f.pick([True, False])),
            "how-did-you-hear": G(lambda f: f.pick(["friend", "instagram", "drove by", "google"])),
            "wants-pastor-visit": G(lambda f: f.pick([True, False])),
            "home-address": Y(lambda f: f.one_line_address(), "address"),
            "salvation-decision": Y(lambda f: f.pick([True, False]), "religion"),
            "age-range": G(lambda f: f.pick(["18-24", "25-34", "35-49", "50+"])),
        },
    ),
    (
        "track",
        "Wedding Inquiry Submitted",
        ["web"],
        {
            "form-name": G(lambda f: "wedding-inquiry"),
            "partner-1-name": Y(lambda f: f.full_(), "name"),
            "partner-2-name": Y(lambda f: f.full_(), "name"),
            "email-address": Y(pf("email"), "email"),
            "phone-number": Y(pf("phone"), "phone"),
            "wedding-date": G(lambda f: f.date(2024, 2025)),
            "guest-count": G(lambda f: f.pick([80, 150, 300, 500])),
            "marriage-license-number": Y(
                lambda f: f.pick(["ML-", "2024-"]) + f.digits(6), "license|certificate"
            ),
            "premarital-counseling": G(lambda f: f.pick([True, False])),
            "how-did-you-hear": G(lambda f: f.pick(["member", "friend", "website"])),
        },
    ),
    (
        "track",
        "Pet Blessing Registered",
        ["web"],
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Simba", "Kiki", "Bella", "Oreo"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "parrot"])),
            "breed": G(lambda f: f.pick(["Labrador", "Tabby", "Mixed", "Beagle"])),
            "pet_age": G(lambda f: f.r.randint(1, 15)),
            "pet_photo_url": G(lambda f: f"https://cdn.gracefellowship.church/pets/{f.hexid(10)}.jpg"),
            "owner_name": Y(new_person("full", "us"), "name"),
            "owner_email": Y(pf("email"), "email"),
            "service_date": G(lambda f: "2024-10-06"),
        },
    ),
    (
        "track",
        "Household Updated",
        ["rn"],
        {
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "household_name": Y(lambda f: f"The {f.person()['last']} Family", "name"),
            "members": Many(
                {
                    "person_id": G(lambda f: f.r.randint(10000, 999999)),
                    "first_name": Y(new_person("first"), "name"),
                    "role": G(lambda f: f.pick(["head", "spouse", "child"])),
                    "birthdate": Y(lambda f: f.date(1950, 2022), "birthdate"),
                    "grade": G(lambda f: f.pick([None, "3rd", "7th", "11th"])),
                    "mobile": Y(pf("phone"), "phone"),
                },
                5,
            ),
            "address": {
                "line1": Y(new_address("line1"), "address|street"),
                "line2": Y(af("line2"), "address|street"),
                "city": Y(af("city"), "city"),
                "state": G(af("state")),
                "postal_code": Y(af("postal"), "zipcode"),
                "country": G(af("country")),
            },
            "member_count": G(lambda f: f.r.randint(1, 7)),
        },
    ),
    (
        "track",
        "Hospital Visit Logged",
        ["ruby"],
        {
            "visit_id": G(lambda f: f.r.randint(10000, 99999)),
            "pastor_id": G(lambda f: f.r.randint(100, 999)),
            "hospital": G(
                lambda f: f.pick(
                    ["Emory University Hospital", "LUTH", "RS Hasan Sadikin", "Memorial Hermann"]
                )
            ),
            "note": Y(hospital_note, "name", True),
            "visit_type": G(lambda f: f.pick(["hospital", "home", "hospice"])),
            "follow_up_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn"],
        {
            "invitee_name": Y(new_person("full"), "name"),
            "invitee_phone": Y(pf("phone"), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "referral_code": G(lambda f: "INV" + f.hexid(6).upper()),
        },
    ),
    # -- media ------------------------------------------------------------------------------------
    (
        "track",
        "Video Playback Started",
        ["web", "ios", "rn"],
        {
            "session_id": G(lambda f: f.uuid()),
            "content_asset_id": G(lambda f: "vid_" + f.digits(6)),
            "position": G(lambda f: f.r.randint(0, 5400)),
            "total_length": G(lambda f: f.pick([None, 5400, 3600])),
            "bitrate": G(lambda f: f.pick([1200, 2500, 4500])),
            "video_player": G(lambda f: f.pick(["vimeo", "youtube", "jwplayer"])),
            "sound": G(lambda f: f.r.randint(0, 100)),
            "full_screen": G(lambda f: f.pick([True, False])),
            "quality": G(lambda f: f.pick(["720p", "1080p", "auto"])),
            "livestream": G(lambda f: f.pick([True, False])),
            "title": G(
                lambda f: f.pick(
                    ["Sunday Service - Easter", "Khutbah Jumat", "Erev Shabbat Live", "Holy Ghost Service"]
                )
            ),
            "program": G(lambda f: f.pick(["Sunday Service", "Jumu'ah", "Shabbat"])),
            "channel": G(lambda f: f.pick(["web", "app", "roku"])),
            "geo": {
                "city": Y(
                    lambda f: f.pick(
                        [c for c, _ in US_CITIES] + [c for c, _, _ in NG_CITIES] + [c for c, _ in ID_CITIES]
                    ),
                    "city",
                ),
                "region": G(lambda f: f.pick(["GA", "Lagos", "Jawa Barat", "TX"])),
                "country": G(lambda f: f.pick(["US", "NG", "ID"])),
            },
        },
    ),
    (
        "track",
        "Livestream Chat Message Sent",
        ["web"],
        {
            "room_id": G(lambda f: "live_" + f.digits(5)),
            "chat_display_name": Y(new_person("full"), "name"),
            "message": G(
                lambda f: f.pick(
                    [
                        "Amen!",
                        "🙏🙏",
                        "Good morning church family",
                        "Ameen",
                        "Praise God",
                        "Shabbat shalom",
                        "Audio is out",
                    ]
                )
            ),
            "message_length": G(lambda f: f.r.randint(2, 80)),
        },
    ),
    (
        "track",
        "Sermon Audio Downloaded",
        ["rn"],
        {
            "sermon_id": G(lambda f: f.r.randint(1000, 9999)),
            "title": G(
                lambda f: f.pick(
                    ["Walking in Faith", "Patience in Trials", "The Prodigal Son", "Lessons from Yusuf"]
                )
            ),
            "speaker": Y(lambda f: f.pick(["Pastor ", "Imam ", "Rabbi ", "Rev. "]) + f.full_(), "name"),
            "file_sha1": G(lambda f: f.hexid(40)),
            "bytes": G(lambda f: f.r.randint(8_000_000, 90_000_000)),
            "duration_s": G(lambda f: f.r.randint(900, 4200)),
        },
    ),
    (
        "track",
        "Prayer Times Viewed",
        ["flutter", "android"],
        {
            "latitude": Y(lambda f: round(f.r.uniform(-8.5, 3.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(98.0, 119.5), 6), "geolocation"),
            "city": Y(lambda f: f.pick(ID_CITIES)[0], "city"),
            "calc_method": G(lambda f: f.pick(["KEMENAG", "MWL", "ISNA"])),
            "fajr_time": G(lambda f: f"04:{f.r.randint(20, 50)}"),
            "qibla_bearing": G(lambda f: round(f.r.uniform(290, 300), 2)),
            "notifications_on": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- store --------------------------------------------------------------------------------------
    ("track", "Product Viewed", ["web", "ios"], {**product(), "currency": G(lambda f: "USD")}),
    (
        "track",
        "Product Added",
        ["web", "ios"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(lambda f: f.pick(["study bible", "hijab", "tallit", "devotional", "kids bible"])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web"],
        {
            "order_id": G(lambda f: str(f.r.randint(5_000_000_000, 5_999_999_999))),
            "checkout_id": G(lambda f: f.hexid(32)),
            "total": G(money(10, 300)),
            "revenue": G(money(10, 280)),
            "shipping": G(lambda f: f.pick([0, 5.99, 9.99])),
            "tax": G(money(0, 20)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "VBS2024", "EASTER10"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(new_person("full", "us"), "name"),
                "line1": Y(new_address("line1", "us"), "address|street"),
                "line2": Y(af("line2"), "address|street"),
                "city": Y(af("city"), "city"),
                "postal_code": Y(af("postal"), "zipcode"),
                "state": G(af("state")),
                "country": G(af("country")),
            },
            "pickup_at_campus": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- accounts, attribution, admin ----------------------------------------------------------------
    (
        "track",
        "Verification Code Sent",
        ["ios", "android"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "phone_number": Y(lambda f: f.anyphone(), "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": G(lambda f: 600),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        ["web"],
        {
            "link": RED(lambda f: f"https://app.faithhub.io/auth/verify?token={f.hexid(40)}", "token", True),
            "link_age_seconds": G(lambda f: f.r.randint(5, 900)),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["web"],
        {
            "provider": G(lambda f: f.pick(["stripe", "mailchimp", "planning_center", "twilio"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "webhook_secret": RED(lambda f: "whsec_" + f.hexid(32), "secret"),
            "connected_by": Y(lambda f: f.person()["email"], "email", True),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "donations", "people"])), 3),
        },
    ),
    (
        "track",
        "Ad Click Captured",
        ["web"],
        {
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(60)
                    )
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(55)
                    )
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "landing_page": G(lambda f: f.pick(["/easter", "/ramadan", "/plan-a-visit"])),
            "utm_campaign": G(lambda f: f.pick(["easter_2024", "ramadan_giving"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook"])),
        },
    ),
    (
        "track",
        "Conversions API Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Donate", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {
                "value": G(money(5, 500)),
                "currency": G(lambda f: f.pick(["USD", "NGN"])),
                "content_name": G(lambda f: f.pick(["Tithe", "Easter Registration"])),
            },
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["connect-card", "vbs-signup", "camp-2024"])),
            "field": G(lambda f: f.pick(["mobile", "guardian_mobile", "emergency_phone"])),
            "value": Y(lambda f: f.anyphone(), "phone", True),
            "duration_ms": G(lambda f: f.r.randint(400, 12000)),
        },
    ),
    (
        "track",
        "Application Opened",
        ["ios", "android", "rn", "flutter"],
        {
            "version": G(lambda f: f.pick(["4.3.1", "2.9.1", "4.2.0"])),
            "build": G(lambda f: f.pick(["431", "61", "40201"])),
            "from_background": G(lambda f: f.pick([True, False])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = F(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["", "usr_", "M"]) + f.digits(f.pick([6, 8])),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=164, repeats=30)
    write(Path(__file__).parent, "holdout164_", events, labels)
