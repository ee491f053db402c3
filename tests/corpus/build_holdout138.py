"""Writes holdout138: tests/corpus/holdout138_events.jsonl and holdout138_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels, and never run through the engine by its author. Only build.py / fake.py (the
helpers), build_holdout3.py (for format), REFERENCE.md and DESIGN.md were read.

What it covers: a cryptocurrency exchange plus self-custody wallet ("Kestrel") serving the US,
Turkey and Vietnam. Sign-up and KYC (identity documents, Sumsub-shaped review webhooks, Turkish
NVI / e-Devlet checks with T.C. kimlik numbers carrying valid check digits, Vietnamese CCCD
checks), bank deposits (Plaid-shaped linking, ACH, Turkish havale/EFT with mod-97 TR IBANs,
Vietnamese bank transfers), card purchases in Segment's e-commerce spec (Stripe `pm_` tokens,
BIN/last4/expiry), on-chain deposits and withdrawals (base58check and bech32 Bitcoin addresses,
Tron and EVM addresses, transaction hashes, contract addresses), travel-rule data in an
IVMS101-shaped payload (originator and beneficiary persons), 2FA, anti-phishing codes, API keys,
sign-in and password reset, trading, price alerts, staking, tax reports (W-9, Turkish vergi
raporu), institutional accounts (group calls, authorised traders, OTC, compliance cases), support
tickets (Zendesk-shaped), notifications (Twilio- and SendGrid-shaped), install attribution
(AppsFlyer-shaped), app lifecycle events, page/screen/alias calls.

Clients and their contexts: analytics.js, analytics-swift, analytics-kotlin,
analytics-react-native, analytics_flutter, and server libraries (python, node, go, java, ruby,
php, .NET) with context.ip, context.traits, context.externalIds, device, app, library, locale,
userAgent, campaign, location.

Conventions: mostly camelCase and snake_case English keys; PascalCase from a .NET back office and
Twilio, kebab-case from relayed HTTP headers and a tag manager, SCREAMING_SNAKE from a reverse-ETL
warehouse sync, ASCII Turkish keys (ad, soyad, eposta, tc_kimlik_no, ...) and ASCII Vietnamese
keys (ho_ten, so_dien_thoai, so_cccd, ...).

Labelling rules (the Privacy Portal's default colours):
- PII = personal data about a natural person (user, recipient, beneficiary, invitee, contact,
  family member, staff member). Colour = the reference's default colour for the matcher; outside
  the reference: red for credentials / secrets / tokens, card numbers, bank accounts, government
  ids and health; yellow otherwise.
- Green: ids we or vendors issue, versions, timestamps, hashes, amounts, enums, counters and
  booleans under PII-sounding keys (`emailVerified`, `condition` of a price alert, `seed_words`
  = 12), product / asset / company / validator / NFT names, places not the person's, country,
  state-level regions, locale, timezone, currency, user agents, OS-issued device ids (idfv,
  context.device.id). Card brand, last four, BIN, expiry, a masked PAN (BIN + last four) and bank
  routing numbers / SWIFT BICs are green; the last four of an SSN are red.
- Published policy followed as written: customer numbers green; job titles, employers and
  marital / filing status green; a business's own phone, e-mail and address (a company's
  registered address, role mailboxes, our SMS sender number) green; e-mail Message-IDs green;
  income / salary (also income bands) yellow `salary`; ad click ids (gclid, fbclid, fbp) yellow
  `advertising id`; billing addresses yellow `address`; payment-method tokens, one-time codes and
  reset-link tokens red `token`; identity-document numbers red `national id` / `passport`.
- Decisions of our own (what a careful privacy owner would want flagged):
  * A wallet address that belongs to a person (their deposit address, a withdrawal destination,
    a travel-rule account number, a connected dApp account) is yellow `crypto address`: it is a
    financial account identifier but public by design and cannot move funds. Our own hot wallet
    and token / router / NFT contract addresses are things: green. Transaction hashes are green.
  * An ENS name or in-app @tag of a person is a handle: yellow `name`.
  * The anti-phishing code a user chooses is a secret they hold: red `secret`. A push (FCM/APNs)
    token and a Plaid public_token are red `token`. An Authorization header is red `token`.
  * Turkish `il` and Vietnamese `tinh_thanh_pho` (province level) are green like a US state;
    the district (`ilce`, `quan_huyen`), hometown and place of birth are yellow `city`.
  * Identity-document issue / expiry dates are green (like card expiry).
  * PEP and sanctions flags are green compliance flags (not political opinion); an "Islamic
    (swap-free) account" flag reveals religion: yellow `religion`; a VoiceOver-running flag
    reveals a disability: red `disability`.
  * Photos / selfies / ID-document image URLs and avatar URLs are yellow `photo`.
  * A birth year alone (`dogum_yili`, `birth_year`) is yellow `birthdate` (it dates the person's
    birth, unlike an age band, which the policy keeps green).
  * A card number typed into a form and captured by a misconfigured error event is red
    `credit card`; the BIN + last four `masked_pan` of a shipped card stays green.
- value_only is true only where the key does not say what the value is (`identifier`, `to`,
  `label`, `account`, `Body`, `description`, `gift_message`, `externalIds[].id`, `value`, ...).
  Such a PII path holds that PII in every value; free text under neutral keys that never carries
  PII (`text`, `note`, `q`, `message`, `Notes`) is green.
"""

# ruff: noqa: RUF001  -- Turkish strings use the dotless i (U+0131) on purpose
import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake


def C(value):
    return G(lambda f: value)


def P(*items):
    return G(lambda f: f.pick(list(items)))


# -- people of three markets and a few others ---------------------------------------------------

US_FIRST = [
    "James",
    "Maria",
    "DeShawn",
    "Emily",
    "Carlos",
    "Aaliyah",
    "Wei",
    "Priya",
    "Tyler",
    "Fatima",
    "José",
    "Hannah",
    "Kenji",
    "Olumide",
    "Brianna",
    "Connor",
    "Ji-woo",
    "Rosa",
]
US_LAST = [
    "Johnson",
    "Rodriguez",
    "Williams",
    "Patel",
    "Kim",
    "Okafor",
    "Garcia",
    "O'Connor",
    "Washington",
    "Cohen",
    "Martinez",
    "Chen",
    "Sullivan",
    "Haddad",
    "Kowalski",
    "Yamamoto",
]
TR_FIRST = [
    "Ayşe",
    "Mehmet",
    "Elif",
    "Mustafa",
    "Zeynep",
    "Emre",
    "Büşra",
    "Can",
    "Özge",
    "Burak",
    "Şeyma",
    "Oğuz",
    "Gülşen",
    "Yiğit",
    "İrem",
    "Hüseyin",
]
TR_LAST = [
    "Yılmaz",
    "Kaya",
    "Demir",
    "Çelik",
    "Şahin",
    "Aydın",
    "Öztürk",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Koç",
    "Kurt",
    "Özdemir",
    "Güneş",
]
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc", "Thu", "Đức"]
VN_GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Hà",
    "Hải",
    "Lan",
    "Linh",
    "Nam",
    "Phương",
    "Quân",
    "Tâm",
    "Trang",
    "Tuấn",
    "Vy",
    "Khoa",
]
OTHER_NAMES = [
    ("Oluwaseun", "Adeyemi"),
    ("Anastasia", "Petrova"),
    ("Lucas", "Oliveira"),
    ("Siddharth", "Rao"),
    ("Noura", "Al-Mansouri"),
    ("Sven", "Lindqvist"),
    ("Aigerim", "Nurlanovna"),
    ("Thandiwe", "Dlamini"),
    ("Mateus", "Costa"),
]
MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "outlook.com"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "XX": ["gmail.com", "proton.me", "mail.ru", "outlook.com"],
}
US_CITIES = ["Houston", "Brooklyn", "San Jose", "Miami", "Columbus", "Seattle", "Atlanta", "Phoenix"]
US_STATES = ["TX", "NY", "CA", "FL", "OH", "WA", "GA", "AZ"]
US_STREETS = [
    "Maple Ave",
    "W 34th St",
    "Oakwood Dr",
    "Pine Ridge Rd",
    "Lexington Ave",
    "Cedar Ln",
    "MLK Jr Blvd",
    "Sunset Blvd",
]
TR_IL = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Kocaeli"]
TR_ILCE = ["Kadıköy", "Çankaya", "Karşıyaka", "Nilüfer", "Muratpaşa", "Üsküdar", "Beşiktaş", "Gebze"]
TR_MAH = ["Caferağa", "Kızılay", "Bostanlı", "Fethiye", "Konyaaltı", "Acıbadem", "Sinanpaşa"]
TR_SOK = ["Moda Cad.", "Atatürk Blv.", "Cemal Gürsel Cad.", "Bağdat Cad.", "Gül Sok.", "Lale Sok."]
VN_CITIES = ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"]
VN_DISTRICTS = [
    "Quận 1",
    "Quận 7",
    "Quận Ba Đình",
    "Quận Cầu Giấy",
    "Quận Hải Châu",
    "Quận Ninh Kiều",
    "Thành phố Thủ Đức",
]
VN_STREETS = ["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ", "Võ Văn Tần"]
VN_WARDS = ["Bến Nghé", "Tân Phong", "Dịch Vọng", "Thạch Thang", "Điện Biên", "Phú Mỹ"]
COUNTRY_WEIGHTS = ["US"] * 10 + ["TR"] * 6 + ["VN"] * 5 + ["XX"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def country(f: Fake) -> str:
    return f.pick(COUNTRY_WEIGHTS)


def first_last(f: Fake, cc: str | None = None) -> tuple[str, str]:
    cc = cc or country(f)
    if cc == "US":
        return f.pick(US_FIRST), f.pick(US_LAST)
    if cc == "TR":
        return f.pick(TR_FIRST), f.pick(TR_LAST)
    if cc == "VN":
        return f"{f.pick(VN_MIDDLE)} {f.pick(VN_GIVEN)}", f.pick(VN_FAMILY)
    return f.pick(OTHER_NAMES)


def given(f: Fake, cc: str | None = None) -> str:
    first, _ = first_last(f, cc)
    return first.split()[-1]


def family(f: Fake, cc: str | None = None) -> str:
    return first_last(f, cc)[1]


def full_name(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    first, last = first_last(f, cc)
    return f"{last} {first}" if cc == "VN" else f"{first} {last}"


def email(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    first, last = first_last(f, cc)
    first = ascii_fold(first.split()[-1]).lower().replace("-", "")
    last = ascii_fold(last).lower().replace("'", "").replace("-", "")
    local = f.pick(
        [
            f"{first}.{last}",
            f"{first}{last}{f.r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{last}.{first}{f.r.randint(80, 2005)}",
        ]
    )
    return f"{local}@{f.pick(MAIL_DOMAINS[cc])}"


def phone(f: Fake, cc: str | None = None) -> str:
    cc = cc or country(f)
    r = f.r
    if cc == "TR":
        op = f"5{r.choice('0345')}{r.randint(0, 9)}"
        a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)
        return f.pick(
            [f"+90 {op} {a} {b} {c}", f"0{op} {a} {b} {c}", f"+90{op}{a}{b}{c}", f"0 ({op}) {a} {b}{c}"]
        )
    if cc == "VN":
        pre = f.pick(["90", "91", "93", "96", "97", "98", "32", "35", "70", "77", "86", "88"])
        a, b = r.randint(100, 999), r.randint(1000, 9999)
        return f.pick([f"+84 {pre} {a} {b}", f"0{pre}{a}{b}", f"0{pre} {a} {b}", f"+84{pre}{a}{b}"])
    if cc == "XX":
        return f.pick(
            [
                f"+234 80{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
                f"+55 11 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            ]
        )
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


def e164(number: str) -> str:
    digits = "".join(c for c in number if c.isdigit())
    if number.startswith("+"):
        return "+" + digits
    if (
        digits.startswith("09")
        or digits.startswith("03")
        or digits.startswith("07")
        or digits.startswith("08")
    ):
        return "+84" + digits[1:]
    if digits.startswith("05"):
        return "+90" + digits[1:]
    return "+1" + digits


def street(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["US", "US", "TR", "VN"])
    r = f.r
    if cc == "TR":
        return f"{f.pick(TR_MAH)} Mah. {f.pick(TR_SOK)} No:{r.randint(1, 240)} D:{r.randint(1, 24)}"
    if cc == "VN":
        return f"{r.randint(1, 420)} {f.pick(VN_STREETS)}, Phường {f.pick(VN_WARDS)}"
    return f"{r.randint(10, 9899)} {f.pick(US_STREETS)}" + f.pick(
        ["", "", f" Apt {r.randint(1, 40)}{f.pick('ABCD')}"]
    )


def city(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["US", "TR", "VN"])
    return {"US": US_CITIES, "TR": TR_ILCE, "VN": VN_DISTRICTS}.get(cc, US_CITIES)[f.r.randrange(6)]


def postcode(f: Fake, cc: str | None = None) -> str:
    cc = cc or f.pick(["US", "US", "TR", "VN"])
    if cc == "TR":
        return f"{f.r.randint(1, 81):02d}{f.r.randint(0, 9)}{f.r.randint(0, 9)}0"
    if cc == "VN":
        return f"{f.r.choice(['10', '70', '55', '18'])}{f.r.randint(0, 9)}{f.r.randint(0, 9)}00"
    return f"{f.r.randint(10001, 99950):05d}" + f.pick(["", "", f"-{f.r.randint(1000, 9999)}"])


def full_address(f: Fake) -> str:
    cc = f.pick(["US", "TR", "VN"])
    if cc == "US":
        return f"{street(f, 'US')}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {postcode(f, 'US')}"
    if cc == "TR":
        return f"{street(f, 'TR')} {postcode(f, 'TR')} {f.pick(TR_ILCE)}/{f.pick(TR_IL)}"
    return f"{street(f, 'VN')}, {f.pick(VN_DISTRICTS)}, {f.pick(VN_CITIES)}"


def dob(f: Fake) -> str:
    return f.pick([f.date(1955, 2005), f.date(1955, 2005), f.date(1955, 2005).replace("-", "/")])


def income(f: Fake):
    return f.pick([f.r.randint(18, 400) * 1000, f.r.randint(18, 400) * 1000, f"{f.r.randint(2, 20) * 10}000"])


# -- identifiers with real structure -------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = B58[rem] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(payload: bytes) -> str:
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def rand_bytes(f: Fake, n: int) -> bytes:
    return bytes(f.r.randrange(256) for _ in range(n))


def bech32_address(f: Fake) -> str:
    def polymod(values):
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    prog = rand_bytes(f, 20)
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(expanded + data + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def btc_address(f: Fake) -> str:
    kind = f.pick(["p2pkh", "p2sh", "bech32", "bech32"])
    if kind == "p2pkh":
        return b58check(b"\x00" + rand_bytes(f, 20))
    if kind == "p2sh":
        return b58check(b"\x05" + rand_bytes(f, 20))
    return bech32_address(f)


def eth_address(f: Fake) -> str:
    return "0x" + f.hexid(40)


def tron_address(f: Fake) -> str:
    return b58check(b"\x41" + rand_bytes(f, 20))


def sol_address(f: Fake) -> str:
    return b58(rand_bytes(f, 32))


def wallet_address(f: Fake) -> str:
    return f.pick([btc_address, eth_address, eth_address, tron_address, sol_address])(f)


def tx_hash(f: Fake) -> str:
    return f.pick(["0x" + f.hexid(64), f.hexid(64), "0x" + f.hexid(64)])


CONTRACTS = [
    "0xdAC17F958D2ee523a2206206994597C13D831ec7",
    "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
    "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45",
    "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D",
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
]


def tckn(f: Fake) -> str:
    d = [f.r.randint(1, 9)] + [f.r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, [*d, d10, d11]))


def cccd(f: Fake) -> str:
    province = f.pick(["001", "079", "048", "031", "092", "036"])
    century_sex = f.pick("0123")
    return f"{province}{century_sex}{f.r.randint(0, 99):02d}{f.r.randint(0, 999999):06d}"


def tr_iban(f: Fake) -> str:
    bban = f.pick(["00010", "00062", "00046", "00012", "00064"]) + "0" + f.digits(16)
    numeric = "".join(str(int(c, 36)) for c in bban + "TR00")
    raw = f"TR{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if f.r.random() < 0.5 else raw


def passport_no(f: Fake) -> str:
    return f.pick([f.digits(9), "U" + f.digits(8), "C" + f.digits(7), "P" + f.digits(7), "N" + f.digits(7)])


def id_document_no(f: Fake) -> str:
    return f.pick(
        [
            passport_no(f),
            tckn(f),
            cccd(f),
            "D" + f.digits(7),
            f.pick("ABCF") + f.digits(2) + "Y" + f.digits(5),
        ]
    )


def itin_or_ssn(f: Fake) -> str:
    return f.pick(
        [
            f.ssn(),
            f.ssn(),
            f"9{f.r.randint(0, 99):02d}-{f.pick(['70', '78', '88', '93'])}-{f.r.randint(1, 9999):04d}",
        ]
    )


def alnum(f: Fake, n: int, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(f.r.choice(chars) for _ in range(n))


def stripe_pm(f: Fake) -> str:
    return "pm_" + alnum(f, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def fcm_token(f: Fake) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return f"{alnum(f, 11, chars)}:APA91b{alnum(f, 134, chars)}"


def masked_phone(f: Fake) -> str:
    return f.pick(
        [
            f"+90 5** *** ** {f.r.randint(10, 99)}",
            f"+1 (***) ***-{f.r.randint(1000, 9999)}",
            f"+84 ** *** {f.r.randint(1000, 9999)}",
        ]
    )


SYMBOLS = ["BTC/USDT", "ETH/USDT", "SOL/USDT", "BTC/TRY", "USDT/TRY", "ETH/BTC", "XRP/USDT", "AVAX/USD"]
ASSETS = ["BTC", "ETH", "USDT", "SOL", "TRX", "XRP", "USDC", "AVAX"]
NETWORKS = ["bitcoin", "ethereum", "tron", "solana", "bsc", "arbitrum"]
COINS = ["Bitcoin", "Ethereum", "Tether USD", "Solana", "Avalanche", "XRP", "Chainlink", "Toncoin"]
UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
LOCALES = ["en-US", "tr-TR", "vi-VN", "en-GB", "es-US"]
TIMEZONES = [
    "America/New_York",
    "Europe/Istanbul",
    "Asia/Ho_Chi_Minh",
    "America/Chicago",
    "America/Los_Angeles",
]


# -- contexts of the client libraries -------------------------------------------------------------


def web_ctx(f: Fake):
    page = f.pick(
        ["/", "/markets", "/trade/BTC_USDT", "/wallet/deposit", "/account/security", "/tax-center", "/signup"]
    )
    ctx = {
        "library": {
            "name": C("analytics.js"),
            "version": P("npm:next-1.70.0", "next-1.72.1", "npm:next-1.66.0"),
        },
        "page": {
            "path": C(page),
            "referrer": P(
                "https://www.google.com/", "", "https://twitter.com/", "https://coinmarketcap.com/"
            ),
            "search": P("", "", "?ref=nav", "?utm_source=newsletter&utm_medium=email", "?lang=tr"),
            "title": P(
                "Kestrel | Buy Bitcoin & Crypto",
                "Markets | Kestrel",
                "Trade BTC/USDT | Kestrel",
                "Security | Kestrel",
            ),
            "url": C("https://www.kestrel.exchange" + page),
        },
        "userAgent": G(lambda f: f.pick(UAS)),
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip"),
    }
    if f.r.random() < 0.5:
        ctx["userAgentData"] = {
            "brands": Many(
                {
                    "brand": P("Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"),
                    "version": P("124", "123", "99"),
                },
                3,
            ),
            "mobile": P(False, True),
            "platform": P("macOS", "Windows", "Android", "Linux"),
        }
    if f.r.random() < 0.35:
        ctx["campaign"] = {
            "name": P("spring_btc_promo", "tr_ramazan_bonus", "vn_tet_2024", "brand_search"),
            "source": P("google", "facebook", "newsletter", "twitter"),
            "medium": P("cpc", "email", "social", "paid_social"),
            "term": P("buy bitcoin", "kripto borsası", "sàn giao dịch", "usdt to try"),
            "content": P("hero_a", "carousel_2", "textlink", "video_15s"),
        }
    return ctx


def ios_ctx(f: Fake):
    ctx = {
        "app": {
            "name": C("Kestrel"),
            "version": P("6.4.0", "6.4.2", "6.5.0"),
            "build": P("6400", "6421", "6503"),
            "namespace": C("exchange.kestrel.ios"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": C("Apple"),
            "model": P("iPhone15,2", "iPhone16,1", "iPhone14,5", "iPhone12,1"),
            "name": C("iPhone"),
            "type": C("ios"),
            "adTrackingEnabled": P(True, False, False),
        },
        "library": {"name": C("analytics-swift"), "version": P("1.5.11", "1.6.0", "1.5.9")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "os": {"name": C("iOS"), "version": P("17.4.1", "17.5", "16.7.8")},
        "screen": {"width": P(390, 393, 430), "height": P(844, 852, 932)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.3:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid().upper(), "advertising id")
    if f.r.random() < 0.4:
        ctx["device"]["token"] = RED(lambda f: f.hexid(64), "token")
    return ctx


def android_ctx(f: Fake):
    ctx = {
        "app": {
            "name": C("Kestrel"),
            "version": P("6.4.0", "6.4.1", "6.5.0"),
            "build": P("640012", "641007", "650003"),
            "namespace": C("exchange.kestrel.android"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": P("samsung", "Xiaomi", "Google", "OPPO"),
            "model": P("SM-A546E", "2201117TG", "Pixel 8", "CPH2591"),
            "name": P("a54x", "spes", "shiba", "OP5A0BL1"),
            "type": C("android"),
            "adTrackingEnabled": P(True, True, False),
        },
        "library": {"name": C("analytics-kotlin"), "version": P("1.15.0", "1.16.3", "1.14.2")},
        "locale": G(lambda f: f.pick(LOCALES)),
        "network": {
            "wifi": P(True, False),
            "cellular": P(True, False),
            "bluetooth": C(False),
            "carrier": P("Turkcell", "Viettel", "T-Mobile", "Vodafone TR", "Mobifone"),
        },
        "os": {"name": C("Android"), "version": P("14", "13", "12")},
        "screen": {"density": P(2.625, 3.0, 2.75), "width": P(1080, 1440), "height": P(2340, 2400, 3120)},
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "userAgent": P(
            "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)",
            "Dalvik/2.1.0 (Linux; U; Android 13; 2201117TG Build/TKQ1.221114.001)",
            "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
        ),
        "instanceId": G(lambda f: f.uuid()),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["device"]["advertisingId"] = Y(lambda f: f.uuid(), "advertising id")
    if f.r.random() < 0.25:
        ctx["location"] = {
            "latitude": Y(lambda f: round(f.r.uniform(10.0, 41.5), 6), "geolocation"),
            "longitude": Y(lambda f: round(f.r.uniform(-122.5, 109.0), 6), "geolocation"),
            "speed": P(0.0, 0.0, 1.2),
        }
    return ctx


def rn_ctx(f: Fake):
    ctx = {
        "app": {
            "name": C("Kestrel Wallet"),
            "version": P("2.8.0", "2.9.1", "2.9.3"),
            "build": P("280", "291", "293"),
            "namespace": C("exchange.kestrel.wallet"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("Apple", "samsung", "Xiaomi"),
            "model": P("iPhone14,7", "SM-S918B", "23049PCD8G"),
            "type": P("ios", "android"),
        },
        "library": {"name": C("analytics-react-native"), "version": P("2.19.1", "2.19.2", "2.18.0")},
        "os": {"name": P("iOS", "Android"), "version": P("17.4", "14", "13")},
        "screen": {"width": P(390, 412, 428), "height": P(844, 915, 926)},
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
        "locale": G(lambda f: f.pick(LOCALES)),
        "timezone": G(lambda f: f.pick(TIMEZONES)),
        "ip": Y(lambda f: f.ipv4(), "ip"),
    }
    if f.r.random() < 0.6:
        ctx["traits"] = {
            "email": Y(email, "email"),
            "firstName": Y(given, "name"),
            "lastName": Y(family, "name"),
        }
    return ctx


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": C("Kestrel Lite"),
            "version": P("1.3.0", "1.3.2", "1.4.0"),
            "build": P("130", "132", "140"),
            "namespace": C("exchange.kestrel.lite"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": P("samsung", "Xiaomi", "vivo", "Apple"),
            "model": P("SM-A155F", "Redmi Note 13", "V2250", "iPhone13,2"),
            "type": P("android", "ios"),
        },
        "library": {"name": C("analytics_flutter"), "version": P("1.1.0", "1.1.3", "1.0.7")},
        "os": {"name": P("Android", "iOS"), "version": P("14", "13", "17.3")},
        "screen": {"width": P(720, 1080, 390), "height": P(1600, 2400, 844), "density": P(2.0, 2.75, 3.0)},
        "locale": P("vi-VN", "tr-TR", "en-US"),
        "timezone": P("Asia/Ho_Chi_Minh", "Europe/Istanbul", "America/New_York"),
        "network": {"wifi": P(True, False), "cellular": P(True, False)},
    }


SERVER_LIBS = {
    "python": ("analytics-python", ["2.3.2", "2.3.3", "2.2.3"]),
    "node": ("@segment/analytics-node", ["2.1.0", "2.1.2", "1.3.0"]),
    "go": ("analytics-go", ["3.3.0", "3.2.2", "3.1.0"]),
    "java": ("analytics-java", ["3.5.1", "3.5.0", "3.4.0"]),
    "ruby": ("analytics-ruby", ["2.4.1", "2.4.0", "2.5.0"]),
    "php": ("analytics-php", ["3.7.0", "3.8.0", "3.6.1"]),
    "dotnet": ("Analytics.NET", ["3.8.1", "3.8.0", "3.7.1"]),
}


def server_ctx(f: Fake, lib: str):
    name, versions = SERVER_LIBS[lib]
    ctx: dict = {"library": {"name": C(name), "version": P(*versions)}}
    roll = f.r.random()
    if roll < 0.35:
        ctx["ip"] = Y(lambda f: f.pick([f.ipv4(), f.ipv4(), f.ipv6()]), "ip")
        ctx["userAgent"] = G(lambda f: f.pick(UAS))
    if lib in ("node", "python", "ruby") and f.r.random() < 0.4:
        ctx["traits"] = {"email": Y(email, "email"), "phone": Y(phone, "phone")}
    if lib in ("node", "go") and f.r.random() < 0.3:
        ctx["externalIds"] = Many(
            {
                "id": Y(email, "email", True),
                "type": C("email"),
                "collection": C("users"),
                "encoding": C("none"),
            },
            1,
        )
    if lib in ("java", "dotnet") and f.r.random() < 0.3:
        ctx["groupId"] = G(lambda f: "org_" + f.digits(6))
    return ctx


CONTEXTS = {"web": web_ctx, "ios": ios_ctx, "android": android_ctx, "rn": rn_ctx, "flutter": flutter_ctx}
MOBILE = ["ios", "android", "rn", "flutter"]
APP = ["ios", "android"]
ALL_CLIENTS = ["web", "web", "ios", "android", "rn", "flutter"]


def context_for(f: Fake, client: str):
    return CONTEXTS[client](f) if client in CONTEXTS else server_ctx(f, client)


# -- messages ------------------------------------------------------------------------------------

ANTI_PHISHING = [
    "Kedi2023",
    "mango-sunset",
    "blue falcon 7",
    "AnhYeuEm99",
    "Pistachio!",
    "karadeniz61",
    "TacoTuesday",
]
WITHDRAW_NOTES = [
    "cold storage",
    "DCA weekly",
    "rebalance",
    "move to Ledger",
    "soğuk cüzdan",
    "chuyển ví lạnh",
    "",
]
CHAT_TEXTS = [
    "How long does a BTC withdrawal usually take?",
    "Para yatırdım ama bakiyeme yansımadı",
    "Tại sao lệnh rút USDT của tôi đang chờ?",
    "Is there a fee for ACH deposits?",
    "Can I change my 2FA device?",
    "Vergi raporunu nereden indirebilirim?",
]
TICKET_SUBJECTS = [
    "Withdrawal pending",
    "Deposit not credited",
    "Wrong network used",
    "Çekim işlemi beklemede",
    "Nạp tiền chưa về",
]


def ticket_description(f: Fake) -> str:
    addr = wallet_address(f)
    return f.pick(
        [
            f"I sent USDT to {addr} three hours ago and it still shows pending.",
            f"Withdrawal to {addr} is stuck, please check.",
            f"{addr} adresine gönderdiğim çekim hâlâ beklemede.",
            f"Tôi đã rút về ví {addr} nhưng chưa nhận được.",
            f"Deposit from {addr} not credited, tx was confirmed on chain",
        ]
    )


def gift_message(f: Fake) -> str:
    return f.pick(
        [
            f"Happy birthday {given(f, 'US')}! 🎂",
            f"Doğum günün kutlu olsun {given(f, 'TR')}!",
            f"Chúc mừng năm mới {given(f, 'VN')}! 🧧",
            f"Congrats on the new job, {given(f, 'US')}",
            f"İyi ki varsın {given(f, 'TR')} ❤️",
        ]
    )


def otp_body(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Kestrel verification code is {code}. Don't share it with anyone.",
            f"Kestrel doğrulama kodunuz: {code}. Bu kodu kimseyle paylaşmayın.",
            f"Ma xac thuc Kestrel cua ban la {code}. Khong chia se ma nay.",
            f"{code} is your Kestrel login code",
        ]
    )


def ivms_person():
    return {
        "naturalPerson": {
            "name": {
                "nameIdentifier": Many(
                    {
                        "primaryIdentifier": Y(family, "name"),
                        "secondaryIdentifier": Y(lambda f: first_last(f)[0], "name"),
                        "nameIdentifierType": C("LEGL"),
                    },
                    1,
                )
            },
            "geographicAddress": Many(
                {
                    "addressType": P("HOME", "GEOG", "HOME"),
                    "streetName": Y(lambda f: street(f).split(" No:")[0], "street|address"),
                    "buildingNumber": Y(lambda f: str(f.r.randint(1, 420)), "address|street"),
                    "townName": Y(city, "city"),
                    "postCode": Y(postcode, "zipcode"),
                    "country": P("US", "TR", "VN"),
                },
                1,
            ),
            "nationalIdentification": {
                "nationalIdentifier": RED(id_document_no, "national id|passport"),
                "nationalIdentifierType": P("CCPT", "RAID", "DRLC", "TXID"),
                "countryOfIssue": P("US", "TR", "VN"),
            },
            "dateAndPlaceOfBirth": {
                "dateOfBirth": Y(lambda f: f.date(1950, 2004), "birthdate"),
                "placeOfBirth": Y(city, "city"),
            },
            "customerIdentification": G(lambda f: "KST" + f.digits(8)),
            "countryOfResidence": P("US", "TR", "VN"),
        }
    }


def product():
    return {
        "product_id": P("BTC", "ETH", "SOL", "USDT", "AVAX"),
        "sku": P("BTC-USD", "ETH-USD", "SOL-USD", "USDT-TRY", "AVAX-USD"),
        "name": G(lambda f: f.pick(COINS)),
        "category": P("crypto", "stablecoin", "layer-1"),
        "price": G(lambda f: f.money(0.5, 70000)),
        "quantity": G(lambda f: round(f.r.uniform(0.0001, 50), 6)),
    }


# (kind, event or page/screen name, clients, body)
EVENTS = [
    # -- identity: identify / group / alias -------------------------------------------------------
    (
        "identify",
        None,
        ALL_CLIENTS,
        {
            "email": Y(email, "email"),
            "firstName": Y(lambda f: first_last(f)[0], "name"),
            "lastName": Y(family, "name"),
            "phone": Y(phone, "phone"),
            "username": Y(
                lambda f: ascii_fold(given(f)).lower() + f.pick(["_trades", ".eth", "", "99", "hodl"]), "name"
            ),
            "createdAt": G(lambda f: f.iso()),
            "country": P("US", "TR", "VN", "NG"),
            "kycLevel": P(0, 1, 2, 3),
            "accountType": P("retail", "retail", "institutional"),
            "emailVerified": P(True, False),
            "phoneVerified": P(True, False),
            "twoFactorEnabled": P(True, False),
            "preferredCurrency": P("USD", "TRY", "VND", "USDT"),
            "referralCode": G(lambda f: "KST" + alnum(f, 6)),
            "marketingOptIn": P(True, False),
        },
    ),
    (
        "identify",
        None,
        ["node", "python"],
        {
            "email": Y(email, "email"),
            "firstName": Y(lambda f: first_last(f)[0], "name"),
            "lastName": Y(family, "name"),
            "birthday": Y(dob, "birthdate"),
            "age": G(lambda f: f.r.randint(18, 74)),
            "address": {
                "street": Y(street, "street|address"),
                "city": Y(city, "city"),
                "state": P("TX", "NY", "CA", "FL"),
                "postalCode": Y(postcode, "zipcode"),
                "country": P("US", "TR", "VN"),
            },
            "nationality": Y(
                lambda f: f.pick(["American", "Turkish", "Vietnamese", "Nigerian", "Brazilian"]),
                "citizenship",
            ),
            "kycStatus": P("approved", "pending", "rejected"),
            "kycApprovedAt": G(lambda f: f.iso()),
            "riskLevel": P("low", "medium", "high"),
            "maritalStatus": P("single", "married", "divorced"),
            "occupation": P("Software Engineer", "Nurse", "Student", "Business Owner", "Retired"),
        },
    ),
    (
        "identify",
        None,
        ["java"],
        {
            "ad": Y(lambda f: first_last(f, "TR")[0], "name"),
            "soyad": Y(lambda f: family(f, "TR"), "name"),
            "eposta": Y(lambda f: email(f, "TR"), "email"),
            "cep_telefonu": Y(lambda f: phone(f, "TR"), "phone"),
            "dogum_tarihi": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1955, 2005)}",
                "birthdate",
            ),
            "tc_kimlik_no": RED(tckn, "national id"),
            "il": G(lambda f: f.pick(TR_IL)),
            "ilce": Y(lambda f: f.pick(TR_ILCE), "city"),
            "acik_adres": Y(lambda f: street(f, "TR"), "address"),
            "posta_kodu": Y(lambda f: postcode(f, "TR"), "zipcode"),
            "uyruk": Y(lambda f: f.pick(["T.C.", "Türkiye", "Azerbaycan", "Suriye"]), "citizenship"),
            "meslek": P("Mühendis", "Öğretmen", "Serbest Meslek", "Öğrenci", "Emekli"),
            "aylik_gelir": Y(
                lambda f: f.pick(["0-17.002 TL", "17.002-35.000 TL", "35.000-75.000 TL", "75.000+ TL"]),
                "salary",
            ),
            "hesap_turu": P("bireysel", "kurumsal"),
            "musteri_no": G(lambda f: f.digits(9)),
            "kayit_tarihi": G(lambda f: f.iso()),
            "kvkk_onay": P(True, False),
            "islami_hesap": Y(lambda f: f.pick([True, False, False]), "religion"),
        },
    ),
    (
        "identify",
        None,
        ["go"],
        {
            "ho_ten": Y(lambda f: full_name(f, "VN"), "name"),
            "so_dien_thoai": Y(lambda f: phone(f, "VN"), "phone"),
            "email": Y(lambda f: email(f, "VN"), "email"),
            "ngay_sinh": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2005)}",
                "birthdate",
            ),
            "gioi_tinh": Y(lambda f: f.pick(["Nam", "Nữ", "Khác"]), "gender"),
            "so_cccd": RED(cccd, "national id"),
            "ngay_cap_cccd": G(lambda f: f.date(2016, 2024)),
            "noi_cap": P("Cục Cảnh sát QLHC về TTXH", "Bộ Công an", "Công an TP. Hà Nội"),
            "dia_chi": Y(lambda f: street(f, "VN"), "address"),
            "quan_huyen": Y(lambda f: f.pick(VN_DISTRICTS), "city"),
            "tinh_thanh_pho": G(lambda f: f.pick(VN_CITIES)),
            "quoc_tich": Y(
                lambda f: f.pick(["Việt Nam", "Việt Nam", "Hàn Quốc", "Trung Quốc"]), "citizenship"
            ),
            "nghe_nghiep": P("Kỹ sư", "Kinh doanh", "Sinh viên", "Giáo viên"),
            "ma_khach_hang": G(lambda f: "VN" + f.digits(8)),
            "cap_do_xac_minh": P(1, 2, 3),
            "ngay_dang_ky": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "EMAIL": Y(email, "email"),
            "FIRST_NAME": Y(lambda f: first_last(f)[0], "name"),
            "LAST_NAME": Y(family, "name"),
            "PHONE_NUMBER": Y(phone, "phone"),
            "DATE_OF_BIRTH": Y(lambda f: f.date(1955, 2005), "birthdate"),
            "COUNTRY_CODE": P("US", "TR", "VN"),
            "KYC_LEVEL": P(1, 2, 3),
            "LTV_USD": G(lambda f: f.money(0, 25000)),
            "TOTAL_DEPOSITS_USD": G(lambda f: f.money(0, 90000)),
            "LAST_TRADE_AT": G(lambda f: f.iso()),
            "IS_WHALE": P(True, False, False),
            "CHURN_SCORE": G(lambda f: round(f.r.random(), 3)),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Email": Y(email, "email"),
            "FullName": Y(full_name, "name"),
            "MobilePhone": Y(phone, "phone"),
            "DateOfBirth": Y(lambda f: f.date(1955, 2005) + "T00:00:00", "birthdate"),
            "RiskRating": P("Low", "Medium", "High"),
            "PepStatus": P("None", "None", "Domestic", "Foreign"),
            "SanctionsScreened": P(True, True, False),
            "OnboardingChannel": P("Web", "iOS", "Android", "Referral"),
            "AccountManager": Y(full_name, "name"),
            "CreatedUtc": G(lambda f: f.iso()),
        },
    ),
    (
        "group",
        None,
        ["web", "node"],
        {
            "name": P(
                "Bosphorus Capital A.Ş.",
                "Mekong Digital Assets JSC",
                "Hudson Ridge Partners LLC",
                "Anatolia Family Office",
            ),
            "legalName": P(
                "Bosphorus Capital Yatırım A.Ş.", "Công ty CP Tài sản số Mekong", "Hudson Ridge Partners, LLC"
            ),
            "lei": G(lambda f: f.digits(4) + "00" + alnum(f, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
            "ein": G(lambda f: f"{f.r.randint(10, 98)}-{f.digits(7)}"),
            "industry": P("Asset Management", "Proprietary Trading", "Family Office", "Payments"),
            "employees": G(lambda f: f.r.randint(3, 400)),
            "plan": P("institutional", "prime", "otc"),
            "website": P(
                "https://bosphoruscap.com.tr", "https://mekongdigital.vn", "https://hudsonridge.com"
            ),
            "mainPhone": P("+90 212 555 01 00", "+84 28 3822 0100", "+1 212-555-0147"),
            "billingEmail": P(
                "finance@bosphoruscap.com.tr", "ketoan@mekongdigital.vn", "ops@hudsonridge.com"
            ),
            "registeredAddress": {
                "street": P("Büyükdere Cad. No:185", "2 Hải Triều, Bến Nghé", "1 Liberty Plaza, Floor 23"),
                "city": P("İstanbul", "TP. Hồ Chí Minh", "New York"),
                "postalCode": P("34394", "700000", "10006"),
                "country": P("TR", "VN", "US"),
            },
            "accountManager": {
                "name": Y(full_name, "name"),
                "email": Y(lambda f: ascii_fold(given(f)).lower() + "@kestrel.exchange", "email"),
            },
            "authorizedTraders": Many(
                {
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "role": P("trader", "approver", "viewer"),
                },
                3,
            ),
            "createdAt": G(lambda f: f.iso()),
        },
    ),
    ("alias", None, ["web", "ios", "android"], None),
    # -- pages and screens ------------------------------------------------------------------------
    (
        "page",
        "Markets",
        ["web"],
        {
            "path": P("/markets", "/markets/spot", "/markets/futures"),
            "url": P(
                "https://www.kestrel.exchange/markets",
                "https://www.kestrel.exchange/markets/spot",
                "https://www.kestrel.exchange/tr/markets",
            ),
            "title": P("Markets | Kestrel", "Piyasalar | Kestrel", "Thị trường | Kestrel"),
            "referrer": P("", "https://www.google.com/", "https://www.kestrel.exchange/"),
            "search": P("", "?sort=volume", "?quote=TRY"),
            "name": C("Markets"),
        },
    ),
    (
        "page",
        "Fees",
        ["web"],
        {
            "path": C("/fees"),
            "url": P(
                "https://www.kestrel.exchange/fees",
                "https://www.kestrel.exchange/vi/fees",
                "https://www.kestrel.exchange/fees?tier=vip",
            ),
            "title": C("Fees | Kestrel"),
            "referrer": P("", "https://www.bing.com/", "https://www.reddit.com/"),
            "search": P("", "?tier=vip", "?lang=vi"),
            "name": C("Fees"),
        },
    ),
    (
        "screen",
        "Asset Detail",
        MOBILE,
        {
            "asset": G(lambda f: f.pick(ASSETS)),
            "tab": P("chart", "about", "orders"),
            "source": P("home", "search", "watchlist", "push"),
        },
    ),
    (
        "screen",
        "Withdraw",
        MOBILE,
        {
            "asset": G(lambda f: f.pick(ASSETS)),
            "network": G(lambda f: f.pick(NETWORKS)),
            "source": P("wallet", "asset_detail", "deeplink"),
        },
    ),
    # -- app lifecycle ----------------------------------------------------------------------------
    (
        "track",
        "Application Opened",
        APP,
        {
            "from_background": P(True, False),
            "version": P("6.4.0", "6.4.2", "6.5.0"),
            "build": P("6400", "6421", "6503"),
            "url": P(None, "kestrel://trade/BTC_USDT", "kestrel://deposit?asset=USDT"),
            "referring_application": P(None, "com.google.android.gm", "com.apple.mobilesafari"),
            "voice_over_running": RED(lambda f: f.pick([False, False, False, True]), "disability"),
            "dark_mode": P(True, False),
        },
    ),
    (
        "track",
        "Install Attributed",
        APP,
        {
            "provider": C("AppsFlyer"),
            "media_source": P("googleadwords_int", "Facebook Ads", "tiktokglobal_int", "organic"),
            "campaign": P("TR_Install_Android_Q2", "VN_Tet_iOS", "US_BTC_Halving", "None"),
            "af_status": P("Non-organic", "Organic"),
            "appsflyer_id": G(lambda f: f"{f.epoch_ms()}-{f.digits(19)}"),
            "idfv": G(lambda f: f.uuid().upper()),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
        },
    ),
    (
        "track",
        "Sign Up Started",
        ["web"],
        {
            "method": P("email", "google", "apple", "phone"),
            "referral_code": G(lambda f: f.pick(["", "KST" + alnum(f, 6)])),
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + alnum(f, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                    + "_BwE"
                ),
                "advertising id",
            ),
            "fbclid": Y(
                lambda f: (
                    "IwAR" + alnum(f, 56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                ),
                "advertising id",
            ),
            "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.r.randint(10**9, 2 * 10**9)}", "advertising id"),
            "landing_page": P("/", "/tr/bitcoin-al", "/vi/mua-bitcoin", "/promo/halving"),
        },
    ),
    # -- sign-up, verification, KYC -------------------------------------------------------------------
    (
        "track",
        "Signed Up",
        ["node", "web"],
        {
            "email": Y(email, "email"),
            "signup_method": P("email", "google", "apple", "phone"),
            "country": P("US", "TR", "VN"),
            "is_institutional": P(False, False, True),
            "marketing_consent": P(True, False),
        },
    ),
    (
        "track",
        "Verification Code Sent",
        ["node"],
        {
            "channel": P("sms", "email", "whatsapp"),
            "destination_masked": G(masked_phone),
            "code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "expires_in": P(300, 600, 900),
        },
    ),
    (
        "track",
        "Phone Number Verified",
        APP,
        {
            "phone_number": Y(phone, "phone"),
            "country_calling_code": P("+1", "+90", "+84"),
            "otp_channel": P("sms", "whatsapp", "voice"),
            "attempts": P(1, 2, 3, 4),
        },
    ),
    (
        "track",
        "Email Verification Sent",
        ["python"],
        {
            "email": Y(email, "email"),
            "verification_link": RED(
                lambda f: "https://www.kestrel.exchange/verify-email?token=" + f.hexid(40), "token"
            ),
            "message_id": G(lambda f: f"<{f.uuid()}@mail.kestrel.exchange>"),
            "reply_to": C("no-reply@kestrel.exchange"),
            "template_id": P("d-4f1a7c2e9b", "d-88e0c1aa21", "d-0b9c3e7f55"),
        },
    ),
    (
        "track",
        "KYC Started",
        [*MOBILE, "web"],
        {
            "level": P("basic", "intermediate", "advanced"),
            "provider": P("sumsub", "onfido", "veriff"),
            "country": P("US", "TR", "VN"),
        },
    ),
    (
        "track",
        "Identity Document Uploaded",
        [*APP, "flutter"],
        {
            "document_type": P("passport", "id_card", "drivers_license"),
            "issuing_country": P("US", "TR", "VN", "NG"),
            "document_number": RED(id_document_no, "passport|national id"),
            "expiry_date": G(lambda f: f.date(2025, 2034)),
            "side": P("front", "back"),
            "front_image_url": Y(
                lambda f: f"https://kyc-uploads.kestrel.exchange/{f.uuid()}/front.jpg", "photo"
            ),
            "selfie_url": Y(lambda f: f"https://kyc-uploads.kestrel.exchange/{f.uuid()}/selfie.jpg", "photo"),
            "nfc_chip_read": P(True, False),
        },
    ),
    (
        "track",
        "KYC Details Submitted",
        ["web", "ios"],
        {
            "legal_first_name": Y(lambda f: first_last(f, "US")[0], "name"),
            "legal_last_name": Y(lambda f: family(f, "US"), "name"),
            "date_of_birth": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "ssn": RED(lambda f: f.pick([f.ssn(), f.ssn().replace("-", "")]), "social security number"),
            "ssn_last4": RED(lambda f: f"{f.r.randint(1, 9999):04d}", "social security number"),
            "residential_address": Y(lambda f: full_address(f), "address"),
            "employment_status": P("employed", "self_employed", "student", "retired", "unemployed"),
            "occupation": P("Software Engineer", "Nurse", "Truck Driver", "Teacher", "Business Owner"),
            "employer": P("Walmart", "Kaiser Permanente", "Self", "Amazon", "City of Houston"),
            "annual_income": Y(income, "salary"),
            "source_of_funds": P("salary", "savings", "investments", "inheritance", "business_income"),
            "politically_exposed": P(False, False, True),
        },
    ),
    (
        "track",
        "KYC Review Completed",
        ["python"],
        {
            "applicantId": G(lambda f: f.hexid(24)),
            "externalUserId": G(lambda f: "usr_" + f.hexid(12)),
            "type": C("applicantReviewed"),
            "reviewStatus": C("completed"),
            "reviewResult": {
                "reviewAnswer": P("GREEN", "GREEN", "RED"),
                "rejectLabels": Many(
                    P("DOCUMENT_EXPIRED", "SELFIE_MISMATCH", "BAD_PROOF_OF_ADDRESS", "UNSATISFACTORY_PHOTOS"),
                    2,
                ),
                "reviewRejectType": P("RETRY", "FINAL", None),
                "moderationComment": P(
                    "", "The document is expired.", "Face does not match the document.", "Photo is blurry."
                ),
            },
            "info": {
                "firstName": Y(lambda f: first_last(f)[0], "name"),
                "lastName": Y(family, "name"),
                "dob": Y(lambda f: f.date(1950, 2005), "birthdate"),
                "country": P("USA", "TUR", "VNM"),
                "idDocs": Many(
                    {
                        "idDocType": P("PASSPORT", "ID_CARD", "DRIVERS"),
                        "country": P("USA", "TUR", "VNM"),
                        "number": RED(id_document_no, "passport|national id"),
                        "validUntil": G(lambda f: f.date(2025, 2034)),
                    },
                    2,
                ),
            },
        },
    ),
    (
        "track",
        "KYC Rejected",
        ["node"],
        {
            "reasons": Many(P("document_expired", "selfie_mismatch", "underage", "unsupported_country"), 2),
            "reviewer_email": Y(
                lambda f: (
                    ascii_fold(given(f)).lower()
                    + "."
                    + ascii_fold(family(f)).lower().replace("'", "")
                    + "@kestrel.exchange"
                ),
                "email",
            ),
            "can_resubmit": P(True, False),
            "retry_after_days": P(0, 1, 7, 30),
        },
    ),
    (
        "track",
        "Kimlik Dogrulama Tamamlandi",
        ["java"],
        {
            "kullanici_id": G(lambda f: f.digits(9)),
            "tc_kimlik_no": RED(tckn, "national id"),
            "ad_soyad": Y(lambda f: full_name(f, "TR"), "name"),
            "dogum_yili": Y(lambda f: f.r.randint(1950, 2006), "birthdate"),
            "anne_adi": Y(lambda f: f.pick(["Fatma", "Emine", "Hatice", "Zeynep", "Ayşe", "Meryem"]), "name"),
            "baba_adi": Y(lambda f: f.pick(["Mehmet", "Ali", "Hasan", "İbrahim", "Ahmet", "Osman"]), "name"),
            "kimlik_seri_no": RED(
                lambda f: f.pick("ABCF") + f.digits(2) + f.pick("YZ") + f.digits(5), "national id"
            ),
            "dogrulama_yontemi": P("nvi", "e-devlet", "nfc"),
            "basarili": P(True, True, False),
        },
    ),
    (
        "track",
        "Xac Minh Danh Tinh",
        ["go"],
        {
            "ma_nguoi_dung": G(lambda f: f.digits(8)),
            "ho_ten": Y(lambda f: full_name(f, "VN"), "name"),
            "so_cccd": RED(cccd, "national id"),
            "ngay_sinh": Y(
                lambda f: f"{f.r.randint(1, 28):02d}/{f.r.randint(1, 12):02d}/{f.r.randint(1960, 2005)}",
                "birthdate",
            ),
            "que_quan": Y(
                lambda f: f.pick(["Nam Định", "Thái Bình", "Nghệ An", "Quảng Nam", "Bến Tre", "Thanh Hóa"]),
                "city",
            ),
            "noi_thuong_tru": Y(
                lambda f: f"{street(f, 'VN')}, {f.pick(VN_DISTRICTS)}, {f.pick(VN_CITIES)}", "address"
            ),
            "phuong_thuc": P("nfc_chip", "ocr", "vneid"),
            "diem_khuon_mat": G(lambda f: round(f.r.uniform(0.5, 0.99), 3)),
            "ket_qua": P("thanh_cong", "that_bai", "cho_duyet"),
        },
    ),
    # -- fiat rails ---------------------------------------------------------------------------------
    (
        "track",
        "Bank Account Linked",
        ["web", "ios"],
        {
            "public_token": RED(lambda f: "public-production-" + f.uuid(), "token"),
            "link_session_id": G(lambda f: f.uuid()),
            "institution": {
                "name": P("Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union"),
                "institution_id": P("ins_56", "ins_127989", "ins_127991", "ins_116944"),
            },
            "accounts": Many(
                {
                    "id": G(
                        lambda f: alnum(
                            f, 37, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                        )
                    ),
                    "name": P("Plaid Checking", "TOTAL CHECKING", "Everyday Checking", "Savings"),
                    "mask": G(lambda f: f.digits(4)),
                    "subtype": P("checking", "savings"),
                },
                2,
            ),
        },
    ),
    (
        "track",
        "Bank Account Verified",
        ["python"],
        {
            "routing_number": P("021000021", "026009593", "121000248", "256074974"),
            "account_number": RED(lambda f: f.digits(f.pick([9, 10, 12])), "bank account"),
            "account_holder_name": Y(lambda f: full_name(f, "US"), "name"),
            "account_mask": G(lambda f: f.digits(4)),
            "bank_name": P("Chase", "Bank of America", "Wells Fargo", "Navy Federal Credit Union"),
        },
    ),
    (
        "track",
        "Deposit Initiated",
        ["web", "ios", "android"],
        {
            "deposit_id": G(lambda f: f.uuid()),
            "method": P("ach", "wire", "havale", "eft", "fast", "napas_qr"),
            "amount": G(lambda f: f.money(10, 25000)),
            "currency": P("USD", "TRY", "VND"),
            "bank_name": P("Chase", "Ziraat Bankası", "Garanti BBVA", "Vietcombank", "Techcombank"),
            "reference_code": G(lambda f: "KST" + alnum(f, 8)),
            "status": P("pending", "awaiting_transfer", "completed"),
        },
    ),
    (
        "track",
        "Para Yatirma Talebi",
        ["java"],
        {
            "islem_no": G(lambda f: "TRX" + f.digits(10)),
            "tutar": G(lambda f: f.money(100, 250000)),
            "para_birimi": C("TRY"),
            "banka_adi": P("Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank", "Yapı Kredi"),
            "gonderen_iban": RED(tr_iban, "bank account"),
            "gonderen_ad_soyad": Y(lambda f: full_name(f, "TR").upper(), "name"),
            "aciklama": G(lambda f: f.pick(["KST", "Kestrel yatırım", "YATIRIM"]) + " " + f.digits(8)),
            "kanal": P("havale", "eft", "fast"),
            "durum": P("beklemede", "onaylandi", "reddedildi"),
        },
    ),
    (
        "track",
        "Nap Tien",
        ["go"],
        {
            "ma_giao_dich": G(lambda f: "FT" + f.digits(12)),
            "so_tien": G(lambda f: f.r.randint(100, 500000) * 1000),
            "ngan_hang": P("Vietcombank", "Techcombank", "MB Bank", "ACB", "VPBank"),
            "so_tai_khoan": RED(lambda f: f.digits(f.pick([10, 13, 14])), "bank account"),
            "ten_chu_tai_khoan": Y(lambda f: ascii_fold(full_name(f, "VN")).upper(), "name"),
            "noi_dung_chuyen_khoan": G(lambda f: f"KST {f.digits(6)} NAP TIEN"),
            "trang_thai": P("cho_xu_ly", "thanh_cong", "that_bai"),
        },
    ),
    (
        "track",
        "Fiat Withdrawal Requested",
        ["web", "android"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "amount": G(lambda f: f.money(10, 25000)),
            "currency": P("TRY", "USD", "VND"),
            "iban": RED(tr_iban, "bank account"),
            "account_holder": Y(full_name, "name"),
            "swift_bic": P("TCZBTR2AXXX", "TGBATRISXXX", "ISBKTRISXXX", "AKBKTRIS"),
            "bank_country": P("TR", "TR", "US"),
            "fee": G(lambda f: f.money(0, 15)),
        },
    ),
    # -- card purchases (e-commerce spec) ---------------------------------------------------------
    (
        "track",
        "Checkout Started",
        ["web", "ios"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "value": G(lambda f: f.money(20, 5000)),
            "currency": P("USD", "TRY", "VND"),
            "products": Many(product(), 1),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web", "ios", "android"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "step": P(2, 3),
            "payment_method": P("card", "apple_pay", "google_pay"),
            "card_brand": P("visa", "mastercard", "amex", "troy"),
            "card_last4": G(lambda f: f.digits(4)),
        },
    ),
    (
        "track",
        "Card Verification Failed",
        ["android"],
        {
            "error_code": P("invalid_number", "incorrect_cvc", "card_declined", "expired_card"),
            "decline_code": P(None, "do_not_honor", "insufficient_funds", "generic_decline"),
            "card_number_entered": RED(lambda f: f.card(), "credit card"),
            "retry_count": P(0, 1, 2),
        },
    ),
    (
        "track",
        "Order Completed",
        ["web", "ios", "android"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(16)),
            "checkout_id": G(lambda f: f.uuid()),
            "total": G(lambda f: f.money(20, 5000)),
            "subtotal": G(lambda f: f.money(20, 5000)),
            "revenue": G(lambda f: f.money(0.5, 200)),
            "fee": G(lambda f: f.money(0.5, 200)),
            "currency": P("USD", "TRY", "VND"),
            "products": Many(product(), 2),
            "payment": {
                "method": P("card", "apple_pay", "google_pay"),
                "payment_method_id": RED(stripe_pm, "token"),
                "card_brand": P("visa", "mastercard", "amex"),
                "card_last4": G(lambda f: f.digits(4)),
                "card_bin": P("411111", "545454", "400022", "979200", "520082"),
                "masked_pan": G(lambda f: f.pick(["411111", "545454", "400022"]) + "******" + f.digits(4)),
                "card_exp_month": P(1, 4, 7, 11, 12),
                "card_exp_year": P(2025, 2026, 2028, 2029),
                "cardholder_name": Y(lambda f: full_name(f).upper(), "name"),
            },
            "billing_address": {
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4B", "Unit 12", "Daire 7", "Căn hộ 1205", "Suite 300"]),
                    "address|street",
                ),
                "city": Y(city, "city"),
                "state": P("TX", "NY", "CA", "FL"),
                "postal_code": Y(postcode, "zipcode"),
                "country": P("US", "TR", "VN"),
            },
        },
    ),
    (
        "track",
        "Recurring Buy Created",
        ["ios", "android", "web"],
        {
            "schedule_id": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(ASSETS)),
            "amount": G(lambda f: f.money(10, 1000)),
            "currency": P("USD", "TRY", "VND"),
            "frequency": P("daily", "weekly", "biweekly", "monthly"),
            "funding_source": P("card", "bank", "balance"),
            "payment_method_id": RED(stripe_pm, "token"),
            "next_run_at": G(lambda f: f.iso()),
        },
    ),
    # -- on-chain -----------------------------------------------------------------------------------
    (
        "track",
        "Crypto Deposit Confirmed",
        ["go"],
        {
            "deposit_id": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(ASSETS)),
            "network": G(lambda f: f.pick(NETWORKS)),
            "amount": G(lambda f: round(f.r.uniform(0.0001, 20000), 8)),
            "amount_usd": G(lambda f: f.money(5, 80000)),
            "tx_hash": G(tx_hash),
            "deposit_address": Y(wallet_address, "crypto address"),
            "from_address": Y(wallet_address, "crypto address"),
            "confirmations": G(lambda f: f.r.randint(1, 64)),
            "memo": P(None, None, "104938271", "2087711"),
        },
    ),
    (
        "track",
        "Withdrawal Requested",
        ALL_CLIENTS,
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(ASSETS)),
            "network": G(lambda f: f.pick(NETWORKS)),
            "amount": G(lambda f: round(f.r.uniform(0.001, 15000), 6)),
            "fee": G(lambda f: f.money(0, 25)),
            "destination_address": Y(wallet_address, "crypto address"),
            "address_label": P("Ledger Nano X", "Binance", "Cold storage", "Trezor", "Metamask", "OKX"),
            "is_whitelisted": P(True, False),
            "is_internal": P(True, False, False),
            "destination_type": P("exchange", "self_hosted", "unknown"),
            "twofa_method": P("totp", "sms", "passkey", "email"),
            "note": P(*WITHDRAW_NOTES),
        },
    ),
    (
        "track",
        "Withdrawal Broadcast",
        ["go"],
        {
            "withdrawal_id": G(lambda f: f.uuid()),
            "tx_hash": G(tx_hash),
            "explorer_url": G(
                lambda f: (
                    f.pick(
                        [
                            "https://etherscan.io/tx/0x",
                            "https://tronscan.org/#/transaction/",
                            "https://mempool.space/tx/",
                        ]
                    )
                    + f.hexid(64)
                )
            ),
            "hot_wallet": P(
                "0x28C6c06298d514Db089934071355E5743bf21d60",
                "bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h",
                "TNXoiAJ3dct8Fjg4M9fkLFh9S2v9TXc32G",
            ),
            "to_address": Y(wallet_address, "crypto address"),
            "network_fee": G(lambda f: round(f.r.uniform(0.00001, 0.01), 8)),
        },
    ),
    (
        "track",
        "Beneficiary Details Entered",
        [*APP, "web"],
        {
            "beneficiary_name": Y(full_name, "name"),
            "beneficiary_type": P("self", "individual", "business"),
            "beneficiary_country": P("US", "TR", "VN", "AE", "DE"),
            "beneficiary_vasp": P("Binance", "Coinbase", "Paribu", "BtcTurk", "Kraken", "self-hosted"),
            "beneficiary_address": Y(full_address, "address"),
            "beneficiary_dob": Y(lambda f: f.date(1950, 2005), "birthdate"),
            "relationship": P("self", "family", "friend", "business_partner"),
            "is_self_hosted": P(True, False),
            "ownership_proof": P("signature", "satoshi_test", "none"),
        },
    ),
    (
        "track",
        "Travel Rule Message Sent",
        ["java"],
        {
            "transferId": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(ASSETS)),
            "amount": G(lambda f: round(f.r.uniform(0.01, 50000), 6)),
            "status": P("SENT", "ACK", "ACCEPTED", "REJECTED"),
            "originatingVASP": {"name": C("Kestrel Exchange"), "lei": C("529900T8BM49AURSDO55")},
            "beneficiaryVASP": {"name": P("Binance", "Coinbase", "BtcTurk", "Kraken")},
            "originator": {
                "originatorPersons": Many(ivms_person(), 1),
                "accountNumber": Many(Y(wallet_address, "crypto address"), 1),
            },
            "beneficiary": {
                "beneficiaryPersons": Many(
                    {
                        "naturalPerson": {
                            "name": {
                                "nameIdentifier": Many(
                                    {
                                        "primaryIdentifier": Y(family, "name"),
                                        "secondaryIdentifier": Y(lambda f: first_last(f)[0], "name"),
                                        "nameIdentifierType": C("LEGL"),
                                    },
                                    1,
                                )
                            }
                        }
                    },
                    1,
                ),
                "accountNumber": Many(Y(wallet_address, "crypto address"), 1),
            },
        },
    ),
    (
        "track",
        "Address Whitelisted",
        ["web", "ios"],
        {
            "address": Y(wallet_address, "crypto address"),
            "network": G(lambda f: f.pick(NETWORKS)),
            "memo_tag": P(None, "", "381920"),
            "cooldown_hours": P(24, 48),
        },
    ),
    (
        "track",
        "Contact Added",
        ["rn", "flutter"],
        {
            "contact_id": G(lambda f: f.uuid()),
            "label": Y(full_name, "name", True),
            "kestrel_tag": Y(
                lambda f: (
                    "@" + ascii_fold(given(f)).lower() + f.pick(["", ".k", "_" + str(f.r.randint(1, 99))])
                ),
                "name",
            ),
            "source": P("phone_contacts", "qr_scan", "manual"),
        },
    ),
    (
        "track",
        "Internal Transfer Sent",
        ["rn", "flutter", "ios"],
        {
            "transfer_id": G(lambda f: f.uuid()),
            "asset": G(lambda f: f.pick(ASSETS)),
            "amount": G(lambda f: round(f.r.uniform(1, 2000), 2)),
            "to": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "message": P("dinner 🍜", "rent split", "thanks!", "", "kira payı", "tiền cà phê"),
            "fee": C(0),
        },
    ),
    (
        "track",
        "Gift Crypto Sent",
        ["ios", "android"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "recipient_name": Y(full_name, "name"),
            "recipient_email": Y(email, "email"),
            "gift_message": Y(gift_message, "name", True),
            "asset": P("BTC", "ETH", "USDT"),
            "amount_usd": G(lambda f: f.pick([10, 25, 50, 100])),
            "card_design": P("birthday", "tet", "bayram", "thank_you"),
        },
    ),
    (
        "track",
        "Account Beneficiary Added",
        ["web"],
        {
            "beneficiary_full_name": Y(full_name, "name"),
            "beneficiary_email": Y(email, "email"),
            "beneficiary_birth_date": Y(lambda f: f.date(1940, 2022), "birthdate"),
            "relationship": P("spouse", "child", "parent", "sibling"),
            "share_percent": P(25, 50, 100),
            "is_minor": P(True, False),
        },
    ),
    # -- self-custody wallet ------------------------------------------------------------------------
    (
        "track",
        "Wallet Created",
        ["rn"],
        {
            "wallet_id": G(lambda f: f.uuid()),
            "wallet_type": P("hd", "mpc", "ledger", "watch_only"),
            "backup_method": P("icloud", "google_drive", "manual", "none"),
            "seed_words": P(12, 24),
            "primary_address": Y(wallet_address, "crypto address"),
        },
    ),
    (
        "track",
        "dApp Connected",
        ["rn"],
        {
            "dapp_name": P("Uniswap", "OpenSea", "Aave", "PancakeSwap", "Jupiter"),
            "dapp_url": P(
                "https://app.uniswap.org", "https://opensea.io", "https://app.aave.com", "https://jup.ag"
            ),
            "chain_id": P(1, 56, 137, 8453, 42161),
            "account": Y(eth_address, "crypto address", True),
        },
    ),
    (
        "track",
        "Token Swapped",
        ["rn", "flutter"],
        {
            "from_token": P("ETH", "USDC", "USDT", "SOL"),
            "to_token": P("PEPE", "USDC", "ARB", "JUP", "WBTC"),
            "amount_in": G(lambda f: round(f.r.uniform(0.01, 5000), 6)),
            "amount_out": G(lambda f: round(f.r.uniform(0.01, 5_000_000), 6)),
            "router_address": P(*CONTRACTS[:3]),
            "tx_hash": G(tx_hash),
            "wallet_address": Y(eth_address, "crypto address"),
        },
    ),
    (
        "track",
        "ENS Name Resolved",
        ["rn"],
        {
            "ens_name": Y(
                lambda f: (
                    ascii_fold(given(f)).lower()
                    + f.pick(["", "trades", ascii_fold(family(f)).lower().replace("'", "")])
                    + ".eth"
                ),
                "name",
            ),
            "resolved_address": Y(eth_address, "crypto address"),
            "resolver": P("ens", "unstoppable", "sns"),
        },
    ),
    (
        "track",
        "NFT Viewed",
        ["rn", "web"],
        {
            "collection": P("Bored Ape Yacht Club", "Pudgy Penguins", "Azuki", "Mad Lads"),
            "token_id": G(lambda f: str(f.r.randint(1, 9999))),
            "contract_address": P(
                *CONTRACTS[3:4],
                "0xBd3531dA5CF5857e7CfAA92426877b022e612cf8",
                "0xED5AF388653567Af2F388E6224dC7C4b3241C544",
            ),
        },
    ),
    # -- security -----------------------------------------------------------------------------------
    (
        "track",
        "Two-Factor Enabled",
        ["web", "ios", "android"],
        {
            "method": P("totp", "sms", "passkey", "yubikey"),
            "backup_codes_generated": P(True, False),
            "backup_codes_count": P(8, 10),
            "recovery_email": Y(email, "email"),
            "sms_fallback_phone": Y(phone, "phone"),
        },
    ),
    (
        "track",
        "Anti-Phishing Code Set",
        ["web", "ios"],
        {
            "anti_phishing_code": RED(lambda f: f.pick(ANTI_PHISHING), "secret"),
            "code_length": G(lambda f: f.r.randint(6, 18)),
        },
    ),
    (
        "track",
        "Login Succeeded",
        ["node"],
        {
            "method": P("password", "passkey", "google", "apple"),
            "mfa_used": P("totp", "sms", "passkey", None),
            "new_device": P(True, False),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
            "geo": {
                "city": Y(lambda f: f.pick(US_CITIES + TR_IL + VN_CITIES), "city"),
                "region": P("Texas", "İstanbul", "Hồ Chí Minh", "California"),
                "country": P("US", "TR", "VN"),
                "postal_code": Y(postcode, "zipcode"),
                "latitude": Y(lambda f: round(f.r.uniform(10.0, 41.5), 4), "geolocation"),
                "longitude": Y(lambda f: round(f.r.uniform(-122.5, 109.0), 4), "geolocation"),
            },
            "user_agent": G(lambda f: f.pick(UAS)),
            "session_id": G(lambda f: "sess_" + f.hexid(24)),
        },
    ),
    (
        "track",
        "Login Failed",
        ["node"],
        {
            "identifier": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "reason": P("wrong_password", "mfa_failed", "account_locked", "captcha_failed"),
            "failed_attempts": P(1, 2, 3, 5),
            "locked": P(True, False),
            "ip_address": Y(lambda f: f.pick([f.ipv4(), f.ipv6()]), "ip"),
        },
    ),
    (
        "track",
        "Password Reset Requested",
        ["python", "php"],
        {
            "email": Y(email, "email"),
            "reset_url": RED(
                lambda f: (
                    "https://www.kestrel.exchange/reset-password?token="
                    + alnum(f, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                ),
                "token",
            ),
            "requested_ip": Y(lambda f: f.ipv4(), "ip"),
            "expires_at": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "API Key Created",
        ["web"],
        {
            "key_id": G(lambda f: "ak_" + f.hexid(16)),
            "name": P("trading bot", "tax export", "grid-bot-1", "portfolio tracker"),
            "permissions": Many(P("read", "spot_trade", "futures_trade", "withdraw"), 3),
            "ip_whitelist": Many(Y(lambda f: f.ipv4(), "ip"), 3),
            "expires_at": G(lambda f: f.pick([None, f.iso()])),
        },
    ),
    (
        "track",
        "Partner Webhook Received",
        ["node"],
        {
            "partner": P("sumsub", "chainalysis", "moonpay", "plaid"),
            "headers": {
                "x-request-id": G(lambda f: f.uuid()),
                "x-forwarded-for": Y(lambda f: f"{f.ipv4()}, {f.ipv4()}", "ip"),
                "user-agent": P(
                    "Sumsub-Webhooks/1.0", "Chainalysis-KYT/2", "MoonPay-Webhook", "Plaid Webhook Service"
                ),
                "x-payload-digest": G(lambda f: f.hexid(64)),
                "authorization": RED(lambda f: "Bearer " + f.jwt(), "token"),
                "x-idempotency-key": G(lambda f: f.uuid()),
            },
            "status_code": P(200, 200, 401, 500),
        },
    ),
    # -- trading and alerts -------------------------------------------------------------------------
    (
        "track",
        "Order Placed",
        ["web", "ios", "android", "flutter"],
        {
            "order_id": G(lambda f: f.digits(12)),
            "client_order_id": G(lambda f: "web_" + f.hexid(20)),
            "symbol": G(lambda f: f.pick(SYMBOLS)),
            "side": P("buy", "sell"),
            "type": P("limit", "market", "stop_limit"),
            "price": G(lambda f: f.money(0.1, 70000)),
            "quantity": G(lambda f: round(f.r.uniform(0.0001, 1000), 6)),
            "source": P("web", "app", "api", "tradingview"),
        },
    ),
    (
        "track",
        "Price Alert Created",
        MOBILE,
        {
            "alert_id": G(lambda f: f.uuid()),
            "symbol": G(lambda f: f.pick(SYMBOLS)),
            "condition": P("above", "below", "crosses", "pct_change_24h"),
            "target_price": G(lambda f: f.money(0.1, 100000)),
            "notify_via": Many(P("push", "email", "sms"), 2),
            "repeat": P(True, False),
        },
    ),
    (
        "track",
        "Price Alert Triggered",
        ["node"],
        {
            "alert_id": G(lambda f: f.uuid()),
            "symbol": G(lambda f: f.pick(SYMBOLS)),
            "trigger_price": G(lambda f: f.money(0.1, 100000)),
            "channel": P("push", "email", "sms"),
            "push_token": RED(fcm_token, "token"),
            "delivered": P(True, True, False),
        },
    ),
    (
        "track",
        "Notification Channel Added",
        ["web"],
        {
            "destination": {
                "type": P("email", "sms"),
                "value": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            },
            "verified": P(True, False),
            "alerts_enabled": Many(P("price", "deposit", "withdrawal", "login"), 3),
        },
    ),
    (
        "track",
        "Products Searched",
        ["web", "ios", "android"],
        {
            "query": P("btc", "solana", "pepe", "usdt try", "ethereum", "ton coin"),
        },
    ),
    (
        "track",
        "Product Viewed",
        ["web", "ios"],
        {
            "product_id": P("BTC", "ETH", "SOL", "AVAX", "TON"),
            "name": G(lambda f: f.pick(COINS)),
            "category": P("crypto", "layer-1", "meme", "stablecoin"),
            "price": G(lambda f: f.money(0.1, 70000)),
            "currency": P("USD", "TRY", "VND"),
            "change_24h": G(lambda f: round(f.r.uniform(-15, 15), 2)),
            "url": P(
                "https://www.kestrel.exchange/price/bitcoin",
                "https://www.kestrel.exchange/price/solana",
                "https://www.kestrel.exchange/price/ethereum",
            ),
        },
    ),
    (
        "track",
        "Staking Started",
        ["ios", "android"],
        {
            "asset": P("ETH", "SOL", "ATOM", "DOT", "TRX"),
            "amount": G(lambda f: round(f.r.uniform(0.1, 500), 4)),
            "apy": G(lambda f: round(f.r.uniform(2, 14), 2)),
            "lock_days": P(0, 30, 60, 120),
            "validator": P("Kestrel Validator 1", "Figment", "Chorus One", "Everstake"),
            "auto_compound": P(True, False),
        },
    ),
    (
        "track",
        "cta-clicked",
        ["web"],
        {
            "cta-text": P("Buy Bitcoin", "Hemen Başla", "Đăng ký ngay", "Start trading"),
            "page-section": P("hero", "footer", "pricing-table"),
            "button-id": P("btn-hero-signup", "btn-footer-download", "btn-price-buy"),
            "user-tier": P("anonymous", "retail", "vip"),
            "asset-symbol": G(lambda f: f.pick(ASSETS)),
        },
    ),
    # -- tax ----------------------------------------------------------------------------------------
    (
        "track",
        "Tax Report Generated",
        ["python"],
        {
            "report_id": G(lambda f: f.uuid()),
            "tax_year": P(2022, 2023, 2024),
            "jurisdiction": P("US", "TR", "VN"),
            "cost_basis_method": P("FIFO", "HIFO", "LIFO", "SPEC_ID"),
            "realized_gain": G(lambda f: round(f.r.uniform(-20000, 80000), 2)),
            "transactions_count": G(lambda f: f.r.randint(1, 12000)),
            "download_url": G(lambda f: f"https://www.kestrel.exchange/tax/reports/{f.uuid()}"),
            "filing_status": P("single", "married_joint", "head_of_household"),
        },
    ),
    (
        "track",
        "W-9 Submitted",
        ["web"],
        {
            "legal_name": Y(lambda f: full_name(f, "US"), "name"),
            "tin_type": P("ssn", "itin", "ein"),
            "tin": RED(itin_or_ssn, "social security number|national id"),
            "mailing_address": Y(
                lambda f: f"{street(f, 'US')}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {postcode(f, 'US')}",
                "address",
            ),
            "backup_withholding": P(True, False, False),
            "signature_name": Y(lambda f: full_name(f, "US"), "name"),
            "certified_at": G(lambda f: f.iso()),
            "entity_type": P("individual", "sole_proprietor", "single_member_llc"),
        },
    ),
    (
        "track",
        "Vergi Raporu Indirildi",
        ["java"],
        {
            "rapor_id": G(lambda f: f.uuid()),
            "vergi_yili": P(2022, 2023, 2024),
            "vergi_kimlik_no": RED(tckn, "national id"),
            "vergi_dairesi": P(
                "Kadıköy Vergi Dairesi",
                "Çankaya Vergi Dairesi",
                "Karşıyaka Vergi Dairesi",
                "Nilüfer Vergi Dairesi",
            ),
            "toplam_kar_zarar": G(lambda f: round(f.r.uniform(-200000, 900000), 2)),
            "dosya_formati": P("pdf", "xlsx", "csv"),
        },
    ),
    # -- institutional --------------------------------------------------------------------------------
    (
        "track",
        "Team Member Invited",
        ["web"],
        {
            "invitee_email": Y(email, "email"),
            "invitee_name": Y(full_name, "name"),
            "role": P("trader", "approver", "viewer", "admin"),
            "requires_2fa": P(True, True, False),
            "invited_by": G(lambda f: "usr_" + f.hexid(12)),
            "permissions": Many(P("trade", "withdraw_request", "withdraw_approve", "reports"), 3),
        },
    ),
    (
        "track",
        "OTC Quote Requested",
        ["dotnet"],
        {
            "QuoteId": G(lambda f: f.uuid()),
            "Pair": P("BTC/USD", "USDT/TRY", "ETH/USD", "USDT/VND"),
            "Side": P("Buy", "Sell"),
            "Notional": G(lambda f: f.r.randint(100, 20000) * 1000),
            "TraderName": Y(full_name, "name"),
            "TraderEmail": Y(email, "email"),
            "SettlementMethod": P("Wire", "Stablecoin", "Internal"),
            "ValidForSeconds": P(15, 30, 60),
            "DeskEmail": C("otc@kestrel.exchange"),
        },
    ),
    (
        "track",
        "Compliance Case Opened",
        ["dotnet"],
        {
            "CaseId": G(lambda f: "CC-" + f.digits(7)),
            "CaseType": P("TransactionMonitoring", "Sanctions", "TravelRule", "FraudReport"),
            "CustomerFullName": Y(full_name, "name"),
            "CustomerNumber": G(lambda f: "KST" + f.digits(8)),
            "RiskScore": G(lambda f: f.r.randint(1, 100)),
            "AlertRule": P("STRUCTURING_TR_10K", "MIXER_EXPOSURE", "RAPID_IN_OUT", "HIGH_RISK_JURISDICTION"),
            "AssignedAnalyst": Y(full_name, "name"),
            "AnalystEmail": Y(
                lambda f: (
                    ascii_fold(given(f)).lower()
                    + "."
                    + ascii_fold(family(f)).lower().replace("'", "")
                    + "@kestrel.exchange"
                ),
                "email",
            ),
            "SanctionsHit": P(True, False, False),
            "Notes": P(
                "Multiple deposits just below threshold",
                "Rapid in-out pattern",
                "Exposure to mixer via 2 hops",
                "Auto-generated",
            ),
        },
    ),
    # -- support and messaging --------------------------------------------------------------------------
    (
        "track",
        "Support Ticket Created",
        ["ruby", "php"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": P(*TICKET_SUBJECTS),
                "description": Y(ticket_description, "crypto address", True),
                "priority": P("low", "normal", "high", "urgent"),
                "status": P("new", "open"),
                "tags": Many(P("withdrawal", "deposit", "tr", "vn", "vip"), 3),
                "via": {"channel": P("web", "email", "mobile_sdk", "chat")},
                "requester": {
                    "id": G(lambda f: f.r.randint(10**10, 10**11)),
                    "name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                },
                "assignee": {"name": Y(full_name, "name")},
                "group_name": P("Tier 1 EN", "Tier 1 TR", "Tier 1 VN", "Payments"),
            },
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        {
            "q": P(
                "withdrawal fee", "2fa reset", "vergi", "rút tiền", "how to deposit usdt trc20", "hesap silme"
            ),
            "results_count": G(lambda f: f.r.randint(0, 40)),
            "locale": G(lambda f: f.pick(LOCALES)),
        },
    ),
    (
        "track",
        "Chat Message Sent",
        ["ios", "android", "web"],
        {
            "conversation_id": G(lambda f: f.uuid()),
            "text": P(*CHAT_TEXTS),
            "attachments_count": P(0, 0, 1, 2),
            "language": P("en", "tr", "vi"),
        },
    ),
    (
        "track",
        "OTP SMS Sent",
        ["node"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "AccountSid": C("AC3f9a1b27c5e04d88a6b1e2c7d9f0a4b1"),
            "To": Y(lambda f: e164(f.pick([phone(f, "US"), phone(f, "TR"), phone(f, "VN")])), "phone"),
            "From": P("+18885550123", "KESTREL", "+14155550199"),
            "Body": RED(otp_body, "token", True),
            "Status": P("queued", "sent", "delivered", "undelivered"),
            "NumSegments": P("1", "2"),
            "Price": P("-0.00790", "-0.04500", None),
        },
    ),
    (
        "track",
        "Email Event",
        ["node"],
        {
            "email": Y(email, "email"),
            "event": P("delivered", "open", "click", "bounce"),
            "sg_message_id": G(
                lambda f: (
                    alnum(f, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                    + ".filterdrecv-"
                    + f.hexid(8)
                )
            ),
            "smtp-id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.kestrel.exchange>"),
            "category": Many(P("transactional", "withdrawal_confirm", "weekly_digest", "kyc"), 2),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "useragent": P(
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
                UAS[2],
                UAS[0],
            ),
            "url": P(
                None, "https://www.kestrel.exchange/wallet", "https://www.kestrel.exchange/promo/halving"
            ),
            "timestamp": G(lambda f: f.epoch_ms() // 1000),
        },
    ),
    (
        "track",
        "Referral Invite Sent",
        APP,
        {
            "channel": P("whatsapp", "sms", "telegram", "copy_link"),
            "invitee_phone": Y(phone, "phone"),
            "invitee_name": Y(full_name, "name"),
            "referral_code": G(lambda f: "KST" + alnum(f, 6)),
            "reward_usdt": P(10, 20, 50),
            "share_message": G(
                lambda f: (
                    f.pick(
                        [
                            "Join Kestrel with my code: ",
                            "Kestrel'e benim kodumla katıl: ",
                            "Tham gia Kestrel với mã của mình: ",
                        ]
                    )
                    + "https://kstrl.io/r/"
                    + alnum(f, 6)
                )
            ),
        },
    ),
    # -- profile changes, recovery and screening -------------------------------------------------------
    (
        "track",
        "Trusted Contact Added",
        ["web", "ios"],
        {
            "trusted_contact": {
                "first_name": Y(lambda f: first_last(f, "US")[0], "name"),
                "last_name": Y(lambda f: family(f, "US"), "name"),
                "email": Y(lambda f: email(f, "US"), "email"),
                "phone": Y(lambda f: phone(f, "US"), "phone"),
                "mailing_address": Y(
                    lambda f: (
                        f"{street(f, 'US')}, {f.pick(US_CITIES)}, {f.pick(US_STATES)} {postcode(f, 'US')}"
                    ),
                    "address",
                ),
                "relationship": P("spouse", "sibling", "friend", "attorney", "adult_child"),
            },
            "is_update": P(True, False),
        },
    ),
    (
        "track",
        "Address Proof Uploaded",
        ["web", "android"],
        {
            "document_type": P("utility_bill", "bank_statement", "ikametgah", "tax_bill"),
            "address_on_document": Y(full_address, "address"),
            "issuer": P("Con Edison", "İGDAŞ", "EVN HCMC", "Garanti BBVA", "AT&T"),
            "issue_date": G(lambda f: f.date(2024, 2024)),
            "pages": P(1, 2, 3),
        },
    ),
    (
        "track",
        "Avatar Updated",
        [*APP, "web"],
        {
            "avatar_url": Y(
                lambda f: (
                    f"https://cdn.kestrel.exchange/avatars/{f.hexid(16)}.{f.pick(['jpg', 'png', 'webp'])}"
                ),
                "photo",
            ),
            "source": P("camera", "library", "gravatar"),
            "file_size_kb": G(lambda f: f.r.randint(40, 4000)),
        },
    ),
    (
        "track",
        "Hesap Bilgileri Guncellendi",
        ["java"],
        {
            "kullanici_id": G(lambda f: f.digits(9)),
            "eski_eposta": Y(lambda f: email(f, "TR"), "email"),
            "yeni_eposta": Y(lambda f: email(f, "TR"), "email"),
            "yeni_telefon": Y(lambda f: phone(f, "TR"), "phone"),
            "degisiklik_kaynagi": P("mobil", "web", "destek"),
            "sms_onayi": P(True, False),
        },
    ),
    (
        "track",
        "Cap Nhat Ho So",
        ["go", "flutter"],
        {
            "ma_nguoi_dung": G(lambda f: f.digits(8)),
            "so_dien_thoai_moi": Y(lambda f: phone(f, "VN"), "phone"),
            "dia_chi_lien_he": Y(
                lambda f: f"{street(f, 'VN')}, {f.pick(VN_DISTRICTS)}, {f.pick(VN_CITIES)}", "address"
            ),
            "nguoi_gioi_thieu": Y(lambda f: full_name(f, "VN"), "name"),
            "kenh": P("app", "web", "cskh"),
        },
    ),
    (
        "track",
        "Callback Scheduled",
        ["dotnet"],
        {
            "CallbackId": G(lambda f: f.uuid()),
            "CustomerName": Y(full_name, "name"),
            "PhoneNumber": Y(phone, "phone"),
            "PreferredTime": P("Morning", "Afternoon", "Evening"),
            "Language": P("en", "tr", "vi"),
        },
    ),
    (
        "track",
        "Sanctions Screening Completed",
        ["python"],
        {
            "screening_id": G(lambda f: f.digits(10)),
            "search_term": Y(full_name, "name", True),
            "birth_year": Y(lambda f: f.r.randint(1945, 2006), "birthdate"),
            "total_hits": P(0, 0, 1, 3),
            "match_status": P("no_match", "potential_match", "false_positive", "true_positive"),
            "lists": Many(P("ofac-sdn", "un-consolidated", "eu-fsf", "masak"), 3),
        },
    ),
    (
        "track",
        "Card Shipped",
        ["node"],
        {
            "card_id": G(lambda f: "crd_" + f.hexid(16)),
            "masked_pan": G(lambda f: f.pick(["485932", "532435", "979215"]) + "******" + f.digits(4)),
            "carrier": P("USPS", "Yurtiçi Kargo", "VNPost", "FedEx"),
            "tracking_number": G(
                lambda f: f.pick(["9400" + f.digits(18), "YK" + f.digits(10), "EP" + f.digits(9) + "VN"])
            ),
            "shipping_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "country": P("US", "TR", "VN"),
            },
            "activation_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
        },
    ),
    (
        "track",
        "New Device Authorized",
        ["python"],
        {
            "authorization_link": RED(
                lambda f: (
                    "https://www.kestrel.exchange/authorize-device?code="
                    + alnum(f, 32, "abcdefghijklmnopqrstuvwxyz0123456789")
                ),
                "token",
            ),
            "ip": Y(lambda f: f.ipv4(), "ip"),
            "device_os": P("iOS 17.4", "Android 14", "Windows 11", "macOS 14.4"),
            "approved": P(True, False),
        },
    ),
]


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, name, clients, body in EVENTS:
            client = f.pick(clients)
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": "usr_" + f.hexid(12),
            }
            if kind == "track":
                msg["event"] = name
            elif kind in ("page", "screen"):
                msg["name"] = name
            elif kind == "group":
                msg["groupId"] = "org_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            msg["context"] = render(context_for(f, client), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=138, repeats=24)
    write(Path(__file__).parent, "holdout138_", events, labels)
