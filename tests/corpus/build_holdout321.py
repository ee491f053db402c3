"""Writes holdout321: tests/corpus/holdout321_events.jsonl and holdout321_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
the other corpora's labels, and never scored by its author. Only the helpers in build.py and
fake.py, build_holdout3.py (for the format), REFERENCE.md, DESIGN.md and portal.events.flatten
were read.

What it covers: a childcare platform ("Kinderly") in Germany, Japan and Chile. A parents' app
(analytics-swift, analytics-kotlin; the Japanese "Hoiku Note" app on analytics-react-native) and
web portal (analytics.js): Kita / hoikuen / sala cuna place searches, applications and
waitlists, the daily diary (naps, meals, nappies, notes, photos), pick-up authorisations, sick
notes, allergies, medication consent, emergency contacts, in-app chat, a photo-print shop
(Segment e-commerce spec). Fees and subsidies: SEPA mandates, Stripe- and Transbank-Webpay-shaped
payments, Japanese bank transfer (口座振替), Berlin's Kita-Gutschein, Japanese municipal
certification (保育認定, 保育所利用申込) and Chilean JUNJI applications. An educators' app on
analytics_flutter (attendance, check-in, incident reports, absences), the operator's back office
(analytics.js), and backends on analytics-python, -node, -go, -java, -ruby, -php and -csharp:
Twilio, SendGrid, Zendesk and Meta Conversions API shaped payloads, a .NET ERP with PascalCase
keys, a reverse-ETL sync with SCREAMING_SNAKE keys, a legacy PHP form with kebab-case keys, and
German, Japanese and Spanish keys and values. identify / track / page / screen / group / alias.

Conventions: a path is labelled once for all its events (build.render refuses a conflict).
Values are generated per leaf: national numbers carry valid checksums (Chilean RUT mod 11,
Japanese My Number, German Steuer-ID ISO 7064, Personalausweis ICAO 7-3-1, the health card's
KVNR, Luhn cards, mod-97 IBANs). Geolocation pairs are drawn around the same city.

Labelling rules (the Privacy Portal's default colours; the brief's contested-case policy):
- PII = personal data about a natural person: the parent, the child, another carer, a staff
  member, a doctor, a case worker. Names, contacts, the person's own address / postal code /
  city of residence (a Japanese ward or Chilean comuna of residence is the person's city),
  precise location (a photo's EXIF position, a phone's position at check-in), birth dates
  (also an expected due date, and Japanese era dates), government ids, bank accounts, cards,
  credentials, health, special categories, IP addresses, advertising ids, photos.
- Green: ids we or a platform issue for our use (user / child / application ids, Stripe cus_,
  Twilio SIDs, LINE user ids, SendGrid message ids, Places place ids and session tokens,
  appAccountToken), case and certificate numbers an authority issues for an application
  (Gutschein-Nr., 認定証番号, JUNJI folio: like claim numbers), a company's RUT or VAT id,
  amounts and fees, fee tiers and income bands (Beitragsstufe, RSH tramo, INCOME_BAND: banded
  like ages), ages in months, marital status, single-parent and custody flags, job titles,
  employers, pay grades, tax classes, kitas' / companies' names, addresses, phones and role
  mailboxes, a doctor's practice phone, pets' names, group names, searched places and postal
  codes, languages spoken at home, relations (Oma, 祖母, abuela), the Twilio number a business
  sends from, Webpay authorization codes and card last four digits, free text that never names
  anyone.
- Health and special categories: allergies (`allergy`), medication, doses named with the drug,
  prescription numbers (`medication`), symptoms, diagnoses, body temperature, blood group,
  vaccination status (`condition` / `diagnosis` / `procedure`), yellow; disability and special
  educational needs (`disability`), red; religion and diet choices that reveal it (halal,
  kosher) (`religion`), ethnicity / indigenous people (`ethnicity`), trade union, yellow;
  residence status (Aufenthaltstitel, 在留資格) is `visa`, red; a residence card's number is a
  `national id`, red; the statutory health card number (KVNR) and a clinic's patient file number
  are `health id`, red.
- An enum is labelled by its most sensitive value when that value reveals a special category
  (an absence reason that can be "krank", a diet that can be "halal", the 保育を必要とする事由
  that can be 疾病・障害 or 妊娠・出産).
- value_only: true when the key does not say what the value is (`q`, `value`, `label`, `note`,
  `caption`, `input`, `oldValue`, `description`, `beschreibung`, `様子`, Twilio's `To` / `From` /
  `Body`, `externalIds[].id`, a `fileName` holding a surname). Such a path holds that PII in
  every one of its values; free text is labelled by what every value carries (a child's name in
  every diary note), green when none carries PII (`text`, `comment`, `message`, `nachricht`,
  `家庭からの連絡`). A key that names the content (`symptoms`, `verletzung`) is not value_only.
- Where the policy is silent and I could not decide, I labelled what a careful privacy owner at a
  mid-size company would want flagged: a staff member's sick-leave reason (`condition`), a
  birth certificate's register number (`certificate`), a childcare-worker registration number
  (`license|certificate`), the GdB degree of severe disability (red `disability`).
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people -----------------------------------------------------------------------------------------

DE_FIRST = [
    "Lena", "Jonas", "Mia", "Finn", "Emilia", "Paul", "Hannah", "Ben", "Leonie", "Elias", "Marie",
    "Noah", "Ayşe", "Mehmet", "Zeynep", "Emir", "Oksana", "Dmytro", "Agnieszka", "Tomasz", "Layla",
    "Yusuf", "Greta", "Friedrich", "Anh", "Jannik", "Svenja", "Malte",
]  # fmt: skip
DE_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
    "Richter", "Y\u0131lmaz", "Kaya", "Demir", "Nowak", "Kowalczyk", "Shevchenko", "Nguyen",
    "Al-Hassan", "Papadopoulos", "Wagner", "Zimmermann", "Krüger", "Lehmann", "Brandt",
]  # fmt: skip
JP_FAMILY = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("森", "モリ", "Mori"),
    ("金", "キム", "Kim"), ("清水", "シミズ", "Shimizu"),
]  # fmt: skip
JP_GIVEN = [
    ("陽翔", "ハルト", "Haruto"), ("蓮", "レン", "Ren"), ("結菜", "ユイナ", "Yuina"), ("葵", "アオイ", "Aoi"),
    ("陽葵", "ヒマリ", "Himari"), ("湊", "ミナト", "Minato"), ("凛", "リン", "Rin"), ("芽依", "メイ", "Mei"),
    ("さくら", "サクラ", "Sakura"), ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"),
    ("由美子", "ユミコ", "Yumiko"), ("翔太", "ショウタ", "Shota"), ("真由", "マユ", "Mayu"),
]  # fmt: skip
HALF_KANA = {"サトウ": "ｻﾄｳ", "タナカ": "ﾀﾅｶ", "スズキ": "ｽｽﾞｷ", "イトウ": "ｲﾄｳ", "モリ": "ﾓﾘ", "キム": "ｷﾑ"}
HALF_GIVEN = {"ユイナ": "ﾕｲﾅ", "レン": "ﾚﾝ", "アオイ": "ｱｵｲ", "ミサキ": "ﾐｻｷ", "ユミコ": "ﾕﾐｺ", "マユ": "ﾏﾕ"}
CL_FIRST = [
    "Sofía", "Martina", "Florencia", "Agustín", "Benjamín", "Vicente", "Catalina", "Matías",
    "Isidora", "Tomás", "Josefa", "Joaquín", "Valentina", "Camila", "Francisca", "Ignacio", "Wilmer",
    "Jean-Baptiste", "Rose-Marie", "Yuliana", "Ayelén", "Millaray", "Lautaro", "Nahuel",
]  # fmt: skip
CL_LAST = [
    "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
    "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
    "Flores", "Espinoza", "Valenzuela", "Huenchumilla", "Catrileo", "Pierre", "Joseph",
]  # fmt: skip

FOLD = str.maketrans(
    {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "í": "i", "á": "a", "ó": "o", "ú": "u",
     "ñ": "n", "\u0131": "i", "ş": "s", "ç": "c", "ğ": "g", "'": "", " ": "", "-": ""}
)  # fmt: skip
MAIL = {
    "de": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de", "icloud.com", "outlook.de"],
    "jp": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "i.softbank.jp"],
    "cl": ["gmail.com", "hotmail.com", "live.cl", "yahoo.es", "outlook.com", "icloud.com"],
    "xx": ["gmail.com", "outlook.com", "proton.me", "example.org"],
}


def de_first(f):
    return f.pick(DE_FIRST)


def de_last(f):
    return f.pick(DE_LAST)


def de_name(f):
    return f"{de_first(f)} {de_last(f)}"


def jp_kanji(f):
    f.rows["jp"] = (f.pick(JP_FAMILY), f.pick(JP_GIVEN))
    return f.rows["jp"][0][0] + f.pick(["\u3000", " ", ""]) + f.rows["jp"][1][0]


def jp_kana(f):
    """The reading of the name jp_kanji just wrote (a form's フリガナ follows its 氏名), else a new one."""
    family, given = f.rows.pop("jp", None) or (f.pick(JP_FAMILY), f.pick(JP_GIVEN))
    return family[1] + f.pick(["\u3000", " "]) + given[1]


TABLES = {
    "rn": [
        ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.5", 390, 844),
        ("SHARP", "SH-53C", "SH-53C", "android", "Android", "14", 412, 915),
        ("SONY", "SO-51D", "SO-51D", "android", "Android", "14", 412, 892),
        ("Google", "Pixel 8a", "akita", "android", "Android", "14", 412, 915),
        ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "16.7.8", 393, 852),
    ],
    "kotlin": [
        ("samsung", "SM-A546B", "a54x", "14", "Android 14; SM-A546B Build/UP1A.231005.007"),
        ("Google", "Pixel 7", "panther", "13", "Android 13; Pixel 7 Build/TQ3A.230901.001"),
        ("Xiaomi", "2201117TY", "spes", "12", "Android 12; 2201117TY Build/SKQ1.211006.001"),
        ("motorola", "moto g54 5G", "cancunf", "14", "Android 14; moto g54 5G Build/U1TDS34.94-12-7"),
    ],
    "org": [
        (
            "Fröbel e.V.",
            "Karl-Liebknecht-Str. 29",
            "10178",
            "Berlin",
            "+49 30 2345 6780",
            "info@froebel.example",
            "frei",
        ),
        (
            "Ev. Kirchenkreis Berlin Nord",
            "Georgenkirchstraße 69",
            "10249",
            "Berlin",
            "+49 30 4433 9100",
            "verwaltung@ev-kitas.example",
            "kirchlich",
        ),
        (
            "Kinderwelt gGmbH",
            "Sendlinger Straße 7",
            "80331",
            "München",
            "+49 89 5522 0400",
            "buchhaltung@kinderwelt.example",
            "frei",
        ),
        (
            "社会福祉法人 さくら会",
            "世田谷区太子堂4-1-1",
            "154-0004",
            "東京都",
            "03-5555-0120",
            "info@sakurakai.example",
            "社会福祉法人",
        ),
        (
            "Fundación Integra",
            "Av. Marchant Pereira 726",
            "7510000",
            "Santiago",
            "+56 2 2654 5000",
            "contacto@integra.example",
            "fundación",
        ),
    ],
}


def row(table, col, first=False):
    """A column of one row of TABLES, the row drawn by the first column a context asks for."""

    def gen(f):
        if first or table not in f.rows:
            f.rows[table] = f.pick(TABLES[table])
        return f.rows[table][col]

    return gen


def jp_romaji(f):
    family, given = f.pick(JP_FAMILY)[2], f.pick(JP_GIVEN)[2]
    return f.pick([f"{given} {family}", f"{family.upper()} {given}", f"{family} {given}"])


def cl_first(f):
    return f.pick(CL_FIRST)


def cl_last(f):
    return f.pick(CL_LAST)


def cl_name(f):
    return f"{cl_first(f)} {cl_last(f)} {cl_last(f)}"


def any_name(f):
    return f.pick([de_name, jp_kanji, jp_romaji, cl_name, lambda f: f.full_name()])(f)


def child_first(f):
    return f.pick([de_first, cl_first, lambda f: f.pick(JP_GIVEN)[0], lambda f: f.pick(JP_GIVEN)[2]])(f)


def ascii_person(f, country):
    if country == "de":
        return de_first(f), de_last(f)
    if country == "jp":
        return f.pick(JP_GIVEN)[2], f.pick(JP_FAMILY)[2]
    if country == "cl":
        return cl_first(f), cl_last(f)
    return f.pick(FIRST), f.pick(LAST)


def email(f, country=None):
    country = country or f.pick(["de", "de", "jp", "cl", "xx"])
    first, last = (s.lower().translate(FOLD) for s in ascii_person(f, country))
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{last}.{first}{f.r.randint(80, 99)}",
            f"{first}_{last}",
            f"{first}-{f.r.randint(1000, 9999)}",
        ]
    )
    return f"{local}@{f.pick(MAIL[country])}"


def staff_email(f):
    first, last = (s.lower().translate(FOLD) for s in ascii_person(f, "de"))
    return f"{first[0]}.{last}@" + f.pick(
        ["kita-sonnenschein.de", "froebel-gruppe.example", "ev-kitas.example"]
    )


def de_phone(f):
    mobile = f.pick(["151", "152", "157", "160", "170", "176", "179"])
    n = f.digits(8)
    return f.pick(
        [
            f"+49 {mobile} {n[:4]} {n[4:]}",
            f"0{mobile} {n}",
            f"+49{mobile}{n}",
            f"030 {f.digits(8)}",
            f"0{mobile}/{n[:3]} {n[3:]}",
        ]
    )


def jp_phone(f):
    pre = f.pick(["090", "080", "070"])
    a, b = f.digits(4), f.digits(4)
    return f.pick(
        [f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"+81{pre[1:]}{a}{b}", f"03-{a}-{b}", f"{pre}{a}{b}"]
    )


def cl_phone(f):
    a, b = f.digits(4), f.digits(4)
    return f.pick([f"+56 9 {a} {b}", f"+569{a}{b}", f"9 {a} {b}", f"+56 2 2{a[1:]} {b}", f"(9) {a}{b}"])


def any_phone(f):
    return f.pick([de_phone, jp_phone, cl_phone, lambda f: f.phone()])(f)


DE_STREETS = [
    "Schönhauser Allee", "Kastanienallee", "Bergmannstraße", "Karl-Marx-Allee", "Hauptstraße",
    "Lindenstraße", "Am Wasserturm", "Goethestraße", "Sonnenallee", "Leipziger Straße", "Eppendorfer Weg",
    "Sendlinger Straße", "Venloer Str.",
]  # fmt: skip
DE_CITIES = [
    ("10437", "Berlin"), ("12047", "Berlin"), ("10999", "Berlin"), ("20357", "Hamburg"), ("80331", "München"),
    ("50667", "Köln"), ("04109", "Leipzig"), ("60311", "Frankfurt am Main"), ("01067", "Dresden"),
    ("14467", "Potsdam"), ("70173", "Stuttgart"),
]  # fmt: skip
JP_WARDS = [
    ("東京都", "世田谷区", "三軒茶屋", "154-0024"), ("東京都", "練馬区", "豊玉北", "176-0012"),
    ("東京都", "江東区", "豊洲", "135-0061"), ("大阪府", "大阪市北区", "天満", "530-0043"),
    ("神奈川県", "横浜市港北区", "日吉", "223-0061"), ("福岡県", "福岡市中央区", "大名", "810-0041"),
    ("愛知県", "名古屋市中区", "栄", "460-0008"),
]  # fmt: skip
CL_STREETS = [
    "Av. Providencia", "Pasaje Los Aromos", "Calle Antonio Varas", "Av. Grecia", "Av. Vicuña Mackenna",
    "Los Carrera", "Av. Pajaritos", "Calle Maipú", "Av. Alemania",
]  # fmt: skip
CL_COMUNAS = [
    "Providencia", "Ñuñoa", "Maipú", "La Florida", "Puente Alto", "Santiago", "Las Condes",
    "Viña del Mar", "Concepción", "Temuco", "Antofagasta", "Quilicura",
]  # fmt: skip


def de_street(f):
    return f"{f.pick(DE_STREETS)} {f.r.randint(1, 180)}{f.pick(['', '', 'a', 'b'])}"


def de_plz(f):
    return f.pick(DE_CITIES)[0]


def de_city(f):
    return f.pick(DE_CITIES)[1]


def jp_address(f):
    pref, ward, town, _ = f.pick(JP_WARDS)
    bldg = f.pick(
        ["", f" パークハイツ{f.r.randint(1, 9)}0{f.r.randint(1, 9)}", f" コーポ森{f.r.randint(101, 305)}号室"]
    )
    return f"{pref}{ward}{town}{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}{bldg}"


def jp_postal(f):
    return f.pick([f.pick(JP_WARDS)[3], "〒" + f.pick(JP_WARDS)[3], f.pick(JP_WARDS)[3].replace("-", "")])


def jp_ward(f):
    return f.pick(JP_WARDS)[1]


def cl_address(f):
    unit = f.pick(
        ["", f", depto {f.r.randint(101, 1805)}", f", block {f.r.randint(1, 9)} depto {f.r.randint(11, 44)}"]
    )
    return f"{f.pick(CL_STREETS)} {f.r.randint(100, 9800)}{unit}"


def cl_comuna(f):
    return f.pick(CL_COMUNAS)


def any_street(f):
    return f.pick([de_street, jp_address, cl_address, lambda f: f.street()])(f)


def any_zip(f):
    return f.pick(
        [de_plz, jp_postal, lambda f: f.pick(["7500000", "7750000", "8320000", "2520000"]), lambda f: f.zip()]
    )(f)


def any_city(f):
    return f.pick([de_city, jp_ward, cl_comuna, lambda f: f.city()])(f)


GEO = [
    (52.52, 13.405), (53.55, 9.99), (48.137, 11.575), (50.94, 6.96), (35.68, 139.69), (34.69, 135.50),
    (35.44, 139.64), (-33.45, -70.66), (-33.05, -71.62), (-36.82, -73.05),
]  # fmt: skip


def lat(f):
    f.geo = f.pick(GEO)
    return round(f.geo[0] + f.r.uniform(-0.08, 0.08), 6)


def lon(f):
    base = getattr(f, "geo", GEO[0])
    return round(base[1] + f.r.uniform(-0.08, 0.08), 6)


# -- identifiers with real check digits -------------------------------------------------------------


def rut(f, company=False):
    body = f.r.randint(76_000_000, 77_999_999) if company else f.r.randint(5_000_000, 27_999_999)
    total, weights = 0, [2, 3, 4, 5, 6, 7]
    for i, d in enumerate(reversed(str(body))):
        total += int(d) * weights[i % 6]
    dv = 11 - total % 11
    dv_s = {11: "0", 10: "K"}.get(dv, str(dv))
    s = str(body)
    dotted = f"{s[:-6]}.{s[-6:-3]}.{s[-3:]}"
    return f.pick([f"{dotted}-{dv_s}", f"{s}-{dv_s}", f"{s}{dv_s}"])


def my_number(f):
    p = [f.r.randint(0, 9) for _ in range(11)]
    total = sum(d * (n + 1 if n <= 6 else n - 5) for n, d in zip(range(1, 12), reversed(p), strict=True))
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, p)) + str(check)
    return f.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])


def steuer_id(f):
    digits = f.r.sample(range(10), 9)
    digits.append(f.pick(digits))
    f.r.shuffle(digits)
    if digits[0] == 0:
        i = next(i for i, d in enumerate(digits) if d)
        digits[0], digits[i] = digits[i], digits[0]
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    s = "".join(map(str, digits)) + str(check)
    return f.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def icao_check(s):
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in s]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def perso_nr(f):
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    body = f.pick("LMNPRTVWXY") + "".join(f.pick(alphabet) for _ in range(8))
    return body + icao_check(body)


def passport_de(f):
    body = "C" + "".join(f.pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return body


def kvnr(f):
    letter = f.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    digits = f.digits(8)
    seq = f"{ord(letter) - 64:02d}" + digits
    total = 0
    for i, c in enumerate(seq):
        v = int(c) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return f"{letter}{digits}{total % 10}"


def zairyu(f):
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(up) + f.pick(up) + f.digits(8) + f.pick(up) + f.pick(up)


def rv_nummer(f):
    area = f.pick(["12", "65", "53", "04", "23"])
    birth = f.date(1965, 2001)
    ddmmyy = birth[8:10] + birth[5:7] + birth[2:4]
    return f.pick(
        [
            f"{area} {ddmmyy} {f.pick('ABDKMSW')} {f.digits(3)}",
            f"{area}{ddmmyy}{f.pick('ABDKMSW')}{f.digits(3)}",
        ]
    )


def pm_id(f):
    return "pm_1" + "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23)
    )


def b64url(f, n):
    return "".join(
        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n)
    )


def gclid(f):
    return "Cj0KCQjw" + b64url(f, 70) + "_BwE"


def fbclid(f):
    return "IwAR" + b64url(f, 58)


def fbp(f):
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f):
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def fcm_token(f):
    return b64url(f, 22) + ":APA91b" + b64url(f, 134)


def idfa(f):
    return f.pick(["00000000-0000-0000-0000-000000000000", f.uuid().upper(), f.uuid().upper()])


def jp_date(f, start=2019, end=2024):
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"令和{y - 2018}年{m}月{d}日"])


def de_date(f, start=2019, end=2024):
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"])


def day(f):
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def hhmm(f, lo=6, hi=18):
    return f"{f.r.randint(lo, hi):02d}:{f.pick(['00', '05', '15', '20', '30', '45', '50'])}"


# -- free text --------------------------------------------------------------------------------------


def diary_note(f):
    who = child_first(f)
    return f.pick(
        [
            f"{who} hat heute lange mit {child_first(f)} in der Bauecke gespielt.",
            f"{who} war beim Waldspaziergang ganz mutig und ist auf den Baumstamm geklettert.",
            f"{who}ちゃん、今日はお散歩で公園に行きました。",
            f"{who} pintó con témperas y comió todo el almuerzo.",
            f"Heute hat {who} zum ersten Mal allein die Schuhe angezogen!",
            f"{who} hat nach dem Mittag gut geschlafen, bitte Wechselsachen mitbringen.",
        ]
    )


def photo_caption(f):
    who, other = child_first(f), child_first(f)
    return f.pick(
        [
            f"{who} und {other} beim Matschen im Garten",
            f"{who} beim Laternenbasteln",
            f"運動会の{who}ちゃん",
            f"{who} en el patio con {other}",
            f"Sommerfest: {who} am Kinderschminken-Stand",
        ]
    )


def sms_body(f):
    who = child_first(f)
    return f.pick(
        [
            f"Kita Sonnenschein: {who} wurde heute um {hhmm(f, 14, 17)} abgeholt.",
            f"Erinnerung: {who} braucht morgen Gummistiefel.",
            f"ひまわり保育園です。{who}ちゃんが発熱のためお迎えをお願いします。",
            f"Jardín Los Aromos: {who} fue retirado/a a las {hhmm(f, 14, 18)}.",
        ]
    )


def inbound_sms(f):
    who = child_first(f)
    return f.pick(
        [
            f"{who} kommt heute erst um 10",
            f"Hallo, {who} wird heute von der Oma abgeholt",
            f"{who}は今日お休みします",
            f"hola, {who} no va hoy",
        ]
    )


def ticket_text(f):
    return f.pick(
        [
            "Ich komme nicht mehr in die App, bitte ruft mich an: " + de_phone(f),
            "Die Rechnung ist doppelt abgebucht worden. Kontakt: " + email(f, "de"),
            "ログインできません。連絡先 " + jp_phone(f),
            "No puedo ver las fotos de mi hija, mi correo es " + email(f, "cl"),
            "Please update my e-mail to " + email(f),
        ]
    )


def incident_text(f):
    who = child_first(f)
    return f.pick(
        [
            f"{who} ist beim Rennen im Garten gestolpert und mit dem Knie auf die Kante gefallen.",
            f"{who} wurde beim Spielen von einem anderen Kind in den Arm gebissen.",
            f"{who} ist von der Rutsche gefallen, Beule an der Stirn, gekühlt.",
            f"{who}ちゃんが園庭で転倒し、膝をすりむきました。",
        ]
    )


def nanny_label(f):
    return f.pick(
        [
            f"Oma {de_first(f)}",
            f"Nachbarin Frau {de_last(f)}",
            f"{de_first(f)} (Tagesmutter)",
            f"祖母 {f.pick(JP_FAMILY)[0]}",
            f"Tía {cl_first(f)}",
            f"Papa {de_first(f)}",
        ]
    )


# -- contexts ---------------------------------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
PARENT_PAGES = [
    "/de/kita-suche",
    "/de/tagebuch",
    "/de/rechnungen",
    "/ja/hoiku/shinsei",
    "/es/postulacion",
    "/de/shop/fotobuch",
]
OFFICE_PAGES = ["/families", "/applications", "/waitlist", "/reports", "/staff", "/invoices"]


def consent_block():
    return {
        "categoryPreferences": {
            "Advertising": G(lambda f: f.pick([True, False])),
            "Analytics": G(lambda f: f.pick([True, False, True])),
            "Functional": G(lambda f: True),
        }
    }


def web_base(pages, host, title):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(pages)),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.de/", f"https://{host}/", "https://www.bing.com/"])
            ),
            "search": G(lambda f: f.pick(["", "?tab=offen", "?page=2", "?lang=ja"])),
            "title": G(lambda f: f.pick(title)),
            "url": G(lambda f: f"https://{host}{f.pick(pages)}"),
        },
        "userAgent": G(lambda f: f.pick(UA_DESKTOP)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "ja-JP", "es-CL", "en-US", "tr-TR"])),
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Asia/Tokyo", "America/Santiago"])),
        "consent": consent_block(),
    }


def web_parent(f):
    return web_base(
        PARENT_PAGES,
        "app.kinderly.example",
        ["Kinderly | Eltern", "Tagebuch | Kinderly", "保育園申込 | Kinderly"],
    )


def web_lp(f):
    ctx = web_base(
        ["/", "/kita-finden", "/preise", "/ja", "/es/jardines"],
        "www.kinderly.example",
        ["Kita finden | Kinderly", "Kinderly | 保育園探し", "Kinderly | Salas cuna"],
    )
    ctx["campaign"] = {
        "name": G(lambda f: f.pick(["kita_suche_berlin", "hoikuen_2025", "sala_cuna_marzo"])),
        "source": G(lambda f: f.pick(["google", "facebook", "instagram", "line"])),
        "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
        "term": G(
            lambda f: f.pick(
                ["kita platz berlin", "保育園 空き 世田谷", "sala cuna providencia", "kitaplatz finden"]
            )
        ),
        "content": G(lambda f: f.pick(["carousel_a", "video_15s", "text_b"])),
    }
    return ctx


def web_office(f):
    ctx = web_base(
        OFFICE_PAGES,
        "office.kinderly.example",
        ["Familien | Office", "Warteliste | Office", "Berichte | Office"],
    )
    ctx["groupId"] = G(lambda f: "org_" + f.digits(5))
    return ctx


def parent_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(lambda f: f.pick([de_first, cl_first, lambda f: f.pick(JP_GIVEN)[2]])(f), "name"),
        "kitaId": G(lambda f: "kita_" + f.digits(4)),
        "childrenCount": G(lambda f: f.r.randint(1, 3)),
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Kinderly"),
            "version": G(lambda f: f.pick(["4.12.0", "4.12.1", "4.13.0"])),
            "build": G(lambda f: f.pick(["41200", "41210", "41300"])),
            "namespace": G(lambda f: "app.kinderly.parents"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,4", "iPhone16,2", "iPhone12,8"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([False, True])),
            "advertisingId": Y(idfa, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-CL", "en-DE", "tr-DE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Santiago"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": parent_traits(),
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Kinderly"),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0", "4.11.2"])),
            "build": G(lambda f: f.pick(["412000", "413002", "411207"])),
            "namespace": G(lambda f: "app.kinderly.parents"),
        },
        "device": {
            "id": G(lambda f: f.hexid(64)),
            "manufacturer": G(row("kotlin", 0, first=True)),
            "model": G(row("kotlin", 1)),
            "name": G(row("kotlin", 2)),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.2", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "es-CL", "ar-DE", "pl-PL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["Telekom.de", "Vodafone.de", "o2 - de", "Entel", "Movistar CL", "WOM"])
            ),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(row("kotlin", 3))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
            "width": G(lambda f: 1080),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "America/Santiago"])),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; {f.rows['kotlin'][4]})"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {**parent_traits(), "anonymousId": G(lambda f: f.uuid())},
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "ほいくノート"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "jp.hoikunote.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(row("rn", 0, first=True)),
            "model": G(row("rn", 1)),
            "name": G(row("rn", 2)),
            "type": G(row("rn", 3)),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0", "2.18.2"])),
        },
        "locale": G(lambda f: f.pick(["ja-JP", "en-JP", "ko-JP"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(row("rn", 4)), "version": G(row("rn", 5))},
        "screen": {"height": G(row("rn", 7)), "width": G(row("rn", 6))},
        "timezone": G(lambda f: "Asia/Tokyo"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"name": Y(jp_kanji, "name"), "email": Y(lambda f: email(f, "jp"), "email")},
        "location": {
            "latitude": Y(lambda f: round(35.6 + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "longitude": Y(lambda f: round(139.7 + f.r.uniform(-0.2, 0.2), 6), "geolocation"),
            "city": Y(lambda f: f.pick(["Setagaya", "Nerima", "Koto", "世田谷区", "Yokohama"]), "city"),
            "country": G(lambda f: "Japan"),
        },
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Kinderly Team"),
            "version": G(lambda f: f.pick(["3.4.0", "3.4.2", "3.5.0"])),
            "build": G(lambda f: f.pick(["340", "342", "350"])),
            "namespace": G(lambda f: "app.kinderly.team"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-X200", "iPad13,18", "TB-X306F", "SM-T225"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.2", "1.1.4", "1.0.9"])),
        },
        "locale": G(lambda f: f.pick(["de-DE", "ja-JP", "es-CL"])),
        "network": {"wifi": G(lambda f: f.pick([True, True, False]))},
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["13", "17.5", "11"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([800, 1080, 820])),
            "height": G(lambda f: f.pick([1340, 1180, 1280])),
        },
        "timezone": G(lambda f: f.pick(["Europe/Berlin", "Asia/Tokyo", "America/Santiago"])),
        "traits": {
            "role": G(lambda f: f.pick(["educator", "lead", "trainee"])),
            "kitaId": G(lambda f: "kita_" + f.digits(4)),
        },
    }


def server(name, version, ip=False, extra=None):
    def ctx(f):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if ip:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        out.update(extra or {})
        return out

    return ctx


CONTEXTS = {
    "web_parent": web_parent,
    "web_lp": web_lp,
    "web_office": web_office,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "python": server("analytics-python", "2.3.3", ip=True),
    "node": server("@segment/analytics-node", "2.1.2"),
    "go": server(
        "analytics-go",
        "3.3.0",
        ip=True,
        extra={"locale": G(lambda f: "ja-JP"), "timezone": G(lambda f: "Asia/Tokyo")},
    ),
    "java": server("analytics-java", "3.5.1"),
    "ruby": server(
        "analytics-ruby",
        "2.4.3",
        extra={
            "externalIds": Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        },
    ),
    "php": server(
        "analytics-php",
        "3.7.0",
        ip=True,
        extra={"userAgent": G(lambda f: f.pick(UA_DESKTOP))},
    ),
    "dotnet": server("analytics-csharp", "2.3.2"),
}

PARENT_APP = ["swift", "kotlin"]
KITAS = [
    "Kita Sonnenschein",
    "Kita Pusteblume",
    "Ev. Kita Zum Guten Hirten",
    "ひまわり保育園",
    "さくら保育園",
    "Jardín Infantil Los Aromos",
    "Sala Cuna Semillita",
]
TRAEGER = [
    "Fröbel e.V.",
    "Ev. Kirchenkreis Berlin Nord",
    "Kinderwelt gGmbH",
    "社会福祉法人 さくら会",
    "Fundación Integra",
    "JUNJI",
]


def kita_id(f):
    return "kita_" + f.digits(4)


def child_id(f):
    return "chd_" + f.hexid(10)


def address_block(zip_gen=any_zip):
    return {
        "street": Y(any_street, "address|street"),
        "postalCode": Y(zip_gen, "zipcode"),
        "city": Y(any_city, "city"),
        "country": G(lambda f: f.pick(["DE", "JP", "CL"])),
    }


def product():
    return {
        "product_id": G(lambda f: "prod_" + f.digits(5)),
        "sku": G(lambda f: f.pick(["FB-A4-HC", "PRNT-10x15", "KAL-2025-A3", "TSH-KITA-104", "MAG-SET-6"])),
        "name": G(
            lambda f: f.pick(
                [
                    "Fotobuch A4 Hardcover",
                    "Fotoabzüge 10x15",
                    "Jahreskalender 2025",
                    "Kita-T-Shirt Gr. 104",
                    "Foto-Magnete 6er",
                ]
            )
        ),
        "price": G(lambda f: f.money(3, 45)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "category": G(lambda f: f.pick(["Fotobuch", "Abzüge", "Kalender", "Merch"])),
    }


# -- events -----------------------------------------------------------------------------------------

EVENTS = [
    # -- identify -------------------------------------------------------------------------------------
    (
        "identify",
        None,
        [*PARENT_APP, "web_parent"],
        {
            "email": Y(email, "email"),
            "firstName": Y(lambda f: f.pick([de_first, cl_first])(f), "name"),
            "lastName": Y(lambda f: f.pick([de_last, cl_last])(f), "name"),
            "phone": Y(lambda f: f.pick([de_phone, cl_phone])(f), "phone"),
            "address": address_block(),
            "birthday": Y(lambda f: f.date(1978, 2002), "birthdate"),
            "avatar": Y(lambda f: f"https://cdn.kinderly.example/avatars/{f.hexid(16)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "role": G(lambda f: f.pick(["parent", "guardian", "grandparent"])),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "kitaId": G(kita_id),
            "plan": G(lambda f: f.pick(["free", "plus", "family_plus"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["rn"],
        {
            "name": Y(jp_kanji, "name"),
            "nameKana": Y(jp_kana, "name"),
            "email": Y(lambda f: email(f, "jp"), "email"),
            "phone": Y(jp_phone, "phone"),
            "postalCode": Y(jp_postal, "zipcode"),
            "homeAddress": Y(jp_address, "address"),
            "ward": Y(jp_ward, "city"),
            "prefecture": G(lambda f: f.pick(["東京都", "大阪府", "神奈川県", "福岡県"])),
            "hoikuenId": G(lambda f: "hk" + f.digits(6)),
            "lineLinked": G(lambda f: f.pick([True, False])),
            "lineUserId": G(lambda f: "U" + f.hexid(32)),
            "childrenCount": G(lambda f: f.r.randint(1, 3)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "rut": RED(rut, "national id"),
            "nombre": Y(cl_first, "name"),
            "apellidos": Y(lambda f: f"{cl_last(f)} {cl_last(f)}", "name"),
            "email": Y(lambda f: email(f, "cl"), "email"),
            "telefono": Y(cl_phone, "phone"),
            "direccion": Y(cl_address, "address"),
            "comuna": Y(cl_comuna, "city"),
            "region": G(lambda f: f.pick(["Metropolitana", "Valparaíso", "Biobío", "Araucanía"])),
            "jardinId": G(lambda f: "JI-" + f.digits(5)),
            "fechaRegistro": G(day),
            "aceptaTerminos": G(lambda f: True),
            "canalRegistro": G(lambda f: f.pick(["app", "web", "presencial"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(de_first, "name"),
            "LAST_NAME": Y(de_last, "name"),
            "EMAIL": Y(lambda f: email(f, "de"), "email"),
            "PHONE_NUMBER": Y(de_phone, "phone"),
            "HOME_CITY": Y(de_city, "city"),
            "POSTAL_CODE": Y(de_plz, "zipcode"),
            "COUNTRY_CODE": G(lambda f: "DE"),
            "LIFETIME_FEES_EUR": G(lambda f: f.money(200, 12000)),
            "CHILDREN_ENROLLED": G(lambda f: f.r.randint(0, 3)),
            "IS_SUBSIDISED": G(lambda f: f.pick([True, False])),
            "INCOME_BAND": G(lambda f: f.pick(["<30k", "30-50k", "50-80k", ">80k"])),
            "PRIMARY_KITA_NAME": G(lambda f: f.pick(KITAS[:3])),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "name": Y(lambda f: f.pick([de_name, jp_kanji, cl_name])(f), "name"),
            "email": Y(staff_email, "email"),
            "staffNumber": G(lambda f: "MA-" + f.digits(5)),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Erzieherin", "Kita-Leitung", "保育士", "Educadora de Párvulos", "Sozialassistent"]
                )
            ),
            "employmentType": G(lambda f: f.pick(["full_time", "part_time", "mini_job"])),
            "weeklyHours": G(lambda f: f.pick([20, 30, 35, 39])),
            "hiredAt": G(day),
            "kitaId": G(kita_id),
        },
    ),
    # -- acquisition ----------------------------------------------------------------------------------
    (
        "page",
        "Landing",
        ["web_lp"],
        {
            "path": G(lambda f: f.pick(["/", "/kita-finden", "/ja"])),
            "url": G(lambda f: "https://www.kinderly.example" + f.pick(["/", "/kita-finden", "/ja"])),
            "title": G(lambda f: f.pick(["Kita finden | Kinderly", "Kinderly | 保育園探し", "Kinderly"])),
            "referrer": G(lambda f: f.pick(["https://www.google.de/", "https://l.facebook.com/", ""])),
            "search": G(
                lambda f: f.pick(
                    ["?utm_source=google&utm_medium=cpc", "?utm_source=facebook", "?utm_source=line"]
                )
            ),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Lead Form Submitted",
        ["web_lp"],
        {
            "formId": G(lambda f: f.pick(["lp-kita-berlin", "lp-hoiku", "lp-sala-cuna"])),
            "email": Y(email, "email"),
            "childAgeMonths": G(lambda f: f.r.randint(0, 60)),
            "postalCodeSearched": G(lambda f: f.pick(["10437", "154-0024", "7500000", "80331"])),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "newsletter": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Conversion Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Lead", "CompleteRegistration", "Purchase"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_DESKTOP)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "external_id": G(lambda f: f.hexid(64)),
            },
            "custom_data": {"value": G(lambda f: f.money(0, 50)), "currency": G(lambda f: "EUR")},
        },
    ),
    # -- search & application -------------------------------------------------------------------------
    (
        "track",
        "Kita Searched",
        [*PARENT_APP, "web_lp"],
        {
            "query": G(
                lambda f: f.pick(["Kita Prenzlauer Berg", "Waldkita", "bilingual", "Krippe Neukölln"])
            ),
            "searchPostalCode": G(lambda f: f.pick(["10437", "12047", "20357", "80331"])),
            "nearMe": G(lambda f: f.pick([True, False])),
            "radiusKm": G(lambda f: f.pick([1, 2, 5, 10])),
            "resultsCount": G(lambda f: f.r.randint(0, 60)),
            "searchCenter": {"lat": G(lambda f: 52.53), "lng": G(lambda f: f.pick([13.41, 13.43, 13.39]))},
        },
    ),
    (
        "track",
        "Kita Viewed",
        [*PARENT_APP, "web_parent"],
        {
            "kitaId": G(kita_id),
            "kitaName": G(lambda f: f.pick(KITAS)),
            "traeger": G(lambda f: f.pick(TRAEGER)),
            "district": G(lambda f: f.pick(["Pankow", "Neukölln", "Altona", "世田谷区", "Providencia"])),
            "freePlaces": G(lambda f: f.r.randint(0, 8)),
            "distanceKm": G(lambda f: f.money(0, 8)),
        },
    ),
    (
        "track",
        "Place Application Submitted",
        [*PARENT_APP, "web_parent"],
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "kitaIds": Many(G(kita_id), 4),
            "desiredStartDate": G(day),
            "careHours": G(lambda f: f.pick(["bis 7h", "7-9h", "über 9h"])),
            "child": {
                "firstName": Y(child_first, "name"),
                "lastName": Y(lambda f: f.pick([de_last, cl_last])(f), "name"),
                "birthDate": Y(lambda f: f.date(2020, 2024), "birthdate"),
                "gender": Y(lambda f: f.pick(["weiblich", "männlich", "divers", "female", "male"]), "gender"),
            },
            "expectedDueDate": Y(lambda f: f.date(2025, 2025), "birthdate"),
            "siblingsInKita": G(lambda f: f.pick([True, False])),
            "siblingNames": Many(Y(child_first, "name"), 2),
            "parent": {
                "firstName": Y(de_first, "name"),
                "lastName": Y(de_last, "name"),
                "email": Y(email, "email"),
                "phone": Y(de_phone, "phone"),
            },
            "message": G(
                lambda f: f.pick(
                    [
                        "Wir freuen uns auf eine Rückmeldung.",
                        "Start auch später möglich.",
                        "Gerne auch Teilzeit.",
                        "",
                    ]
                )
            ),
            "hasGutschein": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Waitlist Position Updated",
        ["python"],
        {
            "application_id": G(lambda f: "app_" + f.hexid(12)),
            "kita_id": G(kita_id),
            "position": G(lambda f: f.r.randint(1, 140)),
            "status": G(lambda f: f.pick(["waiting", "offered", "withdrawn", "expired"])),
            "parent_email": Y(lambda f: email(f, "de"), "email"),
        },
    ),
    (
        "track",
        "Place Offered",
        ["web_office"],
        {
            "offerId": G(lambda f: "off_" + f.digits(7)),
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "kitaName": G(lambda f: f.pick(KITAS)),
            "startDate": G(day),
            "childName": Y(lambda f: f"{child_first(f)} {de_last(f)}", "name"),
            "offeredBy": Y(de_name, "name"),
            "careHours": G(lambda f: f.pick(["bis 7h", "7-9h", "über 9h"])),
        },
    ),
    (
        "track",
        "Betreuungsvertrag Unterschrieben",
        ["python"],
        {
            "vertragsnummer": G(lambda f: "BV-2024-" + f.digits(5)),
            "kind": {
                "vorname": Y(de_first, "name"),
                "nachname": Y(de_last, "name"),
                "geburtsdatum": Y(lambda f: de_date(f, 2020, 2024), "birthdate"),
                "geschlecht": Y(lambda f: f.pick(["w", "m", "d"]), "gender"),
                "konfession": Y(lambda f: f.pick(["ev.", "rk.", "muslimisch", "ohne"]), "religion"),
                "staatsangehoerigkeit": Y(
                    lambda f: f.pick(["deutsch", "türkisch", "ukrainisch", "syrisch", "polnisch"]),
                    "citizenship",
                ),
                "familiensprache": G(lambda f: f.pick(["Deutsch", "Türkisch", "Arabisch", "Ukrainisch"])),
                "masernschutzNachweis": Y(lambda f: f.pick([True, True, False]), "condition|procedure"),
            },
            "sorgeberechtigte": Many(
                {
                    "vorname": Y(de_first, "name"),
                    "nachname": Y(de_last, "name"),
                    "strasse": Y(lambda f: f.pick(DE_STREETS), "address|street"),
                    "hausnummer": Y(
                        lambda f: str(f.r.randint(1, 180)) + f.pick(["", "a", "b"]), "address|street"
                    ),
                    "plz": Y(de_plz, "zipcode"),
                    "ort": Y(de_city, "city"),
                    "telefon": Y(de_phone, "phone"),
                    "email": Y(lambda f: email(f, "de"), "email"),
                    "arbeitgeber": G(
                        lambda f: f.pick(["Charité", "Deutsche Bahn AG", "Zalando SE", "selbstständig"])
                    ),
                    "alleinerziehend": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "kinderarzt": {
                "name": Y(lambda f: "Dr. " + de_name(f), "name"),
                "praxis": G(
                    lambda f: f.pick(
                        ["Kinderarztpraxis am Park", "MVZ Kinderheilkunde Mitte", "Praxis Dr. Sommer"]
                    )
                ),
                "telefon": G(lambda f: f.pick(["030 4432 1100", "040 822 311 0", "089 5454 2020"])),
            },
            "betreuungsumfang": G(lambda f: f.pick(["ganztags", "teilzeit", "halbtags"])),
            "eintrittsdatum": G(day),
            "elternbeitrag": G(lambda f: f.money(0, 480)),
            "sepa": {
                "iban": RED(lambda f: f.iban("DE"), "bank account"),
                "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEDBBER", "BELADEBEXXX", "GENODEF1S04"])),
                "kontoinhaber": Y(de_name, "name"),
                "mandatsreferenz": G(lambda f: "KITA-" + f.digits(8)),
                "glaeubigerId": G(lambda f: "DE98ZZZ0" + f.digits(10)),
            },
        },
    ),
    # -- daily diary ----------------------------------------------------------------------------------
    (
        "track",
        "Diary Entry Viewed",
        [*PARENT_APP, "rn"],
        {
            "entryId": G(lambda f: f.uuid()),
            "childId": G(child_id),
            "date": G(day),
            "entryTypes": Many(G(lambda f: f.pick(["nap", "meal", "nappy", "note", "photo"])), 4),
            "photosCount": G(lambda f: f.r.randint(0, 12)),
        },
    ),
    (
        "track",
        "Nap Logged",
        ["flutter"],
        {
            "childId": G(child_id),
            "napStart": G(lambda f: hhmm(f, 11, 13)),
            "napEnd": G(lambda f: hhmm(f, 13, 15)),
            "durationMin": G(lambda f: f.r.randint(20, 150)),
            "sleepPosition": G(lambda f: f.pick(["Rücken", "Seite", "仰向け"])),
        },
    ),
    (
        "track",
        "Meal Logged",
        ["flutter"],
        {
            "childId": G(child_id),
            "mealType": G(lambda f: f.pick(["Frühstück", "Mittagessen", "Vesper", "おやつ", "almuerzo"])),
            "menuItem": G(
                lambda f: f.pick(
                    ["Gemüselasagne", "Kartoffelsuppe", "カレーライス", "Cazuela de ave", "Fischstäbchen"]
                )
            ),
            "portionEaten": G(lambda f: f.pick(["all", "half", "little", "none"])),
            "comment": G(
                lambda f: f.pick(
                    ["Hat gut gegessen", "Nachschlag genommen", "おかわりしました", "Comió todo", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Nappy Changed",
        ["flutter"],
        {
            "childId": G(child_id),
            "changedAt": G(lambda f: f.iso()),
            "contents": G(lambda f: f.pick(["nass", "voll", "trocken"])),
            "creamApplied": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Diary Note Posted",
        ["flutter"],
        {
            "noteId": G(lambda f: f.uuid()),
            "childId": G(child_id),
            "note": Y(diary_note, "name", True),
            "visibility": G(lambda f: f.pick(["parents", "team", "private"])),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "language": G(lambda f: f.pick(["de", "ja", "es"])),
        },
    ),
    (
        "track",
        "Photo Uploaded",
        ["flutter"],
        {
            "photoId": G(lambda f: f.uuid()),
            "photoUrl": Y(lambda f: f"https://media.kinderly.example/p/{f.hexid(20)}.jpg", "photo"),
            "thumbnailUrl": Y(lambda f: f"https://media.kinderly.example/t/{f.hexid(20)}_320.jpg", "photo"),
            "taggedChildren": Many({"childId": G(child_id), "name": Y(child_first, "name")}, 3),
            "caption": Y(photo_caption, "name", True),
            "albumName": G(lambda f: f.pick(["Sommerfest 2024", "Waldtag", "運動会", "Fiestas Patrias"])),
            "exif": {
                "takenAt": G(lambda f: f.iso()),
                "gpsLatitude": Y(lat, "geolocation"),
                "gpsLongitude": Y(lon, "geolocation"),
            },
            "faceBlurApplied": G(lambda f: f.pick([True, False])),
            "width": G(lambda f: f.pick([3024, 4032, 1920])),
            "height": G(lambda f: f.pick([4032, 3024, 1080])),
        },
    ),
    (
        "screen",
        "Child Profile",
        [*PARENT_APP, "rn"],
        {"childId": G(child_id), "tab": G(lambda f: f.pick(["diary", "health", "pickup", "documents"]))},
    ),
    (
        "screen",
        "Photo Gallery",
        [*PARENT_APP, "rn", "flutter"],
        {"albumId": G(lambda f: "alb_" + f.digits(6)), "photoCount": G(lambda f: f.r.randint(1, 300))},
    ),
    # -- pick-up ----------------------------------------------------------------------------------------
    (
        "track",
        "Pick-up Authorisation Added",
        PARENT_APP,
        {
            "authorisationId": G(lambda f: "auth_" + f.digits(8)),
            "childId": G(child_id),
            "person": {
                "firstName": Y(lambda f: f.pick([de_first, cl_first])(f), "name"),
                "lastName": Y(lambda f: f.pick([de_last, cl_last])(f), "name"),
                "relation": G(lambda f: f.pick(["Oma", "Opa", "Nachbarin", "Tagesmutter", "abuela", "tío"])),
                "phone": Y(lambda f: f.pick([de_phone, cl_phone])(f), "phone"),
                "photoUrl": Y(lambda f: f"https://media.kinderly.example/pickup/{f.hexid(16)}.jpg", "photo"),
                "idDocumentType": G(lambda f: f.pick(["Personalausweis", "Reisepass", "cédula"])),
                "idDocumentNumber": RED(lambda f: f.pick([perso_nr, passport_de])(f), "national id|passport"),
            },
            "validFrom": G(day),
            "validUntil": G(day),
            "isRecurring": G(lambda f: f.pick([True, False])),
            "weekdays": Many(G(lambda f: f.pick(["MO", "TU", "WE", "TH", "FR"])), 3),
            "codeWord": RED(
                lambda f: f.pick(["Pusteblume", "Marienkäfer", "Zitronenfalter", "Regenbogen7"]), "password"
            ),
        },
    ),
    (
        "track",
        "Pick-up Confirmed",
        ["flutter"],
        {
            "childId": G(child_id),
            "authorisationId": G(lambda f: "auth_" + f.digits(8)),
            "pickedUpAt": G(lambda f: f.iso()),
            "pickedUpByName": Y(lambda f: f.pick([de_name, jp_kanji, cl_name])(f), "name"),
            "verifiedWith": G(lambda f: f.pick(["Ausweis", "Kennwort", "persönlich bekannt"])),
            "lateMinutes": G(lambda f: f.pick([0, 0, 5, 12, 25])),
        },
    ),
    (
        "track",
        "Pick-up Restriction Added",
        ["web_office"],
        {
            "childId": G(child_id),
            "restrictedPersonName": Y(de_name, "name"),
            "courtOrderOnFile": G(lambda f: f.pick([True, False])),
            "notifyAllStaff": G(lambda f: True),
        },
    ),
    (
        "track",
        "Asistencia Registrada",
        ["flutter"],
        {
            "nino_id": G(child_id),
            "fecha": G(day),
            "presente": G(lambda f: f.pick([True, True, False])),
            "hora_llegada": G(lambda f: hhmm(f, 7, 10)),
            "retirado_por_nombre": Y(cl_name, "name"),
            "rut_retira": RED(rut, "national id"),
            "educadora_id": G(lambda f: "ED-" + f.digits(4)),
        },
    ),
    # -- health ---------------------------------------------------------------------------------------
    (
        "track",
        "Sick Note Submitted",
        [*PARENT_APP, "rn"],
        {
            "absenceId": G(lambda f: "abs_" + f.digits(7)),
            "childId": G(child_id),
            "absentFrom": G(day),
            "absentUntil": G(day),
            "reason": Y(
                lambda f: f.pick(["krank", "Urlaub", "Arzttermin", "familiär", "病気", "enfermedad"]),
                "condition",
            ),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["Fieber", "Husten", "Erbrechen", "Durchfall", "Ausschlag", "発熱", "fiebre"]
                    ),
                    "condition",
                ),
                3,
            ),
            "diagnosis": Y(
                lambda f: f.pick(
                    [
                        "Scharlach",
                        "Hand-Fuß-Mund-Krankheit",
                        "Bindehautentzündung",
                        "インフルエンザA型",
                        "RSウイルス",
                        "varicela",
                    ]
                ),
                "diagnosis",
            ),
            "contagious": Y(lambda f: f.pick([True, False]), "condition"),
            "temperatureC": Y(lambda f: round(f.r.uniform(37.2, 40.1), 1), "condition"),
            "doctorNoteUploaded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Allergy Info Updated",
        PARENT_APP,
        {
            "childId": G(child_id),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["Erdnuss", "Kuhmilch", "Hühnerei", "Haselnuss", "Sesam", "Weizen"]),
                    "allergy",
                ),
                3,
            ),
            "severity": Y(lambda f: f.pick(["leicht", "mittel", "anaphylaktisch"]), "allergy"),
            "epiPenAtKita": Y(lambda f: f.pick([True, False]), "allergy|medication"),
            "dietType": Y(
                lambda f: f.pick(["vegetarisch", "halal", "koscher", "ohne Schweinefleisch", "keine"]),
                "religion",
            ),
            "petsAtHome": Many(
                {
                    "species": G(lambda f: f.pick(["Katze", "Hund", "Kaninchen"])),
                    "name": G(lambda f: f.pick(["Mimi", "Bello", "Flocke", "Luna"])),
                },
                2,
            ),
            "updatedBy": G(lambda f: f.pick(["parent", "kita", "admin"])),
        },
    ),
    (
        "track",
        "Medication Consent Signed",
        PARENT_APP,
        {
            "consentId": G(lambda f: "mc_" + f.digits(7)),
            "childId": G(child_id),
            "medication": Y(
                lambda f: f.pick(["Salbutamol Spray", "Fenistil Tropfen", "Nurofen Saft 2%", "Emerade 150"]),
                "medication",
            ),
            "dosage": Y(lambda f: f.pick(["2 Hübe", "10 Tropfen", "5 ml", "1 Injektion"]), "medication"),
            "schedule": G(lambda f: f.pick(["bei Bedarf", "08:00, 12:00", "bei Fieber über 38,5"])),
            "prescribingDoctor": Y(lambda f: "Dr. " + de_name(f), "name"),
            "condition": Y(
                lambda f: f.pick(["Asthma", "Neurodermitis", "Epilepsie", "Anaphylaxie"]),
                "condition|diagnosis",
            ),
            "rxNumber": Y(lambda f: f.digits(9), "medication"),
            "validUntil": G(day),
            "signedByName": Y(de_name, "name"),
            "signedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Medication Administered",
        ["flutter"],
        {
            "childId": G(child_id),
            "consentId": G(lambda f: "mc_" + f.digits(7)),
            "medicationName": Y(
                lambda f: f.pick(["Salbutamol Spray", "Fenistil Tropfen", "Nurofen Saft 2%"]), "medication"
            ),
            "doseMl": G(lambda f: f.pick([2.5, 5, 7.5])),
            "administeredAt": G(lambda f: f.iso()),
            "administeredByStaffId": G(lambda f: "MA-" + f.digits(5)),
            "witnessName": Y(de_name, "name"),
        },
    ),
    (
        "track",
        "Vaccination Record Updated",
        ["rn"],
        {
            "childId": G(child_id),
            "vaccines": Many(
                Y(
                    lambda f: f.pick(["BCG", "MR 1期", "四種混合 3回目", "ロタウイルス", "水痘 2回目"]),
                    "procedure",
                ),
                3,
            ),
            "boshiTechoUploaded": G(lambda f: f.pick([True, False])),
            "nextDueDate": G(day),
        },
    ),
    (
        "track",
        "Ficha de Salud Actualizada",
        ["kotlin"],
        {
            "nino_id": G(child_id),
            "alergias": Many(
                Y(lambda f: f.pick(["maní", "proteína de leche de vaca", "huevo", "penicilina"]), "allergy"),
                2,
            ),
            "enfermedades_cronicas": Many(
                Y(
                    lambda f: f.pick(["asma", "epilepsia", "diabetes tipo 1", "cardiopatía congénita"]),
                    "condition",
                ),
                2,
            ),
            "medicamentos": Many(
                Y(lambda f: f.pick(["salbutamol", "levetiracetam", "insulina", "paracetamol"]), "medication"),
                2,
            ),
            "grupo_sanguineo": Y(lambda f: f.pick(["O+", "A+", "B-", "AB+"]), "condition"),
            "prevision": G(
                lambda f: f.pick(["FONASA", "Isapre Colmena", "Isapre Banmédica", "Isapre Cruz Blanca"])
            ),
            "numero_ficha_clinica": RED(lambda f: f.digits(7), "health id"),
            "contacto_emergencia": {
                "nombre": Y(cl_name, "name"),
                "telefono": Y(cl_phone, "phone"),
                "parentesco": G(lambda f: f.pick(["abuela", "tía", "padre", "madrina"])),
            },
        },
    ),
    (
        "track",
        "Emergency Contacts Updated",
        PARENT_APP,
        {
            "childId": G(child_id),
            "contacts": Many(
                {
                    "label": Y(nanny_label, "name", True),
                    "value": Y(lambda f: f.pick([de_phone, jp_phone, cl_phone])(f), "phone", True),
                    "priority": G(lambda f: f.r.randint(1, 3)),
                    "canPickUp": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "healthCardNumber": RED(kvnr, "health id"),
            "insurer": G(lambda f: f.pick(["AOK Nordost", "TK", "Barmer", "DAK-Gesundheit"])),
        },
    ),
    # -- household & chat ---------------------------------------------------------------------------
    (
        "track",
        "Household Updated",
        PARENT_APP,
        {
            "householdId": G(lambda f: "hh_" + f.digits(6)),
            "adults": Many(
                {
                    "firstName": Y(lambda f: f.pick([de_first, cl_first])(f), "name"),
                    "relation": G(lambda f: f.pick(["Mutter", "Vater", "Partner:in", "madre", "padre"])),
                    "employer": G(lambda f: f.pick(["Siemens AG", "Vivantes", "Falabella", "freiberuflich"])),
                    "jobTitle": G(
                        lambda f: f.pick(["Pflegefachkraft", "Softwareentwicklerin", "Lehrer", "vendedora"])
                    ),
                },
                2,
            ),
            "maritalStatus": G(lambda f: f.pick(["verheiratet", "ledig", "getrennt", "casada"])),
            "custody": G(lambda f: f.pick(["gemeinsam", "allein", "compartida"])),
            "languagesAtHome": Many(G(lambda f: f.pick(["de", "tr", "ar", "uk", "es", "ht"])), 2),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        [*PARENT_APP, "flutter"],
        {
            "conversationId": G(lambda f: "conv_" + f.hexid(8)),
            "text": G(
                lambda f: f.pick(
                    [
                        "Danke!",
                        "Bis morgen",
                        "Wir kommen heute später, ca. 9:30",
                        "Ist die Matschhose noch in der Kita?",
                        "了解しました",
                        "Gracias tía",
                    ]
                )
            ),
            "recipientName": Y(lambda f: f.pick([de_name, cl_name])(f), "name"),
            "recipientRole": G(lambda f: f.pick(["educator", "parent", "lead"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        PARENT_APP,
        {
            "referralCode": G(lambda f: "KIND-" + f.hexid(6).upper()),
            "recipientEmail": Y(email, "email"),
            "recipientFirstName": Y(lambda f: f.pick([de_first, cl_first])(f), "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "link"])),
            "rewardEur": G(lambda f: f.pick([10, 15, 20])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        [*PARENT_APP, "web_parent"],
        {
            "documentId": G(lambda f: "doc_" + f.hexid(10)),
            "documentType": G(
                lambda f: f.pick(["Arbeitgeberbescheinigung", "Einkommensnachweis", "Impfpass", "Gutschein"])
            ),
            "fileName": Y(
                lambda f: (
                    f"{f.pick(['Gehaltsnachweis', 'Arbeitgeberbescheinigung', 'Scan', 'Bescheid'])}_"
                    f"{f.pick([de_last, cl_last])(f)}_{f.r.randint(2023, 2024)}.pdf"
                ),
                "name",
                True,
            ),
            "mimeType": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web_parent"],
        {
            "input": Y(lambda f: f.pick(DE_STREETS) + " " + str(f.r.randint(1, 120)), "address|street", True),
            "sessionToken": G(lambda f: f.uuid()),
            "selectedPlaceId": G(lambda f: "ChIJ" + b64url(f, 23)),
            "country": G(lambda f: "de"),
        },
    ),
    # -- account --------------------------------------------------------------------------------------
    (
        "track",
        "Signed In",
        [*PARENT_APP, "web_parent", "rn"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "google", "line"])),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "token": RED(lambda f: b64url(f, 43), "token"),
            "expiresInSec": G(lambda f: f.pick([900, 1800, 3600])),
            "redirectPath": G(lambda f: f.pick(["/tagebuch", "/rechnungen", "/"])),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["ruby"],
        {
            "phone": Y(any_phone, "phone"),
            "otpCode": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "provider": G(lambda f: f.pick(["twilio", "vonage", "messagebird"])),
        },
    ),
    (
        "track",
        "Push Token Registered",
        PARENT_APP,
        {
            "pushToken": RED(lambda f: f.pick([f.hexid(64), fcm_token(f)]), "token"),
            "platform": G(lambda f: f.pick(["apns", "fcm"])),
        },
    ),
    ("alias", None, [*PARENT_APP, "rn"], None),
    (
        "track",
        "Application Opened",
        [*PARENT_APP, "rn"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.12.0", "4.13.0", "2.8.3"])),
            "build": G(lambda f: f.pick(["41200", "413002", "283"])),
            "url": G(
                lambda f: f.pick(
                    ["kinderly://diary", "kinderly://photos/alb_1200", "hoikunote://renrakucho", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Subscription Purchased",
        ["swift"],
        {
            "productId": G(
                lambda f: f.pick(
                    ["app.kinderly.plus.monthly", "app.kinderly.plus.yearly", "app.kinderly.family.yearly"]
                )
            ),
            "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
            "appAccountToken": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([3.99, 39.99, 59.99])),
            "currency": G(lambda f: f.pick(["EUR", "CLP", "JPY"])),
        },
    ),
    # -- shop (e-commerce spec) -----------------------------------------------------------------------
    ("track", "Product Viewed", [*PARENT_APP, "web_parent"], {**product(), "currency": G(lambda f: "EUR")}),
    (
        "track",
        "Product Added",
        [*PARENT_APP, "web_parent"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Order Completed",
        ["web_parent", "swift"],
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "revenue": G(lambda f: f.money(10, 120)),
            "shipping": G(lambda f: f.pick([0.0, 3.95, 4.95])),
            "tax": G(lambda f: f.money(1, 20)),
            "discount": G(lambda f: f.pick([0, 5, 10])),
            "coupon": G(lambda f: f.pick(["", "SOMMERFEST", "KITA10"])),
            "currency": G(lambda f: "EUR"),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(any_name, "name"),
                "street": Y(de_street, "address|street"),
                "postal_code": Y(de_plz, "zipcode"),
                "city": Y(de_city, "city"),
                "country": G(lambda f: f.pick(["DE", "AT", "CH"])),
            },
            "gift_message": G(
                lambda f: f.pick(["Für Oma und Opa", "Frohe Weihnachten!", "", "Alles Liebe zum Geburtstag"])
            ),
        },
    ),
    # -- fees & payments ------------------------------------------------------------------------------
    (
        "track",
        "Fee Invoice Viewed",
        ["web_parent", *PARENT_APP],
        {
            "invoiceNumber": G(lambda f: "RE-2024-" + f.digits(6)),
            "amountEur": G(lambda f: f.money(20, 600)),
            "status": G(lambda f: f.pick(["open", "paid", "overdue"])),
            "dueDate": G(day),
            "feeTier": G(lambda f: f.pick(["Beitragsstufe 2", "Beitragsstufe 5", "beitragsfrei"])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        ["python"],
        {
            "mandate_id": G(lambda f: "md_" + f.hexid(12)),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "DE", "NL", "FR"])), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "INGDDEFFXXX", "ABNANL2A", "BNPAFRPP"])),
            "account_holder": Y(any_name, "name"),
            "mandate_reference": G(lambda f: "KITA-" + f.digits(8)),
            "creditor_id": G(lambda f: "DE98ZZZ0" + f.digits(10)),
            "signed_at": G(lambda f: f.iso()),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Payment Method Attached",
        ["python"],
        {
            "payment_method": RED(pm_id, "token"),
            "customer": G(lambda f: "cus_" + b64url(f, 14)),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["DE", "NL", "US"])),
            },
            "billing_details": {
                "name": Y(any_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(de_phone, "phone"),
                "address": {
                    "line1": Y(de_street, "address|street"),
                    "line2": Y(
                        lambda f: f.pick(["2. OG links", "Hinterhaus", "c/o " + de_last(f), "Whg. 12"]),
                        "address|street",
                    ),
                    "city": Y(de_city, "city"),
                    "postal_code": Y(de_plz, "zipcode"),
                    "country": G(lambda f: "DE"),
                },
            },
        },
    ),
    (
        "track",
        "Card Checkout Failed",
        ["web_parent"],
        {
            "orderId": G(lambda f: "ORD-" + f.digits(8)),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "errorCode": G(lambda f: f.pick(["card_declined", "incorrect_cvc", "expired_card"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Webpay Transaction Committed",
        ["node"],
        {
            "amount": G(lambda f: f.pick([25000, 45000, 120000, 180500])),
            "status": G(lambda f: f.pick(["AUTHORIZED", "FAILED"])),
            "buy_order": G(lambda f: "OC" + f.digits(10)),
            "session_id": G(lambda f: "S" + f.digits(12)),
            "card_detail": {"card_number": G(lambda f: f.digits(4))},
            "transaction_date": G(lambda f: f.iso()),
            "authorization_code": G(lambda f: f.digits(4)),
            "payment_type_code": G(lambda f: f.pick(["VD", "VN", "VC", "SI"])),
            "rut_apoderado": RED(rut, "national id"),
            "email_apoderado": Y(lambda f: email(f, "cl"), "email"),
        },
    ),
    (
        "track",
        "口座振替登録",
        ["go"],
        {
            "bank_name": G(lambda f: f.pick(["三菱UFJ銀行", "みずほ銀行", "ゆうちょ銀行", "三井住友銀行"])),
            "bank_code": G(lambda f: f.pick(["0005", "0001", "9900", "0009"])),
            "branch_code": G(lambda f: f.digits(3)),
            "account_type": G(lambda f: f.pick(["普通", "当座"])),
            "account_number": RED(lambda f: f.digits(7), "bank account"),
            "account_holder_kana": Y(
                lambda f: f.pick(list(HALF_KANA.values())) + " " + f.pick(list(HALF_GIVEN.values())), "name"
            ),
            "registered_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Invoice Created",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: "RE-2024-" + f.digits(6)),
            "FamilyAccountNo": G(lambda f: "FK" + f.digits(7)),
            "RecipientName": Y(de_name, "name"),
            "RecipientStreet": Y(de_street, "address|street"),
            "RecipientZip": Y(de_plz, "zipcode"),
            "RecipientCity": Y(de_city, "city"),
            "AmountDue": G(lambda f: f.money(20, 700)),
            "DueDate": G(lambda f: f.iso()),
            "LineItems": Many(
                {
                    "Description": G(
                        lambda f: f.pick(
                            ["Elternbeitrag März", "Essensgeld", "Ausflugspauschale", "Bastelgeld"]
                        )
                    ),
                    "Amount": G(lambda f: f.money(5, 480)),
                },
                3,
            ),
        },
    ),
    # -- subsidies ------------------------------------------------------------------------------------
    (
        "track",
        "Kita-Gutschein Beantragt",
        ["web_parent"],
        {
            "antragId": G(lambda f: "KG-" + f.digits(8)),
            "gutscheinNummer": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.digits(6)}/24"),
            "jugendamt": G(lambda f: f.pick(["Jugendamt Pankow", "Jugendamt Neukölln", "Jugendamt Mitte"])),
            "betreuungsbedarf": G(
                lambda f: f.pick(["halbtags", "teilzeit", "ganztags", "ganztags erweitert"])
            ),
            "antragsteller": {
                "vorname": Y(de_first, "name"),
                "nachname": Y(de_last, "name"),
                "geburtsdatum": Y(lambda f: de_date(f, 1975, 2002), "birthdate"),
                "steuerId": RED(steuer_id, "national id"),
                "strasse": Y(de_street, "address|street"),
                "plz": Y(lambda f: f.pick(["10437", "12047", "10999", "13353"]), "zipcode"),
                "bezirk": Y(
                    lambda f: f.pick(["Pankow", "Neukölln", "Friedrichshain-Kreuzberg", "Mitte"]), "city"
                ),
                "aufenthaltstitel": RED(
                    lambda f: f.pick(
                        [
                            "deutsch",
                            "EU-Bürger",
                            "Niederlassungserlaubnis",
                            "Aufenthaltserlaubnis § 18b",
                            "§ 24 AufenthG",
                        ]
                    ),
                    "visa",
                ),
            },
            "kind": {
                "vorname": Y(de_first, "name"),
                "geburtsdatum": Y(lambda f: de_date(f, 2020, 2024), "birthdate"),
                "geburtsurkundeNr": Y(
                    lambda f: f"G {f.r.randint(100, 4999)}/{f.r.randint(2020, 2024)}", "certificate"
                ),
            },
            "einkommenJahr": Y(lambda f: f.r.randint(18000, 140000), "salary"),
            "arbeitgeber": G(
                lambda f: f.pick(["Charité", "Deutsche Bahn AG", "Zalando SE", "selbstständig"])
            ),
            "wochenarbeitszeit": G(lambda f: f.pick([20, 30, 38.5, 40])),
            "alleinerziehend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Subsidy Decision Received",
        ["java"],
        {
            "applicationId": G(lambda f: "KG-" + f.digits(8)),
            "decision": G(lambda f: f.pick(["approved", "partially_approved", "rejected"])),
            "validFrom": G(day),
            "parentShareEur": G(lambda f: f.money(0, 100)),
            "caseWorker": Y(lambda f: f"{f.pick(['Frau', 'Herr'])} {de_last(f)}", "name"),
            "authority": G(
                lambda f: f.pick(["Bezirksamt Pankow", "世田谷区 保育課", "JUNJI Región Metropolitana"])
            ),
        },
    ),
    (
        "track",
        "Hoikuen Application Submitted",
        ["go"],
        {
            "申込番号": G(lambda f: "R6-" + f.digits(6)),
            "申請者": {
                "氏名": Y(jp_kanji, "name"),
                "フリガナ": Y(jp_kana, "name"),
                "生年月日": Y(lambda f: jp_date(f, 1980, 2000), "birthdate"),
                "個人番号": RED(my_number, "national id"),
                "電話番号": Y(jp_phone, "phone"),
                "住所": Y(jp_address, "address"),
                "勤務先": G(
                    lambda f: f.pick(["株式会社ミライ", "東京都庁", "トヨタ自動車株式会社", "自営業"])
                ),
                "月間就労時間": G(lambda f: f.pick([64, 120, 160, 180])),
            },
            "児童": {
                "氏名": Y(jp_kanji, "name"),
                "フリガナ": Y(jp_kana, "name"),
                "生年月日": Y(lambda f: jp_date(f, 2020, 2024), "birthdate"),
                "性別": Y(lambda f: f.pick(["男", "女"]), "gender"),
            },
            "保育を必要とする事由": Y(
                lambda f: f.pick(["就労", "就労", "妊娠・出産", "疾病・障害", "求職活動", "就学"]),
                "condition",
            ),
            "希望施設": Many(
                G(lambda f: f.pick(["ひまわり保育園", "さくら保育園", "つばさ保育園", "区立豊洲保育園"])), 5
            ),
            "入所希望日": G(lambda f: f.pick(["2025-04-01", "2025-05-01", "2024-10-01"])),
            "世帯所得割額": Y(lambda f: f.r.randint(0, 600000), "salary"),
            "ひとり親世帯": G(lambda f: f.pick([True, False])),
            "国籍": Y(
                lambda f: f.pick(["日本", "中国", "ベトナム", "フィリピン", "ブラジル"]), "citizenship"
            ),
            "在留資格": RED(
                lambda f: f.pick(["日本人", "永住者", "技術・人文知識・国際業務", "家族滞在", "特定技能1号"]),
                "visa",
            ),
            "在留カード番号": RED(zairyu, "national id"),
            "認定区分": G(lambda f: f.pick(["2号", "3号"])),
            "指数": G(lambda f: f.r.randint(20, 54)),
        },
    ),
    (
        "track",
        "Certification Issued",
        ["go"],
        {
            "認定証番号": G(lambda f: f.digits(10)),
            "certType": G(lambda f: f.pick(["1号", "2号", "3号"])),
            "validUntil": G(day),
        },
    ),
    (
        "track",
        "Postulación JUNJI Enviada",
        ["node"],
        {
            "folio": G(lambda f: f.digits(8)),
            "rut_nino": RED(rut, "national id"),
            "nombres_nino": Y(lambda f: f"{cl_first(f)} {cl_first(f)}", "name"),
            "apellido_paterno": Y(cl_last, "name"),
            "apellido_materno": Y(cl_last, "name"),
            "fecha_nacimiento": Y(
                lambda f: f.pick(
                    [
                        f.date(2021, 2024),
                        f"{f.r.randint(1, 28):02d}-{f.r.randint(1, 12):02d}-{f.r.randint(2021, 2024)}",
                    ]
                ),
                "birthdate",
            ),
            "sexo": Y(lambda f: f.pick(["F", "M"]), "gender"),
            "nacionalidad": Y(
                lambda f: f.pick(["chilena", "venezolana", "haitiana", "peruana", "colombiana"]),
                "citizenship",
            ),
            "pueblo_originario": Y(
                lambda f: f.pick(["ninguno", "mapuche", "aymara", "diaguita", "rapa nui"]), "ethnicity"
            ),
            "nee": RED(lambda f: f.pick([False, False, True]), "disability"),
            "rsh_tramo": G(lambda f: f.pick(["40%", "50%", "60%", "70%", "80%"])),
            "madre_trabaja": G(lambda f: f.pick([True, False])),
            "jornada": G(lambda f: f.pick(["completa", "media jornada", "extendida"])),
            "jardin_codigo": G(lambda f: f.digits(8)),
            "comuna": Y(cl_comuna, "city"),
            "direccion": Y(cl_address, "address"),
            "telefono_contacto": Y(cl_phone, "phone"),
            "correo": Y(lambda f: email(f, "cl"), "email"),
            "rut_apoderado": RED(rut, "national id"),
            "nombre_apoderado": Y(cl_name, "name"),
            "parentesco": G(lambda f: f.pick(["madre", "padre", "abuela", "tutor legal"])),
        },
    ),
    (
        "track",
        "Renrakucho Entry Submitted",
        ["rn"],
        {
            "園児ID": G(lambda f: "E" + f.digits(6)),
            "日付": G(day),
            "体温": Y(lambda f: round(f.r.uniform(36.0, 37.9), 1), "condition"),
            "朝食": G(lambda f: f.pick(["完食", "半分", "少し", "食べていない"])),
            "排便": G(lambda f: f.pick(["あり", "なし"])),
            "家庭からの連絡": G(
                lambda f: f.pick(
                    [
                        "昨夜は少し寝つきが悪かったです。",
                        "今日はお迎えが祖母になります。",
                        "特になし",
                        "週末は公園で元気に遊びました。",
                    ]
                )
            ),
            "迎えの人": G(lambda f: f.pick(["母", "父", "祖母", "ファミサポ"])),
            "迎え予定時刻": G(lambda f: hhmm(f, 15, 19)),
        },
    ),
    (
        "track",
        "Daily Report Sent",
        ["go"],
        {
            "園児名": Y(lambda f: f.pick(JP_GIVEN)[0], "name"),
            "体温": Y(lambda f: round(f.r.uniform(36.0, 37.9), 1), "condition"),
            "昼食": G(lambda f: f.pick(["完食", "おかわり", "半分"])),
            "午睡開始": G(lambda f: hhmm(f, 12, 13)),
            "午睡終了": G(lambda f: hhmm(f, 14, 15)),
            "様子": Y(
                lambda f: (
                    f.pick(JP_GIVEN)[0]
                    + f.pick(
                        [
                            "ちゃんは砂場で友達とお山を作りました。",
                            "くんはブロック遊びに夢中でした。",
                            "ちゃん、今日は給食を残さず食べました。",
                        ]
                    )
                ),
                "name",
                True,
            ),
            "report_id": G(lambda f: f.uuid()),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------------
    (
        "track",
        "Shift Clocked In",
        ["flutter"],
        {
            "staffId": G(lambda f: "MA-" + f.digits(5)),
            "kitaId": G(kita_id),
            "clockedInAt": G(lambda f: f.iso()),
            "method": G(lambda f: f.pick(["nfc", "qr", "pin"])),
            "geofence": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lon, "geolocation"),
                "accuracyM": G(lambda f: f.pick([5, 12, 30, 65])),
            },
            "insideGeofence": G(lambda f: f.pick([True, True, False])),
            "lateMinutes": G(lambda f: f.pick([0, 0, 3, 10])),
        },
    ),
    (
        "track",
        "Staff Absence Reported",
        ["flutter"],
        {
            "staffId": G(lambda f: "MA-" + f.digits(5)),
            "from": G(day),
            "to": G(day),
            "reason": Y(
                lambda f: f.pick(["krank", "Urlaub", "Kind krank", "Fortbildung", "病欠"]), "condition"
            ),
            "certificateRequired": G(lambda f: f.pick([True, False])),
            "substituteName": Y(lambda f: f.pick([de_name, jp_kanji])(f), "name"),
        },
    ),
    (
        "track",
        "Unfallbericht Erstellt",
        ["flutter"],
        {
            "unfallId": G(lambda f: "UB-" + f.digits(6)),
            "kindId": G(child_id),
            "kindName": Y(lambda f: f"{child_first(f)} {de_last(f)}", "name"),
            "unfallzeit": G(lambda f: f.iso()),
            "ort": G(lambda f: f.pick(["Garten", "Turnhalle", "Gruppenraum", "Waschraum"])),
            "verletzung": Y(
                lambda f: f.pick(
                    ["Platzwunde Stirn", "Prellung Knie", "Zahnverletzung", "Insektenstich", "Schürfwunde"]
                ),
                "condition|diagnosis",
            ),
            "ersteHilfe": Y(
                lambda f: f.pick(["gekühlt", "Pflaster", "Wunde gereinigt", "Zecke entfernt"]), "procedure"
            ),
            "zeugen": Many(Y(de_name, "name"), 2),
            "beschreibung": Y(incident_text, "name|condition", True),
            "elternInformiert": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Employee Updated",
        ["dotnet"],
        {
            "EmployeeNumber": G(lambda f: f.digits(6)),
            "FirstName": Y(de_first, "name"),
            "LastName": Y(de_last, "name"),
            "DateOfBirth": Y(lambda f: f.date(1962, 2004) + "T00:00:00", "birthdate"),
            "PrivateEmail": Y(lambda f: email(f, "de"), "email"),
            "MobilePhone": Y(de_phone, "phone"),
            "HomeAddress": Y(lambda f: f"{de_street(f)}, {de_plz(f)} {de_city(f)}", "address"),
            "JobTitle": G(lambda f: f.pick(["Erzieher/in", "Kita-Leitung", "Küchenhilfe", "Heilpädagogin"])),
            "Employer": G(lambda f: f.pick(TRAEGER[:3])),
            "PayGrade": G(lambda f: f.pick(["TVöD SuE S8a", "TVöD SuE S4", "TV-L S 15"])),
            "HourlyRateEur": Y(lambda f: f.money(14, 32), "salary"),
            "MonthlySalaryEur": Y(lambda f: f.r.randint(2200, 5200), "salary"),
            "TaxClass": G(lambda f: f.pick(["I", "III", "IV", "V"])),
            "SocialSecurityNumber": RED(rv_nummer, "social security number|national id"),
            "Iban": RED(lambda f: f.iban("DE"), "bank account"),
            "ChurchTax": Y(lambda f: f.pick(["ev", "rk", "--"]), "religion"),
            "UnionMember": Y(lambda f: f.pick([True, False]), "trade union"),
            "SevereDisabilityDegree": RED(lambda f: f.pick([0, 0, 30, 50, 80]), "disability"),
        },
    ),
    (
        "track",
        "Hoikushi Registered",
        ["go"],
        {
            "staff_id": G(lambda f: "st_" + f.digits(5)),
            "staff_name": Y(jp_kanji, "name"),
            "staff_name_kana": Y(jp_kana, "name"),
            "hoikushi_registration_no": Y(
                lambda f: f.pick(["東京都", "神奈川県", "大阪府"]) + "-" + f.digits(6), "license|certificate"
            ),
            "hire_date": G(day),
            "hourly_wage_jpy": Y(lambda f: f.pick([1150, 1300, 1450, 1600]), "salary"),
        },
    ),
    # -- back office ----------------------------------------------------------------------------------
    (
        "track",
        "Family Searched",
        ["web_office"],
        {
            "q": Y(lambda f: f.pick([de_last, de_name, cl_name, jp_kanji])(f), "name", True),
            "resultCount": G(lambda f: f.r.randint(0, 12)),
            "filters": {
                "kitaId": G(kita_id),
                "status": G(lambda f: f.pick(["active", "waitlist", "former"])),
            },
            "searchDurationMs": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Application Reviewed",
        ["web_office"],
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "reviewerId": G(lambda f: "usr_" + f.digits(5)),
            "decision": G(lambda f: f.pick(["shortlist", "offer", "reject", "hold"])),
            "internalComment": G(
                lambda f: f.pick(
                    ["Geschwisterkind, Priorität", "Unterlagen unvollständig", "Start erst ab August", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Parent Contact Edited",
        ["web_office"],
        {
            "familyId": G(lambda f: "fam_" + f.digits(6)),
            "field": G(lambda f: f.pick(["email", "phone", "address"])),
            "oldValue": Y(lambda f: f.pick([email, any_phone, any_street])(f), "email|phone|address", True),
            "newValue": Y(lambda f: f.pick([email, any_phone, any_street])(f), "email|phone|address", True),
            "editedBy": G(lambda f: "usr_" + f.digits(5)),
        },
    ),
    (
        "track",
        "Staff Invited",
        ["web_office"],
        {
            "inviteeEmail": Y(staff_email, "email"),
            "inviteeName": Y(lambda f: f.pick([de_name, jp_kanji, cl_name])(f), "name"),
            "role": G(lambda f: f.pick(["educator", "lead", "admin"])),
            "kitaId": G(kita_id),
            "invitesRemaining": G(lambda f: f.r.randint(0, 20)),
        },
    ),
    (
        "track",
        "Report Exported",
        ["web_office"],
        {
            "reportType": G(lambda f: f.pick(["attendance", "fees", "waitlist", "incidents"])),
            "format": G(lambda f: f.pick(["csv", "xlsx", "pdf"])),
            "rowCount": G(lambda f: f.r.randint(0, 5000)),
            "dateRange": {"from": G(day), "to": G(day)},
            "kitaIds": Many(G(kita_id), 3),
            "checksum": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "group",
        None,
        ["web_office", "node"],
        {
            "legalName": G(row("org", 0, first=True)),
            "plan": G(lambda f: f.pick(["operator_s", "operator_m", "operator_enterprise"])),
            "kitaCount": G(lambda f: f.r.randint(1, 120)),
            "registeredOffice": {
                "street": G(row("org", 1)),
                "postalCode": G(row("org", 2)),
                "city": G(row("org", 3)),
            },
            "officePhone": G(row("org", 4)),
            "contactEmail": G(row("org", 5)),
            "vatId": G(
                lambda f: {"Santiago": rut(f, company=True), "東京都": f.digits(13)}.get(
                    f.rows["org"][3], "DE" + f.digits(9)
                )
            ),
            "billingContact": {
                "name": Y(lambda f: f.pick([de_name, cl_name])(f), "name"),
                "email": Y(staff_email, "email"),
            },
            "traegerType": G(row("org", 6)),
        },
    ),
    # -- messaging vendors ----------------------------------------------------------------------------
    (
        "track",
        "SMS Status Callback",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+4915735982200", "+15017122661", "+56227123400"])),
            "To": Y(
                lambda f: f.pick(["+49" + f.pick(["151", "176", "160"]) + f.digits(8), "+569" + f.digits(8)]),
                "phone",
                True,
            ),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
        },
    ),
    (
        "track",
        "SMS Received",
        ["node"],
        {
            "webhook": G(lambda f: "twilio.inbound"),
            "payload": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": Y(lambda f: "+49" + f.pick(["151", "176", "160"]) + f.digits(8), "phone", True),
                "To": G(lambda f: f.pick(["+4915735982200", "+15017122661", "+56227123400"])),
                "Body": Y(inbound_sms, "name", True),
                "FromCountry": G(lambda f: f.pick(["DE", "CL", "JP"])),
            },
        },
    ),
    (
        "track",
        "Email Delivered",
        ["ruby"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: b64url(f, 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(5)}@ismtpd0001p1lon1.sendgrid.net>"),
            "timestamp": G(lambda f: f.r.randint(1_700_000_000, 1_735_000_000)),
            "useragent": G(lambda f: f.pick(UA_DESKTOP)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(["Rechnung falsch", "App stürzt ab", "ログインできない", "No veo fotos"])
                ),
                "description": Y(ticket_text, "phone|email", True),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "tags": Many(G(lambda f: f.pick(["billing", "app", "photos", "login"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile"]))},
            },
            "requester": {"name": Y(any_name, "name"), "email": Y(email, "email")},
        },
    ),
    # -- legacy site & surveys ------------------------------------------------------------------------
    (
        "track",
        "Besichtigungstermin Angefragt",
        ["php"],
        {
            "form-id": G(lambda f: f.pick(["besichtigung-v2", "besichtigung-v3", "besichtigung-mobil"])),
            "kita-id": G(kita_id),
            "termin-datum": G(day),
            "eltern-name": Y(de_name, "name"),
            "eltern-email": Y(lambda f: email(f, "de"), "email"),
            "eltern-telefon": Y(de_phone, "phone"),
            "kind-alter-monate": G(lambda f: f.r.randint(3, 48)),
            "nachricht": G(
                lambda f: f.pick(
                    ["Wir kommen gern vormittags.", "Gibt es Parkplätze?", "", "Ist ein Kinderwagen ok?"]
                )
            ),
            "datenschutz-akzeptiert": G(lambda f: True),
        },
    ),
]


# -- assembly ---------------------------------------------------------------------------------------


def build(seed: int, repeats: int):
    f = Fake(seed)
    f.rows = {}
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
            msg["userId"] = "usr_" + f.digits(7)
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
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=321, repeats=24)
    write(Path(__file__).parent, "holdout321_", events, labels)
