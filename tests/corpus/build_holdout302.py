"""Writes holdout302: tests/corpus/holdout302_events.jsonl and holdout302_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests, its docs or
any other corpus's labels, and never run through the engine; the labels are what a careful
privacy owner would give under the published default colours, fixed before any score exists.
Run `.venv/bin/python -m tests.corpus.build_holdout302` (seeded, deterministic).

Domain: a golf and tennis club membership, tee-time and court-booking platform with clubs in
Scotland, Japan and Argentina. Members and their families (juniors, dependants), handicaps and
scorecards, tee-time and court bookings with playing partners and guests, caddies and coaching
lessons, lockers and bag storage, bar and pro-shop tabs charged to member accounts,
competitions and leaderboards, membership fees by card (Stripe-shaped, PAY.JP-shaped, Mercado
Pago-shaped payloads) and direct debit (GoCardless-shaped Bacs mandates, Japanese 口座振替,
Argentine débito automático by CBU), staff onboarding (caddies, coaches, bar staff), Twilio and
SendGrid webhooks, a reverse-ETL member sync from the warehouse, a court-gate access system.

Clients: analytics.js (web, `context.page`, `userAgentData`, `campaign`), analytics-swift (with
`context.traits` and a push token), analytics-kotlin (with `context.location` on the shot
tracker), analytics-react-native, analytics_flutter, and server libraries python, node, go, java,
ruby, php and .NET; identify, track, page, screen, group and alias calls, e-commerce spec events.
Keys are mostly camelCase and snake_case English; about a fifth of the paths use other
conventions real customers have: PascalCase (.NET EPOS and Twilio webhooks), kebab-case (the
gate system), SCREAMING_SNAKE (warehouse sync), romanised Japanese snake_case from the Japanese
member backend (`shimei`, `keitai_bango`, `koza_bango`), kanji/kana keys from the Japanese app
(`同伴者[].氏名`, `フリガナ`, `備考`) and Argentine Spanish keys from the PHP backend (`apellido`,
`domicilio.localidad`, `cbu`, `invitado_dni`). Values come from many cultures: Scottish,
wider-UK, Japanese (kanji, katakana, half-width kana, romaji), Argentine and international
visitors' names; UK, Japanese and Argentine phone formats; Scottish postcodes, 〒 codes,
Argentine CPA codes; ids with real check digits where real ones have them (Luhn cards incl. JCB,
mod-97 IBANs, Scottish CHI numbers mod 11, Argentine CUIL/CUIT mod 11, CBU block check digits,
UK NINO prefix rules).

Labelling rules (the product's default colours):
- PII is personal data about a natural person: the member, a playing partner, a guest, a
  dependant, an emergency contact, a recipient, a staff member (caddie, coach, waiter, cashier,
  club doctor). Colour is the reference's default for the matcher; outside the reference, red for
  credentials/secrets/tokens, card numbers, bank accounts, government ids and health ids, yellow
  otherwise (geolocation, advertising id, ip, ...).
- Green: ids we issue (member numbers, booking, locker, bag-tag, caddie bib, invoice and mandate
  ids, Scottish Golf CDH ids), versions, timestamps, amounts, enums, counters and booleans even
  under PII-sounding keys (`emailVerified`, `smsOptIn`, `passwordStrength`, `my_number_submitted`,
  `birth_date_match`), handicaps and scores, heights and swing speeds, product / club / course /
  competition names (including trophies named after people,
  e.g. "Tom Morris Quaich"), pets, employers and job titles, ages and age bands, marital status,
  prefecture / province / county / country, a club's own phone, e-mail and address, Twilio's
  sending number, e-mail Message-IDs, card brand / last four / BIN / expiry / masked PAN, UK sort
  codes, Japanese bank and branch codes, the pin's GPS position (a place, not the person's).
- Special categories: a boolean or enum that reveals one is PII of that category (a blue badge
  holder is `disability`, red; a blood group or a mobility condition is `condition`, yellow).
- Contested cases follow the product's published policy: insurer member numbers (Argentine obra
  social afiliado) are `identification`; staff hourly rates are `salary`; car plates `license`;
  gclid/fbclid/fbp `advertising id`; payment and card tokens (`pm_`, `tok_`), one-time codes, gate
  PINs, password-reset and sign-in-link tokens are red `token`; CHI numbers are red `health id`;
  passport, DNI, CUIL/CUIT, NINO and residence-card numbers are red (`passport` / `national id`);
  right-to-work status, UK share codes and Japanese residence status are red `visa`.
- Decisions where the policy is silent, as a careful privacy owner would want them: a push token
  (`context.device.token`) is a red `token`; a doctor's registration number (matrícula) is a
  `license`; the street number (`altura`) is part of the person's address; a half-width kana
  account name (`koza_meigi`) is a `name`; a Japanese driving-licence number is `license`; an
  Argentine CBU alias (`alias_cbu`, e.g. `tano.golf.pilar`) addresses a bank account, so red
  `bank account`; hourly rates paid to staff are `salary` while lesson and caddie fees charged to
  members are prices (green); a visitor's nationality is `citizenship`; a company's VAT number
  is green; an e-mail address that is a role mailbox or a Message-ID is green.
- value_only: true when the key does not say what the value is (neutral keys: `q`, `input`,
  `note`, `備考`, `observaciones`, Twilio's `To` and `Body`, `field.value`, `link_url`) and only
  the value reveals it. It is judged on the leaf key together with its parents
  (`payer.identification.number` says what it is). Every value of a value_only PII path carries
  that PII; free text is labelled by what every one of its values carries, and free text that
  never carries PII (feedback comments, chat text, gift messages, enquiry messages) is green.
"""

import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import FIRST, LAST, Fake

# -- people ----------------------------------------------------------------------------------------

SC_FIRST = [
    "Hamish",
    "Fiona",
    "Callum",
    "Eilidh",
    "Isla",
    "Angus",
    "Morag",
    "Ewan",
    "Catriona",
    "Rory",
    "Kirsty",
    "Alasdair",
    "Mhairi",
    "Euan",
    "Niamh",
    "Aisha",
    "Rajesh",
    "Wojciech",
    "Chidi",
    "Mei Ling",
    "Tariq",
    "Agnieszka",
    "Seonaidh",
    "Gregor",
    "Shona",
    "Ruaridh",
    "Lorna",
]
SC_LAST = [
    "MacLeod",
    "Campbell",
    "Stewart",
    "Fraser",
    "Robertson",
    "MacDonald",
    "Henderson",
    "Murray",
    "Baird",
    "Kaur",
    "Singh",
    "Nowak",
    "Okonkwo",
    "Chen",
    "Ahmed",
    "Grant",
    "Sutherland",
    "O'Neill",
    "McAllister",
    "Mackintosh",
    "Drummond",
    "Ferguson",
    "Lindsay",
    "Wiśniewski",
]
# (kanji, katakana, half-width katakana, romaji)
JP_SURNAME = [
    ("田中", "タナカ", "ﾀﾅｶ", "Tanaka"),
    ("佐藤", "サトウ", "ｻﾄｳ", "Sato"),
    ("鈴木", "スズキ", "ｽｽﾞｷ", "Suzuki"),
    ("高橋", "タカハシ", "ﾀｶﾊｼ", "Takahashi"),
    ("伊藤", "イトウ", "ｲﾄｳ", "Ito"),
    ("渡辺", "ワタナベ", "ﾜﾀﾅﾍﾞ", "Watanabe"),
    ("山本", "ヤマモト", "ﾔﾏﾓﾄ", "Yamamoto"),
    ("中村", "ナカムラ", "ﾅｶﾑﾗ", "Nakamura"),
    ("小林", "コバヤシ", "ｺﾊﾞﾔｼ", "Kobayashi"),
    ("加藤", "カトウ", "ｶﾄｳ", "Kato"),
    ("吉田", "ヨシダ", "ﾖｼﾀﾞ", "Yoshida"),
    ("松本", "マツモト", "ﾏﾂﾓﾄ", "Matsumoto"),
]
JP_GIVEN = [
    ("健太", "ケンタ", "ｹﾝﾀ", "Kenta"),
    ("美咲", "ミサキ", "ﾐｻｷ", "Misaki"),
    ("翔", "ショウ", "ｼｮｳ", "Sho"),
    ("陽子", "ヨウコ", "ﾖｳｺ", "Yoko"),
    ("大輔", "ダイスケ", "ﾀﾞｲｽｹ", "Daisuke"),
    ("由美", "ユミ", "ﾕﾐ", "Yumi"),
    ("拓也", "タクヤ", "ﾀｸﾔ", "Takuya"),
    ("真由美", "マユミ", "ﾏﾕﾐ", "Mayumi"),
    ("浩二", "コウジ", "ｺｳｼﾞ", "Koji"),
    ("彩花", "アヤカ", "ｱﾔｶ", "Ayaka"),
    ("誠", "マコト", "ﾏｺﾄ", "Makoto"),
    ("恵子", "ケイコ", "ｹｲｺ", "Keiko"),
]
AR_FIRST = [
    "Martín",
    "Sofía",
    "Facundo",
    "Valentina",
    "Joaquín",
    "Camila",
    "Santiago",
    "Lucía",
    "Agustina",
    "Matías",
    "Florencia",
    "Nicolás",
    "Gonzalo",
    "María José",
    "Ezequiel",
    "Milagros",
    "Tomás",
    "Rocío",
    "Hernán",
    "Belén",
]
AR_LAST = [
    "González",
    "Rodríguez",
    "Fernández",
    "López",
    "Martínez",
    "Pérez",
    "Gómez",
    "Díaz",
    "Sosa",
    "Romero",
    "Álvarez",
    "Benítez",
    "Ferrari",
    "Schmidt",
    "Kohan",
    "Higa",
    "Haddad",
    "Iturralde",
]
DOMAINS = {
    "sc": ["gmail.com", "btinternet.com", "outlook.com", "icloud.com", "hotmail.co.uk", "yahoo.co.uk"],
    "jp": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "icloud.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
}


def fold(text: str) -> str:
    """ASCII for an e-mail local part: `Wiśniewski` -> `wisniewski`."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ascii_.lower().replace("'", "").replace(" ", "")


def sc_name(f: Fake) -> tuple[str, str]:
    if f.r.random() < 0.8:
        return f.pick(SC_FIRST), f.pick(SC_LAST)
    return f.pick(FIRST), f.pick(LAST)


def jp_name(f: Fake) -> tuple[tuple, tuple]:
    return f.pick(JP_SURNAME), f.pick(JP_GIVEN)


def ar_name(f: Fake) -> tuple[str, str]:
    last = f.pick(AR_LAST)
    if f.r.random() < 0.25:
        last += " " + f.pick(AR_LAST)
    return f.pick(AR_FIRST), last


def email_for(f: Fake, first: str, last: str, region: str) -> str:
    first, last = fold(first), fold(last)
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{last}.{first}{f.r.randint(60, 99)}",
            f"{first}_{last[:5]}",
        ]
    )
    return f"{local}@{f.pick(DOMAINS[region])}"


def sc_full(f: Fake) -> str:
    return " ".join(sc_name(f))


def sc_email(f: Fake) -> str:
    return email_for(f, *sc_name(f), "sc")


def jp_kanji(f: Fake) -> str:
    s, g = jp_name(f)
    return s[0] + f.pick([" ", "　", ""]) + g[0]


def jp_email(f: Fake) -> str:
    s, g = jp_name(f)
    return email_for(f, g[3], s[3], "jp")


def ar_full(f: Fake) -> str:
    return " ".join(ar_name(f))


def ar_email(f: Fake) -> str:
    first, last = ar_name(f)
    return email_for(f, first, last.split()[0], "ar")


def anyone(f: Fake) -> str:
    return f.pick([sc_full, sc_full, ar_full, jp_kanji, lambda f: f.full_name()])(f)


# -- phones ----------------------------------------------------------------------------------------


def uk_mobile(f: Fake) -> str:
    n = f"7{f.r.randint(300, 999)}{f.r.randint(100000, 999999)}"
    return f.pick(
        [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n}", f"+44 (0){n[:4]} {n[4:]}"]
    )


def uk_landline(f: Fake) -> str:
    return f.pick(
        [
            f"0131 496 {f.r.randint(0, 999):04d}",
            f"0141 496 {f.r.randint(0, 999):04d}",
            f"01334 {f.r.randint(460000, 479999)}",
            f"+44 1620 {f.r.randint(800000, 899999)}",
            f"01224 {f.r.randint(200000, 699999)}",
        ]
    )


def jp_mobile(f: Fake) -> str:
    pre = f.pick(["90", "80", "70"])
    a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
    return f.pick(
        [f"0{pre}-{a}-{b}", f"0{pre}{a}{b}", f"+81 {pre}-{a}-{b}", f"+81{pre}{a}{b}", f"0{pre} {a} {b}"]
    )


def jp_landline(f: Fake) -> str:
    return f.pick(
        [
            f"03-{f.r.randint(3000, 6999)}-{f.r.randint(1000, 9999)}",
            f"06-{f.r.randint(6000, 6999)}-{f.r.randint(1000, 9999)}",
            f"045-{f.r.randint(200, 999)}-{f.r.randint(1000, 9999)}",
            f"0467-{f.r.randint(20, 89)}-{f.r.randint(1000, 9999)}",
        ]
    )


def ar_mobile(f: Fake) -> str:
    a, b = f.r.randint(2000, 6999), f.r.randint(1000, 9999)
    return f.pick(
        [
            f"+54 9 11 {a}-{b}",
            f"11 {a}-{b}",
            f"+54911{a}{b}",
            f"011 15-{a}-{b}",
            f"+54 9 351 {f.r.randint(200, 799)}-{b}",
            f"(0341) 15-{f.r.randint(400, 699)}-{b}",
        ]
    )


def ar_landline(f: Fake) -> str:
    return f.pick(
        [
            f"(011) 4{f.r.randint(100, 999)}-{f.r.randint(1000, 9999)}",
            f"+54 11 4{f.r.randint(100, 999)}-{f.r.randint(1000, 9999)}",
            f"0351 4{f.r.randint(10, 99)}-{f.r.randint(1000, 9999)}",
        ]
    )


# -- places ----------------------------------------------------------------------------------------

SC_STREETS = [
    "Marchmont Road",
    "Comiston Drive",
    "Hyndland Road",
    "Great King Street",
    "Links Crescent",
    "Dirleton Avenue",
    "South Street",
    "Queen's Road",
    "Ferry Road",
    "Byres Road",
    "Gullane Road",
    "Craigie Avenue",
    "Hepburn Gardens",
    "Perth Road",
]
SC_TOWNS = [
    "Edinburgh",
    "Glasgow",
    "St Andrews",
    "Aberdeen",
    "Dundee",
    "North Berwick",
    "Troon",
    "Gullane",
    "Perth",
    "Inverness",
    "Stirling",
    "Musselburgh",
]
SC_OUTWARD = [
    "EH3",
    "EH9",
    "EH10",
    "EH39",
    "EH31",
    "G12",
    "G41",
    "KY16",
    "AB10",
    "AB15",
    "DD2",
    "KA10",
    "PH1",
    "IV2",
]
JP_ADDRESSES = [
    "東京都世田谷区成城{a}-{b}-{c}",
    "神奈川県横浜市青葉区美しが丘{a}-{b}-{c}",
    "大阪府豊中市上野西{a}-{b}-{c} ルミエール豊中{d}",
    "千葉県千葉市緑区あすみが丘{a}-{b}-{c}",
    "兵庫県神戸市東灘区御影山手{a}-{b}-{c}",
    "東京都港区南青山{a}-{b}-{c} 青山パークハイツ{d}号室",
]
JP_CITIES = ["世田谷区", "横浜市", "豊中市", "千葉市", "神戸市", "港区", "Minato-ku", "Kobe"]
AR_STREETS = [
    "Av. del Libertador",
    "Juramento",
    "Av. Rivadavia",
    "Av. Santa Fe",
    "Gorriti",
    "Calle 7",
    "Bv. Oroño",
    "Av. Colón",
    "Paraná",
    "Acassuso",
]
AR_TOWNS = [
    "San Isidro",
    "Palermo",
    "Pilar",
    "Nordelta",
    "Córdoba",
    "Rosario",
    "Mar del Plata",
    "La Plata",
    "Belgrano",
]


def sc_postcode(f: Fake) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{f.pick(SC_OUTWARD)} {f.r.randint(1, 9)}{f.pick(letters)}{f.pick(letters)}"


def sc_street(f: Fake) -> str:
    street = f"{f.r.randint(1, 180)} {f.pick(SC_STREETS)}"
    return f.pick(
        [
            street,
            street,
            f"Flat {f.r.randint(1, 3)}/{f.r.randint(1, 2)}, {street}",
            f"{f.r.randint(1, 4)}F1, {street}",
        ]
    )


def jp_postcode(f: Fake) -> str:
    code = f"{f.r.randint(100, 699)}-{f.r.randint(0, 9999):04d}"
    return f.pick([code, code, "〒" + code])


def jp_address(f: Fake) -> str:
    a, b, c = f.r.randint(1, 6), f.r.randint(1, 30), f.r.randint(1, 25)
    return f.pick(JP_ADDRESSES).format(a=a, b=b, c=c, d=f.r.randint(101, 1205))


def ar_cp(f: Fake) -> str:
    letters = "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    return f.pick(
        [
            f"C{f.r.randint(1000, 1440)}{letters}",
            f"B{f.r.randint(1600, 1900)}{letters}",
            str(f.r.randint(1600, 1900)),
            f"X{f.r.randint(5000, 5020)}{letters}",
        ]
    )


def ar_floor(f: Fake) -> str:
    return f.pick(
        [
            f"{f.r.randint(1, 14)}° {f.pick('ABCDEF')}",
            f"PB {f.pick('ABC')}",
            f"Piso {f.r.randint(1, 20)} Dto. {f.r.randint(1, 8)}",
            f"{f.r.randint(1, 9)}{f.pick('ABCD')}",
        ]
    )


# -- documents, accounts, codes --------------------------------------------------------------------


def chi_number(f: Fake) -> str:
    """Scotland's Community Health Index: DDMMYY + 3 digits + a mod-11 check digit."""
    while True:
        born = f"{f.r.randint(1, 28):02d}{f.r.randint(1, 12):02d}{f.r.randint(0, 99):02d}"
        body = born + f"{f.r.randint(0, 999):03d}"
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 10:
            continue
        number = body + str(0 if check == 11 else check)
        return f.pick([number, f"{number[:6]} {number[6:]}", f"{number[:3]} {number[3:6]} {number[6:]}"])


def nino(f: Fake) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = f.pick(letters) + f.pick(letters.replace("O", ""))
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = f.digits(6)
    return f.pick([f"{prefix}{d}{f.pick('ABCD')}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {f.pick('ABCD')}"])


def share_code(f: Fake) -> str:
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(f.pick(chars) for _ in range(9))
    return f.pick([code, f"{code[:3]} {code[3:6]} {code[6:]}"])


def uk_sort_code(f: Fake) -> str:
    return f.pick(["83-26-12", "80-22-60", "12-24-55", "82-11-03", "16-52-21", "40-16-08"])


def dni_number(f: Fake) -> str:
    return str(f.r.randint(14_000_000, 47_999_999))


def dni_display(f: Fake) -> str:
    n = dni_number(f)
    return f.pick([n, f"{n[:-6]}.{n[-6:-3]}.{n[-3:]}"])


def cuil(f: Fake, prefix: str | None = None) -> str:
    while True:
        pre = prefix or f.pick(["20", "27", "20", "27", "23"])
        dni = dni_number(f)
        body = pre + dni
        total = sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
        check = 11 - total % 11
        if check == 10:
            continue
        check = 0 if check == 11 else check
        return f.pick([f"{pre}-{dni}-{check}", f"{pre}{dni}{check}"])


def cbu(f: Fake) -> str:
    bank = f.pick(["007", "011", "017", "072", "285", "191"])
    branch = f"{f.r.randint(1, 999):04d}"
    block1 = bank + branch
    c1 = (10 - sum(int(d) * w for d, w in zip(block1, [7, 1, 3, 9, 7, 1, 3], strict=True)) % 10) % 10
    account = f"{f.r.randint(0, 10**13 - 1):013d}"
    weights = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(d) * w for d, w in zip(account, weights, strict=True)) % 10) % 10
    return f"{block1}{c1}{account}{c2}"


def alias_cbu(f: Fake) -> str:
    words = [
        "tano",
        "golf",
        "pilar",
        "hoyo",
        "birdie",
        "raqueta",
        "sol",
        "mate",
        "rio",
        "nube",
        "tigre",
        "lobo",
    ]
    return ".".join(f.pick(words) for _ in range(3))


def jp_license(f: Fake) -> str:
    commission = f.pick(["30", "45", "46", "62", "50"])
    return f"{commission}{f.r.randint(0, 99):02d}{f.digits(6)}{f.r.randint(0, 9)}{f.r.randint(0, 2)}"


def passport_jp(f: Fake) -> str:
    return f.pick(["TK", "TR", "TZ", "MZ", "TS"]) + f"{f.r.randint(0, 9999999):07d}"


def residence_card(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{f.pick(letters)}{f.pick(letters)}{f.digits(8)}{f.pick(letters)}{f.pick(letters)}"


def jcb_or_card(f: Fake) -> str:
    if f.r.random() < 0.3:
        number = f.luhn_complete(str(f.r.randint(3528, 3589)) + f.digits(11))
        return f.pick([number, " ".join(number[i : i + 4] for i in range(0, 16, 4))])
    return f.card()


def masked_pan(f: Fake) -> str:
    bin_ = f.pick(["476173", "535522", "454742", "375987", "352800", "490303"])
    return bin_ + "******" + f"{f.r.randint(0, 9999):04d}"


def alnum(f: Fake, n: int, upper=False) -> str:
    chars = (
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        if upper
        else "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    )
    return "".join(f.pick(chars) for _ in range(n))


def uk_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    tail = "".join(f.pick(letters) for _ in range(3))
    plate = f"S{f.pick('ABCDEFGHJKLMNOPRSTUVWXY')}{f.pick(['19', '21', '69', '72', '23', '73'])} {tail}"
    return f.pick(
        [plate, plate.replace(" ", ""), f"{f.pick(['LK', 'YT', 'BD'])}{f.r.randint(10, 74)} {tail}"]
    )


def ar_plate(f: Fake) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f.pick(
        [
            f"A{f.pick('ABCDEFG')} {f.r.randint(100, 999)} {f.pick(letters)}{f.pick(letters)}",
            f"{''.join(f.pick(letters) for _ in range(3))} {f.r.randint(100, 999)}",
            f"A{f.pick('ABCDEF')}{f.r.randint(100, 999)}{f.pick(letters)}{f.pick(letters)}",
        ]
    )


def uk_date(f: Fake, start=1940, end=2006) -> str:
    y, m, d = f.date(start, end).split("-")
    return f.pick([f"{y}-{m}-{d}", f"{d}/{m}/{y}"])


def jp_date(f: Fake, start=1940, end=2006) -> str:
    y, m, d = f.date(start, end).split("-")
    return f.pick([f"{y}-{m}-{d}", f"{y}/{m}/{d}", f"{y}年{int(m)}月{int(d)}日"])


def ar_date(f: Fake, start=1940, end=2006) -> str:
    y, m, d = f.date(start, end).split("-")
    return f.pick([f"{d}/{m}/{y}", f"{y}-{m}-{d}"])


def day(f: Fake) -> str:
    return f"2024-{f.r.randint(3, 11):02d}-{f.r.randint(1, 28):02d}"


def tee_time(f: Fake) -> str:
    return f"{day(f)}T{f.r.randint(6, 16):02d}:{f.pick(['00', '08', '16', '24', '32', '40', '48', '56'])}:00Z"


def hhmm(f: Fake) -> str:
    return f"{f.r.randint(6, 16):02d}:{f.pick(['00', '10', '20', '30', '40', '50'])}"


def handicap(f: Fake) -> float:
    return round(f.r.uniform(-2.5, 36.0), 1)


def member_no(f: Fake) -> str:
    return f.pick(
        [f"M{f.r.randint(1000, 9999)}", f"{f.r.randint(10000, 99999)}", f"GLC-{f.r.randint(100, 2999):04d}"]
    )


def cdh_id(f: Fake) -> str:
    return "10" + f.digits(8)


# -- contexts --------------------------------------------------------------------------------------


def web_context(site: str):
    host = {"sc": "members.gullanelinks.example", "ar": "socios.clubsanisidro.example"}[site]
    pages = {
        "sc": [
            ("/tee-times", "Tee Sheet | Gullane Links"),
            ("/shop", "Pro Shop"),
            ("/competitions", "Competitions"),
            ("/membership/join", "Join the Club"),
        ],
        "ar": [
            ("/reservas", "Reservas de canchas"),
            ("/socios/perfil", "Mi perfil"),
            ("/torneos", "Torneos"),
        ],
    }[site]
    locales = {"sc": ["en-GB", "en-GB", "en-US", "de-DE"], "ar": ["es-AR", "es-419", "es"]}[site]
    tz = {"sc": ["Europe/London"], "ar": ["America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"]}[
        site
    ]

    def ctx(f: Fake):
        page = f.pick(pages)
        return {
            "library": {
                "name": G(lambda f: "analytics.js"),
                "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1", "next-1.66.0"])),
            },
            "page": {
                "path": G(lambda f: page[0]),
                "referrer": G(
                    lambda f: f.pick(
                        ["https://www.google.com/", "", "https://www.instagram.com/", f"https://{host}/"]
                    )
                ),
                "search": G(
                    lambda f: f.pick(["", "?utm_source=newsletter&utm_medium=email", "?date=" + day(f)])
                ),
                "title": G(lambda f: page[1]),
                "url": G(lambda f: f"https://{host}{page[0]}"),
            },
            "userAgent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                        "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                        "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
                        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/124.0.0.0 Mobile Safari/537.36",
                    ]
                )
            ),
            "userAgentData": {
                "brands": Many(
                    {
                        "brand": G(
                            lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                        ),
                        "version": G(lambda f: f.pick(["124", "123", "99", "8"])),
                    },
                    3,
                ),
                "mobile": G(lambda f: f.pick([True, False])),
                "platform": G(lambda f: f.pick(["macOS", "Windows", "Android"])),
            },
            "locale": G(lambda f: f.pick(locales)),
            "timezone": G(lambda f: f.pick(tz)),
            "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
            "campaign": {
                "name": G(
                    lambda f: f.pick(
                        ["spring_membership", "open_week_2024", "junior_camps", "temporada_verano"]
                    )
                ),
                "source": G(lambda f: f.pick(["google", "newsletter", "facebook", "instagram"])),
                "medium": G(lambda f: f.pick(["cpc", "email", "social"])),
                "term": G(
                    lambda f: f.pick(
                        [
                            "golf membership east lothian",
                            "links golf scotland",
                            "club de tenis san isidro",
                            "tee times",
                        ]
                    )
                ),
            },
        }

    return ctx


def swift_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Gullane Links"),
            "version": G(lambda f: f.pick(["4.2.0", "4.2.1", "4.3.0"])),
            "build": G(lambda f: f.pick(["420", "421", "430"])),
            "namespace": G(lambda f: "com.gullanelinks.members"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPhone14,7", "iPad13,18"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {
            "name": G(lambda f: "analytics-swift"),
            "version": G(lambda f: f.pick(["1.5.11", "1.6.0"])),
        },
        "locale": G(lambda f: f.pick(["en-GB", "en-US", "ja-JP"])),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "O2 - UK", "Three"])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {
            "width": G(lambda f: f.pick([390, 393, 430])),
            "height": G(lambda f: f.pick([844, 852, 932])),
        },
        "timezone": G(lambda f: "Europe/London"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": {
            "email": Y(sc_email, "email"),
            "firstName": Y(lambda f: sc_name(f)[0], "name"),
            "memberNumber": G(member_no),
        },
    }


def kotlin_context(location: bool):
    def ctx(f: Fake):
        c = {
            "app": {
                "name": G(lambda f: "Gullane Links"),
                "version": G(lambda f: f.pick(["4.2.0", "4.3.0"])),
                "build": G(lambda f: f.pick(["40200", "40300", "40301"])),
                "namespace": G(lambda f: "com.gullanelinks.members"),
            },
            "device": {
                "id": G(lambda f: f.hexid(16)),
                "manufacturer": G(lambda f: f.pick(["samsung", "Google", "OnePlus"])),
                "model": G(lambda f: f.pick(["SM-S918B", "Pixel 8", "CPH2449"])),
                "name": G(lambda f: f.pick(["dm3q", "shiba", "OP594DL1"])),
                "type": G(lambda f: "android"),
                "adTrackingEnabled": G(lambda f: f.pick([True, False])),
                "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            },
            "library": {
                "name": G(lambda f: "analytics-kotlin"),
                "version": G(lambda f: f.pick(["1.16.3", "1.17.0"])),
            },
            "locale": G(lambda f: f.pick(["en-GB", "en-US"])),
            "network": {
                "wifi": G(lambda f: f.pick([True, False])),
                "cellular": G(lambda f: f.pick([True, False])),
                "carrier": G(lambda f: f.pick(["EE", "Vodafone UK", "giffgaff"])),
            },
            "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13", "12"]))},
            "screen": {
                "density": G(lambda f: f.pick([2.625, 3.0, 2.75])),
                "width": G(lambda f: 1080),
                "height": G(lambda f: f.pick([2340, 2400])),
            },
            "timezone": G(lambda f: "Europe/London"),
            "userAgent": G(
                lambda f: f.pick(
                    [
                        "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
                        "Dalvik/2.1.0 (Linux; U; Android 13; SM-S918B Build/TP1A.220624.014)",
                    ]
                )
            ),
            "instanceId": G(lambda f: f.uuid()),
            "traits": {"anonymousId": G(lambda f: f.uuid()), "email": Y(sc_email, "email")},
        }
        if location:
            c["location"] = {
                "latitude": Y(lambda f: round(56.03 + f.r.uniform(-0.4, 0.4), 6), "geolocation"),
                "longitude": Y(lambda f: round(-2.83 + f.r.uniform(-0.9, 0.9), 6), "geolocation"),
                "speed": G(lambda f: round(f.r.uniform(0, 2.5), 2)),
                "accuracy": G(lambda f: f.pick([4.0, 8.5, 12.0, 30.0])),
            }
        return c

    return ctx


def flutter_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "霞ヶ丘カントリー倶楽部"),
            "version": G(lambda f: f.pick(["2.8.3", "2.9.0", "2.9.1"])),
            "build": G(lambda f: f.pick(["283", "290", "291"])),
            "namespace": G(lambda f: "jp.kasumigaoka.cc"),
        },
        "device": {
            "id": G(lambda f: f.pick([f.uuid().upper(), f.hexid(16)])),
            "manufacturer": G(lambda f: f.pick(["Apple", "SHARP", "Sony", "Google"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SH-53C", "XQ-DQ44", "Pixel 7a"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {
            "name": G(lambda f: "analytics_flutter"),
            "version": G(lambda f: f.pick(["1.1.5", "1.1.7"])),
        },
        "locale": G(lambda f: "ja-JP"),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14", "13"])),
        },
        "screen": {"width": G(lambda f: f.pick([390, 412])), "height": G(lambda f: f.pick([844, 915]))},
        "timezone": G(lambda f: "Asia/Tokyo"),
    }


def rn_context(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Club San Isidro"),
            "version": G(lambda f: f.pick(["3.1.0", "3.1.2", "3.2.0"])),
            "build": G(lambda f: f.pick(["3100", "3102", "3200"])),
            "namespace": G(lambda f: "ar.com.clubsanisidro.app"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["motorola", "samsung", "Apple", "Xiaomi"])),
            "model": G(lambda f: f.pick(["moto g84 5G", "SM-A546E", "iPhone13,2", "Redmi Note 13"])),
            "type": G(lambda f: f.pick(["android", "ios"])),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
        },
        "library": {
            "name": G(lambda f: "@segment/analytics-react-native"),
            "version": G(lambda f: f.pick(["2.19.2", "2.20.0"])),
        },
        "os": {
            "name": G(lambda f: f.pick(["Android", "iOS"])),
            "version": G(lambda f: f.pick(["14", "13", "17.4"])),
        },
        "screen": {"width": G(lambda f: f.pick([393, 412])), "height": G(lambda f: f.pick([851, 915]))},
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
            "carrier": G(lambda f: f.pick(["Personal", "Claro AR", "Movistar"])),
        },
        "locale": G(lambda f: f.pick(["es-AR", "es-419"])),
        "timezone": G(lambda f: "America/Argentina/Buenos_Aires"),
        "traits": {"email": Y(ar_email, "email"), "name": Y(ar_full, "name")},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3"]),
    "node": ("@segment/analytics-node", ["2.1.2", "2.1.3"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0"]),
    "ruby": ("analytics-ruby", ["2.4.2", "2.5.0"]),
    "php": ("analytics-php", ["3.7.3", "3.8.0"]),
    "dotnet": ("Segment.Analytics.CSharp", ["2.3.4", "2.4.0"]),
}


def server_context(lib: str, ip: bool = False, ua: bool = False):
    name, versions = SERVER_LIBS[lib]

    def ctx(f: Fake):
        c = {"library": {"name": G(lambda f: name), "version": G(lambda f: f.pick(versions))}}
        if ip:
            c["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        if ua:
            c["userAgent"] = G(
                lambda f: f.pick(
                    [
                        "GullaneLinks/4.2.0 (iPhone; iOS 17.4.1)",
                        "okhttp/4.12.0",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15",
                    ]
                )
            )
        return c

    return ctx


CONTEXTS = {
    "web_sc": web_context("sc"),
    "web_ar": web_context("ar"),
    "swift": swift_context,
    "kotlin": kotlin_context(False),
    "kotlin_geo": kotlin_context(True),
    "flutter": flutter_context,
    "rn": rn_context,
    "python": server_context("python"),
    "python_ip": server_context("python", ip=True),
    "node": server_context("node"),
    "node_ip": server_context("node", ip=True, ua=True),
    "go": server_context("go"),
    "java": server_context("java", ip=True),
    "ruby": server_context("ruby"),
    "php": server_context("php", ip=True),
    "dotnet": server_context("dotnet"),
}

# -- shared templates ------------------------------------------------------------------------------

GOLF_PRODUCTS = [
    ("Pro V1 Golf Balls (12)", "Titleist", "Balls", 54.99),
    ("TP5x Golf Balls (12)", "TaylorMade", "Balls", 49.99),
    ("Club Crest Half-Zip", "Gullane Links", "Apparel", 65.0),
    ("Tour Performance Glove", "FootJoy", "Gloves", 24.0),
    ("Vokey SM10 Wedge 56°", "Titleist", "Clubs", 189.0),
    ("Rain Jacket HydroLite", "FootJoy", "Apparel", 165.0),
    ("Pinseeker Rangefinder", "Bushnell", "Accessories", 329.0),
    ("Tennis Balls Tour XT (4)", "Slazenger", "Tennis", 9.5),
    ("Pure Drive Racket", "Babolat", "Tennis", 219.0),
    ("Stand Bag 2024", "Ping", "Bags", 249.0),
]


SC_PAGES = [
    ("Tee Sheet", "/tee-times", "Tee Sheet | Gullane Links"),
    ("Pro Shop", "/shop", "Pro Shop | Gullane Links"),
    ("Competitions", "/competitions", "Competitions & Results"),
    ("Membership", "/membership/join", "Join the Club | Gullane Links"),
]
AR_PAGES = [
    ("Reservas de canchas", "/reservas", "Reservas | Club San Isidro"),
    ("Mi perfil", "/socios/perfil", "Mi perfil | Club San Isidro"),
    ("Torneos", "/torneos", "Torneos | Club San Isidro"),
]


def sc_page(f: Fake):
    return SC_PAGES[f.me["k"] % len(SC_PAGES)]


def ar_page(f: Fake):
    return AR_PAGES[f.me["k"] % len(AR_PAGES)]


def new_product(f: Fake, value):
    """The first leaf of a product line picks the product the following leaves describe."""
    f.prod = f.pick(GOLF_PRODUCTS)
    return value


def jp_pair_kanji(f: Fake) -> str:
    """The kanji name of a new person; the next `jp_pair_kana` leaf spells the same person."""
    f.jp = jp_name(f)
    s, g = f.jp
    return s[0] + f.pick([" ", "　", ""]) + g[0]


def jp_pair_kana(f: Fake) -> str:
    s, g = f.jp
    return s[1] + f.pick([" ", "　"]) + g[1]


def product_line(f: Fake):
    return {
        "product_id": G(lambda f: new_product(f, f.hexid(24))),
        "sku": G(
            lambda f: f.prod[1][:3].upper() + "-" + f.prod[2][:3].upper() + "-" + str(f.r.randint(100, 999))
        ),
        "name": G(lambda f: f.prod[0]),
        "brand": G(lambda f: f.prod[1]),
        "category": G(lambda f: f.prod[2]),
        "price": G(lambda f: f.prod[3]),
        "quantity": G(lambda f: f.r.randint(1, 3)),
        "variant": G(lambda f: f.pick(["Navy / M", "White", "Left hand", "Regular flex", "L"])),
    }


def phone_note(f: Fake) -> str:
    who = sc_name(f)[0]
    phone = f.pick([uk_mobile, uk_landline])(f)
    return f.pick(
        [
            f"Call {who} on {phone} when it arrives",
            f"Please ring {phone} before 5pm",
            f"Text {phone} - will collect Saturday",
            f"{who} ({phone}) asked for the left-handed version",
            f"Contact {phone} if the shaft is out of stock",
        ]
    )


def sms_body(f: Fake) -> str:
    first = f.pick([sc_name(f)[0], sc_name(f)[0], f.first()])
    return f.pick(
        [
            f"Hi {first}, your tee time on the West Links at {hhmm(f)} tomorrow is confirmed. "
            "Reply C to cancel.",
            f"{first}, Court 3 is booked for you at {hhmm(f)}. Lights are included after 18:00.",
            f"Dear {first}, your locker key is ready for collection at the pro shop.",
            f"Hi {first} - frost delay: first tee times pushed back 60 mins. Gullane Links",
        ]
    )


def jp_remark(f: Fake) -> str:
    phone = jp_mobile(f)
    return f.pick(
        [
            f"到着が遅れる場合は{phone}へご連絡ください",
            f"同伴者の連絡先 {phone}",
            f"{phone}（携帯）まで折り返しお願いします",  # noqa: RUF001 (Japanese punctuation)
            f"キャンセル時は{phone}に連絡",
        ]
    )


def ar_remark(f: Fake) -> str:
    phone = ar_mobile(f)
    first = ar_name(f)[0]
    return f.pick(
        [
            f"Llega en remis, avisar a {first} al {phone}",
            f"Contacto del invitado: {phone}",
            f"Si no llega, llamar al {phone}",
            f"Viene con {first}, cel. {phone}",
        ]
    )


def newsletter_url(f: Fake) -> str:
    email = sc_email(f).replace("@", "%40")
    path = f.pick(["/competitions", "/open-week", "/shop/sale", "/junior-camps"])
    return f"https://members.gullanelinks.example{path}?utm_source=newsletter&utm_medium=email&email={email}"


CLUBS = [
    (
        "Gullane Links Golf Club",
        "https://www.gullanelinks.example",
        "secretary@gullanelinks.example",
        "+44 1620 842000",
        "West Links Road, Gullane EH31 2BB",
        85,
    ),
    (
        "Club San Isidro",
        "https://www.clubsanisidro.example",
        "socios@clubsanisidro.example",
        "+54 11 4743-0000",
        "Av. Márquez 1702, B1642 San Isidro",
        140,
    ),
    (
        "霞ヶ丘カントリー倶楽部",
        "https://www.kasumigaoka-cc.example",
        "info@kasumigaoka-cc.example",
        "049-231-0000",
        "埼玉県川越市笠幡3838",
        60,
    ),
]

# -- events ----------------------------------------------------------------------------------------
# (type, event or page/screen name, client, weight, body). Weight 1 is REPEATS events.

SCOTLAND = [
    (
        "page",
        lambda f: sc_page(f)[0],
        "web_sc",
        3,
        {
            "path": G(lambda f: sc_page(f)[1]),
            "url": G(lambda f: "https://members.gullanelinks.example" + sc_page(f)[1]),
            "title": G(lambda f: sc_page(f)[2]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com/", "https://www.scottishgolf.org/"])),
            "search": G(lambda f: f.pick(["", "?date=" + day(f), "?course=west"])),
            "name": G(lambda f: sc_page(f)[0]),
        },
    ),
    (
        "screen",
        lambda f: f.pick(["Scorecard", "Tee Times", "Leaderboard", "Locker", "Wallet"]),
        "swift",
        2,
        {
            "previousScreen": G(lambda f: f.pick(["Home", "Tee Times", "Profile"])),
            "tabIndex": G(lambda f: f.r.randint(0, 4)),
        },
    ),
    (
        "identify",
        None,
        "web_sc",
        2,
        {
            "email": Y(lambda f: f.me["email"], "email"),
            "firstName": Y(lambda f: f.me["first"], "name"),
            "lastName": Y(lambda f: f.me["last"], "name"),
            "phone": Y(uk_mobile, "phone"),
            "birthday": Y(uk_date, "birthdate"),
            "gender": Y(lambda f: f.pick(["female", "male", "prefer_not_to_say"]), "gender"),
            "address": {
                "street": Y(sc_street, "street|address"),
                "city": Y(lambda f: f.pick(SC_TOWNS), "city"),
                "postalCode": Y(sc_postcode, "zipcode"),
                "country": G(lambda f: f.pick(["GB", "United Kingdom"])),
            },
            "avatar": Y(lambda f: f"https://cdn.gullanelinks.example/members/{f.hexid(12)}.jpg", "photo"),
            "memberNumber": G(member_no),
            "membershipCategory": G(
                lambda f: f.pick(
                    ["Full", "Five-Day", "Country", "Junior", "Intermediate (18-29)", "Tennis Only"]
                )
            ),
            "handicapIndex": G(handicap),
            "emailVerified": G(lambda f: f.pick([True, False])),
            "smsOptIn": G(lambda f: f.pick([True, False])),
            "ageBand": G(lambda f: f.pick(["18-29", "30-44", "45-59", "60-74", "75+"])),
            "occupation": G(
                lambda f: f.pick(["Solicitor", "Retired", "Software Engineer", "GP", "Teacher", "Director"])
            ),
            "employer": G(
                lambda f: f.pick(
                    [
                        "NHS Lothian",
                        "Baillie Gifford",
                        "Skyscanner",
                        "self-employed",
                        "University of Edinburgh",
                    ]
                )
            ),
            "maritalStatus": G(lambda f: f.pick(["married", "single", "widowed", "civil_partnership"])),
        },
    ),
    (
        "identify",
        None,
        "python",
        2,
        {
            "first_name": Y(lambda f: f.me["first"], "name"),
            "last_name": Y(lambda f: f.me["last"], "name"),
            "email": Y(lambda f: f.me["email"], "email"),
            "mobile_number": Y(uk_mobile, "phone"),
            "home_phone": Y(uk_landline, "phone"),
            "date_of_birth": Y(uk_date, "birthdate"),
            "address_line_1": Y(sc_street, "address|street"),
            "address_line_2": Y(
                lambda f: f.pick(["Cramond", "Morningside", "Bearsden", "West End", "Broughty Ferry"]),
                "address",
            ),
            "town": Y(lambda f: f.pick(SC_TOWNS), "city"),
            "county": G(lambda f: f.pick(["East Lothian", "Fife", "City of Edinburgh", "South Ayrshire"])),
            "postcode": Y(sc_postcode, "zipcode"),
            "member_no": G(member_no),
            "category": G(lambda f: f.pick(["FULL", "5DAY", "COUNTRY", "JUNIOR", "SOCIAL"])),
            "direct_debit_active": G(lambda f: f.pick([True, False])),
            "locker_number": G(lambda f: f.pick(["G", "L", "J"]) + str(f.r.randint(1, 240))),
            "emergency_contact_name": Y(sc_full, "name"),
            "emergency_contact_phone": Y(uk_mobile, "phone"),
            "emergency_contact_relationship": G(
                lambda f: f.pick(["spouse", "son", "daughter", "partner", "friend"])
            ),
            "age": G(lambda f: f.r.randint(12, 88)),
        },
    ),
    (
        "track",
        "Tee Time Searched",
        "web_sc",
        2,
        {
            "course": G(
                lambda f: f.pick(["West Links", "East Links", "Championship", "Nine-hole Children's Course"])
            ),
            "date": G(day),
            "players": G(lambda f: f.r.randint(1, 4)),
            "holes": G(lambda f: f.pick([9, 18])),
            "buggy": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tee Time Booked",
        "swift",
        2,
        {
            "bookingId": G(lambda f: f"TT-{f.r.randint(100000, 999999)}"),
            "teeTime": G(tee_time),
            "course": G(lambda f: f.pick(["West Links", "East Links", "Championship"])),
            "holes": G(lambda f: f.pick([9, 18])),
            "greenFee": G(lambda f: f.pick([0, 0, 45.0, 95.0, 210.0])),
            "currency": G(lambda f: "GBP"),
            "paymentMethod": G(lambda f: f.pick(["member_account", "apple_pay", "card"])),
            "players": Many(
                {
                    "memberNumber": G(member_no),
                    "name": Y(sc_full, "name"),
                    "email": Y(sc_email, "email"),
                    "mobile": Y(uk_mobile, "phone"),
                    "handicapIndex": G(handicap),
                    "isGuest": G(lambda f: f.pick([True, False])),
                },
                4,
            ),
            "buggyRequested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tee Time Cancelled",
        "kotlin",
        1,
        {
            "bookingId": G(lambda f: f"TT-{f.r.randint(100000, 999999)}"),
            "teeTime": G(tee_time),
            "reason": G(lambda f: f.pick(["weather", "injury", "work", "course_closed", "other"])),
            "refundAmount": G(lambda f: f.pick([0, 45.0, 95.0])),
            "cancelledBy": G(lambda f: f.pick(["member", "starter", "greenkeeper"])),
        },
    ),
    (
        "track",
        "Court Booked",
        "web_sc",
        2,
        {
            "court_id": G(lambda f: f"crt_{f.r.randint(1, 8)}"),
            "court_name": G(
                lambda f: f.pick(["Court 1 (Grass)", "Court 3 (Blaes)", "Court 5 (Indoor)", "Centre Court"])
            ),
            "surface": G(lambda f: f.pick(["grass", "blaes", "artificial clay", "acrylic"])),
            "start_time": G(tee_time),
            "duration_minutes": G(lambda f: f.pick([30, 60, 90])),
            "lights": G(lambda f: f.pick([True, False])),
            "partner_name": Y(sc_full, "name"),
            "partner_member_no": G(member_no),
            "partner_email": Y(sc_email, "email"),
            "partner_mobile": Y(uk_mobile, "phone"),
            "price": G(lambda f: f.pick([0, 8.0, 12.0, 16.5])),
        },
    ),
    (
        "track",
        "Guest Registered",
        "python_ip",
        1,
        {
            "guest_id": G(lambda f: f.uuid()),
            "guest_first_name": Y(lambda f: sc_name(f)[0], "name"),
            "guest_last_name": Y(lambda f: sc_name(f)[1], "name"),
            "guest_email": Y(sc_email, "email"),
            "guest_mobile": Y(
                lambda f: f.pick([uk_mobile(f), f.phone("e164"), f.phone("intl_space")]), "phone"
            ),
            "guest_postcode": Y(
                lambda f: f.pick(
                    [
                        sc_postcode(f),
                        sc_postcode(f),
                        f.zip(),
                        f"SW{f.r.randint(1, 20)} {f.r.randint(1, 9)}{f.pick('ABDHNPQT')}{f.pick('AEJLTWZ')}",
                    ]
                ),
                "zipcode",
            ),
            "guest_home_club": G(
                lambda f: f.pick(["Royal Troon", "Pinehurst", "Kingsbarns", "The K Club", "none"])
            ),
            "guest_handicap": G(handicap),
            "guest_cdh_id": G(cdh_id),
            "introduced_by_member_no": G(member_no),
        },
    ),
    (
        "track",
        "Lesson Booked",
        "swift",
        1,
        {
            "lessonId": G(lambda f: f.uuid()),
            "coachId": G(lambda f: f"coach_{f.r.randint(1, 12)}"),
            "coachName": Y(
                lambda f: f.pick(["Alasdair Baird", "Kirsty Fraser", "Ewan Robertson", "Lucía Benítez"]),
                "name",
            ),
            "lessonType": G(lambda f: f.pick(["individual", "group", "playing_lesson", "junior"])),
            "durationMinutes": G(lambda f: f.pick([30, 45, 60])),
            "price": G(lambda f: f.pick([35.0, 50.0, 65.0])),
            "focusArea": G(
                lambda f: f.pick(["short game", "driver", "putting", "course management", "serve"])
            ),
        },
    ),
    (
        "track",
        "Caddie Requested",
        "node",
        1,
        {
            "bookingId": G(lambda f: f"TT-{f.r.randint(100000, 999999)}"),
            "caddieId": G(lambda f: f"cad_{f.r.randint(100, 199)}"),
            "caddieName": Y(sc_full, "name"),
            "caddieMobile": Y(uk_mobile, "phone"),
            "caddieBib": G(lambda f: f.r.randint(1, 60)),
            "caddieGrade": G(lambda f: f.pick(["A", "B", "trainee"])),
            "feeGbp": G(lambda f: f.pick([60, 75, 90])),
        },
    ),
    (
        "track",
        "Scorecard Submitted",
        "swift",
        2,
        {
            "roundId": G(lambda f: f.uuid()),
            "course": G(lambda f: f.pick(["West Links", "East Links", "Championship"])),
            "teeColour": G(lambda f: f.pick(["white", "yellow", "red", "blue"])),
            "holesPlayed": G(lambda f: f.pick([9, 18])),
            "grossScore": G(lambda f: f.r.randint(68, 118)),
            "playingHandicap": G(lambda f: f.r.randint(0, 40)),
            "markerName": Y(sc_full, "name"),
            "markerMemberNumber": G(member_no),
            "holes": Many(
                {
                    "number": G(lambda f: f.r.randint(1, 18)),
                    "par": G(lambda f: f.pick([3, 4, 5])),
                    "strokes": G(lambda f: f.r.randint(2, 9)),
                    "putts": G(lambda f: f.r.randint(0, 4)),
                },
                18,
            ),
        },
    ),
    (
        "track",
        "Shot Tracked",
        "kotlin_geo",
        2,
        {
            "roundId": G(lambda f: f.uuid()),
            "hole": G(lambda f: f.r.randint(1, 18)),
            "club": G(lambda f: f.pick(["Driver", "3W", "7i", "PW", "56°", "Putter"])),
            "distanceYards": G(lambda f: f.r.randint(2, 290)),
            "playerLat": Y(lambda f: round(56.03 + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
            "playerLng": Y(lambda f: round(-2.83 + f.r.uniform(-0.01, 0.01), 6), "geolocation"),
            "pinLat": G(lambda f: f.pick([56.035112, 56.031874, 56.038201, 56.033946])),
            "pinLng": G(lambda f: f.pick([-2.829443, -2.835120, -2.821877, -2.826650])),
        },
    ),
    (
        "track",
        "Competition Entered",
        "web_sc",
        1,
        {
            "competitionId": G(lambda f: f"cmp_{f.r.randint(2024001, 2024180)}"),
            "competitionName": G(
                lambda f: f.pick(
                    [
                        "Tom Morris Quaich",
                        "Captain's Prize",
                        "Ladies' Spring Medal",
                        "Alasdair Henderson Memorial Foursomes",
                        "Club Championship",
                    ]
                )
            ),
            "category": G(
                lambda f: f.pick(["Gents", "Ladies", "Mixed", "Junior Boys", "Junior Girls", "Seniors"])
            ),
            "playingHandicap": G(lambda f: f.r.randint(0, 40)),
            "partnerName": Y(sc_full, "name"),
            "partnerMemberNumber": G(member_no),
        },
    ),
    (
        "track",
        "Leaderboard Viewed",
        "swift",
        1,
        {
            "competitionId": G(lambda f: f"cmp_{f.r.randint(2024001, 2024180)}"),
            "round": G(lambda f: f.r.randint(1, 3)),
            "entries": Many(
                {
                    "position": G(lambda f: f.r.randint(1, 120)),
                    "playerName": Y(anyone, "name"),
                    "memberNumber": G(member_no),
                    "gross": G(lambda f: f.r.randint(66, 110)),
                    "net": G(lambda f: f.r.randint(60, 88)),
                },
                10,
            ),
        },
    ),
    (
        "track",
        "Locker Assigned",
        "python",
        1,
        {
            "locker_number": G(lambda f: f.pick(["G", "L", "J"]) + str(f.r.randint(1, 240))),
            "locker_room": G(lambda f: f.pick(["Gents", "Ladies", "Juniors", "Tennis Pavilion"])),
            "bag_storage_tag": G(lambda f: f"BS-{f.r.randint(1, 400):03d}"),
            "assigned_by": Y(sc_full, "name"),
        },
    ),
    (
        "track",
        "Bar Tab Charged",
        "dotnet",
        2,
        {
            "TransactionId": G(lambda f: f"EPOS-{f.r.randint(10**7, 10**8 - 1)}"),
            "MemberNumber": G(member_no),
            "Outlet": G(lambda f: f.pick(["Clubhouse Bar", "Halfway House", "Spike Bar", "Tennis Pavilion"])),
            "ServedBy": Y(sc_full, "name"),
            "Lines": Many(
                {
                    "Plu": G(lambda f: str(f.r.randint(1000, 1999))),
                    "Description": G(
                        lambda f: f.pick(
                            [
                                "Pint Tennent's",
                                "Macallan 12",
                                "Bacon Roll",
                                "Soup of the Day",
                                "Irn-Bru",
                                "Club Sandwich",
                            ]
                        )
                    ),
                    "Quantity": G(lambda f: f.r.randint(1, 4)),
                    "UnitPrice": G(lambda f: f.pick([3.9, 4.8, 6.5, 7.25, 2.2])),
                },
                5,
            ),
            "Total": G(lambda f: f.money(3, 90)),
            "ChargedToAccount": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Pro Shop Sale Completed",
        "dotnet",
        1,
        {
            "ReceiptNumber": G(lambda f: f"R{f.r.randint(100000, 999999)}"),
            "CashierId": G(lambda f: f"EMP{f.r.randint(10, 60)}"),
            "PaymentType": G(lambda f: f.pick(["Card", "MemberAccount", "Cash", "GiftVoucher"])),
            "CardScheme": G(lambda f: f.pick(["VISA", "MASTERCARD", "AMEX", "JCB"])),
            "CardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "MaskedPan": G(masked_pan),
            "AuthCode": G(lambda f: alnum(f, 6, upper=True)),
            "Lines": Many(
                {
                    "Sku": G(
                        lambda f: new_product(
                            f,
                            f.pick(["TIT-PV1-", "FJ-GLV-", "GL-HZ-", "PNG-BAG-"])
                            + str(f.r.randint(100, 999)),
                        )
                    ),
                    "Description": G(lambda f: f.prod[0]),
                    "Price": G(lambda f: f.prod[3]),
                },
                4,
            ),
            "Total": G(lambda f: f.money(9, 400)),
            "MemberNumber": G(member_no),
        },
    ),
    (
        "track",
        "Pro Shop Refund Issued",
        "dotnet",
        1,
        {
            "RefundId": G(lambda f: f"RF{f.r.randint(10000, 99999)}"),
            "OriginalReceipt": G(lambda f: f"R{f.r.randint(100000, 999999)}"),
            "CardNumber": RED(jcb_or_card, "credit card"),
            "Amount": G(lambda f: f.money(9, 300)),
            "TerminalId": G(lambda f: f"TID{f.digits(8)}"),
        },
    ),
    (
        "track",
        "Products Searched",
        "web_sc",
        1,
        {
            "query": G(
                lambda f: f.pick(
                    ["pro v1", "waterproof trousers", "left handed glove", "rangefinder", "club crest"]
                )
            )
        },
    ),
    (
        "track",
        "Product Viewed",
        "web_sc",
        2,
        {
            **product_line(None),
            "currency": G(lambda f: "GBP"),
            "url": G(lambda f: f"https://members.gullanelinks.example/shop/p/{f.r.randint(100, 999)}"),
            "image_url": G(lambda f: f"https://cdn.gullanelinks.example/shop/{f.hexid(10)}.jpg"),
        },
    ),
    (
        "track",
        "Product Added",
        "kotlin",
        1,
        {"cart_id": G(lambda f: f.uuid()), **product_line(None)},
    ),
    (
        "track",
        "Order Completed",
        "node_ip",
        2,
        {
            "order_id": G(lambda f: f"GL{f.r.randint(100000, 999999)}"),
            "total": G(lambda f: f.money(10, 600)),
            "coupon": G(lambda f: f.pick(["", "MEMBER10", "OPENWEEK"])),
            "currency": G(lambda f: "GBP"),
            "fulfilment": G(lambda f: f.pick(["click_and_collect", "delivery"])),
            "charge_to_member_account": G(lambda f: f.pick([True, False])),
            "products": Many(product_line(None), 4),
            "shipping_address": {
                "name": Y(lambda f: f.me["first"] + " " + f.me["last"], "name"),
                "line1": Y(sc_street, "address|street"),
                "line2": Y(lambda f: f.pick(["Cramond", "Morningside", "Bearsden", "Newington"]), "address"),
                "city": Y(lambda f: f.pick(SC_TOWNS), "city"),
                "postcode": Y(sc_postcode, "zipcode"),
                "country": G(lambda f: "GB"),
            },
            "billing_address": {
                "line1": Y(sc_street, "address|street"),
                "postcode": Y(sc_postcode, "zipcode"),
            },
            "customer_email": Y(lambda f: f.me["email"], "email"),
        },
    ),
    (
        "track",
        "Payment Method Added",
        "node",
        1,
        {
            "customer": G(lambda f: "cus_" + alnum(f, 14)),
            "payment_method": {
                "id": RED(lambda f: "pm_" + alnum(f, 24), "token"),
                "type": G(lambda f: "card"),
                "card": {
                    "brand": G(lambda f: f.pick(["visa", "mastercard", "amex"])),
                    "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                    "exp_month": G(lambda f: f.r.randint(1, 12)),
                    "exp_year": G(lambda f: f.r.randint(2025, 2031)),
                    "country": G(lambda f: f.pick(["GB", "US", "IE", "DE"])),
                },
                "billing_details": {
                    "name": Y(lambda f: f.me["first"] + " " + f.me["last"], "name"),
                    "email": Y(lambda f: f.me["email"], "email"),
                    "phone": Y(uk_mobile, "phone"),
                    "address": {
                        "line1": Y(sc_street, "address|street"),
                        "city": Y(lambda f: f.pick(SC_TOWNS), "city"),
                        "postal_code": Y(sc_postcode, "zipcode"),
                        "country": G(lambda f: "GB"),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Direct Debit Mandate Created",
        "python",
        1,
        {
            "mandate_id": G(lambda f: "MD" + alnum(f, 12, upper=True)),
            "scheme": G(lambda f: f.pick(["bacs", "bacs", "sepa_core"])),
            "sort_code": G(uk_sort_code),
            "account_number": RED(lambda f: f.digits(8), "bank account"),
            "account_number_ending": G(lambda f: f"{f.r.randint(0, 99):02d}"),
            "account_holder_name": Y(lambda f: (f.me["first"] + " " + f.me["last"]).upper(), "name"),
            "bank_name": G(
                lambda f: f.pick(
                    ["BANK OF SCOTLAND", "ROYAL BANK OF SCOTLAND", "NATIONWIDE", "MONZO", "CLYDESDALE"]
                )
            ),
            "reference": G(lambda f: f"GULLANE-{f.r.randint(10000, 99999)}"),
        },
    ),
    (
        "track",
        "Membership Fee Paid",
        "node",
        2,
        {
            "invoiceNumber": G(lambda f: f"INV-2024-{f.r.randint(1, 9999):04d}"),
            "amount": G(lambda f: f.pick([195.0, 1450.0, 2250.0, 120.83, 187.5])),
            "currency": G(lambda f: "GBP"),
            "method": G(lambda f: f.pick(["direct_debit", "card", "bank_transfer"])),
            "membershipCategory": G(lambda f: f.pick(["Full", "Five-Day", "Country", "Junior"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", None])),
            "cardLast4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
        },
    ),
    (
        "track",
        "Junior Camp Registration Submitted",
        "web_sc",
        1,
        {
            "registration_id": G(lambda f: f.uuid()),
            "camp_name": G(
                lambda f: f.pick(["Easter Golf Camp", "Summer Tennis Camp", "Links Juniors Week 3"])
            ),
            "week_commencing": G(day),
            "child_first_name": Y(lambda f: sc_name(f)[0], "name"),
            "child_last_name": Y(lambda f: sc_name(f)[1], "name"),
            "child_date_of_birth": Y(lambda f: uk_date(f, 2008, 2018), "birthdate"),
            "child_age": G(lambda f: f.r.randint(6, 16)),
            "child_gender": Y(lambda f: f.pick(["girl", "boy", "prefer not to say"]), "gender"),
            "parent_first_name": Y(lambda f: f.me["first"], "name"),
            "parent_last_name": Y(lambda f: f.me["last"], "name"),
            "parent_email": Y(lambda f: f.me["email"], "email"),
            "parent_mobile": Y(uk_mobile, "phone"),
            "emergency_contact": {
                "name": Y(sc_full, "name"),
                "phone": Y(lambda f: f.pick([uk_mobile, uk_landline])(f), "phone"),
                "relationship": G(lambda f: f.pick(["grandparent", "aunt", "neighbour", "parent"])),
            },
            "allergies": Many(
                Y(lambda f: f.pick(["peanuts", "tree nuts", "penicillin", "bee stings", "none"]), "allergy"),
                2,
            ),
            "medical_conditions": Y(
                lambda f: f.pick(["asthma", "type 1 diabetes", "epilepsy", "ADHD", "none"]), "condition"
            ),
            "chi_number": RED(chi_number, "health id"),
            "photo_consent": G(lambda f: f.pick([True, False])),
            "school_name": G(
                lambda f: f.pick(
                    ["North Berwick High School", "Loretto", "Dirleton Primary", "George Watson's College"]
                )
            ),
        },
    ),
    (
        "track",
        "Mobility Buggy Pass Requested",
        "python",
        1,
        {
            "request_id": G(lambda f: f.uuid()),
            "member_no": G(member_no),
            "blue_badge_holder": RED(lambda f: f.pick([True, False]), "disability"),
            "mobility_condition": Y(
                lambda f: f.pick(
                    ["knee replacement", "COPD", "osteoarthritis", "heart condition", "multiple sclerosis"]
                ),
                "condition",
            ),
            "gp_letter_uploaded": G(lambda f: f.pick([True, False])),
            "valid_until": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-28"),
            "approved_by": Y(
                lambda f: f.pick(["Morag Sutherland", "Gregor Drummond", "Shona Lindsay"]), "name"
            ),
            "buggy_number": G(lambda f: f.r.randint(1, 24)),
        },
    ),
    (
        "track",
        "Car Park Permit Registered",
        "web_sc",
        1,
        {
            "permit_id": G(lambda f: f"CP{f.r.randint(1000, 9999)}"),
            "vehicle_registration": Y(uk_plate, "license"),
            "vehicle_make": G(lambda f: f.pick(["Volvo", "Land Rover", "VW", "Tesla", "Skoda"])),
            "vehicle_colour": G(lambda f: f.pick(["grey", "black", "white", "blue"])),
            "car_park": G(lambda f: f.pick(["Clubhouse", "Overflow", "Tennis Pavilion"])),
            "valid_from": G(day),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        "node_ip",
        1,
        {
            "email": Y(lambda f: f.me["email"], "email"),
            "reset_token": RED(lambda f: alnum(f, 43), "token"),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "expires_in_minutes": G(lambda f: f.pick([15, 30, 60])),
        },
    ),
    (
        "track",
        "Sign-in Link Sent",
        "node",
        1,
        {
            "magic_link": RED(
                lambda f: f"https://members.gullanelinks.example/auth/verify?token={alnum(f, 40)}", "token"
            ),
            "channel": G(lambda f: f.pick(["email", "sms"])),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Verification Code Entered",
        "kotlin",
        1,
        {
            "verificationCode": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "email"])),
        },
    ),
    (
        "track",
        "Signed In",
        "swift",
        2,
        {
            "method": G(lambda f: f.pick(["password", "magic_link", "sign_in_with_apple", "passkey"])),
            "mfaUsed": G(lambda f: f.pick([True, False])),
            "passwordStrength": G(lambda f: f.pick(["weak", "fair", "strong"])),
        },
    ),
    (
        "track",
        "Staff Onboarded",
        "python",
        1,
        {
            "employee_id": G(lambda f: f"E{f.r.randint(1000, 1999)}"),
            "staff_first_name": Y(lambda f: sc_name(f)[0], "name"),
            "staff_last_name": Y(lambda f: sc_name(f)[1], "name"),
            "role": G(
                lambda f: f.pick(
                    ["Caddie", "Assistant Professional", "Bar Staff", "Greenkeeper", "Tennis Coach"]
                )
            ),
            "start_date": G(day),
            "ni_number": RED(nino, "national id"),
            "right_to_work_status": RED(
                lambda f: f.pick(
                    ["British citizen", "Settled status", "Skilled Worker visa", "Youth Mobility Scheme"]
                ),
                "visa",
            ),
            "share_code": RED(share_code, "visa"),
            "hourly_rate": Y(lambda f: f.pick([11.44, 12.0, 13.5, 16.0, 22.5]), "salary"),
            "sort_code": G(uk_sort_code),
            "bank_account_number": RED(lambda f: f.digits(8), "bank account"),
            "date_of_birth": Y(lambda f: uk_date(f, 1960, 2007), "birthdate"),
            "home_postcode": Y(sc_postcode, "zipcode"),
            "home_address": Y(lambda f: sc_street(f) + ", " + f.pick(SC_TOWNS), "address"),
            "personal_email": Y(sc_email, "email"),
            "mobile": Y(uk_mobile, "phone"),
            "tax_code": G(lambda f: f.pick(["1257L", "S1257L", "BR", "0T"])),
        },
    ),
    (
        "track",
        "SMS Status Updated",
        "node",
        2,
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": G(lambda f: "AC" + "3f9a6c1e2b7d4a8e9c0f1a2b3c4d5e6f"),
            "MessagingServiceSid": G(
                lambda f: (
                    "MG" + f.pick(["8a1f3c5e7b9d2f4a6c8e0b1d3f5a7c9e", "1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e"])
                )
            ),
            "To": Y(lambda f: f.pick([uk_mobile(f).replace(" ", ""), "+447" + f.digits(9)]), "phone", True),
            "From": G(lambda f: f.pick(["+441620842000", "+447480781234", "GullaneGC"])),
            "Body": Y(sms_body, "name", True),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered"])),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Email Event Received",
        "node",
        2,
        {
            "email": Y(sc_email, "email"),
            "event": G(lambda f: f.pick(["delivered", "open", "click", "bounce"])),
            "sg_event_id": G(lambda f: alnum(f, 22)),
            "sg_message_id": G(
                lambda f: (
                    f"{alnum(f, 22)}.filterdrecv-{f.r.randint(1, 9)}-{f.hexid(5)}-1-{f.hexid(8).upper()}-1.0"
                )
            ),
            "smtp-id": G(lambda f: f"<{f.uuid()}@members.gullanelinks.example>"),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
            "category": Many(G(lambda f: f.pick(["tee_time_confirmation", "newsletter", "invoice"])), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": G(
                lambda f: f.pick(
                    [
                        "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                        "(via ggpht.com GoogleImageProxy)",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                        "(KHTML, like Gecko) Mobile/15E148",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Member Directory Searched",
        "web_sc",
        1,
        {
            "q": Y(
                lambda f: f.pick(
                    [sc_name(f)[1], sc_full(f), sc_name(f)[0] + " " + sc_name(f)[1][0], sc_name(f)[1].lower()]
                ),
                "name",
                True,
            ),
            "results_count": G(lambda f: f.r.randint(0, 12)),
            "filter": G(lambda f: f.pick(["all", "golf", "tennis", "committee"])),
        },
    ),
    (
        "track",
        "Guest Details Autosaved",
        "web_sc",
        1,
        {
            "form_id": G(lambda f: "guest_signup"),
            "step": G(lambda f: f.r.randint(1, 3)),
            "input": Y(
                lambda f: f.pick([sc_email(f), email_for(f, f.first(), f.last(), "sc")]), "email", True
            ),
            "is_valid": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Form Field Completed",
        "web_sc",
        1,
        {
            "form": G(lambda f: f.pick(["junior_camp", "membership_application", "guest_signup"])),
            "field": {
                "name": G(lambda f: f.pick(["emergency_phone", "mobile", "home_phone"])),
                "value": Y(lambda f: f.pick([uk_mobile, uk_landline])(f), "phone", True),
            },
            "time_to_complete_ms": G(lambda f: f.r.randint(900, 21000)),
        },
    ),
    (
        "track",
        "Feedback Submitted",
        "swift",
        1,
        {
            "rating": G(lambda f: f.r.randint(1, 5)),
            "nps": G(lambda f: f.r.randint(0, 10)),
            "comment": G(
                lambda f: f.pick(
                    [
                        "Greens were running fast today",
                        "Halfway house closed again",
                        "Great round, bunkers need raking",
                        "Slow play on the back nine",
                        "Loved the new practice ground",
                    ]
                )
            ),
            "area": G(lambda f: f.pick(["course", "clubhouse", "pro_shop", "booking_app"])),
        },
    ),
    (
        "track",
        "Gift Voucher Purchased",
        "web_sc",
        1,
        {
            "voucher_id": G(lambda f: f"GV-{f.r.randint(10000, 99999)}"),
            "amount": G(lambda f: f.pick([25, 50, 100, 250])),
            "recipient_name": Y(sc_full, "name"),
            "recipient_email": Y(sc_email, "email"),
            "personal_message": G(
                lambda f: f.pick(
                    [
                        "Happy 60th Dad!",
                        "Enjoy the round x",
                        "Congratulations on your retirement",
                        "Happy Christmas from us all",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "Referral Sent",
        "swift",
        1,
        {
            "referralId": G(lambda f: f.uuid()),
            "refereeEmail": Y(sc_email, "email"),
            "refereeFirstName": Y(lambda f: sc_name(f)[0], "name"),
            "channel": G(lambda f: f.pick(["email", "whatsapp", "copy_link"])),
        },
    ),
    (
        "track",
        "Special Order Requested",
        "python",
        1,
        {
            "order_request_id": G(lambda f: f"SO-{f.r.randint(1000, 9999)}"),
            "item": G(
                lambda f: f.pick(
                    [
                        "Custom fitted irons",
                        "Left-handed driver",
                        "Replacement putter grip",
                        "Restring racket",
                    ]
                )
            ),
            "brand": G(lambda f: f.pick(["Ping", "Titleist", "Mizuno", "Babolat"])),
            "spec": G(
                lambda f: f.pick(
                    ["Stiff shaft, 10.5°", "+1 inch, upright 2°", "Midsize grip", "25kg tension"]
                )
            ),
            "note": Y(phone_note, "phone", True),
            "deposit_paid": G(lambda f: f.pick([0, 50.0, 100.0])),
        },
    ),
    (
        "track",
        "Membership Enquiry Started",
        "web_sc",
        1,
        {
            "enquiry_id": G(lambda f: f.uuid()),
            "gclid": Y(lambda f: "Cj0KCQjw" + alnum(f, 60) + "_BwE", "advertising id"),
            "fbclid": Y(lambda f: "IwAR" + alnum(f, 56), "advertising id"),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "landing_page": G(
                lambda f: f.pick(["/membership/join", "/open-week", "/tennis/membership", "/junior-section"])
            ),
            "membership_interest": G(lambda f: f.pick(["full", "country", "junior", "tennis"])),
            "utm_source": G(lambda f: f.pick(["google", "facebook", "instagram"])),
            "utm_campaign": G(
                lambda f: f.pick(["spring_membership", "open_week_2024", "tennis_2024", "juniors_autumn"])
            ),
        },
    ),
    (
        "track",
        "Saved Card Selected",
        "swift",
        1,
        {
            "label": G(lambda f: f"{f.pick(['Visa', 'Mastercard', 'Amex'])} •••• {f.r.randint(0, 9999):04d}"),
            "paymentMethodType": G(lambda f: f.pick(["card", "apple_pay"])),
            "isDefault": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Newsletter Link Clicked",
        "node",
        1,
        {
            "newsletter_id": G(lambda f: f"nl_2024_{f.r.randint(1, 40):02d}"),
            "link_url": Y(newsletter_url, "email", True),
            "link_position": G(lambda f: f.r.randint(1, 8)),
        },
    ),
    (
        "track",
        "Dog Registered",
        "kotlin",
        1,
        {
            "dogName": G(lambda f: f.pick(["Bramble", "Hamish", "Skye", "Murphy", "Tilly"])),
            "breed": G(lambda f: f.pick(["Border Collie", "Labrador", "Westie", "Cocker Spaniel"])),
            "dogTagNumber": G(lambda f: f"DOG-{f.r.randint(1, 300):03d}"),
            "ownerMemberNumber": G(member_no),
        },
    ),
    (
        "track",
        "Court Gate Opened",
        "go",
        2,
        {
            "court-id": G(lambda f: f"crt_{f.r.randint(1, 8)}"),
            "gate-id": G(lambda f: f.pick(["north-gate", "pavilion-gate"])),
            "member-no": G(member_no),
            "card-uid": G(lambda f: f.hexid(8).upper()),
            "access-pin": RED(lambda f: f"{f.r.randint(0, 9999):04d}", "token|secret"),
            "opened-at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Member Profile Updated",
        "kotlin",
        1,
        {
            "fieldsChanged": Many(G(lambda f: f.pick(["email", "mobile", "address", "photo"])), 3),
            "newEmail": Y(lambda f: f.me["email"], "email"),
            "previousEmail": Y(sc_email, "email"),
            "newMobile": Y(uk_mobile, "phone"),
            "source": G(lambda f: f.pick(["app_profile", "front_desk", "annual_renewal"])),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        "python",
        1,
        {
            "mandate_reference": G(lambda f: "GLGC-" + alnum(f, 10, upper=True)),
            "iban": RED(lambda f: f.iban(f.pick(["DE", "NL", "FR", "ES"])), "bank account"),
            "bic": G(lambda f: f.pick(["DEUTDEFF", "ABNANL2A", "BNPAFRPP", "CAIXESBB"])),
            "account_holder": Y(lambda f: f.full_name(), "name"),
            "signed_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Handicap Record Updated",
        "python",
        1,
        {
            "cdh_id": G(cdh_id),
            "player_name": Y(sc_full, "name"),
            "handicap_index": G(handicap),
            "low_handicap_index": G(handicap),
            "scores_submitted": G(lambda f: f.r.randint(1, 20)),
            "exceptional_score_reduction": G(lambda f: f.pick([0, -1, -2])),
            "home_club_id": G(lambda f: f"SG{f.r.randint(100, 699)}"),
            "effective_date": G(day),
        },
    ),
    (
        "track",
        "Lost Property Reported",
        "web_sc",
        1,
        {
            "reference": G(lambda f: f"LP-{f.r.randint(1000, 9999)}"),
            "item_description": G(
                lambda f: f.pick(
                    [
                        "Scotty Cameron putter headcover",
                        "Black FootJoy waterproof",
                        "Car keys (VW)",
                        "Rangefinder in red case",
                    ]
                )
            ),
            "location_found": G(
                lambda f: f.pick(["14th green", "Gents locker room", "Halfway House", "Car park"])
            ),
            "reported_by_name": Y(sc_full, "name"),
            "reported_by_phone": Y(lambda f: f.pick([uk_mobile, uk_landline])(f), "phone"),
            "claimed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Corporate Day Enquiry Submitted",
        "node_ip",
        1,
        {
            "enquiryId": G(lambda f: f.uuid()),
            "companyName": G(
                lambda f: f.pick(
                    ["Baillie Gifford", "Skyscanner Ltd", "Aggreko", "Diageo", "Mitsubishi Corporation"]
                )
            ),
            "contactName": Y(anyone, "name"),
            "contactEmail": Y(sc_email, "email"),
            "contactPhone": Y(lambda f: f.pick([uk_mobile, uk_landline])(f), "phone"),
            "jobTitle": G(
                lambda f: f.pick(["Office Manager", "Head of People", "EA to the CEO", "Events Coordinator"])
            ),
            "groupSize": G(lambda f: f.pick([12, 16, 24, 40])),
            "preferredDate": G(day),
            "budgetGbp": G(lambda f: f.pick([1500, 3000, 6000])),
            "message": G(
                lambda f: f.pick(
                    [
                        "Team day with lunch and a Texas scramble",
                        "Client golf day, 6 fourballs",
                        "Need a private dining room after golf",
                        "Beginners clinic for the team",
                    ]
                )
            ),
            "vatNumber": G(lambda f: f"GB{f.r.randint(100000000, 999999999)}"),
        },
    ),
    (
        "track",
        "Push Notification Opened",
        "swift",
        1,
        {
            "campaignId": G(lambda f: f"push_{f.r.randint(100, 999)}"),
            "title": G(
                lambda f: f.pick(
                    ["Frost delay", "Your tee time is tomorrow", "Results are in", "Open Week is back"]
                )
            ),
            "deepLink": G(
                lambda f: f.pick(["gullane://tee-times", "gullane://results/latest", "gullane://shop"])
            ),
            "sentAt": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Visitor Booking Paid",
        "node_ip",
        1,
        {
            "visitorBookingId": G(lambda f: f"VB-{f.r.randint(10000, 99999)}"),
            "leadName": Y(lambda f: f.full_name(), "name"),
            "leadEmail": Y(lambda f: f.email(), "email"),
            "leadPhone": Y(lambda f: f.phone(), "phone"),
            "nationality": Y(
                lambda f: f.pick(["American", "Canadian", "Swedish", "Japanese", "Australian"]), "citizenship"
            ),
            "partySize": G(lambda f: f.r.randint(1, 8)),
            "hotelName": G(
                lambda f: f.pick(
                    ["Greywalls", "The Marine North Berwick", "Old Course Hotel", "Waldorf Astoria Edinburgh"]
                )
            ),
            "tourOperator": G(lambda f: f.pick(["PerryGolf", "Haversham & Baker", "direct"])),
            "totalUsd": G(lambda f: f.money(400, 4000)),
        },
    ),
    (
        "track",
        "Club Fitting Booked",
        "web_sc",
        1,
        {
            "fitting_id": G(lambda f: f.uuid()),
            "fitter_name": Y(
                lambda f: f.pick(["Ewan Robertson", "Gregor Drummond", "Kirsty Fraser"]), "name"
            ),
            "height_cm": G(lambda f: f.r.randint(150, 198)),
            "wrist_to_floor_cm": G(lambda f: f.r.randint(78, 95)),
            "dominant_hand": G(lambda f: f.pick(["right", "left"])),
            "current_driver": G(
                lambda f: f.pick(["Ping G430", "TaylorMade Qi10", "Callaway Paradym", "Titleist TSR2"])
            ),
            "swing_speed_mph": G(lambda f: f.r.randint(70, 120)),
        },
    ),
    (
        "track",
        "Staff Shift Clocked",
        "python",
        1,
        {
            "employee_id": G(lambda f: f"E{f.r.randint(1000, 1999)}"),
            "shift_start": G(lambda f: f.iso()),
            "shift_end": G(lambda f: f.iso()),
            "hours_worked": G(lambda f: f.pick([4.0, 6.5, 8.0, 9.25])),
            "clock_in_lat": Y(lambda f: round(56.03 + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
            "clock_in_lng": Y(lambda f: round(-2.83 + f.r.uniform(-0.002, 0.002), 6), "geolocation"),
            "site": G(lambda f: f.pick(["Clubhouse", "Greenkeeping Shed", "Caddie Hut"])),
        },
    ),
    (
        "track",
        "Range Balls Purchased",
        "node",
        1,
        {
            "machine_id": G(lambda f: f.pick(["RB-01", "RB-02"])),
            "bucket_size": G(lambda f: f.pick(["small", "medium", "large"])),
            "tokens": G(lambda f: f.r.randint(1, 4)),
            "amount_gbp": G(lambda f: f.pick([3.0, 5.0, 8.0])),
            "paid_with": G(lambda f: f.pick(["member_card", "contactless", "app"])),
        },
    ),
    (
        "group",
        None,
        "node",
        1,
        {
            "name": G(lambda f: CLUBS[f.me["k"] % 3][0]),
            "industry": G(lambda f: "Sports club"),
            "employees": G(lambda f: CLUBS[f.me["k"] % 3][5]),
            "plan": G(lambda f: f.pick(["club_starter", "club_pro", "club_enterprise"])),
            "website": G(lambda f: CLUBS[f.me["k"] % 3][1]),
            "office_email": G(lambda f: CLUBS[f.me["k"] % 3][2]),
            "office_phone": G(lambda f: CLUBS[f.me["k"] % 3][3]),
            "clubhouse_address": G(lambda f: CLUBS[f.me["k"] % 3][4]),
        },
    ),
    ("alias", None, "web_sc", 1, None),
    (
        "identify",
        None,
        "node",
        1,
        {
            "MEMBER_ID": G(member_no),
            "EMAIL_ADDRESS": Y(lambda f: f.me["email"], "email"),
            "FIRST_NAME": Y(lambda f: f.me["first"].upper(), "name"),
            "LAST_NAME": Y(lambda f: f.me["last"].upper(), "name"),
            "MOBILE_E164": Y(lambda f: "+447" + f.digits(9), "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1940, 2006), "birthdate"),
            "POSTCODE": Y(sc_postcode, "zipcode"),
            "HOME_LAT": Y(lambda f: round(55.9 + f.r.uniform(-0.3, 0.5), 5), "geolocation"),
            "HOME_LON": Y(lambda f: round(-3.1 + f.r.uniform(-1.2, 0.5), 5), "geolocation"),
            "MEMBERSHIP_TIER": G(lambda f: f.pick(["FULL", "FIVE_DAY", "COUNTRY", "JUNIOR"])),
            "LIFETIME_SPEND_GBP": G(lambda f: f.money(100, 40000)),
            "LAST_ROUND_AT": G(lambda f: f.iso()),
            "HAS_DIRECT_DEBIT": G(lambda f: f.pick([True, False])),
            "AGE": G(lambda f: f.r.randint(12, 90)),
            "HANDICAP_INDEX": G(handicap),
        },
    ),
]

JAPAN = [
    (
        "screen",
        lambda f: f.pick(["予約一覧", "スコア入力", "会員証", "お知らせ"]),
        "flutter",
        2,
        {
            "screen_class": G(
                lambda f: f.pick(["ReservationListPage", "ScoreInputPage", "MemberCardPage", "NewsPage"])
            ),
        },
    ),
    (
        "identify",
        None,
        "java",
        2,
        {
            "kaiin_bango": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}"),
            "shimei": Y(lambda f: f.me["kanji"], "name"),
            "shimei_kana": Y(lambda f: f.me["kana"], "name"),
            "seinengappi": Y(jp_date, "birthdate"),
            "seibetsu": Y(lambda f: f.pick(["男性", "女性", "回答しない"]), "gender"),
            "keitai_bango": Y(jp_mobile, "phone"),
            "jitaku_denwa": Y(jp_landline, "phone"),
            "mail_address": Y(lambda f: f.me["email"], "email"),
            "yubin_bango": Y(jp_postcode, "zipcode"),
            "jusho": Y(jp_address, "address"),
            "todofuken": G(lambda f: f.pick(["東京都", "神奈川県", "埼玉県", "大阪府", "千葉県"])),
            "kinmusaki": G(
                lambda f: f.pick(["トヨタ自動車株式会社", "三菱商事", "自営業", "株式会社日立製作所"])
            ),
            "handicap": G(handicap),
            "kaiin_shubetsu": G(lambda f: f.pick(["正会員", "平日会員", "家族会員", "法人会員"])),
        },
    ),
    (
        "track",
        "予約完了",
        "flutter",
        2,
        {
            "予約番号": G(lambda f: f"R{f.r.randint(10**7, 10**8 - 1)}"),
            "プレー日": G(day),
            "スタート時間": G(hhmm),
            "コース": G(lambda f: f.pick(["東コース", "西コース", "南コース"])),
            "同伴者": Many(
                {
                    "氏名": Y(jp_pair_kanji, "name"),
                    "フリガナ": Y(jp_pair_kana, "name"),
                    "会員番号": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}"),
                    "区分": G(lambda f: f.pick(["会員", "ビジター", "家族会員"])),
                },
                3,
            ),
            "カート": G(lambda f: f.pick([True, False])),
            "キャディ": G(lambda f: f.pick(["セルフ", "キャディ付き"])),
            "合計金額": G(lambda f: f.pick([8800, 15400, 23100, 31900])),
            "備考": Y(jp_remark, "phone", True),
        },
    ),
    (
        "track",
        "Score Registered",
        "flutter",
        2,
        {
            "scoreId": G(lambda f: f.uuid()),
            "courseName": G(lambda f: f.pick(["東コース", "西コース", "Kasumigaoka East"])),
            "playDate": G(day),
            "totalStrokes": G(lambda f: f.r.randint(72, 120)),
            "companions": Many(
                {
                    "name": Y(lambda f: f.pick([jp_kanji(f), jp_kanji(f), f.full_name()]), "name"),
                    "memberNo": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}"),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "家族会員登録",
        "flutter",
        1,
        {
            "familyMemberNo": G(
                lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}-{f.r.randint(1, 4)}"
            ),
            "relationship": G(lambda f: f.pick(["配偶者", "長男", "長女", "次男"])),
            "fullName": Y(lambda f: f.me["kanji"][:2] + f.pick([" ", "　", ""]) + f.me["given"][0], "name"),
            "fullNameKana": Y(
                lambda f: f.me["kana"].split()[0].split("　")[0] + f.pick([" ", "　"]) + f.me["given"][1],
                "name",
            ),
            "birthDate": Y(lambda f: jp_date(f, 1950, 2015), "birthdate"),
            "gender": Y(lambda f: f.pick(["男", "女", "male", "female"]), "gender"),
            "mobile": Y(jp_mobile, "phone"),
            "email": Y(jp_email, "email"),
        },
    ),
    (
        "track",
        "Card Registered",
        "go",
        1,
        {
            "card_token": RED(lambda f: "tok_" + f.hexid(30), "token"),
            "brand": G(lambda f: f.pick(["Visa", "MasterCard", "JCB", "American Express"])),
            "last4": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
            "exp_month": G(lambda f: f.r.randint(1, 12)),
            "exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "cardholder_name": Y(lambda f: f.me["romaji"].upper(), "name"),
            "customer_id": G(lambda f: "cus_" + f.hexid(28)),
        },
    ),
    (
        "track",
        "口座振替登録完了",
        "java",
        1,
        {
            "ginko_code": G(lambda f: f.pick(["0001", "0005", "0009", "0010", "0150"])),
            "ginko_mei": G(
                lambda f: f.pick(["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "スルガ銀行"])
            ),
            "shiten_code": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "shiten_mei": G(lambda f: f.pick(["渋谷支店", "新宿支店", "梅田支店", "横浜駅前支店"])),
            "yokin_shumoku": G(lambda f: f.pick(["普通", "当座"])),
            "koza_bango": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "koza_meigi": Y(lambda f: f.me["hwkana"], "name"),
            "furikae_bi": G(lambda f: f.pick([10, 27])),
            "keiyaku_id": G(lambda f: f"KF{f.r.randint(10**6, 10**7 - 1)}"),
        },
    ),
    (
        "track",
        "Identity Verified",
        "go",
        1,
        {
            "verification_id": G(lambda f: f.uuid()),
            "document_type": G(
                lambda f: f.pick(["drivers_license", "my_number_card", "residence_card", "passport"])
            ),
            "drivers_license_number": Y(jp_license, "license"),
            "passport_number": RED(passport_jp, "passport"),
            "residence_card_number": RED(residence_card, "national id"),
            "residence_status": RED(
                lambda f: f.pick(["永住者", "技術・人文知識・国際業務", "家族滞在", "日本人の配偶者等"]),
                "visa",
            ),
            "my_number_submitted": G(lambda f: f.pick([True, False])),
            "birth_date_match": G(lambda f: f.pick([True, False])),
            "face_match_score": G(lambda f: round(f.r.uniform(0.6, 0.99), 3)),
        },
    ),
    (
        "track",
        "Caddie Assigned",
        "java",
        1,
        {
            "reservation_no": G(lambda f: f"R{f.r.randint(10**7, 10**8 - 1)}"),
            "caddie_name": Y(jp_kanji, "name"),
            "caddie_no": G(lambda f: f.r.randint(1, 80)),
            "member_no": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}"),
            "caddie_fee": G(lambda f: f.pick([3300, 4400, 5500])),
        },
    ),
    (
        "track",
        "Konbini Payment Created",
        "go",
        1,
        {
            "payment_id": G(lambda f: "pay_" + f.hexid(24)),
            "konbini": G(lambda f: f.pick(["seven_eleven", "lawson", "familymart", "ministop"])),
            "amount": G(lambda f: f.pick([8800, 15400, 55000, 110000])),
            "receipt_number": G(lambda f: f.digits(13)),
            "expires_at": G(lambda f: f.iso()),
            "customer_phone": Y(lambda f: jp_mobile(f).replace("-", "").replace(" ", ""), "phone"),
            "customer_name_kana": Y(lambda f: f.me["kana"], "name"),
            "customer_email": Y(jp_email, "email"),
        },
    ),
    (
        "track",
        "メッセージ送信",
        "flutter",
        1,
        {
            "text": G(
                lambda f: f.pick(
                    [
                        "明日のスタート時間を変更したいです",
                        "練習場は何時からですか？",  # noqa: RUF001 (Japanese punctuation)
                        "レンタルクラブをお願いします",
                        "雨天の場合の営業について教えてください",
                    ]
                )
            ),
            "スレッドID": G(lambda f: f"th_{f.r.randint(1000, 9999)}"),
            "送信先": G(lambda f: f.pick(["フロント", "キャディマスター室", "プロショップ"])),
        },
    ),
    (
        "track",
        "同伴者招待",
        "flutter",
        1,
        {
            "invitationId": G(lambda f: f.uuid()),
            "inviterMemberNo": G(lambda f: f"{f.r.randint(1, 9)}{f.r.randint(0, 99999):05d}"),
            "inviteeName": Y(jp_kanji, "name"),
            "inviteeEmail": Y(jp_email, "email"),
            "inviteePhone": Y(jp_mobile, "phone"),
            "playDate": G(day),
        },
    ),
    (
        "track",
        "Lesson Booked",
        "flutter",
        1,
        {
            "lessonId": G(lambda f: f.uuid()),
            "coachId": G(lambda f: f"coach_{f.r.randint(20, 30)}"),
            "coachName": Y(lambda f: f.pick(["松本 誠", "吉田 恵子", "Kenta Ito"]), "name"),
            "lessonType": G(lambda f: f.pick(["individual", "group"])),
            "durationMinutes": G(lambda f: f.pick([30, 50])),
            "price": G(lambda f: f.pick([5500, 8800])),
            "focusArea": G(lambda f: f.pick(["アプローチ", "ドライバー", "パター"])),
        },
    ),
]

ARGENTINA = [
    (
        "screen",
        lambda f: f.pick(["Reservas", "Mi Carnet", "Torneos", "Buffet"]),
        "rn",
        2,
        {
            "previousScreen": G(lambda f: f.pick(["Inicio", "Perfil", "Reservas"])),
            "tabIndex": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "page",
        lambda f: ar_page(f)[0],
        "web_ar",
        1,
        {
            "path": G(lambda f: ar_page(f)[1]),
            "url": G(lambda f: "https://socios.clubsanisidro.example" + ar_page(f)[1]),
            "title": G(lambda f: ar_page(f)[2]),
            "referrer": G(lambda f: f.pick(["", "https://www.google.com.ar/", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?deporte=tenis", "?deporte=golf"])),
            "name": G(lambda f: ar_page(f)[0]),
        },
    ),
    (
        "identify",
        None,
        "php",
        2,
        {
            "nombre": Y(lambda f: f.me["first"], "name"),
            "apellido": Y(lambda f: f.me["last"], "name"),
            "correo_electronico": Y(lambda f: f.me["email"], "email"),
            "telefono_celular": Y(ar_mobile, "phone"),
            "telefono_fijo": Y(ar_landline, "phone"),
            "dni": RED(dni_display, "national id"),
            "cuil": RED(lambda f: cuil(f), "national id"),
            "fecha_nacimiento": Y(ar_date, "birthdate"),
            "sexo": Y(lambda f: f.pick(["M", "F", "X"]), "gender|sex"),
            "estado_civil": G(lambda f: f.pick(["casado/a", "soltero/a", "divorciado/a", "viudo/a"])),
            "profesion": G(lambda f: f.pick(["Abogado", "Contadora", "Médico", "Empresario", "Jubilado"])),
            "domicilio": {
                "calle": Y(lambda f: f.pick(AR_STREETS), "street|address"),
                "altura": Y(lambda f: str(f.r.randint(100, 7999)), "address|street"),
                "piso_depto": Y(ar_floor, "address"),
                "localidad": Y(lambda f: f.pick(AR_TOWNS), "city"),
                "provincia": G(lambda f: f.pick(["Buenos Aires", "CABA", "Córdoba", "Santa Fe"])),
                "codigo_postal": Y(ar_cp, "zipcode"),
            },
            "numero_socio": G(lambda f: str(f.r.randint(1000, 29999))),
            "categoria": G(lambda f: f.pick(["Activo", "Cadete", "Vitalicio", "Menor", "Grupo familiar"])),
            "fecha_alta": G(lambda f: f.date(1975, 2024)),
            "deporte_principal": G(lambda f: f.pick(["golf", "tenis", "hockey", "rugby"])),
        },
    ),
    (
        "track",
        "Reserva de Cancha Confirmada",
        "rn",
        2,
        {
            "reservationId": G(lambda f: f"RSV-{f.r.randint(100000, 999999)}"),
            "court": G(lambda f: f.pick(["Cancha 1", "Cancha 4 (polvo)", "Cancha central", "Pádel 2"])),
            "date": G(day),
            "startTime": G(hhmm),
            "durationMinutes": G(lambda f: f.pick([60, 90, 120])),
            "lights": G(lambda f: f.pick([True, False])),
            "partner": {
                "name": Y(ar_full, "name"),
                "memberNumber": G(lambda f: str(f.r.randint(1000, 29999))),
                "phone": Y(ar_mobile, "phone"),
            },
            "price": G(lambda f: f.pick([0, 8500, 12000, 15000])),
            "currency": G(lambda f: "ARS"),
        },
    ),
    (
        "track",
        "Pago Aprobado",
        "ruby",
        2,
        {
            "id": G(lambda f: f.r.randint(10**10, 10**11 - 1)),
            "transaction_amount": G(lambda f: f.pick([45000, 98000.5, 150000, 12000])),
            "installments": G(lambda f: f.pick([1, 3, 6, 12])),
            "payment_method_id": G(lambda f: f.pick(["visa", "master", "amex", "naranja", "debvisa"])),
            "payment_type_id": G(lambda f: f.pick(["credit_card", "debit_card"])),
            "external_reference": G(
                lambda f: f"CUOTA-{f.r.randint(1000, 29999)}-2024{f.r.randint(1, 12):02d}"
            ),
            "date_approved": G(lambda f: f.iso()),
            "payer": {
                "email": Y(lambda f: f.me["email"], "email"),
                "first_name": Y(lambda f: f.me["first"], "name"),
                "last_name": Y(lambda f: f.me["last"], "name"),
                "phone": {
                    "area_code": G(lambda f: f.pick(["11", "351", "341", "221"])),
                    "number": Y(
                        lambda f: f"{f.r.randint(15, 69)}{f.r.randint(10, 99)}-{f.r.randint(1000, 9999)}",
                        "phone",
                    ),
                },
                "identification": {
                    "type": G(lambda f: f.pick(["DNI", "DNI", "DNI", "LE", "LC"])),
                    "number": RED(lambda f: dni_number(f), "national id"),
                },
            },
            "card": {
                "first_six_digits": G(lambda f: f.pick(["450799", "546553", "377798", "589562"])),
                "last_four_digits": G(lambda f: f"{f.r.randint(0, 9999):04d}"),
                "expiration_month": G(lambda f: f.r.randint(1, 12)),
                "expiration_year": G(lambda f: f.r.randint(2025, 2031)),
                "cardholder": {
                    "name": Y(lambda f: (f.me["first"] + " " + f.me["last"]).upper(), "name"),
                    "identification": {
                        "number": RED(lambda f: dni_number(f), "national id"),
                        "type": G(lambda f: "DNI"),
                    },
                },
            },
        },
    ),
    (
        "track",
        "Débito Automático Adherido",
        "php",
        1,
        {
            "cbu": RED(cbu, "bank account"),
            "alias_cbu": RED(alias_cbu, "bank account"),
            "banco": G(
                lambda f: f.pick(
                    ["Banco Galicia", "Banco Nación", "BBVA Argentina", "Santander", "Banco Macro"]
                )
            ),
            "titular": Y(ar_full, "name"),
            "cuit_titular": RED(lambda f: cuil(f), "national id"),
            "fecha_adhesion": G(day),
            "cuota_mensual": G(lambda f: f.pick([45000, 62000, 98000])),
        },
    ),
    (
        "track",
        "Clase Reservada",
        "rn",
        1,
        {
            "lessonId": G(lambda f: f.uuid()),
            "coachId": G(lambda f: f"prof_{f.r.randint(1, 15)}"),
            "coachName": Y(
                lambda f: f.pick(["Hernán Iturralde", "Rocío Higa", "Ezequiel Schmidt", "Belén Álvarez"]),
                "name",
            ),
            "lessonType": G(lambda f: f.pick(["principiante", "intermedio", "avanzado"])),
            "durationMinutes": G(lambda f: f.pick([45, 60])),
            "price": G(lambda f: f.pick([18000, 25000])),
        },
    ),
    (
        "track",
        "Apto Médico Cargado",
        "php",
        1,
        {
            "member_number": G(lambda f: str(f.r.randint(1000, 29999))),
            "clearance_valid": G(lambda f: f.pick([True, False])),
            "clearance_expires_on": G(lambda f: f"2025-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"),
            "blood_type": Y(lambda f: f.pick(["0+", "A+", "B-", "AB+", "0-"]), "condition"),
            "health_insurer": G(lambda f: f.pick(["OSDE", "Swiss Medical", "Galeno", "PAMI"])),
            "insurer_member_number": Y(
                lambda f: f.pick([f"6{f.digits(10)}", f"{f.digits(8)}/{f.r.randint(0, 9):02d}"]),
                "identification",
            ),
            "doctor_name": Y(lambda f: "Dr. " + ar_full(f), "name"),
            "doctor_licence_number": Y(
                lambda f: f.pick(["MN ", "MP ", "M.N. "]) + str(f.r.randint(40000, 160000)), "license"
            ),
            "allergies": Many(
                Y(lambda f: f.pick(["penicilina", "maní", "picadura de abeja", "ninguna"]), "allergy"), 2
            ),
        },
    ),
    (
        "track",
        "Invitado Registrado",
        "php",
        2,
        {
            "invitado_nombre": Y(ar_full, "name"),
            "invitado_dni": RED(dni_display, "national id"),
            "invitado_telefono": Y(ar_mobile, "phone"),
            "invitado_email": Y(ar_email, "email"),
            "socio_anfitrion": G(lambda f: str(f.r.randint(1000, 29999))),
            "patente": Y(ar_plate, "license"),
            "fecha_visita": G(day),
            "observaciones": Y(ar_remark, "phone", True),
        },
    ),
    (
        "track",
        "Inscripción a Torneo",
        "rn",
        1,
        {
            "competitionId": G(lambda f: f"TOR-{f.r.randint(100, 999)}"),
            "competitionName": G(
                lambda f: f.pick(
                    [
                        "Copa Roberto De Vicenzo",
                        "Torneo Aniversario",
                        "Abierto de Otoño",
                        "Copa Ángel Cabrera",
                    ]
                )
            ),
            "category": G(
                lambda f: f.pick(["Damas", "Caballeros 0-12", "Caballeros 13-24", "Seniors", "Menores"])
            ),
            "playingHandicap": G(lambda f: f.r.randint(0, 36)),
            "partnerName": Y(ar_full, "name"),
        },
    ),
    (
        "track",
        "Consumo Buffet Cargado",
        "php",
        2,
        {
            "ticket_id": G(lambda f: f"B-{f.r.randint(10000, 99999)}"),
            "member_number": G(lambda f: str(f.r.randint(1000, 29999))),
            "waiter_name": Y(
                lambda f: f.pick(["Ramón Sosa", "Gladys Pérez", "Iván Romero", "Julia Kohan"]), "name"
            ),
            "items": Many(
                {
                    "description": G(
                        lambda f: f.pick(
                            [
                                "Lomito completo",
                                "Café con medialunas",
                                "Agua sin gas",
                                "Milanesa napolitana",
                                "Fernet con coca",
                            ]
                        )
                    ),
                    "quantity": G(lambda f: f.r.randint(1, 4)),
                    "unit_price": G(lambda f: f.pick([2500, 4200, 9800, 12500])),
                },
                4,
            ),
            "total": G(lambda f: f.pick([6700, 14200, 28900, 41300])),
            "currency": G(lambda f: "ARS"),
        },
    ),
    (
        "track",
        "Menor a Cargo Agregado",
        "rn",
        1,
        {
            "dependantName": Y(lambda f: ar_name(f)[0] + " " + f.me["last"], "name"),
            "dependantDni": RED(dni_display, "national id"),
            "dependantBirthDate": Y(lambda f: ar_date(f, 2008, 2020), "birthdate"),
            "healthInsuranceMemberNo": Y(lambda f: f"6{f.digits(10)}", "identification"),
            "relationship": G(lambda f: f.pick(["son", "daughter", "grandson", "granddaughter"])),
            "tennisSchool": G(lambda f: f.pick([True, False])),
        },
    ),
]

REPEATS = 16


def persona(f: Fake, region: str) -> dict:
    if region == "jp":
        s, g = jp_name(f)
        return {
            "first": g[3],
            "last": s[3],
            "kanji": s[0] + f.pick([" ", "　", ""]) + g[0],
            "kana": s[1] + f.pick([" ", "　"]) + g[1],
            "hwkana": s[2] + " " + g[2],
            "romaji": f"{g[3]} {s[3]}",
            "email": email_for(f, g[3], s[3], "jp"),
            "given": f.pick(JP_GIVEN),
            "k": f.r.randint(0, 11),
        }
    first, last = ar_name(f) if region == "ar" else sc_name(f)
    return {
        "first": first,
        "last": last,
        "email": email_for(f, first, last.split()[0], region),
        "k": f.r.randint(0, 11),
    }


def user_id(f: Fake, region: str) -> str:
    if region == "jp":
        return str(f.r.randint(10**6, 10**7 - 1))
    if region == "ar":
        return f"AR-{f.r.randint(100000, 999999)}"
    return f"mbr_{f.hexid(12)}"


def build(seed: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for region, templates in (("sc", SCOTLAND), ("jp", JAPAN), ("ar", ARGENTINA)):
        for kind, name, client, weight, body in templates:
            for _ in range(REPEATS * weight):
                f.me = persona(f, region)
                msg = {
                    "type": kind,
                    "messageId": f.uuid(),
                    "timestamp": f.iso(),
                    "anonymousId": f.uuid(),
                    "userId": user_id(f, region),
                }
                if kind == "track":
                    msg["event"] = name
                elif kind in ("page", "screen"):
                    msg["name"] = name(f)
                elif kind == "group":
                    msg["groupId"] = f"club_{f.r.randint(1, 3)}"
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
    events, labels = build(seed=302)
    write(Path(__file__).parent, "holdout302_", events, labels)
