"""Writes holdout254: tests/corpus/holdout254_events.jsonl and holdout254_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for format), REFERENCE.md and
DESIGN.md only, without reading the detection engine, its vocabularies, its tests or any other
corpus's labels, and without running the engine on these events. It is meant to be scored once,
as events the engine has never seen.

Domain: "SignBridge", a sign-language interpreting, live captioning (CART) and video relay
service (VRS) in the US, the UK and Japan. Covered: deaf and hard-of-hearing consumers' accounts
(identify from analytics.js, analytics-swift, analytics-kotlin; a Japanese Flutter app with
Japanese trait keys; a reverse-ETL identify from the warehouse in SCREAMING_SNAKE), relay-service
registration (FCC TRS-URD, Japan's telephone relay registration) and disability declarations;
interpreter bookings for medical (US hospital integration, a UK NHS form in kebab-case), legal
and job appointments with their purpose and venue; video relay call records (client events, a
Go call-detail backend, a Twilio-shaped status callback in PascalCase), 911 calls with registered
locations, voicemail transcripts, the VRS address book; interpreters' profiles, qualifications,
right-to-work checks, timesheets, check-in locations, availability and pay (a .NET workforce
system in PascalCase, a React Native interpreter app, a Japanese payroll with Japanese keys);
caption sessions and segments (free text), captioners; e-commerce spec events for caption hour
packs and subscriptions; invoices to employers and hospitals (a Java billing backend, a
Stripe-shaped webhook, a Japanese 請求書 event); Zoom-shaped VRI webhooks; Gravity Forms entries
forwarded by a WordPress site (neutral `input_N` keys); group, page, screen and alias calls.
Contexts follow the real client libraries: analytics.js (page, userAgent, userAgentData,
campaign, ip), analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter
(app, device, os, screen, network, traits, instanceId) and server libraries (python, node, go,
java, ruby, php, .NET) with forwarded ip and userAgent where servers do that.

Conventions: mostly camelCase and snake_case keys; PascalCase (.NET, Twilio), kebab-case (the UK
WordPress/NHS form and a web form-step event), SCREAMING_SNAKE (warehouse) and Japanese keys make
up the rest. Values are coherent per message (one person per event), from many cultures, with
national formats (NANP, UK and Japanese phones; ZIP, UK postcodes, 〒 codes), Luhn cards,
mod-97 IBANs, SSA-structured SSNs, mod-11 NHS numbers, check-digit My Numbers, valid-prefix UK
National Insurance numbers, MBI-shaped Medicare ids, real (valid-checksum) ABA routing numbers.

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the user, a dependant, an emergency contact, a
  called party, a hearing caller, an interpreter or captioner (staff), a hospital clinician or an
  attorney named in a booking. Colour is the reference default for the matcher; outside the
  reference: red for credentials/secrets/one-time codes, card numbers, bank accounts, government
  ids and health ids; yellow otherwise (geolocation, advertising id, ip ...).
- Green: ids we or a vendor issue (uuids, call ids, CallSid, cus_/in_/pi_/ch_/po_ object ids,
  invoice and booking numbers, member and RID/NRCPD membership numbers, court case numbers),
  versions, timestamps, amounts billed to customers, enums, counters and booleans under
  PII-sounding keys (emailVerified, number_type, phoneVerified), pets' names (a hearing dog),
  companies, hospitals, GP surgeries, courts and schools (a hospital *department* or clinic is
  another matter, see below), a business's EIN, VAT or 登録番号, business
  phones, role mailboxes (accounts.payable@, bookings@), business addresses, our own VRS access
  numbers in telephony webhooks, a venue's or a searched place's city/coordinates, prefectures,
  states, countries, languages (including ASL/BSL/JSL as a preferred language: a service
  setting), user agents, OS analytics device ids, card brand/last four/expiry/BIN, routing
  numbers, sort codes and Japanese bank/branch codes, e-mail Message-IDs, appAccountToken UUIDs,
  ages, job titles, employers, the consumer's requested interpreter gender (a preference, not the
  person's gender), hashes of non-personal data (sha256 of a file or of our user id).
- Contested cases follow the product's published policy (brief): insurer member ids yellow
  `identification`; pay, hourly rates, payouts and withholding yellow `salary`; gclid/fbclid/
  fbp/fbc yellow `advertising id`; plates yellow `license`; billing addresses of the person
  yellow `address`; pm_ payment-method ids, one-time codes and sign-in tokens red `token|secret`;
  MRN, NHS and Medicare numbers red `health id`; passport and government id numbers red; right to
  work, share codes and sponsorship answers red `visa`.
- Decisions this corpus adds (a careful privacy owner's choice):
  * A number a public body issues to the person for a disability-related service (FCC TRS-URD
    id, a UK Access to Work reference, Japan's relay-service registration number) is yellow
    `identification`, like an insurer's member number. A disability certificate's number
    (障害者手帳番号) is an identity document's number revealing disability: red
    `disability|national id`.
  * Fields that declare the person's (or a dependant's) hearing status, disability, hearing
    aids, cochlear implant, degree of hearing loss or DeafBlindness, or the disability grade
    (障害等級), are red `disability` even as booleans/enums. Service settings (communication
    mode, caption font, sign language, VCO) and process state (eligibility check status,
    URD-verified flag) are green: everyone using the service is a relay user, and these do not
    declare a condition.
  * A medical booking's reason and the hospital department it is booked into (Oncology,
    Maternity, Renal Dialysis) reveal the patient's care: yellow `condition|procedure`. The
    generic appointment category (medical / legal / employment) is green.
  * A SHA-256 of the person's e-mail (sent for ad matching) is still personal: yellow `email`.
  * A hearing caller's CNAM (`CallerName`) is a name field even when the carrier returns
    "WIRELESS CALLER" now and then; a Twilio `FromCity`/`FromZip` describe the caller: yellow.
  * A UK DBS certificate number is yellow `certificate`.
- value_only is true when the key does not say what the value is (`value`, `label`, `number`,
  `to`, `recipient`, `note`, `transcript`, `body`, `input_2` ...); such a path holds that PII in
  every value. Free text is labelled by what every value carries: the voicemail transcripts
  (from private callers) all carry the caller's own number; caption segments, feedback comments,
  booking notes for the interpreter and 備考 carry no personal data in any value and are green.
"""

# ruff: noqa: E501  (user agents, transcripts and Japanese addresses are long literals)

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ---------------------------------------------------------------------------------------

FIRST = [
    "Emily", "Marcus", "DeShawn", "Aaliyah", "Siobhan", "Callum", "Priya", "Arjun", "Fatima",
    "Youssef", "Mei", "Wei", "Ji-woo", "Minh", "Olumide", "Chidinma", "Hodan", "Mateo",
    "Valentina", "Camila", "Diego", "Ewa", "Tomasz", "Ingrid", "Aroha", "Nadia", "Oksana",
    "Rahul", "Zainab", "Thandiwe", "Kofi", "Connor", "Bethany", "Rhys", "Ahmed", "Rosa",
    "Gabriel", "Sinead", "Tariq", "Leilani",
]  # fmt: skip
LAST = [
    "Johnson", "Williams", "Okonkwo", "Adeyemi", "Nguyen", "Tran", "Kim", "Park", "Patel",
    "Shah", "Hussain", "Khan", "Rodríguez", "Hernández", "López", "Kowalczyk", "Nowak",
    "Andersson", "O'Connor", "MacDonald", "Jones", "Evans", "Davies", "Murphy", "Cohen",
    "Haddad", "Mensah", "Fernandes", "Singh", "Warsame", "Ali", "Begum", "Papadopoulos",
    "Rossi", "Baptiste", "Yazzie",
]  # fmt: skip
JP_NAMES = [
    ("山田 太郎", "ヤマダ タロウ", "taro.yamada"),
    ("佐藤 花子", "サトウ ハナコ", "hanako.sato"),
    ("鈴木 一郎", "スズキ イチロウ", "ichiro.suzuki"),
    ("高橋 美咲", "タカハシ ミサキ", "misaki.takahashi"),
    ("田中 翔太", "タナカ ショウタ", "shota.tanaka"),
    ("伊藤 さくら", "イトウ サクラ", "sakura.ito"),
    ("渡辺 健", "ワタナベ ケン", "ken.watanabe"),
    ("中村 由美", "ナカムラ ユミ", "yumi.nakamura"),
    ("小林 大輔", "コバヤシ ダイスケ", "daisuke.kobayashi"),
    ("加藤 愛", "カトウ アイ", "ai.kato"),
    ("吉田 拓海", "ヨシダ タクミ", "takumi.yoshida"),
    ("山本 七海", "ヤマモト ナナミ", "nanami.yamamoto"),
]
JP_PLACES = [
    ("東京都", "世田谷区", "北沢", "155"),
    ("大阪府", "大阪市北区", "梅田", "530"),
    ("神奈川県", "横浜市港北区", "日吉", "223"),
    ("愛知県", "名古屋市中区", "栄", "460"),
    ("福岡県", "福岡市中央区", "天神", "810"),
    ("北海道", "札幌市中央区", "大通西", "060"),
    ("京都府", "京都市左京区", "北白川", "606"),
    ("埼玉県", "さいたま市浦和区", "高砂", "330"),
]
US_PLACES = [
    ("Houston", "TX", "770"), ("Rochester", "NY", "146"), ("Austin", "TX", "787"),
    ("Fremont", "CA", "945"), ("Washington", "DC", "200"), ("Frederick", "MD", "217"),
    ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"),
    ("Columbus", "OH", "432"), ("Albuquerque", "NM", "871"), ("Sioux Falls", "SD", "571"),
]  # fmt: skip
UK_PLACES = [
    ("London", "SW9"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Birmingham", "B15"),
    ("Bristol", "BS1"), ("Glasgow", "G12"), ("Edinburgh", "EH8"), ("Cardiff", "CF10"),
    ("Newcastle upon Tyne", "NE1"), ("Liverpool", "L8"), ("Nottingham", "NG7"), ("Belfast", "BT9"),
]  # fmt: skip
US_STREETS = ["Maple Ave", "Oak Street", "Cedar Lane", "Pine Ridge Dr", "Lakeview Blvd", "Elm St",
              "Washington Ave", "Sunset Drive", "Highland Rd", "Mission St", "Gallaudet Way"]  # fmt: skip
UK_STREETS = ["Kingsley Road", "Victoria Street", "Church Lane", "Albert Road", "Station Road",
              "Mill Lane", "Queens Drive", "Park Avenue", "High Street", "Beechwood Close"]  # fmt: skip
MAIL = ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk", "btinternet.com",
        "protonmail.com", "aol.com"]  # fmt: skip
JP_MAIL = ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"]
UK_PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def ascii_fold(s: str) -> str:
    table = str.maketrans("áéíóúñçãàèöüåøäÁÉ", "aeiouncaaeouaoaAE")
    return s.translate(table).replace("'", "").replace(" ", "")


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def uk_phone(f: Fake) -> str:
    mob = f"7{f.pick([4, 5, 7, 8, 9])}{f.r.randint(10, 99)}{f.r.randint(100000, 999999)}"
    land = f"20{f.r.randint(7000, 8999)}{f.r.randint(1000, 9999)}"
    return f.pick(
        [
            f"0{mob[:4]} {mob[4:]}",
            f"+44 {mob[:4]} {mob[4:]}",
            f"+44{mob}",
            f"0{land[:2]} {land[2:6]} {land[6:]}",
            f"+44 {land[:2]} {land[2:6]} {land[6:]}",
        ]
    )


def jp_phone(f: Fake) -> str:
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    pre = f.pick(["090", "080", "070"])
    return f.pick(
        [
            f"{pre}-{a}-{b}",
            f"+81 {pre[1:]}-{a}-{b}",
            f"+81{pre[1:]}{a}{b}",
            f"03-{a}-{b}",
            f"06-{a}-{b}",
            f"{pre}{a}{b}",
        ]
    )


def jp_relay_phone(f: Fake) -> str:
    return f.pick([f"050-{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}", f"+8150{f.digits(8)}"])


def uk_postcode(f: Fake, outward: str | None = None) -> str:
    outward = outward or f.pick([p[1] for p in UK_PLACES])
    return f"{outward} {f.r.randint(1, 9)}{f.pick(UK_PC_LETTERS)}{f.pick(UK_PC_LETTERS)}"


def person(f: Fake) -> dict:
    first, last = f.pick(FIRST), f.pick(LAST)
    region = f.pick(["US", "US", "US", "UK", "UK"])
    user = ascii_fold(first).lower()
    sep = f.pick([".", "_", "", ""])
    email = f"{user}{sep}{ascii_fold(last).lower()}{f.pick(['', '', str(f.r.randint(1, 99))])}@{f.pick(MAIL)}"
    dob = f.date(1941, 2004)
    if region == "US":
        city, state, zp = f.pick(US_PLACES)
        return {
            "first": first,
            "last": last,
            "email": email,
            "phone": us_phone(f),
            "relay": f.phone(f.pick(["e164", "nanp_dash", "nanp_paren"])),
            "street": f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}",
            "line2": f.pick(["Apt 4B", "Unit 12", "#207", "Apt 1"]),
            "city": city,
            "state": state,
            "zip": zp + f"{f.r.randint(0, 99):02d}" + f.pick(["", "", f"-{f.r.randint(1000, 9999)}"]),
            "country": "US",
            "dob": dob,
        }
    city, outward = f.pick(UK_PLACES)
    return {
        "first": first,
        "last": last,
        "email": email,
        "phone": uk_phone(f),
        "relay": uk_phone(f),
        "street": f"{f.r.randint(1, 220)} {f.pick(UK_STREETS)}",
        "line2": f.pick(["Flat 3", "Flat 2A", "Apartment 14", "First Floor"]),
        "city": city,
        "state": f.pick(["England", "Scotland", "Wales", "Northern Ireland"]),
        "zip": uk_postcode(f, outward),
        "country": "GB",
        "dob": dob,
    }


def jp_person(f: Fake) -> dict:
    kanji, kana, romaji = f.pick(JP_NAMES)
    pref, city, town, zp = f.pick(JP_PLACES)
    building = f.pick(
        ["", "", f" コーポ{town}{f.r.randint(1, 5)}0{f.r.randint(1, 9)}号室", f" メゾン{f.r.randint(1, 9)}F"]
    )
    return {
        "name": kanji,
        "kana": kana,
        "email": f"{romaji}{f.pick(['', str(f.r.randint(1, 99))])}@{f.pick(JP_MAIL)}",
        "phone": jp_phone(f),
        "relay": jp_relay_phone(f),
        "zip": f.pick(["〒", ""]) + f"{zp}-{f.r.randint(0, 9999):04d}",
        "pref": pref,
        "address": f"{pref}{city}{town}{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}{building}",
        "dob": f.pick(
            [
                f"{f.r.randint(1945, 2004)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                f"{f.r.randint(1945, 2004)}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日",
                f"{f.r.randint(1945, 2004)}/{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}",
            ]
        ),
    }


def other_name(f: Fake) -> str:
    return f"{f.pick(FIRST)} {f.pick(LAST)}"


def staff_email(f: Fake) -> str:
    return f"{ascii_fold(f.pick(FIRST)).lower()[0]}.{ascii_fold(f.pick(LAST)).lower()}@signbridge.io"


def other_email(f: Fake) -> str:
    dom = f.pick(
        ["mercyhealth.org", "stmarys.nhs.uk", "harrislaw.com", "gmail.com", "globex.com", "outlook.com"]
    )
    return f"{ascii_fold(f.pick(FIRST)).lower()}.{ascii_fold(f.pick(LAST)).lower()}@{dom}"


def any_phone(f: Fake) -> str:
    return f.pick([us_phone, us_phone, uk_phone])(f)


# -- identifiers with real structure --------------------------------------------------------------


def nhs_number(f: Fake) -> str:
    while True:
        body = [f.r.randint(0, 9) for _ in range(9)]
        body[0] = f.r.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(check)
        return f.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def ni_number(f: Fake) -> str:
    first_ok = "ABCEGHJKLMNOPRSTWXYZ"
    second_ok = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = f.pick(first_ok) + f.pick(second_ok)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    suf = f.pick("ABCD")
    return f.pick([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])


def my_number(f: Fake) -> str:
    base = [f.r.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = base[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, base)) + str(check)
    return f.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])


def mbi(f: Fake) -> str:
    letters = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]
    alnum = letters + list(string.digits)
    chars = [
        str(f.r.randint(1, 9)),
        f.pick(letters),
        f.pick(alnum),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(alnum),
        str(f.r.randint(0, 9)),
        f.pick(letters),
        f.pick(letters),
        str(f.r.randint(0, 9)),
        str(f.r.randint(0, 9)),
    ]
    s = "".join(chars)
    return f.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


ABA = ["021000021", "011000138", "121000248", "026009593", "111000025", "031201360", "122105155"]
SORT_CODES = ["20-00-00", "40-47-84", "60-16-13", "30-94-57", "11-02-76", "09-01-28", "08-92-99"]
JP_BANKS = [
    ("0005", "三菱UFJ銀行"),
    ("0009", "三井住友銀行"),
    ("0001", "みずほ銀行"),
    ("9900", "ゆうちょ銀行"),
]


def alnum(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits) for _ in range(n))


def b64url(f: Fake, n: int) -> str:
    return "".join(f.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + f.pick(["jw", "iA", "jwx"]) + b64url(f, 64) + "_BwE"


def fbclid(f: Fake) -> str:
    return "IwAR" + b64url(f, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def uk_plate(f: Fake) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{f.pick(up)}{f.pick(up)}{f.r.randint(10, 74)} {f.pick(up)}{f.pick(up)}{f.pick(up)}"


def plate(f: Fake) -> str:
    return f.pick(
        [
            uk_plate(f),
            f"{f.r.randint(1, 9)}{''.join(f.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{f.digits(3)}",
            f"品川 {f.r.randint(300, 599)} さ {f.r.randint(10, 99)}-{f.r.randint(10, 99)}",
        ]
    )


def sha256ish(f: Fake) -> str:
    return f.hexid(64)


def epoch_s(f: Fake) -> int:
    return f.r.randint(1_700_000_000, 1_735_000_000)


# -- contexts --------------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
PAGES = [
    ("/book", "Book an interpreter | SignBridge"),
    ("/vrs/register", "Register for Video Relay | SignBridge"),
    ("/captioning", "Live captioning (CART) | SignBridge"),
    ("/account", "My account | SignBridge"),
    ("/checkout", "Checkout | SignBridge"),
    ("/interpreters/join", "Work with us | SignBridge"),
]


def web_context(f: Fake):
    path, title = f.pick(PAGES)
    host = f.pick(["https://www.signbridge.io", "https://www.signbridge.co.uk"])
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(["", "https://www.google.com/", "https://www.bing.com/", "https://nad.org/"])
            ),
            "search": G(lambda f: f.pick(["", "", "?lang=asl", "?utm_source=newsletter&utm_medium=email"])),
            "title": G(lambda f: title),
            "url": G(lambda f: host + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
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
            "mobile": G(lambda f: f.pick([False, False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android", "Linux"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US", "ja-JP"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "America/New_York", "Europe/London", "America/Los_Angeles"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["vrs_awareness_q2", "cart_for_employers", "deaf_awareness_week"])),
            "source": G(lambda f: f.pick(["google", "facebook", "newsletter", "linkedin"])),
            "medium": G(lambda f: f.pick(["cpc", "social", "email"])),
            "term": G(
                lambda f: f.pick(["asl interpreter near me", "bsl interpreter", "video relay service"])
            ),
            "content": G(lambda f: f.pick(["hero_video", "text_ad_2", "carousel"])),
        }
    return ctx


def consumer_traits():
    return {
        "email": Y(lambda f: f.p["email"], "email"),
        "firstName": Y(lambda f: f.p["first"], "name"),
        "phone": Y(lambda f: f.p["phone"], "phone"),
    }


def swift_context(f: Fake):
    tracking = f.r.random() < 0.4  # the IDFA is only sent when the user allowed tracking (ATT)
    return {
        "app": {
            "name": G(lambda f: "SignBridge VRS"),
            "version": G(lambda f: f.pick(["6.4.0", "6.4.2", "6.5.0"])),
            "build": G(lambda f: f.pick(["640118", "642004", "650021"])),
            "namespace": G(lambda f: "io.signbridge.vrs"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,18", "iPhone14,7"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: tracking),
            **({"advertisingId": Y(lambda f: f.uuid().upper(), "advertising id")} if tracking else {}),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Denver", "Europe/London"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": consumer_traits(),
    }


def kotlin_context(f: Fake):
    ctx = {
        "app": {
            "name": G(lambda f: "SignBridge VRS"),
            "version": G(lambda f: f.pick(["6.4.1", "6.5.0"])),
            "build": G(lambda f: f.pick(["6041", "6050"])),
            "namespace": G(lambda f: "io.signbridge.vrs"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8 Pro", "moto g power 5G", "CPH2581"])),
            "name": G(lambda f: f.pick(["dm3q", "husky", "devonn", "OP5913L1"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "network": {
            "bluetooth": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "height": G(lambda f: f.pick([2340, 2400, 3120])),
            "width": G(lambda f: f.pick([1080, 1440])),
        },
        "timezone": G(lambda f: f.pick(["America/Chicago", "America/Los_Angeles", "Europe/London"])),
        "userAgent": G(
            lambda f: (
                f"Dalvik/2.1.0 (Linux; U; Android 14; {f.pick(['SM-S918B', 'Pixel 8 Pro'])} Build/UQ1A.240205.004)"
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": consumer_traits(),
    }
    if f.r.random() < 0.4:
        ctx["location"] = {
            "latitude": Y(lambda f: f.lat(), "geolocation"),
            "longitude": Y(lambda f: f.lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.3])),
        }
    return ctx


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "SignBridge Pro"),
            "version": G(lambda f: f.pick(["3.12.0", "3.13.1"])),
            "build": G(lambda f: f.pick(["3120", "3131"])),
            "namespace": G(lambda f: "io.signbridge.pro"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546B", "Pixel 7a"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x", "lynx"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.3"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "America/Phoenix"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: staff_email(f), "email"),
            "name": Y(lambda f: other_name(f), "name"),
            "role": G(lambda f: f.pick(["interpreter", "deaf_interpreter", "captioner"])),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "手話リンク"),
            "version": G(lambda f: f.pick(["2.3.0", "2.4.1"])),
            "build": G(lambda f: f.pick(["230", "241"])),
            "namespace": G(lambda f: "jp.signbridge.shuwalink"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "SHARP", "SONY", "FCNT"])),
            "model": G(lambda f: f.pick(["iPhone15,4", "SH-53D", "XQ-DQ44", "F-52B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 411])), "height": G(lambda f: f.pick([852, 891]))},
        "timezone": G(lambda f: "Asia/Tokyo"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.0"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "php", "ruby") and f.r.random() < 0.6:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib in ("node", "python") and f.r.random() < 0.3:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p["email"], "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "python" and f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    return ctx


def context_for(f: Fake, client: str):
    if client == "web":
        return web_context(f)
    if client == "swift":
        return swift_context(f)
    if client == "kotlin":
        return kotlin_context(f)
    if client == "rn":
        return rn_context(f)
    if client == "flutter":
        return flutter_context(f)
    return server_context(f, client)


# -- building blocks ----------------------------------------------------------------------------

APPT_REASONS = [
    "chemotherapy cycle 3 review", "prenatal ultrasound (20 week)", "colonoscopy pre-assessment",
    "insulin pump training", "post-op follow-up, knee replacement", "psychiatric assessment",
    "hearing aid fitting", "dialysis session", "MRI results discussion", "asthma review",
    "cardiology consult - arrhythmia", "HIV viral load follow-up",
]  # fmt: skip
DEPARTMENTS = ["Oncology", "Maternity", "Renal Dialysis Unit", "Cardiology", "Endocrinology",
               "Psychiatry", "Audiology", "Gastroenterology", "Orthopaedics"]  # fmt: skip
HOSPITALS = [
    ("Mercy General Hospital", "1 Mercy Plaza", "Houston", "TX", "77030", "+1 713-555-0142"),
    ("St Mary's Hospital", "Praed Street", "London", "", "W2 1NY", "020 3312 6666"),
    (
        "University of Rochester Medical Center",
        "601 Elmwood Ave",
        "Rochester",
        "NY",
        "14642",
        "(585) 275-2100",
    ),
    ("Leeds General Infirmary", "Great George Street", "Leeds", "", "LS1 3EX", "0113 243 2799"),
    ("Providence Swedish", "747 Broadway", "Seattle", "WA", "98122", "206-386-6000"),
    (
        "Royal Infirmary of Edinburgh",
        "51 Little France Crescent",
        "Edinburgh",
        "",
        "EH16 4SA",
        "0131 536 1000",
    ),
]
COMPANIES = ["Globex Corporation", "Initech", "Wayne Logistics", "Northwind Health", "Cascade Credit Union",
             "Harris & Lowe LLP", "Tyrell Pharmaceuticals", "Umbrella Foods UK Ltd"]  # fmt: skip
JOB_TITLES = ["Software Engineer", "Warehouse Associate", "Registered Nurse", "Data Analyst",
              "Teaching Assistant", "Account Manager", "Line Cook"]  # fmt: skip
CAPTION_LINES = [
    "Okay, let's get started with the quarterly numbers.",
    "Can everyone see my screen?",
    "The next slide shows retention by cohort.",
    "We'll take questions at the end of the session.",
    "[inaudible] sorry, could you repeat that?",
    "Moving on to agenda item three, the budget review.",
    "Thanks everyone, the recording will be shared afterwards.",
    "[laughter] That's a good point.",
    "So the deadline for submissions is next Friday.",
    "Please remember to mute when you're not speaking.",
]
SIGN_LANGS = ["ASL", "BSL", "JSL", "ASL-English", "BSL-English", "Pro-Tactile ASL"]


def hospital(f: Fake):
    """The one hospital or client site a message is about (set per message)."""
    return f.h


def product():
    packs = [
        ("cart_10h", "CART-10H", "CART Captioning - 10 hour pack", "Captioning", 1250.0),
        ("vri_60", "VRI-60M", "On-demand VRI - 60 minutes", "VRI", 195.0),
        ("onsite_2h", "ONS-ASL-2H", "Onsite ASL interpreter - 2h minimum", "Onsite", 240.0),
        ("captions_pro_m", "CAP-PRO-M", "Captions Pro (monthly)", "Subscription", 14.99),
        ("bsl_vri_30", "VRI-BSL-30", "BSL video interpreting - 30 minutes", "VRI", 67.5),
    ]

    def field(i):
        def gen(f):
            if i == 0:
                f.pack = f.pick(packs)
            return f.pack[i]

        return gen

    return {
        "product_id": G(field(0)),
        "sku": G(field(1)),
        "name": G(field(2)),
        "category": G(field(3)),
        "price": G(field(4)),
        "quantity": G(lambda f: f.r.randint(1, 5)),
        "currency": G(lambda f: f.pick(["USD", "GBP"])),
        "url": G(lambda f: "https://www.signbridge.io/store/" + f.pick(["cart", "vri", "onsite"])),
    }


# -- events ---------------------------------------------------------------------------------------
# (type, event or screen/page name, clients, body)

EVENTS = [
    # -- consumer accounts ----------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "swift", "kotlin"],
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "relayNumber": Y(lambda f: f.p["relay"], "phone"),
            "address": {
                "street": Y(lambda f: f.p["street"], "street|address"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.p["state"]),
                "postalCode": Y(lambda f: f.p["zip"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
            "birthday": Y(lambda f: f.p["dob"], "birthdate"),
            "age": G(lambda f: f.r.randint(19, 83)),
            "hearingStatus": RED(
                lambda f: f.pick(["Deaf", "Hard of hearing", "DeafBlind", "Late-deafened"]), "disability"
            ),
            "preferredLanguage": G(lambda f: f.pick(["ASL", "BSL", "English", "Spanish"])),
            "communicationMode": G(lambda f: f.pick(["sign", "VCO", "HCO", "text"])),
            "interpreterGenderPreference": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "urdVerified": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["vrs_free", "captions_pro", "employer_sponsored"])),
            "createdAt": G(lambda f: f.iso()),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Relay Registration Submitted",
        ["node"],
        {
            "registration_id": G(lambda f: f.uuid()),
            "urd_id": Y(lambda f: f.digits(10), "identification"),
            "full_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "date_of_birth": Y(lambda f: f.p["dob"], "birthdate"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ten_digit_number": Y(lambda f: f.phone(f.pick(["e164", "nanp_dash"])), "phone"),
            "registered_location": {
                "address_line1": Y(lambda f: f.p["street"], "address|street"),
                "address_line2": Y(lambda f: f.p["line2"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.pick(US_PLACES)[1]),
                "zip": Y(lambda f: f.pick(US_PLACES)[2] + f"{f.r.randint(0, 99):02d}", "zipcode"),
            },
            "certification_type": G(lambda f: f.pick(["self", "third_party"])),
            "self_certification_signed": G(lambda f: True),
            "third_party_certifier": {
                "name": Y(lambda f: "Dr. " + other_name(f), "name"),
                "title": G(
                    lambda f: f.pick(["Audiologist", "Physician", "Vocational Rehabilitation Counselor"])
                ),
                "phone": Y(lambda f: us_phone(f), "phone"),
            },
            "default_provider": G(lambda f: "SignBridge"),
            "status": G(lambda f: f.pick(["submitted", "pending_verification", "verified"])),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Eligibility Document Uploaded",
        ["web"],
        {
            "doc_type": G(
                lambda f: f.pick(["audiogram", "disability_certificate", "third_party_certification"])
            ),
            "file_name": G(
                lambda f: f.pick(
                    ["IMG_4432.jpg", "scan0001.pdf", "document.pdf", f"PXL_2024{f.digits(4)}.jpg"]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 8_000_000)),
            "sha256": G(sha256ish),
            "eligibility_status": G(lambda f: f.pick(["pending", "verified", "needs_more_info"])),
        },
    ),
    (
        "track",
        "Disability Declaration Updated",
        ["swift", "kotlin"],
        {
            "declaration": {
                "disability_types": Many(
                    RED(
                        lambda f: f.pick(
                            ["deaf", "hard_of_hearing", "deafblind", "speech_disability", "low_vision"]
                        ),
                        "disability",
                    ),
                    2,
                ),
                "degree_of_hearing_loss": RED(
                    lambda f: f.pick(["mild", "moderate", "severe", "profound"]), "disability"
                ),
                "uses_hearing_aids": RED(lambda f: f.pick([True, False]), "disability"),
                "cochlear_implant": RED(lambda f: f.pick([True, False]), "disability"),
                "needs_tactile_signing": RED(lambda f: f.pick([True, False]), "disability"),
                "evidence_type": G(lambda f: f.pick(["self_declared", "audiogram", "certificate"])),
                "version": G(lambda f: f.pick([1, 2, 3])),
                "declared_at": G(lambda f: f.iso()),
            },
            "share_with_employer": G(lambda f: f.pick([True, False])),
            "source_screen": G(lambda f: f.pick(["onboarding", "settings"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(lambda f: f.p["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "PHONE_NUMBER": Y(lambda f: f.p["phone"], "phone"),
            "DOB": Y(lambda f: f.p["dob"], "birthdate"),
            "ZIP_CODE": Y(lambda f: f.p["zip"], "zipcode"),
            "STATE": G(lambda f: f.p["state"]),
            "LIFETIME_CALL_MINUTES": G(lambda f: f.r.randint(0, 40000)),
            "LAST_CALL_AT": G(lambda f: f.iso()),
            "ACCOUNT_TIER": G(lambda f: f.pick(["BRONZE", "SILVER", "GOLD"])),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "NPS_SCORE": G(lambda f: f.r.randint(0, 10)),
            "PRIMARY_LANGUAGE": G(lambda f: f.pick(["ASL", "BSL", "SPANISH"])),
            "IS_URD_VERIFIED": G(lambda f: f.pick([True, False])),
            "MARITAL_STATUS": G(lambda f: f.pick(["single", "married", "divorced", "widowed"])),
        },
    ),
    (
        "alias",
        None,
        ["swift", "kotlin"],
        None,
    ),
    (
        "track",
        "Signup Completed",
        ["web"],
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google"])),
            "plan": G(lambda f: f.pick(["vrs_free", "captions_pro"])),
            "referral_code": G(lambda f: "SB" + alnum(f, 6).upper()),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "fbp": Y(fbp, "advertising id"),
            "fbc": Y(fbc, "advertising id"),
            "email_sha256": Y(sha256ish, "email"),
            "external_id": G(sha256ish),
            "email_opt_in": G(lambda f: f.pick([True, False])),
            "accepted_terms_version": G(lambda f: f.pick(["2024-01", "2024-06"])),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        ["node"],
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "link_token": RED(lambda f: b64url(f, 43), "token|secret"),
            "magic_link_url": RED(
                lambda f: "https://app.signbridge.io/auth/verify?token=" + b64url(f, 43), "token|secret"
            ),
            "expires_in": G(lambda f: 900),
            "redirect_path": G(lambda f: f.pick(["/account", "/book", "/calls"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["python", "node"],
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp"])),
            "to": Y(lambda f: f.p["phone"], "phone", True),
            "body": RED(
                lambda f: f.pick(
                    [
                        f"Your SignBridge verification code is {f.digits(6)}. It expires in 10 minutes.",
                        f"{f.digits(6)} is your SignBridge code. Don't share it with anyone.",
                        f"SignBridge: use code {f.digits(6)} to confirm your relay number.",
                    ]
                ),
                "token|secret",
                True,
            ),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "code_length": G(lambda f: 6),
        },
    ),
    (
        "track",
        "Password Changed",
        ["web", "swift"],
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 24)),
            "changed_via": G(lambda f: f.pick(["settings", "reset_link"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- Japan consumer -------------------------------------------------------------------------
    (
        "identify",
        None,
        ["flutter"],
        {
            "氏名": Y(lambda f: f.jp["name"], "name"),
            "フリガナ": Y(lambda f: f.jp["kana"], "name"),
            "メールアドレス": Y(lambda f: f.jp["email"], "email"),
            "電話番号": Y(lambda f: f.jp["phone"], "phone"),
            "生年月日": Y(lambda f: f.jp["dob"], "birthdate"),
            "性別": Y(lambda f: f.pick(["男性", "女性", "回答しない"]), "gender"),
            "郵便番号": Y(lambda f: f.jp["zip"], "zipcode"),
            "都道府県": G(lambda f: f.jp["pref"]),
            "住所": Y(lambda f: f.jp["address"], "address"),
            "障害者手帳番号": RED(
                lambda f: f.pick([f"第{f.digits(6)}号", f.digits(8)]), "disability|national id"
            ),
            "障害等級": RED(lambda f: f.pick(["2級", "3級", "4級", "6級"]), "disability"),
            "電話リレー利用登録番号": Y(lambda f: f.digits(10), "identification"),
            "会員番号": G(lambda f: "M" + f.digits(8)),
            "登録日": G(lambda f: f.date(2021, 2024)),
            "言語": G(lambda f: f.pick(["ja", "jsl"])),
        },
    ),
    (
        "track",
        "電話リレー発信",
        ["flutter"],
        {
            "発信ID": G(lambda f: f.uuid()),
            "発信元番号": Y(lambda f: f.jp["relay"], "phone"),
            "発信先番号": Y(lambda f: jp_phone(f), "phone"),
            "通話種別": G(lambda f: f.pick(["手話", "文字"])),
            "通話時間秒": G(lambda f: f.r.randint(20, 3600)),
            "オペレーター番号": G(lambda f: "OP" + f.digits(4)),
            "緊急通報": G(lambda f: f.pick([False, False, True])),
            "待ち時間秒": G(lambda f: f.r.randint(0, 240)),
        },
    ),
    (
        "track",
        "通訳予約完了",
        ["ruby"],
        {
            "予約ID": G(lambda f: "R" + f.digits(9)),
            "予約日時": G(lambda f: f.iso()),
            "利用者ID": G(lambda f: f.digits(7)),
            "通訳者ID": G(lambda f: "T" + f.digits(5)),
            "通訳者名": Y(lambda f: f.pick(JP_NAMES)[0], "name"),
            "派遣先": G(
                lambda f: f.pick(
                    [
                        "東京大学医学部附属病院",
                        "大阪赤十字病院",
                        "横浜市立大学附属病院",
                        "ハローワーク新宿",
                        "札幌地方裁判所",
                    ]
                )
            ),
            "派遣先住所": G(
                lambda f: f.pick(
                    [
                        "東京都文京区本郷7-3-1",
                        "大阪府大阪市天王寺区筆ヶ崎町5-30",
                        "神奈川県横浜市金沢区福浦3-9",
                    ]
                )
            ),
            "用件": Y(
                lambda f: f.pick(
                    [
                        "内科受診",
                        "出産前検診",
                        "透析治療",
                        "精神科通院",
                        "がん化学療法の説明",
                        "人工内耳の調整",
                    ]
                ),
                "condition|procedure",
            ),
            "料金": G(lambda f: f.pick([3000, 4500, 6000, 9000])),
            "支払方法": G(lambda f: f.pick(["公費", "クレジットカード", "請求書"])),
            "備考": G(lambda f: f.pick(["受付で待ち合わせ", "時間厳守でお願いします", "", "正面玄関前集合"])),
        },
    ),
    # -- bookings -------------------------------------------------------------------------------
    (
        "track",
        "Interpreter Requested",
        ["web"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "appointment_type": G(
                lambda f: f.pick(["medical", "legal", "employment", "education", "community"])
            ),
            "start_time": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([60, 90, 120, 180])),
            "modality": G(lambda f: f.pick(["onsite", "vri"])),
            "language_pair": G(lambda f: f.pick(SIGN_LANGS)),
            "interpreters_needed": G(lambda f: f.pick([1, 1, 2])),
            "deaf_interpreter_requested": G(lambda f: f.pick([True, False])),
            "consumer_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "consumer_dob": Y(lambda f: f.p["dob"], "birthdate"),
            "requester_email": Y(lambda f: other_email(f), "email"),
            "requester_phone": Y(lambda f: any_phone(f), "phone"),
            "venue": {
                "name": G(lambda f: hospital(f)[0]),
                "address_line1": G(lambda f: hospital(f)[1]),
                "city": G(lambda f: hospital(f)[2]),
                "postcode": G(lambda f: hospital(f)[4]),
                "lat": G(lambda f: f.pick([29.7096, 51.5169, 43.1227, 53.8019])),
                "lng": G(lambda f: f.pick([-95.3985, -0.1743, -77.6261, -1.5511])),
            },
            "notes_for_interpreter": G(
                lambda f: f.pick(
                    [
                        "Meet at main reception",
                        "Bring ID badge",
                        "",
                        "Parking in lot C",
                        "Session may run over",
                    ]
                )
            ),
            "hearing_dog_name": G(lambda f: f.pick(["", "", "Biscuit", "Maple", "Echo", "Bramble"])),
            "interpreter_gender_preference": G(lambda f: f.pick(["female", "male", "none"])),
            "estimated_cost": G(lambda f: f.money(90, 900)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "po_number": G(lambda f: f.pick(["", "PO-" + f.digits(6)])),
        },
    ),
    (
        "track",
        "Medical Interpreter Booked",
        ["node"],
        {
            "encounter_id": G(lambda f: f.digits(9)),
            "mrn": RED(lambda f: f.pick(["MRN" + f.digits(7), f.digits(8), "E" + f.digits(7)]), "health id"),
            "medicare_mbi": RED(mbi, "health id"),
            "patient": {
                "first_name": Y(lambda f: f.p["first"], "name"),
                "last_name": Y(lambda f: f.p["last"], "name"),
                "dob": Y(lambda f: f.p["dob"], "birthdate"),
                "preferred_language": G(lambda f: f.pick(["ASL", "Pro-Tactile ASL", "LSM"])),
            },
            "department": Y(lambda f: f.pick(DEPARTMENTS), "condition|procedure"),
            "reason_for_visit": Y(lambda f: f.pick(APPT_REASONS), "condition|procedure"),
            "clinician_name": Y(lambda f: "Dr. " + other_name(f), "name"),
            "facility_name": G(lambda f: hospital(f)[0]),
            "facility_phone": G(lambda f: hospital(f)[5]),
            "ward": G(lambda f: f.pick(["4 West", "Outpatients B", "Clinic 12", ""])),
            "insurance": {
                "payer": G(
                    lambda f: f.pick(
                        ["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield of Texas", "Medicaid"]
                    )
                ),
                "member_id": Y(
                    lambda f: f.pick(["W" + f.digits(9), "XEH" + f.digits(9), f.digits(11)]), "identification"
                ),
                "group_number": G(lambda f: f.digits(6)),
            },
            "requested_by_role": G(lambda f: f.pick(["nurse", "scheduler", "patient"])),
            "scheduled_for": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "nhs-interpreter-request",
        ["php"],
        {
            "booking-ref": G(lambda f: "NHS-BSL-" + f.digits(6)),
            "nhs-number": RED(nhs_number, "health id"),
            "hospital-number": RED(lambda f: f.pick(["RJ" + f.digits(6), f.digits(7)]), "health id"),
            "patient-name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "date-of-birth": Y(
                lambda f: f.pick([f.p["dob"], "/".join(reversed(f.p["dob"].split("-")))]), "birthdate"
            ),
            "contact-number": Y(lambda f: uk_phone(f), "phone"),
            "email-address": Y(lambda f: f.p["email"], "email"),
            "clinic-name": Y(
                lambda f: f.pick(
                    [
                        "Fracture Clinic",
                        "Antenatal Clinic",
                        "Diabetes Clinic",
                        "Memory Clinic",
                        "Sexual Health Clinic",
                    ]
                ),
                "condition|procedure",
            ),
            "gp-surgery": G(
                lambda f: f.pick(
                    ["Beechwood Medical Practice", "The Grange Surgery", "Park Road Health Centre"]
                )
            ),
            "appointment-date": G(lambda f: f.date(2024, 2025)),
            "interpreter-language": G(
                lambda f: f.pick(["BSL", "Deafblind manual", "Sign Supported English"])
            ),
            "consent-given": G(lambda f: True),
        },
    ),
    (
        "track",
        "Legal Interpreter Booked",
        ["ruby"],
        {
            "case_number": G(
                lambda f: f.pick(
                    [
                        f"{f.r.randint(2023, 2024)}-CV-{f.digits(5)}",
                        f"CR-{f.digits(6)}",
                        f"FD{f.r.randint(23, 24)}P{f.digits(5)}",
                    ]
                )
            ),
            "matter_type": G(
                lambda f: f.pick(
                    ["deposition", "mediation", "will signing", "small claims hearing", "lease signing"]
                )
            ),
            "court_name": G(
                lambda f: f.pick(
                    [
                        "Harris County Civil Court at Law No. 2",
                        "Central Family Court",
                        "King County Superior Court",
                        "",
                    ]
                )
            ),
            "courtroom": G(lambda f: f.pick(["4B", "12", "Court 3", ""])),
            "attorney_name": Y(lambda f: other_name(f), "name"),
            "attorney_email": Y(lambda f: other_email(f), "email"),
            "client_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "hearing_at": G(lambda f: f.iso()),
            "requires_cdi": G(lambda f: f.pick([True, False])),
            "billing_party": G(lambda f: f.pick(["court", "attorney", "agency"])),
            "team_size": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    (
        "track",
        "Job Interview Interpreting Requested",
        ["web"],
        {
            "employer_name": G(lambda f: f.pick(COMPANIES)),
            "job_title": G(lambda f: f.pick(JOB_TITLES)),
            "candidate_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "candidate_email": Y(lambda f: f.p["email"], "email"),
            "hiring_manager": Y(lambda f: other_name(f), "name"),
            "hiring_manager_email": Y(lambda f: other_email(f), "email"),
            "interview_format": G(lambda f: f.pick(["in_person", "video", "phone_via_vrs"])),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "1600 Smith St, Houston, TX 77002",
                        "20 Canada Square, London E14 5NN",
                        "500 Pine St, Seattle, WA 98101",
                    ]
                )
            ),
            "interview_at": G(lambda f: f.iso()),
            "paid_by": G(lambda f: f.pick(["employer", "access_to_work", "state_vr"])),
        },
    ),
    (
        "track",
        "Access to Work Claim Submitted",
        ["php"],
        {
            "atw_reference": Y(lambda f: "ATW" + f.digits(8), "identification"),
            "claimant_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "ni_number": RED(ni_number, "national id"),
            "employer": G(lambda f: f.pick(COMPANIES)),
            "employer_contact_email": Y(lambda f: other_email(f), "email"),
            "support_hours_per_week": G(lambda f: f.pick([4, 8, 12, 16])),
            "award_amount": G(lambda f: f.money(1000, 30000)),
            "claim_period_start": G(lambda f: f.date(2024, 2024)),
            "claim_period_end": G(lambda f: f.date(2025, 2025)),
            "invoice_numbers": Many(G(lambda f: "SB-INV-" + f.digits(6)), 3),
            "bank": {
                "sort_code": G(lambda f: f.pick(SORT_CODES)),
                "account_number": RED(lambda f: f.digits(8), "bank account"),
                "account_name": Y(lambda f: f"{f.p['first'][0]} {f.p['last']}", "name"),
            },
        },
    ),
    (
        "track",
        "Booking Confirmed",
        ["node"],
        {
            "booking_id": G(lambda f: "BK-" + f.digits(7)),
            "interpreter": {
                "id": G(lambda f: "int_" + f.digits(5)),
                "first_name": Y(lambda f: f.pick(FIRST), "name"),
                "photo_url": Y(lambda f: f"https://cdn.signbridge.io/avatars/{f.hexid(12)}.jpg", "photo"),
                "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 1)),
                "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            },
            "confirmation_sent_to": Y(lambda f: f.p["email"], "email", True),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Ask for {other_name(f)} at reception",
                        f"{other_name(f)} will meet the interpreter at the main entrance",
                        f"Contact {other_name(f)} (charge nurse) on arrival",
                    ]
                ),
                "name",
                True,
            ),
            "meeting_point": G(lambda f: f.pick(["Main reception", "Gate B", "Level 2 lifts"])),
            "confirmed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Dependant Added",
        ["swift", "kotlin"],
        {
            "dependant_id": G(lambda f: f.uuid()),
            "relationship": G(lambda f: f.pick(["child", "parent", "spouse"])),
            "first_name": Y(lambda f: f.pick(FIRST), "name"),
            "last_name": Y(lambda f: f.p["last"], "name"),
            "date_of_birth": Y(lambda f: f.date(2008, 2022), "birthdate"),
            "school_name": G(
                lambda f: f.pick(
                    ["Texas School for the Deaf", "Lincoln Elementary", "Frank Barnes School", ""]
                )
            ),
            "hearing_status": RED(lambda f: f.pick(["hearing", "deaf", "hard_of_hearing"]), "disability"),
            "can_book_for": G(lambda f: True),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        ["kotlin", "swift"],
        {
            "emergency_contact": {
                "name": Y(lambda f: other_name(f), "name"),
                "phone": Y(lambda f: any_phone(f), "phone"),
                "relationship": G(lambda f: f.pick(["mother", "partner", "friend", "son"])),
                "email": Y(lambda f: other_email(f), "email"),
                "can_receive_sms": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Interpreter Searched",
        ["web", "rn"],
        {
            "q": G(
                lambda f: f.pick(
                    [
                        "asl medical houston",
                        "bsl legal manchester",
                        "deaf interpreter",
                        "trilingual asl spanish",
                        "cart captioner",
                    ]
                )
            ),
            "filters": {
                "specialism": G(lambda f: f.pick(["medical", "legal", "mental_health", "education", ""])),
                "gender": G(lambda f: f.pick(["any", "female", "male"])),
                "modality": G(lambda f: f.pick(["onsite", "vri"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "booking-form-step",
        ["web"],
        {
            "step-name": G(lambda f: f.pick(["contact", "venue", "schedule", "review"])),
            "step-index": G(lambda f: f.r.randint(1, 4)),
            "time-on-step-ms": G(lambda f: f.r.randint(800, 90000)),
            "has-errors": G(lambda f: f.pick([True, False])),
            "error-fields": Many(G(lambda f: f.pick(["email", "phone", "date_of_birth", "postcode"])), 2),
            "form-version": G(lambda f: f.pick(["v3", "v4"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: f.pick(["vrs_signup", "book_interpreter"])),
            "field": G(lambda f: f.pick(["callback_number", "mobile", "relay_number"])),
            "value": Y(lambda f: f.p["phone"], "phone", True),
            "duration_ms": G(lambda f: f.r.randint(500, 20000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["php"],
        {
            "form_id": G(lambda f: f.pick([3, 7])),
            "form_title": G(lambda f: f.pick(["Request a BSL Interpreter", "Contact us"])),
            "entry_id": G(lambda f: f.r.randint(1000, 9999)),
            "input_1_3": Y(lambda f: f.p["first"], "name", True),
            "input_1_6": Y(lambda f: f.p["last"], "name", True),
            "input_2": Y(lambda f: f.p["email"], "email", True),
            "input_3": Y(lambda f: uk_phone(f), "phone", True),
            "input_4": G(lambda f: f.date(2024, 2025)),
            "input_5": G(lambda f: f.pick(["Medical", "Legal", "Employment", "Education"])),
            "input_6": G(lambda f: f.pick(["Google", "Friend", "Deaf club", "GP"])),
            "input_8": G(lambda f: f"XXXXXXXXXXXX{f.digits(4)}"),
            "source_url": G(lambda f: "https://www.signbridge.co.uk/request-an-interpreter/"),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: f.pick(UA_WEB)),
            "date_created": G(
                lambda f: (
                    f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} {f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:00"
                )
            ),
        },
    ),
    # -- VRS calls ------------------------------------------------------------------------------
    (
        "track",
        "Video Call Started",
        ["swift", "kotlin"],
        {
            "call_id": G(lambda f: f.uuid()),
            "direction": G(lambda f: f.pick(["outbound", "inbound", "p2p"])),
            "caller_number": Y(lambda f: f.p["relay"], "phone"),
            "called_number": Y(lambda f: any_phone(f), "phone"),
            "contact_name": Y(lambda f: other_name(f), "name"),
            "is_emergency": G(lambda f: False),
            "queue_time_ms": G(lambda f: f.r.randint(0, 120000)),
            "interpreter_id": G(lambda f: "VI" + f.digits(5)),
            "interpreter_first_name": Y(lambda f: f.pick(FIRST), "name"),
            "video_codec": G(lambda f: f.pick(["H.264", "VP8", "H.265"])),
            "bitrate_kbps": G(lambda f: f.r.randint(300, 2500)),
            "network_type": G(lambda f: f.pick(["wifi", "5g", "lte"])),
            "camera": G(lambda f: f.pick(["front", "back"])),
        },
    ),
    (
        "track",
        "Call Detail Record",
        ["go"],
        {
            "call_id": G(lambda f: f.uuid()),
            "session_id": G(lambda f: f.hexid(32)),
            "start_ts": G(epoch_s),
            "end_ts": G(epoch_s),
            "duration_sec": G(lambda f: f.r.randint(15, 5400)),
            "billable_minutes": G(lambda f: f.r.randint(1, 90)),
            "caller_ten_digit": Y(lambda f: f.phone("e164"), "phone"),
            "callee_e164": Y(lambda f: f.pick([f.phone("e164"), "+447" + f.digits(9)]), "phone"),
            "callee_country": G(lambda f: f.pick(["US", "US", "MX", "GB"])),
            "vi_id": G(lambda f: "VI" + f.digits(5)),
            "disconnect_reason": G(
                lambda f: f.pick(["normal_clearing", "caller_hangup", "no_answer", "busy"])
            ),
            "fcc_compensable": G(lambda f: f.pick([True, False])),
            "sip_call_id": G(lambda f: f"{f.hexid(20)}@sbc{f.r.randint(1, 4)}.signbridge.io"),
            "caller_ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(
                lambda f: f.pick(
                    [
                        "SignBridgeVRS/6.4.2 (iOS 17.4.1)",
                        "SignBridgeVRS/6.5.0 (Android 14)",
                        "ntouch-VP2/9.2.1",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Voice Status Callback",
        ["node"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(lambda f: f.phone("e164"), "phone"),
            "To": G(lambda f: f.pick(["+18885550199", "+18005550143", "+442035550120"])),
            "CallerName": Y(
                lambda f: f.pick(
                    [f"{ascii_fold(f.pick(LAST)).upper()} {ascii_fold(f.pick(FIRST)).upper()}"] * 4
                    + ["WIRELESS CALLER"]
                ),
                "name",
            ),
            "FromCity": Y(lambda f: f.pick(US_PLACES)[0].upper(), "city"),
            "FromState": G(lambda f: f.pick(US_PLACES)[1]),
            "FromZip": Y(lambda f: f.pick(US_PLACES)[2] + f"{f.r.randint(0, 99):02d}", "zipcode"),
            "FromCountry": G(lambda f: "US"),
            "CallStatus": G(lambda f: f.pick(["completed", "busy", "no-answer", "in-progress"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 3600))),
            "Direction": G(lambda f: "inbound"),
            "ApiVersion": G(lambda f: "2010-04-01"),
            "Timestamp": G(
                lambda f: (
                    f"Tue, {f.r.randint(1, 28):02d} May 2024 {f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:12 +0000"
                )
            ),
        },
    ),
    (
        "track",
        "Emergency Call Placed",
        ["kotlin", "swift"],
        {
            "call_id": G(lambda f: f.uuid()),
            "psap_id": G(lambda f: f.digits(4)),
            "registered_location": {
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "state": G(lambda f: f.p["state"]),
                "zip": Y(lambda f: f.p["zip"], "zipcode"),
            },
            "device_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            },
            "callback_number": Y(lambda f: f.p["relay"], "phone"),
            "location_source": G(lambda f: f.pick(["gps", "registered", "wifi"])),
            "time_to_answer_ms": G(lambda f: f.r.randint(800, 15000)),
        },
    ),
    (
        "track",
        "Voicemail Transcribed",
        ["go", "node"],
        {
            "voicemail_id": G(lambda f: f.uuid()),
            "mailbox_owner_id": G(lambda f: "u" + f.digits(7)),
            "from": Y(lambda f: any_phone(f), "phone", True),
            "duration_sec": G(lambda f: f.r.randint(5, 180)),
            "transcript": Y(
                lambda f: f.pick(
                    [
                        f"Hi, it's {f.pick(FIRST)} from next door, my new cell is {us_phone(f)}, text me when you're home.",
                        f"Hey it's me, call me back when you get this, {any_phone(f)}.",
                        f"Hi love, it's Mum. Ring me back on {uk_phone(f)} when you can.",
                        f"Hello, this is {f.pick(FIRST)} about the flat viewing. You can reach me on my mobile {uk_phone(f)}.",
                    ]
                ),
                "phone",
                True,
            ),
            "transcription_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 2)),
            "language": G(lambda f: f.pick(["en-US", "en-GB", "es-US"])),
            "read": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Added",
        ["swift", "kotlin"],
        {
            "contact_id": G(lambda f: f.uuid()),
            "label": Y(lambda f: other_name(f), "name", True),
            "number": Y(lambda f: any_phone(f), "phone", True),
            "number_type": G(lambda f: f.pick(["mobile", "home", "work", "videophone"])),
            "is_favorite": G(lambda f: f.pick([True, False])),
            "is_videophone": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: f.pick(["manual", "import", "recent_call"])),
        },
    ),
    (
        "track",
        "Relay Number Port Requested",
        ["go"],
        {
            "port_request_id": G(lambda f: "PR-" + f.digits(8)),
            "number": Y(lambda f: f.phone("e164"), "phone", True),
            "losing_carrier": G(lambda f: f.pick(["Sorenson", "ZP", "Convo", "Purple"])),
            "port_pin": RED(lambda f: f.digits(f.pick([4, 6])), "secret|password"),
            "billing_name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
            "service_address": Y(
                lambda f: f"{f.p['street']}, {f.p['city']}, {f.p['state']} {f.p['zip']}", "address"
            ),
            "requested_due_date": G(lambda f: f.date(2024, 2025)),
            "status": G(lambda f: f.pick(["submitted", "foc_received", "completed", "rejected"])),
        },
    ),
    (
        "track",
        "Videophone Registered",
        ["java"],
        {
            "serial_number": Y(lambda f: "VP2" + f.digits(9), "serial"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "firmware": G(lambda f: f.pick(["9.2.1", "9.3.0"])),
            "model": G(lambda f: f.pick(["ntouch VP2", "SignBridge Home Hub"])),
            "public_ip": Y(lambda f: f.ipv4(), "ip"),
            "registered_at": G(lambda f: f.iso()),
        },
    ),
    # -- captioning -----------------------------------------------------------------------------
    (
        "track",
        "Caption Session Started",
        ["python", "web"],
        {
            "session_id": G(lambda f: f.uuid()),
            "captioner_id": G(lambda f: "cap_" + f.digits(4)),
            "captioner_name": Y(lambda f: other_name(f), "name"),
            "event_title": G(
                lambda f: f.pick(
                    [
                        "Q3 All-Hands",
                        "Benefits enrolment webinar",
                        "Board meeting",
                        "Intro to Biology - Lecture 4",
                    ]
                )
            ),
            "organizer_email": Y(lambda f: other_email(f), "email"),
            "platform": G(lambda f: f.pick(["zoom", "teams", "streamtext", "onsite"])),
            "meeting_id": G(lambda f: f.digits(11)),
            "caption_language": G(lambda f: f.pick(["en", "es", "ja"])),
            "speaker_identification": G(lambda f: f.pick([True, False])),
            "attendee_emails": Many(Y(lambda f: other_email(f), "email"), 4),
            "expected_attendees": G(lambda f: f.r.randint(2, 400)),
        },
    ),
    (
        "track",
        "Caption Segment Finalized",
        ["python"],
        {
            "session_id": G(lambda f: f.uuid()),
            "segment_index": G(lambda f: f.r.randint(0, 3000)),
            "start_ms": G(lambda f: f.r.randint(0, 3_600_000)),
            "end_ms": G(lambda f: f.r.randint(0, 3_600_000)),
            "text": G(lambda f: f.pick(CAPTION_LINES)),
            "speaker_label": G(lambda f: f.pick(["Speaker 1", "Speaker 2", "Presenter", ">>"])),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1.0), 3)),
            "is_final": G(lambda f: True),
            "engine": G(lambda f: f.pick(["human_cart", "asr_v3", "asr_v3+human"])),
        },
    ),
    (
        "track",
        "VRI Participant Joined",
        ["node"],
        {
            "event": G(lambda f: "meeting.participant_joined"),
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "account_id": G(lambda f: alnum(f, 22)),
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: b64url(f, 22) + "=="),
                    "topic": G(
                        lambda f: f.pick(
                            ["VRI - Mercy General ED", "Onboarding with HR", "Parent-teacher meeting"]
                        )
                    ),
                    "host_id": G(lambda f: alnum(f, 22)),
                    "participant": {
                        "user_id": G(lambda f: f.digits(8)),
                        "user_name": Y(lambda f: other_name(f), "name"),
                        "email": Y(lambda f: other_email(f), "email"),
                        "join_time": G(lambda f: f.iso()),
                        "participant_uuid": G(lambda f: f.uuid().upper()),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Interpreter Rated",
        ["swift", "kotlin", "web"],
        {
            "interpreter_id": G(lambda f: "int_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "tags": Many(
                G(
                    lambda f: f.pick(
                        ["clear_signing", "on_time", "professional", "fast_pace", "regional_signs"]
                    )
                ),
                3,
            ),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Great job",
                        "Signing was a bit fast",
                        "",
                        "Very professional, would book again",
                        "Arrived late",
                    ]
                )
            ),
            "would_rebook": G(lambda f: f.pick([True, False])),
            "nps": G(lambda f: f.r.randint(0, 10)),
        },
    ),
    # -- interpreters (staff) -------------------------------------------------------------------
    (
        "track",
        "InterpreterProfileUpdated",
        ["dotnet"],
        {
            "InterpreterId": G(lambda f: f.r.randint(10000, 99999)),
            "FullName": Y(lambda f: other_name(f), "name"),
            "Email": Y(lambda f: f.pick([other_email(f), staff_email(f)]), "email"),
            "MobilePhone": Y(lambda f: any_phone(f), "phone"),
            "HomePostcode": Y(
                lambda f: f.pick([uk_postcode(f), f.pick(US_PLACES)[2] + f"{f.r.randint(0, 99):02d}"]),
                "zipcode",
            ),
            "DateOfBirth": Y(lambda f: f"{f.date(1960, 1998)}T00:00:00", "birthdate"),
            "Gender": Y(lambda f: f.pick(["Female", "Male", "NonBinary"]), "gender"),
            "ProfilePhotoUrl": Y(lambda f: f"https://cdn.signbridge.io/staff/{f.hexid(12)}.png", "photo"),
            "Certifications": Many(
                {
                    "Body": G(lambda f: f.pick(["RID", "NRCPD", "BIDA", "CASLI"])),
                    "Level": G(lambda f: f.pick(["NIC", "CDI", "RSLI", "TSLI", "SC:L"])),
                    "CertifiedSince": G(lambda f: f.date(2000, 2023)),
                    "ExpiresOn": G(lambda f: f.date(2025, 2028)),
                },
                2,
            ),
            "MemberNumber": G(lambda f: f.digits(6)),
            "DbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "Languages": Many(G(lambda f: f.pick(SIGN_LANGS)), 2),
            "Specialisms": Many(
                G(lambda f: f.pick(["Medical", "Legal", "MentalHealth", "VRS", "Education"])), 3
            ),
            "TravelRadiusMiles": G(lambda f: f.pick([10, 25, 40, 60])),
            "HourlyRate": Y(lambda f: f.pick([45.0, 55.0, 65.0, 72.5, 85.0]), "salary"),
            "YearsExperience": G(lambda f: f.r.randint(1, 35)),
            "IsAvailable": G(lambda f: f.pick([True, False])),
            "ModifiedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "InterpreterOnboarded",
        ["dotnet"],
        {
            "InterpreterId": G(lambda f: f.r.randint(10000, 99999)),
            "RightToWorkStatus": RED(
                lambda f: f.pick(
                    ["British citizen", "Settled status", "Skilled Worker visa", "Graduate visa"]
                ),
                "visa",
            ),
            "ShareCode": RED(
                lambda f: f"{alnum(f, 3).upper()} {alnum(f, 3).upper()} {alnum(f, 3).upper()}", "visa"
            ),
            "RequiresSponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "NationalInsuranceNumber": RED(ni_number, "national id"),
            "PassportNumber": RED(lambda f: f.digits(9), "passport"),
            "EmergencyContact": {
                "Name": Y(lambda f: other_name(f), "name"),
                "Relationship": G(lambda f: f.pick(["Partner", "Mother", "Brother"])),
                "Phone": Y(lambda f: uk_phone(f), "phone"),
            },
            "Payroll": {
                "SortCode": G(lambda f: f.pick(SORT_CODES)),
                "AccountNumber": RED(lambda f: f.digits(8), "bank account"),
                "AccountHolder": Y(lambda f: other_name(f), "name"),
                "Iban": RED(lambda f: f.iban("GB"), "bank account"),
            },
            "StartDate": G(lambda f: f.date(2024, 2025)),
            "EmploymentType": G(lambda f: f.pick(["PAYE", "SelfEmployed", "Bank"])),
            "JobTitle": G(
                lambda f: f.pick(["BSL/English Interpreter", "Deaf Interpreter", "Speech-to-text Reporter"])
            ),
        },
    ),
    (
        "track",
        "W-9 Submitted",
        ["java"],
        {
            "contractor_id": G(lambda f: "c_" + f.digits(6)),
            "legal_name": Y(lambda f: other_name(f), "name"),
            "business_name": G(lambda f: f.pick(["", "Hands Up Interpreting LLC", "Clear Signs Inc"])),
            "tin_type": G(lambda f: f.pick(["ssn", "ein"])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "mailing_address": Y(
                lambda f: f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}, {f.pick(US_PLACES)[0]}", "address"
            ),
            "backup_withholding": G(lambda f: f.pick([True, False])),
            "signed_at": G(lambda f: f.iso()),
            "direct_deposit": {
                "routing_number": G(lambda f: f.pick(ABA)),
                "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
        },
    ),
    (
        "track",
        "Assignment Offered",
        ["rn"],
        {
            "assignment_id": G(lambda f: "A" + f.digits(8)),
            "start_time": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([60, 120, 180])),
            "distance_miles": G(lambda f: round(f.r.uniform(0.5, 40), 1)),
            "pay_rate": Y(lambda f: f.pick([45, 55, 62.5, 70, 90]), "salary"),
            "minimum_hours": G(lambda f: 2),
            "venue_city": G(lambda f: hospital(f)[2]),
            "venue_name": G(lambda f: hospital(f)[0]),
            "appointment_type": G(lambda f: f.pick(["medical", "legal", "employment", "education"])),
            "offer_expires_at": G(lambda f: f.iso()),
            "accepted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Assignment Checked In",
        ["rn"],
        {
            "assignment_id": G(lambda f: "A" + f.digits(8)),
            "checkin_lat": Y(lambda f: f.lat(), "geolocation"),
            "checkin_lng": Y(lambda f: f.lon(), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "minutes_early": G(lambda f: f.r.randint(-10, 30)),
            "on_time": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Timesheet Submitted",
        ["rn"],
        {
            "timesheet_id": G(lambda f: f.uuid()),
            "assignment_id": G(lambda f: "A" + f.digits(8)),
            "hours_worked": G(lambda f: f.pick([1.0, 2.0, 2.5, 3.0])),
            "travel_minutes": G(lambda f: f.r.randint(0, 120)),
            "mileage": G(lambda f: round(f.r.uniform(0, 80), 1)),
            "vehicle_reg": Y(plate, "license"),
            "parking_cost": G(lambda f: f.pick([0, 4.5, 12.0])),
            "signed_by": Y(lambda f: other_name(f), "name"),
            "gross_pay": Y(lambda f: f.money(60, 600), "salary"),
            "submitted_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Availability Updated",
        ["rn"],
        {
            "days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat"])), 5),
            "start_hour": G(lambda f: f.pick([7, 8, 9])),
            "end_hour": G(lambda f: f.pick([17, 18, 20])),
            "max_assignments_per_day": G(lambda f: f.pick([2, 3, 4])),
            "vri_only": G(lambda f: f.pick([True, False])),
            "home_location": {
                "lat": Y(lambda f: f.lat(), "geolocation"),
                "lng": Y(lambda f: f.lon(), "geolocation"),
            },
            "radius_miles": G(lambda f: f.pick([10, 25, 50])),
        },
    ),
    (
        "track",
        "Interpreter Paid",
        ["java"],
        {
            "payout_id": G(lambda f: "po_1" + alnum(f, 23)),
            "interpreter_id": G(lambda f: "int_" + f.digits(5)),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "gross_amount": Y(lambda f: f.money(400, 6000), "salary"),
            "tax_withheld": Y(lambda f: f.money(0, 1200), "salary"),
            "net_amount": Y(lambda f: f.money(300, 5000), "salary"),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "payout_method": G(lambda f: f.pick(["ach", "bacs", "stripe_connect"])),
            "bank_last4": G(lambda f: f.digits(4)),
            "routing_number": G(lambda f: f.pick(ABA)),
        },
    ),
    (
        "track",
        "報酬支払完了",
        ["java"],
        {
            "通訳者番号": G(lambda f: "T" + f.digits(5)),
            "氏名": Y(lambda f: f.jp["name"], "name"),
            "振込先": {
                "銀行コード": G(lambda f: f.pick(JP_BANKS)[0]),
                "銀行名": G(lambda f: f.pick(JP_BANKS)[1]),
                "支店コード": G(lambda f: f.digits(3)),
                "口座種別": G(lambda f: f.pick(["普通", "当座"])),
                "口座番号": RED(lambda f: f.digits(7), "bank account"),
                "口座名義": Y(lambda f: f.jp["kana"].replace(" ", "　"), "name"),
            },
            "支払額": Y(lambda f: f.r.randint(20000, 400000), "salary"),
            "源泉徴収額": Y(lambda f: f.r.randint(2000, 40000), "salary"),
            "支払日": G(lambda f: f.date(2024, 2024)),
            "マイナンバー": RED(my_number, "national id"),
        },
    ),
    # -- commerce and billing -------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web"],
        product(),
    ),
    (
        "track",
        "Product Added",
        ["web"],
        {"cart_id": G(lambda f: f.uuid()), **product()},
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "revenue": G(lambda f: f.money(15, 2500)),
            "tax": G(lambda f: f.money(0, 200)),
            "coupon": G(lambda f: f.pick(["", "DEAFAWARE10", "EMPLOYER20"])),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.hexid(24)),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "invoice"])),
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_bin": G(lambda f: f.pick(["424242", "555555", "378282", "411111"])),
            "billing_address": {
                "name": Y(lambda f: f"{f.p['first']} {f.p['last']}", "name"),
                "line1": Y(lambda f: f.p["street"], "address|street"),
                "city": Y(lambda f: f.p["city"], "city"),
                "postal_code": Y(lambda f: f.p["zip"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: f.hexid(24)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["SignBridge Store", "SignBridge UK"])),
            "total": G(lambda f: f.money(15, 2500)),
            "tax": G(lambda f: f.money(0, 200)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "coupon": G(lambda f: f.pick(["", "DEAFAWARE10"])),
            "invoice_number": G(lambda f: "SB-INV-" + f.digits(6)),
            "billing_email": Y(lambda f: f.p["email"], "email"),
            "billing_zip": Y(lambda f: f.p["zip"], "zipcode"),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift"],
        {
            "product_id": G(
                lambda f: f.pick(["io.signbridge.captions.monthly", "io.signbridge.captions.annual"])
            ),
            "price": G(lambda f: f.pick([14.99, 149.99])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "JPY"])),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "is_trial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Issued",
        ["java"],
        {
            "invoice_number": G(lambda f: "SB-INV-" + f.digits(6)),
            "customer_id": G(lambda f: "cust_" + f.digits(5)),
            "bill_to": {
                "company": G(lambda f: f.pick([h[0] for h in HOSPITALS] + COMPANIES)),
                "attention": Y(lambda f: other_name(f), "name"),
                "email": G(
                    lambda f: f.pick(
                        [
                            "accounts.payable@mercyhealth.org",
                            "ap@globex.com",
                            "invoices@initech.com",
                            "finance@harrislowe.co.uk",
                        ]
                    )
                ),
                "address_line1": G(lambda f: hospital(f)[1]),
                "city": G(lambda f: hospital(f)[2]),
                "postcode": G(lambda f: hospital(f)[4]),
            },
            "line_items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "ASL interpreting - 2h minimum",
                                "BSL interpreting (team of 2)",
                                "CART captioning",
                                "VRI minutes",
                                "Travel time",
                            ]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 12)),
                    "unit_price": G(lambda f: f.money(30, 150)),
                    "amount": G(lambda f: f.money(60, 1800)),
                    "booking_ref": G(lambda f: "BK-" + f.digits(7)),
                },
                4,
            ),
            "subtotal": G(lambda f: f.money(60, 9000)),
            "tax": G(lambda f: f.money(0, 900)),
            "total": G(lambda f: f.money(60, 9900)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "due_date": G(lambda f: f.date(2024, 2025)),
            "po_number": G(lambda f: f.pick(["", "PO-" + f.digits(6)])),
        },
    ),
    (
        "track",
        "Stripe Invoice Paid",
        ["node"],
        {
            "id": G(lambda f: "evt_1" + alnum(f, 23)),
            "type": G(lambda f: "invoice.payment_succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "in_1" + alnum(f, 23)),
                    "customer": G(lambda f: "cus_" + alnum(f, 14)),
                    "customer_email": Y(lambda f: other_email(f), "email"),
                    "customer_name": G(lambda f: f.pick([h[0] for h in HOSPITALS] + COMPANIES)),
                    "amount_paid": G(lambda f: f.r.randint(5000, 900000)),
                    "currency": G(lambda f: f.pick(["usd", "gbp"])),
                    "payment_intent": G(lambda f: "pi_3" + alnum(f, 23)),
                    "status": G(lambda f: "paid"),
                },
            },
        },
    ),
    (
        "track",
        "Invoice Emailed",
        ["node"],
        {
            "invoice_id": G(lambda f: "SB-INV-" + f.digits(6)),
            "recipient": Y(lambda f: other_email(f), "email", True),
            "template": G(lambda f: f.pick(["invoice_v2", "reminder_7d", "final_notice"])),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.signbridge.io>"),
            "sent_at": G(lambda f: f.iso()),
            "opened": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "請求書発行",
        ["java"],
        {
            "請求書番号": G(lambda f: "INV-JP-" + f.digits(6)),
            "請求先": {
                "会社名": G(
                    lambda f: f.pick(["株式会社グローベックス", "東京大学医学部附属病院", "ハローワーク新宿"])
                ),
                "部署": G(lambda f: f.pick(["総務部", "人事部", "医事課"])),
                "担当者名": Y(lambda f: f.pick(JP_NAMES)[0], "name"),
                "住所": G(
                    lambda f: f.pick(
                        ["東京都文京区本郷7-3-1", "東京都港区芝公園1-1-1", "東京都新宿区歌舞伎町2-42-10"]
                    )
                ),
                "電話番号": G(lambda f: f.pick(["03-3815-5411", "03-5555-0100", "03-3200-8609"])),
            },
            "合計金額": G(lambda f: f.r.randint(5000, 500000)),
            "消費税": G(lambda f: f.r.randint(500, 50000)),
            "支払期限": G(lambda f: f.date(2024, 2025)),
            "登録番号": G(lambda f: "T" + f.digits(13)),
        },
    ),
    (
        "group",
        None,
        ["node", "python"],
        {
            "name": G(lambda f: f.pick([h[0] for h in HOSPITALS] + COMPANIES)),
            "industry": G(lambda f: f.pick(["Healthcare", "Legal", "Technology", "Government", "Education"])),
            "employees": G(lambda f: f.pick([45, 300, 2500, 18000])),
            "plan": G(lambda f: f.pick(["enterprise", "pay_as_you_go"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.mercyhealth.org", "https://globex.com", "https://www.imperial.nhs.uk"]
                )
            ),
            "main_phone": G(lambda f: hospital(f)[5]),
            "address": G(lambda f: f"{hospital(f)[1]}, {hospital(f)[2]}"),
            "billing_email": G(
                lambda f: f.pick(
                    ["accounts.payable@mercyhealth.org", "ap@globex.com", "invoices@initech.com"]
                )
            ),
            "account_manager_email": Y(lambda f: staff_email(f), "email"),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Employer Sponsorship Linked",
        ["web"],
        {
            "employer_name": G(lambda f: f.pick(COMPANIES)),
            "employee_id": G(lambda f: f.pick(["E" + f.digits(6), f.digits(5)])),
            "work_email": Y(
                lambda f: f"{ascii_fold(f.p['first']).lower()}.{ascii_fold(f.p['last']).lower()}@globex.com",
                "email",
            ),
            "work_phone": Y(lambda f: f.p["phone"], "phone"),
            "manager_name": Y(lambda f: other_name(f), "name"),
            "manager_email": Y(lambda f: other_email(f), "email"),
            "team": G(lambda f: f.pick(["Engineering", "Finance", "Warehouse", "Nursing"])),
            "cost_center": G(lambda f: "CC-" + f.digits(4)),
            "monthly_minutes_cap": G(lambda f: f.pick([300, 600, 1200])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["kotlin"],
        {
            "referral_code": G(lambda f: "SB" + alnum(f, 6).upper()),
            "invitee_name": Y(lambda f: other_name(f), "name"),
            "invitee_phone": Y(lambda f: any_phone(f), "phone"),
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "copy_link"])),
        },
    ),
]

PAGE_NAMES = ["Book an Interpreter", "VRS Registration", "Live Captioning", "Pricing", "Interpreter Careers"]
SCREENS = ["Dialer", "Call History", "Contacts", "Settings", "Captions", "Voicemail"]


def page_body():
    return {
        "path": G(lambda f: f.pick([p[0] for p in PAGES])),
        "url": G(lambda f: "https://www.signbridge.io" + f.pick([p[0] for p in PAGES])),
        "title": G(lambda f: f.pick([p[1] for p in PAGES])),
        "referrer": G(lambda f: f.pick(["", "https://www.google.com/"])),
        "search": G(lambda f: f.pick(["", "?lang=asl"])),
    }


def screen_body():
    return {
        "screen_class": G(
            lambda f: f.pick(["DialerViewController", "CallHistoryFragment", "SettingsScreen"])
        ),
        "previous_screen": G(lambda f: f.pick(SCREENS)),
    }


EXTRA = [
    ("page", "page", ["web"], page_body()),
    ("screen", "screen", ["swift", "kotlin", "flutter"], screen_body()),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS + EXTRA:
            f.p = person(f)
            f.jp = jp_person(f)
            f.h = f.pick(HOSPITALS)
            client = f.pick(clients)
            msg: dict = {
                "type": kind,
                "messageId": f.pick([f.uuid(), f"ajs-next-{f.hexid(32)}"]) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.pick(["u" + f.digits(7), f.uuid()]),
            }
            if kind == "track":
                msg["event"] = event
            elif kind == "page":
                msg["name"] = f.pick(PAGE_NAMES)
            elif kind == "screen":
                msg["name"] = f.pick(SCREENS)
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=254, repeats=40)
    write(Path(__file__).parent, "holdout254_", events, labels)
