"""Writes holdout241: tests/corpus/holdout241_events.jsonl and holdout241_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md, build.py, fake.py and build_holdout3.py
(for the format) only, without reading the detection engine, its vocabularies, its tests, its
docs or any other corpus's labels, and without running the engine on these events.

Domain: a cannabis dispensary chain and medical-cannabis app selling in Canada, California and
Thailand. Covered: age gates and ID verification at sign-up (a Veriff-shaped webhook, a door ID
scanner from a .NET POS, a kebab-case age-check widget), medical patient registrations
(recommending physicians, qualifying conditions, patient card numbers, caregivers, a Thai
patient registry with Thai keys and Buddhist-era dates), the product catalogue (strains,
THC/CBD, batches, lab results), click-and-collect and delivery orders with purchase limits,
pay-by-bank and card payments, loyalty, referrals and birthday rewards, veteran and First
Nations tax-exemption discounts, budtender staff accounts (HR sync, shifts, timesheets),
delivery drivers, seed-to-sale compliance sync (Metrc-shaped PascalCase receipts, CTLS reports,
transfer manifests), a Thai LINE shop and bank-slip verification, support tickets, SMS and
telephony webhooks (Twilio-shaped), e-mail events (SendGrid-shaped), insurer claims, pets' CBD
profiles, a reverse-ETL identify with SCREAMING_SNAKE keys and a Quebec backend with French keys.
Contexts are those of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics-flutter and the python, node, go, java, ruby, php and .NET server libraries.

Conventions: field paths as portal.events.flatten gives them (dotted, arrays as `[]`); only
`properties`, `traits` and `context` are labelled. Every leaf path carries its classification
(red / yellow / green), type (the reference's matcher name or bank account, geolocation,
secret, national id, health id, advertising id, credit card, password, ip address ...; `a|b`
when either name is fair) and value_only (true when the key does not say what the value is).

Labelling rules: the brief's, which follow the product's published policy. Green: ids we issue,
SKUs, versions, timestamps, amounts, enums, counters and booleans under PII-sounding keys, things'
names (strains, products, stores, hotels, pets), places that are not the person's, member/loyalty/
claim numbers, ages and age bands, a business's own phone, e-mail, address and licence number,
proxy and short-code numbers, UUID tokens, Message-IDs, card brand/last four/expiry and masked
PANs, routing/transit/institution numbers. Yellow: names, contact details, the person's address
parts (street, city, postal code; province, state and country stay green), birth dates, gender,
citizenship, IPs, precise locations, ad click ids, insurer member and policy numbers
(`identification`), prescriptions and cannabis recommendations (`medication`), pay (`salary`),
plates (`license`), VINs (`serial`). Red: government ids, health ids, bank accounts, card
numbers, payment tokens, passwords, one-time codes, sign-in tokens, API credentials, veteran
status.

Rules this corpus had to settle (where the policy is silent, what a careful privacy owner would
want flagged):
- Being a medical-cannabis patient is health data: an enum or boolean that says whether the
  person is a medical patient (`customer_type`, `SalesCustomerType`, `IS_MEDICAL`) is yellow
  `condition`; a count or a card's expiry date is green.
- A medical-cannabis patient or caregiver card number (state MMIC, Metrc patient licence,
  provincial health card) is red `health id`; a physician's recommendation number is treated like
  a prescription number: yellow `medication`.
- A clinician's public registry number (NPI, college licence, Thai practitioner licence) is green,
  as in the main corpus; the clinician's name is yellow `name`.
- A driver's licence scanned or recorded as proof of identity is an identity document: red
  `national id|license`. A First Nations status card number is red `national id`; the exemption
  type and band name reveal ethnicity: yellow `ethnicity`.
- Wellness goals chosen in a strain quiz ("pain relief", "anxiety") are yellow `condition`; a
  pet's conditions are pets' data: green.
- Tips and gross pay of a staff member are yellow `salary`.
- A hashed e-mail sent for ad matching is still a matchable identifier: yellow `email`.
- A pickup code that releases an order is a one-time code: red `token`.
- A LINE userId is scoped to our channel and issued by the platform to us, like an app account
  token: green.
- The IP in an e-mail provider's bounce event is the provider's sending IP: green.
- Free text is labelled by what every one of its values carries; this corpus's free-text fields
  either always carry the named PII or never do.
"""

import base64
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

FIRST = [
    "Somchai", "Nattaya", "Kittipong", "Siriporn", "Anan", "Ploy", "Thanawat", "Chanida",
    "Mathieu", "Geneviève", "Étienne", "Chloé", "Gurpreet", "Harjit", "Simran", "Wei", "Xiaoling",
    "Maricel", "Jerome", "Alejandro", "Guadalupe", "Ximena", "Jesús", "Jiwoo", "Minseo", "Thanh",
    "Linh", "Anush", "Aram", "Chidi", "Ngozi", "Shirin", "Dariush", "Tyler", "Brittany", "Marcus",
    "Keisha", "Oksana", "Lars", "Aiyana", "Tanvir", "Emily", "Siobhan", "Kofi", "Yara", "Hiroshi",
]  # fmt: skip
LAST = [
    "Wongsawat", "Srisuk", "Jaidee", "Chaiyaporn", "Tremblay", "Gagnon", "Côté", "Bouchard",
    "Sandhu", "Gill", "Dhillon", "Nguyen", "Tran", "Li", "Wang", "Santos", "Reyes", "Hernández",
    "López", "Martínez", "Kim", "Park", "Petrosyan", "Okonkwo", "Rahimi", "Kovalenko",
    "Johansson", "MacDonald", "Thompson", "Washington", "O'Connor", "Yellowhorn", "Tanaka",
    "Abdi", "Haddad", "Schulz", "Morales", "Dela Cruz",
]  # fmt: skip
TH_FIRST = ["สมชาย", "ณัฐธิดา", "กิตติพงษ์", "ศิริพร", "อนันต์", "พลอย", "ธนวัฒน์", "ชนิดา", "วิไลวรรณ", "ปิยะพงษ์"]
TH_LAST = ["ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "ชัยพร", "ทองดี", "แสงทอง", "บุญมา", "รัตนพันธ์", "สุขสวัสดิ์", "พรหมมา"]
MAIL = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "yahoo.co.th",
    "shaw.ca",
    "videotron.ca",
    "yahoo.com",
]

CA_STREETS = [
    "Queen St W", "Rue Saint-Denis", "Commercial Dr", "Jasper Ave", "Bank St", "Yonge St",
    "Granville St", "Whyte Ave", "Rue Ontario E", "Dundas St E", "Main St",
]  # fmt: skip
CA_CITIES = [
    ("Toronto", "ON"), ("Vancouver", "BC"), ("Montréal", "QC"), ("Edmonton", "AB"), ("Ottawa", "ON"),
    ("Calgary", "AB"), ("Halifax", "NS"), ("Victoria", "BC"), ("Winnipeg", "MB"),
]  # fmt: skip
US_STREETS = [
    "Sunset Blvd", "Telegraph Ave", "Valencia St", "Mission Blvd", "El Camino Real", "Broadway",
    "Alvarado St", "University Ave", "J St", "Pacific Coast Hwy",
]  # fmt: skip
US_CITIES = [
    ("Los Angeles", "900"), ("Oakland", "946"), ("San Francisco", "941"), ("San Diego", "921"),
    ("Sacramento", "958"), ("Eureka", "955"), ("Long Beach", "908"), ("Santa Cruz", "950"),
]  # fmt: skip
TH_ADDR = [
    "99/12 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
    "45 Moo 3, Bophut, Ko Samui, Surat Thani 84320",
    "12/7 Nimmanhaemin Rd Soi 9, Suthep, Mueang Chiang Mai, Chiang Mai 50200",
    "188/4 Rat-U-Thit 200 Pi Rd, Patong, Kathu, Phuket 83150",
    "7/21 Moo 9, Nong Prue, Bang Lamung, Chon Buri 20150",
]
TH_ADDR_TH = [
    "88/5 หมู่ 4 ต.ป่าตอง อ.กะทู้ จ.ภูเก็ต",
    "123/45 ซอยอารีย์ 2 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ",
    "9 ถ.นิมมานเหมินท์ ต.สุเทพ อ.เมือง จ.เชียงใหม่",
    "55/1 หมู่ 1 ต.บ่อผุด อ.เกาะสมุย จ.สุราษฎร์ธานี",
    "301 ถ.พหลโยธิน แขวงจตุจักร เขตจตุจักร กรุงเทพฯ",
]
STRAINS = [
    "Blue Dream", "Pink Kush", "Jack Herer", "Charlotte's Web", "Bruce Banner", "Sour Diesel",
    "Granddaddy Purple", "Durban Poison", "Gelato 41", "Wedding Cake", "Thai Stick", "Chiang Mai Gold",
    "Tangie", "Ghost Train Haze", "Mother's Milk", "Ice Cream Cake",
]  # fmt: skip
BRANDS = [
    "Northern Ridge",
    "Pacific Bloom",
    "Lanna Leaf",
    "Sunset Sherbs",
    "Maple Remedies",
    "Golden Triangle Farms",
]
FORMATS = ["3.5g", "7g", "1g pre-roll x3", "0.5g vape", "10mg gummies x10", "30ml tincture", "28g"]
CATEGORIES = ["flower", "pre-rolls", "vapes", "edibles", "concentrates", "tinctures", "topicals"]
STORES = [
    ("st_tor_qw", "Leaf & Lantern Queen West", "Toronto", "+1 416-555-0182", "queenwest@leafandlantern.ca"),
    ("st_van_cd", "Leaf & Lantern Commercial Dr", "Vancouver", "+1 604-555-0147", "commdr@leafandlantern.ca"),
    ("st_oak_tg", "Pacific Bloom Oakland", "Oakland", "(510) 555-0119", "oakland@pacificbloom.co"),
    ("st_la_sl", "Pacific Bloom Silver Lake", "Los Angeles", "(323) 555-0164", "silverlake@pacificbloom.co"),
    ("st_cnx_nm", "Lanna Leaf Nimman", "Chiang Mai", "+66 53 555 014", "nimman@lannaleaf.co.th"),
    ("st_bkk_sk", "Lanna Leaf Sukhumvit 11", "Bangkok", "+66 2 555 0190", "sukhumvit@lannaleaf.co.th"),
]  # fmt: skip
HOTELS = [
    "Amari Watergate",
    "Kimpton Maa-Lai",
    "Centara Grand Beach Resort",
    "Lub d Silom",
    "Holiday Inn Express",
]
CA_DL_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def st(f: Fake):
    return f.pick(STORES)


def first(f: Fake) -> str:
    return f.pick(FIRST)


def last(f: Fake) -> str:
    return f.pick(LAST)


def name(f: Fake) -> str:
    return f"{first(f)} {last(f)}"


def th_name(f: Fake) -> str:
    return f"{f.pick(['', 'นาย ', 'นางสาว ', 'นาง '])}{f.pick(TH_FIRST)} {f.pick(TH_LAST)}"


def ascii_fold(s: str) -> str:
    table = str.maketrans("éèêëáíóúñçôöüÉ'", "eeeeaiouncoouE_")
    return s.translate(table).replace(" ", "").lower()


def email(f: Fake, first_=None, last_=None) -> str:
    a = ascii_fold(first_ or first(f))
    b = ascii_fold(last_ or last(f)).replace("_", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b[:4]}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL)}"


def work_email(f: Fake) -> str:
    dom = f.pick(["leafandlantern.ca", "pacificbloom.co", "lannaleaf.co.th"])
    return f"{ascii_fold(first(f))}.{ascii_fold(last(f)).replace('_', '')}@{dom}"


NANP = [
    "416",
    "647",
    "604",
    "778",
    "514",
    "438",
    "403",
    "613",
    "213",
    "310",
    "415",
    "510",
    "619",
    "916",
    "707",
]


def nanp(f: Fake) -> str:
    a, x, n = f.pick(NANP), f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"+1{a}{x}{n:04d}",
            f"({a}) {x}-{n:04d}",
            f"{a}-{x}-{n:04d}",
            f"+1 {a} {x} {n:04d}",
            f"{a}.{x}.{n:04d}",
        ]
    )


def th_phone(f: Fake) -> str:
    p, a, b = (
        f.pick(["81", "82", "86", "89", "92", "95", "98", "61", "64"]),
        f.r.randint(100, 999),
        f.r.randint(0, 9999),
    )
    return f.pick([f"+66 {p} {a} {b:04d}", f"0{p}-{a}-{b:04d}", f"0{p}{a}{b:04d}", f"+66{p}{a}{b:04d}"])


def intl_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            f"+49 15{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
            f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+86 13{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
            f"+972 5{r.randint(0, 9)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        ]
    )


def any_phone(f: Fake) -> str:
    return f.pick([nanp, nanp, th_phone, intl_phone])(f)


def ca_postal(f: Fake) -> str:
    L = "ABCEGHJKLMNPRSTVXY"
    r = f.r
    fsa = f"{r.choice('KLMNTVHJ')}{r.randint(1, 9)}{r.choice(L)}"
    return f"{fsa} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"


def us_zip(f: Fake) -> str:
    return f.pick(US_CITIES)[1] + f"{f.r.randint(0, 99):02d}"


def postal(f: Fake) -> str:
    return f.pick([ca_postal, us_zip, lambda f: f.pick(["10110", "50200", "83150", "84320", "20150"])])(f)


def street_line(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{f.r.randint(10, 3999)} {f.pick(CA_STREETS)}"
    return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}"


def city(f: Fake) -> str:
    return f.pick([f.pick(CA_CITIES)[0], f.pick(US_CITIES)[0], "Chiang Mai", "Pattaya", "Bangkok"])


def full_address(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        c, p = f.pick(CA_CITIES)
        unit = f.pick(["", f"{f.r.randint(101, 2910)}-", f"Unit {f.r.randint(1, 40)}, "])
        return f"{unit}{f.r.randint(10, 3999)} {f.pick(CA_STREETS)}, {c}, {p} {ca_postal(f)}"
    if kind == 1:
        c, z = f.pick(US_CITIES)
        apt = f.pick(["", f" Apt {f.r.randint(1, 40)}", f" #{f.r.randint(100, 599)}"])
        return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}{apt}, {c}, CA {z}{f.r.randint(0, 99):02d}"
    return f.pick(TH_ADDR)


def unit(f: Fake) -> str:
    return f.pick(
        [
            f"Apt {f.r.randint(1, 40)}",
            f"Unit {f.r.randint(100, 2999)}",
            f"Suite {f.r.randint(100, 500)}",
            "Basement",
            "Rear house",
        ]
    )


def dob(f: Fake, fmt=None) -> str:
    y, m, d = f.r.randint(1950, 2004), f.r.randint(1, 12), f.r.randint(1, 28)
    fmt = fmt or f.pick(["iso", "us", "dmy"])
    return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "dmy": f"{d:02d}/{m:02d}/{y}"}[fmt]


def be_date(f: Fake) -> str:
    """Thai Buddhist-era birth date, as Thai forms record it."""
    return f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2493, 2547)}"


def thai_id(f: Fake, formatted=None) -> str:
    d = [f.r.randint(1, 8)] + [f.r.randint(0, 9) for _ in range(11)]
    check = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = "".join(map(str, d)) + str(check)
    formatted = f.r.random() < 0.5 if formatted is None else formatted
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}" if formatted else s


def sin(f: Fake) -> str:
    n = f.luhn_complete(
        str(f.pick([1, 2, 3, 4, 5, 6, 7])) + "".join(str(f.r.randint(0, 9)) for _ in range(7))
    )
    return f.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def bc_phn(f: Fake) -> str:
    while True:
        d = [9] + [f.r.randint(0, 9) for _ in range(8)]
        total = sum((x * w) % 11 for x, w in zip(d[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True))
        check = 11 - total % 11
        if check < 10:
            s = "".join(map(str, d)) + str(check)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def ohip(f: Fake) -> str:
    s = f.luhn_complete(str(f.r.randint(1, 9)) + "".join(str(f.r.randint(0, 9)) for _ in range(8)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{f.r.choice('ABCDEFGHJK')}{f.r.choice('ABCDEFGHJK')}"


def ramq(f: Fake) -> str:
    ln = ascii_fold(f.pick(["Tremblay", "Gagnon", "Côté", "Bouchard", "Roy", "Lavoie"])).upper()[:3]
    fn = f.pick("MGECJSAN")
    yy, mm, dd = f.r.randint(50, 99), f.r.randint(1, 12) + f.pick([0, 50]), f.r.randint(1, 28)
    return f"{ln}{fn} {yy:02d}{mm:02d} {dd:02d}{f.r.randint(10, 99)}"


def health_card(f: Fake) -> str:
    return f.pick([ohip, bc_phn, ramq])(f)


def mmic(f: Fake) -> str:
    """A California medical-marijuana identification card id, or another state's patient card."""
    r = f.r
    return f.pick(
        [
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + f"{r.randint(1000, 9999)}",
            f"PA-{r.randint(10000000, 99999999)}",
            f"P{r.randint(100000, 999999)}",
            f"MMJ-{r.randint(100000, 999999)}",
        ]
    )


def passport(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.choice('ABGHJKLMNPRSTVWXYZ')}{r.choice('ABCDEFGHJKLMN')}{r.randint(100000, 999999)}",
            f"5{r.randint(10000000, 99999999)}",
            f"A{r.choice('ABCDEFGHJK')}{r.randint(1000000, 9999999)}",
            f"{r.randint(100000000, 999999999)}",
            "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
        ]
    )


def dl_number(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.choice(CA_DL_LETTERS)}{r.randint(1000000, 9999999)}",
            f"{r.choice(CA_DL_LETTERS)}{r.randint(1000, 9999)}-{f.digits(5)}-{f.digits(5)}",
            f"{r.randint(1000000, 9999999)}",
        ]
    )


def id_document_number(f: Fake) -> str:
    return f.pick([passport, dl_number, lambda f: thai_id(f, formatted=False)])(f)


def status_card(f: Fake) -> str:
    return f"{f.r.randint(100, 999)}{f.r.randint(1000000, 9999999)}"


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {**{str(i): i for i in range(10)}}
    translit.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
    translit.update(dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9})
    translit.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = [f.pick(["1HG", "JTD", "5YJ", "2T1", "KMH", "1FA", "3VW"])] + [
        f.r.choice(chars) for _ in range(14)
    ]
    s = list("".join(body))
    total = sum(translit[c] * w for c, w in zip(s, weights, strict=True))
    s[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(s)


def plate(f: Fake) -> str:
    r = f.r
    up = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f.pick(
        [
            f"{r.randint(5, 9)}{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.randint(100, 999)}",
            f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{r.choice(up)} {r.randint(100, 999)}",
            f"{r.choice(up)}{r.choice(up)}{r.randint(1, 9)} {r.randint(10, 99)}{r.choice(up)}",
            f"{f.pick(['กข', 'ฒค', '1กท', 'งจ'])} {r.randint(1000, 9999)}",
        ]
    )


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.r.choice(alnum) for _ in range(f.r.randint(70, 90)))


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.r.choice(alnum) for _ in range(58))


def ip(f: Fake) -> str:
    if f.r.random() < 0.25:
        pre = f.pick(["2600:1700:", "2607:fea8:", "2405:9800:", "2001:44c8:"])
        return (
            pre
            + ":".join(f"{f.r.randint(0, 65535):x}" for _ in range(4))
            + "::"
            + f"{f.r.randint(1, 65535):x}"
        )
    return f.ipv4()


def pm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.r.choice(alnum) for _ in range(23))


def b62(f: Fake, n: int) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(f.r.choice(alnum) for _ in range(n))


def money(f: Fake, lo=5, hi=400):
    return f.money(lo, hi)


def lat(f: Fake):
    return round(
        f.pick([43.65, 49.27, 45.50, 37.80, 34.05, 18.79, 13.74, 9.53]) + f.r.uniform(-0.08, 0.08), 6
    )


def lng(f: Fake):
    return round(
        f.pick([-79.38, -123.10, -73.57, -122.27, -118.24, 98.97, 100.56, 100.06]) + f.r.uniform(-0.08, 0.08),
        6,
    )


def rid(prefix: str, n=8):
    return lambda f: f"{prefix}{f.hexid(n)}"


def pk(*items):
    return lambda f: f.pick(list(items))


def num(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def metrc_tag(f: Fake) -> str:
    return f"1A40{f.pick(['6030', '5010', '1030'])}{f.r.randint(10**15, 10**16 - 1)}"


def facility_license(f: Fake) -> str:
    return f.pick(["C10-0000451-LIC", "C10-0000918-LIC", "C12-0000233-LIC", "C11-0001207-LIC"])


# -- contexts ---------------------------------------------------------------------------------------

WEB_PAGES = ["/", "/shop/flower", "/product/blue-dream-3-5g", "/checkout", "/account", "/medical", "/stores"]
HOSTS = ["https://shop.leafandlantern.ca", "https://pacificbloom.co", "https://lannaleaf.co.th/en"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
LOCALES = ["en-CA", "fr-CA", "en-US", "es-US", "th-TH", "en-GB"]
TZS = ["America/Toronto", "America/Vancouver", "America/Los_Angeles", "Asia/Bangkok", "America/Edmonton"]


def context_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "memberNumber": G(lambda f: f"LL{f.digits(8)}"),
    }


def web_context():
    return {
        "library": {
            "name": G(pk("analytics.js")),
            "version": G(pk("npm:next-1.70.0", "next-1.66.0", "npm:next-1.72.1")),
        },
        "page": {
            "path": G(pk(*WEB_PAGES)),
            "referrer": G(
                pk("https://www.google.com/", "", "https://weedmaps.com/", "https://www.leafly.com/")
            ),
            "search": G(pk("", "?utm_source=newsletter&utm_medium=email", "?ref=ig_bio", "?store=st_oak_tg")),
            "title": G(
                pk(
                    "Shop Flower | Leaf & Lantern",
                    "Checkout",
                    "Pacific Bloom — Oakland Dispensary",
                    "Lanna Leaf",
                )
            ),
            "url": G(lambda f: f.pick(HOSTS) + f.pick(WEB_PAGES)),
        },
        "userAgent": G(pk(*UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pk("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pk("124", "99", "123")),
                },
                3,
            ),
            "mobile": G(pk(True, False)),
            "platform": G(pk("macOS", "Windows", "Android")),
        },
        "locale": G(pk(*LOCALES)),
        "timezone": G(pk(*TZS)),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(pk("420_sale", "welcome_back", "medical_awareness", "songkran_2024")),
            "source": G(pk("newsletter", "google", "instagram", "leafly")),
            "medium": G(pk("email", "cpc", "social", "referral")),
            "content": G(pk("hero_banner", "footer_link", "story_3")),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(pk(True, False)),
                "Analytics": G(pk(True, False)),
            }
        },
    }


def swift_context():
    return {
        "app": {
            "name": G(pk("Leaf & Lantern", "Pacific Bloom", "Lanna Leaf")),
            "version": G(pk("4.2.0", "4.3.1", "4.4.0")),
            "build": G(pk("420", "431", "440")),
            "namespace": G(pk("ca.leafandlantern.app", "co.pacificbloom.ios", "th.co.lannaleaf.app")),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(pk("Apple")),
            "model": G(pk("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,1")),
            "name": G(pk("iPhone", "iPad")),
            "type": G(pk("ios")),
            "adTrackingEnabled": G(pk(True, False)),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(pk("analytics-swift")), "version": G(pk("1.5.11", "1.6.0", "1.5.9"))},
        "locale": G(pk(*LOCALES)),
        "network": {
            "wifi": G(pk(True, False)),
            "cellular": G(pk(True, False)),
            "carrier": G(pk("Rogers", "AIS", "Verizon", "TELUS", "T-Mobile")),
        },
        "os": {"name": G(pk("iOS", "iPadOS")), "version": G(pk("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pk(390, 393, 430)), "height": G(pk(844, 852, 932))},
        "timezone": G(pk(*TZS)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
        "traits": context_traits(),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(pk("Leaf & Lantern", "Pacific Bloom", "Lanna Leaf", "L&L Budtender")),
            "version": G(pk("4.2.0", "4.3.1", "2.8.3")),
            "build": G(pk("40200", "40301", "20803")),
            "namespace": G(pk("ca.leafandlantern.app", "co.pacificbloom.android", "ca.leafandlantern.pos")),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pk("samsung", "Google", "Xiaomi", "OPPO")),
            "model": G(pk("SM-S918B", "Pixel 8", "23021RAAEG", "SM-T220", "CPH2451")),
            "name": G(pk("dm3q", "shiba", "gtactive", "topaz")),
            "type": G(pk("android")),
            "adTrackingEnabled": G(pk(True, False)),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(pk("analytics-kotlin")), "version": G(pk("1.16.3", "1.15.0", "1.17.0"))},
        "locale": G(pk(*LOCALES)),
        "network": {
            "wifi": G(pk(True, False)),
            "cellular": G(pk(True, False)),
            "carrier": G(pk("Rogers", "AIS", "TrueMove H", "Bell", "dtac")),
        },
        "os": {"name": G(pk("Android")), "version": G(pk("14", "13", "12"))},
        "screen": {
            "density": G(pk(2.625, 3.0, 2.0)),
            "width": G(pk(1080, 1440, 800)),
            "height": G(pk(2340, 3088, 1280)),
        },
        "timezone": G(pk(*TZS)),
        "userAgent": G(
            pk(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; SM-T220 Build/SP1A.210812.016)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": context_traits(),
    }


def rn_context():
    return {
        "app": {
            "name": G(pk("Leaf & Lantern", "L&L Driver", "Pacific Bloom")),
            "version": G(pk("4.2.0", "1.9.4", "4.3.1")),
            "build": G(pk("420", "194", "431")),
            "namespace": G(pk("ca.leafandlantern.app", "ca.leafandlantern.driver", "co.pacificbloom.app")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("Apple", "samsung", "Google")),
            "model": G(pk("iPhone14,2", "SM-A546W", "Pixel 7a")),
            "type": G(pk("ios", "android")),
        },
        "library": {"name": G(pk("analytics-react-native")), "version": G(pk("2.19.2", "2.20.0", "2.18.1"))},
        "locale": G(pk(*LOCALES)),
        "network": {"wifi": G(pk(True, False)), "cellular": G(pk(True, False))},
        "os": {"name": G(pk("iOS", "Android")), "version": G(pk("17.4", "14", "16.6"))},
        "screen": {"width": G(pk(390, 412, 428)), "height": G(pk(844, 915, 926))},
        "timezone": G(pk(*TZS)),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "city": Y(city, "city"),
            "country": G(pk("Canada", "United States", "Thailand")),
        },
        "traits": context_traits(),
    }


def flutter_context():
    return {
        "app": {
            "name": G(pk("Lanna Leaf", "Lanna Leaf Medical")),
            "version": G(pk("2.0.3", "2.1.0", "2.1.2")),
            "build": G(pk("23", "31", "34")),
            "namespace": G(pk("th.co.lannaleaf.app", "th.co.lannaleaf.medical")),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pk("samsung", "Apple", "vivo", "OPPO")),
            "model": G(pk("SM-A546E", "iPhone13,2", "V2250", "CPH2481")),
            "type": G(pk("android", "ios")),
        },
        "library": {"name": G(pk("analytics-flutter")), "version": G(pk("1.1.3", "1.1.5", "1.0.9"))},
        "locale": G(pk("th-TH", "en-TH", "en-US", "zh-CN")),
        "os": {"name": G(pk("Android", "iOS")), "version": G(pk("14", "17.4", "13"))},
        "timezone": G(pk("Asia/Bangkok")),
        "ip": Y(ip, "ip"),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "analytics-node": ["2.1.2", "2.1.1", "2.0.0"],
    "analytics-go": ["3.3.0", "3.2.1", "3.3.1"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.4.1", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.2", "3.8.1"],
    "Analytics.NET": ["3.8.1", "3.8.0", "3.7.4"],
}


def server_context(lib: str):
    ctx = {"library": {"name": G(pk(lib)), "version": G(pk(*SERVER_VERSIONS[lib]))}}
    if lib == "analytics-node":
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(pk(*UAS))
    if lib == "analytics-java":
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(pk("email")),
                "collection": G(pk("users")),
                "encoding": G(pk("none")),
            },
            1,
        )
    if lib == "Analytics.NET":
        ctx["groupId"] = G(lambda f: st(f)[0])
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: (lambda lib=lib: server_context(lib)) for lib in SERVER_VERSIONS},
}
MOBILE = ["swift", "kotlin", "rn"]
PY, NODE, GO, JAVA, RUBY, PHP, NET = list(SERVER_VERSIONS)


# -- shared bodies ---------------------------------------------------------------------------------


def product_line():
    return {
        "product_id": G(rid("prd_", 10)),
        "sku": G(
            lambda f: (
                f"{f.pick(['FLW', 'PRE', 'VAP', 'EDI', 'TIN'])}-{f.r.randint(1000, 9999)}"
                f"-{f.pick(FORMATS).split()[0]}"
            )
        ),
        "name": G(lambda f: f"{f.pick(STRAINS)} {f.pick(FORMATS)}"),
        "brand": G(pk(*BRANDS)),
        "category": G(pk(*CATEGORIES)),
        "price": G(lambda f: money(f, 8, 180)),
        "quantity": G(num(1, 4)),
    }


def note_with_phone(f: Fake) -> str:
    p = any_phone(f)
    return f.pick(
        [
            f"Call {p} when outside, buzzer broken",
            f"Text me at {p} - side door",
            f"Back gate. My cell is {p}",
            f"please phone {p} on arrival, dog in yard",
            f"{p} call before 6pm",
        ]
    )


def ticket_description(f: Fake) -> str:
    e = email(f)
    return f.pick(
        [
            f"Order never arrived, please reply to {e}",
            f"My points did not post after my last visit. You can reach me at {e}.",
            f"Can I change the email on my account to {e}?",
            f"Charged twice for order, contact {e} thanks",
            f"Medical card upload keeps failing. {e}",
        ]
    )


# -- events: (type, event, clients, weight, body) ----------------------------------------------------

EVENTS = [
    # -- sign-up, identity and age --------------------------------------------------------------
    (
        "identify",
        None,
        ["web", *MOBILE],
        4,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(any_phone, "phone"),
            "birthday": Y(lambda f: dob(f, "iso"), "birthdate"),
            "gender": Y(pk("female", "male", "non-binary", "prefer_not_to_say"), "gender"),
            "createdAt": G(lambda f: f.iso()),
            "age": G(num(19, 78)),
            "ageVerified": G(pk(True, False)),
            "emailVerified": G(pk(True, False)),
            "phoneVerified": G(pk(True, False)),
            "customerType": Y(pk("medical", "recreational", "adult_use"), "condition"),
            "loyaltyTier": G(pk("seedling", "sprout", "bloom", "harvest")),
            "memberNumber": G(lambda f: f"LL{f.digits(8)}"),
            "preferredStore": G(lambda f: st(f)[0]),
            "marketingOptIn": G(pk(True, False)),
            "address": {
                "street": Y(street_line, "address|street"),
                "city": Y(city, "city"),
                "state": G(pk("ON", "BC", "CA", "QC", "AB", "Bangkok")),
                "postalCode": Y(postal, "zipcode"),
                "country": G(pk("CA", "US", "TH")),
            },
        },
    ),
    (
        "track",
        "Age Gate Submitted",
        ["web"],
        3,
        {
            "method": G(pk("dob_entry")),
            "input": Y(dob, "birthdate", True),
            "region": G(pk("ON", "BC", "CA", "TH", "QC")),
            "minimum_age": G(pk(19, 21, 20, 18)),
            "passed": G(pk(True, True, False)),
            "attempt": G(num(1, 3)),
        },
    ),
    (
        "track",
        "Account Created",
        ["web", *MOBILE],
        2,
        {
            "signup_method": G(pk("email", "apple", "google", "phone")),
            "referral_code": G(lambda f: f"{ascii_fold(first(f)).upper()[:5]}{f.r.randint(10, 99)}"),
            "terms_version": G(pk("2024-01", "2023-07", "2024-04")),
            "age_band": G(pk("19-24", "25-34", "35-44", "45-54", "55+")),
            "click_ids": {"gclid": Y(gclid, "advertising id"), "fbclid": Y(fbclid, "advertising id")},
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        [NODE],
        2,
        {
            "status": G(pk("success")),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(pk(9001, 9102, 9103, 9104)),
                "status": G(pk("approved", "declined", "resubmission_requested", "expired")),
                "reason": G(pk("", "Document expired", "Face not visible", "Underage")),
                "reasonCode": G(pk(102, 105, 201, 0)),
                "decisionTime": G(lambda f: f.iso()),
                "vendorData": G(lambda f: f"usr_{f.hexid(12)}"),
                "person": {
                    "firstName": Y(lambda f: first(f).upper(), "name"),
                    "lastName": Y(lambda f: last(f).upper(), "name"),
                    "dateOfBirth": Y(lambda f: dob(f, "iso"), "birthdate"),
                    "gender": Y(pk("M", "F", "X"), "gender|sex"),
                    "idNumber": RED(lambda f: thai_id(f, formatted=False), "national id"),
                    "nationality": Y(pk("TH", "CA", "US", "GB", "DE", "AU", "CN"), "citizenship"),
                },
                "document": {
                    "type": G(pk("PASSPORT", "DRIVERS_LICENSE", "ID_CARD")),
                    "number": RED(id_document_number, "national id|passport"),
                    "country": G(pk("TH", "CA", "US", "GB")),
                    "validUntil": G(
                        lambda f: (
                            f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
                        )
                    ),
                },
                "riskScore": {"score": G(lambda f: round(f.r.random(), 2))},
            },
            "technicalData": {"ip": Y(ip, "ip")},
        },
    ),
    (
        "track",
        "ID Scanned",
        [NET],
        3,
        {
            "ScanId": G(lambda f: f.uuid()),
            "TerminalId": G(lambda f: f"POS-{f.r.randint(1, 12):02d}"),
            "StoreId": G(lambda f: st(f)[0]),
            "BudtenderId": G(lambda f: f"emp_{f.digits(5)}"),
            "DocumentType": G(pk("DriversLicense", "StateId", "Passport", "MilitaryId")),
            "IssuingJurisdiction": G(pk("CA", "ON", "BC", "NV", "OR")),
            "LicenseNumber": RED(dl_number, "national id|license"),
            "FirstName": Y(lambda f: first(f).upper(), "name"),
            "LastName": Y(lambda f: last(f).upper(), "name"),
            "MiddleName": Y(lambda f: first(f).upper(), "name"),
            "DateOfBirth": Y(lambda f: dob(f, "us"), "birthdate"),
            "Sex": Y(pk("M", "F", "X"), "sex|gender"),
            "StreetAddress": Y(street_line, "address|street"),
            "City": Y(city, "city"),
            "PostalCode": Y(postal, "zipcode"),
            "ExpirationDate": G(
                lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(2025, 2031)}"
            ),
            "Age": G(num(19, 84)),
            "IsOfAge": G(pk(True, True, False)),
            "IsExpired": G(pk(False, False, True)),
        },
    ),
    (
        "track",
        "age-verification-result",
        [PHP],
        2,
        {
            "verification-id": G(lambda f: f"av_{f.hexid(16)}"),
            "first-name": Y(first, "name"),
            "last-name": Y(last, "name"),
            "dob": Y(lambda f: dob(f, "iso"), "birthdate"),
            "zip": Y(us_zip, "zipcode"),
            "result": G(pk("accepted", "denied", "photo_id_required")),
            "method": G(pk("database", "photo_id", "selfie")),
            "min-age": G(pk(21)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["web", NODE],
        2,
        {
            "channel": G(pk("sms", "whatsapp", "voice")),
            "destination": Y(any_phone, "phone", True),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in_s": G(pk(300, 600)),
            "attempt": G(num(1, 4)),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        [NODE],
        1,
        {
            "email": Y(email, "email"),
            "login_url": RED(
                lambda f: f"{f.pick(HOSTS)}/auth/magic?token={b62(f, 43)}&redirect=%2Faccount", "token|secret"
            ),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        2,
        {
            "form_id": G(pk("signup-main", "signup-medical", "signup-popup")),
            "form_name": G(pk("Create account", "Register as a patient", "Join rewards")),
            "fields": {
                "email": Y(email, "email"),
                "first_name": Y(first, "name"),
                "password": RED(
                    lambda f: f.pick(["Summer2024!", "kush4life", "P@ssw0rd123", "greenleaf#77", b62(f, 12)]),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Summer2024!", "kush4life", "Toronto1!", b62(f, 10)]), "password"
                ),
                "province": G(pk("ON", "BC", "AB", "QC", "NS")),
                "newsletter": G(pk("on", "off")),
            },
        },
    ),
    # -- medical patients ------------------------------------------------------------------------
    (
        "track",
        "Medical Patient Registered",
        ["web", "swift", "kotlin"],
        2,
        {
            "patient_id": G(rid("pat_", 10)),
            "registration_type": G(pk("new", "renewal", "transfer")),
            "date_of_birth": Y(lambda f: dob(f, "iso"), "birthdate"),
            "qualifying_conditions": Many(
                Y(
                    pk(
                        "chronic pain",
                        "PTSD",
                        "insomnia",
                        "multiple sclerosis",
                        "glaucoma",
                        "epilepsy",
                        "cancer",
                        "migraine",
                    ),
                    "condition",
                ),
                3,
            ),
            "physician": {
                "name": Y(lambda f: f"Dr. {name(f)}", "name"),
                "npi": G(lambda f: f.digits(10)),
                "clinic": G(
                    pk("Greenway Medical Evaluations", "NuLeaf Telehealth", "Bay Area Cannabis Clinic")
                ),
                "clinic_phone": G(pk("(415) 555-0171", "(213) 555-0133", "(916) 555-0190")),
            },
            "recommendation_number": Y(
                lambda f: f"REC-{f.r.randint(2023, 2024)}-{f.digits(6)}", "medication"
            ),
            "patient_card_number": RED(mmic, "health id"),
            "card_state": G(pk("CA", "NV", "OR", "AZ")),
            "card_expires": G(
                lambda f: f"{f.r.randint(2024, 2026)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "caregiver": {
                "name": Y(name, "name"),
                "phone": Y(nanp, "phone"),
                "relationship": G(pk("spouse", "parent", "adult child", "friend")),
                "card_number": RED(mmic, "health id|national id"),
            },
            "daily_limit_g": G(pk(8, 28.5, 226.8)),
            "documents_uploaded": G(num(1, 4)),
        },
    ),
    (
        "track",
        "Medical Registration Submitted",
        ["kotlin", "swift"],
        2,
        {
            "clientNumber": G(lambda f: f"MC-{f.digits(7)}"),
            "practitionerName": Y(lambda f: f"Dr. {name(f)}", "name"),
            "practitionerLicence": G(lambda f: f"CPSO {f.digits(5)}"),
            "dailyAmountGrams": G(pk(1, 2, 3, 5)),
            "medicalDocumentExpiry": G(lambda f: f"{f.r.randint(2024, 2025)}-{f.r.randint(1, 12):02d}-01"),
            "provincialHealthCard": RED(health_card, "health id"),
            "veteranAffairsCoverage": RED(pk(True, False), "veteran"),
            "insuranceProvider": G(pk("Sun Life", "Manulife", "Green Shield", "Blue Cross")),
            "insuranceMemberId": Y(lambda f: f"{f.digits(8)}-{f.r.randint(0, 9):02d}", "identification"),
            "insurancePolicyNumber": Y(lambda f: f"{f.r.randint(10000, 99999)}", "identification"),
            "mailingAddress": {
                "line1": Y(street_line, "address|street"),
                "city": Y(lambda f: f.pick(CA_CITIES)[0], "city"),
                "province": G(lambda f: f.pick(CA_CITIES)[1]),
                "postalCode": Y(ca_postal, "zipcode"),
            },
        },
    ),
    (
        "track",
        "ลงทะเบียนผู้ป่วย",
        [PY],
        2,
        {
            "ชื่อ": Y(th_name, "name"),
            "ที่อยู่": Y(pk(*TH_ADDR_TH), "address"),
            "อีเมล": Y(email, "email"),
            "เลขบัตรประชาชน": RED(thai_id, "national id"),
            "วันเกิด": Y(be_date, "birthdate"),
            "เบอร์โทร": Y(th_phone, "phone"),
            "อาการ": Y(pk("นอนไม่หลับ", "ปวดเรื้อรัง", "วิตกกังวล", "เบื่ออาหาร", "ไมเกรน"), "condition"),
            "เลขที่ใบสั่งยา": Y(lambda f: f"RX{f.r.randint(2567, 2567)}-{f.digits(6)}", "medication"),
            "แพทย์ผู้สั่งจ่าย": Y(lambda f: f"พท.ป. {f.pick(TH_FIRST)} {f.pick(TH_LAST)}", "name"),
            "เลขใบประกอบวิชาชีพ": G(lambda f: f"พท.ป.{f.digits(5)}"),
            "สาขา": G(pk("นิมมาน", "สุขุมวิท 11", "ป่าตอง", "เกาะสมุย")),
            "จังหวัด": G(pk("เชียงใหม่", "กรุงเทพมหานคร", "ภูเก็ต", "สุราษฎร์ธานี")),
            "วันที่ลงทะเบียน": G(lambda f: f.iso()),
            "ช่องทาง": G(pk("LINE", "walk-in", "website")),
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Telehealth Appointment Booked",
        ["web", "rn"],
        2,
        {
            "appointment_id": G(rid("apt_", 12)),
            "provider": G(pk("NuLeaf Telehealth", "Greenway Medical Evaluations", "Apollo Cannabis Clinics")),
            "clinician_name": Y(lambda f: f"Dr. {name(f)}", "name"),
            "scheduled_at": G(lambda f: f.iso()),
            "visit_type": G(pk("new_evaluation", "renewal", "follow_up")),
            "fee": G(pk(39, 49, 59, 99)),
            "intake": {
                "conditions": Many(
                    Y(
                        pk("anxiety", "chronic back pain", "fibromyalgia", "nausea", "arthritis", "insomnia"),
                        "condition",
                    ),
                    3,
                ),
                "current_medications": Many(
                    Y(pk("sertraline", "gabapentin", "oxycodone", "zopiclone", "ibuprofen"), "medication"), 2
                ),
                "allergies": Many(Y(pk("penicillin", "sulfa", "latex", "codeine"), "allergy"), 2),
                "pregnant_or_breastfeeding": Y(pk(True, False), "condition"),
                "prior_cannabis_use": G(pk("never", "occasional", "daily")),
            },
        },
    ),
    (
        "track",
        "Insurance Receipt Submitted",
        [JAVA],
        1,
        {
            "claim_number": G(lambda f: f"CLM{f.digits(9)}"),
            "insurer": G(pk("Sun Life", "Manulife", "Green Shield", "Canada Life")),
            "member_id": Y(lambda f: f.digits(9), "identification"),
            "policy_number": Y(lambda f: f"G{f.digits(6)}", "identification"),
            "plan_member_name": Y(name, "name"),
            "dependant": {
                "name": Y(name, "name"),
                "relationship": G(pk("spouse", "child", "self")),
                "date_of_birth": Y(lambda f: dob(f, "iso"), "birthdate"),
            },
            "amount_claimed": G(lambda f: money(f, 40, 900)),
            "din": G(lambda f: f"0{f.digits(7)}"),
            "status": G(pk("submitted", "paid", "pending_info")),
        },
    ),
    (
        "track",
        "Strain Quiz Completed",
        ["web", "swift", "flutter"],
        2,
        {
            "quiz_id": G(pk("effects-v3", "effects-v4")),
            "goals": Many(Y(pk("pain relief", "sleep", "anxiety", "appetite", "nausea"), "condition"), 2),
            "experience_level": G(pk("new", "occasional", "regular")),
            "preferred_format": G(pk("flower", "edibles", "vape", "tincture")),
            "recommended_strain": G(pk(*STRAINS)),
            "questions_answered": G(num(5, 9)),
        },
    ),
    # -- catalogue ------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", *MOBILE, "flutter"],
        5,
        {
            **product_line(),
            "strain": G(pk(*STRAINS)),
            "strain_type": G(pk("indica", "sativa", "hybrid", "cbd")),
            "thc_pct": G(lambda f: round(f.r.uniform(0.1, 31), 1)),
            "cbd_pct": G(lambda f: round(f.r.uniform(0, 18), 1)),
            "terpenes": Many(G(pk("myrcene", "limonene", "caryophyllene", "pinene", "linalool")), 3),
            "batch_id": G(
                lambda f: f"B{f.r.randint(23, 24)}{f.r.randint(1, 52):02d}-{f.r.randint(100, 999)}"
            ),
            "coa_url": G(lambda f: f"https://cdn.leafandlantern.ca/coa/{f.hexid(10)}.pdf"),
            "in_stock": G(pk(True, False)),
            "currency": G(pk("CAD", "USD", "THB")),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ["web", "kotlin", "flutter"],
        3,
        {
            "list_id": G(pk("flower_all", "staff_picks", "new_arrivals", "high_cbd")),
            "category": G(pk(*CATEGORIES)),
            "products": Many(
                {
                    "product_id": G(rid("prd_", 10)),
                    "sku": G(lambda f: f"FLW-{f.r.randint(1000, 9999)}-3.5g"),
                    "name": G(lambda f: f"{f.pick(STRAINS)} {f.pick(FORMATS)}"),
                    "price": G(lambda f: money(f, 8, 180)),
                    "position": G(num(1, 24)),
                    "thc_pct": G(lambda f: round(f.r.uniform(0.1, 31), 1)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", *MOBILE],
        3,
        {
            "query": G(
                pk("blue dream", "cbd gummies", "indica pre roll", "thai stick", "high thc", "vape 510")
            ),
            "results_count": G(num(0, 60)),
            "filters": {
                "strain_type": G(pk("indica", "sativa", "hybrid", "")),
                "min_thc": G(pk(0, 15, 20, 25)),
            },
        },
    ),
    (
        "track",
        "Product Added",
        ["web", *MOBILE],
        3,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product_line(),
            "variant": G(pk(*FORMATS)),
            "dried_flower_equiv_g": G(pk(1, 3.5, 7, 0.25, 15)),
        },
    ),
    (
        "track",
        "Purchase Limit Warning Shown",
        ["web", "kotlin", "rn"],
        2,
        {
            "limit_type": G(pk("dried_flower_equivalent", "concentrate_daily", "edible_thc_mg")),
            "limit_g": G(pk(30, 28.5, 8, 226.8)),
            "cart_equiv_g": G(lambda f: round(f.r.uniform(20, 40), 1)),
            "jurisdiction": G(pk("ON", "BC", "CA", "AB")),
            "customer_type": Y(pk("medical", "adult_use"), "condition"),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["web", "swift"],
        2,
        {
            "product_id": G(rid("prd_", 10)),
            "rating": G(num(1, 5)),
            "review_title": G(pk("Smooth smoke", "Not for me", "Great terps", "Solid value")),
            "review_text": G(
                pk(
                    "Earthy pine taste, burns even.",
                    "Too harsh for me, dry buds.",
                    "Sweet berry smell, very relaxing.",
                    "Packaging was great, arrived fresh.",
                )
            ),
            "reviewer_display_name": Y(lambda f: f"{first(f)} {last(f)[0]}.", "name"),
            "effects": Many(G(pk("relaxed", "happy", "sleepy", "focused", "creative")), 3),
            "verified_purchase": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["swift", "web"],
        1,
        {
            "pet": {
                "id": G(rid("pet_", 8)),
                "name": G(pk("Biscuit", "Mochi", "Luna", "Captain", "Pad Thai", "Maple")),
                "species": G(pk("dog", "cat")),
                "breed": G(pk("Labrador", "Thai Ridgeback", "Maine Coon", "mixed")),
                "weight_kg": G(lambda f: round(f.r.uniform(3, 40), 1)),
                "birthday": G(lambda f: f"{f.r.randint(2012, 2023)}-{f.r.randint(1, 12):02d}-01"),
                "conditions": Many(G(pk("arthritis", "separation anxiety", "seizures", "none")), 2),
            },
            "vet_clinic": G(pk("Parkdale Animal Hospital", "Chiang Mai Pet Clinic", "VCA Oakland")),
        },
    ),
    # -- orders ---------------------------------------------------------------------------------
    (
        "track",
        "Store Selected",
        ["web", *MOBILE],
        2,
        {
            "store": {
                "id": G(lambda f: st(f)[0]),
                "name": G(lambda f: st(f)[1]),
                "city": G(lambda f: st(f)[2]),
                "phone": G(lambda f: st(f)[3]),
                "email": G(lambda f: st(f)[4]),
                "address": G(
                    pk("582 Queen St W", "1622 Commercial Dr", "4121 Telegraph Ave", "Nimmanhaemin Soi 7")
                ),
                "license_number": G(facility_license),
                "hours": G(pk("10:00-22:00", "09:00-23:00", "11:00-21:00")),
            },
            "distance_km": G(lambda f: round(f.r.uniform(0.2, 30), 1)),
            "fulfillment": G(pk("pickup", "delivery")),
        },
    ),
    (
        "track",
        "Store Locator Searched",
        ["web", "rn"],
        2,
        {
            "query": G(pk("Toronto", "Oakland", "M5V", "Patong", "94607", "Chiang Mai old city")),
            "results": G(num(0, 12)),
            "used_geolocation": G(pk(True, False)),
            "origin": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
        },
    ),
    (
        "track",
        "Delivery Zone Checked",
        ["web"],
        2,
        {
            "postal_code": Y(postal, "zipcode"),
            "in_zone": G(pk(True, False)),
            "zone_id": G(pk("tor-core", "van-east", "oak-1", "la-silverlake")),
            "min_order": G(pk(35, 50, 60)),
        },
    ),
    (
        "track",
        "Address Selected",
        ["web", "rn"],
        2,
        {
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + b62(f, 23)),
            "label": Y(full_address, "address", True),
            "types": Many(G(pk("street_address", "premise", "subpremise")), 2),
            "in_delivery_zone": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Checkout Field Completed",
        ["web"],
        2,
        {
            "field": G(pk("email", "phone")),
            "value": Y(lambda f: f.pick([email, any_phone])(f), "email|phone", True),
            "step": G(pk(1, 2)),
            "duration_ms": G(num(400, 12000)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", *MOBILE],
        3,
        {
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "currency": G(pk("CAD", "USD", "THB")),
            "fulfillment": G(pk("pickup", "delivery")),
            "store_id": G(lambda f: st(f)[0]),
            "pickup_window": G(pk("asap", "12:00-13:00", "17:00-18:00")),
            "products": Many(product_line(), 4),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", *MOBILE],
        4,
        {
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 20, 400)),
            "subtotal": G(lambda f: money(f, 20, 380)),
            "tax": G(lambda f: money(f, 2, 50)),
            "excise_tax": G(lambda f: money(f, 1, 40)),
            "discount": G(lambda f: f.pick([0, 5, 10, money(f, 1, 20)])),
            "coupon": G(pk("", "FIRST420", "WELCOME15", "BDAY")),
            "currency": G(pk("CAD", "USD")),
            "fulfillment_type": G(pk("delivery")),
            "payment_method": G(pk("card", "pay_by_bank", "cash_on_delivery", "debit_at_door")),
            "customer_type": Y(pk("medical", "adult_use", "recreational"), "condition"),
            "products": Many(product_line(), 4),
            "delivery_address": {
                "name": Y(name, "name"),
                "line1": Y(street_line, "address|street"),
                "line2": Y(unit, "address|street"),
                "city": Y(city, "city"),
                "province": G(pk("ON", "BC", "CA", "AB")),
                "postal_code": Y(postal, "zipcode"),
                "country": G(pk("CA", "US")),
            },
            "delivery_phone": Y(nanp, "phone"),
            "note": Y(note_with_phone, "phone", True),
            "loyalty_points_earned": G(num(5, 400)),
            "is_first_order": G(pk(True, False)),
        },
    ),
    (
        "track",
        "Order Picked Up",
        ["kotlin"],
        2,
        {
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "pickup_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token"),
            "picked_up_by": Y(name, "name", True),
            "id_verified": G(pk(True, True, False)),
            "wait_minutes": G(num(0, 25)),
            "store_id": G(lambda f: st(f)[0]),
        },
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Payment Info Entered",
        ["web", "swift"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method_type": G(pk("card", "apple_pay", "interac_online")),
            "payment_method_id": RED(pm_token, "token"),
            "card": {
                "brand": G(pk("visa", "mastercard", "amex")),
                "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "exp_month": G(num(1, 12)),
                "exp_year": G(num(2025, 2031)),
                "funding": G(pk("debit", "credit", "prepaid")),
            },
            "billing_address": {"line1": Y(street_line, "address"), "postal_code": Y(postal, "zipcode")},
        },
    ),
    (
        "track",
        "Pay By Bank Linked",
        [NODE],
        2,
        {
            "provider": G(pk("Aeropay", "CanPay", "Plaid")),
            "link_session_id": G(lambda f: f.uuid()),
            "institution_name": G(pk("Bank of America", "Wells Fargo", "Chase", "Golden 1 Credit Union")),
            "routing_number": G(pk("121000358", "121042882", "322271627", "321175261")),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "account_type": G(pk("checking", "savings")),
            "account_holder_name": Y(name, "name"),
        },
    ),
    (
        "track",
        "Payment Failed",
        [NET],
        2,
        {
            "PaymentId": G(lambda f: f"pay_{f.hexid(12)}"),
            "OrderId": G(lambda f: f"ord_{f.digits(8)}"),
            "Amount": G(lambda f: money(f, 10, 300)),
            "Currency": G(pk("CAD", "USD")),
            "MaskedPan": G(
                lambda f: (
                    f"{f.pick(['411111', '545454', '520082', '450875'])}******{f.r.randint(0, 9999):04d}"
                )
            ),
            "CardBrand": G(pk("Visa", "Mastercard", "Interac")),
            "DeclineCode": G(pk("05", "51", "54", "N7")),
            "ProcessorResponse": G(pk("Do not honor", "Insufficient funds", "Expired card", "CVV mismatch")),
            "TerminalSerial": G(lambda f: f"WPC32{f.digits(9)}"),
            "EntryMode": G(pk("keyed")),
            "ManualEntryCardNumber": RED(lambda f: f.card(), "credit card"),
            "CardholderName": Y(lambda f: f"{first(f)} {last(f)}".upper(), "name"),
            "Attempt": G(num(1, 3)),
        },
    ),
    # -- loyalty and discounts -----------------------------------------------------------------------
    (
        "track",
        "Loyalty Points Earned",
        [RUBY],
        3,
        {
            "member_number": G(lambda f: f"LL{f.digits(8)}"),
            "points": G(num(5, 400)),
            "balance": G(num(0, 12000)),
            "tier": G(pk("seedling", "sprout", "bloom", "harvest")),
            "reason": G(pk("purchase", "review", "referral", "birthday")),
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "swift"],
        2,
        {
            "referral_code": G(lambda f: f"{ascii_fold(first(f)).upper()[:5]}{f.r.randint(10, 99)}"),
            "channel": G(pk("sms", "email", "whatsapp", "copy_link")),
            "referee_name": Y(name, "name"),
            "referee_email": Y(email, "email"),
            "referee_phone": Y(any_phone, "phone"),
            "reward_points": G(pk(250, 500)),
        },
    ),
    (
        "track",
        "Birthday Reward Claimed",
        [RUBY],
        1,
        {
            "member_number": G(lambda f: f"LL{f.digits(8)}"),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "reward": G(pk("free_preroll", "20_pct_off", "500_points")),
        },
    ),
    (
        "track",
        "Veteran Discount Applied",
        ["web", "kotlin"],
        1,
        {
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "discount_pct": G(pk(10, 15, 20)),
            "verified_via": G(pk("ID.me", "DD-214 upload", "VA card at counter")),
            "veteran_status": RED(pk("veteran", "active_duty", "reservist", "retired"), "veteran"),
        },
    ),
    (
        "track",
        "Tax Exemption Applied",
        ["kotlin"],
        1,
        {
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "exemption_type": Y(
                pk("status_card", "secure_status_card", "temporary_confirmation_of_registration"), "ethnicity"
            ),
            "status_card_number": RED(status_card, "national id"),
            "band_name": Y(
                pk(
                    "Musqueam Indian Band",
                    "Six Nations of the Grand River",
                    "Mohawks of Akwesasne",
                    "Tsleil-Waututh Nation",
                ),
                "ethnicity",
            ),
            "gst_exempt_amount": G(lambda f: money(f, 1, 30)),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web", "swift"],
        1,
        {
            "gift_card_id": G(rid("gc_", 10)),
            "amount": G(pk(25, 50, 75, 100)),
            "recipient_name": Y(name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(first, "name"),
            "message": G(
                pk("Happy birthday!", "Enjoy responsibly", "Congrats on the new job", "Thanks for everything")
            ),
            "deliver_on": G(lambda f: f.date(2024, 2024)),
            "redemption_code": RED(lambda f: "-".join(b62(f, 4).upper() for _ in range(4)), "token|secret"),
        },
    ),
    # -- staff ---------------------------------------------------------------------------------------
    (
        "identify",
        None,
        [JAVA],
        2,
        {
            "employeeId": G(lambda f: f"emp_{f.digits(5)}"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "workEmail": Y(work_email, "email"),
            "phone": Y(any_phone, "phone"),
            "role": G(pk("budtender", "lead_budtender", "store_manager", "driver", "inventory_clerk")),
            "title": G(pk("Budtender", "Lead Budtender", "Store Manager", "Delivery Driver")),
            "store": G(lambda f: st(f)[0]),
            "hireDate": G(lambda f: f.date(2019, 2024)),
            "hourlyRate": Y(lambda f: f.pick([17.55, 18.2, 19.5, 21.0, 16.95, 24.75]), "salary"),
            "sin": RED(sin, "national id|social security number"),
            "cannsellCertificate": Y(lambda f: f"CS-{f.digits(7)}", "certificate"),
            "certificationExpiry": G(lambda f: f.date(2025, 2028)),
            "emergencyContact": {
                "name": Y(name, "name"),
                "phone": Y(nanp, "phone"),
                "relationship": G(pk("mother", "partner", "brother", "friend")),
            },
            "payroll": {
                "institutionNumber": G(pk("001", "002", "003", "004", "010", "815")),
                "transitNumber": G(lambda f: f"{f.r.randint(10000, 99999)}"),
                "accountNumber": RED(lambda f: f.digits(7), "bank account"),
            },
        },
    ),
    (
        "track",
        "Budtender Signed In",
        ["kotlin"],
        3,
        {
            "staff_id": G(lambda f: f"emp_{f.digits(5)}"),
            "store_id": G(lambda f: st(f)[0]),
            "terminal_id": G(lambda f: f"POS-{f.r.randint(1, 12):02d}"),
            "auth_method": G(pk("pin", "badge", "password")),
            "pin_length": G(pk(4, 6)),
            "failed_attempts": G(num(0, 3)),
            "password_expires_in_days": G(num(0, 90)),
        },
    ),
    (
        "track",
        "Staff PIN Reset",
        [NODE],
        1,
        {
            "staff_id": G(lambda f: f"emp_{f.digits(5)}"),
            "reset_by": G(lambda f: f"emp_{f.digits(5)}"),
            "temporary_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "password|token"),
            "sent_to": Y(work_email, "email", True),
        },
    ),
    (
        "track",
        "Staff Invited",
        [NODE],
        1,
        {
            "inviter_id": G(lambda f: f"emp_{f.digits(5)}"),
            "invitee_email": Y(lambda f: f.pick([work_email, email])(f), "email"),
            "role": G(pk("budtender", "driver", "store_manager")),
            "store_id": G(lambda f: st(f)[0]),
            "invite_token": RED(lambda f: b62(f, 32), "token"),
        },
    ),
    (
        "track",
        "Budtender Shift Ended",
        ["kotlin"],
        2,
        {
            "staff_id": G(lambda f: f"emp_{f.digits(5)}"),
            "shift_id": G(lambda f: f.uuid()),
            "sales_count": G(num(4, 120)),
            "sales_total": G(lambda f: money(f, 300, 9000)),
            "tips_total": Y(lambda f: money(f, 0, 250), "salary"),
            "hours_worked": G(lambda f: round(f.r.uniform(3, 10), 2)),
            "clock_out_location": {"lat": Y(lat, "geolocation"), "lng": Y(lng, "geolocation")},
        },
    ),
    (
        "track",
        "Timesheet Approved",
        [JAVA],
        1,
        {
            "employee_id": G(lambda f: f"emp_{f.digits(5)}"),
            "week": G(lambda f: f"2024-W{f.r.randint(1, 52):02d}"),
            "regular_hours": G(lambda f: round(f.r.uniform(10, 40), 1)),
            "overtime_hours": G(lambda f: round(f.r.uniform(0, 8), 1)),
            "gross_pay": Y(lambda f: money(f, 300, 1800), "salary"),
            "approver_id": G(lambda f: f"emp_{f.digits(5)}"),
        },
    ),
    (
        "track",
        "Customer Looked Up",
        ["kotlin"],
        3,
        {
            "q": Y(lambda f: f.pick([nanp, th_phone])(f), "phone", True),
            "search_by": G(pk("phone")),
            "results_count": G(num(0, 3)),
            "staff_id": G(lambda f: f"emp_{f.digits(5)}"),
            "store_id": G(lambda f: st(f)[0]),
        },
    ),
    (
        "track",
        "In-Store Sale Completed",
        [NET],
        3,
        {
            "SaleId": G(lambda f: f.uuid()),
            "ReceiptNumber": G(lambda f: f"R{f.r.randint(1, 12):02d}-{f.digits(6)}"),
            "RegisterId": G(lambda f: f"POS-{f.r.randint(1, 12):02d}"),
            "CustomerId": G(lambda f: f"cus_{f.digits(7)}"),
            "CustomerName": Y(name, "name"),
            "CustomerPhone": Y(nanp, "phone"),
            "CustomerType": Y(pk("Medical", "Recreational"), "condition"),
            "MedicalCardNumber": RED(mmic, "health id"),
            "Items": Many(
                {
                    "ProductName": G(lambda f: f"{f.pick(STRAINS)} {f.pick(FORMATS)}"),
                    "Sku": G(lambda f: f"FLW-{f.r.randint(1000, 9999)}-{f.pick(['3.5g', '7g', '1g'])}"),
                    "Quantity": G(num(1, 3)),
                    "UnitPrice": G(lambda f: money(f, 8, 120)),
                    "PackageTag": G(metrc_tag),
                },
                4,
            ),
            "Subtotal": G(lambda f: money(f, 20, 300)),
            "ExciseTax": G(lambda f: money(f, 1, 40)),
            "SalesTax": G(lambda f: money(f, 1, 30)),
            "Total": G(lambda f: money(f, 25, 380)),
            "BudtenderName": Y(name, "name"),
        },
    ),
    # -- delivery ------------------------------------------------------------------------------------
    (
        "track",
        "Delivery Dispatched",
        [GO],
        3,
        {
            "delivery_id": G(lambda f: f"dlv_{f.hexid(10)}"),
            "order_id": G(lambda f: f"ord_{f.digits(8)}"),
            "manifest_number": G(lambda f: f"{f.digits(10)}"),
            "driver": {
                "id": G(lambda f: f"emp_{f.digits(5)}"),
                "name": Y(name, "name"),
                "masked_phone": G(pk("+1 415-555-0100", "+1 647-555-0123", "+1 604-555-0111")),
            },
            "vehicle": {
                "make": G(pk("Toyota", "Honda", "Hyundai", "Ford")),
                "model": G(pk("Prius", "Civic", "Ioniq", "Transit Connect")),
                "plate": Y(plate, "license"),
                "vin": Y(vin, "serial"),
            },
            "recipient": {"name": Y(name, "name"), "phone": Y(nanp, "phone")},
            "dropoff": {
                "address": Y(full_address, "address"),
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
            },
            "eta_minutes": G(num(12, 90)),
            "route_distance_km": G(lambda f: round(f.r.uniform(0.8, 35), 1)),
        },
    ),
    (
        "track",
        "Driver Location Updated",
        ["rn"],
        4,
        {
            "driver_id": G(lambda f: f"emp_{f.digits(5)}"),
            "delivery_id": G(lambda f: f"dlv_{f.hexid(10)}"),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "accuracy_m": G(lambda f: round(f.r.uniform(3, 40), 1)),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 70), 1)),
            "heading": G(num(0, 359)),
            "battery_level": G(lambda f: round(f.r.uniform(0.1, 1), 2)),
        },
    ),
    (
        "track",
        "Delivery Completed",
        ["rn"],
        2,
        {
            "delivery_id": G(lambda f: f"dlv_{f.hexid(10)}"),
            "completed_at": G(lambda f: f.iso()),
            "id_checked": G(pk(True, True, False)),
            "id_type": G(pk("drivers_license", "passport", "provincial_id", "bcid")),
            "recipient_age": G(num(19, 80)),
            "handed_to": Y(lambda f: f"{last(f)}, {first(f)}", "name", True),
            "id_photo_url": Y(
                lambda f: f"https://s3.ca-central-1.amazonaws.com/ll-id-checks/{f.uuid()}.jpg", "photo"
            ),
        },
    ),
    # -- compliance ------------------------------------------------------------------------------------
    (
        "track",
        "Compliance Receipt Synced",
        [PY],
        3,
        {
            "metrc_request_id": G(lambda f: f.uuid()),
            "FacilityLicenseNumber": G(facility_license),
            "ReceiptNumber": G(lambda f: f"R{f.r.randint(1, 12):02d}-{f.digits(6)}"),
            "SalesDateTime": G(lambda f: f.iso()[:19]),
            "SalesCustomerType": Y(pk("Patient", "Caregiver", "ExternalPatient"), "condition"),
            "PatientLicenseNumber": RED(mmic, "health id"),
            "CaregiverLicenseNumber": RED(mmic, "health id|national id"),
            "IdentificationMethod": G(pk("DriverLicense", "StateId", "Passport")),
            "Transactions": Many(
                {
                    "PackageLabel": G(metrc_tag),
                    "Quantity": G(num(1, 4)),
                    "UnitOfMeasure": G(pk("Each", "Grams", "Ounces")),
                    "TotalAmount": G(lambda f: money(f, 8, 200)),
                },
                3,
            ),
            "SyncStatus": G(pk("accepted", "queued", "rejected")),
        },
    ),
    (
        "track",
        "Compliance Sync Failed",
        [NODE],
        2,
        {
            "job_id": G(lambda f: f"job_{f.hexid(10)}"),
            "system": G(pk("metrc", "ctls", "biotrack")),
            "facility_license": G(facility_license),
            "http_status": G(pk(401, 429, 500, 503)),
            "error_message": G(
                pk("Unauthorized", "Rate limit exceeded", "Package not found", "Service unavailable")
            ),
            "request": {
                "method": G(pk("POST", "PUT")),
                "url": G(
                    pk(
                        "https://api-ca.metrc.com/sales/v2/receipts",
                        "https://api-ca.metrc.com/packages/v2/adjust",
                    )
                ),
                "headers": {
                    "authorization": RED(
                        lambda f: "Basic " + base64.b64encode(f"{b62(f, 48)}:{b62(f, 48)}".encode()).decode(),
                        "secret",
                    ),
                    "content-type": G(pk("application/json")),
                },
            },
            "retry_count": G(num(0, 5)),
        },
    ),
    (
        "track",
        "Package Received",
        [PY],
        2,
        {
            "package_label": G(metrc_tag),
            "source_license": G(facility_license),
            "item_name": G(lambda f: f"{f.pick(STRAINS)} {f.pick(FORMATS)}"),
            "manifest_number": G(lambda f: f"{f.digits(10)}"),
            "lab_results": {
                "thc_pct": G(lambda f: round(f.r.uniform(0.1, 31), 2)),
                "cbd_pct": G(lambda f: round(f.r.uniform(0, 18), 2)),
                "batch": G(
                    lambda f: f"B{f.r.randint(23, 24)}{f.r.randint(1, 52):02d}-{f.r.randint(100, 999)}"
                ),
                "tested_at": G(lambda f: f.iso()),
            },
            "driver_name": Y(name, "name"),
            "driver_license_number": RED(dl_number, "national id|license"),
            "vehicle_plate": Y(plate, "license"),
        },
    ),
    (
        "track",
        "CTLS Report Generated",
        [PY],
        1,
        {
            "period": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "province": G(pk("ON", "BC", "AB")),
            "unpackaged_inventory_kg": G(lambda f: round(f.r.uniform(0, 40), 3)),
            "packaged_units": G(num(200, 18000)),
            "report_sha256": G(lambda f: f.hexid(64)),
            "submitted_by": Y(work_email, "email", True),
        },
    ),
    # -- Thailand ------------------------------------------------------------------------------------
    (
        "track",
        "Walk-in Sale Completed",
        [PY],
        3,
        {
            "receipt_no": G(lambda f: f"TH{f.digits(8)}"),
            "branch": G(pk("nimman", "sukhumvit11", "patong", "chaweng")),
            "customer": {
                "name": Y(name, "name"),
                "passport_no": RED(passport, "passport"),
                "nationality": Y(
                    pk("British", "German", "Australian", "Chinese", "American", "Israeli", "Thai"),
                    "citizenship",
                ),
                "phone": Y(lambda f: f.pick([intl_phone, th_phone])(f), "phone"),
                "hotel": G(pk(*HOTELS)),
            },
            "items": Many(
                {
                    "strain": G(pk(*STRAINS)),
                    "grams": G(pk(1, 2, 3.5, 5, 7)),
                    "price_thb": G(pk(250, 400, 600, 900, 1200)),
                },
                3,
            ),
            "total_thb": G(num(250, 6000)),
            "payment_method": G(pk("cash", "promptpay", "card", "wechat_pay")),
            "staff_name": Y(first, "name"),
        },
    ),
    (
        "track",
        "สั่งซื้อผ่าน LINE",
        [PY],
        2,
        {
            "เลขที่คำสั่งซื้อ": G(lambda f: f"LN{f.digits(7)}"),
            "ชื่อผู้รับ": Y(th_name, "name"),
            "เบอร์โทรผู้รับ": Y(th_phone, "phone"),
            "ที่อยู่จัดส่ง": Y(pk(*TH_ADDR_TH), "address"),
            "รหัสไปรษณีย์": Y(pk("10400", "50200", "83150", "84320", "10900"), "zipcode"),
            "จังหวัด": G(pk("เชียงใหม่", "กรุงเทพมหานคร", "ภูเก็ต", "สุราษฎร์ธานี")),
            "ยอดรวม": G(num(300, 5000)),
            "วิธีชำระเงิน": G(pk("พร้อมเพย์", "โอนเงิน", "เก็บเงินปลายทาง")),
            "สินค้า": Many(
                {"ชื่อสินค้า": G(pk(*STRAINS)), "จำนวน": G(num(1, 5)), "ราคา": G(pk(300, 450, 800, 1200))},
                3,
            ),
            "หมายเหตุ": G(pk("ฝากไว้กับ รปภ.", "โทรก่อนส่ง", "ส่งช่วงเย็น", "")),
            "line_user_id": G(lambda f: "U" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Bank Slip Verified",
        [PY],
        2,
        {
            "transRef": G(lambda f: f"{f.r.randint(2024, 2024)}{f.digits(6)}{b62(f, 10).upper()}"),
            "date": G(lambda f: f.iso()),
            "amount": G(num(300, 5000)),
            "sender": {
                "bank": {
                    "id": G(pk("004", "014", "002", "006")),
                    "name": G(pk("กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย")),
                },
                "account": {
                    "name": {
                        "th": Y(th_name, "name"),
                        "en": Y(lambda f: f"MR. {first(f).upper()} {last(f)[0].upper()}", "name"),
                    },
                    "bank": {
                        "type": G(pk("BANKAC")),
                        "account": G(lambda f: f"xxx-x-x{f.r.randint(1000, 9999)}-x"),
                    },
                },
            },
            "receiver": {
                "account": {
                    "name": {
                        "th": G(pk("บจก. ลานนา ลีฟ", "บริษัท ลานนา ลีฟ จำกัด")),
                        "en": G(pk("LANNA LEAF CO., LTD.")),
                    },
                    "proxy": {
                        "type": G(pk("BILLERID")),
                        "account": G(pk("010555123456701", "010555123456702")),
                    },
                }
            },
        },
    ),
    (
        "track",
        "Prescription Uploaded",
        ["flutter"],
        2,
        {
            "upload_id": G(lambda f: f.uuid()),
            "file_type": G(pk("jpg", "pdf", "heic")),
            "file_size_kb": G(num(80, 4200)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.5, 1), 2)),
            "prescription_no": Y(lambda f: f"RX2567-{f.digits(6)}", "medication"),
            "clinic": G(
                pk("คลินิกกัญชาเวชกรรมไทย เชียงใหม่", "Phuket Cannabis Clinic", "Bangkok Integrative Medicine")
            ),
            "valid_until": G(lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
        },
    ),
    # -- support and messaging ---------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        [PHP],
        2,
        {
            "ticket": {
                "id": G(num(10000, 99999)),
                "subject": G(pk("Order issue", "Loyalty points", "Account help", "Medical card")),
                "description": Y(ticket_description, "email", True),
                "priority": G(pk("low", "normal", "high")),
                "tags": Many(G(pk("delivery", "loyalty", "medical", "refund")), 2),
                "via": {"channel": G(pk("web", "email", "mobile"))},
                "requester": {"name": Y(name, "name"), "email": Y(email, "email")},
            }
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "swift"],
        2,
        {
            "conversation_id": G(lambda f: f.hexid(16)),
            "text": G(
                pk(
                    "Is Blue Dream back in stock?",
                    "what time do you close today",
                    "do you have 1:1 tinctures?",
                    "thanks!",
                    "Can I pick up at Queen West instead?",
                )
            ),
            "author_type": G(pk("user")),
            "message_count": G(num(1, 14)),
        },
    ),
    (
        "track",
        "Email Bounced",
        [GO],
        2,
        {
            "email": Y(email, "email"),
            "event": G(pk("bounce", "dropped", "deferred")),
            "reason": G(
                pk("550 5.1.1 The email account does not exist", "Bounced Address", "452 4.2.2 Mailbox full")
            ),
            "type": G(pk("bounce", "blocked")),
            "sg_message_id": G(lambda f: f"{b62(f, 22)}.filterdrecv-{f.r.randint(100, 999)}-1"),
            "smtp-id": G(lambda f: f"<{b62(f, 22)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "ip": G(pk("167.89.118.52", "149.72.154.232", "168.245.123.9")),
            "category": Many(G(pk("order_updates", "promo", "receipts")), 2),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        [GO],
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessageStatus": G(pk("delivered", "undelivered", "sent", "failed")),
            "To": Y(lambda f: f.pick([nanp, th_phone])(f), "phone"),
            "From": G(pk("+14165550177", "+16045550126", "22420")),
            "ErrorCode": G(pk("", "30003", "30005", "30007")),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        },
    ),
    (
        "track",
        "Inbound Call Completed",
        [RUBY],
        1,
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "Called": G(pk("+14165550182", "+15105550119", "+13235550164")),
            "Caller": Y(nanp, "phone"),
            "CallerCity": Y(
                lambda f: f.pick(["TORONTO", "OAKLAND", "LOS ANGELES", "VANCOUVER", "MISSISSAUGA"]), "city"
            ),
            "CallerZip": Y(us_zip, "zipcode"),
            "CallerCountry": G(pk("US", "CA")),
            "CallDuration": G(num(5, 900)),
            "Direction": G(pk("inbound")),
        },
    ),
    (
        "track",
        "sms-consent-updated",
        [PHP],
        2,
        {
            "phone-number": Y(nanp, "phone"),
            "opt-in-status": G(pk("subscribed", "unsubscribed", "pending")),
            "keyword": G(pk("JOIN", "STOP", "HELP")),
            "short-code": G(pk("22420", "73510")),
            "carrier": G(pk("T-Mobile", "Verizon", "Rogers", "Bell")),
            "sent-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Ad Conversion Sent",
        [NODE],
        1,
        {
            "platform": G(pk("reddit", "google_ads", "snapchat")),
            "conversion_type": G(pk("purchase", "sign_up")),
            "email_sha256": Y(lambda f: f.hexid(64), "email"),
            "click_id": Y(lambda f: f.pick([gclid, lambda f: f"t2_{b62(f, 40)}"])(f), "advertising id"),
            "revenue": G(lambda f: money(f, 20, 400)),
            "event_id": G(lambda f: f.uuid()),
        },
    ),
    # -- warehouse and Quebec backends ---------------------------------------------------------------------
    (
        "identify",
        None,
        [PY],
        2,
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "PHONE_NUMBER": Y(nanp, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: dob(f, "iso"), "birthdate"),
            "POSTAL_CODE": Y(postal, "zipcode"),
            "PROVINCE": G(pk("ON", "BC", "CA", "AB")),
            "IS_MEDICAL": Y(pk(True, False), "condition"),
            "AGE_BAND": G(pk("19-24", "25-34", "35-44", "45-54", "55+")),
            "LIFETIME_SPEND": G(lambda f: money(f, 0, 9000)),
            "ORDER_COUNT": G(num(0, 140)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "LOYALTY_TIER": G(pk("seedling", "sprout", "bloom", "harvest")),
            "PREFERRED_CATEGORY": G(pk(*CATEGORIES)),
        },
    ),
    (
        "identify",
        None,
        [PHP],
        1,
        {
            "prénom": Y(first, "name"),
            "nom": Y(last, "name"),
            "courriel": Y(email, "email"),
            "téléphone": Y(
                lambda f: (
                    f"{f.pick(['514', '438', '418', '819'])} {f.r.randint(201, 989)}"
                    f"-{f.r.randint(0, 9999):04d}"
                ),
                "phone",
            ),
            "date_naissance": Y(lambda f: dob(f, "iso"), "birthdate"),
            "code_postal": Y(lambda f: f.pick(["H", "G", "J"]) + ca_postal(f)[1:], "zipcode"),
            "langue": G(pk("fr", "en")),
            "consentement_marketing": G(pk(True, False)),
            "numéro_membre": G(lambda f: f"LL{f.digits(8)}"),
        },
    ),
    (
        "group",
        None,
        [NET, RUBY],
        1,
        {
            "name": G(
                pk("Leaf & Lantern Cannabis Inc.", "Pacific Bloom Collective LLC", "Lanna Leaf Co., Ltd.")
            ),
            "licenseNumber": G(facility_license),
            "street": G(pk("582 Queen St W", "4121 Telegraph Ave", "9 Nimmanhaemin Rd")),
            "city": G(pk("Toronto", "Oakland", "Chiang Mai")),
            "state": G(pk("ON", "CA", "Chiang Mai")),
            "postalCode": G(pk("M5V 2B6", "94609", "50200")),
            "mainPhone": G(pk("+1 416-555-0182", "(510) 555-0119", "+66 53 555 014")),
            "billingEmail": G(
                pk("accounts@leafandlantern.ca", "ap@pacificbloom.co", "finance@lannaleaf.co.th")
            ),
            "industry": G(pk("Cannabis Retail")),
            "employees": G(pk(42, 18, 27)),
            "plan": G(pk("enterprise", "growth")),
            "ownerName": Y(name, "name"),
            "ownerEmail": Y(email, "email"),
        },
    ),
    # -- page, screen, lifecycle -----------------------------------------------------------------------
    (
        "page",
        None,
        ["web"],
        6,
        {
            "name": G(pk("Home", "Shop", "Product", "Checkout", "Medical")),
            "category": G(pk("shop", "account", "info")),
            "path": G(pk(*WEB_PAGES)),
            "url": G(lambda f: f.pick(HOSTS) + f.pick(WEB_PAGES)),
            "title": G(pk("Shop Flower | Leaf & Lantern", "Checkout", "Pacific Bloom — Oakland Dispensary")),
            "referrer": G(pk("https://www.google.com/", "", "https://weedmaps.com/")),
            "search": G(pk("", "?category=edibles", "?strain=indica")),
        },
    ),
    (
        "screen",
        None,
        [*MOBILE, "flutter"],
        5,
        {
            "name": G(pk("Home", "Menu", "Product Detail", "Cart", "Rewards", "Medical Card")),
            "previous_screen": G(pk("Home", "Menu", "Cart", "")),
            "tab": G(pk("shop", "rewards", "account")),
        },
    ),
    (
        "track",
        "Application Opened",
        [*MOBILE, "flutter"],
        3,
        {
            "from_background": G(pk(True, False)),
            "version": G(pk("4.2.0", "4.3.1", "2.1.0")),
            "build": G(pk("420", "431", "34")),
            "url": G(pk("", "leafandlantern://order/ord_1234", "lannaleaf://promo/songkran")),
        },
    ),
    ("alias", None, ["web", "swift", "kotlin"], 2, {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}"])
                    if client == "web"
                    else f.uuid(),
                    "timestamp": f.iso(),
                    "sentAt": f.iso(),
                }
                if f.r.random() < 0.8 or kind in ("identify", "alias", "group"):
                    msg["userId"] = f.pick([f"usr_{f.hexid(12)}", f.digits(7)])
                if client in ("web", *MOBILE, "flutter"):
                    msg["anonymousId"] = f.uuid()
                elif "userId" not in msg:
                    msg["userId"] = f"usr_{f.hexid(12)}"
                if event:
                    msg["event"] = event
                if kind in ("page", "screen"):
                    msg["name"] = f.pick(["Home", "Menu", "Product Detail", "Cart"])
                if kind == "group":
                    msg["groupId"] = st(f)[0]
                if kind == "alias":
                    msg["previousId"] = f.uuid()
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](), f, "context", labels)
                msg["integrations"] = {}
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=241, repeats=16)
    write(Path(__file__).parent, "holdout241_", events, labels)
