"""Writes holdout197: tests/corpus/holdout197_events.jsonl and holdout197_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, docs/detection.md
or any other corpus's labels, and never run against the engine by its author. Only the helpers in
build.py / fake.py and build_holdout3.py (for the format) were read.

Domain: "Tandem Spaces", a coworking operator with sites in Seoul (Gangnam, Seongsu), the
Netherlands (Amsterdam Zuidas, Rotterdam) and Kenya (Nairobi Westlands, Kilimani). Covers the
member app (identify, sign-up, PASS identity verification, profile, directory search, login,
password reset, lifecycle events), desk and meeting-room booking, door access (badges, QR mobile
keys, PINs; a .NET access-control backend), visitor pre-registration, kiosk check-in and host
notifications (SMS, Kakao Alimtalk), mail and parcel handling (lockers, scans, forwarding),
community events (RSVPs, kids' day, dogs in the office), billing (M-Pesa STK push and Daraja C2B
confirmations, Stripe cards, Toss billing keys, Mollie iDEAL, SEPA mandates, Dutch invoices,
Kenyan KRA PINs, a CRB credit check, Korean refund accounts and cash receipts), guest Wi-Fi
(UniFi-style kebab-case webhooks, vouchers), e-commerce spec events for passes and plans, CRM
and reverse-ETL syncs, staff shifts, incidents and accessibility preferences.

Clients: analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, flutter, and
server libraries (python, node, go, java, ruby, php, .NET), each with its real `context` shape
(context.ip, context.traits, device, app, library, locale, userAgent, campaign, location).
Conventions: mostly camelCase and snake_case English keys; PascalCase (.NET access control, the
Daraja callback, incidents), kebab-case (Wi-Fi webhooks), SCREAMING_SNAKE (warehouse reverse ETL),
Dutch keys (SEPA, invoices, parking, NL member sync, forwarding address), romanised Korean keys
(visit reservations, the Korean member sync) and Hangul keys (the visitor backend, Alimtalk).

Labelling rules (Privacy Portal default colours; the product's published policy for contested
cases, followed as written):
- PII = personal data about a natural person (member, visitor, host, recipient, attendee, child,
  emergency contact, staff member). Colour is the reference matcher's default (yellow for name,
  email, phone, address, city, zipcode, birthdate, gender, photo, license, serial, ip, mac,
  salary, citizenship, condition, allergy, religion ...; red for password, token, credit card,
  passport, visa, disability). Types outside the reference: red for secrets/credentials,
  card numbers, bank accounts, government ids (`national id`) and health ids; yellow for
  `geolocation`, `advertising id`, `credit score`.
- Green: ids we or a vendor issue (member/booking/badge/locker/invoice/receipt numbers, M-Pesa
  transaction ids, Mollie/Stripe object ids that are not payment-method tokens), UUIDs, versions,
  timestamps, amounts, enums, counters and booleans under PII-sounding keys, product/plan/room/
  company/pet names (rooms named after famous people included), a site's own address, phone,
  coordinates and city, role mailboxes, business registration, VAT and KvK numbers, a company's
  KRA PIN, BIC codes, card brand/last four/expiry/masked numbers, an access point's MAC and IP,
  a mail provider's sending IP, e-mail Message-IDs, ages, job titles, employers.
- Contested cases follow the published policy: member/customer/employee numbers green; ages
  green; insurer numbers `identification`; pay, hourly rates and job salaries yellow `salary`;
  credit scores yellow; vehicle plates yellow `license`; gclid/fbclid/fbp/fbc yellow
  `advertising id`; billing and shipping addresses of a person yellow `address`; payment and card
  tokens (Stripe `pm_`, Toss billing keys), one-time codes (OTP, parcel pickup codes, Wi-Fi
  vouchers), sign-in / reset links and signed QR door keys red `token`; identity document numbers
  red `national id` / `passport`; visa type and expiry red `visa`.
- Decisions where the policy is silent, as a careful privacy owner would want them flagged:
  door PINs and locker combinations red `password`; APNs push tokens red `token`; Korean
  PASS `ci`/`di` (person-unique hashes derived from the resident number) red `national id`;
  "is foreigner" yellow `citizenship`; dietary requirements yellow `allergy|religion` (they
  reveal health or faith); accessibility and evacuation-assistance needs red `disability`;
  a hostname that carries the owner's first name yellow `name`; a signature image, ID scan,
  selfie or parcel-label photo yellow `photo`; a LinkedIn profile URL yellow `name`; Dutch
  `tussenvoegsel` (name particle) yellow `name`; a member's private LAN IP yellow `ip`.
- value_only is true when the key does not say what the value is (`q`, `to`, `message`,
  `identifier`, `hostname`, `ocr_text`, `reason`, `customerIdentityNumber`, `value` ...). Every
  value of a value_only PII path carries that PII; free-text fields whose values carry no PII are
  green. No free-text path mixes PII and non-PII values.
"""

import string
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people ---------------------------------------------------------------------------------------

KR_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Seo"]
KR_FIRST = [
    "Min-jun",
    "Seo-yeon",
    "Ji-hoon",
    "Ha-eun",
    "Do-yun",
    "Su-bin",
    "Ye-jin",
    "Hyun-woo",
    "Ji-woo",
    "Eun-ji",
]
KR_LAST_H = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "서"]
KR_FIRST_H = ["민준", "서연", "지훈", "하은", "도윤", "수빈", "예진", "현우", "지우", "은지", "태민", "소희"]
NL_FIRST = [
    "Sanne",
    "Daan",
    "Fenna",
    "Bram",
    "Lotte",
    "Joost",
    "Femke",
    "Sem",
    "Noor",
    "Thijs",
    "Anouk",
    "Jeroen",
]
NL_PARTICLE = ["", "", "de ", "van ", "van den ", "van der ", ""]
NL_LAST = ["Vries", "Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Boer", "Mulder", "Dijk", "Bos"]
KE_FIRST = [
    "Wanjiru",
    "Otieno",
    "Achieng",
    "Kiprop",
    "Njeri",
    "Amina",
    "Wairimu",
    "Chebet",
    "Baraka",
    "Mercy",
]
KE_LAST = [
    "Kamau",
    "Odhiambo",
    "Ouma",
    "Cheruiyot",
    "Mwangi",
    "Hassan",
    "Wanjiku",
    "Kiptoo",
    "Mutua",
    "Njoroge",
]
DOMAINS = ["example.com", "example.nl", "example.co.kr", "example.co.ke", "mail.example.org"]


def _region(f: Fake) -> str:
    return f.pick(["kr", "nl", "ke", "intl"])


def first(f: Fake) -> str:
    return {"kr": KR_FIRST, "nl": NL_FIRST, "ke": KE_FIRST, "intl": FIRST}[_region(f)][f.r.randrange(10)]


def last(f: Fake) -> str:
    region = _region(f)
    if region == "nl":
        return f.pick(NL_PARTICLE) + f.pick(NL_LAST)
    return {"kr": KR_LAST, "ke": KE_LAST, "intl": LAST}[region][f.r.randrange(10)]


def full_name(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        if f.r.random() < 0.4:
            return f.pick(KR_LAST_H) + f.pick(KR_FIRST_H)
        return (
            f"{f.pick(KR_FIRST)} {f.pick(KR_LAST)}"
            if f.r.random() < 0.5
            else f"{f.pick(KR_LAST)} {f.pick(KR_FIRST)}"
        )
    if region == "nl":
        return f"{f.pick(NL_FIRST)} {f.pick(NL_PARTICLE)}{f.pick(NL_LAST)}"
    if region == "ke":
        return f"{f.pick(KE_FIRST)} {f.pick(KE_LAST)}"
    return f.full_name()


def hangul_name(f: Fake) -> str:
    return f.pick(KR_LAST_H) + f.pick(KR_FIRST_H)


def _ascii(s: str) -> str:
    for a, b in (("é", "e"), ("ö", "o"), ("ü", "u"), ("í", "i"), ("á", "a"), ("ø", "o")):
        s = s.replace(a, b)
    return "".join(c for c in s.lower() if c in string.ascii_lowercase)


def email(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        user = (
            _ascii(f.pick(KR_FIRST))
            + f.pick([".", "", "_"])
            + _ascii(f.pick(KR_LAST))
            + str(f.r.randint(70, 99))
        )
    elif region == "nl":
        user = _ascii(f.pick(NL_FIRST)) + f.pick([".", ""]) + _ascii(f.pick(NL_PARTICLE) + f.pick(NL_LAST))
    elif region == "ke":
        user = _ascii(f.pick(KE_FIRST)) + f.pick([".", "_"]) + _ascii(f.pick(KE_LAST))
    else:
        return f.email()
    return f"{user}@{f.pick(DOMAINS)}"


def work_email(f: Fake) -> str:
    user = _ascii(f.pick(NL_FIRST + KE_FIRST + FIRST)) + "." + _ascii(f.pick(NL_LAST + KE_LAST + KR_LAST))
    return f"{user}@{f.pick(['brightloop', 'kibanda', 'nuri-labs', 'zuidas-legal', 'savannah-ai'])}.example"


def phone(f: Fake) -> str:
    region = f.pick(["kr", "nl", "ke", "other"])
    d = f.digits
    if region == "kr":
        a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
        return f.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010{a}{b}"])
    if region == "nl":
        n = d(8)
        return f.pick(
            [f"+31 6 {n}", f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+316{n}", f"+31 6 {n[:2]} {n[2:5]} {n[5:]}"]
        )
    if region == "ke":
        n = f"7{f.r.randint(0, 9)}{d(7)}"
        return f.pick([f"+254 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"254{n}", f"+254{n}"])
    return f.phone()


def ke_msisdn(f: Fake) -> str:
    return f"2547{f.r.randint(0, 9)}{f.digits(7)}"


def kr_mobile(f: Fake) -> str:
    return f"010{f.r.randint(1000, 9999)}{f.r.randint(1000, 9999)}"


def kr_mobile_dash(f: Fake) -> str:
    return f"010-{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}"


KR_ROADS = ["Teheran-ro", "Seongsui-ro", "Yeonmujang-gil", "Dosan-daero", "Wangsimni-ro", "Eonju-ro"]
KR_ROADS_H = ["테헤란로", "성수이로", "연무장길", "도산대로", "왕십리로", "언주로"]
KR_GU = [("Gangnam-gu", "강남구"), ("Seongdong-gu", "성동구"), ("Mapo-gu", "마포구"), ("Jongno-gu", "종로구")]
NL_STREETS = [
    "Prinsengracht",
    "Van Woustraat",
    "Kerkstraat",
    "Witte de Withstraat",
    "Oudegracht",
    "Ceintuurbaan",
]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Haarlem", "Amstelveen", "Den Haag"]
KE_ROADS = [
    "Ngong Road",
    "Riverside Drive",
    "Waiyaki Way",
    "Argwings Kodhek Rd",
    "Kindaruma Rd",
    "Lenana Road",
]
KE_AREAS = ["Kilimani", "Westlands", "Lavington", "Kileleshwa", "South B", "Karen"]
KR_CITIES = ["Seoul", "Seongnam", "서울특별시", "Busan", "Incheon"]


def street(f: Fake) -> str:
    region = f.pick(["kr", "kr_h", "nl", "ke", "other"])
    if region == "kr":
        gu = f.pick(KR_GU)[0]
        return f"{f.r.randint(1, 300)} {f.pick(KR_ROADS)} {f.r.randint(1, 40)}-gil, {gu}"
    if region == "kr_h":
        gu = f.pick(KR_GU)[1]
        return f"서울특별시 {gu} {f.pick(KR_ROADS_H)} {f.r.randint(1, 300)}"
    if region == "nl":
        return f"{f.pick(NL_STREETS)} {f.r.randint(1, 400)}{f.pick(['', '-2', ' hs', 'A', '-III'])}"
    if region == "ke":
        return f.pick(
            [
                f"{f.pick(KE_ROADS)}, {f.pick(KE_AREAS)}",
                f"Apt {f.r.randint(1, 20)}{f.pick('ABCD')}, {f.pick(KE_ROADS)}",
            ]
        )
    return f.street()


def city(f: Fake) -> str:
    return f.pick(
        NL_CITIES + KR_CITIES + ["Nairobi", "Mombasa", "Kisumu", "Thika"] + ["Berlin", "Lagos", "Austin"]
    )


def nl_postcode(f: Fake) -> str:
    letters = "".join(f.pick("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    return f"{f.r.randint(1011, 3999)} {letters}"


def postcode(f: Fake) -> str:
    return f.pick([nl_postcode(f), f"0{f.r.randint(1000, 8999)}", f"00{f.r.randint(100, 625)}", f.zip()])


def birthdate(f: Fake) -> str:
    return f.date(1960, 2004)


def rrn(f: Fake) -> str:
    """A Korean resident (or, with foreign=True, alien registration) number with its check digit."""
    return _rrn(f, foreign=False)


def _rrn(f: Fake, foreign: bool) -> str:
    year = f.r.randint(1965, 2004)
    front = f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    sex = f.r.randint(1, 2) + (2 if year >= 2000 else 0) + (4 if foreign else 0)
    body = front + str(sex) + f"{f.r.randint(0, 99999):05d}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def arc(f: Fake) -> str:
    return _rrn(f, foreign=True)


def bsn(f: Fake) -> str:
    while True:
        digits = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(7)]
        last_digit = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if last_digit < 10:
            return "".join(map(str, digits)) + str(last_digit)


def ke_national_id(f: Fake) -> str:
    return str(f.r.randint(20_000_000, 39_999_999))


def kra_pin(f: Fake) -> str:
    return "A" + f.digits(9) + f.pick(string.ascii_uppercase)


def kra_company_pin(f: Fake) -> str:
    return "P05" + f.digits(7) + f.pick(string.ascii_uppercase)


def passport(f: Fake) -> str:
    kind = f.pick(["kr", "nl", "ke", "us"])
    if kind == "kr":
        return "M" + f.digits(8)
    if kind == "nl":
        alnum = "ABCDEFGHIJKLMNPRSTUVWXYZ0123456789"
        return (
            f.pick(["NX", "NW", "BK", "NP"])
            + "".join(f.pick(alnum) for _ in range(6))
            + str(f.r.randint(0, 9))
        )
    if kind == "ke":
        return f.pick(["AK", "BK", "A"]) + f.digits(7)
    return f.digits(9)


def id_document_number(f: Fake) -> str:
    return f.pick([passport(f), ke_national_id(f), rrn(f), "I" + f.digits(8)])


def plate(f: Fake) -> str:
    kind = f.pick(["nl", "kr", "ke"])
    L = string.ascii_uppercase
    if kind == "nl":
        return f.pick(
            [
                f"{f.pick(L)}{f.pick(L)}-{f.r.randint(100, 999)}-{f.pick(L)}",
                f"{f.r.randint(1, 9)}-{f.pick(L)}{f.pick(L)}{f.pick(L)}-{f.r.randint(10, 99)}",
                f"G{f.pick(L)}-{f.r.randint(100, 999)}-{f.pick(L)}",
            ]
        )
    if kind == "kr":
        syllable = f.pick(["가", "나", "다", "라", "마", "거", "허", "호"])
        return f"{f.r.randint(10, 399)}{syllable} {f.r.randint(1000, 9999)}"
    return f"K{f.pick('CD')}{f.pick(L)} {f.r.randint(100, 999)}{f.pick(L)}"


def iban_nl(f: Fake) -> str:
    bban = f.pick(["INGB", "RABO", "ABNA", "KNAB", "BUNQ", "TRIO", "SNSB"]) + f.digits(10)
    numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
    raw = f"NL{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def iban_any(f: Fake) -> str:
    return iban_nl(f) if f.r.random() < 0.6 else f.iban(f.pick(["DE", "FR", "GB", "ES"]))


def kr_account(f: Fake) -> str:
    return f.pick(
        [
            f"110-{f.digits(3)}-{f.digits(6)}",
            f"{f.digits(6)}-01-{f.digits(6)}",
            f"1002-{f.digits(3)}-{f.digits(6)}",
            f"3333-{f.digits(2)}-{f.digits(7)}",
        ]
    )


def biz_reg_no(f: Fake) -> str:
    body = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = sum(d * w for d, w in zip(body, weights, strict=True)) + body[8] * 5 // 10
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def alnum(f: Fake, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(f.pick(alphabet) for _ in range(n))


def mpesa_receipt(f: Fake) -> str:
    return f.pick("QRS") + alnum(f, 9, string.ascii_uppercase + string.digits)


def otp(f: Fake) -> str:
    return f"{f.r.randint(0, 999999):06d}"


def pin(f: Fake) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(f.pick([4, 6])))


def photo_url(f: Fake, kind: str) -> str:
    return f"https://files.tandem.example/{kind}/{f.hexid(20)}.{f.pick(['jpg', 'png', 'webp'])}"


def hostname(f: Fake) -> str:
    name = _ascii(f.pick(NL_FIRST + KE_FIRST + KR_FIRST + FIRST)).capitalize()
    return f.pick(
        [f"{name}s-iPhone", f"{name}s-MBP", f"{name}-Galaxy-S23", f"DESKTOP-{name.upper()}", f"{name}s-iPad"]
    )


def ad_click_id(f: Fake) -> str:
    return "Cj0KCQjw" + alnum(f, 60, string.ascii_letters + string.digits + "_-") + "BwE"


def meet_link(f: Fake) -> str:
    low = string.ascii_lowercase
    return f"https://meet.google.com/{alnum(f, 3, low)}-{alnum(f, 4, low)}-{alnum(f, 3, low)}"


def iso_date(f: Fake) -> str:
    return f.iso()[:10]


SITES = ["SEL-GN", "SEL-SS", "AMS-ZA", "RTM-CS", "NBO-WL", "NBO-KL"]
SITE_NAMES = [
    "Tandem Gangnam",
    "Tandem Seongsu",
    "Tandem Zuidas",
    "Tandem Rotterdam Centraal",
    "Tandem Westlands",
    "Tandem Kilimani",
]
SITE_CITIES = ["Seoul", "Amsterdam", "Rotterdam", "Nairobi"]
ROOMS = [
    "Rembrandt",
    "Vermeer",
    "Mondriaan",
    "Sejong",
    "Hangang",
    "Wangari Maathai",
    "Baobab",
    "Tulip",
    "Jacaranda",
    "Namsan",
]
COMPANIES = [
    "Brightloop B.V.",
    "Kibanda Labs Ltd",
    "Nuri Labs Inc.",
    "Savannah AI",
    "Zuidas Legal",
    "Hanok Studio",
    "Polder Robotics",
]
PLANS = ["Hot Desk", "Dedicated Desk", "Private Office 4p", "Virtual Office", "Day Pass", "Team 10"]
CURRENCIES = ["KRW", "EUR", "KES"]
WEB_PAGES = [
    "/",
    "/pricing",
    "/locations/seoul-gangnam",
    "/locations/amsterdam-zuidas",
    "/locations/nairobi-westlands",
    "/book",
    "/events",
]


def money_in(f: Fake) -> Any:
    cur = f.pick(CURRENCIES)
    if cur == "KRW":
        return f.r.randint(10, 900) * 1000
    if cur == "KES":
        return f.r.randint(5, 600) * 100
    return f.money(15, 900)


WEB_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
]


# -- contexts --------------------------------------------------------------------------------------


def web_context(f: Fake) -> dict:
    page = f.pick(WEB_PAGES)
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://search.naver.com/", "https://www.linkedin.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=ko", "?site=nbo"])
            ),
            "title": G(
                lambda f: f.pick(
                    [
                        "Tandem Spaces — coworking in Seoul, Amsterdam and Nairobi",
                        "Pricing | Tandem",
                        "Book a tour",
                    ]
                )
            ),
            "url": G(lambda f: "https://tandem.example" + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "nl-NL", "en-KE", "en-US", "en-GB", "sw-KE"])),
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Amsterdam", "Africa/Nairobi"])),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["spring_open_house", "zuidas_launch", "nbo_founders_month"])),
            "source": G(lambda f: f.pick(["google", "naver", "linkedin", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
            "term": G(
                lambda f: f.pick(["coworking amsterdam", "공유오피스 강남", "coworking nairobi", "hot desk"])
            ),
            "content": G(lambda f: f.pick(["hero_cta", "footer_link", "carousel_2"])),
        },
        "traits": {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "memberNumber": G(lambda f: "TM-" + f.digits(6)),
        },
    }


def swift_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.0"])),
            "build": G(lambda f: f.pick(["4800", "4921", "5003"])),
            "namespace": G(lambda f: "com.tandemspaces.member"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,5", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "nl-NL", "en-KE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "iPadOS"])),
            "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 430, 820])),
            "height": G(lambda f: f.pick([852, 932, 1180])),
            "density": G(lambda f: f.pick([2, 3])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Amsterdam", "Africa/Nairobi"])),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "mbr_" + f.digits(7)),
            "email": Y(email, "email"),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2"])),
            "build": G(lambda f: f.pick(["480012", "492003"])),
            "namespace": G(lambda f: "com.tandemspaces.member"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "TECNO", "Xiaomi"])),
            "model": G(lambda f: f.pick(["SM-S918N", "Pixel 8", "TECNO KI7", "23049PCD8G"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "TECNO-KI7", "marble"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.15.0"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "nl-NL", "en-KE", "sw-KE"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Safaricom", "Airtel KE", "SKTelecom", "KT", "KPN", "Odido"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Amsterdam", "Africa/Nairobi"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI7 Build/TP1A.220624.014)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def rn_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: "Tandem"),
            "version": G(lambda f: f.pick(["4.9.2", "4.10.0"])),
            "build": G(lambda f: f.pick(["921", "1000"])),
            "namespace": G(lambda f: "com.tandemspaces.member"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "TECNO"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546E", "TECNO KI7"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.1", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Safaricom", "LG U+", "Vodafone NL"])),
        },
        "locale": G(lambda f: f.pick(["en-KE", "ko-KR", "nl-NL"])),
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Amsterdam", "Africa/Nairobi"])),
        "traits": {"email": Y(email, "email"), "name": Y(full_name, "name"), "phone": Y(phone, "phone")},
        "location": {
            "latitude": Y(
                lambda f: round(f.pick([37.5, 52.34, -1.27]) + f.r.uniform(-0.08, 0.08), 6), "geolocation"
            ),
            "longitude": Y(
                lambda f: round(f.pick([127.03, 4.87, 36.8]) + f.r.uniform(-0.08, 0.08), 6), "geolocation"
            ),
            "city": Y(city, "city"),
            "country": G(lambda f: f.pick(["South Korea", "Netherlands", "Kenya"])),
        },
    }


def flutter_context(f: Fake) -> dict:
    return {
        "app": {
            "name": G(lambda f: f.pick(["Tandem Kiosk", "Tandem Ops"])),
            "version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["231", "240"])),
            "namespace": G(lambda f: "com.tandemspaces.kiosk"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Lenovo"])),
            "model": G(lambda f: f.pick(["iPad13,18", "SM-X200", "TB-X606F"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iPadOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([820, 1200])), "height": G(lambda f: f.pick([1180, 1920]))},
        "locale": G(lambda f: f.pick(["en-KE", "ko-KR", "nl-NL", "en-US"])),
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "Europe/Amsterdam", "Africa/Nairobi"])),
        "network": {"wifi": G(lambda f: True)},
        "instanceId": G(lambda f: f.uuid()),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.3", "2.3.2"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.0.0"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3"]),
    "php": ("analytics-php", ["3.8.1", "3.7.0"]),
    "dotnet": ("Analytics.CSharp", ["2.3.6", "2.4.0"]),
}


def server_context(lib: str, with_ip: bool) -> Any:
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake) -> dict:
        out: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if with_ip:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "Tandem/4.9.2 (iOS 17.4)",
                        "okhttp/4.12.0",
                        "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0",
                    ]
                )
            )
            out["active"] = G(lambda f: False)
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_LIBS:
    CONTEXTS[_lib] = server_context(_lib, with_ip=True)
    CONTEXTS[_lib + "-hook"] = server_context(_lib, with_ip=False)


# -- shared shapes -----------------------------------------------------------------------------------


def site_block() -> dict:
    return {
        "id": G(lambda f: f.pick(SITES)),
        "name": G(lambda f: f.pick(SITE_NAMES)),
        "city": G(lambda f: f.pick(SITE_CITIES)),
        "lat": G(lambda f: f.pick([37.50423, 37.54461, 52.33871, 51.92251, -1.26793, -1.29011])),
        "lng": G(lambda f: f.pick([127.04468, 127.05572, 4.87321, 4.47003, 36.80422, 36.78417])),
    }


def product_item() -> dict:
    return {
        "product_id": G(lambda f: "prod_" + alnum(f, 14)),
        "sku": G(
            lambda f: f.pick(["HD-M", "DD-M", "PO4-M", "VO-Y", "DP-1", "MRC-10H"]) + "-" + f.pick(SITES)
        ),
        "name": G(
            lambda f: f.pick([*PLANS, "Meeting Room Credits 10h", "Locker (monthly)", "Mail Handling Add-on"])
        ),
        "category": G(lambda f: f.pick(["membership", "pass", "credits", "add-on"])),
        "price": G(money_in),
        "quantity": G(lambda f: f.r.randint(1, 12)),
        "variant": G(lambda f: f.pick(["monthly", "annual", "single"])),
    }


def billing_address() -> dict:
    return {
        "name": Y(full_name, "name"),
        "line1": Y(street, "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 3B", "2nd floor", "101동 1203호", "hs", "Unit 7"]), "address|street"
        ),
        "city": Y(city, "city"),
        "postal_code": Y(postcode, "zipcode"),
        "country": G(lambda f: f.pick(["KR", "NL", "KE", "DE", "US"])),
    }


# -- events ------------------------------------------------------------------------------------------
# (type, event or screen/page name, client, body)

EVENTS: list[tuple[str, str | None, str, dict]] = [
    # -- member app, identity --------------------------------------------------------------------------
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "company": G(lambda f: f.pick(COMPANIES)),
            "title": G(
                lambda f: f.pick(
                    ["Founder", "Product Designer", "Backend Engineer", "Accountant", "Community Lead"]
                )
            ),
            "plan": G(lambda f: f.pick(PLANS)),
            "homeSite": G(lambda f: f.pick(SITES)),
            "createdAt": G(lambda f: f.iso()),
            "language": G(lambda f: f.pick(["ko", "nl", "en", "sw"])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "avatar": Y(lambda f: photo_url(f, "avatars"), "photo"),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.pick(["KR", "NL", "KE"])),
            },
            "memberNumber": G(lambda f: "TM-" + f.digits(6)),
            "age": G(lambda f: f.r.randint(21, 64)),
        },
    ),
    (
        "identify",
        None,
        "swift",
        {
            "email": Y(email, "email"),
            "name": Y(full_name, "name"),
            "koreanName": Y(hangul_name, "name"),
            "phone": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(PLANS)),
            "homeSite": G(lambda f: f.pick(SITES)),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "badgeCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "MEMBER_ID": G(lambda f: f.digits(7)),
            "FULL_NAME": Y(full_name, "name"),
            "PRIMARY_EMAIL": Y(email, "email"),
            "MOBILE_E164": Y(lambda f: f.pick(["+8210", "+316", "+2547"]) + f.digits(8), "phone"),
            "DATE_OF_BIRTH": Y(birthdate, "birthdate"),
            "HOME_SITE": G(lambda f: f.pick(SITES)),
            "MRR_EUR": G(lambda f: f.money(0, 4000)),
            "SEATS": G(lambda f: f.r.randint(1, 40)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_BADGE_IN_AT": G(lambda f: f.iso()),
            "IS_KEYHOLDER": G(lambda f: f.pick([True, False])),
            "ACCOUNT_MANAGER": Y(full_name, "name"),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "voornaam": Y(lambda f: f.pick(NL_FIRST), "name"),
            "tussenvoegsel": Y(lambda f: f.pick(["van", "de", "van den", "van der", "ter", "in 't"]), "name"),
            "achternaam": Y(lambda f: f.pick(NL_LAST), "name"),
            "e-mailadres": Y(email, "email"),
            "telefoonnummer": Y(phone, "phone"),
            "geboortedatum": Y(lambda f: "-".join(reversed(birthdate(f).split("-"))), "birthdate"),
            "woonplaats": Y(lambda f: f.pick(NL_CITIES), "city"),
            "lidnummer": G(lambda f: f.digits(6)),
            "vestiging": G(lambda f: f.pick(["Zuidas", "Rotterdam Centraal"])),
            "taal": G(lambda f: f.pick(["nl", "en"])),
            "nieuwsbrief": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "java",
        {
            "hoewon_beonho": G(lambda f: "K" + f.digits(8)),
            "ireum": Y(hangul_name, "name"),
            "hp_no": Y(kr_mobile_dash, "phone"),
            "birth_ymd": Y(lambda f: birthdate(f).replace("-", ""), "birthdate"),
            "email_addr": Y(email, "email"),
            "biz_reg_no": G(biz_reg_no),
            "jijeom": G(lambda f: f.pick(["강남", "성수"])),
            "marketing_suesin_dongui": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "track",
        "Signed Up",
        "web",
        {
            "signup_method": G(lambda f: f.pick(["email", "google", "kakao", "apple"])),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email_address": Y(email, "email"),
            "phone_number": Y(phone, "phone"),
            "company_name": G(lambda f: f.pick(COMPANIES)),
            "team_size": G(lambda f: f.pick(["1", "2-5", "6-20", "21+"])),
            "site_interest": G(lambda f: f.pick(SITES)),
            "referral_code": G(lambda f: alnum(f, 8, string.ascii_uppercase + string.digits)),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        "kotlin",
        {
            "otp_channel": G(lambda f: f.pick(["sms", "whatsapp", "kakao"])),
            "otp_code": RED(otp, "token"),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "phone_country_code": G(lambda f: f.pick(["+82", "+31", "+254"])),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Identity Verified",
        "node",
        {
            "provider": G(lambda f: f.pick(["PASS", "NICE", "KCB"])),
            "ci": RED(
                lambda f: alnum(f, 86, string.ascii_letters + string.digits + "+/") + "==", "national id"
            ),
            "di": RED(lambda f: alnum(f, 64, string.ascii_letters + string.digits + "+/"), "national id"),
            "verified_name": Y(hangul_name, "name"),
            "birth_date": Y(lambda f: birthdate(f).replace("-", ""), "birthdate"),
            "gender_code": Y(lambda f: f.pick(["M", "F"]), "gender"),
            "is_foreigner": Y(lambda f: f.pick([True, False]), "citizenship"),
            "mobile_carrier": G(lambda f: f.pick(["SKT", "KT", "LGU+", "SKT_MVNO"])),
            "mobile_no": Y(kr_mobile, "phone"),
            "tx_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Profile Updated",
        "rn",
        {
            "fields_changed": Many(
                G(lambda f: f.pick(["bio", "skills", "photo", "pronouns", "hourly_rate"])), 3
            ),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Product designer, loves coffee and Figma.",
                        "Building fintech for East Africa.",
                        "K-beauty brand founder. Ask me about export.",
                        "Freelance backend dev (Go, Postgres).",
                    ]
                )
            ),
            "skills": Many(G(lambda f: f.pick(["ux", "go", "marketing", "legal", "finance", "sales"])), 4),
            "hourly_rate": Y(lambda f: f.pick([45, 60, 85, 120, 3500, 65000]), "salary"),
            "linkedin_url": Y(
                lambda f: (
                    "https://www.linkedin.com/in/"
                    + _ascii(first(f))
                    + "-"
                    + _ascii(last(f))
                    + "-"
                    + f.hexid(6)
                ),
                "name",
            ),
            "profile_photo_url": Y(lambda f: photo_url(f, "profiles"), "photo"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
        },
    ),
    (
        "track",
        "Member Directory Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([full_name(f), first(f), last(f)]), "name", True),
            "results_count": G(lambda f: f.r.randint(0, 30)),
            "filters": {
                "site": G(lambda f: f.pick(SITES)),
                "skill": G(lambda f: f.pick(["design", "legal", "engineering", "any"])),
            },
        },
    ),
    (
        "screen",
        "Member Profile",
        "swift",
        {
            "name": G(lambda f: "Member Profile"),
            "viewed_member_id": G(lambda f: "mbr_" + f.digits(7)),
            "mutual_connections": G(lambda f: f.r.randint(0, 12)),
            "source": G(lambda f: f.pick(["directory", "event_attendees", "chat"])),
        },
    ),
    (
        "page",
        "Pricing",
        "web",
        {
            "name": G(lambda f: f.pick(["Pricing", "Locations", "Home", "Events"])),
            "category": G(lambda f: f.pick(["marketing", "docs"])),
            "path": G(lambda f: f.pick(WEB_PAGES)),
            "url": G(lambda f: "https://tandem.example" + f.pick(WEB_PAGES)),
            "title": G(lambda f: f.pick(["Pricing | Tandem", "Locations | Tandem", "Tandem Spaces"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://search.naver.com/"])),
            "search": G(lambda f: f.pick(["", "?currency=KES", "?currency=EUR"])),
        },
    ),
    (
        "page",
        "Book a Tour",
        "web",
        {
            "name": G(lambda f: "Book a Tour"),
            "path": G(lambda f: "/tour"),
            "url": G(lambda f: "https://tandem.example/tour"),
            "gclid": Y(ad_click_id, "advertising id"),
            "fbclid": Y(
                lambda f: "IwAR" + alnum(f, 56, string.ascii_letters + string.digits + "_-"), "advertising id"
            ),
        },
    ),
    (
        "track",
        "Logged In",
        "web",
        {
            "method": G(lambda f: f.pick(["password", "google", "kakao", "magic_link"])),
            "identifier": Y(email, "email", True),
            "success": G(lambda f: f.pick([True, True, False])),
            "failure_reason": G(lambda f: f.pick(["", "wrong_password", "locked"])),
            "mfa_used": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "python",
        {
            "email": Y(email, "email"),
            "reset_link": RED(
                lambda f: (
                    "https://app.tandem.example/reset-password?token="
                    + alnum(f, 43, string.ascii_letters + string.digits + "-_")
                ),
                "token",
            ),
            "expires_in_minutes": G(lambda f: 30),
            "requested_via": G(lambda f: f.pick(["app", "web", "front_desk"])),
            "password_last_changed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Magic Link Sent",
        "node",
        {
            "recipient_email": Y(email, "email"),
            "link": RED(
                lambda f: "https://app.tandem.example/auth/verify?code=" + alnum(f, 32), "token", True
            ),
            "delivery_provider": G(lambda f: f.pick(["postmark", "ses", "sendgrid"])),
        },
    ),
    ("alias", None, "swift", {}),
    (
        "track",
        "Application Opened",
        "kotlin",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2"])),
            "build": G(lambda f: f.pick(["480012", "492003"])),
            "referring_application": G(lambda f: f.pick(["", "com.kakao.talk", "com.whatsapp"])),
            "url": G(lambda f: f.pick(["", "tandem://bookings", "tandem://parcels"])),
        },
    ),
    (
        "track",
        "Application Installed",
        "swift",
        {"version": G(lambda f: f.pick(["4.9.2", "4.10.0"])), "build": G(lambda f: f.pick(["4921", "5003"]))},
    ),
    (
        "track",
        "Notification Preferences Updated",
        "flutter",
        {
            "email_enabled": G(lambda f: f.pick([True, False])),
            "sms_enabled": G(lambda f: f.pick([True, False])),
            "push_enabled": G(lambda f: f.pick([True, False])),
            "quiet_hours_start": G(lambda f: f.pick(["21:00", "22:00", "23:30"])),
        },
    ),
    # -- booking -----------------------------------------------------------------------------------------
    (
        "track",
        "Desk Booked",
        "rn",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "desk_id": G(lambda f: f.r.randint(100, 999)),
            "desk_label": G(lambda f: f"{f.pick('ABCD')}-{f.r.randint(1, 40):02d}"),
            "floor": G(lambda f: f.r.randint(1, 12)),
            "site": site_block(),
            "start_time": G(lambda f: f.iso()),
            "end_time": G(lambda f: f.iso()),
            "booking_type": G(lambda f: f.pick(["hot_desk", "focus_booth", "phone_booth"])),
            "credits_used": G(lambda f: f.r.randint(0, 8)),
            "recurring": G(lambda f: f.pick([True, False])),
            "booked_for": {"name": Y(full_name, "name"), "email": Y(work_email, "email")},
        },
    ),
    (
        "track",
        "Meeting Room Booked",
        "web",
        {
            "room_id": G(lambda f: f.uuid()),
            "room_name": G(lambda f: f.pick(ROOMS)),
            "capacity": G(lambda f: f.pick([4, 6, 8, 12, 20])),
            "title": G(
                lambda f: f.pick(
                    [
                        "Sprint planning",
                        "Investor update",
                        "Weekly sync",
                        "Design critique",
                        "Board meeting Q3",
                    ]
                )
            ),
            "organizer_email": Y(work_email, "email"),
            "attendees": Many(
                {
                    "email": Y(lambda f: f.pick([work_email(f), email(f)]), "email"),
                    "name": Y(full_name, "name"),
                    "external": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "duration_minutes": G(lambda f: f.pick([30, 60, 90, 120])),
            "amenities": Many(G(lambda f: f.pick(["screen", "whiteboard", "video_conf", "coffee"])), 3),
            "video_link": G(lambda f: meet_link(f)),
            "price": G(money_in),
            "currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "track",
        "Booking Cancelled",
        "go",
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "cancel_reason": G(
                lambda f: f.pick(["schedule_change", "sick", "no_longer_needed", "double_booked"])
            ),
            "refund_amount": G(money_in),
            "late_cancel": G(lambda f: f.pick([True, False])),
            "cancellation_note": G(
                lambda f: f.pick(["Moved to Thursday", "Team offsite", "", "Client rescheduled"])
            ),
        },
    ),
    (
        "screen",
        "Floor Plan",
        "flutter",
        {
            "name": G(lambda f: "Floor Plan"),
            "floor": G(lambda f: f.r.randint(1, 12)),
            "site_code": G(lambda f: f.pick(SITES)),
        },
    ),
    (
        "screen",
        "Booking Details",
        "kotlin",
        {"name": G(lambda f: "Booking Details"), "booking_id": G(lambda f: "bk_" + f.hexid(12))},
    ),
    # -- door access -------------------------------------------------------------------------------------
    (
        "track",
        "Door Access Granted",
        "dotnet-hook",
        {
            "DoorId": G(lambda f: f.r.randint(1, 240)),
            "DoorName": G(
                lambda f: f.pick(["Main Entrance", "Floor 3 East", "Bike Storage", "Rooftop", "정문"])
            ),
            "ReaderSerial": G(lambda f: "HID-" + f.hexid(10).upper()),
            "CredentialType": G(lambda f: f.pick(["Badge", "MobileKey", "Pin", "Qr"])),
            "BadgeNumber": G(lambda f: f.digits(8)),
            "CardholderName": Y(full_name, "name"),
            "CardholderPhotoUrl": Y(lambda f: photo_url(f, "cardholders"), "photo"),
            "AccessLevel": G(lambda f: f.pick(["Member24x7", "BusinessHours", "Staff", "Visitor"])),
            "Direction": G(lambda f: f.pick(["In", "Out"])),
            "EventTimeUtc": G(lambda f: f.iso()),
            "SiteCode": G(lambda f: f.pick(SITES)),
        },
    ),
    (
        "track",
        "Door Access Denied",
        "dotnet-hook",
        {
            "DoorId": G(lambda f: f.r.randint(1, 240)),
            "DoorName": G(
                lambda f: f.pick(["Main Entrance", "Floor 3 East", "Bike Storage", "Rooftop", "정문"])
            ),
            "CredentialType": G(lambda f: f.pick(["Badge", "MobileKey", "Pin", "Qr"])),
            "BadgeNumber": G(lambda f: f.digits(8)),
            "DenyReason": G(
                lambda f: f.pick(["OutsideSchedule", "Expired", "WrongPin", "UnknownCredential"])
            ),
            "EnteredPin": RED(pin, "password"),
            "PinAttempts": G(lambda f: f.r.randint(1, 5)),
            "EventTimeUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Mobile Key Issued",
        "swift",
        {
            "key_id": G(lambda f: f.uuid()),
            "credential_type": G(lambda f: f.pick(["qr", "nfc_wallet", "ble"])),
            "qr_payload": RED(lambda f: f.jwt(), "token"),
            "valid_from": G(lambda f: f.iso()),
            "valid_until": G(lambda f: f.iso()),
            "added_to_wallet": G(lambda f: f.pick([True, False])),
            "pass_serial": G(lambda f: f.uuid().upper()),
        },
    ),
    (
        "track",
        "Door PIN Changed",
        "ruby",
        {
            "new_pin": RED(pin, "password"),
            "pin_length": G(lambda f: f.pick([4, 6])),
            "changed_via": G(lambda f: f.pick(["app", "front_desk"])),
            "forced": G(lambda f: f.pick([True, False])),
            "pin_set": G(lambda f: True),
        },
    ),
    (
        "track",
        "Tailgating Detected",
        "java",
        {
            "camera_id": G(lambda f: "cam-" + f.pick(SITES).lower() + "-" + str(f.r.randint(1, 30))),
            "snapshot_url": Y(lambda f: photo_url(f, "cctv"), "photo"),
            "door_name": G(lambda f: f.pick(["Main Entrance", "Garage", "Floor 3 East"])),
            "confidence": G(lambda f: round(f.r.uniform(0.5, 0.99), 2)),
            "staff_on_duty": Y(full_name, "name"),
        },
    ),
    # -- visitors ----------------------------------------------------------------------------------------
    (
        "track",
        "Visitor Pre-registered",
        "web",
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(10)),
            "visitor": {
                "full_name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "company": G(lambda f: f.pick([*COMPANIES, "Safaricom PLC", "Samsung SDS", "ING Bank"])),
            },
            "host": {
                "member_id": G(lambda f: "mbr_" + f.digits(7)),
                "name": Y(full_name, "name"),
                "email": Y(work_email, "email"),
            },
            "visit_date": G(iso_date),
            "purpose": G(lambda f: f.pick(["meeting", "interview", "delivery", "tour", "contractor"])),
            "parking_required": G(lambda f: f.pick([True, False])),
            "licence_plate": Y(plate, "license"),
            "nda_required": G(lambda f: f.pick([True, False])),
            "notes": Y(
                lambda f: f.pick(
                    [
                        f"{full_name(f)} will join too",
                        f"Call me on {phone(f)} when they arrive",
                        f"Please send {first(f)} up to the 3rd floor",
                        f"Interview with {full_name(f)}, keep it discreet",
                    ]
                ),
                "name|phone",
                True,
            ),
        },
    ),
    (
        "track",
        "Visitor Checked In",
        "flutter",
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(10)),
            "kiosk_id": G(lambda f: "kiosk-" + f.pick(SITES).lower()),
            "id_document_type": G(
                lambda f: f.pick(["passport", "national_id", "residence_card", "drivers_license"])
            ),
            "id_document_number": RED(id_document_number, "national id|passport"),
            "id_scan_url": Y(lambda f: photo_url(f, "id-scans"), "photo"),
            "selfie_url": Y(lambda f: photo_url(f, "selfies"), "photo"),
            "signature_png": Y(lambda f: photo_url(f, "signatures"), "photo"),
            "badge_printed": G(lambda f: f.pick([True, False])),
            "signed_nda": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Host Notified",
        "node-hook",
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(10)),
            "channel": G(lambda f: "sms"),
            "to": Y(phone, "phone", True),
            "from": G(lambda f: f.pick(["TANDEM", "+3197010203040", "+254709876000"])),
            "message": Y(
                lambda f: f.pick(
                    [
                        f"Your visitor {full_name(f)} has arrived at reception.",
                        f"{full_name(f)} is waiting for you in the lobby.",
                        f"Bezoeker {full_name(f)} staat bij de receptie.",
                    ]
                ),
                "name",
                True,
            ),
            "provider": G(lambda f: f.pick(["twilio", "africastalking", "messagebird"])),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "failed"])),
        },
    ),
    (
        "track",
        "Alimtalk Sent",
        "java-hook",
        {
            "recipientNo": Y(kr_mobile, "phone"),
            "templateCode": G(lambda f: f.pick(["VISIT_ARRIVED_01", "PARCEL_IN_02", "BOOKING_REMIND_03"])),
            "templateParameter": {
                "방문자명": Y(hangul_name, "name"),
                "방문일시": G(lambda f: f.iso()[:16].replace("T", " ")),
                "회사명": G(lambda f: f.pick(["누리랩스", "한옥스튜디오", "Brightloop"])),
                "호스트명": Y(hangul_name, "name"),
            },
            "requestId": G(lambda f: f.digits(14) + alnum(f, 6)),
            "resultCode": G(lambda f: f.pick(["0000", "3018", "2001"])),
        },
    ),
    (
        "track",
        "방문자 등록",
        "php",
        {
            "이름": Y(hangul_name, "name"),
            "휴대폰번호": Y(kr_mobile_dash, "phone"),
            "이메일": Y(email, "email"),
            "회사명": G(lambda f: f.pick(["누리랩스", "한옥스튜디오", "삼성SDS", "카카오"])),
            "방문일시": G(lambda f: f.iso()[:16].replace("T", " ")),
            "방문목적": G(lambda f: f.pick(["미팅", "면접", "투어", "배송"])),
            "차량번호": Y(plate, "license"),
            "담당자": Y(hangul_name, "name"),
            "개인정보수집동의": G(lambda f: True),
            "지점": G(lambda f: f.pick(["강남", "성수"])),
        },
    ),
    (
        "track",
        "Visit Reserved",
        "go",
        {
            "ireum": Y(full_name, "name"),
            "jeonhwa": Y(kr_mobile_dash, "phone"),
            "hoesa": G(lambda f: f.pick(COMPANIES)),
            "chaeryang_beonho": Y(plate, "license"),
            "damdangja": Y(full_name, "name"),
            "bangmun_mokjeok": G(lambda f: f.pick(["miting", "myeonjeop", "tueo"])),
            "bangmun_ilsi": G(lambda f: f.iso()),
            "dongui_yeobu": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "track",
        "Visitor Watchlist Matched",
        "python",
        {
            "visit_id": G(lambda f: "vis_" + f.hexid(10)),
            "list_name": G(lambda f: f.pick(["banned", "vip"])),
            "match_score": G(lambda f: round(f.r.uniform(0.7, 1.0), 2)),
            "visitor_name": Y(full_name, "name"),
            "action_taken": G(lambda f: f.pick(["alert_staff", "deny", "none"])),
        },
    ),
    # -- mail & parcels ----------------------------------------------------------------------------------
    (
        "track",
        "Parcel Received",
        "node",
        {
            "parcel_id": G(lambda f: f.uuid()),
            "carrier": G(lambda f: f.pick(["PostNL", "DHL", "CJ대한통운", "G4S", "Sendy", "UPS"])),
            "tracking_number": G(
                lambda f: f.pick(
                    [
                        "3S" + alnum(f, 4, string.ascii_uppercase) + f.digits(9),
                        "JVGL" + f.digits(16),
                        f.digits(12),
                        "1Z" + alnum(f, 16, string.ascii_uppercase + string.digits),
                    ]
                )
            ),
            "recipient": {
                "member_id": G(lambda f: "mbr_" + f.digits(7)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
            },
            "sender_name": G(
                lambda f: f.pick(
                    ["Zalando", "Coolblue", "bol.com", "Coupang", "Jumia", "Amazon EU", "Musinsa"]
                )
            ),
            "locker_id": G(lambda f: f"L{f.r.randint(1, 80):03d}"),
            "pickup_code": RED(otp, "token"),
            "label_photo_url": Y(lambda f: photo_url(f, "parcel-labels"), "photo"),
            "received_by": Y(first, "name"),
        },
    ),
    (
        "track",
        "Parcel Collected",
        "kotlin",
        {
            "parcel_id": G(lambda f: f.uuid()),
            "collected_by_delegate": G(lambda f: f.pick([True, False])),
            "delegate_name": Y(full_name, "name"),
            "days_in_storage": G(lambda f: f.r.randint(0, 14)),
            "locker_id": G(lambda f: f"L{f.r.randint(1, 80):03d}"),
        },
    ),
    (
        "track",
        "Mail Scanned",
        "ruby",
        {
            "mail_item_id": G(lambda f: "mi_" + f.hexid(10)),
            "envelope_scan_url": Y(lambda f: photo_url(f, "mail-scans"), "photo"),
            "sender": G(
                lambda f: f.pick(
                    [
                        "Belastingdienst",
                        "Gemeente Amsterdam",
                        "KRA",
                        "국세청",
                        "ABN AMRO",
                        "Kamer van Koophandel",
                    ]
                )
            ),
            "ocr_text": Y(
                lambda f: f.pick(
                    [
                        f"Dhr. {f.pick(NL_FIRST)[0]}. {f.pick(NL_PARTICLE)}{f.pick(NL_LAST)}\n"
                        "c/o Tandem Zuidas\n"
                        "Gustav Mahlerlaan 10\n1082 PP Amsterdam",
                        f"{hangul_name(f)} 귀하\n서울특별시 강남구 테헤란로 152",
                        f"Attn: {full_name(f)}\nP.O. Box 10{f.r.randint(100, 999)}-00100 Nairobi",
                    ]
                ),
                "name",
                True,
            ),
            "action": G(lambda f: f.pick(["scan", "forward", "shred", "hold"])),
            "forward_address": Y(lambda f: f"{street(f)}, {postcode(f)} {city(f)}", "address"),
        },
    ),
    (
        "track",
        "Doorstuuradres Gewijzigd",
        "php",
        {
            "straat": Y(lambda f: f.pick(NL_STREETS), "street|address"),
            "huisnummer": Y(lambda f: str(f.r.randint(1, 400)) + f.pick(["", "A", "-2", " hs"]), "address"),
            "postcode": Y(nl_postcode, "zipcode"),
            "plaats": Y(lambda f: f.pick(NL_CITIES), "city"),
            "land": G(lambda f: f.pick(["NL", "BE", "DE"])),
            "ingangsdatum": G(iso_date),
            "lidnummer": G(lambda f: f.digits(6)),
        },
    ),
    # -- community events --------------------------------------------------------------------------------
    (
        "track",
        "Event RSVP",
        "rn",
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Founders Breakfast Nairobi",
                        "Zuidas Friday Drinks",
                        "성수 네트워킹 나이트",
                        "AI Meetup Seoul",
                    ]
                )
            ),
            "rsvp_status": G(lambda f: f.pick(["going", "maybe", "not_going"])),
            "plus_one_name": Y(full_name, "name"),
            "dietary_requirements": Y(
                lambda f: f.pick(
                    ["halal", "kosher", "vegetarian", "gluten-free", "nut allergy", "lactose intolerant"]
                ),
                "allergy|religion",
            ),
            "accessibility_needs": RED(
                lambda f: f.pick(
                    ["wheelchair access", "hearing loop", "step-free route", "sign language interpreter"]
                ),
                "disability",
            ),
            "ticket_price": G(money_in),
        },
    ),
    (
        "track",
        "Community Event Published",
        "python",
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "event_title": G(
                lambda f: f.pick(
                    [
                        "Fundraising 101",
                        "Design Systems Night",
                        "M-Pesa API Workshop",
                        "Dutch Tax for Freelancers",
                    ]
                )
            ),
            "host_company": G(lambda f: f.pick(COMPANIES)),
            "speaker": {
                "name": Y(full_name, "name"),
                "photo_url": Y(lambda f: photo_url(f, "speakers"), "photo"),
                "job_title": G(lambda f: f.pick(["CTO", "Partner", "Tax Advisor", "Head of Design"])),
                "employer": G(lambda f: f.pick([*COMPANIES, "Safaricom", "Naver", "Adyen"])),
            },
            "room": G(lambda f: f.pick(ROOMS)),
            "capacity": G(lambda f: f.pick([20, 40, 80])),
            "starts_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Event Checked In",
        "flutter",
        {
            "event_id": G(lambda f: "evt_" + f.digits(5)),
            "ticket_id": G(lambda f: "TKT-" + f.digits(6)),
            "badge_name": Y(full_name, "name"),
            "pronouns_on_badge": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "first_time": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Kids Day Registered",
        "rn",
        {
            "registration_id": G(lambda f: f.uuid()),
            "child": {
                "first_name": Y(first, "name"),
                "age": G(lambda f: f.r.randint(4, 14)),
                "allergies": Y(lambda f: f.pick(["peanuts", "eggs", "bee stings", "penicillin"]), "allergy"),
            },
            "guardian_phone": Y(phone, "phone"),
            "photo_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Dog Registered",
        "rn",
        {
            "dog_name": G(lambda f: f.pick(["Bobbie", "Kimchi", "Simba", "Max", "Doerak", "Bori"])),
            "breed": G(lambda f: f.pick(["Labrador", "Jindo", "Dachshund", "mixed", "Shiba Inu"])),
            "microchip_number": G(lambda f: "528" + f.digits(12)),
            "vaccinations_up_to_date": G(lambda f: f.pick([True, False])),
            "owner_phone": Y(phone, "phone"),
        },
    ),
    # -- billing -----------------------------------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        "web",
        {**product_item(), "currency": G(lambda f: f.pick(CURRENCIES)), "value": G(money_in)},
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(money_in),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "coupon": G(lambda f: f.pick(["", "WELCOME50", "FOUNDERS"])),
            "products": Many(product_item(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "total": G(money_in),
            "revenue": G(money_in),
            "tax": G(money_in),
            "discount": G(lambda f: f.pick([0, 10, 25])),
            "coupon": G(lambda f: f.pick(["", "WELCOME50", "FOUNDERS"])),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(product_item(), 3),
            "billing_address": billing_address(),
            "payment_method_type": G(lambda f: f.pick(["card", "mpesa", "ideal", "sepa_debit", "toss"])),
            "vat_number": G(
                lambda f: f.pick(["NL" + f.digits(9) + "B01", biz_reg_no(f), "DE" + f.digits(9)])
            ),
        },
    ),
    (
        "track",
        "M-Pesa STK Push Initiated",
        "python",
        {
            "checkout_request_id": G(lambda f: "ws_CO_" + f.digits(14) + f.digits(7)),
            "merchant_request_id": G(lambda f: f"{f.r.randint(1000, 99999)}-{f.r.randint(10**6, 10**8)}-1"),
            "phone_number": Y(ke_msisdn, "phone"),
            "amount": G(lambda f: f.r.randint(5, 600) * 100),
            "account_reference": G(lambda f: "TM" + f.digits(6)),
            "paybill": G(lambda f: f.pick(["174379", "522533", "880100"])),
            "transaction_desc": G(lambda f: f.pick(["Hot desk monthly", "Day pass", "Meeting room"])),
        },
    ),
    (
        "track",
        "M-Pesa Payment Confirmed",
        "python-hook",
        {
            "TransactionType": G(lambda f: f.pick(["Pay Bill", "CustomerPayBillOnline"])),
            "TransID": G(mpesa_receipt),
            "TransTime": G(
                lambda f: f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.r.randint(0, 235959):06d}"
            ),
            "TransAmount": G(lambda f: f"{f.r.randint(5, 600) * 100}.00"),
            "BusinessShortCode": G(lambda f: f.pick(["522533", "880100", "4087461"])),
            "BillRefNumber": G(lambda f: "TM" + f.digits(6)),
            "OrgAccountBalance": G(lambda f: f"{f.r.randint(10000, 9000000)}.00"),
            "ThirdPartyTransID": G(lambda f: ""),
            "MSISDN": Y(ke_msisdn, "phone"),
            "FirstName": Y(lambda f: f.pick(KE_FIRST), "name"),
            "MiddleName": Y(lambda f: f.pick(["Wambui", "Atieno", "Kiprono", "Nyambura", "Juma"]), "name"),
            "LastName": Y(lambda f: f.pick(KE_LAST), "name"),
        },
    ),
    (
        "track",
        "Payment Failed",
        "node",
        {
            "payment_intent": G(lambda f: "pi_" + alnum(f, 24)),
            "payment_method": RED(lambda f: "pm_" + alnum(f, 24), "token"),
            "decline_code": G(
                lambda f: f.pick(
                    ["insufficient_funds", "do_not_honor", "expired_card", "authentication_required"]
                )
            ),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "country": G(lambda f: f.pick(["NL", "KE", "KR", "US"])),
                "funding": G(lambda f: f.pick(["credit", "debit", "prepaid"])),
            },
            "amount": G(lambda f: f.r.randint(1500, 90000)),
            "attempt": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Card Added",
        "swift",
        {
            "billing_key": RED(
                lambda f: alnum(f, 44, string.ascii_letters + string.digits + "_-") + "=", "token"
            ),
            "customer_key": G(lambda f: f.uuid()),
            "card_company": G(lambda f: f.pick(["신한", "KB국민", "현대", "삼성", "BC"])),
            "card_number_masked": G(lambda f: f"{f.digits(4)}-{f.digits(2)}**-****-{f.digits(3)}*"),
            "owner_type": G(lambda f: f.pick(["개인", "법인"])),
            "authenticated_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Card Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cardholderName": Y(full_name, "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "bin": G(lambda f: f.pick(["411111", "535177", "457173", "520000"])),
            "save_card": G(lambda f: f.pick([True, False])),
            "threeDSecure": G(lambda f: f.pick(["challenge", "frictionless", "not_required"])),
        },
    ),
    (
        "track",
        "SEPA Mandaat Getekend",
        "php",
        {
            "mandaat_referentie": G(lambda f: "TND-" + f.digits(8)),
            "iban": RED(iban_nl, "bank account"),
            "tenaamstelling": Y(
                lambda f: f"{f.pick(['J.', 'S.', 'D.', 'F.'])} {f.pick(NL_PARTICLE)}{f.pick(NL_LAST)}", "name"
            ),
            "bic": G(lambda f: f.pick(["INGBNL2A", "RABONL2U", "ABNANL2A", "BUNQNL2A"])),
            "ondertekend_op": G(lambda f: f.iso()),
            "e-mailadres": Y(email, "email"),
        },
    ),
    (
        "track",
        "Factuur Verstuurd",
        "php",
        {
            "factuurnummer": G(lambda f: "2024-" + f.digits(5)),
            "klantnummer": G(lambda f: "K" + f.digits(5)),
            "bedrijfsnaam": G(lambda f: f.pick(COMPANIES)),
            "contactpersoon": Y(full_name, "name"),
            "e-mailadres": Y(email, "email"),
            "bedrag_excl_btw": G(lambda f: f.money(25, 5000)),
            "btw_nummer": G(lambda f: "NL" + f.digits(9) + "B01"),
            "kvk_nummer": G(lambda f: f.digits(8)),
            "vervaldatum": G(iso_date),
            "betaalstatus": G(lambda f: f.pick(["open", "betaald", "herinnering"])),
        },
    ),
    (
        "track",
        "Invoice Paid",
        "ruby",
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "amount_paid": G(money_in),
            "payment_channel": G(lambda f: f.pick(["mpesa", "card", "ideal", "bank_transfer"])),
            "paid_at": G(lambda f: f.iso()),
            "days_late": G(lambda f: f.r.randint(0, 30)),
            "payer_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "iDEAL Payment Completed",
        "node-hook",
        {
            "payment": {
                "resource": G(lambda f: "payment"),
                "id": G(lambda f: "tr_" + alnum(f, 10)),
                "status": G(lambda f: f.pick(["paid", "failed", "expired"])),
                "amount": {"value": G(lambda f: f"{f.money(15, 900):.2f}"), "currency": G(lambda f: "EUR")},
                "method": G(lambda f: "ideal"),
                "description": G(
                    lambda f: f.pick(["Dagpas Zuidas", "Hot desk maart", "Vergaderruimte Rembrandt"])
                ),
                "details": {
                    "consumerName": Y(
                        lambda f: (
                            f"{f.pick(['J.', 'S.', 'D.', 'F.'])} {f.pick(NL_PARTICLE)}{f.pick(NL_LAST)}"
                        ),
                        "name",
                    ),
                    "consumerAccount": RED(iban_nl, "bank account"),
                    "consumerBic": G(lambda f: f.pick(["INGBNL2A", "RABONL2U", "ABNANL2A"])),
                },
                "metadata": {"order_id": G(lambda f: "ord_" + f.hexid(16))},
                "paidAt": G(lambda f: f.iso()),
            }
        },
    ),
    (
        "track",
        "Tax Details Updated",
        "go",
        {
            "kra_pin": RED(kra_pin, "national id"),
            "id_number": RED(ke_national_id, "national id"),
            "company_kra_pin": G(kra_company_pin),
            "etims_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Credit Check Completed",
        "python",
        {
            "provider": G(lambda f: f.pick(["Metropol", "TransUnion Kenya", "Creditinfo Kenya"])),
            "crb_score": Y(lambda f: f.r.randint(200, 900), "credit score"),
            "national_id": RED(ke_national_id, "national id"),
            "decision": G(lambda f: f.pick(["approved", "deposit_required", "declined"])),
            "deposit_months": G(lambda f: f.pick([0, 1, 2])),
            "checked_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Refund Account Registered",
        "java",
        {
            "refund_bank": G(lambda f: f.pick(["신한은행", "국민은행", "카카오뱅크", "토스뱅크"])),
            "refund_account_no": RED(kr_account, "bank account"),
            "depositor_name": Y(hangul_name, "name"),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cash Receipt Issued",
        "java-hook",
        {
            "orderId": G(lambda f: "ord_" + f.hexid(16)),
            "receiptKey": G(lambda f: alnum(f, 30)),
            "type": G(lambda f: "소득공제"),
            "customerIdentityNumber": Y(kr_mobile, "phone", True),
            "amount": G(lambda f: f.r.randint(10, 900) * 1000),
            "issueStatus": G(lambda f: f.pick(["COMPLETED", "IN_PROGRESS"])),
        },
    ),
    (
        "track",
        "Refund Issued",
        "java",
        {
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "amount": G(money_in),
            "refund_reason": G(lambda f: f.pick(["requested_by_customer", "duplicate", "service_outage"])),
            "destination_account": RED(iban_any, "bank account"),
        },
    ),
    # -- Wi-Fi -------------------------------------------------------------------------------------------
    (
        "track",
        "wifi-session-started",
        "node-hook",
        {
            "client-mac": Y(lambda f: f.mac().lower(), "mac"),
            "ap-mac": G(lambda f: "f4:92:bf:" + ":".join(f"{f.r.randint(0, 255):02x}" for _ in range(3))),
            "ap-name": G(lambda f: f.pick(["AP-ZA-3F-East", "AP-GN-7F", "AP-WL-Lobby"])),
            "ap-ip": G(lambda f: f"10.20.{f.r.randint(0, 9)}.{f.r.randint(2, 60)}"),
            "ssid": G(lambda f: f.pick(["Tandem-Members", "Tandem-Guest", "Tandem-Events"])),
            "client-ip": Y(
                lambda f: f"10.{f.r.randint(30, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "hostname": Y(hostname, "name", True),
            "username": Y(email, "email"),
            "signal-dbm": G(lambda f: -f.r.randint(40, 85)),
            "session-timeout": G(lambda f: f.pick([28800, 86400])),
            "os-fingerprint": G(lambda f: f.pick(["iOS", "Android", "macOS", "Windows"])),
        },
    ),
    (
        "track",
        "wifi-session-ended",
        "node-hook",
        {
            "client-mac": Y(lambda f: f.mac().lower(), "mac"),
            "bytes-up": G(lambda f: f.r.randint(10**5, 10**9)),
            "bytes-down": G(lambda f: f.r.randint(10**6, 10**10)),
            "duration-sec": G(lambda f: f.r.randint(60, 36000)),
            "disconnect-reason": G(
                lambda f: f.pick(["idle-timeout", "roamed", "user-request", "session-timeout"])
            ),
        },
    ),
    (
        "track",
        "Guest Wi-Fi Voucher Issued",
        "web",
        {
            "voucher_code": RED(lambda f: f"{f.digits(5)}-{f.digits(5)}", "token"),
            "valid_hours": G(lambda f: f.pick([4, 8, 24])),
            "issued_to": Y(full_name, "name"),
            "issued_by": Y(work_email, "email"),
            "sms_sent_to": Y(phone, "phone"),
            "max_devices": G(lambda f: f.pick([1, 2, 3])),
        },
    ),
    # -- support, staff, safety --------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        "swift",
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "category": G(lambda f: f.pick(["access", "billing", "wifi", "cleaning", "parcel"])),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"My badge stopped working, call me on {phone(f)}",
                        f"Please add {email(f)} to our company account",
                        f"Parcel for {full_name(f)} is missing from the locker",
                        f"Invoice should go to {email(f)} not me",
                    ]
                ),
                "phone|email|name",
                True,
            ),
            "priority": G(lambda f: f.pick(["low", "normal", "urgent"])),
            "attachment_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Incident Reported",
        "dotnet",
        {
            "IncidentId": G(lambda f: "INC-" + f.digits(5)),
            "Category": G(lambda f: f.pick(["SlipOrFall", "Theft", "Medical", "PropertyDamage"])),
            "Summary": G(
                lambda f: f.pick(
                    [
                        "Wet floor near kitchen",
                        "Laptop missing from desk",
                        "Broken chair in Vermeer",
                        "Coffee machine leak",
                    ]
                )
            ),
            "PersonInvolvedName": Y(full_name, "name"),
            "InjuryDescription": Y(
                lambda f: f.pick(
                    ["sprained ankle", "cut on hand", "fainted, diabetic episode", "minor burn"]
                ),
                "condition",
            ),
            "FirstAiderName": Y(full_name, "name"),
            "AmbulanceCalled": G(lambda f: f.pick([True, False])),
            "ReportedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Accessibility Preferences Saved",
        "rn",
        {
            "requires_evacuation_assistance": RED(lambda f: f.pick([True, False]), "disability"),
            "uses_wheelchair": RED(lambda f: f.pick([True, False]), "disability"),
            "preferred_desk_height": G(lambda f: f.pick(["standing", "seated", "any"])),
            "large_text": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "kotlin",
        {
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
        },
    ),
    (
        "track",
        "Staff Shift Started",
        "go",
        {
            "staff_id": G(lambda f: "st_" + f.digits(4)),
            "staff_name": Y(full_name, "name"),
            "role": G(lambda f: f.pick(["community_manager", "receptionist", "cleaner", "security"])),
            "site_code": G(lambda f: f.pick(SITES)),
            "hourly_rate": Y(lambda f: f.pick([14.5, 16.0, 450, 12000]), "salary"),
            "shift_start": G(lambda f: f.iso()),
            "is_first_aider": G(lambda f: f.pick([True, False])),
            "staff_mobile": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Foreign Member Registered",
        "java",
        {
            "arc_number": RED(arc, "national id"),
            "visa_type": RED(lambda f: f.pick(["D-8", "E-7", "F-2", "D-10", "F-6"]), "visa"),
            "visa_expiry": RED(iso_date, "visa"),
            "nationality": Y(
                lambda f: f.pick(["Kenyan", "Dutch", "American", "Vietnamese", "Nigerian"]), "citizenship"
            ),
            "passport_number": RED(passport, "passport"),
            "passport_expiry": G(iso_date),
            "contract_id": G(lambda f: "CT-" + f.digits(6)),
        },
    ),
    (
        "track",
        "Contract Signed",
        "node",
        {
            "contract_id": G(lambda f: "CT-" + f.digits(6)),
            "envelope_id": G(lambda f: f.uuid()),
            "signature_provider": G(lambda f: f.pick(["DocuSign", "모두싸인", "Yousign"])),
            "signer_name": Y(full_name, "name"),
            "signer_email": Y(email, "email"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "seats": G(lambda f: f.r.randint(1, 40)),
            "term_months": G(lambda f: f.pick([1, 6, 12, 24])),
            "monthly_fee": G(money_in),
        },
    ),
    (
        "track",
        "Employee Added",
        "web",
        {
            "invitee_email": Y(work_email, "email"),
            "invitee_name": Y(full_name, "name"),
            "role": G(lambda f: f.pick(["member", "admin", "billing"])),
            "employee_number": G(lambda f: "E" + f.digits(5)),
            "cost_center": G(lambda f: f.pick(["ENG", "SALES", "OPS"])),
            "start_date": G(iso_date),
        },
    ),
    (
        "track",
        "Tour Requested",
        "web",
        {
            "full_name": Y(full_name, "name"),
            "work_email": Y(work_email, "email"),
            "mobile": Y(phone, "phone"),
            "company": G(lambda f: f.pick(COMPANIES)),
            "team_size": G(lambda f: f.pick(["1", "2-5", "6-20", "21+"])),
            "preferred_site": G(lambda f: f.pick(SITES)),
            "tour_date": G(iso_date),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Looking for a 6-person office from June",
                        "Do you have parking?",
                        "",
                        "Need 24/7 access",
                    ]
                )
            ),
            "gclid": Y(ad_click_id, "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**8, 10**10)}", "advertising id"),
            "fbc": Y(
                lambda f: (
                    f"fb.1.{f.epoch_ms()}.IwAR" + alnum(f, 40, string.ascii_letters + string.digits + "_-")
                ),
                "advertising id",
            ),
        },
    ),
    (
        "track",
        "Lead Synced",
        "python-hook",
        {
            "vid": G(lambda f: f.r.randint(10**5, 10**8)),
            "portalId": G(lambda f: 24181234),
            "properties": {
                "email": Y(email, "email"),
                "firstname": Y(first, "name"),
                "lastname": Y(last, "name"),
                "phone": Y(phone, "phone"),
                "company": G(lambda f: f.pick(COMPANIES)),
                "lifecyclestage": G(lambda f: f.pick(["lead", "marketingqualifiedlead", "customer"])),
            },
        },
    ),
    (
        "track",
        "Email Bounced",
        "python-hook",
        {
            "email": Y(email, "email"),
            "sg_message_id": G(lambda f: alnum(f, 22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{alnum(f, 22)}@geopod-ismtpd-{f.r.randint(1, 40)}>"),
            "event": G(lambda f: f.pick(["bounce", "dropped"])),
            "reason": Y(
                lambda f: f"550 5.1.1 <{email(f)}>: Recipient address rejected: User unknown", "email", True
            ),
            "ip": G(lambda f: f.pick(["167.89.118.52", "149.72.123.24", "168.245.12.208"])),
        },
    ),
    (
        "track",
        "Referral Sent",
        "rn",
        {
            "referee_email": Y(email, "email"),
            "referral_code": G(lambda f: alnum(f, 8, string.ascii_uppercase + string.digits)),
            "channel": G(lambda f: f.pick(["whatsapp", "kakao", "email", "link"])),
        },
    ),
    (
        "track",
        "Coffee Ordered",
        "rn",
        {
            "drink": G(
                lambda f: f.pick(["flat white", "dalgona latte", "Kenyan AA pour-over", "koffie verkeerd"])
            ),
            "name_on_cup": Y(first, "name"),
            "price": G(money_in),
            "loyalty_stamps": G(lambda f: f.r.randint(0, 9)),
        },
    ),
    (
        "track",
        "Locker Assigned",
        "flutter",
        {
            "locker_number": G(lambda f: f.r.randint(1, 120)),
            "locker_code": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "site_code": G(lambda f: f.pick(SITES)),
        },
    ),
    (
        "track",
        "Print Job Completed",
        "go-hook",
        {
            "document_name": G(
                lambda f: f.pick(
                    ["Q3 report.pdf", "pitch_deck_v7.pptx", "invoice_template.docx", "floorplan.png"]
                )
            ),
            "pages": G(lambda f: f.r.randint(1, 60)),
            "printer_name": G(lambda f: f.pick(["ZA-3F-Ricoh", "GN-7F-Canon", "WL-Lobby-HP"])),
            "papercut_user": Y(lambda f: _ascii(first(f)) + "." + _ascii(last(f)), "name"),
        },
    ),
    (
        "track",
        "Parkeersessie Gestart",
        "php",
        {
            "kenteken": Y(plate, "license"),
            "parkeerplaats": G(lambda f: f"P{f.r.randint(1, 60)}"),
            "begintijd": G(lambda f: f.iso()),
            "tarief_per_uur": G(lambda f: f.pick([2.5, 3.0, 4.5])),
            "lidnummer": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: f.pick(["visitor_prereg", "tour_request"])),
            "field": {"name": G(lambda f: "phone"), "value": Y(phone, "phone", True)},
            "duration_ms": G(lambda f: f.r.randint(500, 20000)),
        },
    ),
    (
        "track",
        "Kiosk Input Submitted",
        "flutter",
        {
            "step": G(lambda f: f.pick(["lookup_host", "lookup_booking"])),
            "input": Y(lambda f: f.pick([full_name(f), last(f)]), "name", True),
            "matches": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "title": G(
                lambda f: f.pick(["You've got mail", "Your room starts in 10 min", "New event this Friday"])
            ),
            "notification_type": G(lambda f: f.pick(["parcel", "booking", "community"])),
            "deep_link": G(lambda f: f.pick(["tandem://parcels", "tandem://bookings", "tandem://events"])),
        },
    ),
    (
        "track",
        "Badge Label Printed",
        "flutter",
        {
            "label": Y(full_name, "name", True),
            "printer": G(lambda f: f.pick(["Brother QL-820NWB", "DYMO 550", "Zebra ZD421"])),
            "template": G(lambda f: f.pick(["visitor", "event", "contractor"])),
        },
    ),
    (
        "track",
        "Chat Note Added",
        "ruby",
        {
            "conversation_id": G(lambda f: f.digits(9)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"Member asked to update billing email to {email(f)}",
                        f"Spoke with {full_name(f)} about the late invoice",
                        f"New mobile for M-Pesa refunds: {ke_msisdn(f)}",
                    ]
                ),
                "email|name|phone",
                True,
            ),
            "author_role": G(lambda f: f.pick(["community_manager", "finance"])),
        },
    ),
    # -- companies ----------------------------------------------------------------------------------------
    (
        "group",
        None,
        "web",
        {
            "legal_name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Software", "Legal", "Fintech", "Design", "Cosmetics"])),
            "employees": G(lambda f: f.r.randint(1, 80)),
            "plan": G(lambda f: f.pick(PLANS)),
            "seats": G(lambda f: f.r.randint(1, 40)),
            "website": G(
                lambda f: f.pick(
                    ["https://brightloop.example", "https://kibanda.example", "https://nuri-labs.example"]
                )
            ),
            "main_phone": G(lambda f: f.pick(["+31 20 123 4500", "+82 2-555-0134", "+254 20 765 4300"])),
            "general_email": G(
                lambda f: f.pick(
                    ["info@brightloop.example", "hello@kibanda.example", "contact@nuri-labs.example"]
                )
            ),
            "registered_office": {
                "street": G(lambda f: f.pick(["Gustav Mahlerlaan 10", "Teheran-ro 152", "Westlands Road 5"])),
                "city": G(lambda f: f.pick(SITE_CITIES)),
                "postal_code": G(lambda f: f.pick(["1082 PP", "06236", "00800"])),
                "country": G(lambda f: f.pick(["NL", "KR", "KE"])),
            },
            "kvk_number": G(lambda f: f.digits(8)),
            "billing_contact_email": Y(email, "email"),
            "account_manager": Y(full_name, "name"),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
]


def build(seed: int, repeats: int) -> tuple[list[dict], dict[str, dict]]:
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            msg: dict[str, Any] = {
                "type": kind,
                "messageId": f.uuid()
                if client in ("web", "swift", "kotlin", "rn", "flutter")
                else "msg-" + f.hexid(24),
                "timestamp": (stamp := f.iso()),
                "sentAt": stamp,
                "anonymousId": f.uuid(),
                "userId": "mbr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "co_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True} if f.r.random() < 0.7 else {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=197, repeats=24)
    write(Path(__file__).parent, "holdout197_", events, labels)
