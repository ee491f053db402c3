# ruff: noqa: RUF001 (Japanese text uses full-width punctuation)
"""Writes holdout218: tests/corpus/holdout218_events.jsonl and holdout218_labels.json.

Sealed: written from the brief, build.py, fake.py and build_holdout3.py (for the format) only,
without reading the detection engine, its vocabularies, its tests, the other corpora's labels or
any score; it has not been run through the engine by its author.

Covers a home healthcare and nursing-visit service ("CareCircle") operating in Japan, the US and
South Africa: marketing site and lead forms, patient intake (insurance numbers, diagnoses,
medications, allergies, mobility), Japanese (kanji and romaji keys) and Afrikaans backends,
referrals from hospitals, visit scheduling, nurses' GPS check-ins and EVV records, vital signs,
care notes, home-monitoring devices, family members and emergency contacts, messaging (Twilio,
SendGrid, Zendesk shaped payloads), staff (nurses' licences, pay, vehicles, hiring), auth, a
medical-supply shop (Segment e-commerce spec, Stripe shaped payment), billing to insurers
(.NET PascalCase claims, SA debit orders, Japanese long-term-care billing) and a reverse-ETL
warehouse sync (SCREAMING_SNAKE traits). Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, flutter, and the python, node, go, java, ruby, php and .NET libraries,
with their real `context` blocks (ip, traits, device, app, library, locale, userAgent, campaign,
location).

Conventions: one label per leaf path (dotted from the message root, arrays as `[]`); each path is
classification (red / yellow / green), type (a default matcher name from REFERENCE.md or
`bank account`, `geolocation`, `secret`, `national id`, `health id`, `advertising id`, `token`;
`a|b` when either name is fair) and value_only (the key does not say what the value is).

Labelling rules (the Privacy Portal's default colours and the product's published policy):
- A path is PII when its values are personal data about a natural person (the user, a patient,
  a family member or emergency contact, a nurse or applicant, a prescriber): names, contact
  details, the person's own address or precise location, birth dates, government ids, financial
  accounts, health and other special categories, credentials and secrets, IPs, advertising ids.
  Colour: the reference's default for the matcher (red: social security number, password, visa,
  veteran, disability, credit card, passport, token; yellow: the rest); for types outside the
  reference, red for credentials/secrets, bank accounts, government and health ids, yellow
  otherwise (geolocation, advertising id).
- Green: ids we or a vendor issue (user, patient, visit, order, claim, message, Stripe `cus_`,
  `ch_`, `pi_` ids), UUIDs, SKUs, versions, timestamps, amounts, enums, counters and booleans
  under PII-sounding keys (`email_verified`, `password_strength`, `med_count`), product,
  plan, insurer, hospital, branch and pet names, country, state, locale, timezone, currency,
  user agents, OS-issued device ids; card brand, last four and expiry; bank routing and branch
  codes (`takkode`, `shiten_bango`); the last four of an SSN are red.
- A boolean or enum that itself reveals a special category is PII of that category
  (`uses_wheelchair`, `has_allergies`, `oxygen_in_use`, `is_veteran`, `religion_preference`).
- Contested cases, per the published policy: green for member/claim numbers a business issues,
  ages, marital status (and tax filing status), job titles and employers, a business's own
  phone, e-mail and address, role mailboxes, pets, UUID tokens (a Places session token),
  e-mail Message-IDs (`smtp-id`); yellow `identification` for insurer member numbers, yellow
  `medication` for rx numbers, yellow `salary` for pay and hourly rates, yellow `license` for
  vehicle plates, yellow `advertising id` for gclid/fbclid, yellow `address` for billing and
  shipping addresses; red `token` for card/payment tokens (`pm_`), one-time codes and sign-in
  links, red `health id` for MRN and Medicare/Medicaid numbers, red `national id` for identity
  document numbers (SA ID, My Number), red `visa` for right-to-work and sponsorship answers.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `q`, `input`, `to`, `recipient`, `link`, `body`, `description`, `externalIds[].id`) and
  only the value reveals it; such a path holds that PII in every value.

Decisions taken for this domain (where a careful privacy owner would want the field flagged):
- Public or statutory health-insurance numbers are health ids (red): US Medicare MBI, Medicaid
  ids, a hospital MRN, Japan's long-term-care insured number (介護保険 被保険者番号). Numbers a
  private insurer or medical scheme issues (US commercial plans, SA medical aid `lidnommer`) are
  insurer member numbers: yellow `identification`. An insurer's own number (保険者番号, payer id,
  group number), claim, prior-authorisation and remittance numbers are green.
- Measurements taken of the patient (blood pressure, pulse, SpO2, temperature, glucose, weight,
  pain score, an irregular-heartbeat flag) are health data, labelled yellow `condition` like the
  reference's other health matchers. Billing and service codes on a patient's claim or visit
  (HCPCS, EVV service codes) are yellow `procedure`; ICD-10 codes yellow `diagnosis`; NDC and rx
  numbers yellow `medication`. Medication strength, frequency and route alone are green.
- Mobility aids, wheelchair use and Japan's care-need level (要介護度) reveal disability: red.
  Fall risk, home oxygen, `has_allergies` reveal health: yellow (`condition`, `allergy`).
- A nurse's licence number is yellow `license`, her individual NPI yellow
  `license|identification`; an agency's (billing provider's) NPI is green. A nurse's work
  e-mail is still a person's e-mail.
- Lockbox and gate codes a patient gives the agency are red `secret`.
- Free text under neutral keys (`body`, `text`, `description`, 特記事項) is labelled only when
  every value carries that PII; free text without PII (ticket descriptions, survey comments,
  parking notes, delivery instructions) is green.
- Business numbers and addresses (branches, hospitals, EVV dial-in, the agency's Twilio sender),
  products, pets, insurers and clinics are green; relationships (daughter, 長女, dogter) are green.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators --------------------------------------------------------------------------------

JP_FAMILY = [
    ("佐藤", "Sato", "サトウ"),
    ("鈴木", "Suzuki", "スズキ"),
    ("高橋", "Takahashi", "タカハシ"),
    ("田中", "Tanaka", "タナカ"),
    ("伊藤", "Ito", "イトウ"),
    ("渡辺", "Watanabe", "ワタナベ"),
    ("山本", "Yamamoto", "ヤマモト"),
    ("中村", "Nakamura", "ナカムラ"),
    ("小林", "Kobayashi", "コバヤシ"),
    ("金城", "Kinjo", "キンジョウ"),
    ("比嘉", "Higa", "ヒガ"),
    ("藤原", "Fujiwara", "フジワラ"),
]
JP_GIVEN = [
    ("花子", "Hanako", "ハナコ"),
    ("健一", "Kenichi", "ケンイチ"),
    ("美咲", "Misaki", "ミサキ"),
    ("翔太", "Shota", "ショウタ"),
    ("陽菜", "Hina", "ヒナ"),
    ("大輔", "Daisuke", "ダイスケ"),
    ("千代", "Chiyo", "チヨ"),
    ("勇", "Isamu", "イサム"),
    ("恵子", "Keiko", "ケイコ"),
    ("トメ", "Tome", "トメ"),
    ("正雄", "Masao", "マサオ"),
    ("由美子", "Yumiko", "ユミコ"),
]
ZA_FIRST = [
    "Pieter",
    "Annelie",
    "Johan",
    "Marlize",
    "Thandiwe",
    "Sipho",
    "Lindiwe",
    "Ayanda",
    "Nomvula",
    "Bongani",
    "Kesavan",
    "Riaan",
    "Shireen",
    "Zanele",
    "Elsabé",
    "Karabo",
    "Lerato",
]
ZA_LAST = [
    "van der Merwe",
    "Botha",
    "du Plessis",
    "Nkosi",
    "Dlamini",
    "Mthembu",
    "Ndlovu",
    "Naidoo",
    "Adams",
    "Pretorius",
    "Mokoena",
    "Khumalo",
    "Jacobs",
    "Van Wyk",
    "Pillay",
    "Coetzee",
]
US_FIRST = [
    "Maria",
    "DeShawn",
    "Linh",
    "Aaliyah",
    "Robert",
    "Mei-Ling",
    "Abdi",
    "Siobhan",
    "José",
    "Tamika",
    "Dmitri",
    "Grace",
    "Hyun-woo",
    "Fatou",
    "Ruth",
    "Esperanza",
    "Tyrone",
    "Nadia",
]
US_LAST = [
    "Hernandez",
    "Washington",
    "Nguyen",
    "Johnson",
    "Kowalczyk",
    "Wu",
    "Farah",
    "Murphy",
    "Ramírez",
    "Jackson",
    "Volkov",
    "Kim",
    "Diallo",
    "Begay",
    "Goldberg",
    "Okonkwo",
    "Schultz",
    "Haddad",
]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


REGIONS = ["jp", "jp", "za", "us", "us"]


def region(f: Fake) -> str:
    """The event's country (set per message by build()); family and staff abroad now and then."""
    here = getattr(f, "region", None)
    if here and f.r.random() < 0.85:
        return here
    return f.pick(REGIONS)


def first_name(f: Fake) -> str:
    kind = region(f)
    if kind == "jp":
        return f.pick(JP_GIVEN)[f.pick([0, 1, 1])]
    return f.pick(ZA_FIRST if kind == "za" else US_FIRST)


def last_name(f: Fake) -> str:
    kind = region(f)
    if kind == "jp":
        return f.pick(JP_FAMILY)[f.pick([0, 1, 1])]
    return f.pick(ZA_LAST if kind == "za" else US_LAST)


def full_name(f: Fake) -> str:
    kind = region(f)
    if kind == "jp":
        if f.r.random() < 0.5:
            return f"{f.pick(JP_FAMILY)[0]} {f.pick(JP_GIVEN)[0]}"
        return f"{f.pick(JP_GIVEN)[1]} {f.pick(JP_FAMILY)[1]}"
    if kind == "za":
        return f"{f.pick(ZA_FIRST)} {f.pick(ZA_LAST)}"
    return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"


def jp_kanji_name(f: Fake) -> str:
    return f"{f.pick(JP_FAMILY)[0]}{f.pick(['', ' ', '　'])}{f.pick(JP_GIVEN)[0]}"


def jp_kana_name(f: Fake) -> str:
    return f"{f.pick(JP_FAMILY)[2]} {f.pick(JP_GIVEN)[2]}"


def za_name(f: Fake) -> str:
    return f"{f.pick(ZA_FIRST)} {f.pick(ZA_LAST)}"


def email(f: Fake) -> str:
    kind = region(f)
    if kind == "jp":
        fam, giv = f.pick(JP_FAMILY)[1].lower(), f.pick(JP_GIVEN)[1].lower()
        user = f.pick([f"{fam}.{giv}", f"{giv}{f.r.randint(1, 99)}", f"{fam}-{giv[0]}", f"{giv}_{fam}"])
        return f"{user}@{f.pick(['example.ne.jp', 'example.jp', 'docomo.example.jp', 'example.com'])}"
    if kind == "za":
        first, last = (
            ascii_fold(f.pick(ZA_FIRST)).lower(),
            ascii_fold(f.pick(ZA_LAST)).lower().replace(" ", ""),
        )
        user = f.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{f.r.randint(60, 99)}"])
        return f"{user}@{f.pick(['example.co.za', 'webmail.example.co.za', 'example.com'])}"
    first = ascii_fold(f.pick(US_FIRST)).lower().replace("-", "")
    last = ascii_fold(f.pick(US_LAST)).lower()
    return f.pick(
        [f"{first}.{last}@example.com", f"{first}{last[0]}{f.r.randint(1, 999)}@example.net", f.email()]
    )


def work_email(f: Fake) -> str:
    first, last = f.pick(
        [
            (f.pick(JP_GIVEN)[1], f.pick(JP_FAMILY)[1]),
            (f.pick(ZA_FIRST), f.pick(ZA_LAST)),
            (f.pick(US_FIRST), f.pick(US_LAST)),
        ]
    )
    first = ascii_fold(first).lower().replace("-", "")
    last = ascii_fold(last).lower().replace(" ", "")
    return f.pick([f"{first[0]}.{last}@carecircle.example", f"{first}.{last}@carecircle.example"])


def jp_phone(f: Fake) -> str:
    mobile = f"{f.pick(['090', '080', '070'])}-{f.digits(4)}-{f.digits(4)}"
    return f.pick(
        [
            mobile,
            "+81 " + mobile[1:],
            "+81" + mobile[1:].replace("-", ""),
            f"03-{f.digits(4)}-{f.digits(4)}",
            f"06-{f.digits(4)}-{f.digits(4)}",
            f"098-{f.digits(3)}-{f.digits(4)}",
        ]
    )


def za_phone(f: Fake) -> str:
    net = f.pick(["82", "83", "72", "71", "61", "79"])
    a, b = f.digits(3), f.digits(4)
    return f.pick(
        [f"0{net} {a} {b}", f"+27 {net} {a} {b}", f"+27{net}{a}{b}", f"0{net}-{a}-{b}", f"021 {a} {b}"]
    )


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone(f: Fake) -> str:
    return {"jp": jp_phone, "za": za_phone, "us": us_phone}[region(f)](f)


BUSINESS_PHONES = [
    "+81 3-5555-0142",
    "0120-555-817",
    "+27 21 555 0190",
    "086 155 5019",
    "+1 713-555-0134",
    "(800) 555-0199",
    "+12105550177",
]

JP_ADDR = [
    ("東京都", "世田谷区桜丘", "Sakuragaoka, Setagaya-ku, Tokyo"),
    ("大阪府", "大阪市北区天神橋", "Tenjinbashi, Kita-ku, Osaka"),
    ("北海道", "札幌市中央区北三条西", "Kita-Sanjo-Nishi, Chuo-ku, Sapporo"),
    ("沖縄県", "那覇市首里当蔵町", "Shuri Tonokura-cho, Naha, Okinawa"),
    ("神奈川県", "横浜市港北区日吉", "Hiyoshi, Kohoku-ku, Yokohama"),
    ("福岡県", "福岡市博多区住吉", "Sumiyoshi, Hakata-ku, Fukuoka"),
]
ZA_STREETS = [
    "Kerkstraat",
    "Dorp Street",
    "Vilakazi Street",
    "Jan Smuts Avenue",
    "Main Road",
    "Voortrekkerweg",
    "Florida Road",
    "Bird Street",
]
ZA_SUBURBS = [
    "Stellenbosch",
    "Orlando West",
    "Morningside",
    "Bellville",
    "Rondebosch",
    "Pretoria-Oos",
    "Paarl",
]
US_STREETS = [
    "Westheimer Rd",
    "Fulton St",
    "Magnolia Ave",
    "E 55th St",
    "Lakeshore Dr",
    "Calle Ocho",
    "Peachtree Rd NE",
    "Garfield Blvd",
]


def chome(f: Fake) -> str:
    return f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}"


def street(f: Fake) -> str:
    kind = here(f)
    if kind == "jp":
        _, town, romaji = f.pick(JP_ADDR)
        return f.pick([f"{chome(f)} {romaji.split(',')[0]}", f"{town}{chome(f)}"])
    if kind == "za":
        return f"{f.r.randint(1, 240)} {f.pick(ZA_STREETS)}"
    return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}"


def address(f: Fake) -> str:
    kind = here(f)
    if kind == "jp":
        pref, town, romaji = f.pick(JP_ADDR)
        flat = f.pick(["", " サンハイツ201号", " グランメゾン305", ""])
        return f.pick([f"{pref}{town}{chome(f)}{flat}", f"{chome(f)} {romaji}"])
    if kind == "za":
        return f"{f.r.randint(1, 240)} {f.pick(ZA_STREETS)}, {f.pick(ZA_SUBURBS)}, {f.r.randint(1, 9999):04d}"
    apt = f.pick(["", " Apt 3B", " Unit 12", ""])
    city, state = f.pick([("Houston", "TX"), ("San Antonio", "TX"), ("Chicago", "IL"), ("Cleveland", "OH")])
    return f"{f.r.randint(100, 9999)} {f.pick(US_STREETS)}{apt}, {city}, {state} {f.zip()}"


CITIES = {
    "jp": ["Setagaya-ku", "Osaka", "Sapporo", "Naha", "横浜市", "福岡市"],
    "za": ["Stellenbosch", "Soweto", "Durban", "Bellville", "Paarl", "Pretoria"],
    "us": ["Houston", "San Antonio", "Chicago", "Cleveland", "Katy"],
}
STATES = {
    "jp": ["東京都", "大阪府", "北海道", "沖縄県", "Tokyo"],
    "za": ["Western Cape", "Gauteng", "KwaZulu-Natal"],
    "us": ["TX", "IL", "OH"],
}
COUNTRIES = {"jp": "JP", "za": "ZA", "us": "US"}
LOCALES_BY = {"jp": ["ja-JP", "ja-JP", "en-US"], "za": ["en-ZA", "af-ZA", "zu-ZA"], "us": ["en-US", "es-US"]}
TZ_BY = {"jp": "Asia/Tokyo", "za": "Africa/Johannesburg", "us": "America/Chicago"}
CARRIERS_BY = {
    "jp": ["NTT DOCOMO", "au", "SoftBank"],
    "za": ["Vodacom", "MTN", "Cell C"],
    "us": ["Verizon", "T-Mobile", "AT&T"],
}
CURRENCY_BY = {"jp": "JPY", "za": "ZAR", "us": "USD"}


def here(f: Fake) -> str:
    return getattr(f, "region", None) or "us"


def city(f: Fake) -> str:
    return f.pick(CITIES[here(f)])


def state(f: Fake) -> str:
    return f.pick(STATES[here(f)])


def country(f: Fake) -> str:
    return COUNTRIES[here(f)]


def locale(f: Fake) -> str:
    return f.pick(LOCALES_BY[here(f)])


def timezone(f: Fake) -> str:
    return TZ_BY[here(f)]


def currency(f: Fake) -> str:
    return CURRENCY_BY[here(f)]


def postal(f: Fake) -> str:
    kind = here(f)
    if kind == "jp":
        return f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}"
    if kind == "za":
        return f"{f.r.randint(1, 9999):04d}"
    return f.pick([f.zip(), f"{f.zip()}-{f.r.randint(1000, 9999)}"])


def dob(f: Fake, lo=1926, hi=1958) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{m:02d}/{d:02d}/{y}"]
    )


CENTRES_BY = {
    "jp": [(35.640, 139.650), (34.700, 135.500), (43.060, 141.350), (26.215, 127.680)],
    "za": [(-33.935, 18.860), (-26.235, 27.860), (-29.820, 31.020)],
    "us": [(29.760, -95.370), (41.880, -87.630), (29.425, -98.495)],
}


def new_geo(f: Fake) -> tuple[float, float]:
    la, lo = f.pick(CENTRES_BY[here(f)])
    return round(la + f.r.uniform(-0.06, 0.06), 6), round(lo + f.r.uniform(-0.06, 0.06), 6)


def geo(f: Fake) -> tuple[float, float]:
    """The patient's home for this message: the nurse's phone and the check-in agree."""
    if getattr(f, "geo", None) is None:
        f.geo = new_geo(f)
    return f.geo


def lat(f: Fake) -> float:
    return geo(f)[0]


def lon(f: Fake) -> float:
    return geo(f)[1]


def alnum(f: Fake, n: int, chars=string.ascii_letters + string.digits) -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def za_id(f: Fake) -> str:
    """South African ID number: YYMMDD SSSS C A Z, Z a Luhn check digit."""
    y, m, d = f.r.randint(26, 99), f.r.randint(1, 12), f.r.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{f.r.randint(0, 9999):04d}{f.pick(['0', '0', '1'])}8"
    return f.luhn_complete(body)


def my_number(f: Fake) -> str:
    """Japan's 12-digit Individual Number with its check digit."""
    body = [f.r.randint(0, 9) for _ in range(11)]
    total = 0
    for n, p in enumerate(reversed(body), start=1):
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    digits = "".join(map(str, body)) + str(check)
    return f.pick([digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}"])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: Fake) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N."""
    a = lambda: f.r.choice(MBI_ALPHA)  # noqa: E731
    an = lambda: f.r.choice(MBI_ALPHA + string.digits)  # noqa: E731
    n = lambda: str(f.r.randint(0, 9))  # noqa: E731
    raw = str(f.r.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
    return f.pick([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])


def medicaid(f: Fake) -> str:
    return f.pick([f.digits(9), f.digits(12), f"9{f.digits(7)}{f.pick(list('ABCDEFG'))}"])


def mrn(f: Fake) -> str:
    return f.pick(
        [
            f"MRN{f.digits(8)}",
            f"00{f.digits(7)}",
            f"E{f.digits(7)}",
            f"{f.digits(3)}-{f.digits(2)}-{f.digits(2)}",
        ]
    )


def kaigo_no(f: Fake) -> str:
    return f"{f.r.randint(0, 9)}{f.digits(9)}"


def us_member_id(f: Fake) -> str:
    return f.pick([f"W{f.digits(9)}", f"XEH{f.digits(9)}", f"U{f.digits(8)}01", f"ZGP{f.digits(8)}"])


def za_member_no(f: Fake) -> str:
    return f.pick([f.digits(9), f"00{f.digits(8)}", f"{f.digits(8)}"])


def nurse_license(f: Fake) -> str:
    return f.pick(
        [f"RN{f.digits(6)}", f"TX-RN {f.digits(6)}", f"第{f.digits(6)}号", f"SANC {f.digits(8)}", f.digits(7)]
    )


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"品川 {f.r.randint(300, 599)} {f.pick(['あ', 'さ', 'ら'])} "
            f"{f.r.randint(10, 99)}-{f.r.randint(10, 99)}",
            f"CA {f.digits(3)}-{f.digits(3)}",
            f"{alnum(f, 2, string.ascii_uppercase)} {f.digits(2)} {alnum(f, 2, string.ascii_uppercase)} GP",
            f"{f.r.randint(1, 9)}{alnum(f, 3, string.ascii_uppercase)}{f.digits(3)}",
            f"{alnum(f, 3, string.ascii_uppercase)}-{f.digits(4)}",
        ]
    )


ICD10 = [
    "E11.9",
    "I10",
    "I50.9",
    "J44.1",
    "M17.11",
    "N18.3",
    "F03.90",
    "G30.9",
    "L89.154",
    "I63.9",
    "G20",
    "Z96.641",
]
DIAGNOSES = [
    "Type 2 diabetes mellitus",
    "Congestive heart failure",
    "COPD with exacerbation",
    "Alzheimer's disease",
    "Aftercare following hip replacement",
    "Stage 3 pressure ulcer, sacral",
    "Parkinson's disease",
    "Chronic kidney disease, stage 3",
    "CVA with left hemiparesis",
]
JP_DX = [
    "2型糖尿病",
    "脳梗塞後遺症",
    "アルツハイマー型認知症",
    "慢性心不全",
    "パーキンソン病",
    "大腿骨頸部骨折術後",
    "COPD",
]
ZA_DX = [
    "Suikersiekte tipe 2",
    "Hoë bloeddruk",
    "Hartversaking",
    "Beroerte",
    "MIV",
    "Tuberkulose",
    "Demensie",
]
MEDS = [
    "Metformin 500 mg",
    "Lisinopril 10 mg",
    "Furosemide 40 mg",
    "Warfarin 5 mg",
    "Donepezil 10 mg",
    "Insulin glargine",
    "Carbidopa/Levodopa 25/100",
    "Apixaban 5 mg",
    "Tiotropium inhaler",
]
JP_MEDS = [
    "アムロジピン錠5mg",
    "メトホルミン塩酸塩錠250mg",
    "ドネペジル塩酸塩錠5mg",
    "ワーファリン錠1mg",
    "フロセミド錠20mg",
]
ZA_MEDS = [
    "Metformien 850 mg",
    "Enalapril 10 mg",
    "Simvastatien 20 mg",
    "Tenofovir/Emtricitabine",
    "Insulien",
]
ALLERGENS = [
    "Penicillin",
    "Sulfa drugs",
    "Latex",
    "Shellfish",
    "Codeine",
    "Peanuts",
    "Iodine contrast",
    "Aspirin",
]
JP_ALLERGENS = ["ペニシリン", "卵", "そば", "造影剤", "ラテックス"]
ZA_ALLERGENS = ["Penisillien", "Grondboontjies", "Lateks", "Sulfa", "Skulpvis"]
CONDITION_TERMS = [
    "dementia care",
    "stroke recovery",
    "diabetes management",
    "Parkinson's disease",
    "COPD",
    "heart failure",
]
HCPCS = ["G0299", "G0300", "G0151", "G0152", "G0156", "T1030", "T1031", "S9123"]
INSURERS = [
    "Aetna Better Health",
    "Blue Cross Blue Shield of Texas",
    "UnitedHealthcare Community Plan",
    "Humana",
]
ZA_SCHEMES = [
    "Discovery Health Medical Scheme",
    "Bonitas Medical Fund",
    "GEMS",
    "Momentum Health",
    "Medshield",
]
BRANCHES = [
    "CareCircle Setagaya",
    "CareCircle Osaka Kita",
    "CareCircle Stellenbosch",
    "CareCircle Soweto",
    "CareCircle Houston West",
]
PRODUCTS = [
    ("Omron 10 Series Blood Pressure Monitor", "Omron", "Monitors"),
    ("Accu-Chek Guide Test Strips 50ct", "Roche", "Diabetes"),
    ("Drive Medical Folding Walker", "Drive", "Mobility"),
    ("Mepilex Border Foam Dressing 10x10", "Mölnlycke", "Wound care"),
    ("Tena ProSkin Pants M 14ct", "TENA", "Continence"),
    ("Compression Stockings 20-30 mmHg", "Jobst", "Hosiery"),
    ("Pill Organizer 7-Day AM/PM", "Ezy Dose", "Medication aids"),
    ("Shower Chair with Back", "Medline", "Bath safety"),
]
APPS = {
    "family": ("CareCircle", "health.carecircle.family", ["4.12.0", "4.12.3", "4.13.0"]),
    "nurse": ("CareCircle Nurse", "health.carecircle.nurse", ["2.31.1", "2.32.0", "2.32.4"]),
    "device": ("CareCircle Home", "health.carecircle.home", ["1.8.2", "1.9.0", "1.9.1"]),
}


def epoch(f: Fake) -> int:
    return f.epoch_ms() // 1000


def gclid(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 70, string.ascii_letters + string.digits + "-_") + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + alnum(f, 58, string.ascii_letters + string.digits + "_-")


def reset_url(f: Fake) -> str:
    token = alnum(f, 43, string.ascii_letters + string.digits + "-_")
    return f"https://app.carecircle.example/reset-password?token={token}"


def magic_link(f: Fake) -> str:
    return f"https://app.carecircle.example/auth/magic?t={alnum(f, 40)}&utm_source=email"


def otp_sms(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your CareCircle verification code is {code}. It expires in 10 minutes.",
            f"【CareCircle】認証コード：{code}（10分間有効）",
            f"Jou CareCircle-kode is {code}. Moet dit met niemand deel nie.",
            f"{code} is your CareCircle sign-in code",
        ]
    )


def care_note(f: Fake) -> str:
    med = f.pick(MEDS + JP_MEDS)
    return f.pick(
        [
            f"Pt reports taking {med} as prescribed. Ankles less swollen, lungs clear.",
            f"Reviewed {med} with daughter; pill organizer refilled for the week.",
            f"Held {med} this AM per MD order, BP 96/58. Will recheck Thursday.",
            f"{med}の服薬を確認。食欲あり、表情穏やか。",
            f"New script for {med} picked up from pharmacy, first dose given at 09:40.",
        ]
    )


def jp_remark(f: Fake) -> str:
    return f.pick(
        [
            "仙骨部の褥瘡処置を実施。滲出液少量。",
            "認知症の症状が進行、夜間の不穏あり。家族へ説明。",
            "血糖値高め（212mg/dL）、糖尿病の食事指導を再実施。",
            "心不全の増悪なし。下肢浮腫軽度。",
            "パーキンソン病による歩行時のすくみ足あり、転倒注意。",
        ]
    )


def chat_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Please call my son on {phone(f)} before you come, Mum doesn't hear the door.",
            f"New number for me: {phone(f)}",
            f"Dad is at my place this week, reach me on {phone(f)}",
            f"到着前に {jp_phone(f)} までお電話ください。",
            f"Bel asseblief my suster by {za_phone(f)} as niemand antwoord nie.",
        ]
    )


def incident_text(f: Fake) -> str:
    nurse = full_name(f)
    return f.pick(
        [
            f"{nurse} slipped on the wet front steps on arrival, no visit delay.",
            f"Dog at the property nipped {nurse}'s ankle; owner restrained it.",
            f"{nurse} reports verbal aggression from a visitor, left early and informed supervisor.",
            f"Car of {nurse} was blocked in the driveway for 40 minutes.",
        ]
    )


def ticket_text(f: Fake) -> str:
    return f.pick(
        [
            "App keeps logging me out after the update",
            "I can't see next week's visits in the calendar",
            "The invoice PDF does not open on my phone",
            "Notifications arrive twice",
            "How do I add my brother to the care team?",
        ]
    )


def survey_comment(f: Fake) -> str:
    return f.pick(
        [
            "Nurses are always on time and very kind.",
            "Scheduling changes came too late.",
            "",
            "とても丁寧に対応していただきました。",
            "Baie dankie vir die goeie diens.",
            "The app is confusing to use",
        ]
    )


# -- contexts ----------------------------------------------------------------------------------------

PORTAL_PAGES = [
    ("/", "CareCircle | Home nursing care"),
    ("/services/skilled-nursing", "Skilled nursing at home | CareCircle"),
    ("/ja/", "ケアサークル | 訪問看護"),
    ("/za/af/", "CareCircle | Tuisverpleging"),
    ("/portal/visits", "My visits - CareCircle"),
    ("/portal/billing", "Billing - CareCircle"),
    ("/careers", "Careers at CareCircle"),
]


def web_context(f: Fake):
    path, title = f.pick(PORTAL_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.72.1", "next-1.74.0"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "", "https://www.bing.com/", "https://carecircle.example/"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=google&utm_medium=cpc", "?ref=nav", "?lang=ja"])),
            "title": G(lambda f: title),
            "url": G(lambda f: "https://carecircle.example" + path),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
                    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X)"
                    " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                    "Mozilla/5.0 (Linux; Android 14; SM-A546E)"
                    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
                    " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
                ]
            )
        ),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "99", "123"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(locale),
        "timezone": G(timezone),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["homecare_q2", "nurse_hiring_2024", "dementia_guide"])),
            "source": G(lambda f: f.pick(["google", "facebook", "line", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "term": G(lambda f: f.pick(["home nurse near me", "訪問看護 世田谷", "tuisverpleging"])),
            "content": G(lambda f: f.pick(["hero_cta", "sidebar", "text_ad_2"])),
        },
    }


def mobile_traits():
    return {
        "email": Y(email, "email"),
        "firstName": Y(first_name, "name"),
        "lastName": Y(last_name, "name"),
    }


IOS_DEVICES = [
    ("iPhone15,2", "iPhone", "iOS", ["17.4.1", "17.5"], 393, 852),
    ("iPhone14,7", "iPhone", "iOS", ["17.4.1", "16.7.5"], 390, 844),
    ("iPhone12,8", "iPhone", "iOS", ["16.7.5", "17.5"], 375, 667),
    ("iPad13,18", "iPad", "iPadOS", ["17.4.1", "17.5"], 820, 1180),
]
ANDROID_DEVICES = [
    ("samsung", "SM-A546E", "a54x", "14", 2.625, 1080, 2340, "UP1A.231005.007"),
    ("Google", "Pixel 7a", "lynx", "14", 2.625, 1080, 2400, "UQ1A.240205.004"),
    ("SHARP", "SH-53C", "SH-53C", "13", 2.75, 1080, 2340, "S4213"),
    ("Xiaomi", "23124RA7EO", "sapphire", "13", 2.75, 1080, 2400, "TKQ1.221114.001"),
    ("samsung", "SM-A057F", "a05s", "14", 2.625, 1080, 2400, "UP1A.231005.007"),
]
TABLETS = [
    ("LENOVO", "TB328FU", "android", "Android", "13", 800, 1280),
    ("samsung", "SM-X200", "android", "Android", "14", 1200, 1920),
    ("Apple", "iPad12,1", "ios", "iPadOS", "17.4.1", 810, 1080),
]


def ios_device(f: Fake, advertising=True):
    model, kind, os_name, os_versions, width, height = f.pick(IOS_DEVICES)
    device = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: model),
        "name": G(lambda f: kind),
        "type": G(lambda f: "ios"),
    }
    if advertising:
        device["advertisingId"] = Y(
            lambda f: f.pick([f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]),
            "advertising id",
        )
        device["adTrackingEnabled"] = G(lambda f: f.pick([True, False]))
    os = {"name": G(lambda f: os_name), "version": G(lambda f: f.pick(os_versions))}
    screen = {"width": G(lambda f: width), "height": G(lambda f: height)}
    return device, os, screen


def swift_context(f: Fake, app="family"):
    name, namespace, versions = APPS[app]
    device, os, screen = ios_device(f, advertising=app == "family")
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["1204", "1213", "1290"])),
            "namespace": G(lambda f: namespace),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": os,
        "screen": screen,
        "timezone": G(timezone),
        "traits": mobile_traits(),
    }


def kotlin_context(f: Fake, app="nurse"):
    name, namespace, versions = APPS[app]
    maker, model, codename, android, density, width, height, build_id = f.pick(ANDROID_DEVICES)
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["23104", "23200", "23204"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: codename),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(CARRIERS_BY[here(f)])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: android)},
        "screen": {
            "density": G(lambda f: density),
            "width": G(lambda f: width),
            "height": G(lambda f: height),
        },
        "timezone": G(timezone),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android {android}; {model} Build/{build_id})"),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lon, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.4, 12.3])),
        },
        "traits": {"anonymousId": G(lambda f: f.uuid()), **mobile_traits()},
    }


def rn_context(f: Fake):
    name, namespace, versions = APPS["family"]
    if f.r.random() < 0.5:
        device, os, screen = ios_device(f)
    else:
        maker, model, _, android, _, width, height, _ = f.pick(ANDROID_DEVICES)
        device = {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
        }
        os = {"name": G(lambda f: "Android"), "version": G(lambda f: android)}
        screen = {"width": G(lambda f: round(width / 2.625)), "height": G(lambda f: round(height / 2.625))}
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["412", "423", "430"])),
            "namespace": G(lambda f: namespace),
        },
        "device": device,
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": os,
        "screen": screen,
        "timezone": G(timezone),
        "traits": mobile_traits(),
    }


def flutter_context(f: Fake):
    name, namespace, versions = APPS["device"]
    maker, model, kind, os_name, os_version, width, height = f.pick(TABLETS)
    return {
        "app": {
            "name": G(lambda f: name),
            "version": G(lambda f: f.pick(versions)),
            "build": G(lambda f: f.pick(["82", "90", "91"])),
            "namespace": G(lambda f: namespace),
        },
        "device": {
            "id": G(lambda f: f.hexid(16) if kind == "android" else f.uuid().upper()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "type": G(lambda f: kind),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(locale),
        "os": {"name": G(lambda f: os_name), "version": G(lambda f: os_version)},
        "screen": {"width": G(lambda f: width), "height": G(lambda f: height)},
        "timezone": G(timezone),
        "network": {"wifi": G(lambda f: True)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("python", "node", "ruby"):
        # Web backends forward the end user's IP and user agent.
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(
            lambda f: f.pick(
                [
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
                    " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                    "CareCircle/4.12.3 (iPhone; iOS 17.4.1; Scale/3.00)",
                    "okhttp/4.12.0",
                ]
            )
        )
    if lib == "node":
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "dotnet":
        ctx["groupId"] = G(lambda f: f.pick(["branch_houston_w", "branch_stb", "branch_setagaya"]))
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f, "family")
    if client == "swift_nurse":
        return swift_context(f, "nurse")
    if client == "kotlin":
        return kotlin_context(f, "nurse")
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- event templates ---------------------------------------------------------------------------------


def product():
    def pick_product(f, i):
        if i == 0:  # name comes first in each item: brand and category follow it
            f.product = f.pick(PRODUCTS)
        return f.product[i]

    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f"CC-{f.r.randint(1000, 9999)}-{f.pick(['S', 'M', 'L', '50', 'STD'])}"),
        "name": G(lambda f: pick_product(f, 0)),
        "brand": G(lambda f: pick_product(f, 1)),
        "category": G(lambda f: pick_product(f, 2)),
        "price": G(lambda f: f.money(4, 180)),
        "quantity": G(lambda f: f.r.randint(1, 6)),
    }


MARKETING = [
    (
        "page",
        "Services",
        ["web"],
        {
            "path": G(
                lambda f: f.pick(
                    ["/services/skilled-nursing", "/services/wound-care", "/ja/services", "/pricing"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://carecircle.example"
                    + f.pick(["/services/skilled-nursing", "/pricing", "/ja/services"])
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Skilled nursing at home | CareCircle", "Pricing | CareCircle", "サービス一覧"]
                )
            ),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=google", "?lang=af"])),
        },
    ),
    (
        "track",
        "Consultation Requested",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["consult_v3", "consult_ja_v2", "consult_za"])),
            "full_name": Y(full_name, "name"),
            "phone": Y(phone, "phone"),
            "email": Y(email, "email"),
            "zip_code": Y(postal, "zipcode"),
            "care_recipient": G(lambda f: f.pick(["mother", "father", "spouse", "self", "grandmother"])),
            "care_needs": Many(Y(lambda f: f.pick(CONDITION_TERMS), "condition"), 2),
            "insurance_type": G(
                lambda f: f.pick(["Medicare", "Medicaid", "Private", "Self-pay", "介護保険", "Medical aid"])
            ),
            "preferred_contact_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "hear_about_us": G(lambda f: f.pick(["hospital", "google", "friend", "social worker"])),
            "consent_sms": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Service Area Checked",
        ["web"],
        {
            "postal_code": Y(postal, "zipcode"),
            "in_service_area": G(lambda f: f.pick([True, False])),
            "nearest_branch": G(lambda f: f.pick(BRANCHES)),
            "branch_phone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "branch_address": G(
                lambda f: f.pick(
                    [
                        "東京都世田谷区三軒茶屋2-11-22 5F",
                        "14 Plein Street, Stellenbosch, 7600",
                        "9800 Richmond Ave Suite 410, Houston, TX 77042",
                        "大阪府大阪市北区梅田1-3-1",
                    ]
                )
            ),
            "distance_km": G(lambda f: f.money(0, 40)),
        },
    ),
    (
        "track",
        "Brochure Downloaded",
        ["web"],
        {
            "brochure_name": G(
                lambda f: f.pick(["Dementia care at home", "訪問看護のご案内", "Sorg by die huis"])
            ),
            "language": G(lambda f: f.pick(["en", "ja", "af", "zu"])),
            "file_size_kb": G(lambda f: f.r.randint(300, 4000)),
        },
    ),
]

INTAKE = [
    (
        "identify",
        None,
        ["swift", "web", "rn"],
        {
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "female", "non-binary"]), "gender"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": G(state),
                "postalCode": Y(postal, "zipcode"),
                "country": G(country),
            },
            "preferred_language": G(lambda f: f.pick(["ja", "en", "af", "zu", "es"])),
            "createdAt": G(lambda f: f.iso()),
            "patient_status": G(lambda f: f.pick(["active", "on_hold", "discharged", "pending_intake"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "sms_opt_in": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(64, 99)),
            "marital_status": G(lambda f: f.pick(["widowed", "married", "single", "divorced"])),
            "living_alone": G(lambda f: f.pick([True, False])),
            "mrn": RED(mrn, "health id"),
            "primary_diagnosis": Y(lambda f: f.pick(DIAGNOSES + JP_DX), "diagnosis"),
            "allergies": Many(Y(lambda f: f.pick(ALLERGENS + JP_ALLERGENS), "allergy"), 2),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(["Mochi", "Max", "Koro", "Bella", "Tokkie"])),
                    "species": G(lambda f: f.pick(["dog", "cat"])),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        ["web"],
        {
            "intake_id": G(lambda f: "INT-" + f.digits(6)),
            "patient_id": G(lambda f: f.uuid()),
            "referral_source": G(lambda f: f.pick(["hospital_discharge", "physician", "family", "self"])),
            "patient_name": Y(full_name, "name"),
            "date_of_birth": Y(dob, "birthdate"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "medicare_mbi": RED(mbi, "health id"),
            "medicaid_id": RED(medicaid, "health id"),
            "primary_insurance": {
                "payer_name": G(lambda f: f.pick(INSURERS)),
                "payer_id": G(lambda f: f.pick(["60054", "84980", "87726", "61101"])),
                "member_id": Y(us_member_id, "identification"),
                "group_number": G(lambda f: f.pick(["012345-011", "GRP88231", "720041"])),
                "subscriber_name": Y(full_name, "name"),
                "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            },
            "diagnoses": Many(
                {
                    "icd10": Y(lambda f: f.pick(ICD10), "diagnosis"),
                    "description": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
                    "is_primary": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "race": Y(
                lambda f: f.pick(
                    ["White", "Black or African American", "Asian", "American Indian or Alaska Native"]
                ),
                "race",
            ),
            "ethnicity": Y(lambda f: f.pick(["Hispanic or Latino", "Not Hispanic or Latino"]), "ethnicity"),
            "is_veteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "religion_preference": Y(
                lambda f: f.pick(["Catholic", "Baptist", "Buddhist", "Muslim", "None"]), "religion"
            ),
            "fall_risk": Y(lambda f: f.pick(["low", "moderate", "high"]), "condition"),
            "mobility_aid": RED(lambda f: f.pick(["walker", "wheelchair", "cane", "none"]), "disability"),
            "advance_directive_on_file": G(lambda f: f.pick([True, False])),
            "intake_duration_sec": G(lambda f: f.r.randint(300, 3600)),
            "completed_by_role": G(lambda f: f.pick(["intake_coordinator", "rn_case_manager"])),
        },
    ),
    (
        "track",
        "Medication List Updated",
        ["kotlin"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "medications": Many(
                {
                    "name": Y(lambda f: f.pick(MEDS + JP_MEDS), "medication"),
                    "strength": G(lambda f: f.pick(["5 mg", "10 mg", "500 mg", "20 units"])),
                    "frequency": G(lambda f: f.pick(["daily", "BID", "TID", "PRN", "qHS"])),
                    "route": G(lambda f: f.pick(["oral", "subcutaneous", "inhaled"])),
                    "rx_number": Y(
                        lambda f: f.pick([f"RX{f.digits(7)}", f.digits(7), f"{f.digits(7)}-{f.digits(5)}"]),
                        "medication",
                    ),
                    "ndc": Y(lambda f: f"{f.digits(5)}-{f.digits(4)}-{f.digits(2)}", "medication"),
                    "prescriber_name": Y(full_name, "name"),
                },
                4,
            ),
            "reconciled_at": G(lambda f: f.iso()),
            "med_count": G(lambda f: f.r.randint(1, 14)),
        },
    ),
    (
        "track",
        "Allergy Recorded",
        ["kotlin", "swift_nurse"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "allergen": Y(lambda f: f.pick(ALLERGENS + JP_ALLERGENS), "allergy"),
            "reaction": Y(
                lambda f: f.pick(["hives", "anaphylaxis", "rash", "swelling", "じんましん"]),
                "condition|allergy",
            ),
            "severity": G(lambda f: f.pick(["mild", "moderate", "severe"])),
            "has_allergies": Y(lambda f: f.pick([True, True, False]), "allergy"),
            "source": G(lambda f: f.pick(["patient", "pharmacy", "hospital_record"])),
            "verified_by_nurse": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "利用者登録",
        ["ruby"],
        {
            "利用者ID": G(lambda f: "R" + f.digits(7)),
            "氏名": Y(jp_kanji_name, "name"),
            "フリガナ": Y(jp_kana_name, "name"),
            "生年月日": Y(lambda f: dob(f, 1925, 1955), "birthdate"),
            "性別": Y(lambda f: f.pick(["男", "女"]), "gender|sex"),
            "電話番号": Y(jp_phone, "phone"),
            "郵便番号": Y(lambda f: f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}", "zipcode"),
            "住所": Y(lambda f: "".join(f.pick(JP_ADDR)[:2]) + chome(f), "address"),
            "要介護度": RED(
                lambda f: f.pick(["要支援1", "要支援2", "要介護1", "要介護3", "要介護5"]), "disability"
            ),
            "個人番号": RED(my_number, "national id"),
            "保険者番号": G(lambda f: f.pick(["131128", "271004", "472019", "141002"])),
            "被保険者番号": RED(kaigo_no, "health id"),
            "主治医": Y(lambda f: f"{f.pick(JP_FAMILY)[0]} {f.pick(JP_GIVEN)[0]}", "name"),
            "主治医医療機関": G(lambda f: f.pick(["世田谷中央病院", "梅田クリニック", "首里内科医院"])),
            "既往歴": Many(Y(lambda f: f.pick(JP_DX), "diagnosis|condition"), 3),
            "服薬": Many(Y(lambda f: f.pick(JP_MEDS), "medication"), 3),
            "緊急連絡先": {
                "氏名": Y(jp_kanji_name, "name"),
                "続柄": G(lambda f: f.pick(["長女", "長男", "妻", "夫", "次女"])),
                "電話番号": Y(jp_phone, "phone"),
            },
            "登録日": G(lambda f: f.date(2023, 2024)),
            "担当居宅介護支援事業所": G(lambda f: f.pick(["ケアプランさくら", "北区居宅介護支援センター"])),
        },
    ),
    (
        "track",
        "Pasiënt Geregistreer",
        ["php"],
        {
            "pasiënt_id": G(lambda f: f.digits(6)),
            "naam": Y(lambda f: f.pick(ZA_FIRST), "name"),
            "van": Y(lambda f: f.pick(ZA_LAST), "name"),
            "id_nommer": RED(za_id, "national id"),
            "geboortedatum": Y(lambda f: dob(f, 1930, 1960), "birthdate"),
            "geslag": Y(lambda f: f.pick(["manlik", "vroulik"]), "gender|sex"),
            "selfoonnommer": Y(za_phone, "phone"),
            "e-pos": Y(email, "email"),
            "woonadres": {
                "straat": Y(lambda f: f"{f.r.randint(1, 240)} {f.pick(ZA_STREETS)}", "street|address"),
                "voorstad": Y(lambda f: f.pick(ZA_SUBURBS), "city|address"),
                "poskode": Y(lambda f: f"{f.r.randint(1, 9999):04d}", "zipcode"),
                "provinsie": G(lambda f: f.pick(["Wes-Kaap", "Gauteng", "KwaZulu-Natal"])),
            },
            "mediese_fonds": G(lambda f: f.pick(ZA_SCHEMES)),
            "opsie": G(
                lambda f: f.pick(["Classic Saver", "Essential Comprehensive", "BonCap", "Emerald Value"])
            ),
            "lidnommer": Y(za_member_no, "identification"),
            "afhanklike_kode": G(lambda f: f.pick(["00", "01", "02"])),
            "hoofdiagnose": Y(lambda f: f.pick(ZA_DX), "diagnosis"),
            "allergieë": Many(Y(lambda f: f.pick(ZA_ALLERGENS), "allergy"), 2),
            "chroniese_medikasie": Many(Y(lambda f: f.pick(ZA_MEDS), "medication"), 3),
            "noodkontak": {
                "naam": Y(za_name, "name"),
                "verhouding": G(lambda f: f.pick(["dogter", "seun", "eggenoot", "buurvrou"])),
                "selfoon": Y(za_phone, "phone"),
            },
            "taal": G(lambda f: f.pick(["Afrikaans", "isiZulu", "English", "isiXhosa"])),
        },
    ),
    (
        "track",
        "Referral Received",
        ["java"],
        {
            "referral_id": G(lambda f: f.uuid()),
            "hl7_message_control_id": G(lambda f: f"MSG{f.digits(10)}"),
            "source_facility": G(
                lambda f: f.pick(
                    [
                        "Memorial Hermann Southwest",
                        "Tygerberg Hospital",
                        "世田谷中央病院",
                        "Baylor St. Luke's",
                    ]
                )
            ),
            "source_facility_phone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "referring_physician": Y(lambda f: "Dr. " + full_name(f), "name"),
            "patient": {
                "mrn": RED(mrn, "health id"),
                "first_name": Y(first_name, "name"),
                "last_name": Y(last_name, "name"),
                "dob": Y(dob, "birthdate"),
                "sex": Y(lambda f: f.pick(["F", "M"]), "sex|gender"),
                "phone": Y(phone, "phone"),
            },
            "primary_dx_icd10": Y(lambda f: f.pick(ICD10), "diagnosis"),
            "secondary_dx": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
            "discharge_date": G(lambda f: f.date(2024, 2024)),
            "services_requested": Many(G(lambda f: f.pick(["SN", "PT", "OT", "HHA", "MSW"])), 3),
            "received_via": G(lambda f: f.pick(["hl7_adt", "fax", "portal"])),
        },
    ),
]

VISITS = [
    (
        "track",
        "Visit Scheduled",
        ["web"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "patient_id": G(lambda f: f.uuid()),
            "nurse_id": G(lambda f: f.r.randint(1000, 99999)),
            "scheduled_start": G(lambda f: f.iso()),
            "scheduled_end": G(lambda f: f.iso()),
            "visit_type": G(
                lambda f: f.pick(["start_of_care", "routine", "recertification", "discharge", "prn"])
            ),
            "discipline": G(lambda f: f.pick(["RN", "LPN", "PT", "OT", "HHA"])),
            "recurrence": G(lambda f: f.pick(["none", "weekly", "2x_weekly", "daily"])),
            "service_address": Y(address, "address"),
            "travel_time_min": G(lambda f: f.r.randint(5, 70)),
            "created_by": G(lambda f: "usr_" + f.hexid(10)),
            "timezone": G(timezone),
        },
    ),
    (
        "track",
        "Visit Rescheduled",
        ["web", "node"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "old_start": G(lambda f: f.iso()),
            "new_start": G(lambda f: f.iso()),
            "reason": G(
                lambda f: f.pick(["patient_request", "nurse_unavailable", "weather", "family_request"])
            ),
            "notify_family": G(lambda f: f.pick([True, False])),
            "reschedule_count": G(lambda f: f.r.randint(1, 5)),
        },
    ),
    (
        "track",
        "Visit Check In",
        ["kotlin", "swift_nurse"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "nurse_id": G(lambda f: f.r.randint(1000, 99999)),
            "checkin_at": G(lambda f: f.iso()),
            "location": {
                "latitude": Y(lat, "geolocation"),
                "longitude": Y(lon, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([4.8, 12.0, 35.5, 65.0])),
            },
            "distance_from_home_m": G(lambda f: f.r.randint(0, 400)),
            "within_geofence": G(lambda f: f.pick([True, True, False])),
            "method": G(lambda f: f.pick(["gps", "qr", "nfc_tag"])),
            "offline_queued": G(lambda f: f.pick([True, False])),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
        },
    ),
    (
        "track",
        "Visit Check Out",
        ["kotlin", "swift_nurse"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "checkout_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.r.randint(20, 120)),
            "coords": Y(lambda f: "{},{}".format(*geo(f)), "geolocation"),
            "patient_signature_captured": G(lambda f: f.pick([True, False])),
            "tasks_completed": G(lambda f: f.r.randint(1, 12)),
            "mileage_km": G(lambda f: f.money(0, 45)),
        },
    ),
    (
        "track",
        "EVV Visit Verified",
        ["java"],
        {
            "evv_id": G(lambda f: f.uuid()),
            "member_medicaid_id": RED(medicaid, "health id"),
            "member_name": Y(lambda f: f"{f.pick(US_LAST).upper()}, {f.pick(US_FIRST).upper()}", "name"),
            "caregiver_id": G(lambda f: f.digits(6)),
            "caregiver_ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "service_code": Y(lambda f: f.pick(["T1030", "T1031", "G0299", "S9123"]), "procedure"),
            "time_in": G(lambda f: f.iso()),
            "time_out": G(lambda f: f.iso()),
            "verification_method": G(lambda f: f.pick(["gps", "telephony", "fob"])),
            "caller_id": Y(us_phone, "phone"),
            "dialed_number": G(lambda f: f.pick(["+18005550142", "+18885550199"])),
            "gps_lat": Y(lat, "geolocation"),
            "gps_lon": Y(lon, "geolocation"),
            "state": G(lambda f: f.pick(["TX", "OH", "IL"])),
            "aggregator": G(lambda f: f.pick(["Sandata", "HHAeXchange", "Tellus"])),
        },
    ),
    (
        "track",
        "Visit Missed",
        ["node"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "reason_code": G(
                lambda f: f.pick(["NO_ANSWER", "PATIENT_DECLINED", "NURSE_SICK", "ACCESS_BLOCKED"])
            ),
            "patient_notified": G(lambda f: f.pick([True, False])),
            "family_contact_phone": Y(phone, "phone"),
            "rescheduled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Vital Signs Recorded",
        ["kotlin", "flutter"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "bp_systolic": Y(lambda f: f.r.randint(92, 182), "condition"),
            "bp_diastolic": Y(lambda f: f.r.randint(55, 104), "condition"),
            "heart_rate": Y(lambda f: f.r.randint(48, 120), "condition"),
            "temp_c": Y(lambda f: round(f.r.uniform(35.8, 38.9), 1), "condition"),
            "spo2": Y(lambda f: f.r.randint(86, 100), "condition"),
            "blood_glucose_mg_dl": Y(lambda f: f.r.randint(70, 320), "condition"),
            "weight_kg": Y(lambda f: round(f.r.uniform(38, 112), 1), "condition"),
            "pain_score": Y(lambda f: f.r.randint(0, 10), "condition"),
            "measured_at": G(lambda f: f.iso()),
            "source": G(lambda f: f.pick(["manual", "bluetooth"])),
            "device_model": G(lambda f: f.pick(["Omron HEM-7155T", "Nonin 3230", "A&D UA-651BLE"])),
            "readings_count": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "訪問記録保存",
        ["php"],
        {
            "訪問ID": G(lambda f: f.digits(9)),
            "訪問日": G(lambda f: f.date(2024, 2024).replace("-", "/")),
            "看護師名": Y(jp_kanji_name, "name"),
            "体温": Y(lambda f: round(f.r.uniform(35.8, 38.5), 1), "condition"),
            "血圧": Y(lambda f: f"{f.r.randint(100, 170)}/{f.r.randint(55, 100)}", "condition"),
            "脈拍": Y(lambda f: f.r.randint(50, 110), "condition"),
            "特記事項": Y(jp_remark, "condition|diagnosis", True),
            "サービスコード": Y(lambda f: f.pick(["131111", "131211", "131311"]), "procedure"),
            "記録者ID": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "Care Note Saved",
        ["kotlin"],
        {
            "note_id": G(lambda f: f.uuid()),
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "note_type": G(lambda f: f.pick(["progress", "handoff", "coordination"])),
            "body": Y(care_note, "medication", True),
            "word_count": G(lambda f: f.r.randint(8, 260)),
            "dictated": G(lambda f: f.pick([True, False])),
            "wound_photo_url": Y(
                lambda f: f"https://files.carecircle.example/wounds/{f.uuid()}.jpg", "photo"
            ),
            "photo_count": G(lambda f: f.r.randint(0, 6)),
            "edited_after_sign": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Administered",
        ["swift_nurse"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "med_name": Y(lambda f: f.pick(MEDS), "medication"),
            "route": G(lambda f: f.pick(["oral", "subcutaneous", "IM", "topical"])),
            "administered_at": G(lambda f: f.iso()),
            "rx_number": Y(
                lambda f: f.pick([f"RX{f.digits(7)}", f.digits(7), f"{f.digits(7)}-{f.digits(5)}"]),
                "medication",
            ),
            "lot_number": G(lambda f: f"{alnum(f, 2, string.ascii_uppercase)}{f.digits(5)}"),
            "witnessed_by_id": G(lambda f: f.r.randint(1000, 99999)),
            "refused": G(lambda f: f.pick([False, False, True])),
        },
    ),
    (
        "track",
        "Incident Reported",
        ["node"],
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "category": G(lambda f: f.pick(["slip_trip", "animal", "verbal_abuse", "vehicle", "equipment"])),
            "description": Y(incident_text, "name", True),
            "reported_by_nurse_id": G(lambda f: f.r.randint(1000, 99999)),
            "police_notified": G(lambda f: f.pick([True, False])),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Home Safety Assessment Completed",
        ["kotlin"],
        {
            "assessment_id": G(lambda f: f.uuid()),
            "pets_in_home": G(lambda f: f.pick([True, False])),
            "pet_name": G(lambda f: f.pick(["Mochi", "Rex", "Hachi", "Tokkie", "Luna"])),
            "pet_species": G(lambda f: f.pick(["dog", "cat", "parrot"])),
            "oxygen_in_use": Y(lambda f: f.pick([True, False]), "condition"),
            "stairs_count": G(lambda f: f.r.randint(0, 24)),
            "grab_bars_installed": G(lambda f: f.pick([True, False])),
            "hazards": Many(
                G(lambda f: f.pick(["loose rugs", "clutter", "poor lighting", "steep stairs"])), 3
            ),
            "parking_notes": G(
                lambda f: f.pick(
                    ["Park on street", "Visitor bay 3", "Use the back lane", "コインパーキング利用"]
                )
            ),
            "lockbox_code": RED(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(0, 9999):04d}",
                        f"#{f.r.randint(0, 9999):04d}",
                        f"{f.r.randint(0, 99999):05d}",
                    ]
                ),
                "secret",
            ),
        },
    ),
    (
        "screen",
        "Visit Details",
        ["kotlin", "swift_nurse"],
        {
            "visit_id": G(lambda f: "V" + f.digits(8)),
            "patient_id": G(lambda f: f.uuid()),
            "from_notification": G(lambda f: f.pick([True, False])),
            "tab": G(lambda f: f.pick(["overview", "tasks", "meds", "notes"])),
            "load_time_ms": G(lambda f: f.r.randint(80, 2400)),
        },
    ),
    (
        "screen",
        "Patient Profile",
        ["kotlin", "swift_nurse"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "patient_display_name": Y(full_name, "name"),
            "section": G(lambda f: f.pick(["summary", "contacts", "insurance"])),
        },
    ),
    (
        "track",
        "Patient Searched",
        ["web"],
        {
            "q": Y(lambda f: f.pick([full_name(f), last_name(f), jp_kana_name(f)]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 25)),
            "filters": {
                "branch": G(lambda f: f.pick(BRANCHES)),
                "status": G(lambda f: f.pick(["active", "all", "discharged"])),
            },
            "search_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
]

DEVICES = [
    (
        "track",
        "Monitoring Device Paired",
        ["flutter"],
        {
            "device_mac": Y(lambda f: f.mac(), "mac"),
            "serial_number": Y(
                lambda f: f.pick([f"{f.digits(13)}", f"SN{f.digits(9)}", f"A{f.digits(4)}-{f.digits(6)}"]),
                "serial",
            ),
            "model": G(lambda f: f.pick(["HEM-7155T", "UA-651BLE", "Accu-Chek Instant"])),
            "firmware": G(lambda f: f.pick(["1.2.4", "2.0.1", "1.3.0"])),
            "battery_pct": G(lambda f: f.r.randint(10, 100)),
            "pairing_method": G(lambda f: f.pick(["ble", "qr"])),
            "paired_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Reading Synced",
        ["flutter"],
        {
            "device_serial": Y(lambda f: f.pick([f"{f.digits(13)}", f"SN{f.digits(9)}"]), "serial"),
            "measurement_type": G(lambda f: "blood_pressure"),
            "reading": {
                "systolic": Y(lambda f: f.r.randint(95, 185), "condition"),
                "diastolic": Y(lambda f: f.r.randint(55, 105), "condition"),
                "pulse": Y(lambda f: f.r.randint(48, 118), "condition"),
                "irregular_heartbeat": Y(lambda f: f.pick([True, False, False]), "condition"),
            },
            "unit": G(lambda f: "mmHg"),
            "taken_at": G(lambda f: f.epoch_ms()),
            "synced_batch_size": G(lambda f: f.r.randint(1, 30)),
        },
    ),
    (
        "track",
        "Emergency Button Pressed",
        ["flutter"],
        {
            "alarm_id": G(lambda f: f.uuid()),
            "location": {"lat": Y(lat, "geolocation"), "lon": Y(lon, "geolocation")},
            "escalation_contact_phone": Y(phone, "phone"),
            "false_alarm": G(lambda f: f.pick([True, False])),
            "responded_within_s": G(lambda f: f.r.randint(10, 600)),
        },
    ),
]

FAMILY = [
    (
        "track",
        "Family Member Invited",
        ["rn"],
        {
            "invite_id": G(lambda f: f.uuid()),
            "inviter_id": G(lambda f: f.uuid()),
            "invitee_name": Y(full_name, "name"),
            "invitee_email": Y(email, "email"),
            "invitee_phone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "grandchild", "neighbour"])),
            "access_level": G(lambda f: f.pick(["view", "manage", "billing"])),
            "invites_sent_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["rn", "swift"],
        {
            "contact": {
                "first_name": Y(first_name, "name"),
                "last_name": Y(last_name, "name"),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
                "relationship": G(lambda f: f.pick(["daughter", "son", "niece", "friend"])),
                "is_primary": G(lambda f: f.pick([True, False])),
            },
            "contacts_count": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Message Sent",
        ["rn", "swift"],
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.hexid(24)),
            "sender_role": G(lambda f: f.pick(["family", "patient"])),
            "recipient_role": G(lambda f: f.pick(["nurse", "coordinator"])),
            "text": Y(chat_with_phone, "phone", True),
            "attachment_count": G(lambda f: f.r.randint(0, 3)),
            "char_count": G(lambda f: f.r.randint(10, 300)),
            "translated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Care Team",
        ["rn"],
        {
            "patient_id": G(lambda f: f.uuid()),
            "team_size": G(lambda f: f.r.randint(2, 9)),
            "tab": G(lambda f: f.pick(["nurses", "family", "doctors"])),
        },
    ),
    (
        "track",
        "Contact Tapped",
        ["rn"],
        {
            "label": Y(full_name, "name", True),
            "action": G(lambda f: f.pick(["call", "sms", "email"])),
            "position": G(lambda f: f.r.randint(0, 8)),
        },
    ),
    (
        "track",
        "NPS Survey Submitted",
        ["rn", "web"],
        {
            "survey_id": G(lambda f: "nps_" + f.pick(["2024q1", "2024q2", "2024q3"])),
            "score": G(lambda f: f.r.randint(0, 10)),
            "comment": G(survey_comment),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "nurse_rating": G(lambda f: f.r.randint(1, 5)),
        },
    ),
]

MESSAGING = [
    (
        "track",
        "Visit Reminder Sent",
        ["python"],
        {
            "channel": G(lambda f: "sms"),
            "to": Y(phone, "phone", True),
            "template_id": G(
                lambda f: f.pick(["visit_reminder_24h", "visit_reminder_ja", "visit_reminder_af"])
            ),
            "send_id": G(lambda f: f.hexid(32)),
            "dispatch_id": G(lambda f: f.hexid(24)),
            "scheduled_for": G(lambda f: f.iso()),
            "locale": G(locale),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC" + f.pick(["3f1e9c0d7b2a4e8f9a1b2c3d4e5f6a7b", "9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e"])
                )
            ),
            "MessagingServiceSid": G(
                lambda f: (
                    "MG" + f.pick(["1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", "0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c"])
                )
            ),
            "From": G(lambda f: f.pick(["+18885550142", "+81345550198", "+27215550133"])),
            "To": Y(
                lambda f: f.pick(
                    [
                        "+81" + f.pick(["90", "80"]) + f.digits(8),
                        "+27" + f.pick(["82", "72"]) + f.digits(7),
                        "+1" + f.digits(10),
                    ]
                ),
                "phone",
                True,
            ),
            "Body": RED(otp_sms, "token", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ApiVersion": G(lambda f: "2010-04-01"),
        },
    ),
    (
        "track",
        "Email Engagement",
        ["python"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["open", "click"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(lambda f: f"{alnum(f, 22)}.filterdrecv-{f.digits(2)}-{f.digits(5)}"),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@carecircle.example>"),
            "timestamp": G(lambda f: epoch(f)),
            "category": Many(G(lambda f: f.pick(["visit_summary", "invoice", "newsletter"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                    ]
                )
            ),
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
                    lambda f: f.pick(["Login problem", "Invoice question", "App feedback", "予約について"])
                ),
                "description": G(ticket_text),
                "priority": G(lambda f: f.pick(["low", "normal", "high"])),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile_sdk"]))},
                "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
                "tags": Many(G(lambda f: f.pick(["billing", "app", "ja", "za", "urgent"])), 3),
            }
        },
    ),
]

STAFF = [
    (
        "identify",
        None,
        ["kotlin", "swift_nurse"],
        {
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "email": Y(work_email, "email"),
            "phone": Y(phone, "phone"),
            "role": G(lambda f: f.pick(["nurse", "nurse_lead", "aide"])),
            "employee_id": G(lambda f: "E" + f.digits(5)),
            "license_number": Y(nurse_license, "license"),
            "license_state": G(lambda f: f.pick(["TX", "IL", "JP", "ZA"])),
            "license_expiry": G(lambda f: f.date(2025, 2027)),
            "discipline": G(lambda f: f.pick(["RN", "LPN", "准看護師", "Enrolled Nurse"])),
            "branch": G(lambda f: f.pick(BRANCHES)),
            "hire_date": G(lambda f: f.date(2015, 2024)),
            "hourly_rate": Y(
                lambda f: f.pick([f.money(28, 62), f.r.randint(1800, 3200), f.money(180, 320)]), "salary"
            ),
            "languages": Many(G(lambda f: f.pick(["en", "ja", "af", "zu", "es"])), 2),
            "vehicle_plate": Y(plate, "license"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shift Accepted",
        ["kotlin"],
        {
            "shift_id": G(lambda f: f.uuid()),
            "nurse_id": G(lambda f: f.r.randint(1000, 99999)),
            "pay_rate": Y(lambda f: f.money(25, 70), "salary"),
            "pay_currency": G(currency),
            "shift_start": G(lambda f: f.iso()),
            "branch_code": G(lambda f: f.pick(["HOU-W", "STB", "SETA", "OSK-K"])),
            "distance_km": G(lambda f: f.money(0, 60)),
            "overtime": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Mileage Logged",
        ["swift_nurse"],
        {
            "trip_id": G(lambda f: f.uuid()),
            "vehicle_plate": Y(plate, "license"),
            "odometer_start": G(lambda f: f.r.randint(10000, 190000)),
            "odometer_end": G(lambda f: f.r.randint(10000, 190000)),
            "distance_km": G(lambda f: f.money(0, 60)),
            "destination_address": Y(address, "address"),
            "reimbursement_amount": G(lambda f: f.money(1, 40)),
            "rate_per_km": G(lambda f: f.pick([0.42, 4.84, 38.0])),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "applicant_name": Y(full_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "position": G(
                lambda f: f.pick(
                    ["Registered Nurse - Home Health", "訪問看護師", "Geregistreerde Verpleegster"]
                )
            ),
            "location_preference": G(lambda f: f.pick(["Houston", "Setagaya", "Stellenbosch", "Osaka"])),
            "license_number": Y(nurse_license, "license"),
            "years_experience": G(lambda f: f.r.randint(0, 30)),
            "nationality": Y(
                lambda f: f.pick(
                    ["Filipino", "Indonesian", "South African", "American", "Zimbabwean", "Japanese"]
                ),
                "citizenship",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "authorized_to_work": RED(lambda f: f.pick(["yes", "no", "yes_with_restrictions"]), "visa"),
            "desired_hourly_rate": Y(
                lambda f: f.pick([f.r.randint(30, 60), f.r.randint(1800, 3000)]), "salary"
            ),
            "current_employer": G(
                lambda f: f.pick(["Memorial Hermann", "Netcare", "聖路加国際病院", "Amedisys"])
            ),
            "job_title": G(lambda f: f.pick(["Staff Nurse", "Charge Nurse", "病棟看護師"])),
            "resume_uploaded": G(lambda f: f.pick([True, False])),
            "how_heard": G(lambda f: f.pick(["indeed", "linkedin", "referral"])),
        },
    ),
    (
        "track",
        "Background Check Ordered",
        ["go"],
        {
            "check_id": G(lambda f: f.hexid(24)),
            "candidate_id": G(lambda f: f.uuid()),
            "candidate_ssn": RED(lambda f: f.ssn(), "social security number"),
            "candidate_dob": Y(lambda f: dob(f, 1965, 2002), "birthdate"),
            "drivers_license_number": Y(lambda f: f.pick([f.digits(8), f"D{f.digits(7)}"]), "license"),
            "dl_state": G(lambda f: f.pick(["TX", "IL", "OH"])),
            "package": G(lambda f: f.pick(["healthcare_basic", "healthcare_plus_mvr"])),
            "vendor": G(lambda f: f.pick(["Checkr", "Sterling"])),
            "fee": G(lambda f: f.money(20, 90)),
        },
    ),
    (
        "track",
        "Payroll Exported",
        ["java"],
        {
            "PAYROLL_RUN_ID": G(lambda f: f.digits(8)),
            "EMPLOYEE_ID": G(lambda f: "E" + f.digits(5)),
            "EMPLOYEE_NAME": Y(full_name, "name"),
            "GROSS_PAY": Y(lambda f: f.money(900, 6000), "salary"),
            "HOURS_WORKED": G(lambda f: f.money(10, 90)),
            "BANK_ACCOUNT_NUMBER": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "ROUTING_NUMBER": G(lambda f: f.pick(["111000025", "113000023", "071000013"])),
            "PAY_PERIOD_END": G(lambda f: f.date(2024, 2024)),
            "TAX_FILING_STATUS": G(lambda f: f.pick(["single", "married_joint", "head_of_household"])),
        },
    ),
]

AUTH = [
    (
        "track",
        "Signed In",
        ["node"],
        {
            "email": Y(email, "email"),
            "method": G(lambda f: f.pick(["password", "magic_link", "google", "line"])),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "session_id": G(lambda f: f.uuid()),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python"],
        {
            "email": Y(email, "email"),
            "reset_url": RED(reset_url, "token"),
            "expires_at": G(lambda f: f.iso()),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["go"],
        {
            "phone": Y(phone, "phone"),
            "otp_length": G(lambda f: 6),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "voice"])),
            "verification_sid": G(lambda f: "VE" + f.hexid(32)),
            "verified": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        ["node"],
        {
            "recipient": Y(email, "email", True),
            "link": RED(magic_link, "token", True),
            "expires_in_min": G(lambda f: f.pick([15, 30])),
            "locale": G(locale),
        },
    ),
    (
        "track",
        "Integration Connected",
        ["ruby"],
        {
            "integration": G(lambda f: f.pick(["PointClickCare", "Epic", "Google Calendar", "freee"])),
            "api_key": RED(lambda f: f.secret(), "secret"),
            "connected_by": G(lambda f: "usr_" + f.hexid(10)),
            "scopes": Many(G(lambda f: f.pick(["read:patients", "write:visits", "read:billing"])), 3),
        },
    ),
    (
        "track",
        "API Request Logged",
        ["node"],
        {
            "request": {
                "method": G(lambda f: f.pick(["GET", "POST", "PATCH"])),
                "path": G(lambda f: f.pick(["/v2/visits", "/v2/patients/search", "/v2/invoices"])),
                "x-forwarded-for": Y(
                    lambda f: f.pick(
                        [f.ipv4(), f"{f.ipv4()}, 10.0.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}"]
                    ),
                    "ip",
                ),
                "user-agent": G(
                    lambda f: f.pick(
                        ["CareCircle/4.12.3 (iPhone; iOS 17.4.1)", "okhttp/4.12.0", "Dart/3.3 (dart:io)"]
                    )
                ),
                "x-request-id": G(lambda f: f.uuid()),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
            },
            "status": G(lambda f: f.pick([200, 201, 401, 429])),
            "latency_ms": G(lambda f: f.r.randint(8, 1900)),
        },
    ),
    ("alias", None, ["swift", "rn", "web"], {}),
]

SHOP = [
    (
        "track",
        "Products Searched",
        ["web", "rn"],
        {
            "query": G(
                lambda f: f.pick(
                    ["blood pressure monitor", "walker", "test strips", "介護用おむつ", "shower chair"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "swift"],
        {
            **product(),
            "currency": G(currency),
            "variant": G(lambda f: f.pick(["Standard", "M", "Large", "50ct"])),
        },
    ),
    (
        "track",
        "Product Added",
        ["rn", "web"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity")},
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        {
            "order_id": G(lambda f: f"CC{f.digits(9)}"),
            "total": G(lambda f: f.money(10, 600)),
            "revenue": G(lambda f: f.money(10, 600)),
            "tax": G(lambda f: f.money(0, 50)),
            "shipping": G(lambda f: f.money(0, 20)),
            "currency": G(currency),
            "coupon": G(lambda f: f.pick(["", "CARE10", "WELCOME"])),
            "products": Many(product(), 3),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 12", "グランメゾン305", "Woonstel 7"]), "address|street"
                ),
                "city": Y(city, "city"),
                "postal_code": Y(postal, "zipcode"),
                "country": G(country),
                "state": G(state),
            },
            "recipient_phone": Y(phone, "phone"),
            "delivery_instructions": G(
                lambda f: f.pick(["Leave with concierge", "置き配希望", "Ring twice", ""])
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "konbini"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_postal_code": Y(postal, "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Succeeded",
        ["node"],
        {
            "id": G(lambda f: "evt_" + alnum(f, 24)),
            "type": G(lambda f: "charge.succeeded"),
            "api_version": G(lambda f: "2023-10-16"),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_" + alnum(f, 24)),
                    "payment_intent": G(lambda f: "pi_" + alnum(f, 24)),
                    "amount": G(lambda f: f.r.randint(500, 90000)),
                    "currency": G(lambda f: currency(f).lower()),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "invoice": G(lambda f: "in_" + alnum(f, 24)),
                    "payment_method": RED(lambda f: "pm_" + alnum(f, 24), "token"),
                    "receipt_email": Y(email, "email"),
                    "livemode": G(lambda f: True),
                    "billing_details": {
                        "name": Y(full_name, "name"),
                        "email": Y(email, "email"),
                        "phone": Y(phone, "phone"),
                        "address": {
                            "line1": Y(street, "address|street"),
                            "city": Y(city, "city"),
                            "postal_code": Y(postal, "zipcode"),
                            "country": G(country),
                        },
                    },
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                            "country": G(country),
                        },
                    },
                }
            },
        },
    ),
]

BILLING = [
    (
        "track",
        "ClaimSubmitted",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: f"CLM{f.digits(10)}"),
            "PatientFullName": Y(lambda f: f"{f.pick(US_FIRST)} {f.pick(US_LAST)}", "name"),
            "PatientDob": Y(dob, "birthdate"),
            "MedicaidId": RED(medicaid, "health id"),
            "MedicareMbi": RED(mbi, "health id"),
            "PayerName": G(lambda f: f.pick([*INSURERS, "Medicare Part A", "Texas Medicaid"])),
            "PayerId": G(lambda f: f.pick(["60054", "84980", "87726", "SKTX0"])),
            "BillingProviderNpi": G(lambda f: f.pick(["1467589230", "1851394871"])),
            "RenderingNurseName": Y(lambda f: f"{f.pick(US_FIRST)} {f.pick(US_LAST)}, RN", "name"),
            "RenderingNurseNpi": Y(
                lambda f: f.luhn_complete("80840" + "1" + f.digits(8))[5:], "license|identification"
            ),
            "DateOfService": G(lambda f: f.date(2024, 2024)),
            "HcpcsCode": Y(lambda f: f.pick(HCPCS), "procedure"),
            "Units": G(lambda f: f.r.randint(1, 8)),
            "BilledAmount": G(lambda f: f.money(80, 900)),
            "DiagnosisCodes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 4),
            "PriorAuthNumber": G(lambda f: f"PA{f.digits(9)}"),
            "SubmittedAtUtc": G(lambda f: f.iso()),
            "ClearinghouseBatchId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "RemittanceReceived",
        ["dotnet"],
        {
            "ClaimNumber": G(lambda f: f"CLM{f.digits(10)}"),
            "PayerClaimControlNumber": G(lambda f: f.digits(14)),
            "MemberId": Y(us_member_id, "identification"),
            "PaidAmount": G(lambda f: f.money(0, 800)),
            "PatientResponsibility": G(lambda f: f.money(0, 120)),
            "AdjustmentReasonCodes": Many(G(lambda f: f.pick(["CO-45", "PR-1", "PR-2", "CO-97"])), 3),
            "CheckOrEftNumber": G(lambda f: f.digits(10)),
        },
    ),
    (
        "track",
        "Faktuur Uitgereik",
        ["php"],
        {
            "faktuurnommer": G(lambda f: f"F{f.digits(7)}"),
            "bedrag": G(lambda f: f.money(350, 9000)),
            "btw": G(lambda f: f.money(40, 1300)),
            "lidnommer": Y(za_member_no, "identification"),
            "betaalmetode": G(lambda f: f.pick(["debietorder", "EFT", "kaart"])),
            "bankrekeningnommer": RED(lambda f: f.digits(f.pick([10, 11, 9])), "bank account"),
            "takkode": G(lambda f: f.pick(["250655", "051001", "632005", "470010"])),
            "rekeninghouer": Y(za_name, "name"),
            "vervaldatum": G(lambda f: f.date(2024, 2025)),
            "icd10_kodes": Many(Y(lambda f: f.pick(ICD10), "diagnosis"), 3),
        },
    ),
    (
        "track",
        "kaigo_seikyu_kakutei",
        ["ruby"],
        {
            "seikyu_id": G(lambda f: f.digits(10)),
            "riyosha_id": G(lambda f: "R" + f.digits(7)),
            "riyosha_shimei": Y(jp_kanji_name, "name"),
            "hihokensha_bango": RED(kaigo_no, "health id"),
            "hokensha_bango": G(lambda f: f.pick(["131128", "271004", "472019"])),
            "futan_wariai": G(lambda f: f.pick(["1割", "2割", "3割"])),
            "seikyu_gaku": G(lambda f: f.r.randint(1000, 60000)),
            "taisho_nengetsu": G(lambda f: f.pick(["2024-04", "2024-05", "2024-06"])),
            "koza": {
                "ginko_mei": G(lambda f: f.pick(["三菱UFJ銀行", "ゆうちょ銀行", "琉球銀行"])),
                "shiten_bango": G(lambda f: f.pick(["001", "135", "418"])),
                "koza_shubetsu": G(lambda f: f.pick(["普通", "当座"])),
                "koza_bango": RED(lambda f: f.digits(7), "bank account"),
                "meigi": Y(jp_kana_name, "name"),
            },
        },
    ),
    (
        "track",
        "ACH Authorized",
        ["go"],
        {
            "mandate_id": G(lambda f: f.uuid()),
            "account_holder": Y(full_name, "name"),
            "routing_number": G(lambda f: f.pick(["111000025", "021000021", "113000023"])),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "authorized_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "FIRST_NAME": Y(first_name, "name"),
            "LAST_NAME": Y(last_name, "name"),
            "EMAIL": Y(email, "email"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "ZIP_CODE": Y(postal, "zipcode"),
            "DOB": Y(dob, "birthdate"),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 400)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "PAYER_TYPE": G(lambda f: f.pick(["MEDICARE", "MEDICAID", "COMMERCIAL", "KAIGO", "MEDICAL_AID"])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "BRANCH_NAME": G(lambda f: f.pick(BRANCHES)),
            "PRIMARY_DX_CATEGORY": Y(
                lambda f: f.pick(["cardiac", "respiratory", "neuro", "diabetes", "wound"]), "condition"
            ),
        },
    ),
]

INTAKE_FORMS = [
    (
        "track",
        "Address Autocomplete Used",
        ["web"],
        {
            "input": Y(street, "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(
                lambda f: "ChIJ" + alnum(f, 23, string.ascii_letters + string.digits + "_-")
            ),
            "country_restriction": G(lambda f: f.pick(["jp", "us", "za"])),
        },
    ),
    (
        "track",
        "Form Field Changed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["intake_v5", "contacts_v2"])),
            "field_name": G(
                lambda f: f.pick(["emergency_contact_phone", "home_phone", "mobile", "caller_phone"])
            ),
            "value": Y(phone, "phone", True),
            "is_valid": G(lambda f: f.pick([True, True, False])),
            "step": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(BRANCHES)),
            "branch_code": G(lambda f: f.pick(["HOU-W", "STB", "SETA", "OSK-K", "SWT"])),
            "industry": G(lambda f: "Home Health Care"),
            "employees": G(lambda f: f.r.randint(12, 240)),
            "plan": G(lambda f: f.pick(["enterprise", "growth"])),
            "website": G(lambda f: "https://carecircle.example"),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "support@carecircle.example",
                        "setagaya@carecircle.example",
                        "no-reply@carecircle.example",
                    ]
                )
            ),
            "main_phone": G(lambda f: f.pick(BUSINESS_PHONES)),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "9800 Richmond Ave Suite 410, Houston, TX 77042",
                        "14 Plein Street, Stellenbosch",
                        "東京都世田谷区三軒茶屋2-11-22",
                    ]
                )
            ),
            "country": G(country),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Video Visit Joined",
        ["swift", "swift_nurse"],
        {
            "room_id": G(lambda f: f"rm_{alnum(f, 12)}"),
            "participant_role": G(lambda f: f.pick(["patient", "nurse", "family", "interpreter"])),
            "participants_count": G(lambda f: f.r.randint(2, 5)),
            "network_quality": G(lambda f: f.r.randint(1, 5)),
            "duration_s": G(lambda f: f.r.randint(30, 3600)),
            "interpreter_joined": G(lambda f: f.pick([True, False])),
            "camera_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
]


def camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def camelize(template):
    """The mobile teams' tracking plan uses camelCase keys."""
    if isinstance(template, dict):
        return {camel(k): camelize(v) for k, v in template.items()}
    if isinstance(template, Many):
        return Many(camelize(template.item), template.n)
    return template


CAMEL_EVENTS = {
    "Family Member Invited",
    "Emergency Contact Updated",
    "Message Sent",
    "Contact Tapped",
    "Video Visit Joined",
    "Visit Check In",
    "Visit Check Out",
    "Medication Administered",
    "Mileage Logged",
}

EVENTS = [
    (kind, event, clients, camelize(body) if event in CAMEL_EVENTS else body)
    for kind, event, clients, body in MARKETING
    + INTAKE
    + VISITS
    + DEVICES
    + FAMILY
    + MESSAGING
    + STAFF
    + AUTH
    + SHOP
    + BILLING
    + INTAKE_FORMS
]


EVENT_REGION = {
    "利用者登録": "jp",
    "訪問記録保存": "jp",
    "kaigo_seikyu_kakutei": "jp",
    "Pasiënt Geregistreer": "za",
    "Faktuur Uitgereik": "za",
    "Intake Form Submitted": "us",
    "EVV Visit Verified": "us",
    "ClaimSubmitted": "us",
    "RemittanceReceived": "us",
    "Background Check Ordered": "us",
    "Payroll Exported": "us",
    "ACH Authorized": "us",
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            f.region = EVENT_REGION.get(event) or f.pick(REGIONS)
            f.geo = None
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}"]) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u_" + f.digits(7), f.uuid()]),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = f.pick(
                    ["branch_houston_w", "branch_stb", "branch_setagaya", "branch_osaka_k"]
                )
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=218, repeats=28)
    write(Path(__file__).parent, "holdout218_", events, labels)
