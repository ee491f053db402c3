"""Writes holdout 190: tests/corpus/holdout190_events.jsonl and holdout190_labels.json.

Sealed: written by an independent test engineer without reading the detection engine, its
vocabularies, its docs or any other corpus's labels, and without running the engine on these
events. Only the shared helpers (build.py, fake.py), build_holdout3.py (for the format) and the
reference (REFERENCE.md, DESIGN.md) were read. Nothing here was tuned to the engine.

Domain: an online tutoring and language-learning marketplace for children in China, Vietnam and
the US. Parent accounts and child profiles (ages, schools, grades, learning-support needs),
tutor applications with Checkr-style background checks and Persona-style ID verification (kebab
keys), lesson booking and video-classroom telemetry (WebRTC stats), homework uploads and speaking
exercises, progress reports in free text (English, Chinese), e-commerce spec purchases of lesson
packs, Stripe / VNPay / Alipay payments and refunds, tutor payouts, referral codes, parent-tutor
chat and its contact-sharing moderation, COPPA-style parental consent, support tickets, a
warehouse reverse-ETL sync (SCREAMING_SNAKE), .NET services (PascalCase), WeChat H5 forms with
Chinese-character keys and backends with pinyin (`xingming`, `shoujihao`, `shenfenzheng_hao`) and
Vietnamese keys (`ho_ten`, `so_dien_thoai`, `so_cccd`, `so_tai_khoan`).

Conventions: each message is a Segment-spec identify / track / page / screen / group / alias with
the `context` of the client library that sends it (analytics.js, analytics-swift,
analytics-kotlin, analytics-react-native, analytics-flutter, and the python, node, go, java, ruby,
php and .NET server libraries). Server webhook relays (Checkr, Persona, VNPay, Alipay) carry a
library-only context; server calls made while handling a user request forward `context.ip` and
`context.userAgent`. Values: names from Chinese (hanzi and pinyin), Vietnamese (with and without
diacritics) and US/multicultural pools; CN (+86 1xx), VN (+84 / 0xx) and NANP phones; CN 18-digit
resident ids with the ISO 7064 MOD 11-2 check character, VN 12-digit CCCD numbers with province
and century codes, SSA-structured SSNs; Luhn card numbers (Visa, Mastercard, Amex, UnionPay 62);
mod-97 IBANs; ABA routing numbers with a valid checksum.

Labelling rules (the Privacy Portal's default colours, as the brief states them):
- PII = personal data about a natural person: the user, a child (dependant), a tutor, a staff
  member, an invitee. Colour is the reference matcher's default; outside the reference: red for
  credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids; yellow
  otherwise (geolocation, advertising id, username, criminal record).
- Green: ids we or a vendor issue (user, child, booking, order, room, inquiry, Stripe `ch_`/`re_`/
  `cus_` ids, Alipay buyer ids, Agora numeric uids), versions, timestamps, hashes of non-PII
  (file sha256, VNPay secure hashes), amounts paid by parents, enums, counters and booleans even
  under PII-sounding keys (`emailVerified`, `phoneVerified`, `backgroundCheckStatus`), product,
  plan, course, school, university, bank and company names; country, state/province, locale,
  language, timezone, currency, user agents, OS-issued device ids (IDFV, Android id).
- Contested cases follow the product's published policy: ages and grades green; a business's own
  phone / address / role mailbox (a school's accounts@, our support@ / no-reply@) green; pay to tutors (hourly
  rates, earnings, payouts, desired salary) yellow `salary`; billing addresses yellow `address`;
  gclid / fbp / fbc yellow `advertising id`; Stripe `pm_` ids, Agora RTC tokens, one-time codes and
  magic-link tokens red `token`; ID-document numbers red `national id|passport`; right-to-work and
  visa-sponsorship answers red `visa`; the last four of an SSN red `social security number`.
- Decisions taken here where the brief is silent (what a careful privacy owner would want):
  * a child's school name is green (an organisation, like an employer); the child's own home
    district / ward / hometown is yellow `city|address`;
  * learning-support needs (dyslexia, ADHD, "none") are yellow `condition`; a hearing-impairment
    flag is red `disability`; allergies are yellow `allergy`;
  * a background check's result (clear / consider) reveals criminal-record data: yellow
    `criminal record`; its status (pending / complete) is green;
  * nationality is yellow `citizenship`;
  * a WeChat id is a personal contact handle: yellow `username`;
  * URLs of a person's uploaded photo or ID-document image are yellow `photo`;
  * APNs push tokens are red `token`; the platform's own media-server IPs are green (not a
    person's); the IP of the user's own WebRTC candidate is yellow `ip`;
  * a masked SSN as Checkr returns it (XXX-XX-1234) still holds the last four: red;
  * a search filter for the tutor's gender is a preference, not a person's data: green;
  * a value_only path whose values hold one of several kinds (a moderation hit that is a phone,
    an e-mail or a WeChat id) is typed `a|b|c`; every value holds one of them.
- Each message is about one market (CN, VN or US, chosen per message, fixed for templates only
  one market sends) so a person's address, city, postcode, phone and id number agree.
- value_only is true when the key does not say what the value is (`identifier`, `matched_text`,
  `value`, `note`, `externalIds[].id`, `transcript`, `feedback`, `summary`, `gift_message`, a
  Chinese free-text key) and only the value reveals it. Every
  value of a value_only PII path holds that PII; free text that holds no PII in any value (booking
  notes, cancellation details, review titles, translated chat messages, reviewer notes) is green.
"""

# Chinese free text uses full-width punctuation, as real Chinese text does.
# ruff: noqa: RUF001

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- value generators -------------------------------------------------------------------------------

CN_SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang")]
CN_SURNAMES += [("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun")]
CN_GIVEN = [("子轩", "Zixuan"), ("欣怡", "Xinyi"), ("浩然", "Haoran"), ("梓涵", "Zihan"), ("一诺", "Yinuo")]
CN_GIVEN += [
    ("雨桐", "Yutong"),
    ("宇航", "Yuhang"),
    ("思远", "Siyuan"),
    ("佳怡", "Jiayi"),
    ("俊杰", "Junjie"),
]
CN_GIVEN += [("秀英", "Xiuying"), ("建国", "Jianguo"), ("丽娟", "Lijuan"), ("伟", "Wei"), ("静", "Jing")]
VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Gia", "Thanh", "Khánh", "Hoài", "Đức"]
VN_GIVEN = ["An", "Hà", "Anh", "Bảo", "Huy", "Mai", "Tâm", "Linh", "Phúc", "Trang", "Khoa", "Thảo", "Nam"]
US_FIRST = ["Emily", "Jacob", "Maria", "DeShawn", "Aaliyah", "Ethan", "Sophia", "Carlos", "Grace", "Kenji"]
US_FIRST += ["Olivia", "Liam", "Isabella", "Malik", "Hannah", "Diego", "Chloe", "Noah", "Amira", "Tyler"]
US_LAST = ["Johnson", "Williams", "Garcia", "Brown", "Martinez", "Kim", "Nguyen", "Patel", "O'Connor"]
US_LAST += ["Washington", "Rodriguez", "Cohen", "Anderson", "Thompson", "Okafor", "Reyes", "Schmidt"]
KID_NICK = [
    "Bin",
    "Bông",
    "Su",
    "Tôm",
    "Bean",
    "Coco",
    "Lucky",
    "Mimi",
    "Tiểu Bảo",
    "豆豆",
    "乐乐",
    "Kiki",
    "JJ",
]
KID_EN = ["Lucas", "Coco", "Kevin", "Amy", "Leo", "Mia", "Olivia", "Aiden", "Sophie", "Eric", "Lily", "Max"]

CN_PLACES = [
    ("上海市", "徐汇区", "漕溪北路", "200030", "Shanghai", "310104"),
    ("北京市", "海淀区", "中关村大街", "100080", "Beijing", "110108"),
    ("深圳市", "南山区", "科技园南路", "518057", "Shenzhen", "440305"),
    ("杭州市", "西湖区", "文三路", "310012", "Hangzhou", "330106"),
    ("成都市", "武侯区", "人民南路四段", "610041", "Chengdu", "510107"),
    ("广州市", "天河区", "天河北路", "510620", "Guangzhou", "440106"),
]
VN_PLACES = [
    ("Hà Nội", "Cầu Giấy", "Phường Dịch Vọng", "Trần Thái Tông", "100000", "001"),
    ("Hà Nội", "Hai Bà Trưng", "Phường Bạch Mai", "Phố Huế", "100000", "001"),
    ("TP. Hồ Chí Minh", "Quận 3", "Phường 6", "Nguyễn Thị Minh Khai", "700000", "079"),
    ("TP. Hồ Chí Minh", "Quận 7", "Phường Tân Phong", "Nguyễn Lương Bằng", "700000", "079"),
    ("Đà Nẵng", "Hải Châu", "Phường Thạch Thang", "Lê Duẩn", "550000", "048"),
    ("Hải Phòng", "Lê Chân", "Phường An Biên", "Tô Hiệu", "180000", "031"),
]
US_PLACES = [
    ("Fremont", "CA", "94538"),
    ("Flushing", "NY", "11354"),
    ("Plano", "TX", "75024"),
    ("Bellevue", "WA", "98004"),
    ("Garden Grove", "CA", "92840"),
    ("Edison", "NJ", "08817"),
    ("Houston", "TX", "77036"),
    ("Chicago", "IL", "60616"),
]
US_STREETS = [
    "Mission Blvd",
    "Main St",
    "Legacy Dr",
    "NE 8th St",
    "Brookhurst St",
    "Oak Tree Rd",
    "Bellaire Blvd",
]
EMAIL_DOMAINS = ["qq.com", "163.com", "gmail.com", "outlook.com", "yahoo.com.vn", "icloud.com", "126.com"]
SCHOOLS = [
    "上海市徐汇区第一中心小学",
    "Beijing No. 2 Experimental Primary School",
    "Trường Tiểu học Dịch Vọng B",
    "Trường THCS Nguyễn Du",
    "Mission San Jose Elementary",
    "PS 20 John Bowne",
    "Shenzhen Foreign Languages School",
    "Vinschool The Harmony",
    "Bellevue Christian School",
]
SUBJECTS = ["english", "mandarin", "math", "phonics", "ielts", "vietnamese", "coding", "science"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; 22081212C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 "
    "Mobile Safari/537.36 XiaoMi/MiuiBrowser/17.8",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Mobile Safari/537.36 Zalo/1.0",
]


def strip_vn(s: str) -> str:
    table = str.maketrans(
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ",
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
        "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD",
    )
    return s.translate(table)


def cn_name(f: Fake) -> str:
    (sh, sp), (gh, gp) = f.pick(CN_SURNAMES), f.pick(CN_GIVEN)
    return f.pick([sh + gh, sh + gh, f"{gp} {sp}", f"{sp.upper()} {gp}", f"{sp} {gp}"])


def vn_name(f: Fake) -> str:
    name = f"{f.pick(VN_SURNAMES)} {f.pick(VN_MIDDLE)} {f.pick(VN_GIVEN)}"
    return name if f.r.random() < 0.6 else strip_vn(name)


def us_name(f: Fake) -> str:
    return f.pick([f"{f.pick(US_FIRST)} {f.pick(US_LAST)}", f.full_name()])


def market(f: Fake) -> str:
    """The market of the account the message is about (set per message by build), else any."""
    return getattr(f, "market", None) or f.pick(["CN", "VN", "US"])


def any_name(f: Fake) -> str:
    m = market(f)
    if m == "US":  # US families include many Chinese- and Vietnamese-American names
        return f.pick([us_name, us_name, cn_name, vn_name])(f)
    return f.pick([cn_name, cn_name, us_name] if m == "CN" else [vn_name, vn_name, us_name])(f)


def first_name(f: Fake) -> str:
    m = market(f)
    if m == "CN":
        return f.pick(CN_GIVEN)[f.pick([0, 1, 1])]
    if m == "VN":
        return f.pick(VN_GIVEN)
    return f.pick([f.pick(US_FIRST), f.first(), f.pick(CN_GIVEN)[1]])


def last_name(f: Fake) -> str:
    m = market(f)
    if m == "CN":
        return f.pick(CN_SURNAMES)[1]
    if m == "VN":
        return f.pick(VN_SURNAMES)
    return f.pick([f.pick(US_LAST), f.last(), f.pick(CN_SURNAMES)[1], strip_vn(f.pick(VN_SURNAMES))])


def region(f: Fake) -> str:
    m = market(f)
    if m == "CN":
        return f.pick(["Shanghai", "Beijing", "Guangdong", "Zhejiang", "Sichuan"])
    return f.pick(["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng"]) if m == "VN" else f.pick(US_PLACES)[1]


def kid_first(f: Fake) -> str:
    return f.pick(
        [
            lambda: f.pick(CN_GIVEN[:10])[f.pick([0, 1])],
            lambda: f.pick(VN_MIDDLE[2:]) + " " + f.pick(VN_GIVEN),
            lambda: f.pick(US_FIRST),
            lambda: f.pick(KID_EN),
        ]
    )()


def cn_phone(f: Fake) -> str:
    n = f.pick(["138", "139", "186", "177", "135", "150", "199"]) + f.digits(8)
    return f.pick([n, f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86{n}", f"{n[:3]}-{n[3:7]}-{n[7:]}"])


def vn_phone(f: Fake) -> str:
    n = f.pick(["91", "98", "97", "90", "33", "38", "70", "86"]) + f.digits(7)
    return f.pick([f"0{n}", f"+84 {n[:2]} {n[2:5]} {n[5:]}", f"+84{n}", f"0{n[:3]} {n[3:6]} {n[6:]}"])


def any_phone(f: Fake) -> str:
    return {"CN": cn_phone, "VN": vn_phone, "US": lambda f: f.phone()}[market(f)](f)


def email_of(f: Fake) -> str:
    kind = f.pick(["qq", "pinyin", "vn", "us", "fake"])
    if kind == "qq":
        return f"{f.digits(f.pick([8, 9, 10]))}@qq.com"
    if kind == "pinyin":
        _, sp = f.pick(CN_SURNAMES)
        _, gp = f.pick(CN_GIVEN)
        return (
            f"{sp.lower()}{gp.lower()}{f.r.randint(1, 2015)}@{f.pick(['163.com', '126.com', 'outlook.com'])}"
        )
    if kind == "vn":
        g = strip_vn(f.pick(VN_GIVEN)).lower()
        s = strip_vn(f.pick(VN_SURNAMES)).lower()
        return f"{g}.{s}{f.r.randint(80, 99)}@{f.pick(['gmail.com', 'yahoo.com.vn'])}"
    if kind == "us":
        last = f.pick(US_LAST).lower().replace(chr(39), "")
        return f"{f.pick(US_FIRST).lower()}.{last}@{f.pick(EMAIL_DOMAINS)}"
    return f.email()


def wechat_id(f: Fake) -> str:
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    return f.pick(
        [
            "wxid_" + "".join(f.r.choice(alnum) for _ in range(14)),
            f.pick(CN_SURNAMES)[1].lower() + "_mama" + str(f.r.randint(1, 99)),
            f.pick(CN_GIVEN)[1].lower() + str(f.r.randint(1980, 2012)),
        ]
    )


def cn_resident_id(f: Fake) -> str:
    area = f.pick(CN_PLACES)[5]
    body = area + f.date(1960, 2004).replace("-", "") + f"{f.r.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def vn_cccd(f: Fake) -> str:
    year = f.r.randint(1965, 2004)
    century_sex = (0 if year < 2000 else 2) + f.r.randint(0, 1)
    return f.pick(VN_PLACES)[5] + str(century_sex) + f"{year % 100:02d}" + f"{f.r.randint(0, 999999):06d}"


def passport_no(f: Fake) -> str:
    return f.pick(["E" + f.digits(8), "EA" + f.digits(7), "C" + f.digits(7), f.digits(9), "P" + f.digits(7)])


def id_doc_no(f: Fake) -> str:
    m = market(f)
    if m == "US":
        return f.digits(9)
    return f.pick([cn_resident_id if m == "CN" else vn_cccd, passport_no])(f)


def unionpay(f: Fake) -> str:
    return f.luhn_complete("62" + f.pick(["2202", "1700", "2848", "2588"]) + f.digits(12))


def aba_routing(f: Fake) -> str:
    while True:
        d = [f.r.randint(0, 9) for _ in range(8)]
        d[0] = f.pick([0, 1, 2, 3])
        for last in range(10):
            n = [*d, last]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + n[2] + n[5] + n[8]) % 10 == 0:
                return "".join(map(str, n))


def stripe_id(f: Fake, prefix: str) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "1" + "".join(f.r.choice(alnum) for _ in range(23))


def agora_token(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "006" + f.hexid(32) + "IA" + "".join(f.r.choice(alnum) for _ in range(96))


def person_address(f: Fake) -> str:
    kind = {"CN": f.pick(["cn", "cn", "cn_en"]), "VN": "vn", "US": "us"}[market(f)]
    if kind == "cn":
        city, dist, road, _, _, _ = f.pick(CN_PLACES)
        return f"{city}{dist}{road}{f.r.randint(1, 999)}号{f.r.randint(1, 20)}栋{f.r.randint(101, 2802)}室"
    if kind == "cn_en":
        _, _, _, _, city, _ = f.pick(CN_PLACES)
        road = f.pick(["Caoxi North Rd", "Wensan Rd", "Keyuan South Rd"])
        return f"Room {f.r.randint(101, 2802)}, No. {f.r.randint(1, 999)} {road}, {city}"
    if kind == "vn":
        city, dist, ward, street, _, _ = f.pick(VN_PLACES)
        return f"Số {f.r.randint(1, 300)} {street}, {ward}, {dist}, {city}"
    return f"{f.r.randint(100, 48999)} {f.pick(US_STREETS)}"


def person_city(f: Fake) -> str:
    m = market(f)
    if m == "CN":
        return f.pick(CN_PLACES)[f.pick([0, 4])]
    return f.pick(VN_PLACES)[0] if m == "VN" else f.pick(US_PLACES)[0]


def person_zip(f: Fake) -> str:
    m = market(f)
    if m == "CN":
        return f.pick(CN_PLACES)[3]
    return f.pick(VN_PLACES)[4] if m == "VN" else f.pick(US_PLACES)[2]


def coords(f: Fake) -> tuple[float, float]:
    base = f.pick(
        {
            "CN": [(31.19, 121.44), (39.98, 116.31), (22.54, 113.94), (30.27, 120.13)],
            "VN": [(21.03, 105.79), (10.78, 106.69), (16.07, 108.22)],
            "US": [(37.55, -121.98), (40.76, -73.83), (33.07, -96.75), (47.61, -122.2)],
        }[market(f)]
    )
    return round(base[0] + f.r.uniform(-0.05, 0.05), 6), round(base[1] + f.r.uniform(-0.05, 0.05), 6)


def staff_email(f: Fake) -> str:
    last = f.pick(["tran", "li", "nguyen", "smith", "wang", "lee", "pham"])
    return f"{f.pick(US_FIRST).lower()}.{last}@lingokids-tutors.example"


def ts(f: Fake) -> str:
    return f.iso()


def money(f: Fake, lo=5, hi=600) -> float:
    return f.money(lo, hi)


def kid_dob(f: Fake) -> str:
    return f.date(2010, 2020)


def adult_dob(f: Fake) -> str:
    return f.date(1965, 2002)


def pick(*items):
    return G(lambda f: f.pick(list(items)))


def int_g(lo, hi):
    return G(lambda f: f.r.randint(lo, hi))


def uid(f: Fake) -> str:
    return "u_" + f.digits(8)


def kid_id(f: Fake) -> str:
    return "kid_" + f.hexid(10)


def tutor_id(f: Fake) -> str:
    return "t_" + f.digits(6)


# -- contexts sent by the client libraries ----------------------------------------------------------

LOCALES = ["zh-CN", "vi-VN", "en-US", "zh-Hans-CN", "en-VN"]
TIMEZONES = [
    "Asia/Shanghai",
    "Asia/Ho_Chi_Minh",
    "America/Los_Angeles",
    "America/New_York",
    "America/Chicago",
]


def web_context(f: Fake):
    page = f.pick(["/", "/tutors", "/checkout", "/kids/english", "/vi/gia-su-tieng-anh", "/zh/shaoer-yingyu"])
    return {
        "library": {"name": G(lambda f: "analytics.js"), "version": pick("npm:next-1.66.0", "next-1.70.0")},
        "page": {
            "path": G(lambda f: page),
            "referrer": pick(
                "https://www.google.com/", "", "https://www.baidu.com/", "https://m.facebook.com/"
            ),
            "search": pick("", "?utm_source=wechat&utm_medium=social", "?ref=parent_referral", "?lang=vi"),
            "title": pick(
                "LingoKids Tutors", "Checkout | LingoKids", "Gia sư tiếng Anh cho bé", "少儿英语外教"
            ),
            "url": G(lambda f: "https://www.lingokids-tutors.example" + page),
        },
        "userAgent": pick(*UAS),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": pick("Chromium", "Google Chrome", "Not-A.Brand"),
                    "version": pick("124", "123", "99"),
                },
                3,
            ),
            "mobile": pick(True, False),
            "platform": pick("Windows", "macOS", "Android"),
        },
        "locale": pick(*LOCALES),
        "timezone": pick(*TIMEZONES),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": pick("back_to_school_2024", "tet_sale", "summer_camp", "free_trial_lesson"),
            "source": pick("google", "facebook", "wechat", "zalo", "tiktok"),
            "medium": pick("cpc", "social", "referral", "email"),
            "term": pick("english tutor for kids", "gia sư tiếng anh", "少儿英语一对一", "online phonics"),
            "content": pick("video_ad_a", "carousel_b", "kol_post"),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LingoKids Tutors"),
            "version": pick("6.4.0", "6.4.2", "6.5.0"),
            "build": pick("6400", "6421", "6503"),
            "namespace": G(lambda f: "com.lingokids.tutors"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": pick("iPad13,18", "iPhone15,2", "iPhone14,7", "iPad7,11"),
            "name": pick("iPad", "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": pick("1.5.11", "1.6.1")},
        "locale": pick(*LOCALES),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("中国移动", "Viettel", "AT&T"),
        },
        "os": {"name": pick("iOS", "iPadOS"), "version": pick("17.4.1", "16.7.5", "17.5")},
        "screen": {"width": pick(390, 820, 1024), "height": pick(844, 1180, 1366), "density": pick(2, 3)},
        "timezone": pick(*TIMEZONES),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "email": Y(email_of, "email"),
            "userId": G(uid),
            "firstName": Y(first_name, "name"),
            "phone": Y(any_phone, "phone"),
        },
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LingoKids Tutors"),
            "version": pick("6.4.0", "6.5.0", "6.3.9"),
            "build": pick("640", "650", "639"),
            "namespace": G(lambda f: "com.lingokids.tutors"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": pick("Xiaomi", "samsung", "OPPO", "vivo", "Google"),
            "model": pick("22081212C", "SM-A546E", "CPH2387", "V2231", "Pixel 7"),
            "name": pick("cupid", "a54x", "OP5961L1", "PD2250"),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": pick(True, False),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": pick("1.15.0", "1.16.3")},
        "locale": pick(*LOCALES),
        "network": {
            "wifi": pick(True, False),
            "cellular": pick(True, False),
            "carrier": pick("Viettel", "中国联通", "T-Mobile"),
        },
        "os": {"name": G(lambda f: "Android"), "version": pick("13", "14", "12")},
        "screen": {"density": pick(2.75, 3.0, 2.0), "width": pick(1080, 1220), "height": pick(2400, 2712)},
        "timezone": pick(*TIMEZONES),
        "userAgent": pick(
            "Dalvik/2.1.0 (Linux; U; Android 13; 22081212C Build/TKQ1.220829.002)",
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 12; CPH2387 Build/SP1A.210812.016)",
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def rn_context(f: Fake):
    lat, lon = coords(f)
    return {
        "app": {
            "name": G(lambda f: "LingoKids Tutor Hub"),
            "version": pick("3.2.0", "3.2.4", "3.3.0"),
            "build": pick("320", "324", "330"),
            "namespace": G(lambda f: "com.lingokids.tutorhub"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "samsung", "Xiaomi"),
            "model": pick("iPhone13,2", "SM-S918B", "2201123G"),
            "type": pick("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": pick("2.19.1", "2.20.0")},
        "os": {"name": pick("iOS", "Android"), "version": pick("17.4", "14", "16.6")},
        "screen": {"width": pick(390, 412), "height": pick(844, 915)},
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "locale": pick(*LOCALES),
        "timezone": pick(*TIMEZONES),
        "traits": {
            "email": Y(email_of, "email"),
            "name": Y(any_name, "name"),
            "role": G(lambda f: "tutor"),
        },
        "location": {
            "city": Y(person_city, "city"),
            "country": G(market),
            "latitude": Y(lambda f: lat, "geolocation"),
            "longitude": Y(lambda f: lon, "geolocation"),
            "speed": pick(0, 0.0, 1.4),
        },
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "LingoKids Classroom"),
            "version": pick("2.8.1", "2.9.0", "2.9.3"),
            "build": pick("281", "290", "293"),
            "namespace": G(lambda f: "com.lingokids.classroom"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": pick("Apple", "HUAWEI", "samsung", "Lenovo"),
            "model": pick("iPad12,1", "BAH3-W09", "SM-X200", "TB-J606F"),
            "type": pick("ios", "android"),
        },
        "library": {"name": G(lambda f: "analytics-flutter"), "version": pick("1.1.1", "1.1.4")},
        "os": {"name": pick("iPadOS", "Android"), "version": pick("17.4", "12", "13")},
        "screen": {"width": pick(810, 1200, 1340), "height": pick(1080, 1920, 800)},
        "network": {"wifi": pick(True, False), "cellular": pick(True, False)},
        "locale": pick(*LOCALES),
        "timezone": pick(*TIMEZONES),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str, forwarded: bool):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        out = {"library": {"name": G(lambda f: name), "version": pick(*versions)}}
        if forwarded:
            out["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            out["userAgent"] = pick(*UAS)
            out["locale"] = pick(*LOCALES)
            if lib == "node":
                out["externalIds"] = Many(
                    {
                        "id": Y(email_of, "email", True),
                        "type": G(lambda f: "email"),
                        "collection": G(lambda f: "users"),
                        "encoding": G(lambda f: "none"),
                    },
                    1,
                )
        return out

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
}
for _lib in SERVER_LIBS:
    CONTEXTS[_lib] = server_context(_lib, True)
    CONTEXTS[_lib + "_hook"] = server_context(_lib, False)


# -- free text ------------------------------------------------------------------------------------


def progress_summary(f: Fake) -> str:
    kid = kid_first(f)
    return f.pick(
        [
            f"{kid} attended all lessons this month and can now read CVC words confidently.",
            f"Great progress! {kid} is more willing to speak and used past tense correctly in class.",
            f"{kid} needs more practice with 'th' sounds. Homework completion: 5/6.",
            f"This term {kid} moved from Pre-A1 to A1. Vocabulary grew by about 120 words.",
            f"{kid} was a bit distracted in week 3 but finished the unit test with 85%.",
        ]
    )


def homework_feedback(f: Fake) -> str:
    kid = kid_first(f)
    return f.pick(
        [
            f"Well done, {kid}! Watch your spelling of 'because'.",
            f"Good job {kid} :) Please redo exercise 3.",
            f"{kid}, remember capital letters at the start of sentences.",
            f"Excellent work {kid}! 10/10",
            f"Hi {kid}, nice handwriting. Let's review plurals next time.",
        ]
    )


def self_intro(f: Fake) -> str:
    kid, age = kid_first(f), f.r.randint(5, 12)
    return f.pick(
        [
            f"Hello, my name is {kid}. I am {age} years old. I like pandas.",
            f"Hi teacher! My name is {kid}. I'm {age}. My favourite colour is blue.",
            f"My name is {kid} and I am in grade {f.r.randint(1, 6)}. I have a little brother.",
            f"Good morning. I am {kid}. I like swimming and drawing.",
        ]
    )


def cn_report(f: Fake) -> str:
    (sh, _), (gh, _) = f.pick(CN_SURNAMES), f.pick(CN_GIVEN[:10])
    name = f.pick([sh + gh, gh])
    return f.pick(
        [
            f"{name}本周课堂表现积极，能主动用英语回答问题，自然拼读进步明显。",
            f"{name}同学对动物单词掌握很好，需要加强句型练习。",
            f"本月{name}出勤4次，作业完成率100%，建议多听英文绘本。",
            f"{name}上课有点紧张，但跟读发音很标准，继续加油！",
        ]
    )


def tutor_review(f: Fake) -> str:
    tutor = f.pick(["Ms. " + f.pick(US_LAST), "Teacher " + f.pick(US_FIRST), "cô " + f.pick(VN_GIVEN)])
    tutor = f.pick([tutor, "Mr. " + f.pick(US_LAST), f.pick(US_FIRST)])
    return f.pick(
        [
            f"{tutor} is very patient with my son. Highly recommend!",
            f"My daughter loves {tutor}'s lessons, she asks for more every week.",
            f"{tutor} was late twice but the lessons are fun.",
            f"Con rất thích học với {tutor}, phát âm chuẩn.",
            f"{tutor}老师很有耐心，孩子很喜欢。",
        ]
    )


def contact_leak(f: Fake) -> str:
    return f.pick(
        [
            lambda: cn_phone(f),
            lambda: vn_phone(f),
            lambda: f.phone(),
            lambda: email_of(f),
            lambda: "wechat: " + wechat_id(f),
            lambda: "zalo " + vn_phone(f),
            lambda: "add me on wx " + wechat_id(f),
        ]
    )()


def signin_identifier(f: Fake) -> str:
    return f.pick([email_of, cn_phone, vn_phone, lambda f: f.phone("e164")])(f)


# -- shared bodies ------------------------------------------------------------------------------------


def lesson_product():
    return {
        "product_id": G(lambda f: "pkg_" + f.digits(4)),
        "sku": G(
            lambda f: f.pick(["EN-KIDS", "MATH-G", "IELTS-J", "ZH-HSK"]) + "-" + str(f.pick([4, 8, 12, 24]))
        ),
        "name": pick(
            "12-Lesson English Pack", "Phonics Starter (8)", "HSK 1 Mandarin Course", "Math Olympiad 24"
        ),
        "category": pick("Lesson Packs", "Courses", "Trial"),
        "brand": G(lambda f: "LingoKids"),
        "variant": pick("25 min", "50 min"),
        "price": G(lambda f: money(f, 29, 480)),
        "quantity": int_g(1, 2),
        "position": int_g(1, 12),
        "url": G(lambda f: f"https://www.lingokids-tutors.example/packs/{f.r.randint(100, 999)}"),
        "image_url": G(lambda f: f"https://cdn.lingokids-tutors.example/packs/{f.hexid(8)}.png"),
    }


def rtc_stats():
    return {
        "room_id": G(lambda f: "room_" + f.hexid(12)),
        "lesson_id": G(lambda f: "les_" + f.digits(9)),
        "bitrate_kbps": int_g(120, 2400),
        "packet_loss_pct": G(lambda f: round(f.r.uniform(0, 12), 2)),
        "jitter_ms": int_g(1, 120),
        "rtt_ms": int_g(20, 600),
        "cpu_pct": int_g(5, 95),
        "network_quality": pick("excellent", "good", "poor", "bad", "down"),
        "local_candidate_ip": Y(lambda f: f.ipv4(), "ip"),
        "local_candidate_type": pick("host", "srflx", "relay"),
        "media_server_ip": pick("47.89.12.30", "103.97.3.18", "52.8.211.40", "47.74.130.9"),
        "media_server_region": pick("cn-shanghai", "ap-southeast-1", "us-west-1"),
    }


# -- events: (type, event or page/screen name, clients, body) ----------------------------------------

ACCOUNTS = [
    (
        "identify",
        None,
        ["web", "ios"],
        {
            "email": Y(email_of, "email"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(any_phone, "phone"),
            "createdAt": G(ts),
            "role": G(lambda f: "parent"),
            "country": G(market),
            "preferredLanguage": pick("zh-CN", "vi", "en"),
            "timezone": pick(*TIMEZONES),
            "childrenCount": int_g(1, 3),
            "emailVerified": pick(True, False),
            "phoneVerified": pick(True, False),
            "plan": pick("pay_as_you_go", "monthly_8", "monthly_12", "annual_96"),
            "referralCode": G(lambda f: "LK" + f.hexid(6).upper()),
            "address": {
                "street": Y(person_address, "address|street"),
                "city": Y(person_city, "city"),
                "state": G(region),
                "postalCode": Y(person_zip, "zipcode"),
                "country": G(lambda f: {"CN": "China", "VN": "Vietnam", "US": "United States"}[market(f)]),
            },
            "secondGuardian": {
                "name": Y(any_name, "name"),
                "phone": Y(any_phone, "phone"),
                "email": Y(email_of, "email"),
                "relationship": pick("father", "mother", "grandparent", "guardian"),
            },
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "xingming": Y(cn_name, "name"),
            "shoujihao": Y(cn_phone, "phone"),
            "youxiang": Y(email_of, "email"),
            "weixin_hao": Y(wechat_id, "username"),
            "touxiang_url": Y(
                lambda f: "https://thirdwx.qlogo.cn/mmopen/vi_32/" + f.hexid(40) + "/132", "photo"
            ),
            "sheng": pick("广东省", "上海市", "北京市", "浙江省", "四川省"),
            "chengshi": Y(lambda f: f.pick(CN_PLACES)[0], "city"),
            "dizhi": Y(person_address, "address"),
            "zhuce_shijian": G(ts),
            "huiyuan_dengji": pick("普通", "银卡", "金卡", "VIP"),
            "haizi_shuliang": int_g(1, 3),
            "laiyuan_qudao": pick("wechat_mp", "xiaohongshu", "douyin", "referral"),
            "huiyuan_hao": G(lambda f: "M" + f.digits(9)),
        },
    ),
    (
        "identify",
        None,
        ["node"],
        {
            "ho_ten": Y(vn_name, "name"),
            "so_dien_thoai": Y(vn_phone, "phone"),
            "email": Y(email_of, "email"),
            "dia_chi": Y(
                lambda f: f"Số {f.r.randint(1, 300)} {f.pick(VN_PLACES)[3]}, {f.pick(VN_PLACES)[2]}",
                "address|street",
            ),
            "quan_huyen": Y(lambda f: f.pick(VN_PLACES)[1], "city|address"),
            "tinh_thanh": G(lambda f: f.pick(VN_PLACES)[0]),
            "zalo": Y(vn_phone, "phone"),
            "ngay_sinh": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1975, 1996)}",
                "birthdate",
            ),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ", "nu", "nam"]), "gender"),
            "ngay_tao": G(ts),
            "kenh": pick("facebook_ads", "zalo_oa", "gioi_thieu", "google"),
            "so_con": int_g(1, 3),
        },
    ),
    (
        "identify",
        None,
        ["java_hook"],
        {
            "CUSTOMER_ID": G(lambda f: f.digits(7)),
            "PARENT_EMAIL": Y(email_of, "email"),
            "PARENT_PHONE": Y(any_phone, "phone"),
            "PARENT_FULL_NAME": Y(any_name, "name"),
            "FIRST_ORDER_DATE": G(lambda f: f.date(2021, 2024)),
            "LTV_USD": G(lambda f: money(f, 0, 4000)),
            "CHILD_COUNT": int_g(1, 3),
            "LAST_LESSON_AT": G(ts),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "HOME_CITY": Y(person_city, "city"),
            "HOME_POSTAL_CODE": Y(person_zip, "zipcode"),
            "PRIMARY_LANGUAGE": pick("zh", "vi", "en"),
            "IS_VIP": pick(True, False),
            "NPS_LAST": int_g(0, 10),
            "LAST_SEEN_IP": Y(lambda f: f.ipv4(), "ip"),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        {
            "name": Y(any_name, "name"),
            "email": Y(email_of, "email"),
            "phone": Y(any_phone, "phone"),
            "role": G(lambda f: "tutor"),
            "gender": Y(lambda f: f.pick(["female", "male", "nữ", "nam", "女"]), "gender"),
            "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 2)),
            "lessonsTaught": int_g(0, 4000),
            "hourlyRate": Y(lambda f: f.pick([12, 15, 18.5, 22, 25, 30]), "salary"),
            "payoutCurrency": pick("USD", "VND", "CNY"),
            "city": Y(person_city, "city"),
            "country": pick("US", "VN", "CN", "PH", "ZA"),
            "verified": pick(True, False),
            "backgroundCheckStatus": pick("not_started", "pending", "complete"),
            "specialties": Many(pick("phonics", "ielts", "young_learners", "business", "hsk"), 3),
        },
    ),
    (
        "track",
        "Child Profile Created",
        ["ios", "android"],
        {
            "child_id": G(kid_id),
            "child_first_name": Y(kid_first, "name"),
            "child_nickname": Y(lambda f: f.pick(KID_NICK), "name"),
            "birth_date": Y(kid_dob, "birthdate"),
            "age": int_g(4, 14),
            "grade": pick("Grade 3", "小学三年级", "Lớp 4", "Kindergarten", "初一", "Lớp 1", "5th grade"),
            "school_name": pick(*SCHOOLS),
            "gender": Y(lambda f: f.pick(["boy", "girl", "male", "female"]), "gender"),
            "english_level": pick("pre_a1", "a1", "a2", "b1"),
            "learning_goals": Many(
                pick("speaking", "school_exams", "cambridge_yle", "confidence", "reading"), 3
            ),
            "learning_support_needs": Many(
                Y(
                    lambda f: f.pick(["dyslexia", "ADHD", "autism spectrum", "speech delay", "none"]),
                    "condition",
                ),
                2,
            ),
            "hearing_impairment": RED(lambda f: f.pick([True, False]), "disability"),
            "photo_url": Y(lambda f: f"https://img.lingokids-tutors.example/kids/{f.uuid()}.jpg", "photo"),
            "interests": Many(pick("dinosaurs", "minecraft", "drawing", "football", "k-pop", "lego"), 3),
        },
    ),
    (
        "track",
        "ChildProfileUpdated",
        ["dotnet"],
        {
            "ChildId": G(kid_id),
            "ParentUserId": G(uid),
            "DisplayName": Y(kid_first, "name"),
            "DateOfBirth": Y(lambda f: kid_dob(f) + "T00:00:00", "birthdate"),
            "GradeLevel": int_g(0, 9),
            "SchoolName": pick(*SCHOOLS),
            "Allergies": Many(
                Y(lambda f: f.pick(["peanuts", "none", "lactose", "eggs", "shellfish"]), "allergy"), 2
            ),
            "EmergencyContactName": Y(any_name, "name"),
            "EmergencyContactPhone": Y(any_phone, "phone"),
            "EmergencyContactRelation": pick("mother", "father", "grandmother", "aunt", "nanny"),
            "PickupAuthorized": pick(True, False),
            "UpdatedAtUtc": G(ts),
            "UpdatedFields": Many(pick("DisplayName", "GradeLevel", "SchoolName", "Allergies", "Avatar"), 3),
        },
    ),
    (
        "track",
        "Parental Consent Recorded",
        ["web"],
        {
            "consent_id": G(lambda f: f.uuid()),
            "child_id": G(kid_id),
            "consent_type": pick("coppa_vpc", "pipl_guardian", "photo_release", "recording"),
            "method": pick("card_verification", "signed_form", "sms_otp", "kba"),
            "consent_version": pick("2023-09", "2024-03"),
            "parent_full_name": Y(any_name, "name"),
            "parent_email": Y(email_of, "email"),
            "child_name": Y(kid_first, "name"),
            "signature_ip": Y(lambda f: f.ipv4(), "ip"),
            "relationship_to_child": pick("mother", "father", "legal_guardian"),
            "consented_at": G(ts),
            "granted": pick(True, False),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": pick("sms", "email", "zalo_zns", "voice"),
            "phone_number": Y(any_phone, "phone"),
            "code": RED(lambda f: f.digits(6), "token"),
            "expires_in": pick(300, 600),
            "attempt": int_g(1, 4),
            "provider": pick("twilio", "aliyun_sms", "esms_vn", "tencent_sms"),
            "provider_message_id": G(lambda f: "SM" + f.hexid(32)),
            "template_id": pick("SMS_246120151", "otp_login_v2", "ZNS_203918"),
        },
    ),
    (
        "track",
        "Signed In",
        ["web", "android"],
        {
            "method": pick("password", "otp", "wechat", "apple", "google", "magic_link"),
            "identifier": Y(signin_identifier, "email|phone", True),
            "success": pick(True, False),
            "failure_reason": pick("", "wrong_password", "otp_expired", "rate_limited"),
            "remember_me": pick(True, False),
            "mfa_used": pick(True, False),
            "login_count": int_g(1, 900),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "token": RED(lambda f: f.hexid(48), "token"),
            "link_age_sec": int_g(5, 86000),
            "email_domain": pick("qq.com", "gmail.com", "163.com", "yahoo.com.vn"),
            "expired": pick(True, False),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web"],
        {
            "form_id": pick("tutor-signup", "parent-signup"),
            "form_name": pick("Become a tutor", "Create your family account"),
            "fields": {
                "email": Y(email_of, "email"),
                "password": RED(
                    lambda f: f.pick(["Lingo2024!", "hunter2", "Minhanh@123", "wang123456", "Sunshine#88"]),
                    "password",
                ),
                "confirm_password": RED(
                    lambda f: f.pick(["Lingo2024!", "P@ssw0rd1", "qwerty!23"]), "password"
                ),
                "full_name": Y(any_name, "name"),
                "agree_terms": pick(True, False),
                "newsletter": pick("on", "off"),
            },
            "duration_ms": int_g(8000, 240000),
        },
    ),
]

TUTORS = [
    (
        "track",
        "TaxInfoSubmitted",
        ["dotnet"],
        {
            "TutorId": G(tutor_id),
            "FormVersion": pick("W-9 (Rev. March 2024)", "W-9 (Rev. October 2018)"),
            "LegalName": Y(us_name, "name"),
            "TaxClassification": pick("Individual/sole proprietor", "Single-member LLC"),
            "TaxpayerId": RED(lambda f: f.ssn(), "social security number"),
            "MailingAddress": {
                "Street": Y(lambda f: f"{f.r.randint(100, 48999)} {f.pick(US_STREETS)}", "address|street"),
                "City": Y(lambda f: f.pick(US_PLACES)[0], "city"),
                "State": G(lambda f: f.pick(US_PLACES)[1]),
                "PostalCode": Y(lambda f: f.pick(US_PLACES)[2], "zipcode"),
            },
            "SignatureName": Y(us_name, "name"),
            "BackupWithholding": pick(True, False),
            "SignedAtUtc": G(ts),
        },
    ),
    (
        "track",
        "Dang Ky Hoc Thu",
        ["php"],
        {
            "ho_ten_phu_huynh": Y(vn_name, "name"),
            "ten_be": Y(lambda f: f.pick(VN_MIDDLE[2:]) + " " + f.pick(VN_GIVEN), "name"),
            "sdt": Y(vn_phone, "phone"),
            "email": Y(email_of, "email"),
            "dia_chi_nha": Y(
                lambda f: f"Số {f.r.randint(1, 300)} {f.pick(VN_PLACES)[3]}, {f.pick(VN_PLACES)[1]}",
                "address|street",
            ),
            "lop": pick("Lớp 1", "Lớp 2", "Lớp 3", "Lớp 5", "Mẫu giáo lớn"),
            "truong": pick("Trường Tiểu học Dịch Vọng B", "Trường THCS Nguyễn Du", "Vinschool The Harmony"),
            "khu_vuc": pick("Miền Bắc", "Miền Nam", "Miền Trung"),
            "ghi_chu": pick("Bé hơi nhút nhát", "Muốn học buổi tối", "", "Cần giáo viên bản ngữ"),
        },
    ),
    (
        "track",
        "Tutor Application Submitted",
        ["web"],
        {
            "application_id": G(lambda f: "app_" + f.digits(7)),
            "first_name": Y(first_name, "name"),
            "last_name": Y(last_name, "name"),
            "email": Y(email_of, "email"),
            "phone": Y(any_phone, "phone"),
            "date_of_birth": Y(adult_dob, "birthdate"),
            "nationality": Y(
                lambda f: f.pick(
                    ["American", "Vietnamese", "Chinese", "Filipino", "South African", "British"]
                ),
                "citizenship",
            ),
            "teaching_languages": Many(pick("en", "zh", "vi", "es"), 2),
            "native_language": pick("English", "Vietnamese", "Mandarin", "Tagalog"),
            "years_experience": int_g(0, 25),
            "expected_hourly_rate_usd": Y(lambda f: f.pick([10, 12, 15, 20, 25, 35]), "salary"),
            "degree": pick("BA English", "BEd Primary Education", "MA TESOL", "BSc Mathematics"),
            "university": pick(
                "Hanoi University", "UCLA", "East China Normal University", "University of Cape Town"
            ),
            "certificate_type": pick("TEFL", "CELTA", "TESOL", "none"),
            "tefl_certificate_number": Y(
                lambda f: f.pick(["TEFL-" + f.digits(7), "ITA" + f.digits(6), "CEL/" + f.digits(5)]),
                "certificate",
            ),
            "authorized_to_work_in_us": RED(lambda f: f.pick(["yes", "no", "not_applicable"]), "visa"),
            "requires_visa_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "availability_hours_per_week": int_g(5, 40),
            "how_did_you_hear": pick("facebook", "indeed", "friend", "teachaway", "linkedin"),
            "has_teaching_video": pick(True, False),
            "address_line1": Y(person_address, "address|street"),
            "city": Y(person_city, "city"),
            "postal_code": Y(person_zip, "zipcode"),
            "state": G(region),
            "profile_photo_url": Y(
                lambda f: f"https://img.lingokids-tutors.example/tutors/{f.uuid()}.jpg", "photo"
            ),
            "references": Many(
                {
                    "name": Y(any_name, "name"),
                    "email": Y(email_of, "email"),
                    "phone": Y(any_phone, "phone"),
                    "relationship": pick("former_employer", "school_principal", "colleague", "professor"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Ho So Gia Su Cap Nhat",
        ["android"],
        {
            "ma_gia_su": G(tutor_id),
            "ho_ten": Y(vn_name, "name"),
            "so_cccd": RED(vn_cccd, "national id"),
            "ngay_cap": G(lambda f: f.date(2021, 2024)),
            "noi_cap": pick("Cục Cảnh sát QLHC về TTXH", "Cuc Canh sat QLHC ve TTXH"),
            "ngay_sinh": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1975, 2002)}",
                "birthdate",
            ),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ", "nu", "nam"]), "gender"),
            "que_quan": Y(
                lambda f: f.pick(["Nam Định", "Thái Bình", "Nghệ An", "Huế", "Quảng Nam", "Cần Thơ"]),
                "city|address",
            ),
            "trinh_do": pick("Cử nhân", "Thạc sĩ", "Sinh viên năm 3"),
            "mon_day": Many(pick("Tiếng Anh", "Toán", "Tiếng Việt", "IELTS"), 2),
            "luong_mong_muon": Y(lambda f: f.pick([150000, 200000, 250000, 300000]), "salary"),
            "da_xac_minh": pick(True, False),
        },
    ),
    (
        "track",
        "Shiming Renzheng Tijiao",
        ["python"],
        {
            "zhenshi_xingming": Y(cn_name, "name"),
            "shenfenzheng_hao": RED(cn_resident_id, "national id"),
            "shenfenzheng_zhengmian_url": Y(
                lambda f: f"https://oss-cn-shanghai.aliyuncs.example/kyc/{f.hexid(16)}/front.jpg", "photo"
            ),
            "renzheng_zhuangtai": pick("shenhe_zhong", "tongguo", "jujue"),
            "renzheng_qudao": pick("aliyun_ocr", "tencent_faceid", "rengong"),
            "renlian_bidui_fenshu": G(lambda f: round(f.r.uniform(60, 99.9), 1)),
            "tijiao_shijian": G(ts),
            "jiaoshi_id": G(tutor_id),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["node_hook"],
        {
            "inquiry-id": G(lambda f: "inq_" + f.hexid(24)),
            "status": pick("completed", "failed", "needs_review", "approved"),
            "reference-id": G(tutor_id),
            "completed-at": G(ts),
            "attributes": {
                "name-first": Y(first_name, "name"),
                "name-middle": Y(lambda f: f.pick([*VN_MIDDLE, "Marie", "James", "Lee"]), "name"),
                "name-last": Y(last_name, "name"),
                "birthdate": Y(adult_dob, "birthdate"),
                "address-street-1": Y(person_address, "address|street"),
                "address-street-2": Y(
                    lambda f: f.pick(["Apt 4B", "Phòng 1203", "Unit 12", "3栋1202室", "Tầng 5"]),
                    "address|street",
                ),
                "address-city": Y(person_city, "city"),
                "address-subdivision": G(region),
                "address-postal-code": Y(person_zip, "zipcode"),
                "address-country-code": G(market),
                "identification-class": pick("pp", "id"),
                "identification-number": RED(id_doc_no, "national id|passport"),
                "email-address": Y(email_of, "email"),
                "phone-number": Y(any_phone, "phone"),
            },
            "checks": Many(
                {
                    "name": pick(
                        "id_barcode_detection", "id_expired_detection", "selfie_id_comparison", "id_tamper"
                    ),
                    "status": pick("passed", "failed", "not_applicable"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Background Check Completed",
        ["ruby_hook"],
        {
            "type": pick("report.completed", "report.updated"),
            "data": {
                "object": {
                    "id": G(lambda f: f.hexid(24)),
                    "status": pick("pending", "complete", "suspended"),
                    "result": Y(lambda f: f.pick(["clear", "consider"]), "criminal record"),
                    "package": pick("tasker_standard", "childcare_pro", "driver_pro"),
                    "candidate_id": G(lambda f: f.hexid(24)),
                    "created_at": G(ts),
                    "completed_at": G(ts),
                }
            },
            "candidate": {
                "first_name": Y(lambda f: f.pick(US_FIRST), "name"),
                "last_name": Y(lambda f: f.pick(US_LAST), "name"),
                "middle_name": Y(
                    lambda f: f.pick(["Marie", "James", "Lee", "Ann", "Michael", "Rose"]), "name"
                ),
                "phone": Y(lambda f: f.phone(), "phone"),
                "email": Y(email_of, "email"),
                "dob": Y(adult_dob, "birthdate"),
                "ssn": RED(lambda f: "XXX-XX-" + f.ssn()[-4:], "social security number"),
                "zipcode": Y(lambda f: f.pick(US_PLACES)[2], "zipcode"),
                "driver_license_number": Y(
                    lambda f: f.pick(
                        ["F" + f.digits(7), "D" + f.digits(8), f.digits(9), "S53" + f.digits(7)]
                    ),
                    "license",
                ),
                "driver_license_state": pick("CA", "NY", "TX", "WA", "NJ"),
                "no_middle_name": pick(True, False),
            },
        },
    ),
    (
        "track",
        "ApplicationStatusChanged",
        ["dotnet"],
        {
            "ApplicationId": G(lambda f: "app_" + f.digits(7)),
            "TutorUserId": G(uid),
            "OldStatus": pick("Submitted", "Screening", "DemoScheduled", "BackgroundCheck"),
            "NewStatus": pick("Screening", "DemoScheduled", "Approved", "Rejected", "Withdrawn"),
            "ReviewerName": Y(any_name, "name"),
            "ReviewerNotes": pick(
                "Strong phonics demo, energetic.",
                "Accent clear, needs work on classroom management.",
                "Did not show up for demo.",
                "Great with 5-7 year olds.",
            ),
            "DemoLessonScore": int_g(1, 10),
            "ChangedAtUtc": G(ts),
            "RejectionReasonCode": pick(None, "R01_NO_SHOW", "R04_AUDIO", "R07_EXPERIENCE"),
        },
    ),
    (
        "track",
        "Interview Scheduled",
        ["ruby"],
        {
            "interview_id": G(lambda f: f.digits(8)),
            "application_id": G(lambda f: "app_" + f.digits(7)),
            "scheduled_at": G(ts),
            "interviewer_email": Y(staff_email, "email"),
            "candidate_email": Y(email_of, "email"),
            "candidate_name": Y(any_name, "name"),
            "candidate_phone": Y(any_phone, "phone"),
            "meeting_url": G(lambda f: f"https://zoom.us/j/{f.digits(11)}"),
            "timezone": pick(*TIMEZONES),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["java"],
        {
            "tutorId": G(tutor_id),
            "payoutMethod": pick("ach", "wire", "paypal"),
            "country": G(lambda f: "US"),
            "currency": G(lambda f: "USD"),
            "accountHolderName": Y(us_name, "name"),
            "bankName": pick("Chase", "Bank of America", "Wells Fargo", "Chime"),
            "routingNumber": G(aba_routing),
            "accountNumber": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "accountNumberLast4": G(lambda f: f.digits(4)),
            "accountType": pick("checking", "savings"),
            "ssnLast4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "w9Submitted": pick(True, False),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["php"],
        {
            "ma_gia_su": G(tutor_id),
            "ho_ten_chu_tk": Y(lambda f: strip_vn(vn_name(f)).upper(), "name"),
            "so_tai_khoan": RED(lambda f: f.digits(f.pick([10, 12, 13, 14])), "bank account"),
            "ngan_hang": pick("Vietcombank", "Techcombank", "MB Bank", "BIDV", "ACB"),
            "chi_nhanh": pick("Hà Nội", "Sở giao dịch", "Chi nhánh Tân Bình", "Đà Nẵng"),
            "swift_code": pick("BFTVVNVX", "VTCBVNVX", "MSCBVNVX"),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["go"],
        {
            "payout_account": {
                "holder_name": Y(any_name, "name"),
                "iban": RED(lambda f: f.iban(f.pick(["GB", "DE", "NL", "ES"])), "bank account"),
                "bic": pick("NWBKGB2L", "DEUTDEFF", "ABNANL2A", "BBVAESMM"),
                "bank_card_number": RED(unionpay, "credit card|bank account"),
                "bank_name": pick("招商银行", "中国工商银行", "Barclays", "Deutsche Bank"),
            },
            "provider": pick("payoneer", "wise", "unionpay"),
            "verified": pick(True, False),
        },
    ),
    (
        "track",
        "Earnings Statement Issued",
        ["java"],
        {
            "tutorId": G(tutor_id),
            "periodStart": G(lambda f: f.date(2024, 2024)),
            "periodEnd": G(lambda f: f.date(2024, 2024)),
            "grossEarnings": Y(lambda f: money(f, 80, 4200), "salary"),
            "netPayout": Y(lambda f: money(f, 60, 3900), "salary"),
            "platformFeePct": pick(15, 18, 20),
            "lessonsCount": int_g(4, 160),
            "currency": pick("USD", "VND", "CNY"),
            "taxFormType": pick("W-9", "1099-NEC", "W-8BEN", "none"),
        },
    ),
    (
        "track",
        "Thanh Toan Gia Su",
        ["php"],
        {
            "ma_gia_su": G(tutor_id),
            "so_tai_khoan": RED(lambda f: f.digits(f.pick([10, 12, 13, 14])), "bank account"),
            "ngan_hang": pick("Vietcombank", "Techcombank", "MB Bank", "BIDV", "ACB"),
            "so_tien": Y(lambda f: f.pick([1200000, 3450000, 5800000, 980000, 7200000]), "salary"),
            "ky_thanh_toan": pick("2024-05", "2024-06", "2024-07", "2024-08"),
            "trang_thai": pick("thanh_cong", "dang_xu_ly", "that_bai"),
            "ma_giao_dich": G(lambda f: "FT" + f.digits(12)),
        },
    ),
]

LESSONS = [
    (
        "track",
        "Tutors Searched",
        ["web", "ios"],
        {
            "query": pick(
                "ielts tutor", "phonics", "toán lớp 5", "少儿英语", "native speaker kids", "hsk 1", ""
            ),
            "filters": {
                "subject": pick(*SUBJECTS),
                "native_speaker": pick(True, False),
                "tutor_gender": pick("any", "female", "male"),
            },
            "results_count": int_g(0, 240),
            "sort": pick("recommended", "price_asc", "rating"),
            "page": int_g(1, 6),
        },
    ),
    (
        "track",
        "Tutor Profile Viewed",
        ["ios", "android", "web"],
        {
            "tutor_id": G(tutor_id),
            "tutor_name": Y(
                lambda f: f.pick(["Teacher ", "Ms. ", "cô ", ""]) + f.pick(US_FIRST + VN_GIVEN), "name"
            ),
            "rating": G(lambda f: round(f.r.uniform(3.8, 5.0), 2)),
            "review_count": int_g(0, 900),
            "hourly_rate": Y(lambda f: f.pick([12, 15, 18.5, 22, 25, 30]), "salary"),
            "tutor_country": pick("US", "PH", "ZA", "VN", "GB"),
            "teaches": Many(pick(*SUBJECTS), 3),
            "intro_video_watched": pick(True, False),
            "tutor_photo_url": Y(
                lambda f: f"https://img.lingokids-tutors.example/tutors/{f.uuid()}.jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Lesson Booked",
        ["ios", "android"],
        {
            "booking_id": G(lambda f: "bk_" + f.digits(9)),
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "tutor_id": G(tutor_id),
            "child_id": G(kid_id),
            "subject": pick(*SUBJECTS),
            "lesson_type": pick("trial", "regular", "makeup", "group"),
            "start_time": G(ts),
            "duration_min": pick(25, 30, 50),
            "price": G(lambda f: money(f, 0, 40)),
            "currency": pick("USD", "CNY", "VND"),
            "booking_note": pick(
                "Please focus on phonics",
                "She is shy at first, be patient",
                "Can we practise for the Cambridge Movers test?",
                "",
                "Con cần luyện nói nhiều hơn",
                "请多练习口语",
            ),
            "child_age": int_g(4, 14),
            "tutor_name": Y(
                lambda f: f.pick(["Teacher ", "Ms. ", "cô ", ""]) + f.pick(US_FIRST + VN_GIVEN), "name"
            ),
            "child_name": Y(kid_first, "name"),
        },
    ),
    (
        "track",
        "Lesson Cancelled",
        ["web", "rn"],
        {
            "booking_id": G(lambda f: "bk_" + f.digits(9)),
            "cancelled_by": pick("parent", "tutor", "system"),
            "reason": pick("schedule_conflict", "technical", "tutor_unavailable", "other"),
            "reason_detail": pick(
                "Family trip", "Internet outage at home", "School exam week", "", "Holiday"
            ),
            "hours_before_start": int_g(0, 96),
            "refund_eligible": pick(True, False),
            "penalty_credits": int_g(0, 1),
        },
    ),
    (
        "track",
        "Classroom Joined",
        ["flutter", "rn"],
        {
            "room_id": G(lambda f: "room_" + f.hexid(12)),
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "role": pick("student", "tutor", "observer"),
            "agora_uid": int_g(100000, 4294967295),
            "rtc_token": RED(agora_token, "token"),
            "display_name": Y(
                lambda f: f.pick([kid_first(f), "Teacher " + f.pick(US_FIRST), any_name(f)]), "name"
            ),
            "join_latency_ms": int_g(300, 9000),
            "camera_permission": pick("granted", "denied", "prompt"),
            "mic_permission": pick("granted", "denied"),
            "network_type": pick("wifi", "4g", "5g", "ethernet"),
            "participants": Many({"uid": int_g(100000, 4294967295), "name": Y(any_name, "name")}, 3),
        },
    ),
    ("track", "Classroom Quality Sampled", ["web", "flutter"], rtc_stats()),
    (
        "track",
        "Lesson Completed",
        ["node"],
        {
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "booking_id": G(lambda f: "bk_" + f.digits(9)),
            "tutor_id": G(tutor_id),
            "child_id": G(kid_id),
            "actual_duration_min": int_g(10, 55),
            "attendance": pick("both", "tutor_only", "student_only"),
            "tutor_late_min": int_g(0, 10),
            "credits_charged": int_g(0, 2),
            "tutor_earnings": Y(lambda f: f.pick([6.0, 7.5, 9.25, 11.0, 12.5]), "salary"),
        },
    ),
    (
        "track",
        "Lesson Rated",
        ["ios", "web"],
        {
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "tutor_id": G(tutor_id),
            "rating": int_g(1, 5),
            "review_text": Y(tutor_review, "name", True),
            "review_title": pick("Great lesson", "Bài học hay", "很好", "Okay", "Too fast"),
            "would_recommend": pick(True, False),
        },
    ),
    (
        "track",
        "Homework Uploaded",
        ["android", "ios"],
        {
            "homework_id": G(lambda f: "hw_" + f.digits(8)),
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "child_id": G(kid_id),
            "file_name": G(
                lambda f: f.pick(
                    [
                        f"IMG_2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}_{f.digits(6)}.jpg",
                        f"homework_unit{f.r.randint(1, 12)}.pdf",
                        f"scan{f.r.randint(1, 99):04d}.png",
                        f"mmexport{f.digits(13)}.jpg",
                    ]
                )
            ),
            "file_size_bytes": int_g(40000, 9000000),
            "mime_type": pick("image/jpeg", "application/pdf", "image/png", "image/heic"),
            "sha256": G(lambda f: f.hexid(64)),
        },
    ),
    (
        "track",
        "Speaking Exercise Submitted",
        ["flutter", "android"],
        {
            "exercise_id": G(lambda f: "sp_" + f.digits(6)),
            "child_id": G(kid_id),
            "transcript": Y(self_intro, "name", True),
            "pronunciation_score": int_g(40, 100),
            "word_count": int_g(8, 40),
            "audio_duration_ms": int_g(3000, 60000),
        },
    ),
    (
        "track",
        "Homework Graded",
        ["go"],
        {
            "homework_id": G(lambda f: "hw_" + f.digits(8)),
            "tutor_id": G(tutor_id),
            "score": int_g(0, 10),
            "max_score": G(lambda f: 10),
            "rubric": {"grammar": int_g(1, 5), "vocabulary": int_g(1, 5), "fluency": int_g(1, 5)},
            "feedback": Y(homework_feedback, "name", True),
        },
    ),
    (
        "track",
        "Progress Report Generated",
        ["python"],
        {
            "report_id": G(lambda f: "rpt_" + f.hexid(10)),
            "child_id": G(kid_id),
            "period_start": G(lambda f: f.date(2024, 2024)),
            "period_end": G(lambda f: f.date(2024, 2024)),
            "lessons_attended": int_g(0, 16),
            "attendance_rate": G(lambda f: round(f.r.random(), 2)),
            "cefr_level_end": pick("a1", "a2", "b1"),
            "summary": Y(progress_summary, "name", True),
            "tutor_display_name": Y(
                lambda f: f.pick(["Teacher ", "Ms. ", "Mr. "]) + f.pick(US_FIRST), "name"
            ),
            "recipient_email": Y(email_of, "email"),
            "sent_via": pick("email", "wechat", "zalo", "app"),
            "report_url": G(lambda f: f"https://www.lingokids-tutors.example/r/{f.hexid(10)}"),
        },
    ),
    (
        "track",
        "Xuexi Baogao Shengcheng",
        ["python"],
        {
            "xuesheng_xingming": Y(cn_name, "name"),
            "nianji": pick("一年级", "二年级", "三年级", "四年级", "五年级", "六年级"),
            "kecheng_mingcheng": pick("少儿英语L2", "自然拼读", "剑桥KET备考", "思维数学"),
            "ketang_biaoxian": Y(cn_report, "name", True),
            "defen": int_g(60, 100),
            "shangke_cishu": int_g(1, 16),
            "baogao_id": G(lambda f: f.digits(12)),
        },
    ),
    (
        "track",
        "试听课反馈",
        ["web"],
        {
            "孩子姓名": Y(lambda f: f.pick(CN_SURNAMES)[0] + f.pick(CN_GIVEN)[0], "name"),
            "家长手机": Y(cn_phone, "phone"),
            "家长姓名": Y(cn_name, "name"),
            "微信号": Y(wechat_id, "username"),
            "所在城市": Y(lambda f: f.pick(["上海", "北京", "深圳", "杭州", "成都", "广州"]), "city"),
            "年级": pick("一年级", "三年级", "五年级", "幼儿园大班"),
            "满意度": pick("非常满意", "满意", "一般", "不满意"),
            "意见": pick("老师很好", "希望时间更灵活", "孩子很喜欢", "网络有点卡", ""),
            "是否续费": pick("是", "否", "考虑中"),
            "表单ID": G(lambda f: f.digits(8)),
        },
    ),
]

COMMERCE = [
    (
        "track",
        "Product List Viewed",
        ["web", "android"],
        {
            "list_id": pick("packs_en", "packs_math", "summer_camp"),
            "category": pick("Lesson Packs", "Courses"),
            "products": Many(lesson_product(), 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web", "ios"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(lambda f: money(f, 29, 960)),
            "revenue": G(lambda f: money(f, 29, 960)),
            "discount": G(lambda f: money(f, 0, 80)),
            "coupon": pick("", "TRIAL50", "TET2024", "BACK2SCHOOL", "FRIEND20"),
            "currency": pick("USD", "CNY", "VND"),
            "products": Many(lesson_product(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(10)),
            "payment_method": pick("card", "alipay", "wechat_pay", "vnpay", "momo", "apple_pay"),
            "stripe_payment_method": RED(lambda f: stripe_id(f, "pm_"), "token"),
            "card_brand": pick("visa", "mastercard", "amex", "unionpay"),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["424242", "545454", "622202", "378282"])),
            "card_exp_month": int_g(1, 12),
            "card_exp_year": int_g(2025, 2031),
            "billing_name": Y(any_name, "name"),
            "billing_phone": Y(any_phone, "phone"),
            "billing_postal_code": Y(person_zip, "zipcode"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "node"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(10)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: money(f, 29, 960)),
            "subtotal": G(lambda f: money(f, 29, 960)),
            "revenue": G(lambda f: money(f, 29, 960)),
            "tax": G(lambda f: money(f, 0, 60)),
            "discount": G(lambda f: money(f, 0, 80)),
            "coupon": pick("", "TRIAL50", "TET2024", "BACK2SCHOOL", "FRIEND20"),
            "currency": pick("USD", "CNY", "VND"),
            "payment_method": pick("card", "alipay", "wechat_pay", "vnpay", "momo"),
            "invoice_number": G(lambda f: "INV-" + f.digits(8)),
            "stripe_charge_id": G(lambda f: stripe_id(f, "ch_")),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "products": Many(lesson_product(), 2),
            "billing_address": {
                "name": Y(any_name, "name"),
                "line1": Y(person_address, "address"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Phòng 1203", "Unit 12", "3栋1202室", "Suite 210"]), "address"
                ),
                "city": Y(person_city, "city|address"),
                "state": G(region),
                "postal_code": Y(person_zip, "zipcode|address"),
                "country": G(market),
            },
            "receipt_email": Y(email_of, "email"),
            "is_gift": pick(True, False),
            "gift_recipient": {"name": Y(any_name, "name"), "email": Y(email_of, "email")},
            "gift_message": Y(
                lambda f: f.pick(
                    [
                        f"Happy birthday {kid_first(f)}! Love, Grandma",
                        f"For {kid_first(f)} - have fun learning English!",
                        f"Chúc mừng sinh nhật {kid_first(f)}!",
                        f"{kid_first(f)}生日快乐！",
                    ]
                ),
                "name",
                True,
            ),
            "first_purchase": pick(True, False),
        },
    ),
    (
        "track",
        "VNPay Return Received",
        ["php_hook"],
        {
            "vnp_Amount": G(lambda f: f.pick([99000000, 249000000, 1290000000, 459000000])),
            "vnp_BankCode": pick("NCB", "VCB", "TCB", "VNPAYQR", "MBBANK"),
            "vnp_OrderInfo": G(lambda f: "Thanh toan don hang " + f.digits(10)),
            "vnp_PayDate": G(lambda f: "2024" + f.digits(10)),
            "vnp_ResponseCode": pick("00", "24", "51"),
            "vnp_TransactionNo": G(lambda f: f.digits(8)),
            "vnp_TxnRef": G(lambda f: "ord_" + f.digits(10)),
            "vnp_SecureHash": G(lambda f: f.hexid(128)),
        },
    ),
    (
        "track",
        "Alipay Trade Notified",
        ["go_hook"],
        {
            "out_trade_no": G(lambda f: "ord_" + f.digits(10)),
            "trade_no": G(lambda f: "2024" + f.digits(24)),
            "total_amount": G(lambda f: f"{money(f, 99, 3999):.2f}"),
            "trade_status": pick("TRADE_SUCCESS", "TRADE_CLOSED", "WAIT_BUYER_PAY"),
            "buyer_id": G(lambda f: "2088" + f.digits(12)),
            "gmt_payment": G(
                lambda f: f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d} 20:1{f.r.randint(0, 9)}:05"
            ),
        },
    ),
    (
        "track",
        "Refund Requested",
        ["ios", "android"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(10)),
            "reason": pick("tutor_quality", "schedule", "technical", "child_lost_interest", "other"),
            "explanation": pick(
                "Classes are too late for us now",
                "Video kept freezing",
                "We are moving abroad",
                "Con không thích học nữa",
                "",
            ),
            "requested_amount": G(lambda f: money(f, 10, 500)),
            "callback_phone": Y(any_phone, "phone"),
            "refund_to": pick("original_method", "bank_transfer", "credits"),
            "refund_account_number": RED(lambda f: f.digits(f.pick([10, 12, 13])), "bank account"),
            "refund_account_holder": Y(any_name, "name"),
            "refund_account_bank": pick("Vietcombank", "ICBC", "Chase", "Techcombank"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["node"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(10)),
            "refund_id": G(lambda f: stripe_id(f, "re_")),
            "amount": G(lambda f: money(f, 10, 500)),
            "currency": pick("USD", "CNY", "VND"),
            "reason": pick("requested_by_customer", "duplicate", "fraudulent"),
            "partial": pick(True, False),
            "processed_by": Y(lambda f: f"{f.pick(US_FIRST)} ({f.pick(['CS', 'Ops'])})", "name"),
            "refunded_at": G(ts),
        },
    ),
]

GROWTH = [
    (
        "track",
        "Contacts Imported",
        ["ios", "android"],
        {
            "permission": pick("granted", "limited"),
            "contacts_count": int_g(1, 600),
            "contacts": Many(
                {
                    "display_name": Y(any_name, "name"),
                    "label": pick("mobile", "home", "iPhone", "work"),
                    "value": Y(any_phone, "phone", True),
                    "email": Y(email_of, "email"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Referral Link Shared",
        ["android", "ios"],
        {
            "referral_code": G(lambda f: "LK" + f.hexid(6).upper()),
            "share_channel": pick("wechat", "zalo", "whatsapp", "sms", "copy_link", "messenger"),
            "referrer_reward": pick("1_free_lesson", "usd_20", "cny_100"),
            "share_url": G(lambda f: "https://lkt.example/r/" + f.hexid(8)),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        ["web"],
        {
            "referral_code": G(lambda f: "LK" + f.hexid(6).upper()),
            "invitee_email": Y(email_of, "email"),
            "invitee_name": Y(any_name, "name"),
            "invitee_phone": Y(any_phone, "phone"),
            "personal_message": pick(
                "My kids love this, try a free lesson!",
                "Dùng mã này để được học thử miễn phí nhé",
                "试听课免费，推荐给你",
                "",
            ),
            "invites_sent_today": int_g(1, 10),
        },
    ),
    (
        "track",
        "Referral Converted",
        ["java"],
        {
            "referrerUserId": G(uid),
            "refereeUserId": G(uid),
            "referralCode": G(lambda f: "LK" + f.hexid(6).upper()),
            "rewardAmount": pick(20, 100, 200000),
            "rewardCurrency": pick("USD", "CNY", "VND"),
            "convertedAt": G(ts),
            "daysToConvert": int_g(0, 60),
        },
    ),
    (
        "track",
        "Lead Captured",
        ["python"],
        {
            "lead_id": G(lambda f: f.uuid()),
            "lead_source": pick("facebook_lead_ad", "google_form", "tiktok_lead", "landing_page"),
            "parent_name": Y(any_name, "name"),
            "contact_phone": Y(any_phone, "phone"),
            "child_age": int_g(3, 14),
            "parent_email": Y(email_of, "email"),
            "child_name": Y(kid_first, "name"),
            "city": Y(person_city, "city"),
            "interested_subject": pick(*SUBJECTS),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        ["ios", "android"],
        {
            "campaign_id": G(lambda f: f.digits(7)),
            "message_title": pick(
                "Lesson starts in 15 min", "Homework graded!", "Nhận ưu đãi Tết", "新课包上线"
            ),
            "deep_link": pick("lingokids://lesson/upcoming", "lingokids://homework", "lingokids://packs"),
            "notification_id": G(lambda f: f.uuid()),
            "provider": pick("fcm", "apns", "jpush", "getui"),
        },
    ),
    (
        "track",
        "Application Opened",
        ["ios", "android"],
        {
            "from_background": pick(True, False),
            "version": pick("6.4.0", "6.5.0"),
            "referring_application": pick("com.tencent.xin", "com.zing.zalo", ""),
            "url": pick("", "lingokids://lesson/upcoming", "https://lkt.example/r/abc123"),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Message Sent",
        ["rn", "ios", "android"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "message_id": G(lambda f: f.uuid()),
            "sender_role": pick("parent", "tutor"),
            "recipient_role": pick("tutor", "parent", "support"),
            "message_length": int_g(1, 600),
            "has_attachment": pick(True, False),
            "attachment_type": pick(None, "image", "pdf", "voice"),
            "response_time_sec": int_g(5, 86400),
        },
    ),
    (
        "track",
        "Contact Info Blocked",
        ["python"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "message_id": G(lambda f: f.uuid()),
            "detector": pick("phone_regex", "email_regex", "wechat_keyword", "ml_v3"),
            "matched_text": Y(contact_leak, "phone|email|username", True),
            "action": pick("masked", "blocked", "flagged_for_review"),
            "sender_role": pick("parent", "tutor"),
            "strike_count": int_g(1, 3),
        },
    ),
    (
        "track",
        "Message Translated",
        ["web"],
        {
            "text": pick(
                "Can we move Thursday's class to 7pm?",
                "Cô ơi, tuần này con đi du lịch, mình đổi lịch được không ạ?",
                "老师，孩子这周作业做完了吗？",
                "Thank you for today's lesson!",
                "He forgot his book, sorry",
            ),
            "from": pick("en", "vi", "zh"),
            "to": pick("en", "vi", "zh"),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: f.digits(6)),
            "subject": pick(
                "Refund for unused lessons", "Tutor did not show up", "Cannot log in", "Đổi giáo viên", "发票"
            ),
            "category": pick("billing", "classroom", "account", "tutor"),
            "priority": pick("low", "normal", "high", "urgent"),
            "channel": pick("email", "chat", "zalo", "wechat", "phone"),
            "requester": {
                "name": Y(any_name, "name"),
                "email": Y(email_of, "email"),
                "phone": Y(any_phone, "phone"),
                "ip_address": Y(lambda f: f.ipv4(), "ip"),
            },
            "assignee": {
                "name": Y(lambda f: f.pick(US_FIRST + VN_GIVEN) + " " + f.pick(US_LAST), "name"),
                "email": Y(staff_email, "email"),
                "team": pick("CS-VN", "CS-CN", "CS-US"),
            },
            "support_inbox": pick(
                "support@lingokids-tutors.example",
                "hotro@lingokids-tutors.example",
                "no-reply@lingokids-tutors.example",
            ),
            "support_hotline": pick("+1 888 555 0142", "1900 6868", "400-820-1234"),
            "created_at": G(ts),
            "tags": Many(pick("refund", "vip", "churn_risk", "tech"), 3),
        },
    ),
    (
        "track",
        "Tutor Location Updated",
        ["rn"],
        {
            "latitude": Y(lambda f: coords(f)[0], "geolocation"),
            "longitude": Y(lambda f: coords(f)[1], "geolocation"),
            "accuracy_m": int_g(5, 80),
            "service_radius_km": pick(3, 5, 10, 15),
            "offers_in_person": pick(True, False),
        },
    ),
]

# page / screen names go in the message's `name`; group traits describe an organisation.
NAV = [
    (
        "track",
        "Callback Requested",
        ["web"],
        {
            "field": {
                "label": pick("Phone", "Số điện thoại", "手机号", "Best number to reach you"),
                "value": Y(any_phone, "phone", True),
            },
            "preferred_time": pick("morning", "lunch", "evening", "weekend"),
            "topic": pick("trial_lesson", "billing", "tutor_change"),
        },
    ),
    (
        "track",
        "Tutor Note Added",
        ["rn"],
        {
            "lesson_id": G(lambda f: "les_" + f.digits(9)),
            "note": Y(
                lambda f: f.pick(
                    [
                        f"{kid_first(f)} was tired today, keep next lesson light.",
                        f"{kid_first(f)} loves dinosaurs - use them for vocab.",
                        f"Review 'th' sound with {kid_first(f)}.",
                        f"{kid_first(f)} finished book 2, start book 3.",
                    ]
                ),
                "name",
                True,
            ),
            "visibility": pick("private", "shared_with_parent"),
        },
    ),
    (
        "page",
        "Tutor Directory",
        ["web"],
        {
            "path": pick("/tutors", "/tutors/english", "/vi/gia-su", "/zh/waijiao"),
            "url": G(lambda f: "https://www.lingokids-tutors.example/tutors?page=" + str(f.r.randint(1, 9))),
            "title": pick("Find a tutor", "Tìm gia sư", "找老师"),
            "referrer": pick("", "https://www.google.com/", "https://www.baidu.com/"),
            "search": pick("", "?subject=phonics", "?page=2"),
            "name": G(lambda f: "Tutor Directory"),
            "category": G(lambda f: "Discovery"),
        },
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": pick("/kids/english", "/free-trial", "/zh/shaoer-yingyu"),
            "url": G(
                lambda f: "https://www.lingokids-tutors.example/free-trial?gclid=Cj0KCQjw" + f.hexid(12)
            ),
            "title": pick("Free trial lesson", "免费试听", "Học thử miễn phí"),
            "referrer": pick("https://www.google.com/", "https://www.google.com.vn/"),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "utm_source": pick("google", "facebook"),
            "utm_medium": pick("cpc", "paid_social"),
            "utm_campaign": pick("back_to_school_2024", "tet_sale", "free_trial_lesson"),
        },
    ),
    (
        "screen",
        "Lesson Schedule",
        ["ios", "android"],
        {
            "screen_class": pick("ScheduleViewController", "ScheduleFragment"),
            "previous_screen": pick("Home", "Tutor Profile", "Packs"),
            "load_time_ms": int_g(80, 3000),
        },
    ),
    (
        "screen",
        "Child Switcher",
        ["ios", "android"],
        {
            "screen_class": pick("ChildSwitcherViewController", "ChildSwitcherFragment"),
            "children_shown": int_g(1, 3),
            "active_child_name": Y(kid_first, "name"),
        },
    ),
    (
        "group",
        None,
        ["node", "ruby"],
        {
            "school_name": pick(*SCHOOLS),
            "partner_type": pick("school", "learning_center", "district"),
            "plan": pick("school_basic", "school_pro", "district_enterprise"),
            "seats": int_g(20, 4000),
            "school_address": pick(
                "68 Trần Thái Tông, Cầu Giấy, Hà Nội",
                "41200 Blacow Rd, Fremont, CA 94538",
                "深圳市福田区红荔路2号",
            ),
            "school_phone": pick("024 3793 1234", "+1 510 657 3600", "021-6438 2345"),
            "billing_email": pick(
                "ketoan@vinschool.example", "accounts@msje.example", "finance@szfls.example"
            ),
            "contact_person": Y(any_name, "name"),
            "principal_name": Y(any_name, "name"),
            "contact_person_email": Y(email_of, "email"),
            "account_manager": Y(us_name, "name"),
        },
    ),
    ("alias", None, ["web", "ios", "android"], None),
]

EVENTS = ACCOUNTS + TUTORS + LESSONS + COMMERCE + GROWTH + SUPPORT + NAV

# Templates that only one market sends, told apart by their first key.
MARKET_BY_FIRST_KEY = {
    "xingming": "CN",
    "zhenshi_xingming": "CN",
    "xuesheng_xingming": "CN",
    "孩子姓名": "CN",
    "out_trade_no": "CN",
    "ho_ten": "VN",
    "ma_gia_su": "VN",
    "ho_ten_phu_huynh": "VN",
    "vnp_Amount": "VN",
    "TutorId": "US",
    "tutorId": "US",
    "type": "US",
}


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            first_key = next(iter(body)) if body else None
            f.market = MARKET_BY_FIRST_KEY.get(first_key) or f.pick(["CN", "VN", "US"])
            msg = {
                "type": kind,
                "messageId": f.pick([f.uuid(), "ajs-next-" + f.hexid(32)]),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": uid(f),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "sch_" + f.digits(5)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=190, repeats=30)
    write(Path(__file__).parent, "holdout190_", events, labels)
