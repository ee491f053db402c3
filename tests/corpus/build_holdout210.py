"""Writes holdout210: tests/corpus/holdout210_events.jsonl and holdout210_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never scored by its author. Only build.py / fake.py (the helpers)
and build_holdout3.py (for the format) were read.

Domain: "HelperBridge", a domestic-worker agency app in Hong Kong, the UAE and the Philippines.
Employers (HK, Emirati and expat households) and helpers (Filipino, Indonesian, Sri Lankan,
Nepali, Kenyan, Ethiopian) with their profiles, passports, visas and work permits, HKID and
Emirates ID, medical checks, religion and languages; helper search, interviews, offers,
contracts and payslips; placements and home visits; remittances home (beneficiaries, GCash,
bank payouts); FDH insurance and claims; complaints, support tickets and chat moderation.

Clients and conventions: analytics.js (employer portal, with campaign context),
analytics-swift and analytics-kotlin (helper app), analytics-react-native (employer app, with
`context.traits`), analytics-flutter (agency staff app, with `context.location`), and server
libraries python, node (with `context.externalIds`), go, java, ruby, php (with the caller's ip)
and analytics-csharp. identify / track / page / screen / group / alias calls; e-commerce spec
events for the agency's service packages; vendor-shaped payloads (Stripe invoice, Zendesk
ticket, WhatsApp Cloud API, Twilio status callback, SendGrid event, DocuSign envelope, Calendly
invitee, Meta Conversions API user_data, a KYC vendor). Keys are mostly camelCase and snake_case;
about a sixth are PascalCase (.NET insurer, Twilio), kebab-case (legacy PHP form, SendGrid),
SCREAMING_SNAKE (a warehouse sync) or Chinese, Arabic and Tagalog keys (HK, UAE and PH backends).

Labelling rules (the Privacy Portal's default colours). A leaf is PII when its values are
personal data about a natural person: the user, a helper, an employer, a beneficiary, an
emergency contact, a dependant or a staff member. Colours follow the reference's default
matchers (name, email, phone, address, street, city, birthdate, gender, citizenship, religion,
salary, photo, ip, condition, diagnosis, medication, identification, certificate, license,
serial, disability, passport, visa, token ...); types outside the reference are red for
credentials, card numbers, bank accounts, government ids (`national id`) and health ids, yellow
otherwise (`geolocation`, `advertising id`, `trade union`, `credit score`). Green: ids we or a
vendor issue (user, order, contract, claim, invoice, placement, Stripe `pi_` / `in_` / `cus_`
ids, WhatsApp message ids, e-mail Message-IDs), versions, timestamps, hashes of non-PII,
amounts (fees, remittance amounts, premiums), enums, counters and booleans even under
PII-sounding keys, product / insurer / bank / clinic / hospital / agency / pet names, places
that are not the person's (a job's location, a branch or training centre, a flight's
destination), country, state / province / emirate, locale, languages spoken, timezone,
currency, user agents and OS-issued device ids. The product's published policy settles the
contested cases: ages, marital status, job titles and employers, member / claim / frequent-
flyer numbers, a business's own phone and mailboxes (a Twilio `From`, WhatsApp's
`display_phone_number`, support@ / no-reply@) are green; insurance policy and insurer member
numbers (`identification`), prescription numbers (`medication`), salaries, allowances and
wages in lieu (`salary`), credit scores, click ids (gclid, fbclid, fbp, fbc), billing
addresses and trade union membership are yellow; Stripe `pm_` ids, push tokens, one-time codes
and reset links, patient numbers (Hospital Authority, PhilHealth), identity document numbers and
everything about the right to work (visa type, status, number, expiry; work permits; the PH
overseas employment certificate) are red.

Decisions of this corpus where the policy is silent (what a careful privacy owner would flag):
- Search filters and preferences are green even when they name a special category or a
  nationality (an employer filtering by `religion` or `nationality`): they describe no person.
  A person's own nationality is yellow `citizenship`, their religion yellow `religion`.
- Booleans and enums that reveal a person's health are yellow `condition|diagnosis` (fit to
  work, pregnancy test, smoker); those that reveal a disability (a child with special needs,
  an elder's wheelchair) are red `disability`; membership of a union is yellow `trade union`.
- Passport issue / expiry dates and places of issue are document metadata, green like a card's
  expiry; a visa's expiry states how long the person may work and is red `visa`. A passport's
  issuing country is its holder's nationality: yellow `citizenship`. A count of vaccine doses
  is health data (yellow `procedure|condition`).
- A person's home district, town or place of birth is yellow `city` (the person's own place);
  provinces and emirates are green (state level).
- Hashed e-mail / phone sent for ad matching (Meta `em`, `ph`) are labelled as what they hash
  (yellow), since they exist to identify the person; a hashed user id is green.
- A staff member's named work e-mail is yellow; role mailboxes are green.
- value_only is true when the leaf key alone does not say what the value is (`value`, `input`,
  `q`, `label`, `text`, `notes`, `comment`, `number`, `wa_id`, `from`, `To`, `externalIds[].id`).
  Every value of a value_only PII path carries that PII; free text is labelled by what every
  value carries, and the green free-text fields never carry any.
"""

import string
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people and places ------------------------------------------------------------------------------

HELPER_FIRST = {
    "PH": [
        "Maria",
        "Jocelyn",
        "Rowena",
        "Marites",
        "Analyn",
        "Cristina",
        "Lorna",
        "Mary Grace",
        "Rosalie",
        "Joy",
        "Evangeline",
        "Marilou",
        "Jennifer",
        "Lovely",
        "Imelda",
    ],
    "ID": ["Siti", "Dewi", "Sri", "Nur", "Sumiati", "Eka", "Wulan", "Rina", "Yuliana", "Tri"],
    "LK": ["Kumari", "Nirmala", "Chandrika", "Dilani", "Sandya"],
    "NP": ["Sita", "Mina", "Laxmi", "Sarita", "Bishnu"],
    "KE": ["Wanjiru", "Faith", "Akinyi", "Mercy", "Njeri"],
    "ET": ["Tigist", "Aster", "Meseret", "Hiwot", "Selam"],
}
HELPER_LAST = {
    "PH": [
        "Santos",
        "dela Cruz",
        "Bautista",
        "Reyes",
        "Villanueva",
        "Mendoza",
        "Ramos",
        "Aquino",
        "Castillo",
        "Dumalagan",
        "Pascual",
        "Manalo",
        "Tolentino",
        "Macaraeg",
        "Dizon",
    ],
    "ID": ["Rahayu", "Lestari", "Wahyuni", "Aini", "Pratiwi", "Sari", "Susanti", "Handayani", "Kurniawati"],
    "LK": ["Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe"],
    "NP": ["Gurung", "Tamang", "Rai", "Magar", "Shrestha"],
    "KE": ["Kamau", "Achieng", "Wambui", "Otieno", "Mwangi"],
    "ET": ["Alemu", "Bekele", "Tesfaye", "Haile", "Girma"],
}
EMPLOYER_NAMES = [
    "Chan Tai Man",
    "Wong Siu Ming",
    "Lee Ka Yan",
    "Cheung Wing Sze",
    "Lau Chi Keung",
    "Ho Mei Ling",
    "Tsang Hoi Yan",
    "Leung Kwok Wai",
    "Ahmed Al Mansoori",
    "Fatima Al Hashimi",
    "Khalid Al Nuaimi",
    "Mariam Al Suwaidi",
    "Omar Haddad",
    "Layla Nasser",
    "Priya Menon",
    "Rahul Mehta",
    "Sarah Thompson",
    "James O'Connor",
    "Olivia Brown",
    "Hiroshi Tanaka",
    "Sophie Martin",
    "Anna Kowalska",
    "Daniel Kim",
    "Hamza Qureshi",
    "Chloe Ng",
    "Vikram Iyer",
]
STAFF_NAMES = [
    "Grace Lim",
    "Kenneth Yip",
    "Noura Saeed",
    "Mark Anthony Dizon",
    "Janice Kwok",
    "Ruel Santiago",
    "Aisha Rahman",
    "Peter Fung",
]
ZH_NAMES = [
    "陳大文",
    "黃小明",
    "張詠詩",
    "劉志強",
    "何美玲",
    "李家欣",
    "吳振邦",
    "梁淑儀",
    "周子健",
    "林慧珊",
]
AR_NAMES = [
    "أحمد المنصوري",
    "فاطمة الهاشمي",
    "خالد النعيمي",
    "مريم السويدي",
    "سعيد الكعبي",
    "نورة الظاهري",
    "عبدالله الشامسي",
    "هند المزروعي",
]
MAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "yahoo.com.hk",
    "netvigator.com",
    "emirates.net.ae",
    "ymail.com",
]
HK_DISTRICTS = [
    "Sha Tin",
    "Tai Po",
    "Kowloon City",
    "Wan Chai",
    "Central and Western",
    "Eastern",
    "Southern",
    "Yau Tsim Mong",
    "Tsuen Wan",
    "Tuen Mun",
    "Sai Kung",
    "Kwun Tong",
]
HK_BUILDINGS = [
    "Tower 3, Taikoo Shing",
    "Block B, Kornhill",
    "Robinson Heights",
    "Tower 5, City One Shatin",
    "Block 12, Laguna City",
    "Tower 2, Ocean Shores",
    "Block C, Mei Foo Sun Chuen",
    "The Belcher's",
]
HK_STREETS = [
    "Tai Koo Shing Road",
    "Hong On Street",
    "Robinson Road",
    "Ngan Shing Street",
    "Cha Kwo Ling Road",
    "Pui Shing Road",
    "Broadway",
    "Pok Fu Lam Road",
    "Kwong Fuk Road",
]
AE_AREAS = [
    "Al Barsha 2",
    "Jumeirah 1",
    "Arabian Ranches",
    "Dubai Marina",
    "Mirdif",
    "Khalifa City A",
    "Al Reem Island",
    "Al Khan",
    "Jumeirah Village Circle",
]
AE_TOWERS = ["Marina Heights Tower", "Al Sahab 2", "Sky Gardens", "Shams 4", "Al Nada Tower"]
PH_TOWNS = [
    "Cabanatuan City",
    "Tuguegarao City",
    "San Pablo City",
    "Iloilo City",
    "Tarlac City",
    "Dagupan City",
    "Bacolod City",
    "General Santos City",
    "Batangas City",
    "Laoag City",
]
PH_BRGYS = ["San Isidro", "Poblacion", "Santo Niño", "Bagong Silang", "San Roque", "Maligaya", "Malvar"]
PH_STREETS = ["Sampaguita", "Rizal", "Mabini", "Bonifacio", "Luna", "Narra", "Acacia"]
ID_TOWNS = ["Ponorogo", "Blitar", "Cilacap", "Indramayu", "Banyuwangi"]
ZH_DISTRICTS = ["沙田區", "大埔區", "九龍城區", "灣仔區", "中西區", "東區", "觀塘區", "西貢區"]
ZH_STREETS = ["彌敦道", "英皇道", "大埔公路", "沙田正街", "太古城道", "羅便臣道", "窩打老道"]
BIRTH_PLACES = PH_TOWNS + ID_TOWNS + ["Kandy", "Pokhara", "Nakuru", "Bahir Dar", "Kurunegala"]


def _ascii(s: str) -> str:
    return s.lower().replace(" ", "").replace("'", "").replace("ñ", "n").replace("é", "e")


class AgencyFake(Fake):
    """Values for a HK / UAE / PH domestic-worker agency, with valid check digits where real ids have them."""

    def origin(self):
        return self.pick(["PH", "PH", "PH", "ID", "ID", "LK", "NP", "KE", "ET"])

    def helper_first(self):
        return self.pick(HELPER_FIRST[self.origin()])

    def helper_name(self):
        o = self.origin()
        return f"{self.pick(HELPER_FIRST[o])} {self.pick(HELPER_LAST[o])}"

    def helper_last(self):
        return self.pick(HELPER_LAST[self.origin()])

    def employer_name(self):
        return self.pick(EMPLOYER_NAMES)

    def person(self):
        return self.helper_name() if self.r.random() < 0.5 else self.employer_name()

    def staff_name(self):
        return self.pick(STAFF_NAMES)

    def email(self, name=None):
        name = name or self.person()
        parts = name.replace("dela ", "dela").split()
        user = self.pick(
            [
                _ascii(parts[0]) + "." + _ascii(parts[-1]),
                _ascii(parts[0]) + _ascii(parts[-1])[:4] + str(self.r.randint(1, 99)),
                _ascii(parts[-1]) + "_" + _ascii(parts[0])[:1] + str(self.r.randint(70, 99)),
                _ascii(parts[0]) + str(self.r.randint(1980, 2001)),
            ]
        )
        return f"{user}@{self.pick(MAIL)}"

    def staff_email(self):
        first, *rest = self.staff_name().split()
        return f"{_ascii(first)}.{_ascii(rest[-1])}@{self.pick(['helperbridge.hk', 'helperbridge.ae'])}"

    # phones, by market
    def phone_hk(self):
        n = self.pick(["5", "6", "9"]) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        return self.pick([f"+852 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", f"+852{n}", f"{n[:4]}-{n[4:]}"])

    def phone_ae(self):
        p = self.pick(["50", "52", "54", "55", "56", "58"])
        n = f"{self.r.randint(100, 999)}{self.r.randint(1000, 9999)}"
        return self.pick(
            [f"+971 {p} {n[:3]} {n[3:]}", f"0{p} {n[:3]} {n[3:]}", f"+971{p}{n}", f"0{p}-{n[:3]}-{n[3:]}"]
        )

    def phone_ph(self):
        p = self.pick(["917", "918", "927", "935", "945", "956", "966", "977", "998"])
        n = f"{self.r.randint(100, 999)}{self.r.randint(1000, 9999)}"
        return self.pick([f"+63 {p} {n[:3]} {n[3:]}", f"0{p}{n}", f"0{p}-{n[:3]}-{n[3:]}", f"+63{p}{n}"])

    def phone_other(self):
        return self.pick(
            [
                f"+62 812-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}",
                f"0813 {self.r.randint(1000, 9999)} {self.r.randint(1000, 9999)}",
                f"+94 77 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                f"+977 98{self.r.randint(10000000, 99999999)}",
                f"+254 7{self.r.randint(10, 99)} {self.r.randint(100, 999)} {self.r.randint(100, 999)}",
            ]
        )

    def mobile(self):
        return self.pick([self.phone_hk, self.phone_ae, self.phone_ph, self.phone_ph, self.phone_other])()

    def msisdn_ph(self):
        return "639" + self.pick(["17", "18", "27", "45", "56", "77"]) + self.digits(7)

    def wa_id(self):
        return self.pick(
            [
                "852" + self.pick(["5", "6", "9"]) + self.digits(7),
                "9715" + self.digits(8),
                "639" + self.digits(9),
            ]
        )

    # government ids with their real check digits
    def hkid(self):
        letter = self.pick(list("ACDEGHKMPRVYZ"))
        digits = "".join(str(self.r.randint(0, 9)) for _ in range(6))
        total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1)))
        check = (11 - total % 11) % 11
        return f"{letter}{digits}({'A' if check == 10 else check})"

    def emirates_id(self):
        body = "784" + str(self.r.randint(1965, 2000)) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
        full = self.luhn_complete(body)
        return self.pick([f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}", full])

    def passport(self):
        return self.pick(
            [
                "P" + self.digits(7) + self.pick(list("ABC")),
                "EC" + self.digits(7),
                "C" + self.digits(7),
                "N" + self.digits(7),
                "AK" + self.digits(7),
                "EP" + self.digits(7),
                "P" + self.digits(7) + "A",
            ]
        )

    def sss(self):
        return f"{self.r.randint(1, 34):02d}-{self.digits(7)}-{self.r.randint(0, 9)}"

    def philhealth(self):
        return f"{self.r.randint(1, 19):02d}-{self.digits(9)}-{self.r.randint(0, 9)}"

    def pagibig(self):
        return f"{self.digits(4)}-{self.digits(4)}-{self.digits(4)}"

    def ha_patient(self):
        return "HN" + self.digits(8) + self.pick(["", "(2)", "(7)"])

    def work_permit(self):
        return self.digits(9)

    def oec(self):
        return f"{self.r.randint(2023, 2024)}-{self.digits(7)}"

    # bank accounts
    def iban_ae(self):
        bban = f"{self.pick(['033', '026', '035', '030'])}" + "".join(
            str(self.r.randint(0, 9)) for _ in range(16)
        )
        numeric = bban + "1014" + "00"
        raw = f"AE{98 - int(numeric) % 97:02d}{bban}"
        return self.pick([raw, " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))])

    def hk_account(self):
        return self.pick(
            [
                f"{self.digits(3)}-{self.digits(6)}-{self.digits(3)}",
                f"012-{self.digits(3)}-{self.digits(8)}",
                f"024-{self.digits(9)}",
            ]
        )

    def ph_account(self):
        return self.pick(
            [
                self.digits(12),
                f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}",
                self.digits(10),
                "00" + self.digits(11),
            ]
        )

    def any_account(self):
        return self.pick([self.iban_ae, self.hk_account, self.ph_account])()

    # addresses
    def address_hk(self):
        return (
            f"Flat {self.pick(list('ABCDEFGH'))}, {self.r.randint(2, 48)}/F, {self.pick(HK_BUILDINGS)}, "
            f"{self.r.randint(1, 200)} {self.pick(HK_STREETS)}"
        )

    def address_ae(self):
        return self.pick(
            [
                f"Villa {self.r.randint(1, 120)}, Street {self.r.randint(1, 40)}, {self.pick(AE_AREAS)}",
                f"Apt {self.r.randint(101, 3405)}, {self.pick(AE_TOWERS)}, {self.pick(AE_AREAS)}",
            ]
        )

    def address_ph(self):
        return self.pick(
            [
                f"Blk {self.r.randint(1, 40)} Lot {self.r.randint(1, 60)}, {self.pick(PH_STREETS)} St., "
                f"Brgy. {self.pick(PH_BRGYS)}, {self.pick(PH_TOWNS)}",
                f"{self.r.randint(1, 999)} {self.pick(PH_STREETS)} St., Purok {self.r.randint(1, 7)}, "
                f"Brgy. {self.pick(PH_BRGYS)}, {self.pick(PH_TOWNS)}",
            ]
        )

    def home_address(self):
        return self.pick([self.address_hk, self.address_ae])()

    def address_zh(self):
        return (
            f"香港{self.pick(ZH_DISTRICTS)}{self.pick(ZH_STREETS)}{self.r.randint(1, 300)}號"
            f"{self.r.randint(2, 40)}樓{self.pick(list('ABCDEFGH'))}室"
        )

    def district(self):
        return self.pick(HK_DISTRICTS + AE_AREAS)

    def geo(self, axis):
        box = self.pick(
            [(22.25, 22.45, 114.05, 114.25), (25.05, 25.25, 55.15, 55.35), (14.5, 14.7, 120.98, 121.1)]
        )
        return round(self.r.uniform(box[0], box[1]) if axis == "lat" else self.r.uniform(box[2], box[3]), 6)

    # tokens and click ids
    def _chars(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pm(self):
        return "pm_1" + self._chars(23)

    def push_token(self):
        return self.pick(
            [self.hexid(64), self._chars(22) + ":APA91b" + self._chars(134, string.ascii_letters + "-_")]
        )

    def gclid(self):
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + self._chars(70, string.ascii_letters + "-_")

    def fbclid(self):
        return "IwAR" + self._chars(55, string.ascii_letters + string.digits + "_-")

    def fbp(self):
        return f"fb.1.{self.epoch_ms()}.{self.digits(10)}"

    def fbc(self):
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def reset_link(self):
        host = self.pick(["https://www.helperbridge.hk", "https://app.helperbridge.ae"])
        token = self._chars(43, string.ascii_letters + string.digits + "-_")
        return f"{host}/account/reset-password?token={token}"

    def otp(self):
        return f"{self.r.randint(0, 999999):06d}"

    def sha256(self):
        return self.hexid(64)

    def date_between(self, start, end):
        return self.date(start, end)

    def hkd_salary(self):
        return self.pick([4990, 5000, 5100, 5200, 5500, 6000, 6500, 3500, 3800, 2200, 2500, 1800])

    def ref(self, prefix, n=6):
        return f"{prefix}-{self.r.randint(2023, 2024)}-{self.digits(n)}"


def pick(*items):
    return lambda f: f.pick(list(items))


def E(*items):
    """A green enum."""
    return G(pick(*items))


def n(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


UID = G(lambda f: f.uuid())
ISO = G(lambda f: f.iso())
DAY = G(lambda f: f.date(2024, 2025))


def helper_id(f):
    return "hlp_" + f.hexid(12)


def employer_id(f):
    return "emp_" + f.hexid(12)


HELPER_ID = G(helper_id)
EMPLOYER_ID = G(employer_id)


# -- contexts -----------------------------------------------------------------------------------------


def web_context(f):
    return {
        "library": {
            "name": E("analytics.js"),
            "version": E("npm:next-1.72.0", "npm:next-1.70.0", "next-1.74.0"),
        },
        "page": {
            "path": E(
                "/find-helpers", "/pricing", "/checkout", "/helpers/profile", "/account", "/interviews"
            ),
            "referrer": E(
                "", "https://www.google.com/", "https://www.facebook.com/", "https://l.instagram.com/"
            ),
            "search": E("", "?utm_source=facebook&utm_medium=paid", "?district=sha-tin", "?lang=zh-HK"),
            "title": E(
                "Find a Helper | HelperBridge",
                "Pricing | HelperBridge",
                "Checkout | HelperBridge",
                "我的帳戶 | HelperBridge",
            ),
            "url": E(
                "https://www.helperbridge.hk/find-helpers",
                "https://www.helperbridge.ae/pricing",
                "https://www.helperbridge.hk/checkout",
                "https://www.helperbridge.hk/zh/account",
            ),
        },
        "userAgent": E(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
        ),
        "userAgentData": {
            "brands": Many(
                {"brand": E("Chromium", "Google Chrome", "Not-A.Brand"), "version": E("124", "123", "99")}, 3
            ),
            "mobile": G(pick(False, True)),
            "platform": E("macOS", "Windows", "Android"),
        },
        "locale": E("en-HK", "zh-HK", "en-AE", "ar-AE", "en-US", "en-GB"),
        "timezone": E("Asia/Hong_Kong", "Asia/Dubai"),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "campaign": {
            "name": E("ramadan_2024", "cny_helper_search", "summer_transfer"),
            "source": E("facebook", "google", "instagram"),
            "medium": E("paid", "cpc", "social"),
            "term": E("domestic helper hong kong", "maid agency dubai", "filipino helper"),
            "content": E("carousel_a", "video_15s", "text_ad_2"),
        },
    }


def swift_context(f):
    return {
        "app": {
            "name": E("HelperBridge"),
            "version": E("4.2.0", "4.2.1", "4.3.0"),
            "build": E("420", "421", "430"),
            "namespace": E("hk.helperbridge.helper"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": E("Apple"),
            "model": E("iPhone12,8", "iPhone14,7", "iPhone13,2"),
            "name": E("iPhone"),
            "type": E("ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "instanceId": UID,
        "library": {"name": E("analytics-swift"), "version": E("1.5.11", "1.6.0", "1.5.9")},
        "locale": E("en-PH", "fil-PH", "en-HK", "id-ID"),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": E("iOS"), "version": E("17.4.1", "16.7.7", "17.2")},
        "screen": {"width": E(375, 390, 414), "height": E(667, 844, 896)},
        "timezone": E("Asia/Hong_Kong", "Asia/Dubai", "Asia/Manila"),
    }


def kotlin_context(f):
    return {
        "app": {
            "name": E("HelperBridge"),
            "version": E("4.2.0", "4.2.1", "4.3.0"),
            "build": E("40200", "40210", "40300"),
            "namespace": E("hk.helperbridge.helper"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": E("samsung", "OPPO", "vivo", "Xiaomi", "realme"),
            "model": E("SM-A145F", "CPH2477", "V2207", "Redmi Note 12", "RMX3630"),
            "name": E("a14", "OP5A7B", "PD2207", "tapas"),
            "type": E("android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(pick(True, False)),
        },
        "instanceId": UID,
        "library": {"name": E("analytics-kotlin"), "version": E("1.15.2", "1.16.0", "1.14.4")},
        "locale": E("en-PH", "fil-PH", "en-HK", "id-ID"),
        "network": {
            "wifi": G(pick(True, False)),
            "cellular": G(pick(True, False)),
            "bluetooth": G(pick(False, True)),
            "carrier": E("SmarTone", "csl", "3HK", "China Mobile HK", "du", "Etisalat", "Globe", "Smart"),
        },
        "os": {"name": E("Android"), "version": E("13", "14", "12")},
        "screen": {"density": E(2.0, 2.625, 3.0), "width": E(720, 1080, 1080), "height": E(1600, 2400, 2340)},
        "timezone": E("Asia/Hong_Kong", "Asia/Dubai", "Asia/Manila"),
        "userAgent": E(
            "Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014)",
            "Dalvik/2.1.0 (Linux; U; Android 14; CPH2477 Build/UKQ1.230924.001)",
            "Dalvik/2.1.0 (Linux; U; Android 12; V2207 Build/SP1A.210812.003)",
        ),
    }


def rn_context(f):
    return {
        "app": {
            "name": E("HelperBridge Employer"),
            "version": E("2.8.0", "2.8.3", "2.9.0"),
            "build": E("280", "283", "290"),
            "namespace": E("hk.helperbridge.employer"),
        },
        "device": {
            "id": UID,
            "manufacturer": E("Apple", "samsung", "Google"),
            "model": E("iPhone15,2", "SM-S918B", "Pixel 8"),
            "name": E("iPhone", "dm3q", "shiba"),
            "type": E("ios", "android"),
        },
        "library": {"name": E("analytics-react-native"), "version": E("2.19.2", "2.19.1", "2.20.0")},
        "locale": E("en-HK", "zh-HK", "en-AE", "ar-AE"),
        "network": {"wifi": G(pick(True, False)), "cellular": G(pick(True, False))},
        "os": {"name": E("iOS", "Android"), "version": E("17.4.1", "14", "17.3")},
        "screen": {"width": E(393, 412, 430), "height": E(852, 915, 932)},
        "timezone": E("Asia/Hong_Kong", "Asia/Dubai"),
        "traits": {
            "email": Y(lambda f: f.email(f.employer_name()), "email"),
            "name": Y(lambda f: f.employer_name(), "name"),
        },
    }


def flutter_context(f):
    return {
        "app": {
            "name": E("HB Field"),
            "version": E("1.9.0", "1.9.2", "1.10.0"),
            "build": E("190", "192", "1100"),
            "namespace": E("hk.helperbridge.field"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": E("samsung", "Apple", "Xiaomi"),
            "model": E("SM-X200", "iPad13,18", "23053RN02Y"),
            "type": E("android", "ios"),
        },
        "library": {"name": E("analytics-flutter"), "version": E("1.1.3", "1.1.4", "1.1.2")},
        "locale": E("en-HK", "zh-HK", "en-AE"),
        "os": {"name": E("Android", "iOS"), "version": E("13", "17.4", "14")},
        "screen": {"width": E(800, 820, 1080), "height": E(1340, 1180, 2400)},
        "timezone": E("Asia/Hong_Kong", "Asia/Dubai"),
        "location": {
            "latitude": Y(lambda f: f.geo("lat"), "geolocation"),
            "longitude": Y(lambda f: f.geo("lon"), "geolocation"),
        },
    }


def python_context(f):
    return {"library": {"name": E("analytics-python"), "version": E("2.3.3", "2.3.2", "2.2.3")}}


def node_context(f):
    return {
        "library": {"name": E("@segment/analytics-node"), "version": E("2.1.2", "2.1.0", "2.0.0")},
        "traits": {
            "email": Y(lambda f: f.email(), "email"),
            "name": Y(lambda f: f.person(), "name"),
        },
        "externalIds": Many(
            {
                "id": Y(lambda f: f.mobile(), "phone", True),
                "type": E("phone_number"),
                "collection": E("users"),
                "encoding": E("none"),
            },
            1,
        ),
    }


def go_context(f):
    return {"library": {"name": E("analytics-go"), "version": E("3.3.0", "3.2.2", "3.3.1")}}


def java_context(f):
    return {"library": {"name": E("analytics-java"), "version": E("3.5.1", "3.5.0", "3.4.0")}}


def ruby_context(f):
    return {"library": {"name": E("analytics-ruby"), "version": E("2.4.1", "2.4.3", "2.5.0")}}


def php_context(f):
    return {
        "library": {"name": E("analytics-php"), "version": E("3.7.1", "3.8.0", "3.7.0")},
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "userAgent": E(
            "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/122.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 12; CPH2387) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/16.6 Mobile/15E148 Safari/604.1",
        ),
    }


def dotnet_context(f):
    return {"library": {"name": E("analytics-csharp"), "version": E("2.3.6", "2.3.5", "2.4.0")}}


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    "python": python_context,
    "node": node_context,
    "go": go_context,
    "java": java_context,
    "ruby": ruby_context,
    "php": php_context,
    "dotnet": dotnet_context,
}
HELPER_APP = ("swift", "kotlin")
EMPLOYER_APP = ("web", "rn")


# -- free text -----------------------------------------------------------------------------------------


def interview_note(f):
    first = f.helper_first()
    return f.pick(
        [
            f"{first} handled the newborn care questions well",
            f"Asked {first} about her last employer in Tai Po, good reference",
            f"{first} speaks basic Cantonese, prefers live-in",
            f"{first} was nervous but honest; 6 yrs with elderly",
            f"Video call dropped twice. {first} to resend certificates",
            f"Kids liked {first}. Will discuss salary tonight",
        ]
    )


def employer_comment(f):
    first = f.helper_first()
    return f.pick(
        [
            f"{first} is patient with our kids and cooks well",
            f"We are very happy with {first}, thank you",
            f"{first} learned our routine quickly",
            f"Our mother loves {first}. Highly recommended",
            f"{first} is hardworking but needs more training in cooking",
        ]
    )


def flagged_chat(f):
    phone = f.mobile()
    return f.pick(
        [
            f"Ma'am pls message me on WhatsApp {phone}",
            f"add me on viber {phone} po",
            f"this is my other number {phone}",
            f"call me {phone} after 9pm, my employer is strict",
            f"Sir you can reach me direct {phone} no need agency",
        ]
    )


def ticket_description(f):
    phone = f.mobile()
    return f.pick(
        [
            f"Please call me back on {phone} about the invoice",
            f"Tried calling the branch twice, reach me at {phone}",
            f"Can someone contact me: {phone}. Helper arrival date changed",
            f"My new number is {phone}, please update",
            f"Urgent - helper cannot log in. Call {phone}",
        ]
    )


COMPLAINT_TEXT = [
    "Not given a rest day for three weeks",
    "Salary for May paid late and short",
    "Agency charged a placement fee above the legal limit",
    "Sleeping in the living room, no private space",
    "Employer keeps my passport",
    "Asked to work at the employer's shop as well",
    "Food allowance not paid since March",
]
VISIT_REMARKS = [
    "Helper room clean, has window and lock",
    "Shared room with toddler, advised employer",
    "Employer not home, helper showed the room",
    "All good",
    "Aircon in helper room not working, follow up in 2 weeks",
]
APP_FEEDBACK = [
    "App is slow when uploading documents",
    "Please add Bahasa Indonesia",
    "Cannot see my remittance history",
    "Thank you HelperBridge!",
    "Job alerts come too late",
    "",
]
WA_TEXTS = [
    "Hi po, available pa po ba yung job sa Sha Tin?",
    "Thank you ma'am",
    "Good evening, I want to apply as helper",
    "Can I have day off on Sunday?",
    "Selamat malam, saya mau tanya lowongan",
    "Hello, I finished contract on June",
]


# -- events -------------------------------------------------------------------------------------------

PRODUCT = {
    "product_id": G(lambda f: "prod_" + f.hexid(10)),
    "sku": E("PKG-HK-OVERSEAS", "PKG-HK-LOCAL-TRANSFER", "PKG-AE-DIRECT", "PKG-HK-DIRECT-HIRE", "ADD-INS-2Y"),
    "name": E(
        "Full Placement - Overseas Helper",
        "Local Transfer Helper",
        "Direct Hire Processing",
        "Visa & Contract Handling",
        "FDH Insurance 2 years",
    ),
    "category": E("placement", "processing", "insurance"),
    "price": E(5800, 3800, 2500, 1480, 4200),
    "quantity": E(1),
}

EVENTS = [
    # -- identities ------------------------------------------------------------------------------------
    (
        "identify",
        None,
        HELPER_APP,
        {
            "firstName": Y(lambda f: f.helper_first(), "name"),
            "lastName": Y(lambda f: f.helper_last(), "name"),
            "email": Y(lambda f: f.email(f.helper_name()), "email"),
            "phone": Y(lambda f: f.mobile(), "phone"),
            "whatsapp": Y(lambda f: f.mobile(), "phone"),
            "provincialAddress": Y(lambda f: f.address_ph(), "address"),
            "birthday": Y(lambda f: f.date(1974, 2001), "birthdate"),
            "gender": Y(pick("female", "female", "Female", "F", "male"), "gender"),
            "nationality": Y(
                pick("Filipino", "Indonesian", "Sri Lankan", "Nepalese", "Kenyan", "Ethiopian"), "citizenship"
            ),
            "religion": Y(
                pick(
                    "Roman Catholic",
                    "Muslim",
                    "Iglesia ni Cristo",
                    "Born Again Christian",
                    "Buddhist",
                    "Hindu",
                    "Seventh-day Adventist",
                ),
                "religion",
            ),
            "languages": Many(
                E("English", "Tagalog", "Cantonese", "Bahasa Indonesia", "Arabic", "Mandarin"), 3
            ),
            "maritalStatus": E("single", "married", "separated", "widowed"),
            "childrenCount": n(0, 4),
            "age": n(23, 50),
            "yearsExperience": n(0, 18),
            "educationLevel": E("High school", "College level", "College graduate", "Vocational"),
            "skills": Many(E("infant care", "elderly care", "cooking", "pet care", "driving", "tutoring"), 4),
            "profilePhotoUrl": Y(lambda f: f"https://cdn.helperbridge.hk/avatars/{f.hexid(16)}.jpg", "photo"),
            "role": E("helper"),
            "createdAt": ISO,
            "emailVerified": G(pick(True, False)),
            "phoneVerified": G(pick(True, False)),
            "profileCompleteness": n(20, 100),
            "referralCode": G(lambda f: "HB-" + f._chars(5, string.ascii_uppercase + string.digits)),
            "currentCountry": E("Hong Kong", "United Arab Emirates", "Philippines", "Indonesia"),
        },
    ),
    (
        "identify",
        None,
        EMPLOYER_APP,
        {
            "name": Y(lambda f: f.employer_name(), "name"),
            "email": Y(lambda f: f.email(f.employer_name()), "email"),
            "phone": Y(lambda f: f.pick([f.phone_hk, f.phone_ae])(), "phone"),
            "address": {
                "line1": Y(lambda f: f.home_address(), "address|street"),
                "district": Y(lambda f: f.district(), "city|address"),
                "city": Y(pick("Hong Kong", "Dubai", "Abu Dhabi", "Sharjah", "Kowloon"), "city"),
                "country": E("HK", "AE"),
            },
            "householdSize": n(2, 8),
            "childrenAges": Many(n(0, 16), 3),
            "hasElderly": G(pick(True, False)),
            "hasPets": G(pick(True, False)),
            "occupation": E("Banker", "Teacher", "Engineer", "Civil servant", "Business owner", "Doctor"),
            "employer": E(
                "HSBC", "Emirates Group", "Hospital Authority", "Jardine Matheson", "ADNOC", "Self-employed"
            ),
            "monthlyHouseholdIncome": Y(
                lambda f: f.pick([15000, 25000, 38000, 60000, 85000, 120000]), "salary"
            ),
            "plan": E("basic", "premium", "concierge"),
            "userType": E("employer"),
            "preferredLanguage": E("en", "zh-HK", "ar"),
            "marketingOptIn": G(pick(True, False)),
            "createdAt": ISO,
        },
    ),
    (
        "group",
        None,
        EMPLOYER_APP,
        {
            "name": Y(
                lambda f: (
                    f.pick(["The ", ""]) + f.employer_name().split()[-1] + f.pick([" Family", " Household"])
                ),
                "name",
            ),
            "plan": E("basic", "premium", "concierge"),
            "helpersEmployed": n(0, 3),
            "primaryContactEmail": Y(lambda f: f.email(f.employer_name()), "email"),
            "market": E("HK", "AE"),
            "createdAt": ISO,
        },
    ),
    ("alias", None, EMPLOYER_APP, {}),
    (
        "identify",
        None,
        ("python",),
        {
            "FULL_NAME": Y(lambda f: f.employer_name(), "name"),
            "EMAIL_ADDRESS": Y(lambda f: f.email(f.employer_name()), "email"),
            "MOBILE_NUMBER": Y(lambda f: f.pick([f.phone_hk, f.phone_ae])(), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 1995), "birthdate"),
            "HOME_DISTRICT": Y(lambda f: f.district(), "city|address"),
            "LIFETIME_VALUE_HKD": G(lambda f: f.money(1500, 40000)),
            "TOTAL_PLACEMENTS": n(0, 6),
            "LAST_PLACEMENT_DATE": G(lambda f: f.date(2019, 2024)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HKID_VERIFIED": G(pick(True, False)),
            "PREFERRED_BRANCH": E("Causeway Bay", "Mong Kok", "Sha Tin", "Al Karama", "Deira"),
            "MARKET": E("HK", "AE"),
            "DBT_MODEL_VERSION": E("2024.05.1", "2024.06.0", "2024.06.2"),
        },
    ),
    # -- helper app -----------------------------------------------------------------------------------
    (
        "track",
        "Passport Details Submitted",
        HELPER_APP,
        {
            "passportNumber": RED(lambda f: f.passport(), "passport"),
            "passportCountry": Y(pick("PH", "ID", "LK", "NP", "KE", "ET"), "citizenship"),
            "passportIssueDate": G(lambda f: f.date(2016, 2023)),
            "passportExpiry": G(lambda f: f.date(2026, 2033)),
            "placeOfIssue": E("DFA Manila", "DFA Cebu", "Kantor Imigrasi Blitar", "Colombo", "Kathmandu"),
            "nameOnPassport": Y(lambda f: f.helper_name().upper(), "name"),
            "placeOfBirth": Y(lambda f: f.pick(BIRTH_PLACES), "city"),
            "mrzValid": G(pick(True, False)),
            "ocrConfidence": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "pagesUploaded": n(1, 3),
        },
    ),
    (
        "track",
        "Document Uploaded",
        HELPER_APP,
        {
            "document_type": E(
                "passport", "hkid", "emirates_id", "nbi_clearance", "medical_certificate", "tesda_nc2"
            ),
            "file_id": UID,
            "file_size_kb": n(120, 4800),
            "mime_type": E("image/jpeg", "image/heic", "application/pdf"),
            "sha256": G(lambda f: f.sha256()),
        },
    ),
    (
        "track",
        "Medical Check Completed",
        ("python",),
        {
            "helper_id": HELPER_ID,
            "clinic_name": E(
                "St. Luke's Medical Center - Global City",
                "Nationwide Health Systems",
                "EHS Medical Fitness Center Al Karama",
                "Hong Kong Adventist Hospital",
            ),
            "clinic_city": E("Taguig", "Pasay", "Dubai", "Hong Kong"),
            "exam_date": DAY,
            "result": Y(pick("fit", "unfit", "fit", "pending_retest"), "condition|diagnosis"),
            "is_fit_to_work": Y(pick(True, False), "condition|diagnosis"),
            "hepatitis_b": Y(
                pick("non-reactive", "reactive", "Non-Reactive", "HBsAg non-reactive"), "diagnosis|condition"
            ),
            "chest_xray": Y(pick("normal", "with findings", "normal", "for repeat"), "diagnosis|condition"),
            "pregnancy_test": Y(pick("negative", "positive", "Negative", "NEGATIVE"), "condition|diagnosis"),
            "covid_vaccine_doses": Y(lambda f: f.r.randint(0, 4), "procedure|condition"),
            "fee_paid": G(lambda f: f.pick([2500, 3200, 250, 370])),
            "fee_currency": E("PHP", "AED", "HKD"),
        },
    ),
    (
        "track",
        "Visa Status Updated",
        ("python",),
        {
            "helper_id": HELPER_ID,
            "contract_id": G(lambda f: f.ref("HB-C")),
            "visa_type": RED(
                pick(
                    "ID(E) 407 Foreign Domestic Helper",
                    "Employment Visa - Domestic Worker",
                    "Residence Visa (Domestic Worker)",
                    "Entry Permit - Work",
                ),
                "visa",
            ),
            "visa_status": RED(
                pick("submitted", "approved", "refused", "cancelled", "pending_biometrics"), "visa"
            ),
            "visa_number": RED(
                lambda f: f.pick(["E" + f.digits(9), f"201/{f.r.randint(2023, 2024)}/{f.digits(7)}"]), "visa"
            ),
            "visa_expiry_date": RED(lambda f: f.date(2025, 2027), "visa"),
            "processing_days": n(5, 60),
            "branch": E("Causeway Bay", "Mong Kok", "Al Karama", "Deira", "Ortigas"),
            "updated_by": E("system", "staff", "employer"),
            "sponsor_name": Y(lambda f: f.employer_name(), "name"),
        },
    ),
    (
        "track",
        "Job Applied",
        HELPER_APP,
        {
            "jobId": G(lambda f: "job_" + f.digits(7)),
            "jobLocation": E("Sha Tin", "Mid-Levels", "Tseung Kwan O", "Jumeirah", "Al Reem Island"),
            "salaryOffered": Y(lambda f: f.hkd_salary(), "salary"),
            "contractType": E("new_hire", "transfer", "finished_contract", "direct_hire"),
            "matchScore": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "source": E("feed", "search", "push", "shortlist_invite"),
            "hasPhotoAttached": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Jobs Searched",
        HELPER_APP,
        {
            "query": E("elderly care sha tin", "newborn dubai", "cooking", "family with dog", "live out"),
            "filters": {
                "location": E("Hong Kong Island", "Kowloon", "New Territories", "Dubai", "Abu Dhabi"),
                "contractType": E("transfer", "finished_contract", "any"),
            },
            "resultsCount": n(0, 240),
        },
    ),
    (
        "screen",
        "Job Details",
        HELPER_APP,
        {
            "screen_class": E("JobDetailViewController", "JobDetailActivity", "JobDetailFragment"),
            "previous_screen": E("Jobs Feed", "Search Results", "Notifications"),
        },
    ),
    (
        "track",
        "OTP Requested",
        HELPER_APP,
        {
            "input": Y(lambda f: f.mobile(), "phone", True),
            "channel": E("sms", "whatsapp", "viber"),
            "attempt": n(1, 4),
            "countryCode": E("+63", "+852", "+971", "+62"),
        },
    ),
    (
        "track",
        "OTP Verified",
        ("python",),
        {
            "otp": RED(lambda f: f.otp(), "token|secret"),
            "attempts": n(1, 4),
            "verified": G(pick(True, False)),
            "latency_ms": n(200, 90000),
            "channel": E("sms", "whatsapp", "viber"),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        HELPER_APP,
        {
            "emergencyContact": {
                "name": Y(lambda f: f.helper_name(), "name"),
                "relationship": E("mother", "husband", "sister", "brother", "aunt", "daughter"),
                "phone": Y(lambda f: f.pick([f.phone_ph, f.phone_other])(), "phone"),
                "address": Y(lambda f: f.address_ph(), "address"),
            },
            "contactCount": n(1, 3),
            "updatedFrom": E("profile", "onboarding", "insurance_form"),
        },
    ),
    (
        "track",
        "Dependant Added",
        HELPER_APP,
        {
            "dependant": {
                "first_name": Y(
                    lambda f: f.pick(
                        [
                            "Angelo",
                            "John Paul",
                            "Princess",
                            "Kyla",
                            "Jomar",
                            "Althea",
                            "Budi",
                            "Putri",
                            "Kasun",
                        ]
                    ),
                    "name",
                ),
                "last_name": Y(lambda f: f.pick(HELPER_LAST["PH"]), "name"),
                "date_of_birth": Y(lambda f: f.date(2006, 2021), "birthdate"),
                "relationship": E("son", "daughter", "mother", "father"),
                "is_student": G(pick(True, False)),
                "philhealth_no": RED(lambda f: f.philhealth(), "health id"),
            },
            "dependants_total": n(1, 5),
        },
    ),
    (
        "track",
        "Benefits Enrollment Submitted",
        HELPER_APP,
        {
            "sss_no": RED(lambda f: f.sss(), "national id"),
            "philhealth_pin": RED(lambda f: f.philhealth(), "health id"),
            "pagibig_mid": RED(lambda f: f.pagibig(), "national id"),
            "monthly_contribution": E(570, 760, 1140, 400),
            "membership_type": E("OFW", "voluntary", "land_based_ofw"),
            "enrolled_via": E("app", "branch"),
        },
    ),
    (
        "track",
        "App Feedback Submitted",
        HELPER_APP,
        {
            "rating": n(1, 5),
            "text": G(lambda f: f.pick(APP_FEEDBACK)),
            "screen": E("Home", "Remit", "Jobs", "Profile"),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        HELPER_APP,
        {
            "campaignId": G(lambda f: "cmp_" + f.digits(6)),
            "title": E(
                "New job match in Sha Tin",
                "Your documents are ready for collection",
                "Rate today: 1 HKD = 7.21 PHP",
                "Complete your profile",
            ),
            "deepLink": E("hb://jobs/feed", "hb://remit/new", "hb://profile", "hb://documents"),
            "pushId": UID,
        },
    ),
    (
        "track",
        "Push Token Registered",
        ("python",),
        {
            "device_token": RED(lambda f: f.push_token(), "token"),
            "platform": E("apns", "fcm"),
            "app_version": E("4.2.0", "4.2.1", "4.3.0"),
        },
    ),
    (
        "track",
        "Profile Na-save",
        HELPER_APP,
        {
            "pangalan": Y(lambda f: f.pick(HELPER_FIRST["PH"]), "name"),
            "apelyido": Y(lambda f: f.pick(HELPER_LAST["PH"]), "name"),
            "kaarawan": Y(lambda f: f.date(1974, 2001), "birthdate"),
            "tirahan": Y(lambda f: f.address_ph(), "address"),
            "numero_ng_cellphone": Y(lambda f: f.phone_ph(), "phone"),
            "relihiyon": Y(
                pick("Katoliko", "Iglesia ni Cristo", "Born Again", "Muslim", "Aglipay"), "religion"
            ),
            "katayuang_sibil": E("walang asawa", "may asawa", "hiwalay", "balo"),
            "bilang_ng_anak": n(0, 5),
            "lalawigan": E("Nueva Ecija", "Cagayan", "Laguna", "Iloilo", "Pangasinan", "Ilocos Norte"),
        },
    ),
    # -- remittance -----------------------------------------------------------------------------------
    (
        "track",
        "Remittance Quote Viewed",
        HELPER_APP,
        {
            "sendAmount": G(lambda f: f.pick([500, 1000, 2000, 3000, 4500, 800])),
            "sendCurrency": E("HKD", "AED"),
            "receiveAmount": G(lambda f: f.money(3000, 35000)),
            "receiveCurrency": E("PHP", "IDR", "LKR", "NPR"),
            "fxRate": G(lambda f: round(f.r.uniform(7.0, 7.4), 4)),
            "fee": E(0, 15, 25, 10),
            "corridor": E("HK-PH", "AE-PH", "HK-ID", "AE-LK"),
            "payoutMethod": E("gcash", "bank_deposit", "cash_pickup", "maya"),
            "promoCode": E("", "FIRSTFREE", "PASKO24"),
        },
    ),
    (
        "track",
        "Beneficiary Added",
        HELPER_APP,
        {
            "beneficiaryId": G(lambda f: "ben_" + f.hexid(10)),
            "beneficiary": {
                "firstName": Y(lambda f: f.pick(HELPER_FIRST["PH"] + HELPER_FIRST["ID"]), "name"),
                "lastName": Y(lambda f: f.pick(HELPER_LAST["PH"] + HELPER_LAST["ID"]), "name"),
                "mobile": Y(lambda f: f.pick([f.phone_ph, f.phone_other])(), "phone"),
                "relationship": E("mother", "husband", "son", "daughter", "sister"),
                "bankName": E("BDO Unibank", "BPI", "Landbank", "Metrobank", "Bank Rakyat Indonesia"),
                "accountNumber": RED(lambda f: f.ph_account(), "bank account"),
                "accountType": E("savings", "checking"),
                "province": E("Nueva Ecija", "Cagayan", "Laguna", "Jawa Timur", "Iloilo"),
                "city": Y(lambda f: f.pick(PH_TOWNS + ID_TOWNS), "city"),
            },
            "payoutMethod": E("gcash", "bank_deposit", "cash_pickup", "maya"),
            "isDefault": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Beneficiary Selected",
        HELPER_APP,
        {
            "beneficiaryId": G(lambda f: "ben_" + f.hexid(10)),
            "label": Y(lambda f: f.helper_name(), "name", True),
            "position": n(1, 6),
            "lastSentDaysAgo": n(0, 90),
        },
    ),
    (
        "track",
        "Padala Ipinadala",
        ("node",),
        {
            "pangalan_ng_nagpadala": Y(lambda f: f.helper_name(), "name"),
            "pangalan_ng_tatanggap": Y(lambda f: f.helper_name(), "name"),
            "numero_ng_tatanggap": Y(lambda f: f.phone_ph(), "phone"),
            "tirahan_ng_tatanggap": Y(lambda f: f.address_ph(), "address"),
            "bayan_ng_tatanggap": Y(lambda f: f.pick(PH_TOWNS), "city"),
            "relasyon": E("ina", "asawa", "anak", "kapatid", "tiya"),
            "halaga": G(lambda f: f.pick([1000, 2000, 3500, 5000, 1500])),
            "pera": E("HKD", "AED"),
            "paraan": E("GCash", "bank deposit", "cash pickup", "Maya"),
            "numero_ng_transaksyon": G(lambda f: "TXN" + f.digits(10)),
        },
    ),
    (
        "track",
        "Remittance Completed",
        ("node",),
        {
            "transfer": {
                "id": n(10**8, 10**9),
                "reference": G(lambda f: "HB" + f.digits(8)),
                "status": E("outgoing_payment_sent", "funds_converted", "processing"),
                "sourceAmount": G(lambda f: f.money(300, 5000)),
                "targetAmount": G(lambda f: f.money(2000, 36000)),
            },
            "recipient": {
                "accountHolderName": Y(lambda f: f.helper_name(), "name"),
                "accountNumber": RED(lambda f: f.ph_account(), "bank account"),
                "bankCode": E("BNORPHMM", "BOPIPHMM", "TLBPPHMM", "MBTCPHMM"),
                "currency": E("PHP"),
            },
            "senderUserId": HELPER_ID,
            "payoutPartner": E("wise", "instarem", "gcash"),
        },
    ),
    (
        "track",
        "GCash Payout Initiated",
        ("go",),
        {
            "msisdn": Y(lambda f: f.msisdn_ph(), "phone"),
            "amount_php": G(lambda f: f.money(1000, 30000)),
            "request_id": UID,
            "partner_ref": G(lambda f: "GC" + f.digits(12)),
            "channel": E("api", "batch"),
        },
    ),
    # -- employer search, interview, offer ------------------------------------------------------------
    (
        "page",
        "Find a Helper",
        ("web",),
        {
            "path": E("/find-helpers", "/find-helpers/filipino", "/find-helpers/indonesian"),
            "url": E(
                "https://www.helperbridge.hk/find-helpers",
                "https://www.helperbridge.hk/find-helpers/filipino",
                "https://www.helperbridge.ae/find-helpers",
            ),
            "title": E(
                "Find a Helper | HelperBridge",
                "Filipino Helpers | HelperBridge",
                "Find a Maid | HelperBridge",
            ),
            "referrer": E("", "https://www.google.com/", "https://www.helperbridge.hk/"),
            "search": E("", "?page=2", "?exp=3"),
        },
    ),
    (
        "track",
        "Helpers Searched",
        EMPLOYER_APP,
        {
            "query": E(
                "filipino helper newborn",
                "experienced elderly care",
                "indonesian cantonese",
                "helper with dog",
            ),
            "filters": {
                "nationality": E("Filipino", "Indonesian", "Sri Lankan", "any"),
                "religion": E("any", "Christian", "Muslim"),
                "minExperience": n(0, 5),
                "languages": Many(E("English", "Cantonese", "Arabic", "Mandarin"), 2),
                "ageMax": E(35, 40, 45, 50),
                "availability": E("immediate", "within_1_month", "finishing_contract"),
            },
            "resultsCount": n(0, 400),
        },
    ),
    (
        "track",
        "Helper Profile Viewed",
        EMPLOYER_APP,
        {
            "helperId": HELPER_ID,
            "helperFirstName": Y(lambda f: f.helper_first(), "name"),
            "helperAge": n(23, 50),
            "helperNationality": Y(
                pick("Filipino", "Indonesian", "Sri Lankan", "Nepalese", "Kenyan"), "citizenship"
            ),
            "position": n(1, 40),
            "photoCount": n(1, 6),
            "videoIntroViewed": G(pick(True, False)),
            "availability": E("available_now", "finishing_contract", "overseas"),
        },
    ),
    (
        "track",
        "Helper Shortlisted",
        EMPLOYER_APP,
        {
            "helperId": HELPER_ID,
            "shortlistCount": n(1, 12),
            "source": E("search", "recommended", "agency_pick"),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        EMPLOYER_APP,
        {
            "interviewId": UID,
            "helperId": HELPER_ID,
            "helperName": Y(lambda f: f.helper_name(), "name"),
            "scheduledAt": ISO,
            "channel": E("zoom", "whatsapp_video", "in_person"),
            "whatsappNumber": Y(lambda f: f.mobile(), "phone"),
            "meetingUrl": G(lambda f: f"https://us06web.zoom.us/j/{f.digits(11)}"),
            "durationMin": E(20, 30, 45),
        },
    ),
    (
        "track",
        "Interview Completed",
        ("flutter",),
        {
            "interviewId": UID,
            "outcome": E("shortlisted", "rejected", "offer", "no_show"),
            "rating": n(1, 5),
            "notes": Y(interview_note, "name", True),
            "feedbackTags": Many(E("good_english", "confident", "kids_experience", "cooking", "late"), 3),
            "staffId": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Offer Sent",
        EMPLOYER_APP,
        {
            "offerId": UID,
            "helperId": HELPER_ID,
            "monthlySalary": Y(lambda f: f.hkd_salary(), "salary"),
            "foodAllowance": Y(lambda f: f.pick([1236, 1200, 1300, 0, 400]), "salary"),
            "startDate": DAY,
            "contractMonths": E(24, 24, 12),
            "restDaysPerMonth": E(4, 5, 6),
            "accommodation": E("separate_room", "shared_with_child", "partitioned_area"),
            "currency": E("HKD", "AED"),
        },
    ),
    (
        "track",
        "Contract Signed",
        ("python",),
        {
            "contract_no": G(lambda f: f.ref("HB-C")),
            "employer_id": EMPLOYER_ID,
            "helper_id": HELPER_ID,
            "monthly_salary": Y(lambda f: f.hkd_salary(), "salary"),
            "salary_currency": E("HKD", "AED"),
            "start_date": DAY,
            "end_date": G(lambda f: f.date(2026, 2027)),
            "signing_method": E("docusign", "in_branch", "uae_pass"),
            "signer_email": Y(lambda f: f.email(), "email"),
            "signer_ip": Y(lambda f: f.ipv4(), "ip"),
            "id407_submitted": G(pick(True, False)),
        },
    ),
    (
        "track",
        "合約已提交",
        ("java",),
        {
            "僱主姓名": Y(lambda f: f.pick(ZH_NAMES), "name"),
            "僱主身份證號碼": RED(lambda f: f.hkid(), "national id"),
            "聯絡電話": Y(lambda f: f.phone_hk(), "phone"),
            "住址": Y(lambda f: f.address_zh(), "address"),
            "區域": Y(lambda f: f.pick(ZH_DISTRICTS), "city|address"),
            "外傭姓名": Y(lambda f: f.helper_name(), "name"),
            "外傭護照號碼": RED(lambda f: f.passport(), "passport"),
            "月薪": Y(lambda f: f.hkd_salary(), "salary"),
            "合約編號": G(lambda f: f.ref("HB-C")),
            "提交日期": DAY,
            "分行": E("銅鑼灣分行", "旺角分行", "沙田分行"),
        },
    ),
    (
        "track",
        "預約面試",
        ("web",),
        {
            "姓名": Y(lambda f: f.pick(ZH_NAMES), "name"),
            "電話": Y(lambda f: f.phone_hk(), "phone"),
            "電郵": Y(lambda f: f.email(f.pick(EMPLOYER_NAMES[:8])), "email"),
            "家庭人數": n(2, 7),
            "需要照顧嬰兒": G(pick(True, False)),
            "預約時間": ISO,
        },
    ),
    (
        "track",
        "تم تسجيل صاحب العمل",
        ("node",),
        {
            "الاسم_الكامل": Y(lambda f: f.pick(AR_NAMES), "name"),
            "البريد_الإلكتروني": Y(lambda f: f.email(f.pick(EMPLOYER_NAMES[8:14])), "email"),
            "رقم_الجوال": Y(lambda f: f.phone_ae(), "phone"),
            "العنوان": Y(lambda f: f.address_ae(), "address"),
            "رقم_الهوية_الإماراتية": RED(lambda f: f.emirates_id(), "national id"),
            "الإمارة": E("دبي", "أبوظبي", "الشارقة", "عجمان"),
            "عدد_أفراد_الأسرة": n(2, 10),
            "الدخل_الشهري": Y(lambda f: f.pick([18000, 25000, 40000, 65000]), "salary"),
            "تاريخ_التسجيل": ISO,
        },
    ),
    (
        "track",
        "تم إصدار تصريح العمل",
        ("node",),
        {
            "الاسم": Y(lambda f: f.helper_name(), "name"),
            "رقم_الهوية": RED(lambda f: f.emirates_id(), "national id"),
            "الجنسية": Y(
                pick("فلبينية", "إندونيسية", "سريلانكية", "نيبالية", "كينية", "إثيوبية"), "citizenship"
            ),
            "رقم_تصريح_العمل": RED(lambda f: f.work_permit(), "visa"),
            "حالة_التصريح": RED(pick("صادر", "قيد المعالجة", "مرفوض", "ملغى"), "visa"),
            "الراتب": Y(lambda f: f.pick([1500, 1800, 2000, 2200, 2500]), "salary"),
            "تاريخ_الإصدار": DAY,
            "رقم_الطلب": G(lambda f: "MB" + f.digits(9) + "AE"),
        },
    ),
    (
        "track",
        "Work Permit Requested",
        ("python",),
        {
            "oec_no": RED(lambda f: f.oec(), "visa|national id"),
            "pdos_completed": G(pick(True, False)),
            "owwa_paid": G(pick(True, False)),
            "dmw_processing_fee": E(100, 200, 0),
            "deployment_type": E("new_hire", "balik_manggagawa", "name_hire"),
            "country_of_destination": E("Hong Kong SAR", "United Arab Emirates"),
        },
    ),
    # -- placement ------------------------------------------------------------------------------------
    (
        "track",
        "Placement Confirmed",
        ("python",),
        {
            "placement_id": G(lambda f: "pl_" + f.digits(8)),
            "employer_id": EMPLOYER_ID,
            "helper_id": HELPER_ID,
            "branch": E("Causeway Bay", "Mong Kok", "Al Karama", "Deira", "Ortigas"),
            "coordinator": {
                "name": Y(lambda f: f.staff_name(), "name"),
                "email": Y(lambda f: f.staff_email(), "email"),
                "extension": E("201", "214", "305", "118"),
            },
            "arrival_date": DAY,
            "flight_no": E("CX 906", "PR 300", "EK 333", "5J 110", "GA 860"),
            "arrival_airport": E("HKG", "DXB", "AUH"),
            "contract_months": E(24, 12),
            "pickup_required": G(pick(True, False)),
            "pickup_contact_phone": Y(lambda f: f.pick([f.phone_hk, f.phone_ae])(), "phone"),
        },
    ),
    (
        "track",
        "Flight Booked",
        ("go",),
        {
            "booking_ref": G(lambda f: f._chars(6, string.ascii_uppercase + string.digits)),
            "passenger": {
                "first_name": Y(lambda f: f.helper_first().upper(), "name"),
                "last_name": Y(lambda f: f.helper_last().upper(), "name"),
                "passport_no": RED(lambda f: f.passport(), "passport"),
                "date_of_birth": Y(lambda f: f.date(1974, 2001), "birthdate"),
                "nationality": Y(pick("PHL", "IDN", "LKA", "NPL", "KEN"), "citizenship"),
                "frequent_flyer_no": G(lambda f: f.pick(["", "CX" + f.digits(10), "EK" + f.digits(9)])),
            },
            "origin": E("MNL", "CGK", "CMB", "KTM", "NBO"),
            "destination": E("HKG", "DXB", "AUH"),
            "departure_at": ISO,
            "airline": E("Cathay Pacific", "Philippine Airlines", "Emirates", "Cebu Pacific"),
        },
    ),
    (
        "track",
        "Home Visit Logged",
        ("flutter",),
        {
            "visitId": UID,
            "employerId": EMPLOYER_ID,
            "visitType": E("pre_placement", "30_day_check", "complaint_followup"),
            "checkInLat": Y(lambda f: f.geo("lat"), "geolocation"),
            "checkInLng": Y(lambda f: f.geo("lon"), "geolocation"),
            "accommodationOk": G(pick(True, False)),
            "helperRoomSqft": n(25, 90),
            "photosTaken": n(0, 8),
            "staffName": Y(lambda f: f.staff_name(), "name"),
            "remarks": G(lambda f: f.pick(VISIT_REMARKS)),
            "durationMin": n(10, 90),
        },
    ),
    (
        "track",
        "Training Session Attended",
        ("flutter",),
        {
            "sessionId": G(lambda f: "trn_" + f.digits(5)),
            "course": E(
                "Infant Care Basics", "Cantonese for Helpers", "First Aid & CPR", "Arabic Home Cooking"
            ),
            "trainingCenter": {
                "name": E(
                    "HB Training Centre Kowloon",
                    "TESDA Accredited Center - Quezon City",
                    "HB Academy Al Quoz",
                ),
                "address": E(
                    "8/F, 238 Nathan Road, Jordan", "12 Timog Avenue, Quezon City", "Warehouse 14, Al Quoz 3"
                ),
                "phone": E("+852 2388 1200", "+63 2 8123 4567", "+971 4 338 1200"),
            },
            "score": n(50, 100),
            "tesdaCertificateNo": Y(lambda f: f"{f.digits(14)}", "certificate"),
        },
    ),
    (
        "track",
        "Household Profile Updated",
        ("rn",),
        {
            "children": Many(
                {
                    "age": n(0, 16),
                    "needsSpecialCare": RED(pick(True, False), "disability"),
                    "schoolLevel": E("none", "kindergarten", "primary", "secondary"),
                },
                3,
            ),
            "elderly": Many(
                {
                    "age": n(65, 95),
                    "mobility": RED(pick("independent", "walker", "wheelchair", "bedridden"), "disability"),
                    "condition": Y(
                        pick("dementia", "stroke recovery", "diabetes", "none", "Parkinson's"), "condition"
                    ),
                },
                2,
            ),
            "pets": Many(
                {"type": E("dog", "cat", "bird"), "name": E("Mochi", "Coco", "Lucky", "Bobo", "Simba")}, 2
            ),
            "homeSizeSqft": n(400, 3200),
            "hasHelperRoom": G(pick(True, False)),
            "dietary": Many(E("low sugar", "vegetarian", "no seafood", "organic"), 2),
        },
    ),
    (
        "track",
        "Day Off Scheduled",
        ("rn",),
        {
            "helperId": HELPER_ID,
            "date": DAY,
            "type": E("rest_day", "statutory_holiday", "annual_leave"),
            "note": G(
                pick("Sunday", "Public holiday swap", "Going to Central with friends", "Lunar New Year", "")
            ),
        },
    ),
    (
        "track",
        "Helper Review Submitted",
        EMPLOYER_APP,
        {
            "helperId": HELPER_ID,
            "rating": n(1, 5),
            "comment": Y(employer_comment, "name", True),
            "wouldRehire": G(pick(True, False)),
            "monthsEmployed": n(1, 48),
        },
    ),
    (
        "track",
        "Referral Sent",
        ("rn",),
        {
            "referralCode": G(lambda f: "HB-" + f._chars(5, string.ascii_uppercase + string.digits)),
            "channel": E("whatsapp", "sms", "copy_link"),
            "friendName": Y(lambda f: f.employer_name(), "name"),
            "friendPhone": Y(lambda f: f.pick([f.phone_hk, f.phone_ae])(), "phone"),
            "rewardHkd": E(200, 300, 500),
        },
    ),
    # -- checkout -------------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ("web",),
        {
            "method": E("email", "google", "apple", "phone"),
            "userType": E("employer", "helper"),
            "referralSource": E("google", "facebook", "friend", "tiktok", "walk_in"),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbp": Y(lambda f: f.fbp(), "advertising id"),
            "marketingConsent": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Lead Submitted",
        ("node",),
        {
            "event_source_url": E(
                "https://www.helperbridge.hk/consultation", "https://www.helperbridge.ae/contact"
            ),
            "action_source": E("website"),
            "user_data": {
                "em": Y(lambda f: f.sha256(), "email"),
                "ph": Y(lambda f: f.sha256(), "phone"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": E(
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0",
                    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/124.0.0.0",
                ),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "external_id": G(lambda f: f.sha256()),
            },
            "custom_data": {"value": E(0, 500, 1000), "currency": E("HKD", "AED")},
        },
    ),
    (
        "track",
        "Product Viewed",
        ("web",),
        {**PRODUCT, "currency": E("HKD", "AED"), "brand": E("HelperBridge")},
    ),
    (
        "track",
        "Checkout Started",
        ("web",),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "value": G(lambda f: f.money(1400, 9000)),
            "currency": E("HKD", "AED"),
            "coupon": E("", "CNY200", "RAMADAN10"),
            "products": Many(PRODUCT, 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ("web",),
        {
            "checkout_id": UID,
            "payment_method": E("card", "fps", "apple_pay"),
            "card_brand": E("visa", "mastercard", "amex", "unionpay"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": n(1, 12),
            "card_exp_year": n(2025, 2031),
            "stripe_payment_method": RED(lambda f: f.pm(), "token"),
            "billing_name": Y(lambda f: f.employer_name(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.home_address(), "address"),
                "city": Y(pick("Hong Kong", "Kowloon", "Dubai", "Abu Dhabi", "Sharjah"), "city"),
                "po_box": Y(lambda f: f"P.O. Box {f.r.randint(1000, 99999)}", "address|zipcode"),
                "country": E("HK", "AE"),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ("web",),
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": UID,
            "total": G(lambda f: f.money(1400, 9000)),
            "revenue": G(lambda f: f.money(1400, 9000)),
            "tax": G(lambda f: f.pick([0, 0, f.money(70, 450)])),
            "currency": E("HKD", "AED"),
            "products": Many(PRODUCT, 2),
            "payment_intent": G(lambda f: "pi_3" + f._chars(23)),
            "invoice_number": G(lambda f: f"INV-2024-{f.digits(6)}"),
            "agency_licence_no": E("EA Licence No. 58123", "EA Licence No. 71004", "MOHRE Tadbeer 0172"),
            "is_first_order": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Instalment Plan Applied",
        ("java",),
        {
            "application_id": UID,
            "credit_score": Y(lambda f: f.r.randint(1200, 4000), "credit score"),
            "monthly_income": Y(lambda f: f.pick([22000, 30000, 45000, 70000]), "salary"),
            "employer_name": E(
                "HSBC", "Cathay Pacific", "Hospital Authority", "Emirates NBD", "Self-employed"
            ),
            "job_title": E("Manager", "Nurse", "Teacher", "Engineer", "Pilot"),
            "instalment_months": E(3, 6, 12),
            "approved": G(pick(True, False)),
            "provider": E("Atome", "Tabby", "internal"),
        },
    ),
    (
        "track",
        "Invoice Paid",
        ("node",),
        {
            "type": E("invoice.paid"),
            "data": {
                "object": {
                    "id": G(lambda f: "in_1" + f._chars(23)),
                    "customer": G(lambda f: "cus_" + f._chars(14)),
                    "customer_email": Y(lambda f: f.email(f.employer_name()), "email"),
                    "customer_name": Y(lambda f: f.employer_name(), "name"),
                    "customer_address": {
                        "line1": Y(lambda f: f.home_address(), "address"),
                        "city": Y(pick("Hong Kong", "Kowloon", "Dubai", "Abu Dhabi"), "city"),
                        "country": E("HK", "AE"),
                    },
                    "amount_paid": G(lambda f: f.r.randint(140000, 900000)),
                    "currency": E("hkd", "aed"),
                    "number": G(
                        lambda f: f._chars(8, "0123456789ABCDEF") + "-" + f"{f.r.randint(1, 30):04d}"
                    ),
                    "payment_intent": G(lambda f: "pi_3" + f._chars(23)),
                    "status": E("paid"),
                }
            },
        },
    ),
    (
        "track",
        "Envelope Completed",
        ("python",),
        {
            "envelopeId": UID,
            "status": E("completed", "declined", "voided"),
            "emailSubject": E(
                "Please sign: Employment Contract (ID 407)",
                "Please sign: Service Agreement",
                "Please sign: Standard Employment Contract - UAE",
            ),
            "recipients": {
                "signers": Many(
                    {
                        "email": Y(lambda f: f.email(), "email"),
                        "name": Y(lambda f: f.person(), "name"),
                        "recipientId": E("1", "2", "3"),
                        "status": E("completed", "sent", "delivered"),
                        "signedDateTime": ISO,
                    },
                    3,
                )
            },
        },
    ),
    (
        "track",
        "Identity Check Completed",
        ("python",),
        {
            "applicantId": G(lambda f: f.hexid(24)),
            "reviewAnswer": E("GREEN", "RED", "GREEN"),
            "idDoc": {
                "type": E("PASSPORT", "ID_CARD", "RESIDENCE_PERMIT"),
                "number": RED(
                    lambda f: f.pick([f.hkid, f.emirates_id, f.passport])(), "passport|national id", True
                ),
                "firstName": Y(lambda f: f.person().split()[0], "name"),
                "lastName": Y(lambda f: f.person().split()[-1], "name"),
                "dob": Y(lambda f: f.date(1960, 2001), "birthdate"),
                "nationality": Y(pick("HKG", "ARE", "PHL", "IDN", "IND", "GBR"), "citizenship"),
            },
            "selfieMatchScore": G(lambda f: round(f.r.uniform(0.5, 1), 3)),
            "livenessPassed": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Consultation Booked",
        ("node",),
        {
            "event": E("invitee.created"),
            "payload": {
                "email": Y(lambda f: f.email(f.employer_name()), "email"),
                "name": Y(lambda f: f.employer_name(), "name"),
                "timezone": E("Asia/Hong_Kong", "Asia/Dubai", "Europe/London"),
                "questions_and_answers": Many(
                    {
                        "question": E("Which nationality of helper are you looking for?"),
                        "answer": E("Filipino", "Indonesian", "No preference", "Sri Lankan"),
                        "position": E(0),
                    },
                    1,
                ),
                "scheduled_event": {
                    "start_time": ISO,
                    "end_time": ISO,
                    "location": {
                        "type": E("zoom", "google_conference", "physical"),
                        "join_url": G(lambda f: f"https://calendly.com/events/{f.uuid()}/zoom"),
                    },
                },
                "rescheduled": G(pick(False, True)),
            },
        },
    ),
    # -- payroll --------------------------------------------------------------------------------------
    (
        "track",
        "Salary Payment Recorded",
        ("java",),
        {
            "payment_id": UID,
            "month": E("2024-03", "2024-04", "2024-05", "2024-06"),
            "amount": Y(lambda f: f.hkd_salary(), "salary"),
            "currency": E("HKD", "AED"),
            "method": E("bank_transfer", "cash", "fps"),
            "helper_bank_account": RED(lambda f: f.pick([f.hk_account, f.iban_ae])(), "bank account"),
            "receipt_signed": G(pick(True, False)),
            "paid_on_time": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Payslip Generated",
        ("java",),
        {
            "payslip_id": G(lambda f: "ps_" + f.digits(9)),
            "period": E("2024-03", "2024-04", "2024-05", "2024-06"),
            "basic_salary": Y(lambda f: f.hkd_salary(), "salary"),
            "food_allowance": Y(lambda f: f.pick([1236, 1200, 0, 400]), "salary"),
            "total_paid": Y(lambda f: f.money(4990, 7800), "salary"),
            "helper_name": Y(lambda f: f.helper_name(), "name"),
            "employer_name_display": Y(lambda f: f.employer_name(), "name"),
            "pdf_url": G(lambda f: f"https://files.helperbridge.hk/payslips/{f.uuid()}.pdf"),
        },
    ),
    (
        "track",
        "Termination Notice Submitted",
        ("ruby",),
        {
            "contract_no": G(lambda f: f.ref("HB-C")),
            "initiated_by": E("employer", "helper", "mutual"),
            "notice_type": E("one_month_notice", "wages_in_lieu", "summary_dismissal"),
            "last_working_day": DAY,
            "reason": E("contract_completed", "employer_relocating", "performance", "family_reasons"),
            "wages_in_lieu": Y(lambda f: f.pick([4990, 5200, 6000, 2200]), "salary"),
            "flight_home": E("MNL", "CGK", "CMB", "KTM", "CEB"),
        },
    ),
    # -- insurance ------------------------------------------------------------------------------------
    (
        "track",
        "Insurance Policy Purchased",
        ("java",),
        {
            "policy": {
                "policy_number": Y(lambda f: f.pick(["FDH", "HLP", "DWP"]) + f.digits(9), "identification"),
                "product_code": E("FDH-COMP-2Y", "FDH-PLUS-2Y", "DW-UAE-1Y"),
                "insurer": E("AXA", "Zurich", "Chubb", "Bupa", "FWD", "Oman Insurance"),
                "premium": G(lambda f: f.money(480, 2400)),
                "currency": E("HKD", "AED"),
                "start_date": DAY,
                "end_date": G(lambda f: f.date(2026, 2027)),
                "coverage_amount": E(100000, 200000, 500000),
            },
            "insured": {
                "full_name": Y(lambda f: f.helper_name(), "name"),
                "passport_or_hkid": RED(lambda f: f.pick([f.passport, f.hkid])(), "passport|national id"),
                "date_of_birth": Y(lambda f: f.date(1974, 2001), "birthdate"),
                "smoker": Y(pick(True, False), "condition"),
            },
            "beneficiary_name": Y(lambda f: f.helper_name(), "name"),
            "employer_id": EMPLOYER_ID,
        },
    ),
    (
        "track",
        "ClaimSubmitted",
        ("dotnet",),
        {
            "ClaimNumber": G(lambda f: "CLM" + f.digits(8)),
            "PolicyNumber": Y(lambda f: f.pick(["FDH", "HLP", "DWP"]) + f.digits(9), "identification"),
            "MemberNumber": Y(lambda f: f"M{f.digits(8)}-{f.r.randint(1, 3):02d}", "identification"),
            "ClaimType": E("Hospitalisation", "Outpatient", "Dental", "Repatriation"),
            "Diagnosis": Y(
                pick(
                    "Dengue fever",
                    "Fractured wrist",
                    "Appendicitis",
                    "Gastroenteritis",
                    "Pneumonia",
                    "Hypertension",
                ),
                "diagnosis",
            ),
            "HospitalName": E(
                "Queen Elizabeth Hospital",
                "Prince of Wales Hospital",
                "Rashid Hospital",
                "Mediclinic City Hospital",
                "Union Hospital",
            ),
            "AdmissionDate": DAY,
            "AmountClaimed": G(lambda f: f.money(300, 60000)),
            "Currency": E("HKD", "AED"),
            "PatientName": Y(lambda f: f.helper_name(), "name"),
            "PatientDateOfBirth": Y(lambda f: f.date(1974, 2001) + "T00:00:00", "birthdate"),
            "PatientMobile": Y(lambda f: f.mobile(), "phone"),
            "PayeeBankAccount": RED(lambda f: f.pick([f.hk_account, f.iban_ae])(), "bank account"),
            "SubmittedUtc": ISO,
            "Status": E("Received", "PendingDocuments", "InReview"),
        },
    ),
    (
        "track",
        "ClaimAssessed",
        ("dotnet",),
        {
            "ClaimNumber": G(lambda f: "CLM" + f.digits(8)),
            "Decision": E("Approved", "PartiallyApproved", "Declined"),
            "ApprovedAmount": G(lambda f: f.money(0, 40000)),
            "AssessorName": Y(
                lambda f: f.pick(["Karen Lo", "Samuel Tse", "Rania Khoury", "Brian Ochieng"]), "name"
            ),
            "AssessorEmail": Y(
                lambda f: (
                    f.pick(["karen.lo", "samuel.tse", "rania.khoury", "brian.ochieng"])
                    + "@claims.example-insure.com"
                ),
                "email",
            ),
            "ReasonCode": E("R00", "R12", "R31", "R07"),
            "ProcessingDays": n(1, 45),
            "IsFraudFlagged": G(pick(False, True)),
        },
    ),
    (
        "track",
        "PolicyRenewed",
        ("dotnet",),
        {
            "PolicyNumber": Y(lambda f: f.pick(["FDH", "HLP", "DWP"]) + f.digits(9), "identification"),
            "RenewalPremium": G(lambda f: f.money(480, 2400)),
            "InsuredName": Y(lambda f: f.helper_name(), "name"),
            "PolicyHolderName": Y(lambda f: f.employer_name(), "name"),
            "TermMonths": E(12, 24),
            "AutoRenew": G(pick(True, False)),
            "PaymentMethod": E("CreditCard", "Fps", "BankTransfer"),
            "AgentCode": G(lambda f: "AG" + f.digits(5)),
        },
    ),
    (
        "track",
        "Prescription Reimbursed",
        ("java",),
        {
            "rx_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "medication_name": Y(
                pick(
                    "Amoxicillin 500mg",
                    "Metformin 850mg",
                    "Salbutamol inhaler",
                    "Losartan 50mg",
                    "Paracetamol 500mg",
                ),
                "medication",
            ),
            "pharmacy": E("Watsons", "Mannings", "Aster Pharmacy", "Life Pharmacy"),
            "reimbursed_amount": G(lambda f: f.money(30, 900)),
            "claim_number": G(lambda f: "CLM" + f.digits(8)),
        },
    ),
    (
        "track",
        "Hospital Visit Reported",
        HELPER_APP,
        {
            "patientNo": RED(lambda f: f.ha_patient(), "health id"),
            "hospital": E(
                "Queen Elizabeth Hospital", "Prince of Wales Hospital", "Rashid Hospital", "Tuen Mun Hospital"
            ),
            "visitDate": DAY,
            "sickLeaveDays": n(0, 14),
            "reportedBy": E("helper", "employer"),
        },
    ),
    # -- complaints and support -----------------------------------------------------------------------
    (
        "track",
        "Complaint Filed",
        ("ruby",),
        {
            "complaint_id": G(lambda f: "cmp_" + f.digits(7)),
            "category": E(
                "salary_underpayment", "no_rest_day", "accommodation", "agency_fee", "document_retention"
            ),
            "complainant_role": E("helper", "employer"),
            "complainant_name": Y(lambda f: f.person(), "name"),
            "complainant_phone": Y(lambda f: f.mobile(), "phone"),
            "description": G(lambda f: f.pick(COMPLAINT_TEXT)),
            "against_party": E("employer", "agency", "helper"),
            "severity": E("low", "medium", "high"),
            "assigned_to_email": Y(lambda f: f.staff_email(), "email"),
            "union_member": Y(pick(True, False), "trade union"),
            "union_name": Y(
                pick(
                    "Filipino Domestic Helpers General Union",
                    "Indonesian Migrant Workers Union",
                    "FADWU",
                    "Progressive Labor Union of Domestic Workers",
                ),
                "trade union",
            ),
        },
    ),
    (
        "track",
        "Ticket Created",
        ("ruby",),
        {
            "ticket": {
                "id": n(100000, 999999),
                "subject": E("Invoice question", "Helper arrival date", "Cannot log in", "Refund request"),
                "priority": E("low", "normal", "high", "urgent"),
                "status": E("new", "open"),
                "via": {"channel": E("web", "email", "whatsapp")},
                "requester": {
                    "name": Y(lambda f: f.person(), "name"),
                    "email": Y(lambda f: f.email(), "email"),
                    "phone": Y(lambda f: f.mobile(), "phone"),
                },
                "description": Y(ticket_description, "phone", True),
                "tags": Many(E("billing", "visa", "app", "hk", "uae"), 3),
                "custom_fields": Many(
                    {"id": n(360000000000, 369999999999), "value": E("hk", "uae", "tier_2", "")}, 2
                ),
            }
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        ("node",),
        {
            "metadata": {
                "display_phone_number": E("85230012345", "97145551234", "6328001234"),
                "phone_number_id": G(lambda f: f.digits(15)),
            },
            "contacts": Many(
                {
                    "profile": {"name": Y(lambda f: f.helper_name(), "name")},
                    "wa_id": Y(lambda f: f.wa_id(), "phone", True),
                },
                1,
            ),
            "messages": Many(
                {
                    "from": Y(lambda f: f.wa_id(), "phone", True),
                    "id": G(
                        lambda f: "wamid.HBgL" + f._chars(40, string.ascii_letters + string.digits + "=")
                    ),
                    "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
                    "type": E("text"),
                    "text": {"body": G(lambda f: f.pick(WA_TEXTS))},
                },
                1,
            ),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ("go",),
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "SmsSid": G(lambda f: "SM" + f.hexid(32)),
            "MessageStatus": E("delivered", "sent", "undelivered", "failed"),
            "To": Y(lambda f: "+" + f.wa_id(), "phone", True),
            "From": E("+85230012345", "+97145551234", "+18335550142"),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "ApiVersion": E("2010-04-01"),
            "ErrorCode": E("", "30003", "30005", "30008"),
        },
    ),
    (
        "track",
        "Email Event",
        ("node",),
        {
            "email": Y(lambda f: f.email(), "email"),
            "event": E("delivered", "open", "click", "bounce"),
            "sg_message_id": G(lambda f: f._chars(22) + ".filterdrecv-" + f.digits(8)),
            "smtp-id": G(lambda f: f"<{f._chars(22)}@geopod-ismtpd-{f.r.randint(1, 30)}>"),
            "reply-to": E("no-reply@helperbridge.hk", "support@helperbridge.ae", "hello@helperbridge.hk"),
            "category": Many(E("transactional", "contract_reminder", "newsletter"), 2),
        },
    ),
    (
        "track",
        "Chat Message Flagged",
        ("go",),
        {
            "conversation_id": UID,
            "reason": E("contact_info_shared"),
            "message_text": Y(flagged_chat, "phone", True),
            "sender_role": E("helper", "employer"),
            "auto_blocked": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Staff Search Performed",
        ("web",),
        {
            "q": Y(lambda f: f.pick([f.helper_name, f.employer_name])(), "name", True),
            "resultsCount": n(0, 25),
            "scope": E("helpers", "employers", "all"),
        },
    ),
    (
        "track",
        "Contact Method Added",
        EMPLOYER_APP,
        {
            "contact": {"type": E("email"), "value": Y(lambda f: f.email(f.employer_name()), "email", True)},
            "isPrimary": G(pick(True, False)),
            "verificationSent": G(pick(True, False)),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ("php",),
        {
            "email": Y(lambda f: f.email(f.employer_name()), "email"),
            "reset_link": RED(lambda f: f.reset_link(), "token"),
            "requested_via": E("login_page", "app", "support"),
            "password_strength": E("weak", "fair", "strong"),
        },
    ),
    (
        "track",
        "Application Form Submitted",
        ("php",),
        {
            "full-name": Y(lambda f: f.helper_name(), "name"),
            "mobile-no": Y(lambda f: f.pick([f.phone_ph, f.phone_hk, f.phone_other])(), "phone"),
            "email-address": Y(lambda f: f.email(f.helper_name()), "email"),
            "date-of-birth": Y(
                lambda f: f.pick(
                    [
                        f.date(1974, 2001),
                        f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1974, 2001)}",
                    ]
                ),
                "birthdate",
            ),
            "nationality": Y(pick("Filipino", "Indonesian", "Sri Lankan", "Nepali", "Kenyan"), "citizenship"),
            "home-address": Y(lambda f: f.address_ph(), "address"),
            "emergency-contact-no": Y(lambda f: f.pick([f.phone_ph, f.phone_other])(), "phone"),
            "current-country": E("Philippines", "Hong Kong", "Saudi Arabia", "Singapore", "Indonesia"),
            "years-experience": n(0, 15),
            "has-valid-passport": G(pick("yes", "no")),
            "preferred-country": E("Hong Kong", "UAE", "Any"),
            "how-did-you-hear": E("facebook", "friend", "tiktok", "agency_poster"),
            "form-id": E("apply-v3", "apply-v3-tl"),
        },
    ),
    (
        "track",
        "Employer Verified",
        ("flutter",),
        {
            "employerId": EMPLOYER_ID,
            "verificationMethod": E("in_person", "video", "uae_pass"),
            "idType": E("HKID", "Emirates ID", "Passport"),
            "incomeProofType": E("payslip", "tax_return", "bank_statement"),
            "verified": G(pick(True, False)),
            "staffId": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Match Scored",
        ("go",),
        {
            "match_id": UID,
            "helper_id": HELPER_ID,
            "employer_id": EMPLOYER_ID,
            "score": G(lambda f: round(f.r.random(), 4)),
            "model_version": E("match-v7.3.1", "match-v7.4.0", "match-v7.4.2"),
            "rank": n(1, 50),
            "latency_ms": n(3, 180),
        },
    ),
]


def build(seed: int, repeats: int):
    f = AgencyFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(list(clients))
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("swift", "kotlin"):
                msg["userId"] = helper_id(f)
            elif client in ("web", "rn"):
                msg["userId"] = employer_id(f)
            elif client != "php":
                msg["userId"] = f.pick([helper_id, employer_id, lambda f: "stf_" + f.digits(4)])(f)
            if client in ("web", "swift", "kotlin", "rn", "flutter", "php"):
                msg["anonymousId"] = f.uuid()
            if event and kind == "track":
                msg["event"] = event
            if kind in ("page", "screen"):
                msg["name"] = event
            if kind == "group":
                msg["groupId"] = "hh_" + f.hexid(10)
            if kind == "alias":
                msg["previousId"] = msg.get("anonymousId") or f.uuid()
            elif body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=210, repeats=26)
    write(Path(__file__).parent, "holdout210_", events, labels)
