"""Writes holdout118: tests/corpus/holdout118_events.jsonl and holdout118_labels.json.

Sealed: written without reading the detection engine, its vocabularies, its tests or the other
corpora's labels (only build.py, fake.py and build_holdout3.py's format were read), and not scored
by its author. Another engineer scores it once on events the engine has never seen.

Domain: "Starfall Arena", a video-game platform and in-game store run by Hoshi Interactive for
players in Japan, the US and Germany. Covers account creation with age gates and parental consent
(COPPA, GDPR-K, Japanese guardians), friends, parties and contact sync, voice-chat reports and
moderation (staff moderators), virtual-currency purchases (e-commerce spec, konbini, SEPA, Stripe
and App Store shapes), subscriptions and family plans, tournaments with prize payouts (US ACH with
KYC, German SEPA with Steuer-ID, Japanese bank transfer with My Number), streaming integrations
(Twitch EventSub shapes, linked accounts), crash reports with device data (Sentry-like user
blocks, Windows profile paths), support tickets (Zendesk-like shapes), ad attribution (gclid, Meta
CAPI user_data), page/screen/group/alias calls. Players, parents, children, streamers, casters,
moderators and support agents.

Conventions: contexts of analytics.js, analytics-swift, analytics-kotlin, analytics-react-native,
analytics_flutter, analytics-csharp (the PC client) and the server libraries (python, node, go,
java, ruby, php, Analytics.NET). Keys are mostly camelCase and snake_case; the rest are PascalCase
(.NET payout service), kebab-case (a Go matchmaking service), SCREAMING_SNAKE (warehouse
reverse-ETL), Japanese (会員登録, 賞金振込先, お問い合わせ) and German (Konto, Auszahlung,
Supportanfrage) keys. Values come from JP/US/DE generators below: kanji, kana and romaji names,
German and diverse US names, national phone formats, JP/DE/US addresses and postcodes, My Number
and Steuer-ID with valid check digits, Luhn cards, mod-97 IBANs, ABA-valid routing numbers.

Labelling rules (the Privacy Portal's default colours):
- A path is PII when its values are personal data about a natural person; colour is the reference
  matcher's default (names, contact details, addresses, birthdates, gender yellow; credit card,
  password, token, passport, social security number, visa, disability red); outside the table:
  red for secrets, bank accounts, national ids and health ids, yellow otherwise (geolocation,
  advertising id, ip).
- Green: ids we or a platform issue (player, order, Steam/Twitch/Xbox numeric ids, UUIDs), SKUs,
  versions, timestamps, hashes of non-PII, amounts, enums, counters and booleans even under
  PII-sounding keys, product / clan / team / pet / company names, places that are not the
  person's (venues, a store's city), country, state and prefecture, locale, timezone, currency,
  user agents, OS-issued device ids (IDFV, Android device id), card brand / last4 / expiry / BIN,
  routing numbers, BICs and Japanese bank and branch codes.
- Published policy followed: member numbers, ages and age bands green; a business's own phones,
  e-mails (role mailboxes) and venue addresses green; UUID tokens (appAccountToken) and e-mail
  Message-IDs green; gclid, fbclid, fbp and fbc yellow `advertising id`; billing and shipping
  addresses yellow `address`; hourly rates of paid staff yellow `salary`; payment-method tokens
  (pm_), product-key activation codes, one-time codes and magic-link tokens red `token`; identity
  document numbers red; visa-letter answers red `visa`; the last four of an SSN red.
- Decisions this corpus adds, where no rule settled it (what a careful privacy owner would flag):
  gamer tags, display names and streaming logins a person chose are yellow `name` (online
  identifiers of a natural person); e-mail and phone hashes sent for ad matching (Meta CAPI
  `user_data.em` / `ph`) are yellow `email` / `phone`, since the platform matches them back to the
  person; a German salutation (`Anrede`: Herr/Frau/Divers) is yellow `gender`; an accessibility
  colour-blind filter is yellow `condition`; requested disability accommodations red `disability`;
  APNs push tokens red `token`; Windows hostnames of the DESKTOP-XXXXXXX form are green.
- value_only is true when the key does not say what the value is (`value`, `q`, `input`,
  `identifier`, `contact`, `to` / `To`, `message`, `note`, `text`, `Body`, `備考`, `module_path`,
  `externalIds[].id`, Zendesk's `from.address` holding an e-mail) or names something else than
  the PII it holds (`device_name` values such as "Yuki's iPhone" carry the owner's first name).
  Every value of a value_only PII path carries that PII (an SMS `Body` always carries a one-time
  code: red `token`); free text whose values never carry PII (report descriptions, appeal texts,
  stream titles, crash log tails) is green.
"""

# ruff: noqa: RUF001 (Japanese and German text uses full-width punctuation and dotless i on purpose)

import hashlib
import unicodedata
from pathlib import Path

from tests.corpus.build import RED, G, Many, Y, render, write
from tests.corpus.fake import Fake

# -- people, places and identifiers --------------------------------------------------------------

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
    ("森", "Mori", "モリ"),
]
JP_GIVEN = [
    ("陽翔", "Haruto", "ハルト"),
    ("結衣", "Yui", "ユイ"),
    ("蓮", "Ren", "レン"),
    ("陽菜", "Hina", "ヒナ"),
    ("湊", "Minato", "ミナト"),
    ("凛", "Rin", "リン"),
    ("悠真", "Yuma", "ユウマ"),
    ("さくら", "Sakura", "サクラ"),
    ("大翔", "Hiroto", "ヒロト"),
    ("美咲", "Misaki", "ミサキ"),
    ("健太", "Kenta", "ケンタ"),
    ("恵子", "Keiko", "ケイコ"),
]
DE_FIRST = [
    "Lukas",
    "Leon",
    "Finn",
    "Jonas",
    "Emma",
    "Mia",
    "Hannah",
    "Lena",
    "Felix",
    "Sophie",
    "Jürgen",
    "Ute",
    "Mehmet",
    "Aylin",
    "Katarzyna",
    "Dimitri",
    "Nele",
    "Maximilian",
]
DE_LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Schäfer",
    "Yılmaz",
    "Kowalski",
    "Nguyen",
    "Krüger",
    "Zimmermann",
    "Öztürk",
]
US_FIRST = [
    "James",
    "Maria",
    "Jamal",
    "Aaliyah",
    "José",
    "Emily",
    "Tyler",
    "Priya",
    "DeShawn",
    "Mei",
    "Connor",
    "Fatima",
    "Ethan",
    "Guadalupe",
    "Kenji",
    "Olivia",
    "Tomasz",
    "Imani",
]
US_LAST = [
    "Johnson",
    "Garcia",
    "Williams",
    "Nguyen",
    "Patel",
    "Kim",
    "Rodriguez",
    "Okafor",
    "Cohen",
    "O'Brien",
    "Washington",
    "Hernandez",
    "Chen",
    "Kowalczyk",
    "Begay",
    "Haddad",
]


def country(f: Fake) -> str:
    return f.pick(["JP", "JP", "US", "US", "DE"])


def ascii_(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace("'", "")


def first_name(f: Fake, c=None) -> str:
    c = c or country(f)
    if c == "JP":
        given = f.pick(JP_GIVEN)
        return f.pick([given[0], given[1]])
    return f.pick(DE_FIRST if c == "DE" else US_FIRST)


def last_name(f: Fake, c=None) -> str:
    c = c or country(f)
    if c == "JP":
        fam = f.pick(JP_FAMILY)
        return f.pick([fam[0], fam[1]])
    return f.pick(DE_LAST if c == "DE" else US_LAST)


def full_name(f: Fake, c=None) -> str:
    c = c or country(f)
    if c == "JP":
        fam, given = f.pick(JP_FAMILY), f.pick(JP_GIVEN)
        return f.pick([f"{fam[0]} {given[0]}", f"{fam[0]}{given[0]}", f"{given[1]} {fam[1]}"])
    if c == "DE":
        return f"{f.pick(DE_FIRST)} {f.pick(DE_LAST)}"
    return f"{f.pick(US_FIRST)} {f.pick(US_LAST)}"


def kana_name(f: Fake) -> str:
    return f"{f.pick(JP_FAMILY)[2]} {f.pick(JP_GIVEN)[2]}"


def romaji_first(f: Fake, c: str) -> str:
    if c == "JP":
        return f.pick(JP_GIVEN)[1]
    return ascii_(f.pick(DE_FIRST if c == "DE" else US_FIRST))


def romaji_last(f: Fake, c: str) -> str:
    if c == "JP":
        return f.pick(JP_FAMILY)[1]
    return ascii_(f.pick(DE_LAST if c == "DE" else US_LAST))


DOMAINS = {
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp", "outlook.jp"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net"],
}


def email(f: Fake, c=None) -> str:
    c = c or country(f)
    a, b = romaji_first(f, c).lower(), romaji_last(f, c).lower()
    local = f.pick(
        [
            f"{a}.{b}",
            f"{a}{b}{f.r.randint(1, 99)}",
            f"{a[0]}.{b}",
            f"{b}_{a}",
            f"{a}{f.r.randint(1985, 2012)}",
        ]
    )
    return f"{local}@{f.pick(DOMAINS[c])}"


def phone(f: Fake, c=None) -> str:
    c = c or country(f)
    d = f.digits
    if c == "JP":
        mob = f.pick(["90", "80", "70"])
        a, b = f.r.randint(1000, 9999), f.r.randint(1000, 9999)
        return f.pick(
            [f"0{mob}-{a}-{b}", f"+81 {mob}-{a}-{b}", f"+81{mob}{a}{b}", f"03-{a}-{b}", f"0{mob} {a} {b}"]
        )
    if c == "DE":
        pre = f.pick(["151", "160", "171", "176", "152"])
        n = d(8)
        return f.pick([f"+49 {pre} {n}", f"0{pre} {n}", f"+49{pre}{n}", f"030 {d(8)}", f"+49 (0)89 {d(7)}"])
    return f.phone(f.pick(["e164", "nanp_paren", "nanp_dash", "intl_space", "nanp_dot"]))


JP_PLACES = [
    ("東京都", "世田谷区", "三軒茶屋", "Sangenjaya, Setagaya-ku, Tokyo"),
    ("大阪府", "大阪市北区", "梅田", "Umeda, Kita-ku, Osaka"),
    ("北海道", "札幌市中央区", "大通西", "Odori-nishi, Chuo-ku, Sapporo"),
    ("福岡県", "福岡市博多区", "博多駅前", "Hakata-ekimae, Hakata-ku, Fukuoka"),
    ("神奈川県", "横浜市港北区", "日吉", "Hiyoshi, Kohoku-ku, Yokohama"),
    ("愛知県", "名古屋市中区", "栄", "Sakae, Naka-ku, Nagoya"),
]
DE_STREETS = [
    "Hauptstraße",
    "Lindenstraße",
    "Bahnhofstraße",
    "Goethestraße",
    "Am Markt",
    "Schillerstraße",
    "Kastanienallee",
    "Friedrichstraße",
    "Mühlenweg",
]
US_STREETS = ["Maple Ave", "Oak St", "W 3rd St", "Sunset Blvd", "Elm Dr", "Lakeview Rd", "Pine Ct", "Main St"]


def street(f: Fake, c=None) -> str:
    c = c or country(f)
    if c == "JP":
        p = f.pick(JP_PLACES)
        n = f"{f.r.randint(1, 5)}-{f.r.randint(1, 30)}-{f.r.randint(1, 20)}"
        return f.pick(
            [f"{p[0]}{p[1]}{p[2]}{n}", f"{p[1]}{p[2]}{n} メゾン{p[2]}{f.r.randint(101, 905)}", f"{n} {p[3]}"]
        )
    if c == "DE":
        return f"{f.pick(DE_STREETS)} {f.r.randint(1, 140)}{f.pick(['', '', 'a', 'b'])}"
    apt = f.pick(["", "", f" Apt {f.r.randint(1, 40)}{f.pick('ABCD')}", f" Unit {f.r.randint(100, 999)}"])
    return f"{f.r.randint(10, 9999)} {f.pick(US_STREETS)}{apt}"


def city(f: Fake, c=None) -> str:
    c = c or country(f)
    return f.pick(
        {
            "JP": ["世田谷区", "Osaka", "Sapporo", "福岡市", "Yokohama", "名古屋市", "Sendai", "Kawasaki"],
            "DE": ["Berlin", "Köln", "München", "Leipzig", "Hamburg", "Münster", "Dresden", "Bochum"],
            "US": ["Austin", "Seattle", "Columbus", "Brooklyn", "Sacramento", "Raleigh", "Tucson", "Fresno"],
        }[c]
    )


def postcode(f: Fake, c=None) -> str:
    c = c or country(f)
    if c == "JP":
        return f.pick(["", "〒"]) + f"{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}"
    if c == "DE":
        return f"{f.r.randint(1067, 99998):05d}"
    return f.pick([f.digits(5), f"{f.digits(5)}-{f.digits(4)}"])


def full_address(f: Fake) -> str:
    c = country(f)
    if c == "JP":
        return f"〒{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d} {street(f, 'JP')}"
    if c == "DE":
        return f"{street(f, 'DE')}, {postcode(f, 'DE')} {city(f, 'DE')}"
    return f"{street(f, 'US')}, {city(f, 'US')}, {f.pick(['TX', 'WA', 'OH', 'NY', 'CA'])} {f.digits(5)}"


def birthdate(f: Fake, lo=1975, hi=2014) -> str:
    y, m, d = f.r.randint(lo, hi), f.r.randint(1, 12), f.r.randint(1, 28)
    return f.pick(
        [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}"]
    )


def iso_birthdate(f: Fake, lo=1975, hi=2014) -> str:
    return f"{f.r.randint(lo, hi)}-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def my_number(f: Fake) -> str:
    """Japanese Individual Number: 11 digits and a mod-11 check digit."""
    body = [f.r.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, body)) + str(check)
    return f.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"])


def steuer_id(f: Fake) -> str:
    """German Steuer-IdNr: 10 digits with one repeated digit, ISO 7064 MOD 11,10 check."""
    while True:
        digits = f.r.sample(range(10), 9)
        digits.append(f.pick(digits))
        f.r.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (2 * s) % 11
    check = (11 - product) % 10
    s = "".join(map(str, digits)) + str(check)
    return f.pick([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])


def de_id_card(f: Fake) -> str:
    """German Personalausweis serial: 9 characters and a 7-3-1 check digit."""
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    serial = f.pick("LMNPRTVWXY") + "".join(f.pick(alphabet) for _ in range(8))
    total = 0
    for i, ch in enumerate(serial):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return serial + str(total % 10)


def passport_no(f: Fake) -> str:
    return f.pick([f.pick(["TK", "TR", "MZ", "TS"]) + f.digits(7), f.digits(9), "C" + f.hexid(8).upper()])


def aba_routing(f: Fake) -> str:
    prefix = f"{f.pick([*range(1, 13), *range(21, 33)]):02d}"
    d = [int(prefix[0]), int(prefix[1])] + [f.r.randint(0, 9) for _ in range(6)]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - partial % 10) % 10)


def gamertag(f: Fake) -> str:
    a = f.pick(
        ["Shadow", "Kaiser", "Sakura", "Neko", "Blitz", "Ronin", "Nova", "Frost", "Yami", "Drache", "Kitsune"]
    )
    b = f.pick(["Fox", "Blade", "Sniper", "Queen", "Meister", "Chan", "Ace", "Storm", "Wolf", "Main"])
    c = country(f)
    return f.pick(
        [
            f"{a}{b}{f.r.randint(1, 99)}",
            f"xX{a}{b}Xx",
            f"{romaji_first(f, c).lower()}_{f.pick(['plays', 'gg', 'ttv', str(f.r.randint(1, 999))])}",
            f"{a.lower()}.{b.lower()}",
            f"{romaji_first(f, c)}{romaji_last(f, c)[:1]}",
            f.pick(["ゆうき", "さくら🌸", "はると_", "ねこまる"]) + str(f.r.randint(1, 99)),
        ]
    )


def steam_id(f: Fake) -> str:
    return "7656119" + f.digits(10)


def jp_date(f: Fake) -> str:
    return f"2024-{f.r.randint(1, 12):02d}-{f.r.randint(1, 28):02d}"


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def ip(f: Fake) -> str:
    return f.ipv4() if f.r.random() < 0.8 else f.ipv6()


SKUS = [
    ("SF-COIN-1000", "1,000 Star Coins", 9.99),
    ("SF-COIN-5500", "5,500 Star Coins", 49.99),
    ("SF-COIN-12000", "12,000 Star Coins", 99.99),
    ("SF-BP-S7", "Battle Pass Season 7", 9.99),
    ("SF-SKIN-KITSUNE", "Kitsune Ronin Skin", 14.99),
    ("SF-BNDL-STARTER", "Starter Bundle", 4.99),
    ("SF-CE-FIG-01", "Collector's Edition Figure", 89.0),
]
CURRENCY = ["JPY", "USD", "EUR"]


def sku(f: Fake) -> str:
    return f.pick(SKUS)[0]


def locale(f: Fake) -> str:
    return f.pick(["ja-JP", "en-US", "de-DE", "ja", "en-US", "de-AT"])


def tz(f: Fake) -> str:
    return f.pick(
        ["Asia/Tokyo", "America/Los_Angeles", "America/New_York", "Europe/Berlin", "America/Chicago"]
    )


# -- contexts sent by the client libraries --------------------------------------------------------

WEB_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
]


def web_ctx(f: Fake):
    page = f.pick(["/", "/store", "/store/coins", "/account/signup", "/tournaments", "/support", "/ja/store"])
    return {
        "library": {
            "name": G(lambda f: "analytics.js"),
            "version": G(lambda f: f.pick(["npm:next-1.70.0", "next-1.72.1"])),
        },
        "page": {
            "path": G(lambda f: page),
            "referrer": G(
                lambda f: f.pick(
                    ["", "https://www.google.co.jp/", "https://www.twitch.tv/", "https://t.co/x1Yz"]
                )
            ),
            "search": G(lambda f: f.pick(["", "?utm_source=twitch&utm_medium=stream", "?lang=ja"])),
            "title": G(
                lambda f: f.pick(["Starfall Arena", "Store | Starfall Arena", "スターフォール・アリーナ"])
            ),
            "url": G(lambda f: "https://starfall.gg" + page),
        },
        "userAgent": G(lambda f: f.pick(WEB_UAS)),
        "userAgentData": {
            "brands": Many(
                {
                    "brand": G(
                        lambda f: f.pick(["Chromium", "Google Chrome", "Not-A.Brand", "Microsoft Edge"])
                    ),
                    "version": G(lambda f: f.pick(["124", "99", "8"])),
                },
                3,
            ),
            "mobile": G(lambda f: f.pick([False, True])),
            "platform": G(lambda f: f.pick(["Windows", "macOS", "Android"])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(ip, "ip"),
        "campaign": {
            "name": G(lambda f: f.pick(["s7_launch", "golden_week", "black_friday_coins"])),
            "source": G(lambda f: f.pick(["twitch", "google", "youtube", "newsletter"])),
            "medium": G(lambda f: f.pick(["cpc", "stream", "email", "social"])),
            "term": G(lambda f: f.pick(["battle royale", "free to play shooter", "スターフォール"])),
            "content": G(lambda f: f.pick(["banner_a", "overlay_link", "hero_video"])),
        },
    }


def ctx_traits(f: Fake):
    return {
        "anonymousId": G(lambda f: f.uuid()),
        "email": Y(email, "email"),
        "username": Y(gamertag, "name"),
    }


def swift_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Starfall Arena"),
            "version": G(lambda f: f.pick(["7.2.0", "7.3.1"])),
            "build": G(lambda f: f.pick(["7200", "7310"])),
            "namespace": G(lambda f: "gg.starfall.arena"),
        },
        "device": {
            "id": G(lambda f: f.uuid().upper()),
            "manufacturer": G(lambda f: "Apple"),
            "model": G(lambda f: f.pick(["iPhone15,2", "iPhone16,1", "iPad13,4"])),
            "name": G(lambda f: f.pick(["iPhone", "iPad"])),
            "type": G(lambda f: "ios"),
            "advertisingId": Y(lambda f: f.uuid().upper(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
            "token": RED(lambda f: f.hexid(64), "token"),
        },
        "library": {"name": G(lambda f: "analytics-swift"), "version": G(lambda f: "1.5.11")},
        "locale": G(locale),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {"name": G(lambda f: "iOS"), "version": G(lambda f: f.pick(["17.4.1", "17.5", "16.7.8"]))},
        "screen": {"width": G(lambda f: 393), "height": G(lambda f: 852)},
        "timezone": G(tz),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(f),
    }


def kotlin_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Starfall Arena"),
            "version": G(lambda f: f.pick(["7.2.0", "7.3.1"])),
            "build": G(lambda f: f.pick(["70200", "70301"])),
            "namespace": G(lambda f: "gg.starfall.arena"),
        },
        "device": {
            "id": G(lambda f: f.hexid(16)),
            "manufacturer": G(lambda f: f.pick(["samsung", "Google", "Sony", "SHARP"])),
            "model": G(lambda f: f.pick(["SM-S921B", "Pixel 8", "SO-51D", "SH-53D"])),
            "name": G(lambda f: f.pick(["e1q", "shiba", "pdx234"])),
            "type": G(lambda f: "android"),
            "advertisingId": Y(lambda f: f.uuid(), "advertising id"),
            "adTrackingEnabled": G(lambda f: f.pick([True, False])),
        },
        "library": {"name": G(lambda f: "analytics-kotlin"), "version": G(lambda f: "1.16.3")},
        "locale": G(locale),
        "network": {
            "wifi": G(lambda f: f.pick([True, False])),
            "cellular": G(lambda f: f.pick([True, False])),
            "bluetooth": G(lambda f: False),
            "carrier": G(
                lambda f: f.pick(["NTT DOCOMO", "SoftBank", "Telekom.de", "T-Mobile", "Vodafone.de"])
            ),
        },
        "os": {"name": G(lambda f: "Android"), "version": G(lambda f: f.pick(["14", "13"]))},
        "screen": {"density": G(lambda f: 2.625), "width": G(lambda f: 1080), "height": G(lambda f: 2340)},
        "timezone": G(tz),
        "userAgent": G(lambda f: "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"),
        "instanceId": G(lambda f: f.uuid()),
        "traits": ctx_traits(f),
    }


def rn_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Starfall Companion"),
            "version": G(lambda f: f.pick(["2.4.0", "2.5.2"])),
            "build": G(lambda f: f.pick(["240", "252"])),
            "namespace": G(lambda f: "gg.starfall.companion"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone14,5", "SM-A546E"])),
            "name": G(lambda f: f.pick(["iPhone", "a54x"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics-react-native"), "version": G(lambda f: "2.19.2")},
        "locale": G(locale),
        "network": {
            "cellular": G(lambda f: f.pick([True, False])),
            "wifi": G(lambda f: f.pick([True, False])),
        },
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "14"])),
        },
        "screen": {"width": G(lambda f: 390), "height": G(lambda f: 844)},
        "timezone": G(tz),
        "traits": {"anonymousId": G(lambda f: f.uuid())},
    }


def flutter_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Starfall Family"),
            "version": G(lambda f: f.pick(["1.8.0", "1.9.0"])),
            "build": G(lambda f: f.pick(["18", "19"])),
            "namespace": G(lambda f: "gg.starfall.family"),
        },
        "device": {
            "id": G(lambda f: f.uuid()),
            "manufacturer": G(lambda f: f.pick(["Apple", "Google", "samsung"])),
            "model": G(lambda f: f.pick(["iPhone13,2", "Pixel 7", "SM-X710"])),
            "type": G(lambda f: f.pick(["ios", "android"])),
        },
        "library": {"name": G(lambda f: "analytics_flutter"), "version": G(lambda f: "1.1.3")},
        "locale": G(locale),
        "os": {
            "name": G(lambda f: f.pick(["iOS", "Android"])),
            "version": G(lambda f: f.pick(["17.5", "13"])),
        },
        "screen": {"width": G(lambda f: 1170), "height": G(lambda f: 2532)},
        "timezone": G(tz),
    }


def pc_ctx(f: Fake):
    return {
        "app": {
            "name": G(lambda f: "Starfall Arena (PC)"),
            "version": G(lambda f: f.pick(["7.3.1.44120", "7.3.2.44388"])),
            "build": G(lambda f: f.pick(["44120", "44388"])),
        },
        "device": {
            "id": G(lambda f: f.hexid(32)),
            "manufacturer": G(lambda f: f.pick(["Micro-Star International", "ASUS", "Valve", "Dell Inc."])),
            "model": G(lambda f: f.pick(["MS-7D75", "ROG Strix G16", "Jupiter", "Alienware m16"])),
            "type": G(lambda f: f.pick(["windows", "linux"])),
        },
        "library": {"name": G(lambda f: "analytics-csharp"), "version": G(lambda f: "2.3.6")},
        "os": {
            "name": G(lambda f: f.pick(["Windows", "SteamOS"])),
            "version": G(lambda f: f.pick(["10.0.22631", "3.5.19"])),
        },
        "screen": {
            "width": G(lambda f: f.pick([1920, 2560, 1280])),
            "height": G(lambda f: f.pick([1080, 1440, 800])),
        },
        "locale": G(locale),
        "timezone": G(tz),
        "ip": Y(ip, "ip"),
    }


SERVER_LIBS = {
    "python": ("analytics-python", "2.3.2"),
    "node": ("@segment/analytics-node", "2.1.2"),
    "go": ("analytics-go", "3.3.0"),
    "java": ("analytics-java", "3.5.1"),
    "ruby": ("analytics-ruby", "2.4.3"),
    "php": ("analytics-php", "3.7.0"),
    "dotnet": ("Analytics.NET", "3.8.1"),
}


def server_ctx(lib: str, forwarded: bool = False, external: bool = False):
    def make(f: Fake):
        name, version = SERVER_LIBS[lib]
        ctx = {"library": {"name": G(lambda f: name), "version": G(lambda f: version)}}
        if forwarded:
            ctx["ip"] = Y(ip, "ip")
            ctx["userAgent"] = G(lambda f: f.pick(WEB_UAS))
            ctx["locale"] = G(locale)
        if external:
            ctx["externalIds"] = Many(
                {
                    "id": Y(email, "email", True),
                    "type": G(lambda f: "email"),
                    "collection": G(lambda f: "users"),
                    "encoding": G(lambda f: "none"),
                },
                1,
            )
        return ctx

    return make


CONTEXTS = {
    "web": web_ctx,
    "swift": swift_ctx,
    "kotlin": kotlin_ctx,
    "rn": rn_ctx,
    "flutter": flutter_ctx,
    "pc": pc_ctx,
    "python": server_ctx("python"),
    "node": server_ctx("node", forwarded=True),
    "node_engage": server_ctx("node", forwarded=True, external=True),
    "go": server_ctx("go"),
    "java": server_ctx("java", forwarded=True),
    "ruby": server_ctx("ruby"),
    "php": server_ctx("php", forwarded=True),
    "dotnet": server_ctx("dotnet"),
}

MOBILE = ["swift", "kotlin"]
GAME = ["swift", "kotlin", "pc"]


# -- free text --------------------------------------------------------------------------------------


def chat_with_contact(f: Fake) -> str:
    return f.pick(
        [
            f"add me on line, my number is {phone(f, 'JP')}",
            f"text me {phone(f, 'US')} for a carry",
            f"dm me at {email(f)} for the account",
            f"mein handy: {phone(f, 'DE')} schreib mir",
            f"メールは{email(f, 'JP')}まで",
            f"call me {phone(f, 'US')} lol",
            f"selling acc, contact {email(f)}",
        ]
    )


def mod_note_with_phone(f: Fake) -> str:
    return f.pick(
        [
            f"Parent called from {phone(f)} about the suspension, explained appeal process.",
            f"Player rang support {phone(f)}, verified ownership via last purchase.",
            f"Rückruf an {phone(f, 'DE')} erfolgt, Sperre bestätigt.",
            f"保護者より電話あり（{phone(f, 'JP')}）。処分内容を説明済み。",
        ]
    )


def gift_text(f: Fake) -> str:
    c = country(f)
    n = first_name(f, c)
    return {
        "JP": f.pick([f"{n}、お誕生日おめでとう！", f"{n}へ　いつもありがとう"]),
        "DE": f.pick([f"Alles Gute zum Geburtstag, {n}!", f"Für {n} – viel Spaß beim Zocken"]),
        "US": f.pick([f"Happy birthday {n}!! gg", f"{n}, enjoy the pass :)", f"For {n} - see you in ranked"]),
    }[c]


def win_profile_path(f: Fake) -> str:
    c = country(f)
    a, b = romaji_first(f, c), romaji_last(f, c)
    user = f.pick([a.lower(), f"{a} {b}", f"{a.lower()}.{b.lower()}", f"{a}{b[:1]}"])
    binary = f.pick(["StarfallGame.exe", "sf_render.dll", "EOSSDK-Win64-Shipping.dll"])
    return f"C:\\Users\\{user}\\AppData\\Local\\Starfall\\Binaries\\Win64\\{binary}"


def phone_e164(f: Fake) -> str:
    c = country(f)
    if c == "JP":
        return f"+81{f.pick(['90', '80', '70'])}{f.digits(8)}"
    if c == "DE":
        return f"+49{f.pick(['151', '160', '171', '176'])}{f.digits(8)}"
    return f.phone("e164")


def otp_sms(f: Fake) -> str:
    code = f"{f.r.randint(0, 999999):06d}"
    return f.pick(
        [
            f"Your Starfall verification code is {code}. It expires in 10 minutes.",
            f"【Starfall】認証コード：{code}（10分間有効）",
            f"Dein Starfall-Code lautet {code}.",
            f"{code} is your Starfall login code. Don't share it.",
        ]
    )


def device_name(f: Fake) -> str:
    c = country(f)
    n = first_name(f, c) if c != "JP" else f.pick(JP_GIVEN)[f.pick([0, 1])]
    model = f.pick(["iPhone", "iPad", "Galaxy S24", "Pixel 8"])
    return f.pick(
        {
            "JP": [f"{n}のiPhone", f"{n}の{model}"],
            "DE": [f"iPhone von {n}", f"{model} von {n}"],
            "US": [f"{n}'s iPhone", f"{n}'s {model}"],
        }[c]
    )


def delivery_remark(f: Fake) -> str:
    return f.pick(
        [
            f"不在時は{phone(f, 'JP')}へ連絡ください",
            f"置き配希望。連絡先 {phone(f, 'JP')}",
            f"日中は携帯（{phone(f, 'JP')}）にお願いします",
        ]
    )


# -- events ---------------------------------------------------------------------------------------

ACCOUNT = [
    (
        "track",
        "Age Gate Submitted",
        ["web", "swift", "kotlin"],
        {
            "birthYear": Y(lambda f: f.r.randint(1975, 2016), "birthdate"),
            "birthMonth": G(lambda f: f.r.randint(1, 12)),
            "computedAge": G(lambda f: f.r.randint(6, 49)),
            "ageBand": G(lambda f: f.pick(["under_13", "13_15", "16_17", "18_plus"])),
            "result": G(lambda f: f.pick(["passed", "needs_parental_consent", "blocked"])),
            "jurisdiction": G(lambda f: f.pick(["COPPA", "GDPR-K", "JP"])),
        },
    ),
    (
        "track",
        "Account Created",
        ["node"],
        {
            "account_id": G(lambda f: f.uuid()),
            "email": Y(email, "email"),
            "display_name": Y(gamertag, "name"),
            "date_of_birth": Y(lambda f: iso_birthdate(f), "birthdate"),
            "signup_method": G(lambda f: f.pick(["email", "apple", "google", "steam", "psn"])),
            "email_verified": G(lambda f: f.pick([True, False])),
            "marketing_opt_in": G(lambda f: f.pick([True, False])),
            "country": G(lambda f: f.pick(["JP", "US", "DE"])),
            "age": G(lambda f: f.r.randint(8, 52)),
            "is_minor": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "steam_id": G(steam_id),
            "signup_ip": Y(ip, "ip"),
            "created_at": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["node", "web", "swift", "kotlin"],
        {
            "email": Y(email, "email"),
            "username": Y(gamertag, "name"),
            "firstName": Y(first_name, "name"),
            "lastName": Y(last_name, "name"),
            "phone": Y(phone, "phone"),
            "phoneVerified": G(lambda f: f.pick([True, False])),
            "birthday": Y(lambda f: iso_birthdate(f), "birthdate"),
            "country": G(lambda f: f.pick(["JP", "US", "DE"])),
            "preferredLanguage": G(lambda f: f.pick(["ja", "en", "de"])),
            "plan": G(lambda f: f.pick(["free", "starfall_plus", "starfall_plus_family"])),
            "createdAt": G(lambda f: f.iso()),
            "totalSpent": G(lambda f: f.money(0, 900)),
            "isStreamer": G(lambda f: f.pick([True, False])),
            "avatarUrl": Y(lambda f: f"https://avatars.starfall.gg/u/{f.uuid()}/photo.jpg", "photo"),
            "parentalControlsEnabled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental Consent Requested",
        ["web", "swift", "kotlin"],
        {
            "child_account_id": G(lambda f: f.uuid()),
            "child_first_name": Y(first_name, "name"),
            "child_age": G(lambda f: f.r.randint(6, 15)),
            "parent_email": Y(email, "email"),
            "parent_phone": Y(phone, "phone"),
            "child_birthdate": Y(lambda f: iso_birthdate(f, 2010, 2019), "birthdate"),
            "consent_method": G(
                lambda f: f.pick(["email_plus", "card_micro_charge", "id_upload", "video_call"])
            ),
            "relationship": G(lambda f: f.pick(["mother", "father", "guardian", "grandparent"])),
            "resend_count": G(lambda f: f.r.randint(0, 3)),
        },
    ),
    (
        "track",
        "Form Field Completed",
        ["web"],
        {
            "form_id": G(lambda f: "parental_consent_v3"),
            "field": G(lambda f: "parent_email"),
            "value": Y(email, "email", True),
            "duration_ms": G(lambda f: f.r.randint(800, 25000)),
            "autofilled": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Parental Consent Granted",
        ["java"],
        {
            "consentId": G(lambda f: f.uuid()),
            "childAccountId": G(lambda f: f.uuid()),
            "childBirthDate": Y(lambda f: iso_birthdate(f, 2010, 2018), "birthdate"),
            "parentName": Y(full_name, "name"),
            "parentEmail": Y(email, "email"),
            "verificationMethod": G(lambda f: f.pick(["card_micro_charge", "id_upload"])),
            "cardBrand": G(lambda f: f.pick(["visa", "mastercard", "jcb", "amex"])),
            "cardLast4": G(lambda f: f.digits(4)),
            "microChargeAmount": G(lambda f: f.pick([0.5, 50, 0.3])),
            "idDocumentType": G(
                lambda f: f.pick(["passport", "personalausweis", "drivers_license", "my_number_card"])
            ),
            "idDocumentNumber": RED(
                lambda f: f.pick([passport_no(f), de_id_card(f)]), "passport|national id"
            ),
            "idDocumentCountry": G(lambda f: f.pick(["JP", "US", "DE"])),
            "consentScopes": Many(
                G(lambda f: f.pick(["voice_chat", "text_chat", "purchases", "friend_requests"])), 4
            ),
            "grantedAt": G(lambda f: f.iso()),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "氏名": Y(lambda f: full_name(f, "JP"), "name"),
            "フリガナ": Y(kana_name, "name"),
            "メールアドレス": Y(lambda f: email(f, "JP"), "email"),
            "電話番号": Y(lambda f: phone(f, "JP"), "phone"),
            "生年月日": Y(
                lambda f: f"{f.r.randint(1980, 2014)}年{f.r.randint(1, 12)}月{f.r.randint(1, 28)}日",
                "birthdate",
            ),
            "郵便番号": Y(lambda f: postcode(f, "JP"), "zipcode"),
            "都道府県": G(lambda f: f.pick([p[0] for p in JP_PLACES])),
            "住所": Y(lambda f: street(f, "JP"), "address"),
            "会員番号": G(lambda f: "M" + f.digits(9)),
            "会員ランク": G(lambda f: f.pick(["ブロンズ", "シルバー", "ゴールド"])),
            "保護者同意": G(lambda f: f.pick([True, False])),
            "メルマガ配信": G(lambda f: f.pick(["希望する", "希望しない"])),
        },
    ),
    (
        "identify",
        None,
        ["dotnet"],
        {
            "Anrede": Y(lambda f: f.pick(["Herr", "Frau", "Divers"]), "gender"),
            "Vorname": Y(lambda f: first_name(f, "DE"), "name"),
            "Nachname": Y(lambda f: last_name(f, "DE"), "name"),
            "E-Mail": Y(lambda f: email(f, "DE"), "email"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1975, 2012)}",
                "birthdate",
            ),
            "Straße": Y(lambda f: street(f, "DE"), "street|address"),
            "PLZ": Y(lambda f: postcode(f, "DE"), "zipcode"),
            "Ort": Y(lambda f: city(f, "DE"), "city"),
            "Bundesland": G(lambda f: f.pick(["Bayern", "Berlin", "NRW", "Sachsen", "Hamburg"])),
            "Land": G(lambda f: "Deutschland"),
            "Jugendschutzstufe": G(lambda f: f.pick(["USK 12", "USK 16", "USK 18"])),
            "Newsletter": G(lambda f: f.pick([True, False])),
            "Kundennummer": G(lambda f: "K-" + f.digits(8)),
        },
    ),
    (
        "identify",
        None,
        ["python"],
        {
            "PLAYER_ID": G(lambda f: f.uuid()),
            "EMAIL_ADDRESS": Y(email, "email"),
            "FIRST_NAME": Y(first_name, "name"),
            "LAST_NAME": Y(last_name, "name"),
            "MOBILE_NUMBER": Y(phone, "phone"),
            "DOB": Y(lambda f: iso_birthdate(f), "birthdate"),
            "COUNTRY_CODE": G(lambda f: f.pick(["JP", "US", "DE"])),
            "LIFETIME_SPEND_USD": G(lambda f: f.money(0, 2500)),
            "LAST_LOGIN_TS": G(lambda f: f.iso()),
            "VIP_TIER": G(lambda f: f.pick(["NONE", "SILVER", "GOLD", "PLATINUM"])),
            "IS_MINOR": G(lambda f: f.pick([True, False])),
            "EMAIL_BOUNCED": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Magic Link Clicked",
        ["web"],
        {
            "link_token": RED(lambda f: f.pick([f.hexid(40), f.jwt()]), "token"),
            "link_age_seconds": G(lambda f: f.r.randint(3, 900)),
            "redirect_to": G(lambda f: f.pick(["/account", "/store", "/tournaments/register"])),
            "email_domain": G(lambda f: f.pick(["gmail.com", "yahoo.co.jp", "gmx.de", "outlook.com"])),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Phone Verification Submitted",
        MOBILE,
        {
            "phone_number": Y(phone, "phone"),
            "country_calling_code": G(lambda f: f.pick(["+81", "+1", "+49"])),
            "verification_code": RED(lambda f: f"{f.r.randint(0, 999999):06d}", "token"),
            "channel": G(lambda f: f.pick(["sms", "voice"])),
            "attempt_number": G(lambda f: f.r.randint(1, 4)),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Login Failed",
        ["web", "pc", "swift", "kotlin"],
        {
            "identifier": Y(lambda f: f.pick([email(f), email(f), phone(f)]), "email|phone", True),
            "reason": G(lambda f: f.pick(["wrong_password", "unknown_account", "mfa_timeout", "locked"])),
            "failed_attempts": G(lambda f: f.r.randint(1, 10)),
            "captcha_shown": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "SMS Status Callback",
        ["python"],
        {
            "MessageSid": G(lambda f: "SM" + f.hexid(32)),
            "To": Y(phone_e164, "phone", True),
            "From": G(lambda f: f.pick(["+15005550006", "Starfall", "+4915735981234"])),
            "MessageStatus": G(lambda f: f.pick(["queued", "sent", "delivered", "undelivered", "failed"])),
            "Body": RED(otp_sms, "token", True),
            "NumSegments": G(lambda f: f.pick(["1", "2"])),
        },
    ),
    (
        "track",
        "Password Changed",
        ["ruby"],
        {
            "account_id": G(lambda f: f.uuid()),
            "trigger": G(lambda f: f.pick(["user_settings", "forced_reset", "breach_notice"])),
            "had_password": G(lambda f: f.pick([True, False])),
            "password_strength": G(lambda f: f.pick(["weak", "fair", "strong"])),
            "mfa_enabled": G(lambda f: f.pick([True, False])),
            "sessions_revoked": G(lambda f: f.r.randint(0, 6)),
            "request_ip": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Account Recovery Requested",
        ["php"],
        {
            "recovery_email": Y(email, "email"),
            "security_question": G(lambda f: f.pick(["first_pet", "first_console", "birth_city"])),
            "security_answer": RED(
                lambda f: f.pick(["Mochi", "PS2", "Sapporo", "bello", "gameboy color", "Köln"]),
                "password|secret",
            ),
            "last_known_purchase_id": G(lambda f: "ord_" + f.hexid(12)),
            "recovery_channel": G(lambda f: f.pick(["email", "sms", "support"])),
            "risk_score": G(lambda f: f.r.randint(0, 100)),
        },
    ),
]

SOCIAL = [
    (
        "track",
        "Friend Searched",
        GAME,
        {
            "q": Y(lambda f: f.pick([email(f), phone(f)]), "email|phone", True),
            "results_count": G(lambda f: f.r.randint(0, 5)),
        },
    ),
    (
        "track",
        "Friend Request Sent",
        GAME,
        {
            "from_player_id": G(lambda f: f.uuid()),
            "to_player_id": G(lambda f: f.uuid()),
            "to_display_name": Y(gamertag, "name"),
            "source": G(lambda f: f.pick(["search", "recent_players", "contacts_sync", "party"])),
            "mutual_friends": G(lambda f: f.r.randint(0, 30)),
            "cross_platform": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Contacts Synced",
        MOBILE,
        {
            "contacts_uploaded": G(lambda f: f.r.randint(0, 800)),
            "contacts_matched": G(lambda f: f.r.randint(0, 40)),
            "address_book_permission": G(lambda f: f.pick(["granted", "denied", "limited"])),
            "matched_contacts": Many(
                {
                    "player_id": G(lambda f: f.uuid()),
                    "contact_name": Y(full_name, "name"),
                    "phone": Y(phone, "phone"),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Friend Invited",
        MOBILE,
        {
            "invite_channel": G(lambda f: f.pick(["sms", "line", "whatsapp", "email"])),
            "invitee_phone": Y(phone, "phone"),
            "invitee_name": Y(first_name, "name"),
            "invite_code": G(lambda f: f.hexid(8).upper()),
            "reward_coins": G(lambda f: f.pick([100, 250])),
        },
    ),
    (
        "track",
        "Party Created",
        ["pc", "swift", "kotlin"],
        {
            "party_id": G(lambda f: "pty_" + f.hexid(12)),
            "party_size": G(lambda f: f.r.randint(1, 4)),
            "host_player_id": G(lambda f: f.uuid()),
            "host_gamertag": Y(gamertag, "name"),
            "voice_enabled": G(lambda f: f.pick([True, False])),
            "region": G(lambda f: f.pick(["ap-northeast-1", "us-east-1", "eu-central-1"])),
            "members": Many(
                {
                    "player_id": G(lambda f: f.uuid()),
                    "gamertag": Y(gamertag, "name"),
                    "platform": G(lambda f: f.pick(["pc", "ps5", "xbox", "switch"])),
                    "is_leader": G(lambda f: f.pick([True, False])),
                    "xuid": G(lambda f: "2535" + f.digits(12)),
                },
                4,
            ),
        },
    ),
    (
        "track",
        "Match Found",
        ["go"],
        {
            "match-id": G(lambda f: f.uuid()),
            "game-mode": G(lambda f: f.pick(["ranked_trios", "casual_duos"])),
            "server-region": G(lambda f: f.pick(["tyo1", "iad3", "fra2"])),
            "server-host": G(lambda f: f.pick(["gs-tyo1-12.starfall.gg", "gs-fra2-04.starfall.gg"])),
            "player-ip": Y(ip, "ip"),
            "player-ping-ms": G(lambda f: f.r.randint(8, 180)),
            "skill-rating": G(lambda f: f.r.randint(800, 3200)),
            "display-name": Y(gamertag, "name"),
        },
    ),
    (
        "track",
        "Companion Renamed",
        GAME,
        {
            "companion_id": G(lambda f: f.digits(6)),
            "companion_species": G(lambda f: f.pick(["kitsune", "tanuki", "dachshund", "shiba"])),
            "new_name": G(lambda f: f.pick(["Mochi", "Kuro", "Bello", "Pixel", "Sir Fluffington", "こむぎ"])),
        },
    ),
    (
        "group",
        None,
        ["node", "swift", "kotlin"],
        {
            "name": G(
                lambda f: f.pick(
                    ["Iron Lotus", "Team Kitsune", "Nordlicht e.V.", "夜桜クラン", "Midnight Tacos"]
                )
            ),
            "member_count": G(lambda f: f.r.randint(2, 100)),
            "owner_player_id": G(lambda f: f.uuid()),
            "created_at": G(lambda f: f.iso()),
            "region": G(lambda f: f.pick(["JP", "NA", "EU"])),
            "contact_email": G(
                lambda f: f.pick(["team@ironlotus.gg", "info@nordlicht-esports.de", "ops@kitsune.example"])
            ),
            "website": G(lambda f: f.pick(["https://ironlotus.gg", "https://nordlicht-esports.de", ""])),
        },
    ),
]

MODERATION = [
    (
        "track",
        "Voice Chat Report Submitted",
        GAME,
        {
            "report_id": G(lambda f: f.uuid()),
            "reported_player_id": G(lambda f: f.uuid()),
            "reported_gamertag": Y(gamertag, "name"),
            "reporter_player_id": G(lambda f: f.uuid()),
            "category": G(lambda f: f.pick(["hate_speech", "harassment", "cheating", "underage", "spam"])),
            "description": G(
                lambda f: f.pick(
                    [
                        "kept yelling slurs in voice the whole match",
                        "team killing and griefing",
                        "ボイスチャットで暴言を繰り返していた",
                        "Beleidigungen im Voice-Chat",
                        "sounds like a little kid, maybe under 13",
                        "",
                    ]
                )
            ),
            "clip_id": G(lambda f: "clip_" + f.hexid(16)),
            "reporter_is_minor": G(lambda f: f.pick([True, False])),
            "reporter_ip": Y(ip, "ip"),
            "match_id": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Chat Message Blocked",
        ["go"],
        {
            "message-id": G(lambda f: f.hexid(24)),
            "channel": G(lambda f: f.pick(["party", "team", "whisper", "lobby"])),
            "filter": G(lambda f: "personal_info_sharing"),
            "message": Y(chat_with_contact, "phone|email", True),
            "sender-id": G(lambda f: f.uuid()),
            "sender-age-band": G(lambda f: f.pick(["under_13", "13_15", "16_17", "18_plus"])),
            "confidence": G(lambda f: round(f.r.uniform(0.7, 1), 3)),
        },
    ),
    (
        "track",
        "Moderation Action Taken",
        ["go"],
        {
            "action-id": G(lambda f: f.uuid()),
            "target-player-id": G(lambda f: f.uuid()),
            "action": G(lambda f: f.pick(["mute_24h", "suspend_7d", "ban", "warn"])),
            "rule-violated": G(lambda f: f.pick(["3.1 harassment", "4.2 cheating", "2.4 account sharing"])),
            "moderator-id": G(lambda f: "mod_" + f.digits(4)),
            "moderator-name": Y(full_name, "name"),
            "moderator-email": Y(
                lambda f: (
                    romaji_first(f, "JP").lower()
                    + "."
                    + romaji_last(f, "US").lower()
                    + "@hoshi-interactive.example"
                ),
                "email",
            ),
            "strike-count": G(lambda f: f.r.randint(1, 5)),
            "note": Y(mod_note_with_phone, "phone", True),
        },
    ),
    (
        "track",
        "Ban Appeal Submitted",
        ["web"],
        {
            "appeal_id": G(lambda f: "apl_" + f.hexid(10)),
            "action_id": G(lambda f: f.uuid()),
            "contact_email": Y(email, "email"),
            "appeal_text": G(
                lambda f: f.pick(
                    [
                        "I was not cheating, my brother used my account",
                        "The report was fake, please review the clip",
                        "誤BANだと思います。確認をお願いします。",
                        "Ich habe nichts falsch gemacht.",
                    ]
                )
            ),
            "attachments": G(lambda f: f.r.randint(0, 3)),
            "days_since_action": G(lambda f: f.r.randint(0, 14)),
        },
    ),
]

STORE = [
    (
        "track",
        "Product Viewed",
        ["web", "swift", "kotlin"],
        {
            "product_id": G(lambda f: f.digits(6)),
            "sku": G(sku),
            "name": G(lambda f: f.pick(SKUS)[1]),
            "category": G(lambda f: f.pick(["currency", "battle_pass", "cosmetics", "bundles", "merch"])),
            "price": G(lambda f: f.pick(SKUS)[2]),
            "currency": G(lambda f: f.pick(CURRENCY)),
        },
    ),
    (
        "track",
        "Checkout Started",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "revenue": G(lambda f: f.money(1, 120)),
            "currency": G(lambda f: f.pick(CURRENCY)),
            "coupon": G(lambda f: f.pick(["", "GW2024", "WELCOME10"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(sku),
                    "name": G(lambda f: f.pick(SKUS)[1]),
                    "price": G(lambda f: f.pick(SKUS)[2]),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                },
                3,
            ),
        },
    ),
    (
        "track",
        "Payment Info Entered",
        ["web"],
        {
            "checkout_id": G(lambda f: f.uuid()),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "konbini", "sepa_debit", "paypay"])),
            "payment_method_id": RED(
                lambda f: (
                    "pm_"
                    + "".join(
                        f.pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                        for _ in range(24)
                    )
                ),
                "token",
            ),
            "card_brand": G(lambda f: f.pick(["visa", "mastercard", "jcb", "amex"])),
            "card_last4": G(lambda f: f.digits(4)),
            "card_bin": G(lambda f: f.pick(["424242", "535110", "356600", "378282"])),
            "card_exp_month": G(lambda f: f.r.randint(1, 12)),
            "card_exp_year": G(lambda f: f.r.randint(2025, 2031)),
            "billing_address": {
                "name": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "city": Y(city, "city"),
                "postal_code": Y(postcode, "zipcode"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "state": G(lambda f: f.pick(["東京都", "TX", "WA", "BY", "大阪府"])),
                "country": G(lambda f: f.pick(["JP", "US", "DE"])),
            },
        },
    ),
    (
        "track",
        "Order Completed",
        ["node", "web"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "checkout_id": G(lambda f: f.uuid()),
            "affiliation": G(lambda f: f.pick(["Starfall Web Store", "In-game Store", "Steam"])),
            "total": G(lambda f: f.money(1, 120)),
            "revenue": G(lambda f: f.money(1, 100)),
            "currency": G(lambda f: f.pick(CURRENCY)),
            "payment_method": G(lambda f: f.pick(["card", "paypal", "konbini", "sepa_debit", "paypay"])),
            "products": Many(
                {
                    "product_id": G(lambda f: f.digits(6)),
                    "sku": G(sku),
                    "name": G(lambda f: f.pick(SKUS)[1]),
                    "price": G(lambda f: f.pick(SKUS)[2]),
                    "quantity": G(lambda f: f.r.randint(1, 3)),
                    "category": G(lambda f: f.pick(["currency", "battle_pass", "cosmetics"])),
                },
                3,
            ),
            "is_gift": G(lambda f: f.pick([True, False])),
            "receipt_email": Y(email, "email"),
        },
    ),
    (
        "track",
        "Gift Recipient Entered",
        ["web", "swift"],
        {
            "gift_id": G(lambda f: f.uuid()),
            "input": Y(email, "email", True),
            "text": Y(gift_text, "name", True),
            "deliver_at": G(lambda f: f.iso()),
            "sku": G(sku),
        },
    ),
    (
        "track",
        "Virtual Currency Purchased",
        ["swift"],
        {
            "amount": G(lambda f: f.pick([1000, 5500, 12000])),
            "price": G(lambda f: f.pick([160, 800, 1600, 9.99, 49.99])),
            "price_currency": G(lambda f: f.pick(["JPY", "USD", "EUR"])),
            "storefront": G(lambda f: f.pick(["JPN", "USA", "DEU"])),
            "transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "original_transaction_id": G(lambda f: "2000000" + f.digits(9)),
            "app_account_token": G(lambda f: f.uuid()),
        },
    ),
    (
        "track",
        "Konbini Payment Created",
        ["ruby"],
        {
            "payment_intent": G(lambda f: "pi_" + f.hexid(24)),
            "konbini_store": G(lambda f: f.pick(["lawson", "familymart", "seven-eleven", "ministop"])),
            "confirmation_number": G(lambda f: f.digits(11)),
            "expires_at": G(lambda f: f.epoch_ms() // 1000),
            "amount_jpy": G(lambda f: f.pick([160, 800, 1600, 3200])),
            "customer_phone": Y(lambda f: phone(f, "JP"), "phone"),
            "customer_name_kana": Y(kana_name, "name"),
        },
    ),
    (
        "track",
        "SEPA Mandate Created",
        ["java"],
        {
            "mandateReference": G(lambda f: "SF-MND-" + f.digits(8)),
            "accountHolder": Y(lambda f: full_name(f, "DE"), "name"),
            "iban": RED(lambda f: f.iban("DE"), "bank account"),
            "bic": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1M04", "BYLADEM1001"])),
            "signedAt": G(lambda f: f.iso()),
            "mandateIp": Y(ip, "ip"),
        },
    ),
    (
        "track",
        "Chargeback Received",
        ["node"],
        {
            "dispute": {
                "id": G(lambda f: "dp_" + f.hexid(24)),
                "charge": G(lambda f: "ch_" + f.hexid(24)),
                "amount": G(lambda f: f.r.randint(160, 12000)),
                "currency": G(lambda f: f.pick(["jpy", "usd", "eur"])),
                "reason": G(lambda f: f.pick(["fraudulent", "product_not_received", "unrecognized"])),
                "status": G(lambda f: f.pick(["needs_response", "under_review"])),
                "evidence": {
                    "customer_email_address": Y(email, "email"),
                    "customer_name": Y(full_name, "name"),
                    "customer_purchase_ip": Y(ip, "ip"),
                    "billing_address": Y(full_address, "address"),
                    "access_activity_log": G(
                        lambda f: f.pick(
                            [
                                "Account logged in 14 times after purchase; items used in 9 matches.",
                                "Coins spent within 2 hours of purchase.",
                                "No logins since purchase.",
                            ]
                        )
                    ),
                    "product_description": G(lambda f: f.pick(SKUS)[1]),
                },
                "payment_method_details": {
                    "card": {
                        "brand": G(lambda f: f.pick(["visa", "mastercard", "jcb"])),
                        "last4": G(lambda f: f.digits(4)),
                        "exp_month": G(lambda f: f.r.randint(1, 12)),
                        "exp_year": G(lambda f: f.r.randint(2025, 2030)),
                        "country": G(lambda f: f.pick(["JP", "US", "DE"])),
                    }
                },
            },
        },
    ),
    (
        "track",
        "Card Declined",
        ["pc", "web"],
        {
            "decline_code": G(lambda f: f.pick(["insufficient_funds", "do_not_honor", "expired_card"])),
            "card_number": RED(lambda f: f.card(), "credit card"),
            "card_expiry": G(lambda f: f"{f.r.randint(1, 12):02d}/{f.r.randint(25, 31)}"),
            "cardholder": Y(full_name, "name"),
            "gateway": G(lambda f: f.pick(["adyen", "stripe", "gmo_pg"])),
        },
    ),
    (
        "track",
        "Activation Code Redeemed",
        ["pc", "web"],
        {
            "activation_code": RED(lambda f: "-".join(f.hexid(5).upper() for _ in range(3)), "token"),
            "code_batch": G(lambda f: f.pick(["RETAIL-JP-2024", "PRIME-GAMING-S7", "CE-PREORDER"])),
            "items_granted": Many(G(lambda f: f.pick(SKUS)[0]), 3),
            "success": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Merch Order Shipped",
        ["php"],
        {
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
            "carrier": G(lambda f: f.pick(["yamato", "sagawa", "dhl", "ups"])),
            "tracking_number": G(
                lambda f: f.pick([f.digits(12), "1Z" + f.hexid(16).upper(), "JD" + f.digits(18)])
            ),
            "shipping_address": {
                "recipient": Y(full_name, "name"),
                "line1": Y(street, "address|street"),
                "line2": Y(
                    lambda f: f.pick(["Apt 4C", "2F", "Hinterhaus", "Unit 210", "305号室"]), "address|street"
                ),
                "city": Y(city, "city"),
                "zip": Y(postcode, "zipcode"),
                "state": G(lambda f: f.pick(["東京都", "TX", "WA", "BY"])),
                "country": G(lambda f: f.pick(["JP", "US", "DE"])),
                "phone": Y(phone, "phone"),
                "email": Y(email, "email"),
            },
            "items": G(lambda f: f.r.randint(1, 3)),
            "warehouse": G(lambda f: f.pick(["Chiba DC", "Leipzig Hub", "Reno NV"])),
        },
    ),
    (
        "track",
        "配送先登録",
        ["web", "swift"],
        {
            "氏名": Y(lambda f: full_name(f, "JP"), "name"),
            "郵便番号": Y(lambda f: postcode(f, "JP"), "zipcode"),
            "住所": Y(lambda f: street(f, "JP"), "address"),
            "電話番号": Y(lambda f: phone(f, "JP"), "phone"),
            "備考": Y(delivery_remark, "phone", True),
            "配送希望時間帯": G(lambda f: f.pick(["午前中", "14-16時", "18-20時", "指定なし"])),
            "注文番号": G(lambda f: "ord_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Receipt Email Sent",
        ["ruby"],
        {
            "to": Y(email, "email", True),
            "from": G(lambda f: "no-reply@starfall.gg"),
            "reply_to": G(lambda f: "support@starfall.gg"),
            "template": G(lambda f: f.pick(["receipt_v4", "receipt_v4_ja", "receipt_v4_de"])),
            "message_id": G(lambda f: f"<{f.hexid(16)}.{f.digits(6)}@mail.starfall.gg>"),
            "order_id": G(lambda f: "ord_" + f.hexid(12)),
        },
    ),
]

SUBSCRIPTIONS = [
    (
        "track",
        "Subscription Started",
        ["ruby", "node"],
        {
            "subscription_id": G(lambda f: "sub_" + f.hexid(14)),
            "plan_id": G(lambda f: f.pick(["sfplus_monthly", "sfplus_annual", "sfplus_family_monthly"])),
            "plan_name": G(lambda f: f.pick(["Starfall+ Monthly", "Starfall+ Annual", "Starfall+ Family"])),
            "price": G(lambda f: f.pick([4.99, 49.99, 980, 7.99])),
            "currency": G(lambda f: f.pick(CURRENCY)),
            "payment_provider": G(lambda f: f.pick(["stripe", "app_store", "google_play"])),
            "is_family_plan": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "App Store Notification Received",
        ["python"],
        {
            "notificationType": G(lambda f: f.pick(["DID_RENEW", "SUBSCRIBED", "EXPIRED", "REFUND"])),
            "data": {
                "bundleId": G(lambda f: "gg.starfall.arena"),
                "transactionInfo": {
                    "originalTransactionId": G(lambda f: "2000000" + f.digits(9)),
                    "productId": G(lambda f: f.pick(["sfplus_monthly", "sfplus_annual"])),
                    "appAccountToken": G(lambda f: f.uuid()),
                    "purchaseDate": G(lambda f: f.epoch_ms()),
                    "storefront": G(lambda f: f.pick(["JPN", "USA", "DEU"])),
                    "price": G(lambda f: f.pick([4990, 980000, 7990])),
                    "currency": G(lambda f: f.pick(CURRENCY)),
                },
            },
        },
    ),
    (
        "track",
        "Family Member Added",
        ["flutter"],
        {
            "family_id": G(lambda f: "fam_" + f.hexid(10)),
            "member_role": G(lambda f: f.pick(["child", "teen", "adult"])),
            "member_name": Y(first_name, "name"),
            "member_birthdate": Y(lambda f: iso_birthdate(f, 2008, 2019), "birthdate"),
            "member_email": Y(email, "email"),
            "member_photo_url": Y(lambda f: f"https://avatars.starfall.gg/family/{f.hexid(12)}.jpg", "photo"),
            "relationship": G(lambda f: f.pick(["son", "daughter", "spouse", "nephew"])),
            "screen_time_limit_min": G(lambda f: f.pick([60, 90, 120, 0])),
            "purchase_approval_required": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Purchase Approval Requested",
        ["flutter"],
        {
            "request_id": G(lambda f: f.uuid()),
            "child_display_name": Y(gamertag, "name"),
            "sku": G(sku),
            "price": G(lambda f: f.pick(SKUS)[2]),
            "approver_email": Y(email, "email"),
            "decision": G(lambda f: f.pick(["approved", "declined", "pending"])),
        },
    ),
]

TOURNAMENTS = [
    (
        "track",
        "Tournament Registered",
        ["web"],
        {
            "tournament_id": G(lambda f: "trn_" + f.digits(6)),
            "tournament_name": G(
                lambda f: f.pick(["Starfall Japan Cup", "NA Open Series #4", "Nordlicht Invitational"])
            ),
            "team_name": G(
                lambda f: f.pick(["Iron Lotus", "Team Kitsune", "Nordlicht", "Midnight Tacos", "夜桜"])
            ),
            "captain_gamertag": Y(gamertag, "name"),
            "captain_email": Y(email, "email"),
            "roster": Many(
                {
                    "player_id": G(lambda f: f.uuid()),
                    "gamertag": Y(gamertag, "name"),
                    "real_name": Y(full_name, "name"),
                    "email": Y(email, "email"),
                    "role": G(lambda f: f.pick(["igl", "support", "fragger", "sub"])),
                    "date_of_birth": Y(lambda f: iso_birthdate(f, 1990, 2008), "birthdate"),
                },
                5,
            ),
            "entry_fee": G(lambda f: f.pick([0, 10, 2000])),
            "region": G(lambda f: f.pick(["JP", "NA", "EU"])),
            "needs_visa_letter": RED(lambda f: f.pick([True, False]), "visa"),
            "accommodations": Many(
                RED(lambda f: f.pick(["wheelchair access", "hearing", "visual", "none"]), "disability"), 2
            ),
            "venue": {
                "name": G(
                    lambda f: f.pick(["Belle Salle Shibuya", "Lanxess Arena", "Esports Stadium Arlington"])
                ),
                "address": G(
                    lambda f: f.pick(["渋谷区宇田川町20-17", "Willy-Brandt-Platz 3", "1200 Ballpark Way"])
                ),
                "city": G(lambda f: f.pick(["Tokyo", "Köln", "Arlington"])),
                "phone": G(lambda f: f.pick(["03-5459-1233", "+49 221 8020", "+1 817-375-4650"])),
                "lat": G(lambda f: f.pick([35.6613, 50.9384, 32.7473])),
                "lng": G(lambda f: f.pick([139.6977, 6.9827, -97.0945])),
            },
        },
    ),
    (
        "track",
        "Local Event Search",
        MOBILE,
        {
            "user_location": {
                "lat": Y(lambda f: round(f.r.uniform(33, 44), 5), "geolocation"),
                "lng": Y(lambda f: round(f.r.uniform(130, 141), 5), "geolocation"),
            },
            "radius_km": G(lambda f: f.pick([10, 25, 50])),
            "results": G(lambda f: f.r.randint(0, 12)),
            "search_city": G(lambda f: f.pick(["Osaka", "Berlin", "Dallas", "Tokyo"])),
        },
    ),
    (
        "track",
        "Tournament Checked In",
        ["rn"],
        {
            "tournament_id": G(lambda f: "trn_" + f.digits(6)),
            "seat": G(lambda f: f.pick(["A12", "B03", "C21", "D07"])),
            "contact": Y(phone, "phone", True),
            "emergency_contact_name": Y(full_name, "name"),
            "emergency_contact_phone": Y(phone, "phone"),
            "badge_photo_url": Y(lambda f: f"https://events.starfall.gg/badges/{f.hexid(16)}.png", "photo"),
            "tshirt_size": G(lambda f: f.pick(["S", "M", "L", "XL"])),
            "photo_release_signed": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Tournament Match Completed",
        ["go"],
        {
            "match-id": G(lambda f: f.uuid()),
            "tournament-id": G(lambda f: "trn_" + f.digits(6)),
            "winner-team-id": G(lambda f: "team_" + f.digits(5)),
            "score": G(lambda f: f.pick(["2-1", "2-0", "3-2"])),
            "mvp-gamertag": Y(gamertag, "name"),
        },
    ),
    (
        "track",
        "Prize Payout Initiated",
        ["dotnet"],
        {
            "PayoutId": G(lambda f: "PO-" + f.digits(8)),
            "TournamentId": G(lambda f: "trn_" + f.digits(6)),
            "Placement": G(lambda f: f.r.randint(1, 8)),
            "PrizeAmount": G(lambda f: f.pick([500, 1500, 10000, 250000])),
            "Currency": G(lambda f: f.pick(CURRENCY)),
            "PayeeFullName": Y(full_name, "name"),
            "PayeeEmail": Y(email, "email"),
            "PayoutMethod": G(lambda f: f.pick(["ach", "sepa", "paypal", "jp_bank_transfer"])),
            "PayPalEmail": Y(email, "email"),
            "PassportNumber": RED(passport_no, "passport"),
            "DateOfBirth": Y(lambda f: iso_birthdate(f, 1985, 2006), "birthdate"),
            "AddressLine1": Y(street, "address|street"),
            "City": Y(city, "city"),
            "PostalCode": Y(postcode, "zipcode"),
            "CountryCode": G(lambda f: f.pick(["JP", "US", "DE"])),
            "TaxFormType": G(lambda f: f.pick(["W-9", "W-8BEN", "none"])),
            "IsMinor": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Payout Method Added",
        ["node"],
        {
            "payout_method_id": G(lambda f: "ba_" + f.hexid(24)),
            "type": G(lambda f: "us_bank_account"),
            "routing_number": G(aba_routing),
            "account_number": RED(lambda f: f.digits(f.r.randint(9, 12)), "bank account"),
            "account_holder_name": Y(lambda f: full_name(f, "US"), "name"),
            "date_of_birth": Y(lambda f: iso_birthdate(f, 1980, 2006), "birthdate"),
            "phone": Y(lambda f: phone(f, "US"), "phone"),
            "account_type": G(lambda f: f.pick(["checking", "savings"])),
            "ssn_last4": RED(lambda f: f.digits(4), "social security number"),
            "tax_id": RED(lambda f: f.ssn(), "social security number"),
            "label": G(
                lambda f: f.pick(["Chase checking", "Main account", "Wells Fargo ••••", "Prize money"])
            ),
            "verified": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "賞金振込先登録",
        ["python"],
        {
            "銀行コード": G(lambda f: f.pick(["0005", "0009", "0001", "0036"])),
            "銀行名": G(lambda f: f.pick(["三菱UFJ銀行", "三井住友銀行", "みずほ銀行", "楽天銀行"])),
            "支店コード": G(lambda f: f"{f.r.randint(1, 999):03d}"),
            "口座種別": G(lambda f: f.pick(["普通", "当座"])),
            "口座番号": RED(lambda f: f"{f.r.randint(0, 9999999):07d}", "bank account"),
            "口座名義": Y(kana_name, "name"),
            "マイナンバー": RED(my_number, "national id"),
            "源泉徴収": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "Auszahlung Angefordert",
        ["dotnet"],
        {
            "Kontoinhaber": Y(lambda f: full_name(f, "DE"), "name"),
            "IBAN": RED(lambda f: f.iban("DE"), "bank account"),
            "BIC": G(lambda f: f.pick(["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1M04"])),
            "Steuer-ID": RED(steuer_id, "national id"),
            "Geburtsdatum": Y(
                lambda f: f"{f.r.randint(1, 28):02d}.{f.r.randint(1, 12):02d}.{f.r.randint(1980, 2006)}",
                "birthdate",
            ),
            "Geburtsort": Y(lambda f: city(f, "DE"), "city"),
            "Anschrift": Y(lambda f: f"{street(f, 'DE')}, {postcode(f, 'DE')} {city(f, 'DE')}", "address"),
            "Betrag": G(lambda f: f.pick([250, 1000, 5000])),
            "Turnier": G(lambda f: f.pick(["Nordlicht Invitational", "DACH Cup 3"])),
        },
    ),
    (
        "track",
        "Caster Booked",
        ["python"],
        {
            "booking_id": G(lambda f: "bk_" + f.digits(6)),
            "caster_name": Y(full_name, "name"),
            "caster_handle": Y(gamertag, "name"),
            "caster_email": Y(email, "email"),
            "caster_phone": Y(phone, "phone"),
            "home_city": Y(city, "city"),
            "language": G(lambda f: f.pick(["ja", "en", "de"])),
            "hourly_rate": Y(lambda f: f.pick([45, 60, 80, 120, 8000, 12000]), "salary"),
            "rate_currency": G(lambda f: f.pick(CURRENCY)),
            "agency": G(lambda f: f.pick(["", "RIDDLE Talent", "Freaks 4U"])),
        },
    ),
]

STREAMING = [
    (
        "track",
        "Stream Account Linked",
        ["web", "pc"],
        {
            "provider": G(lambda f: f.pick(["twitch", "youtube", "niconico"])),
            "provider_user_id": G(lambda f: f.digits(9)),
            "provider_login": Y(gamertag, "name"),
            "provider_email": Y(email, "email"),
            "broadcaster_type": G(lambda f: f.pick(["", "affiliate", "partner"])),
            "follower_count": G(lambda f: f.r.randint(0, 300000)),
            "scopes": Many(
                G(lambda f: f.pick(["user:read:email", "channel:read:subscriptions", "bits:read"])), 3
            ),
        },
    ),
    (
        "track",
        "Twitch Integration Token Refreshed",
        ["node"],
        {
            "broadcaster_id": G(lambda f: f.digits(9)),
            "access_token": RED(
                lambda f: "".join(f.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(30)), "token"
            ),
            "expires_in": G(lambda f: f.r.randint(10000, 15000)),
        },
    ),
    (
        "track",
        "Twitch Event Received",
        ["node"],
        {
            "subscription": {
                "id": G(lambda f: f.uuid()),
                "type": G(lambda f: f.pick(["channel.subscribe", "channel.follow", "channel.cheer"])),
                "version": G(lambda f: "1"),
            },
            "event": {
                "user_id": G(lambda f: f.digits(9)),
                "user_login": Y(lambda f: gamertag(f).lower(), "name"),
                "user_name": Y(gamertag, "name"),
                "broadcaster_user_id": G(lambda f: f.digits(9)),
                "broadcaster_user_login": Y(lambda f: gamertag(f).lower(), "name"),
                "broadcaster_user_name": Y(gamertag, "name"),
                "tier": G(lambda f: f.pick(["1000", "2000", "3000"])),
                "is_gift": G(lambda f: f.pick([True, False])),
            },
        },
    ),
    (
        "track",
        "Stream Started",
        ["pc"],
        {
            "stream_id": G(lambda f: f.digits(11)),
            "title": G(
                lambda f: f.pick(
                    [
                        "Ranked grind to Diamond! !discord",
                        "【スターフォール】参加型ランク",
                        "Turnier-Training mit Community",
                        "chill customs",
                    ]
                )
            ),
            "encoder": G(lambda f: f.pick(["OBS 30.1.2", "Streamlabs 1.16", "NVIDIA Broadcast"])),
            "streamer_display_name": Y(gamertag, "name"),
        },
    ),
]

CRASHES = [
    (
        "track",
        "Game Crashed",
        ["pc"],
        {
            "crash_id": G(lambda f: f.uuid()),
            "exception_code": G(lambda f: f.pick(["0xC0000005", "0x887A0006", "0xE06D7363"])),
            "faulting_module": G(lambda f: f.pick(["StarfallGame.exe", "nvwgf2umx.dll", "sf_render.dll"])),
            "module_path": Y(win_profile_path, "name", True),
            "stack_hash": G(lambda f: f.hexid(40)),
            "build_id": G(lambda f: f.pick(["44120-shipping", "44388-shipping"])),
            "gpu_model": G(
                lambda f: f.pick(["NVIDIA GeForce RTX 4070", "AMD Radeon RX 7800 XT", "AMD Custom GPU 0405"])
            ),
            "gpu_driver_version": G(lambda f: f.pick(["552.22", "24.3.1", "31.0.15.5222"])),
            "ram_mb": G(lambda f: f.pick([16384, 32768, 16000])),
            "machine_name": G(
                lambda f: "DESKTOP-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
            ),
            "log_tail": G(
                lambda f: f.pick(
                    [
                        "[RHI] D3D12 device removed: DXGI_ERROR_DEVICE_HUNG",
                        "[Net] connection to gs-tyo1-12.starfall.gg:7777 timed out",
                        "[Streaming] texture pool over budget by 212 MB",
                    ]
                )
            ),
        },
    ),
    (
        "track",
        "App Crashed",
        MOBILE,
        {
            "crash_id": G(lambda f: f.uuid()),
            "signal": G(lambda f: f.pick(["SIGSEGV", "SIGABRT", "EXC_BAD_ACCESS"])),
            "exception_type": G(
                lambda f: f.pick(
                    ["NSInvalidArgumentException", "java.lang.OutOfMemoryError", "NullPointerException"]
                )
            ),
            "thermal_state": G(lambda f: f.pick(["nominal", "fair", "serious", "critical"])),
            "free_disk_mb": G(lambda f: f.r.randint(200, 60000)),
            "idfv": G(lambda f: f.uuid().upper()),
            "device_name": Y(device_name, "name", True),
            "advertising_id": Y(lambda f: f.uuid(), "advertising id"),
            "jailbroken": G(lambda f: f.pick([True, False])),
            "sentry_user": {
                "id": G(lambda f: f.uuid()),
                "email": Y(email, "email"),
                "ip_address": Y(ip, "ip"),
                "username": Y(gamertag, "name"),
            },
        },
    ),
    (
        "screen",
        "Crash Reporter",
        MOBILE,
        {
            "name": G(lambda f: "Crash Reporter"),
            "contact_me": G(lambda f: f.pick([True, False])),
            "user_comment": G(
                lambda f: f.pick(["crashed when opening store", "loading screen froze", "ロビーで落ちた", ""])
            ),
        },
    ),
    (
        "track",
        "Accessibility Settings Saved",
        GAME,
        {
            "subtitles": G(lambda f: f.pick([True, False])),
            "colorblind_filter": Y(
                lambda f: f.pick(["off", "protanopia", "deuteranopia", "tritanopia"]), "condition"
            ),
            "text_to_speech": G(lambda f: f.pick([True, False])),
            "reduce_flashing": G(lambda f: f.pick([True, False])),
        },
    ),
]

SUPPORT = [
    (
        "track",
        "Support Ticket Created",
        ["php"],
        {
            "ticket": {
                "id": G(lambda f: f.r.randint(100000, 999999)),
                "subject": G(
                    lambda f: f.pick(
                        [
                            "Charged twice for coins",
                            "Can't redeem code",
                            "Account hacked",
                            "Refund Battle Pass",
                        ]
                    )
                ),
                "description": G(
                    lambda f: f.pick(
                        [
                            "I bought 5500 coins and got charged twice. Order number in the receipt.",
                            "The code from the collector's edition says already used.",
                            "Someone changed my password and bought skins.",
                            "コインが反映されていません。",
                        ]
                    )
                ),
                "priority": G(lambda f: f.pick(["low", "normal", "high", "urgent"])),
                "tags": Many(G(lambda f: f.pick(["billing", "account", "jp", "de", "minor"])), 3),
                "via": {
                    "channel": G(lambda f: f.pick(["web", "email", "api"])),
                    "source": {
                        "from": {"address": Y(email, "email", True), "name": Y(full_name, "name")},
                        "to": {
                            "address": G(lambda f: f.pick(["support@starfall.gg", "help-jp@starfall.gg"]))
                        },
                    },
                },
                "created_at": G(lambda f: f.iso()),
            },
            "requester": {
                "id": G(lambda f: f.r.randint(10**11, 10**12)),
                "name": Y(full_name, "name"),
                "email": Y(email, "email"),
                "phone": Y(phone, "phone"),
                "locale": G(locale),
            },
            "assignee": {
                "id": G(lambda f: f.r.randint(10**11, 10**12)),
                "name": Y(full_name, "name"),
                "email": Y(lambda f: romaji_first(f, "DE").lower() + "@starfall.gg", "email"),
            },
            "custom_fields": {
                "account_email": Y(email, "email"),
                "order_id": G(lambda f: "ord_" + f.hexid(12)),
                "platform": G(lambda f: f.pick(["pc", "ps5", "ios", "android"])),
            },
            "organization": {"name": G(lambda f: f.pick(["", "Iron Lotus Esports", "Nordlicht e.V."]))},
        },
    ),
    (
        "track",
        "Support Chat Message Sent",
        ["web", "rn"],
        {
            "conversation_id": G(lambda f: "conv_" + f.hexid(10)),
            "author_role": G(lambda f: f.pick(["player", "agent", "bot"])),
            "body": G(
                lambda f: f.pick(
                    [
                        "hi, my coins didn't arrive",
                        "Thanks for waiting, checking your order now.",
                        "購入したのにアイテムが届きません",
                        "Danke, hat geklappt!",
                    ]
                )
            ),
            "agent_name": Y(lambda f: first_name(f), "name"),
            "csat_requested": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "track",
        "お問い合わせ送信",
        ["web"],
        {
            "お名前": Y(lambda f: full_name(f, "JP"), "name"),
            "メールアドレス": Y(lambda f: email(f, "JP"), "email"),
            "問い合わせ種別": G(lambda f: f.pick(["課金", "アカウント", "不具合", "その他"])),
            "内容": G(
                lambda f: f.pick(["コインが反映されません", "ログインできません", "ゲームが起動しない"])
            ),
            "注文番号": G(lambda f: "ord_" + f.hexid(12)),
        },
    ),
    (
        "track",
        "Supportanfrage Erstellt",
        ["dotnet"],
        {
            "Betreff": G(
                lambda f: f.pick(["Doppelte Abbuchung", "Konto gesperrt", "Code funktioniert nicht"])
            ),
            "Name": Y(lambda f: full_name(f, "DE"), "name"),
            "E-Mail-Adresse": Y(lambda f: email(f, "DE"), "email"),
            "Telefon": Y(lambda f: phone(f, "DE"), "phone"),
            "Rückruf gewünscht": G(lambda f: f.pick([True, False])),
            "Hotline": G(lambda f: "+49 800 7827 3255"),
        },
    ),
    (
        "track",
        "Help Center Searched",
        ["web"],
        {
            "query": G(
                lambda f: f.pick(["refund", "link twitch", "返金", "Konto löschen", "parental controls"])
            ),
            "support_phone_shown": G(
                lambda f: f.pick(["0120-123-456", "+1 888-555-0142", "+49 800 7827 3255"])
            ),
            "support_email_shown": G(lambda f: f.pick(["support@starfall.gg", "help-jp@starfall.gg"])),
        },
    ),
]

ADS = [
    (
        "track",
        "Offline Conversion Uploaded",
        ["python"],
        {
            "gclid": Y(
                lambda f: (
                    "Cj0KCQjw"
                    + "".join(
                        f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                        for _ in range(80)
                    )
                ),
                "advertising id",
            ),
            "conversion_action": G(
                lambda f: f.pick(
                    ["customers/123/conversionActions/456", "customers/123/conversionActions/789"]
                )
            ),
            "conversion_value": G(lambda f: f.money(1, 100)),
            "conversion_date_time": G(lambda f: f.iso()),
        },
    ),
    (
        "track",
        "Meta CAPI Event Sent",
        ["node"],
        {
            "event_name": G(lambda f: f.pick(["Purchase", "CompleteRegistration", "Subscribe"])),
            "event_id": G(lambda f: f.uuid()),
            "user_data": {
                "em": Many(Y(lambda f: sha256(email(f)), "email"), 1),
                "ph": Many(Y(lambda f: sha256(phone(f)), "phone"), 1),
                "external_id": G(lambda f: sha256(f.uuid())),
                "client_ip_address": Y(ip, "ip"),
                "client_user_agent": G(lambda f: f.pick(WEB_UAS)),
                "fbp": Y(lambda f: f"fb.1.{f.epoch_ms()}.{f.digits(10)}", "advertising id"),
                "fbc": Y(lambda f: f"fb.1.{f.epoch_ms()}.IwAR{f.hexid(40)}", "advertising id"),
            },
            "custom_data": {"value": G(lambda f: f.money(1, 100)), "currency": G(lambda f: f.pick(CURRENCY))},
        },
    ),
    (
        "page",
        "Landing",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/lp/s7", "/lp/golden-week", "/de/lp/s7"])),
            "url": G(lambda f: f.pick(["https://starfall.gg/lp/s7", "https://starfall.gg/lp/golden-week"])),
            "title": G(lambda f: f.pick(["Season 7 | Starfall Arena", "GW キャンペーン"])),
            "referrer": G(lambda f: f.pick(["", "https://www.youtube.com/", "https://www.facebook.com/"])),
            "search": G(lambda f: f.pick(["", "?utm_source=meta", "?utm_source=youtube"])),
            "fbclid": Y(lambda f: "IwAR" + f.hexid(50), "advertising id"),
            "variant": G(lambda f: f.pick(["a", "b"])),
        },
    ),
    (
        "page",
        "Store",
        ["web"],
        {
            "path": G(lambda f: f.pick(["/store", "/store/coins", "/ja/store"])),
            "url": G(lambda f: f.pick(["https://starfall.gg/store", "https://starfall.gg/store/coins"])),
            "title": G(lambda f: "Store | Starfall Arena"),
            "referrer": G(lambda f: f.pick(["", "https://starfall.gg/"])),
            "search": G(lambda f: f.pick(["", "?tab=coins"])),
            "category": G(lambda f: "store"),
        },
    ),
    (
        "screen",
        "Profile",
        [*MOBILE, "rn"],
        {
            "name": G(lambda f: "Profile"),
            "tab": G(lambda f: f.pick(["stats", "friends", "settings"])),
            "viewing_own_profile": G(lambda f: f.pick([True, False])),
            "profile_gamertag": Y(gamertag, "name"),
        },
    ),
    (
        "track",
        "Settings Changed",
        [*GAME, "rn"],
        {
            "setting": G(lambda f: f.pick(["language", "voice_chat", "crossplay", "region"])),
            "new_value": G(lambda f: f.pick(["ja", "off", "friends_only", "eu-central-1", "on"])),
            "email_notifications": G(lambda f: f.pick([True, False])),
            "sms_notifications": G(lambda f: f.pick([True, False])),
            "show_real_name": G(lambda f: f.pick([True, False])),
        },
    ),
    (
        "alias",
        None,
        ["web", "swift", "kotlin"],
        None,
    ),
]

EVENTS = (
    ACCOUNT + SOCIAL + MODERATION + STORE + SUBSCRIPTIONS + TOURNAMENTS + STREAMING + CRASHES + SUPPORT + ADS
)


def build(seed: int, repeats: int):
    f = Fake(seed)
    labels: dict[str, dict] = {}
    events = []
    for _ in range(repeats):
        for kind, event, clients, body in EVENTS:
            msg = {
                "type": kind,
                "messageId": f.uuid(),
                "timestamp": f.iso(),
                "anonymousId": f.uuid(),
                "userId": f.uuid(),
            }
            if kind == "track":
                msg["event"] = event
            elif kind in ("page", "screen"):
                msg["name"] = event
            elif kind == "group":
                msg["groupId"] = "clan_" + f.digits(6)
            elif kind == "alias":
                msg["previousId"] = msg.pop("anonymousId")
            if body is not None:
                section = "traits" if kind in ("identify", "group") else "properties"
                msg[section] = render(body, f, section, labels)
            client = f.pick(clients)
            msg["context"] = render(CONTEXTS[client](f), f, "context", labels)
            events.append(msg)
    f.r.shuffle(events)
    return events, labels


if __name__ == "__main__":
    events, labels = build(seed=118, repeats=22)
    write(Path(__file__).parent, "holdout118_", events, labels)
