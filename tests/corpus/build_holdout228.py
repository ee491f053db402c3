"""Writes holdout228: tests/corpus/holdout228_events.jsonl and holdout228_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (format only) and the shared
REFERENCE.md / DESIGN.md, without reading the detection engine, its vocabularies, its tests or any
other corpus's labels, and without running the engine on these events.

Domain: "Mentora", an online tutoring and exam-prep marketplace in Egypt, Vietnam and Chile.
Parent and student accounts (many students are minors: dependants under a parent), tutor
onboarding with identity-document and degree checks (a Veriff-shaped webhook, Egyptian,
Vietnamese and Chilean onboarding backends), lesson booking, video sessions (a Zoom webhook, a
kebab-case Go session service, call-quality reports), homework uploads and chat moderation, exam
results and school details, payments (Segment e-commerce spec events, Paymob, Fawry, VNPay, MoMo,
Transbank Webpay, Mercado Pago, Stripe, StoreKit) and tutor payouts (a .NET service in
PascalCase), plus notifications (SMS, SendGrid, Twilio masked calls), ad conversions and
warehouse reverse-ETL traits in SCREAMING_SNAKE. Keys are mostly camelCase / snake_case English;
the rest PascalCase, kebab-case, SCREAMING_SNAKE, romanised Egyptian Arabic, Arabic script,
Vietnamese and Chilean Spanish. Contexts are those of analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter and the python, node, go, java, ruby,
php and C# server libraries. Each event is drawn for one market (EG, VN, CL) so that its names,
phone formats, addresses, currencies and ids agree; national ids are structure-valid (Chilean RUT
with its mod-11 check digit, Egyptian 14-digit ids with century, birth date and governorate,
Vietnamese 12-digit CCCD with province and century/sex digit), cards pass Luhn, Egyptian IBANs
pass mod-97.

Conventions: a path is labelled once for every event that carries it (render refuses a second,
different label); the labels are the Privacy Portal's default colours, types are the reference's
matcher names (`a|b` when either is fair), value_only is true only when the key does not say what
the value is and every value of the path carries that PII.

Labelling rules followed (the brief's, with the product's published policy on contested cases):
- PII: names, contact details, a person's own address, district, postcode and precise location,
  birth dates, government ids, bank accounts and full card numbers, health / disability and
  religion, credentials and one-time codes, IP addresses, advertising and ad-click ids. Colours are
  the reference's for its matchers; red for credentials/secrets/tokens, card numbers, bank accounts,
  national ids, passports, visa / right-to-work answers, disability; yellow otherwise.
- Other people count: parents and children, guardians, emergency contacts, referees, gift
  recipients, tutors (names, cities, photos), staff (moderators, support agents, a school's billing
  contact, a homeroom teacher).
- Green: ids we or vendors issue (user, order, lesson, payment, Zoom, Paymob, VNPay, MoMo ids,
  Fawry reference numbers, referral codes), exam seat / registration numbers (an exam body issues
  them per sitting; they are not identity documents), versions, timestamps, hashes and HMAC
  signatures of non-PII, amounts and lesson / package prices, enums, counters, booleans under
  PII-sounding keys, product / package / school / university / company / pet names, a school's or
  tutoring centre's own city and phone, governorate / province / region (state level), country,
  locale, timezone, currency, user agents, OS-issued device ids, cartoon avatars chosen from the
  app's set, card brand / BIN / last four (Paymob `source_data.pan` and Transbank
  `card_detail.card_number` carry only the last four), card-processor authorization codes (the
  bank's approval of a payment, not a code the person holds), UUID tokens (Places session token,
  StoreKit appAccountToken), e-mail Message-IDs, role mailboxes (no-reply@, support@), call-masking
  proxy numbers, a filter or preference for a tutor's gender (not the person's own gender), exam
  scores, grades and school details, ages and age bands, ID issue dates and issuing authorities.
- Contested cases settled by policy: hourly rates, expected pay and household income are yellow
  `salary` (lesson and package prices, payout transfer amounts and fees are green amounts);
  degree and background-check certificate numbers are yellow `certificate`; a teaching licence
  number yellow `license`; gclid / fbclid / ttclid / fbp / fbc yellow `advertising id`; billing
  addresses yellow `address`; Stripe `pm_` ids, push tokens, OAuth refresh tokens, sign-in link
  tokens and the OTPs in SMS bodies red `token|secret`; work-permit and visa-sponsorship answers
  red `visa`; a learning-support need (dyslexia, ADHD ...) and Chile's PIE flag (a student in the
  school integration programme for special educational needs) red `disability`; the religious-
  education course an Egyptian student takes and a tutor's stated religion yellow `religion`.
- Rules chosen where the brief is silent (what a careful privacy owner would want flagged): a
  birth year is yellow `birthdate`; photos of a person (uploaded profile photos, ID-card images)
  and lesson video recordings are yellow `photo`; a mobile-wallet number that is the person's
  phone number (Vodafone Cash) is yellow `phone`, value_only; a Google calendar id that is the
  user's address is yellow `email`, value_only; a person's city or Chilean comuna is yellow
  `city`, a district line is `address|city`; free text is labelled by what every value carries
  (lesson notes naming the child, gift messages naming the recipient, Zoom topics naming the
  student, flagged chat messages with a phone or e-mail, verification SMS bodies with the code),
  green when no value carries PII (message previews, review texts, tutor feedback, cancellation
  notes, VNPay order info). Values written in a local language under a local-language key that
  names the thing (`so_dien_thoai`, `الرقم_القومي`, `correo`) are not value_only.
"""

import base64
import json
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- market data ------------------------------------------------------------------------------------

EG_FIRST = [
    "Ahmed",
    "Mohamed",
    "Omar",
    "Youssef",
    "Mostafa",
    "Karim",
    "Ziad",
    "Seif",
    "Amr",
    "Tarek",
    "Mariam",
    "Nour",
    "Salma",
    "Habiba",
    "Farida",
    "Yasmin",
    "Aya",
    "Menna",
    "Malak",
    "Shahd",
    "Mina",
    "Kirollos",
    "Marina",
    "Hana",
]
EG_FATHER = ["Ahmed", "Mohamed", "Mahmoud", "Hassan", "Mostafa", "Adel", "Sherif", "Magdy", "Nabil", "Samir"]
AR_FATHER = ["أحمد", "محمد", "محمود", "حسن", "مصطفى", "عادل", "شريف", "مجدي"]
EG_LAST = [
    "Hassan",
    "Abdelrahman",
    "El-Sayed",
    "Mansour",
    "Fahmy",
    "Soliman",
    "Ibrahim",
    "Shawky",
    "Gamal",
    "Farouk",
    "Naguib",
    "Hegazy",
    "Tawfik",
    "Saad",
    "Girgis",
    "Boutros",
    "Abdel Aziz",
]
AR_FIRST = [
    "أحمد",
    "محمد",
    "عمر",
    "يوسف",
    "مصطفى",
    "كريم",
    "مريم",
    "نور",
    "سلمى",
    "حبيبة",
    "فريدة",
    "ياسمين",
    "مينا",
    "ملك",
    "هنا",
    "زياد",
]
AR_LAST = [
    "حسن",
    "عبد الرحمن",
    "السيد",
    "منصور",
    "فهمي",
    "سليمان",
    "إبراهيم",
    "شوقي",
    "جمال",
    "جرجس",
    "عبد العزيز",
    "حجازي",
]
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Gia", "Hoàng", "Bảo", "Thu", "Đức", "Khánh"]
VN_GIVEN = [
    "Anh",
    "Linh",
    "Huy",
    "Trang",
    "Khoa",
    "Mai",
    "Phúc",
    "Vy",
    "Nam",
    "Hà",
    "Tuấn",
    "Quân",
    "Ngân",
    "Duy",
    "Thảo",
    "Long",
    "Châu",
]
CL_FIRST = [
    "Sofía",
    "Isidora",
    "Agustina",
    "Florencia",
    "Benjamín",
    "Vicente",
    "Martín",
    "Matías",
    "Tomás",
    "Catalina",
    "Josefa",
    "Joaquín",
    "Antonella",
    "Maximiliano",
    "Fernanda",
    "Cristóbal",
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
    "Martínez",
    "Sepúlveda",
    "Morales",
    "Rodríguez",
    "López",
    "Fuentes",
    "Araya",
    "Espinoza",
    "Valenzuela",
]
INTL_TUTORS = [
    "Sarah Mitchell",
    "James O'Connor",
    "Priya Raman",
    "Chinedu Okeke",
    "Maria Santos",
    "Tomasz Kowalczyk",
    "Aisha Bello",
    "Liam Walsh",
    "Emily Carter",
    "Kenji Watanabe",
    "Ana Reyes",
    "Daniel Kim",
    "Fatou Diallo",
    "Hannah Becker",
]

MARKET = {
    "EG": {
        "cities": ["Cairo", "Giza", "Alexandria", "Mansoura", "Tanta", "Asyut"],
        "districts": [
            "Maadi",
            "Nasr City",
            "Heliopolis",
            "Dokki",
            "Mohandessin",
            "Zamalek",
            "Sheikh Zayed",
            "New Cairo",
            "Smouha",
            "Sidi Gaber",
        ],
        "streets": [
            "El Tahrir St",
            "Gamal Abdel Nasser St",
            "Mostafa El Nahas St",
            "Abbas El Akkad St",
            "Road 9",
            "El Merghany St",
            "Syria St",
            "Makram Ebeid St",
        ],
        "states": ["Cairo", "Giza", "Alexandria", "Dakahlia", "Gharbia"],
        "currency": "EGP",
        "locale": ["ar-EG", "en-EG", "ar"],
        "tz": "Africa/Cairo",
        "carriers": ["Vodafone EG", "Orange EG", "Etisalat by e&", "WE"],
        "schools": [
            "Manarat Al Farouk Islamic Language School",
            "El Alsson British School",
            "Collège de la Sainte Famille",
            "Cairo English School",
            "Maadi STEM School",
            "Port Said Language School",
        ],
        "universities": [
            "Cairo University",
            "Ain Shams University",
            "Alexandria University",
            "The American University in Cairo",
            "Mansoura University",
        ],
        "grades": ["Grade 10", "Grade 11", "Grade 12", "Prep 3", "Year 11 (IGCSE)"],
        "curricula": ["Thanaweya Amma", "IGCSE", "American Diploma", "IB"],
        "exam": ["Thanaweya Amma 2024", "IGCSE May/June 2024", "EST I"],
    },
    "VN": {
        "cities": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
        "districts": [
            "Quận 1",
            "Quận 3",
            "Quận Bình Thạnh",
            "Quận Cầu Giấy",
            "Quận Đống Đa",
            "Quận Hải Châu",
            "TP. Thủ Đức",
            "Quận Hai Bà Trưng",
        ],
        "streets": [
            "Phố Huế",
            "Đường Láng",
            "Nguyễn Trãi",
            "Lê Văn Sỹ",
            "Điện Biên Phủ",
            "Trần Hưng Đạo",
            "Xuân Thủy",
            "Nguyễn Văn Linh",
        ],
        "states": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Bình Dương", "Hải Phòng"],
        "currency": "VND",
        "locale": ["vi-VN", "vi", "en-VN"],
        "tz": "Asia/Ho_Chi_Minh",
        "carriers": ["Viettel", "Vinaphone", "Mobifone", "Vietnamobile"],
        "schools": [
            "THPT Chuyên Hà Nội - Amsterdam",
            "THCS Cầu Giấy",
            "THPT Lê Hồng Phong",
            "THPT Chuyên Trần Đại Nghĩa",
            "THCS Nguyễn Du",
            "Trường Quốc tế Việt Úc",
        ],
        "universities": [
            "Đại học Quốc gia Hà Nội",
            "Đại học Bách khoa TP.HCM",
            "Đại học Sư phạm Hà Nội",
            "Đại học Ngoại thương",
            "RMIT Vietnam",
        ],
        "grades": ["Lớp 9", "Lớp 10", "Lớp 11", "Lớp 12", "Lớp 8"],
        "curricula": ["GDPT 2018", "Cambridge", "IELTS prep", "Chuyên Toán"],
        "exam": ["Tốt nghiệp THPT 2024", "Tuyển sinh lớp 10 Hà Nội 2024", "ĐGNL ĐHQG-HCM 2024"],
    },
    "CL": {
        "cities": ["Santiago", "Valparaíso", "Viña del Mar", "Concepción", "Antofagasta", "Temuco"],
        "districts": [
            "Providencia",
            "Las Condes",
            "Ñuñoa",
            "Maipú",
            "La Florida",
            "Puente Alto",
            "San Miguel",
            "Vitacura",
        ],
        "streets": [
            "Av. Providencia",
            "Av. Apoquindo",
            "Irarrázaval",
            "Av. Vicuña Mackenna",
            "Los Leones",
            "Av. Grecia",
            "Gran Avenida José Miguel Carrera",
            "Av. Libertad",
        ],
        "states": ["Región Metropolitana", "Valparaíso", "Biobío", "Antofagasta", "La Araucanía"],
        "currency": "CLP",
        "locale": ["es-CL", "es-419", "es"],
        "tz": "America/Santiago",
        "carriers": ["Entel", "Movistar", "WOM", "Claro"],
        "schools": [
            "Instituto Nacional",
            "Liceo Carmela Carvajal",
            "Colegio San Ignacio El Bosque",
            "Liceo Bicentenario de Viña del Mar",
            "Colegio Alemán de Santiago",
            "Liceo 7 de Niñas",
        ],
        "universities": [
            "Universidad de Chile",
            "Pontificia Universidad Católica de Chile",
            "Universidad de Concepción",
            "Universidad de Santiago de Chile",
            "UTFSM",
        ],
        "grades": ["2° Medio", "3° Medio", "4° Medio", "8° Básico", "1° Medio"],
        "curricula": ["PAES", "Bachillerato Internacional", "Plan común", "PDT"],
        "exam": ["PAES Regular 2024", "PAES Invierno 2024", "Ensayo PAES M1"],
    },
}
SUBJECTS = [
    "math",
    "physics",
    "chemistry",
    "biology",
    "english",
    "arabic",
    "french",
    "spanish",
    "literature",
    "ielts",
    "sat_math",
    "programming",
]
PACKAGES = {
    "EG": [
        "Thanaweya Amma Physics - 8 sessions",
        "IGCSE Maths Crash Course",
        "Arabic Grammar Booster",
        "باقة كيمياء الثانوية العامة",
        "SAT Math 10-pack",
    ],
    "VN": [
        "Gói 10 buổi Toán lớp 9",
        "Luyện thi IELTS 6.5+",
        "Ôn thi vào 10 - Ngữ văn",
        "Vật lý 12 cấp tốc",
        "Tiếng Anh giao tiếp 1-1",
    ],
    "CL": [
        "Pack Matemática M1 PAES - 8 clases",
        "Preuniversitario Lenguaje",
        "Física 3° Medio",
        "Inglés conversacional",
        "Química PAES - 4 clases",
    ],
}
PRICE = {"EG": (150, 1200, 5), "VN": (150_000, 650_000, 10_000), "CL": (12_000, 45_000, 500)}


# -- value generators (read the event's market from f.mk) ---------------------------------------------


def mk(f: Fake) -> str:
    return f.mk


def M(f: Fake) -> dict:
    return MARKET[f.mk]


def plain(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def first(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return f.pick(EG_FIRST)
    if m == "VN":
        return f.pick(VN_GIVEN)
    return f.pick(CL_FIRST)


def last(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return f.pick(EG_LAST)
    if m == "VN":
        return f.pick(VN_FAMILY)
    return f.pick(CL_LAST)


def name(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return (
            f"{f.pick(EG_FIRST)} {f.pick(EG_FATHER)} {f.pick(EG_LAST)}"
            if f.r.random() < 0.3
            else (f"{f.pick(EG_FIRST)} {f.pick(EG_LAST)}")
        )
    if m == "VN":
        return f"{f.pick(VN_FAMILY)} {f.pick(VN_MIDDLE)} {f.pick(VN_GIVEN)}"
    return (
        f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)} {f.pick(CL_LAST)}"
        if f.r.random() < 0.5
        else (f"{f.pick(CL_FIRST)} {f.pick(CL_LAST)}")
    )


def ar_name(f: Fake) -> str:
    return f"{f.pick(AR_FIRST)} {f.pick(AR_FATHER)} {f.pick(AR_LAST)}"


def tutor_name(f: Fake) -> str:
    return f.pick(INTL_TUTORS) if f.r.random() < 0.25 else name(f)


def tutor_display(f: Fake) -> str:
    full = tutor_name(f).split()
    if mk(f) == "VN" and f.r.random() < 0.5:
        return f"{f.pick(['Cô', 'Thầy'])} {full[-1]}"
    if mk(f) == "EG" and f.r.random() < 0.4:
        return f"{f.pick(['Mr.', 'Ms.', 'Miss', 'Dr.'])} {full[0]}"
    return f"{full[0]} {full[-1][0]}."


def email(f: Fake, person: str | None = None) -> str:
    words = plain(person or name(f)).lower().replace("'", "").replace("-", "").split()
    a, b = words[0], words[-1]
    local = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{f.r.randint(1, 99)}",
            f"{a}_{b}",
            f"{b}.{a}{f.r.randint(1990, 2012)}",
            f"{a[0]}{b}",
        ]
    )
    domain = f.pick(
        [
            "gmail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "icloud.com",
            "example.com",
            {"EG": "example.com.eg", "VN": "example.vn", "CL": "example.cl"}[mk(f)],
        ]
    )
    return f"{local}@{domain}"


def staff_email(f: Fake) -> str:
    words = plain(name(f)).lower().split()
    return f"{words[0]}.{words[-1]}@mentora.app"


def phone(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        p, n = f.pick(["10", "11", "12", "15"]), f.digits(8)
        return f.pick([f"+20 {p} {n[:4]} {n[4:]}", f"0{p}{n}", f"+20{p}{n}", f"0{p} {n[:4]} {n[4:]}"])
    if m == "VN":
        p = f.pick(["90", "91", "93", "94", "96", "97", "98", "32", "35", "37", "39", "77", "79", "86", "88"])
        n = f.digits(7)
        return f.pick(
            [f"0{p}{n}", f"0{p[0]}{p[1]}{n[0]} {n[1:4]} {n[4:]}", f"+84 {p} {n[:3]} {n[3:]}", f"+84{p}{n}"]
        )
    n = f.digits(8)
    return f.pick([f"+56 9 {n[:4]} {n[4:]}", f"+569{n}", f"9 {n[:4]} {n[4:]}", f"(+56) 9{n}"])


def intl_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+44 7700 9{f.digits(5)}",
            f"+234 803 {f.digits(3)} {f.digits(4)}",
            f"+91 98{f.digits(3)} {f.digits(5)}",
            f"+63 917 {f.digits(3)} {f.digits(4)}",
            f.phone("intl_space"),
            phone(f),
        ]
    )


def street(f: Fake) -> str:
    m, d = mk(f), M(f)
    if m == "EG":
        return f"{f.r.randint(1, 140)} {f.pick(d['streets'])}, {f.pick(d['districts'])}"
    if m == "VN":
        return f"Số {f.r.randint(1, 200)} ngõ {f.r.randint(2, 120)} {f.pick(d['streets'])}"
    return f"{f.pick(d['streets'])} {f.r.randint(100, 9999)}, depto {f.r.randint(101, 2405)}"


def street_line2(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return f"Building {f.r.randint(1, 60)}, Floor {f.r.randint(1, 12)}, Apt {f.r.randint(1, 40)}"
    if m == "VN":
        return f"Phường {f.pick(['Dịch Vọng', 'Láng Thượng', 'Bến Nghé', 'Phường 7', 'Thạch Thang'])}"
    return f"Torre {f.pick(['A', 'B', 'C'])}, depto {f.r.randint(101, 2405)}"


def city(f: Fake) -> str:
    return f.pick(M(f)["cities"])


def district(f: Fake) -> str:
    return f.pick(M(f)["districts"])


def postcode(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return f.pick(["11511", "11728", "12611", "11757", "21519", "35511", "11835"])
    if m == "VN":
        return f.pick(["100000", "700000", "550000", "122000", "700900", "180000"])
    return str(f.r.randint(7_500_000, 8_320_000))


def state(f: Fake) -> str:
    return f.pick(M(f)["states"])


def dob(f: Fake, lo=2006, hi=2014) -> str:
    return f.date(lo, hi)


def rut(f: Fake, minor=False) -> str:
    body = f.r.randint(21_000_000, 26_500_000) if minor else f.r.randint(6_000_000, 20_500_000)
    s, w = 0, 2
    for ch in reversed(str(body)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv_s = {11: "0", 10: "K"}.get(dv, str(dv))
    if f.r.random() < 0.6:
        return f"{body:,}".replace(",", ".") + "-" + dv_s
    return f"{body}-{dv_s}" if f.r.random() < 0.7 else f"{body}{dv_s}"


def eg_national_id(f: Fake) -> str:
    year = f.r.randint(1975, 2003)
    cent = "2" if year < 2000 else "3"
    gov = f.pick(["01", "02", "03", "04", "12", "13", "14", "16", "21", "22", "24", "25", "26", "88"])
    month, day = f.r.randint(1, 12), f.r.randint(1, 28)
    seq, sex = f.digits(3), f.r.randint(1, 9)
    body = f"{cent}{year % 100:02d}{month:02d}{day:02d}{gov}{seq}{sex}"
    weights = [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11) % 10
    return body + str(check)


def vn_cccd(f: Fake) -> str:
    year = f.r.randint(1975, 2003)
    female = f.r.random() < 0.5
    digit = (0 if year < 2000 else 2) + (1 if female else 0)
    province = f.pick(["001", "079", "048", "031", "092", "038", "036", "075"])
    return f"{province}{digit}{year % 100:02d}{f.digits(6)}"


def national_id(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return eg_national_id(f)
    if m == "VN":
        return vn_cccd(f)
    return rut(f)


def passport(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return "A" + f.digits(8)
    if m == "VN":
        return f.pick(["C", "B"]) + f.digits(7)
    return "F" + f.digits(8)


def iban_eg(f: Fake) -> str:
    bban = f.pick(["0019", "0003", "0002", "0010"]) + f.digits(4) + "0000" + f.digits(13)
    numeric = "".join(str(int(c, 36)) for c in bban + "EG00")
    raw = f"EG{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.4 else raw


def bank_account(f: Fake) -> str:
    m = mk(f)
    if m == "EG":
        return iban_eg(f)
    if m == "VN":
        return f.pick(["0071" + f.digits(9), "1903" + f.digits(10), f.digits(10), "1010" + f.digits(8)])
    return f.pick([f.digits(8), "000" + f.digits(8), f.digits(12)])


def card(f: Fake) -> str:
    if mk(f) == "EG" and f.r.random() < 0.4:
        number = f.luhn_complete("507803" + f.digits(9))
        return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if f.r.random() < 0.5 else number
    return f.card()


def price(f: Fake):
    lo, hi, step = PRICE[mk(f)]
    return f.r.randrange(lo, hi, step)


def cur(f: Fake) -> str:
    return M(f)["currency"]


def package(f: Fake) -> str:
    return f.pick(PACKAGES[mk(f)])


def school(f: Fake) -> str:
    return f.pick(M(f)["schools"])


def grade(f: Fake) -> str:
    return f.pick(M(f)["grades"])


def photo_url(f: Fake, kind="tutors") -> str:
    return f"https://cdn.mentora.app/{kind}/{f.hexid(12)}/{f.pick(['avatar', 'profile', 'photo'])}.jpg"


def ts(f: Fake) -> str:
    return f.iso()


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return f.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + "".join(f.pick(alnum) for _ in range(80))


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(56))


def b64(obj) -> str:
    return base64.b64encode(json.dumps(obj).encode()).decode()


def child_note(f: Fake) -> str:
    n = first(f)
    return f.pick(
        {
            "EG": [
                f"{n} is weak in mechanics, exam in June",
                f"Please focus on algebra, {n} gets anxious in tests",
                f"ابني {n} محتاج مراجعة قبل امتحان الترم",
                f"{n} prefers English explanations",
            ],
            "VN": [
                f"Con tôi là {n}, học lớp 9, yếu hình học",
                f"{n} cần ôn thi vào 10, mất gốc tiếng Anh",
                f"Cháu {n} học chậm, mong thầy cô kiên nhẫn",
                f"{n} muốn luyện speaking IELTS",
            ],
            "CL": [
                f"{n} necesita reforzar M1 para la PAES",
                f"Mi hija {n} tiene prueba de química el lunes",
                f"{n} va bien pero le cuesta geometría",
                f"Mi hijo {n} quiere subir el puntaje de lenguaje",
            ],
        }[mk(f)]
    )


def contact_leak(f: Fake) -> str:
    m = mk(f)
    p, e = phone(f), email(f)
    return f.pick(
        {
            "EG": [
                f"كلمني واتساب {p}",
                f"whatsapp me {p} and we skip the app fees",
                f"ابعتلي على {e}",
                f"my number {p}, call after 8",
            ],
            "VN": [
                f"Add zalo {p} nhé",
                f"Liên hệ trực tiếp {p} để học giá rẻ hơn",
                f"Gửi bài qua mail {e} ạ",
                f"zalo mình: {p}",
            ],
            "CL": [
                f"Escríbeme al wsp {p}",
                f"mi correo es {e}, te paso la guía",
                f"llámame al {p} mejor",
                f"wsp {p} y coordinamos por fuera",
            ],
        }[m]
    )


def sms_otp(f: Fake) -> str:
    code = f.digits(6)
    return f.pick(
        {
            "EG": [
                f"رمز التحقق الخاص بك في Mentora هو {code}",
                f"Your Mentora code is {code}. Do not share it.",
            ],
            "VN": [
                f"Ma xac thuc Mentora cua ban la {code}. Khong chia se ma nay.",
                f"{code} la ma OTP Mentora",
            ],
            "CL": [
                f"Tu código Mentora es {code}. No lo compartas.",
                f"Mentora: {code} es tu código de acceso",
            ],
        }[mk(f)]
    )


def magic_link(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    token = "".join(f.pick(alnum) for _ in range(43))
    return f.pick(
        [
            f"https://mentora.app/auth/magic?token={token}&redirect=%2Fdashboard",
            f"https://mentora.app/auth/verify?t={token}",
            f"https://links.mentora.app/login/{token}",
        ]
    )


def partial_address(f: Fake) -> str:
    s = street(f)
    return s[: f.r.randint(max(8, len(s) // 2), len(s))]


def zoom_topic(f: Fake) -> str:
    subj = f.pick(["Physics", "Math", "IELTS", "Toán 9", "Química", "فيزياء"])
    return f.pick(
        [
            f"Mentora lesson: {name(f)} - {subj}",
            f"{first(f)} / {tutor_display(f)} ({subj})",
            f"Trial lesson with {name(f)}",
        ]
    )


def gift_message(f: Fake) -> str:
    n = first(f)
    return f.pick(
        {
            "EG": [
                f"Good luck in Thanaweya Amma, {n}!",
                f"كل سنة وانت طيب يا {n}",
                f"For {n}, from Teta with love",
            ],
            "VN": [f"Chúc {n} thi tốt!", f"Quà sinh nhật cho {n} - học chăm nhé", f"{n} ơi cố lên!"],
            "CL": [f"¡Éxito en la PAES, {n}!", f"Para {n}, con cariño de la tía", f"Feliz cumple {n}"],
        }[mk(f)]
    )


def q_tutor(f: Fake) -> str:
    n = tutor_name(f)
    return f.pick([n, n.lower(), plain(n).lower(), n.split()[-1] + " " + n.split()[0]])


# -- contexts ------------------------------------------------------------------------------------------

PAGES = [
    ("/", "Mentora - Find a tutor", "Home"),
    ("/tutors", "Tutors | Mentora", "Tutor Search"),
    ("/tutors/482193", "Tutor profile | Mentora", "Tutor Profile"),
    ("/checkout", "Checkout | Mentora", "Checkout"),
    ("/become-a-tutor", "Teach on Mentora", "Become a Tutor"),
    ("/dashboard/lessons", "My lessons | Mentora", "Lessons"),
    ("/pricing", "Pricing | Mentora", "Pricing"),
]
REFERRERS = ["https://www.google.com/", "", "https://l.facebook.com/", "https://mentora.app/"]
SEARCHES = ["", "?subject=physics", "?utm_source=facebook&utm_medium=paid", "?lang=vi", "?grade=12"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
]


def web_context(f: Fake):
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.page[0]),
            "referrer": G(lambda f: f.page[3]),
            "search": G(lambda f: f.page[4]),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://mentora.app" + f.page[0] + f.page[4]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "locale": G(lambda f: f.pick(M(f)["locale"])),
        "timezone": G(lambda f: M(f)["tz"]),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand"])),
                    "version": G(lambda f: f.pick(["124", "123", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["thanaweya_2024", "thi_vao_10", "paes_invierno", "back_to_school"])),
            "source": G(lambda f: f.pick(["facebook", "google", "tiktok", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(["physics tutor", "gia su toan", "profesor particular", "مدرس خصوصي"])
            ),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "banner"])),
        }
    return ctx


def mobile_common(f: Fake, library: str, version: str, os_name: str):
    return {
        "library": {"name": G(lambda f: library), "version": G(lambda f: version)},
        "locale": G(lambda f: f.pick(M(f)["locale"])),
        "timezone": G(lambda f: M(f)["tz"]),
        "os": {
            "name": G(lambda f: os_name),
            "version": G(
                lambda f: f.pick(["17.4.1", "16.7.2", "17.5"] if os_name == "iOS" else ["14", "13", "12"])
            ),
        },
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(M(f)["carriers"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def app_block(f: Fake, namespace: str):
    return {
        "name": G(lambda f: "Mentora"),
        "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.1"])),
        "build": G(lambda f: f.pick(["4080", "4092", "4101"])),
        "namespace": G(lambda f: namespace),
    }


def ctx_traits(f: Fake):
    """context.traits as the mobile libraries fill it from the last identify."""
    roll = f.r.random()
    if roll < 0.35:
        return {"email": Y(lambda f: email(f), "email"), "firstName": Y(lambda f: first(f), "name")}
    if roll < 0.6:
        return {
            "phone": Y(lambda f: phone(f), "phone"),
            "role": G(lambda f: f.pick(["student", "parent", "tutor"])),
        }
    return None


def swift_context(f: Fake):
    ctx = mobile_common(f, "analytics-swift", f.pick(["1.5.11", "1.6.0"]), "iOS")
    ctx["app"] = app_block(f, "app.mentora.ios")
    ctx["device"] = {
        "id": G(lambda f: f.uuid().upper()),
        "manufacturer": G(lambda f: "Apple"),
        "model": G(lambda f: f.pick(["iPhone14,7", "iPhone15,4", "iPhone12,8", "iPad13,18"])),
        "name": G(lambda f: f.pick(["iPhone", "iPad"])),
        "type": G(lambda f: "ios"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    if f.r.random() < 0.4:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    ctx["screen"] = {
        "width": G(lambda f: f.pick([390, 393, 375])),
        "height": G(lambda f: f.pick([844, 852, 667])),
    }
    traits = ctx_traits(f)
    if traits:
        ctx["traits"] = traits
    return ctx


def kotlin_context(f: Fake):
    ctx = mobile_common(f, "analytics-kotlin", f.pick(["1.16.3", "1.17.0"]), "Android")
    ctx["app"] = app_block(f, "app.mentora.android")
    ctx["device"] = {
        "id": G(lambda f: f.hexid(16)),
        "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "OPPO", "vivo", "HONOR"])),
        "model": G(lambda f: f.pick(["SM-A155F", "Redmi Note 13", "CPH2591", "V2247", "SM-A546E"])),
        "name": G(lambda f: f.pick(["a15", "sapphire", "OP5961L1", "PD2247"])),
        "type": G(lambda f: "android"),
        "adTrackingEnabled": G(lambda f: f.pick([True, False])),
    }
    if f.r.random() < 0.5:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    ctx["screen"] = {
        "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
        "width": G(lambda f: 1080),
        "height": G(lambda f: f.pick([2340, 2400])),
    }
    ctx["userAgent"] = G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155F Build/UP1A.231005.007)")
    traits = ctx_traits(f)
    if traits:
        ctx["traits"] = traits
    return ctx


def rn_context(f: Fake):
    """The tutor app (React Native): sends the device location for in-home lessons."""
    ctx = mobile_common(f, "analytics-react-native", f.pick(["2.19.1", "2.20.0"]), f.pick(["iOS", "Android"]))
    ctx["app"] = app_block(f, "app.mentora.tutor")
    ctx["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Xiaomi"])),
        "model": G(lambda f: f.pick(["iPhone13,2", "SM-S918B", "2201117TG"])),
        "type": G(lambda f: f.pick(["ios", "android"])),
    }
    ctx["screen"] = {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))}
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(-36.9, 30.2), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-73.1, 106.8), 6), "geolocation"),
        }
    traits = ctx_traits(f)
    if traits:
        ctx["traits"] = traits
    return ctx


def flutter_context(f: Fake):
    """The student app (Flutter)."""
    ctx = mobile_common(f, "analytics_flutter", f.pick(["1.1.3", "1.1.5"]), f.pick(["Android", "iOS"]))
    ctx["app"] = app_block(f, "app.mentora.student")
    ctx["device"] = {
        "id": G(lambda f: f.uuid()),
        "manufacturer": G(lambda f: f.pick(["samsung", "Xiaomi", "Apple", "realme"])),
        "model": G(lambda f: f.pick(["SM-A057F", "23053RN02A", "iPhone14,5", "RMX3830"])),
        "type": G(lambda f: f.pick(["android", "ios"])),
    }
    ctx["screen"] = {"width": G(lambda f: f.pick([360, 393])), "height": G(lambda f: f.pick([800, 873]))}
    return ctx


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.4"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.4.0"]),
}


def server_context(f: Fake, lib: str):
    name_, versions = SERVER_LIBS[lib]
    ctx = {"library": {"name": G(lambda f: name_), "version": G(lambda f: f.pick(versions))}}
    if f.r.random() < 0.35:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib == "node" and f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: "sch_" + f.digits(5))
    return ctx


def context_for(f: Fake, client: str):
    return {
        "web": web_context,
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda f: server_context(f, client))(f)


WEB = ["web"]
STUDENT = ["flutter", "swift", "kotlin"]
PARENT = ["web", "swift", "kotlin"]
TUTOR = ["rn", "web"]
ANY_MOBILE = ["flutter", "swift", "kotlin", "rn"]
ALL = ["web", "web", "flutter", "swift", "kotlin"]
SERVER = ["python", "node", "go", "java", "ruby", "php"]


# -- events ----------------------------------------------------------------------------------------


def product_item():
    return {
        "product_id": G(lambda f: "pkg_" + f.digits(5)),
        "sku": G(
            lambda f: f"{f.mk}-{f.pick(['MATH', 'PHY', 'ENG', 'CHEM', 'LIT'])}-{f.pick([4, 8, 10, 12])}"
        ),
        "name": G(package),
        "price": G(price),
        "quantity": G(lambda f: 1),
    }


EVENTS = [
    # -- identities ----------------------------------------------------------------------------------
    (
        "identify",
        None,
        PARENT,
        None,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "role": G(lambda f: "parent"),
            "address": {
                "street": Y(street, "address|street"),
                "district": Y(district, "address|city"),
                "city": Y(city, "city"),
                "postalCode": Y(postcode, "zipcode"),
                "country": G(lambda f: f.mk),
            },
            "createdAt": G(ts),
            "childrenCount": G(lambda f: f.r.randint(1, 4)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "plan": G(lambda f: f.pick(["pay_as_you_go", "family_monthly", "exam_season"])),
            "referralCode": G(lambda f: "MNT-" + f.hexid(6).upper()),
        },
    ),
    (
        "identify",
        None,
        STUDENT,
        None,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "birthday": Y(dob, "birthdate"),
            "age": G(lambda f: f.r.randint(11, 18)),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "grade": G(grade),
            "school": G(school),
            "curriculum": G(lambda f: f.pick(M(f)["curricula"])),
            "isMinor": G(lambda f: f.pick([True, True, False])),
            "parentEmail": Y(email, "email"),
            "parentPhone": Y(phone, "phone"),
            "avatarUrl": G(
                lambda f: (
                    "https://cdn.mentora.app/avatars/"
                    + f"{f.pick(['fox', 'owl', 'robot', 'cat'])}_{f.r.randint(1, 12):02d}.png"
                )
            ),
            "petName": G(lambda f: f.pick(["Mochi", "Bông", "Simba", "Kiki", "Pelusa", "Lulu"])),
            "streakDays": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "identify",
        None,
        TUTOR,
        None,
        {
            "firstName": Y(first, "name"),
            "lastName": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "gender": Y(lambda f: f.pick(["female", "male"]), "gender"),
            "role": G(lambda f: "tutor"),
            "tutorStatus": G(lambda f: f.pick(["pending_review", "active", "paused"])),
            "subjects": Many(G(lambda f: f.pick(SUBJECTS)), 3),
            "hourlyRate": Y(price, "salary"),
            "yearsExperience": G(lambda f: f.r.randint(0, 25)),
            "university": G(lambda f: f.pick(M(f)["universities"])),
            "nationality": Y(
                lambda f: f.pick(["Egyptian", "Vietnamese", "Chilean", "British", "Nigerian", "Filipino"]),
                "citizenship",
            ),
            "profilePhotoUrl": Y(photo_url, "photo"),
            "bio": G(
                lambda f: f.pick(
                    [
                        "Physics teacher, 8 years of Thanaweya Amma prep.",
                        "Giáo viên Toán THPT, 10 năm luyện thi.",
                        "Profesora de matemáticas, preparo PAES M1 y M2.",
                        "CELTA-certified English tutor.",
                    ]
                )
            ),
            "ratingAvg": G(lambda f: round(f.r.uniform(3.6, 5.0), 2)),
            "idVerified": G(lambda f: f.pick([True, False])),
            "createdAt": G(ts),
        },
    ),
    (
        "identify",
        None,
        ["python", "java"],
        None,
        {
            "STUDENT_ID": G(lambda f: f.digits(7)),
            "FIRST_NAME": Y(first, "name"),
            "LAST_NAME": Y(last, "name"),
            "EMAIL": Y(email, "email"),
            "PARENT_PHONE": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(dob, "birthdate"),
            "HOME_CITY": Y(city, "city"),
            "COUNTRY_CODE": G(lambda f: f.mk),
            "AGE_BAND": G(lambda f: f.pick(["11-13", "14-15", "16-17", "18+"])),
            "LTV_USD": G(lambda f: f.money(0, 900)),
            "LESSONS_COMPLETED": G(lambda f: f.r.randint(0, 140)),
            "LAST_LESSON_AT": G(ts),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        "EG",
        {
            "esm_el_taleb": Y(name, "name"),
            "rakam_el_mobile": Y(phone, "phone"),
            "tarikh_el_milad": Y(dob, "birthdate"),
            "esm_wali_el_amr": Y(name, "name"),
            "mobile_wali_el_amr": Y(phone, "phone"),
            "el_madrasa": G(school),
            "el_saff": G(
                lambda f: f.pick(["الصف الأول الثانوي", "الصف الثاني الثانوي", "الصف الثالث الثانوي"])
            ),
            "el_shoaba": G(lambda f: f.pick(["علمي علوم", "علمي رياضة", "أدبي"])),
            "el_mohafza": G(state),
            "madet_el_deen": Y(lambda f: f.pick(["التربية الإسلامية", "التربية المسيحية"]), "religion"),
        },
    ),
    (
        "identify",
        None,
        ["java", "go"],
        "VN",
        {
            "ho_ten": Y(name, "name"),
            "so_dien_thoai": Y(phone, "phone"),
            "ngay_sinh": Y(lambda f: "/".join(reversed(dob(f).split("-"))), "birthdate"),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ"]), "gender"),
            "dia_chi": Y(lambda f: f"{street(f)}, {district(f)}", "address"),
            "tinh_thanh": G(state),
            "truong": G(school),
            "lop": G(grade),
            "ten_phu_huynh": Y(name, "name"),
            "sdt_phu_huynh": Y(phone, "phone"),
            "ma_hoc_sinh": G(lambda f: "HS" + f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        "CL",
        {
            "nombre": Y(first, "name"),
            "apellido_paterno": Y(last, "name"),
            "apellido_materno": Y(last, "name"),
            "rut": RED(lambda f: rut(f, minor=True), "national id"),
            "fecha_nacimiento": Y(lambda f: "-".join(reversed(dob(f).split("-"))), "birthdate"),
            "correo": Y(email, "email"),
            "telefono": Y(phone, "phone"),
            "comuna": Y(district, "city"),
            "region": G(state),
            "colegio": G(school),
            "curso": G(grade),
            "tipo_colegio": G(
                lambda f: f.pick(["municipal", "particular subvencionado", "particular pagado"])
            ),
            "nombre_apoderado": Y(name, "name"),
            "telefono_apoderado": Y(phone, "phone"),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        None,
        {
            "name": G(
                lambda f: f.pick(
                    [
                        "Bright Minds Learning Center",
                        "Trung tâm Anh ngữ Ocean",
                        "Preuniversitario Cpech Ñuñoa",
                        "Nile Academy",
                        school(f),
                    ]
                )
            ),
            "industry": G(lambda f: "Education"),
            "employees": G(lambda f: f.r.randint(5, 400)),
            "plan": G(lambda f: f.pick(["school_basic", "school_pro"])),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://brightminds.example.com.eg",
                        "https://ocean.example.vn",
                        "https://cpech.example.cl",
                    ]
                )
            ),
            "schoolPhone": G(
                lambda f: {"EG": "+20 2 2358 0000", "VN": "+84 24 3762 0000", "CL": "+56 2 2345 6000"}[f.mk]
            ),
            "schoolType": G(lambda f: f.pick(["private", "public", "learning_center"])),
            "seats": G(lambda f: f.r.randint(20, 900)),
            "billingContact": {"name": Y(name, "name"), "email": Y(email, "email")},
            "contractStart": G(lambda f: f.date(2023, 2024)),
            "createdAt": G(ts),
        },
    ),
    ("alias", None, ["node", "python"], None, None),
    # -- web pages and mobile screens ------------------------------------------------------------------
    (
        "page",
        "page",
        WEB,
        None,
        {
            "path": G(lambda f: f.page[0]),
            "referrer": G(lambda f: f.page[3]),
            "search": G(lambda f: f.page[4]),
            "title": G(lambda f: f.page[1]),
            "url": G(lambda f: "https://mentora.app" + f.page[0] + f.page[4]),
        },
    ),
    (
        "screen",
        "screen",
        ANY_MOBILE,
        None,
        {
            "screenClass": G(
                lambda f: f.pick(["LessonListViewController", "HomeworkActivity", "TutorProfileScreen"])
            ),
            "tab": G(lambda f: f.pick(["home", "lessons", "chat", "profile"])),
            "loadTimeMs": G(lambda f: f.r.randint(80, 2400)),
        },
    ),
    # -- sign-up, sign-in, credentials -------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ALL,
        None,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "role": G(lambda f: f.pick(["parent", "student", "tutor"])),
            "email": Y(email, "email"),
            "country": G(lambda f: f.mk),
            "referral_code": G(lambda f: f.pick(["", "MNT-" + f.hexid(6).upper()])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "tiktok", "direct"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
            "ttclid": Y(lambda f: "E.C.P." + f.hexid(10) + "v" + f.hexid(40), "advertising id"),
            "terms_version": G(lambda f: f.pick(["2024-01", "2024-05"])),
        },
    ),
    (
        "track",
        "Signed In",
        ALL,
        None,
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "phone"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "is_new_device": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
        },
    ),
    (
        "track",
        "Verification SMS Sent",
        ["node"],
        None,
        {
            "to": Y(phone, "phone", True),
            "from": G(lambda f: f.pick(["MENTORA", "Mentora", "+1 415 360 0000"])),
            "body": RED(sms_otp, "token|secret", True),
            "provider": G(lambda f: f.pick(["twilio", "vonage", "esms_vn", "cequens"])),
            "message_sid": G(lambda f: "SM" + f.hexid(32)),
            "status": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Magic Link Opened",
        WEB,
        None,
        {
            "link_url": RED(magic_link, "token|secret", True),
            "expired": G(lambda f: f.pick([True, False])),
            "same_device": G(lambda f: f.pick([True, False])),
            "minutes_since_sent": G(lambda f: f.r.randint(0, 90)),
        },
    ),
    (
        "track",
        "Registration Form Submitted",
        ["php"],
        "CL",
        {
            "full_name": Y(name, "name"),
            "email": Y(email, "email"),
            "password": RED(
                lambda f: f.pick(["Clave2024!", "benjamin123", "S0fia#2010", "paes2024", "Mentora.1"]),
                "password",
            ),
            "password_confirmation": RED(
                lambda f: f.pick(["Clave2024!", "benjamin123", "S0fia#2010", "paes2024"]), "password"
            ),
            "accept_terms": G(lambda f: "on"),
            "captcha_score": G(lambda f: round(f.r.uniform(0.1, 0.9), 1)),
            "form_version": G(lambda f: "v3"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        WEB,
        None,
        {
            "form": G(lambda f: f.pick(["trial_request", "signup", "tutor_application"])),
            "field": G(lambda f: f.pick(["parent_phone", "student_phone", "whatsapp"])),
            "value": Y(phone, "phone", True),
            "duration_ms": G(lambda f: f.r.randint(900, 21000)),
            "corrections": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Push Permission Granted",
        ANY_MOBILE,
        None,
        {
            "granted": G(lambda f: True),
            "provider": G(lambda f: f.pick(["apns", "fcm"])),
            "push_token": RED(
                lambda f: f.pick([f.hexid(64), f.hexid(22) + ":APA91b" + f.hexid(120)]), "token"
            ),
            "prompt_count": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Calendar Connected",
        TUTOR,
        None,
        {
            "provider": G(lambda f: f.pick(["google", "outlook"])),
            "calendar_id": Y(email, "email", True),
            "sync_direction": G(lambda f: f.pick(["one_way", "two_way"])),
            "scopes": Many(G(lambda f: f.pick(["calendar.events", "calendar.readonly", "openid"])), 2),
            "calendars_count": G(lambda f: f.r.randint(1, 6)),
            "oauth_refresh_token": RED(lambda f: "1//0" + f.hexid(8) + "-L9Ir" + f.hexid(90), "token"),
        },
    ),
    (
        "track",
        "Application Opened",
        ANY_MOBILE,
        None,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.1"])),
            "build": G(lambda f: f.pick(["4080", "4092", "4101"])),
            "url": G(
                lambda f: f.pick(
                    ["", "mentora://lesson/" + f.digits(6), "https://mentora.app/l/" + f.hexid(8)]
                )
            ),
            "referring_application": G(
                lambda f: f.pick(["", "com.zing.zalo", "com.whatsapp", "com.facebook.katana"])
            ),
        },
    ),
    (
        "track",
        "Application Installed",
        ANY_MOBILE,
        None,
        {
            "version": G(lambda f: f.pick(["4.8.0", "4.9.2", "4.10.1"])),
            "build": G(lambda f: f.pick(["4080", "4092", "4101"])),
        },
    ),
    # -- family and dependants ----------------------------------------------------------------------------
    (
        "track",
        "Child Profile Added",
        PARENT,
        None,
        {
            "child": {
                "first_name": Y(first, "name"),
                "last_name": Y(last, "name"),
                "birth_date": Y(dob, "birthdate"),
                "birth_year": Y(lambda f: f.r.randint(2006, 2015), "birthdate"),
                "gender": Y(lambda f: f.pick(["girl", "boy"]), "gender"),
                "grade": G(grade),
                "school": G(school),
                "age": G(lambda f: f.r.randint(9, 17)),
            },
            "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent"])),
            "children_total": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Learning Profile Updated",
        PARENT,
        None,
        {
            "student_id": G(lambda f: f.digits(7)),
            "learning_support_needs": Many(
                RED(lambda f: f.pick(["dyslexia", "ADHD", "dyscalculia", "autism spectrum"]), "disability"), 2
            ),
            "preferred_learning_style": G(lambda f: f.pick(["visual", "practice_first", "step_by_step"])),
            "goals": G(
                lambda f: f.pick(
                    ["Pass the final exam", "Đỗ vào lớp 10 chuyên", "Subir 100 puntos en M1", "IELTS 7.0"]
                )
            ),
            "homework_help": G(lambda f: f.pick([True, False])),
            "session_length_min": G(lambda f: f.pick([45, 60, 90])),
        },
    ),
    (
        "track",
        "Emergency Contact Added",
        PARENT,
        None,
        {
            "contact": {
                "name": Y(name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["grandmother", "aunt", "neighbour", "father"])),
                "label": G(lambda f: f.pick(["Teta", "Bà ngoại", "Tía", "Abuela", "Home"])),
            },
            "contacts_total": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Parental Consent Recorded",
        ["node", "ruby"],
        None,
        {
            "student_id": G(lambda f: f.digits(7)),
            "guardian_name": Y(name, "name"),
            "guardian_relationship": G(lambda f: f.pick(["mother", "father", "legal_guardian"])),
            "guardian_id_number": RED(national_id, "national id"),
            "consent_type": G(lambda f: f.pick(["video_recording", "chat", "data_processing"])),
            "consent_given": G(lambda f: f.pick([True, False])),
            "signed_at": G(ts),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    # -- discovery and booking -------------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ALL,
        None,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "physics tutor",
                        "gia sư toán lớp 9",
                        "profesor matemáticas PAES",
                        "مدرس فيزياء",
                        "ielts speaking",
                        "chemistry igcse",
                    ]
                )
            ),
            "filters": {
                "subject": G(lambda f: f.pick(SUBJECTS)),
                "max_price": G(price),
                "lesson_mode": G(lambda f: f.pick(["online", "in_home", "any"])),
                "tutor_gender": G(lambda f: f.pick(["female", "male", "any"])),
                "min_rating": G(lambda f: f.pick([0, 4, 4.5])),
            },
            "results_count": G(lambda f: f.r.randint(0, 300)),
            "search_lat": Y(lambda f: round(f.r.uniform(-36.9, 30.2), 4), "geolocation"),
            "search_lng": Y(lambda f: round(f.r.uniform(-73.1, 106.8), 4), "geolocation"),
        },
    ),
    (
        "track",
        "Tutor Searched",
        WEB,
        None,
        {
            "q": Y(q_tutor, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "source": G(lambda f: f.pick(["navbar", "dashboard"])),
        },
    ),
    (
        "track",
        "Product List Viewed",
        ALL,
        None,
        {
            "list_id": G(lambda f: f.pick(["search_results", "recommended", "subject_physics"])),
            "category": G(lambda f: f.pick(SUBJECTS)),
            "products": Many(
                {
                    **product_item(),
                    "tutor_id": G(lambda f: "t_" + f.digits(6)),
                    "tutor_name": Y(tutor_display, "name"),
                    "position": G(lambda f: f.r.randint(1, 20)),
                    "rating": G(lambda f: round(f.r.uniform(3.5, 5), 1)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        ALL,
        None,
        {
            "product_id": G(lambda f: "pkg_" + f.digits(5)),
            "sku": G(lambda f: f"{f.mk}-{f.pick(['MATH', 'PHY', 'ENG'])}-{f.pick([4, 8, 10])}"),
            "name": G(package),
            "category": G(lambda f: f.pick(SUBJECTS)),
            "price": G(price),
            "currency": G(cur),
            "url": G(lambda f: "https://mentora.app/p/" + f.digits(5)),
            "image_url": G(lambda f: f"https://cdn.mentora.app/packages/{f.hexid(8)}.webp"),
            "tutor_id": G(lambda f: "t_" + f.digits(6)),
            "tutor_name": Y(tutor_display, "name"),
            "tutor_city": Y(city, "city"),
            "tutor_photo_url": Y(photo_url, "photo"),
            "lessons_included": G(lambda f: f.pick([4, 8, 10, 12])),
        },
    ),
    (
        "track",
        "Product Added",
        ALL,
        None,
        {
            "cart_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: "pkg_" + f.digits(5)),
            "sku": G(lambda f: f"{f.mk}-{f.pick(['MATH', 'PHY', 'ENG'])}-{f.pick([4, 8, 10])}"),
            "name": G(package),
            "price": G(price),
            "quantity": G(lambda f: 1),
            "for_student_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Trial Lesson Requested",
        WEB,
        None,
        {
            "subject": G(lambda f: f.pick(SUBJECTS)),
            "grade": G(grade),
            "preferred_days": Many(G(lambda f: f.pick(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])), 3),
            "preferred_time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "lesson_mode": G(lambda f: f.pick(["online", "in_home"])),
            "preferred_tutor_gender": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "student_first_name": Y(first, "name"),
            "contact_phone": Y(phone, "phone"),
            "note": Y(child_note, "name", True),
            "budget_per_hour": G(price),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        ["web", "rn"],
        None,
        {
            "input": Y(partial_address, "address", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "selected_place_id": G(lambda f: "ChIJ" + f.hexid(23)),
        },
    ),
    (
        "track",
        "Lesson Address Saved",
        PARENT,
        None,
        {
            "home_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(street_line2, "address|street"),
                "district": Y(district, "address|city"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.mk),
                "lat": Y(lambda f: round(f.r.uniform(-36.9, 30.2), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-73.1, 106.8), 6), "geolocation"),
            },
            "access_notes": G(
                lambda f: f.pick(
                    [
                        "Ring the bell twice",
                        "Cổng màu xanh, gọi bảo vệ",
                        "Portería: avisar llegada",
                        "اضرب الجرس مرتين",
                    ]
                )
            ),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Booked",
        ALL,
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "booking_id": G(lambda f: f.uuid()),
            "tutor_id": G(lambda f: "t_" + f.digits(6)),
            "student_id": G(lambda f: f.digits(7)),
            "subject": G(lambda f: f.pick(SUBJECTS)),
            "scheduled_at": G(ts),
            "duration_minutes": G(lambda f: f.pick([45, 60, 90])),
            "lesson_mode": G(lambda f: f.pick(["online", "in_home"])),
            "price": G(price),
            "currency": G(cur),
            "is_trial": G(lambda f: f.pick([True, False])),
            "student_first_name": Y(first, "name"),
            "tutor_name": Y(tutor_display, "name"),
        },
    ),
    (
        "track",
        "Lesson Rescheduled",
        ALL,
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "old_time": G(ts),
            "new_time": G(ts),
            "initiated_by": G(lambda f: f.pick(["parent", "student", "tutor"])),
            "reason": G(lambda f: f.pick(["exam_clash", "family_event", "travel", "other"])),
        },
    ),
    (
        "track",
        "Lesson Cancelled",
        ["node", "python"],
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "cancelled_by": G(lambda f: f.pick(["parent", "tutor", "system"])),
            "reason_code": G(lambda f: f.pick(["no_show", "schedule_conflict", "tutor_unavailable"])),
            "cancellation_note": G(
                lambda f: f.pick(["trùng lịch thi", "viaje familiar", "schedule conflict", "عندنا امتحان"])
            ),
            "refund_amount": G(price),
            "hours_before_start": G(lambda f: f.r.randint(0, 72)),
        },
    ),
    (
        "track",
        "Lesson Checked In",
        ["rn"],
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "lat": Y(lambda f: round(f.r.uniform(-36.9, 30.2), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-73.1, 106.8), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(3, 60)),
            "distance_from_address_m": G(lambda f: f.r.randint(0, 400)),
            "on_time": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- video sessions ---------------------------------------------------------------------------------
    (
        "track",
        "Video Session Started",
        ["go"],
        None,
        {
            "session-id": G(lambda f: f.uuid()),
            "lesson-id": G(lambda f: "les_" + f.digits(7)),
            "room-name": G(lambda f: "lesson-" + f.digits(7)),
            "provider": G(lambda f: f.pick(["agora", "daily", "zoom"])),
            "participant-count": G(lambda f: f.r.randint(2, 4)),
            "tutor-display-name": Y(tutor_display, "name"),
            "join-ip": Y(lambda f: f.ipv4(), "ip"),
            "media-region": G(lambda f: f.pick(["me-central-1", "ap-southeast-1", "sa-east-1"])),
            "recording-enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Zoom Participant Joined",
        ["python"],
        None,
        {
            "event": G(lambda f: "meeting.participant_joined"),
            "event_ts": G(lambda f: f.epoch_ms()),
            "payload": {
                "account_id": G(lambda f: f.hexid(22)),
                "object": {
                    "id": G(lambda f: f.digits(11)),
                    "uuid": G(lambda f: base64.b64encode(f.r.randbytes(16)).decode()),
                    "host_id": G(lambda f: f.hexid(22)),
                    "topic": Y(zoom_topic, "name", True),
                    "timezone": G(lambda f: M(f)["tz"]),
                    "duration": G(lambda f: f.pick([45, 60, 90])),
                    "participant": {
                        "user_id": G(lambda f: f.digits(8)),
                        "user_name": Y(name, "name"),
                        "participant_uuid": G(lambda f: f.uuid().upper()),
                        "join_time": G(ts),
                        "email": Y(email, "email"),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Call Quality Reported",
        ANY_MOBILE,
        None,
        {
            "session_id": G(lambda f: f.uuid()),
            "network_type": G(lambda f: f.pick(["wifi", "4g", "5g"])),
            "avg_bitrate_kbps": G(lambda f: f.r.randint(200, 2500)),
            "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 8), 2)),
            "mos": G(lambda f: round(f.r.uniform(2.5, 4.5), 1)),
            "public_ip": Y(lambda f: f.ipv4(), "ip"),
            "captions_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Lesson Recording Ready",
        ["node"],
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "recording_url": Y(
                lambda f: (
                    f"https://rec.mentora.app/{f.uuid()}.mp4?Expires={f.r.randint(1714000000, 1719999999)}"
                ),
                "photo",
            ),
            "duration_sec": G(lambda f: f.r.randint(1200, 5400)),
            "size_mb": G(lambda f: f.r.randint(40, 900)),
            "retention_days": G(lambda f: f.pick([30, 90])),
        },
    ),
    # -- homework, chat, support ------------------------------------------------------------------------
    (
        "track",
        "Homework Uploaded",
        STUDENT,
        None,
        {
            "homework_id": G(lambda f: "hw_" + f.digits(7)),
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "subject": G(lambda f: f.pick(SUBJECTS)),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_2024{f.digits(4)}_{f.digits(6)}.jpg",
                        "bai_tap_toan_chuong3.pdf",
                        "tarea_quimica.docx",
                        f"Scan {f.r.randint(1, 28)} Mar 2024.pdf",
                        "واجب فيزياء.pdf",
                    ]
                )
            ),
            "file_size_bytes": G(lambda f: f.r.randint(40_000, 9_000_000)),
            "mime_type": G(lambda f: f.pick(["image/jpeg", "application/pdf", "image/heic"])),
            "storage_key": G(
                lambda f: f"uploads/{f.r.randint(2023, 2024)}/{f.uuid()}.{f.pick(['jpg', 'pdf'])}"
            ),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Homework Graded",
        ["python", "node"],
        None,
        {
            "homework_id": G(lambda f: "hw_" + f.digits(7)),
            "score": G(lambda f: f.r.randint(0, 10)),
            "max_score": G(lambda f: 10),
            "grade_letter": G(lambda f: f.pick(["A", "B", "C", "D"])),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Xem lại bài 3, sai dấu.",
                        "Great improvement on vectors!",
                        "Revisa la unidad de logaritmos.",
                        "راجع قانون نيوتن التاني",
                    ]
                )
            ),
            "graded_at": G(ts),
            "late": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Message Sent",
        ["flutter", "rn", "swift", "kotlin", "web"],
        None,
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": G(lambda f: f.pick(["student", "parent", "tutor"])),
            "message_type": G(lambda f: f.pick(["text", "image", "voice"])),
            "char_count": G(lambda f: f.r.randint(1, 600)),
            "has_attachment": G(lambda f: f.pick([True, False])),
            "contains_phone_number": G(lambda f: f.pick([True, False, False])),
            "text_preview": G(
                lambda f: f.pick(
                    [
                        "Thầy ơi bài 5 làm sao ạ",
                        "¿Podemos cambiar la clase al jueves?",
                        "تمام يا مستر، هبعت الواجب بالليل",
                        "I uploaded the worksheet",
                        "ok",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Message Flagged",
        ["node"],
        None,
        {
            "message_id": G(lambda f: f.uuid()),
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "flag_reason": G(lambda f: f.pick(["contact_info", "off_platform_payment"])),
            "text": Y(contact_leak, "phone|email", True),
            "sender_id": G(lambda f: f.digits(7)),
            "auto_hidden": G(lambda f: f.pick([True, False])),
            "moderator": {"name": Y(name, "name"), "email": Y(staff_email, "email")},
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        None,
        {
            "ticket_id": G(lambda f: f.r.randint(10000, 99999)),
            "channel": G(lambda f: f.pick(["web", "whatsapp", "email", "phone"])),
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "subject": G(
                lambda f: f.pick(
                    ["Refund request", "Không vào được lớp học", "Problema con el pago", "المدرس مجاش"]
                )
            ),
            "requester": {"name": Y(name, "name"), "email": Y(email, "email"), "phone": Y(phone, "phone")},
            "assignee_name": Y(name, "name"),
            "group": G(lambda f: f.pick(["Payments EG", "Support VN", "Soporte CL"])),
            "tags": Many(G(lambda f: f.pick(["refund", "video", "billing", "tutor_no_show"])), 3),
        },
    ),
    (
        "track",
        "Masked Call Connected",
        ["node"],
        None,
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "session_sid": G(lambda f: "KC" + f.hexid(32)),
            "proxy_number": G(
                lambda f: {"EG": "+20 2 2160 4400", "VN": "+84 28 7300 1234", "CL": "+56 2 2938 1100"}[f.mk]
            ),
            "from_number": Y(phone, "phone"),
            "to_number": Y(phone, "phone"),
            "direction": G(lambda f: f.pick(["parent_to_tutor", "tutor_to_parent"])),
            "duration_sec": G(lambda f: f.r.randint(0, 900)),
        },
    ),
    (
        "track",
        "Email Event",
        ["python"],
        None,
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(5)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "category": Many(G(lambda f: f.pick(["lesson_reminder", "receipt", "weekly_report"])), 2),
            "from": G(lambda f: "no-reply@mentora.app"),
            "reply_to": G(lambda f: "support@mentora.app"),
        },
    ),
    (
        "track",
        "Review Submitted",
        ALL,
        None,
        {
            "lesson_id": G(lambda f: "les_" + f.digits(7)),
            "tutor_id": G(lambda f: "t_" + f.digits(6)),
            "tutor_name": Y(tutor_display, "name"),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(
                lambda f: f.pick(
                    [
                        "Cô dạy rất dễ hiểu",
                        "Muy buena profe, súper paciente",
                        "مستر ممتاز جدا",
                        "Helpful but often late",
                        "10/10",
                    ]
                )
            ),
            "would_recommend": G(lambda f: f.pick([True, False])),
            "anonymous": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Sent",
        PARENT,
        None,
        {
            "channel": G(lambda f: f.pick(["email", "whatsapp", "zalo", "link"])),
            "referee_email": Y(email, "email"),
            "referee_name": Y(name, "name"),
            "referral_code": G(lambda f: "MNT-" + f.hexid(6).upper()),
            "reward_amount": G(price),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        WEB,
        None,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(10)),
            "amount": G(price),
            "currency": G(cur),
            "recipient_name": Y(name, "name"),
            "recipient_email": Y(email, "email"),
            "sender_name": Y(name, "name"),
            "gift_message": Y(gift_message, "name", True),
            "delivery_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    # -- tutor onboarding -------------------------------------------------------------------------------
    (
        "track",
        "Tutor Application Submitted",
        WEB,
        None,
        {
            "application_id": G(lambda f: "app_" + f.digits(6)),
            "first_name": Y(first, "name"),
            "last_name": Y(last, "name"),
            "email": Y(email, "email"),
            "phone": Y(intl_phone, "phone"),
            "date_of_birth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Egyptian", "Vietnamese", "Chilean", "British", "Nigerian", "Filipino"]),
                "citizenship",
            ),
            "subjects": Many(G(lambda f: f.pick(SUBJECTS)), 3),
            "hourly_rate": Y(price, "salary"),
            "hours_per_week": G(lambda f: f.r.randint(2, 40)),
            "university": G(lambda f: f.pick(M(f)["universities"])),
            "degree": G(
                lambda f: f.pick(
                    ["BSc Physics", "Cử nhân Sư phạm Toán", "Pedagogía en Matemática", "BA English"]
                )
            ),
            "graduation_year": G(lambda f: f.r.randint(1990, 2024)),
            "degree_certificate_no": Y(
                lambda f: f.pick(["QH-" + f.digits(6), "B" + f.digits(7), f.digits(9)]), "certificate"
            ),
            "teaching_license_no": Y(
                lambda f: f.pick(["TL-" + f.digits(6), "RPNP-" + f.digits(5)]), "license"
            ),
            "work_permit_status": RED(
                lambda f: f.pick(["citizen", "work_permit", "needs_sponsorship", "temporary_residence"]),
                "visa",
            ),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "references": Many(
                {
                    "name": Y(name, "name"),
                    "phone": Y(phone, "phone"),
                    "relationship": G(lambda f: f.pick(["former principal", "colleague", "department head"])),
                },
                2,
            ),
            "heard_from": G(lambda f: f.pick(["facebook_group", "friend", "linkedin"])),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["python"],
        None,
        {
            "status": G(lambda f: "success"),
            "verification": {
                "id": G(lambda f: f.uuid()),
                "code": G(lambda f: f.pick([9001, 9102, 9103])),
                "status": G(lambda f: f.pick(["approved", "declined", "resubmission_requested"])),
                "reasonCode": G(lambda f: f.pick([None, 102, 105])),
                "person": {
                    "firstName": Y(lambda f: plain(first(f)).upper(), "name"),
                    "lastName": Y(lambda f: plain(last(f)).upper(), "name"),
                    "dateOfBirth": Y(lambda f: f.date(1965, 2003), "birthdate"),
                    "idNumber": RED(national_id, "national id"),
                    "gender": Y(lambda f: f.pick(["M", "F"]), "gender"),
                    "nationality": Y(lambda f: f.mk, "citizenship"),
                },
                "document": {
                    "number": RED(lambda f: f.pick([passport(f), national_id(f)]), "national id|passport"),
                    "type": G(lambda f: f.pick(["PASSPORT", "ID_CARD"])),
                    "country": G(lambda f: f.mk),
                    "validUntil": G(lambda f: f.date(2025, 2034)),
                },
                "decisionTime": G(ts),
            },
            "technicalData": {"ip": Y(lambda f: f.ipv4(), "ip")},
        },
    ),
    (
        "track",
        "Tutor KYC Updated",
        ["php"],
        "EG",
        {
            "الاسم_بالكامل": Y(ar_name, "name"),
            "الرقم_القومي": RED(eg_national_id, "national id"),
            "رقم_الموبايل": Y(phone, "phone"),
            "تاريخ_الميلاد": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "الديانة": Y(lambda f: f.pick(["مسلم", "مسيحي"]), "religion"),
            "المحافظة": G(lambda f: f.pick(["القاهرة", "الجيزة", "الإسكندرية", "الدقهلية"])),
            "المؤهل": G(lambda f: f.pick(["بكالوريوس علوم", "ليسانس آداب", "بكالوريوس تربية"])),
            "سنة_التخرج": G(lambda f: f.r.randint(1990, 2023)),
            "الحالة": G(lambda f: f.pick(["مقبول", "قيد المراجعة", "مرفوض"])),
            "صورة_البطاقة": Y(lambda f: f"https://kyc.mentora.app/eg/{f.uuid()}/front.jpg", "photo"),
        },
    ),
    (
        "track",
        "Gia Su Dang Ky",
        ["go"],
        "VN",
        {
            "ho_ten": Y(name, "name"),
            "so_cccd": RED(vn_cccd, "national id"),
            "ngay_cap": G(lambda f: "/".join(reversed(f.date(2016, 2024).split("-")))),
            "noi_cap": G(lambda f: f.pick(["Cục CS QLHC về TTXH", "CA TP Hà Nội", "CA TP Hồ Chí Minh"])),
            "so_dien_thoai": Y(phone, "phone"),
            "email": Y(email, "email"),
            "dia_chi_thuong_tru": Y(lambda f: f"{street(f)}, {district(f)}, {city(f)}", "address"),
            "truong_dai_hoc": G(lambda f: f.pick(MARKET["VN"]["universities"])),
            "chuyen_nganh": G(lambda f: f.pick(["Sư phạm Toán", "Ngôn ngữ Anh", "Vật lý"])),
            "nam_tot_nghiep": G(lambda f: f.r.randint(2005, 2024)),
            "muc_luong_mong_muon": Y(lambda f: f.r.randrange(150_000, 500_000, 10_000), "salary"),
            "anh_cccd_mat_truoc": Y(
                lambda f: f"https://kyc.mentora.app/vn/{f.uuid()}/cccd_front.jpg", "photo"
            ),
            "trang_thai": G(lambda f: f.pick(["cho_duyet", "da_duyet", "tu_choi"])),
        },
    ),
    (
        "track",
        "Postulacion Tutor",
        ["php"],
        "CL",
        {
            "nombre_completo": Y(name, "name"),
            "rut": RED(rut, "national id"),
            "fecha_nacimiento": Y(lambda f: "-".join(reversed(f.date(1965, 2003).split("-"))), "birthdate"),
            "correo": Y(email, "email"),
            "celular": Y(phone, "phone"),
            "direccion": Y(street, "address"),
            "comuna": Y(district, "city"),
            "region": G(state),
            "universidad": G(lambda f: f.pick(MARKET["CL"]["universities"])),
            "titulo": G(
                lambda f: f.pick(["Profesor de Matemática", "Ingeniería Civil", "Pedagogía en Inglés"])
            ),
            "folio_certificado_antecedentes": Y(lambda f: f.digits(10), "certificate"),
            "inhabilidades_menores_ok": G(lambda f: f.pick([True, False])),
            "valor_hora": Y(lambda f: f.r.randrange(12_000, 40_000, 500), "salary"),
            "banco": G(lambda f: f.pick(["BancoEstado", "Banco de Chile", "Santander", "BCI", "Scotiabank"])),
            "tipo_cuenta": G(lambda f: f.pick(["cuenta_rut", "cuenta_corriente", "cuenta_vista"])),
            "numero_cuenta": RED(
                lambda f: f.pick([f.digits(8), "000" + f.digits(8), f.digits(12)]), "bank account"
            ),
        },
    ),
    # -- checkout and payments -------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ALL,
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "revenue": G(price),
            "discount": G(lambda f: f.pick([0, 0, price(f) // 10])),
            "coupon": G(lambda f: f.pick(["", "THANAWEYA20", "HOCHE2024", "PAES15"])),
            "currency": G(cur),
            "products": Many(product_item(), 2),
            "student_id": G(lambda f: f.digits(7)),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        PARENT,
        None,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "step": G(lambda f: 2),
            "payment_method": G(
                lambda f: f.pick(["card", "fawry", "vodafone_cash", "momo", "vnpay", "webpay", "mercadopago"])
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "meeza", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["507803", "412345", "535522", "455636"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: plain(name(f)).upper(), "name"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Checkout Error",
        ["php"],
        None,
        {
            "error_code": G(lambda f: f.pick(["card_declined", "invalid_cvc", "timeout"])),
            "card_number": RED(card, "credit card"),
            "cvv": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "holder_name": Y(name, "name"),
            "amount": G(price),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Payment Method Saved",
        ["web", "swift"],
        None,
        {
            "payment_method_id": RED(
                lambda f: (
                    "pm_1"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(23)
                    )
                ),
                "token",
            ),
            "customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "is_default": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "python", "go"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(price),
            "subtotal": G(price),
            "tax": G(lambda f: f.pick([0, 14, 10, 19])),
            "discount": G(lambda f: f.pick([0, 0, price(f) // 10])),
            "coupon": G(lambda f: f.pick(["", "THANAWEYA20", "HOCHE2024", "PAES15"])),
            "currency": G(cur),
            "payment_method": G(
                lambda f: f.pick(["card", "fawry", "vodafone_cash", "momo", "vnpay", "webpay", "mercadopago"])
            ),
            "products": Many(product_item(), 2),
            "email": Y(email, "email"),
            "billing_address": {
                "line1": Y(street, "address"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": G(lambda f: f.mk),
            },
            "invoice_number": G(lambda f: f"INV-{f.mk}-2024-{f.digits(6)}"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node", "python"],
        None,
        {
            "order_id": G(lambda f: "ord_" + f.digits(8)),
            "refund_id": G(lambda f: "rf_" + f.hexid(12)),
            "amount": G(price),
            "currency": G(cur),
            "reason": G(lambda f: f.pick(["tutor_no_show", "duplicate", "unsatisfied"])),
        },
    ),
    (
        "track",
        "Paymob Transaction Processed",
        ["python"],
        "EG",
        {
            "obj": {
                "id": G(lambda f: int(f.digits(9))),
                "success": G(lambda f: f.pick([True, True, False])),
                "amount_cents": G(lambda f: price(f) * 100),
                "currency": G(lambda f: "EGP"),
                "order": {
                    "id": G(lambda f: int(f.digits(9))),
                    "merchant_order_id": G(lambda f: "ord_" + f.digits(8)),
                },
                "source_data": {
                    "type": G(lambda f: "card"),
                    "pan": G(lambda f: f.digits(4)),
                    "sub_type": G(lambda f: f.pick(["MasterCard", "Visa", "Meeza"])),
                },
                "billing_data": {
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "email": Y(email, "email"),
                    "phone_number": Y(phone, "phone"),
                    "apartment": Y(lambda f: f.pick(["NA", str(f.r.randint(1, 40))]), "address"),
                    "floor": Y(lambda f: f.pick(["NA", str(f.r.randint(1, 14))]), "address"),
                    "building": Y(lambda f: f.pick(["NA", str(f.r.randint(1, 90))]), "address"),
                    "street": Y(street, "address|street"),
                    "city": Y(city, "city"),
                    "state": G(state),
                    "country": G(lambda f: "EG"),
                },
            },
            "hmac": G(lambda f: f.hexid(128)),
        },
    ),
    (
        "track",
        "Fawry Reference Created",
        ["java"],
        "EG",
        {
            "merchantRefNum": G(lambda f: "ord_" + f.digits(8)),
            "fawryRefNumber": G(lambda f: f.digits(10)),
            "paymentAmount": G(lambda f: float(price(f))),
            "customerName": Y(name, "name"),
            "customerMobile": Y(phone, "phone"),
            "customerEmail": Y(email, "email"),
            "paymentExpiry": G(lambda f: f.epoch_ms()),
            "orderStatus": G(lambda f: f.pick(["UNPAID", "PAID", "EXPIRED"])),
            "signature": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "VNPay Return",
        ["java"],
        "VN",
        {
            "vnp_Amount": G(lambda f: price(f) * 100),
            "vnp_BankCode": G(lambda f: f.pick(["NCB", "VCB", "TCB", "VNPAYQR"])),
            "vnp_CardType": G(lambda f: f.pick(["ATM", "QRCODE"])),
            "vnp_OrderInfo": G(lambda f: f"Thanh toan hoc phi don hang {f.digits(8)}"),
            "vnp_PayDate": G(lambda f: f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}{f.digits(6)}"),
            "vnp_ResponseCode": G(lambda f: f.pick(["00", "24", "51"])),
            "vnp_TransactionNo": G(lambda f: f.digits(8)),
            "vnp_TxnRef": G(lambda f: f.digits(8)),
            "vnp_SecureHash": G(lambda f: f.hexid(128)),
        },
    ),
    (
        "track",
        "MoMo IPN Received",
        ["node"],
        "VN",
        {
            "partnerCode": G(lambda f: "MOMOMNT2024"),
            "orderId": G(lambda f: "ord_" + f.digits(8)),
            "amount": G(price),
            "orderInfo": G(lambda f: f.pick(["Thanh toán gói học", "Hoc phi thang 3"])),
            "transId": G(lambda f: int(f.digits(10))),
            "resultCode": G(lambda f: f.pick([0, 0, 1006])),
            "responseTime": G(lambda f: f.epoch_ms()),
            "extraData": G(lambda f: b64({"studentId": f.digits(7), "package": f.pick(["T9-10", "IELTS"])})),
            "signature": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Webpay Transaction Committed",
        ["php"],
        "CL",
        {
            "vci": G(lambda f: f.pick(["TSY", "TSN"])),
            "amount": G(price),
            "status": G(lambda f: f.pick(["AUTHORIZED", "FAILED"])),
            "buy_order": G(lambda f: "ord_" + f.digits(8)),
            "session_id": G(lambda f: "sess_" + f.hexid(12)),
            "card_detail": {"card_number": G(lambda f: f.digits(4))},
            "transaction_date": G(ts),
            "authorization_code": G(lambda f: f.digits(6)),
            "payment_type_code": G(lambda f: f.pick(["VD", "VN", "VC", "SI"])),
            "response_code": G(lambda f: f.pick([0, -1])),
        },
    ),
    (
        "track",
        "Mercado Pago Payment Approved",
        ["ruby"],
        "CL",
        {
            "action": G(lambda f: "payment.updated"),
            "payment": {
                "id": G(lambda f: int(f.digits(11))),
                "status": G(lambda f: "approved"),
                "status_detail": G(lambda f: "accredited"),
                "transaction_amount": G(price),
                "currency_id": G(lambda f: "CLP"),
                "payment_method_id": G(lambda f: f.pick(["visa", "master", "debvisa", "account_money"])),
                "payer": {
                    "email": Y(email, "email"),
                    "first_name": Y(first, "name"),
                    "last_name": Y(last, "name"),
                    "identification": {"type": G(lambda f: "RUT"), "number": RED(rut, "national id")},
                },
                "card": {
                    "first_six_digits": G(lambda f: f.pick(["450995", "530783", "454600"])),
                    "last_four_digits": G(lambda f: f.digits(4)),
                    "cardholder": {"name": Y(lambda f: plain(name(f)).upper(), "name")},
                },
                "date_approved": G(ts),
                "installments": G(lambda f: f.pick([1, 3, 6])),
            },
        },
    ),
    (
        "track",
        "Lesson Credits Purchased",
        ["swift"],
        None,
        {
            "product_id": G(lambda f: f.pick(["app.mentora.credits5", "app.mentora.credits10"])),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
            "price": G(lambda f: f.pick([4.99, 9.99, 19.99])),
            "currency": G(lambda f: "USD"),
        },
    ),
    # -- tutor payouts ---------------------------------------------------------------------------------
    (
        "track",
        "Payout Sent",
        ["dotnet"],
        "EG",
        {
            "PayoutId": G(lambda f: f.uuid()),
            "TutorId": G(lambda f: int(f.digits(6))),
            "Amount": G(lambda f: f.money(500, 25000)),
            "Currency": G(lambda f: "EGP"),
            "LessonsCount": G(lambda f: f.r.randint(1, 60)),
            "Method": G(lambda f: "BankTransfer"),
            "BankName": G(lambda f: f.pick(["National Bank of Egypt", "Banque Misr", "CIB", "QNB Alahli"])),
            "SwiftCode": G(lambda f: f.pick(["NBEGEGCX", "BMISEGCX", "CIBEEGCX"])),
            "Iban": RED(iban_eg, "bank account"),
            "AccountHolderName": Y(name, "name"),
            "Status": G(lambda f: f.pick(["Pending", "Completed", "Failed"])),
            "ProcessedAt": G(ts),
        },
    ),
    (
        "track",
        "Wallet Payout Sent",
        ["dotnet"],
        "EG",
        {
            "PayoutId": G(lambda f: f.uuid()),
            "TutorId": G(lambda f: int(f.digits(6))),
            "Amount": G(lambda f: f.money(500, 25000)),
            "Currency": G(lambda f: "EGP"),
            "Method": G(lambda f: f.pick(["VodafoneCash", "InstaPay"])),
            "WalletNumber": Y(phone, "phone", True),
            "Status": G(lambda f: f.pick(["Pending", "Completed", "Failed"])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["java"],
        "VN",
        {
            "ngan_hang": G(lambda f: f.pick(["Vietcombank", "Techcombank", "MB Bank", "VPBank", "ACB"])),
            "chi_nhanh": G(lambda f: f.pick(["CN Hà Nội", "CN Sài Gòn", "PGD Cầu Giấy"])),
            "so_tai_khoan": RED(bank_account, "bank account"),
            "ten_chu_tai_khoan": Y(lambda f: plain(name(f)).upper(), "name"),
            "la_mac_dinh": G(lambda f: f.pick([True, False])),
            "phuong_thuc": G(lambda f: "bank_transfer"),
        },
    ),
    # -- exams and school ------------------------------------------------------------------------------
    (
        "track",
        "Exam Result Recorded",
        ["python", "java", "php"],
        None,
        {
            "exam": G(lambda f: f.pick(M(f)["exam"])),
            "seat_number": G(lambda f: f.digits(f.pick([6, 8]))),
            "subject_scores": {
                "math": G(lambda f: round(f.r.uniform(2, 10), 2)),
                "physics": G(lambda f: round(f.r.uniform(2, 10), 2)),
                "language": G(lambda f: round(f.r.uniform(2, 10), 2)),
            },
            "total_score": G(lambda f: f.r.randint(180, 1000)),
            "passed": G(lambda f: f.pick([True, False])),
            "school_name": G(school),
            "school_city": G(city),
        },
    ),
    (
        "track",
        "Mock Exam Completed",
        ["flutter"],
        None,
        {
            "exam_id": G(lambda f: "mock_" + f.digits(5)),
            "subject": G(lambda f: f.pick(SUBJECTS)),
            "score": G(lambda f: f.r.randint(0, 100)),
            "max_score": G(lambda f: 100),
            "time_spent_sec": G(lambda f: f.r.randint(300, 7200)),
        },
    ),
    (
        "track",
        "School Details Updated",
        STUDENT,
        None,
        {
            "school_id": G(lambda f: "sch_" + f.digits(5)),
            "school_name": G(school),
            "school_city": G(city),
            "grade": G(grade),
            "class_section": G(lambda f: f.pick(["3A", "12A1", "4°B", "10C"])),
            "homeroom_teacher": Y(name, "name"),
            "curriculum": G(lambda f: f.pick(M(f)["curricula"])),
        },
    ),
    (
        "track",
        "Beca Solicitada",
        ["php"],
        "CL",
        {
            "rut_apoderado": RED(rut, "national id"),
            "rut_alumno": RED(lambda f: rut(f, minor=True), "national id"),
            "ingreso_familiar": Y(lambda f: f.r.randrange(400_000, 3_000_000, 1000), "salary"),
            "integrantes_hogar": G(lambda f: f.r.randint(2, 8)),
            "tramo_rsh": G(lambda f: f.pick(["40%", "50%", "60%", "70%"])),
            "alumno_prioritario": G(lambda f: f.pick([True, False])),
            "alumno_pie": RED(lambda f: f.pick([True, False]), "disability"),
            "monto_beca": G(lambda f: f.r.randrange(20_000, 120_000, 5000)),
        },
    ),
    # -- ads -------------------------------------------------------------------------------------------
    (
        "track",
        "Conversion Forwarded",
        ["node"],
        None,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "Lead", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "user_data": {
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "external_id": G(lambda f: f.digits(7)),
            },
            "custom_data": {
                "value": G(price),
                "currency": G(cur),
                "content_ids": Many(G(lambda f: "pkg_" + f.digits(5)), 2),
            },
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, market, body in EVENTS:
            f.mk = market or f.pick(["EG", "VN", "CL"])
            f.page = (*f.pick(PAGES), f.pick(REFERRERS), f.pick(SEARCHES))
            client = f.pick(clients)
            server = client not in ("web", "swift", "kotlin", "rn", "flutter")
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if not server:
                msg["anonymousId"] = f.uuid()
            msg["userId"] = (
                f.pick([f.digits(7), "usr_" + f.hexid(12)]) if server or f.r.random() < 0.7 else None
            )
            if msg["userId"] is None:
                del msg["userId"]
            if kind == "track":
                msg["event"] = event
            elif kind == "page":
                msg["name"] = f.page[2]
            elif kind == "screen":
                msg["name"] = f.pick(["Home", "Tutor Search", "Tutor Profile", "Lessons", "Chat", "Homework"])
            elif kind == "group":
                msg["groupId"] = "sch_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = f.uuid()
                msg["userId"] = f.digits(7)
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            msg["sentAt"] = msg["timestamp"]
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=228, repeats=30)
    write(Path(__file__).parent, "holdout228_", events, labels)
