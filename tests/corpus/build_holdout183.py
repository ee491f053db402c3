"""Writes holdout183: tests/corpus/holdout183_events.jsonl and holdout183_labels.json.

Sealed: written from the brief, REFERENCE.md, DESIGN.md, build.py, fake.py and build_holdout3.py
(format only), without reading the detection engine, its vocabularies, its tests, its
documentation or any other corpus's labels, and without running the engine on these events. It
is meant to be scored once, as events the engine has never seen.

What it covers: a cross-border courier, parcel-forwarding and customs-brokerage business
("PuenteBox") moving parcels between China, Mexico and the United States. Shipper and consignee
details, tax ids (Mexican RFC and CURP, Chinese USCI and resident id, US EIN/SSN), commercial
invoices with HS codes and declared values, customs holds, duties and IVA payments (Stripe-shaped
card payments, SPEI transfers with CLABEs, OXXO references, CFDI e-invoices), tracking scans at
depots and airports, container and air waybill manifests, delivery attempts with signatures and
photos, address corrections, lost-parcel claims and payouts, a US forwarding warehouse with suite
numbers, warehouse staff (WMS), home pickups, saved recipients, sign-in with one-time codes and
magic links, driver onboarding, support tickets, and carrier/Twilio/SendGrid/AfterShip/Zendesk/
Facebook-CAPI-shaped payloads.

Clients and conventions: analytics.js (customer portal), analytics-swift and analytics-kotlin
(customer app, same tracking plan on both), analytics_flutter (the China-side shipper app, pinyin
keys), analytics-react-native (driver app), and the server libraries analytics-python (customs
brokerage), analytics-node (tracking and webhook relay), analytics-go (sortation and manifests,
some kebab-case), analytics-java (WMS, SCREAMING_SNAKE keys), analytics-ruby (claims),
analytics-php (Mexican billing: CFDI and address verification in Spanish keys, payments in
English) and Analytics.NET (duties payments in PascalCase, importer onboarding and refunds in
ASP.NET Core's default camelCase); Twilio webhooks keep Twilio's PascalCase. Calls: identify,
track, page, screen, group and alias (alias carries only a context). Mostly camelCase and
snake_case; about a fifth of the leaf keys are PascalCase, SCREAMING_SNAKE, kebab-case, pinyin or
Spanish. Values are synthetic but valid-looking: Luhn cards (Visa, Mastercard, Amex, UnionPay),
CLABEs, CURPs and RFCs, USCIs, Chinese resident ids, IMSS NSS numbers, VINs, UPU S10 and ISO 6346
numbers and air waybills all carry correct check digits; SSNs follow the SSA's structure; names from Chinese
(pinyin and hanzi), Mexican, US and other cultures; national phone formats of CN, MX and US.

Labelling rules (the Privacy Portal's default colours, as the brief states them):
- A leaf path is PII when its values are personal data about a natural person (the user, a
  shipper or consignee who is a person, a neighbour who signed, a driver, warehouse staff, an
  adjuster): names, contact details, the person's own address or precise location, birth dates,
  government ids, financial accounts and full card numbers, health and other special categories,
  credentials and secrets, IP addresses, advertising ids. Colour: the reference's default for
  the matcher; outside the reference, red for credentials/secrets, card numbers, bank accounts,
  government ids and health ids, yellow otherwise.
- Green: ids we or our partners issue (user, order, shipment, waybill, tracking, claim, suite,
  invoice, CFDI folio, pedimento, entry numbers, SKUs, HS codes, container and seal numbers),
  versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans even under
  PII-sounding keys, product / company / pet names, places that are not the person's (depots,
  airports, customs offices, a rate quote's postal codes), country, state/province, locale,
  timezone, currency, user agents, OS-issued device ids. Card brand, last four, expiry and BIN
  are green; the last four of an SSN are red.
- The product's published policy for contested cases is followed: loyalty/customer/claim
  numbers, ages, marital status, job titles, employers, a business's own phone/e-mail/address
  (depot, support, role mailboxes, our Twilio numbers, call-masking proxy numbers), pets' names
  and UUID tokens are green; insurance policy numbers (`identification`), rx numbers
  (`medication`), pay rates (`salary`), vehicle plates (`license`), VINs (`serial`), ad click
  ids (gclid, fbclid, fbp, fbc: `advertising id`), billing/shipping addresses (`address`),
  trade union membership (`trade union`) are yellow; payment-method tokens (`pm_`), one-time
  codes, identity-document numbers (`national id`/`passport`) are red.
- value_only is true when the key does not say what the value is (`value`, `label`, `text`,
  `note`, `q`, `input`, `body`, `From`/`To`); a value_only PII path holds that PII in every
  value. Free text is labelled by what every one of its values carries; green when none does.
  No free-text field here mixes PII and non-PII values.
- Decisions this corpus had to make (what a careful privacy owner would want flagged):
  * Tax ids: a natural person's RFC (13 characters), CURP, Chinese resident id, SSN and IMSS
    NSS are red `national id` (`social security number|national id` for SSN/NSS); a company's
    RFC (12 characters), USCI and EIN identify a business: green.
  * An image of an identity document is labelled as the document: red `national id|photo`.
    Signature images, proof-of-delivery photos and photos of a shipping label (which shows the
    person's name and address) are yellow `photo`; photos of goods and damage are green.
  * A parcel's delivery GPS fix and the driver app's `context.location` are the person's precise
    location: yellow `geolocation`; a depot's, airport's or hub's coordinates are green.
  * Hashed e-mail/phone sent for ad matching (Facebook CAPI `em`, `ph`) are labelled as what is
    hashed (yellow `email` / `phone`): they exist to re-identify the person.
  * A push token in `context.device.token` is red `token` (as the main corpus labels it).
  * A chat handle (WeChat id) is yellow `name`, as a username is; a platform-issued openid is
    an id issued to us: green.
  * A gate or building access code is a secret the person holds: red `secret|password`.
  * The city/municipality of a person's address is yellow `city`; a district or colonia is
    yellow `address`; state/province and country are green. Twilio's caller city and zip are
    treated like the caller's address parts (yellow `city` / `zipcode`).
  * A doctor named on a personal medication import is a natural person: yellow `name`.
  * House and interior numbers, colonias and delivery references ("entre Hidalgo y Morelos,
    portón negro") are parts of the person's address: yellow `address` (`address|street`).
  * A `username` whose values are e-mail addresses is yellow `email|name`; a one-time code
    (`otp_code`) and a magic link's token are red `token`.
  * An unsalted SHA-256 of a country code (CAPI `user_data.country`) is a hash of non-PII: green.
"""

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people -----------------------------------------------------------------------------------

CN_SURNAMES = [
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Wu", "吴"),
    ("Zhou", "周"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("Lin", "林"),
    ("He", "何"),
]
CN_GIVEN = [
    ("Fang", "芳"),
    ("Wei", "伟"),
    ("Na", "娜"),
    ("Xiuying", "秀英"),
    ("Min", "敏"),
    ("Jing", "静"),
    ("Lei", "磊"),
    ("Yang", "洋"),
    ("Jun", "军"),
    ("Xiaoming", "晓明"),
    ("Ting", "婷"),
    ("Hui", "慧"),
    ("Jianguo", "建国"),
    ("Lihua", "丽华"),
    ("Haoran", "浩然"),
    ("Yuxuan", "宇轩"),
    ("Mei", "梅"),
    ("Qiang", "强"),
]
MX_GIVEN = [
    "María Guadalupe",
    "José Luis",
    "Juan Carlos",
    "Ana Sofía",
    "Guadalupe",
    "Luis Fernando",
    "Fernanda",
    "Alejandro",
    "Verónica",
    "Ximena",
    "Itzel",
    "Citlali",
    "Jesús",
    "Rocío",
    "Miguel Ángel",
    "Leticia",
    "Emiliano",
    "Yolanda",
]
MX_SURNAMES = [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Mendoza",
    "Ortiz",
    "Castillo",
    "Xicoténcatl",
]
US_FIRST = [
    "Emily",
    "Michael",
    "Ashley",
    "Tyrone",
    "Megan",
    "Brandon",
    "Keisha",
    "Daniel",
    "Hannah",
    "Kevin",
    "Priya",
    "Omar",
    "Minh",
    "Aaliyah",
    "Connor",
    "Soo-ah",
    "Darnell",
    "Rebecca",
]
US_LAST = [
    "Johnson",
    "Williams",
    "Brown",
    "Nguyen",
    "Kim",
    "Patel",
    "Washington",
    "O'Connor",
    "Miller",
    "Rivera",
    "Okafor",
    "Schwartz",
    "Haddad",
    "Tran",
    "Kowalski",
    "Begay",
    "Yamamoto",
    "Campbell",
]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cn_name(f: Fake) -> str:
    (sp, sh), (gp, gh) = f.pick(CN_SURNAMES), f.pick(CN_GIVEN)
    return f.pick([f"{sp} {gp}", f"{sh}{gh}", f"{gp} {sp}", f"{sp.upper()} {gp}", f"{sh}{gh}"])


def cn_name_hanzi(f: Fake) -> str:
    return f.pick(CN_SURNAMES)[1] + f.pick(CN_GIVEN)[1]


def cn_name_pinyin(f: Fake) -> str:
    return f"{f.pick(CN_SURNAMES)[0]} {f.pick(CN_GIVEN)[0]}"


def mx_name(f: Fake) -> str:
    given, p, m = f.pick(MX_GIVEN), f.pick(MX_SURNAMES), f.pick(MX_SURNAMES)
    return f.pick([f"{given} {p} {m}", f"{given} {p}", f"{given.split()[0]} {p} {m}".upper()])


def us_name(f: Fake) -> str:
    return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"


def any_name(f: Fake) -> str:
    return f.pick([cn_name, mx_name, mx_name, us_name, us_name, lambda f: f.full_name()])(f)


def first_name(f: Fake) -> str:
    return f.pick([f.pick(MX_GIVEN).split()[0], f.pick(US_FIRST), f.pick(CN_GIVEN)[0], f.first()])


def last_name(f: Fake) -> str:
    return f.pick([f.pick(MX_SURNAMES), f.pick(US_LAST), f.pick(CN_SURNAMES)[0], f.last()])


EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com.mx",
    "qq.com",
    "163.com",
    "icloud.com",
    "prodigy.net.mx",
    "126.com",
]


def email(f: Fake) -> str:
    kind = f.r.randint(0, 3)
    if kind == 0:
        sp, gp = f.pick(CN_SURNAMES)[0].lower(), f.pick(CN_GIVEN)[0].lower()
        user = f.pick([f"{gp}.{sp}", f"{sp}{gp}{f.r.randint(80, 99)}", f.digits(9)])
    elif kind == 1:
        g = strip_accents(f.pick(MX_GIVEN).split()[0]).lower()
        s = strip_accents(f.pick(MX_SURNAMES)).lower()
        user = f.pick([f"{g}.{s}", f"{g}_{s}{f.r.randint(1, 99)}", f"{g[0]}{s}"])
    elif kind == 2:
        user = f"{f.pick(US_FIRST).lower()}.{f.pick(US_LAST).lower().replace(chr(39), '')}"
    else:
        return f.email()
    domain = "qq.com" if user.isdigit() else f.pick(EMAIL_DOMAINS)
    return f"{user.replace('-', '')}@{domain}"


def work_email(f: Fake, domain: str) -> str:
    g = strip_accents(f.pick(MX_GIVEN).split()[0]).lower()
    return f"{g}.{strip_accents(f.pick(MX_SURNAMES)).lower()}@{domain}"


# -- phones -----------------------------------------------------------------------------------

MX_AREAS = ["55", "33", "81", "664", "222", "442", "999", "477", "656"]
CN_MOBILE = ["138", "139", "135", "136", "150", "151", "186", "187", "177", "199", "181", "158"]


def mx_phone(f: Fake) -> str:
    area = f.pick(MX_AREAS)
    rest = f.digits(10 - len(area))
    number = area + rest
    style = f.r.randint(0, 4)
    if style == 0:
        return f"+52 {area} {rest[: len(rest) - 4]} {rest[-4:]}"
    if style == 1:
        return f"+52{number}"
    if style == 2:
        return f"({area}) {rest[: len(rest) - 4]}-{rest[-4:]}"
    if style == 3:
        return f"{area} {rest[: len(rest) - 4]} {rest[-4:]}"
    return f"+52 1 {area} {rest[: len(rest) - 4]} {rest[-4:]}"


def mx_e164(f: Fake) -> str:
    area = f.pick(MX_AREAS)
    return "+52" + area + f.digits(10 - len(area))


def us_e164(f: Fake) -> str:
    return f.phone("e164")


def cn_phone(f: Fake) -> str:
    n = f.pick(CN_MOBILE) + f.digits(8)
    style = f.r.randint(0, 3)
    if style == 0:
        return n
    if style == 1:
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == 2:
        return f"+86{n}"
    return f"{n[:3]}-{n[3:7]}-{n[7:]}"


def us_phone(f: Fake) -> str:
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "nanp_dot", "intl_space"]))


def any_phone(f: Fake) -> str:
    return f.pick([mx_phone, mx_phone, cn_phone, us_phone])(f)


# -- addresses --------------------------------------------------------------------------------

US_STREETS = [
    "W Cermak Rd",
    "S Central Ave",
    "Bissonnet St",
    "E Cesar Chavez Ave",
    "N Zarzamora St",
    "Westheimer Rd",
    "Mission St",
    "Roosevelt Ave",
    "Military Hwy",
    "Story Rd",
]
US_CITIES = [
    ("Los Angeles", "CA", "900"),
    ("Houston", "TX", "770"),
    ("Chicago", "IL", "606"),
    ("Laredo", "TX", "780"),
    ("El Paso", "TX", "799"),
    ("San Diego", "CA", "921"),
    ("Phoenix", "AZ", "850"),
    ("Dallas", "TX", "752"),
    ("Queens", "NY", "113"),
    ("San Jose", "CA", "951"),
]
MX_STREETS = [
    "Av. Insurgentes Sur",
    "Calle Hidalgo",
    "Av. Juárez",
    "Calle Morelos",
    "Av. Vallarta",
    "Calz. de Tlalpan",
    "Calle 60",
    "Av. Constitución",
    "Privada Los Pinos",
    "Calle Benito Juárez",
]
MX_CITIES = [
    ("Ciudad de México", "CDMX", "Benito Juárez", "03"),
    ("Guadalajara", "Jalisco", "Guadalajara", "44"),
    ("Monterrey", "Nuevo León", "Monterrey", "64"),
    ("Tijuana", "Baja California", "Tijuana", "22"),
    ("Puebla", "Puebla", "Puebla", "72"),
    ("Querétaro", "Querétaro", "Querétaro", "76"),
    ("Mérida", "Yucatán", "Mérida", "97"),
    ("Zapopan", "Jalisco", "Zapopan", "45"),
    ("Ecatepec", "Estado de México", "Ecatepec de Morelos", "55"),
]
COLONIAS = [
    "Col. Del Valle",
    "Col. Roma Norte",
    "Col. Americana",
    "Col. Centro",
    "Fracc. Las Palmas",
    "Col. Narvarte Poniente",
    "Col. Mitras Centro",
    "Col. Jardines del Bosque",
]
CN_CITIES = [
    ("广东省", "深圳市", "南山区", "518057"),
    ("广东省", "广州市", "白云区", "510440"),
    ("浙江省", "义乌市", "稠城街道", "322000"),
    ("上海市", "上海市", "浦东新区", "200120"),
    ("广东省", "东莞市", "长安镇", "523850"),
    ("福建省", "厦门市", "湖里区", "361006"),
    ("浙江省", "宁波市", "鄞州区", "315100"),
]
CN_CITY_PINYIN = {
    "深圳市": "Shenzhen",
    "广州市": "Guangzhou",
    "义乌市": "Yiwu",
    "上海市": "Shanghai",
    "东莞市": "Dongguan",
    "厦门市": "Xiamen",
    "宁波市": "Ningbo",
}
CN_ROADS = ["科技南十二路", "机场路", "工人北路", "张江路", "环湖路", "长安中路", "中山西路"]


def cn_street(f: Fake) -> str:
    road = f.pick(CN_ROADS)
    return f.pick(
        [
            f"{road}{f.r.randint(1, 300)}号{f.r.randint(1, 30)}栋{f.r.randint(101, 2808)}室",
            f"{road}{f.r.randint(1, 300)}号",
            f"No. {f.r.randint(1, 300)} Keji South 12th Rd, Room {f.r.randint(101, 2808)}",
        ]
    )


def autocomplete_query(f: Fake) -> str:
    if f.r.random() < 0.5:
        return f"{f.pick(MX_STREETS)} {f.r.randint(1, 2999)}" + f.pick(["", "", ", Guad", " col", ", Zapo"])
    return f"{f.r.randint(100, 9899)} {f.pick(US_STREETS)}" + f.pick(["", "", ", Hou", " apt", ", Los A"])


def mx_cp(f: Fake) -> str:
    return f.pick(MX_CITIES)[3] + f"{f.r.randint(0, 999):03d}"


def new_place(f: Fake, country: str | None = None) -> dict:
    """A coherent postal address; the leaves of one address block read it in key order."""
    country = country or f.pick(["MX", "MX", "US", "CN"])
    if country == "MX":
        city, state, municipio, cp2 = f.pick(MX_CITIES)
        name, number = f.pick(MX_STREETS), str(f.r.randint(1, 2999))
        unit = f.pick(["", f" Int. {f.r.randint(1, 12)}", f" Depto {f.r.randint(101, 504)}"])
        colonia = f.pick(COLONIAS)
        place = {
            "street_name": name,
            "number": number,
            "street": f"{name} {number}{unit}",
            "line2": colonia,
            "colonia": colonia,
            "city": city,
            "municipio": municipio,
            "state": state,
            "zip": f"{cp2}{f.r.randint(0, 999):03d}",
        }
    elif country == "US":
        city, state, z3 = f.pick(US_CITIES)
        name, number = f.pick(US_STREETS), str(f.r.randint(100, 9899))
        unit = f.pick(["Apt 4B", f"Apt {f.r.randint(1, 40)}", f"Unit {f.r.randint(100, 999)}", "#12"])
        place = {
            "street_name": name,
            "number": number,
            "street": f"{number} {name}",
            "line2": unit,
            "colonia": unit,
            "city": city,
            "municipio": city,
            "state": state,
            "zip": f"{z3}{f.r.randint(0, 99):02d}",
        }
    else:
        province, city, district, zip_ = f.pick(CN_CITIES)
        street = cn_street(f)
        place = {
            "street_name": street,
            "number": "",
            "street": street,
            "line2": district,
            "colonia": district,
            "city": f.pick([city, CN_CITY_PINYIN[city]]),
            "municipio": city,
            "state": province,
            "zip": zip_,
        }
    place["country"] = country
    f.place = place  # the next leaves of the same block read it
    return place


def street_of(country: str | None = None):
    return lambda f: new_place(f, country)["street"]


def at(key: str):
    return lambda f: f.place[key]


def one_line_address(f: Fake) -> str:
    p = new_place(f, f.pick(["MX", "US"]))
    if p["country"] == "MX":
        return f"{p['street']}, {p['colonia']}, {p['zip']} {p['city']}, {p['state']}"
    return f"{p['street']}, {p['city']}, {p['state']} {p['zip']}"


def address_block(country=None):
    """A person's postal address (shipping/billing/consignee): Segment-spec-ish keys."""
    return {
        "line1": Y(street_of(country), "address|street"),
        "line2": Y(at("line2"), "address"),
        "city": Y(at("city"), "city"),
        "state": G(at("state")),
        "postal_code": Y(at("zip"), "zipcode"),
        "country": G(at("country")),
    }


# -- identifiers with check digits --------------------------------------------------------------

CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
MX_STATES = ["DF", "JC", "NL", "BC", "PL", "QT", "YN", "MC", "GT", "CH", "SR"]
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


def _mx_initials(f: Fake) -> str:
    p = strip_accents(f.pick(MX_SURNAMES)).upper()
    m = strip_accents(f.pick(MX_SURNAMES)).upper()
    n = strip_accents(f.pick(MX_GIVEN).split()[0]).upper()
    vowel = next((c for c in p[1:] if c in "AEIOU"), "X")
    return p[0] + vowel + m[0] + n[0]


def _birth(f: Fake) -> tuple[int, int, int]:
    return f.r.randint(1955, 2004), f.r.randint(1, 12), f.r.randint(1, 28)


def curp(f: Fake) -> str:
    y, m, d = _birth(f)
    body = (
        _mx_initials(f)
        + f"{y % 100:02d}{m:02d}{d:02d}"
        + f.pick("HM")
        + f.pick(MX_STATES)
        + "".join(f.pick(CONSONANTS) for _ in range(3))
        + (str(f.r.randint(0, 9)) if y < 2000 else f.pick("ABCDEFGH"))
    )
    total = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _rfc_check(body: str) -> str:
    padded = body.rjust(12)
    total = sum(RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(padded))
    r = 11 - total % 11
    return "0" if r == 11 else "A" if r == 10 else str(r)


def rfc_person(f: Fake) -> str:
    y, m, d = _birth(f)
    homo = "".join(f.pick("123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    body = _mx_initials(f) + f"{y % 100:02d}{m:02d}{d:02d}" + homo
    return body + _rfc_check(body)


def rfc_company(f: Fake) -> str:
    letters = f.pick(["PBL", "CAM", "TME", "GIM", "SAB", "DCE", "IMP", "ELE"])
    body = letters + f"{f.r.randint(0, 23):02d}{f.r.randint(1, 12):02d}{f.r.randint(1, 28):02d}"
    body += "".join(f.pick("123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return body + _rfc_check(body)


USCI_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCI_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def usci(f: Fake) -> str:
    region = f.pick(["440300", "330782", "440101", "310115", "441900", "350206", "330212"])
    org = "".join(f.pick("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    body = "91" + region + org
    c = 31 - sum(USCI_CHARS.index(ch) * w for ch, w in zip(body, USCI_W)) % 31
    return body + USCI_CHARS[0 if c == 31 else c]


def cn_resident_id(f: Fake) -> str:
    y, m, d = _birth(f)
    region = f.pick(["440305", "440106", "330782", "310115", "441900", "350206", "110105", "510107"])
    body = f"{region}{y}{m:02d}{d:02d}{f.r.randint(10, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def clabe(f: Fake) -> str:
    body = f.pick(["002", "012", "014", "072", "021", "127", "137", "646"])
    body += f.pick(["180", "320", "580", "010", "650", "028"]) + f.digits(11)
    total = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6))
    return body + str((10 - total % 10) % 10)


def nss(f: Fake) -> str:
    y = f.r.randint(55, 99)
    return f.luhn_complete(f"{f.r.randint(1, 97):02d}{f.r.randint(0, 23):02d}{y:02d}{f.digits(4)}")


def unionpay(f: Fake) -> str:
    body = "62" + f.pick(["2202", "2848", "1700", "1483"]) + f.digits(12)[:12]
    number = f.luhn_complete(body[:18])
    return f.pick([number, " ".join(number[i : i + 4] for i in range(0, len(number), 4))])


def any_card(f: Fake) -> str:
    return unionpay(f) if f.r.random() < 0.25 else f.card()


def s10(f: Fake, country="CN") -> str:
    serial = f.digits(8)
    s = sum(int(c) * w for c, w in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    check = 0 if c == 10 else 5 if c == 11 else c
    return f"{f.pick(['LX', 'EA', 'RR', 'CP', 'UB'])}{serial}{check}{country}"


def _iso6346_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    v = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        if letter == c:
            return v
        v += 1
    raise ValueError(c)


def container_number(f: Fake) -> str:
    body = f.pick(["MSC", "CMA", "COS", "MAE", "OOL", "EMC"]) + "U" + f.digits(6)
    total = sum(_iso6346_value(c) * 2**i for i, c in enumerate(body))
    return body + str(total % 11 % 10)


def mawb(f: Fake) -> str:
    serial = f"{f.r.randint(0, 9999999):07d}"
    return f"{f.pick(['784', '999', '112', '139', '006', '001'])}-{serial}{int(serial) % 7}"


VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])
)


def vin(f: Fake) -> str:
    wmi_vds = f.pick(["3N6AD33", "1FTBW2C", "3C6TRVD", "3N6CM0K", "1FTYR1Y"]) + f.pick(
        "ABCDEFGHJKLMNPRSTUVWXYZ"
    )
    vis = f.pick("NPRS") + f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + f.digits(6)
    body = wmi_vds + "0" + vis
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(body, weights))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def waybill(f: Fake) -> str:
    return "PBX" + f.digits(10)


def tracking_number(f: Fake) -> str:
    return f.pick([waybill, waybill, s10, lambda f: "1Z" + f.hexid(6).upper() + "03" + f.digits(8)])(f)


def passport_no(f: Fake) -> str:
    return f.pick(
        [
            lambda f: "G" + f.digits(8),
            lambda f: "E" + f.digits(8),
            lambda f: "EA" + f.digits(7),
            lambda f: f.digits(9),
            lambda f: "N" + f.digits(8),
        ]
    )(f)


def ine_clave(f: Fake) -> str:
    y, m, d = _birth(f)
    letters = "".join(f.pick(CONSONANTS + "AEIOU") for _ in range(6))
    return f"{letters}{y % 100:02d}{m:02d}{d:02d}{f.r.randint(1, 32):02d}{f.pick('HM')}{f.digits(3)}"


def id_doc_number(f: Fake) -> str:
    return f.pick([passport_no, ine_clave, cn_resident_id, passport_no])(f)


def pedimento(f: Fake) -> str:
    return f"24 {f.pick(['47', '24', '40', '07', '16'])} {f.digits(4)} {f.digits(7)}"


def pick_item(f: Fake) -> str:
    f.item = f.pick(ITEMS)  # the item's HS code and origin leaves read it
    return f.item[0]


def hs(f: Fake) -> str:
    return f.pick(ITEMS)[1]


def sha256_of(f: Fake) -> str:
    return hashlib.sha256(f.hexid(16).encode()).hexdigest()


def ad_id(f: Fake) -> str:
    return f.pick(
        [f.uuid().upper(), f.uuid().upper(), f.uuid().upper(), "00000000-0000-0000-0000-000000000000"]
    )


def gclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "Cj0KCQjw" + "".join(f.pick(alnum) for _ in range(78)) + "_BwE"


def fbclid(f: Fake) -> str:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "IwAR" + "".join(f.pick(alnum) for _ in range(57))


def mx_time(f: Fake) -> str:
    return f.iso()[:19] + f.pick(["-06:00", "-07:00", "-08:00"])


def wms_time(f: Fake) -> str:
    return f.iso()[:19].replace("T", " ")


# -- goods ------------------------------------------------------------------------------------

ITEMS = [
    ("Silicone phone case", "3926.90.99", "CN"),
    ("Bluetooth earbuds TWS", "8518.30.02", "CN"),
    ("Cotton T-shirt, men's", "6109.10.01", "CN"),
    ("LED strip lights 5m", "9405.42.99", "CN"),
    ("Building blocks toy set", "9503.00.99", "CN"),
    ("Stainless steel water bottle", "7323.93.01", "CN"),
    ("Women's dress, polyester", "6204.43.01", "CN"),
    ("USB-C charger 20W", "8504.40.15", "CN"),
    ("Smart watch", "8517.62.99", "CN"),
    ("Hair clipper, cordless", "8510.20.01", "CN"),
    ("Brake pads (set of 4)", "8708.30.99", "US"),
    ("Vitamin C tablets", "2106.90.99", "US"),
    ("Running sneakers", "6404.11.99", "VN"),
    ("Laptop 14in", "8471.30.01", "CN"),
    ("Makeup brush set", "9603.29.99", "CN"),
    ("Talavera ceramic plate", "6912.00.01", "MX"),
    ("Dried guajillo chiles 1kg", "0904.22.01", "MX"),
    ("Sterling silver earrings", "7113.11.01", "MX"),
    ("手机壳 硅胶", "3926.90.99", "CN"),
    ("蓝牙耳机", "8518.30.02", "CN"),
]
SERVICES = [
    ("svc_exp_mx", "PBX-EXP-MX", "Express US→MX 0-1 kg", "Shipping"),
    ("svc_std_mx", "PBX-STD-MX", "Estándar US→MX", "Shipping"),
    ("svc_air_cn", "PBX-AIR-CNMX", "Air Freight CN→MX", "Shipping"),
    ("svc_ins", "PBX-INS-100", "Seguro de envío (hasta $100 USD)", "Insurance"),
    ("svc_cons", "PBX-CONS", "Consolidación de paquetes", "Add-on"),
    ("svc_ddp", "PBX-DDP", "Duties & taxes prepaid (DDP)", "Add-on"),
]
DEPOTS = [
    ("LRD1", "Laredo TX Cross-dock", "Laredo", "TX", "US", 27.5626, -99.4810, "78045"),
    ("SZX2", "Shenzhen Bao'an Export Hub", "Shenzhen", "Guangdong", "CN", 22.6393, 113.8108, "518128"),
    ("MEX1", "CDMX Vallejo Hub", "Ciudad de México", "CDMX", "MX", 19.4997, -99.1559, "02300"),
    ("GDL1", "Guadalajara El Salto DC", "El Salto", "Jalisco", "MX", 20.5289, -103.2253, "45680"),
    ("TIJ1", "Tijuana Otay Mesa Crossing", "Tijuana", "Baja California", "MX", 32.5447, -116.9385, "22430"),
    ("LAX3", "Los Angeles Gateway", "Los Angeles", "CA", "US", 33.9326, -118.3765, "90045"),
    ("YIW1", "Yiwu Consolidation Center", "Yiwu", "Zhejiang", "CN", 29.3447, 120.0324, "322000"),
]
COMPANIES = [
    "Shenzhen Huaqiang Electronics Co., Ltd.",
    "Yiwu Jiale Trading Co., Ltd.",
    "Importadora Del Bajío S.A. de C.V.",
    "Dongguan Mingtai Garment Factory",
    "Comercializadora Azteca Digital S. de R.L.",
    "Lone Star Auto Parts LLC",
    "Guangzhou Meiyan Cosmetics Co., Ltd.",
    "Tienda Xochi",
]
STATUSES = [
    "label_created",
    "picked_up",
    "in_transit",
    "at_customs",
    "out_for_delivery",
    "delivered",
    "exception",
]


def depot(i: int):
    """A depot's i-th attribute, picking a new depot (the first leaf of a facility block)."""

    def gen(f: Fake):
        f.depot = f.pick(DEPOTS)
        return f.depot[i]

    return gen


def depot_at(i: int):
    """The i-th attribute of the depot picked by the block's first leaf."""
    return lambda f: f.depot[i]


UA_CHROME_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
)
UA_CHROME_ANDROID = (
    "Mozilla/5.0 (Linux; Android 13; SM-A146M) AppleWebKit/537.36 (KHTML, "
    "like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36"
)
UA_SAFARI_IOS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
UA_WECHAT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/118.0.0.0 Safari/537.36 MicroMessenger/3.9.10"
)
UA_GMAIL_PROXY = "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"


# -- contexts ---------------------------------------------------------------------------------

CAMPAIGNS = ["hot_sale_2024", "buen_fin", "singles_day_11_11", "envios_navidad", "cn_sellers_q3"]


def web_context(f: Fake):
    page = f.pick(["/", "/cotizar", "/envios/nuevo", "/rastreo", "/cuenta/direcciones", "/reclamos"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    [
                        "https://www.google.com.mx/",
                        "",
                        "https://www.facebook.com/",
                        "https://l.instagram.com/",
                    ]
                )
            ),
            "search": G(
                lambda f: f.pick(["", "?utm_source=facebook&utm_medium=paid", "?lang=es", "?ref=wa"])
            ),
            "title": G(
                lambda f: f.pick(["PuenteBox | Envíos a México", "Cotiza tu envío", "Rastrea tu paquete"])
            ),
            "url": G(lambda f: "https://ship.puentebox.com" + page),
        },
        "userAgent": G(
            lambda f: f.pick(
                [
                    UA_CHROME_WIN,
                    UA_CHROME_ANDROID,
                    UA_SAFARI_IOS,
                    UA_WECHAT,
                ]
            )
        ),
        "locale": G(lambda f: f.pick(["es-MX", "en-US", "zh-CN", "es-US"])),
        "timezone": G(
            lambda f: f.pick(["America/Mexico_City", "America/Chicago", "Asia/Shanghai", "America/Tijuana"])
        ),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(CAMPAIGNS)),
            "source": G(lambda f: f.pick(["facebook", "google", "whatsapp", "newsletter"])),
            "medium": G(lambda f: f.pick(["paid", "cpc", "social", "email"])),
            "content": G(lambda f: f.pick(["carrusel_a", "video_15s", "banner_top"])),
        },
    }


def mobile_traits():
    """analytics-swift and analytics-kotlin copy the identify traits into every event's context."""
    return {
        "email": Y(email, "email"),
        "firstName": Y(first_name, "name"),
        "lastName": Y(last_name, "name"),
        "phone": Y(any_phone, "phone"),
        "address": {
            "street": Y(street_of(), "address|street"),
            "city": Y(at("city"), "city"),
            "postalCode": Y(at("zip"), "zipcode"),
            "country": G(at("country")),
        },
    }


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PuenteBox"),
            "version": G(lambda f: f.pick(["4.7.0", "4.8.2", "4.9.0"])),
            "build": G(lambda f: f.pick(["470", "482", "490"])),
            "namespace": G(lambda f: "com.puentebox.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"])),
            "name": G(lambda f: "iPhone"),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False, False])),
            "advertisingId": Y(ad_id, "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US", "es-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "16.7.7", "17.5"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Los_Angeles", "America/Monterrey"])),
        "userAgent": G(lambda f: "PuenteBox/4.8.2 CFNetwork/1494.0.7 Darwin/23.4.0"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        "traits": mobile_traits(),
    }


def kotlin_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PuenteBox"),
            "version": G(lambda f: f.pick(["4.7.1", "4.8.0", "4.9.0"])),
            "build": G(lambda f: f.pick(["40701", "40800", "40900"])),
            "namespace": G(lambda f: "com.puentebox.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "motorola", "Xiaomi", "OPPO"])),
            "model": G(lambda f: f.pick(["SM-A146M", "moto g54 5G", "Redmi Note 12", "CPH2591"])),
            "name": G(lambda f: f.pick(["a14", "cancunf", "tapas", "OP5A0BL1"])),
            "type": G(lambda f: "android"),
            "adTrackingEnabled": G(lambda f: f.pick([True, True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "analytics-kotlin"),
            "version": G(lambda f: f.pick(["1.15.0", "1.16.3"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "es-419", "en-US"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(lambda f: f.pick(["Telcel", "AT&T MX", "Movistar", "T-Mobile"])),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["13", "14", "12"]))},
        "screen": {
            "density": G(lambda f: f.pick([2.625, 2.75, 3.0])),
            "width": G(lambda f: 1080),
            "height": G(lambda f: f.pick([2400, 2340])),
        },
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Monterrey", "America/Chicago"])),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 13; SM-A146M Build/TP1A.220624.014)"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": mobile_traits(),
    }


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PuenteBox 发货"),
            "version": G(lambda f: f.pick(["2.3.0", "2.3.1", "2.4.0"])),
            "build": G(lambda f: f.pick(["230", "231", "240"])),
            "namespace": G(lambda f: "cn.puentebox.seller"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["HUAWEI", "Xiaomi", "vivo", "Apple"])),
            "model": G(lambda f: f.pick(["ALN-AL10", "23049RAD8C", "V2309A", "iPhone15,3"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.3", "1.1.4"])),
        },
        "locale": G(lambda f: "zh-CN"),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["12", "13", "17.3"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1080, 1260, 393])),
            "height": G(lambda f: f.pick([2400, 2720, 852])),
        },
        "timezone": G(lambda f: "Asia/Shanghai"),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
        "traits": {
            "name": Y(cn_name, "name"),
            "phone": Y(cn_phone, "phone"),
        },
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "PuenteBox Driver"),
            "version": G(lambda f: f.pick(["3.2.0", "3.2.4", "3.3.0"])),
            "build": G(lambda f: f.pick(["3200", "3204", "3300"])),
            "namespace": G(lambda f: "com.puentebox.driver"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Zebra Technologies", "samsung"])),
            "model": G(lambda f: f.pick(["TC52", "TC26", "SM-G736U1"])),
            "name": G(lambda f: f.pick(["TC52", "TC26", "xcover6pro"])),
            "type": G(lambda f: "android"),
        },
        "library": {
            "name": G(lambda f: "analytics-react-native"),
            "version": G(lambda f: f.pick(["2.17.0", "2.19.1"])),
        },
        "locale": G(lambda f: f.pick(["es-MX", "en-US"])),
        "network": {"wifi": G(lambda f: False), "cellular": G(lambda f: True)},
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["11", "13"]))},
        "screen": {"width": G(lambda f: 720), "height": G(lambda f: 1280)},
        "timezone": G(lambda f: f.pick(["America/Mexico_City", "America/Chicago", "America/Tijuana"])),
        "instanceId": G(lambda f: f.uuid()),
        "location": {
            "latitude": Y(lambda f: round(f.r.uniform(19.2, 32.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-117.1, -98.9), 6), "geolocation"),
            "speed": G(lambda f: round(f.r.uniform(0, 22), 1)),
        },
        "traits": {"name": Y(mx_name, "name"), "employeeId": G(lambda f: "DRV-" + f.digits(5))},
    }


SERVER_VERSIONS = {
    "analytics-python": ["2.3.3", "2.3.2"],
    "analytics-node": ["2.1.2", "2.1.0"],
    "analytics-go": ["3.3.0", "3.2.1"],
    "analytics-java": ["3.5.1", "3.4.0"],
    "analytics-ruby": ["2.4.3", "2.4.1"],
    "analytics-php": ["3.7.0", "3.6.0"],
    "Analytics.NET": ["3.8.1", "3.8.0"],
}


def server_context(library: str, ip=False, traits=False, external=False):
    def ctx(f: Fake):
        c = {
            "library": {
                "name": G(lambda f: library),
                "version": G(lambda f: f.pick(SERVER_VERSIONS[library])),
            }
        }
        if ip:
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if traits:
            c["traits"] = {"email": Y(email, "email"), "name": Y(any_name, "name")}
        if external:
            c["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return c

    return ctx


CONTEXTS = {
    "web": web_context,
    "swift": swift_context,
    "kotlin": kotlin_context,
    "flutter": flutter_context,
    "rn": rn_context,
    "python": server_context("analytics-python", ip=True),
    "node": server_context("analytics-node", traits=True, external=True),
    "go": server_context("analytics-go"),
    "java": server_context("analytics-java"),
    "ruby": server_context("analytics-ruby", ip=True),
    "php": server_context("analytics-php"),
    "dotnet": server_context("Analytics.NET"),
}
MOBILE = ("swift", "kotlin")


# -- free text --------------------------------------------------------------------------------


def chat_text(f: Fake) -> str:
    return f.pick(
        [
            f"Hola, mi celular es {mx_phone(f)}, no me ha llegado el paquete",
            f"Please change the recipient email to {email(f)}",
            f"Mi número es {any_phone(f)} por si el repartidor no encuentra la casa",
            f"can you send the invoice to {email(f)}? thanks",
            f"请联系我 {cn_phone(f)}，包裹还没到",  # noqa: RUF001
            f"Call me at {us_phone(f)} before delivering please",
        ]
    )


def driver_note(f: Fake) -> str:
    return f.pick(
        [
            "Left at front desk",
            "Nadie en casa, se dejó aviso",
            "Recipient not home, card left",
            "Entregado a vigilancia",
            "Gate closed, will retry tomorrow",
            "Paquete entregado en mano",
            "Dog in yard, did not enter",
        ]
    )


def address_note(f: Fake) -> str:
    return f.pick(
        [
            f"Casa azul con portón negro, preguntar por {first_name(f)}, tel {mx_phone(f)}",
            f"Llamar al llegar {mx_phone(f)}",
            f"If no answer text {us_phone(f)}",
            f"Tocar timbre 2 o llamar {any_phone(f)}",
            f"到了打电话 {cn_phone(f)}",
        ]
    )


def push_body(f: Fake) -> str:
    name = first_name(f)
    return f.pick(
        [
            f"Hola {name}, tu paquete va en camino 🚚",
            f"{name}, your parcel is out for delivery today",
            f"{name}, tu envío está retenido en aduana: sube tu identificación",
            f"¡{name}! Tu paquete llegó a la bodega de Laredo",
        ]
    )


def claim_description(f: Fake) -> str:
    return f.pick(
        [
            "Box arrived crushed, screen cracked",
            "Faltan 2 piezas del pedido",
            "Tracking says delivered but nothing arrived",
            "Paquete mojado, ropa dañada",
            "Item missing from consolidated shipment",
            "No ha llegado después de 30 días",
        ]
    )


def broker_note(f: Fake) -> str:
    return f.pick(
        [
            "Valor declarado bajo, solicitar factura original",
            "Awaiting COFEPRIS permit",
            "Pedimento validado, pendiente de pago",
            "Restricted item: lithium battery not packed per PI967",
            "Cliente debe subir RFC válido",
            "Reclassified under 8518.30",
        ]
    )


def review_comment(f: Fake) -> str:
    return f.pick(
        [
            "Muy rápido, llegó en 5 días",
            "El repartidor fue muy amable",
            "Too expensive for customs fees",
            "Tardó mucho en aduana",
            "Excelente servicio",
            "",
        ]
    )


# -- events -----------------------------------------------------------------------------------


def service_line():
    def pick_service(i):
        return lambda f: f.pick(SERVICES)[i]

    return {
        "product_id": G(pick_service(0)),
        "sku": G(pick_service(1)),
        "name": G(pick_service(2)),
        "category": G(pick_service(3)),
        "price": G(lambda f: f.money(4, 120)),
        "quantity": G(lambda f: f.r.randint(1, 3)),
    }


def party(name_gen, phone_gen, country=None):
    return {
        "name": Y(name_gen, "name"),
        "company": G(lambda f: f.pick([*COMPANIES, "", ""])),
        "phone": Y(phone_gen, "phone"),
        "email": Y(email, "email"),
        "address": {
            "line1": Y(street_of(country), "address|street"),
            "city": Y(at("city"), "city"),
            "state": G(at("state")),
            "postal_code": Y(at("zip"), "zipcode"),
            "country": G(at("country")),
        },
    }


def line_item():
    def it(i):
        return lambda f: f.item[i]

    return {
        "description": G(pick_item),
        "hs_code": G(it(1)),
        "quantity": G(lambda f: f.r.randint(1, 24)),
        "unit_value": G(lambda f: f.money(1, 300)),
        "country_of_origin": G(it(2)),
        "weight_kg": G(lambda f: f.money(0, 5)),
    }


def facility():
    return {
        "code": G(depot(0)),
        "name": G(depot_at(1)),
        "city": G(depot_at(2)),
        "state": G(depot_at(3)),
        "country": G(depot_at(4)),
        "lat": G(depot_at(5)),
        "lng": G(depot_at(6)),
    }


EVENTS = [
    # -- customer portal (analytics.js) ---------------------------------------------------------
    (
        "page",
        "Cotizar Envío",
        "web",
        {
            "path": G(lambda f: "/cotizar"),
            "url": G(lambda f: "https://ship.puentebox.com/cotizar" + f.pick(["", "?lang=es", "?from=home"])),
            "title": G(lambda f: "Cotiza tu envío"),
            "referrer": G(lambda f: f.pick(["https://www.google.com.mx/", "", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?lang=es", "?from=home"])),
        },
    ),
    (
        "track",
        "Shipping Quote Requested",
        "web",
        {
            "quote_id": G(lambda f: f.uuid()),
            "origin_country": G(lambda f: f.pick(["US", "CN"])),
            "destination_country": G(lambda f: f.pick(["MX", "US"])),
            "origin_postal_code": G(lambda f: f.pick(["78045", "90021", "518128", "77036", "60608"])),
            "destination_postal_code": G(mx_cp),
            "weight_kg": G(lambda f: f.money(0, 30)),
            "declared_value_usd": G(lambda f: f.money(10, 2500)),
            "service_level": G(lambda f: f.pick(["express", "standard", "economy"])),
            "quoted_price": G(lambda f: f.money(12, 300)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "gclid": Y(gclid, "advertising id"),
            "fbclid": Y(fbclid, "advertising id"),
        },
    ),
    (
        "track",
        "Checkout Started",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "revenue": G(lambda f: f.money(12, 400)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "products": Many(service_line(), 3),
        },
    ),
    (
        "track",
        "Coupon Applied",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "cart_id": G(lambda f: f.uuid()),
            "coupon_id": G(lambda f: "cpn_" + f.hexid(8)),
            "coupon_name": G(lambda f: f.pick(["BUENFIN10", "PRIMERENVIO", "HOTSALE"])),
            "discount": G(lambda f: f.money(1, 15)),
        },
    ),
    (
        "track",
        "Order Completed",
        "web",
        {
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: "PuenteBox Web"),
            "total": G(lambda f: f.money(12, 400)),
            "revenue": G(lambda f: f.money(10, 380)),
            "shipping": G(lambda f: f.money(0, 60)),
            "tax": G(lambda f: f.money(0, 40)),
            "discount": G(lambda f: f.money(0, 15)),
            "coupon": G(lambda f: f.pick(["", "BUENFIN10", "PRIMERENVIO", "HOTSALE"])),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "payment_method": G(lambda f: f.pick(["card", "oxxo", "spei", "paypal"])),
            "products": Many(service_line(), 3),
            "billing_address": {
                "name": Y(any_name, "name"),
                "line1": Y(street_of(), "address|street"),
                "city": Y(at("city"), "city"),
                "state": G(at("state")),
                "postal_code": Y(at("zip"), "zipcode"),
                "country": G(at("country")),
            },
        },
    ),
    (
        "track",
        "Shipment Created",
        "web",
        {
            "shipment_id": G(lambda f: f.uuid()),
            "waybill_number": G(waybill),
            "service_level": G(lambda f: f.pick(["express", "standard", "economy"])),
            "shipper": party(any_name, any_phone),
            "consignee": party(mx_name, mx_phone, "MX"),
            "parcels": Many(
                {
                    "weight_kg": G(lambda f: f.money(0, 30)),
                    "length_cm": G(lambda f: f.r.randint(10, 80)),
                    "width_cm": G(lambda f: f.r.randint(10, 60)),
                    "height_cm": G(lambda f: f.r.randint(5, 60)),
                    "reference": G(lambda f: "PKG-" + f.digits(6)),
                },
                3,
            ),
            "contents_type": G(
                lambda f: f.pick(["merchandise", "gift", "documents", "sample", "returned_goods"])
            ),
            "signature_required": G(lambda f: f.pick([True, False])),
            "insured": G(lambda f: f.pick([True, False])),
            "declared_value": G(lambda f: f.money(10, 2500)),
            "currency": G(lambda f: "USD"),
        },
    ),
    (
        "track",
        "Commercial Invoice Submitted",
        "web",
        {
            "invoice_number": G(lambda f: "CI-" + f.digits(7)),
            "shipment_id": G(lambda f: f.uuid()),
            "reason_for_export": G(lambda f: f.pick(["sale", "gift", "sample", "repair", "personal_use"])),
            "invoice_date": G(lambda f: f.date(2024, 2024)),
            "exporter_name": G(lambda f: f.pick(COMPANIES)),
            "exporter_usci": G(usci),
            "importer_name": Y(mx_name, "name"),
            "importer_rfc": RED(rfc_person, "national id"),
            "line_items": Many(line_item(), 4),
            "total_value": G(lambda f: f.money(20, 3000)),
            "currency": G(lambda f: f.pick(["USD", "CNY"])),
            "pdf_sha256": G(sha256_of),
        },
    ),
    (
        "track",
        "Address Autocomplete Used",
        "web",
        {
            "q": Y(autocomplete_query, "address|street", True),
            "field": G(lambda f: f.pick(["consignee_address", "shipper_address"])),
            "provider": G(lambda f: "google_places"),
            "session_token": G(lambda f: f.uuid()),
            "results_count": G(lambda f: f.r.randint(0, 5)),
            "selected_index": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "track",
        "Tracking Number Searched",
        "web",
        {
            "input": G(tracking_number),
            "carrier_detected": G(lambda f: f.pick(["puentebox", "china_post", "ups", "estafeta"])),
            "result_status": G(lambda f: f.pick(STATUSES)),
            "found": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "identify",
        None,
        "web",
        {
            "email": Y(email, "email"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(any_phone, "phone"),
            "company": G(lambda f: f.pick([*COMPANIES, ""])),
            "createdAt": G(lambda f: f.iso()),
            "preferredLanguage": G(lambda f: f.pick(["es", "en", "zh"])),
            "customerType": G(lambda f: f.pick(["individual", "business", "marketplace_seller"])),
            "address": {
                "street": Y(street_of(), "address|street"),
                "city": Y(at("city"), "city"),
                "state": G(at("state")),
                "postalCode": Y(at("zip"), "zipcode"),
                "country": G(at("country")),
            },
            "rfc": RED(rfc_person, "national id"),
            "loyaltyNumber": G(lambda f: "PB" + f.digits(9)),
            "marketingOptIn": G(lambda f: f.pick([True, False])),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "shipmentsCount": G(lambda f: f.r.randint(0, 240)),
            "suiteNumber": G(lambda f: "PBX-" + f.digits(6)),
        },
    ),
    (
        "group",
        None,
        "web",
        {
            "name": G(lambda f: f.pick(COMPANIES)),
            "industry": G(lambda f: f.pick(["Electronics", "Apparel", "Auto parts", "Cosmetics"])),
            "employees": G(lambda f: f.r.randint(3, 800)),
            "rfc_empresa": G(rfc_company),
            "usci": G(usci),
            "mainPhone": G(
                lambda f: f.pick(["+52 55 5080 2200", "+86 755 8320 1188", "+1 956 555 0142", "800 123 4455"])
            ),
            "shippingEmail": G(
                lambda f: f.pick(["compras@xochi.mx", "logistics@hqelec.cn", "shipping@lonestarparts.com"])
            ),
            "headquarters": {
                "street": G(
                    lambda f: f.pick(
                        ["Blvd. Manuel Ávila Camacho 88", "华强北路1019号", "5400 Bob Bullock Loop"]
                    )
                ),
                "city": G(lambda f: f.pick(["Naucalpan", "Shenzhen", "Laredo"])),
            },
            "plan": G(lambda f: f.pick(["seller_basic", "seller_pro", "enterprise"])),
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        "web",
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(12)),
            "text": Y(chat_text, "phone|email", True),
            "channel": G(lambda f: f.pick(["web_widget", "whatsapp"])),
            "agent_online": G(lambda f: f.pick([True, False])),
            "message_length": G(lambda f: f.r.randint(10, 200)),
        },
    ),
    (
        "track",
        "Card Form Error",
        "web",
        {
            "field": G(lambda f: "card_number"),
            "field_value": RED(any_card, "credit card", True),
            "error_code": G(
                lambda f: f.pick(["card_declined", "expired_card", "incorrect_cvc", "processing_error"])
            ),
            "attempt": G(lambda f: f.r.randint(1, 4)),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "amex", "unionpay"])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web",
        {
            "form": G(lambda f: f.pick(["factura", "importer_registration"])),
            "field": G(lambda f: f.pick(["rfc", "rfc_receptor"])),
            "value": RED(rfc_person, "national id", True),
            "duration_ms": G(lambda f: f.r.randint(300, 15000)),
            "valid": G(lambda f: f.pick([True, True, False])),
        },
    ),
    (
        "track",
        "Delivery Survey Submitted",
        "web",
        {
            "shipment_id": G(lambda f: f.uuid()),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(review_comment),
        },
    ),
    # -- customer app (analytics-swift / analytics-kotlin) ---------------------------------------
    (
        "screen",
        "Tracking Detail",
        MOBILE,
        {
            "tracking_number": G(tracking_number),
            "status": G(lambda f: f.pick(STATUSES)),
            "eta": G(lambda f: f.date(2024, 2024)),
            "leg": G(lambda f: f.pick(["first_mile", "linehaul", "customs", "last_mile"])),
        },
    ),
    (
        "identify",
        None,
        MOBILE,
        {
            "email": Y(email, "email"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(any_phone, "phone"),
            "preferredLanguage": G(lambda f: f.pick(["es", "en"])),
            "pushEnabled": G(lambda f: f.pick([True, False])),
            "address": {
                "street": Y(street_of(), "address|street"),
                "city": Y(at("city"), "city"),
                "postalCode": Y(at("zip"), "zipcode"),
                "country": G(at("country")),
            },
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        MOBILE,
        {
            "campaign_id": G(lambda f: "cmp_" + f.digits(5)),
            "title": G(lambda f: f.pick(["Tu paquete va en camino", "Acción requerida", "Parcel update"])),
            "body": Y(push_body, "name", True),
            "deeplink": G(lambda f: "puentebox://track/" + waybill(f)),
            "opened_at": G(lambda f: f.epoch_ms()),
        },
    ),
    (
        "track",
        "Delivery Preferences Updated",
        MOBILE,
        {
            "safe_place": G(lambda f: f.pick(["front_door", "reception", "neighbor", "none"])),
            "leave_with_neighbor": G(lambda f: f.pick([True, False])),
            "neighbor_name": Y(any_name, "name"),
            "neighbor_phone": Y(any_phone, "phone"),
            "gate_code": RED(lambda f: f.pick(["#", "*", ""]) + f.digits(4), "secret|password"),
            "has_dog": G(lambda f: f.pick([True, False])),
            "dog_name": G(lambda f: f.pick(["Firulais", "Canela", "Max", "Rocky", "Luna", "Chispa"])),
            "delivery_window": G(lambda f: f.pick(["morning", "afternoon", "evening", "any"])),
            "accessibility_need": RED(
                lambda f: f.pick(["wheelchair_user", "limited_mobility", "deaf_or_hard_of_hearing"]),
                "disability",
            ),
            "address_type": G(lambda f: f.pick(["residential", "commercial"])),
        },
    ),
    (
        "track",
        "ID Document Uploaded",
        MOBILE,
        {
            "shipment_id": G(lambda f: f.uuid()),
            "document_type": G(lambda f: f.pick(["passport", "ine", "resident_id_cn"])),
            "document_number": RED(id_doc_number, "national id|passport"),
            "issuing_country": G(lambda f: f.pick(["MX", "CN", "US"])),
            "document_expiry": G(lambda f: f.date(2025, 2034)),
            "front_image_url": RED(
                lambda f: f"https://kyc.puentebox.com/docs/{f.uuid()}/front.jpg", "national id|photo"
            ),
            "name_match": G(lambda f: f.pick([True, True, False])),
            "verification_status": G(lambda f: f.pick(["pending", "verified", "rejected"])),
            "upload_ms": G(lambda f: f.r.randint(400, 9000)),
        },
    ),
    (
        "track",
        "Claim Submitted",
        MOBILE,
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "claim_type": G(lambda f: f.pick(["lost", "damaged", "missing_items", "late"])),
            "shipment_id": G(lambda f: f.uuid()),
            "tracking_number": G(tracking_number),
            "declared_value": G(lambda f: f.money(10, 1500)),
            "claimed_amount": G(lambda f: f.money(10, 1500)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "description": G(claim_description),
            "evidence_photos": Many(G(lambda f: f"https://claims.puentebox.com/ev/{f.hexid(10)}.jpg"), 3),
            "refund_method": G(lambda f: f.pick(["original_payment", "clabe", "wallet_credit"])),
        },
    ),
    (
        "track",
        "Contents Photo Uploaded",
        MOBILE,
        {
            "shipment_id": G(lambda f: f.uuid()),
            "contents_photo_url": G(lambda f: f"https://cdn.puentebox.com/contents/{f.hexid(12)}.jpg"),
            "photo_count": G(lambda f: f.r.randint(1, 6)),
            "image_width": G(lambda f: f.pick([1080, 3024, 4032])),
        },
    ),
    (
        "track",
        "Personal Import Declared",
        MOBILE,
        {
            "shipment_id": G(lambda f: f.uuid()),
            "medication_name": Y(
                lambda f: f.pick(["Insulina glargina", "Metformina 850 mg", "Levothyroxine", "Adalimumab"]),
                "medication",
            ),
            "prescription_number": Y(lambda f: "RX" + f.digits(8), "medication"),
            "prescribing_doctor": Y(lambda f: "Dr. " + f.pick([mx_name, us_name])(f), "name"),
            "treatment_for": Y(
                lambda f: f.pick(["diabetes tipo 2", "hipotiroidismo", "rheumatoid arthritis", "epilepsia"]),
                "condition|diagnosis",
            ),
            "units": G(lambda f: f.r.randint(1, 12)),
            "for_personal_use": G(lambda f: True),
            "permit_required": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- China-side shipper app (analytics_flutter, pinyin keys) ---------------------------------
    (
        "track",
        "Jijian Xiadan",
        "flutter",
        {
            "yundan_hao": G(waybill),
            "jijianren_xingming": Y(cn_name, "name"),
            "jijianren_shouji": Y(cn_phone, "phone"),
            "jijianren_dizhi": Y(cn_street, "address|street"),
            "shoujianren_xingming": Y(mx_name, "name"),
            "shoujianren_dianhua": Y(mx_phone, "phone"),
            "shoujianren_dizhi": {
                "guojia": G(lambda f: "MX"),
                "zhou": G(lambda f: new_place(f, "MX")["state"]),
                "chengshi": Y(at("city"), "city"),
                "xiangxi_dizhi": Y(at("street"), "address|street"),
                "youbian": Y(at("zip"), "zipcode"),
            },
            "huowu": Many(
                {
                    "mingcheng": G(pick_item),
                    "hs_bianma": G(lambda f: f.item[1]),
                    "shuliang": G(lambda f: f.r.randint(1, 50)),
                    "danjia": G(lambda f: f.money(1, 200)),
                },
                3,
            ),
            "shenbao_jiazhi": G(lambda f: f.money(10, 2000)),
            "bizhong": G(lambda f: f.pick(["USD", "CNY"])),
        },
    ),
    (
        "track",
        "Shoujianren Shenfen Yanzheng",
        "flutter",
        {
            "dingdan_hao": G(lambda f: "CN" + f.digits(12)),
            "shoujianren_xingming": Y(cn_name, "name"),
            "shenfenzheng_hao": RED(cn_resident_id, "national id"),
            "yanzheng_jieguo": G(lambda f: f.pick(["tongguo", "shibai", "daishenhe"])),
            "shenfen_zhengmian_url": RED(
                lambda f: f"https://oss.puentebox.cn/sfz/{f.hexid(16)}_front.jpg", "national id|photo"
            ),
            "chongshi_cishu": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "screen",
        "Dizhi Bu",
        "flutter",
        {
            "dizhi_shuliang": G(lambda f: f.r.randint(0, 30)),
            "moren_dizhi_id": G(lambda f: f.digits(8)),
        },
    ),
    (
        "track",
        "Address Book Entry Saved",
        "flutter",
        {
            "entry_id": G(lambda f: f.digits(8)),
            "label": Y(
                lambda f: (
                    f"{f.pick([cn_name_hanzi, mx_name, cn_name_pinyin])(f)} · "
                    + f.pick(["深圳", "Guadalajara", "CDMX", "义乌"])
                ),
                "name",
                True,
            ),
            "is_default": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["CN", "MX", "US"])),
            "weixin_hao": Y(
                lambda f: f.pick(["wxid_", "", ""]) + f.pick(CN_GIVEN)[0].lower() + f.digits(4), "name"
            ),
            "wechat_openid": G(lambda f: "oUpF8u" + f.hexid(22)),
        },
    ),
    (
        "track",
        "Alipay Refund Requested",
        "flutter",
        {
            "refund_no": G(lambda f: "RF" + f.digits(10)),
            "alipay_account": Y(lambda f: f.pick([cn_phone, email])(f), "phone|email"),
            "payee_name": Y(cn_name, "name"),
            "unionpay_card_number": RED(unionpay, "credit card"),
            "amount": G(lambda f: f.money(5, 2000)),
            "reason": G(lambda f: f.pick(["chongfu_zhifu", "quxiao_dingdan", "diushi_peichang"])),
        },
    ),
    # -- driver app (analytics-react-native) --------------------------------------------------------
    (
        "track",
        "Route Started",
        "rn",
        {
            "routeId": G(lambda f: "R-" + f.digits(6)),
            "depotCode": G(depot(0)),
            "stopsCount": G(lambda f: f.r.randint(20, 140)),
            "vehiclePlate": Y(
                lambda f: f.pick(
                    [
                        f"{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}-{f.digits(3)}-{f.pick('ABCD')}",
                        f"{f.digits(1)}{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}{f.pick('ABCDEFGH')}{f.digits(3)}",
                    ]
                ),
                "license",
            ),
            "vehicleVin": Y(vin, "serial"),
            "startedAt": G(lambda f: f.iso()),
            "driverName": Y(mx_name, "name"),
            "helperPresent": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Delivery Attempted",
        "rn",
        {
            "stopId": G(lambda f: f.digits(9)),
            "routeId": G(lambda f: "R-" + f.digits(6)),
            "trackingNumber": G(tracking_number),
            "attemptNumber": G(lambda f: f.r.randint(1, 3)),
            "outcome": G(
                lambda f: f.pick(
                    ["delivered", "no_one_home", "refused", "address_not_found", "business_closed"]
                )
            ),
            "recipientName": Y(any_name, "name"),
            "signedBy": Y(any_name, "name"),
            "relationshipToRecipient": G(
                lambda f: f.pick(["self", "family", "neighbor", "concierge", "security_guard"])
            ),
            "signatureImageUrl": Y(lambda f: f"https://pod.puentebox.com/sig/{f.uuid()}.png", "photo"),
            "podPhotoUrl": Y(lambda f: f"https://pod.puentebox.com/photo/{f.uuid()}.jpg", "photo"),
            "latitude": Y(lambda f: round(f.r.uniform(19.2, 32.6), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-117.1, -98.9), 6), "geolocation"),
            "gpsAccuracyM": G(lambda f: f.money(3, 60)),
            "driverNote": G(driver_note),
            "signatureCaptured": G(lambda f: f.pick([True, False])),
            "photoCount": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Address Note Added",
        "rn",
        {
            "stopId": G(lambda f: f.digits(9)),
            "note": Y(address_note, "phone", True),
            "source": G(lambda f: f.pick(["driver", "customer_sms"])),
        },
    ),
    (
        "track",
        "Proxy Call Placed",
        "rn",
        {
            "stopId": G(lambda f: f.digits(9)),
            "proxyNumber": G(
                lambda f: f.pick(
                    ["+52 55 4170 2201", "+52 55 4170 2202", "+1 956 300 4410", "+52 81 4160 0099"]
                )
            ),
            "callSid": G(lambda f: "CA" + f.hexid(32)),
            "durationSec": G(lambda f: f.r.randint(0, 240)),
            "connected": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Cash On Delivery Collected",
        "rn",
        {
            "stopId": G(lambda f: f.digits(9)),
            "amount": G(lambda f: f.money(50, 4000)),
            "currency": G(lambda f: "MXN"),
            "paymentType": G(lambda f: f.pick(["cash", "card_terminal"])),
            "receiptNumber": G(lambda f: "COD-" + f.digits(7)),
            "payerName": Y(mx_name, "name"),
        },
    ),
    # -- customs brokerage (analytics-python) -----------------------------------------------------
    (
        "track",
        "Customs Hold Placed",
        "python",
        {
            "hold_id": G(lambda f: f.uuid()),
            "shipment_id": G(lambda f: f.uuid()),
            "customs_office": G(
                lambda f: f.pick(["Nuevo Laredo (240)", "Tijuana (400)", "AICM (470)", "Manzanillo (160)"])
            ),
            "hold_reason": G(
                lambda f: f.pick(
                    ["missing_rfc", "undervaluation", "restricted_item", "id_verification", "cofepris_permit"]
                )
            ),
            "hs_code": G(hs),
            "declared_value": G(lambda f: f.money(10, 3000)),
            "assessed_value": G(lambda f: f.money(10, 3000)),
            "pedimento_number": G(pedimento),
            "consignee_name": Y(mx_name, "name"),
            "consignee_rfc": RED(rfc_person, "national id"),
            "consignee_curp": RED(curp, "national id"),
            "required_documents": Many(
                G(lambda f: f.pick(["commercial_invoice", "id_copy", "rfc_constancia", "permit"])), 3
            ),
            "broker_note": G(broker_note),
        },
    ),
    (
        "track",
        "Duties Assessed",
        "python",
        {
            "shipment_id": G(lambda f: f.uuid()),
            "entry_number": G(lambda f: f"{f.pick(['ABC', 'PBX', 'L7K'])}-{f.digits(7)}-{f.r.randint(0, 9)}"),
            "duty_amount": G(lambda f: f.money(0, 600)),
            "iva_amount": G(lambda f: f.money(0, 500)),
            "igi_rate": G(lambda f: f.pick([0.0, 0.1, 0.15, 0.2, 0.35])),
            "total_due": G(lambda f: f.money(0, 1200)),
            "currency": G(lambda f: f.pick(["MXN", "USD"])),
            "payer": G(lambda f: f.pick(["consignee", "shipper"])),
        },
    ),
    (
        "track",
        "Commercial Invoice Parsed",
        "python",
        {
            "document_id": G(lambda f: f.uuid()),
            "pages": G(lambda f: f.r.randint(1, 6)),
            "seller_name": G(lambda f: f.pick(COMPANIES)),
            "buyer_name": Y(any_name, "name"),
            "buyer_address": Y(one_line_address, "address"),
            "invoice_total": G(lambda f: f.money(10, 3000)),
            "ocr_confidence": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
            "line_items": Many(line_item(), 4),
            "model_version": G(
                lambda f: f.pick(["ci-parser-2024.05", "ci-parser-2024.06", "ci-parser-2024.07rc1"])
            ),
        },
    ),
    (
        "identify",
        None,
        "python",
        {
            "first_name": Y(first_name, "name"),
            "last_name": Y(last_name, "name"),
            "email": Y(email, "email"),
            "phone_number": Y(any_phone, "phone"),
            "date_of_birth": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "nationality": Y(
                lambda f: f.pick(["Mexican", "Chinese", "American", "Guatemalan"]), "citizenship"
            ),
            "curp": RED(curp, "national id"),
            "customer_since": G(lambda f: f.date(2018, 2024)),
            "lifetime_shipments": G(lambda f: f.r.randint(0, 400)),
            "age_band": G(lambda f: f.pick(["18-24", "25-34", "35-44", "45-54", "55+"])),
        },
    ),
    (
        "track",
        "Formal Entry Filed",
        "python",
        {
            "entry_number": G(lambda f: f"{f.pick(['ABC', 'PBX', 'L7K'])}-{f.digits(7)}-{f.r.randint(0, 9)}"),
            "importer_type": G(lambda f: "individual"),
            "importer_ssn": RED(lambda f: f.ssn(), "social security number"),
            "importer_ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "importer_name": Y(us_name, "name"),
            "bond_type": G(lambda f: f.pick(["single_transaction", "continuous"])),
            "entered_value": G(lambda f: f.money(2500, 20000)),
            "form_5106_on_file": G(lambda f: f.pick([True, False])),
        },
    ),
    # -- tracking and webhooks (analytics-node) -------------------------------------------------------
    (
        "track",
        "Tracking Scan Recorded",
        "node",
        {
            "trackingNumber": G(tracking_number),
            "scanType": G(
                lambda f: f.pick(["arrival", "departure", "out_for_delivery", "customs_release", "exception"])
            ),
            "scannedAt": G(lambda f: f.iso()),
            "facility": facility(),
            "handlerId": G(lambda f: "E" + f.digits(5)),
            "scannerSerial": G(lambda f: f.pick(["S21", "S22"]) + f.digits(9)),
        },
    ),
    (
        "track",
        "Carrier Webhook Received",
        "node",
        {
            "source": G(lambda f: "aftership"),
            "msg": {
                "id": G(lambda f: f.hexid(24)),
                "tracking_number": G(tracking_number),
                "slug": G(lambda f: f.pick(["china-post", "estafeta", "ups", "fedex"])),
                "tag": G(lambda f: f.pick(["InTransit", "OutForDelivery", "Delivered", "Exception"])),
                "customer_name": Y(any_name, "name"),
                "emails": Many(Y(email, "email"), 2),
                "smses": Many(Y(any_phone, "phone"), 1),
                "order_id": G(lambda f: "ORD-" + f.digits(8)),
                "title": G(lambda f: f.pick(["Pedido #" + f.digits(5), "Order " + f.digits(6)])),
                "checkpoints": Many(
                    {
                        "message": G(
                            lambda f: f.pick(
                                [
                                    "Arrived at facility",
                                    "Departed facility",
                                    "Customs clearance completed",
                                    "En tránsito",
                                ]
                            )
                        ),
                        "city": G(depot(2)),
                        "country_iso3": G(lambda f: {"US": "USA", "MX": "MEX", "CN": "CHN"}[f.depot[4]]),
                        "zip": G(depot_at(7)),
                        "checkpoint_time": G(lambda f: f.iso()),
                    },
                    4,
                ),
            },
        },
    ),
    (
        "track",
        "SMS Status Callback",
        "node",
        {
            "provider": G(lambda f: "twilio"),
            "payload": {
                "MessageSid": G(lambda f: "SM" + f.hexid(32)),
                "AccountSid": G(lambda f: "AC" + f.hexid(32)),
                "From": G(lambda f: f.pick(["+19563004410", "+525541702200", "PuenteBox"])),
                "To": Y(lambda f: f.pick([mx_e164, mx_e164, us_e164])(f), "phone", True),
                "MessageStatus": G(
                    lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])
                ),
                "Body": G(
                    lambda f: (
                        f"PuenteBox: tu paquete {waybill(f)} llega hoy. Rastrea: https://pbx.mx/t/{f.hexid(6)}"
                    )
                ),
            },
        },
    ),
    (
        "track",
        "Inbound Call Logged",
        "node",
        {
            "CallSid": G(lambda f: "CA" + f.hexid(32)),
            "From": Y(lambda f: f.pick([mx_e164, mx_e164, us_e164])(f), "phone", True),
            "To": G(lambda f: f.pick(["+528001234455", "+18885550142", "+525541702200"])),
            "Direction": G(lambda f: "inbound"),
            "CallStatus": G(lambda f: f.pick(["completed", "no-answer", "busy"])),
            "CallDuration": G(lambda f: str(f.r.randint(0, 900))),
            "FromCity": Y(
                lambda f: f.pick(["MEXICO CITY", "GUADALAJARA", "MONTERREY", "TIJUANA", "PUEBLA"]), "city"
            ),
            "FromState": G(lambda f: f.pick(["CDMX", "JAL", "NL", "BC", "PUE"])),
            "FromZip": Y(mx_cp, "zipcode"),
            "FromCountry": G(lambda f: "MX"),
            "queue": G(lambda f: f.pick(["soporte_es", "support_en", "aduanas"])),
        },
    ),
    (
        "track",
        "Email Event",
        "node",
        {
            "email": Y(email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_message_id": G(
                lambda f: f.hexid(22) + ".filterdrecv-" + f.hexid(8) + "-1-" + f.hexid(8) + "-1"
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}@mail.puentebox.com>"),
            "category": Many(G(lambda f: f.pick(["tracking", "customs", "invoice"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(lambda f: UA_GMAIL_PROXY),
            "url": G(lambda f: "https://ship.puentebox.com/rastreo/" + waybill(f)),
            "reply_to": G(
                lambda f: f.pick(["soporte@puentebox.com", "no-reply@puentebox.com", "aduanas@puentebox.com"])
            ),
        },
    ),
    (
        "track",
        "Purchase Forwarded",
        "node",
        {
            "destination": G(lambda f: "facebook_capi"),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Y(lambda f: hashlib.sha256(email(f).encode()).hexdigest(), "email"),
                "ph": Y(lambda f: hashlib.sha256(("52" + f.digits(10)).encode()).hexdigest(), "phone"),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.{fbclid(f)}", "advertising id"),
                "client_ip_address": Y(lambda f: f.ipv4(), "ip"),
                "client_user_agent": G(
                    lambda f: (
                        "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"
                    )
                ),
                "country": G(lambda f: hashlib.sha256(f.pick(["mx", "us"]).encode()).hexdigest()),
            },
            "custom_data": {
                "value": G(lambda f: f.money(12, 400)),
                "currency": G(lambda f: f.pick(["USD", "MXN"])),
            },
        },
    ),
    (
        "track",
        "Address Corrected",
        "node",
        {
            "shipmentId": G(lambda f: f.uuid()),
            "correctionSource": G(lambda f: f.pick(["customer", "carrier", "address_validation", "driver"])),
            "originalAddress": address_block(),
            "correctedAddress": address_block(),
            "fieldsChanged": Many(G(lambda f: f.pick(["line1", "postal_code", "city", "line2"])), 3),
            "addressType": G(lambda f: f.pick(["residential", "commercial"])),
        },
    ),
    # -- sortation and manifests (analytics-go) ---------------------------------------------------------
    (
        "track",
        "Sort Exception",
        "go",
        {
            "parcel-barcode": G(tracking_number),
            "sorter-id": G(lambda f: f.pick(["SRT-LRD-01", "SRT-SZX-03", "SRT-MEX-02"])),
            "exception": G(lambda f: f.pick(["no_read", "overweight", "dims_mismatch", "no_manifest"])),
            "weight-g": G(lambda f: f.r.randint(50, 30000)),
            "image-sha256": G(sha256_of),
            "depot-code": G(depot(0)),
        },
    ),
    (
        "track",
        "Container Manifest Closed",
        "go",
        {
            "manifest_id": G(lambda f: "MAN-" + f.digits(8)),
            "container_number": G(container_number),
            "seal_number": G(lambda f: f.pick(["ML-CN", "EU"]) + f.digits(7)),
            "mawb": G(mawb),
            "flight_number": G(lambda f: f.pick(["CZ8031", "AM0099", "CA1041", "5Y8832"])),
        },
    ),
    # -- warehouse (analytics-java, SCREAMING_SNAKE) ----------------------------------------------------
    (
        "track",
        "WMS Pick Completed",
        "java",
        {
            "WAREHOUSE_ID": G(lambda f: f.pick(["WH-LRD", "WH-MEX", "WH-SZX"])),
            "SKU": G(lambda f: f.pick(["CLI-" + f.digits(5), f.sku()])),
            "BIN_LOCATION": G(
                lambda f: f"{f.pick('ABCDEF')}-{f.r.randint(1, 40):02d}-{f.r.randint(1, 8):02d}"
            ),
            "QTY_PICKED": G(lambda f: f.r.randint(1, 40)),
            "OPERATOR_ID": G(lambda f: "E" + f.digits(5)),
            "OPERATOR_NAME": Y(lambda f: f.pick([mx_name, us_name])(f).upper(), "name"),
            "SHIFT": G(lambda f: f.pick(["MATUTINO", "VESPERTINO", "NOCTURNO"])),
            "SCANNER_SERIAL": G(lambda f: f.pick(["S21", "S22"]) + f.digits(9)),
            "LPN": G(lambda f: "LPN" + f.digits(9)),
            "EVENT_TS": G(wms_time),
        },
    ),
    (
        "track",
        "Staff Clock In",
        "java",
        {
            "EMPLOYEE_ID": G(lambda f: "E" + f.digits(5)),
            "EMPLOYEE_NAME": Y(lambda f: f.pick([mx_name, us_name])(f).upper(), "name"),
            "BADGE_NO": G(lambda f: f.digits(6)),
            "SITE": G(lambda f: f.pick(["WH-LRD", "WH-MEX", "WH-GDL"])),
            "SHIFT_START": G(wms_time),
            "JOB_TITLE": G(
                lambda f: f.pick(["Montacarguista", "Picker", "Supervisor de turno", "Receiving Clerk"])
            ),
            "HOURLY_RATE": Y(lambda f: f.money(45, 140) if f.r.random() < 0.6 else f.money(15, 24), "salary"),
            "UNION_MEMBER": Y(lambda f: f.pick([True, False]), "trade union"),
            "OVERTIME_ELIGIBLE": G(lambda f: f.pick([True, False])),
            "SUPERVISOR_NAME": Y(lambda f: f.pick([mx_name, us_name])(f).upper(), "name"),
            "EMERGENCY_CONTACT_PHONE": Y(lambda f: f.pick([mx_phone, us_phone])(f), "phone"),
            "NSS": RED(nss, "social security number|national id"),
            "CURP": RED(curp, "national id"),
            "CLOCK_METHOD": G(lambda f: f.pick(["BADGE", "PIN", "FACE"])),
        },
    ),
    (
        "track",
        "Package Received At Warehouse",
        "java",
        {
            "SUITE_NUMBER": G(lambda f: "PBX-" + f.digits(6)),
            "INBOUND_TRACKING": G(
                lambda f: f.pick(["1Z" + f.hexid(16).upper(), "9400" + f.digits(18), "TBA" + f.digits(12)])
            ),
            "RETAILER": G(lambda f: f.pick(["Amazon", "Walmart", "Best Buy", "Shein", "Nike"])),
            "ADDRESSED_TO": Y(lambda f: f.pick([mx_name, us_name, cn_name_pinyin])(f), "name"),
            "WEIGHT_LB": G(lambda f: f.money(0, 60)),
            "LABEL_PHOTO_URL": Y(lambda f: f"https://wh.puentebox.com/labels/{f.hexid(14)}.jpg", "photo"),
            "RECEIVED_BY": G(lambda f: "E" + f.digits(5)),
            "EVENT_TS": G(wms_time),
        },
    ),
    # -- claims (analytics-ruby) ---------------------------------------------------------------
    (
        "track",
        "Claim Opened",
        "ruby",
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "claim_type": G(lambda f: f.pick(["lost", "damaged", "missing_items", "late"])),
            "shipment_id": G(lambda f: f.uuid()),
            "claimant": {
                "name": Y(any_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(any_phone, "phone"),
                "role": G(lambda f: f.pick(["shipper", "consignee"])),
            },
            "amount_claimed": G(lambda f: f.money(10, 1500)),
            "currency": G(lambda f: f.pick(["USD", "MXN"])),
            "incident_date": G(lambda f: f.date(2024, 2024)),
            "description": G(claim_description),
            "evidence_count": G(lambda f: f.r.randint(0, 6)),
            "insured": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Claim Payout Details Added",
        "ruby",
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "payout_method": G(lambda f: "spei"),
            "account_holder_name": Y(mx_name, "name"),
            "clabe": RED(clabe, "bank account"),
            "bank_name": G(lambda f: f.pick(["BBVA México", "Banorte", "Santander", "Banco Azteca", "STP"])),
            "rfc": RED(rfc_person, "national id"),
            "verified_via_penny_test": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Claim Resolved",
        "ruby",
        {
            "claim_number": G(lambda f: "CLM-" + f.digits(8)),
            "resolution": G(lambda f: f.pick(["approved", "partially_approved", "denied"])),
            "payout_amount": G(lambda f: f.money(0, 1500)),
            "adjuster_id": G(lambda f: "ADJ" + f.digits(3)),
            "adjuster_name": Y(lambda f: f.pick([mx_name, us_name])(f), "name"),
            "denial_reason": G(
                lambda f: f.pick(["", "insufficient_evidence", "prohibited_item", "late_filing"])
            ),
        },
    ),
    # -- Mexican billing (analytics-php, Spanish keys) --------------------------------------------------
    (
        "track",
        "Factura Emitida",
        "php",
        {
            "uuid_fiscal": G(lambda f: f.uuid().upper()),
            "folio": G(lambda f: f.digits(6)),
            "rfc_emisor": G(lambda f: "PBL180523KT4"),
            "rfc_receptor": RED(rfc_person, "national id"),
            "nombre_receptor": Y(lambda f: mx_name(f).upper(), "name"),
            "codigo_postal_receptor": Y(mx_cp, "zipcode"),
            "regimen_fiscal_receptor": G(lambda f: f.pick(["605", "612", "626"])),
            "uso_cfdi": G(lambda f: f.pick(["G03", "S01", "CP01"])),
            "correo_receptor": Y(email, "email"),
            "subtotal": G(lambda f: f.money(100, 8000)),
            "iva": G(lambda f: f.money(16, 1280)),
            "total": G(lambda f: f.money(116, 9280)),
            "moneda": G(lambda f: "MXN"),
            "fecha_timbrado": G(mx_time),
        },
    ),
    (
        "track",
        "SPEI Payment Received",
        "php",
        {
            "reference": G(lambda f: f.digits(7)),
            "tracking_key": G(lambda f: f.pick(["MBAN", "BNET", "SPEI"]) + f.digits(18)[:16]),
            "payer_clabe": RED(clabe, "bank account"),
            "payer_name": Y(lambda f: mx_name(f).upper(), "name"),
            "payer_bank": G(lambda f: f.pick(["BBVA MEXICO", "BANORTE", "SANTANDER", "NU MEXICO"])),
            "beneficiary_clabe": G(lambda f: "646180157000000004"),
            "amount": G(lambda f: f.money(100, 9000)),
            "operation_date": G(lambda f: f.date(2024, 2024)),
        },
    ),
    (
        "track",
        "OXXO Voucher Generated",
        "php",
        {
            "oxxo_reference": G(lambda f: "9300" + f.digits(10)),
            "amount": G(lambda f: f.money(100, 9000)),
            "expires_at": G(mx_time),
            "email": Y(email, "email"),
            "order_id": G(lambda f: "ORD-" + f.digits(8)),
        },
    ),
    # -- payments and importer onboarding (Analytics.NET, PascalCase) -----------------------------------
    (
        "track",
        "Duties Payment Completed",
        "dotnet",
        {
            "PaymentId": G(lambda f: "pi_" + f.hexid(24)),
            "ShipmentId": G(lambda f: f.uuid()),
            "Amount": G(lambda f: f.money(5, 1200)),
            "Currency": G(lambda f: f.pick(["USD", "MXN"])),
            "PaymentMethodId": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "CardBrand": G(lambda f: f.pick(["visa", "mastercard", "amex", "unionpay"])),
            "CardLast4": G(lambda f: f.digits(4)),
            "CardExpMonth": G(lambda f: f.r.randint(1, 12)),
            "CardExpYear": G(lambda f: f.r.randint(2025, 2031)),
            "CardBin": G(lambda f: f.pick(["415231", "557910", "371449", "622848", "481283"])),
            "BillingName": Y(any_name, "name"),
            "BillingEmail": Y(email, "email"),
            "BillingAddress": {
                "Line1": Y(street_of(), "address|street"),
                "City": Y(at("city"), "city"),
                "State": G(at("state")),
                "PostalCode": Y(at("zip"), "zipcode"),
                "Country": G(at("country")),
            },
            "ReceiptUrl": G(lambda f: "https://pay.stripe.com/receipts/acct_1Nx/" + f.hexid(20)),
        },
    ),
    (
        "track",
        "Refund Issued",
        "dotnet",
        {
            "refundId": G(lambda f: "re_" + f.hexid(24)),
            "originalPaymentId": G(lambda f: "pi_" + f.hexid(24)),
            "amount": G(lambda f: f.money(5, 1200)),
            "reason": G(lambda f: f.pick(["duplicate", "requested_by_customer", "claim_payout"])),
            "cardNumberMasked": G(lambda f: "**** **** **** " + f.digits(4)),
            "approvedBy": Y(lambda f: f.pick([mx_name, us_name])(f), "name"),
        },
    ),
    (
        "track",
        "Importer Registered",
        "dotnet",
        {
            "importerId": G(lambda f: "IMP-" + f.digits(6)),
            "companyName": G(lambda f: f.pick(COMPANIES)),
            "ein": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}"),
            "cbpImporterNumber": G(lambda f: f"{f.r.randint(10, 99)}-{f.digits(7)}00"),
            "contactName": Y(lambda f: f.pick([us_name, mx_name])(f), "name"),
            "contactEmail": Y(
                lambda f: work_email(f, f.pick(["lonestarparts.com", "xochi.mx", "bajio-imports.com.mx"])),
                "email",
            ),
            "contactMobile": Y(lambda f: f.pick([us_phone, mx_phone])(f), "phone"),
            "contactTitle": G(
                lambda f: f.pick(["Import Manager", "Gerente de Compras", "Owner", "Logistics Coordinator"])
            ),
            "powerOfAttorneySigned": G(lambda f: f.pick([True, False])),
            "businessAddress": G(
                lambda f: f.pick(
                    [
                        "1200 Industrial Blvd, Laredo, TX 78041",
                        "Blvd. Aeropuerto 301, León, Gto. 37545",
                        "2450 E Olympic Blvd, Los Angeles, CA 90021",
                    ]
                )
            ),
            "supportEmail": G(
                lambda f: f.pick(
                    ["importaciones@xochi.mx", "support@lonestarparts.com", "info@bajio-imports.com.mx"]
                )
            ),
        },
    ),
    # -- added flows: pickups, recipients, sign-in, driver onboarding, tickets ------------------
    (
        "track",
        "Pickup Requested",
        MOBILE,
        {
            "pickup_id": G(lambda f: "PU-" + f.digits(8)),
            "pickup_address": {
                "street": Y(
                    lambda f: new_place(f, f.pick(["MX", "MX", "US"]))["street_name"], "address|street"
                ),
                "exterior_number": Y(at("number"), "address|street"),
                "interior_number": Y(
                    lambda f: f.pick(["Int. 3", "Depto 402", "Apt 12B", "Casa 7", "Local B"]), "address"
                ),
                "neighborhood": Y(at("colonia"), "address"),
                "city": Y(at("city"), "city"),
                "postal_code": Y(at("zip"), "zipcode"),
                "state": G(at("state")),
                "country": G(at("country")),
            },
            "pickup_lat": Y(lambda f: round(f.r.uniform(19.2, 34.1), 6), "geolocation"),
            "pickup_lng": Y(lambda f: round(f.r.uniform(-118.4, -95.3), 6), "geolocation"),
            "contact_name": Y(any_name, "name"),
            "contact_phone": Y(lambda f: f.pick([mx_phone, us_phone])(f), "phone"),
            "ready_from": G(lambda f: f.iso()),
            "ready_until": G(lambda f: f.iso()),
            "parcels_count": G(lambda f: f.r.randint(1, 12)),
            "instructions": G(
                lambda f: f.pick(
                    ["Tocar el timbre", "Ring bell twice", "Paquetes en recepción", "Back entrance", ""]
                )
            ),
        },
    ),
    (
        "track",
        "Recipient Added",
        MOBILE,
        {
            "recipient_id": G(lambda f: f.uuid()),
            "recipient": {
                "fullName": Y(mx_name, "name"),
                "mobile": Y(mx_phone, "phone"),
                "whatsapp": Y(mx_e164, "phone"),
                "email": Y(email, "email"),
                "relationship": G(
                    lambda f: f.pick(["mother", "brother", "self", "customer", "friend", "spouse"])
                ),
                "curp": RED(curp, "national id"),
            },
            "saved_recipients": G(lambda f: f.r.randint(1, 25)),
            "source": G(lambda f: f.pick(["manual", "contacts_import", "previous_shipment"])),
        },
    ),
    (
        "track",
        "Courier Location Ping",
        "rn",
        {
            "routeId": G(lambda f: "R-" + f.digits(6)),
            "lat": Y(lambda f: round(f.r.uniform(19.2, 32.6), 6), "geolocation"),
            "lng": Y(lambda f: round(f.r.uniform(-117.1, -98.9), 6), "geolocation"),
            "headingDeg": G(lambda f: f.r.randint(0, 359)),
            "batteryPct": G(lambda f: f.r.randint(5, 100)),
            "stopsRemaining": G(lambda f: f.r.randint(0, 140)),
        },
    ),
    (
        "track",
        "Signed In",
        "web",
        {
            "method": G(lambda f: f.pick(["password", "google", "apple", "otp_sms"])),
            "username": Y(email, "email|name"),
            "ip_address": Y(lambda f: f.ipv4(), "ip"),
            "user_agent": G(lambda f: UA_CHROME_WIN),
            "failed_attempts": G(lambda f: f.r.randint(0, 4)),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        "python",
        {
            "channel": G(lambda f: f.pick(["sms", "whatsapp", "email"])),
            "phone_number": Y(any_phone, "phone"),
            "otp_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": G(lambda f: f.pick([300, 600])),
            "attempt": G(lambda f: f.r.randint(1, 3)),
            "template": G(lambda f: f.pick(["login_otp_es", "login_otp_en", "address_change_otp"])),
        },
    ),
    (
        "track",
        "Magic Link Requested",
        "python",
        {
            "email": Y(email, "email"),
            "link_token": RED(lambda f: f.hexid(48), "token"),
            "redirect_path": G(lambda f: f.pick(["/envios", "/rastreo", "/cuenta"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Driver Onboarded",
        "node",
        {
            "driverId": G(lambda f: "DRV-" + f.digits(5)),
            "fullName": Y(mx_name, "name"),
            "dateOfBirth": Y(lambda f: f.date(1965, 2003), "birthdate"),
            "mobile": Y(mx_phone, "phone"),
            "email": Y(email, "email"),
            "homeAddress": Y(one_line_address, "address"),
            "licenseNumber": Y(
                lambda f: f.pick(
                    [
                        lambda f: f.pick(["C", "B", "A"]) + f.digits(8),
                        lambda f: f.pick("ABCDEFGHJKLMN") + f.digits(7),
                    ]
                )(f),
                "license",
            ),
            "licenseState": G(lambda f: f.pick(["CDMX", "Jalisco", "TX", "Nuevo León"])),
            "licenseExpiry": G(lambda f: f.date(2025, 2030)),
            "rfc": RED(rfc_person, "national id"),
            "curp": RED(curp, "national id"),
            "nss": RED(nss, "social security number|national id"),
            "payoutClabe": RED(clabe, "bank account"),
            "insurancePolicyNumber": Y(
                lambda f: f.pick(["GNP", "AXA", "QUA"]) + "-" + f.digits(9), "identification"
            ),
            "selfieUrl": Y(lambda f: f"https://kyc.puentebox.com/drivers/{f.uuid()}/selfie.jpg", "photo"),
            "backgroundCheckStatus": G(lambda f: f.pick(["clear", "consider", "pending"])),
            "vehicleType": G(lambda f: f.pick(["van", "motorcycle", "box_truck", "car"])),
            "startDate": G(lambda f: f.date(2024, 2024)),
            "emergencyContact": {
                "name": Y(mx_name, "name"),
                "phone": Y(mx_phone, "phone"),
                "relationship": G(lambda f: f.pick(["madre", "esposa", "hermano", "padre"])),
            },
        },
    ),
    (
        "track",
        "Ticket Created",
        "ruby",
        {
            "ticket": {
                "id": G(lambda f: int(f.digits(6))),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Paquete retenido en aduana",
                            "Where is my parcel?",
                            "Cobro de impuestos",
                            "Cambio de dirección",
                        ]
                    )
                ),
                "status": G(lambda f: f.pick(["new", "open", "pending"])),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "via": {"channel": G(lambda f: f.pick(["email", "web", "whatsapp", "voice"]))},
                "requester": {
                    "name": Y(any_name, "name"),
                    "email": Y(email, "email"),
                    "phone": Y(any_phone, "phone"),
                    "locale": G(lambda f: f.pick(["es", "en-US", "zh-cn"])),
                },
                "tags": Many(G(lambda f: f.pick(["aduana", "retraso", "reclamo", "vip", "cn_seller"])), 3),
            },
        },
    ),
    (
        "track",
        "Customer Lookup",
        "web",
        {
            "query": Y(lambda f: f.pick([email, any_phone])(f), "email|phone", True),
            "search_type": G(lambda f: "contact"),
            "results": G(lambda f: f.r.randint(0, 3)),
            "agent_id": G(lambda f: "agt_" + f.digits(4)),
        },
    ),
    (
        "track",
        "Jijianren Shiming Renzheng",
        "flutter",
        {
            "jijianren_xingming": Y(cn_name, "name"),
            "jijianren_shouji": Y(cn_phone, "phone"),
            "zhengjian_leixing": G(
                lambda f: f.pick(["jumin_shenfenzheng", "huzhao", "gangao_tongxingzheng"])
            ),
            "zhengjian_haoma": RED(
                lambda f: f.pick([cn_resident_id, cn_resident_id, lambda f: "E" + f.digits(8)])(f),
                "national id|passport",
            ),
            "zhengjian_youxiaoqi": G(lambda f: f.date(2026, 2040)),
            "renlian_zhaopian_url": Y(lambda f: f"https://oss.puentebox.cn/face/{f.hexid(16)}.jpg", "photo"),
            "renlian_bidui_tongguo": G(lambda f: f.pick([True, True, False])),
            "renzheng_shijian": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Direccion Verificada",
        "php",
        {
            "id_direccion": G(lambda f: f.digits(9)),
            "nombre_completo": Y(lambda f: mx_name(f), "name"),
            "telefono": Y(mx_phone, "phone"),
            "correo": Y(email, "email"),
            "domicilio": {
                "calle": Y(lambda f: new_place(f, "MX")["street_name"], "address|street"),
                "numero_exterior": Y(at("number"), "address|street"),
                "numero_interior": Y(lambda f: f.pick(["A", "3", "Depto 402", "Int. 12", "B-2"]), "address"),
                "colonia": Y(at("colonia"), "address"),
                "municipio": Y(at("municipio"), "city"),
                "estado": G(at("state")),
                "codigo_postal": Y(at("zip"), "zipcode"),
                "referencias": Y(
                    lambda f: f.pick(
                        [
                            "Entre Hidalgo y Morelos, portón negro",
                            "Frente a la tienda Oxxo",
                            "Casa blanca de dos pisos, junto a la farmacia",
                            "Esquina con Av. Juárez, reja verde",
                        ]
                    ),
                    "address",
                ),
            },
            "resultado": G(lambda f: f.pick(["valida", "corregida", "no_encontrada"])),
            "fuente": G(lambda f: f.pick(["sepomex", "google", "repartidor"])),
        },
    ),
    # -- alias (context only) --------------------------------------------------------------------
    ("alias", None, "web", {}),
    ("alias", None, MOBILE, {}),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, client, body in EVENTS:
            if isinstance(client, tuple):
                client = f.pick(client)
            user_id = "usr_" + f.digits(8)
            msg = {"type": kind, "messageId": f.uuid(), "timestamp": f.iso()}
            if client in ("web", "swift", "kotlin", "flutter", "rn"):
                msg["anonymousId"] = f.uuid()
            msg["userId"] = user_id
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "grp_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.get("anonymousId", f.uuid())
            section = "traits" if kind in ("identify", "group") else "properties"
            if body:
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            msg["integrations"] = {"All": True}
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=183, repeats=40)
    write(Path(__file__).parent, "holdout183_", events, labels)
