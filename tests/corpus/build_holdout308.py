"""Writes holdout308: tests/corpus/holdout308_events.jsonl and holdout308_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and without running the engine on these events. Only the corpus
helpers (build.py, fake.py), build_holdout3.py (for its format) and the reference's matcher
table were read.

Domain: "Binly", a white-label municipal waste-collection and recycling app run for cities in
Germany (Freiburg, Leipzig, Kassel), Taiwan (臺北市, 新北市, 臺中市) and Chile (Providencia, Ñuñoa,
Valparaíso, Concepción). Covered: resident accounts at an address (identify from web, mobile and
server, a warehouse reverse-ETL sync in SCREAMING_SNAKE, German, Traditional Chinese and Chilean
Spanish profiles), property managers as groups, alias, page and screen calls; bin registrations
with RFID tags and bin lifts read by the trucks; collection calendars by district, reminders, push
and SMS (a Twilio-shaped status callback); bulky-waste bookings with item lists (English and
German keys; German, Chinese and Spanish values); missed-collection and illegal-dumping reports
with photos and positions, Taiwan's reward for reports paid to a bank account, Chilean fines with
a RUT and a plate; contamination inspections of organic bins; fees and fines paid by SEPA mandate
(.NET PascalCase), Stripe, Transbank Webpay and ECPay (綠界) with Taiwan's e-invoice;
recycling-point drop-offs with scanned recycling cards and Chilean identity cards; waste-truck
GPS, driver shifts and staff accounts; assisted collection for disabled residents, medical-waste
and incontinence bins; e-commerce spec events for the city's shop (compost bins, bag rolls);
sign-in links, SMS codes, a Facebook CAPI-shaped lead, support chat, form and autocomplete events
carrying PII under neutral keys.

Contexts are those of the real client libraries: analytics.js (page, userAgentData, campaign),
analytics-swift, analytics-kotlin, analytics-react-native and the Flutter library (app, device,
os, screen, network, context.traits cached from identify, advertisingId), and the server
libraries python, node, go, java, ruby, php and .NET (library, sometimes the forwarded ip).

Conventions: mostly camelCase and snake_case English keys; about 18 % of paths others: PascalCase (.NET
billing, vendor webhooks), kebab-case (a Node notification service), SCREAMING_SNAKE (warehouse
sync) and German, Traditional Chinese and Spanish keys. Values: names from German, Turkish,
Polish, Balkan, Taiwanese (Han characters), Vietnamese and Indonesian, Chilean (incl. Mapuche),
Haitian and Peruvian families; national phone formats of DE, TW and CL; real-format addresses;
RUTs with mod-11 check digits, Taiwanese national ids with their checksum, Luhn card numbers,
mod-97 IBANs.

Labelling rules (the Privacy Portal's default colours):
- classification red / yellow / green, type = the reference matcher's name (or bank account,
  geolocation, secret, national id, health id, advertising id, credit card, password, token;
  `a|b` when either is fair), value_only = the key does not say what the value is.
- PII: personal data about a natural person (the resident, household members, contacts,
  caregivers, volunteers' emergency contacts, offenders, reporters, drivers, inspectors,
  agents). Colour: the reference's default; outside it, red for credentials/secrets, card
  numbers, bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue (resident, booking, report, invoice, Kassenzeichen, fine numbers, recycling
  card numbers, member numbers, RFID tag EPCs of bins), versions, timestamps, hashes of non-PII
  (ECPay CheckMacValue, file hashes, a hashed user id), amounts, enums, counters and booleans
  under PII-sounding keys (emailVerified, phoneVerified, password_strength, contactByPhone; but
  not those revealing a special category: see below), item / product / company / pet names,
  places that are not a person's (a truck's stop, a recycling point, a pharmacy, a partner
  store), country, region, locale, timezone,
  currency, user agents, OS analytics device ids; card brand, last four (incl. Webpay's
  `card_detail.card_number`, which holds only the last four), BIN (ECPay card6no), expiry; bank
  and branch codes and BICs; SEPA mandate references; a business's own phone, e-mail and address
  (the city's hotline, role mailboxes, a Hausverwaltung's office, the SMS sender number).
- Policy cases: ages, age bands, household sizes and relationships green; job titles and
  employers green; vehicle plates yellow `license`, VINs yellow `serial`; billing and shipping
  addresses yellow `address`; pay and hourly rates yellow `salary`; ad click ids (gclid, fbclid,
  fbp, fbc) yellow `advertising id`; payment-method tokens (pm_), one-time codes and sign-in
  link tokens red `token`; identity-document numbers (RUT, 身分證字號, Chilean cédula serial) red
  `national id`; Places session tokens (UUIDs) and e-mail Message-IDs green.
- Booleans and enums revealing a special category are PII of that category: disability (red,
  the reference's colour) for assisted-collection reasons, the degree of disability and holding a
  disability pass; `condition` (yellow) for incontinence-bin reasons, care levels and medical
  waste types that reveal a treatment (insulin needles, dialysis, ostomy, chemotherapy).
- Rules chosen where the policy is silent (what a careful privacy owner would want flagged):
  * a collection district, neighbourhood (里) or comuna is coarse: green, like a state; the
    resident's own street, house number, postal code and city inside their address are yellow;
    the municipality the app instance serves (`municipality`, app names) is green.
  * a position tied to a person or household is yellow `geolocation`: the device's location, a
    bin lift's position (it is the household's kerb), and the place a report was made (where the
    reporter stood), in coordinates or as text; a truck's breadcrumb on its route and its
    scheduled stops are not a person's location: green.
  * photos of bins, homes and dumping sites taken by residents and inspectors, and avatars, are
    yellow `photo` (they show homes, people and plates).
  * hashed contact details sent for ad matching (sha256 of an e-mail or phone) are labelled as
    what they hash (yellow email / phone); hashes of our own ids are green.
  * Taiwan's e-invoice mobile barcode carrier (手機條碼) is tied to one person's phone: yellow
    `identification`; a company's unified business number (統一編號) is green.
  * a Chilean property roll number (rol de avalúo) names a parcel in a public register, like a
    cadastral number: green.
  * a staff member's work e-mail and name are theirs (yellow); a team's role mailbox is green.
  * reasons for a fee reduction (low income, senior, large family) are not special categories:
    green.
- Free text is labelled by what every one of its values carries: the notes, chat texts and bounce
  reasons labelled PII carry it in every value; the free texts labelled green carry none.
"""

# ruff: noqa: RUF001 -- fullwidth punctuation and Turkish letters are real values here
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value pools ------------------------------------------------------------------------------------

DE_FIRST = ["Lukas", "Anna", "Jürgen", "Sabine", "Leon", "Marie", "Hannelore", "Finn", "Thorsten", "Greta"]
DE_LAST = ["Schneider", "Weber", "Hoffmann", "Becker", "Krüger", "Schäfer", "Zimmermann", "Wagner", "Lehmann"]
DE_MIGRANT = [
    ("Özlem", "Yılmaz"),
    ("Mehmet", "Öztürk"),
    ("Katarzyna", "Nowak"),
    ("Dragana", "Petrović"),
    ("Ahmad", "Al-Hassan"),
    ("Aylin", "Kaya"),
]
TW_SURNAME = {
    "陳": "chen",
    "林": "lin",
    "黃": "huang",
    "張": "chang",
    "李": "lee",
    "王": "wang",
    "吳": "wu",
    "劉": "liu",
    "蔡": "tsai",
    "楊": "yang",
    "許": "hsu",
    "鄭": "cheng",
}
TW_GIVEN = {
    "怡君": "yichun",
    "志明": "chihming",
    "淑芬": "shufen",
    "家豪": "chiahao",
    "佩珊": "peishan",
    "建宏": "chienhung",
    "雅婷": "yating",
    "俊傑": "chunchieh",
    "宜蓁": "yichen",
    "宗翰": "tsunghan",
    "美玲": "meiling",
}
TW_MIGRANT = [("Thi Hoa", "Nguyen"), ("Siti", "Aminah"), ("Maria Luz", "Santos"), ("Văn Minh", "Trần")]
CL_FIRST = [
    "Camila",
    "Matías",
    "Valentina",
    "Benjamín",
    "Catalina",
    "José Ignacio",
    "Francisca",
    "Joaquín",
    "Constanza",
    "Javiera",
]
CL_LAST = [
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Pérez",
    "Soto",
    "Contreras",
    "Sepúlveda",
    "Fuentes",
    "Huenchumilla",
    "Painemal",
    "Araya",
]
CL_MIGRANT = [
    ("Jean-Baptiste", "Joseph"),
    ("María José", "Quispe"),
    ("Yorgelis", "Hernández"),
    ("Wilnise", "Pierre"),
]

# The resident's city: (name, postal codes, districts, centre). Each event picks one home city
# (Fake.home) so that a street, postal code, district and position in one event agree.
CITIES = {
    "de": [
        (
            "Freiburg im Breisgau",
            ["79098", "79102", "79104", "79106", "79110"],
            ["Wiehre", "Stühlinger", "Herdern", "Zähringen"],
            (47.995, 7.842),
        ),
        (
            "Leipzig",
            ["04103", "04229", "04277", "04315"],
            ["Connewitz", "Plagwitz", "Gohlis", "Reudnitz"],
            (51.339, 12.373),
        ),
        (
            "Kassel",
            ["34117", "34119", "34131"],
            ["Vorderer Westen", "Wehlheiden", "Bad Wilhelmshöhe"],
            (51.312, 9.479),
        ),
    ],
    "tw": [
        (
            "臺北市",
            ["106", "110", "114", "106409"],
            ["大安區", "信義區", "士林區", "內湖區"],
            (25.033, 121.565),
        ),
        ("新北市", ["220", "231", "235", "220053"], ["板橋區", "中和區", "新店區"], (25.012, 121.465)),
        ("臺中市", ["403", "407", "408"], ["西屯區", "北屯區", "西區"], (24.148, 120.674)),
    ],
    "cl": [
        (
            "Providencia",
            ["7500000", "7510093"],
            ["Barrio Italia", "Pedro de Valdivia Norte", "Sector Los Leones"],
            (-33.432, -70.611),
        ),
        ("Ñuñoa", ["7750000", "7770371"], ["Plaza Ñuñoa", "Villa Frei", "Sector 3"], (-33.456, -70.597)),
        (
            "Valparaíso",
            ["2340000", "2362807"],
            ["Cerro Alegre", "Cerro Concepción", "Playa Ancha"],
            (-33.047, -71.612),
        ),
        (
            "Concepción",
            ["4030000", "4070212"],
            ["Sector Centro", "Lorenzo Arenas", "Pedro de Valdivia"],
            (-36.827, -73.050),
        ),
    ],
}
DE_STREETS = [
    "Lindenstraße",
    "Hauptstraße",
    "Schillerstr.",
    "Goethestraße",
    "Am Mühlbach",
    "Kastanienallee",
    "Karl-Heine-Straße",
    "Im Winkel",
    "Wilhelmshöher Allee",
]
TW_ROADS = [
    "忠孝東路四段",
    "復興南路一段",
    "文化路一段",
    "中山路二段",
    "民生路",
    "台灣大道三段",
    "中正路",
    "和平東路二段",
]
CL_STREETS = [
    "Av. Providencia",
    "Av. Irarrázaval",
    "Pasaje Los Aromos",
    "Los Jazmines",
    "Calle Almirante Montt",
    "Av. Pedro de Valdivia",
    "Lientur",
    "Calle Templeman",
]

BULKY_ITEMS = {
    "de": [
        "Sofa 3-Sitzer",
        "Kühlschrank",
        "Matratze 140x200",
        "Kleiderschrank",
        "Waschmaschine",
        "Lattenrost",
        "Bürostuhl",
    ],
    "tw": ["床墊", "沙發", "衣櫃", "書桌", "洗衣機", "彈簧床", "電視櫃"],
    "cl": ["colchón", "sillón", "refrigerador", "ropero", "somier", "lavadora", "escritorio"],
    "en": ["Sofa", "Mattress", "Fridge", "Wardrobe", "Washing machine", "Office chair", "Bed frame"],
}
WASTE_TYPES = ["residual", "organic", "paper", "packaging", "glass", "bulky"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Mobile/15E148 Safari/604.1",
]
LOCALES = {
    "de": ["de-DE", "en-US", "tr-TR"],
    "tw": ["zh-TW", "zh-Hant-TW", "en-US"],
    "cl": ["es-CL", "es-419", "en-US"],
}
TIMEZONES = {"de": "Europe/Berlin", "tw": "Asia/Taipei", "cl": "America/Santiago"}
APP_NAMES = {"de": "Abfall-App", "tw": "清潔隊 Binly", "cl": "Reciclo Binly"}
MUNICIPALITIES = {
    "de": ["Freiburg", "Leipzig", "Kassel"],
    "tw": ["Taipei", "New Taipei", "Taichung"],
    "cl": ["Providencia", "Ñuñoa", "Valparaíso", "Concepción"],
}
HOTLINES = {"de": "+49 761 76707-0", "tw": "1999", "cl": "+56 2 2654 3210"}


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum() or c in " -")


# -- person generators, by the tenant the event was sent for ----------------------------------------


def _pair(f: Fake) -> tuple[str, str]:
    t = f.tenant
    migrant = f.r.random() < 0.2
    if t == "de":
        return f.pick(DE_MIGRANT) if migrant else (f.pick(DE_FIRST), f.pick(DE_LAST))
    if t == "tw":
        return f.pick(TW_MIGRANT) if migrant else (f.pick(list(TW_GIVEN)), f.pick(list(TW_SURNAME)))
    return f.pick(CL_MIGRANT) if migrant else (f.pick(CL_FIRST), " ".join(f.r.sample(CL_LAST, 2)))


def first(f: Fake) -> str:
    return _pair(f)[0]


def last(f: Fake) -> str:
    return _pair(f)[1]


def full(f: Fake) -> str:
    given, family = _pair(f)
    if f.tenant == "tw" and family in TW_SURNAME:
        return family + given
    return f"{given} {family}"


def email(f: Fake) -> str:
    given, family = _pair(f)
    if family in TW_SURNAME:
        given, family = TW_GIVEN[given], TW_SURNAME[family]
    g, fam = ascii_fold(given).replace(" ", ""), ascii_fold(family).split(" ")[0].replace("-", "")
    local = f.pick(
        [
            f"{g}.{fam}",
            f"{g[0]}.{fam}",
            f"{g}{fam}{f.r.randint(1, 99)}",
            f"{fam}.{g}{f.r.randint(70, 99)}",
            f"{g}_{fam}",
        ]
    )
    domains = {
        "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
        "tw": ["gmail.com", "yahoo.com.tw", "hotmail.com", "ms45.hinet.net"],
        "cl": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    }
    return f"{local}@{f.pick(domains[f.tenant])}"


def phone(f: Fake) -> str:
    d = f.digits
    t = f.tenant
    if t == "de":
        return f.pick(
            [
                f"+49 151 {d(8)}",
                f"0171 {d(7)}",
                f"+49176{d(8)}",
                f"0761 {d(6)}",
                f"(0341) {d(7)}",
                f"+49 160 {d(3)} {d(4)}",
            ]
        )
    if t == "tw":
        return f.pick(
            [
                f"+886 9{d(2)} {d(3)} {d(3)}",
                f"09{d(2)}-{d(3)}-{d(3)}",
                f"+8869{d(8)}",
                f"(02) 2{d(3)}-{d(4)}",
                f"09{d(8)}",
            ]
        )
    return f.pick(
        [
            f"+56 9 {d(4)} {d(4)}",
            f"+569{d(8)}",
            f"9 {d(4)} {d(4)}",
            f"(2) 2{d(3)} {d(4)}",
            f"+56 2 2{d(3)} {d(4)}",
        ]
    )


def mobile(f: Fake) -> str:
    d = f.digits
    return {
        "de": f.pick([f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49176{d(8)}"]),
        "tw": f.pick([f"+886 9{d(2)} {d(3)} {d(3)}", f"09{d(2)}-{d(3)}-{d(3)}", f"09{d(8)}"]),
        "cl": f.pick([f"+56 9 {d(4)} {d(4)}", f"+569{d(8)}", f"9 {d(4)} {d(4)}"]),
    }[f.tenant]


def e164(f: Fake) -> str:
    d = f.digits
    return {"de": f"+4915{d(9)}", "tw": f"+8869{d(8)}", "cl": f"+569{d(8)}"}[f.tenant]


def house_no(f: Fake) -> str:
    return f.pick(
        [
            str(f.r.randint(1, 180)),
            f"{f.r.randint(1, 60)}a",
            f"{f.r.randint(1, 99)}b",
            str(f.r.randint(1, 40)),
        ]
    )


def street(f: Fake) -> str:
    """The street line of a resident's address."""
    t = f.tenant
    if t == "de":
        return f"{f.pick(DE_STREETS)} {house_no(f)}"
    if t == "tw":
        lane = f.pick(["", f"{f.r.randint(2, 300)}巷", f"{f.r.randint(2, 120)}巷{f.r.randint(1, 30)}弄"])
        return f"{f.pick(TW_ROADS)}{lane}{f.r.randint(1, 400)}號{f.r.randint(2, 15)}樓"
    return f.pick(
        [
            f"{f.pick(CL_STREETS)} {f.r.randint(100, 3999)}",
            f"{f.pick(CL_STREETS)} {f.r.randint(100, 3999)}, depto. {f.r.randint(11, 1802)}",
            f"{f.pick(CL_STREETS)} {f.r.randint(100, 999)}, block {f.pick('ABCD')} "
            f"depto {f.r.randint(101, 404)}",
        ]
    )


def street_name(f: Fake) -> str:
    return {"de": f.pick(DE_STREETS), "tw": f.pick(TW_ROADS), "cl": f.pick(CL_STREETS)}[f.tenant]


def city(f: Fake) -> str:
    return f.home[0]


def postcode(f: Fake) -> str:
    return f.pick(f.home[1])


def district(f: Fake) -> str:
    return f.pick(f.home[2])


def address_line(f: Fake) -> str:
    name, codes = f.home[0], f.home[1]
    if f.tenant == "tw":
        return f"{f.pick(codes)}{name}{district(f)}{street(f)}"
    return f"{street(f)}, {f.pick(codes)} {name}" if f.tenant == "de" else f"{street(f)}, {name}"


def rut(f: Fake, dots=None) -> str:
    n = f.r.randint(5_000_000, 26_999_999)
    total, factor = 0, 2
    for c in reversed(str(n)):
        total += int(c) * factor
        factor = 2 if factor == 7 else factor + 1
    dv = 11 - total % 11
    check = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    dots = f.r.random() < 0.6 if dots is None else dots
    return f"{n:,}".replace(",", ".") + f"-{check}" if dots else f"{n}-{check}"


TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id(f: Fake) -> str:
    letter = f.pick("ABEFHJKLQ")
    code = TW_LETTERS[letter]
    body = [f.pick([1, 2])] + [f.r.randint(0, 9) for _ in range(7)]
    total = code // 10 + (code % 10) * 9 + sum(d * w for d, w in zip(body, range(8, 0, -1)))
    check = (10 - total % 10) % 10
    return letter + "".join(map(str, body)) + str(check)


def cl_document(f: Fake) -> str:
    n = f.r.randint(100_000_000, 539_999_999)
    return f.pick([f"{n:,}".replace(",", "."), str(n), "A0" + f.digits(8)])


def plate(f: Fake) -> str:
    t = f.tenant
    if t == "de":
        area = f.pick(["FR", "L", "KS", "EM", "LÖ"])
        return f"{area}-{f.pick(['AB', 'K', 'XY', 'MT', 'Z'])} {f.r.randint(1, 9999)}{f.pick(['', '', 'E'])}"
    if t == "tw":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return f.pick(
            [
                "".join(f.pick(letters) for _ in range(3)) + "-" + f.digits(4),
                f.digits(3) + "-" + "".join(f.pick(letters) for _ in range(2)),
                "KEA-" + f.digits(4),
            ]
        )
    consonants = "BCDFGHJKLPRSTVWXYZ"
    return f.pick(
        [
            "".join(f.pick(consonants) for _ in range(4)) + "-" + f.digits(2),
            "".join(f.pick("ABCDEFGHKLPRSTUVWXYZ") for _ in range(2)) + "-" + f.digits(4),
        ]
    )


def truck_plate(f: Fake) -> str:
    return plate(f)


def vin(f: Fake) -> str:
    allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["WDB", "YV2", "WMA", "VF6", "JHH", "WJM"])
    return wmi + "".join(f.pick(allowed) for _ in range(14))


def tw_bank_account(f: Fake) -> str:
    return f.pick([f.digits(12), f.digits(14), f"{f.digits(3)}-{f.digits(3)}-{f.digits(6)}-{f.digits(1)}"])


def epc(f: Fake) -> str:
    return "E280" + f.hexid(20).upper()


def photo_url(f: Fake, kind="reports") -> str:
    return f"https://cdn.binly.example/{kind}/2024/{f.r.randint(1, 12):02d}/{f.uuid()}.jpg"


def money(f: Fake, lo, hi) -> float | int:
    if f.tenant == "cl":
        return f.r.randint(lo * 900, hi * 900)
    if f.tenant == "tw":
        return f.r.randint(lo * 33, hi * 33)
    return round(f.r.uniform(lo, hi), 2)


def currency(f: Fake) -> str:
    return {"de": "EUR", "tw": "TWD", "cl": "CLP"}[f.tenant]


def sha256(f: Fake) -> str:
    return f.hexid(64)


def date(f: Fake, year=2024) -> str:
    return f"{year}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def contact_note(f: Fake) -> str:
    """Free text that always carries the writer's phone number."""
    p = phone(f)
    return {
        "de": f.pick(
            [
                f"Bitte vorher anrufen: {p}",
                f"Klingel defekt, bitte {p} anrufen",
                f"Bei Rückfragen {p} (ab 16 Uhr)",
            ]
        ),
        "tw": f.pick([f"到了請打 {p}", f"管理室代收，聯絡電話 {p}", f"請先來電 {p} 謝謝"]),
        "cl": f.pick(
            [
                f"Llamar antes al {p}",
                f"Timbre no funciona, llamar al {p}",
                f"Consultas al {p} después de las 18h",
            ]
        ),
    }[f.tenant]


def chat_text(f: Fake) -> str:
    """A resident's chat message: every one carries an e-mail address or a phone number."""
    return {
        "de": f.pick(
            [
                f"Meine Nummer ist {phone(f)}, bitte zurückrufen",
                f"Die Rechnung bitte an {email(f)} schicken",
                f"Sie erreichen mich unter {phone(f)}",
            ]
        ),
        "tw": f.pick([f"我的電話是 {phone(f)}，請回電", f"收據請寄到 {email(f)}", f"可以打 {phone(f)} 找我"]),
        "cl": f.pick(
            [
                f"Mi número es {phone(f)}, por favor llamen",
                f"Envíen la boleta a {email(f)}",
                f"Me pueden ubicar al {phone(f)}",
            ]
        ),
    }[f.tenant]


def green_comment(f: Fake) -> str:
    return {
        "de": f.pick(
            [
                "Tonne stand ab 6 Uhr draußen",
                "Nur Papiertonne nicht geleert",
                "Schon das zweite Mal diesen Monat",
                "Straße war zugeparkt",
            ]
        ),
        "tw": f.pick(["垃圾車沒有停", "今天沒有聽到音樂", "回收車提早離開", "等了二十分鐘"]),
        "cl": f.pick(
            [
                "El camión no pasó",
                "Solo retiraron la mitad",
                "Segunda vez esta semana",
                "Pasaron muy temprano",
            ]
        ),
    }[f.tenant]


# -- contexts sent by the client libraries ----------------------------------------------------------


def mobile_traits():
    return {
        "email": Y(email, "email"),
        "name": Y(full, "name"),
        "phone": Y(phone, "phone"),
        "userId": G(lambda f: "res_" + f.digits(7)),
        "anonymousId": G(lambda f: f.uuid()),
    }


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/kalender", "/sperrmuell", "/es/retiro", "/zh/calendar", "/account"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com/",
                        "",
                        "https://www.freiburg.de/abfall",
                        "https://l.facebook.com/",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?ref=qr_bin"])),
            "title": G(
                lambda f: f.pick(
                    ["Abfuhrkalender | Binly", "Retiro de voluminosos", "清運時間查詢", "My account"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://"
                    + f.pick(["freiburg", "leipzig", "taipei", "providencia"])
                    + ".binly.example"
                    + f.pick(["/kalender", "/account", "/retiro"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.tenant])),
        "timezone": G(lambda f: TIMEZONES[f.tenant]),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["biotonne_2024", "sperrmuell_fruehjahr", "reciclaje_verano", "回收月"])
            ),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "qr_code"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "print"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: APP_NAMES[f.tenant]),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4321"])),
            "namespace": G(lambda f: "com.binly.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.tenant])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: TIMEZONES[f.tenant]),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: APP_NAMES[f.tenant]),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["40200", "40301", "40302"])),
            "namespace": G(lambda f: "com.binly.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "23053RN02Y", "moto g54 5G"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "cancunf"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.tenant])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: {
                    "de": f.pick(["Telekom.de", "Vodafone.de", "o2 - de"]),
                    "tw": f.pick(["中華電信", "台灣大哥大", "遠傳電信"]),
                    "cl": f.pick(["entel", "Movistar", "WOM"]),
                }[f.tenant]
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2220])),
        },
        "timezone": G(lambda f: TIMEZONES[f.tenant]),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g54 5G Build/S3RXS32.50-13)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: APP_NAMES[f.tenant]),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "40301", "4321"])),
            "namespace": G(lambda f: f.pick(["com.binly.ios", "com.binly.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S921B", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.18.0", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.tenant])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 384])),
            "height": G(lambda f: f.pick([844, 915, 854])),
        },
        "timezone": G(lambda f: TIMEZONES[f.tenant]),
        "traits": mobile_traits(),
        "location": {
            "latitude": Y(lambda f: lat(f), "geolocation"),
            "longitude": Y(lambda f: lon(f), "geolocation"),
            "speed": G(lambda f: f.pick([0, 0.4, 1.2])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: APP_NAMES[f.tenant]),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["420", "431", "432"])),
            "namespace": G(lambda f: "cl.binly.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "HUAWEI"])),
            "model": G(lambda f: f.pick(["SM-A145M", "iPhone13,2", "MAR-LX3A"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.1", "1.0.4"])),
        },
        "locale": G(lambda f: f.pick(LOCALES[f.tenant])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "17.2", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([360, 390, 412])),
            "height": G(lambda f: f.pick([800, 844, 915])),
        },
        "timezone": G(lambda f: TIMEZONES[f.tenant]),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "1.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.1"]),
}


def server_context(client: str):
    name, versions = SERVER_LIBS[client]

    def context(f: Fake):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if client in ("node", "php", "ruby"):
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if client == "node":
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if client in ("python", "dotnet"):
            out["groupId"] = G(lambda f: "org_" + f.digits(5))
        if client == "python":
            out["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return out

    return context


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{c: server_context(c) for c in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn", "flutter"]


def lat(f: Fake) -> float:
    return round(f.home[3][0] + f.r.uniform(-0.04, 0.04), 6)


def lon(f: Fake) -> float:
    return round(f.home[3][1] + f.r.uniform(-0.04, 0.04), 6)


def ids(prefix: str, n: int = 7):
    return G(lambda f: f"{prefix}{f.digits(n)}")


# -- events -----------------------------------------------------------------------------------------
# (type, event or page/screen name, clients, fixed tenant or None, body, repeats)

EVENTS = [
    # -- resident accounts -----------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin", "rn"],
        None,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: {"de": "DE", "tw": "TW", "cl": "CL"}[f.tenant]),
                "district": G(district),
            },
            "municipality": G(lambda f: f.pick(MUNICIPALITIES[f.tenant])),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["de", "en", "zh-Hant", "es"])),
            "notificationChannel": G(lambda f: f.pick(["push", "sms", "email", "none"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "householdSize": G(lambda f: f.r.randint(1, 7)),
            "binCount": G(lambda f: f.r.randint(1, 5)),
            "accountType": G(lambda f: f.pick(["owner", "tenant", "property_manager"])),
            "avatarUrl": Y(lambda f: f"https://cdn.binly.example/avatars/{f.hexid(16)}.jpg", "photo"),
        },
        45,
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "resident_id": ids("res_"),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "mobile_phone": Y(mobile, "phone"),
            "street_address": Y(street, "address|street"),
            "postal_code": Y(postcode, "zipcode"),
            "city": Y(city, "city"),
            "date_of_birth": Y(lambda f: f.date(1935, 2004), "birthdate"),
            "age_band": G(lambda f: f.pick(["18-29", "30-44", "45-64", "65+"])),
            "fee_account_number": G(
                lambda f: f.pick(["5.", "6."]) + f.digits(3) + "." + f.digits(3) + "." + f.digits(3)
            ),
            "sepa_mandate_active": G(lambda f: f.pick([True, False])),
            "fee_reduction_reason": G(lambda f: f.pick(["none", "low_income", "senior", "large_family"])),
            "last_login_at": G(lambda f: f.iso()),
            "lifetime_fees": G(lambda f: money(f, 50, 900)),
        },
        35,
    ),
    (
        "identify",
        None,
        ["kotlin", "swift"],
        "tw",
        {
            "姓名": Y(full, "name"),
            "手機": Y(mobile, "phone"),
            "電子郵件": Y(email, "email"),
            "地址": Y(address_line, "address"),
            "里別": G(lambda f: f.pick(["錦安里", "龍安里", "福住里", "新埔里", "港墘里"])),
            "身分證字號": RED(tw_id, "national id"),
            "性別": Y(lambda f: f.pick(["男", "女", "不提供"]), "gender"),
            "會員編號": G(lambda f: "TPE" + f.digits(8)),
            "推播通知": G(lambda f: f.pick([True, False])),
            "註冊日期": G(lambda f: date(f, f.pick([2022, 2023, 2024]))),
        },
        30,
    ),
    (
        "identify",
        None,
        ["flutter"],
        "cl",
        {
            "rut": RED(rut, "national id"),
            "nombre": Y(first, "name"),
            "apellidos": Y(last, "name"),
            "correo": Y(email, "email"),
            "telefonoMovil": Y(mobile, "phone"),
            "direccion": Y(street, "address|street"),
            "comuna": G(lambda f: f.pick(MUNICIPALITIES["cl"])),
            "region": G(lambda f: f.pick(["Metropolitana", "Valparaíso", "Biobío"])),
            "fechaNacimiento": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1940, 2004)}",
                "birthdate",
            ),
            "nacionalidad": Y(
                lambda f: f.pick(["chilena", "venezolana", "haitiana", "peruana", "colombiana"]),
                "citizenship",
            ),
            "aceptaTerminos": G(lambda f: True),
            "tramoRsh": G(lambda f: f.pick(["40%", "50%", "60%", "70%", "90%"])),
        },
        30,
    ),
    (
        "identify",
        None,
        ["python"],
        None,
        {
            "RESIDENT_ID": ids("res_"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FULL_NAME": Y(full, "name"),
            "PHONE_E164": Y(e164, "phone"),
            "SERVICE_ADDRESS": Y(address_line, "address"),
            "ZIP": Y(postcode, "zipcode"),
            "LIFETIME_FEES": G(lambda f: money(f, 50, 900)),
            "LAST_PICKUP_AT": G(lambda f: f.iso()),
            "IS_DELINQUENT": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
            "REPORTS_FILED_90D": G(lambda f: f.r.randint(0, 6)),
            "DBT_SYNCED_AT": G(lambda f: f.iso()),
        },
        30,
    ),
    (
        "group",
        None,
        ["web", "node"],
        None,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Hausverwaltung Kramer GmbH",
                        "Vonovia SE",
                        "永慶物業管理",
                        "Administración Edificio Los Andes",
                        "WBG Kontakt eG",
                    ]
                )
            ),
            "industry": G(lambda f: f.pick(["property_management", "housing_cooperative", "condominium"])),
            "units": G(lambda f: f.r.randint(6, 420)),
            "plan": G(lambda f: f.pick(["building_basic", "building_plus", "building_pro"])),
            "office": {
                "phone": G(
                    lambda f: f.pick(
                        ["+49 761 2928-0", "+49 341 99 0", "+886 2 2700 1234", "+56 2 2231 4400"]
                    )
                ),
                "email": G(
                    lambda f: f.pick(
                        [
                            "verwaltung@kramer-hv.example.de",
                            "info@wbg-kontakt.example.de",
                            "service@yungching.example.tw",
                            "conserjeria@edificiolosandes.example.cl",
                        ]
                    )
                ),
                "street": G(
                    lambda f: f.pick(
                        ["Kaiser-Joseph-Straße 240", "Prager Str. 21", "敦化北路100號", "Av. Apoquindo 4500"]
                    )
                ),
            },
            "contactPerson": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(mobile, "phone"),
                "jobTitle": G(
                    lambda f: f.pick(["Objektbetreuerin", "Hausmeister", "總幹事", "Administrador"])
                ),
            },
            "createdAt": G(lambda f: f.iso()),
        },
        30,
    ),
    ("alias", None, ["swift", "kotlin"], None, None, 25),
    # -- pages and screens -----------------------------------------------------------------------------
    (
        "page",
        "Collection Calendar",
        ["web"],
        None,
        {
            "path": G(lambda f: f.pick(["/kalender", "/zh/calendar", "/es/calendario"])),
            "url": G(
                lambda f: (
                    "https://" + f.pick(["freiburg", "taipei", "providencia"]) + ".binly.example/kalender"
                )
            ),
            "title": G(lambda f: f.pick(["Abfuhrkalender | Binly", "清運時間查詢", "Calendario de retiro"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/"])),
            "search": G(lambda f: f.pick(["", "?district=7", "?view=month"])),
            "category": G(lambda f: "calendar"),
        },
        35,
    ),
    (
        "page",
        "Landing",
        ["web"],
        None,
        {
            "path": G(lambda f: f.pick(["/app", "/", "/biotonne"])),
            "url": G(lambda f: "https://www.binly.example" + f.pick(["/app", "/", "/biotonne"])),
            "title": G(lambda f: f.pick(["Binly – Abfall-App", "Binly", "Biotonne bestellen"])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.pick("abcdefghijkLMNOPQRSTUVwxyz0123456789_-") for _ in range(70))
                    + "BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + "".join(f.pick("abcdefghijkLMNOPQRSTUVwxyz0123456789_-") for _ in range(56))
                ),
                "advertising id",
            ),
            "utm_campaign": G(lambda f: f.pick(["biotonne_2024", "app_install", "reciclaje_verano"])),
        },
        30,
    ),
    (
        "screen",
        "Bin Details",
        MOBILE,
        None,
        {
            "category": G(lambda f: f.pick(["bins", "calendar", "reports"])),
            "tab": G(lambda f: f.pick(["overview", "history", "settings"])),
            "previousScreen": G(lambda f: f.pick(["Home", "Calendar", "Map"])),
            "binType": G(lambda f: f.pick(WASTE_TYPES)),
        },
        30,
    ),
    # -- calendars and reminders -----------------------------------------------------------------------
    (
        "track",
        "Collection Calendar Viewed",
        ["web", "swift", "kotlin", "rn"],
        None,
        {
            "districtId": G(lambda f: f.r.randint(1, 48)),
            "districtName": G(district),
            "lookupAddress": Y(
                lambda f: f"{street_name(f)} {house_no(f)}" if f.tenant != "tw" else street(f),
                "address|street",
            ),
            "wasteTypes": Many(G(lambda f: f.pick(WASTE_TYPES)), 4),
            "month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "view": G(lambda f: f.pick(["month", "list", "week"])),
            "icsSubscribed": G(lambda f: f.pick([True, False])),
            "nextPickupDate": G(date),
        },
        40,
    ),
    (
        "track",
        "Reminder Scheduled",
        ["swift", "kotlin"],
        None,
        {
            "reminderId": G(lambda f: f.uuid()),
            "wasteType": G(lambda f: f.pick(WASTE_TYPES)),
            "leadTimeHours": G(lambda f: f.pick([12, 14, 18, 24])),
            "reminderTime": G(lambda f: f.pick(["18:00", "19:30", "06:15", "20:00"])),
            "channel": G(lambda f: f.pick(["push", "sms", "email"])),
            "smsNumber": Y(mobile, "phone"),
        },
        30,
    ),
    (
        "track",
        "Push Notification Opened",
        ["swift", "kotlin", "rn"],
        None,
        {
            "campaignId": G(lambda f: "cmp_" + f.hexid(10)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Morgen: Biotonne",
                        "明天是資源回收日",
                        "Mañana pasa el camión",
                        "Holiday schedule change",
                    ]
                )
            ),
            "body": G(
                lambda f: f.pick(
                    [
                        "Bitte Tonne bis 6 Uhr bereitstellen.",
                        "請於晚上七點前將回收物準備好",
                        "Saca tus residuos antes de las 21:00",
                        "Pickups move one day later this week.",
                    ]
                )
            ),
            "deepLink": G(lambda f: f.pick(["binly://calendar", "binly://bins", "binly://reports/new"])),
            "receivedInForeground": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "SMS Reminder Delivered",
        ["node"],
        None,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: "AC" + f.pick(["3f1a9c2e", "77b0d4aa", "c9e2f001"]) + "4d1b2e7f90a8c6d5e4f3a2b1"
            ),
            "To": Y(e164, "phone"),
            "From": G(lambda f: f.pick(["+4976155512345", "+886227201999", "+56226543210", "Binly"])),
            "Body": G(
                lambda f: f.pick(
                    [
                        "Binly: Morgen wird die Papiertonne geleert.",
                        "Binly：明天 19:30 回收車到站",
                        "Binly: mañana retiro de reciclaje.",
                    ]
                )
            ),
            "SmsStatus": G(lambda f: f.pick(["delivered", "undelivered", "sent", "failed"])),
            "NumSegments": G(lambda f: f.pick(["1", "2", "3"])),
            "ErrorCode": G(lambda f: f.pick([None, "30003", "30005", None])),
            "ToCountry": G(lambda f: {"de": "DE", "tw": "TW", "cl": "CL"}[f.tenant]),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
        30,
    ),
    (
        "track",
        "notification-preferences-updated",
        ["node"],
        None,
        {
            "email-enabled": G(lambda f: f.pick([True, False])),
            "sms-enabled": G(lambda f: f.pick([True, False])),
            "push-enabled": G(lambda f: f.pick([True, False])),
            "quiet-hours-start": G(lambda f: f.pick(["21:00", "22:00", "22:30"])),
            "notify-email": Y(email, "email"),
            "notify-phone": Y(mobile, "phone"),
            "lead-time-hours": G(lambda f: f.pick([12, 18, 24])),
            "updated-by": G(lambda f: f.pick(["resident", "support_agent", "import"])),
        },
        30,
    ),
    # -- bins ------------------------------------------------------------------------------------------
    (
        "track",
        "Bin Registered",
        ["kotlin", "rn", "swift"],
        None,
        {
            "binId": G(lambda f: f.uuid()),
            "rfidTag": G(epc),
            "binType": G(lambda f: f.pick(WASTE_TYPES)),
            "volumeLiters": G(lambda f: f.pick([60, 80, 120, 240, 1100])),
            "serviceAddress": {
                "street": Y(street_name, "street|address"),
                "houseNumber": Y(house_no, "address|street"),
                "postalCode": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
            },
            "ownerName": Y(full, "name"),
            "ownerPhone": Y(phone, "phone"),
            "registeredVia": G(lambda f: f.pick(["qr_scan", "manual", "nfc"])),
            "qrScanned": G(lambda f: f.pick([True, False])),
            "sharedWithHouseholds": G(lambda f: f.r.randint(0, 12)),
        },
        35,
    ),
    (
        "track",
        "Bin Lifted",
        ["go"],
        None,
        {
            "tag_epc": G(epc),
            "reader_id": G(lambda f: "RDR-" + f.digits(4)),
            "truck_id": G(lambda f: "T" + f.digits(3)),
            "route_id": G(lambda f: f.pick(["R-07", "R-12", "R-21", "路線-3"])),
            "lift_weight_kg": G(lambda f: round(f.r.uniform(2, 95), 1)),
            "fill_level_pct": G(lambda f: f.r.randint(5, 100)),
            "contamination_flag": G(lambda f: f.pick([True, False])),
            "lifted_at": G(lambda f: f.iso()),
            "gps": {"lat": Y(lat, "geolocation"), "lng": Y(lon, "geolocation")},
        },
        40,
    ),
    (
        "track",
        "Bin Exchange Requested",
        ["web"],
        None,
        {
            "request_id": ids("BX-", 6),
            "current_volume_l": G(lambda f: f.pick([60, 120, 240])),
            "requested_volume_l": G(lambda f: f.pick([80, 120, 240, 1100])),
            "bin_type": G(lambda f: f.pick(WASTE_TYPES)),
            "exchange_reason": G(lambda f: f.pick(["damaged", "too_small", "too_large", "stolen"])),
            "fee_delta": G(lambda f: money(f, 0, 60)),
            "delivery_address": Y(address_line, "address"),
            "placement_hint": G(
                lambda f: f.pick(
                    ["Hinter dem Gartentor", "En el antejardín", "一樓樓梯間", "Next to the garage"]
                )
            ),
            "dog_on_premises": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Bello", "Luna", "小黑", "Canela", "Rocky"])),
        },
        30,
    ),
    # -- bulky waste -----------------------------------------------------------------------------------
    (
        "track",
        "Bulky Waste Pickup Booked",
        ["web", "rn"],
        None,
        {
            "booking_id": G(lambda f: f.uuid()),
            "pickup_date": G(date),
            "time_window": G(lambda f: f.pick(["07:00-12:00", "12:00-16:00", "08:00-14:00"])),
            "items": Many(
                {
                    "name": G(lambda f: f.pick(BULKY_ITEMS["en"])),
                    "category": G(lambda f: f.pick(["furniture", "appliance", "mattress", "electronics"])),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                    "volume_m3": G(lambda f: round(f.r.uniform(0.2, 2.5), 1)),
                },
                4,
            ),
            "total_volume_m3": G(lambda f: round(f.r.uniform(0.5, 5), 1)),
            "fee": G(lambda f: money(f, 0, 80)),
            "currency": G(currency),
            "pickup_address": {
                "line1": Y(street, "address|street"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
            },
            "contact_name": Y(full, "name"),
            "contact_phone": Y(phone, "phone"),
            "contact_email": Y(email, "email"),
            "access_notes": G(
                lambda f: f.pick(
                    [
                        "Items on the curb",
                        "Basement, door on the left",
                        "Hof, hinter dem Tor",
                        "Al lado del portón",
                    ]
                )
            ),
            "payment_method": G(lambda f: f.pick(["card", "sepa", "invoice", "webpay"])),
        },
        40,
    ),
    (
        "track",
        "Sperrmülltermin Gebucht",
        ["php"],
        "de",
        {
            "Auftragsnummer": G(lambda f: "SP-2024-" + f.digits(6)),
            "Abholdatum": G(lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.2024"),
            "Vorname": Y(first, "name"),
            "Nachname": Y(last, "name"),
            "Straße": Y(street_name, "street|address"),
            "Hausnummer": Y(house_no, "address|street"),
            "PLZ": Y(postcode, "zipcode"),
            "Ort": Y(city, "city"),
            "Telefon": Y(phone, "phone"),
            "E-Mail": Y(email, "email"),
            "Gegenstände": Many(G(lambda f: f.pick(BULKY_ITEMS["de"])), 5),
            "Menge_m3": G(lambda f: f.r.randint(1, 5)),
            "Gebühr_EUR": G(lambda f: f.pick([0, 25, 35, 50.5])),
            "Hinweis": Y(contact_note, "phone", True),
            "Expressabholung": G(lambda f: f.pick([True, False])),
        },
        35,
    ),
    (
        "track",
        "大型廢棄物預約",
        ["kotlin"],
        "tw",
        {
            "booking_no": G(lambda f: "BW" + f.digits(9)),
            "booking_date_roc": G(
                lambda f: f"{f.r.randint(112, 113)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}"
            ),
            "item_list": Many(G(lambda f: f.pick(BULKY_ITEMS["tw"])), 4),
            "item_count": G(lambda f: f.r.randint(1, 6)),
            "contact_person": Y(full, "name"),
            "contact_tel": Y(phone, "phone"),
            "collection_address": Y(address_line, "address"),
            "cleaning_squad": G(lambda f: f.pick(["大安區清潔隊", "板橋區清潔隊", "西屯區清潔隊"])),
            "remark": Y(contact_note, "phone", True),
            "carry_service": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Retiro Voluminosos Solicitado",
        ["flutter"],
        "cl",
        {
            "requestId": G(lambda f: f.digits(8)),
            "pickupDate": G(date),
            "articles": Many(
                {
                    "description": G(lambda f: f.pick(BULKY_ITEMS["cl"])),
                    "qty": G(lambda f: f.r.randint(1, 3)),
                },
                4,
            ),
            "pickupAddress": Y(street, "address|street"),
            "commune": G(lambda f: f.pick(MUNICIPALITIES["cl"])),
            "landmark": G(
                lambda f: f.pick(
                    [
                        "casa esquina, reja verde",
                        "frente a la plaza",
                        "edificio con conserjería",
                        "al lado del almacén",
                    ]
                )
            ),
            "contactName": Y(full, "name"),
            "contactPhone": Y(mobile, "phone"),
            "contactEmail": Y(email, "email"),
            "isFree": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    # -- reports ---------------------------------------------------------------------------------------
    (
        "track",
        "Missed Collection Reported",
        ["rn", "web"],
        None,
        {
            "reportId": G(lambda f: f.uuid()),
            "binType": G(lambda f: f.pick(WASTE_TYPES)),
            "scheduledDate": G(date),
            "issue": G(
                lambda f: f.pick(["not_emptied", "partially_emptied", "bin_damaged", "bin_not_returned"])
            ),
            "binId": G(lambda f: f.uuid()),
            "address": {
                "street": Y(street, "street|address"),
                "postalCode": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
            },
            "photoUrl": Y(photo_url, "photo"),
            "photoCount": G(lambda f: f.r.randint(0, 4)),
            "comment": G(green_comment),
            "contactByPhone": G(lambda f: f.pick([True, False])),
            "callbackNumber": Y(phone, "phone"),
        },
        40,
    ),
    (
        "track",
        "Illegal Dumping Reported",
        ["swift", "kotlin"],
        None,
        {
            "report_id": G(lambda f: f.uuid()),
            "category": G(
                lambda f: f.pick(
                    ["furniture", "construction_debris", "tyres", "household_bags", "electronics"]
                )
            ),
            "estimated_volume": G(lambda f: f.pick(["small", "medium", "large", "truckload"])),
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 65)),
            "photo_urls": Many(Y(photo_url, "photo"), 3),
            "photo_sha256": G(sha256),
            "description": G(
                lambda f: f.pick(
                    [
                        "Matratzen am Waldweg",
                        "一堆裝潢廢料",
                        "Neumáticos en la vereda",
                        "Bags dumped behind the bus stop",
                    ]
                )
            ),
            "anonymous": G(lambda f: f.pick([True, False])),
            "reporter": {"name": Y(full, "name"), "email": Y(email, "email")},
            "vehicle_seen": G(lambda f: f.pick([True, False])),
            "offender_plate": Y(plate, "license"),
        },
        40,
    ),
    (
        "track",
        "違規傾倒檢舉",
        ["node"],
        "tw",
        {
            "案件編號": G(lambda f: "1999-" + f.digits(10)),
            "檢舉人姓名": Y(full, "name"),
            "檢舉人電話": Y(phone, "phone"),
            "檢舉人身分證字號": RED(tw_id, "national id"),
            "違規車牌": Y(plate, "license"),
            "發生地點": Y(
                lambda f: (
                    f"{f.pick(['臺北市', '新北市'])}{f.pick(['大安區', '板橋區', '中和區'])}"
                    f"{f.pick(TW_ROADS)}與{f.pick(['民生路', '中正路', '建國南路'])}口"
                ),
                "address|geolocation",
            ),
            "發生時間": G(lambda f: f.iso()),
            "影片數": G(lambda f: f.r.randint(0, 3)),
            "處理狀態": G(lambda f: f.pick(["已派工", "處理中", "已結案"])),
            "申請獎金": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Report Reward Paid",
        ["java"],
        "tw",
        {
            "caseNo": G(lambda f: "1999-" + f.digits(10)),
            "rewardAmountTwd": G(lambda f: f.pick([600, 1200, 2400, 3600])),
            "payeeName": Y(full, "name"),
            "bankCode": G(lambda f: f.pick(["004", "012", "700", "822", "812"])),
            "branchCode": G(lambda f: f.digits(4)),
            "accountNo": RED(tw_bank_account, "bank account"),
            "paidAt": G(lambda f: f.iso()),
            "batchId": G(lambda f: "PAY" + f.digits(8)),
        },
        30,
    ),
    # -- fines and fees --------------------------------------------------------------------------------
    (
        "track",
        "Fine Issued",
        ["ruby"],
        "cl",
        {
            "citation_no": G(lambda f: f.digits(7)),
            "offender_rut": RED(rut, "national id"),
            "offender_name": Y(full, "name"),
            "offender_nationality": Y(
                lambda f: f.pick(["chilena", "venezolana", "peruana", "boliviana"]), "citizenship"
            ),
            "offender_address": Y(lambda f: address_line(f), "address"),
            "plate": Y(plate, "license"),
            "amount_utm": G(lambda f: f.pick([1, 2, 3, 5])),
            "court": G(
                lambda f: f.pick(
                    [
                        "1er Juzgado de Policía Local de Providencia",
                        "Juzgado de Policía Local de Ñuñoa",
                        "2do JPL Valparaíso",
                    ]
                )
            ),
            "inspector": {"name": Y(full, "name"), "badge": G(lambda f: "INS-" + f.digits(3))},
            "ordinance_article": G(lambda f: f.pick(["Art. 12 letra b", "Art. 8", "Art. 15 inciso 2"])),
            "hearing_date": G(date),
        },
        30,
    ),
    (
        "track",
        "Fine Paid",
        ["node"],
        "cl",
        {
            "buy_order": G(lambda f: "MUL" + f.digits(9)),
            "session_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.r.randint(30000, 350000)),
            "status": G(lambda f: f.pick(["AUTHORIZED", "FAILED", "AUTHORIZED", "REVERSED"])),
            "authorization_code": G(lambda f: f.digits(4)),
            "payment_type_code": G(lambda f: f.pick(["VD", "VN", "VC", "NC"])),
            "response_code": G(lambda f: f.pick([0, 0, -1, -3])),
            "installments_number": G(lambda f: f.pick([0, 3, 6])),
            "card_detail": {"card_number": G(lambda f: f.digits(4))},
            "transaction_date": G(lambda f: f.iso()),
            "accounting_date": G(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"),
            "vci": G(lambda f: f.pick(["TSY", "TSN", "TSYS"])),
        },
        30,
    ),
    (
        "track",
        "Fee Invoice Issued",
        ["dotnet"],
        "de",
        {
            "InvoiceNumber": G(lambda f: "RE-2024-" + f.digits(7)),
            "CashReference": G(lambda f: "6." + f.digits(3) + "." + f.digits(3) + "." + f.digits(3)),
            "PayerName": Y(full, "name"),
            "PayerEmail": Y(email, "email"),
            "PayerIban": RED(lambda f: f.iban("DE"), "bank account"),
            "Bic": G(lambda f: f.pick(["GENODEF1FRE", "SOLADES1FRB", "COBADEFFXXX", "WELADE8LXXX"])),
            "MandateReference": G(lambda f: "ASF-" + f.digits(8)),
            "AmountDue": G(lambda f: round(f.r.uniform(40, 480), 2)),
            "DueDate": G(date),
            "BillingAddress": {
                "Street": Y(street, "address|street"),
                "PostalCode": Y(postcode, "zipcode"),
                "City": Y(city, "city"),
            },
            "BinCount": G(lambda f: f.r.randint(1, 6)),
            "Period": G(lambda f: f.pick(["2024-Q1", "2024-Q2", "2024-H2", "2024"])),
            "IsReminder": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Payment Method Added",
        ["web"],
        None,
        {
            "payment_method_id": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            "billing_details": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "address": {
                    "line1": Y(street, "address|street"),
                    "postal_code": Y(postcode, "zipcode"),
                    "city": Y(city, "city"),
                    "country": G(lambda f: {"de": "DE", "tw": "TW", "cl": "CL"}[f.tenant]),
                },
            },
            "set_as_default": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Checkout Card Entered",
        ["web"],
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "creditCardNumber": RED(lambda f: f.card(), "credit card"),
            "cardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholderName": Y(full, "name"),
            "saveCard": G(lambda f: f.pick([True, False])),
            "amount": G(lambda f: money(f, 10, 120)),
        },
        30,
    ),
    (
        "track",
        "ECPay Payment Completed",
        ["php"],
        "tw",
        {
            "MerchantID": G(lambda f: f.pick(["3002607", "2000132", "3085340"])),
            "MerchantTradeNo": G(lambda f: "BL" + f.digits(12)),
            "RtnCode": G(lambda f: f.pick([1, 1, 10100058, 10200095])),
            "RtnMsg": G(lambda f: f.pick(["交易成功", "Succeeded", "付款失敗"])),
            "TradeNo": G(lambda f: "2405" + f.digits(16)),
            "TradeAmt": G(lambda f: f.pick([300, 600, 900, 1500])),
            "PaymentDate": G(
                lambda f: (
                    f"2024/{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d} "
                    f"{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}"
                )
            ),
            "PaymentType": G(lambda f: f.pick(["Credit_CreditCard", "ATM_LAND", "CVS_CVS"])),
            "card4no": G(lambda f: f.digits(4)),
            "card6no": G(lambda f: f.pick(["431195", "552199", "356778", "400361"])),
            "CheckMacValue": G(lambda f: f.hexid(64).upper()),
            "SimulatePaid": G(lambda f: f.pick([0, 1])),
        },
        30,
    ),
    (
        "track",
        "E-Invoice Issued",
        ["php"],
        "tw",
        {
            "InvoiceNo": G(
                lambda f: "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + f.digits(8)
            ),
            "CustomerName": Y(full, "name"),
            "CustomerEmail": Y(email, "email"),
            "CustomerPhone": Y(mobile, "phone"),
            "CustomerIdentifier": G(lambda f: f.pick(["", "24549210", "53212539", "12345675"])),
            "CarrierType": G(lambda f: f.pick(["3", "3", "1", "2"])),
            "CarrierNum": Y(
                lambda f: "/" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789+-.") for _ in range(7)),
                "identification",
            ),
            "Donation": G(lambda f: f.pick(["0", "1"])),
            "LoveCode": G(lambda f: f.pick(["", "168001", "919", "8585"])),
            "SalesAmount": G(lambda f: f.pick([300, 600, 900])),
            "Print": G(lambda f: "0"),
        },
        30,
    ),
    # -- recycling points ------------------------------------------------------------------------------
    (
        "track",
        "Drop-off Recorded",
        ["java"],
        None,
        {
            "dropoffId": G(lambda f: f.uuid()),
            "stationId": G(lambda f: "ST-" + f.digits(3)),
            "stationName": G(
                lambda f: f.pick(
                    ["Recyclinghof Waldsee", "Wertstoffhof Lößnig", "內湖資源回收站", "Punto Limpio Vitacura"]
                )
            ),
            "cardNumber": G(lambda f: "RC-" + f.digits(10)),
            "cardUid": G(lambda f: f.hexid(14).upper()),
            "cardHolder": Y(full, "name"),
            "materials": Many(
                {
                    "type": G(
                        lambda f: f.pick(["glass", "cardboard", "pet", "aluminium", "e-waste", "batteries"])
                    ),
                    "weightKg": G(lambda f: round(f.r.uniform(0.2, 30), 2)),
                    "points": G(lambda f: f.r.randint(1, 200)),
                },
                4,
            ),
            "totalPoints": G(lambda f: f.r.randint(1, 600)),
            "operatorName": Y(full, "name"),
            "operatorId": G(lambda f: "OP" + f.digits(4)),
            "scannedAt": G(lambda f: f.iso()),
        },
        40,
    ),
    (
        "track",
        "recycling_centre_visit",
        ["python"],
        "de",
        {
            "visit_id": G(lambda f: f.digits(9)),
            "recycling_centre": G(
                lambda f: f.pick(
                    ["Recyclinghof St. Gabriel", "Wertstoffhof Liebertwolkwitz", "Recyclinghof Waldsee"]
                )
            ),
            "licence_plate": Y(plate, "license"),
            "delivered_by": Y(full, "name"),
            "waste_category": G(lambda f: f.pick(["Grünschnitt", "Bauschutt", "Altholz", "Elektrogeräte"])),
            "weight_kg": G(lambda f: f.r.randint(5, 900)),
            "commercial": G(lambda f: f.pick([True, False])),
            "access_card_no": G(lambda f: "BK" + f.digits(7)),
            "fee_eur": G(lambda f: f.pick([0, 5, 12.5, 30])),
        },
        30,
    ),
    (
        "track",
        "Recycling Point Visit",
        ["flutter"],
        "cl",
        {
            "visitId": G(lambda f: f.uuid()),
            "recyclingPoint": G(
                lambda f: f.pick(["Punto Limpio Providencia", "Punto Limpio Ñuñoa", "Punto Limpio Placilla"])
            ),
            "idCard": {
                "run": RED(lambda f: rut(f, dots=False), "national id"),
                "documentNumber": RED(cl_document, "national id"),
                "givenNames": Y(first, "name"),
                "surnames": Y(last, "name"),
            },
            "material": G(lambda f: f.pick(["vidrio", "cartón", "latas", "aceite", "pilas"])),
            "weightKg": G(lambda f: round(f.r.uniform(0.5, 40), 1)),
            "pointsRedeemed": G(lambda f: f.r.randint(0, 300)),
            "scanSucceeded": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Reward Redeemed",
        ["swift", "rn"],
        None,
        {
            "rewardId": G(lambda f: "rw_" + f.hexid(8)),
            "rewardName": G(
                lambda f: f.pick(["Kompostsack 10er", "環保購物袋", "Bolsa reutilizable", "Free tote bag"])
            ),
            "pointsSpent": G(lambda f: f.pick([100, 250, 500])),
            "partnerStore": {
                "name": G(
                    lambda f: f.pick(["Unverpackt Freiburg", "全聯福利中心 大安店", "Almacén Zero Waste"])
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "Gerberau 2, 79098 Freiburg",
                            "臺北市大安區和平東路二段96號",
                            "Av. Italia 1439, Providencia",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["+49 761 4537790", "(02) 2702-1234", "+56 2 2634 5566"])),
            },
            "pointsBalance": G(lambda f: f.r.randint(0, 3000)),
        },
        30,
    ),
    # -- trucks and staff ------------------------------------------------------------------------------
    (
        "track",
        "Truck Position Updated",
        ["go"],
        None,
        {
            "truck_id": G(lambda f: "T" + f.digits(3)),
            "vehicle_plate": Y(truck_plate, "license"),
            "route_id": G(lambda f: f.pick(["R-07", "R-12", "R-21", "路線-3"])),
            "driver_id": G(lambda f: "DRV" + f.digits(4)),
            "lat": G(lat),
            "lon": G(lon),
            "speed_kmh": G(lambda f: round(f.r.uniform(0, 45), 1)),
            "heading_deg": G(lambda f: f.r.randint(0, 359)),
            "ignition": G(lambda f: f.pick([True, False])),
            "gps_accuracy_m": G(lambda f: round(f.r.uniform(1, 12), 1)),
            "recorded_at": G(lambda f: f.epoch_ms()),
            "next_stop_eta_s": G(lambda f: f.r.randint(0, 1800)),
        },
        45,
    ),
    (
        "track",
        "Truck Arrival Predicted",
        ["node"],
        "tw",
        {
            "lineid": G(lambda f: f.pick(["112001", "114032", "106015"])),
            "linename": G(lambda f: f.pick(["大安區一分隊", "內湖區二分隊", "板橋區第3線"])),
            "car": Y(truck_plate, "license"),
            "location": G(
                lambda f: f.pick(
                    [
                        "臺北市大安區忠孝東路四段216巷口",
                        "臺北市內湖區成功路四段182號前",
                        "新北市板橋區文化路一段188巷口",
                    ]
                )
            ),
            "stop_name": G(
                lambda f: f.pick(["忠孝東路四段216巷口", "成功路四段182號前", "文化路一段188巷口"])
            ),
            "distance_m": G(lambda f: f.r.randint(50, 4000)),
            "eta_min": G(lambda f: f.r.randint(1, 40)),
            "recycling_day": G(lambda f: f.pick([True, False])),
            "subscribed_stop_id": G(lambda f: f.digits(6)),
        },
        30,
    ),
    (
        "track",
        "Driver Shift Completed",
        ["java"],
        None,
        {
            "shift_id": G(lambda f: f.uuid()),
            "driver": {
                "id": G(lambda f: "DRV" + f.digits(4)),
                "name": Y(full, "name"),
                "employee_no": G(lambda f: f.digits(6)),
                "hourly_rate": Y(lambda f: money(f, 14, 26), "salary"),
                "overtime_pay": Y(lambda f: money(f, 0, 120), "salary"),
                "role": G(lambda f: f.pick(["Müllwerker", "Kraftfahrer", "清潔隊員", "Recolector"])),
            },
            "truck_plate": Y(truck_plate, "license"),
            "truck_vin": Y(vin, "serial"),
            "route_id": G(lambda f: f.pick(["R-07", "R-12", "R-21", "路線-3"])),
            "stops_completed": G(lambda f: f.r.randint(80, 900)),
            "km_driven": G(lambda f: round(f.r.uniform(20, 160), 1)),
            "fuel_liters": G(lambda f: round(f.r.uniform(15, 90), 1)),
            "incidents": G(lambda f: f.r.randint(0, 3)),
            "started_at": G(lambda f: f.iso()),
            "ended_at": G(lambda f: f.iso()),
            "employer": G(
                lambda f: f.pick(
                    [
                        "Abfallwirtschaft Freiburg GmbH",
                        "Stadtreinigung Leipzig",
                        "臺北市政府環境保護局",
                        "Dimensión S.A.",
                    ]
                )
            ),
        },
        30,
    ),
    (
        "track",
        "Staff Account Provisioned",
        ["python"],
        None,
        {
            "staff_id": G(lambda f: "stf_" + f.digits(5)),
            "staff_email": Y(email, "email"),
            "display_name": Y(full, "name"),
            "role": G(lambda f: f.pick(["dispatcher", "inspector", "support_agent", "admin"])),
            "job_title": G(
                lambda f: f.pick(
                    ["Disponentin", "Inspector municipal", "客服專員", "Fachkraft Abfallberatung"]
                )
            ),
            "temporary_password": RED(
                lambda f: "".join(
                    f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#%") for _ in range(12)
                ),
                "password",
            ),
            "invited_by": G(lambda f: "stf_" + f.digits(5)),
            "mfa_required": G(lambda f: f.pick([True, False])),
            "team_mailbox": G(
                lambda f: f.pick(
                    ["abfallberatung@binly.example", "soporte@binly.example", "no-reply@binly.example"]
                )
            ),
        },
        30,
    ),
    (
        "track",
        "Webhook Endpoint Created",
        ["go"],
        None,
        {
            "endpoint_id": G(lambda f: "we_" + f.hexid(16)),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://erp.stadt-freiburg.example/hooks/binly",
                        "https://api.providencia.example.cl/binly",
                        "https://gis.taipei.example.tw/webhook",
                    ]
                )
            ),
            "signing_secret": RED(
                lambda f: (
                    "whsec_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(32)
                    )
                ),
                "secret",
            ),
            "events": Many(
                G(lambda f: f.pick(["report.created", "booking.created", "fine.paid", "bin.lifted"])), 3
            ),
            "created_by": G(lambda f: "stf_" + f.digits(5)),
            "api_version": G(lambda f: f.pick(["2024-04-01", "2023-10-16", "2024-06-15"])),
        },
        25,
    ),
    # -- accounts and credentials ----------------------------------------------------------------------
    (
        "track",
        "Sign In Link Requested",
        ["node"],
        None,
        {
            "email": Y(email, "email"),
            "magic_link": RED(
                lambda f: "https://app.binly.example/auth/verify?token=" + f.hexid(48), "token"
            ),
            "expires_in_s": G(lambda f: f.pick([600, 900, 1800])),
            "delivery": G(lambda f: f.pick(["email", "sms", "email", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
        30,
    ),
    (
        "track",
        "Phone Verified",
        ["kotlin", "swift"],
        None,
        {
            "phoneNumber": Y(e164, "phone"),
            "verificationCode": RED(lambda f: f.digits(6), "token"),
            "countryCallingCode": G(lambda f: {"de": "+49", "tw": "+886", "cl": "+56"}[f.tenant]),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "method": G(lambda f: f.pick(["sms", "voice", "whatsapp"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Signup Form Submitted",
        ["web"],
        None,
        {
            "form_id": G(lambda f: f.pick(["signup_main", "signup_modal", "signup_qr"])),
            "fields": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: f.pick(
                        ["Sommer2024!", "binly1234", "Müll&Co99", "taipei0912", "Valpo#2024", "qwerty!!88"]
                    ),
                    "password",
                ),
                "newsletter": G(lambda f: f.pick([True, False])),
                "municipality": G(lambda f: f.pick(MUNICIPALITIES[f.tenant])),
            },
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "duration_ms": G(lambda f: f.r.randint(4000, 90000)),
        },
        30,
    ),
    (
        "track",
        "Password Changed",
        ["python"],
        None,
        {
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "password_strength_score": G(lambda f: f.r.randint(0, 4)),
            "changed_via": G(lambda f: f.pick(["settings", "reset_link", "admin"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 5)),
        },
        25,
    ),
    (
        "track",
        "Household Member Added",
        ["rn"],
        None,
        {
            "memberName": Y(full, "name"),
            "memberEmail": Y(email, "email"),
            "relationship": G(lambda f: f.pick(["partner", "child", "parent", "roommate"])),
            "birthYear": Y(lambda f: f.r.randint(1935, 2020), "birthdate"),
            "canManageBins": G(lambda f: f.pick([True, False])),
            "memberCount": G(lambda f: f.r.randint(2, 8)),
        },
        30,
    ),
    # -- assisted and medical --------------------------------------------------------------------------
    (
        "track",
        "Assisted Collection Requested",
        ["dotnet"],
        "de",
        {
            "requestId": G(lambda f: f.uuid()),
            "residentName": Y(full, "name"),
            "assistanceReason": RED(
                lambda f: f.pick(
                    ["Gehbehinderung", "Rollstuhlnutzung", "Sehbehinderung", "Schwerbehinderung"]
                ),
                "disability",
                True,
            ),
            "disabilityDegree": RED(lambda f: f.pick([50, 60, 70, 80, 100]), "disability"),
            "hasDisabilityPass": RED(lambda f: f.pick([True, False]), "disability"),
            "caregiverName": Y(full, "name"),
            "caregiverPhone": Y(phone, "phone"),
            "serviceStart": G(date),
            "binPlacement": G(
                lambda f: f.pick(["Hinter dem Gartentor", "Im Keller links", "Garage, Seiteneingang"])
            ),
            "feeWaived": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Diaper Bin Requested",
        ["php"],
        "de",
        {
            "application_id": G(lambda f: f.digits(8)),
            "grund": Y(
                lambda f: f.pick(
                    ["Inkontinenz", "Stoma-Versorgung", "Dialyse zu Hause", "Harninkontinenz nach OP"]
                ),
                "condition",
                True,
            ),
            "care_level": Y(lambda f: f.r.randint(1, 5), "condition"),
            "certificate_provided": G(lambda f: f.pick([True, False])),
            "bin_size_l": G(lambda f: f.pick([60, 120, 240])),
            "collection_frequency": G(lambda f: f.pick(["wöchentlich", "14-tägig", "2x wöchentlich"])),
        },
        30,
    ),
    (
        "track",
        "Medical Waste Pickup Requested",
        ["swift", "flutter"],
        None,
        {
            "requestId": G(lambda f: f.uuid()),
            "wasteStream": Y(
                lambda f: f.pick(
                    [
                        "insulin_pen_needles",
                        "peritoneal_dialysis_bags",
                        "ostomy_supplies",
                        "chemotherapy_sharps",
                    ]
                ),
                "condition",
                True,
            ),
            "containerCount": G(lambda f: f.r.randint(1, 4)),
            "patientName": Y(full, "name"),
            "collectionAddress": Y(address_line, "address"),
            "pickupDate": G(date),
            "pharmacyName": G(
                lambda f: f.pick(["Löwen-Apotheke", "大樹藥局 大安店", "Farmacia Ahumada Providencia"])
            ),
            "pharmacyPhone": G(lambda f: f.pick(["+49 761 22334", "(02) 2700-5678", "+56 2 2222 3344"])),
        },
        30,
    ),
    # -- support and neutral keys ----------------------------------------------------------------------
    (
        "track",
        "Support Chat Message Sent",
        ["rn", "web"],
        None,
        {
            "conversationId": G(lambda f: "conv_" + f.hexid(12)),
            "text": Y(chat_text, "phone|email", True),
            "agentName": Y(full, "name"),
            "channel": G(lambda f: f.pick(["in_app", "web_widget", "whatsapp"])),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
            "sentiment": G(lambda f: f.pick(["negative", "neutral", "positive"])),
        },
        35,
    ),
    (
        "track",
        "Contact Field Completed",
        ["web"],
        None,
        {
            "form": G(lambda f: f.pick(["callback_request", "bulky_booking", "report_followup"])),
            "field": G(lambda f: "phone"),
            "value": Y(phone, "phone", True),
            "durationMs": G(lambda f: f.r.randint(800, 20000)),
            "valid": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web", "swift"],
        None,
        {
            "q": Y(
                lambda f: f"{street_name(f)} {house_no(f)}" if f.tenant != "tw" else street(f),
                "address|street",
                True,
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 8)),
            "selectedIndex": G(lambda f: f.r.randint(0, 4)),
            "sessionToken": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["google_places", "here", "mapbox"])),
        },
        30,
    ),
    (
        "track",
        "Calendar Shared",
        ["kotlin"],
        None,
        {
            "recipient": {
                "label": Y(full, "name", True),
                "input": Y(mobile, "phone", True),
                "channel": G(lambda f: f.pick(["sms", "whatsapp", "line"])),
            },
            "districtId": G(lambda f: f.r.randint(1, 48)),
            "includeReminders": G(lambda f: f.pick([True, False])),
        },
        30,
    ),
    (
        "track",
        "FAQ Searched",
        ["web"],
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "wann kommt der sperrmüll",
                        "wohin mit batterien",
                        "資源回收時間",
                        "dónde boto el aceite",
                        "lost bin",
                    ]
                )
            ),
            "results_count": G(lambda f: f.r.randint(0, 15)),
            "clicked_article_id": G(lambda f: f.pick([None, "kb_1042", "kb_2210", "kb_0077"])),
        },
        30,
    ),
    (
        "track",
        "Email Bounced",
        ["python"],
        None,
        {
            "email": Y(email, "email"),
            "reason": Y(
                lambda f: f"550 5.1.1 <{email(f)}>: Recipient address rejected: User unknown", "email", True
            ),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(10) + "-1-" + f.hexid(8)),
            "smtp_id": G(lambda f: f"<{f.hexid(20)}@ismtpd0001p1lon1.sendgrid.net>"),
            "bounce_type": G(lambda f: f.pick(["bounce", "blocked", "bounce", "dropped"])),
            "category": Many(G(lambda f: f.pick(["reminder", "invoice", "newsletter"])), 2),
        },
        30,
    ),
    (
        "track",
        "Lead",
        ["node"],
        None,
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: f.pick(["website", "app", "system_generated"])),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "external_id": G(sha256),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 5, 10])),
                "currency": G(currency),
                "content_name": G(lambda f: f.pick(["app_signup", "bin_order", "bulky_booking"])),
            },
        },
        30,
    ),
    # -- volunteers ------------------------------------------------------------------------------------
    (
        "track",
        "Cleanup Event Registered",
        ["flutter"],
        "cl",
        {
            "event_id": G(lambda f: f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    ["Limpieza Cerro Alegre", "Día del Reciclaje Ñuñoa", "Limpieza Playa Las Torpederas"]
                )
            ),
            "volunteer": {
                "name": Y(full, "name"),
                "rut": RED(rut, "national id"),
                "phone": Y(mobile, "phone"),
                "shirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
                "age": G(lambda f: f.r.randint(14, 78)),
                "allergies": Many(
                    Y(lambda f: f.pick(["picadura de abeja", "látex", "penicilina", "polen"]), "allergy"), 2
                ),
            },
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["madre", "pareja", "hermano", "amiga"])),
            },
        },
        30,
    ),
    # -- the city's shop: e-commerce spec --------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        None,
        {
            "product_id": G(
                lambda f: f.pick(["compost-bin-290", "bag-roll-bio-10", "kitchen-caddy-7", "glass-crate"])
            ),
            "sku": G(lambda f: f.pick(["KB-290-GR", "BR-BIO-10", "KC-7L-BR", "GC-3F-BL"])),
            "name": G(
                lambda f: f.pick(
                    ["Schnellkomposter 290 L", "Biobeutel 10 L (25 Stk.)", "廚餘桶 7L", "Caja para vidrio"]
                )
            ),
            "category": G(lambda f: f.pick(["compost", "bags", "bins"])),
            "price": G(lambda f: money(f, 2, 80)),
            "currency": G(currency),
            "position": G(lambda f: f.r.randint(1, 12)),
        },
        30,
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        None,
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "total": G(lambda f: money(f, 5, 150)),
            "tax": G(lambda f: money(f, 0, 20)),
            "shipping": G(lambda f: money(f, 0, 8)),
            "coupon": G(lambda f: f.pick(["", "KOMPOST10", "RECICLA5", "", "GREEN2024"])),
            "currency": G(currency),
            "products": Many(
                {
                    "product_id": G(
                        lambda f: f.pick(["compost-bin-290", "bag-roll-bio-10", "kitchen-caddy-7"])
                    ),
                    "sku": G(lambda f: f.pick(["KB-290-GR", "BR-BIO-10", "KC-7L-BR"])),
                    "name": G(
                        lambda f: f.pick(["Schnellkomposter 290 L", "Biobeutel 10 L (25 Stk.)", "廚餘桶 7L"])
                    ),
                    "price": G(lambda f: money(f, 2, 80)),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
            "shipping_address": {
                "name": Y(full, "name"),
                "street": Y(street, "address|street"),
                "postal_code": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
            },
            "delivery_note": Y(contact_note, "phone", True),
        },
        30,
    ),
    (
        "track",
        "Callback Requested",
        ["node"],
        None,
        {
            "ticket_id": G(lambda f: "TCK-" + f.digits(6)),
            "topic": G(lambda f: f.pick(["billing", "bulky_waste", "missed_collection", "fine"])),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "note": Y(contact_note, "phone", True),
            "queue_position": G(lambda f: f.r.randint(1, 40)),
        },
        30,
    ),
    (
        "track",
        "Move Reported",
        ["web", "kotlin"],
        None,
        {
            "previousAddress": Y(address_line, "address"),
            "newAddress": {
                "street": Y(street, "street|address"),
                "postalCode": Y(postcode, "zipcode"),
                "city": Y(city, "city"),
            },
            "moveDate": G(date),
            "keepAccount": G(lambda f: f.pick([True, False])),
            "binsToTransfer": G(lambda f: f.r.randint(0, 4)),
            "forwardingEmail": Y(email, "email"),
            "newLandlord": G(
                lambda f: f.pick(
                    [
                        "Vonovia SE",
                        "LWB Leipziger Wohnungs- und Baugesellschaft",
                        "國泰建設",
                        "Inmobiliaria Manquehue",
                    ]
                )
            ),
        },
        30,
    ),
    (
        "track",
        "Bin Inspection Logged",
        ["java"],
        "de",
        {
            "inspection_id": G(lambda f: f.uuid()),
            "tag_epc": G(epc),
            "inspector_name": Y(full, "name"),
            "result": G(lambda f: f.pick(["ok", "yellow_card", "red_card", "not_accessible"])),
            "contaminants": Many(
                G(lambda f: f.pick(["plastic_bags", "glass", "residual_waste", "textiles"])), 3
            ),
            "photo_url": Y(lambda f: photo_url(f, "inspections"), "photo"),
            "household_address": Y(address_line, "address"),
            "resident_present": G(lambda f: f.pick([True, False])),
            "follow_up_date": G(date),
        },
        30,
    ),
    (
        "track",
        "Cleaning Fee Paid",
        ["ruby"],
        "cl",
        {
            "property_roll": G(lambda f: f"{f.r.randint(100, 9999)}-{f.r.randint(1, 399)}"),
            "owner_name": Y(full, "name"),
            "owner_rut": RED(rut, "national id"),
            "owner_email": Y(email, "email"),
            "amount_clp": G(lambda f: f.r.randint(18000, 160000)),
            "installment": G(lambda f: f.pick(["1/4", "2/4", "3/4", "4/4"])),
            "exempt": G(lambda f: f.pick([True, False])),
            "payment_channel": G(lambda f: f.pick(["webpay", "khipu", "caja_municipal"])),
        },
        30,
    ),
    (
        "track",
        "Application Opened",
        ["swift", "kotlin", "flutter"],
        None,
        {
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.3.2"])),
            "build": G(lambda f: f.pick(["4200", "4310", "4321"])),
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(
                lambda f: f.pick(["binly://calendar", "https://binly.example/r/qr", "binly://reports/new"])
            ),
            "referring_application": G(
                lambda f: f.pick(["com.apple.mobilesafari", "com.google.android.gm", "jp.naver.line.android"])
            ),
        },
        35,
    ),
]


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for kind, name, clients, tenant, body, repeats in EVENTS:
        for _ in range(repeats):
            f.tenant = tenant or f.pick(["de", "de", "tw", "cl"])
            f.home = f.pick(CITIES[f.tenant])
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "res_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=308)
    write(Path(__file__).parent, "holdout308_", events, labels)
