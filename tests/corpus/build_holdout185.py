"""Writes holdout185: tests/corpus/holdout185_events.jsonl and holdout185_labels.json.

Sealed: written from the brief, REFERENCE.md and the corpus helpers only, without reading the
detection engine, its vocabularies, its tests or any other corpus's labels, and without running the
engine or the evaluator on these events. Nothing here was tuned to the engine.

Domain: Estancia, a hotel chain and serviced-apartment booking platform in Spain, Italy and Japan.
Hotel search and booking (Segment e-commerce spec: Products Searched, Product List Viewed, Checkout
Started, Order Completed ...), lead guest and companion details, the mandatory police registration
of travellers (Spain's SES.Hospedajes parte de viajeros with Spanish keys, Italy's Alloggiati Web
schedina with Italian keys, Japan's ryokan guest register, shukuhaku meibo, with romanised Japanese
keys), online check-in with OCR document scans, MRZ and selfies, room preferences and accessibility
requests, special requests in free text, spa health questionnaires, loyalty accounts and point
transfers, gift vouchers, card guarantees (Stripe- and Adyen-shaped), deposits and refunds to
IBANs and Japanese bank accounts, mobile keys and apartment door codes, parking plates, housekeeping
and front-desk staff actions (PascalCase from a .NET PMS, SCREAMING_SNAKE from a warehouse
reverse-ETL), Twilio / WhatsApp / SendGrid / Meta CAPI shaped payloads, ad click ids, reviews and
hotel replies, corporate accounts (group calls) and alias calls.

Clients: analytics.js (guest site and the internal front-desk console), analytics-swift,
analytics-kotlin, analytics-react-native, analytics_flutter, and the python, node, go, java, ruby,
php and .NET server libraries, each with the context block that library sends (context.ip, device,
app, os, screen, network, locale, timezone, userAgent, page, campaign, traits, location,
externalIds, instanceId).

Values: people from many cultures (Spanish with two surnames, Italian, Japanese in romaji, kanji and
katakana, English, German, French, Korean, Chinese, Brazilian, Mexican, Indian, Nigerian, Moroccan;
Filipino, Romanian and Peruvian staff), national phone formats, addresses per country, Spanish DNI
and NIE with their check letter, Italian codice fiscale with its check character, passports per
issuing country, ICAO MRZ lines with valid 7-3-1 check digits, Luhn cards (Visa, Mastercard, Amex,
JCB), mod-97 IBANs (ES with its national DC digits, IT with CIN), EHIC numbers.

Conventions: mostly camelCase and snake_case English keys; about 15 % other conventions (.NET
PascalCase, Twilio PascalCase, kebab-case from a booking widget and SendGrid, SCREAMING_SNAKE from
the warehouse, Spanish, Italian and romanised Japanese keys). One seeded Fake; per message a guest
persona, another person (companion, recipient, contact) and a staff member, so related fields of a
message agree (an e-mail derived from the guest's name).

Labelling rules (the Privacy Portal's default colours):
- PII is personal data about a natural person: the guest, companions, children, recipients,
  emergency contacts, staff. Type is the reference matcher name (`a|b` when either is fair);
  colour is the reference's default (red: social security number, password, visa, veteran,
  disability, credit card, passport, token; yellow for the other reference matchers); outside the
  reference, red for secrets, card numbers, bank accounts, national ids and health ids, yellow for
  geolocation, advertising ids and the like.
- Green: ids we or a vendor issue (booking, folio, member, loyalty numbers, Stripe setup-intent and
  Adyen psp references, Google-style UUID session tokens, Message-IDs), versions, timestamps,
  amounts, enums, counters, booleans under personal-sounding keys (emailVerified, passportScanned,
  phoneCountryCode), hotel / room / treatment / company / pet names, the hotel's and a company's
  own phone, e-mail and address (reservas@, role mailboxes like ap@), the hotel's number in a
  Twilio webhook, places that are not the person's (the searched destination, the map centre the
  user panned to, a hotel's city), country, region, locale, language, timezone, currency, user
  agents, OS-issued device ids, card brand / last four / BIN / expiry, BIC and Japanese bank and
  branch codes, ages, age bands, children's ages, job titles, occupations and employers.
- Policy cases: loyalty and member numbers green; travel-insurance policy numbers yellow
  `identification`; staff hourly rates and salaries yellow `salary`; vehicle plates yellow
  `license`; gclid, fbclid, fbp, fbc, msclkid, ttclid yellow `advertising id`; the person's billing
  address yellow `address` (its parts by their own matcher); Stripe `pm_` ids and Adyen
  recurringDetailReference red `token`; one-time codes and sign-in link tokens red `token`; EHIC and
  Japanese health insurance card numbers red `health id`; passport numbers red `passport`, DNI / NIE
  / CIE / residence-card numbers and the codice fiscale red `national id` (`national id|passport`
  where the document type varies); visa / residence status for a lease red `visa`.
- Rules chosen where the brief is silent (what a careful privacy owner would flag):
  * accessibility requests and filters (wheelchair room, roll-in shower, hearing kit, service
    animal) reveal a disability: red `disability`; a spa questionnaire's pregnancy and blood
    pressure answers are yellow `condition`; allergies yellow `allergy`; a diet that is religious
    (halal, kosher) or medical is labelled yellow `religion|allergy`, as every value is one or the
    other.
  * sex on police registration (including Alloggiati's numeric 1/2 code) is yellow `sex|gender`;
    nationality and citizenship (names or ISO-3 codes) yellow `citizenship`; place of birth yellow
    `city`; country of birth or residence green (a country); a document's expiry date, place and
    country of issue green (like a card's expiry).
  * document scans, selfies and avatar URLs are yellow `photo`; the MRZ of a passport red
    `passport`.
  * door, keybox and mobile-key credentials the guest holds are red `secret`; a gift-voucher
    redemption code is a bearer credential: red `token`.
  * hashed e-mail and phone sent for ad matching (Meta CAPI em / ph) keep their type (yellow
    `email` / `phone`): they are pseudonymous, not anonymous. Hashes of non-personal data are green.
  * masked values (`+34 *** *** 678`, `m***@gmail.com`) are green: they no longer identify.
  * the user's device location and a staff member's clock-in position are yellow `geolocation`.
- value_only is true when the key does not say what the value is (`value`, `input`, `q`, `text`,
  `label`, `note`, `to`, `From`, `wa_id`, `subject`, `sign_text`, `login_url`, `message_body`,
  `gift_message`, `contact`, `externalIds[].id`) and only the value reveals it. Every value of a
  value_only PII path carries that PII (checked when the builder runs). Free text is labelled by
  what every one of its values carries; free text that never carries personal data is green.
  A PII path named by its key keeps its label when the form leaves some values empty (a second
  surname, the DNI support number for passports, the passport number of Japanese residents).
"""

import hashlib
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------------

JP_LAST = [
    ("Sato", "佐藤", "サトウ"),
    ("Suzuki", "鈴木", "スズキ"),
    ("Takahashi", "高橋", "タカハシ"),
    ("Tanaka", "田中", "タナカ"),
    ("Watanabe", "渡辺", "ワタナベ"),
    ("Ito", "伊藤", "イトウ"),
    ("Yamamoto", "山本", "ヤマモト"),
    ("Nakamura", "中村", "ナカムラ"),
    ("Kobayashi", "小林", "コバヤシ"),
    ("Kato", "加藤", "カトウ"),
]
JP_FIRST = {
    "F": [
        ("Yui", "結衣", "ユイ"),
        ("Aoi", "葵", "アオイ"),
        ("Hina", "陽菜", "ヒナ"),
        ("Sakura", "さくら", "サクラ"),
        ("Yoko", "洋子", "ヨウコ"),
        ("Keiko", "恵子", "ケイコ"),
    ],
    "M": [
        ("Haruto", "陽翔", "ハルト"),
        ("Sota", "蒼太", "ソウタ"),
        ("Ren", "蓮", "レン"),
        ("Takumi", "拓海", "タクミ"),
        ("Kenji", "健二", "ケンジ"),
        ("Hiroshi", "浩", "ヒロシ"),
    ],
}

CULTURES = {
    "ES": {
        "F": ["María", "Lucía", "Carmen", "Paula", "Nuria", "Marta", "Elena", "Ainhoa", "Rocío", "Begoña"],
        "M": ["José", "Javier", "Alejandro", "Sergio", "Íñigo", "Pablo", "Álvaro", "Jordi", "Manuel", "Raúl"],
        "last": [
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Jiménez",
            "Muñoz",
            "Etxeberria",
            "Castells",
            "Navarro",
            "Domínguez",
            "Vidal",
            "Ortega",
        ],
        "mail": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
        "nat": ("ESP", "Spanish", "española"),
    },
    "IT": {
        "F": ["Giulia", "Francesca", "Chiara", "Giorgia", "Martina", "Sara", "Alessia", "Valentina", "Elisa"],
        "M": ["Marco", "Alessandro", "Lorenzo", "Matteo", "Andrea", "Luca", "Davide", "Giuseppe", "Niccolò"],
        "last": [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "De Luca",
            "Conti",
            "Gallo",
            "Mancini",
            "Lombardi",
        ],
        "mail": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "tiscali.it"],
        "nat": ("ITA", "Italian", "italiana"),
    },
    "JP": {
        "F": [n[0] for n in JP_FIRST["F"]],
        "M": [n[0] for n in JP_FIRST["M"]],
        "last": [n[0] for n in JP_LAST],
        "mail": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
        "nat": ("JPN", "Japanese", "giapponese"),
    },
    "US": {
        "F": ["Emily", "Olivia", "Hannah", "Ashley", "Madison", "Grace"],
        "M": ["James", "Michael", "Daniel", "Ryan", "Tyler", "Brandon"],
        "last": ["Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Anderson", "Walker"],
        "mail": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
        "nat": ("USA", "American", "statunitense"),
    },
    "GB": {
        "F": ["Olivia", "Amelia", "Isla", "Freya", "Charlotte"],
        "M": ["Oliver", "Harry", "George", "Callum", "Rhys"],
        "last": ["Taylor", "Evans", "Hughes", "O'Connor", "Murphy", "Thompson", "Wright", "MacDonald"],
        "mail": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
        "nat": ("GBR", "British", "britannica"),
    },
    "DE": {
        "F": ["Anna", "Lena", "Katharina", "Sophie", "Jana"],
        "M": ["Lukas", "Jonas", "Maximilian", "Felix", "Jürgen"],
        "last": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer"],
        "mail": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
        "nat": ("DEU", "German", "tedesca"),
    },
    "FR": {
        "F": ["Camille", "Chloé", "Léa", "Manon", "Inès"],
        "M": ["Louis", "Hugo", "Théo", "Julien", "Mathéo"],
        "last": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier"],
        "mail": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
        "nat": ("FRA", "French", "francese"),
    },
    "KR": {
        "F": ["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun"],
        "M": ["Min-jun", "Do-hyun", "Ji-hoon", "Seung-woo"],
        "last": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"],
        "mail": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
        "nat": ("KOR", "South Korean", "sudcoreana"),
    },
    "CN": {
        "F": ["Fang", "Xiuying", "Meiling", "Jing"],
        "M": ["Wei", "Hao", "Jun", "Zhiwei"],
        "last": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang"],
        "mail": ["qq.com", "163.com", "126.com", "gmail.com"],
        "nat": ("CHN", "Chinese", "cinese"),
    },
    "BR": {
        "F": ["Ana", "Beatriz", "Larissa", "Juliana"],
        "M": ["João", "Gabriel", "Rafael", "Thiago"],
        "last": ["Silva", "Souza", "Oliveira", "Pereira", "Costa", "Carvalho"],
        "mail": ["gmail.com", "uol.com.br", "hotmail.com", "bol.com.br"],
        "nat": ("BRA", "Brazilian", "brasiliana"),
    },
    "MX": {
        "F": ["Guadalupe", "Fernanda", "Ximena", "Valeria"],
        "M": ["Diego", "Santiago", "Emiliano", "Rodrigo"],
        "last": ["Hernández", "González", "Ramírez", "Flores", "Cruz", "Morales"],
        "mail": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
        "nat": ("MEX", "Mexican", "messicana"),
    },
    "IN": {
        "F": ["Ananya", "Priya", "Kavya", "Diya"],
        "M": ["Rohan", "Arjun", "Vikram", "Aditya"],
        "last": ["Iyer", "Mehta", "Sharma", "Reddy", "Nair", "Banerjee"],
        "mail": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
        "nat": ("IND", "Indian", "indiana"),
    },
    "NG": {
        "F": ["Ngozi", "Chiamaka", "Funmilayo", "Aisha"],
        "M": ["Chinedu", "Oluwaseun", "Emeka", "Tunde"],
        "last": ["Okeke", "Adeyemi", "Balogun", "Eze", "Okafor", "Bello"],
        "mail": ["gmail.com", "yahoo.com", "outlook.com"],
        "nat": ("NGA", "Nigerian", "nigeriana"),
    },
    "MA": {
        "F": ["Fatima Zahra", "Khadija", "Salma", "Imane"],
        "M": ["Youssef", "Mehdi", "Hamza", "Omar"],
        "last": ["El Amrani", "Benali", "Alaoui", "El Idrissi", "Bennani", "Tazi"],
        "mail": ["gmail.com", "hotmail.fr", "menara.ma", "yahoo.fr"],
        "nat": ("MAR", "Moroccan", "marocchina"),
    },
    "PH": {
        "F": ["Maricel", "Jocelyn", "Rowena", "Lovely"],
        "M": ["Jomar", "Ramil", "Arnel", "Jun-jun"],
        "last": ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza"],
        "mail": ["gmail.com", "yahoo.com"],
        "nat": ("PHL", "Filipino", "filippina"),
    },
    "RO": {
        "F": ["Ioana", "Andreea", "Elena", "Mihaela"],
        "M": ["Mihai", "Andrei", "Ionuț", "Florin"],
        "last": ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu"],
        "mail": ["gmail.com", "yahoo.ro"],
        "nat": ("ROU", "Romanian", "rumena"),
    },
    "PE": {
        "F": ["Rosa", "Milagros", "Yesenia", "Flor"],
        "M": ["Wilmer", "Edwin", "Percy", "Jhon"],
        "last": ["Quispe", "Mamani", "Huamán", "Condori", "Vargas"],
        "mail": ["gmail.com", "hotmail.com"],
        "nat": ("PER", "Peruvian", "peruviana"),
    },
}
GUEST_MIX = {
    "ES": 22,
    "IT": 17,
    "JP": 17,
    "US": 8,
    "GB": 7,
    "DE": 6,
    "FR": 6,
    "KR": 4,
    "CN": 4,
    "BR": 3,
    "MX": 2,
    "IN": 2,
    "NG": 1,
    "MA": 1,
}
STAFF_MIX = {"ES": 30, "IT": 25, "JP": 25, "PH": 6, "RO": 5, "PE": 5, "MA": 4}

ES_CITIES = [
    ("Madrid", "280", "Madrid"),
    ("Barcelona", "080", "Barcelona"),
    ("Sevilla", "410", "Sevilla"),
    ("Valencia", "460", "Valencia"),
    ("Bilbao", "480", "Bizkaia"),
    ("Málaga", "290", "Málaga"),
    ("Zaragoza", "500", "Zaragoza"),
]
ES_STREETS = [
    "Calle de Alcalá",
    "Calle Mayor",
    "Avenida de la Constitución",
    "Carrer de Mallorca",
    "Calle Larios",
    "Paseo de la Castellana",
    "Calle Sierpes",
    "Carrer de Sants",
    "Calle Colón",
    "Gran Vía",
]
IT_CITIES = [
    ("Milano", "201", "MI", "F205"),
    ("Roma", "001", "RM", "H501"),
    ("Napoli", "801", "NA", "F839"),
    ("Torino", "101", "TO", "L219"),
    ("Firenze", "501", "FI", "D612"),
    ("Bologna", "401", "BO", "A944"),
    ("Palermo", "901", "PA", "G273"),
]
IT_STREETS = [
    "Via Roma",
    "Via Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via dei Mille",
    "Viale Monza",
    "Via Toledo",
    "Corso Buenos Aires",
    "Via Po",
]
JP_PLACES = [
    ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001", "東京都渋谷区神宮前"),
    ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023", "東京都新宿区西新宿"),
    ("Umeda", "Kita-ku", "Osaka", "530-0001", "大阪府大阪市北区梅田"),
    ("Gionmachi", "Higashiyama-ku", "Kyoto", "605-0073", "京都府京都市東山区祇園町"),
    ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001", "福岡県福岡市中央区天神"),
    ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo", "060-0003", "北海道札幌市中央区北三条西"),
]
OTHER_PLACES = {
    "US": [
        ("Austin", "TX", "787"),
        ("Seattle", "WA", "981"),
        ("Boston", "MA", "021"),
        ("Chicago", "IL", "606"),
    ],
    "GB": [("London", "", "SW"), ("Manchester", "", "M"), ("Edinburgh", "", "EH"), ("Bristol", "", "BS")],
    "DE": [("Berlin", "BE", "10"), ("München", "BY", "80"), ("Hamburg", "HH", "20"), ("Köln", "NW", "50")],
    "FR": [
        ("Paris", "IDF", "750"),
        ("Lyon", "ARA", "6900"),
        ("Marseille", "PAC", "1300"),
        ("Bordeaux", "NAQ", "3300"),
    ],
    "KR": [("Seoul", "", "06"), ("Busan", "", "48")],
    "CN": [("Shanghai", "SH", "200"), ("Beijing", "BJ", "100"), ("Shenzhen", "GD", "518")],
    "BR": [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22")],
    "MX": [("Ciudad de México", "CDMX", "06"), ("Guadalajara", "JAL", "44")],
    "IN": [("Bengaluru", "KA", "560"), ("Mumbai", "MH", "400")],
    "NG": [("Lagos", "LA", "10"), ("Abuja", "FC", "90")],
    "MA": [("Casablanca", "", "20"), ("Rabat", "", "10")],
    "PH": [("Quezon City", "", "11")],
    "RO": [("București", "", "01")],
    "PE": [("Lima", "", "15")],
}
OTHER_STREETS = {
    "US": ["Congress Ave", "Pine St", "Beacon St", "N Clark St", "Elm Street"],
    "GB": ["High Street", "Church Road", "Victoria Road", "Station Road"],
    "DE": ["Schönhauser Allee", "Hauptstraße", "Leopoldstraße", "Eppendorfer Weg"],
    "FR": ["rue de la Paix", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire"],
    "KR": ["Teheran-ro", "Gangnam-daero", "Haeundae-ro"],
    "CN": ["Century Avenue", "Jianguomenwai Avenue", "Shennan Road"],
    "BR": ["Rua Oscar Freire", "Avenida Paulista", "Rua Visconde de Pirajá"],
    "MX": ["Av. Paseo de la Reforma", "Calle Durango", "Av. Chapultepec"],
    "IN": ["100 Feet Road", "Linking Road", "MG Road"],
    "NG": ["Admiralty Way", "Adeola Odeku Street", "Aminu Kano Crescent"],
    "MA": ["Rue Tarik Ibn Ziad", "Boulevard Zerktouni", "Avenue Mohammed V"],
    "PH": ["Tomas Morato Ave"],
    "RO": ["Strada Lipscani"],
    "PE": ["Av. Larco"],
}


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def digits(f: Fake, n: int) -> str:
    return "".join(str(f.r.randint(0, 9)) for _ in range(n))


def letters(f: Fake, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(f.r.choice(alphabet) for _ in range(n))


def weighted(f: Fake, mix: dict[str, int]) -> str:
    return f.r.choices(list(mix), weights=list(mix.values()))[0]


def phone_for(f: Fake, c: str) -> str:
    r = f.r
    style = r.randint(0, 2)
    if c == "ES":
        n = "6" + digits(f, 8) if r.random() < 0.8 else "7" + digits(f, 8)
        return [f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34{n}", f"{n[:3]} {n[3:6]} {n[6:]}"][style]
    if c == "IT":
        n = "3" + str(r.choice([20, 28, 33, 35, 39, 40, 47, 48, 49])) + digits(f, 7)
        return [f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", f"+39{n}"][style]
    if c == "JP":
        p, a, b = r.choice(["90", "80", "70"]), digits(f, 4), digits(f, 4)
        return [f"0{p}-{a}-{b}", f"+81 {p}-{a}-{b}", f"+81{p}{a}{b}"][style]
    if c == "US":
        a, b, d = r.randint(201, 989), r.randint(201, 999), digits(f, 4)
        return [f"+1 {a}-{b}-{d}", f"({a}) {b}-{d}", f"+1{a}{b}{d}"][style]
    if c == "GB":
        n = "7" + str(r.randint(400, 999)) + digits(f, 6)
        return [f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}"][style]
    if c == "DE":
        n = r.choice(["151", "160", "170", "176"]) + digits(f, 8)
        return [f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"+49{n}"][style]
    if c == "FR":
        n = r.choice("67") + digits(f, 8)
        pairs = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        return [f"+33 {n[0]} {pairs}", f"0{n[0]} {pairs}", f"+33{n}"][style]
    if c == "KR":
        a, b = digits(f, 4), digits(f, 4)
        return [f"+82 10-{a}-{b}", f"010-{a}-{b}", f"+8210{a}{b}"][style]
    if c == "CN":
        n = "1" + r.choice(["38", "39", "58", "86"]) + digits(f, 8)
        return [f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86{n}", f"{n[:3]}-{n[3:7]}-{n[7:]}"][style]
    if c == "BR":
        return f"+55 {r.choice(['11', '21', '31'])} 9{digits(f, 4)}-{digits(f, 4)}"
    if c == "MX":
        return f"+52 {r.choice(['55', '33'])} {digits(f, 4)} {digits(f, 4)}"
    if c == "IN":
        return f"+91 {r.choice('6789')}{digits(f, 4)} {digits(f, 5)}"
    if c == "NG":
        return f"+234 {r.choice(['803', '806', '813', '905'])} {digits(f, 3)} {digits(f, 4)}"
    if c == "MA":
        return f"+212 6{digits(f, 2)}-{digits(f, 6)}"
    if c == "PH":
        return f"+63 9{digits(f, 2)} {digits(f, 3)} {digits(f, 4)}"
    if c == "RO":
        return f"+40 7{digits(f, 2)} {digits(f, 3)} {digits(f, 3)}"
    return f"+51 9{digits(f, 2)} {digits(f, 3)} {digits(f, 3)}"


def dni(f: Fake) -> str:
    n = f.r.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie(f: Fake) -> str:
    prefix = f.r.choice("XYZ")
    n = f.r.randint(0, 9_999_999)
    number = int("XYZ".index(prefix) * 10_000_000 + n)
    return f"{prefix}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)


def codice_fiscale(last: str, first: str, born: date, sex: str, comune: str) -> str:
    def split(name):
        s = "".join(c for c in ascii_fold(name).upper() if c.isalpha())
        return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]

    cons, vows = split(last)
    part1 = "".join(cons + vows + ["X", "X", "X"])[:3]
    cons, vows = split(first)
    part2 = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else "".join(cons + vows + ["X", "X", "X"])[:3]
    day = born.day + (40 if sex == "F" else 0)
    body = f"{part1}{part2}{born.year % 100:02d}{'ABCDEHLMPRST'[born.month - 1]}{day:02d}{comune}"
    total = sum(
        CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body)
    )
    return body + chr(65 + total % 26)


def mrz_check(text: str) -> str:
    weights = [7, 3, 1]
    total = 0
    for i, c in enumerate(text):
        v = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += v * weights[i % 3]
    return str(total % 10)


def mrz(p: dict) -> str:
    name = f"{ascii_fold(p['last']).upper().replace(' ', '<').replace(chr(39), '')}<<"
    name += ascii_fold(p["first"]).upper().replace(" ", "<").replace("-", "<")
    line1 = f"P<{p['nat3']}{name}".ljust(44, "<")[:44]
    number = p["passport"].ljust(9, "<")[:9]
    dob = p["dob"].strftime("%y%m%d")
    expiry = p["passport_expiry"].strftime("%y%m%d")
    personal = "<" * 14
    body = f"{number}{mrz_check(number)}{p['nat3']}{dob}{mrz_check(dob)}{p['sex']}{expiry}{mrz_check(expiry)}"
    body += f"{personal}{mrz_check(personal)}"
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{mrz_check(composite)}"


def passport_for(f: Fake, c: str) -> str:
    r = f.r
    if c == "ES":
        return letters(f, 3) + digits(f, 6)
    if c in ("IT", "BR", "MA"):
        return letters(f, 2) + digits(f, 7 if c != "BR" else 6)
    if c == "JP":
        return r.choice(["TK", "TR", "TZ", "MZ", "TS"]) + digits(f, 7)
    if c in ("US", "GB"):
        return str(r.randint(1, 9)) + digits(f, 8) if r.random() < 0.7 else "A" + digits(f, 8)
    if c == "DE":
        return "C" + letters(f, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "FR":
        return digits(f, 2) + letters(f, 2) + digits(f, 5)
    if c == "KR":
        return "M" + digits(f, 8)
    if c == "CN":
        return "E" + digits(f, 8)
    if c == "IN":
        return letters(f, 1) + digits(f, 7)
    return letters(f, 1) + digits(f, 8)


def iban_from(country: str, bban: str, spaced: bool) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * k for c, k in zip(ten, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def iban(f: Fake, country: str | None = None) -> str:
    country = country or f.pick(["ES", "ES", "IT", "IT", "DE", "FR", "GB", "NL"])
    spaced = f.r.random() < 0.5
    if country == "ES":
        bank, branch, acct = f.pick(["2100", "0049", "0182", "2085", "0081"]), digits(f, 4), digits(f, 10)
        return iban_from("ES", bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct, spaced)
    if country == "IT":
        bban = (
            letters(f, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + f.pick(["03069", "02008", "05034"]) + digits(f, 5)
        )
        return iban_from("IT", bban + digits(f, 12), spaced)
    if country == "DE":
        return iban_from("DE", digits(f, 18), spaced)
    return f.iban(country)


def card(f: Fake) -> str:
    prefix, length = f.pick(
        [("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("35", 16)]
    )
    if prefix == "35":
        prefix = str(f.r.randint(3528, 3589))
    number = f.luhn_complete(prefix + digits(f, length - len(prefix) - 1))
    if length == 16 and f.r.random() < 0.4:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def address_for(f: Fake, c: str) -> dict:
    r = f.r
    if c == "ES":
        city, zp, region = f.pick(ES_CITIES)
        street = f"{f.pick(ES_STREETS)}, {r.randint(1, 220)}"
        line2 = f"{r.randint(1, 8)}º {r.choice('ABCD')}"
        return {
            "street": street,
            "line2": line2,
            "city": city,
            "zip": zp + f"{r.randint(1, 50):02d}",
            "region": region,
            "jp": None,
        }
    if c == "IT":
        city, zp, prov, _ = f.pick(IT_CITIES)
        return {
            "street": f"{f.pick(IT_STREETS)} {r.randint(1, 180)}",
            "line2": f"int. {r.randint(1, 20)}",
            "city": city,
            "zip": zp + f"{r.randint(0, 99):02d}",
            "region": prov,
            "jp": None,
        }
    if c == "JP":
        town, ward, city, zp, kanji = f.pick(JP_PLACES)
        chome = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        return {
            "street": f"{chome} {town}, {ward}",
            "line2": f"Room {r.randint(101, 1505)}",
            "city": city,
            "zip": zp,
            "region": city,
            "jp": f"{kanji}{chome}",
        }
    city, region, zp = f.pick(OTHER_PLACES[c])
    st = f.pick(OTHER_STREETS[c])
    n = r.randint(1, 990)
    if c == "US":
        zp = zp + digits(f, 2)
        street = f"{n} {st}"
    elif c == "GB":
        zp = f"{zp}{r.randint(1, 20)} {r.randint(1, 9)}{letters(f, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        street = f"{n} {st}"
    elif c in ("DE", "BR", "MX", "MA"):
        zp = zp + digits(f, 5 - len(zp)) if c != "BR" else f"{zp}{digits(f, 3)}-{digits(f, 3)}"
        street = f"{st} {n}" if c == "DE" else f"{st}, {n}"
    elif c == "FR":
        zp = zp + digits(f, 5 - len(zp))
        street = f"{n} {st}"
    else:
        zp = zp + digits(f, 6 - len(zp)) if c in ("IN", "NG", "CN") else zp + digits(f, 5 - len(zp))
        street = f"{n} {st}"
    line2 = f.pick(["Apt 4B", "Flat 2", "Unit 12", "3rd floor", "Apt 1203"])
    return {"street": street, "line2": line2, "city": city, "zip": zp, "region": region, "jp": None}


def email_for(f: Fake, first: str, last: str, c: str) -> str:
    fi = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    if c == "CN" and f.r.random() < 0.5:
        return f"{f.r.randint(10**7, 10**10)}@qq.com"
    user = f.pick(
        [
            f"{fi}.{la}",
            f"{fi}{la}{f.r.randint(1, 99)}",
            f"{fi[0]}{la}",
            f"{la}.{fi}{f.r.randint(70, 99)}",
            f"{fi}_{la[:4]}{f.r.randint(1, 9)}",
        ]
    )
    return f"{user}@{f.pick(CULTURES[c]['mail'])}"


def person(f: Fake, mix: dict[str, int] | None = None, adult: bool = True) -> dict:
    c = weighted(f, mix or GUEST_MIX)
    sex = f.pick(["F", "M"])
    cult = CULTURES[c]
    p: dict = {"c": c, "sex": sex, "kanji": None, "kana": None}
    if c == "JP":
        first = f.pick(JP_FIRST[sex])
        last = f.pick(JP_LAST)
        p.update(first=first[0], last=last[0], kanji=f"{last[1]} {first[1]}", kana=f"{last[2]} {first[2]}")
    else:
        p.update(first=f.pick(cult[sex]), last=f.pick(cult["last"]))
    p["last2"] = f.pick(CULTURES["ES"]["last"]) if c in ("ES", "MX") else ""
    p["surnames"] = f"{p['last']} {p['last2']}".strip()
    p["full"] = (
        f"{p['first']} {p['surnames']}" if c != "CN" or f.r.random() < 0.6 else f"{p['last']} {p['first']}"
    )
    p["email"] = email_for(f, p["first"], p["last"], c)
    p["phone"] = phone_for(f, c)
    start = date(1946, 1, 1) if adult else date(2009, 1, 1)
    span = 365 * (58 if adult else 14)
    p["dob"] = start + timedelta(days=f.r.randint(0, span))
    p["addr"] = address_for(f, c)
    p["nat3"], p["nat_en"], p["nat_it"] = cult["nat"]
    p["passport"] = passport_for(f, c)
    p["passport_expiry"] = date(2025, 1, 1) + timedelta(days=f.r.randint(0, 3650))
    if c == "ES":
        p["doc_type"], p["doc_number"] = "NIF", dni(f)
        p["support"] = letters(f, 3) + digits(f, 6)
    elif c in ("MA", "PE", "RO", "PH") and f.r.random() < 0.7:
        p["doc_type"], p["doc_number"], p["support"] = "NIE", nie(f), "E" + digits(f, 8)
    else:
        p["doc_type"], p["doc_number"], p["support"] = "PAS", p["passport"], ""
    if c == "IT":
        comune = next(x[3] for x in IT_CITIES if x[0] == p["addr"]["city"])
        p["cf"] = codice_fiscale(p["last"], p["first"], p["dob"], sex, comune)
        p["cie"] = "CA" + digits(f, 5) + letters(f, 2)
    else:
        born_it = f.pick(IT_CITIES)[3]
        p["cf"] = codice_fiscale(p["last"], p["first"], p["dob"], sex, born_it)
        p["cie"] = ""
    p["birthplace"] = f.pick(
        {
            "ES": [x[0] for x in ES_CITIES],
            "IT": [x[0] for x in IT_CITIES],
            "JP": [x[2] for x in JP_PLACES],
        }.get(c, [x[0] for x in OTHER_PLACES.get(c, [("Lima", "", "")])])
    )
    return p


def staff(f: Fake) -> dict:
    p = person(f, STAFF_MIX)
    fi = ascii_fold(p["first"]).lower().replace(" ", "")
    la = ascii_fold(p["last"]).lower().replace(" ", "")
    p["work_email"] = (
        f"{fi}.{la}@estanciagroup.com" if f.r.random() < 0.7 else f"{fi[0]}{la}@estanciagroup.com"
    )
    p["employee_id"] = "E" + digits(f, 5)
    return p


class HFake(Fake):
    """Fake with per-message personas: g (guest), o (another person), s (staff), h (hotel)."""

    def new_message(self):
        self.g = person(self)
        self.o = person(self)
        self.s = staff(self)
        self.h = self.pick(HOTELS)

    def other(self):
        """A fresh other person (for list items): sets and returns self.o."""
        self.o = person(self)
        return self.o

    def child(self):
        self.o = person(self, adult=False)
        return self.o


# -- the chain --------------------------------------------------------------------------------------

HOTELS = [
    {
        "id": "MAD01",
        "name": "Estancia Gran Vía",
        "city": "Madrid",
        "country": "ES",
        "phone": "+34 915 22 40 00",
        "email": "reservas.granvia@estanciagroup.com",
        "address": "Gran Vía 41, 28013 Madrid",
        "tz": "Europe/Madrid",
    },
    {
        "id": "BCN02",
        "name": "Estancia Barceloneta",
        "city": "Barcelona",
        "country": "ES",
        "phone": "+34 932 21 85 10",
        "email": "reservas.barceloneta@estanciagroup.com",
        "address": "Passeig de Joan de Borbó 58, 08003 Barcelona",
        "tz": "Europe/Madrid",
    },
    {
        "id": "SVQ01",
        "name": "Casa Estancia Sevilla",
        "city": "Sevilla",
        "country": "ES",
        "phone": "+34 954 50 12 33",
        "email": "sevilla@estanciagroup.com",
        "address": "Calle Águilas 12, 41003 Sevilla",
        "tz": "Europe/Madrid",
    },
    {
        "id": "MIL01",
        "name": "Estancia Navigli",
        "city": "Milano",
        "country": "IT",
        "phone": "+39 02 8942 1100",
        "email": "prenotazioni.navigli@estanciagroup.com",
        "address": "Ripa di Porta Ticinese 55, 20143 Milano",
        "tz": "Europe/Rome",
    },
    {
        "id": "ROM01",
        "name": "Estancia Trastevere",
        "city": "Roma",
        "country": "IT",
        "phone": "+39 06 5833 9200",
        "email": "trastevere@estanciagroup.com",
        "address": "Via della Lungaretta 90, 00153 Roma",
        "tz": "Europe/Rome",
    },
    {
        "id": "FLR01",
        "name": "Residenza Estancia Firenze",
        "city": "Firenze",
        "country": "IT",
        "phone": "+39 055 234 8811",
        "email": "firenze@estanciagroup.com",
        "address": "Via dei Serragli 8, 50124 Firenze",
        "tz": "Europe/Rome",
    },
    {
        "id": "TYO01",
        "name": "Estancia Shinjuku",
        "city": "Tokyo",
        "country": "JP",
        "phone": "+81 3-5321-7700",
        "email": "shinjuku@estanciagroup.com",
        "address": "2-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
        "tz": "Asia/Tokyo",
    },
    {
        "id": "KYO01",
        "name": "Estancia Kyoto Gion",
        "city": "Kyoto",
        "country": "JP",
        "phone": "+81 75-541-2200",
        "email": "kyoto@estanciagroup.com",
        "address": "570-8 Gionmachi Minamigawa, Higashiyama-ku, Kyoto 605-0074",
        "tz": "Asia/Tokyo",
    },
    {
        "id": "OSA01",
        "name": "Estancia Residences Umeda",
        "city": "Osaka",
        "country": "JP",
        "phone": "+81 6-6345-0090",
        "email": "umeda.residences@estanciagroup.com",
        "address": "3-1-3 Umeda, Kita-ku, Osaka 530-0001",
        "tz": "Asia/Tokyo",
    },
]
ROOM_TYPES = ["STD-DBL", "STD-TWN", "SUP-KNG", "DLX-KNG-VIEW", "JRS", "APT-1BR", "APT-2BR", "STU-KITCH"]
RATE_PLANS = ["BAR_RO", "BAR_BB", "NRF_RO", "MEMBER_BB", "LONGSTAY_28", "CORP_NEG"]
DESTINATIONS = [
    "Madrid",
    "Barcelona",
    "Sevilla",
    "Milano",
    "Roma",
    "Firenze",
    "Tokyo",
    "Kyoto",
    "Osaka",
    "Shinjuku",
    "near Sagrada Familia",
    "Trastevere",
    "京都 祇園",
    "hotel con parcheggio Milano",
    "Umeda serviced apartment",
    "Madrid centro",
]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
    "Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]


def ip(f: Fake) -> str:
    if f.r.random() < 0.8:
        return f.ipv4()
    return f"2a0{f.r.randint(1, 9)}:{f.hexid(4)}:{f.hexid(4)}:{f.hexid(2)}::{f.hexid(3)}"


def day(f: Fake, start: date = date(2024, 3, 1), span: int = 400) -> date:
    return start + timedelta(days=f.r.randint(0, span))


def arrive(f: Fake) -> str:
    f.arrival = day(f)
    return ymd(f.arrival)


def depart(f: Fake) -> str:
    return ymd(f.arrival + timedelta(days=f.r.randint(1, 14)))


def booking_ref(f: Fake) -> str:
    return "EST-" + letters(f, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def member_no(f: Fake) -> str:
    return "ES" + digits(f, 9) if f.r.random() < 0.6 else digits(f, 10)


# -- contexts the client libraries send -------------------------------------------------------------

LOCALES = ["es-ES", "it-IT", "ja-JP", "en-GB", "en-US", "de-DE", "fr-FR", "ko-KR", "zh-CN", "pt-BR"]
TIMEZONES = ["Europe/Madrid", "Europe/Rome", "Asia/Tokyo", "Europe/London", "America/New_York", "Asia/Seoul"]


def campaign():
    return {
        "name": G(lambda f: f.pick(["summer_escapes_24", "japan_spring", "member_week", "brand_search"])),
        "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "kayak", "line"])),
        "medium": G(lambda f: f.pick(["cpc", "email", "paid_social", "metasearch"])),
        "term": G(lambda f: f.pick(["hotel madrid centro", "kyoto ryokan", "albergo roma", "estancia"])),
        "content": G(lambda f: f.pick(["hero_a", "hero_b", "textlink"])),
    }


def web_context(page_path: str, site: str = "https://www.estanciahotels.com"):
    def title(f):
        return f.pick(
            ["Estancia Hotels | Official site", "Reserva | Estancia", "Prenota | Estancia", "予約 | Estancia"]
        )

    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page_path),
            "referrer": G(
                lambda f: f.pick(["https://www.google.com/", "", "https://www.kayak.es/", "https://t.co/"])
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?lang=it", "?gad_source=1"])
            ),
            "title": G(title),
            "url": G(lambda f: site + page_path),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
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
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(ip, "ip"),
        "campaign": campaign(),
    }


def swift_context():
    return {
        "app": {
            "name": G(lambda f: "Estancia"),
            "version": G(lambda f: f.pick(["7.4.0", "7.4.2", "7.5.0"])),
            "build": G(lambda f: f.pick(["7400", "7420", "7501"])),
            "namespace": G(lambda f: "com.estanciagroup.guest"),
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
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852), "scale": G(lambda f: 3)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(ip, "ip"),
    }


def kotlin_context():
    return {
        "app": {
            "name": G(lambda f: "Estancia"),
            "version": G(lambda f: f.pick(["7.4.0", "7.5.0"])),
            "build": G(lambda f: f.pick(["70400", "70500", "70501"])),
            "namespace": G(lambda f: "com.estanciagroup.guest"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Xiaomi", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "2201117TG", "SH-53C"])),
            "name": G(lambda f: f.pick(["dm3q", "shiba", "spes", "SH-53C"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.2", "1.16.3"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {"density": G(lambda f: 2.625), "height": G(lambda f: 2340), "width": G(lambda f: 1080)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["Movistar", "Vodafone IT", "TIM", "docomo", "SoftBank", "Orange"])
            ),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "anonymousId": G(lambda f: f.uuid()),
            "userId": G(lambda f: "usr_" + digits(f, 8)),
            "email": Y(lambda f: f.g["email"], "email"),
        },
        "ip": Y(ip, "ip"),
    }


def rn_context():
    return {
        "app": {
            "name": G(lambda f: "Estancia Residences"),
            "version": G(lambda f: f.pick(["3.2.0", "3.3.1"])),
            "build": G(lambda f: f.pick(["320", "331"])),
            "namespace": G(lambda f: "com.estanciagroup.residences"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A546B"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "traits": {
            "email": Y(lambda f: f.g["email"], "email"),
            "firstName": Y(lambda f: f.g["first"], "name"),
            "lastName": Y(lambda f: f.g["last"], "name"),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(34.6, 45.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-3.8, 139.8), 6), "geolocation"),
            "city": Y(lambda f: f.pick(["Madrid", "Milano", "Osaka", "Roma", "Tokyo"]), "city"),
            "country": G(lambda f: f.pick(["Spain", "Italy", "Japan"])),
        },
    }


def flutter_context():
    return {
        "app": {
            "name": G(lambda f: "Estancia Staff"),
            "version": G(lambda f: f.pick(["2.8.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["208", "291"])),
            "namespace": G(lambda f: "com.estanciagroup.staff"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Zebra Technologies"])),
            "model": G(lambda f: f.pick(["SM-X205", "TC52"])),
            "type": G(lambda f: "android"),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "11"]))},
        "screen": {"width": G(lambda f: 800), "height": G(lambda f: 1340), "density": G(lambda f: 1.5)},
        "locale": G(lambda f: f.pick(["es-ES", "it-IT", "ja-JP"])),
        "timezone": G(lambda f: f.pick(["Europe/Madrid", "Europe/Rome", "Asia/Tokyo"])),
        "network": {"wifi": G(lambda f: True)},
    }


SERVER_VERSIONS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.8.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_context(lib: str):
    name, version = SERVER_VERSIONS[lib]
    ctx: dict = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
    if lib == "node":
        ctx["ip"] = Y(ip, "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
        ctx["locale"] = G(lambda f: f.pick(LOCALES))
    if lib == "python":
        ctx["traits"] = {"email": Y(lambda f: f.g["email"], "email")}
        ctx["groupId"] = G(lambda f: "corp_" + digits(f, 5))
    if lib == "java":
        ctx["externalIds"] = Many(
            {
                "id": Y(lambda f: f.g["email"], "email", True),
                "type": G(lambda f: "email"),
                "collection": G(lambda f: "users"),
                "encoding": G(lambda f: "none"),
            },
            1,
        )
    if lib == "go":
        ctx["ip"] = Y(ip, "ip")
    if lib == "dotnet":
        ctx["timezone"] = G(lambda f: f.pick(["Europe/Madrid", "Europe/Rome", "Asia/Tokyo"]))
    return ctx


def context_for(client: str, page_path: str):
    if client == "web":
        return web_context(page_path)
    if client == "console":
        return web_context(page_path, "https://frontdesk.estanciagroup.com")
    return {
        "swift": swift_context,
        "kotlin": kotlin_context,
        "rn": rn_context,
        "flutter": flutter_context,
    }.get(client, lambda: server_context(client))()


# -- small value makers -----------------------------------------------------------------------------


def iso(f: Fake) -> str:
    return f.iso()


def ymd(d: date) -> str:
    return d.isoformat()


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def room_no(f: Fake) -> str:
    return str(f.r.randint(1, 14)) + f"{f.r.randint(1, 40):02d}"


def product():
    return {
        "product_id": G(lambda f: f.h["id"] + "-" + f.pick(ROOM_TYPES)),
        "sku": G(lambda f: f.pick(ROOM_TYPES) + "-" + f.pick(RATE_PLANS)),
        "name": G(lambda f: f.h["name"]),
        "brand": G(lambda f: f.pick(["Estancia Hotels", "Estancia Residences", "Casa Estancia"])),
        "category": G(lambda f: f.pick(["hotel", "serviced_apartment"])),
        "variant": G(
            lambda f: f.pick(
                [
                    "Deluxe King, city view",
                    "Twin Superior",
                    "Studio with kitchenette",
                    "Junior Suite",
                    "和室 Japanese-style room",
                    "Camera Doppia Classic",
                ]
            )
        ),
        "price": G(lambda f: f.money(70, 690)),
        "quantity": G(lambda f: f.r.randint(1, 14)),
        "position": G(lambda f: f.r.randint(1, 30)),
        "url": G(lambda f: f"https://www.estanciahotels.com/h/{f.h['id'].lower()}"),
        "image_url": G(lambda f: f"https://img.estanciahotels.com/{f.h['id'].lower()}/{f.hexid(10)}.webp"),
    }


def special_request(f: Fake) -> str:
    return f.pick(
        [
            "Late arrival around 23:30, please hold the room.",
            "Quiet room away from the lift if possible",
            "Twin beds please",
            "We are celebrating our anniversary",
            "Could we have a cot for the baby?",
            "Necesitamos una cuna, gracias",
            "Camera al piano alto se possibile",
            "禁煙ルームを希望します",
            "Early check-in if available, flight lands 7:05",
            "",
        ]
    )


def chat_text(f: Fake) -> str:
    ph = f.g["phone"]
    return f.pick(
        [
            f"Hi, can you call me at {ph}? Our flight is delayed",
            f"My number is {ph}, the taxi driver can reach me there",
            f"WhatsApp me on {ph} when the room is ready please",
            f"Buenas, soy la del 412, mi móvil es {ph}",
            f"Per favore richiamatemi al {ph}",
            f"部屋の準備ができたら {ph} に電話してください",
        ]
    )


def callback_note(f: Fake) -> str:
    ph = f.g["phone"]
    return f.pick(
        [
            f"Guest asked to be called on {ph} about the airport transfer",
            f"Call back {ph} re: invoice",
            f"Llamar al {ph} para confirmar late checkout",
            f"Richiamare {ph} (parla solo italiano)",
        ]
    )


def gift_message(f: Fake) -> str:
    n = f.o["first"]
    return f.pick(
        [
            f"Happy birthday {n}! Enjoy a weekend on us",
            f"¡Feliz cumpleaños, {n}! Disfruta del spa",
            f"Tanti auguri {n}, goditi Roma!",
            f"{n}さん、いつもありがとう。京都でゆっくりしてね",
            f"For {n}, congratulations on the new job",
        ]
    )


def door_message(f: Fake) -> str:
    code = f.door
    return f.pick(
        [
            f"Hola {f.g['first']}, el código de tu apartamento es {code}#. Entrada desde las 15h.",
            f"Ciao {f.g['first']}, il codice della porta è {code}. Il keybox è a sinistra del portone.",
            f"Hi {f.g['first']}, your door code is {code}. Wi-Fi details are on the fridge.",
            f"{f.g['first']}様 ドアの暗証番号は {code} です。",
        ]
    )


def set_door(f: Fake) -> str:
    f.door = digits(f, f.pick([4, 6]))
    return f.door


def review_text(f: Fake) -> str:
    return f.pick(
        [
            "Great location, spotless room, breakfast could be better.",
            "Habitación amplia y muy limpia. Volveremos.",
            "Posizione perfetta, staff gentilissimo.",
            "駅から近くてとても便利でした。",
            "Noisy street at night but the bed was comfortable.",
            "The apartment had everything we needed for a month in Osaka.",
            "Check-in took 40 minutes, not acceptable.",
        ]
    )


def staff_search(f: Fake) -> str:
    return f.pick(
        [f.g["last"], f.g["surnames"], f.g["full"], f.g["last"].upper(), f.g["kana"] or f.g["last"]]
    )


def autocomplete_input(f: Fake) -> str:
    """What the guest has typed of their home address when a prediction is picked: always past the
    house number."""
    a = f.g["addr"]
    s = a["street"]
    if s[0].isdigit():
        return s[: f.r.randint(max(s.index(" ") + 6, len(s) - 6), len(s))]
    return f.pick([s, f"{s} {a['city'][:3]}", f"{s}, {a['zip']}"])


def sha256(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def phone_digits(p: str) -> str:
    return "".join(c for c in p if c.isdigit())


CALLING_CODES = {
    "ES": "34",
    "IT": "39",
    "JP": "81",
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "KR": "82",
    "CN": "86",
    "BR": "55",
    "MX": "52",
    "IN": "91",
    "NG": "234",
    "MA": "212",
    "PH": "63",
    "RO": "40",
    "PE": "51",
}


def intl_digits(p: dict) -> str:
    cc = CALLING_CODES[p["c"]]
    d = phone_digits(p["phone"])
    if d.startswith(cc):
        return d
    return cc + d.lstrip("0")


def masked_phone(f: Fake) -> str:
    d = phone_digits(f.g["phone"])
    return f"+{d[:2]} *** *** {d[-3:]}" if f.r.random() < 0.5 else f"•••• ••{d[-2:]}"


def masked_email(f: Fake) -> str:
    user, domain = f.g["email"].split("@")
    return f"{user[0]}***@{domain}"


def furigana(f: Fake) -> str:
    return f.g["kana"] or ascii_fold(f.g["full"]).upper()


def shimei(f: Fake) -> str:
    return f.g["kanji"] or f.g["full"]


def jusho(f: Fake) -> str:
    a = f.g["addr"]
    return a["jp"] or f"{a['street']}, {a['zip']} {a['city']}"


# -- events: guest web and apps -----------------------------------------------------------------------

GUEST_EVENTS = [
    (
        "page",
        "Hotel Search Results",
        "web",
        "/es/buscar",
        {
            "name": G(lambda f: "Hotel Search Results"),
            "path": G(lambda f: "/es/buscar"),
            "url": G(lambda f: "https://www.estanciahotels.com/es/buscar?dest=" + f.h["city"].lower()),
            "title": G(lambda f: "Hoteles en " + f.h["city"] + " | Estancia"),
            "referrer": G(lambda f: f.pick(["https://www.google.com/", "https://www.estanciahotels.com/es"])),
            "search": G(lambda f: "?dest=" + f.h["city"].lower() + f"&adults={f.r.randint(1, 4)}"),
            "destination": G(lambda f: f.h["city"]),
            "results": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    (
        "track",
        "Products Searched",
        "web",
        "/es/buscar",
        {
            "query": G(lambda f: f.pick(DESTINATIONS)),
            "checkin_date": G(lambda f: arrive(f)),
            "checkout_date": G(lambda f: depart(f)),
            "nights": G(lambda f: f.r.randint(1, 30)),
            "adults": G(lambda f: f.r.randint(1, 4)),
            "children": G(lambda f: f.r.randint(0, 3)),
            "children_ages": Many(G(lambda f: f.r.randint(0, 17)), 3),
            "currency": G(lambda f: f.pick(["EUR", "JPY", "USD", "GBP"])),
            "filters": {
                "free_cancellation": G(lambda f: f.pick([True, False])),
                "breakfast_included": G(lambda f: f.pick([True, False])),
                "pet_friendly": G(lambda f: f.pick([True, False])),
                "accessible_room": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "map": {
                "center_lat": G(lambda f: round(f.r.uniform(35.0, 41.9), 5)),
                "center_lng": G(lambda f: round(f.r.uniform(-3.7, 139.7), 5)),
                "zoom": G(lambda f: f.r.randint(10, 16)),
            },
        },
    ),
    (
        "track",
        "Product List Viewed",
        "web",
        "/it/cerca",
        {
            "list_id": G(lambda f: "search_" + f.hexid(8)),
            "category": G(lambda f: f.pick(["hotel", "serviced_apartment", "all"])),
            "products": Many(product(), 4),
        },
    ),
    (
        "track",
        "Product Viewed",
        "swift",
        "",
        {
            **{k: v for k, v in product().items() if k not in ("position", "image_url")},
            "currency": G(lambda f: f.pick(["EUR", "JPY"])),
            "hotel_city": G(lambda f: f.h["city"]),
            "hotel_phone": G(lambda f: f.h["phone"]),
            "hotel_email": G(lambda f: f.h["email"]),
            "hotel_address": G(lambda f: f.h["address"]),
        },
    ),
    (
        "track",
        "Product Added",
        "kotlin",
        "",
        {
            "cart_id": G(lambda f: f.uuid()),
            **{k: v for k, v in product().items() if k in ("product_id", "sku", "price", "quantity", "name")},
            "rate_plan": G(lambda f: f.pick(RATE_PLANS)),
            "checkin_date": G(lambda f: arrive(f)),
            "checkout_date": G(lambda f: depart(f)),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        "/en/checkout",
        {
            "order_id": G(lambda f: f.uuid()),
            "revenue": G(lambda f: f.money(90, 4000)),
            "tax": G(lambda f: f.money(2, 60)),
            "discount": G(lambda f: f.money(0, 80)),
            "coupon": G(lambda f: f.pick(["", "MEMBER10", "SPRING24", "JAPAN15"])),
            "currency": G(lambda f: f.pick(["EUR", "JPY"])),
            "products": Many(product(), 2),
        },
    ),
    (
        "track",
        "Guest Details Entered",
        "web",
        "/en/checkout/guest",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 2),
            "lead_guest": {
                "first_name": Y(lambda f: f.g["first"], "name"),
                "last_name": Y(lambda f: f.g["surnames"], "name"),
                "email": Y(lambda f: f.g["email"], "email"),
                "phone": Y(lambda f: f.g["phone"], "phone"),
                "phone_country_code": G(lambda f: "+" + CALLING_CODES[f.g["c"]]),
                "country": G(lambda f: f.g["c"]),
            },
            "booking_for_someone_else": G(lambda f: f.pick([True, False])),
            "additional_guests": Many(
                {
                    "first_name": Y(lambda f: f.other()["first"], "name"),
                    "last_name": Y(lambda f: f.o["last"], "name"),
                    "age": G(lambda f: f.r.randint(1, 80)),
                    "is_child": G(lambda f: f.pick([True, False])),
                },
                3,
            ),
            "special_requests": G(special_request),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "email_verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        "web",
        "/en/checkout/payment",
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: 3),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "apple_pay", "bizum", "paypay"])),
            "payment_method_id": RED(
                lambda f: (
                    "pm_1" + letters(f, 23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                ),
                "token",
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
            "card_last4": G(lambda f: digits(f, 4)),
            "card_bin": G(lambda f: f.pick(["414720", "535522", "371449", "353011", "455673"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.g["full"].upper(), "name"),
            "billing_address": {
                "line1": Y(lambda f: f.g["addr"]["street"], "address|street"),
                "line2": Y(lambda f: f.g["addr"]["line2"], "address|street"),
                "city": Y(lambda f: f.g["addr"]["city"], "city"),
                "postal_code": Y(lambda f: f.g["addr"]["zip"], "zipcode"),
                "state": G(lambda f: f.g["addr"]["region"]),
                "country": G(lambda f: f.g["c"]),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        "node",
        "",
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_reference": G(booking_ref),
            "total": G(lambda f: f.money(90, 4000)),
            "revenue": G(lambda f: f.money(80, 3800)),
            "coupon": G(lambda f: f.pick(["", "MEMBER10", "SPRING24"])),
            "currency": G(lambda f: f.pick(["EUR", "JPY"])),
            "products": Many(product(), 2),
            "customer_email": Y(lambda f: f.g["email"], "email"),
            "loyalty_number": G(member_no),
            "points_earned": G(lambda f: f.r.randint(0, 4000)),
            "payment": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "jcb"])),
                "last4": G(lambda f: digits(f, 4)),
            },
            "arrival_date": G(lambda f: ymd(day(f))),
        },
    ),
    (
        "track",
        "Order Cancelled",
        "ruby",
        "",
        {
            "order_id": G(lambda f: f.uuid()),
            "booking_reference": G(booking_ref),
            "cancellation_reason": G(
                lambda f: f.pick(["change_of_plans", "found_cheaper", "illness", "flight_cancelled"])
            ),
            "cancelled_by": G(lambda f: f.pick(["guest", "hotel", "staff", "ota"])),
            "refund_amount": G(lambda f: f.money(0, 900)),
            "cancellation_comment": G(special_request),
        },
    ),
    (
        "identify",
        None,
        "web",
        "/es/cuenta",
        {
            "email": Y(lambda f: f.g["email"], "email"),
            "firstName": Y(lambda f: f.g["first"], "name"),
            "lastName": Y(lambda f: f.g["surnames"], "name"),
            "phone": Y(lambda f: f.g["phone"], "phone"),
            "birthday": Y(lambda f: ymd(f.g["dob"]), "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non-binary", "prefer_not_to_say"]), "gender"),
            "nationality": Y(lambda f: f.g["nat_en"], "citizenship"),
            "address": {
                "street": Y(lambda f: f.g["addr"]["street"], "address|street"),
                "city": Y(lambda f: f.g["addr"]["city"], "city"),
                "postalCode": Y(lambda f: f.g["addr"]["zip"], "zipcode"),
                "state": G(lambda f: f.g["addr"]["region"]),
                "country": G(lambda f: f.g["c"]),
            },
            "createdAt": G(iso),
            "loyaltyNumber": G(member_no),
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "preferredLanguage": G(lambda f: f.pick(["es", "it", "ja", "en", "de", "fr"])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "age": G(lambda f: f.r.randint(18, 79)),
            "company": G(lambda f: f.pick(["Inditex", "Enel", "Rakuten", "Telefónica", "Accenture", ""])),
            "title": G(
                lambda f: f.pick(["Product Manager", "Abogada", "Ingegnere", "営業部長", "Consultant"])
            ),
        },
    ),
    (
        "identify",
        None,
        "swift",
        "",
        {
            "email": Y(lambda f: f.g["email"], "email"),
            "firstName": Y(lambda f: f.g["first"], "name"),
            "lastName": Y(lambda f: f.g["surnames"], "name"),
            "phone": Y(lambda f: f.g["phone"], "phone"),
            "birthday": Y(lambda f: ymd(f.g["dob"]), "birthdate"),
            "loyaltyNumber": G(member_no),
            "loyaltyTier": G(lambda f: f.pick(["blue", "silver", "gold", "platinum"])),
            "avatar": Y(lambda f: f"https://img.estanciahotels.com/avatars/{f.hexid(16)}.jpg", "photo"),
            "pushOptIn": G(lambda f: f.pick([True, False])),
            "ageRange": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "divorced", ""])),
        },
    ),
    (
        "track",
        "Form Submitted",
        "web",
        "/it/registrazione",
        {
            "form_id": G(lambda f: "signup-" + f.pick(["modal", "page", "checkout"])),
            "form_name": G(lambda f: "Crea il tuo account"),
            "fields": {
                "first-name": Y(lambda f: f.g["first"], "name"),
                "last-name": Y(lambda f: f.g["surnames"], "name"),
                "e-mail": Y(lambda f: f.g["email"], "email"),
                "password": RED(
                    lambda f: f.pick(["Roma2024!", "sakura*88", "Qwerty123", "m4r1a.g4rc14", "Estancia#1"]),
                    "password",
                ),
                "password-confirm": RED(
                    lambda f: f.pick(["Roma2024!", "sakura*88", "Qwerty123", "Estancia#1"]), "password"
                ),
                "newsletter": G(lambda f: f.pick(["on", "off"])),
            },
        },
    ),
    (
        "track",
        "Signed Up",
        "php",
        "",
        {
            "method": G(lambda f: f.pick(["email", "google", "apple", "line"])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "password_length": G(lambda f: f.r.randint(8, 20)),
            "email_domain": G(lambda f: f.g["email"].split("@")[1]),
        },
    ),
    (
        "track",
        "Sign-in Link Requested",
        "python",
        "",
        {
            "email": Y(lambda f: f.g["email"], "email"),
            "login_url": RED(
                lambda f: (
                    "https://www.estanciahotels.com/auth/magic?token="
                    + f.hexid(40)
                    + "&lang="
                    + f.pick(["es", "it", "ja"])
                ),
                "token",
                True,
            ),
            "delivery": G(lambda f: f.pick(["email", "sms"])),
        },
    ),
    (
        "track",
        "OTP Verified",
        "kotlin",
        "",
        {
            "otp_code": RED(lambda f: digits(f, 6), "token"),
            "channel": G(lambda f: f.pick(["sms", "email", "whatsapp"])),
            "attempts": G(lambda f: f.r.randint(1, 3)),
            "phone_masked": G(masked_phone),
            "email_masked": G(masked_email),
        },
    ),
    (
        "screen",
        "Hotel Map",
        "swift",
        "",
        {
            "map_center_lat": G(lambda f: round(f.r.uniform(35.0, 41.9), 5)),
            "map_center_lng": G(lambda f: round(f.r.uniform(-3.7, 139.7), 5)),
            "zoom": G(lambda f: f.r.randint(10, 17)),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Nearby Hotels Searched",
        "kotlin",
        "",
        {
            "user_lat": Y(lambda f: round(f.r.uniform(35.0, 45.5), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-3.8, 139.9), 6), "geolocation"),
            "location_accuracy_m": G(lambda f: f.r.randint(5, 120)),
            "radius_km": G(lambda f: f.pick([1, 2, 5, 10])),
            "results_count": G(lambda f: f.r.randint(0, 25)),
        },
    ),
    (
        "track",
        "Saved Traveller Selected",
        "rn",
        "",
        {
            "traveller_id": G(lambda f: "trv_" + f.hexid(10)),
            "label": Y(lambda f: f.pick([f.g["full"], f.g["full"] + " (you)", f.o["full"]]), "name", True),
            "position": G(lambda f: f.r.randint(0, 4)),
            "has_document_on_file": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Companions Added",
        "rn",
        "",
        {
            "booking_reference": G(booking_ref),
            "companions": Many(
                {
                    "first_name": Y(lambda f: f.other()["first"], "name"),
                    "last_name": Y(lambda f: f.o["last"], "name"),
                    "date_of_birth": Y(lambda f: ymd(f.o["dob"]), "birthdate"),
                    "relationship": G(
                        lambda f: f.pick(["spouse", "partner", "friend", "colleague", "parent"])
                    ),
                    "passport_number": RED(lambda f: f.o["passport"], "passport"),
                    "is_minor": G(lambda f: False),
                },
                3,
            ),
            "children": Many(
                {
                    "name": Y(lambda f: f.child()["first"], "name"),
                    "age": G(lambda f: f.r.randint(0, 14)),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Booking Shared",
        "swift",
        "",
        {
            "booking_reference": G(booking_ref),
            "share_channel": G(lambda f: f.pick(["email", "whatsapp", "line", "copy_link"])),
            "recipient_name": Y(lambda f: f.o["full"], "name"),
            "recipient_email": Y(lambda f: f.o["email"], "email"),
        },
    ),
    (
        "track",
        "Newsletter Field Completed",
        "web",
        "/",
        {
            "form_id": G(lambda f: "footer_newsletter"),
            "field": G(lambda f: "email"),
            "value": Y(lambda f: f.g["email"], "email", True),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        "/es/checkin",
        {
            "input": Y(autocomplete_input, "address|street", True),
            "session_token": G(lambda f: f.uuid()),
            "predictions_count": G(lambda f: f.r.randint(0, 5)),
            "field": G(lambda f: "home_address"),
        },
    ),
    (
        "track",
        "Concierge Chat Message Sent",
        "web",
        "/en/trips",
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "text": Y(chat_text, "phone", True),
            "channel": G(lambda f: "web_widget"),
        },
    ),
    (
        "track",
        "Room Preferences Updated",
        "swift",
        "",
        {
            "bed_type": G(lambda f: f.pick(["king", "twin", "futon", "no_preference"])),
            "floor_preference": G(lambda f: f.pick(["high", "low", "any"])),
            "quiet_room": G(lambda f: f.pick([True, False])),
            "smoking": G(lambda f: False),
            "feather_allergy": Y(lambda f: f.pick([True, False]), "allergy"),
            "accessibility": {
                "wheelchair_accessible_room": RED(lambda f: f.pick([True, False]), "disability"),
                "roll_in_shower": RED(lambda f: f.pick([True, False]), "disability"),
                "hearing_accessibility_kit": RED(lambda f: f.pick([True, False]), "disability"),
                "service_animal": RED(lambda f: f.pick([True, False]), "disability"),
            },
            "dietary_requirements": Many(
                Y(
                    lambda f: f.pick(
                        ["halal", "kosher", "gluten_free_coeliac", "nut_allergy", "lactose_intolerant"]
                    ),
                    "religion|allergy",
                ),
                2,
            ),
            "pet": {
                "name": G(lambda f: f.pick(["Toby", "Luna", "Coco", "Maru", "Pepa", "Kuro"])),
                "species": G(lambda f: f.pick(["dog", "cat"])),
            },
        },
    ),
    (
        "track",
        "Special Request Submitted",
        "kotlin",
        "",
        {
            "booking_reference": G(booking_ref),
            "request_type": G(
                lambda f: f.pick(["extra_bed", "crib", "late_checkout", "airport_transfer", "celebration"])
            ),
            "request_text": G(special_request),
            "flight_number": G(lambda f: f.pick(["IB3166", "AZ784", "JL408", "VY1234", "NH206", "FR2701"])),
        },
    ),
    (
        "track",
        "Airport Transfer Booked",
        "node",
        "",
        {
            "transfer_id": G(lambda f: "trf_" + digits(f, 7)),
            "pickup_airport": G(lambda f: f.pick(["MAD", "BCN", "FCO", "MXP", "HND", "NRT", "KIX"])),
            "sign_text": Y(
                lambda f: f.pick(
                    [
                        f"{f.g['last'].upper()}",
                        f"Sr. {f.g['last']}",
                        f"Sig.ra {f.g['last']}",
                        f"{f.g['full']}",
                        f"{f.g['last']} 様",
                    ]
                ),
                "name",
                True,
            ),
            "passengers": G(lambda f: f.r.randint(1, 6)),
            "contact_number": Y(lambda f: f.g["phone"], "phone"),
            "driver": {
                "name": Y(lambda f: f.s["full"], "name"),
                "contact": Y(lambda f: f.s["phone"], "phone", True),
            },
            "price": G(lambda f: f.money(35, 180)),
        },
    ),
    (
        "track",
        "Review Submitted",
        "web",
        "/en/review",
        {
            "review_id": G(lambda f: f.uuid()),
            "hotel_id": G(lambda f: f.h["id"]),
            "rating_overall": G(lambda f: f.r.randint(1, 10)),
            "ratings": {
                "cleanliness": G(lambda f: f.r.randint(1, 10)),
                "staff": G(lambda f: f.r.randint(1, 10)),
            },
            "title": G(
                lambda f: f.pick(
                    ["Perfect stay", "Muy recomendable", "Ottimo", "また泊まりたい", "Disappointing"]
                )
            ),
            "review_text": G(review_text),
            "reviewer_display_name": Y(lambda f: f"{f.g['first']} {f.g['last'][0]}.", "name"),
            "traveller_type": G(lambda f: f.pick(["couple", "family", "business", "solo", "friends"])),
            "stay_month": G(lambda f: f"2024-{f.r.randint(1, 12):02d}"),
            "verified_stay": G(lambda f: True),
        },
    ),
    (
        "track",
        "Loyalty Account Created",
        "swift",
        "",
        {
            "member_number": G(member_no),
            "tier": G(lambda f: "blue"),
            "referrer_member_number": G(member_no),
            "points_balance": G(lambda f: f.r.randint(0, 5000)),
        },
    ),
    (
        "track",
        "Points Transferred",
        "java",
        "",
        {
            "from_member": G(member_no),
            "to_member": G(member_no),
            "to_member_name": Y(lambda f: f.o["full"], "name"),
            "to_member_email": Y(lambda f: f.o["email"], "email"),
            "points": G(lambda f: f.r.randint(100, 20000)),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        "web",
        "/en/gift",
        {
            "voucher_id": G(lambda f: "gv_" + digits(f, 8)),
            "voucher_code": RED(lambda f: "EST-" + letters(f, 4) + "-" + letters(f, 4), "token"),
            "amount": G(lambda f: f.pick([50, 100, 150, 200, 300])),
            "currency": G(lambda f: "EUR"),
            "recipient": {
                "name": Y(lambda f: f.o["full"], "name"),
                "email": Y(lambda f: f.o["email"], "email"),
            },
            "sender_name": Y(lambda f: f.g["first"], "name"),
            "gift_message": Y(gift_message, "name", True),
        },
    ),
    (
        "track",
        "Application Opened",
        "kotlin",
        "",
        {
            "from_background": G(lambda f: f.pick([True, False])),
            "url": G(lambda f: f.pick(["estancia://trips", "estancia://offers/summer", ""])),
            "version": G(lambda f: "7.5.0"),
            "build": G(lambda f: "70500"),
        },
    ),
    (
        "track",
        "Application Installed",
        "swift",
        "",
        {"version": G(lambda f: f.pick(["7.4.2", "7.5.0"])), "build": G(lambda f: f.pick(["7420", "7501"]))},
    ),
    (
        "track",
        "Promotion Viewed",
        "web",
        "/",
        {
            "promotion_id": G(lambda f: "promo_" + digits(f, 3)),
            "name": G(lambda f: f.pick(["Japan in Spring", "Member Week -15%", "Long stays in Milano"])),
            "position": G(lambda f: f.pick(["home_hero", "search_top"])),
        },
    ),
    (
        "screen",
        "Booking Details",
        "rn",
        "",
        {
            "booking_reference": G(booking_ref),
            "days_to_arrival": G(lambda f: f.r.randint(0, 90)),
        },
    ),
]


def td1_or_td3(f: Fake) -> str:
    p = f.g
    if f.doctype == "passport":
        return mrz(p)
    number = (p["doc_number"] if p["doc_type"] != "PAS" else p["cie"] or p["passport"]).ljust(9, "<")[:9]
    dob, expiry = p["dob"].strftime("%y%m%d"), p["passport_expiry"].strftime("%y%m%d")
    line1 = f"ID{p['nat3']}{number}{mrz_check(number)}".ljust(30, "<")
    line2 = f"{dob}{mrz_check(dob)}{p['sex']}{expiry}{mrz_check(expiry)}{p['nat3']}".ljust(29, "<")
    line2 += mrz_check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    surname, given = ascii_fold(p["last"]).upper(), ascii_fold(p["first"]).upper()
    name = f"{surname.replace(' ', '<')}<<{given.replace(' ', '<').replace('-', '<')}"
    return f"{line1}\n{line2}\n{name.ljust(30, '<')[:30]}"


def set_doctype(f: Fake) -> str:
    f.doctype = "passport" if f.g["doc_type"] == "PAS" or f.r.random() < 0.3 else "id_card"
    return f.doctype


def scanned_number(f: Fake) -> str:
    if f.doctype == "passport":
        return f.g["passport"]
    return f.g["doc_number"] if f.g["doc_type"] != "PAS" else f.g["cie"] or f.g["passport"]


OPS_EVENTS = [
    # -- police registration: Spain (SES.Hospedajes), Italy (Alloggiati Web), Japan (宿泊者名簿) ----
    (
        "track",
        "Parte de Viajeros Comunicado",
        "python",
        "",
        {
            "codigo_establecimiento": G(lambda f: "0000" + digits(f, 6)),
            "referencia_contrato": G(booking_ref),
            "fecha_entrada": G(lambda f: arrive(f) + "T15:00:00"),
            "fecha_salida": G(lambda f: depart(f) + "T11:00:00"),
            "numero_personas": G(lambda f: f.r.randint(1, 5)),
            "tipo_pago": G(lambda f: f.pick(["TARJT", "EFECT", "PLATF", "TRANS"])),
            "viajeros": Many(
                {
                    "nombre": Y(lambda f: f.other()["first"], "name"),
                    "apellido1": Y(lambda f: f.o["last"], "name"),
                    "apellido2": Y(lambda f: f.o["last2"], "name"),
                    "tipo_documento": G(lambda f: f.o["doc_type"]),
                    "numero_documento": RED(lambda f: f.o["doc_number"], "national id|passport"),
                    "soporte_documento": RED(lambda f: f.o["support"], "national id"),
                    "fecha_nacimiento": Y(lambda f: ymd(f.o["dob"]), "birthdate"),
                    "nacionalidad": Y(lambda f: f.o["nat3"], "citizenship"),
                    "sexo": Y(lambda f: {"F": "M", "M": "H"}[f.o["sex"]], "sex|gender"),
                    "direccion": Y(lambda f: f.o["addr"]["street"], "address|street"),
                    "codigo_postal": Y(lambda f: f.o["addr"]["zip"], "zipcode"),
                    "localidad": Y(lambda f: f.o["addr"]["city"], "city"),
                    "pais": G(lambda f: f.o["nat3"] if f.r.random() < 0.8 else "ESP"),
                    "telefono": Y(lambda f: f.o["phone"], "phone"),
                    "correo": Y(lambda f: f.o["email"], "email"),
                    "parentesco": G(lambda f: f.pick(["", "", "PM", "HJ", "TU"])),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Schedina Alloggiati Inviata",
        "java",
        "",
        {
            "struttura": G(lambda f: f.pick(["MIL01", "ROM01", "FLR01"])),
            "data_arrivo": G(lambda f: dmy(day(f))),
            "giorni_permanenza": G(lambda f: f.r.randint(1, 30)),
            "ospiti": Many(
                {
                    "cognome": Y(lambda f: f.other()["last"], "name"),
                    "nome": Y(lambda f: f.o["first"], "name"),
                    "sesso": Y(lambda f: {"M": 1, "F": 2}[f.o["sex"]], "sex|gender"),
                    "data_nascita": Y(lambda f: dmy(f.o["dob"]), "birthdate"),
                    "comune_nascita": Y(lambda f: f.o["birthplace"].upper(), "city"),
                    "stato_nascita": G(lambda f: f.o["nat3"]),
                    "cittadinanza": Y(lambda f: f.o["nat_it"].upper(), "citizenship"),
                    "tipo_alloggiato": G(lambda f: f.pick([16, 17, 18, 19, 20])),
                    "tipo_documento": G(lambda f: "IDENT" if f.o["c"] == "IT" else "PASOR"),
                    "numero_documento": RED(lambda f: f.o["cie"] or f.o["passport"], "national id|passport"),
                    "luogo_rilascio": G(
                        lambda f: f.pick(["ROMA", "MILANO", "SPAGNA", "GIAPPONE", "FRANCIA"])
                    ),
                },
                3,
            ),
            "ricevuta": G(lambda f: digits(f, 12)),
        },
    ),
    (
        "track",
        "Shukuhaku Meibo Recorded",
        "go",
        "",
        {
            "shisetsu_id": G(lambda f: f.pick(["TYO01", "KYO01", "OSA01"])),
            "yoyaku_bango": G(booking_ref),
            "shimei": Y(shimei, "name"),
            "furigana": Y(furigana, "name"),
            "jusho": Y(jusho, "address"),
            "denwa_bango": Y(lambda f: f.g["phone"], "phone"),
            "shokugyo": G(lambda f: f.pick(["会社員", "学生", "自営業", "公務員", "engineer", "teacher"])),
            "kokuseki": Y(lambda f: "日本" if f.g["c"] == "JP" else f.g["nat_en"], "citizenship"),
            "ryoken_bango": RED(lambda f: f.g["passport"] if f.g["c"] != "JP" else "", "passport"),
            "seinengappi": Y(lambda f: f.g["dob"].strftime("%Y%m%d"), "birthdate"),
            "nenrei": G(lambda f: 2024 - f.g["dob"].year),
            "shukuhaku_nissu": G(lambda f: f.r.randint(1, 28)),
            "heya_bango": G(room_no),
            "ryoken_kopi_hozon": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- online check-in -----------------------------------------------------------------------------
    (
        "track",
        "ID Document Scanned",
        "swift",
        "",
        {
            "checkin_id": G(lambda f: f.uuid()),
            "document_type": G(set_doctype),
            "issuing_country": G(lambda f: f.g["nat3"]),
            "document_number": RED(scanned_number, "national id|passport"),
            "mrz": RED(td1_or_td3, "passport|national id"),
            "surname": Y(lambda f: f.g["surnames"].upper(), "name"),
            "given_names": Y(lambda f: f.g["first"].upper(), "name"),
            "date_of_birth": Y(lambda f: ymd(f.g["dob"]), "birthdate"),
            "nationality": Y(lambda f: f.g["nat3"], "citizenship"),
            "document_expiry": G(lambda f: ymd(f.g["passport_expiry"])),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 1), 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.4, 0.99), 2)),
            "liveness_passed": G(lambda f: f.pick([True, False])),
            "selfie_url": Y(lambda f: f"https://kyc.estanciagroup.com/selfies/{f.uuid()}.jpg", "photo"),
            "front_image_url": Y(
                lambda f: f"https://kyc.estanciagroup.com/docs/{f.uuid()}/front.jpg", "photo"
            ),
        },
    ),
    (
        "track",
        "Online Check-in Completed",
        "kotlin",
        "",
        {
            "checkin_id": G(lambda f: f.uuid()),
            "booking_reference": G(booking_ref),
            "guests_registered": G(lambda f: f.r.randint(1, 5)),
            "home_address": {
                "street": Y(lambda f: f.g["addr"]["street"], "address|street"),
                "city": Y(lambda f: f.g["addr"]["city"], "city"),
                "postal_code": Y(lambda f: f.g["addr"]["zip"], "zipcode"),
                "country": G(lambda f: f.g["c"]),
            },
            "arrival_eta": G(lambda f: f.pick(["15:00", "17:30", "21:00", "23:45"])),
            "purpose_of_stay": G(lambda f: f.pick(["leisure", "business", "family", "study"])),
        },
    ),
    (
        "track",
        "Passport Copy Uploaded",
        "flutter",
        "",
        {
            "reservation_id": G(lambda f: "R" + digits(f, 8)),
            "image_url": Y(
                lambda f: f"https://pms.estanciagroup.com/files/passports/{f.uuid()}.jpg", "photo"
            ),
            "s3_key": G(lambda f: f"scans/{f.pick(['TYO01', 'KYO01', 'OSA01'])}/{f.uuid()}"),
            "guest_nationality": Y(lambda f: f.g["nat_en"], "citizenship"),
            "staff_id": G(lambda f: f.s["employee_id"]),
        },
    ),
    # -- front desk: .NET PMS (PascalCase) and the web console -----------------------------------------
    (
        "track",
        "Check-in Completed",
        "dotnet",
        "",
        {
            "ReservationId": G(lambda f: "R" + digits(f, 8)),
            "PropertyCode": G(lambda f: f.h["id"]),
            "RoomNumber": G(room_no),
            "GuestFullName": Y(lambda f: f.g["full"], "name"),
            "AgentName": Y(lambda f: f.s["full"], "name"),
            "AgentId": G(lambda f: f.s["employee_id"]),
            "KeyCardsIssued": G(lambda f: f.r.randint(1, 3)),
            "DepositAmount": G(lambda f: f.pick([0, 50, 100, 200])),
            "DepositMethod": G(lambda f: f.pick(["PreAuth", "Cash", "None"])),
            "IdVerified": G(lambda f: f.pick([True, False])),
            "VehiclePlate": Y(
                lambda f: f.pick(
                    [
                        digits(f, 4) + " " + letters(f, 3, "BCDFGHJKLMNPRSTVWXYZ"),
                        letters(f, 2) + digits(f, 3) + letters(f, 2),
                        f"品川 300 さ {digits(f, 2)}-{digits(f, 2)}",
                    ]
                ),
                "license",
            ),
            "Notes": G(
                lambda f: f.pick(["Welcome amenity placed", "VIP - repeat guest", "", "Room 2nd choice"])
            ),
        },
    ),
    (
        "track",
        "Folio Settled",
        "dotnet",
        "",
        {
            "FolioId": G(lambda f: "F" + digits(f, 9)),
            "ReservationId": G(lambda f: "R" + digits(f, 8)),
            "TotalAmount": G(lambda f: f.money(80, 5000)),
            "Currency": G(lambda f: f.pick(["EUR", "JPY"])),
            "CardNumber": RED(card, "credit card"),
            "CardExpiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "CardHolder": Y(lambda f: f.g["full"].upper(), "name"),
            "AuthCode": G(lambda f: digits(f, 6)),
        },
    ),
    (
        "track",
        "Guest Complaint Logged",
        "console",
        "/inhouse/complaints",
        {
            "complaint_id": G(lambda f: digits(f, 6)),
            "guest_name": Y(lambda f: f.g["full"], "name"),
            "guest_phone": Y(lambda f: f.g["phone"], "phone"),
            "category": G(lambda f: f.pick(["Noise", "Cleanliness", "Billing", "Maintenance"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "Air conditioning not cooling",
                        "Noise from the bar until 2am",
                        "Charged twice for breakfast",
                        "Hair in the shower",
                    ]
                )
            ),
            "compensation_offered": G(lambda f: f.pick(["None", "Free breakfast", "10% refund"])),
            "handled_by": Y(lambda f: f.s["full"], "name"),
        },
    ),
    (
        "track",
        "Guest Lookup Performed",
        "console",
        "/arrivals",
        {
            "lookup": {
                "q": Y(staff_search, "name", True),
                "scope": G(lambda f: f.pick(["in_house", "arrivals", "all"])),
            },
            "results_count": G(lambda f: f.r.randint(0, 6)),
            "agent_id": G(lambda f: f.s["employee_id"]),
            "property_code": G(lambda f: f.h["id"]),
        },
    ),
    (
        "track",
        "Guest Callback Requested",
        "console",
        "/inhouse",
        {
            "reservation_id": G(lambda f: "R" + digits(f, 8)),
            "note": Y(callback_note, "phone", True),
            "priority": G(lambda f: f.pick(["normal", "urgent"])),
            "assigned_to": Y(lambda f: f.s["full"], "name"),
            "due_at": G(iso),
        },
    ),
    (
        "track",
        "Review Response Posted",
        "console",
        "/reviews",
        {
            "review_id": G(lambda f: f.uuid()),
            "response_text": G(
                lambda f: f.pick(
                    [
                        "Thank you for your kind words, we hope to welcome you back soon.",
                        "Gracias por su comentario, lo trasladamos al equipo.",
                        "Ci scusiamo per il disagio.",
                        "ご宿泊ありがとうございました。",
                    ]
                )
            ),
            "responder_name": Y(lambda f: f.s["full"], "name"),
            "responder_title": G(
                lambda f: f.pick(["General Manager", "Jefa de Recepción", "Front Office Manager"])
            ),
        },
    ),
    (
        "track",
        "Guest Profile Merged",
        "python",
        "",
        {
            "surviving_profile_id": G(lambda f: "gp_" + digits(f, 9)),
            "merged_profile_id": G(lambda f: "gp_" + digits(f, 9)),
            "match_keys": Many(G(lambda f: f.pick(["email", "phone", "name_dob", "loyalty_number"])), 3),
            "matched_email": Y(lambda f: f.g["email"], "email"),
            "matched_phone": Y(lambda f: f.g["phone"], "phone"),
        },
    ),
    # -- housekeeping and staff (Flutter staff app) -----------------------------------------------------
    (
        "track",
        "Housekeeping Task Completed",
        "flutter",
        "",
        {
            "task_id": G(lambda f: "hk_" + digits(f, 7)),
            "room_number": G(room_no),
            "task_type": G(lambda f: f.pick(["departure_clean", "stayover", "turndown", "deep_clean"])),
            "staff_id": G(lambda f: f.s["employee_id"]),
            "staff_name": Y(lambda f: f.s["full"], "name"),
            "supervisor_name": Y(lambda f: staff(f)["full"], "name"),
            "duration_min": G(lambda f: f.r.randint(12, 70)),
            "dnd": G(lambda f: f.pick([True, False])),
            "remarks": G(
                lambda f: f.pick(["Extra towels left", "Minibar restocked", "Broken lamp reported", ""])
            ),
        },
    ),
    (
        "track",
        "Staff Shift Started",
        "flutter",
        "",
        {
            "employee_id": G(lambda f: f.s["employee_id"]),
            "staff_name": Y(lambda f: f.s["full"], "name"),
            "role": G(lambda f: f.pick(["housekeeper", "room_attendant", "receptionist", "night_auditor"])),
            "department": G(lambda f: f.pick(["Housekeeping", "Front Office", "F&B"])),
            "hourly_rate": Y(
                lambda f: f.money(9, 22) if f.h["country"] != "JP" else f.r.randint(1100, 1800), "salary"
            ),
            "clock_in_lat": Y(lambda f: round(f.r.uniform(35.0, 45.5), 6), "geolocation"),
            "clock_in_lng": Y(lambda f: round(f.r.uniform(-3.8, 139.8), 6), "geolocation"),
            "property_code": G(lambda f: f.h["id"]),
        },
    ),
    (
        "track",
        "Lost Item Logged",
        "flutter",
        "",
        {
            "item_id": G(lambda f: "lf_" + digits(f, 6)),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "Black phone charger",
                        "Gold earring",
                        "Kid's blue jacket",
                        "Book: Norwegian Wood",
                        "Paraguas rojo",
                    ]
                )
            ),
            "found_in_room": G(room_no),
            "found_by": Y(lambda f: f.s["full"], "name"),
            "owner_name": Y(lambda f: f.g["full"], "name"),
            "owner_email": Y(lambda f: f.g["email"], "email"),
            "guest_contacted": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- keys and apartments ----------------------------------------------------------------------------
    (
        "track",
        "Mobile Key Issued",
        "rn",
        "",
        {
            "key_id": G(lambda f: f.uuid()),
            "lock_vendor": G(lambda f: f.pick(["ASSA ABLOY", "Salto", "dormakaba"])),
            "room_number": G(room_no),
            "valid_to": G(iso),
            "credential": RED(lambda f: f.jwt().split(".")[1] + f.hexid(32), "secret|token"),
        },
    ),
    (
        "track",
        "Apartment Access Code Sent",
        "node",
        "",
        {
            "apartment_id": G(lambda f: f.pick(["OSA01", "FLR01"]) + "-" + f.pick(["A", "B"]) + room_no(f)),
            "door_code": RED(set_door, "secret"),
            "keybox_code": RED(lambda f: digits(f, 4), "secret"),
            "message_body": RED(door_message, "secret", True),
            "sent_via": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "recipient_phone": Y(lambda f: f.g["phone"], "phone"),
            "code_valid_until": G(iso),
        },
    ),
    (
        "track",
        "Parcheggio Prenotato",
        "ruby",
        "",
        {
            "prenotazione": G(lambda f: "PK" + digits(f, 6)),
            "targa": Y(lambda f: letters(f, 2) + digits(f, 3) + letters(f, 2), "license"),
            "modello_auto": G(
                lambda f: f.pick(["Fiat 500", "Tesla Model 3", "Volkswagen Golf", "Toyota Yaris"])
            ),
            "posto": G(lambda f: f"P{f.r.randint(1, 3)}-{f.r.randint(1, 80):02d}"),
            "ingresso_previsto": G(iso),
        },
    ),
    # -- spa, health and long stays ---------------------------------------------------------------------
    (
        "track",
        "Spa Treatment Booked",
        "swift",
        "",
        {
            "treatment_id": G(lambda f: "spa_" + digits(f, 3)),
            "treatment_name": G(
                lambda f: f.pick(["Shiatsu 60'", "Masaje relajante", "Hot stone", "Onsen ritual"])
            ),
            "therapist_name": Y(lambda f: f.s["full"], "name"),
            "therapist_gender_preference": G(lambda f: f.pick(["female", "male", "no_preference"])),
            "price": G(lambda f: f.money(45, 220)),
            "guest_age": G(lambda f: f.r.randint(18, 80)),
            "health_questionnaire": {
                "pregnant": Y(lambda f: f.pick([True, False]), "condition"),
                "high_blood_pressure": Y(lambda f: f.pick([True, False]), "condition"),
                "recent_surgery": Y(lambda f: f.pick([True, False]), "condition|procedure"),
                "allergies": Many(
                    Y(lambda f: f.pick(["almond oil", "latex", "lavender", "penicillin"]), "allergy"), 2
                ),
                "medications": Many(
                    Y(
                        lambda f: f.pick(["warfarin", "ibuprofen", "levothyroxine", "metformin"]),
                        "medication",
                    ),
                    2,
                ),
                "consent_signed": G(lambda f: True),
            },
        },
    ),
    (
        "track",
        "Doctor Visit Requested",
        "rn",
        "",
        {
            "request_id": G(lambda f: f.uuid()),
            "symptoms": Y(
                lambda f: f.pick(
                    [
                        "fever and sore throat",
                        "migraine",
                        "sprained ankle",
                        "stomach pain since yesterday",
                        "fiebre alta",
                        "mal di schiena",
                    ]
                ),
                "condition|diagnosis",
            ),
            "ehic_number": RED(
                lambda f: "80" + f.pick(["724", "380", "276", "250"]) + digits(f, 15), "health id"
            ),
            "insurer": G(
                lambda f: f.pick(["AXA Assistance", "Allianz Travel", "Mapfre Asistencia", "Tokio Marine"])
            ),
            "travel_insurance_policy": Y(
                lambda f: f.pick(["TRV-", "AX", "MAP"]) + digits(f, 9), "identification"
            ),
            "preferred_language": G(lambda f: f.pick(["es", "it", "ja", "en"])),
            "apartment_id": G(lambda f: f.pick(["OSA01", "FLR01"]) + "-" + room_no(f)),
        },
    ),
    (
        "track",
        "Long Stay Application Submitted",
        "go",
        "",
        {
            "application_id": G(lambda f: "ls_" + digits(f, 7)),
            "applicant": {
                "full_name": Y(lambda f: f.g["full"], "name"),
                "email": Y(lambda f: f.g["email"], "email"),
                "phone": Y(lambda f: f.g["phone"], "phone"),
                "date_of_birth": Y(lambda f: ymd(f.g["dob"]), "birthdate"),
                "nationality": Y(lambda f: f.g["nat_en"], "citizenship"),
            },
            "employer": G(
                lambda f: f.pick(["Rakuten", "Sony", "Accenture Japan", "Pirelli", "BBVA", "Mercari"])
            ),
            "job_title": G(
                lambda f: f.pick(["Software Engineer", "Consultant", "Visiting Researcher", "Sales Director"])
            ),
            "annual_salary": Y(
                lambda f: (
                    f.r.randint(40, 180) * 100000 if f.h["country"] == "JP" else f.r.randint(28, 160) * 1000
                ),
                "salary",
            ),
            "visa_status": RED(
                lambda f: f.pick(
                    [
                        "Engineer/Specialist in Humanities",
                        "Intra-company Transferee",
                        "Highly Skilled Professional",
                        "Permanent Resident",
                        "EU Blue Card",
                    ]
                ),
                "visa",
            ),
            "residence_card_number": RED(
                lambda f: letters(f, 2) + digits(f, 8) + letters(f, 2), "national id"
            ),
            "previous_address": Y(
                lambda f: f"{f.g['addr']['street']}, {f.g['addr']['zip']} {f.g['addr']['city']}", "address"
            ),
            "emergency_contact": {
                "name": Y(lambda f: f.o["full"], "name"),
                "phone": Y(lambda f: f.o["phone"], "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
            "move_in_date": G(lambda f: ymd(day(f))),
            "monthly_rent": G(lambda f: f.r.randint(120, 420) * 1000),
            "pets_count": G(lambda f: f.r.randint(0, 2)),
        },
    ),
]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

PAY_AND_VENDOR_EVENTS = [
    # -- payments -----------------------------------------------------------------------------------
    (
        "track",
        "Card Guarantee Added",
        "node",
        "",
        {
            "booking_reference": G(booking_ref),
            "stripe": {
                "setup_intent": G(lambda f: "seti_1" + letters(f, 23, ALNUM)),
                "client_secret": RED(
                    lambda f: "seti_1" + letters(f, 23, ALNUM) + "_secret_" + letters(f, 24, ALNUM), "secret"
                ),
                "payment_method": RED(lambda f: "pm_1" + letters(f, 23, ALNUM), "token"),
                "customer": G(lambda f: "cus_" + letters(f, 14, ALNUM)),
            },
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "jcb"])),
                "last4": G(lambda f: digits(f, 4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2032)),
                "country": G(lambda f: f.g["c"]),
            },
            "three_d_secure": {
                "result": G(lambda f: f.pick(["authenticated", "attempt_acknowledged", "not_supported"])),
            },
        },
    ),
    (
        "track",
        "Deposit Charged",
        "java",
        "",
        {
            "pspReference": G(lambda f: letters(f, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
            "merchantReference": G(booking_ref),
            "merchantAccount": G(lambda f: f.pick(["EstanciaES_ECOM", "EstanciaIT_POS", "EstanciaJP_ECOM"])),
            "amount": {
                "value": G(lambda f: f.pick([5000, 10000, 15000, 20000])),
                "currency": G(lambda f: f.pick(["EUR", "JPY"])),
            },
            "resultCode": G(lambda f: f.pick(["Authorised", "Refused", "Pending"])),
            "shopperReference": G(lambda f: "guest_" + digits(f, 8)),
            "recurringDetailReference": RED(lambda f: digits(f, 16), "token"),
            "shopperEmail": Y(lambda f: f.g["email"], "email"),
            "shopperIP": Y(ip, "ip"),
            "shopperName": {
                "firstName": Y(lambda f: f.g["first"], "name"),
                "lastName": Y(lambda f: f.g["surnames"], "name"),
            },
            "cardSummary": G(lambda f: digits(f, 4)),
            "issuerCountry": G(lambda f: f.g["c"]),
            "paymentMethod": {"brand": G(lambda f: f.pick(["visa", "mc", "amex", "jcb"]))},
        },
    ),
    (
        "track",
        "Deposit Refund Requested",
        "php",
        "",
        {
            "booking_reference": G(booking_ref),
            "refund_iban": RED(lambda f: iban(f), "bank account"),
            "account_holder": Y(lambda f: f.g["full"], "name"),
            "bic": G(
                lambda f: f.pick(
                    ["CAIXESBBXXX", "BBVAESMMXXX", "UNCRITMMXXX", "BCITITMM", "DEUTDEFF", "BNPAFRPP"]
                )
            ),
            "amount": G(lambda f: f.pick([50, 100, 150, 200])),
            "currency": G(lambda f: "EUR"),
            "reason": G(lambda f: f.pick(["deposit_release", "overcharge", "cancellation"])),
        },
    ),
    (
        "track",
        "Refund Bank Transfer Requested",
        "go",
        "",
        {
            "booking_reference": G(booking_ref),
            "bank_code": G(lambda f: f.pick(["0005", "0009", "0001", "0036"])),
            "branch_code": G(lambda f: digits(f, 3)),
            "account_type": G(lambda f: f.pick(["futsu", "toza"])),
            "account_number": RED(lambda f: digits(f, 7), "bank account"),
            "account_holder_kana": Y(furigana, "name"),
            "amount_jpy": G(lambda f: f.r.randint(3000, 80000)),
        },
    ),
    (
        "track",
        "Ricevuta Fiscale Emessa",
        "php",
        "",
        {
            "numero_ricevuta": G(lambda f: f"{f.r.randint(1, 9999):04d}/2024"),
            "codice_fiscale": RED(lambda f: f.g["cf"], "national id"),
            "nome_cliente": Y(lambda f: f.g["full"], "name"),
            "importo": G(lambda f: f.money(80, 2000)),
            "struttura": G(lambda f: f.pick(["MIL01", "ROM01", "FLR01"])),
        },
    ),
    # -- corporate accounts ------------------------------------------------------------------------------
    (
        "group",
        None,
        "python",
        "",
        {
            "name": G(
                lambda f: f.pick(
                    ["Inditex", "Pirelli", "Rakuten Group", "Telefónica", "Accenture", "Mercari"]
                )
            ),
            "industry": G(lambda f: f.pick(["Retail", "Manufacturing", "Technology", "Consulting"])),
            "employees": G(lambda f: f.r.randint(200, 200000)),
            "plan": G(lambda f: f.pick(["corporate_gold", "corporate_standard", "smb"])),
            "website": G(
                lambda f: f.pick(
                    ["https://www.inditex.com", "https://corp.rakuten.co.jp", "https://www.pirelli.com"]
                )
            ),
            "billing_email": G(
                lambda f: f.pick(
                    ["ap@inditex.example", "accounts.payable@pirelli.example", "keiri@rakuten.example"]
                )
            ),
            "vat_number": G(lambda f: f.pick(["ESA15075062", "IT00860340157", "JP1010001087234"])),
            "city": G(lambda f: f.pick(["Arteixo", "Milano", "Tokyo", "Madrid"])),
            "negotiated_rate_code": G(lambda f: "CORP_" + letters(f, 3)),
            "travel_manager_email": Y(lambda f: f.o["email"], "email"),
            "account_manager": Y(lambda f: f.s["full"], "name"),
        },
    ),
    # -- vendor-shaped payloads ----------------------------------------------------------------------------
    (
        "track",
        "Inbound Call Received",
        "python",
        "",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: "+" + intl_digits(f.g), "phone", True),
            "Caller": Y(lambda f: "+" + intl_digits(f.g), "phone"),
            "CallerName": Y(lambda f: ascii_fold(f"{f.g['last']} {f.g['first']}").upper(), "name"),
            "FromCity": Y(lambda f: f.g["addr"]["city"].upper(), "city"),
            "FromCountry": G(lambda f: f.g["c"]),
            "To": G(lambda f: "+" + phone_digits(f.h["phone"])),
            "ForwardedFrom": G(lambda f: f.pick(["+34910602211", "+390694801122", "+81345780011"])),
            "CallStatus": G(lambda f: f.pick(["ringing", "in-progress", "completed", "no-answer"])),
        },
    ),
    (
        "track",
        "WhatsApp Message Received",
        "ruby",
        "",
        {
            "wa_id": Y(lambda f: intl_digits(f.g), "phone", True),
            "profile_name": Y(lambda f: f.pick([f.g["first"], f.g["full"]]), "name"),
            "display_phone_number": G(lambda f: f.pick(["34910602211", "81345780011"])),
            "message": {
                "id": G(lambda f: "wamid.HBgL" + letters(f, 40, ALNUM)),
                "text": {
                    "body": G(
                        lambda f: f.pick(
                            [
                                "Hola, ¿a qué hora es el desayuno?",
                                "Is parking available?",
                                "Possiamo lasciare i bagagli?",
                                "チェックアウトは何時ですか？",  # noqa: RUF001
                                "Thanks!",
                            ]
                        )
                    )
                },
                "timestamp": G(lambda f: str(f.epoch_ms() // 1000)),
            },
        },
    ),
    (
        "track",
        "Email Opened",
        "node",
        "",
        {
            "email": Y(lambda f: f.g["email"], "email"),
            "smtp-id": G(lambda f: f"<{f.hexid(20)}@mail.estanciagroup.com>"),
            "sg_message_id": G(lambda f: letters(f, 22, ALNUM) + ".filterdrecv-" + digits(f, 4)),
            "category": Many(G(lambda f: f.pick(["pre_arrival", "confirmation", "newsletter"])), 2),
            "ip": Y(ip, "ip"),
            "useragent": G(lambda f: f.pick(UAS)),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Email Sent",
        "python",
        "",
        {
            "to": Y(lambda f: f.g["email"], "email", True),
            "subject": Y(
                lambda f: f.pick(
                    [
                        f"{f.g['first']}, your stay at {f.h['name']} is confirmed",
                        f"{f.g['first']}, tu reserva en {f.h['name']}",
                        f"Ciao {f.g['first']}, è tutto pronto per il tuo arrivo",
                        f"{f.g['last']}様 ご予約ありがとうございます",
                    ]
                ),
                "name",
                True,
            ),
            "template": G(lambda f: f.pick(["booking_confirmation", "pre_arrival", "post_stay"])),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.estanciagroup.com>"),
            "reply_to": G(lambda f: f.h["email"]),
            "from": G(lambda f: "no-reply@estanciagroup.com"),
        },
    ),
    (
        "track",
        "Purchase Sent To Meta",
        "php",
        "",
        {
            "event_id": G(lambda f: f.uuid()),
            "event_source_url": G(lambda f: "https://www.estanciahotels.com/en/checkout/confirmation"),
            "user_data": {
                "em": Y(lambda f: sha256(f.g["email"]), "email"),
                "ph": Y(lambda f: sha256(intl_digits(f.g)), "phone"),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 10**10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR" + letters(f, 40, ALNUM), "advertising id"),
                "external_id": G(lambda f: sha256("usr_" + digits(f, 8))),
            },
            "custom_data": {
                "value": G(lambda f: f.money(90, 4000)),
                "currency": G(lambda f: "EUR"),
                "content_ids": Many(G(lambda f: f.pick(HOTELS)["id"]), 2),
            },
        },
    ),
    (
        "track",
        "Ad Click Captured",
        "node",
        "",
        {
            "gclid": Y(lambda f: "Cj0KCQjw" + letters(f, 60, ALNUM + "_-"), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + letters(f, 55, ALNUM + "_-"), "advertising id"),
            "msclkid": Y(lambda f: f.hexid(32), "advertising id"),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "bing"])),
            "utm_campaign": G(lambda f: f.pick(["brand_es", "japan_spring", "roma_weekend"])),
            "landing_page": G(lambda f: f.pick(["/es", "/it/roma", "/ja/kyoto", "/en/offers"])),
        },
    ),
    # -- widgets and warehouse ------------------------------------------------------------------------------
    (
        "track",
        "Booking Widget Submitted",
        "web",
        "/partners/widget",
        {
            "guest-name": Y(lambda f: f.g["full"], "name"),
            "guest-email": Y(lambda f: f.g["email"], "email"),
            "check-in": G(lambda f: arrive(f)),
            "check-out": G(lambda f: depart(f)),
            "promo-code": G(lambda f: f.pick(["", "PARTNER5", "AGENCY10"])),
            "party-size": G(lambda f: f.r.randint(1, 6)),
            "widget-version": G(lambda f: f.pick(["2.3.1", "2.4.0"])),
        },
    ),
    (
        "track",
        "WiFi Portal Login",
        "php",
        "",
        {
            "room_number": G(room_no),
            "last_name": Y(lambda f: f.g["last"], "name"),
            "mac_address": Y(lambda f: f.mac(), "mac"),
            "client_ip": Y(
                lambda f: f"10.{f.r.randint(10, 40)}.{f.r.randint(0, 255)}.{f.r.randint(2, 254)}", "ip"
            ),
            "plan": G(lambda f: f.pick(["free", "premium_24h"])),
            "session_minutes": G(lambda f: f.r.randint(1, 900)),
        },
    ),
    (
        "identify",
        None,
        "go",
        "",
        {
            "EMAIL": Y(lambda f: f.g["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.g["first"], "name"),
            "LAST_NAME": Y(lambda f: f.g["surnames"], "name"),
            "MOBILE_E164": Y(lambda f: "+" + intl_digits(f.g), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: ymd(f.g["dob"]), "birthdate"),
            "HOME_CITY": Y(lambda f: f.g["addr"]["city"], "city"),
            "HOME_COUNTRY": G(lambda f: f.g["c"]),
            "LIFETIME_NIGHTS": G(lambda f: f.r.randint(1, 240)),
            "LIFETIME_VALUE_EUR": G(lambda f: f.money(90, 60000)),
            "LAST_STAY_DATE": G(lambda f: ymd(day(f, date(2022, 1, 1), 900))),
            "IS_VIP": G(lambda f: f.pick([True, False])),
            "LOYALTY_ID": G(member_no),
        },
    ),
    (
        "track",
        "Folio Charge Posted",
        "go",
        "",
        {
            "folio_id": G(lambda f: "F" + digits(f, 9)),
            "reservation_id": G(lambda f: "R" + digits(f, 8)),
            "guest_email": Y(lambda f: f.g["email"], "email"),
            "guest_last_name": Y(lambda f: f.g["last"].upper(), "name"),
            "charge_code": G(lambda f: f.pick(["MINIBAR", "SPA", "FNB_BREAKFAST", "PARKING", "LAUNDRY"])),
            "amount_eur": G(lambda f: f.money(3, 300)),
            "property_code": G(lambda f: f.h["id"]),
            "room_no": G(room_no),
            "posted_by": G(lambda f: f.s["employee_id"]),
        },
    ),
    (
        "alias",
        None,
        "kotlin",
        "",
        {},
    ),
]

EVENTS = GUEST_EVENTS + OPS_EVENTS + PAY_AND_VENDOR_EVENTS

STAFF_CLIENTS = {"flutter", "console", "dotnet"}


def message(
    f: HFake, kind: str, name: str | None, client: str, page_path: str, body: dict, labels: dict
) -> dict:
    f.new_message()
    msg: dict = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso(), "anonymousId": f.uuid()}
    if client in STAFF_CLIENTS:
        msg["userId"] = f.s["employee_id"]
    elif kind in ("identify", "alias") or f.r.random() < 0.75:
        msg["userId"] = "usr_" + digits(f, 8)
    if kind == "track":
        msg["event"] = name
    if kind in ("page", "screen"):
        msg["name"] = name
    if kind == "group":
        msg["groupId"] = "corp_" + digits(f, 5)
    if kind == "alias":
        msg["previousId"] = msg.pop("anonymousId")
        msg["userId"] = "usr_" + digits(f, 8)
    elif kind in ("identify", "group"):
        msg["traits"] = render(body, f, "traits", labels)
    else:
        msg["properties"] = render(body, f, "properties", labels)
    msg["context"] = render(context_for(client, page_path or "/"), f, "context", labels)
    if f.r.random() < 0.2:
        msg["integrations"] = {"All": True, "Mixpanel": False}
    return msg


def build(seed: int, repeats: int):
    f = HFake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, page_path, body in EVENTS:
            events.append(message(f, kind, name, client, page_path, body, labels))
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=185, repeats=24)
    write(Path(__file__).parent, "holdout185_", events, labels)
