"""Writes holdout243: tests/corpus/holdout243_events.jsonl and holdout243_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
corpora's labels or the evaluation script, and never run against the engine. Only the corpus
helpers (build.py, fake.py), build_holdout3.py's format and the reference facts were read.

Domain: an assisted-living and care-home operator ("Aoba Care Group") with homes in Japan,
Ireland and Chile. Covered: resident admissions (dates of birth, My Number / PPSN / RUT, public
care-insurance and medical-card numbers, hospital MRNs, diagnoses, dementia stage, care-need
level, mobility aids, allergies, DNR decisions, religion for pastoral care), medication rounds
(eMAR), vital-sign observations, falls and incident reports, the family portal (web, React
Native and Flutter apps: next of kin, visit booking, messages, photos, invoices, fees paid by card,
SEPA direct debit and Stripe), the reception kiosk (visitor and contractor sign-in, Japanese
kiosk with kanji keys), carers' rotas, clock-ins, handover notes and HR/payroll (including
foreign carers' residence cards and visas), government schemes (Fair Deal, kaigo-hoken claims,
Chile's ELEAM subsidy), CRM enquiries, Twilio/SendGrid/telephony webhooks, a reverse-ETL
warehouse sync and a survey vendor.

Clients: analytics.js (family portal, careers site), analytics-swift (reception iPad),
analytics-kotlin (carers' Android tablets, with context.traits and staff location),
analytics-react-native (family app, IDFA/GAID, push token, location), Flutter (Chile family app),
and server libraries python, node, go, java, ruby, php and .NET.

Conventions: mostly camelCase and snake_case English keys; .NET services send PascalCase, the
warehouse sync SCREAMING_SNAKE, the survey vendor kebab-case; the Japanese backend sends
romanised keys (shimei, jusho, hihokensha_bango …) and the Japanese kiosk kanji/kana keys
(氏名, フリガナ, 電話番号 …); the Chilean backend and app send Spanish keys (nombres, rut,
apoderado …). Values are generated for many cultures (Japanese names in kanji, kana and romaji;
Irish names with fadas and Ó/Ní; Chilean double surnames; migrant carers from the Philippines,
Viet Nam, Indonesia, India, Nigeria, Brazil, Peru, Venezuela), national phone formats, Japanese,
Irish (Eircode) and Chilean addresses; PPSNs carry a valid mod-23 check letter, RUTs a valid
mod-11 digit, My Numbers a valid check digit, IBANs valid mod-97 check digits, cards pass Luhn.

Labelling rules (the Privacy Portal's default colours, as briefed):
- PII: values that are personal data about a natural person (resident, relative, visitor,
  carer, GP, applicant). Colour: the reference's default colour for that matcher (name, email,
  phone, address, street, city, zipcode, birthdate, gender, sex, citizenship, religion, photo,
  salary, license, serial, identification, medication, allergy, condition, diagnosis,
  procedure: yellow; visa, passport, token, credit card, disability, password: red). Types
  outside the reference: `national id`, `health id`, `bank account`, `secret`, `health`: red;
  `ip`, `geolocation`, `advertising id`: yellow.
- Green: ids the operator or its vendors issue (resident, room, staff, visit, invoice, order,
  mandate, Stripe object ids other than payment methods, badge numbers, training certificate
  numbers), versions, timestamps, hashes, amounts, counters, booleans and enums about process
  (family notified, ambulance called, witnessed), product / facility / activity / pet / company
  / insurer / bank / pension-fund names, places that are not the person's (the discharging
  hospital, a facility's address), a business's own phones and role mailboxes, country,
  region / prefecture / county, locale, timezone, currency, user agents, OS-issued device ids,
  job titles and employers, ages, relationships (daughter, 長男, hija), marital status.
- Contested cases, following the product policy: card brand/last4/expiry green; Stripe `pm_`
  ids, magic-link tokens, one-time codes and push tokens red `token`; insurer member numbers
  (VHI/Laya, Isapre) yellow `identification`; public health-system numbers (hospital MRN,
  Irish GMS medical card, Japanese kaigo-hoken and late-elderly insured numbers) red
  `health id`; the number identifying the insurer itself (Japanese hokensha bango) green;
  PPSN, My Number, RUT, residence-card numbers red `national id` (PPSN `national id|social
  security number`); passports red; right-to-work answers, visa / status of residence and its
  expiry red `visa`; pay, hourly rates, salaries yellow `salary`; vehicle plates yellow
  `license`; gclid / fbp yellow `advertising id`; billing addresses yellow `address`;
  prescription numbers yellow `medication`; Message-IDs green.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  dementia stage, care-need level (要介護度, grado de dependencia), texture-modified diet levels,
  injury flags and injury types, visitors' symptom declarations: yellow `condition` (care-need
  level `condition|disability`); mobility aids and mobility level, hearing aids: red `disability`
  (the reference's colour for that matcher); DNR / resuscitation decisions: yellow
  `procedure|condition`; vital signs (blood pressure, SpO2, NEWS2, body temperature): red
  `health` (a type outside the reference, health => red); household income bands and
  means-test brackets (Chile's RSH tramo): yellow `salary`; a nurse's professional register PIN:
  yellow `license|certificate`; a resident's nationality: yellow `citizenship`. Stock counts
  of a drug in the controlled-drug cupboard name no person: green.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `Body`, `message`, `description`): every value of such a path holds the
  PII named by its type. Free text is labelled by what every one of its values carries (each
  generator below either always names a person or never does); free text that never carries
  PII is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

JP_SURNAMES = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"),
]
JP_GIVEN = [
    ("春子", "ハルコ", "Haruko"),
    ("千代", "チヨ", "Chiyo"),
    ("文子", "フミコ", "Fumiko"),
    ("清", "キヨシ", "Kiyoshi"),
    ("茂", "シゲル", "Shigeru"),
    ("和夫", "カズオ", "Kazuo"),
    ("幸子", "サチコ", "Sachiko"),
    ("節子", "セツコ", "Setsuko"),
    ("正雄", "マサオ", "Masao"),
    ("博", "ヒロシ", "Hiroshi"),
    ("恵子", "ケイコ", "Keiko"),
    ("健一", "ケンイチ", "Kenichi"),
    ("由美", "ユミ", "Yumi"),
    ("美咲", "ミサキ", "Misaki"),
    ("翔太", "ショウタ", "Shota"),
]
IE_FIRST = [
    "Siobhán",
    "Seán",
    "Aoife",
    "Niamh",
    "Pádraig",
    "Bridget",
    "Mary",
    "Michael",
    "Declan",
    "Eileen",
    "Ciarán",
    "Maureen",
    "Gráinne",
    "Tomás",
    "Kathleen",
    "Eoin",
    "Peggy",
    "Noel",
]
IE_LAST = [
    "Murphy",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "Byrne",
    "Ó Murchú",
    "Ní Bhriain",
    "McCarthy",
    "Doyle",
    "Fitzgerald",
    "Kavanagh",
    "Brennan",
    "Ní Dhonnchadha",
    "Lynch",
    "Quinn",
    "O'Connell",
]
CL_FIRST = [
    "María José",
    "Juan Pablo",
    "Rosa",
    "Luis Alberto",
    "Carmen Gloria",
    "Francisca",
    "Héctor",
    "Ximena",
    "Patricio",
    "Javiera",
    "Benjamín",
    "Sergio",
    "Inés",
    "Marta",
    "Osvaldo",
]
CL_LAST = [
    "González",
    "Muñoz",
    "Rojas",
    "Díaz",
    "Pérez",
    "Soto",
    "Contreras",
    "Silva",
    "Sepúlveda",
    "Morales",
    "Araya",
    "Fuentealba",
    "Valenzuela",
    "Huenchullán",
    "Catrileo",
    "Bravo",
]
CARERS = [
    "Maria Santos",
    "Joy Dela Cruz",
    "Nguyen Thi Lan",
    "Tran Van Minh",
    "Putu Ayu Lestari",
    "Anjali Nair",
    "Rajesh Kumar",
    "Chinedu Okeke",
    "Beatriz Oliveira",
    "Agnieszka Nowak",
    "Yolanda Quispe",
    "Wilmer Rodríguez",
    "Jean-Baptiste Mugisha",
    "Aisling Byrne",
    "Fiona Kavanagh",
    "Kenji Morita",
    "Ayaka Fujii",
    "Camila Reyes",
]
WOMEN = [
    "Haruko",
    "Chiyo",
    "Fumiko",
    "Sachiko",
    "Setsuko",
    "Keiko",
    "Bridget",
    "Mary",
    "Eileen",
    "Maureen",
    "Kathleen",
    "Peggy",
    "Rosa",
    "Inés",
    "Marta",
    "Carmen Gloria",
]
MEN = [
    "Kiyoshi",
    "Shigeru",
    "Kazuo",
    "Masao",
    "Hiroshi",
    "Michael",
    "Pádraig",
    "Tomás",
    "Noel",
    "Héctor",
    "Osvaldo",
    "Sergio",
]
RELATIONS = ["daughter", "son", "niece", "nephew", "spouse", "granddaughter", "friend", "guardian"]


def jp_sur(f):
    return f.pick(JP_SURNAMES)


def jp_giv(f):
    return f.pick(JP_GIVEN)


def jp_kanji(f):
    return f"{jp_sur(f)[0]}{f.pick(['　', ' ', ''])}{jp_giv(f)[0]}"


def jp_kana(f):
    return f"{jp_sur(f)[1]}{f.pick(['　', ' '])}{jp_giv(f)[1]}"


def jp_romaji(f):
    s, g = jp_sur(f)[2], jp_giv(f)[2]
    return f.pick([f"{g} {s}", f"{s} {g}", f"{s.upper()} {g}"])


def ie_name(f):
    return f"{f.pick(IE_FIRST)} {f.pick(IE_LAST)}"


def cl_name(f):
    return f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)} {f.pick(CL_LAST)}"


def any_name(f):
    return f.pick([jp_romaji, ie_name, cl_name, jp_kanji, lambda f: f.pick(CARERS)])(f)


def first_name(f):
    return f.pick([lambda f: jp_giv(f)[2], lambda f: f.pick(IE_FIRST), lambda f: f.pick(CL_FIRST)])(f)


def last_name(f):
    return f.pick(
        [lambda f: jp_sur(f)[2], lambda f: f.pick(IE_LAST), lambda f: f"{f.pick(CL_LAST)} {f.pick(CL_LAST)}"]
    )(f)


def carer(f):
    return f.pick(CARERS)


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚñÑü'", "aeiouAEIOUnNu ")
    return s.translate(table).replace(" ", "")


def email(f, name=None):
    name = name or f.pick([lambda f: jp_romaji(f), ie_name, cl_name])(f)
    parts = [ascii_fold(p).lower() for p in name.split()]
    local = f.pick([".".join(parts[:2]), parts[0][0] + parts[-1], parts[0] + str(f.r.randint(40, 99))])
    domain = f.pick(
        [
            "gmail.com",
            "yahoo.co.jp",
            "docomo.ne.jp",
            "icloud.com",
            "eircom.net",
            "hotmail.com",
            "outlook.ie",
            "gmail.cl",
            "vtr.net",
            "live.cl",
        ]
    )
    return f"{local}@{domain}"


def staff_email(f):
    parts = [ascii_fold(p).lower() for p in carer(f).split()]
    return f"{parts[0]}.{parts[-1]}@" + f.pick(["aobacare.jp", "aobacare.ie", "aobacare.cl"])


def phone_jp(f):
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    pre = f.pick(["090", "080", "070"])
    return f.pick([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"{pre}{a}{b}", f"+81{pre[1:]}{a}{b}"])


def phone_ie(f):
    a, b = f.r.randint(100, 999), f.r.randint(1000, 9999)
    pre = f.pick(["83", "85", "86", "87", "89"])
    return f.pick([f"+353 {pre} {a} {b}", f"0{pre} {a} {b}", f"+353{pre}{a}{b}", f"0{pre}-{a}{b}"])


def phone_cl(f):
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"+56 9 {a} {b}", f"+569{a}{b}", f"9 {a} {b}", f"(+56) 9{a}{b}"])


def any_phone(f):
    return f.pick([phone_jp, phone_ie, phone_cl])(f)


JP_PLACES = [
    ("東京都世田谷区桜丘", "Sakuragaoka, Setagaya-ku, Tokyo", "156-0054"),
    ("神奈川県鎌倉市御成町", "Onarimachi, Kamakura-shi, Kanagawa", "248-0012"),
    ("大阪府豊中市新千里東町", "Shinsenri-higashimachi, Toyonaka-shi, Osaka", "560-0082"),
    ("福岡県福岡市中央区大濠", "Ohori, Chuo-ku, Fukuoka", "810-0051"),
    ("北海道札幌市北区北七条西", "Kita-7-jo-nishi, Kita-ku, Sapporo", "060-0807"),
]
IE_PLACES = [
    ("Ranelagh, Dublin 6", "D06"),
    ("Blackrock, Co. Dublin", "A94"),
    ("Douglas, Cork", "T12"),
    ("Salthill, Galway", "H91"),
    ("Castletroy, Limerick", "V94"),
    ("Clontarf, Dublin 3", "D03"),
]
IE_STREETS = [
    "Ashfield Avenue",
    "Sandford Road",
    "Church Road",
    "Seafield Park",
    "Oakley Grove",
    "Main Street",
]
CL_STREETS = [
    "Av. Apoquindo",
    "Los Aromos",
    "Av. Providencia",
    "Pasaje El Roble",
    "Calle Valparaíso",
    "Av. Libertad",
]
CL_COMUNAS = [
    "Las Condes",
    "Providencia",
    "Ñuñoa",
    "Viña del Mar",
    "Villa Alemana",
    "Temuco",
    "La Florida",
    "Maipú",
]
EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(f, key=None):
    key = key or f.pick(IE_PLACES)[1]
    return f"{key} " + "".join(f.pick(EIR) for _ in range(4))


def jp_address(f):
    kanji, romaji, zipc = f.pick(JP_PLACES)
    a, b, c = f.r.randint(1, 7), f.r.randint(1, 30), f.r.randint(1, 20)
    return f.pick([f"〒{zipc} {kanji}{a}-{b}-{c}", f"{kanji}{a}丁目{b}番{c}号", f"{a}-{b}-{c} {romaji}"])


def ie_street(f):
    return f"{f.r.randint(1, 180)} {f.pick(IE_STREETS)}"


def ie_address(f):
    place, key = f.pick(IE_PLACES)
    return f"{ie_street(f)}, {place}, {eircode(f, key)}"


def cl_street(f):
    s = f"{f.pick(CL_STREETS)} {f.r.randint(100, 9800)}"
    return s + f.pick(["", f", depto {f.r.randint(101, 1804)}", f", casa {f.r.randint(1, 40)}"])


def cl_address(f):
    return f"{cl_street(f)}, {f.pick(CL_COMUNAS)}"


def any_address(f):
    return f.pick([jp_address, ie_address, cl_address])(f)


def any_street(f):
    return f.pick(
        [
            ie_street,
            cl_street,
            lambda f: f"{f.r.randint(1, 7)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)} Sakuragaoka",
        ]
    )(f)


def any_city(f):
    return f.pick(
        ["Setagaya-ku", "Kamakura", "Toyonaka", "Dublin 6", "Blackrock", "Cork", "Galway", *CL_COMUNAS]
    )


def any_zip(f):
    return f.pick([lambda f: f.pick(JP_PLACES)[2], eircode, lambda f: f.digits(7)])(f)


# -- identifiers with real check digits --------------------------------------------------------


def ppsn(f):
    digits = [f.r.randint(0, 9) for _ in range(7)]
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    second = f.pick(["", "", "A", "W"])
    if second == "A":
        total += 9
    check = total % 23
    letter = "W" if check == 0 else chr(64 + check)
    return "".join(map(str, digits)) + letter + second


def rut(f, dotted=None):
    body = f.r.randint(3_000_000, 26_000_000)
    total, factor = 0, 2
    for c in reversed(str(body)):
        total += int(c) * factor
        factor = 2 if factor == 7 else factor + 1
    dv = 11 - total % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    dotted = f.r.random() < 0.6 if dotted is None else dotted
    if dotted:
        return f"{body:,}".replace(",", ".") + f"-{dv}"
    return f"{body}-{dv}"


def my_number(f):
    digits = [f.r.randint(0, 9) for _ in range(11)]
    total = 0
    for n, p in enumerate(reversed(digits), start=1):
        total += p * (n + 1 if n <= 6 else n - 5)
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, digits)) + str(check)
    return f.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])


def iban_ie(f):
    bank = f.pick(["AIBK", "BOFI", "IPBS", "ULSB"])
    bban = bank + f.digits(6) + f.digits(8)
    numeric = "".join(str(int(c, 36)) for c in bban + "IE00")
    raw = f"IE{98 - int(numeric) % 97:02d}{bban}"
    return f.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])


def jcb(f):
    return f.luhn_complete(f"35{f.r.randint(28, 89)}" + f.digits(11))


def residence_card(f):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(L) + f.pick(L) + f.digits(8) + f.pick(L) + f.pick(L)


def passport(f):
    return f.pick(
        [
            lambda f: f.pick(["TK", "TR", "MZ"]) + f.digits(7),
            lambda f: "P" + f.digits(7) + f.pick("ABC"),
            lambda f: f.pick("KLMNPRZ") + f.digits(7),
            lambda f: "C" + f.digits(7),
            lambda f: "F" + f.pick("ABCDEFG") + f.digits(6),
        ]
    )(f)


def plate(f):
    return f.pick(
        [
            lambda f: (
                f"{f.pick(['231', '222', '191', '241'])}-{f.pick(['D', 'C', 'G', 'L', 'WW'])}-"
                f"{f.r.randint(1, 29999)}"
            ),
            lambda f: (
                f"{f.pick(['品川', '湘南', 'なにわ', '福岡'])} {f.r.randint(300, 599)} "
                f"{f.pick('あさわれ')} {f.r.randint(10, 99)}-{f.r.randint(10, 99)}"
            ),
            lambda f: "".join(f.pick("BCDFGHJKLPRSTVWXYZ") for _ in range(4)) + f"-{f.r.randint(10, 99)}",
        ]
    )(f)


def dob_old(f):
    return f.date(1924, 1948)


def dob_adult(f):
    return f.date(1955, 1998)


def showa_date(f):
    year = f.r.randint(1925, 1948)
    return f.pick(
        [
            f"昭和{year - 1925}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日".replace("昭和0年", "大正14年"),
            f"{year}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}",
            f"S{max(year - 1925, 1)}.{f.r.randint(1, 12)}.{f.r.randint(1, 28)}",
        ]
    )


def gclid(f):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(80)) + "_BwE"


def fbp(f):
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def tok(f, n=32):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(f.pick(alnum) for _ in range(n))


def res_id(f):
    return f.pick(["R-", "RES-", ""]) + str(f.r.randint(10000, 19999))


def staff_id(f):
    return f"EMP{f.r.randint(1000, 9999)}"


FACILITIES = [
    "Aoba Garden Setagaya",
    "Aoba House Kamakura",
    "Aoba Ranelagh",
    "Aoba Cork Riverside",
    "Aoba Las Condes",
    "Aoba Viña del Mar",
]
FAC_PHONES = ["+81 3-5432-1100", "+81 467-22-4810", "+353 1 497 2200", "+353 21 436 1180", "+56 2 2940 1100"]
DIAGNOSES = [
    "Alzheimer's disease",
    "vascular dementia",
    "Parkinson's disease",
    "COPD",
    "type 2 diabetes",
    "congestive heart failure",
    "osteoarthritis",
    "post-stroke hemiparesis",
    "mixed dementia",
    "chronic kidney disease stage 3",
]
MEDS = [
    "Donepezil 10mg",
    "Memantine 20mg",
    "Metformin 500mg",
    "Amlodipine 5mg",
    "Paracetamol 1g",
    "Furosemide 40mg",
    "Apixaban 5mg",
    "Levodopa/Carbidopa 100/25",
    "Sertraline 50mg",
    "Lactulose 15ml",
]
ALLERGIES = ["penicillin", "latex", "shellfish", "NKDA", "sulfonamides", "aspirin", "peanuts"]


def pii_in(f, templates):
    """Free text that always carries the PII: each template is a function of f."""
    return f.pick(templates)(f)


# -- free text generators: each either always names a person or never does -------------------------


def family_message(f):
    g = f.pick(WOMEN)
    return f.pick(
        [
            f"Hi, could you let {g} know I'll be in on Sunday after Mass?",
            f"How did {g} sleep last night? She seemed tired on the phone.",
            f"Please remind {g} to wear her hearing aid when I call at 6.",
            f"Is {g}'s new cardigan back from the laundry yet?",
            f"{g} mentioned her hip was sore. Has the GP been in?",
            f"Thanks so much for the photos of {g} at the garden party!",
        ]
    )


def handover_note(f):
    who = f.pick(
        [
            lambda f: "Mrs " + f.pick(IE_LAST),
            lambda f: "Mr " + f.pick(IE_LAST),
            lambda f: jp_sur(f)[2] + "-san",
            lambda f: jp_sur(f)[0] + "様",
            lambda f: "Sra. " + f.pick(CL_LAST),
            lambda f: "Don " + f.pick(["Héctor", "Osvaldo", "Sergio", "Patricio", "Luis"]),
        ]
    )(f)
    return f.pick(
        [
            f"{who} refused breakfast, ate half of lunch. Encourage fluids.",
            f"{who} unsettled overnight, repositioned 2-hourly.",
            f"{who} had a good day, joined the music session.",
            f"{who}: skin on left heel intact, continue barrier cream.",
            f"Daughter visited {who}, left new slippers in wardrobe.",
            f"{who} \u2013 BM x1, bowels opened, no concerns.",
        ]
    )


def fall_description(f):
    who = f.pick(
        [
            lambda f: "Mrs " + f.pick(IE_LAST),
            lambda f: jp_sur(f)[2] + "-san",
            lambda f: "Sr. " + f.pick(CL_LAST),
        ]
    )(f)
    return f.pick(
        [
            f"{who} found sitting on floor beside bed, alert and orientated.",
            f"{who} slipped in en-suite while walking without frame.",
            f"{who} lowered to floor by carer during transfer, no injury seen.",
            f"Heard a bang, {who} on floor of corridor near lounge.",
        ]
    )


def witness_statement(f):
    return f.pick(
        [
            f"I was on the corridor with {carer(f)} when the alarm went.",
            f"{carer(f)} called me to room {f.r.randint(101, 240)}; "
            "I stayed with the resident until the nurse came.",
            f"Nurse in charge {carer(f)} completed the post-falls check.",
            f"Seen by {carer(f)} and me at handover; we used the hoist.",
        ]
    )


def enquiry_message(f):
    rel = f.pick(["my mother", "my aunt", "Mum", "my grandmother"])
    n = f.pick(WOMEN)
    return f.pick(
        [
            f"Looking for a respite bed for {rel} {n}, 84, after a hospital stay.",
            f"{n} ({rel}) has moderate dementia and is living alone, we are worried.",
            f"Hi, I'm enquiring for {rel}, {n}. Do you have long-term places in June?",
            f"Can {rel} {n} bring her cat? She is otherwise independent.",
            f"My father {f.pick(MEN)} was discharged from Beaumont; does he qualify for Fair Deal?",
        ]
    )


def sms_body(f):
    g = f.pick(WOMEN)
    return f.pick(
        [
            f"Aoba: your visit with {g} is confirmed for {f.r.randint(10, 17)}:00 "
            f"on {f.r.randint(1, 28)}/{f.r.randint(1, 12)}.",
            f"Aoba: {g} has a GP review tomorrow; the nurse will call you after.",
            f"Aoba Care: {g}'s hairdresser appointment has moved to Thursday.",
            f"Reminder from Aoba: please bring {g}'s summer clothes labelled with her name.",
        ]
    )


VISIT_NOTES = [
    "Bringing the grandchildren",
    "Will bring lunch from home",
    "Taking her out for a drive if weather OK",
    "",
    "Running 15 min late",
    "Please have the wheelchair-accessible room ready",
    "Birthday visit, cake organised",
]
SURVEY_COMMENTS = [
    "Staff are lovely and the food has improved.",
    "Parking is difficult at weekends.",
    "Would like more updates in the app.",
    "",
    "Very happy overall.",
    "Laundry keeps going missing.",
]
CAPTIONS = [
    "Garden party",
    "Ikebana class",
    "Bingo afternoon",
    "Christmas concert",
    "Walk by the sea",
    "Birthday tea",
]
ACTIVITIES = [
    "Ikebana",
    "Chair yoga",
    "Bingo",
    "Music therapy",
    "Gardening club",
    "Reminiscence group",
    "Origami",
    "Cueca dance",
]


# -- contexts -------------------------------------------------------------------------------------

WEB_PAGES = ["/", "/residents", "/visits/book", "/billing", "/messages", "/photos", "/careers", "/enquire"]


def web_ctx(f):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.google.cl/", "https://m.facebook.com/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?lang=ja", "?utm_source=newsletter&utm_medium=email"])),
            "title": G(
                lambda f: f.pick(
                    ["Aoba Family", "Book a visit | Aoba", "Billing \u2013 Aoba Family", "Careers at Aoba"]
                )
            ),
            "url": G(
                lambda f: (
                    f.pick(["https://family.aobacare.com", "https://aobacare.ie", "https://aobacare.cl"])
                    + f.pick(WEB_PAGES)
                )
            ),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 13; SH-M24) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/123.0.0.0 Mobile Safari/537.36",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["ja-JP", "en-IE", "es-CL", "en-GB"])),
        "timezone": G(lambda f: f.pick(["Asia/Tokyo", "Europe/Dublin", "America/Santiago"])),
        "campaign": {
            "name": G(lambda f: f.pick(["family_app_launch", "spring_open_day", "respite_care_2024"])),
            "source": G(lambda f: f.pick(["google", "newsletter", "facebook"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(
                    [
                        "nursing home dublin",
                        "介護付き有料老人ホーム 世田谷",
                        "residencia adulto mayor las condes",
                    ]
                )
            ),
            "content": G(lambda f: f.pick(["hero_banner", "text_link", "carousel_2"])),
        },
    }


def swift_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Aoba Reception"),
            "version": G(lambda f: f.pick(["2.4.0", "2.4.1", "2.5.0"])),
            "build": G(lambda f: f.pick(["240", "241", "250"])),
            "namespace": G(lambda f: "com.aobacare.reception"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPad13,18", "iPad12,1", "iPad14,1"])),
            "name": G(lambda f: "iPad"),
            "type": G(lambda f: "ios"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "iPadOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.5", "17.5"]))},
        "screen": {"width": G(lambda f: 820), "height": G(lambda f: 1180)},
        "network": {"wifi": G(lambda f: True), "cellular": G(lambda f: False)},
        "locale": G(lambda f: f.pick(["ja-JP", "en-IE", "es-CL"])),
        "timezone": G(lambda f: f.pick(["Asia/Tokyo", "Europe/Dublin", "America/Santiago"])),
    }


def kotlin_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Aoba Carer"),
            "version": G(lambda f: f.pick(["6.2.0", "6.3.1", "6.3.2"])),
            "build": G(lambda f: f.pick(["620", "631", "632"])),
            "namespace": G(lambda f: "com.aobacare.carer"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Lenovo", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-X205", "TB-X306F", "SH-T01"])),
            "name": G(lambda f: f.pick(["gta8wifi", "X306F", "SH-T01"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["12", "13", "14"]))},
        "screen": {"density": G(lambda f: 1.5), "width": G(lambda f: 1200), "height": G(lambda f: 1920)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: False),
            "bluetooth": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["ja-JP", "en-IE", "es-CL", "en-PH"])),
        "timezone": G(lambda f: f.pick(["Asia/Tokyo", "Europe/Dublin", "America/Santiago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-X205 Build/TP1A.220624.014)"),
        "traits": {
            "name": Y(carer, "name"),
            "email": Y(staff_email, "email"),
            "staffId": G(staff_id),
            "role": G(
                lambda f: f.pick(
                    ["Healthcare Assistant", "Staff Nurse", "介護福祉士", "Técnico en enfermería"]
                )
            ),
        },
        "location": {
            "latitude": Y(
                lambda f: round(
                    f.pick([35.63, 35.31, 53.32, 51.88, -33.41, -33.02]) + f.r.uniform(-0.01, 0.01), 6
                ),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(
                    f.pick([139.64, 139.55, -6.25, -8.44, -70.57, -71.55]) + f.r.uniform(-0.01, 0.01), 6
                ),
                "geolocation",
            ),
            "speed": G(lambda f: 0.0),
        },
    }


def rn_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Aoba Family"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.2", "3.3.0"])),
            "build": G(lambda f: f.pick(["3100", "3202", "3300"])),
            "namespace": G(lambda f: "com.aobacare.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google", "SONY"])),
            "model": G(lambda f: f.pick(["iPhone15,2", "SM-S918B", "Pixel 7", "SO-51D"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.2"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.7"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["NTT DOCOMO", "Vodafone IE", "Entel", "Three"])),
        },
        "locale": G(lambda f: f.pick(["ja-JP", "en-IE", "es-CL"])),
        "timezone": G(lambda f: f.pick(["Asia/Tokyo", "Europe/Dublin", "America/Santiago"])),
        "traits": {"email": Y(email, "email"), "relationship": G(lambda f: f.pick(RELATIONS))},
        "location": {
            "latitude": Y(
                lambda f: round(
                    f.pick([f.r.uniform(33, 43), f.r.uniform(51.5, 54), f.r.uniform(-41, -30)]), 6
                ),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(
                    f.pick([f.r.uniform(130, 142), f.r.uniform(-10, -6), f.r.uniform(-73, -70)]), 6
                ),
                "geolocation",
            ),
        },
    }


def flutter_ctx(f):
    return {
        "app": {
            "name": G(lambda f: "Alerce Familia"),
            "version": G(lambda f: f.pick(["1.8.0", "1.8.3", "1.9.0"])),
            "build": G(lambda f: f.pick(["80", "83", "90"])),
            "namespace": G(lambda f: "cl.aobacare.familia"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Apple"])),
            "model": G(lambda f: f.pick(["SM-A145M", "moto g54 5G", "Redmi Note 12", "iPhone14,7"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["13", "14", "17.3"])),
        },
        "screen": {"width": G(lambda f: f.pick([720, 1080])), "height": G(lambda f: f.pick([1600, 2400]))},
        "locale": G(lambda f: "es-CL"),
        "timezone": G(lambda f: "America/Santiago"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.3"]),
    "php": ("analytics-php", ["3.7.0", "3.8.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_ctx(lib):
    name, versions = SERVER_LIBS[lib]

    def ctx(f):
        out = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib == "node":
            # the family portal's BFF forwards the caller's address and browser
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(
                lambda f: (
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                    "Version/17.4 Safari/605.1.15"
                )
            )
        if lib == "python":
            out["ip"] = Y(lambda f: f.ipv4(), "ip")
        if lib == "ruby":
            # the CRM service keys its calls to the HubSpot contact's e-mail
            out["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "hubspot_contact_email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return out

    return ctx


CONTEXTS = {"web": web_ctx, "swift": swift_ctx, "kotlin": kotlin_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
CONTEXTS.update({lib: server_ctx(lib) for lib in SERVER_LIBS})


# -- events -----------------------------------------------------------------------------------------


def address_block():
    return {
        "street": Y(any_street, "street|address"),
        "city": Y(any_city, "city"),
        "postalCode": Y(any_zip, "zipcode"),
        "state": G(
            lambda f: f.pick(
                ["Tokyo", "Kanagawa", "Co. Dublin", "Co. Cork", "Región Metropolitana", "Valparaíso"]
            )
        ),
        "country": G(lambda f: f.pick(["JP", "IE", "CL"])),
    }


def extras_product():
    return {
        "product_id": G(lambda f: str(f.r.randint(1000, 1999))),
        "sku": G(lambda f: f.pick(["HAIR", "NEWS", "TOIL", "LAB", "CAKE"]) + "-" + f.digits(4)),
        "name": G(
            lambda f: f.pick(
                [
                    "Hairdresser \u2013 wash & set",
                    "Irish Times weekly subscription",
                    "Clothing name labels (100)",
                    "Birthday cake (serves 10)",
                    "Chiropody visit",
                    "朝日新聞 月額",
                    "Toiletries bundle",
                ]
            )
        ),
        "category": G(lambda f: f.pick(["Services", "Subscriptions", "Personal items", "Celebrations"])),
        "brand": G(lambda f: f.pick(["Aoba Extras", "Aoba"])),
        "price": G(lambda f: f.money(5, 80)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


EVENTS = [
    # -- family portal -------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(any_phone, "phone"),
            "address": address_block(),
            "relationshipToResident": G(lambda f: f.pick(RELATIONS)),
            "isPowerOfAttorney": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["ja", "en", "es", "ga"])),
            "residentIds": Many(G(res_id), 2),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "page",
        "Resident Overview",
        "web",
        {
            "path": G(lambda f: "/residents/" + str(f.r.randint(10000, 19999))),
            "title": G(lambda f: "Resident overview | Aoba Family"),
            "url": G(lambda f: f"https://family.aobacare.com/residents/{f.r.randint(10000, 19999)}"),
            "referrer": G(lambda f: f.pick(["", "https://family.aobacare.com/"])),
            "residentId": G(res_id),
            "facilityId": G(lambda f: f.pick(["JP-SET", "JP-KAM", "IE-RAN", "IE-COR", "CL-LCO", "CL-VDM"])),
            "tab": G(lambda f: f.pick(["summary", "care-plan", "photos", "billing"])),
        },
    ),
    (
        "track",
        "Visit Booked",
        "rn",
        {
            "visitId": G(lambda f: f.uuid()),
            "residentId": G(res_id),
            "facilityName": G(lambda f: f.pick(FACILITIES)),
            "visitDate": G(lambda f: f.date(2024, 2024)),
            "slot": G(lambda f: f.pick(["10:00-11:00", "14:00-15:00", "15:30-16:30"])),
            "visitorCount": G(lambda f: f.r.randint(1, 4)),
            "visitors": Many(
                {
                    "name": Y(any_name, "name"),
                    "relationship": G(lambda f: f.pick(RELATIONS)),
                    "isChild": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "vehicleReg": Y(plate, "license"),
            "contactPhone": Y(any_phone, "phone"),
            "notesForStaff": G(lambda f: f.pick(VISIT_NOTES)),
            "roomBookingRequired": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Visit Cancelled",
        "flutter",
        {
            "visitaId": G(lambda f: f.uuid()),
            "motivo": G(
                lambda f: f.pick(["enfermedad_visitante", "cambio_de_planes", "brote_en_residencia", "otro"])
            ),
            "horasAntelacion": G(lambda f: f.r.randint(1, 72)),
            "residencia": G(lambda f: f.pick(["Aoba Las Condes", "Aoba Viña del Mar"])),
        },
    ),
    (
        "track",
        "Message Sent To Care Team",
        "web",
        {
            "threadId": G(lambda f: "thr_" + f.hexid(12)),
            "messageLength": G(lambda f: f.r.randint(20, 400)),
            "hasAttachment": G(lambda f: f.pick([True, False])),
            "recipientRole": G(
                lambda f: f.pick(["nurse_in_charge", "activities", "reception", "director_of_care"])
            ),
            "body": Y(family_message, "name", True),
        },
    ),
    (
        "track",
        "Photo Shared",
        "rn",
        {
            "albumId": G(lambda f: f.hexid(10)),
            "photoId": G(lambda f: f.uuid()),
            "photoUrl": Y(
                lambda f: (
                    f"https://media.aobacare.com/residents/{f.r.randint(10000, 19999)}/{f.hexid(16)}.jpg"
                ),
                "photo",
            ),
            "caption": G(lambda f: f.pick(CAPTIONS)),
            "taggedResidents": Many(Y(any_name, "name"), 3),
            "sharedBy": G(staff_id),
            "width": G(lambda f: f.pick([1080, 1440, 3024])),
        },
    ),
    (
        "track",
        "Resident Searched",
        "web",
        {
            "q": Y(
                lambda f: f.pick([jp_romaji, ie_name, cl_name, lambda f: f.pick(IE_LAST), jp_kanji])(f),
                "name",
                True,
            ),
            "resultsCount": G(lambda f: f.r.randint(0, 5)),
            "searchScope": G(lambda f: f.pick(["my_residents", "facility"])),
        },
    ),
    (
        "track",
        "Contact Selected",
        "rn",
        {
            "contactId": G(lambda f: f.uuid()),
            "label": Y(lambda f: f"{any_name(f)} ({f.pick(RELATIONS)})", "name", True),
            "kind": G(lambda f: f.pick(["next_of_kin", "emergency", "gp"])),
            "position": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Contacto de Emergencia Actualizado",
        "flutter",
        {
            "residenteId": G(res_id),
            "nombreContacto": Y(cl_name, "name"),
            "parentesco": G(lambda f: f.pick(["hija", "hijo", "sobrina", "nieto", "cónyuge"])),
            "campo": G(lambda f: f.pick(["telefono", "telefono_movil", "telefono_fijo"])),
            "valor": Y(
                lambda f: f.pick(
                    [phone_cl, lambda f: f"+56 2 2{f.r.randint(100, 999)} {f.r.randint(1000, 9999)}"]
                )(f),
                "phone",
                True,
            ),
            "esPrincipal": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Care Plan",
        "flutter",
        {
            "residenteId": G(res_id),
            "seccion": G(lambda f: f.pick(["alimentacion", "movilidad", "actividades", "medicamentos"])),
            "tiempoEnPantallaMs": G(lambda f: f.r.randint(800, 90000)),
        },
    ),
    (
        "track",
        "Login Attempted",
        "flutter",
        {
            "metodo": G(lambda f: "rut"),
            "value": RED(rut, "national id", True),
            "exitoso": G(lambda f: f.pick([True, False])),
            "intento": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Password Changed",
        "web",
        {
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "passwordLength": G(lambda f: f.r.randint(8, 24)),
            "mfaEnabled": G(lambda f: f.pick([True, False])),
            "previousPasswordAgeDays": G(lambda f: f.r.randint(1, 900)),
            "trigger": G(lambda f: f.pick(["settings", "forced_reset", "magic_link"])),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        "node",
        {
            "email": Y(email, "email"),
            "token": RED(lambda f: tok(f, 43), "token"),
            "expiresInMinutes": G(lambda f: f.pick([15, 30, 60])),
            "deliveryChannel": G(lambda f: "email"),
            "requestId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "One-Time Code Verified",
        "rn",
        {
            "otp": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "attemptCount": G(lambda f: f.r.randint(1, 3)),
            "secondsToEnter": G(lambda f: f.r.randint(4, 240)),
        },
    ),
    (
        "track",
        "Family Member Invited",
        "node",
        {
            "inviterUserId": G(lambda f: "usr_" + f.hexid(10)),
            "inviteeEmail": Y(email, "email"),
            "inviteeName": Y(any_name, "name"),
            "inviteePhone": Y(any_phone, "phone"),
            "role": G(lambda f: f.pick(["viewer", "contributor", "financial_contact"])),
            "inviteToken": RED(lambda f: tok(f, 40), "token"),
            "residentId": G(res_id),
        },
    ),
    ("alias", None, "node", {}),
    # -- fees ------------------------------------------------------------------------------------
    (
        "track",
        "Invoice Viewed",
        "web",
        {
            "invoiceId": G(lambda f: "in_" + f.hexid(14)),
            "invoiceNumber": G(lambda f: f"AOB-{f.r.randint(2023, 2024)}-{f.digits(6)}"),
            "amountDue": G(lambda f: f.money(300, 6000)),
            "currency": G(lambda f: f.pick(["JPY", "EUR", "CLP"])),
            "dueDate": G(lambda f: f.date(2024, 2024)),
            "payerName": Y(any_name, "name"),
            "schemeCoverage": G(lambda f: f.money(0, 5000)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(5, 200)),
            "revenue": G(lambda f: f.money(5, 200)),
            "tax": G(lambda f: f.money(0, 20)),
            "currency": G(lambda f: f.pick(["JPY", "EUR", "CLP"])),
            "coupon": G(lambda f: f.pick(["", "SPRING10", "FAMILY5"])),
            "products": Many(extras_product(), 3),
            "residentRoom": G(lambda f: f"Room {f.r.randint(101, 240)}"),
            "deliverTo": Y(any_name, "name"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "sepa_debit", "konbini", "webpay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "jcb", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 30)}"),
            "card_bin": G(lambda f: f.pick(["453201", "535310", "356600", "411111"])),
            "cardholder_name": Y(any_name, "name"),
            "billing_address": {
                "line1": Y(any_street, "address|street"),
                "city": Y(any_city, "city"),
                "postal_code": Y(any_zip, "zipcode"),
                "country": G(lambda f: f.pick(["JP", "IE", "CL"])),
            },
        },
    ),
    (
        "track",
        "Payment Form Submitted",
        "web",
        {
            "formId": G(lambda f: "pay-fees-v2"),
            "cardNumber": RED(lambda f: f.pick([jcb, lambda f: f.card()])(f), "credit card"),
            "amount": G(lambda f: f.money(100, 5000)),
            "saveCard": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "python",
        {
            "mandate_id": G(lambda f: "MD" + f.hexid(12).upper()),
            "mandate_reference": G(lambda f: f"AOBA-{f.digits(8)}"),
            "iban": RED(iban_ie, "bank account"),
            "bic": G(lambda f: f.pick(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D"])),
            "account_holder": Y(ie_name, "name"),
            "creditor_id": G(lambda f: "IE98ZZZ" + f.digits(6)),
            "first_collection_date": G(lambda f: f.date(2024, 2024)),
            "funding_scheme": G(lambda f: f.pick(["fair_deal", "private", "hse_contract"])),
            "monthly_amount": G(lambda f: f.money(800, 5200)),
        },
    ),
    (
        "track",
        "Fee Payment Received",
        "node",
        {
            # the Stripe charge.succeeded webhook, forwarded as received
            "type": G(lambda f: "charge.succeeded"),
            "livemode": G(lambda f: True),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + tok(f, 24)),
                    "amount": G(lambda f: f.r.randint(10000, 600000)),
                    "currency": G(lambda f: f.pick(["eur", "jpy", "clp"])),
                    "customer": G(lambda f: "cus_" + tok(f, 14)),
                    "payment_method": RED(lambda f: "pm_" + tok(f, 24), "token"),
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "jcb"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "country": G(lambda f: f.pick(["IE", "JP", "CL", "GB"])),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                        },
                    },
                    "billing_details": {
                        "name": Y(any_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(any_phone, "phone"),
                        "address": {
                            "line1": Y(any_street, "address|street"),
                            "city": Y(any_city, "city"),
                            "postal_code": Y(any_zip, "zipcode"),
                            "country": G(lambda f: f.pick(["IE", "JP", "CL"])),
                        },
                    },
                    "receipt_email": Y(email, "email"),
                    "description": G(
                        lambda f: f"{f.pick(FACILITIES)} fees {f.pick(['April', 'May', 'June'])} 2024"
                    ),
                    "metadata": {
                        "residentId": G(res_id),
                        "invoiceNumber": G(lambda f: f"AOB-2024-{f.digits(6)}"),
                    },
                    "status": G(lambda f: "succeeded"),
                },
            },
        },
    ),
    (
        "track",
        "Payment Failed",
        "node",
        {
            "payment_intent": G(lambda f: "pi_" + tok(f, 24)),
            "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "decline_code": G(lambda f: f.pick(["generic_decline", "do_not_honor", "insufficient_funds"])),
            "amount": G(lambda f: f.r.randint(10000, 600000)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Invoice Issued",
        "dotnet",
        {
            "InvoiceId": G(lambda f: f.r.randint(100000, 999999)),
            "InvoiceNumber": G(lambda f: f"AOB-2024-{f.digits(6)}"),
            "ResidentId": G(res_id),
            "BillingPeriod": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "Total": G(lambda f: f.money(900, 7000)),
            "Currency": G(lambda f: "EUR"),
            "SchemeContribution": G(lambda f: f.money(0, 4000)),
            "ResidentContribution": G(lambda f: f.money(200, 3000)),
            "PayerName": Y(ie_name, "name"),
            "PayerEmail": Y(email, "email"),
            "PayerAddress": {
                "Line1": Y(ie_street, "address|street"),
                "Town": Y(lambda f: f.pick(IE_PLACES)[0].split(",")[0], "city"),
                "County": G(lambda f: f.pick(["Dublin", "Cork", "Galway", "Limerick"])),
                "Eircode": Y(eircode, "zipcode"),
            },
            "IsOverdue": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kaigo Claim Submitted",
        "go",
        {
            "seikyu_id": G(lambda f: f.digits(10)),
            "service_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "hokensha_bango": G(lambda f: f.pick(["131128", "142042", "272039", "401331"])),
            "hihokensha_bango": RED(lambda f: f.pick(["000", "100", "300"]) + f.digits(7), "health id"),
            "kaigodo": Y(
                lambda f: f.pick(["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]),
                "condition|disability",
            ),
            "tanni_su": G(lambda f: f.r.randint(5000, 36000)),
            "futan_wariai": G(lambda f: f.pick(["1割", "2割", "3割"])),
            "riyosha_futan_gaku": G(lambda f: f.r.randint(10000, 120000)),
            "jigyosho_bango": G(lambda f: "13" + f.digits(8)),
        },
    ),
    (
        "track",
        "Subsidy Approved",
        "php",
        {
            "idSolicitud": G(lambda f: f.r.randint(20000, 99999)),
            "programa": G(
                lambda f: f.pick(["Fondo Subsidio ELEAM", "Cuidados Domiciliarios", "Copago municipal"])
            ),
            "montoMensual": G(lambda f: f.r.randint(150000, 650000)),
            "rutBeneficiario": RED(rut, "national id"),
            "tramoRSH": Y(lambda f: f.pick(["40%", "50%", "60%", "70%"]), "salary"),
            "fechaResolucion": G(lambda f: f.date(2024, 2024)),
            "region": G(lambda f: f.pick(["Metropolitana", "Valparaíso", "La Araucanía"])),
        },
    ),
    # -- admissions ------------------------------------------------------------------------------
    (
        "identify",
        None,
        "python",
        {
            "firstName": Y(lambda f: f.pick(IE_FIRST), "name"),
            "lastName": Y(lambda f: f.pick(IE_LAST), "name"),
            "preferredName": Y(lambda f: f.pick(["Peg", "Mick", "Nan", "Bridie", "Paddy", "Kitty"]), "name"),
            "dateOfBirth": Y(dob_old, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "Female", "Male", "F", "M"]), "gender"),
            "nationality": Y(lambda f: f.pick(["Irish", "British", "Polish", "Filipino"]), "citizenship"),
            "religion": Y(
                lambda f: f.pick(["Roman Catholic", "Church of Ireland", "None", "Muslim", "Presbyterian"]),
                "religion",
            ),
            "maritalStatus": G(lambda f: f.pick(["widowed", "married", "single", "separated"])),
            "age": G(lambda f: f.r.randint(68, 101)),
            "roomNumber": G(lambda f: str(f.r.randint(101, 240))),
            "facility": G(lambda f: f.pick(["Aoba Ranelagh", "Aoba Cork Riverside"])),
            "admittedAt": G(lambda f: f.iso()),
            "ppsn": RED(ppsn, "national id|social security number"),
            "medicalCardNumber": RED(lambda f: f.digits(7) + f.pick("ABCDEFGHJKLM"), "health id"),
            "privateInsurer": G(lambda f: f.pick(["VHI", "Laya Healthcare", "Irish Life Health", "None"])),
            "insuranceMemberNo": Y(lambda f: f.digits(8), "identification"),
            "gpName": Y(lambda f: "Dr " + ie_name(f), "name"),
            "gpPracticePhone": G(lambda f: f.pick(["+353 1 496 0411", "+353 21 489 3300", "(01) 283 7711"])),
            "nextOfKin": {
                "name": Y(ie_name, "name"),
                "relationship": G(lambda f: f.pick(RELATIONS)),
                "phone": Y(phone_ie, "phone"),
                "email": Y(email, "email"),
            },
        },
    ),
    (
        "track",
        "Admission Completed",
        "python",
        {
            "admissionId": G(lambda f: f.uuid()),
            "residentId": G(res_id),
            "facilityId": G(lambda f: f.pick(["IE-RAN", "IE-COR"])),
            "admissionType": G(lambda f: f.pick(["long_term", "respite", "convalescence"])),
            "fundingSource": G(lambda f: f.pick(["fair_deal", "private", "hse_contract"])),
            "referralSource": G(lambda f: f.pick(["hospital", "community", "family"])),
            "dischargingHospital": G(
                lambda f: f.pick(
                    ["St Vincent's University Hospital", "Cork University Hospital", "Beaumont Hospital", ""]
                )
            ),
            "hospitalMrn": RED(lambda f: f.pick(["", "MRN"]) + f.digits(7), "health id"),
            "primaryDiagnosis": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "secondaryDiagnoses": Many(Y(lambda f: f.pick(DIAGNOSES), "diagnosis"), 3),
            "dementiaStage": Y(
                lambda f: f.pick(["mild", "moderate", "severe", "FAST 5", "FAST 6c"]), "condition"
            ),
            "mobility": RED(
                lambda f: f.pick(
                    [
                        "independent with frame",
                        "wheelchair user",
                        "hoist transfer",
                        "bedbound",
                        "one-person assist",
                    ]
                ),
                "disability",
            ),
            "mobilityAids": Many(
                RED(lambda f: f.pick(["rollator", "wheelchair", "walking stick", "hoist"]), "disability"), 2
            ),
            "hearingAid": RED(lambda f: f.pick([True, False]), "disability"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGIES), "allergy"), 2),
            "dnr": Y(lambda f: f.pick([True, False]), "procedure|condition"),
            "dietType": Y(
                lambda f: f.pick(
                    [
                        "IDDSI 7 regular",
                        "IDDSI 6 soft & bite-sized",
                        "IDDSI 5 minced & moist",
                        "IDDSI 4 puréed",
                    ]
                ),
                "condition",
            ),
            "fallsRiskScore": G(lambda f: f.r.randint(0, 30)),
            "assessmentTool": G(lambda f: f.pick(["Morse", "FRAT", "STRATIFY"])),
            "formVersion": G(lambda f: f.pick(["3.2", "3.3"])),
        },
    ),
    (
        "track",
        "Resident Admitted",
        "go",
        {
            "nyukyo_id": G(lambda f: f.digits(8)),
            "shisetsu_code": G(lambda f: f.pick(["JP-SET", "JP-KAM", "JP-TOY"])),
            "shimei": Y(jp_kanji, "name"),
            "furigana": Y(jp_kana, "name"),
            "shimei_romaji": Y(jp_romaji, "name"),
            "seinengappi": Y(showa_date, "birthdate"),
            "seibetsu": Y(lambda f: f.pick(["男", "女"]), "gender|sex"),
            "yubin_bango": Y(lambda f: f.pick(JP_PLACES)[2], "zipcode"),
            "jusho": Y(jp_address, "address"),
            "denwa_bango": Y(
                lambda f: f.pick(
                    [
                        phone_jp,
                        lambda f: f"0{f.r.randint(3, 99)}-{f.r.randint(100, 9999)}-{f.r.randint(1000, 9999)}",
                    ]
                )(f),
                "phone",
            ),
            "my_number": RED(my_number, "national id"),
            "hihokensha_bango": RED(lambda f: f.pick(["000", "100", "300"]) + f.digits(7), "health id"),
            "koki_koreisha_bango": RED(lambda f: f.digits(8), "health id"),
            "kaigodo": Y(
                lambda f: f.pick(["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]),
                "condition|disability",
            ),
            "ninchisho_jiritsudo": Y(
                lambda f: f.pick(["自立", "\u2160", "\u2161a", "\u2161b", "\u2162a", "\u2163"]), "condition"
            ),
            "kinkyu_renrakusaki": {
                "shimei": Y(jp_kanji, "name"),
                "zokugara": G(lambda f: f.pick(["長男", "長女", "次男", "妻", "姪"])),
                "denwa": Y(phone_jp, "phone"),
            },
            "nyukyo_bi": G(lambda f: f.date(2023, 2024)),
            "heya_bango": G(lambda f: f"{f.r.randint(1, 4)}{f.r.randint(1, 30):02d}"),
        },
    ),
    (
        "track",
        "Ingreso Residente",
        "php",
        {
            "idIngreso": G(lambda f: f.r.randint(1000, 9999)),
            "residencia": G(lambda f: f.pick(["Aoba Las Condes", "Aoba Viña del Mar"])),
            "nombres": Y(lambda f: f.pick(CL_FIRST), "name"),
            "apellidoPaterno": Y(lambda f: f.pick(CL_LAST), "name"),
            "apellidoMaterno": Y(lambda f: f.pick(CL_LAST), "name"),
            "rut": RED(rut, "national id"),
            "fechaNacimiento": Y(lambda f: "/".join(reversed(dob_old(f).split("-"))), "birthdate"),
            "sexo": Y(lambda f: f.pick(["F", "M", "Femenino", "Masculino"]), "sex|gender"),
            "prevision": G(lambda f: f.pick(["FONASA", "ISAPRE", "CAPREDENA", "DIPRECA"])),
            "isapre": G(lambda f: f.pick(["", "Colmena", "Banmédica", "Cruz Blanca", "Consalud"])),
            "numeroAfiliado": Y(lambda f: f.digits(9), "identification"),
            "diagnosticos": Many(
                Y(
                    lambda f: f.pick(
                        ["Alzheimer", "Hipertensión arterial", "Diabetes mellitus tipo 2", "EPOC", "Artrosis"]
                    ),
                    "diagnosis",
                ),
                3,
            ),
            "gradoDependencia": Y(lambda f: f.pick(["leve", "moderada", "severa"]), "condition|disability"),
            "comuna": Y(lambda f: f.pick(CL_COMUNAS), "city"),
            "direccionAnterior": Y(cl_address, "address"),
            "apoderado": {
                "nombre": Y(cl_name, "name"),
                "rut": RED(rut, "national id"),
                "telefono": Y(phone_cl, "phone"),
                "correo": Y(email, "email"),
                "parentesco": G(lambda f: f.pick(["hija", "hijo", "sobrina", "nieto", "cónyuge"])),
            },
            "region": G(lambda f: f.pick(["Metropolitana", "Valparaíso"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            # reverse-ETL from the warehouse (same identify path family as admissions, SCREAMING keys)
            "RESIDENT_ID": G(res_id),
            "FULL_NAME": Y(any_name, "name"),
            "DOB": Y(dob_old, "birthdate"),
            "FACILITY_CODE": G(lambda f: f.pick(["JP-SET", "IE-RAN", "CL-LCO"])),
            "CARE_LEVEL": Y(lambda f: f.pick(["low", "medium", "high", "maximum"]), "condition|disability"),
            "LAST_FALL_AT": G(lambda f: f.iso()),
            "FALLS_90D": G(lambda f: f.r.randint(0, 6)),
            "NOK_EMAIL": Y(email, "email"),
            "LIFETIME_FEES": G(lambda f: f.money(5000, 250000)),
            "LTV_SEGMENT": G(lambda f: f.pick(["A", "B", "C"])),
            "DBT_RUN_ID": G(lambda f: f.uuid()),
        },
    ),
    # -- eMAR, observations ----------------------------------------------------------------------
    (
        "track",
        "Medication Round Started",
        "kotlin",
        {
            "roundId": G(lambda f: f.uuid()),
            "wing": G(lambda f: f.pick(["Sakura", "Hydrangea", "Oak", "Copihue"])),
            "scheduledTime": G(lambda f: f.pick(["08:00", "12:00", "17:00", "21:00"])),
            "residentsDue": G(lambda f: f.r.randint(6, 30)),
            "trolleyId": G(lambda f: "TR-" + f.digits(3)),
        },
    ),
    (
        "track",
        "Medication Administered",
        "kotlin",
        {
            "administrationId": G(lambda f: f.uuid()),
            "residentId": G(res_id),
            "medicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "2 tablets", "5 ml", "10 ml", "1 patch"])),
            "route": G(lambda f: f.pick(["oral", "topical", "subcutaneous", "transdermal"])),
            "scheduledAt": G(lambda f: f.iso()),
            "administeredAt": G(lambda f: f.iso()),
            "outcome": G(lambda f: f.pick(["given", "refused", "omitted", "self-administered"])),
            "prn": G(lambda f: f.pick([True, False])),
            "rxNumber": Y(lambda f: f"RX{f.r.randint(2023, 2024)}-{f.digits(6)}", "medication"),
            "gtin": G(lambda f: "0" + f.digits(13)),
            "witnessStaffId": G(staff_id),
            "painScore": RED(lambda f: f.r.randint(0, 10), "health"),
        },
    ),
    (
        "track",
        "Controlled Drug Count Recorded",
        "kotlin",
        {
            "registerId": G(lambda f: "CDR-" + f.digits(4)),
            "drugName": G(
                lambda f: f.pick(
                    [
                        "Oxycodone 5mg",
                        "Morphine sulfate 10mg/5ml",
                        "Fentanyl 12mcg patch",
                        "Buprenorphine 5mcg patch",
                    ]
                )
            ),
            "expectedCount": G(lambda f: f.r.randint(10, 60)),
            "actualCount": G(lambda f: f.r.randint(10, 60)),
            "discrepancy": G(lambda f: f.pick([True, False])),
            "countedBy": G(staff_id),
            "witnessName": Y(carer, "name"),
        },
    ),
    (
        "track",
        "Observation Recorded",
        "kotlin",
        {
            "observationId": G(lambda f: f.uuid()),
            "residentId": G(res_id),
            "bpSystolic": RED(lambda f: f.r.randint(95, 180), "health"),
            "bpDiastolic": RED(lambda f: f.r.randint(55, 105), "health"),
            "spo2": RED(lambda f: f.r.randint(88, 100), "health"),
            "news2Score": RED(lambda f: f.r.randint(0, 9), "health"),
            "recordedBy": G(staff_id),
            "device": G(lambda f: f.pick(["Omron HEM-7361T", "Welch Allyn Connex", "manual"])),
        },
    ),
    # -- falls and incidents ---------------------------------------------------------------------
    (
        "track",
        "Fall Reported",
        "kotlin",
        {
            "incidentId": G(lambda f: f.uuid()),
            "residentId": G(res_id),
            "occurredAt": G(lambda f: f.iso()),
            "location": G(lambda f: f.pick(["bedroom", "en-suite", "corridor", "dining room", "garden"])),
            "witnessed": G(lambda f: f.pick([True, False])),
            "injurySustained": Y(lambda f: f.pick([True, False]), "condition"),
            "injuryTypes": Many(
                Y(
                    lambda f: f.pick(
                        ["skin tear", "bruising", "laceration", "suspected fracture", "head injury"]
                    ),
                    "condition",
                ),
                2,
            ),
            "familyNotified": G(lambda f: f.pick([True, False])),
            "gpNotified": G(lambda f: f.pick([True, False])),
            "ambulanceCalled": G(lambda f: f.pick([True, False])),
            "reportedBy": G(staff_id),
            "reporterName": Y(carer, "name"),
            "details": Y(fall_description, "name", True),
            "fallsThisMonth": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Incident Report Submitted",
        "java",
        {
            "incident_id": G(lambda f: f.r.randint(100000, 999999)),
            "category": G(
                lambda f: f.pick(["fall", "medication_error", "skin_integrity", "absconding", "safeguarding"])
            ),
            "severity": G(lambda f: f.pick(["low", "moderate", "severe"])),
            "regulator_notified": G(lambda f: f.pick([True, False])),
            "regulator_ref": G(lambda f: f.pick(["NF03-", "NF06-", "NF09-"]) + f.digits(6)),
            "residents_involved": Many(G(res_id), 2),
            "staff_involved": Many(
                {
                    "staff_id": G(staff_id),
                    "name": Y(carer, "name"),
                    "role": G(lambda f: f.pick(["HCA", "Staff Nurse", "Clinical Nurse Manager"])),
                },
                3,
            ),
            "witness_statement": Y(witness_statement, "name", True),
            "submitted_by_email": Y(staff_email, "email"),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    # -- reception -------------------------------------------------------------------------------
    (
        "screen",
        "Sign In",
        "swift",
        {
            "step": G(lambda f: f.pick(["welcome", "details", "health_declaration", "badge"])),
            "language": G(lambda f: f.pick(["ja", "en", "es"])),
            "idleTimeoutSec": G(lambda f: 90),
        },
    ),
    (
        "track",
        "Visitor Signed In",
        "swift",
        {
            "visitId": G(lambda f: f.uuid()),
            "visitorName": Y(any_name, "name"),
            "visitorPhone": Y(any_phone, "phone"),
            "visitorCompany": G(
                lambda f: f.pick(["", "Boots Pharmacy", "HSE Community Services", "ヤマト運輸", "Cruz Verde"])
            ),
            "visitingResident": Y(any_name, "name"),
            "residentRoom": G(lambda f: str(f.r.randint(101, 240))),
            "purpose": G(lambda f: f.pick(["family", "friend", "professional", "delivery"])),
            "vehicleReg": Y(plate, "license"),
            "badgeNumber": G(lambda f: f"V{f.r.randint(1, 80):03d}"),
            "hasSymptoms": Y(lambda f: f.pick([False, False, True]), "condition"),
            "photoUrl": Y(lambda f: f"https://kiosk.aobacare.com/visitors/{f.hexid(20)}.jpg", "photo"),
            "signedInAt": G(lambda f: f.iso()),
            "visitorCount": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Visitor Signed Out",
        "swift",
        {
            "visitId": G(lambda f: f.uuid()),
            "badgeNumber": G(lambda f: f"V{f.r.randint(1, 80):03d}"),
            "durationMinutes": G(lambda f: f.r.randint(5, 240)),
            "signedOutBy": G(lambda f: f.pick(["self", "reception", "auto_midnight"])),
        },
    ),
    (
        "track",
        "Returning Visitor Lookup",
        "swift",
        {
            "lookupBy": G(lambda f: "mobile"),
            "lookupValue": Y(any_phone, "phone", True),
            "matched": G(lambda f: f.pick([True, False])),
            "matchCount": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Contractor Signed In",
        "swift",
        {
            "contractorName": Y(any_name, "name"),
            "company": G(
                lambda f: f.pick(["Otis Elevators", "Rentokil Initial", "Kone Japan", "Sodexo Chile"])
            ),
            "companyPhone": G(lambda f: f.pick(["+353 1 406 2800", "03-6700-1200", "+56 2 2810 3000"])),
            "permitToWork": G(lambda f: "PTW-" + f.digits(5)),
            "areas": Many(G(lambda f: f.pick(["kitchen", "plant room", "lift", "roof", "laundry"])), 2),
            "inductionComplete": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "面会受付",
        "swift",
        {
            "氏名": Y(jp_kanji, "name"),
            "フリガナ": Y(jp_kana, "name"),
            "電話番号": Y(phone_jp, "phone"),
            "続柄": G(lambda f: f.pick(["長男", "長女", "孫", "友人", "姪"])),
            "面会相手": Y(lambda f: jp_sur(f)[0] + f.pick(["様", " 様", "さん"]), "name"),
            "人数": G(lambda f: f.r.randint(1, 4)),
            "体温": RED(lambda f: round(f.r.uniform(35.8, 37.4), 1), "health"),
            "受付時刻": G(lambda f: f.iso()),
            "施設名": G(lambda f: f.pick(["Aoba Garden Setagaya", "Aoba House Kamakura"])),
        },
    ),
    # -- staff, rota, HR -------------------------------------------------------------------------
    (
        "track",
        "Shift Published",
        "java",
        {
            "rota_id": G(lambda f: f.uuid()),
            "facility_id": G(lambda f: f.pick(["JP-SET", "IE-RAN", "CL-LCO"])),
            "week_start": G(lambda f: f.date(2024, 2024)),
            "shifts": Many(
                {
                    "shift_id": G(lambda f: f.r.randint(10**6, 10**7)),
                    "staff_id": G(staff_id),
                    "role": G(lambda f: f.pick(["HCA", "Staff Nurse", "Night HCA", "Activities"])),
                    "start": G(lambda f: f.iso()),
                    "end": G(lambda f: f.iso()),
                    "wing": G(lambda f: f.pick(["Sakura", "Hydrangea", "Oak", "Copihue"])),
                },
                6,
            ),
            "published_by": G(staff_id),
        },
    ),
    (
        "track",
        "Shift Swapped",
        "kotlin",
        {
            "shiftId": G(lambda f: f.r.randint(10**6, 10**7)),
            "fromStaffId": G(staff_id),
            "toStaffId": G(staff_id),
            "fromStaffName": Y(carer, "name"),
            "toStaffName": Y(carer, "name"),
            "reason": G(lambda f: f.pick(["childcare", "sick_cover", "personal", "training"])),
            "approved": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Clocked In",
        "kotlin",
        {
            "staffId": G(staff_id),
            "shiftId": G(lambda f: f.r.randint(10**6, 10**7)),
            "method": G(lambda f: f.pick(["nfc", "pin", "geofence"])),
            "distanceFromSiteM": G(lambda f: f.r.randint(0, 400)),
            "lateByMinutes": G(lambda f: f.r.randint(0, 25)),
            "pinAttempts": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Handover Note Added",
        "kotlin",
        {
            "noteId": G(lambda f: f.uuid()),
            "wing": G(lambda f: f.pick(["Sakura", "Hydrangea", "Oak", "Copihue"])),
            "residentId": G(res_id),
            "shift": G(lambda f: f.pick(["early", "late", "night"])),
            "note": Y(handover_note, "name", True),
            "charCount": G(lambda f: f.r.randint(20, 300)),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "EmployeeId": G(staff_id),
            "FirstName": Y(lambda f: carer(f).split()[0], "name"),
            "LastName": Y(lambda f: carer(f).split()[-1], "name"),
            "Email": Y(staff_email, "email"),
            "MobilePhone": Y(phone_ie, "phone"),
            "JobTitle": G(
                lambda f: f.pick(["Healthcare Assistant", "Staff Nurse", "Clinical Nurse Manager", "Chef"])
            ),
            "HourlyRate": Y(lambda f: f.money(13.5, 24), "salary"),
            "ContractType": G(lambda f: f.pick(["full_time", "part_time", "relief"])),
            "Ppsn": RED(ppsn, "national id|social security number"),
            "DateOfBirth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "Iban": RED(iban_ie, "bank account"),
            "NmbiPin": Y(lambda f: f.digits(6), "license|certificate"),
            "GardaVettingStatus": G(lambda f: f.pick(["complete", "pending", "renewal_due"])),
            "RightToWork": RED(
                lambda f: f.pick(
                    [
                        "Irish citizen",
                        "EU/EEA citizen",
                        "Stamp 4",
                        "Critical Skills Employment Permit",
                        "General Employment Permit",
                    ]
                ),
                "visa",
            ),
            "PermitExpiry": RED(lambda f: f.date(2024, 2027), "visa"),
            "StartDate": G(lambda f: f.date(2015, 2024)),
            "Employer": G(lambda f: "Aoba Care Ireland Ltd"),
        },
    ),
    (
        "track",
        "Payslip Generated",
        "dotnet",
        {
            "PayslipId": G(lambda f: f.uuid()),
            "PeriodEnd": G(lambda f: f.date(2024, 2024)),
            "GrossPay": Y(lambda f: f.money(900, 4200), "salary"),
            "NetPay": Y(lambda f: f.money(700, 3300), "salary"),
            "HoursWorked": G(lambda f: f.r.randint(40, 180)),
            "OvertimeHours": G(lambda f: f.r.randint(0, 20)),
            "Iban": RED(iban_ie, "bank account"),
            "PaymentReference": G(lambda f: "PAY" + f.digits(8)),
            "Currency": G(lambda f: "EUR"),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "go",
        {
            "staff_id": G(staff_id),
            "shimei_romaji": Y(lambda f: carer(f).upper(), "name"),
            "kokuseki": Y(
                lambda f: f.pick(["ベトナム", "フィリピン", "インドネシア", "ネパール", "Myanmar"]),
                "citizenship",
            ),
            "zairyu_card_no": RED(residence_card, "national id"),
            "zairyu_shikaku": RED(
                lambda f: f.pick(["特定技能1号", "技能実習2号", "介護", "永住者", "特定活動(EPA)"]), "visa"
            ),
            "zairyu_kigen": RED(lambda f: f.date(2024, 2029), "visa"),
            "passport_no": RED(passport, "passport"),
            "jikyu": Y(lambda f: f.r.randint(1100, 1700), "salary"),
            "ginko": {
                "ginko_code": G(lambda f: f.pick(["0001", "0005", "0009", "9900"])),
                "shiten_code": G(lambda f: f"{f.r.randint(1, 999):03d}"),
                "koza_shubetsu": G(lambda f: f.pick(["普通", "当座"])),
                "koza_bango": RED(lambda f: f.digits(7), "bank account"),
                "koza_meigi": Y(
                    lambda f: f.pick(
                        ["グエン　ティ　ラン", "サントス　マリア", "レスタリ　プトゥ", "チャン　ヴァン　ミン"]
                    ),
                    "name",
                ),
            },
            "nyusha_bi": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Contrato Firmado",
        "php",
        {
            "idContrato": G(lambda f: f.r.randint(500, 9000)),
            "nombreCompleto": Y(
                lambda f: f.pick(
                    [cl_name, lambda f: f.pick(["Yolanda Quispe Mamani", "Wilmer Rodríguez Peña"])]
                )(f),
                "name",
            ),
            "rut": RED(rut, "national id"),
            "cargo": G(
                lambda f: f.pick(["Técnico en enfermería", "Auxiliar de aseo", "Enfermera", "Kinesiólogo"])
            ),
            "sueldoBase": Y(lambda f: f.r.randint(500000, 1400000), "salary"),
            "afp": G(lambda f: f.pick(["AFP Habitat", "AFP Provida", "AFP Modelo", "AFP Capital"])),
            "isapre": G(lambda f: f.pick(["", "Colmena", "Banmédica", "Cruz Blanca", "Consalud"])),
            "banco": G(lambda f: f.pick(["BancoEstado", "Banco de Chile", "Santander", "BCI"])),
            "tipoCuenta": G(lambda f: f.pick(["CuentaRUT", "Cuenta Corriente", "Cuenta Vista"])),
            "numeroCuenta": RED(lambda f: f.digits(f.pick([8, 10, 12])), "bank account"),
            "correoPersonal": Y(email, "email"),
            "fechaInicio": G(lambda f: f.date(2023, 2024)),
        },
    ),
    (
        "track",
        "Training Completed",
        "ruby",
        {
            "staff_id": G(staff_id),
            "course_id": G(lambda f: f"C{f.r.randint(100, 199)}"),
            "course_name": G(
                lambda f: f.pick(
                    [
                        "Manual Handling",
                        "Dementia Care Level 2",
                        "Safeguarding Adults",
                        "Infection Control",
                        "認知症介護基礎研修",
                    ]
                )
            ),
            "score": G(lambda f: f.r.randint(60, 100)),
            "passed": G(lambda f: f.pick([True, False])),
            "certificate_number": G(lambda f: f"AOB-CERT-{f.digits(6)}"),
            "expires_on": G(lambda f: f.date(2025, 2027)),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        "web",
        {
            "jobId": G(lambda f: f"JOB-{f.r.randint(100, 999)}"),
            "jobTitle": G(
                lambda f: f.pick(
                    ["Healthcare Assistant", "Staff Nurse", "Night Nurse", "Activities Coordinator"]
                )
            ),
            "applicant": {
                "firstName": Y(first_name, "name"),
                "lastName": Y(last_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(any_phone, "phone"),
            },
            "requiresVisaSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "rightToWorkIreland": RED(lambda f: f.pick([True, False]), "visa"),
            "yearsExperience": G(lambda f: f.r.randint(0, 25)),
            "currentEmployer": G(
                lambda f: f.pick(["HSE", "Mowlam Healthcare", "Bupa Care Services", "St James's Hospital"])
            ),
            "expectedSalary": Y(lambda f: f.r.randint(28000, 52000), "salary"),
            "nmbiRegistered": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["indeed", "linkedin", "referral", "careers_site"])),
        },
    ),
    # -- CRM, enquiries, comms -------------------------------------------------------------------
    (
        "track",
        "Enquiry Submitted",
        "web",
        {
            "enquiryId": G(lambda f: f.uuid()),
            "facilityInterest": G(lambda f: f.pick(FACILITIES)),
            "careType": G(lambda f: f.pick(["long_term", "respite", "dementia", "assisted_living"])),
            "urgency": G(lambda f: f.pick(["asap", "within_month", "researching"])),
            "enquirerName": Y(any_name, "name"),
            "enquirerEmail": Y(email, "email"),
            "enquirerPhone": Y(any_phone, "phone"),
            "relationship": G(lambda f: f.pick([*RELATIONS, "self"])),
            "residentAge": G(lambda f: f.r.randint(65, 99)),
            "message": Y(enquiry_message, "name", True),
            "preferredCallbackTime": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "gclid": Y(gclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
        },
    ),
    (
        "track",
        "Tour Booked",
        "ruby",
        {
            "contact": {
                "firstname": Y(first_name, "name"),
                "lastname": Y(last_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(any_phone, "phone"),
                "hs_object_id": G(lambda f: f.digits(11)),
                "lifecyclestage": G(lambda f: f.pick(["lead", "marketingqualifiedlead", "opportunity"])),
            },
            "tour_date": G(lambda f: f.date(2024, 2024)),
            "facility": G(lambda f: f.pick(FACILITIES)),
            "tour_type": G(lambda f: f.pick(["in_person", "video"])),
        },
    ),
    (
        "track",
        "Brochure Downloaded",
        "web",
        {
            "brochureId": G(lambda f: f.pick(["br-ranelagh-2024", "br-setagaya-2024", "br-lascondes-2024"])),
            "facilityName": G(lambda f: f.pick(FACILITIES)),
            "format": G(lambda f: "pdf"),
            "input": Y(email, "email", True),
            "gated": G(lambda f: True),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "formId": G(lambda f: f.pick(["enquiry", "visit_request", "callback"])),
            "fieldName": G(lambda f: f.pick(["mobile", "nok_mobile", "landline"])),
            "text": Y(any_phone, "phone", True),
            "timeToCompleteMs": G(lambda f: f.r.randint(800, 20000)),
        },
    ),
    (
        "track",
        "SMS Sent",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(any_phone, "phone"),
            "From": G(lambda f: f.pick(["AobaCare", "+353 86 180 0200", "+56 9 4410 2200"])),
            "Body": Y(sms_body, "name", True),
            "Status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Email Delivered",
        "node",
        {
            "email": Y(email, "email"),
            "sg_message_id": G(lambda f: tok(f, 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{tok(f, 20)}@ismtpd0{f.r.randint(10, 99)}p1mdw1.sendgrid.net>"),
            "category": Many(G(lambda f: f.pick(["visit_confirmation", "invoice", "newsletter"])), 2),
            "template": G(lambda f: f.pick(["d-" + f.hexid(32)])),
            "from": G(
                lambda f: f.pick(["no-reply@aobacare.com", "billing@aobacare.ie", "familia@aobacare.cl"])
            ),
            "event": G(lambda f: "delivered"),
        },
    ),
    (
        "track",
        "Call Completed",
        "node",
        {
            # an Aircall-style webhook forwarded by the telephony service
            "call_id": G(lambda f: f.r.randint(10**9, 2 * 10**9)),
            "direction": G(lambda f: "inbound"),
            "raw_digits": Y(any_phone, "phone"),
            "number": {
                "name": G(
                    lambda f: f.pick(
                        ["Reception Ranelagh", "Admissions IE", "受付 世田谷", "Recepción Las Condes"]
                    )
                ),
                "digits": G(lambda f: f.pick(FAC_PHONES)),
            },
            "caller": {
                "first_name": Y(first_name, "name"),
                "last_name": Y(last_name, "name"),
            },
            "duration": G(lambda f: f.r.randint(10, 1200)),
            "missed_call_reason": G(lambda f: f.pick(["", "out_of_opening_hours", "no_available_agent"])),
        },
    ),
    (
        "track",
        "Account Locked",
        "node",
        {
            "failedAttempts": G(lambda f: f.r.randint(5, 10)),
            "lastIp": Y(lambda f: f.ipv4(), "ip"),
            "lockDurationMin": G(lambda f: f.pick([15, 30, 60])),
            "unlockVia": G(lambda f: f.pick(["email", "support"])),
        },
    ),
    (
        "track",
        "Survey Completed",
        "ruby",
        {
            "response-id": G(lambda f: tok(f, 16).lower()),
            "form-id": G(lambda f: f.pick(["fam-q2", "fam-q3"])),
            "nps-score": G(lambda f: f.r.randint(0, 10)),
            "would-recommend": G(lambda f: f.pick([True, False])),
            "free-text-comment": G(lambda f: f.pick(SURVEY_COMMENTS)),
            "respondent-email": Y(email, "email"),
            "submitted-at": G(lambda f: f.iso()),
            "facility-slug": G(lambda f: f.pick(["ranelagh", "setagaya", "las-condes"])),
        },
    ),
    # -- facility, activities, pets --------------------------------------------------------------
    (
        "group",
        None,
        "python",
        {
            "name": G(lambda f: f.pick(FACILITIES)),
            "address": G(
                lambda f: f.pick(
                    [
                        "Sandford Road, Ranelagh, Dublin 6",
                        "東京都世田谷区桜丘5-2-1",
                        "Av. Apoquindo 6410, Las Condes",
                    ]
                )
            ),
            "switchboardPhone": G(lambda f: f.pick(FAC_PHONES)),
            "generalEmail": G(
                lambda f: f.pick(["ranelagh@aobacare.ie", "setagaya@aobacare.jp", "lascondes@aobacare.cl"])
            ),
            "beds": G(lambda f: f.r.randint(40, 140)),
            "industry": G(lambda f: "Residential care"),
            "regulatorId": G(lambda f: f.pick(["OSV-0000127", "OSV-0004480", "1371209876"])),
            "careManager": Y(carer, "name"),
            "country": G(lambda f: f.pick(["JP", "IE", "CL"])),
            "occupancyRate": G(lambda f: round(f.r.uniform(0.7, 1.0), 2)),
        },
    ),
    (
        "track",
        "Activity Attended",
        "kotlin",
        {
            "activityId": G(lambda f: f.uuid()),
            "activityName": G(lambda f: f.pick(ACTIVITIES)),
            "attendeeCount": G(lambda f: f.r.randint(2, 20)),
            "residentIds": Many(G(res_id), 5),
            "ledBy": Y(carer, "name"),
            "durationMin": G(lambda f: f.pick([30, 45, 60])),
        },
    ),
    (
        "track",
        "Pet Therapy Visit Logged",
        "kotlin",
        {
            "visitId": G(lambda f: f.uuid()),
            "petName": G(lambda f: f.pick(["Mochi", "Biscuit", "Canela", "Hachi", "Murphy"])),
            "petSpecies": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
            "petBreed": G(lambda f: f.pick(["Shiba Inu", "Labrador", "Quiltro", "Jack Russell"])),
            "handlerName": Y(any_name, "name"),
            "residentsParticipated": G(lambda f: f.r.randint(1, 15)),
            "vaccinationsChecked": G(lambda f: True),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["usr_", "u", ""]) + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f.pick(["JP-SET", "JP-KAM", "IE-RAN", "IE-COR", "CL-LCO", "CL-VDM"])
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=243, repeats=34)
    write(Path(__file__).parent, "holdout243_", events, labels)
