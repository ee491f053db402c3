"""Writes holdout149: tests/corpus/holdout149_events.jsonl and holdout149_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and without running the engine on these events. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for the format) and the reference's matcher table
were read. Run `.venv/bin/python -m tests.corpus.build_holdout149`; the output is deterministic.

What it covers: "KiteGo", a ride-hailing, food and parcel delivery super-app in Vietnam, Thailand
and Malaysia, with riders, driver-partners and merchants. Rides (pickup and drop-off, route
polylines, geohashes, trip sharing, safety contacts, masked calls), driver onboarding (national ids
with valid structure: Vietnamese CCCD, Thai ID with its mod-11 check digit, Malaysian MyKad;
driving licences, plates, VINs, IMEIs, document OCR, medical and right-to-work questions), wallet
top-ups, P2P transfers, PromptPay, bank linking, remittances with mod-97 IBANs, Luhn card numbers,
e-commerce spec food orders with delivery notes, parcel sending with senders and recipients,
ratings, support chats and chatbots, merchant portal (.NET, PascalCase), ad-platform payloads
(Meta CAPI hashed user_data, AppsFlyer-style install attribution, gclid/fbclid), SendGrid and
Twilio-shaped webhooks, a reverse-ETL identify in SCREAMING_SNAKE, kebab-case web forms, and keys
in Vietnamese, Thai (transliterated) and Malay. Contexts are shaped like analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries (context.ip, context.traits, device, app,
library, locale, userAgent, campaign, location, externalIds).

Conventions: every leaf path (dotted from the root, arrays as `[]`, only properties / traits /
context) carries one label: classification red / yellow / green, the matcher type (the
reference's default matcher names, or national id, bank account, geolocation, secret, token,
health id, advertising id, credit card, password; `a|b` when either is fair) and value_only (the
key does not say what the value is; only the value reveals it). A path keeps one label across all
events that send it, so group traits use keys identify traits do not (group `traits.name` is a
business name: green).

Labelling rules: the brief's rules and the product's published policy for contested cases
(business-issued numbers, ages, marital status, job titles, a business's own contact details and
call-masking proxy numbers, pets, UUID tokens and Message-IDs are green; insurance policy
numbers, pay, plates, VINs, ad click ids and the person's billing/shipping addresses are yellow;
payment tokens, one-time codes, sign-in link tokens, patient numbers, identity document numbers
and right-to-work answers are red). Where the brief left a case open, this corpus decides:
- Pickup and drop-off coordinates, geohashes (precision 7+), route polylines and addresses of a
  booked ride, order or parcel are the person's precise location: yellow. A destination typed
  into search, a landmark/POI name, a merchant's, hub's or store's location: green.
- Drivers, recipients, senders, guest riders, emergency contacts, staff and support agents are
  natural persons: their names and contact details are PII like the user's.
- A driving licence number is yellow `license` (the reference's matcher); the national id is
  collected separately and is red.
- Merchants' payout bank accounts are red `bank account` (most merchants are sole traders).
- Unsalted SHA-256 hashes of contact data sent to ad platforms (Meta CAPI `em`, `ph`, `fn`, ...)
  are personal data: yellow, typed as the underlying data, not value_only (the vendor key names
  the data).
- Push tokens (`context.device.token`) are red `token`; OS-issued analytics ids (device.id, IDFV,
  AppsFlyer id) are green; IDFA/GAID are yellow `advertising id`.
- A halal-only dietary setting and a religion field are yellow `religion`; vegetarian is green.
- Driver earnings, incentives and a declared income band are yellow `salary`.
- An operating city / service area and a plate's province are green; the person's home city or
  district is yellow `city`.
- Delivery PINs and OTPs are red `token`; a staff POS PIN is red `password`.
- A masked PAN (BIN + last four) is green; a full PAN is red.
- Photo URLs of a person (selfie, ID scan, proof of delivery) are yellow `photo`.
- Free text is PII only when every value carries the PII (by construction here); free text with
  none (chat lines, ratings comments, dish notes) is green.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Hữu", "Thu", "Quốc", "Bảo"]
VN_GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hương", "Khoa", "Lan", "Linh", "Long", "Mai"]
VN_GIVEN += ["Nam", "Phúc", "Quân", "Thảo", "Trang", "Tuấn", "Vy", "Yến"]
TH_GIVEN = ["Somchai", "Siriporn", "Kittipong", "Nattapong", "Pimchanok", "Wichai", "Supaporn"]
TH_GIVEN += ["Thanawat", "Anong", "Chayanin", "Arthit", "Kanya", "Narong", "Ploypailin"]
TH_FAMILY = ["Saetang", "Wongsawat", "Chaiyaporn", "Srisuk", "Thongchai", "Rattanakorn", "Phromma"]
TH_FAMILY += ["Kaewmanee", "Boonmee", "Jaidee", "Suwannarat", "Sukprasert"]
TH_SCRIPT = ["สมชาย ใจดี", "ศิริพร บุญมี", "กิตติพงษ์ แซ่ตั้ง", "พิมพ์ชนก ศรีสุข", "ณัฐพงษ์ แก้วมณี"]
MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Amirul Hakim", "Syafiq"]
MY_MALAY_F = ["Nurul Aisyah", "Siti Aminah", "Nur Izzati", "Farah Nadia", "Aina Sofea"]
MY_FATHER = ["Ismail", "Abdullah", "Rahman", "Yusof", "Hassan", "Osman", "Zakaria"]
MY_CHINESE = [("Tan", "Wei Ming"), ("Lim", "Mei Ling"), ("Wong", "Kah Hoe"), ("Ong", "Siew Lan")]
MY_CHINESE += [("Chong", "Jia Hui"), ("Goh", "Boon Keat"), ("Ng", "Pei Shan"), ("Teoh", "Chee Keong")]
MY_INDIAN = [("Kavitha", "Subramaniam", "a/p"), ("Rajesh", "Muniandy", "a/l"), ("Priya", "Ramasamy", "a/p")]
MY_INDIAN += [("Suresh", "Krishnan", "a/l"), ("Deepa", "Nadarajah", "a/p"), ("Arjun", "Pillai", "a/l")]


def mkt(f: Fake) -> str:
    """The market of the message being built (set per message); 10 % of values are cross-border."""
    m = getattr(f, "_mkt", "VN")
    return m if f.r.random() < 0.9 else f.pick(["VN", "TH", "MY"])


def ascii_fold(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def person(f: Fake) -> tuple[str, str, str]:
    """(given, family, full) from one of the region's naming cultures, or an expat's."""
    m, kind = mkt(f), f.r.random()
    if f.r.random() < 0.8:  # mostly the market's own cultures
        kind = {"VN": 0.1, "TH": 0.4}.get(m, 0.6 + kind * 0.3)
    if kind < 0.3:
        fam, mid, giv = f.pick(VN_FAMILY), f.pick(VN_MIDDLE), f.pick(VN_GIVEN)
        full = f"{fam} {mid} {giv}"
        if f.r.random() < 0.3:
            return ascii_fold(f"{mid} {giv}"), ascii_fold(fam), ascii_fold(full)
        return f"{mid} {giv}", fam, full
    if kind < 0.55:
        giv, fam = f.pick(TH_GIVEN), f.pick(TH_FAMILY)
        if f.r.random() < 0.15:
            full = f.pick(TH_SCRIPT)
            giv, fam = full.split(" ")
            return giv, fam, full
        return giv, fam, f"{giv} {fam}"
    if kind < 0.72:
        male = f.r.random() < 0.5
        giv = f.pick(MY_MALAY_M if male else MY_MALAY_F)
        father = f.pick(MY_FATHER)
        return giv, father, f"{giv} {'bin' if male else 'binti'} {father}"
    if kind < 0.82:
        fam, giv = f.pick(MY_CHINESE)
        return giv, fam, f"{fam} {giv}"
    if kind < 0.9:
        giv, father, rel = f.pick(MY_INDIAN)
        return giv, father, f"{giv} {rel} {father}"
    giv, fam = f.first(), f.last()
    return giv, fam, f"{giv} {fam}"


def full_name(f: Fake) -> str:
    return person(f)[2]


def given(f: Fake) -> str:
    giv, f._fam, _ = person(f)
    return giv


def family(f: Fake) -> str:
    """The family name of the person whose given name was drawn last, when there is one."""
    fam = getattr(f, "_fam", None)
    f._fam = None
    return fam or person(f)[1]


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.th", "icloud.com", "yahoo.com.vn"]


def email(f: Fake) -> str:
    giv, fam, _ = person(f)
    g = ascii_fold(giv).lower().replace(" ", "").replace("/", "")
    s = ascii_fold(fam).lower().replace(" ", "").replace("'", "")
    if not g.isascii() or not s.isascii():
        g, s = f.pick(TH_GIVEN).lower(), f.pick(TH_FAMILY).lower()
    local = f.pick(
        [f"{g}.{s}", f"{g}{s}{f.r.randint(80, 2005)}", f"{s}.{g[:1]}", f"{g}_{s}{f.r.randint(1, 99)}"]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS)}"


VN_PREFIX = ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "83"]
VN_PREFIX += ["84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98", "99"]
TH_PREFIX = ["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "86", "87", "89", "91", "92"]
TH_PREFIX += ["93", "94", "95", "96", "97", "98", "99"]
MY_PREFIX = ["10", "11", "12", "13", "14", "16", "17", "18", "19"]


def phone(f: Fake, country: str | None = None) -> str:
    country = country or mkt(f)
    d = f.r.randint
    if country == "VN":
        p, a, b = f.pick(VN_PREFIX), d(100, 999), d(1000, 9999)
        s = f"{p}{a}{b}"
        return f.pick(
            [f"+84 {s[:2]} {s[2:5]} {s[5:]}", f"0{s}", f"0{s[:3]} {s[3:6]} {s[6:]}", f"+84{s}", f"84{s}"]
        )
    if country == "TH":
        p, a, b = f.pick(TH_PREFIX), d(100, 999), d(1000, 9999)
        return f.pick([f"+66 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"+66{p}{a}{b}"])
    p = f.pick(MY_PREFIX)
    sub = f"{d(1000, 9999)}{d(1000, 9999)}" if p == "11" else f"{d(100, 999)}{d(1000, 9999)}"
    return f.pick(
        [f"+60 {p}-{sub[:-4]} {sub[-4:]}", f"0{p}-{sub[:-4]} {sub[-4:]}", f"0{p}{sub}", f"+60{p}{sub}"]
    )


def staff_email(f: Fake) -> str:
    g = ascii_fold(given(f)).split(" ")[0].lower()
    if not g.isascii():
        g = f.pick(TH_GIVEN).lower()
    initial = ascii_fold(family(f)).lower()[:1]
    return f"{g}.{initial if initial.isascii() else 'k'}{f.r.randint(1, 99)}@kitego.com"


def e164(f: Fake) -> str:
    raw = phone(f)
    digits = "".join(c for c in raw if c.isdigit())
    if raw.startswith("0"):
        cc = f.pick(["84", "66", "60"])
        digits = cc + digits[1:]
    return "+" + digits


VN_STREETS = ["Nguyễn Huệ", "Lê Lợi", "Điện Biên Phủ", "Cách Mạng Tháng Tám", "Võ Văn Tần", "Trần Hưng Đạo"]
VN_STREETS += ["Nguyễn Thị Minh Khai", "Hai Bà Trưng", "Nguyễn Văn Linh", "Phan Xích Long"]
VN_WARDS = [("Phường Bến Nghé", "Quận 1"), ("Phường 7", "Quận 3"), ("Phường Thảo Điền", "TP. Thủ Đức")]
VN_WARDS += [("Phường 25", "Quận Bình Thạnh"), ("Phường Tân Phong", "Quận 7")]
TH_SOI = ["Soi Sukhumvit 23", "Soi Ari 4", "Soi Thonglor 13", "Soi Ratchadaphisek 36", "Soi Lat Phrao 101"]
TH_AREA = [
    ("Khlong Toei Nuea", "Watthana", "Bangkok", "10110"),
    ("Samsen Nai", "Phaya Thai", "Bangkok", "10400"),
]
TH_AREA += [
    ("Chom Phon", "Chatuchak", "Bangkok", "10900"),
    ("Suthep", "Mueang Chiang Mai", "Chiang Mai", "50200"),
]
MY_JALAN = ["Jalan SS 2/24", "Jalan Kuching", "Lorong Permai 3", "Jalan Bukit Bintang", "Jalan Ampang"]
MY_JALAN += ["Jalan Tun Razak", "Persiaran Surian", "Jalan USJ 9/5"]
MY_AREA = [("47300", "Petaling Jaya", "Selangor"), ("51200", "Kuala Lumpur", "W.P. Kuala Lumpur")]
MY_AREA += [
    ("11700", "Gelugor", "Pulau Pinang"),
    ("81200", "Johor Bahru", "Johor"),
    ("47600", "Subang Jaya", "Selangor"),
]


def street(f: Fake, country: str | None = None) -> str:
    country = country or mkt(f)
    n = f.r.randint(1, 399)
    if country == "VN":
        return f.pick([f"{n} {f.pick(VN_STREETS)}", f"{n}/{f.r.randint(2, 40)} {f.pick(VN_STREETS)}"])
    if country == "TH":
        return f"{n}/{f.r.randint(1, 199)} {f.pick(TH_SOI)}"
    return f.pick(
        [f"No. {n}, {f.pick(MY_JALAN)}", f"B-{f.r.randint(1, 30)}-{f.r.randint(1, 12)}, {f.pick(MY_JALAN)}"]
    )


def address(f: Fake, country: str | None = None) -> str:
    country = country or mkt(f)
    if country == "VN":
        if f.r.random() < 0.3:
            return f"Số {f.r.randint(2, 99)} ngõ {f.r.randint(10, 200)} Trung Kính, Cầu Giấy, Hà Nội"
        ward, district = f.pick(VN_WARDS)
        return f"{street(f, 'VN')}, {ward}, {district}, TP. Hồ Chí Minh"
    if country == "TH":
        if f.r.random() < 0.2:
            return (
                f"{f.r.randint(1, 300)}/{f.r.randint(1, 99)} ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400"
            )
        sub, dist, prov, pc = f.pick(TH_AREA)
        return f"{street(f, 'TH')}, {sub}, {dist}, {prov} {pc}"
    pc, town, state = f.pick(MY_AREA)
    return f"{street(f, 'MY')}, {pc} {town}, {state}"


CITIES_BY = {
    "VN": ["Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Biên Hòa"],
    "TH": ["Bangkok", "Chiang Mai", "Nonthaburi", "Pattaya"],
    "MY": ["Kuala Lumpur", "Petaling Jaya", "George Town", "Johor Bahru", "Shah Alam"],
}
POSTCODES_BY = {
    "VN": ["700000", "100000", "550000", "810000"],
    "TH": ["10110", "10400", "50200", "11000", "10900"],
    "MY": ["47300", "50450", "81200", "11700", "40150"],
}
CENTERS_BY = {
    "VN": [(10.7769, 106.7009), (21.0285, 105.8542), (16.0544, 108.2022)],
    "TH": [(13.7563, 100.5018), (18.7883, 98.9853)],
    "MY": [(3.1390, 101.6869), (5.4141, 100.3288), (1.4927, 103.7414)],
}
CENTERS = [c for cs in CENTERS_BY.values() for c in cs]


def home_city(f: Fake) -> str:
    return f.pick(CITIES_BY[mkt(f)])


def postcode(f: Fake) -> str:
    return f.pick(POSTCODES_BY[mkt(f)])


def lat(f: Fake) -> float:
    c = f.pick(CENTERS_BY[getattr(f, "_mkt", "VN")])
    f._c = c  # the matching lng() uses the same city
    return round(c[0] + f.r.uniform(-0.08, 0.08), 6)


def lng(f: Fake) -> float:
    c = getattr(f, "_c", CENTERS[0])
    return round(c[1] + f.r.uniform(-0.08, 0.08), 6)


def latlng_str(f: Fake) -> str:
    return f"{lat(f)},{lng(f)}"


def polyline(f: Fake) -> str:
    """A Google encoded polyline of a short route in one of the cities."""
    la, lo = lat(f), lng(f)
    pts = [(la, lo)]
    for _ in range(f.r.randint(4, 9)):
        la += f.r.uniform(-0.004, 0.004)
        lo += f.r.uniform(-0.004, 0.004)
        pts.append((la, lo))
    out, prev = [], (0, 0)
    for p in pts:
        cur = (round(p[0] * 1e5), round(p[1] * 1e5))
        for v in (cur[0] - prev[0], cur[1] - prev[1]):
            v = ~(v << 1) if v < 0 else v << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        prev = cur
    return "".join(out)


B32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(f: Fake, precision: int = 8) -> str:
    la, lo = lat(f), lng(f)
    lat_r, lon_r, bits, even, out, ch, bit = [-90.0, 90.0], [-180.0, 180.0], 0, True, [], 0, 0
    while len(out) < precision:
        rng, val = (lon_r, lo) if even else (lat_r, la)
        mid = (rng[0] + rng[1]) / 2
        if val > mid:
            ch |= 1 << (4 - bit)
            rng[0] = mid
        else:
            rng[1] = mid
        even = not even
        bit += 1
        if bit == 5:
            out.append(B32[ch])
            bit, ch = 0, 0
        bits += 1
    return "".join(out)


# -- identity and money -----------------------------------------------------------------------


def cccd(f: Fake) -> str:
    """Vietnamese citizen id: province, gender/century digit, birth year, 6 digits."""
    century = f.r.randint(0, 3)  # 0/1: born 1900s (male/female), 2/3: 2000s
    yy = f.r.randint(60, 99) if century < 2 else f.r.randint(0, 6)
    province = f.pick(["001", "079", "048", "031", "092", "036", "075"])
    return f"{province}{century}{yy:02d}{f.r.randint(0, 999999):06d}"


def thai_id(f: Fake, dashed: bool | None = None) -> str:
    d = [f.r.randint(1, 8)] + [f.r.randint(0, 9) for _ in range(11)]
    check = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = "".join(map(str, d)) + str(check)
    dashed = f.r.random() < 0.4 if dashed is None else dashed
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}" if dashed else s


def mykad(f: Fake) -> str:
    yy, mm, dd = (
        f.r.randint(60, 99) if f.r.random() < 0.7 else f.r.randint(0, 5),
        f.r.randint(1, 12),
        f.r.randint(1, 28),
    )
    state = f.pick(["01", "07", "08", "10", "14", "12", "13"])
    s = f"{yy:02d}{mm:02d}{dd:02d}-{state}-{f.r.randint(0, 999):03d}{f.r.randint(0, 9)}"
    return s if f.r.random() < 0.6 else s.replace("-", "")


ID_TYPE = {"VN": "cccd", "TH": "thai_id", "MY": "mykad"}


def national_id(f: Fake) -> str:
    """The national id of the message's market."""
    return {"VN": cccd, "TH": thai_id, "MY": mykad}[f._mkt](f)


def passport(f: Fake) -> str:
    return f.pick(["C" + f.digits(7), "AA" + f.digits(7), "A" + f.digits(8), "N" + f.digits(7)])


def vn_plate(f: Fake) -> str:
    if f.r.random() < 0.5:
        series = f.pick(["51", "30", "43", "29"]) + f.pick("ABCDEFGHK")
    else:
        series = f.pick(["59", "29", "43"]) + "-" + f.pick("BCDFGHKLMNPSTUVXYZ") + str(f.r.randint(1, 9))
    sep = "-" if len(series) == 3 else " "
    return f"{series}{sep}{f.r.randint(100, 999)}.{f.r.randint(10, 99)}"


def th_plate(f: Fake) -> str:
    cons = "กขคงจฉชซฌญฎฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
    return f"{f.pick(['', '1', '2', '3', '4'])}{f.pick(cons)}{f.pick(cons)} {f.r.randint(1, 9999)}"


def my_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXY"
    return f"{f.pick('WVBPJ')}{f.pick(letters)}{f.pick(letters)} {f.r.randint(1, 9999)}"


def plate(f: Fake) -> str:
    return f.pick([vn_plate, th_plate, my_plate])(f)


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return f.pick(["MR0", "MHF", "PM2", "PL1", "RLH", "MMB"]) + "".join(f.pick(chars) for _ in range(14))


def imei(f: Fake) -> str:
    return f.luhn_complete(f.pick(["35", "86", "49"]) + f.digits(12))


def bank_account(f: Fake) -> str:
    return f.pick(
        [
            "007100" + f.digits(7),
            "1903" + f.digits(10),
            f"{f.digits(3)}-{f.r.randint(0, 9)}-{f.digits(5)}-{f.r.randint(0, 9)}",
            f.digits(10),
            "1640" + f.digits(8),
            "7" + f.digits(9),
        ]
    )


def sha256(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def birthdate(f: Fake) -> str:
    return f.pick(
        [
            f.date(1960, 2004),
            f.date(1960, 2004).replace("-", "/"),
            "{2:02d}/{1:02d}/{0}".format(*map(int, f.date(1960, 2004).split("-"))),
        ]
    )


def cur(f: Fake) -> str:
    f._cur = {"VN": "VND", "TH": "THB", "MY": "MYR"}[getattr(f, "_mkt", "VN")]
    return f._cur


RATE = {"VND": 25000, "THB": 35, "MYR": 4.6}


def amt(f: Fake, lo: float, hi: float):
    """An amount between lo and hi US dollars in the currency last picked by cur()."""
    c = getattr(f, "_cur", "MYR")
    v = f.r.uniform(lo, hi) * RATE[c]
    return int(round(v, -3)) if c == "VND" else round(v, 2)


def local_money(f: Fake, lo: float, hi: float):
    cur(f)
    return amt(f, lo, hi)


def order_no(f: Fake) -> str:
    return f"{getattr(f, '_mkt', 'VN')}-F-24{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}-{f.digits(6)}"


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_700_000_000, 1_735_000_000)


# -- free text: every value of a PII text carries the PII; none of a green text does ---------

CHAT_LINES = [
    "Em tới cổng rồi nha",
    "I'm at the lobby",
    "รอแป๊บนึงครับ",
    "Saya dah sampai",
    "Traffic is bad, 5 more min",
]
CHAT_LINES += ["Anh ơi chờ em 2 phút", "Which entrance?", "ถึงแล้วค่ะ", "Ok boss", "Can you come to Gate B?"]
SUPPORT_LINES = ["Where is my driver?", "Tôi bị tính phí hai lần", "Order arrived cold", "ไรเดอร์ไม่มาส่ง"]
SUPPORT_LINES += [
    "Promo code not working",
    "Saya nak refund",
    "Wrong item delivered",
    "App keeps crashing at payment",
]
DISH_NOTES = [
    "ít cay",
    "không hành",
    "extra chilli",
    "no ice",
    "kurang manis",
    "ไม่ใส่ผัก",
    "sauce on the side",
    "",
]
RATING_COMMENTS = ["Tài xế thân thiện", "Great driver, smooth ride", "ขับดีมากครับ", "Car smelled of smoke"]
RATING_COMMENTS += ["Abang ni baik", "Took a longer route", "Food was still hot!", "Portion too small", ""]


def in_language(f: Fake, local: dict[str, str], english: list[str]) -> str:
    """The market's language most of the time, English otherwise."""
    return local[f._mkt] if f.r.random() < 0.6 else f.pick(english)


def driver_note(f: Fake) -> str:
    g, ph = given(f), phone(f)
    local = {
        "VN": f"Gọi chị {g} {ph} trước khi giao",
        "TH": f"โทรหาคุณ{g} {ph} ก่อนส่งนะคะ",
        "MY": f"Sila telefon {g} di {ph}, rumah pagar hitam",
    }
    english = [
        f"Call {g} at {ph} on arrival",
        f"Recipient {g} ({ph}) works at reception, leave with guard if out",
    ]
    return in_language(f, local, english)


def callback_note(f: Fake) -> str:
    ph = phone(f)
    local = {
        "VN": f"Số của tôi: {ph}, gọi sau 6h tối",
        "TH": f"ติดต่อกลับที่เบอร์ {ph} ครับ",
        "MY": f"Boleh call saya {ph}",
    }
    return in_language(
        f, local, [f"Please call me back at {ph}", f"Call me on {ph} pls, my phone was in the car"]
    )


def gift_message(f: Fake) -> str:
    g = given(f)
    local = {"VN": f"Chúc mừng sinh nhật {g} nhé", "TH": f"สุขสันต์วันเกิดนะ {g}", "MY": f"Selamat hari jadi {g}!"}
    return in_language(f, local, [f"Happy birthday {g}! 🎂", f"Get well soon {g}, love you"])


# -- contexts ---------------------------------------------------------------------------------

CARRIERS = [
    "Viettel",
    "Vinaphone",
    "MobiFone",
    "AIS",
    "TrueMove H",
    "dtac",
    "Maxis",
    "CelcomDigi",
    "U Mobile",
]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]
SITES = [
    ("https://www.kitego.com", ["/", "/vi/ride", "/th/food", "/my/express", "/promo/songkran"], "KiteGo"),
    ("https://merchant.kitego.com", ["/dashboard", "/menu", "/payouts", "/login"], "KiteGo Merchant"),
    ("https://drive.kitego.com", ["/signup", "/signup/documents", "/earnings"], "Drive with KiteGo"),
]


def locale(f: Fake) -> str:
    return f.pick(
        {
            "VN": ["vi-VN", "vi-VN", "en-US"],
            "TH": ["th-TH", "th-TH", "en-TH"],
            "MY": ["ms-MY", "en-MY", "en-MY", "zh-MY"],
        }[f._mkt]
    )


def tz(f: Fake) -> str:
    return {"VN": "Asia/Ho_Chi_Minh", "TH": "Asia/Bangkok", "MY": "Asia/Kuala_Lumpur"}[f._mkt]


def carrier(f: Fake) -> str:
    return f.pick({"VN": CARRIERS[:3], "TH": CARRIERS[3:6], "MY": CARRIERS[6:]}[f._mkt])


def web_context(f: Fake):
    base, paths, title = f.pick(SITES)
    path = f.pick(paths)
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.facebook.com/", "https://l.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?lang=vi", "?utm_source=facebook&utm_medium=paid", "?ref=app_banner"])
            ),
            "title": G(lambda f: f"{title} | " + f.pick(["Đặt xe", "Home", "สั่งอาหาร", "Log masuk"])),
            "url": G(lambda f: base + path),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.45:
        ctx["campaign"] = {
            "name": G(
                lambda f: f.pick(["songkran_2024", "driver_recruit_q3", "raya_food_fest", "tet_ride_promo"])
            ),
            "source": G(lambda f: f.pick(["facebook", "google", "tiktok", "line"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(lambda f: f.pick(["grab alternative", "food delivery near me", "xe ôm công nghệ"])),
            "content": G(lambda f: f.pick(["video_15s", "carousel_b", "banner_top"])),
        }
    return ctx


def mobile_traits(f: Fake):
    t = {"email": Y(email, "email"), "phone": Y(phone, "phone")}
    if f.r.random() < 0.6:
        t["firstName"] = Y(given, "name")
        t["lastName"] = Y(family, "name")
    if f.r.random() < 0.5:
        t["userId"] = G(lambda f: "rdr_" + f.digits(8))
    return t


def swift_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "KiteGo"),
            "version": G(lambda f: f.pick(["6.41.0", "6.42.1", "6.43.0"])),
            "build": G(lambda f: f.pick(["64100", "64210", "64300"])),
            "namespace": G(lambda f: "com.kitego.rider"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPhone12,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.5:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
        ctx["device"]["adTrackingEnabled"] = G(lambda f: True)
    return ctx


def kotlin_context(f: Fake):
    model = f.pick(["SM-A546E", "SM-A155F", "Redmi Note 13", "CPH2591", "V2250", "Pixel 8"])
    ctx = {
        "app": {
            "name": G(lambda f: "KiteGo"),
            "version": G(lambda f: f.pick(["6.41.0", "6.42.1", "6.43.0"])),
            "build": G(lambda f: f.pick(["641000", "642100", "643002"])),
            "namespace": G(lambda f: "com.kitego.rider"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "Google"])),
            "model": G(lambda f: model),
            "name": G(lambda f: f.pick(["a54x", "a15", "sapphire", "husky"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.0", "1.16.3"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(carrier),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android {f.pick(['14', '13'])}; {model} Build/UP1A.231005.007)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    return ctx


def rn_context(f: Fake):
    """The merchant app (React Native)."""
    return {
        "app": {
            "name": G(lambda f: "KiteGo Merchant"),
            "version": G(lambda f: f.pick(["3.8.0", "3.9.2", "3.10.0"])),
            "build": G(lambda f: f.pick(["380", "392", "3100"])),
            "namespace": G(lambda f: "com.kitego.merchant"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200", "iPhone13,2", "23053RN02Y"])),
            "name": G(lambda f: f.pick(["iPad", "gta8wifi", "iPhone"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.5", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([810, 1340, 390])),
            "height": G(lambda f: f.pick([1080, 800, 844])),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
    }


def flutter_context(f: Fake):
    """The driver app (Flutter); it adds the driver's last fix as context.location."""
    return {
        "app": {
            "name": G(lambda f: "KiteGo Driver"),
            "version": G(lambda f: f.pick(["4.20.0", "4.21.3", "4.22.0"])),
            "build": G(lambda f: f.pick(["420", "4213", "422"])),
            "namespace": G(lambda f: "com.kitego.driver"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "realme"])),
            "model": G(lambda f: f.pick(["SM-A145F", "Redmi 12", "CPH2477", "RMX3710"])),
            "name": G(lambda f: f.pick(["a14", "fire", "OP5961L1", "RE58C2"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.1.7"])),
        },
        "locale": G(locale),
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: True), "carrier": G(carrier)},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: f.pick([1600, 1612]))},
        "timezone": G(tz),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 60), 1)),
            "accuracy": G(lambda f: f.pick([5, 8, 12, 30])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0", "2.4.2"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("python", "node", "php", "dotnet") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick([*WEB_UAS, "okhttp/4.12.0", "KiteGo/6.42.1 CFNetwork/1494.0.7 Darwin/23.4.0"])
        )
    if lib in ("python", "java") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(email, "email"), "phone": Y(phone, "phone")}
    if lib == "node" and f.r.random() < 0.4:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib in ("go", "java") and f.r.random() < 0.5:
        ctx["locale"] = G(locale)
        ctx["timezone"] = G(tz)
    if lib == "dotnet" and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: "mer_" + f.digits(6))
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}

RIDER = ("swift", "kotlin")
SERVICES = ["bike", "car", "car_plus", "car_xl", "taxi"]
DISHES = [
    ("Phở Bò Tái", "Noodles"),
    ("Bún Chả Hà Nội", "Noodles"),
    ("Cơm Tấm Sườn", "Rice"),
    ("Pad Kra Pao Moo", "Rice"),
]
DISHES += [
    ("Som Tam Thai", "Salad"),
    ("Khao Man Gai", "Rice"),
    ("Nasi Lemak Ayam Goreng", "Rice"),
    ("Roti Canai", "Breakfast"),
]
DISHES += [
    ("Teh Tarik", "Drinks"),
    ("Cà Phê Sữa Đá", "Drinks"),
    ("Char Kuey Teow", "Noodles"),
    ("Mango Sticky Rice", "Dessert"),
]
MERCHANTS = [
    "Phở Hòa Pasteur",
    "Bánh Mì Huỳnh Hoa",
    "Jay Fai",
    "Thipsamai Pad Thai",
    "Village Park Nasi Lemak",
]
MERCHANTS += ["Nasi Kandar Line Clear", "Highlands Coffee", "Kopitiam Ah Seng", "Som Tam Nua"]
POIS = ["Vincom Center Đồng Khởi", "Tân Sơn Nhất Airport T1", "Suvarnabhumi Airport", "Siam Paragon", "KLCC"]
POIS += ["Mid Valley Megamall", "Chợ Bến Thành", "Terminal 21 Asok", "KL Sentral", "Bitexco Financial Tower"]
BANKS = [
    "Vietcombank",
    "Techcombank",
    "MB Bank",
    "Kasikornbank",
    "SCB",
    "Bangkok Bank",
    "Maybank",
    "CIMB",
    "Public Bank",
]


def dish(f: Fake) -> str:
    name, f._cat = f.pick(DISHES)
    return name


def product(f: Fake):
    return {
        "product_id": G(lambda f: "itm_" + f.digits(7)),
        "sku": G(lambda f: f"{f.pick(['VN', 'TH', 'MY'])}-{f.digits(5)}-{f.pick(['S', 'M', 'L'])}"),
        "name": G(dish),
        "category": G(lambda f: getattr(f, "_cat", "Rice")),
        "price": G(lambda f: amt(f, 1, 12)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "variant": G(lambda f: f.pick(["Regular", "Large", "Size L", "Đặc biệt", "Pedas"])),
        "notes": G(lambda f: f.pick(DISH_NOTES)),
        "image_url": G(lambda f: f"https://cdn.kitego.com/menu/{f.hexid(12)}.jpg"),
    }


# -- events -------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, body)

EVENTS = [
    # -- rider profile ------------------------------------------------------------------------
    (
        "identify",
        None,
        RIDER,
        {
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "firstName": Y(given, "name"),
            "lastName": Y(family, "name"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["male", "female", "other", "prefer_not_to_say"]), "gender"),
            "avatar": Y(lambda f: f"https://avatars.kitego.com/u/{f.hexid(16)}.jpg", "photo"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "state": G(
                    lambda f: f.pick(
                        {
                            "VN": ["Hồ Chí Minh", "Hà Nội"],
                            "TH": ["Bangkok", "Chiang Mai"],
                            "MY": ["Selangor", "Pulau Pinang"],
                        }[f._mkt]
                    )
                ),
                "country": G(lambda f: f._mkt),
            },
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["vi", "th", "ms", "en"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 70)),
            "memberTier": G(lambda f: f.pick(["silver", "gold", "platinum"])),
            "loyaltyNumber": G(lambda f: "KP" + f.digits(10)),
            "referralCode": G(lambda f: f.hexid(6).upper()),
            "totalRides": G(lambda f: f.r.randint(0, 900)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Signed In",
        RIDER,
        {
            "method": G(lambda f: f.pick(["phone_otp", "google", "apple", "facebook"])),
            "phone_number": Y(phone, "phone"),
            "country_code": G(lambda f: f.pick(["+84", "+66", "+60"])),
            "is_new_user": G(lambda f: f.pick([True, False])),
            "login_count": G(lambda f: f.r.randint(1, 400)),
            "otp_attempts": G(lambda f: f.r.randint(1, 3)),
            "session_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Verified",
        RIDER,
        {
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "zalo", "whatsapp"])),
            "phone_number": Y(phone, "phone"),
            "verify_latency_ms": G(lambda f: f.r.randint(800, 60000)),
            "request_id": G(lambda f: f.uuid()),
        },
    ),
    # -- rides --------------------------------------------------------------------------------
    (
        "track",
        "Places Searched",
        RIDER,
        {
            "q": G(lambda f: f.pick([*POIS, "sân bay", "airport", "lotus's rama 4", "pavilion kl"])),
            "session_token": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 20)),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_place_name": G(lambda f: f.pick(POIS)),
            "search_field": G(lambda f: f.pick(["pickup", "dropoff"])),
            "keystrokes": G(lambda f: f.r.randint(2, 30)),
        },
    ),
    (
        "track",
        "Ride Requested",
        RIDER,
        {
            "ride_id": G(lambda f: f.uuid()),
            "service_type": G(lambda f: f.pick(SERVICES)),
            "pickup": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
                "address": Y(address, "address"),
                "poi_name": G(lambda f: f.pick(POIS)),
                "geohash": Y(geohash, "geolocation"),
            },
            "dropoff": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
                "address": Y(address, "address"),
            },
            "currency": G(cur),
            "estimated_fare": G(lambda f: amt(f, 2, 25)),
            "surge_multiplier": G(lambda f: f.pick([1.0, 1.2, 1.5, 2.0])),
            "distance_km": G(lambda f: round(f.r.uniform(0.8, 40), 1)),
            "eta_minutes": G(lambda f: f.r.randint(2, 15)),
            "payment_method": G(lambda f: f.pick(["cash", "wallet", "card", "momo", "truemoney"])),
            "promo_code": G(lambda f: f.pick(["", "TET50", "SONGKRAN20", "RAYA15"])),
            "is_scheduled": G(lambda f: f.pick([True, False])),
            "passenger_count": G(lambda f: f.r.randint(1, 4)),
            "for_someone_else": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ride Booked For Guest",
        RIDER,
        {
            "ride_id": G(lambda f: f.uuid()),
            "guest_name": Y(full_name, "name"),
            "guest_phone": Y(phone, "phone"),
            "notify_guest_by_sms": G(lambda f: f.pick([True, False])),
            "service_type": G(lambda f: f.pick(SERVICES)),
        },
    ),
    (
        "track",
        "Ride Completed",
        ("node", "go"),
        {
            "trip_id": G(lambda f: f.uuid()),
            "booking_code": G(
                lambda f: "A-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
            ),
            "driver_id": G(lambda f: int(f.digits(7))),
            "driver_name": Y(full_name, "name"),
            "vehicle_plate": Y(plate, "license"),
            "vehicle_model": G(
                lambda f: f.pick(
                    [
                        "Toyota Vios",
                        "Honda City",
                        "Perodua Bezza",
                        "Proton Saga",
                        "Honda Wave Alpha",
                        "VinFast VF e34",
                    ]
                )
            ),
            "vehicle_color": G(lambda f: f.pick(["white", "silver", "black", "red"])),
            "route_polyline": Y(polyline, "geolocation"),
            "currency": G(cur),
            "fare_total": G(lambda f: amt(f, 2, 30)),
            "tip": G(lambda f: amt(f, 0, 3)),
            "toll_fee": G(lambda f: amt(f, 0, 4)),
            "duration_sec": G(lambda f: f.r.randint(300, 4000)),
            "distance_m": G(lambda f: f.r.randint(800, 40000)),
            "completed_at": G(epoch_s),
            "masked_number": G(lambda f: f.pick(["+84 28 7300 ", "+66 2 026 ", "+60 3-2788 "]) + f.digits(4)),
            "city_code": G(lambda f: f.pick(["SGN", "HAN", "BKK", "CNX", "KUL", "PEN"])),
        },
    ),
    (
        "track",
        "Trip Rated",
        RIDER,
        {
            "trip_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(G(lambda f: f.pick(["clean_car", "safe_driving", "friendly", "late", "rude"])), 3),
            "comment": G(lambda f: f.pick(RATING_COMMENTS)),
            "tip_added": G(lambda f: f.pick([True, False])),
            "rated_driver_id": G(lambda f: int(f.digits(7))),
        },
    ),
    (
        "track",
        "Trip Shared",
        RIDER,
        {
            "trip_id": G(lambda f: f.uuid()),
            "share_channel": G(lambda f: f.pick(["zalo", "line", "whatsapp", "sms"])),
            "contact": {
                "label": Y(full_name, "name", True),
                "value": Y(phone, "phone", True),
                "type": G(lambda f: f.pick(["mobile", "home", "work"])),
            },
            "auto_share": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        RIDER,
        {
            "emergency_contact_name": Y(full_name, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            "contacts_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Saved Place Added",
        RIDER,
        {
            "label": G(lambda f: f.pick(["Home", "Work", "Nhà", "Rumah", "บ้าน", "Gym"])),
            "address": Y(address, "address"),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "saved_places_count": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Accessibility Settings Updated",
        RIDER,
        {
            "wheelchair_accessible_required": RED(lambda f: f.pick([True, False]), "disability"),
            "assist_mode": RED(lambda f: f.pick(["none", "hearing", "visual", "mobility"]), "disability"),
            "large_text": G(lambda f: f.pick([True, False])),
            "dark_mode": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Ride Booked",
        RIDER,
        {
            "ride_id": G(lambda f: f.uuid()),
            "pet_name": G(lambda f: f.pick(["Milo", "Bông", "Mochi", "Lucky", "Nam Tan"])),
            "pet_type": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "pet_breed": G(lambda f: f.pick(["Poodle", "Shiba Inu", "Phu Quoc Ridgeback", "Persian"])),
            "pet_weight_kg": G(lambda f: round(f.r.uniform(1, 25), 1)),
            "carrier_provided": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Ride Tracking",
        RIDER,
        {
            "ride_id": G(lambda f: f.uuid()),
            "driver_eta_sec": G(lambda f: f.r.randint(30, 900)),
            "map_zoom": G(lambda f: f.pick([14, 15, 16, 17])),
            "driver_lat": Y(lat, "geolocation"),
            "driver_lng": Y(lng, "geolocation"),
        },
    ),
    (
        "track",
        "In-Trip Chat Message Sent",
        RIDER,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["rider", "driver", "system"])),
            "text": G(lambda f: f.pick(CHAT_LINES)),
            "is_quick_reply": G(lambda f: f.pick([True, False])),
            "translated": G(lambda f: f.pick([True, False])),
            "message_length": G(lambda f: f.r.randint(2, 80)),
        },
    ),
    (
        "track",
        "Masked Call Completed",
        ("node",),
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(e164, "phone", True),
            "To": G(lambda f: f.pick(["+84287300", "+6620260", "+6032788"]) + f.digits(4)),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 600))),
            "Direction": G(lambda f: "inbound"),
            "trip_id": G(lambda f: f.uuid()),
        },
    ),
    # -- driver onboarding --------------------------------------------------------------------
    (
        "track",
        "Driver Application Submitted",
        ("python",),
        {
            "application_id": G(lambda f: "APP-" + f.digits(8)),
            "full_name": Y(full_name, "name"),
            "phone_number": Y(phone, "phone"),
            "email": Y(email, "email"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "id_type": G(lambda f: ID_TYPE[f._mkt]),
            "national_id_number": RED(national_id, "national id"),
            "driving_licence_number": Y(lambda f: f.pick([f.digits(12), f.digits(8)]), "license"),
            "licence_class": G(lambda f: f.pick(["A1", "B2", "D", "ท.2"])),
            "licence_expiry": G(lambda f: f.date(2025, 2034)),
            "home_address": Y(address, "address"),
            "operating_city": G(
                lambda f: f.pick(["Ho Chi Minh City", "Hanoi", "Bangkok", "Klang Valley", "Penang"])
            ),
            "vehicle": {
                "plate_number": Y(plate, "license"),
                "vin": Y(vin, "serial"),
                "make": G(lambda f: f.pick(["Toyota", "Honda", "Perodua", "Yamaha", "VinFast"])),
                "model": G(lambda f: f.pick(["Vios", "City", "Axia", "Exciter", "Wave Alpha"])),
                "year": G(lambda f: f.r.randint(2012, 2024)),
                "color": G(lambda f: f.pick(["white", "silver", "black", "blue"])),
            },
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling"])),
            },
            "has_work_permit": RED(lambda f: f.pick([True, False]), "visa"),
            "referral_code": G(lambda f: "DRV" + f.digits(5)),
            "marital_status": G(lambda f: f.pick(["single", "married", "divorced"])),
            "age": G(lambda f: f.r.randint(21, 60)),
        },
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "ho_ten": Y(full_name, "name"),
            "so_dien_thoai": Y(lambda f: phone(f, "VN"), "phone"),
            "ngay_sinh": Y(birthdate, "birthdate"),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ"]), "gender"),
            "so_cccd": RED(cccd, "national id"),
            "dia_chi_thuong_tru": Y(lambda f: address(f, "VN"), "address"),
            "tinh_thanh": G(lambda f: f.pick(["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Bình Dương"])),
            "bien_so_xe": Y(vn_plate, "license"),
            "loai_xe": G(lambda f: f.pick(["xe máy", "ô tô 4 chỗ", "ô tô 7 chỗ"])),
            "hang_gplx": G(lambda f: f.pick(["A1", "A2", "B2"])),
            "so_gplx": Y(lambda f: f.digits(12), "license"),
            "trang_thai": G(lambda f: f.pick(["cho_duyet", "da_duyet", "tu_choi"])),
            "ngay_tao": G(lambda f: f.iso()),
        },
        "VN",
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "chue": Y(given, "name"),
            "namsakun": Y(family, "name"),
            "boe_tho": Y(lambda f: phone(f, "TH"), "phone"),
            "lek_prachachon": RED(thai_id, "national id"),
            "wan_koet": Y(birthdate, "birthdate"),
            "thi_yu": Y(lambda f: address(f, "TH"), "address"),
            "changwat": G(lambda f: f.pick(["Bangkok", "Chiang Mai", "Nonthaburi", "Phuket"])),
            "thabian_rot": Y(th_plate, "license"),
            "changwat_thabian": G(lambda f: f.pick(["กรุงเทพมหานคร", "เชียงใหม่", "นนทบุรี"])),
            "sasana": Y(lambda f: f.pick(["พุทธ", "อิสลาม", "คริสต์"]), "religion"),
            "sathana": G(lambda f: f.pick(["active", "pending_docs", "suspended"])),
        },
        "TH",
    ),
    (
        "identify",
        None,
        ("python",),
        {
            "nama_penuh": Y(full_name, "name"),
            "no_kp": RED(mykad, "national id"),
            "no_telefon": Y(lambda f: phone(f, "MY"), "phone"),
            "emel": Y(email, "email"),
            "alamat": Y(lambda f: address(f, "MY"), "address"),
            "poskod": Y(lambda f: f.pick(["47300", "51200", "11700", "81200", "40150"]), "zipcode"),
            "negeri": G(lambda f: f.pick(["Selangor", "Johor", "Pulau Pinang", "W.P. Kuala Lumpur"])),
            "tarikh_lahir": Y(birthdate, "birthdate"),
            "jantina": Y(lambda f: f.pick(["Lelaki", "Perempuan"]), "gender"),
            "bangsa": Y(lambda f: f.pick(["Melayu", "Cina", "India", "Lain-lain"]), "race"),
            "agama": Y(lambda f: f.pick(["Islam", "Buddha", "Hindu", "Kristian"]), "religion"),
            "status_perkahwinan": G(lambda f: f.pick(["Bujang", "Berkahwin", "Bercerai"])),
            "no_plat": Y(my_plate, "license"),
            "kelas_lesen": G(lambda f: f.pick(["D", "DA", "B2", "GDL"])),
            "nama_bank": G(lambda f: f.pick(["Maybank", "CIMB", "Public Bank", "RHB"])),
            "no_akaun_bank": RED(
                lambda f: f.pick(["1640" + f.digits(8), "7" + f.digits(9), f.digits(10)]), "bank account"
            ),
        },
        "MY",
    ),
    (
        "track",
        "Driver Document Uploaded",
        ("flutter",),
        {
            "document_type": G(
                lambda f: f.pick(["id_front", "id_back", "driving_licence", "vehicle_registration", "selfie"])
            ),
            "file_name": G(lambda f: f.pick(["IMG_2041.jpg", "scan_0001.pdf", "document.jpg", "photo.heic"])),
            "file_size_bytes": G(lambda f: f.r.randint(80_000, 6_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "document_url": Y(
                lambda f: f"https://kyc-docs.kitego.com/drivers/{f.uuid()}/{f.hexid(8)}.jpg", "photo"
            ),
            "ocr": {
                "name": Y(full_name, "name"),
                "id_number": RED(national_id, "national id"),
                "dob": Y(birthdate, "birthdate"),
                "confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            },
            "liveness_score": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "upload_attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ("python",),
        {
            "check_id": G(lambda f: "chk_" + f.hexid(20)),
            "provider": G(lambda f: f.pick(["Checkr Asia", "Sterling", "InfoCheck"])),
            "status": G(lambda f: f.pick(["clear", "consider", "suspended"])),
            "candidate": {
                "first_name": Y(given, "name"),
                "last_name": Y(family, "name"),
                "dob": Y(lambda f: f.date(1965, 2003), "birthdate"),
                "passport_number": RED(passport, "passport"),
            },
            "turnaround_hours": G(lambda f: f.r.randint(2, 120)),
            "report_url": G(lambda f: "https://dashboard.checks.example.com/reports/" + f.hexid(24)),
        },
    ),
    (
        "track",
        "Medical Declaration Submitted",
        ("flutter",),
        {
            "declaration_id": G(lambda f: f.uuid()),
            "chronic_conditions": Many(
                Y(lambda f: f.pick(["hypertension", "diabetes", "epilepsy", "asthma"]), "condition"), 2
            ),
            "medications": Many(
                Y(
                    lambda f: f.pick(["Amlodipine 5mg", "Metformin 500mg", "Salbutamol inhaler"]),
                    "medication",
                ),
                2,
            ),
            "is_deaf_partner": RED(lambda f: f.pick([True, False]), "disability"),
            "clinic_name": G(
                lambda f: f.pick(["Bệnh viện Chợ Rẫy", "Bumrungrad", "Klinik Kesihatan Kelana Jaya"])
            ),
            "hospital_patient_no": RED(
                lambda f: f.pick(["HN" + f.digits(8), "MRN-" + f.digits(7), "BN" + f.digits(9)]), "health id"
            ),
            "certificate_issued": G(lambda f: f.pick([True, False])),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Work Permit Verified",
        ("python",),
        {
            "work_permit_no": RED(
                lambda f: f.pick(["WP" + f.digits(9), f"{f.digits(2)}-{f.digits(7)}"]), "visa|national id"
            ),
            "permit_type": G(lambda f: f.pick(["Non-B", "PLKS", "Employment Pass"])),
            "nationality": Y(
                lambda f: f.pick(["Myanmar", "Cambodian", "Lao", "Indonesian", "Filipino"]), "citizenship"
            ),
            "permit_expiry": G(lambda f: f.date(2025, 2027)),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "verified_by": G(lambda f: f.pick(["ops_bot", "manual_review", "gov_api"])),
        },
    ),
    (
        "track",
        "Driver Device Bound",
        ("flutter",),
        {
            "imei": Y(imei, "serial"),
            "android_id": G(lambda f: f.hexid(16)),
            "rooted": G(lambda f: f.pick([True, False])),
            "mock_location_enabled": G(lambda f: f.pick([True, False])),
            "previous_devices": G(lambda f: f.r.randint(0, 4)),
            "sim_country": G(lambda f: f._mkt),
        },
    ),
    (
        "track",
        "Shift Started",
        ("flutter",),
        {
            "shift_id": G(lambda f: f.uuid()),
            "driver_id": G(lambda f: int(f.digits(7))),
            "vehicle_type": G(lambda f: f.pick(["bike", "car", "van"])),
            "start_lat": Y(lat, "geolocation"),
            "start_lng": Y(lng, "geolocation"),
            "heading": G(lambda f: f.r.randint(0, 359)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "online": G(lambda f: True),
            "zone": G(lambda f: f.pick(["D1-Center", "Sukhumvit", "KL-Bangsar", "Hoan Kiem"])),
        },
    ),
    (
        "track",
        "Earnings Statement Viewed",
        ("flutter",),
        {
            "week_start": G(lambda f: f.date(2024, 2024)),
            "currency": G(cur),
            "weekly_earnings": Y(lambda f: amt(f, 60, 400), "salary"),
            "incentive_amount": Y(lambda f: amt(f, 0, 60), "salary"),
            "trips_count": G(lambda f: f.r.randint(5, 160)),
            "online_hours": G(lambda f: round(f.r.uniform(5, 70), 1)),
            "commission_rate": G(lambda f: f.pick([0.2, 0.25, 0.15])),
            "acceptance_rate": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
        },
    ),
    (
        "track",
        "Driver Survey Completed",
        ("flutter",),
        {
            "survey_id": G(lambda f: "srv_" + f.digits(4)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "is_union_member": Y(lambda f: f.pick([True, False]), "trade union"),
            "hours_per_week_band": G(lambda f: f.pick(["<20", "20-40", "40+"])),
            "other_platforms": Many(G(lambda f: f.pick(["grab", "gojek", "be", "lineman", "foodpanda"])), 3),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "track",
        "Safety Incident Reported",
        ("flutter",),
        {
            "incident_id": G(lambda f: f.uuid()),
            "incident_type": G(lambda f: f.pick(["collision", "harassment", "theft", "road_hazard"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Minor scratch on bumper",
                        "Xe bị quẹt ở ngã tư",
                        "Passenger left without paying",
                        "ถนนน้ำท่วม",
                    ]
                )
            ),
            "other_party_plate": Y(plate, "license"),
            "other_party_phone": Y(phone, "phone"),
            "incident_lat": Y(lat, "geolocation"),
            "incident_lng": Y(lng, "geolocation"),
            "injuries": G(lambda f: f.pick([True, False])),
            "police_notified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Insurance Claim Submitted",
        ("java",),
        {
            "claim_number": G(lambda f: "CLM" + f.digits(9)),
            "policy_number": Y(lambda f: f.pick(["PA-", "TIP-", "MSIG-"]) + f.digits(8), "identification"),
            "insurer": G(lambda f: f.pick(["Bảo Việt", "Muang Thai Insurance", "Etiqa"])),
            "injury_description": Y(
                lambda f: f.pick(["sprained wrist", "fractured collarbone", "bruised knee", "whiplash"]),
                "condition",
            ),
            "hospital_name": G(
                lambda f: f.pick(["Vinmec Times City", "Bangkok Hospital", "Sunway Medical Centre"])
            ),
            "hospital_patient_no": RED(
                lambda f: f.pick(["HN" + f.digits(8), "MRN-" + f.digits(7), "BN" + f.digits(9)]), "health id"
            ),
            "medical_bill_amount": G(lambda f: local_money(f, 50, 3000)),
            "trip_id": G(lambda f: f.uuid()),
            "claimant_role": G(lambda f: f.pick(["rider", "driver", "third_party"])),
        },
    ),
    # -- wallet -------------------------------------------------------------------------------
    (
        "track",
        "Wallet Top Up Completed",
        ("java",),
        {
            "topup_id": G(lambda f: "TU" + f.digits(12)),
            "currency": G(cur),
            "amount": G(lambda f: amt(f, 5, 200)),
            "method": G(
                lambda f: f.pick(["card", "bank_transfer", "convenience_store", "promptpay", "duitnow"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "jcb", "napas"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_bin": G(lambda f: f.pick(["411111", "520082", "356600", "970436"])),
            "masked_pan": G(
                lambda f: f.pick(["411111", "520082", "356600"]) + "******" + f"{f.r.randint(0, 9999):04d}"
            ),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "bank_name": G(lambda f: f.pick(BANKS)),
            "fee": G(lambda f: amt(f, 0, 1)),
            "status": G(lambda f: f.pick(["succeeded", "pending", "failed"])),
            "balance_after": G(lambda f: amt(f, 5, 400)),
        },
    ),
    (
        "track",
        "Card Tokenization Failed",
        ("java",),
        {
            "pan": RED(lambda f: f.card(), "credit card"),
            "expiry_month": G(lambda f: f.r.randint(1, 12)),
            "expiry_year": G(lambda f: f.r.randint(2025, 2031)),
            "error_code": G(lambda f: f.pick(["card_declined", "invalid_number", "3ds_failed"])),
            "gateway": G(lambda f: f.pick(["2C2P", "OnePay", "iPay88", "Adyen"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Wallet Transfer Sent",
        RIDER,
        {
            "transfer_id": G(lambda f: f.uuid()),
            "currency": G(cur),
            "amount": G(lambda f: amt(f, 1, 100)),
            "recipient_name": Y(full_name, "name"),
            "recipient_phone": Y(phone, "phone"),
            "recipient_wallet_id": G(lambda f: "W" + f.digits(11)),
            "message": G(lambda f: f.pick(["tiền cơm", "share taxi", "ค่าข้าว", "duit makan", "thanks!", ""])),
            "is_first_transfer": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "PromptPay Transfer Sent",
        ("go",),
        {
            "txn_ref": G(lambda f: f.digits(20)),
            "promptpay_id": Y(lambda f: phone(f, "TH"), "phone", True),
            "amount_thb": G(lambda f: round(f.r.uniform(20, 5000), 2)),
            "bank_code": G(lambda f: f.pick(["004", "014", "002", "006"])),
            "qr_type": G(lambda f: f.pick(["static", "dynamic", "bill_payment"])),
        },
        "TH",
    ),
    (
        "track",
        "Bank Account Linked",
        ("java",),
        {
            "bank_code": G(lambda f: f.pick(["970436", "970407", "KASITHBK", "MBBEMYKL"])),
            "bank_name": G(lambda f: f.pick(BANKS)),
            "account_number": RED(bank_account, "bank account"),
            "account_holder": Y(full_name, "name"),
            "is_default": G(lambda f: f.pick([True, False])),
            "verification_method": G(lambda f: f.pick(["penny_drop", "napas_lookup", "duitnow_lookup"])),
        },
    ),
    (
        "track",
        "eKYC Verified",
        ("java",),
        {
            "kyc_ref": G(lambda f: "KYC" + f.digits(10)),
            "id_type": G(lambda f: f.pick(["cccd", "thai_id", "mykad", "passport"])),
            "id_number": RED(lambda f: f.pick([cccd, thai_id, mykad, passport])(f), "national id|passport"),
            "full_name": Y(full_name, "name"),
            "dob": Y(birthdate, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Vietnamese", "Thai", "Malaysian", "Singaporean"]), "citizenship"
            ),
            "occupation": G(
                lambda f: f.pick(["Software Engineer", "Nhân viên văn phòng", "Teacher", "Peniaga"])
            ),
            "monthly_income_range": Y(
                lambda f: f.pick(["<10M VND", "10-20M VND", "15k-30k THB", "RM3k-5k"]), "salary"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-docs.kitego.com/selfies/{f.uuid()}.jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
            "kyc_level": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Remittance Sent",
        ("java",),
        {
            "remittance_id": G(lambda f: "RMT" + f.digits(10)),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "beneficiary_iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL"])), "bank account"),
            "swift_code": G(lambda f: f.pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "ABNANL2A"])),
            "beneficiary_country": G(lambda f: f.pick(["DE", "GB", "FR", "NL"])),
            "purpose": G(lambda f: f.pick(["family_support", "education", "savings"])),
            "send_amount_myr": G(lambda f: round(f.r.uniform(100, 5000), 2)),
            "fx_rate": G(lambda f: round(f.r.uniform(0.19, 0.22), 4)),
        },
        "MY",
    ),
    (
        "track",
        "Bill Paid",
        RIDER,
        {
            "biller": G(lambda f: f.pick(["EVN HCMC", "MEA", "TNB", "Syabas", "Unifi"])),
            "customer_ref": G(lambda f: f.pick(["PE" + f.digits(11), f.digits(12), f.digits(10)])),
            "currency": G(cur),
            "amount": G(lambda f: amt(f, 5, 150)),
            "autopay": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subscription Started",
        RIDER,
        {
            "plan_name": G(lambda f: f.pick(["KitePlus Monthly", "KitePlus Annual", "Food Saver"])),
            "currency": G(cur),
            "price": G(lambda f: amt(f, 2, 40)),
            "trial_days": G(lambda f: f.pick([0, 7, 30])),
            "payment_token": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Family Member Added",
        RIDER,
        {
            "member_name": Y(full_name, "name"),
            "member_phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["child", "parent", "spouse"])),
            "member_age": G(lambda f: f.r.randint(8, 80)),
            "is_minor": G(lambda f: f.pick([True, False])),
            "spending_limit": G(lambda f: local_money(f, 10, 100)),
        },
    ),
    (
        "track",
        "Dietary Preferences Updated",
        RIDER,
        {
            "halal_only": Y(lambda f: f.pick([True, False]), "religion"),
            "vegetarian": G(lambda f: f.pick([True, False])),
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "shellfish", "gluten", "đậu phộng"]), "allergy"), 2
            ),
            "spice_level": G(lambda f: f.pick(["mild", "medium", "hot"])),
        },
    ),
    # -- food ---------------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        RIDER,
        {
            "query": G(lambda f: f.pick(["bún bò", "som tam", "nasi lemak", "bubble tea", "pizza"])),
            "results": G(lambda f: f.r.randint(0, 80)),
            "filters": Many(G(lambda f: f.pick(["free_delivery", "promo", "rating_4_plus", "halal"])), 2),
        },
    ),
    (
        "track",
        "Restaurant Viewed",
        RIDER,
        {
            "merchant_id": G(lambda f: f"{f._mkt}-M-{f.digits(6)}"),
            "merchant_name": G(lambda f: f.pick(MERCHANTS)),
            "cuisine": G(lambda f: f.pick(["Vietnamese", "Thai", "Malay", "Mamak", "Cafe"])),
            "merchant_city": G(lambda f: f.pick(["Hồ Chí Minh", "Bangkok", "Kuala Lumpur", "George Town"])),
            "merchant_lat": G(lat),
            "merchant_lng": G(lng),
            "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
            "distance_km": G(lambda f: round(f.r.uniform(0.2, 8), 1)),
            "is_open": G(lambda f: f.pick([True, False])),
            "position": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Product Added",
        RIDER,
        {
            "cart_id": G(lambda f: f.uuid()),
            "currency": G(cur),
            **product(None),
        },
    ),
    (
        "track",
        "Order Completed",
        ("node",),
        {
            "order_id": G(order_no),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(MERCHANTS)),
            "currency": G(cur),
            "total": G(lambda f: amt(f, 3, 40)),
            "revenue": G(lambda f: amt(f, 3, 35)),
            "shipping": G(lambda f: amt(f, 0.5, 3)),
            "tax": G(lambda f: amt(f, 0, 2)),
            "discount": G(lambda f: amt(f, 0, 3)),
            "coupon": G(lambda f: f.pick(["", "FREESHIP", "LUNCH20", "PAYDAY"])),
            "products": Many(product(None), 3),
            "delivery_address": Y(address, "address"),
            "delivery_lat": Y(lat, "geolocation"),
            "delivery_lng": Y(lng, "geolocation"),
            "delivery_note": G(
                lambda f: f.pick(
                    [
                        "Leave at guard house",
                        "Để ở bàn bảo vệ",
                        "วางไว้หน้าห้อง",
                        "Letak depan pintu",
                        "No cutlery please",
                    ]
                )
            ),
            "customer_name": Y(full_name, "name"),
            "customer_phone": Y(phone, "phone"),
            "merchant_phone": G(lambda f: f.pick(["028 3829 ", "02-123-", "03-2142 "]) + f.digits(4)),
            "support_email": G(
                lambda f: f.pick(["support@kitego.com", "food-help@kitego.co.th", "no-reply@kitego.my"])
            ),
            "delivery_pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "estimated_delivery_min": G(lambda f: f.r.randint(15, 70)),
        },
    ),
    (
        "track",
        "Gift Order Placed",
        RIDER,
        {
            "order_id": G(order_no),
            "recipient_name": Y(full_name, "name"),
            "recipient_phone": Y(phone, "phone"),
            "gift_message": Y(gift_message, "name", True),
            "reveal_sender": G(lambda f: f.pick([True, False])),
            "occasion": G(lambda f: f.pick(["birthday", "get_well", "thank_you"])),
        },
    ),
    (
        "track",
        "Merchant Rated",
        RIDER,
        {
            "order_id": G(order_no),
            "merchant_id": G(lambda f: f"{f._mkt}-M-{f.digits(6)}"),
            "food_rating": G(lambda f: f.r.randint(1, 5)),
            "delivery_rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(RATING_COMMENTS)),
            "photo_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    # -- parcel -------------------------------------------------------------------------------
    (
        "track",
        "Parcel Booked",
        ("swift", "kotlin", "web"),
        {
            "parcel_id": G(lambda f: f.uuid()),
            "tracking_no": G(lambda f: f"KTG{f.digits(10)}{f._mkt}"),
            "size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "weight_kg": G(lambda f: round(f.r.uniform(0.1, 20), 2)),
            "sender": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "address": Y(address, "address"),
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
            },
            "recipient": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "address": Y(address, "address"),
                "postcode": Y(postcode, "zipcode"),
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
            },
            "item_category": G(lambda f: f.pick(["documents", "clothing", "electronics", "food"])),
            "currency": G(cur),
            "declared_value": G(lambda f: amt(f, 5, 300)),
            "cod_amount": G(lambda f: amt(f, 0, 100)),
            "insured": G(lambda f: f.pick([True, False])),
            "note": Y(driver_note, "phone|name", True),
        },
    ),
    (
        "track",
        "Parcel Delivered",
        ("flutter",),
        {
            "parcel_id": G(lambda f: f.uuid()),
            "pod_photo_url": Y(lambda f: f"https://pod.kitego.com/{f.hexid(20)}.jpg", "photo"),
            "received_by": Y(full_name, "name", True),
            "delivery_otp": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "otp_verified": G(lambda f: f.pick([True, False])),
            "drop_lat": Y(lat, "geolocation"),
            "drop_lng": Y(lng, "geolocation"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "hub_address": G(
                lambda f: f.pick(
                    [
                        "Kho Tân Bình, 18 Cộng Hòa, Tân Bình, TP.HCM",
                        "Lat Krabang Hub, Bangkok 10520",
                        "Shah Alam Hub, Seksyen 15, 40200 Shah Alam",
                    ]
                )
            ),
        },
    ),
    # -- support ------------------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        RIDER,
        {
            "conversation_id": G(lambda f: f.uuid()),
            "message": G(lambda f: f.pick(SUPPORT_LINES)),
            "topic": G(lambda f: f.pick(["ride", "food", "express", "wallet"])),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Chatbot Step Completed",
        RIDER,
        {
            "flow": G(lambda f: "lost_item"),
            "step": G(lambda f: "collect_callback_number"),
            "input": Y(phone, "phone", True),
            "bot_version": G(lambda f: f.pick(["2024.05.1", "2024.06.0", "2024.06.3"])),
        },
    ),
    (
        "track",
        "Lost Item Reported",
        RIDER,
        {
            "trip_id": G(lambda f: f.uuid()),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "black umbrella",
                        "iPhone 13 in blue case",
                        "ví da màu nâu",
                        "กระเป๋าเป้สีเทา",
                        "laptop bag",
                    ]
                )
            ),
            "callback_note": Y(callback_note, "phone", True),
            "fee_agreed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Ticket Created",
        ("ruby",),
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(7))),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Refund request",
                            "Driver behaviour",
                            "Missing item in order",
                            "Wallet top up not received",
                        ]
                    )
                ),
                "description": G(lambda f: f.pick(SUPPORT_LINES)),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "tags": Many(G(lambda f: f.pick(["refund", "vip", "food", "ride", "th", "vn", "my"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "api"]))},
                "requester": {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                },
                "assignee": {"name": Y(full_name, "name"), "email": Y(staff_email, "email")},
                "custom_fields": Many(
                    {
                        "id": G(lambda f: f.pick([360012345678, 360098765432, 360011122233])),
                        "value": G(lambda f: f.pick(["ride", "food", order_no(f), "refund_requested"])),
                    },
                    2,
                ),
            },
            "sla_policy": G(lambda f: f.pick(["vip_2h", "standard_24h", "merchant_8h"])),
        },
    ),
    (
        "track",
        "Email Delivered",
        ("node",),
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "timestamp": G(epoch_s),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "sg_event_id": G(lambda f: f.hexid(22)),
            "sg_message_id": G(lambda f: f"{f.hexid(22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(5)}"),
            "category": Many(G(lambda f: f.pick(["receipt", "promo", "kyc"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: f.pick(WEB_UAS)),
            "asm_group_id": G(lambda f: f.pick([21445, 21446, 21452])),
        },
    ),
    # -- growth / ads ---------------------------------------------------------------------------
    (
        "track",
        "Install Attributed",
        ("kotlin", "swift"),
        {
            "provider": G(lambda f: "AppsFlyer"),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "media_source": G(
                lambda f: f.pick(["Facebook Ads", "googleadwords_int", "tiktokglobal_int", "organic"])
            ),
            "campaign": G(lambda f: f.pick(["rider_acq_vn", "food_th_q3", "express_my"])),
            "af_adset": G(lambda f: f.pick(["lookalike_1pct", "broad_18_35", "retarget_7d"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                ),
                "advertising id",
            ),
            "is_retargeting": G(lambda f: f.pick([True, False])),
            "install_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Purchase",
        ("php",),
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app"])),
            "user_data": {
                "em": Y(lambda f: sha256(email(f)), "email"),
                "ph": Y(lambda f: sha256(e164(f).lstrip("+")), "phone"),
                "fn": Y(lambda f: sha256(ascii_fold(given(f))), "name"),
                "ln": Y(lambda f: sha256(ascii_fold(family(f))), "name"),
                "ct": Y(lambda f: sha256(ascii_fold(home_city(f)).replace(" ", "")), "city"),
                "country": G(lambda f: sha256(f.pick(["vn", "th", "my"]))),
                "external_id": G(lambda f: sha256("rdr_" + f.digits(8))),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            },
            "custom_data": {
                "currency": G(cur),
                "value": G(lambda f: amt(f, 3, 40)),
                "content_ids": Many(G(lambda f: "itm_" + f.digits(7)), 3),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "page",
        "Driver Signup",
        ("web",),
        {
            "path": G(lambda f: "/signup"),
            "url": G(lambda f: "https://drive.kitego.com/signup" + f.pick(["", "?city=bkk", "?city=kul"])),
            "title": G(lambda f: "Drive with KiteGo"),
            "referrer": G(lambda f: f.pick(["", "https://www.facebook.com/", "https://www.tiktok.com/"])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(50), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["driver_recruit_q3", "bike_partner_hcm", "ev_driver_kl"])),
        },
    ),
    (
        "track",
        "Signup Field Completed",
        ("web",),
        {
            "form_id": G(lambda f: "driver_signup_v3"),
            "field": G(lambda f: "mobile_number"),
            "value": Y(phone, "phone", True),
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 30000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        RIDER,
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["zalo", "line", "whatsapp", "messenger", "sms"])),
            "invitee_name": Y(full_name, "name"),
            "invitee_phone": Y(phone, "phone"),
            "reward_amount": G(lambda f: local_money(f, 1, 5)),
        },
    ),
    (
        "track",
        "Contacts Synced",
        RIDER,
        {
            "contacts": Many(
                {
                    "displayName": Y(full_name, "name"),
                    "phoneNumber": Y(phone, "phone"),
                    "onKiteGo": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "contacts_count": G(lambda f: f.r.randint(10, 900)),
            "permission": G(lambda f: f.pick(["granted", "limited", "granted_once"])),
        },
    ),
    (
        "screen",
        "Promo Detail",
        RIDER,
        {
            "promo_id": G(lambda f: "prm_" + f.digits(5)),
            "promo_code": G(lambda f: f.pick(["", "TET50", "SONGKRAN20", "RAYA15"])),
            "deep_link": G(
                lambda f: f.pick(["kitego://promo/TET50", "kitego://food?tab=deals", "kitego://express"])
            ),
            "banner_position": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    # -- kebab-case web form -------------------------------------------------------------------
    (
        "track",
        "Business Account Requested",
        ("web",),
        {
            "company-name": G(
                lambda f: f.pick(
                    [
                        "Công ty TNHH Minh Phát",
                        "Siam Logistics Co., Ltd.",
                        "Syarikat Maju Jaya Sdn Bhd",
                        "Globex Asia",
                    ]
                )
            ),
            "contact-person": Y(full_name, "name"),
            "work-email": Y(email, "email"),
            "phone-number": Y(phone, "phone"),
            "job-title": G(
                lambda f: f.pick(
                    ["HR Manager", "Office Admin", "Trưởng phòng hành chính", "Finance Executive"]
                )
            ),
            "fleet-size": G(lambda f: f.pick(["1-10", "11-50", "51-200"])),
            "monthly-rides": G(lambda f: f.pick(["<100", "100-500", "500+"])),
            "how-did-you-hear": G(lambda f: f.pick(["linkedin", "friend", "google", "event"])),
            "accept-terms": G(lambda f: True),
        },
    ),
    (
        "group",
        None,
        ("python", "web"),
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Công ty TNHH Minh Phát",
                        "Siam Logistics Co., Ltd.",
                        "Syarikat Maju Jaya Sdn Bhd",
                        "Globex Asia",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["Logistics", "Retail", "Technology", "F&B"])),
            "employees": G(lambda f: f.r.randint(10, 5000)),
            "plan": G(lambda f: f.pick(["business_basic", "business_pro", "enterprise"])),
            "website": G(
                lambda f: f.pick(
                    ["https://minhphat.vn", "https://siamlogistics.co.th", "https://majujaya.com.my"]
                )
            ),
            "billing_email": G(
                lambda f: f.pick(
                    ["accounts@minhphat.vn", "finance@siamlogistics.co.th", "ap@majujaya.com.my"]
                )
            ),
            "admin_email": Y(email, "email"),
            "tax_code": G(lambda f: f.pick(["0312345678", "0105551234567", "C2584563200"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Expense Report Exported",
        ("go",),
        {
            "company_id": G(lambda f: "biz_" + f.digits(6)),
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "employee_name": Y(full_name, "name"),
            "employee_email": Y(email, "email"),
            "manager_email": Y(email, "email"),
            "cost_center": G(lambda f: f.pick(["CC-100-SALES", "CC-220-OPS", "CC-310-IT"])),
            "rides_count": G(lambda f: f.r.randint(1, 60)),
            "total_amount": G(lambda f: local_money(f, 10, 800)),
            "format": G(lambda f: f.pick(["csv", "pdf", "xlsx"])),
        },
    ),
    # -- merchant (RN app, .NET backend with PascalCase) ---------------------------------------
    (
        "group",
        None,
        ("dotnet",),
        {
            "name": G(lambda f: f.pick(MERCHANTS)),
            "address": G(
                lambda f: f.pick(
                    [
                        "11A Pasteur, Bến Nghé, Quận 1, TP.HCM",
                        "313 Maha Chai Rd, Samran Rat, Bangkok 10200",
                        "Jalan Yap Kwan Seng, 50450 Kuala Lumpur",
                    ]
                )
            ),
            "hotline": G(lambda f: f.pick(["028 3829 7943", "02-221-6280", "03-2166 1234", "1900 6868"])),
            "cuisine": G(lambda f: f.pick(["Vietnamese", "Thai", "Malay", "Mamak", "Cafe"])),
            "ssm_registration_no": G(
                lambda f: f"2023010{f.digits(5)} ({f.digits(7)}-{f.pick('ABCDEFHKMPTUVWX')})"
            ),
            "outlets": G(lambda f: f.r.randint(1, 40)),
            "owner_name": Y(full_name, "name"),
            "owner_mobile": Y(phone, "phone"),
            "commission_tier": G(lambda f: f.pick(["standard", "partner", "exclusive"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Menu Item Updated",
        ("dotnet",),
        {
            "MerchantId": G(lambda f: f"{f._mkt}-M-{f.digits(6)}"),
            "ItemId": G(lambda f: int(f.digits(8))),
            "ItemName": G(dish),
            "Price": G(lambda f: local_money(f, 1, 10)),
            "IsAvailable": G(lambda f: f.pick([True, False])),
            "UpdatedBy": Y(email, "email"),
            "UpdatedAtUtc": G(lambda f: f.iso()),
            "ChangeSet": Many(G(lambda f: f.pick(["price", "photo", "description", "availability"])), 2),
        },
    ),
    (
        "track",
        "Payout Settled",
        ("dotnet",),
        {
            "PayoutId": G(lambda f: "PO-" + f.digits(9)),
            "MerchantId": G(lambda f: f"{f._mkt}-M-{f.digits(6)}"),
            "Currency": G(cur),
            "Amount": G(lambda f: amt(f, 50, 5000)),
            "BankName": G(lambda f: f.pick(BANKS)),
            "AccountNumber": RED(bank_account, "bank account"),
            "AccountHolderName": Y(full_name, "name"),
            "SettledAt": G(lambda f: f.iso()),
            "StatementPeriod": G(lambda f: f.pick(["2024-W18", "2024-W19", "2024-W20"])),
        },
    ),
    (
        "track",
        "Staff Member Added",
        ("dotnet",),
        {
            "StaffId": G(lambda f: int(f.digits(6))),
            "StaffName": Y(full_name, "name"),
            "StaffPhone": Y(phone, "phone"),
            "Role": G(lambda f: f.pick(["Cashier", "Kitchen", "Manager", "Owner"])),
            "PosPin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password"),
            "HourlyRate": Y(lambda f: local_money(f, 1.5, 6), "salary"),
            "OutletId": G(lambda f: "OUT-" + f.digits(4)),
        },
    ),
    (
        "track",
        "Order Accepted",
        ("rn",),
        {
            "orderId": G(order_no),
            "prepTimeMinutes": G(lambda f: f.pick([5, 10, 15, 20, 30])),
            "itemsCount": G(lambda f: f.r.randint(1, 8)),
            "customerFirstName": Y(given, "name"),
            "acceptedBy": G(lambda f: f.pick(["tablet_1", "tablet_2", "auto_accept"])),
            "printerConnected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Merchant Orders",
        ("rn",),
        {
            "tab": G(lambda f: f.pick(["new", "preparing", "ready", "history"])),
            "ordersCount": G(lambda f: f.r.randint(0, 40)),
            "storeOpen": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Merchant Signed Up",
        ("web",),
        {
            "business_name": G(lambda f: f.pick(MERCHANTS)),
            "owner_email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Kitego@2024", "phohoa123", "Sawasdee!99", "makan2sedap"]), "password"
            ),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "magic_link": RED(
                lambda f: "https://merchant.kitego.com/auth/verify?token=" + f.hexid(48), "token"
            ),
            "accepted_terms_version": G(lambda f: f.pick(["2023-10", "2024-01", "2024-04"])),
        },
    ),
    (
        "page",
        "Merchant Dashboard",
        ("web",),
        {
            "path": G(lambda f: "/dashboard"),
            "url": G(lambda f: "https://merchant.kitego.com/dashboard"),
            "title": G(lambda f: "KiteGo Merchant | Dashboard"),
            "date_range": G(lambda f: f.pick(["7d", "30d", "mtd"])),
            "outlet_count": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Merchant Login Failed",
        ("php",),
        {
            "username": Y(email, "email", True),
            "reason": G(lambda f: f.pick(["wrong_password", "account_locked", "unknown_user"])),
            "attempt": G(lambda f: f.r.randint(1, 5)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ("web",),
        {
            "form_name": G(lambda f: "callback_request"),
            "form_plugin": G(lambda f: "gravityforms"),
            "fields": {
                "input_1": Y(full_name, "name", True),
                "input_2": Y(phone, "phone", True),
                "input_3": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
                "input_4": G(lambda f: f.pick(["Ride", "Food", "Express", "Business account"])),
            },
            "page_language": G(lambda f: f.pick(["vi", "th", "ms", "en"])),
        },
    ),
    (
        "track",
        "Navigation Started",
        ("flutter",),
        {
            "job_id": G(lambda f: f.uuid()),
            "leg": G(lambda f: f.pick(["to_pickup", "to_dropoff", "to_merchant"])),
            "destination": Y(latlng_str, "geolocation", True),
            "nav_app": G(lambda f: f.pick(["in_app", "google_maps", "waze"])),
            "route_distance_m": G(lambda f: f.r.randint(200, 30000)),
        },
    ),
    # -- warehouse (reverse ETL) --------------------------------------------------------------
    (
        "identify",
        None,
        ("python", "node"),
        {
            "EMAIL": Y(email, "email"),
            "PHONE_E164": Y(e164, "phone"),
            "FIRST_NAME": Y(given, "name"),
            "DOB": Y(lambda f: f.date(1960, 2004), "birthdate"),
            "HOME_DISTRICT": Y(
                lambda f: f.pick(["Quận 7", "Bình Thạnh", "Bang Rak", "Chatuchak", "Bangsar", "Cheras"]),
                "city|address",
            ),
            "LIFETIME_RIDES": G(lambda f: f.r.randint(0, 2000)),
            "LTV_USD": G(lambda f: round(f.r.uniform(0, 3000), 2)),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 4)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "PREFERRED_PAYMENT": G(lambda f: f.pick(["cash", "wallet", "card"])),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
    (
        "alias",
        None,
        ("python", "swift", "kotlin"),
        {},
    ),
]


PREFIX = {"flutter": "drv_", "python": "drv_", "rn": "mer_", "dotnet": "mer_", "php": "mer_"}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body, *market in EVENTS:
            client = f.pick(list(clients))
            f._mkt = market[0] if market else f.pick(["VN", "TH", "MY"])
            f._fam = None
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if kind != "group" and not (
                kind == "track" and client in ("swift", "kotlin") and f.r.random() < 0.15
            ):
                msg["userId"] = PREFIX.get(client, "rdr_") + f.digits(8)
            if client in CONTEXTS or "userId" not in msg or f.r.random() < 0.3:
                msg["anonymousId"] = f.uuid()
            if kind == "group":
                msg["userId"] = "usr_" + f.digits(8)
                msg["groupId"] = ("biz_" if client != "dotnet" else "mer_") + f.digits(6)
            if kind == "alias":
                msg["previousId"] = f.uuid()
                msg["userId"] = "rdr_" + f.digits(8)
            if kind == "track":
                msg["event"] = name
            elif name:
                msg["name"] = name
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            ctx = CONTEXTS[client](f) if client in CONTEXTS else server_context(f, client)
            msg["context"] = render(ctx, f, "context", labels)
            if f.r.random() < 0.2:
                msg["integrations"] = {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=149, repeats=28)
    write(Path(__file__).parent, "holdout149_", events, labels)
