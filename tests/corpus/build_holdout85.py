"""Writes holdout85: tests/corpus/holdout85_events.jsonl and holdout85_labels.json.

Sealed: written from the brief, build.py, fake.py, build_holdout3.py (for format only),
REFERENCE.md and DESIGN.md, without reading the detection engine, its vocabularies, its tests,
its documentation or any other corpus's labels, and without running the engine on these events.

Covers a fitness-studio and wellness-booking marketplace ("FlowPass", ClassPass/Mindbody-like) in
the US and Japan: member identify calls, class search, bookings, waitlists and cancellations,
credit packs and memberships (Segment e-commerce spec events, Stripe- and Apple-shaped
payloads), check-ins, health waivers (PAR-Q, injuries, pregnancy, heart conditions),
body-composition scans and wearable workouts, spa and massage bookings with intake forms and
physician referrals, reviews, referrals and gift cards, a kids' club, corporate wellness,
instructor profiles, onboarding (background checks, My Number, residence status), payouts and
staff time clocks, studio `group` calls, reverse-ETL identifies from a warehouse, Meta CAPI,
Twilio and LINE webhooks, a door-access vendor, parking validation. Clients: analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics_flutter and the python,
node, go, java, ruby, php and .NET server libraries, each with its own `context` block
(`context.ip`, `context.traits`, device, app, library, locale, userAgent, campaign, location,
externalIds). Message types: identify, track, page, screen, group, alias.

Conventions: mostly camelCase and snake_case English keys; PascalCase from the .NET payout and
background-check services, kebab-case from the door-access vendor, SCREAMING_SNAKE from the
warehouse sync, Japanese keys in romaji (namae, seinengappi, denwabangou, juusho ...) and in
Japanese script (氏名, 電話番号, 住所 ...) from the Japanese front-desk system.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person: the member, a guest,
  an emergency contact, a dependant, a gift recipient, an instructor or other staff member.
  Colour is the reference's default for the matcher (REFERENCE.md); outside the reference:
  red for credentials, secrets, tokens, bank accounts, government ids (`national id` for the
  Japanese My Number, with its check digit); yellow otherwise (`advertising id`, a person's
  precise position as `geolocation`). The reference's own names are used where one fits (`ip`,
  `social security number`, `credit card`, `visa` for a residence status, `citizenship`).
- Green: ids we or vendors issue (member numbers, booking ids, LINE and Stripe customer ids,
  UUIDs, SKUs), versions, timestamps, hashes of non-PII, amounts, counters, enums and booleans
  even under PII-sounding keys (`emailVerified`, `prenatal_friendly`,
  `has_emergency_contact`), product / class / plan /
  studio / company / pet names (also class names that include an instructor's first name:
  they are product names), a studio's own address, phone, e-mail and coordinates, a searched
  area, country, prefecture and state, locale, timezone, currency, user agents, OS-issued
  device ids. Card brand, last four, expiry and a masked PAN (BIN and last four) are green; a
  full card number (Luhn-valid, from a legacy billing system) is red `credit card`; the last
  four of an SSN are red; routing numbers and Japanese bank and branch codes are green. Ages and
  age bands, job titles and employers are green.
- Published policy: insurance member numbers yellow `identification`; prescription numbers
  yellow `medication`; instructor and staff pay (rates, payout amounts, wages) yellow `salary`;
  licence plates yellow `license`; gclid / fbclid / fbp / fbc yellow `advertising id`; billing
  addresses yellow (`address`, with `street|address`, `city`, `zipcode` for their parts); card
  and payment-method tokens and one-time verification codes red `token|secret`.
- Health: every answer about the person's health is yellow under the reference's health
  matchers: conditions, injuries, pregnancy (also as a boolean or a week count), and
  measurements (body-fat %, BMI, visceral fat, heart rate) all as `condition`; drugs as
  `medication`; allergies as `allergy`; surgeries as `procedure`; ICD codes as `diagnosis`.
  A therapist-gender *preference* is about the therapist, not the member: green.
- Height in a body scan is a body size (green, like a clothing size); the scan's results are
  health measurements (`condition`, above).
- A LINE webhook's `replyToken` is a one-minute handle the business uses to answer, not a
  credential the person holds: green, like the LINE user id.
- Mobile push tokens (`context.device.token`) follow build.py: red `token`.
- Hashed contact details sent for ad matching (Meta CAPI `em`, `ph`) are still the person's
  e-mail and phone (pseudonymous, not anonymous): yellow `email` / `phone`, not value_only
  (the hash does not show what it hides; the key is Meta's documented name).
- A qualification's name (RYT-200, NASM-CPT) is like a job title: green; its certificate
  number identifies the holder: yellow `certificate`.
- value_only is true when the key is neutral (`value`, `q`, `input`, `note`, `text`, `Body`,
  `origin`, `ll`, `old_value` ...) and only the value shows what it is; every value of a
  value_only PII path carries that PII (types joined with `|` when the values differ in kind,
  e.g. a form's `fields[].value`). Free text is labelled by what every value carries; the
  free-text fields here either always carry PII or never do (the latter are green).
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people and places ------------------------------------------------------------------------------

JP_FAMILY = [
    ("佐藤", "Sato", "サトウ"),
    ("鈴木", "Suzuki", "スズキ"),
    ("高橋", "Takahashi", "タカハシ"),
    ("田中", "Tanaka", "タナカ"),
    ("伊藤", "Ito", "イトウ"),
    ("渡辺", "Watanabe", "ワタナベ"),
    ("山本", "Yamamoto", "ヤマモト"),
    ("中村", "Nakamura", "ナカムラ"),
    ("小林", "Kobayashi", "コバヤシ"),
    ("加藤", "Kato", "カトウ"),
    ("吉田", "Yoshida", "ヨシダ"),
    ("山口", "Yamaguchi", "ヤマグチ"),
    ("松本", "Matsumoto", "マツモト"),
    ("井上", "Inoue", "イノウエ"),
    ("木村", "Kimura", "キムラ"),
    ("清水", "Shimizu", "シミズ"),
    ("森", "Mori", "モリ"),
    ("長谷川", "Hasegawa", "ハセガワ"),
]
JP_GIVEN = [
    ("花子", "Hanako", "ハナコ", "F"),
    ("陽菜", "Hina", "ヒナ", "F"),
    ("結衣", "Yui", "ユイ", "F"),
    ("美咲", "Misaki", "ミサキ", "F"),
    ("さくら", "Sakura", "サクラ", "F"),
    ("葵", "Aoi", "アオイ", "F"),
    ("由美子", "Yumiko", "ユミコ", "F"),
    ("恵", "Megumi", "メグミ", "F"),
    ("愛", "Ai", "アイ", "F"),
    ("翔太", "Shota", "ショウタ", "M"),
    ("大輝", "Daiki", "ダイキ", "M"),
    ("健太", "Kenta", "ケンタ", "M"),
    ("拓海", "Takumi", "タクミ", "M"),
    ("蓮", "Ren", "レン", "M"),
    ("直樹", "Naoki", "ナオキ", "M"),
    ("浩二", "Koji", "コウジ", "M"),
]
GIVEN = [
    *FIRST,
    "Aaliyah",
    "DeShawn",
    "Ximena",
    "Guadalupe",
    "Seo-yeon",
    "Min-jun",
    "Thandiwe",
    "Oluwaseun",
    "Anjali",
    "Arjun",
    "Nasrin",
    "Mehmet",
    "Ingrid",
    "Declan",
    "Siobhan",
    "Tomás",
    "Leilani",
    "Kai",
    "Nadia",
    "Linh",
    "Esperanza",
    "Malik",
    "Madison",
    "Tyler",
    "Brianna",
    "Jasmine",
    "Ayesha",
]
FAMILY = [
    *LAST,
    "Johnson",
    "Williams",
    "Hernández",
    "Kim",
    "Park",
    "Nwosu",
    "Adeyemi",
    "Reddy",
    "Iyer",
    "Y\u0131lmaz",
    "Andersson",
    "Fitzgerald",
    "Kealoha",
    "Tran",
    "Washington",
    "Goldberg",
    "Abdullah",
    "Romero",
    "Lee",
    "Brooks",
    "Sánchez",
]
US_PLACES = [
    ("Brooklyn", "NY", "112"),
    ("New York", "NY", "100"),
    ("Austin", "TX", "787"),
    ("Los Angeles", "CA", "900"),
    ("San Francisco", "CA", "941"),
    ("Chicago", "IL", "606"),
    ("Seattle", "WA", "981"),
    ("Denver", "CO", "802"),
    ("Miami", "FL", "331"),
    ("Boston", "MA", "021"),
    ("Honolulu", "HI", "968"),
    ("Portland", "OR", "972"),
    ("Atlanta", "GA", "303"),
]
US_STREETS = [
    "Bedford Ave",
    "Oak Street",
    "Sunset Blvd",
    "Valencia St",
    "N Milwaukee Ave",
    "Pike St",
    "S Congress Ave",
    "Kapahulu Ave",
    "Collins Ave",
    "Boylston St",
    "Peachtree St NE",
    "SE Hawthorne Blvd",
    "Larimer St",
]
JP_PLACES = [
    ("東京都", "渋谷区", "神宮前", "150-0001", "Tokyo", "Shibuya-ku", "Jingumae"),
    ("東京都", "港区", "南青山", "107-0062", "Tokyo", "Minato-ku", "Minami-Aoyama"),
    ("東京都", "世田谷区", "三軒茶屋", "154-0024", "Tokyo", "Setagaya-ku", "Sangenjaya"),
    ("東京都", "目黒区", "上目黒", "153-0051", "Tokyo", "Meguro-ku", "Kamimeguro"),
    ("神奈川県", "横浜市中区", "山下町", "231-0023", "Kanagawa", "Yokohama-shi Naka-ku", "Yamashitacho"),
    ("大阪府", "大阪市北区", "梅田", "530-0001", "Osaka", "Osaka-shi Kita-ku", "Umeda"),
    ("大阪府", "大阪市中央区", "南船場", "542-0081", "Osaka", "Osaka-shi Chuo-ku", "Minamisenba"),
    ("福岡県", "福岡市中央区", "大名", "810-0041", "Fukuoka", "Fukuoka-shi Chuo-ku", "Daimyo"),
    ("京都府", "京都市中京区", "烏丸通", "604-8166", "Kyoto", "Kyoto-shi Nakagyo-ku", "Karasuma-dori"),
    (
        "北海道",
        "札幌市中央区",
        "南三条西",
        "060-0063",
        "Hokkaido",
        "Sapporo-shi Chuo-ku",
        "Minami-Sanjo-Nishi",
    ),
]
JP_BUILDINGS = [
    "",
    " パークハイツ302",
    " メゾン青山201",
    " グランドール1105",
    " サンライズ405",
    " コーポ森101",
]
MAIL_US = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "proton.me", "example.com"]
MAIL_JP = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp"]

STUDIOS_US = [
    (
        "st_1042",
        "Pulse Cycle Williamsburg",
        "Brooklyn",
        "NY",
        "+1 718-555-0142",
        40.7142,
        -73.9614,
        "pulsecycle.com",
        "214 Bedford Ave, Brooklyn, NY 11249",
    ),
    (
        "st_1107",
        "CoreBarre SoHo",
        "New York",
        "NY",
        "(212) 555-0187",
        40.7233,
        -74.0030,
        "corebarre.com",
        "88 Greene St, New York, NY 10012",
    ),
    (
        "st_2210",
        "Zen Den Yoga",
        "Austin",
        "TX",
        "512-555-0119",
        30.2500,
        -97.7494,
        "zendenyoga.com",
        "1601 E Cesar Chavez St, Austin, TX 78702",
    ),
    (
        "st_3318",
        "Iron Tribe Strength",
        "Denver",
        "CO",
        "(303) 555-0166",
        39.7541,
        -104.9915,
        "irontribestrength.com",
        "1555 Larimer St, Denver, CO 80202",
    ),
    (
        "st_4021",
        "Mana Pilates Kaimukī",
        "Honolulu",
        "HI",
        "808-555-0173",
        21.2797,
        -157.8036,
        "manapilates.com",
        "3620 Waialae Ave, Honolulu, HI 96816",
    ),
    (
        "st_5090",
        "Kelly's Reformer Studio",
        "Chicago",
        "IL",
        "+1 312 555 0108",
        41.9089,
        -87.6776,
        "kellysreformer.com",
        "1642 N Milwaukee Ave, Chicago, IL 60647",
    ),
    (
        "st_6034",
        "Sol Sweat Hot Yoga",
        "Miami",
        "FL",
        "305-555-0150",
        25.7907,
        -80.1300,
        "solsweat.com",
        "1250 Alton Rd, Miami Beach, FL 33139",
    ),
]
STUDIOS_JP = [
    (
        "st_8801",
        "Studio Mizu 中目黒",
        "目黒区",
        "東京都",
        "03-5555-0101",
        35.6440,
        139.6990,
        "studio-mizu.jp",
        "東京都目黒区上目黒1-5-10 2F",
    ),
    (
        "st_8815",
        "Kiwami Pilates 表参道",
        "港区",
        "東京都",
        "03-5555-0122",
        35.6652,
        139.7123,
        "kiwami-pilates.jp",
        "東京都港区北青山3-6-1 4F",
    ),
    (
        "st_8830",
        "Rhythm Cycle 梅田",
        "大阪市北区",
        "大阪府",
        "06-5555-0133",
        34.7025,
        135.4959,
        "rhythmcycle.jp",
        "大阪府大阪市北区梅田1-1-3 B1",
    ),
    (
        "st_8842",
        "Hikari Yoga 天神",
        "福岡市中央区",
        "福岡県",
        "092-555-0144",
        33.5903,
        130.3990,
        "hikariyoga.jp",
        "福岡県福岡市中央区大名2-1-35 3F",
    ),
    (
        "st_8857",
        "ヨガスタジオ 凪 三軒茶屋",
        "世田谷区",
        "東京都",
        "03-5555-0155",
        35.6436,
        139.6710,
        "yoga-nagi.jp",
        "東京都世田谷区三軒茶屋2-13-10 5F",
    ),
]
CLASSES = [
    ("Power Vinyasa 60", "yoga"),
    ("Rhythm Ride 45", "cycling"),
    ("Reformer Foundations", "pilates"),
    ("Hot Yin", "yoga"),
    ("HIIT Sculpt", "hiit"),
    ("Prenatal Yoga", "yoga"),
    ("Barre Burn w/ Jess", "barre"),
    ("朝ヨガ 45分", "yoga"),
    ("マシンピラティス 初級", "pilates"),
    ("Ride with Kenta", "cycling"),
    ("Sound Bath", "meditation"),
    ("Boxing Basics", "boxing"),
    ("Strength Lab: Lower Body", "strength"),
]
SPA_SERVICES = [
    ("svc_dt60", "Deep Tissue Massage 60 min", 60, 135.0),
    ("svc_sw90", "Swedish Massage 90 min", 90, 175.0),
    ("svc_hs75", "Hot Stone Massage 75 min", 75, 160.0),
    ("svc_pn60", "Prenatal Massage 60 min", 60, 140.0),
    ("svc_sh50", "指圧 50分", 50, 78.0),
    ("svc_cr30", "Cryotherapy 3 min", 3, 45.0),
    ("svc_ir40", "Infrared Sauna 40 min", 40, 35.0),
]
PACKS = [
    ("pk_intro", "INTRO-WEEK", "Intro Week Unlimited", "intro", 39.0),
    ("pk_5", "CR-5", "5-Class Pack", "credits", 115.0),
    ("pk_10", "CR-10", "10-Class Pack", "credits", 210.0),
    ("pk_unl", "MEM-UNL-M", "Unlimited Monthly", "membership", 229.0),
    ("pk_jp4", "JP-M4", "月4回プラン", "membership", 85.0),
    ("pk_jp10", "JP-T10", "回数券10回", "credits", 160.0),
    ("pk_gc", "GC-100", "Gift Card $100", "gift_card", 100.0),
]
CONDITIONS = [
    "asthma",
    "hypertension",
    "type 1 diabetes",
    "scoliosis",
    "arrhythmia",
    "osteoporosis",
    "epilepsy",
    "herniated disc",
    "migraine",
]
INJURIES = ["lower back", "left knee (ACL)", "rotator cuff", "wrist sprain", "plantar fasciitis", "neck"]
MEDS = [
    "lisinopril 10mg",
    "metformin",
    "albuterol inhaler",
    "sertraline",
    "levothyroxine",
    "ibuprofen as needed",
]
ALLERGIES = ["lavender oil", "nuts (almond oil)", "latex", "eucalyptus", "fragrance", "coconut"]
SURGERIES = [
    "ACL reconstruction 2022",
    "C-section 2023",
    "spinal fusion L4-L5",
    "hip replacement",
    "appendectomy",
]
UA_WEB = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.179 Mobile Safari/537.36",
]


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace(
        "\u0131", "i"
    )


class HF(Fake):
    """fake.Fake plus the people of one message: the member (p), another person (q), staff (s)."""

    def begin(self, region: str) -> None:
        self.region = region if region != "mix" else self.pick(["us", "us", "jp"])
        self.p = self.person(self.region)
        self.q = self.person(self.region)
        self.s = self.person(self.pick([self.region, self.region, "us", "jp"]))
        self.st = self.pick(STUDIOS_JP if self.region == "jp" else STUDIOS_US)
        self.cl = self.pick(CLASSES)
        self.preg = self.p["gender"] == "female" and self.r.random() < 0.3

    def person(self, region: str) -> dict:
        r = self.r
        if region == "jp":
            fam, given = self.pick(JP_FAMILY), self.pick(JP_GIVEN)
            romaji = f"{given[1]} {fam[1]}"
            kanji = f"{fam[0]} {given[0]}"
            script = self.pick([0, 0, 1])  # 0: kanji, 1: romaji
            place = self.pick(JP_PLACES)
            block = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
            mobile = f"0{self.pick(['90', '80', '70'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            phone = self.pick(
                [mobile, "+81 " + mobile[1:], "+81" + mobile[1:].replace("-", ""), mobile.replace("-", "")]
            )
            local = self.pick(
                [
                    f"{given[1]}.{fam[1]}",
                    f"{fam[1]}{given[1][0]}",
                    f"{given[1]}{r.randint(70, 99)}",
                    f"{given[1]}_{fam[1][:3]}",
                ]
            ).lower()
            return {
                "first": given[script],
                "last": fam[script],
                "first_kanji": given[0],
                "last_kanji": fam[0],
                "first_romaji": given[1],
                "last_romaji": fam[1],
                "name": (kanji, romaji)[script],
                "kanji": kanji,
                "kana": f"{fam[2]} {given[2]}",
                "romaji": romaji,
                "email": f"{local}@{self.pick(MAIL_JP)}",
                "phone": phone,
                "mobile": mobile,
                "sex": given[3],
                "gender": {"F": "female", "M": "male"}[given[3]],
                "dob": self.date(1958, 2005),
                "pref": place[0],
                "city": place[1],
                "city_en": place[5],
                "postal": place[3],
                "street": f"{place[2]}{block}{self.pick(JP_BUILDINGS)}",
                "street_en": f"{block} {place[6]}",
                "address": f"{place[0]}{place[1]}{place[2]}{block}{self.pick(JP_BUILDINGS)}",
                "address_en": f"{block} {place[6]}, {place[5]}, {place[4]} {place[3]}",
                "country": "JP",
                "region": "jp",
            }
        first, last = self.pick(GIVEN), self.pick(FAMILY)
        city, state, zip3 = self.pick(US_PLACES)
        street = f"{r.randint(10, 4999)} {self.pick(US_STREETS)}"
        unit = self.pick(["", "", " Apt 4B", " Unit 12", " #305", " Apt 2R"])
        postal = f"{zip3}{r.randint(1, 99):02d}" + self.pick(["", "", f"-{r.randint(1000, 9999)}"])
        area = r.randint(201, 989)
        ex, line = r.randint(200, 999), r.randint(0, 9999)
        phone = self.pick(
            [
                f"+1{area}{ex}{line:04d}",
                f"({area}) {ex}-{line:04d}",
                f"{area}-{ex}-{line:04d}",
                f"+1 {area}-{ex}-{line:04d}",
            ]
        )
        fl, ll = (
            ascii_fold(first).lower().replace("-", ""),
            ascii_fold(last).lower().replace("'", "").replace(" ", ""),
        )
        local = self.pick(
            [f"{fl}.{ll}", f"{fl}{ll[0]}{r.randint(1, 99)}", f"{fl[0]}{ll}", f"{fl}_{ll}{r.randint(80, 99)}"]
        )
        gender = self.pick(["female", "female", "male", "male", "non-binary"])
        return {
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "romaji": f"{first} {last}",
            "kanji": f"{first} {last}",
            "kana": f"{first} {last}",
            "email": f"{local}@{self.pick(MAIL_US)}",
            "phone": phone,
            "mobile": phone,
            "sex": {"female": "F", "male": "M", "non-binary": "X"}[gender],
            "gender": gender,
            "dob": self.date(1958, 2005),
            "pref": state,
            "city": city,
            "city_en": city,
            "postal": postal,
            "street": street + unit,
            "street_en": street + unit,
            "address": f"{street}{unit}, {city}, {state} {postal}",
            "address_en": f"{street}{unit}, {city}, {state} {postal}",
            "country": "US",
            "region": "us",
        }

    # -- formats ----------------------------------------------------------------------------------
    def dob_fmt(self, person: dict, style: str | None = None) -> str:
        y, m, d = person["dob"].split("-")
        style = style or self.pick(["iso", "us", "jp"] if person["region"] == "jp" else ["iso", "iso", "us"])
        if style == "us":
            return f"{m}/{d}/{y}"
        if style == "jp":
            return f"{y}/{m}/{d}"
        if style == "kanji":
            return f"{y}年{int(m)}月{int(d)}日"
        return person["dob"]

    def studio(self):
        return self.st

    def geo_lat(self) -> float:
        """A point a few km from one of the region's studios; geo_lon gives its longitude."""
        studio = self.studio()
        self._lon = round(studio[6] + self.r.uniform(-0.06, 0.06), 6)
        return round(studio[5] + self.r.uniform(-0.05, 0.05), 6)

    def geo_lon(self) -> float:
        return self._lon

    def cls(self):
        return self.cl

    def tel_business(self):
        return self.studio()[4]

    def ymd(self) -> str:
        return f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def slot(self) -> str:
        clock = f"{self.pick(['06', '07', '09', '12', '17', '18', '19'])}:{self.pick(['00', '15', '30'])}:00"
        offset = "+09:00" if self.region == "jp" else self.pick(["-04:00", "-05:00", "-07:00", "-10:00"])
        return f"{self.ymd()}T{clock}{offset}"

    def bid(self) -> str:
        return "bk_" + self.hexid(20)

    def my_number(self) -> str:
        body = [self.r.randint(0, 9) for _ in range(11)]
        total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), start=1))
        rem = total % 11
        check = 0 if rem <= 1 else 11 - rem
        digits = "".join(map(str, body)) + str(check)
        return self.pick([digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}"])

    def idfa(self) -> str:
        return self.uuid().upper()

    def gclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return self.pick(["Cj0KCQjw", "EAIaIQob", "CjwKCAjw"]) + "".join(self.pick(alnum) for _ in range(60))

    def fbclid(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return "IwAR" + "".join(self.pick(alnum) for _ in range(56))

    def fbp(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.r.randint(10**8, 2 * 10**9)}"

    def fbc(self) -> str:
        return f"fb.1.{self.epoch_ms()}.{self.fbclid()}"

    def pm_token(self) -> str:
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return self.pick(["pm_1P", "tok_1P", "pm_1O"]) + "".join(self.pick(alnum) for _ in range(22))

    def sha256(self, text: str) -> str:
        return hashlib.sha256(text.strip().lower().encode()).hexdigest()

    def work_email(self) -> str:
        first = self.p["first_romaji"] if self.p["region"] == "jp" else ascii_fold(self.p["first"])
        last = self.p["last_romaji"] if self.p["region"] == "jp" else ascii_fold(self.p["last"])
        domain = self.pick(["globex.com", "initech.io", "northwind.co"])
        return f"{first}.{last}@{domain}".lower().replace(" ", "").replace("'", "")

    def us_bank_account(self) -> str:
        return self.digits(self.pick([8, 9, 10, 12]))

    def plate(self) -> str:
        if self.region == "jp":
            bureau = self.pick(["品川", "練馬", "大阪", "福岡"])
            kana = self.pick(["さ", "あ", "わ", "に"])
            number = f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"
            return f"{bureau} {self.r.randint(300, 599)} {kana} {number}"
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.pick(
            [
                "".join(self.pick(letters) for _ in range(3)) + "-" + self.digits(4),
                self.digits(1) + "".join(self.pick(letters) for _ in range(3)) + self.digits(3),
                "".join(self.pick(letters) for _ in range(3)) + " " + self.digits(3),
            ]
        )


# -- contexts of the client libraries -------------------------------------------------------------


def locale(f: HF) -> str:
    return "ja-JP" if f.region == "jp" else f.pick(["en-US", "en-US", "es-US"])


def tz(f: HF) -> str:
    return (
        "Asia/Tokyo"
        if f.region == "jp"
        else f.pick(
            [
                "America/New_York",
                "America/Chicago",
                "America/Denver",
                "America/Los_Angeles",
                "Pacific/Honolulu",
            ]
        )
    )


def carrier(f: HF) -> str:
    return (
        f.pick(["NTT DOCOMO", "au", "SoftBank", "楽天モバイル"])
        if f.region == "jp"
        else f.pick(["Verizon", "T-Mobile", "AT&T"])
    )


def mobile_traits(f: HF):
    return {
        "email": Y(lambda f: f.p["email"], "email"),
        "name": Y(lambda f: f.p["name"], "name"),
        "memberSince": G(lambda f: f.date(2019, 2024)),
        "plan": G(lambda f: f.pick(["credits_5", "credits_10", "unlimited", "intro", "none"])),
    }


def web_ctx(f: HF):
    path = f.pick(
        [
            "/schedule",
            "/studios/zen-den-yoga",
            "/checkout",
            "/account/waiver",
            "/ja/schedule",
            "/spa/book",
            "/",
        ]
    )
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://www.instagram.com/", "https://t.co/"]
                )
            ),
            "search": G(
                lambda f: f.pick(
                    ["", "?date=2024-06-03", "?utm_source=instagram&utm_medium=paid_social", "?type=pilates"]
                )
            ),
            "title": G(
                lambda f: f.pick(
                    ["Book fitness classes | FlowPass", "Checkout | FlowPass", "クラス予約 | FlowPass"]
                )
            ),
            "url": G(lambda f: "https://flowpass.com" + path),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "125", "99"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["campaign"] = {
            "name": G(lambda f: f.pick(["summer_shred", "new_year_reset", "jp_trial_campaign", "spa_week"])),
            "source": G(lambda f: f.pick(["google", "instagram", "newsletter", "line"])),
            "medium": G(lambda f: f.pick(["cpc", "paid_social", "email"])),
            "term": G(
                lambda f: f.pick(
                    ["hot yoga near me", "pilates reformer class", "ヨガ 体験", "spin class brooklyn"]
                )
            ),
            "content": G(lambda f: f.pick(["carousel_b", "hero_video", "textlink"])),
        }
    return ctx


def swift_ctx(f: HF):
    return {
        "app": {
            "name": G(lambda f: "FlowPass"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.2"])),
            "build": G(lambda f: f.pick(["81400", "81502"])),
            "namespace": G(lambda f: "com.flowpass.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.idfa(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(carrier),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
            "density": G(lambda f: 3),
        },
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }


def kotlin_ctx(f: HF):
    ctx = {
        "app": {
            "name": G(lambda f: "FlowPass"),
            "version": G(lambda f: f.pick(["8.14.0", "8.15.1"])),
            "build": G(lambda f: f.pick(["814000", "815010"])),
            "namespace": G(lambda f: "com.flowpass.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Sony", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S921U", "Pixel 8", "SO-51D", "SH-53D"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "pdx234"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(carrier),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(tz),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; SO-51D Build/64.1.C.2.95)",
                ]
            )
        ),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }
    if f.r.random() < 0.5:
        ctx["location"] = {
            "latitude": Y(lambda f: f.geo_lat(), "geolocation"),
            "longitude": Y(lambda f: f.geo_lon(), "geolocation"),
            "speed": G(lambda f: f.pick([0.0, 1.2, 0.4])),
        }
    return ctx


def rn_ctx(f: HF):
    return {
        "app": {
            "name": G(lambda f: "FlowPass Instructor"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "com.flowpass.instructor"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546B"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": mobile_traits(f),
    }


def flutter_ctx(f: HF):
    return {
        "app": {
            "name": G(lambda f: "FlowPass Spa"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.0"])),
            "build": G(lambda f: f.pick(["24", "25"])),
            "namespace": G(lambda f: "com.flowpass.spa"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone15,3", "Pixel 7", "SM-G991B"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.4")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([852, 915]))},
        "locale": G(locale),
        "timezone": G(tz),
        "network": {"wifi": G(lambda f: f.pick([True, False]))},
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.3"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.1"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_ctx(f: HF, lib: str):
    name, version = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib in ("node", "python", "ruby") and f.r.random() < 0.7:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib == "node" and f.r.random() < 0.5:
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.p["email"], "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "java" and f.r.random() < 0.5:
        ctx["groupId"] = G(lambda f: "corp_" + f.digits(5))
    return ctx


def context_for(f: HF, client: str):
    if client == "web":
        return web_ctx(f)
    if client == "swift":
        return swift_ctx(f)
    if client == "kotlin":
        return kotlin_ctx(f)
    if client == "rn":
        return rn_ctx(f)
    if client == "flutter":
        return flutter_ctx(f)
    return server_ctx(f, client)


MEMBER_APPS = ["web", "swift", "kotlin"]
MOBILE = ["swift", "kotlin"]


# -- shared blocks ---------------------------------------------------------------------------------


def studio_block():
    return {
        "id": G(lambda f: f.studio()[0]),
        "name": G(lambda f: f.studio()[1]),
        "city": G(lambda f: f.studio()[2]),
        "phone": G(lambda f: f.studio()[4]),
        "lat": G(lambda f: f.studio()[5]),
        "lng": G(lambda f: f.studio()[6]),
    }


def product_item():
    def pack(f: HF):
        f.pack = f.pick(PACKS)
        return f.pack[0]

    return {
        "product_id": G(pack),
        "sku": G(lambda f: f.pack[1]),
        "name": G(lambda f: f.pack[2]),
        "category": G(lambda f: f.pack[3]),
        "price": G(lambda f: f.pack[4]),
        "quantity": G(lambda f: f.pick([1, 1, 1, 2])),
        "position": G(lambda f: f.r.randint(1, 8)),
        "url": G(lambda f: "https://flowpass.com/buy/" + f.pack[0]),
    }


def free_text_green(options):
    return G(lambda f: f.pick(options))


# -- events -----------------------------------------------------------------------------------------
# (kind, event or page/screen name, region, clients, body)

EVENTS = [
    # -- members -----------------------------------------------------------------------------------
    (
        "identify",
        None,
        "mix",
        MEMBER_APPS,
        {
            "email": Y(lambda f: f.p["email"], "email"),
            "firstName": Y(lambda f: f.p["first"], "name"),
            "lastName": Y(lambda f: f.p["last"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "birthday": Y(lambda f: f.p["dob"], "birthdate"),
            "gender": Y(lambda f: f.p["gender"], "gender"),
            "address": {
                "street": Y(lambda f: f.p["street_en"], "street|address"),
                "city": Y(lambda f: f.p["city_en"], "city"),
                "state": G(
                    lambda f: f.p["pref"] if f.p["region"] == "us" else f.pick(["Tokyo", "Osaka", "Fukuoka"])
                ),
                "postalCode": Y(lambda f: f.p["postal"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
            "avatar": Y(lambda f: f"https://cdn.flowpass.com/avatars/{f.hexid(12)}.jpg", "photo"),
            "createdAt": G(lambda f: f.iso()),
            "memberNumber": G(lambda f: "FP" + f.digits(8)),
            "plan": G(lambda f: f.pick(["credits_5", "credits_10", "unlimited", "intro", "none"])),
            "creditsBalance": G(lambda f: f.r.randint(0, 40)),
            "homeStudioId": G(lambda f: f.studio()[0]),
            "homeStudioName": G(lambda f: f.studio()[1]),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(19, 66)),
            "fitnessGoals": Many(
                G(
                    lambda f: f.pick(
                        ["lose_weight", "build_strength", "flexibility", "stress_relief", "train_for_race"]
                    )
                ),
                3,
            ),
            "preferredLanguage": G(lambda f: f.pick(["en", "ja", "es"])),
            "referralCode": G(lambda f: f.hexid(6).upper()),
            "classesAttended": G(lambda f: f.r.randint(0, 400)),
        },
    ),
    (
        "page",
        "Class Schedule",
        "mix",
        ["web"],
        {
            "path": G(lambda f: "/schedule"),
            "url": G(lambda f: "https://flowpass.com/schedule?date=" + f.ymd()),
            "title": G(lambda f: "Class schedule | FlowPass"),
            "referrer": G(lambda f: f.pick(["", "https://flowpass.com/", "https://www.google.com/"])),
            "search": G(lambda f: "?date=" + f.ymd()),
            "category": G(lambda f: "schedule"),
            "filters": {
                "area": G(lambda f: f.pick(["Williamsburg", "SoHo", "渋谷", "梅田", "East Austin"])),
                "classType": G(lambda f: f.cls()[1]),
                "timeOfDay": G(lambda f: f.pick(["morning", "lunch", "evening"])),
            },
            "resultsCount": G(lambda f: f.r.randint(0, 120)),
        },
    ),
    (
        "track",
        "Classes Searched",
        "mix",
        MEMBER_APPS,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "hot yoga",
                        "reformer",
                        "spin near me",
                        "ヨガ 初心者",
                        "boxing",
                        "prenatal",
                        "sound bath",
                    ]
                )
            ),
            "location": G(
                lambda f: f.pick(["Brooklyn, NY", "Austin, TX", "渋谷区", "大阪市北区", "Honolulu"])
            ),
            "date": G(lambda f: f.ymd()),
            "radius_km": G(lambda f: f.pick([1, 3, 5, 10])),
            "results_count": G(lambda f: f.r.randint(0, 80)),
            "sort": G(lambda f: f.pick(["distance", "time", "rating"])),
        },
    ),
    (
        "track",
        "Nearby Studios Viewed",
        "mix",
        MOBILE,
        {
            "user_lat": Y(lambda f: round(f.geo_lat(), 5), "geolocation"),
            "user_lng": Y(lambda f: round(f.geo_lon(), 5), "geolocation"),
            "ll": Y(lambda f: f"{round(f.geo_lat(), 4)},{round(f.geo_lon(), 4)}", "geolocation", True),
            "location_permission": G(lambda f: f.pick(["when_in_use", "always", "denied_then_granted"])),
            "studios_shown": G(lambda f: f.r.randint(1, 25)),
            "map_zoom": G(lambda f: f.pick([13, 14, 15])),
            "nearest_studio": studio_block(),
        },
    ),
    (
        "screen",
        "Class Detail",
        "mix",
        MOBILE,
        {
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "class_name": G(lambda f: f.cls()[0]),
            "class_type": G(lambda f: f.cls()[1]),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "instructor_name": Y(lambda f: f.s["name"], "name"),
            "studio_name": G(lambda f: f.studio()[1]),
            "start_time": G(lambda f: f.slot()),
            "spots_left": G(lambda f: f.r.randint(0, 30)),
            "credits_required": G(lambda f: f.pick([1, 2, 3, 4])),
            "prenatal_friendly": G(lambda f: f.pick([True, False])),
            "injury_modifications_offered": G(lambda f: f.pick([True, False])),
            "gender_neutral_changing_room": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Instructor Searched",
        "mix",
        ["web", "swift"],
        {
            "q": Y(
                lambda f: f.pick(
                    [f.s["name"], f.s["first"], f.s["last"] if f.s["region"] == "us" else f.s["name"]]
                ),
                "name",
                True,
            ),
            "results": G(lambda f: f.r.randint(0, 6)),
            "source_screen": G(lambda f: f.pick(["search_tab", "studio_page"])),
        },
    ),
    (
        "track",
        "Class Booked",
        "mix",
        [*MEMBER_APPS, "node"],
        {
            "booking_id": G(lambda f: f.bid()),
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "class_name": G(lambda f: f.cls()[0]),
            "class_type": G(lambda f: f.cls()[1]),
            "instructor": {
                "id": G(lambda f: "ins_" + f.digits(5)),
                "name": Y(lambda f: f.s["name"], "name"),
            },
            "studio": studio_block(),
            "start_time": G(lambda f: f.slot()),
            "duration_min": G(lambda f: f.pick([30, 45, 50, 60, 75])),
            "credits_used": G(lambda f: f.pick([1, 2, 3, 4])),
            "price": G(lambda f: f.money(18, 42)),
            "currency": G(lambda f: "JPY" if f.region == "jp" else "USD"),
            "spot_number": G(lambda f: f.r.randint(1, 40)),
            "is_first_visit": G(lambda f: f.pick([True, False])),
            "booked_via": G(lambda f: f.pick(["app", "web", "waitlist_auto"])),
            "guest_booked": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Guest Added To Booking",
        "mix",
        MEMBER_APPS,
        {
            "booking_id": G(lambda f: f.bid()),
            "guest": {
                "first_name": Y(lambda f: f.q["first"], "name"),
                "last_name": Y(lambda f: f.q["last"], "name"),
                "email": Y(lambda f: f.q["email"], "email"),
                "is_member": G(lambda f: f.pick([True, False])),
            },
            "guest_pass_used": G(lambda f: f.pick([True, False])),
            "guests_this_month": G(lambda f: f.r.randint(1, 4)),
        },
    ),
    (
        "track",
        "Waitlist Joined",
        "mix",
        MEMBER_APPS,
        {
            "waitlist_id": G(lambda f: "wl_" + f.hexid(12)),
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "position": G(lambda f: f.r.randint(1, 15)),
            "auto_book": G(lambda f: f.pick([True, False])),
            "notify_by_sms": G(lambda f: f.pick([True, False])),
            "sms_number": Y(lambda f: f.p["mobile"], "phone"),
            "notify_email": Y(lambda f: f.p["email"], "email"),
        },
    ),
    (
        "track",
        "Class Cancelled",
        "mix",
        MEMBER_APPS,
        {
            "booking_id": G(lambda f: f.bid()),
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "reason": G(lambda f: f.pick(["schedule_conflict", "work", "travel", "other"])),
            "late_cancel": G(lambda f: f.pick([True, False])),
            "fee_charged": G(lambda f: f.pick([0, 0, 15.0, 20.0])),
            "credits_refunded": G(lambda f: f.pick([0, 1, 2])),
            "hours_before_start": G(lambda f: f.r.randint(0, 96)),
            "cancel_note": free_text_green(
                ["", "meeting ran over", "Train delayed", "switching to the 7pm", "sorry!"]
            ),
        },
    ),
    (
        "track",
        "Checked In",
        "mix",
        ["swift", "kotlin", "python"],
        {
            "booking_id": G(lambda f: f.bid()),
            "studio_id": G(lambda f: f.studio()[0]),
            "method": G(lambda f: f.pick(["qr", "front_desk", "geofence", "nfc"])),
            "checked_in_at": G(lambda f: f.iso()),
            "minutes_early": G(lambda f: f.r.randint(-5, 25)),
            "device_location": {
                "lat": Y(lambda f: f.geo_lat(), "geolocation"),
                "lon": Y(lambda f: f.geo_lon(), "geolocation"),
                "accuracy_m": G(lambda f: f.pick([5, 12, 30, 65])),
            },
            "front_desk_staff": Y(lambda f: f.s["name"], "name"),
            "member_photo_url": Y(lambda f: f"https://cdn.flowpass.com/checkin/{f.hexid(16)}.jpg", "photo"),
            "mat_rental": G(lambda f: f.pick([True, False])),
            "locker_number": G(lambda f: f.r.randint(1, 120)),
            "streak_days": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Guest Pass Issued",
        "mix",
        ["php"],
        {
            "pass_id": G(lambda f: "gp_" + f.digits(6)),
            "studio_id": G(lambda f: f.studio()[0]),
            "note": Y(
                lambda f: f.pick(["Guest of ", "Invited by ", "Friend of member "]) + f.p["name"],
                "name",
                True,
            ),
            "valid_until": G(lambda f: f.ymd()),
            "issued_by_staff_id": G(lambda f: "stf_" + f.digits(4)),
        },
    ),
    # -- commerce: packs, memberships ---------------------------------------------------------------
    (
        "track",
        "Product List Viewed",
        "mix",
        ["web", "swift"],
        {
            "list_id": G(lambda f: f.pick(["packs", "memberships", "spa_addons"])),
            "category": G(lambda f: f.pick(["credits", "membership"])),
            "products": Many(product_item(), 4),
        },
    ),
    (
        "track",
        "Checkout Started",
        "mix",
        MEMBER_APPS,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "value": G(lambda f: f.money(39, 300)),
            "revenue": G(lambda f: f.money(39, 300)),
            "tax": G(lambda f: f.money(0, 25)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "NEWYEAR20", "FRIEND15", "初回50"])),
            "currency": G(lambda f: "JPY" if f.region == "jp" else "USD"),
            "products": Many(product_item(), 2),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "mix",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypay", "google_pay"])),
            "payment_method_id": RED(lambda f: f.pm_token(), "token"),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.p["romaji"].upper(), "name"),
            "billing_postal_code": Y(lambda f: f.p["postal"], "zipcode"),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        "mix",
        ["web", "swift", "kotlin", "node"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "invoice_number": G(lambda f: "INV-2024-" + f.digits(6)),
            "affiliation": G(lambda f: f.pick(["FlowPass iOS", "FlowPass Web", "FlowPass Android"])),
            "total": G(lambda f: f.money(39, 300)),
            "subtotal": G(lambda f: f.money(39, 300)),
            "tax": G(lambda f: f.money(0, 25)),
            "discount": G(lambda f: f.money(0, 40)),
            "coupon": G(lambda f: f.pick(["", "NEWYEAR20", "FRIEND15"])),
            "currency": G(lambda f: "JPY" if f.region == "jp" else "USD"),
            "payment_method": G(lambda f: f.pick(["card", "apple_pay", "paypay"])),
            "products": Many(product_item(), 2),
            "billing_address": {
                "name": Y(lambda f: f.p["name"], "name"),
                "line1": Y(lambda f: f.p["street_en"], "street|address"),
                "city": Y(lambda f: f.p["city_en"], "city"),
                "state": G(lambda f: f.p["pref"]),
                "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
                "country": G(lambda f: f.p["country"]),
            },
            "is_gift": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Refunded",
        "mix",
        ["node", "python"],
        {
            "order_id": G(lambda f: "ord_" + f.digits(9)),
            "refund_id": G(lambda f: "re_" + f.hexid(24)),
            "total": G(lambda f: f.money(10, 300)),
            "reason": G(lambda f: f.pick(["requested_by_customer", "duplicate", "studio_closed"])),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        "us",
        ["node"],
        {
            "id": G(lambda f: "evt_3P" + f.hexid(22)),
            "type": G(lambda f: "charge.succeeded"),
            "livemode": G(lambda f: True),
            "created": G(lambda f: f.epoch_ms() // 1000),
            "data": {
                "object": {
                    "id": G(lambda f: "ch_3P" + f.hexid(22)),
                    "object": G(lambda f: "charge"),
                    "amount": G(lambda f: f.r.randint(1500, 30000)),
                    "currency": G(lambda f: "usd"),
                    "customer": G(lambda f: "cus_" + f.hexid(14)),
                    "receipt_email": Y(lambda f: f.p["email"], "email"),
                    "billing_details": {
                        "name": Y(lambda f: f.p["name"], "name"),
                        "email": Y(lambda f: f.p["email"], "email"),
                        "phone": Y(lambda f: f.p["phone"], "phone"),
                        "address": {
                            "line1": Y(lambda f: f.p["street"], "street|address"),
                            "line2": Y(
                                lambda f: f.pick(["Apt 4B", "Unit 12", "#305", "Floor 3"]), "street|address"
                            ),
                            "city": Y(lambda f: f.p["city"], "city"),
                            "state": G(lambda f: f.p["pref"]),
                            "postal_code": Y(lambda f: f.p["postal"], "zipcode"),
                            "country": G(lambda f: "US"),
                        },
                    },
                    "payment_method": RED(lambda f: f.pm_token(), "token"),
                    "payment_method_details": {
                        "type": G(lambda f: "card"),
                        "card": {
                            "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                            "last4": G(lambda f: f.digits(4)),
                            "exp_month": G(lambda f: f.r.randint(1, 12)),
                            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                            "funding": G(lambda f: f.pick(["credit", "debit"])),
                            "country": G(lambda f: "US"),
                            "network": G(lambda f: f.pick(["visa", "mastercard"])),
                        },
                    },
                    "paid": G(lambda f: True),
                },
            },
        },
    ),
    (
        "track",
        "Recurring Charge Failed",
        "mix",
        ["php"],
        {
            "member_no": G(lambda f: "FP" + f.digits(8)),
            "gateway": G(lambda f: f.pick(["GMO-PG", "Authorize.Net"])),
            "gateway_txn_id": G(lambda f: f.digits(12)),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "masked_pan": G(
                lambda f: (lambda n: n[:6] + "*" * (len(n) - 10) + n[-4:])(f.card(formatted=False))
            ),
            "decline_code": G(
                lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor", "G12"])
            ),
            "retry_count": G(lambda f: f.r.randint(0, 3)),
            "amount": G(lambda f: f.pick([229.0, 8800, 115.0])),
            "next_retry_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Membership Started",
        "mix",
        ["ruby", "swift"],
        {
            "membership_id": G(lambda f: "mem_" + f.digits(8)),
            "plan_id": G(lambda f: f.pick(["unl_monthly", "credits_10_m", "jp_m4"])),
            "plan_name": G(lambda f: f.pick(["Unlimited Monthly", "10 Credits / month", "月4回プラン"])),
            "billing_interval": G(lambda f: f.pick(["month", "year"])),
            "price": G(lambda f: f.money(85, 260)),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "auto_renew": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Membership Frozen",
        "mix",
        ["web", "ruby"],
        {
            "membership_id": G(lambda f: "mem_" + f.digits(8)),
            "freeze_reason": G(lambda f: f.pick(["travel", "financial", "schedule", "moving", "other"])),
            "medical_hold": Y(lambda f: f.pick([True, False]), "condition"),
            "freeze_start": G(lambda f: f.ymd()),
            "freeze_weeks": G(lambda f: f.pick([2, 4, 8, 12])),
            "fee": G(lambda f: f.pick([0, 10.0, 15.0])),
        },
    ),
    (
        "track",
        "Payment Method Saved",
        "mix",
        ["kotlin", "web"],
        {
            "label": G(lambda f: f"{f.pick(['Visa', 'Mastercard', 'JCB', 'Amex'])} •••• {f.digits(4)}"),
            "wallet": G(lambda f: f.pick(["google_pay", "none", "apple_pay"])),
            "is_default": G(lambda f: f.pick([True, False])),
            "card_fingerprint_match": G(lambda f: f.pick([True, False])),
            "three_d_secure": G(lambda f: f.pick(["passed", "not_required"])),
        },
    ),
    # -- account, verification ----------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        "mix",
        MEMBER_APPS,
        {
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "line"])),
            "first_name": Y(lambda f: f.p["first"], "name"),
            "last_name": Y(lambda f: f.p["last"], "name"),
            "email_address": Y(lambda f: f.p["email"], "email"),
            "password_strength": G(lambda f: f.pick(["weak", "medium", "strong"])),
            "accepted_terms": G(lambda f: True),
            "marketing_consent": G(lambda f: f.pick([True, False])),
            "referrer_code": G(lambda f: f.pick(["", f.hexid(6).upper()])),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "mix",
        ["web"],
        {
            "input": Y(
                lambda f: f.pick([f.p["street_en"], f.p["street_en"] + ", " + f.p["city_en"]]),
                "address|street",
                True,
            ),
            "suggestions": G(lambda f: f.r.randint(1, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
            "provider": G(lambda f: f.pick(["google_places", "mapbox"])),
            "session_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        "mix",
        MEMBER_APPS,
        {
            "phone_number": Y(lambda f: f.p["mobile"], "phone"),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "secret|token"),
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "success": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Login Attempted",
        "mix",
        ["node", "go"],
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "apple", "line"])),
            "success": G(lambda f: f.pick([True, False])),
            "failure_reason": G(lambda f: f.pick(["", "bad_password", "locked", "mfa_timeout"])),
            "origin": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip", True),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_reset_count": G(lambda f: f.r.randint(0, 3)),
            "risk": G(lambda f: f.pick(["low", "medium", "high"])),
        },
    ),
    (
        "track",
        "Profile Field Updated",
        "mix",
        ["web", "kotlin"],
        {
            "field_name": G(lambda f: setattr(f, "fld", f.pick(["email", "phone", "last_name"])) or f.fld),
            "old_value": Y(
                lambda f: {"email": f.q["email"], "phone": f.q["phone"], "last_name": f.q["last"]}[f.fld],
                "email|phone|name",
                True,
            ),
            "new_value": Y(
                lambda f: {"email": f.p["email"], "phone": f.p["phone"], "last_name": f.p["last"]}[f.fld],
                "email|phone|name",
                True,
            ),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "mix",
        ["web"],
        {
            "form_id": G(lambda f: "trial_signup"),
            "field": {"name": G(lambda f: "mobile"), "value": Y(lambda f: f.p["mobile"], "phone", True)},
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 15000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Trial Lead Captured",
        "mix",
        ["node"],
        {
            "form_guid": G(lambda f: f.uuid()),
            "portal_id": G(lambda f: f.digits(7)),
            "page_uri": G(lambda f: "https://flowpass.com/trial?studio=" + f.studio()[0]),
            "fields": Many(
                {
                    "name": G(
                        lambda f: setattr(f, "ffld", f.pick(["firstname", "email", "phone"])) or f.ffld
                    ),
                    "value": Y(
                        lambda f: {"firstname": f.p["first"], "email": f.p["email"], "phone": f.p["phone"]}[
                            f.ffld
                        ],
                        "name|email|phone",
                        True,
                    ),
                },
                3,
            ),
            "consent_to_process": G(lambda f: True),
        },
    ),
    (
        "track",
        "Booking Bot Answered",
        "mix",
        ["web"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "prompt_id": G(lambda f: "ask_email"),
            "text": Y(lambda f: f.p["email"], "email", True),
            "turn": G(lambda f: f.r.randint(1, 8)),
            "bot_version": G(lambda f: f.pick(["2024.05.1", "2024.06.0"])),
        },
    ),
    # -- health: waivers, intake, scans ------------------------------------------------------------
    (
        "track",
        "Health Waiver Signed",
        "mix",
        MEMBER_APPS,
        {
            "waiver_id": G(lambda f: "wv_" + f.hexid(10)),
            "waiver_version": G(lambda f: f.pick(["2024-01", "2024-05"])),
            "signed_at": G(lambda f: f.iso()),
            "signature_name": Y(lambda f: f.p["name"], "name"),
            "date_of_birth": Y(lambda f: f.dob_fmt(f.p), "birthdate"),
            "parq": {
                "q1_heart_condition": Y(lambda f: f.pick([False, False, False, True]), "condition"),
                "q2_chest_pain_activity": Y(lambda f: f.pick([False, False, True]), "condition"),
                "q3_dizziness": Y(lambda f: f.pick([False, True]), "condition"),
                "q4_bone_joint_problem": Y(lambda f: f.pick([False, True]), "condition"),
                "q5_blood_pressure_medication": Y(lambda f: f.pick([False, True]), "medication|condition"),
            },
            "is_pregnant": Y(lambda f: f.preg, "condition"),
            "injuries": Many(Y(lambda f: f.pick(INJURIES), "condition"), 2),
            "medical_conditions": Many(Y(lambda f: f.pick(CONDITIONS), "condition|diagnosis"), 2),
            "emergency_contact": {
                "name": Y(lambda f: f.q["name"], "name"),
                "phone": Y(lambda f: f.q["phone"], "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling", "partner"])),
            },
            "over_18": G(lambda f: True),
            "accepted_liability_release": G(lambda f: True),
            "waiver_pdf_sha1": G(lambda f: f.hexid(40)),
        },
    ),
    (
        "track",
        "Intake Form Submitted",
        "mix",
        ["flutter", "web"],
        {
            "appointment_id": G(lambda f: "apt_" + f.digits(8)),
            "service_id": G(lambda f: f.pick(SPA_SERVICES)[0]),
            "pressure_preference": G(lambda f: f.pick(["light", "medium", "firm"])),
            "therapist_gender_preference": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "focus_areas": Many(G(lambda f: f.pick(["neck", "shoulders", "lower back", "legs", "feet"])), 3),
            "pregnant": Y(lambda f: f.preg, "condition"),
            "weeks_pregnant": Y(lambda f: f.r.randint(8, 38) if f.preg else 0, "condition"),
            "medications": Y(lambda f: ", ".join(f.r.sample(MEDS, f.r.randint(1, 2))), "medication"),
            "allergies": Y(lambda f: f.pick(ALLERGIES), "allergy"),
            "recent_surgery": Y(lambda f: f.pick([False, True]), "procedure"),
            "surgery_details": Y(lambda f: f.pick(SURGERIES), "procedure"),
            "additional_notes": Y(
                lambda f: f.pick(
                    [
                        "Tore my ACL in 2022, please avoid deep work on the left knee.",
                        "I have high blood pressure, no hot stones please.",
                        "Recovering from a herniated disc at L5.",
                        "Currently 24 weeks pregnant, need side-lying position.",
                        "Migraines, light pressure around the head and neck.",
                        "Diabetic, can get lightheaded if session runs long.",
                    ]
                ),
                "condition",
                True,
            ),
            "date_of_birth": Y(lambda f: f.dob_fmt(f.p), "birthdate"),
            "gender": Y(lambda f: f.p["gender"], "gender"),
            "how_did_you_hear": G(lambda f: f.pick(["instagram", "friend", "google", "hotel concierge"])),
            "consent_to_treatment": G(lambda f: True),
        },
    ),
    (
        "track",
        "Physician Referral Uploaded",
        "us",
        ["python"],
        {
            "referral_id": G(lambda f: "ref_" + f.digits(6)),
            "appointment_id": G(lambda f: "apt_" + f.digits(8)),
            "prescription_number": Y(lambda f: "RX" + f.digits(7), "medication"),
            "referring_physician": Y(lambda f: "Dr. " + f.s["name"], "name"),
            "physician_npi": G(lambda f: f.digits(10)),
            "diagnosis_code": Y(
                lambda f: f.pick(["M54.50", "M75.101", "S83.512A", "M79.7", "G43.909"]), "diagnosis"
            ),
            "sessions_prescribed": G(lambda f: f.pick([4, 6, 8, 12])),
            "insurance_provider": G(
                lambda f: f.pick(["Aetna", "Cigna", "UnitedHealthcare", "Blue Shield of California"])
            ),
            "insurance_member_id": Y(lambda f: f.pick(["W", "XEH", "U"]) + f.digits(9), "identification"),
            "hsa_eligible": G(lambda f: f.pick([True, False])),
            "file_type": G(lambda f: f.pick(["application/pdf", "image/jpeg"])),
            "file_size_kb": G(lambda f: f.r.randint(80, 4000)),
        },
    ),
    (
        "track",
        "Body Scan Completed",
        "mix",
        ["python"],
        {
            "scan_id": G(lambda f: "scan_" + f.hexid(12)),
            "device_model": G(lambda f: f.pick(["InBody 570", "InBody 770", "Evolt 360"])),
            "studio_id": G(lambda f: f.studio()[0]),
            "scanned_at": G(lambda f: f.iso()),
            "sex": Y(lambda f: f.p["sex"] if f.p["sex"] != "X" else "F", "sex|gender"),
            "height_cm": G(lambda f: f.r.randint(150, 195)),
            "weight_kg": Y(lambda f: round(f.r.uniform(45, 110), 1), "condition"),
            "body_fat_percent": Y(lambda f: round(f.r.uniform(8, 42), 1), "condition"),
            "skeletal_muscle_mass_kg": Y(lambda f: round(f.r.uniform(18, 45), 1), "condition"),
            "visceral_fat_level": Y(lambda f: f.r.randint(1, 18), "condition"),
            "bmi": Y(lambda f: round(f.r.uniform(17, 35), 1), "condition"),
            "basal_metabolic_rate": Y(lambda f: f.r.randint(1100, 2100), "condition"),
            "scan_number": G(lambda f: f.r.randint(1, 20)),
            "goal": G(lambda f: f.pick(["lose_fat", "gain_muscle", "maintain"])),
        },
    ),
    (
        "track",
        "Workout Synced",
        "mix",
        MOBILE,
        {
            "workout_id": G(lambda f: f.uuid()),
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "source_device": G(lambda f: f.pick(["Apple Watch", "Garmin", "WHOOP", "Fitbit"])),
            "duration_min": G(lambda f: f.r.randint(20, 75)),
            "active_calories": G(lambda f: f.r.randint(120, 900)),
            "avg_heart_rate": Y(lambda f: f.r.randint(95, 165), "condition"),
            "max_heart_rate": Y(lambda f: f.r.randint(140, 198), "condition"),
            "total_output_kj": G(lambda f: f.r.randint(150, 700)),
            "leaderboard_rank": G(lambda f: f.r.randint(1, 45)),
            "healthkit_authorized": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- spa ------------------------------------------------------------------------------------
    (
        "track",
        "Spa Appointment Booked",
        "mix",
        ["flutter"],
        {
            "appointment_id": G(lambda f: "apt_" + f.digits(8)),
            "service": {
                "id": G(lambda f: setattr(f, "svc", f.pick(SPA_SERVICES)) or f.svc[0]),
                "name": G(lambda f: f.svc[1]),
                "duration_min": G(lambda f: f.svc[2]),
                "price": G(lambda f: f.svc[3]),
            },
            "therapist": {
                "id": G(lambda f: "thr_" + f.digits(4)),
                "name": Y(lambda f: f.s["name"], "name"),
                "gender": Y(lambda f: f.s["gender"], "gender"),
            },
            "room": G(lambda f: f.pick(["Cedar", "Room 3", "Couples Suite", "個室A"])),
            "start_at": G(lambda f: f.slot()),
            "add_ons": Many(
                G(lambda f: f.pick(["Hot Stones", "CBD Balm", "Scalp Massage", "Aromatherapy"])), 2
            ),
            "gratuity_percent": G(lambda f: f.pick([0, 18, 20, 22])),
            "booked_for_someone_else": G(lambda f: f.pick([True, False])),
            "recipient_name": Y(lambda f: f.q["name"], "name"),
            "recipient_phone": Y(lambda f: f.q["phone"], "phone"),
            "recipient_email": Y(lambda f: f.q["email"], "email"),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        "mix",
        ["web"],
        {
            "gift_card_id": G(lambda f: "gc_" + f.digits(9)),
            "amount": G(lambda f: f.pick([50, 100, 150, 10000])),
            "currency": G(lambda f: "JPY" if f.region == "jp" else "USD"),
            "design": G(lambda f: f.pick(["birthday", "thank_you", "zen", "holiday"])),
            "delivery_date": G(lambda f: f.ymd()),
            "recipient": {
                "name": Y(lambda f: f.q["name"], "name"),
                "email": Y(lambda f: f.q["email"], "email"),
            },
            "sender_name": Y(lambda f: f.p["first"], "name"),
            "sender_email": Y(lambda f: f.p["email"], "email"),
            "message": free_text_green(
                [
                    "Happy birthday! Enjoy a little me-time",
                    "Thank you for everything",
                    "Treat yourself :)",
                    "お誕生日おめでとう\uff01",
                    "Merry Christmas",
                ]
            ),
        },
    ),
    # -- social ---------------------------------------------------------------------------------
    (
        "track",
        "Review Submitted",
        "mix",
        MEMBER_APPS,
        {
            "review_id": G(lambda f: "rv_" + f.digits(8)),
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": free_text_green(
                [
                    "Great energy and a killer playlist.",
                    "Studio was too hot, AC broken?",
                    "最高のレッスンでした\uff01",
                    "Perfect for beginners, lots of modifications.",
                    "Bikes need maintenance.",
                ]
            ),
            "reviewer_display_name": Y(lambda f: f"{f.p['first']} {f.p['last'][0]}.", "name"),
            "anonymous": G(lambda f: f.pick([True, False])),
            "tags": Many(
                G(lambda f: f.pick(["challenging", "music", "clean", "friendly_staff", "crowded"])), 3
            ),
            "photo_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Friend Invited",
        "mix",
        MOBILE,
        {
            "referral_code": G(lambda f: f.hexid(6).upper()),
            "channel": G(lambda f: f.pick(["contacts", "sms", "line", "share_sheet"])),
            "contact": {
                "displayName": Y(lambda f: f.q["name"], "name"),
                "label": G(lambda f: f.pick(["mobile", "iPhone", "home", "work"])),
                "value": Y(lambda f: f.q["mobile"], "phone", True),
            },
            "message_template": G(lambda f: f.pick(["default_en", "default_ja", "custom"])),
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 25)),
        },
    ),
    (
        "track",
        "Tip Sent",
        "mix",
        ["swift"],
        {
            "tip_id": G(lambda f: "tip_" + f.digits(7)),
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "instructor_name": Y(lambda f: f.s["name"], "name"),
            "amount": G(lambda f: f.pick([3, 5, 10, 500])),
            "currency": G(lambda f: "JPY" if f.region == "jp" else "USD"),
        },
    ),
    (
        "track",
        "Pup Yoga Booked",
        "us",
        ["web", "kotlin"],
        {
            "booking_id": G(lambda f: f.bid()),
            "pet_name": G(lambda f: f.pick(["Biscuit", "Luna", "Mochi", "Charlie", "Pretzel"])),
            "pet_breed": G(lambda f: f.pick(["corgi", "golden retriever", "shiba inu", "mixed"])),
            "pet_age_years": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Kids Club Reserved",
        "mix",
        ["web", "swift"],
        {
            "reservation_id": G(lambda f: "kc_" + f.digits(6)),
            "child": {
                "first_name": Y(lambda f: f.q["first"], "name"),
                "birthdate": Y(lambda f: f.date(2014, 2022), "birthdate"),
                "last_name": Y(lambda f: f.q["last"], "name"),
                "allergies": Y(lambda f: f.pick(["peanuts", "none known", "dairy", "bee stings"]), "allergy"),
                "age_band": G(lambda f: f.pick(["0-2", "3-5", "6-9"])),
            },
            "authorized_pickup": Many(
                {
                    "name": Y(lambda f: f.person(f.region)["name"], "name"),
                    "phone": Y(lambda f: f.person(f.region)["phone"], "phone"),
                    "relationship": G(lambda f: f.pick(["grandparent", "nanny", "parent"])),
                },
                2,
            ),
            "slot_start": G(lambda f: f.slot()),
        },
    ),
    (
        "track",
        "Corporate Wellness Enrolled",
        "mix",
        ["java"],
        {
            "employer": G(lambda f: f.pick(["Globex", "Initech", "楽天", "Northwind Traders"])),
            "employer_program_id": G(lambda f: "cw_" + f.digits(4)),
            "employee_id": G(lambda f: "E" + f.digits(6)),
            "job_title": G(lambda f: f.pick(["Software Engineer", "Nurse", "Account Manager", "営業"])),
            "work_email": Y(lambda f: f.work_email(), "email"),
            "work_phone": Y(lambda f: f.p["phone"], "phone"),
            "employee_name": Y(lambda f: f.p["name"], "name"),
            "phone": Y(lambda f: f.p["phone"], "phone"),
            "pronouns": Y(lambda f: f.pick(["she/her", "he/him", "they/them"]), "gender"),
            "headshotUrl": Y(lambda f: f"https://cdn.flowpass.com/instructors/{f.hexid(10)}.jpg", "photo"),
            "instagramHandle": Y(
                lambda f: (
                    "@"
                    + ascii_fold(f.p["first"] if f.p["region"] == "us" else f.p["first_romaji"]).lower()
                    + f.pick([".moves", "yoga", "_rides", ".pilates"])
                ),
                "name",
            ),
            "specialties": Many(
                G(lambda f: f.pick(["vinyasa", "reformer", "cycling", "prenatal", "mobility"])), 3
            ),
            "certifications": Many(
                G(lambda f: f.pick(["RYT-200", "E-RYT 500", "NASM-CPT", "STOTT Pilates", "ACE-CPT"])), 2
            ),
            "certificationNumber": Y(
                lambda f: f.pick(["NASM", "ACE", "YA"]) + "-" + f.digits(7), "certificate"
            ),
            "languages": Many(G(lambda f: f.pick(["en", "ja", "es", "ko"])), 2),
            "yearsTeaching": G(lambda f: f.r.randint(1, 20)),
            "perClassRate": Y(lambda f: f.pick([35, 45, 60, 75, 5000, 7000]), "salary"),
            "bio": free_text_green(
                [
                    "Former dancer, now obsessed with alignment and good playlists.",
                    "Teaching since 2015. Believes in strong cores and soft hearts.",
                    "ヨガ歴10年。初心者の方も大歓迎です。",
                    "Cyclist, coffee snob, Saturday 7am regular.",
                ]
            ),
            "payoutOnboarded": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "screen",
        "Class Roster",
        "mix",
        ["rn"],
        {
            "class_id": G(lambda f: "cl_" + f.digits(7)),
            "roster_size": G(lambda f: f.r.randint(1, 30)),
            "roster": Many(
                {
                    "member_id": G(lambda f: "FP" + f.digits(8)),
                    "first_name": Y(lambda f: f.person(f.region)["first"], "name"),
                    "last_initial": G(lambda f: f.pick("ABCDEGHKMNOPRSTWY")),
                    "first_class": G(lambda f: f.pick([True, False])),
                    "spot": G(lambda f: f.r.randint(1, 40)),
                    "injury_flag": Y(lambda f: f.pick([False, False, True]), "condition"),
                    "injury_note": Y(lambda f: f.pick(INJURIES), "condition"),
                    "birthday_this_week": G(lambda f: f.pick([False, False, True])),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "InstructorPayoutSent",
        "us",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "po_" + f.hexid(16)),
            "InstructorId": G(lambda f: "ins_" + f.digits(5)),
            "InstructorName": Y(lambda f: f.p["name"], "name"),
            "InstructorEmail": Y(lambda f: f.p["email"], "email"),
            "PeriodStart": G(lambda f: f.ymd()),
            "PeriodEnd": G(lambda f: f.ymd()),
            "ClassesTaught": G(lambda f: f.r.randint(2, 40)),
            "GrossPay": Y(lambda f: f.money(150, 4800), "salary"),
            "Currency": G(lambda f: "USD"),
            "PayoutMethod": G(lambda f: f.pick(["ach", "instant_debit"])),
            "BankRoutingNumber": G(lambda f: f.pick(["021000021", "026009593", "121000248", "322271627"])),
            "BankAccountNumber": RED(lambda f: f.us_bank_account(), "bank account"),
            "AccountHolderName": Y(lambda f: f.p["name"], "name"),
            "TaxIdLast4": RED(lambda f: f.digits(4), "social security number"),
            "Status": G(lambda f: f.pick(["paid", "in_transit", "failed"])),
            "Is1099Eligible": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "BackgroundCheckCompleted",
        "us",
        ["dotnet"],
        {
            "CandidateId": G(lambda f: "cand_" + f.hexid(12)),
            "FullName": Y(lambda f: f.p["name"], "name"),
            "Email": Y(lambda f: f.p["email"], "email"),
            "ZipCode": Y(lambda f: f.p["postal"], "zipcode"),
            "Ssn": RED(lambda f: f.ssn(), "social security number"),
            "DateOfBirth": Y(lambda f: f.dob_fmt(f.p, "us"), "birthdate"),
            "DriverLicenseNumber": Y(lambda f: f.pick(["D", "F", "S"]) + f.digits(7), "license"),
            "DriverLicenseState": G(lambda f: f.p["pref"]),
            "Package": G(lambda f: f.pick(["tasker_standard", "driver_pro"])),
            "Result": G(lambda f: f.pick(["clear", "consider"])),
            "Adjudication": G(lambda f: f.pick(["engaged", "pre_adverse_action", ""])),
            "CompletedAt": G(lambda f: f.iso()),
            "TurnaroundHours": G(lambda f: f.r.randint(4, 120)),
        },
    ),
    (
        "track",
        "Instructor Onboarded",
        "jp",
        ["python"],
        {
            "instructor_id": G(lambda f: "ins_" + f.digits(5)),
            "full_name": Y(lambda f: f.p["kanji"], "name"),
            "full_name_kana": Y(lambda f: f.p["kana"], "name"),
            "birth_date": Y(lambda f: f.p["dob"], "birthdate"),
            "mobile_phone": Y(lambda f: f.p["mobile"], "phone"),
            "home_address": Y(lambda f: f.p["address"], "address"),
            "my_number": RED(lambda f: f.my_number(), "national id"),
            "nationality": Y(
                lambda f: f.pick(["日本", "アメリカ", "韓国", "ブラジル", "フィリピン"]), "citizenship"
            ),
            "residence_status": RED(
                lambda f: f.pick(["永住者", "技術・人文知識・国際業務", "日本人の配偶者等", "特定活動"]),
                "visa",
            ),
            "bank_code": G(lambda f: f.pick(["0001", "0005", "0009", "0036"])),
            "branch_code": G(lambda f: f"{f.r.randint(1, 899):03d}"),
            "account_type": G(lambda f: f.pick(["普通", "当座"])),
            "account_number": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "account_holder_kana": Y(lambda f: f.p["kana"], "name"),
            "contract_type": G(lambda f: f.pick(["業務委託", "アルバイト"])),
            "hourly_rate_jpy": Y(lambda f: f.pick([1800, 2500, 3000, 4000]), "salary"),
        },
    ),
    (
        "track",
        "Staff Clocked In",
        "mix",
        ["kotlin"],
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_name": Y(lambda f: f.s["name"], "name"),
            "staff_email": Y(lambda f: f.s["email"], "email"),
            "role": G(lambda f: f.pick(["front_desk", "studio_manager", "cleaner", "massage_therapist"])),
            "studio_id": G(lambda f: f.studio()[0]),
            "clock_in_at": G(lambda f: f.iso()),
            "geofence_lat": Y(lambda f: f.geo_lat(), "geolocation"),
            "geofence_lng": Y(lambda f: f.geo_lon(), "geolocation"),
            "hourly_wage": Y(lambda f: f.pick([17.5, 19.0, 22.0, 1200, 1350]), "salary"),
            "shift_minutes_scheduled": G(lambda f: f.pick([240, 360, 480])),
        },
    ),
    # -- studios (group) and aliases -----------------------------------------------------------------
    (
        "group",
        None,
        "mix",
        ["ruby", "web"],
        {
            "name": G(lambda f: f.studio()[1]),
            "studio_id": G(lambda f: f.studio()[0]),
            "frontDeskPhone": G(lambda f: f.tel_business()),
            "supportEmail": G(lambda f: f.pick(["hello@", "frontdesk@", "info@"]) + f.studio()[7]),
            "studioAddress": G(lambda f: f.studio()[8]),
            "website": G(lambda f: "https://" + f.studio()[7]),
            "plan": G(lambda f: f.pick(["partner_basic", "partner_plus"])),
            "employees": G(lambda f: f.r.randint(3, 60)),
            "industry": G(lambda f: f.pick(["Yoga", "Indoor Cycling", "Pilates", "Spa"])),
            "owner_name": Y(lambda f: f.s["name"], "name"),
            "owner_email": Y(lambda f: f.s["email"], "email"),
            "timezone": G(tz),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, "mix", ["swift", "kotlin", "web"], {}),
    # -- Japan: romaji and Japanese-script keys ----------------------------------------------------
    (
        "identify",
        None,
        "jp",
        ["python", "kotlin"],
        {
            "kaiin_id": G(lambda f: "K" + f.digits(7)),
            "namae": Y(lambda f: f.p["kanji"], "name"),
            "namae_kana": Y(lambda f: f.p["kana"], "name"),
            "seinengappi": Y(lambda f: f.dob_fmt(f.p, "jp"), "birthdate"),
            "denwabangou": Y(lambda f: f.p["mobile"], "phone"),
            "meeru": Y(lambda f: f.p["email"], "email"),
            "yuubin_bangou": Y(lambda f: f.p["postal"], "zipcode"),
            "todoufuken": G(lambda f: f.p["pref"]),
            "juusho": Y(lambda f: f.p["address"], "address"),
            "seibetsu": Y(lambda f: f.pick([{"F": "女性", "M": "男性"}[f.p["sex"]], "回答しない"]), "gender"),
            "nyuukai_bi": G(lambda f: f.ymd()),
            "puran": G(lambda f: f.pick(["月4回", "通い放題", "回数券"])),
            "tenpo": G(lambda f: f.studio()[1]),
        },
    ),
    (
        "track",
        "体験レッスン予約",
        "jp",
        ["php"],
        {
            "予約ID": G(lambda f: "R" + f.digits(9)),
            "会員番号": G(lambda f: f.digits(8)),
            "氏名": Y(lambda f: f.p["kanji"], "name"),
            "フリガナ": Y(lambda f: f.p["kana"], "name"),
            "電話番号": Y(lambda f: f.p["mobile"], "phone"),
            "メールアドレス": Y(lambda f: f.p["email"], "email"),
            "生年月日": Y(lambda f: f.dob_fmt(f.p, "kanji"), "birthdate"),
            "性別": Y(lambda f: {"F": "女性", "M": "男性"}[f.p["sex"]], "gender"),
            "郵便番号": Y(lambda f: "〒" + f.p["postal"], "zipcode"),
            "住所": Y(lambda f: f.p["address"], "address"),
            "店舗名": G(lambda f: f.studio()[1]),
            "レッスン名": G(lambda f: f.pick(["朝ヨガ 45分", "マシンピラティス 初級", "リズムバイク 45"])),
            "開始日時": G(lambda f: f.slot()),
            "料金": G(lambda f: f.pick([0, 1000, 2200])),
            "緊急連絡先": {
                "氏名": Y(lambda f: f.q["kanji"], "name"),
                "電話番号": Y(lambda f: f.q["mobile"], "phone"),
                "続柄": G(lambda f: f.pick(["配偶者", "母", "父", "兄弟"])),
            },
            "既往歴あり": Y(lambda f: f.pick([False, False, True]), "condition"),
            "妊娠中": Y(lambda f: f.preg, "condition"),
            "流入元": G(lambda f: f.pick(["LINE", "Instagram", "ホットペッパー", "紹介"])),
        },
    ),
    (
        "track",
        "LINE Message Received",
        "jp",
        ["node"],
        {
            "destination": G(lambda f: "U" + f.hexid(32)),
            "events": Many(
                {
                    "type": G(lambda f: "message"),
                    "timestamp": G(lambda f: f.epoch_ms()),
                    "replyToken": G(lambda f: f.hexid(32)),
                    "source": {"type": G(lambda f: "user"), "userId": G(lambda f: "U" + f.hexid(32))},
                    "message": {
                        "id": G(lambda f: f.digits(18)),
                        "type": G(lambda f: "text"),
                        "text": Y(
                            lambda f: f.pick(
                                [
                                    "予約の変更をお願いします。電話番号は{}です",
                                    "{}に折り返しお願いします",
                                    "体験の件で連絡ください {}",
                                    "携帯 {} 佐藤です。明日キャンセルでお願いします",
                                ]
                            ).format(f.p["mobile"]),
                            "phone",
                            True,
                        ),
                    },
                },
                1,
            ),
            "profile": {
                "displayName": Y(
                    lambda f: f.pick(
                        [
                            f.p["first"],
                            f.p["kanji"],
                            f.p["first_romaji"] if f.p["region"] == "jp" else f.p["first"],
                        ]
                    ),
                    "name",
                )
            },
        },
    ),
    (
        "track",
        "Parking Validated",
        "mix",
        ["go"],
        {
            "validation_id": G(lambda f: "pv_" + f.digits(7)),
            "garage": G(lambda f: f.pick(["SP+ 210 Kent Ave", "タイムズ中目黒第3", "LAZ Parking Lot 12"])),
            "license_plate": Y(lambda f: f.plate(), "license"),
            "vehicle_make": G(lambda f: f.pick(["Toyota", "Honda", "Tesla", "Subaru"])),
            "minutes_validated": G(lambda f: f.pick([90, 120, 180])),
            "studio_id": G(lambda f: f.studio()[0]),
        },
    ),
    (
        "track",
        "door-unlocked",
        "mix",
        ["node"],
        {
            "event-id": G(lambda f: f.uuid()),
            "door-id": G(lambda f: "door_" + f.digits(3)),
            "site-name": G(lambda f: f.studio()[1]),
            "unlock-method": G(lambda f: f.pick(["mobile-credential", "keycard", "pin"])),
            "credential-id": G(lambda f: f.digits(10)),
            "member-name": Y(lambda f: f.p["name"], "name"),
            "member-photo-url": Y(
                lambda f: f"https://access.example-kisi.io/photos/{f.hexid(16)}.jpg", "photo"
            ),
            "granted": G(lambda f: f.pick([True, True, False])),
            "occurred-at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        "mix",
        ["python"],
        {
            "MEMBER_ID": G(lambda f: "FP" + f.digits(8)),
            "EMAIL": Y(lambda f: f.p["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.p["first"], "name"),
            "LAST_NAME": Y(lambda f: f.p["last"], "name"),
            "PHONE_E164": Y(
                lambda f: (
                    "+1" + f.digits(10)
                    if f.p["region"] == "us"
                    else "+81" + f.p["mobile"][1:].replace("-", "")
                ),
                "phone",
            ),
            "DOB": Y(lambda f: f.p["dob"], "birthdate"),
            "ZIP": Y(lambda f: f.p["postal"], "zipcode"),
            "HOME_STUDIO": G(lambda f: f.studio()[1]),
            "LIFETIME_VALUE_USD": G(lambda f: f.money(0, 6000)),
            "CLASSES_ATTENDED_90D": G(lambda f: f.r.randint(0, 70)),
            "CHURN_RISK_SCORE": G(lambda f: round(f.r.random(), 3)),
            "LAST_VISIT_AT": G(lambda f: f.iso()),
            "IS_INSTRUCTOR": G(lambda f: f.pick([True, False])),
            "PRENATAL_PROGRAM": Y(lambda f: f.preg, "condition"),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "SEGMENT": G(lambda f: f.pick(["power_user", "lapsed", "new"])),
        },
    ),
    # -- ads and messaging vendors ----------------------------------------------------------------
    (
        "track",
        "Purchase",
        "mix",
        ["node"],
        {
            "event_id": G(lambda f: f.uuid()),
            "action_source": G(lambda f: "website"),
            "event_source_url": G(lambda f: "https://flowpass.com/checkout/complete"),
            "user_data": {
                "em": Y(lambda f: f.sha256(f.p["email"]), "email"),
                "ph": Y(lambda f: f.sha256("".join(c for c in f.p["phone"] if c.isdigit())), "phone"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "fbp": Y(lambda f: f.fbp(), "advertising id"),
                "fbc": Y(lambda f: f.fbc(), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(39, 300)),
                "currency": G(lambda f: "USD"),
                "content_ids": Many(G(lambda f: f.pick(PACKS)[1]), 2),
                "content_type": G(lambda f: "product"),
            },
        },
    ),
    (
        "page",
        "Landing",
        "mix",
        ["web"],
        {
            "path": G(lambda f: "/lp/first-class-free"),
            "url": G(lambda f: "https://flowpass.com/lp/first-class-free"),
            "title": G(lambda f: "Your first class is free | FlowPass"),
            "referrer": G(
                lambda f: f.pick(
                    ["https://www.google.com/", "https://l.instagram.com/", "https://m.facebook.com/"]
                )
            ),
            "gclid": Y(lambda f: f.gclid(), "advertising id"),
            "fbclid": Y(lambda f: f.fbclid(), "advertising id"),
            "utm_campaign": G(lambda f: f.pick(["first_class_free", "jp_trial_campaign"])),
            "variant": G(lambda f: f.pick(["A", "B"])),
        },
    ),
    (
        "track",
        "SMS Reminder Status",
        "mix",
        ["go"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + f.hexid(32)),
            "MessageStatus": G(lambda f: f.pick(["delivered", "sent", "undelivered"])),
            "To": Y(
                lambda f: (
                    "+1" + f.digits(10) if f.region == "us" else "+81" + f.p["mobile"][1:].replace("-", "")
                ),
                "phone",
            ),
            "From": G(lambda f: f.pick(["+13475550142", "+18335550199"])),
            "Body": Y(
                lambda f: f.pick(
                    [
                        "{k}様 明日{j}からのレッスンをお待ちしております。キャンセルはアプリから。",
                        "{k}様 キャンセル待ちのお席が空きました。アプリで確定してください。",
                    ]
                    if f.region == "jp"
                    else [
                        "Hi {n}, see you tomorrow at {c}! Reply C to cancel.",
                        "{n}, your spot on the waitlist opened up. Tap to confirm.",
                        "Hey {n} - class starts in 1 hour. Bring a towel!",
                    ]
                ).format(
                    n=f.p["first"],
                    k=f.p["last_kanji"] if "last_kanji" in f.p else f.p["last"],
                    c=f.pick(["7:00am", "6:30pm", "12:15pm"]),
                    j=f.pick(["7:00", "18:30", "12:15"]),
                ),
                "name",
                True,
            ),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
            "ErrorCode": G(lambda f: f.pick(["", "30003", "30005"])),
        },
    ),
    (
        "track",
        "Support Chat Started",
        "mix",
        ["web", "kotlin"],
        {
            "conversation_id": G(lambda f: f.digits(12)),
            "topic": G(lambda f: f.pick(["billing", "booking", "account", "studio_feedback"])),
            "first_message": free_text_green(
                [
                    "Why was I charged a late cancel fee?",
                    "How do I freeze my membership?",
                    "Can I transfer credits?",
                    "アプリにログインできません",
                    "The door code isn't working",
                ]
            ),
            "contact_email": Y(lambda f: f.p["email"], "email"),
            "queue_wait_seconds": G(lambda f: f.r.randint(0, 600)),
            "agent_name": Y(lambda f: f.s["first"], "name"),
        },
    ),
    (
        "track",
        "問診票送信",
        "jp",
        ["php"],
        {
            "予約ID": G(lambda f: "R" + f.digits(9)),
            "氏名": Y(lambda f: f.p["kanji"], "name"),
            "コース": G(lambda f: f.pick(["指圧 50分", "アロマトリートメント 90分", "ヘッドスパ 40分"])),
            "持病": Y(
                lambda f: f.pick(["高血圧", "喘息", "糖尿病", "椎間板ヘルニア", "片頭痛"]), "condition"
            ),
            "服用中の薬": Y(
                lambda f: f.pick(["降圧剤", "ロキソニン", "インスリン", "低用量ピル"]), "medication"
            ),
            "アレルギー": Y(lambda f: f.pick(["ナッツ", "ラテックス", "ラベンダー精油", "金属"]), "allergy"),
            "妊娠の可能性": Y(lambda f: f.pick(["なし", "あり", "不明"]), "condition"),
            "手術歴": Y(lambda f: f.pick(["帝王切開 2021年", "虫垂炎 2015年", "膝の靭帯再建"]), "procedure"),
            "施術の強さ": G(lambda f: f.pick(["弱め", "普通", "強め"])),
            "同意": G(lambda f: True),
        },
    ),
    (
        "track",
        "Emergency Contact Updated",
        "mix",
        MOBILE,
        {
            "emergency_contact_name": Y(lambda f: f.q["name"], "name"),
            "emergency_contact_phone": Y(lambda f: f.q["phone"], "phone"),
            "emergency_contact_email": Y(lambda f: f.q["email"], "email"),
            "relationship": G(lambda f: f.pick(["spouse", "parent", "friend", "sibling", "partner"])),
            "has_emergency_contact": G(lambda f: True),
            "contacts_on_file": G(lambda f: f.pick([1, 1, 2])),
        },
    ),
]


def build(seed: int, repeats: int):
    f = HF(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, region, clients, body in EVENTS:
            f.begin(region)
            client = f.pick(clients)
            msg: dict = {
                "type": kind,
                "messageId": f.uuid() if client not in SERVER_LIBS else f"{client}-{f.uuid()}",
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "u_" + f.digits(9),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "studio_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            msg["integrations"] = {"All": True} if f.r.random() < 0.8 else {"All": True, "Mixpanel": False}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=85, repeats=30)
    write(Path(__file__).parent, "holdout85_", events, labels)
