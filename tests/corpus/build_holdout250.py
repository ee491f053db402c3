"""Writes holdout250: tests/corpus/holdout250_events.jsonl and holdout250_labels.json.

Sealed: written from the Segment spec, the reference's default matcher table and the labelling
rules of the brief alone, without reading the detection engine, its vocabularies, its tests or
any other corpus's labels, and without running the engine on these events.

Domain: an adoption and foster-care agency case platform ("Kinfold") used by agencies in the US,
the UK and South Korea. Prospective adopters' and foster carers' applications (household members,
referees, home study, background and DBS checks, income, health declarations, religion and
culture), children's case records (birth details, placement history, school, health and
developmental needs, contact with birth family), matching panels and placements, social workers'
visit notes from a field app, carers' daily logs and allowance claims, post-adoption support,
birth-records and birth-family searches, intercountry immigration steps, training courses and
donations sold through e-commerce spec events; vendor-shaped payloads (Twilio SMS status, Typeform
answers, DocuSign envelopes, Stripe charges, Calendly invitees, Meta Conversions API user_data).

Clients: analytics.js (with OneTrust consent), analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter, and the python/node/go/java/ruby/php/csharp server
libraries; identify, track, page, screen, group and alias calls. Keys are mostly camelCase and
snake_case; about 15 % follow other real conventions: PascalCase from a .NET council system and
Twilio, kebab-case from a form webhook, SCREAMING_SNAKE from warehouse reverse-ETL, and Korean keys
from a Korean agency's Java backend and Flutter app. Values are generated for many cultures
(Anglo, African American, Hispanic, Korean in Hangul and romanised, South Asian, West African,
Polish, Somali, Irish/Welsh ...) with national formats: US/UK/KR phone numbers and addresses,
SSNs of valid structure, UK NI numbers with valid prefixes, NHS numbers with the mod-11 check,
Korean resident registration numbers with their check digit, English Unique Pupil Numbers with
their check letter, VINs with the position-9 check digit, Luhn card numbers.

Conventions (as build.py): every leaf path carries classification (red/yellow/green), type (the
reference's matcher name, or `bank account`, `geolocation`, `secret`, `national id`, `health id`,
`advertising id`, `credit card`, `token`, `ip`, `criminal record`, `a|b` when either name fits) and
value_only (true when the key does not say what the value is).

Labelling rules, as given (Privacy Portal defaults): PII is personal data about a natural person
(the user, a child, a relative, a referee, a staff member); colour is the reference's default for
its matcher, and for other types red for credentials/secrets, cards, bank accounts, government
ids and health ids, yellow otherwise. Green: ids we issue (case, child, application, claim,
certificate ids the platform mints), versions, timestamps, event dates (visit, panel, adoption,
placement dates), hashes of non-PII, amounts, enums, counters and booleans under PII-sounding keys,
product, course, agency, school, employer, insurer and pet names, places that are not the
person's (venues, offices, agencies, a birth hospital, a country), locale, language, timezone,
currency, user agents, OS-issued device ids; card brand/last4/expiry, sort codes and routing
numbers. Booleans/enums that reveal a special category are that category (`condition`,
`disability`, `religion`, `ethnicity`...). The contested list of the product's policy is
followed: insurer member and policy numbers `identification` yellow; rx numbers `medication`
yellow; income `salary` yellow; credit score yellow; plates `license` and VINs `serial` yellow;
gclid/fbclid/fbp/fbc `advertising id` yellow; the person's billing address `address` yellow;
pm_ tokens, one-time codes and sign-in link tokens red `token`; MRN, NHS, Medicaid numbers red
`health id`; identity document numbers red `national id`/`passport`; visa category red `visa`;
ages, marital status, job titles and employers, business and role contacts green.

Decisions where the rules are silent (what a careful privacy owner would want flagged):
- A DBS / background-check outcome ("information disclosed") reveals criminal-record information:
  yellow `criminal record`. A DBS certificate number is yellow `certificate`.
- Smoking status, immunisation status, a mental-health screening score (SDQ) and a CAMHS referral
  are health data: yellow `condition`. A therapy type funded for a child is yellow `procedure`.
- Special educational needs status (SEN support / EHCP) is treated as `disability` (red).
- An English Unique Pupil Number and a US alien registration number are government ids: red
  `national id`. A foster-home or driving licence number held by a person is yellow `license`.
- Hashed e-mail and phone sent to an ad platform for matching (Meta CAPI `em`, `ph`) stay the
  contact detail they re-identify: yellow `email` / `phone`.
- A school's name, a GP practice's name and phone, a birth hospital and a family-centre venue are
  organisations' data: green. Adoption, placement and visit dates are event dates: green.
- Free text is labelled only by what every one of its values carries; templates that carry PII
  carry it in every value, the others carry none.
- value_only is true for neutral or generic keys only (`value`, `label`, `text`, `note`, `q`,
  `input`, `destination`, `to`/`To`, `Body`, `description`, `observations`, `caption`,
  `message`, `first_message`, `상담내용`, a Typeform answer's `text`). Keys naming a person's role
  (`assessedBy`, `proposed_by`, `account_holder`, `담당자`) say the value is that person: not
  value_only. A one-time `code` and hashed `em`/`ph` are not value_only either: their values alone
  do not reveal what they are.
- Run: `.venv/bin/python -m tests.corpus.build_holdout250` (seed 250, deterministic).
"""

import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, L, Many, Y, record_label, write
from tests.corpus.fake import Fake


class Each:
    """A template made afresh for every value (e.g. a product whose id, name and category agree)."""

    def __init__(self, fn):
        self.fn = fn


class Seq:
    """A fixed-length array whose items are rendered in order (all share the path `x[]`)."""

    def __init__(self, *items: Any):
        self.items = items


def render(template: Any, f: Fake, path: str, labels: dict[str, dict]) -> Any:
    if isinstance(template, L):
        record_label(labels, path, template)
        return template.gen(f)
    if isinstance(template, Many):
        return [render(template.item, f, path + "[]", labels) for _ in range(f.r.randint(1, template.n))]
    if isinstance(template, Each):
        return render(template.fn(f), f, path, labels)
    if isinstance(template, Seq):
        return [render(item, f, path + "[]", labels) for item in template.items]
    if isinstance(template, dict):
        return {key: render(value, f, f"{path}.{key}", labels) for key, value in template.items()}
    raise TypeError(type(template))


# -- value generators ---------------------------------------------------------------------------

CULTURES = {
    "anglo": (
        ["Oliver", "Emily", "Jack", "Sophie", "Harry", "Charlotte", "Thomas", "Grace", "Megan", "Daniel"],
        ["Hughes", "Walker", "Thompson", "Wright", "Robinson", "Clarke", "Bennett", "Fletcher"],
    ),
    "african_american": (
        ["DeShawn", "Aaliyah", "Jamal", "Imani", "Tyrone", "Keisha", "Marcus", "Shanice", "Darnell"],
        ["Washington", "Jefferson", "Jackson", "Banks", "Freeman", "Coleman", "Dorsey"],
    ),
    "hispanic": (
        ["Sofía", "Alejandro", "Mateo", "Valentina", "José", "Guadalupe", "Camila", "Luis", "Ximena"],
        ["Hernández", "Ramírez", "Castillo", "Morales", "Gutiérrez", "Delgado", "Reyes"],
    ),
    "korean": (
        ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-a", "Eun-ji", "Young-ho", "Sung-min"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han"],
    ),
    "south_asian": (
        ["Aarav", "Priya", "Harpreet", "Sanjay", "Ananya", "Rohan", "Kavita", "Gurpreet", "Nisha"],
        ["Sharma", "Patel", "Singh", "Kaur", "Chaudhry", "Iyer", "Bhatt", "Desai"],
    ),
    "west_african": (
        ["Chiamaka", "Oluwaseun", "Kwabena", "Adaeze", "Tunde", "Efua", "Chinedu", "Abena"],
        ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Eze", "Oyelaran", "Nwosu"],
    ),
    "polish": (
        ["Agnieszka", "Krzysztof", "Małgorzata", "Paweł", "Zofia", "Wojciech"],
        ["Nowak", "Wiśniewski", "Kamińska", "Zieliński", "Wójcik"],
    ),
    "somali": (
        ["Hodan", "Abdirahman", "Fadumo", "Mohamed", "Ayaan", "Hamza"],
        ["Warsame", "Farah", "Aden", "Hassan"],
    ),
    "irish_welsh": (
        ["Siobhán", "Niamh", "Ciarán", "Rhys", "Carys", "Aoife", "Dylan", "Eleri"],
        ["O'Sullivan", "Ní Bhriain", "Jones", "Llewellyn", "McCarthy", "ap Rhys", "Evans"],
    ),
    "vietnamese": (["Thuy", "Minh", "Lan", "Quang", "Huong"], ["Nguyen", "Tran", "Pham", "Le", "Vo"]),
}
HANGUL_FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"]
HANGUL_GIVEN = [
    "민준",
    "서연",
    "지호",
    "하은",
    "도윤",
    "수아",
    "예준",
    "지우",
    "서준",
    "하윤",
    "은지",
    "영호",
]
HANGUL_GIVEN += ["미숙", "정희", "성민", "지민", "현우", "소영"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com"]
PERSONAL_DOMAINS += ["naver.com", "daum.net", "comcast.net", "proton.me", "sky.com"]
STAFF_DOMAINS = [
    "brightpathadoption.org",
    "northdalefostering.org.uk",
    "hanul-adoption.or.kr",
    "leeds.gov.uk",
]
US_STREETS = ["Linden Ave", "W 38th St", "Magnolia Dr", "Cherry Hill Rd", "E Colfax Ave", "Pleasant St"]
US_STREETS += ["Riverside Dr", "Old Mill Rd", "N Kedzie Ave"]
US_CITIES = [("Dayton", "OH"), ("Tacoma", "WA"), ("Albuquerque", "NM"), ("Raleigh", "NC"), ("Fresno", "CA")]
US_CITIES += [("Milwaukee", "WI"), ("Baton Rouge", "LA"), ("Aurora", "CO"), ("Worcester", "MA")]
UK_STREETS = ["Harehills Lane", "Chapeltown Road", "St Helens Avenue", "Bramley Close", "Wellington Road"]
UK_STREETS += ["Station Terrace", "Mill Lane", "Heol y Nant", "Queensway"]
UK_CITIES = [("Leeds", "LS"), ("Bradford", "BD"), ("Swansea", "SA"), ("Norwich", "NR"), ("Gateshead", "NE")]
UK_CITIES += [("Bristol", "BS"), ("Luton", "LU"), ("Belfast", "BT")]
KR_ADDR = [
    "서울특별시 마포구 월드컵북로 396",
    "서울특별시 강서구 공항대로 247",
    "부산광역시 해운대구 센텀중앙로 97",
    "대구광역시 수성구 동대구로 364",
    "인천광역시 연수구 송도과학로 32",
    "경기도 성남시 분당구 판교역로 166",
    "광주광역시 서구 상무중앙로 61",
]
KR_CITIES = ["서울", "부산", "대구", "인천", "광주", "대전", "수원", "Seoul", "Busan", "Daegu", "Incheon"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


class AF(Fake):
    """Fake plus the formats this domain needs."""

    def person(self, culture=None):
        culture = culture or self.pick(list(CULTURES))
        firsts, lasts = CULTURES[culture]
        return self.pick(firsts), self.pick(lasts)

    def given(self):
        return self.person()[0]

    def family(self):
        return self.person()[1]

    def name(self):
        first, last = self.person()
        return f"{first} {last}" if self.r.random() < 0.85 else f"{first} {self.pick('ABCDEJKLMR')}. {last}"

    def hangul(self):
        return self.pick(HANGUL_FAMILY) + self.pick(HANGUL_GIVEN)

    def name_kr_any(self):
        if self.r.random() < 0.5:
            return self.hangul()
        first, last = self.person("korean")
        return f"{last} {first}"

    def mail(self, first=None, last=None):
        if first is None:
            first, last = self.person()
        user = ascii_fold(first).lower().replace("-", "")
        last = ascii_fold(last).lower().replace("'", "").replace(" ", "")
        style = self.pick(["dot", "plain", "num", "initial"])
        local = {
            "dot": f"{user}.{last}",
            "plain": f"{user}{last}",
            "num": f"{user}{last[:4]}{self.r.randint(1, 99)}",
            "initial": f"{user[0]}{last}{self.r.randint(70, 99)}",
        }[style]
        return f"{local}@{self.pick(PERSONAL_DOMAINS)}"

    def staff_mail(self):
        first, last = self.person()
        user = ascii_fold(first).lower().replace("-", "")
        last = ascii_fold(last).lower().replace("'", "").replace(" ", "")
        return f"{user}.{last}@{self.pick(STAFF_DOMAINS)}"

    def phone_us(self):
        return self.phone(self.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))

    def phone_uk(self):
        n = self.r.randint(100000, 999999)
        return self.pick(
            [
                f"07{self.r.randint(400, 999)} {n}",
                f"+44 7{self.r.randint(400, 999)} {n}",
                f"+447{self.r.randint(400, 999)}{n}",
                f"0113 {self.r.randint(200, 499)} {self.r.randint(1000, 9999)}",
            ]
        )

    def phone_kr(self):
        a, b = self.r.randint(1000, 9999), self.r.randint(1000, 9999)
        return self.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+8210{a}{b}"])

    def e164(self):
        return self.pick(
            [
                self.phone("e164"),
                f"+447{self.r.randint(400, 999)}{self.r.randint(100000, 999999)}",
                f"+8210{self.r.randint(1000, 9999)}{self.r.randint(1000, 9999)}",
            ]
        )

    def phone_any(self):
        return self.pick([self.phone_us, self.phone_uk, self.phone_kr])()

    def us_street(self):
        return f"{self.r.randint(12, 9870)} {self.pick(US_STREETS)}"

    def uk_street(self):
        return f"{self.r.randint(1, 212)} {self.pick(UK_STREETS)}"

    def uk_postcode(self, area=None):
        area = area or self.pick(UK_CITIES)[1]
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{area}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"

    def us_zip(self):
        z = f"{self.r.randint(1001, 99950):05d}"
        return z if self.r.random() < 0.8 else f"{z}-{self.r.randint(1, 9999):04d}"

    def kr_postcode(self):
        return f"{self.r.randint(1000, 63644):05d}"

    def postcode_any(self):
        return self.pick([self.us_zip, self.uk_postcode, self.kr_postcode])()

    def city_any(self):
        return self.pick([self.pick(US_CITIES)[0], self.pick(UK_CITIES)[0], self.pick(KR_CITIES)])

    def kr_address(self):
        return f"{self.pick(KR_ADDR)}, {self.r.randint(101, 115)}동 {self.r.randint(101, 2504)}호"

    def full_address(self):
        kind = self.pick(["us", "uk", "kr"])
        if kind == "us":
            city, state = self.pick(US_CITIES)
            return f"{self.us_street()}, {city}, {state} {self.us_zip()}"
        if kind == "uk":
            city, area = self.pick(UK_CITIES)
            return f"{self.uk_street()}, {city} {self.uk_postcode(area)}"
        return self.kr_address()

    def street_any(self):
        return self.pick([self.us_street, self.uk_street])()

    def dob_adult(self):
        return self.date(1962, 1996)

    def dob_child(self):
        return self.date(2007, 2023)

    def ni_number(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = self.pick(first) + self.pick(second)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = f"{self.r.randint(0, 999999):06d}"
        suffix = self.pick("ABCD")
        if self.r.random() < 0.5:
            return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
        return f"{prefix}{d}{suffix}"

    def nhs_number(self):
        while True:
            digits = [self.r.randint(0, 9) for _ in range(9)]
            digits[0] = self.r.randint(4, 7)
            check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        s = "".join(map(str, digits)) + str(check)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if self.r.random() < 0.6 else s

    def rrn(self, child=False):
        year = self.r.randint(2007, 2022) if child else self.r.randint(1965, 1997)
        g = self.pick([3, 4]) if year >= 2000 else self.pick([1, 2])
        body = f"{year % 100:02d}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}{g}"
        body += "".join(str(self.r.randint(0, 9)) for _ in range(5))
        weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11) % 10
        return f"{body[:6]}-{body[6:]}{check}"

    def upn(self):
        letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
        body = f"{self.r.randint(201, 938)}{self.r.randint(2000, 7999)}{self.r.randint(10, 22)}"
        body += f"{self.r.randint(1, 999):03d}"
        total = sum(int(c) * w for c, w in zip(body, range(2, 14), strict=True))
        return letters[total % 23] + body

    def vin(self):
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        values = dict(zip("ABCDEFGH", range(1, 9), strict=True))
        values.update(dict(zip("JKLMN", range(1, 6), strict=True)))
        values.update({"P": 7, "R": 9})
        values.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
        values.update({str(d): d for d in range(10)})
        wmi = self.pick(["1FA", "1HG", "2T1", "5YJ", "KMH", "SAJ", "WVW", "JTD"])
        chars = list(wmi + "".join(self.pick(alphabet) for _ in range(5)) + "0")
        chars += [self.pick("LMNPRS")] + [self.pick(alphabet) for _ in range(7)]
        weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        total = sum(values[c] * w for c, w in zip(chars, weights, strict=True))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)

    def plate(self):
        letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
        return self.pick(
            [
                f"{self.pick(letters)}{self.pick(letters)}{self.r.randint(10, 73)} "
                f"{''.join(self.pick(letters) for _ in range(3))}",
                f"{self.r.randint(1, 9)}{''.join(self.pick(letters) for _ in range(3))}"
                f"{self.r.randint(100, 999)}",
                f"{self.r.randint(10, 399)}가 {self.r.randint(1000, 9999)}",
            ]
        )

    def us_dl(self):
        return self.pick(
            [
                "D" + self.digits(7),
                self.pick("ABCFGHKLMNPRSTW") + self.digits(12),
                f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                "WDL" + "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
            ]
        )

    def uk_dl(self):
        last = ascii_fold(self.family()).upper().replace("'", "").replace(" ", "")
        last = (last + "99999")[:5]
        y = self.r.randint(60, 99)
        m = self.r.randint(1, 12) + self.pick([0, 50])
        initials = "".join(self.pick("ABCDEFGHJKLMNPRSTW") for _ in range(2))
        day = self.r.randint(1, 28)
        tail = f"9{self.pick('ABCDEFGHJ')}{self.r.randint(10, 99)}"
        return f"{last}{y // 10}{m:02d}{day:02d}{y % 10}{initials}{tail}"

    def bank_account(self):
        return self.pick(
            [
                self.digits(8),
                self.digits(self.r.randint(9, 12)),
                f"110-{self.digits(3)}-{self.digits(6)}",
                f"1002-{self.digits(3)}-{self.digits(6)}",
            ]
        )

    def gclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "Cj0KCQjw" + "".join(self.pick(alnum) for _ in range(self.r.randint(70, 88)))

    def fbclid(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(self.r.randint(56, 62)))

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**9, 2 * 10**9)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def day(self, start=2023, end=2025):
        return self.date(start, end)

    def sha256(self):
        return self.hexid(64)

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def pm(self):
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "pm_1" + "".join(self.pick(alnum) for _ in range(23))


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- free text ---------------------------------------------------------------------------------


def visit_note(f: AF) -> str:
    child = f.given()
    carer = f.name()
    return f.pick(
        [
            f"Saw {child} alone in her bedroom; she showed me her drawings and said school is 'ok'.",
            f"{child} was settled and chatty. Carer {carer} reports better sleep since the last review.",
            f"Unannounced visit. {child} at home with {carer}; house clean, fridge stocked.",
            f"Discussed contact with birth mum. {child} wants more phone time, will raise at LAC review.",
            f"{carer} asked for respite in August. {child} doing well at the new school.",
        ]
    )


def observations(f: AF) -> str:
    mum, child = f.given(), f.given()
    return f.pick(
        [
            f"{mum} arrived on time and brought a photo album; {child} was shy at first then played.",
            f"Grandmother {f.name()} attended. Warm interaction, ended with a hug.",
            f"{child} asked {mum} about her new flat. Supervisor redirected the conversation twice.",
            f"Session ended early at {child}'s request. {mum} was upset but accepted it.",
        ]
    )


def sms_body(f: AF) -> str:
    first = f.given()
    return f.pick(
        [
            f"Hi {first}, reminder: your home study visit is tomorrow at 10:00. Reply STOP to opt out.",
            f"Hi {first}, your training session 'Therapeutic Parenting 2' starts at 18:30 tonight.",
            f"{first}, please upload your payslips to the portal before Friday. Thanks, Kinfold",
            f"Dear {first}, the matching panel has been moved to 14 May. Your social worker will call.",
        ]
    )


def chat_with_email(f: AF) -> str:
    e = f.mail()
    return f.pick(
        [
            f"Hi, I can't log in any more, my email is {e}",
            f"Please change my contact email to {e} - the old one is closed",
            f"Can someone send the info pack to {e}? Thank you",
            f"I registered twice by mistake, please keep {e} and delete the other account",
        ]
    )


def support_message_with_phone(f: AF) -> str:
    p = f.phone_any()
    return f.pick(
        [
            f"Our son has started refusing school again, could someone call me on {p}?",
            f"Struggling since the placement anniversary. Best number is {p} after 3pm.",
            f"We need help applying for the support fund. Phone {p}",
            f"Please ring {p} about the therapy referral, voicemail is fine.",
        ]
    )


def caption(f: AF) -> str:
    child, other = f.given(), f.given()
    return f.pick(
        [
            f"{child} at her 5th birthday party",
            f"{child} and foster brother {other} at the beach",
            f"Nana {other} holding {child} as a baby",
            f"{child}'s first day at school",
            f"{child} with social worker {f.name()} on moving day",
        ]
    )


def safeguarding_description(f: AF) -> str:
    child, adult = f.given(), f.name()
    return f.pick(
        [
            f"{child} disclosed that {adult} shouted at her during contact. Logged and manager informed.",
            f"Bruise on {child}'s left arm noticed at school; school DSL {adult} informed us.",
            f"{adult} turned up at the school gate asking for {child}. Police called.",
            f"{child} missing from placement 21:00-23:40, returned with {adult}.",
        ]
    )


def counseling_kr(f: AF) -> str:
    name = f.hangul()
    return f.pick(
        [
            f"{name} 어머니와 통화, 다음 주 가정방문 예정",
            f"{name} 님 사후관리 상담 완료. 학교 적응 양호",
            f"양부 {name} 님이 뿌리찾기 절차 문의",
            f"{name} 아동 정서 상태 안정적, 3개월 후 재상담",
        ]
    )


def plain_daily_log(f: AF) -> str:
    return f.pick(
        [
            "Good day at school, ate all of tea, bed by 8.",
            "Swimming lesson after school, very tired.",
            "Bit unsettled after contact, watched a film together.",
            "Homework done, played in the garden, no issues.",
            "Rainy day, baked cookies and did a puzzle.",
        ]
    )


# -- contexts of the client libraries -------------------------------------------------------------

WEB_PAGES = [
    ("/", "Kinfold | Fostering and adoption"),
    ("/foster", "Become a foster carer | Kinfold"),
    ("/adopt", "Adoption: where to start | Kinfold"),
    ("/apply", "Your application | Kinfold"),
    ("/apply/household", "Household | Your application"),
    ("/apply/health", "Health declaration | Your application"),
    ("/events", "Information evenings | Kinfold"),
    ("/support", "Post-adoption support | Kinfold"),
    ("/shop", "Training and resources | Kinfold"),
    ("/birth-records", "Searching for birth records | Kinfold"),
]
SITES = [
    "https://www.kinfold.org",
    "https://apply.kinfold.org",
    "https://uk.kinfold.org",
    "https://kr.kinfold.org",
]


def pick_page(f: AF) -> None:
    """The page a web message is sent from: its context.page and a page call's properties agree."""
    path, title = f.pick(WEB_PAGES)
    search = f.pick(["", "?utm_source=facebook&utm_medium=paid_social", "?ref=newsletter", "?lang=ko"])
    referrer = f.pick(["", "https://www.google.com/", "https://l.facebook.com/", "https://search.naver.com/"])
    f.page = (path, title, f.pick(SITES), search, referrer)


def web_ctx(f: AF):
    path, title, site, search, referrer = f.page
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.66.1", "npm:next-1.72.2"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(lambda f: referrer),
            "search": G(lambda f: search),
            "title": G(lambda f: title),
            "url": G(lambda f: site + path + search),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "ko-KR", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Chicago", "Europe/London", "Asia/Seoul", "America/Los_Angeles"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4, f.ipv4, f.ipv6])(), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["foster_fortnight", "adoption_week_2024", "info_evening_q3"])),
            "source": G(lambda f: f.pick(["facebook", "google", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid_social", "cpc", "email"])),
            "term": G(lambda f: f.pick(["become a foster parent", "adopt a child uk", "입양 절차"])),
            "content": G(lambda f: f.pick(["video_a", "carousel_2", "textlink"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
                "Functional": G(lambda f: f.pick([True, False])),
            }
        },
    }


def swift_ctx(f: AF):
    first, last = f.person()
    return {
        "app": {
            "name": G(lambda f: "Kinfold Carer"),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "namespace": G(lambda f: "org.kinfold.carer"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone16,1", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB", "ko-KR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 430, 820])),
            "height": G(lambda f: f.pick([844, 932, 1180])),
        },
        "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Asia/Seoul"])),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(lambda f: f.mail(first, last), "email"),
            "firstName": Y(lambda f: first, "name"),
            "householdId": G(lambda f: "hh_" + f.hexid(10)),
        },
    }


def kotlin_ctx(f: AF):
    return {
        "app": {
            "name": G(lambda f: "Kinfold Field"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.3", "3.0.0"])),
            "build": G(lambda f: f.pick(["208000", "209003", "300000"])),
            "namespace": G(lambda f: "org.kinfold.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "motorola"])),
            "model": G(lambda f: f.pick(["SM-A546B", "Pixel 7a", "moto g84 5G", "SM-T736B"])),
            "name": G(lambda f: f.pick(["a54x", "lynx", "bangkk", "gts7fe"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "T-Mobile", "Verizon"])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.0])),
            "height": G(lambda f: f.pick([2340, 2400, 1200])),
            "width": G(lambda f: f.pick([1080, 1920])),
        },
        "timezone": G(lambda f: f.pick(["Europe/London", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(51.3, 54.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-2.9, -0.1), 6), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 13.4])),
        },
        "traits": {
            "name": Y(lambda f: f.name(), "name"),
            "email": Y(lambda f: f.staff_mail(), "email"),
            "role": G(lambda f: f.pick(["social_worker", "senior_practitioner", "team_manager"])),
            "team": G(lambda f: f.pick(["Fostering East", "Adoption Hub", "Kinship North"])),
        },
    }


def rn_ctx(f: AF):
    first, last = f.person()
    return {
        "app": {
            "name": G(lambda f: "Kinfold Family"),
            "version": G(lambda f: f.pick(["1.18.0", "1.19.2", "1.20.0"])),
            "build": G(lambda f: f.pick(["118", "1192", "120"])),
            "namespace": G(lambda f: "org.kinfold.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "Google"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-S911U", "Pixel 8"])),
            "name": G(lambda f: f.pick(["iPhone", "dm1q", "shiba"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: f.pick(["en-US", "en-GB"])),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: f.pick(["America/Denver", "Europe/London", "America/New_York"])),
        "traits": {
            "email": Y(lambda f: f.mail(first, last), "email"),
            "firstName": Y(lambda f: first, "name"),
            "lastName": Y(lambda f: last, "name"),
            "carerStatus": G(lambda f: f.pick(["approved", "in_assessment", "on_hold"])),
        },
    }


def flutter_ctx(f: AF):
    return {
        "app": {
            "name": G(lambda f: "한울가족"),
            "version": G(lambda f: f.pick(["3.1.0", "3.2.4"])),
            "build": G(lambda f: f.pick(["31", "324"])),
            "namespace": G(lambda f: "kr.or.hanul.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "LGE"])),
            "model": G(lambda f: f.pick(["SM-S918N", "iPhone15,4", "SM-F946N"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "locale": G(lambda f: "ko-KR"),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([1080, 1179])), "height": G(lambda f: f.pick([2316, 2556]))},
        "timezone": G(lambda f: "Asia/Seoul"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["SKT", "KT", "LG U+"])),
        },
        "traits": {
            "name": Y(lambda f: f.hangul(), "name"),
            "phone": Y(lambda f: f.phone_kr(), "phone"),
        },
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.2", "2.3.3"],
    "analytics-node": ["2.1.2", "2.2.0"],
    "analytics-go": ["3.3.0", "v3.2.1"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.5.0"],
    "analytics-php": ["3.8.1", "3.7.0"],
    "analytics-csharp": ["2.3.5", "2.4.0"],
}


def server_ctx(lib: str):
    def ctx(f: AF):
        out: dict[str, Any] = {
            "library": {"name": G(lambda f: lib), "version": G(lambda f: f.pick(SERVER_VERSIONS[lib]))}
        }
        if lib in ("analytics-node", "analytics-php"):
            out["ip"] = Y(lambda f: f.pick([f.ipv4, f.ipv4, f.ipv6])(), "ip")
            out["userAgent"] = G(lambda f: f.pick(UAS))
        if lib == "analytics-node":
            out["traits"] = {"email": Y(lambda f: f.mail(), "email")}
        if lib == "analytics-java":
            out["groupId"] = G(lambda f: f.pick(["agency_kr_01", "agency_us_07", "agency_uk_03"]))
        if lib == "analytics-csharp":
            out["timezone"] = G(lambda f: "Europe/London")
        return out

    return ctx


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    **{lib.split("-")[1]: server_ctx(lib) for lib in SERVER_VERSIONS},
}

# -- events -------------------------------------------------------------------------------------

COURSES = [
    ("crs_tpp1", "Therapeutic Parenting 1", "training"),
    ("crs_tpp2", "Therapeutic Parenting 2", "training"),
    ("crs_safe", "Safer Caring Essentials", "training"),
    ("bk_attach", "The Attachment Toolkit (paperback)", "books"),
    ("hs_fee", "Home Study Fee", "fees"),
    ("crs_trauma", "Trauma-Informed Care (online)", "training"),
    ("bk_life", "Life Story Work: A Guide", "books"),
]


def course(f: AF):
    return f.pick(COURSES)


def product(f: AF):
    pid, name, category = course(f)
    return {
        "product_id": G(lambda f: pid),
        "sku": G(lambda f: f"KF-{f.r.randint(100, 999)}-{f.pick(['ON', 'PB', 'LV'])}"),
        "name": G(lambda f: name),
        "category": G(lambda f: category),
        "price": G(lambda f: f.pick([25.0, 49.0, 120.0, 350.0, 1500.0])),
        "quantity": G(lambda f: f.r.randint(1, 2)),
    }


AGENCIES = [
    (
        "agency_us_07",
        "Bright Path Adoption",
        "(614) 555-0140",
        "intake@brightpathadoption.org",
        ("400 N High St", "Columbus", "43215"),
        "OH-PCPA-1187",
        "US",
    ),
    (
        "agency_uk_03",
        "Northdale Fostering",
        "0113 496 0000",
        "fostering@northdale.org.uk",
        ("1 Park Row", "Leeds", "LS1 5AB"),
        "URN SC045213",
        "UK",
    ),
    (
        "agency_kr_01",
        "한울입양센터",
        "02-3153-0000",
        "info@hanul-adoption.or.kr",
        ("마포대로 20", "서울", "04167"),
        "마포-입양-2009-03",
        "KR",
    ),
    (
        "agency_us_12",
        "Cascade Family Connections",
        "(253) 555-0187",
        "hello@cascadefamily.org",
        ("1102 A St", "Tacoma", "98402"),
        "WA-CPA-0457",
        "US",
    ),
]


def agency_traits(agency):
    """A group call's traits: the agency's own name and contacts (a business's: green)."""
    _, name, phone, email, (street, city, postcode), licence, region = agency
    return {
        "agencyName": G(lambda f: name),
        "officePhone": G(lambda f: phone),
        "intakeEmail": G(lambda f: email),
        "officeAddress": {
            "street": G(lambda f: street),
            "city": G(lambda f: city),
            "postalCode": G(lambda f: postcode),
        },
        "stateLicenseNumber": G(lambda f: licence),
        "region": G(lambda f: region),
    }


ONBOARDING = [
    # -- applicant portal (analytics.js) ------------------------------------------------------------
    (
        "track",
        "Info Session Registered",
        "web",
        3,
        {
            "sessionId": G(lambda f: "ses_" + f.hexid(8)),
            "sessionTitle": G(
                lambda f: f.pick(["Fostering teens: info evening", "Adoption 101", "입양 설명회"])
            ),
            "sessionDate": G(lambda f: f.iso()),
            "venue": {
                "name": G(
                    lambda f: f.pick(
                        [
                            "Harehills Family Centre",
                            "Dayton Public Library",
                            "한울센터 3층",
                            "Tacoma Community House",
                        ]
                    )
                ),
                "address": G(
                    lambda f: f.pick(
                        [
                            "12 Roundhay Rd, Leeds LS7 1AB",
                            "215 E 3rd St, Dayton, OH",
                            "1311 S M St, Tacoma, WA 98405",
                        ]
                    )
                ),
                "phone": G(lambda f: f.pick(["0113 378 0000", "(937) 463-2665", "(253) 383-3951"])),
            },
            "attendeeFirstName": Y(lambda f: f.given(), "name"),
            "attendeeLastName": Y(lambda f: f.family(), "name"),
            "attendeeEmail": Y(lambda f: f.mail(), "email"),
            "attendeePhone": Y(lambda f: f.phone_any(), "phone"),
            "partnerAttending": G(lambda f: f.pick([True, False])),
            "interestedIn": Many(G(lambda f: f.pick(["fostering", "adoption", "kinship", "respite"])), 2),
        },
    ),
    (
        "identify",
        None,
        "web",
        3,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "birthday": Y(lambda f: f.dob_adult(), "birthdate"),
            "address": {
                "street": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "state": G(lambda f: f.pick(["OH", "WA", "West Yorkshire", "경기도", "NM"])),
                "postalCode": Y(lambda f: f.postcode_any(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB", "KR"])),
            },
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary"]), "gender"),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "civil_partnership", "cohabiting"])),
            "applicantType": G(lambda f: f.pick(["foster", "adopt", "both"])),
            "preferredLanguage": G(lambda f: f.pick(["en", "ko", "es", "pl"])),
            "createdAt": G(lambda f: f.iso()),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "householdSize": G(lambda f: f.r.randint(1, 7)),
        },
    ),
    (
        "track",
        "Application Section Completed",
        "web",
        4,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "section": G(
                lambda f: f.pick(["household", "health", "finances", "references", "religion_culture"])
            ),
            "durationSec": G(lambda f: f.r.randint(40, 2400)),
            "fieldsCompleted": G(lambda f: f.r.randint(3, 40)),
            "nameChangeCount": G(lambda f: f.r.randint(0, 2)),
            "addressHistoryYears": G(lambda f: f.r.randint(1, 10)),
        },
    ),
    (
        "track",
        "Household Member Added",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "member": {
                "firstName": Y(lambda f: f.given(), "name"),
                "lastName": Y(lambda f: f.family(), "name"),
                "relationship": G(lambda f: f.pick(["spouse", "partner", "adult_child", "parent", "lodger"])),
                "dateOfBirth": Y(lambda f: f.dob_adult(), "birthdate"),
                "age": G(lambda f: f.r.randint(18, 82)),
                "occupation": G(lambda f: f.pick(["teacher", "nurse", "HGV driver", "retired", "student"])),
                "employer": G(
                    lambda f: f.pick(["NHS Leeds", "Kroger", "Samsung Electronics", "self-employed"])
                ),
                "email": Y(lambda f: f.mail(), "email"),
                "livesInHome": G(lambda f: f.pick([True, False])),
            },
            "pets": Many(
                {
                    "name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Rex", "Pepper", "보리"])),
                    "species": G(lambda f: f.pick(["dog", "cat", "rabbit"])),
                    "vaccinated": G(lambda f: f.pick([True, False])),
                },
                2,
            ),
            "bedrooms": G(lambda f: f.r.randint(2, 5)),
        },
    ),
    (
        "track",
        "Child In Household Added",
        "web",
        2,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "childFirstName": Y(lambda f: f.given(), "name"),
            "yearOfBirth": Y(lambda f: f.r.randint(2006, 2023), "birthdate"),
            "relationship": G(lambda f: f.pick(["birth_child", "stepchild", "adopted_child", "grandchild"])),
            "schoolName": G(lambda f: f.pick(["Roundhay School", "Fairview Elementary", "서울신학초등학교"])),
            "sharesBedroom": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Health Declaration Submitted",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "hasLongTermCondition": Y(lambda f: f.pick([True, False]), "condition"),
            "conditions": Many(
                Y(
                    lambda f: f.pick(["type 1 diabetes", "asthma", "hypertension", "depression", "crohn's"]),
                    "condition",
                ),
                2,
            ),
            "currentMedications": Many(
                Y(lambda f: f.pick(["sertraline", "metformin", "salbutamol", "levothyroxine"]), "medication"),
                2,
            ),
            "mentalHealthHistory": Y(lambda f: f.pick([True, False]), "condition"),
            "registeredDisabled": RED(lambda f: f.pick([True, False]), "disability"),
            "smoker": Y(lambda f: f.pick(["never", "ex", "current", "vapes"]), "condition"),
            "gpPracticeName": G(
                lambda f: f.pick(
                    ["Chapeltown Family Surgery", "Oakwood Medical Centre", "Bridge Street Practice"]
                )
            ),
            "gpPracticePhone": G(lambda f: f.pick(["0113 295 1234", "01603 270 555", "01792 456 789"])),
            "nhsNumber": RED(lambda f: f.nhs_number(), "health id"),
            "medicalConsentOnFile": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Background Check Consent Given",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "checkTypes": Many(
                G(lambda f: f.pick(["fbi_fingerprint", "state_cani", "sex_offender_registry"])), 3
            ),
            "ssnLast4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "ssnProvided": G(lambda f: True),
            "driversLicenseNumber": Y(lambda f: f.us_dl(), "license"),
            "driversLicenseState": G(lambda f: f.pick(["OH", "WA", "NM", "CA"])),
            "previousAddresses": Many(
                {
                    "street": Y(lambda f: f.us_street(), "address|street"),
                    "city": Y(lambda f: f.pick(US_CITIES)[0], "city"),
                    "state": G(lambda f: f.pick(US_CITIES)[1]),
                    "zip": Y(lambda f: f.us_zip(), "zipcode"),
                    "yearsAtAddress": G(lambda f: f.r.randint(1, 12)),
                },
                3,
            ),
            "otherNamesUsed": Many(Y(lambda f: f.family(), "name"), 2),
        },
    ),
    (
        "track",
        "Income Details Submitted",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "employmentStatus": G(lambda f: f.pick(["employed", "self_employed", "retired", "homemaker"])),
            "annualIncome": Y(lambda f: f.r.randint(18000, 180000), "salary"),
            "partnerAnnualIncome": Y(lambda f: f.r.randint(12000, 140000), "salary"),
            "incomeCurrency": G(lambda f: f.pick(["USD", "GBP", "KRW"])),
            "receivesBenefits": G(lambda f: f.pick([True, False])),
            "creditScore": Y(lambda f: f.r.randint(540, 840), "credit score"),
            "employerName": G(
                lambda f: f.pick(["Cleveland Clinic", "Leeds City Council", "Hyundai Motor", "Amazon"])
            ),
            "jobTitle": G(lambda f: f.pick(["Registered Nurse", "Teaching Assistant", "Software Engineer"])),
            "bankName": G(lambda f: f.pick(["Chase", "Barclays", "KB국민은행", "Wells Fargo"])),
        },
    ),
    (
        "track",
        "Religion And Culture Completed",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "religion": Y(
                lambda f: f.pick(
                    ["Christian - Baptist", "Muslim", "Catholic", "Buddhist", "Sikh", "none", "Jewish"]
                ),
                "religion",
            ),
            "placeOfWorship": G(
                lambda f: f.pick(["St Aidan's Church", "Leeds Grand Mosque", "조계사", "none"])
            ),
            "willingToSupportChildsFaith": G(lambda f: f.pick([True, False])),
            "ethnicity": Y(
                lambda f: f.pick(
                    ["White British", "Black Caribbean", "Korean", "Mixed White/Asian", "Hispanic"]
                ),
                "ethnicity",
            ),
            "languagesSpoken": Many(
                G(lambda f: f.pick(["English", "Korean", "Spanish", "Urdu", "Polish"])), 3
            ),
            "religionDeclared": G(lambda f: f.pick([True, False])),
            "ethnicityMatchImportant": G(lambda f: f.pick([True, False])),
            "sexualOrientation": Y(
                lambda f: f.pick(["heterosexual", "gay", "lesbian", "bisexual"]), "sexual orientation"
            ),
        },
    ),
    (
        "track",
        "Reference Submitted",
        "web",
        3,
        {
            "applicationId": G(lambda f: "app_" + f.hexid(12)),
            "refereeName": Y(lambda f: f.name(), "name"),
            "refereeRelationship": G(lambda f: f.pick(["friend", "employer", "pastor", "neighbour"])),
            "refereeEmail": Y(lambda f: f.mail(), "email"),
            "refereePhone": Y(lambda f: f.phone_any(), "phone"),
            "yearsKnown": G(lambda f: f.r.randint(2, 30)),
            "isFamilyMember": G(lambda f: False),
        },
    ),
    (
        "track",
        "Enquiry Form Submitted",
        "web",
        3,
        {
            "formId": G(lambda f: f.pick(["enq_main", "enq_teens", "enq_kr"])),
            "enquiryType": G(lambda f: f.pick(["fostering", "adoption", "birth_records"])),
            "firstName": Y(lambda f: f.given(), "name"),
            "email": Y(lambda f: f.mail(), "email"),
            "postcode": Y(lambda f: f.postcode_any(), "zipcode"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "naver"])),
            "landingPage": G(lambda f: f.pick(["/foster", "/adopt", "/"])),
            "marketingConsent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Verification Started",
        "web",
        2,
        {
            "input": Y(lambda f: f.phone_any(), "phone", True),
            "country": G(lambda f: f.pick(["US", "GB", "KR"])),
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "node",
        2,
        {
            "channel": G(lambda f: f.pick(["sms", "email"])),
            "code": RED(lambda f: f.otp(), "token"),
            "destination": Y(lambda f: f.phone_any(), "phone", True),
            "expiresInSec": G(lambda f: 600),
            "templateId": G(lambda f: f.pick(["otp_v2", "otp_kr"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "node",
        2,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "token": RED(lambda f: f.hexid(48), "token"),
            "redirectPath": G(lambda f: f.pick(["/apply", "/support", "/dashboard"])),
            "expiresAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Signed In",
        "web",
        4,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "google"])),
            "mfaType": G(lambda f: f.pick(["none", "sms", "totp"])),
            "success": G(lambda f: f.pick([True, True, False])),
            "failedAttempts": G(lambda f: f.r.randint(0, 4)),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Contact Detail Updated",
        "web",
        2,
        {
            "field": G(lambda f: f.pick(["email", "secondary_email"])),
            "value": Y(lambda f: f.mail(), "email", True),
            "previousValueVerified": G(lambda f: f.pick([True, False])),
            "source": G(lambda f: "profile_page"),
        },
    ),
    (
        "track",
        "Contact Preferences Updated",
        "web",
        2,
        {
            "emailOptIn": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "postOptIn": G(lambda f: f.pick([True, False])),
            "preferredChannel": G(lambda f: f.pick(["email", "sms", "phone", "kakao"])),
            "phoneCount": G(lambda f: f.r.randint(1, 3)),
            "quietHours": G(lambda f: f.pick(["21:00-08:00", "none"])),
        },
    ),
    (
        "track",
        "Document Uploaded",
        "web",
        3,
        {
            "documentId": G(lambda f: f.uuid()),
            "documentType": G(
                lambda f: f.pick(["passport", "utility_bill", "payslip", "marriage_certificate"])
            ),
            "fileName": G(
                lambda f: f.pick(["scan0001.pdf", "IMG_4421.HEIC", "document.pdf", "payslip_march.pdf"])
            ),
            "fileSizeKb": G(lambda f: f.r.randint(80, 9000)),
            "sha256": G(lambda f: f.sha256()),
            "hasPassport": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        "web",
        2,
        None,
    ),
    (
        "group",
        None,
        "web",
        2,
        "agency",  # traits made per message from AGENCIES (see build)
    ),
]

COMMERCE = [
    (
        "track",
        "Product Viewed",
        "web",
        3,
        lambda f: {
            **product(f),
            "currency": G(lambda f: f.pick(["USD", "GBP", "KRW"])),
            "url": G(lambda f: "https://www.kinfold.org/shop"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        2,
        {
            "order_id": G(lambda f: "ord_" + f.hexid(10)),
            # the spec's `value` would share properties.value, which holds e-mail addresses elsewhere
            "total": G(lambda f: f.money(20, 1600)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "products": Many(Each(product), 3),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypal"])),
            "payment_method_id": RED(lambda f: f.pm(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "378282"])),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        3,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(10)),
            "invoice_number": G(lambda f: "INV-" + f.digits(6)),
            "total": G(lambda f: f.money(20, 1600)),
            "currency": G(lambda f: f.pick(["USD", "GBP"])),
            "products": Many(Each(product), 3),
            "billing_address": {
                "name": Y(lambda f: f.name(), "name"),
                "line1": Y(lambda f: f.street_any(), "address|street"),
                "city": Y(lambda f: f.city_any(), "city"),
                "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                "country": G(lambda f: f.pick(["US", "GB"])),
            },
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "payment_method": G(lambda f: f.pick(["card", "paypal"])),
        },
    ),
    (
        "track",
        "Donation Completed",
        "web",
        2,
        {
            "donationId": G(lambda f: "don_" + f.hexid(10)),
            "amount": G(lambda f: f.pick([10, 25, 50, 100, 250])),
            "currency": G(lambda f: f.pick(["USD", "GBP", "KRW"])),
            "recurring": G(lambda f: f.pick([True, False])),
            "inHonorOf": Y(lambda f: f.name(), "name"),
            "employerMatch": G(lambda f: f.pick(["Microsoft", "none", "Deloitte"])),
            "giftAidEligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Training Module Completed",
        "rn",
        3,
        {
            "courseId": G(lambda f: course(f)[0]),
            "courseName": G(lambda f: course(f)[1]),
            "score": G(lambda f: f.r.randint(50, 100)),
            "passed": G(lambda f: f.pick([True, False])),
            "certificateId": G(lambda f: "cert_" + f.hexid(10)),
            "disabilityAwarenessModule": G(lambda f: f.pick([True, False])),
        },
    ),
]

CASEWORK = [
    # -- social workers' field app (analytics-kotlin) -------------------------------------------------
    (
        "screen",
        None,
        "kotlin",
        4,
        {
            "name": G(
                lambda f: f.pick(["Caseload", "Case Overview", "Visit Notes", "Chronology", "Contacts"])
            ),
            "caseId": G(lambda f: "C-" + f.digits(7)),
        },
    ),
    (
        "track",
        "Visit Started",
        "kotlin",
        3,
        {
            "visitId": G(lambda f: f.uuid()),
            "caseId": G(lambda f: "C-" + f.digits(7)),
            "visitType": G(lambda f: f.pick(["statutory", "unannounced", "placement_review", "home_study"])),
            "placementId": G(lambda f: "pl_" + f.digits(6)),
            "startedAt": G(lambda f: f.iso()),
            "gps": {
                "lat": Y(lambda f: round(f.r.uniform(33.5, 54.0), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(-118.0, -0.1), 6), "geolocation"),
            },
        },
    ),
    (
        "track",
        "Visit Note Saved",
        "kotlin",
        3,
        {
            "visitId": G(lambda f: f.uuid()),
            "caseId": G(lambda f: "C-" + f.digits(7)),
            "noteId": G(lambda f: f.digits(9)),
            "note": Y(visit_note, "name", True),
            "wordCount": G(lambda f: f.r.randint(20, 600)),
            "childSeenAlone": G(lambda f: f.pick([True, False])),
            "concernsRaised": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Case Searched",
        "kotlin",
        3,
        {
            "q": Y(lambda f: f.pick([f.name, f.given, f.family])(), "name", True),
            "resultsCount": G(lambda f: f.r.randint(0, 25)),
            "filters": {
                "status": G(lambda f: f.pick(["open", "closed", "all"])),
            },
        },
    ),
    (
        "track",
        "Safeguarding Concern Logged",
        "kotlin",
        2,
        {
            "concernId": G(lambda f: f.uuid()),
            "caseId": G(lambda f: "C-" + f.digits(7)),
            "severity": G(lambda f: f.pick(["low", "medium", "high"])),
            "referredToLado": G(lambda f: f.pick([True, False])),
            "description": Y(safeguarding_description, "name", True),
            "managerNotified": G(lambda f: True),
        },
    ),
    (
        "track",
        "Contact Session Recorded",
        "kotlin",
        3,
        {
            "sessionId": G(lambda f: f.uuid()),
            "arrangementId": G(lambda f: "ca_" + f.digits(5)),
            "attended": G(lambda f: f.pick([True, False])),
            "supervisorName": Y(lambda f: f.name(), "name"),
            "observations": Y(observations, "name", True),
            "cancellationReason": G(
                lambda f: f.pick(
                    ["", "Transport fell through", "Venue unavailable", "School trip", "Parent late"]
                )
            ),
            "venue": G(
                lambda f: f.pick(
                    ["Harehills Family Centre", "McDonald's Kirkstall", "Tacoma Family Visit Room"]
                )
            ),
        },
    ),
    (
        "track",
        "Developmental Screening Completed",
        "kotlin",
        2,
        {
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "tool": G(lambda f: f.pick(["SDQ", "ASQ-3", "ASQ:SE-2"])),
            "ageAtScreeningMonths": G(lambda f: f.r.randint(6, 200)),
            "sdqTotalScore": Y(lambda f: f.r.randint(0, 40), "condition"),
            "referralToCamhs": Y(lambda f: f.pick([True, False]), "condition"),
            "screenedBy": Y(lambda f: f.name(), "name"),
        },
    ),
    # -- children's case records (server) -----------------------------------------------------------
    (
        "track",
        "Child Record Created",
        "java",
        3,
        {
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "caseNumber": G(lambda f: f.pick(["OH-", "WA-"]) + f.digits(8)),
            "legalFirstName": Y(lambda f: f.given(), "name"),
            "legalLastName": Y(lambda f: f.family(), "name"),
            "preferredName": Y(lambda f: f.given(), "name"),
            "dateOfBirth": Y(lambda f: f.dob_child(), "birthdate"),
            "sexAtBirth": Y(lambda f: f.pick(["F", "M"]), "sex"),
            "genderIdentity": Y(lambda f: f.pick(["girl", "boy", "non-binary", "questioning"]), "gender"),
            "placeOfBirth": Y(lambda f: f.pick(US_CITIES)[0], "city"),
            "birthHospital": G(
                lambda f: f.pick(["Miami Valley Hospital", "St. Joseph Medical Center", "UNM Hospital"])
            ),
            "race": Many(Y(lambda f: f.pick(["Black", "White", "Asian", "American Indian"]), "race"), 2),
            "hispanicOrigin": Y(lambda f: f.pick([True, False]), "ethnicity"),
            "primaryLanguage": G(lambda f: f.pick(["English", "Spanish", "Somali"])),
            "medicaidId": RED(lambda f: f.digits(9) + f.pick("ABCDE"), "health id"),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
            "legalStatus": G(lambda f: f.pick(["temporary_custody", "permanent_custody", "tpr_complete"])),
            "removalDate": G(lambda f: f.day(2019, 2024)),
        },
    ),
    (
        "track",
        "Health Assessment Recorded",
        "java",
        3,
        {
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "assessmentType": G(lambda f: f.pick(["initial", "review", "dental"])),
            "diagnoses": Many(
                Y(
                    lambda f: f.pick(["ADHD", "FASD", "PTSD", "global developmental delay", "eczema"]),
                    "diagnosis",
                ),
                3,
            ),
            "allergies": Many(Y(lambda f: f.pick(["peanuts", "penicillin", "latex", "eggs"]), "allergy"), 2),
            "medications": Many(
                {
                    "name": Y(
                        lambda f: f.pick(["methylphenidate", "melatonin", "cetirizine", "risperidone"]),
                        "medication",
                    ),
                    "doseMg": G(lambda f: f.pick([0.5, 2, 5, 10, 18, 36])),
                    "rxNumber": Y(lambda f: "RX" + f.digits(7), "medication"),
                },
                2,
            ),
            "immunisationsUpToDate": Y(lambda f: f.pick([True, False]), "condition"),
            "developmentalConcerns": Y(lambda f: f.pick([True, False]), "condition"),
            "mrn": RED(lambda f: "MRN" + f.digits(8), "health id"),
            "assessedBy": Y(lambda f: "Dr " + f.name(), "name"),
            "nextReviewDue": G(lambda f: f.day(2024, 2026)),
        },
    ),
    (
        "track",
        "School Record Updated",
        "ruby",
        3,
        {
            "child_id": G(lambda f: "ch_" + f.hexid(10)),
            "school_name": G(
                lambda f: f.pick(["Roundhay School", "Bramley Park Academy", "Fairview Elementary"])
            ),
            "school_urn": G(lambda f: f.digits(6)),
            "year_group": G(lambda f: f.pick(["Reception", "Year 3", "Year 7", "Year 10", "Grade 5"])),
            "upn": RED(lambda f: f.upn(), "national id"),
            "send_status": RED(lambda f: f.pick(["none", "sen_support", "ehcp"]), "disability"),
            "attendance_pct": G(lambda f: f.money(60, 100)),
            "designated_teacher_name": Y(lambda f: f.name(), "name"),
            "designated_teacher_email": Y(lambda f: f.staff_mail(), "email"),
            "pupil_premium_plus": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contact Arrangement Updated",
        "python",
        3,
        {
            "child_id": G(lambda f: "ch_" + f.hexid(10)),
            "arrangement_id": G(lambda f: "ca_" + f.digits(5)),
            "contact_type": G(lambda f: f.pick(["direct", "letterbox", "video", "phone"])),
            "frequency": G(lambda f: f.pick(["weekly", "monthly", "twice_yearly", "annual"])),
            "supervised": G(lambda f: f.pick([True, False])),
            "birth_relative": {
                "name": Y(lambda f: f.name(), "name"),
                "relationship": G(
                    lambda f: f.pick(["birth_mother", "birth_father", "maternal_grandmother", "sibling"])
                ),
                "phone": Y(lambda f: f.phone_any(), "phone"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "letterbox_reference": G(lambda f: "LB" + f.digits(5)),
            "next_contact_date": G(lambda f: f.day(2024, 2025)),
        },
    ),
    (
        "track",
        "Sibling Link Added",
        "python",
        2,
        {
            "child_id": G(lambda f: "ch_" + f.hexid(10)),
            "sibling_child_id": G(lambda f: "ch_" + f.hexid(10)),
            "sibling_name": Y(lambda f: f.name(), "name"),
            "sibling_dob": Y(lambda f: f.dob_child(), "birthdate"),
            "placed_together": G(lambda f: f.pick([True, False])),
            "sibling_in_care": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Referral Received",
        "python",
        2,
        {
            "referral_id": G(lambda f: f.uuid()),
            "referral_channel": G(
                lambda f: f.pick(["police", "school", "health_visitor", "hospital", "self"])
            ),
            "priority": G(lambda f: f.pick(["p1", "p2", "p3"])),
            "referrer_name": Y(lambda f: f.name(), "name"),
            "referrer_org": G(
                lambda f: f.pick(
                    ["West Yorkshire Police", "Dayton Public Schools", "Leeds Teaching Hospitals"]
                )
            ),
            "referrer_phone": Y(lambda f: f.phone_any(), "phone"),
            "child": {
                "first_name": Y(lambda f: f.given(), "name"),
                "last_name": Y(lambda f: f.family(), "name"),
                "dob": Y(lambda f: f.dob_child(), "birthdate"),
                "gender": Y(lambda f: f.pick(["female", "male", "not known"]), "gender"),
                "address": Y(lambda f: f.full_address(), "address"),
            },
            "parent_names": Many(Y(lambda f: f.name(), "name"), 2),
            "received_at": G(lambda f: f.iso()),
        },
    ),
    # -- matching and placement ----------------------------------------------------------------
    (
        "track",
        "Match Proposed",
        "go",
        3,
        {
            "match_id": G(lambda f: f.uuid()),
            "child_id": G(lambda f: "ch_" + f.hexid(10)),
            "family_id": G(lambda f: "hh_" + f.hexid(10)),
            "match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 3)),
            "proposed_by": Y(lambda f: f.name(), "name"),
            "child_age_years": G(lambda f: f.r.randint(0, 17)),
            "child_ethnicity": Y(
                lambda f: f.pick(["Black African", "White British", "Korean", "Mixed"]), "ethnicity"
            ),
            "family_religion": Y(lambda f: f.pick(["Christian", "Muslim", "Buddhist", "none"]), "religion"),
            "child_needs": Many(
                Y(lambda f: f.pick(["ADHD", "autism", "FASD", "cerebral palsy"]), "diagnosis"), 2
            ),
            "age_band": G(lambda f: f.pick(["0-4", "5-10", "11-15", "16+"])),
        },
    ),
    (
        "track",
        "Placement Started",
        "go",
        3,
        {
            "placement_id": G(lambda f: "pl_" + f.digits(6)),
            "child_id": G(lambda f: "ch_" + f.hexid(10)),
            "household_id": G(lambda f: "hh_" + f.hexid(10)),
            "placement_type": G(
                lambda f: f.pick(["long_term_foster", "short_term", "emergency", "adoptive", "kinship"])
            ),
            "start_date": G(lambda f: f.day()),
            "previous_placements": G(lambda f: f.r.randint(0, 9)),
            "distance_from_birth_family_miles": G(lambda f: f.r.randint(1, 140)),
            "carer_name": Y(lambda f: f.name(), "name"),
            "carer_postcode": Y(lambda f: f.postcode_any(), "zipcode"),
            "siblings_placed_together": G(lambda f: f.pick([True, False])),
            "local_authority": G(lambda f: f.pick(["Leeds", "Kent", "Franklin County", "Pierce County"])),
        },
    ),
    (
        "track",
        "Panel Decision Recorded",
        "python",
        2,
        {
            "panel_id": G(lambda f: "pan_" + f.digits(5)),
            "match_id": G(lambda f: f.uuid()),
            "decision": G(lambda f: f.pick(["recommended", "deferred", "not_recommended"])),
            "panel_date": G(lambda f: f.day()),
            "chair_name": Y(lambda f: f.name(), "name"),
            "votes_for": G(lambda f: f.r.randint(3, 9)),
        },
    ),
    (
        "track",
        "Immigration Case Updated",
        "node",
        2,
        {
            "caseId": G(lambda f: "ic_" + f.digits(6)),
            "visaCategory": RED(lambda f: f.pick(["IR-3", "IR-4", "IH-3", "IH-4"]), "visa"),
            "childPassportNumber": RED(lambda f: "M" + f.digits(8), "passport"),
            "alienRegistrationNumber": RED(lambda f: f"A{f.digits(9)}", "national id"),
            "nationalityAtBirth": Y(
                lambda f: f.pick(["South Korean", "Colombian", "Ugandan", "Indian"]), "citizenship"
            ),
            "citizenshipCertificateFiled": G(lambda f: f.pick([True, False])),
            "stage": G(lambda f: f.pick(["i600_filed", "visa_issued", "arrived", "finalised"])),
        },
    ),
    # -- carers' app (react-native) -----------------------------------------------------------------
    (
        "screen",
        None,
        "rn",
        4,
        {
            "name": G(lambda f: f.pick(["Home", "Daily Log", "Allowances", "Training", "Messages"])),
            "tab": G(lambda f: f.pick(["home", "log", "money", "learn"])),
        },
    ),
    (
        "track",
        "Daily Log Entry Created",
        "rn",
        3,
        {
            "logId": G(lambda f: f.uuid()),
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "entryText": G(plain_daily_log),
            "schoolAttended": G(lambda f: f.pick([True, False])),
            "incidentReported": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Medication Administered",
        "rn",
        3,
        {
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "medicationName": Y(
                lambda f: f.pick(["melatonin", "methylphenidate", "sertraline", "Calpol"]), "medication"
            ),
            "doseMg": G(lambda f: f.pick([2, 5, 10, 18, 250])),
            "administeredAt": G(lambda f: f.iso()),
            "administeredBy": Y(lambda f: f.name(), "name"),
            "refused": G(lambda f: f.pick([True, False])),
            "prn": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Allowance Claim Submitted",
        "rn",
        3,
        {
            "claimId": G(lambda f: "CLM-" + f.digits(7)),
            "claimType": G(lambda f: f.pick(["mileage", "birthday", "holiday", "school_uniform"])),
            "amount": G(lambda f: f.money(5, 400)),
            "vehicleRegistration": Y(lambda f: f.plate(), "license"),
            "receiptPhotoUrl": G(lambda f: "https://files.kinfold.org/receipts/" + f.hexid(16) + ".jpg"),
        },
    ),
    (
        "track",
        "Vehicle Added",
        "rn",
        2,
        {
            "vehicleMake": G(lambda f: f.pick(["Ford", "Hyundai", "Vauxhall", "Toyota"])),
            "vehicleModel": G(lambda f: f.pick(["Galaxy", "Tucson", "Zafira", "Sienna"])),
            "registration": Y(lambda f: f.plate(), "license"),
            "vin": Y(lambda f: f.vin(), "serial"),
            "insurer": G(lambda f: f.pick(["Aviva", "State Farm", "Direct Line", "삼성화재"])),
            "insurancePolicyNumber": Y(lambda f: f.pick(["POL", "AV", "SF"]) + f.digits(9), "identification"),
            "businessUseCovered": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Emergency Contact Selected",
        "rn",
        2,
        {
            "label": Y(lambda f: f.name(), "name", True),
            "contactId": G(lambda f: f.digits(4)),
            "source": G(lambda f: f.pick(["phonebook", "manual"])),
            "isPrimary": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Life Story Photo Added",
        "rn",
        2,
        {
            "bookId": G(lambda f: "lsb_" + f.hexid(8)),
            "childId": G(lambda f: "ch_" + f.hexid(10)),
            "photoUrl": Y(lambda f: "https://files.kinfold.org/lifestory/" + f.hexid(20) + ".jpg", "photo"),
            "caption": Y(caption, "name", True),
            "takenAt": G(lambda f: f.day(2010, 2024)),
            "fromBirthFamily": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        "rn",
        3,
        {
            "email": Y(lambda f: f.mail(), "email"),
            "firstName": Y(lambda f: f.given(), "name"),
            "lastName": Y(lambda f: f.family(), "name"),
            "phone": Y(lambda f: f.phone_any(), "phone"),
            "approvalDate": G(lambda f: f.day(2015, 2024)),
            "carerType": G(lambda f: f.pick(["mainstream", "kinship", "specialist", "respite"])),
            "placementsCount": G(lambda f: f.r.randint(0, 40)),
            "fosterHomeLicenseNumber": Y(lambda f: f.pick(["FH", "WA-FH-"]) + f.digits(7), "license"),
        },
    ),
    # -- carers' iOS app (analytics-swift) ------------------------------------------------------------
    (
        "screen",
        None,
        "swift",
        3,
        {"name": G(lambda f: f.pick(["Dashboard", "My Child", "Calendar", "Support"]))},
    ),
    (
        "track",
        "Application Opened",
        "swift",
        3,
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "version": G(lambda f: f.pick(["4.2.0", "4.3.1", "4.4.0"])),
            "build": G(lambda f: f.pick(["420", "431", "440"])),
            "url": G(lambda f: f.pick(["", "kinfold://calendar", "kinfold://support/request"])),
        },
    ),
    (
        "track",
        "Respite Requested",
        "swift",
        2,
        {
            "requestId": G(lambda f: f.uuid()),
            "fromDate": G(lambda f: f.day(2024, 2025)),
            "nights": G(lambda f: f.r.randint(1, 7)),
            "reason": G(
                lambda f: f.pick(["family_wedding", "carer_break", "hospital_appointment", "holiday"])
            ),
            "childCount": G(lambda f: f.r.randint(1, 3)),
            "preferredRespiteCarer": Y(lambda f: f.name(), "name"),
        },
    ),
    # -- post-adoption support -----------------------------------------------------------------------
    (
        "track",
        "Support Request Submitted",
        "web",
        3,
        {
            "requestId": G(lambda f: "sr_" + f.digits(6)),
            "supportType": G(
                lambda f: f.pick(["therapeutic_parenting", "life_story_work", "education", "financial"])
            ),
            "urgency": G(lambda f: f.pick(["routine", "soon", "urgent"])),
            "message": Y(support_message_with_phone, "phone", True),
            "preferredContactMethod": G(lambda f: f.pick(["phone", "email", "text"])),
            "childAgeBand": G(lambda f: f.pick(["0-4", "5-10", "11-15", "16+"])),
            "adoptionOrderYear": G(lambda f: f.r.randint(2005, 2023)),
        },
    ),
    (
        "track",
        "Conversation Started",
        "web",
        2,
        {
            "conversationId": G(lambda f: f.digits(12)),
            "channel": G(lambda f: f.pick(["messenger", "email"])),
            "subject": G(lambda f: f.pick(["Login problem", "Account", "Info pack", "Duplicate account"])),
            "first_message": Y(chat_with_email, "email", True),
            "assigneeTeam": G(lambda f: f.pick(["support", "intake"])),
        },
    ),
    (
        "track",
        "Birth Records Search Submitted",
        "web",
        3,
        {
            "searchId": G(lambda f: f.uuid()),
            "adopteeBirthName": Y(lambda f: f.pick([f.name, f.name_kr_any])(), "name"),
            "adopteeCurrentName": Y(lambda f: f.name(), "name"),
            "dateOfBirth": Y(lambda f: f.date(1955, 2004), "birthdate"),
            "birthCountry": G(
                lambda f: f.pick(["South Korea", "United States", "United Kingdom", "Guatemala"])
            ),
            "birthCity": Y(lambda f: f.pick(["Busan", "Seoul", "Daegu", "Dayton", "Glasgow"]), "city"),
            "agencyOfRecord": G(
                lambda f: f.pick(
                    ["Holt Children's Services", "Eastern Social Welfare Society", "Korea Social Service"]
                )
            ),
            "adoptionYear": G(lambda f: f.r.randint(1958, 2008)),
            "birthMotherName": Y(lambda f: f.pick([f.name, f.hangul])(), "name"),
            "dnaTestProvider": G(lambda f: f.pick(["23andMe", "AncestryDNA", "none"])),
            "consentToContact": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "page",
        None,
        "web",
        6,
        lambda f: {
            "name": G(lambda f: f.page[1].split(" | ")[0]),
            "path": G(lambda f: f.page[0]),
            "url": G(lambda f: f.page[2] + f.page[0] + f.page[3]),
            "title": G(lambda f: f.page[1]),
            "referrer": G(lambda f: f.page[4]),
            "search": G(lambda f: f.page[3]),
        },
    ),
]

UK_DOTNET = [
    # -- a UK council's case system (.NET, PascalCase) -------------------------------------------------
    (
        "track",
        "DBS Check Submitted",
        "csharp",
        3,
        {
            "ApplicationRef": G(lambda f: "FOS-" + f.digits(6)),
            "DbsCertificateNumber": Y(lambda f: "00" + f.digits(10), "certificate"),
            "DbsLevel": G(lambda f: f.pick(["Enhanced", "Enhanced with Barred Lists"])),
            "ApplicantFullName": Y(lambda f: f.name(), "name"),
            "NiNumber": RED(lambda f: f.ni_number(), "national id"),
            "DateOfBirth": Y(lambda f: f.dob_adult(), "birthdate"),
            "CurrentPostcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "DrivingLicenceNumber": Y(lambda f: f.uk_dl(), "license"),
            "UpdateServiceSubscribed": G(lambda f: f.pick([True, False])),
            "Outcome": Y(
                lambda f: f.pick(["No information disclosed", "Information disclosed"]), "criminal record"
            ),
            "SubmittedUtc": G(lambda f: f.iso()),
            "CheckedBy": Y(lambda f: f.name(), "name"),
        },
    ),
    (
        "track",
        "Placement Agreement Signed",
        "csharp",
        2,
        {
            "PlacementId": G(lambda f: "pl_" + f.digits(6)),
            "ChildId": G(lambda f: "ch_" + f.hexid(10)),
            "SignedByCarer": Y(lambda f: f.name(), "name"),
            "SignedBySocialWorker": Y(lambda f: f.name(), "name"),
            "SignedUtc": G(lambda f: f.iso()),
            "DelegatedAuthorityGranted": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Looked After Child Review Held",
        "csharp",
        3,
        {
            "ReviewId": G(lambda f: f.uuid()),
            "ChildId": G(lambda f: "ch_" + f.hexid(10)),
            "IroName": Y(lambda f: f.name(), "name"),
            "ChildParticipated": G(lambda f: f.pick([True, False])),
            "ChildNhsNumber": RED(lambda f: f.nhs_number(), "health id"),
            "NextReviewDue": G(lambda f: f.day(2024, 2026)),
            "ChildAge": G(lambda f: f.r.randint(0, 17)),
        },
    ),
    (
        "track",
        "Adoption Support Fund Application",
        "csharp",
        2,
        {
            "AsfApplicationId": G(lambda f: "ASF" + f.digits(7)),
            "LocalAuthority": G(lambda f: f.pick(["Leeds", "Bradford", "Norfolk", "Swansea"])),
            "TherapyType": Y(lambda f: f.pick(["Theraplay", "DDP", "Play therapy", "EMDR"]), "procedure"),
            "AmountRequested": G(lambda f: f.pick([2500, 5000, 7500])),
            "ProviderName": G(lambda f: f.pick(["Family Futures", "PAC-UK", "Beacon House"])),
            "ChildDateOfBirth": Y(lambda f: f.dob_child(), "birthdate"),
            "AdopterEmail": Y(lambda f: f.mail(), "email"),
            "SubmittedBy": Y(lambda f: f.name(), "name"),
        },
    ),
    (
        "identify",
        None,
        "csharp",
        2,
        {
            "FirstName": Y(lambda f: f.given(), "name"),
            "Surname": Y(lambda f: f.family(), "name"),
            "EmailAddress": Y(lambda f: f.mail(), "email"),
            "MobileNumber": Y(lambda f: f.phone_uk(), "phone"),
            "Postcode": Y(lambda f: f.uk_postcode(), "zipcode"),
            "CarerNumber": G(lambda f: "FC" + f.digits(5)),
            "ApprovalStatus": G(lambda f: f.pick(["Approved", "Assessment", "Deregistered"])),
            "TeamName": G(lambda f: f.pick(["Fostering East", "Kinship North"])),
        },
    ),
]

US_GO = [
    (
        "track",
        "Carer Payment Issued",
        "go",
        3,
        {
            "payment_id": G(lambda f: f.uuid()),
            "carer_id": G(lambda f: "FC" + f.digits(5)),
            "amount": G(lambda f: f.money(80, 1400)),
            "currency": G(lambda f: "GBP"),
            "payment_method": G(lambda f: "bacs"),
            "sort_code": G(lambda f: f.pick(["20-00-00", "40-47-84", "30-90-89", "60-16-13"])),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_holder": Y(lambda f: f.name(), "name"),
            "allowance_type": G(lambda f: f.pick(["weekly_allowance", "skills_fee", "mileage"])),
        },
    ),
    (
        "track",
        "Foster Care Stipend Paid",
        "go",
        3,
        {
            "payment_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(300, 1200)),
            "currency": G(lambda f: "USD"),
            "payment_method": G(lambda f: "ach"),
            "routing_number": G(
                lambda f: f.pick(["021000021", "011000138", "026009593", "121000248", "071000013"])
            ),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "tax_id_on_file": G(lambda f: f.pick([True, False])),
            "ssn": RED(lambda f: f.ssn(), "social security number"),
        },
    ),
]

VENDORS = [
    (
        "track",
        "SMS Status Updated",
        "node",
        3,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "From": G(lambda f: f.pick(["+16145550140", "+441134960000", "+14155550199"])),
            "To": Y(lambda f: f.e164(), "phone", True),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "SMS Reminder Queued",
        "python",
        2,
        {
            "to": Y(lambda f: f.phone_any(), "phone", True),
            "text": Y(sms_body, "name", True),
            "template_id": G(lambda f: f.pick(["home_study_reminder", "training_reminder", "panel_moved"])),
            "send_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Typeform Response Received",
        "node",
        3,
        {
            "event_type": G(lambda f: "form_response"),
            "form_response": {
                "form_id": G(lambda f: f.pick(["aZ3kLm9Q", "Qp7TtX2b"])),
                "token": G(lambda f: f.hexid(32)),
                "submitted_at": G(lambda f: f.iso()),
                "answers": Seq(
                    {
                        "field": {"id": G(lambda f: f.hexid(12)), "type": G(lambda f: "short_text")},
                        "type": G(lambda f: "text"),
                        "text": Y(lambda f: f.name(), "name", True),
                    },
                    {
                        "field": {"id": G(lambda f: f.hexid(12)), "type": G(lambda f: "email")},
                        "type": G(lambda f: "email"),
                        "email": Y(lambda f: f.mail(), "email"),
                    },
                    {
                        "field": {"id": G(lambda f: f.hexid(12)), "type": G(lambda f: "phone_number")},
                        "type": G(lambda f: "phone_number"),
                        "phone_number": Y(lambda f: f.e164(), "phone"),
                    },
                    {
                        "field": {"id": G(lambda f: f.hexid(12)), "type": G(lambda f: "multiple_choice")},
                        "type": G(lambda f: "choice"),
                        "choice": {"label": G(lambda f: f.pick(["Fostering", "Adoption", "Not sure yet"]))},
                    },
                    {
                        "field": {"id": G(lambda f: f.hexid(12)), "type": G(lambda f: "yes_no")},
                        "type": G(lambda f: "boolean"),
                        "boolean": G(lambda f: f.pick([True, False])),
                    },
                ),
            },
        },
    ),
    (
        "track",
        "Envelope Completed",
        "node",
        2,
        {
            "envelopeId": G(lambda f: f.uuid()),
            "emailSubject": G(
                lambda f: f.pick(
                    [
                        "Please sign: Placement Agreement",
                        "Please sign: Foster Carer Agreement",
                        "Please sign: Delegated Authority",
                    ]
                )
            ),
            "sender": {
                "userName": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.staff_mail(), "email"),
            },
            "recipients": {
                "signers": Many(
                    {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "status": G(lambda f: "completed"),
                    },
                    3,
                )
            },
            "completedDateTime": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        "php",
        2,
        {
            "id": G(lambda f: "evt_3" + f.hexid(24)),
            "type": G(lambda f: "charge.succeeded"),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3" + f.hexid(24)),
                    "amount": G(lambda f: f.pick([2500, 4900, 12000, 35000])),
                    "currency": G(lambda f: f.pick(["usd", "gbp"])),
                    "payment_method": RED(lambda f: f.pm(), "token"),
                    "billing_details": {
                        "name": Y(lambda f: f.name(), "name"),
                        "email": Y(lambda f: f.mail(), "email"),
                        "phone": Y(lambda f: f.phone_any(), "phone"),
                        "address": {
                            "line1": Y(lambda f: f.street_any(), "address|street"),
                            "city": Y(lambda f: f.city_any(), "city"),
                            "postal_code": Y(lambda f: f.postcode_any(), "zipcode"),
                            "country": G(lambda f: f.pick(["US", "GB"])),
                        },
                    },
                    "receipt_email": Y(lambda f: f.mail(), "email"),
                    "payment_method_details": {
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "country": G(lambda f: f.pick(["US", "GB"])),
                        }
                    },
                }
            },
        },
    ),
    (
        "track",
        "Card Payment Captured",
        "php",
        2,
        {
            "gateway": G(lambda f: f.pick(["authorize_net", "worldpay"])),
            "transaction_id": G(lambda f: f.digits(11)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_holder": Y(lambda f: f.name(), "name"),
            "avs_result": G(lambda f: f.pick(["Y", "N", "A", "Z"])),
            "amount": G(lambda f: f.money(20, 1600)),
        },
    ),
    (
        "track",
        "Invitee Created",
        "ruby",
        2,
        {
            "event_type_name": G(lambda f: f.pick(["Initial home visit", "Adoption consultation (30 min)"])),
            "invitee": {
                "name": Y(lambda f: f.name(), "name"),
                "email": Y(lambda f: f.mail(), "email"),
                "timezone": G(lambda f: f.pick(["America/New_York", "Europe/London", "Asia/Seoul"])),
                "text_reminder_number": Y(lambda f: f.phone_any(), "phone"),
                "cancel_url": G(lambda f: "https://calendly.com/cancellations/" + f.uuid()),
            },
            "scheduled_event": {
                "start_time": G(lambda f: f.iso()),
            },
        },
    ),
    (
        "track",
        "Lead Created",
        "node",
        3,
        {
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {
                "lead_type": G(lambda f: f.pick(["fostering", "adoption"])),
                "value": G(lambda f: f.pick([0, 10, 25])),
            },
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        "php",
        2,
        {
            "form-name": G(lambda f: f.pick(["contact-us", "foster-enquiry"])),
            "your-name": Y(lambda f: f.name(), "name"),
            "your-email": Y(lambda f: f.mail(), "email"),
            "phone-number": Y(lambda f: f.phone_any(), "phone"),
            "preferred-contact-time": G(lambda f: f.pick(["morning", "afternoon", "evening"])),
            "your-message": G(
                lambda f: f.pick(
                    [
                        "I'd like to learn about fostering teenagers.",
                        "Do you accept single applicants?",
                        "We have a spare room and would like an info pack.",
                        "Is there an age limit for adopting?",
                    ]
                )
            ),
            "page-url": G(lambda f: f.pick(SITES) + "/contact"),
            "submitted-at": G(lambda f: f.iso()),
        },
    ),
]

WAREHOUSE = [
    (
        "identify",
        None,
        "python",
        3,
        {
            "FIRST_NAME": Y(lambda f: f.given(), "name"),
            "LAST_NAME": Y(lambda f: f.family(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.mail(), "email"),
            "HOME_PHONE": Y(lambda f: f.phone_us(), "phone"),
            "ZIP_CODE": Y(lambda f: f.us_zip(), "zipcode"),
            "COUNTY": G(lambda f: f.pick(["Franklin", "Pierce", "Montgomery", "Bernalillo"])),
            "HOUSEHOLD_ID": G(lambda f: f.digits(7)),
            "APPROVAL_STATUS": G(lambda f: f.pick(["LICENSED", "PENDING", "CLOSED"])),
            "LICENSED_BEDS": G(lambda f: f.r.randint(1, 6)),
            "LICENSE_NUMBER": Y(lambda f: "FH" + f.digits(7), "license"),
            "LAST_HOME_STUDY_DATE": G(lambda f: f.day(2019, 2024)),
        },
    ),
    (
        "track",
        "Caseload Snapshot",
        "python",
        2,
        {
            "SOCIAL_WORKER_ID": G(lambda f: f.digits(5)),
            "SOCIAL_WORKER_NAME": Y(lambda f: f.name(), "name"),
            "TEAM": G(lambda f: f.pick(["FOSTERING EAST", "ADOPTION HUB", "KINSHIP NORTH"])),
            "OPEN_CASES": G(lambda f: f.r.randint(5, 32)),
            "OVERDUE_VISITS": G(lambda f: f.r.randint(0, 6)),
            "SNAPSHOT_DATE": G(lambda f: f.day()),
        },
    ),
]

KOREAN = [
    (
        "track",
        "입양신청 접수",
        "java",
        3,
        {
            "접수번호": G(lambda f: "KR-" + f.digits(8)),
            "신청인": {
                "성명": Y(lambda f: f.hangul(), "name"),
                "주민등록번호": RED(lambda f: f.rrn(), "national id"),
                "휴대전화": Y(lambda f: f.phone_kr(), "phone"),
                "주소": Y(lambda f: f.kr_address(), "address"),
                "직업": G(lambda f: f.pick(["교사", "회사원", "간호사", "자영업"])),
                "연소득": Y(lambda f: f.r.randint(30, 150) * 1_000_000, "salary"),
                "종교": Y(lambda f: f.pick(["기독교", "천주교", "불교", "무교"]), "religion"),
                "혼인상태": G(lambda f: f.pick(["기혼", "미혼"])),
            },
            "배우자성명": Y(lambda f: f.hangul(), "name"),
            "가구원수": G(lambda f: f.r.randint(2, 6)),
            "상담일자": G(lambda f: f.day()),
            "담당자": Y(lambda f: f.hangul(), "name"),
        },
    ),
    (
        "track",
        "친가족찾기 신청",
        "java",
        3,
        {
            "신청번호": G(lambda f: f.digits(10)),
            "입양인성명": Y(lambda f: f.name(), "name"),
            "한국이름": Y(lambda f: f.hangul(), "name"),
            "생년월일": Y(lambda f: f.date(1960, 2005), "birthdate"),
            "출생지": Y(lambda f: f.pick(KR_CITIES), "city"),
            "입양연도": G(lambda f: f.r.randint(1960, 2010)),
            "입양기관": G(lambda f: f.pick(["홀트아동복지회", "동방사회복지회", "대한사회복지회"])),
            "국적": Y(lambda f: f.pick(["미국", "프랑스", "덴마크", "스웨덴", "네덜란드"]), "citizenship"),
            "이메일": Y(lambda f: f.mail(), "email"),
            "연락처": Y(lambda f: f.pick([f.phone_us, f.phone_kr])(), "phone"),
            "처리상태": G(lambda f: f.pick(["접수", "조회중", "완료"])),
        },
    ),
    (
        "track",
        "위탁양육비 지급",
        "java",
        2,
        {
            "지급번호": G(lambda f: f.digits(9)),
            "은행명": G(lambda f: f.pick(["국민은행", "신한은행", "우리은행", "카카오뱅크"])),
            "계좌번호": RED(
                lambda f: f.pick([f"110-{f.digits(3)}-{f.digits(6)}", f"3333-{f.digits(2)}-{f.digits(7)}"]),
                "bank account",
            ),
            "예금주": Y(lambda f: f.hangul(), "name"),
            "금액": G(lambda f: f.pick([300000, 500000, 650000])),
        },
    ),
    (
        "track",
        "Counseling Session Booked",
        "flutter",
        3,
        {
            "sessionId": G(lambda f: f.uuid()),
            "counselorName": Y(lambda f: f.hangul(), "name"),
            "sessionType": G(lambda f: f.pick(["사후관리", "뿌리찾기", "양육상담"])),
            "startsAt": G(lambda f: f.iso()),
            "상담내용": Y(counseling_kr, "name", True),
            "특이사항": G(lambda f: f.pick(["없음", "통역 필요", "주차 안내 요청", "오후 시간 선호"])),
        },
    ),
    (
        "screen",
        None,
        "flutter",
        3,
        {"name": G(lambda f: f.pick(["홈", "상담예약", "공지사항", "내정보"]))},
    ),
    (
        "identify",
        None,
        "flutter",
        2,
        {
            "name": Y(lambda f: f.hangul(), "name"),
            "phone": Y(lambda f: f.phone_kr(), "phone"),
            "email": Y(lambda f: f.mail(), "email"),
            "생년월일": Y(lambda f: f.dob_adult(), "birthdate"),
            "입양연도": G(lambda f: f.r.randint(2005, 2023)),
            "자녀수": G(lambda f: f.r.randint(1, 4)),
        },
    ),
]

TEMPLATES = ONBOARDING + COMMERCE + CASEWORK + UK_DOTNET + US_GO + VENDORS + WAREHOUSE + KOREAN


def build(seed: int, rounds: int):
    f = AF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(rounds):
        for kind, event, client, weight, template in TEMPLATES:
            for _ in range(weight):
                body = template
                msg: dict[str, Any] = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": "usr_" + f.hexid(12),
                }
                pick_page(f)
                if callable(body):
                    body = body(f)
                if kind == "track":
                    msg["event"] = event
                elif kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                elif kind == "group":
                    agency = f.pick(AGENCIES)
                    msg["groupId"] = agency[0]
                    body = agency_traits(agency)
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                if kind in ("page", "screen"):
                    msg["name"] = msg["properties"]["name"]
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=250, rounds=9)
    write(Path(__file__).parent, "holdout250_", events, labels)
