"""Writes holdout158: tests/corpus/holdout158_events.jsonl and holdout158_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and never run through the engine by its author.

Covers a wearable, smart-scale and sleep-tracking app with a companion subscription (a
Withings/Oura-like company, "Pulsewell") selling in the US, South Korea and Israel: device pairing
and firmware, body composition and weight, sleep stages, heart rate, ECG, blood pressure and
blood-oxygen readings, GPS workouts, cycle tracking, family sharing and caregiver access,
subscriptions, orders and returns (e-commerce spec), support tickets, chat and telephony webhooks,
lifecycle e-mail, attribution. Clients: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, flutter, and server libraries (python, node, go, java, ruby, php, .NET),
with identify / track / page / screen / group / alias calls. A Korean backend sends some events
and traits with Hangul keys (이름, 휴대폰번호, 체중 ...), an Israeli backend with Hebrew keys
(שם_פרטי, תעודת_זהות ...); a .NET billing service sends PascalCase, a reverse-ETL sync
SCREAMING_SNAKE, a Go relay kebab-case, Twilio-shaped webhooks their own PascalCase.

Conventions: each leaf is labelled with classification (red / yellow / green), type (the
reference's matcher name where one fits, else `health`, `geolocation`, `national id`,
`health id`, `bank account`, `advertising id`, `token`, `credit card` ...; `a|b` when either name
is fair) and value_only (the key does not say what the value is). Values come from tests/corpus/
fake.py and from generators here: Korean, Hebrew, Arabic, African, European and American names
(Hangul, Hebrew script and romanised), US / Korean / Israeli phone formats, Korean, Israeli and US
address shapes, Israeli Teudat Zehut numbers with valid check digits, SSNs with valid structure,
Luhn card numbers, mod-97 IBANs (IL, DE, GB), Medicare MBIs, Korean identity-verification CIs.

Labelling rules (the Privacy Portal's defaults, as given to the author):
- PII = personal data about a natural person (the user, a recipient, a caregiver, a dependant, a
  clinician or support agent): names, contact details, the person's address or precise location,
  birth dates, government ids, financial accounts and full card numbers, health and other special
  categories, credentials and secrets, IP addresses, advertising ids. Colour: the reference's
  default for that matcher; outside the reference, red for credentials / secrets, card numbers,
  bank accounts, government ids and health; yellow otherwise (geolocation, advertising id).
- Green: ids we issue, UUIDs, numeric ids, SKUs, versions, timestamps, hashes, amounts, enums,
  counters, booleans under PII-sounding keys, product / plan / company / pet names, places that
  are not the person's, country / state / locale / timezone / currency, user agents, OS device
  ids. Card brand, last four, expiry, BIN, routing numbers: green; SSN last four: red.
- A boolean or enum revealing a special category (pregnancy mode, an irregular-rhythm alert,
  wheelchair mode, Shabbat mode, veteran verification) is PII of that category in its colour.
- Contested cases follow the published policy: green for member / customer / claim numbers, ages
  and age bands, job titles and employers, a business's own phone / e-mail / address (role
  mailboxes, clinic and pharmacy numbers, our Twilio number), pets, UUID tokens, Message-IDs;
  yellow for insurer member numbers (`identification`), rx numbers (`medication`), salaries,
  plates / VINs, ad click ids (gclid, fbclid, _fbp, _fbc: `advertising id`), billing and
  shipping addresses; red for payment-method tokens (`pm_`), one-time and invite codes, magic-link
  tokens, patient numbers (MRN, Medicare: `health id`), identity-document numbers.
- value_only PII paths carry that PII in every value; free text is labelled by what every one of
  its values carries, and green when none does.

Rules the author chose where the brief leaves room (what a careful privacy owner at a mid-size
health-wearable company would want flagged):
- Physiological measurements of a person's body are health data, red `health`: weight and body
  composition (fat, muscle, bone, water, visceral fat, BMI), heart rate and HRV, SpO2, ECG
  heart rate, blood pressure, skin-temperature deviation, respiratory rate, sleep-stage durations
  and breathing disturbances, menstrual-cycle dates, lengths, flow and basal temperature.
  Classifications of those readings (ECG result, hypertension stage, symptoms, illness signal,
  alert types such as `irregular_rhythm`) are `condition` / `diagnosis|condition`, yellow, like
  the reference's own health matchers.
- Activity and app metrics are green: steps, distance, calories, active minutes, pace, cadence,
  elevation, workout duration, goals the user sets, app-computed 0-100 scores (sleep score,
  readiness score), alert thresholds, measurement counts, height (a static attribute, like a
  ring size) and ring / strap sizes.
- A wearable's hardware serial number and its Bluetooth MAC identify the person's device: yellow
  `serial` / `mac`. A user-set device name ("Noa's Ring") carries the owner's first name: yellow
  `name`. A workout's GPS coordinates, route polyline and the city it happened in are the
  person's location: yellow `geolocation` / `city`; a searched store's city is green.
- A push-notification device token is a credential addressed to the person's device: red `token`.
- The CI (connecting information) that Korean identity verification (PASS, NICE) returns is a
  lifelong per-person identifier derived from the resident registration number: red `national id`;
  the verified person's domestic / foreign status (내외국인) is yellow `citizenship`.
- An e-mail address hashed by us (`email_hash`) is green, like other hashes; a Wi-Fi password
  sent during scale setup is red `password`.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import UAS, Fake

# -- people, places, numbers ---------------------------------------------------------------------

KR_LAST = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang")]
KR_LAST += [("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("한", "Han")]
KR_FIRST = [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지후", "Ji-hoo"), ("하은", "Ha-eun")]
KR_FIRST += [
    ("도윤", "Do-yoon"),
    ("수아", "Su-ah"),
    ("예준", "Ye-jun"),
    ("지민", "Ji-min"),
    ("서준", "Seo-jun"),
]
HE_FIRST = [("נועה", "Noa"), ("יונתן", "Yonatan"), ("תמר", "Tamar"), ("אורי", "Ori"), ("מיכל", "Michal")]
HE_FIRST += [("איתי", "Itai"), ("שירה", "Shira"), ("דוד", "David"), ("יעל", "Yael"), ("מוחמד", "Mohammed")]
HE_LAST = [("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton")]
HE_LAST += [("פרידמן", "Friedman"), ("שפירא", "Shapira"), ("אזולאי", "Azoulay"), ("חביב", "Habib")]
WORLD_FIRST = ["Jasmine", "Marcus", "Aaliyah", "Diego", "Thandiwe", "Liam", "Anh", "Siobhan", "Tariq"]
WORLD_FIRST += ["Ngozi", "Emily", "Carlos", "Hiroshi", "Ingrid", "Rahul", "Keisha", "Dmitri"]
WORLD_LAST = ["Johnson", "Washington", "Hernández", "Nguyen", "Adeyemi", "Kowalczyk", "Murphy"]
WORLD_LAST += ["Tanaka", "Abdullah", "Lindqvist", "Brown", "Gupta", "Rodriguez", "Williams"]
MAIL_DOMAINS = ["gmail.com", "naver.com", "daum.net", "walla.co.il", "icloud.com", "outlook.com"]
MAIL_DOMAINS += ["example.com", "yahoo.com", "hanmail.net", "bezeqint.net"]

US_CITIES = ["Austin", "Brooklyn", "Seattle", "Columbus", "San Diego", "Atlanta", "Denver", "Boston"]
US_STATES = ["TX", "NY", "WA", "OH", "CA", "GA", "CO", "MA"]
KR_CITIES = ["Seoul", "Busan", "Incheon", "Seongnam", "Daegu", "서울특별시", "부산광역시"]
IL_CITIES = ["Tel Aviv-Yafo", "Haifa", "Jerusalem", "Ra'anana", "Be'er Sheva", "תל אביב", "חיפה"]
US_STREETS = ["Maple Ave", "Congress Ave", "W 87th St", "Pine Street", "Peachtree Rd NE", "Elm Dr"]
KR_STREETS = ["테헤란로", "강남대로", "Teheran-ro", "Olympic-ro", "판교역로", "Haeundae-ro"]
IL_STREETS = ["הרצל", "Rothschild Blvd", "Derech Menachem Begin", "אבן גבירול", "Herzl St", "Ahuza St"]


def region(f: Fake) -> str:
    return f.pick(["us", "us", "kr", "il", "world"])


def first(f: Fake) -> str:
    reg = region(f)
    if reg == "kr":
        return f.pick(KR_FIRST)[1]
    if reg == "il":
        return f.pick(HE_FIRST)[1]
    if reg == "world":
        return f.pick(WORLD_FIRST)
    return f.first()


def last(f: Fake) -> str:
    reg = region(f)
    if reg == "kr":
        return f.pick(KR_LAST)[1]
    if reg == "il":
        return f.pick(HE_LAST)[1]
    if reg == "world":
        return f.pick(WORLD_LAST)
    return f.last()


def full(f: Fake) -> str:
    reg = region(f)
    if reg == "kr":
        ln, fn = f.pick(KR_LAST), f.pick(KR_FIRST)
        return f.pick([ln[0] + fn[0], f"{ln[1]} {fn[1]}", f"{fn[1]} {ln[1]}"])
    if reg == "il":
        fn, ln = f.pick(HE_FIRST), f.pick(HE_LAST)
        return f.pick([f"{fn[0]} {ln[0]}", f"{fn[1]} {ln[1]}"])
    if reg == "world":
        return f"{f.pick(WORLD_FIRST)} {f.pick(WORLD_LAST)}"
    return f.full_name()


def kr_name(f: Fake) -> str:
    return f.pick(KR_LAST)[0] + f.pick(KR_FIRST)[0]


def he_first(f: Fake) -> str:
    return f.pick(HE_FIRST)[0]


def he_last(f: Fake) -> str:
    return f.pick(HE_LAST)[0]


def email(f: Fake) -> str:
    if f.r.random() < 0.4:
        return f.email()
    user = first(f).lower().replace("-", "").replace("'", "")
    sep = f.pick([".", "_", "", ""])
    tail = f.pick([last(f).lower().replace(" ", "")[:7], str(f.r.randint(70, 2005))])
    return f"{user}{sep}{tail}@{f.pick(MAIL_DOMAINS)}"


def kr_phone(f: Fake) -> str:
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010{a}{b}"])


def il_phone(f: Fake) -> str:
    p, a, b = f.pick(["50", "52", "53", "54", "58"]), f.r.randint(100, 999), f.r.randint(1000, 9999)
    return f.pick([f"0{p}-{a}-{b}", f"+972-{p}-{a}-{b}", f"+972{p}{a}{b}", f"0{p}{a}{b}"])


def phone(f: Fake) -> str:
    reg = region(f)
    if reg == "kr":
        return kr_phone(f)
    if reg == "il":
        return il_phone(f)
    if reg == "world":
        return f.phone(f.pick(["uk", "fr", "de"]))
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def street(f: Fake) -> str:
    reg = f.pick(["us", "us", "kr", "il"])
    if reg == "kr":
        return f"{f.pick(KR_STREETS)} {f.r.randint(1, 400)}"
    if reg == "il":
        return f"{f.pick(IL_STREETS)} {f.r.randint(1, 120)}"
    return f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)}"


def city(f: Fake) -> str:
    return f.pick([f.pick(US_CITIES), f.pick(US_CITIES), f.pick(KR_CITIES), f.pick(IL_CITIES)])


def postcode(f: Fake) -> str:
    return f.pick([f.zip(), f"{f.r.randint(1000, 63999):05d}", str(f.r.randint(1000000, 9999999))])


def birthdate(f: Fake) -> str:
    y, m, d = f.r.randint(1948, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{y}.{m:02d}.{d:02d}", f"{d:02d}/{m:02d}/{y}"]
    )


GEO = {
    "us": ((30.1, 47.6), (-122.4, -71.0)),
    "kr": ((35.1, 37.6), (126.8, 129.2)),
    "il": ((31.2, 32.9), (34.7, 35.3)),
}
_geo_region = {"last": "us"}


def lat(f: Fake) -> float:
    """A latitude in the US, Korea or Israel; the next lng() call stays in the same country."""
    _geo_region["last"] = f.pick(list(GEO))
    return round(f.r.uniform(*GEO[_geo_region["last"]][0]), 6)


def lng(f: Fake) -> float:
    return round(f.r.uniform(*GEO[_geo_region["last"]][1]), 6)


def teudat_zehut(f: Fake) -> str:
    body = f"{f.r.randint(0, 39999999):08d}"
    total = 0
    for i, c in enumerate(body):
        n = int(c) * (1 + i % 2)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def iban(f: Fake, country: str) -> str:
    if country == "IL":
        bban = f"{f.r.randint(10, 31):03d}{f.r.randint(100, 999)}{f.r.randint(0, 10**13 - 1):013d}"
    elif country == "DE":
        bban = "".join(str(f.r.randint(0, 9)) for _ in range(18))
    else:
        bban = "NWBK" + "".join(str(f.r.randint(0, 9)) for _ in range(14))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return raw if f.r.random() < 0.6 else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def mbi(f: Fake) -> str:
    """Medicare Beneficiary Identifier: 11 characters, no S L O I B Z."""
    letters, digits = "ACDEFGHJKMNPQRTUVWXY", "0123456789"
    c = f.pick
    part1 = f"{c(digits[1:])}{c(letters)}{c(letters + digits)}{c(digits)}"
    part2 = f"{c(letters)}{c(letters + digits)}{c(digits)}"
    part3 = f"{c(letters)}{c(letters)}{c(digits)}{c(digits)}"
    return f"{part1}-{part2}-{part3}"


def kr_address(f: Fake, districts: list[str]) -> str:
    return f"{f.pick(districts)} {f.pick(KR_STREETS)} {f.r.randint(1, 300)}"


def compact_ts(f: Fake) -> str:
    """Korean PG style: yyyyMMddHHmmss."""
    day = f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    return f"{day}{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"


def local_ts(f: Fake) -> str:
    day = f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
    return f"{day} {f.r.randint(5, 23):02d}:{f.r.randint(0, 59):02d}:00"


def serial(f: Fake) -> str:
    return f.pick(["PW", "RG", "SC"]) + f"{f.r.randint(20, 24)}" + f.hexid(8).upper()


def b64ish(f: Fake, n: int) -> str:
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def polyline(f: Fake) -> str:
    return "".join(f.pick("_@?ABCDEFGHIJKLMNOPQRSTUVWXYZ`abcdefghijklmnopqrstuvwxyz{|}~") for _ in range(48))


def ver(f: Fake) -> str:
    return f"{f.r.randint(2, 4)}.{f.r.randint(0, 12)}.{f.r.randint(0, 9)}"


def ring_name(f: Fake) -> str:
    return f.pick(
        [f"{first(f)}'s Ring", f"{first(f)}'s Body Scan", f"{kr_name(f)}의 링", f"{first(f)} scale"]
    )


PRODUCTS = [
    ("PW-RING4-SLV", "Pulsewell Ring 4 Silver", "Rings", 349.0),
    ("PW-RING4-STL", "Pulsewell Ring 4 Stealth", "Rings", 449.0),
    ("PW-BSCAN-BLK", "Body Scan Smart Scale", "Scales", 299.95),
    ("PW-BODY-WHT", "Body+ Scale", "Scales", 99.95),
    ("PW-BPM-CNCT", "BPM Connect Monitor", "Blood pressure", 129.95),
    ("PW-SLEEP-MAT", "Sleep Analyzer Mat", "Sleep", 199.95),
    ("PW-SCAN-WTCH", "ScanWatch 2 42mm", "Watches", 349.99),
    ("PW-SIZER-KIT", "Ring Sizing Kit", "Accessories", 0.0),
    ("PW-CHRG-DOCK", "Charging Dock", "Accessories", 39.0),
]
PLANS = ["Pulsewell Membership", "Pulsewell+ Annual", "Family Plan", "Care Plan", "Free"]


def product_item():
    return {
        "product_id": G(lambda f: f.pick(PRODUCTS)[0]),
        "sku": G(lambda f: f.pick(PRODUCTS)[0] + "-" + f.pick(["6", "8", "10", "12", "US", "KR"])),
        "name": G(lambda f: f.pick(PRODUCTS)[1]),
        "category": G(lambda f: f.pick(PRODUCTS)[2]),
        "brand": G(lambda f: "Pulsewell"),
        "variant": G(lambda f: f.pick(["Size 8", "Size 11", "Silver", "Black", "Size 6"])),
        "price": G(lambda f: f.pick(PRODUCTS)[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "position": G(lambda f: f.r.randint(1, 12)),
        "url": G(lambda f: "https://shop.pulsewell.com/products/" + f.pick(PRODUCTS)[0].lower()),
        "image_url": G(lambda f: "https://cdn.pulsewell.com/p/" + f.hexid(10) + ".png"),
    }


# -- contexts of the client libraries ------------------------------------------------------------


def web_ctx(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.66.0", "next-1.70.0", "npm:next-1.72.1"])),
        },
        "page": {
            "path": G(
                lambda f: f.pick(["/", "/shop/rings", "/checkout", "/account", "/pricing", "/kr/shop"])
            ),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://search.naver.com/", "https://www.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=paid", "?ref=nav", "?lang=he"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Pulsewell | Smart Ring", "Checkout | Pulsewell", "Pricing | Pulsewell", "My account"]
                )
            ),
            "url": G(
                lambda f: (
                    "https://pulsewell.com"
                    + f.pick(["/", "/shop/rings", "/checkout", "/pricing", "/he/shop"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not_A Brand", "Whale"])),
                    "version": G(lambda f: f.pick(["124", "8", "3"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "he-IL", "ar-IL"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Asia/Seoul", "Asia/Jerusalem", "America/New_York"])
        ),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["ring4_launch", "bf_2024", "sleep_week", "mothers_day"])),
            "source": G(lambda f: f.pick(["instagram", "google", "naver", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email", "influencer"])),
            "term": G(lambda f: f.pick(["smart ring", "sleep tracker", "스마트링", "body scale"])),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "hero"])),
        },
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pulsewell"),
            "version": G(lambda f: f.pick(["5.21.0", "5.22.1", "5.23.0"])),
            "build": G(lambda f: f.pick(["52100", "52210", "52300"])),
            "namespace": G(lambda f: "com.pulsewell.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPhone13,2"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1", "1.5.9"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "he-IL"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "18.0", "17.4"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Los_Angeles", "Asia/Seoul", "Asia/Jerusalem"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "userId": G(lambda f: "usr_" + f.hexid(12)),
            "email": Y(email, "email"),
        },
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pulsewell"),
            "version": G(lambda f: f.pick(["5.21.0", "5.22.1", "5.23.0"])),
            "build": G(lambda f: f.pick(["1052100", "1052210", "1052300"])),
            "namespace": G(lambda f: "com.pulsewell.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "LGE"])),
            "model": G(lambda f: f.pick(["SM-S921N", "SM-S918B", "Pixel 8", "SM-A546E"])),
            "name": G(lambda f: f.pick(["e1q", "dm3q", "shiba", "a54x"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0", "1.15.2"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "en-US", "iw-IL"])),
        "location": {
            "latitude": Y(lat, "geolocation"),
            "longitude": Y(lng, "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.4, 2.9])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["SKTelecom", "KT", "LG U+", "Partner", "Cellcom", "T-Mobile"])),
            "bluetooth": G(lambda f: True),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "15"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Asia/Jerusalem", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 15; SM-A546E Build/AP3A.240905.015)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), "userId": G(lambda f: "usr_" + f.hexid(12))},
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pulsewell"),
            "version": G(lambda f: f.pick(["5.21.0", "5.22.1", "5.23.0"])),
            "build": G(lambda f: f.pick(["1207", "1214", "1220"])),
            "namespace": G(lambda f: f.pick(["com.pulsewell.ios", "com.pulsewell.android"])),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "SM-S911N", "Pixel 7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1", "2.18.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "18.1"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 430])),
            "height": G(lambda f: f.pick([852, 915, 932])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "he-IL"])),
        "timezone": G(lambda f: f.pick(["America/Denver", "Asia/Seoul", "Asia/Jerusalem"])),
        "traits": {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
        },
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Pulsewell Cycle"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.1", "2.5.3"])),
            "build": G(lambda f: f.pick(["240", "251", "253"])),
            "namespace": G(lambda f: "com.pulsewell.cycle"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-G991N", "2201116SG"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.0.9"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.2", "14", "13"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "ko-KR", "he-IL"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "Asia/Seoul", "Asia/Jerusalem"])),
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 360])),
            "height": G(lambda f: f.pick([844, 915, 800])),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.0"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.2"]),
}


def server_ctx(lib: str, ip: bool = False):
    def make(f: Fake):
        name, versions = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib: server_ctx(lib) for lib in SERVER_LIBS},
    **{lib + "+ip": server_ctx(lib, True) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]

# -- events: (type, event or screen/page name, clients, body) ------------------------------------

IDENTIFY = [
    (
        "identify",
        None,
        MOBILE,
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "heightCm": G(lambda f: f.r.randint(148, 198)),
            "weightUnit": G(lambda f: f.pick(["kg", "lb", "st"])),
            "createdAt": G(lambda f: f.iso()),
            "plan": G(lambda f: f.pick(PLANS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "devicesPaired": G(lambda f: f.r.randint(0, 4)),
            "avatar": Y(lambda f: "https://media.pulsewell.com/avatars/" + f.uuid() + ".jpg", "photo"),
            "age": G(lambda f: f.r.randint(18, 79)),
            "country": G(lambda f: f.pick(["US", "KR", "IL"])),
            "wheelchairMode": RED(lambda f: f.pick([True, False, False]), "disability"),
            "goalSteps": G(lambda f: f.pick([6000, 8000, 10000, 12000])),
        },
    ),
    (
        "identify",
        None,
        ["python+ip", "node+ip"],
        {
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "phone_number": Y(phone, "phone"),
            "date_of_birth": Y(birthdate, "birthdate"),
            "sex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick([*US_STATES, "Gyeonggi-do", "Central District"])),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "KR", "IL"])),
            },
            "subscription_status": G(lambda f: f.pick(["active", "trialing", "past_due", "canceled"])),
            "member_number": G(lambda f: "PW" + f.digits(9)),
            "lifetime_value": G(lambda f: f.money(0, 1400)),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "preferred_units": G(lambda f: f.pick(["metric", "imperial"])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "veteran_discount_verified": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "stripe_customer_id": G(lambda f: "cus_" + b64ish(f, 14)),
            "job_title": G(lambda f: f.pick(["Nurse", "Software Engineer", "Teacher", "Sales Manager"])),
            "employer": G(lambda f: f.pick(["Samsung SDS", "Intel Israel", "Kaiser Permanente", "Delta"])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "이름": Y(kr_name, "name"),
            "이메일": Y(email, "email"),
            "휴대폰번호": Y(kr_phone, "phone"),
            "생년월일": Y(
                lambda f: f"{f.r.randint(1955, 2005)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "성별": Y(lambda f: f.pick(["남", "여", "M", "F"]), "gender|sex"),
            "주소": Y(
                lambda f: kr_address(f, ["서울특별시 강남구", "경기도 성남시 분당구", "부산광역시 해운대구"]),
                "address",
            ),
            "회원등급": G(lambda f: f.pick(["일반", "프리미엄", "VIP"])),
            "가입일": G(lambda f: f.date(2019, 2024)),
            "마케팅수신동의": G(lambda f: f.pick(["Y", "N"])),
            "회원번호": G(lambda f: f.digits(10)),
            "카카오연동": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        {
            "שם_פרטי": Y(he_first, "name"),
            "שם_משפחה": Y(he_last, "name"),
            "טלפון_נייד": Y(il_phone, "phone"),
            "דואל": Y(email, "email"),
            "עיר": Y(lambda f: f.pick(IL_CITIES), "city"),
            "תאריך_לידה": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1950, 2005)}",
                "birthdate",
            ),
            "תעודת_זהות": RED(teudat_zehut, "national id"),
            "קופת_חולים": G(lambda f: f.pick(["כללית", "מכבי", "מאוחדת", "לאומית"])),
            "shabbat_mode": Y(lambda f: f.pick([True, False]), "religion"),
            "customer_type": G(lambda f: f.pick(["b2c", "care", "corporate"])),
            "lang": G(lambda f: f.pick(["he", "ar", "en", "ru"])),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "USER_ID": G(lambda f: "usr_" + f.hexid(12)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "HOME_POSTAL_CODE": Y(postcode, "zipcode"),
            "LTV_USD": G(lambda f: f.money(0, 2000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 9)),
            "PREDICTED_NEXT_PURCHASE": G(lambda f: f.pick(PRODUCTS)[1]),
            "HAS_ACTIVE_SUBSCRIPTION": G(lambda f: f.pick([True, False])),
            "PHONE_E164": Y(lambda f: f.pick(["+1", "+82", "+972"]) + f.digits(9), "phone"),
            "DBT_UPDATED_AT": G(lambda f: f.iso()),
        },
    ),
]

GROUP = [
    (
        "group",
        None,
        ["node", "ruby"],
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Samsung Electronics Wellness",
                        "Check Point",
                        "Hyundai Card",
                        "Acme Health Plan",
                        "Sheba Medical Center",
                    ]
                )
            ),
            "industry": G(
                lambda f: f.pick(["Technology", "Healthcare", "Financial Services", "Manufacturing"])
            ),
            "employees": G(lambda f: f.r.randint(50, 120000)),
            "plan": G(lambda f: f.pick(["Corporate Wellness", "Care Plan Clinic", "Pilot"])),
            "website": G(
                lambda f: f.pick(["https://www.samsung.com", "https://checkpoint.com", "https://sheba.co.il"])
            ),
            "createdAt": G(lambda f: f.iso()),
            "seats_purchased": G(lambda f: f.r.randint(10, 5000)),
            "account_manager": Y(full, "name"),
            "billing_email": G(
                lambda f: f.pick(
                    ["billing@checkpoint.example", "ap@samsung.example", "finance@sheba.example"]
                )
            ),
            "contract_value": G(lambda f: f.r.randint(10000, 900000)),
        },
    ),
]

DEVICE = [
    (
        "track",
        "Device Paired",
        MOBILE,
        {
            "device_type": G(lambda f: f.pick(["ring", "scale", "bpm", "sleep_mat", "watch"])),
            "device_model": G(
                lambda f: f.pick(["Ring Gen4", "Body Scan", "Body+", "BPM Connect", "ScanWatch 2"])
            ),
            "device_serial": Y(serial, "serial"),
            "bluetooth_mac": Y(lambda f: f.mac(), "mac"),
            "device_name": Y(ring_name, "name"),
            "firmware_version": G(ver),
            "pairing_method": G(lambda f: f.pick(["ble", "qr", "wifi_ap", "nfc"])),
            "pairing_duration_ms": G(lambda f: f.r.randint(2000, 90000)),
            "rssi": G(lambda f: f.r.randint(-90, -40)),
            "battery_level": G(lambda f: f.r.randint(5, 100)),
            "ring_size": G(lambda f: f.pick([6, 7, 8, 9, 10, 11, 12])),
            "is_first_device": G(lambda f: f.pick([True, False])),
            "wifi_ssid": G(lambda f: f.pick(["HomeNet", "KT_GiGA_5G", "Bezeq-NGN", "NETGEAR52"])),
            "wifi_password": RED(
                lambda f: f.pick([b64ish(f, 10), b64ish(f, 12) + "!", "kt" + f.digits(8)]), "password"
            ),
        },
    ),
    (
        "track",
        "Firmware Update Completed",
        ["go"],
        {
            "device_id": G(lambda f: "dev_" + f.hexid(16)),
            "device_serial": Y(serial, "serial"),
            "from_version": G(ver),
            "to_version": G(ver),
            "status": G(lambda f: f.pick(["success", "failed", "rolled_back"])),
            "error_code": G(lambda f: f.pick([0, 0, 17, 42, 103])),
            "duration_sec": G(lambda f: f.r.randint(40, 900)),
            "image_sha256": G(lambda f: f.hexid(64)),
            "channel": G(lambda f: f.pick(["stable", "beta", "staged_10pct"])),
            "battery_at_start": G(lambda f: f.r.randint(20, 100)),
        },
    ),
    (
        "track",
        "Device Sync Failed",
        ["go"],
        {
            "device-id": G(lambda f: "dev_" + f.hexid(16)),
            "device-serial": Y(serial, "serial"),
            "sync-attempt": G(lambda f: f.r.randint(1, 6)),
            "error-domain": G(lambda f: f.pick(["CBErrorDomain", "BLE_GATT", "HTTP"])),
            "error-message": G(
                lambda f: f.pick(["Peripheral disconnected", "GATT 133", "timeout after 30s", "503 upstream"])
            ),
            "x-forwarded-for": Y(
                lambda f: f"{f.ipv4()}, 10.{f.r.randint(0, 255)}.{f.r.randint(0, 255)}.{f.r.randint(1, 254)}",
                "ip",
            ),
            "gateway-region": G(lambda f: f.pick(["us-east-1", "ap-northeast-2", "il-central-1"])),
        },
    ),
    (
        "track",
        "Scale User Assigned",
        ["python"],
        {
            "measurement_id": G(lambda f: f.digits(11)),
            "scale_serial": Y(serial, "serial"),
            "candidates": Many(
                {
                    "user_id": G(lambda f: "usr_" + f.hexid(12)),
                    "display_name": Y(first, "name"),
                    "last_weight_kg": RED(lambda f: round(f.r.uniform(45, 130), 1), "health"),
                    "slot": G(lambda f: f.r.randint(1, 8)),
                },
                4,
            ),
            "assigned_by": G(lambda f: f.pick(["auto", "user", "timeout"])),
            "guest_mode": G(lambda f: f.pick([True, False])),
        },
    ),
]

HEALTH = [
    (
        "track",
        "Weight Measured",
        ["swift", "kotlin"],
        {
            "measurementId": G(lambda f: f.digits(11)),
            "measuredAt": G(lambda f: f.epoch_ms()),
            "weightKg": RED(lambda f: round(f.r.uniform(42, 140), 2), "health"),
            "fatMassPct": RED(lambda f: round(f.r.uniform(8, 45), 1), "health"),
            "muscleMassKg": RED(lambda f: round(f.r.uniform(25, 75), 1), "health"),
            "boneMassKg": RED(lambda f: round(f.r.uniform(2, 4.5), 2), "health"),
            "hydrationPct": RED(lambda f: round(f.r.uniform(45, 65), 1), "health"),
            "visceralFatIndex": RED(lambda f: f.r.randint(1, 20), "health"),
            "bmi": RED(lambda f: round(f.r.uniform(17, 41), 1), "health"),
            "unit": G(lambda f: f.pick(["kg", "lb", "st"])),
            "deviceModel": G(lambda f: f.pick(["Body Scan", "Body+", "Body Comp"])),
            "athleteMode": G(lambda f: f.pick([True, False])),
            "pregnancyMode": Y(lambda f: f.pick([True, False, False]), "condition"),
            "userSlot": G(lambda f: f.r.randint(1, 8)),
            "source": G(lambda f: f.pick(["scale", "manual", "apple_health", "samsung_health"])),
            "measurementsThisWeek": G(lambda f: f.r.randint(0, 14)),
        },
    ),
    (
        "track",
        "체성분 측정",
        ["java"],
        {
            "측정ID": G(lambda f: f.digits(12)),
            "체중": RED(lambda f: round(f.r.uniform(42, 110), 1), "health"),
            "체지방률": RED(lambda f: round(f.r.uniform(8, 40), 1), "health"),
            "골격근량": RED(lambda f: round(f.r.uniform(18, 45), 1), "health"),
            "측정일시": G(local_ts),
            "기기모델": G(lambda f: f.pick(["Body Scan", "Body+"])),
            "기기시리얼": Y(serial, "serial"),
            "단위": G(lambda f: "kg"),
            "연속측정일수": G(lambda f: f.r.randint(0, 200)),
        },
    ),
    (
        "track",
        "Sleep Session Synced",
        ["kotlin", "swift"],
        {
            "sleep_id": G(lambda f: f.uuid()),
            "bedtime_start": G(lambda f: f.iso()),
            "bedtime_end": G(lambda f: f.iso()),
            "deep_sleep_min": RED(lambda f: f.r.randint(20, 140), "health"),
            "rem_sleep_min": RED(lambda f: f.r.randint(30, 150), "health"),
            "light_sleep_min": RED(lambda f: f.r.randint(120, 300), "health"),
            "awake_min": RED(lambda f: f.r.randint(5, 90), "health"),
            "lowest_heart_rate": RED(lambda f: f.r.randint(38, 72), "health"),
            "average_hrv": RED(lambda f: f.r.randint(12, 140), "health"),
            "respiratory_rate": RED(lambda f: round(f.r.uniform(11, 20), 1), "health"),
            "temperature_deviation": RED(lambda f: round(f.r.uniform(-1.2, 1.6), 2), "health"),
            "breathing_disturbance_index": RED(lambda f: round(f.r.uniform(0, 22), 1), "health"),
            "sleep_score": G(lambda f: f.r.randint(40, 98)),
            "readiness_score": G(lambda f: f.r.randint(35, 99)),
            "nap": G(lambda f: f.pick([True, False])),
            "sync_source": G(lambda f: f.pick(["ring", "sleep_mat", "watch"])),
            "stages_count": G(lambda f: f.r.randint(12, 60)),
        },
    ),
    (
        "track",
        "Heart Rate Alert Triggered",
        ["node"],
        {
            "alertId": G(lambda f: f.uuid()),
            "alertType": Y(
                lambda f: f.pick(["high_heart_rate", "low_heart_rate", "irregular_rhythm"]), "condition"
            ),
            "peakBpm": RED(lambda f: f.r.randint(35, 190), "health"),
            "thresholdBpm": G(lambda f: f.pick([40, 50, 100, 120, 150])),
            "durationSec": G(lambda f: f.r.randint(600, 3600)),
            "atRest": G(lambda f: f.pick([True, False])),
            "notifiedCaregivers": G(lambda f: f.r.randint(0, 3)),
            "detectedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "ECG Recorded",
        ["swift", "rn"],
        {
            "ecg_id": G(lambda f: f.uuid()),
            "classification": Y(
                lambda f: f.pick(
                    [
                        "sinus_rhythm",
                        "atrial_fibrillation",
                        "inconclusive",
                        "high_heart_rate",
                        "poor_recording",
                    ]
                ),
                "diagnosis|condition",
            ),
            "average_bpm": RED(lambda f: f.r.randint(48, 140), "health"),
            "duration_sec": G(lambda f: 30),
            "lead": G(lambda f: f.pick(["I", "II", "single"])),
            "sample_rate_hz": G(lambda f: f.pick([300, 500, 512])),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(
                        ["palpitations", "dizziness", "chest_tightness", "shortness_of_breath", "fatigue"]
                    ),
                    "condition",
                ),
                2,
            ),
            "shared_with_doctor": G(lambda f: f.pick([True, False])),
            "pdf_generated": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Blood Oxygen Measured",
        ["swift", "kotlin"],
        {
            "reading_id": G(lambda f: f.digits(10)),
            "spo2_pct": RED(lambda f: f.r.randint(86, 100), "health"),
            "confidence": G(lambda f: f.pick(["high", "medium", "low"])),
            "mode": G(lambda f: f.pick(["spot_check", "overnight", "altitude"])),
            "wrist": G(lambda f: f.pick(["left", "right"])),
            "measured_at": G(lambda f: f.iso()),
            "altitude_m": G(lambda f: f.r.randint(0, 2800)),
        },
    ),
    (
        "track",
        "Blood Pressure Measured",
        ["kotlin", "swift", "rn"],
        {
            "measurementId": G(lambda f: f.digits(11)),
            "systolic": RED(lambda f: f.r.randint(95, 185), "health"),
            "diastolic": RED(lambda f: f.r.randint(55, 115), "health"),
            "pulse": RED(lambda f: f.r.randint(48, 120), "health"),
            "hypertensionStage": Y(
                lambda f: f.pick(["normal", "elevated", "stage_1", "stage_2", "crisis"]),
                "diagnosis|condition",
            ),
            "arm": G(lambda f: f.pick(["left", "right"])),
            "cuffSize": G(lambda f: f.pick(["S", "M", "L"])),
            "readingsInSeries": G(lambda f: f.pick([1, 3])),
            "measuredAt": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Symptom Radar Updated",
        ["node"],
        {
            "user_id": G(lambda f: "usr_" + f.hexid(12)),
            "illness_signal": Y(lambda f: f.pick(["no_signs", "minor_signs", "major_signs"]), "condition"),
            "signal_days": G(lambda f: f.r.randint(0, 5)),
            "contributors": Many(
                G(lambda f: f.pick(["temperature", "hrv", "resting_hr", "respiratory_rate"])), 3
            ),
            "notification_sent": G(lambda f: f.pick([True, False])),
            "model_version": G(lambda f: f.pick(["sr-2.1.0", "sr-2.2.0", "sr-2.2.1"])),
        },
    ),
    (
        "track",
        "Cycle Logged",
        ["flutter"],
        {
            "entry_id": G(lambda f: f.uuid()),
            "period_start_date": RED(lambda f: f.date(2024, 2024), "health"),
            "cycle_length_days": RED(lambda f: f.r.randint(21, 38), "health"),
            "flow": RED(lambda f: f.pick(["spotting", "light", "medium", "heavy"]), "health"),
            "basal_temp_c": RED(lambda f: round(f.r.uniform(36.1, 37.3), 2), "health"),
            "symptoms": Many(
                Y(
                    lambda f: f.pick(["cramps", "headache", "bloating", "acne", "tender_breasts"]),
                    "condition",
                ),
                3,
            ),
            "trying_to_conceive": Y(lambda f: f.pick([True, False]), "condition"),
            "pregnancy_test": Y(lambda f: f.pick(["positive", "negative", "not_taken"]), "condition"),
            "cycle_day": RED(lambda f: f.r.randint(1, 35), "health"),
            "logged_via": G(lambda f: f.pick(["calendar", "reminder", "widget"])),
            "predictions_enabled": G(lambda f: f.pick([True, False])),
            "app_lock_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Reminder Set",
        ["flutter", "swift"],
        {
            "reminder_id": G(lambda f: f.uuid()),
            "medication_name": Y(
                lambda f: f.pick(
                    ["Levothyroxine 50mcg", "Metformin", "Eliquis", "Lisinopril 10 mg", "Ortho Tri-Cyclen"]
                ),
                "medication",
            ),
            "rx_number": Y(lambda f: f"RX{f.digits(7)}", "medication"),
            "pharmacy_name": G(
                lambda f: f.pick(["CVS Pharmacy #4312", "Walgreens", "Super-Pharm Dizengoff", "온누리약국"])
            ),
            "pharmacy_phone": G(lambda f: f.pick(["(512) 555-0143", "03-5271122", "02-555-0199"])),
            "times_per_day": G(lambda f: f.pick([1, 2, 3])),
            "reminder_time": G(lambda f: f.pick(["08:00", "21:30", "07:15", "13:00"])),
            "refill_alert": G(lambda f: f.pick([True, False])),
        },
    ),
]

WORKOUT = [
    (
        "track",
        "Workout Completed",
        ["rn", "kotlin"],
        {
            "workoutId": G(lambda f: f.uuid()),
            "activityType": G(lambda f: f.pick(["run", "walk", "cycle", "hike", "swim"])),
            "durationSec": G(lambda f: f.r.randint(600, 9000)),
            "distanceM": G(lambda f: f.r.randint(500, 42195)),
            "calories": G(lambda f: f.r.randint(50, 1800)),
            "avgPaceSecPerKm": G(lambda f: f.r.randint(180, 720)),
            "avgHeartRate": RED(lambda f: f.r.randint(90, 175), "health"),
            "maxHeartRate": RED(lambda f: f.r.randint(130, 199), "health"),
            "elevationGainM": G(lambda f: f.r.randint(0, 900)),
            "cadence": G(lambda f: f.r.randint(140, 190)),
            "startLat": Y(lat, "geolocation"),
            "startLng": Y(lng, "geolocation"),
            "routePolyline": Y(polyline, "geolocation"),
            "city": Y(city, "city"),
            "weatherTempC": G(lambda f: f.r.randint(-5, 36)),
            "autoDetected": G(lambda f: f.pick([True, False])),
            "shoeName": G(lambda f: f.pick(["Pegasus 40", "Gel-Kayano 30", "Clifton 9", "Novablast 4"])),
        },
    ),
    (
        "track",
        "Workout Shared",
        ["rn"],
        {
            "workoutId": G(lambda f: f.uuid()),
            "shareTarget": G(lambda f: f.pick(["instagram_story", "kakaotalk", "whatsapp", "strava"])),
            "includeMap": G(lambda f: f.pick([True, False])),
            "caption": G(
                lambda f: f.pick(
                    ["Morning 10k done!", "새벽 러닝 🏃", "Sunset ride", "ריצה בפארק הירקון", "PB!!"]
                )
            ),
            "privacyZoneEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency SOS Triggered",
        ["swift", "kotlin"],
        {
            "sos_id": G(lambda f: f.uuid()),
            "trigger": G(lambda f: f.pick(["fall_detected", "button_hold", "crash"])),
            "location": {
                "lat": Y(lat, "geolocation"),
                "lng": Y(lng, "geolocation"),
                "accuracy_m": G(lambda f: f.r.randint(3, 80)),
            },
            "emergency_contact_phone": Y(phone, "phone"),
            "emergency_contact_name": Y(full, "name"),
            "secondary_contact": {
                "name": Y(full, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "neighbor", "son", "daughter"])),
            },
            "contacts_notified": G(lambda f: f.r.randint(0, 3)),
            "cancelled_by_user": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Home Location Set",
        ["kotlin"],
        {
            "source": G(lambda f: f.pick(["auto_sleep", "manual", "onboarding"])),
            "home_lat": Y(lat, "geolocation"),
            "home_lon": Y(lng, "geolocation"),
            "radius_m": G(lambda f: f.pick([100, 200, 500])),
            "bedtime_detection": G(lambda f: f.pick([True, False])),
        },
    ),
]

FAMILY = [
    (
        "track",
        "Caregiver Invited",
        ["swift", "rn"],
        {
            "inviteId": G(lambda f: f.uuid()),
            "caregiverName": Y(full, "name"),
            "caregiverEmail": Y(email, "email"),
            "caregiverPhone": Y(phone, "phone"),
            "relationship": G(lambda f: f.pick(["daughter", "son", "spouse", "nurse", "parent", "friend"])),
            "permissions": Many(
                G(lambda f: f.pick(["heart_rate", "sleep", "weight", "location", "alerts"])), 4
            ),
            "inviteCode": RED(lambda f: f"{f.r.randint(100000, 999999)}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email", "kakaotalk", "link"])),
            "expiresInHours": G(lambda f: f.pick([24, 48, 72])),
        },
    ),
    (
        "track",
        "Family Member Added",
        ["kotlin", "swift"],
        {
            "household_id": G(lambda f: "hh_" + f.hexid(10)),
            "member": {
                "first_name": Y(first, "name"),
                "birth_year": Y(lambda f: f.r.randint(1935, 2020), "birthdate"),
                "relationship": G(lambda f: f.pick(["child", "partner", "parent", "grandparent"])),
                "avatar_url": Y(
                    lambda f: "https://media.pulsewell.com/avatars/" + f.uuid() + ".jpg", "photo"
                ),
                "height_cm": G(lambda f: f.r.randint(80, 195)),
                "is_minor": G(lambda f: f.pick([True, False])),
            },
            "profile_slot": G(lambda f: f.r.randint(2, 8)),
            "plan": G(lambda f: f.pick(PLANS)),
            "members_count": G(lambda f: f.r.randint(2, 6)),
        },
    ),
    (
        "track",
        "Caregiver Note Added",
        ["rn"],
        {
            "patient_user_id": G(lambda f: "usr_" + f.hexid(12)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Called {first(f)} about the missed readings",
                        f"{first(f)} says the ring is too tight at night",
                        f"Reminded {first(f)} to charge the scale",
                        f"{full(f)} will visit on Sunday",
                    ]
                ),
                "name",
                True,
            ),
            "visibility": G(lambda f: f.pick(["care_team", "private"])),
            "pinned": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "מטפל נוסף",
        ["php"],
        {
            "מזהה_הזמנה": G(lambda f: f.uuid()),
            "שם_המטפל": Y(lambda f: f"{he_first(f)} {he_last(f)}", "name"),
            "טלפון_המטפל": Y(il_phone, "phone"),
            "קרבה": G(lambda f: f.pick(["בן", "בת", "בן/בת זוג", "מטפלת", "הורה"])),
            "הרשאות": Many(G(lambda f: f.pick(["דופק", "שינה", "משקל", "התראות"])), 3),
        },
    ),
    (
        "track",
        "Caregiver Access Granted",
        ["ruby"],
        {
            "grant_id": G(lambda f: "grt_" + f.hexid(12)),
            "caregiver_email": Y(email, "email"),
            "patient_name": Y(full, "name"),
            "patient_birthdate": Y(birthdate, "birthdate"),
            "scope": G(lambda f: f.pick(["read_vitals", "read_all", "alerts_only"])),
            "expires_at": G(lambda f: f.iso()),
            "granted_via": G(lambda f: f.pick(["app", "clinic_portal", "support"])),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["rn"],
        {
            "petName": G(lambda f: f.pick(["Bamboo", "Kimchi", "Luna", "Shoko", "Max"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "petWeightKg": G(lambda f: round(f.r.uniform(2, 40), 1)),
            "breed": G(lambda f: f.pick(["Jindo", "Canaanite", "Labrador", "Maltese"])),
            "walkGoalMin": G(lambda f: f.pick([30, 45, 60])),
        },
    ),
    (
        "track",
        "Report Shared With Clinician",
        ["node"],
        {
            "report_id": G(lambda f: f.uuid()),
            "report_type": G(lambda f: f.pick(["ecg_pdf", "bp_30d", "sleep_90d", "weight_trend"])),
            "period_days": G(lambda f: f.pick([7, 30, 90])),
            "clinician_name": Y(lambda f: "Dr. " + full(f), "name"),
            "clinician_email": Y(email, "email"),
            "clinic_name": G(
                lambda f: f.pick(
                    ["Sheba Cardiology", "Samsung Medical Center", "Austin Heart", "Clalit Ramat Aviv"]
                )
            ),
            "clinic_phone": G(lambda f: f.pick(["(512) 555-0100", "03-530-3030", "02-3410-2114"])),
            "patient_mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "link_expires_at": G(lambda f: f.iso()),
            "share_link_token": RED(lambda f: b64ish(f, 32), "token"),
        },
    ),
    (
        "track",
        "Insurance Benefit Linked",
        ["python"],
        {
            "insurer": G(
                lambda f: f.pick(["UnitedHealthcare", "Aetna", "Cigna", "Humana", "Medicare Advantage"])
            ),
            "member_id": Y(lambda f: f.pick(["W", "U", "XJ"]) + f.digits(9), "identification"),
            "group_number": G(lambda f: f.digits(6)),
            "subscriber_name": Y(full, "name"),
            "subscriber_dob": Y(birthdate, "birthdate"),
            "relationship_to_subscriber": G(lambda f: f.pick(["self", "spouse", "child"])),
            "medicare_mbi": RED(mbi, "health id"),
            "hsa_eligible": G(lambda f: f.pick([True, False])),
            "eligibility_status": G(lambda f: f.pick(["eligible", "pending", "not_found"])),
        },
    ),
    (
        "track",
        "Wellness Eligibility Verified",
        ["java"],
        {
            "employerId": G(lambda f: "emp_" + f.digits(5)),
            "employeeId": G(lambda f: f.digits(7)),
            "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "dateOfBirth": Y(birthdate, "birthdate"),
            "zip": Y(lambda f: f.zip(), "zipcode"),
            "hourlyRate": Y(lambda f: f.money(15, 85), "salary"),
            "verified": G(lambda f: f.pick([True, False])),
            "rewardTier": G(lambda f: f.pick(["bronze", "silver", "gold"])),
        },
    ),
]

COMMERCE = [
    (
        "track",
        "Products Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(["ring size 8", "scale", "blood pressure monitor", "스마트링", "טבעת חכמה"])
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "rn"],
        {
            **product_item(),
            "currency": G(lambda f: f.pick(["USD", "KRW", "ILS"])),
            "value": G(lambda f: f.pick(PRODUCTS)[3]),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in product_item().items()
                if k in ("product_id", "sku", "name", "price", "quantity", "variant")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(40, 900)),
            "revenue": G(lambda f: f.money(40, 900)),
            "shipping": G(lambda f: f.pick([0.0, 9.95, 14.95])),
            "tax": G(lambda f: f.money(0, 70)),
            "discount": G(lambda f: f.pick([0, 20, 50])),
            "coupon": G(lambda f: f.pick(["", "SLEEP20", "HSA-FSA", "MOM24"])),
            "currency": G(lambda f: f.pick(["USD", "KRW", "ILS"])),
            "products": Many(product_item()),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal", "hsa_card", "kakaopay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "isracard"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["411111", "542418", "376211", "458011"])),
            "card_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "payment_method_id": RED(lambda f: "pm_" + b64ish(f, 24), "token"),
            "billing_address": {
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "KR", "IL"])),
            },
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "order_number": G(lambda f: f"PW-{f.r.randint(2024000, 2024999)}"),
            "affiliation": G(lambda f: f.pick(["pulsewell.com", "Pulsewell KR Store", "Amazon"])),
            "total": G(lambda f: f.money(40, 900)),
            "subtotal": G(lambda f: f.money(40, 900)),
            "tax": G(lambda f: f.money(0, 70)),
            "currency": G(lambda f: f.pick(["USD", "KRW", "ILS"])),
            "products": Many(product_item()),
            "email": Y(email, "email"),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 1203", "Floor 3", "101동 1502호", "דירה 7"]),
                    "address|street",
                ),
                "city": Y(city, "city"),
                "state": G(lambda f: f.pick([*US_STATES, "Seoul", "Tel Aviv District"])),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["US", "KR", "IL"])),
                "phone": Y(phone, "phone"),
            },
            "is_gift": G(lambda f: f.pick([True, False])),
            "shipping_method": G(
                lambda f: f.pick(["ups_ground", "cj_logistics", "israel_post_express", "fedex_2day"])
            ),
            "hsa_fsa_used": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "주문 완료",
        ["java"],
        {
            "주문번호": G(lambda f: f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}-{f.digits(7)}"),
            "결제금액": G(lambda f: f.pick([399000, 459000, 129000, 89000])),
            "결제수단": G(lambda f: f.pick(["카드", "카카오페이", "네이버페이", "토스페이"])),
            "카드사": G(lambda f: f.pick(["신한카드", "삼성카드", "현대카드", "KB국민카드"])),
            "할부개월": G(lambda f: f.pick([0, 2, 3, 6, 12])),
            "승인번호": G(lambda f: f.digits(8)),
            "주문자명": Y(kr_name, "name"),
            "주문자이메일": Y(email, "email"),
            "수령인": Y(kr_name, "name"),
            "연락처": Y(kr_phone, "phone"),
            "배송지": Y(
                lambda f: (
                    kr_address(f, ["서울특별시 마포구", "경기도 수원시 영통구", "인천광역시 연수구"])
                    + f", {f.r.randint(101, 120)}동 {f.r.randint(101, 2204)}호"
                ),
                "address",
            ),
            "우편번호": Y(lambda f: f"{f.r.randint(1000, 63999):05d}", "zipcode"),
            "배송메모": G(
                lambda f: f.pick(["문 앞에 놓아주세요", "경비실에 맡겨주세요", "배송 전 연락 바랍니다", ""])
            ),
            "상품명": G(lambda f: f.pick(PRODUCTS)[1]),
        },
    ),
    (
        "track",
        "הזמנה הושלמה",
        ["php"],
        {
            "מספר_הזמנה": G(lambda f: f"IL{f.digits(8)}"),
            "סכום": G(lambda f: f.pick([1290.0, 1590.0, 449.0, 349.0])),
            "מטבע": G(lambda f: "ILS"),
            "שם_מקבל": Y(lambda f: f"{he_first(f)} {he_last(f)}", "name"),
            "טלפון": Y(il_phone, "phone"),
            "כתובת": Y(
                lambda f: f.pick(["הרצל", "ויצמן", "ז'בוטינסקי", "הנביאים"]) + f" {f.r.randint(1, 120)}",
                "address|street",
            ),
            "עיר": Y(lambda f: f.pick(IL_CITIES), "city"),
            "מיקוד": Y(lambda f: str(f.r.randint(1000000, 9999999)), "zipcode"),
            "תשלומים": G(lambda f: f.pick([1, 3, 6, 12])),
            "ת_ז_בעל_הכרטיס": RED(teudat_zehut, "national id"),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Gift Subscription Purchased",
        ["web"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "plan_name": G(lambda f: f.pick(PLANS[:4])),
            "months": G(lambda f: f.pick([6, 12, 24])),
            "recipient_name": Y(full, "name"),
            "recipient_email": Y(email, "email"),
            "send_on": G(lambda f: f.date(2024, 2025)),
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {first(f)}! Sleep well x",
                        f"For {first(f)} - no more excuses for the 6am runs :)",
                        f"{first(f)}, mazal tov on the new job!",
                        f"{kr_name(f)}님 생일 축하해요!",
                    ]
                ),
                "name",
                True,
            ),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["dotnet"],
        {
            "OrderId": G(lambda f: "ord_" + f.hexid(16)),
            "RefundId": G(lambda f: "re_" + b64ish(f, 24)),
            "RefundAmount": G(lambda f: f.money(20, 500)),
            "Currency": G(lambda f: f.pick(["USD", "ILS", "KRW"])),
            "Reason": G(lambda f: f.pick(["requested_by_customer", "duplicate", "defective"])),
            "RefundIban": RED(lambda f: iban(f, f.pick(["IL", "IL", "DE", "GB"])), "bank account"),
            "AccountHolderName": Y(full, "name"),
            "BankCode": G(lambda f: f.pick(["012", "010", "020", "031"])),
            "ProcessedBy": Y(full, "name"),
        },
    ),
    (
        "track",
        "Return Requested",
        ["ruby"],
        {
            "rma_number": G(lambda f: "RMA" + f.digits(7)),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "device_serial": Y(serial, "serial"),
            "reason": G(lambda f: f.pick(["wrong_size", "battery", "skin_irritation", "not_as_expected"])),
            "pickup_address": Y(lambda f: f"{street(f)}, {city(f)}", "address"),
            "contact_phone": Y(phone, "phone"),
            "label_url": G(lambda f: "https://returns.pulsewell.com/labels/" + f.hexid(12) + ".pdf"),
            "refund_method": G(lambda f: f.pick(["original_payment", "store_credit"])),
        },
    ),
]

SUBSCRIPTION = [
    (
        "track",
        "Subscription Started",
        ["python"],
        {
            "subscription_id": G(lambda f: "sub_" + b64ish(f, 14)),
            "plan_id": G(lambda f: f.pick(["price_monthly_599", "price_annual_6999", "price_family_1299"])),
            "plan_name": G(lambda f: f.pick(PLANS[:4])),
            "billing_period": G(lambda f: f.pick(["month", "year"])),
            "price": G(lambda f: f.pick([5.99, 69.99, 12.99, 7900])),
            "currency": G(lambda f: f.pick(["USD", "KRW", "ILS"])),
            "trial_days": G(lambda f: f.pick([0, 30])),
            "payment_method": {
                "id": RED(lambda f: "pm_" + b64ish(f, 24), "token"),
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
                "country": G(lambda f: f.pick(["US", "KR", "IL"])),
            },
            "apple_app_account_token": G(lambda f: f.uuid()),
            "promo_code": G(lambda f: f.pick(["", "RING4FREE", "ANNUAL20", "HEROES"])),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["python", "node"],
        {
            "subscription_id": G(lambda f: "sub_" + b64ish(f, 14)),
            "plan_name": G(lambda f: f.pick(PLANS[:4])),
            "cancel_reason": G(lambda f: f.pick(["too_expensive", "not_using", "switched", "device_broken"])),
            "cancel_feedback": G(
                lambda f: f.pick(
                    [
                        "Too pricey for what it does",
                        "I stopped wearing it",
                        "",
                        "Battery died too fast",
                        "배터리가 너무 빨리 닳아요",
                    ]
                )
            ),
            "months_active": G(lambda f: f.r.randint(1, 40)),
            "winback_offer_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ["dotnet"],
        {
            "InvoiceNumber": G(lambda f: f"INV-{f.r.randint(2024, 2025)}-{f.digits(6)}"),
            "AmountPaid": G(lambda f: f.money(5, 900)),
            "Currency": G(lambda f: f.pick(["USD", "ILS", "KRW"])),
            "CustomerEmail": Y(email, "email"),
            "BillingName": Y(full, "name"),
            "BillingAddress": Y(lambda f: f"{street(f)}, {city(f)} {postcode(f)}", "address"),
            "PaymentIntentStatus": G(lambda f: f.pick(["succeeded", "processing", "requires_action"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "PeriodStart": G(lambda f: f.iso()),
            "PeriodEnd": G(lambda f: f.iso()),
            "Attempts": G(lambda f: f.r.randint(1, 4)),
            "TaxRate": G(lambda f: f.pick([0.0, 0.0825, 0.1, 0.17])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["ruby"],
        {
            "invoice_id": G(lambda f: "in_" + b64ish(f, 24)),
            "failure_code": G(lambda f: f.pick(["card_declined", "insufficient_funds", "expired_card"])),
            "decline_code": G(lambda f: f.pick(["do_not_honor", "generic_decline", "lost_card"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "retry_at": G(lambda f: f.iso()),
            "dunning_step": G(lambda f: f.r.randint(1, 4)),
        },
    ),
]

ACCOUNT = [
    (
        "track",
        "Signed In",
        [*MOBILE, "web"],
        {
            "method": G(lambda f: f.pick(["password", "apple", "google", "kakao", "magic_link"])),
            "email": Y(email, "email"),
            "mfa_method": G(lambda f: f.pick(["none", "sms", "totp"])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "remember_me": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        MOBILE,
        {
            "channel": G(lambda f: f.pick(["sms", "email", "kakao_alimtalk"])),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_country_code": G(lambda f: f.pick(["+1", "+82", "+972"])),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kakao Login Completed",
        ["rn", "kotlin"],
        {
            "kakao_id": G(lambda f: f.r.randint(10**9, 4 * 10**9)),
            "nickname": Y(lambda f: f.pick([kr_name(f), f.pick(KR_FIRST)[0], f.pick(KR_FIRST)[1]]), "name"),
            "profile_image_url": Y(
                lambda f: "http://k.kakaocdn.net/dn/" + b64ish(f, 10) + "/img_640x640.jpg", "photo"
            ),
            "age_range": G(lambda f: f.pick(["20~29", "30~39", "40~49", "50~59"])),
            "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}", "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "has_email": G(lambda f: f.pick([True, False])),
            "is_new_user": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "본인인증 완료",
        ["java"],
        {
            "인증수단": G(lambda f: f.pick(["PASS", "휴대폰", "카카오인증", "토스인증"])),
            "이름": Y(kr_name, "name"),
            "생년월일": Y(
                lambda f: f"{f.r.randint(1955, 2005)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "휴대폰번호": Y(kr_phone, "phone"),
            "통신사": G(lambda f: f.pick(["SKT", "KT", "LGU+", "SKT알뜰폰"])),
            "내외국인": Y(lambda f: f.pick(["내국인", "외국인"]), "citizenship"),
            "ci": RED(lambda f: b64ish(f, 86) + "==", "national id"),
            "인증일시": G(compact_ts),
            "성인여부": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["node+ip"],
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_at": G(lambda f: f.iso()),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "token_ttl_min": G(lambda f: f.pick([15, 30, 60])),
        },
    ),
    (
        "track",
        "Deep Link Opened",
        ["swift", "kotlin"],
        {
            "link": RED(
                lambda f: f"https://app.pulsewell.com/auth/magic?token={b64ish(f, 40)}&uid={f.hexid(8)}",
                "token",
                True,
            ),
            "source_app": G(
                lambda f: f.pick(
                    [
                        "com.google.Gmail",
                        "com.apple.mobilemail",
                        "com.nhn.android.mail",
                        "com.samsung.android.email",
                    ]
                )
            ),
            "cold_start": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Push Token Registered",
        ["swift", "kotlin"],
        {
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), b64ish(f, 22) + ":APA91b" + b64ish(f, 134)]), "token"
            ),
            "notifications_authorized": G(lambda f: f.pick([True, False])),
            "sound_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        MOBILE,
        {
            "field": {
                "name": G(lambda f: f.pick(["email", "phone"])),
                "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            },
            "previous_value_set": G(lambda f: f.pick([True, False])),
            "screen": G(lambda f: f.pick(["settings_account", "onboarding_contact"])),
        },
    ),
    (
        "track",
        "Contact Picked",
        ["swift"],
        {
            "purpose": G(lambda f: f.pick(["caregiver_invite", "emergency_contact", "referral"])),
            "label": Y(full, "name", True),
            "input": Y(phone, "phone", True),
            "contacts_permission": G(lambda f: f.pick(["full", "limited", "denied"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["rn", "web"],
        {
            "referral_code": G(lambda f: f.pick(["JANE-4K2", "MINJUN10", "NOA-PW", "RUN2024"])),
            "referee_email": Y(email, "email"),
            "referee_name": Y(first, "name"),
            "channel": G(lambda f: f.pick(["email", "sms", "kakaotalk", "whatsapp"])),
            "reward_amount": G(lambda f: f.pick([25, 50, 30000, 100])),
        },
    ),
    (
        "track",
        "Data Export Requested",
        ["python"],
        {
            "export_id": G(lambda f: f.uuid()),
            "format": G(lambda f: f.pick(["csv", "json", "fhir"])),
            "include_raw": G(lambda f: f.pick([True, False])),
            "delivery_email": Y(email, "email"),
            "date_range_days": G(lambda f: f.pick([30, 365, 0])),
        },
    ),
    (
        "track",
        "Account Deleted",
        ["go"],
        {
            "reason": G(lambda f: f.pick(["privacy", "not_using", "duplicate_account", "other"])),
            "data_retention_days": G(lambda f: f.pick([0, 30])),
            "had_subscription": G(lambda f: f.pick([True, False])),
            "email_hash": G(lambda f: f.hexid(64)),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Ring won't charge",
                            "Scale shows wrong weight",
                            "Refund request",
                            "반지 사이즈 교환",
                            "בעיה בסנכרון",
                        ]
                    )
                ),
                "description": Y(
                    lambda f: f.pick(
                        [
                            f"Please call me back on {phone(f)}, the ring stopped syncing",
                            f"My account email changed to {email(f)}, can you update it?",
                            f"Order for {full(f)} arrived damaged",
                            f"Hi, it's {first(f)}. The scale is stuck on the logo",
                        ]
                    ),
                    "phone|email|name",
                    True,
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "tags": Many(G(lambda f: f.pick(["ring", "sync", "billing", "rma", "kr", "il"])), 3),
                "via": {"channel": G(lambda f: f.pick(["web", "email", "chat", "api"]))},
            },
            "requester": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "locale": G(lambda f: f.pick(["en-US", "ko", "he"])),
            },
            "assignee": {
                "name": Y(full, "name"),
                "group": G(lambda f: f.pick(["Tier 1", "Devices", "Billing", "KR Support"])),
            },
            "support_email": G(
                lambda f: f.pick(
                    ["support@pulsewell.com", "help.kr@pulsewell.com", "support-il@pulsewell.com"]
                )
            ),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["node"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "author_type": G(lambda f: f.pick(["user", "admin", "bot"])),
            "text": G(
                lambda f: f.pick(
                    [
                        "Hi! My ring isn't syncing",
                        "thanks that worked",
                        "How do I change my plan?",
                        "링이 충전이 안돼요",
                        "תודה רבה!",
                    ]
                )
            ),
            "part_type": G(lambda f: f.pick(["comment", "note", "assignment"])),
            "admin_name": Y(
                lambda f: (
                    f.pick(["Dana", "Jiwoo", "Marcus", "Reut", "Hyejin"])
                    + " "
                    + f.pick(["from Pulsewell", "K.", "L."])
                ),
                "name",
            ),
            "sentiment": G(lambda f: f.pick(["positive", "neutral", "negative"])),
        },
    ),
    (
        "track",
        "Support Agent Lookup",
        ["node"],
        {
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
            "tool": G(lambda f: f.pick(["admin_console", "zendesk_app"])),
        },
    ),
    (
        "track",
        "Inbound Call Completed",
        ["go"],
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": Y(phone, "phone", True),
            "To": G(lambda f: f.pick(["+18885550147", "+82215880000", "+97235550123"])),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: f.r.randint(0, 1800)),
            "Direction": G(lambda f: "inbound"),
            "CallerCountry": G(lambda f: f.pick(["US", "KR", "IL"])),
            "RecordingUrl": G(
                lambda f: (
                    "https://api.twilio.com/2010-04-01/Accounts/AC"
                    + f.hexid(8)
                    + "/Recordings/RE"
                    + f.hexid(32)
                )
            ),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        MOBILE,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Love the sleep insights",
                        "Sync is slow",
                        "수면 분석이 좋아요",
                        "",
                        "Battery life could be better",
                    ]
                )
            ),
            "prompted": G(lambda f: f.pick([True, False])),
            "days_since_install": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "track",
        "Research Study Enrolled",
        ["web", "swift"],
        {
            "study_id": G(lambda f: f.pick(["heart-study-2024", "sleep-apnea-kr", "cycle-research-il"])),
            "consent_version": G(lambda f: f.pick(["v3.1", "v3.2", "v4.0"])),
            "primary_goal": G(lambda f: f.pick(["better_sleep", "weight_loss", "training", "curious"])),
            "ethnicity": Y(
                lambda f: f.pick(["Asian", "Black", "Hispanic or Latino", "White", "Middle Eastern"]),
                "ethnicity|race",
            ),
            "household_income": Y(lambda f: f.pick(["<50k", "50-100k", "100-150k", "150k+"]), "salary"),
            "smoker": Y(lambda f: f.pick(["never", "former", "current"]), "condition"),
            "nps": G(lambda f: f.r.randint(0, 10)),
        },
    ),
]

MARKETING = [
    (
        "track",
        "Lead Captured",
        ["web"],
        {
            "form": G(lambda f: f.pick(["waitlist_ring5", "newsletter_footer", "corporate_demo"])),
            "email": Y(email, "email"),
            "gclid": Y(lambda f: "Cj0KCQjw" + b64ish(f, 60), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + b64ish(f, 56), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + b64ish(f, 40), "advertising id"),
            "landing_page": G(lambda f: f.pick(["/ring5", "/sleep", "/corporate"])),
            "company_size": G(lambda f: f.pick(["1-10", "11-200", "201-1000", "1000+"])),
            "consent_marketing": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        {
            "email_id": G(lambda f: f.hexid(24)),
            "campaign_id": G(lambda f: f.digits(7)),
            "campaign_name": G(
                lambda f: f.pick(["Weekly Sleep Report", "Ring 4 Launch", "Your trial ends soon"])
            ),
            "subject": G(
                lambda f: f.pick(["Your week in sleep 😴", "Meet Ring 4", "3 days left in your trial"])
            ),
            "recipient": Y(email, "email", True),
            "from_address": G(
                lambda f: f.pick(["no-reply@pulsewell.com", "hello@pulsewell.com", "news@kr.pulsewell.com"])
            ),
            "message_id": G(lambda f: f"<{f.hexid(20)}@mail.pulsewell.com>"),
            "machine_open": G(lambda f: f.pick([True, False])),
            "user_agent": G(lambda f: f.pick(UAS)),
            "ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "track",
        "Retail Store Searched",
        ["web"],
        {
            "searched_location": G(
                lambda f: f.pick(["Gangnam", "Dizengoff Center", "Austin, TX", "Hongdae"])
            ),
            "store_name": G(
                lambda f: f.pick(["Best Buy Austin", "Hi-Mart Gangnam", "iDigital Azrieli", "Target Denver"])
            ),
            "store_address": G(
                lambda f: f.pick(["9500 S IH-35, Austin", "강남대로 438", "Derech Menachem Begin 132"])
            ),
            "store_phone": G(lambda f: f.pick(["(512) 555-0190", "02-555-0134", "03-555-0177"])),
            "store_city": G(lambda f: f.pick(["Austin", "Seoul", "Tel Aviv", "Denver"])),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "in_stock_only": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Application Installed",
        MOBILE,
        {
            "version": G(lambda f: f.pick(["5.21.0", "5.22.1", "5.23.0"])),
            "build": G(lambda f: f.pick(["52100", "52210", "52300"])),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "utm_source=google-play&utm_medium=organic",
                        "apps.apple.com",
                        "utm_source=naver&utm_campaign=ring4",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Application Opened",
        [*MOBILE, "flutter"],
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["5.21.0", "5.22.1", "2.5.1"])),
            "build": G(lambda f: f.pick(["52100", "52210", "251"])),
            "url": G(lambda f: f.pick(["", "pulsewell://sleep/today", "pulsewell://shop/ring4"])),
        },
    ),
]

PAGES = [
    (
        "page",
        "Home",
        ["web"],
        {
            "path": G(lambda f: "/"),
            "url": G(lambda f: "https://pulsewell.com/"),
            "title": G(lambda f: "Pulsewell | Smart Ring"),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://search.naver.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=instagram", "?gclid=x"])),
        },
    ),
    (
        "page",
        "Product",
        ["web"],
        {
            "path": G(lambda f: "/shop/" + f.pick(PRODUCTS)[0].lower()),
            "url": G(lambda f: "https://pulsewell.com/shop/" + f.pick(PRODUCTS)[0].lower()),
            "title": G(lambda f: f.pick(PRODUCTS)[1] + " | Pulsewell"),
            "category": G(lambda f: "Shop"),
        },
    ),
    (
        "page",
        "Account",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/account", "/account/devices", "/account/billing"])),
            "title": G(lambda f: "My account"),
            "tab": G(lambda f: f.pick(["profile", "devices", "billing"])),
        },
    ),
]

SCREENS = [
    (
        "screen",
        "Sleep Detail",
        MOBILE,
        {
            "date": G(lambda f: f.date(2024, 2024)),
            "from": G(lambda f: f.pick(["today", "trends", "notification"])),
            "tab": G(lambda f: f.pick(["stages", "heart", "temperature"])),
        },
    ),
    (
        "screen",
        "Body Trends",
        ["swift", "kotlin"],
        {
            "range": G(lambda f: f.pick(["1w", "1m", "3m", "1y"])),
            "metric": G(lambda f: f.pick(["weight", "fat_mass", "muscle", "bmi"])),
        },
    ),
    (
        "screen",
        "Cycle Calendar",
        ["flutter"],
        {
            "month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "view": G(lambda f: f.pick(["month", "list"])),
        },
    ),
    (
        "screen",
        "Caregiver Dashboard",
        ["rn"],
        {"patients_count": G(lambda f: f.r.randint(1, 5)), "alerts_unread": G(lambda f: f.r.randint(0, 9))},
    ),
]

ALIAS = [("alias", None, [*MOBILE, "web"], None)]

EVENTS = (
    IDENTIFY
    + GROUP
    + DEVICE
    + HEALTH
    + WORKOUT
    + FAMILY
    + COMMERCE
    + SUBSCRIPTION
    + ACCOUNT
    + SUPPORT
    + MARKETING
    + PAGES
    + SCREENS
    + ALIAS
)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": "ajs-next-" + f.hexid(32) if client == "web" else f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=158, repeats=26)
    write(Path(__file__).parent, "holdout158_", events, labels)
