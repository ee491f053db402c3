"""Writes holdout144: tests/corpus/holdout144_events.jsonl and holdout144_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and never scored by its author. Only the helpers in build.py / fake.py, the
format of build_holdout3.py, REFERENCE.md and DESIGN.md were read.

Domain: BrightPath, a home-care and elder-care agency working in the US and in Japan (ひだまり
訪問介護). Traffic it sends to Segment:
- the caregiver apps (analytics-swift, analytics-kotlin, a Japanese Flutter app): visit check-in
  and check-out with GPS (electronic visit verification), care tasks, medications administered
  and missed, vital signs, incident reports, visit notes;
- the family apps (analytics-react-native, the analytics.js family portal): profiles, invitations,
  messages to the care team, recipient profile edits, schedule pages, feedback;
- servers (python, node, go, java, ruby, php, .NET): care plans, Medicaid 837-style claims and
  Japanese long-term care insurance (介護保険) billing, payroll and timesheets, background
  checks (Checkr-shaped), recruiting, Twilio SMS webhooks and a telephony (IVR) check-in vendor,
  SendGrid events, Zendesk tickets, Facebook Conversions API, push notifications, reverse-ETL
  identifies from the warehouse (SCREAMING_SNAKE), a .NET billing service (PascalCase), a Go
  payroll service (kebab-case), Japanese and romaji keys from the Japanese back end;
- a care-supply web shop following Segment's e-commerce spec, group and alias calls, page and
  screen calls.

Conventions: mostly camelCase and snake_case English keys; about a sixth of the paths are
PascalCase, kebab-case, SCREAMING_SNAKE, Japanese (kanji/kana) or romaji keys. People are care
recipients, family members, caregivers, agency staff, physicians, hospital discharge planners and
job applicants, with names from many cultures and US, Japanese, Philippine, Mexican, Nigerian and
other phone formats. Ids follow real structures: Luhn card numbers are never sent in full (the
shop uses Stripe `pm_` tokens), My Number (個人番号) carries its check digit, Medicare MBIs follow
CMS's character rules, SSNs follow the SSA's structure.

Labelling rules (the product's default colours):
- PII = personal data about a natural person. Colour is the reference's default for the matcher;
  types outside the reference are red for credentials/secrets, card numbers, bank accounts,
  government ids and health, yellow otherwise.
- Green: ids we issue (user, visit, shift, claim, invoice, order, device ids, UUIDs, numeric ids,
  SKUs), versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans even
  under PII-sounding keys, product / company / agency / hospital / pharmacy / pet names, places
  that are not the person's (a clinic's address, a store, the agency's branch), country, state,
  county, locale, language, timezone, currency, user agents, OS-issued device ids; card brand,
  last four, expiry; bank routing numbers and Japanese bank/branch codes; the last four of a bank
  account. The last four of an SSN are red.
- Contested cases follow the product's published policy: loyalty / member / customer / claim
  numbers, ages and age bands, marital status, job titles and employers, a business's own phone
  and e-mail (the agency's Twilio number, the IVR number, a physician's office line, role
  mailboxes), pets, UUID tokens (Places session tokens) and e-mail Message-IDs are green;
  insurance policy numbers and an insurer's member numbers, including Japan's 被保険者番号 (the
  insured number issued by the municipality as LTC insurer), are yellow `identification`; rx
  numbers and drug codes (NDC) are yellow `medication`; pay rates and wages yellow `salary`;
  gclid / fbclid / fbp / fbc yellow `advertising id`; a person's billing and shipping address
  yellow `address`; Stripe `pm_` ids, invite / one-time codes and push tokens red `token`;
  Medicaid ids, Medicare MBIs, MRNs and Japan's 公費受給者番号 (a public health programme's
  beneficiary number) red `health id`; My Number and SSNs red; right-to-work and visa
  sponsorship answers red `visa`.
- Health: diagnoses and ICD-10 codes are `diagnosis`, drugs `medication`, allergies `allergy`,
  appointment types and vaccinations `procedure`, booleans and enums that reveal a health state
  (has dementia, fall risk, therapeutic diet, incident type) `condition` (yellow). Choices made
  where the reference has no name: measurements of the person's body (blood pressure, pulse,
  temperature, SpO2, glucose, weight, pain score) and code status (DNR / full code) are `health`,
  red as health outside the reference's table. A care-need level (US mobility aid, Japan's
  要介護度 / 要介護状態区分) and wheelchair use are `disability` (red, the reference's colour).
- Notes written by caregivers about a recipient's state (visit notes, 備考, incident narratives)
  carry health observations in every value: yellow `condition`, value_only. Free text whose
  values never carry personal data (message previews, task notes, SMS replies) is green.
- value_only is true when the key does not say what the value is (`q`, `value`, `label`,
  `input`, `to`, `identifier`, `text`, `narrative`, `visitNote`, `備考`, ticket descriptions,
  a selected place description); every value of such a PII path carries that PII.
- A staff member's or physician's personal name and work e-mail are PII (they identify a natural
  person); a device serial of a medical device in the person's home is yellow `serial`, like a
  VIN; Twilio's FromCity / FromZip (where the sender's number is registered) are yellow
  `city` / `zipcode`. Where undecidable, the path is labelled as a careful privacy owner at a
  mid-size company would want it flagged.
"""

import hashlib
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

NAMES = {
    "anglo": (
        ["Margaret", "Dorothy", "Harold", "Walter", "Ruth", "Eleanor", "James", "Linda", "Kevin", "Sarah"],
        ["O'Connor", "Whitfield", "Bennett", "Sullivan", "Hayes", "Carter", "McAllister", "Brooks"],
    ),
    "hispanic": (
        ["María", "José", "Guadalupe", "Luis", "Carmen", "Alejandro", "Rosa", "Esperanza", "Diego"],
        ["Hernández", "García", "Ramírez", "Torres", "Delgado", "Morales", "Castillo", "Vázquez"],
    ),
    "filipino": (
        ["Maricel", "Jocelyn", "Rodel", "Analyn", "Jun", "Marites", "Rowena"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Manalo", "Pascual"],
    ),
    "haitian": (
        ["Marie-Claude", "Jean-Baptiste", "Fabienne", "Wilner", "Guerline"],
        ["Pierre-Louis", "Joseph", "Dorsainvil", "Toussaint", "Célestin"],
    ),
    "nigerian": (
        ["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Folake", "Tunde"],
        ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye"],
    ),
    "east_asian": (
        ["Wei", "Mei-Ling", "Ji-woo", "Hyun", "Xiu", "Min-jun"],
        ["Zhang", "Liu", "Kim", "Park", "Huang", "Choi", "Lee"],
    ),
    "vietnamese": (["Thanh", "Linh", "Huong", "Minh", "Tuan"], ["Nguyen", "Tran", "Pham", "Le", "Vo"]),
    "south_asian": (
        ["Priya", "Rajesh", "Anjali", "Sunil", "Lakshmi", "Farhan"],
        ["Patel", "Sharma", "Iyer", "Chowdhury", "Reddy", "Qureshi"],
    ),
    "eastern_european": (
        ["Halina", "Oksana", "Dmitri", "Zofia", "Bogdan"],
        ["Kowalczyk", "Shevchenko", "Novak", "Petrov", "Wiśniewska"],
    ),
    "caribbean": (["Delroy", "Marcia", "Winston", "Claudette"], ["Campbell", "Henry", "Grant", "Francis"]),
    "arab": (["Fatima", "Yousef", "Layla", "Omar"], ["Haddad", "Al-Masri", "Khalil", "Nasser"]),
}
CULTURES = list(NAMES)

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
    ("森", "モリ", "Mori"),
]
JP_GIVEN = [
    ("花子", "ハナコ", "Hanako"),
    ("美智子", "ミチコ", "Michiko"),
    ("和子", "カズコ", "Kazuko"),
    ("節子", "セツコ", "Setsuko"),
    ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("健一", "ケンイチ", "Kenichi"),
    ("由美", "ユミ", "Yumi"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("陽子", "ヨウコ", "Yoko"),
    ("翔太", "ショウタ", "Shota"),
    ("恵子", "ケイコ", "Keiko"),
    ("勝", "マサル", "Masaru"),
]
JP_PLACES = [
    ("東京都", "世田谷区桜新町", "154-0015"),
    ("東京都", "練馬区光が丘", "179-0072"),
    ("神奈川県", "横浜市青葉区美しが丘", "225-0002"),
    ("大阪府", "大阪市阿倍野区阿倍野筋", "545-0052"),
    ("愛知県", "名古屋市千種区今池", "464-0850"),
    ("福岡県", "福岡市早良区西新", "814-0002"),
    ("北海道", "札幌市中央区南三条西", "060-0063"),
    ("京都府", "京都市左京区下鴨", "606-0801"),
]
US_STREETS = [
    "Maple Ave",
    "Queens Blvd",
    "W Division St",
    "Ocean Pkwy",
    "Bellaire Blvd",
    "NW 7th St",
    "Foothill Blvd",
    "E Camelback Rd",
    "Elm Street",
    "Westheimer Rd",
    "Flatbush Ave",
    "S Halsted St",
]
US_CITIES = [
    ("Flushing", "NY", "113"),
    ("Brooklyn", "NY", "112"),
    ("Houston", "TX", "770"),
    ("Miami", "FL", "331"),
    ("Los Angeles", "CA", "900"),
    ("Chicago", "IL", "606"),
    ("Phoenix", "AZ", "850"),
    ("Oakland", "CA", "946"),
    ("Newark", "NJ", "071"),
    ("San Antonio", "TX", "782"),
]
MAIL_HOSTS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "hotmail.com", "comcast.net"]
JP_MAIL_HOSTS = ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp", "i.softbank.jp"]
AGENCY_DOMAIN = "brightpathcare.com"
_FROM, _TO = "áéíóúñüçàèâêôîïëöäśšłńźżČčÉÁÍÓÚ", "aeiounucaeaeoiieoasslnzzCcEAIOU"
ASCII = str.maketrans(_FROM, _TO, "' ")


def person(f: Fake):
    first, last = NAMES[f.pick(CULTURES)]
    return f.pick(first), f.pick(last)


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    given, family = person(f)
    return f"{given} {family}"


def jp_full(f: Fake) -> str:
    return f"{f.pick(JP_SURNAMES)[0]} {f.pick(JP_GIVEN)[0]}"


def jp_kana(f: Fake) -> str:
    return f"{f.pick(JP_SURNAMES)[1]} {f.pick(JP_GIVEN)[1]}"


def any_full(f: Fake) -> str:
    return jp_full(f) if f.r.random() < 0.2 else full(f)


def email(f: Fake) -> str:
    given, family = person(f)
    user = f.pick(
        [
            f"{given}.{family}",
            f"{given[0]}{family}{f.r.randint(1, 99)}",
            f"{given}{f.r.randint(40, 99)}",
            f"{family}.{given}",
        ]
    )
    return f"{user.translate(ASCII).lower()}@{f.pick(MAIL_HOSTS)}"


def jp_email(f: Fake) -> str:
    given, family = f.pick(JP_GIVEN)[2], f.pick(JP_SURNAMES)[2]
    user = f.pick([f"{given}.{family}", f"{family}{f.r.randint(10, 99)}", f"{given[0]}-{family}"])
    return f"{user.lower()}@{f.pick(JP_MAIL_HOSTS)}"


def any_email(f: Fake) -> str:
    return jp_email(f) if f.r.random() < 0.2 else email(f)


def staff_email(f: Fake) -> str:
    given, family = person(f)
    return f"{given}.{family}".translate(ASCII).lower() + "@" + AGENCY_DOMAIN


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def jp_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"0{f.pick('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"03-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}",
            f"06-{r.randint(6000, 6999)}-{r.randint(1000, 9999)}",
            f"+81 {f.pick('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"0{f.pick('789')}0{r.randint(1000, 9999)}{r.randint(1000, 9999)}",
        ]
    )


def intl_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+234 803 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
            f"+509 {r.randint(30, 49)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
            f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
        ]
    )


def any_phone(f: Fake) -> str:
    x = f.r.random()
    return jp_phone(f) if x < 0.2 else intl_phone(f) if x < 0.35 else us_phone(f)


def us_street(f: Fake) -> str:
    street = f"{f.r.randint(12, 9850)} {f.pick(US_STREETS)}"
    return street + f.pick(
        ["", "", f" Apt {f.r.randint(1, 20)}{f.pick('ABCDF')}", f" Unit {f.r.randint(100, 999)}"]
    )


def us_city(f: Fake) -> tuple[str, str, str]:
    city, state, prefix = f.pick(US_CITIES)
    return city, state, prefix + f"{f.r.randint(0, 99):02d}"


def us_address(f: Fake) -> str:
    city, state, zipc = us_city(f)
    return f"{us_street(f)}, {city}, {state} {zipc}"


def us_zip(f: Fake) -> str:
    return us_city(f)[2]


def jp_address(f: Fake) -> str:
    pref, town, _ = f.pick(JP_PLACES)
    tail = f.pick(
        [
            "",
            f" {f.pick(['コーポ', 'ハイツ', 'メゾン'])}{f.pick(['桜', '若葉', '緑'])}{f.r.randint(101, 405)}",
        ]
    )
    return f"{pref}{town}{f.r.randint(1, 5)}丁目{f.r.randint(1, 30)}-{f.r.randint(1, 20)}{tail}"


def jp_zip(f: Fake) -> str:
    return f.pick(JP_PLACES)[2][:4] + f"{f.r.randint(0, 9999):04d}"


US_CENTERS = [
    (40.7282, -73.7949),
    (40.6782, -73.9442),
    (29.7604, -95.3698),
    (25.7617, -80.1918),
    (34.0522, -118.2437),
    (41.8781, -87.6298),
    (33.4484, -112.074),
    (37.8044, -122.2712),
]
JP_CENTERS = [
    (35.6329, 139.6532),
    (35.7627, 139.6327),
    (35.5625, 139.5468),
    (34.6413, 135.5135),
    (43.0576, 141.3541),
]


def lat_us(f: Fake) -> float:
    return round(f.pick(US_CENTERS)[0] + f.r.uniform(-0.12, 0.12), 6)


def lon_us(f: Fake) -> float:
    return round(f.pick(US_CENTERS)[1] + f.r.uniform(-0.12, 0.12), 6)


def lat_jp(f: Fake) -> float:
    return round(f.pick(JP_CENTERS)[0] + f.r.uniform(-0.05, 0.05), 6)


def lon_jp(f: Fake) -> float:
    return round(f.pick(JP_CENTERS)[1] + f.r.uniform(-0.05, 0.05), 6)


def dob(f: Fake) -> str:
    return f.date(1928, 1958)


def adult_dob(f: Fake) -> str:
    return f.date(1955, 2002)


# -- identifiers --------------------------------------------------------------------------------------


def my_number(f: Fake) -> str:
    """Japan's 個人番号: 11 digits and a mod-11 check digit."""
    body = [f.r.randint(0, 9) for _ in range(11)]
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), start=1))
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    digits = "".join(map(str, body)) + str(check)
    return f.pick([digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}"])


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(f: Fake) -> str:
    """A Medicare Beneficiary Identifier in CMS's 11-character pattern."""
    r, L, D = f.r, MBI_LETTERS, "0123456789"
    an = L + D
    chars = [
        str(r.randint(1, 9)),
        r.choice(L),
        r.choice(an),
        r.choice(D),
        r.choice(L),
        r.choice(an),
        r.choice(D),
        r.choice(L),
        r.choice(L),
        r.choice(D),
        r.choice(D),
    ]
    raw = "".join(chars)
    return f.pick([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])


def medicaid_id(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{f.digits(5)}{r.choice('ABCDEFGH')}",
            f"9{f.digits(7)}{r.choice('ABCDEFG')}",
            f.digits(9),
            f.digits(10),
        ]
    )


def mrn(f: Fake) -> str:
    return f.pick([f"MRN{f.digits(7)}", f.digits(8), f"E{f.digits(9)}"])


def jp_insured_no(f: Fake) -> str:
    return f"{f.r.randint(0, 1)}{f.digits(9)}"


def jp_jigyosho(f: Fake) -> str:
    return f.pick(["1370112345", "1471203398", "2771400121", "4071300556"])


def jp_hokensha(f: Fake) -> str:
    return f.pick(["131128", "131201", "141101", "272039", "401374"])


def pm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "pm_1" + "".join(f.r.choice(alnum) for _ in range(23))


def fcm_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return (
        "".join(f.r.choice(alnum) for _ in range(22))
        + ":APA91b"
        + "".join(f.r.choice(alnum) for _ in range(134))
    )


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "Cj0KCQjw" + "".join(f.r.choice(alnum) for _ in range(80)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "IwAR" + "".join(f.r.choice(alnum) for _ in range(57))


def sha256(f: Fake, text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def ssn(f: Fake) -> str:
    return f.ssn() if f.r.random() < 0.7 else f.ssn().replace("-", "")


def icd10(f: Fake) -> str:
    return f.pick(["G30.9", "I50.9", "J44.9", "E11.9", "F03.90", "M17.11", "I63.9", "N18.4", "G20", "I10"])


DIAGNOSES = [
    "Alzheimer's disease",
    "Congestive heart failure",
    "COPD",
    "Type 2 diabetes",
    "Parkinson's disease",
    "Osteoarthritis of knee",
    "Chronic kidney disease stage 4",
    "Post-stroke hemiparesis",
    "Vascular dementia",
]
MEDS = [
    "Metformin 500 mg tablet",
    "Donepezil 10 mg",
    "Lisinopril 20 mg",
    "Furosemide 40 mg",
    "Carbidopa/Levodopa 25/100",
    "Eliquis 5 mg",
    "Insulin glargine",
    "Atorvastatin 40 mg",
    "Tiotropium inhaler",
    "Sertraline 50 mg",
]
JP_DX = [
    "アルツハイマー型認知症",
    "脳梗塞後遺症",
    "高血圧症",
    "糖尿病",
    "パーキンソン病",
    "骨粗鬆症",
    "心不全",
]


def visit_note(f: Fake) -> str:
    return f.pick(
        [
            f"Client c/o dizziness after lunch, BP {f.r.randint(140, 170)}/{f.r.randint(85, 100)}. "
            "RN notified.",
            "Swelling in both ankles worse than Monday. Encouraged leg elevation.",
            "Confused about the day again, asked for her late husband twice. Sundowning from 4pm.",
            "Ate half of breakfast, c/o nausea. Blood sugar " + str(f.r.randint(180, 260)) + " before meal.",
            "Red area on sacrum about 2cm, reported to nurse for wound check.",
            "Shortness of breath walking to bathroom, used inhaler x2.",
            "Tremor worse today, needed help with buttons and feeding.",
            "Coughing after thin liquids, thickened per care plan.",
        ]
    )


def jp_remark(f: Fake) -> str:
    return f.pick(
        [
            "食欲低下あり、昼食は半分摂取。微熱37.4℃",
            "右膝の痛みを訴えあり。湿布貼付。",
            "物忘れが目立つ。服薬の声かけ必要。",
            "入浴後に軽いめまい。血圧高め、看護師へ報告。",
            "仙骨部に発赤あり、除圧を実施。",
            "むせ込みあり、とろみ剤を使用。",
        ]
    )


def incident_narrative(f: Fake) -> str:
    return f.pick(
        [
            "Found client on bathroom floor, bump on left temple, no loss of consciousness.",
            "Skin tear on right forearm while transferring from wheelchair, dressed and reported.",
            "Client choked on toast, back blows given, cleared airway, EMS evaluated.",
            "Client left the house at 3am disoriented, found by neighbor, no injuries noted.",
            "Bruising on hip after slipping on rug, complained of pain 6/10.",
        ]
    )


# -- contexts of the client libraries ---------------------------------------------------------------

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
UAS = [
    CHROME,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A135U) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.118 Mobile Safari/537.36",
]
PAGES = [
    ("/", "BrightPath Family Portal"),
    ("/schedule", "Visit schedule | BrightPath"),
    ("/care-team", "Care team | BrightPath"),
    ("/billing", "Billing & payments | BrightPath"),
    ("/messages", "Messages | BrightPath"),
    ("/shop/incontinence", "Incontinence supplies | BrightPath Shop"),
    ("/careers/apply", "Apply to be a caregiver | BrightPath"),
]


def web_context(f: Fake):
    page = f.pick(PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page[0]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://mail.google.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?tab=upcoming"])),
            "title": G(lambda f: page[1]),
            "url": G(lambda f: "https://family.brightpathcare.com" + page[0]),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "es-US", "zh-CN", "ko-KR", "vi-VN"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "America/Los_Angeles"])),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_respite", "caregiver_hiring_q2", "family_portal_launch"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(lambda f: f.pick(["home care near me", "caregiver jobs", "elder care agency"])),
            "content": G(lambda f: f.pick(["hero_cta", "text_ad_2", "footer_link"])),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BrightPath Caregiver"),
            "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
            "build": G(lambda f: f.pick(["41800", "41802", "41900"])),
            "namespace": G(lambda f: "com.brightpathcare.caregiver"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone12,8", "iPhone14,7", "iPhone15,4", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "tl-PH", "ht-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.8", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([375, 390, 393])),
            "height": G(lambda f: f.pick([667, 844, 852])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "America/Phoenix"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "cg_" + f.digits(6)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(staff_email, "email"),
        },
        "location": {
            "latitude": Y(lat_us, "geolocation"),
            "longitude": Y(lon_us, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BrightPath Caregiver"),
            "version": G(lambda f: f.pick(["4.18.1", "4.19.0", "4.19.3"])),
            "build": G(lambda f: f.pick(["418010", "419000", "419030"])),
            "namespace": G(lambda f: "com.brightpathcare.caregiver"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Google", "TCL"])),
            "model": G(lambda f: f.pick(["SM-A146U", "moto g play - 2023", "Pixel 6a", "T608M"])),
            "name": G(lambda f: f.pick(["a14x", "fogos", "bluejay", "T608M"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "tl-PH"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "Metro by T-Mobile", "Cricket"])),
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.0, 2.625, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2408])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Los_Angeles"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A146U Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "cg_" + f.digits(6)),
            "anonymousId": G(lambda f: f.uuid()),
            "email": Y(staff_email, "email"),
        },
        "location": {
            "latitude": Y(lat_us, "geolocation"),
            "longitude": Y(lon_us, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.4, 1.2])),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "BrightPath Family"),
            "version": G(lambda f: f.pick(["2.7.0", "2.7.3", "2.8.0"])),
            "build": G(lambda f: f.pick(["270", "273", "280"])),
            "namespace": G(lambda f: "com.brightpathcare.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-S918U", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "zh-Hant-US", "ko-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "Europe/London"])),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "fam_" + f.hexid(10)),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(any_phone, "phone"),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "ひだまりケア"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.1", "3.3.0"])),
            "build": G(lambda f: f.pick(["320", "321", "330"])),
            "namespace": G(lambda f: "jp.hidamari.care"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "SHARP", "SONY", "FCNT"])),
            "model": G(lambda f: f.pick(["iPhone14,6", "SH-53C", "SO-51D", "F-52B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.4", "1.1.6"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([375, 360])), "height": G(lambda f: f.pick([667, 780]))},
        "timezone": G(lambda f: "Asia/Tokyo"),
        "network": {"carrier": G(lambda f: f.pick(["docomo", "au", "SoftBank", "楽天モバイル"]))},
        "location": {
            "latitude": Y(lat_jp, "geolocation"),
            "longitude": Y(lon_jp, "geolocation"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "3.4.0"],
    "analytics-java": ["3.5.1", "3.5.4"],
    "analytics-ruby": ["2.4.2", "2.5.0"],
    "analytics-php": ["3.8.0", "3.7.3"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server_context(library: str, ip: bool = False):
    def make(f: Fake):
        ctx = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(UAS))
        return ctx

    return make


def warehouse_context(f: Fake):
    """Reverse ETL (a Hightouch-style sync) through analytics-python."""
    return {
        "library": {"name": G(lambda f: "analytics-python"), "version": G(lambda f: "2.3.3")},
        "externalIds": Many(
            {
                "id": G(lambda f: f.digits(11)),
                "type": G(lambda f: "hubspot_contact_id"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        ),
        "sync": {
            "id": G(lambda f: f.pick(["sync_48213", "sync_48290", "sync_51102"])),
            "model": G(lambda f: f.pick(["clients_active", "clients_all", "clients_new_30d"])),
        },
    }


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python"),
    "node": server_context("analytics-node"),
    "node_ip": server_context("analytics-node", ip=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby"),
    "php": server_context("analytics-php", ip=True),
    "dotnet": server_context("Analytics.NET"),
    "warehouse": warehouse_context,
}

# -- shared shapes -------------------------------------------------------------------------------------

SUPPLIES = [
    ("Adult Briefs Overnight L (72 ct)", "Prevail", "Incontinence"),
    ("Shower Chair with Back", "Drive Medical", "Bathroom Safety"),
    ("Grab Bar 24in Stainless", "Moen", "Bathroom Safety"),
    ("Upper Arm Blood Pressure Monitor", "Omron", "Monitoring"),
    ("Weekly Pill Organizer AM/PM", "Ezy Dose", "Medication Aids"),
    ("Nitrile Gloves M (100)", "Medline", "Caregiver Supplies"),
    ("Bed Rail Assist Handle", "Stander", "Mobility"),
    ("Thickened Water Lemon 8oz", "Thick-It", "Nutrition"),
]


def supply():
    return {
        "product_id": G(lambda f: f.digits(7)),
        "sku": G(lambda f: f.pick(["PRV-", "DRV-", "MOE-", "OMR-", "MDL-"]) + f.digits(5)),
        "name": G(lambda f: f.pick(SUPPLIES)[0]),
        "brand": G(lambda f: f.pick(SUPPLIES)[1]),
        "category": G(lambda f: f.pick(SUPPLIES)[2]),
        "price": G(lambda f: f.money(6, 120)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
        "url": G(lambda f: f"https://shop.brightpathcare.com/p/{f.digits(7)}"),
        "image_url": G(lambda f: f"https://cdn.brightpathcare.com/shop/{f.hexid(12)}.jpg"),
        "hsa_fsa_eligible": G(lambda f: f.pick([True, False])),
    }


def us_postal(prefix_keys=("line1", "line2", "city", "state", "postal_code", "country")):
    line1, line2, city, state, postal, country = prefix_keys
    return {
        line1: Y(lambda f: f"{f.r.randint(12, 9850)} {f.pick(US_STREETS)}", "address|street"),
        line2: Y(lambda f: f.pick(["Apt 3F", "Unit 204", "Apt 12B", "Fl 2", "Suite 5"]), "address|street"),
        city: Y(lambda f: us_city(f)[0], "city"),
        state: G(lambda f: us_city(f)[1]),
        postal: Y(us_zip, "zipcode"),
        country: G(lambda f: "US"),
    }


# -- events ----------------------------------------------------------------------------------------------

EVENTS = [
    # ===== identifies ===================================================================================
    (
        "identify",
        None,
        "rn",
        {
            "email": Y(any_email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(any_phone, "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "niece", "grandson"])),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(["family_free", "family_plus"])),
            "notificationsEnabled": G(lambda f: f.pick([True, False])),
            "preferredLanguage": G(lambda f: f.pick(["en", "es", "zh", "ko", "vi", "ht"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "recipientsLinked": G(lambda f: f.r.randint(1, 3)),
            "avatar": Y(lambda f: f"https://cdn.brightpathcare.com/avatars/{f.hexid(20)}.jpg", "photo"),
            "role": G(lambda f: "family"),
            "birthday": Y(adult_dob, "birthdate"),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(staff_email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(any_phone, "phone"),
            "employeeId": G(lambda f: "CG-" + f.digits(5)),
            "hireDate": G(lambda f: f.date(2015, 2024)),
            "jobTitle": G(lambda f: f.pick(["Home Health Aide", "CNA", "LPN", "Personal Care Aide"])),
            "branch": G(lambda f: f.pick(["Queens", "Houston West", "Miami-Dade", "Oakland"])),
            "languages": Many(
                G(lambda f: f.pick(["English", "Spanish", "Tagalog", "Haitian Creole", "Cantonese"])), 3
            ),
            "certifications": Many(G(lambda f: f.pick(["CPR", "HHA", "Dementia Care", "First Aid"])), 3),
            "cnaLicenseNumber": Y(lambda f: f.pick(["NY", "TX", "CA"]) + "-CNA-" + f.digits(6), "license"),
            "hourlyRate": Y(lambda f: f.pick([18.5, 19.0, 21.25, 22.0, 24.75]), "salary"),
            "homeAddress": Y(us_address, "address"),
            "fluVaccinated": Y(lambda f: f.pick([True, False]), "procedure"),
            "hasCar": G(lambda f: f.pick([True, False])),
            "backgroundCheckStatus": G(lambda f: f.pick(["clear", "pending", "consider"])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "warehouse",
        {
            "CLIENT_ID": G(lambda f: "CL" + f.digits(6)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "AGE": G(lambda f: f.r.randint(66, 98)),
            "GENDER": Y(lambda f: f.pick(["F", "M", "X"]), "gender"),
            "MEDICAID_ID": RED(medicaid_id, "health id"),
            "MEDICARE_MBI": RED(mbi, "health id"),
            "PRIMARY_DIAGNOSIS": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "PRIMARY_ICD10": Y(icd10, "diagnosis"),
            "HAS_DEMENTIA": Y(lambda f: f.pick([True, False]), "condition"),
            "IS_VETERAN": RED(lambda f: f.pick([True, False]), "veteran"),
            "FALL_RISK_LEVEL": Y(lambda f: f.pick(["low", "moderate", "high"]), "condition"),
            "MARITAL_STATUS": G(lambda f: f.pick(["widowed", "married", "divorced", "single"])),
            "PRIMARY_LANGUAGE": G(lambda f: f.pick(["English", "Spanish", "Mandarin", "Russian", "Korean"])),
            "COUNTY": G(lambda f: f.pick(["Queens", "Kings", "Harris", "Miami-Dade", "Alameda"])),
            "ZIP_CODE": Y(us_zip, "zipcode"),
            "STATE": G(lambda f: us_city(f)[1]),
            "PAYER_TYPE": G(
                lambda f: f.pick(["medicaid_mltc", "private_pay", "ltc_insurance", "medicare_advantage"])
            ),
            "WEEKLY_AUTHORIZED_HOURS": G(lambda f: f.pick([12, 20, 35, 40, 56])),
            "ENROLLMENT_DATE": G(lambda f: f.date(2019, 2024)),
            "LIFETIME_VISITS": G(lambda f: f.r.randint(1, 1400)),
            "CASE_MANAGER_EMAIL": Y(staff_email, "email"),
            "LIVES_ALONE": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": Y(lambda f: f.pick(JP_GIVEN)[0], "name"),
            "lastName": Y(lambda f: f.pick(JP_SURNAMES)[0], "name"),
            "email": Y(jp_email, "email"),
            "phone": Y(jp_phone, "phone"),
            "staffCode": G(lambda f: "H" + f.digits(5)),
            "office": G(
                lambda f: f.pick(
                    [
                        "ひだまり訪問介護 世田谷事業所",
                        "ひだまり訪問介護 練馬事業所",
                        "ひだまり訪問介護 横浜青葉",
                    ]
                )
            ),
            "qualification": G(lambda f: f.pick(["介護福祉士", "初任者研修", "実務者研修", "看護師"])),
            "employmentType": G(lambda f: f.pick(["常勤", "非常勤", "登録ヘルパー"])),
            "hourlyWage": Y(lambda f: f.pick([1250, 1400, 1600, 1850]), "salary"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "dotnet",
        {
            "FirstName": Y(first, "name"),
            "LastName": Y(last, "name"),
            "Email": Y(email, "email"),
            "PhoneNumber": Y(us_phone, "phone"),
            "BillingAddress": us_postal(("Line1", "Line2", "City", "State", "PostalCode", "Country")),
            "GuarantorRelationship": G(lambda f: f.pick(["Self", "Daughter", "Son", "Power of Attorney"])),
            "AutopayEnabled": G(lambda f: f.pick([True, False])),
            "PreferredPaymentMethod": G(lambda f: f.pick(["Card", "ACH", "Check"])),
            "AccountNumber": G(lambda f: "AR-" + f.digits(6)),
            "CreatedUtc": G(lambda f: f.iso()),
            "OutstandingBalance": G(lambda f: f.money(0, 4200)),
        },
    ),
    # ===== group / alias ===============================================================================
    (
        "group",
        None,
        "node",
        {
            "name": G(
                lambda f: f.pick(
                    ["BrightPath Home Care - Queens", "BrightPath Houston West", "BrightPath Oakland"]
                )
            ),
            "industry": G(lambda f: "Home Health Care Services"),
            "plan": G(lambda f: f.pick(["agency_pro", "agency_enterprise"])),
            "website": G(lambda f: "https://www.brightpathcare.com"),
            "main_phone": G(lambda f: f.pick(["+1 718-555-0142", "+1 713-555-0178", "+1 510-555-0190"])),
            "intake_email": G(
                lambda f: f.pick(
                    ["queens@brightpathcare.com", "intake@brightpathcare.com", "houston@brightpathcare.com"]
                )
            ),
            "address": {
                "street": G(
                    lambda f: f.pick(
                        [
                            "97-77 Queens Blvd Ste 800",
                            "10777 Westheimer Rd Ste 1100",
                            "1999 Harrison St Ste 1800",
                        ]
                    )
                ),
                "city": G(lambda f: f.pick(["Rego Park", "Houston", "Oakland"])),
                "state": G(lambda f: f.pick(["NY", "TX", "CA"])),
                "postal_code": G(lambda f: f.pick(["11374", "77042", "94612"])),
            },
            "npi": G(lambda f: f.pick(["1841293847", "1629087234", "1356491028"])),
            "medicaid_provider_id": G(lambda f: f.pick(["03456789", "01928374", "02244617"])),
            "branch_code": G(lambda f: f.pick(["QNS", "HOU-W", "OAK"])),
        },
    ),
    ("alias", None, "web", {}),
    # ===== caregiver visits (EVV) ======================================================================
    (
        "track",
        "Visit Checked In",
        "kotlin",
        {
            "visit_id": G(lambda f: f.uuid()),
            "shift_id": G(lambda f: "SH" + f.digits(8)),
            "client_id": G(lambda f: "CL" + f.digits(6)),
            "caregiver_id": G(lambda f: "cg_" + f.digits(6)),
            "scheduled_start": G(lambda f: f.iso()),
            "actual_start": G(lambda f: f.iso()),
            "checkin_method": G(lambda f: f.pick(["gps", "gps", "telephony", "fob"])),
            "gps": {
                "lat": Y(lat_us, "geolocation"),
                "lng": Y(lon_us, "geolocation"),
                "accuracy_m": G(lambda f: f.pick([4.8, 12.0, 35.5, 65.0])),
            },
            "distance_from_home_m": G(lambda f: f.r.randint(0, 400)),
            "within_geofence": G(lambda f: f.pick([True, True, False])),
            "client_address": Y(us_address, "address"),
            "service_code": G(lambda f: f.pick(["T1019", "S5125", "S5130", "T1020"])),
            "payer": G(
                lambda f: f.pick(["NY Medicaid MLTC", "Texas STAR+PLUS", "Private Pay", "Genworth LTC"])
            ),
        },
    ),
    (
        "track",
        "Visit Checked Out",
        "swift",
        {
            "visitId": G(lambda f: f.uuid()),
            "clientId": G(lambda f: "CL" + f.digits(6)),
            "durationMinutes": G(lambda f: f.pick([120, 180, 240, 480, 720])),
            "tasksCompleted": Many(
                G(
                    lambda f: f.pick(
                        [
                            "meal_prep",
                            "light_housekeeping",
                            "companionship",
                            "errands",
                            "bathing_assist",
                            "medication_reminder",
                        ]
                    )
                ),
                4,
            ),
            "checkoutLocation": {"latitude": Y(lat_us, "geolocation"), "longitude": Y(lon_us, "geolocation")},
            "clientSignatureCaptured": G(lambda f: f.pick([True, False])),
            "visitNote": Y(visit_note, "condition", True),
            "mileage": G(lambda f: f.money(0, 22)),
            "overtime": G(lambda f: f.pick([False, False, True])),
            "selfiePhotoUrl": Y(
                lambda f: f"https://evv-media.brightpathcare.com/selfies/{f.uuid()}.jpg", "photo"
            ),
            "faceMatchScore": G(lambda f: round(f.r.uniform(0.71, 0.99), 3)),
        },
    ),
    (
        "track",
        "Telephony Visit Call",
        "go",
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "caller_id": Y(us_phone, "phone"),
            "dialed_number": G(lambda f: f.pick(["+18885550142", "+18775550199", "+18665550127"])),
            "call_type": G(lambda f: f.pick(["clock_in", "clock_out"])),
            "call_timestamp": G(lambda f: f.iso()),
            "call_duration_sec": G(lambda f: f.r.randint(18, 140)),
            "employee_number": G(lambda f: f.digits(5)),
            "visit_id": G(lambda f: f.uuid()),
            "match_status": G(lambda f: f.pick(["matched", "unmatched_phone", "exception"])),
        },
    ),
    (
        "track",
        "Medication Administered",
        "swift",
        {
            "administrationId": G(lambda f: f.uuid()),
            "clientId": G(lambda f: "CL" + f.digits(6)),
            "medicationName": Y(lambda f: f.pick(MEDS), "medication"),
            "dose": G(lambda f: f.pick(["1 tablet", "5 mg", "2 puffs", "10 units", "500 mg"])),
            "route": G(lambda f: f.pick(["oral", "inhaled", "subcutaneous", "topical"])),
            "scheduledTime": G(lambda f: f.pick(["08:00", "12:00", "18:00", "21:00"])),
            "givenAt": G(lambda f: f.iso()),
            "rxNumber": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "ndc": Y(
                lambda f: f.pick(["0093-7214-01", "62856-245-30", "0378-0208-01", "0003-0894-21"]),
                "medication",
            ),
            "prescriberName": Y(lambda f: "Dr. " + full(f), "name"),
            "pharmacyName": G(lambda f: f.pick(["CVS Pharmacy #4821", "Walgreens #11902", "Duane Reade"])),
            "pharmacyPhone": G(lambda f: f.pick(["(718) 555-0134", "(713) 555-0110", "(510) 555-0188"])),
            "refused": G(lambda f: f.pick([False, False, True])),
            "prn": G(lambda f: f.pick([True, False])),
            "witnessName": Y(full, "name"),
        },
    ),
    (
        "track",
        "Medication Missed",
        "kotlin",
        {
            "administration_id": G(lambda f: f.uuid()),
            "medication": Y(lambda f: f.pick(MEDS), "medication"),
            "reason": G(lambda f: f.pick(["client_asleep", "refused", "out_of_stock", "not_home"])),
            "notified_family": G(lambda f: f.pick([True, False])),
            "minutes_overdue": G(lambda f: f.r.randint(30, 240)),
            "note": G(
                lambda f: f.pick(
                    [
                        "Client asleep, will retry at 2pm",
                        "Pharmacy delivery late",
                        "Blister pack empty",
                        "Out at appointment",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Vitals Recorded",
        "kotlin",
        {
            "reading_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: "CL" + f.digits(6)),
            "vitals": {
                "systolic": RED(lambda f: f.r.randint(98, 182), "health"),
                "diastolic": RED(lambda f: f.r.randint(58, 104), "health"),
                "heart_rate": RED(lambda f: f.r.randint(52, 118), "health"),
                "temperature_f": RED(lambda f: round(f.r.uniform(96.8, 101.4), 1), "health"),
                "spo2": RED(lambda f: f.r.randint(86, 99), "health"),
                "blood_glucose_mg_dl": RED(lambda f: f.r.randint(72, 290), "health"),
                "weight_lb": RED(lambda f: round(f.r.uniform(98, 260), 1), "health"),
                "pain_score": RED(lambda f: f.r.randint(0, 10), "health"),
            },
            "measured_at": G(lambda f: f.iso()),
            "device_model": G(lambda f: f.pick(["Omron BP7250", "Contour Next One", "iHealth PO3M"])),
            "device_serial": Y(lambda f: f.pick(["20", "21", "22"]) + f.hexid(8).upper(), "serial"),
        },
    ),
    (
        "track",
        "Incident Reported",
        "python",
        {
            "incident_id": G(lambda f: "INC-" + f.digits(6)),
            "client_id": G(lambda f: "CL" + f.digits(6)),
            "incident_type": Y(
                lambda f: f.pick(["fall", "skin_tear", "choking", "wandering", "bruise"]), "condition"
            ),
            "occurred_at": G(lambda f: f.iso()),
            "location_in_home": G(lambda f: f.pick(["bathroom", "bedroom", "kitchen", "stairs"])),
            "ems_called": G(lambda f: f.pick([True, False])),
            "reported_by_role": G(lambda f: f.pick(["caregiver", "family", "nurse"])),
            "family_notified": G(lambda f: f.pick([True, False])),
            "narrative": Y(incident_narrative, "condition", True),
            "witness_name": Y(full, "name"),
            "hospital_name": G(
                lambda f: f.pick(["NewYork-Presbyterian Queens", "Memorial Hermann", "Highland Hospital", ""])
            ),
        },
    ),
    (
        "track",
        "Care Plan Updated",
        "node",
        {
            "care_plan_id": G(lambda f: f.uuid()),
            "client_id": G(lambda f: "CL" + f.digits(6)),
            "version": G(lambda f: f.r.randint(1, 14)),
            "effective_date": G(lambda f: f.date(2024, 2024)),
            "authorized_hours_per_week": G(lambda f: f.pick([12, 20, 35, 40, 56])),
            "goals": Many(
                G(lambda f: f.pick(["Remain safely at home", "Maintain hygiene", "Reduce ER visits"])), 2
            ),
            "diagnoses": Many(Y(lambda f: f.pick(DIAGNOSES), "diagnosis"), 3),
            "icd10_codes": Many(Y(icd10, "diagnosis"), 3),
            "allergies": Many(
                Y(
                    lambda f: f.pick(["penicillin", "sulfa drugs", "latex", "shellfish", "codeine"]),
                    "allergy",
                ),
                2,
            ),
            "diet": Y(
                lambda f: f.pick(["low sodium", "diabetic", "pureed", "renal", "mechanical soft"]),
                "condition",
            ),
            "mobility_aid": RED(
                lambda f: f.pick(["walker", "wheelchair", "cane", "hoyer lift"]), "disability"
            ),
            "code_status": RED(lambda f: f.pick(["Full Code", "DNR", "DNR/DNI"]), "health"),
            "primary_physician": {
                "name": Y(lambda f: "Dr. " + full(f), "name"),
                "practice": G(
                    lambda f: f.pick(
                        ["Queens Internal Medicine", "Bellaire Family Clinic", "Eastbay Geriatrics"]
                    )
                ),
                "phone": G(lambda f: f.pick(["(718) 555-0167", "(713) 555-0123", "(510) 555-0145"])),
            },
            "emergency_contact": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["daughter", "son", "neighbor", "spouse"])),
                "phone": Y(any_phone, "phone"),
                "email": Y(email, "email"),
            },
            "created_by_email": Y(staff_email, "email"),
        },
    ),
    (
        "track",
        "Care Plan Reviewed",
        "java",
        {
            "carePlanId": G(lambda f: f.uuid()),
            "reviewType": G(lambda f: f.pick(["60_day_supervisory", "annual", "change_in_condition"])),
            "reviewedAt": G(lambda f: f.iso()),
            "reviewerNurseName": Y(lambda f: full(f) + ", RN", "name"),
            "adlScore": RED(lambda f: f.r.randint(0, 6), "health"),
            "cognitiveStatus": Y(
                lambda f: f.pick(["intact", "mild impairment", "moderate impairment", "severe impairment"]),
                "condition",
            ),
            "hoursChanged": G(lambda f: f.pick([True, False])),
            "nextReviewDue": G(lambda f: f.date(2024, 2025)),
        },
    ),
    # ===== family portal ================================================================================
    (
        "track",
        "Family Message Sent",
        "rn",
        {
            "thread_id": G(lambda f: f.uuid()),
            "message_id": G(lambda f: f.uuid()),
            "recipient_role": G(lambda f: f.pick(["caregiver", "care_coordinator", "nurse"])),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "body_preview": G(
                lambda f: f.pick(
                    [
                        "Thanks for the update!",
                        "Can we move Thursday's visit to 10am?",
                        "See you Sunday",
                        "Is the new schedule confirmed?",
                        "Gracias por todo",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Family Member Invited",
        "web",
        {
            "invitee_email": Y(any_email, "email"),
            "invitee_name": Y(any_full, "name"),
            "invitee_phone": Y(any_phone, "phone"),
            "relationship_to_client": G(
                lambda f: f.pick(["son", "daughter", "grandchild", "friend", "neighbor"])
            ),
            "permission_level": G(lambda f: f.pick(["view_only", "messages", "billing", "full"])),
            "invite_code": RED(
                lambda f: "".join(f.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)), "token"
            ),
            "invites_remaining": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Recipient Profile Updated",
        "web",
        {
            "recipient": {
                "id": G(lambda f: "CL" + f.digits(6)),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "preferred_name": Y(
                    lambda f: f.pick(["Peggy", "Abuela", "Pop", "Nana", "Bea", "Manny"]), "name"
                ),
                "date_of_birth": Y(dob, "birthdate"),
                "age": G(lambda f: f.r.randint(68, 99)),
                "gender": Y(lambda f: f.pick(["female", "male", "female", "male", "non-binary"]), "gender"),
                "religion": Y(
                    lambda f: f.pick(["Catholic", "Baptist", "Jewish", "Muslim", "Buddhist", "Hindu"]),
                    "religion",
                ),
                "preferred_language": G(lambda f: f.pick(["English", "Spanish", "Cantonese", "Russian"])),
                "pet": {
                    "name": G(lambda f: f.pick(["Biscuit", "Lola", "Mr. Whiskers", "Canela", "Duke"])),
                    "species": G(lambda f: f.pick(["dog", "cat", "parakeet"])),
                },
                "hobbies": Many(
                    G(lambda f: f.pick(["gardening", "telenovelas", "mahjong", "crosswords", "bingo"])),
                    3,
                ),
                "food_preferences": G(
                    lambda f: f.pick(
                        ["likes tea with honey", "no spicy food", "vegetarian", "small portions"]
                    )
                ),
            },
            "home_access": {
                "lockbox_code": RED(lambda f: f.digits(4), "secret"),
                "entry_instructions": G(
                    lambda f: f.pick(["Use side door", "Ring bell twice", "Front desk will buzz you in"])
                ),
            },
        },
    ),
    (
        "page",
        "Visit Schedule",
        "web",
        {
            "path": G(lambda f: "/schedule"),
            "url": G(lambda f: f"https://family.brightpathcare.com/clients/CL{f.digits(6)}/schedule"),
            "title": G(lambda f: "Visit schedule | BrightPath"),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://family.brightpathcare.com/", "https://family.brightpathcare.com/messages"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?week=2024-W22", "?week=2024-W23", "?view=month"])),
        },
    ),
    (
        "track",
        "Caregiver Rated",
        "rn",
        {
            "visit_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "caregiver_first_name": Y(first, "name"),
            "would_request_again": G(lambda f: f.pick([True, False])),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Always on time",
                        "Mom loves her",
                        "Could be more careful with laundry",
                        "",
                        "Great cook",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Family Notification Sent",
        "ruby",
        {
            "notification_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: "sms"),
            "template": G(lambda f: f.pick(["visit_started", "visit_ended", "visit_late"])),
            "message": {
                "text": Y(
                    lambda f: (
                        f"Hi {first(f)}, {first(f)} checked in at "
                        f"{f.r.randint(7, 11)}:{f.r.randint(10, 59)}am "
                        f"for your visit with {first(f)}. Reply STOP to opt out."
                    ),
                    "name",
                    True,
                ),
                "to": Y(us_phone, "phone", True),
                "from": G(lambda f: f.pick(["+18885550142", "+18775550199", "+18665550127"])),
                "segments": G(lambda f: f.pick([1, 2])),
            },
            "status": G(lambda f: f.pick(["queued", "sent", "delivered"])),
        },
    ),
    (
        "track",
        "Contact Card Shared",
        "rn",
        {
            "share_id": G(lambda f: f.uuid()),
            "source": G(lambda f: f.pick(["device_contacts", "manual", "recent_calls"])),
            "contact": {
                "label": Y(
                    lambda f: f"{full(f)} ({f.pick(['daughter', 'neighbor', 'son', 'pastor'])})", "name", True
                ),
                "value": Y(any_phone, "phone", True),
                "kind": G(lambda f: f.pick(["mobile", "home", "work"])),
            },
            "shared_with": G(lambda f: f.pick(["care_team", "coordinator", "nurse"])),
        },
    ),
    (
        "track",
        "Contact Preference Updated",
        "web",
        {
            "contact_point": {
                "type": G(lambda f: f.pick(["sms", "email"])),
                "value": Y(lambda f: f.pick([email(f), us_phone(f)]), "email|phone", True),
            },
            "opt_in": G(lambda f: f.pick([True, False])),
            "quiet_hours": G(lambda f: f.pick(["21:00-07:00", "22:00-08:00", "none"])),
        },
    ),
    # ===== staff console =================================================================================
    (
        "track",
        "Client Searched",
        "web",
        {
            "q": Y(
                lambda f: f.pick([full(f), last(f) + ", " + first(f), first(f) + " " + last(f)[:3]]),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filters": Many(G(lambda f: f.pick(["active", "branch:queens", "payer:medicaid"])), 2),
            "search_latency_ms": G(lambda f: f.r.randint(40, 900)),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "input": Y(lambda f: f"{f.r.randint(12, 9850)} {f.pick(US_STREETS)}", "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "place_id": G(lambda f: "ChIJ" + f.hexid(23)),
            "selected_description": Y(us_address, "address", True),
            "predictions_count": G(lambda f: f.r.randint(1, 5)),
            "form": G(lambda f: f.pick(["new_client_intake", "caregiver_onboarding", "family_billing"])),
        },
    ),
    (
        "track",
        "Referral Received",
        "web",
        {
            "referral_id": G(lambda f: f.uuid()),
            "referral_source": G(
                lambda f: f.pick(["hospital_discharge", "physician", "self", "area_agency_on_aging"])
            ),
            "referrer_name": Y(full, "name"),
            "referrer_email": Y(
                lambda f: (
                    full(f).translate(ASCII).lower().replace(" ", ".")[:20]
                    + "@"
                    + f.pick(["nyp.org", "memorialhermann.org", "alamedahealthsystem.org"])
                ),
                "email",
            ),
            "referrer_organization": G(
                lambda f: f.pick(["NewYork-Presbyterian", "Memorial Hermann", "Alameda Health System"])
            ),
            "patient_name": Y(full, "name"),
            "patient_dob": Y(dob, "birthdate"),
            "patient_mrn": RED(mrn, "health id"),
            "patient_phone": Y(us_phone, "phone"),
            "discharge_date": G(lambda f: f.date(2024, 2024)),
            "services_requested": Many(
                G(lambda f: f.pick(["personal_care", "skilled_nursing", "companionship", "respite"])), 3
            ),
            "insurance_carrier": G(
                lambda f: f.pick(["Humana", "Fidelis Care", "Superior HealthPlan", "Anthem Blue Cross"])
            ),
            "insurance_member_id": Y(lambda f: f.pick(["H", "W", "ZGP"]) + f.digits(8), "identification"),
            "primary_dx": Y(lambda f: f.pick(DIAGNOSES), "diagnosis"),
            "urgent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Appointment Reminder Sent",
        "ruby",
        {
            "appointment_id": G(lambda f: f.digits(8)),
            "appointment_type": Y(
                lambda f: f.pick(
                    ["dialysis", "cardiology follow-up", "physical therapy", "chemo infusion", "wound care"]
                ),
                "procedure",
            ),
            "appointment_at": G(lambda f: f.iso()),
            "clinic_name": G(
                lambda f: f.pick(["DaVita Rego Park", "Houston Methodist Cardiology", "Sutter PT Oakland"])
            ),
            "clinic_address": G(
                lambda f: f.pick(
                    [
                        "61-50 Woodhaven Blvd, Rego Park, NY 11374",
                        "6550 Fannin St, Houston, TX 77030",
                        "2450 Ashby Ave, Berkeley, CA 94705",
                    ]
                )
            ),
            "transport_requested": G(lambda f: f.pick([True, False])),
            "reminder_channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "to_phone": Y(any_phone, "phone"),
        },
    ),
    (
        "track",
        "Ride Booked",
        "node",
        {
            "ride_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["Lyft Concierge", "Uber Health", "ModivCare"])),
            "rider_name": Y(full, "name"),
            "rider_phone": Y(us_phone, "phone"),
            "pickup": {
                "address": Y(us_address, "address"),
                "lat": Y(lat_us, "geolocation"),
                "lng": Y(lon_us, "geolocation"),
            },
            "dropoff": {
                "name": G(lambda f: f.pick(["DaVita Rego Park", "Houston Methodist", "Kaiser Oakland"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "61-50 Woodhaven Blvd, Rego Park, NY 11374",
                            "6565 Fannin St, Houston, TX 77030",
                            "3600 Broadway, Oakland, CA 94611",
                        ]
                    )
                ),
            },
            "wheelchair_accessible": RED(lambda f: f.pick([True, False]), "disability"),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    # ===== billing ======================================================================================
    (
        "track",
        "Invoice Paid",
        "dotnet",
        {
            "InvoiceId": G(lambda f: "in_" + f.hexid(24)),
            "InvoiceNumber": G(lambda f: "BP-2024-" + f.digits(5)),
            "AmountDue": G(lambda f: f.money(80, 6000)),
            "AmountPaid": G(lambda f: f.money(80, 6000)),
            "Currency": G(lambda f: "usd"),
            "PaymentMethodId": RED(pm_token, "token"),
            "CardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardExpMonth": G(lambda f: f.r.randint(1, 12)),
            "CardExpYear": G(lambda f: f.r.randint(2025, 2031)),
            "BillingEmail": Y(email, "email"),
            "BillingName": Y(full, "name"),
            "BillingAddress": us_postal(("Line1", "Line2", "City", "State", "PostalCode", "Country")),
            "PaidAtUtc": G(lambda f: f.iso()),
            "PayerType": G(lambda f: f.pick(["PrivatePay", "LtcInsurance", "Medicaid"])),
            "CustomerNumber": G(lambda f: "C" + f.digits(7)),
        },
    ),
    (
        "track",
        "Medicaid Claim Submitted",
        "java",
        {
            "claim_id": G(lambda f: f.uuid()),
            "claim_number": G(lambda f: "BP" + f.digits(10)),
            "member_medicaid_id": RED(medicaid_id, "health id"),
            "member_dob": Y(dob, "birthdate"),
            "member_name": {"first": Y(first, "name"), "last": Y(last, "name")},
            "billing_provider_npi": G(lambda f: f.pick(["1841293847", "1629087234", "1356491028"])),
            "payer_id": G(lambda f: f.pick(["MCDNY", "TXMCD", "CAMCL", "FLMCD"])),
            "prior_auth_number": G(lambda f: "PA" + f.digits(9)),
            "diagnosis_codes": Many(Y(icd10, "diagnosis"), 3),
            "service_lines": Many(
                {
                    "procedure_code": G(lambda f: f.pick(["T1019", "S5125", "T1020", "S5150"])),
                    "modifier": G(lambda f: f.pick(["U1", "TT", "UN", ""])),
                    "units": G(lambda f: f.r.randint(4, 96)),
                    "charge_amount": G(lambda f: f.money(20, 1500)),
                    "date_of_service": G(lambda f: f.date(2024, 2024)),
                },
                4,
            ),
            "clearinghouse": G(lambda f: f.pick(["Change Healthcare", "Availity", "Office Ally"])),
            "submitted_at": G(lambda f: f.iso()),
            "total_charge": G(lambda f: f.money(100, 9000)),
        },
    ),
    (
        "track",
        "LTC Insurance Claim Filed",
        "ruby",
        {
            "claim_ref": G(lambda f: "LTC-" + f.digits(7)),
            "insurer": G(lambda f: f.pick(["Genworth", "Mutual of Omaha", "John Hancock", "Transamerica"])),
            "policy_number": Y(lambda f: f.pick(["GNW", "MOO", "JH"]) + f.digits(9), "identification"),
            "policyholder_name": Y(full, "name"),
            "policyholder_dob": Y(dob, "birthdate"),
            "elimination_period_days": G(lambda f: f.pick([30, 60, 90])),
            "daily_benefit": G(lambda f: f.pick([150, 200, 250, 300])),
            "benefit_trigger": Y(
                lambda f: f.pick(
                    [
                        "2+ ADL dependency",
                        "severe cognitive impairment",
                        "3 ADL dependency, needs standby assist",
                    ]
                ),
                "condition",
            ),
            "services_from": G(lambda f: f.date(2024, 2024)),
            "invoice_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Bank Account Linked",
        "web",
        {
            "institution_name": G(lambda f: f.pick(["Chase", "Bank of America", "Wells Fargo", "TD Bank"])),
            "account_subtype": G(lambda f: f.pick(["checking", "savings"])),
            "routing_number": G(lambda f: f.pick(["021000021", "026009593", "121000248", "031101266"])),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_mask": G(lambda f: f.digits(4)),
            "account_holder_name": Y(full, "name"),
            "link_session_id": G(lambda f: f.uuid()),
            "plaid_item_id": G(lambda f: f.hexid(32)),
            "autopay": G(lambda f: f.pick([True, False])),
        },
    ),
    # ===== care-supply shop (e-commerce spec) ==========================================================
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["shower chair", "bed rail", "pill organizer", "gloves medium", "briefs large"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web",
        {**supply(), "currency": G(lambda f: "USD"), "value": G(lambda f: f.money(6, 120))},
    ),
    (
        "track",
        "Product Added",
        "rn",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in supply().items() if k in ("product_id", "sku", "name", "price", "quantity")},
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "value": G(lambda f: f.money(20, 400)),
            "shipping": G(lambda f: f.pick([0.0, 7.99, 12.5])),
            "tax": G(lambda f: f.money(0, 30)),
            "currency": G(lambda f: "USD"),
            "coupon": G(lambda f: f.pick(["", "CAREGIVER10", "FIRSTORDER"])),
            "products": Many(supply(), 4),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 400)),
            "subtotal": G(lambda f: f.money(20, 380)),
            "currency": G(lambda f: "USD"),
            "products": Many(supply(), 4),
            "shipping_address": {"name": Y(full, "name"), **us_postal()},
            "ship_to_recipient": G(lambda f: f.pick([True, False])),
            "payment_method_token": RED(pm_token, "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "hsa_fsa_card_used": G(lambda f: f.pick([True, False])),
            "email": Y(email, "email"),
        },
    ),
    # ===== recruiting / workforce =======================================================================
    (
        "track",
        "Caregiver Application Submitted",
        "web",
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant_first_name": Y(first, "name"),
            "applicant_last_name": Y(last, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(us_phone, "phone"),
            "zip": Y(us_zip, "zipcode"),
            "years_experience": G(lambda f: f.r.randint(0, 25)),
            "has_drivers_license": G(lambda f: f.pick([True, False])),
            "authorized_to_work_in_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_pay_rate": Y(lambda f: f.pick([17, 18.5, 20, 22]), "salary"),
            "languages": Many(G(lambda f: f.pick(["English", "Spanish", "Tagalog", "Polish", "Yoruba"])), 3),
            "referral_source": G(lambda f: f.pick(["indeed", "facebook", "employee_referral", "google"])),
            "gclid": Y(gclid, "advertising id"),
        },
    ),
    (
        "track",
        "Background Check Completed",
        "python",
        {
            "report_id": G(lambda f: f.hexid(24)),
            "candidate_id": G(lambda f: f.hexid(24)),
            "package": G(lambda f: f.pick(["driver_pro", "tasker_standard", "healthcare_plus"])),
            "status": G(lambda f: f.pick(["clear", "consider", "suspended"])),
            "adjudication": G(lambda f: f.pick(["engaged", "pre_adverse_action", ""])),
            "candidate": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(adult_dob, "birthdate"),
                "ssn": RED(ssn, "social security number"),
                "email": Y(email, "email"),
                "zipcode": Y(us_zip, "zipcode"),
                "driver_license_number": Y(lambda f: f.pick(["D", "S", "F"]) + f.digits(8), "license"),
                "driver_license_state": G(lambda f: f.pick(["NY", "TX", "CA", "FL"])),
            },
            "county_searches": Many(G(lambda f: f.pick(["Queens, NY", "Harris, TX", "Alameda, CA"])), 2),
            "completed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Timesheet Approved",
        "go",
        {
            "timesheet-id": G(lambda f: f.uuid()),
            "caregiver-id": G(lambda f: "cg_" + f.digits(6)),
            "pay-period": G(
                lambda f: f.pick(["2024-05-01/2024-05-15", "2024-05-16/2024-05-31", "2024-06-01/2024-06-15"])
            ),
            "regular-hours": G(lambda f: f.money(10, 80)),
            "overtime-hours": G(lambda f: f.money(0, 12)),
            "hourly-rate": Y(lambda f: f.pick([18.5, 19.0, 21.25, 22.0]), "salary"),
            "gross-pay": Y(lambda f: f.money(300, 2400), "salary"),
            "direct-deposit-last4": G(lambda f: f.digits(4)),
            "ssn-last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "approved-by-email": Y(staff_email, "email"),
            "approved-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Shift Offer Sent",
        "php",
        {
            "shift_id": G(lambda f: "SH" + f.digits(8)),
            "client_first_name": Y(first, "name"),
            "client_zip": Y(us_zip, "zipcode"),
            "hourly_rate": Y(lambda f: f.pick([19.0, 21.0, 23.5]), "salary"),
            "distance_miles": G(lambda f: f.money(0.4, 18)),
            "sms_to": Y(us_phone, "phone"),
            "sms_from": G(lambda f: f.pick(["+18885550142", "+18775550199", "+18665550127"])),
            "message_body": G(
                lambda f: f.pick(
                    [
                        "New shift available Tue 9-1. Reply YES to accept.",
                        "Weekend shift open, reply YES or NO.",
                        "Overnight shift tonight 8p-8a, reply YES to claim.",
                    ]
                )
            ),
            "offer_rank": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "SMS Received",
        "node",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(us_phone, "phone"),
            "To": G(lambda f: f.pick(["+18885550142", "+18775550199", "+18665550127"])),
            "Body": G(lambda f: f.pick(["YES", "NO", "Running 10 min late", "Yes", "STOP"])),
            "FromCity": Y(lambda f: us_city(f)[0].upper(), "city"),
            "FromState": G(lambda f: us_city(f)[1]),
            "FromZip": Y(us_zip, "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "SmsStatus": G(lambda f: "received"),
        },
    ),
    # ===== vendors ======================================================================================
    (
        "track",
        "Email Event",
        "go",
        {
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "email": Y(any_email, "email"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@{f.pick(['mail.brightpathcare.com', 'sendgrid.net'])}>"),
            "category": Many(G(lambda f: f.pick(["invoice", "visit_summary", "newsletter"])), 2),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "useragent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "url": G(
                lambda f: f.pick(
                    ["https://family.brightpathcare.com/billing", "https://www.brightpathcare.com/blog"]
                )
            ),
            "from_address": G(
                lambda f: f.pick(
                    [
                        "no-reply@brightpathcare.com",
                        "billing@brightpathcare.com",
                        "care-team@brightpathcare.com",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Email Sent",
        "python",
        {
            "to": Y(any_email, "email", True),
            "subject": G(
                lambda f: f.pick(
                    ["Your weekly visit summary", "Invoice BP-2024 is ready", "Welcome to BrightPath"]
                )
            ),
            "template_id": G(lambda f: "d-" + f.hexid(32)),
            "message_id": G(lambda f: f"<{f.uuid()}@brightpathcare.com>"),
            "reply_to": G(lambda f: "support@brightpathcare.com"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "ruby",
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(10000, 99999)),
                "subject": G(
                    lambda f: f.pick(
                        ["Billing question", "Caregiver was late", "App login problem", "Change visit time"]
                    )
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            "Please call me back at {}.",
                            "My number changed, new one is {}",
                            "Couldn't reach the office, I'm on {} all afternoon",
                            "Text {} when the caregiver is on the way",
                        ]
                    ).format(any_phone(f)),
                    "phone",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "mobile"]))},
                "tags": Many(G(lambda f: f.pick(["billing", "scheduling", "app", "complaint"])), 3),
                "requester": {"name": Y(any_full, "name"), "email": Y(any_email, "email")},
                "group_id": G(lambda f: f.digits(11)),
            },
        },
    ),
    (
        "track",
        "Lead",
        "php",
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: f.pick(
                    [
                        "https://www.brightpathcare.com/get-care",
                        "https://www.brightpathcare.com/careers",
                        "https://www.brightpathcare.com/es/cuidado",
                    ]
                )
            ),
            "user_data": {
                "em": Y(lambda f: sha256(f, email(f)), "email"),
                "ph": Y(lambda f: sha256(f, f.digits(11)), "phone"),
                "external_id": G(lambda f: sha256(f, "usr_" + f.digits(8))),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 50, 150])),
                "currency": G(lambda f: "USD"),
            },
        },
    ),
    (
        "track",
        "Care Inquiry Submitted",
        "web",
        {
            "inquiry_id": G(lambda f: f.uuid()),
            "contact_name": Y(full, "name"),
            "contact_email": Y(email, "email"),
            "contact_phone": Y(us_phone, "phone"),
            "zip_code": Y(us_zip, "zipcode"),
            "care_needed_for": G(lambda f: f.pick(["mother", "father", "spouse", "self", "grandparent"])),
            "hours_per_week": G(lambda f: f.pick(["<10", "10-20", "20-40", "24/7"])),
            "start_timeline": G(lambda f: f.pick(["asap", "within_month", "researching"])),
            "payment_source": G(
                lambda f: f.pick(["medicaid", "private_pay", "ltc_insurance", "medicare_advantage"])
            ),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Push Notification Sent",
        "java",
        {
            "notificationId": G(lambda f: f.uuid()),
            "fcmToken": RED(fcm_token, "token"),
            "title": G(lambda f: f.pick(["Visit started", "New message", "Invoice ready"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "Your caregiver has checked in.",
                        "You have a new message from the care team.",
                        "Tap to view.",
                    ]
                )
            ),
            "platform": G(lambda f: f.pick(["android", "ios"])),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        {
            "method": G(lambda f: f.pick(["password", "face_id", "sms_code"])),
            "identifier": Y(lambda f: f.pick([staff_email(f), us_phone(f)]), "email|phone", True),
            "biometricEnabled": G(lambda f: f.pick([True, False])),
            "sessionId": G(lambda f: f.uuid()),
            "passwordExpiresInDays": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Verification Code Submitted",
        "rn",
        {
            "otp": RED(lambda f: f.digits(6), "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Visit Detail",
        "swift",
        {
            "visitId": G(lambda f: f.uuid()),
            "clientId": G(lambda f: "CL" + f.digits(6)),
            "tab": G(lambda f: f.pick(["tasks", "meds", "notes", "map"])),
        },
    ),
    # ===== Japan: 訪問介護 and 介護保険 ===============================================================
    (
        "track",
        "訪問開始",
        "flutter",
        {
            "訪問ID": G(lambda f: f.uuid()),
            "利用者ID": G(lambda f: f.digits(8)),
            "開始時刻": G(lambda f: f.iso()),
            "緯度": Y(lat_jp, "geolocation"),
            "経度": Y(lon_jp, "geolocation"),
            "訪問先住所": Y(jp_address, "address"),
            "サービス種類": G(lambda f: f.pick(["身体介護", "生活援助", "身体介護・生活援助"])),
            "予定時間": G(lambda f: f.pick([30, 45, 60, 90])),
        },
    ),
    (
        "track",
        "バイタル記録",
        "flutter",
        {
            "利用者ID": G(lambda f: f.digits(8)),
            "体温": RED(lambda f: round(f.r.uniform(35.6, 38.2), 1), "health"),
            "血圧_上": RED(lambda f: f.r.randint(100, 180), "health"),
            "血圧_下": RED(lambda f: f.r.randint(58, 102), "health"),
            "脈拍": RED(lambda f: f.r.randint(52, 110), "health"),
            "SpO2": RED(lambda f: f.r.randint(88, 99), "health"),
            "測定日時": G(lambda f: f.iso()),
            "記録者": Y(jp_full, "name"),
            "備考": Y(jp_remark, "condition", True),
        },
    ),
    (
        "track",
        "利用者登録",
        "go",
        {
            "利用者ID": G(lambda f: f.digits(8)),
            "氏名": Y(jp_full, "name"),
            "フリガナ": Y(jp_kana, "name"),
            "生年月日": Y(
                lambda f: f.pick(
                    [f"昭和{f.r.randint(2, 30)}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日", dob(f)]
                ),
                "birthdate",
            ),
            "性別": Y(lambda f: f.pick(["女", "男", "女性", "男性"]), "gender"),
            "郵便番号": Y(jp_zip, "zipcode"),
            "住所": Y(jp_address, "address"),
            "電話番号": Y(jp_phone, "phone"),
            "緊急連絡先": {
                "氏名": Y(jp_full, "name"),
                "続柄": G(lambda f: f.pick(["長女", "長男", "妻", "次男", "姪"])),
                "電話番号": Y(jp_phone, "phone"),
            },
            "被保険者番号": Y(jp_insured_no, "identification"),
            "保険者番号": G(jp_hokensha),
            "要介護度": RED(
                lambda f: f.pick(["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]),
                "disability",
            ),
            "認定有効期間_終了": G(lambda f: f.date(2024, 2026)),
            "主治医": Y(lambda f: jp_full(f) + " 医師", "name"),
            "既往歴": Many(Y(lambda f: f.pick(JP_DX), "diagnosis"), 3),
            "個人番号": RED(my_number, "national id"),
            "担当事業所番号": G(jp_jigyosho),
            "登録日時": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Care Plan Created",
        "go",
        {
            "riyosha_id": G(lambda f: f.digits(8)),
            "kaigodo": RED(
                lambda f: f.pick(["youshien1", "youkaigo1", "youkaigo2", "youkaigo3", "youkaigo5"]),
                "disability",
            ),
            "hihokensha_bango": Y(jp_insured_no, "identification"),
            "hokensha_bango": G(jp_hokensha),
            "kyotaku_jigyosho_bango": G(jp_jigyosho),
            "care_manager_shimei": Y(jp_full, "name"),
            "kubun_shikyu_gendo_tani": G(lambda f: f.pick([5032, 10531, 16765, 19705, 30938])),
            "keikaku_tani_su": G(lambda f: f.r.randint(3000, 30000)),
            "futan_wariai": G(lambda f: f.pick(["1割", "2割", "3割"])),
            "sakusei_bi": G(lambda f: f.date(2024, 2024)),
            "plan_version": G(lambda f: f.r.randint(1, 9)),
        },
    ),
    (
        "track",
        "介護給付費請求",
        "python",
        {
            "請求ID": G(lambda f: f.uuid()),
            "サービス提供年月": G(lambda f: f.pick(["202403", "202404", "202405", "202406"])),
            "被保険者番号": Y(jp_insured_no, "identification"),
            "保険者番号": G(jp_hokensha),
            "事業所番号": G(jp_jigyosho),
            "利用者氏名": Y(jp_full, "name"),
            "要介護状態区分": RED(
                lambda f: f.pick(["要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]), "disability"
            ),
            "公費受給者番号": RED(lambda f: f.digits(7), "health id"),
            "明細": Many(
                {
                    "サービスコード": G(lambda f: f.pick(["111211", "112111", "111111", "116211"])),
                    "単位数": G(lambda f: f.pick([244, 387, 567, 183])),
                    "回数": G(lambda f: f.r.randint(1, 31)),
                },
                3,
            ),
            "請求単位合計": G(lambda f: f.r.randint(2000, 30000)),
            "利用者負担額": G(lambda f: f.r.randint(500, 40000)),
            "送信日時": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "口座振替登録",
        "php",
        {
            "bank_code": G(lambda f: f.pick(["0001", "0005", "0009", "0010", "9900"])),
            "branch_code": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "account_type": G(lambda f: f.pick(["普通", "当座", "貯蓄"])),
            "account_number": RED(lambda f: f.digits(7), "bank account"),
            "account_holder_kana": Y(lambda f: jp_kana(f).replace(" ", "　"), "name"),
            "debit_day": G(lambda f: f.pick([6, 10, 27])),
            "result": G(lambda f: f.pick(["成功", "不備", "審査中"])),
        },
    ),
    (
        "track",
        "家族メッセージ送信",
        "flutter",
        {
            "messageId": G(lambda f: f.uuid()),
            "threadId": G(lambda f: f.uuid()),
            "senderName": Y(jp_full, "name"),
            "body": G(
                lambda f: f.pick(
                    [
                        "いつもありがとうございます。",
                        "来週の訪問時間を変更できますか？",  # noqa: RUF001
                        "承知しました。",
                        "よろしくお願いします。",
                    ]
                )
            ),
            "read": G(lambda f: f.pick([True, False])),
            "attachmentCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.pick(["", "ajs-next-", "rn-"]) + f.uuid(),
                "timestamp": f.iso(),
            }
            if client in ("web", "rn", "swift", "kotlin", "flutter"):
                msg["anonymousId"] = f.uuid()
            if kind == "group":
                msg["groupId"] = "agency_" + f.digits(4)
            if kind == "alias":
                msg["previousId"] = f.uuid()
            msg["userId"] = f.pick(["usr_", "fam_", "cg_"]) + f.digits(7)
            if kind == "track":
                msg["event"] = name
            elif name:
                msg["name"] = name
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=144, repeats=34)
    write(Path(__file__).parent, "holdout144_", events, labels)
