"""Writes holdout 58: tests/corpus/holdout58_events.jsonl and holdout58_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, the other
holdouts' builders (except build_holdout3.py, for the format) or any labels file, and without
running the engine on these events. It is meant to be scored once, on events the engine has never
seen. Run: `.venv/bin/python -m tests.corpus.build_holdout58` (seeded, deterministic).

Domain: online marketplaces in Japan and Korea.
- A Rakuten-like shop (JP): member identify calls with kanji and kana names, search, product,
  cart and checkout spec events, home delivery with time slots and 置き配, convenience-store
  pickup, card tokens, points and loyalty cards, reviews, shop inquiries, carrier status
  webhooks, a first-class OTC medicine questionnaire, a travel booking, a baby registry, pets.
- A Coupang-like shop (KR): identify, saved delivery addresses with the building's entrance code,
  orders with 현금영수증, refund accounts, PASS/NICE identity verification (CI/DI), a driver
  app's delivery completion, reviews with masked names, Toss-shaped payment webhooks.
- C2C flea markets (JP, KR): listings, purchases, anonymous shipping labels, address disclosure
  when not anonymous, ratings, trust-and-safety flags of contact exchange, price offers, payouts
  to Japanese bank accounts (half-width kana holder names), eKYC with licences and residence
  cards, My Number for payment records, neighbourhood GPS verification, meeting places.
- Gift sending: recipients' names, phones and addresses (entered by the recipient), message
  cards, e-gift voucher codes, synced contacts, Alimtalk/LINE notification payloads.
- Accounts and vendors: sign-up, .NET login events (PascalCase), OTPs, form autocapture, seller
  shops as group calls with their staff, Meta CAPI, AppsFlyer, ad click ids (gclid, yclid,
  fbclid, ldtag_cl), Zendesk-shaped tickets, telephony webhooks, reverse-ETL identify calls
  from a warehouse (SCREAMING_SNAKE), kebab-case backends, and Japanese and Korean keys
  (氏名, 住所, 電話番号, 이름, 주소, 전화번호 ...).
Contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter and the python, node, go, java, ruby, php and .NET server libraries.

Values: names in kanji, kana (full- and half-width), hangul, romaji and romanised Korean, and
from many other cultures; JP/KR mobile and landline formats (some in full-width digits), JP and
KR postal codes and addresses; My Number and 주민등록번호 with valid check digits; Luhn card
numbers (JCB, Visa, Mastercard, Amex); IBANs with mod-97 check digits; JP/KR bank accounts.

Conventions and labelling rules (the product's default colours, as the brief gives them):
- Each leaf path has classification (red/yellow/green), type (a matcher name, `a|b` when either
  is fair) and value_only (the key does not say what the value is). Paths are flattened as
  `portal.events.flatten` does; a path has one label across every event that carries it.
- PII = personal data about a natural person (user, recipient, contact, dependant, staff, guest).
  Colour: the reference matcher's default; outside it, red for credentials/secrets, card numbers,
  bank accounts, government ids (My Number, 주민등록번호, residence card) and health; yellow for
  geolocation, advertising ids and the rest.
- Green: ids we issue, versions, timestamps, amounts, enums, counters, booleans under PII-sounding
  keys, product/shop/hotel/pet names, places that are not the person's (a store, a hotel's city,
  a carrier depot, a public meeting place), prefecture/시도 (state level), country, locale,
  timezone, user agents, OS-issued device ids (IDFV, Android id), card brand/BIN/last four/expiry,
  masked card numbers, bank and branch codes, and the published contested list: loyalty, member
  and customer numbers (including a loyalty `card_number`), ages and age bands, job titles, a
  business's own phone/e-mail/address (stores, shops, the company's number in a telephony
  webhook), pets' names and data (a pet's food allergy is green).
- Yellow by policy: billing/shipping addresses, vehicle plates (`license`), click ids from ad
  platforms (`advertising id`). Red by policy: card and billing tokens, one-time codes.
- A boolean or enum revealing a special category is that category (pregnant, breastfeeding: yellow
  `condition`; has an allergy history: yellow `allergy`); a due date reveals a pregnancy: yellow
  `condition`. A person's 在留資格 (status of residence) is red `visa`.
- value_only PII paths carry that PII in every value; free text is labelled by what every value
  carries (contact-exchange messages always hold a phone or an e-mail; Alimtalk/LINE notification
  bodies always hold names); free text that never carries PII (reviews, inquiries) is green.
Rules chosen where the policy is silent (what a careful privacy owner would want flagged):
- Nicknames and display names people choose, and partly masked names (김*준), are yellow `name`.
- City-level and finer parts of the person's own address are yellow (市区町村/시군구 as `city`,
  a C2C user's verified neighbourhood 동 as `city|address`); the prefecture or 시도 alone is green.
- Hashed e-mails and phones sent for ad matching (Meta `em`, `ph`) keep their type, yellow;
  hashes of our own ids are green.
- Korean CI/DI from identity verification identify a person across services: yellow
  `identification`. NICE's gender code ("0"/"1") is `gender`; its 내/외국인 code is `citizenship`.
- A building entrance code that a recipient gives the courier is a secret they hold: red
  `password|secret`. E-gift voucher codes are bearer codes: red `token|secret`.
- A staff member's own name, mobile or work e-mail is yellow like anyone's.
- A birth year alone, or a 6-digit YYMMDD birth date, is `birthdate` (yellow).
- URLs of photos of a person (eKYC selfies) or of their doorstep (proof of delivery): yellow `photo`.
- A residence card's expiry date is green, like a payment card's expiry.
- SDK-issued install ids (AppsFlyer id) are green like our own device ids; IDFA/GAID are yellow.
"""

# Japanese and Korean text uses full-width punctuation and digits on purpose.
# ruff: noqa: RUF001

import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -------------------------------------------------------------------------------------

JP_SURNAMES = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("小野寺", "オノデラ", "Onodera"),
]
JP_GIVEN = [
    ("太郎", "タロウ", "Taro"),
    ("花子", "ハナコ", "Hanako"),
    ("翔太", "ショウタ", "Shota"),
    ("美咲", "ミサキ", "Misaki"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("陽菜", "ヒナ", "Hina"),
    ("健一", "ケンイチ", "Kenichi"),
    ("由美", "ユミ", "Yumi"),
    ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"),
    ("拓海", "タクミ", "Takumi"),
    ("さくら", "サクラ", "Sakura"),
    ("直樹", "ナオキ", "Naoki"),
    ("恵子", "ケイコ", "Keiko"),
    ("悠人", "ユウト", "Yuto"),
    ("愛", "アイ", "Ai"),
    ("隆之介", "リュウノスケ", "Ryunosuke"),
    ("千尋", "チヒロ", "Chihiro"),
]
KR_SURNAMES = [
    ("김", "Kim"),
    ("이", "Lee"),
    ("박", "Park"),
    ("최", "Choi"),
    ("정", "Jung"),
    ("강", "Kang"),
    ("조", "Cho"),
    ("윤", "Yoon"),
    ("장", "Jang"),
    ("임", "Lim"),
    ("한", "Han"),
    ("오", "Oh"),
    ("서", "Seo"),
    ("신", "Shin"),
    ("권", "Kwon"),
    ("황", "Hwang"),
    ("송", "Song"),
    ("류", "Ryu"),
    ("남궁", "Namgung"),
]
KR_GIVEN = [
    ("민준", "Min-jun"),
    ("서연", "Seo-yeon"),
    ("지훈", "Ji-hoon"),
    ("지민", "Ji-min"),
    ("하은", "Ha-eun"),
    ("도윤", "Do-yoon"),
    ("수빈", "Su-bin"),
    ("예준", "Ye-jun"),
    ("유진", "Yu-jin"),
    ("현우", "Hyun-woo"),
    ("지아", "Ji-a"),
    ("성민", "Sung-min"),
    ("은지", "Eun-ji"),
    ("준호", "Jun-ho"),
    ("다은", "Da-eun"),
    ("영수", "Young-soo"),
    ("미경", "Mi-kyung"),
]
OTHER_NAMES = [
    "王伟",
    "李娜",
    "Chen Jing",
    "Nguyễn Văn An",
    "Trần Thị Mai",
    "NGUYEN THI HUONG",
    "Maria Santos",
    "Jose Reyes",
    "Bishnu Gurung",
    "Anjali Sharma",
    "Budi Santoso",
    "Siti Rahayu",
    "Somchai Wongsakul",
    "Lin Yu-ting",
    "Ivan Petrov",
    "Emily Clarke",
    "Lucas Oliveira",
]
OTHER_ROMAJI = [
    "NGUYEN VAN AN",
    "TRAN THI MAI",
    "WANG WEI",
    "LI NA",
    "MARIA SANTOS",
    "GURUNG BISHNU",
    "SHARMA ANJALI",
    "SANTOSO BUDI",
    "LIN YU TING",
    "CLARKE EMILY JANE",
]

HALF_KANA = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー゛゜　",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰﾞﾟ ",
)
SMALL_TO_BIG = str.maketrans("ァィゥェォャュョッ", "アイウエオヤユヨツ")


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def zengin_kana(s: str) -> str:
    """Half-width kana as Japanese bank transfers carry them (small kana written large)."""
    decomposed = unicodedata.normalize("NFD", s.translate(SMALL_TO_BIG))
    decomposed = decomposed.replace("\u3099", "゛").replace("\u309a", "゜")
    return decomposed.translate(HALF_KANA)


def jp_pick(f: Fake):
    return f.pick(JP_SURNAMES), f.pick(JP_GIVEN)


def jp_kanji_name(f: Fake) -> str:
    s, g = jp_pick(f)
    return f.pick([f"{s[0]} {g[0]}", f"{s[0]}　{g[0]}", f"{s[0]}{g[0]}"])


def jp_kana_name(f: Fake) -> str:
    s, g = jp_pick(f)
    name = f.pick([f"{s[1]} {g[1]}", f"{s[1]}　{g[1]}", f"{s[1]}{g[1]}"])
    return hira(name) if f.r.random() < 0.3 else name


def jp_romaji_name(f: Fake) -> str:
    s, g = jp_pick(f)
    return f.pick([f"{g[2]} {s[2]}", f"{s[2].upper()} {g[2].upper()}", f"{s[2]} {g[2]}"])


def kr_name(f: Fake) -> str:
    return f.pick(KR_SURNAMES)[0] + f.pick(KR_GIVEN)[0]


def kr_roman_name(f: Fake) -> str:
    s, g = f.pick(KR_SURNAMES), f.pick(KR_GIVEN)
    return f.pick([f"{s[1]} {g[1]}", f"{g[1]} {s[1]}", f"{s[1].upper()} {g[1].upper().replace('-', '')}"])


def other_name(f: Fake) -> str:
    return f.pick(OTHER_NAMES) if f.r.random() < 0.6 else f.full_name()


def any_jp_name(f: Fake) -> str:
    return f.pick([jp_kanji_name, jp_kanji_name, jp_kanji_name, jp_kana_name, jp_romaji_name, other_name])(f)


def any_kr_name(f: Fake) -> str:
    return f.pick([kr_name, kr_name, kr_name, kr_name, kr_roman_name, other_name])(f)


def any_name(f: Fake) -> str:
    return f.pick([any_jp_name, any_kr_name])(f)


def jp_surname(f: Fake) -> str:
    return f.pick(JP_SURNAMES)[0]


def jp_given(f: Fake) -> str:
    return f.pick(JP_GIVEN)[0]


def jp_surname_kana(f: Fake) -> str:
    return f.pick(JP_SURNAMES)[1]


def jp_given_kana(f: Fake) -> str:
    return f.pick(JP_GIVEN)[1]


def masked_kr_name(f: Fake) -> str:
    s, g = f.pick(KR_SURNAMES)[0], f.pick(KR_GIVEN)[0]
    return s + "*" + g[-1]


def nickname(f: Fake) -> str:
    s, g = jp_pick(f)
    k = f.pick(KR_GIVEN)
    return f.pick(
        [
            hira(g[1]) + f.pick(["", "ママ", "さん", "0" + str(f.r.randint(1, 9))]),
            g[2].lower() + str(f.r.randint(1, 99)),
            s[0] + f.pick(["", "@子育て中", "（関西）"]),
            k[0] + f.pick(["맘", "아빠", "", "_" + str(f.r.randint(10, 99))]),
            k[1].lower().replace("-", "") + "_" + str(f.r.randint(80, 99)),
        ]
    )


# -- contact details ----------------------------------------------------------------------------

FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def jp_mobile(f: Fake) -> str:
    p, a, b = f.pick(["090", "080", "070"]), f.r.randint(1000, 9999), f.r.randint(0, 9999)
    return f.pick(
        [
            f"{p}-{a}-{b:04d}",
            f"{p}{a}{b:04d}",
            f"+81 {p[1:]}-{a}-{b:04d}",
            f"+81{p[1:]}{a}{b:04d}",
            f"{p}-{a}-{b:04d}".translate(FULLWIDTH),
            f"{p}({a}){b:04d}",
        ]
    )


def jp_landline(f: Fake) -> str:
    n = f.r.randint(0, 9999)
    return f.pick(
        [
            f"03-{f.r.randint(3000, 6999)}-{n:04d}",
            f"06-{f.r.randint(6000, 6999)}-{n:04d}",
            f"045-{f.r.randint(200, 999)}-{n:04d}",
            f"052-{f.r.randint(200, 999)}-{n:04d}",
            f"092-{f.r.randint(200, 999)}-{n:04d}",
            f"011-{f.r.randint(200, 999)}-{n:04d}",
        ]
    )


def kr_mobile(f: Fake) -> str:
    a, b = f.r.randint(2000, 9999), f.r.randint(0, 9999)
    return f.pick([f"010-{a}-{b:04d}", f"010{a}{b:04d}", f"+82 10-{a}-{b:04d}", f"+82-10-{a}-{b:04d}"])


def kr_landline(f: Fake) -> str:
    n = f.r.randint(0, 9999)
    return f.pick(
        [
            f"02-{f.r.randint(200, 9999)}-{n:04d}",
            f"031-{f.r.randint(200, 999)}-{n:04d}",
            f"051-{f.r.randint(200, 999)}-{n:04d}",
        ]
    )


def intl_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f.phone(),
            f"+86 138 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"+84 9{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+63 917 {r.randint(100, 999)} {r.randint(1000, 9999)}",
            f"+886 912 {r.randint(100, 999)} {r.randint(100, 999)}",
            f"+977 98{r.randint(10000000, 99999999)}",
        ]
    )


def jp_phone(f: Fake) -> str:
    return f.pick([jp_mobile, jp_mobile, jp_mobile, jp_landline, intl_phone])(f)


def kr_phone(f: Fake) -> str:
    return f.pick([kr_mobile, kr_mobile, kr_mobile, kr_mobile, kr_landline, intl_phone])(f)


def any_phone(f: Fake) -> str:
    return f.pick([jp_phone, kr_phone])(f)


def business_phone(f: Fake) -> str:
    r = f.r
    return f.pick(
        [
            f"0120-{r.randint(100, 999)}-{r.randint(100, 999)}",
            f"0570-{r.randint(100, 999)}-{r.randint(100, 999)}",
            f"03-5{r.randint(100, 999)}-{r.randint(1000, 9999)}",
            f"1588-{r.randint(1000, 9999)}",
            f"1577-{r.randint(1000, 9999)}",
            f"02-{r.randint(500, 599)}-{r.randint(1000, 9999)}",
        ]
    )


JP_MAIL = [
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "icloud.com",
    "i.softbank.jp",
    "outlook.jp",
]
KR_MAIL = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"]


def jp_email(f: Fake) -> str:
    s, g = jp_pick(f)
    local = f.pick(
        [
            f"{g[2].lower()}.{s[2].lower()}",
            f"{s[2].lower()}_{g[2][0].lower()}{f.r.randint(1960, 2005)}",
            f"{g[2].lower()}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
            f"{g[2].lower()}-{f.hexid(3)}",
        ]
    )
    return f"{local}@{f.pick(JP_MAIL)}"


def kr_email(f: Fake) -> str:
    s, g = f.pick(KR_SURNAMES), f.pick(KR_GIVEN)
    gl = g[1].lower().replace("-", "")
    local = f.pick(
        [f"{gl}{s[1].lower()}", f"{s[1].lower()}.{gl}", f"{gl}{f.r.randint(80, 99)}", f"{gl}_{f.hexid(2)}"]
    )
    return f"{local}@{f.pick(KR_MAIL)}"


def intl_email(f: Fake) -> str:
    decomposed = unicodedata.normalize("NFKD", f.email())
    return "".join(c for c in decomposed if c.isascii()).replace("'", "")


def any_email(f: Fake) -> str:
    return f.pick([jp_email, jp_email, kr_email, kr_email, intl_email])(f)


# -- addresses ----------------------------------------------------------------------------------

JP_PLACES = [
    ("東京都", "渋谷区", "神南", "150"),
    ("東京都", "世田谷区", "三軒茶屋", "154"),
    ("東京都", "江東区", "豊洲", "135"),
    ("大阪府", "大阪市北区", "梅田", "530"),
    ("大阪府", "吹田市", "江坂町", "564"),
    ("神奈川県", "横浜市中区", "山下町", "231"),
    ("神奈川県", "川崎市中原区", "小杉町", "211"),
    ("愛知県", "名古屋市中村区", "名駅", "450"),
    ("福岡県", "福岡市博多区", "博多駅前", "812"),
    ("北海道", "札幌市中央区", "大通西", "060"),
    ("京都府", "京都市左京区", "吉田本町", "606"),
    ("兵庫県", "神戸市中央区", "三宮町", "650"),
    ("埼玉県", "さいたま市大宮区", "桜木町", "330"),
    ("宮城県", "仙台市青葉区", "一番町", "980"),
    ("千葉県", "船橋市", "本町", "273"),
    ("沖縄県", "那覇市", "おもろまち", "900"),
]
JP_BUILDINGS = [
    "メゾン",
    "パークハイツ",
    "コーポ",
    "グランシティ",
    "レジデンス",
    "サンハイム",
    "ライオンズマンション",
]
JP_BUILDING_SUFFIX = ["桜", "南青山", "緑が丘", "ステーションフロント", "II", "第3", "駅前"]

KR_PLACES = [
    ("서울특별시", "강남구", "테헤란로", "역삼동", "06"),
    ("서울특별시", "마포구", "월드컵북로", "서교동", "03"),
    ("서울특별시", "송파구", "올림픽로", "잠실동", "05"),
    ("서울특별시", "관악구", "관악로", "봉천동", "08"),
    ("부산광역시", "해운대구", "해운대로", "우동", "48"),
    ("경기도", "성남시 분당구", "판교역로", "백현동", "13"),
    ("경기도", "수원시 영통구", "광교중앙로", "이의동", "16"),
    ("인천광역시", "연수구", "송도과학로", "송도동", "21"),
    ("대구광역시", "수성구", "달구벌대로", "범어동", "42"),
    ("대전광역시", "유성구", "대학로", "궁동", "34"),
    ("광주광역시", "서구", "상무중앙로", "치평동", "61"),
]
KR_APTS = ["래미안", "자이", "힐스테이트", "e편한세상", "푸르지오", "아이파크", "롯데캐슬"]


def jp_zip(f: Fake) -> str:
    head = f.pick(JP_PLACES)[3]
    tail = f.r.randint(0, 9999)
    return f.pick([f"{head}-{tail:04d}", f"〒{head}-{tail:04d}", f"{head}{tail:04d}"])


def jp_city(f: Fake) -> str:
    return f.pick(JP_PLACES)[1]


def jp_street(f: Fake) -> str:
    town = f.pick(JP_PLACES)[2]
    c, b, g = f.r.randint(1, 5), f.r.randint(1, 30), f.r.randint(1, 20)
    return f.pick([f"{town}{c}-{b}-{g}", f"{town}{c}丁目{b}番{g}号", f"{town}{c}丁目{b}-{g}"])


def jp_building(f: Fake) -> str:
    room = f"{f.r.randint(1, 15)}{f.r.randint(1, 12):02d}"
    return f.pick(
        [
            f"{f.pick(JP_BUILDINGS)}{f.pick(JP_BUILDING_SUFFIX)} {room}号室",
            f"{f.pick(JP_BUILDINGS)}{f.pick(JP_BUILDING_SUFFIX)} {room}",
            f"{f.pick(JP_BUILDINGS)} {room}",
        ]
    )


def jp_address(f: Fake) -> str:
    pref, city, _, _ = f.pick(JP_PLACES)
    return f.pick(
        [
            f"{pref}{city}{jp_street(f)}",
            f"{pref}{city}{jp_street(f)} {jp_building(f)}",
            f"{city}{jp_street(f)}",
        ]
    )


def kr_zip(f: Fake) -> str:
    return f.pick(KR_PLACES)[4] + f"{f.r.randint(0, 999):03d}"


def kr_city(f: Fake) -> str:
    return f.pick(KR_PLACES)[1]


def kr_road(f: Fake) -> str:
    sido, sgg, road, _, _ = f.pick(KR_PLACES)
    n = f.r.randint(1, 420)
    return f.pick(
        [f"{sido} {sgg} {road} {n}", f"{sido[:2]} {sgg} {road} {n}", f"{sgg} {road}{f.r.randint(1, 9)}길 {n}"]
    )


def kr_road_short(f: Fake) -> str:
    _, _, road, _, _ = f.pick(KR_PLACES)
    return f"{road} {f.r.randint(1, 420)}"


def kr_jibun(f: Fake) -> str:
    sido, sgg, _, dong, _ = f.pick(KR_PLACES)
    return f"{sido} {sgg} {dong} {f.r.randint(100, 999)}-{f.r.randint(1, 30)}"


def kr_detail(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(101, 115)}동 {f.r.randint(1, 25)}{f.r.randint(1, 4):02d}호",
            f"{f.pick(KR_APTS)} {f.r.randint(101, 115)}동 {f.r.randint(1, 25)}{f.r.randint(1, 4):02d}호",
            f"{f.r.randint(2, 5)}층",
            f"B동 {f.r.randint(1, 9)}0{f.r.randint(1, 4)}호",
            f"{f.r.randint(1, 3)}층 {f.r.randint(101, 305)}호",
        ]
    )


def kr_address(f: Fake) -> str:
    return f"{kr_road(f)}, {kr_detail(f)}"


def any_address(f: Fake) -> str:
    return f.pick([jp_address, kr_address])(f)


def any_zip(f: Fake) -> str:
    return f.pick([jp_zip, kr_zip])(f)


def any_city(f: Fake) -> str:
    return f.pick([jp_city, kr_city])(f)


# -- dates --------------------------------------------------------------------------------------


def jp_birth(f: Fake) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    if y >= 1989:
        era = "平成" + ("元" if y == 1989 else str(y - 1988)) + "年"
    else:
        era = "昭和" + str(y - 1925) + "年"
    return f.pick(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}{m:02d}{d:02d}",
            f"{era}{m}月{d}日",
            f"{y}年{m}月{d}日",
        ]
    )


def kr_birth(f: Fake) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{y}.{m:02d}.{d:02d}"]
    )


def kr_birth6(f: Fake) -> str:
    return f"{f.r.randint(50, 105) % 100:02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"


def day(f: Fake, start=2024, end=2025) -> str:
    return f"{f.r.randint(start, end)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def iso_jst(f: Fake) -> str:
    return f"{day(f)}T{f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:{f.r.randint(0, 59):02d}+09:00"


# -- government ids, money ------------------------------------------------------------------------


def my_number(f: Fake) -> str:
    body = [f.r.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    digits = "".join(map(str, body)) + str(check)
    return f.pick(
        [digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}", f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"]
    )


def rrn_checked(f: Fake, foreigner=False) -> str:
    y, m, d = f.r.randint(1950, 2005), f.r.randint(1, 12), f.r.randint(1, 28)
    if foreigner:
        g = f.pick([5, 6]) if y < 2000 else f.pick([7, 8])
    else:
        g = f.pick([1, 2]) if y < 2000 else f.pick([3, 4])
    front = f"{y % 100:02d}{m:02d}{d:02d}{g}" + "".join(str(f.r.randint(0, 9)) for _ in range(5))
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(c) * w for c, w in zip(front, weights, strict=True)) % 11) % 10
    return f"{front[:6]}-{front[6:]}{check}"


def residence_card(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (
        "".join(f.pick(letters) for _ in range(2)) + f.digits(8) + "".join(f.pick(letters) for _ in range(2))
    )


def jp_licence(f: Fake) -> str:
    return f.pick(["30", "45", "62", "50", "10", "55"]) + f"{f.r.randint(0, 25):02d}" + f.digits(8)


def kr_plate(f: Fake) -> str:
    hangul = f.pick(["가", "나", "다", "라", "마", "바", "사", "아", "자", "배"])
    return f"{f.r.randint(10, 399)}{hangul} {f.r.randint(1000, 9999)}"


def card_pan(f: Fake) -> str:
    if f.r.random() < 0.35:
        body = f.pick(["3528", "3541", "3566", "3589"]) + "".join(str(f.r.randint(0, 9)) for _ in range(11))
        number = f.luhn_complete(body)
        return f.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])
    return f.card()


JP_BANKS = [
    ("0001", "みずほ銀行"),
    ("0005", "三菱UFJ銀行"),
    ("0009", "三井住友銀行"),
    ("0010", "りそな銀行"),
    ("0033", "PayPay銀行"),
    ("0036", "楽天銀行"),
    ("0038", "住信SBIネット銀行"),
]
KR_BANKS = [
    ("004", "KB국민은행", "######-##-######"),
    ("088", "신한은행", "110-###-######"),
    ("020", "우리은행", "1002-###-######"),
    ("090", "카카오뱅크", "3333-##-#######"),
    ("081", "하나은행", "###-######-#####"),
    ("011", "NH농협은행", "###-####-####-##"),
    ("092", "토스뱅크", "1000-####-####"),
]


def fill(f: Fake, pattern: str) -> str:
    return "".join(str(f.r.randint(0, 9)) if c == "#" else c for c in pattern)


def kr_account(f: Fake) -> str:
    return fill(f, f.pick(KR_BANKS)[2])


def jp_ip(f: Fake) -> str:
    r = f.r
    if r.random() < 0.2:
        prefix = f.pick(["2400:4050", "240b:10", "2404:7a80", "2001:2d8"])
        return f"{prefix}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"
    head = f.pick(["126", "133", "153", "180", "219", "60", "211", "121", "175", "59", "222", "118"])
    return f"{head}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def sha256(f: Fake) -> str:
    return hashlib.sha256(f.hexid(16).encode()).hexdigest()


def b64(f: Fake, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(f.pick(alphabet) for _ in range(n - 2)) + "=="


# -- catalogue ----------------------------------------------------------------------------------

JP_PRODUCTS = [
    "ワイヤレスイヤホン Pro",
    "北海道産 いくら醤油漬け 500g",
    "ふるさと納税 うなぎ蒲焼 2尾",
    "ダウンジャケット メンズ L",
    "電動歯ブラシ ソニッケアー",
    "炊飯器 5.5合 IH",
    "ミネラルウォーター 2L×12本",
    "キッチンペーパー 12ロール",
    "ドッグフード 3kg チキン",
    "ハローキティ マグカップ",
]
KR_PRODUCTS = [
    "곰곰 무항생제 계란 30구",
    "로켓프레시 바나나 1.2kg",
    "제주 삼다수 2L x 12",
    "탐사 물티슈 100매 x 10팩",
    "에어프라이어 5.5L",
    "무선 블루투스 이어폰",
    "하기스 기저귀 4단계 대형",
    "남성 기모 조거팬츠",
    "신라면 멀티팩 5개입",
]
C2C_ITEMS = [
    "ポケモンカード まとめ売り 100枚",
    "Nintendo Switch 本体 有機EL",
    "ユニクロ ウルトラライトダウン M",
    "無印良品 収納ケース 3段",
    "아이폰 13 128GB 미드나이트",
    "다이슨 에어랩 컴플리트",
    "유아 전집 50권 일괄",
    "ルイヴィトン 長財布 正規品",
]
BRANDS = [
    "Sony",
    "Panasonic",
    "無印良品",
    "ユニクロ",
    "CJ제일제당",
    "곰곰",
    "탐사",
    "Samsung",
    "Apple",
    "Nintendo",
    "象印",
]
CATEGORIES = [
    "家電",
    "食品",
    "ファッション",
    "日用品",
    "ペット用品",
    "식품",
    "생활용품",
    "가전디지털",
    "패션의류",
]
JP_SHOPS = [
    "北海道グルメ市場",
    "家電のマルカイ",
    "アウトドア専門店 山と風",
    "くらしの雑貨店 こもれび",
    "ペットのおうち",
]
KR_STORES = ["GS25 역삼점", "CU 서교점", "세븐일레븐 판교점"]
JP_STORES = [
    ("ファミリーマート", "ファミリーマート渋谷神南一丁目店"),
    ("ローソン", "ローソン梅田芝田店"),
    ("セブン-イレブン", "セブン-イレブン博多駅前3丁目店"),
    ("ミニストップ", "ミニストップ船橋本町店"),
]


def jp_price(f: Fake) -> int:
    return f.pick([480, 980, 1280, 1980, 2980, 3280, 4980, 9800, 12800, 29800])


def krw(f: Fake) -> int:
    return f.pick([3900, 5480, 8900, 12900, 19800, 29900, 49000, 89000, 159000])


def jp_order_id(f: Fake) -> str:
    return (
        f"{f.r.randint(200000, 399999)}-2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}-{f.digits(10)}"
    )


def product() -> dict:
    return {
        "product_id": G(lambda f: f.digits(8)),
        "sku": G(
            lambda f: f.pick(["JP", "KR", "MK"]) + "-" + f.digits(6) + "-" + f.pick(["01", "BK", "L", "500G"])
        ),
        "name": G(lambda f: f.pick(JP_PRODUCTS + KR_PRODUCTS)),
        "brand": G(lambda f: f.pick(BRANDS)),
        "category": G(lambda f: f.pick(CATEGORIES)),
        "price": G(lambda f: f.pick([jp_price, krw])(f)),
        "quantity": G(lambda f: f.r.randint(1, 4)),
    }


# -- contexts -----------------------------------------------------------------------------------

UA_WEB = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SO-51C) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile "
    "Safari/537.36 Line/14.5.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 KAKAOTALK 10.6.5",
]

PAGES = {
    "jp": [
        ("/", "マルカイ市場 | 日本最大級のショッピングモール"),
        ("/search", "検索結果 | マルカイ市場"),
        ("/item/4580012345678", "【送料無料】ワイヤレスイヤホン Pro | 家電のマルカイ"),
        ("/cart", "買い物かご | マルカイ市場"),
        ("/gift", "ギフト特集 | マルカイ市場"),
        ("/mypage/orders", "購入履歴 | マルカイ市場"),
    ],
    "kr": [
        ("/", "빠른몰 - 로켓처럼 빠른 배송"),
        ("/np/search", "검색 결과 | 빠른몰"),
        ("/vp/products/7361234", "곰곰 무항생제 계란 30구 | 빠른몰"),
        ("/cart", "장바구니 | 빠른몰"),
        ("/gift", "선물하기 | 빠른몰"),
    ],
}


def web_context(region: str):
    hosts = {"jp": "https://www.marukai-ichiba.example.jp", "kr": "https://www.ppareun.example.kr"}
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: f.pick(PAGES[region])[0]),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.co.jp/",
                        "https://search.yahoo.co.jp/",
                        "https://m.search.naver.com/",
                        "",
                    ]
                )
            ),
            "search": G(lambda f: f.pick(["", "?sc_e=se_pc", "?scid=af_pc_etc", "?src=1139000&spec=102"])),
            "title": G(lambda f: f.pick(PAGES[region])[1]),
            "url": G(lambda f: hosts[region] + f.pick(PAGES[region])[0]),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Whale"])),
                    "version": G(lambda f: f.pick(["125", "124", "99", "3"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Android", "Windows", "macOS"])),
        },
        "locale": G(
            lambda f: (
                {"jp": "ja-JP", "kr": "ko-KR"}[region] if f.r.random() < 0.9 else f.pick(["en-US", "zh-TW"])
            )
        ),
        "timezone": G(lambda f: {"jp": "Asia/Tokyo", "kr": "Asia/Seoul"}[region]),
        "ip": Y(jp_ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["super_sale_2406", "okaimono_marathon", "rocket_week", "gift_season"])
            ),
            "source": G(lambda f: f.pick(["google", "yahoo", "line", "naver", "kakao", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "email", "social", "display", "affiliate"])),
            "term": G(
                lambda f: f.pick(
                    ["ワイヤレスイヤホン", "お中元 ギフト", "계란 30구", "기저귀", "ふるさと納税"]
                )
            ),
            "content": G(lambda f: f.pick(["banner_top", "text_a", "carousel_2"])),
        },
        "consent": {
            "categoryPreferences": {
                "Advertising": G(lambda f: f.pick([True, False])),
                "Analytics": G(lambda f: True),
            }
        },
    }


APPS = {
    "swift": [
        ("マルカイ市場", "12.5.1", "12051", "jp.marukai.ichiba", "jp"),
        ("Furimo", "3.22.0", "322001", "jp.furimo.app", "jp"),
        ("GiftBox", "4.9.0", "490", "com.giftbox.ios", "kr"),
        ("빠른몰", "7.31.0", "73100", "kr.ppareun.ios", "kr"),
    ],
    "kotlin": [
        ("빠른몰", "7.31.0", "73100", "kr.ppareun.android", "kr"),
        ("マルカイ市場", "12.4.0", "120400", "jp.marukai.ichiba", "jp"),
        ("동네마켓", "5.2.3", "50203", "kr.dongnemarket.app", "kr"),
    ],
    "rn": [
        ("GiftBox", "4.8.2", "482", "com.giftbox.app", "kr"),
        ("GiftBox", "4.8.2", "482", "jp.giftbox.app", "jp"),
    ],
    "flutter": [
        ("Furimo", "2.41.0", "241000", "jp.furimo.app", "jp"),
        ("동네마켓", "2.42.1", "242010", "kr.dongnemarket.app", "kr"),
    ],
}
REGION = {
    "jp": {
        "locale": ["ja-JP", "ja-JP", "ja-JP", "en-JP"],
        "timezone": "Asia/Tokyo",
        "carrier": ["NTT DOCOMO", "SoftBank", "KDDI", "楽天モバイル", "povo"],
        "android": [
            ("SHARP", "SH-53D", "SH-53D"),
            ("SONY", "SO-51C", "pdx225"),
            ("Google", "Pixel 8", "shiba"),
        ],
        "lat": (33.5, 35.9),
        "lon": (130.3, 139.9),
    },
    "kr": {
        "locale": ["ko-KR", "ko-KR", "ko-KR", "en-KR"],
        "timezone": "Asia/Seoul",
        "carrier": ["SKTelecom", "KT", "LG U+", "SK 7mobile"],
        "android": [
            ("samsung", "SM-S918N", "dm3q"),
            ("samsung", "SM-A546N", "a54x"),
            ("samsung", "SM-F731N", "b5q"),
        ],
        "lat": (35.0, 37.7),
        "lon": (126.6, 129.3),
    },
}


def app_block(p):
    return {
        "name": G(lambda f: p[0]),
        "version": G(lambda f: p[1]),
        "build": G(lambda f: p[2]),
        "namespace": G(lambda f: p[3]),
    }


def locale_of(p, underscore=False):
    return G(lambda f: f.pick(REGION[p[4]]["locale"]).replace("-", "_" if underscore else "-"))


def swift_context(p):
    region = REGION[p[4]]
    return {
        "app": app_block(p),
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone14,7"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.1"])),
        },
        "locale": locale_of(p),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(region["carrier"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.5.1", "17.4", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: region["timezone"]),
        "instanceId": G(lambda f: f.uuid()),
    }


def kotlin_context(p, f):
    region = REGION[p[4]]
    maker, model, codename = f.pick(region["android"])
    return {
        "app": app_block(p),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: codename),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
        },
        "locale": locale_of(p),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(region["carrier"])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400, 2316])),
        },
        "timezone": G(lambda f: region["timezone"]),
        "userAgent": G(lambda f: f"Dalvik/2.1.0 (Linux; U; Android 14; {model} Build/UP1A.231005.007)"),
        "instanceId": G(lambda f: f.uuid()),
    }


def rn_context(p, f):
    region = REGION[p[4]]
    ios = f.r.random() < 0.5
    return {
        "app": app_block(p),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(region["android"])[0]),
            "model": G(
                lambda f: f.pick(["iPhone14,7", "iPhone15,4"]) if ios else f.pick(region["android"])[1]
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.5", "17.4.1"]) if ios else f.pick(["14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": locale_of(p),
        "timezone": G(lambda f: region["timezone"]),
        "traits": {
            "email": Y(kr_email if p[4] == "kr" else jp_email, "email"),
            "memberGrade": G(lambda f: f.pick(["WELCOME", "FAMILY", "VIP", "VVIP"])),
        },
    }


def flutter_context(p, f):
    region = REGION[p[4]]
    ios = f.r.random() < 0.5
    return {
        "app": app_block(p),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: "Apple" if ios else f.pick(region["android"])[0]),
            "model": G(
                lambda f: f.pick(["iPhone13,2", "iPhone14,5"]) if ios else f.pick(region["android"])[1]
            ),
            "type": G(lambda f: "ios" if ios else "android"),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.5"])),
        },
        "os": {
            "name": G(lambda f: "iOS" if ios else "Android"),
            "version": G(lambda f: f.pick(["17.4.1", "16.7"]) if ios else f.pick(["14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 411])), "height": G(lambda f: f.pick([844, 891]))},
        "locale": locale_of(p, underscore=True),
        "timezone": G(lambda f: region["timezone"]),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(*region["lat"]), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(*region["lon"]), 6), "geolocation"),
        },
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.1"]),
    "php": ("analytics-php", ["3.8.0", "3.7.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict[str, Any] = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
    if lib in ("node", "python", "dotnet"):
        ctx["ip"] = Y(jp_ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UA_WEB))
    if lib == "node":
        ctx["traits"] = {"email": Y(any_email, "email"), "name": Y(any_name, "name")}
        ctx["externalIds"] = Many(
            {
                "id": Y(any_email, "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "java":
        ctx["groupId"] = G(lambda f: "seller_" + f.digits(6))
    return ctx


def context_for(client: str, f: Fake):
    if client == "web_jp":
        return web_context("jp")
    if client == "web_kr":
        return web_context("kr")
    if client in APPS:
        profile = f.pick(APPS[client])
        if client == "swift":
            return swift_context(profile)
        return {"kotlin": kotlin_context, "rn": rn_context, "flutter": flutter_context}[client](profile, f)
    return server_context(client)


# -- free text ----------------------------------------------------------------------------------

REVIEWS = [
    "思っていたより音質が良くて満足です。リピートします！",
    "梱包が丁寧で、届くのも早かったです。",
    "サイズが少し小さめでした。星3つで。",
    "배송이 정말 빨라요. 계란도 하나도 안 깨졌어요.",
    "가성비 최고입니다. 재구매 의사 있어요!",
    "色味が写真と少し違いました。",
    "Arrived in two days, well packed.",
]
INQUIRIES = [
    "在庫はありますか？",
    "配送日の指定はできますか。",
    "ギフト包装をお願いできますか？のしは「内祝」でお願いします。",
    "注文した商品がまだ届いていません。確認をお願いします。",
    "サイズ交換は可能でしょうか。",
]
DESCRIPTIONS = [
    "数回使用しました。目立った傷はありません。箱・説明書付きです。",
    "喫煙者・ペットはいません。即購入OKです。",
    "新品未開封です。プレゼントでいただきましたが使わないので出品します。",
    "생활기스 조금 있어요. 배터리 효율 89%입니다.",
    "직거래 선호합니다. 역삼역 근처 가능해요.",
]


def contact_exchange(f: Fake) -> str:
    return f.pick(
        [
            "手数料かかるので直接取引しませんか？ " + jp_mobile(f) + " にSMSください",
            "LINEで連絡ください。電話番号は" + jp_mobile(f) + "です",
            "メールでやりとりしたいです " + jp_email(f),
            "직거래 원하시면 " + kr_mobile(f) + " 로 문자주세요",
            "카톡 말고 메일로 연락주세요: " + kr_email(f),
            "계좌이체로 싸게 드릴게요. 연락처 " + kr_mobile(f),
        ]
    )


def contact_token(f: Fake) -> str:
    return f.pick([jp_mobile, kr_mobile, jp_email, kr_email])(f)


def alimtalk(f: Fake) -> str:
    if f.r.random() < 0.55:
        return f.pick(
            [
                f"[GiftBox] {kr_name(f)}님, {kr_name(f)}님이 보낸 선물이 도착했어요! 지금 확인해보세요.",
                f"[GiftBox] {kr_name(f)}님, 선물 배송지 입력 기한이 3일 남았어요.",
                f"[빠른몰] {kr_name(f)} 고객님, 주문하신 상품이 배송을 시작했습니다.",
            ]
        )
    return f.pick(
        [
            f"{jp_kanji_name(f)}様から{jp_kanji_name(f)}様へギフトが届きました。受け取り手続きをお願いします。",
            f"【マルカイ市場】{jp_kanji_name(f)}様 ご注文の商品を発送しました。",
        ]
    )


# -- events -------------------------------------------------------------------------------------
# (kind, event or page/screen name, clients, weight, body)

JP_SHOP = [
    (
        "identify",
        None,
        ["web_jp", "swift", "kotlin"],
        3,
        {
            "email": Y(jp_email, "email"),
            "lastName": Y(jp_surname, "name"),
            "firstName": Y(jp_given, "name"),
            "lastNameKana": Y(jp_surname_kana, "name"),
            "firstNameKana": Y(jp_given_kana, "name"),
            "phone": Y(jp_phone, "phone"),
            "birthday": Y(jp_birth, "birthdate"),
            "gender": Y(lambda f: f.pick(["男性", "女性", "回答しない", "female", "male"]), "gender"),
            "address": {
                "postalCode": Y(jp_zip, "zipcode"),
                "prefecture": G(lambda f: f.pick(JP_PLACES)[0]),
                "city": Y(jp_city, "city"),
                "street": Y(jp_street, "address|street"),
                "building": Y(jp_building, "address|street"),
            },
            "memberId": G(lambda f: f.digits(9)),
            "memberRank": G(
                lambda f: f.pick(["レギュラー", "シルバー", "ゴールド", "プラチナ", "ダイヤモンド"])
            ),
            "pointBalance": G(lambda f: f.r.randint(0, 48000)),
            "mailMagazineCount": G(lambda f: f.r.randint(0, 40)),
            "newsletterOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web_jp", "swift", "kotlin"],
        4,
        {
            "query": G(
                lambda f: f.pick(
                    [
                        "ワイヤレスイヤホン",
                        "お中元 ビール",
                        "ふるさと納税 うなぎ",
                        "ダウン メンズ",
                        "ドッグフード",
                    ]
                )
            ),
            "sort": G(lambda f: f.pick(["standard", "-itemPrice", "+reviewCount", "-updateTimestamp"])),
            "filters": {
                "min_price": G(lambda f: f.pick([0, 1000, 3000])),
                "max_price": G(lambda f: f.pick([5000, 10000, 50000])),
                "free_shipping": G(lambda f: f.pick([True, False])),
            },
            "results_count": G(lambda f: f.r.randint(0, 30000)),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web_jp", "swift", "kotlin"],
        5,
        {
            **product(),
            "currency": G(lambda f: "JPY"),
            "shop_id": G(lambda f: f.digits(6)),
            "shop_name": G(lambda f: f.pick(JP_SHOPS)),
            "review_average": G(lambda f: round(f.r.uniform(3, 5), 2)),
            "point_rate": G(lambda f: f.pick([1, 2, 5, 10])),
        },
    ),
    (
        "track",
        "Product Added",
        ["web_jp", "swift", "kotlin"],
        3,
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "name", "price", "quantity")},
            "shop_id": G(lambda f: f.digits(6)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web_jp", "swift"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "value": G(jp_price),
            "shipping": G(lambda f: f.pick([0, 550, 880])),
            "tax": G(lambda f: f.r.randint(30, 3000)),
            "coupon": G(lambda f: f.pick(["", "SS300OFF", "WELCOME500", "MARATHON10"])),
            "currency": G(lambda f: "JPY"),
            "points_to_use": G(lambda f: f.r.randint(0, 3000)),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Shipping Info Entered",
        ["web_jp", "swift"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "shipping_method": G(lambda f: f.pick(["home", "konbini", "post_office", "locker"])),
            "delivery_date": G(lambda f: day(f)),
            "delivery_time_slot": G(
                lambda f: f.pick(["午前中", "14-16時", "16-18時", "19-21時", "指定なし"])
            ),
            "okihai_option": G(
                lambda f: f.pick(["玄関前", "宅配ボックス", "メーターボックス", "車庫", "指定なし"])
            ),
            "shipping_address": {
                "name": Y(jp_kanji_name, "name"),
                "name_kana": Y(jp_kana_name, "name"),
                "postal_code": Y(jp_zip, "zipcode"),
                "prefecture": G(lambda f: f.pick(JP_PLACES)[0]),
                "city": Y(jp_city, "city"),
                "address_line1": Y(jp_street, "address|street"),
                "address_line2": Y(jp_building, "address|street"),
                "phone": Y(jp_phone, "phone"),
            },
            "save_to_address_book": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Convenience Store Pickup Selected",
        ["swift", "kotlin"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "store": {
                "chain": G(lambda f: f.pick(JP_STORES)[0]),
                "store_code": G(lambda f: f.digits(6)),
                "store_name": G(lambda f: f.pick(JP_STORES)[1]),
                "postal_code": G(lambda f: f.pick(["150-0041", "530-0012", "812-0011", "273-0005"])),
                "address": G(
                    lambda f: f.pick(
                        [
                            "東京都渋谷区神南1-19-11",
                            "大阪府大阪市北区芝田1-1-3",
                            "福岡県福岡市博多区博多駅前3-2-1",
                            "千葉県船橋市本町4-1-8",
                        ]
                    )
                ),
                "phone": G(
                    lambda f: f.pick(["03-3464-0518", "06-6359-1120", "092-413-5521", "047-424-8860"])
                ),
                "opening_hours": G(lambda f: f.pick(["24時間", "7:00-23:00"])),
            },
            "pickup_deadline": G(lambda f: day(f)),
            "recipient_name": Y(any_jp_name, "name"),
            "recipient_phone": Y(jp_mobile, "phone"),
            "notify_by_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web_jp"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(
                lambda f: f.pick(
                    [
                        "credit_card",
                        "konbini_payment",
                        "carrier_billing",
                        "marukai_pay",
                        "bank_transfer",
                        "cod",
                    ]
                )
            ),
            "card_brand": G(lambda f: f.pick(["JCB", "VISA", "Mastercard", "AMEX"])),
            "card_bin": G(lambda f: f.pick(["352800", "356600", "411111", "540000", "376000"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "card_token": RED(lambda f: "tok_" + f.hexid(28), "token"),
            "cardholder_name": Y(lambda f: jp_romaji_name(f).upper(), "name"),
            "installments": G(lambda f: f.pick(["1", "3", "6", "12", "revolving"])),
            "save_card": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "web_jp"],
        3,
        {
            "order_id": G(jp_order_id),
            "shop_id": G(lambda f: f.digits(6)),
            "total": G(jp_price),
            "tax": G(lambda f: f.r.randint(30, 3000)),
            "shipping": G(lambda f: f.pick([0, 550, 880])),
            "discount": G(lambda f: f.pick([0, 300, 500, 1000])),
            "points_used": G(lambda f: f.r.randint(0, 3000)),
            "points_earned": G(lambda f: f.r.randint(0, 900)),
            "currency": G(lambda f: "JPY"),
            "payment_method": G(
                lambda f: f.pick(["credit_card", "konbini_payment", "marukai_pay", "paypay"])
            ),
            "products": Many(product()),
            "orderer": {
                "name": Y(jp_kanji_name, "name"),
                "name_kana": Y(jp_kana_name, "name"),
                "email": Y(jp_email, "email"),
                "phone": Y(jp_phone, "phone"),
                "postal_code": Y(jp_zip, "zipcode"),
                "address": Y(jp_address, "address"),
            },
            "is_gift": G(lambda f: f.pick([True, False])),
            "noshi_type": G(lambda f: f.pick(["なし", "御祝", "内祝", "御中元", "御歳暮"])),
            "delivery_memo": G(
                lambda f: f.pick(
                    ["", "不在時は宅配ボックスへ", "午前中希望", "インターホンを押さずに置いてください"]
                )
            ),
        },
    ),
    (
        "track",
        "Order Cancelled",
        ["go"],
        1,
        {
            "order_id": G(jp_order_id),
            "reason": G(
                lambda f: f.pick(["changed_mind", "duplicate_order", "out_of_stock", "payment_failed"])
            ),
            "refund_amount": G(jp_price),
            "refund_method": G(lambda f: f.pick(["original_payment", "points"])),
            "cancelled_by": G(lambda f: f.pick(["buyer", "shop", "system"])),
        },
    ),
    (
        "track",
        "Points Earned",
        ["ruby"],
        2,
        {
            "member_number": G(lambda f: f.digits(16)),
            "points": G(lambda f: f.r.randint(1, 2000)),
            "point_type": G(lambda f: f.pick(["通常ポイント", "期間限定ポイント"])),
            "expires_at": G(lambda f: day(f, 2025, 2026)),
            "rank": G(lambda f: f.pick(["シルバー", "ゴールド", "プラチナ"])),
        },
    ),
    (
        "track",
        "Loyalty Card Linked",
        ["php"],
        1,
        {
            "card_program": G(lambda f: f.pick(["Ponta", "dポイント", "Vポイント", "CJ ONE", "L.POINT"])),
            "card_number": G(
                lambda f: f.pick([f.digits(15), f.luhn_complete("6" + f.digits(14)), f.digits(16)])
            ),
            "linked_at": G(lambda f: f.iso()),
            "bonus_points": G(lambda f: f.pick([0, 100, 500])),
        },
    ),
    (
        "track",
        "Review Submitted",
        ["swift", "web_jp"],
        2,
        {
            "product_id": G(lambda f: f.digits(8)),
            "order_id": G(jp_order_id),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "title": G(lambda f: f.pick(["大満足です", "リピ確定", "普通", "期待はずれ", "최고예요"])),
            "body": G(lambda f: f.pick(REVIEWS)),
            "reviewer_nickname": Y(nickname, "name"),
            "reviewer_age_band": G(lambda f: f.pick(["10代", "20代", "30代", "40代", "50代", "60代以上"])),
            "reviewer_gender": Y(lambda f: f.pick(["男性", "女性"]), "gender"),
            "purchase_purpose": G(lambda f: f.pick(["自分用", "家族用", "ギフト"])),
            "photo_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Shop Inquiry Sent",
        ["web_jp", "kotlin"],
        1,
        {
            "inquiry_id": G(lambda f: "INQ" + f.digits(9)),
            "shop_id": G(lambda f: f.digits(6)),
            "topic": G(lambda f: f.pick(["stock", "delivery", "gift_wrapping", "exchange"])),
            "message": G(lambda f: f.pick(INQUIRIES)),
            "order_id": G(jp_order_id),
            "attachment_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
    (
        "track",
        "Delivery Status Updated",
        ["go"],
        2,
        {
            "tracking_number": G(lambda f: f.digits(12)),
            "carrier": G(
                lambda f: f.pick(["ヤマト運輸", "佐川急便", "日本郵便", "CJ대한통운", "쿠팡로지스틱스"])
            ),
            "status": G(
                lambda f: f.pick(["picked_up", "in_transit", "out_for_delivery", "delivered", "absent"])
            ),
            "location": G(
                lambda f: f.pick(
                    ["羽田クロノゲートベース", "東京ベース店", "곤지암 메가허브", "大阪南港営業所"]
                )
            ),
            "delivered_at": G(lambda f: iso_jst(f)),
            "received_by": G(lambda f: f.pick(["本人", "家族", "宅配ボックス", "置き配"])),
        },
    ),
    (
        "track",
        "Medicine Questionnaire Submitted",
        ["web_jp"],
        1,
        {
            "product_id": G(lambda f: f.digits(8)),
            "drug_name": G(lambda f: f.pick(["ロキソニンS", "ガスター10", "リアップX5プラス", "アレグラFX"])),
            "drug_class": G(lambda f: f.pick(["第1類医薬品", "要指導医薬品"])),
            "purchaser_age_band": G(lambda f: f.pick(["15歳未満", "15-64歳", "65歳以上"])),
            "purchase_for": G(lambda f: f.pick(["本人", "家族"])),
            "is_pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "is_breastfeeding": Y(lambda f: f.pick([True, False, False]), "condition"),
            "has_allergy_history": Y(lambda f: f.pick([True, False]), "allergy"),
            "allergy_detail": Y(
                lambda f: f.pick(["ペニシリン", "卵", "そば", "アスピリン", "なし"]), "allergy"
            ),
            "current_medications": Many(
                Y(
                    lambda f: f.pick(["アムロジピン", "メトホルミン", "ワーファリン", "ロキソプロフェン"]),
                    "medication",
                ),
                2,
            ),
            "chronic_conditions": Many(
                Y(lambda f: f.pick(["高血圧", "胃潰瘍", "喘息", "腎臓病"]), "condition"), 2
            ),
            "pharmacist_reviewed": G(lambda f: f.pick([True, False])),
            "questionnaire_version": G(lambda f: "2024.03"),
        },
    ),
    (
        "track",
        "Hotel Booked",
        ["swift"],
        2,
        {
            "reservation_id": G(lambda f: "RY" + f.digits(10)),
            "hotel_name": G(
                lambda f: f.pick(
                    [
                        "ホテルグランヴィア京都",
                        "ドーミーイン札幌ANNEX",
                        "星野リゾート 界 箱根",
                        "롯데호텔 서울",
                    ]
                )
            ),
            "hotel_city": G(lambda f: f.pick(["京都市", "札幌市", "箱根町", "서울"])),
            "check_in": G(lambda f: day(f)),
            "check_out": G(lambda f: day(f)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "plan_name": G(
                lambda f: f.pick(["【素泊まり】シンプルステイ", "朝食付きプラン", "1泊2食 会席料理"])
            ),
            "total": G(lambda f: f.r.randint(8000, 120000)),
            "guest": {
                "name": Y(jp_kanji_name, "name"),
                "name_kana": Y(jp_kana_name, "name"),
                "phone": Y(jp_phone, "phone"),
                "email": Y(jp_email, "email"),
                "arrival_time": G(lambda f: f.pick(["15:00", "18:00", "21:30"])),
            },
            "special_requests": G(
                lambda f: f.pick(["", "禁煙ルーム希望", "高層階希望", "記念日なのでケーキを用意してほしい"])
            ),
        },
    ),
    (
        "track",
        "Baby Registry Created",
        ["kotlin"],
        1,
        {
            "registry_id": G(lambda f: f.uuid()),
            "due_date": Y(lambda f: day(f, 2025, 2025), "condition"),
            "baby_name": Y(lambda f: f.pick([jp_given, lambda f: f.pick(KR_GIVEN)[0]])(f), "name"),
            "baby_gender": Y(lambda f: f.pick(["男の子", "女の子", "未定", "아들", "딸"]), "gender"),
            "item_count": G(lambda f: f.r.randint(1, 40)),
            "shared": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pet Profile Created",
        ["swift"],
        1,
        {
            "pet_id": G(lambda f: f.digits(7)),
            "pet_name": G(lambda f: f.pick(["ポチ", "モモ", "ココ", "むぎ", "코코", "보리", "Max"])),
            "species": G(lambda f: f.pick(["dog", "cat"])),
            "breed": G(lambda f: f.pick(["柴犬", "トイプードル", "スコティッシュフォールド", "말티즈"])),
            "pet_birthday": G(lambda f: day(f, 2012, 2023)),
            "food_allergy": G(lambda f: f.pick(["鶏肉", "小麦", "なし"])),
            "vet_clinic": G(lambda f: f.pick(["さくら動物病院", "みなと犬猫病院", "해피동물병원"])),
        },
    ),
    (
        "page",
        "Product Detail",
        ["web_jp", "web_kr"],
        4,
        {
            "path": G(
                lambda f: f.pick(["/item/4580012345678", "/vp/products/7361234", "/item/4902370548495"])
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://www.marukai-ichiba.example.jp/item/4580012345678",
                        "https://www.marukai-ichiba.example.jp/item/4902370548495",
                        "https://www.ppareun.example.kr/vp/products/7361234",
                    ]
                )
            ),
            "title": G(lambda f: f.pick(PAGES["jp"] + PAGES["kr"])[1]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.co.jp/", "https://m.search.naver.com/"])),
            "search": G(lambda f: f.pick(["", "?itemsId=7361234&vendorItemId=8888", "?scid=af_pc_etc"])),
        },
    ),
    (
        "screen",
        "Cart",
        ["swift", "kotlin", "flutter", "rn"],
        3,
        {
            "previous_screen": G(lambda f: f.pick(["Home", "ProductDetail", "Search"])),
            "items_in_cart": G(lambda f: f.r.randint(0, 12)),
            "cart_value": G(lambda f: f.pick([jp_price, krw])(f)),
        },
    ),
]

KR_SHOP = [
    (
        "identify",
        None,
        ["rn", "kotlin", "swift"],
        3,
        {
            "name": Y(kr_name, "name"),
            "email": Y(kr_email, "email"),
            "phone": Y(kr_phone, "phone"),
            "birthday": Y(kr_birth, "birthdate"),
            "gender": Y(lambda f: f.pick(["M", "F", "남성", "여성"]), "gender"),
            "address": {
                "zipcode": Y(kr_zip, "zipcode"),
                "city": Y(kr_city, "city"),
                "street": Y(kr_road, "address|street"),
                "detail": Y(kr_detail, "address|street"),
            },
            "wowMember": G(lambda f: f.pick([True, False])),
            "memberGrade": G(lambda f: f.pick(["WELCOME", "FAMILY", "VIP", "VVIP"])),
            "marketingConsent": {
                "sms": G(lambda f: f.pick([True, False])),
                "email": G(lambda f: f.pick([True, False])),
                "push": G(lambda f: f.pick([True, False])),
            },
            "age": G(lambda f: f.r.randint(19, 72)),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Delivery Address Saved",
        ["kotlin", "rn"],
        2,
        {
            "addressId": G(lambda f: f.digits(9)),
            "addressName": G(lambda f: f.pick(["집", "회사", "부모님댁", "기본배송지"])),
            "receiverName": Y(any_kr_name, "name"),
            "receiverPhone": Y(kr_mobile, "phone"),
            "zipCode": Y(kr_zip, "zipcode"),
            "roadAddress": Y(kr_road, "address"),
            "jibunAddress": Y(kr_jibun, "address"),
            "detailAddress": Y(kr_detail, "address|street"),
            "entranceCode": RED(
                lambda f: f.pick(
                    [
                        f"#{f.r.randint(1000, 9999)}",
                        f"{f.r.randint(1000, 9999)}#",
                        f"종 {f.r.randint(1000, 9999)}",
                        f"*{f.r.randint(100, 999)}#",
                        f"{f.r.randint(1000, 9999)}*",
                    ]
                ),
                "password|secret",
            ),
            "deliveryRequest": G(lambda f: f.pick(["문 앞", "경비실", "택배함", "직접 받고 부재 시 문 앞"])),
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Order Completed",
        ["java"],
        3,
        {
            "order_id": G(lambda f: f.digits(13)),
            "total": G(krw),
            "currency": G(lambda f: "KRW"),
            "payment_method": G(
                lambda f: f.pick(["coupay", "card", "kakaopay", "naverpay", "tosspay", "무통장입금"])
            ),
            "rocket_type": G(lambda f: f.pick(["로켓배송", "로켓프레시", "로켓직구", "판매자로켓"])),
            "coupon_discount": G(lambda f: f.pick([0, 1000, 3000, 5000])),
            "cash_receipt": {
                "type": G(lambda f: "소득공제"),
                "number": Y(kr_mobile, "phone", True),
            },
            "orderer_name": Y(any_kr_name, "name"),
            "products": Many(product()),
        },
    ),
    (
        "track",
        "Refund Account Registered",
        ["java"],
        1,
        {
            "refund_bank_code": G(lambda f: f.pick(KR_BANKS)[0]),
            "refund_bank_name": G(lambda f: f.pick(KR_BANKS)[1]),
            "refund_account_number": RED(kr_account, "bank account"),
            "refund_account_holder": Y(kr_name, "name"),
            "holder_birth_date": Y(kr_birth6, "birthdate"),
            "verified": G(lambda f: f.pick([True, False])),
            "verification_method": G(lambda f: f.pick(["1won_transfer", "open_banking"])),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["java", "node"],
        2,
        {
            "provider": G(lambda f: f.pick(["PASS", "NICE", "KCB", "KG이니시스"])),
            "tx_id": G(lambda f: f.hexid(20).upper()),
            "certification": {
                "name": Y(kr_name, "name"),
                "birth_date": Y(lambda f: kr_birth(f).replace("-", "").replace(".", ""), "birthdate"),
                "gender": Y(lambda f: f.pick(["0", "1"]), "gender"),
                "national_info": Y(lambda f: f.pick(["0", "0", "0", "1"]), "citizenship"),
                "mobile_carrier": G(lambda f: f.pick(["SKT", "KT", "LGU+", "SKT_MVNO", "KT_MVNO"])),
                "mobile_no": Y(lambda f: "010" + f.digits(8), "phone"),
                "ci": Y(lambda f: b64(f, 88), "identification"),
                "di": Y(lambda f: b64(f, 64), "identification"),
                "is_adult": G(lambda f: f.pick([True, False])),
                "age": G(lambda f: f.r.randint(14, 80)),
            },
        },
    ),
    (
        "track",
        "Review Written",
        ["swift", "kotlin"],
        2,
        {
            "product_id": G(lambda f: f.digits(8)),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_text": G(lambda f: f.pick(REVIEWS)),
            "reviewer_display_name": Y(masked_kr_name, "name"),
            "helpful_count": G(lambda f: f.r.randint(0, 300)),
            "has_photo": G(lambda f: f.pick([True, False])),
            "survey": {
                "taste": G(lambda f: f.pick(["맛있어요", "보통이에요", "별로예요"])),
                "freshness": G(lambda f: f.pick(["신선해요", "보통이에요"])),
            },
        },
    ),
    (
        "track",
        "Rocket Delivery Completed",
        ["kotlin"],
        2,
        {
            "route_id": G(lambda f: "R" + f.digits(8)),
            "stop_seq": G(lambda f: f.r.randint(1, 180)),
            "tracking_no": G(lambda f: f.digits(12)),
            "driver_name": Y(kr_name, "name"),
            "driver_phone": Y(kr_mobile, "phone"),
            "vehicle_no": Y(kr_plate, "license"),
            "delivered_at": G(lambda f: iso_jst(f)),
            "handover": G(lambda f: f.pick(["문 앞", "경비실", "택배함", "직접 전달"])),
            "photo_url": Y(
                lambda f: "https://delivery-img.ppareun.example.kr/pod/" + f.hexid(16) + ".jpg", "photo"
            ),
            "gps": {
                "lat": Y(lambda f: round(f.r.uniform(35.0, 37.7), 6), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(126.6, 129.2), 6), "geolocation"),
            },
            "recipient_type": G(lambda f: f.pick(["본인", "가족", "경비원", "택배함"])),
            "package_count": G(lambda f: f.r.randint(1, 6)),
        },
    ),
    (
        "track",
        "Support Chat Started",
        ["web_kr", "web_jp"],
        1,
        {
            "chat_id": G(lambda f: f.uuid()),
            "channel": G(lambda f: f.pick(["kakao", "web", "line"])),
            "category": G(lambda f: f.pick(["delivery", "refund", "exchange", "account"])),
            "agent_id": G(lambda f: "AG" + f.digits(4)),
            "agent_name": Y(lambda f: f.pick([kr_name, jp_kanji_name])(f), "name"),
            "csat": G(lambda f: f.r.randint(1, 5)),
            "first_message": G(
                lambda f: f.pick(
                    ["배송이 아직 안 왔어요", "환불 언제 되나요?", "交換したいです", "ログインできません"]
                )
            ),
        },
    ),
    (
        "track",
        "주문서 작성 완료",
        ["php"],
        2,
        {
            "주문번호": G(lambda f: "2024" + f.digits(10)),
            "주문자명": Y(kr_name, "name"),
            "받는분": Y(kr_name, "name"),
            "휴대폰번호": Y(kr_mobile, "phone"),
            "우편번호": Y(kr_zip, "zipcode"),
            "주소": Y(kr_road, "address"),
            "상세주소": Y(kr_detail, "address|street"),
            "배송메모": G(
                lambda f: f.pick(["문 앞에 놓아주세요", "경비실에 맡겨주세요", "배송 전 연락 바랍니다", ""])
            ),
            "결제수단": G(lambda f: f.pick(["신용카드", "무통장입금", "카카오페이", "네이버페이"])),
            "결제금액": G(krw),
            "상품수": G(lambda f: f.r.randint(1, 8)),
            "쿠폰사용": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["php"],
        1,
        {
            "이름": Y(kr_name, "name"),
            "이메일": Y(kr_email, "email"),
            "전화번호": Y(kr_mobile, "phone"),
            "생년월일": Y(kr_birth, "birthdate"),
            "성별": Y(lambda f: f.pick(["남", "여"]), "gender"),
            "회원등급": G(lambda f: f.pick(["일반", "실버", "골드", "VIP"])),
            "가입일": G(lambda f: day(f, 2018, 2024)),
            "적립금": G(lambda f: f.r.randint(0, 50000)),
            "주소": Y(kr_address, "address"),
        },
    ),
    (
        "track",
        "注文確定",
        ["php"],
        2,
        {
            "注文番号": G(lambda f: f.digits(8)),
            "氏名": Y(jp_kanji_name, "name"),
            "氏名カナ": Y(jp_kana_name, "name"),
            "電話番号": Y(jp_phone, "phone"),
            "郵便番号": Y(jp_zip, "zipcode"),
            "都道府県": G(lambda f: f.pick(JP_PLACES)[0]),
            "住所": Y(lambda f: jp_city(f) + jp_street(f), "address"),
            "建物名": Y(jp_building, "address|street"),
            "支払方法": G(lambda f: f.pick(["クレジットカード", "代金引換", "銀行振込", "コンビニ決済"])),
            "合計金額": G(jp_price),
            "配送希望日": G(lambda f: f.pick(["指定なし", day(f)])),
            "のし": G(lambda f: f.pick(["なし", "御祝", "内祝"])),
            "会員ランク": G(lambda f: f.pick(["一般", "ゴールド"])),
        },
    ),
    (
        "track",
        "お問い合わせ送信",
        ["ruby"],
        1,
        {
            "問い合わせ番号": G(lambda f: "C" + f.digits(8)),
            "お名前": Y(any_jp_name, "name"),
            "メールアドレス": Y(jp_email, "email"),
            "問い合わせ種別": G(lambda f: f.pick(["商品について", "配送について", "返品・交換", "その他"])),
            "内容": G(lambda f: f.pick(INQUIRIES)),
        },
    ),
]

C2C = [
    (
        "track",
        "Listing Created",
        ["flutter", "swift"],
        3,
        {
            "item_id": G(lambda f: "m" + f.digits(11)),
            "title": G(lambda f: f.pick(C2C_ITEMS)),
            "category": G(
                lambda f: f.pick(["おもちゃ・ホビー", "家電・スマホ", "レディース", "디지털기기", "유아동"])
            ),
            "brand": G(lambda f: f.pick(BRANDS)),
            "condition": G(
                lambda f: f.pick(
                    [
                        "新品、未使用",
                        "未使用に近い",
                        "目立った傷や汚れなし",
                        "やや傷や汚れあり",
                        "사용감 있음",
                    ]
                )
            ),
            "price": G(lambda f: f.pick([300, 1500, 4800, 12000, 38000])),
            "shipping_payer": G(lambda f: f.pick(["送料込み(出品者負担)", "着払い(購入者負担)"])),
            "shipping_method": G(
                lambda f: f.pick(["らくらく便", "ゆうゆう便", "普通郵便(定形、定形外)", "未定"])
            ),
            "ship_from_prefecture": G(lambda f: f.pick(JP_PLACES)[0]),
            "photo_count": G(lambda f: f.r.randint(1, 20)),
            "description": G(lambda f: f.pick(DESCRIPTIONS)),
        },
    ),
    (
        "track",
        "Item Purchased",
        ["python"],
        3,
        {
            "item_id": G(lambda f: "m" + f.digits(11)),
            "transaction_id": G(lambda f: f.digits(10)),
            "seller_id": G(lambda f: f.digits(9)),
            "buyer_id": G(lambda f: f.digits(9)),
            "price": G(lambda f: f.pick([300, 1500, 4800, 12000, 38000])),
            "shipping_fee": G(lambda f: f.pick([0, 175, 230, 750])),
            "payment_method": G(
                lambda f: f.pick(["furimo_pay", "credit_card", "konbini", "carrier", "smart_pay"])
            ),
            "points_used": G(lambda f: f.r.randint(0, 2000)),
            "anonymous_shipping": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Shipping Label Issued",
        ["python"],
        2,
        {
            "transaction_id": G(lambda f: f.digits(10)),
            "carrier": G(lambda f: f.pick(["ヤマト運輸", "日本郵便"])),
            "service": G(
                lambda f: f.pick(
                    ["ネコポス", "宅急便コンパクト", "宅急便", "ゆうパケットポスト", "ゆうパック"]
                )
            ),
            "qr_code_id": G(lambda f: f.hexid(32).upper()),
            "shipping_code": G(lambda f: f"{f.digits(4)}-{f.digits(4)}-{f.digits(4)}"),
            "anonymous": G(lambda f: True),
            "drop_off_location_type": G(
                lambda f: f.pick(["コンビニ", "郵便局", "宅配ロッカーPUDO", "営業所"])
            ),
        },
    ),
    (
        "track",
        "Shipping Address Disclosed",
        ["python"],
        1,
        {
            "transaction_id": G(lambda f: f.digits(10)),
            "to_name": Y(any_jp_name, "name"),
            "to_postal_code": Y(jp_zip, "zipcode"),
            "to_prefecture": G(lambda f: f.pick(JP_PLACES)[0]),
            "to_address": Y(jp_address, "address"),
            "disclosed_to": G(lambda f: "seller"),
            "reason": G(lambda f: f.pick(["non_anonymous_shipping", "large_item"])),
        },
    ),
    (
        "track",
        "Transaction Rated",
        ["kotlin", "flutter"],
        2,
        {
            "transaction_id": G(lambda f: f.digits(10)),
            "rater_role": G(lambda f: f.pick(["buyer", "seller"])),
            "rating": G(lambda f: f.pick(["good", "normal", "bad"])),
            "comment": G(
                lambda f: f.pick(
                    [
                        "迅速な発送ありがとうございました！",
                        "丁寧な梱包でした。",
                        "또 거래해요~",
                        "좋은 물건 감사합니다",
                        "",
                    ]
                )
            ),
            "ratee_user_id": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Message Flagged",
        ["python"],
        2,
        {
            "message_id": G(lambda f: f.uuid()),
            "thread_id": G(lambda f: f.digits(10)),
            "reason": G(lambda f: f.pick(["contact_exchange", "off_platform_payment"])),
            "detector": G(lambda f: f.pick(["rule:v12", "ml:ts-2024-05"])),
            "message_body": Y(contact_exchange, "phone|email", True),
            "matched_text": Y(contact_token, "phone|email", True),
            "action": G(lambda f: f.pick(["hidden", "warned", "escalated"])),
        },
    ),
    (
        "track",
        "Offer Made",
        ["flutter"],
        2,
        {
            "item_id": G(lambda f: "m" + f.digits(11)),
            "offer_price": G(lambda f: f.pick([1200, 4000, 10000, 30000])),
            "list_price": G(lambda f: f.pick([1500, 4800, 12000, 38000])),
            "comment": G(
                lambda f: f.pick(
                    ["値下げ可能でしょうか？", "즉시 구매 가능합니다", "おまとめ割お願いできますか"]
                )
            ),
        },
    ),
    (
        "track",
        "Payout Requested",
        ["python"],
        2,
        {
            "request_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.r.randint(1000, 200000)),
            "fee": G(lambda f: f.pick([0, 200])),
            "bank_code": G(lambda f: f.pick(JP_BANKS)[0]),
            "bank_name": G(lambda f: f.pick(JP_BANKS)[1]),
            "branch_code": G(lambda f: f"{f.r.randint(1, 899):03d}"),
            "branch_name": G(lambda f: f.pick(["渋谷支店", "新宿支店", "第一営業支店", "梅田支店"])),
            "account_type": G(lambda f: f.pick(["普通", "当座"])),
            "account_number": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "account_holder_kana": Y(
                lambda f: zengin_kana(f"{f.pick(JP_SURNAMES)[1]} {f.pick(JP_GIVEN)[1]}"), "name"
            ),
        },
    ),
    (
        "track",
        "Identity Verification Completed",
        ["python"],
        1,
        {
            "verification_id": G(lambda f: f.uuid()),
            "provider": G(lambda f: f.pick(["TRUSTDOCK", "LIQUID eKYC"])),
            "document_type": G(lambda f: "driver_license"),
            "full_name": Y(jp_kanji_name, "name"),
            "name_kana": Y(jp_kana_name, "name"),
            "birth_date": Y(jp_birth, "birthdate"),
            "address": Y(jp_address, "address"),
            "license_number": Y(jp_licence, "license"),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "result": G(lambda f: f.pick(["approved", "rejected", "manual_review"])),
            "selfie_url": Y(
                lambda f: "https://kyc-img.furimo.example.jp/selfie/" + f.uuid() + ".jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Residence Card Verified",
        ["swift"],
        1,
        {
            "residence_card_number": RED(residence_card, "national id"),
            "nationality": Y(
                lambda f: f.pick(
                    ["ベトナム", "中国", "フィリピン", "ネパール", "韓国", "米国", "インドネシア"]
                ),
                "citizenship",
            ),
            "full_name_romaji": Y(lambda f: f.pick(OTHER_ROMAJI), "name"),
            "status_of_residence": RED(
                lambda f: f.pick(["技術・人文知識・国際業務", "留学", "永住者", "家族滞在", "特定技能1号"]),
                "visa",
            ),
            "card_expiry": G(lambda f: day(f, 2025, 2029)),
            "card_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tax Info Submitted",
        ["go"],
        1,
        {
            "my_number": RED(my_number, "national id"),
            "full_name": Y(jp_kanji_name, "name"),
            "address": Y(jp_address, "address"),
            "postal_code": Y(jp_zip, "zipcode"),
            "submitted_at": G(lambda f: f.iso()),
            "form_version": G(lambda f: "R6"),
        },
    ),
    (
        "track",
        "Neighborhood Verified",
        ["flutter"],
        2,
        {
            "region_id": G(lambda f: f.digits(4)),
            "region_name": Y(
                lambda f: f.pick(
                    [
                        "역삼1동",
                        "역삼2동",
                        "서교동",
                        "잠실3동",
                        "봉천동",
                        "우1동",
                        "백현동",
                        "이의동",
                        "송도1동",
                        "범어4동",
                        "궁동",
                    ]
                ),
                "city|address",
            ),
            "latitude": Y(lambda f: round(f.r.uniform(35.0, 37.7), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(126.6, 129.2), 6), "geolocation"),
            "accuracy_m": G(lambda f: f.r.randint(5, 80)),
            "verified_count": G(lambda f: f.r.randint(1, 30)),
            "method": G(lambda f: "gps"),
        },
    ),
    (
        "track",
        "Chat Appointment Set",
        ["kotlin"],
        1,
        {
            "chat_room_id": G(lambda f: f.digits(10)),
            "item_id": G(lambda f: f.digits(9)),
            "place_name": G(
                lambda f: f.pick(
                    ["역삼역 3번 출구", "망원동 스타벅스 앞", "판교역 1번 출구", "서면역 7번 출구"]
                )
            ),
            "appointment_at": G(lambda f: iso_jst(f)),
        },
    ),
    (
        "track",
        "Safe Payment Completed",
        ["node"],
        2,
        {
            "order_id": G(lambda f: f.digits(12)),
            "item_id": G(lambda f: f.digits(9)),
            "amount": G(krw),
            "fee": G(lambda f: f.pick([0, 350, 1000, 3500])),
            "escrow_status": G(lambda f: f.pick(["paid", "shipped", "confirmed"])),
            "buyer": {
                "user_id": G(lambda f: f.digits(9)),
                "name": Y(kr_name, "name"),
                "phone": Y(kr_mobile, "phone"),
            },
            "seller": {
                "user_id": G(lambda f: f.digits(9)),
            },
        },
    ),
]

GIFTS = [
    (
        "track",
        "Gift Sent",
        ["rn", "swift"],
        3,
        {
            "gift_id": G(lambda f: "G" + f.digits(12)),
            "product_id": G(lambda f: f.digits(8)),
            "product_name": G(
                lambda f: f.pick(
                    KR_PRODUCTS + JP_PRODUCTS + ["스타벅스 아메리카노 T 2잔", "교촌치킨 허니콤보"]
                )
            ),
            "price": G(lambda f: f.pick([krw, jp_price])(f)),
            "currency": G(lambda f: f.pick(["KRW", "JPY"])),
            "send_method": G(lambda f: f.pick(["kakaotalk", "line", "sms"])),
            "recipient": {
                "name": Y(any_name, "name"),
                "phone": Y(lambda f: f.pick([kr_mobile, jp_mobile])(f), "phone"),
                "relationship": G(lambda f: f.pick(["친구", "가족", "동료", "友人", "家族"])),
            },
            "message_card": G(
                lambda f: f.pick(
                    [
                        "생일 축하해!",
                        "항상 고마워요 :)",
                        "お誕生日おめでとう！",
                        "いつもありがとう",
                        "Happy Birthday!",
                    ]
                )
            ),
            "card_design": G(lambda f: f.pick(["birthday_01", "thanks_03", "cheer_02"])),
            "occasion": G(lambda f: f.pick(["birthday", "thanks", "congrats", "cheer"])),
            "is_surprise": G(lambda f: f.pick([True, False])),
            "sender_display_name": Y(any_name, "name"),
        },
    ),
    (
        "track",
        "Gift Link Sent",
        ["rn"],
        2,
        {
            "gift_id": G(lambda f: "G" + f.digits(12)),
            "send_to": {"channel": G(lambda f: "sms"), "value": Y(kr_mobile, "phone", True)},
            "resend": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Gift Address Entered",
        ["web_kr", "web_jp"],
        2,
        {
            "gift_id": G(lambda f: "G" + f.digits(12)),
            "recipient_address": {
                "postal_code": Y(any_zip, "zipcode"),
                "address1": Y(
                    lambda f: f.pick([kr_road, lambda f: f.pick(JP_PLACES)[0] + jp_city(f) + jp_street(f)])(
                        f
                    ),
                    "address",
                ),
                "address2": Y(lambda f: f.pick([kr_detail, jp_building])(f), "address|street"),
            },
            "recipient_name": Y(any_name, "name"),
            "recipient_phone": Y(any_phone, "phone"),
            "delivery_memo": G(lambda f: f.pick(["", "문 앞에 놓아주세요", "置き配希望"])),
            "days_since_sent": G(lambda f: f.r.randint(0, 7)),
        },
    ),
    (
        "track",
        "Gift Thank You Sent",
        ["swift"],
        1,
        {
            "gift_id": G(lambda f: "G" + f.digits(12)),
            "thank_you_message": G(
                lambda f: f.pick(
                    ["ありがとう！大事に使うね", "잘 먹을게요~", "고마워!! 다음에 밥 살게", "Thanks so much!"]
                )
            ),
            "sender_name": Y(any_name, "name"),
            "sticker_id": G(lambda f: f.digits(5)),
        },
    ),
    (
        "track",
        "E-Gift Issued",
        ["java"],
        2,
        {
            "gift_id": G(lambda f: "G" + f.digits(12)),
            "voucher_type": G(
                lambda f: f.pick(
                    [
                        "스타벅스 아메리카노 T",
                        "CU 모바일상품권 1만원",
                        "スターバックス ドリンクチケット",
                        "Amazonギフトカード",
                    ]
                )
            ),
            "voucher_code": RED(
                lambda f: f.pick([f.digits(12), "-".join(f.digits(4) for _ in range(4))]), "token|secret"
            ),
            "valid_until": G(lambda f: day(f, 2025, 2026)),
            "brand": G(lambda f: f.pick(["Starbucks", "CU", "GS25"])),
            "face_value": G(lambda f: f.pick([4500, 10000, 500, 1000])),
            "status": G(lambda f: f.pick(["issued", "redeemed", "expired"])),
        },
    ),
    (
        "track",
        "Contacts Synced",
        ["rn"],
        1,
        {
            "contact_count": G(lambda f: f.r.randint(12, 900)),
            "permission": G(lambda f: f.pick(["granted", "limited"])),
            "contacts": Many(
                {
                    "name": Y(any_name, "name"),
                    "phone": Y(lambda f: f.pick([kr_mobile, jp_mobile])(f), "phone"),
                    "relation": G(lambda f: f.pick(["친구", "가족", "직장", "友達"])),
                },
                4,
            ),
            "synced_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Gift Notification Sent",
        ["go"],
        2,
        {
            "template_code": G(lambda f: f.pick(["GIFT_ARRIVED_01", "GIFT_REMIND_02", "ORDER_SHIPPED_05"])),
            "message_type": G(lambda f: f.pick(["AT", "LINE_PUSH"])),
            "receiver_number": Y(lambda f: f.pick([kr_mobile, jp_mobile])(f), "phone"),
            "content": Y(alimtalk, "name", True),
            "button_url": G(lambda f: "https://gift.example.kr/r/" + f.hexid(10)),
            "result_code": G(lambda f: f.pick(["0000", "3018", "E108"])),
            "sent_at": G(lambda f: iso_jst(f)),
            "fallback_sms": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Saved Address Selected",
        ["swift"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "address_book_entry": {
                "id": G(lambda f: f.digits(7)),
                "label": Y(jp_kanji_name, "name", True),
                "is_default": G(lambda f: f.pick([True, False])),
                "last_used_at": G(lambda f: f.iso()),
            },
        },
    ),
]

ACCOUNTS = [
    (
        "track",
        "Signed Up",
        ["web_jp", "web_kr", "swift", "kotlin"],
        2,
        {
            "method": G(lambda f: f.pick(["email", "line", "kakao", "apple", "naver"])),
            "email": Y(any_email, "email"),
            "referral_code": G(lambda f: f.pick(["", "FRND" + f.hexid(5).upper()])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "invited_by_user_id": G(lambda f: f.pick(["", f.digits(9)])),
        },
    ),
    (
        "track",
        "Sign In Attempted",
        ["dotnet"],
        2,
        {
            "UserId": G(lambda f: f.digits(9)),
            "LoginMethod": G(lambda f: f.pick(["Password", "Line", "Kakao", "Apple"])),
            "Succeeded": G(lambda f: f.pick([True, False])),
            "FailureReason": G(lambda f: f.pick(["", "InvalidPassword", "LockedOut", "MfaRequired"])),
            "Identifier": Y(any_email, "email", True),
            "IpAddress": Y(jp_ip, "ip"),
            "UserAgent": G(lambda f: f.pick(UA_WEB)),
            "MfaMethod": G(lambda f: f.pick(["None", "Sms", "Totp"])),
            "SessionId": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "OTP Sent",
        ["go"],
        2,
        {
            "phone_number": Y(lambda f: f.pick([kr_mobile, jp_mobile])(f), "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token|secret"),
            "channel": G(lambda f: f.pick(["sms", "kakao", "voice"])),
            "expires_in_sec": G(lambda f: f.pick([180, 300])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "purpose": G(lambda f: f.pick(["login", "change_phone", "payout"])),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web_jp"],
        2,
        {
            "form_id": G(lambda f: "login-form"),
            "form_name": G(lambda f: f.pick(["ログイン", "login"])),
            "fields": {
                "login_id": Y(jp_email, "email", True),
                "password": RED(
                    lambda f: f.pick(["Sakura2024!", "pass1234", "haruka0401", "Qw8#kLm2z", "tokyo#Bay9"]),
                    "password",
                ),
                "remember_me": G(lambda f: f.pick([True, False])),
            },
            "duration_ms": G(lambda f: f.r.randint(1500, 60000)),
        },
    ),
    (
        "track",
        "Form Submitted",
        ["web_kr"],
        1,
        {
            "form_id": G(lambda f: "payment-form"),
            "form_name": G(lambda f: f.pick(["결제정보 입력", "payment"])),
            "fields": {
                "cc_number": RED(card_pan, "credit card"),
                "cc_name": Y(lambda f: f.pick([kr_roman_name, jp_romaji_name])(f).upper(), "name"),
                "cc_exp": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
                "cc_csc": RED(lambda f: f"{f.r.randint(100, 999)}", "credit card"),
            },
            "duration_ms": G(lambda f: f.r.randint(1500, 60000)),
        },
    ),
    (
        "track",
        "Password Changed",
        ["php"],
        1,
        {
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 20)),
            "password_reset_count": G(lambda f: f.r.randint(0, 4)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
        },
    ),
    ("alias", None, ["web_jp", "swift"], 1, None),
    (
        "group",
        None,
        ["ruby"],
        2,
        {
            "shop_name": G(lambda f: f.pick([*JP_SHOPS, "빠른상회", "제주감귤농원"])),
            "shop_code": G(lambda f: f.pick(["hokkaido-gourmet", "marukai-denki", "yamatokaze", "komorebi"])),
            "representative_name": Y(lambda f: f.pick([jp_kanji_name, kr_name])(f), "name"),
            "support_email": G(
                lambda f: f.pick(
                    [
                        "support@hokkaido-gourmet.example.jp",
                        "info@marukai-denki.example.jp",
                        "cs@ppareun-seller.example.kr",
                    ]
                )
            ),
            "support_phone": G(business_phone),
            "office_address": G(
                lambda f: f.pick(
                    [
                        "北海道札幌市中央区北5条西2-5 JRタワー 10F",
                        "東京都千代田区丸の内1-9-1",
                        "서울특별시 송파구 송파대로 570",
                    ]
                )
            ),
            "office_postal_code": G(lambda f: f.pick(["060-0005", "100-0005", "05510"])),
            "business_registration_no": G(
                lambda f: f.pick([f"{f.digits(3)}-{f.digits(2)}-{f.digits(5)}", f.digits(13)])
            ),
            "plan": G(lambda f: f.pick(["standard", "premium", "mega"])),
            "opened_at": G(lambda f: day(f, 2005, 2023)),
        },
    ),
    (
        "track",
        "Shop Staff Invited",
        ["ruby"],
        1,
        {
            "shop_id": G(lambda f: f.digits(6)),
            "staff_name": Y(lambda f: f.pick([jp_kanji_name, kr_name, other_name])(f), "name"),
            "staff_email": Y(lambda f: jp_email(f).split("@")[0] + "@marukai-denki.example.jp", "email"),
            "role": G(lambda f: f.pick(["owner", "manager", "cs", "warehouse"])),
            "invited_by": G(lambda f: f.digits(9)),
        },
    ),
    (
        "track",
        "Order Lookup",
        ["web_jp"],
        1,
        {
            "q": Y(jp_mobile, "phone", True),
            "search_by": G(lambda f: "phone"),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "agent_id": G(lambda f: "AG" + f.digits(4)),
            "took_ms": G(lambda f: f.r.randint(20, 900)),
        },
    ),
    (
        "track",
        "Postcode Lookup",
        ["web_kr"],
        2,
        {
            "input": Y(kr_road_short, "address", True),
            "result": {
                "zonecode": Y(kr_zip, "zipcode"),
                "roadAddress": Y(kr_road, "address"),
                "sido": G(lambda f: f.pick(KR_PLACES)[0]),
                "sigungu": Y(kr_city, "city"),
                "apartment": G(lambda f: f.pick(["Y", "N"])),
            },
            "result_count": G(lambda f: f.r.randint(1, 20)),
            "user_selected_type": G(lambda f: f.pick(["R", "J"])),
        },
    ),
    (
        "track",
        "Age Verified",
        ["kotlin"],
        1,
        {
            "product_id": G(lambda f: f.digits(8)),
            "method": G(lambda f: f.pick(["birthdate_input", "pass_app", "id_card"])),
            "age": G(lambda f: f.r.randint(18, 80)),
            "is_adult": G(lambda f: f.pick([True, False])),
            "birth_year": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
        },
    ),
    (
        "track",
        "Subscription Started",
        ["swift"],
        1,
        {
            "plan": G(lambda f: f.pick(["wow_monthly", "premium_annual"])),
            "price": G(lambda f: f.pick([7890, 4990, 5980])),
            "billing_cycle": G(lambda f: f.pick(["monthly", "annual"])),
            "payment_method": G(lambda f: f.pick(["card", "coupay", "apple_iap"])),
            "card_last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Seller Tax Profile Updated",
        ["python"],
        1,
        {
            "legal_name": Y(lambda f: f.full_name(), "name"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "tin_verified": G(lambda f: f.pick([True, False])),
            "w9_signed_at": G(lambda f: f.iso()),
            "us_address": Y(
                lambda f: f"{f.street()}, {f.city()}, {f.pick(['CA', 'WA', 'NY'])} {f.zip()}", "address"
            ),
        },
    ),
    (
        "track",
        "Overseas Payout Sent",
        ["python"],
        1,
        {
            "payout_id": G(lambda f: "po_" + f.hexid(16)),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "GB", "FR", "NL", "ES"])), "bank account"),
            "swift_bic": G(lambda f: f.pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "ABNANL2A"])),
            "beneficiary_name": Y(lambda f: f.full_name(), "name"),
            "amount": G(lambda f: f.money(50, 5000)),
            "currency": G(lambda f: "EUR"),
        },
    ),
]

VENDORS = [
    (
        "track",
        "Conversion Forwarded",
        ["node"],
        2,
        {
            "event_name": G(lambda f: f.pick(["Purchase", "AddToCart", "CompleteRegistration"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(sha256, "email"),
                "ph": Y(sha256, "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(20)}", "advertising id"),
                "client_ip_address": Y(jp_ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UA_WEB)),
                "external_id": G(sha256),
            },
            "custom_data": {
                "value": G(lambda f: f.pick([jp_price, krw])(f)),
                "currency": G(lambda f: f.pick(["JPY", "KRW"])),
                "content_ids": Many(G(lambda f: f.digits(8)), 3),
            },
        },
    ),
    (
        "track",
        "Install Attributed",
        ["python"],
        2,
        {
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfa": Y(lambda f: f.uuid().upper(), "advertising id"),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "idfv": G(lambda f: f.uuid().upper()),
            "media_source": G(
                lambda f: f.pick(
                    ["googleadwords_int", "Facebook Ads", "line_int", "kakao_int", "yahoojapan_int"]
                )
            ),
            "campaign": G(lambda f: f.pick(["JP_iOS_Install_0601", "KR_AOS_Retarget_Q2"])),
            "install_time": G(lambda f: iso_jst(f).replace("T", " ")[:19] + f".{f.r.randint(0, 999):03d}"),
        },
    ),
    (
        "track",
        "Ad Landing",
        ["web_jp", "web_kr"],
        2,
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(24) + "_BwE", "advertising id"),
            "yclid": Y(lambda f: "YSS." + f.digits(10) + "." + f.hexid(24), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(40), "advertising id"),
            "ldtag_cl": Y(lambda f: f.hexid(22), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "yahoo", "facebook", "line"])),
            "utm_medium": G(lambda f: f.pick(["cpc", "display", "social"])),
            "utm_campaign": G(lambda f: f.pick(["ss_2406", "gift_season", "rocket_wow"])),
            "landing_path": G(lambda f: f.pick(["/event/supersale", "/gift", "/wow"])),
        },
    ),
    (
        "track",
        "Payment Approved",
        ["java"],
        2,
        {
            "orderId": G(lambda f: "ORD-" + f.digits(12)),
            "method": G(lambda f: f.pick(["카드", "간편결제"])),
            "totalAmount": G(krw),
            "approvedAt": G(lambda f: iso_jst(f)),
            "card": {
                "issuerCode": G(lambda f: f.pick(["11", "41", "61", "21"])),
                "number": G(
                    lambda f: (
                        f.pick(["4330", "5365", "9490", "3562"]) + f.digits(4) + "****" + f.digits(3) + "*"
                    )
                ),
                "cardType": G(lambda f: f.pick(["신용", "체크"])),
                "ownerType": G(lambda f: f.pick(["개인", "법인"])),
            },
            "billingKey": RED(lambda f: b64(f, 44).replace("/", "_").replace("+", "-"), "token"),
            "easyPay": {
                "provider": G(lambda f: f.pick(["토스페이", "카카오페이", "네이버페이", ""])),
            },
            "receipt": {
                "url": G(
                    lambda f: (
                        "https://dashboard.tosspayments.com/receipt/redirection?transactionId=" + f.hexid(20)
                    )
                )
            },
        },
    ),
    (
        "track",
        "Ticket Created",
        ["ruby"],
        2,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": G(
                lambda f: f.pick(
                    ["注文した商品が届きません", "返品について", "환불 요청", "쿠폰이 적용되지 않아요"]
                )
            ),
            "description": G(lambda f: f.pick([*INQUIRIES, "주문번호로 조회가 안 됩니다. 확인 부탁드려요."])),
            "requester": {"name": Y(any_name, "name"), "email": Y(any_email, "email")},
            "assignee": {
                "name": Y(lambda f: f.pick([jp_kanji_name, kr_name])(f), "name"),
                "email": Y(lambda f: jp_email(f).split("@")[0] + "@support.marukai.example.jp", "email"),
            },
            "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
            "tags": Many(G(lambda f: f.pick(["delivery", "refund", "vip", "line"])), 3),
        },
    ),
    (
        "track",
        "Call Completed",
        ["go"],
        1,
        {
            "call_sid": G(lambda f: "CA" + f.hexid(32)),
            "from": Y(lambda f: f.pick([jp_mobile, kr_mobile])(f), "phone", True),
            "to": G(business_phone),
            "direction": G(lambda f: "inbound"),
            "duration_sec": G(lambda f: f.r.randint(5, 1800)),
            "queue": G(lambda f: f.pick(["order", "returns", "seller_support"])),
            "agent_name": Y(lambda f: f.pick([kr_name, jp_kanji_name])(f), "name"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        2,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(9)),
            "EMAIL": Y(any_email, "email"),
            "FULL_NAME": Y(any_name, "name"),
            "PHONE_E164": Y(lambda f: f.pick(["+8190", "+8180", "+8210"]) + f.digits(8), "phone"),
            "PREFECTURE": G(lambda f: f.pick(JP_PLACES)[0]),
            "AGE_BAND": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "BIRTH_YEAR": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
            "LTV_JPY": G(lambda f: f.r.randint(0, 900000)),
            "ORDERS_365D": G(lambda f: f.r.randint(0, 80)),
            "LAST_ORDER_AT": G(lambda f: f.iso()),
            "RFM_SEGMENT": G(lambda f: f.pick(["champions", "at_risk", "new", "hibernating"])),
            "IS_PREMIUM": G(lambda f: f.pick([True, False])),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "track",
        "push-sent",
        ["go"],
        2,
        {
            "campaign-id": G(lambda f: "cmp-" + f.digits(5)),
            "push-token": RED(
                lambda f: f.pick([f.hexid(64), f.hexid(22) + ":APA91b" + f.hexid(40)]), "token"
            ),
            "title": G(
                lambda f: f.pick(["타임딜 시작!", "ポイント5倍デー", "장바구니 상품 가격이 내렸어요"])
            ),
            "opened": G(lambda f: f.pick([True, False])),
            "deep-link": G(lambda f: f.pick(["ppareun://timedeal", "marukai://campaign/5x"])),
            "sent-at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "coupon-issued",
        ["go"],
        1,
        {
            "coupon-id": G(lambda f: f.digits(7)),
            "coupon-name": G(lambda f: f.pick(["첫구매 5천원 할인", "新規会員500円OFF"])),
            "discount-rate": G(lambda f: f.pick([5, 10, 15])),
            "issued-to": G(lambda f: f.digits(9)),
            "expires-at": G(lambda f: day(f)),
            "user-grade": G(lambda f: f.pick(["WELCOME", "VIP"])),
        },
    ),
]

MORE = [
    (
        "identify",
        None,
        ["php"],
        1,
        {
            "会員ID": G(lambda f: f.digits(7)),
            "お名前(姓)": Y(jp_surname, "name"),
            "お名前(名)": Y(jp_given, "name"),
            "フリガナ": Y(jp_kana_name, "name"),
            "メールアドレス": Y(jp_email, "email"),
            "携帯電話番号": Y(jp_mobile, "phone"),
            "生年月日": Y(jp_birth, "birthdate"),
            "性別": Y(lambda f: f.pick(["男性", "女性"]), "gender"),
            "メルマガ購読": G(lambda f: f.pick(["希望する", "希望しない"])),
        },
    ),
    (
        "track",
        "Refund Issued",
        ["dotnet"],
        1,
        {
            "OrderId": G(lambda f: f.digits(13)),
            "RefundAmount": G(krw),
            "Reason": G(lambda f: f.pick(["Damaged", "LateDelivery", "WrongItem"])),
            "CustomerName": Y(kr_name, "name"),
            "CustomerEmail": Y(kr_email, "email"),
            "BankCode": G(lambda f: f.pick(KR_BANKS)[0]),
            "BankAccountNumber": RED(kr_account, "bank account"),
            "AccountHolder": Y(kr_name, "name"),
        },
    ),
    (
        "track",
        "rider-assigned",
        ["node"],
        1,
        {
            "order-id": G(lambda f: f.digits(12)),
            "rider-id": G(lambda f: "rd_" + f.digits(6)),
            "rider-name": Y(kr_name, "name"),
            "rider-phone": Y(
                lambda f: "050-" + f.digits(4) + "-" + f.digits(4) if f.r.random() < 0.3 else kr_mobile(f),
                "phone",
            ),
            "eta-min": G(lambda f: f.r.randint(8, 60)),
        },
    ),
]

EVENTS = JP_SHOP + KR_SHOP + C2C + GIFTS + ACCOUNTS + VENDORS + MORE


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, weight, body in EVENTS:
            for _ in range(weight):
                client = f.pick(clients)
                msg: dict[str, Any] = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
                anonymous = f.uuid()
                user = f.digits(9)
                if kind == "alias":
                    msg["previousId"] = anonymous
                    msg["userId"] = user
                else:
                    msg["anonymousId"] = anonymous
                    msg["userId"] = user
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name
                elif kind == "group":
                    msg["groupId"] = "shop_" + f.digits(6)
                if body is not None:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(context_for(client, f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=58, repeats=18)
    write(Path(__file__).parent, "holdout58_", events, labels)
