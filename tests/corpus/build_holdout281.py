"""Writes holdout281: tests/corpus/holdout281_events.jsonl and holdout281_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py, fake.py and
build_holdout3.py (for the format) were read.

Domain: "Tatami", a membership and competition platform for martial-arts and boxing gyms in
Ireland, South Korea and Kazakhstan. Members (dates of birth, guardians for minors, medical
clearance, concussion history), class bookings and check-ins (app geofence and door kiosks), belt
gradings, weigh-ins and weight classes, fight records and bout results, sparring injuries and
ringside medicals, membership fees by SEPA direct debit (GoCardless-shaped), card (Stripe-shaped)
and Toss Payments / Kaspi in Korea and Kazakhstan, a gear shop (Segment e-commerce spec),
competition entries with passports, visa letters, coaches' accounts and payouts, Twilio SMS and
Facebook lead-ads payloads, reverse-ETL identifies from the warehouse.

Clients: analytics.js (context.page, userAgent, ip, campaign), analytics-swift, analytics-kotlin,
analytics-react-native and analytics_flutter (app, device, os, network, screen, context.traits,
advertising ids), server libraries python, node, go, java, ruby, php and C# (library, sometimes a
forwarded context.ip). Calls: identify, track, page, screen, group and alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET billing and
payroll services, kebab-case from the fight-night service, SCREAMING_SNAKE from the warehouse
sync, romanised Korean keys (and a few Hangul keys) from the Seoul backend, romanised Russian keys
from the Almaty backend.

Values: names from Irish, Korean (romanised and Hangul), Kazakh and Russian (Latin and Cyrillic)
and a dozen other cultures; Irish, Korean, Kazakh and other national phone formats; Irish
addresses with Eircodes, Korean road-name addresses, Kazakh addresses; Korean resident
registration numbers and Kazakh IINs with valid check digits, Irish PPSNs with valid check
letters; IE and KZ IBANs with mod-97 check digits; Luhn-valid card numbers (fake.py).

Labelling rules (Privacy Portal default colours; the brief's rules, followed exactly):
- PII is personal data about a natural person (the member, a guardian, a child, an opponent, a
  referee, a judge, a coach, a doctor, a referred friend): its colour is the reference's default
  matcher colour; types outside the reference are red for credentials, secrets, card numbers,
  bank accounts, government ids and health ids, yellow otherwise.
- Green: ids we issue, member and claim numbers, SKUs, versions, timestamps, hashes of non-PII,
  amounts, enums, counters and booleans under PII-sounding keys, ages and age categories, weight
  and weight classes, belts and ranks, fight records (wins-losses), product / gym / team / venue
  / event / sponsor names, venues' and gyms' own addresses and phones, role mailboxes, Twilio's
  sending number, the gym's own receiving IBAN, countries, regions, locales, timezones,
  currencies, user agents, OS-issued device ids, e-mail Message-IDs; card brand, last four,
  expiry, BIN and masked card numbers (12345678****123*); BICs, SEPA creditor ids and Irish sort
  codes.
- Contested cases follow the product's published policy (insurer member and policy numbers
  yellow `identification`; pay, hourly rates and fight purses yellow `salary`; billing and
  shipping addresses yellow `address`; ad click ids yellow `advertising id`; pm_ tokens, one-time
  codes and reset / magic-link tokens red; health-system numbers red `health id`; identity
  document numbers red `national id` / `passport`; visa answers red `visa`).
- value_only is true when the key does not say what the value is; every value of such a path
  carries that PII. Free text is labelled by what every one of its values carries, and green
  when none does (the texts here either always carry the PII or never do).
- Judgement calls, made for what a careful privacy owner at a mid-size company would flag:
  * Health: any field that names a condition, injury, symptom, vital sign, test result,
    treatment or medication, or whose boolean / count / date reveals one (concussion_history,
    concussions_last_12m, last_concussion_date), is health in the matcher's colour (condition,
    diagnosis, procedure, medication, allergy: yellow). An enum some of whose options are
    medical (a membership freeze reason: injury, pregnancy, surgery ...) is yellow `condition`
    too. Administrative eligibility (clearance status, cleared_for_contact, clearance expiry)
    is green.
  * A body's weight, height and reach are green (like heightCm elsewhere): not a special category.
  * A ring nickname identifies a person: yellow `name`. Fighter names in bout results are names.
  * A Kukkiwon / federation dan certificate number (issued by a third-party body, searchable by
    the public to find the holder) is yellow `certificate`; belt and grading ids we issue, and
    federation registration and athlete licence numbers (member numbers of a sports body), are
    green.
  * Korean "CI" (the connecting-information value of a phone identity check, a per-person
    identifier derived from the resident number) is yellow `identification`.
  * A signature image URL and a kiosk face photo are yellow `photo`.
  * Coaches' personal work mailboxes (name@gym) and mobiles are personal; the gym's front desk,
    info@ / bookings@ mailboxes and landlines are the business's own: green.
  * Sex / gender fields (pol, gender) are yellow `gender|sex`.
  * A private calendar-feed URL is a bearer secret: red `token|secret`, value_only (the key only
    says it is a URL).
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

IRISH_FIRST = [
    "Aoife", "Saoirse", "Niamh", "Ciara", "Siobhán", "Caoimhe", "Róisín", "Orla", "Sinéad", "Éabha",
    "Seán", "Cian", "Oisín", "Darragh", "Pádraig", "Eoin", "Ciarán", "Tadhg", "Conor", "Fionn",
]  # fmt: skip
IRISH_LAST = [
    "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Connor", "McCarthy", "Ní Bhriain",
    "Ó Súilleabháin", "Doyle", "Gallagher", "Kavanagh", "Fitzgerald", "Brennan", "Nic Aodha",
]  # fmt: skip
KO_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
KO_GIVEN = [
    "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Seo-jun", "Ji-woo", "Su-ah", "Ye-jun",
    "Yu-na", "Hyun-woo", "Eun-ji", "Jae-won", "Da-eun",
]  # fmt: skip
KO_LAST_HANGUL = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "신"]
KO_GIVEN_HANGUL = [
    "민준",
    "서연",
    "지호",
    "하은",
    "도윤",
    "서준",
    "지우",
    "수아",
    "예준",
    "유나",
    "현우",
    "은지",
]
KZ_FIRST = [
    "Nurlan", "Aigerim", "Dauren", "Aruzhan", "Yerlan", "Madina", "Zhanibek", "Dana", "Arman",
    "Aliya", "Bauyrzhan", "Kamila", "Askar", "Saule", "Timur", "Dinara",
]  # fmt: skip
KZ_LAST = [
    "Abenov", "Serikbayeva", "Zhaksylykov", "Tokayeva", "Nurpeisov", "Ospanova", "Kassymov",
    "Akhmetova", "Bekmukhambetov", "Ismailova", "Sultanov", "Zhumabayeva", "Volkov", "Smirnova",
]  # fmt: skip
KZ_FIRST_CYR = [
    "Нурлан",
    "Айгерим",
    "Даурен",
    "Аружан",
    "Ерлан",
    "Мадина",
    "Жанибек",
    "Арман",
    "Алия",
    "Тимур",
]
KZ_LAST_CYR = ["Абенов", "Серикбаева", "Жаксылыков", "Токаева", "Нурпеисов", "Оспанова", "Касымов", "Волков"]
KZ_PATRONYMIC_CYR = ["Ерланович", "Серикович", "Асланович", "Маратовна", "Болатовна", "Кайратович"]
OTHER_NAMES = [
    "Lucas Oliveira", "Chinedu Okeke", "Agnieszka Wójcik", "Thanawat Srisuk", "Marco Rossi",
    "Fatima Zahra El Amrani", "Giorgi Beridze", "Batbayar Ganbold", "Yuki Tanaka", "Andrés Morales",
    "Mariam Haddad", "Tomás Novák", "Emily Carter", "Dmitri Sokolov", "Rahul Verma", "Nguyen Thi Mai",
    "Jamal Bakr", "Ingrid Solberg",
]  # fmt: skip


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def first(f: Fake) -> str:
    return f.pick(f.pick([IRISH_FIRST, KO_GIVEN, KZ_FIRST, [n.split()[0] for n in OTHER_NAMES]]))


def last(f: Fake) -> str:
    return f.pick(f.pick([IRISH_LAST, KO_LAST, KZ_LAST, [n.split()[-1] for n in OTHER_NAMES]]))


def full_name(f: Fake) -> str:
    kind = f.r.randint(0, 6)
    if kind <= 1:
        return f"{f.pick(IRISH_FIRST)} {f.pick(IRISH_LAST)}"
    if kind == 2:
        return (
            f"{f.pick(KO_LAST)} {f.pick(KO_GIVEN)}"
            if f.r.random() < 0.5
            else f"{f.pick(KO_GIVEN)} {f.pick(KO_LAST)}"
        )
    if kind == 3:
        return f.pick(KO_LAST_HANGUL) + f.pick(KO_GIVEN_HANGUL)
    if kind == 4:
        return f"{f.pick(KZ_FIRST)} {f.pick(KZ_LAST)}"
    if kind == 5:
        return f"{f.pick(KZ_FIRST_CYR)} {f.pick(KZ_LAST_CYR)}"
    return f.pick(OTHER_NAMES)


def ko_name(f: Fake) -> str:
    return f.pick(KO_LAST_HANGUL) + f.pick(KO_GIVEN_HANGUL)


def ko_name_roman(f: Fake) -> str:
    return f"{f.pick(KO_LAST).upper()} {f.pick(KO_GIVEN).replace('-', '').upper()}"


def kz_fio(f: Fake) -> str:
    return f"{f.pick(KZ_LAST_CYR)} {f.pick(KZ_FIRST_CYR)} {f.pick(KZ_PATRONYMIC_CYR)}"


EMAIL_DOMAINS = [
    "gmail.com", "naver.com", "daum.net", "hanmail.net", "mail.ru", "inbox.kz", "yandex.kz",
    "icloud.com", "outlook.com", "eircom.net", "yahoo.ie", "hotmail.com", "proton.me",
]  # fmt: skip


def email(f: Fake) -> str:
    a = _ascii(first(f)).lower().replace("-", "").replace(" ", "")
    b = _ascii(last(f)).lower().replace("'", "").replace(" ", "")
    local = f.pick(
        [f"{a}.{b}", f"{a}{b}{f.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}_{a}", f"{a}{f.r.randint(80, 99)}"]
    )
    return f"{local}@{f.pick(EMAIL_DOMAINS)}"


GYM_DOMAINS = ["liffeyboxing.ie", "claddaghmma.ie", "rebelcityjudo.ie", "gangnamtkd.kr", "almatyboxing.kz"]


def work_email(f: Fake) -> str:
    return f"{_ascii(first(f)).lower().replace('-', '')}@{f.pick(GYM_DOMAINS)}"


def phone(f: Fake, country: str | None = None) -> str:
    r = f.r
    country = country or f.pick(["IE", "IE", "KR", "KR", "KZ", "KZ", "GB", "PL", "BR", "NG", "US"])
    if country == "IE":
        p, a, b = f.pick(["83", "85", "86", "87", "89"]), r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+353 {p} {a} {b}", f"0{p} {a} {b}", f"0{p}{a}{b}", f"+353{p}{a}{b}"])
    if country == "KR":
        a, b = r.randint(1000, 9999), r.randint(1000, 9999)
        return f.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+8210{a}{b}"])
    if country == "KZ":
        p = f.pick(["701", "702", "705", "707", "747", "771", "775", "778"])
        a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
        return f.pick([f"+7 {p} {a} {b} {c}", f"8 ({p}) {a}-{b}-{c}", f"+7{p}{a}{b}{c}", f"8{p}{a}{b}{c}"])
    if country == "GB":
        return f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"
    if country == "PL":
        return f"+48 {r.randint(500, 799)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if country == "BR":
        return f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if country == "NG":
        return f"+234 80{r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash"]))


def ie_mobile(f: Fake) -> str:
    return phone(f, "IE")


def kr_mobile(f: Fake) -> str:
    return phone(f, "KR")


def kz_mobile(f: Fake) -> str:
    return phone(f, "KZ")


EIRCODE_KEYS = [
    "D01",
    "D02",
    "D04",
    "D06",
    "D08",
    "D6W",
    "D12",
    "D24",
    "T12",
    "T23",
    "H91",
    "V94",
    "A94",
    "K78",
]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def eircode(f: Fake) -> str:
    return f.pick(EIRCODE_KEYS) + " " + "".join(f.pick(EIRCODE_CHARS) for _ in range(4))


IE_STREETS = [
    "Clanbrassil Street Upper", "Ranelagh Road", "Oliver Plunkett Street", "Shop Street",
    "O'Connell Avenue", "Sundays Well Road", "Griffith Avenue", "Main Street", "Church Road",
    "Castle Park", "Ballyfermot Road", "Salthill Promenade",
]  # fmt: skip
IE_TOWNS = [
    "Dublin 8",
    "Dublin 6",
    "Cork",
    "Galway",
    "Limerick",
    "Swords",
    "Bray",
    "Drogheda",
    "Dundalk",
    "Navan",
]
KR_ROADS = ["테헤란로", "월드컵북로", "해운대로", "올림픽로", "세종대로", "광안해변로", "중앙대로"]
KR_GU = [
    "서울특별시 강남구",
    "서울특별시 마포구",
    "부산광역시 해운대구",
    "서울특별시 송파구",
    "인천광역시 연수구",
    "대구광역시 중구",
]
KR_ROADS_ROMAN = [
    "Teheran-ro",
    "World Cup buk-ro",
    "Haeundae-ro",
    "Olympic-ro",
    "Sejong-daero",
    "Jungang-daero",
]
KR_GU_ROMAN = [
    "Gangnam-gu, Seoul",
    "Mapo-gu, Seoul",
    "Haeundae-gu, Busan",
    "Songpa-gu, Seoul",
    "Yeonsu-gu, Incheon",
]
KZ_STREETS = ["ул. Абая", "пр. Достык", "ул. Толе би", "пр. Аль-Фараби", "ул. Кенесары", "пр. Мангилик Ел"]
KZ_STREETS_LAT = ["Abay Ave", "Dostyk Ave", "Tole Bi St", "Al-Farabi Ave", "Kenesary St", "Mangilik El Ave"]
KZ_CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar"]
KR_CITIES = ["Seoul", "Busan", "Incheon", "Daegu", "Suwon", "Gwangju"]


def ie_street(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(1, 220)} {f.pick(IE_STREETS)}",
            f"Apt {f.r.randint(1, 40)}, {f.r.randint(1, 99)} {f.pick(IE_STREETS)}",
        ]
    )


def kr_street(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{f.pick(KR_GU)} {f.pick(KR_ROADS)} {f.r.randint(1, 400)}"
    return f"{f.r.randint(1, 400)}, {f.pick(KR_ROADS_ROMAN)}, {f.pick(KR_GU_ROMAN)}"


def kz_street(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{f.pick(KZ_STREETS)}, д. {f.r.randint(1, 250)}, кв. {f.r.randint(1, 160)}"
    return f"{f.pick(KZ_STREETS_LAT)} {f.r.randint(1, 250)}, apt {f.r.randint(1, 160)}"


def any_street(f: Fake) -> str:
    return f.pick([ie_street, kr_street, kz_street])(f)


def full_address(f: Fake) -> str:
    kind = f.r.randint(0, 2)
    if kind == 0:
        return f"{ie_street(f)}, {f.pick(IE_TOWNS)}, {eircode(f)}"
    if kind == 1:
        return f"{kr_street(f)} ({f.r.randint(10000, 63999):05d})"
    return f"{kz_street(f)}, {f.pick(KZ_CITIES)} {f.r.randint(10000, 160000):06d}"


def home_city(f: Fake) -> str:
    return f.pick(IE_TOWNS + KR_CITIES + KZ_CITIES)


def postcode(f: Fake) -> str:
    return f.pick(
        [eircode, lambda f: f"{f.r.randint(1000, 63999):05d}", lambda f: f"{f.r.randint(10000, 160000):06d}"]
    )(f)


def dob(f: Fake, start=1975, end=2008) -> str:
    return f.date(start, end)


def child_dob(f: Fake) -> str:
    return f.date(2010, 2019)


# -- identifiers with check digits -------------------------------------------------------------------


def rrn(f: Fake) -> str:
    """Korean resident registration number, YYMMDD-GNNNNNC, with the mod-11 check digit."""
    year = f.r.randint(1970, 2012)
    body = f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    body += str(f.pick([1, 2]) if year < 2000 else f.pick([3, 4])) + f"{f.r.randint(0, 99999):05d}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(d) * w for d, w in zip(body, weights)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def iin(f: Fake) -> str:
    """Kazakh individual identification number: YYMMDD, century/sex digit, serial, check digit."""
    while True:
        year = f.r.randint(1970, 2012)
        body = f"{year % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
        body += str(f.pick([3, 4]) if year < 2000 else f.pick([5, 6])) + f"{f.r.randint(0, 9999):04d}"
        digits = [int(d) for d in body]
        check = sum(d * w for d, w in zip(digits, range(1, 12))) % 11
        if check == 10:
            check = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if check != 10:
            return body + str(check)


def ppsn(f: Fake) -> str:
    """Irish PPS number: seven digits, a mod-23 check letter and (since 2013) an A."""
    digits = f"{f.r.randint(0, 9999999):07d}"
    second = f.pick(["", "A", "A"])
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1)))
    if second:
        total += 9 * (ord(second) - 64)
    rest = total % 23
    return digits + ("W" if rest == 0 else chr(64 + rest)) + second


def iban(country: str, bban: str, spaced: bool) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


IE_BANKS = [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99"), ("ULSB", "98")]


def ie_iban(f: Fake) -> str:
    bank, sort = f.pick(IE_BANKS)
    return iban("IE", bank + sort + f"{f.r.randint(0, 9999):04d}" + f.digits(8), f.r.random() < 0.5)


def kz_iban(f: Fake) -> str:
    return iban("KZ", f.pick(["722", "601", "998", "965"]) + "KZT" + f.digits(10), f.r.random() < 0.3)


def any_iban(f: Fake) -> str:
    return f.pick([ie_iban, ie_iban, kz_iban])(f)


def kr_account(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"110-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            f"1002-{r.randint(100, 999)}-{r.randint(100000, 999999)}",
            f"3333-{r.randint(1, 99):02d}-{r.randint(1000000, 9999999)}",
            f"{r.randint(100000, 999999)}-01-{r.randint(100000, 999999)}",
        ]
    )


def passport(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            "P" + f.pick(string.ascii_uppercase) + f"{r.randint(0, 9999999):07d}",  # Ireland
            "M" + f"{r.randint(0, 99999999):08d}",  # Korea
            "M" + f"{r.randint(0, 999):03d}" + f.pick("ABCDEFGH") + f"{r.randint(0, 9999):04d}",  # Korea 2021
            "N" + f"{r.randint(0, 99999999):08d}",  # Kazakhstan
            f"{r.randint(100000000, 999999999)}",  # UK / US
            "FA" + f"{r.randint(0, 9999999):07d}",  # Brazil
        ]
    )


def kz_id_card(f: Fake) -> str:
    return f"0{f.r.randint(10000000, 59999999)}"


def stripe_id(f: Fake, prefix: str) -> str:
    return prefix + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(24))


def gc_id(f: Fake, prefix: str) -> str:
    return prefix + "".join(f.pick(string.ascii_uppercase + string.digits) for _ in range(12))


def member_no(f: Fake) -> str:
    return f.pick(["TAT-", "M", ""]) + f.digits(7)


def uid(f: Fake) -> str:
    return "mem_" + f.hexid(12)


def ulid(f: Fake) -> str:
    return "01H" + "".join(f.pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))


def epoch(f: Fake) -> int:
    return f.r.randint(1_704_067_200, 1_767_225_600)


def money(lo, hi):
    return lambda f: f.money(lo, hi)


def pick(*items):
    return lambda f: f.pick(list(items))


def ints(lo, hi):
    return lambda f: f.r.randint(lo, hi)


def flag(f: Fake) -> bool:
    return f.pick([True, False])


# -- the business's own things -----------------------------------------------------------------------

GYMS = [
    "Liffey Boxing Club", "Claddagh MMA Galway", "Rebel City Judo Cork", "Kilmainham BJJ",
    "Gangnam Taekwondo Academy", "Hongdae Boxing Gym", "Haeundae Hapkido Centre",
    "Almaty Boxing Academy", "Astana Fight Club", "Shymkent Kuresi Centre",
]  # fmt: skip
GYM_PHONES = [
    "+353 1 453 2210",
    "+353 91 562 880",
    "+353 21 427 6613",
    "02-555-0192",
    "051-742-3300",
    "+7 727 355 0140",
]
GYM_MAILBOXES = [
    "info@liffeyboxing.ie",
    "bookings@claddaghmma.ie",
    "frontdesk@gangnamtkd.kr",
    "info@almatyboxing.kz",
    "no-reply@tatami.app",
]
DISCIPLINES = [
    "BJJ",
    "Boxing",
    "Muay Thai",
    "MMA",
    "Taekwondo",
    "Judo",
    "Kickboxing",
    "Hapkido",
    "Sambo",
    "Kazakh kuresi",
]
CLASSES = [
    "BJJ Fundamentals", "No-Gi Advanced", "Muay Thai Pads", "Boxing Conditioning", "Kids Taekwondo",
    "Judo Randori", "Open Mat", "MMA Sparring", "Women's Kickboxing", "Sambo Throws",
]  # fmt: skip
BELTS = [
    "white",
    "blue",
    "purple",
    "brown",
    "black",
    "yellow",
    "orange",
    "green",
    "1st dan",
    "2nd dan",
    "8th geup",
    "4th kyu",
]
WEIGHT_CLASSES = [
    "Flyweight 51kg", "Bantamweight 54kg", "Featherweight 57kg", "Lightweight 60kg", "Welterweight 67kg",
    "Middleweight 75kg", "Light Heavyweight 80kg", "Heavyweight 92kg", "Rooster", "Light Feather",
    "Middle", "Super Heavy", "-66kg", "-73kg", "-81kg",
]  # fmt: skip
TOURNAMENTS = [
    "Irish Open BJJ 2025", "Celtic Clash 14", "Korea Open Taekwondo", "Seoul Boxing Cup",
    "Almaty Kuresi Open", "Astana Sambo Grand Prix", "National Novice Boxing Championships",
]  # fmt: skip
VENUES = [
    "National Stadium, Dublin",
    "University of Galway Sports Centre",
    "Jangchung Arena",
    "Baluan Sholak Palace",
    "Saryarka Velodrome",
]
TEAMS = ["Team Phoenix", "Liffey BC", "Rebel Judo", "Gangnam TKD", "Almaty Boxing Academy", "Steppe Wolves"]
PLANS = [
    "Unlimited Monthly",
    "3x Week",
    "Kids Club",
    "Student",
    "Off-Peak",
    "12-Class Pack",
    "Competition Team",
]
GEAR = [
    ("Hayabusa T3 Boxing Gloves 16oz", "Hayabusa", "Gloves"),
    ("Venum Challenger Shin Guards", "Venum", "Protection"),
    ("Fairtex Muay Thai Shorts", "Fairtex", "Apparel"), ("Adidas Adi-Start Dobok", "Adidas", "Uniforms"),
    ("Kingz Kore Gi A2", "Kingz", "Uniforms"), ("Shock Doctor Gel Mouthguard", "Shock Doctor", "Protection"),
    ("Mooto Taekwondo Belt", "Mooto", "Belts"), ("Title Hand Wraps 180in", "Title", "Accessories"),
    ("Tatami Rashguard Long Sleeve", "Tatami Fightwear", "Apparel"),
]  # fmt: skip
CURRENCIES = ["EUR", "KRW", "KZT"]

# -- contexts ----------------------------------------------------------------------------------------

LOCALES = ["en-IE", "ga-IE", "ko-KR", "ru-KZ", "kk-KZ", "en-GB", "en-US"]
TIMEZONES = ["Europe/Dublin", "Asia/Seoul", "Asia/Almaty", "Asia/Qostanay", "Europe/London"]
CARRIERS = ["Vodafone IE", "Three", "eir", "SK Telecom", "KT", "LG U+", "Beeline KZ", "Kcell", "Tele2 KZ"]
WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0 YaBrowser/24.4",
]  # fmt: skip


def idfa(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.15 else f.uuid().upper()


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(pick("npm:next-1.70.0", "npm:next-1.72.2", "next-1.66.0")),
        },
        "page": {
            "path": G(pick("/", "/timetable", "/pricing", "/shop", "/competitions", "/account")),
            "referrer": G(
                pick(
                    "",
                    "https://www.google.ie/",
                    "https://search.naver.com/",
                    "https://www.instagram.com/",
                    "https://yandex.kz/",
                )
            ),
            "search": G(
                pick("", "?utm_source=instagram&utm_medium=social", "?class=bjj-fundamentals", "?ref=home")
            ),
            "title": G(
                pick("Tatami | Timetable", "Tatami — Pricing", "Gear Shop | Tatami", "Competitions | Tatami")
            ),
            "url": G(
                lambda f: (
                    f.pick(["https://tatami.ie", "https://tatami.kr", "https://tatami.kz"])
                    + f.pick(["/", "/timetable", "/pricing"])
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(pick("Chromium", "Google Chrome", "Not-A.Brand")),
                    "version": G(pick("124", "8", "99")),
                },
                3,
            ),
            "mobile": G(flag),
            "platform": G(pick("Windows", "macOS", "Android")),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(pick("spring_open_mat", "kids_term2", "black_friday_gear", "new_gym_astana")),
            "source": G(pick("instagram", "google", "naver", "newsletter", "tiktok")),
            "medium": G(pick("social", "cpc", "email", "paid_social")),
            "term": G(pick("bjj dublin", "복싱 체육관", "бокс алматы", "kids martial arts cork")),
            "content": G(pick("reel_01", "carousel_b", "textlink", "story_3")),
        },
    }


def mobile_app(f: Fake, build: bool = True):
    app = {
        "name": G(lambda f: "Tatami"),
        "version": G(pick("4.12.0", "4.12.3", "4.13.0", "4.14.1")),
        "namespace": G(pick("app.tatami.member", "app.tatami.coach")),
    }
    if build:
        app["build"] = G(pick("41200", "41203", "41300", "41401"))
    return app


def mobile_common(f: Fake):
    return {
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "network": {"wifi": G(flag), "cellular": G(flag), "carrier": G(lambda f: f.pick(CARRIERS))},
    }


def context_traits(f: Fake):
    return {
        "email": Y(email, "email"),
        "firstName": Y(first, "name"),
        "memberNumber": G(member_no),
        "homeGym": G(lambda f: f.pick(GYMS)),
    }


def swift_context(f: Fake):
    return {
        "app": mobile_app(f),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(pick("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18")),
            "name": G(pick("iPhone", "iPad")),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(flag),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(pick("1.5.11", "1.6.0", "1.5.9"))},
        "os": {"name": G(pick("iOS", "iPadOS")), "version": G(pick("17.4.1", "17.5", "16.7.8"))},
        "screen": {"width": G(pick(390, 393, 430)), "height": G(pick(844, 852, 932))},
        "instanceId": G(lambda f: f.uuid()),
        "traits": context_traits(f),
        **mobile_common(f),
    }


def kotlin_context(f: Fake):
    return {
        "app": mobile_app(f),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(pick("samsung", "Google", "Xiaomi")),
            "model": G(pick("SM-S918N", "SM-A546E", "Pixel 8", "23090RA98G")),
            "name": G(pick("dm3q", "a54x", "shiba", "marble")),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(flag),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(pick("1.15.0", "1.16.3", "1.14.2")),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(pick("14", "13", "12"))},
        "screen": {
            "density": G(pick(2.625, 3.0, 2.75)),
            "width": G(pick(1080, 1440)),
            "height": G(pick(2340, 2400, 3088)),
        },
        "userAgent": G(
            pick(
                "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)",
                "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
                "Dalvik/2.1.0 (Linux; U; Android 12; 23090RA98G Build/SKQ1.211006.001)",
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {"anonymousId": G(lambda f: f.uuid()), **context_traits(f)},
        **mobile_common(f),
    }


def rn_context(f: Fake):
    return {
        "app": mobile_app(f),
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(pick("Apple", "samsung", "OnePlus")),
            "model": G(pick("iPhone13,2", "SM-G991B", "CPH2449")),
            "name": G(pick("iPhone", "o1s", "OP5913L1")),
            "type": G(pick("ios", "android")),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(flag),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(pick("2.19.2", "2.20.0", "2.18.1")),
        },
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.4", "14", "13"))},
        "screen": {"width": G(pick(390, 412, 360)), "height": G(pick(844, 915, 780))},
        "instanceId": G(lambda f: f.uuid()),
        "traits": context_traits(f),
        **mobile_common(f),
    }


def flutter_context(f: Fake):
    return {
        "app": mobile_app(f, build=False),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(pick("Apple", "samsung", "Xiaomi")),
            "model": G(pick("iPhone14,5", "SM-A155F", "Redmi Note 13")),
            "type": G(pick("ios", "android")),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(pick("1.1.1", "1.1.3", "1.0.7"))},
        "os": {"name": G(pick("iOS", "Android")), "version": G(pick("17.2", "14", "13"))},
        "screen": {"width": G(pick(390, 393)), "height": G(pick(844, 873))},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3", "2.2.3"],
    "@segment/analytics-node": ["2.1.0", "2.1.2", "1.3.0"],
    "analytics-go": ["3.3.0", "3.2.2", "3.1.0"],
    "analytics-java": ["3.5.1", "3.4.0", "3.5.0"],
    "analytics-ruby": ["2.4.3", "2.5.0", "2.4.1"],
    "analytics-php": ["3.7.0", "3.8.0", "3.6.0"],
    "analytics-csharp": ["2.4.0", "2.3.6", "2.4.1"],
}


def server_context(lib: str, with_ip: bool):
    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}}
        if with_ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
        return ctx

    return make


CLIENTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("analytics-python", False),
    "node": server_context("@segment/analytics-node", True),
    "node_plain": server_context("@segment/analytics-node", False),
    "go": server_context("analytics-go", True),
    "java": server_context("analytics-java", False),
    "ruby": server_context("analytics-ruby", False),
    "php": server_context("analytics-php", True),
    "csharp": server_context("analytics-csharp", False),
}

# -- free-text generators ---------------------------------------------------------------------------


def coach_note(f: Fake) -> str:
    n = f.pick(IRISH_FIRST + KO_GIVEN + KZ_FIRST)
    return f.pick(
        [
            f"{n} dropping hands when tired, drill slips next week",
            f"Told {n} to sit out sparring until cleared",
            f"{n} ready for blue belt, great guard retention",
            f"Paired {n} with a heavier partner, keep an eye",
            f"{n} late again, spoke to parent",
        ]
    )


def ticket_message(f: Fake) -> str:
    return f.pick(
        [
            f"I was charged twice this month, please call me on {phone(f)}",
            f"Can't log in to the app. My email is {email(f)}",
            f"Please cancel my son's membership, contact me at {email(f)}",
            f"Direct debit failed but I have money in the account. Ring {phone(f)} after 6",
            f"Card declined at the front desk, reach me on {phone(f)}",
        ]
    )


# -- events ------------------------------------------------------------------------------------------


def address_block(street, city, code):
    return {
        "street": Y(street, "address|street"),
        "city": Y(city, "city"),
        "postalCode": Y(code, "zipcode"),
        "country": G(pick("IE", "KR", "KZ")),
    }


def product():
    def gear(i):
        return lambda f: f.pick(GEAR)[i]

    return {
        "product_id": G(lambda f: f.digits(6)),
        "sku": G(
            lambda f: (
                f.pick(["HAY", "VEN", "FTX", "ADI", "KGZ", "TTM"])
                + "-"
                + f.digits(4)
                + "-"
                + f.pick(["BLK", "WHT", "RED", "A2", "16OZ", "M"])
            )
        ),
        "name": G(gear(0)),
        "brand": G(gear(1)),
        "category": G(gear(2)),
        "variant": G(pick("Black", "White A2", "16oz Red", "Medium", "Kids 130")),
        "size": G(pick("S", "M", "L", "A1", "A2", "A3", "130", "160")),
        "price": G(money(9, 220)),
        "quantity": G(ints(1, 3)),
        "position": G(ints(1, 24)),
        "url": G(lambda f: "https://tatami.ie/shop/p/" + f.digits(6)),
        "image_url": G(lambda f: "https://cdn.tatami.app/gear/" + f.hexid(10) + ".webp"),
    }


EVENTS = [
    # -- members: profile -----------------------------------------------------------------------
    (
        "identify",
        None,
        "swift",
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(pick("female", "male", "non-binary", "prefer_not_to_say"), "gender|sex"),
            "address": address_block(any_street, home_city, postcode),
            "instagram": Y(
                lambda f: (
                    "@"
                    + _ascii(first(f)).lower().replace("-", "")
                    + f.pick(["_bjj", ".boxing", "_fights", str(f.r.randint(1, 99))])
                ),
                "name",
            ),
            "avatar": Y(lambda f: "https://cdn.tatami.app/avatars/" + f.uuid() + ".jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "memberNumber": G(member_no),
            "homeGym": G(lambda f: f.pick(GYMS)),
            "plan": G(lambda f: f.pick(PLANS)),
            "disciplines": Many(G(lambda f: f.pick(DISCIPLINES)), 3),
            "belt": G(lambda f: f.pick(BELTS)),
            "age": G(ints(6, 61)),
            "isMinor": G(flag),
            "emailVerified": G(flag),
            "phoneVerified": G(flag),
            "marketingOptIn": G(flag),
            "preferredLanguage": G(pick("en", "ga", "ko", "ru", "kk")),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "plan": G(lambda f: f.pick(PLANS)),
            "memberNumber": G(member_no),
            "createdAt": G(lambda f: f.iso()),
            "trialEndsAt": G(lambda f: f.iso()),
            "referralSource": G(pick("instagram", "friend", "google", "walk_in", "naver_blog")),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            # reverse-ETL sync from the warehouse
            "MEMBER_ID": G(lambda f: f.digits(7)),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "MOBILE_E164": Y(lambda f: f.pick(["+35387", "+8210", "+7701", "+7747"]) + f.digits(7), "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_GYM": G(lambda f: f.pick(GYMS)),
            "LTV_EUR": G(money(0, 4000)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_CHECKIN_AT": G(lambda f: f.iso()),
            "TOTAL_CLASSES_ATTENDED": G(ints(0, 900)),
            "IS_MINOR": G(flag),
            "GUARDIAN_EMAIL": Y(email, "email"),
            "CURRENT_BELT": G(lambda f: f.pick(BELTS)),
            "DD_MANDATE_STATUS": G(pick("active", "cancelled", "pending_submission", "failed")),
            "AGE_BAND": G(pick("U12", "U16", "18-24", "25-34", "35-44", "45+")),
            "HAS_CONCUSSION_HISTORY": Y(flag, "condition"),
        },
    ),
    (
        "identify",
        None,
        "csharp",
        {
            "MemberId": G(lambda f: f.r.randint(100000, 999999)),
            "Forename": Y(first, "name"),
            "Surname": Y(last, "name"),
            "EmailAddress": Y(email, "email"),
            "MobileNumber": Y(ie_mobile, "phone"),
            "DateOfBirth": Y(dob, "birthdate"),
            "Eircode": Y(eircode, "zipcode"),
            "County": G(pick("Dublin", "Cork", "Galway", "Limerick", "Louth", "Wicklow")),
            "ClubName": G(lambda f: f.pick(GYMS[:4])),
            "MembershipStatus": G(pick("Active", "Frozen", "Lapsed", "Cancelled")),
            "JoinedOn": G(lambda f: f.date(2015, 2025)),
            "HealthInsurer": G(pick("VHI", "Laya Healthcare", "Irish Life Health", "Level Health")),
            "InsurerMembershipNo": Y(lambda f: f.digits(8), "identification"),
            "ConsentToPhotos": G(flag),
        },
    ),
    (
        "identify",
        None,
        "flutter",
        {
            "firstName": Y(first, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "city": Y(home_city, "city"),
            "memberNumber": G(member_no),
            "plan": G(lambda f: f.pick(PLANS)),
            "weightKg": G(money(28, 120)),
            "heightCm": G(ints(120, 205)),
            "stance": G(pick("orthodox", "southpaw", "switch")),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(GYMS)),
            "industry": G(pick("Martial Arts", "Boxing", "Fitness")),
            "employees": G(ints(2, 45)),
            "plan": G(lambda f: f.pick(["Studio", "Pro", "Federation"])),
            "website": G(pick("https://liffeyboxing.ie", "https://gangnamtkd.kr", "https://almatyboxing.kz")),
            "front_desk_phone": G(lambda f: f.pick(GYM_PHONES)),
            "support_email": G(lambda f: f.pick(GYM_MAILBOXES)),
            "club_address": G(
                pick(
                    "12 Ormond Quay Upper, Dublin 7",
                    "서울특별시 강남구 논현로 508",
                    "ул. Сатпаева 29, Алматы",
                )
            ),
            "activeMembers": G(ints(30, 1200)),
        },
    ),
    ("alias", None, "rn", None),
    # -- guardians and minors -------------------------------------------------------------------
    (
        "track",
        "Guardian Consent Submitted",
        "web",
        {
            "child_member_id": G(uid),
            "child_first_name": Y(first, "name"),
            "child_last_name": Y(last, "name"),
            "child_dob": Y(child_dob, "birthdate"),
            "guardian_name": Y(full_name, "name"),
            "guardian_email": Y(email, "email"),
            "guardian_phone": Y(phone, "phone"),
            "relationship": G(pick("mother", "father", "legal_guardian", "grandparent")),
            "photo_consent": G(flag),
            "sparring_consent": G(flag),
            "signed_name": Y(full_name, "name"),
            "signature_image_url": Y(
                lambda f: "https://files.tatami.app/signatures/" + f.uuid() + ".png", "photo"
            ),
            "consent_version": G(pick("2024.2", "2025.1", "2023.4")),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Guardian Added",
        "swift",
        {
            "childMemberId": G(uid),
            "guardian": {
                "firstName": Y(first, "name"),
                "lastName": Y(last, "name"),
                "email": Y(email, "email"),
                "mobile": Y(phone, "phone"),
                "relationship": G(pick("mother", "father", "aunt", "legal_guardian")),
                "isPrimary": G(flag),
                "canCollect": G(flag),
            },
            "guardianCount": G(ints(1, 3)),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "kotlin",
        {
            "contact_name": Y(full_name, "name"),
            "contact_phone": Y(phone, "phone"),
            "relationship": G(pick("mother", "father", "legal_guardian", "grandparent", "partner", "friend")),
            "label": Y(
                lambda f: f.pick(["Mam", "Dad", "엄마", "Мама", "Partner"]) + " - " + full_name(f),
                "name",
                True,
            ),
            "contacts_on_file": G(ints(1, 3)),
        },
    ),
    # -- medical ------------------------------------------------------------------------------------
    (
        "track",
        "Medical Clearance Submitted",
        "swift",
        {
            "clearance_id": G(lambda f: f.uuid()),
            "has_heart_condition": Y(flag, "condition"),
            "has_asthma": Y(flag, "condition"),
            "is_pregnant": Y(flag, "condition"),
            "concussion_history": Y(flag, "condition"),
            "concussions_last_12m": Y(ints(0, 3), "condition"),
            "last_concussion_date": Y(lambda f: f.date(2019, 2025), "condition"),
            "medications": Many(
                Y(
                    pick("salbutamol inhaler", "sertraline", "metformin", "ibuprofen", "isotretinoin"),
                    "medication",
                ),
                2,
            ),
            "allergies": Many(Y(pick("latex", "penicillin", "peanuts", "bee stings"), "allergy"), 2),
            "gp_name": Y(lambda f: "Dr " + full_name(f), "name"),
            "gp_practice": G(
                pick(
                    "Rathmines Medical Centre",
                    "Salthill Family Practice",
                    "연세세브란스 가정의학과",
                    "Клиника Сункар",
                )
            ),
            "clearance_status": G(pick("cleared", "pending_review", "not_cleared", "expired")),
            "cleared_for_contact": G(flag),
            "clearance_expires": G(lambda f: f.date(2025, 2026)),
            "form_version": G(pick("PAR-Q+ 2023", "PAR-Q+ 2024", "KR-MED-3")),
        },
    ),
    (
        "track",
        "Concussion Reported",
        "node_plain",
        {
            "incident_id": G(lambda f: f.uuid()),
            "athlete_id": G(uid),
            "athlete_name": Y(full_name, "name"),
            "symptoms": Many(
                Y(
                    pick("headache", "dizziness", "nausea", "blurred vision", "memory loss"),
                    "condition|diagnosis",
                ),
                3,
            ),
            "scat6_score": Y(ints(0, 132), "condition|diagnosis"),
            "lost_consciousness": Y(flag, "condition"),
            "reported_by_coach": Y(full_name, "name"),
            "return_to_play_stage": G(ints(1, 6)),
            "occurred_at": G(lambda f: f.iso()),
            "gym_id": G(lambda f: "gym_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Sparring Injury Logged",
        "kotlin",
        {
            "injury_id": G(lambda f: f.digits(8)),
            "injured_member_id": G(uid),
            "injured_member_name": Y(full_name, "name"),
            "injury_type": Y(
                pick(
                    "broken nose",
                    "rib contusion",
                    "cut above eye",
                    "dislocated finger",
                    "MCL sprain",
                    "perforated eardrum",
                ),
                "condition|diagnosis",
            ),
            "treatment": Y(
                pick("ice and compression", "steri-strips", "referred to A&E", "finger strapped", "none"),
                "procedure",
            ),
            "sparring_partner_name": Y(full_name, "name"),
            "first_aid_by": Y(full_name, "name"),
            "class_id": G(lambda f: "cls_" + f.hexid(10)),
            "round": G(ints(1, 6)),
            "ambulance_called": G(flag),
            "note": Y(coach_note, "name", True),
        },
    ),
    (
        "track",
        "Pre-Fight Medical Completed",
        "java",
        {
            "boutId": G(lambda f: "B" + f.digits(6)),
            "athleteId": G(uid),
            "ringsidePhysician": Y(lambda f: "Dr " + full_name(f), "name"),
            "bloodPressure": Y(
                lambda f: f"{f.r.randint(105, 150)}/{f.r.randint(62, 95)}", "condition|diagnosis"
            ),
            "restingHeartRate": Y(ints(44, 96), "condition|diagnosis"),
            "bloodwork": {
                "hiv": Y(pick("negative", "negative", "non-reactive", "pending"), "diagnosis|condition"),
                "hepB": Y(pick("negative", "non-reactive", "pending"), "diagnosis|condition"),
                "hepC": Y(pick("negative", "non-reactive", "pending"), "diagnosis|condition"),
                "expires": G(lambda f: f.date(2025, 2026)),
            },
            "approved": G(flag),
            "examinedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Injury Claim Started",
        "php",
        {
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
            "insurer": G(
                pick("VHI", "Laya Healthcare", "Irish Life Health", "DB손해보험", "Freedom Finance Insurance")
            ),
            "insurer_member_number": Y(lambda f: f.digits(9), "identification"),
            "policy_number": Y(lambda f: f.pick(["POL", "SP", ""]) + f.digits(8), "identification"),
            "medical_card_number": RED(
                lambda f: f.digits(7) + f.pick(["A", "B", "H", "T", "W"]), "health id"
            ),
            "injury_date": G(lambda f: f.date(2024, 2025)),
            "diagnosis": Y(
                pick("ACL tear", "fractured metacarpal", "shoulder dislocation", "concussion"), "diagnosis"
            ),
            "estimated_cost": G(money(80, 6000)),
            "claimant_email": Y(email, "email"),
            "status": G(pick("submitted", "in_review", "approved", "rejected")),
        },
    ),
    (
        "track",
        "Membership Frozen",
        "rn",
        {
            "membership_id": G(lambda f: f.uuid()),
            "freeze_reason": Y(
                pick("injury", "pregnancy", "surgery", "travel", "exams", "financial"), "condition"
            ),
            "freeze_weeks": G(ints(1, 12)),
            "resume_on": G(lambda f: f.date(2025, 2026)),
        },
    ),
    # -- classes and check-ins ------------------------------------------------------------------
    (
        "track",
        "Class Booked",
        "swift",
        {
            "booking_id": G(lambda f: f.uuid()),
            "class_id": G(lambda f: "cls_" + f.hexid(10)),
            "class_name": G(lambda f: f.pick(CLASSES)),
            "discipline": G(lambda f: f.pick(DISCIPLINES)),
            "coach_name": Y(full_name, "name"),
            "coach_id": G(lambda f: "coach_" + f.digits(4)),
            "gym_location": G(lambda f: f.pick(GYMS)),
            "starts_at": G(lambda f: f.iso()),
            "spots_left": G(ints(0, 30)),
            "waitlisted": G(flag),
            "credits_used": G(ints(0, 2)),
        },
    ),
    (
        "track",
        "Class Booking Cancelled",
        "kotlin",
        {
            "booking_id": G(lambda f: f.uuid()),
            "class_id": G(lambda f: "cls_" + f.hexid(10)),
            "cancel_reason": G(pick("schedule_conflict", "too_tired", "work", "other")),
            "late_cancel": G(flag),
            "late_fee": G(money(0, 10)),
        },
    ),
    (
        "track",
        "Member Checked In",
        "kotlin",
        {
            "checkin_id": G(lambda f: f.digits(10)),
            "member_number": G(member_no),
            "gym_id": G(lambda f: "gym_" + f.digits(4)),
            "door": G(pick("main", "mat_room_2", "side_gate")),
            "method": G(pick("qr", "nfc", "face", "pin")),
            "kiosk_photo_url": Y(lambda f: "https://files.tatami.app/kiosk/" + f.hexid(16) + ".jpg", "photo"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "streak_days": G(ints(0, 120)),
            "membership_valid": G(flag),
        },
    ),
    (
        "track",
        "Geofence Check-In",
        "swift",
        {
            "latitude": Y(
                lambda f: round(f.pick([53.34, 37.50, 43.24, 51.17]) + f.r.uniform(-0.05, 0.05), 6),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(f.pick([-6.27, 127.03, 76.95, 71.43]) + f.r.uniform(-0.05, 0.05), 6),
                "geolocation",
            ),
            "horizontal_accuracy_m": G(money(3, 65)),
            "distance_to_gym_m": G(ints(0, 150)),
            "gym_id": G(lambda f: "gym_" + f.digits(4)),
        },
    ),
    (
        "screen",
        "Class Schedule",
        "rn",
        {
            "filter_discipline": G(lambda f: f.pick(DISCIPLINES)),
            "week_of": G(lambda f: f.date(2025, 2025)),
            "gym_id": G(lambda f: "gym_" + f.digits(4)),
        },
    ),
    (
        "screen",
        "Fight Record",
        "swift",
        {
            "athlete_id": G(uid),
            "record": G(lambda f: f"{f.r.randint(0, 30)}-{f.r.randint(0, 12)}-{f.r.randint(0, 3)}"),
            "tab": G(pick("bouts", "gradings", "medals")),
        },
    ),
    (
        "page",
        "Pricing",
        "web",
        {
            "path": G(pick("/pricing", "/ko/pricing", "/ru/pricing")),
            "url": G(
                pick(
                    "https://tatami.ie/pricing",
                    "https://tatami.kr/ko/pricing",
                    "https://tatami.kz/ru/pricing",
                )
            ),
            "title": G(pick("Pricing | Tatami", "요금제 | Tatami", "Цены | Tatami")),
            "referrer": G(pick("", "https://www.google.ie/", "https://search.naver.com/")),
            "search": G(pick("", "?plan=kids", "?utm_source=naver")),
            "currency_shown": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "page",
        "Competition Results",
        "web",
        {
            "path": G(pick("/competitions/results", "/competitions/celtic-clash-14/results")),
            "url": G(
                pick(
                    "https://tatami.ie/competitions/results",
                    "https://tatami.ie/competitions/celtic-clash-14/results",
                )
            ),
            "title": G(pick("Results | Tatami", "Celtic Clash 14 results")),
            "referrer": G(pick("", "https://www.facebook.com/", "https://www.google.ie/")),
            "search": G(pick("", "?division=novice", "?weight=67kg")),
            "tournament_id": G(lambda f: "trn_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Class Feedback Submitted",
        "flutter",
        {
            "class_id": G(lambda f: "cls_" + f.hexid(10)),
            "rating": G(ints(1, 5)),
            "coach_rating": G(ints(1, 5)),
            "comment": G(
                pick(
                    "Great class, tough warm-up",
                    "Too crowded tonight",
                    "수업 너무 좋았어요",
                    "Отличная тренировка",
                    "More drilling please",
                    "",
                )
            ),
            "would_recommend": G(flag),
        },
    ),
    (
        "track",
        "Coach Note Added",
        "node_plain",
        {
            "member_id": G(uid),
            "note": Y(coach_note, "name", True),
            "visibility": G(pick("coaches", "private")),
        },
    ),
    # -- gradings ----------------------------------------------------------------------------------
    (
        "track",
        "Grading Completed",
        "node",
        {
            "gradingId": G(lambda f: "grd_" + f.hexid(8)),
            "discipline": G(lambda f: f.pick(DISCIPLINES)),
            "fromBelt": G(lambda f: f.pick(BELTS)),
            "toBelt": G(lambda f: f.pick(BELTS)),
            "passed": G(flag),
            "score": G(ints(40, 100)),
            "examinerName": Y(full_name, "name"),
            "examinerId": G(lambda f: "coach_" + f.digits(4)),
            "fee": G(money(20, 120)),
            "stripes": G(ints(0, 4)),
            "certificateIssued": G(flag),
        },
    ),
    (
        "track",
        "승급심사 신청",
        "go",
        {
            "hoewon_beonho": G(lambda f: f.digits(8)),
            "ireum": Y(ko_name, "name"),
            "yeongmun_ireum": Y(ko_name_roman, "name"),
            "saengnyeonwolil": Y(lambda f: f.date(1990, 2018).replace("-", ""), "birthdate"),
            "jumin_beonho": RED(rrn, "national id"),
            "hyudaepon": Y(kr_mobile, "phone"),
            "bohoja_ireum": Y(ko_name, "name"),
            "bohoja_yeollakcheo": Y(kr_mobile, "phone"),
            "dojang_myeong": G(pick("강남태권도장", "홍대복싱", "해운대합기도", "수원킥복싱")),
            "dojang_jeonhwa": G(pick("02-555-0192", "051-742-3300", "031-211-8800")),
            "hyeonjae_geup": G(pick("8급", "4급", "1품", "1단", "2단")),
            "simsa_geup": G(pick("1품", "1단", "2단", "3단", "2품")),
            "simsa_il": G(lambda f: f.date(2025, 2025)),
            "simsa_bi": G(pick(50000, 80000, 120000, 150000)),
            "gukgiwon_dan_beonho": Y(lambda f: f.digits(8), "certificate"),
            "juso": Y(kr_street, "address"),
            "ubeon_beonho": Y(lambda f: f"{f.r.randint(1000, 63999):05d}", "zipcode"),
        },
    ),
    # -- weigh-ins and bouts -----------------------------------------------------------------------
    (
        "track",
        "Weigh-In Recorded",
        "python",
        {
            "weigh_in_id": G(lambda f: f.uuid()),
            "bout_id": G(lambda f: "B" + f.digits(6)),
            "athlete_id": G(uid),
            "weight_kg": G(money(45, 120)),
            "weight_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "limit_kg": G(pick(51.0, 57.0, 60.0, 67.0, 75.0, 80.0)),
            "made_weight": G(flag),
            "attempt": G(ints(1, 2)),
            "official_name": Y(full_name, "name"),
            "weighed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Bout Result Recorded",
        "node",
        {
            "bout_id": G(lambda f: "B" + f.digits(6)),
            "event_name": G(lambda f: f.pick(TOURNAMENTS)),
            "red_corner": {
                "athlete_id": G(uid),
                "name": Y(full_name, "name"),
                "nickname": Y(
                    pick("The Celtic Storm", "Iron Fist", "Steppe Eagle", "Tiger Kim", "Baby Face"), "name"
                ),
                "team": G(lambda f: f.pick(TEAMS)),
                "record": G(lambda f: f"{f.r.randint(0, 30)}-{f.r.randint(0, 12)}-{f.r.randint(0, 3)}"),
            },
            "blue_corner": {
                "athlete_id": G(uid),
                "name": Y(full_name, "name"),
                "nickname": Y(
                    pick("The Hammer", "Little Tiger", "Almaty Express", "Dynamite", "The Surgeon"), "name"
                ),
                "team": G(lambda f: f.pick(TEAMS)),
                "record": G(lambda f: f"{f.r.randint(0, 30)}-{f.r.randint(0, 12)}-{f.r.randint(0, 3)}"),
            },
            "winner_corner": G(pick("red", "blue", "draw")),
            "method": G(pick("KO", "TKO", "UD", "SD", "submission", "DQ", "points")),
            "round": G(ints(1, 5)),
            "time": G(lambda f: f"{f.r.randint(0, 4)}:{f.r.randint(0, 59):02d}"),
            "referee": Y(full_name, "name"),
            "judges": Many(
                {"name": Y(full_name, "name"), "score_red": G(ints(26, 30)), "score_blue": G(ints(26, 30))}, 3
            ),
            "weight_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "title_bout": G(flag),
        },
    ),
    (
        "track",
        "Bout Scheduled",
        "node",
        {
            "bout-id": G(lambda f: "B" + f.digits(6)),
            "event-slug": G(pick("celtic-clash-14", "seoul-boxing-cup-2025", "astana-fight-night-7")),
            "red-corner-name": Y(full_name, "name"),
            "blue-corner-name": Y(full_name, "name"),
            "scheduled-rounds": G(pick(3, 5, 6, 8)),
            "weight-class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "title-fight": G(flag),
            "purse-eur": Y(pick(500, 750, 1500, 3000, 8000), "salary"),
            "venue-name": G(lambda f: f.pick(VENUES)),
            "venue-address": G(
                pick("South Circular Road, Dublin 8", "서울특별시 중구 동호로 241", "пр. Абая 44, Алматы")
            ),
            "ticket-link": G(lambda f: "https://tatami.app/t/" + f.hexid(6)),
        },
    ),
    (
        "track",
        "Bout Video Uploaded",
        "java",
        {
            "video": {
                "id": G(lambda f: f.hexid(11)),
                "title": Y(
                    lambda f: f"{full_name(f)} vs {full_name(f)} - {f.pick(TOURNAMENTS)}", "name", True
                ),
                "durationSec": G(ints(120, 1500)),
            },
            "visibility": G(pick("public", "unlisted", "team")),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Fighter Searched",
        "web",
        {
            "q": Y(lambda f: f.pick([full_name(f), last(f), ko_name(f)]), "name", True),
            "results_count": G(ints(0, 40)),
            "scope": G(pick("rankings", "results", "gyms")),
        },
    ),
    (
        "track",
        "Weight Class Changed",
        "rn",
        {
            "previous_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "new_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "weight_kg": G(money(45, 120)),
            "approved_by_coach": G(flag),
        },
    ),
    # -- competitions --------------------------------------------------------------------------------
    (
        "track",
        "Competition Entry Submitted",
        "web",
        {
            "entry_id": G(lambda f: "ENT-" + f.digits(6)),
            "tournament": {
                "id": G(lambda f: "trn_" + f.digits(4)),
                "name": G(lambda f: f.pick(TOURNAMENTS)),
                "venue": G(lambda f: f.pick(VENUES)),
                "city": G(pick("Dublin", "Galway", "Seoul", "Almaty", "Astana")),
                "starts_on": G(lambda f: f.date(2025, 2026)),
            },
            "division": G(pick("Adult Male", "Adult Female", "Masters 1", "Juvenile", "Cadet")),
            "weight_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "belt": G(lambda f: f.pick(BELTS)),
            "age_category": G(pick("U12", "U15", "U18", "Senior", "Masters 30+")),
            "athlete": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "dob": Y(dob, "birthdate"),
                "nationality": Y(
                    pick("Irish", "Korean", "Kazakh", "Polish", "Brazilian", "Georgian"), "citizenship"
                ),
                "passport_number": RED(passport, "passport"),
                "passport_expiry": G(lambda f: f.date(2026, 2034)),
                "passport_issuing_country": G(pick("IE", "KR", "KZ", "PL", "BR", "GE")),
                "passport_scan_uploaded": G(flag),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "federation_id": G(lambda f: f.pick(["IBJJF-", "IABA-", "KTA-", ""]) + f.digits(6)),
            },
            "team_name": G(lambda f: f.pick(TEAMS)),
            "coach": {
                "name": Y(full_name, "name"),
                "email": Y(work_email, "email"),
                "phone": Y(phone, "phone"),
            },
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(pick("mother", "father", "spouse", "sibling")),
            },
            "entry_fee": G(money(35, 150)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
        },
    ),
    (
        "track",
        "Visa Letter Requested",
        "node",
        {
            "request_id": G(lambda f: f.uuid()),
            "tournament_id": G(lambda f: "trn_" + f.digits(4)),
            "athlete_name": Y(full_name, "name"),
            "passport_no": RED(passport, "passport"),
            "date_of_birth": Y(dob, "birthdate"),
            "home_address": Y(full_address, "address"),
            "nationality": Y(
                pick("Irish", "Kazakh", "Uzbek", "Nigerian", "Mongolian", "Brazilian"), "citizenship"
            ),
            "needs_visa": RED(flag, "visa"),
            "visa_type": RED(pick("C-3-1 short-term visit", "K-ETA", "Schengen C", "none"), "visa"),
            "arrival_date": G(lambda f: f.date(2025, 2026)),
            "flight_number": G(pick("KE908", "EI104", "KC921", "OZ521", "TK90")),
            "hotel_name": G(pick("Lotte Hotel Seoul", "Rixos Almaty", "The Shelbourne", "Hilton Astana")),
        },
    ),
    (
        "track",
        "Registratsiya Na Turnir",
        "ruby",
        {
            "familiya": Y(lambda f: f.pick(KZ_LAST_CYR + KZ_LAST), "name"),
            "imya": Y(lambda f: f.pick(KZ_FIRST_CYR + KZ_FIRST), "name"),
            "otchestvo": Y(lambda f: f.pick(KZ_PATRONYMIC_CYR), "name"),
            "iin": RED(iin, "national id"),
            "nomer_udostovereniya": RED(kz_id_card, "national id"),
            "data_rozhdeniya": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1980, 2012)}",
                "birthdate",
            ),
            "telefon": Y(kz_mobile, "phone"),
            "pol": Y(pick("М", "Ж", "муж", "жен"), "gender|sex"),  # noqa: RUF001
            "grazhdanstvo": Y(pick("Казахстан", "Россия", "Кыргызстан", "Узбекистан"), "citizenship"),
            "adres_prozhivaniya": Y(kz_street, "address"),
            "ves_kg": G(money(40, 110)),
            "vesovaya_kategoriya": G(pick("-60", "-66", "-73", "-81", "-90", "+100")),
            "sportivnyy_razryad": G(pick("КМС", "МС", "1 разряд", "2 разряд", "б/р")),  # noqa: RUF001
            "trener_fio": Y(kz_fio, "name"),
            "klub": G(pick("Алматы Бокс Академия", "Astana Fight Club", "СДЮШОР №3")),
            "oblast": G(pick("Алматинская", "Акмолинская", "Туркестанская", "Карагандинская")),
            "vznos_tenge": G(pick(5000, 10000, 15000)),
            "status_oplaty": G(pick("оплачено", "ожидает", "отменено")),
            "nomer_zayavki": G(lambda f: f.digits(6)),
        },
    ),
    (
        "identify",
        None,
        "php",
        {
            "familiya": Y(lambda f: f.pick(KZ_LAST_CYR + KZ_LAST), "name"),
            "imya": Y(lambda f: f.pick(KZ_FIRST_CYR + KZ_FIRST), "name"),
            "telefon": Y(kz_mobile, "phone"),
            "email": Y(email, "email"),
            "gorod_kluba": G(pick("Алматы", "Астана", "Шымкент")),
            "abonement": G(pick("Безлимит", "12 занятий", "8 занятий", "Детский")),
        },
    ),
    # -- payments: direct debit, card, Korea, Kazakhstan --------------------------------------------
    (
        "track",
        "Direct Debit Mandate Created",
        "php",
        {
            "mandate_id": G(lambda f: gc_id(f, "MD")),
            "customer_id": G(lambda f: gc_id(f, "CU")),
            "customer_bank_account_id": G(lambda f: gc_id(f, "BA")),
            "account_holder_name": Y(full_name, "name"),
            "account_holder_email": Y(email, "email"),
            "address_line1": Y(ie_street, "address|street"),
            "iban": RED(ie_iban, "bank account"),
            "bic": G(pick("AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D")),
            "sort_code": G(pick("93-11-52", "90-14-80", "99-03-70", "98-50-10")),
            "scheme": G(lambda f: "sepa_core"),
            "creditor_id": G(lambda f: "IE98ZZZ" + f.digits(6)),
            "first_collection_date": G(lambda f: f.date(2025, 2025)),
            "monthly_amount": G(pick(45.0, 65.0, 80.0, 99.0)),
        },
    ),
    (
        "track",
        "Direct Debit Failed",
        "php",
        {
            "payment_id": G(lambda f: gc_id(f, "PM")),
            "mandate_id": G(lambda f: gc_id(f, "MD")),
            "reason_code": G(pick("AM04", "MD01", "AC04", "MS02")),
            "description": G(pick("Insufficient funds", "No mandate", "Account closed", "Refused by payer")),
            "debtor_name": Y(full_name, "name"),
            "debtor_iban": RED(any_iban, "bank account"),
            "amount": G(money(30, 120)),
            "will_retry": G(flag),
        },
    ),
    (
        "track",
        "Membership Fee Charged",
        "csharp",
        {
            "MemberId": G(lambda f: f.r.randint(100000, 999999)),
            "InvoiceNumber": G(lambda f: "INV-" + f.digits(7)),
            "AmountEur": G(money(30, 160)),
            "Currency": G(lambda f: "EUR"),
            "CardBrand": G(pick("Visa", "Mastercard", "Amex")),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "PaymentMethodToken": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "BillingName": Y(full_name, "name"),
            "BillingEmail": Y(email, "email"),
            "BillingAddress": {
                "Line1": Y(ie_street, "address|street"),
                "City": Y(lambda f: f.pick(IE_TOWNS), "city|address"),
                "Eircode": Y(eircode, "zipcode|address"),
                "Country": G(lambda f: "IE"),
            },
            "RetryCount": G(ints(0, 3)),
            "Status": G(pick("Succeeded", "Failed", "RequiresAction")),
            "ProcessedAtUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Failed",
        "node_plain",
        {
            "payment_intent": G(lambda f: stripe_id(f, "pi_")),
            "customer": G(lambda f: stripe_id(f, "cus_")),
            "payment_method": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "amount": G(ints(3000, 16000)),
            "currency": G(pick("eur", "krw", "kzt")),
            "failure_code": G(
                pick("card_declined", "insufficient_funds", "expired_card", "authentication_required")
            ),
            "card": {
                "brand": G(pick("visa", "mastercard", "amex")),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(ints(1, 12)),
                "exp_year": G(ints(2025, 2031)),
                "country": G(pick("IE", "KR", "KZ", "GB")),
                "funding": G(pick("credit", "debit", "prepaid")),
            },
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "address": {
                    "line1": Y(any_street, "address|street"),
                    "city": Y(home_city, "city"),
                    "postal_code": Y(postcode, "zipcode"),
                    "country": G(pick("IE", "KR", "KZ")),
                },
            },
            "attempt": G(ints(1, 4)),
        },
    ),
    (
        "track",
        "Payment Card Added",
        "rn",
        {
            "payment_method_id": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "card_brand": G(pick("visa", "mastercard", "amex", "bc")),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(pick("476173", "535522", "379245", "943116")),
            "exp_month": G(ints(1, 12)),
            "exp_year": G(ints(2025, 2031)),
            "wallet": G(pick("apple_pay", "google_pay", "none")),
        },
    ),
    (
        "track",
        "Card Entered At Front Desk",
        "java",
        {
            "terminalId": G(lambda f: "T" + f.digits(5)),
            "cardNumber": RED(lambda f: f.card(), "credit card"),
            "cvc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "cardholder": Y(full_name, "name"),
            "expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "staffId": G(lambda f: "staff_" + f.digits(3)),
            "amount": G(money(10, 400)),
        },
    ),
    (
        "track",
        "Toss Payment Approved",
        "go",
        {
            "paymentKey": G(lambda f: "tgen_" + f.digits(14) + f.hexid(6)),
            "orderId": G(lambda f: "ORD-" + f.digits(10)),
            "orderName": G(pick("3개월 회원권", "키즈 태권도 월회비", "복싱 10회권", "PT 5회")),
            "method": G(pick("카드", "간편결제", "계좌이체")),
            "totalAmount": G(pick(99000, 150000, 270000, 55000)),
            "approvedAt": G(lambda f: f.iso()),
            "card": {
                "issuerCode": G(pick("11", "21", "31", "41", "51")),
                "number": G(lambda f: f.digits(8) + "****" + f.digits(3) + "*"),
                "installmentPlanMonths": G(pick(0, 2, 3, 6)),
                "approveNo": G(lambda f: f.digits(8)),
                "cardType": G(pick("신용", "체크")),
            },
            "easyPay": {"provider": G(pick("카카오페이", "토스페이", "네이버페이"))},
            "customerName": Y(ko_name, "name"),
            "customerMobilePhone": Y(lambda f: "010" + f.digits(8), "phone"),
            "customerEmail": Y(email, "email"),
            "receipt": {"url": G(lambda f: "https://dashboard.tosspayments.com/receipt/" + f.hexid(20))},
        },
    ),
    (
        "track",
        "Refund Account Registered",
        "go",
        {
            "hwanbul_gyejwa": RED(kr_account, "bank account"),
            "eunhaeng": G(pick("신한은행", "우리은행", "카카오뱅크", "KB국민은행")),
            "yegeumju": Y(ko_name, "name"),
            "nice_ci": Y(
                lambda f: (
                    "".join(f.pick(string.ascii_letters + string.digits + "+/") for _ in range(86)) + "=="
                ),
                "identification",
            ),
            "bonin_injeung": G(flag),
            "hwanbul_geumaek": G(pick(33000, 66000, 99000)),
        },
    ),
    (
        "track",
        "Kaspi Payment Received",
        "ruby",
        {
            "txn_id": G(lambda f: f.digits(11)),
            "kaspi_phone": Y(kz_mobile, "phone"),
            "iin_platelshchika": RED(iin, "national id"),
            "platelshchik": Y(lambda f: f"{f.pick(KZ_FIRST_CYR)} {f.pick(KZ_LAST_CYR)[0]}.", "name"),
            "summa": G(pick(15000, 25000, 35000, 8000)),
            "valyuta": G(lambda f: "KZT"),
            "naznachenie": G(
                pick("Абонемент 12 занятий", "Безлимит месяц", "Детская секция", "Турнирный взнос")
            ),
            "status": G(pick("success", "pending", "rejected")),
            "iban_poluchatelya": G(
                pick(
                    iban("KZ", "722KZT0012345678", False),
                    iban("KZ", "601KZT0077001234", False),
                    iban("KZ", "998KZT0000456789", False),
                )
            ),
        },
    ),
    # -- e-commerce: gear shop -----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        "web",
        {"query": G(pick("16oz gloves", "kids gi a1", "shin guards", "mouthguard", "도복", "бинты"))},
    ),
    (
        "track",
        "Product Viewed",
        "swift",
        {
            **{k: v for k, v in product().items() if k not in ("position",)},
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "value": G(money(9, 220)),
        },
    ),
    (
        "track",
        "Product Added",
        "web",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{
                k: v
                for k, v in product().items()
                if k in ("product_id", "sku", "name", "price", "quantity", "size")
            },
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: f.digits(9)),
            "affiliation": G(pick("Tatami Shop IE", "Tatami Shop KR", "Tatami Shop KZ")),
            "value": G(money(9, 600)),
            "revenue": G(money(9, 600)),
            "shipping": G(money(0, 15)),
            "tax": G(money(0, 60)),
            "discount": G(money(0, 30)),
            "coupon": G(pick("", "KIDS10", "FIGHTNIGHT", "BLUEBELT15")),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(product(), 3),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: f.digits(9)),
            "total": G(money(9, 600)),
            "subtotal": G(money(9, 600)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "products": Many(
                {
                    **{
                        k: v
                        for k, v in product().items()
                        if k in ("product_id", "sku", "name", "price", "quantity", "size")
                    },
                    "customization": {
                        "type": G(pick("embroidery", "belt_bar")),
                        "text": Y(
                            lambda f: f.pick([full_name(f), ko_name(f), f"{first(f)[0]}. {last(f)}"]),
                            "name",
                            True,
                        ),
                    },
                },
                2,
            ),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(any_street, "address|street"),
                "city": Y(home_city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(pick("IE", "KR", "KZ")),
            },
            "email": Y(email, "email"),
            "shipping_method": G(pick("An Post", "CJ대한통운", "Kazpost", "DHL Express")),
            "tracking_number": G(
                lambda f: f.pick(["CE", "RR", "LX"]) + f.digits(9) + f.pick(["IE", "KR", "KZ"])
            ),
            "is_gift": G(flag),
        },
    ),
    (
        "track",
        "Fight Night PPV Purchased",
        "rn",
        {
            "order_id": G(lambda f: f.digits(9)),
            "event_name": G(lambda f: f.pick(TOURNAMENTS)),
            "price": G(money(9, 30)),
            "currency": G(lambda f: f.pick(CURRENCIES)),
            "gift_recipient_email": Y(email, "email"),
            "is_gift": G(flag),
        },
    ),
    # -- coaches ------------------------------------------------------------------------------------
    (
        "track",
        "Coach Account Created",
        "java",
        {
            "coachId": G(lambda f: "coach_" + f.digits(4)),
            "fullName": Y(full_name, "name"),
            "workEmail": Y(work_email, "email"),
            "mobile": Y(phone, "phone"),
            "dateOfBirth": Y(dob, "birthdate"),
            "role": G(pick("head_coach", "assistant", "kids_coach", "front_desk")),
            "certifications": Many(
                G(
                    pick(
                        "IABA Level 2",
                        "IBJJF Black Belt",
                        "Kukkiwon 4th Dan Instructor",
                        "First Aid Responder",
                    )
                ),
                2,
            ),
            "gardaVettingComplete": G(flag),
            "previousAddresses": Many(Y(full_address, "address"), 3),
            "mfaEnabled": G(flag),
            "invitedBy": G(lambda f: "coach_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Coach Payout Sent",
        "csharp",
        {
            "PayoutId": G(lambda f: "PO-" + f.digits(8)),
            "CoachName": Y(full_name, "name"),
            "PayeeIban": RED(any_iban, "bank account"),
            "Ppsn": RED(ppsn, "national id"),
            "HourlyRate": Y(pick(25.0, 30.0, 35.0, 40.0, 55.0), "salary"),
            "HoursTaught": G(money(4, 60)),
            "GrossAmount": G(money(200, 3200)),
            "Currency": G(lambda f: "EUR"),
            "PeriodEnd": G(lambda f: f.date(2025, 2025)),
        },
    ),
    (
        "track",
        "Calendar Sync Enabled",
        "web",
        {
            "ical_feed_url": RED(
                lambda f: "https://tatami.app/ical/" + f.hexid(40) + ".ics", "token|secret", True
            ),
            "provider": G(pick("google", "outlook", "apple")),
            "classes_synced": G(ints(0, 40)),
        },
    ),
    # -- accounts and sign-in ------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "web",
        {
            "signup_method": G(pick("email", "google", "apple", "kakao")),
            "email": Y(email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "plan_name": G(lambda f: f.pick(PLANS)),
            "trial_days": G(pick(7, 14)),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(60))
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + "".join(f.pick(string.ascii_letters + string.digits + "_-") for _ in range(55))
                ),
                "advertising id",
            ),
            "accepted_terms": G(lambda f: True),
        },
    ),
    (
        "track",
        "Phone Verified",
        "kotlin",
        {
            "phone_e164": Y(lambda f: f.pick(["+35385", "+8210", "+7707"]) + f.digits(7), "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "attempts": G(ints(1, 3)),
            "channel": G(pick("sms", "whatsapp", "kakao_alimtalk")),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node",
        {
            "email": Y(email, "email"),
            "reset_token": RED(lambda f: f.hexid(48), "token"),
            "requested_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "web",
        {
            "email": Y(email, "email"),
            "magic_link_token": RED(lambda f: f.hexid(32), "token"),
            "expires_in": G(pick(600, 900)),
        },
    ),
    (
        "track",
        "Password Changed",
        "swift",
        {
            "password_strength": G(pick("weak", "fair", "strong")),
            "forced": G(flag),
            "sessions_revoked": G(ints(0, 4)),
        },
    ),
    # -- neutral keys, vendors -----------------------------------------------------------------------
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form_id": G(pick("trial_signup", "kids_enrolment", "competition_entry")),
            "field": {
                "name": G(pick("email", "guardian_email", "billing_email")),
                "type": G(pick("email", "text")),
                "value": Y(email, "email", True),
            },
            "duration_ms": G(ints(300, 12000)),
        },
    ),
    (
        "track",
        "Search Autocomplete",
        "web",
        {
            "input": G(pick("bj", "muay", "kids t", "open m", "복싱", "самбо")),
            "suggestions_shown": G(ints(0, 8)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        "rn",
        {
            "thread_id": G(lambda f: f.uuid()),
            "text": G(
                pick(
                    "see you at open mat",
                    "anyone got spare 16oz?",
                    "오늘 수업 몇 시예요?",
                    "кто завтра на спарринг?",
                    "great session!",
                )
            ),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        "node_plain",
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "subject": G(pick("Billing", "App login", "Cancel membership", "Direct debit")),
            "message": Y(ticket_message, "phone|email", True),
            "priority": G(pick("low", "normal", "high")),
            "channel": G(pick("web", "app", "email")),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "friend_name": Y(full_name, "name"),
            "friend_phone": Y(phone, "phone"),
            "channel": G(pick("sms", "whatsapp", "kakaotalk", "telegram")),
            "custom_message": G(
                pick(
                    "Come train with me, first class is free!",
                    "Free trial week 🥊",
                    "같이 운동하자!",
                    "Приходи на тренировку",
                )
            ),
        },
    ),
    (
        "track",
        "SMS Reminder Delivered",
        "python",
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "To": Y(lambda f: f.pick(["+35387", "+8210", "+7701"]) + f.digits(7), "phone"),
            "From": G(pick("+353861800555", "+15005550006", "+77273550140")),
            "MessageStatus": G(pick("delivered", "sent", "undelivered", "failed")),
            "Body": G(
                pick(
                    "Reminder: Muay Thai Pads at 18:30 tomorrow. Reply STOP to opt out.",
                    "[Tatami] 내일 19:00 태권도 수업이 있습니다.",
                    "Напоминание: бокс завтра в 19:00.",
                )
            ),
        },
    ),
    (
        "track",
        "Lead Received",
        "python",
        {
            "leadgen_id": G(lambda f: f.digits(16)),
            "form_id": G(lambda f: f.digits(15)),
            "ad_id": G(lambda f: f.digits(17)),
            "created_time": G(lambda f: f.iso()),
            "field_data": Many(
                {
                    "name": G(pick("full_name", "email", "phone_number")),
                    "values": Many(
                        Y(lambda f: f.pick([full_name(f), email(f), phone(f)]), "name|email|phone", True), 1
                    ),
                },
                3,
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + f.hexid(40), "advertising id"),
            "gym_interest": G(lambda f: f.pick(GYMS)),
        },
    ),
    (
        "track",
        "Waiver Signed",
        "web",
        {
            "waiver_id": G(lambda f: f.uuid()),
            "waiver_version": G(pick("v7", "v8", "v8-kids")),
            "signer_full_name": Y(full_name, "name"),
            "signer_dob": Y(dob, "birthdate"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "signer_email": Y(email, "email"),
            "signer_phone": Y(phone, "phone"),
            "signed_on_behalf_of_minor": G(flag),
            "minor_name": Y(full_name, "name"),
            "signed_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Front Desk Member Lookup",
        "java",
        {
            "staffId": G(lambda f: "staff_" + f.digits(3)),
            "term": Y(lambda f: f.pick([full_name(f), last(f), phone(f)]), "name|phone", True),
            "matches": G(ints(0, 9)),
        },
    ),
    (
        "track",
        "Invoice Emailed",
        "python",
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(7)),
            "recipient": Y(email, "email", True),
            "cc": G(lambda f: f.pick(GYM_MAILBOXES)),
            "template": G(pick("monthly_invoice", "receipt", "dunning_1")),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.tatami.app>"),
            "bounced": G(flag),
        },
    ),
    (
        "track",
        "Door Access Granted",
        "python",
        {
            # door-controller vendor webhook, forwarded as is
            "action": G(pick("unlock", "unlock_remote", "unlock_schedule")),
            "actor": {
                "type": G(lambda f: "user"),
                "id": G(lambda f: f.digits(7)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
            },
            "object": {
                "type": G(lambda f: "lock"),
                "id": G(lambda f: f.digits(6)),
                "name": G(pick("Main door", "Mat room 2", "Side gate")),
            },
            "data": {
                "ip": Y(lambda f: f.ipv4(), "ip"),
                "credential": G(pick("mobile", "card", "qr")),
                "success": G(flag),
            },
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Team Roster Exported",
        "node_plain",
        {
            "team_id": G(lambda f: "team_" + f.digits(4)),
            "tournament_id": G(lambda f: "trn_" + f.digits(4)),
            "format": G(pick("csv", "xlsx", "pdf")),
            "roster": Many(
                {
                    "name": Y(full_name, "name"),
                    "dob": Y(dob, "birthdate"),
                    "belt": G(lambda f: f.pick(BELTS)),
                    "weight_kg": G(money(30, 115)),
                    "licence_no": G(lambda f: f.pick(["IABA-", "KTA-", "KFB-"]) + f.digits(6)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Class Booked",
        "node_plain",
        {
            # 예약 서비스 (Seoul), Hangul keys
            "예약번호": G(lambda f: f.digits(10)),
            "이름": Y(ko_name, "name"),
            "연락처": Y(kr_mobile, "phone"),
            "수업명": G(pick("키즈 태권도", "성인 복싱", "주짓수 기초", "킥복싱")),
            "예약일시": G(lambda f: f.iso()),
            "결제금액": G(pick(0, 15000, 20000)),
            "결제수단": G(pick("카드", "카카오페이", "현장결제")),
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
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
            }
            if f.r.random() < 0.85:
                msg["userId"] = uid(f)
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "gym_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg["anonymousId"]
                msg["userId"] = uid(f)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CLIENTS[client](f), f, "context", labels)
            msg["integrations"] = {}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=281, repeats=30)
    write(Path(__file__).parent, "holdout281_", events, labels)
