"""Writes holdout 109: tests/corpus/holdout109_events.jsonl and holdout109_labels.json.

Sealed: written from Segment's spec, the reference's default matcher table and the corpus helpers
only, without reading the detection engine, its vocabularies, its tests, its documentation or any
other corpus's labels, and without running the engine on these events.

Domain: "Éclat Séoul", a beauty and cosmetics retailer with salons and spas in France and South
Korea. Covers identify / track / page / screen / group / alias calls from analytics.js,
analytics-swift, analytics-kotlin, analytics-react-native, analytics-flutter and the server
libraries (node, python, go, java, ruby, php, csharp); shade finders and virtual try-on with
selfies, skin and hair quizzes (skin concerns, sensitivities, pregnancy, medication), carts,
checkout and the e-commerce spec, a PrestaShop-shaped French backend and a Cafe24-shaped Korean
one, Daum postcode lookups, Korean customs-clearance codes and duty-free passports, Stripe-shaped
subscriptions, salon and spa appointments with stylists and intake forms, loyalty, reviews with
photos, gift cards, sign-in codes and links, Klaviyo-, Meta CAPI-, Google Ads-, SendGrid-,
Twilio-, Kakao Alimtalk-, Zendesk- and Channel Talk-shaped payloads, and a reverse-ETL identify.

Conventions: mostly camelCase and snake_case English keys; about 15 % others: PascalCase (.NET
POS, Twilio), kebab-case (Contact Form 7 `your-name`, SendGrid `smtp-id`), SCREAMING_SNAKE
(warehouse reverse-ETL), `$`-prefixed Klaviyo keys, and French and Korean keys (nom, prénom,
téléphone, adresse, civilité, commentaire; 이름, 전화번호, 주소, 예약자명, 담당디자이너 ...).

Labelling rules (the product's default colours):
- PII = personal data about a natural person: the shopper, a gift recipient, a guest or child
  booked for, an emergency contact, a stylist or support agent (staff), a salon's owner. Colour
  is the reference's default for the matcher; outside the reference: red for credentials and
  secrets, card numbers, bank accounts, government ids and health ids; yellow otherwise.
- Green: ids we or vendors issue (order, appointment, Stripe `cus_`/`sub_`, Twilio SIDs, member
  and loyalty numbers), SKUs, EANs, HS codes, versions, timestamps, amounts, enums, counters,
  booleans under PII-sounding keys (`emailVerified`, `phoneVerified`), product, shade, brand,
  salon and plan names (shades named like people - "Margaux", "Chloé" - are product names),
  a business's own phone / e-mail / address / SIRET / 사업자등록번호, role mailboxes, searched
  places, a wedding venue's city, country / state / 시도, locale, timezone, user agents,
  OS-issued device ids, card brand / last four / BIN / expiry, BIC and bank names.
- Skin type, undertone, shade depth, hair type and porosity are cosmetic attributes: green.
  Skin and scalp concerns (acne, rosacea, eczema, alopecia ...) are `condition`; sensitivities
  and dye allergies are `allergy`; pregnancy / breastfeeding answers are `condition`; isotretinoin
  and blood-thinner answers are `medication`; ethnicity answers are `ethnicity`. Ingredient
  exclusions and product filters (vegan, pregnancy-safe, fragrance-free) chosen while browsing
  are preferences, not statements about the person: green.
- A civility title (Mme / M.) states the person's gender: `gender`. The preferred gender of a
  therapist or stylist is a preference about staff: green.
- Selfies, try-on snapshots, avatars and review photos uploaded by the person: `photo`.
- Hashed contact details sent for ad matching (Meta CAPI `em`, `ph`, `fn`, `zp`) are still the
  person's e-mail, phone, name and postcode, pseudonymised: labelled as that type, yellow. A
  hash of our own user id (`external_id`) is green. gclid / gbraid / fbp / fbc: yellow `advertising id`.
- A Korean personal customs clearance code (개인통관고유부호, issued by the customs service to
  one person): red `national id`. A passport number: red `passport`. Gift card codes and PINs,
  one-time codes, magic-link and reset tokens, Stripe `pm_` ids: red `token|secret`.
- A stylist's hourly rate: yellow `salary`. A Korean cash-receipt identifier (현금영수증 번호)
  here is always the buyer's mobile number: yellow `phone`, value_only.
- value_only is true when the key does not say what the value is (`q`, `input`, `text`, `note`,
  `message`, `commentaire`, `field.value`, `externalIds[].id`, a cash-receipt identifier) and
  only the value reveals it. Such a path is labelled PII only when every one of its values
  carries that PII; free text whose values carry none is green (review bodies, shipping
  messages, SMS replies, 요청사항 here carry none).
- Undecidable cases were settled for what a careful privacy owner at a mid-size company would
  want flagged: a Daum postcode's district (`sigungu`) is `city`, its dong (`bname`) and an
  apartment complex's name are part of the person's `address`; a reviewer's displayed city is
  `city`; a reviewer's nickname and a stylist's display name are `name`.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

FR_FIRST = [
    "Camille", "Manon", "Léa", "Inès", "Chloé", "Juliette", "Louise", "Margaux", "Yasmine", "Sarah",
    "Élodie", "Anaïs", "Thomas", "Hugo", "Mathis", "Nour", "Aïcha", "Clémence", "Océane", "Maëlys",
    "Solène", "Bérénice", "Romain", "Lucas",
]  # fmt: skip
FR_LAST = [
    "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Fontaine", "Benali", "Rousseau", "Mercier",
    "Dubois", "Lambert", "Faure", "Haddad", "Traoré", "Da Silva", "Leroy", "Chevalier", "Nguyen",
    "Perrin", "Gauthier", "Le Goff", "Diallo",
]  # fmt: skip
KR_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
             ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
             ("서", "Seo"), ("신", "Shin"), ("송", "Song")]  # fmt: skip
KR_GIVEN = [("민지", "Minji"), ("서연", "Seoyeon"), ("지우", "Jiwoo"), ("하은", "Haeun"), ("수아", "Sua"),
            ("예린", "Yerin"), ("지호", "Jiho"), ("도윤", "Doyoon"), ("서준", "Seojun"), ("유진", "Yujin"),
            ("채원", "Chaewon"), ("다은", "Daeun"), ("지민", "Jimin"), ("현우", "Hyunwoo"),
            ("소윤", "Soyoon"), ("은비", "Eunbi")]  # fmt: skip
OTHER = [
    ("Aiko", "Tanaka", "JP"), ("Fernanda", "Oliveira", "CA"), ("Aaliyah", "Johnson", "US"),
    ("Zeynep", "Yılmaz", "DE"),  # noqa: RUF001
    ("Anjali", "Mehta", "GB"), ("Chiara", "Bianchi", "CH"),
    ("Olamide", "Adeyemi", "GB"), ("Lan", "Nguyễn", "BE"), ("Sofía", "Ramírez", "US"),
    ("Amara", "Okafor", "BE"), ("Mei", "Chen", "CA"), ("Priya", "Patel", "GB"), ("Björn", "Lindqvist", "DE"),
    ("Hana", "Sato", "JP"), ("Kwame", "Mensah", "BE"), ("Olga", "Ivanova", "CH"),
]  # fmt: skip
MAIL_FR = [
    "gmail.com",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "outlook.fr",
    "yahoo.fr",
    "icloud.com",
    "sfr.fr",
]
MAIL_KR = ["naver.com", "gmail.com", "hanmail.net", "daum.net", "kakao.com", "nate.com"]
MAIL_OTHER = ["gmail.com", "outlook.com", "icloud.com", "gmx.de", "proton.me", "hotmail.com", "yahoo.co.jp"]

FR_STREETS = [
    "rue des Martyrs", "rue de Rivoli", "avenue Jean Jaurès", "boulevard Haussmann", "rue Oberkampf",
    "cours Mirabeau", "rue Sainte-Catherine", "quai de la Fosse", "rue du Faubourg Saint-Antoine",
    "allée des Tilleuls", "chemin des Vignes", "impasse des Lilas", "rue Paradis", "avenue de la Libération",
]  # fmt: skip
FR_CITIES = [("Paris", "75011"), ("Paris", "75018"), ("Lyon", "69003"), ("Marseille", "13006"),
             ("Bordeaux", "33000"), ("Lille", "59800"), ("Nantes", "44000"), ("Toulouse", "31000"),
             ("Nice", "06000"), ("Strasbourg", "67000"), ("Montpellier", "34000"), ("Rennes", "35000"),
             ("Aix-en-Provence", "13100"), ("Boulogne-Billancourt", "92100")]  # fmt: skip
FR_LINE2 = [
    "Bât. B, 3e étage",
    "Appt 42",
    "Résidence Les Tilleuls, esc. C",
    "2e gauche",
    "Apt 5, porte droite",
]
KR_ADDR = [
    ("서울특별시", "강남구", "테헤란로", "역삼동", "06236"),
    ("서울특별시", "마포구", "양화로", "서교동", "04039"),
    ("서울특별시", "송파구", "올림픽로", "잠실동", "05551"),
    ("부산광역시", "해운대구", "해운대해변로", "우동", "48094"),
    ("경기도", "성남시 분당구", "판교역로", "백현동", "13529"),
    ("인천광역시", "연수구", "송도과학로", "송도동", "21984"),
    ("대구광역시", "수성구", "동대구로", "범어동", "42020"),
    ("서울특별시", "성동구", "왕십리로", "성수동1가", "04768"),
]
ROAD_EN = {
    "테헤란로": "Teheran-ro",
    "양화로": "Yanghwa-ro",
    "올림픽로": "Olympic-ro",
    "해운대해변로": "Haeundaehaebyeon-ro",
    "판교역로": "Pangyoyeok-ro",
    "송도과학로": "Songdogwahak-ro",
    "동대구로": "Dongdaegu-ro",
    "왕십리로": "Wangsimni-ro",
}
SIGUNGU_EN = {
    "강남구": "Gangnam-gu, Seoul",
    "마포구": "Mapo-gu, Seoul",
    "송파구": "Songpa-gu, Seoul",
    "해운대구": "Haeundae-gu, Busan",
    "성남시 분당구": "Bundang-gu, Seongnam-si, Gyeonggi-do",
    "연수구": "Yeonsu-gu, Incheon",
    "수성구": "Suseong-gu, Daegu",
    "성동구": "Seongdong-gu, Seoul",
}
KR_DETAIL = ["101동 1203호", "3층 302호", "B동 804호", "2층", "1502호", "205동 1101호"]
KR_BUILDINGS = [
    "래미안퍼스티지",
    "헬리오시티",
    "마포래미안푸르지오",
    "송도더샵퍼스트월드",
    "파크리오",
    "e편한세상",
]
OTHER_ADDR = {
    "JP": ("2-14-3 Jingumae", "Shibuya-ku, Tokyo", "150-0001"),
    "CA": ("4521 Rue Saint-Denis", "Montréal", "H2J 2L4"),
    "US": ("318 Bedford Ave", "Brooklyn", "11249"),
    "DE": ("Kastanienallee 21", "Berlin", "10435"),
    "GB": ("14 Albion Road", "London", "N16 9PH"),
    "CH": ("Langstrasse 88", "Zürich", "8004"),
    "BE": ("Rue du Bailli 37", "Ixelles", "1050"),
}


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def d(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def phone_fr(f: Fake) -> str:
    lead = f.pick(["6", "7"])
    parts = [d(f, 2) for _ in range(4)]
    return f.pick(
        [
            f"0{lead} " + " ".join(parts),
            f"+33 {lead} " + " ".join(parts),
            f"+33{lead}" + "".join(parts),
            f"0{lead}." + ".".join(parts),
            f"0{lead}" + "".join(parts),
        ]
    )


def phone_kr(f: Fake) -> str:
    a, b = str(f.r.randint(2000, 9999)), d(f, 4)
    return f.pick([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010{a}{b}", f"010 {a} {b}"])


def phone_other(f: Fake, country: str) -> str:
    if country == "BE":
        return f"+32 47{f.r.randint(0, 9)} {d(f, 2)} {d(f, 2)} {d(f, 2)}"
    if country == "CH":
        return f"+41 79 {d(f, 3)} {d(f, 2)} {d(f, 2)}"
    if country == "JP":
        return f"+81 90-{d(f, 4)}-{d(f, 4)}"
    if country == "DE":
        return f"+49 151 {d(f, 8)}"
    if country == "GB":
        return f"+44 7{d(f, 3)} {d(f, 6)}"
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash"]))


class Person:
    def __init__(self, f: Fake, country: str | None = None, hangul: bool | None = None):
        self.country = country or f.pick(["FR"] * 9 + ["KR"] * 7 + ["OTHER"] * 4)
        if self.country == "FR":
            self.first, self.last = f.pick(FR_FIRST), f.pick(FR_LAST)
            self.full = f"{self.first} {self.last}"
            self.rfirst, self.rlast = plain(self.first), plain(self.last).replace(" ", "")
            self.phone = phone_fr(f)
            domains = MAIL_FR
            city, self.zip = f.pick(FR_CITIES)
            self.city = city
            self.street = f"{f.r.randint(1, 180)}{f.pick(['', '', ' bis'])} {f.pick(FR_STREETS)}"
            self.line2 = f.pick(FR_LINE2)
        elif self.country == "KR":
            (hf, rf), (hg, rg) = f.pick(KR_FAMILY), f.pick(KR_GIVEN)
            hangul = f.r.random() < 0.5 if hangul is None else hangul
            self.hangul_full, self.hangul_first = hf + hg, hg
            if hangul:
                self.first, self.last, self.full = hg, hf, hf + hg
            else:
                self.first, self.last = rg, rf
                self.full = f.pick([f"{rg} {rf}", f"{rf} {rg}", f"{rf.upper()} {rg}"])
            self.rfirst, self.rlast = rg.lower(), rf.lower()
            self.phone = phone_kr(f)
            domains = MAIL_KR
            sido, sigungu, road, dong, self.zip = f.pick(KR_ADDR)
            self.sido, self.sigungu, self.dong = sido, sigungu, dong
            self.city = sigungu if f.r.random() < 0.5 else sido
            number = f.r.randint(1, 320)
            self.street = f"{sido} {sigungu} {road} {number}"
            self.road_en = f"{number}, {ROAD_EN[road]}, {SIGUNGU_EN[sigungu]}"
            self.line2 = f.pick(KR_DETAIL)
        else:
            self.first, self.last, self.country = f.pick(OTHER)
            self.full = f"{self.first} {self.last}"
            self.rfirst, self.rlast = plain(self.first), plain(self.last)
            self.phone = phone_other(f, self.country)
            domains = MAIL_OTHER
            self.street, self.city, self.zip = OTHER_ADDR[self.country]
            self.line2 = f.pick(["Apt 3", "Unit 12", "2F", "c/o Studio 4"])
        if self.country != "KR":
            self.hangul_full, self.hangul_first, self.road_en = self.full, self.first, self.street
        sep = f.pick([".", "_", "", "."])
        tail = f.pick(["", str(f.r.randint(1, 99)), str(f.r.randint(1975, 2004))])
        local = f.pick([f"{self.rfirst}{sep}{self.rlast}{tail}", f"{self.rfirst[0]}{self.rlast}{tail}"])
        self.email = f"{local}@{f.pick(domains)}"


_EVENT: dict[str, Person] = {}


def who(f: Fake, role: str = "me", country: str | None = None, hangul: bool | None = None) -> Person:
    """One person per role per event, so a name, its e-mail and its address agree."""
    if role not in _EVENT:
        _EVENT[role] = Person(f, country, hangul)
    return _EVENT[role]


def kr(f: Fake, role: str = "kr") -> Person:
    return who(f, role, "KR", True)


def fr(f: Fake, role: str = "fr") -> Person:
    return who(f, role, "FR")


# -- other values -------------------------------------------------------------------------------


def P(*items):
    """A green field picked from `items`."""
    return G(lambda f: f.pick(items))


def kr_brn(f: Fake) -> str:
    """사업자등록번호 with its check digit."""
    ds = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(ds, w, strict=True)) + (ds[8] * 5) // 10
    ds.append((10 - s % 10) % 10)
    t = "".join(map(str, ds))
    return f"{t[:3]}-{t[3:5]}-{t[5:]}"


def siret(f: Fake) -> str:
    siren = f.luhn_complete(str(f.r.randint(3, 9)) + d(f, 7))
    full = f.luhn_complete(siren + d(f, 4))
    return full if f.r.random() < 0.6 else f"{full[:3]} {full[3:6]} {full[6:9]} {full[9:]}"


def ean13(f: Fake) -> str:
    body = f.pick(["880", "330", "340", "880"]) + d(f, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def alnum(f: Fake, n: int, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def b64url(f: Fake, n: int) -> str:
    return alnum(f, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def day(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def kst(f: Fake) -> str:
    return f"{day(f)}T{f.r.randint(9, 20):02d}:{f.pick(['00', '30'])}:00+09:00"


def cet(f: Fake) -> str:
    return f"{day(f)}T{f.r.randint(9, 19):02d}:{f.pick(['00', '15', '30', '45'])}:00+02:00"


def dob(f: Fake, style: str = "iso") -> str:
    y, m, dd = f.r.randint(1962, 2006), f.r.randint(1, 12), f.r.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "fr": f"{dd:02d}/{m:02d}/{y}", "kr": f"{y}{m:02d}{dd:02d}"}[style]


def kr_account(f: Fake) -> str:
    return f.pick([f"110-{d(f, 3)}-{d(f, 6)}", f"1002-{d(f, 3)}-{d(f, 6)}", f"3333-{d(f, 2)}-{d(f, 7)}",
                   f"{d(f, 3)}-{d(f, 6)}-{d(f, 2)}-{d(f, 3)}", d(f, 14)])  # fmt: skip


def selfie_url(f: Fake, kind: str) -> str:
    return f"https://uploads.eclat-seoul.com/{kind}/{f.uuid()}.{f.pick(['jpg', 'jpeg', 'heic', 'png'])}"


UA_IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
UA_EDGE = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML,"
    " like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"
)
UA_SAMSUNG = (
    "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like"
    " Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"
)
UA_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
)
UA_INSTAGRAM = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Mobile/15E148 Instagram 329.0.0.25.85"
)
UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
    " AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
)
UA_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
UA_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36"
    " (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
)
PRODUCTS = [
    ("Advanced Snail 96 Mucin Power Essence", "COSRX", "Skincare/Essences", "100 ml"),
    ("Cicaplast Baume B5+", "La Roche-Posay", "Skincare/Repair", "40 ml"),
    ("Water Sleeping Mask", "Laneige", "Skincare/Masks", "70 ml"),
    ("First Care Activating Serum VI", "Sulwhasoo", "Skincare/Serums", "60 ml"),
    ("Crème Prodigieuse Boost", "Nuxe", "Skincare/Moisturisers", "40 ml"),
    ("Vinoperfect Sérum Éclat", "Caudalie", "Skincare/Serums", "30 ml"),
    ("Sensibio H2O", "Bioderma", "Skincare/Cleansers", "500 ml"),
    ("Rouge Allure Velvet", "Chanel", "Makeup/Lips", "3.5 g"),
    ("Forever Skin Glow Foundation", "Dior", "Makeup/Complexion", "30 ml"),
    ("Black Cushion Foundation", "Hera", "Makeup/Complexion", "15 g"),
    ("Ink Velvet Lip Tint", "Peripera", "Makeup/Lips", "4 g"),
    ("Relief Sun: Rice + Probiotics SPF50+", "Beauty of Joseon", "Skincare/Suncare", "50 ml"),
    ("Green Tea Seed Serum", "innisfree", "Skincare/Serums", "80 ml"),
    ("Huile Prodigieuse", "Nuxe", "Body/Oils", "100 ml"),
    ("Masque Kératine Réparateur", "Éclat Séoul", "Hair/Masks", "200 ml"),
    ("Scalp Scaling Shampoo", "Éclat Séoul", "Hair/Shampoo", "300 ml"),
]
SHADES = ["21N Light Beige", "23N Sand", "13C Porcelain", "Margaux", "Chloé", "Rose Ballet 58", "Nude Honey",
          "Ivory 120", "Cool Vanilla", "Amber Glow", "Coral Crush", "Hana", "#04 Peach Me", ""]  # fmt: skip
SERVICES_FR = ["Coupe + brushing", "Balayage", "Couleur racines", "Soin Kératine", "Head spa coréen",
               "Hydrafacial", "Soin visage Glass Skin", "Massage prénatal", "Maquillage mariée",
               "Coupe enfant"]  # fmt: skip
SERVICES_KR = ["커트", "디지털펌", "뿌리염색", "두피스케일링", "클리닉", "매직셋팅", "헤드스파"]
SALONS = ["Éclat Séoul Studio Marais", "Éclat Séoul Lyon Bellecour", "Éclat Séoul 가로수길점",
          "Éclat Séoul 성수점", "Éclat Séoul Bordeaux Chartrons", "Éclat Séoul 해운대점"]  # fmt: skip
SALON_PHONES = [
    "01 42 72 33 10",
    "+33 4 78 42 11 09",
    "02-545-7788",
    "02-3409-1120",
    "05 56 44 90 12",
    "051-746-2200",
]
SALON_ADDR = [
    "12 rue Vieille du Temple, 75004 Paris",
    "3 place Bellecour, 69002 Lyon",
    "서울특별시 강남구 압구정로10길 32",
    "서울특별시 성동구 연무장길 41",
    "51 quai des Chartrons, 33000 Bordeaux",
]
STYLIST_LEVELS = ["Junior", "Senior", "Directeur artistique", "실장", "원장", "디자이너"]
CITIES_SEARCHED = ["Paris 4e", "Lyon", "강남역", "성수동", "Bordeaux", "Marais", "해운대", "Paris 11e"]
CARRIERS = ["Colissimo", "Chronopost", "Mondial Relay", "CJ대한통운", "우체국택배", "DHL Express"]
PAY_METHODS = ["carte_bancaire", "paypal", "apple_pay", "kakaopay", "naverpay", "tosspay", "klarna"]
TIERS = ["Éclat", "Lumière", "Prestige", "Welcome"]


def sku(f: Fake) -> str:
    line, size = f.pick(["SK", "MU", "HR", "BD"]), f.pick(["030", "050", "100", "200"])
    return f"ES-{line}-{f.r.randint(1000, 9999)}-{size}"


def product_line(full: bool = False) -> dict:
    item = {
        "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
        "sku": G(sku),
        "name": G(lambda f: f.pick(PRODUCTS)[0]),
        "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        "price": G(lambda f: f.money(9, 180)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }
    if full:
        item.update(
            {
                "category": G(lambda f: f.pick(PRODUCTS)[2]),
                "variant": G(lambda f: f.pick(SHADES)),
                "position": G(lambda f: f.r.randint(1, 24)),
                "url": G(lambda f: f"https://www.eclat-seoul.com/fr/p/{f.r.randint(1000, 9999)}"),
                "image_url": G(lambda f: f"https://cdn.eclat-seoul.com/products/{f.hexid(10)}.webp"),
            }
        )
    return item


# -- contexts -------------------------------------------------------------------------------------

PAGES = {
    "/fr/": "Éclat Séoul — Beauté coréenne et française",
    "/fr/maquillage/teint": "Teint | Éclat Séoul",
    "/ko/skincare": "스킨케어 | 에끌라 서울",
    "/fr/checkout": "Paiement | Éclat Séoul",
    "/fr/salons/reserver": "Réserver un rendez-vous",
    "/fr/diagnostic-peau": "Diagnostic de peau",
    "/en/gift-cards": "Gift cards | Éclat Séoul",
}


def web_context(f: Fake):
    ua, platform, mobile = f.pick(
        [
            (UA_IPHONE_SAFARI, "iOS", True),
            (UA_EDGE, "Windows", False),
            (UA_SAMSUNG, "Android", True),
            (UA_MAC, "macOS", False),
        ]
    )
    path = f.pick(list(PAGES))
    ctx = {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.69.0"),
        },
        "page": {
            "path": G(lambda f: path),
            "referrer": P(
                "https://www.google.com/", "", "https://search.naver.com/", "https://www.instagram.com/"
            ),
            "search": P("", "?utm_source=newsletter&utm_medium=email", "?ref=tiktok", "?shade=21N"),
            "title": G(lambda f: PAGES[path]),
            "url": G(lambda f: "https://www.eclat-seoul.com" + path),
        },
        "userAgent": G(lambda f: ua),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": P("124", "99", "8"),
                },
                3,
            ),
            "mobile": G(lambda f: mobile),
            "platform": G(lambda f: platform),
        },
        "locale": P("fr-FR", "ko-KR", "en-US", "fr-BE"),
        "timezone": P("Europe/Paris", "Asia/Seoul", "Europe/Brussels", "America/Montreal"),
        "consent": {
            "categoryPreferences": {
                "Advertising": P(True, False),
                "Analytics": P(True, False),
                "Functional": P(True, True, False),
                "DataSharing": P(True, False),
            }
        },
    }
    if f.r.random() < 0.4:
        ctx["campaign"] = {
            "name": P("printemps_glow", "k_beauty_week", "black_friday_24", "fete_des_meres"),
            "source": P("instagram", "newsletter", "naver", "google"),
            "medium": P("paid_social", "email", "cpc", "influencer"),
            "content": P("reel_cushion", "hero_banner", "story_02"),
            "term": P("cushion foundation", "crème cica", "쿠션 파운데이션"),
        }
    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Éclat Séoul"),
            "version": P("6.4.0", "6.4.1", "6.5.0"),
            "build": P("6400", "6411", "6502"),
            "namespace": G(lambda f: "com.eclatseoul.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": P("iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"),
            "name": P("iPhone", "iPad"),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": P("1.5.11", "1.6.0", "1.5.9")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": P("fr-FR", "ko-KR", "en-FR"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": G(lambda f: "iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(393, 430, 375), "height": P(852, 932, 667)},
        "timezone": P("Europe/Paris", "Asia/Seoul", "Europe/Zurich"),
    }


def kotlin_context(f: Fake):
    maker, model, dname = f.pick(
        [("samsung", "SM-S921N", "e1q"), ("samsung", "SM-A556B", "a55x"), ("Google", "Pixel 8", "shiba"),
         ("Xiaomi", "23090RA98G", "duchamp")]
    )  # fmt: skip
    ctx = {
        "app": {
            "name": G(lambda f: "Éclat Séoul"),
            "version": P("6.4.0", "6.4.2", "6.5.0"),
            "build": P("640012", "640213", "650001"),
            "namespace": G(lambda f: "com.eclatseoul.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: dname),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": P(True, False),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": P("1.16.0", "1.15.2", "1.16.3")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": P("fr-FR", "ko-KR", "fr-CH"),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "carrier": P("Orange F", "SKTelecom", "KT", "Free", "LG U+"),
            "bluetooth": P(False, True),
        },
        "os": {"name": G(lambda f: "Android"), "version": P("14", "13", "15")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": P(1080, 1440), "height": P(2340, 3120, 2400)},
        "timezone": P("Europe/Paris", "Asia/Seoul"),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 8 Build/TQ3A.230901.001)",
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556B Build/UP1A.231005.007)",
        ),
    }
    if f.r.random() < 0.3:
        ctx["location"] = {
            "latitude": Y(
                lambda f: round(f.pick([48.85, 37.52, 45.76, 35.16, 44.84]) + f.r.uniform(-0.05, 0.05), 6),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(f.pick([2.35, 127.03, 4.83, 129.16, -0.58]) + f.r.uniform(-0.05, 0.05), 6),
                "geolocation",
            ),
            "speed": P(0.0, 0.4, 1.2),
        }
    return ctx


def rn_context(f: Fake):
    maker, model, dname, dtype, osname, osv = f.pick(
        [
            ("Apple", "iPhone13,2", "iPhone", "ios", "iOS", "17.4"),
            ("samsung", "SM-G991N", "o1q", "android", "Android", "14"),
            ("Google", "Pixel 7", "panther", "android", "Android", "14"),
            ("Apple", "iPhone15,4", "iPhone", "ios", "iOS", "16.6"),
        ]
    )
    return {
        "app": {
            "name": G(lambda f: "Éclat Séoul Salon"),
            "version": P("2.9.0", "2.9.3", "3.0.1"),
            "build": P("290", "293", "301"),
            "namespace": G(lambda f: "com.eclatseoul.salon"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: maker),
            "model": G(lambda f: model),
            "name": G(lambda f: dname),
            "type": G(lambda f: dtype),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": P("2.17.0", "2.18.1", "2.19.2"),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": P("fr-FR", "ko-KR", "en-GB"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": G(lambda f: osname), "version": G(lambda f: osv)},
        "screen": {"width": P(390, 412, 360), "height": P(844, 915, 800)},
        "timezone": P("Europe/Paris", "Asia/Seoul", "Europe/Brussels"),
        "traits": {
            "email": Y(lambda f: who(f).email, "email"),
            "firstName": Y(lambda f: who(f).first, "name"),
            "loyaltyTier": P(*TIERS),
        },
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "에끌라 서울"),
            "version": P("4.2.0", "4.2.1", "4.3.0"),
            "build": P("420", "421", "430"),
            "namespace": G(lambda f: "kr.eclatseoul.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("samsung", "Apple", "LGE"),
            "model": P("SM-S928N", "iPhone15,3", "SM-F946N"),
            "type": P("android", "ios"),
        },
        "library": {"name": G(lambda f: "analytics-flutter"), "version": P("1.1.1", "1.1.3", "1.0.9")},
        "instanceId": G(lambda f: f.uuid()),
        "locale": P("ko-KR", "ko", "en-KR"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": P("Android", "iOS"), "version": P("14", "17.5", "13")},
        "screen": {"width": P(1080, 1179, 1440), "height": P(2340, 2556, 3120)},
        "timezone": G(lambda f: "Asia/Seoul"),
        "traits": {
            "email": Y(lambda f: kr(f, "me").email, "email"),
            "phone": Y(lambda f: kr(f, "me").phone, "phone"),
        },
    }


SERVER_LIBS = {
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3", "2.0.0"]),
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.3.1"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.3", "2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.0"]),
    "dotnet": ("analytics-csharp", ["2.3.4", "2.3.2", "2.4.0"]),
}


def server_context(lib: str):
    def ctx(f: Fake):
        name, versions = SERVER_LIBS[lib]
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "ruby"):
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
            c["userAgent"] = P(
                UA_IPHONE,
                UA_CHROME,
                UA_ANDROID,
            )
        if lib == "python" and f.r.random() < 0.5:
            c["externalIds"] = Many(
                {
                    "id": Y(lambda f: who(f).email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        if lib in ("java", "go") and f.r.random() < 0.5:
            c["locale"] = P("ko-KR", "fr-FR", "en-US")
            c["timezone"] = P("Asia/Seoul", "Europe/Paris", "America/Montreal")
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "ios": swift_context,
    "android": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{k: server_context(k) for k in SERVER_LIBS},
}

# -- events -----------------------------------------------------------------------------------------

CONCERNS = ["acne", "rosacea", "eczema", "psoriasis", "melasma", "perioral dermatitis", "keratosis pilaris"]
SENSITIVITIES = ["fragrance", "essential oils", "nickel", "parabens", "lanolin", "methylisothiazolinone"]
MEDICAL = ["hypertension", "diabetes type 1", "epilepsy", "varicose veins", "migraine", "asthma"]
MEDS = ["warfarin", "isotretinoin", "levothyroxine", "metformin", "sertraline", "Roaccutane"]


def gift_message(f: Fake) -> str:
    r, s = who(f, "recipient"), who(f, "me")
    return f.pick(
        [
            f"Joyeux anniversaire {r.first} ! Bisous, {s.first}",
            f"{r.first}, prends soin de toi ❤️ {s.first}",
            f"생일 축하해 {r.first}! - {s.first}",
            f"For {r.first}, with love from {s.first}",
            f"Pour ma maman {r.first}, bonne fête !",
            f"{r.first} 고마워요, 언제나 응원해요",
        ]
    )


def chat_text(f: Fake) -> str:
    p = who(f)
    return f.pick(
        [
            f"Bonjour, ma commande n'est pas arrivée, vous pouvez me joindre au {p.phone}",
            f"Hello, I used the wrong email at checkout, it should be {p.email}",
            f"배송지 변경 부탁드려요. 연락처 {kr(f).phone} 입니다",
            f"제 이메일은 {kr(f).email} 입니다. 적립금 확인 부탁드려요",
            f"Je n'ai pas reçu le mail de confirmation sur {p.email}",
            f"Can you call me back on {p.phone} about my appointment?",
        ]
    )


def booking_note(f: Fake) -> str:
    s, o = who(f, "staff"), who(f, "other")
    return f.pick(
        [
            f"Avec {s.first} si possible",
            f"Je viens avec ma fille {o.first}",
            f"{kr(f, 'staff').hangul_first} 디자이너님으로 부탁드려요",
            f"Same stylist as last time ({s.first})",
            f"Rendez-vous pris pour mon amie {o.full}",
            f"{kr(f, 'other').hangul_full}님과 같이 방문합니다",
        ]
    )


def salon_comment(f: Fake) -> str:
    return f.pick(
        [
            "Allergique à la PPD, merci de prévoir un test cutané",
            "Je suis enceinte de 5 mois, pas de produits à l'ammoniaque svp",
            "Eczéma sur le cuir chevelu, shampoing doux svp",
            "Allergie aux parfums, merci d'utiliser des produits sans parfum",
            "Psoriasis derrière les oreilles, merci d'en tenir compte",
            "Enceinte, je préfère éviter la coloration",
        ]
    )


EVENTS = [
    # -- identity ---------------------------------------------------------------------------------
    (
        "identify",
        None,
        ["web", "rn"],
        2,
        {
            "email": Y(lambda f: who(f).email, "email"),
            "firstName": Y(lambda f: who(f).first, "name"),
            "lastName": Y(lambda f: who(f).last, "name"),
            "phone": Y(lambda f: who(f).phone, "phone"),
            "birthday": Y(lambda f: dob(f), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "skinConcerns": Many(Y(lambda f: f.pick(CONCERNS), "condition"), 2),
            "address": {
                "street": Y(lambda f: who(f).street, "address|street"),
                "city": Y(lambda f: who(f).city, "city"),
                "postalCode": Y(lambda f: who(f).zip, "zipcode"),
                "country": P("FR", "KR", "BE", "CH", "CA"),
            },
            "avatar": Y(lambda f: selfie_url(f, "avatars"), "photo"),
            "createdAt": G(lambda f: f.iso()),
            "loyaltyTier": P(*TIERS),
            "loyaltyNumber": G(lambda f: "ES" + f.digits(10)),
            "loyaltyPoints": G(lambda f: f.r.randint(0, 12000)),
            "skinType": P("dry", "oily", "combination", "normal", "sensitive"),
            "emailVerified": P(True, False),
            "phoneVerified": P(True, False),
            "ageRange": P("18-24", "25-34", "35-44", "45-54", "55+"),
        },
    ),
    (
        "identify",
        None,
        ["flutter"],
        2,
        {
            "이름": Y(lambda f: kr(f, "me").hangul_full, "name"),
            "전화번호": Y(lambda f: kr(f, "me").phone, "phone"),
            "이메일": Y(lambda f: kr(f, "me").email, "email"),
            "생년월일": Y(lambda f: dob(f, f.pick(["iso", "kr"])), "birthdate"),
            "성별": Y(lambda f: f.pick(["여성", "남성", "선택 안 함"]), "gender"),
            "회원등급": P("VIP", "골드", "실버", "웰컴"),
            "회원번호": G(lambda f: f.digits(9)),
            "마케팅수신동의": P(True, False),
            "피부타입": P("건성", "지성", "복합성", "중성", "민감성"),
            "적립금": G(lambda f: f.r.randint(0, 50000)),
            "가입일": G(lambda f: f.date(2018, 2024)),
            "주소": {
                "우편번호": Y(lambda f: kr(f, "me").zip, "zipcode"),
                "기본주소": Y(lambda f: kr(f, "me").street, "address"),
                "상세주소": Y(lambda f: kr(f, "me").line2, "address|street"),
            },
        },
    ),
    (
        "identify",
        None,
        ["android"],
        1,
        {
            "nom": Y(lambda f: fr(f, "me").last, "name"),
            "prénom": Y(lambda f: fr(f, "me").first, "name"),
            "téléphone": Y(lambda f: fr(f, "me").phone, "phone"),
            "courriel": Y(lambda f: fr(f, "me").email, "email"),
            "adresse": Y(lambda f: f"{fr(f, 'me').street}, {fr(f, 'me').zip} {fr(f, 'me').city}", "address"),
            "civilité": Y(lambda f: f.pick(["Mme", "M.", "Mx", "Mme"]), "gender"),
            "date_de_naissance": Y(lambda f: dob(f, "fr"), "birthdate"),
            "type_de_peau": P("sèche", "grasse", "mixte", "normale"),
            "carte_fidélité": G(lambda f: "2901" + f.digits(9)),
            "optin_sms": P(True, False),
            "langue": P("fr", "fr-BE", "fr-CH"),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        1,
        {
            "CUSTOMER_ID": G(lambda f: f.digits(8)),
            "EMAIL_ADDRESS": Y(lambda f: who(f).email, "email"),
            "FIRST_NAME": Y(lambda f: who(f).first, "name"),
            "LAST_NAME": Y(lambda f: who(f).last, "name"),
            "PHONE_NUMBER": Y(lambda f: who(f).phone, "phone"),
            "BIRTHDAY_MMDD": Y(lambda f: f"{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}", "birthdate"),
            "HOME_CITY": Y(lambda f: who(f).city, "city"),
            "HOME_POSTCODE": Y(lambda f: who(f).zip, "zipcode"),
            "COUNTRY_CODE": P("FR", "KR", "BE", "CH"),
            "LOYALTY_TIER": P(*TIERS),
            "LTV_EUR": G(lambda f: f.money(0, 4000)),
            "ORDERS_COUNT": G(lambda f: f.r.randint(0, 60)),
            "PREFERRED_SALON_ID": G(lambda f: "SAL-" + f.digits(3)),
            "PREFERRED_STYLIST": Y(lambda f: who(f, "staff").full, "name"),
            "IS_SUBSCRIBER": P(True, False),
            "AGE_BAND": P("18-24", "25-34", "35-44", "45+"),
        },
    ),
    (
        "group",
        None,
        ["node"],
        1,
        {
            "name": G(lambda f: f.pick(SALONS)),
            "industry": P("Beauty salon", "Spa", "Hair salon"),
            "plan": P("franchise", "corner", "flagship"),
            "employees": G(lambda f: f.r.randint(3, 40)),
            "siret": G(siret),
            "salon_phone": G(lambda f: f.pick(SALON_PHONES)),
            "booking_email": P(
                "marais@eclat-seoul.com",
                "reservation.lyon@eclat-seoul.com",
                "garosu@eclat-seoul.kr",
                "contact@eclat-seoul.com",
            ),
            "salon_address": {
                "line1": P(
                    "12 rue Vieille du Temple",
                    "3 place Bellecour",
                    "51 quai des Chartrons",
                    "압구정로10길 32",
                ),
                "city": P("Paris", "Lyon", "Bordeaux", "서울"),
                "postal_code": P("75004", "69002", "33000", "06028"),
                "country": P("FR", "KR"),
            },
            "owner": {
                "name": Y(lambda f: who(f, "owner").full, "name"),
                "email": Y(lambda f: who(f, "owner").email, "email"),
                "mobile": Y(lambda f: who(f, "owner").phone, "phone"),
            },
        },
    ),
    (
        "group",
        None,
        ["java"],
        1,
        {
            "상호": P("에끌라 서울 가로수길점", "에끌라 서울 성수점", "에끌라 서울 해운대점"),
            "사업자등록번호": G(kr_brn),
            "대표자명": Y(lambda f: kr(f, "owner").hangul_full, "name"),
            "대표전화": P("02-545-7788", "02-3409-1120", "051-746-2200"),
            "사업장주소": P(
                "서울특별시 강남구 압구정로10길 32",
                "서울특별시 성동구 연무장길 41",
                "부산광역시 해운대구 구남로 24",
            ),
            "업종": P("미용업", "피부미용업", "헤어살롱"),
            "좌석수": G(lambda f: f.r.randint(4, 16)),
            "요금제": P("basic", "pro", "franchise"),
        },
    ),
    ("alias", None, ["web", "ios", "android"], 1, {}),
    (
        "page",
        None,
        ["web"],
        3,
        {
            "name": P("Home", "Category", "Product", "Checkout", "Salon Booking", "Skin Quiz"),
            "category": P("catalogue", "salons", "account", "editorial"),
            "path": P(*PAGES),
            "url": G(lambda f: "https://www.eclat-seoul.com" + f.pick(list(PAGES))),
            "title": P(*PAGES.values()),
            "referrer": P(
                "", "https://www.google.com/", "https://search.naver.com/", "https://l.instagram.com/"
            ),
            "search": P("", "?utm_source=kakao&utm_medium=alimtalk", "?page=2", "?sort=bestsellers"),
        },
    ),
    (
        "screen",
        None,
        ["ios", "android", "flutter"],
        2,
        {
            "name": P("Home", "Shade Finder", "Try On", "Booking", "Cart", "Loyalty", "홈", "예약"),
            "previous_screen": P("Home", "Search", "PDP", "Account"),
            "tab": P("shop", "salon", "me"),
        },
    ),
    # -- catalogue and cart ----------------------------------------------------------------------
    (
        "track",
        "Products Searched",
        ["web", "ios", "flutter"],
        2,
        {
            "query": P(
                "cushion",
                "crème cica",
                "sérum vitamine c",
                "쿠션 21호",
                "spf 50 sans parfum",
                "lip tint",
                "shampoing cheveux gras",
            ),
            "results_count": G(lambda f: f.r.randint(0, 140)),
            "search_type": P("typed", "suggested", "recent"),
        },
    ),
    (
        "track",
        "Product List Filtered",
        ["web", "android"],
        1,
        {
            "list_id": P("teint", "soin-visage", "cheveux", "k-beauty"),
            "category": P("Makeup", "Skincare", "Hair"),
            "filters": Many(
                {
                    "type": P("skin_type", "concern", "label", "price"),
                    "value": P("vegan", "pregnancy-safe", "fragrance-free", "oily", "acne", "0-30"),
                },
                3,
            ),
            "products": Many(
                {
                    "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
                    "sku": G(sku),
                    "position": G(lambda f: f.r.randint(1, 30)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["ios", "android", "rn", "web"],
        3,
        {
            **product_line(full=True),
            "size": G(lambda f: f.pick(PRODUCTS)[3]),
            "ean": G(ean13),
            "pregnancy_safe": P(True, False),
            "vegan": P(True, False),
            "rating_avg": G(lambda f: round(f.r.uniform(3.2, 4.9), 1)),
            "currency": P("EUR", "KRW"),
            "label": P("Best-seller", "Nouveau", "K-Beauty Award 2024", "Vegan", "Exclu web"),
        },
    ),
    (
        "track",
        "Product Added",
        ["web", "rn"],
        2,
        {
            "cart_id": G(lambda f: f.uuid()),
            **product_line(),
            "variant": G(lambda f: f.pick(SHADES)),
            "currency": P("EUR", "KRW"),
            "is_sample": P(True, False),
        },
    ),
    (
        "track",
        "Cart Viewed",
        ["web"],
        1,
        {
            "cart_id": G(lambda f: f.uuid()),
            "value": G(lambda f: f.money(15, 320)),
            "products": Many(product_line(), 4),
        },
    ),
    (
        "track",
        "Wishlist Product Added",
        ["ios"],
        1,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "wishlist_name": P("Mariage", "Noël", "Ma routine", "위시리스트", "Gifts for Mum"),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "sku": G(sku),
            "name": G(lambda f: f.pick(PRODUCTS)[0]),
        },
    ),
    (
        "track",
        "Wishlist Shared",
        ["ios"],
        1,
        {
            "wishlist_id": G(lambda f: f.uuid()),
            "share_via": P("email", "kakaotalk", "imessage"),
            "recipient_email": Y(lambda f: who(f, "recipient").email, "email"),
            "items_count": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Promotion Viewed",
        ["web"],
        1,
        {
            "promotion_id": G(lambda f: "promo_" + f.digits(4)),
            "name": P("K-Beauty Week", "Fête des mères", "Glass Skin Edit"),
            "position": P("home_top", "pdp_sidebar", "cart"),
        },
    ),
    (
        "track",
        "Coupon Applied",
        ["web"],
        1,
        {
            "cart_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "coupon_name": P("BIENVENUE10", "GLOW15", "SALON20", "KBEAUTY"),
            "discount": G(lambda f: f.money(3, 40)),
        },
    ),
    # -- checkout ---------------------------------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web"],
        2,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "value": G(lambda f: f.money(15, 320)),
            "revenue": G(lambda f: f.money(15, 320)),
            "shipping": P(0.0, 4.9, 6.9, 12.5),
            "tax": G(lambda f: f.money(2, 50)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": P("", "BIENVENUE10", "GLOW15"),
            "currency": P("EUR", "KRW"),
            "products": Many(product_line(), 3),
            "samples_selected": Many(G(sku), 3),
            "gift_wrap": P(True, False),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": P(2, 3, 4),
            "shipping_method": P(*CARRIERS),
            "shipping_address": {
                "first_name": Y(lambda f: who(f).first, "name"),
                "last_name": Y(lambda f: who(f).last, "name"),
                "line1": Y(lambda f: who(f).street, "address|street"),
                "line2": Y(lambda f: who(f).line2, "address|street"),
                "postal_code": Y(lambda f: who(f).zip, "zipcode"),
                "city": Y(lambda f: who(f).city, "city"),
                "country_code": P("FR", "KR", "BE", "CH", "JP"),
                "phone": Y(lambda f: who(f).phone, "phone"),
            },
            "pickup_point": {
                "id": G(lambda f: "MR" + f.digits(6)),
                "name": P(
                    "Tabac Le Balto",
                    "Relais Colis Pressing Saint-Maur",
                    "Carrefour City Oberkampf",
                    "GS25 역삼점",
                ),
                "address": P(
                    "12 rue Saint-Maur, 75011 Paris",
                    "84 avenue de Saxe, 69003 Lyon",
                    "서울특별시 강남구 역삼로 120",
                ),
            },
            "delivery_instructions": P(
                "", "Laisser au gardien", "문 앞에 놓아주세요", "Ne pas laisser devant la porte"
            ),
        },
    ),
    (
        "track",
        "Address Selected",
        ["web"],
        1,
        {
            "zonecode": Y(lambda f: kr(f, "me").zip, "zipcode"),
            "roadAddress": Y(lambda f: kr(f, "me").street, "address"),
            "roadAddressEnglish": Y(lambda f: kr(f, "me").road_en, "address"),
            "jibunAddress": Y(
                lambda f: (
                    f"{kr(f, 'me').sido} {kr(f, 'me').sigungu} {kr(f, 'me').dong} "
                    + f"{f.r.randint(1, 900)}-{f.r.randint(1, 40)}"
                ),
                "address",
            ),
            "buildingName": Y(lambda f: f.pick(KR_BUILDINGS), "address"),
            "sido": G(lambda f: kr(f, "me").sido),
            "sigungu": Y(lambda f: kr(f, "me").sigungu, "city"),
            "bname": Y(lambda f: kr(f, "me").dong, "address|city"),
            "userSelectedType": P("R", "J", "R"),
            "addressType": P("R", "J"),
            "label": P("집", "회사", "Maison", "Bureau", "Chez maman"),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "ios"],
        2,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": P(*PAY_METHODS),
            "card_brand": P("visa", "mastercard", "cb", "amex"),
            "card_last4": G(lambda f: d(f, 4)),
            "card_bin": P("497010", "513659", "404117", "375987"),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_same_as_shipping": P(True, False),
            "payment_method_id": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
        },
    ),
    (
        "track",
        "Paiement Échoué",
        ["php"],
        1,
        {
            "id_panier": G(lambda f: f.r.randint(10000, 99999)),
            "module": P("ps_checkout", "payplug", "stripe_official"),
            "numero_carte": RED(lambda f: f.card(), "credit card"),
            "cryptogramme": RED(lambda f: d(f, 3), "credit card"),
            "date_expiration": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "titulaire": Y(lambda f: fr(f, "me").full.upper(), "name"),
            "code_erreur": P("card_declined", "3ds_failed", "insufficient_funds", "expired_card"),
            "montant": G(lambda f: f.money(15, 320)),
        },
    ),
    (
        "track",
        "Customs Information Submitted",
        ["web"],
        1,
        {
            "checkout_id": G(lambda f: f.uuid()),
            "destination_country": G(lambda f: "KR"),
            "personal_customs_code": RED(lambda f: "P" + f.digits(12), "national id"),
            "recipient_name_hangul": Y(lambda f: kr(f, "me").hangul_full, "name"),
            "recipient_phone": Y(lambda f: kr(f, "me").phone, "phone"),
            "recipient_address": Y(lambda f: f"{kr(f, 'me').street}, {kr(f, 'me').line2}", "address"),
            "declared_value": G(lambda f: f.money(40, 300)),
            "currency": P("EUR", "USD", "KRW"),
            "hs_code": P("3304.99", "3305.10", "3304.10", "3307.90"),
        },
    ),
    (
        "track",
        "Order Completed",
        ["node"],
        3,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "checkout_id": G(lambda f: f.uuid()),
            "invoice_number": G(lambda f: f"FA-2024-{f.r.randint(1, 99999):05d}"),
            "total": G(lambda f: f.money(15, 320)),
            "subtotal": G(lambda f: f.money(15, 300)),
            "revenue": G(lambda f: f.money(12, 280)),
            "shipping": P(0.0, 4.9, 6.9),
            "tax": G(lambda f: f.money(2, 50)),
            "discount": G(lambda f: f.money(0, 30)),
            "coupon": P("", "GLOW15", "SALON20"),
            "currency": P("EUR", "KRW", "CHF"),
            "payment_method": P(*PAY_METHODS),
            "products": Many(product_line(full=True), 3),
            "billing_address": {
                "name": Y(lambda f: who(f).full, "name"),
                "line1": Y(lambda f: who(f).street, "address|street"),
                "city": Y(lambda f: who(f).city, "city"),
                "postal_code": Y(lambda f: who(f).zip, "zipcode"),
                "country": P("FR", "KR", "BE", "CH"),
            },
            "shipping_address": {
                "name": Y(lambda f: who(f, "recipient").full, "name"),
                "line1": Y(lambda f: who(f, "recipient").street, "address|street"),
                "city": Y(lambda f: who(f, "recipient").city, "city"),
                "postal_code": Y(lambda f: who(f, "recipient").zip, "zipcode"),
                "phone": Y(lambda f: who(f, "recipient").phone, "phone"),
                "country": P("FR", "KR", "BE", "CH", "JP"),
            },
            "customer_email": Y(lambda f: who(f).email, "email"),
            "is_first_order": P(True, False),
            "loyalty_points_earned": G(lambda f: f.r.randint(10, 600)),
            "gclid": Y(lambda f: "Cj0KCQjw" + b64url(f, 80), "advertising id"),
        },
    ),
    (
        "track",
        "Commande Validée",
        ["php"],
        1,
        {
            "id_commande": G(lambda f: f.r.randint(20000, 99999)),
            "référence": G(lambda f: alnum(f, 9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
            "montant_ttc": G(lambda f: f.money(15, 320)),
            "frais_de_port": P(0.0, 4.9, 6.9),
            "mode_de_paiement": P("Carte bancaire", "PayPal", "Alma 3x"),
            "transporteur": P("Colissimo", "Chronopost", "Mondial Relay"),
            "client": {
                "nom": Y(lambda f: fr(f, "me").last, "name"),
                "prénom": Y(lambda f: fr(f, "me").first, "name"),
                "email": Y(lambda f: fr(f, "me").email, "email"),
                "téléphone": Y(lambda f: fr(f, "me").phone, "phone"),
            },
            "adresse_livraison": {
                "adresse1": Y(lambda f: fr(f, "me").street, "address|street"),
                "adresse2": Y(lambda f: fr(f, "me").line2, "address|street"),
                "code_postal": Y(lambda f: fr(f, "me").zip, "zipcode"),
                "ville": Y(lambda f: fr(f, "me").city, "city"),
                "pays": P("France", "Belgique", "Suisse"),
            },
        },
    ),
    (
        "track",
        "주문완료",
        ["java"],
        2,
        {
            "order_id": G(lambda f: f"2024{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}-{f.digits(7)}"),
            "member_no": G(lambda f: f.digits(8)),
            "orderer_name": Y(lambda f: kr(f, "me").hangul_full, "name"),
            "orderer_cellphone": Y(lambda f: kr(f, "me").phone, "phone"),
            "orderer_email": Y(lambda f: kr(f, "me").email, "email"),
            "receiver_name": Y(lambda f: kr(f, "recipient").hangul_full, "name"),
            "receiver_cellphone": Y(lambda f: kr(f, "recipient").phone, "phone"),
            "receiver_phone": Y(
                lambda f: f.pick(["02", "031", "051", "032"]) + f"-{f.r.randint(200, 9999)}-{d(f, 4)}",
                "phone",
            ),
            "receiver_zipcode": Y(lambda f: kr(f, "recipient").zip, "zipcode"),
            "receiver_address1": Y(lambda f: kr(f, "recipient").street, "address"),
            "receiver_address2": Y(lambda f: kr(f, "recipient").line2, "address|street"),
            "shipping_message": P(
                "문 앞에 놓아주세요", "경비실에 맡겨주세요", "배송 전 연락 바랍니다", "부재시 문앞", ""
            ),
            "payment_method": P("card", "kakaopay", "naverpay", "tosspay", "virtual_account"),
            "payment_amount": G(lambda f: f.r.randint(12, 300) * 1000),
            "cash_receipt_identifier": Y(
                lambda f: kr(f, "me").phone.replace("-", "").replace(" ", "").replace("+82", "0"),
                "phone",
                True,
            ),
            "shipping_company": P("CJ대한통운", "우체국택배", "롯데택배"),
        },
    ),
    (
        "track",
        "Order Shipped",
        ["go"],
        1,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "carrier": P(*CARRIERS),
            "tracking_number": G(lambda f: f.pick(["6A", "8R", "XS"]) + f.digits(11)),
            "shipped_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Order Delivered",
        ["go"],
        1,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "carrier": P(*CARRIERS),
            "delivered_at": G(lambda f: f.iso()),
            "signed_by": Y(lambda f: who(f).last.upper(), "name"),
            "delivery_attempts": G(lambda f: f.r.randint(1, 3)),
            "pickup_point_name": P("", "Tabac Le Balto", "GS25 역삼점", "Relais Colis Pressing Saint-Maur"),
        },
    ),
    (
        "track",
        "Order Refunded",
        ["go"],
        1,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "refund_id": G(lambda f: "re_" + alnum(f, 24)),
            "amount": G(lambda f: f.money(5, 200)),
            "reason": P("damaged", "wrong_shade", "changed_mind", "late_delivery"),
            "refund_method": P("original_payment", "bank_transfer", "store_credit"),
            "refund_bank": P("신한은행", "국민은행", "카카오뱅크", "토스뱅크", "우리은행"),
            "refund_account_number": RED(kr_account, "bank account"),
            "refund_account_holder": Y(lambda f: kr(f, "me").hangul_full, "name"),
        },
    ),
    (
        "track",
        "Order Cancelled",
        ["ruby"],
        1,
        {
            "order_id": G(lambda f: "ES" + f.digits(9)),
            "reason": P("customer_request", "payment_failed", "out_of_stock", "fraud_review"),
            "cancelled_by": P("customer", "system", "cs_agent"),
            "agent_email": Y(
                lambda f: f"{who(f, 'staff').rfirst[0]}.{who(f, 'staff').rlast}@eclat-seoul.com", "email"
            ),
            "refund_issued": P(True, False),
        },
    ),
    # -- reviews ----------------------------------------------------------------------------------
    (
        "track",
        "Product Reviewed",
        ["rn", "web"],
        2,
        {
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "review_id": G(lambda f: f.uuid()),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "review_title": P(
                "Coup de cœur", "인생템이에요", "Too dark for me", "Parfait pour peau mixte", "Bof"
            ),
            "review_body": P(
                "Texture légère, tient toute la journée. Je rachèterai.",
                "발림성 좋고 촉촉해요. 재구매 의사 있어요!",
                "Shade 21N oxidises a bit after an hour.",
                "Un peu collant mais l'odeur est agréable.",
                "배송 빠르고 포장 꼼꼼해요",
                "Works well under SPF, no pilling.",
            ),
            "reviewer_nickname": Y(
                lambda f: f.pick(
                    [
                        who(f).first,
                        who(f).rfirst + str(f.r.randint(1, 99)),
                        who(f).first + " " + who(f).last[0] + ".",
                    ]
                ),
                "name",
            ),
            "reviewer_location": Y(lambda f: who(f).city, "city"),
            "reviewer_age_range": P("18-24", "25-34", "35-44", "45-54"),
            "reviewer_skin_type": P("dry", "oily", "combination", "sensitive"),
            "photo_urls": Many(Y(lambda f: selfie_url(f, "reviews"), "photo"), 3),
            "verified_buyer": P(True, False),
            "incentivized": P(True, False, False),
            "language": P("fr", "ko", "en"),
        },
    ),
    # -- beauty tools -----------------------------------------------------------------------------
    (
        "track",
        "Skin Quiz Completed",
        ["web", "ios"],
        2,
        {
            "quiz_id": G(lambda f: f.uuid()),
            "quiz_version": P("v3.2", "v3.3", "v4.0-beta"),
            "skin_type": P("dry", "oily", "combination", "normal"),
            "skin_concerns": Many(Y(lambda f: f.pick(CONCERNS), "condition"), 3),
            "sensitivities": Many(Y(lambda f: f.pick(SENSITIVITIES), "allergy"), 2),
            "pregnant_or_breastfeeding": Y(lambda f: f.pick([True, False, False]), "condition"),
            "using_isotretinoin": Y(lambda f: f.pick([True, False, False]), "medication"),
            "age_range": P("18-24", "25-34", "35-44", "45-54", "55+"),
            "routine_steps": G(lambda f: f.r.randint(2, 10)),
            "recommended_routine_id": G(lambda f: "RT-" + f.digits(4)),
            "recommended_skus": Many(G(sku), 4),
        },
    ),
    (
        "track",
        "Quiz Answer Submitted",
        ["android", "flutter"],
        2,
        {
            "quiz_id": G(lambda f: f.uuid()),
            "question_id": P("skin_type", "oiliness", "pore_size", "spf_usage", "routine_time"),
            "answer_index": G(lambda f: f.r.randint(0, 4)),
            "answer": P("oily", "every day", "morning only", "large", "sometimes", "지성"),
        },
    ),
    (
        "track",
        "Hair Diagnosis Completed",
        ["rn"],
        1,
        {
            "diagnosis_id": G(lambda f: f.uuid()),
            "hair_type": P("1B", "2A", "2C", "3B", "3C", "4A", "4C"),
            "porosity": P("low", "medium", "high"),
            "scalp_concerns": Many(
                Y(
                    lambda f: f.pick(
                        ["alopecia areata", "seborrheic dermatitis", "scalp psoriasis", "telogen effluvium"]
                    ),
                    "condition",
                ),
                2,
            ),
            "ethnicity": Y(
                lambda f: f.pick(
                    [
                        "East Asian",
                        "Black / African",
                        "White / European",
                        "North African",
                        "South Asian",
                        "Mixed",
                    ]
                ),
                "ethnicity",
            ),
            "chemical_treatments_last_6m": P(True, False),
            "ppd_allergy": Y(lambda f: f.pick([True, False, False]), "allergy"),
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "stylist_name": Y(lambda f: who(f, "staff").full, "name"),
        },
    ),
    (
        "track",
        "Shade Finder Completed",
        ["ios", "web"],
        2,
        {
            "session_id": G(lambda f: f.uuid()),
            "method": P("selfie", "quiz", "camera_live"),
            "undertone": P("warm", "cool", "neutral", "olive"),
            "depth": P("fair", "light", "medium", "tan", "deep"),
            "matched_shade": P(*SHADES[:-1]),
            "matched_sku": G(sku),
            "confidence": G(lambda f: round(f.r.uniform(0.55, 0.99), 2)),
            "brand": G(lambda f: f.pick(PRODUCTS)[1]),
        },
    ),
    (
        "track",
        "Selfie Uploaded",
        ["ios", "android"],
        2,
        {
            "upload_id": G(lambda f: f.uuid()),
            "selfie_url": Y(lambda f: selfie_url(f, "selfies"), "photo"),
            "image_width": P(1080, 1170, 1440),
            "face_detected": P(True, True, False),
            "biometric_consent": P(True, True, False),
            "purpose": P("shade_finder", "try_on", "skin_analysis"),
        },
    ),
    (
        "track",
        "Virtual Try-On Started",
        ["web", "ios"],
        2,
        {
            "tryon_session_id": G(lambda f: f.uuid()),
            "product_id": G(lambda f: str(f.r.randint(100000, 999999))),
            "shade": P(*SHADES[:-1]),
            "mode": P("live", "photo", "model"),
            "camera_permission": P("granted", "denied", "prompt"),
        },
    ),
    (
        "track",
        "Try-On Snapshot Saved",
        ["android", "ios"],
        1,
        {
            "snapshot_id": G(lambda f: f.uuid()),
            "snapshot_url": Y(lambda f: selfie_url(f, "tryon"), "photo"),
            "product_ids": Many(G(lambda f: str(f.r.randint(100000, 999999))), 3),
            "shared": P(True, False),
            "share_channel": P("instagram", "kakaotalk", "none", "whatsapp"),
        },
    ),
    # -- subscriptions and samples -----------------------------------------------------------------
    (
        "track",
        "Subscription Started",
        ["node"],
        1,
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 24)),
            "customer_id": G(lambda f: "cus_" + alnum(f, 14)),
            "plan_id": P("price_glowbox_monthly", "price_glowbox_quarterly", "price_kdiscovery"),
            "plan_name": P("Box Éclat Mensuelle", "Glow Box Trimestrielle", "K-Beauty Discovery"),
            "interval": P("month", "quarter", "year"),
            "price": P(19.9, 24.9, 54.0),
            "currency": P("EUR", "CHF", "KRW"),
            "next_billing_date": G(lambda f: f.date(2024, 2025)),
            "default_payment_method": RED(lambda f: "pm_1" + alnum(f, 23), "token"),
            "card_last4": G(lambda f: d(f, 4)),
            "billing_details": {
                "name": Y(lambda f: who(f).full, "name"),
                "email": Y(lambda f: who(f).email, "email"),
                "phone": Y(lambda f: who(f).phone, "phone"),
                "address": {
                    "line1": Y(lambda f: who(f).street, "address|street"),
                    "postal_code": Y(lambda f: who(f).zip, "zipcode"),
                    "city": Y(lambda f: who(f).city, "city"),
                    "country": P("FR", "BE", "CH", "KR"),
                },
            },
        },
    ),
    (
        "track",
        "Subscription Box Customised",
        ["rn"],
        1,
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 24)),
            "selected_skus": Many(G(sku), 4),
            "excluded_ingredients": Many(P("fragrance", "alcohol", "retinol", "niacinamide", "silicones"), 3),
        },
    ),
    (
        "track",
        "Subscription Cancelled",
        ["python"],
        1,
        {
            "subscription_id": G(lambda f: "sub_" + alnum(f, 24)),
            "reason": P("too_expensive", "too_many_products", "moving", "other"),
            "reason_text": P(
                "Trop de produits chaque mois",
                "가격이 부담돼요",
                "I prefer choosing my own products",
                "Pause pour l'été",
                "",
            ),
            "months_active": G(lambda f: f.r.randint(1, 30)),
            "refund_issued": P(True, False),
        },
    ),
    (
        "track",
        "Sample Requested",
        ["web"],
        1,
        {
            "sample_sku": G(sku),
            "sample_name": P(
                "Mini Cica Cream 5 ml", "Cushion tester 21N", "Sérum Éclat 3 ml", "Sun Stick mini"
            ),
            "source": P("pdp", "checkout", "quiz", "instagram_ad"),
            "email": Y(lambda f: who(f).email, "email"),
            "shipping_postcode": Y(lambda f: who(f).zip, "zipcode"),
            "consent_marketing": P(True, False),
        },
    ),
    # -- salons and spa ---------------------------------------------------------------------------
    (
        "track",
        "Salon Search",
        ["android", "ios"],
        2,
        {
            "query": P(*CITIES_SEARCHED),
            "latitude": Y(
                lambda f: round(
                    f.pick([48.857, 37.517, 45.764, 35.163, 44.841]) + f.r.uniform(-0.04, 0.04), 6
                ),
                "geolocation",
            ),
            "longitude": Y(
                lambda f: round(
                    f.pick([2.352, 127.047, 4.835, 129.163, -0.580]) + f.r.uniform(-0.04, 0.04), 6
                ),
                "geolocation",
            ),
            "radius_km": P(2, 5, 10, 25),
            "results_count": G(lambda f: f.r.randint(0, 14)),
            "service_filter": P("all", "hair", "spa", "makeup", "nails"),
            "open_now": P(True, False),
        },
    ),
    (
        "track",
        "Salon Viewed",
        ["rn", "web"],
        2,
        {
            "salon_id": G(lambda f: "SAL-" + f.digits(3)),
            "salon_name": P(*SALONS),
            "salon_city": P("Paris", "Lyon", "Bordeaux", "서울", "부산"),
            "salon_address": P(*SALON_ADDR),
            "salon_phone": P(*SALON_PHONES),
            "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 1)),
            "distance_km": G(lambda f: f.money(0, 15)),
        },
    ),
    (
        "track",
        "Stylist Profile Viewed",
        ["web", "rn"],
        2,
        {
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "stylist_name": Y(lambda f: who(f, "staff").full, "name"),
            "stylist_photo_url": Y(lambda f: f"https://cdn.eclat-seoul.com/team/{f.hexid(12)}.jpg", "photo"),
            "stylist_level": P(*STYLIST_LEVELS),
            "years_experience": G(lambda f: f.r.randint(1, 25)),
            "specialties": Many(P("balayage", "curly hair", "K-perm", "bridal", "men's cuts", "head spa"), 3),
            "rating": G(lambda f: round(f.r.uniform(4.0, 5.0), 1)),
            "salon_id": G(lambda f: "SAL-" + f.digits(3)),
        },
    ),
    (
        "track",
        "Appointment Booked",
        ["ios", "rn"],
        3,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "salon_id": G(lambda f: "SAL-" + f.digits(3)),
            "salon_name": P(*SALONS),
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "stylist_name": Y(lambda f: who(f, "staff").first, "name"),
            "service_id": G(lambda f: "SRV-" + f.digits(3)),
            "service_name": P(*SERVICES_FR),
            "duration_min": P(30, 45, 60, 90, 120),
            "price": G(lambda f: f.money(25, 220)),
            "currency": P("EUR", "KRW"),
            "start_time": G(cet),
            "booked_for": P("self", "someone_else", "child"),
            "guest": {
                "first_name": Y(lambda f: who(f, "other").first, "name"),
                "last_name": Y(lambda f: who(f, "other").last, "name"),
                "phone": Y(lambda f: who(f, "other").phone, "phone"),
            },
            "deposit_paid": P(True, False),
            "reminder_channel": P("sms", "email", "push", "kakao"),
            "stylist_gender_preference": P("female", "male", "no_preference"),
        },
    ),
    (
        "track",
        "Appointment Note Added",
        ["ios", "web"],
        1,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "note": Y(booking_note, "name", True),
            "chars": G(lambda f: f.r.randint(12, 80)),
        },
    ),
    (
        "track",
        "Rendez-vous Confirmé",
        ["php"],
        2,
        {
            "id_rdv": G(lambda f: f.r.randint(100000, 999999)),
            "salon": P(*SALONS[:2], SALONS[4]),
            "prestation": P(*SERVICES_FR),
            "coiffeur": Y(lambda f: fr(f, "staff").first, "name"),
            "date_rdv": G(lambda f: f.date(2024, 2025)),
            "heure": P("09:30", "11:00", "14:30", "17:15", "18:45"),
            "durée_min": P(30, 60, 90, 120),
            "prix": G(lambda f: f.money(25, 220)),
            "client": {
                "civilité": Y(lambda f: f.pick(["Mme", "M.", "Mme", "Mlle"]), "gender"),
                "nom": Y(lambda f: fr(f, "me").last, "name"),
                "prénom": Y(lambda f: fr(f, "me").first, "name"),
                "téléphone": Y(lambda f: fr(f, "me").phone, "phone"),
                "email": Y(lambda f: fr(f, "me").email, "email"),
            },
            "rappel_sms": P(True, False),
            "commentaire": Y(salon_comment, "allergy|condition", True),
        },
    ),
    (
        "track",
        "예약완료",
        ["java"],
        2,
        {
            "예약번호": G(lambda f: "R" + f.digits(10)),
            "매장명": P("에끌라 서울 가로수길점", "에끌라 서울 성수점", "에끌라 서울 해운대점"),
            "시술명": P(*SERVICES_KR),
            "담당디자이너": Y(
                lambda f: kr(f, "staff").hangul_first + " " + f.pick(["실장", "원장", "디자이너"]), "name"
            ),
            "예약일시": G(kst),
            "결제금액": G(lambda f: f.r.randint(20, 300) * 1000),
            "예약자명": Y(lambda f: kr(f, "me").hangul_full, "name"),
            "연락처": Y(lambda f: kr(f, "me").phone, "phone"),
            "생년월일": Y(lambda f: dob(f, "kr"), "birthdate"),
            "요청사항": P(
                "",
                "조용한 시술 원해요",
                "주차 가능한가요?",
                "앞머리는 짧게 자르지 말아주세요",
                "커피 말고 차로 주세요",
            ),
            "쿠폰사용": P(True, False),
        },
    ),
    (
        "track",
        "Appointment Checked In",
        ["dotnet"],
        2,
        {
            "AppointmentId": G(lambda f: f.r.randint(1000000, 9999999)),
            "SalonCode": P("PAR-MAR", "LYS-BEL", "SEL-GRS", "SEL-SSU"),
            "ClientName": Y(lambda f: who(f).full, "name"),
            "ClientMobile": Y(lambda f: who(f).phone, "phone"),
            "ClientEmail": Y(lambda f: who(f).email, "email"),
            "StylistName": Y(lambda f: who(f, "staff").full, "name"),
            "ServiceCode": P("CUT-W", "BAL-L", "HSPA-60", "FACE-GLASS"),
            "CheckInTime": G(lambda f: f.iso()),
            "IsWalkIn": P(True, False),
        },
    ),
    (
        "track",
        "Appointment Rescheduled",
        ["flutter"],
        1,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "old_start_time": G(kst),
            "new_start_time": G(kst),
            "reason": P("schedule_conflict", "stylist_unavailable", "sick", "other"),
            "rescheduled_by": P("customer", "salon", "cs_agent"),
        },
    ),
    (
        "track",
        "Appointment Cancelled",
        ["rn"],
        1,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "hours_before": G(lambda f: f.r.randint(0, 240)),
            "cancellation_fee": P(0, 15, 25),
            "reason": P("schedule_conflict", "found_cheaper", "other", "weather"),
        },
    ),
    (
        "track",
        "Spa Intake Form Submitted",
        ["web"],
        1,
        {
            "intake_id": G(lambda f: f.uuid()),
            "treatment": P(
                "Massage prénatal", "Hydrafacial", "Soin visage coréen", "Head spa", "Drainage lymphatique"
            ),
            "dob": Y(lambda f: dob(f, f.pick(["iso", "fr"])), "birthdate"),
            "is_pregnant": Y(lambda f: f.pick([True, False, False]), "condition"),
            "pregnancy_weeks": Y(lambda f: f.r.randint(12, 36), "condition"),
            "medical_conditions": Many(Y(lambda f: f.pick(MEDICAL), "condition"), 2),
            "allergies": Many(
                Y(lambda f: f.pick([*SENSITIVITIES, "latex", "nuts (almond oil)"]), "allergy"), 2
            ),
            "current_medications": Many(Y(lambda f: f.pick(MEDS), "medication"), 2),
            "on_blood_thinners": Y(lambda f: f.pick([True, False, False]), "medication"),
            "therapist_gender_preference": P("female", "male", "no_preference"),
            "emergency_contact": {
                "name": Y(lambda f: who(f, "other").full, "name"),
                "phone": Y(lambda f: who(f, "other").phone, "phone"),
                "relationship": P("partner", "mother", "friend", "sister"),
            },
            "signature_name": Y(lambda f: who(f).full, "name"),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["php"],
        1,
        {
            "your-name": Y(lambda f: who(f).full, "name"),
            "your-email": Y(lambda f: who(f).email, "email"),
            "your-phone": Y(lambda f: who(f).phone, "phone"),
            "bride-name": Y(lambda f: who(f, "other").full, "name"),
            "your-subject": P(
                "Maquillage mariage", "Devis soin de groupe", "Bridal makeup enquiry", "Question"
            ),
            "your-message": P(
                "Bonjour, nous serions 5 pour un maquillage le matin du mariage.",
                "Do you do trials for bridal hair in Lyon?",
                "Auriez-vous des disponibilités en juin pour un EVJF ?",
                "Quels sont vos tarifs pour un groupe de 4 ?",
            ),
            "wedding-date": G(lambda f: f.date(2024, 2026)),
            "venue-city": P("Annecy", "Bordeaux", "Lyon", "Saint-Émilion", "Jeju"),
            "party-size": G(lambda f: f.r.randint(1, 8)),
            "trial-requested": P("oui", "non", "je ne sais pas encore"),
        },
    ),
    (
        "track",
        "Kids Haircut Booked",
        ["rn"],
        1,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "child_first_name": Y(lambda f: who(f, "child").first, "name"),
            "child_birthdate": Y(lambda f: f.date(2012, 2022), "birthdate"),
            "child_age": G(lambda f: f.r.randint(2, 12)),
            "guardian_phone": Y(lambda f: who(f).phone, "phone"),
            "service_name": P("Coupe enfant", "키즈 커트", "Coupe enfant + shampoing"),
            "salon_id": G(lambda f: "SAL-" + f.digits(3)),
        },
    ),
    (
        "track",
        "Tip Added",
        ["ios"],
        1,
        {
            "appointment_id": G(lambda f: "apt_" + f.hexid(12)),
            "tip_amount": P(2, 5, 10, 15),
            "tip_percent": P(5, 10, 15, 20),
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "stylist_first_name": Y(lambda f: who(f, "staff").first, "name"),
        },
    ),
    (
        "track",
        "Stylist Shift Published",
        ["go"],
        1,
        {
            "shift_id": G(lambda f: f.uuid()),
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "stylist_name": Y(lambda f: who(f, "staff").full, "name"),
            "stylist_email": Y(lambda f: who(f, "staff").email, "email"),
            "hourly_rate": Y(lambda f: f.pick([12.5, 14.0, 16.75, 18.2, 22.0]), "salary"),
            "contract_type": P("CDI", "CDD", "freelance", "정규직"),
            "salon_id": G(lambda f: "SAL-" + f.digits(3)),
            "start": G(lambda f: f.iso()),
            "end": G(lambda f: f.iso()),
            "break_minutes": P(30, 45, 60),
        },
    ),
    (
        "track",
        "Payout Account Added",
        ["ruby"],
        1,
        {
            "stylist_id": G(lambda f: "STY-" + f.digits(4)),
            "account_holder": Y(lambda f: who(f, "staff").full, "name"),
            "date_of_birth": Y(lambda f: dob(f), "birthdate"),
            "iban": RED(lambda f: f.iban(f.pick(["FR", "FR", "DE", "ES", "NL"])), "bank account"),
            "bic": P("BNPAFRPPXXX", "AGRIFRPP882", "SOGEFRPP", "CCBPFRPPNAN"),
            "payout_schedule": P("daily", "weekly", "monthly"),
            "verification_status": P("pending", "verified", "requires_document"),
        },
    ),
    # -- loyalty and gift cards ---------------------------------------------------------------------
    (
        "track",
        "Loyalty Tier Upgraded",
        ["python"],
        1,
        {
            "member_number": G(lambda f: "ES" + f.digits(10)),
            "previous_tier": P(*TIERS),
            "new_tier": P(*TIERS),
            "points_balance": G(lambda f: f.r.randint(0, 20000)),
            "birthday_reward_eligible": P(True, False),
        },
    ),
    (
        "track",
        "Points Redeemed",
        ["rn", "flutter"],
        1,
        {
            "member_number": G(lambda f: "ES" + f.digits(10)),
            "points": P(500, 1000, 2500, 5000),
            "reward_name": P("Mini Cica Cream", "Head spa 30 min", "-10 € bon d'achat", "샘플 키트"),
        },
    ),
    (
        "track",
        "Referral Sent",
        ["ios"],
        1,
        {
            "referral_code": G(lambda f: alnum(f, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ") + f.digits(3)),
            "channel": P("email", "kakaotalk", "sms", "copy_link"),
            "invitee_email": Y(lambda f: who(f, "friend").email, "email"),
            "reward_amount": P(5, 10, 15),
        },
    ),
    (
        "track",
        "Gift Card Purchased",
        ["web"],
        1,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "amount": P(25, 50, 75, 100, 150),
            "currency": P("EUR", "CHF", "EUR"),
            "design": P("Joyeux anniversaire", "생일 축하해", "Merci", "Fête des mères"),
            "delivery_method": P("email", "sms", "kakaotalk", "print"),
            "delivery_date": G(lambda f: f.date(2024, 2025)),
            "recipient_name": Y(lambda f: who(f, "recipient").full, "name"),
            "recipient_email": Y(lambda f: who(f, "recipient").email, "email"),
            "recipient_phone": Y(lambda f: who(f, "recipient").phone, "phone"),
            "sender_name": Y(lambda f: who(f).first, "name"),
            "message": Y(gift_message, "name", True),
        },
    ),
    (
        "track",
        "Gift Card Redeemed",
        ["node"],
        1,
        {
            "gift_card_id": G(lambda f: "gc_" + f.hexid(12)),
            "code": RED(
                lambda f: "-".join(alnum(f, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)),
                "secret|token",
            ),
            "pin": RED(lambda f: d(f, 4), "password|secret"),
            "amount_applied": G(lambda f: f.money(5, 150)),
            "remaining_balance": G(lambda f: f.money(0, 100)),
            "order_id": G(lambda f: "ES" + f.digits(9)),
        },
    ),
    # -- accounts ---------------------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["web", "flutter"],
        2,
        {
            "method": P("email", "kakao", "naver", "apple", "google"),
            "email": Y(lambda f: who(f).email, "email"),
            "marketing_opt_in": P(True, False),
            "password_strength": P("weak", "fair", "strong"),
            "referral_code": G(
                lambda f: f.pick(["", "", alnum(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ")]) + f.digits(3)
            ),
            "age_confirmed": P(True, True, False),
            "signup_source": P("checkout", "header", "quiz_result", "salon_tablet"),
        },
    ),
    (
        "track",
        "Signed In",
        ["android", "ios"],
        2,
        {
            "method": P("email", "kakao", "naver", "apple", "google"),
            "kakao_user_id": G(lambda f: f.r.randint(1000000000, 3999999999)),
            "login_attempts": G(lambda f: f.r.randint(1, 4)),
            "biometric_enabled": P(True, False),
        },
    ),
    (
        "track",
        "OTP Verified",
        ["flutter"],
        1,
        {
            "channel": P("sms", "kakao", "voice"),
            "phone": Y(lambda f: kr(f, "me").phone, "phone"),
            "otp_code": RED(lambda f: d(f, 6), "token"),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "verified": P(True, True, False),
            "carrier": P("SKT", "KT", "LG U+", "알뜰폰"),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        1,
        {
            "email": Y(lambda f: who(f).email, "email"),
            "link_token": RED(lambda f: b64url(f, 43), "token"),
            "expires_in_s": P(600, 900, 1800),
            "redirect_path": P("/fr/compte", "/fr/checkout", "/ko/mypage"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["ruby"],
        1,
        {
            "email": Y(lambda f: who(f).email, "email"),
            "reset_token": RED(lambda f: f.hexid(40), "token"),
            "requested_from_ip": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": P(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.3",
            ),
        },
    ),
    (
        "track",
        "Consent Updated",
        ["web"],
        1,
        {
            "email_marketing": P(True, False),
            "sms_marketing": P(True, False),
            "personalised_ads": P(True, False),
            "consent_version": P("2024-03", "2024-06", "2023-11"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "consented_at": G(lambda f: f.iso()),
        },
    ),
    # -- vendor-shaped --------------------------------------------------------------------------
    (
        "track",
        "Back in Stock Subscribed",
        ["node"],
        1,
        {
            "$email": Y(lambda f: who(f).email, "email"),
            "$phone_number": Y(lambda f: who(f).phone, "phone"),
            "$first_name": Y(lambda f: who(f).first, "name"),
            "$consent": Many(P("email", "sms", "web"), 2),
            "$source": P("pdp_form", "wishlist", "popup"),
            "ProductID": G(lambda f: str(f.r.randint(100000, 999999))),
            "ProductName": G(lambda f: f.pick(PRODUCTS)[0]),
            "VariantName": G(lambda f: f.pick(SHADES)),
            "$value": G(lambda f: f.money(9, 180)),
        },
    ),
    (
        "track",
        "Purchase",
        ["python"],
        1,
        {
            "event_time": G(lambda f: f.r.randint(1_704_000_000, 1_735_000_000)),
            "action_source": P("website", "app", "physical_store"),
            "event_source_url": P(
                "https://www.eclat-seoul.com/fr/checkout/merci",
                "https://www.eclat-seoul.com/ko/order/complete",
                "https://www.eclat-seoul.com/fr/checkout/confirmation",
            ),
            "user_data": {
                "em": Y(lambda f: f.hexid(64), "email"),
                "ph": Y(lambda f: f.hexid(64), "phone"),
                "zp": Y(lambda f: f.hexid(64), "zipcode"),
                "fn": Y(lambda f: f.hexid(64), "name"),
                "external_id": G(lambda f: f.hexid(64)),
                "client_ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
                "client_user_agent": P(
                    UA_INSTAGRAM,
                    UA_CHROME,
                    UA_ANDROID,
                ),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10 - 1)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + b64url(f, 56), "advertising id"),
            },
            "custom_data": {
                "value": G(lambda f: f.money(15, 320)),
                "currency": P("EUR", "KRW", "CHF"),
                "content_ids": Many(G(sku), 3),
            },
        },
    ),
    (
        "track",
        "Offline Conversion Uploaded",
        ["go"],
        1,
        {
            "gclid": Y(lambda f: "EAIaIQobChMI" + b64url(f, 60), "advertising id"),
            "gbraid": Y(lambda f: "0AAAAAD" + b64url(f, 40), "advertising id"),
            "conversion_action": P(
                "customers/4821930551/conversionActions/611238901",
                "customers/4821930551/conversionActions/611238944",
                "customers/4821930551/conversionActions/611239012",
            ),
            "conversion_value": G(lambda f: f.money(15, 320)),
            "currency_code": P("EUR", "KRW", "CHF"),
            "conversion_date_time": G(
                lambda f: f"{day(f)} {f.r.randint(0, 23):02d}:{f.r.randint(0, 59):02d}:00+02:00"
            ),
            "order_id": G(lambda f: "ES" + f.digits(9)),
        },
    ),
    (
        "track",
        "Email Opened",
        ["python"],
        2,
        {
            "email": Y(lambda f: who(f).email, "email"),
            "sg_event_id": G(lambda f: b64url(f, 22)),
            "smtp-id": G(lambda f: f"<{f.uuid()}@mail.eclat-seoul.com>"),
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "template": P("order_confirmation", "appointment_reminder", "k_beauty_week", "birthday_gift"),
            "useragent": P(
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
                UA_IPHONE,
                "Microsoft Outlook 16.0",
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "category": Many(P("transactional", "salon", "newsletter", "fr", "kr"), 2),
        },
    ),
    (
        "track",
        "SMS Reply Received",
        ["node"],
        1,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(
                lambda f: (
                    "AC"
                    + f.pick(
                        [
                            "3f1c9e0a7b2d4c6e8f0a1b2c3d4e5f60",
                            "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
                            "5e0d2c7a9b1f4e3d8c6a2b0f9e7d1c3a",
                        ]
                    )
                )
            ),
            "From": Y(lambda f: f"+33{f.pick([6, 7])}{d(f, 8)}", "phone"),
            "To": P("+33757901234", "+33644601122", "+33757905678"),
            "Body": P("OUI", "1", "ANNULER", "STOP", "C", "Ok merci", "oui je confirme"),
            "FromCountry": P("FR", "BE", "CH"),
        },
    ),
    (
        "track",
        "Alimtalk Sent",
        ["java"],
        1,
        {
            "template_code": P("BOOKING_CONFIRM_V2", "REMINDER_D1", "ORDER_SHIPPED", "REVIEW_REQUEST"),
            "receiver_phone": Y(lambda f: kr(f, "me").phone.replace("-", "").replace(" ", ""), "phone"),
            "result_code": P("0000", "3018", "0000", "3008"),
            "msg_id": G(lambda f: f.digits(18)),
            "sent_at": G(kst),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        1,
        {
            "ticket_id": G(lambda f: f.r.randint(100000, 999999)),
            "subject": P(
                "Colis non reçu",
                "Mauvaise teinte reçue",
                "적립금 문의",
                "Code promo non appliqué",
                "Modifier mon rendez-vous",
            ),
            "requester": {
                "name": Y(lambda f: who(f).full, "name"),
                "email": Y(lambda f: who(f).email, "email"),
            },
            "assignee": {
                "name": Y(lambda f: who(f, "staff").full, "name"),
                "group_email": P("support@eclat-seoul.com", "cs-kr@eclat-seoul.kr", "salons@eclat-seoul.com"),
            },
            "priority": P("low", "normal", "high", "urgent"),
            "tags": Many(P("livraison", "teinte", "remboursement", "salon", "적립금"), 3),
            "via": P("web", "email", "chat", "phone"),
            "requester_phone": Y(lambda f: who(f).phone, "phone"),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["web", "flutter"],
        2,
        {
            "chat_id": G(lambda f: f.hexid(24)),
            "message_id": G(lambda f: f.uuid()),
            "sender_type": G(lambda f: "user"),
            "text": Y(chat_text, "email|phone", True),
            "language": P("fr", "ko", "en"),
            "attachments_count": P(0, 0, 1, 2),
        },
    ),
    (
        "track",
        "Booking Lookup Submitted",
        ["web"],
        1,
        {
            "q": Y(lambda f: f.pick([who(f).email, who(f).phone]), "email|phone", True),
            "found": P(True, False),
            "results": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Newsletter Form Submitted",
        ["web"],
        1,
        {
            "input": Y(lambda f: who(f).email, "email", True),
            "form_location": P("footer", "popup", "checkout", "blog"),
            "incentive": P("-10%", "sample", "none"),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["rn", "web"],
        1,
        {
            "form_id": P("profile", "account_details", "loyalty_signup"),
            "field": {
                "name": P("birthday", "birthdate", "date_of_birth"),
                "value": Y(lambda f: dob(f, f.pick(["iso", "fr"])), "birthdate", True),
            },
            "time_to_complete_ms": G(lambda f: f.r.randint(800, 14000)),
        },
    ),
    (
        "track",
        "Duty Free Pre-order Placed",
        ["flutter"],
        1,
        {
            "preorder_id": G(lambda f: "DF" + f.digits(10)),
            "passport_number": RED(
                lambda f: (
                    f.pick(["M", "M", "S"]) + f.digits(8)
                    if f.r.random() < 0.6
                    else f.digits(2) + alnum(f, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + f.digits(5)
                ),
                "passport",
            ),
            "passport_name": Y(lambda f: f"{kr(f, 'me').rlast.upper()} {kr(f, 'me').rfirst.upper()}", "name"),
            "nationality": Y(lambda f: f.pick(["KOR", "FRA", "JPN", "CHN", "USA"]), "citizenship"),
            "date_of_birth": Y(lambda f: dob(f, "kr"), "birthdate"),
            "departure_date": G(lambda f: f.date(2024, 2025)),
            "flight_number": P("KE901", "AF267", "OZ501", "KE5901", "7C1101"),
            "departure_airport": P("ICN", "GMP", "PUS"),
            "total_usd": G(lambda f: f.money(40, 800)),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, weight, body in EVENTS:
            for _ in range(weight):
                _EVENT.clear()
                client = f.pick(clients)
                msg = {
                    "type": kind,
                    "messageId": f.uuid() if client not in ("web",) else "ajs-next-" + f.hexid(32),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": f.digits(8),
                }
                if kind == "alias":
                    msg["previousId"] = msg.pop("anonymousId")
                if kind == "group":
                    msg["groupId"] = "SAL-" + f.digits(3)
                if event:
                    msg["event"] = event
                if body:
                    section = "traits" if kind in ("identify", "group") else "properties"
                    msg[section] = render(body, f, section, labels)
                msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
                events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=109, repeats=16)
    write(Path(__file__).parent, "holdout109_", events, labels)
