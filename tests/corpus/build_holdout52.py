"""Writes holdout52: tests/corpus/holdout52_events.jsonl and holdout52_labels.json.

Sealed. Written without reading the detection engine, its vocabularies, its tests, its docs or
the other holdouts' labels; only build.py / fake.py (the helpers) and build_holdout3.py (for the
format) were read. The corpus has not been scored by its author.

Domain: universities and colleges in the US and Vietnam. Admissions (inquiry, application,
family, testing, recommendations, documents, decisions, deposits, campus visits and tours),
financial aid (FAFSA-style contributors, ISIR, aid offers, direct deposit, work
study, appeals), student records (registration, holds, grades, transcripts, advising, early
alerts, login/MFA/password reset), housing (applications, room assignment, maintenance, guests,
pets, parking), disability services and student health (accommodations, counseling, pharmacy,
insurance waiver), alumni relations and giving (warehouse reverse-ETL identifies, donations,
tributes, pledges, recurring gifts, reunions, mentoring, class notes), the campus bookstore
(e-commerce spec with ISBNs), admissions marketing (gclid/fbclid, Meta CAPI-shaped events,
telephony and SMS webhooks), and a Vietnamese backend with unaccented Vietnamese keys (ho_ten,
ngay_sinh, so_dien_thoai, dia_chi, cccd, que_quan, VNPay return parameters, BHYT cards).
Messages are identify / track / page / screen / group / alias with the context blocks of
analytics.js, analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the
python, node, go, java, ruby, php and C# (.NET) server libraries.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET financial aid
service, SCREAMING_SNAKE from the alumni warehouse sync, kebab-case from a career-fair kiosk
vendor, and unaccented Vietnamese snake_case keys from the Vietnamese institution (values keep
their diacritics). Values are generated from a fixed seed: names from many cultures, national
phone formats (US, Vietnam, India, Nigeria, UK, Korea, China, Mexico, Canada), Luhn-valid cards,
mod-97 IBANs, SSA-structured SSNs, ABA-checksummed routing numbers, VINs with a valid check
digit, ISBN-13s with a valid check digit, 12-digit CCCD numbers with province/century/year
structure, BHYT health insurance card numbers.

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person: the user, parents and guardians, roommates,
  recommenders, staff (advisors, instructors, counselors, readers, gift officers), donors,
  honorees, guests. Colour is the reference matcher's default; outside the reference, red for
  credentials/secrets, card numbers, bank accounts, government ids and health ids, yellow
  otherwise (geolocation, advertising id).
- Green: ids we or another business issue (student ids, even when they are 9 digits like an SSN;
  application, CRN, CEEB and federal school codes; test registration numbers; constituent ids;
  VNPay transaction refs; insurance group numbers), versions, timestamps, hashes of non-PII
  (file digests, VNPay HMAC signatures), amounts (aid, cost of attendance, tuition, gifts, fees),
  enums, counters and booleans under PII-sounding keys (email_verified, ssn_provided,
  race_question_skipped, password_strength), product / fund / scholarship / hall / book names
  (even when named after a person), book authors (product metadata), pets, companies, job titles,
  employers, ages, marital status (policy), the institution's own phone, e-mail and address
  (office numbers in telephony webhooks, group traits, transcript recipients' office e-mails,
  venue addresses), places that are not the person's (high school city, campus buildings and
  their coordinates, bank branches), country, state/province, locale, language, timezone,
  currency, user agents, OS-issued analytics device ids.
- Academic results (GPA, grades, test scores, class rank, exam points) are green: no default
  matcher covers them. Income (AGI, income estimates, hourly rates) is yellow `salary`; other
  money amounts are green.
- The person's own city of residence is yellow `city`; postal codes `zipcode`; a full campus
  mailing address is the student's `address`; a hall name or room number alone is green.
- Booleans and enums that reveal a special category are PII of that category: disability
  (accommodations, emotional support animals, accessibility needs) red `disability`; military /
  veteran status red `veteran`; counseling concern areas yellow `condition`; race, ethnicity,
  religion, pronouns/gender, legal sex yellow.
- Visa type and work authorisation red `visa`; SEVIS ids and CCCD numbers red `national id`; BHYT card
  numbers red `health id`; SSN and its last four red `social security number`; passports red;
  driver's licences and plates yellow `license`; VINs yellow `serial`; health insurance policy
  numbers yellow `identification`; rx numbers yellow `medication`; payment tokens, Plaid public
  tokens, reset tokens, one-time codes and registration PINs red `token`.
- A photo of the person (ID card photo) is yellow `photo`; photos of a broken sink are green.
- A masked phone showing only its last four digits is green (like a card's last four).
- `que_quan` (hometown as written on the CCCD: commune, district, province) is `address|city`;
  `nam_sinh` (birth year) is `birthdate`.
- value_only is true when the key does not say what the value is (value, input, q, text, note,
  from, body, file_name, deep_link, login_hint, letter_excerpt, first_message, vnp_OrderInfo);
  such a PII path carries that PII in every value. Free text under any key is PII only when every
  value carries it; the green free-text paths (comments, explanations, notes to advisors) never do.
- Where undecidable, the label is what a careful privacy owner at a mid-size institution would
  want flagged: staff names and e-mails are flagged, institutional office contacts are not.
"""

import string
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

CULTURES = {
    "us": (
        [
            "Emily",
            "Jacob",
            "Madison",
            "Tyler",
            "Aaliyah",
            "DeShawn",
            "Brianna",
            "Connor",
            "Hannah",
            "Marcus",
            "Kayla",
            "Ethan",
            "Jasmine",
            "Caleb",
            "Destiny",
            "Logan",
        ],
        [
            "Johnson",
            "Williams",
            "Brown",
            "Miller",
            "Davis",
            "Anderson",
            "Thompson",
            "Jackson",
            "Harris",
            "Walker",
            "Kowalczyk",
            "O'Connor",
            "Schmidt",
            "Robinson",
            "Begay",
            "Yazzie",
        ],
    ),
    "hispanic": (
        ["Sofía", "Alejandro", "Valentina", "Diego", "Camila", "José", "Lucía", "Mateo", "Ximena"],
        ["Hernández", "García", "Martínez", "López", "Rodríguez", "Ramírez", "Flores", "Vargas"],
    ),
    "vn": (
        ["Minh Anh", "Bảo Ngọc", "Đức Huy", "Thu Hà", "Gia Bảo", "Khánh Linh", "Quốc Tuấn", "Thảo Vy"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"],
    ),
    "cn": (
        ["Wei", "Xiaoling", "Jiahao", "Yuting", "Zihan", "Haoran"],
        ["Wang", "Li", "Zhang", "Liu", "Chen"],
    ),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Ha-eun"], ["Kim", "Park", "Lee", "Choi", "Jung"]),
    "in": (
        ["Aarav", "Ananya", "Rohan", "Priya", "Vikram", "Sneha", "Arjun", "Kavya"],
        ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Nair", "Singh"],
    ),
    "ng": (
        ["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Kwabena", "Efua", "Tunde"],
        ["Okonkwo", "Adeyemi", "Eze", "Boateng", "Mensah", "Balogun"],
    ),
    "ar": (
        ["Omar", "Layla", "Yousef", "Mariam", "Khalid", "Noor"],
        ["Al-Sayed", "Haddad", "Nasser", "Rahman"],
    ),
    "eu": (
        ["Björn", "Anastasia", "Tomás", "Chloé", "Giulia", "Mikołaj"],
        ["Lindqvist", "Volkova", "Ó Briain", "Dubois", "Bianchi", "Nowak"],
    ),
}
CULTURE_WEIGHTS = ["us"] * 6 + ["hispanic"] * 3 + ["vn"] * 2 + ["cn", "kr", "in", "in", "ng", "ar", "eu"]

VN_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"]
VN_DEM = ["Văn", "Thị", "Minh", "Thu", "Ngọc", "Đức", "Thanh", "Quốc", "Gia", "Hoàng", "Khánh"]
VN_TEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hùng",
    "Khoa",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Ngọc",
    "Phúc",
    "Phương",
    "Quân",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vy",
    "Yến",
]


def ascii_fold(text: str) -> str:
    for a, b in (("đ", "d"), ("Đ", "D"), ("ł", "l"), ("ø", "o"), ("æ", "ae"), ("ß", "ss")):
        text = text.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person(f: Fake) -> tuple[str, str]:
    firsts, lasts = CULTURES[f.pick(CULTURE_WEIGHTS)]
    return f.pick(firsts), f.pick(lasts)


def first(f: Fake) -> str:
    return person(f)[0]


def last(f: Fake) -> str:
    return person(f)[1]


def full(f: Fake) -> str:
    given, family = person(f)
    if family in CULTURES["vn"][1]:
        return f"{family} {given}"
    return f"{given} {family}"


def vn_name(f: Fake) -> str:
    return f"{f.pick(VN_HO)} {f.pick(VN_DEM)} {f.pick(VN_TEN)}"


def vn_name_bank(f: Fake) -> str:
    return ascii_fold(vn_name(f)).upper()


def slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum())


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"]


def email(f: Fake) -> str:
    given, family = person(f)
    domain = f.pick([*PERSONAL_DOMAINS, "qq.com", "naver.com", "yahoo.co.in"])
    local = f.pick(
        [
            f"{slug(given)}.{slug(family)}",
            f"{slug(given)}{slug(family)}{f.r.randint(1, 99)}",
            f"{slug(given)[0]}{slug(family)}{f.r.randint(2000, 2009)}",
            f"{slug(family)}_{slug(given)}",
        ]
    )
    return f"{local}@{domain}"


def edu_email(f: Fake) -> str:
    given, family = person(f)
    return f.pick(
        [
            f"{slug(given)[0]}{slug(family)}{f.r.randint(10, 99)}@northfield.edu",
            f"{slug(given)}.{slug(family)}@students.northfield.edu",
            f"{slug(family)}{slug(given)[0]}@crestwood.edu",
        ]
    )


def staff_email(f: Fake) -> str:
    given, family = person(f)
    return f.pick(
        [f"{slug(given)[0]}.{slug(family)}@northfield.edu", f"{slug(given)}.{slug(family)}@crestwood.edu"]
    )


def vn_email(f: Fake) -> str:
    ten, ho = slug(f.pick(VN_TEN)), slug(f.pick(VN_HO))
    return f.pick(
        [
            f"{ten}{ho}{f.r.randint(2000, 2007)}@gmail.com",
            f"{ten}.{ho}{f.r.randint(1, 99)}@gmail.com",
            f"{ten}.{ho}{f.digits(4)}@sv.dhsh.edu.vn",
        ]
    )


US_AREA = [212, 312, 415, 512, 614, 617, 702, 713, 804, 919, 206, 303, 404, 480, 559, 608, 971, 714]
VN_MOBILE = [
    "032",
    "033",
    "035",
    "038",
    "070",
    "077",
    "079",
    "083",
    "086",
    "088",
    "090",
    "091",
    "093",
    "096",
    "098",
]


def us_phone(f: Fake) -> str:
    a, b, c = f.pick(US_AREA), f.r.randint(201, 989), f.r.randint(0, 9999)
    return f.pick(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"+1{a}{b}{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+1 {a} {b} {c:04d}",
        ]
    )


def vn_phone(f: Fake) -> str:
    p = f.pick(VN_MOBILE)
    rest = f.digits(7)
    return f.pick(
        [
            f"{p}{rest}",
            f"{p[:4] if len(p) > 3 else p} {rest[:3]} {rest[3:]}",
            f"+84 {p[1:]} {rest[:3]} {rest[3:]}",
        ]
    )


def intl_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+91 9{f.digits(4)} {f.digits(5)}",
            f"+234 80{f.r.randint(2, 9)} {f.digits(3)} {f.digits(4)}",
            f"+44 7{f.digits(3)} {f.digits(6)}",
            f"+82 10-{f.digits(4)}-{f.digits(4)}",
            f"+86 13{f.r.randint(0, 9)} {f.digits(4)} {f.digits(4)}",
            f"+52 55 {f.digits(4)} {f.digits(4)}",
            f"+1 416-{f.r.randint(201, 989)}-{f.digits(4)}",
        ]
    )


def phone(f: Fake) -> str:
    return f.pick([us_phone, us_phone, us_phone, vn_phone, intl_phone, intl_phone])(f)


US_STREETS = [
    "Maple Ave",
    "N Broadway",
    "Willow Creek Dr",
    "Elm St",
    "Martin Luther King Jr Blvd",
    "Bellaire Blvd",
    "W 4th St",
    "Brookside Ln",
    "Cherry Hill Rd",
    "Bolsa Ave",
    "Sheridan Rd",
    "Pine Ridge Ct",
]
US_CITIES = [
    "Columbus",
    "Sacramento",
    "Raleigh",
    "Tucson",
    "Madison",
    "Garden Grove",
    "Houston",
    "Dearborn",
    "Brooklyn",
    "Lowell",
    "Fresno",
    "Minneapolis",
    "San Jose",
    "Atlanta",
]
US_STATES = ["OH", "CA", "NC", "AZ", "WI", "TX", "MI", "NY", "MA", "MN", "GA", "WA", "IL"]


def us_street(f: Fake) -> str:
    return f"{f.r.randint(3, 9899)} {f.pick(US_STREETS)}"


def unit(f: Fake) -> str:
    return f.pick(
        [
            f"Apt {f.r.randint(1, 40)}{f.pick('ABCD')}",
            f"Unit {f.r.randint(100, 999)}",
            "",
            f"# {f.r.randint(2, 30)}",
        ]
    )


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(1001, 99950):05d}"
    return z if f.r.random() < 0.7 else f"{z}-{f.digits(4)}"


def us_address_line(f: Fake) -> str:
    u = unit(f)
    return f"{us_street(f)}{', ' + u if u else ''}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {us_zip(f)}"


VN_STREETS = [
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Hưng Đạo",
    "Hai Bà Trưng",
    "Điện Biên Phủ",
    "Cách Mạng Tháng 8",
    "Lý Thường Kiệt",
]
VN_WARDS = [
    "Phường Bến Nghé",
    "Phường 7",
    "Phường Thượng Đình",
    "Phường Hòa Khánh Bắc",
    "Phường Láng Hạ",
    "Phường Vĩnh Ninh",
]
VN_DISTRICTS = ["Quận 1", "Quận 3", "Quận Thanh Xuân", "Quận Đống Đa", "Quận Liên Chiểu", "Quận Ninh Kiều"]
VN_CITIES = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Huế", "Hải Phòng"]
VN_COMMUNES = ["Xã Nghi Phong", "Xã Quỳnh Lưu", "Xã Tam Hiệp", "Thị trấn Phú Mỹ", "Xã Hải Ba", "Xã An Lạc"]
VN_RURAL_DISTRICTS = [
    "Huyện Nghi Lộc",
    "Huyện Quỳnh Lưu",
    "Huyện Núi Thành",
    "Huyện Hải Lăng",
    "Huyện Thái Thụy",
]
VN_PROVINCES = [
    "Nghệ An",
    "Thanh Hóa",
    "Quảng Nam",
    "Quảng Trị",
    "Thái Bình",
    "Nam Định",
    "Bình Định",
    "Hà Tĩnh",
]


def vn_address(f: Fake) -> str:
    if f.r.random() < 0.6:
        lane = f.pick([f"ngõ {f.r.randint(2, 300)} ", f"hẻm {f.r.randint(2, 300)} ", ""])
        street = f"Số {f.r.randint(1, 200)} {lane}{f.pick(VN_STREETS)}"
        return f"{street}, {f.pick(VN_WARDS)}, {f.pick(VN_DISTRICTS)}, {f.pick(VN_CITIES)}"
    village = f"Thôn {f.r.randint(1, 12)}, {f.pick(VN_COMMUNES)}"
    return f"{village}, {f.pick(VN_RURAL_DISTRICTS)}, {f.pick(VN_PROVINCES)}"


def que_quan(f: Fake) -> str:
    return f"{f.pick(VN_COMMUNES)}, {f.pick(VN_RURAL_DISTRICTS)}, {f.pick(VN_PROVINCES)}"


def intl_address(f: Fake) -> str:
    return f.pick(
        [
            f"Flat {f.r.randint(101, 905)}, Sai Residency, Kondapur, Hyderabad 5000{f.r.randint(10, 99)}",
            f"{f.r.randint(1, 60)} Adeola Odeku Street, Victoria Island, Lagos",
            f"{f.r.randint(1, 300)}-{f.r.randint(1, 40)} Yeoksam-dong, Gangnam-gu, Seoul 06{f.digits(3)}",
            f"Av. Insurgentes Sur {f.r.randint(100, 3000)}, Col. Del Valle, 03{f.digits(3)} CDMX",
            vn_address(f),
        ]
    )


def home_address(f: Fake) -> str:
    return us_address_line(f) if f.r.random() < 0.6 else intl_address(f)


def dob(f: Fake, start=2003, end=2008) -> str:
    return f.date(start, end)


def parent_dob(f: Fake) -> str:
    return f.pick(
        [f.date(1965, 1985), f"{f.r.randint(1, 12):02d}/{f.r.randint(1, 28):02d}/{f.r.randint(1965, 1985)}"]
    )


# -- identifiers --------------------------------------------------------------------------------------


def banner_id(f: Fake) -> str:
    return "900" + f"{f.r.randint(0, 999999):06d}"


def aba_routing(f: Fake) -> str:
    while True:
        d = [
            int(c)
            for c in f"{f.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + f.digits(6)
        ]
        for check in range(10):
            digits = [*d, check]
            total = 3 * (digits[0] + digits[3] + digits[6]) + 7 * (digits[1] + digits[4] + digits[7])
            total += digits[2] + digits[5] + digits[8]
            if total % 10 == 0:
                return "".join(map(str, digits))


def cccd(f: Fake) -> str:
    province = f.pick(["001", "079", "048", "040", "046", "031", "092", "036", "038"])
    year = f.r.randint(2000, 2007)
    century_sex = f.pick(["2", "3"])
    return f"{province}{century_sex}{year % 100:02d}{f.r.randint(0, 999999):06d}"


def bhyt(f: Fake) -> str:
    return f"SV4{f.pick(['01', '79', '48', '40', '46'])}{f.r.randint(0, 10**10 - 1):010d}"


VIN_MAP = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9)))}
VIN_MAP.update(dict(zip("JKLMN", range(1, 6))))
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = f.pick(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1"])
    body = (
        wmi
        + "".join(f.r.choice(chars) for _ in range(5))
        + "0"
        + f.pick("LMNPRS")
        + "".join(f.r.choice(chars) for _ in range(1))
        + f.digits(6)
    )
    total = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def isbn13(f: Fake) -> str:
    body = "978" + f.pick(["0", "1"]) + f.digits(8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def rand(f: Fake, alphabet: str, n: int) -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def gclid(f: Fake) -> str:
    return "Cj0KCQ" + rand(f, B64URL, 78) + "BwE"


def fbclid(f: Fake) -> str:
    return f.pick(["IwAR", "IwZXh0bgNhZW0CMTAAAR"]) + rand(f, B64URL, 58)


def fbp(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{f.digits(10)}"


def fbc(f: Fake) -> str:
    return f"fb.1.{f.epoch_ms()}.{fbclid(f)}"


def idfa(f: Fake) -> str:
    return "00000000-0000-0000-0000-000000000000" if f.r.random() < 0.15 else f.uuid().upper()


def plate(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(5, 9)}{rand(f, string.ascii_uppercase, 3)}{f.digits(3)}",
            f"{rand(f, string.ascii_uppercase, 3)}-{f.digits(4)}",
            f"{rand(f, string.ascii_uppercase, 3)} {f.digits(4)}",
        ]
    )


def drivers_license(f: Fake) -> str:
    return f.pick(
        [
            f.pick("ABDFGY") + f.digits(7),
            f.digits(8),
            f.digits(9),
            f"{f.pick('SMTW')}{f.digits(3)}-{f.digits(3)}-{f.digits(2)}-{f.digits(3)}-0",
        ]
    )


def passport(f: Fake) -> str:
    return f.pick([f.digits(9), "A" + f.digits(8), "C" + f.digits(7), "K" + f.digits(7), "B" + f.digits(8)])


def us_account(f: Fake) -> str:
    return f.digits(f.pick([8, 9, 10, 12]))


def vn_account(f: Fake) -> str:
    return f.pick(["007100" + f.digits(7), "1903" + f.digits(10), "0" + f.digits(12), f.digits(10)])


def uk_iban(f: Fake) -> str:
    return f.iban(f.pick(["GB", "DE", "FR", "NL", "ES"]))


def masked_phone(f: Fake) -> str:
    return f.pick([f"***-***-{f.digits(4)}", f"(•••) •••-{f.digits(4)}", f"+84 *** *** {f.digits(3)}"])


def term(f: Fake) -> str:
    return f.pick(["Fall 2024", "Spring 2025", "Summer 2025", "Fall 2025"])


def term_code(f: Fake) -> str:
    return f.pick(["202410", "202420", "202430", "202510"])


COURSES = [
    "ECON 101",
    "CHEM 2410",
    "BIOL 1108",
    "CS 1301",
    "MATH 221",
    "ENGL 1010",
    "PSYC 2000",
    "HIST 305",
    "NURS 310",
]
COURSE_TITLES = [
    "Principles of Microeconomics",
    "Organic Chemistry I",
    "Cell Biology Lab",
    "Intro to Computing",
    "Calculus III",
    "First-Year Composition",
    "Research Methods",
    "The American West",
]
MAJORS = [
    "Nursing",
    "Computer Science",
    "Biology",
    "Economics",
    "Undeclared",
    "Mechanical Engineering",
    "Psychology",
    "Music",
]
HALLS = ["Hamilton Hall", "Whitfield House", "Nguyen Commons", "Lakeside Towers", "Ridgeview Apartments"]
FUNDS = [
    "Federal Pell Grant",
    "Northfield Need Grant",
    "Federal Direct Subsidized Loan",
    "Federal Work-Study",
    "Robert & Linh Tran Endowed Scholarship",
    "Eleanor Whitfield Memorial Scholarship",
    "State Opportunity Grant",
]
GIFT_FUNDS = [
    "Annual Fund",
    "Class of 1998 Endowed Scholarship",
    "Athletics - Rowing",
    "Marjorie Okafor Library Fund",
    "Student Emergency Fund",
    "School of Nursing",
]
WEBKIT = "AppleWebKit/537.36 (KHTML, like Gecko)"
SAFARI = "AppleWebKit/605.1.15 (KHTML, like Gecko)"
UA_WEB = [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {WEBKIT} Chrome/124.0.0.0 Safari/537.36",
    f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) {SAFARI} Version/17.4 Safari/605.1.15",
    f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) {SAFARI} "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    f"Mozilla/5.0 (Linux; Android 14; SM-A546E) {WEBKIT} Chrome/124.0.6367.82 Mobile Safari/537.36",
    f"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) {WEBKIT} Chrome/123.0.0.0 Safari/537.36",
]

# -- contexts -------------------------------------------------------------------------------------------


def web_context(site: str, paths: list[str], titles: list[str]):
    def make(f: Fake):
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "next-1.74.0"])),
            },
            "page": {
                "path": G(lambda f: f.pick(paths)),
                "referrer": G(
                    lambda f: f.pick(
                        ["", "https://www.google.com/", "https://www.commonapp.org/", "https://www.bing.com/"]
                    )
                ),
                "search": G(
                    lambda f: f.pick(
                        ["", "?utm_source=google&utm_medium=cpc", "?ref=email", "?term=fall2025"]
                    )
                ),
                "title": G(lambda f: f.pick(titles)),
                "url": G(lambda f: f"https://{site}{f.pick(paths)}"),
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
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["Windows", "macOS", "Android", "Chrome OS"])),
            },
            "locale": G(lambda f: f.pick(["en-US", "es-US", "vi-VN", "zh-CN", "en-IN"])),
            "timezone": G(
                lambda f: f.pick(
                    [
                        "America/New_York",
                        "America/Chicago",
                        "America/Los_Angeles",
                        "Asia/Ho_Chi_Minh",
                        "Asia/Kolkata",
                    ]
                )
            ),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
            "campaign": {
                "name": G(
                    lambda f: f.pick(
                        ["fall25_inquiry", "giving_tuesday_2024", "transfer_fair", "senior_search"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "facebook", "niche", "email"])),
                "medium": G(lambda f: f.pick(["cpc", "paid_social", "email", "referral"])),
                "term": G(
                    lambda f: f.pick(["nursing programs", "computer science degree", "colleges in ohio", ""])
                ),
                "content": G(lambda f: f.pick(["video_a", "carousel_2", "cta_apply", ""])),
            },
        }

    return make


web_apply = web_context(
    "apply.northfield.edu",
    ["/apply", "/apply/status", "/portal/checklist", "/visit", "/portal/aid"],
    ["Apply | Northfield University", "Applicant Portal", "Visit Campus", "Your Checklist"],
)
web_give = web_context(
    "give.northfield.edu",
    ["/give", "/give/checkout", "/alumni/events", "/alumni/mentor"],
    ["Make a Gift | Northfield", "Checkout", "Alumni Events", "Mentor Network"],
)


def ios_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Northfield"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["1482", "1490", "1503"])),
            "namespace": G(lambda f: "edu.northfield.mobile"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(idfa, "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0", "1.6.1"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Verizon", "AT&T", "T-Mobile", "--"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "ko-KR"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago", "America/Denver"])),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def android_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Northfield"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["40200", "40210", "40300"])),
            "namespace": G(lambda f: "edu.northfield.mobile"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola", "OnePlus"])),
            "model": G(lambda f: f.pick(["SM-S918U", "Pixel 7a", "moto g power (2023)", "CPH2449"])),
            "name": G(lambda f: f.pick(["dm3q", "lynx", "devonn", "OP5958L1"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3", "1.17.0"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["T-Mobile", "Verizon", "Mint Mobile"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-US", "hi-IN"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918U Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7a Build/TQ3A.230901.001)",
                    "Dalvik/2.1.0 (Linux; U; Android 12; moto g power (2023) Build/S3RQS32.20-42-10)",
                ]
            )
        ),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(39.95, 40.02), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-83.05, -82.95), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 0.0, 1.2, 3.4])),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Northfield Housing"),
            "version": G(lambda f: f.pick(["2.8.0", "2.8.3", "2.9.0"])),
            "build": G(lambda f: f.pick(["280", "283", "290"])),
            "namespace": G(lambda f: "edu.northfield.housing"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546U", "Pixel 8"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0", "2.20.3"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "16.6"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([390, 412, 428])),
            "height": G(lambda f: f.pick([844, 915, 926])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(["en-US", "es-MX", "zh-Hans-US"])),
        "timezone": G(lambda f: f.pick(["America/New_York", "America/Chicago"])),
        "traits": {
            "email": Y(edu_email, "email"),
            "first_name": Y(first, "name"),
            "student_id": G(banner_id),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "DHSH Sinh Viên"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["310", "312", "320"])),
            "namespace": G(lambda f: "vn.edu.dhsh.sinhvien"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.hexid(16), f.uuid().upper()])),
            "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "Apple", "vivo"])),
            "model": G(lambda f: f.pick(["SM-A155F", "Redmi Note 13", "CPH2591", "iPhone12,1", "V2318"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5", "1.1.6"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.5"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([393, 412, 360])),
            "height": G(lambda f: f.pick([873, 915, 800])),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Viettel", "VinaPhone", "MobiFone"])),
        },
        "locale": G(lambda f: f.pick(["vi-VN", "vi", "en-VN"])),
        "timezone": G(lambda f: "Asia/Ho_Chi_Minh"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.3.4"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.2.0", "3.3.0", "3.3.1"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.2", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.8.1"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.3.5", "2.4.0"]),
}


def server_context(lib: str, ip: bool = False, traits: bool = False):
    name, versions = SERVER_LIBS[lib]

    def make(f: Fake):
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if traits:
            ctx["traits"] = {"email": Y(email, "email")}
        return ctx

    return make


CONTEXTS = {
    "web": web_apply,
    "give": web_give,
    "ios": ios_context,
    "android": android_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": server_context("python"),
    "python_ip": server_context("python", ip=True),
    "node": server_context("node"),
    "node_ip": server_context("node", ip=True, traits=True),
    "go": server_context("go"),
    "java": server_context("java"),
    "ruby": server_context("ruby"),
    "php": server_context("php", ip=True),
    "dotnet": server_context("dotnet", ip=True),
}

# -- shared templates --------------------------------------------------------------------------------


def product_book():
    return {
        "product_id": G(lambda f: f.hexid(24)),
        "sku": G(isbn13),
        "name": G(
            lambda f: f.pick(
                [
                    "Campbell Biology, 12th ed.",
                    "Calculus: Early Transcendentals",
                    "The Norton Anthology of English Literature",
                    "Principles of Economics",
                    "Northfield Hoodie - Navy",
                    "Lab Goggles",
                ]
            )
        ),
        "author": G(
            lambda f: f.pick(["Lisa A. Urry", "James Stewart", "Stephen Greenblatt", "N. Gregory Mankiw", ""])
        ),
        "category": G(lambda f: f.pick(["Textbooks", "Apparel", "Lab Supplies"])),
        "condition": G(lambda f: f.pick(["new", "used", "rental", "digital"])),
        "price": G(lambda f: f.money(8, 320)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def letter(f: Fake) -> str:
    name = f.pick([first(f), full(f)])
    return f.pick(
        [
            f"I have known {name} for three years as their AP Chemistry teacher.",
            f"It is my pleasure to recommend {name} without reservation.",
            f"{name} is one of the most curious students I have taught in twenty years.",
            f"As {name}'s counselor I have watched them lead our robotics team.",
        ]
    )


# -- events -------------------------------------------------------------------------------------------
# (type, event or page/screen name, client, body, weight)

ADMISSIONS = [
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "phone": Y(phone, "phone"),
            "birthday": Y(dob, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer not to say"]), "gender"),
            "address": {
                "street": Y(us_street, "street|address"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postalCode": Y(us_zip, "zipcode"),
                "country": G(lambda f: f.pick(["US", "US", "VN", "IN", "NG"])),
            },
            "highSchool": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Lincoln High School",
                            "Westview Academy",
                            "THPT Chuyên Lê Hồng Phong",
                            "Delhi Public School",
                        ]
                    )
                ),
                "ceebCode": G(lambda f: f.digits(6)),
                "city": G(lambda f: f.pick(["Columbus", "Houston", "TP. Hồ Chí Minh", "New Delhi"])),
            },
            "graduationYear": G(lambda f: f.pick([2025, 2026, 2027])),
            "intendedMajor": G(lambda f: f.pick(MAJORS)),
            "entryTerm": G(term),
            "studentType": G(lambda f: f.pick(["first-year", "transfer", "international", "readmit"])),
            "citizenship": Y(
                lambda f: f.pick(["US Citizen", "Permanent Resident", "Non-US Citizen", "DACA"]),
                "citizenship",
            ),
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Inquiry Form Submitted",
        "web",
        {
            "form_id": G(lambda f: f.pick(["rfi-ug-2025", "rfi-grad-2025", "rfi-intl"])),
            "interest_areas": Many(G(lambda f: f.pick(MAJORS)), 3),
            "email_verified": G(lambda f: f.pick([True, False])),
            "first_generation": G(lambda f: f.pick([True, False, None])),
            "comments": G(
                lambda f: f.pick(
                    [
                        "Do you offer rolling admissions?",
                        "Is the nursing program direct-entry?",
                        "",
                        "What is the deadline for transfer students?",
                        "Interested in the marching band",
                    ]
                )
            ),
            "race_question_skipped": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Application Started",
        "web",
        {
            "application_id": G(lambda f: f.uuid()),
            "application_type": G(lambda f: f.pick(["Common App", "Coalition", "Institutional"])),
            "term": G(term),
            "decision_plan": G(lambda f: f.pick(["ED", "EA", "RD", "Rolling"])),
            "fee_waiver_requested": G(lambda f: f.pick([True, False])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "started_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "track",
        "Personal Information Saved",
        "web",
        {
            "legalFirstName": Y(first, "name"),
            "legalLastName": Y(last, "name"),
            "preferredName": Y(first, "name"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them", "he/they"]), "gender"),
            "legalSex": Y(lambda f: f.pick(["F", "M", "X"]), "sex"),
            "dateOfBirth": Y(dob, "birthdate"),
            "birthCity": Y(
                lambda f: f.pick(["Hanoi", "Lagos", "Pune", "Houston", "Guadalajara", "Busan"]), "city"
            ),
            "birthCountry": G(
                lambda f: f.pick(["Vietnam", "Nigeria", "India", "United States", "Mexico", "South Korea"])
            ),
            "citizenshipStatus": Y(
                lambda f: f.pick(["US Citizen", "Dual Citizen", "Permanent Resident", "Non-US Citizen"]),
                "citizenship",
            ),
            "ssnProvided": G(lambda f: f.pick([True, False])),
            "ssnLast4": RED(lambda f: f.digits(4), "social security number"),
            "mobilePhone": Y(phone, "phone"),
            "permanentAddress": {
                "line1": Y(us_street, "address|street"),
                "line2": Y(unit, "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "zip": Y(us_zip, "zipcode"),
                "country": G(lambda f: f.pick(["United States", "Vietnam", "India"])),
            },
            "isHispanicLatino": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "raceCategories": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "Asian",
                            "Black or African American",
                            "White",
                            "American Indian or Alaska Native",
                            "Native Hawaiian or Other Pacific Islander",
                        ]
                    ),
                    "race",
                ),
                2,
            ),
            "religiousPreference": Y(
                lambda f: f.pick(["Catholic", "Muslim", "Buddhist", "Jewish", "Baptist", "None"]), "religion"
            ),
            "militaryStatus": RED(
                lambda f: f.pick(["None", "Veteran", "Active Duty", "Dependent of Veteran"]), "veteran"
            ),
            "firstLanguage": G(lambda f: f.pick(["English", "Spanish", "Vietnamese", "Hindi", "Mandarin"])),
        },
        2,
    ),
    (
        "track",
        "Family Information Saved",
        "web",
        {
            "parents": Many(
                {
                    "relationship": G(lambda f: f.pick(["mother", "father", "stepparent", "legal guardian"])),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(phone, "phone"),
                    "occupation": G(
                        lambda f: f.pick(
                            ["Nurse", "Truck driver", "Software engineer", "Homemaker", "Teacher"]
                        )
                    ),
                    "employer": G(
                        lambda f: f.pick(["Kroger", "Ohio Health", "Self-employed", "Vietcombank"])
                    ),
                },
                2,
            ),
            "parents_marital_status": G(
                lambda f: f.pick(["married", "divorced", "never married", "widowed"])
            ),
            "household_size": G(lambda f: f.r.randint(2, 8)),
            "legal_guardian": {"name": Y(full, "name"), "phone": Y(phone, "phone")},
        },
        1,
    ),
    (
        "track",
        "Test Score Reported",
        "dotnet",
        {
            "TestType": G(lambda f: f.pick(["SAT", "ACT", "TOEFL iBT", "IELTS", "Duolingo English Test"])),
            "CompositeScore": G(lambda f: f.pick([1340, 1480, 29, 33, 104, 7.5, 125])),
            "TestDate": G(lambda f: f.date(2023, 2024)),
            "SelfReported": G(lambda f: f.pick([True, False])),
            "RegistrationNumber": G(lambda f: f.digits(10)),
            "ExamineeName": Y(full, "name"),
        },
        1,
    ),
    (
        "track",
        "Recommendation Requested",
        "web",
        {
            "request_id": G(lambda f: f.uuid()),
            "recommender_type": G(lambda f: f.pick(["counselor", "teacher", "coach", "employer"])),
            "recommender_name": Y(full, "name"),
            "recommender_email": Y(lambda f: f.pick([staff_email(f), email(f)]), "email"),
            "recommender_title": G(
                lambda f: f.pick(["School Counselor", "AP Chemistry Teacher", "Head Coach", "Manager"])
            ),
            "waived_ferpa_rights": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Recommendation Submitted",
        "python",
        {
            "applicant_ref": G(lambda f: f.uuid()),
            "recommender": {
                "name": Y(full, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "organization": G(lambda f: f.pick(["Lincoln High School", "Westview Academy", "Kroger"])),
                "position": G(lambda f: f.pick(["Counselor", "Teacher", "Store Manager"])),
            },
            "letter_excerpt": Y(letter, "name", True),
        },
        1,
    ),
    (
        "track",
        "Document Uploaded",
        "web",
        {
            "document_type": G(
                lambda f: f.pick(["transcript", "passport", "i20", "bank_statement", "resume"])
            ),
            "file_name": Y(
                lambda f: f.pick(
                    [
                        f"{slug(last(f)).title()}_{slug(first(f)).title()}_transcript.pdf",
                        f"Passport - {full(f)}.jpg",
                        f"{slug(first(f))}_{slug(last(f))}_bank_statement_2024.pdf",
                        f"Resume {full(f)} (1).docx",
                    ]
                ),
                "name",
                True,
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "mime_type": G(lambda f: f.pick(["application/pdf", "image/jpeg", "image/heic"])),
            "sha256": G(lambda f: f.hexid(64)),
        },
        1,
    ),
    (
        "track",
        "Application Submitted",
        "python_ip",
        {
            "application_id": G(lambda f: f.uuid()),
            "applicant_id": G(banner_id),
            "submitted_at": G(lambda f: f.iso()),
            "fee_waived": G(lambda f: f.pick([True, False])),
            "decision_plan": G(lambda f: f.pick(["ED", "EA", "RD", "Rolling"])),
            "intended_majors": Many(G(lambda f: f.pick(MAJORS)), 2),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(phone, "phone"),
            "high_school_gpa": G(lambda f: round(f.r.uniform(2.4, 4.0), 2)),
            "legacy": G(lambda f: f.pick([True, False])),
            "legacy_relation_name": Y(full, "name"),
            "first_generation": G(lambda f: f.pick([True, False, None])),
        },
        1,
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "APPFEE-" + f.digits(8)),
            "total": G(lambda f: f.pick([50.0, 75.0, 90.0])),
            "currency": G(lambda f: "USD"),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(["app-fee-ug", "app-fee-grad", "app-fee-intl"])),
                    "name": G(
                        lambda f: f.pick(
                            [
                                "Application Fee - Fall 2025",
                                "Graduate Application Fee",
                                "International Application Fee",
                            ]
                        )
                    ),
                    "price": G(lambda f: f.pick([50.0, 75.0, 90.0])),
                    "quantity": G(lambda f: 1),
                },
                1,
            ),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing": {
                "name": Y(full, "name"),
                "address_line1": Y(us_street, "address"),
                "postal_code": Y(us_zip, "zipcode"),
            },
            "coupon": G(lambda f: f.pick(["", "NACAC-WAIVER", "VISIT25", "COUNSELOR"])),
        },
        1,
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.pick([2, 3])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "cvc": RED(lambda f: f"{f.r.randint(100, 9999)}"[:3], "credit card"),
            "exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(full, "name"),
            "stripe_payment_method": RED(lambda f: "pm_1" + rand(f, ALNUM, 23), "token"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Decision Released",
        "java",
        {
            "application_id": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["admit", "deny", "waitlist", "defer"])),
            "decision_released_at": G(lambda f: f.iso()),
            "reader_name": Y(full, "name"),
            "reader_email": Y(staff_email, "email"),
            "merit_award_amount": G(lambda f: f.pick([0, 5000, 12000, 20000])),
            "scholarship_name": G(
                lambda f: f.pick(
                    [
                        "Dean's Merit Scholarship",
                        "Eleanor Whitfield Memorial Scholarship",
                        "Trustee Scholarship",
                        "",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Enrollment Deposit Paid",
        "go",
        {
            "payment_id": G(lambda f: "py_" + f.hexid(24)),
            "amount": G(lambda f: f.pick([250, 300, 500])),
            "currency": G(lambda f: "USD"),
            "ach": {
                "routing_number": G(aba_routing),
                "account_last4": G(lambda f: f.digits(4)),
                "account_type": G(lambda f: f.pick(["checking", "savings"])),
            },
            "payer_name": Y(full, "name"),
            "payer_relationship": G(lambda f: f.pick(["self", "parent", "guardian", "sponsor"])),
        },
        1,
    ),
    (
        "track",
        "Campus Visit Registered",
        "web",
        {
            "visit_id": G(lambda f: "VIS-" + f.digits(6)),
            "visit_date": G(lambda f: f.date(2024, 2025)),
            "session_type": G(
                lambda f: f.pick(["Info Session + Tour", "Nursing Open House", "Admitted Student Day"])
            ),
            "guests": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "relationship": G(lambda f: f.pick(["parent", "sibling", "friend", "grandparent"])),
                    "age": G(lambda f: f.r.randint(8, 75)),
                },
                3,
            ),
            "party_size": G(lambda f: f.r.randint(1, 5)),
            "needs_accessibility_accommodation": RED(lambda f: f.pick([True, False]), "disability"),
            "accessibility_notes": RED(
                lambda f: f.pick(
                    [
                        "My father uses a wheelchair",
                        "ASL interpreter needed for my mother who is Deaf",
                        "Low vision, large print materials please",
                        "Mobility scooter, need elevator access",
                    ]
                ),
                "disability",
            ),
        },
        1,
    ),
    (
        "track",
        "Campus Tour Checked In",
        "android",
        {
            "tour_id": G(lambda f: "TOUR-" + f.digits(5)),
            "checkin_method": G(lambda f: f.pick(["qr", "kiosk", "geofence"])),
            "guide_name": Y(full, "name"),
            "lat": Y(lambda f: round(f.r.uniform(39.99, 40.01), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-83.02, -83.0), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 65)),
            "building": G(lambda f: f.pick(["Admissions Center", "Hamilton Hall", "Student Union"])),
        },
        1,
    ),
    (
        "screen",
        "Campus Map",
        "ios",
        {
            "name": G(lambda f: "Campus Map"),
            "search_term": G(
                lambda f: f.pick(["library", "Ross Hall", "parking garage b", "dining", "rec center"])
            ),
            "destination": {
                "building_name": G(
                    lambda f: f.pick(["Ross Hall", "Thompson Library", "Recreation Center", "Garage B"])
                ),
                "lat": G(lambda f: f.pick([40.001215, 39.998804, 40.003371, 39.996502])),
                "lng": G(lambda f: f.pick([-83.014891, -83.018212, -83.011020, -83.020447])),
            },
        },
        1,
    ),
    (
        "page",
        "Program Page",
        "web",
        {
            "name": G(lambda f: "Program Page"),
            "path": G(
                lambda f: f.pick(["/programs/nursing", "/programs/computer-science", "/programs/music"])
            ),
            "url": G(
                lambda f: (
                    "https://www.northfield.edu"
                    + f.pick(["/programs/nursing", "/programs/computer-science", "/programs/music"])
                )
            ),
            "title": G(lambda f: f.pick(["Nursing (BSN)", "Computer Science (BS)", "Music (BM)"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.niche.com/"])),
            "program_code": G(lambda f: f.pick(["NURS-BSN", "CS-BS", "MUS-BM"])),
            "degree_level": G(lambda f: f.pick(["bachelor", "master", "certificate"])),
        },
        2,
    ),
    (
        "track",
        "Chat Started",
        "web",
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "channel": G(lambda f: f.pick(["web_widget", "sms", "whatsapp"])),
            "visitor_email": Y(email, "email"),
            "first_message": Y(
                lambda f: f.pick(
                    [
                        f"Hi, my name is {full(f)} and I applied for fall",
                        f"This is {full(f)}, my portal login is not working",
                        f"Hello! I'm {full(f)}'s mom, did you get the transcript?",
                        f"{full(f)} here - question about my aid offer",
                    ]
                ),
                "name",
                True,
            ),
            "bot_handled": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Call Completed",
        "node",
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "from": Y(
                lambda f: f.pick(
                    [
                        "+1" + f.pick([str(a) for a in US_AREA]) + f.digits(7),
                        "+84" + f.pick(VN_MOBILE)[1:] + f.digits(7),
                        "+91" + "9" + f.digits(9),
                    ]
                ),
                "phone",
                True,
            ),
            "to": G(lambda f: f.pick(["+16145550142", "+18005551212", "+16145550199"])),
            "duration_sec": G(lambda f: f.r.randint(5, 1800)),
            "queue": G(lambda f: f.pick(["Admissions", "Financial Aid", "Registrar", "Bursar"])),
            "agent_name": Y(full, "name"),
        },
        1,
    ),
    (
        "track",
        "SMS Received",
        "node",
        {
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "from_number": Y(us_phone, "phone"),
            "to_number": G(lambda f: f.pick(["+16145550142", "+16145550177", "+16145550101"])),
            "body": Y(
                lambda f: f.pick(
                    [
                        f"Hi this is {full(f)}, did you get my transcript?",
                        f"{full(f)} - can I reschedule my tour to Friday?",
                        f"STOP. This is {first(f)}'s dad",
                        f"Hey it's {full(f)}, what's my application status?",
                    ]
                ),
                "name",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Lead",
        "node_ip",
        {
            "action_source": G(lambda f: "website"),
            "event_source_url": G(
                lambda f: f.pick(["https://apply.northfield.edu/rfi", "https://www.northfield.edu/visit"])
            ),
            "user_data": {
                "external_id": G(lambda f: f.hexid(64)),
                "fbp": Y(fbp, "advertising id"),
                "fbc": Y(fbc, "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([0, 25, 50])),
            },
        },
        1,
    ),
    (
        "track",
        "Newsletter Signup",
        "web",
        {
            "value": Y(email, "email", True),
            "list": G(lambda f: f.pick(["counselor-news", "admitted-students", "parents"])),
            "placement": G(lambda f: f.pick(["footer", "exit_modal", "blog_sidebar"])),
        },
        1,
    ),
    (
        "track",
        "Signup Form Submitted",
        "web",
        {
            "fields": {
                "email": Y(email, "email"),
                "password": RED(
                    lambda f: (
                        f.pick(
                            ["Summer2024!", "Hunter2#", "correct-horse-battery", "N0rthfield!!", "minh2006@"]
                        )
                        + str(f.r.randint(1, 99))
                    ),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: (
                        f.pick(["Summer2024!", "Hunter2#", "correct-horse-battery", "N0rthfield!!"])
                        + str(f.r.randint(1, 99))
                    ),
                    "password",
                ),
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "accept_terms": G(lambda f: True),
            },
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
        1,
    ),
    (
        "screen",
        "Application Status",
        "ios",
        {
            "name": G(lambda f: "Application Status"),
            "deep_link": Y(
                lambda f: (
                    "northfield://apply/status?email="
                    + f.pick([email(f), email(f).replace("@", "%40")])
                    + "&src="
                    + f.pick(["push", "email", "sms"])
                ),
                "email",
                True,
            ),
            "checklist_items_missing": G(lambda f: f.r.randint(0, 6)),
        },
        1,
    ),
    (
        "group",
        None,
        "python",
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Northfield University",
                        "Northfield University - School of Nursing",
                        "Crestwood College",
                        "Bayview Community College",
                    ]
                )
            ),
            "institution_type": G(lambda f: f.pick(["4-year private", "4-year public", "2-year public"])),
            "ipeds_unit_id": G(lambda f: f.pick(["204796", "110635", "236948", "166027"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.northfield.edu", "https://www.crestwood.edu", "https://www.bayview.edu"]
                )
            ),
            "main_phone": G(lambda f: f.pick(["(614) 555-0100", "+1 503 555 0123", "1-800-555-0199"])),
            "admissions_email": G(
                lambda f: f.pick(["admissions@northfield.edu", "apply@crestwood.edu", "enroll@bayview.edu"])
            ),
            "campus_address": G(
                lambda f: f.pick(
                    [
                        "1 University Dr, Columbus, OH 43210",
                        "500 College Ave, Portland, OR 97202",
                        "77 Bay Rd, Tampa, FL 33602",
                    ]
                )
            ),
        },
        1,
    ),
    ("alias", None, "ios", None, 1),
]

FINANCIAL_AID = [
    (
        "track",
        "FAFSA Submitted",
        "dotnet",
        {
            "FafsaTransactionId": G(lambda f: f"{f.digits(2)}{f.r.randint(0, 99999999):08d}"),
            "AwardYear": G(lambda f: f.pick(["2023-24", "2024-25", "2025-26"])),
            "StudentSsn": RED(lambda f: f.ssn(), "social security number"),
            "StudentDateOfBirth": Y(dob, "birthdate"),
            "DependencyStatus": G(lambda f: f.pick(["Dependent", "Independent", "Provisional Independent"])),
            "StudentAgi": Y(lambda f: f.r.randint(0, 18000), "salary"),
            "HouseholdSize": G(lambda f: f.r.randint(2, 9)),
            "ParentsMaritalStatus": G(
                lambda f: f.pick(
                    ["Married", "Unmarried and both legal parents living together", "Divorced", "Widowed"]
                )
            ),
            "StateOfLegalResidence": G(lambda f: f.pick(US_STATES)),
            "StudentAidIndex": G(lambda f: f.r.randint(-1500, 45000)),
            "PellEligible": G(lambda f: f.pick([True, False])),
            "IsVeteran": RED(lambda f: f.pick([True, False, False]), "veteran"),
            "SchoolCodes": Many(G(lambda f: f.pick(["003045", "001234", "E00512", "G02345"])), 4),
            "FsaIdVerified": G(lambda f: f.pick([True, False])),
            "Contributors": Many(
                {
                    "Role": G(lambda f: f.pick(["Parent", "ParentSpouse", "StudentSpouse"])),
                    "FirstName": Y(first, "name"),
                    "LastName": Y(last, "name"),
                    "Ssn": RED(lambda f: f.ssn(), "social security number"),
                    "DateOfBirth": Y(parent_dob, "birthdate"),
                    "Email": Y(email, "email"),
                    "AgiAmount": Y(lambda f: f.r.randint(9000, 240000), "salary"),
                    "ConsentProvided": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
        },
        2,
    ),
    (
        "track",
        "ISIR Received",
        "dotnet",
        {
            "IsirTransactionNumber": G(lambda f: f.r.randint(1, 12)),
            "SaiAmount": G(lambda f: f.r.randint(-1500, 45000)),
            "VerificationSelected": G(lambda f: f.pick([True, False])),
            "VerificationTrackingGroup": G(lambda f: f.pick(["V1", "V4", "V5", None])),
            "StudentLastName": Y(last, "name"),
            "StudentSsnLast4": RED(lambda f: f.digits(4), "social security number"),
            "StudentId": G(banner_id),
        },
        1,
    ),
    (
        "track",
        "Aid Offer Viewed",
        "ios",
        {
            "aid_year": G(lambda f: f.pick(["2023-24", "2024-25", "2025-26"])),
            "offer_id": G(lambda f: "AO-" + f.digits(7)),
            "total_cost_of_attendance": G(lambda f: f.r.randint(28000, 86000)),
            "grants_total": G(lambda f: f.r.randint(0, 60000)),
            "package": Many(
                {
                    "fund_code": G(lambda f: f.pick(["PELL", "NFNG", "DLSUB", "FWS", "TRANSC", "WHITFD"])),
                    "fund_name": G(lambda f: f.pick(FUNDS)),
                    "amount": G(lambda f: f.pick([1500, 3500, 7395, 12000, 2500])),
                },
                5,
            ),
        },
        2,
    ),
    (
        "track",
        "Aid Offer Accepted",
        "rn",
        {
            "offer_id": G(lambda f: "AO-" + f.digits(7)),
            "accepted_funds": Many(G(lambda f: f.pick(["PELL", "NFNG", "DLSUB", "FWS"])), 4),
            "signature_name": Y(full, "name"),
        },
        1,
    ),
    (
        "track",
        "Direct Deposit Setup",
        "web",
        {
            "bank_name": G(
                lambda f: f.pick(["Chase", "Huntington", "Wells Fargo", "Navy Federal Credit Union"])
            ),
            "routing_number": G(aba_routing),
            "account_number": RED(us_account, "bank account"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "account_holder": Y(full, "name"),
            "plaid_public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
        },
        1,
    ),
    (
        "track",
        "Special Circumstances Appeal Submitted",
        "web",
        {
            "appeal_id": G(lambda f: "SCA-" + f.digits(5)),
            "reason": G(
                lambda f: f.pick(
                    [
                        "job loss",
                        "reduced hours",
                        "divorce or separation",
                        "death of a parent",
                        "unusual one-time income",
                    ]
                )
            ),
            "prior_year_income": Y(lambda f: f.r.randint(20000, 150000), "salary"),
            "current_year_income_estimate": Y(lambda f: f.r.randint(0, 90000), "salary"),
            "explanation": G(
                lambda f: f.pick(
                    [
                        "My mother was laid off in March and is looking for work.",
                        "Our family business closed last year.",
                        "The 2022 income included a one-time retirement withdrawal.",
                        "My parents separated in January.",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Timesheet Submitted",
        "java",
        {
            "job_id": G(lambda f: "FWS-" + f.digits(4)),
            "employer_dept": G(
                lambda f: f.pick(["Thompson Library", "Rec Center", "Admissions", "Chemistry Dept"])
            ),
            "hours": G(lambda f: f.pick([4.5, 8, 10, 12.25, 15])),
            "hourly_rate": Y(lambda f: f.pick([12.5, 13.0, 14.25, 15.0]), "salary"),
            "supervisor_name": Y(full, "name"),
            "supervisor_email": Y(staff_email, "email"),
            "student_id": G(banner_id),
        },
        1,
    ),
]

RECORDS = [
    (
        "identify",
        None,
        "ios",
        {
            "student_id": G(banner_id),
            "email": Y(edu_email, "email"),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "preferred_name": Y(first, "name"),
            "class_year": G(lambda f: f.pick([2025, 2026, 2027, 2028])),
            "major": G(lambda f: f.pick(MAJORS)),
            "enrollment_status": G(lambda f: f.pick(["full-time", "part-time", "leave of absence"])),
            "advisor": {"name": Y(full, "name"), "email": Y(staff_email, "email")},
            "cumulative_gpa": G(lambda f: round(f.r.uniform(1.8, 4.0), 2)),
            "credits_earned": G(lambda f: f.r.randint(0, 130)),
            "housing_status": G(lambda f: f.pick(["on-campus", "off-campus", "commuter"])),
            "age": G(lambda f: f.r.randint(17, 34)),
            "created_at": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Course Searched",
        "ios",
        {
            "query": G(
                lambda f: f.pick(
                    ["ECON 101", "organic chemistry", "intro to python", "gen ed writing", "jazz"]
                )
            ),
            "term": G(term),
            "filters": {
                "open_only": G(lambda f: f.pick([True, False])),
                "modality": G(lambda f: f.pick(["in-person", "online", "hybrid", "any"])),
            },
        },
        2,
    ),
    (
        "track",
        "Course Added to Cart",
        "ios",
        {
            "crn": G(lambda f: f.digits(5)),
            "course_code": G(lambda f: f.pick(COURSES)),
            "title": G(lambda f: f.pick(COURSE_TITLES)),
            "credits": G(lambda f: f.pick([1, 3, 4])),
            "instructor_name": Y(full, "name"),
            "location": G(lambda f: f.pick(["Ross Hall 204", "Thompson 150", "Online", "Science Ctr B12"])),
        },
        2,
    ),
    (
        "track",
        "Registration Submitted",
        "java",
        {
            "term_code": G(term_code),
            "student_id": G(banner_id),
            "courses": Many(
                {
                    "crn": G(lambda f: f.digits(5)),
                    "course_code": G(lambda f: f.pick(COURSES)),
                    "status": G(lambda f: f.pick(["registered", "waitlisted", "error"])),
                    "waitlist_position": G(lambda f: f.pick([None, 1, 4, 12])),
                },
                5,
            ),
            "total_credits": G(lambda f: f.r.randint(3, 19)),
            "alt_pin": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
        },
        1,
    ),
    (
        "track",
        "Registration Hold Placed",
        "java",
        {
            "student_id": G(banner_id),
            "hold_code": G(lambda f: f.pick(["FIN", "IMM", "ADV", "LIB", "ADM"])),
            "hold_reason": G(
                lambda f: f.pick(
                    [
                        "Unpaid balance",
                        "Immunization records missing",
                        "Advising required",
                        "Library fines",
                        "Final transcript missing",
                    ]
                )
            ),
            "placed_by": Y(full, "name"),
            "amount_due": G(lambda f: f.pick([0, 125.5, 980.0, 4210.75])),
        },
        1,
    ),
    (
        "track",
        "Grade Posted",
        "java",
        {
            "course_code": G(lambda f: f.pick(COURSES)),
            "term_code": G(term_code),
            "grade": G(lambda f: f.pick(["A", "A-", "B+", "C", "F", "W", "P"])),
            "instructor_email": Y(staff_email, "email"),
            "posted_at": G(lambda f: f.iso()),
            "is_final": G(lambda f: f.pick([True, False])),
            "student_id": G(banner_id),
        },
        2,
    ),
    (
        "track",
        "Transcript Ordered",
        "web",
        {
            "order_id": G(lambda f: "TR-" + f.digits(9)),
            "delivery_method": G(lambda f: f.pick(["electronic", "mail", "pickup"])),
            "recipient_type": G(lambda f: f.pick(["institution", "employer", "self", "licensing board"])),
            "recipient_institution": G(
                lambda f: f.pick(
                    ["Crestwood College", "Ohio Board of Nursing", "Globex Corp", "University of Melbourne"]
                )
            ),
            "recipient_email": G(
                lambda f: f.pick(
                    [
                        "gradadmissions@crestwood.edu",
                        "transcripts@nursing.ohio.gov",
                        "recruiting@globex.example",
                        "admissions@unimelb.edu.au",
                    ]
                )
            ),
            "shipping_address": {
                "name": Y(full, "name"),
                "line1": Y(us_street, "address|street"),
                "city": Y(lambda f: f.pick(US_CITIES), "city"),
                "state": G(lambda f: f.pick(US_STATES)),
                "postal_code": Y(us_zip, "zipcode"),
                "country": G(lambda f: "US"),
            },
            "total": G(lambda f: f.pick([10.0, 15.0, 25.0, 40.0])),
            "former_name": Y(full, "name"),
        },
        1,
    ),
    (
        "track",
        "Name Change Requested",
        "java",
        {
            "request_id": G(lambda f: f.uuid()),
            "old_name": Y(full, "name"),
            "new_name": Y(full, "name"),
            "reason": G(lambda f: f.pick(["marriage", "divorce", "court order", "correction"])),
            "document_type": G(lambda f: f.pick(["marriage certificate", "court order", "passport"])),
            "student_id": G(banner_id),
        },
        1,
    ),
    (
        "track",
        "Advising Appointment Booked",
        "rn",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "advisor_name": Y(full, "name"),
            "advisor_email": Y(staff_email, "email"),
            "modality": G(lambda f: f.pick(["zoom", "in-person", "phone"])),
            "topic": G(
                lambda f: f.pick(["course planning", "change of major", "study abroad", "graduation audit"])
            ),
            "notes_to_advisor": G(
                lambda f: f.pick(
                    [
                        "Want to talk about switching to pre-med",
                        "Need help with spring schedule",
                        "",
                        "Thinking about a minor in CS",
                    ]
                )
            ),
        },
        1,
    ),
    (
        "track",
        "Early Alert Raised",
        "java",
        {
            "alert_type": G(lambda f: f.pick(["attendance", "low grade", "missing assignments", "kudos"])),
            "raised_by_name": Y(full, "name"),
            "course_code": G(lambda f: f.pick(COURSES)),
            "student_id": G(banner_id),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Missed 4 of the last 6 classes",
                        "Below 60% on midterm",
                        "Great improvement on lab reports",
                        "Has not submitted 3 problem sets",
                    ]
                )
            ),
            "raised_at": G(lambda f: f.iso()),
        },
        1,
    ),
    (
        "screen",
        "Student ID Card",
        "ios",
        {
            "name": G(lambda f: "Student ID Card"),
            "card_photo_url": Y(
                lambda f: "https://idcard.northfield.edu/photos/" + f.uuid() + ".jpg", "photo"
            ),
            "barcode_value": G(banner_id),
            "brightness_boosted": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Login Succeeded",
        "android",
        {
            "method": G(lambda f: f.pick(["sso", "password", "passkey"])),
            "mfa_method": G(lambda f: f.pick(["push", "sms", "totp", "none"])),
            "sso_provider": G(lambda f: f.pick(["Okta", "Microsoft Entra ID", "Shibboleth"])),
            "login_hint": Y(edu_email, "email", True),
        },
        2,
    ),
    (
        "track",
        "Password Reset Requested",
        "python_ip",
        {
            "email": Y(edu_email, "email"),
            "reset_token": RED(lambda f: rand(f, B64URL, 43), "token"),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "expires_at": G(lambda f: f.iso()),
            "channel": G(lambda f: f.pick(["email", "sms"])),
        },
        1,
    ),
    (
        "track",
        "MFA Code Sent",
        "python_ip",
        {
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "destination_masked": G(masked_phone),
            "channel": G(lambda f: f.pick(["sms", "voice", "email"])),
            "phone_verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Directory Searched",
        "ios",
        {
            "q": Y(lambda f: f.pick([full(f), last(f), f"Prof. {last(f)}", f"Dr. {full(f)}"]), "name", True),
            "results": G(lambda f: f.r.randint(0, 25)),
            "filter": G(lambda f: f.pick(["faculty", "staff", "students", "all"])),
        },
        1,
    ),
    (
        "track",
        "Message Sent",
        "android",
        {
            "thread_id": G(lambda f: f.uuid()),
            "text": Y(
                lambda f: f.pick(
                    [
                        f"can you text me at {us_phone(f)} about the group project",
                        f"my number is {phone(f)}",
                        f"call me {us_phone(f)} when you're outside the library",
                        f"new phone: {intl_phone(f)}",
                    ]
                ),
                "phone",
                True,
            ),
        },
        1,
    ),
    (
        "track",
        "Emergency Contact Picked",
        "android",
        {
            "label": G(lambda f: f.pick(["Mom", "Dad", "Guardian", "Sister", "Abuela"])),
            "input": Y(phone, "phone", True),
            "source": G(lambda f: f.pick(["contacts", "manual"])),
        },
        1,
    ),
    (
        "track",
        "Career Fair Check-In",
        "node",
        {
            "student-name": Y(full, "name"),
            "student-email": Y(edu_email, "email"),
            "employer-booth": G(lambda f: f.pick(["Globex", "Initech", "Ohio Health", "Deloitte"])),
            "checkin-time": G(lambda f: f.iso()),
            "class-level": G(lambda f: f.pick(["sophomore", "junior", "senior", "graduate"])),
            "major": G(lambda f: f.pick(MAJORS)),
            "work-authorization": RED(lambda f: f.pick(["F-1 OPT", "F-1 CPT", "H-4 EAD", "J-1"]), "visa"),
            "badge-printed": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "I-20 Issued",
        "java",
        {
            "sevis_id": RED(lambda f: "N00" + f.digits(8), "national id"),
            "visa_type": RED(lambda f: f.pick(["F-1", "J-1", "M-1"]), "visa"),
            "passport_number": RED(passport, "passport"),
            "country_of_citizenship": Y(
                lambda f: f.pick(["Vietnam", "India", "Nigeria", "China", "South Korea"]), "citizenship"
            ),
            "program_start": G(lambda f: f.date(2025, 2025)),
            "funding_personal": G(lambda f: f.r.randint(0, 80000)),
            "dso_name": Y(full, "name"),
        },
        1,
    ),
]

HOUSING = [
    (
        "track",
        "Housing Application Submitted",
        "ruby",
        {
            "application_id": G(lambda f: f.uuid()),
            "term": G(term),
            "hall_preferences": Many(G(lambda f: f.pick(HALLS)), 3),
            "room_type": G(lambda f: f.pick(["single", "double", "suite", "apartment"])),
            "roommate_request": {
                "name": Y(full, "name"),
                "email": Y(edu_email, "email"),
                "student_id": G(banner_id),
            },
            "medical_accommodation_requested": RED(lambda f: f.pick([True, False]), "disability"),
            "esa_requested": RED(lambda f: f.pick([True, False]), "disability"),
            "meal_plan": G(lambda f: f.pick(["Unlimited", "Block 150", "Block 80", "None"])),
            "emergency_contact": {
                "name": Y(full, "name"),
                "relationship": G(lambda f: f.pick(["mother", "father", "aunt", "spouse", "guardian"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
        },
        1,
    ),
    (
        "track",
        "Room Assigned",
        "ruby",
        {
            "hall": G(lambda f: f.pick(HALLS)),
            "room_number": G(
                lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 4)}{f.r.randint(1, 9)}{f.pick(['', 'A', 'B'])}"
            ),
            "bed": G(lambda f: f.pick(["A", "B", "C"])),
            "roommates": Many(
                {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
                },
                3,
            ),
            "move_in_date": G(lambda f: f.pick(["2025-08-20", "2025-08-21", "2025-08-22"])),
            "campus_mailing_address": Y(
                lambda f: (
                    f"{full(f)}, {f.pick(HALLS)} {f.r.randint(100, 499)}, 1 University Dr, Columbus, OH "
                    f"43210-{f.digits(4)}"
                ),
                "address",
            ),
        },
        1,
    ),
    (
        "track",
        "Maintenance Request Submitted",
        "rn",
        {
            "request_id": G(lambda f: "WO-" + f.digits(6)),
            "location_description": G(
                lambda f: f.pick(
                    [
                        "Bathroom sink leaking",
                        "Room 214 radiator is cold",
                        "Light out in hallway by elevator",
                        "Desk drawer broken",
                    ]
                )
            ),
            "permission_to_enter": G(lambda f: f.pick([True, False])),
            "contact_phone": Y(us_phone, "phone"),
            "photo_urls": Many(
                G(lambda f: "https://housing-uploads.northfield.edu/wo/" + f.hexid(16) + ".jpg"), 3
            ),
        },
        1,
    ),
    (
        "track",
        "Guest Pass Requested",
        "rn",
        {
            "guest_name": Y(full, "name"),
            "guest_dob": Y(lambda f: f.date(1960, 2006), "birthdate"),
            "guest_drivers_license": Y(drivers_license, "license"),
            "vehicle_plate": Y(plate, "license"),
            "arrival_date": G(lambda f: f.date(2025, 2025)),
            "nights": G(lambda f: f.r.randint(1, 3)),
        },
        1,
    ),
    (
        "track",
        "Pet Registered",
        "ruby",
        {
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Captain", "Pho"])),
            "species": G(lambda f: f.pick(["dog", "cat", "rabbit", "fish"])),
            "breed": G(lambda f: f.pick(["Labrador mix", "Domestic shorthair", "Holland Lop", "Betta"])),
            "is_emotional_support_animal": RED(lambda f: f.pick([True, False]), "disability"),
            "owner_student_id": G(banner_id),
        },
        1,
    ),
    (
        "track",
        "Parking Permit Purchased",
        "web",
        {
            "permit_type": G(lambda f: f.pick(["Commuter A", "Resident R2", "Evening", "Motorcycle"])),
            "license_plate": Y(plate, "license"),
            "plate_state": G(lambda f: f.pick(US_STATES)),
            "vehicle_make": G(lambda f: f.pick(["Honda", "Toyota", "Ford", "Hyundai"])),
            "vehicle_model": G(lambda f: f.pick(["Civic", "Corolla", "Escape", "Elantra"])),
            "vin": Y(vin, "serial"),
            "price": G(lambda f: f.pick([95.0, 180.0, 340.0])),
        },
        1,
    ),
    (
        "track",
        "Meal Plan Changed",
        "rn",
        {
            "old_plan": G(lambda f: f.pick(["Unlimited", "Block 150", "Block 80"])),
            "new_plan": G(lambda f: f.pick(["Block 150", "Block 80", "Dining Dollars Only"])),
            "dietary_preference": G(
                lambda f: f.pick(["vegetarian", "vegan", "no preference", "pescatarian"])
            ),
            "dietary_allergies": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "gluten", "dairy"]), "allergy"), 2
            ),
        },
        1,
    ),
]

HEALTH = [
    (
        "track",
        "Accommodation Request Submitted",
        "web",
        {
            "request_id": G(lambda f: "ODS-" + f.digits(6)),
            "disability_category": RED(
                lambda f: f.pick(
                    [
                        "ADHD",
                        "Deaf/Hard of Hearing",
                        "Low vision",
                        "Chronic illness",
                        "Psychological",
                        "Learning disability",
                    ]
                ),
                "disability",
            ),
            "diagnosis": Y(
                lambda f: f.pick(
                    [
                        "Generalized anxiety disorder",
                        "Type 1 diabetes",
                        "Dyslexia",
                        "Crohn's disease",
                        "Major depressive disorder",
                    ]
                ),
                "diagnosis",
            ),
            "requested_accommodations": Many(
                RED(
                    lambda f: f.pick(
                        [
                            "Extended test time (1.5x)",
                            "Note-taker",
                            "Reduced-distraction testing room",
                            "Captioning for videos",
                            "Flexible attendance",
                        ]
                    ),
                    "disability",
                ),
                3,
            ),
            "documentation_provider": {
                "name": Y(lambda f: "Dr. " + full(f), "name"),
                "phone": Y(us_phone, "phone"),
            },
            "current_medications": Many(
                Y(
                    lambda f: f.pick(["Adderall XR 20mg", "sertraline", "insulin glargine", "mesalamine"]),
                    "medication",
                ),
                2,
            ),
            "documentation_uploaded": G(lambda f: f.pick([True, False])),
            "semester": G(term),
        },
        1,
    ),
    (
        "track",
        "Accommodation Letter Sent",
        "python",
        {
            "letter_id": G(lambda f: f.uuid()),
            "course_codes": Many(G(lambda f: f.pick(COURSES)), 4),
            "instructor_emails": Many(Y(staff_email, "email"), 4),
        },
        1,
    ),
    (
        "track",
        "Testing Center Exam Booked",
        "web",
        {
            "exam_id": G(lambda f: "EX-" + f.digits(6)),
            "course_code": G(lambda f: f.pick(COURSES)),
            "original_start": G(lambda f: f.iso()),
            "duration_minutes": G(lambda f: f.pick([50, 75, 113, 150])),
            "seat": G(lambda f: f.pick(["A1", "B4", "Room 3", "C2"])),
            "proctor_name": Y(full, "name"),
        },
        1,
    ),
    (
        "track",
        "Counseling Appointment Requested",
        "rn",
        {
            "appointment_id": G(lambda f: f.uuid()),
            "concern_areas": Many(
                Y(
                    lambda f: f.pick(
                        [
                            "anxiety",
                            "depression",
                            "insomnia",
                            "eating concerns",
                            "substance use",
                            "panic attacks",
                        ]
                    ),
                    "condition",
                ),
                3,
            ),
            "urgency": G(lambda f: f.pick(["routine", "soon", "urgent"])),
            "counselor_name": Y(full, "name"),
            "first_visit": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Health Insurance Waiver Submitted",
        "web",
        {
            "waiver_id": G(lambda f: f.uuid()),
            "carrier": G(
                lambda f: f.pick(
                    ["Aetna", "Blue Cross Blue Shield of Ohio", "UnitedHealthcare", "Kaiser Permanente"]
                )
            ),
            "policy_number": Y(
                lambda f: f.pick(["W" + f.digits(9), "XYZ" + f.digits(9), f.digits(11)]), "identification"
            ),
            "group_number": G(lambda f: f.digits(6)),
            "subscriber_name": Y(full, "name"),
            "subscriber_dob": Y(parent_dob, "birthdate"),
            "subscriber_relationship": G(lambda f: f.pick(["self", "parent", "spouse"])),
        },
        1,
    ),
    (
        "track",
        "Pharmacy Refill Requested",
        "rn",
        {
            "rx_number": Y(
                lambda f: f.pick(["RX" + f.digits(7), f.digits(7), f.digits(3) + "-" + f.digits(5)]),
                "medication",
            ),
            "medication_name": Y(
                lambda f: f.pick(
                    ["albuterol inhaler", "sertraline 50mg", "norethindrone", "amoxicillin 500mg"]
                ),
                "medication",
            ),
            "pharmacy_location": G(
                lambda f: f.pick(["Student Health Center", "Wilce Pharmacy", "Medical Center Pharmacy"])
            ),
            "pickup": G(lambda f: f.pick(["in-store", "locker", "mail"])),
        },
        1,
    ),
]

GIVING = [
    (
        "identify",
        None,
        "python",
        {
            "CONSTITUENT_ID": G(lambda f: "C" + f.digits(8)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "HOME_PHONE": Y(us_phone, "phone"),
            "PREFERRED_CLASS_YEAR": G(lambda f: f.r.randint(1962, 2024)),
            "DEGREE": G(lambda f: f.pick(["BA", "BS", "MBA", "BSN", "PhD"])),
            "LIFETIME_GIVING_USD": G(lambda f: f.money(0, 250000)),
            "LAST_GIFT_DATE": G(lambda f: f.date(2015, 2024)),
            "LAST_GIFT_AMOUNT": G(lambda f: f.pick([25.0, 100.0, 250.0, 1000.0, 5000.0])),
            "EMPLOYER_NAME": G(
                lambda f: f.pick(["Globex", "Nationwide", "Cardinal Health", "Self-employed", ""])
            ),
            "JOB_TITLE": G(
                lambda f: f.pick(["Attorney", "Senior Engineer", "Retired", "Nurse Practitioner"])
            ),
            "SPOUSE_NAME": Y(full, "name"),
            "MAIDEN_NAME": Y(last, "name"),
            "HOME_CITY": Y(lambda f: f.pick(US_CITIES), "city"),
            "HOME_STATE": G(lambda f: f.pick(US_STATES)),
            "HOME_ZIP": Y(us_zip, "zipcode"),
            "BIRTH_DATE": Y(lambda f: f.date(1940, 2002), "birthdate"),
            "MARITAL_STATUS": G(lambda f: f.pick(["Married", "Single", "Widowed", "Divorced"])),
            "DECEASED_FLAG": G(lambda f: False),
            "DO_NOT_SOLICIT": G(lambda f: f.pick([True, False])),
            "UPDATED_AT": G(lambda f: f.iso()),
        },
        2,
    ),
    (
        "track",
        "Donation Completed",
        "give",
        {
            "order_id": G(lambda f: "GIFT-" + f.digits(8)),
            "total": G(lambda f: f.pick([25.0, 50.0, 100.0, 250.0, 1000.0])),
            "currency": G(lambda f: f.pick(["USD", "USD", "GBP"])),
            "designation": G(lambda f: f.pick(GIFT_FUNDS)),
            "recurring": G(lambda f: f.pick([True, False])),
            "tribute": {
                "type": G(lambda f: f.pick(["in honor of", "in memory of"])),
                "honoree_name": Y(full, "name"),
                "notify_name": Y(full, "name"),
                "notify_email": Y(email, "email"),
            },
            "matching_gift_company": G(lambda f: f.pick(["", "Nationwide", "Microsoft", "Cardinal Health"])),
            "class_year": G(lambda f: f.r.randint(1965, 2024)),
            "products": Many(
                {
                    "product_id": G(
                        lambda f: f.pick(["fund-annual", "fund-emergency", "fund-nursing", "fund-rowing"])
                    ),
                    "name": G(lambda f: f.pick(GIFT_FUNDS)),
                },
                2,
            ),
            "payment": {
                "method": G(lambda f: f.pick(["card", "paypal", "venmo", "ach"])),
                "card_brand": G(lambda f: f.pick(["Visa", "Mastercard", "American Express"])),
                "last4": G(lambda f: f.digits(4)),
                "token": RED(lambda f: f.pick(["tok_", "pm_", "src_"]) + rand(f, ALNUM, 24), "token"),
            },
        },
        2,
    ),
    (
        "track",
        "Pledge Created",
        "node",
        {
            "pledgeId": G(lambda f: "PLG-" + f.digits(6)),
            "amount": G(lambda f: f.pick([1000, 5000, 25000, 100000])),
            "startDate": G(lambda f: f.date(2025, 2025)),
            "donorName": Y(full, "name"),
            "donorEmail": Y(email, "email"),
            "solicitorName": Y(full, "name"),
            "campaignCode": G(lambda f: f.pick(["BOLD2030", "GT24", "REUNION25"])),
        },
        1,
    ),
    (
        "track",
        "Recurring Gift Updated",
        "node",
        {
            "subscription_id": G(lambda f: "sub_" + rand(f, ALNUM, 14)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100])),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "last4": G(lambda f: f.digits(4)),
            },
            "bank": {
                "iban": RED(uk_iban, "bank account"),
                "account_holder_name": Y(full, "name"),
                "bic": G(lambda f: f.pick(["NWBKGB2L", "DEUTDEFF", "BNPAFRPP", "ABNANL2A"])),
            },
        },
        1,
    ),
    (
        "track",
        "Event RSVP Submitted",
        "give",
        {
            "event_id": G(lambda f: "EVT-" + f.digits(5)),
            "event_name": G(
                lambda f: f.pick(
                    ["Reunion 2025 Gala", "Alumni Night at the Ballpark", "Hanoi Alumni Chapter Dinner"]
                )
            ),
            "venue": G(
                lambda f: f.pick(["The Westin Columbus", "Huntington Park", "Sofitel Legend Metropole Hanoi"])
            ),
            "venue_address": G(
                lambda f: f.pick(
                    [
                        "310 S High St, Columbus, OH 43215",
                        "330 Huntington Park Ln, Columbus, OH 43215",
                        "15 Ngô Quyền, Hoàn Kiếm, Hà Nội",
                    ]
                )
            ),
            "attendees": Many(
                {
                    "name": Y(full, "name"),
                    "dietary": G(lambda f: f.pick(["vegetarian", "vegan", "no preference", "pescatarian"])),
                    "is_alum": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "total_guests": G(lambda f: f.r.randint(1, 4)),
        },
        1,
    ),
    (
        "track",
        "Mentor Profile Updated",
        "give",
        {
            "headline": G(
                lambda f: f.pick(
                    ["Product Manager at Globex", "Pediatric nurse", "Founder, Initech", "Data scientist"]
                )
            ),
            "industry": G(lambda f: f.pick(["Technology", "Healthcare", "Finance", "Education"])),
            "city": Y(lambda f: f.pick([*US_CITIES, "Hà Nội", "London"]), "city"),
            "open_to": Many(G(lambda f: f.pick(["resume review", "mock interviews", "coffee chats"])), 3),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Happy to talk about careers in healthcare.",
                        "Ask me about switching into tech.",
                        "Rowing alum, ask me anything.",
                    ]
                )
            ),
            "contact_email": Y(email, "email"),
        },
        1,
    ),
    (
        "track",
        "Class Note Submitted",
        "give",
        {
            "note": Y(
                lambda f: f.pick(
                    [
                        f"{first(f)} married {full(f)} in June; they live in Portland.",
                        f"Welcomed a daughter, {first(f)}, in March!",
                        f"{full(f)} was promoted to partner at Globex.",
                        f"Sad news: {full(f)} passed away in January.",
                    ]
                ),
                "name",
                True,
            ),
            "class_year": G(lambda f: f.r.randint(1965, 2024)),
            "category": G(lambda f: f.pick(["wedding", "baby", "career", "in memoriam"])),
        },
        1,
    ),
    (
        "page",
        "Give",
        "give",
        {
            "name": G(lambda f: "Give"),
            "path": G(lambda f: f.pick(["/give", "/give/nursing", "/give/emergency-fund"])),
            "url": G(
                lambda f: (
                    "https://give.northfield.edu" + f.pick(["/give", "/give/nursing", "/give/emergency-fund"])
                )
            ),
            "title": G(
                lambda f: f.pick(["Make a Gift | Northfield", "Give to Nursing", "Student Emergency Fund"])
            ),
            "referrer": G(lambda f: f.pick(["", "https://mail.google.com/", "https://www.facebook.com/"])),
        },
        2,
    ),
]

BOOKSTORE = [
    (
        "track",
        "Products Searched",
        "web",
        {
            "query": G(
                lambda f: f.pick(
                    ["campbell biology", "calculus stewart", "northfield hoodie", "lab goggles", "iclicker"]
                )
            )
        },
        1,
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "BK-" + f.digits(8)),
            "revenue": G(lambda f: f.money(20, 600)),
            "currency": G(lambda f: "USD"),
            "products": Many(product_book(), 4),
            "charge_to_student_account": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Saved Address Added",
        "web",
        {
            "label": G(lambda f: f.pick(["Home", "Dorm", "Mom's house", "Work"])),
            "address": Y(home_address, "address"),
            "is_default": G(lambda f: f.pick([True, False])),
            "address_verified": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
]

VIETNAM = [
    (
        "identify",
        None,
        "flutter",
        {
            "ho_ten": Y(vn_name, "name"),
            "ngay_sinh": Y(
                lambda f: f.pick(
                    [
                        f.date(2003, 2007),
                        f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2003, 2007)}",
                    ]
                ),
                "birthdate",
            ),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ"]), "gender"),
            "so_dien_thoai": Y(vn_phone, "phone"),
            "email": Y(vn_email, "email"),
            "cccd": RED(cccd, "national id"),
            "que_quan": Y(que_quan, "address|city"),
            "dia_chi": Y(vn_address, "address"),
            "dan_toc": Y(lambda f: f.pick(["Kinh", "Tày", "Thái", "Mường", "Khmer", "H'Mông"]), "ethnicity"),
            "ton_giao": Y(lambda f: f.pick(["Không", "Phật giáo", "Công giáo", "Cao Đài"]), "religion"),
            "ma_sinh_vien": G(lambda f: f"{f.pick(['2021', '2022', '2023', '2024'])}{f.digits(4)}"),
            "lop": G(lambda f: f.pick(["K66-CNTT1", "K67-KT2", "K68-DTVT3", "K65-QTKD1"])),
            "khoa": G(
                lambda f: f.pick(
                    ["Công nghệ thông tin", "Kinh tế", "Điện tử viễn thông", "Quản trị kinh doanh"]
                )
            ),
            "nganh": G(lambda f: f.pick(["Khoa học máy tính", "Kế toán", "Kỹ thuật điện tử", "Marketing"])),
        },
        2,
    ),
    (
        "track",
        "Ho So Xet Tuyen Da Nop",
        "php",
        {
            "ma_ho_so": G(lambda f: "HS" + f.digits(8)),
            "ho_ten": Y(vn_name, "name"),
            "ngay_sinh": Y(
                lambda f: f.pick(
                    [
                        f.date(2003, 2007),
                        f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(2003, 2007)}",
                    ]
                ),
                "birthdate",
            ),
            "cccd": RED(cccd, "national id"),
            "so_dien_thoai": Y(vn_phone, "phone"),
            "email": Y(vn_email, "email"),
            "dia_chi_lien_he": Y(vn_address, "address"),
            "truong_thpt": G(
                lambda f: f.pick(
                    [
                        "THPT Chuyên Hà Nội - Amsterdam",
                        "THPT Phan Đình Phùng",
                        "THPT Chuyên Lê Quý Đôn",
                        "THPT Nguyễn Du",
                    ]
                )
            ),
            "ma_truong_thpt": G(lambda f: f"{f.r.randint(1, 64):02d}{f.digits(3)}"),
            "khu_vuc": G(lambda f: f.pick(["KV1", "KV2", "KV2-NT", "KV3"])),
            "to_hop_mon": G(lambda f: f.pick(["A00", "A01", "D01", "B00", "C00"])),
            "diem_thi": {
                "toan": G(lambda f: f.pick([6.2, 7.4, 8.0, 8.6, 9.2])),
                "ly": G(lambda f: f.pick([5.75, 7.0, 8.25, 9.0])),
                "hoa": G(lambda f: f.pick([6.5, 7.75, 8.5, 9.25])),
            },
            "tong_diem": G(lambda f: round(f.r.uniform(18, 29.5), 2)),
            "nguyen_vong": Many(
                {
                    "thu_tu": G(lambda f: f.r.randint(1, 5)),
                    "ma_nganh": G(lambda f: f.pick(["7480101", "7340301", "7520207", "7340115"])),
                    "ten_nganh": G(
                        lambda f: f.pick(
                            ["Khoa học máy tính", "Kế toán", "Kỹ thuật điện tử - viễn thông", "Marketing"]
                        )
                    ),
                },
                4,
            ),
            "phuong_thuc": G(lambda f: f.pick(["THPT", "Học bạ", "ĐGNL", "Xét tuyển thẳng"])),
            "da_thanh_toan": G(lambda f: f.pick([True, False])),
        },
        2,
    ),
    (
        "track",
        "Thanh Toan Hoc Phi",
        "php",
        {
            "vnp_Amount": G(lambda f: f.pick([1250000000, 980000000, 1560000000, 300000000])),
            "vnp_BankCode": G(lambda f: f.pick(["NCB", "VCB", "TCB", "MBBANK", "VNPAYQR"])),
            "vnp_CardType": G(lambda f: f.pick(["ATM", "QRCODE"])),
            "vnp_OrderInfo": Y(
                lambda f: (
                    f"Thanh toan hoc phi {f.pick(['HK1', 'HK2'])} {f.pick(['2024-2025', '2025-2026'])} "
                    f"SV {vn_name_bank(f)} MSSV {f.pick(['2021', '2022', '2023'])}{f.digits(4)}"
                ),
                "name",
                True,
            ),
            "vnp_PayDate": G(
                lambda f: (
                    f"2025{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
                    f"{f.r.randint(0, 23):02d}{f.r.randint(0, 59):02d}{f.r.randint(0, 59):02d}"
                )
            ),
            "vnp_TmnCode": G(lambda f: f.pick(["DHSH0001", "DHSHKTX1"])),
            "vnp_TransactionNo": G(lambda f: f.digits(8)),
            "vnp_TxnRef": G(lambda f: f.digits(10)),
            "vnp_SecureHash": G(lambda f: f.hexid(128)),
            "vnp_IpAddr": Y(lambda f: f.ipv4(), "ip"),
        },
        2,
    ),
    (
        "track",
        "Cap Nhat Thong Tin Phu Huynh",
        "php",
        {
            "ma_sinh_vien": G(lambda f: f"{f.pick(['2021', '2022', '2023', '2024'])}{f.digits(4)}"),
            "phu_huynh": Many(
                {
                    "quan_he": G(lambda f: f.pick(["Bố", "Mẹ", "Người giám hộ"])),
                    "ho_ten": Y(vn_name, "name"),
                    "nam_sinh": Y(lambda f: f.r.randint(1965, 1985), "birthdate"),
                    "nghe_nghiep": G(
                        lambda f: f.pick(["Nông dân", "Giáo viên", "Kinh doanh tự do", "Công nhân"])
                    ),
                    "so_dien_thoai": Y(vn_phone, "phone"),
                },
                2,
            ),
            "ho_ngheo": G(lambda f: f.pick([True, False])),
        },
        1,
    ),
    (
        "track",
        "Dang Ky Ky Tuc Xa",
        "flutter",
        {
            "ma_sinh_vien": G(lambda f: f"{f.pick(['2021', '2022', '2023', '2024'])}{f.digits(4)}"),
            "toa_nha": G(lambda f: f.pick(["B5", "B7", "B10", "KTX Mỹ Đình"])),
            "so_the_bhyt": RED(bhyt, "health id"),
            "ngay_vao": G(lambda f: f.pick(["2025-09-01", "2025-09-05", "2026-02-15"])),
            "nguoi_lien_he_khan_cap": {
                "ho_ten": Y(vn_name, "name"),
                "so_dien_thoai": Y(vn_phone, "phone"),
                "quan_he": G(lambda f: f.pick(["Bố", "Mẹ", "Anh trai", "Chị gái"])),
            },
            "ho_tro_dac_biet": RED(
                lambda f: f.pick(["Khuyết tật vận động", "Khiếm thị", "Khiếm thính"]), "disability"
            ),
        },
        1,
    ),
    (
        "track",
        "Hoc Bong Nhan",
        "php",
        {
            "ma_hoc_bong": G(lambda f: "HB" + f.digits(5)),
            "ten_hoc_bong": G(
                lambda f: f.pick(
                    [
                        "Học bổng Khuyến khích học tập",
                        "Học bổng Nguyễn Văn Hưởng",
                        "Học bổng Vallet",
                        "Học bổng Doanh nghiệp",
                    ]
                )
            ),
            "so_tien": G(lambda f: f.pick([5000000, 10000000, 15000000])),
            "ngan_hang": G(lambda f: f.pick(["Vietcombank", "Techcombank", "BIDV", "MB Bank"])),
            "so_tai_khoan": RED(vn_account, "bank account"),
            "chu_tai_khoan": Y(vn_name_bank, "name"),
            "chi_nhanh": G(
                lambda f: f.pick(["Chi nhánh Hà Nội", "Chi nhánh Thăng Long", "Chi nhánh Đà Nẵng"])
            ),
        },
        1,
    ),
    (
        "screen",
        "Thoi Khoa Bieu",
        "flutter",
        {
            "name": G(lambda f: "Thoi Khoa Bieu"),
            "hoc_ky": G(lambda f: f.pick(["20241", "20242", "20251"])),
            "tuan": G(lambda f: f.r.randint(1, 20)),
        },
        2,
    ),
]

EVENTS = ADMISSIONS + FINANCIAL_AID + RECORDS + HOUSING + HEALTH + GIVING + BOOKSTORE + VIETNAM


def message(f: Fake, kind: str, name: str | None, client: str, body, labels: dict) -> dict:
    msg = {
        "type": kind,
        "messageId": f.pick(["ajs-next-", "", ""]) + f.uuid(),
        "timestamp": f.iso(),
        "anonymousId": f.uuid(),
    }
    if not (kind == "track" and client == "web" and f.r.random() < 0.3):
        msg["userId"] = f.pick([banner_id(f), "u_" + f.hexid(12), f.uuid()])
    if kind == "track":
        msg["event"] = name
    elif kind in ("page", "screen"):
        msg["name"] = name
    elif kind == "group":
        msg["groupId"] = "inst_" + f.digits(6)
    elif kind == "alias":
        msg["previousId"] = msg["anonymousId"]
        msg["userId"] = banner_id(f)
    if body is not None:
        section = "traits" if kind in ("identify", "group") else "properties"
        msg[section] = render(body, f, section, labels)
    msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
    msg["sentAt"] = msg["timestamp"]
    return msg


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body, weight in EVENTS:
            for _ in range(weight):
                events.append(message(f, kind, name, client, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=52, repeats=16)
    write(Path(__file__).parent, "holdout52_", events, labels)
