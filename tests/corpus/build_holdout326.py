"""Writes holdout 326: tests/corpus/holdout326_events.jsonl and holdout326_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or any
other corpus's labels (build_holdout3.py was read for its format only), and never scored by its
author. Run with `.venv/bin/python -m tests.corpus.build_holdout326`; deterministic (seed 326).

Domain: martial-arts and boxing gyms in South Korea, Brazil and the United States. A gym-management
SaaS ("DojoFlow") and its traffic: member apps (analytics-swift, analytics-kotlin,
analytics-react-native), a front-desk / coach tablet (Flutter), the member portal and gyms' own
websites (analytics.js; a WordPress site with Contact Form 7 kebab-case fields), and backends on
the python, node, go, java, ruby, php and .NET server libraries. Covered: identify calls in
camelCase, SCREAMING_SNAKE (a warehouse reverse-ETL sync), Korean and Portuguese keys; group calls
for gyms; memberships, class booking, check-in and door access, belt promotions and grading exams,
sparring waivers (English and Portuguese), injury reports (English and Korean), weigh-ins,
competition entries and results, a federation's athlete registration (PascalCase .NET) and para
classification, parent accounts and junior pickup, pro-shop e-commerce spec events, payments
(Stripe shaped webhooks, Pix `cob` and webhook payloads, KakaoPay approve responses, Toss-shaped
Korean card payments, refund accounts, Korean cash receipts, Brazilian NFS-e), staff clock-ins and
coach payouts, job applications, SMS / KakaoTalk Alimtalk / SendGrid payloads, Kakao login,
Calendly-shaped private-lesson bookings, lead forms with ad click ids, geofenced check-in.

Conventions: paths are `flatten`'s (`properties.products[].sku`); every leaf carries a label:
classification (red / yellow / green), type (the reference's default matcher name, or bank account,
geolocation, secret, national id, health id, advertising id, credit card, password, ip, token;
`a|b` when either is fair) and value_only (the key does not say what the value is).

Labelling rules (the product's default colours and its published policy on contested cases):
- PII is personal data about a natural person: the user, a guardian, a child, an emergency contact,
  an opponent, a referee, a coach or front-desk staff member. Names, contact details, the person's
  own address (billing and shipping addresses included) and precise location, birth dates,
  government ids, financial accounts and full card numbers, health, disability, veteran status,
  ethnicity, credentials and secrets, IP addresses, advertising and ad-click ids.
- Colours follow the reference table (name, email, phone, address, city, zipcode, birthdate,
  gender, sex, ethnicity, citizenship, photo, salary, license, identification, certificate,
  condition, diagnosis, procedure, medication, allergy are yellow; passport, social security
  number, visa, veteran, disability, credit card, password, token are red); outside the table:
  national id, bank account, secret and health id are red, geolocation, ip and advertising id yellow.
- Green: ids we or a vendor issue (member numbers / 회원번호 / matrícula, federation membership
  numbers, booking, order, payment, transaction, approval and Pix txid / endToEndId values),
  SKUs, versions, timestamps, hashes, amounts, counters, enums and booleans under PII-sounding keys
  (`emailVerified`, `phoneCount`, `passwordStrength`, `ssn_provided`), gym, product, class,
  technique and company names (a gym named after a family, "Machado Brothers BJJ", is a company),
  the gym's own phone, e-mail, address, CNPJ, Pix key and coordinates, role mailboxes, masked card
  numbers, card brand / BIN / last four / expiry, bank and branch codes (agência), routing numbers,
  ages and age bands, marital status, job titles and employers, insurer names, weight classes.
- Decisions this corpus had to make (a careful privacy owner's choice, stated once here):
  - body weight at a weigh-in and a bout's weight class are green: sport measurements published on
    fight cards, not health data;
  - the last four digits of a phone number (Korean kiosks look members up by 휴대폰 뒷자리) are
    green like a card's last four; a masked CPF ("***.456.789-**") is red like an SSN's last four;
  - a Pix key the person holds (CPF, e-mail, phone or random key alike) is an alias of their bank
    account: red `bank account`; the gym's own Pix key is green;
  - a para sport class (K44, P20) and an impairment type reveal a disability: red `disability`;
  - an injury's body part, severity and suspected concussion reveal health: yellow `condition`;
  - a boolean answering a health question (has a heart condition, takes medication, a TUE on file)
    is health in that matcher's colour (`condition`, `medication`: yellow);
  - a Kukkiwon / 국기원 dan certificate number is a `certificate` (yellow); an insurer's or health
    plan's member card number (carteirinha) is `identification` (yellow);
  - a push-notification device token (`context.device.token`) is red `token`, as the base corpus;
  - a Korean cash-receipt identity number holding the member's phone is yellow `phone`, value_only;
  - a gym's door keypad code or check-in PIN is red `password`; a Kakao OAuth access token, a Stripe
    `pm_` id, a PaymentIntent client secret, a one-time code and a magic-link URL are red.
- value_only: true only when the key is neutral (`value`, `text`, `note`, `notes`, `query`,
  `input`, `To`, `to`, `Body`, `subject`, `answer`, `your-message`, a contact's `label`/`value`);
  such a path carries its PII in every value. Free text with no PII in any value is green.
"""

from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people ------------------------------------------------------------------------------------------

KR_FAMILY = [
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
    ("황", "Hwang"),
    ("송", "Song"),
]
KR_GIVEN = [
    ("민준", "Min-jun"),
    ("서연", "Seo-yeon"),
    ("지호", "Ji-ho"),
    ("하은", "Ha-eun"),
    ("도윤", "Do-yoon"),
    ("수아", "Su-a"),
    ("예준", "Ye-jun"),
    ("지우", "Ji-woo"),
    ("시우", "Si-woo"),
    ("서윤", "Seo-yun"),
    ("주원", "Ju-won"),
    ("하윤", "Ha-yoon"),
    ("건우", "Geon-woo"),
    ("지민", "Ji-min"),
    ("현우", "Hyun-woo"),
    ("은서", "Eun-seo"),
    ("태양", "Tae-yang"),
    ("유진", "Yu-jin"),
]
BR_FIRST = [
    "João",
    "Ana",
    "Lucas",
    "Mariana",
    "Gabriel",
    "Beatriz",
    "Rafael",
    "Juliana",
    "Thiago",
    "Camila",
    "Pedro",
    "Larissa",
    "Felipe",
    "Fernanda",
    "Matheus",
    "Letícia",
    "Luiz Henrique",
    "Maria Eduarda",
]
BR_LAST = [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Pereira",
    "Lima",
    "Carvalho",
    "Ferreira",
    "Rodrigues",
    "Almeida",
    "Costa",
    "Gomes",
    "Ribeiro",
    "Martins",
    "Araújo",
    "Nascimento",
    "Conceição",
]
US_FIRST = [
    "Emily",
    "Michael",
    "Jasmine",
    "Tyrone",
    "Ashley",
    "Connor",
    "Brianna",
    "DeShawn",
    "Megan",
    "Carlos",
    "Aaliyah",
    "Ethan",
    "Keisha",
    "Hunter",
    "Maria",
    "Dylan",
    "Priya",
    "Marcus",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Jackson",
    "Thompson",
    "Nguyen",
    "Kowalski",
    "O'Connor",
    "Washington",
    "Hernandez",
    "Patel",
    "Yamamoto",
]
INTL = [
    ("Magomed", "Abdulaev"),
    ("Aigerim", "Seitkali"),
    ("Yuki", "Tanaka"),
    ("Siobhan", "Murphy"),
    ("Oleksandr", "Kovalenko"),
    ("Amir", "Rahimi"),
    ("Fatima Zahra", "Benali"),
    ("Kwame", "Asante"),
    ("Somchai", "Kaewkla"),
    ("Isabella", "Rossi"),
    ("Nguyen Van", "Minh"),
    ("Lucía", "Fernández"),
]


def _region(f: Fake) -> str:
    return f.pick(["kr", "kr", "br", "br", "us", "us", "intl"])


def first_name(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        return f.pick(KR_GIVEN)[f.pick([0, 1])]
    if region == "br":
        return f.pick(BR_FIRST)
    if region == "us":
        return f.pick(US_FIRST)
    return f.pick(INTL)[0]


def last_name(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        return f.pick(KR_FAMILY)[f.pick([0, 1])]
    if region == "br":
        return f.pick(BR_LAST)
    if region == "us":
        return f.pick(US_LAST)
    return f.pick(INTL)[1]


def kr_name(f: Fake) -> str:
    (fam_h, fam_r), (giv_h, giv_r) = f.pick(KR_FAMILY), f.pick(KR_GIVEN)
    return f.pick([fam_h + giv_h, fam_h + giv_h, f"{fam_r} {giv_r}", f"{giv_r.replace('-', '')} {fam_r}"])


def br_name(f: Fake) -> str:
    last = f.pick(BR_LAST)
    if f.r.random() < 0.6:
        last = f.pick(BR_LAST) + " " + last
    return f"{f.pick(BR_FIRST)} {last}"


def us_name(f: Fake) -> str:
    middle = f" {f.pick('ABCDEJKLMR')}." if f.r.random() < 0.2 else ""
    return f"{f.pick(US_FIRST)}{middle} {f.pick(US_LAST)}"


def full_name(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        return kr_name(f)
    if region == "br":
        return br_name(f)
    if region == "us":
        return us_name(f)
    first, last = f.pick(INTL)
    return f"{first} {last}"


def _ascii(s: str) -> str:
    table = str.maketrans("ãáâàçéêíóôõúüÁÉÍÓÚ", "aaaaceeiooouuAEIOU")
    return s.translate(table).replace("'", "").replace(" ", "").replace("-", "").lower()


def email(f: Fake) -> str:
    region = _region(f)
    if region == "kr":
        fam, giv = f.pick(KR_FAMILY)[1], f.pick(KR_GIVEN)[1]
        local = f.pick(
            [
                f"{_ascii(giv)}{f.r.randint(80, 99)}",
                f"{_ascii(fam)}.{_ascii(giv)}",
                f"{_ascii(giv)}_{f.digits(4)}",
            ]
        )
        domain = f.pick(["naver.com", "naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com"])
    elif region == "br":
        first, last = _ascii(f.pick(BR_FIRST)), _ascii(f.pick(BR_LAST))
        local = f.pick([f"{first}.{last}", f"{first}{last}{f.r.randint(1, 99)}", f"{first}_{last}"])
        domain = f.pick(
            ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br"]
        )
    else:
        first, last = _ascii(f.pick(US_FIRST)), _ascii(f.pick(US_LAST))
        local = f.pick(
            [f"{first}.{last}", f"{first[0]}{last}{f.r.randint(1, 99)}", f"{first}{f.r.randint(1980, 2009)}"]
        )
        domain = f.pick(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "protonmail.com"])
    return f"{local}@{domain}"


def kr_phone(f: Fake) -> str:
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick([f"010-{a}-{b}", f"010{a}{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010 {a} {b}"])


def br_phone(f: Fake) -> str:
    ddd = f.pick(["11", "21", "31", "41", "51", "61", "71", "81", "48"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick(
        [f"+55 {ddd} 9{a}-{b}", f"({ddd}) 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9{a}{b}", f"{ddd}9{a}{b}"]
    )


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def phone(f: Fake) -> str:
    return f.pick([kr_phone, br_phone, us_phone])(f)


def e164(f: Fake) -> str:
    digits = "".join(c for c in phone(f) if c.isdigit())
    if digits.startswith("010"):
        return "+82" + digits[1:]
    if len(digits) == 10:
        return "+1" + digits
    if len(digits) == 11 and not digits.startswith("1"):
        return "+55" + digits
    return "+" + digits


KR_ROADS = [
    ("서울특별시", "강남구", ["테헤란로", "역삼로", "선릉로", "도산대로"]),
    ("서울특별시", "마포구", ["월드컵북로", "양화로", "독막로"]),
    ("서울특별시", "송파구", ["올림픽로", "송파대로", "백제고분로"]),
    ("부산광역시", "해운대구", ["센텀중앙로", "해운대로"]),
    ("경기도 성남시", "분당구", ["판교역로", "정자일로"]),
    ("인천광역시", "연수구", ["송도과학로", "컨벤시아대로"]),
    ("대구광역시", "수성구", ["달구벌대로", "동대구로"]),
]
BR_STREETS = [
    "Rua Augusta",
    "Av. Paulista",
    "Rua Teodoro Sampaio",
    "Rua Voluntários da Pátria",
    "Av. Nossa Senhora de Copacabana",
    "Rua Haddock Lobo",
    "Rua dos Pinheiros",
    "Rua Padre Chagas",
    "Rua da Bahia",
    "Av. Boa Viagem",
]
BAIRROS = [
    "Pinheiros",
    "Copacabana",
    "Botafogo",
    "Moema",
    "Savassi",
    "Vila Mariana",
    "Boa Viagem",
    "Tijuca",
    "Batel",
]
BR_CITIES = [
    ("São Paulo", "SP"),
    ("Rio de Janeiro", "RJ"),
    ("Belo Horizonte", "MG"),
    ("Curitiba", "PR"),
    ("Porto Alegre", "RS"),
    ("Recife", "PE"),
    ("Florianópolis", "SC"),
    ("Salvador", "BA"),
]
US_STREETS = [
    "Oak Ave",
    "W 34th St",
    "N Lamar Blvd",
    "Flatbush Ave",
    "Mission St",
    "Peachtree Rd NE",
    "Westheimer Rd",
    "S Congress Ave",
    "N Broadway",
    "Ocean View Dr",
]
US_CITIES = [
    ("Austin", "TX"),
    ("Brooklyn", "NY"),
    ("Queens", "NY"),
    ("Houston", "TX"),
    ("San Diego", "CA"),
    ("Los Angeles", "CA"),
    ("Miami", "FL"),
    ("Chicago", "IL"),
    ("Newark", "NJ"),
    ("Atlanta", "GA"),
]


def kr_street(f: Fake) -> str:
    road = f.pick(f.pick(KR_ROADS)[2])
    return f"{road} {f.r.randint(1, 420)}" + (f"-{f.r.randint(1, 30)}" if f.r.random() < 0.3 else "")


def kr_address(f: Fake) -> str:
    sido, gu, roads = f.pick(KR_ROADS)
    unit = (
        f", {f.r.randint(101, 125)}동 {f.r.randint(1, 25)}{f.r.randint(1, 4):02d}호"
        if f.r.random() < 0.6
        else ""
    )
    return f"{sido} {gu} {f.pick(roads)} {f.r.randint(1, 420)}{unit}"


def br_street(f: Fake) -> str:
    return f"{f.pick(BR_STREETS)}, {f.r.randint(10, 3200)}"


def br_address(f: Fake) -> str:
    city, uf = f.pick(BR_CITIES)
    apto = f" - apto {f.r.randint(11, 184)}" if f.r.random() < 0.5 else ""
    return f"{br_street(f)}{apto} - {f.pick(BAIRROS)}, {city} - {uf}, {cep(f)}"


def us_street(f: Fake) -> str:
    apt = f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}" if f.r.random() < 0.3 else ""
    return f"{f.r.randint(10, 9899)} {f.pick(US_STREETS)}{apt}"


def us_address(f: Fake) -> str:
    city, st = f.pick(US_CITIES)
    return f"{us_street(f)}, {city}, {st} {us_zip(f)}"


def street(f: Fake) -> str:
    return f.pick([kr_street, br_street, us_street])(f)


def address(f: Fake) -> str:
    return f.pick([kr_address, br_address, us_address])(f)


def person_city(f: Fake) -> str:
    return f.pick(
        ["서울", "Seoul", "부산", "성남시", "Incheon", *[c for c, _ in BR_CITIES], *[c for c, _ in US_CITIES]]
    )


def cep(f: Fake) -> str:
    return f"{f.r.randint(1000, 99999):05d}-{f.r.randint(0, 999):03d}"


def us_zip(f: Fake) -> str:
    z = f"{f.r.randint(10001, 99950):05d}"
    return z + (f"-{f.r.randint(1000, 9999)}" if f.r.random() < 0.2 else "")


def postal(f: Fake) -> str:
    return f.pick([lambda f: f"{f.r.randint(1000, 63999):05d}", cep, us_zip])(f)


def birthdate(f: Fake, start=1965, end=2008) -> str:
    y, m, d = f.r.randint(start, end), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}.{m:02d}.{d:02d}"]
    )


def child_birthdate(f: Fake) -> str:
    return birthdate(f, 2011, 2020)


# -- identifiers with real checksums ---------------------------------------------------------------


def cpf(f: Fake, formatted=None) -> str:
    base = [f.r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        total = sum(d * w for d, w in zip(base, range(n, 1, -1), strict=False))
        r = total % 11
        base.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, base))
    formatted = f.r.random() < 0.6 if formatted is None else formatted
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def masked_cpf(f: Fake) -> str:
    s = cpf(f, True)
    return "***" + s[3:12] + "**"


def cnpj(f: Fake) -> str:
    base = [f.r.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(d * w for d, w in zip(base, weights, strict=False)) % 11
        base.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, base))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def rg(f: Fake) -> str:
    digits = [f.r.randint(0, 9) for _ in range(8)]
    r = 11 - sum(d * w for d, w in zip(digits, range(2, 10), strict=False)) % 11
    dv = "X" if r == 10 else "0" if r == 11 else str(r)
    s = "".join(map(str, digits))
    return f.pick([f"{s[:2]}.{s[2:5]}.{s[5:]}-{dv}", s + dv])


def rrn(f: Fake) -> str:
    """A Korean resident registration number with the (pre-2020) check digit."""
    y, m, d = f.r.randint(1965, 2012), f.r.randint(1, 12), f.r.randint(1, 28)
    g = (1 if y < 2000 else 3) + f.r.randint(0, 1)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{f.r.randint(0, 99999):05d}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    check = (11 - sum(int(c) * w for c, w in zip(body, weights, strict=False)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def passport(f: Fake) -> str:
    return f.pick(
        [
            lambda f: "M" + f.digits(8),
            lambda f: f.pick(["FT", "GA", "FZ"]) + f.digits(6),
            lambda f: f.digits(9),
            lambda f: "A" + f.digits(8),
        ]
    )(f)


def kr_account(f: Fake) -> str:
    return f.pick(
        [
            lambda f: f"110-{f.digits(3)}-{f.digits(6)}",
            lambda f: f"1002-{f.digits(3)}-{f.digits(6)}",
            lambda f: f"{f.digits(6)}-01-{f.digits(6)}",
            lambda f: f"3333-{f.digits(2)}-{f.digits(7)}",
        ]
    )(f)


def br_conta(f: Fake) -> str:
    return f"{f.r.randint(10000, 99999999)}-{f.r.randint(0, 9)}"


KR_PLATE_SYLLABLES = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
LATIN = "ABCDEFGHJKLMNPRSTUVWXYZ"


def plate(f: Fake) -> str:
    """Korean (12가3456), Mercosul Brazilian (ABC1D23), US (7ABC123) and old Brazilian (ABC-1234)."""
    letters = "".join(f.pick(LATIN) for _ in range(3))
    return f.pick(
        [
            f"{f.r.randint(10, 399)}{f.pick(KR_PLATE_SYLLABLES)}{f.r.randint(1000, 9999)}",
            f"{letters}{f.r.randint(0, 9)}{f.pick(LATIN[:9])}{f.r.randint(10, 99)}",
            f"{f.r.randint(1, 9)}{letters}{f.r.randint(100, 999)}",
            f"{letters}-{f.r.randint(1000, 9999)}",
        ]
    )


def pix_key(f: Fake) -> str:
    return f.pick(
        [
            lambda f: cpf(f, False),
            email,
            lambda f: "+55" + f.pick(["11", "21", "31"]) + "9" + f.digits(8),
            Fake.uuid,
        ]
    )(f)


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


def avatar(f: Fake) -> str:
    return f"https://cdn.dojoflow.app/avatars/{f.hexid(8)}/{f.hexid(12)}.{f.pick(['jpg', 'png', 'webp'])}"


def kr_money(f: Fake) -> int:
    return f.pick([55000, 99000, 120000, 150000, 180000, 330000, 450000])


# -- things -----------------------------------------------------------------------------------------

GYMS = [
    "Iron Tiger MMA Gangnam",
    "한빛 태권도장",
    "Hwarang Taekwondo Academy",
    "Tatame Pinheiros Jiu-Jitsu",
    "Academia Onça Preta",
    "Equipe Leão de Ouro BJJ",
    "Southside Boxing Club",
    "Lone Star Jiu-Jitsu",
    "Machado Brothers BJJ",
    "Master Kim's Taekwondo",
    "Golden Corner Boxing",
    "Barra Brava Muay Thai",
    "정도관 합기도",
    "Bulldog Boxing Queens",
]
DISCIPLINES = ["bjj", "muay_thai", "boxing", "taekwondo", "judo", "mma", "hapkido", "kickboxing", "wrestling"]
CLASSES = [
    "BJJ Fundamentals",
    "No-Gi Advanced",
    "Kids Tigers (4-6)",
    "Muay Thai Beginners",
    "Boxing Conditioning",
    "Open Mat",
    "주짓수 기초반",
    "성인 태권도",
    "유소년 태권도 (초등)",
    "Jiu-Jitsu Iniciante",
    "Muay Thai Avançado",
    "Competition Team Sparring",
]
BELTS = [
    "white",
    "blue",
    "purple",
    "brown",
    "black",
    "흰띠",
    "노란띠",
    "파란띠",
    "빨간띠",
    "품띠",
    "검은띠",
    "branca",
    "azul",
    "roxa",
    "marrom",
    "preta",
]
PLANS = [
    "unlimited_monthly",
    "3x_week",
    "kids_semester",
    "annual_prepaid",
    "drop_in_10",
    "주3회 3개월",
    "Plano Anual Livre",
]
WEIGHT_CLASSES = [
    "Flyweight",
    "Bantamweight",
    "Featherweight",
    "Lightweight",
    "Welterweight",
    "-58kg",
    "-68kg",
    "-80kg",
    "Pena",
    "Leve",
    "Médio",
    "Pesado",
]
SHOP = [
    ("GI-A2-WHT", "Pearl Weave Gi A2 White", "Kingz", "Uniforms"),
    ("GLV-16-BLK", "Boxing Gloves 16oz Black", "Title Boxing", "Gloves"),
    ("WRP-180-RED", "Hand Wraps 180in Red", "Everlast", "Accessories"),
    ("MG-PRO-CLR", "Mouthguard Pro Clear", "Shock Doctor", "Protective"),
    ("RG-BLU-M", "Ranked Rash Guard Blue M", "Venum", "Apparel"),
    ("TKD-DOBOK-150", "태권도 도복 품띠용 150", "Mooto", "Uniforms"),
    ("KIM-A3-AZL", "Kimono Trançado Azul A3", "Koral", "Uniforms"),
    ("SHG-M-BLK", "Muay Thai Shin Guards M", "Hayabusa", "Protective"),
    ("HG-OF-L", "Open Face Headgear L", "Adidas", "Protective"),
    ("FX-ROX-A2", "Faixa Roxa A2", "Atama", "Belts"),
]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Mobile Safari/537.36",
]

# -- contexts ---------------------------------------------------------------------------------------


def web_context(f: Fake):
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["next-1.70.0", "next-1.72.1", "npm:1.68.0"])),
        },
        "page": {
            "path": G(lambda f: f.pick(["/", "/schedule", "/trial", "/checkout", "/aulas", "/shop/gloves"])),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.com/", "https://search.naver.com/", "https://l.instagram.com/"]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=instagram&utm_medium=social", "?ref=footer", "?lang=pt"])
            ),
            "title": G(
                lambda f: f.pick(
                    ["Class Schedule | DojoFlow", "Aula Experimental Grátis", "수업 시간표", "Checkout"]
                )
            ),
            "url": G(
                lambda f: f.pick(
                    [
                        "https://app.dojoflow.com/schedule",
                        "https://irontigermma.kr/trial",
                        "https://tatamepinheiros.com.br/aulas",
                    ]
                )
            ),
        },
        "userAgent": G(lambda f: f.pick(UA_WEB)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Samsung Internet"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "25", "121"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([True, False])),
            "platform": G(lambda f: f.pick(["Windows", "Android", "macOS"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "pt-BR", "en-US", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["Asia/Seoul", "America/Sao_Paulo", "America/Chicago", "America/New_York"])
        ),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(
                lambda f: f.pick(["spring_trial", "volta_as_aulas", "신규회원_이벤트", "summer_kids_camp"])
            ),
            "source": G(lambda f: f.pick(["instagram", "google", "naver", "facebook"])),
            "medium": G(lambda f: f.pick(["social", "cpc", "blog"])),
            "term": G(
                lambda f: f.pick(
                    ["jiu jitsu near me", "복싱 체육관 강남", "academia muay thai zona sul", "kids taekwondo"]
                )
            ),
        },
    }


def _app(f: Fake, namespace: str):
    return {
        "name": G(lambda f: "DojoFlow"),
        "version": G(lambda f: f.pick(["4.18.0", "4.18.2", "4.19.0"])),
        "build": G(lambda f: f.pick(["4180", "4182", "4190"])),
        "namespace": G(lambda f: namespace),
    }


def swift_context(f: Fake):
    return {
        "app": _app(f, "com.dojoflow.member"),
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
        "locale": G(lambda f: f.pick(["ko-KR", "en-US", "pt-BR"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "America/Los_Angeles", "America/Sao_Paulo"])),
        "ip": Y(ip, "ip"),
    }


def kotlin_context(f: Fake):
    return {
        "app": _app(f, "com.dojoflow.member"),
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "Google"])),
            "model": G(lambda f: f.pick(["SM-S921N", "SM-A546E", "moto g54 5G", "Pixel 8"])),
            "name": G(lambda f: f.pick(["e1q", "a54x", "cancunf", "shiba"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "instanceId": G(lambda f: f.uuid()),
        "locale": G(lambda f: f.pick(["ko-KR", "pt-BR", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(
                lambda f: f.pick(["SKTelecom", "KT", "LG U+", "VIVO", "Claro BR", "TIM", "T-Mobile"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2340, 2400])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "America/Sao_Paulo", "America/Chicago"])),
        "userAgent": G(
            lambda f: f.pick(
                [
                    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)",
                    "Dalvik/2.1.0 (Linux; U; Android 13; moto g54 5G Build/T1TDS33.75)",
                ]
            )
        ),
        "ip": Y(ip, "ip"),
    }


def rn_context(f: Fake):
    return {
        "app": _app(f, "br.com.dojoflow.aluno"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung", "motorola"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "SM-A145M", "moto e22"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.1"])),
        },
        "locale": G(lambda f: "pt-BR"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["VIVO", "Claro BR", "TIM"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.4", "13", "14"])),
        },
        "timezone": G(lambda f: f.pick(["America/Sao_Paulo", "America/Recife", "America/Bahia"])),
        "traits": {
            "email": Y(email, "email"),
            "phone": Y(br_phone, "phone"),
            "name": Y(br_name, "name"),
        },
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(-30.1, -8.0), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-51.3, -34.8), 6), "geolocation"),
        },
        "ip": Y(ip, "ip"),
    }


def flutter_context(f: Fake):
    return {
        "app": _app(f, "com.dojoflow.frontdesk"),
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["samsung", "Apple", "Lenovo"])),
            "model": G(lambda f: f.pick(["SM-X710N", "iPad13,16", "TB-X606F"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.1", "1.1.4"])),
        },
        "locale": G(lambda f: f.pick(["ko-KR", "en-US", "pt-BR"])),
        "os": {
            "name": G(lambda f: f.pick(["Android", "iPadOS"])),
            "version": G(lambda f: f.pick(["14", "17.4"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1600, 1640, 2560])),
            "height": G(lambda f: f.pick([2560, 2360, 1600])),
        },
        "timezone": G(lambda f: f.pick(["Asia/Seoul", "America/New_York", "America/Sao_Paulo"])),
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.0", "3.5.1"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0"]),
}


def server_context(lib: str):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if lib in ("node", "php", "python"):
            c["ip"] = Y(ip, "ip")
            c["userAgent"] = G(lambda f: f.pick(UA_WEB))
        if lib in ("python", "ruby"):
            c["traits"] = {"email": Y(email, "email"), "name": Y(full_name, "name")}
        if lib == "java":
            c["active"] = G(lambda f: False)
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "rn": rn_context,
    "flutter": flutter_context,
    **{lib: server_context(lib) for lib in SERVER_LIBS},
}
MOBILE = ["swift", "kotlin", "rn"]


# -- events -----------------------------------------------------------------------------------------


def address_block():
    return {
        "line1": Y(street, "address|street"),
        "line2": Y(
            lambda f: f.pick(["Apt 4B", "apto 72", "101동 1203호", "Unit 9", "Bloco B, apto 303"]), "address"
        ),
        "city": Y(person_city, "city"),
        "state": G(lambda f: f.pick(["SP", "RJ", "TX", "NY", "CA", "서울특별시", "경기도"])),
        "postal_code": Y(postal, "zipcode"),
        "country": G(lambda f: f.pick(["KR", "BR", "US"])),
    }


def alimtalk_text(f: Fake) -> str:
    name = f.pick(KR_FAMILY)[0] + f.pick(KR_GIVEN)[0]
    cls = f.pick(["주짓수 기초반", "성인 태권도", "복싱 컨디셔닝", "유소년 태권도"])
    return f.pick(
        [
            f"[아이언타이거] {name}님, {f.r.randint(1, 12)}월 {f.r.randint(1, 28)}일 "
            f"{f.r.randint(10, 21)}:00 {cls} 예약이 완료되었습니다.",
            f"[한빛태권도] {name} 학부모님, 오늘 {cls} 수업 출석이 확인되었습니다.",
            f"[아이언타이거] {name}님, 수강권 만료 {f.r.randint(1, 7)}일 전입니다. 재등록 시 10% 할인!",
        ]
    )


def sms_body(f: Fake) -> str:
    first = f.pick([f.pick(US_FIRST), f.pick(BR_FIRST)])
    return f.pick(
        [
            f"Hi {first}, a spot opened in {f.pick(CLASSES)} tonight. Reply YES to claim it.",
            f"Olá {first}! Abriu uma vaga na aula de {f.pick(['Jiu-Jitsu', 'Muay Thai'])} às 19h. "
            "Responda SIM.",
            f"{first}, your waitlist spot for Open Mat is confirmed. See you on the mats!",
        ]
    )


def guest_note(f: Fake) -> str:
    return f.pick(
        [
            f"Guest of {us_name(f)}",
            f"Trazendo meu amigo {br_name(f)} pra aula experimental",
            f"{kr_name(f)} 친구 체험",
            f"bringing my cousin {full_name(f)}",
        ]
    )


def injury_note(f: Fake) -> str:
    return f.pick(
        [
            "Sprained left ankle during takedown drill, iced and taped",
            "Possível luxação no cotovelo direito após armlock no treino",
            "Bloody nose from a jab in sparring, stopped after 10 min",
            "Felt a pop in the right knee on a heel hook, suspect MCL sprain",
            "Rib pain after body kick, possible cracked rib, sent for x-ray",
            "Dedo da mão deslocado pegando pegada na gola",
            "Dizzy after a head clash, concussion protocol started",
        ]
    )


def cf7_message(f: Fake) -> str:
    return f.pick(
        [
            f"Oi, queria saber os horários de jiu-jitsu infantil. Meu WhatsApp é {br_phone(f)}",
            f"Boa tarde! Tenho interesse no plano anual, pode me ligar no {br_phone(f)}?",
            f"Hi, my son wants to try boxing. Call me at {us_phone(f)} after 5pm please",
            f"Gostaria de agendar uma aula experimental de muay thai. Contato: {br_phone(f)}",
        ]
    )


def progress_subject(f: Fake) -> str:
    first = f.pick([f.pick(KR_GIVEN)[1], f.pick(US_FIRST), f.pick(BR_FIRST)])
    return f.pick(
        [
            f"{first}'s progress report - {f.pick(['March', 'April', 'May'])}",
            f"Relatório de progresso de {first}",
            f"{first} 학생 월간 리포트",
        ]
    )


def member_search(f: Fake) -> str:
    return f.pick(
        [
            full_name(f),
            f.pick(US_LAST + BR_LAST),
            f.pick(KR_FAMILY)[0] + f.pick(KR_GIVEN)[0],
            f.pick(BR_FIRST) + " " + f.pick(BR_LAST),
        ]
    )


def injury_answer(f: Fake) -> str:
    return f.pick(
        [
            "Lower back pain, herniated disc L5",
            "Recovering from ACL reconstruction (2023)",
            "Torn rotator cuff last year, still some shoulder pain",
            "Asthma, I carry an inhaler",
            "Had a concussion in a boxing match in January",
            "Old meniscus tear in right knee",
        ]
    )


def pix_brcode(f: Fake) -> str:
    gym = f.pick(["ACADEMIA ONCA PRETA", "TATAME PINHEIROS", "LEAO DE OURO BJJ"])
    city = f.pick(["SAO PAULO", "RIO DE JANEIRO", "CURITIBA"])
    amount = f"{f.money(80, 450):.2f}"
    return (
        f"00020101021226830014br.gov.bcb.pix2561pix.example-psp.com.br/qr/v2/cobv/{f.hexid(32)}"
        f"52040000530398654{len(amount):02d}{amount}"
        f"5802BR59{len(gym):02d}{gym}60{len(city):02d}{city}"
        f"62070503***6304{f.hexid(4).upper()}"
    )


def kakao_tid(f: Fake) -> str:
    return "T" + f.hexid(19)


def toss_masked(f: Fake) -> str:
    return f.pick(["43301234", "53699812", "94101100", "45185500"]) + "****" + f.digits(3) + "*"


EVENTS = [
    # -- members: identify in four conventions --------------------------------------------------
    (
        "identify",
        None,
        ["swift", "kotlin", "web"],
        {
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "birthday": Y(birthdate, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "non_binary", "prefer_not_to_say"]), "gender"),
            "avatarUrl": Y(avatar, "photo"),
            "address": {
                "street": Y(street, "address|street"),
                "city": Y(person_city, "city"),
                "state": G(lambda f: f.pick(["TX", "NY", "SP", "RJ", "서울특별시"])),
                "postalCode": Y(postal, "zipcode"),
                "country": G(lambda f: f.pick(["US", "BR", "KR"])),
            },
            "homeGymId": G(lambda f: "gym_" + f.digits(4)),
            "homeGymName": G(lambda f: f.pick(GYMS)),
            "membershipPlan": G(lambda f: f.pick(PLANS)),
            "memberNumber": G(lambda f: "M-" + f.digits(6)),
            "beltRank": G(lambda f: f.pick(BELTS)),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "MEMBER_ID": G(lambda f: int(f.digits(7))),
            "FIRST_NAME": Y(first_name, "name"),
            "LAST_NAME": Y(last_name, "name"),
            "EMAIL_ADDRESS": Y(email, "email"),
            "MOBILE_PHONE": Y(e164, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: birthdate(f).replace("/", "-"), "birthdate"),
            "HOME_ZIP": Y(postal, "zipcode"),
            "LTV_USD": G(lambda f: f.money(50, 4000)),
            "CHURN_RISK": G(lambda f: f.pick(["LOW", "MEDIUM", "HIGH"])),
            "LAST_CHECKIN_AT": G(lambda f: f.iso()),
            "PLAN_TIER": G(lambda f: f.pick(["BASIC", "UNLIMITED", "FAMILY"])),
            "AGE": G(lambda f: f.r.randint(6, 61)),
            "IS_MINOR": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "회원번호": G(lambda f: f.digits(8)),
            "이름": Y(kr_name, "name"),
            "휴대폰번호": Y(kr_phone, "phone"),
            "생년월일": Y(
                lambda f: f"{f.r.randint(1970, 2015)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "성별": Y(lambda f: f.pick(["남", "여"]), "gender|sex"),
            "이메일": Y(email, "email"),
            "주소": Y(kr_address, "address"),
            "보호자연락처": Y(kr_phone, "phone"),
            "차량번호": Y(plate, "license"),
            "도장명": G(lambda f: f.pick(["한빛 태권도장", "Iron Tiger MMA Gangnam", "정도관 합기도"])),
            "띠": G(lambda f: f.pick(["흰띠", "노란띠", "초록띠", "파란띠", "빨간띠", "품띠", "검은띠"])),
            "수강권": G(lambda f: f.pick(["주3회 3개월", "주5회 1개월", "자유이용 6개월"])),
            "등록일": G(lambda f: f.iso()[:10]),
            "마케팅수신동의": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "identify",
        None,
        ["php", "go"],
        {
            "nome_completo": Y(br_name, "name"),
            "cpf": RED(cpf, "national id"),
            "email": Y(email, "email"),
            "celular": Y(br_phone, "phone"),
            "data_nascimento": Y(birthdate, "birthdate"),
            "endereco": {
                "logradouro": Y(lambda f: f.pick(BR_STREETS), "address|street"),
                "numero": Y(lambda f: str(f.r.randint(10, 3200)), "address"),
                "complemento": Y(
                    lambda f: f.pick(["apto 42", "casa 2", "bloco B apto 1103", "fundos"]), "address"
                ),
                "bairro": Y(lambda f: f.pick(BAIRROS), "address|city"),
                "cidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
                "uf": G(lambda f: f.pick(BR_CITIES)[1]),
                "cep": Y(cep, "zipcode"),
            },
            "matricula": G(lambda f: f.digits(6)),
            "faixa": G(lambda f: f.pick(["branca", "azul", "roxa", "marrom", "preta"])),
            "graus": G(lambda f: f.r.randint(0, 4)),
            "academia": G(
                lambda f: f.pick(
                    ["Tatame Pinheiros Jiu-Jitsu", "Academia Onça Preta", "Equipe Leão de Ouro BJJ"]
                )
            ),
            "plano": G(lambda f: f.pick(["Mensal Livre", "Trimestral 3x", "Plano Anual Livre"])),
            "profissao": G(lambda f: f.pick(["Engenheiro", "Advogada", "Estudante", "Policial Militar"])),
            "estado_civil": G(lambda f: f.pick(["solteiro(a)", "casado(a)", "divorciado(a)"])),
            "aceita_whatsapp": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": G(lambda f: f.pick(GYMS)),
            "plan": G(lambda f: f.pick(["starter", "pro", "multi_location"])),
            "employees": G(lambda f: f.r.randint(2, 40)),
            "website": G(
                lambda f: f.pick(
                    [
                        "https://irontigermma.kr",
                        "https://tatamepinheiros.com.br",
                        "https://southsideboxing.com",
                    ]
                )
            ),
            "support_phone": G(
                lambda f: f.pick(["02-555-0142", "+55 11 3061-0420", "(512) 555-0187", "1588-0123"])
            ),
            "contact_email": G(
                lambda f: f.pick(
                    [
                        "contato@tatamepinheiros.com.br",
                        "frontdesk@southsideboxing.com",
                        "info@irontigermma.kr",
                    ]
                )
            ),
            "business_address": G(
                lambda f: f.pick(
                    [
                        "서울특별시 강남구 테헤란로 427, B1",
                        "Rua dos Pinheiros, 1037 - Pinheiros, São Paulo - SP",
                        "2210 S 1st St, Austin, TX 78704",
                    ]
                )
            ),
            "cnpj": G(cnpj),
            "owner_name": Y(full_name, "name"),
            "owner_email": Y(email, "email"),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    # -- accounts and sign-in -------------------------------------------------------------------
    (
        "track",
        "Account Created",
        ["swift", "kotlin", "web", "rn"],
        {
            "signupMethod": G(lambda f: f.pick(["email", "kakao", "apple", "google", "naver"])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "referralCode": G(lambda f: "REF-" + f.hexid(5).upper()),
            "hasReferral": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["under_13", "13-17", "18-24", "25-34", "35-44", "45+"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": G(lambda f: f.pick(["sms", "kakao_alimtalk", "whatsapp"])),
            "phone_number": Y(e164, "phone"),
            "code": RED(lambda f: f.digits(6), "token"),
            "expires_in": G(lambda f: f.pick([180, 300])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "template_id": G(lambda f: f.pick(["otp_ko_v2", "otp_pt_v1", "otp_en_v3"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        ["node"],
        {
            "email": Y(email, "email"),
            "magicLink": RED(lambda f: "https://app.dojoflow.com/auth/magic?token=" + f.hexid(40), "token"),
            "expiresAt": G(lambda f: f.iso()),
            "requestIp": Y(ip, "ip"),
            "passwordResetCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Identity Verified",
        ["node"],
        {
            "provider": G(lambda f: f.pick(["PASS", "KG이니시스", "NICE"])),
            "imp_uid": G(lambda f: "imp_" + f.digits(12)),
            "verified_name": Y(kr_name, "name"),
            "birthday": Y(
                lambda f: f"{f.r.randint(1970, 2008)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
            "phone": Y(kr_phone, "phone"),
            "carrier": G(lambda f: f.pick(["SKT", "KT", "LGT", "SKT_MVNO"])),
            "certified": G(lambda f: True),
            "certified_at": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Kakao Login Succeeded",
        ["swift", "kotlin"],
        {
            "kakao_account": {
                "email": Y(
                    lambda f: f"{_ascii(f.pick(KR_GIVEN)[1])}{f.r.randint(80, 99)}@kakao.com", "email"
                ),
                "profile": {
                    "nickname": Y(lambda f: f.pick([kr_name(f), f.pick(KR_GIVEN)[0]]), "name"),
                    "is_default_image": G(lambda f: f.pick([True, False])),
                },
                "age_range": G(lambda f: f.pick(["10~14", "20~29", "30~39", "40~49"])),
                "birthday": Y(lambda f: f"{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}", "birthdate"),
                "gender": Y(lambda f: f.pick(["male", "female"]), "gender"),
                "phone_number": Y(
                    lambda f: f"+82 10-{f.r.randint(1000, 9999)}-{f.r.randint(1000, 9999)}", "phone"
                ),
            },
            "id": G(lambda f: int(f.digits(10))),
            "connected_at": G(lambda f: f.iso()),
            "token": {
                "access_token": RED(lambda f: f.hexid(20) + "-" + f.hexid(22), "token"),
                "token_type": G(lambda f: "bearer"),
                "expires_in": G(lambda f: f.pick([21599, 43199])),
                "scope": G(
                    lambda f: f.pick(["account_email profile", "account_email profile phone_number birthday"])
                ),
            },
        },
    ),
    # -- booking and check-in -------------------------------------------------------------------
    (
        "track",
        "Class Booked",
        ["swift", "kotlin", "rn", "web"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "class_id": G(lambda f: f.digits(5)),
            "class_name": G(lambda f: f.pick(CLASSES)),
            "discipline": G(lambda f: f.pick(DISCIPLINES)),
            "instructor_id": G(lambda f: "coach_" + f.digits(3)),
            "instructor_name": Y(full_name, "name"),
            "starts_at": G(lambda f: f.iso()),
            "duration_min": G(lambda f: f.pick([45, 60, 90])),
            "location_name": G(lambda f: f.pick(["Unidade Pinheiros", "강남점", "Main Mat", "Downtown"])),
            "is_trial": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Class Cancelled",
        ["swift", "kotlin", "rn"],
        {
            "booking_id": G(lambda f: "bk_" + f.hexid(12)),
            "reason": G(lambda f: f.pick(["schedule_conflict", "traffic", "work", "other"])),
            "late_cancel": G(lambda f: f.pick([True, False])),
            "late_fee": G(lambda f: f.pick([0, 5, 10000, 15])),
            "comment": G(
                lambda f: f.pick(
                    ["stuck at work, sorry", "vou chegar atrasado, melhor cancelar", "다음 주에 갈게요", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Member Checked In",
        ["flutter"],
        {
            "checkin_method": G(lambda f: f.pick(["qr", "pin", "face", "phone_last4"])),
            "member_number": G(lambda f: f.digits(8)),
            "member_name": Y(full_name, "name"),
            "phone_last4": G(lambda f: f.digits(4)),
            "pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "password"),
            "pin_attempts": G(lambda f: f.r.randint(1, 3)),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "capture_url": Y(lambda f: f"https://cdn.dojoflow.app/checkin/{f.hexid(10)}.jpg", "photo"),
            "tablet_id": G(lambda f: "tab-" + f.digits(3)),
            "staff_on_duty": Y(full_name, "name"),
            "checked_in_at": G(lambda f: f.iso()),
            "streak_days": G(lambda f: f.r.randint(0, 60)),
        },
    ),
    (
        "track",
        "Door Access Attempted",
        ["go"],
        {
            "door_id": G(lambda f: f.pick(["front", "side", "locker_room"])),
            "reader_serial": G(lambda f: "KP" + f.digits(9)),
            "badge_uid": G(lambda f: f.hexid(8).upper()),
            "access_code": RED(lambda f: f.digits(f.pick([4, 6])), "password"),
            "granted": G(lambda f: f.pick([True, False])),
            "member_id": G(lambda f: f.digits(7)),
            "at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Guest Pass Created",
        ["swift", "kotlin", "rn"],
        {
            "guest_pass_id": G(lambda f: f.uuid()),
            "valid_on": G(lambda f: f.iso()[:10]),
            "note": Y(guest_note, "name", True),
            "passes_remaining": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Geofence Entered",
        ["rn"],
        {
            "geofence_id": G(lambda f: "gf_" + f.digits(4)),
            "gym_lat": G(lambda f: f.pick([-23.561414, -22.971177, -19.932513])),
            "gym_lng": G(lambda f: f.pick([-46.681906, -43.182543, -43.938037])),
            "user_lat": Y(lambda f: round(f.r.uniform(-23.7, -19.8), 6), "geolocation"),
            "user_lng": Y(lambda f: round(f.r.uniform(-46.8, -43.1), 6), "geolocation"),
            "distance_m": G(lambda f: f.r.randint(0, 150)),
        },
    ),
    (
        "track",
        "Member Searched",
        ["flutter", "web"],
        {
            "query": Y(member_search, "name", True),
            "results_count": G(lambda f: f.r.randint(0, 7)),
            "search_field": G(lambda f: f.pick(["name", "all"])),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "swift"],
        {
            "q": G(lambda f: f.pick(["gi A2", "luvas 16oz", "도복", "mouthguard", "kids rash guard"])),
            "results": G(lambda f: f.r.randint(0, 40)),
        },
    ),
    # -- belts and grading ----------------------------------------------------------------------
    (
        "track",
        "Belt Promoted",
        ["kotlin", "web"],
        {
            "student_id": G(lambda f: f.digits(7)),
            "student_name": Y(full_name, "name"),
            "from_belt": G(lambda f: f.pick(BELTS)),
            "to_belt": G(lambda f: f.pick(BELTS)),
            "stripes": G(lambda f: f.r.randint(0, 4)),
            "promoted_by": Y(full_name, "name"),
            "promotion_date": G(lambda f: f.iso()[:10]),
            "federation": G(lambda f: f.pick(["Kukkiwon", "IBJJF", "CBJJ", "USA Judo"])),
            "federation_member_no": G(lambda f: f.digits(6)),
            "dan_certificate_no": Y(lambda f: f.pick(["05", "06", "12"]) + f.digits(6), "certificate"),
        },
    ),
    (
        "track",
        "승급심사 신청",
        ["java"],
        {
            "심사번호": G(lambda f: "2024-" + f.digits(5)),
            "응시자명": Y(kr_name, "name"),
            "생년월일": Y(
                lambda f: f"{f.r.randint(2008, 2018)}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}",
                "birthdate",
            ),
            "현재품단": G(lambda f: f.pick(["1품", "2품", "1단", "2단", "3단"])),
            "응시품단": G(lambda f: f.pick(["2품", "3품", "2단", "3단", "4단"])),
            "국기원증번호": Y(lambda f: f.pick(["05", "06", "12"]) + f.digits(6), "certificate"),
            "관장명": Y(kr_name, "name"),
            "도장코드": G(lambda f: "D" + f.digits(5)),
            "사진": Y(lambda f: f"https://files.dojoflow.app/grading/{f.hexid(16)}.jpg", "photo"),
            "심사비": G(lambda f: f.pick([80000, 110000, 150000])),
            "결제여부": G(lambda f: f.pick(["Y", "N"])),
        },
    ),
    (
        "track",
        "Coach Feedback Given",
        ["kotlin", "flutter"],
        {
            "student_id": G(lambda f: f.digits(7)),
            "technique": G(
                lambda f: f.pick(
                    ["armbar", "triangle choke", "double leg", "dollyo chagi", "jab-cross-hook", "teep"]
                )
            ),
            "rating": G(lambda f: f.r.randint(1, 5)),
            "feedback": G(
                lambda f: f.pick(
                    [
                        "Great guard retention today",
                        "Trabalhar saída de costas",
                        "킥 타이밍 좋음, 스텝 보완 필요",
                        "Keep hands up after the cross",
                        "Postura melhorou muito",
                    ]
                )
            ),
        },
    ),
    # -- waivers --------------------------------------------------------------------------------
    (
        "track",
        "Waiver Signed",
        ["web", "rn", "swift"],
        {
            "waiver_id": G(lambda f: f.uuid()),
            "waiver_version": G(lambda f: f.pick(["v7", "v8", "2024.2"])),
            "signer_name": Y(full_name, "name"),
            "signer_email": Y(email, "email"),
            "signed_at": G(lambda f: f.iso()),
            "ip_address": Y(ip, "ip"),
            "is_minor": G(lambda f: f.pick([True, False])),
            "guardian_name": Y(full_name, "name"),
            "guardian_relationship": G(
                lambda f: f.pick(["mother", "father", "legal_guardian", "grandparent"])
            ),
            "emergency_contact": {
                "name": Y(full_name, "name"),
                "phone": Y(phone, "phone"),
                "relationship": G(lambda f: f.pick(["spouse", "parent", "sibling", "friend"])),
            },
            "medical_conditions": Many(
                Y(
                    lambda f: f.pick(["asthma", "epilepsy", "type 1 diabetes", "heart murmur", "none"]),
                    "condition",
                ),
                2,
            ),
            "allergies": Y(
                lambda f: f.pick(["bee stings", "latex", "peanuts", "penicillin", "none"]), "allergy"
            ),
            "sparring_consent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Termo de Responsabilidade Assinado",
        ["php"],
        {
            "nome": Y(br_name, "name"),
            "cpf": RED(cpf, "national id"),
            "rg": RED(rg, "national id"),
            "data_nascimento": Y(birthdate, "birthdate"),
            "contato_emergencia_nome": Y(br_name, "name"),
            "contato_emergencia_tel": Y(br_phone, "phone"),
            "possui_problema_cardiaco": Y(lambda f: f.pick([True, False]), "condition"),
            "usa_medicamento": Y(lambda f: f.pick([True, False]), "medication"),
            "qual_medicamento": Y(
                lambda f: f.pick(["Losartana 50mg", "Ritalina", "insulina", "Puran T4 50mcg", "nenhum"]),
                "medication",
            ),
            "plano_saude": G(lambda f: f.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"])),
            "carteirinha_plano": Y(
                lambda f: f.digits(4) + " " + f.digits(4) + " " + f.digits(4) + " " + f.digits(4),
                "identification",
            ),
            "ip": Y(ip, "ip"),
        },
    ),
    # -- injuries -------------------------------------------------------------------------------
    (
        "track",
        "Injury Reported",
        ["kotlin", "web", "flutter"],
        {
            "incident_id": G(lambda f: "INC-" + f.digits(5)),
            "athlete_id": G(lambda f: f.digits(7)),
            "athlete_name": Y(full_name, "name"),
            "body_part": Y(
                lambda f: f.pick(
                    ["left knee", "right shoulder", "ribs", "nose", "right elbow", "finger", "neck"]
                ),
                "condition",
            ),
            "injury_type": Y(
                lambda f: f.pick(["sprain", "dislocation", "laceration", "fracture", "concussion", "strain"]),
                "diagnosis|condition",
            ),
            "severity": Y(lambda f: f.pick(["minor", "moderate", "severe"]), "condition"),
            "concussion_suspected": Y(lambda f: f.pick([True, False]), "condition"),
            "occurred_during": G(lambda f: f.pick(["sparring", "drilling", "warm_up", "competition"])),
            "mat_area": G(lambda f: f.pick(["mat 1", "mat 2", "ring", "cage"])),
            "reported_by": Y(full_name, "name"),
            "witness_name": Y(full_name, "name"),
            "notes": Y(injury_note, "condition|diagnosis", True),
            "reported_at": G(lambda f: f.iso()),
            "follow_up_date": G(lambda f: f.iso()[:10]),
        },
    ),
    (
        "track",
        "부상 보고",
        ["flutter"],
        {
            "회원명": Y(kr_name, "name"),
            "부상부위": Y(
                lambda f: f.pick(["왼쪽 발목", "오른쪽 무릎", "갈비뼈", "코", "손가락"]), "condition"
            ),
            "부상내용": Y(
                lambda f: f.pick(["염좌", "타박상", "골절 의심", "뇌진탕 의심", "인대 손상"]),
                "diagnosis|condition",
            ),
            "조치사항": Y(
                lambda f: f.pick(["아이싱 후 귀가", "병원 이송", "테이핑 후 휴식", "119 신고"]), "procedure"
            ),
            "담당사범": Y(kr_name, "name"),
            "발생일시": G(lambda f: f.iso()),
            "수업명": G(lambda f: f.pick(["성인 태권도", "주짓수 기초반", "겨루기반"])),
        },
    ),
    # -- weigh-ins and competition --------------------------------------------------------------
    (
        "track",
        "Weigh-In Recorded",
        ["kotlin", "rn"],
        {
            "athlete_id": G(lambda f: f.digits(7)),
            "athlete_name": Y(full_name, "name"),
            "weight_kg": G(lambda f: round(f.r.uniform(45, 110), 1)),
            "weight_class": G(lambda f: f.pick(WEIGHT_CLASSES)),
            "made_weight": G(lambda f: f.pick([True, False])),
            "attempt": G(lambda f: f.r.randint(1, 2)),
            "official_name": Y(full_name, "name"),
            "weigh_in_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Peso Registrado",
        ["go"],
        {
            "atleta": Y(br_name, "name"),
            "peso": G(lambda f: round(f.r.uniform(48, 105), 1)),
            "categoria": G(lambda f: f.pick(["Pena", "Leve", "Médio", "Meio-Pesado", "Pesado"])),
            "faixa": G(lambda f: f.pick(["azul", "roxa", "marrom", "preta"])),
            "bateu_peso": G(lambda f: f.pick([True, False])),
            "registrado_em": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Competition Entry Submitted",
        ["web", "python"],
        {
            "entry_id": G(lambda f: "ENT-" + f.digits(6)),
            "event_name": G(
                lambda f: f.pick(
                    [
                        "Seoul Open 2024",
                        "Campeonato Paulista de Jiu-Jitsu",
                        "Texas State Golden Gloves",
                        "Korea Open Taekwondo",
                    ]
                )
            ),
            "athlete": {
                "first_name": Y(first_name, "name"),
                "last_name": Y(last_name, "name"),
                "dob": Y(birthdate, "birthdate"),
                "gender": Y(lambda f: f.pick(["M", "F"]), "gender|sex"),
                "nationality": Y(lambda f: f.pick(["KOR", "BRA", "USA", "JPN", "MEX"]), "citizenship"),
                "federation_id": G(lambda f: f.digits(6)),
                "team": G(lambda f: f.pick(GYMS)),
                "coach_name": Y(full_name, "name"),
                "weight_division": G(lambda f: f.pick(WEIGHT_CLASSES)),
                "belt": G(lambda f: f.pick(BELTS)),
            },
            "entry_fee": G(lambda f: f.pick([45, 60, 180, 50000])),
            "currency": G(lambda f: f.pick(["USD", "BRL", "KRW"])),
        },
    ),
    (
        "track",
        "Match Result Recorded",
        ["node"],
        {
            "match_id": G(lambda f: f.digits(6)),
            "round": G(lambda f: f.pick(["R32", "R16", "QF", "SF", "F"])),
            "winner_name": Y(full_name, "name"),
            "loser_name": Y(full_name, "name"),
            "method": G(lambda f: f.pick(["submission", "points", "advantage", "KO", "TKO", "decision"])),
            "submission_type": G(lambda f: f.pick(["armbar", "rear naked choke", "kimura", "", "triangle"])),
            "duration_s": G(lambda f: f.r.randint(20, 600)),
            "referee": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "AthleteRegistered",
        ["dotnet"],
        {
            "AthleteId": G(lambda f: int(f.digits(6))),
            "FullName": Y(full_name, "name"),
            "DateOfBirth": Y(
                lambda f: (
                    f"{f.r.randint(1985, 2010)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}T00:00:00"
                ),
                "birthdate",
            ),
            "Gender": Y(lambda f: f.pick(["Male", "Female"]), "gender"),
            "Email": Y(email, "email"),
            "MobilePhone": Y(phone, "phone"),
            "PassportNumber": RED(passport, "passport"),
            "PassportExpiry": G(
                lambda f: f"{f.r.randint(2025, 2034)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"
            ),
            "Nationality": Y(
                lambda f: f.pick(["Korean", "Brazilian", "American", "Mexican", "Japanese"]), "citizenship"
            ),
            "Ethnicity": Y(
                lambda f: f.pick(
                    [
                        "Hispanic or Latino",
                        "Asian",
                        "Black or African American",
                        "White",
                        "Two or more races",
                        "Prefer not to say",
                    ]
                ),
                "ethnicity|race",
            ),
            "IsVeteran": RED(lambda f: f.pick([True, False]), "veteran"),
            "TueOnFile": Y(lambda f: f.pick([True, False]), "medication"),
            "NationalFederation": G(
                lambda f: f.pick(["USA Taekwondo", "USA Boxing", "Korea Taekwondo Association", "CBTKD"])
            ),
            "ClubName": G(lambda f: f.pick(GYMS)),
            "CoachName": Y(full_name, "name"),
            "WeightCategory": G(lambda f: f.pick(["M-58", "M-68", "W-49", "W-57", "+87"])),
        },
    ),
    (
        "track",
        "ParaClassificationCompleted",
        ["dotnet"],
        {
            "AthleteId": G(lambda f: int(f.digits(6))),
            "SportClass": RED(lambda f: f.pick(["K44", "K43", "K42", "P20", "P31", "P62"]), "disability"),
            "ImpairmentType": RED(
                lambda f: f.pick(
                    ["Limb deficiency", "Impaired muscle power", "Hypertonia", "Intellectual impairment"]
                ),
                "disability",
            ),
            "ClassificationStatus": G(lambda f: f.pick(["Confirmed", "Review", "New"])),
            "ClassifiedOn": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Filiação Atleta Enviada",
        ["java"],
        {
            "numero_filiacao": G(lambda f: f.digits(7)),
            "nome_atleta": Y(br_name, "name"),
            "cpf_atleta": RED(cpf, "national id"),
            "rg_atleta": RED(rg, "national id"),
            "orgao_emissor": G(lambda f: f.pick(["SSP/SP", "DETRAN/RJ", "SSP/MG"])),
            "sexo": Y(lambda f: f.pick(["M", "F"]), "sex|gender"),
            "nacionalidade": Y(
                lambda f: f.pick(["brasileira", "argentina", "japonesa", "portuguesa"]), "citizenship"
            ),
            "naturalidade": Y(lambda f: f.pick(BR_CITIES)[0], "city"),
            "foto_url": Y(
                lambda f: f"https://filiacao.example-federacao.org.br/fotos/{f.digits(7)}.jpg", "photo"
            ),
            "professor_responsavel": Y(br_name, "name"),
            "equipe": G(
                lambda f: f.pick(
                    ["Tatame Pinheiros Jiu-Jitsu", "Academia Onça Preta", "Equipe Leão de Ouro BJJ"]
                )
            ),
            "validade": G(lambda f: f"{f.r.randint(2024, 2025)}-12-31"),
        },
    ),
    # -- parents and juniors --------------------------------------------------------------------
    (
        "track",
        "Child Added",
        ["swift", "kotlin", "web"],
        {
            "child": {
                "firstName": Y(first_name, "name"),
                "lastName": Y(last_name, "name"),
                "birthDate": Y(child_birthdate, "birthdate"),
                "school": G(
                    lambda f: f.pick(
                        [
                            "Lincoln Elementary",
                            "대치초등학교",
                            "Colégio Bandeirantes",
                            "Oak Hill Middle School",
                        ]
                    )
                ),
                "grade": G(lambda f: f.pick(["2nd", "5th", "초3", "6º ano"])),
                "allergies": Y(lambda f: f.pick(["peanuts", "tree nuts", "shellfish", "none"]), "allergy"),
                "tshirtSize": G(lambda f: f.pick(["YS", "YM", "YL", "130", "140"])),
                "beltRank": G(lambda f: f.pick(BELTS)),
            },
            "relationship": G(lambda f: f.pick(["mother", "father", "guardian"])),
            "pickupAuthorized": Many(
                {
                    "name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                    "relation": G(lambda f: f.pick(["grandmother", "nanny", "uncle", "aunt"])),
                },
                2,
            ),
            "childCount": G(lambda f: f.r.randint(1, 3)),
        },
    ),
    (
        "track",
        "원생 하원",
        ["flutter"],
        {
            "원생명": Y(kr_name, "name"),
            "보호자명": Y(kr_name, "name"),
            "하원시간": G(lambda f: f"{f.r.randint(15, 19)}:{f.pick(['00', '30', '50'])}"),
            "차량운행": G(lambda f: f.pick([True, False])),
            "탑승위치": Y(
                lambda f: (
                    f.pick(["래미안 아파트 ", "자이 아파트 ", "힐스테이트 "])
                    + f"{f.r.randint(101, 115)}동 앞"
                ),
                "address",
            ),
            "기사명": Y(kr_name, "name"),
            "기사연락처": Y(kr_phone, "phone"),
            "반": G(lambda f: f.pick(["유치부", "초등 저학년", "초등 고학년"])),
        },
    ),
    (
        "track",
        "Alimtalk Sent",
        ["node"],
        {
            "to": Y(lambda f: "010" + f.digits(8), "phone", True),
            "from": G(lambda f: f.pick(["0215880123", "0317001234"])),
            "type": G(lambda f: "ATA"),
            "text": Y(alimtalk_text, "name", True),
            "kakaoOptions": {
                "pfId": G(lambda f: "KA01PF" + f.hexid(14).upper()),
                "templateId": G(lambda f: "KA01TP" + f.hexid(14).upper()),
                "variables": {
                    "#{이름}": Y(lambda f: f.pick(KR_FAMILY)[0] + f.pick(KR_GIVEN)[0], "name"),
                    "#{수업명}": G(lambda f: f.pick(["주짓수 기초반", "성인 태권도", "복싱 컨디셔닝"])),
                    "#{일시}": G(
                        lambda f: f"{f.r.randint(1, 12)}월 {f.r.randint(1, 28)}일 {f.r.randint(10, 21)}:00"
                    ),
                },
            },
        },
    ),
    (
        "track",
        "SMS Status Updated",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "MessagingServiceSid": G(lambda f: "MG" + f.hexid(32)),
            "To": Y(e164, "phone", True),
            "From": G(lambda f: f.pick(["+15125550187", "+17185550142", "+551130610420"])),
            "Body": Y(sms_body, "name", True),
            "SmsStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
        },
    ),
    (
        "track",
        "Email Event",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(lambda f: f.hexid(22) + ".filterdrecv-" + f.digits(3)),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@dojoflow.com>"),
            "subject": Y(progress_subject, "name", True),
            "category": G(lambda f: f.pick(["progress_report", "renewal_reminder"])),
            "useragent": G(lambda f: f.pick(UA_WEB)),
            "ip": Y(ip, "ip"),
            "reply_to": G(lambda f: f.pick(["no-reply@dojoflow.com", "coaches@southsideboxing.com"])),
        },
    ),
    # -- pro shop (e-commerce spec) -------------------------------------------------------------
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            "product_id": G(lambda f: f.pick(SHOP)[0]),
            "sku": G(lambda f: f.pick(SHOP)[0] + "-" + f.pick(["A1", "A2", "M", "L"])),
            "name": G(lambda f: f.pick(SHOP)[1]),
            "brand": G(lambda f: f.pick(SHOP)[2]),
            "category": G(lambda f: f.pick(SHOP)[3]),
            "price": G(lambda f: f.pick([34.9, 129.0, 89000, 459.9])),
            "currency": G(lambda f: f.pick(["USD", "BRL", "KRW"])),
        },
    ),
    (
        "track",
        "Checkout Step Completed",
        ["web", "swift"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "step": G(lambda f: f.r.randint(1, 3)),
            "shipping_method": G(lambda f: f.pick(["pickup_at_gym", "standard", "CJ대한통운", "Sedex"])),
            "payment_type": G(lambda f: f.pick(["card", "pix", "kakaopay", "apple_pay"])),
            "shipping_address": {"name": Y(full_name, "name"), **address_block()},
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "swift", "kotlin"],
        {
            "order_id": G(lambda f: "DF-" + f.digits(8)),
            "total": G(lambda f: f.money(20, 600)),
            "revenue": G(lambda f: f.money(20, 550)),
            "shipping": G(lambda f: f.pick([0, 9.9, 3000])),
            "coupon": G(lambda f: f.pick(["", "BLACKBELT10", "VOLTA15", "신규회원"])),
            "currency": G(lambda f: f.pick(["USD", "BRL", "KRW"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.pick(SHOP)[0]),
                    "sku": G(lambda f: f.pick(SHOP)[0] + "-" + f.pick(["A1", "A2", "M", "L"])),
                    "name": G(lambda f: f.pick(SHOP)[1]),
                    "brand": G(lambda f: f.pick(SHOP)[2]),
                    "price": G(lambda f: f.pick([34.9, 129.0, 89000, 459.9])),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
        },
    ),
    # -- payments -------------------------------------------------------------------------------
    (
        "track",
        "Membership Purchased",
        ["python"],
        {
            "plan_id": G(lambda f: "price_" + f.hexid(24)),
            "plan_name": G(lambda f: f.pick(["Unlimited Monthly", "Kids 3x/week", "Fighter Team"])),
            "amount": G(lambda f: f.pick([149.0, 189.0, 99.0, 229.0])),
            "currency": G(lambda f: "usd"),
            "interval": G(lambda f: f.pick(["month", "year"])),
            "stripe_customer_id": G(lambda f: "cus_" + f.hexid(14)),
            "payment_method_id": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "payment_intent_id": G(lambda f: "pi_" + f.hexid(24)),
            "client_secret": RED(lambda f: "pi_" + f.hexid(24) + "_secret_" + f.hexid(25), "secret|token"),
            "card": {
                "brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "discover"])),
                "last4": G(lambda f: f.digits(4)),
                "exp_month": G(lambda f: f.r.randint(1, 12)),
                "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                "funding": G(lambda f: f.pick(["credit", "debit"])),
            },
            "billing_details": {
                "name": Y(us_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(us_phone, "phone"),
                "address": address_block(),
            },
            "promotion_code": G(lambda f: f.pick(["", "FIRSTMONTH50", "TEAM2024"])),
            "trial_days": G(lambda f: f.pick([0, 7, 14])),
            "veteran_discount": RED(lambda f: f.pick([True, False]), "veteran"),
        },
    ),
    (
        "track",
        "Charge Succeeded",
        ["python"],
        {
            "id": G(lambda f: "ch_" + f.hexid(24)),
            "object": G(lambda f: "charge"),
            "amount": G(lambda f: f.pick([14900, 18900, 9900])),
            "currency": G(lambda f: "usd"),
            "customer": G(lambda f: "cus_" + f.hexid(14)),
            "payment_method": RED(lambda f: "pm_" + f.hexid(24), "token"),
            "receipt_email": Y(email, "email"),
            "billing_details": {
                "name": Y(us_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(us_phone, "phone"),
                "address": address_block(),
            },
            "outcome": {
                "risk_level": G(lambda f: f.pick(["normal", "elevated"])),
                "risk_score": G(lambda f: f.r.randint(0, 80)),
            },
            "payment_method_details": {
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f.digits(4)),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "network": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "checks": {
                        "address_postal_code_check": G(lambda f: f.pick(["pass", "fail", None])),
                    },
                }
            },
            "statement_descriptor": G(lambda f: f.pick(["DOJOFLOW*SOUTHSIDE BX", "DOJOFLOW*LONESTAR BJJ"])),
        },
    ),
    (
        "track",
        "Payment Failed",
        ["python", "ruby"],
        {
            "invoice_number": G(lambda f: "INV-" + f.digits(4) + "-" + f.digits(4)),
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "expired_card", "do_not_honor"])),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard"])),
            "card_last4": G(lambda f: f.digits(4)),
            "attempt_count": G(lambda f: f.r.randint(1, 4)),
            "customer_email": Y(email, "email"),
            "next_retry_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Payment Form Error",
        ["web"],
        {
            "form": G(lambda f: f.pick(["pos_manual_entry", "member_checkout"])),
            "field": G(lambda f: f.pick(["cardnumber", "cc-number"])),
            "error": G(lambda f: f.pick(["invalid_expiry", "incomplete_cvc", "card_declined"])),
            "input": RED(lambda f: f.card(), "credit card", True),
            "cardholder_name": Y(full_name, "name"),
        },
    ),
    (
        "track",
        "Pix Cobrança Criada",
        ["go"],
        {
            "txid": G(lambda f: f.hexid(32)),
            "calendario": {"criacao": G(lambda f: f.iso()), "expiracao": G(lambda f: f.pick([3600, 86400]))},
            "devedor": {"cpf": RED(lambda f: cpf(f, False), "national id"), "nome": Y(br_name, "name")},
            "valor": {"original": G(lambda f: f"{f.money(80, 450):.2f}")},
            "chave": G(
                lambda f: f.pick(
                    [
                        "financeiro@tatamepinheiros.com.br",
                        cnpj(f).replace(".", "").replace("/", "").replace("-", ""),
                        "4a7b2c1e-0f3d-4e5a-9b8c-7d6e5f4a3b2c",
                    ]
                )
            ),
            "solicitacaoPagador": G(
                lambda f: f.pick(["Mensalidade março", "Matrícula + kimono", "Mensalidade kids abril"])
            ),
            "status": G(lambda f: f.pick(["ATIVA", "CONCLUIDA"])),
            "loc": {"id": G(lambda f: f.r.randint(100, 99999))},
            "pixCopiaECola": G(pix_brcode),
        },
    ),
    (
        "track",
        "Pix Recebido",
        ["go"],
        {
            "endToEndId": G(lambda f: "E" + f.digits(8) + "2024" + f.digits(8) + f.hexid(11)),
            "txid": G(lambda f: f.hexid(32)),
            "valor": G(lambda f: f"{f.money(80, 450):.2f}"),
            "horario": G(lambda f: f.iso()),
            "infoPagador": G(lambda f: f.pick(["mensalidade", "pagamento aula", "", "kimono"])),
            "pagador": {"nome": Y(br_name, "name"), "cpf": RED(masked_cpf, "national id")},
        },
    ),
    (
        "track",
        "Reembolso Solicitado",
        ["rn", "go"],
        {
            "pedido_id": G(lambda f: f.digits(9)),
            "motivo": G(lambda f: f.pick(["mudanca_de_cidade", "cobranca_duplicada", "desistencia"])),
            "valor": G(lambda f: f"{f.money(80, 450):.2f}"),
            "tipo_chave": G(lambda f: f.pick(["cpf", "email", "telefone", "aleatoria"])),
            "chave_pix_destino": RED(pix_key, "bank account"),
            "banco": G(
                lambda f: f.pick(
                    ["260 - Nu Pagamentos", "341 - Itaú", "077 - Banco Inter", "001 - Banco do Brasil"]
                )
            ),
            "agencia": G(lambda f: f.pick(["0001", "1234", "3015"])),
            "conta": RED(br_conta, "bank account"),
            "titular": Y(br_name, "name"),
        },
    ),
    (
        "track",
        "KakaoPay Approved",
        ["node"],
        {
            "tid": G(kakao_tid),
            "aid": G(lambda f: "A" + f.hexid(19)),
            "partner_order_id": G(lambda f: "ORD" + f.digits(10)),
            "partner_user_id": G(lambda f: "usr_" + f.digits(7)),
            "payment_method_type": G(lambda f: f.pick(["CARD", "MONEY"])),
            "item_name": G(
                lambda f: f.pick(["주짓수 3개월 수강권", "태권도 월회비", "복싱 10회권", "도복 (150)"])
            ),
            "amount": {
                "total": G(kr_money),
                "vat": G(lambda f: f.pick([5000, 9000, 13636])),
                "discount": G(lambda f: f.pick([0, 10000])),
            },
            "card_info": {
                "kakaopay_purchase_corp": G(
                    lambda f: f.pick(["신한카드", "KB국민카드", "현대카드", "삼성카드"])
                ),
                "bin": G(lambda f: f.pick(["451844", "536181", "949013", "433012"])),
                "card_type": G(lambda f: f.pick(["신용", "체크"])),
                "install_month": G(lambda f: f.pick(["00", "03", "06"])),
                "approved_id": G(lambda f: f.digits(8)),
            },
            "created_at": G(lambda f: f.iso()[:19]),
            "approved_at": G(lambda f: f.iso()[:19]),
        },
    ),
    (
        "track",
        "Card Payment Confirmed",
        ["node"],
        {
            "paymentKey": G(lambda f: "tgen_" + f.digits(14) + f.hexid(6)),
            "orderId": G(lambda f: "DF-KR-" + f.digits(8)),
            "orderName": G(
                lambda f: f.pick(["성인 주짓수 3개월", "유소년 태권도 월회비 외 1건", "복싱 10회권"])
            ),
            "method": G(lambda f: f.pick(["카드", "간편결제"])),
            "totalAmount": G(kr_money),
            "customerName": Y(kr_name, "name"),
            "customerEmail": Y(email, "email"),
            "customerMobilePhone": Y(lambda f: "010" + f.digits(8), "phone"),
            "card": {
                "issuerCode": G(lambda f: f.pick(["4V", "11", "41", "51"])),
                "number": G(toss_masked),
                "installmentPlanMonths": G(lambda f: f.pick([0, 3, 6])),
                "approveNo": G(lambda f: f.digits(8)),
                "cardType": G(lambda f: f.pick(["신용", "체크"])),
            },
            "approvedAt": G(lambda f: f.iso()[:19] + "+09:00"),
        },
    ),
    (
        "track",
        "Refund Account Registered",
        ["node"],
        {
            "orderId": G(lambda f: "DF-KR-" + f.digits(8)),
            "refundReceiveAccount": {
                "bank": G(lambda f: f.pick(["신한", "국민", "우리", "카카오뱅크", "토스뱅크"])),
                "accountNumber": RED(kr_account, "bank account"),
                "holderName": Y(kr_name, "name"),
            },
            "cancelReason": G(lambda f: f.pick(["이사", "단순 변심", "부상으로 인한 중단"])),
        },
    ),
    (
        "track",
        "Cash Receipt Issued",
        ["node"],
        {
            "receiptKey": G(lambda f: f.hexid(20)),
            "type": G(lambda f: "소득공제"),
            "issueNumber": G(lambda f: f.digits(9)),
            "customerIdentityNumber": Y(lambda f: "010" + f.digits(8), "phone", True),
            "amount": G(kr_money),
            "issueStatus": G(lambda f: f.pick(["COMPLETED", "IN_PROGRESS"])),
        },
    ),
    (
        "track",
        "NFS-e Emitida",
        ["php"],
        {
            "numero_nfse": G(lambda f: f.digits(6)),
            "codigo_verificacao": G(lambda f: f.hexid(8).upper()),
            "prestador_cnpj": G(cnpj),
            "tomador": {
                "nome": Y(br_name, "name"),
                "cpf": RED(cpf, "national id"),
                "email": Y(email, "email"),
            },
            "valor_servicos": G(lambda f: f.money(80, 2400)),
            "codigo_servico": G(lambda f: f.pick(["06.04", "12.01"])),
        },
    ),
    # -- staff ----------------------------------------------------------------------------------
    (
        "track",
        "Staff Clocked In",
        ["flutter"],
        {
            "staff_id": G(lambda f: "stf_" + f.digits(4)),
            "staff_name": Y(full_name, "name"),
            "role": G(lambda f: f.pick(["head_coach", "assistant_coach", "front_desk", "사범", "professor"])),
            "hourly_rate": Y(lambda f: f.pick([18.5, 22.0, 35.0, 12000, 15000, 45.0]), "salary"),
            "shift_start": G(lambda f: f.iso()),
            "location": G(lambda f: f.pick(["Unidade Pinheiros", "강남점", "Downtown"])),
        },
    ),
    (
        "track",
        "Coach Payout Calculated",
        ["python"],
        {
            "coach_id": G(lambda f: "coach_" + f.digits(3)),
            "coach_name": Y(us_name, "name"),
            "period": G(lambda f: f.pick(["2024-03", "2024-04", "2024-05"])),
            "classes_taught": G(lambda f: f.r.randint(4, 60)),
            "pay_per_class": Y(lambda f: f.pick([35, 40, 50, 65]), "salary"),
            "total_payout": Y(lambda f: f.money(400, 4200), "salary"),
            "payout_method": G(lambda f: f.pick(["ach", "check"])),
            "routing_number": G(lambda f: f.pick(["021000021", "111000614", "322271627"])),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
        },
    ),
    (
        "track",
        "Contractor Onboarded",
        ["ruby"],
        {
            "legal_name": Y(us_name, "name"),
            "tin_type": G(lambda f: f.pick(["SSN", "EIN"])),
            "ssn_last4": RED(lambda f: f.ssn()[-4:], "social security number"),
            "ssn_provided": G(lambda f: f.pick([True, False])),
            "date_of_birth": Y(birthdate, "birthdate"),
            "mailing_address": Y(us_address, "address"),
            "w9_received": G(lambda f: f.pick([True, False])),
            "start_date": G(lambda f: f.iso()[:10]),
            "job_title": G(lambda f: f.pick(["Boxing Coach", "BJJ Instructor", "Kids Program Lead"])),
        },
    ),
    (
        "track",
        "Job Application Submitted",
        ["web"],
        {
            "applicant_name": Y(full_name, "name"),
            "applicant_email": Y(email, "email"),
            "applicant_phone": Y(phone, "phone"),
            "position": G(
                lambda f: f.pick(
                    ["BJJ Instructor", "Front Desk Associate", "Muay Thai Coach", "Kids Program Assistant"]
                )
            ),
            "years_experience": G(lambda f: f.r.randint(0, 20)),
            "belt_rank": G(lambda f: f.pick(BELTS)),
            "current_employer": G(
                lambda f: f.pick(["Alliance HQ", "Planet Fitness", "self-employed", "US Army"])
            ),
            "authorized_to_work_us": RED(lambda f: f.pick([True, False]), "visa"),
            "requires_sponsorship": RED(lambda f: f.pick([True, False]), "visa"),
            "desired_hourly_rate": Y(lambda f: f.pick([20, 25, 30, 40]), "salary"),
            "cover_note": G(
                lambda f: f.pick(
                    [
                        "Competed for 8 years, love teaching kids.",
                        "Black belt under a great lineage, available evenings.",
                        "I can start next month.",
                    ]
                )
            ),
            "referral_source": G(lambda f: f.pick(["indeed", "instagram", "friend"])),
        },
    ),
    (
        "track",
        "Accident Insurance Enrolled",
        ["ruby"],
        {
            "insurer": G(lambda f: f.pick(["K&K Insurance", "Sadler Sports", "USA Judo Club Plan"])),
            "policy_number": Y(lambda f: f.pick(["KK", "SS", "UJ"]) + "-" + f.digits(8), "identification"),
            "insurer_member_id": Y(lambda f: f.hexid(3).upper() + f.digits(9), "identification"),
            "coverage_tier": G(lambda f: f.pick(["basic", "excess_medical", "competition"])),
            "premium": G(lambda f: f.pick([25.0, 40.0, 65.0])),
            "effective_date": G(lambda f: f.iso()[:10]),
        },
    ),
    # -- marketing, forms and support -----------------------------------------------------------
    (
        "track",
        "Trial Class Requested",
        ["web"],
        {
            "first_name": Y(first_name, "name"),
            "email": Y(email, "email"),
            "phone": Y(phone, "phone"),
            "zip": Y(postal, "zipcode"),
            "age": G(lambda f: f.r.randint(5, 55)),
            "preferred_class": G(lambda f: f.pick(CLASSES)),
            "for_child": G(lambda f: f.pick([True, False])),
            "how_did_you_hear": G(lambda f: f.pick(["instagram", "google", "friend", "naver_blog"])),
            "gclid": Y(lambda f: "Cj0KCQjw" + f.hexid(40), "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(44), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
            "utm_source": G(lambda f: f.pick(["instagram", "google", "naver"])),
            "utm_campaign": G(lambda f: f.pick(["spring_trial", "kids_camp"])),
        },
    ),
    (
        "track",
        "Contact Form Submitted",
        ["php"],
        {
            "form-id": G(lambda f: f.pick(["1342", "87"])),
            "your-name": Y(br_name, "name"),
            "your-email": Y(email, "email"),
            "your-subject": G(lambda f: f.pick(["Horários", "Plano anual", "Aula experimental", "Kids"])),
            "your-message": Y(cf7_message, "phone", True),
            "tel-whatsapp": Y(br_phone, "phone"),
            "acceptance-lgpd": G(lambda f: "1"),
            "page-url": G(
                lambda f: f.pick(
                    [
                        "https://tatamepinheiros.com.br/contato",
                        "https://academiaoncapreta.com.br/fale-conosco",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "WhatsApp Opt-In Submitted",
        ["web", "rn"],
        {
            "field": G(lambda f: "whatsapp"),
            "value": Y(lambda f: f.pick([br_phone, us_phone])(f), "phone", True),
            "source_screen": G(lambda f: f.pick(["onboarding", "settings", "checkout"])),
        },
    ),
    (
        "track",
        "Friend Invited",
        ["swift", "kotlin", "rn"],
        {
            "channel": G(lambda f: f.pick(["whatsapp", "kakaotalk", "sms", "copy_link"])),
            "referral_code": G(lambda f: "REF-" + f.hexid(5).upper()),
            "contact": {"label": Y(full_name, "name", True), "value": Y(phone, "phone", True)},
            "contacts_permission": G(lambda f: f.pick(["granted", "limited"])),
            "invites_sent_total": G(lambda f: f.r.randint(1, 12)),
        },
    ),
    (
        "track",
        "Private Lesson Scheduled",
        ["node"],
        {
            "event_type": G(
                lambda f: f.pick(["Private BJJ 60min", "Boxing Pads 30min", "Aula Particular Muay Thai"])
            ),
            "invitee": {
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "timezone": G(lambda f: f.pick(["America/Chicago", "Asia/Seoul", "America/Sao_Paulo"])),
            },
            "questions_and_answers": Many(
                {
                    "question": G(lambda f: "Any injuries or conditions we should know about?"),
                    "answer": Y(injury_answer, "condition", True),
                },
                1,
            ),
            "scheduled_event_uri": G(lambda f: "https://api.calendly.com/scheduled_events/" + f.uuid()),
            "start_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Support Ticket Created",
        ["ruby"],
        {
            "ticket_id": G(lambda f: int(f.digits(6))),
            "subject_line": G(
                lambda f: f.pick(
                    ["Can't book class", "Cobrança duplicada", "앱 로그인 오류", "Freeze membership"]
                )
            ),
            "requester": {"name": Y(full_name, "name"), "email": Y(email, "email")},
            "priority": G(lambda f: f.pick(["low", "normal", "high"])),
            "tags": Many(G(lambda f: f.pick(["billing", "app", "booking", "kids"])), 3),
        },
    ),
    (
        "track",
        "API Request Failed",
        ["rn", "flutter"],
        {
            "request": {
                "url": G(
                    lambda f: f.pick(
                        ["https://api.dojoflow.com/v2/bookings", "https://api.dojoflow.com/v2/checkins"]
                    )
                ),
                "method": G(lambda f: f.pick(["GET", "POST"])),
                "headers": {
                    "Authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                    "X-Request-Id": G(lambda f: f.uuid()),
                    "Accept-Language": G(lambda f: f.pick(["ko-KR", "pt-BR", "en-US"])),
                },
            },
            "status_code": G(lambda f: f.pick([401, 500, 502, 504])),
            "response_ms": G(lambda f: f.r.randint(80, 30000)),
        },
    ),
    (
        "track",
        "Parking Registered",
        ["flutter"],
        {
            "차량번호": Y(plate, "license"),
            "주차시간": G(lambda f: f.pick([60, 120, 180])),
            "회원여부": G(lambda f: f.pick([True, False])),
            "등록자": G(lambda f: f.pick(["front_desk", "kiosk"])),
        },
    ),
    (
        "track",
        "Membership Frozen",
        ["web", "swift", "kotlin"],
        {
            "freeze_reason": G(lambda f: f.pick(["travel", "work", "financial", "other"])),
            "freeze_days": G(lambda f: f.pick([14, 30, 60])),
            "resumes_on": G(lambda f: f.iso()[:10]),
            "fee": G(lambda f: f.pick([0, 10, 20000])),
        },
    ),
    # -- pages, screens, alias ------------------------------------------------------------------
    (
        "page",
        "Schedule",
        ["web"],
        {
            "name": G(lambda f: f.pick(["Schedule", "Aulas", "시간표", "Pricing"])),
            "path": G(lambda f: f.pick(["/schedule", "/aulas", "/pricing"])),
            "url": G(
                lambda f: f.pick(
                    ["https://app.dojoflow.com/schedule", "https://tatamepinheiros.com.br/aulas"]
                )
            ),
            "title": G(lambda f: f.pick(["Class Schedule | DojoFlow", "Aulas | Tatame Pinheiros"])),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://search.naver.com/"])),
            "search": G(lambda f: f.pick(["", "?discipline=bjj", "?day=mon"])),
        },
    ),
    (
        "screen",
        "Belt Progress",
        ["swift", "kotlin", "rn"],
        {
            "screen_class": G(
                lambda f: f.pick(["BeltProgressViewController", "BeltProgressFragment", "BeltProgress"])
            ),
            "classes_until_next_stripe": G(lambda f: f.r.randint(0, 30)),
        },
    ),
    ("alias", None, ["swift", "kotlin", "web"], {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.digits(7),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "gym_" + f.digits(4)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if kind != "alias":
                section = "properties" if kind not in ("identify", "group") else "traits"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=326, repeats=32)
    write(Path(__file__).parent, "holdout326_", events, labels)
