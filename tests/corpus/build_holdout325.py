"""Writes holdout325: tests/corpus/holdout325_events.jsonl and holdout325_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
policy only, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. Nothing here was tuned to it.

Domain: blood and plasma donation in the United States, the Czech Republic and Indonesia.
- A donor app (analytics-swift, analytics-kotlin, analytics-react-native, flutter) and web site
  (analytics.js): sign-up and sign-in, eligibility quizzes, medication look-ups, centre search,
  appointment booking at centres and mobile drives, donation history and blood type, a rewards
  store (e-commerce spec events), referrals, parental consent for 16-17 year olds, notification
  preferences, page and screen calls, identify / group / alias calls.
- Staff tablets (an iPad app): donor check-in with an ID-card scan, screening vitals, adverse
  reactions, donor look-up, shifts.
- Back ends (python, node, go, java, ruby, php, .NET): paid-plasma compensation on prepaid cards,
  1099 tax forms, lab results, deferrals, SMS recall campaigns (Twilio-shaped callbacks, a Czech
  SMS gateway with kebab-case keys, WhatsApp Cloud API webhooks), e-mail delivery webhooks, ad
  conversion uploads (Meta CAPI / Google Ads shaped), a warehouse reverse-ETL identify with
  SCREAMING_SNAKE keys, and a hospital blood-bank order portal (.NET, PascalCase).
- Czech keys (jmeno, rodne_cislo, krevni_skupina, cislo_uctu ...) and Indonesian keys
  (nama_lengkap, nik, golongan_darah, agama ...) from the local back ends.

Conventions: field paths as `portal.events.flatten` gives them (`properties.x[].y`); each path
has one label (classification, type, value_only) whatever event carries it. Values come from
generators that pass the real checks: Luhn cards, mod-97 IBANs (CZ), mod-11 Czech account
numbers and rodne cislo, structurally valid SSNs, NIKs with province codes and the +40 day for
women, ABA routing numbers and NPIs with their check digits.

Labelling rules (the product's default colours; the brief's policy, applied as written):
- PII types use the reference's matcher names and colours; types outside the reference are red
  for credentials, secrets, tokens, card numbers, bank accounts, government and health ids, and
  yellow otherwise (geolocation, advertising id).
- Health facts about a natural person (blood group, Rh, CMV status, haemoglobin, haematocrit,
  blood pressure, pulse, temperature, total protein, weight taken at the medical screening,
  infectious-disease results, adverse reactions, deferral reasons and codes, an NDDR match,
  pregnancy) are `condition` (yellow), the nearest reference matcher; diagnoses and indications
  `diagnosis`, treatment `procedure`, drugs `medication`. Booleans that reveal one of these
  (is_universal_donor, taking_anticoagulants, nddr_reported) carry that type and colour.
- Green despite sounding health-related: the eligibility outcome (eligible / deferred), deferral
  dates and durations, donation type, volume collected, travel countries (country level), a blood
  product's own attributes (CmvNegative, Irradiated on an ordered unit), equipment serials.
- Answers about sexual behaviour in the donor questionnaire use `sexual orientation` (yellow).
- A driver's licence or state ID number read from the identity document at check-in is an
  identity document's number: red, `national id|license`. Czech civic ID numbers and rodne
  cislo, Indonesian NIK: red `national id`. Czech insured-person numbers, Indonesian BPJS numbers,
  hospital MRNs and Medicare ids: red `health id`; a US insurer's member id: yellow
  `identification`. Residency / visa status at a plasma centre: red `visa`.
- Hashes of a person's e-mail or phone sent to ad platforms (CAPI `em`, `ph`) carry the type of
  what was hashed; a hash of our own user id is green. gclid / fbp / fbc: yellow advertising id.
- A typed centre search ("Brno", "77002") is a searched place: green; the device's coordinates
  are yellow geolocation; a venue's or centre's coordinates and address are green.
- Staff, guardians, referred friends, drive coordinators, patients and prescribers are natural
  persons: their names, phones and e-mails are PII. Role mailboxes, the company's SMS sender
  numbers and the centres' and hospitals' contact details are green.
- Clinicians' NPIs (a public professional registry number) are green, like other business ids.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `body`, `message`, `message-text`, `messages[].from`,
  `recipient_id`, `code`, `externalIds[].id`); every value of a
  value_only PII path carries that PII (free text is built so that it does), `a|b` when values
  mix two kinds.
- context.device.id (identifierForVendor / ANDROID_ID) is green; advertisingId (IDFA/GAID, also
  when all zeros under ATT) is yellow; a push token (context.device.token) is red `token`.

Run: `.venv/bin/python -m tests.corpus.build_holdout325` (seeded, deterministic).
"""

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- rendering with optional keys -------------------------------------------------------------------


@dataclass
class Opt:
    """A key present in a share `p` of the events."""

    item: Any
    p: float = 0.5


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, dict):
        out = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out[key] = render(value, f, f"{path}.{key}", labels)
        return out
    raise TypeError(type(template))


# -- market-aware fake values -----------------------------------------------------------------------

CUR = {"m": "US"}  # the market of the event being rendered: US, CZ or ID


def m() -> str:
    return CUR["m"]


US_FIRST = [
    "DeShawn",
    "Maria",
    "Emily",
    "Jamal",
    "Guadalupe",
    "Connor",
    "Aaliyah",
    "Kenji",
    "Tran",
    "Brianna",
    "José",
    "Keisha",
    "Tyler",
    "Nguyen Thi",
    "Aiyana",
    "Mohammed",
    "Rebecca",
    "Hector",
    "Latoya",
    "Dmitri",
    "Esperanza",
    "Caleb",
    "Priya",
    "Marisol",
]
US_LAST = [
    "Jackson",
    "Hernández",
    "Johnson",
    "Washington",
    "Ramírez",
    "O'Neill",
    "Brooks",
    "Watanabe",
    "Lan",
    "Nguyen",
    "Begay",
    "Rodriguez",
    "Kim",
    "Patel",
    "Williams",
    "Okonkwo",
    "Castillo",
    "Abdullah",
    "Miller",
    "Delgado",
    "Yazzie",
    "Kowalczyk",
]
CZ_M = ["Jan", "Petr", "Jiří", "Tomáš", "Martin", "Ondřej", "Vojtěch", "Lukáš", "Jakub", "Miroslav"]
CZ_F = ["Jana", "Petra", "Tereza", "Lucie", "Kateřina", "Eva", "Zuzana", "Veronika", "Markéta", "Hana"]
CZ_SURN = [
    ("Novák", "Nováková"),
    ("Svoboda", "Svobodová"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"),
    ("Horák", "Horáková"),
    ("Němec", "Němcová"),
    ("Pokorný", "Pokorná"),
    ("Marek", "Marková"),
    ("Pospíšil", "Pospíšilová"),
    ("Nguyen", "Nguyen"),
    ("Hájek", "Hájková"),
]
ID_FIRST = [
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Putu Ayu",
    "I Made",
    "Rina",
    "Andi",
    "Sri",
    "Fajar",
    "Nur",
    "Muhammad",
    "Yohanes",
    "Maria",
    "Ketut",
    "Wahyu",
    "Intan",
    "Rizky",
    "Lestari",
    "Hendra",
]
ID_LAST = [
    "Santoso",
    "Nurhaliza",
    "Lestari",
    "Wijaya",
    "Pratiwi",
    "Suardana",
    "Marlina",
    "Saputra",
    "Wahyuni",
    "Nugroho",
    "Aini",
    "Rizky",
    "Sitorus",
    "Simanjuntak",
    "Arya",
    "Hidayat",
    "Siregar",
    "Tanoto",
    "Gunawan",
    "Kurniawan",
]
ID_MONONYM = ["Sukarni", "Wahyudi", "Suparman", "Mulyani", "Sutrisno"]

US_CITIES = [
    ("Houston", "TX"),
    ("El Paso", "TX"),
    ("Laredo", "TX"),
    ("Phoenix", "AZ"),
    ("Tucson", "AZ"),
    ("Columbus", "OH"),
    ("Atlanta", "GA"),
    ("Provo", "UT"),
    ("Rexburg", "ID"),
    ("Memphis", "TN"),
    ("Brownsville", "TX"),
    ("Albuquerque", "NM"),
    ("Spokane", "WA"),
]
US_STREETS = [
    "Dyer St",
    "Montana Ave",
    "Westheimer Rd",
    "E Speedway Blvd",
    "N High St",
    "Peachtree St NE",
    "W Center St",
    "Poplar Ave",
    "Central Ave SE",
    "Boca Chica Blvd",
    "Division St",
    "Oak Hollow Dr",
]
CZ_CITIES = [
    ("Praha", "Hlavní město Praha", "1"),
    ("Brno", "Jihomoravský kraj", "6"),
    ("Ostrava", "Moravskoslezský kraj", "7"),
    ("Plzeň", "Plzeňský kraj", "3"),
    ("Olomouc", "Olomoucký kraj", "7"),
    ("Liberec", "Liberecký kraj", "4"),
    ("České Budějovice", "Jihočeský kraj", "3"),
    ("Hradec Králové", "Královéhradecký kraj", "5"),
]
CZ_STREETS = [
    "Vinohradská",
    "Kounicova",
    "Nádražní",
    "Husova",
    "Palackého",
    "Masarykova",
    "Sokolská",
    "Jiráskova",
    "Dukelská",
    "Lidická",
    "Zahradní",
    "Komenského",
]
ID_CITIES = [
    ("Jakarta Selatan", "DKI Jakarta", "31", "12"),
    ("Surabaya", "Jawa Timur", "35", "60"),
    ("Bandung", "Jawa Barat", "32", "40"),
    ("Medan", "Sumatera Utara", "12", "20"),
    ("Denpasar", "Bali", "51", "80"),
    ("Yogyakarta", "DI Yogyakarta", "34", "55"),
    ("Semarang", "Jawa Tengah", "33", "50"),
    ("Makassar", "Sulawesi Selatan", "73", "90"),
]
ID_STREETS = [
    "Jl. Sudirman",
    "Jl. Merdeka",
    "Jl. Gatot Subroto",
    "Jl. Diponegoro",
    "Jl. Ahmad Yani",
    "Jl. Pemuda",
    "Jl. Raya Kuta",
    "Gg. Melati",
    "Jl. Kaliurang",
    "Jl. Cihampelas",
]
ID_KELURAHAN = ["Karet Semanggi", "Menteng Dalam", "Gubeng", "Dago", "Sanur Kauh", "Terban", "Petisah Tengah"]

EMAIL_DOMAINS = {
    "US": ["example.com", "mail.example.org", "example.net"],
    "CZ": ["email.example.cz", "posta.example.cz", "example.com"],
    "ID": ["example.co.id", "surel.example.id", "example.com"],
}

ASCII = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ'", "acdeeinorstuuyzACDEEINORSTUUYZ ")


def plain(name: str) -> str:
    return name.lower().translate(ASCII).replace(" ", "")


def first(f: Fake) -> str:
    if m() == "CZ":
        return f.pick(CZ_M + CZ_F)
    if m() == "ID":
        return f.pick(ID_FIRST)
    return f.pick(US_FIRST)


def last(f: Fake) -> str:
    if m() == "CZ":
        return f.pick(f.pick(CZ_SURN))
    if m() == "ID":
        return f.pick(ID_LAST)
    return f.pick(US_LAST)


def full(f: Fake) -> str:
    if m() == "CZ":
        if f.r.random() < 0.5:
            return f"{f.pick(CZ_M)} {f.pick(CZ_SURN)[0]}"
        return f"{f.pick(CZ_F)} {f.pick(CZ_SURN)[1]}"
    if m() == "ID":
        return f.pick(ID_MONONYM) if f.r.random() < 0.15 else f"{f.pick(ID_FIRST)} {f.pick(ID_LAST)}"
    return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"


def email(f: Fake) -> str:
    a = first(f).lower().translate(ASCII).replace(" ", "")
    b = last(f).lower().translate(ASCII).replace(" ", "")
    user = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}{f.r.randint(70, 2005)}"]
    )
    return f"{user}@{f.pick(EMAIL_DOMAINS[m()])}"


def phone(f: Fake) -> str:
    if m() == "CZ":
        n = f"{f.pick(['602', '603', '605', '608', '702', '724', '731', '775', '777'])}{f.digits(6)}"
        return f.pick([f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"+420{n}", f"{n[:3]} {n[3:6]} {n[6:]}"])
    if m() == "ID":
        n = f"8{f.pick(['11', '12', '13', '21', '52', '57', '77', '78', '95'])}{f.digits(f.pick([7, 8]))}"
        return f.pick([f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", f"0{n}", f"62{n}", f"+62{n}"])
    area, ex, line = f.r.randint(201, 989), f.r.randint(200, 999), f.r.randint(0, 9999)
    return f.pick(
        [
            f"({area}) {ex}-{line:04d}",
            f"{area}-{ex}-{line:04d}",
            f"+1{area}{ex}{line:04d}",
            f"{area}.{ex}.{line:04d}",
        ]
    )


def e164(f: Fake) -> str:
    digits = "".join(c for c in phone(f) if c.isdigit())
    cc = {"US": "1", "CZ": "420", "ID": "62"}[m()]
    if digits.startswith(cc):
        return "+" + digits
    return "+" + cc + digits.lstrip("0")


def city(f: Fake) -> str:
    return f.pick({"US": US_CITIES, "CZ": CZ_CITIES, "ID": ID_CITIES}[m()])[0]


def region(f: Fake) -> str:
    return f.pick({"US": US_CITIES, "CZ": CZ_CITIES, "ID": ID_CITIES}[m()])[1]


def street(f: Fake) -> str:
    if m() == "CZ":
        return f"{f.pick(CZ_STREETS)} {f.r.randint(100, 2999)}/{f.r.randint(1, 90)}"
    if m() == "ID":
        rt, rw = f.r.randint(1, 15), f.r.randint(1, 12)
        return f"{f.pick(ID_STREETS)} No. {f.r.randint(1, 250)}, RT {rt:03d}/RW {rw:03d}"
    return f"{f.r.randint(100, 19999)} {f.pick(US_STREETS)}"


def zipc(f: Fake) -> str:
    if m() == "CZ":
        c = f.pick(CZ_CITIES)
        return f"{c[2]}{f.r.randint(0, 9)}{f.r.randint(0, 9)} {f.r.randint(0, 9)}{f.r.randint(0, 9)}"
    if m() == "ID":
        return f"{f.pick(ID_CITIES)[3]}{f.r.randint(100, 999)}"
    return f"{f.r.randint(10000, 99950)}"


def full_address(f: Fake) -> str:
    if m() == "CZ":
        return f"{street(f)}, {zipc(f)} {city(f)}"
    if m() == "ID":
        return f"{street(f)}, Kel. {f.pick(ID_KELURAHAN)}, {city(f)} {zipc(f)}"
    c = f.pick(US_CITIES)
    return f"{street(f)}, {c[0]}, {c[1]} {zipc(f)}"


def country(f: Fake) -> str:
    return m()


def currency(f: Fake) -> str:
    return {"US": "USD", "CZ": "CZK", "ID": "IDR"}[m()]


def locale(f: Fake) -> str:
    return {
        "US": f.pick(["en-US", "es-US"]),
        "CZ": f.pick(["cs-CZ", "en-GB"]),
        "ID": f.pick(["id-ID", "en-ID"]),
    }[m()]


def tz(f: Fake) -> str:
    return {
        "US": f.pick(["America/Chicago", "America/Denver", "America/Phoenix", "America/New_York"]),
        "CZ": "Europe/Prague",
        "ID": f.pick(["Asia/Jakarta", "Asia/Makassar"]),
    }[m()]


def amount(f: Fake) -> float | int:
    if m() == "ID":
        return f.pick([50000, 75000, 100000, 150000])
    if m() == "CZ":
        return f.pick([400, 500, 600, 750])
    return f.pick([30.0, 45.0, 50.0, 70.0, 90.0, 100.0, 125.0])


def birthdate(f: Fake) -> str:
    return f.date(1958, 2007)


def blood_group(f: Fake) -> str:
    return f.pick(["O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-", "0 Rh+", "A Rh-"])


def lat(f: Fake) -> float:
    box = {"US": (29.3, 47.7, -122.0, -81.0), "CZ": (48.6, 51.0, 12.2, 18.8), "ID": (-8.8, 3.6, 98.6, 119.5)}[
        m()
    ]
    return round(f.r.uniform(box[0], box[1]), 6)


def lon(f: Fake) -> float:
    box = {"US": (-122.0, -81.0), "CZ": (12.2, 18.8), "ID": (98.6, 119.5)}[m()]
    return round(f.r.uniform(*box), 6)


def rodne_cislo(f: Fake, slash: bool | None = None) -> str:
    while True:
        year = f.r.randint(1955, 2006)
        month = f.r.randint(1, 12) + (50 if f.r.random() < 0.5 else 0)
        base = f"{year % 100:02d}{month:02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 999):03d}"
        check = int(base) % 11
        if check != 10:
            break
    number = base + str(check)
    slash = f.r.random() < 0.7 if slash is None else slash
    return f"{number[:6]}/{number[6:]}" if slash else number


def nik(f: Fake) -> str:
    c = f.pick(ID_CITIES)
    day = f.r.randint(1, 28) + (40 if f.r.random() < 0.5 else 0)
    regency, district = f.r.randint(1, 79), f.r.randint(1, 40)
    month, year, seq = f.r.randint(1, 12), f.r.randint(60, 99), f.r.randint(1, 9999)
    return f"{c[2]}{regency:02d}{district:02d}{day:02d}{month:02d}{year:02d}{seq:04d}"


def cz_account_number(f: Fake) -> str:
    weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        digits = [f.r.randint(0, 9) for _ in range(10)]
        digits[0] = f.r.randint(0, 2)
        if sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0 and any(digits[:6]):
            return "".join(map(str, digits))


CZ_BANKS = ["0100", "0300", "0800", "2010", "0600", "3030", "5500", "6210"]


def cz_account(f: Fake) -> str:
    number = cz_account_number(f).lstrip("0")
    prefix = f.pick(["", "", "19-", "35-", "670100-"])
    return f"{prefix}{number}/{f.pick(CZ_BANKS)}"


def cz_iban(f: Fake) -> str:
    bban = f.pick(CZ_BANKS) + f.pick(["000000", "000019", "000035"]) + cz_account_number(f)
    numeric = "".join(str(int(c, 36)) for c in bban + "CZ00")
    raw = f"CZ{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, 24, 4)) if f.r.random() < 0.5 else raw


def id_account(f: Fake) -> str:
    return f.pick([f.digits(10), f"{f.digits(4)}-01-{f.digits(6)}-50-{f.r.randint(1, 9)}", f.digits(13)])


def aba(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        d[0] = f.pick([0, 1, 2, 3])
        for c in range(10):
            full_ = [*d, c]
            if sum(x * w for x, w in zip(full_, [3, 7, 1] * 3, strict=True)) % 10 == 0:
                return "".join(map(str, full_))


def npi(f: Fake) -> str:
    body = f.pick(["1", "2"]) + f.digits(8)[:8]
    return f.luhn_complete("80840" + body)[5:]


def din(f: Fake) -> str:
    facility = f.pick(["W0412", "W1201", "W0356", "A9967"])
    return f"{facility} {f.pick(['24', '25'])} {f.digits(6)}"


def drivers_licence(f: Fake) -> str:
    return f.pick(
        [
            f.digits(8),
            f.pick(string.ascii_uppercase) + f.digits(7),
            f"{f.pick('SDMHW')}{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0",
            f.digits(9),
        ]
    )


def mbi(f: Fake) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    p = [
        str(f.r.randint(1, 9)),
        f.pick(letters),
        f.pick(letters + "0123456789"),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(letters + "0123456789"),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(letters),
        str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]
    return f"{''.join(p[:4])}-{''.join(p[4:7])}-{''.join(p[7:])}"


def alnum(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def upper(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def sha256(f: Fake) -> str:
    return f.hexid(64)


def when(f: Fake) -> str:
    return f.iso().replace("2024-", f.pick(["2024-", "2025-"]))


def day(f: Fake) -> str:
    return f"{f.pick(['2024', '2025'])}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


# -- free text that always carries its PII ---------------------------------------------------------


def sms_body(f: Fake) -> str:
    code = alnum(f, 6)
    if m() == "CZ":
        return f.pick(
            [
                f"Dobrý den, {first(f)}, od {day(f)} můžete opět darovat. Rezervace: https://lfl.example/r/{code}",
                f"{first(f)}, děkujeme za Váš poslední odběr! Termín si rezervujte na https://lfl.example/r/{code}",
            ]
        )
    if m() == "ID":
        return f.pick(
            [
                f"Halo {first(f)}, Anda sudah bisa donor darah lagi mulai {day(f)}. Daftar: https://lfl.example/i/{code}",
                f"Kak {first(f)}, stok golongan darah Anda menipis. Yuk donor minggu ini: https://lfl.example/i/{code}",
            ]
        )
    return f.pick(
        [
            f"Hi {first(f)}! You're eligible to donate again. Book: https://lfl.example/b/{code} "
            "Reply STOP to opt out",
            f"{first(f)}, your plasma center misses you - earn $100 on your next 2 visits. https://lfl.example/b/{code}",
            f"Lifeline: {first(f)}, O- donors are urgently needed this week. Book https://lfl.example/b/{code}",
        ]
    )


def referral_message(f: Fake) -> str:
    code = upper(f, 6)
    return f.pick(
        [
            f"Hey {first(f)}, I just donated at Lifeline - use my code {code} and we both get a bonus!",
            f"{first(f)}! Come give plasma with me on Saturday, code {code}",
            f"Ahoj {first(f)}, pojď se mnou darovat plazmu, kód {code}",
            f"{first(f)}, ayo donor bareng! Pakai kode {code} ya",
        ]
    )


def support_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hi, this is {full(f)}. I need to move my appointment on Friday",
            f"Please call me back at {phone(f)}, the app won't load my card",
            f"My husband {full(f)} wants to donate too, can we book together?",
            f"Text me on {phone(f)} when the bus arrives please",
            f"Dobrý den, jmenuji se {full(f)} a nemohu se přihlásit",
            f"Halo, saya {full(f)}, mau tanya jadwal donor di PMI",
        ]
    )


def reaction_note(f: Fake) -> str:
    return f.pick(
        [
            f"Donor pale and diaphoretic at {f.r.randint(3, 12)} min, "
            f"BP {f.r.randint(78, 95)}/{f.r.randint(45, 60)}, legs elevated, recovered",
            "Hematoma L antecubital, cold pack applied, advised arm rest 24h",
            "Citrate reaction: tingling lips and fingers, calcium tabs given, rate reduced",
            f"Vasovagal syncope, brief LOC ~{f.r.randint(3, 15)} s, observed 30 min, fluids given",
            "Nausea and dizziness post-donation, juice and rest, resolved before discharge",
            "Nerve irritation R arm, shooting pain on needle insertion, procedure stopped",
        ]
    )


def medication_input(f: Fake) -> str:
    return f.pick(
        [
            "Accutane",
            "isotretinoin",
            "finasteride",
            "Propecia",
            "warfarin",
            "Eliquis",
            "dutasteride",
            "acitretin",
            "Plavix",
            "Xarelto",
            "Avodart",
            "Brilinta",
            "Soriatane",
            "Jantoven",
            "aspirin 81mg",
        ]
    )


def donor_query(f: Fake) -> str:
    return f.pick([last(f), full(f), phone(f), full(f).upper()])


# -- contexts of the client libraries ---------------------------------------------------------------


def web_context(f: Fake):
    site = {
        "US": "https://www.lifelinedonor.example",
        "CZ": "https://www.lifelinedonor.example/cz",
        "ID": "https://www.lifelinedonor.example/id",
    }
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.0", "next-1.73.1", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/eligibility", "/book", "/locations", "/rewards"])),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.facebook.com/", "https://www.seznam.cz/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=sms", "?lang=cs"])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Give plasma, get paid | Lifeline",
                        "Am I eligible? | Lifeline",
                        "Book a donation",
                        "Darujte krev | Lifeline",
                    ]
                )
            ),
            "url": G(
                lambda f: (
                    site[m()] + f.pick(["/", "/eligibility", "/book?centre=" + f.digits(3), "/locations"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "8", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(
                    lambda f: f.pick(
                        ["plasma_new_donor_q2", "summer_shortage", "hari_donor_darah", "janskeho_plaketa"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "tiktok", "sms"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "sms", "email"])),
                "term": Opt(
                    G(
                        lambda f: f.pick(
                            [
                                "plasma donation near me",
                                "donate plasma for money",
                                "darovani krve brno",
                                "donor darah pmi",
                            ]
                        )
                    ),
                    0.6,
                ),
                "content": Opt(G(lambda f: f.pick(["video_15s", "carousel_b", "text_link"])), 0.6),
            },
            0.4,
        ),
    }


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
]


def carrier(f: Fake) -> str:
    return {
        "US": f.pick(["T-Mobile", "Verizon", "AT&T"]),
        "CZ": f.pick(["O2 CZ", "T-Mobile CZ", "Vodafone CZ"]),
        "ID": f.pick(["Telkomsel", "Indosat Ooredoo", "XL Axiata"]),
    }[m()]


def idfa(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.25 else f.uuid().upper()


def swift_context(f: Fake, app="Lifeline Donor", ns="org.lifelinedonor.app"):
    return {
        "app": {
            "name": G(lambda f: app),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["4180", "4192", "4200"])),
            "namespace": G(lambda f: ns),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone16,2", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Opt(Y(idfa, "advertising id"), 0.4),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": Opt(RED(lambda f: f.hexid(64), "token"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.5.1", "17.4", "18.0"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430, 820])),
            "height": G(lambda f: f.pick([844, 852, 932, 1180])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
    }


def tablet_context(f: Fake):
    return swift_context(f, app="Lifeline Floor", ns="org.lifelinedonor.floor")


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Lifeline Donor"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.1", "4.20.0"])),
            "build": G(lambda f: f.pick(["418000", "419010", "420000"])),
            "namespace": G(lambda f: "org.lifelinedonor.app"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "Google", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A546E", "Redmi Note 13", "CPH2591", "Pixel 8", "V2254"])),
            "name": G(lambda f: f.pick(["a54x", "sapphire", "OP5961L1", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Opt(Y(lambda f: f.uuid(), "advertising id"), 0.5),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(carrier),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Redmi Note 13 Build/TKQ1.221114.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Lifeline Donor"),
            "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.0"])),
            "build": G(lambda f: f.pick(["418", "419", "420"])),
            "namespace": G(lambda f: "org.lifelinedonor.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TG"])),
            "name": G(lambda f: f.pick(["iPhone", "dm3q", "spes"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.19.3", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(tz),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Opt(Y(first, "name"), 0.7),
            "donorId": G(lambda f: f.digits(8)),
        },
        "location": Opt({"latitude": Y(lat, "geolocation"), "longitude": Y(lon, "geolocation")}, 0.35),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "DonorKu"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1", "2.4.2"])),
            "build": G(lambda f: f.pick(["230", "241", "242"])),
            "namespace": G(lambda f: "id.lifeline.donorku"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A155F", "23106RN0DA", "CPH2565", "V2318", "iPhone12,1"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.3"])),
        },
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "network": {"carrier": G(carrier), "wifi": G(lambda f: f.pick([True, False]))},
        "timezone": G(tz),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.8.0", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "dotnet", "ruby"):
        ctx["ip"] = Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"), 0.5)
        ctx["userAgent"] = Opt(G(lambda f: f.pick(UAS)), 0.4)
    if lib == "node":
        ctx["externalIds"] = Opt(
            Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.4,
        )
    if lib in ("python", "java"):
        ctx["traits"] = Opt({"donor_number": G(lambda f: f.digits(8)), "email": Y(email, "email")}, 0.3)
    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "tablet": tablet_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
APP = ["swift", "kotlin", "rn"]

# -- shared fragments -------------------------------------------------------------------------------

CENTRES = {
    "US": [
        "Lifeline Plasma - El Paso Dyer St",
        "Lifeline Plasma - Houston Westheimer",
        "Lifeline Plasma - Provo",
        "Lifeline Plasma - Tucson Speedway",
    ],
    "CZ": ["Lifeline Plazma Brno-Královo Pole", "Lifeline Plazma Praha 4", "Lifeline Plazma Ostrava"],
    "ID": ["UDD PMI Kota Bandung", "UDD PMI DKI Jakarta", "UDD PMI Kota Surabaya", "UDD PMI Kota Denpasar"],
}


def centre_name(f: Fake) -> str:
    return f.pick(CENTRES[m()])


def business_phone(f: Fake) -> str:
    return {
        "US": f.pick(["+1 915-555-0142", "+1 713-555-0190", "+1 801-555-0117"]),
        "CZ": f.pick(["+420 541 555 210", "+420 222 555 870"]),
        "ID": f.pick(["(022) 555-4152", "+62 21 555 0398", "(031) 555-1023"]),
    }[m()]


def product_item():
    return {
        "product_id": G(lambda f: "rw_" + f.digits(5)),
        "sku": G(
            lambda f: (
                f.pick(["LL-TEE", "LL-HOOD", "LL-TUMB", "LL-GIFT"])
                + "-"
                + f.pick(["S", "M", "L", "XL", "25", "50"])
            )
        ),
        "name": G(
            lambda f: f.pick(
                [
                    "I Gave Plasma Tee",
                    "Lifeline Hoodie",
                    "Insulated Tumbler 20oz",
                    "Movie Night Voucher",
                    "Kaos Donor Darah",
                    "Tričko Dárce",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Apparel", "Drinkware", "Gift cards"])),
        "variant": G(lambda f: f.pick(["Red", "Navy", "Heather grey"])),
        "price": G(lambda f: f.pick([0, 500, 1200, 2500])),
        "quantity": G(lambda f: f.r.randint(1, 2)),
        "brand": G(lambda f: "Lifeline"),
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event, clients, markets, body, weight). Weight = events rendered per pass.

EVENTS: list[tuple[str, str | None, list[str], list[str], dict, int]] = []


def ev(kind, event, clients, markets, body, weight=1):
    EVENTS.append((kind, event, clients, markets, body, weight))


# donor app: identify
ev(
    "identify",
    None,
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "lastName": Y(last, "name"),
        "phone": Y(phone, "phone"),
        "birthday": Y(birthdate, "birthdate"),
        "gender": Opt(
            Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"), 0.7
        ),
        "address": Opt(
            {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(region),
                "postalCode": Y(zipc, "zipcode"),
                "country": G(country),
            },
            0.6,
        ),
        "donorId": G(lambda f: f.digits(8)),
        "bloodType": Opt(Y(blood_group, "condition"), 0.6),
        "createdAt": G(when),
        "preferredCentreId": G(lambda f: "ctr_" + f.digits(3)),
        "smsOptIn": G(lambda f: f.pick([True, False])),
        "emailOptIn": G(lambda f: f.pick([True, False])),
        "emailVerified": G(lambda f: f.pick([True, False])),
        "phoneVerified": G(lambda f: f.pick([True, False])),
        "language": G(lambda f: {"US": f.pick(["en", "es"]), "CZ": "cs", "ID": "id"}[m()]),
        "donationCount": G(lambda f: f.r.randint(0, 140)),
        "lastDonationAt": Opt(G(when), 0.7),
        "loyaltyTier": G(lambda f: f.pick(["bronze", "silver", "gold", "platinum"])),
        "referralCode": G(lambda f: upper(f, 7)),
        "age": G(lambda f: f.r.randint(17, 66)),
        "avatar": Opt(Y(lambda f: f"https://cdn.lifelinedonor.example/avatars/{f.uuid()}.jpg", "photo"), 0.4),
    },
    6,
)

# eligibility
ev(
    "track",
    "Eligibility Quiz Started",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "quiz_id": G(lambda f: f.pick(["elig_us_2024_10", "elig_cz_v7", "elig_id_v3"])),
        "quiz_version": G(lambda f: f.pick(["7.2.0", "7.3.1", "3.0.4"])),
        "entry_point": G(lambda f: f.pick(["home_banner", "booking_flow", "push", "sms_link"])),
        "donation_type": G(lambda f: f.pick(["whole_blood", "plasma", "platelets", "power_red"])),
    },
    2,
)
ev(
    "track",
    "Eligibility Question Answered",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "quiz_id": G(lambda f: f.pick(["elig_us_2024_10", "elig_cz_v7", "elig_id_v3"])),
        "question_id": G(
            lambda f: f.pick(
                ["q_age", "q_weight", "q_travel", "q_meds", "q_tattoo", "q_pregnancy", "q_sex_partner"]
            )
        ),
        "question_index": G(lambda f: f.r.randint(1, 24)),
        "answer": G(lambda f: f.pick(["yes", "no", "not_sure"])),
        "time_to_answer_ms": G(lambda f: f.r.randint(800, 40000)),
        "changed_answer": G(lambda f: f.pick([True, False])),
    },
    4,
)
ev(
    "track",
    "Eligibility Quiz Completed",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "quiz_id": G(lambda f: f.pick(["elig_us_2024_10", "elig_cz_v7", "elig_id_v3"])),
        "result": G(lambda f: f.pick(["eligible", "temporarily_deferred", "not_eligible", "call_centre"])),
        "deferral_reason": Opt(
            Y(
                lambda f: f.pick(
                    [
                        "low_iron_history",
                        "pregnancy",
                        "recent_surgery",
                        "antibiotics",
                        "hepatitis_history",
                        "cold_or_flu",
                        "heart_condition",
                    ]
                ),
                "condition",
            ),
            0.5,
        ),
        "deferral_days": Opt(G(lambda f: f.pick([14, 28, 56, 90, 120, 365])), 0.5),
        "travel_countries": Opt(
            Many(G(lambda f: f.pick(["MZ", "NG", "IN", "BR", "GB", "TH", "PG"])), 2), 0.4
        ),
        "medications": Opt(Many(Y(medication_input, "medication"), 2), 0.35),
        "pregnant_in_last_6_weeks": Y(lambda f: f.pick([False, False, False, True]), "condition"),
        "taking_anticoagulants": Y(lambda f: f.pick([False, False, True]), "medication"),
        "had_new_sexual_partner_3mo": Opt(Y(lambda f: f.pick([True, False]), "sexual orientation"), 0.5),
        "hiv_or_hepatitis_positive": Y(lambda f: f.pick([False, False, False, True]), "condition"),
        "recent_tattoo_or_piercing": G(lambda f: f.pick([True, False])),
        "age_ok": G(lambda f: f.pick([True, True, False])),
        "questions_answered": G(lambda f: f.r.randint(8, 24)),
        "completed_in_sec": G(lambda f: f.r.randint(40, 900)),
    },
    4,
)
ev(
    "track",
    "Medication Looked Up",
    [*APP, "web"],
    ["US", "CZ"],
    {
        "input": Y(medication_input, "medication", True),
        "matches": G(lambda f: f.r.randint(0, 6)),
        "defers": G(lambda f: f.pick([True, False])),
        "wait_period_days": G(lambda f: f.pick([0, 7, 30, 180, 1095])),
    },
    2,
)

# centres and booking
ev(
    "track",
    "Centres Searched",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "query": Opt(
            G(
                lambda f: {
                    "US": f.pick(["El Paso", "77002", "Provo UT", "plasma near tucson"]),
                    "CZ": f.pick(["Brno", "Praha 4", "Ostrava", "60200"]),
                    "ID": f.pick(["Bandung", "PMI Jakarta", "Surabaya", "Denpasar"]),
                }[m()]
            ),
            0.6,
        ),
        "location": Opt(
            {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65])),
            },
            0.5,
        ),
        "radius_km": G(lambda f: f.pick([5, 10, 25, 50])),
        "results_count": G(lambda f: f.r.randint(0, 14)),
        "filter_donation_type": G(lambda f: f.pick(["any", "plasma", "whole_blood", "platelets"])),
        "sort": G(lambda f: f.pick(["distance", "next_slot", "rating"])),
    },
    3,
)
ev(
    "track",
    "Centre Viewed",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "centre_id": G(lambda f: "ctr_" + f.digits(3)),
        "centre_name": G(centre_name),
        "centre_city": G(city),
        "centre_address": G(
            lambda f: f.pick(
                {
                    "US": ["1420 N Dyer St, El Paso, TX 79904", "8155 Westheimer Rd, Houston, TX 77063"],
                    "CZ": ["Purkyňova 2740/99, 612 00 Brno", "Budějovická 1667/64, 140 00 Praha 4"],
                    "ID": ["Jl. Aceh No. 79, Bandung 40113", "Jl. Kramat Raya No. 47, Jakarta Pusat 10450"],
                }[m()]
            )
        ),
        "centre_phone": G(business_phone),
        "centre_email": G(
            lambda f: f.pick(
                [
                    "elpaso@lifelinedonor.example",
                    "brno@lifelinedonor.example",
                    "info@pmibandung.example",
                    "donorcare@lifelinedonor.example",
                ]
            )
        ),
        "distance_km": G(lambda f: f.money(0, 40)),
        "open_now": G(lambda f: f.pick([True, False])),
        "rating": G(lambda f: f.pick([4.1, 4.5, 4.7, 3.9])),
        "donation_types": Many(G(lambda f: f.pick(["plasma", "whole_blood", "platelets"])), 3),
        "venue": {"lat": G(lat), "lng": G(lon)},
    },
    3,
)
ev(
    "track",
    "Appointment Booked",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "appointment_id": G(lambda f: f.uuid()),
        "centre_id": G(lambda f: "ctr_" + f.digits(3)),
        "slot_start": G(when),
        "donation_type": G(lambda f: f.pick(["whole_blood", "plasma", "platelets", "power_red"])),
        "is_mobile_drive": G(lambda f: f.pick([True, False])),
        "drive": Opt(
            {
                "drive_id": G(lambda f: "drv_" + f.digits(5)),
                "host_org": G(
                    lambda f: f.pick(
                        [
                            "Lincoln High School",
                            "Masarykova univerzita",
                            "Universitas Padjadjaran",
                            "Acme Logistics",
                        ]
                    )
                ),
                "venue_address": G(
                    lambda f: f.pick(
                        [
                            "2200 Lincoln Ave, Houston, TX",
                            "Kamenice 5, 625 00 Brno",
                            "Jl. Raya Bandung-Sumedang Km 21",
                        ]
                    )
                ),
            },
            0.4,
        ),
        "reminder_channel": G(lambda f: f.pick(["sms", "push", "email", "whatsapp"])),
        "accessibility_needs": Opt(
            Many(
                RED(
                    lambda f: f.pick(
                        ["wheelchair_access", "sign_language_interpreter", "hearing_loop", "step_free"]
                    ),
                    "disability",
                ),
                2,
            ),
            0.25,
        ),
        "first_time_donor": G(lambda f: f.pick([True, False])),
        "bringing_friend": G(lambda f: f.pick([True, False])),
        "friend_name": Opt(Y(full, "name"), 0.3),
        "booking_source": G(lambda f: f.pick(["app", "web", "sms_link", "call_centre"])),
        "lead_time_days": G(lambda f: f.r.randint(0, 30)),
    },
    4,
)
ev(
    "track",
    "Appointment Rescheduled",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "appointment_id": G(lambda f: f.uuid()),
        "old_slot": G(when),
        "new_slot": G(when),
        "reason": G(lambda f: f.pick(["schedule_conflict", "travel", "transport", "other"])),
        "times_rescheduled": G(lambda f: f.r.randint(1, 4)),
    },
    2,
)
ev(
    "track",
    "Appointment Cancelled",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "appointment_id": G(lambda f: f.uuid()),
        "cancel_reason": G(lambda f: f.pick(["no_longer_needed", "found_other_centre", "weather", "other"])),
        "hours_before": G(lambda f: f.r.randint(0, 96)),
        "cancelled_by": G(lambda f: f.pick(["donor", "centre", "system"])),
    },
    2,
)

# history, blood type
ev(
    "track",
    "Donation History Viewed",
    APP,
    ["US", "CZ", "ID"],
    {
        "donations_count": G(lambda f: f.r.randint(0, 140)),
        "lifetime_ml": G(lambda f: f.r.randint(0, 90000)),
        "first_donation_year": G(lambda f: f.r.randint(1990, 2024)),
        "blood_type": Opt(Y(blood_group, "condition"), 0.7),
        "badges": Many(
            G(lambda f: f.pick(["Gallon Club", "Bronzová Janského plaketa", "Piagam 25x", "First Timer"])), 3
        ),
    },
    2,
)
ev(
    "track",
    "Blood Type Revealed",
    APP,
    ["US", "CZ", "ID"],
    {
        "blood_type": Y(blood_group, "condition"),
        "rh_factor": Y(lambda f: f.pick(["positive", "negative"]), "condition"),
        "is_universal_donor": Y(lambda f: f.pick([True, False, False]), "condition"),
        "cmv_status": Opt(Y(lambda f: f.pick(["negative", "positive"]), "condition"), 0.6),
        "notification_id": G(lambda f: f.uuid()),
        "days_since_donation": G(lambda f: f.r.randint(2, 21)),
    },
    2,
)

# sign-up, sign-in
ev(
    "track",
    "Signed Up",
    ["web", *APP],
    ["US", "CZ", "ID"],
    {
        "method": G(lambda f: f.pick(["email", "apple", "google", "phone"])),
        "email": Y(email, "email"),
        "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        "marketing_opt_in": G(lambda f: f.pick([True, False])),
        "signup_source": G(lambda f: f.pick(["organic", "referral", "paid_social", "drive_qr"])),
        "email_verified": G(lambda f: False),
        "referral_code_used": Opt(G(lambda f: upper(f, 7)), 0.3),
    },
    3,
)
ev(
    "track",
    "Login Form Submitted",
    ["web"],
    ["US", "CZ", "ID"],
    {
        "form": {
            "email": Y(email, "email"),
            "password": RED(
                lambda f: (
                    f.pick(["Summer2024!", "darcekrve88", "jakarta123", "P1asma$$", "Password1"])
                    + alnum(f, 2)
                ),
                "password",
            ),
            "remember": G(lambda f: f.pick([True, False])),
        },
        "form_id": G(lambda f: "login"),
    },
    1,
)
ev(
    "track",
    "Verification Code Submitted",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "code": RED(lambda f: f.digits(6), "token", True),
        "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
        "attempt": G(lambda f: f.r.randint(1, 3)),
        "success": G(lambda f: f.pick([True, True, False])),
    },
    2,
)
ev(
    "track",
    "Password Reset Requested",
    ["php"],
    ["US", "CZ", "ID"],
    {
        "email": Y(email, "email"),
        "reset_link": RED(lambda f: f"https://www.lifelinedonor.example/reset?token={alnum(f, 40)}", "token"),
        "expires_in_min": G(lambda f: f.pick([15, 30, 60])),
        "requested_ip": Y(lambda f: f.ipv4(), "ip"),
    },
    2,
)
ev(
    "track",
    "Form Field Completed",
    ["web"],
    ["US", "CZ", "ID"],
    {
        "form_id": G(lambda f: f.pick(["registration", "booking_contact", "profile"])),
        "field_name": G(lambda f: f.pick(["contact", "primary_contact"])),
        "value": Y(lambda f: email(f) if f.r.random() < 0.5 else phone(f), "phone|email", True),
        "duration_ms": G(lambda f: f.r.randint(300, 12000)),
    },
    2,
)

# referrals
ev(
    "track",
    "Referral Sent",
    APP,
    ["US", "CZ", "ID"],
    {
        "referral_id": G(lambda f: f.uuid()),
        "referral_code": G(lambda f: upper(f, 7)),
        "channel": G(lambda f: f.pick(["sms", "whatsapp", "email", "copy_link"])),
        "referee_name": Y(full, "name"),
        "referee_phone": Opt(Y(phone, "phone"), 0.7),
        "referee_email": Opt(Y(email, "email"), 0.4),
        "bonus_amount": G(amount),
        "message": Y(referral_message, "name", True),
    },
    3,
)
ev(
    "track",
    "Referral Contact Selected",
    ["swift", "kotlin"],
    ["US", "CZ", "ID"],
    {
        "contact": {
            "label": Y(full, "name", True),
            "value": Y(phone, "phone", True),
            "type": G(lambda f: f.pick(["mobile", "home", "work"])),
        },
        "source": G(lambda f: "address_book"),
        "contacts_permission": G(lambda f: f.pick(["full", "limited"])),
    },
    2,
)
ev(
    "track",
    "Referral Bonus Paid",
    ["python"],
    ["US", "CZ"],
    {
        "referrer_donor_id": G(lambda f: f.digits(8)),
        "referee_donor_id": G(lambda f: f.digits(8)),
        "bonus_amount": G(amount),
        "currency": G(currency),
        "paid_to_card_last4": G(lambda f: f.digits(4)),
        "qualifying_donations": G(lambda f: f.pick([1, 2, 3])),
    },
    2,
)

# emergency contact and guardian
ev(
    "track",
    "Emergency Contact Saved",
    APP,
    ["US", "CZ", "ID"],
    {
        "label": Y(full, "name", True),
        "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend", "partner"])),
        "phone": Y(phone, "phone"),
        "is_primary": G(lambda f: f.pick([True, False])),
    },
    2,
)
ev(
    "track",
    "Parental Consent Submitted",
    ["web"],
    ["US"],
    {
        "donor_age": G(lambda f: f.pick([16, 17])),
        "guardian": {
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "email": Y(email, "email"),
            "relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
        },
        "consent_form_id": G(lambda f: "pcf_" + f.digits(6)),
        "consent_form_version": G(lambda f: f.pick(["2023.2", "2024.1", "2024.3"])),
        "signed_at": G(when),
        "school_drive": G(lambda f: f.pick([True, False])),
    },
    2,
)

# notification preferences, push, geofence
ev(
    "track",
    "Notification Preferences Updated",
    APP,
    ["US", "CZ", "ID"],
    {
        "channels": {
            "sms": G(lambda f: f.pick([True, False])),
            "email": G(lambda f: f.pick([True, False])),
            "push": G(lambda f: f.pick([True, False])),
            "whatsapp": G(lambda f: f.pick([True, False])),
        },
        "quiet_hours": {
            "start": G(lambda f: f.pick(["21:00", "22:00", "23:00"])),
            "end": G(lambda f: f.pick(["07:00", "08:00", "06:30"])),
        },
        "phone_number": Opt(Y(phone, "phone"), 0.5),
        "email_address": Opt(Y(email, "email"), 0.5),
    },
    2,
)
ev(
    "track",
    "Push Notification Opened",
    APP,
    ["US", "CZ", "ID"],
    {
        "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
        "message_id": G(lambda f: f.uuid()),
        "title": G(
            lambda f: f.pick(
                ["O- needed urgently", "You can donate again!", "Nový termín je volný", "Stok darah menipis"]
            )
        ),
        "deep_link": G(lambda f: f.pick(["lifeline://book", "lifeline://rewards", "lifeline://history"])),
        "app_state": G(lambda f: f.pick(["background", "killed", "foreground"])),
    },
    2,
)
ev(
    "track",
    "Geofence Entered",
    ["kotlin", "swift"],
    ["US", "CZ", "ID"],
    {
        "centre_id": G(lambda f: "ctr_" + f.digits(3)),
        "latitude": Y(lat, "geolocation"),
        "longitude": Y(lon, "geolocation"),
        "accuracy_m": G(lambda f: f.pick([5, 12, 35, 65])),
        "dwell_sec": G(lambda f: f.r.randint(30, 3600)),
    },
    2,
)

# support
ev(
    "track",
    "Support Message Sent",
    ["web", *APP],
    ["US", "CZ", "ID"],
    {
        "conversation_id": G(lambda f: f.uuid()),
        "text": Y(support_text, "name|phone", True),
        "topic": G(lambda f: f.pick(["appointment", "payment", "eligibility", "app_issue"])),
        "attachments": G(lambda f: f.r.randint(0, 2)),
    },
    2,
)

# rewards store (e-commerce spec)
ev(
    "track",
    "Products Searched",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "query": G(lambda f: f.pick(["hoodie", "tumbler", "gift card", "kaos", "tričko"])),
    },
    1,
)
ev(
    "track",
    "Product Viewed",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        **product_item(),
        "currency": G(lambda f: "PTS"),
        "points_balance": G(lambda f: f.r.randint(0, 9000)),
    },
    2,
)
ev(
    "track",
    "Product Added",
    [*APP, "web"],
    ["US", "CZ", "ID"],
    {
        "cart_id": G(lambda f: f.uuid()),
        **{k: v for k, v in product_item().items() if k in ("product_id", "sku", "price", "quantity")},
    },
    2,
)
ev(
    "track",
    "Order Completed",
    ["node"],
    ["US", "CZ", "ID"],
    {
        "order_id": G(lambda f: "RW-" + f.digits(7)),
        "checkout_id": G(lambda f: f.uuid()),
        "total": G(lambda f: f.pick([500, 1200, 1700, 2500, 3700])),
        "points_redeemed": G(lambda f: f.pick([500, 1200, 2500])),
        "currency": G(lambda f: "PTS"),
        "coupon": G(lambda f: f.pick(["", "DOUBLEPTS", "WELCOME"])),
        "shipping_method": G(lambda f: f.pick(["usps_ground", "zasilkovna", "jne_reg", "pickup_at_centre"])),
        "products": Many(product_item(), 3),
        "shipping_address": Opt(
            {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "line2": Opt(
                    Y(lambda f: f.pick(["Apt 4B", "Unit 12", "byt 7", "Blok C2"]), "address|street"), 0.4
                ),
                "city": Y(city, "city"),
                "postal_code": Y(zipc, "zipcode"),
                "state": G(region),
                "country": G(country),
            },
            0.8,
        ),
        "customer_email": Y(email, "email"),
    },
    3,
)

# page and screen calls
ev(
    "page",
    "Eligibility",
    ["web"],
    ["US", "CZ", "ID"],
    {
        "name": G(lambda f: f.pick(["Eligibility", "Locations", "Book", "Rewards", "Home"])),
        "path": G(lambda f: f.pick(["/", "/eligibility", "/book", "/locations", "/rewards"])),
        "url": G(
            lambda f: "https://www.lifelinedonor.example" + f.pick(["/", "/eligibility", "/book", "/rewards"])
        ),
        "title": G(
            lambda f: f.pick(
                ["Give plasma, get paid | Lifeline", "Am I eligible? | Lifeline", "Book a donation"]
            )
        ),
        "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://m.facebook.com/"])),
        "search": G(lambda f: f.pick(["", "?utm_source=google", "?ref=sms", "?centre=118"])),
        "category": G(lambda f: f.pick(["donor", "marketing"])),
    },
    6,
)
ev(
    "screen",
    "Home",
    [*APP, "flutter"],
    ["US", "CZ", "ID"],
    {
        "name": G(
            lambda f: f.pick(["Home", "Eligibility Quiz", "Centre Map", "Booking", "Wallet", "History"])
        ),
        "previous_screen": G(lambda f: f.pick(["Home", "Onboarding", "Centre Map", "Booking"])),
        "tab": G(lambda f: f.pick(["home", "book", "wallet", "profile"])),
    },
    6,
)
ev("alias", None, [*APP, "web"], ["US", "CZ", "ID"], {}, 2)
ev(
    "track",
    "Experiment Viewed",
    ["web", *APP],
    ["US", "CZ", "ID"],
    {
        "experiment_id": G(lambda f: f.pick(["exp_112", "exp_118", "exp_121"])),
        "experiment_name": G(lambda f: f.pick(["booking_cta_copy", "quiz_length", "bonus_banner"])),
        "variation_id": G(lambda f: f.pick(["control", "v1", "v2"])),
    },
    2,
)

# staff tablet
ev(
    "track",
    "Donor Checked In",
    ["tablet"],
    ["US"],
    {
        "donorNumber": G(lambda f: f.digits(8)),
        "checkInId": G(lambda f: f.uuid()),
        "kioskId": G(lambda f: "K" + f.digits(2)),
        "idScan": {
            "documentType": G(lambda f: f.pick(["DL", "ID", "DL"])),
            "issuingState": G(lambda f: f.pick(["TX", "AZ", "UT", "OH", "NM"])),
            "documentNumber": RED(drivers_licence, "national id|license"),
            "expiresOn": G(lambda f: f.date(2025, 2032)),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "dateOfBirth": Y(birthdate, "birthdate"),
            "addressLine1": Y(street, "address|street"),
            "city": Y(city, "city"),
            "postalCode": Y(zipc, "zipcode"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex|gender"),
        },
        "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
        "fingerprintMatched": G(lambda f: f.pick([True, True, False])),
        "photoCaptured": G(lambda f: f.pick([True, False])),
        "photoUrl": Opt(
            Y(lambda f: f"https://media.lifelinedonor.example/donor-photos/{f.uuid()}.jpg", "photo"), 0.6
        ),
        "nddrCheck": Y(lambda f: f.pick(["clear", "clear", "clear", "match"]), "condition"),
        "cdcsCheck": G(lambda f: f.pick(["pass", "pass", "fail"])),
        "residencyStatus": RED(
            lambda f: f.pick(["us_citizen", "permanent_resident", "b1_b2_visa", "border_crossing_card"]),
            "visa",
        ),
        "staffId": G(lambda f: "EMP" + f.digits(5)),
        "waitTimeMin": G(lambda f: f.r.randint(0, 75)),
    },
    4,
)
ev(
    "track",
    "Screening Recorded",
    ["tablet"],
    ["US", "CZ"],
    {
        "screeningId": G(lambda f: f.uuid()),
        "donorNumber": G(lambda f: f.digits(8)),
        "vitals": {
            "hemoglobin": Y(lambda f: round(f.r.uniform(11.8, 17.5), 1), "condition"),
            "hematocrit": Y(lambda f: f.r.randint(36, 52), "condition"),
            "systolic": Y(lambda f: f.r.randint(92, 182), "condition"),
            "diastolic": Y(lambda f: f.r.randint(55, 102), "condition"),
            "pulse": Y(lambda f: f.r.randint(50, 104), "condition"),
            "temperatureF": Y(lambda f: round(f.r.uniform(97.0, 99.6), 1), "condition"),
            "weightLb": Y(lambda f: f.r.randint(110, 290), "condition"),
            "totalProtein": Y(lambda f: round(f.r.uniform(6.0, 8.9), 1), "condition"),
        },
        "hemoglobinMethod": G(lambda f: f.pick(["HemoCue 301", "fingerstick_cuso4", "venous"])),
        "result": G(lambda f: f.pick(["accepted", "accepted", "deferred"])),
        "deferralCode": Opt(
            Y(lambda f: f.pick(["LOW-HCT", "HIGH-BP", "LOW-TP", "FEVER", "PULSE-IRR"]), "condition"), 0.3
        ),
        "deferralUntil": Opt(G(day), 0.3),
        "screenerName": Y(full, "name"),
        "screenerEmployeeId": G(lambda f: "EMP" + f.digits(5)),
        "durationSec": G(lambda f: f.r.randint(120, 900)),
        "nurseOverride": G(lambda f: f.pick([False, False, True])),
    },
    4,
)
ev(
    "track",
    "Adverse Reaction Logged",
    ["tablet"],
    ["US", "CZ"],
    {
        "reactionId": G(lambda f: f.uuid()),
        "donationId": G(lambda f: f.digits(10)),
        "reactionType": Y(
            lambda f: f.pick(["vasovagal", "hematoma", "citrate", "nerve_injury", "arterial_puncture"]),
            "condition|diagnosis",
        ),
        "severity": Y(lambda f: f.pick(["mild", "moderate", "severe"]), "condition"),
        "onsetMinutes": G(lambda f: f.r.randint(0, 60)),
        "treatment": Y(
            lambda f: f.pick(
                ["fluids_oral", "cold_compress", "calcium_carbonate", "saline_iv", "ammonia_inhalant"]
            ),
            "procedure",
        ),
        "note": Y(reaction_note, "condition", True),
        "reportedBy": Y(full, "name"),
        "followUpCallScheduled": G(lambda f: f.pick([True, False])),
        "loggedAt": G(when),
    },
    3,
)
ev(
    "track",
    "Donor Lookup Performed",
    ["tablet"],
    ["US", "CZ"],
    {
        "q": Y(donor_query, "name|phone", True),
        "resultsCount": G(lambda f: f.r.randint(0, 8)),
        "durationMs": G(lambda f: f.r.randint(40, 900)),
        "station": G(lambda f: f.pick(["reception", "screening_2", "screening_3"])),
    },
    3,
)
ev(
    "track",
    "Shift Started",
    ["tablet"],
    ["US", "CZ"],
    {
        "staffId": G(lambda f: "EMP" + f.digits(5)),
        "staffName": Y(full, "name"),
        "staffEmail": Y(
            lambda f: f"{plain(first(f))}.{plain(last(f))}@lifelinedonor.example",
            "email",
        ),
        "role": G(lambda f: f.pick(["phlebotomist", "screener", "center_nurse", "reception"])),
        "centreId": G(lambda f: "ctr_" + f.digits(3)),
        "hourlyRate": Y(lambda f: f.pick([17.5, 18.25, 19.0, 21.5, 24.0, 210.0]), "salary"),
        "overtimeEligible": G(lambda f: f.pick([True, False])),
        "badgeNumber": G(lambda f: f.digits(6)),
    },
    2,
)
ev(
    "track",
    "Parking Validated",
    ["tablet"],
    ["US"],
    {
        "plate": Y(
            lambda f: f.pick(
                [
                    f"{f.r.randint(1, 9)}{upper(f, 3)}{f.digits(3)}",
                    f"{upper(f, 3)}-{f.digits(4)}",
                    f"{upper(f, 3)} {f.digits(3)}",
                ]
            ),
            "license",
        ),
        "lot": G(lambda f: f.pick(["North", "Garage B", "Visitor"])),
        "minutes": G(lambda f: f.r.randint(30, 180)),
    },
    2,
)

# donation completed (centre system, python) and lab results (java)
ev(
    "track",
    "Donation Completed",
    ["python"],
    ["US", "CZ", "ID"],
    {
        "donation_id": G(lambda f: f.digits(10)),
        "donor_id": G(lambda f: f.digits(8)),
        "centre_id": G(lambda f: "ctr_" + f.digits(3)),
        "donation_type": G(lambda f: f.pick(["whole_blood", "plasma", "platelets", "power_red"])),
        "din": G(din),
        "volume_ml": G(lambda f: f.pick([450, 470, 690, 800, 880])),
        "duration_min": G(lambda f: f.r.randint(8, 75)),
        "hemoglobin_g_dl": Y(lambda f: round(f.r.uniform(12.5, 17.0), 1), "condition"),
        "bp_systolic": Y(lambda f: f.r.randint(95, 175), "condition"),
        "bp_diastolic": Y(lambda f: f.r.randint(55, 100), "condition"),
        "pulse_bpm": Y(lambda f: f.r.randint(50, 100), "condition"),
        "weight_kg": Y(lambda f: f.r.randint(50, 130), "condition"),
        "arm": G(lambda f: f.pick(["left", "right"])),
        "phlebotomist": {"id": G(lambda f: "EMP" + f.digits(5)), "name": Y(full, "name")},
        "device_serial": G(lambda f: f.pick(["AUR", "PCS"]) + f.digits(7)),
        "kit_lot": G(lambda f: "LOT" + f.digits(6)),
        "completed_at": G(when),
        "points_earned": G(lambda f: f.pick([50, 100, 150])),
        "next_eligible_at": G(day),
    },
    5,
)
ev(
    "track",
    "Test Results Released",
    ["java"],
    ["US", "CZ"],
    {
        "din": G(din),
        "donor_id": G(lambda f: f.digits(8)),
        "lab_id": G(lambda f: f.pick(["LAB-TX-01", "LAB-CZ-BRQ", "LAB-UT-02"])),
        "abo": Y(lambda f: f.pick(["O", "A", "B", "AB"]), "condition"),
        "rh": Y(lambda f: f.pick(["POS", "NEG"]), "condition"),
        "antibody_screen": Y(lambda f: f.pick(["negative", "negative", "positive"]), "condition"),
        "infectious_disease_panel": {
            "hiv": Y(lambda f: f.pick(["nonreactive", "nonreactive", "reactive"]), "condition"),
            "hbv": Y(lambda f: f.pick(["nonreactive", "nonreactive", "reactive"]), "condition"),
            "hcv": Y(lambda f: f.pick(["nonreactive", "nonreactive", "reactive"]), "condition"),
            "syphilis": Y(lambda f: f.pick(["nonreactive", "nonreactive", "reactive"]), "condition"),
        },
        "total_protein_g_dl": Y(lambda f: round(f.r.uniform(6.0, 8.9), 1), "condition"),
        "released_at": G(when),
        "result_version": G(lambda f: f.r.randint(1, 3)),
        "unit_released": G(lambda f: f.pick([True, True, False])),
    },
    3,
)
ev(
    "track",
    "Deferral Recorded",
    ["java"],
    ["US", "CZ"],
    {
        "deferral_id": G(lambda f: f.uuid()),
        "donor_id": G(lambda f: f.digits(8)),
        "deferral_code": Y(
            lambda f: f.pick(["LOW-HGB", "HIGH-BP", "TRAVEL-MAL", "MED-ISO", "REACTIVE-HBV", "PREG"]),
            "condition",
        ),
        "deferral_category": G(lambda f: f.pick(["temporary", "indefinite", "permanent"])),
        "deferral_start": G(day),
        "deferral_end": Opt(G(day), 0.6),
        "reason_text": Y(
            lambda f: f.pick(
                [
                    f"Hgb {round(f.r.uniform(11.0, 12.4), 1)} g/dL below 12.5 threshold",
                    "BP 184/104 at screening",
                    "Isotretinoin within last month",
                    "Reactive HBsAg confirmed",
                    "Pregnant, 20 weeks",
                ]
            ),
            "condition",
        ),
        "entered_by": G(lambda f: "EMP" + f.digits(5)),
        "nddr_reported": Y(lambda f: f.pick([False, False, True]), "condition"),
    },
    2,
)

# compensation, prepaid cards, tax (US)
ev(
    "track",
    "Compensation Loaded",
    ["python"],
    ["US"],
    {
        "donor_id": G(lambda f: f.digits(8)),
        "visit_number": G(lambda f: f.r.randint(1, 104)),
        "amount": G(amount),
        "currency": G(lambda f: "USD"),
        "promo_bonus": G(lambda f: f.pick([0, 0, 20.0, 50.0])),
        "fee_schedule_id": G(lambda f: f.pick(["FS-2024-NEW", "FS-2024-STD", "FS-2025-Q1"])),
        "card": {
            "program": G(lambda f: f.pick(["Lifeline Rewards Visa Prepaid", "Lifeline Pay Mastercard"])),
            "card_id": G(lambda f: f.uuid()),
            "last4": G(lambda f: f.digits(4)),
            "brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(26, 30)}"),
            "bin": G(lambda f: f.pick(["434256", "511563", "403446"])),
        },
        "ledger_txn_id": G(lambda f: "txn_" + f.hexid(20)),
        "loaded_at": G(when),
        "ytd_total": G(lambda f: f.money(50, 6000)),
        "w9_on_file": G(lambda f: f.pick([True, False])),
    },
    4,
)
ev(
    "track",
    "Prepaid Card Issued",
    ["ruby"],
    ["US"],
    {
        "card_number": RED(lambda f: f.card(), "credit card"),
        "card_last4": G(lambda f: f.digits(4)),
        "payment_method": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
        "activation_code": RED(lambda f: f"{f.digits(3)}-{f.digits(3)}", "token"),
        "card_program": G(lambda f: f.pick(["Lifeline Rewards Visa Prepaid", "Lifeline Pay Mastercard"])),
        "cardholder_name": Y(full, "name"),
        "issued_by_staff": G(lambda f: "EMP" + f.digits(5)),
        "kyc_level": G(lambda f: f.pick(["basic", "full"])),
    },
    3,
)
ev(
    "track",
    "Prepaid Card Activated",
    APP,
    ["US"],
    {
        "card_last4": G(lambda f: f.digits(4)),
        "method": G(lambda f: f.pick(["app", "ivr", "web"])),
        "activation_code": RED(lambda f: f"{f.digits(3)}-{f.digits(3)}", "token"),
        "attempts": G(lambda f: f.r.randint(1, 3)),
    },
    2,
)
ev(
    "track",
    "Tax Form Requested",
    ["python"],
    ["US"],
    {
        "tin": RED(lambda f: f.ssn(), "social security number"),
        "tin_type": G(lambda f: f.pick(["SSN", "ITIN"])),
        "legal_name": Y(full, "name"),
        "mailing_address": Y(full_address, "address"),
        "form": G(lambda f: f.pick(["1099-MISC", "W-9"])),
        "tax_year": G(lambda f: f.pick([2023, 2024])),
        "ytd_compensation": G(lambda f: f.money(600, 8000)),
        "delivery": G(lambda f: f.pick(["electronic", "mail"])),
    },
    2,
)
ev(
    "track",
    "Bank Payout Set Up",
    ["ruby"],
    ["US"],
    {
        "routing_number": G(aba),
        "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
        "account_type": G(lambda f: f.pick(["checking", "savings"])),
        "account_holder": Y(full, "name"),
        "verification": G(lambda f: f.pick(["instant", "microdeposits"])),
    },
    2,
)

# Czech back end (Czech keys)
ev(
    "identify",
    None,
    ["python"],
    ["CZ"],
    {
        "jmeno": Y(first, "name"),
        "prijmeni": Y(last, "name"),
        "rodne_cislo": RED(rodne_cislo, "national id"),
        "cislo_op": Opt(RED(lambda f: f.digits(9), "national id"), 0.5),
        "datum_narozeni": Y(
            lambda f: f"{f.r.randint(1, 28)}. {f.r.randint(1, 12)}. {f.r.randint(1958, 2006)}", "birthdate"
        ),
        "pohlavi": Y(lambda f: f.pick(["muž", "žena"]), "gender"),
        "telefon": Y(phone, "phone"),
        "email": Y(email, "email"),
        "adresa": {
            "ulice": Y(street, "street|address"),
            "mesto": Y(city, "city"),
            "psc": Y(zipc, "zipcode"),
            "kraj": G(region),
        },
        "zdravotni_pojistovna": G(lambda f: f.pick(["111", "201", "205", "207", "211"])),
        "cislo_pojistence": RED(lambda f: rodne_cislo(f, slash=False), "health id"),
        "krevni_skupina": Y(blood_group, "condition"),
        "pocet_odberu": G(lambda f: f.r.randint(0, 160)),
        "posledni_odber": G(day),
        "cislo_darce": G(lambda f: f.digits(7)),
        "souhlas_gdpr": G(lambda f: True),
        "jazyk": G(lambda f: "cs"),
    },
    4,
)
ev(
    "track",
    "Odběr dokončen",
    ["python"],
    ["CZ"],
    {
        "id_odberu": G(lambda f: f.digits(10)),
        "typ_odberu": G(lambda f: f.pick(["plná krev", "plazma", "trombocyty"])),
        "objem_ml": G(lambda f: f.pick([450, 690, 800, 880])),
        "hemoglobin": Y(lambda f: f.r.randint(125, 175), "condition"),
        "krevni_tlak": Y(lambda f: f"{f.r.randint(100, 170)}/{f.r.randint(60, 100)}", "condition"),
        "tep": Y(lambda f: f.r.randint(52, 98), "condition"),
        "hmotnost_kg": Y(lambda f: f.r.randint(50, 125), "condition"),
        "odberove_misto": G(centre_name),
        "sestra": Y(full, "name"),
        "datum": G(day),
        "dalsi_mozny_odber": G(day),
        "kompenzace_kc": G(amount),
    },
    3,
)
ev(
    "track",
    "Dotazník vyplněn",
    ["python"],
    ["CZ"],
    {
        "dotaznik_id": G(lambda f: f.uuid()),
        "verze": G(lambda f: f.pick(["7.1", "7.2", "8.0"])),
        "uzivani_leku": Y(lambda f: f.pick([True, False]), "medication"),
        "leky": Opt(Many(Y(medication_input, "medication"), 2), 0.4),
        "cestovani_zahranici": G(lambda f: f.pick([True, False])),
        "zeme": Opt(Many(G(lambda f: f.pick(["Chorvatsko", "Egypt", "Thajsko", "Keňa", "Itálie"])), 2), 0.4),
        "tetovani_12_mesicu": G(lambda f: f.pick([True, False])),
        "tehotenstvi": Y(lambda f: f.pick([False, False, True]), "condition"),
        "vysledek": G(lambda f: f.pick(["vhodný", "dočasně vyřazen", "trvale vyřazen"])),
    },
    3,
)
ev(
    "track",
    "Výplata kompenzace",
    ["python"],
    ["CZ"],
    {
        "id_darce": G(lambda f: f.digits(7)),
        "castka": G(amount),
        "mena": G(lambda f: "CZK"),
        "cislo_uctu": RED(cz_account, "bank account"),
        "iban": RED(cz_iban, "bank account"),
        "kod_banky": G(lambda f: f.pick(CZ_BANKS)),
        "variabilni_symbol": G(lambda f: f.digits(10)),
        "jmeno_prijemce": Y(full, "name"),
        "datum_vyplaty": G(day),
        "zpusob": G(lambda f: f.pick(["převod", "hotovost"])),
    },
    3,
)
ev(
    "track",
    "SMS Delivered",
    ["php"],
    ["CZ"],
    {
        "message-id": G(lambda f: f.hexid(24)),
        "recipient-number": Y(e164, "phone"),
        "sender-id": G(lambda f: f.pick(["Lifeline", "LifelineCZ", "Plazma"])),
        "delivery-status": G(lambda f: f.pick(["DELIVERED", "UNDELIVERABLE", "EXPIRED"])),
        "delivered-at": G(when),
        "message-text": Y(sms_body, "name", True),
        "parts-count": G(lambda f: f.pick([1, 2])),
        "price-czk": G(lambda f: f.pick([0.89, 1.25, 1.78])),
    },
    3,
)

# Indonesian back end (Indonesian keys)
ev(
    "identify",
    None,
    ["go", "flutter"],
    ["ID"],
    {
        "nama_lengkap": Y(full, "name"),
        "nik": RED(nik, "national id"),
        "tanggal_lahir": Y(
            lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1958, 2006)}",
            "birthdate",
        ),
        "tempat_lahir": Y(city, "city"),
        "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan"]), "gender"),
        "golongan_darah": Y(lambda f: f.pick(["A", "B", "AB", "O"]), "condition"),
        "rhesus": Y(lambda f: f.pick(["+", "+", "-"]), "condition"),
        "agama": Y(
            lambda f: f.pick(["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"]), "religion"
        ),
        "pekerjaan": G(lambda f: f.pick(["Karyawan Swasta", "PNS", "Mahasiswa", "Wiraswasta", "Guru"])),
        "status_perkawinan": G(lambda f: f.pick(["Belum Kawin", "Kawin", "Cerai Hidup"])),
        "no_hp": Y(phone, "phone"),
        "alamat": Y(street, "address"),
        "kelurahan": Y(lambda f: f.pick(ID_KELURAHAN), "address|city"),
        "kota": Y(city, "city"),
        "kode_pos": Y(zipc, "zipcode"),
        "provinsi": G(region),
        "kewarganegaraan": Y(lambda f: f.pick(["WNI", "WNI", "WNA"]), "citizenship"),
        "no_bpjs": Opt(RED(lambda f: "000" + f.digits(10), "health id"), 0.5),
        "no_kartu_donor": G(lambda f: f.digits(10)),
        "jumlah_donor": G(lambda f: f.r.randint(0, 120)),
        "donor_terakhir": G(day),
        "piagam": G(lambda f: f.pick(["", "10x", "25x", "50x", "75x", "100x"])),
    },
    4,
)
ev(
    "track",
    "Pendaftaran Donor",
    ["go", "flutter"],
    ["ID"],
    {
        "lokasi_id": G(lambda f: "udd_" + f.digits(3)),
        "nama_lokasi": G(centre_name),
        "alamat_lokasi": G(
            lambda f: f.pick(
                [
                    "Jl. Aceh No. 79, Bandung",
                    "Jl. Kramat Raya No. 47, Jakarta Pusat",
                    "Jl. Embong Ploso No. 7-15, Surabaya",
                ]
            )
        ),
        "tanggal": G(day),
        "sesi": G(lambda f: f.pick(["pagi", "siang", "sore"])),
        "jenis_donor": G(lambda f: f.pick(["sukarela", "sukarela", "pengganti"])),
        "nama_pasien": Opt(Y(full, "name"), 0.35),
        "rumah_sakit": Opt(
            G(lambda f: f.pick(["RSUP Dr. Hasan Sadikin", "RSUD Dr. Soetomo", "RS Cipto Mangunkusumo"])), 0.35
        ),
        "no_rm_pasien": Opt(RED(lambda f: f.pick(["", "RM-"]) + f.digits(8), "health id"), 0.3),
        "berat_badan": Y(lambda f: f.r.randint(45, 110), "condition"),
        "hb": Y(lambda f: round(f.r.uniform(12.0, 17.0), 1), "condition"),
        "tekanan_darah": Y(lambda f: f"{f.r.randint(100, 160)}/{f.r.randint(60, 100)}", "condition"),
        "petugas": Y(full, "name"),
        "no_kantong": G(lambda f: f"{f.pick(['B', 'P'])}{f.digits(9)}"),
    },
    4,
)
ev(
    "track",
    "Kompensasi Transport Dibayar",
    ["go"],
    ["ID"],
    {
        "id_donor": G(lambda f: f.digits(10)),
        "jumlah": G(amount),
        "mata_uang": G(lambda f: "IDR"),
        "bank": G(lambda f: f.pick(["BCA", "BRI", "Mandiri", "BNI"])),
        "nomor_rekening": RED(id_account, "bank account"),
        "atas_nama": Y(full, "name"),
        "ewallet": G(lambda f: f.pick(["", "GoPay", "OVO", "DANA"])),
    },
    2,
)
ev(
    "track",
    "WhatsApp Message Received",
    ["node"],
    ["ID"],
    {
        "step": G(lambda f: "minta_nik"),
        "messages": Many(
            {
                "from": Y(lambda f: e164(f).lstrip("+"), "phone", True),
                "id": G(lambda f: "wamid.HBgN" + alnum(f, 28)),
                "timestamp": G(lambda f: str(f.r.randint(1_710_000_000, 1_740_000_000))),
                "type": G(lambda f: "text"),
                "text": {"body": RED(nik, "national id", True)},
            },
            1,
        ),
        "phone_number_id": G(lambda f: f.pick(["109876543210987", "112233445566778"])),
    },
    3,
)
ev(
    "track",
    "WhatsApp Message Status",
    ["node"],
    ["ID", "CZ"],
    {
        "id": G(lambda f: "wamid.HBgN" + alnum(f, 28)),
        "status": G(lambda f: f.pick(["sent", "delivered", "read", "failed"])),
        "timestamp": G(lambda f: str(f.r.randint(1_710_000_000, 1_740_000_000))),
        "recipient_id": Y(lambda f: e164(f).lstrip("+"), "phone", True),
        "conversation": {
            "id": G(lambda f: f.hexid(32)),
            "origin": {"type": G(lambda f: f.pick(["marketing", "utility", "service"]))},
        },
        "pricing": {
            "billable": G(lambda f: f.pick([True, False])),
            "pricing_model": G(lambda f: "CBP"),
            "category": G(lambda f: f.pick(["marketing", "utility", "service"])),
        },
    },
    3,
)

# SMS recall (US, Twilio-shaped)
ev(
    "track",
    "Recall SMS Sent",
    ["python"],
    ["US", "ID"],
    {
        "campaign_id": G(lambda f: "rc_" + f.digits(5)),
        "campaign_name": G(
            lambda f: f.pick(["lapsed_90d", "o_neg_shortage", "plasma_bonus_week", "donor_darah_ramadan"])
        ),
        "template_id": G(lambda f: f.pick(["tpl_recall_v3", "tpl_shortage_v1", "tpl_bonus_v2"])),
        "to": Y(e164, "phone"),
        "from": G(lambda f: f.pick(["+18885550142", "+12025550171", "LIFELINE"])),
        "body": Y(sms_body, "name", True),
        "segments": G(lambda f: f.pick([1, 2])),
        "scheduled_for": G(when),
        "provider": G(lambda f: f.pick(["twilio", "twilio", "vonage"])),
        "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
        "days_since_last_donation": G(lambda f: f.r.randint(56, 720)),
    },
    4,
)
ev(
    "track",
    "SMS Status Updated",
    ["node"],
    ["US"],
    {
        "MessageSid": G(lambda f: "SM" + f.hexid(32)),
        "AccountSid": G(lambda f: "AC" + f.hexid(32)),
        "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
        "To": Y(e164, "phone"),
        "From": G(lambda f: f.pick(["+18885550142", "+12025550171", "+13855550119"])),
        "MessageStatus": G(lambda f: f.pick(["sent", "delivered", "undelivered", "failed"])),
        "ErrorCode": G(lambda f: f.pick(["", "30003", "30005", "30007"])),
        "ApiVersion": G(lambda f: "2010-04-01"),
    },
    3,
)
ev(
    "track",
    "SMS Reply Received",
    ["node"],
    ["US"],
    {
        "payload": {
            "From": Y(e164, "phone"),
            "To": G(lambda f: f.pick(["+18885550142", "+12025550171", "+13855550119"])),
            "Body": G(lambda f: f.pick(["STOP", "YES", "Y", "C", "Can I come Saturday?", "UNSTOP"])),
            "SmsSid": G(lambda f: "SM" + f.hexid(32)),
            "NumMedia": G(lambda f: "0"),
            "FromCountry": G(lambda f: "US"),
        },
        "keyword": G(lambda f: f.pick(["STOP", "YES", "OTHER", "HELP"])),
        "opt_out": G(lambda f: f.pick([True, False])),
    },
    2,
)

# e-mail delivery webhook (SendGrid-shaped)
ev(
    "track",
    "Email Delivered",
    ["node"],
    ["US", "CZ", "ID"],
    {
        "email": Y(email, "email"),
        "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(4)),
        "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.lifelinedonor.example>"),
        "sg_event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
        "category": Many(G(lambda f: f.pick(["recall", "receipt", "newsletter", "appointment"])), 2),
        "from": G(lambda f: f.pick(["no-reply@lifelinedonor.example", "donorcare@lifelinedonor.example"])),
        "reply_to": G(lambda f: f.pick(["donorcare@lifelinedonor.example", "podpora@lifelinedonor.example"])),
        "campaign": G(lambda f: f.pick(["lapsed_90d", "monthly_news", "receipt"])),
        "useragent": Opt(G(lambda f: f.pick(UAS)), 0.4),
    },
    3,
)

# ad conversions (Meta CAPI / Google Ads shaped)
ev(
    "track",
    "Conversion Uploaded",
    ["node"],
    ["US", "CZ", "ID"],
    {
        "event_name": G(lambda f: f.pick(["Lead", "Schedule", "CompleteRegistration"])),
        "event_time": G(lambda f: f.r.randint(1_710_000_000, 1_740_000_000)),
        "event_id": G(lambda f: f.uuid()),
        "action_source": G(lambda f: f.pick(["website", "app", "physical_store"])),
        "user_data": {
            "em": Y(sha256, "email"),
            "ph": Opt(Y(sha256, "phone"), 0.7),
            "fbp": Opt(
                Y(
                    lambda f: f"fb.1.{f.r.randint(1_700_000_000_000, 1_740_000_000_000)}.{f.digits(10)}",
                    "advertising id",
                ),
                0.7,
            ),
            "fbc": Opt(
                Y(
                    lambda f: f"fb.1.{f.r.randint(1_700_000_000_000, 1_740_000_000_000)}.IwAR{alnum(f, 40)}",
                    "advertising id",
                ),
                0.5,
            ),
            "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "client_user_agent": G(lambda f: f.pick(UAS)),
            "external_id": G(sha256),
        },
        "custom_data": {
            "value": G(lambda f: f.pick([0, 50, 100])),
            "currency": G(currency),
            "content_name": G(lambda f: f.pick(["plasma_first_visit", "whole_blood_booking"])),
        },
        "gclid": Opt(Y(lambda f: "Cj0KCQ" + alnum(f, 80), "advertising id"), 0.5),
    },
    3,
)

# warehouse reverse ETL (SCREAMING_SNAKE)
ev(
    "identify",
    None,
    ["node"],
    ["US"],
    {
        "DONOR_ID": G(lambda f: f.digits(8)),
        "FIRST_NAME": Y(first, "name"),
        "LAST_NAME": Y(last, "name"),
        "EMAIL_ADDRESS": Y(email, "email"),
        "MOBILE_PHONE": Y(phone, "phone"),
        "HOME_ZIP": Y(zipc, "zipcode"),
        "BIRTH_YEAR": Y(lambda f: f.r.randint(1958, 2007), "birthdate"),
        "BLOOD_TYPE": Y(blood_group, "condition"),
        "RACE_ETHNICITY": Y(
            lambda f: f.pick(
                [
                    "Black or African American",
                    "Hispanic or Latino",
                    "White",
                    "Asian",
                    "American Indian or Alaska Native",
                ]
            ),
            "race|ethnicity",
        ),
        "LIFETIME_DONATIONS": G(lambda f: f.r.randint(0, 200)),
        "LAST_DONATION_AT": G(when),
        "LAPSED_DAYS": G(lambda f: f.r.randint(0, 900)),
        "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
        "LTV_USD": G(lambda f: f.money(0, 9000)),
        "PREFERRED_CENTER": G(centre_name),
        "DBT_UPDATED_AT": G(when),
    },
    3,
)

# hospital blood-bank order portal (.NET, PascalCase)
ev(
    "track",
    "Blood Order Placed",
    ["dotnet"],
    ["US", "CZ"],
    {
        "OrderId": G(lambda f: f.uuid()),
        "OrderNumber": G(lambda f: "BB" + f.digits(8)),
        "HospitalId": G(lambda f: "H" + f.digits(4)),
        "HospitalName": G(
            lambda f: f.pick(
                [
                    "Mercy Regional Medical Center",
                    "Fakultní nemocnice Brno",
                    "University Medical Center El Paso",
                ]
            )
        ),
        "Patient": {
            "Mrn": RED(lambda f: f.pick(["E", "M", ""]) + f.digits(8), "health id"),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "DateOfBirth": Y(lambda f: f.date(1935, 2024), "birthdate"),
            "Sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
            "BloodGroup": Y(blood_group, "condition"),
            "WeightKg": Y(lambda f: f.r.randint(3, 140), "condition"),
            "Diagnosis": Y(
                lambda f: f.pick(
                    [
                        "D62 Acute posthemorrhagic anemia",
                        "C92.0 AML",
                        "O72.1 Postpartum hemorrhage",
                        "K92.2 GI bleed",
                    ]
                ),
                "diagnosis",
            ),
            "InsuranceMemberId": Opt(
                Y(lambda f: f.pick(["W", "XEH", "ZGP"]) + f.digits(9), "identification"), 0.4
            ),
            "MedicareId": Opt(RED(mbi, "health id"), 0.3),
            "Ward": G(lambda f: f.pick(["ICU 3", "L&D", "Hem-Onc 5B", "OR 7"])),
            "BedNumber": G(lambda f: f"{f.r.randint(1, 40)}{f.pick(['A', 'B'])}"),
        },
        "Products": Many(
            {
                "ProductCode": G(lambda f: f.pick(["E0291V00", "E3083V00", "E7644V00", "E2555V00"])),
                "Description": G(
                    lambda f: f.pick(["RBC Leukoreduced", "FFP", "Apheresis Platelets", "Cryoprecipitate"])
                ),
                "Quantity": G(lambda f: f.r.randint(1, 6)),
                "Irradiated": G(lambda f: f.pick([True, False])),
                "CmvNegative": G(lambda f: f.pick([True, False])),
            },
            3,
        ),
        "Urgency": G(lambda f: f.pick(["Routine", "ASAP", "STAT", "MTP"])),
        "RequiredBy": G(when),
        "OrderingPhysician": {"Name": Y(lambda f: "Dr. " + full(f), "name"), "Npi": G(npi)},
        "CrossmatchRequired": G(lambda f: f.pick([True, False])),
        "Indication": Y(
            lambda f: f.pick(
                ["Hgb < 7 symptomatic", "active bleeding", "INR > 2 pre-procedure", "plt < 10k"]
            ),
            "diagnosis",
        ),
        "SubmittedBy": Y(
            lambda f: f"{first(f)[0].lower()}.{plain(last(f))}@mercyregional.example",
            "email",
        ),
        "SubmittedAt": G(when),
    },
    4,
)
ev(
    "track",
    "Blood Order Status Changed",
    ["dotnet"],
    ["US", "CZ"],
    {
        "OrderId": G(lambda f: f.uuid()),
        "PreviousStatus": G(lambda f: f.pick(["Submitted", "Allocated", "InTransit"])),
        "Status": G(lambda f: f.pick(["Allocated", "InTransit", "Delivered", "Cancelled"])),
        "UnitsAllocated": G(lambda f: f.r.randint(0, 8)),
        "Dins": Many(G(din), 3),
        "CourierEta": G(when),
        "UpdatedBy": G(lambda f: "usr_" + f.digits(6)),
    },
    3,
)
ev(
    "group",
    None,
    ["dotnet"],
    ["US", "CZ"],
    {
        "name": G(
            lambda f: f.pick(
                [
                    "Mercy Regional Medical Center",
                    "Fakultní nemocnice Brno",
                    "University Medical Center El Paso",
                    "Nemocnice Na Homolce",
                ]
            )
        ),
        "address": G(
            lambda f: f.pick(
                [
                    "4815 Alameda Ave, El Paso, TX 79905",
                    "Jihlavská 20, 625 00 Brno",
                    "Roentgenova 37/2, 150 00 Praha 5",
                ]
            )
        ),
        "industry": G(lambda f: "Hospital"),
        "employees": G(lambda f: f.pick([850, 2400, 5100])),
        "plan": G(lambda f: f.pick(["standard_supply", "consignment"])),
        "website": G(lambda f: f.pick(["https://mercyregional.example", "https://fnbrno.example"])),
        "beds": G(lambda f: f.pick([310, 750, 1200])),
        "createdAt": G(when),
        "account_manager": Y(full, "name"),
    },
    2,
)

# blood drive coordination (web)
ev(
    "track",
    "Blood Drive Requested",
    ["web"],
    ["US", "CZ", "ID"],
    {
        "drive_id": G(lambda f: "drv_" + f.digits(5)),
        "host_org": G(
            lambda f: f.pick(
                [
                    "Lincoln High School",
                    "Masarykova univerzita",
                    "Universitas Padjadjaran",
                    "Acme Logistics",
                    "St. Mark's Church",
                ]
            )
        ),
        "host_contact": {
            "name": Y(full, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "title": G(
                lambda f: f.pick(
                    ["HR Manager", "Student Council President", "Facilities Lead", "Koordinátor"]
                )
            ),
        },
        "venue_name": G(lambda f: f.pick(["Gymnasium", "Aula", "Parking lot B", "Balai Warga"])),
        "venue_address": G(
            lambda f: f.pick(
                [
                    "2200 Lincoln Ave, Houston, TX",
                    "Kamenice 5, 625 00 Brno",
                    "Jl. Raya Bandung-Sumedang Km 21",
                ]
            )
        ),
        "expected_donors": G(lambda f: f.r.randint(15, 200)),
        "date": G(day),
        "bus_required": G(lambda f: f.pick([True, False])),
    },
    2,
)


# -- build ------------------------------------------------------------------------------------------


def message(f: Fake, kind: str, event: str | None, client: str, body: dict, labels: dict) -> dict:
    msg: dict[str, Any] = {
        "type": kind,
        "messageId": f.uuid() if client not in SERVER_LIBS else f"{client}-{f.uuid()}",
        "timestamp": when(f),
        "anonymousId": f.uuid(),
        "userId": f.digits(8),
    }
    if kind == "track":
        msg["event"] = event
    if kind in ("page", "screen"):
        msg["name"] = event
    if kind == "group":
        msg["groupId"] = "H" + f.digits(4)
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
    if body:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    ctx = server_context(f, client) if client in SERVER_LIBS else CONTEXTS[client](f)
    msg["context"] = render(ctx, f, "context", labels)
    return msg


def build(seed: int, passes: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(passes):
        for kind, event, clients, markets, body, weight in EVENTS:
            for _ in range(weight):
                CUR["m"] = f.pick(markets)
                events.append(message(f, kind, event, f.pick(clients), body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=325, passes=12)
    write(Path(__file__).parent, "holdout325_", events, labels)
