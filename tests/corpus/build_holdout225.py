"""Writes holdout225: tests/corpus/holdout225_events.jsonl and holdout225_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or its labelled
corpora (only build.py, fake.py, build_holdout3.py for the format, and the reference's matcher
table), and never scored by its author.

Domain: "Congregate", a faith community management app used by churches, mosques and temples in
the US, Indonesia and Nigeria. Member directories and households, tithes, zakat and offerings
(Stripe-, Paystack- and Midtrans-shaped payment webhooks, Nigerian NIP and Indonesian bank
transfers), prayer requests, small groups, baptism / marriage / funeral / shahada records,
volunteer rosters and background checks, child check-in and pickup codes, livestream views
(Segment video spec), the church bookstore (e-commerce spec), Twilio SMS keywords, SendGrid
events, Typeform connect cards, reverse-ETL traits from a warehouse. Client contexts of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python / node / go / java / ruby / php / .NET server libraries (context.ip, context.traits,
context.externalIds, device, app, library, locale, userAgent, campaign).

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET church
management backend, SCREAMING_SNAKE from the warehouse sync, kebab-case from a website form
webhook (and SendGrid's `smtp-id`, HTTP headers), Twilio's PascalCase webhook fields, and
Indonesian keys from the Indonesian backends (`nama_lengkap`, `no_hp`, `tanggal_lahir`, `agama`,
`no_rekening`, `keterangan`, ...).

Labelling rules (Privacy Portal default colours):
- PII = personal data about a natural person: the user, a recipient, contact, dependant (children
  at check-in, household members, family members zakat is paid for), staff (pastors, officiants,
  volunteers, speakers), the deceased in a funeral record. Colour is the reference's default for
  the matcher; outside the reference: red for credentials/secrets/tokens, card numbers, bank
  accounts, government ids (NIK, No. KK, NPWP, NIN, SSN, passport) and health ids (BPJS);
  yellow otherwise (geolocation, advertising id, ethnicity from a Nigerian `tribe` /
  `state_of_origin`). Address parts finer than a city (street, RT/RW, kelurahan, landmark) are
  `address`; the person's city and postcode are `city` / `zipcode`; state / province is green.
  Twilio's `FromCity` / `FromZip` (the sender's number's location) are the sender's `city` /
  `zipcode`. A legacy kiosk that logs the full `CardNumber` of a declined gift is `credit card`.
- Green: ids we or a vendor issue (member, envelope, household, customer `cus_` / `CUS_`, charge,
  Twilio Sid, Midtrans and virtual-account numbers, NIP session ids), versions, timestamps, amounts,
  enums, counters and booleans under PII-sounding keys, book / product / pet / hotel / church names,
  a church's own phone, office e-mail, address and bank account (an organisation, not a person),
  places that are not the person's (venue, search query, mission trip destination, search
  results), state / province, country, locale, timezone, user agents, card brand / last4 /
  expiry / BIN, bank last4, routing numbers, ages and age bands, marital status, job titles and
  employers, e-mail Message-IDs (`smtp-id`), a Places session token that is a UUID, response
  tokens of a form vendor, the request signature of a payment webhook (a hash of non-PII).
- Contested cases follow the product policy: insurance policy numbers `identification`; pay,
  honoraria, hourly rates, monthly income for zakat `salary` (yellow); plates `license` (yellow);
  gclid / fbclid / fbp / fbc `advertising id` (yellow); shipping / billing addresses `address`;
  party affiliation `political opinion`; Stripe `pm_` ids, Paystack `AUTH_` codes, one-time codes,
  child pickup security codes and magic-link tokens red (`token`); visa need on a mission-trip
  form `visa` (red); SSN last four red.
- Faith (the domain's special category), decided here: a field that records the person's own faith,
  rite or religious practice is `religion` (yellow): religion / agama, previous religion, baptism
  date and type, confirmation (sidi) date, born-again / water / Holy Ghost baptism flags, a
  faith-decision type, madhab. Fields that describe the organisation or the transaction are green
  even though using a faith app implies a faith: church / mosque / temple names and
  denominations, fund names (Tithe, Zakat al-Fitr, Sadaqah), zakat type, sermon titles, service
  names, membership status in the congregation.
- Health: conditions, allergies, blood type, medications take the reference's yellow matchers
  (`condition`, `allergy`); a dietary-needs enum that mixes allergies and halal / kosher is
  `allergy|religion`; special-needs and accessible-parking flags are `disability` (red).
- Dates other than birth dates (wedding, death, service, join, shift) are green; a baptism-record
  certificate number is `certificate` (yellow).
- value_only is true when the key has no word naming the kind of data (`q`, `label`, `note`,
  `text`, `input`, `changes[].value`, `From`, `to`, `recipient`, `Login`, `Supervisor`,
  `account_holder`, `picked_up_by`, `speaker`, `narration`, `keterangan`, `catatan`,
  `dedication`, `obituary_text`, `prayer_text`, `x-forwarded-for`, `externalIds[].id`, Typeform
  `answers[].text`); a role word (holder, supervisor, recipient) does not name the data.
  A value_only PII path holds that PII in every value; free text is labelled by what every value
  carries, green when none does.

Values: names from US, Indonesian (including mononyms and Balinese names), Nigerian and other
cultures; US, Indonesian and Nigerian phone formats; Luhn-valid cards (fake.py), SSA-structured
SSNs, NIKs with region + birth-date (+40 for women) structure, NUBANs with their check digit,
real ABA routing numbers, Stripe / Paystack / Midtrans / Twilio / SendGrid id shapes.
"""

from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake

# -- templates beyond build.py's: optional keys and fixed heterogeneous arrays -------------------------


class Opt:
    """A key present with probability p."""

    def __init__(self, item: Any, p: float = 0.5):
        self.item, self.p = item, p


class Seq:
    """A fixed list of element templates (each Opt or not), rendered as one JSON array."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Seq):
        out = []
        for item in template.items:
            if isinstance(item, Opt):
                if f.r.random() >= item.p:
                    continue
                item = item.item
            out.append(render(item, f, path + "[]", labels))
        return out
    if isinstance(template, dict):
        out_d = {}
        for key, value in template.items():
            if isinstance(value, Opt):
                if f.r.random() >= value.p:
                    continue
                value = value.item
            out_d[key] = render(value, f, f"{path}.{key}", labels)
        return out_d
    raise TypeError(type(template))


# -- people of three countries (and the diaspora) -----------------------------------------------------

# fmt: off
US_FIRST = [
    "James", "Mary", "DeShawn", "Jennifer", "Michael", "Latoya", "Robert", "Emily", "Carlos", "Brianna",
    "Tyler", "Ashley", "Jamal", "Grace", "Ethan", "Hannah", "Marcus", "Kimberly",
]
US_LAST = [
    "Johnson", "Williams", "Brown", "Jackson", "Hernandez", "Lee", "Robinson", "Miller", "Davis",
    "Martinez", "Washington", "O'Connor", "Thompson", "Nguyen", "Patel", "Kowalski", "Yoder",
]
ID_FIRST = [
    "Budi", "Siti", "Dewi", "Agus", "Rina", "Yohanes", "Stefanus", "Theresia", "Made", "Ketut", "Wayan",
    "Putu", "Ni Luh", "Ahmad", "Nur", "Fitri", "Rizky", "Fransiska", "Lukas", "Hendra", "Wulan",
    "Maria Goretti", "Yosua",
]
ID_LAST = [
    "Santoso", "Wijaya", "Kusuma", "Pratama", "Hidayat", "Siregar", "Simanjuntak", "Nainggolan",
    "Hutapea", "Sitompul", "Lestari", "Saputra", "Nugroho", "Setiawan", "Halim", "Manurung", "Rahmawati",
    "Sembiring", "Pangaribuan",
]
ID_MONONYM = [
    "Sukarti", "Suparman", "Tukiyem", "Mulyono", "Sumarni", "Paijo",
]
NG_FIRST = [
    "Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Aisha", "Yusuf", "Emeka", "Chiamaka", "Funmilayo",
    "Ibrahim", "Blessing", "Godwin", "Temitope", "Zainab", "Obinna", "Kehinde", "Amaka", "Musa",
    "Halima", "Tunde", "Ifeoma", "Precious",
]
NG_LAST = [
    "Okafor", "Adeyemi", "Okeke", "Bello", "Abubakar", "Eze", "Nwosu", "Olawale", "Ogunleye", "Danjuma",
    "Balogun", "Akinola", "Chukwu", "Adewale", "Mohammed", "Nnamdi", "Ogbonna", "Adeyemi-Balogun",
    "Uzor",
]
OTHER_FULL = [
    "Ji-hoon Park", "María José Hernández", "Nguyễn Thị Mai", "Ananya Iyer", "Selam Tesfaye",
    "José Luis Ramírez", "Katarzyna Nowak", "Omar Al-Farsi", "Rosalinda Dela Cruz", "Tevita Fifita",
    "Ni Luh Putu Ayu Lestari", "Abdul Rahman bin Yusof", "Sung-min Choi", "Mariam Ghaffari",
]
# fmt: on

COUNTRIES = ["US", "US", "US", "ID", "ID", "NG", "NG"]


def country(f: Fake) -> str:
    return f.pick(COUNTRIES)


def first(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"US": US_FIRST, "ID": ID_FIRST, "NG": NG_FIRST}[c])


def last(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"US": US_LAST, "ID": ID_LAST, "NG": NG_LAST}[c])


def full(f: Fake, c: str | None = None) -> str:
    roll = f.r.random()
    if roll < 0.1:
        return f.pick(OTHER_FULL)
    c = c or country(f)
    if c == "ID" and roll < 0.2:
        return f.pick(ID_MONONYM)
    if c == "NG" and roll < 0.25:
        return f"{first(f, c)} {first(f, c)} {last(f, c)}"
    return f"{first(f, c)} {last(f, c)}"


def upper_name(f: Fake) -> str:
    c = f.pick(["NG", "NG", "ID"])
    return f.pick([f"{first(f, c)} {last(f, c)}", f"{last(f, c)} {first(f, c)[0]}."]).upper()


MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com", "yahoo.com"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
}


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñễịọ", "aeiounaio")
    return "".join(ch for ch in s.lower().translate(table) if ch.isalnum() or ch in "._")


def email(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    fn, ln = _ascii(first(f, c).replace(" ", "")), _ascii(last(f, c))
    local = f.pick(
        [f"{fn}.{ln}", f"{fn}{ln}{f.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{fn}_{ln}{f.r.randint(70, 99)}"]
    )
    return f"{local}@{f.pick(MAIL[c])}"


def staff_email(f: Fake) -> str:
    c = country(f)
    dom = {
        "US": ["gracefellowship.org", "stmarysatl.org", "hindutempleatlanta.org"],
        "ID": ["gkipi.or.id", "masjidalikhlas.or.id", "hkbp-menteng.org"],
        "NG": ["rccgjesushouse.org", "livingfaithikeja.org", "centralmosqueabuja.ng"],
    }[c]
    fn, ln = _ascii(first(f, c).replace(" ", "")), _ascii(last(f, c))
    return f"{f.pick([fn, fn + '.' + ln, 'pastor.' + fn, fn[0] + ln])}@{f.pick(dom)}"


NG_PREFIX = ["803", "806", "813", "816", "703", "706", "805", "807", "815", "802", "808", "812", "909", "701"]
ID_PREFIX = ["811", "812", "813", "821", "822", "852", "857", "878", "877", "896", "838"]


def phone(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    r = f.r
    if c == "US":
        a, e, n = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
        return f.pick([f"+1{a}{e}{n:04d}", f"({a}) {e}-{n:04d}", f"{a}-{e}-{n:04d}", f"+1 {a}-{e}-{n:04d}"])
    if c == "ID":
        p, rest = f.pick(ID_PREFIX), f.digits(f.pick([7, 8]))
        return f.pick(
            [
                f"+62{p}{rest}",
                f"0{p}-{rest[:4]}-{rest[4:]}",
                f"0{p}{rest}",
                f"62{p}{rest}",
                f"+62 {p}-{rest[:4]}-{rest[4:]}",
            ]
        )
    p, rest = f.pick(NG_PREFIX), f.digits(7)
    return f.pick(
        [f"+234{p}{rest}", f"0{p} {rest[:3]} {rest[3:]}", f"0{p}{rest}", f"+234 {p} {rest[:3]} {rest[3:]}"]
    )


def e164(f: Fake) -> str:
    c = country(f)
    if c == "US":
        return f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}"
    if c == "ID":
        return f"+62{f.pick(ID_PREFIX)}{f.digits(8)}"
    return f"+234{f.pick(NG_PREFIX)}{f.digits(7)}"


US_STREETS = [
    "Peachtree Rd NE",
    "Maple Ave",
    "Church St",
    "Oak Hollow Dr",
    "MLK Jr Blvd",
    "Westheimer Rd",
    "Elm St",
]
ID_STREETS = [
    "Jl. Diponegoro",
    "Jl. Kaliurang",
    "Jl. Gatot Subroto",
    "Jl. Merdeka",
    "Gg. Mawar",
    "Jl. Sudirman",
]
NG_STREETS = [
    "Awolowo Road",
    "Allen Avenue",
    "Adeola Odeku Street",
    "Ogui Road",
    "Aminu Kano Crescent",
    "Ring Road",
]


def street(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "US":
        return f"{f.r.randint(12, 9890)} {f.pick(US_STREETS)}"
    if c == "ID":
        return f"{f.pick(ID_STREETS)} No. {f.r.randint(1, 180)}" + f.pick(
            ["", f" Blok {f.pick('ABCDE')}{f.r.randint(1, 9)}"]
        )
    return f"{f.r.randint(1, 120)} {f.pick(NG_STREETS)}"


def address(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "US":
        state = f.pick(["GA", "TX", "NC", "TN", "IL"])
        return f"{street(f, c)}, {f.pick(US_CITIES)}, {state} {f.r.randint(10000, 99999)}"
    if c == "ID":
        return f"{street(f, c)}, RT {f.r.randint(1, 12):03d}/RW {f.r.randint(1, 15):03d}, {f.pick(ID_CITIES)}"
    area = f.pick(["Ikeja", "Surulere", "Wuse II", "GRA", "Lekki Phase 1"])
    return f"{street(f, c)}, {area}, {f.pick(NG_CITIES)}"


US_CITIES = ["Atlanta", "Houston", "Dallas", "Charlotte", "Nashville", "Chicago", "Phoenix", "Decatur"]
ID_CITIES = [
    "Jakarta Selatan",
    "Surabaya",
    "Bandung",
    "Medan",
    "Yogyakarta",
    "Denpasar",
    "Makassar",
    "Semarang",
]
NG_CITIES = ["Lagos", "Abuja", "Ibadan", "Enugu", "Port Harcourt", "Kano", "Benin City"]


def city(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    return f.pick({"US": US_CITIES, "ID": ID_CITIES, "NG": NG_CITIES}[c])


def postcode(f: Fake, c: str | None = None) -> str:
    c = c or country(f)
    if c == "NG":
        return f"{f.pick(['1', '9', '2', '4'])}{f.r.randint(0, 9)}{f.r.randint(0, 9)}{f.r.randint(100, 299)}"
    return f"{f.r.randint(10000, 99999)}"


def dob(f: Fake, start=1940, end=2006) -> str:
    return f.date(start, end)


def child_dob(f: Fake) -> str:
    return f.date(2013, 2023)


def nik(f: Fake) -> str:
    prov = f.pick(["31", "32", "33", "35", "51", "12", "34", "73"])
    d, m, y = f.r.randint(1, 28), f.r.randint(1, 12), f.r.randint(50, 99)
    d += 40 if f.r.random() < 0.5 else 0
    region = f"{prov}{f.r.randint(1, 20):02d}{f.r.randint(1, 30):02d}"
    return f"{region}{d:02d}{m:02d}{y:02d}{f.r.randint(1, 999):04d}"


def npwp(f: Fake) -> str:
    s = f.digits(15)
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}"


NUBAN_BANKS = {
    "058": "GTBank",
    "044": "Access Bank",
    "011": "First Bank",
    "033": "UBA",
    "057": "Zenith Bank",
    "232": "Sterling Bank",
}


def nuban(f: Fake, bank: str | None = None) -> str:
    bank = bank or f.pick(list(NUBAN_BANKS))
    serial = "".join(str(f.r.randint(0, 9)) for _ in range(9))
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


def id_account(f: Fake) -> str:
    bank = f.pick(["bca", "mandiri", "bri", "bni"])
    if bank == "bca":
        return f.digits(10)
    if bank == "mandiri":
        return "1" + f.pick(["37", "22", "30"]) + f.digits(10)
    if bank == "bri":
        s = f.digits(15)
        return f.pick([s, f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}"])
    return f.digits(10)


ROUTING = ["061000104", "111000614", "021000021", "026009593", "053000196", "064000017", "071000013"]


def stripe_id(f: Fake, prefix: str, n: int = 24) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(f.r.choice(alnum) for _ in range(n))


def plate(f: Fake) -> str:
    c = country(f)
    L3 = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "US":
        return f.pick(
            [
                f"{f.r.randint(1, 9)}{''.join(f.r.choice(L3) for _ in range(3))}{f.digits(3)}",
                f"{''.join(f.r.choice(L3) for _ in range(3))}-{f.digits(4)}",
            ]
        )
    if c == "ID":
        suffix = "".join(f.r.choice(L3) for _ in range(f.r.randint(1, 3)))
        return f"{f.pick(['B', 'D', 'L', 'AB', 'DK', 'BK'])} {f.digits(4)} {suffix}"
    suffix = "".join(f.r.choice(L3) for _ in range(2))
    return f"{f.pick(['LND', 'KJA', 'ABJ', 'EKY', 'GGE'])}-{f.digits(3)}{suffix}"


GEO_ALL = [
    (33.749, -84.388),
    (29.760, -95.370),
    (35.227, -80.843),
    (-6.2088, 106.8456),
    (-7.2575, 112.7521),
    (-8.6500, 115.2167),
    (6.5244, 3.3792),
    (9.0765, 7.3986),
    (6.4550, 7.5100),
]
GEO_MUSLIM = [
    (-6.2088, 106.8456),
    (-6.9175, 107.6191),
    (-5.1477, 119.4327),
    (12.0022, 8.5920),
    (9.0765, 7.3986),
    (29.760, -95.370),
]


def lat_of(centres):
    """Latitude near one of the centres; the next lon_of call in the same object uses the same centre."""

    def gen(f: Fake) -> float:
        f.geo_centre = f.pick(centres)
        return round(f.geo_centre[0] + f.r.uniform(-0.12, 0.12), 6)

    return gen


def lon_of(centres):
    def gen(f: Fake) -> float:
        centre = getattr(f, "geo_centre", None) or f.pick(centres)
        f.geo_centre = None
        return round(centre[1] + f.r.uniform(-0.12, 0.12), 6)

    return gen


def pickup_code(f: Fake) -> str:
    return "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def money_idr(f: Fake) -> int:
    return f.pick([25_000, 50_000, 100_000, 150_000, 200_000, 250_000, 500_000, 1_000_000]) + f.pick(
        [0, 0, f.r.randint(1, 999)]
    )


def ts_ms(f: Fake) -> int:
    return f.epoch_ms()


UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.3 Safari/605.1.15",
]


def ua_web(f: Fake) -> str:
    return f.pick(UA_WEB)


CONDITIONS = [
    "my mother, she starts chemo for breast cancer on Monday",
    "my husband's kidney failure, dialysis three times a week",
    "my son who was just diagnosed with type 1 diabetes",
    "healing from my depression, it has been a dark season",
    "my dad after his stroke last week, he cannot speak yet",
    "Ibu saya yang sedang dirawat karena demam berdarah",
    "my sister battling sickle cell crisis again",
    "my anxiety attacks before exams",
    "my wife's high-risk pregnancy, pre-eclampsia",
    "my uncle's prostate cancer surgery on Friday",
    "kesembuhan ayah dari diabetes dan luka di kaki",
    "my grandmother with Alzheimer's, she no longer knows us",
]


def prayer_text(f: Fake) -> str:
    return f.pick(["Please pray for ", "Pray for ", "Kindly help me pray for ", "Mohon doa untuk "]) + f.pick(
        CONDITIONS
    )


CARE_NOTES = [
    "Visited at Emory, recovering from hip replacement, in good spirits",
    "Home visit. Still on oxygen after COVID pneumonia, wife caring for him",
    "Called: dementia getting worse, family considering memory care",
    "Hospital visit, post-op after appendectomy, prayed with family",
    "Kunjungan ke RS: pasca operasi jantung (bypass), kondisi stabil",
    "Phone check-in; struggling with postpartum depression, referred to counselor",
    "Visited LUTH, malaria and typhoid, discharged Friday",
    "Home communion; COPD, cannot attend services anymore",
]

DIAKONIA_NOTES = [
    "Suami sakit stroke, tidak bisa bekerja sejak Maret",
    "Anak penderita talasemia, butuh transfusi tiap bulan",
    "Pemohon menjalani cuci darah dua kali seminggu",
    "Istri baru operasi caesar karena preeklamsia, biaya belum lunas",
    "Ibu lansia dengan diabetes dan katarak",
]


def tribute(f: Fake) -> str:
    return f.pick(
        ["In loving memory of ", "In honor of ", "In memory of Grandma ", "Celebrating ", "For "]
    ) + full(f)


def keterangan(f: Fake) -> str:
    c = "ID"
    return f.pick(
        [
            f"Persepuluhan a.n. {full(f, c)}",
            f"Persembahan syukur ulang tahun {first(f, c)}",
            f"Syukur pernikahan keluarga {last(f, c)}",
            f"Kolekte dari {full(f, c)}",
            f"Janji iman {full(f, c)} bulan ini",
        ]
    )


def obituary(f: Fake) -> str:
    return f.pick(
        [
            f"{full(f)}, {f.r.randint(60, 97)}, went home to be with the Lord surrounded by family.",
            f"Mama {full(f, 'NG')} of blessed memory, a faithful member of the choir for 40 years.",
            f"Telah berpulang dengan tenang, {full(f, 'ID')}, dalam usia {f.r.randint(55, 95)} tahun.",
            f"Celebrating the life of Deacon {full(f, 'US')}, beloved husband and grandfather.",
        ]
    )


# -- contexts of the client libraries ---------------------------------------------------------------


def web_ctx(path: str, title: str) -> dict:
    host = "https://www.congregate.app"
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.64.0", "next-1.66.0", "npm:next-1.70.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://l.facebook.com/", "https://www.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?campus=north", "?utm_source=bulletin&utm_medium=qr", "?lang=id"])
            ),
            "title": G(lambda f: title),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(ua_web),
        "locale": G(lambda f: f.pick(["en-US", "id-ID", "en-NG", "en-GB", "es-US"])),
        "timezone": G(
            lambda f: f.pick(
                ["America/New_York", "Asia/Jakarta", "Africa/Lagos", "America/Chicago", "Asia/Makassar"]
            )
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": Opt(
            {
                "name": G(lambda f: f.pick(["easter_2024", "ramadan_iftar", "vbs_signup", "giving_tuesday"])),
                "source": G(lambda f: f.pick(["facebook", "bulletin_qr", "instagram", "whatsapp"])),
                "medium": G(lambda f: f.pick(["paid_social", "qr", "social", "broadcast"])),
            },
            0.35,
        ),
    }


def mobile_app():
    return {
        "name": G(lambda f: "Congregate"),
        "version": G(lambda f: f.pick(["4.18.0", "4.19.2", "4.20.1"])),
        "build": G(lambda f: f.pick(["418003", "419020", "420011"])),
        "namespace": G(lambda f: "app.congregate.mobile"),
    }


def swift_ctx() -> dict:
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone12,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Opt(Y(lambda f: f.uuid().upper(), "advertising id"), 0.3),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.14"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 428])),
            "height": G(lambda f: f.pick([844, 852, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "id-ID", "en-NG"])),
        "timezone": G(
            lambda f: f.pick(["America/New_York", "Asia/Jakarta", "Africa/Lagos", "America/Los_Angeles"])
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_ctx() -> dict:
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(lambda f: f.pick(["samsung", "TECNO", "Xiaomi", "Infinix", "Google"])),
            "model": G(
                lambda f: f.pick(["SM-A145F", "TECNO KI5q", "Redmi Note 12", "Infinix X6816", "Pixel 7"])
            ),
            "name": G(lambda f: f.pick(["a14", "KI5q", "tapas", "X6816", "panther"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.1", "1.16.0", "1.14.2"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "12", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 3.0])),
            "width": G(lambda f: f.pick([720, 1080, 1080])),
            "height": G(lambda f: f.pick([1600, 2400, 2340])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["MTN NG", "Airtel", "Telkomsel", "Indosat Ooredoo", "T-Mobile", "Glo"])
            ),
        },
        "locale": G(lambda f: f.pick(["en-US", "in-ID", "en-NG"])),
        "timezone": G(lambda f: f.pick(["Africa/Lagos", "Asia/Jakarta", "America/Chicago", "Asia/Makassar"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; TECNO KI5q Build/SP1A.210812.016)",
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_ctx() -> dict:
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "OPPO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-G991B", "CPH2387"])),
            "name": G(lambda f: f.pick(["iPhone", "o1s", "OP5913L1"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.17.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "13", "14"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "id-ID", "en-NG"])),
        "timezone": G(lambda f: f.pick(["America/Chicago", "Asia/Jakarta", "Africa/Lagos"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": Opt(
            {
                "email": Y(email, "email"),
                "firstName": Opt(Y(first, "name"), 0.7),
                "memberNumber": Opt(G(lambda f: "M" + f.digits(6)), 0.5),
            },
            0.6,
        ),
    }


def flutter_ctx() -> dict:
    return {
        "app": mobile_app(),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "vivo", "Apple", "itel"])),
            "model": G(lambda f: f.pick(["SM-A057F", "V2207", "iPhone14,7", "itel A665L"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.5", "1.1.4", "1.0.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["android", "ios"])),
            "version": G(lambda f: f.pick(["13", "17.3", "12"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([720, 1170, 1080])),
            "height": G(lambda f: f.pick([1612, 2532, 2408])),
        },
        "locale": G(lambda f: f.pick(["id_ID", "en_NG", "en_US"])),
        "timezone": G(
            lambda f: f.pick(["Asia/Jakarta", "Africa/Lagos", "America/New_York", "Asia/Jayapura"])
        ),
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.1"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_ctx(lib: str) -> dict:
    name, versions = SERVER_LIBS[lib]
    return {
        "library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))},
        "ip": Opt(Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"), 0.5),
        "userAgent": Opt(G(ua_web), 0.3),
        "groupId": Opt(G(lambda f: "org_" + f.digits(5)), 0.4),
        "traits": Opt(
            {
                "email": Y(email, "email"),
                "phone": Opt(Y(phone, "phone"), 0.5),
                "campus": Opt(G(lambda f: f.pick(["North", "Downtown", "Lekki", "Kelapa Gading"])), 0.5),
            },
            0.35,
        ),
        "externalIds": Opt(
            Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            ),
            0.2,
        ),
        "active": Opt(G(lambda f: False), 0.3),
    }


def context_for(client: str, page: tuple[str, str] | None) -> dict:
    if client == "web":
        return web_ctx(*(page or ("/", "Congregate")))
    if client == "swift":
        return swift_ctx()
    if client == "kotlin":
        return kotlin_ctx()
    if client == "rn":
        return rn_ctx()
    if client == "flutter":
        return flutter_ctx()
    return server_ctx(client)


MOBILE = ["swift", "kotlin", "rn", "flutter"]
APPS = ["web", *MOBILE]

# -- shared shapes ----------------------------------------------------------------------------------

BOOKS = [
    ("ESV Study Bible, Black Genuine Leather", "Crossway", "Bibles"),
    ("The Sealed Nectar", "Darussalam", "Books"),
    ("Bhagavad Gita As It Is", "BBT", "Books"),
    ("Prayer Mat - Turkish Velvet", "Nur Home", "Prayer"),
    ("Rosary - Olive Wood", "Holy Land Gifts", "Devotional"),
    ("Jesus Storybook Bible", "Zondervan", "Kids"),
    ("Alkitab Terjemahan Baru Edisi Kedua", "LAI", "Bibles"),
    ("Our Daily Bread 2025", "ODB Ministries", "Devotional"),
    ("Women's Conference Tee", "Congregate Merch", "Apparel"),
]


def book_name(f: Fake) -> str:
    return f.pick(BOOKS)[0]


def product():
    return {
        "product_id": G(lambda f: f.digits(8)),
        "sku": G(
            lambda f: (
                f"{f.pick(['BK', 'GFT', 'APP'])}-{f.r.randint(1000, 9999)}-{f.pick(['BLK', 'STD', 'M', 'L'])}"
            )
        ),
        "name": G(book_name),
        "brand": G(lambda f: f.pick(BOOKS)[1]),
        "category": G(lambda f: f.pick(BOOKS)[2]),
        "variant": G(lambda f: f.pick(["Black", "Large Print", "Standard", "M", "L"])),
        "price": G(lambda f: f.money(4, 90)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


FUNDS = [
    "General Fund",
    "Tithe",
    "Building Fund",
    "Missions",
    "Zakat al-Fitr",
    "Sadaqah",
    "Benevolence",
    "Temple Annadanam",
]


def video_props(extra: dict) -> dict:
    return {
        "session_id": G(lambda f: f.hexid(16)),
        "content_asset_id": G(lambda f: str(f.r.randint(880000000, 899999999))),
        "position": G(lambda f: f.r.randint(0, 5400)),
        "total_length": G(lambda f: f.pick([3600, 4200, 5400, 0])),
        "livestream": G(lambda f: f.pick([True, False])),
        "video_player": G(lambda f: f.pick(["vimeo", "youtube", "boxcast", "resi"])),
        "title": G(
            lambda f: f.pick(
                [
                    "Faith Over Fear (Part 3)",
                    "Khutbah Jumat: Sabar dan Syukur",
                    "Easter Sunday 9AM",
                    "Ibadah Raya 2",
                    "Sunday Thanksgiving Service",
                ]
            )
        ),
        "program": G(
            lambda f: f.pick(["Sunday Service", "Jumu'ah", "Midweek Bible Study", "Holy Ghost Service"])
        ),
        **extra,
    }


# -- events -----------------------------------------------------------------------------------------
# (kind, event or screen/page name, clients, weight, body, page)

EVENTS: list[tuple[str, str | None, list[str], int, dict, tuple[str, str] | None]] = [
    (
        "identify",
        None,
        APPS,
        8,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Opt(Y(phone, "phone"), 0.8),
            "birthday": Opt(Y(dob, "birthdate"), 0.6),
            "gender": Opt(Y(lambda f: f.pick(["female", "male", "Female", "Male"]), "gender"), 0.7),
            "address": Opt(
                {
                    "street": Y(street, "street|address"),
                    "city": Y(city, "city"),
                    "state": G(lambda f: f.pick(["GA", "TX", "DKI Jakarta", "Jawa Barat", "Lagos", "FCT"])),
                    "postalCode": Y(postcode, "zipcode"),
                    "country": G(lambda f: f.pick(["US", "ID", "NG"])),
                },
                0.6,
            ),
            "maritalStatus": Opt(G(lambda f: f.pick(["married", "single", "widowed", "divorced"])), 0.6),
            "age": Opt(G(lambda f: f.r.randint(16, 88)), 0.5),
            "memberNumber": G(lambda f: "M" + f.digits(6)),
            "membershipStatus": G(lambda f: f.pick(["member", "regular_attender", "visitor", "inactive"])),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Lekki", "Kelapa Gading", "Online"])),
            "householdRole": G(lambda f: f.pick(["head", "spouse", "child", "other"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "avatarUrl": Opt(Y(lambda f: f"https://cdn.congregate.app/avatars/{f.uuid()}.jpg", "photo"), 0.5),
            "createdAt": G(lambda f: f.iso()),
        },
        None,
    ),
    (
        "identify",
        None,
        ["dotnet"],
        5,
        {
            "MemberId": G(lambda f: int(f.digits(7))),
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: dob(f) + "T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["M", "F", "Female", "Male"]), "gender"),
            "MaritalStatus": G(lambda f: f.pick(["Married", "Single", "Widowed"])),
            "Address1": Y(lambda f: street(f, "US"), "address|street"),
            "Address2": Opt(
                Y(lambda f: f.pick(["Apt 4B", "Unit 210", "Suite 3", "Apt 12"]), "address|street"), 0.4
            ),
            "City": Y(lambda f: city(f, "US"), "city"),
            "State": G(lambda f: f.pick(["GA", "TX", "NC", "TN"])),
            "PostalCode": Y(lambda f: postcode(f, "US"), "zipcode"),
            "EnvelopeNumber": G(lambda f: f.r.randint(100, 4999)),
            "IsBaptized": Y(lambda f: f.pick([True, False]), "religion"),
            "BaptismDate": Opt(Y(lambda f: f.date(1970, 2024), "religion"), 0.6),
            "Employer": G(
                lambda f: f.pick(["Delta Air Lines", "Home Depot", "Emory Healthcare", "Self-employed"])
            ),
            "Occupation": G(lambda f: f.pick(["Nurse", "Teacher", "Software Engineer", "Retired"])),
            "SpouseName": Opt(Y(full, "name"), 0.5),
            "LastModifiedUtc": G(lambda f: f.iso()),
            "RowVersion": G(lambda f: "AAAAAA" + f.hexid(6).upper() + "="),
        },
        None,
    ),
    (
        "identify",
        None,
        ["php", "go"],
        5,
        {
            "nama_lengkap": Y(lambda f: full(f, "ID"), "name"),
            "nik": RED(nik, "national id"),
            "no_kk": Opt(RED(nik, "national id"), 0.6),
            "tempat_lahir": Y(lambda f: city(f, "ID"), "city"),
            "tanggal_lahir": Y(
                lambda f: f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(1945, 2006)}",
                "birthdate",
            ),
            "jenis_kelamin": Y(lambda f: f.pick(["Laki-laki", "Perempuan", "LAKI-LAKI", "P", "L"]), "gender"),
            "agama": Y(
                lambda f: f.pick(["Kristen Protestan", "Katolik", "Islam", "Hindu", "Buddha"]), "religion"
            ),
            "golongan_darah": Opt(Y(lambda f: f.pick(["A", "B", "AB", "O", "O+", "A-"]), "condition"), 0.6),
            "status_perkawinan": G(lambda f: f.pick(["Kawin", "Belum Kawin", "Cerai Mati"])),
            "pekerjaan": G(
                lambda f: f.pick(["Karyawan Swasta", "PNS", "Wiraswasta", "Pelajar/Mahasiswa", "Guru"])
            ),
            "alamat": Y(lambda f: street(f, "ID"), "address"),
            "kelurahan": Y(
                lambda f: f.pick(["Menteng", "Cilandak Barat", "Kebon Jeruk", "Sukajadi", "Gubeng"]),
                "address|city",
            ),
            "kabupaten_kota": Y(lambda f: city(f, "ID"), "city"),
            "provinsi": G(
                lambda f: f.pick(["DKI Jakarta", "Jawa Barat", "Jawa Timur", "Bali", "Sumatera Utara"])
            ),
            "kode_pos": Y(lambda f: postcode(f, "ID"), "zipcode"),
            "no_hp": Y(lambda f: phone(f, "ID"), "phone"),
            "email": Opt(Y(lambda f: email(f, "ID"), "email"), 0.7),
            "no_anggota": G(lambda f: f"JMT-{f.r.randint(2010, 2024)}-{f.digits(5)}"),
            "sektor_pelayanan": G(
                lambda f: f.pick(
                    ["Sektor 1 Betlehem", "Sektor 5 Galilea", "Sektor 3 Nazaret", "Wilayah Timur"]
                )
            ),
            "status_baptis": Y(lambda f: f.pick(["Sudah baptis", "Belum baptis", "Baptis anak"]), "religion"),
            "tanggal_sidi": Opt(Y(lambda f: f.date(1975, 2024), "religion"), 0.5),
            "gereja_asal": Opt(
                G(lambda f: f.pick(["HKBP Menteng", "GPIB Immanuel", "GBI Rayon 1", "Paroki Santo Yakobus"])),
                0.5,
            ),
            "status_jemaat": G(lambda f: f.pick(["aktif", "pindah", "simpatisan"])),
            "nama_ibu": Opt(Y(lambda f: full(f, "ID"), "name"), 0.5),
        },
        None,
    ),
    (
        "identify",
        None,
        ["java"],
        4,
        {
            "MEMBER_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_E164": Y(e164, "phone"),
            "BIRTH_DATE": Y(dob, "birthdate"),
            "ZIP": Y(lambda f: postcode(f, "US"), "zipcode"),
            "SPOUSE_FIRST_NAME": Opt(Y(first, "name"), 0.5),
            "LIFETIME_GIVING": G(lambda f: f.money(0, 90000)),
            "LAST_GIFT_DATE": G(lambda f: f.date(2023, 2024)),
            "GIVING_SEGMENT": G(lambda f: f.pick(["LAPSED", "FIRST_TIME", "RECURRING", "MAJOR"])),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "65+"])),
            "MEMBER_STATUS": G(lambda f: f.pick(["MEMBER", "ATTENDER", "GUEST"])),
            "IS_DONOR": G(lambda f: f.pick([True, False])),
            "HAS_EMAIL": G(lambda f: True),
            "HAS_MOBILE_PHONE": G(lambda f: f.pick([True, False])),
            "DBT_UPDATED_AT": G(lambda f: f.iso().replace("T", " ").replace("Z", "")),
        },
        None,
    ),
    (
        "identify",
        None,
        ["kotlin", "flutter"],
        4,
        {
            "first_name": Y(lambda f: first(f, "NG"), "name"),
            "surname": Y(lambda f: last(f, "NG"), "name"),
            "phone_number": Y(lambda f: phone(f, "NG"), "phone"),
            "email": Opt(Y(lambda f: email(f, "NG"), "email"), 0.7),
            "date_of_birth": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "state_of_origin": Y(
                lambda f: f.pick(["Anambra", "Ogun", "Kano", "Imo", "Oyo", "Rivers", "Benue"]), "ethnicity"
            ),
            "tribe": Opt(
                Y(lambda f: f.pick(["Igbo", "Yoruba", "Hausa", "Ijaw", "Tiv", "Efik"]), "ethnicity"), 0.5
            ),
            "nin": Opt(RED(lambda f: f.digits(11), "national id"), 0.4),
            "residential_address": Y(lambda f: street(f, "NG"), "address"),
            "occupation": G(lambda f: f.pick(["Trader", "Civil Servant", "Banker", "Student", "Engineer"])),
            "parish": G(
                lambda f: f.pick(
                    ["Jesus House Lagos", "Dominion Chapel", "Living Faith Ikeja", "City of David"]
                )
            ),
            "department": G(lambda f: f.pick(["Choir", "Ushering", "Media", "Sanctuary", "Children Church"])),
            "born_again": Y(lambda f: f.pick([True, False]), "religion"),
            "water_baptized": Y(lambda f: f.pick([True, False]), "religion"),
            "holy_ghost_baptism": Opt(Y(lambda f: f.pick([True, False]), "religion"), 0.6),
            "marital_status": G(lambda f: f.pick(["married", "single", "widowed"])),
        },
        None,
    ),
    # -- giving -------------------------------------------------------------------------------------
    (
        "track",
        "Donation Completed",
        APPS,
        10,
        {
            "donation_id": G(lambda f: "don_" + f.hexid(12)),
            "amount": G(lambda f: f.money(5, 2500)),
            "currency": G(lambda f: f.pick(["USD", "NGN", "IDR"])),
            "fund": G(lambda f: f.pick(FUNDS)),
            "frequency": G(lambda f: f.pick(["one_time", "weekly", "biweekly", "monthly"])),
            "is_recurring": G(lambda f: f.pick([True, False])),
            "payment_method": G(
                lambda f: f.pick(["card", "ach", "apple_pay", "google_pay", "bank_transfer"])
            ),
            "payment_method_id": Opt(RED(lambda f: stripe_id(f, "pm_1"), "token"), 0.6),
            "stripe_customer_id": Opt(G(lambda f: stripe_id(f, "cus_", 14)), 0.6),
            "card_brand": Opt(G(lambda f: f.pick(["visa", "mastercard", "amex", "verve", "discover"])), 0.7),
            "card_last4": Opt(G(lambda f: f.digits(4)), 0.7),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Lekki", "Kelapa Gading", "Online"])),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "dedication": Opt(Y(tribute, "name", True), 0.4),
            "notify_email": Opt(Y(email, "email"), 0.25),
        },
        ("/give", "Give | Congregate"),
    ),
    (
        "track",
        "Bank Account Verified",
        ["ruby", "node"],
        4,
        {
            "institution_name": G(
                lambda f: f.pick(["Chase", "Wells Fargo", "Truist", "Bank of America", "Navy Federal"])
            ),
            "routing_number": G(lambda f: f.pick(ROUTING)),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_holder": Y(lambda f: full(f, "US"), "name", True),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "mask": G(lambda f: f.digits(4)),
            "plaid_account_id": G(lambda f: stripe_id(f, "", 37)),
            "link_session_id": G(lambda f: f.uuid()),
            "verification_method": G(lambda f: f.pick(["instant", "micro_deposits", "same_day_micro"])),
        },
        None,
    ),
    (
        "track",
        "Charge Succeeded",
        ["ruby"],
        5,
        {
            "id": G(lambda f: stripe_id(f, "evt_3", 24)),
            "type": G(lambda f: "charge.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: stripe_id(f, "ch_3", 24)),
                    "amount": G(lambda f: f.r.randint(500, 250000)),
                    "currency": G(lambda f: "usd"),
                    "customer": G(lambda f: stripe_id(f, "cus_", 14)),
                    "payment_method": RED(lambda f: stripe_id(f, "pm_1"), "token"),
                    "receipt_email": Y(lambda f: email(f, "US"), "email"),
                    "billing_details": {
                        "name": Y(lambda f: full(f, "US"), "name"),
                        "email": Opt(Y(lambda f: email(f, "US"), "email"), 0.6),
                        "address": {
                            "line1": Y(lambda f: street(f, "US"), "address|street"),
                            "line2": Opt(
                                Y(lambda f: f.pick(["Apt 2", "Unit 1104", "Apt C"]), "address|street"), 0.4
                            ),
                            "city": Y(lambda f: city(f, "US"), "city"),
                            "state": G(lambda f: f.pick(["GA", "TX", "NC", "IL"])),
                            "postal_code": Y(lambda f: postcode(f, "US"), "zipcode"),
                            "country": G(lambda f: "US"),
                        },
                    },
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                        },
                    },
                    "metadata": {
                        "fund": G(lambda f: f.pick(FUNDS)),
                    },
                },
            },
        },
        None,
    ),
    (
        "track",
        "Paystack Charge Success",
        ["node"],
        5,
        {
            "event": G(lambda f: "charge.success"),
            "data": {
                "id": G(lambda f: int(f.digits(10))),
                "status": G(lambda f: "success"),
                "reference": G(lambda f: f"T{f.digits(15)}"),
                "amount": G(
                    lambda f: f.pick([500000, 1000000, 2500000, 5000000]) + f.r.randint(0, 9) * 10000
                ),
                "paid_at": G(lambda f: f.iso()),
                "channel": G(lambda f: f.pick(["card", "bank", "ussd", "bank_transfer"])),
                "currency": G(lambda f: "NGN"),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
                "authorization": {
                    "authorization_code": RED(lambda f: "AUTH_" + stripe_id(f, "", 10).lower(), "token"),
                    "bin": G(lambda f: f.pick(["408408", "539983", "506099", "419269"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f"{f.r.randint(1, 12):02d}"),
                    "exp_year": G(lambda f: str(f.r.randint(2025, 2030))),
                    "card_type": G(lambda f: f.pick(["visa ", "mastercard", "verve"])),
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "verve"])),
                },
                "customer": {
                    "id": G(lambda f: int(f.digits(8))),
                    "first_name": Y(lambda f: first(f, "NG"), "name"),
                    "last_name": Y(lambda f: last(f, "NG"), "name"),
                    "email": Y(lambda f: email(f, "NG"), "email"),
                    "customer_code": G(lambda f: "CUS_" + stripe_id(f, "", 15).lower()),
                    "phone": Opt(Y(lambda f: phone(f, "NG"), "phone"), 0.7),
                },
            },
        },
        None,
    ),
    (
        "track",
        "Kiosk Gift Declined",
        ["dotnet"],
        3,
        {
            "KioskId": G(lambda f: f"LOBBY-{f.r.randint(1, 6)}"),
            "Amount": G(lambda f: f.pick([20.0, 50.0, 100.0, 250.0])),
            "Fund": G(lambda f: f.pick(FUNDS)),
            "CardNumber": RED(lambda f: f.card(), "credit card"),
            "ExpiryDate": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardEntryMode": G(lambda f: f.pick(["swipe", "chip", "manual", "tap"])),
            "DeclineCode": G(lambda f: f.pick(["05", "51", "54", "14"])),
            "ProcessorMessage": G(
                lambda f: f.pick(
                    ["Do not honor", "Insufficient funds", "Expired card", "Invalid card number"]
                )
            ),
        },
        None,
    ),
    (
        "track",
        "Transfer Giving Recorded",
        ["go"],
        5,
        {
            "session_id": G(lambda f: "0000" + f.digits(26)),
            "amount": G(lambda f: f.pick([2000, 5000, 10000, 20000, 50000, 100000])),
            "currency": G(lambda f: "NGN"),
            "sender_name": Y(upper_name, "name"),
            "sender_account_number": RED(lambda f: nuban(f), "bank account"),
            "sender_bank": G(lambda f: f.pick([*NUBAN_BANKS.values(), "Opay", "Kuda MFB", "Moniepoint MFB"])),
            "narration": Y(
                lambda f: f.pick(["TITHE FROM ", "OFFERING/", "SEED ", "THANKSGIVING "]) + upper_name(f),
                "name",
                True,
            ),
            "destination_account": G(lambda f: f.pick(["0123456789", "1014578893", "2034418876"])),
            "destination_bank": G(lambda f: f.pick(["Zenith Bank", "GTBank", "Access Bank"])),
            "fund": G(lambda f: f.pick(FUNDS)),
            "received_at": G(lambda f: f.iso()),
        },
        None,
    ),
    (
        "track",
        "Persembahan Diterima",
        ["go", "php"],
        6,
        {
            "id_transaksi": G(lambda f: f"TRX{f.digits(12)}"),
            "nominal": G(money_idr),
            "jenis_persembahan": G(
                lambda f: f.pick(["Persepuluhan", "Persembahan Syukur", "Kolekte", "Pembangunan", "Diakonia"])
            ),
            "metode_pembayaran": G(lambda f: f.pick(["transfer_bank", "qris", "va_bca", "gopay", "ovo"])),
            "nama_pemberi": Y(lambda f: full(f, "ID"), "name"),
            "no_rekening": Opt(RED(id_account, "bank account"), 0.5),
            "nama_bank": G(lambda f: f.pick(["BCA", "Mandiri", "BRI", "BNI", "CIMB Niaga"])),
            "atas_nama": Opt(Y(lambda f: full(f, "ID").upper(), "name"), 0.5),
            "keterangan": Y(keterangan, "name", True),
            "va_number": Opt(G(lambda f: f.pick(["8808", "3901", "1234"]) + f.digits(12)), 0.4),
            "kode_unik": G(lambda f: f.r.randint(100, 999)),
            "tanggal": G(lambda f: f.date(2024, 2024)),
            "status": G(lambda f: f.pick(["berhasil", "menunggu", "gagal"])),
        },
        None,
    ),
    (
        "track",
        "Midtrans Notification",
        ["go"],
        4,
        {
            "transaction_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f"OFR-{f.digits(8)}"),
            "gross_amount": G(lambda f: f"{money_idr(f)}.00"),
            "payment_type": G(lambda f: f.pick(["bank_transfer", "qris", "gopay", "echannel"])),
            "transaction_status": G(lambda f: f.pick(["settlement", "pending", "expire"])),
            "va_numbers": Opt(
                Many(
                    {
                        "bank": G(lambda f: f.pick(["bca", "bni", "bri"])),
                        "va_number": G(lambda f: f.digits(11)),
                    },
                    1,
                ),
                0.6,
            ),
            "signature_key": G(lambda f: f.hexid(128)),
            "currency": G(lambda f: "IDR"),
        },
        None,
    ),
    (
        "track",
        "Zakat Paid",
        ["node", "flutter"],
        6,
        {
            "zakat_id": G(lambda f: f"ZKT-{f.digits(9)}"),
            "jenis_zakat": G(lambda f: f.pick(["fitrah", "maal", "penghasilan", "fidyah"])),
            "jumlah_jiwa": G(lambda f: f.r.randint(1, 7)),
            "nominal": G(money_idr),
            "nama_muzakki": Y(lambda f: full(f, "ID"), "name"),
            "atas_nama_keluarga": Opt(Many(Y(lambda f: full(f, "ID"), "name"), 4), 0.5),
            "no_hp": Y(lambda f: phone(f, "ID"), "phone"),
            "email": Opt(Y(lambda f: email(f, "ID"), "email"), 0.5),
            "npwp": Opt(RED(npwp, "national id"), 0.3),
            "penghasilan_bulanan": Opt(Y(lambda f: f.r.randint(30, 400) * 100_000, "salary"), 0.5),
            "nisab": G(lambda f: f.pick([85_685_972, 6_828_000])),
            "haul_terpenuhi": G(lambda f: f.pick([True, False])),
            "amil": G(
                lambda f: f.pick(["BAZNAS Kota Bandung", "LAZISMU", "Dompet Dhuafa", "UPZ Masjid Al-Ikhlas"])
            ),
            "bukti_setor_url": G(lambda f: f"https://zakat.congregate.app/bsz/{f.hexid(16)}.pdf"),
        },
        None,
    ),
    # -- bookstore (e-commerce spec) ------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        5,
        {
            **product(),
            "currency": G(lambda f: f.pick(["USD", "NGN", "IDR"])),
            "value": G(lambda f: f.money(4, 90)),
        },
        ("/store/product", "Store | Congregate"),
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        5,
        {
            "order_id": G(lambda f: f"BK{f.digits(7)}"),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(4, 300)),
            "subtotal": G(lambda f: f.money(4, 300)),
            "tax": G(lambda f: f.money(0, 25)),
            "shipping": G(lambda f: f.pick([0, 5.99, 8.5])),
            "discount": G(lambda f: f.money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "VBS2024", "STAFF15", "EASTER"])),
            "currency": G(lambda f: "USD"),
            "products": Many(product(), 3),
            "email": Y(lambda f: email(f, "US"), "email"),
            "shipping_method": G(lambda f: f.pick(["pickup_at_church", "usps_ground", "ups_2day"])),
            "shipping_address": Opt(
                {
                    "name": Y(full, "name"),
                    "line1": Y(lambda f: street(f, "US"), "address|street"),
                    "city": Y(lambda f: city(f, "US"), "city"),
                    "state": G(lambda f: f.pick(["GA", "TX", "NC"])),
                    "postal_code": Y(lambda f: postcode(f, "US"), "zipcode"),
                    "country": G(lambda f: "US"),
                },
                0.6,
            ),
            "gift_note": Opt(
                G(
                    lambda f: f.pick(
                        [
                            "Happy Mother's Day!",
                            "Congrats on your baptism",
                            "Blessed Eid",
                            "Happy birthday, love you",
                        ]
                    )
                ),
                0.3,
            ),
        },
        ("/store/checkout/complete", "Thank you"),
    ),
    # -- prayer -----------------------------------------------------------------------------------
    (
        "track",
        "Prayer Request Submitted",
        APPS,
        9,
        {
            "request_id": G(lambda f: f.uuid()),
            "category": G(
                lambda f: f.pick(["healing", "family", "finances", "salvation", "grief", "guidance"])
            ),
            "visibility": G(lambda f: f.pick(["pastors_only", "prayer_team", "public_wall"])),
            "is_anonymous": G(lambda f: f.pick([True, False])),
            "for_whom": G(lambda f: f.pick(["myself", "family_member", "friend", "coworker"])),
            "prayer_text": Y(prayer_text, "condition|diagnosis", True),
            "follow_up_requested": G(lambda f: f.pick([True, False])),
            "contact_phone": Opt(Y(phone, "phone"), 0.4),
        },
        ("/prayer", "Prayer Wall"),
    ),
    (
        "track",
        "Praise Report Posted",
        MOBILE,
        4,
        {
            "report_id": G(lambda f: f.uuid()),
            "body": G(
                lambda f: f.pick(
                    [
                        "God provided a new job after 8 months!",
                        "Our mission team returned safely from Kenya",
                        "Alhamdulillah, the new wing of the masjid is finished",
                        "Puji Tuhan, panen tahun ini melimpah",
                        "Passed my bar exam!",
                        "The building fund reached its goal",
                    ]
                )
            ),
            "linked_request_id": Opt(G(lambda f: f.uuid()), 0.5),
            "reactions": G(lambda f: f.r.randint(0, 120)),
        },
        None,
    ),
    (
        "track",
        "Prayed For Request",
        MOBILE,
        5,
        {
            "request_id": G(lambda f: f.uuid()),
            "prayer_count": G(lambda f: f.r.randint(1, 400)),
            "source": G(lambda f: f.pick(["wall", "push", "email_digest"])),
        },
        None,
    ),
    # -- directory & households -------------------------------------------------------------------------
    (
        "track",
        "Directory Searched",
        ["web", "swift", "kotlin", "rn"],
        6,
        {
            "q": Y(lambda f: f.pick([full(f), last(f), first(f) + " " + last(f)[0]]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "filters": {
                "campus": G(lambda f: f.pick(["all", "North", "Lekki", "Online"])),
                "gender": G(lambda f: f.pick(["any", "female", "male"])),
                "age_range": G(lambda f: f.pick(["any", "18-29", "30-49", "50+"])),
            },
        },
        ("/directory", "Member Directory"),
    ),
    (
        "track",
        "Directory Profile Viewed",
        ["web", "swift", "kotlin", "rn"],
        5,
        {
            "viewed_member_id": G(lambda f: "M" + f.digits(6)),
            "viewed_member_name": Y(full, "name"),
            "fields_visible": Many(
                G(lambda f: f.pick(["email", "phone", "address", "birthday", "photo"])), 4
            ),
            "contact_action": G(lambda f: f.pick(["call", "text", "email", "none", "whatsapp"])),
        },
        ("/directory/member", "Member Profile"),
    ),
    (
        "track",
        "Quick Contact Tapped",
        MOBILE,
        4,
        {
            "label": Y(
                lambda f: f.pick(["Pastor ", "Deacon ", "Sis. ", "Bro. ", "Ustaz ", "Ibu ", ""]) + full(f),
                "name",
                True,
            ),
            "action": G(lambda f: f.pick(["call", "sms", "whatsapp", "email"])),
            "contact_type": G(lambda f: f.pick(["staff", "group_leader", "deacon", "elder"])),
            "position": G(lambda f: f.r.randint(0, 8)),
        },
        None,
    ),
    (
        "track",
        "Household Member Added",
        ["web", "swift", "kotlin"],
        5,
        {
            "household_id": G(lambda f: "hh_" + f.digits(7)),
            "member": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "birthdate": Y(child_dob, "birthdate"),
                "relationship": G(
                    lambda f: f.pick(["child", "spouse", "grandchild", "foster_child", "parent"])
                ),
                "grade": G(lambda f: f.pick(["Pre-K", "K", "3rd", "7th", "10th", "N/A"])),
                "school": Opt(
                    G(
                        lambda f: f.pick(
                            ["Decatur Elementary", "SD Tarakanita 2", "Corona School Ikoyi", "Lakeside High"]
                        )
                    ),
                    0.6,
                ),
                "allergies": Opt(
                    Many(
                        Y(
                            lambda f: f.pick(
                                ["peanuts", "tree nuts", "milk", "eggs", "shellfish", "penicillin"]
                            ),
                            "allergy",
                        ),
                        2,
                    ),
                    0.4,
                ),
                "email": Opt(Y(email, "email"), 0.2),
            },
        },
        ("/household", "My Household"),
    ),
    (
        "track",
        "Contact Info Updated",
        APPS,
        5,
        {
            "changes": Many(
                {
                    "field": G(lambda f: f.pick(["email", "mobile_phone"])),
                    "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
                },
                2,
            ),
            "verified": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["profile", "giving_form", "check_in_kiosk"])),
        },
        ("/profile", "My Profile"),
    ),
    # -- groups -------------------------------------------------------------------------------------
    (
        "group",
        None,
        APPS,
        5,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Grace Fellowship Church",
                        "Masjid Al-Ikhlas",
                        "RCCG Jesus House",
                        "GKI Pondok Indah",
                        "Hindu Temple of Atlanta",
                        "Living Faith Church Ikeja",
                    ]
                )
            ),
            "denomination": G(
                lambda f: f.pick(
                    ["Non-denominational", "Sunni", "Pentecostal", "Reformed", "Hindu", "Catholic"]
                )
            ),
            "campusAddress": G(
                lambda f: f.pick(
                    [
                        "5400 Old National Hwy, College Park, GA 30349",
                        "Jl. Metro Pondok Indah Kav. IV, Jakarta Selatan",
                        "7 Olufunmilayo Street, Ikeja, Lagos",
                    ]
                )
            ),
            "officePhone": G(
                lambda f: f.pick(["+1 404-555-0188", "(021) 7502 889", "+234 1 280 5562", "+14045550100"])
            ),
            "officeEmail": G(
                lambda f: f.pick(
                    [
                        "office@gracefellowship.org",
                        "info@masjidalikhlas.or.id",
                        "admin@rccgjesushouse.org",
                        "hello@gkipi.or.id",
                    ]
                )
            ),
            "ein": Opt(G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"), 0.4),
            "plan": G(lambda f: f.pick(["starter", "growth", "multi_site"])),
            "memberCount": G(lambda f: f.r.randint(40, 12000)),
            "leadPastor": Opt(Y(full, "name"), 0.6),
            "leadPastorEmail": Opt(Y(staff_email, "email"), 0.4),
            "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Jakarta", "Africa/Lagos"])),
            "createdAt": G(lambda f: f.iso()),
        },
        None,
    ),
    (
        "group",
        None,
        ["swift", "kotlin", "rn"],
        4,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Young Adults Bible Study",
                        "Mothers of Preschoolers",
                        "Halaqah Ahad Pagi",
                        "Men's Breakfast",
                        "Komsel Efrata",
                        "Cell 7 Lekki",
                    ]
                )
            ),
            "groupType": G(lambda f: f.pick(["small_group", "class", "serving_team", "halaqah"])),
            "meetingDay": G(lambda f: f.pick(["Tuesday", "Wednesday", "Sunday", "Saturday"])),
            "hostName": Opt(Y(full, "name"), 0.7),
            "hostHomeAddress": Opt(Y(address, "address"), 0.5),
            "meetingRoom": Opt(
                G(lambda f: f.pick(["Room 204", "Fellowship Hall", "Ruang Serbaguna", "Online"])), 0.5
            ),
            "leaderEmail": Y(email, "email"),
            "childcareAvailable": G(lambda f: f.pick([True, False])),
            "isOnline": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Small Group Joined",
        APPS,
        5,
        {
            "group_id": G(lambda f: f"grp_{f.digits(6)}"),
            "group_name": G(
                lambda f: f.pick(
                    [
                        "Young Adults Bible Study",
                        "Halaqah Ahad Pagi",
                        "Komsel Efrata",
                        "Cell 7 Lekki",
                        "Grief Share",
                    ]
                )
            ),
            "role": G(lambda f: f.pick(["member", "co_leader", "host"])),
            "join_method": G(lambda f: f.pick(["request", "invite", "auto"])),
            "invited_by_name": Opt(Y(full, "name"), 0.5),
            "group_size": G(lambda f: f.r.randint(3, 20)),
        },
        ("/groups", "Groups"),
    ),
    # -- kids check-in ------------------------------------------------------------------------------
    (
        "track",
        "Child Checked In",
        ["kotlin", "swift"],
        8,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "P" + f.digits(7)),
            "child_first_name": Y(first, "name"),
            "child_last_name": Y(last, "name"),
            "child_birthdate": Y(child_dob, "birthdate"),
            "child_age": G(lambda f: f.r.randint(0, 11)),
            "grade": G(lambda f: f.pick(["Nursery", "Pre-K", "K", "1st", "3rd", "5th"])),
            "room": G(
                lambda f: f.pick(
                    [
                        "Nursery A",
                        "K-1 Room 204",
                        "Little Lambs",
                        "Kelas Sekolah Minggu 3",
                        "Children Church Hall",
                    ]
                )
            ),
            "allergies": Opt(
                Many(
                    Y(
                        lambda f: f.pick(
                            ["peanuts", "tree nuts", "dairy", "eggs", "latex", "bee stings", "gluten"]
                        ),
                        "allergy",
                    ),
                    2,
                ),
                0.35,
            ),
            "medical_notes": Opt(
                Y(
                    lambda f: f.pick(
                        [
                            "Type 1 diabetes - insulin pump",
                            "Asthma, inhaler in backpack",
                            "Epilepsy, seizure plan on file",
                            "ADHD, needs breaks",
                            "Sickle cell trait, keep hydrated",
                        ]
                    ),
                    "condition",
                ),
                0.25,
            ),
            "special_needs": RED(lambda f: f.pick([True, False, False]), "disability"),
            "guardian": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["mother", "father", "grandparent", "guardian"])),
            },
            "authorized_pickups": Opt(
                Many(
                    {
                        "name": Y(full, "name"),
                        "relationship": G(lambda f: f.pick(["aunt", "grandmother", "nanny", "uncle"])),
                    },
                    2,
                ),
                0.4,
            ),
            "security_code": RED(pickup_code, "token"),
            "kiosk_id": G(lambda f: f"kiosk-{f.r.randint(1, 12):02d}"),
            "checked_in_at": G(lambda f: f.iso()),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Child Checked Out",
        ["kotlin", "swift"],
        6,
        {
            "checkin_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "P" + f.digits(7)),
            "security_code_matched": G(lambda f: f.pick([True, True, False])),
            "picked_up_by": Y(full, "name", True),
            "checked_out_at": G(lambda f: f.iso()),
            "minutes_in_room": G(lambda f: f.r.randint(40, 150)),
            "override_by_staff": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Pickup Code Sent",
        ["go", "python"],
        5,
        {
            "to": Y(e164, "phone", True),
            "text": RED(
                lambda f: f.pick(
                    [
                        f"Your child's pickup code is {pickup_code(f)}. Show this at Kids Zone.",
                        f"Congregate: kode jemput anak Anda {pickup_code(f)}",
                        f"Pickup code: {pickup_code(f)} (Little Lambs, 11:00)",
                    ]
                ),
                "token|secret",
                True,
            ),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "provider": G(lambda f: f.pick(["twilio", "termii", "zenziva"])),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "segments": G(lambda f: f.pick([1, 1, 2])),
        },
        None,
    ),
    # -- volunteers & staff --------------------------------------------------------------------------
    (
        "track",
        "Volunteer Shift Scheduled",
        ["ruby", "python", "web"],
        6,
        {
            "shift_id": G(lambda f: f.digits(8)),
            "team": G(
                lambda f: f.pick(
                    [
                        "Parking",
                        "Greeters",
                        "Kids Ministry",
                        "Worship Band",
                        "AV/Tech",
                        "Ushers",
                        "Iftar Kitchen",
                    ]
                )
            ),
            "position": G(lambda f: f.pick(["Lead", "Member", "Trainee"])),
            "volunteer": {
                "id": G(lambda f: "M" + f.digits(6)),
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "mobile": Opt(Y(phone, "phone"), 0.7),
            },
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "background_check_status": G(lambda f: f.pick(["cleared", "pending", "expired", "not_required"])),
        },
        ("/serve/schedule", "Serving Schedule"),
    ),
    (
        "track",
        "Background Check Submitted",
        ["python"],
        4,
        {
            "volunteer_id": G(lambda f: "M" + f.digits(6)),
            "full_name": Y(lambda f: full(f, "US"), "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "drivers_license_number": Opt(
                Y(
                    lambda f: f.pick(["0" + f.digits(8), f"{f.pick('ABCDGHJ')}{f.digits(7)}", f.digits(8)]),
                    "license",
                ),
                0.6,
            ),
            "drivers_license_state": Opt(G(lambda f: f.pick(["GA", "TX", "NC"])), 0.6),
            "previous_addresses": Opt(Many(Y(lambda f: address(f, "US"), "address"), 3), 0.6),
            "consent_signed": G(lambda f: True),
            "provider": G(lambda f: f.pick(["Sterling Volunteers", "Protect My Ministry", "Checkr"])),
            "package": G(lambda f: f.pick(["basic", "child_worker", "mvr_plus"])),
            "status": G(lambda f: f.pick(["submitted", "in_review"])),
        },
        None,
    ),
    (
        "track",
        "Childcare Worker Paid",
        ["dotnet"],
        3,
        {
            "WorkerId": G(lambda f: int(f.digits(6))),
            "WorkerName": Y(full, "name"),
            "HourlyRate": Y(lambda f: f.pick([15.0, 17.5, 18.0, 21.25]), "salary"),
            "Hours": G(lambda f: f.pick([3.5, 4.0, 6.25, 8.0])),
            "GrossPay": Y(lambda f: f.money(40, 400), "salary"),
            "PayoutMethod": G(lambda f: f.pick(["direct_deposit", "check", "zelle"])),
            "BankAccountLast4": G(lambda f: f.digits(4)),
            "PayPeriodEnd": G(lambda f: f.date(2024, 2024)),
        },
        None,
    ),
    (
        "identify",
        None,
        ["dotnet"],
        3,
        {
            "StaffId": G(lambda f: int(f.digits(5))),
            "DisplayName": Y(full, "name"),
            "WorkEmail": Y(staff_email, "email"),
            "DirectLine": Opt(Y(phone, "phone"), 0.6),
            "JobTitle": G(
                lambda f: f.pick(
                    [
                        "Associate Pastor",
                        "Children's Director",
                        "Imam",
                        "Worship Leader",
                        "Office Administrator",
                    ]
                )
            ),
            "Department": G(lambda f: f.pick(["Pastoral", "Kids", "Operations", "Worship"])),
            "HireDate": G(lambda f: f.date(2000, 2024)),
            "AnnualSalary": Opt(Y(lambda f: f.r.randint(32, 120) * 1000, "salary"), 0.6),
            "Supervisor": Opt(Y(full, "name", True), 0.6),
            "IsFullTime": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Honorarium Paid",
        ["python", "ruby"],
        3,
        {
            "speaker_name": Y(full, "name"),
            "event_name": G(
                lambda f: f.pick(["Men's Conference 2024", "Ramadan Lecture Series", "Youth Revival Night"])
            ),
            "honorarium": Y(lambda f: f.pick([250, 500, 750, 1000, 1500]), "salary"),
            "payout_method": G(lambda f: f.pick(["check", "ach", "paypal"])),
            "ssn": Opt(RED(lambda f: f.ssn(), "social security number"), 0.4),
        },
        None,
    ),
    # -- pastoral records ------------------------------------------------------------------------------
    (
        "track",
        "Pastoral Care Visit Logged",
        ["java", "web"],
        5,
        {
            "visit_id": G(lambda f: f.uuid()),
            "member_id": G(lambda f: "M" + f.digits(6)),
            "visit_type": G(lambda f: f.pick(["hospital", "home", "phone", "nursing_home"])),
            "note": Y(lambda f: f.pick(CARE_NOTES), "condition", True),
            "staff_name": Y(full, "name"),
            "duration_min": G(lambda f: f.r.randint(10, 120)),
            "follow_up_date": Opt(G(lambda f: f.date(2024, 2025)), 0.5),
            "confidential": G(lambda f: f.pick([True, False])),
        },
        ("/care/visits", "Care Visits"),
    ),
    (
        "track",
        "Baptism Scheduled",
        ["python", "web"],
        4,
        {
            "record_id": G(lambda f: f"BAP-{f.digits(6)}"),
            "candidate_name": Y(full, "name"),
            "candidate_birthdate": Y(lambda f: f.date(1950, 2023), "birthdate"),
            "baptism_date": Y(lambda f: f.date(2024, 2025), "religion"),
            "baptism_type": Y(lambda f: f.pick(["immersion", "infant", "sprinkling"]), "religion"),
            "officiant_name": Y(full, "name"),
            "parent_names": Opt(Many(Y(full, "name"), 2), 0.4),
            "location": G(
                lambda f: f.pick(["Main Sanctuary", "Lake Lanier", "Bar Beach", "Kolam Baptis Gedung A"])
            ),
            "certificate_number": Y(lambda f: f"{f.r.randint(2024, 2025)}/{f.digits(4)}", "certificate"),
            "testimony_video": G(lambda f: f.pick([True, False])),
        },
        ("/care/baptism", "Baptism"),
    ),
    (
        "track",
        "Faith Decision Recorded",
        ["web", "python", "kotlin"],
        4,
        {
            "decision_type": Y(
                lambda f: f.pick(["first_time_faith", "rededication", "baptism_request", "shahada"]),
                "religion",
            ),
            "previous_religion": Opt(
                Y(
                    lambda f: f.pick(["Christian", "Muslim", "None", "Hindu", "Catholic", "Traditional"]),
                    "religion",
                ),
                0.5,
            ),
            "counselor_name": Y(full, "name"),
            "service_id": G(lambda f: f.digits(6)),
            "follow_up_channel": G(lambda f: f.pick(["call", "text", "email", "visit"])),
            "certificate_number": Opt(
                Y(lambda f: f"{f.r.randint(2024, 2025)}/{f.digits(4)}", "certificate"), 0.3
            ),
        },
        ("/care/decisions", "Decisions"),
    ),
    (
        "track",
        "Marriage Record Created",
        ["dotnet"],
        3,
        {
            "RecordId": G(lambda f: f.uuid()),
            "GroomName": Y(full, "name"),
            "BrideName": Y(full, "name"),
            "CeremonyDate": G(lambda f: f.date(2024, 2025)),
            "OfficiantName": Y(full, "name"),
            "MarriageLicenseNumber": Y(lambda f: f"ML-{f.r.randint(2024, 2025)}-{f.digits(6)}", "license"),
            "Venue": G(lambda f: f.pick(["Main Sanctuary", "Chapel", "The Estate at Florence"])),
            "PremaritalCounselingCompleted": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Funeral Arranged",
        ["php"],
        3,
        {
            "deceased_name": Y(full, "name"),
            "date_of_passing": G(lambda f: f.date(2024, 2024)),
            "service_date": G(lambda f: f.date(2024, 2024)),
            "service_location": G(
                lambda f: f.pick(
                    [
                        "Main Sanctuary",
                        "Rumah Duka RS Dharmais",
                        "Vaults & Gardens Ikoyi",
                        "Westview Cemetery Chapel",
                    ]
                )
            ),
            "next_of_kin_name": Y(full, "name"),
            "next_of_kin_phone": Y(phone, "phone"),
            "next_of_kin_email": Opt(Y(email, "email"), 0.6),
            "obituary_text": Y(obituary, "name", True),
            "livestream_requested": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Bantuan Diakonia Diajukan",
        ["php"],
        4,
        {
            "nomor_permohonan": G(lambda f: f"DKN/{f.r.randint(2024, 2025)}/{f.digits(4)}"),
            "nama_pemohon": Y(lambda f: full(f, "ID"), "name"),
            "nik": RED(nik, "national id"),
            "no_bpjs": Opt(RED(lambda f: "000" + f.digits(10), "health id"), 0.6),
            "penghasilan": Y(lambda f: f.r.randint(10, 60) * 100_000, "salary"),
            "jumlah_tanggungan": G(lambda f: f.r.randint(0, 6)),
            "kebutuhan": G(lambda f: f.pick(["biaya sekolah", "biaya berobat", "sewa rumah", "sembako"])),
            "no_rekening": RED(id_account, "bank account"),
            "nama_bank": G(lambda f: f.pick(["BCA", "Mandiri", "BRI", "BNI"])),
            "alamat": Y(lambda f: address(f, "ID"), "address"),
            "disabilitas": RED(lambda f: f.pick([True, False]), "disability"),
            "catatan": Y(lambda f: f.pick(DIAKONIA_NOTES), "condition", True),
            "disetujui": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    # -- messaging vendors ---------------------------------------------------------------------------
    (
        "track",
        "Inbound SMS",
        ["node"],
        6,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["3f9a1c0d7e2b4a6f8c1d2e3f4a5b6c7d", "9b1e2c3d4e5f60718293a4b5c6d7e8f9"])
                )
            ),
            "From": Y(
                lambda f: f"+1{f.r.randint(201, 989)}{f.r.randint(200, 999)}{f.r.randint(0, 9999):04d}",
                "phone",
                True,
            ),
            "To": G(lambda f: f.pick(["+14045550132", "+16785550190", "+18445550117"])),
            "Body": G(
                lambda f: f.pick(
                    ["PRAY", "GIVE 50", "CONNECT", "JOIN YOUTH", "STOP", "Give 100 tithe", "EASTER"]
                )
            ),
            "FromCity": Y(
                lambda f: f.pick(["ATLANTA", "DECATUR", "HOUSTON", "MARIETTA", "CHARLOTTE"]), "city"
            ),
            "FromState": G(lambda f: f.pick(["GA", "TX", "NC"])),
            "FromZip": Y(lambda f: postcode(f, "US"), "zipcode"),
            "FromCountry": G(lambda f: "US"),
        },
        None,
    ),
    (
        "track",
        "Email Event",
        ["python"],
        6,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce", "unsubscribe"])),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "smtp-id": G(lambda f: f"<{f.hexid(22)}@ismtpd0{f.r.randint(1, 99):02d}p1mdw1.sendgrid.net>"),
            "sg_event_id": G(lambda f: stripe_id(f, "", 22)),
            "sg_message_id": G(lambda f: stripe_id(f, "", 22) + ".filterdrecv-" + f.digits(3)),
            "category": Many(
                G(lambda f: f.pick(["weekly_newsletter", "giving_receipt", "event_reminder"])), 2
            ),
            "useragent": Opt(G(ua_web), 0.5),
            "ip": Opt(Y(lambda f: f.ipv4(), "ip"), 0.5),
        },
        None,
    ),
    (
        "track",
        "Invite Sent",
        APPS,
        5,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "recipient": Y(lambda f: f.pick([email(f), e164(f)]), "email|phone", True),
            "event_id": G(lambda f: f"evt_{f.digits(6)}"),
            "message_template": G(
                lambda f: f.pick(["easter_invite", "iftar_invite", "vbs_invite", "default"])
            ),
            "invites_sent_count": G(lambda f: f.r.randint(1, 30)),
        },
        ("/invite", "Invite a Friend"),
    ),
    (
        "track",
        "Connect Card Submitted",
        ["node"],
        5,
        {
            "event_id": G(lambda f: f.hexid(10)),
            "form_response": {
                "form_id": G(lambda f: f.pick(["Ab12Cd", "xK9fQ2", "Lp0wZa"])),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "answers": Seq(
                    {
                        "type": G(lambda f: "text"),
                        "text": Y(full, "name", True),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "short_text"),
                            "ref": G(lambda f: "full_name"),
                        },
                    },
                    {
                        "type": G(lambda f: "email"),
                        "email": Y(email, "email"),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "email"),
                            "ref": G(lambda f: "email"),
                        },
                    },
                    Opt(
                        {
                            "type": G(lambda f: "phone_number"),
                            "phone_number": Y(e164, "phone"),
                            "field": {
                                "id": G(lambda f: f.hexid(12)),
                                "type": G(lambda f: "phone_number"),
                                "ref": G(lambda f: "mobile"),
                            },
                        },
                        0.7,
                    ),
                    {
                        "type": G(lambda f: "choice"),
                        "choice": {
                            "label": G(
                                lambda f: f.pick(
                                    ["Friend or family", "Social media", "Drove by", "Online search"]
                                )
                            )
                        },
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "multiple_choice"),
                            "ref": G(lambda f: "how_heard"),
                        },
                    },
                    {
                        "type": G(lambda f: "boolean"),
                        "boolean": G(lambda f: f.pick([True, False])),
                        "field": {
                            "id": G(lambda f: f.hexid(12)),
                            "type": G(lambda f: "yes_no"),
                            "ref": G(lambda f: "first_visit"),
                        },
                    },
                ),
            },
        },
        None,
    ),
    (
        "track",
        "Visit Planned",
        ["python"],
        5,
        {
            "form-id": G(lambda f: f.pick(["plan-a-visit", "plan-a-visit-es"])),
            "full-name": Y(full, "name"),
            "email-address": Y(email, "email"),
            "phone-number": Opt(Y(phone, "phone"), 0.6),
            "party-size": G(lambda f: f.r.randint(1, 6)),
            "how-did-you-hear": G(lambda f: f.pick(["friend", "google", "instagram", "drove-by"])),
            "first-visit": G(lambda f: f.pick([True, False])),
            "preferred-service": G(lambda f: f.pick(["9am", "11am", "6pm-spanish"])),
            "page-url": G(
                lambda f: f.pick(
                    ["https://gracefellowship.org/visit", "https://gracefellowship.org/es/visita"]
                )
            ),
            "headers": {
                "user-agent": G(ua_web),
                "x-forwarded-for": Y(lambda f: f.ipv4(), "ip", True),
                "x-request-id": G(lambda f: f.uuid()),
            },
        },
        None,
    ),
    # -- events & travel -----------------------------------------------------------------------------
    (
        "track",
        "Event Registration Completed",
        ["web", "swift", "kotlin"],
        5,
        {
            "event_id": G(lambda f: f"evt_{f.digits(6)}"),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Youth Camp 2024",
                        "Community Iftar",
                        "Diwali Celebration",
                        "Women's Retreat",
                        "Natal Bersama 2024",
                    ]
                )
            ),
            "total": G(lambda f: f.money(0, 400)),
            "attendees": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "age": G(lambda f: f.r.randint(3, 80)),
                    "tshirt_size": G(lambda f: f.pick(["YS", "YM", "S", "M", "L", "XL"])),
                    "dietary": Y(
                        lambda f: f.pick(
                            [
                                "none",
                                "vegetarian",
                                "halal",
                                "kosher",
                                "nut allergy",
                                "lactose intolerant",
                                "celiac",
                            ]
                        ),
                        "allergy|religion",
                    ),
                },
                4,
            ),
            "emergency_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["mother", "spouse", "brother", "friend"])),
            },
            "venue": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Camp Glisson",
                            "Aula Gedung Serbaguna",
                            "Redemption Camp Auditorium",
                            "Fellowship Hall",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        ["4395 Camp Glisson Rd", "Jl. Kebon Sirih 12", "KM 46 Lagos-Ibadan Expressway"]
                    )
                ),
                "city": G(lambda f: f.pick(["Dahlonega", "Jakarta Pusat", "Mowe", "Atlanta"])),
            },
        },
        ("/events/register", "Register"),
    ),
    (
        "track",
        "Mission Trip Application Submitted",
        ["java", "web"],
        4,
        {
            "trip_id": G(lambda f: f"TRIP-{f.r.randint(24, 25)}-{f.digits(3)}"),
            "destination": G(
                lambda f: f.pick(
                    [
                        "Nairobi, Kenya",
                        "Tegucigalpa, Honduras",
                        "Labuan Bajo, NTT",
                        "Kaduna, Nigeria",
                        "Port-au-Prince, Haiti",
                    ]
                )
            ),
            "departure_date": G(lambda f: f.date(2024, 2025)),
            "passport_number": RED(
                lambda f: f.pick([f.digits(9), "A" + f.digits(8), "C" + f.digits(7)]), "passport"
            ),
            "passport_expiry": G(lambda f: f.date(2025, 2034)),
            "nationality": Y(
                lambda f: f.pick(["American", "Nigerian", "Indonesian", "Kenyan"]), "citizenship"
            ),
            "requires_visa": RED(lambda f: f.pick([True, False]), "visa"),
            "date_of_birth": Y(dob, "birthdate"),
            "emergency_contact_name": Y(full, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "medical_conditions": Opt(
                Many(
                    Y(
                        lambda f: f.pick(["asthma", "type 2 diabetes", "hypertension", "epilepsy"]),
                        "condition",
                    ),
                    2,
                ),
                0.3,
            ),
            "travel_insurance_policy": Opt(
                Y(lambda f: f.pick(["GMMI", "IMG", "TRV"]) + f.digits(9), "identification"), 0.5
            ),
            "hotel_name": G(
                lambda f: f.pick(["Sarova Stanley", "Hotel Honduras Maya", "Ayana Komodo", "Golden Tulip"])
            ),
        },
        ("/missions/apply", "Mission Trip Application"),
    ),
    (
        "track",
        "Ad Landing",
        ["web"],
        5,
        {
            "landing_page": G(lambda f: f.pick(["/easter", "/visit", "/ramadan", "/christmas"])),
            "gclid": Opt(Y(lambda f: "Cj0KCQjw" + stripe_id(f, "", 60), "advertising id"), 0.5),
            "fbclid": Opt(Y(lambda f: "IwAR" + stripe_id(f, "", 58), "advertising id"), 0.5),
            "fbp": Opt(Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"), 0.6),
            "fbc": Opt(
                Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + stripe_id(f, "", 40), "advertising id"), 0.3
            ),
            "utm_source": G(lambda f: f.pick(["facebook", "google", "instagram"])),
        },
        ("/easter", "Easter at Grace"),
    ),
    (
        "track",
        "Voter Registration Pledge",
        ["web"],
        3,
        {
            "pledged": G(lambda f: f.pick([True, False])),
            "party_affiliation": Opt(
                Y(
                    lambda f: f.pick(["Democrat", "Republican", "Independent", "Prefer not to say"]),
                    "political opinion",
                ),
                0.6,
            ),
            "county": G(lambda f: f.pick(["Fulton", "DeKalb", "Cobb", "Gwinnett"])),
            "zip": Y(lambda f: postcode(f, "US"), "zipcode"),
        },
        ("/civic", "Civic Engagement"),
    ),
    # -- livestream -----------------------------------------------------------------------------------
    (
        "track",
        "Video Playback Started",
        ["web", "swift", "kotlin", "flutter", "rn"],
        7,
        video_props(
            {
                "speaker": Y(
                    lambda f: f.pick(["Pastor ", "Ustaz ", "Pdt. ", "Rev. ", "Imam "]) + full(f), "name", True
                )
            }
        ),
        ("/live", "Watch Live"),
    ),
    (
        "track",
        "Video Content Playing",
        ["web", "swift", "kotlin", "flutter", "rn"],
        12,
        video_props(
            {
                "bitrate": G(lambda f: f.pick([1200, 2500, 4500])),
                "framerate": G(lambda f: f.pick([29.97, 30, 60])),
            }
        ),
        ("/live", "Watch Live"),
    ),
    (
        "track",
        "Livestream Chat Message Sent",
        ["web", "flutter", "rn"],
        6,
        {
            "room_id": G(lambda f: "live_" + f.digits(6)),
            "display_name": Y(
                lambda f: f.pick([full(f), first(f), "Sis " + first(f), "Bro. " + first(f)]), "name"
            ),
            "message": G(
                lambda f: f.pick(
                    [
                        "Amen!",
                        "Watching from Houston 🙏",
                        "Hallelujah",
                        "Amin, Tuhan Yesus memberkati",
                        "Glory!",
                        "Jazakallah khair",
                        "Good morning church family",
                    ]
                )
            ),
            "reactions": G(lambda f: f.r.randint(0, 40)),
            "is_moderator": G(lambda f: f.pick([False, False, True])),
        },
        ("/live", "Watch Live"),
    ),
    (
        "track",
        "Sermon Searched",
        ["web", "swift"],
        4,
        {
            "query": G(
                lambda f: f.pick(
                    ["forgiveness", "marriage series", "Ramadan 2024", "anxiety", "book of Ruth", "tithing"]
                )
            ),
            "results": G(lambda f: f.r.randint(0, 60)),
            "speaker_filter": G(lambda f: f.pick(["all", "senior_pastor", "guest"])),
        },
        ("/sermons", "Sermons"),
    ),
    # -- location ----------------------------------------------------------------------------------------
    (
        "track",
        "Prayer Times Viewed",
        ["kotlin", "flutter", "swift"],
        7,
        {
            "latitude": Y(lat_of(GEO_MUSLIM), "geolocation"),
            "longitude": Y(lon_of(GEO_MUSLIM), "geolocation"),
            "city": Y(lambda f: f.pick([*ID_CITIES, "Kano", "Abuja", "Houston"]), "city"),
            "calculation_method": G(lambda f: f.pick(["KEMENAG", "MWL", "ISNA", "Egyptian"])),
            "madhab": Y(lambda f: f.pick(["shafi", "hanafi", "maliki", "Syafi'i"]), "religion"),
            "qibla_bearing": G(lambda f: round(f.r.uniform(290, 300), 2)),
            "next_prayer": G(lambda f: f.pick(["fajr", "dhuhr", "asr", "maghrib", "isha"])),
            "adhan_notifications": G(lambda f: f.pick([True, False])),
            "timezone": G(lambda f: f.pick(["Asia/Jakarta", "Asia/Makassar", "Africa/Lagos"])),
        },
        None,
    ),
    (
        "track",
        "Church Finder Searched",
        ["web", "swift", "kotlin"],
        5,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "churches near Surabaya",
                        "masjid terdekat",
                        "RCCG parish Abuja",
                        "catholic mass times atlanta",
                    ]
                )
            ),
            "origin": {"lat": Y(lat_of(GEO_ALL), "geolocation"), "lng": Y(lon_of(GEO_ALL), "geolocation")},
            "radius_km": G(lambda f: f.pick([5, 10, 25])),
            "session_token": G(lambda f: f.uuid()),
            "results": Many(
                {
                    "place_id": G(lambda f: "ChIJ" + stripe_id(f, "", 23)),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "St. Anthony Catholic Church",
                                "Masjid Nurul Iman",
                                "RCCG Throne of Grace",
                                "GBI Mawar Saron",
                            ]
                        )
                    ),
                    "address": G(
                        lambda f: f.pick(
                            [
                                "928 Ralph David Abernathy Blvd SW",
                                "Jl. Raya Darmo 96",
                                "Plot 12 Cadastral Zone, Wuse",
                            ]
                        )
                    ),
                    "phone": G(lambda f: f.pick(["(404) 758-8861", "031-5678123", "+234 9 523 4410"])),
                },
                4,
            ),
        },
        ("/find", "Find a Church"),
    ),
    (
        "track",
        "Service Attended",
        ["swift", "kotlin"],
        6,
        {
            "service_id": G(lambda f: f.digits(6)),
            "campus": G(lambda f: f.pick(["North", "Downtown", "Lekki", "Kelapa Gading"])),
            "method": G(lambda f: f.pick(["geofence", "qr", "manual"])),
            "latitude": Y(lat_of(GEO_ALL), "geolocation"),
            "longitude": Y(lon_of(GEO_ALL), "geolocation"),
            "accuracy_m": G(lambda f: f.pick([5, 12, 30, 65])),
            "party_size": G(lambda f: f.r.randint(1, 6)),
            "first_time_guest": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "track",
        "Carpool Ride Offered",
        ["swift", "kotlin", "rn"],
        4,
        {
            "ride_id": G(lambda f: f.uuid()),
            "vehicle_plate": Y(plate, "license"),
            "vehicle_make": G(
                lambda f: f.pick(["Toyota Avanza", "Honda Odyssey", "Toyota Corolla", "Kia Sedona"])
            ),
            "seats_available": G(lambda f: f.r.randint(1, 6)),
            "pickup_area": G(
                lambda f: f.pick(["Kemang", "Lekki Phase 1", "Decatur Square", "Gading Serpong"])
            ),
            "driver_phone": Y(phone, "phone"),
            "accessible_parking_needed": RED(lambda f: f.pick([True, False]), "disability"),
        },
        None,
    ),
    (
        "track",
        "Pet Blessing Registered",
        ["web"],
        3,
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Max", "Mochi", "Simba", "Bella"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "parrot"])),
            "breed": G(lambda f: f.pick(["Labrador", "Persian", "Mixed", "Beagle"])),
            "microchip_number": G(lambda f: "985" + f.digits(12)),
            "owner_name": Y(full, "name"),
            "owner_phone": Y(phone, "phone"),
        },
        ("/events/blessing-of-animals", "Blessing of the Animals"),
    ),
    # -- accounts & admin -------------------------------------------------------------------------------
    (
        "track",
        "Phone Verification Started",
        MOBILE,
        5,
        {
            "input": Y(lambda f: phone(f), "phone", True),
            "country_code": G(lambda f: f.pick(["+1", "+62", "+234"])),
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
        None,
    ),
    (
        "track",
        "Verification Code Entered",
        MOBILE,
        4,
        {
            "code": RED(lambda f: f.digits(6), "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, False])),
            "seconds_to_enter": G(lambda f: f.r.randint(4, 120)),
        },
        None,
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        4,
        {
            "email": Y(email, "email"),
            "link": RED(
                lambda f: "https://congregate.app/auth/verify?token=" + stripe_id(f, "", 43), "token"
            ),
            "expires_in": G(lambda f: 900),
            "email_count": G(lambda f: f.r.randint(1, 4)),
        },
        None,
    ),
    (
        "track",
        "Account Created",
        APPS,
        5,
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "phone_count": G(lambda f: f.r.randint(0, 2)),
        },
        ("/signup", "Create account"),
    ),
    (
        "track",
        "Volunteer Account Provisioned",
        ["dotnet"],
        3,
        {
            "Login": Y(email, "email", True),
            "TempPassword": RED(lambda f: stripe_id(f, "", 10) + f.pick(["!", "#", "$"]), "password"),
            "Role": G(lambda f: f.pick(["checkin_volunteer", "greeter", "usher_lead"])),
            "WelcomeEmailSent": G(lambda f: f.pick([True, False])),
            "MustChangePassword": G(lambda f: True),
        },
        None,
    ),
    (
        "track",
        "Integration Connected",
        ["node", "ruby"],
        3,
        {
            "integration": G(lambda f: f.pick(["Mailchimp", "Twilio", "Stripe", "Planning Center"])),
            "api_key": RED(lambda f: f.pick([f.hexid(32) + "-us21", f.secret(), f.hexid(32)]), "secret"),
            "account_id": G(lambda f: f.digits(8)),
            "scopes": Many(G(lambda f: f.pick(["read", "write", "people", "giving"])), 3),
        },
        None,
    ),
    # -- page / screen ------------------------------------------------------------------------------------
    (
        "page",
        "Give",
        ["web"],
        6,
        {
            "name": G(lambda f: "Give"),
            "path": G(lambda f: "/give"),
            "url": G(lambda f: "https://www.congregate.app/give"),
            "title": G(lambda f: "Give | Congregate"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://gracefellowship.org/"])),
            "search": G(lambda f: f.pick(["", "?fund=missions", "?amount=100"])),
        },
        ("/give", "Give | Congregate"),
    ),
    (
        "page",
        "Sermons",
        ["web"],
        5,
        {
            "name": G(lambda f: "Sermons"),
            "path": G(lambda f: "/sermons"),
            "url": G(lambda f: "https://www.congregate.app/sermons"),
            "title": G(lambda f: "Sermons"),
            "referrer": G(lambda f: f.pick(["", "https://www.youtube.com/", "https://l.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?series=faith-over-fear", "?page=2"])),
        },
        ("/sermons", "Sermons"),
    ),
    (
        "screen",
        "Home",
        MOBILE,
        8,
        {
            "name": G(lambda f: "Home"),
            "previous_screen": G(lambda f: f.pick(["Splash", "Give", "Prayer Wall", "Live"])),
            "tab": G(lambda f: f.pick(["home", "feed"])),
        },
        None,
    ),
    (
        "screen",
        "Kids Check-In",
        ["kotlin", "swift"],
        5,
        {
            "name": G(lambda f: "Kids Check-In"),
            "previous_screen": G(lambda f: f.pick(["Home", "Events", "Splash"])),
            "kiosk_mode": G(lambda f: f.pick([True, False])),
        },
        None,
    ),
    (
        "screen",
        "Prayer Wall",
        MOBILE,
        5,
        {
            "name": G(lambda f: "Prayer Wall"),
            "previous_screen": G(lambda f: f.pick(["Home", "Notifications", "Live"])),
            "unread_count": G(lambda f: f.r.randint(0, 30)),
        },
        None,
    ),
    ("alias", None, APPS, 3, {}, None),
]


def build(seed: int, rounds: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, name, clients, weight, body, page in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32), f.uuid().upper()]),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.pick(["", "u_"]) + f.digits(7),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "org_" + f.digits(5)
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind != "alias":
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client, page), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=225, rounds=7)
    write(Path(__file__).parent, "holdout225_", events, labels)
